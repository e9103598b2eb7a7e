"""Measure the solution gates on an evaluation set written by someone who had not seen the gates' data
(tests/data/independent, see its README): false kills on correct solutions, and per fault class how many are
caught, how many at the faulty step, in flight.

Used by tests/eval/test_validators_independent.py (which pins the figures) and scripts/eval_modellike.py
(``--set independent``, which prints them).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from mcrgen.analysis.audit import chunk_ends, stream_check
from mcrgen.validators.formats import get_format
from tests.support.modellike import first_firing, gates

DATA = Path(__file__).resolve().parents[1] / "data" / "independent"
KINDS = ("correct", "correct_edge", "slip", "carry", "loop", "loop_step", "loop_final", "wrong_final")
"""``set1.jsonl`` has all but ``loop``; ``set2.jsonl`` has correct, slip, carry and loop."""
STEP_SLACK = 8
"""Chars after the faulty line's end that a verdict may still come and count as "at the faulty step"."""


@cache
def records(name: str) -> tuple[dict[str, Any], ...]:
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def _when(rec: dict[str, Any], first: Any) -> str:
    """``at_step``, ``inflight`` (in flight, elsewhere) or ``final`` (only when the whole text was checked)."""
    if first.phase != "inflight":
        return "final"
    if "span" in rec:
        lo, hi = rec["span"]
        if first.at is not None and lo <= first.at <= hi and first.seen_at <= hi + STEP_SLACK:
            return "at_step"
    return "inflight"


def _format(rec: dict[str, Any]) -> str:
    """The answer format a recipe for this row's problem would name: ``gsm8k`` for a number, ``gsm8k_text`` when
    the gold answer is words (set 43's "#### Friday", "#### April 9": the numeric format rejects them all)."""
    final = rec.get("final")  # set 1 names it otherwise, loop rows have none: numbers
    return "gsm8k" if final is None or get_format("gsm8k").find(f"#### {final}")[0].value is not None else "gsm8k_text"


def evaluate(name: str, *, seed: int = 0, chunk: tuple[int, int] = (1, 4)) -> dict[str, Any]:
    """Per kind: n, rejected, and how (``at_step`` / ``inflight`` / ``final``), the first gates; every false kill
    and every miss (pid, gate, detail); and correct solutions that wrote no ``####`` line and were rejected for
    it by ``final_answer`` (``format_rejects``: not false kills, not counted in ``rejected``). A faulty solution
    rejected only for that is a miss: its fault went through."""
    vals = gates()
    out: dict[str, Any] = {"kinds": {}, "false_kills": [], "missed": []}
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for rec in records(name):
        by_kind.setdefault(rec["variant"], []).append(rec)
    for kind in KINDS:
        if kind not in by_kind:
            continue
        recs = by_kind[kind]
        when: Counter[str] = Counter()
        by_gate: Counter[str] = Counter()
        for rec in recs:
            text = rec["solution"]
            rng = random.Random(f"{seed}-{kind}-{rec['pid']}")
            ends = chunk_ends(len(text), rng, *chunk)
            fired = stream_check(
                vals, text, stage="solution", ends=ends, inputs={"problem": rec["problem"]}, answer_format=_format(rec)
            )
            if not fired:
                if not kind.startswith("correct"):
                    out["missed"].append([kind, rec["pid"], rec.get("step_text", "")[:100]])
                continue
            first = first_firing(fired)
            if first.validator == "final_answer" and first.reason == "no_final_answer":
                # Set 6's llama3 and claude_prose styles end with \boxed{n} or a bold answer line, not the
                # "####" line the recipes ask for: a format rejection, counted apart from false kills, and for a
                # faulty solution not a catch (its fault was not what was rejected). Set 14's "#### Step 1"
                # markdown headings are no answer line either.
                if kind.startswith("correct"):
                    out.setdefault("format_rejects", []).append([kind, rec["pid"], rec.get("style", "")])
                else:
                    out["missed"].append([kind, rec["pid"], "only rejected for its missing #### line"])
                continue
            by_gate[first.validator] += 1
            when[_when(rec, first)] += 1
            if kind.startswith("correct"):
                out["false_kills"].append([kind, rec["pid"], first.validator, first.detail[:80]])
        n = len(recs)
        rejected = sum(when.values())
        out["kinds"][kind] = {
            "n": n,
            "rejected": rejected,
            "rate": round(rejected / n, 4) if n else 0.0,
            "at_step_rate": round(when["at_step"] / n, 4) if n else 0.0,
            "inflight_rate": round((when["at_step"] + when["inflight"]) / n, 4) if n else 0.0,
            "first_gate": dict(by_gate.most_common()),
        }
    return out
