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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Time arithmetic (set 31's genre): durations in two units and times of day, added and subtracted.
        ("* 1 hour 50 minutes + 30 minutes + 20 minutes = 2 hours 40 minutes\n", PASS),
        ("* 1 hour 50 minutes + 30 minutes + 20 minutes = 2 hours 50 minutes\n", ("arithmetic", 2)),
        ("Paid time: 7 hours and 15 minutes - 30 minutes = 6 hours and 45 minutes.\n", PASS),
        ("Paid time: 7 hours and 15 minutes - 30 minutes = 6 hours and 55 minutes.\n", ("arithmetic", 11)),
        ("9 \\text{ hours} - 30 \\text{ minutes} = 8 \\text{ hours } 30 \\text{ minutes}\n", PASS),
        ("7:30 \\text{ a.m.} + 1 \\text{ hour } 45 \\text{ minutes} = 9:15 \\text{ a.m.}\n", PASS),
        ("7:30 \\text{ a.m.} + 1 \\text{ hour } 45 \\text{ minutes} = 8:15 \\text{ a.m.}\n", ("arithmetic", 0)),
        ("- Second departure: 10:45 AM + 25 min = 11:10 AM\n", PASS),
        ("- Second departure: 10:45 AM + 25 min = 11:20 AM\n", ("arithmetic", 20)),
        ("2. 35 minutes after 11:05 a.m. is 11:40 a.m.\n", PASS),
        ("2. 35 minutes after 11:05 a.m. is 11:30 a.m.\n", ("arithmetic", 3)),
        ("Adding 1 hour and 10 minutes to 4:00 PM gives 5:10 PM.\n", PASS),
        ("Adding 1 hour and 10 minutes to 4:00 PM gives 4:10 PM.\n", ("arithmetic", 0)),
        ("3:15 \\text{ PM} - 8:25 \\text{ AM} = 6 \\text{ hours } 50 \\text{ minutes}\n", PASS),
        ("Practiced = 45 min + 35 min + 1 hr 10 min = 1 hr 90 min = 2 hr 30 min\n", PASS),
        ("Practiced = 45 min + 35 min + 1 hr 10 min = 1 hr 90 min = 2 hr 20 min\n", ("arithmetic", 12)),
        ("   6{:}21 \\text{ AM} + 25 \\text{ minutes} = 7{:}46 \\text{ AM}\n", ("arithmetic", 3)),
        ("1. The trip takes (24:00 - 22:10) + 05:50 = 1:50 + 05:50 = 7:40.\n", PASS),
        ("50 minutes + 30 minutes = 80 minutes\n", PASS),  # one unit: an ordinary sum
        ("Movie ends = 8:10 PM + 2 h 40 min = 10:50 PM\nMovie ends = 8:10 PM + 2 h 40 min = 10:50 PM\n", PASS),
    ],
)
def test_time_arithmetic(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fourteen more languages (set 29's): operator and result words, case endings, glued particles.
        ("1. Kostnad för pennorna: 4 gånger 40 är 160 kr.\n", PASS),
        ("1. Kostnad för pennorna: 4 gånger 40 är 170 kr.\n", ("arithmetic", 25)),
        ("Κόστος στυλό: 4 επί 6 ίσον 25 €.\n", ("arithmetic", 14)),
        ("3. Tổng số tiền: 90.000 cộng 60.000 bằng 160.000đ.\n", ("arithmetic", 17)),
        ("3. 총 금액: 21,000 더하기 10,000은 31,000원입니다.\n", PASS),
        ("3. 총 금액: 21,000 더하기 10,000은 41,000원입니다.\n", ("arithmetic", 9)),
        ("지금까지 달린 거리는 300 + 140 = 430km입니다.\n", ("arithmetic", 12)),
        ("2. पेन की कीमत: 2 गुणा 40 बराबर 90 रुपये।\n", ("arithmetic", 16)),
        ("الباقي: 200 ناقص 170 يساوي 40 ر.س.\n", ("arithmetic", 8)),
        ("3240 szorozva 4-gyel egyenlő 12960 Ft-tal.\n", PASS),
        ("3240 szorozva 4-gyel egyenlő 3244 Ft-tal.\n", ("arithmetic", 0)),
        ("30 jaettuna 2:lla on 15 tyttöä.\n", PASS),
        ("4 kertaa 25 on 200 keksiä.\n", ("arithmetic", 0)),
        ("He spent $5 + $3 on 2 books.\n", PASS),  # English "on" is no result word
        ("Вона наповнить 35 : 5 = 6 пакетиків.\n", ("arithmetic", 15)),
        ("1) Вартість зошитів: 6 помножити на 60 дорівнює 350 ₴.\n", ("arithmetic", 21)),
        # Mixed numbers written improper on the way (set 32's), then proper.
        ("1\\dfrac{3}{8} + 3\\dfrac{7}{8} = 4\\dfrac{10}{8} = 5\\dfrac{1}{4}\n", PASS),
        ("1\\dfrac{3}{8} + 3\\dfrac{7}{8} = 4\\dfrac{10}{8} = 6\\dfrac{1}{4}\n", ("arithmetic", 32)),
        ("Length plus width is 10 1/2 + 4 1/2 = 14 2/2 = 15 feet.\n", PASS),
        ("Length plus width is 10 1/2 + 4 1/2 = 14 2/2 = 51 feet.\n", ("arithmetic", 38)),
        ("The rope is 1 1/2 yards = 4 1/2 feet.\n", PASS),  # a conversion
        ("Summary of results: 1 3/4 → 10 1/2\n", PASS),  # two results listed
    ],
)
def test_other_languages_and_mixed_numbers(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


def test_a_markup_tag_repeated_is_no_loop() -> None:
    call = '<tool_call>\n{"name": "calculator", "arguments": {"expression": "%s"}}\n</tool_call>\n'
    text = "".join(
        call % e + f"<tool_response>\n{r}\n</tool_response>\nSo {e} is {r}.\n"
        for e, r in [("2 * 3", 6), ("6 + 1", 7), ("7 - 2", 5)]
    )
    assert verdicts("repetition", text) == {PASS}


def test_pseudocode_with_value_comments_is_work() -> None:
    problem = (
        "A tank holds 900 liters and has 290 in it. A hose adds 10 liters per minute. How many minutes to fill it?"
    )
    text = (
        "```\nSET needed TO capacity - current    // 610\nSET minutes TO needed / rate    // 61\nOUTPUT minutes\n```\n"
        "It takes 61 minutes.\n\nSo the answer is **61**.\n#### 61\n"
    )
    assert run("answer_marker", text, problem=problem) is None


def test_the_whole_part_of_a_mixed_answer_is_no_said_answer() -> None:
    text = "Time for the rest = 270 ÷ 60 = 4 1/2\n\nThe answer is 4 1/2.\n#### 4.5\n"
    assert run("final_answer", text, problem="They drive 270 miles at 60 miles per hour. How many hours?") is None
