"""Stop 38's held-out sets: written methods (set 37: counting up, jumps, doubling and halving, long division in
words, a computation after "= 520 and"), geometry (set 38: inches, areas carried as lengths, a map's scale, multiples
of π), number theory (set 39: a number written as a product, Euclid's steps, a list of factor pairs), and the other
gates' part (powers and magnitude, falling sequences, loops of one line, column sums in fences). Each verdict must be
the same however the stream is cut."""

from __future__ import annotations

import pytest

from tests.unit.test_validators import verdicts

PASS = ("pass", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written methods (set 37)
        ("From $470.00 to $500.00 is $30.00.\n", PASS),
        ("From $470.00 to $500.00 is $29.00.\n", ("arithmetic", 28)),
        ("From 7 to 12 is 6 pages.\n", PASS),  # may count both ends
        ("From 4:00 to 5:45 is 105 minutes.\n", PASS),  # clock times: the clock reader's
        ("Count on from 48: jump 20 to 68, then jump 4 to 72.\n", PASS),
        ("Count on from 48: jump 20 to 68, then jump 4 to 82.\n", ("arithmetic", 48)),
        ("Double 25 to get 50 and halve 36 to get 18.\n", PASS),
        ("Double 25 to get 50 and halve 36 to get 19.\n", ("arithmetic", 40)),
        ("How many 13s in 91? 7, because 7 × 13 = 91.\n", PASS),
        ("How many 13s in 91? 8, because 7 × 13 = 91.\n", ("arithmetic", 20)),
        ("- 2 goes into 3 once: 1 × 2 = 2, and 3 − 2 = 1.\n", PASS),
        ("- 2 goes into 3 twice: 1 × 2 = 2, and 3 − 2 = 1.\n", ("arithmetic", 16)),
        ("Row totals: 400 + 120 = 520 and 10 + 3 = 13.\n", PASS),
        ("Row totals: 400 + 120 = 520 and 10 + 3 = 31.\n", ("arithmetic", 32)),  # a computation after "= 520 and"
        ("x = 2 and 1/2 + 3 = 5.5\n", PASS),  # a mixed number in words
        ("2 hours and 45 minutes + 6 hours = 8 hours 45 minutes\n", PASS),
        # geometry (set 38)
        ("Area = length × width = 28 in × 5 in = 140 in²\n", PASS),
        (
            "Area = length × width = 28 in × 5 in = 1440 in²\n",
            ("arithmetic", 24),
        ),  # "in" between a number and × is inches
        ("Area = ½ × base × height = ½ × 4 m × 18 m = 2 × 18 m = 36 m²\n", PASS),
        (
            "Area = ½ × base × height = ½ × 4 m × 18 m = 2 × 18 m = 336 m²\n",
            ("arithmetic", 44),
        ),  # m to m² is no conversion
        ("The scale is 1 cm = 50 km.\n", PASS),  # a map's scale
        ("1 km = 100 m\n", ("arithmetic", 0)),
        ("So π × 11² = 121π ≈ 380.13 square meters\n", PASS),
        ("So π × 11² = 121π ≈ 380.14 square meters\n", ("arithmetic", 20)),
        ("A = π × 5² = 25π ≈ 78.5 cm²\n", PASS),  # π taken as 3.14
        ("C = 2 \\times \\pi \\times 20 = 40\\pi \\approx 125.66 \\text{ m}\n", PASS),
        ("C = 2 \\times \\pi \\times 20 = 40\\pi \\approx 125.67 \\text{ m}\n", ("arithmetic", 43)),
        ("| Area | π × 2² = 4π | ≈ 12.57 ft² |\n", PASS),
        ("| Area | π × 2² = 4π | ≈ 22.57 ft² |\n", ("arithmetic", 25)),
        ("A = π × 4²\nA = π × 16\nA ≈ 50.27 m²\n", PASS),
        ("A = π × 4²\nA = π × 16\nA ≈ 52.07 m²\n", ("arithmetic", 26)),  # the multiple on the line above
        ("49π ≈ 154.0\n", ("arithmetic", 6)),  # 153.9: 154.0 needs π as 3.142
        ("Using π ≈ 3.142: 49π ≈ 154.0\n", PASS),
        ("The diameter is C ÷ π = 87.92 ÷ 3.14 = 28 cm\n", PASS),  # a quotient, not a multiple
        # number theory (set 39)
        ("Break 288 apart: 288 = 2 × 144. 144 = 2 × 72.\n", PASS),
        ("Break 288 apart: 288 = 2 × 144. 144 = 2 × 73.\n", ("arithmetic", 32)),  # a number written as a product
        ("Euclid: 48 = 1 x 36 + 12. 36 = 3 x 12 + 0.\n", PASS),
        ("Euclid: 48 = 1 x 36 + 21. 36 = 3 x 12 + 0.\n", ("arithmetic", 8)),
        ("Over 9 days, that is 2 x 9 days = 18 tablets.\n", PASS),
        ("If $x=1$, we have $1 = \\!\\sqrt{11-2} + 4$, which is not true.\n", PASS),  # a root tried (MATH500)
        ("Factor pairs: 1 × 288, 2 × 144, 3 × 96, 16 × 18, which gives 18 factors.\n", PASS),
        # A sum with a fractional value is never stated whole (set 28: "two and a half"); a quotient may be
        ("5 plus 2.5 plus 2 is 9.5.\n", PASS),
        ("5 plus 2.5 plus 2 is 9.\n", ("arithmetic", 0)),
        ("Five plus two and a half plus two is nine.\n", ("arithmetic", 0)),
        ("25 / 4 = 7 buses\n", PASS),
        ("167 fois 7,50 € égale 1 252,50 €.\n", PASS),  # a product, and its number goes on past "1 252"
        ("so $0.70 plus $1.40 equals two ten\n", PASS),  # "two ten": $2.10
        # Comparison problems (set 41): an equation solved in one step, a bar model's unknown
        ("5x = 45, so x = 9\n", PASS),
        ("5x = 45, so x = 40\n", ("arithmetic", 16)),
        ("so -5d + 10d = 50, and d = 10\n", PASS),  # 10d is one term of a sum
        ("- 2y = 22, so y = 12\n", ("arithmetic", 18)),  # a bullet, not a term's sign
        ("so 2 + 5x = 47, so 5x = 45, so x = 8\n", ("arithmetic", 35)),
        ("\\(3x = 63\\), so \\(x = 22\\)\n", ("arithmetic", 22)),
        ("- 6p = $13.50, so p = $2.25\n", PASS),
        ("Maya: 1 unit; Ethan: 3 units.\nTotal: 7 units minus 8 = 48.\n7 units = 48 + 8 = 56\n", PASS),
        ("He sold 60 units − 8 = 51 units.\n", ("arithmetic", 8)),
        ("The value of one part: $45.00 ÷ 3 parts = $150.00\n", ("arithmetic", 24)),  # parts share: a computation
        # A compound unit after a result (set 30): the result ends at it
        ("p = mv = 1,580 kg × 15 m/s = 23,700 kg·m/s\n", PASS),
        ("p = mv = 1,580 kg × 15 m/s = 23,699 kg·m/s\n", ("arithmetic", 9)),
        ("= 750 g ÷ 100 g = 7.5\n", PASS),
        ("Total time: 2.5 h + 3.75 h = 6.25 h = 6 h 15 min\n", PASS),  # "h" is hours, no unknown
        # Receipts, ledgers and money tables (set 42)
        ("```\nGLUE   2 @ $1.19   $2.38\nPENS   3 @ $2.09   $6.27\n---------\nSUBTOTAL   $8.65\n```\n", PASS),
        (
            "```\nGLUE   2 @ $1.19   $2.38\nPENS   3 @ $2.09   $6.27\n---------\nSUBTOTAL   $8.75\n```\n",
            ("arithmetic", 75),
        ),
        ("```\nGLUE   2 @ $1.19   $2.48\n```\n", ("arithmetic", 11)),  # its columns: "2 @ $1.19" states $2.48
        ("```\nTOTAL   $92.99\nEACH PERSON (÷ 4)   $3.25\n```\n", ("arithmetic", 39)),
        (
            "```\nA   $1.00\nB   $2.00\n---------\nTOTAL AT A   $3.00\n"
            "\nA   $4.00\nB   $5.00\n---------\nTOTAL AT B   $9.00\n```\n",
            PASS,
        ),
        ("| Item | Total |\n|---|---:|\n| Toy | $24.54 |\n| Food | $90.98 |\n| **Subtotal** | **$115.52** |\n", PASS),
        (
            "| Item | Total |\n|---|---:|\n| Toy | $24.54 |\n| Food | $90.98 |\n| **Subtotal** | **$111.52** |\n",
            ("arithmetic", 82),
        ),
        (
            "| Step | Calculation | Result |\n|---|---|---|\n| Apples | 3 × $2 | $6 |\n"
            "| Off | 10% of $6 | $0.60 |\n| Total | $6 − $0.60 | $5.40 |\n",
            PASS,
        ),
        (
            "| Date | Item | Amount | Balance |\n|---|---|---|---|\n| Nov 2 | Snack | −$35.00 | $65.00 |\n"
            "| Nov 3 | Fee | −$35.00 | $30.00 |\n",
            PASS,
        ),
        (
            "| Date | Item | Amount | Balance |\n|---|---|---|---|\n| Nov 2 | Snack | −$35.00 | $65.00 |\n"
            "| Nov 3 | Fee | −$35.00 | $40.00 |\n",
            ("arithmetic", 116),
        ),
        # A line a receipt may hold keeps another reading's fault ("$" sends it to receipts.py too)
        ("Sorted: 3, 4, 5, 8, 16, 16, 16.\nThere are 8 values, each worth $1.\n", ("arithmetic", 42)),
        ("sales tax: 81.36 x 0.065 ~ 5.29\n", PASS),  # "~" between a computation and a number: about
        ("sales tax: 81.36 x 0.065 ~ 15.29\n", ("arithmetic", 11)),
    ],
)
def test_methods_geometry_number_theory(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text, problem="") == {expected}


@pytest.mark.parametrize(
    ("gate", "text", "problem", "expected"),
    [
        # A problem about powers or growth by a factor: its numbers' products say nothing of the results' size.
        (
            "magnitude",
            "10⁴ = 10,000\n9 × 10,000 = 90,000\n",
            "A balance of $9 is multiplied by 10 each decade. What is it after 4 decades?",
            PASS,
        ),
        ("magnitude", "9 × 10 = 90,000\n", "A box holds 9 apples. How many apples are in 10 boxes?", ("magnitude", 9)),
        (
            "magnitude",
            "Sum = (36 − 2) × 180 = 6120°\n",
            "Each interior angle of a regular polygon with 36 sides?",
            PASS,
        ),
        # A falling sequence has a negative common difference.
        (
            "unexpected_negative",
            "Common difference: 215 - 224 = -9\n",
            "A countdown goes 224, 215, 206, 197, ... What number is said 14th?",
            PASS,
        ),
        (
            "unexpected_negative",
            "Difference: 215 - 224 = -9\n",
            "Tom has 224 apples and 215 pears. How many more apples?",
            ("unexpected_negative", 24),
        ),
        ("final_answer", "9 × 405 = 3,645\nThe answer is $\\boxed{3{,}645}$.\n#### 3645", "9 crates of 405?", PASS),
        # One line, or two, written again and again, whatever they hold: a model stuck on "\]".
        ("repetition", "\\[\nA = 33 \\times 9 = 297\n\\]\n\\]\n\\]\n\\]\n\\]\n\\]\n", "", ("repetition", 37)),
        ("repetition", "\\[\n\n\\[\n\n\\[\n\n\\[\n\n\\[\n\n", "", ("repetition", 16)),
        ("repetition", "```\n     32\n   × 26\n" + "     32\n   × 26\n" * 4, "", ("repetition", 68)),
        ("repetition", "2 x 3 = 6, write 6.\n2 x 3 = 6, write 6.\nSecond row: 660.\n", "", PASS),  # 33 × 2
        ("repetition", "| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 |\n| 3 | 4 |\n", "", PASS),
        ("answer_marker", "| Volume | 23³ | 12,167 in³ |\n\n#### 12167", "A cube's edge is 23 in. Its volume?", PASS),
        # A sum worked in columns inside a fence is no tool's output: its numbers are the writer's.
        (
            "arithmetic",
            "```\n  1608\n - 278\n------\n  1330\n```\n\nThat means 1,608 - 278 = 1,330.\n"
            "35 doesn't go into 13, so start with 133.\n",
            "A team wants to run 1,608 laps.",
            PASS,
        ),
        ("arithmetic", "```output\n1330\n```\nSo 133 laps are left.\n", "1,608 laps.", ("arithmetic", 22)),
        # A receipt's line that takes an amount off is no negative number; the answer may be the result before
        # it is said again in hours
        ("unexpected_negative", "```\nSUBTOTAL   $21.75\nCOUPON 35% OFF   -$7.61\n```\n", "A 35% discount.", PASS),
        (
            "unexpected_negative",
            "So she has 14 - 21 = -7 stickers.\n",
            "She has 14 stickers.",
            ("unexpected_negative", 21),
        ),
        ("final_answer", "6*25=<<6*25=150>>150 minutes=2 hours 30 minutes.\n#### 150", "25 km at 6 min per km?", PASS),
    ],
)
def test_other_gates(gate: str, text: str, problem: str, expected: tuple[str, int | None]) -> None:
    assert verdicts(gate, text, problem=problem) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # Found by a review of stop 38 (a reader who had not written it, probing with lines of its own): correct
        # lines the first build of this stop's readings killed.
        "| Date | Description | Deposit | Withdrawal | Balance |\n|---|---|---|---|---|\n"
        "| Jan 1 | Start | $100.00 | | $100.00 |\n| Jan 2 | Books | | $25.00 | $75.00 |\n"
        "| Jan 3 | Lunch | | $10.00 | $65.00 |\n",
        "| Day | Earned | Spent | Balance |\n|---|---|---|---|\n| Mon | $20 | $5 | $15 |\n| Tue | $20 | $8 | $27 |\n",
        "```\nTotal     $14.25\nPaid      $20.00\n-------\nChange    $5.75\n```\n",
        "```\n  $20.00\n- $14.25\n--------\n   $5.75\n```\n",
        "```\nSubtotal        $5.50\nDiscount (10%)  $0.55\n---------------\nTotal           $4.95\n```\n",
        "| Item | Cost |\n|---|---|\n| Ticket | $12.00 |\n| Popcorn | $6.50 |\n| Discount | $2.00 |\n"
        "| **Total** | **$16.50** |\n",
        "```\n18 eggs @ $3.00/dozen   $4.50\n```\n",
        "Class A scored 4, 6, 8. Class B scored 10, 12, 14, 16.\n"
        "Combining both classes, there are 7 values in total, and their sum is 70, so the mean is 10.\n",
        "The data are 12, 15, 18, 20, 22, 40.\nWithout the outlier 40, there are 5 values.\n",
        "The numbers are 12, 55, 61, 8, 70, 43, 90.\nThere are 4 numbers greater than 50.\n",
        "Favorable outcomes: {2, 3, 5}. The number of possible outcomes is 6, so P = 3/6 = 1/2.\n",
        "A = {2, 4, 6} and B = {1, 2, 3, 4}, so A ∪ B = {1, 2, 3, 4, 6}, count = 5.\n",
        "Sorted: 3, 5, 7, 9, 11, 12.\nThe median is the mean of the 3rd and 4th values, which is 8.\n",
        "3x = 11, so x = 3 2/3.\n",
        "6x = 40, so x = 6⅔.\n",
        "3x = 2, so x = 0.666...\n",
        "The percent increase from 20 to 25 is 25%.\n",
        "The scale factor from 4 to 12 is 3.\n",
        "The number of pages from 7 to 12 is 6.\n",
        "Count back from 100: jump 10 to 90, then jump 5 to 85.\n",
        "2 + 1.5 = 3 ½ hours.\n",
        "0.5 + 3 = 3 and 1/2 cups.\n",
        "Total time: 1.5 + 2 = 3 h 30 min.\n",
        "5 + 2.5 = 7 and a half hours.\n",
        "Using π = 3, the area is 25π ≈ 75 square cm.\n",
        "Estimate: 25π ≈ 80 square cm.\n",
        "V = (4/3)π × 27 ≈ 113.1 cubic cm.\n",
        "A = 1/2 π × 16 ≈ 25.13 square cm.\n",
        "20 ÷ 3 ≈ 6.666...\n",
        "Add 12 six times:\n```\n  12\n+ 12\n+ 12\n+ 12\n+ 12\n+ 12\n----\n  72\n```\nSo 6 × 12 = 72.\n",
    ],
)
def test_review_of_stop38(text: str) -> None:
    assert fired(text) is None


def fired(text: str) -> tuple[str, int | None] | None:
    """The first solution gate's verdict on ``text`` (format rejections aside), the same under four chunkings."""
    got = {
        v
        for gate in ("arithmetic", "repetition", "unexpected_negative")
        for v in verdicts(gate, text, problem="")
        if v != PASS
    }
    return min(got) if got else None
