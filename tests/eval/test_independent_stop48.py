"""The solution gates on the eight sets written at stop 48 by evaluators who had not seen the gates (tests/data/
independent), in two rounds: nutrition labels and meal planning (116), ride-share and car rental fares (117),
irrigation and water bills (118), parking, tolls and transit passes (119); hair salons and spas (120), moving and
storage (121), childcare and nannies (122), print shops (123). The first round was measured once before any change
for it, on main at 148c734, the second once on the first round's fix (58a4d92); the pins below are after the stop's
one fix (set 119): a result after the answer's own that prices the same purchase without its discount ("Cost at full
price is 110*10=$1100." after "Total for 10 months is 82.5*10=$825.", then "#### 825") is a side figure, unless the
question asks for it."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    116: (660, 0.995, 0.99),
    117: (720, 0.995, 0.995),
    118: (608, 0.995, 0.995),
    119: (646, 0.995, 0.995),
    120: (612, 0.995, 0.995),
    121: (684, 0.995, 0.995),
    122: (646, 0.995, 0.995),
    123: (684, 0.995, 0.995),
}
FIRST_SIGHT = {
    116: "0 of 660 killed, 99.5% of slips and 99.4% of carried errors caught ('745 ÷ 1.72 ≈ 434 g' for 433.14)",
    117: "0 of 720 killed, 100% of slips and of carried errors caught",
    118: "0 of 608 killed, 100% of slips and of carried errors caught",
    119: "2 of 646 killed ('Cost at full price is 110*10=$1100.' after the answer's 825), 100% of slips and of "
    "carried errors caught",
    120: "0 of 612 killed, 100% of slips and of carried errors caught",
    121: "0 of 684 killed, 100% of slips and of carried errors caught",
    122: "0 of 646 killed, 100% of slips and of carried errors caught",
    123: "0 of 684 killed, 100% of slips and of carried errors caught",
}
"""Measured with ``evaluate(f"set{n}", seed=n - 1)`` before any change for the round: 116-119 on 148c734, 120-123
on 58a4d92."""
NOT_READ = """Still missed, by design: a whole count after "≈" that is the floor or the ceiling of the value ("745 ÷
1.72 ≈ 434 g" for 433.14, "855 ÷ 4.184 ≈ **205 kcal**" for 204.35), which the rounding rules allow (whole items
bought, buses needed)."""


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop48_sets(n: int) -> None:
    """Held-out at first sight (``FIRST_SIGHT``); now no correct solution killed, slips and carried errors caught at
    the pinned rates, every loop rejected in flight."""
    size, slips, carried = PINS[n]
    figures = evaluate(f"set{n}", seed=n - 1)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == size and not figures["false_kills"], figures["false_kills"]
    assert kinds["slip"]["rate"] >= slips, (FIRST_SIGHT[n], figures["missed"][:20])
    assert kinds["carry"]["rate"] >= carried, figures["missed"][:20]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]
