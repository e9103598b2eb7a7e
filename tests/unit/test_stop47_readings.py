"""Computations the stop 47 held-out sets wrote that the arithmetic check did not read (tests/data/independent,
sets 112-113): a table's result cell whose rounding is worded after its arrow (set 112: "| 5,320 ÷ 18 | ≈ 295.56 →
round down to 295 full cases |"), and a LaTeX fraction whose numerator is a product of numbers grouped in thousands
(set 112: "\\frac{600{,}000 \\times 500}{1{,}000{,}000} = 300")."""

from __future__ import annotations

import pytest

from mcrgen.validators.latexvalue import simple_value
from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts

HEAD = "| Quantity | Calculation | Result |\n|---|---|---|\n"


@pytest.mark.parametrize(
    ("line", "right"),
    [
        ("| Full cases | 5,320 ÷ 18 | ≈ 259.56 → round down to 259 full cases |", False),
        ("| Full cases | 5,320 ÷ 18 | ≈ 295.56 → round down to 295 full cases |", True),
        ("| Parts per machine | 25,200 / 32 | 797.5 → round down to 797 parts |", False),
        ("| Parts per machine | 25,200 / 32 | 787.5 → round down to 787 parts |", True),
        ("| Boxes | 17,205 ÷ 8 | ≈ 21,506.3 → rounded up to 21,507 boxes |", False),
        ("| Boxes | 17,205 ÷ 8 | ≈ 2,150.63 → rounded up to 2,151 boxes |", True),
        ("| Boxes | 17,205 ÷ 8 | ≈ 2,350.63 → round up |", True),  # no number after the words: not a result cell
    ],
)
def test_a_result_cell_with_a_worded_rounding_after_its_arrow(line: str, right: bool) -> None:
    seen = verdicts("arithmetic", HEAD + line + "\n\n#### 5")
    assert len(seen) == 1 and (seen == {PASS}) == right, seen  # every chunking agrees


@pytest.mark.parametrize(
    ("line", "right"),
    [
        ("Defects allowed: \\( \\frac{600{,}000 \\times 500}{1{,}000{,}000} = 30 \\) defects", False),
        ("Defects allowed: \\( \\frac{600{,}000 \\times 500}{1{,}000{,}000} = 300 \\) defects", True),
        ("Defects allowed: \\( \\frac{220{,}000 \\times 200}{1{,}000{,}000} = 54 \\) defects", False),
        ("Defects allowed: \\( \\frac{220{,}000 \\times 200}{1{,}000{,}000} = 44 \\) defects", True),
        ("Cost: \\( \\frac{1{,}250 + 2{,}750}{4} = \\$1{,}100 \\)", False),
        ("Cost: \\( \\frac{1{,}250 + 2{,}750}{4} = \\$1{,}000 \\)", True),
    ],
)
def test_a_fraction_of_grouped_numbers_with_an_operator(line: str, right: bool) -> None:
    seen = verdicts("arithmetic", line + "\n\n#### 5")
    assert len(seen) == 1 and (seen == {PASS}) == right, seen  # every chunking agrees


@pytest.mark.parametrize(
    ("part", "value"),
    [
        ("600,000\\times500", 300_000_000.0),
        ("1,250+2,750", 4000.0),
        ("-1,250", -1250.0),
        ("1,2", None),  # a pair or a decimal comma: no value
        ("12,34\\times5", None),
        ("1,0000", None),
        ("2,5\\times4", None),
    ],
)
def test_a_fraction_part_may_group_thousands_in_every_number(part: str, value: float | None) -> None:
    assert simple_value(part) == value
