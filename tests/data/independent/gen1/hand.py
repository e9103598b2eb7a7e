r"""Hand-written model-like solutions (verbose instruct-model habits), each with one hand-made slip.

H = list of (problem, correct solution, slip_from, slip_to): the slip replaces the first occurrence of slip_from
(a computation with its stated result) by slip_to (same computation, wrong result), nothing else changed.
"""

H = [
("Tickets to a museum cost $18 for adults and $11 for children. The Garcia family buys 2 adult and 3 child tickets and pays with a $100 bill. How much change do they get?",
r"""To find the change, we first need the total cost of the tickets.

**Step 1: Adult tickets**
2 adults × $18 = $36

**Step 2: Child tickets**
3 children × $11 = $33

**Step 3: Total cost**
$36 + $33 = $69

**Step 4: Change**
$100 − $69 = $31

The Garcia family gets **$31** in change.

#### 31""", "3 children × $11 = $33", "3 children × $11 = $34"),

("A rectangular garden is 24 feet long and 15 feet wide. Fencing costs $3.50 per foot. How much does it cost to fence the whole garden?",
r"""The perimeter of a rectangle is \(2 \times (\text{length} + \text{width})\).

1. Perimeter: 2 × (24 + 15) = 2 × 39 = 78 feet
2. Cost: 78 feet × $3.50 per foot = $273

So the fencing costs $273.
#### 273""", "2 × 39 = 78 feet", "2 × 39 = 76 feet"),

("Jenna's phone battery drops 12% every hour while she plays a game. She starts at 100% and plays for 3 hours and 30 minutes. What percent of battery is left?",
r"""Let's convert the time to hours first: 3 hours and 30 minutes is 3.5 hours.

- Battery used: 12% × 3.5 = 42%
- Battery left: 100% - 42% = 58%

#### 58""", "12% × 3.5 = 42%", "12% × 3.5 = 40%"),

("A train leaves at 9:45 AM and arrives at 1:15 PM. It travels 210 miles. What is its average speed in miles per hour?",
r"""**Travel time:**
From 9:45 AM to 1:15 PM is 3 hours and 30 minutes, which is 3.5 hours.

**Average speed:**
\[
\text{speed} = \frac{210 \text{ miles}}{3.5 \text{ hours}} = 60 \text{ mph}
\]

The train's average speed is 60 miles per hour.

#### 60""", r"3.5 \text{ hours}} = 60", r"3.5 \text{ hours}} = 70"),

("Marcus buys 3 shirts at $24.99 each and a pair of jeans for $45.50. Sales tax is 8%. What is his total, rounded to the nearest cent?",
r"""Step 1 – Shirts: 3 × $24.99 = $74.97
Step 2 – Subtotal: $74.97 + $45.50 = $120.47
Step 3 – Tax: 8% of $120.47 = 0.08 × $120.47 = $9.6376, which rounds to $9.64
Step 4 – Total: $120.47 + $9.64 = $130.11

Marcus pays $130.11 in total.
#### 130.11""", "$74.97 + $45.50 = $120.47", "$74.97 + $45.50 = $121.47"),

("A recipe for 4 people needs 2/3 cup of sugar. How many cups of sugar are needed for 10 people?",
r"""We need to scale the recipe from 4 people to 10 people.

Scale factor: 10 ÷ 4 = 2.5

Sugar needed: 2/3 × 2.5 = 5/3 cups, which is about 1.67 cups.

Since the answer should be a number of cups, the recipe needs 5/3 ≈ 1.67 cups of sugar.

#### 1.67""", "10 ÷ 4 = 2.5", "10 ÷ 4 = 2.4"),

("Olivia has 3 times as many books as Ethan. Ethan has 14 books. If Olivia gives away 9 books, how many books does she have left?",
r"""Olivia has 3 times as many books as Ethan, so she has 3 * 14 = 42 books.
After giving away 9, she has 42 - 9 = 33 books left.
#### 33""", "3 * 14 = 42 books", "3 * 14 = 44 books"),

("A water tank holds 1,200 liters. It is 3/4 full. A pipe drains 25 liters per minute. How many minutes until the tank is empty?",
r"""## Step 1: Find how much water is in the tank
The tank is 3/4 full, so it holds 3/4 × 1,200 = 900 liters.

## Step 2: Find the draining time
At 25 liters per minute, it takes 900 / 25 = 36 minutes.

The final answer is: 36
#### 36""", "3/4 × 1,200 = 900 liters", "3/4 × 1,200 = 800 liters"),

("Sam earns $15 per hour for the first 40 hours each week and time-and-a-half for every hour over 40. Last week he worked 46 hours. How much did he earn?",
r"""Regular pay: 40 hours × $15/hour = $600
Overtime rate: $15 × 1.5 = $22.50 per hour
Overtime hours: 46 − 40 = 6 hours
Overtime pay: 6 × $22.50 = $135
Total: $600 + $135 = $735

#### 735""", "6 × $22.50 = $135", "6 × $22.50 = $145"),

("A baker uses 2 1/4 cups of flour for each cake. She has 18 cups of flour. How many whole cakes can she bake?",
r"""Each cake uses 2 1/4 = 2.25 cups of flour.

Number of cakes: 18 ÷ 2.25 = 8

She can bake **8** cakes.

#### 8""", "18 ÷ 2.25 = 8", "18 ÷ 2.25 = 9"),

("Lena is saving for a $640 laptop. She already has $175 and saves $31 per week. How many weeks will it take her to have enough money?",
r"""She still needs $640 - $175 = $465.
At $31 per week, that takes $465 / $31 = 15 weeks.

So Lena needs **15 weeks**.
#### 15""", "$640 - $175 = $465", "$640 - $175 = $475"),

("A school has 540 students. 45% of them take the bus, 1/3 walk, and the rest are driven by their parents. How many students are driven?",
r"""Let's find each group.

* Bus riders: 45% of 540 = 0.45 × 540 = 243 students
* Walkers: 1/3 of 540 = 540 / 3 = 180 students
* Driven: 540 − 243 − 180 = 117 students

**Answer:** 117 students are driven to school.

#### 117""", "0.45 × 540 = 243", "0.45 × 540 = 233"),

("A cyclist rides 18 km in the first hour, 15 km in the second hour, and 12 km in the third hour. What is her average speed in km per hour?",
r"""Total distance = 18 + 15 + 12 = 45 km
Total time = 3 hours
Average speed = 45 km ÷ 3 hours = 15 km/h

#### 15""", "18 + 15 + 12 = 45 km", "18 + 15 + 12 = 46 km"),

("Pedro bought 5 packs of baseball cards. Each pack has 12 cards. He gave 1/4 of his cards to his brother and then lost 7 cards. How many cards does he have now?",
r"""First, let's find the total number of cards:
$$5 \times 12 = 60$$

Pedro gave away a quarter of them:
$$60 \div 4 = 15$$

So he kept \(60 - 15 = 45\) cards.

Then he lost 7 cards:
$$45 - 7 = 38$$

Pedro has **38 cards** now.

#### 38""", r"$$60 \div 4 = 15$$", r"$$60 \div 4 = 16$$"),

("A car rental costs $45 per day plus $0.20 per mile. Tara rents a car for 3 days and drives 250 miles. How much does she pay?",
r"""- Daily charge: $45 x 3 = $135
- Mileage charge: $0.20 x 250 = $50
- Total: $135 + $50 = $185

Tara pays $185.
#### 185""", "$0.20 x 250 = $50", "$0.20 x 250 = $60"),

("A store sells pencils in packs of 8 for $2.40. How much does one pencil cost, in cents?",
r"""One pencil costs $2.40 ÷ 8 = $0.30.
In cents, that's 0.30 × 100 = 30 cents.
#### 30""", "$2.40 ÷ 8 = $0.30", "$2.40 ÷ 8 = $0.35"),

("Ms. Lee's class of 28 students is going on a trip. Each van holds 8 students. How many vans are needed?",
r"""We divide the students by the van capacity: 28 ÷ 8 = 3.5.
Since we can't have half a van, we round up, so they need 4 vans.

#### 4""", "28 ÷ 8 = 3.5", "28 ÷ 8 = 3.25"),

("A farmer collects 156 eggs and packs them into cartons of a dozen. He sells each carton for $4.25. How much money does he make?",
r"""### Solution

1. **Cartons:** 156 eggs ÷ 12 eggs per carton = 13 cartons
2. **Revenue:** 13 cartons × $4.25 = $55.25

The farmer makes **$55.25**.

#### 55.25""", "13 cartons × $4.25 = $55.25", "13 cartons × $4.25 = $56.25"),

("Kim ran 5 laps around a 400-meter track on Monday and 8 laps on Wednesday. How many kilometers did she run in total?",
r"""Total laps: 5 + 8 = 13 laps
Total meters: 13 × 400 = 5,200 meters
Convert to kilometers: 5,200 ÷ 1,000 = 5.2 km

Kim ran 5.2 kilometers.
#### 5.2""", "13 × 400 = 5,200 meters", "13 × 400 = 5,400 meters"),

("An online course has 36 videos. Each video is 12 minutes long. If Jacob watches 4 videos a day, how many hours of video does he watch in total, and how many days does it take? Give the number of days.",
r"""Jacob watches 4 videos per day, and there are 36 videos.

Days needed = 36 ÷ 4 = 9 days.

(For reference, the total video time is 36 × 12 = 432 minutes, or 432 ÷ 60 = 7.2 hours.)

The number of days is 9.

#### 9""", "36 × 12 = 432 minutes", "36 × 12 = 422 minutes"),

("A pizza has 12 slices. Tom eats 1/4 of the pizza, Anna eats 1/3 of it, and Ben eats 2 slices. How many slices are left?",
r"""Let's compute how many slices each person eats:

- Tom: \( \frac{1}{4} \times 12 = 3 \) slices
- Anna: \( \frac{1}{3} \times 12 = 4 \) slices
- Ben: 2 slices

Slices eaten: 3 + 4 + 2 = 9

Slices left: 12 - 9 = 3

#### 3""", "3 + 4 + 2 = 9", "3 + 4 + 2 = 10"),

("A hotel charges $129 per night. The Parkers stay for 4 nights and also pay a $35 parking fee per night. What is their total bill?",
r"""Room cost: $129 × 4 = $516
Parking cost: $35 × 4 = $140
Total bill: $516 + $140 = $656

The Parkers' total bill is $656.

#### 656""", "$129 × 4 = $516", "$129 × 4 = $526"),

("Emma's garden produced 84 tomatoes. She gave 2/7 of them to her neighbor and used 15 to make sauce. How many tomatoes does she have left?",
r"""Emma gave away 2/7 * 84 = 24 tomatoes.
That leaves her with 84 - 24 = 60 tomatoes.
After making sauce, she has 60 - 15 = 45 tomatoes left.
#### 45""", "84 - 24 = 60 tomatoes", "84 - 24 = 50 tomatoes"),

("A movie theater has 18 rows with 22 seats in each row. For a show, 289 tickets were sold. How many seats were empty?",
r"""Total seats = 18 × 22 = 396
Empty seats = 396 − 289 = 107

There were **107 empty seats**.

#### 107""", "18 × 22 = 396", "18 × 22 = 386"),

("Diego's paycheck is $2,450 per month. He spends 30% on rent and 15% on food. How much does he have left each month?",
r"""Let me work through this:

1. Rent: 30% of $2,450 = $735
2. Food: 15% of $2,450 = $367.50
3. Total spent: $735 + $367.50 = $1,102.50
4. Left over: $2,450 − $1,102.50 = $1,347.50

Diego has **$1,347.50** left each month.

#### 1347.50""", "30% of $2,450 = $735", "30% of $2,450 = $745"),

("A snail crawls 15 centimeters every 10 minutes. How many meters does it crawl in 4 hours?",
r"""In 4 hours there are 4 × 60 = 240 minutes.
That is 240 / 10 = 24 ten-minute periods.
The snail crawls 24 × 15 = 360 centimeters.
360 cm = 3.6 meters.

#### 3.6""", "24 × 15 = 360 centimeters", "24 × 15 = 350 centimeters"),

("Three friends share the cost of a $96 gift equally. One friend also pays $7 for the card. How much does that friend pay in total?",
r"""Each friend's share of the gift is $96 ÷ 3 = $32.
The friend who buys the card pays $32 + $7 = $39 in total.

The answer is 39.
#### 39""", "$32 + $7 = $39", "$32 + $7 = $40"),

("A box of 24 granola bars costs $13.20. A single bar costs $0.75 at the corner store. How much money is saved per bar by buying the box?",
r"""**Price per bar in the box:**
$13.20 ÷ 24 = $0.55

**Savings per bar:**
$0.75 − $0.55 = $0.20

Buying the box saves **$0.20** per bar.

#### 0.20""", "$13.20 ÷ 24 = $0.55", "$13.20 ÷ 24 = $0.65"),

("Mr. Patel drives 32 miles to work and back each day, 5 days a week. His car uses one gallon per 28 miles and gas costs $3.85 per gallon. How much does he spend on gas for work in 4 weeks?",
r"""Miles per week: 32 × 5 = 160 miles
Miles in 4 weeks: 160 × 4 = 640 miles
Gallons used: 640 ÷ 28 ≈ 22.86 gallons
Cost: 22.86 × $3.85 ≈ $88.01

He spends about $88.01 on gas.
#### 88.01""", "160 × 4 = 640 miles", "160 × 4 = 680 miles"),

("Ana reads 25 pages on Monday. Each day after that she reads 5 more pages than the day before. How many pages does she read from Monday to Friday?",
r"""Monday: 25 pages
Tuesday: 25 + 5 = 30 pages
Wednesday: 30 + 5 = 35 pages
Thursday: 35 + 5 = 40 pages
Friday: 40 + 5 = 45 pages

Total: 25 + 30 + 35 + 40 + 45 = 175 pages

#### 175""", "35 + 5 = 40 pages", "35 + 5 = 45 pages"),

("A bag has 6 red, 9 blue and 15 green marbles. What percent of the marbles are blue?",
r"""Total marbles: 6 + 9 + 15 = 30.
Percent blue: 9/30 × 100 = 30%.

Therefore, 30% of the marbles are blue.
#### 30""", "9/30 × 100 = 30%", "9/30 × 100 = 35%"),

("It takes Jake 45 minutes to mow a lawn. He mows 7 lawns on Saturday. If he starts at 8:00 AM and takes no breaks, at what hour does he finish? Give the number of hours he works.",
r"""Total mowing time is 7 × 45 = 315 minutes.
In hours, that's 315 ÷ 60 = 5.25 hours, or 5 hours and 15 minutes.
Starting at 8:00 AM, he finishes at 1:15 PM.

He works 5.25 hours.
#### 5.25""", "7 × 45 = 315 minutes", "7 × 45 = 325 minutes"),

("A printer prints 42 pages per minute. How long does it take to print 15 copies of a 56-page report?",
r"""First, find the total number of pages:
15 copies × 56 pages = 840 pages

Then divide by the printing speed:
840 pages ÷ 42 pages/minute = 20 minutes

It takes **20 minutes**.

#### 20""", "840 pages ÷ 42 pages/minute = 20 minutes", "840 pages ÷ 42 pages/minute = 22 minutes"),

("Lily buys 4 notebooks for $2.75 each and a backpack that is on sale for 20% off its $35 price. How much does she spend?",
r"""**Notebooks:** 4 × $2.75 = $11.00
**Backpack discount:** 20% × $35 = $7.00
**Backpack price:** $35 − $7 = $28
**Total:** $11 + $28 = $39

Lily spends $39.
#### 39""", "4 × $2.75 = $11.00", "4 × $2.75 = $12.00"),

("A runner completes a 10-kilometer race in 50 minutes. What is her average pace in minutes per kilometer?",
r"""Pace = time ÷ distance = 50 minutes ÷ 10 km = 5 minutes per km.
#### 5""", "50 minutes ÷ 10 km = 5 minutes", "50 minutes ÷ 10 km = 6 minutes"),

("A gym membership costs $49 a month or $499 for a full year paid up front. How much is saved in a year by paying up front?",
r"""Paying monthly for a year costs:
\[ 12 \times 49 = 588 \]
dollars. Paying up front costs $499, so the savings are
\[ 588 - 499 = 89 \]
dollars.

#### 89""", r"\[ 588 - 499 = 89 \]", r"\[ 588 - 499 = 99 \]"),

("Chloe makes bracelets with 18 beads each. She has 500 beads. How many full bracelets can she make, and how many beads are left over? Give the number of leftover beads.",
r"""500 ÷ 18 = 27 remainder 14, since 27 × 18 = 486 and 500 − 486 = 14.

So Chloe can make 27 bracelets with 14 beads left over.
#### 14""", "27 × 18 = 486", "27 × 18 = 496"),

("A family drives 325 miles on the first day and 40% fewer miles on the second day. How many miles do they drive in the two days?",
r"""Second day: 40% fewer than 325 miles means 325 × 0.6 = 195 miles.
Total: 325 + 195 = 520 miles.
#### 520""", "325 × 0.6 = 195 miles", "325 × 0.6 = 185 miles"),

("A classroom needs 4 boxes of tissues per month during the 10-month school year. Each box costs $1.85. How much do the tissues cost for the year?",
r"""The class uses 4 * 10 = 40 boxes in a year.
40 boxes cost 40 * 1.85 = $74.
#### 74""", "40 * 1.85 = $74", "40 * 1.85 = $84"),

("Henry has $50. He buys 3 sandwiches at $6.50 each and 2 drinks at $1.75 each. How much money does he have left?",
r"""Sandwiches: 3 × $6.50 = $19.50
Drinks: 2 × $1.75 = $3.50
Total spent: $19.50 + $3.50 = $23.00
Money left: $50 - $23 = $27

Henry has $27 left.

#### 27""", "2 × $1.75 = $3.50", "2 × $1.75 = $3.75"),

("A baby sleeps 14 hours a day. How many hours is the baby awake in a week?",
r"""Each day the baby is awake 24 - 14 = 10 hours.
Over a week, that's 10 x 7 = 70 hours.

#### 70""", "10 x 7 = 70 hours", "10 x 7 = 80 hours"),

("A school bought 12 boxes of markers for $8.40 per box and 5 packs of paper for $4.60 per pack. What was the total cost?",
r"""To find the total cost, add the cost of the markers and the cost of the paper.

The markers cost 12 * $8.40 = $100.80.
The paper costs 5 * $4.60 = $23.
So the total cost is $100.80 + $23 = $123.80.

#### 123.80""", "5 * $4.60 = $23.", "5 * $4.60 = $24."),

("Isabella walks her dog for 25 minutes in the morning and 35 minutes in the evening. How many hours does she walk the dog in 2 weeks?",
r"""Per day: 25 min + 35 min = 60 min = 1 hour.
In 2 weeks there are 2 × 7 = 14 days.
Total: 14 days × 1 hour/day = 14 hours.

#### 14""", "25 min + 35 min = 60 min", "25 min + 35 min = 70 min"),
]
