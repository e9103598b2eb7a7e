"""Stop 41's held-out sets: text that went through a web page (HTML entities, look-alike signs, tabs between a
copied table's cells, bullets a page keeps), graders quoting a student's wrong work, equations with unknowns,
counting, powers and roots, work rates with drains. Correct lines pass; each wrong one fails at its computation,
however the stream is cut."""

from __future__ import annotations

import pytest

from tests.unit.test_methods_and_geometry import PASS, fired
from tests.unit.test_validators import verdicts


def at(text: str, marker: str) -> tuple[str, int]:
    return ("arithmetic", text.index(marker))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("total pay = $400.00 * 4 = $1&nbsp;600.00\nso the answer is $1&nbsp;600.00\n", None),
        ("total pay = $400.00 * 4 = $1&nbsp;500.00\n", "400.00"),
        ("Cost &amp;rarr; 72 &#xD7; $15 = $1&amp;#44;080\n", None),
        ("Cost &amp;rarr; 72 &#xD7; $15 = $1&amp;#44;180\n", "72"),
        ("&lt;b&gt;Cost&lt;/b&gt; 96 &#xD7; &#36;2 = &#36;192&lt;br&gt;\n", None),
        ("&lt;b&gt;Cost&lt;/b&gt; 96 &#xD7; &#36;2 = &#36;182&lt;br&gt;\n", "96"),
        ("Check:&#160;4 &times; 8 + 64 = 96\n", None),
        ("Total in cents:&nbsp;500 &#43; 70 + 10 = 580\n", None),
        ("Total in cents:&nbsp;500 &#43; 70 + 10 = 590\n", "500"),
        ("rate = 18 &minus; 4 = 14\nthen 1&nbsp;428 / 14 = 102\n", None),
        ("0.2 &#215; 110&#160;000 = 22&#160;000 people&#160;(increase)\n", None),
        ("0.2 &#215; 110&#160;000 = 23&#160;000 people&#160;(increase)\n", "0.2"),
        ("Answer &amp;amp; explanation: AT&amp;T sold 5 + 3 = 8\n", None),
    ],
)
def test_html_entities(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Hours per week∶ 7 × 5 = 35\n", None),
        ("Hours per week∶ 7 × 5 = 12\n", "7 ×"),
        ("Average꞉ 300 ÷ 4 = 296\n", "300"),
        ("x: 4 ∗ 3 = 11 hours\n", "4 ∗"),
        ("y: 63 ∕ 3 = 60\n", "63"),
        ("z: 3 ⋅ $2 = $6\n", None),
        ("3 ✕ 2 = 7 cups   ⟵ amount of sugar\n", "3 ✕"),
        ("１０ − ９ + ８ = ９\n", None),  # full-width digits glue to their signs
        ("１０ − ９ + ８ = １９\n", "１０"),
        ("１３ ⋅ $10.50 = $13.65\n", "１３"),
        ("· 12 + 6 = 18 → noon\n· 18 - 15 = 3 → midnight\n", None),
        ("· 12 + 6 = 18 → noon\n· 18 - 15 = 4 → midnight\n", "18 - 15"),
        ("   o 93 + 64 + 62 + 65 = 284\n", None),
        ("   o 93 + 64 + 62 + 65 = 824\n", "93"),
        ("o − 13 = 3(26 − 13)\n\nDaughter then: d = 26 − 13 = 13\n", None),  # the variable o, no bullet
        ("Total pay\t$700 x 5\t$3500\n", None),
        ("Total pay\t$700 x 5\t$350\n", "700"),
        ("Cost\t42 × $15\t$6\u00a0300\n", "42"),
        ("Full boxes\t72 / 11\t6 remainder 6\n", None),
    ],
)
def test_look_alikes_bullets_and_tabs(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("2**19 = 524288\n", None),
        ("2**19 = 254288\n", "2**"),
        ("(2/3)**3 = 0.296296\n", None),
        ("(2/3)**3 = 0.197531\n", "(2/3)"),
        ("x = 3**2 + 1 = 10\n", None),
        ("Total: **13**. Then 5 + 8 = 13\n", None),
        ("4 squared is 16.\n", None),
        ("4 squared is 166.\n", "4 squared"),
        ("3 to the power of 4 = 81\n", None),
        ("3 to the power of 4 = 881\n", "3 to"),
        ("3 to the 7th power is 21,870.\n", "3 to"),
        ("√4,900 = 70 ft\n", None),
        ("√4,900 = 700 ft\n", "√"),
        ("√(36) = 18 m\n", "√"),
        ("∛27 = 3 ft\n", None),
        ("∛27 = 4 ft\n", "∛"),
        ("sqrt(289) = 17 ft\n", None),
        ("sqrt(289) = 170 ft\n", "sqrt"),
        ("   \\text{Bounce 1: } & 256 \\times \\frac{3}{4} = 192 \\\\\n", None),
        ("   \\text{Bounce 1: } & 256 \\times \\frac{3}{4} = 912 \\\\\n", "256"),
    ],
)
def test_powers_and_roots(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


_REVIEW = (
    "Problem: A bakery bakes 10 trays of 16 muffins and sells 107. How many are left?\n\nStudent's solution:\n"
    "1) 10 x 16 = 610 muffins\n2) 610 - 107 = 503 muffins\nFinal answer: 503\n\nCheck each step."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In step 1, the student wrote 10 × 16 = 610. That's incorrect — 10 × 16 = 160.\n160 - 107 = 53\n#### 53",
            PASS,
        ),
        ("- Step 1: 16 × 10 = 610 ✗ (should be 160)\n- Then 160 - 107 = 53\n#### 53", PASS),
        # the writer's own slip is still one, also next to a quoted one
        ("The student wrote 10 × 16 = 610, which is wrong: 10 × 16 = 150.\n#### 43", "10 × 16 = 150"),
        ("My own work: 10 × 16 = 620, so 620 - 107 = 513.\n#### 513", "10 × 16 = 620"),
    ],
)
def test_a_graders_quotation_of_a_students_wrong_step(text: str, expected: object) -> None:
    want = expected if not isinstance(expected, str) else ("arithmetic", text.index(expected))
    assert verdicts("arithmetic", text, problem=_REVIEW) == {want}


def test_a_rounding_the_problem_asks_for() -> None:
    text = "Value after 4 years: $1500 x 0.45212176 = $678\n#### 678"
    rounded = (
        "A van worth $1,500 depreciates 18% a year. What is it worth after 4 years? (Round to the nearest dollar.)"
    )
    assert verdicts("arithmetic", text, problem=rounded) == {PASS}
    assert verdicts("arithmetic", text, problem=rounded.replace(" (Round to the nearest dollar.)", "")) == {
        ("arithmetic", 22)
    }
    assert verdicts("arithmetic", text.replace("$678", "$679"), problem=rounded) == {("arithmetic", 22)}


def test_a_table_of_the_givens_with_a_total_row() -> None:
    problem = "Mateo thinks of a number. He multiplies it by 8 and then adds 13. The result is 157. What is it?"
    text = "| Quantity | Value |\n|---|---|\n| Multiplier | 8 |\n| Added | 13 |\n| Total | 157 |\n\n8x + 13 = 157\n"
    assert verdicts("arithmetic", text, problem=problem) == {PASS}
    assert verdicts("arithmetic", text.replace("157 |", "158 |"), problem=problem) != {PASS}


_COINS = "Tom has 20 coins, dimes and nickels, worth 150 cents. How many nickels?"


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            "Hannah saved 36 coins, some dimes and the rest quarters, worth $8.10. How many dimes?",
            "Let \\(d\\) = number of dimes.\n10d + 900 - 25d = 810\nsubtract 900, then divide both sides by -15:\n"
            "-15d = 810 - 900 = -90\nd = 6\n#### 6",
        ),
        (
            "A shop has stools with 3 legs and chairs with 4 legs: 35 seats, 112 legs. How many stools?",
            "Let s = number of stools.\n3s + 140 - 4s = 112\n-s = 112 - 140 = -28\ns = 28\n#### 28",
        ),
        (
            "Pipe A fills the tank in 9 hours and Pipe C can empty it in 12 hours. How long to fill it?",
            "Pipe C: −1/12 per hour\nNet: 1/9 − 1/12 = 1/36 per hour\n#### 36",
        ),
        (
            "Hannah saved 36 coins, some dimes and the rest quarters, worth $8.10. How many dimes?",
            "Let \\(d\\) = number of dimes.\n\\[ d = \\frac{-90}{-15} = 6 \\]\n"
            "Let w = weeks.\nw = -135 ÷ -15 = 9\n#### 6",
        ),
        (
            "One grain of rice has a mass of about 1.5 × 10^-2 grams. What is the mass of 4 × 10^5 grains?",
            "1.5 × 4 = 6\n-2 + 5 = 3\n6 × 10³ = 6,000 grams\n#### 6000",
        ),
        *(
            (_COINS, f"{declared} Then 10(20 - n) + 5n = 150, so 200 - 5n = 150, -5n = -50, n = 10.\n#### 10")
            for declared in (
                "Let the number of nickels be n.",
                "Call the number of nickels n.",
                "If n is the number of nickels,",
                "Suppose there are n nickels.",
                "Let's say n is the number of nickels.",
            )
        ),
    ],
)
def test_negatives_of_algebra_drains_and_exponents(problem: str, text: str) -> None:
    assert verdicts("unexpected_negative", text, problem=problem) == {PASS}


def test_a_negative_count_is_still_unexpected() -> None:
    problem = "Let me know: Sam has 12 apples and eats 15. How many are left?"
    assert verdicts("unexpected_negative", "12 - 15 = -3 apples\n#### -3", problem=problem) != {PASS}


@pytest.mark.parametrize(
    ("problem", "text"),
    [
        (
            "A club has 11 members. How many different committees of 5 members are possible?",
            "C(11, 5) = 11 x 10 x 9 x 8 x 7 ÷ 120 = 55,440 ÷ 120 = 462 committees\n#### 462",
        ),
        (
            "A phone passcode has 5 digits and cannot start with 0. How many passcodes are possible?",
            "9 × 10,000 = 90,000\n#### 90000",
        ),
        ("A calculator shows 4.5e7 seconds. How many minutes is that?", "45,000,000 ÷ 60 = 750,000\n#### 750000"),
    ],
)
def test_counting_and_e_notation_make_big_numbers_routine(problem: str, text: str) -> None:
    assert verdicts("magnitude", text, problem=problem) == {PASS}


@pytest.mark.parametrize(
    ("problem", "text", "expected"),
    [
        (
            "Temperatures: -3 rises by 5 then falls by 14. What is it?",
            "-3+5=2\n2-14=-12\nchk -12+14=2\nanswer: -12\n#### -12",
            PASS,
        ),
        (
            "Tickets cost $12 each and the bus $150. What is the total?",
            "Tickets: 30 × $12 = $360.\nTotal: $360 + $150 = $510. ✓\n#### 510",
            PASS,
        ),
        # a check mark on the last step does not make an earlier value the answer
        (
            "Tickets cost $12 each and the bus $150. What is the total?",
            "Tickets: 30 × $12 = $360.\nAdding the bus: $360 + $150 = $510! ✓\n#### 360",
            "fail",
        ),
        (
            "Tickets cost $12 each and the bus $150. What is the total?",
            "The other costs are the bus: $150 + $360 = $510 total.\n#### 360",
            "fail",
        ),
    ],
)
def test_checks_after_the_answer(problem: str, text: str, expected: object) -> None:
    got = verdicts("final_answer", text, problem=problem)
    assert got == {PASS} if expected == PASS else PASS not in got and len(got) == 1


def test_a_grader_who_approves_a_wrong_step_states_it() -> None:
    """A quotation of the problem's wrong step is excused only where the text calls it wrong."""
    text = "The student is right: 10 × 16 = 610 and 610 - 107 = 503.\n#### 503"
    assert verdicts("arithmetic", text, problem=_REVIEW) == {("arithmetic", text.index("10 × 16"))}


@pytest.mark.parametrize(
    "problem",
    [
        "A bus makes a round trip: 9 rides at $3.50 each. What does it cost?",
        "The nearest bus stop is 1.5 km away. How far is it to go 5 times?",
    ],
)
def test_words_that_are_no_rounding_excuse_nothing(problem: str) -> None:
    text = "9 × $3.50 = $31\n#### 31"
    assert verdicts("arithmetic", text, problem=problem) == {("arithmetic", 0)}


def test_a_total_near_its_rows_is_a_total_stated_wrong() -> None:
    problem = "A bag has 12 red, 15 blue and 30 green marbles. How many red and blue marbles are there?"
    text = "| Color | Count |\n|---|---|\n| Red | 12 |\n| Blue | 15 |\n| Total | 30 |\n"
    assert verdicts("arithmetic", text, problem=problem) != {PASS}


@pytest.mark.parametrize(
    "text",
    [
        "Let x be the apples left.\nx = 9 − 12 = -3\n#### -3",
        "Let a be the apples. Subtracting both sides, 9 − 12 = -3 apples.\n#### -3",
        "Let b be the boys.\nb = 15 − 28 = -13 boys\n#### -13",
        "Suppose a pizza costs 20 dollars. Then -a = 20 - 144 = -124.\n#### -124",
    ],
)
def test_a_declared_variable_does_not_excuse_a_negative_count(text: str) -> None:
    problem = "Sam has 9 apples and eats 12 of them. How many are left?"
    assert verdicts("unexpected_negative", text, problem=problem) != {PASS}


@pytest.mark.parametrize(
    "problem",
    [
        "Tom can choose 5 apples from a basket. How much do they weigh?",
        "The garden paths are 5 meters long. How long are 3 of them?",
    ],
)
def test_everyday_words_keep_the_size_cap(problem: str) -> None:
    assert verdicts("magnitude", "5 × 1,000,000 = 5,000,000 grams\n#### 5000000", problem=problem) != {PASS}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("5 + 3 =\t9\n", "5 +"),  # a tab after "=" or an operator is no cell border
        ("12 ×\t4 = 46\n", "12"),
        ("  o -12 + 6 = -18\n", "-12"),
        ("x**2 + 3**2 = 25, so x**2 = 25 − 9 = 16\n", None),
        ("1&frac12; &times; 4 = 6 cups\n", None),
        ("1&frac12; &times; 4 = 7 cups\n", "1&frac12;"),
        ("| 5&ndash;7 | 12 |\n", None),
        ("| 5–7 | 12 |\n", None),
        ("| Pages 1-50 | 50 |\n", None),
        ("22 &divide; 7 &asymp; 3.41\n", "22"),
        ("100 / 5 &rarr; 25\n", "100"),
        ("1 ft − 4 in = 8 in\n", None),
        ("1 m − 25 cm = 75 cm\n", None),
        ("1 L − 350 mL = 650 mL\n", None),
        ("1 year − 3 months = 9 months\n", None),
        ("1e308 * 10 = 1e309\n", None),  # past a float: undecided, no error
    ],
)
def test_review_of_the_new_readings(text: str, wrong: str | None) -> None:
    assert fired(text) == (None if wrong is None else at(text, wrong))


def test_a_check_mark_ends_the_sentence_before_it() -> None:
    """ ". ✓ It takes them 252 minutes": the answer said after a marked check is no part of the check."""
    problem = "Marco paints a fence in 6 hours, Priya in 14. How many minutes will it take them together?"
    text = (
        "Together 1/6 + 1/14 = 5/21 per hour, so 4.2 × 60 = 252 minutes.\n\nIn 4.2 hours, Marco does 4.2 x 1/6 = 7/10"
        " and Priya does 4.2 x 1/14 = 3/10; 7/10 + 3/10 = 1 whole job. ✓ It takes them 252 minutes.\n\n#### 252"
    )
    assert verdicts("final_answer", text, problem=problem) == {PASS}
    assert verdicts("final_answer", text.replace("#### 252", "#### 250"), problem=problem) != {PASS}
