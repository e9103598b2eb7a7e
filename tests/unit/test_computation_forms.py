"""Computations laid out the way set 6's evaluator found the gates could not read (stop 29): bullets and arrows,
markdown tables whose result sits in the next cell, and results written before their computation. Each verdict
must be the same however the stream is cut (``verdicts`` runs four chunkings), and a correct line passes."""

from __future__ import annotations

import pytest

from tests.unit.test_validators import verdicts

TABLE = (
    "| Step | Quantity | Calculation | Result |\n|---|---|---|---|\n"
    "| 1 | Total flour in grams | 250 × 6 | {a} g |\n| 2 | Total flour in kilograms | 1,500 ÷ 1,000 | {b} kg |\n"
    "\n#### 1.5"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bullets and arrows set a label off its computation.
        ("• Cost of the pens → 3 pens × $1.50 = $4.50\n", ("pass", None)),
        ("• Cost of the pens → 3 pens × $1.50 = $5.50\n", ("arithmetic", 21)),
        ("▪ 7 x 12 = 86 apples ⇒ enough\n", ("arithmetic", 2)),
        ("\\[ \\text{Cost} \\rightarrow 3 \\times 4 = 13 \\]\n", ("arithmetic", 27)),
        ("\\( 3 \\times 4 = 12 \\Rightarrow 12 + 1 = 14 \\)\n", ("arithmetic", 31)),
        # A table: the calculation cell, then a cell holding only the result (and its unit).
        (TABLE.format(a="1,500", b="1.5"), ("pass", None)),
        (TABLE.format(a="1,500", b="0.5"), ("arithmetic", 143)),
        (TABLE.format(a="1,600", b="1.6"), ("arithmetic", 90)),
        ("| 1 | Closing speed | 100 − 50 | 500 km/h |\n", ("arithmetic", 22)),
        ("| Pens | 3 × $1.50 | $4.50 |\n", ("pass", None)),
        ("| Team | 5 - 2 | win |\n", ("pass", None)),  # the next cell is not a number: nothing stated
        # A result written first, as a heading of the line that computes it.
        ("87 points = 267 ÷ 3 (average score)\n", ("arithmetic", 0)),
        ("89 points = 267 ÷ 3 (average score)\n", ("pass", None)),
        ("20 gallons = 320 ÷ 32 (gallons needed)\n", ("arithmetic", 0)),
        ("- 5 = 2 + 4\n", ("arithmetic", 2)),
        # Conversions and running chains are the chain reader's, never judged as a result written first.
        ("2 hours = 2 × 60 minutes\n", ("pass", None)),
        ("2 hours = 2 × 60 = 120 minutes\n", ("pass", None)),
        ("Day 1 = 5 + 3 = 8 apples\n", ("pass", None)),
        ("360^\\circ &= 650^\\circ - 2\\alpha\\\\\n", ("pass", None)),
        ("$240=2^4\\cdot3\\cdot5$\n", ("pass", None)),
    ],
)
def test_arithmetic_reads_layouts(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


def test_a_table_row_is_judged_only_once_its_result_cell_is_closed() -> None:
    # Cut before the result cell's border, "0.5" may still be "0.5 | ..." of a longer cell: nothing is decided;
    # the whole row gives the verdict (verdicts() cuts it every way and must agree).
    row = "| 2 | Total flour in kilograms | 1,500 ÷ 1,000 | 0.5 kg |\n"
    assert verdicts("arithmetic", row) == {("arithmetic", 33)}
    assert verdicts("arithmetic", row[: row.rindex("|")]) == {("pass", None)}


def test_answer_marker_counts_a_table_of_computations() -> None:
    text = (
        "| Step | Quantity | Calculation | Result |\n|---|---|---|---|\n"
        "| 1 | Store discount | 10% of $80.00 | $8.00 |\n| 2 | Sale price | $80.00 − $8.00 | $72.00 |\n"
        "| 3 | Bus riders | 50% × 800 | 400 students |\n\n#### 72"
    )
    assert verdicts("answer_marker", text) == {("pass", None)}
