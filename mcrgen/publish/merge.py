"""Several machines: shard a run by sample index, then merge the shard directories into one run directory.

``mcrgen generate --shard I/N`` runs the ids whose index ``% N == I``, in its own run directory: the shards are
disjoint whatever their speed, need no coordination, and each one resumes on its own. Seeds derive from the id
(:func:`mcrgen.engine.runner.sample_seed`), so a sample is the same whichever shard (or unsharded run) produced it.

``mcrgen merge OUT DIR...`` builds an ordinary run directory from shard directories:

* refuses directories of different recipes (hash) or modes (their rows are not one dataset), and the same
  directory given twice (its spending would count twice);
* accepted/rejected rows are kept once per id (first directory wins; within one, accepted before rejected rows:
  :func:`mcrgen.rundir.reader.first_verdicts`, the rule every reader of a run directory uses). A finished id met
  again (overlapping shards) was still paid for, so its row goes to ``errors.jsonl`` with outcome ``duplicate``;
* ``errors.jsonl`` rows (failed or interrupted attempts) are all kept; the ledgers (``usage.jsonl``) are
  concatenated, so every request ever made is counted once; sessions are renumbered on rows and ledger alike;
* ``run.json`` lists every shard's sessions (tagged with their shard); the dataset files and ``report.json`` are
  rebuilt from the merged files, so every figure is a sum over shards (``wall_seconds`` is the sum of the shards'
  session times, i.e. machine time, not elapsed time).

Merging is a pure function of the inputs: rerunning it into the same ``OUT`` (after a kill, or to pick up shards
that resumed since) rebuilds the same files.

The merged directory has no shard: ``mcrgen generate --out OUT`` on it runs whatever ids are still missing.
"""

from __future__ import annotations

import json
import os
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcrgen.errors import OutputError
from mcrgen.recipe.values import Shard
from mcrgen.rundir import files as rundir
from mcrgen.rundir.reader import RunMeta, RunRows, Spent, first_verdicts, read_run, row_session
from mcrgen.rundir.session import MERGING

DUPLICATE = "duplicate"


@dataclass
class MergeResult:
    out: Path
    accepted: int
    rejected: int
    errors: int
    duplicates: int
    missing_shards: list[str]
    """Shards of an N-way split that were not among the inputs (empty when complete or unsharded)."""


def _inputs(out: Path, run_dirs: list[Path], held: ExitStack) -> list[RunRows]:
    """Read every input once, each under its shared lock (kept in ``held`` until the merge ends): a shard that a
    ``generate`` is still writing is refused, and none can start writing one meanwhile. Refuse what cannot be one
    dataset, in one line."""
    if not run_dirs:
        raise OutputError("merge needs at least one run directory")
    seen: dict[Path, Path] = {}
    for d in run_dirs:
        real = d.resolve()
        if real == out.resolve():
            raise OutputError(f"{out} is one of the inputs; merge into a new directory")
        if real in seen:
            raise OutputError(f"{d} is given twice (as {seen[real]} too): its tokens would count twice")
        seen[real] = d
    runs: list[RunRows] = []
    for d in run_dirs:
        rundir.require_dir(d, "give the shard run directories to merge")
        held.enter_context(rundir.reading(d, "merge it once that run has ended"))
        run = read_run(d)
        if run.meta is None:
            raise OutputError(f"{d} is not a run directory (no {rundir.RUN})")
        runs.append(run)
    first = runs[0].meta
    assert first is not None
    for d, run in zip(run_dirs[1:], runs[1:], strict=True):
        assert run.meta is not None
        for key in ("recipe_hash", "mode"):
            if getattr(run.meta, key) != getattr(first, key):
                raise OutputError(
                    f"cannot merge {d} ({key} {getattr(run.meta, key)}) with {run_dirs[0]} ({key} "
                    f"{getattr(first, key)}): shards must come from the same recipe and mode"
                )
    _outside_inputs(out, run_dirs)
    _one_split(run_dirs, runs)
    return runs


def _outside_inputs(out: Path, run_dirs: list[Path]) -> None:
    """An OUT inside an input would become a folder of that run: copied, pushed or merged again along with it.
    (Checked once the inputs are known to be run directories: `merge out .` outside a run says that first.)"""
    for d in run_dirs:
        if out.resolve().is_relative_to(d.resolve()):
            raise OutputError(f"{out} is inside the input run directory {d}; merge into a directory outside the inputs")


def _one_split(run_dirs: list[Path], runs: list[RunRows]) -> None:
    """Shards of an N-way and an M-way split overlap in ids and leave gaps no single split can name: refuse them."""
    split: tuple[Path, Shard] | None = None
    for d, run in zip(run_dirs, runs, strict=True):
        if run.meta is None or run.meta.shard is None:
            continue
        shard = Shard(run.meta.shard["index"], run.meta.shard["count"])
        if split is None:
            split = (d, shard)
        elif shard.count != split[1].count:
            raise OutputError(
                f"cannot merge {d} (shard {shard}) with {split[0]} (shard {split[1]}): shards of different splits "
                f"({shard.count}-way and {split[1].count}-way); merge the shards of one --shard I/N split"
            )


def _sources(run_dirs: list[Path]) -> list[str]:
    return [str(d.resolve()) for d in run_dirs]


def _is_temp(name: str) -> bool:
    return name.startswith(".") and name.endswith(".tmp")


def _may_write(out: Path, run_dirs: list[Path]) -> None:
    """``out`` must be new, empty, or an earlier (possibly killed) merge of the same inputs: then it is redone."""
    # A kill between creating ``out`` and writing the marker leaves only the lock and an atomic write's temp file:
    # that is an empty directory as far as merging is concerned (the temp file is removed under the lock).
    rundir.check_out(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} exists and is not a directory; merge into a new directory")
    if not out.exists() or all(p.name == ".lock" or _is_temp(p.name) for p in out.iterdir()):
        return
    marker = out / MERGING
    earlier: Any = None
    try:
        if marker.exists():
            earlier = json.loads(marker.read_bytes()).get("sources")
        elif (out / rundir.RUN).exists():
            meta = json.loads((out / rundir.RUN).read_bytes())
            # Once `generate` has resumed the merged directory, it holds rows of its own: never rebuild that.
            if all("merged_from" in s for s in meta.get("sessions", [])):
                earlier = meta.get("merged_sources")
    except (OSError, ValueError, AttributeError, TypeError):
        earlier = None
    if earlier != _sources(run_dirs):
        raise OutputError(f"{out} exists and is not a merge of these directories; merge into a new directory")


def merge_runs(out: Path, run_dirs: list[Path]) -> MergeResult:
    """Combine run directories of one recipe and mode into ``out``.

    ``out`` must not exist, be empty, or hold an earlier merge of the same inputs (finished or killed midway),
    which is rebuilt: merging is a pure function of the inputs, so running it again is safe and gives the same
    files. A ``.merging`` marker stands in ``out`` until the merge is complete; a run refuses such a directory.
    """
    with ExitStack() as held:
        runs = _inputs(out, run_dirs, held)
        _may_write(out, run_dirs)
        rundir.prepare(out)
        lock_fd = rundir.lock(out)
        try:
            rundir.remove_temp_files(out)  # what a killed merge left half-written
            rundir.write_atomic(out / MERGING, json.dumps({"sources": _sources(run_dirs)}) + "\n")
            result = _merge(out, run_dirs, runs)
            (out / MERGING).unlink()
            return result
        finally:
            os.close(lock_fd)


def _merge(out: Path, run_dirs: list[Path], runs: list[RunRows]) -> MergeResult:
    from mcrgen.rundir.dataset import finalize_run
    from mcrgen.rundir.report import write_report

    seen: set[str] = set()
    kept: dict[str, list[dict[str, Any]]] = {rundir.ACCEPTED: [], rundir.REJECTED: []}
    errors: list[dict[str, Any]] = []
    ledger: list[Spent] = []
    sessions: list[dict[str, Any]] = []
    duplicates = 0
    for d, run in zip(run_dirs, runs, strict=True):
        assert run.meta is not None
        offset = len(sessions)
        sessions += [{**s, "merged_from": str(d), "shard": run.meta.shard} for s in run.meta.sessions]
        # Sessions are renumbered on the rows and the ledger alike, so each request still finds its row.
        ledger += [Spent(s.id, s.session + offset, s.usage) for s in run.ledger]
        errors += [{**row, "session": row_session(row) + offset} for row in run.errors]
        # The first verdict row of an id wins, as a run directory reads it. Rows one directory repeats (read_run set
        # them aside) are left out: paid once, with the row kept; booked as duplicates they would take its tokens.
        twice: list[dict[str, Any]] = []
        for name, rows in ((rundir.ACCEPTED, run.accepted), (rundir.REJECTED, run.rejected)):
            first, later = first_verdicts(rows, seen)
            kept[name] += [{**row, "session": row_session(row) + offset} for row in first]
            twice += later
        # Paid for all the same (its requests stay on the ledger); out of the dataset.
        duplicates += len(twice)
        errors += [
            {**row, "session": row_session(row) + offset, "outcome": DUPLICATE, "merged_from": str(d)} for row in twice
        ]
    for name, rows in (*kept.items(), (rundir.ERRORS, errors)):
        rows.sort(key=lambda r: str(r["id"]))
        rundir.write_atomic(out / name, "".join(map(rundir.json_line, rows)))
    rundir.write_atomic(out / rundir.LEDGER, "".join(rundir.json_line(s.to_dict()) for s in ledger))
    resolved = run_dirs[0] / rundir.RESOLVED
    if resolved.exists():
        rundir.write_atomic(out / rundir.RESOLVED, resolved.read_text(encoding="utf-8"))
    rundir.save_meta(out, _meta(run_dirs, runs, sessions))
    if resolved.exists():
        finalize_run(out)  # the dataset files, so the merged directory can be pushed as it is
    write_report(out)
    metas = [r.meta for r in runs if r.meta is not None]
    return MergeResult(
        out,
        len(kept[rundir.ACCEPTED]),
        len(kept[rundir.REJECTED]),
        len(errors) - duplicates,
        duplicates,
        _missing(metas),
    )


def _meta(run_dirs: list[Path], runs: list[RunRows], sessions: list[dict[str, Any]]) -> dict[str, Any]:
    first = runs[0].meta
    assert first is not None
    shards = [r.meta.shard if r.meta else None for r in runs]
    return {
        "recipe": first.recipe,
        "recipe_hash": first.recipe_hash,
        "mode": first.mode,
        "model": first.model,
        "price_per_million": first.price_per_million,
        "recipe_dir": first.raw.get("recipe_dir"),  # where report finds the recipe's rows and plug-ins
        "sessions": sessions,
        "merged": [{"dir": str(d), "shard": shard} for d, shard in zip(run_dirs, shards, strict=True)],
        "merged_sources": _sources(run_dirs),
    }


def _missing(metas: list[RunMeta]) -> list[str]:
    shards = [Shard(m.shard["index"], m.shard["count"]) for m in metas if m.shard is not None]
    if not shards:
        return []
    n = shards[0].count
    have = {s.index for s in shards if s.count == n}
    return [str(Shard(i, n)) for i in range(n) if i not in have]
