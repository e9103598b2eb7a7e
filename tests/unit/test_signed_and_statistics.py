"""Signed numbers (set 34's genre: temperatures, elevations, balances, golf, time zones) and statistics (set 36's:
means, repeating decimals, percents, rounding). Each verdict must be the same however the stream is cut
(``verdicts`` runs four chunkings, one of them char by char)."""

from __future__ import annotations

import pytest

from tests.unit.test_validators import run, verdicts

PASS = ("pass", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("115 − 220 = −105 m\n", PASS),
        ("115 − 220 = −10 m\n", ("arithmetic", 0)),  # "m" after a negative result: metres (or millions), judged
        ("After deposit: −8 + 10 = $2\n", PASS),
        ("After deposit: −8 + 10 = $−2\n", ("arithmetic", 15)),  # "$−2": the sign after the currency
        ("Add the four rounds: (−5) + (−1) + (−3) + (+2) = −7.\n", PASS),
        ("Add the four rounds: (−5) + (−1) + (−3) + (+2) = −1.\n", ("arithmetic", 21)),
        ("| After rising | (-230) + 70 | -160 |\n", PASS),
        ("| After rising | (-230) + 70 | -300 |\n", ("arithmetic", 17)),
        ("−3 − 1 + 1 − 1 − 2 = −6°\n−9 − 6 = −15°C\n", PASS),  # "−9" opens its own line: no running total
        ("2 × $1.80 = $3.60\n− $1.25 = $2.45\n", ("arithmetic", 18)),  # "− $1.25" goes on from $3.60
        ("The distance is |−11 − 54| = |−65| = 65 ft.\n", PASS),
        ("The distance is |−11 − 54| = |−65| = 43 ft.\n", ("arithmetic", 29)),
        ("\\[ \\left|-2 - 19\\right| = \\left|-21\\right| = 17 \\]\n", ("arithmetic", 26)),
        ("| 5 | 3 |\n", PASS),  # table borders, no absolute value
        ("Start at −105, move 25 right, and you land on −80.\n", PASS),
        ("Start at −105, move 25 right, and you land on −8.\n", ("arithmetic", 0)),
        ("Start at 1600, move 2450 left, and you land on −580.\n", ("arithmetic", 0)),
    ],
)
def test_signed_numbers(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text, problem="The temperature was 5 degrees below zero.") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\\[ \\text{Mean} = \\frac{46.4}{3} = 15.4\\overline{6} \\approx 15.47 \\]\n", PASS),
        ("\\[ \\text{Mean} = \\frac{46.4}{3} = 15.4\\overline{7} \\]\n", ("arithmetic", 17)),
        ("\\frac{28}{3} = 9.\\overline{3} \\approx 9.3\n", PASS),
        ("2/25 = 0.08 = 8%\n", PASS),
        ("2/25 = 0.08 = 0.8%\n", ("arithmetic", 7)),  # a share written again as another percent
        ("30% = 0.03\n", ("arithmetic", 0)),
        ("Blue: 5 = 40%\n", PASS),  # 5 items may be 40%: only a decimal below 1 is a share
        ("41 / 3 = 13.666... ≈ 13.67\n", PASS),
        ("41 / 3 = 13.666... ≈ 31.67\n", ("arithmetic", 9)),
        ("46 ÷ 3 = 15.333... ≈ 15.33\n", PASS),
        ("46 ÷ 3 = 15.333... ≈ 15.34\n", ("arithmetic", 9)),  # neither rounded nor cut: 15.333...
        ("2 / 3 ≈ 0.67, so 0.67 × 3 ≈ 2.00\n", PASS),  # "≈" after a computation: one unit either way
        ("53 ÷ 3 ≈ 17.67\n", PASS),
        ("53 ÷ 3 ≈ 17.66\n", ("arithmetic", 0)),  # "≈" from whole numbers rounds (sets 35, 36): 17.666... is 17.67
        ("Lastly, divide: 44 ÷ 13 = 3.384..., which rounds to 3.38.\n", PASS),
        ("Lastly, divide: 44 ÷ 13 = 3.384..., which rounds to 3.5.\n", ("arithmetic", 26)),
        ("25 / 4 = 6.25, which rounds up to 7 buses\n", PASS),
        ("| P(orange) | 13/33 | ≈ 0.39 |\n", PASS),
        ("| P(orange) | 13/33 | ≈ 3.9 |\n", ("arithmetic", 14)),
        ("Box 3 = 45 apples\n", PASS),  # a label's number, not a stated result
        ("Over 9 days, that is 2 x 9 days = 11 tablets.\n", ("arithmetic", 21)),
    ],
)
def test_statistics_and_rounding(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


def test_signed_problems_allow_negatives() -> None:
    text = "-4 + 3 = -1\n#### -1"
    for problem in (
        "Kenji shot 4 under par and 3 over par in the first two rounds.",
        "Jonah had $200 in his checking account and the bank charged a $35 overdraft fee.",
        "Tokyo is at UTC+9 and New York is at UTC-5.",
        "In a carnival game, each hit earns 5 points and each miss costs 8 points.",
    ):
        assert run("unexpected_negative", text, problem=problem) is None, problem
    assert run("unexpected_negative", text, problem="Tom has 12 apples and eats 5.") is not None


def test_a_short_equation_repeated_is_a_loop() -> None:
    text = "Count the values.\n" + "n = 9\n" * 5
    assert verdicts("repetition", text) == {("repetition", 30)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23 ÷ 5 = 4 R3\n", PASS),
        ("23 ÷ 5 = 4 R2\n", ("arithmetic", 0)),  # 4 × 5 + 2 is 22
        ("220 ÷ 7 = 31 with 3 left over\n", PASS),
        ("220 ÷ 7 = 32 with 3 left over\n", ("arithmetic", 0)),  # a ceiling is no quotient with a remainder
        ("48 ÷ 9 = 5 with a remainder of 3, so 5 full boxes\n", PASS),
        ("48 ÷ 9 = 5 remainder 4\n", ("arithmetic", 0)),
        ("25 / 4 = 7 buses\n", PASS),  # a count rounded up, no remainder named
        ("⌈33/15⌉ = 3 bags\n", PASS),
        ("⌊33/15⌋ = 3 bags\n", ("arithmetic", 0)),
        ("Round each to the nearest hundred:\n586 + 727 ≈ 600 + 700 = 1,300\n", PASS),  # an estimate
        ("We can't have part of a panel, so we round up: 18.33 → 19 panels.\n", PASS),
        ("We can't have part of a panel, so we round up: 18.33 → 18 panels.\n", ("arithmetic", 47)),
        ("Round to the nearest hundred: 714 rounds down to 700; 539 rounds down to 500.\n", PASS),
        ("Round to the nearest hundred: 714 rounds down to 710; 539 rounds down to 500.\n", ("arithmetic", 30)),
        ("Since every cupcake needs a box, we round 13.71 up to 13.\n", ("arithmetic", 42)),
        ("* 3.125 rounded up is 4 weeks.\n", PASS),
        ("To the nearest ten, $24 rounds to $20 and $26 rounds to $20.\n", ("arithmetic", 43)),
        ("343 / 56 = 6.125\nround up → 7 buses\n", PASS),
        ("343 / 56 = 6.125\nround up → 6 buses\n", ("arithmetic", 28)),
        ("It costs 25 dollars. Round up to 3 boxes.\n", PASS),  # a whole number needs no rounding: a count
        ("Round to the nearest ten:\n- 42 → 40\n- 38 → 40\n", PASS),
        ("Round to the nearest ten:\n- 42 → 50\n- 38 → 40\n", ("arithmetic", 28)),
        ("Round to the nearest ten:\n100 - 42 → 58\n", PASS),  # a computation, not a rounding
        ("The boxer fought 3 rounds to 12 judges.\n", PASS),
        ("34.33 → $35 (rounded up)\n", PASS),
    ],
)
def test_remainders_and_roundings(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # Found by a review of stop 37: correct lines the first build of this stop's reading killed.
        "The trip takes 4 × 30 = 120, which is 2 hours.\n",
        "The eggs: 3 × 4 = 12, which is 1 dozen.\n",
        "Bricks: 12 × 250 = 3000 = 3 thousand.\n",
        "Four coins: $2.50 × 4 = $10.00 = 1000 cents.\n",
        "So 2 ÷ 3 ≈ 0.67 = 66.67% of the class.\n",
        "41 / 3 = 13.666... = 13.66\n",
        "As a decimal, 2/3 rounds to 0.67.\n",
        "Each round takes 1.5 minutes, so 10 rounds is 15 minutes.\n",
        "3.14159 rounds to 3.1416.\n",
        "Round to the nearest ten: 47 → 50; to the nearest hundred: 347 → 300.\n",
        "12 / 2.5 = 4.8 trips at 2.5 tons per trip, so round up to 5 trips.\n",
        "Rounded to the nearest dollar, the shirt costs $13.\nAfter the price increase: $12 → $15.\n",
        "The sum 487 + 356 rounds to 800 to the nearest hundred.\n",
        "The screw is 2 cm + 5 mm = 25 mm long.\n",
        "Trade 10 ones for 1 ten: 10 ones = 1 ten.\n",
        "2 / 3 ≈ 0.67, so 0.67 × 3 ≈ 2.00\n",
        "Observation: 150\nThought: So each of the 3 friends pays $50.\n",
        "```output\n10\n```\nThere are 10 gaps between posts, so we need 11 posts in all.\n",
        "Observation: 250\nThought: After the $50 fee she keeps $200.\n",
        "Label the packs #1 and #2.\nTotal = 60\nAfter eating 10 they have 50 left.\n",
    ],
)
def test_correct_lines_found_by_review_pass(text: str) -> None:
    assert verdicts("arithmetic", text, problem="A problem with a $50 fee and 10 friends.") == {PASS}
