"""The solution gates on the eighteen sets written at stop 43 by evaluators who had not seen the gates (tests/data/
independent), in three rounds of six: cooking (72), restaurant bills (73), shipping (74), events and fundraising
(75), investing (76), animals (77); weather (78), crafts (79), electricity (80), water and pools (81), elections
(82), publishing (83); sports statistics (84), owning a car (85), real estate (86), games and streaming (87),
environment (88), public transit (89). Each round was measured once before any change for it, on main at the
stop's start for the first and on the previous rounds' fixes for the others (docs/validators.md, stop 43, gives
those figures); the pins below are after the stop's fixes."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    72: (648, 0.98, 0.985),
    73: (640, 0.99, 0.99),
    74: (704, 0.99, 0.99),
    75: (672, 0.995, 0.995),
    76: (672, 0.995, 0.995),
    77: (648, 0.995, 0.995),
    78: (680, 0.985, 0.99),
    79: (696, 0.985, 0.99),
    80: (680, 0.985, 0.975),
    81: (704, 0.985, 0.99),
    82: (720, 0.995, 0.995),
    83: (640, 0.995, 0.995),
    84: (704, 0.99, 0.99),
    85: (640, 0.98, 0.99),
    86: (704, 0.995, 0.995),
    87: (640, 0.995, 0.995),
    88: (704, 0.99, 0.995),
    89: (648, 0.98, 0.98),
}
KNOWN_KILLS = {
    74: {"stock-4-1", "stock-7-1"},
    80: {"breaker-1-0", "breaker-1-1", "breaker-1-2", "breaker-1-3", "breaker-3-0", "breaker-3-1", "breaker-3-3"},
    86: {"ppsf_compare-6-0-6", "ppsf_compare-7-2-7", "ppsf_compare-7-3-7", "lot_acres-7-2-15", "income_req-3-3-155"},
}
"""A warehouse's stock below zero ("Stock at end of Friday | 168 + 30 − 210 | −12 units"), a breaker's headroom
below zero ("20 amps minus 20.42 amps gives us −0.42 amps", explained in the next sentence), and a difference in
price per square foot taken the other way ("By how many dollars per square foot does the second differ from the
first?"): nothing before the negative says it may be one, and waiting for the next sentence delays every negative's
verdict (stop 42 withdrew that reading). And two unmarked checks after the answer ("0.64 * 43,560 = 27,878.4 square
feet", then "#### 0.64"): reading a last line that starts from the answer as a check excused wrong answers in set 1
("$100 ÷ 5 = $20" then "#### 100"), so it was withdrawn."""
FIRST_SIGHT = {
    72: "3 of 648 killed (an arrow leading to a computation: '1/2 cup per stick → 3 cups ÷ 1/2 cup = 6'), 97.7% of "
    "slips caught ('⅓ of 72', a proper fraction in a product, '56 = 55%')",
    73: "0 of 640 killed, 95.5% of slips caught ('comes to about', results said rounded up or down)",
    74: "8 of 704 killed (net changes below zero under their step's heading), 98.6% of slips caught (tonnes)",
    75: "2 of 672 killed (a sign before an annotation, 'As a check,'), 100% of slips caught",
    76: "8 of 672 killed (price changes and losses below zero, a negative taken on), 100% of slips caught",
    77: "0 of 648 killed, 100% of slips caught",
    78: "0 of 680 killed, 98.8% of slips caught",
    79: "0 of 696 killed, 98.0% of slips caught (mixed numbers in table cells, fractions added with units)",
    80: "25 of 680 killed ('5.625 h ≈ 5 h 38 min', a breaker's headroom below zero), 94.9% of slips caught "
    "('works out to')",
    81: "1 of 704 killed (a net rate below zero), 98.7% of slips caught",
    82: "4 of 720 killed ('× 100 ≈ 44.7%' read as a rounding of 100, a change in percentage points), 98.6%",
    83: "0 of 640 killed, 99.7% of slips caught",
    84: "0 of 704 killed, 99.2% of slips caught",
    85: "0 of 640 killed, 98.4% of slips caught",
    86: "12 of 704 killed ('(or less)', 'sq. ft.', a check working back from the answer), 98.3% of slips caught",
    87: "0 of 640 killed, 99.7% of slips caught",
    88: "4 of 704 killed (deposits in cents, '10\\text{¢}'), 95.3% of slips caught",
    89: "3 of 648 killed (a span past noon on a 12-hour clock: '1:47 - 12:25 = 82 minutes'), 98.2% of slips",
}


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop43_sets(n: int) -> None:
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
