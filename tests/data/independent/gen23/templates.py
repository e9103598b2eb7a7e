"""Problem templates for the eval23 generator.

Each template: id, problem text, variable specs, step specs, optional cond.

Variable spec (space separated):  name=SPEC[:unit]
  2..9          integer range (inclusive)        10..100/10  with step
  [6,8,12]      explicit choices
  $...          money (range or list, list may hold decimals like 2.50)
  P[10,20]      percent (problem text writes "{p}%")
  F[1/4,3/4]    fraction (problem text writes "{f}")
  :unit         optional plural noun used when a model writes units on operands

Step spec:  "var = expr | noun phrase | short label | unit"
  expr:  a * b | a + b + c | a - b | a / b | 2 * a | p% of a | f of a | 1/2 of a
  unit:  $ for money, a plural noun, or empty
"""

TEMPLATES = []


def T(tid, text, vars, steps, cond=None, dec=False):
    TEMPLATES.append(dict(id=tid, text=text, vars=vars, steps=steps, cond=cond, dec=dec))


T("pens_notebooks",
  "{name} buys {a} pens at {b} each and {c} notebooks at {d} each. How much does {he} spend in total?",
  "a=2..9:pens b=$2..7 c=2..6:notebooks d=$3..9",
  ["p = a * b | the cost of the pens | Cost of pens | $",
   "n = c * d | the cost of the notebooks | Cost of notebooks | $",
   "t = p + n | the total cost | Total cost | $"])

T("apples_left",
  "{name} picks {a} apples. {He} gives {b} apples to {his} neighbor and uses {c} apples to bake pies. How many apples does {he} have left?",
  "a=30..90:apples b=5..18:apples c=4..15:apples",
  ["g = a - b | the apples left after giving some away | After giving | apples",
   "r = g - c | the number of apples left | Apples left | apples"])

T("savings_game",
  "{name} saves {a} every week. After {b} weeks, {he} spends {c} on a video game. How much money does {he} have left?",
  "a=$5..20 b=4..12:weeks c=$20..60",
  ["s = a * b | the total amount saved | Total saved | $",
   "r = s - c | the money left | Money left | $"])

T("pizza_share",
  "{name} orders {a} pizzas, and each pizza is cut into {b} slices. If {c} friends share all the slices equally, how many slices does each friend get?",
  "a=2..6:pizzas b=[6,8,10,12] c=3..8:friends",
  ["s = a * b | the total number of slices | Total slices | slices",
   "e = s / c | the number of slices per friend | Slices each | slices"])

T("jacket_discount",
  "A jacket costs {a}. It is on sale for {p}% off. How much does the jacket cost after the discount?",
  "a=$[40,60,80,120,140,160,180,200,240,250] p=P[10,15,20,25,30,40]",
  ["d = p% of a | the discount amount | Discount | $",
   "f = a - d | the sale price | Sale price | $"])

T("book_pages",
  "{name} is reading a {a}-page book. {He} reads {b} pages a day for {c} days. How many pages does {he} still have to read?",
  "a=150..400/10 b=10..30:pages c=3..7:days",
  ["r = b * c | the pages read so far | Pages read | pages",
   "l = a - r | the pages left to read | Pages left | pages"])

T("class_glasses",
  "There are {a} students in a class. {f} of them wear glasses. How many students do not wear glasses?",
  "a=20..40 f=F[1/4,1/5,1/3,2/5,3/8]",
  ["g = f of a | the number of students who wear glasses | With glasses | students",
   "n = a - g | the number of students without glasses | Without glasses | students"])

T("train_two_legs",
  "A train travels at {a} miles per hour for {b} hours, then at {c} miles per hour for {d} hours. How many miles does it travel in total?",
  "a=40..80/5 b=2..5:hours c=50..90/5 d=2..4:hours",
  ["x = a * b | the distance covered in the first part | First part | miles",
   "y = c * d | the distance covered in the second part | Second part | miles",
   "t = x + y | the total distance | Total distance | miles"])

T("cookie_boxes",
  "{name} bakes {a} cookies. {He} puts them into boxes of {b} cookies each and sells each box for {c}. How much money does {he} make?",
  "a=36..120/6:cookies b=[4,6,8,12] c=$3..9",
  ["n = a / b | the number of boxes | Boxes | boxes",
   "m = n * c | the money made | Money made | $"])

T("tomato_rows",
  "{name} plants {a} rows of tomatoes with {b} plants in each row. Each plant produces {c} tomatoes. How many tomatoes does {he} harvest?",
  "a=3..9:rows b=4..12:plants c=5..15:tomatoes",
  ["p = a * b | the number of plants | Plants | plants",
   "t = p * c | the number of tomatoes | Tomatoes | tomatoes"])

T("lemonade",
  "{name} sells {a} cups of lemonade on Saturday and {b} cups on Sunday. Each cup costs {c}. How much money does {he} make?",
  "a=15..45:cups b=10..40:cups c=$[0.50,0.75,1.25,1.50,2,3]",
  ["s = a + b | the total number of cups sold | Cups sold | cups",
   "m = s * c | the money earned | Money earned | $"])

T("bus_passengers",
  "A bus starts with {a} passengers. At the first stop, {b} people get off and {c} people get on. At the second stop, {d} people get off. How many passengers are on the bus now?",
  "a=25..50 b=4..15 c=3..12 d=5..15",
  ["x = a - b | the number of passengers after people get off at the first stop | After drop-off | passengers",
   "y = x + c | the number of passengers after the first stop | After first stop | passengers",
   "z = y - d | the number of passengers now | Passengers now | passengers"])

T("weekly_wage",
  "{name} works {a} hours a day, {b} days a week, and earns {c} per hour. How much does {he} earn in a week?",
  "a=4..9:hours b=3..6:days c=$12..25",
  ["h = a * b | the hours worked per week | Weekly hours | hours",
   "w = h * c | the weekly earnings | Weekly pay | $"])

T("marbles_share",
  "{name} has {a} marbles. {He} keeps {b} of them and shares the rest equally among {c} friends. How many marbles does each friend get?",
  "a=40..100:marbles b=6..20:marbles c=3..6:friends",
  ["r = a - b | the marbles to share | Marbles shared | marbles",
   "e = r / c | the marbles each friend gets | Per friend | marbles"])

T("garden_fence",
  "A rectangular garden is {a} feet long and {b} feet wide. Fencing costs {c} per foot. How much does it cost to fence the whole garden?",
  "a=12..30:feet b=6..20:feet c=$3..8",
  ["s = a + b | the sum of the length and width | Length plus width | feet",
   "p = 2 * s | the perimeter | Perimeter | feet",
   "k = p * c | the cost of the fencing | Fencing cost | $"])

T("dinner_tip",
  "{name}'s dinner bill is {a}. {He} leaves a {p}% tip. What is the total amount {he} pays?",
  "a=$[40,60,80,120,140,160,180,200] p=P[10,15,20,25]",
  ["t = p% of a | the tip | Tip | $",
   "s = a + t | the total amount paid | Total paid | $"])

T("movie_family",
  "{name} takes {his} {a} kids to the movies. An adult ticket costs {b} and each child ticket costs {c}. {He} also buys popcorn for {d}. How much does {he} spend in total?",
  "a=2..5:kids b=$10..15 c=$6..9 d=$5..12",
  ["k = a * c | the cost of the children's tickets | Kids' tickets | $",
   "u = k + b | the cost of all the tickets | All tickets | $",
   "t = u + d | the total amount spent | Total spent | $"])

T("egg_cartons",
  "A farm's chickens lay {a} eggs a day. The eggs are packed in cartons of 12. How many cartons are filled in {b} days?",
  "a=18..60/6:eggs b=4..10:days",
  ["e = a * b | the total number of eggs | Total eggs | eggs",
   "c = e / 12 | the number of cartons | Cartons | cartons"])

T("run_week",
  "{name} runs {a} miles on each weekday and {b} miles on each day of the weekend. How many miles does {he} run in a week?",
  "a=2..6:miles b=4..10:miles",
  ["w = a * 5 | the weekday miles | Weekday miles | miles",
   "e = b * 2 | the weekend miles | Weekend miles | miles",
   "t = w + e | the total miles in a week | Weekly total | miles"])

T("phone_plan",
  "{name}'s phone plan costs {a} per month plus {b} for each gigabyte of data. Last month {he} used {c} gigabytes. What was {his} bill?",
  "a=$20..45 b=$[2,3,4,5,6] c=3..15:gigabytes",
  ["d = c * b | the data charge | Data charge | $",
   "t = a + d | the total bill | Total bill | $"])

T("shirt_sale",
  "A store sells shirts for {a} each. During a sale, the price is reduced by {p}%. How much do {b} shirts cost during the sale?",
  "a=$[20,24,30,36,40,45,50,60] p=P[10,20,25,30,50] b=2..6:shirts",
  ["d = p% of a | the discount on one shirt | Discount per shirt | $",
   "s = a - d | the sale price of one shirt | Sale price | $",
   "t = s * b | the cost of the shirts | Total cost | $"])

T("candy_jar",
  "A jar has {a} red candies, {b} blue candies, and {c} green candies. {name} eats {d} candies. How many candies are left in the jar?",
  "a=12..40:candies b=10..35:candies c=8..30:candies d=5..20:candies",
  ["s = a + b + c | the total number of candies | Total candies | candies",
   "l = s - d | the candies left | Candies left | candies"])

T("father_age",
  "{name} is {a} years old. {His} sister is {b} years older than {him}, and their father is 3 times as old as {his} sister. How old is their father?",
  "a=5..12 b=2..6",
  ["s = a + b | the sister's age | Sister's age | ",
   "f = 3 * s | the father's age | Father's age | "])

T("water_tank",
  "A tank holds {a} liters of water. {name} uses {b} liters a day for {c} days. How many liters are left in the tank?",
  "a=200..600/50 b=12..40:liters c=4..9:days",
  ["u = b * c | the water used | Water used | liters",
   "l = a - u | the water left | Water left | liters"])

T("muffin_sale",
  "{name} bakes {a} batches of muffins with {b} muffins in each batch. {He} sells all but {c} of them for {d} each. How much money does {he} make?",
  "a=3..6:batches b=[6,8,10,12]:muffins c=2..8:muffins d=$2..4",
  ["m = a * b | the number of muffins baked | Muffins baked | muffins",
   "s = m - c | the number of muffins sold | Muffins sold | muffins",
   "r = s * d | the money made | Money made | $"])

T("gas_trip",
  "A car uses 1 gallon of gas every {a} miles. Gas costs {b} per gallon. How much does gas cost for a {c}-mile trip?",
  "a=[20,25,30,35,40] b=$3..5 c=100..600/20",
  ["g = c / a | the gallons needed | Gallons | gallons",
   "t = g * b | the cost of gas | Gas cost | $"])

T("study_hours",
  "{name} studies {a} minutes each weekday and {b} minutes on Saturday. How many hours does {he} study in a week?",
  "a=[30,36,40,45,48,50,60] b=[30,45,60,90,120]",
  ["w = a * 5 | the weekday study time | Weekday minutes | minutes",
   "t = w + b | the total study time in minutes | Total minutes | minutes",
   "h = t / 60 | the study time in hours | Hours | hours"])

T("sticker_packs",
  "{name} had {a} stickers. {He} bought {b} packs of {c} stickers each, then gave away {d} stickers. How many stickers does {he} have now?",
  "a=10..40:stickers b=2..6:packs c=5..12:stickers d=6..25:stickers",
  ["n = b * c | the number of stickers bought | Stickers bought | stickers",
   "t = a + n | the stickers before giving any away | Before giving | stickers",
   "r = t - d | the number of stickers now | Stickers now | stickers"])

T("farm_legs",
  "A farmer has {a} chickens and {b} cows. How many legs do the animals have in total?",
  "a=8..30:chickens b=3..15:cows",
  ["c = a * 2 | the number of chicken legs | Chicken legs | legs",
   "w = b * 4 | the number of cow legs | Cow legs | legs",
   "t = c + w | the total number of legs | Total legs | legs"])

T("car_commission",
  "{name} sells a car for {a} and earns a {p}% commission on the sale. {He} also earns a base pay of {b} that month. How much does {he} earn in total that month?",
  "a=$[12000,15000,18000,20000,24000,25000,30000] p=P[2,3,4,5] b=$[1500,1800,2000,2200,2500]",
  ["c = p% of a | the commission | Commission | $",
   "t = c + b | the total earnings | Total earnings | $"])

T("fruit_basket",
  "A basket has {a} pieces of fruit. {f} of them are apples, and the rest are oranges. {name} eats {b} of the oranges. How many oranges are left?",
  "a=24..60 f=F[1/3,1/4,1/2,2/3,3/8] b=2..6:oranges",
  ["p = f of a | the number of apples | Apples | apples",
   "o = a - p | the number of oranges | Oranges | oranges",
   "l = o - b | the oranges left | Oranges left | oranges"])

T("pool_laps",
  "{name} swims {a} laps every day. Each lap is {b} meters. How many meters does {he} swim in {c} days?",
  "a=10..30:laps b=[25,50] c=3..7:days",
  ["d = a * b | the distance per day | Meters per day | meters",
   "t = d * c | the total distance | Total meters | meters"])

T("shoe_weeks",
  "{name} wants to buy shoes that cost {a}. {He} already has {b} and saves {c} per week. How many weeks will it take {him} to have enough money?",
  "a=$60..150/5 b=$10..50/5 c=$5..15",
  ["r = a - b | the amount still needed | Still needed | $",
   "w = r / c | the number of weeks | Weeks | weeks"])

T("theater_show",
  "A theater has {a} rows with {b} seats in each row. If {c} seats are empty, how many people are at the show?",
  "a=10..25:rows b=12..30:seats c=8..60:seats",
  ["s = a * b | the total number of seats | Total seats | seats",
   "p = s - c | the number of people at the show | People | people"])

T("paint_rooms",
  "{name} needs to paint {a} rooms. Each room needs {b} cans of paint, and each can costs {c}. How much will the paint cost?",
  "a=2..6:rooms b=2..4:cans c=$15..35",
  ["n = a * b | the number of cans needed | Cans needed | cans",
   "t = n * c | the cost of the paint | Paint cost | $"])

T("grocery_change",
  "{name} buys {a} pounds of apples at {b} per pound and a loaf of bread for {c}. {He} pays with a {d} bill. How much change does {he} get?",
  "a=2..6:pounds b=$[2,3,4,1.50,2.50] c=$[3,4,5,3.50,4.50] d=$[20,50]",
  ["p = a * b | the cost of the apples | Apples | $",
   "t = p + c | the total cost | Total cost | $",
   "h = d - t | the change | Change | $"])

T("cupcake_batches",
  "{name} is making cupcakes for a party with {a} guests. Each guest will eat {b} cupcakes, and {he} wants {c} extra. If one batch makes {d} cupcakes, how many batches does {he} need?",
  "a=10..30:guests b=2..3:cupcakes c=[2,4,6,8,10,12] d=[12,24]",
  ["e = a * b | the cupcakes the guests will eat | Cupcakes eaten | cupcakes",
   "t = e + c | the total number of cupcakes needed | Cupcakes needed | cupcakes",
   "n = t / d | the number of batches | Batches | batches"])

T("library_books",
  "A library has {a} books. It buys {b} new books each month for {c} months and gives away {d} old books. How many books does it have now?",
  "a=400..900/10 b=15..40:books c=3..8:months d=20..80:books",
  ["n = b * c | the number of new books | New books | books",
   "t = a + n | the books after buying | After buying | books",
   "r = t - d | the books the library has now | Books now | books"])

T("salary_raise",
  "{name} earns {a} per month. {He} gets a {p}% raise. How much will {he} earn in a year after the raise?",
  "a=$[2000,2400,2500,3000,3200,3500,4000] p=P[5,10,15,20]",
  ["r = p% of a | the monthly raise | Raise | $",
   "m = a + r | the new monthly salary | New monthly pay | $",
   "y = m * 12 | the yearly pay | Yearly pay | $"])

T("flour_recipe",
  "A recipe uses {a} cups of flour to make {b} cookies. How many cups of flour are needed to make {c} cookies?",
  "a=2..4:cups b=[12,18,24] c=36..144/12",
  ["m = c / b | the number of batches | Batches | batches",
   "f = m * a | the flour needed | Flour needed | cups"])

T("hike_hours",
  "{name} hikes {a} miles in the morning and {b} miles in the afternoon. {He} walks at {c} miles per hour. How many hours does {he} hike?",
  "a=4..12:miles b=3..10:miles c=2..4",
  ["t = a + b | the total distance | Total miles | miles",
   "h = t / c | the hiking time | Hours | hours"])

T("plant_water",
  "{name} has {a} plants. {f} of them need watering every day, and each of those needs {b} cups of water. How many cups of water does {he} use each day?",
  "a=12..48 f=F[1/2,1/3,1/4,3/4,2/3] b=2..4:cups",
  ["n = f of a | the number of plants that need water | Plants to water | plants",
   "w = n * b | the water used each day | Cups of water | cups"])

T("toy_cars",
  "{name} has {a} toy cars. {His} brother has {b} times as many. How many toy cars do they have together?",
  "a=12..45:cars b=2..4",
  ["r = a * b | the brother's toy cars | Brother's cars | cars",
   "t = a + r | the total number of toy cars | Total cars | cars"])

T("field_trip_buses",
  "A school has {a} students going on a field trip. Each bus holds {b} students and costs {c} to rent. How much does it cost to rent the buses?",
  "a=120..360/10 b=[30,40,45,60] c=$[150,180,200,250,300]",
  ["n = a / b | the number of buses | Buses | buses",
   "t = n * c | the cost of the buses | Bus cost | $"])

T("bike_school",
  "{name} bikes {a} kilometers to school and the same distance back home, {b} days a week. How many kilometers does {he} bike in {c} weeks?",
  "a=2..7 b=4..5:days c=2..6:weeks",
  ["d = a * 2 | the round-trip distance | Round trip | km",
   "w = d * b | the weekly distance | Weekly distance | km",
   "t = w * c | the total distance | Total distance | km"])

T("cake_neighbors",
  "A cake is cut into {a} slices. {name} eats {b} slices, {his} friends eat {c} slices, and the rest are split equally between {d} neighbors. How many slices does each neighbor get?",
  "a=[16,20,24,30,32] b=2..3:slices c=4..10:slices d=2..5:neighbors",
  ["e = b + c | the slices eaten | Slices eaten | slices",
   "r = a - e | the slices remaining | Slices left | slices",
   "n = r / d | the slices each neighbor gets | Per neighbor | slices"])

T("coins_cents",
  "{name} has {a} quarters and {b} dimes. How much money does {he} have, in cents?",
  "a=5..30:quarters b=4..25:dimes",
  ["q = a * 25 | the value of the quarters | Quarters | cents",
   "d = b * 10 | the value of the dimes | Dimes | cents",
   "t = q + d | the total value in cents | Total | cents"])

T("carpet_room",
  "A room is {a} feet by {b} feet. Carpet costs {c} per square foot. How much does it cost to carpet the room?",
  "a=8..16 b=9..20 c=$[2,3,4,5,6]",
  ["r = a * b | the area of the room | Area | square feet",
   "t = r * c | the cost of the carpet | Carpet cost | $"])

T("bookstore_boxes",
  "A bookstore receives {a} boxes with {b} books in each box. It sells {c} books on the first day. How many books are left?",
  "a=6..15:boxes b=12..30:books c=20..90:books",
  ["t = a * b | the total number of books | Total books | books",
   "l = t - c | the books left | Books left | books"])

T("gym_fee",
  "A gym charges a {a} sign-up fee and {b} per month. How much does {name} pay for the first {c} months?",
  "a=$[25,30,40,50,75,99] b=$[20,25,29,35,40,45] c=3..12:months",
  ["m = b * c | the monthly fees | Monthly fees | $",
   "t = m + a | the total cost | Total cost | $"])

T("test_wrong",
  "A test has {a} questions. {name} answers {p}% of them correctly. How many questions does {he} get wrong?",
  "a=[20,25,40,50,60,80] p=P[70,75,80,85,90,95]",
  ["c = p% of a | the number of correct answers | Correct | questions",
   "w = a - c | the number of wrong answers | Wrong | questions"])

T("stamp_album",
  "{name} has {a} stamps. {He} puts them in an album with {b} stamps on each page. If the album has {c} pages, how many pages are still empty?",
  "a=60..240/12 b=[6,8,10,12] c=30..50:pages",
  ["u = a / b | the number of pages used | Pages used | pages",
   "e = c - u | the number of empty pages | Empty pages | pages"])

T("overtime_pay",
  "{name} earns {a} per hour for the first 40 hours each week and {b} per hour for any overtime. Last week {he} worked {c} hours. How much did {he} earn?",
  "a=$12..24 b=$18..36 c=42..55",
  ["r = 40 * a | the regular pay | Regular pay | $",
   "o = c - 40 | the overtime hours | Overtime hours | hours",
   "q = o * b | the overtime pay | Overtime pay | $",
   "t = r + q | the total pay | Total pay | $"],
  cond="b > a")

T("florist_bouquets",
  "A florist has {a} roses and {b} tulips. Each bouquet uses {c} flowers. How many bouquets can the florist make using all the flowers?",
  "a=20..80:roses b=16..60:tulips c=[4,5,6,8,10,12]",
  ["t = a + b | the total number of flowers | Total flowers | flowers",
   "n = t / c | the number of bouquets | Bouquets | bouquets"])

T("three_day_run",
  "{name} runs {a} miles on Monday. Each day after that, {he} runs {b} more miles than the day before. How many miles does {he} run in total from Monday to Wednesday?",
  "a=2..6:miles b=1..3:miles",
  ["u = a + b | the miles on Tuesday | Tuesday | miles",
   "w = u + b | the miles on Wednesday | Wednesday | miles",
   "t = a + u + w | the total miles | Total miles | miles"])

T("rent_split",
  "{a} roommates share an apartment that costs {b} per month. Utilities cost an extra {c} per month. How much does each roommate pay per month?",
  "a=2..5 b=$[1200,1500,1800,2000,2400] c=$[120,150,180,200,240,300]",
  ["t = b + c | the total monthly cost | Total monthly cost | $",
   "e = t / a | the amount each roommate pays | Per roommate | $"])

T("soda_party",
  "{name} buys {a} packs of soda for a party. Each pack has {b} cans. At the end of the party, {c} cans are left over. How many cans were drunk?",
  "a=3..8:packs b=[6,12,24] c=3..15:cans",
  ["t = a * b | the total number of cans | Total cans | cans",
   "d = t - c | the number of cans drunk | Cans drunk | cans"])

T("restaurant_chairs",
  "A restaurant has {a} tables with 4 chairs each and {b} tables with 6 chairs each. How many chairs are there in all?",
  "a=5..20:tables b=3..12:tables",
  ["x = a * 4 | the chairs at the small tables | Small tables | chairs",
   "y = b * 6 | the chairs at the large tables | Large tables | chairs",
   "t = x + y | the total number of chairs | Total chairs | chairs"])

T("homework_hours",
  "{name} has {a} math problems and {b} science problems for homework. {He} can solve {c} problems per hour. How many hours will it take {him} to finish?",
  "a=10..30:problems b=6..24:problems c=[4,5,6,8]",
  ["t = a + b | the total number of problems | Total problems | problems",
   "h = t / c | the time needed | Hours | hours"])

T("town_adults",
  "A town has {a} residents. {p}% of them are children. How many adults live in the town?",
  "a=1200..9600/100 p=P[15,20,25,30,35,40]",
  ["c = p% of a | the number of children | Children | children",
   "d = a - c | the number of adults | Adults | adults"])

T("goldfish",
  "{name} has {a} fish. {He} buys {b} more fish. {f} of all {his} fish are goldfish. How many goldfish does {he} have?",
  "a=6..20:fish b=4..16:fish f=F[1/2,1/3,1/4,2/3,3/4]",
  ["t = a + b | the total number of fish | Total fish | fish",
   "g = f of t | the number of goldfish | Goldfish | goldfish"])

T("chocolate_profit",
  "{name} buys {a} chocolate bars for {b} each and sells all of them for {c} each. How much profit does {he} make?",
  "a=20..60:bars b=$[1,1.50,2,2.50] c=$[2,3,3.50,4]",
  ["k = a * b | the total cost | Cost | $",
   "r = a * c | the total revenue | Revenue | $",
   "p = r - k | the profit | Profit | $"],
  cond="c > b")

T("fence_boards",
  "{name} can paint {a} fence boards per hour. The fence has {b} boards, and {he} has already painted {c} of them. How many more hours does {he} need?",
  "a=[8,10,12,15] b=100..240/10 c=20..80/10",
  ["r = b - c | the boards left to paint | Boards left | boards",
   "h = r / a | the hours needed | Hours | hours"])

T("movie_marathon",
  "{name} watches {a} movies that are each {b} minutes long. How many hours does {he} spend watching movies?",
  "a=2..8:movies b=[90,100,105,110,120,150]",
  ["m = a * b | the total minutes | Total minutes | minutes",
   "h = m / 60 | the time in hours | Hours | hours"])

T("dog_food",
  "A bag of dog food has {a} cups. {name}'s dog eats {b} cups in the morning and {c} cups in the evening. How many days does one bag last?",
  "a=60..180/6 b=1..3:cups c=1..3:cups",
  ["d = b + c | the cups eaten per day | Cups per day | cups",
   "n = a / d | the number of days the bag lasts | Days | days"])

T("coupon_total",
  "{name} buys a shirt for {a}, a pair of pants for {b}, and a belt for {c}. {He} has a coupon for {d} off the total. How much does {he} pay?",
  "a=$12..30 b=$20..45 c=$8..20 d=$[5,10,15]",
  ["s = a + b + c | the total before the coupon | Subtotal | $",
   "p = s - d | the amount paid | Amount paid | $"])

T("sleep_week",
  "{name} sleeps {a} hours each weeknight and {b} hours each weekend night. How many hours does {he} sleep in a week?",
  "a=6..8:hours b=8..10:hours",
  ["x = a * 5 | the hours slept on weeknights | Weeknights | hours",
   "y = b * 2 | the hours slept on weekend nights | Weekend | hours",
   "t = x + y | the total hours of sleep | Total sleep | hours"])

T("ribbon_pieces",
  "{name} has a ribbon that is {a} inches long. {He} cuts off {b} inches and then cuts the rest into pieces that are {c} inches long. How many pieces does {he} get?",
  "a=60..150 b=5..20:inches c=[4,5,6,8]",
  ["r = a - b | the ribbon left | Ribbon left | inches",
   "n = r / c | the number of pieces | Pieces | pieces"])

T("bakery_sales",
  "A bakery sells {a} loaves of bread at {b} each and {c} croissants at {d} each. How much money does the bakery make?",
  "a=12..40:loaves b=$[3,4,5,3.50,4.50] c=10..36:croissants d=$[2,3,2.50,1.50]",
  ["x = a * b | the money from bread | Bread | $",
   "y = c * d | the money from croissants | Croissants | $",
   "t = x + y | the total money made | Total | $"])

T("red_blue_marbles",
  "A bag has {a} marbles. {p}% of them are blue, and the rest are red. How many more red marbles than blue marbles are there?",
  "a=[40,50,60,80,100,120,150,200] p=P[10,20,25,30,40]",
  ["b = p% of a | the number of blue marbles | Blue marbles | marbles",
   "r = a - b | the number of red marbles | Red marbles | marbles",
   "d = r - b | the difference | Difference | marbles"])

T("calories_workout",
  "{name} burns {a} calories per hour running and {b} calories per hour swimming. {He} runs for {c} hours and swims for {d} hours. How many calories does {he} burn?",
  "a=400..700/50 b=300..600/50 c=1..3:hours d=1..3:hours",
  ["x = a * c | the calories burned running | Running | calories",
   "y = b * d | the calories burned swimming | Swimming | calories",
   "t = x + y | the total calories burned | Total calories | calories"])

T("road_trip_left",
  "A road trip is {a} miles long. {name} drives {b} miles on the first day and {c} miles on the second day. How many miles are left?",
  "a=600..1200/50 b=150..300/10 c=150..300/10",
  ["d = b + c | the miles driven so far | Miles driven | miles",
   "l = a - d | the miles left | Miles left | miles"])

T("piggy_bank",
  "{name} has {a} in {his} piggy bank. {His} grandmother gives {him} twice that amount. {He} then spends {b} on books. How much money does {he} have now?",
  "a=$10..40 b=$8..30",
  ["g = a * 2 | the gift from grandmother | Gift | $",
   "t = a + g | the money before buying books | Before books | $",
   "r = t - b | the money left | Money now | $"])

T("shirt_buttons",
  "A factory makes {a} shirts, and each shirt needs {b} buttons. Buttons come in packs of {c}. How many packs of buttons are needed?",
  "a=50..200/10:shirts b=[4,5,6,8] c=[10,20,25,50]",
  ["n = a * b | the number of buttons needed | Buttons | buttons",
   "p = n / c | the number of packs | Packs | packs"])

T("price_increase",
  "A video game cost {a} last year. This year the price went up by {p}%. What is the price now?",
  "a=$[40,50,60,80] p=P[5,10,15,20,25]",
  ["i = p% of a | the price increase | Increase | $",
   "n = a + i | the new price | New price | $"])

T("crayon_classmates",
  "{name} has {a} boxes of crayons with {b} crayons in each box. {He} gives {c} crayons to each of {his} {d} classmates. How many crayons does {he} have left?",
  "a=3..8:boxes b=[8,12,16,24] c=2..4:crayons d=5..12:classmates",
  ["t = a * b | the total number of crayons | Total crayons | crayons",
   "g = c * d | the crayons given away | Given away | crayons",
   "l = t - g | the crayons left | Crayons left | crayons"])

T("zoo_family",
  "A family of {a} adults and {b} children visits the zoo. Adult tickets cost {c} and child tickets cost {d}. How much do they pay in total?",
  "a=2..4:adults b=2..5:children c=$15..25 d=$8..14",
  ["x = a * c | the cost of the adult tickets | Adult tickets | $",
   "y = b * d | the cost of the child tickets | Child tickets | $",
   "t = x + y | the total cost | Total cost | $"])

T("quiz_score",
  "In a quiz, each correct answer is worth {a} points, and each wrong answer loses {b} points. {name} gets {c} answers right and {d} wrong. What is {his} score?",
  "a=[4,5,10] b=[1,2] c=12..25 d=2..8",
  ["x = c * a | the points from correct answers | Points earned | points",
   "y = d * b | the points lost | Points lost | points",
   "s = x - y | the final score | Score | points"])

T("lawn_mowing",
  "{name} mows {a} lawns a week and charges {b} per lawn. How much does {he} earn in {c} weeks?",
  "a=3..8:lawns b=$15..35 c=4..10:weeks",
  ["w = a * b | the weekly earnings | Weekly earnings | $",
   "t = w * c | the total earnings | Total earnings | $"])

T("juice_glasses",
  "{name} buys {a} bottles of juice. Each bottle holds {b} ounces. {He} pours the juice into glasses that hold {c} ounces each. How many glasses can {he} fill?",
  "a=3..8:bottles b=[32,48,64] c=[6,8,12,16]",
  ["t = a * b | the total ounces of juice | Total ounces | ounces",
   "g = t / c | the number of glasses | Glasses | glasses"])

T("stadium_tickets",
  "A stadium has {a} seats. For a game, {f} of the seats are sold. Each ticket costs {b}. How much money is made from ticket sales?",
  "a=[2000,2400,3000,3600,4000,4800,6000] f=F[1/2,3/4,2/3,3/5,5/6] b=$[10,12,15,20,25]",
  ["s = f of a | the number of tickets sold | Tickets sold | tickets",
   "m = s * b | the money from ticket sales | Ticket sales | $"])

T("allowance_save",
  "{name} gets {a} a week for allowance. {He} spends {b} each week on snacks and saves the rest. How much does {he} save in {c} weeks?",
  "a=$[10,12,15,20,25] b=$[3,4,5,6,8] c=4..12:weeks",
  ["s = a - b | the amount saved each week | Saved per week | $",
   "t = s * c | the total savings | Total saved | $"])

T("picture_frames",
  "{name} makes {a} picture frames. Each frame needs {b} feet of wood, and wood costs {c} per foot. How much does the wood cost?",
  "a=4..12:frames b=[3,4,5,6] c=$[2,3,4,5]",
  ["f = a * b | the feet of wood needed | Wood needed | feet",
   "t = f * c | the cost of the wood | Wood cost | $"])

T("walk_three_days",
  "On Monday, {name} walked {a} miles. On Tuesday, {he} walked 3 times as far as on Monday. On Wednesday, {he} walked {b} miles less than on Tuesday. How many miles did {he} walk over the three days?",
  "a=2..6:miles b=1..4:miles",
  ["u = a * 3 | the miles walked on Tuesday | Tuesday | miles",
   "w = u - b | the miles walked on Wednesday | Wednesday | miles",
   "t = a + u + w | the total miles | Total miles | miles"])

T("charity_run",
  "{name} raises {a} for every mile {he} runs in a charity race. {He} runs {b} miles, and a sponsor doubles the amount {he} raised. How much money is raised in total?",
  "a=$[5,8,10,12,15,20] b=3..13:miles",
  ["r = a * b | the amount raised by running | Raised | $",
   "t = r * 2 | the total after the sponsor doubles it | Total raised | $"])

T("balloon_bunches",
  "{name} buys {a} packs of balloons with {b} balloons in each pack. {c} balloons pop. {He} ties the rest into bunches of {d}. How many bunches does {he} make?",
  "a=3..6:packs b=[10,12,15,20] c=2..10:balloons d=[4,5,6,8]",
  ["t = a * b | the total number of balloons | Total balloons | balloons",
   "l = t - c | the balloons left | Balloons left | balloons",
   "n = l / d | the number of bunches | Bunches | bunches"])

T("streaming_plan",
  "A streaming service costs {a} per month. {name} pays monthly for {b} months and then buys a yearly plan for {c}. How much does {he} pay in all?",
  "a=$[8,9,10,12,15] b=3..9:months c=$[80,90,99,100,120]",
  ["m = a * b | the monthly payments | Monthly payments | $",
   "t = m + c | the total paid | Total paid | $"])

T("orchard_boxes",
  "An orchard has {a} rows of apple trees with {b} trees in each row. Each tree produces {c} apples. The apples are packed {d} to a box. How many boxes are filled?",
  "a=4..10:rows b=6..15:trees c=[20,25,30,40,50] d=[10,20,25,50]",
  ["t = a * b | the number of trees | Trees | trees",
   "p = t * c | the total number of apples | Apples | apples",
   "x = p / d | the number of boxes | Boxes | boxes"])

T("marbles_lost",
  "{name} had {a} marbles and lost {p}% of them. How many marbles does {he} have left?",
  "a=[40,50,60,80,100,120,150,200] p=P[10,20,25,30,40,50]",
  ["l = p% of a | the number of marbles lost | Marbles lost | marbles",
   "r = a - l | the marbles left | Marbles left | marbles"])

T("teacher_pencils",
  "A teacher buys {a} boxes of pencils with {b} pencils in each box. She gives each of her {c} students {d} pencils. How many pencils are left over?",
  "a=4..10:boxes b=[10,12,20,24] c=18..30:students d=2..4:pencils",
  ["t = a * b | the total number of pencils | Total pencils | pencils",
   "g = c * d | the pencils given out | Given out | pencils",
   "l = t - g | the pencils left over | Left over | pencils"])

T("car_wash_profit",
  "A school car wash charges {a} per car and {b} per truck. They wash {c} cars and {d} trucks, and they spent {e} on supplies. How much profit do they make?",
  "a=$[5,6,8,10] b=$[10,12,15] c=15..40:cars d=4..12:trucks e=$[20,25,30,40,50]",
  ["x = c * a | the money from cars | Cars | $",
   "y = d * b | the money from trucks | Trucks | $",
   "r = x + y | the total money collected | Total collected | $",
   "p = r - e | the profit | Profit | $"])

T("paint_walls_time",
  "Each wall in {name}'s house takes {a} minutes to paint. There are {b} rooms with {c} walls each. How many hours will the painting take?",
  "a=[15,20,30,45] b=3..8:rooms c=4..6:walls",
  ["w = b * c | the number of walls | Walls | walls",
   "m = w * a | the total minutes | Total minutes | minutes",
   "h = m / 60 | the painting time in hours | Hours | hours"])

T("hotel_trip",
  "{name} stays at a hotel for {c} nights at {b} per night. {He} also spends {d} per day on food for {c} days and {e} on souvenirs. How much does the trip cost?",
  "b=$[80,90,110,120,150] c=3..7:nights d=$[25,30,35,40,45] e=$[20,35,40,50,60]",
  ["h = b * c | the hotel cost | Hotel | $",
   "f = d * c | the food cost | Food | $",
   "t = h + f + e | the total cost of the trip | Total cost | $"])

T("pancake_eggs",
  "A pancake recipe calls for {a} eggs and makes {b} pancakes. {name} wants to make {c} pancakes. How many eggs does {he} need?",
  "a=2..3:eggs b=[8,10,12] c=24..96/4",
  ["m = c / b | the number of batches | Batches | batches",
   "e = m * a | the number of eggs needed | Eggs | eggs"])

T("gift_split",
  "{a} friends want to buy a gift that costs {b}. They also pay {c} for wrapping. If they split the total equally, how much does each friend pay?",
  "a=3..6 b=$[60,72,84,90,96,120,150] c=$[6,8,10,12,15]",
  ["t = b + c | the total cost | Total cost | $",
   "e = t / a | the amount each friend pays | Per friend | $"])

T("bottle_caps",
  "{name} collects {a} bottle caps each week. After {b} weeks, {he} gives half of them to {his} brother. How many bottle caps does {he} have left?",
  "a=6..25:caps b=4..10:weeks",
  ["t = a * b | the bottle caps collected | Caps collected | caps",
   "l = t / 2 | the bottle caps left | Caps left | caps"])

T("basketball_points",
  "In a basketball game, {name} makes {a} two-point shots, {b} three-point shots, and {c} free throws worth 1 point each. How many points does {he} score?",
  "a=3..10 b=1..6 c=2..8",
  ["x = a * 2 | the points from two-point shots | Two-pointers | points",
   "y = b * 3 | the points from three-point shots | Three-pointers | points",
   "t = x + y + c | the total points | Total points | points"])

T("paper_route",
  "{name} delivers {a} newspapers every weekday and {b} newspapers on Sunday. {He} earns {c} per newspaper. How much does {he} earn in a week?",
  "a=20..40:newspapers b=30..60:newspapers c=$[0.25,0.50,0.20,0.40]",
  ["w = a * 5 | the weekday newspapers | Weekday papers | newspapers",
   "t = w + b | the total newspapers in a week | Total papers | newspapers",
   "e = t * c | the weekly earnings | Weekly earnings | $"])

T("granola_team",
  "{name} buys {a} boxes of granola bars. Each box has {b} bars. {He} eats {c} bars and splits the rest equally among {d} teammates. How many bars does each teammate get?",
  "a=3..6:boxes b=[6,8,10,12] c=2..6:bars d=[4,5,6,8,10]",
  ["t = a * b | the total number of bars | Total bars | bars",
   "r = t - c | the bars left to share | Bars to share | bars",
   "e = r / d | the bars each teammate gets | Per teammate | bars"])

T("free_throws",
  "{name} took {a} free throws this season and made {p}% of them. How many free throws did {he} miss?",
  "a=[40,50,60,80,100,120,150,200] p=P[60,65,70,75,80,85,90]",
  ["m = p% of a | the free throws made | Made | free throws",
   "x = a - m | the free throws missed | Missed | free throws"])

T("turkey_time",
  "A turkey needs to cook for {a} minutes per pound. {name}'s turkey weighs {b} pounds. How many hours does it need to cook?",
  "a=[12,13,15,20] b=10..24:pounds",
  ["m = a * b | the cooking time in minutes | Minutes | minutes",
   "h = m / 60 | the cooking time in hours | Hours | hours"])

T("fruit_salad",
  "{name} makes a fruit salad with {a} cups of grapes, {b} cups of melon, and {c} cups of berries. Each serving is {d} cups. How many servings does {he} make?",
  "a=3..8:cups b=4..10:cups c=2..7:cups d=[2,3]",
  ["t = a + b + c | the total cups of fruit | Total cups | cups",
   "s = t / d | the number of servings | Servings | servings"])

T("bike_rental",
  "A bike rental costs {a} for the first hour and {b} for each additional hour. {name} rents a bike for {c} hours. How much does {he} pay?",
  "a=$[10,12,15,20] b=$[5,6,7,8] c=3..8",
  ["x = c - 1 | the number of additional hours | Extra hours | hours",
   "y = x * b | the cost of the additional hours | Extra cost | $",
   "t = a + y | the total cost | Total cost | $"])

T("stamp_sheets",
  "{name} buys {a} sheets of stamps with {b} stamps on each sheet. Each stamp costs {c}. How much does {he} spend?",
  "a=2..6:sheets b=[10,12,20] c=$[0.50,0.60,0.75]",
  ["n = a * b | the number of stamps | Stamps | stamps",
   "t = n * c | the total cost | Total cost | $"])

T("class_trip_vote",
  "A class of {a} students voted on a trip. {f} of them voted for the zoo and the rest voted for the museum. How many more students voted for the museum than for the zoo?",
  "a=20..40 f=F[1/3,1/4,2/5,1/5,3/8]",
  ["z = f of a | the students who voted for the zoo | Zoo | students",
   "m = a - z | the students who voted for the museum | Museum | students",
   "d = m - z | the difference | Difference | students"])

T("floor_tiles",
  "A floor is {a} feet by {b} feet. Each box of tiles covers {c} square feet and costs {d}. How much do the tiles for the floor cost?",
  "a=8..20 b=10..24 c=[10,12,15,20] d=$[25,30,35,40,45]",
  ["r = a * b | the area of the floor | Area | square feet",
   "n = r / c | the number of boxes needed | Boxes | boxes",
   "t = n * d | the cost of the tiles | Tile cost | $"])

T("elevator_load",
  "An elevator can hold {a} pounds. {b} people with an average weight of {c} pounds each get on. How many more pounds can the elevator hold?",
  "a=[2000,2500,3000,3500] b=5..12:people c=140..190/10",
  ["w = b * c | the weight of the people | Weight | pounds",
   "r = a - w | the extra pounds it can hold | Room left | pounds"])

T("ice_cream_tubs",
  "An ice cream shop sells {a} cones with 2 scoops and {b} cones with 3 scoops. Each tub holds {c} scoops. How many tubs were used?",
  "a=10..40:cones b=8..30:cones c=[10,20,25,30]",
  ["x = a * 2 | the scoops in two-scoop cones | Two-scoop cones | scoops",
   "y = b * 3 | the scoops in three-scoop cones | Three-scoop cones | scoops",
   "t = x + y | the total number of scoops | Total scoops | scoops",
   "n = t / c | the number of tubs | Tubs | tubs"])

T("toy_store_staff",
  "A toy store sold {a} toys at {b} each. {p}% of the money goes to paying the staff. How much money is left after paying the staff?",
  "a=40..200/10:toys b=$[5,8,10,12,15,20] p=P[10,20,25,30,40]",
  ["r = a * b | the money from the toys | Sales | $",
   "s = p% of r | the money paid to staff | Staff pay | $",
   "l = r - s | the money left | Money left | $"])

T("hike_water",
  "{name} drinks {a} ounces of water every hour while hiking. {He} hikes for {b} hours and brings bottles that hold {c} ounces each. How many bottles does {he} need?",
  "a=[8,10,12,16] b=3..8:hours c=[16,20,24,32]",
  ["t = a * b | the ounces of water needed | Water needed | ounces",
   "n = t / c | the number of bottles | Bottles | bottles"])

T("essay_typing",
  "{name} types {a} words per minute. {He} needs to type an essay of {b} words and has already typed {c} words. How many minutes will the rest take?",
  "a=[30,40,45,50,60] b=1200..3000/100 c=200..900/50",
  ["r = b - c | the words left to type | Words left | words",
   "m = r / a | the minutes needed | Minutes | minutes"])

T("goodie_bags",
  "{name} makes goodie bags for {a} kids. Each bag has {b} candies and {c} stickers. Candies cost {d} each and stickers cost {e} each. How much does {he} spend?",
  "a=8..20:kids b=3..6:candies c=2..5:stickers d=$[0.25,0.50,0.20] e=$[0.10,0.20,0.25,0.50]",
  ["x = a * b | the number of candies | Candies | candies",
   "y = a * c | the number of stickers | Stickers | stickers",
   "p = x * d | the cost of the candies | Candy cost | $",
   "q = y * e | the cost of the stickers | Sticker cost | $",
   "t = p + q | the total cost | Total cost | $"])

T("apartment_people",
  "A building has {a} floors with {b} apartments on each floor. {d} apartments are empty, and every other apartment has {c} people living in it. How many people live in the building?",
  "a=4..12:floors b=4..8:apartments c=2..4:people d=2..9:apartments",
  ["t = a * b | the total number of apartments | Apartments | apartments",
   "o = t - d | the occupied apartments | Occupied | apartments",
   "p = o * c | the number of people | People | people"])

T("track_km",
  "A track is 400 meters around. {name} runs {a} laps in the morning and {b} laps in the evening. How many kilometers does {he} run?",
  "a=3..10:laps b=2..10:laps",
  ["l = a + b | the total number of laps | Laps | laps",
   "m = l * 400 | the distance in meters | Meters | meters",
   "k = m / 1000 | the distance in kilometers | Kilometers | km"],
  dec=True)

T("bike_markup",
  "A store buys a bike for {a} and marks the price up by {p}%. A customer then uses a {b} coupon. How much does the customer pay?",
  "a=$[100,120,150,160,200,240,250,300] p=P[20,25,30,40,50] b=$[10,15,20,25]",
  ["m = p% of a | the markup | Markup | $",
   "r = a + m | the marked-up price | Price | $",
   "f = r - b | the price after the coupon | Final price | $"])

T("hens_dozen",
  "{name} has {a} hens. Each hen lays {b} eggs a week. {He} sells the eggs for {c} per dozen. How much money does {he} make in a week?",
  "a=6..24:hens b=4..7:eggs c=$[3,4,5,6]",
  ["e = a * b | the eggs laid per week | Eggs | eggs",
   "d = e / 12 | the number of dozens | Dozens | dozen",
   "m = d * c | the weekly income | Income | $"])

T("theater_weekend",
  "A theater has {a} seats. On Friday, {f} of the seats were filled. On Saturday, {b} more people came than on Friday. How many people came on the two days combined?",
  "a=[120,150,180,200,240,300] f=F[1/2,2/3,3/4,3/5,5/6] b=8..30:people",
  ["r = f of a | the number of people on Friday | Friday | people",
   "s = r + b | the number of people on Saturday | Saturday | people",
   "t = r + s | the total for both days | Total | people"])

T("commute_gallons",
  "{name} drives {a} miles to work each way. {He} works {b} days a week, and {his} car gets {c} miles per gallon. How many gallons of gas does {he} use commuting each week?",
  "a=5..30 b=4..6:days c=[20,25,30,40]",
  ["d = a * 2 | the miles driven each day | Daily miles | miles",
   "w = d * b | the miles driven each week | Weekly miles | miles",
   "g = w / c | the gallons used | Gallons | gallons"])

T("rice_bags",
  "A restaurant uses {a} pounds of rice a day. Rice comes in {b}-pound bags that cost {c} each. How much does the restaurant spend on rice in {d} days?",
  "a=10..40/5 b=[25,50] c=$[20,25,30,40] d=[5,10,15,20,30]",
  ["t = a * d | the pounds of rice needed | Rice needed | pounds",
   "n = t / b | the number of bags | Bags | bags",
   "m = n * c | the cost of the rice | Rice cost | $"])

T("card_decks",
  "{name} has {a} decks of cards. Each deck has 52 cards. {He} loses {b} cards. How many cards does {he} have left?",
  "a=2..6:decks b=3..20:cards",
  ["t = a * 52 | the total number of cards | Total cards | cards",
   "l = t - b | the cards left | Cards left | cards"])

T("scout_cookies",
  "A scout troop sells {a} boxes of cookies on Friday, twice as many on Saturday, and {b} boxes on Sunday. How many boxes do they sell in total?",
  "a=15..60:boxes b=10..50:boxes",
  ["s = a * 2 | the boxes sold on Saturday | Saturday | boxes",
   "t = a + s + b | the total boxes sold | Total boxes | boxes"])

T("bead_jewelry",
  "{name} has {a} beads. {He} makes {b} necklaces using {c} beads each and {d} bracelets using {e} beads each. How many beads are left?",
  "a=200..500/10 b=3..8:necklaces c=20..40:beads d=4..10:bracelets e=8..15:beads",
  ["x = b * c | the beads used for necklaces | Necklaces | beads",
   "y = d * e | the beads used for bracelets | Bracelets | beads",
   "u = x + y | the total beads used | Beads used | beads",
   "l = a - u | the beads left | Beads left | beads"])

T("steps_weeks",
  "{name} walks {a} steps every day. How many steps does {he} walk in {b} weeks?",
  "a=4000..9000/500 b=2..4",
  ["d = b * 7 | the number of days | Days | days",
   "t = a * d | the total number of steps | Total steps | steps"])

T("laptop_coupon",
  "A laptop costs {a}. It is on sale for {p}% off, and {name} also uses a {b} coupon. How much does {he} pay?",
  "a=$[400,500,600,750,800,900,1000,1200] p=P[10,15,20,25] b=$[20,25,30,50]",
  ["d = p% of a | the discount | Discount | $",
   "s = a - d | the sale price | Sale price | $",
   "f = s - b | the final price | Final price | $"])

T("pizza_split_bill",
  "{name} orders {a} pizzas for {b} each and {c} drinks for {d} each. {He} splits the bill evenly with {e} friends. How much does each person pay?",
  "a=2..5:pizzas b=$[10,12,14,15,16] c=3..8:drinks d=$[2,3,4] e=2..5",
  ["x = a * b | the cost of the pizzas | Pizzas | $",
   "y = c * d | the cost of the drinks | Drinks | $",
   "t = x + y | the total bill | Total bill | $",
   "p = e + 1 | the number of people | People | people",
   "s = t / p | the amount each person pays | Per person | $"])

T("cyclist_break",
  "A cyclist rides at {a} miles per hour for {b} hours, takes a break, and then rides {c} more miles. How many miles does the cyclist ride in total?",
  "a=10..20 b=2..5:hours c=5..25:miles",
  ["x = a * b | the miles before the break | Before break | miles",
   "t = x + c | the total miles | Total miles | miles"])

T("supply_budget",
  "A teacher buys {a} glue sticks at {b} each and {c} packs of paper at {d} each. She has a budget of {e}. How much money does she have left?",
  "a=10..30:sticks b=$[1,2,1.50,0.75] c=3..10:packs d=$[4,5,6,8] e=$[100,120,150]",
  ["x = a * b | the cost of the glue sticks | Glue sticks | $",
   "y = c * d | the cost of the paper | Paper | $",
   "t = x + y | the total spent | Total spent | $",
   "l = e - t | the money left | Money left | $"])

T("strawberry_sale",
  "{name} picks {a} pounds of strawberries. {He} keeps {b} pounds and sells the rest for {c} per pound. How much money does {he} earn?",
  "a=15..50:pounds b=3..10:pounds c=$[3,4,5,2.50,3.50]",
  ["s = a - b | the pounds sold | Pounds sold | pounds",
   "m = s * c | the money earned | Money earned | $"])

T("pages_half",
  "{name} read {a} pages on Monday. On Tuesday, {he} read half as many pages as on Monday. On Wednesday, {he} read {b} pages. How many pages did {he} read in total?",
  "a=20..80/2 b=10..45",
  ["u = a / 2 | the pages read on Tuesday | Tuesday | pages",
   "t = a + u + b | the total pages read | Total pages | pages"])

T("rain_average",
  "It rained {a} millimeters on Monday, {b} millimeters on Tuesday, and {c} millimeters on Wednesday. What was the average rainfall per day over these three days?",
  "a=4..30 b=2..30 c=3..30",
  ["t = a + b + c | the total rainfall | Total rainfall | millimeters",
   "v = t / 3 | the average rainfall | Average | millimeters"])

T("fourth_test",
  "{name} wants an average score of {d} on four tests. {He} scored {a}, {b}, and {c} on the first three. What score does {he} need on the fourth test?",
  "a=70..95 b=70..95 c=70..95 d=[80,82,84,85,86,88,90]",
  ["n = d * 4 | the total points needed | Points needed | points",
   "h = a + b + c | the points so far | Points so far | points",
   "x = n - h | the score needed on the fourth test | Fourth test | points"],
  cond="d*4 - (a+b+c) <= 100 and d*4 - (a+b+c) >= 60")

T("donut_dozens",
  "A bakery makes {a} dozen donuts. It sells {b} donuts in the morning and {c} donuts in the afternoon. How many donuts are left?",
  "a=5..15 b=20..60:donuts c=15..50:donuts",
  ["t = a * 12 | the total number of donuts | Total donuts | donuts",
   "s = b + c | the donuts sold | Donuts sold | donuts",
   "l = t - s | the donuts left | Donuts left | donuts"])

T("garage_sale",
  "At a garage sale, {name} sells {a} books for {b} each and {c} toys for {d} each. {He} gives {f} of the money to {his} sister. How much does {he} keep?",
  "a=5..20:books b=$[1,2,3] c=4..12:toys d=$[2,4,5,6] f=F[1/2,1/3,1/4]",
  ["x = a * b | the money from books | Books | $",
   "y = c * d | the money from toys | Toys | $",
   "t = x + y | the total money | Total | $",
   "g = f of t | the money given to the sister | To sister | $",
   "k = t - g | the money kept | Money kept | $"])

T("raffle_prize",
  "{name} buys {a} raffle tickets at {b} each. {He} wins a prize worth {c}. How much more is the prize worth than what {he} spent on tickets?",
  "a=5..20:tickets b=$[2,3,5] c=$[100,150,200,250]",
  ["s = a * b | the amount spent on tickets | Spent | $",
   "d = c - s | the difference | Difference | $"])

T("plane_passengers",
  "An airplane has {a} rows of seats with {b} seats in each row. On one flight, {p}% of the seats are filled. How many passengers are on the flight?",
  "a=[20,25,30,40] b=[4,6] p=P[60,75,80,90,95]",
  ["s = a * b | the total number of seats | Seats | seats",
   "n = p% of s | the number of passengers | Passengers | passengers"])

T("fish_meals",
  "{name} catches {a} fish on Saturday and {b} fish on Sunday. {He} releases {c} of them and cooks the rest, {d} fish per meal. How many meals can {he} make?",
  "a=5..15:fish b=4..14:fish c=2..6:fish d=[2,3,4]",
  ["t = a + b | the total fish caught | Fish caught | fish",
   "k = t - c | the fish kept | Fish kept | fish",
   "m = k / d | the number of meals | Meals | meals"])

T("candle_height",
  "A candle burns {a} centimeters every hour. It starts at {b} centimeters tall and burns for {c} hours. How tall is the candle now?",
  "a=2..4 b=20..40 c=2..6:hours",
  ["x = a * c | the height burned | Burned | centimeters",
   "h = b - x | the height of the candle now | Height now | centimeters"])

T("team_gear",
  "A soccer team has {a} players. Each uniform costs {b} and each pair of cleats costs {c}. How much does it cost to buy a uniform and a pair of cleats for every player?",
  "a=11..22:players b=$[25,30,35,40] c=$[40,45,50,60]",
  ["u = b + c | the cost per player | Per player | $",
   "t = u * a | the total cost | Total cost | $"])

T("tree_growth",
  "A tree is {a} feet tall and grows {b} feet each year. How tall will it be in {c} years?",
  "a=5..20 b=2..4 c=3..10:years",
  ["g = b * c | the growth | Growth | feet",
   "h = a + g | the height of the tree | Height | feet"])

T("aquarium_change",
  "An aquarium holds {a} gallons. {name} changes {p}% of the water each week. How many gallons does {he} change in {b} weeks?",
  "a=[20,40,50,60,80,100,120] p=P[10,20,25,30,50] b=3..8:weeks",
  ["w = p% of a | the gallons changed each week | Weekly change | gallons",
   "t = w * b | the total gallons changed | Total | gallons"])

T("parking_spots",
  "A parking garage has {a} levels with {b} spots on each level. {c} spots on each level are reserved. How many spots are not reserved?",
  "a=3..6:levels b=40..80/5:spots c=4..10:spots",
  ["t = a * b | the total number of spots | Total spots | spots",
   "r = a * c | the reserved spots | Reserved | spots",
   "f = t - r | the spots not reserved | Unreserved | spots"])

T("cookie_jar_days",
  "A jar has {a} cookies. {name} eats {b} cookies a day and {his} brother eats {c} cookies a day. How many days will the cookies last?",
  "a=30..90/3 b=1..4:cookies c=1..4:cookies",
  ["d = b + c | the cookies eaten per day | Per day | cookies",
   "n = a / d | the number of days | Days | days"])

T("wedding_flowers",
  "{a} guests are coming to a wedding. Each table seats {b} guests, and each table needs {c} flowers for its centerpiece. How many flowers are needed?",
  "a=60..200/10 b=[8,10] c=[5,6,8,12]",
  ["t = a / b | the number of tables | Tables | tables",
   "f = t * c | the number of flowers | Flowers | flowers"])

T("tutoring",
  "{name} tutors {a} students for {b} hours each per week and charges {c} per hour. How much does {he} earn in {d} weeks?",
  "a=2..6:students b=1..3:hours c=$[15,20,25,30] d=2..6",
  ["h = a * b | the hours tutored per week | Weekly hours | hours",
   "w = h * c | the weekly earnings | Weekly earnings | $",
   "t = w * d | the total earnings | Total earnings | $"])

T("concert_budget",
  "{name} has {a}. {He} buys {b} concert tickets for {c} each and spends {d} on parking. How much money does {he} have left?",
  "a=$[150,200,250,300] b=2..4:tickets c=$[25,30,35,40,45] d=$[10,12,15,20]",
  ["x = b * c | the cost of the tickets | Tickets | $",
   "y = x + d | the total spent | Total spent | $",
   "l = a - y | the money left | Money left | $"])

T("berry_jam",
  "{name} picks {a} cups of berries. Each jar of jam needs {b} cups of berries. {He} gives away {c} jars. How many jars does {he} have left?",
  "a=12..48 b=[2,3,4] c=1..4:jars",
  ["j = a / b | the number of jars made | Jars made | jars",
   "l = j - c | the jars left | Jars left | jars"])

T("rabbit_food",
  "A rabbit eats {a} carrots a day. {name} has {b} rabbits. How many carrots does {he} need for {c} weeks?",
  "a=2..4:carrots b=2..5:rabbits c=1..4",
  ["d = a * b | the carrots eaten per day | Per day | carrots",
   "n = c * 7 | the number of days | Days | days",
   "t = d * n | the total carrots | Total carrots | carrots"])

T("school_play",
  "Tickets to the school play cost {a} for students and {b} for adults. {c} students and {d} adults attend. How much money is collected?",
  "a=$[3,4,5] b=$[6,8,10,12] c=40..120:students d=30..90:adults",
  ["x = c * a | the money from student tickets | Student tickets | $",
   "y = d * b | the money from adult tickets | Adult tickets | $",
   "t = x + y | the total money collected | Total | $"])

T("pool_fill",
  "A pool holds {a} gallons of water. A hose fills it at {b} gallons per minute. How many hours does it take to fill the pool?",
  "a=[3600,4800,6000,7200,9000,12000] b=[10,15,20,25,30]",
  ["m = a / b | the time in minutes | Minutes | minutes",
   "h = m / 60 | the time in hours | Hours | hours"])

T("uniform_savings",
  "{name} saves {a} in January. In February, {he} saves 3 times as much as in January. In March, {he} saves {b} less than in February. How much does {he} save in the three months?",
  "a=$10..40 b=$5..20",
  ["f = a * 3 | the savings in February | February | $",
   "m = f - b | the savings in March | March | $",
   "t = a + f + m | the total savings | Total savings | $"])

T("classroom_chairs",
  "A school has {a} classrooms. Each classroom has {b} desks and {c} chairs. How many pieces of furniture are there in all the classrooms?",
  "a=8..20:classrooms b=15..30:desks c=16..32:chairs",
  ["p = b + c | the pieces of furniture per classroom | Per classroom | pieces",
   "t = p * a | the total pieces of furniture | Total | pieces"])

T("farm_stand_pct",
  "A farm stand had {a} pumpkins. It sold {p}% of them on Saturday and {b} on Sunday. How many pumpkins are left?",
  "a=[80,100,120,150,200,240] p=P[20,25,30,40,50] b=10..30:pumpkins",
  ["s = p% of a | the pumpkins sold on Saturday | Saturday | pumpkins",
   "u = s + b | the total pumpkins sold | Sold | pumpkins",
   "l = a - u | the pumpkins left | Left | pumpkins"])

T("video_upload",
  "A YouTuber uploads {a} videos a week. Each video is {b} minutes long. How many hours of video does the YouTuber upload in {c} weeks?",
  "a=2..5:videos b=[10,12,15,20,30] c=[4,6,8,10,12]",
  ["w = a * b | the minutes uploaded per week | Weekly minutes | minutes",
   "m = w * c | the total minutes | Total minutes | minutes",
   "h = m / 60 | the total hours | Hours | hours"])

T("gardening_soil",
  "{name} is filling {a} planters. Each planter needs {b} bags of soil, and each bag costs {c}. {He} already has {d} bags. How much will {he} spend on the soil {he} still needs?",
  "a=4..10:planters b=2..3:bags c=$[4,5,6,7,8] d=2..6:bags",
  ["n = a * b | the bags needed | Bags needed | bags",
   "r = n - d | the bags to buy | Bags to buy | bags",
   "t = r * c | the cost | Cost | $"])

T("marathon_pace",
  "{name} runs {a} kilometers every day for {b} days. On the last day, {he} runs an extra {c} kilometers. How many kilometers does {he} run in all?",
  "a=3..10 b=4..7:days c=2..6",
  ["x = a * b | the regular distance | Regular distance | km",
   "t = x + c | the total distance | Total distance | km"])

T("bakery_flour_bags",
  "A bakery uses {a} kilograms of flour each day. Flour comes in {b}-kilogram bags. How many bags does the bakery need for {c} days?",
  "a=[10,12,15,20,25] b=[5,10,25] c=[4,5,6,10,12]",
  ["t = a * c | the flour needed | Flour | kilograms",
   "n = t / b | the number of bags | Bags | bags"])

T("sweater_knit",
  "{name} knits {a} rows of a sweater each evening. The sweater needs {b} rows, and {he} has already knitted {c} rows. How many more evenings will it take to finish?",
  "a=[8,10,12,15,20] b=200..400/20 c=40..120/20",
  ["r = b - c | the rows left | Rows left | rows",
   "e = r / a | the number of evenings | Evenings | evenings"])

T("museum_group",
  "A museum charges {a} per person for groups of 10 or more and {b} per person otherwise. A group of {c} people and a group of {d} people visit. How much do the two groups pay in total?",
  "a=$[8,9,10,12] b=$[12,14,15,16] c=10..30 d=3..9",
  ["x = c * a | the cost for the large group | Large group | $",
   "y = d * b | the cost for the small group | Small group | $",
   "t = x + y | the total cost | Total cost | $"],
  cond="b > a")

T("school_supplies_pct",
  "{name} spends {a} on school supplies. {p}% of that was spent on notebooks, and the rest was split equally between pens and folders. How much did {he} spend on pens?",
  "a=$[40,50,60,80,100,120] p=P[20,25,40,50,60]",
  ["n = p% of a | the amount spent on notebooks | Notebooks | $",
   "r = a - n | the amount left for pens and folders | Pens and folders | $",
   "e = r / 2 | the amount spent on pens | Pens | $"])

T("cows_milk",
  "A farmer has {a} cows. Each cow gives {b} liters of milk a day. The farmer sells the milk for {c} per liter. How much money does the farmer make in a day?",
  "a=5..20:cows b=[8,10,12,15,20] c=$[1,2,1.50,0.50]",
  ["m = a * b | the liters of milk per day | Milk | liters",
   "t = m * c | the daily income | Income | $"])

T("class_field_day",
  "There are {a} students at field day. They are split into teams of {b}. Each team gets {c} water bottles and {d} snacks. How many items are handed out in total?",
  "a=[48,60,72,90,96,120] b=[4,6,8,12] c=[6,8,10] d=[6,8,12]",
  ["n = a / b | the number of teams | Teams | teams",
   "i = c + d | the items per team | Per team | items",
   "t = n * i | the total items | Total items | items"])

T("laundry_loads",
  "{name} does {a} loads of laundry a week. Each load costs {b} to wash and {c} to dry. How much does {he} spend on laundry in {d} weeks?",
  "a=2..5:loads b=$[2,3,2.50,1.50] c=$[1,2,1.50] d=[4,6,8]",
  ["l = b + c | the cost per load | Per load | $",
   "w = l * a | the weekly cost | Weekly cost | $",
   "t = w * d | the total cost | Total cost | $"])

T("subway_fares",
  "A subway ride costs {a}. {name} rides the subway to work and back {b} days a week. How much does {he} spend on subway fares in {c} weeks?",
  "a=$[2,2.50,2.75,3] b=4..6:days c=2..4",
  ["r = b * 2 | the rides per week | Rides per week | rides",
   "w = r * a | the weekly cost | Weekly cost | $",
   "t = w * c | the total cost | Total cost | $"])

# ---- longer problems (4-5 steps)

T("bakery_days",
  "A bakery bakes {a} loaves of bread each morning and {b} loaves each afternoon, and sells each loaf for {c}. Every day, {d} loaves go unsold. How much money does the bakery make from bread in {e} days?",
  "a=30..60:loaves b=20..40:loaves c=$[3,4,5] d=4..12:loaves e=[5,6,7]",
  ["t = a + b | the loaves baked each day | Loaves baked | loaves",
   "s = t - d | the loaves sold each day | Loaves sold | loaves",
   "m = s * c | the money made each day | Daily sales | $",
   "w = m * e | the money made in all | Total sales | $"])

T("club_fundraiser",
  "Students sell {a} candles at {b} each and {c} wreaths at {d} each. Their supplies cost {e}. They split the profit equally among {g} clubs. How much does each club get?",
  "a=20..60:candles b=$[4,5,6,8] c=10..30:wreaths d=$[10,12,15,20] e=$[40,50,60,80,100] g=2..5",
  ["x = a * b | the money from candles | Candles | $",
   "y = c * d | the money from wreaths | Wreaths | $",
   "r = x + y | the total money raised | Total raised | $",
   "p = r - e | the profit | Profit | $",
   "h = p / g | the amount each club gets | Per club | $"])

T("gas_and_snacks",
  "{name} drives {a} miles a day for {b} days. {His} car gets {c} miles per gallon, and gas costs {d} per gallon. {He} also spends {e} on snacks during the trip. How much does {he} spend in total?",
  "a=[150,180,200,240,250,300] b=2..5:days c=[20,25,30] d=$[3,4,5] e=$[15,20,25,30]",
  ["t = a * b | the total miles driven | Total miles | miles",
   "g = t / c | the gallons of gas used | Gallons | gallons",
   "m = g * d | the cost of gas | Gas cost | $",
   "s = m + e | the total spent | Total spent | $"])

T("eggs_dozens_family",
  "{name} has {a} chickens that each lay {b} eggs a week. {His} family eats {c} eggs a week, and {he} sells the rest for {d} per dozen. How much money does {he} make in a week?",
  "a=8..20:chickens b=4..6:eggs c=[6,12,18,24] d=$[3,4,5]",
  ["e = a * b | the eggs laid per week | Eggs laid | eggs",
   "s = e - c | the eggs left to sell | Eggs to sell | eggs",
   "z = s / 12 | the dozens sold | Dozens | dozen",
   "m = z * d | the weekly income | Income | $"])

T("pet_store_fish",
  "A pet store has {a} fish tanks with {b} fish in each tank. It sells {c} fish on Monday and {d} fish on Tuesday. Then it gets a shipment of {e} fish. How many fish does the store have now?",
  "a=6..15:tanks b=8..20:fish c=10..30:fish d=8..25:fish e=15..40:fish",
  ["t = a * b | the fish in the tanks at the start | Starting fish | fish",
   "s = c + d | the fish sold | Fish sold | fish",
   "r = t - s | the fish left after the sales | After sales | fish",
   "n = r + e | the fish the store has now | Fish now | fish"])

T("party_plates",
  "{name} is planning a party for {a} guests. Each guest needs a plate that costs {b} and a cup that costs {c}. {He} also buys a cake for {d}. If {he} has {e}, how much money will {he} have left?",
  "a=10..30:guests b=$[0.50,0.75,1,1.25] c=$[0.25,0.50,0.75] d=$[20,25,30,35] e=$[80,100,120]",
  ["u = b + c | the cost per guest | Per guest | $",
   "g = u * a | the cost of plates and cups | Plates and cups | $",
   "t = g + d | the total spent | Total spent | $",
   "l = e - t | the money left | Money left | $"])

T("carrot_bunches",
  "{name} plants {a} rows of carrots with {b} carrots in each row. Rabbits eat {c} of the carrots. {He} ties the rest into bunches of {d} and sells each bunch for {e}. How much money does {he} make?",
  "a=4..10:rows b=10..25:carrots c=4..20:carrots d=[5,6,8,10] e=$[2,3,4]",
  ["t = a * b | the carrots planted | Carrots planted | carrots",
   "l = t - c | the carrots left | Carrots left | carrots",
   "n = l / d | the number of bunches | Bunches | bunches",
   "m = n * e | the money made | Money made | $"])

T("weekly_budget_save",
  "{name} earns {a} per hour and works {b} hours a week. Each week {he} pays {c} for rent and {d} for food, and saves the rest. How much does {he} save in {e} weeks?",
  "a=$[12,14,15,16,18,20] b=20..40:hours c=$[150,180,200,220,250] d=$[60,70,80,90,100] e=[4,6,8,10]",
  ["w = a * b | the weekly pay | Weekly pay | $",
   "x = c + d | the weekly expenses | Expenses | $",
   "l = w - x | the amount saved each week | Saved per week | $",
   "t = l * e | the total savings | Total saved | $"])

T("school_notebooks",
  "A school has {a} classrooms with {b} students in each. Every student needs {c} notebooks. Notebooks come in packs of {d}, and each pack costs {e}. How much will the notebooks cost?",
  "a=4..12:classrooms b=20..30:students c=[2,3,4,5] d=[5,10,12] e=$[4,5,6,8]",
  ["s = a * b | the number of students | Students | students",
   "n = s * c | the number of notebooks | Notebooks | notebooks",
   "p = n / d | the number of packs | Packs | packs",
   "t = p * e | the cost of the notebooks | Total cost | $"])

T("run_minutes_week",
  "{name} runs {a} miles on Monday, twice as far on Wednesday, and {b} miles less than Wednesday's distance on Friday. {He} runs at a pace of {c} minutes per mile. How many minutes does {he} spend running that week?",
  "a=3..8:miles b=1..4:miles c=[8,9,10,11,12]",
  ["w = a * 2 | the miles run on Wednesday | Wednesday | miles",
   "f = w - b | the miles run on Friday | Friday | miles",
   "t = a + w + f | the total miles | Total miles | miles",
   "m = t * c | the total running time in minutes | Minutes | minutes"])

T("lemonade_pitchers",
  "{name} makes lemonade using {a} lemons per pitcher. {He} buys {b} bags of lemons with {c} lemons in each bag. Each pitcher fills {d} cups, and {he} sells each cup for {e}. If {he} uses all the lemons and sells every cup, how much money does {he} make?",
  "a=[3,4,5,6] b=2..5:bags c=[6,8,10,12] d=[6,8,10] e=$[0.50,0.75,1]",
  ["l = b * c | the total number of lemons | Lemons | lemons",
   "p = l / a | the number of pitchers | Pitchers | pitchers",
   "k = p * d | the number of cups | Cups | cups",
   "m = k * e | the money made | Money made | $"])

T("trip_buses_tickets",
  "A school trip has {a} students and {b} teachers. Each bus holds {c} people and costs {d} to rent. Each student also pays {e} for a museum ticket, and teachers get in free. What is the total cost of the buses and the tickets?",
  "a=60..180/4 b=4..12 c=[20,25,30,40] d=$[150,200,250] e=$[5,6,8,10]",
  ["p = a + b | the number of people | People | people",
   "n = p / c | the number of buses | Buses | buses",
   "x = n * d | the cost of the buses | Bus cost | $",
   "y = a * e | the cost of the tickets | Ticket cost | $",
   "t = x + y | the total cost | Total cost | $"])

T("shirt_clearance",
  "A store has {a} shirts. It sells {p}% of them in the first week and {b} more in the second week. The remaining shirts are then sold at {c} each. How much money do the remaining shirts bring in?",
  "a=[80,100,120,150,200,240] p=P[20,25,30,40,50] b=10..30:shirts c=$[5,6,8,10,12]",
  ["s = p% of a | the shirts sold in the first week | First week | shirts",
   "u = s + b | the shirts sold in the two weeks | Sold | shirts",
   "r = a - u | the remaining shirts | Remaining | shirts",
   "m = r * c | the money from the remaining shirts | Money | $"])

T("orchard_pies",
  "{name} picks {a} apples from each of {b} trees. {He} keeps {e} apples to eat and uses the rest to bake pies, {c} apples per pie. {He} sells each pie for {d}. How much money does {he} make from the pies?",
  "a=15..40:apples b=3..8:trees c=[6,8,10] d=$[8,10,12,15] e=[4,6,8,10,12]",
  ["t = a * b | the total number of apples | Apples picked | apples",
   "u = t - e | the apples used for pies | For pies | apples",
   "p = u / c | the number of pies | Pies | pies",
   "m = p * d | the money from the pies | Pie sales | $"])

T("painter_profit",
  "{name} paints {a} houses a month. Each house takes {b} gallons of paint at {c} per gallon, and {he} charges {d} per house. How much profit does {he} make in a month?",
  "a=2..6:houses b=[8,10,12,15] c=$[25,30,35,40] d=$[1200,1500,1800,2000]",
  ["g = a * b | the gallons of paint used | Gallons | gallons",
   "k = g * c | the cost of the paint | Paint cost | $",
   "r = a * d | the money charged | Revenue | $",
   "p = r - k | the profit | Profit | $"])

T("dog_walker",
  "{name} walks {a} dogs every weekday and {b} dogs on Saturday. {He} earns {c} per dog walk. How much does {he} earn in {d} weeks?",
  "a=3..8:dogs b=4..10:dogs c=$[5,8,10,12,15] d=[2,3,4,6]",
  ["w = a * 5 | the weekday dog walks | Weekday walks | walks",
   "t = w + b | the walks in a week | Weekly walks | walks",
   "e = t * c | the weekly earnings | Weekly earnings | $",
   "s = e * d | the total earnings | Total earnings | $"])

T("group_concert",
  "A concert ticket costs {a}. A group of {b} friends gets {p}% off the total ticket price, and each friend also pays a {c} service fee. How much does the group pay in total?",
  "a=$[40,50,60,80] b=[4,5,6,8,10] p=P[10,20,25] c=$[3,4,5,6]",
  ["t = a * b | the ticket price before the discount | Tickets | $",
   "d = p% of t | the discount | Discount | $",
   "s = t - d | the tickets after the discount | After discount | $",
   "f = c * b | the service fees | Fees | $",
   "g = s + f | the total paid | Total paid | $"])

T("reading_series",
  "{name} reads {a} pages on each weekday and {b} pages on each weekend day. How many weeks will it take {him} to read a book series with {c} pages?",
  "a=10..30 b=20..50 c=300..1500/10",
  ["d = a * 5 | the pages read on weekdays | Weekday pages | pages",
   "e = b * 2 | the pages read on the weekend | Weekend pages | pages",
   "w = d + e | the pages read each week | Weekly pages | pages",
   "n = c / w | the number of weeks | Weeks | weeks"])

T("bake_sale_profit",
  "{name}'s class bakes {a} trays of cookies with {b} cookies on each tray. They sell the cookies in bags of {c} for {d} a bag. If they sell every bag and the baking supplies cost {e}, what is their profit?",
  "a=4..10:trays b=[12,15,18,20,24] c=[3,4,6] d=$[2,3,4,5] e=$[20,25,30,40]",
  ["t = a * b | the total number of cookies | Cookies | cookies",
   "n = t / c | the number of bags | Bags | bags",
   "r = n * d | the money from sales | Sales | $",
   "p = r - e | the profit | Profit | $"])

T("phone_weeks",
  "{name} wants a phone that costs {a}. {He} has {b} saved. {He} earns {c} a week babysitting and spends {d} of it each week. How many weeks will it take {him} to save enough for the phone?",
  "a=$[300,400,450,500,600] b=$[40,60,80,100,120] c=$[40,50,60,75] d=$[10,15,20,25]",
  ["n = a - b | the money still needed | Still needed | $",
   "s = c - d | the money saved each week | Saved per week | $",
   "w = n / s | the number of weeks | Weeks | weeks"])
