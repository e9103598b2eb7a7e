"""Quantities that look like computations: a fraction of a unit said in another unit ("3/4 hour = 45
minutes") is a conversion to judge, not a division; a table cell holding a fraction of a unit ("| 3/4 cup | 3 |")
or a range ("| 5-7 | 12 |") is followed by another column, not its result; gallons and quarts, or a clock time
and hours ("9 am + 5 hours = 2 pm"), are added only through a conversion. Correct lines pass; each wrong
conversion fails at its start, however the stream is cut."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import fired
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("3/4 hour = 45 minutes.\n", None),
        ("3/4 hour = 40 minutes.\n", "3/4"),
        ("1/2 cup = 8 tbsp, so 3 cups = 48 tbsp.\n", None),
        ("1/2 cup = 6 tbsp, so 3 cups = 36 tbsp.\n", "1/2"),
        ("1/4 mile = 440 yards.\n", None),
        ("1/4 mile = 400 yards.\n", "1/4"),
        ("Then 3/4 hour = 45 minutes, so 45 + 30 = 75 minutes.\n", None),
        ("Then 3/4 hour = 45 minutes, so 45 + 30 = 85 minutes.\n", "45 + 30"),
        # an improper fraction divides, loosely written; the same unit on both sides is a computation
        ("150/60 minutes = 2.5 hours\n", None),
        ("90/60 hours = 1.5 hours\n", None),
        ("90/60 hours = 1.6 hours\n", "90/60"),
        ("150/60 minutes = 3.5 hours\n", "150/60"),
        # an improper fraction of a unit said in another unit: either reading may hold, a fault holds neither
        ("It takes 5/4 hour = 75 minutes.\n", None),
        ("It takes 5/4 hour = 85 minutes.\n", "5/4"),
        ("Use 3/2 cups = 24 tbsp.\n", None),
        ("Use 3/2 cups = 20 tbsp.\n", "3/2"),
    ],
)
def test_a_fraction_of_a_unit_in_another_unit(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else ("arithmetic", text.index(wrong)))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("| Ingredient | Amount | Servings |\n|---|---|---|\n| Flour | 3/4 cup | 3 |\n| Sugar | 1/2 cup | 2 |\n", None),
        ("| Age group | Count |\n|---|---|\n| 5-7 | 12 |\n| 8-10 | 15 |\nTotal: 12 + 15 = 27\n", None),
        ("| Age group | Count |\n|---|---|\n| 5-7 | 12 |\n| 8-10 | 15 |\nTotal: 12 + 15 = 28\n", "12 + 15"),
        # a computation in a cell still states its result in the next one
        ("| Item | Work | Result |\n|---|---|---|\n| A | 12-3 | 8 |\n", "12-3"),
        ("| Item | Work | Result |\n|---|---|---|\n| A | 3/4 × 8 | 5 |\n", "3/4"),
    ],
)
def test_a_quantity_in_a_table_cell(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else ("arithmetic", text.index(wrong)))


@pytest.mark.parametrize(
    "text",
    [
        "1 gal − 3 qt = 1 qt, so she has 1 quart left.\n",
        "2 qt + 3 pt = 7 pt\n",
        "9 am + 5 hours = 2 pm, so she finishes at 2 pm.\n",
        "11 AM + 3 hours = 2 PM\n",
    ],
)
def test_sums_across_units_are_left_to_a_conversion(text: str) -> None:
    assert fired(text) is None


def test_sums_in_one_unit_are_still_judged() -> None:
    text = "2 gal + 3 gal = 6 gal\n"
    assert fired(text) == ("arithmetic", 0)


def test_a_word_with_an_x_makes_no_sum_a_product() -> None:
    """One-decimal operands of a sum are measured amounts, not roundings, whatever unit word follows them."""
    text = "3.8 + 1.2 + 5.7 boxes = 11 boxes\n"
    assert fired(text) == ("arithmetic", 0)
    assert fired("0.3 x 47 = 14 pens\n") is None  # a product of a rounded 0.3


def test_a_spaced_difference_in_a_cell_is_a_computation() -> None:
    """Only an unspaced "5-7" is a range: "| Down | 110 - 175 | -56 m |" is a subtraction stated wrong."""
    text = "| Step | Calculation | Result |\n|---|---|---|\n| Down | 110 - 175 | -56 m |\n"
    assert verdicts("arithmetic", text, problem="A cave is 110 m above sea level.") == {
        ("arithmetic", text.index("110 - 175"))
    }


def test_years_times_twelve_is_a_conversion_written_out() -> None:
    text = "Right now the sister is 3 years * 12 months per year + 9 = 35 months.\n"
    assert fired(text) == ("arithmetic", text.index("3 years"))
