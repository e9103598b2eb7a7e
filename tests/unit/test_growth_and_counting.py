"""Stop 41's sets 54, 55 and 59: chains of values that double or halve ("1000 → 2000 → 4000"), growth tables (start,
interest at a rate, end), counting's and number theory's functions ("C(8, 2) = 28", "LCM(8, 12) = 24",
"floor(200/15) = 13"). Correct lines pass; each wrong one fails at its value, however the stream is cut."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import fired
from tests.unit.test_validators import verdicts


def at(text: str, marker: str) -> tuple[str, int]:
    return ("arithmetic", text.index(marker))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("- Listing the values: 1000 → 2000 → 4000 → 8000 → 16000 bacteria\n", None),
        ("- Listing the values: 1000 → 2000 → 4000 → 8001 → 16000 bacteria\n", "8001"),
        ("- \\( 1,000 \\to 2,000 \\to 3,999 \\to 8,000 \\to 16,000 \\)\n", "3,999"),
        ("- Step by step: 4 → 16 → 64 → 256 → 260\n", "260"),
        ("640 -> 230 -> 160 -> 80 -> 40 grams\n", "230"),
        ("Summary of results: $8.00 → $16.00 → $24.00 → $26.00\n", None),  # four results share steps by chance
        ("Step results: 18 → 36 → 18 → 18\n", None),
        ("50 → 45 → 40 → 36 → 30\n", "36"),
        ("25 → 12.5 → 6.25 → 3.125\n", None),
        # rounded at each step: a value may stray by a rounding, not by a slip
        ("1000 → 1050 → 1102.50 → 1157.63 → 1215.51\n", None),
        ("1000 → 1050 → 1102.50 → 1157.53 → 1215.51\n", "1157.53"),
        ("800 → 896 → 1004 → 1124 → 1259\n", None),
        # no common step: a ledger, a sequence of another law, clock times
        ("Start: $250 → $70 → $120 → $95\n", None),
        ("1 → 2 → 3 → 5 → 8 → 13\n", None),
        ("8:45 → 9:00 → 10:30 → 11:00\n", None),
    ],
)
def test_a_chain_of_values_with_a_common_step(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


_INTEREST = (
    "| Year | Beginning balance | Interest (5%) | Balance at end |\n|---|---|---|---|\n"
    "| 1 | $800 | $40.00 | $840.00 |\n"
    "| 2 | $840.00 | $42.00 | $882.00 |\n| 3 | $882.00 | $44.10 | $926.10 |\n| 4 | $926.10 | $46.31 | $972.41 |\n"
)
_POPULATION = (
    "| Year | Beginning population | Increase (2%) | Ending population |\n|---|---|---|---|\n| 1 | 800 | 16 | 816 |\n"
    "| 2 | 816 | 16 | 832 |\n| 3 | 832 | 17 | 849 |\n| 4 | 849 | 17 | 866 |\n"
)
_DEPRECIATION = (
    "| Year | Beginning value | Depreciation (15%) | Value at end |\n|---|---|---|---|\n"
    "| 1 | $16,000 | $2,400.00 | $13,600.00 |\n| 2 | $13,600.00 | $2,040.00 | $11,560.00 |\n"
)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (_INTEREST, None),
        (_INTEREST.replace("$44.10 | $926.10", "$44.10 | $296.10"), "296.10"),
        (_INTEREST.replace("$44.10 | $926.10", "$44.20 | $926.10"), "44.20"),
        (_POPULATION, None),
        (_POPULATION.replace("| 17 | 849 |", "| 17 | 848 |"), "848"),
        (_DEPRECIATION, None),
        (_DEPRECIATION.replace("$2,040.00", "$2,140.00"), "2,140.00"),
    ],
)
def test_a_growth_table(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("C(4, 1) = 4\n", None),
        ("C(4, 1) = 5\n", "C("),
        ("So C(4,1)=<<C(4,1)=3>>3.\n", "C(4,1)=<<"),
        ("C(8, 2) = 28 handshakes\n", None),
        ("P(6,3) = 120\n", None),
        ("P(6,3) = 110\n", "P("),
        ("LCM(8, 12) = 24\n", None),
        ("lcm(4, 6) = 13\n", "lcm"),
        ("gcd(18, 24) = 6\n", None),
        ("floor(200/15) = 13\n", None),
        ("floor(200/15) = 12\n", "floor"),
        ("⌊1,000/6⌋ = 166\n", None),
        ("⌊1,000/6⌋ = 176\n", "⌊"),
        ("| 3 | LCM | LCM(8, 12) | 42 |\n", "LCM(8"),
        ("Point C(4, 1) is on the line.\n", None),
        ("C(11, 5) = 11! ÷ (5! × 6!) = 462\n", None),
    ],
)
def test_counting_and_number_theory_functions(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


def test_a_quotient_stated_whole_is_judged_the_same_however_cut() -> None:
    """ "1 ÷ (5/18) = 3 hours" for 3.6 may be a whole number of hours rounded down: left to the answer check, and
    the same verdict under every chunking (a first version judged it in some and not in others)."""
    text = "**Time:** 1 ÷ (5/18) = 3 hours\n**Minutes:** 0.6 × 60 = 36 minutes\nSo the time is 3 hours 36 minutes.\n"
    assert len(verdicts("arithmetic", text, problem="x")) == 1
