"""Many streams: sample ids and seeds, bounded concurrency, budgets, resume, and the run directory's rows.

Each sample is a chain of stages (S1 problem -> S2/S3 solution -> ...). A sample occupies one concurrency slot for
its whole chain, so at most ``concurrency`` streams are open at once. Every finished sample is appended and
flushed before the next one is taken, so a crash loses nothing that finished.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import random
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mcrgen import __version__
from mcrgen.accounting import RequestUsage
from mcrgen.engine import chain
from mcrgen.engine.budget import Spend
from mcrgen.engine.chain import render_shots, sample_id
from mcrgen.engine.tokens import AutoCounter, TokenCounter
from mcrgen.errors import EndpointError, OutputError, RecipeError
from mcrgen.recipe.inputs import json_objects
from mcrgen.recipe.loader import Recipe, Stage, resolved_yaml
from mcrgen.recipe.values import BASELINE, INFLIGHT, Shard, shard_of
from mcrgen.rundir import files as rundir
from mcrgen.wire.client import Wire
from mcrgen.wire.preflight import check_endpoint
from mcrgen.wire.retry import CircuitBreaker, CircuitOpen, RetryPolicy

__all__ = ["INTERRUPTED", "Progress", "Run", "RunResult", "render_shots", "run_recipe", "sample_id", "sample_seed"]


def sample_seed(run_seed: int, index: int) -> int:
    """A stable per-sample seed: the same id gets the same seed in every mode and on every resume."""
    digest = hashlib.sha256(f"mcrgen:{run_seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def load_seed_rows(recipe: Recipe) -> list[str]:
    if recipe.seeds is None:
        return []
    path, fld = recipe.seeds.path, recipe.seeds.field
    if not path.exists():
        raise RecipeError(f"{recipe.path}: seeds.path {path} does not exist")
    out: list[str] = []
    for n, row in json_objects(path, "the seed file (seeds.path)"):
        if not isinstance(row.get(fld), str) or not row[fld].strip():
            raise RecipeError(f"{path}:{n}: no text field {fld!r} (seeds.field)")
        out.append(row[fld].strip())
    if not out:
        raise RecipeError(f"{path}: the seed file is empty")
    return out


@dataclass
class Progress:
    """Live counters for the terminal view; the runner only writes them."""

    mode: str
    total: int
    stage_names: list[str]
    skipped: int = 0
    attempted: int = 0
    passed: dict[str, int] = field(default_factory=dict)
    accepted: int = 0
    rejected: int = 0
    errors: int = 0
    interrupted: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    in_flight: int = 0
    started: float = field(default_factory=time.monotonic)
    stop_reason: str | None = None


@dataclass
class RunResult:
    run_dir: Path
    progress: Progress
    seconds: float


INTERRUPTED = "interrupted (Ctrl-C or SIGTERM)"


class Run:
    """Run-wide state shared by the workers: endpoint, retry policy, breaker, spend, stop signal, sinks."""

    def __init__(
        self,
        recipe: Recipe,
        run_dir: Path,
        mode: str,
        wire: Wire,
        counter: TokenCounter,
        shot_rows: list[str],
    ) -> None:
        self.recipe, self.run_dir, self.mode, self.wire, self.counter = recipe, run_dir, mode, wire, counter
        self.shot_rows = shot_rows
        self.progress = Progress(mode, recipe.samples, [s.name for s in recipe.stages])
        self.sinks: dict[str, rundir.Sink] = {}
        # Stages with their own endpoint (e.g. a judge on another server) get their own connection pool.
        self.stage_wires = {
            s.name: Wire(s.endpoint, os.environ.get(s.endpoint.api_key_env) or "no-key")
            for s in recipe.stages
            if s.endpoint is not None
        }
        ep = recipe.endpoint
        self.policy = RetryPolicy(ep.max_retries, ep.retry_initial_delay, ep.retry_max_delay)
        self.breaker = CircuitBreaker(ep.breaker_failures, ep.breaker_pause, ep.breaker_max_pauses)
        self.spend = Spend(recipe.budget, ep.prices)
        self.rng = random.Random()  # backoff jitter only: it must differ between processes, not be reproducible
        self.stop = asyncio.Event()
        self.interrupts = 0
        self.session = 0
        self.workers: list[asyncio.Task[None]] = []

    def seed_of(self, index: int) -> int:
        return sample_seed(self.recipe.seed, index)

    def wire_for(self, stage: Stage) -> Wire:
        return self.stage_wires.get(stage.name, self.wire)

    def record(self, usage: RequestUsage) -> None:
        """A request ended (any way): count it, and stop the run if that exhausts a budget."""
        self.progress.prompt_tokens += usage.prompt_tokens
        self.progress.completion_tokens += usage.completion_tokens
        self.spend.add(usage)
        reason = self.spend.exhausted()
        if reason is not None:
            self.request_stop(reason)

    def accepted_one(self) -> None:
        self.spend.accepted += 1
        reason = self.spend.exhausted()
        if reason is not None:
            self.request_stop(reason)

    def failed_request(self, error: str) -> None:
        self.breaker.failure(error)
        if self.breaker.dead is not None:
            self.request_stop(f"circuit breaker: {self.breaker.dead}")

    def request_stop(self, reason: str) -> None:
        """Stop starting work and close every open stream now (their tokens are counted by the samples)."""
        if self.stop.is_set():
            return
        self.progress.stop_reason = reason
        self.stop.set()
        me = asyncio.current_task()
        for task in self.workers:
            if task is not me and not task.done():
                task.cancel()

    def on_signal(self) -> None:
        self.interrupts += 1
        if self.interrupts > 1:
            # Second Ctrl-C: leave now. Every row already written is whole (one write per row), run.json and
            # report.json are replaced atomically, so nothing on disk is half-written; the run resumes as usual.
            os.write(2, b"\nsecond interrupt: exiting now; rerun the same command to resume\n")
            os._exit(130)
        self.request_stop(INTERRUPTED)
        if self.progress.stop_reason != INTERRUPTED:
            self.progress.stop_reason = f"{self.progress.stop_reason}; then {INTERRUPTED}"

    async def aclose(self) -> None:
        await self.wire.aclose()
        close = getattr(self.counter, "aclose", None)  # the /tokenize counter's connection pool
        if close is not None:
            await close()
        for w in self.stage_wires.values():
            await w.aclose()

    async def worker(self, ids: Iterator[int]) -> None:
        for index in ids:
            if self.stop.is_set():
                return
            await chain.sample(self, index)


def _api_key(recipe: Recipe) -> str:
    # A missing key is fine for local servers; SDKs insist on a non-empty string.
    return os.environ.get(recipe.endpoint.api_key_env) or "no-key"


async def run_recipe(
    recipe: Recipe,
    run_dir: Path,
    *,
    mode: str = INFLIGHT,
    on_start: Callable[[Progress], None] | None = None,
    base_url: str | None = None,
    counter: TokenCounter | None = None,
    preflight: bool = True,
    shard: Shard | None = None,
) -> RunResult:
    """Generate ``recipe.samples`` samples into ``run_dir``, resuming whatever an earlier run left there.

    Returns normally when the samples are done, a budget is reached or the user interrupted (see
    ``progress.stop_reason``); raises :class:`EndpointError` (exit 3) when the endpoint fails for good and
    :class:`OutputError` (exit 4) when the run directory cannot be written. Nothing is written to ``run_dir``
    before the recipe, its seed file, the directory and the endpoint have all been checked. With ``shard``, only
    the sample indices in that shard run (see :mod:`mcrgen.publish.merge`); a run directory holds one shard for good.
    """
    if mode not in (INFLIGHT, BASELINE):
        raise RecipeError(f"--mode must be {INFLIGHT} or {BASELINE}, not {mode!r}")
    shot_rows = load_seed_rows(recipe)
    if base_url is None and recipe.endpoint.is_local:
        raise EndpointError("endpoint 'local' needs the embedded server; start it with run_local()")
    rundir.prepare(run_dir)
    meta = rundir.load_meta(run_dir)
    if meta is not None:
        if meta.get("recipe_hash") != recipe.hash:
            raise OutputError(
                f"{run_dir} holds a run of a different recipe (hash {meta.get('recipe_hash')}, this one "
                f"{recipe.hash}); use another --out directory"
            )
        if meta.get("mode") != mode:
            raise OutputError(f"{run_dir} holds a {meta.get('mode')} run; use another --out for --mode {mode}")
        if shard_of(meta) != shard:
            held = f"shard {shard_of(meta)}" if shard_of(meta) else "an unsharded run"
            raise OutputError(f"{run_dir} holds {held}; use another --out for --shard {shard or '(none)'}")
    else:
        meta = {"recipe": recipe.name, "recipe_hash": recipe.hash, "mode": mode, "sessions": []}
        if shard is not None:
            meta["shard"] = shard.to_dict()
    wire = Wire(recipe.endpoint, _api_key(recipe), base_url=base_url)
    # Used only for what the server does not count; probes the server's /tokenize on first use.
    counter = counter or AutoCounter(wire.replicas.items[0].url, wire.model, _api_key(recipe))
    run = Run(recipe, run_dir, mode, wire, counter, shot_rows)
    try:
        if preflight:
            await _preflight(run, local=base_url is not None and recipe.endpoint.is_local)
        lock_fd = rundir.lock(run_dir)
    except BaseException:
        await run.aclose()
        raise
    try:
        # Earlier sessions' rows (read under the lock): finished ids are skipped; all tokens count against budgets.
        old = {n: rundir.read_jsonl(run_dir / n) for n in (rundir.ACCEPTED, rundir.REJECTED, rundir.ERRORS)}
        done = {str(r["id"]) for n in (rundir.ACCEPTED, rundir.REJECTED) for r in old[n]}
        mine = [i for i in range(recipe.samples) if shard is None or i in shard]
        todo = [i for i in mine if sample_id(i) not in done]
        run.progress.total = len(mine)
        run.spend.load(
            (r for rows in old.values() for r in rows),
            accepted=len(old[rundir.ACCEPTED]),
            seconds_before=sum(float(s.get("seconds", 0.0)) for s in meta["sessions"]),
        )
        run.progress.skipped = len(mine) - len(todo)
        run.session = len(meta["sessions"]) + 1
        rundir.write_atomic(run_dir / rundir.RESOLVED, resolved_yaml(recipe))
        session: dict[str, Any] = {
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "version": __version__,
            "model": wire.model,
            "base_url": base_url or recipe.endpoint.base_url,
            "concurrency": recipe.endpoint.concurrency,
            "samples": recipe.samples,
        }
        if shard is not None:
            session["shard"] = str(shard)
        meta["model"] = wire.model
        prices = recipe.endpoint.prices
        meta["price_per_million"] = {"prompt": prices.prompt, "completion": prices.completion} if prices else None
        meta["sessions"].append(session)
        rundir.save_meta(run_dir, meta)
        for k, f in (("accepted", rundir.ACCEPTED), ("rejected", rundir.REJECTED), ("errors", rundir.ERRORS)):
            run.sinks[k] = rundir.Sink(run_dir / f)
    except BaseException:
        for sink in run.sinks.values():
            sink.close()
        os.close(lock_fd)
        await run.aclose()
        raise
    if on_start is not None:
        on_start(run.progress)
    t0 = time.monotonic()
    loop = asyncio.get_running_loop()
    signals = _install_signals(loop, run.on_signal)
    timer: asyncio.TimerHandle | None = None
    try:
        reason = run.spend.exhausted()
        left = run.spend.seconds_left()
        if reason is None and left is not None and left <= 0:
            reason = run.spend.time_reason()
        if reason is not None:
            run.request_stop(reason)  # a resumed run whose budget is already spent does nothing
        elif left is not None:
            timer = loop.call_later(left, run.request_stop, run.spend.time_reason())
        ids = iter(todo)
        async with asyncio.TaskGroup() as tg:
            if not run.stop.is_set():
                run.workers = [
                    tg.create_task(run.worker(ids)) for _ in range(min(recipe.endpoint.concurrency, len(todo)))
                ]
    except* EndpointError as eg:
        raise eg.exceptions[0] from None
    except* OutputError as eg:
        raise eg.exceptions[0] from None
    finally:
        if timer is not None:
            timer.cancel()
        for sig in signals:
            loop.remove_signal_handler(sig)
        seconds = time.monotonic() - t0
        session["ended"] = datetime.now(UTC).isoformat(timespec="seconds")
        session["seconds"] = round(seconds, 3)
        session["stop_reason"] = run.progress.stop_reason
        for sink in run.sinks.values():
            sink.close()
        try:
            rundir.save_meta(run_dir, meta)
        finally:
            os.close(lock_fd)
            await run.aclose()
    if run.breaker.dead is not None:
        raise CircuitOpen(
            f"{run.breaker.dead} ({len(todo) - run.progress.attempted + run.progress.interrupted} samples left)"
        )
    return RunResult(run_dir, run.progress, seconds)


async def _preflight(run: Run, *, local: bool) -> None:
    """Check every distinct endpoint once (the recipe's and any stage's own)."""
    seen: set[tuple[str, str]] = set()
    for wire, env in [(run.wire, run.recipe.endpoint.api_key_env)] + [
        (w, s.endpoint.api_key_env) for s in run.recipe.stages if s.endpoint and (w := run.stage_wires.get(s.name))
    ]:
        key = (wire.base_url, wire.model)
        if key in seen:
            continue
        seen.add(key)
        # The embedded server serves whatever model it loaded under the name we gave it: no model check.
        await check_endpoint(wire, api_key_env=env, policy=run.policy, check_model=not (local and wire is run.wire))


def _install_signals(loop: asyncio.AbstractEventLoop, handler: Callable[[], None]) -> list[int]:
    """SIGINT/SIGTERM stop the run cleanly (first) or at once (second). Only possible in the main thread."""
    installed: list[int] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, handler)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(sig)
    return installed
