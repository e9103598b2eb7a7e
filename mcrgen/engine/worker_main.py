"""One worker process of ``mcrgen generate --workers N``: runs the chains of the ids its parent hands it.

The parent (:mod:`mcrgen.engine.workers`) owns the run directory, the budget, the signals and the live view; this
process owns nothing on disk. It reads commands from stdin and writes events to its own copy of stdout, one JSON
object a line each way:

    parent -> worker   {"config": {...}} once, then {"id": I} (run sample I), {"stop": REASON}, {"end": true}
    worker -> parent   {"start": I}, {"spent": SID, "usage": {...}} (a request ended), {"ev": [STAGE, EVENT]},
                       {"tokens": N}, {"outcome": KIND, "row": {...}}, {"stop": REASON, "breaker": DEAD|null},
                       {"fatal": TYPE, "message": TEXT}

A request's ledger line is sent before its sample's row, on the same pipe, so the parent writes them in that
order, as the in-process runner does. File descriptor 1 is pointed at stderr for everything else (a stray print
from a plug-in validator must not corrupt the protocol). The worker runs in a session of its own and ignores SIGINT
and SIGTERM besides: the parent decides what stopping means and says so with ``stop``. A stdin that closes without
``end`` means the parent is gone: the worker leaves at once.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import json
import os
import pickle
import random
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from mcrgen.accounting import RequestUsage
from mcrgen.engine import chain, watchdog
from mcrgen.engine.chain import ChainContext
from mcrgen.engine.endpoints import Endpoints, auto_counter, policy_of
from mcrgen.engine.stop import Stop
from mcrgen.engine.tokens import TokenCounter
from mcrgen.errors import McrgenError, RecipeError
from mcrgen.recipe.loader import Recipe, load_recipe
from mcrgen.recipe.sampling import for_embedded_server
from mcrgen.wire.retry import CircuitBreaker

_encode = json.JSONEncoder(separators=(",", ":")).encode
"""``json.dumps`` with these separators builds a new encoder per call."""
TOKEN_FLUSH_SECONDS = 0.25
"""How often streamed-token counts go to the parent's live view (one message per chunk would cost more)."""


def child_recipe(cfg: dict[str, Any]) -> Recipe:
    """The parent's recipe, loaded again from its file with the parent's values; refused if it is not the same."""
    loaded = load_recipe(
        Path(cfg["path"]),
        model=cfg["model"],
        seed=cfg["seed"],
        limit=cfg["samples"],
        allow_key_env=cfg["key_envs"],
    )
    if loaded.hash != cfg["hash"]:
        raise RecipeError(
            f"{cfg['path']} reads as recipe hash {loaded.hash} in a worker, not {cfg['hash']} as in the run "
            "(was it edited since the run started?)"
        )
    endpoint = pickle.loads(base64.b64decode(cfg["endpoint"]))  # noqa: S301 (our own parent's value)
    stages = loaded.stages
    if cfg["local"]:  # the embedded server's dialect, as engine.generate fits the parent's recipe
        stages = tuple(replace(s, extra_body=for_embedded_server(s.extra_body)) for s in stages)
    return replace(loaded, endpoint=endpoint, stages=stages)


class Worker:
    """The chains of one process, reporting every request, stage event and outcome to the parent."""

    def __init__(self, cfg: dict[str, Any], out_fd: int) -> None:
        self.out_fd = out_fd
        recipe = child_recipe(cfg)
        self.endpoints = Endpoints(recipe, cfg["base_url"])
        self.counter = _counter(recipe, self.endpoints, cfg)
        ep = recipe.endpoint
        self.stop = Stop(self._stopped)
        self.breaker = CircuitBreaker(ep.breaker_failures, ep.breaker_pause, ep.breaker_max_pauses)
        self.ctx = ChainContext(
            recipe=recipe,
            mode=cfg["mode"],
            model=self.endpoints.main.model,
            session=cfg["session"],
            shot_rows=cfg["shot_rows"],
            wire_for=self.endpoints.for_stage,
            counter=self.counter,
            policy=policy_of(recipe),
            breaker=self.breaker,
            rng=random.Random(),
            stop=self.stop,
            request_ended=self.request_ended,
            stage_event=lambda stage, event: self.send({"ev": [stage, event]}),
            stream_tokens=self.add_tokens,
        )
        self.ids: asyncio.Queue[int | None] = asyncio.Queue()
        self.slots: list[asyncio.Task[None]] = []
        self.tokens = 0
        self.pending: list[str] = []
        """Messages of this turn of the event loop, written together by :meth:`flush`."""
        self.writing = threading.Lock()
        """The watchdog's thread may flush too (below): whole lines only, never two writes interleaved."""
        self.loop = asyncio.get_running_loop()
        watchdog.before_exit(self._flush_on_exit)  # what was sent before a validator hung still reaches the parent

    def send(self, msg: dict[str, Any]) -> None:
        """Queued, in order, for one write at the end of this turn of the event loop: a write per message cost a
        syscall and a wake-up of the parent each (~10 per sample; docs/benchmarks.md)."""
        self.pending.append(_encode(msg))
        if len(self.pending) == 1:
            self.loop.call_soon(self.flush)

    def flush(self) -> None:
        with self.writing:
            self._write_pending()

    def _flush_on_exit(self) -> None:
        """From the watchdog's thread, just before it ends this process: the loop's thread is stuck in a validator,
        or (rarely) in a flush of its own that finishes first; a pipe the parent no longer reads is given up."""
        if self.writing.acquire(timeout=1.0):
            self._write_pending()

    def _write_pending(self) -> None:
        lines, self.pending = self.pending, []
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode()
        while data:  # a blocking pipe: the parent reads continuously, so this never waits for long
            data = data[os.write(self.out_fd, data) :]

    def request_ended(self, sid: str, usage: RequestUsage) -> None:
        self.send({"spent": sid, "usage": usage.to_dict()})

    def add_tokens(self, n: int) -> None:
        self.tokens += n

    def flush_tokens(self) -> None:
        if self.tokens:
            self.send({"tokens": self.tokens})
            self.tokens = 0

    def _stopped(self) -> None:
        """Whatever asked (the parent, this process's breaker, a fatal error): close this process's streams."""
        self.send({"stop": self.stop.reason, "breaker": self.breaker.dead})
        me = asyncio.current_task()
        for task in self.slots:
            if task is not me and not task.done():
                task.cancel()

    async def slot(self) -> None:
        while True:
            try:
                index = await self.ids.get()
            except asyncio.CancelledError:
                return  # stopped while idle
            if index is None:
                return
            if self.stop.is_set():
                continue  # handed out before the stop arrived: never started, so never counted
            self.send({"start": index})
            try:
                outcome = await chain.sample(self.ctx, index)
            except McrgenError as exc:
                self.send({"fatal": type(exc).__name__, "message": str(exc)})
                self.stop.request(f"error: {exc}")
                return
            self.flush_tokens()
            self.send({"outcome": outcome.kind, "row": outcome.row})

    async def read_commands(self, reader: asyncio.StreamReader, n_slots: int) -> None:
        while line := await reader.readline():
            msg = json.loads(line)
            if "id" in msg:
                self.ids.put_nowait(int(msg["id"]))
            elif "stop" in msg:
                self.stop.request(str(msg["stop"]))
            elif msg.get("end"):
                for _ in range(n_slots):
                    self.ids.put_nowait(None)
                return
        os._exit(0)  # stdin closed without "end": the parent is gone, and nobody would read what we write

    async def run(self, reader: asyncio.StreamReader, n_slots: int) -> None:
        ticker = asyncio.create_task(self._tick())
        try:
            self.slots = [asyncio.create_task(self.slot()) for _ in range(n_slots)]
            commands = asyncio.create_task(self.read_commands(reader, n_slots))
            await asyncio.gather(*self.slots, return_exceptions=False)
            commands.cancel()
        finally:
            ticker.cancel()
            self.flush_tokens()
            self.flush()
            await self.endpoints.aclose()
            close = getattr(self.counter, "aclose", None)
            if close is not None:
                await close()

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(TOKEN_FLUSH_SECONDS)
            self.flush_tokens()


def _counter(recipe: Recipe, endpoints: Endpoints, cfg: dict[str, Any]) -> TokenCounter:
    """The same counter the parent would use: the embedded server's tokenizer, else the endpoint's /tokenize."""
    if cfg["local"]:
        from mcrgen.local.server import server_counter

        return server_counter(cfg["base_url"])
    return auto_counter(recipe, endpoints)


async def _serve(out_fd: int) -> int:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=1 << 24)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    first = await reader.readline()
    if not first:
        return 0
    cfg = json.loads(first)["config"]
    try:
        worker = Worker(cfg, out_fd)
    except McrgenError as exc:
        msg = {"fatal": type(exc).__name__, "message": str(exc)}
        os.write(out_fd, (json.dumps(msg) + "\n").encode())
        return 1
    await worker.run(reader, int(cfg["slots"]))
    return 0


def main() -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    out_fd = os.dup(1)
    os.dup2(2, 1)
    code = asyncio.run(_serve(out_fd))
    # Everything is written and every connection closed: skip the interpreter's teardown (a tenth of a second for
    # the HTTP stack's modules), since the run ends only when its slowest worker has left. What a plug-in printed
    # (sys.stdout is stderr here, buffered) and its atexit handlers still get their turn.
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
