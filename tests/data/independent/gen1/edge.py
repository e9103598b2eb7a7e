r"""Edge-case correct solutions: constructs instruct models really write, each correct (reported as its own stratum).

E = list of (problem, solution). Written before running the gates on them; none removed after.
"""

E = [
("A bacteria colony starts with 50 cells and doubles every hour. How many cells are there after 10 hours?",
"After 10 hours the colony has doubled 10 times.\n50 × 2^10 = 50 × 1,024 = 51,200 cells.\n#### 51200"),

("How many seconds are there in 2 days?",
"One day has 24 hours, each hour has 60 minutes and each minute has 60 seconds.\n2 × 24 × 60 × 60 = 172,800 seconds.\n#### 172800"),

("A track is 2.5 kilometers long. How many centimeters long is it?",
"2.5 km = 2.5 × 1,000 = 2,500 meters.\n2,500 meters × 100 = 250,000 centimeters.\n#### 250000"),

("Nora walks her dog for 15 minutes, 4 times a day. How many hours does she walk the dog each day?",
"She walks 15 × 4 = 60 minutes = 1 hour each day.\n#### 1"),

("Raj practices guitar for 20 minutes a day for 30 days. How many hours is that?",
"20 minutes/day × 30 days = 600 minutes = 10 hours.\n#### 10"),

("A movie starts at 7:15 PM and lasts 2 hours and 20 minutes. How many minutes long is the movie?",
"The movie lasts 2 hours and 20 minutes.\n2 hours + 20 minutes = 2 × 60 + 20 = 140 minutes.\nIt ends at 7:15 PM + 2:20 = 9:35 PM.\n#### 140"),

("A shop opens at 8:30 AM and closes at 5:00 PM. How many hours is it open?",
"From 8:30 AM to 5:00 PM is 8.5 hours (5:00 PM - 8:30 AM = 8 hours 30 minutes).\n#### 8.5"),

("A recipe needs 1 1/2 cups of milk per batch. How many cups are needed for 4 batches?",
"Each batch needs 1 1/2 cups, so 4 batches need 4 × 1 1/2 = 6 cups.\n#### 6"),

("A recipe needs 2 3/4 cups of flour for one loaf. How much flour do 2 loaves need?",
"2 × 2 3/4 = 5 1/2 cups of flour.\n#### 5.5"),

("A baker has 3 ½ bags of flour and uses 1 ¼ bags. How many bags are left?",
"3 ½ − 1 ¼ = 2 ¼ bags are left.\n#### 2.25"),

("Kevin bought 3 dozen eggs and used 10 of them. How many eggs does he have left?",
"3 dozen = 3 × 12 = 36 eggs.\n36 − 10 = 26 eggs left.\n#### 26"),

("A shirt costs $40. During a sale it is 25% off. What is the sale price?",
"Sale price = $40 - 25% = $40 × 0.75 = $30.\n#### 30"),

("A jacket is $80. It is discounted by 20%. What is the new price?",
"The new price is 80 - 20% = 80 - 16 = 64 dollars.\n#### 64"),

("Max has 45 stamps and Leo has 60 stamps. How many fewer stamps does Max have than Leo?",
"45 - 60 = -15, so Max has 15 fewer stamps than Leo.\n#### 15"),

("28 students go on a trip. Each van holds 8 students. How many vans are needed?",
"28 ÷ 8 = 3.5 → round up to 4 vans.\n#### 4"),

("Chloe has 500 beads and uses 18 beads per bracelet. How many beads are left after she makes as many bracelets as she can?",
"500 ÷ 18 = 27 R 14.\nSo 14 beads are left.\n#### 14"),

("Sara's car uses 1 gallon every 28 miles. How many gallons does she need for 640 miles?",
"640 / 28 ≈ 23 gallons.\n#### 23"),

("A 12-pack of soda costs $6. How much does one can cost?",
"Each can costs $6 / 12 = $0.50.\n#### 0.5"),

("Jin solved 3x + 5 = 20 for homework. Mia says x is a whole number. What is x?",
"3x + 5 = 20\n3x = 20 - 5 = 15\nx = 15 / 3 = 5\n#### 5"),

("Let the number of apples be x. Twice the number of apples plus 6 equals 30. How many apples are there?",
"Let x be the number of apples.\n2x + 6 = 30\n2x = 24\nx = 12\n#### 12"),

("A class has 12 boys and 18 girls. What percent of the class are boys?",
"Total = 12 + 18 = 30 students.\nPercent boys = (12/30) × 100% = 40%.\n#### 40"),

("A plant was 36 cm tall last month and is 45 cm tall now. By what percent did it grow?",
"Percent growth = (45 - 36) / 36 × 100 = 25%.\n#### 25"),

("Ella ate 1/4 of a pie. What percent of the pie is left?",
"1/4 = 25%, so 100% - 25% = 75% is left.\n#### 75"),

("Tickets cost $12 each. A group buys 7 tickets. How much do they pay?",
"Total cost = 7 × $12 = $84\n\nCheck: $84 ÷ 7 = $12 ✓\n\n#### 84"),

("A school orders 1,250 pencils per month. How many pencils does it order in a year?",
"1,250 × 12 = 15,000 pencils.\n#### 15000"),

("A jar has 120 candies. 3 friends take 1/3 of the candies each week... Only one week passes. How many candies are taken?",
"They take 1/3 × 120 = 40 candies.\n#### 40"),

("Paul is 8 years old. His mother is 4 times as old. How old will his mother be in 5 years?",
"Mother's age now: 4(8) = 32 years.\nIn 5 years: 32 + 5 = 37 years.\n#### 37"),

("In 1998 a tree was planted. How old is the tree in 2023?",
"2023 - 1998 = 25 years.\n#### 25"),

("Lucy reads 30 pages on day 1 and 15 more pages each day after that. How many pages does she read on the 3rd day?",
"On the 2nd day she reads 30 + 15 = 45 pages, and on the 3rd day 45 + 15 = 60 pages.\n#### 60"),

("A car travels 120 km in 2 hours. What is its speed?",
"Speed = distance / time = 120 km / 2 h = 60 km/h.\n#### 60"),

("A rope is 10 meters long. It is cut into pieces of 0.4 meters. How many pieces are there?",
"10 ÷ 0.4 = 25 pieces.\n#### 25"),

("Three friends split a $100 bill equally. How much does each pay, to the nearest cent?",
"$100 / 3 = $33.33 each (rounded to the nearest cent).\n#### 33.33"),

("Ana has $20. She spends $7.25 on lunch and $3.60 on a snack. How much is left?",
"$20 − $7.25 − $3.60 = $9.15\n#### 9.15"),

("Mark earns $12 an hour and works 7.5 hours. How much does he earn?",
"**Total: 12 × 7.5 = $90**\n#### 90"),

("A garden is 3 m by 4 m. What is its area in square meters?",
"Area = 3 m × 4 m = 12 m².\n#### 12"),

("A cube has sides of 5 cm. What is its volume?",
"Volume = 5³ = 125 cm³.\n#### 125"),

("Tom has 5 apples and buys 3 more. He gives 2 to his sister. How many apples does he have?",
"5 + 3 = 8 apples, and 8 − 2 = 6 apples remain.\n#### 6"),

("An average of 3 test scores 80, 90 and 85 is needed. What is the average?",
"Average = (80 + 90 + 85) / 3 = 255 / 3 = 85.\n#### 85"),

("Ben runs at 6 miles per hour for 1 hour and 45 minutes. How far does he run?",
"1 hour 45 minutes = 1.75 hours.\nDistance = 6 × 1.75 = 10.5 miles.\n#### 10.5"),

("A printer prints 15 pages per minute. How many pages does it print in half an hour?",
"Half an hour is 30 minutes, so it prints 15 × 30 = 450 pages.\n#### 450"),

("A jug holds 2 liters of juice. Each glass holds 250 mL. How many glasses can be filled?",
"2 liters = 2,000 mL.\n2,000 ÷ 250 = 8 glasses.\n#### 8"),

("Greg buys 4 pizzas at $11.50 each and pays with a $50 bill. How much change does he get?",
"Cost: 4 × $11.50 = $46.00\nChange: $50.00 − $46.00 = $4.00\n#### 4"),

("A family drives 60 miles each way to visit grandparents every weekend. How many miles do they drive in 4 weekends?",
"Each trip is a round trip: 60 × 2 = 120 miles.\nFor 4 weekends: 120 × 4 = 480 miles.\n#### 480"),

("Since the number of days is not given for a weekend trip, assume a standard week. How many hours are in a week?",
"The problem doesn't specify otherwise, so we use a 7-day week: 7 × 24 = 168 hours.\n#### 168"),

("A store had 150 toys and sold 60% of them. How many toys are left?",
"Sold: 60% × 150 = 90 toys.\nLeft: 150 − 90 = 60 toys.\n\nLet me double-check: 90 + 60 = 150. ✓\n#### 60"),

("Liz buys 6 bags of apples with 8 apples in each bag. She uses 15 apples for pies. How many apples are left?",
"6 × 8 = 48 apples.\n48 − 15 = 33 apples.\nLet me recalculate to be sure: 6 × 8 is 48, and 48 − 15 is 33.\n#### 33"),

("A tank holds 40 gallons. It is filled at 2.5 gallons per minute. How many minutes does it take to fill it?",
"\\[\n\\text{Time} = \\frac{40 \\text{ gallons}}{2.5 \\text{ gallons/minute}} = 16 \\text{ minutes}\n\\]\n#### 16"),

("A farmer has 24 cows and 3 times as many sheep. How many animals does he have?",
"\\[\n\\begin{aligned}\n\\text{Sheep} &= 3 \\times 24 = 72 \\\\\n\\text{Total} &= 24 + 72 = 96\n\\end{aligned}\n\\]\n#### 96"),

("Maria earns $1,800 a month and saves 15% of it. How much does she save in a year?",
"Monthly savings: 0.15 × $1,800 = $270\nYearly savings: $270 × 12 = $3,240\n\n**Final Answer: $3,240**\n#### 3,240"),

("A box holds 6 rows of 8 chocolates. Sam eats 5. How many are left?",
"6 rows × 8 chocolates/row = 48 chocolates\n48 - 5 = 43 chocolates left\n\nThe answer is \\(\\boxed{43}\\).\n#### 43"),
]

E += [
("Maya buys 5 notebooks at $2 each and 3 binders at $4 each. How much does she spend?",
"Total = 5 × $2 + 3 × $4 = $10 + $12 = $22\n#### 22"),

("Maya buys 5 notebooks at $2 each and 3 binders at $4 each. How much does she spend?",
"The total cost is:\n\\[\n\\text{Total cost} = 5 \\times 2 + 3 \\times 4 = 10 + 12 = 22\n\\]\nSo Maya spends \\$22.\n\n#### 22"),

("Jo has 3 red and 4 green marbles, and twice as many blue marbles as red and green together. How many blue marbles?",
"She has 3 + 4 = 7 red and green marbles and 7 × 2 = 14 blue marbles.\n#### 14"),

("18 of 24 students passed a test. What percent passed?",
"Percentage = 18/24 = 0.75 = 75%\n#### 75"),

("The ratio of boys to girls in a class of 40 is 3:2. How many boys are there?",
"The ratio is 3:2, so boys = 3/5 × 40 = 24.\n#### 24"),

("Three friends have marbles. Alice has 5 bags of 3 marbles, Bob has 4 more than Alice, and Carol has 6 fewer than Bob. How many marbles do they have together?",
"Alice: 5 × 3 = 15\nBob: 15 + 4 = 19\nCarol: 19 − 6 = 13\nTotal: 15 + 19 + 13 = 47\n\nThe answer is 47 marbles.\n\n#### 47 marbles"),

("How many seconds are in one week?",
"7 days × 24 hours × 60 minutes × 60 seconds = 604,800 seconds.\n#### 604800"),

("How many minutes are in a year of 365 days?",
"365 × 24 × 60 = 525,600 minutes.\n#### 525600"),

("A worker works 8 hours a day, 5 days a week. How many hours does she work in 4 weeks?",
"4 weeks × 5 days/week × 8 hours/day = 160 hours\n#### 160"),

("Natalia sold clips to 48 friends in April and half as many in May. How many clips did she sell in May?",
"Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n#### 24"),

("A store had 120 apples and sold 45. How many are left?",
"**Step 3 –** 120 – 45 = 75 apples left.\n#### 75"),

("Five groups of 2 kids and 3 adults go to a show. How many people go?",
"(2 + 3) × 5 = 5 × 5 = 25 people.\n#### 25"),

("Jake buys 2 coffees at $3.50 each and a muffin for $1.25. How much does he pay?",
"He pays 2 × $3.50 + $1.25 = $8.25.\n#### 8.25"),

("A 15% tip is left on a $60 meal. How much is the tip?",
"A 15% tip on $60 is $60 × 0.15 = $9.\n#### 9"),

("A lesson lasts 60 minutes. How long do 1.5 lessons last?",
"60 × 1.5 = 90 minutes (1 hour 30 minutes).\n#### 90"),

("A board is 3 meters long. It is cut into pieces 25 millimeters long. How many pieces are there?",
"3 m = 3,000 mm.\n3,000 ÷ 25 = 120 pieces.\n#### 120"),

("Half of a class of 30 likes art, and 1/3 of those also like music. How many like both?",
"Half of 30 is 15, and 1/3 × 15 = 5.\n#### 5"),

("A bakery sells 36 cookies to 4 families equally. How many cookies does each family get?",
"Each family gets 36/4 = 9 cookies; 9 cookies × 4 families = 36 ✓\n#### 9"),

("Sam had 10 stickers and now has 7. How many more does he need to have 10 again?",
"He needs 3 more: 10 − 7 = 3.\n#### 3"),

("Eva scored 72, 85 and 91 on three tests. What is her average score?",
"Sum: 72 + 85 + 91 = 248\nAverage: 248 ÷ 3 ≈ 82.67\n#### 82.67"),
]
