"""The solution gates on real model text: the embedded model's (Qwen2.5-Coder-1.5B-Instruct) own solutions to
GSM8K test questions of the model-like held-out split (tests/data/realmodel, written by
scripts/sample_model_solutions.py), each labelled by its final answer against the gold.

A solution whose answer is right must not be killed in flight; the in-flight verdicts on wrong ones are pinned
(each was read and is a real fault: docs/validators.md, "Real model solutions").
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from mcrgen.analysis.audit import chunk_ends, stream_check
from tests.support.modellike import first_firing, gates

DATA = Path(__file__).resolve().parents[1] / "data" / "realmodel" / "qwen2.5-coder-1.5b.jsonl"


@pytest.fixture(scope="module")
def verdicts() -> list[tuple[dict[str, Any], Any]]:
    vals = gates()
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = rec["solution"]
        ends = chunk_ends(len(text), random.Random(rec["index"]), 1, 4)
        fired = stream_check(vals, text, stage="solution", ends=ends, inputs={"problem": rec["question"]})
        inflight = {k: v for k, v in fired.items() if v.phase == "inflight"}
        out.append((rec, first_firing(inflight) if inflight else None))
    return out


def test_no_right_solution_is_killed_in_flight(verdicts: list[tuple[dict[str, Any], Any]]) -> None:
    right = [(rec, f) for rec, f in verdicts if rec["correct"]]
    assert len(right) == 35
    killed = [(rec["index"], f.validator, f.detail) for rec, f in right if f is not None]
    assert killed == []


def test_in_flight_verdicts_on_wrong_solutions(verdicts: list[tuple[dict[str, Any], Any]]) -> None:
    got = {rec["index"]: f.validator for rec, f in verdicts if f is not None and not rec["correct"]}
    assert got == EXPECTED, got


EXPECTED = {
    1192: "arithmetic",  # 77.50 $/week × 4 weeks = 309.00 (310)
    456: "arithmetic",  # 15 + 24 + 39 = 88 (78)
    1231: "arithmetic",  # 50 + 80 + 80 + 60 + 40 + 90 + 100 + 70 + 60 = 840 (630)
    1241: "unexpected_negative",  # -124 (the question's answer is 8)
    404: "arithmetic",  # 17 + 17 + 36 + 18 = 100 (88)
    837: "unexpected_negative",  # 600 - 630 = -30 "additional money needed" (the answer is 225)
}
