"""Stop 40's held-out sets 48 (compound units) and 49 (ledgers): a measure said again in two units ("118 seconds =
1 minute 58 seconds", "189 qt → 47 gal 1 qt") is a conversion to judge; a unit's definition or a measure said again
after the answer's computation is no last result; a signed number taken as an operand ("675 + (-652) = 23") or
written under a column of changes is no negative count; a running balance under "| Change | Balance |" is the
balance above plus the change. Correct lines pass; each wrong one fails at its stated result, however the stream
is cut."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS, fired
from tests.unit.test_validators import verdicts


def at(text: str, marker: str) -> tuple[str, int]:
    return ("arithmetic", text.index(marker))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Regroup the seconds: 118 seconds = 1 minute 58 seconds (since 1 minute = 60 seconds)\n", None),
        ("Regroup the seconds: 118 seconds = 1 minute 48 seconds (since 1 minute = 60 seconds)\n", "118"),
        ("\\[ 574\\text{ s} = 9\\text{ min}\\ 34\\text{ s} \\]\n", None),
        ("\\[ 574\\text{ s} = 9\\text{ min}\\ 35\\text{ s} \\]\n", "574"),
        ("• Pace: 321 s → 5 min 21 s\n", None),
        ("• Pace: 321 s → 4 min 21 s\n", "321"),
        ("Each part: 23 inches = 1 foot 11 inches.\n", None),
        ("Each part: 23 inches = 1 foot 10 inches.\n", "23"),
        ("2900 m = 2 km 900 m\n", None),
        ("2900 m = 2 km 910 m\n", "2900"),
        ("- Regrouped: 1,030 cents = 10 dollars 30 cents\n", None),
        ("- Regrouped: 1,030 cents = 10 dollars 3 cents\n", "1,030"),
        ("Regroup the ounces: 21 oz = 1 lb 5 oz (since 1 lb = 16 oz)\n", None),
        ("Regroup the ounces: 21 oz = 2 lbs 5 oz (since 1 lb = 16 oz)\n", "21"),
        ("Regrouped: 14 ft = 4 yds 2 ft\n", None),
        ("Regrouped: 14 ft = 5 yds 2 ft\n", "14"),
        ("• In gallons and quarts: 189 qt → 47 gal 1 qt\n", None),
        ("• In gallons and quarts: 189 qt → 46 gal 1 qt\n", "189"),
        ("• Regroup: 77 tbsp → 4 cups 13 tbsp (since 1 cup = 16 tbsp)\n", None),
        ("2 cups = 32 tablespoons\n", None),
        ("2 cups = 30 tablespoons\n", "2 cups"),
        ("6 ft 1 in = 5 ft 13 in\n", None),  # a borrow written out: both sides in two units
        ("6 ft 1 in = 5 ft 11 in\n", "6 ft"),
        ("9 lb 3 oz → 8 lb 19 oz\n", None),
        ("9 lb 3 oz → 8 lb 18 oz\n", "9 lb"),
        ("It took 2 hours and 15 minutes = 135 minutes.\n", None),
        ("It took 2 hours and 15 minutes = 145 minutes.\n", "2 hours"),
        ("The board is 5 ft 4 in = 64 in long.\n", None),
        ("12 ft = 144 in all.\n", None),
        ("1 hour 45 minutes = 1.75 hours\n", None),
        # Not read: money pounds, fluid ounces beside cups or gallons, an arrow between different measures.
        ("He saved 5 pounds = $7.\n", None),
        ("1 gallon = 128 ounces\n", None),
        ("8 ounces = 1 cup\n", None),
        ("Start: $250 → after rent: $250 − $180 = $70\n", None),
        ("It took 2 hours = 2 hours and some.\n", None),
    ],
)
def test_a_measure_said_again_in_two_units(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


@pytest.mark.parametrize(
    "text",
    [
        "7 hours 45 minutes = 7*60+45=<<7*60+45=465>>465 minutes (since 1 hour = 60 minutes).\n#### 465",
        "Left: 540-200=<<540-200=340>>340 minutes.\nConverting back: 340 / 60 = 5 R 40, so 340 minutes = 5 hours 40"
        " minutes.\n#### 340",
        "Each: 184/8=<<184/8=23>>23 inches.\nEach part: 23 inches = 1 foot 11 inches.\n#### 23",
        "New amount: 1/4 cup * 2 = 1/2 cup.\n0.5*16=<<0.5*16=8>>8 tablespoons (since 1 cup = 16 tablespoons).\n#### 8",
    ],
)
def test_the_answer_before_its_restatement_in_units(text: str) -> None:
    """Set 48: a unit's definition or the result said again in two units after it is no last result."""
    assert verdicts("final_answer", text) == {PASS}


def test_a_wrong_final_before_a_restatement_still_fails() -> None:
    text = "Left: 540-200=<<540-200=340>>340 minutes.\nSo 340 minutes = 5 hours 40 minutes.\n#### 350"
    assert verdicts("final_answer", text) != {PASS}


PIGGY = "I have $90 in my piggy bank. I spent $12 and $20, and put in $15. How much is in my piggy bank?"


def test_a_number_line_allows_negatives() -> None:
    problem = "A bug starts at 3 on a number line, moves 8 left, then 2 right. Where does it end?"
    assert verdicts("unexpected_negative", "3 − 8 = −5\n−5 + 2 = −3\n#### -3", problem=problem) == {PASS}


@pytest.mark.parametrize(
    ("text", "fails"),
    [
        ("Net change: 15 - 32 = -17\nFinal: 90 + (-17) = 73\n", False),
        ("x = 29 - (-16) = 45\n", False),
        ("The final water is 675+(-652)=<<675+(-652)=23>>23.\n", False),
        ("Start = $77 − (−$35) = $112\n", False),
        ("| Week | Change | Balance |\n|---|---|---|\n| Start | | $90 |\n| 1 | −$12 | $78 |\n", False),
        ("| Week | Stock | Balance |\n|---|---|---|\n| Start | | 90 |\n| 1 | −12 | 78 |\n", True),
        ("She has 15 - 20 = -5 dollars left.\n", True),
        ("Final: 90 + 17 = -73\n", True),
    ],
)
def test_a_signed_operand_or_change_is_no_negative_count(text: str, fails: bool) -> None:
    """Set 49: a negative taken as an operand, or under a column of changes, was killed as a count gone below zero."""
    assert (verdicts("unexpected_negative", text, problem=PIGGY) != {PASS}) == fails


CHANGES = "| Day | Event | Change | Balance |\n|---|---|---|---|\n| Start | | | $919.00 |\n"
RIDERS = "| Stop | Event | Change | Riders |\n|---|---|---|---|\n| Start | | | 12 |\n"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (CHANGES + "| Monday | Refund | +$756.40 | $1,675.40 |\n| Tuesday | Bill | −$848.00 | $827.40 |\n", None),
        (CHANGES + "| Monday | Refund | +$756.40 | $1,675.40 |\n| Tuesday | Bill | −$848.00 | $837.40 |\n", "837.40"),
        (RIDERS + "| Pine Road | Stop | +6 − 2 | 16 |\n| Elm | Stop | +14 - 10 | 20 |\n", None),
        (RIDERS + "| Pine Road | Stop | +6 − 2 | 16 |\n| Elm | Stop | +14 - 10 | 22 |\n", "22 |"),
        # A balance column beside no column of changes, or changes that are no plain numbers, are not read.
        ("| Month | Deposit | Balance |\n|---|---|---|\n| Jan | $100 | $100 |\n| Feb | $50 | $150 |\n", None),
        (
            "| Date | Description | Deposit | Withdrawal | Balance |\n|---|---|---|---|---|\n"
            "| Jan 1 | Start | $100.00 | | $100.00 |\n| Jan 2 | Books | | $25.00 | $75.00 |\n",
            None,
        ),  # unsigned withdrawals: not a column of signed changes
        ("| Day | Amount | Balance |\n|---|---|---|\n| Start | | $1,500 |\n| Rent | $500 | $1,000 |\n", None),
        (  # an empty change (a deposit in the column before) and a summary row: not judged
            "| Date | Deposit | Withdrawal | Balance |\n|---|---|---|---|\n| 1 | | | $500 |\n| 2 | $200 | | $700 |\n",
            None,
        ),
        (CHANGES + "| Mon | +$20 | $939 |\n| **End** | **+$20** | **$939** |\n", None),
        ("| Item | Amount | Total |\n|---|---|---|\n| Pens | 3 × $2 = $6 | $6 |\n| Pads | $4 | $10 |\n", None),
    ],
)
def test_a_running_balance(text: str, wrong: str | None) -> None:
    got = {v for v in verdicts("arithmetic", text, problem=PIGGY) if v != PASS}
    assert got == (set() if wrong is None else {at(text, wrong)})
