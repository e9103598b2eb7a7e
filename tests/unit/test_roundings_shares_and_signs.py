"""Readings sets 72-77 called for (cooking, restaurant bills, shipping, events, investing, animals; and set 71's
conversions): a number rounded again in words or across a table's cells, a result said to be rounded up or down,
a vulgar fraction taken "of" a number, a proper fraction in a product, a percent one off, an arrow that leads to a
computation, tonnes, a loss or change named in the step's heading, a negative taken on from an earlier result.
Correct lines pass; each wrong one fails, however the stream is cut."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Divide: 172 ÷ 2.54 ≈ 67.72 in ≈ 68 in\n", None),
        ("Divide: 172 ÷ 2.54 ≈ 67.72 in ≈ 69 in\n", "67.72"),
        ("So 60 in times 2.54 cm/in equals 152.4 cm, which is about 152 cm.\n", None),
        ("So 60 in times 2.54 cm/in equals 152.4 cm, which is about 142 cm.\n", "152.4"),
        ("It takes 47.3 minutes, which is about 45 minutes.\n", None),  # in words, to a five
        ("| 2 | Multiply by 2.54 | 69 × 2.54 = 175.26 cm | ≈ 175 cm |\n", None),
        ("| 2 | Multiply by 2.54 | 69 × 2.54 = 175.26 cm | ≈ 165 cm |\n", "175.26"),
        ("| Round to one decimal place | 21.0779 | ≈ 21.1 km |\n", None),
        ("| Round to one decimal place | 21.0779 | ≈ 21.0 km |\n", "21.0779"),
        ("• Convert feet to metres: 10 × 0.3048 = 3.048 m ≈ 3.05 m\n", None),
        ("• Convert feet to metres: 10 × 0.3048 = 3.048 m ≈ 13.05 m\n", "3.048"),
        ("Round to a whole number: 26.67 cm ~= 27 cm\n", None),
        ("Round to a whole number: 26.67 cm ~= 26 cm\n", "26.67"),  # "~=" is no "=": a rounding, not a cut
        ("**Round to one decimal place:** 4.56 ≈ 4.6 cm\n", None),
        ("**Round to one decimal place:** 4.56 ≈ 3.6 cm\n", "4.56"),
        ("Round to one decimal place:\n\\[ 39.878 \\approx 39.9\\text{ cm} \\]\n", None),
        ("Round to one decimal place:\n\\[ 39.878 \\approx 29.9\\text{ cm} \\]\n", "39.878"),
        ("Multiply: 45 mph × 1.609 km/mi = 72.405 km/h ≈ 72 km/h\n", None),
        ("Multiply: 45 mph × 1.609 km/mi = 72.405 km/h ≈ 73 km/h\n", "72.405"),
        ("Per litre: €7.1537 ≈ €7.15\n", None),
        ("Per litre: €7.1537 ≈ €7.16\n", "7.1537"),
        ("Add 32: 22.5 + 32 = 54.5°F ≈ 55°F\n", None),
        ("Add 32: 22.5 + 32 = 54.5°F ≈ 65°F\n", "54.5"),
        ("Convert: 21.5 ÷ 2.54 ≈ 8.465 in ≈ 8.47 in\n", None),  # the rounded number rounded again
        ("A coffee at $3.25 is about $3.00.\n", None),  # to the dollar, its cents kept
        ("In hours and minutes: 45 ÷ 8 = 5.625 h ≈ 5 h 38 min.\n", None),  # a quantity in two units
        ("\\[ C = 0.22 \\times \\$0.12 = \\$0.0264 \\approx \\$0.03 \\]\n", None),
        ("\\[ C = 0.22 \\times \\$0.12 = \\$0.0264 \\approx \\$0.04 \\]\n", "0.0264"),
        (
            "Turnout: \\( \\frac{23{,}166}{51{,}830} \\times 100 \\approx 44.7\\% \\) (rounded to one decimal place)\n",
            None,
        ),
        ("2. Relative change: 6 / 22 x 100 ≈ 27.3% (rounded to one decimal place)\n", None),
        ("\\(7{,}872{,}384 \\approx 7.87\\text{ million}\\)\n", None),  # a scale, not a unit
        ("It takes \\(120\\text{ minutes} = 2\\text{ h}\\).\n", None),  # a conversion
    ],
)
def test_a_number_rounded_again(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("**Exact share:** $146.38 ÷ 4 ≈ $37 (rounded up)\n", None),
        ("**Exact share:** $146.38 ÷ 4 ≈ $37.00 (rounded up)\n", None),
        ("**Exact share:** $146.38 ÷ 4 ≈ $36.59 (rounded down)\n", None),
        ("**Exact share:** $146.38 ÷ 4 ≈ $36 (rounded up)\n", "146.38"),
        ("| Per person | $40.19 ÷ 2 | $20.10 (rounded up) |\n", None),
        ("| Per person | $40.19 ÷ 2 | $21.10 (rounded up) |\n", "40.19"),
        ("| Per person | $40.19 ÷ 2 | $20.10 (rounded down) |\n", "40.19"),
        # the note belongs to the next cell, which rounds the result again
        ("| Pallets needed | 609 ÷ 48 = 12.6875, rounded up | 13 pallets |\n", None),
        ("| Shifts needed | 13,350 / 360 ≈ 37.08, rounded up | 38 shifts |\n", None),
        ("Divide: 2,208 kg divided by 1,500 kg = 1.472, and rounding up gives 2 trips!\n", None),
        ("Divide: 2,208 kg divided by 1,500 kg = 1.472, and rounding up gives 3 trips!\n", "3 trips"),
    ],
)
def test_a_result_rounded_up_or_down(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Given away: ⅓ of 72 = 24 brownies\n", None),
        ("Given away: ⅓ of 72 = 25 brownies\n", "⅓"),
        ("So ½ of 24 = 21 donut holes\n", "½"),
        ("3. **Brown sugar** — 3/4 cup · 2.5 = 1 7/8 cups\n", None),
        ("3. **Brown sugar** — 3/4 cup · 2.5 = 2 cups\n", "3/4"),  # a proper fraction is a number, no quotient
        ("A bus takes 4: 25/4 = 7 buses\n", None),  # an improper one is
        ("Hydration: (448 ÷ 800) × 100 = 56%\n", None),
        ("Hydration: (448 ÷ 800) × 100 = 55%\n", "(448"),  # 55% is 55.00000000000001: still not 56
        ("Next, divide by 1/2 cup per stick → 3 cups ÷ 1/2 cup = 6 sticks\n", None),
        ("Next, divide by 1/2 cup per stick → 3 cups ÷ 1/2 cup = 7 sticks\n", "3 cups"),
        ("Then, 2.8 kilowatt-hours times $0.21 works out to $0.59.\n", None),
        ("Then, 2.8 kilowatt-hours times $0.21 works out to $5.88.\n", "2.8"),
        ("Then, 7.2 kilowatt-hours times $0.21 works out to roughly $1.15.\n", "7.2"),
        ("Then, 130 watts plus 30 watts works out to 160 watts.\n", None),
        ("Then, 130 watts plus 30 watts works out to 170 watts.\n", "130"),
        ("2. Border width on one side: 2 1/4 in + 3 1/4 in = 5 1/2 in\n", None),
        ("2. Border width on one side: 2 1/4 in + 3 1/4 in = 5 in\n", "2 1/4"),
        ("| 3 | Total strip width | 4 × 9 1/8 | 36 1/2 in |\n", None),
        ("| 3 | Total strip width | 4 × 9 1/8 | 37 1/2 in |\n", "4 ×"),
        ("Then the tip: 18% of $130.97 comes to about $23.57.\n", None),
        ("Then the tip: 18% of $130.97 comes to about $223.57.\n", "18%"),
        ("- Tonne-kilometres: 14.25 t x 315 km = 4,488.75 tkm\n", None),
        ("- Tonne-kilometres: 14.25 t x 315 km = 44,887.50 tkm\n", "14.25"),
        ("The net after prizes is 251 - 260 = -$<<251-260=-9>>9.\n", None),  # the sign before the annotation
        ("The net after prizes is 251 - 260 = -$<<251-260=-9>>8.\n", "251"),
    ],
)
def test_fractions_percents_arrows_and_tonnes(text: str, wrong: str | None) -> None:
    assert verdicts("arithmetic", text) == ({PASS} if wrong is None else {("arithmetic", text.index(wrong))})


_WAREHOUSE = "A warehouse had 1,943 units. It received 675 units and shipped out 1,035. How many are left?"
_SHARES = "Position: 100 shares bought at $142.47, now $131.07. What is the price gain per share?"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("**Net change**\n$$\n675 - 1{,}035 = -360\\ \\text{units}\n$$\n\n**Closing stock**\n", _WAREHOUSE),
        ("### Step 3: Net change\n\n675 units − 1,035 units = −360 units\n\nSo the stock fell.\n", _WAREHOUSE),
        ("### Step 2\nChange in price:\n$131.07 − $142.47 = −$11.40\n\nNext.\n", _SHARES),
        ("3. **Price gain or loss** — 100 · (−$11.40) = −$1,140.00\n4. Done.\n", _SHARES),
        ("The loss is $1,140.00 - $1,354.00 = −$214.00 in all.\nThen −$214.00 ÷ 100 = −$2.14 per share.\n", _SHARES),
        ("dp = 131.07 - 142.47 = -11.40\n", "What's the total return on 100 shares bought at $142.47, now $131.07?"),
        ("First, 12 L/min − 18 L/min = −6 L/min, so that's the net rate.\n", "In at 12 L/min, out at 18 L/min."),
        ("d = 32.9% - 35.1% = -2.2 points\n", "How did the share change, in percentage points?"),
    ],
)
def test_a_negative_its_step_names_or_took_on(text: str, problem: str) -> None:
    assert verdicts("unexpected_negative", text, problem=problem) == {PASS}


def test_a_negative_count_still_fails() -> None:
    text = "**Apples left**\n$$\n5 - 8 = -3\\ \\text{apples}\n$$\n\nSo he has that many.\n"
    assert verdicts("unexpected_negative", text, problem="Tom has 5 apples and eats 8. How many are left?") != {PASS}


def test_a_check_opened_with_as_a_check_is_no_last_result() -> None:
    text = "The profit: $979 minus $1,561 = -$582.\n\nAs a check, -$582 plus $1,561 = $979, which matches.\n\n#### -582"
    assert verdicts("final_answer", text, problem="Sold 89 tickets at $11; costs $1,561. Give a loss as negative.") == {
        PASS
    }
