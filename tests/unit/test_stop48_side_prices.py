"""A result after the answer's own that only prices the same purchase without its discount, for comparison (set 119,
GSM8K style: "Total for 10 months is 82.5*10=$825." then "Cost at full price is 110*10=$1100." and "#### 825"): a
side figure, as a rate or another unit is, unless the question asks for it (then it is the last step)."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts

PASS_PROBLEM = (
    "Andre qualifies for a 25% reduced-fare discount on the $110 monthly transit pass. What will 10 months of "
    "discounted passes cost him?"
)
STEPS = "Discounted pass price is 110*(1-0.25)=$82.5.\nTotal for 10 months is 82.5*10=$825.\n"


@pytest.mark.parametrize(
    ("problem", "text", "passes"),
    [
        (PASS_PROBLEM, STEPS + "Cost at full price is 110*10=$1100.\n#### 825", True),
        (PASS_PROBLEM, STEPS + "At the regular price it would be 110 × 10 = $1,100.\n#### 825", True),
        (PASS_PROBLEM, STEPS + "Without the discount: 110 × 10 = $1,100.\n#### 825", True),
        (PASS_PROBLEM, STEPS + "For comparison, 110 × 10 = $1,100.\n#### 825", True),
        (PASS_PROBLEM, STEPS + "Original price for 10 months: 110 × 10 = 1100\n#### 825", True),
        # the answer is not the result before the side figure: still wrong
        (PASS_PROBLEM, STEPS + "Cost at full price is 110*10=$1100.\n#### 800", False),
        # a further step after the answer's result is not a side figure
        (PASS_PROBLEM, STEPS + "Plus a $5 card fee: 825 + 5 = $830.\n#### 825", False),
        # a review's findings: a price line that computes on from the answer is a further step
        (
            "Hats are 10% off and Ben buys 4 hats at $10 and 4 shirts at the regular $10 price. How much does he "
            "spend?",
            "Hats cost 4*10*0.9 = $36.\nAdding the 4 shirts at regular price, the total is 36 + 4*10 = $76.\n#### 36",
            False,
        ),
        (
            "A book costs $48; a $5 coupon applies and shipping is $7. How much does she pay?",
            "With the coupon: 48 - 5 = $43.\nWithout a coupon, adding shipping: 48 + 7 = $55; with it 43 + 7 = $50."
            "\n#### 43",
            False,
        ),
        (
            PASS_PROBLEM.replace("What will", "Before the discount, what would"),
            STEPS + "Without the discount: 110*10=$1100.\n#### 825",
            False,
        ),  # fmt: skip
        # the question asks for the full price: the line computing it is the last step
        (
            "A monthly pass costs $110; Andre gets 25% off. What would 10 months cost him at full price?",
            STEPS + "Cost at full price is 110*10=$1100.\n#### 825",
            False,
        ),
        # ... or what is saved, which the full price is a step to ("#### 825" stopped one step short)
        (
            "A monthly pass costs $110; Andre gets 25% off. How much does he save over 10 months?",
            STEPS + "Cost at full price is 110*10=$1100.\n#### 825",
            False,
        ),
        (
            "A monthly pass costs $110; Andre gets 25% off. What are his savings over 10 months?",
            STEPS + "At the regular price it would be 110 × 10 = $1,100.\n#### 825",
            False,
        ),
    ],
)
def test_a_price_without_the_discount_after_the_answer(problem: str, text: str, passes: bool) -> None:
    assert (verdicts("final_answer", text, problem=problem) == {PASS}) == passes
