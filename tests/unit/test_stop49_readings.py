"""Two readings tried at stop 49 for its held-out sets, and taken back: the lines below are correct, and each was
killed by one of them (a review's findings), so they stay accepted.

Set 125's chatty tutor sets a worded result off with an em dash ("We take 4 times 68 — that gives us 72 minutes.");
reading it like a result after a comma killed correct asides between two dashes ("Add 35 + 48 — which is 2 cycles —
to get 83 minutes."), which a stream cannot tell from a result until the clause ends. Set 126 rounds a result again
with a unit after it ("30.5 ÷ 8 = 3.8125 ≈ 8.31 km/h"); judging that as a rounding whenever no ratio from a table of
conversions led from one number to the other killed conversions the table lacked, speeds in words, temperature
differences and whole counts rounded up. Both faults stay unread (docs/validators.md, stop 49)."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    "text",
    [
        # asides between two em dashes
        "Add 35 + 48 — which is 2 cycles — to get 83 minutes.",
        "We take 4 times 68 — that's 4 loads of 68 minutes — which gives 272.",
        "We multiply 4 × 68 — that is 4 loads — and get 272 minutes.",
        "We take 3 × 20 — that's 3 bags at 20 lb each — for 60 lb.",
        "Total: 3 × $4.25 — which is 3 loads — comes to $12.75.",
        "We take 2 × $12.99 — that's two shirts — plus $5 shipping — that gives us $30.98.",
        "We take 4 × 68 minutes — that's about 4.5 hours.",
        "He bought 4 × 3 = 12 apples — that's 2 more than Tom.",
        # a result written again in another unit
        "Speed: 100 ÷ 25 = 4 ≈ 8.9 miles per hour",
        "Speed: 100 ÷ 20 = 5 ≈ 18 kilometers per hour",
        "Speed: 120 ÷ 2 = 60 ≈ 88 feet per second",
        "Speed: 3000 / 12 = 250 ≈ 15 km/h",
        "Distance: 2 × 1.5 = 3 ≈ 4828 meters",
        "Elevation: 2 × 0.6 = 1.2 ≈ 3937 feet",
        "Distance: 5 × 1000 = 5000 ≈ 3.1 miles",
        "Distance: 3 × 400 = 1200 ≈ 0.75 miles",
        "Total: 2 × 1 = 2 ≈ 17520 hours",
        "Time: 3 × 15 = 45 ≈ 0.75 hours",
        "Pace: 12 / 5 = 2.4 ≈ 3.86 km/h",
        "Body temperature: 37 + 0.5 = 37.5°C ≈ 99.5°F",
        # whole counts rounded up, temperature differences, a time in two units
        "Days needed: 25 / 8 = 3.125 ≈ 4 days",
        "Days needed: 25 / 8 = 3.125 ≈ 4 days (rounded up)",
        "Weeks needed: 10 / 3 = 3.33 ≈ 4 weeks",
        "Temperature drop: 2.5 × 6.5 = 16.25 ≈ 29.3°F",
        "Temperature change: 2 × 5 = 10 ≈ 18°F",
        "Temperature rise: 9 × 2 = 18 ≈ 10°C",
        "Time: 11 / 4 = 2.75 ≈ 2 h 45 min",
        "Pace: 60 / 9 = 6.667 ≈ 6 min 40 s",
        "Time: 45 / 8 = 5.625 ≈ 5 h 38 min",
    ],
)
def test_correct_lines_the_withdrawn_readings_killed_stay_accepted(text: str) -> None:
    assert verdicts("arithmetic", text) == {PASS}
