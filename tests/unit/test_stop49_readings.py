"""Two readings of stop 49's held-out sets.

A worded result set off by an em dash (set 125, a chatty tutor: "We take 4 times 68 — that gives us 272 minutes."):
read like the same result after a comma (", which gives us 272"), so a wrong one is caught; a dash that only goes
on about a result already stated is not a claim.

A result rounded again with a unit after it (set 126: "30.5 ÷ 8 = 3.8125 ≈ 8.31 km/h", "= 16.25 ≈ 13.6°C"): a
unit of time, length, speed or temperature that no ratio of its kind leads to from the number before is no
conversion, so the second number is a rounding of the first and judged as one. Money, weight and volume are left
alone (exchange rates and densities convert at any ratio)."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("To get the total time, we do 4 times 68 — that gives us 272 minutes.", True),
        ("To get the total time, we do 4 times 68 — that gives us 72 minutes.", False),
        ("We take 2 times $12.99 — that gives us $25.98.", True),
        ("We take 2 times $12.99 — that gives us $2.98.", False),
        ("We take 570 minutes divided by 60 — that gives us 9.5 hours.", True),
        ("We take 570 minutes divided by 60 — that gives us 34,200 hours.", False),
        ("We take 4.6 hours times $15.50 — that's $71.30.", True),
        ("We take 4.6 hours times $15.50 — that's $17.30.", False),
        ("It takes 35 + 48 — which is 83 minutes — per load.", True),
        ("It takes 35 + 48 — which is 38 minutes — per load.", False),
        ("5 loads times 83 minutes — that gives us 405 minutes.", False),
        # the dash goes on about a result already stated: no new claim
        ("He bought 4 × 3 = 12 apples — that's 2 more than Tom.", True),
        ("The total is 12 × 5 = 60 minutes — that's 1 hour.", True),
        ("So 6 × 10 = 60 lb — which is 3 trips with a 20 lb basket.", True),
        ("We need 48 ÷ 8 = 6 loads — that is, 6 wash cycles.", True),
        ("Each load costs $2.50 + $1.75 — that's $4.25 — so 3 loads cost 3 × $4.25 = $12.75.", True),
        # a bare number after the dash is not read as the result (it may start another clause)
        ("We do 4 times 68 — 72 of them were towels.", True),
    ],
)
def test_a_result_after_an_em_dash(text: str, passes: bool) -> None:
    assert (verdicts("arithmetic", text) == {PASS}) == passes


@pytest.mark.parametrize(
    ("text", "passes"),
    [
        ("Speed: 30.5 ÷ 8 = 3.8125 ≈ **8.31 km/h**", False),
        ("Speed: 30.5 ÷ 8 = 3.8125 ≈ **3.81 km/h**", True),
        ("Hiking time: 22.53 / 4 = 5.6325 ≈ 55.63 hours", False),
        ("Hiking time: 22.53 / 4 = 5.6325 ≈ 5.63 hours", True),
        ("Temperature drop: 2.5 × 6.5 = 16.25 ≈ 13.6°C", False),
        ("Temperature drop: 2.5 × 6.5 = 16.25 ≈ 16.3°C", True),
        ("Temperature drop: 1.3 × 6.5 = 8.45 ≈ 7.5°C", False),
        # conversions of its kind stay unjudged
        ("Time: 3 × 15 = 45 ≈ 0.75 hours", True),
        ("Pace: 12 / 5 = 2.4 ≈ 3.86 km/h", True),
        ("Distance: 2 × 2.5 = 5 ≈ 8 km", True),
        ("Distance: 2 × 2.5 = 5 ≈ 8.05 km", True),
        ("Body temperature: 37 + 0.5 = 37.5°C ≈ 99.5°F", True),
        ("It takes 45 / 60 = 0.75, about 45 minutes.", True),
        ("Length: 6 × 12 = 72 ≈ 6 feet", True),
        ("Total: 2 × 3.5 = 7 ≈ 0.29 days", True),
        # money, weight and volume convert at any ratio (exchange rates, densities); a count noun is no unit
        ("Cost: 2 × 25 = 50 ≈ 54 dollars", True),
        ("Flour: 2 × 1.5 = 3 ≈ 375 grams", True),
        ("Batches: 960 ÷ 625 = 1.536 ≈ 11.5 batches", True),
    ],
)
def test_a_rounding_with_a_unit_no_conversion_leads_to(text: str, passes: bool) -> None:
    assert (verdicts("arithmetic", text) == {PASS}) == passes
