"""Problem templates for the GSM-style evaluation set (hand written).

Each template: id, category, problem text (str.format with set variables),
q (noun phrase for what is asked), units (variable -> unit), steps, 3 number sets.
A step is (name, expression, unit, description, restatement).
Expression nodes: variable name (str), constant (int / Fraction), or tuples
  ('+'|'-'|'*'|'/', a, b), ('sum', a, b, ...), ('prod', a, b, ...),
  ('pct', p, X)  = p% of X,   ('frac', a, b, X) = a/b of X,
  ('half', X), ('twice', X), ('round', e)  (round to cents, shown with ~).
"""
from fractions import Fraction as F

TEMPLATES = []


def T(id, cat, problem, q, units, steps, sets):
    TEMPLATES.append(dict(id=id, cat=cat, problem=problem, q=q, units=units,
                          steps=steps, sets=sets))


# ---------------- shopping with change ----------------
T("shop_notebooks_change", "shopping_change",
  "Maria buys {n} notebooks that cost ${p} each. She pays with a ${bill} bill. How much change should she get?",
  "the change Maria gets", dict(p="$", bill="$"),
  [("cost", ("*", "n", "p"), "$", "cost of the notebooks", "The notebooks cost {v} in total."),
   ("change", ("-", "bill", "cost"), "$", "change", "So Maria gets {v} in change.")],
  [dict(n=4, p="2.50", bill=20), dict(n=6, p="1.75", bill=20), dict(n=3, p="4.25", bill=50)])

T("shop_pens_erasers_change", "shopping_change",
  "Leo buys {a} pens at ${pa} each and {b} erasers at ${pb} each. He pays with a ${bill} bill. How much change does he receive?",
  "Leo's change", dict(pa="$", pb="$", bill="$"),
  [("pens", ("*", "a", "pa"), "$", "cost of the pens", "The pens cost {v}."),
   ("erasers", ("*", "b", "pb"), "$", "cost of the erasers", "The erasers cost {v}."),
   ("total", ("+", "pens", "erasers"), "$", "total cost", "Altogether Leo spends {v}."),
   ("change", ("-", "bill", "total"), "$", "change", "So Leo receives {v} in change.")],
  [dict(a=3, pa="1.25", b=4, pb="0.75", bill=10), dict(a=5, pa="0.90", b=2, pb="1.40", bill=20),
   dict(a=6, pa="2.15", b=3, pb="0.85", bill=20)])

T("grocery_apples_bread", "shopping_change",
  "Ana buys {kg} kg of apples at ${pkg} per kilogram and a loaf of bread for ${bread}. She pays with a ${bill} bill. How much change does she get back?",
  "Ana's change", dict(kg="kg", pkg="$", bread="$", bill="$"),
  [("apples", ("*", "kg", "pkg"), "$", "cost of the apples", "The apples cost {v}."),
   ("total", ("+", "apples", "bread"), "$", "total at the register", "Her total is {v}."),
   ("change", ("-", "bill", "total"), "$", "change", "Ana gets {v} back.")],
  [dict(kg="2.5", pkg="3.20", bread="2.75", bill=20), dict(kg=3, pkg="2.60", bread="3.15", bill=20),
   dict(kg="1.5", pkg="4.40", bread="2.90", bill=10)])

# ---------------- unit prices ----------------
T("granola_unit_price", "unit_price",
  "A pack of {n} granola bars costs ${price}. At the same price per bar, how much would {m} bars cost?",
  "the cost of {m} bars", dict(price="$"),
  [("each", ("/", "price", "n"), "$", "price of one bar", "Each bar costs {v}."),
   ("cost", ("*", "m", "each"), "$", "cost of {m} bars", "So {m} bars would cost {v}.")],
  [dict(n=6, price="4.50", m=10), dict(n=8, price=10, m=14), dict(n=12, price="15.60", m=5)])

T("juice_price_compare", "unit_price",
  "Store A sells a {na}-pack of juice boxes for ${pa}, and Store B sells a {nb}-pack of the same juice boxes for ${pb}. To the nearest cent, how much cheaper per juice box is Store B?",
  "the difference in price per juice box", dict(pa="$", pb="$"),
  [("a", ("round", ("/", "pa", "na")), "$", "price per box at Store A", "At Store A each box costs about {v}."),
   ("b", ("round", ("/", "pb", "nb")), "$", "price per box at Store B", "At Store B each box costs {v}."),
   ("diff", ("-", "a", "b"), "$", "difference per box", "Store B is {v} cheaper per juice box.")],
  [dict(na=3, pa="4.99", nb=5, pb="7.95"), dict(na=4, pa="6.29", nb=6, pb="8.94"),
   dict(na=3, pa="5.50", nb=8, pb="13.92")])

T("paper_bulk_savings", "unit_price",
  "A single ream of printer paper costs ${p}, while a box of {n} reams costs ${box}. How much money is saved by buying the box instead of {n} single reams?",
  "the amount saved", dict(p="$", box="$"),
  [("singles", ("*", "n", "p"), "$", "cost of {n} single reams", "Buying them one at a time costs {v}."),
   ("save", ("-", "singles", "box"), "$", "savings", "So the box saves {v}.")],
  [dict(p="5.49", n=10, box="47.50"), dict(p="6.25", n=8, box=44), dict(p="4.75", n=12, box="51.60")])

# ---------------- discounts then tax ----------------
T("jacket_discount_tax", "discount_tax",
  "A jacket is priced at ${price}. It is on sale for {d}% off, and then {t}% sales tax is added to the sale price. What is the final cost of the jacket?",
  "the final cost of the jacket", dict(price="$", d="%", t="%"),
  [("disc", ("pct", "d", "price"), "$", "discount", "The discount is {v}."),
   ("sale", ("-", "price", "disc"), "$", "sale price", "The sale price is {v}."),
   ("tax", ("pct", "t", "sale"), "$", "sales tax", "The tax comes to {v}."),
   ("final", ("+", "sale", "tax"), "$", "final cost", "The jacket costs {v} in the end.")],
  [dict(price=80, d=25, t=5), dict(price=120, d=15, t=8), dict(price=64, d=25, t=6)])

T("game_coupon_tax", "discount_tax",
  "A video game costs ${price}. Sam has a ${c} coupon, and {t}% sales tax is charged on the reduced price. How much does Sam pay?",
  "what Sam pays", dict(price="$", c="$", t="%"),
  [("after", ("-", "price", "c"), "$", "price after the coupon", "After the coupon the game costs {v}."),
   ("tax", ("pct", "t", "after"), "$", "sales tax", "The tax is {v}."),
   ("total", ("+", "after", "tax"), "$", "total paid", "Sam pays {v}.")],
  [dict(price=45, c=5, t=8), dict(price=60, c=10, t=7), dict(price=35, c=5, t=6)])

T("shirts_bulk_discount", "discount_tax",
  "Shirts cost ${p} each. Dana buys {n} shirts and gets {d}% off her whole purchase. How much does she pay?",
  "the amount Dana pays", dict(p="$", d="%"),
  [("subtotal", ("*", "n", "p"), "$", "cost before the discount", "Before the discount the shirts cost {v}."),
   ("disc", ("pct", "d", "subtotal"), "$", "discount", "The discount is worth {v}."),
   ("total", ("-", "subtotal", "disc"), "$", "amount paid", "Dana pays {v}.")],
  [dict(p=24, n=3, d=20), dict(p="18.50", n=4, d=10), dict(p=15, n=6, d=25)])

# ---------------- percent increase / decrease ----------------
T("town_pct_increase", "percent_change",
  "A town had {a} residents five years ago and has {b} residents now. By what percent did the population increase?",
  "the percent increase", dict(),
  [("inc", ("-", "b", "a"), "residents", "increase in residents", "The town gained {v}."),
   ("pct", ("*", ("/", "inc", "a"), 100), "%", "percent increase", "The population grew by {v}.")],
  [dict(a=1200, b=1500), dict(a=800, b=920), dict(a=2500, b=2800)])

T("bike_markdown_helmet", "percent_change",
  "A bike that cost ${p} is marked down by {d}%. A helmet costs ${h}. What is the total cost of the bike at the new price plus the helmet?",
  "the total cost", dict(p="$", d="%", h="$"),
  [("drop", ("pct", "d", "p"), "$", "markdown", "The price drops by {v}."),
   ("new", ("-", "p", "drop"), "$", "new bike price", "The bike now costs {v}."),
   ("total", ("+", "new", "h"), "$", "total cost", "Together they cost {v}.")],
  [dict(p=250, d=12, h=35), dict(p=180, d=15, h="24.50"), dict(p=320, d=20, h="42.75")])

T("raise_weekly_pay", "percent_change",
  "Priya earns ${w} per hour. She gets a {r}% raise. How much will she earn in a {h}-hour week at her new rate?",
  "Priya's weekly pay at the new rate", dict(w="$", r="%", h="hours"),
  [("raise", ("pct", "r", "w"), "$", "raise per hour", "Her raise is {v} per hour."),
   ("new", ("+", "w", "raise"), "$", "new hourly rate", "Her new rate is {v} per hour."),
   ("weekly", ("*", "new", "h"), "$", "weekly pay", "In a {h}-hour week she earns {v}.")],
  [dict(w="18.50", r=6, h=40), dict(w=15, r=4, h=35), dict(w=22, r=5, h=30)])

T("class_walk_bus_ride", "percent_change",
  "In a class of {n} students, {p}% walk to school. Of the students who do not walk, {a}/{b} take the bus and the rest get a ride from a parent. How many students get a ride?",
  "the number of students who get a ride", dict(p="%"),
  [("walk", ("pct", "p", "n"), "students", "number of walkers", "{v} walk to school."),
   ("rest", ("-", "n", "walk"), "students", "students who do not walk", "That leaves {v} who do not walk."),
   ("bus", ("frac", "a", "b", "rest"), "students", "bus riders", "{v} take the bus."),
   ("ride", ("-", "rest", "bus"), "students", "students who get a ride", "So {v} get a ride.")],
  [dict(n=30, p=40, a=1, b=3), dict(n=25, p=20, a=3, b=4), dict(n=40, p=25, a=2, b=3)])

# ---------------- tips split ----------------
T("dinner_tip_split", "tip_split",
  "A group of {k} friends has dinner, and the bill is ${b}. They leave a {t}% tip and split the total evenly. How much does each person pay?",
  "each person's share", dict(b="$", t="%"),
  [("tip", ("pct", "t", "b"), "$", "tip", "The tip is {v}."),
   ("total", ("+", "b", "tip"), "$", "total with tip", "The total with tip is {v}."),
   ("each", ("/", "total", "k"), "$", "share per person", "Each person pays {v}.")],
  [dict(k=4, b=84, t=15), dict(k=3, b=62, t=20), dict(k=5, b=95, t=18)])

T("lunch_tax_tip_split", "tip_split",
  "A lunch bill comes to ${b} before tax. Tax is {x}%, and they tip {t}% of the pre-tax amount. If {k} people split the total equally, how much does each person pay?",
  "the amount each person pays", dict(b="$", x="%", t="%"),
  [("tax", ("pct", "x", "b"), "$", "tax", "The tax is {v}."),
   ("tip", ("pct", "t", "b"), "$", "tip", "The tip is {v}."),
   ("total", ("sum", "b", "tax", "tip"), "$", "total bill", "The whole bill is {v}."),
   ("each", ("/", "total", "k"), "$", "share per person", "Each person pays {v}.")],
  [dict(b=60, x=8, t=20, k=2), dict(b=45, x=6, t=15, k=3), dict(b=120, x=7, t=18, k=4)])

# ---------------- speed / distance / time ----------------
T("train_two_legs", "speed_distance_time",
  "A train travels at {s1} km/h for {t1} hours, then at {s2} km/h for {t2} hours. How far does it travel in total?",
  "the total distance", dict(s1="km/h", t1="hours", s2="km/h", t2="hours"),
  [("d1", ("*", "s1", "t1"), "km", "distance of the first part", "The first part covers {v}."),
   ("d2", ("*", "s2", "t2"), "km", "distance of the second part", "The second part covers {v}."),
   ("total", ("+", "d1", "d2"), "km", "total distance", "The train travels {v} in total.")],
  [dict(s1=72, t1="2.5", s2=90, t2="1.5"), dict(s1=80, t1="1.5", s2=60, t2=2), dict(s1=64, t1=3, s2=96, t2="0.5")])

T("cyclist_minutes", "speed_distance_time",
  "A cyclist rides {d} km at an average speed of {s} km/h. How many minutes does the ride take?",
  "the length of the ride in minutes", dict(d="km", s="km/h"),
  [("hours", ("/", "d", "s"), "hours", "time in hours", "The ride takes {v}."),
   ("minutes", ("*", "hours", 60), "minutes", "time in minutes", "So the {d}-km ride takes {v}.")],
  [dict(d=48, s=16), dict(d=30, s=12), dict(d=27, s=18)])

T("road_trip_avg_speed", "speed_distance_time",
  "Carlos drives {d1} miles in {t1} hours, stops for lunch, and then drives {d2} miles in {t2} hours. Ignoring the lunch stop, what is his average speed in miles per hour?",
  "his average speed", dict(d1="miles", t1="hours", d2="miles", t2="hours"),
  [("td", ("+", "d1", "d2"), "miles", "total distance", "He drives {v} in all."),
   ("tt", ("+", "t1", "t2"), "hours", "total driving time", "He drives for {v}."),
   ("avg", ("/", "td", "tt"), "mph", "average speed", "His average speed is {v}.")],
  [dict(d1=150, t1=3, d2=90, t2=2), dict(d1=120, t1=2, d2=80, t2=2), dict(d1=135, t1="2.5", d2=105, t2="1.5")])

T("park_walk_round_trip", "speed_distance_time",
  "Nora walks to the park at {s} miles per hour, and the walk there takes {m} minutes. She walks back the same way at the same speed. How many miles does she walk in total?",
  "the total distance Nora walks", dict(s="mph", m="minutes"),
  [("hours", ("/", "m", 60), "hours", "time for one way in hours", "One way takes {v}."),
   ("one", ("*", "s", "hours"), "miles", "distance one way", "So each {m}-minute walk covers {v}."),
   ("total", ("twice", "one"), "miles", "round-trip distance", "She walks {v} in total.")],
  [dict(s=4, m=45), dict(s=3, m=30), dict(s=3, m=90)])

# ---------------- work rates ----------------
T("widget_machines", "work_rate",
  "Machine A makes {a} widgets per hour and Machine B makes {b} widgets per hour. Working together, how many hours will it take them to make {n} widgets?",
  "the time needed", dict(),
  [("combined", ("+", "a", "b"), "widgets per hour", "combined rate", "Together they make {v}."),
   ("hours", ("/", "n", "combined"), "hours", "time needed", "It takes them {v}.")],
  [dict(a=120, b=80, n=1000), dict(a=45, b=30, n=600), dict(a=150, b=90, n=1800)])

T("fence_two_painters", "work_rate",
  "Ava can paint a fence in {ta} hours, and Ben can paint the same fence in {tb} hours. Working together at these rates, how many hours will it take them to paint the fence?",
  "the time working together", dict(ta="hours", tb="hours"),
  [("af", ("/", "L", "ta"), "fences", "number of fences Ava paints", "In {L} hours Ava could paint {v}."),
   ("bf", ("/", "L", "tb"), "fences", "number of fences Ben paints", "In {L} hours Ben could paint {v}."),
   ("tot", ("+", "af", "bf"), "fences", "number of fences painted together", "Together they paint {v} in {L} hours."),
   ("time", ("/", "L", "tot"), "hours", "time for one fence", "So one fence takes them {v}.")],
  [dict(ta=6, tb=3, L=6), dict(ta=12, tb=4, L=12), dict(ta=10, tb=15, L=30)])

T("wall_workers_days", "work_rate",
  "{w1} workers can build a wall in {d1} days. Working at the same rate, how many days would {w2} workers need to build the same wall?",
  "the number of days", dict(d1="days"),
  [("wd", ("*", "w1", "d1"), "worker-days", "total work", "The wall takes {v} of work."),
   ("days", ("/", "wd", "w2"), "days", "days for {w2} workers", "{w2} workers need {v}.")],
  [dict(w1=5, d1=12, w2=6), dict(w1=8, d1=9, w2=12), dict(w1=6, d1=10, w2=4)])

T("tank_fill_minutes", "work_rate",
  "A water tank holds {cap} liters and currently has {cur} liters in it. A hose fills it at {r} liters per minute. How many minutes will it take to fill the tank?",
  "the filling time", dict(cap="liters", cur="liters"),
  [("need", ("-", "cap", "cur"), "liters", "water still needed", "The tank needs {v} more."),
   ("minutes", ("/", "need", "r"), "minutes", "filling time", "It takes {v} to fill.")],
  [dict(cap=500, cur=140, r=12), dict(cap=1200, cur=300, r=45), dict(cap=750, cur=210, r=18)])

# ---------------- clock times and durations ----------------
T("workshop_duration", "clock_time",
  "A workshop starts at {start} and ends at {end} the same day. How many minutes long is the workshop?",
  "the length of the workshop", dict(),
  [("e", ("+", ("*", "eh", 60), "em"), "minutes", "end time in minutes after midnight", "{end} is {v} after midnight."),
   ("s", ("+", ("*", "sh", 60), "sm"), "minutes", "start time in minutes after midnight", "{start} is {v} after midnight."),
   ("dur", ("-", "e", "s"), "minutes", "length of the workshop", "The workshop lasts {v}.")],
  [dict(start="9:45 AM", end="2:15 PM", sh=9, sm=45, eh=14, em=15),
   dict(start="8:30 AM", end="11:50 AM", sh=8, sm=30, eh=11, em=50),
   dict(start="10:20 AM", end="3:05 PM", sh=10, sm=20, eh=15, em=5)])

T("nurse_shift_pay", "clock_time",
  "A nurse works from {start} to {end} with a {b}-minute unpaid break. She earns ${r} per hour. How much does she earn for the shift?",
  "her pay for the shift", dict(r="$", b="minutes"),
  [("span", ("-", "eh", "sh"), "hours", "time from start to finish", "From {start} to {end} is {v}."),
   ("brk", ("/", "b", 60), "hours", "break in hours", "The break is {v}."),
   ("paid", ("-", "span", "brk"), "hours", "paid time", "She is paid for {v}."),
   ("pay", ("*", "paid", "r"), "$", "pay for the shift", "She earns {v} for the shift.")],
  [dict(start="7:30 AM", end="4:00 PM", sh="7.5", eh=16, b=30, r=22),
   dict(start="6:00 AM", end="2:30 PM", sh=6, eh="14.5", b=30, r="24.50"),
   dict(start="9:00 AM", end="6:00 PM", sh=9, eh=18, b=60, r="18.75")])

T("bus_commute_week", "clock_time",
  "Jamal's bus ride to work takes {h} hour {m} minutes each way. He commutes {d} days a week. How many hours does he spend on the bus each week? Round to two decimal places if needed.",
  "his weekly time on the bus", dict(),
  [("one", ("+", ("*", "h", 60), "m"), "minutes", "one-way ride in minutes", "One ride is {v}."),
   ("day", ("twice", "one"), "minutes", "daily commute", "Each day he rides {v}."),
   ("week", ("*", "day", "d"), "minutes", "weekly commute in minutes", "Each week he rides {v}."),
   ("hours", ("round", ("/", "week", 60)), "hours", "weekly commute in hours", "That is about {v} per week.")],
  [dict(h=1, m=10, d=5), dict(h=1, m=25, d=4), dict(h=1, m=15, d=5)])

T("cookie_batches_timer", "clock_time",
  "Each batch of cookies bakes for {b} minutes, and Kim needs {g} minutes between batches to reload the oven. She bakes {n} batches, putting the first one in at {start}. How many minutes after {start} does the last batch come out?",
  "the total time", dict(b="minutes", g="minutes"),
  [("bake", ("*", "n", "b"), "minutes", "total baking time", "The {b}-minute bakes take {v} in all."),
   ("gaps", ("*", ("-", "n", 1), "g"), "minutes", "time spent reloading", "Reloading takes {v}."),
   ("total", ("+", "bake", "gaps"), "minutes", "total time", "The last batch comes out {v} after {start}.")],
  [dict(b=12, g=4, n=5, start="3:20 PM"), dict(b=15, g=5, n=4, start="1:45 PM"), dict(b=9, g=3, n=6, start="10:10 AM")])

# ---------------- calendar ----------------
T("book_weeks", "calendar",
  "Sam reads {p} pages every day. His book has {n} pages. How many weeks will it take him to finish the book?",
  "the number of weeks", dict(),
  [("days", ("/", "n", "p"), "days", "days to finish", "He needs {v}."),
   ("weeks", ("/", "days", 7), "weeks", "weeks to finish", "That is {v}.")],
  [dict(p=15, n=420), dict(p=12, n=504), dict(p=20, n=700)])

T("plant_growth_days", "calendar",
  "A sunflower is {h} cm tall and grows {g} cm per week. How tall will it be after {d} days?",
  "the sunflower's height", dict(h="cm", g="cm"),
  [("weeks", ("/", "d", 7), "weeks", "number of weeks", "{d} days is {v}."),
   ("growth", ("*", "weeks", "g"), "cm", "growth", "It grows {v}."),
   ("height", ("+", "h", "growth"), "cm", "final height", "The sunflower will be {v} tall.")],
  [dict(h=12, g=2, d=63), dict(h="8.5", g="1.5", d=42), dict(h=20, g="2.5", d=56)])

T("gym_membership_days", "calendar",
  "A gym membership costs ${c} per week plus a one-time ${f} sign-up fee. How much does it cost to be a member for {d} days?",
  "the cost of the membership", dict(c="$", f="$"),
  [("weeks", ("/", "d", 7), "weeks", "number of weeks", "{d} days is {v}."),
   ("cost", ("*", "weeks", "c"), "$", "weekly charges", "The weekly charges add up to {v}."),
   ("total", ("+", "cost", "f"), "$", "total cost", "The membership costs {v} in total.")],
  [dict(c="12.50", f=25, d=91), dict(c="9.75", f=20, d=84), dict(c=15, f=30, d=70)])

T("vacation_hotel_nights", "calendar",
  "The Parks go on vacation for {w} weeks and {d} days and stay in a hotel every night. The hotel charges ${c} per night. If the number of nights equals the number of days, how much do they pay for the hotel?",
  "the hotel bill", dict(c="$"),
  [("days", ("+", ("*", "w", 7), "d"), "nights", "number of nights", "They stay {v}."),
   ("cost", ("*", "days", "c"), "$", "hotel bill", "The hotel costs {v}.")],
  [dict(w=2, d=3, c=89), dict(w=1, d=5, c=120), dict(w=3, d=2, c="75.50")])

# ---------------- fractions of a quantity ----------------
T("sheep_fractions", "fractions",
  "A farmer has {n} sheep. {a}/{b} of them are white, and {c}/{d} of the white sheep are lambs. How many white lambs are there?",
  "the number of white lambs", dict(),
  [("white", ("frac", "a", "b", "n"), "sheep", "number of white sheep", "There are {v} that are white."),
   ("lambs", ("frac", "c", "d", "white"), "white lambs", "number of white lambs", "So there are {v}.")],
  [dict(n=120, a=3, b=4, c=2, d=5), dict(n=200, a=3, b=5, c=1, d=4), dict(n=84, a=5, b=7, c=1, d=3)])

T("muffins_left", "fractions",
  "A bakery made {n} muffins. It sold {a}/{b} of them in the morning and {c}/{d} of the remaining muffins in the afternoon. How many muffins were left at closing?",
  "the number of muffins left", dict(),
  [("morning", ("frac", "a", "b", "n"), "muffins", "muffins sold in the morning", "{v} were sold in the morning."),
   ("rem", ("-", "n", "morning"), "muffins", "muffins remaining after the morning", "{v} were left after the morning."),
   ("aft", ("frac", "c", "d", "rem"), "muffins", "muffins sold in the afternoon", "{v} were sold in the afternoon."),
   ("left", ("-", "rem", "aft"), "muffins", "muffins left", "So {v} were left.")],
  [dict(n=96, a=5, b=8, c=1, d=3), dict(n=120, a=3, b=4, c=1, d=2), dict(n=72, a=2, b=3, c=3, d=4)])

T("jake_money_fractions", "fractions",
  "Jake had ${m}. He spent {a}/{b} of it on a book and then {c}/{d} of what remained on lunch. How much money does he have left?",
  "the money Jake has left", dict(m="$"),
  [("book", ("frac", "a", "b", "m"), "$", "cost of the book", "The book cost {v}."),
   ("rem", ("-", "m", "book"), "$", "money after the book", "He had {v} left after the book."),
   ("lunch", ("frac", "c", "d", "rem"), "$", "cost of lunch", "Lunch cost {v}."),
   ("left", ("-", "rem", "lunch"), "$", "money left", "Jake has {v} left.")],
  [dict(m=80, a=1, b=4, c=2, d=5), dict(m=90, a=1, b=3, c=1, d=4), dict(m=150, a=2, b=5, c=1, d=6)])

# ---------------- ratios and sharing ----------------
T("share_money_ratio", "ratio",
  "Ella and Finn share ${m} in the ratio {r1}:{r2}. How much money does Finn get?",
  "Finn's share", dict(m="$"),
  [("parts", ("+", "r1", "r2"), "parts", "total number of parts", "There are {v} in all."),
   ("one", ("/", "m", "parts"), "$", "value of one part", "Each part is worth {v}."),
   ("share", ("*", "r2", "one"), "$", "Finn's share", "Finn gets {v}.")],
  [dict(m=360, r1=4, r2=5), dict(m=250, r1=2, r2=3), dict(m=480, r1=3, r2=5)])

T("club_boys_girls", "ratio",
  "The ratio of boys to girls in a chess club is {r1}:{r2}. There are {b} boys in the club. How many members does the club have in total?",
  "the total number of members", dict(),
  [("one", ("/", "b", "r1"), "students", "size of one part", "One part is {v}."),
   ("girls", ("*", "r2", "one"), "girls", "number of girls", "There are {v}."),
   ("total", ("+", "b", "girls"), "members", "total membership", "The club has {v}.")],
  [dict(r1=3, r2=5, b=24), dict(r1=4, r2=3, b=20), dict(r1=2, r2=7, b=18)])

T("green_paint_ratio", "ratio",
  "Green paint is made by mixing blue and yellow paint in the ratio {r1}:{r2}. How many liters of yellow paint are needed to make {vol} liters of green paint?",
  "the amount of yellow paint", dict(vol="liters"),
  [("parts", ("+", "r1", "r2"), "parts", "total parts", "The mix has {v}."),
   ("per", ("/", "vol", "parts"), "liters", "liters per part", "Each part is {v}."),
   ("yellow", ("*", "r2", "per"), "liters", "yellow paint needed", "You need {v} of yellow paint.")],
  [dict(r1=2, r2=3, vol=15), dict(r1=1, r2=4, vol="12.5"), dict(r1=3, r2=5, vol=20)])

# ---------------- averages ----------------
T("test_average", "average",
  "Owen scored {a}, {b}, {c}, and {d} on four math tests. What is his average score?",
  "his average score", dict(),
  [("sum", ("sum", "a", "b", "c", "d"), "points", "sum of the scores", "The scores add up to {v}."),
   ("avg", ("/", "sum", 4), "", "average score", "His average is {v}.")],
  [dict(a=78, b=85, c=92, d=89), dict(a=72, b=88, c=95, d=81), dict(a=65, b=79, c=88, d=92)])

T("fifth_test_needed", "average",
  "Rosa wants an average of {avg} on five tests. Her first four scores are {a}, {b}, {c}, and {d}. What score does she need on the fifth test?",
  "the score she needs", dict(),
  [("needed", ("*", "avg", 5), "points", "total points needed", "She needs {v} in total."),
   ("sum4", ("sum", "a", "b", "c", "d"), "points", "points so far", "She has {v} so far."),
   ("fifth", ("-", "needed", "sum4"), "", "score needed on the fifth test", "She needs a {v} on the fifth test.")],
  [dict(avg=85, a=82, b=90, c=78, d=88), dict(avg=80, a=75, b=84, c=79, d=77), dict(avg=90, a=88, b=92, c=85, d=94)])

T("weekly_temperature_avg", "average",
  "The high temperatures one week were {a}, {b}, {c}, {e}, {f}, {g}, and {h} degrees Fahrenheit. What was the average high temperature, rounded to two decimal places?",
  "the average high temperature", dict(),
  [("sum", ("sum", "a", "b", "c", "e", "f", "g", "h"), "degrees", "sum of the temperatures", "The temperatures add up to {v}."),
   ("avg", ("round", ("/", "sum", 7)), "degrees", "average temperature", "The average high was about {v}.")],
  [dict(a=68, b=72, c=75, e=70, f=71, g=66, h=74), dict(a=55, b=61, c=58, e=63, f=60, g=57, h=59),
   dict(a=81, b=79, c=84, e=88, f=85, g=80, h=83)])

# ---------------- ages ----------------
T("father_daughter_ages", "ages",
  "Tom is {k} times as old as his daughter, who is {d} years old. What will the sum of their ages be in {y} years?",
  "the sum of their ages", dict(d="years", y="years"),
  [("tom", ("*", "k", "d"), "years old", "Tom's age now", "Tom is {v}."),
   ("tomf", ("+", "tom", "y"), "years old", "Tom's future age", "Tom will be {v}."),
   ("dauf", ("+", "d", "y"), "years old", "daughter's future age", "His daughter will be {v}."),
   ("sum", ("+", "tomf", "dauf"), "years", "sum of their ages", "Their ages will add up to {v}.")],
  [dict(k=3, d=12, y=5), dict(k=4, d=9, y=6), dict(k=3, d=14, y=4)])

T("mia_brother_age", "ages",
  "Mia is {m} years old. Her brother is {k} years younger than twice her age. How old will her brother be when Mia is {t}?",
  "her brother's age then", dict(m="years", k="years"),
  [("bro", ("-", ("twice", "m"), "k"), "years old", "brother's age now", "Her brother is {v}."),
   ("diff", ("-", "bro", "m"), "years", "age difference", "He is {v} older than Mia."),
   ("ans", ("+", "t", "diff"), "years old", "brother's future age", "He will be {v}.")],
  [dict(m=8, k=3, t=15), dict(m=10, k=4, t=18), dict(m=7, k=2, t=12)])

T("grandma_grandson_ages", "ages",
  "Grandma is {g} years old. {y} years ago, she was {k} times as old as her grandson was then. How old is her grandson now?",
  "the grandson's age now", dict(g="years", y="years"),
  [("gthen", ("-", "g", "y"), "years old", "Grandma's age {y} years ago", "Grandma was {v}."),
   ("sthen", ("/", "gthen", "k"), "years old", "grandson's age {y} years ago", "Her grandson was {v}."),
   ("snow", ("+", "sthen", "y"), "years old", "grandson's age now", "Her grandson is {v} now.")],
  [dict(g=70, y=6, k=4), dict(g=66, y=6, k=5), dict(g=75, y=3, k=6)])

# ---------------- area / perimeter / volume ----------------
T("garden_fence_cost", "geometry",
  "A rectangular garden is {l} m long and {w} m wide. Fencing costs ${c} per meter. How much will it cost to fence the whole garden?",
  "the cost of the fence", dict(l="m", w="m", c="$"),
  [("perim", ("*", 2, ("+", "l", "w")), "m", "perimeter", "The perimeter is {v}."),
   ("cost", ("*", "perim", "c"), "$", "cost of fencing", "Fencing costs {v}.")],
  [dict(l=12, w="8.5", c=6), dict(l=15, w=10, c="7.50"), dict(l="9.5", w=6, c="4.20")])

T("room_tile_boxes", "geometry",
  "A room is {l} ft long and {w} ft wide. Each tile covers {t} square feet, and tiles are sold in boxes of {b}. How many boxes are needed to cover the floor exactly?",
  "the number of boxes", dict(l="ft", w="ft"),
  [("area", ("*", "l", "w"), "square feet", "floor area", "The floor is {v}."),
   ("tiles", ("/", "area", "t"), "tiles", "number of tiles", "That takes {v}."),
   ("boxes", ("/", "tiles", "b"), "boxes", "number of boxes", "So {v} are needed.")],
  [dict(l=15, w=12, t=4, b=9), dict(l=16, w=12, t=2, b=12), dict(l=20, w=18, t=4, b=10)])

T("aquarium_liters", "geometry",
  "An aquarium is {l} cm long, {w} cm wide, and {h} cm tall. If 1 liter is 1,000 cubic centimeters, how many liters of water does it hold when full?",
  "the capacity in liters", dict(l="cm", w="cm", h="cm"),
  [("vol", ("prod", "l", "w", "h"), "cubic cm", "volume", "The volume is {v}."),
   ("liters", ("/", "vol", 1000), "liters", "capacity in liters", "It holds {v}.")],
  [dict(l=60, w=30, h=40), dict(l=50, w=25, h=30), dict(l=80, w=35, h=45)])

T("paint_two_walls", "geometry",
  "Luis is painting two walls that are each {l} ft wide and {h} ft tall. Paint and supplies cost ${c} per square foot. How much will it cost?",
  "the cost of painting", dict(l="ft", h="ft", c="$"),
  [("one", ("*", "l", "h"), "square feet", "area of one wall", "One wall is {v}."),
   ("both", ("twice", "one"), "square feet", "area of both walls", "Both walls are {v}."),
   ("cost", ("*", "both", "c"), "$", "cost", "It will cost {v}.")],
  [dict(l=12, h=9, c="0.45"), dict(l=14, h=8, c="0.35"), dict(l=10, h="8.5", c="0.60")])

T("triangular_sails", "geometry",
  "A triangular sail has a base of {b} m and a height of {h} m. Sailcloth costs ${c} per square meter. How much does the cloth cost for {n} identical sails?",
  "the cost of the cloth", dict(b="m", h="m", c="$"),
  [("area", ("/", ("*", "b", "h"), 2), "square meters", "area of one sail", "One sail is {v}."),
   ("total", ("*", "n", "area"), "square meters", "total cloth", "All the sails need {v}."),
   ("cost", ("*", "total", "c"), "$", "cost of the cloth", "The cloth costs {v}.")],
  [dict(b=4, h=6, c=12, n=2), dict(b=3, h=5, c="8.50", n=4), dict(b=5, h=7, c=10, n=2)])

# ---------------- unit conversions ----------------
T("ribbon_pieces_cm", "conversion",
  "A ribbon is {m} m long. How many {c}-cm pieces can be cut from it?",
  "the number of pieces", dict(m="m", c="cm"),
  [("cm", ("*", "m", 100), "cm", "length in centimeters", "The {m}-meter ribbon is {v} long."),
   ("pieces", ("/", "cm", "c"), "pieces", "number of pieces", "You can cut {v}.")],
  [dict(m="4.5", c=30), dict(m="3.6", c=12), dict(m="2.4", c=15)])

T("bakery_flour_kg", "conversion",
  "A bakery uses {g} g of flour per loaf. Flour costs ${p} per kilogram. How much does the flour for {n} loaves cost?",
  "the cost of the flour", dict(g="g", p="$"),
  [("grams", ("*", "g", "n"), "g", "flour in grams", "They need {v} of flour."),
   ("kg", ("/", "grams", 1000), "kg", "flour in kilograms", "That is {v}."),
   ("cost", ("*", "kg", "p"), "$", "cost of the flour", "The flour costs {v}.")],
  [dict(g=250, n=12, p="1.20"), dict(g=450, n=20, p="0.95"), dict(g=375, n=16, p="1.40")])

T("piano_practice_hours", "conversion",
  "Hana practices piano for {m} minutes a day, {d} days a week. How many hours does she practice in {w} weeks?",
  "her total practice time in hours", dict(m="minutes"),
  [("week", ("*", "m", "d"), "minutes", "practice per week", "Her {m}-minute sessions add up to {v} each week."),
   ("total", ("*", "week", "w"), "minutes", "total practice in minutes", "In {w} weeks that is {v}."),
   ("hours", ("/", "total", 60), "hours", "total practice in hours", "She practices {v} in total.")],
  [dict(m=45, d=6, w=4), dict(m=40, d=5, w=6), dict(m=35, d=4, w=9)])

T("board_shelves_inches", "conversion",
  "A board is {f} feet long. Gus cuts it into shelves that are {i} inches long, and each shelf needs 2 brackets. How many brackets does he need?",
  "the number of brackets", dict(f="feet", i="inches"),
  [("inches", ("*", "f", 12), "inches", "board length in inches", "The {f}-foot board is {v} long."),
   ("shelves", ("/", "inches", "i"), "shelves", "number of shelves", "He gets {v}."),
   ("brackets", ("twice", "shelves"), "brackets", "number of brackets", "He needs {v}.")],
  [dict(f=8, i=16), dict(f=10, i=15), dict(f=6, i=9)])

T("sugar_tablespoons", "conversion",
  "A recipe needs {a}/{b} cup of sugar per batch. Jen is making {n} batches. If 1 cup is 16 tablespoons, how many tablespoons of sugar does she need?",
  "the sugar in tablespoons", dict(),
  [("cups", ("frac", "a", "b", "n"), "cups", "sugar in cups", "She needs {v} of sugar."),
   ("tbsp", ("*", "cups", 16), "tablespoons", "sugar in tablespoons", "That is {v}.")],
  [dict(a=3, b=4, n=6), dict(a=2, b=3, n=9), dict(a=1, b=4, n=10)])

T("punch_glasses", "conversion",
  "For a party, Omar mixes {q} quarts of juice with {c} cups of soda. There are 4 cups in a quart. Each glass holds {g} cup of punch. How many glasses can he fill?",
  "the number of glasses", dict(q="quarts", c="cups", g="cups"),
  [("jc", ("*", "q", 4), "cups", "juice in cups", "The juice is {v}."),
   ("total", ("+", "jc", "c"), "cups", "total punch", "There are {v} of punch."),
   ("glasses", ("/", "total", "g"), "glasses", "number of glasses", "He can fill {v}.")],
  [dict(q=3, c=6, g="0.5"), dict(q=2, c=4, g="0.75"), dict(q=5, c=10, g="1.5")])

# ---------------- savings over weeks ----------------
T("bike_savings_weeks", "savings",
  "Kai wants a bike that costs ${price}. He has already saved ${have} and saves ${s} each week. How many more weeks does he need to save?",
  "the number of weeks", dict(price="$", have="$", s="$"),
  [("need", ("-", "price", "have"), "$", "amount still needed", "He still needs {v}."),
   ("weeks", ("/", "need", "s"), "weeks", "weeks of saving", "At ${s} a week, he needs {v} more.")],
  [dict(price=240, have=60, s=15), dict(price=180, have=45, s=9), dict(price=325, have=85, s=12)])

T("allowance_saving_game", "savings",
  "Zoe gets ${allow} allowance each week and saves {a}/{b} of it. After {w} weeks she buys a game for ${spend}. How much of her savings is left?",
  "the savings left", dict(allow="$", spend="$"),
  [("save", ("frac", "a", "b", "allow"), "$", "weekly savings", "She saves {v} a week."),
   ("total", ("*", "save", "w"), "$", "total saved", "After {w} weeks she has {v}."),
   ("left", ("-", "total", "spend"), "$", "savings left", "She has {v} left.")],
  [dict(allow=12, a=3, b=4, w=10, spend=35), dict(allow=15, a=2, b=3, w=8, spend=42),
   dict(allow=20, a=3, b=5, w=12, spend=64)])

T("increasing_savings", "savings",
  "Ivy saves ${f} in the first week and then ${inc} more each week than the week before. How much has she saved in total after {n} weeks?",
  "her total savings", dict(f="$", inc="$"),
  [("last", ("+", "f", ("*", ("-", "n", 1), "inc")), "$", "amount saved in the last week", "In the last week she saves {v}."),
   ("total", ("/", ("*", ("+", "f", "last"), "n"), 2), "$", "total savings", "She has saved {v} in total.")],
  [dict(f=5, inc=2, n=6), dict(f=10, inc=5, n=8), dict(f=3, inc="1.50", n=10)])

# ---------------- simple interest ----------------
T("deposit_simple_interest", "interest",
  "Mr. Okafor deposits ${P} in an account that pays {r}% simple interest per year. How much is in the account after {y} years?",
  "the balance after {y} years", dict(P="$", r="%", y="years"),
  [("yearly", ("pct", "r", "P"), "$", "interest per year", "Each year earns {v}."),
   ("interest", ("*", "yearly", "y"), "$", "total interest", "Over {y} years the interest is {v}."),
   ("total", ("+", "P", "interest"), "$", "final balance", "The account will hold {v}.")],
  [dict(P=1500, r=4, y=3), dict(P=2000, r="3.5", y=4), dict(P=800, r=5, y=2)])

T("loan_months_interest", "interest",
  "Dee borrows ${P} at {r}% simple annual interest and repays everything after {m} months. How much does she repay in total?",
  "the total repaid", dict(P="$", r="%", m="months"),
  [("yearly", ("pct", "r", "P"), "$", "interest for one year", "One year of interest is {v}."),
   ("years", ("/", "m", 12), "years", "loan length in years", "{m} months is {v}."),
   ("interest", ("*", "yearly", "years"), "$", "total interest", "The interest is {v}."),
   ("total", ("+", "P", "interest"), "$", "total repaid", "She repays {v}.")],
  [dict(P=2400, r=5, m=18), dict(P=3000, r=4, m=30), dict(P=1200, r=6, m=9)])

# ---------------- recipes ----------------
T("recipe_flour_scale", "recipe",
  "A pancake recipe for {old} servings uses {cups} cups of flour. How many cups of flour are needed for {new} servings?",
  "the flour needed", dict(cups="cups"),
  [("factor", ("/", "new", "old"), "", "scale factor", "The recipe is scaled by {v}."),
   ("flour", ("*", "factor", "cups"), "cups", "flour needed", "You need {v} of flour.")],
  [dict(old=4, new=10, cups="2.5"), dict(old=6, new=9, cups=3), dict(old=8, new=20, cups="1.5")])

T("cookie_sugar_more", "recipe",
  "A cookie recipe makes {base} cookies and uses {s} cups of sugar. Beth wants to make {want} cookies and has {have} cups of sugar. How many more cups of sugar does she need?",
  "the extra sugar needed", dict(s="cups", have="cups"),
  [("factor", ("/", "want", "base"), "", "scale factor", "She is making {v} times the recipe."),
   ("sugar", ("*", "factor", "s"), "cups", "sugar needed", "She needs {v} of sugar."),
   ("more", ("-", "sugar", "have"), "cups", "extra sugar", "She needs {v} more.")],
  [dict(base=12, want=60, s="1.5", have=4), dict(base=24, want=72, s=2, have="2.5"),
   dict(base=20, want=50, s="1.5", have=2)])

# ---------------- multi-step inventory ----------------
T("store_cans_inventory", "inventory",
  "A store had {a} cans of soup. It sold {s1} cans on Monday, received a shipment of {ship} cans on Tuesday, and sold {s2} cans on Wednesday. How many cans are left?",
  "the number of cans left", dict(),
  [("x1", ("-", "a", "s1"), "cans", "cans after Monday", "After Monday there are {v}."),
   ("x2", ("+", "x1", "ship"), "cans", "cans after the shipment", "After the shipment there are {v}."),
   ("x3", ("-", "x2", "s2"), "cans", "cans after Wednesday", "So {v} are left.")],
  [dict(a=250, s1=87, ship=120, s2=96), dict(a=400, s1=135, ship=200, s2=180), dict(a=180, s1=64, ship=150, s2=118)])

T("warehouse_bottles", "inventory",
  "A warehouse has {boxes} boxes with {per} bottles in each box. It ships out {sb} full boxes and {loose} loose bottles. How many bottles remain?",
  "the bottles remaining", dict(),
  [("total", ("*", "boxes", "per"), "bottles", "bottles at the start", "The warehouse starts with {v}."),
   ("shipped", ("+", ("*", "sb", "per"), "loose"), "bottles", "bottles shipped", "It ships {v}."),
   ("left", ("-", "total", "shipped"), "bottles", "bottles remaining", "{v} remain.")],
  [dict(boxes=36, per=24, sb=15, loose=50), dict(boxes=40, per=12, sb=22, loose=30), dict(boxes=25, per=18, sb=12, loose=40)])

T("bakery_rolls_bags", "inventory",
  "A bakery bakes {trays} trays of rolls with {per} rolls on each tray. It sells {a}/{b} of the rolls, then packs the rest into bags of {bag}. How many bags does it fill?",
  "the number of bags", dict(),
  [("total", ("*", "trays", "per"), "rolls", "rolls baked", "The bakery bakes {v}."),
   ("sold", ("frac", "a", "b", "total"), "rolls", "rolls sold", "It sells {v}."),
   ("left", ("-", "total", "sold"), "rolls", "rolls left", "{v} are left."),
   ("bags", ("/", "left", "bag"), "bags", "bags filled", "That fills {v}.")],
  [dict(trays=8, per=18, a=3, b=4, bag=6), dict(trays=6, per=24, a=2, b=3, bag=8), dict(trays=10, per=15, a=4, b=5, bag=5)])

# ---------------- misc multi-step ----------------
T("play_ticket_revenue", "shopping",
  "A school play sells adult tickets for ${pa} and child tickets for ${pc}. On opening night they sell {na} adult tickets and {nc} child tickets. How much money do they collect?",
  "the money collected", dict(pa="$", pc="$"),
  [("adults", ("*", "na", "pa"), "$", "adult ticket sales", "Adult tickets bring in {v}."),
   ("kids", ("*", "nc", "pc"), "$", "child ticket sales", "Child tickets bring in {v}."),
   ("total", ("+", "adults", "kids"), "$", "total collected", "They collect {v}.")],
  [dict(pa="12.50", pc="7.25", na=40, nc=25), dict(pa="9.75", pc=6, na=65, nc=30), dict(pa=15, pc="8.50", na=120, nc=48)])

T("phone_plan_texts", "shopping",
  "A phone plan costs ${base} per month and includes {lim} texts. Each extra text costs ${rate}. Mia sends {texts} texts this month. What is her bill?",
  "Mia's bill", dict(base="$", rate="$"),
  [("extra", ("-", "texts", "lim"), "texts", "extra texts", "She sends {v} beyond the plan."),
   ("cost", ("*", "extra", "rate"), "$", "cost of extra texts", "The extra texts cost {v}."),
   ("total", ("+", "base", "cost"), "$", "monthly bill", "Her bill is {v}.")],
  [dict(base=35, lim=200, texts=340, rate="0.10"), dict(base=40, lim=300, texts=460, rate="0.05"),
   dict(base=25, lim=100, texts=175, rate="0.20")])

T("road_trip_fuel_cost", "unit_price",
  "A car gets {mpg} miles per gallon. Gas costs ${price} per gallon. To the nearest cent, how much does gas cost for a {d}-mile trip? (Round the gallons to two decimal places first.)",
  "the cost of gas", dict(mpg="mpg", price="$", d="miles"),
  [("gal", ("round", ("/", "d", "mpg")), "gallons", "gallons used", "The trip uses about {v}."),
   ("cost", ("round", ("*", "gal", "price")), "$", "cost of gas", "Gas costs about {v}.")],
  [dict(mpg=32, price="3.49", d=250), dict(mpg=28, price="3.59", d=300), dict(mpg=24, price="3.25", d=180)])

T("overtime_pay", "shopping",
  "Rita earns ${rate} per hour for the first 40 hours of a week and 1.5 times that rate for every hour after 40. How much does she earn in a week when she works {hours} hours?",
  "her weekly earnings", dict(rate="$", hours="hours"),
  [("regular", ("*", 40, "rate"), "$", "regular pay", "Her regular pay is {v}."),
   ("otrate", ("*", F(3, 2), "rate"), "$", "overtime rate", "Her overtime rate is {v} per hour."),
   ("othours", ("-", "hours", 40), "hours", "overtime hours", "She works {v} of overtime."),
   ("otpay", ("*", "othours", "otrate"), "$", "overtime pay", "Overtime pays {v}."),
   ("total", ("+", "regular", "otpay"), "$", "total pay", "She earns {v} that week.")],
  [dict(rate=16, hours=46), dict(rate="18.50", hours=44), dict(rate=22, hours=50)])

T("stickers_twice_half", "comparison",
  "Lily has {l} stickers. Max has twice as many stickers as Lily, and Zoe has half as many stickers as Max. How many stickers do they have altogether?",
  "the total number of stickers", dict(),
  [("mx", ("twice", "l"), "stickers", "Max's stickers", "Max has {v}."),
   ("zoe", ("half", "mx"), "stickers", "Zoe's stickers", "Zoe has {v}."),
   ("total", ("sum", "l", "mx", "zoe"), "stickers", "total stickers", "Together they have {v}.")],
  [dict(l=15), dict(l=24), dict(l=36)])

T("pizza_party_cost", "shopping",
  "At a party, {k} kids each eat {s} slices of pizza. Each pizza has 8 slices and costs ${c}. How much does the pizza cost?",
  "the cost of the pizza", dict(c="$"),
  [("slices", ("*", "k", "s"), "slices", "slices eaten", "The kids eat {v}."),
   ("pizzas", ("/", "slices", 8), "pizzas", "pizzas needed", "That is {v}."),
   ("cost", ("*", "pizzas", "c"), "$", "cost of the pizza", "The pizza costs {v}.")],
  [dict(k=12, s=2, c="10.50"), dict(k=16, s=3, c="12.75"), dict(k=20, s=2, c="9.99")])


T("marbles_half_twice", "comparison",
  "Ben has {b} marbles. Carla has half as many marbles as Ben, and Dev has {e} more than twice as many as Carla. How many marbles do the three of them have together?",
  "the total number of marbles", dict(),
  [("carla", ("half", "b"), "marbles", "Carla's marbles", "Carla has {v}."),
   ("dev", ("+", ("twice", "carla"), "e"), "marbles", "Dev's marbles", "Dev has {v}."),
   ("total", ("sum", "b", "carla", "dev"), "marbles", "total marbles", "Together they have {v}.")],
  [dict(b=48, e=5), dict(b=36, e=7), dict(b=60, e=4)])

T("library_fiction_mysteries", "fractions",
  "A library has {n} books. Half of them are fiction, and {p}% of the fiction books are mysteries. How many fiction books are not mysteries?",
  "the number of fiction books that are not mysteries", dict(p="%"),
  [("fiction", ("half", "n"), "books", "number of fiction books", "There are {v} of fiction."),
   ("myst", ("pct", "p", "fiction"), "books", "number of mysteries", "{v} are mysteries."),
   ("non", ("-", "fiction", "myst"), "books", "fiction books that are not mysteries", "So {v} are not mysteries.")],
  [dict(n=840, p=25), dict(n=1200, p=15), dict(n=960, p=30)])
