"""The whole result of ``audit`` (what ``mcrgen validate --json`` writes), pinned against golden files
(tests/data/audit/*.json): every count, rate, first kill, example and firing, and the order of the keys.

The texts are real GSM8K gold solutions (tests/data/gsm8k) with faults put in on purpose; the gates are the
predictable test doubles of tests/support/fake_validators plus two defined here, so the golden files say what the
audit does with verdicts, not what today's math gates think of the data. The checkpoint scheduler is the
engine's own, as in a live run.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import tests.support.fake_validators  # noqa: F401  (registers the test_* gates used here)
from mcrgen.analysis.audit import AuditResult, audit, load_jsonl
from mcrgen.validators import BoundValidator, CheckContext, Fail, bind, validator

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = DATA / "audit"


@validator("test_audit_dollar", prefix_safe=True)
def dollar(text: str, ctx: CheckContext) -> Fail | None:
    """Fail on the first dollar amount, with the amount as the detail."""
    i = text.find("$", ctx.start)
    return Fail("dollar_amount", at=i, detail=text[i : i + 6]) if i >= 0 else None


@validator("test_audit_short", prefix_safe=False)
def short(text: str, ctx: CheckContext, *, min_chars: int = 120) -> Fail | None:
    """The finished text must be at least ``min_chars`` long (no offset: the whole text is at fault)."""
    return Fail("too_short") if len(text) < min_chars else None


def gates(*names: str) -> list[BoundValidator]:
    return [bind(n, None) for n in names]


@cache
def gsm8k_with_faults() -> list[dict[str, Any]]:
    """30 gold rows: every third solution gets a WRONG line in the middle, every fifth loses its ANSWER line, and
    row 7 has no solution at all (a column missing in a row is skipped, not counted)."""
    rows = []
    for i, row in enumerate(load_jsonl(DATA / "gsm8k" / "test.jsonl")[:30]):
        lines = row["answer"].splitlines()
        if i % 3 == 0:
            lines.insert(len(lines) // 2, "So 2 + 2 = 5, which is WRONG.")
        solution = "\n".join(lines) + ("" if i % 5 == 0 else "\nANSWER")
        rows.append({"question": row["question"], "answer": None if i == 7 else solution})
    return rows


def case_guessed_fields_with_firings() -> AuditResult:
    return audit(
        {
            "problem": gates("test_audit_short"),
            "solution": gates("test_no_wrong", "test_audit_dollar", "test_ends_with_answer"),
        },
        gsm8k_with_faults(),
        seed=3,
        expected_tokens={"solution": 150},
        max_examples=2,
        keep_firings=True,
    )


def case_explicit_fields_wide_chunks() -> AuditResult:
    return audit(
        {"problem": gates("test_no_wrong"), "solution": gates("test_audit_dollar", "test_audit_short")},
        gsm8k_with_faults(),
        fields={"problem": "not_a_column", "solution": "answer"},
        answer_format="boxed",
        chunk=(2, 24),
        seed=1,
    )


CASES = {
    f.__name__.removeprefix("case_"): f for f in (case_guessed_fields_with_firings, case_explicit_fields_wide_chunks)
}


def dump(result: AuditResult) -> str:
    return json.dumps(result, indent=1, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_audit_result_is_identical_to_its_golden_file(name: str) -> None:
    assert dump(CASES[name]()) == (GOLDEN / f"{name}.json").read_text(encoding="utf-8")


if __name__ == "__main__":  # regenerate: PYTHONPATH=. python -m tests.unit.test_audit_golden
    GOLDEN.mkdir(exist_ok=True)
    for name, make in CASES.items():
        (GOLDEN / f"{name}.json").write_text(dump(make()), encoding="utf-8")
