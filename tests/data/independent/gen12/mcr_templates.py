"""Word-problem templates for mcrgen.

Block format:
  === template_id | category
  problem text with {param}, {param:w} (number word), {P}/{Q} names, {he} {his} {him} {He} {His}
  name: kind args        kinds: int lo hi [step] | money lo hi step | dec lo hi step |
                                pct lo hi step | times lo hi | frac a/b,c/d | choice v1,v2
  ? python constraint over params (helpers isint, dp)
  step = x OP y [OP z] ; unit ; label        OP: * / + -, '%' (p percent of x), 'of' (fraction of x)
                                            unit: $ money | #noun count (integer) | noun | - none
"""

SRC = r"""
=== shop_fruit | shopping
{P} buys {a} apples at {b} each and {c} pears at {d} each. How much does {he} spend in total?
a: int 3 12
b: money 0.25 1.50 0.25
c: int 2 9
d: money 0.50 2.00 0.25
apples = a * b ; $ ; cost of the apples
pears = c * d ; $ ; cost of the pears
total = apples + pears ; $ ; total cost

=== shop_change | shopping
{P} buys {a} notebooks that cost {b} each and pays with a {c} bill. How much change does {he} get?
a: int 2 6
b: money 1.25 4.75 0.25
c: money 20 50 30
? a * b < c
cost = a * b ; $ ; cost of the notebooks
change = c - cost ; $ ; change

=== shop_discount | shopping
A jacket is priced at {p}. During a sale it is {d} off. {P} buys the jacket and a scarf that costs {s}. How much does {he} pay in total?
p: money 40 120 5
d: pct 10 40 5
s: money 8 20 1
disc = d % p ; $ ; discount on the jacket
sale = p - disc ; $ ; sale price of the jacket
total = sale + s ; $ ; total amount paid

=== shop_pencil_packs | shopping
Pencils come in packs of {a}. {P} buys {b} packs for {his} class of {c} students and gives every student the same number of pencils, with none left over. How many pencils does each student get?
a: int 6 12
b: int 3 10
c: int 12 30
? isint(a * b / c)
pencils = a * b ; #pencils ; total number of pencils
each = pencils / c ; #pencils ; number of pencils per student

=== shop_tax | shopping
{P} buys a lamp for {a} and two cushions for {b} each. Sales tax is {t} of the cost before tax. How much does {he} pay including tax?
a: money 20 60 1
b: money 5 15 1
t: pct 4 10 2
cushions = 2 * b ; $ ; cost of the cushions
sub = a + cushions ; $ ; cost before tax
tax = t % sub ; $ ; sales tax
total = sub + tax ; $ ; total cost with tax

=== shop_batteries | shopping
Store A sells a pack of {a} batteries for {b}. Store B sells a pack of {c} batteries for {d}. How much cheaper per battery, in dollars, is Store B?
a: int 4 10 2
b: money 2 8 0.5
c: int 12 20 4
d: money 4 12 0.5
? dp(b / a) <= 2 and dp(d / c) <= 2 and d / c < b / a
ua = b / a ; $ ; price per battery at Store A
ub = d / c ; $ ; price per battery at Store B
diff = ua - ub ; $ ; difference in price per battery

=== shop_grocery | shopping
{P} buys {a} kg of rice at {b} per kg, {c} cartons of milk at {d} each, and a loaf of bread for {e}. What is {his} total bill?
a: int 2 5
b: money 1.20 2.40 0.20
c: int 2 4
d: money 0.90 1.80 0.30
e: money 2 4 0.5
rice = a * b ; $ ; cost of the rice
milk = c * d ; $ ; cost of the milk
total = rice + milk + e ; $ ; total bill

=== shop_coupon_giftcard | shopping
A video game costs {a}. {P} has a coupon for {c} off, and then pays part of the price with a gift card worth {g}. How much does {he} still have to pay?
a: money 40 70 1
c: money 5 15 1
g: money 10 25 5
after = a - c ; $ ; price after the coupon
owe = after - g ; $ ; amount still to pay

=== shop_socks_deal | shopping
Socks cost {a} per pair. With every {n} pairs bought, a store gives {k} extra pairs free. {P} buys {n} pairs. What does {he} pay per pair for all the pairs {he} takes home?
a: money 2 6 0.5
n: int 4 10
k: int 1 2
? dp(a * n / (n + k)) <= 2
cost = a * n ; $ ; amount paid
pairs = n + k ; #pairs ; number of pairs taken home
per = cost / pairs ; $ ; cost per pair

=== shop_supplies_budget | shopping
{P} has {m} to spend on school supplies. {He} buys {a} binders at {b} each and a backpack for {c}. How much money does {he} have left?
m: money 60 100 5
a: int 2 5
b: money 2.5 6 0.5
c: money 18 35 1
? m - a * b - c > 0
binders = a * b ; $ ; cost of the binders
spent = binders + c ; $ ; total spent
left = m - spent ; $ ; money left

=== shop_cafe_milk | shopping
A café uses {a} cartons of milk every day. Each carton costs {b}. How much does the café spend on milk in {w} weeks?
a: int 3 9
b: money 1.1 2.5 0.1
w: int 2 4
days = w * 7 ; #days ; number of days
cartons = a * days ; #cartons ; number of cartons
cost = cartons * b ; $ ; cost of the milk

=== shop_bike_price_rise | shopping
Last year a bike cost {a}. This year the price went up by {p}. {P} buys the bike at the new price, plus a helmet that costs {h}. How much does {he} spend?
a: money 120 300 10
p: pct 5 20 5
h: money 20 45 5
inc = p % a ; $ ; price increase
new = a + inc ; $ ; new price of the bike
total = new + h ; $ ; total spent

=== shop_split_bill | shopping
Four friends go out for dinner. Their meals cost {a}, {b}, {c}, and {d}, and they leave a tip of {t}. If they split the whole bill evenly, how much does each person pay?
a: money 8 20 0.5
b: money 8 20 0.5
c: money 8 20 0.5
d: money 8 20 0.5
t: money 6 15 1
? dp((a + b + c + d + t) / 4) <= 2
food = a + b + c + d ; $ ; cost of the food
bill = food + t ; $ ; total bill
each = bill / 4 ; $ ; amount each person pays

=== shop_book_resale | shopping
{P} buys {a} used books at a garage sale for {b} each and sells them online for {c} each. Shipping supplies cost {s} in total. What is {his} profit?
a: int 8 20
b: money 0.5 2 0.25
c: money 3 7 0.5
s: money 5 15 1
cost = a * b ; $ ; cost of the books
revenue = a * c ; $ ; money from sales
gross = revenue - cost ; $ ; profit before shipping
profit = gross - s ; $ ; profit

=== shop_shoes_two | shopping
A shoe store has a sale: the second pair costs {f} of the regular price. {P} buys two pairs of shoes that each normally cost {p}. How much does {he} pay?
f: frac 1/2,3/4,2/5
p: money 30 80 2
second = f of p ; $ ; price of the second pair
total = p + second ; $ ; total paid

=== cook_muffins_scale | cooking
A recipe for 12 muffins uses {f} cups of flour. {P} wants to make {b} muffins. How many cups of flour does {he} need?
f: dec 1.5 3 0.5
b: int 24 72 12
batches = b / 12 ; #batches ; number of batches
flour = batches * f ; cups ; amount of flour needed

=== cook_cookie_bags | cooking
{P} bakes {a} trays of cookies with {b} cookies on each tray. {He} gives away {c} cookies and packs the rest into bags of {d}. How many bags does {he} fill?
a: int 2 5
b: int 12 24
c: int 4 15
d: int 4 8
? isint((a * b - c) / d)
total = a * b ; #cookies ; total number of cookies
rest = total - c ; #cookies ; number of cookies left to pack
bags = rest / d ; #bags ; number of bags

=== cook_pizza_party | cooking
A pizza is cut into {s} slices. At a party, {n} kids each eat {k} slices and there are no slices left over. How many pizzas were eaten?
s: int 6 12 2
n: int 6 20
k: int 2 3
? isint(n * k / s)
eaten = n * k ; #slices ; number of slices eaten
pizzas = eaten / s ; #pizzas ; number of pizzas

=== cook_soup_serving | cooking
{P} makes a pot of soup with {a} worth of vegetables, {b} worth of chicken, and {c} worth of spices. The pot makes {n} servings. What is the cost per serving?
a: money 4 9 0.5
b: money 6 12 0.5
c: money 1 3 0.5
n: int 4 10
? dp((a + b + c) / n) <= 2
total = a + b + c ; $ ; total cost of the soup
per = total / n ; $ ; cost per serving

=== cook_roast_time | cooking
A roast needs {m} minutes of cooking per pound plus {r} minutes of resting. {P}'s roast weighs {w} pounds. How many hours does the whole process take?
m: int 15 25 5
w: int 3 6
r: int 15 30 15
? dp((m * w + r) / 60) <= 2
cook = m * w ; minutes ; cooking time
total = cook + r ; minutes ; total time in minutes
hours = total / 60 ; hours ; total time in hours

=== cook_lemonade | cooking
To make lemonade, {P} mixes {a} cups of lemon juice with {k} as much water and {b} cups of sugar syrup. How many glasses of {s} cups each can {he} fill?
a: dec 1 3 0.5
b: dec 0.5 1 0.5
k: times 3 5
s: dec 0.5 1 0.5
? isint((a + a * k + b) / s)
water = a * k ; cups ; amount of water
total = a + water + b ; cups ; total amount of lemonade
glasses = total / s ; #glasses ; number of glasses

=== cook_egg_cartons | cooking
A bakery uses {a} eggs for each cake and {b} eggs for each batch of brownies. Today it bakes {c} cakes and {d} batches of brownies. Eggs come in cartons of 12. How many cartons does it use?
a: int 2 6
b: int 2 4
c: int 4 12
d: int 3 9
? isint((a * c + b * d) / 12)
ce = a * c ; #eggs ; eggs for the cakes
be = b * d ; #eggs ; eggs for the brownies
eggs = ce + be ; #eggs ; total number of eggs
cartons = eggs / 12 ; #cartons ; number of cartons

=== cook_cupcake_batches | cooking
{P} needs to bake {n} cupcakes. {His} oven fits {k} cupcakes per batch, and each batch bakes for {t} minutes. The last batch then needs {c} minutes to cool. How many minutes does it take in total?
n: int 36 96 12
k: int 12 24 6
t: int 18 25
c: int 10 20 5
? isint(n / k)
batches = n / k ; #batches ; number of batches
bake = batches * t ; minutes ; total baking time
total = bake + c ; minutes ; total time

=== cook_sugar_left | cooking
{P} has {a} cups of sugar. {He} uses {f} of it for a cake and {g} cups for cookies. How much sugar is left?
a: int 4 12
f: frac 1/2,1/4,1/3,2/3,3/4
g: dec 0.5 2 0.5
? dp(f * a) <= 2 and a - f * a - g > 0
cake = f of a ; cups ; sugar used for the cake
used = cake + g ; cups ; total sugar used
left = a - used ; cups ; sugar left

=== cook_burger_weekend | cooking
A diner sells {a} burgers at {b} each on Friday. On Saturday it sells {k} as many burgers, and it also sells {c} salads at {d} each. How much money does it take in on Saturday?
a: int 20 60
b: money 6 12 0.5
k: times 2 3
c: int 10 30
d: money 5 9 0.5
burgers = a * k ; #burgers ; number of burgers sold on Saturday
bmoney = burgers * b ; $ ; money from burgers
smoney = c * d ; $ ; money from salads
total = bmoney + smoney ; $ ; total money on Saturday

=== cook_jam_profit | cooking
{P} picks {a} pounds of strawberries. Each jar of jam needs {b} pounds of strawberries. {He} sells each jar for {c}, and the jars and sugar cost {s} in total. What is {his} profit if {he} sells all the jars?
a: int 12 40
b: dec 1.5 2 0.5
c: money 4 8 0.5
s: money 6 15 1
? isint(a / b) and (a / b) * c > s
jars = a / b ; #jars ; number of jars
revenue = jars * c ; $ ; money from jam sales
profit = revenue - s ; $ ; profit

=== cook_punch_cups | cooking
For a party, {P} mixes {a} liters of juice, {b} liters of soda, and {c} liters of water. {He} pours the punch into cups that hold {d} liters each. How many cups can {he} fill?
a: dec 2 4 0.5
b: dec 1 3 0.5
c: int 1 2
d: dec 0.25 0.5 0.25
? isint((a + b + c) / d)
total = a + b + c ; liters ; total amount of punch
cups = total / d ; #cups ; number of cups

=== cook_bread_left | cooking
A bakery bakes {a} loaves of bread every hour for {h} hours. It sells {p} of the loaves in the morning and {q} loaves in the afternoon. How many loaves are left?
a: int 12 30
h: int 4 8
p: pct 20 60 10
q: int 10 30
? isint(p * a * h / 100) and a * h - p * a * h / 100 - q > 0
total = a * h ; #loaves ; total number of loaves
morning = p % total ; #loaves ; loaves sold in the morning
left1 = total - morning ; #loaves ; loaves left after the morning
left = left1 - q ; #loaves ; loaves left

=== cook_rice_servings | cooking
A restaurant cooks {a} kg of rice each day. One serving uses {s} grams of rice. How many servings does it make in {d} days?
a: int 3 9
s: int 150 250 50
d: int 2 6
? isint(a * 1000 / s)
grams = a * 1000 ; grams ; grams of rice per day
daily = grams / s ; #servings ; servings per day
total = daily * d ; #servings ; total number of servings

=== cook_smoothie_cost | cooking
{P} makes smoothies for {n} people. Each smoothie needs {b} bananas and {c} cups of berries. Bananas cost {x} each and berries cost {y} per cup. How much do the ingredients cost?
n: int 3 8
b: int 1 2
c: int 1 2
x: money 0.25 0.5 0.05
y: money 1.5 3 0.25
bananas = n * b ; #bananas ; number of bananas
cups = n * c ; #cups ; number of cups of berries
bcost = bananas * x ; $ ; cost of the bananas
ccost = cups * y ; $ ; cost of the berries
total = bcost + ccost ; $ ; total cost of ingredients

=== tr_train_distance | travel
A train travels at {v} miles per hour for {t} hours, then at {w} miles per hour for {u} hours. How far does it travel in total?
v: int 40 80 5
t: int 2 5
w: int 50 90 5
u: int 1 4
d1 = v * t ; miles ; distance in the first part
d2 = w * u ; miles ; distance in the second part
total = d1 + d2 ; miles ; total distance

=== tr_gas_cost | travel
{P}'s car gets {m} miles per gallon. {He} drives {d} miles, and gas costs {c} per gallon. How much does {he} spend on gas?
m: int 20 40 5
d: int 100 600 20
c: money 3 4.5 0.1
? dp(d / m) <= 2 and dp(d / m * c) <= 2
gallons = d / m ; gallons ; amount of gas used
cost = gallons * c ; $ ; cost of the gas

=== tr_bus_minutes | travel
A bus trip covers {d} km at an average speed of {v} km per hour. The bus also makes one stop of {s} minutes. How many minutes does the trip take?
d: int 60 300 15
v: int 40 80 10
s: int 10 30 5
? dp(d / v) <= 2 and isint(d / v * 60)
hours = d / v ; hours ; driving time in hours
minutes = hours * 60 ; minutes ; driving time in minutes
total = minutes + s ; minutes ; total trip time

=== tr_ferry_tickets | travel
A family of {a} adults and {c} children takes a ferry. Adult tickets cost {x} and child tickets cost {y}. How much do they pay altogether?
a: int 2 4
c: int 1 5
x: money 12 30 0.5
y: money 6 15 0.5
adults = a * x ; $ ; cost of the adult tickets
kids = c * y ; $ ; cost of the child tickets
total = adults + kids ; $ ; total cost of the tickets

=== tr_road_trip_days | travel
{P} is driving {d} miles. {He} drives {a} miles each day for the first {n} days. If {he} then drives {b} miles a day, how many more days will {he} need?
d: int 1000 2500 50
a: int 250 400 10
n: int 2 3
b: int 100 300 50
? d - a * n > 0 and isint((d - a * n) / b)
driven = a * n ; miles ; miles driven in the first days
left = d - driven ; miles ; miles left
days = left / b ; #days ; number of extra days

=== tr_walk_school | travel
{P} walks {a} km to school each morning and takes the same route home. How many km does {he} walk in {w} school weeks of 5 days?
a: dec 0.8 2.4 0.2
w: int 2 6
daily = a * 2 ; km ; distance walked per day
days = w * 5 ; #days ; number of school days
total = daily * days ; km ; total distance walked

=== tr_flight_time | travel
A plane flies {d} miles in {t} hours. At the same speed, how many hours would it take to fly {e} miles?
d: int 900 2400 50
t: int 2 5
e: int 500 3000 50
? dp(d / t) <= 2 and dp(e * t / d) <= 2
speed = d / t ; miles per hour ; speed of the plane
time = e / speed ; hours ; flight time

=== tr_taxi_fare | travel
A taxi charges {b} to start plus {r} per mile. {P} rides {m} miles and adds a tip of {t}. How much does {he} pay in total?
b: money 2.5 4 0.5
r: money 1.5 3 0.25
m: int 4 15
t: money 2 6 1
miles = r * m ; $ ; cost of the miles
fare = b + miles ; $ ; fare
total = fare + t ; $ ; total paid

=== tr_bike_rental | travel
Renting a bike costs {a} per hour. {P} and {Q} each rent a bike for {h} hours and also buy one trail map for {m}. How much do they spend altogether?
a: money 6 15 0.5
h: int 2 5
m: money 3 8 1
one = a * h ; $ ; rental cost for one bike
both = one * 2 ; $ ; rental cost for both bikes
total = both + m ; $ ; total spent

=== tr_hotel_stay | travel
A hotel room costs {a} per night. {P} stays {n} nights and gets a {p} discount on the room cost. There is also a one-time cleaning fee of {f}. What is the total bill?
a: money 80 180 5
n: int 2 6
p: pct 10 25 5
f: money 20 40 5
room = a * n ; $ ; room cost
disc = p % room ; $ ; discount
after = room - disc ; $ ; room cost after the discount
total = after + f ; $ ; total bill

=== tr_commute_month | travel
{P}'s commute is {m} minutes each way. {He} works {d} days a month. How many hours does {he} spend commuting each month?
m: int 20 50 5
d: int 18 22
? dp(m * 2 * d / 60) <= 2
daily = m * 2 ; minutes ; commuting time per day
month = daily * d ; minutes ; commuting time per month in minutes
hours = month / 60 ; hours ; commuting time per month in hours

=== tr_train_passengers | travel
A train leaves the station with {a} passengers. At the first stop, {b} get off and {c} get on. At the second stop, {f} of the passengers get off. How many passengers are still on the train?
a: int 80 200
b: int 10 40
c: int 5 30
f: frac 1/2,1/3,1/4,2/5
? isint(f * (a - b + c))
after1 = a - b ; #passengers ; passengers after some get off at the first stop
after2 = after1 + c ; #passengers ; passengers after the first stop
off = f of after2 ; #passengers ; passengers who get off at the second stop
left = after2 - off ; #passengers ; passengers still on the train

=== tr_map_scale | travel
On a map, 1 cm stands for {k} km. Two towns are {c} cm apart on the map. {P} drives between them at {v} km per hour. How many hours does the drive take?
c: dec 2 8 0.5
k: int 10 25 5
v: int 50 100 10
? dp(c * k / v) <= 2
real = c * k ; km ; real distance
hours = real / v ; hours ; driving time

=== tr_fuel_stops | travel
A truck travels {d} km. It uses {u} liters of fuel per 100 km, and fuel costs {c} per liter. How much does the fuel for the trip cost?
d: int 300 900 50
u: int 8 14
c: money 1.2 2 0.1
? dp(d / 100 * u * c) <= 2
hundreds = d / 100 ; - ; number of hundreds of kilometers
fuel = hundreds * u ; liters ; amount of fuel used
cost = fuel * c ; $ ; cost of the fuel

=== sch_test_average | school
{P} scored {a}, {b}, and {c} on three tests. What is {his} average score?
a: int 60 100
b: int 60 100
c: int 60 100
? isint((a + b + c) / 3)
sum = a + b + c ; points ; total of the scores
avg = sum / 3 ; points ; average score

=== sch_crayons | school
A teacher buys {a} boxes of crayons with {b} crayons in each box. She gives {c} crayons to each of her {n} students. How many crayons are left?
a: int 5 12
b: int 16 48 8
c: int 4 10
n: int 18 30
? a * b - c * n > 0
total = a * b ; #crayons ; total number of crayons
given = c * n ; #crayons ; crayons given out
left = total - given ; #crayons ; crayons left

=== sch_field_trip_buses | school
{n} students and {t} teachers go on a field trip. Each bus holds {k} people, and every bus is filled. Each bus costs {c} to rent. What is the total cost of the buses?
n: int 80 200
t: int 4 12
k: int 30 50 10
c: money 150 400 25
? isint((n + t) / k)
people = n + t ; #people ; total number of people
buses = people / k ; #buses ; number of buses
cost = buses * c ; $ ; total cost of the buses

=== sch_reading_plan | school
{P} has to read a {p}-page book in {d} days. {He} reads {a} pages each day for the first {k} days. How many pages per day must {he} read on the remaining days?
p: int 200 500 20
d: int 10 20
a: int 10 25
k: int 3 8
? d > k and p - a * k > 0 and isint((p - a * k) / (d - k))
read = a * k ; #pages ; pages read so far
left = p - read ; #pages ; pages left
rem = d - k ; #days ; days remaining
per = left / rem ; #pages ; pages per day needed

=== sch_test_points | school
A test has {n} questions. {P} answers {p} of them correctly, and each correct answer is worth {w} points. How many points does {he} score?
n: int 20 60 5
p: pct 60 95 5
w: int 2 5
? isint(p * n / 100)
correct = p % n ; #questions ; number of correct answers
points = correct * w ; points ; total points

=== sch_boys_pencils | school
There are {n} students in a class, and {f} of them are girls. Each boy brings {k} pencils. How many pencils do the boys bring?
n: int 20 36
f: frac 1/2,1/3,1/4,2/3,3/4,2/5,3/5
k: int 2 6
? isint(f * n)
girls = f of n ; #girls ; number of girls
boys = n - girls ; #boys ; number of boys
pencils = boys * k ; #pencils ; number of pencils

=== sch_lunch_money | school
School lunch costs {a}. {P} buys lunch {d} days a week. How much does {he} spend on lunch in {w} weeks?
a: money 2.25 4.5 0.25
d: int 3 5
w: int 4 10
days = d * w ; #days ; number of lunch days
cost = days * a ; $ ; cost of the lunches

=== sch_library_fines | school
A library charges {a} per book per day for late returns. {P} returns {n} books {d} days late and pays with a {m} bill. How much change does {he} get?
a: money 0.1 0.5 0.05
n: int 2 5
d: int 3 12
m: money 10 20 10
? n * d * a < m
bd = n * d ; - ; number of book-days
fine = bd * a ; $ ; late fine
change = m - fine ; $ ; change

=== sch_concert_chairs | school
A school hall has {r} rows of {c} chairs. For a concert, {x} extra chairs are added, and {s} students and {p} parents sit down. How many chairs are empty?
r: int 10 25
c: int 12 30
x: int 10 40
s: int 80 200
p: int 40 150
? r * c + x - s - p > 0
chairs = r * c ; #chairs ; number of chairs in the rows
total = chairs + x ; #chairs ; total number of chairs
people = s + p ; #people ; number of people seated
empty = total - people ; #chairs ; number of empty chairs

=== sch_bake_fundraiser | school
A class sells {a} cookies at {b} each and {c} cupcakes at {d} each at a fundraiser. Supplies cost {s}. How much money did they raise after paying for supplies?
a: int 40 120
b: money 0.5 1.5 0.25
c: int 20 60
d: money 1.5 3 0.25
s: money 20 50 5
? a * b + c * d > s
cookies = a * b ; $ ; money from cookies
cupcakes = c * d ; $ ; money from cupcakes
sales = cookies + cupcakes ; $ ; total sales
raised = sales - s ; $ ; money raised

=== sch_homework_week | school
{P} spends {a} minutes on math homework and {b} minutes on reading each school day. How many hours does {he} spend on homework in a 5-day week?
a: int 20 60 5
b: int 15 45 5
? dp((a + b) * 5 / 60) <= 2
daily = a + b ; minutes ; homework time per day
weekly = daily * 5 ; minutes ; homework time per week in minutes
hours = weekly / 60 ; hours ; homework time per week in hours

=== sch_stickers_helpers | school
A teacher has {a} stickers. She gives {k} stickers to each of her {n} students and splits the rest equally among {m} classroom helpers. How many stickers does each helper get?
a: int 150 400
k: int 3 8
n: int 20 30
m: int 2 5
? a - k * n > 0 and isint((a - k * n) / m)
given = k * n ; #stickers ; stickers given to students
rest = a - given ; #stickers ; stickers left
each = rest / m ; #stickers ; stickers per helper

=== sch_quiz_needed | school
{P} wants an average of {t} on four quizzes. {He} scored {a}, {b}, and {c} on the first three. What score does {he} need on the fourth quiz?
t: int 75 90
a: int 65 98
b: int 65 98
c: int 65 98
? 0 < t * 4 - a - b - c <= 100
needed = t * 4 ; points ; total points needed
sofar = a + b + c ; points ; points so far
fourth = needed - sofar ; points ; score needed on the fourth quiz

=== sch_paper_reams | school
A school printer uses {a} sheets of paper per class each week. There are {c} classes. Paper comes in reams of 500 sheets that cost {p} each. How much does the paper for {w} weeks cost?
a: int 50 250 25
c: int 8 20
w: int 2 4
p: money 4 9 0.5
? isint(a * c * w / 500)
weekly = a * c ; #sheets ; sheets per week
sheets = weekly * w ; #sheets ; total sheets
reams = sheets / 500 ; #reams ; number of reams
cost = reams * p ; $ ; cost of the paper

=== wk_wage_days | work
{P} earns {w} per hour. {He} works {h} hours a day for {d} days. How much does {he} earn?
w: money 12 25 0.5
h: int 4 9
d: int 3 6
daily = w * h ; $ ; daily earnings
total = daily * d ; $ ; total earnings

=== wk_overtime | work
{P} earns {w} per hour for the first 40 hours each week and 1.5 times that rate for overtime. Last week {he} worked {h} hours. How much did {he} earn?
w: money 12 24 1
h: int 42 52
regular = w * 40 ; $ ; regular pay
othours = h - 40 ; hours ; number of overtime hours
otrate = w * 1.5 ; $ ; overtime rate
otpay = othours * otrate ; $ ; overtime pay
total = regular + otpay ; $ ; total pay

=== wk_commission | work
{P} sells {n} cars this month for an average of {p} each. {He} earns a {c} commission on sales plus a base salary of {b}. What is {his} total pay for the month?
n: int 3 9
p: money 15000 30000 500
c: pct 2 5 1
b: money 1500 2500 100
sales = n * p ; $ ; total sales
comm = c % sales ; $ ; commission
total = b + comm ; $ ; total pay

=== wk_packing_items | work
A worker packs {a} boxes per hour, and each box holds {b} items. How many items does the worker pack in {d} shifts of {h} hours?
a: int 8 20
b: int 6 24 6
h: int 4 8
d: int 2 5
hours = h * d ; hours ; number of hours worked
boxes = a * hours ; #boxes ; number of boxes
items = boxes * b ; #items ; number of items

=== wk_bonus_split | work
A team of {n} people shares a bonus of {B}. The manager takes {p} of the bonus, and the rest is split equally among the other team members. How much does each of them get?
n: int 4 9
B: money 2000 6000 100
p: pct 10 30 5
? dp((B - p * B / 100) / (n - 1)) <= 2
mgr = p % B ; $ ; manager's share
rest = B - mgr ; $ ; amount left for the others
others = n - 1 ; #people ; number of other members
each = rest / others ; $ ; amount each member gets

=== wk_waiter_shift | work
A waiter earns {w} per hour plus tips. During a {h}-hour shift he serves {t} tables and gets an average tip of {a} per table. How much does he earn in the shift?
w: money 8 15 0.5
h: int 4 8
t: int 8 20
a: money 4 12 0.5
wage = w * h ; $ ; pay from hourly wages
tips = t * a ; $ ; amount of tips
total = wage + tips ; $ ; total earnings

=== wk_freelance_tax | work
{P} charges {r} per hour for design work. A project takes {h} hours, and {he} sets aside {p} of {his} earnings for taxes. How much does {he} keep?
r: money 30 80 5
h: int 10 40
p: pct 15 30 5
earn = r * h ; $ ; earnings
tax = p % earn ; $ ; money set aside for taxes
keep = earn - tax ; $ ; money kept

=== wk_toy_factory | work
A factory makes {a} toys per hour. It runs {h} hours a day, {d} days a week. {p} of the toys fail inspection. How many toys pass inspection in a week?
a: int 40 120 10
h: int 6 10
d: int 5 6
p: pct 2 10 1
? isint(p * a * h * d / 100)
daily = a * h ; #toys ; toys made per day
weekly = daily * d ; #toys ; toys made per week
fail = p % weekly ; #toys ; toys that fail
passed = weekly - fail ; #toys ; toys that pass

=== wk_painters | work
One painter takes {h} hours to paint a room. A crew of {n} painters, all working at that speed, is hired to paint {r} rooms. How many hours will the job take?
h: int 3 8
n: int 2 6
r: int 6 20
? dp(h * r / n) <= 2
total = h * r ; hours ; total painter-hours
time = total / n ; hours ; time for the crew

=== wk_yearly_raise | work
{P} earns {s} per month. {He} gets a raise of {p}. How much will {he} earn in a year at the new salary?
s: money 2000 5000 100
p: pct 2 10 1
raise = p % s ; $ ; monthly raise
new = s + raise ; $ ; new monthly salary
year = new * 12 ; $ ; yearly earnings

=== wk_delivery_driver | work
A delivery driver makes {a} deliveries per hour and is paid {b} per delivery. Gas costs {g} for the day. If {P} works {h} hours, how much does {he} earn after paying for gas?
a: int 2 5
b: money 3.5 7 0.5
g: money 15 30 1
h: int 5 9
? a * h * b > g
deliveries = a * h ; #deliveries ; number of deliveries
pay = deliveries * b ; $ ; pay for deliveries
net = pay - g ; $ ; earnings after gas

=== wk_store_shifts | work
A store is open {h} hours a day, 7 days a week. Each shift is {s} hours long and needs {k} workers. How many worker-shifts are needed each week?
h: int 8 16
s: int 4 8
k: int 2 5
? isint(h / s)
shifts = h / s ; #shifts ; shifts per day
weekly = shifts * 7 ; #shifts ; shifts per week
total = weekly * k ; #worker-shifts ; worker-shifts per week

=== wk_lemonade_stand | work
{P} sells lemonade for {p} a cup, and each cup costs {c} to make. {He} sells {n} cups on Saturday and {m} cups on Sunday. What is {his} profit?
p: money 1 2.5 0.25
c: money 0.2 0.6 0.1
n: int 20 60
m: int 15 50
cups = n + m ; #cups ; cups sold
each = p - c ; $ ; profit per cup
profit = cups * each ; $ ; total profit

=== wk_typing_pages | work
An assistant types {a} words per minute. A report has {p} pages with {w} words per page. How many minutes does it take to type the report?
a: int 40 80 5
p: int 6 20
w: int 250 500 50
? dp(p * w / a) <= 2
words = p * w ; #words ; total number of words
minutes = words / a ; minutes ; typing time

=== sp_basketball_points | sports
In a basketball game, {P} makes {a} two-point shots, {b} three-point shots, and {c} free throws worth 1 point each. How many points does {he} score?
a: int 3 12
b: int 1 6
c: int 2 8
two = a * 2 ; points ; points from two-point shots
three = b * 3 ; points ; points from three-point shots
total = two + three + c ; points ; total points

=== sp_track_laps | sports
{P} runs {a} laps around a {l}-meter track each day. How many kilometers does {he} run in {d} days?
a: int 4 12
l: int 200 400 100
d: int 3 7
daily = a * l ; meters ; distance per day
total = daily * d ; meters ; total distance in meters
km = total / 1000 ; km ; total distance in kilometers

=== sp_soccer_kit | sports
A soccer team has {n} players. Each jersey costs {j} and each pair of socks costs {s}. The coach orders one jersey and {k} pairs of socks for every player. What is the total cost?
n: int 12 22
j: money 18 35 1
s: money 3 6 0.5
k: int 2 3
jerseys = n * j ; $ ; cost of the jerseys
pairs = n * k ; #pairs ; pairs of socks
socks = pairs * s ; $ ; cost of the socks
total = jerseys + socks ; $ ; total cost

=== sp_season_losses | sports
A team played {g} games and won {p} of them. {t} games ended in a tie. How many games did the team lose?
g: int 20 60 2
p: pct 40 70 5
t: int 2 6
? isint(p * g / 100)
wins = p % g ; #games ; games won
notwon = g - wins ; #games ; games not won
losses = notwon - t ; #games ; games lost

=== sp_swim_week | sports
{P} swims {a} lengths of a {l}-meter pool on each weekday and {b} lengths on each weekend day. How many meters does {he} swim in a week?
a: int 10 30
b: int 20 40
l: int 25 50 25
weekday = a * 5 ; lengths ; number of lengths on weekdays
weekend = b * 2 ; lengths ; number of lengths on the weekend
lengths = weekday + weekend ; lengths ; number of lengths per week
meters = lengths * l ; meters ; distance per week

=== sp_tournament_fees | sports
{n} teams enter a tournament, each with {k} players. The entry fee is {f} per player. The organizers spend {c} on trophies. How much of the fee money is left?
n: int 8 16
k: int 5 11
f: money 10 25 5
c: money 200 500 50
? n * k * f > c
players = n * k ; #players ; number of players
fees = players * f ; $ ; money from fees
left = fees - c ; $ ; money left

=== sp_bowling_group | sports
Bowling costs {a} per game, and shoe rental is {s} per person. {P} and {n} friends each bowl {g} games and rent shoes. How much does the group pay?
a: money 4 7 0.5
s: money 3 5 0.5
n: int 2 5
g: int 2 3
people = n + 1 ; #people ; number of people
games = a * g ; $ ; cost of games per person
per = games + s ; $ ; cost per person
total = per * people ; $ ; total cost

=== sp_running_increase | sports
{P} runs {a} km on Monday. Each day after that, {he} runs {d} km more than the day before. How many km does {he} run from Monday to Thursday?
a: dec 2 6 0.5
d: dec 0.5 1.5 0.5
tue = a + d ; km ; distance on Tuesday
wed = tue + d ; km ; distance on Wednesday
thu = wed + d ; km ; distance on Thursday
total = a + tue + wed + thu ; km ; total distance

=== sp_stadium_sales | sports
A stadium has {s} seats. For a game, {p} of the seats are sold at {x} each. How much money do the ticket sales bring in?
s: int 8000 30000 1000
p: pct 55 95 5
x: money 15 45 1
sold = p % s ; #tickets ; tickets sold
revenue = sold * x ; $ ; ticket revenue

=== sp_cycling_speed | sports
{P} cycles {d} km in {m} minutes. What is {his} average speed in km per hour?
d: int 12 45
m: int 30 150 15
? dp(m / 60) <= 2 and dp(d * 60 / m) <= 2
hours = m / 60 ; hours ; time in hours
speed = d / hours ; km per hour ; average speed

=== sp_points_average | sports
A player scored {a} points in the first {n} games of the season and {b} points in the next {m} games. What was the player's average number of points per game?
a: int 60 200
n: int 5 10
b: int 60 200
m: int 5 10
? isint((a + b) / (n + m))
total = a + b ; points ; total points
games = n + m ; #games ; total games
avg = total / games ; points ; average points per game

=== sp_gym_plan | sports
A gym charges a {j} joining fee plus {m} per month. A yearly plan costs {y} with no joining fee. How much does the yearly plan save compared with paying monthly for 12 months?
j: money 25 75 5
m: money 30 60 5
y: money 300 500 10
? m * 12 + j > y
monthly = m * 12 ; $ ; cost of twelve monthly payments
withfee = monthly + j ; $ ; total monthly-plan cost
save = withfee - y ; $ ; savings with the yearly plan

=== sp_relay_speed | sports
In a relay race, each of {n} runners runs {d} meters. The team's total time is {t} seconds. What is the team's average speed in meters per second?
n: int 4 4
d: int 100 400 100
t: int 40 200
? dp(n * d / t) <= 2
total = n * d ; meters ; total distance
speed = total / t ; meters per second ; average speed

=== sp_tennis_balls | sports
A tennis club buys {c} cans of tennis balls with {b} balls in each can. During the season the club loses {l} balls. How many balls are left?
c: int 10 30
b: int 3 4
l: int 5 20
? c * b > l
balls = c * b ; #balls ; total number of balls
left = balls - l ; #balls ; balls left

=== sp_marathon_pace | sports
{P} runs a {d}-km race at a pace of {m} minutes per km. How many hours does {he} take?
d: int 5 42
m: dec 4.5 7 0.5
? dp(d * m / 60) <= 2
minutes = d * m ; minutes ; time in minutes
hours = minutes / 60 ; hours ; time in hours

=== sp_ski_trip | sports
A ski lift ticket costs {t} per day and ski rental costs {r} per day. {P} skis for {d} days and gets a {p} discount on the total. How much does {he} pay?
t: money 40 90 5
r: money 20 40 5
d: int 2 5
p: pct 10 20 5
daily = t + r ; $ ; daily cost
total = daily * d ; $ ; cost before the discount
disc = p % total ; $ ; discount
pay = total - disc ; $ ; amount paid

=== gd_tomato_rows | gardening
{P} plants {r} rows of tomatoes with {k} plants in each row. Each plant produces {t} tomatoes. How many tomatoes does {he} harvest?
r: int 3 8
k: int 4 12
t: int 8 25
plants = r * k ; #plants ; number of plants
tomatoes = plants * t ; #tomatoes ; number of tomatoes

=== gd_fence_cost | gardening
A rectangular garden is {l} feet long and {w} feet wide. Fencing costs {c} per foot. How much does it cost to fence all four sides?
l: int 10 40
w: int 8 30
c: money 3 12 0.5
half = l + w ; feet ; length plus width
perim = half * 2 ; feet ; perimeter
cost = perim * c ; $ ; cost of the fencing

=== gd_soil_bags | gardening
A raised bed is {l} feet long, {w} feet wide, and {d} feet deep. One bag of soil fills {b} cubic feet. How many bags are needed to fill the bed?
l: int 4 12
w: int 2 4
d: dec 1 2 0.5
b: dec 1.5 2 0.5
? isint(l * w * d / b)
area = l * w ; square feet ; area of the bed
vol = area * d ; cubic feet ; volume of the bed
bags = vol / b ; #bags ; number of bags

=== gd_seedlings | gardening
A seed packet has {s} seeds. {P} plants {f} of the seeds, and {p} of the planted seeds sprout. How many seedlings does {he} get?
s: int 40 120 4
f: frac 1/2,3/4,1/4,2/5
p: pct 50 90 10
? isint(f * s) and isint(f * s * p / 100)
planted = f of s ; #seeds ; seeds planted
sprout = p % planted ; #seedlings ; number of seedlings

=== gd_watering | gardening
{P} gives each of {n} plants {a} liters of water per day. How many liters does {he} use in {w} weeks?
n: int 6 20
a: dec 0.5 2 0.5
w: int 2 4
daily = n * a ; liters ; amount of water per day
days = w * 7 ; #days ; number of days
total = daily * days ; liters ; total amount of water

=== gd_mulch_bags | gardening
Mulch costs {c} per bag. {P}'s front yard needs {b} bags, and the back yard needs {k} as many. How much does the mulch cost?
c: money 3 6 0.25
b: int 4 12
k: times 2 3
back = b * k ; #bags ; bags for the back yard
bags = b + back ; #bags ; total number of bags
cost = bags * c ; $ ; cost of the mulch

=== gd_apple_crates | gardening
An orchard has {t} apple trees, and each tree gives {a} apples. The apples are packed in crates of {c}, and each crate sells for {p}. How much money do the crates bring in?
t: int 20 80
a: int 50 200 10
c: int 40 50 10
p: money 15 30 1
? isint(t * a / c)
apples = t * a ; #apples ; number of apples
crates = apples / c ; #crates ; number of crates
money = crates * p ; $ ; money from the crates

=== gd_lawn_mowing | gardening
{P} mows lawns for {r} each. In June {he} mows {a} lawns a week for 4 weeks and spends {g} on gas. How much money does {he} keep?
r: money 15 40 5
a: int 3 8
g: money 20 50 5
lawns = a * 4 ; #lawns ; number of lawns mowed
earned = lawns * r ; $ ; money earned
keep = earned - g ; $ ; money kept

=== gd_pots_soil | gardening
{P} buys {n} flower pots for {p} each and {m} bags of potting soil for {s} each. {He} pays with a {b} bill. How much change does {he} get?
n: int 3 8
p: money 2.5 6 0.5
m: int 2 4
s: money 4 8 0.5
b: money 50 100 50
? n * p + m * s < b
pots = n * p ; $ ; cost of the pots
soil = m * s ; $ ; cost of the soil
total = pots + soil ; $ ; total cost
change = b - total ; $ ; change

=== gd_veg_market | gardening
{P} harvests {a} kg of carrots and {b} kg of potatoes. {He} sells carrots for {c} per kg and potatoes for {d} per kg. How much does {he} earn?
a: int 5 25
b: int 10 40
c: money 1.5 3 0.25
d: money 0.8 1.6 0.2
carrots = a * c ; $ ; money from carrots
potatoes = b * d ; $ ; money from potatoes
total = carrots + potatoes ; $ ; total earnings

=== gd_hedge_trim | gardening
A hedge is {l} meters long. {P} trims {a} meters per hour. After {h} hours, how many more hours will {he} need to finish?
l: int 40 120 5
a: int 5 12
h: int 2 4
? l - a * h > 0 and dp((l - a * h) / a) <= 2
trimmed = a * h ; meters ; length trimmed
left = l - trimmed ; meters ; length left
more = left / a ; hours ; number of hours still needed

=== gd_greenhouse_trays | gardening
A greenhouse has {s} shelves with {t} trays on each shelf, and each tray holds {p} seedlings. {P} sells {q} of the seedlings. How many seedlings are left?
s: int 3 8
t: int 4 10
p: int 12 24 6
q: pct 25 75 25
? isint(s * t * p * q / 100)
trays = s * t ; #trays ; number of trays
seedlings = trays * p ; #seedlings ; number of seedlings
sold = q % seedlings ; #seedlings ; seedlings sold
left = seedlings - sold ; #seedlings ; seedlings left

=== gd_compost | gardening
{P} adds {a} kg of kitchen scraps to a compost bin every week for {w} weeks. The finished compost weighs {f} of the scraps. How many {b}-kg bags can {he} fill with the compost?
a: int 3 10
w: int 8 20
f: frac 1/2,1/4,2/5
b: int 2 5
? isint(a * w * f) and isint(a * w * f / b)
scraps = a * w ; kg ; weight of the scraps
compost = f of scraps ; kg ; weight of the compost
bags = compost / b ; #bags ; number of bags

=== gd_flower_bouquets | gardening
A flower farm cuts {r} rows of tulips with {k} tulips in each row. Bouquets have {b} tulips each and sell for {p}. How much do the bouquets sell for?
r: int 4 12
k: int 20 60 5
b: int 10 12 2
p: money 8 15 1
? isint(r * k / b)
tulips = r * k ; #tulips ; number of tulips
bouquets = tulips / b ; #bouquets ; number of bouquets
money = bouquets * p ; $ ; money from bouquets

=== sv_bike_weeks | savings
{P} saves {a} each week. {He} already has {h}. How many weeks will it take to have enough for a bike that costs {p}?
a: money 10 30 5
h: money 20 80 10
p: money 150 400 10
? p - h > 0 and isint((p - h) / a)
need = p - h ; $ ; money still needed
weeks = need / a ; #weeks ; number of weeks

=== sv_allowance | savings
{P} gets {a} of allowance each week. {He} spends {f} of it and saves the rest. How much does {he} save in {w} weeks?
a: money 8 20 1
f: frac 1/2,1/4,3/4,2/5,3/5
w: int 4 12
? dp(f * a) <= 2
spend = f of a ; $ ; amount spent each week
save = a - spend ; $ ; amount saved each week
total = save * w ; $ ; total savings

=== sv_simple_interest | savings
{P} deposits {d} in a savings account that pays {r} simple interest per year. How much will be in the account after {y} years?
d: money 500 5000 100
r: pct 2 6 1
y: int 2 5
yearly = r % d ; $ ; interest per year
interest = yearly * y ; $ ; total interest
total = d + interest ; $ ; balance after the years

=== sv_coin_jar | savings
A jar holds {q} quarters, {d} dimes, and {n} nickels. How much money is in the jar?
q: int 10 60
d: int 10 50
n: int 10 40
qv = q * 0.25 ; $ ; value of the quarters
dv = d * 0.10 ; $ ; value of the dimes
nv = n * 0.05 ; $ ; value of the nickels
total = qv + dv + nv ; $ ; total amount

=== sv_goal_months | savings
{P} earns {e} a month from a part-time job and spends {s} a month. How many months will it take {him} to save {g}?
e: money 400 900 50
s: money 150 500 50
g: money 600 3000 100
? e > s and isint(g / (e - s))
saves = e - s ; $ ; savings per month
months = g / saves ; #months ; number of months

=== sv_piggy_bank | savings
{P} has {a} in {his} piggy bank. {He} adds {b} every week for {w} weeks and then spends {c} on a game. How much is left?
a: money 10 50 1
b: money 3 10 0.5
w: int 4 10
c: money 20 60 5
? a + b * w - c > 0
added = b * w ; $ ; amount added
total = a + added ; $ ; total saved
left = total - c ; $ ; amount left

=== sv_compare_plans | savings
{P} can save {a} per week for {w} weeks, or {b} per month for {m} months. How much more does the weekly plan save?
a: money 15 40 5
w: int 20 52
b: money 40 120 10
m: int 3 8
? a * w > b * m
weekly = a * w ; $ ; savings with the weekly plan
monthly = b * m ; $ ; savings with the monthly plan
diff = weekly - monthly ; $ ; difference

=== sv_budget_percent | savings
{P} earns {e} per month. {He} spends {r} on rent and {f} on food, and saves {p} of what is left. How much does {he} save each month?
e: money 2500 5000 100
r: money 900 1600 50
f: money 300 600 50
p: pct 10 50 10
? e - r - f > 0
spent = r + f ; $ ; cost of rent and food
left = e - spent ; $ ; money left
save = p % left ; $ ; monthly savings

=== sv_summer_double | savings
{P} had {a} in savings. {He} doubled it by working over the summer, spent {c} on a laptop, and then got {g} as a birthday gift. How much does {he} have now?
a: money 200 600 10
c: money 250 700 10
g: money 20 100 10
? a * 2 > c
doubled = a * 2 ; $ ; savings after the summer
after = doubled - c ; $ ; money after buying the laptop
now = after + g ; $ ; money now

=== sv_sibling_coins | savings
Two siblings empty a coin jar that has {q} quarters and {d} dimes and split the money equally. How much does each sibling get?
q: int 20 80
d: int 20 60
? dp((q * 0.25 + d * 0.1) / 2) <= 2
qv = q * 0.25 ; $ ; value of the quarters
dv = d * 0.10 ; $ ; value of the dimes
total = qv + dv ; $ ; total money
each = total / 2 ; $ ; amount each sibling gets

=== sv_loan_payback | savings
{P} borrows {a} from {his} parents and pays back {p} every week. How much does {he} still owe after {w} weeks?
a: money 300 900 50
p: money 15 40 5
w: int 5 12
? a - p * w > 0
paid = p * w ; $ ; amount paid back
owe = a - paid ; $ ; amount still owed

=== sv_car_fund | savings
{P} wants to buy a used car for {c}. {He} has saved {s}, and {his} parents will pay {f} of the rest. How much more does {he} need to save?
c: money 4000 9000 100
s: money 1000 3000 100
f: frac 1/2,1/4,1/3,2/5
? c > s and dp(f * (c - s)) <= 2
rest = c - s ; $ ; remaining cost
parents = f of rest ; $ ; parents' share
more = rest - parents ; $ ; amount still to save

=== sv_yearly_bills | savings
{P}'s monthly bills are {a} for electricity, {b} for water, and {c} for internet. How much does {he} pay for these bills in a year?
a: money 40 120 0.5
b: money 20 60 0.5
c: money 30 80 1
month = a + b + c ; $ ; monthly bills
year = month * 12 ; $ ; yearly bills

=== sv_recycling | savings
{P} collects {a} cans and {b} bottles for recycling. Cans pay {x} each and bottles pay {y} each. How much does {he} get?
a: int 50 300 10
b: int 20 150 10
x: money 0.05 0.1 0.05
y: money 0.1 0.25 0.05
cans = a * x ; $ ; money for cans
bottles = b * y ; $ ; money for bottles
total = cans + bottles ; $ ; total money

=== tm_movie_marathon | time
{P} watches {n} movies that are each {m} minutes long, with a {b}-minute break between one movie and the next. How many hours does the marathon last?
n: int 3 5
m: int 90 150 5
b: int 10 20 5
? dp((n * m + (n - 1) * b) / 60) <= 2
movies = n * m ; minutes ; time spent watching
breaks = n - 1 ; #breaks ; number of breaks
btime = breaks * b ; minutes ; break time
total = movies + btime ; minutes ; total time in minutes
hours = total / 60 ; hours ; total time in hours

=== tm_piano_practice | time
{P} practices piano for {a} minutes on each weekday and {b} minutes on each weekend day. How many hours does {he} practice in {w} weeks?
a: int 20 60 5
b: int 30 90 15
w: int 2 4
? dp((a * 5 + b * 2) * w / 60) <= 2
weekday = a * 5 ; minutes ; practice time on weekdays
weekend = b * 2 ; minutes ; practice time on the weekend
week = weekday + weekend ; minutes ; practice time per week
total = week * w ; minutes ; total practice in minutes
hours = total / 60 ; hours ; total practice in hours

=== tm_sleep_week | time
{P} sleeps {a} hours a night on weekdays and {b} hours a night on weekends. How many hours does {he} sleep in a week?
a: dec 6 8 0.5
b: dec 8 10 0.5
weekday = a * 5 ; hours ; hours of sleep on weeknights
weekend = b * 2 ; hours ; hours of sleep on weekend nights
total = weekday + weekend ; hours ; total hours of sleep

=== tm_chores | time
Washing dishes takes {P} {a} minutes, vacuuming takes {b} minutes, and folding laundry takes {c} minutes. {He} does all three chores {d} times a week. How many hours a week is that?
a: int 10 25
b: int 15 30
c: int 10 20
d: int 3 6
? dp((a + b + c) * d / 60) <= 2
each = a + b + c ; minutes ; time for all three chores
week = each * d ; minutes ; weekly time in minutes
hours = week / 60 ; hours ; weekly time in hours

=== tm_family_ages | time
{P} is {a} years old. {His} father is {k} as old as {P}, and {his} grandmother is {g} years older than {his} father. How old will the grandmother be in {y} years?
a: int 8 14
k: times 3 4
g: int 22 30
y: int 3 10
father = a * k ; years ; father's age
grandma = father + g ; years ; grandmother's age
future = grandma + y ; years ; grandmother's future age

=== tm_nurse_shifts | time
A nurse works {s} shifts a week, and each shift is {h} hours long. How many hours does she work in {w} weeks?
s: int 3 5
h: dec 8 12 0.5
w: int 2 6
week = s * h ; hours ; number of hours per week
total = week * w ; hours ; total hours

=== tm_countdown_minutes | time
A school fair starts in {d} days and {h} hours. How many minutes is that?
d: int 2 6
h: int 3 20
dh = d * 24 ; hours ; number of hours in the days
total = dh + h ; hours ; total hours
minutes = total * 60 ; minutes ; total minutes

=== tm_upload_time | time
A video file is {s} MB. {P}'s internet uploads {r} MB per second. How many minutes does the upload take?
s: int 600 3600 60
r: int 2 10
? isint(s / r) and dp(s / r / 60) <= 2
seconds = s / r ; seconds ; upload time in seconds
minutes = seconds / 60 ; minutes ; upload time in minutes

=== tm_reading_hours | time
{P} reads {r} pages per hour. {His} book has {p} pages, and {he} has already read {a} pages. How many hours will it take {him} to finish?
r: int 20 50 5
p: int 200 600 10
a: int 40 180 10
? p > a and dp((p - a) / r) <= 2
left = p - a ; #pages ; pages left
hours = left / r ; hours ; number of hours needed to finish

=== tm_laundry | time
A washer cycle takes {w} minutes and a dryer cycle takes {d} minutes. {P} washes and dries {n} loads one after another without any overlap. How many hours does it take?
w: int 30 60 5
d: int 40 70 5
n: int 2 5
? dp((w + d) * n / 60) <= 2
load = w + d ; minutes ; time per load
total = load * n ; minutes ; total time in minutes
hours = total / 60 ; hours ; total time in hours

=== tm_bus_runs | time
A bus leaves the station every {m} minutes for {h} hours each day. How many buses leave the station in a {d}-day week?
m: int 10 30 5
h: int 12 18
d: int 5 7
? isint(h * 60 / m)
minutes = h * 60 ; minutes ; service time per day
trips = minutes / m ; #buses ; buses per day
week = trips * d ; #buses ; buses per week

=== tm_study_plan | time
{P} has {h} hours to study for {n} subjects. {He} spends {f} of the time on math and splits the rest equally among the other subjects. How many minutes does {he} spend on each of the other subjects?
h: int 4 12
n: int 3 6
f: frac 1/2,1/3,1/4
? isint(f * h * 60) and isint((h - f * h) * 60 / (n - 1))
math = f of h ; hours ; time for math
rest = h - math ; hours ; time for the other subjects
others = n - 1 ; #subjects ; number of other subjects
each = rest / others ; hours ; number of hours per other subject
minutes = each * 60 ; minutes ; number of minutes per other subject

=== tm_bamboo | time
A bamboo plant grows {a} cm per day. It is {s} cm tall now. How tall will it be in {w} weeks?
a: dec 1.5 4 0.5
s: int 30 120
w: int 1 4
days = w * 7 ; #days ; number of days
growth = a * days ; cm ; total growth
height = s + growth ; cm ; height of the plant

=== tm_parking | time
A parking garage charges {a} for the first hour and {b} for each additional hour. {P} parks from 9 a.m. to {e} p.m. How much does {he} pay?
a: money 3 6 0.5
b: money 1.5 3 0.5
e: int 2 6
hours = e + 3 ; hours ; number of hours parked
extra = hours - 1 ; hours ; number of additional hours
ecost = extra * b ; $ ; cost of the additional hours
total = a + ecost ; $ ; total cost

=== ms_rope_cm | measurement
{P} has a rope {l} meters long. {He} cuts off {n} pieces that are each {p} meters long. How many centimeters of rope are left?
l: int 10 30
n: int 3 8
p: dec 0.5 2.5 0.25
? l - n * p > 0
cut = n * p ; meters ; length of rope cut off
left = l - cut ; meters ; rope left in meters
cm = left * 100 ; cm ; rope left in centimeters

=== ms_paint_cans | measurement
A wall is {l} feet long and {h} feet tall. One can of paint covers {c} square feet. How many cans are needed for {k} coats?
l: int 10 40
h: int 8 10
c: int 40 100 20
k: int 2 3
? isint(l * h * k / c)
area = l * h ; square feet ; area of the wall
total = area * k ; square feet ; area to paint
cans = total / c ; #cans ; number of cans

=== ms_floor_tiles | measurement
A floor is {l} feet by {w} feet. Each tile covers 1 square foot, tiles come in boxes of {b}, and each box costs {c}. How much do the tiles cost?
l: int 8 20
w: int 6 16
b: int 10 20 5
c: money 20 45 1
? isint(l * w / b)
area = l * w ; square feet ; area of the floor
boxes = area / b ; #boxes ; number of boxes
cost = boxes * c ; $ ; cost of the tiles

=== ms_water_tank | measurement
A tank holds {c} liters when full. Right now it is {f} full. A hose adds {r} liters per minute. How many minutes until the tank is full?
c: int 200 1200 100
f: frac 1/2,1/4,3/4,2/5
r: int 8 25
? isint(f * c) and dp((c - f * c) / r) <= 2
now = f of c ; liters ; water in the tank now
missing = c - now ; liters ; water still needed
minutes = missing / r ; minutes ; time to fill

=== ms_ribbon_feet | measurement
{P} needs {n} pieces of ribbon, each {a} inches long. Ribbon is sold by the foot, and there are 12 inches in a foot. Ribbon costs {c} per foot. How much does the ribbon cost?
n: int 4 16
a: int 6 18 3
c: money 0.5 2 0.25
? isint(n * a / 12)
inches = n * a ; inches ; ribbon needed in inches
feet = inches / 12 ; feet ; ribbon needed in feet
cost = feet * c ; $ ; cost of the ribbon

=== ms_dress_fabric | measurement
A dress needs {a} yards of fabric. {P} makes {n} dresses, and fabric costs {c} per yard. How much does the fabric cost?
a: dec 2 4 0.5
n: int 2 6
c: money 6 14 1
yards = a * n ; yards ; amount of fabric needed
cost = yards * c ; $ ; cost of the fabric

=== ms_juice_glasses | measurement
A bottle holds {b} liters of juice. {P} pours glasses of {g} milliliters each. How many glasses can {he} pour from {n} bottles?
b: dec 1 2 0.5
g: int 200 250 50
n: int 2 6
? isint(b * n * 1000 / g)
liters = b * n ; liters ; total juice in liters
ml = liters * 1000 ; milliliters ; total juice in milliliters
glasses = ml / g ; #glasses ; number of glasses

=== ms_fence_posts | measurement
A straight fence is {l} meters long with a post every {d} meters, including a post at each end. Each post costs {c}. How much do the posts cost?
l: int 20 120 5
d: int 2 5
c: money 6 15 0.5
? isint(l / d)
gaps = l / d ; #gaps ; number of gaps between posts
posts = gaps + 1 ; #posts ; number of posts
cost = posts * c ; $ ; cost of the posts

=== ms_butter_blocks | measurement
A cake needs {a} grams of butter. Butter is sold in {b}-gram blocks for {c} each. {P} bakes {n} cakes. How much does the butter cost?
a: int 100 300 25
b: int 250 500 250
c: money 2.5 5 0.5
n: int 2 8
? isint(a * n / b)
grams = a * n ; grams ; amount of butter needed
blocks = grams / b ; #blocks ; number of blocks
cost = blocks * c ; $ ; cost of the butter

=== ms_pool_liters | measurement
A pool is {l} m long, {w} m wide, and {d} m deep. One cubic meter holds 1000 liters. How many liters does the pool hold when full?
l: int 6 25
w: int 3 10
d: dec 1 2 0.5
area = l * w ; square meters ; area of the pool
vol = area * d ; cubic meters ; volume of the pool
liters = vol * 1000 ; liters ; capacity in liters

=== ms_cereal_days | measurement
A box of cereal weighs {a} grams, and a serving is {s} grams. A family eats {k} servings a day. How many days do {n} boxes last?
a: int 400 800 50
s: int 25 50 5
k: int 3 6
n: int 2 6
? isint(a * n / s) and isint(a * n / s / k)
total = a * n ; grams ; total amount of cereal
servings = total / s ; #servings ; number of servings
days = servings / k ; #days ; number of days

=== ms_carpet | measurement
A rectangular room is {l} m by {w} m. Carpet costs {c} per square meter, and installation costs {i}. What is the total cost?
l: dec 3 8 0.5
w: dec 3 6 0.5
c: money 15 40 5
i: money 80 200 10
area = l * w ; square meters ; area of the room
carpet = area * c ; $ ; cost of the carpet
total = carpet + i ; $ ; total cost

=== ms_temperature | measurement
The temperature at 6 a.m. was {a} degrees. It rose {r} degrees each hour for {h} hours and then fell {f} degrees by evening. What was the temperature in the evening?
a: int 40 65
r: int 2 5
h: int 3 7
f: int 5 15
rise = r * h ; degrees ; total temperature rise
peak = a + rise ; degrees ; highest temperature
evening = peak - f ; degrees ; evening temperature

=== ms_bookshelf | measurement
A shelf is {l} cm long, and each book is {t} cm thick. {P} fills {s} shelves completely. How many books are on the shelves?
l: int 60 120 10
t: dec 2 5 0.5
s: int 3 7
? isint(l / t)
per = l / t ; #books ; books per shelf
books = per * s ; #books ; total number of books

=== ms_trail_mix | measurement
{P} mixes {a} pounds of peanuts at {x} per pound with {b} pounds of raisins at {y} per pound. What is the cost per pound of the mix?
a: int 2 6
b: int 1 4
x: money 2 5 0.5
y: money 3 6 0.5
? dp((a * x + b * y) / (a + b)) <= 2
pcost = a * x ; $ ; cost of the peanuts
rcost = b * y ; $ ; cost of the raisins
total = pcost + rcost ; $ ; total cost
weight = a + b ; pounds ; total weight
per = total / weight ; $ ; cost per pound

=== sh_candy_friends | sharing
{P} has {a} candies. {He} eats {b} of them and shares the rest equally among {n} friends. How many candies does each friend get?
a: int 30 100
b: int 2 9
n: int 3 8
? isint((a - b) / n)
rest = a - b ; #candies ; candies left to share
each = rest / n ; #candies ; candies per friend

=== sh_pizza_slices | sharing
{n} friends order {p} pizzas that are each cut into {s} slices. They share the slices equally. How many slices does each friend get?
n: int 3 8
p: int 2 6
s: int 6 12 2
? isint(p * s / n)
slices = p * s ; #slices ; total number of slices
each = slices / n ; #slices ; slices per friend

=== sh_prize_split | sharing
A prize of {A} is split between {P} and {Q}. {P} gets {f} of it, and {Q} gets the rest. How much more does {P} get than {Q}?
A: money 600 3000 60
f: frac 2/3,3/4,3/5
? dp(f * A) <= 2
pshare = f of A ; $ ; first person's share
qshare = A - pshare ; $ ; second person's share
diff = pshare - qshare ; $ ; difference between the shares

=== sh_sticker_ratio | sharing
{P} and {Q} share {n} stickers in the ratio {a}:{b}. How many stickers does {Q} get?
n: int 30 150
a: int 1 4
b: int 2 5
? a != b and isint(n / (a + b))
parts = a + b ; #parts ; number of parts
part = n / parts ; #stickers ; stickers per part
qget = part * b ; #stickers ; stickers for the second person

=== sh_cookies_dozen | sharing
A teacher bakes {a} dozen cookies for a class of {n} students. Each student gets {k} cookies. How many cookies are left over?
a: int 4 8
n: int 18 28
k: int 2 3
? a * 12 > n * k
total = a * 12 ; #cookies ; total number of cookies
given = n * k ; #cookies ; cookies given out
left = total - given ; #cookies ; cookies left over

=== sh_road_trip_gas | sharing
Four coworkers share the cost of a road trip. Gas costs {g}, tolls cost {t}, and parking costs {p}. How much does each person pay?
g: money 40 90 0.5
t: money 8 20 0.25
p: money 10 30 5
? dp((g + t + p) / 4) <= 2
total = g + t + p ; $ ; total cost
each = total / 4 ; $ ; amount per person

=== sh_marbles_give | sharing
{P} has {a} marbles. {He} gives {f} of them to {Q} and then gives {b} to {his} cousin. How many marbles does {he} have left?
a: int 30 120
f: frac 1/2,1/3,1/4,2/5
b: int 3 12
? isint(f * a) and a - f * a - b > 0
give = f of a ; #marbles ; marbles given to the friend
after = a - give ; #marbles ; marbles after the first gift
left = after - b ; #marbles ; marbles left

=== sh_pie_pieces | sharing
A bakery cuts a pie into {s} pieces and sells each piece for {c}. {P} buys {a} pieces and {Q} buys {b} pieces. How much money will the bakery get if it sells the rest of the pieces?
s: int 8 12
c: money 2.5 4.5 0.25
a: int 1 3
b: int 1 3
sold = a + b ; #pieces ; pieces bought
rest = s - sold ; #pieces ; pieces left
money = rest * c ; $ ; money from the rest

=== sh_roommates_rent | sharing
Three roommates share an apartment. The rent is {r} per month and utilities are {u}. One roommate has the big room and pays {x} more than each of the other two, who pay equal amounts. How much does each of the other two pay?
r: money 1500 2700 50
u: money 90 240 10
x: money 60 150 30
? dp((r + u - x) / 3) <= 2
total = r + u ; $ ; total monthly cost
less = total - x ; $ ; cost without the extra amount
each = less / 3 ; $ ; amount each of the other two pays

=== sh_party_bags | sharing
{P} makes party bags for {n} guests. Each bag gets {a} candies. Candies come in packs of {c} that cost {p} each. How much does {he} spend on candy?
n: int 8 24
a: int 4 10
c: int 20 40 10
p: money 2 5 0.5
? isint(n * a / c)
candies = n * a ; #candies ; number of candies
packs = candies / c ; #packs ; number of packs
cost = packs * p ; $ ; cost of the candy

=== sh_team_snacks | sharing
Parents bring {a} orange slices and {b} granola bars for a team of {n} players. Each player gets the same number of each snack. How many snacks does each player get in total?
a: int 30 90
b: int 12 36
n: int 6 15
? isint(a / n) and isint(b / n)
oranges = a / n ; #slices ; orange slices per player
bars = b / n ; #bars ; granola bars per player
total = oranges + bars ; #snacks ; snacks per player

=== sh_gift_pool | sharing
{n} coworkers plan to chip in for a gift that costs {g} and a card that costs {c}. Two of them cannot pay, so the others split the cost equally. How much does each paying coworker give?
n: int 6 12
g: money 60 150 5
c: money 4 8 0.5
? dp((g + c) / (n - 2)) <= 2
total = g + c ; $ ; total cost
payers = n - 2 ; #people ; number of people paying
each = total / payers ; $ ; amount each person pays

=== sh_books_donate | sharing
A library receives {b} boxes with {k} books in each box. It keeps {f} of the books and donates the rest equally to {n} schools. How many books does each school get?
b: int 6 20
k: int 12 30
f: frac 1/2,1/3,1/4,2/5
n: int 2 6
? isint(f * b * k) and isint((b * k - f * b * k) / n)
books = b * k ; #books ; total number of books
keep = f of books ; #books ; books kept
rest = books - keep ; #books ; books donated
each = rest / n ; #books ; books per school

=== fm_egg_sales | farm
A farmer has {c} chickens, and each chicken lays {e} eggs a week. The farmer sells the eggs by the dozen for {p} per dozen. How much does the farmer earn in a week?
c: int 12 60
e: int 4 6
p: money 3 6 0.5
? isint(c * e / 12)
eggs = c * e ; #eggs ; eggs per week
dozens = eggs / 12 ; #dozens ; dozens of eggs
earn = dozens * p ; $ ; weekly earnings

=== fm_animal_legs | farm
A farm has {c} chickens, {k} cows, and {d} ducks. How many legs do the animals have in total?
c: int 10 40
k: int 5 20
d: int 4 15
cl = c * 2 ; #legs ; chicken legs
kl = k * 4 ; #legs ; cow legs
dl = d * 2 ; #legs ; duck legs
total = cl + kl + dl ; #legs ; total number of legs

=== fm_hay_days | farm
Each horse on a farm eats {a} kg of hay a day. The farm has {h} horses and {t} kg of hay. How many days will the hay last?
a: int 8 14
h: int 3 9
t: int 1000 6000 100
? isint(t / (a * h))
daily = a * h ; kg ; amount of hay eaten per day
days = t / daily ; #days ; number of days

=== fm_dairy_week | farm
A dairy farm has {c} cows that each give {l} liters of milk a day. Milk sells for {p} per liter. How much does the farm earn in a week?
c: int 10 40
l: int 18 30
p: money 0.4 0.9 0.05
daily = c * l ; liters ; amount of milk per day
weekly = daily * 7 ; liters ; amount of milk per week
earn = weekly * p ; $ ; weekly earnings

=== fm_dog_walking | farm
{P} walks {d} dogs every weekday and charges {r} per dog per walk. How much does {he} earn in {w} weeks?
d: int 2 6
r: money 8 15 0.5
w: int 2 4
walks = d * 5 ; #walks ; walks per week
total = walks * w ; #walks ; total walks
earn = total * r ; $ ; total earnings

=== fm_pet_store_fish | farm
A pet store has {t} tanks with {f} fish in each tank. On Saturday it sells {p} of the fish. How many fish are left?
t: int 6 20
f: int 10 30 5
p: pct 10 40 5
? isint(t * f * p / 100)
fish = t * f ; #fish ; total number of fish
sold = p % fish ; #fish ; fish sold
left = fish - sold ; #fish ; fish left

=== fm_honey_jars | farm
A beekeeper has {h} hives, and each hive produces {k} kg of honey. The honey goes into jars that hold {j} kg and sell for {p} each. How much money does the beekeeper make?
h: int 4 15
k: int 10 30
j: dec 0.5 1 0.25
p: money 6 12 0.5
? isint(h * k / j)
kg = h * k ; kg ; total amount of honey
jars = kg / j ; #jars ; number of jars
money = jars * p ; $ ; money from honey

=== fm_wool_profit | farm
Each sheep gives {w} kg of wool a year. A farmer has {s} sheep and sells wool for {p} per kg. Shearing costs {c} per sheep. What is the farmer's profit from wool this year?
w: dec 3 6 0.5
s: int 20 80
p: money 2 6 0.5
c: money 2 5 0.5
? w * p > c
wool = w * s ; kg ; total amount of wool
revenue = wool * p ; $ ; money from wool
cost = c * s ; $ ; shearing cost
profit = revenue - cost ; $ ; profit

=== fm_cat_food | farm
Each cat eats {a} cans of food a day. A case of {c} cans costs {p}. How much does it cost to feed {n} cats for {d} days?
a: int 2 3
c: int 12 24 12
p: money 12 24 1
n: int 2 5
d: int 10 30
? isint(a * n * d / c)
daily = a * n ; #cans ; cans per day
total = daily * d ; #cans ; total cans
cases = total / c ; #cases ; number of cases
cost = cases * p ; $ ; cost of the food

=== fm_apple_picking | farm
{P} picks {a} baskets of apples per hour, and each basket holds {b} apples. {He} picks for {h} hours, and {f} of the apples are too bruised to sell. How many apples can {he} sell?
a: int 2 5
b: int 20 40 5
h: int 3 6
f: frac 1/4,1/5,1/10
? isint(a * b * h * f)
baskets = a * h ; #baskets ; number of baskets
apples = baskets * b ; #apples ; number of apples
bruised = f of apples ; #apples ; bruised apples
sell = apples - bruised ; #apples ; apples to sell

=== fm_rabbit_pens | farm
A farmer builds {p} rabbit pens. Each pen needs {b} boards that cost {c} each and one gate that costs {g}. How much do the materials cost?
p: int 3 8
b: int 8 16
c: money 2.5 6 0.5
g: money 10 25 1
boards = p * b ; #boards ; number of boards
bcost = boards * c ; $ ; cost of the boards
gcost = p * g ; $ ; cost of the gates
total = bcost + gcost ; $ ; total cost

=== fm_goat_milk_cheese | farm
A farm gets {l} liters of goat milk a day. It takes {k} liters of milk to make 1 kg of cheese, and cheese sells for {p} per kg. How much money does a week of milk bring in as cheese?
l: int 20 80 5
k: int 5 10 5
p: money 12 25 1
? isint(l * 7 / k)
weekly = l * 7 ; liters ; amount of milk per week
cheese = weekly / k ; kg ; amount of cheese made
money = cheese * p ; $ ; money from cheese

=== ev_party_budget | events
{P} is planning a party for {n} guests. Food costs {f} per guest, and decorations cost {d} in total. {He} has a budget of {b}. How much of the budget will be left?
n: int 10 40
f: money 8 20 0.5
d: money 30 90 5
b: money 500 1000 50
? n * f + d < b
food = n * f ; $ ; cost of the food
total = food + d ; $ ; total cost
left = b - total ; $ ; money left

=== ev_wedding_tables | events
A wedding has {g} guests, and each table seats {s} guests with no empty seats. Every table gets a centerpiece that costs {c}. How much do the centerpieces cost?
g: int 80 240
s: int 8 10 2
c: money 18 45 1
? isint(g / s)
tables = g / s ; #tables ; number of tables
cost = tables * c ; $ ; cost of the centerpieces

=== ev_school_play | events
Tickets to a school play cost {a} for adults and {c} for children. {n} adults attend, and {k} as many children as adults attend. How much money is collected?
a: money 6 12 0.5
c: money 3 6 0.5
n: int 40 120
k: times 2 3
kids = n * k ; #children ; number of children
amoney = n * a ; $ ; money from adult tickets
cmoney = kids * c ; $ ; money from child tickets
total = amoney + cmoney ; $ ; total collected

=== ev_balloons | events
{P} buys {a} packs of balloons with {b} balloons in each pack. {c} balloons pop while {he} blows them up, and {he} ties the rest into bunches of {d}. How many bunches does {he} make?
a: int 3 8
b: int 10 25 5
c: int 2 9
d: int 3 6
? isint((a * b - c) / d)
balloons = a * b ; #balloons ; total number of balloons
good = balloons - c ; #balloons ; balloons that did not pop
bunches = good / d ; #bunches ; number of bunches

=== ev_concert_merch | events
At a concert, {a} people buy a T-shirt for {t} each and {b} people buy a poster for {p} each. The band keeps {k} of the sales. How much does the band keep?
a: int 50 200
t: money 20 35 5
b: int 30 120
p: money 8 15 1
k: pct 50 80 10
shirts = a * t ; $ ; T-shirt sales
posters = b * p ; $ ; poster sales
sales = shirts + posters ; $ ; total sales
keep = k % sales ; $ ; band's share

=== cr_bracelet_beads | crafts
{P} makes {n} bracelets with {a} beads each. Beads come in bags of {b} that cost {p} each. How much does {he} spend on beads?
n: int 5 20
a: int 15 30
b: int 50 100 25
p: money 2 6 0.5
? isint(n * a / b)
beads = n * a ; #beads ; number of beads
bags = beads / b ; #bags ; number of bags
cost = bags * p ; $ ; cost of the beads

=== cr_knitting_hours | crafts
{P} knits {r} rows per hour. A scarf needs {t} rows. How many hours does it take {him} to knit {n} scarves?
r: int 12 30
t: int 150 300 10
n: int 2 5
? dp(t * n / r) <= 2
rows = t * n ; #rows ; total rows
hours = rows / r ; hours ; knitting time

=== cr_quilt_squares | crafts
A quilt is made of {r} rows of {c} squares. {P} has already made {d} squares, and each square takes {m} minutes. How many hours of work are left?
r: int 8 14
c: int 6 12
d: int 10 40
m: int 10 30 5
? r * c > d and dp((r * c - d) * m / 60) <= 2
squares = r * c ; #squares ; total squares
left = squares - d ; #squares ; squares left
minutes = left * m ; minutes ; time left in minutes
hours = minutes / 60 ; hours ; time left in hours

=== cr_candle_profit | crafts
{P} makes candles. Each candle uses {w} ounces of wax, and wax costs {c} per ounce. {He} makes {n} candles and sells them for {p} each. What is {his} profit?
w: int 4 10
c: money 0.25 0.75 0.25
n: int 10 40
p: money 8 15 1
? n * p > w * n * c
wax = w * n ; ounces ; amount of wax used
cost = wax * c ; $ ; cost of the wax
sales = n * p ; $ ; money from sales
profit = sales - cost ; $ ; profit

=== cr_card_packs | crafts
{P} makes greeting cards. Each card needs {a} sheets of colored paper, and a pack of paper has {b} sheets. {He} wants to make {n} cards, and each pack costs {p}. How much will the paper cost?
a: int 2 4
b: int 20 50 10
n: int 10 50 5
p: money 3 7 0.5
? isint(a * n / b)
sheets = a * n ; #sheets ; number of sheets
packs = sheets / b ; #packs ; number of packs
cost = packs * p ; $ ; cost of the paper

=== cr_pottery_sale | crafts
{P} makes {a} mugs and {b} bowls for a craft fair. Mugs sell for {x} and bowls sell for {y}. {He} sells {f} of everything. The booth costs {c}. How much does {he} earn after paying for the booth?
a: int 10 40 2
b: int 10 30 2
x: money 12 25 1
y: money 15 35 1
f: frac 1/2,3/4
c: money 30 80 10
? isint(f * a) and isint(f * b)
smugs = f of a ; #mugs ; mugs sold
sbowls = f of b ; #bowls ; bowls sold
mmoney = smugs * x ; $ ; money from mugs
bmoney = sbowls * y ; $ ; money from bowls
total = mmoney + bmoney ; $ ; total sales
net = total - c ; $ ; earnings after the booth
"""
