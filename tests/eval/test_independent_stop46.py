"""The solution gates on the four sets written at stop 46 by evaluators who had not seen the gates (tests/data/
independent), in one round: home utilities and energy (108), road trips and cars (109), sewing, knitting and crafts
(110), pets and animal care (111). The round was measured once before any change for it, on main at 9d88479's
checks plus this stop's answer-check change (same verdicts); the pins below are after the stop's fixes: a table's
result cell in bold after its sign ("| 408.7 ÷ 29 | ≈ **114.09 gallons** |", set 109) and a result after ", or
about" ("543.5 gallons ÷ 3 people, or about 181.2 gallons", set 108)."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    108: (646, 0.99, 0.99),
    109: (612, 0.99, 0.99),
    110: (684, 0.995, 0.995),
    111: (612, 0.995, 0.995),
}
FIRST_SIGHT = {
    108: "0 of 646 killed, 98.5% of slips and 98.6% of carried errors caught (', or about $9.49' after a computation)",
    109: "0 of 612 killed, 98.0% of slips and 98.5% of carried errors caught ('| 8.69 × $4.14 | ≈ **$25.98** |')",
    110: "0 of 684 killed, 99.6% of slips and 99.7% of carried errors caught",
    111: "0 of 612 killed, 100% of slips and of carried errors caught",
}
"""Measured with ``evaluate(f"set{n}")`` (seed 0) before any change for the round."""
NOT_READ = """Still missed: a count scaled by a word before a rate per the same scale ("6.57 thousand gallons ×
$12.40/thousand gallons ≈ $8.47", "9.9 hundred km * 7.3 L = 73.27 L": undecided, as "thousand" makes 6,570 of it);
a result with a rate unit after "≈" ("≈ **89.37 L/100 km**": "L/100" is read as a division, and an estimate with
an operator is not judged); "≈ 40 minutes" for 40.5 and whole results cut down ("44/5 = 8 squares", "54 ÷ 36 = 1
yard"), which the rounding rules allow by design (docs/validators.md)."""


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop46_sets(n: int) -> None:
    """Held-out at first sight (``FIRST_SIGHT``); now no correct solution killed, slips and carried errors caught at
    the pinned rates, every loop rejected in flight."""
    size, slips, carried = PINS[n]
    figures = evaluate(f"set{n}", seed=n - 1)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == size and not figures["false_kills"], figures["false_kills"]
    assert kinds["slip"]["rate"] >= slips, (FIRST_SIGHT[n], figures["missed"][:20])
    assert kinds["carry"]["rate"] >= carried, figures["missed"][:20]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]
