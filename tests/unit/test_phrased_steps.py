"""Stop 39: computations phrased in sentences (`validators/phrased.py`: a count at a price, dozens, a share scaled
from another, an instruction and its result, a teacher's question and its answer, groups counted by their size,
two numbers put together), spoken clock times (`validators/clockwords.py`), numbers in words for the line readers
(`validators/numerals.py`), "plus" between times, a product of decimals stated whole, and ties rounded. Correct
lines pass; each wrong one fails at its stated result, however the stream is cut."""

from __future__ import annotations

import pytest

from mcrgen.validators.formats import get_format
from mcrgen.validators.numerals import digitize
from tests.unit.test_methods_and_geometry import PASS, fired
from tests.unit.test_validators import verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 notebooks at $2.50 each is $7.50.\n", PASS),
        ("3 notebooks at $2.50 each is $8.50.\n", ("arithmetic", 30)),
        ("Thirty-four at four bucks each is a hundred and thirty-six dollars.\n", PASS),
        ("Thirty-four at four bucks each is a hundred and twenty-six dollars.\n", ("arithmetic", 34)),
        ("38 at 50 cents each is $19.\n", PASS),
        ("38 at 50 cents each is 1900 cents.\n", PASS),
        ("38 at 50 cents each is eighteen.\n", ("arithmetic", 23)),
        ("2 dozen at $0.50 each is $12.\n", PASS),
        ("2 dozen at $3 a dozen is $6.\n", PASS),
        ("4 magnets at $0.25 each is 4*.25=$1.00\n", PASS),
        ("6 at $2 each plus tax is $13.\n", PASS),
        ("3 hours at $12 an hour is $36.\n", PASS),
        ("3 hours at $12 an hour is $38.\n", ("arithmetic", 27)),
        ("4 dozen is 48 cupcakes.\n", PASS),
        ("4 dozen is 58 cupcakes.\n", ("arithmetic", 11)),
        ("2 dozen is $5.\n", PASS),
        ("3 dozen = 3 × 12 = 36 eggs.\n", PASS),
        ("Two dozen is twenty-four.\n", PASS),
        ("3 dozen is 2 more than 1 dozen.\n", PASS),
        ("10% of 50 is 5, so 20% is 10.\n", PASS),
        ("10% of 50 is 5, so 20% is 9.\n", ("arithmetic", 26)),
        ("10% of 50 is 5, so 20% off is 40.\n", PASS),
        ("A third of 36 is 12, so two thirds is 24.\n", PASS),
        ("A third of 36 is 12, so two thirds is 14.\n", ("arithmetic", 38)),
        ("A quarter of 16 is 4, so three-quarters is 12.\n", PASS),
        ("A quarter of 16 is 4, so three quarters is what? Anyone? 12.\n", PASS),
        ("A fifth of 250 is 50, so two-fifths is 100.\n", PASS),
        ("10% of 40 is 4, so 90% is 36 questions.\n", PASS),
        ("10% of 40 is 4, so 90% is left.\n", PASS),
        ("Multiply 12 by 4. That gives 48 inches.\n", PASS),
        ("Multiply 12 by 4. That gives 16 inches.\n", ("arithmetic", 29)),
        ("Subtract 60 from 100. That leaves 40.\n", PASS),
        ("Subtract 60 from 100. That leaves 14.\n", ("arithmetic", 34)),
        ("Take 15 away from 60 and that leaves 45.\n", PASS),
        ("Divide 84 by 12, which gives us 84 / 12 = 7 dozen.\n", PASS),
        ("Add 28 and 6. That gives 34 cookies.\n", PASS),
        ("Add 28 and 6. That gives the cookies: 34.\n", PASS),
        ("Multiply 2 by $0.25, which gives us 2 x $0.25 = $0.50.\n", PASS),
        ("Twenty take away twelve leaves what? Eight, right.\n", PASS),
        ("Twenty take away twelve leaves what? Thirty-two, right.\n", ("arithmetic", 37)),
        ("Fifty-five minus ten, anybody? Forty-five.\n", PASS),
        ("Fifty-five minus ten, anybody? Fifty-five.\n", ("arithmetic", 31)),
        ("Four plus eight plus six makes what? Anyone? Eighteen. Yes.\n", PASS),
        ("Five and six, what does that make? Eleven chocolates.\n", PASS),
        ("Twelve sixes make seventy-two legs.\n", PASS),
        ("Twelve sixes make eighty-two legs.\n", ("arithmetic", 18)),
        ("Four tens, what's that? ... Forty.\n", PASS),
        ("10 ones = 1 ten.\n", PASS),
        ("So nine and eleven is twenty flowers.\n", PASS),
        ("So nine and eleven is nineteen flowers.\n", ("arithmetic", 22)),
        ("Put 12 and 48 together and you get 60 candies.\n", PASS),
        ("Put 12 and 48 together and you get 50 candies.\n", ("arithmetic", 35)),
        ("Numbers between 3 and 4 is 3.5.\n", PASS),
        ("So 20 and 30 is 10 apart.\n", PASS),
        ("So 3 and 4 is the pair.\n", PASS),
        ("Ages 12 and 15 are both 3 years apart.\n", PASS),
        ("From four twenty to five fifty is ninety minutes.\n", PASS),
        ("From four twenty to five fifty is eighty minutes.\n", ("arithmetic", 34)),
        ("From nine o'clock to one o'clock is two hundred forty minutes.\n", PASS),
        ("From nine o'clock to one o'clock is three hundred minutes.\n", ("arithmetic", 36)),
        ("Seven ten plus thirty minutes is seven forty.\n", PASS),
        ("Seven ten plus thirty minutes is eight forty.\n", ("arithmetic", 33)),
        ("Fifty-five minutes after five fifteen is six ten.\n", PASS),
        ("Fifty-five minutes after five fifteen is five ten.\n", ("arithmetic", 41)),
        ("Quarter to four to half past five, that's a hundred and five minutes.\n", PASS),
        ("Quarter to four to half past five, that's ten minutes.\n", ("arithmetic", 42)),
        ("From eleven o'clock to half past twelve, how long is that? Anyone? Ninety minutes.\n", PASS),
        ("From 3 15 to 4 45 is 90 minutes.\n", PASS),
        ("From 7 to 12 is 5 days.\n", PASS),
        ("Pages 12 to 48 is 37 pages.\n", PASS),
        ("7:45 plus 10 minutes is 7:55.\n", PASS),
        ("7:45 plus 10 minutes is 8:55.\n", ("arithmetic", 0)),
        ("1.5 times 3 equals 4.5 cups.\n", PASS),
        ("1.5 times 3 equals 4 cups.\n", ("arithmetic", 0)),
        ("15% of 47 is 7 students.\n", PASS),
        ("25 / 4 = 7 buses.\n", PASS),
        ("198 km ÷ 72 km/h = 2.75 h\n", PASS),
        ("198 km ÷ 72 km/h = 2.7 h\n", PASS),  # a tie may be cut: "$3 ÷ 8 = $0.37 each"
        ("50 ÷ 40 = 1.2 hours\n", PASS),
        ("125 / 1000 = 0.12 L\n", PASS),
        ("2 dozen is $5.\n", PASS),
        ("Fourteen and six, what does that make? Eight tickets, right.\n", ("arithmetic", 39)),
    ],
)
def test_phrased_and_spoken(text: str, expected: tuple[str, int | None]) -> None:
    assert (fired(text) or PASS) == expected


@pytest.mark.parametrize(
    ("line", "digits"),
    [
        ("Twelve goes into forty-eight four times.", "12 goes into 48 4 times."),
        ("one hundred and sixty dollars", "160 dollars"),
        ("thirty-one dollars and fifty cents", "$31.50"),
        ("two point five", "2.5"),
        ("four and a half", "4.5"),
        ("at five o'clock", "at 5 o'clock"),
        ("three quarters of 84", "three quarters of 84"),  # a fraction stays words
        ("a dog", "a dog"),
        ("ten forty five", "10 45"),  # a spoken time: hour and minutes stay apart
    ],
)
def test_digitize(line: str, digits: str) -> None:
    got = digitize(line)
    assert got.text == digits
    assert len(got.origin) == len(got.text) + 1
    assert all(line[got.origin[k]] == ch for k, ch in enumerate(got.text) if not ch.isdigit() and ch not in "$.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a) 8 * 28 = 224 → 224\n", PASS),
        ("a) 8 * 28 = 214 → 224\n", ("arithmetic", 3)),
        ("(b) 3 + 2 = 5 h\n", PASS),
        ("(b) 3 + 2 = 6 h\n", ("arithmetic", 4)),
        ("**c)** $10 - $7 = $3\n", PASS),
        ("Let x be the price. a) x + 2 = 5\n", PASS),
        ("59 ÷ 7 = 8 weeks and 3 days\n", PASS),
        ("59 ÷ 7 = 9 weeks and 3 days\n", ("arithmetic", 9)),
        ("$225 \\div 7 = 32 \\text{ R } 1$\n", PASS),
        ("$225 \\div 7 = 32 \\text{ R } 0$\n", ("arithmetic", 28)),
        ("\\( 30 \\div 2 = 15 \\text{ remainder } 0 \\)\n", PASS),
        ("\\( 30 \\div 2 = 15 \\text{ remainder } 1 \\)\n", ("arithmetic", 37)),
        ("7 ÷ 2 = 3 and 1/2 pizzas\n", PASS),
        ("2.5 ÷ 1 = 2 hours and 30 minutes\n", PASS),
        ("| Full buses | 92 ÷ 40 | 2 R 12 |\n", PASS),
        ("| Full buses | 92 ÷ 40 | 3 R 12 |\n", ("arithmetic", 25)),
        ("60 mod 7 = 4, so it is Thursday.\n", PASS),
        ("60 mod 7 = 5, so it is Friday.\n", ("arithmetic", 11)),
        ("Reduce: 57 ≡ 1 (mod 7)\n", PASS),
        ("Reduce: 57 ≡ 2 (mod 7)\n", ("arithmetic", 13)),
        ("$3^5 \\equiv 1 \\pmod{11}$\n", PASS),
        ("| Check | $0.80 × 10 | $8.00 ✓ |\n", PASS),
        ("| Check | $0.80 × 10 | $10.80 ✓ |\n", ("arithmetic", 11)),
        ("Each of the 3 positions has 10 choices (0–9), and repeats are allowed.\n", PASS),
        ("He has 8 apples (12 - 3) now.\n", ("arithmetic", 7)),
        (
            "| Step | Work | Result |\n|---|---|---|\n| 1 | 2 + 3 | 5 |\n\n"
            "| Step | Work | Result |\n|---|---|---|\n| 2 | 5 × 2 | 10 |\n\n"
            "| Step | Work | Result |\n|---|---|---|\n| 3 | 10 - 1 | 9 |\n",
            PASS,
        ),  # three tables, three rules: no loop
    ],
)
def test_parts_remainders_and_tables(text: str, expected: tuple[str, int | None]) -> None:
    """Sets 43-45: a problem's part labels ("a)", "(b)") are no unknowns; a quotient and its remainder in words, in
    LaTeX and in a table; residues ("60 mod 7 = 4"); a result cell with a check mark; a range in parentheses; each
    table's rule is no repeated statement."""
    assert (fired(text) or PASS) == expected


@pytest.mark.parametrize(
    "problem",
    [
        "In how many different orders can 6 different books be arranged on a shelf?",
        "20 runners are in a race. In how many ways can the gold, silver, and bronze medals be awarded?",
        "How many 4-digit codes can be made from the digits 0–9 if no digit may be used twice?",
        "A video gets 9 views on day 1, and its daily views triple every day. How many views on day 10?",
        "A teacher asks the class to add all the whole numbers from 1 to 300. What is the total?",
    ],
)
def test_counting_problems_have_no_magnitude_cap(problem: str) -> None:
    text = "So the count is 6 × 5 × 4 × 3 × 2 × 1 = 720 and 20 × 19 × 18 = 6,840.\n"
    assert verdicts("magnitude", text, problem=problem) == {PASS}


def test_magnitude_cap_stays_for_other_problems() -> None:
    assert verdicts("magnitude", "So the total is 6,840.\n", problem="Sam has 20 apples and buys 3 more.") != {PASS}


@pytest.mark.parametrize(
    ("answer", "value"), [("Friday", "friday"), ("**April 9.**", "april 9"), ("12", 12.0), ("$1,250", 1250.0)]
)
def test_word_answers_in_gsm8k_text(answer: str, value: object) -> None:
    assert get_format("gsm8k_text").find(f"So that is it.\n#### {answer}")[0].value == value
    assert verdicts("final_answer", f"So that is it.\n#### {answer}", fmt="gsm8k_text") == {PASS}


@pytest.mark.parametrize(
    "text",
    [
        # a price per another unit than the count's, a rate that divides, several items, a nested count
        "36 eggs at $4 per dozen is $12.\n",
        "12 eggs at $3 a dozen is $3.\n",
        "90 minutes at $12 an hour is $18.\n",
        "500 g at $8/kg is $4.\n",
        "2 weeks at $15 a day is $210.\n",
        "12 cookies at 4 per bag is 3 bags.\n",
        "$60 at $12 an hour is 5 hours of work.\n",
        "2 adults at $12 each, 3 children at $8 each, is $48 total.\n",
        "2 packs with 12 pencils at $0.25 each is $6.\n",
        "The one at $3 each is $6 for two.\n",
        # dozens shown worked, as containers, prices and weights, shares
        "4 dozen = 4(12) = 48 eggs.\n",
        "3 dozen = 3 \\cdot 12 = 36.\n",
        "3 dozen = 3 lots of 12 = 36.\n",
        "1 dozen is 1 carton.\n",
        "12 dozen is 1 gross.\n",
        "2 dozen is 4 six-packs.\n",
        "2 dozen roses are 40 euros.\n",
        "Price for 2 dozen is 18.\n",
        "2 dozen is 20% of the 120 eggs.\n",
        # a share of the result, the whole
        "10% of 80 is 8, so 50% of that is 4.\n",
        "20% of 50 is 10, and 30% of them is 3.\n",
        "10% of 50 is 5; and 3 thirds is 1.\n",
        # an instruction's result in another unit, its working, a repeating decimal, a percent
        "Multiply 3 by 20 minutes. That gives 1 hour.\n",
        "Multiply 6 by 50 cents. That gives $3.\n",
        "Multiply 3 by 4. That is 3 groups of 4, or 12.\n",
        "Divide 20 by 3. This gives 6.66...\n",
        "Divide 18 by 24, which is 75%.\n",
        # questions that are not sums, place values, pairs that are not sums
        "The difference between 9 and 4, anyone? 5.\n",
        "Multiply 6 and 7, what's that? 42.\n",
        "10 tens is 1 hundred.\n",
        "So 3 and 4 is 3.5 on average.\n",
        "So 12 and 18 is 6 for the GCF.\n",
        "2 and 50 make 100, and 4 and 25 make 100.\n",
        "So 9 and 11 is 2 hours apart.\n",
        "So 1 and 1 is 10 in binary.\n",
        # spoken times with compound durations, a whole day
        "1 hour and 15 minutes after 7 30 is 8 45.\n",
        "One hour and fifteen minutes after seven thirty is eight forty-five.\n",
        "From quarter past nine to half past eleven is 2 hours, 15 minutes.\n",
        "From four twenty to five fifty is one hour and a half.\n",
        "From 8 o'clock to 8 o'clock is 24 hours.\n",
        # quotients that are no remainders, residues
        "Each friend gets 20 ÷ 4 = 5 stickers and 1 bookmark.\n",
        "So 25 ÷ 4 = 7 vans and 3 empty seats.\n",
        "Sam gets 50 ÷ 5 = 10 marbles, and 2 go to Amy.\n",
        "Since 57 ≡ 15 (mod 7), it is the same day.\n",
        # whole results of products said to be rounded, operands rounded already
        "0.3 × 47 = 14 students (rounded down).\n",
        "2.5 × 3 = 8 cans (round up)\n",
        "Check: 3 × 33.33 = 100.\n",
        "1.33 × 3 = 4\n",
        "12 × 0.8 = 9 full boxes\n",
        "3.14 × 10 = 31 inches (to the nearest inch)\n",
        # ties cut, lengths written like clock times, a value shown wrong
        "$3 ÷ 8 = $0.37 each\n",
        "107 ÷ 40 = 2.67\n",
        "A pace of 8:30 plus 30 seconds is 9:00 per mile.\n",
        "3:45 plus 2 minutes is 5:45.\n",
        "1:45 plus 30 minutes is 2 hours 15 minutes.\n",
        "| Claimed total | 3 × $3.60 | $10.90 ✗ |\n",
        "From one to ten is ten.\n",
    ],
)
def test_review_of_stop39(text: str) -> None:
    """Correct lines a reviewer who had not written the readings above wrote to break them (the first build killed
    each of them)."""
    assert fired(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(1/2) of 28 = 14\n", PASS),
        ("(1/2) of 28 = 1.4\n", ("arithmetic", 0)),
        ("Check: 41 - 13 = 28; (1/2) of 28 = 1.4 ✓\n", ("arithmetic", 21)),
        ("The 39th term is 21 + 190 = 211 seats.\n", PASS),
        ("The 39th term is 21 + 190 = 221 seats.\n", ("arithmetic", 17)),
    ],
)
def test_fractions_in_parentheses_and_ordinals(text: str, expected: tuple[str, int | None]) -> None:
    """Set 47 checks with "(1/2) of 28"; set 44 names terms by their place ("the 39th term")."""
    assert (fired(text) or PASS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "$144 + $16 = $160\n$160 x 3/2 = $240\n\n**Forward check:**\n- $240 x 2/3 = $160\n- $160 - $16 = $144\n"
        "- End: $144 ✔\n\n#### 240",
        "25 * 2 = 50\n50 + 11 = 61\nCheck: 61 - 11 = 50; 50 / 2 = 25 ✓\n#### 61",
        "$77 + $28 = $105\n$105 × 4/3 = $140\n\n### Check\nGo forward from $140:\n- $140 − $35 = $105\n"
        "- $105 − $28 = $77\n✔ It matches.\n\n#### 140",
    ],
)
def test_an_answer_before_its_forward_check(text: str) -> None:
    """Working backwards (set 47) ends with a check that runs forward to the problem's own number: the answer is
    the result before the check."""
    assert verdicts("final_answer", text) == {PASS}


def test_an_answer_unlike_its_last_result_still_fails() -> None:
    assert verdicts("final_answer", "25 * 2 = 50\n50 + 11 = 61\nSo that is it.\n#### 62") != {PASS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Game | Points |\n|---|---|\n| 1 | 12 |\n| 2 | 15 |\n| **Total** | **27** |\n", PASS),
        ("| Game | Points |\n|---|---|\n| 1 | 12 |\n| 2 | 15 |\n| **Total** | **28** |\n", ("arithmetic", 66)),
        (
            "| Leg | Distance | Time | Speed |\n|---|---|---|---|\n| 1 | 60 | 1 | 60 |\n| 2 | 60 | 2 | 30 |\n"
            "| **Total** | **120** | **3** | **40** |\n",
            PASS,
        ),  # a speed column is no sum
        (
            "| Part | Weight | Score | Contribution |\n|---|---|---|---|\n| Tests | 60% | 80 | 48 |\n"
            "| HW | 40% | 90 | 36 |\n| **Total** | **100%** |  | **84** |\n",
            PASS,
        ),
        ("Mean: 684 ÷ 7 = 97.714… ≈ 97.7 points\n", PASS),
        ("Mean: 684 ÷ 7 = 97.714… ≈ 97.6 points\n", ("arithmetic", 16)),
        ("So 10 km ≈ 6.2 miles.\n", PASS),
        ("Change in the average: 84.17 - 85 = -0.83 points\n", PASS),
    ],
)
def test_averages_and_their_tables(text: str, expected: tuple[str, int | None]) -> None:
    """Set 46: a "**Total**" row of plain numbers sums its column; a mean rounded again after its cut decimals; a
    change in an average may be negative."""
    assert (fired(text) or PASS) == expected


def test_an_answer_among_the_last_results() -> None:
    """Set 46: a comparison after the result ("788/9 = 87.56" then "Compared with before, 87.56 - 86 = 1.56"); an
    answer that is an earlier result with no comparison after it is still inconsistent (a wrong final)."""
    text = "788/9 = 87.56 points\nCompared with before, it changed by 87.56 - 86 = 1.56 points\n\n#### 87.56"
    assert verdicts("final_answer", text) == {PASS}
    text = "788/9 = 87.56 points\nThen 87.56 - 86 = 1.56 points\n\n#### 87.56"
    assert verdicts("final_answer", text) != {PASS}
