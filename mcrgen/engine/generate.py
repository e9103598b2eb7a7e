"""The one call behind ``mcrgen generate``: endpoint lifecycle (embedded server or remote), run, report."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mcrgen import __version__
from mcrgen.engine.runner import INTERRUPTED, Progress, RunResult, check_start, ids_left, recipe_meta, run_recipe
from mcrgen.engine.spawn import Spawned, worker_count
from mcrgen.errors import UnfinishedError
from mcrgen.recipe.loader import Recipe, resolved_yaml
from mcrgen.recipe.values import INFLIGHT, Shard
from mcrgen.rundir.files import ERRORS, read_jsonl
from mcrgen.rundir.report import write_report
from mcrgen.rundir.session import Identity, open_session

RUN_HASH_CHARS = 8


def default_run_dir(recipe: Recipe, mode: str, shard: Shard | None = None) -> Path:
    """``runs/<name>-<mode>-<hash8>``, or the recipe's ``out_dir`` when it names one.

    The short recipe hash means an edited recipe gets a new directory instead of failing on "a different
    recipe", while rerunning an unchanged one resumes where it stopped.
    """
    auto = Path("runs") / f"{recipe.name}-{mode}-{recipe.hash[:RUN_HASH_CHARS]}"
    base = recipe.out_dir if recipe.out_dir is not None else auto
    # Each shard in its own directory, so that shards on a shared disk never share a run directory.
    return base if shard is None else base.with_name(f"{base.name}-shard{shard.index}of{shard.count}")


def generate(
    recipe: Recipe,
    run_dir: Path,
    *,
    mode: str = INFLIGHT,
    on_start: Callable[[Progress], None] | None = None,
    shard: Shard | None = None,
    workers: int | None = 1,
    spawned: Spawned | None = None,
) -> tuple[RunResult | None, dict[str, Any]]:
    """Run a recipe; after a completed run, dedup and write the dataset files.

    report.json is written whenever the run got as far as starting (also after an error or an interrupt), and
    never when it was refused before touching the run directory, so a failed second run leaves the first's files
    as they were. An interrupted run raises KeyboardInterrupt after its report is written (exit 130, resumable).
    ``workers``: processes that run the chains (None: the default of :mod:`mcrgen.engine.spawn`, the cores for a
    remote endpoint); ``spawned``: those of them the command started ahead. Workers nobody took are killed here.
    """
    result: RunResult | None = None
    report: dict[str, Any] = {}
    started: Progress | None = None

    def start(progress: Progress) -> None:
        nonlocal started
        started = progress
        if on_start is not None:
            on_start(progress)

    workers = worker_count(recipe, workers)
    # Refuse before the embedded model spends seconds loading (run_recipe checks again, cheaply), and sum up a run
    # that has nothing left before any model or server is touched: its endpoint may be long gone.
    ident, _ = check_start(recipe, run_dir, mode, shard)
    if (done := all_finished(recipe, run_dir, ident, shard)) is not None:
        if spawned is not None:
            spawned.close()
        return None, done
    try:
        if recipe.endpoint.is_local:
            from mcrgen.local.server import local_model, local_server, server_counter

            model = local_model(recipe.endpoint.model, recipe.endpoint.model_path, recipe.path.parent)
            slots, n_ctx = local_slots(recipe)
            with local_server(model, slots=slots, n_ctx_per_slot=n_ctx) as server:
                recipe = _fit_to_server(recipe, server.model, server.slots)
                result = asyncio.run(
                    run_recipe(
                        recipe,
                        run_dir,
                        mode=mode,
                        on_start=start,
                        base_url=server.base_url,
                        counter=server_counter(server.base_url),
                        shard=shard,
                        workers=workers,
                        spawned=spawned,
                    )
                )
        else:
            if recipe.endpoint.model_path:
                from mcrgen.local.models import check_model_path

                check_model_path(recipe.endpoint.model_path, False, recipe.endpoint.model, recipe.path)
            run = run_recipe(recipe, run_dir, mode=mode, on_start=start, shard=shard, workers=workers, spawned=spawned)
            result = asyncio.run(run)
        if result.progress.stop_reason is None or INTERRUPTED not in result.progress.stop_reason:
            from mcrgen.rundir.dataset import finalize_run

            finalize_run(run_dir, recipe.formats)  # S4 dedup + dataset files; before the report, which counts them
    finally:
        if spawned is not None:
            spawned.close()
        if started is not None:
            report = write_report(run_dir)
            started.funnel = report.get("funnel")  # the final frame shows the report's funnel, not its own
    if result is not None and result.progress.stop_reason is not None and INTERRUPTED in result.progress.stop_reason:
        raise KeyboardInterrupt
    return result, report


def all_finished(recipe: Recipe, run_dir: Path, ident: Identity, shard: Shard | None) -> dict[str, Any] | None:
    """The report of a run whose every sample (of ``shard``) already has its verdict, after a session that asks no
    server; None when something is left to run. Neither the embedded model (seconds to load) nor a remote server
    (perhaps gone, or its key revoked) is needed to say so.

    The session is a run's own, minus the endpoint: under the run's lock it repairs a torn last line, records the
    recipe as resolved now and its prices and folder (which the recipe's hash leaves out, so a rerun may change
    them: the dedup settings, the output mapping, the prices the report uses), and ends with no stop reason. Then,
    as after any run, the dataset files and the report are written."""
    from mcrgen.rundir.dataset import finalize_run
    from mcrgen.rundir.reader import read_run

    if not run_dir.is_dir() or ids_left(recipe, shard, read_run(run_dir).finished_ids())[1]:
        return None
    info: dict[str, object] = {"version": __version__, "samples": recipe.samples, "nothing_left": True}
    if shard is not None:
        info["shard"] = str(shard)
    extra = recipe_meta(recipe)
    with open_session(run_dir, ident, resolved_yaml=resolved_yaml(recipe), info=info, meta_extra=extra) as s:
        s.info.update(seconds=0.0, stop_reason=None)
    finalize_run(run_dir, recipe.formats)
    return write_report(run_dir)


def local_slots(recipe: Recipe) -> tuple[int, int]:
    """Server slots and context per slot for a recipe on the embedded server.

    One slot per concurrent stream (capped: CPU decoding gains little past a few), because llama.cpp queues
    requests beyond its slots without sending a byte, which a stall timeout would take for a dead server. Each
    slot must hold the longest stage's prompt and answer; 1536 tokens of prompt cover a few-shot recipe.
    """
    from mcrgen.local.server import DEFAULT_N_CTX_PER_SLOT, MAX_SLOTS

    longest = max((stage.max_tokens for stage in recipe.stages), default=0)
    per_slot = max(DEFAULT_N_CTX_PER_SLOT, -(-(longest + 1536) // 256) * 256)
    return min(recipe.endpoint.concurrency, MAX_SLOTS), per_slot


def _fit_to_server(recipe: Recipe, model: str, slots: int) -> Recipe:
    """The served model's name, one stream per server slot, and the server's usage object on finished streams."""
    from dataclasses import replace

    from mcrgen.recipe.sampling import for_embedded_server

    stages = tuple(replace(s, extra_body=for_embedded_server(s.extra_body)) for s in recipe.stages)  # issue 16
    endpoint = replace(recipe.endpoint, model=model, concurrency=slots, usage="final")
    return replace(recipe, endpoint=endpoint, stages=stages)


def check_finished(report: dict[str, Any], run_dir: Path) -> None:
    """Exit 5 (after the summary is shown) when samples still hold ``error`` rows: the data is incomplete, and a
    script running ``mcrgen generate`` must not take it for a finished run."""
    n = int((report.get("funnel") or {}).get("errors") or 0)
    if n:
        raise UnfinishedError(
            f"{n} sample{'s' if n > 1 else ''} ended in endpoint errors{_last_error(run_dir)} (see errors.jsonl); "
            f"rerun the same command with --out {run_dir} to retry just those"
        )


def _last_error(run_dir: Path) -> str:
    """', the last: HTTP 500 from endpoint (...)': what the endpoint said, so the user need not open the file."""
    rows = [r for r in read_jsonl(run_dir / ERRORS) if r.get("outcome") == "error"]
    error = rows[-1].get("error") if rows else None
    message = error.get("message") if isinstance(error, dict) else None
    return f", the last: {message[:300]}" if isinstance(message, str) and message else ""
