"""The solution gates on the eighteen sets written at stop 44 by evaluators who had not seen the gates (tests/data/
independent), in three rounds of six: medicine doses (90), freelancing and invoices (91), music and audio (92),
photography and printing (93), flights (94), running and fitness (95); groceries (96), space (97), boats and the
sea (98), film and video (99), school trips (100), chemistry and lab mixing (101); catering (102), 3D printing and
woodworking (103), hotels (104), insurance and taxes (105), team sports logistics (106), gardening (107). Each round
was measured once before any change for it, on main at the stop's start for the first and on the previous rounds'
fixes for the others (docs/validators.md, stop 44, gives those figures); the pins below are after the stop's
fixes."""

from __future__ import annotations

import pytest

from tests.support.independent import evaluate

# set: (correct solutions, slips caught at least, carried errors caught at least)
PINS = {
    90: (704, 0.995, 0.995),
    91: (648, 0.995, 0.995),
    92: (672, 0.995, 0.99),
    93: (680, 0.995, 0.995),
    94: (736, 0.995, 0.995),
    95: (704, 0.99, 0.995),
    96: (768, 0.995, 0.995),
    97: (672, 0.99, 0.98),
    98: (640, 0.99, 0.99),
    99: (656, 0.995, 0.995),
    100: (620, 0.995, 0.995),
    101: (640, 0.995, 0.995),
    102: (672, 0.995, 0.995),
    103: (704, 0.995, 0.99),
    104: (684, 0.995, 0.995),
    105: (768, 0.995, 0.995),
    106: (680, 0.995, 0.995),
    107: (648, 0.995, 0.995),
}
KNOWN_KILLS = {
    92: {"listeners-9-3"},
    96: {"points_redeem-2-0"},
    99: {"studio_share-3-0", "studio_share-3-1", "studio_share-3-3"},
    100: {"vans_vs_bus-2-2"},
    104: {"points-left-2-0"},
}
"""Results below zero that nothing before them names as a change or a loss: a band's listeners "Gained minus lost:
2,500 minus 4,230 is -1,730" (92), a bill below zero after rewards (96), a studio's result after its budget ("How
much did the studio make", 99), "(van cost) - (bus cost)" asked in the problem (100). And set 104's row is not
correct: it rounds 11,956 ÷ 12,000 reward nights down to 1 and ends at −44 points, which the gate rejects."""
FIRST_SIGHT = {
    90: "0 of 704 killed, 99.9% of slips caught",
    91: "0 of 648 killed, 100% of slips caught",
    92: "7 of 672 killed (net listener changes below zero, the net change named before them), 99.9%",
    93: "7 of 680 killed (pixel counts computed in a table's cells, over the magnitude bound), 100%",
    94: "0 of 736 killed, 98.9% of slips caught (a departure plus an h:mm flight time: '9:40 AM + 5:55')",
    95: "0 of 704 killed, 97.2% of slips caught ('≈' one off in the last digit, or cut: '46.6 × 1.1 ≈ 51.2')",
    96: "1 of 768 killed (a bill below zero), 99.0% of slips caught ('= about $0.371', '| about $0.450 per oz |')",
    97: "0 of 672 killed, 99.1% of slips caught",
    98: "0 of 640 killed, 99.2% of slips caught",
    99: "4 of 656 killed (a studio's loss; '≈ 13.33 | rounding up gives 14 days'), 99.7% of slips caught",
    100: "5 of 620 killed ('61 = 6 × 10 + 1 ⇒ 6 free adults', a difference asked for), 99.5% of slips caught",
    101: "0 of 640 killed, 96.4% of slips caught (µL and mL, mol and mmol)",
    102: "5 of 672 killed ('50% of $22.05 ≈ $11.03 (rounded to the nearest cent)'), 99.6% of slips caught",
    103: "0 of 704 killed, 98.6% of slips caught ('| 2.96 → 3 spools |')",
    104: "1 of 684 killed (a row that is not correct), 100% of slips caught",
    105: "3 of 768 killed ('12 monthly payments = $32.50 * 12 months = $390.00'), 100% of slips caught",
    106: "6 of 680 killed (goal differences below zero), 100% of slips caught",
    107: "0 of 648 killed, 99.7% of slips caught",
}


@pytest.mark.parametrize("n", sorted(PINS))
def test_stop44_sets(n: int) -> None:
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
