"""The validator suite measured on real data (shipped under tests/data, MIT): gold solutions are correct, so
every rejection is a false positive; deliberately corrupted ones must be caught, at the corrupted line.

The false positives that remain are listed (with their reasons) in docs/validators.md and pinned here, so a
new one fails the suite. If a change removes one, drop it from the list and from the docs.
"""

from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from mcrgen.analysis.audit import audit, chunk_ends, corrupt_gsm8k, load_jsonl, stream_check
from mcrgen.validators import BoundValidator, bind
from mcrgen.validators.trace import packaged_phrases
from tests.support.modellike import SOLUTION_GATES

DATA = Path(__file__).resolve().parents[1] / "data"
PROBLEM_GATES = ["has_question_mark", "word_count", "english_only"]

# Sample index -> the gate that rejects that gold solution (see docs/validators.md for why).
GSM8K_KNOWN_FP = {
    501: "arithmetic",  # gold writes "364 / 4 = 273" (meant 3/4 * 364)
    598: "arithmetic",  # gold error in prose: "3.65 divided by .05 equals 69" (it is 73)
    635: "final_answer",  # answer 4 is an operand of the last computation "10 - 4 = 6"
    809: "unexpected_negative",  # gold goes through "-50 candies" (a deficit) in a counting problem
    1024: "arithmetic",  # gold typo "$32 - $20 = $300"
    1038: "final_answer",  # gold's last line computes 6 years, gold answer is 4
}
MATH500_KNOWN_FP = {
    174: "arithmetic",  # gold error: "(-4)^2 + 4 \cdot 1 \cdot (-1) = 20" (should be minus)
    302: "final_answer",  # "= 0.\overline{00279}" read as "= 0"; answer 5 is a digit of it
}


@cache
def gsm8k() -> list[dict[str, Any]]:
    return load_jsonl(DATA / "gsm8k" / "test.jsonl")


@cache
def math500() -> list[dict[str, Any]]:
    return load_jsonl(DATA / "math500" / "test.jsonl")


def gates(names: list[str]) -> list[BoundValidator]:
    return [bind(n, None) for n in names]


def rejected(result: dict[str, Any], stage: str = "solution") -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for f in result["firings"]:
        if f["stage"] == stage:
            out.setdefault(f["sample"], set()).add(f["validator"])
    return out


def test_shipped_data_is_complete() -> None:
    assert len(gsm8k()) == 1319 and len(math500()) == 500
    for d in ("gsm8k", "math500"):
        assert "MIT License" in (DATA / d / "LICENSE").read_text()


@pytest.mark.parametrize(("chunk", "seed"), [((1, 4), 0), ((2, 24), 2)])
def test_gsm8k_gold_false_positives(chunk: tuple[int, int], seed: int) -> None:
    result = audit(
        {"problem": [], "solution": gates(SOLUTION_GATES)},
        gsm8k(),
        answer_format="gsm8k",
        chunk=chunk,
        seed=seed,
        keep_firings=True,
    )
    st = result["stages"]["solution"]
    assert st["checked"] == 1319
    assert st["rejected_rate"] <= 0.005
    got = rejected(result)
    assert {i: v for i, vs in got.items() for v in vs} == GSM8K_KNOWN_FP
    json.dumps(result)  # JSON-able


@pytest.mark.parametrize(("chunk", "seed"), [((1, 4), 0), ((1, 1), 1)])
def test_math500_gold_false_positives_boxed(chunk: tuple[int, int], seed: int) -> None:
    result = audit(
        {"problem": [], "solution": gates(SOLUTION_GATES)},
        math500(),
        answer_format="boxed",
        chunk=chunk,
        seed=seed,
        keep_firings=True,
    )
    assert result["stages"]["solution"]["rejected_rate"] <= 0.02
    assert {i: v for i, vs in rejected(result).items() for v in vs} == MATH500_KNOWN_FP


def test_audit_report_shape() -> None:
    result = audit(
        {"problem": gates(PROBLEM_GATES), "solution": gates(SOLUTION_GATES)},
        gsm8k()[:200],
        expected_tokens={"solution": 150},
    )
    assert result["samples"] == 200 and result["fields"] == {"problem": "question", "solution": "answer"}
    sol = result["stages"]["solution"]
    assert set(sol) >= {"checked", "rejected", "rejected_rate", "first_kill", "validators", "chars"}
    arith = sol["validators"]["arithmetic"]
    assert set(arith) >= {"prefix_safe", "fired", "rate", "inflight", "final", "reasons", "examples", "fraction_seen"}
    assert "firings" not in result
    json.dumps(result)


def _first(fired: dict[str, Any]) -> Any:
    return min(fired.values(), key=lambda f: (f.seen_at, f.phase != "inflight"))


@pytest.mark.parametrize("kind", ["computation", "final_answer"])
def test_corrupted_gsm8k_is_caught_at_the_corrupted_line(kind: str) -> None:
    solution = gates(SOLUTION_GATES)
    n = caught = at_line = 0
    for i, row in enumerate(gsm8k()):
        if i in GSM8K_KNOWN_FP:
            continue  # already rejected for another reason: says nothing about the corruption
        bad = corrupt_gsm8k(row["answer"], random.Random(i), kind)
        if bad is None:
            continue
        n += 1
        fired = stream_check(
            solution,
            bad.text,
            stage="solution",
            ends=chunk_ends(len(bad.text), random.Random(10_000 + i)),
            inputs={"problem": row["question"]},
        )
        if not fired:
            continue
        caught += 1
        first = _first(fired)
        # Reported on the corrupted line, and seen no later than the chunk that completed that line.
        if first.at is not None and bad.line_start <= first.at <= bad.line_end and first.seen_at <= bad.line_end + 5:
            at_line += 1
    assert n > 1250
    assert caught / n >= 0.95
    assert at_line / n >= 0.95


PREFIX_SAFE = [n for n in SOLUTION_GATES if bind(n, None).prefix_safe]
CHUNKINGS = [(1, 1, 0), (1, 4, 1), (3, 40, 2), (10**6, 10**6, 3)]


def test_prefix_safe_verdicts_do_not_depend_on_chunking() -> None:
    """On corrupted text, each prefix-safe validator fails at the same offset however the text is chunked."""
    vals = gates(PREFIX_SAFE)
    for i, row in enumerate(gsm8k()[::4]):
        bad = corrupt_gsm8k(row["answer"], random.Random(i), "computation" if i % 2 else "final_answer")
        if bad is None:
            continue
        seen = set()
        for lo, hi, seed in CHUNKINGS:
            fired = stream_check(
                vals,
                bad.text,
                stage="solution",
                ends=chunk_ends(len(bad.text), random.Random(seed), lo, hi),
                inputs={"problem": row["question"]},
            )
            seen.add(tuple(sorted((name, f.reason, f.at) for name, f in fired.items())))
        assert len(seen) == 1, (i, seen)


def test_prefix_safe_validators_pass_gold_in_every_chunking() -> None:
    vals = gates(PREFIX_SAFE)
    for rows, fmt, known in ((gsm8k(), "gsm8k", GSM8K_KNOWN_FP), (math500(), "boxed", MATH500_KNOWN_FP)):
        field, problem = ("answer", "question") if fmt == "gsm8k" else ("solution", "problem")
        for i, row in enumerate(rows[::3]):
            for lo, hi, seed in CHUNKINGS[:2]:
                fired = stream_check(
                    vals,
                    row[field],
                    stage="solution",
                    ends=chunk_ends(len(row[field]), random.Random(seed), lo, hi),
                    inputs={"problem": row[problem]},
                    answer_format=fmt,
                )
                assert set(fired) <= ({known[3 * i]} if 3 * i in known else set()), (fmt, 3 * i, fired)


def test_hallucination_list_is_clean_and_absent_from_gold() -> None:
    phrases = packaged_phrases()
    assert len(phrases) == len({p.lower() for p in phrases}) > 50
    v = bind("hallucination_phrases", None)
    rows = [(r["answer"], "gsm8k") for r in gsm8k()] + [(r["solution"], "boxed") for r in math500()]
    for text, fmt in rows:
        assert not stream_check([v], text, stage="solution", ends=[len(text)], answer_format=fmt)


def test_the_answer_check_reads_the_last_result_as_a_whole_scan_would() -> None:
    """final_answer reads its window from the last line backwards (answer.last_result); on every shipped text
    and random windows of it, the last result (outside a check of earlier work) and the unchecked trailing "="
    it finds are scan()'s."""
    from mcrgen.validators.answer import _verifying, last_result
    from mcrgen.validators.arithmetic import scan

    texts = [
        value
        for path in sorted(DATA.glob("*/*.jsonl"))
        for row in load_jsonl(path)
        if isinstance(row, dict)
        for value in row.values()
        if isinstance(value, str) and len(value) > 20
    ]
    assert len(texts) > 5000
    rng = random.Random(13)
    for text in texts:
        a = rng.choice([0, rng.randrange(len(text))])
        b = rng.choice([len(text), rng.randrange(a, len(text) + 1)])
        full = scan(text, a, b)
        results = [r for r in full.results if not _verifying(text, r[0])]
        want = results[-1] if results else None
        got, last_eq = last_result(text, a, b)
        assert got == want, text[a:b]
        end = want[0] if want is not None else -1
        # Only "an '=' after the last result" and where it is are read: the same decision, the same offset.
        assert (last_eq > end) == (full.last_eq > end), text[a:b]
        if full.last_eq > end:
            assert last_eq == full.last_eq, text[a:b]
