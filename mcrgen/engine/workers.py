"""``--workers N``: N processes stream and validate, this one writes.

One client process tops out at what one core can parse and validate (docs/scale.md). With N workers the parent
keeps everything that must have one owner: the lock, ``run.json``, the sinks (it is the only writer of every file),
the budget, the signals and the live view. Each worker (:mod:`mcrgen.engine.worker_main`) runs the chains of the
ids it is handed and sends back each ended request and each finished sample; the parent writes them in arrival
order, exactly as the in-process runner writes what its tasks report.

Ids are handed out one per free stream slot (``concurrency`` split across the workers), so a fast worker takes
more and the set of ids run is the same as in one process. Stopping (a budget, Ctrl-C, the breaker, a fatal error)
tells every worker to close its streams; their interrupted rows come back and are written as usual. A worker that
dies stops the run the same way; its open samples have no row, so a resume runs them again.
"""

from __future__ import annotations

import asyncio
import base64
import json
import pickle
import subprocess
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from mcrgen.accounting import RequestUsage
from mcrgen.engine.chain import SampleOutcome
from mcrgen.engine.spawn import Spawned, shares
from mcrgen.engine.stop import Stop
from mcrgen.errors import (
    EndpointError,
    McrgenError,
    OutputError,
    RecipeError,
    SetupError,
    ValidatorError,
    WorkerError,
)
from mcrgen.recipe.loader import Recipe
from mcrgen.wire.retry import CircuitBreaker, CircuitOpen

EXIT_VALIDATOR_TIMEOUT = 124  # engine.watchdog's exit, seen from the parent when it ended a worker
PIPE_LIMIT = 1 << 27
"""Longest line a worker may send: one row holds a sample's texts (baseline rows also hold every trace)."""

_ERRORS: dict[str, type[McrgenError]] = {
    c.__name__: c for c in (EndpointError, OutputError, RecipeError, SetupError, ValidatorError, CircuitOpen)
}


class Host(Protocol):
    """What the pool reports to: the run (engine.runner.Run), which writes, counts and decides about budgets."""

    stop: Stop
    breaker: CircuitBreaker

    def request_ended(self, sample: str, usage: RequestUsage) -> None: ...
    def record(self, outcome: SampleOutcome) -> None: ...
    def stage_event(self, stage: str, event: str) -> None: ...
    def sample_started(self) -> None: ...
    def add_streamed(self, tokens: int) -> None: ...


def child_config(recipe: Recipe, mode: str, session: int, shot_rows: list[str], base_url: str | None) -> dict[str, Any]:
    """What a worker needs to rebuild the parent's recipe (recipes hold compiled templates: they do not pickle)."""
    key_envs = [recipe.endpoint.api_key_env] + [s.endpoint.api_key_env for s in recipe.stages if s.endpoint]
    return {
        "path": str(recipe.path.resolve()),
        "model": recipe.raw.get("endpoint", {}).get("model"),
        "seed": recipe.raw.get("seed"),  # as the parent read it: a seed the file leaves out must stay out
        "samples": recipe.samples,
        "key_envs": key_envs,
        "hash": recipe.hash,
        "mode": mode,
        "session": session,
        "shot_rows": shot_rows,
        "base_url": base_url,
        "local": base_url is not None and recipe.endpoint.is_local,
    }


def endpoint_for(recipe: Recipe, slots: int) -> str:
    """The parent's resolved endpoint (flags, environment, the embedded server's fit) with this worker's streams."""
    return base64.b64encode(pickle.dumps(replace(recipe.endpoint, concurrency=slots))).decode()


@dataclass
class Child:
    number: int
    slots: int
    proc: subprocess.Popen[bytes]
    reader: asyncio.StreamReader
    pipe: asyncio.WriteTransport
    held: set[int] = field(default_factory=set)
    """Ids handed to this worker that have no row yet."""
    open_streams: int = 0
    ended: bool = False
    fatal: bool = False

    @classmethod
    async def adopt(cls, number: int, slots: int, proc: subprocess.Popen[bytes]) -> Child:
        """Its pipes on this event loop (the process was started before the loop ran: engine.spawn)."""
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader(limit=PIPE_LIMIT)
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), proc.stdout)
        pipe, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, proc.stdin)
        return cls(number, slots, proc, reader, pipe)


class WorkerPool:
    """Spawns the workers, hands out ids, relays what they report to the host, and says how they ended."""

    def __init__(
        self, host: Host, recipe: Recipe, config: dict[str, Any], workers: int, spawned: Spawned | None = None
    ) -> None:
        self.host, self.recipe, self.config = host, recipe, config
        self.spawned = spawned or Spawned()
        """Workers the command started ahead of the run (engine.spawn); the missing ones are started here."""
        self.plan = shares(recipe.endpoint.concurrency, workers)
        self.children: list[Child] = []
        self.todo: deque[int] = deque()
        self.error: McrgenError | None = None
        self.deaths: list[str] = []
        self.died_code = 0

    async def run(self, todo: list[int]) -> None:
        self.todo = deque(todo)
        procs = self.spawned.take(len(self.plan))
        try:
            for k, (slots, proc) in enumerate(zip(self.plan, procs, strict=True)):
                child = await Child.adopt(k + 1, slots, proc)
                self.children.append(child)
                cfg = {**self.config, "slots": slots, "endpoint": endpoint_for(self.recipe, slots)}
                self._send(child, {"config": cfg})
                self._fill(child)
            await asyncio.gather(*(self._listen(c) for c in self.children))
        finally:
            # Only ever does something when this task was cancelled or failed (also while the workers were being
            # adopted: those not adopted yet are killed with the rest).
            self.kill()
            Spawned(procs[len(self.children) :]).close()
        self._raise_outcome()

    def stop(self, reason: str | None) -> None:
        """Every worker closes its streams now (their rows come back as interrupted) and gets no more ids."""
        for child in self.children:
            self._send(child, {"stop": reason or "stopped"})
            self._end(child)

    def kill(self) -> None:
        for child in self.children:
            if child.proc.poll() is None:
                child.proc.kill()
                child.proc.wait()  # reaped here: nothing else waits for a process killed on the way out

    def _send(self, child: Child, msg: dict[str, Any]) -> None:
        pipe = child.pipe
        if pipe.is_closing():
            return
        try:
            pipe.write((json.dumps(msg, separators=(",", ":")) + "\n").encode())
        except (BrokenPipeError, ConnectionResetError):  # it died: _listen reports that
            pass

    def _end(self, child: Child) -> None:
        if not child.ended:
            child.ended = True
            self._send(child, {"end": True})
            child.pipe.close()

    def _fill(self, child: Child) -> None:
        """Keep each of the worker's stream slots busy; once there is nothing left to hand out, tell it so."""
        while not self.host.stop.is_set() and self.todo and len(child.held) < child.slots:
            index = self.todo.popleft()
            child.held.add(index)
            self._send(child, {"id": index})
        if self.host.stop.is_set() or (not self.todo and not child.held):
            self._end(child)

    async def _listen(self, child: Child) -> None:
        while line := await child.reader.readline():
            if not line.endswith(b"\n"):
                break  # torn by a kill: whatever it held is lost, like an open request
            try:
                self._handle(child, json.loads(line))
            except McrgenError as exc:  # e.g. the disk is full: stop everyone, keep reading until they end
                self.error = self.error or exc
                self.host.stop.request(f"error: {exc}")
        code = await asyncio.to_thread(child.proc.wait)  # its stdout has ended: it is exiting
        if code != 0 and not child.fatal:
            self._died(child, code)

    def _handle(self, child: Child, msg: dict[str, Any]) -> None:
        host = self.host
        if "spent" in msg:
            host.request_ended(str(msg["spent"]), RequestUsage.from_dict(msg["usage"]))
        elif "ev" in msg:
            stage, event = msg["ev"]
            child.open_streams += {"open": 1, "close": -1}.get(event, 0)
            host.stage_event(stage, event)
        elif "tokens" in msg:
            host.add_streamed(int(msg["tokens"]))
        elif "start" in msg:
            host.sample_started()
        elif "outcome" in msg:
            child.held.discard(int(msg["row"]["id"]))
            host.record(SampleOutcome(str(msg["outcome"]), msg["row"], []))
            self._fill(child)
        elif "stop" in msg:
            if msg.get("breaker") and host.breaker.dead is None:
                host.breaker.dead = str(msg["breaker"])
            host.stop.request(str(msg["stop"]))
        elif "fatal" in msg:
            child.fatal = True
            cls = _ERRORS.get(str(msg["fatal"]), WorkerError)
            self.error = self.error or cls(str(msg["message"]))
            host.stop.request(f"error: {msg['message']}")

    def _died(self, child: Child, code: int) -> None:
        for _ in range(child.open_streams):  # its open streams are gone: the live view must not count them
            self.host.stage_event("", "close")
        how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
        if code == EXIT_VALIDATOR_TIMEOUT:
            how = f"was ended by the validator watchdog (exit {code})"
            self.died_code = EXIT_VALIDATOR_TIMEOUT
        lost = len(child.held)
        self.deaths.append(
            f"worker {child.number} of {len(self.children)} (pid {child.proc.pid}) {how} with {lost} "
            f"sample{'s' if lost != 1 else ''} in progress; the rows written so far are kept, "
            "rerun the same command to resume"
        )
        self.host.stop.request(f"worker {child.number} died")

    def _raise_outcome(self) -> None:
        if self.error is not None:
            raise self.error
        if self.deaths:
            exc = WorkerError("; ".join(self.deaths))
            if self.died_code:
                exc.exit_code = self.died_code
            raise exc
