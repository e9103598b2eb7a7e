"""Stop 40's held-out sets 51 (large numbers), 52 (student shorthand) and 53 (reading data): a result's noun glued to
it ("= 64bars"), "@" between a count and a price, fractions added and stated whole, one-decimal measures summed
and stated whole, clock spans written with an arrow, a computed cell under a Total row; a large number a written
computation gives (``magnitude``), a side figure after the answer and a tutor's check (``final_answer``), a Total
row as work before the answer (``answer_marker``). Correct lines pass; each wrong one fails at its result."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS, fired
from tests.unit.test_validators import verdicts


def at(text: str, marker: str) -> tuple[str, int]:
    return ("arithmetic", text.index(marker))


PICTO = "| Fruit | Stars | Pieces of fruit |\n|---|---|---|\n| Apples | 5½ stars | 5½ × 6 = 33 |\n"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("4x16=64bars\n", None),
        ("4x16=644bars\n", "4x16"),
        ("tot: 36+168=204stickers\n", None),
        ("tot: 36+168=194stickers\n", "36"),
        ("x = 0xff\n", None),  # hex in code: no glued noun
        ("6 @ $3 = $18\n", None),
        ("next 6 @ $3 = $180\n", "6 @"),
        ("16 @ $2.50ea=$40\n", None),
        ("mail me @ 5pm, 3 apples\n", None),
        ("1 1/4 + 1/2 = 1 3/4 cups\n", None),
        ("1 1/4 + 1/2 = 2 cups\n", "1 1/4"),
        ("25 / 4 = 7 buses\n", None),
        ("- Total: 3.8 + 1.2 + 5.7 + 2.4 = 13.1 cm\n", None),
        ("- Total: 3.8 + 1.2 + 5.7 + 2.4 = 13 cm\n", "3.8"),
        ("33.33 + 33.33 + 33.33 = 100\n", None),  # two decimals: rounded thirds
        ("Gap 2: 7:15 → 7:27: 12 min\n", None),
        ("Gap 2: 7:15 → 7:27: 13 min\n", "7:15"),
        ("7:15 → 7:27: the bus waits\n", None),
        (PICTO + "| Bananas | 6 stars | 6 × 6 = 36 |\n| **Total** |  | **69** |\n", None),
        (PICTO + "| Bananas | 6 stars | 6 × 6 = 36 |\n| **Total** |  | **96** |\n", "96"),
        # A review of the stop's readings found these correct lines killed by their first versions:
        ("4x25=100cents=$1\n", None),  # a glued unit goes on in another unit
        ("8:45 → 9:00 → 10:30: 1 h 45 min total\n", None),  # a chain of times, spanned from its first
        ("To the nearest whole number, 3.8 + 1.3 = 5.\n", None),  # rounding said before the sum
        ("She needs about 1 1/4 + 1/2 = 2 cups\n", None),
        ("From 9:55 a.m. to 10:30 a.m. is 35 minutes.\n", None),  # "a.m." read as a time's suffix, never past the end
    ],
)
def test_shorthand_and_data_readings(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


def test_a_large_number_a_written_computation_gives() -> None:
    """Set 51: 41,670 units × 25 machines × 30 days; the total and its later uses pass, an unshown one does not."""
    problem = "Each of 25 machines makes 41,670 units a day for 30 days. How many units in all?"
    text = "41,670 × 25 = 1,041,750 units a day.\n1,041,750 × 30 = 31,252,500 units.\nSo 31,252,500 units in all.\n"
    assert verdicts("magnitude", text, problem=problem) == {PASS}
    latex = "\\( 1{,}041{,}750 \\cdot 30 = 31{,}252{,}500 \\)\nSo the total is 31,252,500 units.\n"
    assert verdicts("magnitude", latex, problem=problem) == {PASS}
    assert verdicts("magnitude", "So there are 912,500,000 units.\n", problem=problem) != {PASS}


MILES = "He drove 180 miles on Monday and 240 miles on Tuesday. How many miles did he drive in all?"
FLOUR = "A recipe uses 3 cups of flour per batch. How many cups of flour for 5 batches?"


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (MILES, "180 + 240 = 420 miles\nReverse check: 420 − 180 = 240, matches Tuesday.\n#### 420"),
        (MILES, "180 + 240 = 420 miles\nTo verify, 420 − 180 = 240.\n#### 420"),
        (FLOUR, "3 × 5 = 15 cups\nIn quarts: 15 ÷ 4 = 3.75\n#### 15"),
        (FLOUR, "3 × 5 = 15 cups\nIn tablespoons: 15 × 16 = 240 tbsp\n#### 15"),
    ],
)
def test_checks_and_units_the_review_found(problem: str, text: str) -> None:
    """The review's correct lines: checks opened by "To verify" or "Reverse check", the answer in quarts or
    tablespoons after it when cups are asked."""
    assert verdicts("final_answer", text, problem=problem) == {PASS}


@pytest.mark.parametrize(
    ("problem", "text", "passes"),
    [
        (
            "A farm of 6,415 acres earns $8,035,608.62 and spends $3,083,818.80. Find the total profit.",
            "8035608.62-3083818.8=4951789.82\nPer acre that is 4951789.82/6415 = 771.908.\n#### 4951789.82",
            True,
        ),
        (
            "The tank needs 21,589,230 L at 8,430 L a minute. Find the number of minutes needed to fill it.",
            "21589230/8430 = 2561 minutes\nIn hours: 2561 / 60 = 42 with 41 left over.\n#### 2561",
            True,
        ),
        (  # the question asks liters: the line in liters is the last step, not a side figure
            "Grace drinks 8 glasses of 250 ml a day. How many liters does she drink in a week?",
            "8 x 250 = 2,000 ml.\n2,000 x 7 = 14,000 ml.\nIn liters that is 14,000 ÷ 1,000 = 14 liters.\n#### 14000",
            False,
        ),
        (
            "72 candies are shared among 8 children. Each gives 2 away. How many candies does each child have now?",
            "Candies per child: 72 ÷ 8 = 9\nCandies left per child: 9 - 2 = 7\n#### 9",
            False,
        ),
        (
            "The art room has 6 dozen markers. 54 are thrown away. How many markers are left?",
            "6 × 12 = 72 markers\n72 − 54 = 18 markers left\n(good - check it: 18 + 54 = 72)\n#### 18",
            True,
        ),
        (  # a check, then a side figure, both after the answer's own result (read from the latest one back)
            FLOUR,
            "3 × 5 = 15 cups\nCheck: 15 ÷ 5 = 3 ✓\nIn quarts: 15 ÷ 4 = 3.75\n#### 15",
            True,
        ),
        (  # a side figure, then a further step: the answer is an intermediate, whatever is above it
            FLOUR,
            "3 × 5 = 15 cups\nIn quarts: 15 ÷ 4 = 3.75\n15 + 2 = 17 cups\n#### 15",
            False,
        ),
        (  # the answer's result further up than the lines read back for it
            FLOUR,
            "3 × 5 = 15 cups\n" + "".join(f"In quarts: {k} ÷ 4 = {k / 4:g}\n" for k in range(4, 44, 4)) + "#### 15",
            False,
        ),
    ],
)
def test_side_figures_and_checks_after_the_answer(problem: str, text: str, passes: bool) -> None:
    assert (verdicts("final_answer", text, problem=problem) == {PASS}) == passes


def test_a_total_row_is_work_before_the_answer() -> None:
    text = "| Sport | Votes |\n|---|---|\n| Soccer | 11 |\n| Tennis | 18 |\n| **Total** | **29** |\n\n"
    text += "**Answer: 29**\n\n#### 29"
    assert verdicts("answer_marker", text) == {PASS}
