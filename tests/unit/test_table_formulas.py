"""Stop 40: a table column whose header says how it is computed from two other columns ("Points (Games × Points
each)", "Score × Weight", "Cost = Price × Qty", "Time in h (Distance ÷ Speed)"): each row's cell there is that
computation of the row's own cells (`validators/columns.py`). Set 46 wrote such tables and nothing else before its
answer, so `answer_marker` killed a correct solution as premature and the rows' slips went through."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS, fired
from tests.unit.test_validators import verdicts

POINTS = "| Result | Games | Points each | Points (Games × Points each) |\n|---|---|---|---|\n"
TIMES = "| Leg | Distance (miles) | Speed (mph) | Time in h (Distance ÷ Speed) |\n|---|---|---|---|\n"
ACID = "| Solution | Volume (liters) | Concentration | Pure acid (Volume × Concentration) |\n|---|---|---|---|\n"
SCORES = "| Category | Score | Weight | Score × Weight |\n|---|---|---|---|\n"
COSTS = "| Item | Price ($) | Qty | Cost = Price × Qty |\n|---|---|---|---|\n"
CHANGES = "| Team | Start | End | Change (End − Start) |\n|---|---|---|---|\n"


def at(text: str, marker: str) -> tuple[str, int]:
    return ("arithmetic", text.index(marker))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (POINTS + "| Wins | 1 | 3 | 3 |\n| Draws | 1 | 1 | 1 |\n| Losses | 3 | 0 | 0 |\n", None),
        (POINTS + "| Wins | 2 | 3 | 9 |\n| Draws | 1 | 1 | 1 |\n", "9 |"),
        (TIMES + "| 1 | 160 | 60 | 2.67 |\n| 2 | 90 | 45 | 2 |\n", None),
        (TIMES + "| 1 | 160 | 60 | 2.7 |\n", None),  # rounded at its last digit
        (TIMES + "| 1 | 160 | 60 | 2.6 |\n", "2.6 |"),
        (ACID + "| A | 10 | 30% | 3 |\n| B | 5 | 50% | 2.5 |\n", None),  # a percent is its hundredth
        (ACID + "| A | 10 | 30% | 3 |\n| B | 5 | 50% | 25 |\n", "25 |"),
        (SCORES + "| Tests | 80 | 0.5 | 40 |\n| HW | 90 | 0.5 | 45 |\n", None),
        (SCORES + "| Tests | 80 | 0.5 | 40 |\n| HW | 90 | 0.5 | 54 |\n", "54 |"),
        (COSTS + "| Pens | $1.25 | 4 | $5.00 |\n| Pads | $2.10 | 3 | $6.30 |\n", None),
        (COSTS + "| Pens | $1.25 | 4 | $5.00 |\n| Pads | $2.10 | 3 | $6.20 |\n", "6.20 |"),
        (CHANGES + "| A | 9 | 12 | 3 |\n| B | 4 | 10 | 6 |\n", None),
        (CHANGES + "| A | 12 | 9 | 3 |\n", "3 |\n"),
        # Not formulas: names that are no other column's header, operators without spaces, a cell that is no number.
        ("| Value × frequency | 3 × 4 | 12 |\n|---|---|---|\n| a | 5 | 7 |\n", None),
        ("| Games | Points-each | Points |\n|---|---|---|\n| 2 | 3 | 5 |\n", None),
        ("| Player | Rebounds | Games | RPG (Rebounds ÷ Games) |\n|---|---|---|---|\n| Cy | 50 | 3 | 16⅔ |\n", None),
    ],
)
def test_a_column_computed_by_its_header(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


def test_a_formula_table_is_work_before_the_answer() -> None:
    """Set 46's goaldiff-2-2: a points table, then the answer: not premature."""
    text = (
        "Count the wins, draws and losses first.\n\nThat's 1 win, 1 draw and 3 losses.\n\n**Points**\n\n"
        + POINTS
        + "| Wins | 1 | 3 | 3 |\n| Draws | 1 | 1 | 1 |\n| Losses | 3 | 0 | 0 |\n| **Total** |  |  | **4** |\n\n"
        "**Answer:** They earned **4** points.\n\n#### 4"
    )
    assert verdicts("answer_marker", text) == {PASS}
    assert fired(text) is None
