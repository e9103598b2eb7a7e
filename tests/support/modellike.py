"""Measure the solution gates on the model-like evaluation sets (tests/data/modellike, built by
scripts/make_modellike.py from GSM8K test): false positives on correct solutions, and on solutions with one
seeded slip (alone, or carried into later steps) how many are caught and how many at the faulty step.

Used by tests/eval/test_validators_modellike.py (which pins the figures) and scripts/eval_modellike.py (which
prints them).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from mcrgen.analysis.audit import Firing, chunk_ends, stream_check
from mcrgen.validators import BoundValidator, bind
from mcrgen.validators.arithmetic import scan

DATA = Path(__file__).resolve().parents[1] / "data"
SOLUTION_GATES = [
    "hallucination_phrases",
    "answer_marker",
    "arithmetic",
    "magnitude",
    "unexpected_negative",
    "runaway_length",
    "repetition",
    "final_answer",
]
STEP_SLACK = 5
"""Chars after the faulty statement's end that a verdict may still come and count as "at the faulty step"."""


@cache
def questions() -> tuple[str, ...]:
    with open(DATA / "gsm8k" / "test.jsonl", encoding="utf-8") as fh:
        return tuple(json.loads(line)["question"] for line in fh if line.strip())


@cache
def records(split: str) -> tuple[dict[str, Any], ...]:
    with open(DATA / "modellike" / f"{split}.jsonl", encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def gates(names: list[str] | None = None) -> list[BoundValidator]:
    from mcrgen.errors import ValidatorError
    from mcrgen.validators import get_validator

    out = []
    for n in names or SOLUTION_GATES:
        try:
            get_validator(n)
        except ValidatorError:
            continue  # a gate this version does not have (measuring an older tree)
        out.append(bind(n, None))
    return out


def first_firing(fired: dict[str, Firing]) -> Firing:
    return min(fired.values(), key=lambda f: (f.seen_at, f.phase != "inflight"))


def check(rec: dict[str, Any], vals: list[BoundValidator], seed: int, chunk: tuple[int, int]) -> dict[str, Firing]:
    text = rec["solution"]
    rng = random.Random(f"{seed}-{rec['id']}")
    return stream_check(
        vals,
        text,
        stage="solution",
        ends=chunk_ends(len(text), rng, *chunk),
        inputs={"problem": questions()[rec["problem_id"]]},
    )


def evaluate(
    split: str, *, seed: int = 0, chunk: tuple[int, int] = (1, 4), names: list[str] | None = None
) -> dict[str, Any]:
    """Figures for one split: per kind (``correct``, ``slip``, ``carried``) how many were rejected, and for
    faulty kinds how many at the faulty step; plus every false positive (id, gate, detail)."""
    vals = gates(names)
    out: dict[str, Any] = {"split": split, "kinds": {}, "false_positives": [], "missed": [], "late": []}
    for kind in ("correct", "slip", "carried"):
        n = rejected = at_step = undecided = 0
        by_gate: Counter[str] = Counter()
        for rec in records(split):
            if rec["kind"] != kind:
                continue
            n += 1
            fired = check(rec, vals, seed, chunk)
            if not fired:
                if kind != "correct":
                    out["missed"].append(rec["id"])
                    # Missed because the faulty computation cannot be decided (a scale word, an ordinal...)?
                    f = rec["fault"]
                    undecided += scan(rec["solution"], f["line_start"], f["line_end"]).undecided > 0
                continue
            rejected += 1
            first = first_firing(fired)
            by_gate[first.validator] += 1
            if kind == "correct":
                out["false_positives"].append([rec["id"], first.validator, first.detail[:80]])
                continue
            f = rec["fault"]
            if (
                first.at is not None
                and f["line_start"] <= first.at <= f["line_end"]
                and (first.seen_at <= f["line_end"] + STEP_SLACK)
            ):
                at_step += 1
            else:
                out["late"].append([rec["id"], first.validator, first.at, first.seen_at, f["at"]])
        out["kinds"][kind] = {
            "n": n,
            "rejected": rejected,
            "rate": round(rejected / n, 4) if n else 0.0,
            "at_step": at_step,
            "at_step_rate": round(at_step / n, 4) if n else 0.0,
            "first_gate": dict(by_gate.most_common()),
            "missed_undecided": undecided,
        }
    return out
