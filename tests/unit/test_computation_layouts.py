"""Computations laid out the way sets 7-10's evaluators found the gates could not read (stop 30): code with
``# ->`` comments, results followed by their computation in parentheses, lines that start with an operator and
go on from the line before, ``==`` and arrows as result markers, glued units and rates, ``% off``, "we do … and
we get …", ``2)`` list items, clock spans; small numbers in words ("Six lots of $1.75") and ``∵``; em dashes,
backticks, ``½``, a result on its own line, fractions stated as results; set 10's conversions stated as facts;
operations named by a verb ("multiply 8 by 7 to get 56").
Each verdict must be the same however the stream is cut (``verdicts`` runs four chunkings), and a correct line
passes."""

from __future__ import annotations

import pytest

from mcrgen.validators.arithmetic import scan_prefix
from tests.unit.test_validators import verdicts

CODE = "```python\napples = 2 * 1.95  # -> 3.9\npears = 7 * 3  # -> {p}\ntotal = 3.9 + 21  # {t}\n```\n"
RUNNING = "5 × $2.25 = $11.25   (notebooks)\n2 × $1.80 = $3.60   (pens)\n+ $11.25 = ${s}   (total spent)\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Code: the comment after an assignment states its result.
        (CODE.format(p="21", t="24.9"), ("pass", None)),
        (CODE.format(p="210", t="24.9"), ("arithmetic", 46)),
        (CODE.format(p="21", t="5.25"), ("arithmetic", 69)),
        ("x = 3 * 4  # 3 boxes of 4\n", ("pass", None)),  # a comment that is not a result
        ("n = 7 * 3  # pears\n", ("pass", None)),
        ("hours_to_minutes = 4 * 60  # 4 hours converted to minutes\n", ("pass", None)),  # the embedded model's
        ("eggs = 3 * 4  # 12 eggs\n", ("pass", None)),
        ("eggs = 3 * 4  # 13 eggs\n", ("arithmetic", 7)),
        # A result, then its computation in parentheses.
        ("First, the cost of the apples is $3.70 (2 × $1.85).\n", ("pass", None)),
        ("Next, the cost of the pears is $11.90 (2 × $4.95).\n", ("arithmetic", 32)),
        ("So the total cost is $13.60 ($3.70 + $9.90).\n", ("pass", None)),
        ("That means the cost of two pairs is $97.50 ($53.00 + $26.50).\n", ("arithmetic", 37)),
        ("That means the cost of two pairs is $79.50 ($53.00 + $26.50).\n", ("pass", None)),
        ("It needs 3 buses (100 ÷ 40).\n", ("pass", None)),  # a count rounds up
        ("To start, the tip is $14.05 (18% of $72.50).\n", ("arithmetic", 22)),
        ("To start, the tip is $13.05 (18% of $72.50).\n", ("pass", None)),
        ("It took 2 hours (3 × 40 minutes).\n", ("pass", None)),  # a unit between: not read
        ("She has 12 (2 + 3 more) left.\n", ("pass", None)),
        ("She is 12 (2 + 3 more) left.\n", ("pass", None)),
        ("- Flour: 2.5 cups (0.75 × 2)\n", ("arithmetic", 9)),  # no marker on the line: the parenthesis is one
        ("- Flour: 1.5 cups (0.75 × 2)\n", ("pass", None)),
        ("- Cost of apples: $5.00 (4 × $1.25)\n- Cost of pears: $6.00 (4 × $1.25)\n", ("arithmetic", 54)),
        ("Flour needed: 2 1/2 cups (0.75 × 2).\n", ("arithmetic", 14)),  # a mixed number is read whole
        ("Flour needed: 2 1/2 cups (1.25 × 2).\n", ("pass", None)),
        ("Flour needed: 2 1/3 cups (7 ÷ 3).\n", ("pass", None)),
        ("Half the pie (1/2) is left.\n", ("pass", None)),
        # A clock span inside \text{} is read like one in prose.
        ("\\[\n\\text{from 8:15 AM to 1:15 PM} = 301 \\text{ minutes}\n\\]\n", ("arithmetic", 9)),
        ("\\[\n\\text{from 8:15 AM to 1:15 PM} = 300 \\text{ minutes}\n\\]\n", ("pass", None)),
        ("\\[\n\\text{8:15 AM to 1:15 PM} = 6 \\text{ hours}\n\\]\n", ("arithmetic", 9)),
        ("It runs \\(\\text{9:00 AM to 11:30 AM} = 2 \\text{ hours } 30 \\text{ minutes}\\).\n", ("pass", None)),
        ("It runs \\(\\text{9:00 AM to 11:30 AM} = 2 \\text{ hours } 20 \\text{ minutes}\\).\n", ("arithmetic", 16)),
        ("\\text{Ratio 3:2} = 1.5\n", ("pass", None)),
        # Set 11: a result before its computation in parentheses, opened by "from" or "that's", units inside.
        ("The weekly pay comes to $37.20 (from $124.00 × 3 days).\n", ("arithmetic", 25)),
        ("The weekly pay comes to $372.00 (from $124.00 × 3 days).\n", ("pass", None)),
        ("- **Number of chicken legs:** 65 legs (28 chickens × 2 legs)\n", ("arithmetic", 30)),
        ("- **Number of chicken legs:** 56 legs (28 chickens × 2 legs)\n", ("pass", None)),
        ("Number of students who passed: 42 students (that's 3/4 of 60 students)\n", ("arithmetic", 31)),
        ("Number of students who passed: 45 students (that's 3/4 of 60 students)\n", ("pass", None)),
        ("Perimeter: 6 cm (2 x 30 cm)\n", ("arithmetic", 11)),
        ("It took 2 hours (from 3 × 40 minutes).\n", ("pass", None)),  # a conversion: not judged
        ("- **Time at work:** 450 minutes (6:00 PM - 9:00 AM)\n", ("arithmetic", 20)),  # a clock span
        ("- **Time at work:** 540 minutes (6:00 PM - 9:00 AM)\n", ("pass", None)),
        ("It lasts 3.5 hours (from 9:00 AM to 11:30 AM).\n", ("arithmetic", 9)),
        ("The meeting is at 3 pm (3:00 PM - 4:00 PM).\n", ("pass", None)),
        # A unit multiplied by its own factor is converted as written; "per dozen" is a rate.
        ("5 feet × 12 + 10 inches = 68 inches\n", ("arithmetic", 0)),
        ("5 feet × 12 + 10 inches = 70 inches\n", ("pass", None)),
        ("2 hours + 20 minutes = 140 minutes\n", ("pass", None)),
        ("1 hour × 3 + 20 minutes = 200 minutes\n", ("pass", None)),
        ("120 minutes ÷ 60 minutes per hour = 3 hours\n", ("arithmetic", 0)),
        ("120 minutes ÷ 60 minutes per hour = 2 hours\n", ("pass", None)),
        # Worded markers and superscript powers.
        ("12 + 15 yields 28.\n", ("arithmetic", 0)),
        ("12 + 15 results in 27.\n", ("pass", None)),
        ("The area is 3² × 4 = 35 cm².\n", ("arithmetic", 12)),
        ("The area is 3² × 4 = 36 cm².\n", ("pass", None)),
        # Set 12: a LaTeX command right before a digit.
        ("The homework time per week in minutes is $60\\times5=303$.\n", ("arithmetic", 42)),
        ("The homework time per week in minutes is $60\\times5=300$.\n", ("pass", None)),
        ("So the number of plants is $3\\cdot8=42$.\n", ("arithmetic", 28)),
        ("It is $12\\div4=4$ each.\n", ("arithmetic", 7)),
        # Set 13: an operator word inside \text{}.
        ("This gives \\(18\\% \\text{ of } 84 = 151.20 \\text{ dollars}\\).\n", ("arithmetic", 13)),
        ("This gives \\(18\\% \\text{ of } 84 = 15.12 \\text{ dollars}\\).\n", ("pass", None)),
        ("\\(3 \\text{ times } 4 = 13\\)\n", ("arithmetic", 2)),
        # An operation named by a verb or a noun before its operands.
        ("Multiply 8 by 7 to get 57.\n", ("arithmetic", 0)),
        ("Multiply 8 by 7 to get 56.\n", ("pass", None)),
        ("Then subtract 15 from 40, which gives 26.\n", ("arithmetic", 5)),
        ("Then subtract 15 from 40, which gives 25.\n", ("pass", None)),
        ("Add 12, 15, and 8 to get 36 marbles.\n", ("arithmetic", 0)),
        ("Add 12, 15, and 8 to get 35 marbles.\n", ("pass", None)),
        ("Dividing 120 cookies among 4 friends gives 31 each.\n", ("arithmetic", 0)),
        ("The difference between 15 and 40 is 25.\n", ("pass", None)),
        ("The product of 8 and 7 is 57.\n", ("arithmetic", 4)),
        ("Taking away 15 from 40 leaves 26.\n", ("arithmetic", 0)),
        ("Add 3 hours and 45 minutes to get 225 minutes.\n", ("pass", None)),  # a conversion: not judged
        ("Add 10% to $50 to get $55.\n", ("pass", None)),
        ("Divide 12 by 3 and multiply by 4 to get 16.\n", ("pass", None)),
        ("Multiply 8 by 7 to get the total number of seats, which is 56.\n", ("pass", None)),
        ("The sum of 3 and 4 is 7 more than the difference.\n", ("pass", None)),
        ("The total is 12 (3 × 4 = 12).\n", ("pass", None)),
        ("First, the travel time is 4.75 hours (225 ÷ 60).\n", ("arithmetic", 26)),
        ("First, the travel time is 3.75 hours (225 ÷ 60).\n", ("pass", None)),
        ("hours = ((17*60 + 30) - (9*60 + 0)) / 60  # → 18.5\n", ("arithmetic", 8)),
        ("hours = ((17*60 + 30) - (9*60 + 0)) / 60  # → 8.5\n", ("pass", None)),
        ("each = 77 // 9  # -> 6\n", ("arithmetic", 7)),
        ("each = 77 // 9  # -> 8\n", ("pass", None)),
        # A line that starts with an operator goes on from the result of the line before.
        (RUNNING.format(s="14.85"), ("pass", None)),
        (RUNNING.format(s="13.85"), ("arithmetic", 60)),
        ("3 × $4 = $12\n× 4 = $48\n", ("pass", None)),
        ("3 × $4 = $12\n× 4 = $56\n", ("arithmetic", 13)),
        ("Total so far: $12\n+ $3 = $16\n", ("pass", None)),  # no computed result before: nothing to go on from
        ("- $3 = $16\n", ("pass", None)),  # a bullet, not a minus
        # == and arrows after a computation state its result.
        ("tip 10% of 25 == 2.5\n", ("pass", None)),
        ("tip 10% of 25 == 12.5\n", ("arithmetic", 4)),
        ("amount per friend 100.8 / 5→20.16\n", ("pass", None)),
        ("amount per friend 100.8 / 5→18.16\n", ("arithmetic", 18)),
        ("• Cost of the pens → 3 × $1.50 → $5.50\n", ("arithmetic", 21)),
        # Glued units and rates.
        ("Hourly charge: 7hr × $3.75/hr = $26.25\n", ("pass", None)),
        ("Hourly charge: 7hr × $3.75/hr = $28.25\n", ("arithmetic", 15)),
        ("So 2L + 8 = 22, and L = 7.\n", ("pass", None)),  # one glued letter on the left is a variable
        ("2g + 80 - 4g = 70\n", ("pass", None)),
        ("2h + 30min = 150 min\n", ("pass", None)),  # two units of one measure: a conversion
        ("Liters pumped: 16 × 14min = 226L\n", ("arithmetic", 15)),
        ("Liters pumped: 16 × 14min = 224L\n", ("pass", None)),
        ("Hourly charge: 7h × $3.75/hr = $28.25\n", ("arithmetic", 15)),  # one glued letter before × or ÷
        ("Hourly charge: 7h × $3.75/hr = $26.25\n", ("pass", None)),
        ("Each bottle holds 117L ÷ 4 = 29.75L\n", ("arithmetic", 18)),
        ("Each bottle holds 117L ÷ 4 = 29.25L\n", ("pass", None)),
        ("So 3m + 2 = 11, and m = 3.\n", ("pass", None)),
        ("Then 2x × 3 = 6x.\n", ("pass", None)),
        ("Total length: 153cm + 180cm + 139cm = 472cm\n", ("pass", None)),
        ("Carpet cost: 165ft² × $3.25/sqft = $535.25\n", ("arithmetic", 13)),
        ("Carpet cost: 165ft² × $3.25/sqft = $536.25\n", ("pass", None)),
        # A percent off a price.
        ("Sale price: 25% off $140.00 = $105.00\n", ("pass", None)),
        ("Sale price: 25% off $140.00 = $106.00\n", ("arithmetic", 12)),
        ("First: 10% off $810, which gives us $730.\n", ("arithmetic", 7)),
        ("A: The clearance price is 25% off $200.00 = $150.00.\n", ("pass", None)),
        # Worded: "we do … and we get …".
        ("For the peppers we do 1.5 × $3 and we get $4.50.\n", ("pass", None)),
        ("For the peppers we do 1.5 × $3 and we get $4.05.\n", ("arithmetic", 22)),
        # "2)" numbers a list item.
        ("2) 6 × $1.25 = $9.50 — cost of the cookies\n", ("arithmetic", 3)),
        ("2) 6 × $1.25 = $7.50 — cost of the cookies\n", ("pass", None)),
        # A remainder after a quotient.
        ("Each gets $149.00 ÷ 6 = $24.00 remainder 5.\n", ("pass", None)),
        ("Each gets 149 ÷ 6 = 24 remainder 5.\n", ("pass", None)),
        ("Full boxes: 147 / 12 = 13 remainder 3.\n", ("arithmetic", 12)),
        (
            "So 175 minus 35, which is 138 rubies in the chest.\n",
            ("arithmetic", 3),
        ),  # not rounded up when a remainder is
        ("$77 ÷ 6 = $12 remainder 5   (each)\n× 6 = $72   (given)\n", ("pass", None)),
        ("$77 ÷ 6 = $12 remainder 5   (each)\n× 6 = $70   (given)\n", ("arithmetic", 35)),
        # Numbers in words, "lots of", and the because sign.
        ("Six lots of $1.75 is $10.50. That's the cost.\n", ("pass", None)),
        ("Six lots of $1.75 is $11.50. That's the cost.\n", ("arithmetic", 0)),
        ("Ten lots of four is 50. That's her age.\n", ("arithmetic", 0)),
        ("3 times five is 51, so that's it.\n", ("arithmetic", 0)),
        ("2/3 of twelve is 8 for the banner.\n", ("pass", None)),
        ("∵ 230 × 11 = 219\n", ("arithmetic", 2)),
        ("∵ 230 × 11 = 2530\n∴ the total is 2530.\n", ("pass", None)),
        ("two thirds of 12 is 8\n", ("pass", None)),
        ("He works five times a week, so 5 × 3 = 15.\n", ("pass", None)),
        ("The two numbers 4 + 5 = 9 add up.\n", ("pass", None)),
        ("One of the 3 boxes is 2 + 2 = 4 kg.\n", ("pass", None)),
        # Set 9: em-dash labels, backticks, vulgar fractions, results on the next line, fractions as results.
        ("Muffin cost per week — $3.25 × 3 = $9.75\n", ("pass", None)),
        ("Muffin cost per week — $3.25 × 3 = $10.25\n", ("arithmetic", 24)),
        ("- Tip: `64.00 * 0.2 = 12.80`\n", ("pass", None)),
        ("- Tip: `64.00 * 0.2 = 63.80`\n", ("arithmetic", 8)),
        ("(1) Cans of paint: ½ × 8 = 4 cans\n", ("pass", None)),
        ("(1) Cans of paint: ½ × 8 = 40 cans\n", ("arithmetic", 19)),
        ("12 ÷ 8 = 1½ bags\n", ("pass", None)),
        ("12 ÷ 8 = 1⅓ bags\n", ("arithmetic", 0)),
        ("* Sales tax = $110.00 × 5%\n* = **$5.50**\n", ("pass", None)),
        ("* Sales tax = $110.00 × 5%\n* = **$6.50**\n", ("arithmetic", 27)),
        ("Cost of the lemonade = 52 × $0.25\nCost of the lemonade = $13.00\n", ("pass", None)),
        ("Cost of the lemonade = 52 × $0.25\nCost of the lemonade = $12.99\n", ("arithmetic", 34)),
        ("Cost = 52 × $0.25\nProfit = $12.99\n", ("pass", None)),  # another label: not its result
        ("The rate is 1 / 6 = 1/6 of the pool.\n", ("pass", None)),
        ("The rate is 1 / 6 = 1/3 of the pool.\n", ("arithmetic", 12)),
        ("\\frac{1}{4} + \\frac{1}{12} = \\frac{2}{3}\n", ("arithmetic", 0)),
        ("Rm = 1/3 - 1/12 = 1/2\n", ("arithmetic", 5)),
        ("Rm = 1/3 - 1/12 = 1/4\n", ("pass", None)),
        # Set 10 (held-out, then fixed): conversions stated as facts, a remainder inside \\text{}.
        ("To find the minutes, we calculate $7 \\text{ hours} = 420 \\text{ minutes}$.\n", ("pass", None)),
        ("To find the minutes, we calculate $7 \\text{ hours} = 419 \\text{ minutes}$.\n", ("arithmetic", 35)),
        ("**Length in inches:** 8 feet = 97 inches\n", ("arithmetic", 22)),
        ("The race is 10 kilometers = 100,000 meters.\n", ("arithmetic", 12)),
        ("   * 1.5 liters = 1,500 milliliters\n", ("pass", None)),
        ("8 feet = 96 inches, 2 hours = 120 minutes, 5 dollars = 500 cents.\n", ("pass", None)),
        ("A shift: 1 day = 8 hours; 1 mile = 1.6 km; 60 miles = 1 hour; 1 pound = 16 ounces.\n", ("pass", None)),
        ("   191 / 40 = 4 \\text{ remainder } 31\n", ("pass", None)),
        ("The trip takes 5 \\text{ hours}", ("pass", None)),  # a number and its unit end the text
        ("1 hour 45 minutes = 1.75 hours.\n", ("pass", None)),  # set 1's edge case: a compound quantity
        ("2 hours and 30 minutes = 2.5 hours.\n", ("pass", None)),
        ("   191 / 40 = 5 \\text{ remainder } 31\n", ("arithmetic", 3)),
        # Clock spans.
        ("From 7:30 AM to 2:00 PM is 6.5 hours.\n", ("pass", None)),
        ("From 7:30 AM to 2:00 PM is 7.5 hours.\n", ("arithmetic", 0)),
        ("Work time: from 8:15 AM to 1:15 PM = 300 minutes\n", ("pass", None)),
        ("Work time: from 8:15 AM to 1:15 PM = 302 minutes\n", ("arithmetic", 11)),
        ("From 10:00 PM to 6:00 AM is 8 hours of sleep.\n", ("pass", None)),
        ("From 9:00 AM to 11:45 AM is 2 hours 45 minutes.\n", ("pass", None)),
        ("From 9:00 AM to 11:45 AM is 2 hours 15 minutes.\n", ("arithmetic", 0)),
        ("From 9:00 AM to 4:20 PM is 7.33 hours.\n", ("pass", None)),
        ("From 9:00 AM to 5:00 PM is 8 hours, minus a 1 hour lunch.\n", ("pass", None)),
        ("From 9:00 to 17:00 is 8 hours.\n", ("pass", None)),
        ("5:00 PM - 8:30 AM = 8 hours 30 minutes\n", ("pass", None)),  # a difference, or a range
        ("9:00 AM – 5:00 PM is 8 hours\n", ("pass", None)),
        ("9:00 AM – 5:00 PM is 9 hours\n", ("arithmetic", 0)),
        # Parentheses that are a factor, not a computation of the number before them.
        ("if the bill was $50 an even split (1/2) would be $25\n", ("pass", None)),
        ("Three-quarters of $300 is (3/4)*$300 = $225\n", ("pass", None)),
        ("$35 \\left( \\frac{1}{5} \\right)^4 = 0.056$\n", ("pass", None)),
        ("It is 35 (1 + 4)^2 in all.\n", ("pass", None)),
        ("From 9:00 AM to 5:00 PM is a long day.\n", ("pass", None)),
        # Italics around a computation (stop 32): "*" with no operand before it opens them, "*" glued after a
        # value and before a blank closes them when they are open; "3* 4" with none open is still a product.
        ("She has *4 × 6 = 25* apples.\n", ("arithmetic", 9)),
        ("She has *4 × 6 = 24* apples.\n", ("pass", None)),
        ("She pays *$4 × 6 = $25*.\n", ("arithmetic", 11)),
        ("So 3* 4 = 13.\n", ("arithmetic", 3)),
        ("So 3 *4 = 13.\n", ("arithmetic", 3)),
        ("So **3 * 4 = 13** apples\n", ("arithmetic", 5)),
        # Table cells in math delimiters (set 14): the result cell after the computation's cell.
        ("| Total weight | $2 + 1.25$ | $3.26$ |\n", ("arithmetic", 18)),
        ("| Total weight | $2 + 1.25$ | $3.25$ |\n", ("pass", None)),
        ("| Total | \\(2 + 1.25\\) | \\(3.26\\) |\n", ("arithmetic", 12)),
        ("| Total | \\(2 + 1.25\\) | \\(3.25\\) |\n", ("pass", None)),
        ("| Total points | $82 + 71 + 93$ | $245$ points |\n", ("arithmetic", 18)),
        ("| 1 | Room area | $4 \\times 5$ | $20$ square meters |\n", ("pass", None)),
        # What an amount is for, between it and its operator (set 15): "for the bike", "per quarter".
        ("$197.00 for the bike − $47.00 saved = $147.00\n", ("arithmetic", 1)),
        ("$197.00 for the bike − $47.00 saved = $150.00\n", ("pass", None)),
        ("Noah: $25.00 for the stand + $19.00 for gas = $47.00.\n", ("arithmetic", 7)),
        ("A: 17 quarters x $0.25 per quarter = $4.52.\n", ("arithmetic", 3)),
        ("A: 17 quarters x $0.25 per quarter = $4.25.\n", ("pass", None)),
        ("Next: 19 guests * $2.00 per guest for drinks = $37.00\n", ("arithmetic", 6)),
        ("So 60 miles per hour × 2 hours = 120 miles.\n", ("pass", None)),
        # "take away" and "and get" (set 15).
        ("Step 1: 17 miles take away 7 miles equals 11 miles.\n", ("arithmetic", 8)),
        ("Step 1: 17 miles take away 7 miles equals 10 miles.\n", ("pass", None)),
        ("So we multiply 9 by 16 and get 25.\n", ("arithmetic", 6)),
        ("So we multiply 9 by 16 and get 144.\n", ("pass", None)),
        ("So we add 3 and 6 and get 7.\n", ("arithmetic", 6)),
        ("Go to the store and get 5 apples.\n", ("pass", None)),
        # International conventions (set 16): thousands grouped by a space, a thin or a narrow no-break space;
        # "per cent"; currency codes before an amount; a currency sign in \\text{}.
        ("Last of all, the milk needed is 5 × 300 = 1 500 ml.\n", ("pass", None)),
        ("Last of all, the milk needed is 5 × 300 = 1 600 ml.\n", ("arithmetic", 32)),
        ("€45.00 × 24 = €1\u202f080.00\n", ("pass", None)),
        ("€45.00 × 24 = €1\u2009180.00\n", ("arithmetic", 1)),
        ("Now the discount is £34 × 10 per cent = £3.40.\n", ("pass", None)),
        ("Now the discount is £34 × 10 per cent = £3.50.\n", ("arithmetic", 21)),
        ("Sponsor share: 572.00 × 0.75 = CHF 429.00\n", ("pass", None)),
        ("Sponsor share: 572.00 × 0.75 = CHF 439.00\n", ("arithmetic", 15)),
        ("| 1 | Total | 840.00 + 260.00 | GBP 1 100.00 |\n", ("pass", None)),
        ("\\[ 26.40 \\times 0.2 = \\text{£}5.38 \\]\n", ("arithmetic", 3)),
        ("$\\text{£}2850.00 + \\text{£}85.50 = \\text{£}2\\,935.50$\n", ("pass", None)),
        # A computation split over two lines, its result opening the second (set 17).
        ("Eggs:\n8 + 7\n= 15 eggs\n\n", ("pass", None)),
        ("Eggs:\n8 + 7\n= 56 eggs\n\n", ("arithmetic", 12)),
        ("Total cost:\n12.00 × 4\n= $49.00\n", ("arithmetic", 22)),
        ("He is 5 years old\n= 6\n", ("pass", None)),
        # Roots in prose (stop 32): "√16" is a computation by itself; a number before one is its factor.
        # LaTeX's \sqrt{} is left alone: competition algebra around it ("(\sqrt{2}+\sqrt{3})^2 (...)") is not parsed.
        ("The side is √16 = 4 cm.\n", ("pass", None)),
        ("The side is √16 = 5 cm.\n", ("arithmetic", 12)),
        ("So 2 × √16 = 9 cm.\n", ("arithmetic", 3)),
        ("So √12 = 2√3.\n", ("pass", None)),
        ("So √50 = 4√2.\n", ("arithmetic", 3)),
        # A line ending with "=" and its result opening the next (set 17's leftovers, stop 33).
        ("Cookies baked: 12*4 =\n480 cookies\n", ("arithmetic", 22)),
        ("Cookies baked: 12*4 =\n48 cookies\n", ("pass", None)),
        ("Cost of the milk: 5 x 1.25 =\n$3.75\n", ("arithmetic", 29)),
        ("Cost of the milk: 5 x 1.25 =\n$6.25\n", ("pass", None)),
        ("The total is =\n5 apples\n", ("pass", None)),
        # A stray "*" after a result at a line's end: nothing follows it to multiply.
        ("• Cost: 12 x $3.00 = $38.00 *\n", ("arithmetic", 8)),
        ("• Cost: 12 x $3.00 = $36.00 *\n", ("pass", None)),
        ("So 3 * 4 = 12 *\n", ("pass", None)),
        # "quarter hours" is a unit; "3 pairs", "2 dozen" before an operator: the count or the quantity.
        ("First, 2.5 x 4 = 7 quarter hours.\n", ("arithmetic", 7)),
        ("First, 2.5 x 4 = 10 quarter hours.\n", ("pass", None)),
        ("Parking: 14 quarter hours × $0.25 = $3.60\n", ("arithmetic", 9)),
        ("Parking: 14 quarter hours × $0.25 = $3.50\n", ("pass", None)),
        ("Cost: 3 pairs x $65.00 = $198.00\n", ("arithmetic", 6)),
        ("Cost: 3 pairs x $65.00 = $195.00\n", ("pass", None)),
        ("Eggs: 2 dozen x $0.25 = $6.00\n", ("pass", None)),
        ("Eggs: 2 dozen x 12 = 24 eggs\n", ("pass", None)),
        ("Eggs: 2 dozen x 12 = 25 eggs\n", ("arithmetic", 6)),
        ("So 2 dozen + 3 dozen = 5 dozen.\n", ("pass", None)),
        ("He buys 2 dozen = 24 eggs.\n", ("pass", None)),
        # "Rs." before an amount: a currency, not a sentence's end (set 16's leftovers).
        ("Then 68 multiplied by 1 is Rs. 66, which is the value.\n", ("arithmetic", 5)),
        ("Then 68 multiplied by 1 is Rs. 68, which is the value.\n", ("pass", None)),
        ("So 3 multiplied by Rs. 95 makes Rs. 285.\nRs. 285 plus Rs. 80 makes Rs. 356.\n", ("arithmetic", 45)),
        ("I paid 50 Rs. Then 3 + 4 = 8 apples.\n", ("arithmetic", 19)),
        # A result, then its whole computation in parentheses with its own "=" (set 19, gemma_paren).
        ("1. **Adult tickets:** $14 ($12 × 2 = $14)\n", ("arithmetic", 28)),
        ("1. **Adult tickets:** $24 ($12 × 2 = $24)\n", ("pass", None)),
        ("1. **Discount:** $81.50 (10% of $185 = $81.50)\n", ("arithmetic", 25)),
        ("So 3 (2 + 4) = 18\n", ("pass", None)),
        # Mixed numbers as operands and results (set 19): "1 3/4", "3\\frac{3}{4}"; not "3 1/2-hour".
        ("The minutes per day is 1 3/4 * 60 = 104 minutes.\n", ("arithmetic", 23)),
        ("The minutes per day is 1 3/4 * 60 = 105 minutes.\n", ("pass", None)),
        ("The rope is $3\\frac{3}{4} \\times 8 = 31$ meters.\n", ("arithmetic", 13)),
        ("The rope is $3\\frac{3}{4} \\times 8 = 30$ meters.\n", ("pass", None)),
        ("The cheese is 1 1/2*$10=$5.\n", ("arithmetic", 14)),
        ("So 11 ÷ 4 = 2 3/4 cups.\n", ("pass", None)),
        ("So 11 ÷ 4 = 2 1/4 cups.\n", ("arithmetic", 3)),
        ("So 10 ÷ 3 = 3 1/3 cups.\n", ("pass", None)),
        ("He has 3 1/2-hour sessions × $20 = $60.\n", ("pass", None)),
        # World Englishes (set 21): currency codes and signs, Indian digit groups, dot-grouped thousands and decimal
        # commas, "/-", "into", "divide", "less", "multiply ... with", "add up", "take out", "minus off", "=>".
        ("Pay = 39 × 128 = Rs.4,982/-\n", ("arithmetic", 6)),
        ("Pay = 39 × 128 = Rs.4,992/-\n", ("pass", None)),
        ("Total = 14,000 X 12 = Rs 1,67,000\n", ("arithmetic", 8)),
        ("Total = 14,000 X 12 = Rs 1,68,000\n", ("pass", None)),
        ("Then: 1.000 - 840 = 170 €\n", ("arithmetic", 6)),
        ("Then: 1.000 - 840 = 160 €\n", ("pass", None)),
        ("Cost: 850 · 3.500 = 2.975 €\n", ("pass", None)),
        ("So 1.125 × 8 = 10\n", ("arithmetic", 3)),
        ("Cost = 4 × 14.000 = Rp 56.010\n", ("arithmetic", 7)),
        ("Cost: 1,5 x 94 = 142 €\n", ("arithmetic", 6)),
        ("Cost: 1,5 x 94 = 141 €\n", ("pass", None)),
        ("Money: 9 x 650 = N5,852\n", ("arithmetic", 7)),
        ("Money = 87 x 510 = Ksh. 44,370\n", ("pass", None)),
        ("Pay: 7 times 60 is ₱421\n", ("arithmetic", 5)),
        ("Day 5: 3 + 4 = 7\n", ("pass", None)),
        ("Cost of the mugs = 7 into 54 = ₹61\n", ("arithmetic", 19)),
        ("Cost of the mugs = 7 into 54 = ₹378\n", ("pass", None)),
        ("She will split 48 into 4 groups = 12 each\n", ("pass", None)),
        ("So 4 into 12 = 3\n", ("pass", None)),
        ("Multiply 31 with 2,550 we get ₦7,905\n", ("arithmetic", 0)),
        ("Add up 18 and 22 we get 40 litres\n", ("pass", None)),
        ("=> take out 15 from 132 we get 118\n", ("arithmetic", 3)),
        ("=> minus off 6,700 from 19,900 = 13,201 taka\n", ("arithmetic", 3)),
        ("=> so 1,350 divide 30 is 46\n", ("arithmetic", 6)),
        ("Needed = 2,190 less 30 = 73 litres\n", ("arithmetic", 9)),
        ("He has 3 less than 8, which is 5.\n", ("pass", None)),
        ("=> 3*44 = 133\n", ("arithmetic", 3)),
        ("Usage charge = 50 x 82.50 = Ksh. 4,152\nBill\n", ("arithmetic", 15)),
        ("Usage charge = 50 x 82.50 = Ksh. 4,125\nBill\n", ("pass", None)),
        ("Firstly, number of pieces: 63 divided on 3 = 12\n", ("arithmetic", 27)),
        ("Total = 4.200.000.000 + 125.000.000 = Rp4.324.999.998\n", ("arithmetic", 8)),
        ("So 0.1 + 0.2 = 0.3 and 1.1 * 3 = 3.3\n", ("pass", None)),
        # A spaced ":" between numbers is a division, unless a word is before the first (a label).
        ("- Share of each friend: 194 : 2 = 98 pesos\n", ("arithmetic", 24)),
        ("- Share of each friend: 194 : 2 = 97 pesos\n", ("pass", None)),
        ("One percent of the bill = 120.000 : 100 = Rp 1.300\n", ("arithmetic", 26)),
        ("Step 1 : 5 + 3 = 8\n", ("pass", None)),
        ("Étape 2 : 48 : 4 = 13\n", ("arithmetic", 10)),
        ("Boys to girls = 12 : 8 = 3 : 2\n", ("pass", None)),
        ("Total : 12 + 5 = 17\n", ("pass", None)),
        ("Step 1: 24 × 8 = 192 students\n", ("pass", None)),
        # A comparison ends what is before it: the computation after it is judged (set 20's last misses).
        ("\\[\n7x > 21 - 7 = 41\n\\]\n", ("arithmetic", 8)),
        ("\\[ x > \\frac{12}{6} = 20 \\]\n", ("arithmetic", 7)),
        ("\\[ x > \\frac{12}{6} = 2 \\]\n", ("pass", None)),
        ("9x &> 106 - 7 \\\\\n&= 98\n", ("arithmetic", 17)),
        ("x &> \\frac{99}{9} \\\\\n&= 14\n", ("arithmetic", 21)),
        ("x &> \\frac{99}{9} \\\\\n&= 11\n", ("pass", None)),
        ("So P(X > 3) = 0.2 here.\n", ("pass", None)),
        ("We need 2x + 3 > 7, so 2x > 4 = 2 + 2.\n", ("pass", None)),
        ("If n \\geq 2 + 3 = 5 then\n", ("pass", None)),
        # A bold result cell (set 23's misses, stop 34).
        ("| **Passengers now** | 32 - 14 | **19** |\n", ("arithmetic", 23)),
        ("| **Passengers now** | 32 - 14 | **18** |\n", ("pass", None)),
        ("| 4 | **Total pay** | $800 + $180 | **$970** |\n", ("arithmetic", 23)),
        # Competition constructs (set 20's misses, stop 34): roots, factorials, binomials, floors, products in a
        # fraction, aligned chains, and products of brackets. Unknowns inside stay undecided.
        ("$\\sqrt{49} + 1 = 9$\n", ("arithmetic", 1)),
        ("$\\sqrt{49} + 1 = 8$\n", ("pass", None)),
        ("$h = \\sqrt{7569} = 88$\n", ("arithmetic", 5)),
        ("$\\sqrt{50} = 5\\sqrt{2}$\n", ("pass", None)),
        ("$\\sqrt{x^2 + 9} = 5$\n", ("pass", None)),
        ("First: $6! = 72$ ways.\n", ("arithmetic", 8)),
        ("First: $6! = 720$ ways.\n", ("pass", None)),
        ("Then $3! \\cdot 2! = 12$ and $\\frac{5!}{3!} = 20$.\n", ("pass", None)),
        ("So 4 \\cdot 3 \\cdot 2 \\cdot 1 = 4! = 25 ways.\n", ("arithmetic", 31)),
        ("So 12 + 12 = 25! Great.\n", ("arithmetic", 3)),
        ("So 3 + 2 = 5! Great.\n", ("pass", None)),
        ("So 5 × 4 × 3 × 2 × 1 = 5!\n", ("pass", None)),
        ("Pairs: $\\binom{7}{2} = 19$.\n", ("arithmetic", 8)),
        ("Pairs: $\\dbinom{7}{2} = 21$.\n", ("pass", None)),
        ("Pairs: $\\binom{n}{2} = 21$.\n", ("pass", None)),
        ("Full days: $\\left\\lfloor \\frac{230}{24} \\right\\rfloor = 90$.\n", ("arithmetic", 12)),
        ("Full days: $\\left\\lfloor \\frac{230}{24} \\right\\rfloor = 9$.\n", ("pass", None)),
        ("Boxes: $\\lceil 230/24 \\rceil = 10$.\n", ("pass", None)),
        ("Boxes: $\\lceil 230/24 \\rceil = 9$.\n", ("arithmetic", 8)),
        ("Decrease: $\\frac{500 \\cdot 25}{100} = 124$.\n", ("arithmetic", 11)),
        ("Decrease: $\\frac{500 \\cdot 25}{100} = 125$.\n", ("pass", None)),
        ("\\begin{aligned}\nx &= \\frac{60}{5} \\\\\n&= 300\n", ("arithmetic", 37)),
        ("\\begin{aligned}\nx &= \\frac{60}{5} \\\\\n&= 12\n", ("pass", None)),
        ("(\\sqrt{2}+ \\sqrt{3})^3 &=(\\sqrt{2}+\\sqrt{3})^2 (\\sqrt{2} +\\sqrt{3})\\\\\n", ("pass", None)),
    ],
)
def test_arithmetic_reads_layouts(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


def test_answer_marker_counts_computations_in_words() -> None:
    text = "Eight times three times six is 144. That's the volume.\n144 lots of five is 720.\n\nSo it is 720.\n#### 720"
    assert verdicts("answer_marker", text) == {("pass", None)}


def test_only_a_quotient_waits_for_a_remainder() -> None:
    # Streamed up to "rem", a wrong quotient waits: "11 rem" may become "11 remainder 3". Any other wrong result
    # is judged once its next word cannot be an operator ("138 ru" is "138 rubies"; "138 r" may be Polish "razy").
    for cut in ("So 147 / 12 = 11 r", "So 147 / 12 = 11 rem"):
        assert scan_prefix(cut, 0, False)[0].faults == [], cut
    assert [f.at for f in scan_prefix("So 147 / 12 = 11 remainder 3.\n", 0, False)[0].faults] == [3]
    found, _ = scan_prefix("So 175 minus 35, which is 138 ru", 0, False)
    assert [f.at for f in found.faults] == [3]


def test_a_result_on_its_own_line_is_reported_on_one_line() -> None:
    found, _ = scan_prefix("* Sales tax = $110.00 × 5%\n* = **$6.50**\n", 0, False)
    assert [(f.at, f.detail) for f in found.faults] == [(27, "110.00 × 5% * = **$6.50: left side is 5.5")]
