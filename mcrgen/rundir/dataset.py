"""S4 deduplication and the dataset files: a deterministic post-pass over a run directory's accepted.jsonl.

The pass always starts from the whole of accepted.jsonl, so samples from earlier (resumed) sessions take part, and
it is a pure function of the directory: rows are taken in id order and the first occurrence wins, so the same run
directory always yields byte-identical ``dataset.jsonl`` / ``dataset.parquet`` / ``dedup.json``.

Exact duplicates are found on normalised text (case and whitespace ignored). Near duplicates use MinHash over
word n-gram shingles with an LSH index (:mod:`mcrgen.rundir.minhash`); LSH only proposes candidates, and a
candidate counts as a duplicate only if its estimated Jaccard similarity reaches the threshold, so the verdict
does not depend on bucket collisions.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcrgen.errors import OutputError, RecipeError
from mcrgen.recipe.outputs import spec_from_raw
from mcrgen.rundir import files as rundir
from mcrgen.rundir.reader import read_json, read_resolved, read_run
from mcrgen.rundir.writers import FORMATS, dataset_record, published_schema, write_records

DATASET_JSONL = "dataset.jsonl"
DATASET_PARQUET = "dataset.parquet"
DEDUP = "dedup.json"
DATASET_FILES = {"jsonl": DATASET_JSONL, "parquet": DATASET_PARQUET}
"""The file each output format writes. dedup.json's ``formats`` records which of them the last pass wrote: that is
how the run knows a dataset file is its own (a file of the same name it never listed is the user's, left alone)."""
_WORD = re.compile(r"\w+")
_LSH_MAX_THRESHOLD = 0.8


@dataclass(frozen=True, slots=True)
class DedupConfig:
    enabled: bool = True
    fields: tuple[str, ...] = ("problem",)
    exact: bool = True
    near: bool = True
    threshold: float = 0.85
    num_perm: int = 128
    ngram: int = 3

    @classmethod
    def from_raw(cls, raw: Any, first_stage: str = "problem") -> DedupConfig:
        """From a recipe's ``dedup`` value: absent -> defaults, ``false`` -> off, a mapping -> overrides.
        Without ``fields``, the first stage's text is compared (``problem`` in the math recipes)."""
        if raw is None:
            return cls(fields=(first_stage,))
        if raw is False:
            return cls(enabled=False)
        if not isinstance(raw, Mapping):
            raise RecipeError("dedup must be false or a mapping")
        d = dict(raw)
        d["fields"] = tuple(d.get("fields", (first_stage,)))
        return cls(**d)


@dataclass(slots=True)
class DedupResult:
    kept: list[dict[str, Any]]
    removed: list[dict[str, Any]] = field(default_factory=list)
    """One entry per dropped sample: id, duplicate_of, kind (exact|near), similarity (near only)."""


def _value(row: Mapping[str, Any], name: str) -> Any:
    """A dedup field of one accepted row, None where the row does not have it."""
    value = row.get(name)
    if value is None and name.startswith("row."):  # a field of the sample's input row (recipes with inputs)
        value = (row.get("input") or {}).get("row", {}).get(name[4:])
    if value is None:
        value = (row.get("outputs") or {}).get(name)  # a stage name, e.g. a stage not called problem/solution
    return value


def _text(row: Mapping[str, Any], fields: Sequence[str]) -> str:
    return "\n".join("" if (v := _value(row, f)) is None else str(v) for f in fields)


def _check_fields(rows: Sequence[Mapping[str, Any]], fields: Sequence[str]) -> None:
    """A field that no sample has would make every sample's text the same (empty) and keep one sample of all:
    refuse it instead (the recipe loader checks names; this catches run directories written before it did, and
    fields such as ``answer`` in a recipe without answers)."""
    for name in fields:
        if rows and all(_value(r, name) is None for r in rows):
            raise OutputError(
                f"dedup.fields: no accepted sample has {name!r}, so all {len(rows)} would count as duplicates of "
                "one; name a stage, problem, solution, answer or row.FIELD in the recipe's dedup section and rerun"
            )


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str], n: int) -> set[bytes]:
    if len(words) <= n:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}


def _id_key(row: Mapping[str, Any]) -> tuple[int, str]:
    rid = str(row["id"])
    return (int(rid), rid) if rid.isdigit() else (1 << 62, rid)


def dedup_rows(rows: Sequence[Mapping[str, Any]], config: DedupConfig) -> DedupResult:
    """Drop exact and near duplicates; rows are taken in id order and the first occurrence wins."""
    ordered = sorted(rows, key=_id_key)
    if not config.enabled:
        return DedupResult([dict(r) for r in ordered])
    _check_fields(ordered, config.fields)
    result = DedupResult([])
    seen_ids: set[str] = set()
    exact: dict[str, str] = {}
    index: Any = None
    signatures: dict[str, Any] = {}
    if config.near:
        from mcrgen.rundir.minhash import LSHIndex, signature, similarity  # numpy: only when near dups are wanted

        # The index only proposes candidates, so it may be looser than the threshold (above ~0.85, 16-128
        # permutations cannot be banded well). Every candidate is then checked against the real threshold.
        index = LSHIndex(min(config.threshold, _LSH_MAX_THRESHOLD), config.num_perm)
    for row in ordered:
        rid = str(row["id"])
        if rid in seen_ids:  # the same sample twice (e.g. a hand-merged file): keep the first
            result.removed.append({"id": rid, "duplicate_of": rid, "kind": "same_id"})
            continue
        seen_ids.add(rid)
        words = _words(_text(row, config.fields))
        key = hashlib.sha256(" ".join(words).encode()).hexdigest()
        if config.exact and key in exact:
            result.removed.append({"id": rid, "duplicate_of": exact[key], "kind": "exact"})
            continue
        if index is not None:
            sig = signature(_shingles(words, config.ngram), config.num_perm)
            # Candidates come back in a set's order; pick the earliest kept id for a deterministic verdict.
            best: tuple[tuple[int, str], str, float] | None = None
            for cand in index.candidates(sig):
                sim = similarity(sig, signatures[cand])
                if sim >= config.threshold and (best is None or _id_key({"id": cand}) < best[0]):
                    best = (_id_key({"id": cand}), cand, sim)
            if best is not None:
                result.removed.append({"id": rid, "duplicate_of": best[1], "kind": "near", "similarity": best[2]})
                continue
            index.insert(rid, sig)
            signatures[rid] = sig
        exact.setdefault(key, rid)
        result.kept.append(dict(row))
    return result


def judge_stages(raw: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Stages that carry a ``judge_score`` validator, with their validator parameters under ``judge_params``."""
    out = []
    for st in raw.get("stages", []):
        for v in st.get("validators", []) or []:
            name, params = (v, None) if isinstance(v, str) else next(iter(v.items()))
            if name == "judge_score":
                out.append({**st, "judge_params": dict(params or {})})
    return out


def finalize_run(run_dir: Path, formats: Sequence[str] | None = None) -> dict[str, Any]:
    """Deduplicate accepted.jsonl and write the dataset files and dedup.json; returns the dedup summary."""
    from mcrgen.validators.judge import parse_score

    raw = read_resolved(run_dir)
    stages = raw.get("stages") or [{"name": "problem"}]
    config = DedupConfig.from_raw(raw.get("dedup"), str(stages[0]["name"]))
    if formats is None:
        formats = raw.get("output", {}).get("formats", ["jsonl"])
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise OutputError(f"unknown output format {unknown[0]!r} (known: {', '.join(FORMATS)})")
    accepted = read_run(run_dir).accepted
    result = dedup_rows(accepted, config)
    judges = judge_stages(raw)
    judge = judges[-1] if judges else None

    def score(row: Mapping[str, Any]) -> int | None:
        if judge is None or judge["name"] not in row.get("outputs", {}):
            return None
        p = judge["judge_params"]
        return parse_score(row["outputs"][judge["name"]], low=p.get("low", 1), high=p.get("high", 5)).value

    spec = spec_from_raw(raw)
    records = [dataset_record(r, score(r), spec) for r in result.kept]
    owned = (_last_pass(run_dir) or {}).get("formats", [])  # read before anything is rewritten
    write_records("jsonl", run_dir / DATASET_JSONL, records)  # always: push and the report read it
    if "parquet" in formats:
        write_records("parquet", run_dir / DATASET_PARQUET, records, published_schema(raw, records))
    stale = _remove_stale(run_dir, owned, formats)
    summary = _summary(config, len(accepted), result, formats)
    if stale:  # only then: an unchanged directory still gives a byte-identical dedup.json
        summary["removed_stale"] = stale
    rundir.write_atomic(run_dir / DEDUP, json.dumps(summary, indent=2) + "\n")
    return summary


def _summary(config: DedupConfig, accepted: int, result: DedupResult, formats: Sequence[str]) -> dict[str, Any]:
    """dedup.json's figures: the settings, the counts, the formats written and every sample removed."""
    kinds = [r["kind"] for r in result.removed]
    return {
        "config": {
            "enabled": config.enabled,
            "fields": list(config.fields),
            "exact": config.exact,
            "near": config.near,
            "threshold": config.threshold,
            "num_perm": config.num_perm,
            "ngram": config.ngram,
        },
        "input": accepted,
        "exact_duplicates": kinds.count("exact") + kinds.count("same_id"),
        "near_duplicates": kinds.count("near"),
        "kept": len(result.kept),
        "formats": sorted(set(formats) | {"jsonl"}),
        "removed": result.removed,
    }


def _last_pass(run_dir: Path) -> dict[str, Any] | None:
    """dedup.json as the last dedup pass left it; None when there is none, or it is unreadable or lists no formats:
    then no dataset file can be told to be the run's own."""
    try:
        done = read_json(run_dir / DEDUP)
    except OutputError:
        return None
    return done if done is not None and isinstance(done.get("formats"), list) else None


def _remove_stale(run_dir: Path, owned: Sequence[str], formats: Sequence[str]) -> list[str]:
    """Remove the dataset files an earlier pass of this run wrote in a format the recipe no longer asks for (a
    Parquet file of 3 rows beside a dataset.jsonl of 6 would read as this run's dataset); returns their names.

    Only a file that dedup.json lists is the run's own: one of the same name it never wrote stays. Removing it
    loses nothing the run cannot redo: it is derived from accepted.jsonl, which stays, and putting the format back
    in ``output.formats`` writes it again at the next ``generate`` (which then asks no server for finished samples).
    It is removed before the new dedup.json is written, so a kill in between leaves it listed, and removed next time.
    """
    removed = []
    for name in (DATASET_FILES[f] for f in owned if f in DATASET_FILES and f not in formats and f != "jsonl"):
        try:
            (run_dir / name).unlink()
        except FileNotFoundError:
            continue  # already gone (by hand, or a pass killed after removing it): nothing to say
        except OSError as exc:
            raise OutputError(f"cannot remove the stale {run_dir / name}: {exc.strerror}") from None
        removed.append(name)
    return removed


def dataset_files(run_dir: Path) -> tuple[list[Path], list[Path]]:
    """The dataset files the last dedup pass wrote (as dedup.json lists them), and those it removed as stale.

    A directory without a readable dedup.json (written by hand, or by a version before it) lists what is there."""
    done = _last_pass(run_dir)
    if done is None:
        return [run_dir / n for n in DATASET_FILES.values() if (run_dir / n).exists()], []
    written = [run_dir / DATASET_FILES[f] for f in done["formats"] if f in DATASET_FILES]
    removed = [run_dir / n for n in DATASET_FILES.values() if n in (done.get("removed_stale") or ())]
    return [p for p in written if p.exists()], [p for p in removed if not p.exists()]


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


def dataset_stale(run_dir: Path) -> bool:
    """Are ``dataset.jsonl``/``dedup.json`` missing or older than the rows and recipe they are derived from?"""
    made = [run_dir / DATASET_JSONL, run_dir / DEDUP]
    if not all(p.exists() for p in made):
        return True
    sources = [run_dir / rundir.ACCEPTED, run_dir / rundir.RESOLVED]
    return max(map(_mtime, sources)) > min(map(_mtime, made))


def report_stale(run_dir: Path) -> bool:
    """Is ``report.json`` missing or older than anything it counts (rows, ledger, sessions, dedup)?"""
    report = run_dir / rundir.REPORT
    if not report.exists():
        return True
    sources = [run_dir / n for n in (*rundir.ROW_FILES, rundir.LEDGER, rundir.RUN)] + [run_dir / DEDUP]
    return max(map(_mtime, sources)) > _mtime(report)


def refresh_dataset(run_dir: Path) -> bool:
    """Redo the dataset files and dedup.json if they are older than the rows (a run interrupted, resumed or edited
    since); returns whether they were rewritten. ``mcrgen report DIR`` does this before it writes the report."""
    if not (run_dir / rundir.RESOLVED).exists() or not dataset_stale(run_dir):
        return False
    finalize_run(run_dir)
    return True
