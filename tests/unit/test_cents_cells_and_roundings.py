"""Readings sets 88-101 called for: amounts in cents written with "¢" and their results in dollars, a table's result
cell after a rate's unit ("kg/tree") judged when the row closes however the stream is cut, "gives you" before a
result, a difference of percents that cannot round up to 1%, a value stated with "≈" that is rounded, not cut
(only a number written with "..." is cut), a whole number rounded only to the place its zeros show, micro- and
milli- units converted, a departure plus an h:mm flight time, a clock time in a table's result cell, and a number
taken apart ("61 = 6 × 10 + 1 ⇒ 6 free adults"). Correct lines pass; each wrong one fails, however the stream is
cut."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("refund = 1386 × 10¢ = $138.60\n", None),
        ("refund = 1386 × 10¢ = $1338.60\n", "1386"),
        ("**Refund:** 720 containers × 10¢ = $72.00\n", None),
        ("**Refund:** 720 containers × 10¢ = $82.00\n", "720"),
        ("| Refund | 520 containers x 10¢ | $52.00 |\n", None),
        ("| Refund | 520 containers x 10¢ | $62.00 |\n", "520"),
        ("3 × 25¢ = 75¢\n", None),
        ("720 × 10¢ = 7300¢\n", "720"),
        ("$1.00 - 75¢ = 25¢\n", None),  # dollars and cents: undecided, as in words
        ("So $103.80 ÷ 5¢ = 2,076 containers.\n", None),
        ("12 × 5¢ = 60¢, or $0.60.\n", None),
    ],
)
def test_cents_written_as_a_sign(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("| Trees | 11,300 kg ÷ 21 kg/tree | ≈ 538.1 trees |\n", None),
        ("| Trees | 11,300 kg ÷ 21 kg/tree | ≈ 528.1 trees |\n", "11,300"),
        ("| Fuel | 640 km ÷ 16 km/L | 40 L |\n", None),
        ("| Fuel | 640 km ÷ 16 km/L | 45 L |\n", "640"),
    ],
)
def test_a_result_cell_after_a_rate(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("First up, find the total. 233 times 11 gives you 2,563 containers.\n", None),
        ("First up, find the total. 233 times 11 gives you 244 containers.\n", "233"),
        ("30% of $170 gives you $51.00.\n", None),
        ("30% of $170 gives you $5.00.\n", "30%"),
        ("9,000 km times 0.053 kg/km gives us 477 kg.\n", None),
        ("9,000 km times 0.053 kg/km gives us 47 kg.\n", "9,000"),
        ("So the 12 apples you have and 3 you get give you 15.\n", None),
    ],
)
def test_gives_you_before_a_result(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Now, find the increase in percentage points. 49% - 37% = 12%.\n", None),
        ("Now, find the increase in percentage points. 49% - 37% = 1%.\n", "49%"),
        ("3 ÷ 400 × 100 ≈ 1%\n", None),  # 0.75% rounded
        ("0.3% + 0.45% = 0.75%\n", None),
    ],
)
def test_percents_that_cannot_round_to_one(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("20% × $139.56 ≈ $27.91\n", None),
        ("20% × $139.56 ≈ $27.92\n", "20%"),  # 27.912: rounded is 27.91
        ("Finally, elena's total: $5.83 × 1.245 ≈ $7.26.\n", None),
        ("Finally, elena's total: $5.83 × 1.245 ≈ $7.25.\n", "5.83"),  # 7.258: cut, not rounded
        ("- Average: $44.30 / 6 = $7.3833... ≈ $7.38\n", None),  # "..." cuts
        ("41 / 3 = 13.666... ≈ 13.67\n", None),
        ("2 / 3 ≈ 0.67, so 0.67 × 3 ≈ 2.00\n", None),  # a rounded operand
        ("The rate is about 0.675, so 0.67 × 3 ≈ 2.00 total.\n", "0.67 ×"),  # 0.675 is no 0.67 rounded
        ("93.5 / 2.6 ≈ 36 km/h\n", None),
        ("93.5 / 2.6 ≈ 34 km/h\n", "93.5"),
        ("We need 130 / 40 ≈ 4 buses.\n", None),  # a whole number within one: rounded up or down
        ("She can buy $50 / $3.60 ≈ 13 notebooks.\n", None),
        ("So 7 × 7 is almost 50 in all.\n", None),
        ("7 × 7 = nearly 50, so it is close.\n", None),
        ("So 365 × 24 × 60 ≈ 525,000 minutes.\n", None),  # within 1%, short of the thousand its zeros show
        ("The share is 2 / 3 = 66...%.\n", None),
        ("167,048 km ÷ 12 h ≈ 13,921 km/h\n", None),
        ("167,048 km ÷ 12 h ≈ 13,900 km/h\n", None),  # to the hundred its zeros show
        ("167,048 km ÷ 12 h ≈ 13,931 km/h\n", "167,048"),
    ],
)
def test_approximate_results_are_rounded(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("1. Wells: 24 × 40 µL = 960 µL\n", None),
        ("1. Wells: 24 × 40 µL = 970 µL\n", "24"),
        ("**In mL:** 14,000 µL = 14 mL\n", None),
        ("**In mL:** 14,000 µL = 41 mL\n", "14,000"),
        ("0.0161 mol = 16.1 mmol\n", None),
        ("0.0161 mol = 161 mmol\n", "0.0161"),
        ("2 mg = 2,000 µg\n", None),
        ("First, add the flight time. 9:40 AM + 5:55 = 3:35 PM.\n", None),
        ("First, add the flight time. 9:40 AM + 5:55 = 3:34 PM.\n", "9:40"),
        ("| Finish time | 12:05 PM + 84 min | 1:29 PM |\n", None),
        ("| Finish time | 12:05 PM + 84 min | 2:29 PM |\n", "12:05"),
        ("\\[\n61 = 6 \\times 10 + 1 \\quad\\Rightarrow\\quad 6\\text{ free adults}\n\\]\n", None),
        ("| Full buses | 143 = 2 × 56 + 31 | 2 full buses |\n", None),
        ("- 12 monthly payments = $32.50 * 12 months = $390.00\n", None),
        ("- 12 monthly payments = $32.50 * 12 months = $380.00\n", "32.50"),
        ("First, 50% of the cost, so 50% of $22.05 ≈ $11.03 (rounded to the nearest cent).\n", None),
        ("| 2 | Days | 600 ÷ 45 ≈ 13.33 | rounding up gives 14 days |\n", None),
        ("| 3 | Number of spools | 2,926 g / 1,000 g | 2.926 → 3 spools |\n", None),
        ("| 3 | Number of spools | 2,926 g / 1,000 g | 2.96 → 3 spools |\n", "2,926"),
        ("| 2 | Number of days | 36 h ÷ 14 h | ≈ 2.57 → 3 days |\n", None),
        ("| 2 | Number of days | 36 h ÷ 14 h | ≈ 0.257 → 3 days |\n", "36"),
    ],
)
def test_units_clock_times_and_numbers_taken_apart(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


def test_a_big_product_in_a_table_cell_is_computed() -> None:
    problem = "To print a 11 × 10 inch photo at 200 DPI, how many megapixels does the image need?"
    text = (
        "| Step | Quantity | Calculation | Result |\n|---|---|---|---|\n| 1 | Pixel width | 11 × 200 | 2,200 px |\n"
        "| 2 | Pixel height | 10 × 200 | 2,000 px |\n| 3 | Total pixels | 2,200 × 2,000 | 4,400,000 pixels |\n"
    )
    assert verdicts("magnitude", text, problem=problem) == {PASS}
    assert verdicts("magnitude", text.rstrip("\n"), problem=problem) == {PASS}  # the last row, the text's end
    assert verdicts(
        "magnitude", text.replace("| 3 | Total pixels | 2,200 × 2,000 |", "| 3 | Total | |"), problem=problem
    ) != {PASS}


def test_a_net_change_named_before_may_go_below_zero() -> None:
    problem = "The band had 46,300 listeners. Then 400 started listening and 460 stopped. How many listeners now?"
    text = "Let's work out the net change first.\n\nGained minus lost:\n\\[\n400 - 460 = -60\\text{ listeners}\n\\]\n"
    assert verdicts("unexpected_negative", text, problem=problem) == {PASS}
    assert verdicts("unexpected_negative", text.replace("net change", "change"), problem=problem) != {PASS}


def test_a_goal_difference_may_go_below_zero() -> None:
    problem = (
        "Game scores for the 12U team: 2-5, 5-3, 2-1, 1-6 (their score first). What is the team's goal difference?"
    )
    assert verdicts("unexpected_negative", "**Goal differential:** 10 - 15 = **-5**\n", problem=problem) == {PASS}
