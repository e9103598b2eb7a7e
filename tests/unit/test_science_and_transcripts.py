"""Science notation (set 30's genre: high-school physics and chemistry) and spoken work between fillers (set 28's).
Each verdict must be the same however the stream is cut (``verdicts`` runs four chunkings, one char by char): a
power may still grow (``10^2`` then ``3``), a unit may still grow (``m`` then ``/s``)."""

from __future__ import annotations

import pytest

from tests.unit.test_validators import run, verdicts

PASS = ("pass", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scientific notation is one number, judged to its significant figures.
        ("E = 150 kJ · 1000 = 1.5 × 10⁵ J\n", PASS),
        ("E = 150 kJ · 1000 = 1.6 × 10⁵ J\n", ("arithmetic", 4)),
        ("n = 1.2 × 10^{24} / 6 × 10^{23} = 2 mol\n", PASS),  # two numbers divided, not (1.2e24 / 6) × 1e23
        ("n = 1.2 × 10^{24} / 6 × 10^{23} = 3 mol\n", ("arithmetic", 4)),
        ("d = 2.9 × 500 = 1.5 × 10^3 m\n", PASS),  # 1,450 to two significant figures
        ("d = 2.9 × 500 = 1.6 × 10^3 m\n", ("arithmetic", 4)),
        ("3 × 10^2 = 300\n", PASS),
        ("3 × 10^2 = 3000\n", ("arithmetic", 0)),  # a computation by itself, as \frac{3}{4} is
        ("The time is (8.151e5) / 800 ≈ 1018.9 s.\n", PASS),
        ("The time is (8.151e5) / 800 ≈ 108.9 s.\n", ("arithmetic", 12)),
        ("n = \\frac{1.204 \\times 10^{24}}{6.02 \\times 10^{23}} = 2\\text{ mol}\n", PASS),
        ("n = \\frac{1.204 \\times 10^{24}}{6.02 \\times 10^{23}} = 0.2\\text{ mol}\n", ("arithmetic", 4)),
        # Units of physics inside a computation.
        ("F_net = 820 N - 328 N = 49 N\n", ("arithmetic", 8)),
        ("I = 120 V / 24 Ω = 5 A\n", PASS),
        ("R = 6\\,\\Omega + 20\\,\\Omega = 62\\,\\Omega\n", ("arithmetic", 4)),
        ("The speed in m/s is 18 km/h / 3.6 = 14.4 m/s.\n", ("arithmetic", 20)),  # a unit's slash, no operator
        # Conversions without an operator.
        ("t = 30\\text{ min} = 1800\\text{ s}\n", PASS),
        ("t = 30\\text{ min} = 18000\\text{ s}\n", ("arithmetic", 4)),
        ("E = 94 \\, \\text{kJ} = 49000 \\, \\text{J}\n", ("arithmetic", 4)),
        ("x = 7 cm = 0.07 m\n", PASS),
        ("x = 7 cm = 0.70 m\n", ("arithmetic", 4)),
        ("v = 54 km/h = 15 m/s\n", PASS),
        ("v = 54 km/h = 16 m/s\n", ("arithmetic", 4)),
        ("We convert the mass: $m = 52.5 \\, \\text{kg} = 5200$ g.\n", ("arithmetic", 26)),
        ("t &= 4\\ \\text{min} \\\\\n&= 240\\ \\text{s}\n", PASS),
        ("t &= 4\\ \\text{min} \\\\\n&= 20\\ \\text{s}\n", ("arithmetic", 22)),  # stated on the line below
        # Time written as durations: "1 min 37 sec" is no Dutch "min" (minus), whenever "sec" arrives.
        ("One lap = 1 min 37 sec = 1 × 60 + 37 = 97 seconds\n", PASS),
    ],
)
def test_science_notation(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Avogadro's number is 6.02 × 10²³ mol⁻¹, so n = 1.2 × 10^{24} / 6.02 × 10^{23} mol^{-1} = 2 mol.\n",
        "The concentration is 0.5 mol·L^{-1} and the rate constant is 2 × 10^-3 s^-1.\n",
    ],
)
def test_a_units_exponent_is_no_negative_number(text: str) -> None:
    assert verdicts("unexpected_negative", text) == {PASS}


def test_minutes_and_kilojoules_are_in_a_physics_problems_scale() -> None:
    problem = "A hair dryer runs on 110 V with a current of 4 A. How many kilojoules does it use in 5 min?"
    text = "P = 110 × 4 = 440 W\nt = 5 × 60 = 300 s\nE = 440 × 300 = 132000 J = 132 kJ\n"
    assert run("magnitude", text, problem=problem) is None


@pytest.mark.parametrize(
    "text",
    [
        "okay so first the cost of the notebooks... 2 times, uh, $3.25, that's... like six fifty\n"
        "and then, uh, fifty dollars take away, uh, six fifty is forty-three fifty. yeah.\n"
        "so the answer is forty-three dollars and fifty cents. yeah.\n#### 43.5\n",
        "Look, twelve goes into a hundred and eight nine times. Okay?\n"
        "And then the boxes on the shelf. Nine and sixteen makes twenty-five.\n#### 25\n",
    ],
)
def test_spoken_work_between_fillers_is_work(text: str) -> None:
    problem = "Noah buys two notebooks at $3.25 each and pays with a fifty-dollar bill. How much change does he get?"
    assert run("answer_marker", text, problem=problem) is None


def test_a_spoken_answer_without_work_is_still_premature() -> None:
    problem = "Noah buys two notebooks at $3.25 each and pays with a fifty-dollar bill. How much change does he get?"
    text = "okay so, um, I think the answer is forty-three fifty.\n#### 43.5\n"
    fired = run("answer_marker", text, problem=problem)
    assert fired is not None and fired.reason == "premature_answer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so six plus fifty cents is six dollars and fifty cents.\n", PASS),  # the six may be dollars: undecided
        ("25 cents plus 10 cents is 45 cents.\n", ("arithmetic", 0)),
        ("8 times 25 cents is 3 dollars.\n", ("arithmetic", 0)),
    ],
)
def test_cents_and_a_bare_number(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}
