"""Computations the stop 46 held-out sets wrote that the arithmetic check did not read (tests/data/independent,
sets 108-111): a table's result cell in bold after its sign (set 109: "| 408.7 ÷ 29 | ≈ **114.09 gallons** |"),
and a computation whose result follows ", or about" (set 108: "543.5 gallons ÷ 3 people, or about 191.2 gallons").
A result in a unit the computation does not name is a conversion there, not read."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts

HEAD = "| Quantity | Calculation | Result |\n|---|---|---|\n"


@pytest.mark.parametrize(
    ("line", "right"),
    [
        ("| Gas needed | 408.7 ÷ 29 | ≈ **114.09 gallons** |", False),
        ("| Gas needed | 408.7 ÷ 29 | ≈ **14.09 gallons** |", True),
        ("| Cost per 1,000 miles | $915.96 / 50 | ≈ **$183.20** |", False),
        ("| Cost per 1,000 miles | $915.96 / 50 | ≈ **$18.32** |", True),
        ("| Gas | 408.7 ÷ 29 | = **114.09** |", False),
        ("| Cost | $915.96 / 50 | **≈ $18.32** |", True),
    ],
)
def test_a_result_cell_in_bold_after_its_sign(line: str, right: bool) -> None:
    assert (verdicts("arithmetic", HEAD + line + "\n\n#### 5") == {PASS}) == right


@pytest.mark.parametrize(
    ("line", "right"),
    [
        ("Finally, per person per day: 543.5 gallons ÷ 3 people, or about 191.2 gallons.", False),
        ("Finally, per person per day: 543.5 gallons ÷ 3 people, or about 181.2 gallons.", True),
        ("Finally, the monthly cost is 8.7 therms x $1.49 per therm, or about $129.60.", False),
        ("Finally, the monthly cost is 8.7 therms x $1.49 per therm, or about $12.96.", True),
        ("Finally, for the percent increase: $26.75 ÷ $86.29, or about 1.0%.", False),
        ("Finally, for the percent increase: $26.75 ÷ $86.29, or about 31.0%.", True),
        ("Next, the tax is $99.87 x 5%, or about $9.49.", False),
        ("Next, the tax is $99.87 x 5%, or about $4.99.", True),
        # conversions and restatements: another unit than the computation names, or after a result
        ("The board is 12 × 3 inches, or about 3 feet.", True),
        ("He ran 5 + 7 miles, or about 19 km.", True),
        ("12 × 3 = 36 inches, or about 3 feet.", True),
        ("That is 36 inches, or about 3 feet.", True),
    ],
)
def test_a_result_after_or_about(line: str, right: bool) -> None:
    assert (verdicts("arithmetic", line + "\n#### 5") == {PASS}) == right
