"""The solution gates on the two sets written at stop 47 by evaluators who had not seen the gates (tests/data/
independent), in two rounds: manufacturing and warehouse operations (112), restaurant kitchens and catering (113);
home renovation and construction (114), online retail (115). The first round was measured once before any change
for it, on main at 3970921, the second once on the first round's fixes (ce194b6); the pins below are after the
stop's fixes (set 112): a table's result cell whose rounding is worded after its arrow ("| 5,320 ÷ 18 | ≈ 295.56 → round
down to 295 full cases |"), and a LaTeX fraction whose numerator is a product of numbers grouped in thousands
("\\frac{600{,}000 \\times 500}{1{,}000{,}000} = 300")."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    112: (680, 0.995, 0.995),
    113: (646, 0.995, 0.995),
    114: (680, 0.995, 0.995),
    115: (640, 0.995, 0.99),
}
FIRST_SIGHT = {
    112: "0 of 680 killed, 99.6% of slips and 99.4% of carried errors caught ('≈ 259.56 → round down to 259', "
    "'\\frac{600{,}000 \\times 500}{1{,}000{,}000} = 30')",
    113: "0 of 646 killed, 100% of slips and of carried errors caught",
    114: "0 of 680 killed, 99.9% of slips and 100% of carried errors caught ('4/12 is about 10.33 ft')",
    115: "0 of 640 killed, 99.7% of slips and 99.4% of carried errors caught ('8% of 130 ≈ 11 units')",
}
"""Measured with ``evaluate(f"set{n}")`` (seed 0) before any change for the round."""
NOT_READ = """Still missed, by design: a whole count after "≈" that is the floor or the ceiling of the value ("8% of
130 ≈ 11 units" for 10.4, "1,197 × 5% ≈ **59 orders**" for 59.85), which the rounding rules allow (buses needed,
whole items); a fraction then "is about" ("4/12 is about 10.33 ft"), undecided: "1/4 is 3 slices" names a share."""


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop47_sets(n: int) -> None:
    """Held-out at first sight (``FIRST_SIGHT``); now no correct solution killed, slips and carried errors caught at
    the pinned rates, every loop rejected in flight."""
    size, slips, carried = PINS[n]
    figures = evaluate(f"set{n}", seed=n - 1)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == size and not figures["false_kills"], figures["false_kills"]
    assert kinds["slip"]["rate"] >= slips, (FIRST_SIGHT[n], figures["missed"][:20])
    assert kinds["carry"]["rate"] >= carried, figures["missed"][:20]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]
