"""The solution gates on the twelve sets written at stop 42 by evaluators who had not seen the gates (tests/data/
independent), in two rounds: payroll (60), travel (61), health (62), coordinate geometry (63), games and sports (64),
home improvement (65); utility bills (66), farming (67), loans (68), small business (69), computers and data (70),
metric and imperial conversions (71). Each was measured once on 2d86c8b before any change for it
(docs/validators.md, stop 42, gives those figures); the pins below are after the stop's fixes."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    60: (624, 0.99, 0.99),
    61: (656, 0.96, 0.965),
    62: (800, 0.985, 0.99),
    63: (628, 0.97, 0.94),
    64: (784, 0.99, 0.995),
    65: (752, 0.975, 0.99),
    66: (720, 0.95, 0.955),
    67: (800, 0.975, 0.98),
    68: (608, 0.99, 0.99),
    69: (704, 0.995, 0.995),
    70: (676, 0.995, 0.995),
    71: (672, 0.95, 0.965),
}
KNOWN_KILLS = {
    67: {"garden_profit_percent-2-3", "garden_profit_percent-3-0"},
    69: {"monthly-profit-1-4", "monthly-profit-3-4", "monthly-profit-4-4"},
    70: {f"update_short-{i}-{j}" for i in range(1, 5) for j in range(1, 5)},
}
"""A profit below zero, a loss the problem does not name ("What was the profit for the month?" with costs above the
revenue): "profit" does not allow negatives, because the embedded model's wrong "20 - 144 = -124" profit (GSM8K
1241) is caught only by that gate (set 34's bakeries are the same case). Set 70's storage shortfalls ("= -6.8
GB", then "A negative result means you're 6.8 GB short."): the explanation comes in the next sentence, and waiting
for it moved every negative's verdict to that sentence's end (GSM8K 1241's "-124" was caught only at the end)."""
FIRST_SIGHT = {
    60: "0 of 624 killed, 97.8% of slips caught (a percent's share stated a hundredfold passed)",
    61: "70 of 656 killed (fuel per 100 km read as a product), 97.3% of slips caught",
    62: "22 of 800 killed (weekly weight changes below zero, blood pressure '173/109 means'), 99.0% of slips",
    63: "48 of 628 killed (signed coordinates and slopes), 94.6% of slips and 84.6% of carried errors caught "
    "(roots of a computation, pairs, a streaming resume point past open parentheses)",
    64: "1 of 784 killed, 93.5% of slips caught (times with colons added and scaled not read)",
    65: "22 of 752 killed ('288 + 10% = 316.8', rounding up to a quarter yard), 98.0% of slips caught",
    66: "0 of 720 killed, 86.8% of slips caught (a bill's aligned columns not read)",
    67: "14 of 800 killed (acres in square feet over magnitude's cap, a fertilizer grade), 97.3% of slips caught",
    68: "0 of 608 killed, 99.3% of slips caught",
    69: "7 of 704 killed (losses, a remainder read as what is rounded), 100% of slips caught, 5 loops of a boxed "
    "answer accepted",
    70: "32 of 676 killed ('1 GiB = 1,024 × 1,024 × 1,024', shortfalls explained in the next sentence), 99.9%",
    71: "19 of 672 killed (roundings said with their unit), 69.2% of slips caught",
}


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop42_sets(n: int) -> None:
    """Held-out at first sight (``FIRST_SIGHT``); now no correct solution killed but the known ones, slips and
    carried errors caught at the pinned rates, every loop rejected in flight."""
    size, slips, carried = PINS[n]
    figures = evaluate(f"set{n}", seed=n - 1)
    kinds = figures["kinds"]
    killed = {pid for _, pid, _, _ in figures["false_kills"]}
    assert kinds["correct"]["n"] == size and killed <= KNOWN_KILLS.get(n, set()), figures["false_kills"]
    assert kinds["slip"]["rate"] >= slips, (FIRST_SIGHT[n], figures["missed"][:20])
    assert kinds["carry"]["rate"] >= carried, figures["missed"][:20]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]
