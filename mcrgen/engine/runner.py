"""Many streams: sample ids and seeds, bounded concurrency, budgets, resume, and the run directory's rows.

Each sample is a chain of stages (S1 problem -> S2/S3 solution -> ...). A sample occupies one concurrency slot for
its whole chain, so at most ``concurrency`` streams are open at once. The runner owns the session's sinks, the
live counters and the budget: every request goes on the ledger (``usage.jsonl``) the moment it ends, and every
finished sample's row is appended and flushed before the next one is taken, so a crash loses only the requests
open at that moment.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mcrgen import __version__
from mcrgen.accounting import RequestUsage
from mcrgen.engine import chain
from mcrgen.engine.budget import BudgetStop, Spend
from mcrgen.engine.chain import ChainContext, SampleOutcome, sample_id, sample_seed
from mcrgen.engine.endpoints import Endpoints, api_key, auto_counter, policy_of
from mcrgen.engine.endpoints import preflight as check_endpoints
from mcrgen.engine.metering import ServerMeter
from mcrgen.engine.progress import Progress
from mcrgen.engine.spawn import Spawned, shares
from mcrgen.engine.stop import Stop
from mcrgen.engine.tokens import TokenCounter
from mcrgen.engine.workers import WorkerPool, child_config
from mcrgen.errors import EndpointError, McrgenError, OutputError, RecipeError
from mcrgen.recipe.inputs import json_objects
from mcrgen.recipe.loader import Recipe, resolved_yaml
from mcrgen.recipe.values import INFLIGHT, Shard, check_mode
from mcrgen.rundir import files as rundir
from mcrgen.rundir.session import Identity, Session, check_run, open_session
from mcrgen.wire.retry import CircuitBreaker, CircuitOpen

__all__ = ["INTERRUPTED", "Progress", "Run", "RunResult", "run_recipe", "sample_id", "sample_seed"]


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
    if recipe.seeds.shots > len(out):  # every prompt would get fewer examples than the recipe says, silently
        raise RecipeError(f"{path}: seeds.shots is {recipe.seeds.shots} but the seed file holds {len(out)} examples")
    return out


@dataclass
class RunResult:
    run_dir: Path
    progress: Progress
    seconds: float


INTERRUPTED = "interrupted (Ctrl-C or SIGTERM)"


class Run:
    """One session of a run: the chains' context, and what the runner owns: sinks, live counters, budget, stop."""

    def __init__(
        self, recipe: Recipe, mode: str, endpoints: Endpoints, counter: TokenCounter, shot_rows: list[str], s: Session
    ) -> None:
        self.recipe, self.session = recipe, s
        self.progress = Progress(mode, recipe.samples, [st.name for st in recipe.stages])
        ep = recipe.endpoint
        self.spend = Spend(recipe.budget, ep.prices)
        self.stop = Stop(self._stopped)
        self.breaker = CircuitBreaker(ep.breaker_failures, ep.breaker_pause, ep.breaker_max_pauses)
        self.ctx = ChainContext(
            recipe=recipe,
            mode=mode,
            model=endpoints.main.model,
            session=s.number,
            shot_rows=shot_rows,
            wire_for=endpoints.for_stage,
            counter=counter,
            policy=policy_of(recipe),
            breaker=self.breaker,
            rng=random.Random(),
            stop=self.stop,
            request_ended=self.request_ended,
            stage_event=self.stage_event,
            stream_tokens=self.progress.add_streamed,
        )
        self.interrupts = 0
        self.workers: list[asyncio.Task[None]] = []
        self.pool: WorkerPool | None = None
        """``--workers N`` (N > 1): the processes that run the chains; this process still writes everything."""

    def request_ended(self, sample: str, usage: RequestUsage) -> None:
        """A request ended (any way): on the ledger now, counted, and the run stops if that exhausts a budget."""
        self.session.spent(sample, usage)
        self.progress.prompt_tokens += usage.prompt_tokens
        self.progress.completion_tokens += usage.completion_tokens
        if usage.status == "cancelled":  # a validator closed it: the live view shows kills as they happen
            self.progress.cancels += 1
            self.progress.cancelled_tokens += usage.completion_tokens
        self.spend.add(usage)
        self._check_budget()

    def sample_started(self) -> None:
        self.progress.attempted += 1

    def add_streamed(self, tokens: int) -> None:
        self.progress.add_streamed(tokens)

    def stage_event(self, stage: str, event: str) -> None:
        p = self.progress
        if event == "open":
            p.in_flight += 1
        elif event == "close":
            p.in_flight -= 1
        else:
            p.passed[stage] = p.passed.get(stage, 0) + 1

    def record(self, outcome: SampleOutcome) -> None:
        """Write the sample's one row and count it."""
        self.session.write(outcome.kind, outcome.row)
        self.progress.ended(outcome.kind, outcome.row)
        if outcome.kind == chain.ACCEPTED:
            self.spend.accepted += 1
            self._check_budget()

    def _check_budget(self) -> None:
        self._stop_for(self.spend.exhausted())

    def _stop_for(self, budget: BudgetStop | None) -> None:
        """Stop for ``budget`` unless the run stops already; what a spending budget counted goes into run.json."""
        if budget is None or self.stop.is_set():
            return
        self.stop.request(budget.reason)
        if budget.counted is not None:
            self.session.info["budget_counted"] = budget.counted

    def _stopped(self) -> None:
        """Stop starting work and close every open stream now (their tokens are counted by the samples)."""
        self.progress.stop_reason = self.stop.reason
        me = asyncio.current_task()
        for task in self.workers:
            if task is not me and not task.done():
                task.cancel()
        if self.pool is not None:
            self.pool.stop(self.stop.reason)

    def on_signal(self) -> None:
        self.interrupts += 1
        if self.interrupts > 1:
            # Second Ctrl-C: leave now. Every row and ledger line already written is whole (one write each),
            # run.json and report.json are replaced atomically, so nothing on disk is half-written.
            os.write(2, b"\nsecond interrupt: exiting now; rerun the same command to resume\n")
            if self.pool is not None:
                self.pool.kill()
            os._exit(130)
        self.stop.request(INTERRUPTED)
        if self.progress.stop_reason != INTERRUPTED:
            self.progress.stop_reason = f"{self.progress.stop_reason}; then {INTERRUPTED}"

    async def worker(self, ids: Iterator[int]) -> None:
        for index in ids:
            if self.stop.is_set():
                return
            self.sample_started()
            try:
                outcome = await chain.sample(self.ctx, index)
            except McrgenError as exc:
                # Fatal for the run (bad key, model gone, disk full): stop the others cleanly first so their open
                # streams are closed and counted, then let the error end the run.
                self.stop.request(f"error: {exc}")
                raise
            self.record(outcome)

    def resume_from(self, s: Session, shard: Shard | None) -> list[int]:
        """The ids this session still has to run; earlier sessions' spending counts against the budgets."""
        mine, todo = ids_left(self.recipe, shard, s.before.finished_ids())
        self.progress.total = len(mine)
        self.progress.skipped = len(mine) - len(todo)
        seconds = s.before.meta.seconds if s.before.meta is not None else 0.0
        self.spend.load((sp.usage for sp in s.before.ledger), len(s.before.accepted), seconds)
        return todo

    async def schedule(self, todo: list[int]) -> None:
        """Run ``todo`` on ``concurrency`` workers until done, a budget, the breaker, a signal or a fatal error."""
        loop = asyncio.get_running_loop()
        signals = _install_signals(loop, self.on_signal)
        timer = self._start_budgets(loop)
        t0 = time.monotonic()
        try:
            if self.pool is not None:
                if not self.stop.is_set():
                    await self.pool.run(todo)
                return
            ids = iter(todo)
            async with asyncio.TaskGroup() as tg:
                if not self.stop.is_set():
                    n = min(self.recipe.endpoint.concurrency, len(todo))
                    self.workers = [tg.create_task(self.worker(ids)) for _ in range(n)]
        except* EndpointError as eg:
            raise eg.exceptions[0] from None
        except* OutputError as eg:
            raise eg.exceptions[0] from None
        finally:
            if timer is not None:
                timer.cancel()
            for sig in signals:
                loop.remove_signal_handler(sig)
            self.session.info["seconds"] = round(time.monotonic() - t0, 3)
            self.session.info["stop_reason"] = self.progress.stop_reason

    def _start_budgets(self, loop: asyncio.AbstractEventLoop) -> asyncio.TimerHandle | None:
        """A resumed run whose budget is already spent does nothing; ``max_seconds`` is watched by a timer."""
        budget = self.spend.exhausted()
        left = self.spend.seconds_left()
        if budget is None and left is not None and left <= 0:
            budget = BudgetStop(self.spend.time_reason())
        if budget is not None:
            self._stop_for(budget)
        elif left is not None:
            return loop.call_later(left, self.stop.request, self.spend.time_reason())
        return None


def ids_left(recipe: Recipe, shard: Shard | None, finished: set[str]) -> tuple[list[int], list[int]]:
    """This run's sample indices (of ``shard``), and those of them without a verdict in ``finished`` yet."""
    mine = [i for i in range(recipe.samples) if shard is None or i in shard]
    return mine, [i for i in mine if sample_id(i) not in finished]


def check_start(recipe: Recipe, run_dir: Path, mode: str, shard: Shard | None) -> tuple[Identity, list[str]]:
    """The checks that need neither the endpoint nor a write, in the order their errors are reported: the mode,
    the seed file (its examples are returned), and whether ``run_dir`` may hold this run. The embedded model takes
    seconds to load, so ``generate`` makes them before it starts the model, too."""
    check_mode(mode)
    shot_rows = load_seed_rows(recipe)
    ident = Identity(recipe.name, recipe.hash, mode, shard.to_dict() if shard is not None else None)
    if run_dir.is_dir():
        check_run(run_dir, ident)
    return ident, shot_rows


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
    workers: int = 1,
    spawned: Spawned | None = None,
) -> RunResult:
    """Generate ``recipe.samples`` samples into ``run_dir``, resuming whatever an earlier run left there.

    Returns normally when the samples are done, a budget is reached or the user interrupted (see
    ``progress.stop_reason``); raises :class:`EndpointError` (exit 3) when the endpoint fails for good and
    :class:`OutputError` (exit 4) when the run directory cannot be written or holds another run. Nothing is written
    to ``run_dir`` before the recipe, its seed file, the directory and the endpoint have all been checked. With
    ``shard``, only the sample indices in that shard run (see :mod:`mcrgen.publish.merge`); a run directory holds
    one shard for good. With ``workers`` > 1, that many processes run the chains (:mod:`mcrgen.engine.workers`);
    this one still writes every file, so the run directory is the same as with one; ``spawned`` holds those the
    command started ahead (:mod:`mcrgen.engine.spawn`).
    """
    ident, shot_rows = check_start(recipe, run_dir, mode, shard)
    if base_url is None and recipe.endpoint.is_local:
        raise EndpointError("endpoint 'local' needs the embedded server; start it with run_local()")
    created = rundir.prepare(run_dir)
    check_run(run_dir, ident)
    endpoints = Endpoints(recipe, base_url)
    counter = counter or auto_counter(recipe, endpoints)
    key = api_key(recipe.endpoint.api_key_env)  # for the server's /metrics
    try:
        local = base_url is not None and recipe.endpoint.is_local
        if preflight:
            try:
                await check_endpoints(endpoints, recipe, local=local)
            except BaseException:  # refused before the first file (endpoint down, Ctrl-C): no empty folder is left
                rundir.remove_empty(created)
                raise
        with open_session(
            run_dir,
            ident,
            resolved_yaml=resolved_yaml(recipe),
            info=_session_info(recipe, endpoints, base_url, shard),
            meta_extra=_meta_extra(recipe, endpoints),
        ) as s:
            run = Run(recipe, mode, endpoints, counter, shot_rows, s)
            todo = run.resume_from(s, shard)
            n = len(shares(recipe.endpoint.concurrency, min(workers, len(todo) or 1)))
            if n > 1:  # one process stays the in-process path of old: no child, nothing changes
                s.info["workers"] = n
                config = child_config(recipe, mode, s.number, shot_rows, base_url)
                run.pool = WorkerPool(run, recipe, config, n, spawned)
            elif spawned is not None:
                spawned.close()  # a resume with one sample left, say: the workers started ahead are not needed
            # Another server for some stage would mix two servers' counters into one figure: then none is read.
            meter = ServerMeter(endpoints.main, key, enabled=not endpoints.by_stage, exclusive=local)
            await meter.start()
            if on_start is not None:
                on_start(run.progress)
            await run.schedule(todo)
            counted = await meter.stop(wait=INTERRUPTED not in (run.progress.stop_reason or ""))
            if counted is not None:
                s.info["server_counters"] = counted
    finally:
        await endpoints.aclose()
        close = getattr(counter, "aclose", None)  # the /tokenize counter's connection pool
        if close is not None:
            await close()
    if run.breaker.dead is not None:
        left = len(todo) - run.progress.accepted - run.progress.rejected  # what a resume runs: no verdict yet
        raise CircuitOpen(f"{run.breaker.dead} ({left} samples left)")
    return RunResult(run_dir, run.progress, float(s.info["seconds"]))


def _session_info(recipe: Recipe, endpoints: Endpoints, base_url: str | None, shard: Shard | None) -> dict[str, object]:
    info: dict[str, object] = {
        "version": __version__,
        "model": endpoints.main.model,
        "base_url": base_url or recipe.endpoint.base_url,
        "concurrency": recipe.endpoint.concurrency,
        "samples": recipe.samples,
    }
    if shard is not None:
        info["shard"] = str(shard)
    return info


def _meta_extra(recipe: Recipe, endpoints: Endpoints) -> dict[str, object]:
    return {"model": endpoints.main.model, **recipe_meta(recipe)}


def recipe_meta(recipe: Recipe) -> dict[str, object]:
    """What every session records in run.json from the recipe as it is now (the recipe's hash leaves it out)."""
    prices = recipe.endpoint.prices
    return {
        "price_per_million": {"prompt": prices.prompt, "completion": prices.completion} if prices else None,
        "recipe_dir": str(recipe.path.parent.resolve()),  # where report/compare find its inputs, seeds and plug-ins
    }


def _install_signals(loop: asyncio.AbstractEventLoop, handler: Callable[[], None]) -> list[int]:
    """SIGINT/SIGTERM stop the run cleanly (first) or at once (second). Only possible in the main thread.

    A SIGINT ignored when mcrgen started stays ignored, as Python itself leaves it: a shell script starts a
    background job (``mcrgen generate ... &``) with SIGINT ignored, and taking it over later made a ``kill -INT``
    lost in the first second and obeyed after it (stop 49's trial). SIGTERM is always taken: ``cli.main`` set its
    handler at start, so that it stops a run cleanly from the first second on."""
    installed: list[int] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(sig) is signal.SIG_IGN:
            continue
        try:
            loop.add_signal_handler(sig, handler)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(sig)
    return installed
