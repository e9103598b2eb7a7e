"""Readings sets 60-65 called for (payroll, travel, health, coordinates, games, building): times with colons added
and scaled (race splits, paces), ordered pairs computed part by part, roots of a computation, rates per 100 km, a
percent added to an amount, a percent share never stated a hundredfold, roundings to a quarter unit, signed answers
of the coordinate plane and of changes, an answer split into hours and minutes after it is stated. Correct lines
pass; each wrong one fails, however the stream is cut (four chunkings, one a character at a time)."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS, fired
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Total: 1:54 + 1:53 + 1:50 + 1:52 + 1:51 = 9:20\n", None),
        ("Total: 1:54 + 1:53 + 1:50 + 1:52 + 1:51 = 9:21\n", "1:54"),
        ("- Total time: 4:41 per km x 15 km = 1:10:15\n", None),
        ("- Total time: 4:41 per km x 15 km = 1:00:15\n", "4:41"),
        ("Time saved: 1:02:08 minus 58:34 is 3:34.\n", None),
        ("Time saved: 1:02:08 minus 58:34 is 3:43.\n", "1:02:08"),
        ("Average lap: 8:23 / 4 ≈ 2:05\n", None),  # 2:05.75, cut or rounded to the second
        ("Average lap: 8:23 / 4 ≈ 2:16\n", "8:23"),
        ("| Total time | 5:14 × 8 | 41:52 |\n", None),
        ("| Total time | 5:14 × 8 | 31:52 |\n", "5:14"),
        ("Splits: 1:52.34 + 1:48.20 = 3:40.54\n", None),
        ("Splits: 1:52.34 + 1:48.20 = 3:40.64\n", "1:52.34"),
        # a clock's time of day wraps at noon: not read; a ratio has no two-digit parts
        ("Start 11:30 + 2:45 = 2:15 pm\n", None),
        ("The ratio 3:4 × 5 = 15:20\n", None),
    ],
)
def test_times_with_colons_added_and_scaled(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else ("arithmetic", text.index(wrong)))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("So the midpoint is ((106 + (-90))/2, (20 + 42)/2) = (16/2, 62/2) = (8, 31).\n", None),
        ("So the midpoint is ((106 + (-90))/2, (20 + 42)/2) = (16/2, 62/2) = (8, 41).\n", "16/2"),
        ("M = ((x₁ + x₂)/2, (y₁ + y₂)/2) = ((9 + 12)/2, (−4 + 5)/2) = (21/2, 1/2) = (10.5, 0.5)\n", None),
        ("M = ((x₁ + x₂)/2, (y₁ + y₂)/2) = ((9 + 12)/2, (−4 + 5)/2) = (21/2, 1/2) = (10.5, 1.5)\n", "21/2"),
        ("The image is (9 − 8, 3 − 8) = (1, −5).\n", None),
        ("The image is (9 − 8, 3 − 8) = (1, −6).\n", "9 − 8"),
        ("The points (3, 4) and (5, 6) give (6 - 4)/(5 - 3) = 1.\n", None),
    ],
)
def test_ordered_pairs_computed_part_by_part(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("d = √(12² + 9²) = √(144 + 81) = √225 = 15\n", None),
        ("d = √(12² + 9²) = √(24 + 81) = √105 ≈ 10.25\n", "√(12²"),
        ("d = sqrt(81 + 100) = sqrt(181) ≈ 13.45\n", None),
        ("d = sqrt(81 + 100) = sqrt(118) ≈ 10.86\n", "sqrt(81"),
        ("CA = sqrt(98) = 7sqrt(2) ≈ 9.90\n", None),
        ("CA = sqrt(98) = 6sqrt(2) ≈ 9.90\n", "sqrt(98)"),
        # nested parentheses after a variable: the first chunkings cut inside them
        ("m = (−10 − (−4))/(−5 − (−3)) = −6/(−2) = 3\n", None),
        ("m = (−10 − (−4))/(−5 − (−3)) = −6/2 = −3\n", "(−10"),
        ("$m = \\frac{-9 - (-4)}{8 - 5} = \\frac{-5}{3}$\n", None),
        ("$m = \\frac{-9 - (-4)}{8 - 5} = \\frac{-55}{3}$\n", "\\frac{-9"),
    ],
)
def test_roots_of_computations_and_signed_parts(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Fuel: 962 km × 8.0 L/100 km = 76.96 L\n", None),
        ("Fuel: 962 km × 8.0 L/100 km = 77.96 L\n", "962"),
        ("Range: 65 L ÷ 5.0 L/100 km = 1,300 km\n", None),
        ("Range: 65 L ÷ 5.0 L/100 km = 1,400 km\n", "65"),
        ("Fuel: 250 km / 100 km × 8 L/100 km = 20 L\n", None),  # hundreds of kilometres times the rate
        ("Fuel: $252\\text{ km} \\times 7.4\\text{ L/100 km} \\approx 18.6\\text{ L}$\n", None),
        ("Fuel: $252\\text{ km} \\times 7.4\\text{ L/100 km} \\approx 19.6\\text{ L}$\n", "252"),
        # a percent added to an amount is a share of it added
        ("With waste: 288 + 10% = 316.8 sq ft\n", None),
        ("With waste: 288 + 10% = 318.8 sq ft\n", "288"),
        ("Sale: $80 - 25% = $60\n", None),
        ("Both: 45% + 10% = 55%\n", None),
        # a percent share of an amount is never stated a hundredfold
        ("Medicare: 1.45% × 485.63 ≈ 7.04\n", None),
        ("Medicare: 1.45% × 485.63 ≈ 704.16\n", "1.45%"),
        ("Rate: 12 ÷ 48 × 100% = 25\n", None),
        ("Interest: 5% × 3 = 15\n", None),
        ("Both: 20% + 5% = 25\n", None),
    ],
)
def test_rates_per_hundred_and_percents_of_amounts(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else ("arithmetic", text.index(wrong)))


_SLAB = 'Slab 20x12, 5" thick. +10%, round up to 1/4 yd. Yards to order?'


@pytest.mark.parametrize(
    ("problem", "text", "passes"),
    [
        (_SLAB, "3.73 cu yd × 110% ≈ 4.1 cu yd → round up to 4.25 cu yd.\n", True),
        (_SLAB, "3.73 cu yd × 110% ≈ 4.1 cu yd → round up to 4.75 cu yd.\n", False),
        ("A slab needs concrete. How many cubic yards?", "That is 4.1 cu yd → round up to 4.25 cu yd.\n", False),
    ],
)
def test_a_rounding_up_to_a_quarter_unit(problem: str, text: str, passes: bool) -> None:
    assert (verdicts("arithmetic", text, problem=problem) == {PASS}) is passes


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        ("What is the slope of the line through (3, 4) and (11, 0)?", "m = (0 - 4)/(11 - 3) = -4/8 = -0.5\n"),
        ("The point (3, k) lies on the line y = 1.2x - 6. Find k.", "k = 1.2 × 3 - 6 = -2.4\n"),
        (
            "A client weighed 70.4 kg and then 64.7 kg over 5 weeks. What was the average weekly change?",
            "64.7 - 70.4 = -5.7 kg\n-5.7 / 5 = -1.14 kg per week\n#### -1.14",
        ),
        ("The caffeine limit is 400 mg. How much room is left after 421 mg?", "400 - 421 = -21 mg\n#### -21"),
    ],
)
def test_signed_answers_of_the_plane_and_of_changes(problem: str, text: str) -> None:
    assert verdicts("unexpected_negative", text, problem=problem) == {PASS}


def test_a_count_below_zero_is_still_caught() -> None:
    problem = "Sam has 9 apples and eats 4. How many are left?"
    assert verdicts("unexpected_negative", "4 - 9 = -5\n#### -5", problem=problem) != {PASS}


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Time = 2350 / 200 = 11.75 h\nLeftover minutes: 0.75 × 60 = 45 min.\n#### 11.75", True),
        ("700 / 200 = 3.5 h\nMinutes: 0.5 × 60 = 30 min.\nSo it takes 3.5 h = 3 h 30 min.\n#### 3.5", True),
        ("58.94 + 47.48 + 48.43 + 56.69 = 211.54\n211.54 - 180 = 31.54\n#### 211.54", True),
        ("58.94 + 47.48 + 48.43 + 56.69 = 211.54\n211.54 - 200 = 11.54\n#### 211.54", False),
        ("She has 7.5 dollars and spends 0.5: 7.5 - 0.5 = 7 dollars.\n#### 7.5", False),
        ("3 × 30 = 90 minutes\n90 + 60 = 150 minutes\n#### 90", False),
        # an answer that is a fraction, said as one before it
        ("The rise is -8 - (-1) = -7.\nThe run is 4 - 2 = 2.\nThe slope is -7/2.\n\n#### -7/2", True),
    ],
)
def test_an_answer_split_into_hours_and_minutes_after_it(text: str, passes: bool) -> None:
    fmt = "gsm8k_text" if "/" in text.rsplit("####", 1)[1] else "gsm8k"
    assert (verdicts("final_answer", text, fmt=fmt) == {PASS}) is passes


def test_a_blood_pressure_reading_is_no_division() -> None:
    assert fired("A reading of 173/109 means SBP = 173 and DBP = 109.\n") is None
