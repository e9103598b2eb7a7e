"""Several machines: shard a run by sample index, then merge the shard directories into one run directory.

``mcrgen generate --shard I/N`` runs the ids whose index ``% N == I``, in its own run directory: the shards are
disjoint whatever their speed, need no coordination, and each one resumes on its own. Seeds derive from the id
(:func:`mcrgen.engine.runner.sample_seed`), so a sample is the same whichever shard (or unsharded run) produced it.

``mcrgen merge OUT DIR...`` builds an ordinary run directory from shard directories:

* refuses directories of different recipes (hash) or modes: their rows are not one dataset;
* accepted/rejected rows are kept once per id (first directory wins). A finished id met again (overlapping
  shards, a directory given twice) was still paid for, so its row goes to ``errors.jsonl`` with outcome
  ``duplicate``: the token ledger keeps every request ever made, and the report sums them;
* ``errors.jsonl`` rows (failed or interrupted attempts) are all kept, sessions renumbered;
* ``run.json`` lists every shard's sessions (tagged with their shard), ``report.json`` is rebuilt from the merged
  files by :mod:`mcrgen.rundir.report`, so every figure is a sum over shards (``wall_seconds`` is the sum of the shards'
  session times, i.e. machine time, not elapsed time).

The merged directory has no shard: ``mcrgen generate --out OUT`` on it runs whatever ids are still missing.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcrgen.errors import OutputError
from mcrgen.recipe.values import Shard, shard_of
from mcrgen.rundir import files as rundir

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


def merge_runs(out: Path, run_dirs: list[Path]) -> MergeResult:
    """Combine run directories of one recipe and mode into ``out`` (which must not exist or be empty)."""
    from mcrgen.rundir.report import write_report

    if not run_dirs:
        raise OutputError("merge needs at least one run directory")
    metas: list[dict[str, Any]] = []
    for d in run_dirs:
        meta = rundir.load_meta(d) if d.is_dir() else None
        if meta is None:
            raise OutputError(f"{d} is not a run directory (no {rundir.RUN})")
        if d.resolve() == out.resolve():
            raise OutputError(f"{out} is one of the inputs; merge into a new directory")
        metas.append(meta)
    first = metas[0]
    for d, meta in zip(run_dirs[1:], metas[1:], strict=True):
        for key in ("recipe_hash", "mode"):
            if meta.get(key) != first.get(key):
                raise OutputError(
                    f"cannot merge {d} ({key} {meta.get(key)}) with {run_dirs[0]} ({key} {first.get(key)}): "
                    "shards must come from the same recipe and mode"
                )
    if out.exists() and any(out.iterdir()):
        raise OutputError(f"{out} exists and is not empty; merge into a new directory")
    rundir.prepare(out)
    lock_fd = rundir.lock(out)
    try:
        return _merge(out, run_dirs, metas, write_report)
    finally:
        os.close(lock_fd)


def _merge(out: Path, run_dirs: list[Path], metas: list[dict[str, Any]], write_report: Any) -> MergeResult:
    first = metas[0]
    seen: set[str] = set()
    kept: dict[str, list[dict[str, Any]]] = {rundir.ACCEPTED: [], rundir.REJECTED: []}
    errors: list[dict[str, Any]] = []
    sessions: list[dict[str, Any]] = []
    duplicates = 0
    for d, meta in zip(run_dirs, metas, strict=True):
        offset = len(sessions)
        shard = meta.get("shard")
        for s in meta.get("sessions", []):
            sessions.append({**s, "merged_from": str(d), "shard": shard})
        for row in rundir.read_jsonl(d / rundir.ERRORS):
            if isinstance(row.get("session"), int):
                row["session"] += offset
            errors.append(row)
        for name in (rundir.ACCEPTED, rundir.REJECTED):
            for row in rundir.read_jsonl(d / name):
                rid = str(row["id"])
                if rid in seen:
                    # Paid for all the same: keep its usage in the ledger, out of the dataset.
                    duplicates += 1
                    errors.append({**row, "outcome": DUPLICATE, "session": offset + 1, "merged_from": str(d)})
                    continue
                seen.add(rid)
                kept[name].append(row)
    for name, rows in (*kept.items(), (rundir.ERRORS, errors)):
        rows.sort(key=lambda r: str(r["id"]))
        text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in rows)
        rundir.write_atomic(out / name, text)
    resolved = run_dirs[0] / rundir.RESOLVED
    if resolved.exists():
        shutil.copyfile(resolved, out / rundir.RESOLVED)
    meta = {
        "recipe": first.get("recipe"),
        "recipe_hash": first.get("recipe_hash"),
        "mode": first.get("mode"),
        "model": first.get("model"),
        "price_per_million": first.get("price_per_million"),
        "sessions": sessions,
        "merged": [{"dir": str(d), "shard": m.get("shard")} for d, m in zip(run_dirs, metas, strict=True)],
    }
    rundir.save_meta(out, meta)
    write_report(out)
    return MergeResult(
        out,
        len(kept[rundir.ACCEPTED]),
        len(kept[rundir.REJECTED]),
        len(errors) - duplicates,
        duplicates,
        _missing(metas),
    )


def _missing(metas: list[dict[str, Any]]) -> list[str]:
    shards = [s for s in map(shard_of, metas) if s is not None]
    if not shards:
        return []
    n = shards[0].count
    have = {s.index for s in shards if s.count == n}
    return [str(Shard(i, n)) for i in range(n) if i not in have]
