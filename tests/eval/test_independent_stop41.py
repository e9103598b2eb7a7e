"""The solution gates on the six sets written at stop 41 by evaluators who had not seen the gates (tests/data/
independent): work, jobs and pipes filling and draining (54), counting (55), text that went through a web page (56),
graders reviewing a student's work (57), algebra word problems solved with equations (58), growth, decay, powers and
roots (59). Each was measured once on cb04f94 before any change for it (docs/validators.md, stop 41, gives those
figures); the pins below are after the stop's fixes."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    54: (788, 0.955, 0.955),
    55: (616, 0.99, 0.985),
    56: (640, 0.98, 0.995),
    57: (704, 0.995, 0.995),
    58: (704, 0.995, 0.995),
    59: (648, 0.975, 0.965),
}
KNOWN_KILLS = {
    54: {"two_together-4-1", "pay_share-3-3", "pay_share-4-3"},
    55: {"dice_sums-5-1"},
    58: {"consecutive-5-2"},
}
"""Answers that are not the last result, with nothing in the text to say so: a check marked only by a ✓ after its
sentence at the end of the line ("3/4+1/4=1 whole job. ✓", which reads like a last step marked right), the other
person's share after the one asked for ("The other person gets 1x$90=$90"), a count asked for before its
probability ("#### 15" after "15/36 ≈ 0.417"), the smallest of three integers after the other two."""
FIRST_SIGHT = {
    54: "23 of 788 killed (a drain's rate '−1/12 per hour' read as a count gone below zero: 19), 96.2% of slips "
    "caught (4 of them only by those negatives; quotients stated whole in hours, '1 ÷ (5/18) = 3 hours', are not "
    "read)",
    55: "22 of 616 killed (counting's products over magnitude's cap: 21), 97.4% of slips caught ('C(4, 1) = 5', "
    "'LCM(8, 12) = 42' not read)",
    56: "23 of 640 killed (mostly digits grouped by '&nbsp;' or '&amp;#44;' read as two numbers), 75.5% of slips "
    "caught (HTML entities, look-alike signs, tabs between cells not read)",
    57: "392 of 704 killed (the student's wrong step quoted to correct it), 100% of slips caught",
    58: "25 of 704 killed (negative coefficients on the way to a solution, tables of the givens with a Total row), "
    "100% of slips caught",
    59: "12 of 648 killed, 88.1% of slips caught (code's '**', 'squared', roots, chains of doublings, growth tables "
    "not read)",
}


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop41_sets(n: int) -> None:
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
