"""Word-problem templates.

Each template: id, category, problem text, variable specs, 2-5 steps, answer phrase.
Placeholders in text: {A} {B} {C} names, {he} {him} {his} {He} {His} (for A),
{Bhe} ... for B, variables by name, {U_kg} / {Us_kg} unit names (singular/plural)
in the style's convention, {month}.
A step is S(name, expression, result type, label, say): expression uses one of
+ - * / on variable/step names and literals, or pct(p,x), frac(f,x), rpct(a,b),
tdiff(t2,t1) (minutes), tdiffh(t2,t1) (hours).  Result types: '$' money,
'#' count (optionally '#noun'), '%' percentage, or a unit key from core.UNITS.
Labels are singular noun phrases without digits.
"""
from core import I, M, Note, Coin, D, P, Fc, T, Day, Ch, L, S, T_

TEMPLATES = []


def add(*a, **k):
    TEMPLATES.append(T_(*a, **k))


# ====================================================================== shopping
add("muffins_coffee", "shopping",
    "{A} buys {n} muffins at {p} each and {k} coffees at {q} each. How much does {A} spend altogether?",
    dict(n=I(3, 9), p=M(1.2, 3.5, 0.05), k=I(2, 5), q=M(1.8, 3.6, 0.1)),
    [S("mu", "n*p", "$", "cost of the muffins", "{A} spends {e} on muffins"),
     S("co", "k*q", "$", "cost of the coffees", "the coffees cost {e}"),
     S("tot", "mu+co", "$", "total spent")],
    ans="{A} spends {r} altogether")

add("fruit_change", "shopping",
    "{A} buys {n} of apples at {p} per {U_kg} and {m} of pears at {q} per {U_kg}. {He} pays with a {c} note. How much change does {he} get?",
    dict(n=D(1, 4, 0.5, "kg"), p=M(1.2, 3, 0.1), m=D(0.5, 3, 0.5, "kg"), q=M(1.5, 3.5, 0.1), c=Note(1)),
    [S("ap", "n*p", "$", "cost of the apples", "the apples cost {e}"),
     S("pe", "m*q", "$", "cost of the pears", "the pears cost {e}"),
     S("tot", "ap+pe", "$", "total cost"),
     S("chg", "c-tot", "$", "change")],
    ans="{A} gets {r} in change")

add("school_uniform", "shopping",
    "{A} buys {n} school shirts at {p} each, {k} pairs of trousers at {q} a pair and a jumper for {j}. How much does {he} spend on uniform?",
    dict(n=I(2, 5), p=M(4, 9, 0.5), k=I(2, 3), q=M(8, 16, 0.5), j=M(10, 20, 0.5)),
    [S("sh", "n*p", "$", "cost of the shirts"),
     S("tr", "k*q", "$", "cost of the trousers"),
     S("tot", "sh+tr+j", "$", "total cost of the uniform")],
    ans="{A} spends {r} on uniform")

add("stationery_left", "shopping",
    "{A} has {b} to spend on stationery. {He} buys {n} notebooks at {p} each and a pack of pens for {q}. How much money does {he} have left?",
    dict(b=Note(0), n=I(2, 6), p=M(0.8, 2.5, 0.05), q=M(1.5, 4, 0.25)),
    [S("nb", "n*p", "$", "cost of the notebooks", "the notebooks cost {e}"),
     S("sp", "nb+q", "$", "amount spent"),
     S("left", "b-sp", "$", "money left")],
    ans="{A} has {r} left")

add("multipack_saving", "shopping",
    "A multipack of {n} yoghurts costs {p}. Single yoghurts cost {q} each. How much does {A} save by buying the multipack instead of {n} single yoghurts?",
    dict(n=Ch([4, 6, 8, 12]), p=M(1.5, 4, 0.05), q=M(0.45, 0.9, 0.05)),
    [S("si", "n*q", "$", "cost of the single yoghurts", "buying them singly would cost {e}"),
     S("sv", "si-p", "$", "saving")],
    ans="{A} saves {r}")

add("market_veg", "shopping",
    "At the market {A} buys {a} of potatoes at {p} per {U_kg}, {b} of carrots at {q} per {U_kg} and a bunch of herbs for {h}. What is the total cost?",
    dict(a=D(1.5, 5, 0.5, "kg"), p=M(0.6, 1.6, 0.1), b=D(0.5, 2, 0.5, "kg"), q=M(0.8, 2, 0.1), h=M(0.8, 2, 0.1)),
    [S("po", "a*p", "$", "cost of the potatoes"),
     S("ca", "b*q", "$", "cost of the carrots"),
     S("tot", "po+ca+h", "$", "total cost")],
    ans="the total cost is {r}")

add("rice_bag_rate", "shopping",
    "A bag of rice weighing {w} costs {p}. At the same price per kilogram, how much would {n} of rice cost?",
    dict(w=Ch([2, 4, 5, 10], "kg"), p=M(3, 16, 0.2), n=D(1, 15, 0.5, "kg")),
    [S("per", "p/w", "$", "price per kilogram"),
     S("cost", "per*n", "$", "cost of the rice", "the rice would cost {e}")],
    ans="the rice would cost {r}")

add("phone_contract", "shopping",
    "A phone contract costs {m} a month for {k} months plus {u} up front. Buying the phone outright costs {s} and a SIM-only deal costs {o} a month. Over the {k} months, how much more does the contract cost?",
    dict(m=M(25, 55, 1), k=Ch([12, 24]), u=M(20, 80, 10), s=M(250, 600, 10), o=M(6, 15, 1)),
    [S("con", "m*k", "$", "total of the monthly contract payments"),
     S("ct", "con+u", "$", "total cost of the contract"),
     S("so", "o*k", "$", "total of the SIM-only payments"),
     S("alt", "s+so", "$", "cost of buying outright with SIM-only"),
     S("diff", "ct-alt", "$", "extra cost of the contract")],
    ans="the contract costs {r} more")

add("trainers_half_price", "shopping",
    "Trainers cost {p} a pair, and a second pair is half price. {A} buys two pairs and some socks for {s}. How much does {A} pay?",
    dict(p=M(30, 90, 1), s=M(3, 9, 0.5)),
    [S("half", "p/2", "$", "price of the second pair"),
     S("pairs", "p+half", "$", "cost of the two pairs"),
     S("tot", "pairs+s", "$", "total paid")],
    ans="{A} pays {r}")

add("food_shop_split", "shopping",
    "{A} and {B} split the cost of a food shop equally. They buy {n} of chicken at {p} per {U_kg}, vegetables for {v} and bread for {b}. How much does each of them pay?",
    dict(n=D(1, 3, 0.5, "kg"), p=M(4, 9, 0.1), v=M(4, 12, 0.1), b=M(1, 3, 0.05)),
    [S("ch", "n*p", "$", "cost of the chicken"),
     S("tot", "ch+v+b", "$", "total bill"),
     S("each", "tot/2", "$", "amount each pays", "each of them pays {e}")],
    ans="each of them pays {r}")

add("petrol_coffee", "shopping",
    "{A} puts {l} of petrol in the car at {p} per {U_l} and buys a coffee for {c}. How much does {he} spend at the petrol station?",
    dict(l=D(20, 55, 0.5, "l"), p=M(1.3, 1.9, 0.01), c=M(1.8, 3.5, 0.05)),
    [S("pet", "l*p", "$", "cost of the petrol"),
     S("tot", "pet+c", "$", "total spent")],
    ans="{A} spends {r} at the petrol station")

add("gift_voucher", "shopping",
    "{A} has a gift voucher worth {v}. {He} buys {n} paperbacks at {p} each and a hardback for {h}. How much does {he} have to pay on top of the voucher?",
    dict(v=M(10, 25, 5), n=I(2, 5), p=M(5, 9, 0.5), h=M(12, 25, 0.5)),
    [S("pb", "n*p", "$", "cost of the paperbacks"),
     S("tot", "pb+h", "$", "total cost of the books"),
     S("extra", "tot-v", "$", "amount to pay on top of the voucher")],
    ans="{A} pays {r} on top of the voucher")

add("paint_order_discount", "shopping",
    "{A} orders {n} tins of paint at {p} each and {k} brushes at {q} each. The DIY shop takes {d} off the whole order. How much does {A} pay?",
    dict(n=I(2, 6), p=M(12, 30, 0.5), k=I(2, 4), q=M(3, 8, 0.5), d=P(10, 15, 20, 25)),
    [S("pa", "n*p", "$", "cost of the paint"),
     S("br", "k*q", "$", "cost of the brushes"),
     S("sub", "pa+br", "$", "order total before the discount"),
     S("off", "pct(d,sub)", "$", "discount"),
     S("pay", "sub-off", "$", "amount paid")],
    ans="{A} pays {r}")

add("deli_grams", "shopping",
    "At the deli, {A} buys {g} of cheese at {p} per {U_kg} and {h} of ham at {q} per {U_kg}. How much does {he} pay?",
    dict(g=Ch([200, 250, 300, 400, 500, 750], "g"), p=M(10, 24, 0.4), h=Ch([100, 200, 250, 300, 400], "g"), q=M(12, 28, 0.4)),
    [S("gk", "g/1000", "kg", "weight of cheese in kilograms"),
     S("cc", "gk*p", "$", "cost of the cheese"),
     S("hk", "h/1000", "kg", "weight of ham in kilograms"),
     S("hc", "hk*q", "$", "cost of the ham"),
     S("tot", "cc+hc", "$", "total paid")],
    ans="{A} pays {r}")

add("clothes_return", "shopping",
    "{A} buys a dress for {d} and two tops at {t} each. Later {he} returns one of the tops for a full refund. How much has {he} spent in the end?",
    dict(d=M(20, 60, 0.5), t=M(8, 20, 0.5)),
    [S("tops", "t*2", "$", "cost of the two tops"),
     S("tot", "d+tops", "$", "amount spent at first"),
     S("end", "tot-t", "$", "amount spent after the refund")],
    ans="{A} has spent {r}")

# ====================================================================== food and cooking
add("recipe_scale", "cooking",
    "A recipe for {s} people uses {f} of flour. {A} wants to make it for {n} people. How much flour does {he} need?",
    dict(s=I(4, 6), f=D(300, 600, 50, "g"), n=I(8, 15)),
    [S("pp", "f/s", "g", "amount of flour per person"),
     S("tot", "pp*n", "g", "amount of flour needed")],
    ans="{A} needs {r} of flour")

add("pancake_milk", "cooking",
    "A pancake recipe makes {s} pancakes with {m} of milk. {A} wants to make {n} pancakes. How much milk does {he} need?",
    dict(s=Ch([8, 10, 12]), m=D(200, 400, 50, "ml"), n=I(16, 40, 2)),
    [S("b", "n/s", "", "number of batches"),
     S("milk", "b*m", "ml", "amount of milk needed")],
    ans="{A} needs {r} of milk")

add("cake_slices_fair", "cooking",
    "{A} bakes {c} cakes for a school fair and cuts each into {s} slices. {He} sells all but {k} of the slices for {p} each. How much money does {he} raise?",
    dict(c=I(3, 8), s=Ch([8, 10, 12]), k=I(2, 9), p=M(0.5, 1.5, 0.25)),
    [S("tot", "c*s", "#slices", "number of slices"),
     S("sold", "tot-k", "#slices", "number of slices sold"),
     S("mon", "sold*p", "$", "money raised")],
    ans="{A} raises {r}")

add("jam_jars", "cooking",
    "{A} makes {l} of jam and fills jars that hold {j} each. {He} sells the jars for {p} each. How much does {he} get if {he} sells them all?",
    dict(l=D(1.5, 6, 0.5, "l"), j=Ch([250, 300, 500], "ml"), p=M(2, 4.5, 0.25)),
    [S("ml", "l*1000", "ml", "amount of jam in millilitres"),
     S("jars", "ml/j", "#jars", "number of jars filled"),
     S("mon", "jars*p", "$", "money from the jars")],
    ans="{A} gets {r}")

add("sandwich_bread", "cooking",
    "For a tea party {A} makes {n} rounds of sandwiches. Each round uses {b} slices of bread and a loaf has {l} slices. Loaves cost {p} each. How much does the bread cost?",
    dict(n=I(10, 40), b=Ch([2]), l=Ch([16, 20, 22, 24]), p=M(0.9, 1.8, 0.05)),
    [S("sl", "n*b", "#slices", "number of slices needed"),
     S("lv", "sl/l", "#loaves", "number of loaves"),
     S("cost", "lv*p", "$", "cost of the bread")],
    ans="the bread costs {r}")

add("pizza_bill_split", "cooking",
    "{n} friends order {k} large pizzas at {p} each and garlic bread for {g}. They add a tip of {t} and split the bill equally. How much does each friend pay?",
    dict(n=I(3, 6), k=I(2, 5), p=M(9, 16, 0.5), g=M(3, 6, 0.5), t=M(3, 10, 1)),
    [S("pz", "k*p", "$", "cost of the pizzas"),
     S("tot", "pz+g+t", "$", "total bill"),
     S("each", "tot/n", "$", "amount each friend pays")],
    ans="each friend pays {r}")

add("coffee_beans_cost", "cooking",
    "A café uses {g} of coffee beans for each cup. Beans cost {p} per {U_kg}. How much do the beans cost for {n} cups?",
    dict(g=Ch([7, 8, 9, 10, 12, 14, 15, 16, 18], "g"), p=M(12, 30, 1), n=I(100, 500, 50)),
    [S("tg", "g*n", "g", "amount of beans in grams"),
     S("kg", "tg/1000", "kg", "amount of beans in kilograms"),
     S("cost", "kg*p", "$", "cost of the beans")],
    ans="the beans cost {r}")

add("tea_stall_week", "business",
    "A tea stall sells {n} cups of tea a day at {p} each. Its costs are {c} a day. How much profit does it make in {d} days?",
    dict(n=I(60, 250, 5), p=M(0.6, 1.5, 0.1), c=M(20, 60, 5), d=Ch([5, 6, 7])),
    [S("rev", "n*p", "$", "money taken in one day"),
     S("prof", "rev-c", "$", "profit for one day"),
     S("tot", "prof*d", "$", "profit over the period")],
    ans="the stall makes a profit of {r}")

add("turkey_roast", "cooking",
    "A turkey needs {m} in the oven for every kilogram, plus an extra {x}. The turkey weighs {w}. How long does it need to cook, in hours?",
    dict(m=Ch([20, 30, 40], "min"), x=Ch([20, 30, 40, 60, 90], "min"), w=D(3, 7, 0.5, "kg")),
    [S("base", "m*w", "min", "time for the weight"),
     S("tot", "base+x", "min", "total cooking time in minutes"),
     S("hrs", "tot/60", "h", "cooking time in hours")],
    ans="it needs to cook for {r}")

add("smoothie_litres", "cooking",
    "Each smoothie uses {a} of juice and {b} of yoghurt. How many litres of juice and yoghurt does {A} use for {n} smoothies?",
    dict(a=Ch([150, 200, 250], "ml"), b=Ch([50, 75, 100, 125], "ml"), n=I(4, 20)),
    [S("per", "a+b", "ml", "amount per smoothie"),
     S("tot", "per*n", "ml", "total amount in millilitres"),
     S("lt", "tot/1000", "l", "total amount in litres")],
    ans="{A} uses {r}")

add("bakery_flour_sacks", "cooking",
    "A bakery uses {f} of flour for each loaf and bakes {n} loaves a day. Flour comes in sacks of {b}. How many sacks does it use in {d} days?",
    dict(f=Ch([0.4, 0.5, 0.6, 0.75], "kg"), n=I(40, 200, 10), b=Ch([16, 25, 32], "kg"), d=I(2, 14)),
    [S("day", "f*n", "kg", "flour used each day"),
     S("tot", "day*d", "kg", "flour used altogether"),
     S("sacks", "tot/b", "#sacks", "number of sacks")],
    ans="the bakery uses {r} sacks")

add("service_charge_split", "cooking",
    "A restaurant bill for {n} people comes to {b}. A service charge of {s} is added and they split the total equally. How much does each person pay?",
    dict(n=I(2, 8), b=M(40, 240, 1), s=P(10, 12.5, 15)),
    [S("sc", "pct(s,b)", "$", "service charge"),
     S("tot", "b+sc", "$", "total bill"),
     S("each", "tot/n", "$", "amount each person pays")],
    ans="each person pays {r}")

add("biscuit_tins", "cooking",
    "{A} bakes {n} biscuits. {He} fills {t} tins with {k} biscuits in each and keeps the rest for the family. How many biscuits does {he} keep?",
    dict(n=I(40, 120), t=I(2, 6), k=I(8, 15)),
    [S("used", "k*t", "#biscuits", "number of biscuits in the tins"),
     S("kept", "n-used", "#biscuits", "number of biscuits kept")],
    ans="{A} keeps {r} biscuits")

add("fruit_salad_person", "cooking",
    "A fruit salad for {s} people needs {a} of strawberries at {p} per {U_kg} and {m} melons at {q} each. What does the fruit salad cost per person?",
    dict(s=I(4, 12), a=D(0.5, 2, 0.25, "kg"), p=M(4, 10, 0.2), m=I(2, 3), q=M(1.5, 3.5, 0.25)),
    [S("st", "a*p", "$", "cost of the strawberries"),
     S("ml", "m*q", "$", "cost of the melons"),
     S("tot", "st+ml", "$", "total cost"),
     S("per", "tot/s", "$", "cost per person")],
    ans="it costs {r} per person")

add("milk_bottles", "cooking",
    "A family drinks {u} of milk a day. Milk is sold in bottles of {c} at {p} each. How much do they spend on milk in {d} days?",
    dict(u=Ch([0.5, 1, 1.5, 2], "l"), c=Ch([1, 2, 4], "l"), p=M(0.8, 2.2, 0.05), d=Ch([7, 10, 14, 28, 30])),
    [S("tot", "u*d", "l", "amount of milk needed"),
     S("bt", "tot/c", "#bottles", "number of bottles"),
     S("cost", "bt*p", "$", "cost of the milk")],
    ans="they spend {r} on milk")

# ====================================================================== travel
add("train_speed", "travel",
    "A train leaves at {t1} and arrives at {t2}. It travels {d}. What is its average speed in {Us_kmh}?",
    dict(t1=T("06:00", "10:00", 5), t2=T("10:30", "14:00", 5), d=D(120, 420, 5, "km")),
    [S("tm", "tdiffh(t2,t1)", "h", "journey time"),
     S("sp", "d/tm", "kmh", "average speed")],
    ans="the train's average speed is {r}")

add("fuel_economy_trip", "travel",
    "{A}'s car uses {e} of petrol per 100 km. {He} drives {d}, and petrol costs {p} per {U_l}. How much does the petrol for the trip cost?",
    dict(e=D(4.5, 8, 0.5, "l"), d=D(100, 600, 50, "km"), p=M(1.3, 1.9, 0.01)),
    [S("hu", "d/100", "", "number of hundreds of kilometres"),
     S("lt", "hu*e", "l", "amount of petrol used"),
     S("cost", "lt*p", "$", "cost of the petrol")],
    ans="the petrol costs {r}")

add("bus_weekly_pass", "travel",
    "A single bus ticket costs {s} and a weekly pass costs {w}. {A} makes {n} bus journeys a day for {d} days. How much does {he} save by buying the weekly pass?",
    dict(s=M(1.5, 3, 0.1), w=M(12, 25, 0.5), n=I(2, 4), d=I(5, 7)),
    [S("tr", "n*d", "#journeys", "number of journeys"),
     S("si", "tr*s", "$", "cost with single tickets"),
     S("sv", "si-w", "$", "saving with the pass")],
    ans="{A} saves {r}")

add("cycle_commute", "travel",
    "{A} cycles {a} to work and the same distance home each day. {He} works {d} days a week. How far does {he} cycle in {w} weeks?",
    dict(a=D(2, 15, 0.5, "km"), d=I(3, 5), w=I(2, 6)),
    [S("day", "a*2", "km", "distance each day"),
     S("wk", "day*d", "km", "distance each week"),
     S("tot", "wk*w", "km", "total distance")],
    ans="{A} cycles {r}")

add("two_flights", "travel",
    "{A}'s first flight takes off at {t1} and lands at {t2}. The connecting flight takes off at {t3} and lands at {t4}. How many minutes is it from the first take-off to the final landing?",
    dict(t1=T("06:00", "08:30", 5), t2=T("09:00", "10:30", 5), t3=T("11:00", "12:30", 5), t4=T("13:00", "16:00", 5)),
    [S("f1", "tdiff(t2,t1)", "min", "length of the first flight"),
     S("wt", "tdiff(t3,t2)", "min", "waiting time between flights"),
     S("f2", "tdiff(t4,t3)", "min", "length of the second flight"),
     S("tot", "f1+wt+f2", "min", "total journey time")],
    ans="the journey takes {r}")

add("taxi_fare_tip", "travel",
    "A taxi charges {b} plus {p} per {U_km}. {A} travels {d} and adds a tip of {t}. How much does {he} pay?",
    dict(b=M(2.5, 5, 0.5), p=M(1.2, 2.5, 0.1), d=D(3, 20, 0.5, "km"), t=M(1, 5, 0.5)),
    [S("dist", "d*p", "$", "charge for the distance"),
     S("fare", "b+dist", "$", "fare"),
     S("tot", "fare+t", "$", "amount paid")],
    ans="{A} pays {r}")

add("two_leg_drive", "travel",
    "{A} drives {d1} on a motorway at {s1} and then {d2} on country roads at {s2}. How long does the whole drive take, in hours?",
    dict(d1=D(60, 240, 10, "km"), s1=Ch([100, 110, 120], "kmh"), d2=D(10, 60, 5, "km"), s2=Ch([40, 50, 60], "kmh")),
    [S("h1", "d1/s1", "h", "time on the motorway"),
     S("h2", "d2/s2", "h", "time on country roads"),
     S("tot", "h1+h2", "h", "total driving time")],
    ans="the drive takes {r}")

add("walking_stride", "travel",
    "{A} walks {k} every day. {His} stride is {s} long. How many steps does {he} take each day?",
    dict(k=D(2, 8, 0.5, "km"), s=Ch([0.5, 0.625, 0.75, 0.8], "m")),
    [S("m", "k*1000", "m", "distance in metres"),
     S("st", "m/s", "#steps", "number of steps")],
    ans="{A} takes {r} steps a day")

add("railcard_saving", "travel",
    "A return train ticket costs {p}. A railcard costs {r} and gives {d} off every ticket. {A} makes {n} return trips in a year. How much does {he} save overall by buying the railcard?",
    dict(p=M(20, 80, 1), r=M(20, 35, 5), d=Ch([25, 30, 34], "%"), n=I(4, 15)),
    [S("off", "pct(d,p)", "$", "saving on one ticket"),
     S("tsv", "off*n", "$", "saving on all the tickets"),
     S("net", "tsv-r", "$", "overall saving")],
    ans="{A} saves {r} overall")

add("car_hire_cost", "travel",
    "Hiring a car costs {d} per day plus {k} per {U_km} driven. {A} hires a car for {n} days and drives {m}. What is the total cost?",
    dict(d=M(25, 60, 1), k=M(0.1, 0.3, 0.05), n=I(2, 7), m=D(100, 800, 10, "km")),
    [S("dy", "d*n", "$", "total daily charge"),
     S("km", "m*k", "$", "distance charge"),
     S("tot", "dy+km", "$", "total cost")],
    ans="the total cost is {r}")

add("ferry_family", "travel",
    "A ferry crossing costs {a} per adult and {c} per child, and {v} for a car. A family of {na} adults and {nc} children take their car across. How much do they pay?",
    dict(a=M(15, 45, 0.5), c=M(6, 20, 0.5), v=M(40, 120, 5), na=I(2, 2), nc=I(2, 4)),
    [S("ad", "na*a", "$", "cost for the adults"),
     S("ch", "nc*c", "$", "cost for the children"),
     S("tot", "ad+ch+v", "$", "total fare")],
    ans="they pay {r}")

add("race_pace", "sport",
    "{A} runs {d} in {m}. At the same average pace, how long would {he} take to run {e}?",
    dict(d=Ch([5, 10], "km"), m=I(25, 70, 1, "min"), e=Ch([3, 4, 6, 8, 12, 15], "km")),
    [S("pace", "m/d", "min", "time per kilometre"),
     S("tim", "pace*e", "min", "time for the new distance")],
    ans="{A} would take {r}")

add("tram_monthly_pass", "travel",
    "{A} takes a tram to work and back every working day. A single ticket costs {p} and a monthly pass costs {m}. There are {d} working days this month. How much does {A} save with the pass?",
    dict(p=M(1.5, 3.2, 0.1), m=M(35, 70, 1), d=I(18, 23)),
    [S("tr", "d*2", "#trips", "number of trips"),
     S("cost", "tr*p", "$", "cost with single tickets"),
     S("sv", "cost-m", "$", "saving with the pass")],
    ans="{A} saves {r}")

add("car_park_charge", "travel",
    "A car park charges {p} per hour. {A} parks from {t1} to {t2}. How much does {he} pay?",
    dict(p=M(1, 4, 0.2), t1=T("08:00", "12:00", 15), t2=T("12:30", "18:00", 15)),
    [S("hrs", "tdiffh(t2,t1)", "h", "time parked"),
     S("cost", "hrs*p", "$", "parking charge")],
    ans="{A} pays {r}")

# ====================================================================== time and schedules
add("shift_pay", "work",
    "{A} works from {t1} to {t2} and has an unpaid break of {b}. {He} is paid {p} per hour. How much does {he} earn for the shift?",
    dict(t1=T("06:00", "10:00", 15), t2=T("14:00", "19:00", 15), b=Ch([30, 45, 60], "min"), p=M(9, 16, 0.5)),
    [S("span", "tdiff(t2,t1)", "min", "length of the shift"),
     S("wk", "span-b", "min", "time worked"),
     S("hrs", "wk/60", "h", "time worked in hours"),
     S("pay", "hrs*p", "$", "pay for the shift")],
    ans="{A} earns {r} for the shift")

add("revision_hours", "school",
    "{A} revises for {a} on each weekday and {b} on each day of the weekend. How many hours does {he} revise in {w} weeks?",
    dict(a=D(0.5, 2, 0.25, "h"), b=D(1, 4, 0.5, "h"), w=I(2, 6)),
    [S("wd", "a*5", "h", "revision on weekdays"),
     S("we", "b*2", "h", "revision at the weekend"),
     S("wk", "wd+we", "h", "revision each week"),
     S("tot", "wk*w", "h", "total revision time")],
    ans="{A} revises for {r}")

add("film_marathon", "hobbies",
    "{A} watches {n} films back to back. Each film lasts {m}, and there is a break of {b} between one film and the next. How many minutes does the film marathon take?",
    dict(n=I(3, 6), m=Ch([90, 95, 100, 105, 110, 120], "min"), b=Ch([10, 15, 20], "min")),
    [S("fl", "n*m", "min", "time spent watching films"),
     S("gaps", "n-1", "#breaks", "number of breaks"),
     S("br", "gaps*b", "min", "time spent on breaks"),
     S("tot", "fl+br", "min", "length of the marathon")],
    ans="the marathon takes {r}")

add("bus_timetable", "time",
    "The first bus of the day leaves at {t1} and the last one leaves at {t2}. Buses leave every {g}. How many buses leave in the day?",
    dict(t1=T("05:30", "07:30", 15), t2=T("21:00", "23:30", 15), g=Ch([10, 12, 15, 20, 30], "min")),
    [S("span", "tdiff(t2,t1)", "min", "time from the first bus to the last"),
     S("gaps", "span/g", "#gaps", "number of gaps between buses"),
     S("buses", "gaps+1", "#buses", "number of buses")],
    ans="{r} buses leave in the day")

add("roast_timing", "cooking",
    "A joint of beef needs {a} in the oven and then {r} to rest before it is served. How many minutes before serving should it go into the oven?",
    dict(a=D(1.25, 3, 0.25, "h"), r=Ch([15, 20, 25, 30], "min")),
    [S("mins", "a*60", "min", "oven time in minutes"),
     S("tot", "mins+r", "min", "time needed before serving")],
    ans="it should go in {r} before serving")

add("gym_hours", "sport",
    "{A} goes to the gym {n} times a week and each session lasts {m}. How many hours does {he} spend at the gym in {w} weeks?",
    dict(n=I(2, 5), m=Ch([40, 45, 50, 60, 75, 90], "min"), w=I(2, 8)),
    [S("wk", "n*m", "min", "time each week"),
     S("tot", "wk*w", "min", "total time in minutes"),
     S("hrs", "tot/60", "h", "total time in hours")],
    ans="{A} spends {r} at the gym")

add("conference_lunch", "time",
    "A conference runs from {t1} to {t2}. There are {n} talks of {m} each and {k} coffee breaks of {b} each. The rest of the time is for lunch. How many minutes are there for lunch?",
    dict(t1=T("08:30", "09:30", 15), t2=T("16:00", "17:30", 15), n=I(4, 8), m=Ch([30, 40, 45, 50], "min"), k=I(2, 3), b=Ch([15, 20, 25], "min")),
    [S("tk", "n*m", "min", "time for the talks"),
     S("cb", "k*b", "min", "time for the coffee breaks"),
     S("used", "tk+cb", "min", "time taken up"),
     S("day", "tdiff(t2,t1)", "min", "length of the day"),
     S("lunch", "day-used", "min", "time for lunch")],
    ans="there are {r} for lunch")

add("flat_cleaning", "home",
    "Cleaning one bedroom takes {a}. {A}'s flat has {n} bedrooms and a kitchen that takes {k} to clean. How many hours does it take to clean the whole flat?",
    dict(a=Ch([20, 25, 30, 35, 40, 45], "min"), n=I(2, 4), k=Ch([30, 40, 45, 50, 60], "min")),
    [S("rm", "a*n", "min", "time for the bedrooms"),
     S("tot", "rm+k", "min", "total time in minutes"),
     S("hrs", "tot/60", "h", "total time in hours")],
    ans="it takes {r}")

add("school_day_breaks", "school",
    "School starts at {t1} and ends at {t2}. There are {n} lessons of {m} each, and the rest of the day is breaks and lunch. How many minutes of breaks and lunch are there?",
    dict(t1=T("08:15", "09:00", 5), t2=T("15:00", "15:45", 5), n=I(5, 6), m=Ch([50, 55, 60], "min")),
    [S("day", "tdiff(t2,t1)", "min", "length of the school day"),
     S("ls", "n*m", "min", "time spent in lessons"),
     S("br", "day-ls", "min", "time for breaks and lunch")],
    ans="there are {r} of breaks and lunch")

add("laundry_loads", "home",
    "A wash cycle takes {w} and drying takes {d}. {A} washes and dries {n} loads, one after the other. How many hours does it all take?",
    dict(w=Ch([45, 60, 75, 90], "min"), d=Ch([60, 75, 90, 105, 120], "min"), n=I(2, 4)),
    [S("per", "w+d", "min", "time for one load"),
     S("tot", "per*n", "min", "total time in minutes"),
     S("hrs", "tot/60", "h", "total time in hours")],
    ans="it takes {r}")

# ====================================================================== school
add("bus_percentage", "school",
    "In a class of {n} pupils, {w} walk to school and the rest come by bus. What percentage of the class comes by bus?",
    dict(n=Ch([20, 25, 40, 50]), w=I(5, 18)),
    [S("b", "n-w", "#pupils", "number of pupils who come by bus"),
     S("pc", "rpct(b,n)", "%", "percentage who come by bus")],
    ans="{r} of the class come by bus")

add("fourth_test", "school",
    "{A} scored {a}, {b} and {c} marks in three tests. What mark does {he} need in the fourth test to average {v} marks over all four?",
    dict(a=I(55, 90), b=I(55, 90), c=I(55, 90), v=I(65, 85)),
    [S("have", "a+b+c", "#marks", "total of the first three tests"),
     S("need", "v*4", "#marks", "total needed over four tests"),
     S("four", "need-have", "#marks", "mark needed in the fourth test")],
    ans="{A} needs {r} marks", cond=lambda v: v["v"] * 4 - v["a"] - v["b"] - v["c"] <= 100)

add("school_trip_parents", "school",
    "A school trip costs {c} per pupil for the coach and {e} per pupil for entry. {n} pupils go, and the school pays {s} towards the total. How much do the parents pay altogether?",
    dict(c=M(4, 12, 0.5), e=M(3, 15, 0.5), n=I(20, 60), s=M(50, 200, 10)),
    [S("per", "c+e", "$", "cost per pupil"),
     S("tot", "per*n", "$", "total cost of the trip"),
     S("par", "tot-s", "$", "amount paid by the parents")],
    ans="the parents pay {r} altogether")

add("exercise_book_packs", "school",
    "A school has {k} classes of {n} pupils. Every pupil needs {b} exercise books, and the books come in packs of {p}. How many packs does the school need?",
    dict(k=I(3, 8), n=I(24, 32), b=I(2, 5), p=Ch([10, 20, 25, 50])),
    [S("pu", "k*n", "#pupils", "number of pupils"),
     S("bk", "pu*b", "#books", "number of books"),
     S("pk", "bk/p", "#packs", "number of packs")],
    ans="the school needs {r} packs")

add("reading_weeks", "school",
    "{A} reads {a} pages on each weekday and {b} pages on each day of the weekend. {His} book has {P} pages. How many weeks will it take {him} to read it?",
    dict(a=I(5, 20), b=I(10, 40), P=I(150, 600, 10)),
    [S("wd", "a*5", "#pages", "pages read on weekdays"),
     S("we", "b*2", "#pages", "pages read at the weekend"),
     S("wk", "wd+we", "#pages", "pages read each week"),
     S("n", "P/wk", "#weeks", "number of weeks")],
    ans="it takes {him} {r} weeks")

add("test_score_percent", "school",
    "A test has {q} questions worth {m} marks each. {A} gets {r} questions right. What percentage does {he} score?",
    dict(q=Ch([20, 25, 40, 50]), m=I(2, 5), r=I(10, 40)),
    [S("tot", "q*m", "#marks", "total marks available"),
     S("got", "r*m", "#marks", "marks scored"),
     S("pc", "rpct(got,tot)", "%", "percentage score")],
    ans="{A} scores {r}", cond=lambda v: v["r"] < v["q"])

add("art_supplies_pupil", "school",
    "An art teacher buys {n} sets of paints at {p} each and {k} packs of brushes at {q} each for a class of {c} pupils. What is the cost per pupil?",
    dict(n=I(5, 15), p=M(3, 8, 0.5), k=I(3, 10), q=M(2, 6, 0.5), c=I(20, 32)),
    [S("pa", "n*p", "$", "cost of the paints"),
     S("br", "k*q", "$", "cost of the brushes"),
     S("tot", "pa+br", "$", "total cost"),
     S("per", "tot/c", "$", "cost per pupil")],
    ans="it costs {r} per pupil")

add("sports_day_ribbons", "school",
    "On sports day there are {n} races, and {r} ribbons are given out in each race. Ribbons cost {p} each. How much do the ribbons cost?",
    dict(n=I(8, 30), r=I(3, 4), p=M(0.2, 0.8, 0.05)),
    [S("rb", "n*r", "#ribbons", "number of ribbons"),
     S("cost", "rb*p", "$", "cost of the ribbons")],
    ans="the ribbons cost {r}")

add("tuck_shop_profit", "school",
    "A school tuck shop sells {n} packets of crisps at {p} each and {k} drinks at {q} each in a day. The stock cost {c}. What is the profit for the day?",
    dict(n=I(20, 80), p=M(0.4, 0.9, 0.05), k=I(15, 60), q=M(0.6, 1.2, 0.05), c=M(15, 40, 1)),
    [S("cr", "n*p", "$", "money taken from crisps"),
     S("dr", "k*q", "$", "money taken from drinks"),
     S("tk", "cr+dr", "$", "total money taken"),
     S("pr", "tk-c", "$", "profit")],
    ans="the profit is {r}")

add("homework_hours", "school",
    "{A} has homework in {n} subjects this week and each piece takes {m}. How many hours of homework does {he} have?",
    dict(n=I(3, 8), m=Ch([20, 30, 40, 45, 50, 60, 75], "min")),
    [S("tot", "n*m", "min", "total time in minutes"),
     S("hrs", "tot/60", "h", "total time in hours")],
    ans="{A} has {r} of homework")

add("library_fine", "dates",
    "{A} borrowed a library book on {d1} and returned it on {d2}. The loan period is {k} days, and the fine is {p} for each day late. How much is the fine?",
    dict(d1=Day(1, 10), d2=Day(18, 28), k=Ch([7, 14]), p=M(0.1, 0.5, 0.05)),
    [S("days", "d2-d1", "#days", "time the book was out"),
     S("late", "days-k", "#days", "number of days late"),
     S("fine", "late*p", "$", "fine")],
    ans="the fine is {r}")

# ====================================================================== sport
add("swimming_lengths", "sport",
    "A swimming pool is {l} long. {A} swims {n} lengths. How many kilometres does {he} swim?",
    dict(l=Ch([25, 33, 50], "m"), n=I(20, 80, 2)),
    [S("m", "l*n", "m", "distance in metres"),
     S("km", "m/1000", "km", "distance in kilometres")],
    ans="{A} swims {r}")

add("football_tickets", "sport",
    "A football club sells {n} season tickets at {p} each and {k} match tickets at {q} each. How much ticket money does the club take?",
    dict(n=I(200, 1500, 10), p=M(150, 400, 5), k=I(300, 2000, 10), q=M(15, 40, 1)),
    [S("se", "n*p", "$", "money from season tickets"),
     S("ma", "k*q", "$", "money from match tickets"),
     S("tot", "se+ma", "$", "total ticket money")],
    ans="the club takes {r}")

add("running_week", "sport",
    "{A} runs {a} on Monday and {b} on Wednesday. On Saturday {he} runs twice as far as on Wednesday. How far does {he} run in the week?",
    dict(a=D(3, 8, 0.5, "km"), b=D(4, 10, 0.5, "km")),
    [S("sat", "b*2", "km", "distance on Saturday"),
     S("tot", "a+b+sat", "km", "total distance")],
    ans="{A} runs {r}")

add("cricket_average", "sport",
    "A batter scores {a}, {b}, {c} and {d} runs in four innings. {He} is out in every innings. What is {his} batting average?",
    dict(a=I(5, 90), b=I(5, 90), c=I(5, 90), d=I(5, 90)),
    [S("tot", "a+b+c+d", "#runs", "total runs"),
     S("avg", "tot/4", "", "batting average")],
    ans="the batting average is {r}")

add("gym_vs_payg", "sport",
    "A gym charges a joining fee of {j} and then {m} a month. Without membership each visit costs {v}. {A} goes {n} times a month. Over {k} months, how much does {he} save with membership?",
    dict(j=M(10, 40, 5), m=M(18, 35, 1), v=M(4, 8, 0.5), n=I(8, 14), k=I(3, 12)),
    [S("mb", "m*k", "$", "total of the monthly fees"),
     S("mt", "mb+j", "$", "total cost of membership"),
     S("vs", "n*k", "#visits", "number of visits"),
     S("pg", "vs*v", "$", "cost without membership"),
     S("sv", "pg-mt", "$", "saving")],
    ans="{A} saves {r} with membership")

add("cycling_speed", "sport",
    "{A} cycles {d} in {m}. What is {his} average speed in {Us_kmh}?",
    dict(d=D(6, 60, 1, "km"), m=Ch([15, 20, 24, 30, 36, 40, 45, 48, 50, 75, 90, 100, 120, 150], "min")),
    [S("h", "m/60", "h", "time in hours"),
     S("sp", "d/h", "kmh", "average speed")],
    ans="{his} average speed is {r}")

add("tennis_balls", "sport",
    "A tennis club buys {n} tubes of balls with {k} balls in each tube. The balls are shared equally between {m} coaches. How many balls does each coach get?",
    dict(n=I(10, 40), k=Ch([3, 4]), m=Ch([2, 3, 4, 5, 6, 8])),
    [S("b", "n*k", "#balls", "number of balls"),
     S("per", "b/m", "#balls", "number of balls for each coach")],
    ans="each coach gets {r} balls")

add("hike_with_breaks", "sport",
    "A hiking trail is {d} long. {A} walks at an average of {s} and stops for breaks totalling {b}. How many hours does the hike take?",
    dict(d=D(6, 24, 1, "km"), s=Ch([3, 4, 5], "kmh"), b=Ch([15, 30, 45, 60, 90], "min")),
    [S("w", "d/s", "h", "walking time"),
     S("bh", "b/60", "h", "break time in hours"),
     S("tot", "w+bh", "h", "total time")],
    ans="the hike takes {r}")

add("team_kit_sponsor", "sport",
    "A team of {n} players needs new kit. A shirt costs {s}, shorts cost {h} and socks cost {k}. A sponsor pays {p} of the total. How much does the team pay?",
    dict(n=I(11, 18), s=M(15, 30, 0.5), h=M(8, 15, 0.5), k=M(3, 8, 0.5), p=P(20, 25, 40, 50, 60, 75)),
    [S("per", "s+h+k", "$", "cost of one kit"),
     S("tot", "per*n", "$", "total cost"),
     S("sp", "pct(p,tot)", "$", "sponsor's share"),
     S("pay", "tot-sp", "$", "amount the team pays")],
    ans="the team pays {r}")

add("skipping_days", "sport",
    "{A} skips {n} times a minute for {m} each day. How many skips does {he} do in {d} days?",
    dict(n=I(60, 120, 5), m=Ch([5, 10, 15, 20], "min"), d=I(5, 14)),
    [S("day", "n*m", "#skips", "number of skips each day"),
     S("tot", "day*d", "#skips", "total number of skips")],
    ans="{A} does {r} skips")

# ====================================================================== garden and farm
add("fence_posts", "garden",
    "A straight fence is {l} long. There is a post every {g}, including one at each end. Posts cost {p} each. How much do the posts cost?",
    dict(l=D(10, 60, 1, "m"), g=Ch([1.5, 2, 2.5, 3], "m"), p=M(4, 12, 0.5)),
    [S("gaps", "l/g", "#gaps", "number of gaps"),
     S("posts", "gaps+1", "#posts", "number of posts"),
     S("cost", "posts*p", "$", "cost of the posts")],
    ans="the posts cost {r}")

add("lawn_seed", "garden",
    "A new lawn is {a} long and {b} wide. Grass seed is sown at {s} per square metre. How many kilograms of seed are needed?",
    dict(a=D(4, 15, 0.5, "m"), b=D(3, 10, 0.5, "m"), s=Ch([25, 30, 35, 40, 50], "g")),
    [S("ar", "a*b", "m2", "area of the lawn"),
     S("g", "ar*s", "g", "amount of seed in grams"),
     S("kg", "g/1000", "kg", "amount of seed in kilograms")],
    ans="{r} of seed is needed")

add("farm_eggs", "farm",
    "A farm has {h} hens and each hen lays {e} eggs a week. The eggs are sold in boxes of {b} at {p} a box. How much money do one week's eggs bring in?",
    dict(h=I(20, 120, 5), e=I(4, 6), b=Ch([6, 12]), p=M(1.5, 3.5, 0.1)),
    [S("eg", "h*e", "#eggs", "number of eggs"),
     S("bx", "eg/b", "#boxes", "number of boxes"),
     S("mon", "bx*p", "$", "money from the eggs")],
    ans="the eggs bring in {r}")

add("allotment_potatoes", "garden",
    "{A} plants {r} rows of potatoes with {p} plants in each row. Each plant gives about {k} of potatoes. How many kilograms does {he} harvest?",
    dict(r=I(3, 8), p=I(6, 15), k=Ch([0.5, 0.75, 1, 1.25, 1.5], "kg")),
    [S("pl", "r*p", "#plants", "number of plants"),
     S("kg", "pl*k", "kg", "weight of the harvest")],
    ans="{A} harvests {r}")

add("garden_watering", "garden",
    "A vegetable patch of {a} needs {w} of water per square metre each day. How many litres of water does it need over {d} days?",
    dict(a=D(4, 30, 1, "m2"), w=Ch([2, 2.5, 3, 4, 5], "l"), d=I(5, 14)),
    [S("day", "a*w", "l", "water needed each day"),
     S("tot", "day*d", "l", "total water needed")],
    ans="it needs {r}")

add("orchard_apples", "farm",
    "An orchard has {t} apple trees and each tree gives {k} of apples. {f} of the apples are sold to a shop at {p} per {U_kg}. How much does the shop pay?",
    dict(t=I(20, 80, 2), k=D(30, 80, 5, "kg"), f=Fc((1, 2), (1, 4), (3, 4), (2, 5), (3, 5)), p=M(0.5, 1.5, 0.1)),
    [S("tot", "t*k", "kg", "weight of apples"),
     S("sold", "frac(f,tot)", "kg", "weight sold to the shop"),
     S("mon", "sold*p", "$", "amount the shop pays")],
    ans="the shop pays {r}")

add("seed_trays", "garden",
    "{A} has {n} seed trays with {c} cells each and sows one seed in every cell. Seeds come in packets of {s} costing {p} each. How much do the seeds cost?",
    dict(n=I(2, 10), c=Ch([24, 40, 60, 84]), s=Ch([20, 30, 40, 50, 100]), p=M(1, 3.5, 0.25)),
    [S("cl", "n*c", "#cells", "number of cells"),
     S("pk", "cl/s", "#packets", "number of packets"),
     S("cost", "pk*p", "$", "cost of the seeds")],
    ans="the seeds cost {r}")

add("compost_left", "garden",
    "A bag of compost holds {v}. {A} fills {n} pots, using {u} for each pot. How many litres of compost are left?",
    dict(v=Ch([40, 50, 60, 70, 75, 80], "l"), n=I(3, 12), u=D(1.5, 6, 0.5, "l")),
    [S("used", "u*n", "l", "compost used"),
     S("left", "v-used", "l", "compost left")],
    ans="{r} of compost are left")

add("sheep_feed_sacks", "farm",
    "A farmer feeds {n} sheep {f} of feed each per day. Feed comes in sacks of {s}. How many sacks are needed for {d} days?",
    dict(n=I(10, 60), f=Ch([0.25, 0.4, 0.5, 0.75, 1], "kg"), s=Ch([20, 25], "kg"), d=I(7, 30)),
    [S("day", "n*f", "kg", "feed needed each day"),
     S("tot", "day*d", "kg", "total feed needed"),
     S("sk", "tot/s", "#sacks", "number of sacks")],
    ans="{r} sacks are needed")

add("hedge_trimming", "garden",
    "{A} charges {p} per metre to trim hedges. A customer has hedges of {a} and {b}, and {A} gives {d} off. How much does the customer pay?",
    dict(p=M(1.5, 4, 0.5), a=D(8, 30, 1, "m"), b=D(5, 20, 1, "m"), d=P(10, 15, 20)),
    [S("len", "a+b", "m", "total length of hedge"),
     S("cost", "len*p", "$", "price before the discount"),
     S("off", "pct(d,cost)", "$", "discount"),
     S("pay", "cost-off", "$", "amount paid")],
    ans="the customer pays {r}")

# ====================================================================== home and DIY
add("paint_wall", "home",
    "A wall is {a} long and {b} high. One litre of paint covers {c}, and paint costs {p} per litre. How much does it cost to give the wall {k} coats?",
    dict(a=D(3, 8, 0.5, "m"), b=Ch([2.4, 2.5, 3], "m"), c=Ch([10, 12, 12.5], "m2"), p=M(4, 12, 0.5), k=Ch([2, 3])),
    [S("ar", "a*b", "m2", "area of the wall"),
     S("tot", "ar*k", "m2", "area to paint"),
     S("lt", "tot/c", "l", "amount of paint"),
     S("cost", "lt*p", "$", "cost of the paint")],
    ans="it costs {r}")

add("floor_tile_boxes", "home",
    "A kitchen floor measures {a} by {b}. Each tile covers {t}, and the tiles come in boxes of {n} costing {p} a box. How much do the tiles cost?",
    dict(a=D(2, 6, 0.5, "m"), b=D(2, 5, 0.5, "m"), t=Ch([0.25, 0.5], "m2"), n=Ch([4, 5, 8, 10]), p=M(15, 40, 1)),
    [S("ar", "a*b", "m2", "area of the floor"),
     S("tl", "ar/t", "#tiles", "number of tiles"),
     S("bx", "tl/n", "#boxes", "number of boxes"),
     S("cost", "bx*p", "$", "cost of the tiles")],
    ans="the tiles cost {r}")

add("curtain_fabric", "home",
    "{A} is making {n} curtains and each one needs {l} of fabric. The fabric costs {p} per metre. How much does the fabric cost?",
    dict(n=I(2, 6), l=D(1.5, 3.5, 0.25, "m"), p=M(5, 15, 0.5)),
    [S("len", "n*l", "m", "length of fabric"),
     S("cost", "len*p", "$", "cost of the fabric")],
    ans="the fabric costs {r}")

add("electricity_standing", "utilities",
    "A household uses {u} of electricity a day. Electricity costs {p} per {U_kWh} and there is a standing charge of {s} a day. What is the bill for {d} days?",
    dict(u=D(6, 15, 0.5, "kWh"), p=M(0.2, 0.35, 0.01), s=M(0.4, 0.6, 0.01), d=Ch([28, 30, 31, 90, 91])),
    [S("en", "u*p", "$", "daily energy cost"),
     S("dy", "en+s", "$", "daily total"),
     S("bill", "dy*d", "$", "bill")],
    ans="the bill is {r}")

add("water_tank_days", "home",
    "A rainwater tank holds {c} when full. It is {f} full, and {A} uses {u} a day on the garden. How many days will the water last?",
    dict(c=Ch([200, 250, 300, 400, 500, 1000], "l"), f=Fc((1, 2), (3, 4), (1, 4), (2, 5), (3, 5), (4, 5)), u=Ch([10, 15, 20, 25, 30], "l")),
    [S("now", "frac(f,c)", "l", "water in the tank"),
     S("days", "now/u", "day", "number of days")],
    ans="the water lasts {r}")

add("shelf_offcut", "home",
    "{A} has a plank {p} long and cuts {n} shelves of {s} each from it. How many centimetres of wood are left over?",
    dict(p=D(1.8, 3, 0.1, "m"), n=I(2, 5), s=D(30, 60, 5, "cm")),
    [S("cm", "p*100", "cm", "length of the plank in centimetres"),
     S("used", "n*s", "cm", "length used for shelves"),
     S("left", "cm-used", "cm", "length left over")],
    ans="{r} of wood is left over")

add("carpet_fitting", "home",
    "A bedroom is {a} by {b}. Carpet costs {p} per square metre and fitting costs {f}. What is the total cost?",
    dict(a=D(2.5, 5, 0.5, "m"), b=D(2.5, 4.5, 0.5, "m"), p=M(8, 25, 0.5), f=M(40, 90, 5)),
    [S("ar", "a*b", "m2", "area of the floor"),
     S("cp", "ar*p", "$", "cost of the carpet"),
     S("tot", "cp+f", "$", "total cost")],
    ans="the total cost is {r}")

add("book_boxes_weight", "home",
    "{A} packs {n} boxes with {k} books in each box. Each book weighs about {w}. How many kilograms of books are there altogether?",
    dict(n=I(3, 10), k=I(10, 25), w=Ch([250, 300, 350, 400, 450, 500], "g")),
    [S("bk", "n*k", "#books", "number of books"),
     S("g", "bk*w", "g", "weight in grams"),
     S("kg", "g/1000", "kg", "weight in kilograms")],
    ans="the books weigh {r}")

add("wallpaper_rolls", "home",
    "A room needs {n} strips of wallpaper, each {h} long. A roll is {r} long and costs {p}. How much does the wallpaper cost?",
    dict(n=I(8, 20, 2), h=Ch([2.5, 2.4, 2.6], "m"), r=Ch([10, 10.4, 10.05], "m"), p=M(8, 25, 0.5)),
    [S("per", "r/h", "#strips", "number of strips from one roll"),
     S("rl", "n/per", "#rolls", "number of rolls"),
     S("cost", "rl*p", "$", "cost of the wallpaper")],
    ans="the wallpaper costs {r}", cond=lambda v: (v["r"] / v["h"]).denominator == 1)

add("flat_share_year", "home",
    "The rent on a flat is {r} a month and the bills come to {b} a month. {n} flatmates share everything equally. How much does each flatmate pay in a year?",
    dict(r=M(900, 2400, 10), b=M(120, 300, 5), n=I(2, 5)),
    [S("tot", "r+b", "$", "monthly total"),
     S("each", "tot/n", "$", "monthly share"),
     S("yr", "each*12", "$", "yearly share")],
    ans="each flatmate pays {r} a year")

# ====================================================================== work and wages
add("overtime_pay", "work",
    "{A} earns {p} per hour for the first {h} hours each week and time and a half for any extra hours. Last week {he} worked {t}. How much did {he} earn?",
    dict(p=M(10, 18, 0.5), h=Ch([35, 37.5, 40], "h"), t=D(38, 50, 0.5, "h")),
    [S("basic", "p*h", "$", "pay for the basic hours"),
     S("xh", "t-h", "h", "number of overtime hours"),
     S("rate", "p*1.5", "$", "overtime rate"),
     S("ot", "xh*rate", "$", "overtime pay"),
     S("tot", "basic+ot", "$", "total pay")],
    ans="{A} earned {r}")

add("sales_commission", "work",
    "{A} earns a basic salary of {b} a month plus {c} commission on sales. This month {he} sold goods worth {s}. What is {his} total pay for the month?",
    dict(b=M(1200, 2500, 50), c=P(2, 3, 4, 5, 8, 10), s=M(5000, 40000, 500)),
    [S("com", "pct(c,s)", "$", "commission"),
     S("tot", "b+com", "$", "total pay")],
    ans="{his} total pay is {r}")

add("tips_shared", "work",
    "The waiters at a café share their tips equally. The tips were {a} on Saturday and {b} on Sunday. There are {n} waiters. How much does each waiter get?",
    dict(a=M(40, 150, 0.5), b=M(30, 120, 0.5), n=I(3, 6)),
    [S("tot", "a+b", "$", "total amount of tips"),
     S("each", "tot/n", "$", "share for each waiter")],
    ans="each waiter gets {r}")

add("freelance_invoice", "work",
    "{A} charges {r} per hour. A job took {h} hours and materials cost {e}. VAT of {v} is added to the total. What is the final invoice amount?",
    dict(r=M(20, 60, 1), h=D(3, 20, 0.5, "h"), e=M(10, 100, 1), v=P(20, 20, 5)),
    [S("lab", "r*h", "$", "charge for labour"),
     S("sub", "lab+e", "$", "total before VAT"),
     S("vat", "pct(v,sub)", "$", "VAT"),
     S("tot", "sub+vat", "$", "invoice total")],
    ans="the invoice comes to {r}")

add("babysitting_pay", "work",
    "{A} babysits from {t1} to {t2} and is paid {p} per hour. {He} is also given {x} for a taxi home. How much does {he} receive?",
    dict(t1=T("17:00", "19:30", 30), t2=T("21:00", "23:30", 30), p=M(7, 14, 0.5), x=M(5, 15, 1)),
    [S("hrs", "tdiffh(t2,t1)", "h", "time spent babysitting"),
     S("pay", "hrs*p", "$", "pay for the babysitting"),
     S("tot", "pay+x", "$", "total received")],
    ans="{A} receives {r}")

add("salary_rise_year", "work",
    "{A}'s monthly salary is {s}. {He} gets a pay rise of {r}. How much will {he} earn in a year after the rise?",
    dict(s=M(1500, 4000, 50), r=P(2, 3, 4, 5, 6, 8, 10)),
    [S("rise", "pct(r,s)", "$", "monthly rise"),
     S("new", "s+rise", "$", "new monthly salary"),
     S("yr", "new*12", "$", "yearly salary")],
    ans="{A} will earn {r} a year")

add("bracelet_profit", "work",
    "{A} is paid {p} for each bracelet {he} makes. {He} makes {n} bracelets a day for {d} days and spends {c} on beads. What is {his} profit?",
    dict(p=M(1.5, 5, 0.25), n=I(4, 12), d=I(3, 10), c=M(10, 60, 1)),
    [S("br", "n*d", "#bracelets", "number of bracelets"),
     S("earn", "br*p", "$", "money earned"),
     S("prof", "earn-c", "$", "profit")],
    ans="{his} profit is {r}")

add("delivery_driver_pay", "work",
    "A delivery driver is paid {p} per parcel and {k} per {U_km} towards fuel. One day {A} delivers {n} parcels and drives {d}. How much is {he} paid that day?",
    dict(p=M(0.8, 1.6, 0.05), k=M(0.2, 0.45, 0.05), n=I(60, 160), d=D(40, 160, 5, "km")),
    [S("pc", "n*p", "$", "pay for the parcels"),
     S("fu", "d*k", "$", "fuel allowance"),
     S("tot", "pc+fu", "$", "total pay")],
    ans="{A} is paid {r}")

add("saving_part_of_pay", "work",
    "{A} works {h} hours a week at {p} per hour and saves {f} of {his} pay. How many weeks will it take {him} to save {g}?",
    dict(h=I(6, 20), p=M(8, 14, 0.5), f=Fc((1, 2), (1, 4), (1, 3), (2, 5), (1, 5)), g=M(150, 900, 10)),
    [S("wk", "h*p", "$", "weekly pay"),
     S("sv", "frac(f,wk)", "$", "amount saved each week"),
     S("n", "g/sv", "#weeks", "number of weeks")],
    ans="it will take {him} {r} weeks")

# ====================================================================== savings, budgets and bills
add("pocket_money_game", "money",
    "{A} gets {w} pocket money a week and saves all of it. {He} wants a game that costs {g} and already has {h}. How many weeks must {he} save?",
    dict(w=M(3, 10, 0.5), g=M(25, 70, 1), h=M(2, 20, 1)),
    [S("need", "g-h", "$", "amount still needed"),
     S("wk", "need/w", "#weeks", "number of weeks")],
    ans="{A} must save for {r} weeks")

add("savings_interest_topup", "money",
    "{A} puts {d} into a savings account that pays {r} interest a year. After one year {he} adds another {x}. How much is in the account then?",
    dict(d=M(200, 5000, 50), r=P(1.5, 2, 2.5, 3, 4, 5), x=M(50, 500, 10)),
    [S("int", "pct(r,d)", "$", "interest for the year"),
     S("aft", "d+int", "$", "balance after one year"),
     S("tot", "aft+x", "$", "new balance")],
    ans="there is {r} in the account")

add("holiday_budget", "money",
    "{A} sets a holiday budget of {b}. Flights cost {f}, the hotel is {h} a night for {n} nights, and {he} puts aside {s} for food. How much is left for everything else?",
    dict(b=M(900, 3000, 50), f=M(80, 400, 5), h=M(45, 140, 5), n=I(3, 10), s=M(100, 400, 10)),
    [S("ht", "h*n", "$", "cost of the hotel"),
     S("sp", "f+ht+s", "$", "amount already committed"),
     S("left", "b-sp", "$", "amount left")],
    ans="{r} is left for everything else")

add("monthly_budget_save", "money",
    "{A} takes home {i} a month. Rent takes {r}, {f} of what is left goes on food and travel, and the rest is saved. How much does {he} save each month?",
    dict(i=M(1500, 3500, 50), r=M(500, 1300, 25), f=Fc((1, 2), (2, 3), (3, 4), (3, 5), (2, 5))),
    [S("aft", "i-r", "$", "money left after rent"),
     S("fd", "frac(f,aft)", "$", "spending on food and travel"),
     S("sv", "aft-fd", "$", "monthly saving")],
    ans="{A} saves {r} a month")

add("streaming_year", "money",
    "{A} pays {a} a month for one streaming service and {b} a month for another. {He} cancels the second one after {k} months. How much has {he} paid for streaming after a full year?",
    dict(a=M(5, 15, 0.01), b=M(4, 12, 0.01), k=I(2, 9)),
    [S("fi", "a*12", "$", "cost of the first service"),
     S("se", "b*k", "$", "cost of the second service"),
     S("tot", "fi+se", "$", "total paid")],
    ans="{A} has paid {r}")

add("council_tax_instalments", "money",
    "A household's yearly council tax is {c}. A single-person discount of {d} applies, and the rest is paid in {n} equal monthly instalments. How much is each instalment?",
    dict(c=M(1200, 2600, 1), d=P(25), n=Ch([10, 12])),
    [S("off", "pct(d,c)", "$", "discount"),
     S("pay", "c-off", "$", "amount to pay"),
     S("inst", "pay/n", "$", "monthly instalment")],
    ans="each instalment is {r}")

add("gas_meter_bill", "utilities",
    "A gas meter reads {a} at the start of the quarter and {b} at the end. Each unit costs {p}. What is the gas bill for the quarter?",
    dict(a=I(10000, 40000, 1), b=L(lambda v: v["a"] + 300 + (v["a"] * 7) % 900), p=M(0.3, 0.9, 0.01)),
    [S("used", "b-a", "#units", "number of units used"),
     S("bill", "used*p", "$", "gas bill")],
    ans="the bill is {r}")

add("piggy_bank_coins", "money",
    "{A}'s piggy bank holds {n} coins worth {v} each and {m} coins worth {w} each. How much money is in it?",
    dict(n=I(10, 60), v=Coin(True), m=I(10, 80), w=Coin(False)),
    [S("a", "n*v", "$", "value of the larger coins"),
     S("b", "m*w", "$", "value of the smaller coins"),
     S("tot", "a+b", "$", "total in the piggy bank")],
    ans="there is {r} in the piggy bank")

add("loan_repay", "money",
    "{A} borrows {l} from {his} sister and pays back {p} every week. How much does {he} still owe after {w} weeks?",
    dict(l=M(100, 600, 10), p=M(10, 40, 2.5), w=I(3, 12)),
    [S("paid", "p*w", "$", "amount paid back"),
     S("owe", "l-paid", "$", "amount still owed")],
    ans="{A} still owes {r}")

add("sponsored_run", "money",
    "{A} runs {k} for charity. {n} people sponsor {him} {p} per kilometre each, and {m} others give {f} each. How much does {he} raise?",
    dict(k=Ch([5, 10, 21, 15], "km"), n=I(4, 15), p=M(0.5, 2, 0.25), m=I(3, 12), f=M(5, 20, 5)),
    [S("pk", "n*p", "$", "sponsorship per kilometre"),
     S("sp", "pk*k", "$", "money from per-kilometre sponsors"),
     S("fl", "m*f", "$", "money from fixed donations"),
     S("tot", "sp+fl", "$", "total raised")],
    ans="{A} raises {r}")

# ====================================================================== percentages
add("vat_laptop", "percentages",
    "A laptop costs {p} before VAT, and VAT is charged at {v}. What is the price including VAT?",
    dict(p=M(250, 1200, 5), v=P(20, 21, 19, 5)),
    [S("vat", "pct(v,p)", "$", "VAT"),
     S("tot", "p+vat", "$", "price including VAT")],
    ans="the price including VAT is {r}")

add("rent_increase_pct", "percentages",
    "{A}'s rent goes up from {a} to {b} a month. By what percentage has the rent gone up?",
    dict(a=M(500, 1500, 25), b=L(lambda v: v["a"] * (100 + [2, 4, 5, 6, 8, 10][int(v["a"]) % 6]) / 100, "$")),
    [S("inc", "b-a", "$", "increase"),
     S("pc", "rpct(inc,a)", "%", "percentage increase")],
    ans="the rent has gone up by {r}")

add("double_discount", "percentages",
    "A jacket is priced at {p}. It is reduced by {a}, and then a further {b} is taken off the reduced price. What is the final price?",
    dict(p=M(40, 200, 5), a=P(10, 20, 25, 30), b=P(10, 20, 25, 50)),
    [S("d1", "pct(a,p)", "$", "first reduction"),
     S("p1", "p-d1", "$", "price after the first reduction"),
     S("d2", "pct(b,p1)", "$", "second reduction"),
     S("fin", "p1-d2", "$", "final price")],
    ans="the final price is {r}")

add("restaurant_tip", "percentages",
    "A meal costs {m} and {A} leaves a tip of {t}. How much does {he} pay altogether?",
    dict(m=M(20, 120, 0.5), t=P(10, 12.5, 15, 20)),
    [S("tip", "pct(t,m)", "$", "tip"),
     S("tot", "m+tip", "$", "total paid")],
    ans="{A} pays {r} altogether")

add("cashback_two_months", "percentages",
    "A card gives {k} cashback on everything {A} spends. {He} spends {a} in {month} and {b} the following month. How much cashback does {he} get?",
    dict(k=P(1, 2, 5, 0.5), a=M(200, 900, 10), b=M(200, 900, 10)),
    [S("tot", "a+b", "$", "total spending"),
     S("cb", "pct(k,tot)", "$", "cashback")],
    ans="{A} gets {r} cashback")

add("town_population", "percentages",
    "A town has {n} residents. Over one year the population grows by {p}. How many residents are there after the growth?",
    dict(n=I(8000, 60000, 100), p=P(1, 2, 3, 4, 5, 6, 1.5, 2.5)),
    [S("inc", "pct(p,n)", "#residents", "increase in residents"),
     S("new", "n+inc", "#residents", "new population")],
    ans="there are {r} residents")

add("survey_neither", "percentages",
    "In a survey of {n} people, {a} prefer tea, {b} prefer coffee and the rest prefer neither. What percentage prefer neither?",
    dict(n=Ch([40, 50, 80, 200, 250, 400]), a=I(10, 150), b=I(10, 150)),
    [S("both", "a+b", "#people", "number who prefer tea or coffee"),
     S("nei", "n-both", "#people", "number who prefer neither"),
     S("pc", "rpct(nei,n)", "%", "percentage who prefer neither")],
    ans="{r} prefer neither")

add("battery_left", "percentages",
    "{A}'s phone battery is at {a}. Streaming video uses {b} of the battery every hour. After {h} hours of video, what percentage of the battery is left?",
    dict(a=P(80, 85, 90, 95, 100), b=P(8, 9, 10, 12, 15), h=I(2, 5)),
    [S("lost", "b*h", "%", "battery used"),
     S("left", "a-lost", "%", "battery left")],
    ans="{r} of the battery is left")

add("fare_rise_month", "percentages",
    "A bus fare of {f} goes up by {p}. {A} makes {n} journeys a month. How much more does {he} pay each month after the rise?",
    dict(f=M(1.5, 4, 0.1), p=P(5, 10, 20, 25), n=I(20, 50)),
    [S("inc", "pct(p,f)", "$", "increase per journey"),
     S("mo", "inc*n", "$", "extra cost each month")],
    ans="{A} pays {r} more each month")

add("marked_up_price", "percentages",
    "A shop buys a lamp for {c} and sells it at a mark-up of {m}. During a sale the selling price is cut by {d}. What is the sale price?",
    dict(c=M(10, 80, 1), m=P(20, 25, 40, 50, 60), d=P(10, 20, 25)),
    [S("mu", "pct(m,c)", "$", "mark-up"),
     S("sp", "c+mu", "$", "selling price"),
     S("cut", "pct(d,sp)", "$", "sale reduction"),
     S("sale", "sp-cut", "$", "sale price")],
    ans="the sale price is {r}")

# ====================================================================== events and parties
add("party_bags", "events",
    "{A} makes party bags for {n} children. Each bag gets {s} sweets and a toy costing {t}. Sweets come in bags of {k} at {p} a bag. How much do the party bags cost?",
    dict(n=I(8, 24), s=I(4, 10), t=M(0.5, 2, 0.25), k=Ch([20, 25, 40, 50]), p=M(1, 3, 0.25)),
    [S("sw", "n*s", "#sweets", "number of sweets"),
     S("bg", "sw/k", "#bags", "number of bags of sweets"),
     S("sc", "bg*p", "$", "cost of the sweets"),
     S("tc", "n*t", "$", "cost of the toys"),
     S("tot", "sc+tc", "$", "total cost")],
    ans="the party bags cost {r}")

add("wedding_centrepieces", "events",
    "A wedding has {g} guests and each table seats {s}. Every table gets a centrepiece costing {c}. How much do the centrepieces cost?",
    dict(g=I(40, 200, 2), s=Ch([6, 8, 10]), c=M(12, 45, 0.5)),
    [S("tb", "g/s", "#tables", "number of tables"),
     S("cost", "tb*c", "$", "cost of the centrepieces")],
    ans="the centrepieces cost {r}")

add("bake_sale_profit", "events",
    "At a bake sale {A} sells {a} brownies at {p} each and {b} flapjacks at {q} each. The ingredients cost {c}. How much profit goes to the school?",
    dict(a=I(12, 40), p=M(0.5, 1.5, 0.1), b=I(10, 36), q=M(0.4, 1.2, 0.1), c=M(5, 20, 0.5)),
    [S("br", "a*p", "$", "money from brownies"),
     S("fl", "b*q", "$", "money from flapjacks"),
     S("tk", "br+fl", "$", "total money taken"),
     S("pr", "tk-c", "$", "profit")],
    ans="{r} goes to the school")

add("concert_trip_split", "events",
    "{n} friends go to a concert. Each ticket costs {t} plus a booking fee of {f}. They also share a taxi that costs {x}. How much does each friend pay?",
    dict(n=I(2, 6), t=M(25, 80, 0.5), f=M(1.5, 5, 0.25), x=M(15, 60, 1)),
    [S("per", "t+f", "$", "cost of one ticket with the fee"),
     S("tix", "per*n", "$", "cost of all the tickets"),
     S("tot", "tix+x", "$", "total cost"),
     S("each", "tot/n", "$", "amount each friend pays")],
    ans="each friend pays {r}")

add("bunting_reels", "events",
    "{A} is making bunting. Each flag needs {w} of ribbon and {he} makes {n} flags. Ribbon comes on reels of {r}. How many reels does {he} need?",
    dict(w=Ch([20, 25, 30, 40, 50], "cm"), n=I(20, 100, 5), r=Ch([5, 10], "m")),
    [S("cm", "w*n", "cm", "ribbon needed in centimetres"),
     S("m", "cm/100", "m", "ribbon needed in metres"),
     S("rl", "m/r", "#reels", "number of reels")],
    ans="{A} needs {r} reels")

add("balloon_bunches", "events",
    "{A} buys {n} packs of balloons with {k} balloons in each. {b} balloons burst while being blown up, and {he} ties the rest into bunches of {g}. How many bunches does {he} make?",
    dict(n=I(2, 6), k=Ch([10, 12, 15, 20, 25]), b=I(2, 9), g=Ch([3, 4, 5, 6])),
    [S("tot", "n*k", "#balloons", "number of balloons"),
     S("ok", "tot-b", "#balloons", "number of balloons left"),
     S("bn", "ok/g", "#bunches", "number of bunches")],
    ans="{A} makes {r} bunches")

add("raffle_fund", "events",
    "A village fête raffle sells {n} tickets at {p} each. The prizes cost {c}, and {f} of the profit goes to the church roof fund. How much goes to the roof fund?",
    dict(n=I(100, 600, 10), p=M(0.5, 2, 0.5), c=M(20, 120, 5), f=Fc((1, 2), (3, 4), (1, 4), (2, 5), (3, 5))),
    [S("sl", "n*p", "$", "money from ticket sales"),
     S("pr", "sl-c", "$", "profit"),
     S("fd", "frac(f,pr)", "$", "amount for the roof fund")],
    ans="{r} goes to the roof fund")

add("bbq_burgers", "events",
    "For a barbecue {A} buys {n} packs of burgers with {k} burgers in each pack. There are {g} guests and each guest eats two burgers. How many burgers are left over?",
    dict(n=I(3, 10), k=Ch([4, 6, 8, 10, 12]), g=I(8, 30)),
    [S("bg", "n*k", "#burgers", "number of burgers"),
     S("eat", "g*2", "#burgers", "number of burgers eaten"),
     S("left", "bg-eat", "#burgers", "number of burgers left")],
    ans="{r} burgers are left over")

# ====================================================================== pets and animals
add("dog_food_bag", "pets",
    "A dog eats {g} of dry food a day. A bag of food weighs {b}. How many days does one bag last?",
    dict(g=Ch([150, 200, 250, 300, 400, 500], "g"), b=Ch([2, 3, 6, 7.5, 12, 15], "kg")),
    [S("bg", "b*1000", "g", "weight of the bag in grams"),
     S("days", "bg/g", "day", "time the bag lasts")],
    ans="one bag lasts {r}")

add("cat_yearly_cost", "pets",
    "{A}'s cat costs {f} a week in food and {l} a month in litter, and insurance is {i} a year. How much does the cat cost in a year?",
    dict(f=M(4, 12, 0.5), l=M(5, 15, 0.5), i=M(80, 250, 5)),
    [S("fd", "f*52", "$", "yearly cost of food"),
     S("lt", "l*12", "$", "yearly cost of litter"),
     S("tot", "fd+lt+i", "$", "total yearly cost")],
    ans="the cat costs {r} a year")

add("riding_lesson_blocks", "pets",
    "Riding lessons cost {p} each, or {q} for a block of {k} lessons. {A} books {n} lessons as blocks. How much does {he} save compared with paying for each lesson?",
    dict(p=M(25, 45, 1), k=Ch([5, 6, 10]), q=M(100, 400, 5), n=I(10, 30, 1)),
    [S("si", "n*p", "$", "cost paying for each lesson"),
     S("bl", "n/k", "#blocks", "number of blocks"),
     S("bc", "bl*q", "$", "cost of the blocks"),
     S("sv", "si-bc", "$", "saving")],
    ans="{A} saves {r}", cond=lambda v: v["q"] < v["p"] * v["k"] and v["q"] > v["p"] * v["k"] * 3 / 4)

add("vet_vaccinations", "pets",
    "A vet charges {c} for a consultation for each dog and {v} per vaccination. {A} brings {n} dogs, and each needs {k} vaccinations. What is the bill?",
    dict(c=M(25, 60, 1), v=M(15, 45, 1), n=I(2, 4), k=I(2, 3)),
    [S("cs", "n*c", "$", "cost of the consultations"),
     S("vn", "n*k", "#vaccinations", "number of vaccinations"),
     S("vc", "vn*v", "$", "cost of the vaccinations"),
     S("tot", "cs+vc", "$", "total bill")],
    ans="the bill is {r}")

add("bird_seed_kg", "pets",
    "{A} fills {n} bird feeders with {g} of seed each every day. How many kilograms of seed does {he} use in {d} days?",
    dict(n=I(2, 5), g=Ch([50, 75, 100, 120, 150, 200], "g"), d=I(7, 30)),
    [S("day", "n*g", "g", "seed used each day"),
     S("tot", "day*d", "g", "seed used in grams"),
     S("kg", "tot/1000", "kg", "seed used in kilograms")],
    ans="{A} uses {r} of seed")

add("dog_walking_income", "pets",
    "{A} walks {n} dogs at a time and charges {p} per dog for each walk. {He} does {k} walks a week. How much does {he} earn in {w} weeks?",
    dict(n=I(2, 5), p=M(5, 12, 0.5), k=I(3, 10), w=I(2, 8)),
    [S("pw", "n*p", "$", "amount earned per walk"),
     S("wk", "pw*k", "$", "amount earned per week"),
     S("tot", "wk*w", "$", "total amount earned")],
    ans="{A} earns {r}")

# ====================================================================== hobbies and crafts
add("knitting_scarves", "hobbies",
    "A scarf needs {b} balls of wool, and each ball costs {p}. {A} knits {n} scarves and sells them for {s} each. What is {his} profit?",
    dict(b=I(2, 5), p=M(2.5, 7, 0.25), n=I(3, 12), s=M(18, 45, 1)),
    [S("bl", "b*n", "#balls", "number of balls of wool"),
     S("cost", "bl*p", "$", "cost of the wool"),
     S("sal", "s*n", "$", "money from sales"),
     S("prof", "sal-cost", "$", "profit")],
    ans="{his} profit is {r}")

add("audiobook_days", "hobbies",
    "An audiobook lasts {h}. {A} listens at {x} times normal speed for {m} a day. How many days does it take {him} to finish?",
    dict(h=D(6, 18, 0.5, "h"), x=Ch([1.25, 1.5, 2], ""), m=Ch([20, 30, 40, 45, 60], "min")),
    [S("real", "h/x", "h", "listening time at the faster speed"),
     S("mins", "real*60", "min", "listening time in minutes"),
     S("days", "mins/m", "day", "number of days")],
    ans="it takes {him} {r}")

add("photo_albums", "hobbies",
    "{A} has {p} photos to put in albums. Each page holds {k} photos and each album has {n} pages. How many albums does {he} need to hold all the photos?",
    dict(p=I(100, 1200, 4), k=Ch([4, 6, 8]), n=Ch([20, 24, 25, 30, 40])),
    [S("per", "k*n", "#photos", "number of photos per album"),
     S("al", "p/per", "#albums", "number of albums")],
    ans="{A} needs {r} albums")

add("necklace_beads", "hobbies",
    "A necklace uses {b} beads. Beads come in packs of {k} costing {p}. How much do the beads for {n} necklaces cost?",
    dict(b=I(20, 80, 2), k=Ch([50, 100, 200, 250]), p=M(1.5, 6, 0.25), n=I(3, 25)),
    [S("bd", "b*n", "#beads", "number of beads"),
     S("pk", "bd/k", "#packs", "number of packs"),
     S("cost", "pk*p", "$", "cost of the beads")],
    ans="the beads cost {r}")

add("model_scale", "hobbies",
    "A model is built to a scale of 1 to {s}. The real ship is {l} long. How long is the model, in centimetres?",
    dict(s=Ch([20, 25, 50, 100, 200, 250]), l=D(10, 120, 1, "m")),
    [S("mm", "l/s", "m", "length of the model in metres"),
     S("cm", "mm*100", "cm", "length of the model in centimetres")],
    ans="the model is {r} long")

add("jigsaw_evenings", "hobbies",
    "A jigsaw has {n} pieces. {A} fits {a} pieces on Saturday and {b} on Sunday, then {k} pieces every evening after that. How many evenings does {he} need to finish?",
    dict(n=Ch([500, 750, 1000, 1500, 2000]), a=I(50, 250, 5), b=I(50, 250, 5), k=I(20, 80, 5)),
    [S("we", "a+b", "#pieces", "number of pieces done at the weekend"),
     S("left", "n-we", "#pieces", "number of pieces left"),
     S("ev", "left/k", "#evenings", "number of evenings")],
    ans="{A} needs {r} evenings")

add("piano_lessons_term", "hobbies",
    "Piano lessons cost {p} for {m}. This term {A} has {h} of lessons in total. How much do the lessons cost?",
    dict(p=M(12, 30, 0.5), m=Ch([20, 30, 45, 60], "min"), h=D(3, 12, 0.5, "h")),
    [S("mins", "h*60", "min", "lesson time in minutes"),
     S("ls", "mins/m", "#lessons", "number of lessons"),
     S("cost", "ls*p", "$", "cost of the lessons")],
    ans="the lessons cost {r}")

add("garden_centre_card", "shopping",
    "At the garden centre {A} buys {n} trays of bedding plants at {p} a tray, {k} bags of compost at {q} each and a watering can for {w}. {His} loyalty card gives {d} off. What does {he} pay?",
    dict(n=I(2, 6), p=M(3, 8, 0.5), k=I(2, 4), q=M(4, 9, 0.5), w=M(5, 15, 0.5), d=P(5, 10, 15)),
    [S("tr", "n*p", "$", "cost of the plants"),
     S("cp", "k*q", "$", "cost of the compost"),
     S("sub", "tr+cp+w", "$", "total before the discount"),
     S("off", "pct(d,sub)", "$", "discount"),
     S("pay", "sub-off", "$", "amount paid")],
    ans="{A} pays {r}")

# ====================================================================== business
add("lemonade_batch", "business",
    "{A} makes {l} of lemonade for ingredients costing {c}. {He} sells it in cups of {s} at {p} a cup. What is {his} profit if {he} sells every cup?",
    dict(l=D(3, 12, 0.5, "l"), c=M(3, 12, 0.5), s=Ch([200, 250, 300], "ml"), p=M(0.5, 1.5, 0.1)),
    [S("ml", "l*1000", "ml", "amount of lemonade in millilitres"),
     S("cups", "ml/s", "#cups", "number of cups"),
     S("rev", "cups*p", "$", "money from sales"),
     S("prof", "rev-c", "$", "profit")],
    ans="{his} profit is {r}")

add("cafe_wages_share", "business",
    "On Saturday a café sells {a} teas at {p} each and {b} slices of cake at {q} each. {f} of the takings go on wages. How much is left after wages?",
    dict(a=I(40, 150), p=M(1.5, 3, 0.1), b=I(20, 80), q=M(2, 4, 0.1), f=Fc((1, 4), (1, 5), (2, 5), (1, 2), (3, 10))),
    [S("te", "a*p", "$", "money taken from tea"),
     S("ck", "b*q", "$", "money taken from cake"),
     S("tk", "te+ck", "$", "total money taken"),
     S("wg", "frac(f,tk)", "$", "amount spent on wages"),
     S("left", "tk-wg", "$", "amount left")],
    ans="{r} is left after wages")

add("shop_bread_profit", "business",
    "A shop buys {n} loaves from a bakery at {w} each and sells them at {r} each. By closing time all but {k} loaves have been sold. What is the shop's profit on the bread?",
    dict(n=I(30, 120), w=M(0.6, 1.2, 0.05), r=M(1.2, 2.5, 0.05), k=I(2, 10)),
    [S("cost", "n*w", "$", "cost of the loaves"),
     S("sold", "n-k", "#loaves", "number of loaves sold"),
     S("rev", "sold*r", "$", "money from sales"),
     S("prof", "rev-cost", "$", "profit")],
    ans="the profit is {r}")

add("scarf_stall_pct", "business",
    "A market trader buys {n} scarves for {c} altogether and sells every one of them at {p} each. What is the percentage profit?",
    dict(n=I(10, 60), c=M(50, 400, 5), p=M(4, 20, 0.5)),
    [S("rev", "n*p", "$", "money from sales"),
     S("prof", "rev-c", "$", "profit"),
     S("pc", "rpct(prof,c)", "%", "percentage profit")],
    ans="the percentage profit is {r}")

add("print_shop_order", "business",
    "A print shop charges {a} per page for colour and {b} per page for black and white. An order has {n} pages, of which {k} are in colour. What does the order cost?",
    dict(a=M(0.2, 0.6, 0.05), b=M(0.05, 0.15, 0.01), n=I(40, 300), k=I(5, 60)),
    [S("bw", "n-k", "#pages", "number of black and white pages"),
     S("cc", "k*a", "$", "cost of the colour pages"),
     S("bc", "bw*b", "$", "cost of the black and white pages"),
     S("tot", "cc+bc", "$", "total cost")],
    ans="the order costs {r}")

add("car_wash_profit", "business",
    "A car wash charges {a} for a standard wash and {b} for a deluxe wash. On Saturday it does {n} standard and {m} deluxe washes. Water and supplies cost {c}. What is the profit?",
    dict(a=M(5, 10, 0.5), b=M(12, 20, 0.5), n=I(20, 80), m=I(5, 30), c=M(40, 150, 5)),
    [S("st", "n*a", "$", "money from standard washes"),
     S("dx", "m*b", "$", "money from deluxe washes"),
     S("tot", "st+dx", "$", "total money taken"),
     S("pr", "tot-c", "$", "profit")],
    ans="the profit is {r}")

add("online_order_parcels", "business",
    "{A} orders {n} books at {p} each. They arrive in {k} parcels, and delivery costs {d} per parcel. What is the total cost of the order?",
    dict(n=I(3, 12), p=M(4, 15, 0.5), k=I(2, 4), d=M(2, 5, 0.5)),
    [S("bk", "n*p", "$", "cost of the books"),
     S("dl", "k*d", "$", "delivery cost"),
     S("tot", "bk+dl", "$", "total cost")],
    ans="the order costs {r}")

add("bottling_crates", "business",
    "A bottling machine fills {n} bottles an hour. It runs for {h} hours a day on {d} days a week, and the bottles are packed in crates of {c}. How many crates are filled in a week?",
    dict(n=I(200, 900, 10), h=I(6, 16), d=I(5, 7), c=Ch([6, 12, 20, 24])),
    [S("day", "n*h", "#bottles", "number of bottles each day"),
     S("wk", "day*d", "#bottles", "number of bottles each week"),
     S("cr", "wk/c", "#crates", "number of crates")],
    ans="{r} crates are filled")

add("shop_tins_stock", "business",
    "A shop has {n} tins of soup. It sells {a} on Monday and {b} on Tuesday. On Wednesday a delivery brings {c} boxes of {k} tins. How many tins does the shop have now?",
    dict(n=I(80, 300), a=I(10, 60), b=I(10, 60), c=I(2, 8), k=Ch([12, 24])),
    [S("sold", "a+b", "#tins", "number of tins sold"),
     S("left", "n-sold", "#tins", "number of tins left"),
     S("dl", "c*k", "#tins", "number of tins delivered"),
     S("now", "left+dl", "#tins", "number of tins now")],
    ans="the shop has {r} tins")

add("food_truck_day", "business",
    "A food van sells {n} wraps at {p} each. Each wrap costs {c} to make, and the pitch fee for the day is {f}. What is the profit for the day?",
    dict(n=I(40, 180), p=M(5, 9, 0.5), c=M(1.5, 3.5, 0.25), f=M(30, 120, 5)),
    [S("mg", "p-c", "$", "profit on each wrap"),
     S("gr", "mg*n", "$", "profit before the pitch fee"),
     S("net", "gr-f", "$", "profit for the day")],
    ans="the profit is {r}")

# ====================================================================== measurement
add("ribbon_pieces_left", "measurement",
    "{A} has {l} of ribbon and cuts off {n} pieces of {p} each. How many centimetres of ribbon are left?",
    dict(l=D(2, 6, 0.5, "m"), n=I(3, 12), p=D(15, 40, 5, "cm")),
    [S("cm", "l*100", "cm", "length of ribbon in centimetres"),
     S("cut", "n*p", "cm", "length cut off"),
     S("left", "cm-cut", "cm", "length left")],
    ans="{r} of ribbon is left")

add("juice_glasses", "measurement",
    "{A} pours {n} bottles of juice, each holding {v}, into glasses that hold {g}. How many glasses can {he} fill?",
    dict(n=I(2, 8), v=Ch([0.75, 1, 1.5, 2], "l"), g=Ch([125, 150, 200, 250], "ml")),
    [S("tl", "n*v", "l", "amount of juice in litres"),
     S("ml", "tl*1000", "ml", "amount of juice in millilitres"),
     S("gl", "ml/g", "#glasses", "number of glasses")],
    ans="{A} can fill {r} glasses")

add("parcel_postage", "measurement",
    "A parcel contains {n} books weighing {w} each, and the packaging weighs {k}. Postage is {p} per {U_kg}. How much does it cost to post the parcel?",
    dict(n=I(2, 8), w=Ch([250, 300, 350, 400, 450, 500], "g"), k=Ch([100, 150, 200, 250], "g"), p=M(2, 6, 0.5)),
    [S("bk", "n*w", "g", "weight of the books"),
     S("tot", "bk+k", "g", "weight of the parcel"),
     S("kg", "tot/1000", "kg", "weight in kilograms"),
     S("cost", "kg*p", "$", "postage")],
    ans="the postage is {r}")

add("track_laps_km", "measurement",
    "A running track is {l} long. {A} runs {n} laps and then walks {w} to cool down. How many kilometres does {he} cover?",
    dict(l=Ch([400], "m"), n=I(4, 20), w=D(200, 1000, 100, "m")),
    [S("run", "l*n", "m", "distance run"),
     S("tot", "run+w", "m", "total distance in metres"),
     S("km", "tot/1000", "km", "total distance in kilometres")],
    ans="{A} covers {r}")

add("biscuit_recipe_scale", "measurement",
    "A recipe for {s} biscuits uses {a} of butter and {b} of sugar. How many grams of butter and sugar together are needed for {n} biscuits?",
    dict(s=Ch([12, 16, 20, 24]), a=Ch([100, 125, 150, 200], "g"), b=Ch([50, 75, 100, 125], "g"), n=I(6, 60, 2)),
    [S("per", "a+b", "g", "butter and sugar for one batch"),
     S("bt", "n/s", "", "number of batches"),
     S("tot", "per*bt", "g", "butter and sugar needed")],
    ans="{r} of butter and sugar are needed")

add("rainfall_mean", "measurement",
    "It rained {a} on Monday, {b} on Tuesday and {c} on Wednesday. What was the mean daily rainfall over the three days?",
    dict(a=D(0.5, 20, 0.5, "mm"), b=D(0.5, 20, 0.5, "mm"), c=D(0.5, 20, 0.5, "mm")),
    [S("tot", "a+b+c", "mm", "total rainfall"),
     S("mean", "tot/3", "mm", "mean daily rainfall")],
    ans="the mean daily rainfall was {r}")

add("sunflower_growth", "measurement",
    "A sunflower is {h} tall. It grows {g} a day for the next {d} days. How tall is it then, in metres?",
    dict(h=D(40, 120, 5, "cm"), g=D(1.5, 4, 0.5, "cm"), d=I(7, 30)),
    [S("gr", "g*d", "cm", "growth"),
     S("tot", "h+gr", "cm", "new height in centimetres"),
     S("m", "tot/100", "m", "new height in metres")],
    ans="it is {r} tall")

add("pool_border_tiles", "measurement",
    "A rectangular pond is {a} long and {b} wide. A border of tiles goes all the way round its edge, and each tile is {t} long. How many tiles are needed?",
    dict(a=D(2, 8, 0.5, "m"), b=D(1, 5, 0.5, "m"), t=Ch([20, 25, 50], "cm")),
    [S("half", "a+b", "m", "length plus width"),
     S("per", "half*2", "m", "perimeter"),
     S("cm", "per*100", "cm", "perimeter in centimetres"),
     S("tl", "cm/t", "#tiles", "number of tiles")],
    ans="{r} tiles are needed")

# ====================================================================== sharing, fractions and ratio
add("scones_left", "fractions",
    "A baker makes {n} scones. {f} of them are sold in the morning, and in the afternoon {B} buys {k} more. How many scones are left?",
    dict(n=I(24, 96, 4), f=Fc((1, 2), (1, 4), (3, 4), (1, 3), (2, 3)), k=I(3, 12)),
    [S("m", "frac(f,n)", "#scones", "number of scones sold in the morning"),
     S("r", "n-m", "#scones", "number of scones left after the morning"),
     S("l", "r-k", "#scones", "number of scones left at the end")],
    ans="{r} scones are left")

add("ratio_share", "fractions",
    "{A} and {B} share {m} in the ratio {a} : {b}. How much does {A} get?",
    dict(m=M(20, 600, 5), a=I(1, 7), b=I(1, 7)),
    [S("parts", "a+b", "#parts", "number of parts"),
     S("one", "m/parts", "$", "value of one part"),
     S("sh", "one*a", "$", "{A}'s share")],
    ans="{A} gets {r}", cond=lambda v: v["a"] != v["b"])

add("pizza_slices_left", "fractions",
    "{A} orders {n} pizzas, each cut into {s} slices. {He} eats {a} slices, and {his} friends eat {f} of the rest. How many slices are left?",
    dict(n=I(2, 6), s=Ch([6, 8, 10, 12]), a=I(2, 4), f=Fc((1, 2), (2, 3), (3, 4), (1, 3), (3, 5))),
    [S("tot", "n*s", "#slices", "number of slices"),
     S("rest", "tot-a", "#slices", "number of slices after {A} has eaten"),
     S("eat", "frac(f,rest)", "#slices", "number of slices eaten by friends"),
     S("left", "rest-eat", "#slices", "number of slices left")],
    ans="{r} slices are left")

add("quiz_prize_split", "fractions",
    "{A}, {B} and {C} win {m} in a pub quiz. {A} gets {f} of it, and the other two share the rest equally. How much does {B} get?",
    dict(m=M(50, 600, 10), f=Fc((1, 2), (1, 3), (2, 5), (1, 4), (3, 5))),
    [S("a", "frac(f,m)", "$", "{A}'s share"),
     S("rest", "m-a", "$", "amount left for the other two"),
     S("b", "rest/2", "$", "{B}'s share")],
    ans="{B} gets {r}")

add("school_lunch_home", "fractions",
    "There are {n} pupils in Year 6. {f} of them have school dinners and {g} of the rest bring a packed lunch. The others go home for lunch. How many go home for lunch?",
    dict(n=I(40, 120, 2), f=Fc((1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (2, 5), (3, 5)), g=Fc((1, 2), (1, 3), (2, 3), (3, 4), (1, 4))),
    [S("sd", "frac(f,n)", "#pupils", "number of pupils having school dinners"),
     S("rest", "n-sd", "#pupils", "number of other pupils"),
     S("pl", "frac(g,rest)", "#pupils", "number of pupils with a packed lunch"),
     S("home", "rest-pl", "#pupils", "number of pupils going home")],
    ans="{r} pupils go home for lunch")

add("fuel_tank_topup", "fractions",
    "A car's fuel tank holds {c} and is {f} full. Fuel costs {p} per {U_l}. How much does it cost to fill the tank?",
    dict(c=Ch([40, 45, 50, 55, 60, 70], "l"), f=Fc((1, 4), (1, 2), (1, 5), (2, 5), (3, 10), (1, 10)), p=M(1.3, 1.9, 0.01)),
    [S("now", "frac(f,c)", "l", "fuel in the tank"),
     S("need", "c-now", "l", "fuel needed"),
     S("cost", "need*p", "$", "cost of the fuel")],
    ans="it costs {r}")

add("marbles_given", "fractions",
    "{A} has {n} marbles. {He} gives {f} of them to {B} and {k} to {C}. How many marbles does {A} have left?",
    dict(n=I(24, 120, 4), f=Fc((1, 4), (1, 3), (1, 2), (1, 6), (3, 8)), k=I(2, 12)),
    [S("gb", "frac(f,n)", "#marbles", "number of marbles given to {B}"),
     S("gave", "gb+k", "#marbles", "number of marbles given away"),
     S("left", "n-gave", "#marbles", "number of marbles left")],
    ans="{A} has {r} marbles left")

add("squash_ratio", "fractions",
    "Squash is mixed with water in the ratio {a} : {b}. How many millilitres of squash are needed to make {v} of drink?",
    dict(a=I(1, 2), b=I(3, 9), v=Ch([500, 750, 1000, 1500, 2000], "ml")),
    [S("parts", "a+b", "#parts", "number of parts"),
     S("one", "v/parts", "ml", "size of one part"),
     S("sq", "one*a", "ml", "amount of squash")],
    ans="{r} of squash are needed")

# ====================================================================== dates
add("hotel_nights", "dates",
    "{A} checks into a hotel on {d1} and checks out on {d2}. The room costs {p} a night and breakfast is {b} a night. What is the total bill?",
    dict(d1=Day(1, 20), d2=L(lambda v: v["d1"] + 2 + int(v["d1"]) % 6, "dt"), p=M(55, 180, 5), b=M(8, 20, 1)),
    [S("nt", "d2-d1", "#nights", "number of nights"),
     S("rate", "p+b", "$", "cost per night"),
     S("bill", "nt*rate", "$", "total bill")],
    ans="the bill is {r}")

add("trip_countdown_savings", "dates",
    "On {d1} {A} starts saving {s} a day for a trip on {d2}. How much has {he} saved by the day before the trip?",
    dict(d1=Day(1, 10), d2=Day(15, 28), s=M(2, 10, 0.5)),
    [S("days", "d2-d1", "#days", "number of saving days"),
     S("sv", "days*s", "$", "amount saved")],
    ans="{A} has saved {r}")

add("seedling_growth_rate", "dates",
    "A seedling was {h} tall on {d1} and {k} tall on {d2}. On average, how many millimetres did it grow each day?",
    dict(d1=Day(1, 10), d2=Day(15, 28), h=D(2, 6, 0.5, "cm"), k=D(8, 20, 0.5, "cm")),
    [S("days", "d2-d1", "#days", "number of days"),
     S("gr", "k-h", "cm", "growth in centimetres"),
     S("mm", "gr*10", "mm", "growth in millimetres"),
     S("per", "mm/days", "mm", "average growth per day")],
    ans="it grew {r} a day on average")

add("bike_hire_inclusive", "dates",
    "{A} hires a bike from {d1} to {d2}, counting both days. Hire costs {p} a day. What is the total cost?",
    dict(d1=Day(1, 14), d2=Day(16, 28), p=M(8, 25, 0.5)),
    [S("diff", "d2-d1", "#days", "difference between the dates"),
     S("days", "diff+1", "#days", "number of hire days"),
     S("cost", "days*p", "$", "hire cost")],
    ans="the hire costs {r}")

# ====================================================================== energy and utilities
add("solar_payback", "utilities",
    "Solar panels cost {c} to install and save {s} a month on electricity bills. After {y} years, how much has been saved once the cost of the panels is taken off?",
    dict(c=M(3000, 8000, 100), s=M(40, 120, 5), y=I(6, 15)),
    [S("mo", "y*12", "#months", "number of months"),
     S("sv", "s*mo", "$", "total saved on bills"),
     S("net", "sv-c", "$", "saving after paying for the panels")],
    ans="{r} has been saved")

add("shower_water_cost", "utilities",
    "A shower uses {l} of water a minute, and {A} showers for {m} every day. Water costs {p} per 1000 litres. How much does {his} showering cost in {d} days?",
    dict(l=Ch([6, 8, 9, 10, 12, 15], "l"), m=Ch([5, 6, 8, 10, 12, 15], "min"), p=M(1.5, 4, 0.1), d=Ch([25, 30, 50, 100])),
    [S("day", "l*m", "l", "water used each day"),
     S("tot", "day*d", "l", "water used altogether"),
     S("th", "tot/1000", "", "number of thousands of litres"),
     S("cost", "th*p", "$", "cost of the water")],
    ans="the showers cost {r}")

add("heating_oil_weeks", "utilities",
    "A house uses {u} of heating oil a week in winter, and oil costs {p} per {U_l}. How much does heating cost over {w} weeks?",
    dict(u=D(20, 60, 5, "l"), p=M(0.6, 1.1, 0.02), w=I(8, 20)),
    [S("tot", "u*w", "l", "oil used"),
     S("cost", "tot*p", "$", "cost of the oil")],
    ans="heating costs {r}")

add("led_bulb_saving", "utilities",
    "An old bulb uses {a} of electricity an hour and an LED bulb uses {b}. {A} switches {n} bulbs to LED and they are on for {h} hours a day. Electricity costs {p} per {U_kWh}. How much is saved in {d} days?",
    dict(a=Ch([0.06, 0.1], "kWh"), b=Ch([0.008, 0.01, 0.012], "kWh"), n=I(4, 12), h=I(3, 8), p=M(0.2, 0.35, 0.01), d=Ch([30, 50, 100])),
    [S("df", "a-b", "kWh", "saving per bulb per hour"),
     S("bh", "n*h", "#bulb-hours", "number of bulb-hours each day"),
     S("day", "df*bh", "kWh", "energy saved each day"),
     S("tot", "day*d", "kWh", "energy saved altogether"),
     S("mon", "tot*p", "$", "money saved")],
    ans="{r} is saved")
