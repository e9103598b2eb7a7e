"""Stop 38: roundings of a result stated lines above ("19 ÷ 8 = 2 R3" then "round up: 3 vans"), long division
in words ("48 goes into 124 2 times"), "≈" after whole numbers as the rounding at the digits shown, and claims
about a list written out (how many values, the value at a sorted place, how many outcomes a set holds). Each
verdict must be the same however the stream is cut (``verdicts`` runs four chunkings, one char by char)."""

from __future__ import annotations

import pytest

from tests.unit.test_validators import verdicts

PASS = ("pass", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # roundings of a result stated lines above (set 35)
        ("19 ÷ 8 = 2 R3\nRemainder → round up: 3 vans\n", PASS),
        ("19 ÷ 8 = 2 R3\nRemainder → round up: 2 vans\n", ("arithmetic", 36)),
        ("They need 52/8 = 6.5 tables.\nSince every guest needs a seat, this rounds up to 7 tables.\n", PASS),
        (
            "They need 52/8 = 6.5 tables.\nSince every guest needs a seat, this rounds up to 6 tables.\n",
            ("arithmetic", 79),
        ),
        (
            "1.75 × 5 = 8.75 yards\n\n**Step 3:** Round up to whole yards\n\n"
            "Rounding up to the nearest whole number gives 9.\n",
            PASS,
        ),
        (
            "1.75 × 5 = 8.75 yards\n\n**Step 3:** Round up to whole yards\n\n"
            "Rounding up to the nearest whole number gives 8.\n",
            ("arithmetic", 106),
        ),
        ("Divide: $11.25 ÷ 28 ≈ 0.4018.\nRounded to the nearest cent, that is $0.40.\n", PASS),
        ("Divide: $11.25 ÷ 28 ≈ 0.4018.\nRounded to the nearest cent, that is $0.41.\n", ("arithmetic", 68)),
        (
            "Step 2: $59.51 ÷ 3 ≈ 19.837\nStep 3: Round to the nearest cent: 19.837 → $19.84\n",
            PASS,
        ),  # 19.837 is rounded
        ("Each box is $12.25.\nRound up to 7 boxes.\n", PASS),  # far from the result above: a count
        ("- **Vans needed:** 3.07 rounded up is 4 vans.\n", PASS),
        ("- **Vans needed:** 3.07 rounded up is 3 vans.\n", ("arithmetic", 19)),  # bold, no product
        ("- 0.4275 rounded to the nearest cent is $0.43\n", PASS),
        ("- 0.4275 rounded to the nearest cent is $0.40\n", ("arithmetic", 2)),  # the place is named after the number
        ("216 ÷ 7 = 30.857..., which rounds to **30.86**\n", PASS),
        ("216 ÷ 7 = 30.857..., which rounds to **30.85**\n", ("arithmetic", 10)),
        ("First, round to the nearest ten:\n- $43 is closer to $40\n", PASS),
        ("First, round to the nearest ten:\n- $43 is closer to $50\n", ("arithmetic", 36)),
        ("Round each to the nearest hundred:\n- 331 rounds to 300\n", PASS),
        ("Round each to the nearest hundred:\n- 331 rounds to 330\n", ("arithmetic", 37)),
        (
            "Rounding each price to the nearest dollar:\n\\[\n"
            "\\$4.80 \\approx \\$5, \\quad \\$3.78 \\approx \\$4\n\\]\n",
            PASS,
        ),
        (
            "Rounding each price to the nearest dollar:\n\\[\n"
            "\\$4.80 \\approx \\$5, \\quad \\$3.78 \\approx \\$3.80\n\\]\n",
            ("arithmetic", 74),
        ),
        # long division in words
        ("So 48 goes into 124 2 times, and 124 − 96 = 28 is left over.\n", PASS),
        ("So 48 goes into 124 1 times, and 124 − 96 = 28 is left over.\n", ("arithmetic", 20)),
        ("6 goes into 27 four times, 4 × 6 = 24.\n", PASS),
        ("6 goes into 27 five times.\n", ("arithmetic", 15)),
        # ≈ after whole numbers: the rounding at the digits shown
        ("Mean: 193 / 7 ≈ 27.57\n", PASS),
        ("Mean: 193 / 7 ≈ 27.58\n", ("arithmetic", 6)),
        ("\\text{Mean} = \\frac{208}{3} \\approx 69.33\n", PASS),
        ("\\text{Mean} = \\frac{208}{3} \\approx 69.34\n", ("arithmetic", 14)),
        ("Mean: 248 ÷ 3 ≈ 82.66\n", ("arithmetic", 6)),  # cut, not rounded
        ("53 ÷ 3 = 17.666... = 17.66\n", PASS),  # "=" may cut
        ("53 ÷ 3 = 17.666... ≈ 17.66\n", ("arithmetic", 9)),  # "≈" rounds
        ("2 / 3 ≈ 0.67, so 0.67 × 3 ≈ 2.00\n", PASS),  # rounded operands: one unit
        # claims about listed values (set 36)
        ("Sorted: 3, 4, 5, 8, 16, 16, 16.\nThere are 7 values, so the median is the 4th value: 8.\n", PASS),
        (
            "Sorted: 3, 4, 5, 8, 16, 16, 16.\nThere are 7 values, so the median is the 4th value: 16.\n",
            ("arithmetic", 84),
        ),
        (
            "Sorted: 3, 4, 5, 8, 16, 16, 16.\nThere are 8 values, so the median is the 4th value: 8.\n",
            ("arithmetic", 42),
        ),
        ("In order: 76, 80, 95, 105, 116\n\nMiddle value (3rd of 5 values): 95\n", PASS),
        ("In order: 76, 80, 95, 105, 116\n\nMiddle value (3rd of 5 values): 76\n", ("arithmetic", 64)),
        ("Sorted: 3, 4, 5, 8, 16, 16, 16.\nThe median is the 4th value. The median is 8.\n", PASS),
        ("Favorable outcomes: {2, 3, 5} → count = 3\n", PASS),
        ("Favorable outcomes: {2, 3, 5} → count = 4\n", ("arithmetic", 40)),
        ("The outcomes that work are \\{3, 4, 5, 6\\}. That makes 4 favorable outcomes out of 6 possible.\n", PASS),
        (
            "The outcomes that work are \\{3, 4, 5, 6\\}. That makes 5 favorable outcomes out of 6 possible.\n",
            ("arithmetic", 54),
        ),
        ("The favorable outcomes are {3, 6}, so the probability is 1/3.\n", PASS),  # no count
        ("Scores: 70, 80, 90.\nThe mean of 2 values is 75.\n", PASS),  # a part of them
        ("Drop the lowest: 80, 90.\nWith 2 values left, the mean is 85.\n", PASS),
    ],
)
def test_lists_and_roundings(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text, problem="") == {expected}
