"""The solution gates on the six sets written at stop 40 by evaluators who had not seen the gates (tests/data/
independent): compound and mixed units (48), ledgers and running balances (49), answers written by reasoning models
that think aloud (50), GSM-Hard-style large numbers (51), student shorthand (52), reading data from tables and
charts (53). Each was measured once before any change for it (48 and 49 on 228fdc6, 50 with set 49's fix of
negatives, 52 after sets 48 and 49's fixes, 51 after set 52's, 53 after set 51's magnitude fix; docs/validators.md,
stop 40, gives those figures); the pins below are after the stop's fixes."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    48: (652, 0.975, 0.98),
    49: (640, 0.995, 0.995),
    50: (704, 0.995, 0.995),
    51: (640, 0.96, 0.98),
    52: (664, 0.97, 0.965),
    53: (640, 0.975, 0.97),
}
KNOWN_KILLS = {
    51: {
        "savings_months-3-2",
        "farm_profit-5-3",
        "freight_trains-5-4",
        "supplies_shortfall-1-4",
        "supplies_shortfall-4-4",
    }
}
"""Set 51: a side figure after the answer whose word the question holds too ("173 months" then "$174.5 more than
needed"; "per acre" asked about "per bushel"; "each day"), which ``final_answer`` cannot tell from a step past an
intermediate answer; and two problems whose gold answer is negative ("how much more money is needed" when there is
a surplus: "#### -392987.59"), with no word in the problem that allows a negative."""
FIRST_SIGHT = {
    48: "28 of 652 killed (a unit's definition '(since 1 hour = 60 minutes)' or the result said again in two units "
    "'340 minutes = 5 hours 40 minutes' taken for the last result), 91.7% of slips caught (regroupings "
    "'118 seconds = 1 minute 48 seconds' not read)",
    49: "30 of 640 killed (a signed operand '90 + (-65) = 25' or a cell under '| Change |' read as a count gone "
    "below zero), 99.8% caught, 98.4% of carried errors (running balances not read)",
    50: "0 of 704 killed, 99.9% of slips and 99.9% of carried errors caught",
    51: "49 of 640 killed (products of the problem's large numbers over magnitude's cap: 36; side figures after the "
    "answer: 11; negative gold answers: 2), 96.6% of slips caught",
    52: "2 of 664 killed (a tutor's '(good - check it: 18 + 54 = 72)' taken for the last result), 91.4% of slips "
    "caught (results with their noun glued on, '4x16=644bars'; '6 @ $3 = $180')",
    53: "3 of 640 killed (a table with a **Total** row and nothing else before the answer), 95.6% of slips caught "
    "(computed cells under a Total row, spans written '7:15 → 7:27: 12 min')",
}


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop40_sets(n: int) -> None:
    """Held-out at first sight (``FIRST_SIGHT``); now no correct solution killed, slips and carried errors caught
    at the pinned rates, every loop rejected in flight."""
    size, slips, carried = PINS[n]
    figures = evaluate(f"set{n}", seed=n - 1)
    kinds = figures["kinds"]
    killed = {pid for _, pid, _, _ in figures["false_kills"]}
    assert kinds["correct"]["n"] == size and killed <= KNOWN_KILLS.get(n, set()), figures["false_kills"]
    assert kinds["slip"]["rate"] >= slips, (FIRST_SIGHT[n], figures["missed"][:20])
    assert kinds["carry"]["rate"] >= carried, figures["missed"][:20]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]
