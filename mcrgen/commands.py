"""Orchestration behind the commands that both compute and render: run or read, then write JSON and HTML.

Kept apart from :mod:`mcrgen.cli` (which only parses and prints) and from :mod:`mcrgen.analysis` (which computes
and never renders), so that the arrows stay one-way: cli -> commands -> render / analysis -> engine.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mcrgen.analysis import digest
from mcrgen.errors import OutputError
from mcrgen.recipe.loader import Recipe
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.rundir import files as rundir
from mcrgen.rundir import reader

if TYPE_CHECKING:
    from rich.console import Console

    from mcrgen.engine.runner import Progress
    from mcrgen.engine.spawn import Spawned
    from mcrgen.recipe.values import Shard

# The comparison and HTML modules are imported where used: `generate` needs none of them, and its start-up time
# is what a user (and the crash/resume test's kill window) waits through.

COMPARE_HTML = "compare.html"
REPORT_HTML = "report.html"


def run_compare(recipe: Recipe, out: Path, on_start: Callable[[Progress], None] | None = None) -> dict[str, Any]:
    """Generate both modes into ``out/inflight`` and ``out/baseline``; write and return compare.json's dict.

    Each mode is exactly what ``mcrgen generate --mode M`` does (resume, dedup, report.json included), so a
    comparison never measures a code path that plain generation does not use.
    """
    from dataclasses import replace

    from mcrgen.analysis.compare import MODES, ORDER_JSON
    from mcrgen.engine.chain import sample_id
    from mcrgen.engine.generate import generate

    refuse_run_dir(out)
    # A server's prefix cache serves a prompt the second time it is seen: whichever mode ran second would look
    # faster. So the ids run in blocks, and the mode that goes first alternates from block to block.
    order: list[dict[str, Any]] = []
    start = 0
    for k, end in enumerate(block_ends(recipe.samples, recipe.endpoint.concurrency, recipe.endpoint.is_local)):
        stopped = False
        for mode in MODES if k % 2 == 0 else MODES[::-1]:
            result, _ = generate(replace(recipe, samples=end), out / mode, mode=mode, on_start=on_start)
            order.append({"mode": mode, "first_id": sample_id(start), "last_id": sample_id(end - 1)})
            stopped = stopped or (result is not None and result.progress.stop_reason is not None)
        rundir.write_atomic(out / ORDER_JSON, json.dumps(order, indent=1) + "\n")
        if stopped:
            break  # a budget or the breaker: the next block would stop at once
        start = end
    return write_compare(out)


def refuse_run_dir(out: Path) -> None:
    """A comparison writes ``baseline/``, ``inflight/`` and ``compare.*``: never beside a ``generate`` run's files."""
    if (out / rundir.RUN).exists() or reader.has_rows(out):
        raise OutputError(
            f"{out} is a run directory of `mcrgen generate` (it holds {rundir.RUN} or rows); use another --out, so "
            "the comparison and that run stay apart"
        )


def comparison_dir(out: Path, *, fresh: bool) -> list[str]:
    """Check (and with ``fresh`` move aside) the directory of ``mcrgen compare``; the lines to say about it."""
    rundir.check_out(out)
    if fresh and (aside := move_aside(out)) is not None:
        return [f"--fresh: the earlier comparison in {out} moved to {aside}", f"comparison directory {out}"]
    refuse_run_dir(out)
    return [f"comparison directory {out}"]


def block_ends(samples: int, concurrency: int, local: bool, most: int = 8) -> list[int]:
    """Exclusive ends of the id blocks: an even number of them (each mode first equally often), each at least two
    concurrency slots wide so a block keeps the endpoint busy; two for the embedded server, which restarts per block."""
    blocks = 2 if local else max(2, min(most, samples // (2 * max(1, concurrency))) // 2 * 2)
    blocks = min(blocks, max(1, samples))
    size = -(-samples // blocks)
    return sorted({min(samples, size * (i + 1)) for i in range(blocks)})


def write_compare(out: Path) -> dict[str, Any]:
    from mcrgen.analysis.compare import COMPARE_JSON
    from mcrgen.render.html import render_html

    data = compare_data(out)
    rundir.write_atomic(out / COMPARE_JSON, json.dumps(data, indent=2) + "\n")
    rundir.write_atomic(out / COMPARE_HTML, render_html(data))
    return data


def compare_data(out: Path) -> dict[str, Any]:
    """compare.json's dict of the comparison directory ``out``, from its two run directories (nothing written)."""
    from mcrgen.analysis.compare import build_compare

    data = build_compare(out / BASELINE, out / INFLIGHT)
    data["dirs"] = {m: _shown(Path(d), out) for m, d in data["dirs"].items()}
    data["verdict"] = digest.verdict(data)
    data["examples"] = compare_examples(out)
    return data


def report_dir(path: Path) -> tuple[dict[str, Any], str]:
    """``mcrgen report``: rebuild the JSON and HTML of a comparison directory or of a single run directory; returns
    the data and the line to say. A run that a ``generate`` is still writing is read as it stands and shown, but
    nothing is written: a dataset or report of partial rows must not look current to ``push``."""
    from mcrgen.analysis.compare import COMPARE_JSON, is_compare_dir

    rundir.require_dir(path, "give a run directory or a 'mcrgen compare' directory")
    compare = is_compare_dir(path)
    if not compare and not (path / rundir.RUN).exists():
        raise OutputError(f"{path} is neither a run directory (no {rundir.RUN}) nor a comparison directory")
    runs = [path / BASELINE, path / INFLIGHT] if compare else [path]
    with ExitStack() as held:
        try:
            for run in runs:
                held.enter_context(rundir.reading(run, "wait for it to end"))
        except rundir.InUse as exc:
            live = f"{exc.run_dir} is in use by {exc.doing}"
            data = compare_data(path) if compare else _single_data(path)
            return data, f"{live}: this is its progress so far, and nothing was written; report it again once it ends"
        if compare:
            data, written = write_compare(path), [path / COMPARE_JSON, path / COMPARE_HTML]
        else:
            data, written = _write_single(path), [path / rundir.REPORT, path / REPORT_HTML]
    return data, f"wrote {', '.join(map(str, written))}"


def _single_data(path: Path) -> dict[str, Any]:
    from mcrgen.analysis.compare import build_single

    data = build_single(path)
    data["dirs"] = {m: _shown(Path(d), path.parent) for m, d in data["dirs"].items()}
    return data


def _write_single(path: Path) -> dict[str, Any]:
    from mcrgen.render.html import render_html
    from mcrgen.rundir.dataset import refresh_dataset
    from mcrgen.rundir.report import write_report

    refresh_dataset(path)  # a run interrupted, resumed or edited since: its dataset files first, then the report
    write_report(path)
    data = _single_data(path)
    rundir.write_atomic(path / REPORT_HTML, render_html(data))
    return data


def _shown(path: Path, root: Path) -> str:
    """A path as the reader should see it: relative to the comparison directory, never the machine's layout."""
    try:
        return f"{path.resolve().relative_to(root.resolve())}/"
    except ValueError:
        return f"{path.name}/"


def compare_examples(out: Path) -> dict[str, Any]:
    """A few texts for the page: kept samples, and in-flight kills with their failing span."""
    rows = {n: rundir.read_jsonl(out / INFLIGHT / n) for n in (rundir.ACCEPTED, rundir.REJECTED)}
    killed = [r for r in rows[rundir.REJECTED] if r.get("outcome") == "rejected_inflight"]
    return {
        "kept": digest.kept_examples(rows[rundir.ACCEPTED], 1),
        "killed": digest.rejected_examples(killed or rows[rundir.REJECTED], 2),
    }


def move_aside(path: Path) -> Path | None:
    """Rename a non-empty ``path`` to ``<name>.old-<UTC time>`` beside it (``--fresh``); None if there was nothing.

    A run directory another process is writing is refused (its lock is held), so no live run is moved under it.
    """
    if not path.is_dir() or not any(path.iterdir()):
        return None
    for d in (path, *(c for c in path.iterdir() if c.is_dir())):  # a compare directory holds two runs
        if (d / rundir.RUN).exists():
            os.close(rundir.lock(d))  # raises OutputError while another run holds it
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.old-{stamp}")
    try:
        path.rename(aside)
    except OSError as exc:
        raise OutputError(f"--fresh: cannot move {path} aside to {aside}: {exc.strerror}") from None
    return aside


@dataclass(frozen=True, slots=True)
class RunDirChoice:
    path: Path
    message: str
    moved: bool = False
    """--fresh moved an earlier run aside: say so at once (it happened), not only once the run starts."""


def choose_run_dir(run_dir: Path, recipe: Recipe, mode: str, *, fresh: bool) -> RunDirChoice:
    """Say which run directory a run uses and why; with ``fresh``, move an earlier run aside (never delete it)."""
    rundir.check_out(run_dir)
    if fresh and (aside := move_aside(run_dir)) is not None:
        return RunDirChoice(
            run_dir, f"run directory {run_dir}: starting over (--fresh); the earlier run moved to {aside}", moved=True
        )
    meta = reader.load_meta(run_dir) if run_dir.is_dir() else None
    if meta is None:
        return RunDirChoice(run_dir, f"run directory {run_dir}: new run of recipe {recipe.name} ({recipe.hash[:8]})")
    if meta.recipe_hash != recipe.hash or meta.mode != mode:
        # The runner refuses it in its own words, after the checks that come first (recipe, seeds, endpoint).
        return RunDirChoice(run_dir, f"run directory {run_dir}: holds another run")
    done = len(reader.read_run(run_dir).finished_ids())
    return RunDirChoice(
        run_dir,
        f"run directory {run_dir}: resuming the same recipe ({done} samples already finished; --fresh starts over)",
    )


def run_digest(run_dir: Path, recipe: Recipe) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """What the end of ``generate`` shows beside the report: the kill-based estimate and two rejected texts."""
    expected = {s.name: s.expected_tokens for s in recipe.stages}
    rejected = rundir.read_jsonl(run_dir / rundir.REJECTED)
    return digest.inflight_estimate(run_dir, expected), digest.rejected_examples(rejected, 2)


def print_dry_run(recipe: Recipe, note: Console, n: int) -> None:
    """``generate --dry-run``: the first ``n`` samples' prompts on stdout (they are the output; pipe them anywhere),
    one note on ``note``."""
    import typer

    for sample in dry_run(recipe, n):
        typer.echo(f"===== sample {sample['id']} (seed {sample['seed']}) =====")
        for st in sample["stages"]:
            for m in st["messages"]:
                typer.echo(f"----- stage {st['stage']} · {m['role']} (max_tokens {st['max_tokens']}) -----")
                typer.echo(m["content"])
        typer.echo("")
    note.print("dry run: no request was sent; ⟨…⟩ marks text an earlier stage writes at run time", highlight=False)


def reader_gone(stream: Any) -> bool:
    """Is ``stream`` a pipe whose reader has gone away (``| head``)? The kernel flags such a pipe POLLERR."""
    import select

    try:
        poller = select.poll()
        poller.register(stream.fileno(), select.POLLOUT)
    except (AttributeError, OSError, ValueError):  # not a file (a test's StringIO), or already closed
        return False
    return any(events & select.POLLERR for _, events in poller.poll(0))


def _unfilled(stage: str) -> str:
    """What a dry run shows where an earlier stage's output goes: it does not exist until the model writes it."""
    return f"⟨{stage}: filled at run time from stage {stage!r}⟩"


def dry_run(recipe: Recipe, n: int) -> list[dict[str, Any]]:
    """The prompts of the first ``n`` samples exactly as a run would render them, without any request.

    Input rows, shots and sample ids are filled as in a run (same seeds, same picks, through the same
    :mod:`mcrgen.recipe.sampling` calls as the chain); what an earlier stage will write is a visible marker.
    """
    from mcrgen.engine.chain import sample_seed
    from mcrgen.engine.runner import load_seed_rows
    from mcrgen.recipe.sampling import base_variables, render_messages, sample_id

    shot_rows = load_seed_rows(recipe)
    out = []
    for index in range(min(n, recipe.samples)):
        seed = sample_seed(recipe.seed, index)
        base = base_variables(recipe, index, seed, shot_rows)
        stages: list[dict[str, Any]] = []
        earlier: dict[str, str] = {}
        for stage in recipe.stages:
            messages = render_messages(stage, base, earlier)
            stages.append({"stage": stage.name, "messages": messages, "max_tokens": stage.max_tokens})
            earlier[stage.name] = _unfilled(stage.name)
        out.append({"id": sample_id(index), "seed": seed, "stages": stages})
    return out


def run_generate(
    err: Console,
    r: Recipe,
    recipe: Path,
    out_dir: Path | None,
    mode: str,
    part: Shard | None,
    fresh: bool,
    workers: int | None,
    spawned: Spawned,
    flags: dict[str, Any],
) -> None:
    """``mcrgen generate`` once the recipe is loaded: choose the run directory, run with a live view on ``err``,
    then the summary."""
    from mcrgen.engine.generate import check_finished, default_run_dir, local_slots
    from mcrgen.engine.generate import generate as run
    from mcrgen.render.live import LiveView

    choice = choose_run_dir(out_dir or default_run_dir(r, mode, part), r, mode, fresh=fresh)
    if choice.moved:
        err.print(choice.message, highlight=False, soft_wrap=True)
    run_dir = choice.path
    view = LiveView(err)

    def start(progress: Progress) -> None:
        if not choice.moved:  # only once the run has started: a refused run prints its one error line alone
            err.print(choice.message, highlight=False, soft_wrap=True)
        slots = local_slots(r)[0] if r.endpoint.is_local else r.endpoint.concurrency
        if slots < r.endpoint.concurrency:
            capped = f"concurrency {r.endpoint.concurrency} is capped to that"
            err.print(f"note: the embedded model runs at most {slots} streams at once; {capped}", highlight=False)
        view.start(progress)

    try:
        result, report = run(r, run_dir, mode=mode, on_start=start, shard=part, workers=workers, spawned=spawned)
    finally:
        view.stop()
    if result is None:  # nothing was left to run (no model was loaded, no server asked)
        done = f"all {report.get('funnel', {}).get('attempted', 0)} samples of this run have their verdict"
        err.print(f"{choice.message}; {done}: nothing to generate", highlight=False, soft_wrap=True)
    from mcrgen.render.summary import compare_command, render_summary  # only once there is something to sum up

    estimate, examples = run_digest(run_dir, r)
    cmd = compare_command(recipe, r.samples, local=r.endpoint.is_local, **flags)  # on the endpoint this run used
    render_summary(err, report, run_dir, estimate=estimate, examples=examples, compare_cmd=cmd)
    check_finished(report, run_dir)
