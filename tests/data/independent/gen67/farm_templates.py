"""Problem structures for the farming / gardening / food-production genre.

Each structure is a function(rng) -> dict with
  g: givens (list of V), s: steps (list of St), q: 4 phrasings of the question,
  goal: noun clause for intros, fin: final sentence with {a}, fu: unit after final number,
  notes: optional distractor lines (numbers that are not computations), defs: {const: definition line}.
"""
from fractions import Fraction as F
from core import V, St, NumFmt

_nf = NumFmt(sep=",", cents="auto")


def N(x):
    return _nf.num(F(x))


def M(x):
    return _nf.money(F(x))


def M2(x):
    return NumFmt(sep=",", cents="always").money(F(x))


PEOPLE = ["Maria", "Jake", "Aiyana", "Tom", "Priya", "Luis", "Hannah", "Darnell", "Mei", "Ruth",
          "Samuel", "Greta", "Omar", "Lena", "Carlos", "June", "Walt", "Fatima", "Eli", "Rosa"]
FARMS = ["Willow Creek Farm", "Hilltop Acres", "Red Barn Gardens", "Blue Sky Orchard",
         "Cedar Hollow Farm", "Sunny Slope Market Garden", "Prairie Wind Ranch", "Oak Run Dairy"]


def person(r):
    return r.choice(PEOPLE)


def pron(name):
    return "she" if name in ("Maria", "Aiyana", "Priya", "Hannah", "Mei", "Ruth", "Greta", "Lena",
                              "June", "Fatima", "Rosa") else "he"


def poss(name):
    return "her" if pron(name) == "she" else "his"


TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


# --------------------------------------------------------------------------- eggs / poultry

@T
def eggs_dozens_sales(r):
    p = person(r)
    hens = r.randint(9, 40)
    rate = r.choice([4, 5, 6])
    weeks = r.randint(2, 6)
    price = r.choice([F(4), F(9, 2), F(5), F(11, 2), F(6), F(7, 2)])
    tot = hens * rate * weeks
    if tot % 12 == 0:
        hens += 1
    g = [V("hens", hens, "number of hens", "hens"), V("rate", rate, "eggs per hen per week", "eggs"),
         V("weeks", weeks, "number of weeks", "weeks"),
         V("price", price, "price per dozen", kind="m", per="/dozen"), V("dz", 12, "eggs in a dozen", "eggs", const=True)]
    s = [St("wk", "mul", ["hens", "rate"], "eggs per week", "eggs", act="work out how many eggs the flock lays each week"),
         St("tot", "mul", ["wk", "weeks"], "total eggs", "eggs", act="multiply by the number of weeks"),
         St("doz", "divmod", ["tot", "dz"], "full dozens", "dozen", act="see how many full dozens that makes"),
         St("rev", "mul", ["doz", "price"], "egg income", kind="m", act="multiply the full dozens by the price")]
    q = [f"{p} keeps {hens} laying hens. Each hen lays about {rate} eggs a week. Over {weeks} weeks, {p} packs the eggs into full dozens and sells each dozen for {M(price)}. Leftover eggs are kept for the house. How much money does {p} make?",
         f"Backyard flock question: I've got {hens} hens averaging {rate} eggs per hen per week. If I sell only full dozens at {M(price)} a dozen over the next {weeks} weeks, what do I take in? (extras we eat)",
         f"A small farm has {hens} hens that each lay {rate} eggs per week. After {weeks} weeks the eggs are sold by the full dozen for {M(price)} per dozen, and any eggs that don't fill a carton are not sold. How many dollars do the egg sales bring in?",
         f"Can you help me figure out egg money? {hens} hens, {rate} eggs each per week, {weeks} weeks, {M(price)} per dozen, and I only sell complete dozens."]
    return dict(g=g, s=s, q=q, goal="the egg income", fin="The eggs bring in {a}", fu="",
                notes=["Most laying breeds slow down once day length drops below 14 hours.",
                       "Eggs keep 3-5 weeks refrigerated at 40°F."],
                defs={"dz": "1 dozen = 12 eggs"})


@T
def eggs_daily_log(r):
    p = person(r)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    n = r.choice([5, 6, 7])
    base = r.randint(11, 30)
    counts = [base + r.randint(-4, 4) for _ in range(n)]
    cnt = sum(counts)
    g = [V("c%d" % i, c, "eggs on " + days[i], "eggs") for i, c in enumerate(counts)]
    g.append(V("dz", 12, "eggs in a dozen", "eggs", const=True))
    s = [St("tot", "add", ["c%d" % i for i in range(n)], "eggs collected", "eggs", act="add up the daily egg counts"),
         St("doz", "divmod", ["tot", "dz"], "full cartons", "cartons", act="pack the eggs into cartons of 12")]
    lst = ", ".join(N(c) for c in counts[:-1]) + " and " + N(counts[-1])
    dl = days[0] + " through " + days[n - 1]
    q = [f"{p} collected {lst} eggs on {dl}. If {pron(p)} fills cartons of 12, how many full cartons does {pron(p)} get?",
         f"Egg log for the week ({dl}): {lst}. How many full dozen cartons can I fill?",
         f"Over {n} days a coop produced {lst} eggs. The eggs go into 12-egg cartons. How many cartons are completely filled?",
         f"My daughter kept track of eggs: {lst} ({dl}). How many full cartons of a dozen is that?"]
    return dict(g=g, s=s, q=q, goal="the number of full cartons", fin="That fills {a}", fu="cartons",
                notes=["Collect eggs at least twice a day in hot weather."], defs={"dz": "1 dozen = 12 eggs"})


@T
def broiler_feed(r):
    p = person(r)
    birds = r.choice([25, 30, 40, 50, 60, 75, 100, 120, 150])
    lbper = r.choice([F(10), F(12), F(15, 2), F(11), F(9)])
    bag = 50
    price = r.choice([F(18), F(31, 2), F(22), F(19, 2) * 2, F(2499, 100)])
    g = [V("birds", birds, "number of broilers", "birds"), V("lb", lbper, "feed per bird", "lb"),
         V("bag", bag, "bag size", "lb"), V("price", price, "price per bag", kind="m", per="/bag")]
    s = [St("feed", "mul", ["birds", "lb"], "total feed", "lb", act="find the total feed for the batch"),
         St("bags", "ceil", ["feed", "bag"], "bags of feed", "bags", act="convert pounds to 50-lb bags"),
         St("cost", "mul", ["bags", "price"], "feed cost", kind="m", act="multiply the bags by the price per bag")]
    q = [f"{p} is raising {birds} meat chickens. Each bird eats about {N(lbper)} lb of feed from chick to butcher. Feed comes in {bag}-lb bags that cost {M(price)} each. How much will the feed cost if {pron(p)} can only buy whole bags?",
         f"Planning my first batch of Cornish Cross: {birds} birds, figuring {N(lbper)} lb of feed per bird start to finish. {bag} lb bags run {M(price)}. Whole bags only. What's my feed bill?",
         f"A grower raises {birds} broilers, and each needs {N(lbper)} pounds of feed. Feed is sold only in {bag}-pound bags at {M(price)} per bag. What is the total cost of the feed?",
         f"Broiler budget: {birds} birds x {N(lbper)} lb feed each, {bag} lb bags @ {M(price)}. How much do I spend on feed (round up to whole bags)?"]
    return dict(g=g, s=s, q=q, goal="the feed cost", fin="The feed will cost {a}", fu="",
                notes=["Cornish Cross usually reach butcher weight in 7-9 weeks."], defs={})


@T
def layer_feed_per_day(r):
    p = person(r)
    hens = r.randint(6, 48)
    oz = r.choice([F(1, 4), F(1, 2), F(1, 4) * 1])  # lb per hen per day
    oz = r.choice([F(1, 4), F(1, 2) / 2, F(3, 10), F(1, 5)])
    days = r.choice([14, 21, 28, 30, 60])
    price = r.choice([F(3, 5), F(1, 2), F(45, 100), F(2, 5)])
    g = [V("hens", hens, "number of hens", "hens"), V("lb", oz, "feed per hen per day", "lb"),
         V("days", days, "number of days", "days"), V("price", price, "feed price per pound", kind="m", per="/lb")]
    s = [St("daily", "mul", ["hens", "lb"], "feed per day", "lb", act="find the flock's daily feed"),
         St("feed", "mul", ["daily", "days"], "feed for the period", "lb", act="multiply by the number of days"),
         St("cost", "mul", ["feed", "price"], "feed cost", kind="m", act="multiply the pounds by the price per pound")]
    q = [f"{p}'s {hens} hens each eat {N(oz)} lb of layer feed a day. Feed costs {M2(price)} per pound. How much does it cost to feed the flock for {days} days?",
         f"How much should I budget for layer pellets? {hens} hens, {N(oz)} lb per hen per day, {days} days, feed works out to {M2(price)}/lb.",
         f"An extension fact sheet says a laying hen eats roughly {N(oz)} pound of feed daily. A farm has {hens} hens and pays {M2(price)} per pound of feed. What is the feed cost for {days} days?",
         f"Flock of {hens}. Each hen: {N(oz)} lb feed/day. Price {M2(price)} per lb. Cost for {days} days?"]
    return dict(g=g, s=s, q=q, goal="the feed cost", fin="Feeding the flock costs {a}", fu="",
                notes=["Layer feed is typically 16-18% protein."], defs={})


# --------------------------------------------------------------------------- dairy

@T
def milk_sales(r):
    p = person(r)
    cows = r.randint(3, 24)
    gal = r.choice([F(6), F(13, 2), F(7), F(15, 2), F(8), F(11, 2)])
    days = r.choice([7, 10, 14, 30])
    price = r.choice([F(3), F(7, 2), F(4), F(13, 4), F(5, 2)])
    g = [V("cows", cows, "number of cows", "cows"), V("gal", gal, "milk per cow per day", "gal"),
         V("days", days, "number of days", "days"), V("price", price, "price per gallon", kind="m", per="/gal")]
    s = [St("daily", "mul", ["cows", "gal"], "milk per day", "gallons", act="find the herd's daily milk"),
         St("tot", "mul", ["daily", "days"], "total milk", "gallons", act="multiply by the number of days"),
         St("rev", "mul", ["tot", "price"], "milk income", kind="m", act="multiply the gallons by the price")]
    q = [f"A small dairy milks {cows} cows. Each cow gives {N(gal)} gallons of milk per day. If the milk sells for {M2(price)} per gallon, how much money does the dairy earn in {days} days?",
         f"{p} has {cows} Jerseys averaging {N(gal)} gal a day each. Co-op pays {M2(price)} a gallon. What's the milk check for {days} days?",
         f"On {r.choice(['Oak Run Dairy', 'Cedar Hollow Farm', 'Hilltop Acres'])}, {cows} cows each produce {N(gal)} gallons daily. Milk is sold at {M2(price)} per gallon. Find the income from {days} days of milk.",
         f"Help me estimate: {cows} cows x {N(gal)} gallons/day, {days} days, {M2(price)} per gallon. Total $?"]
    return dict(g=g, s=s, q=q, goal="the milk income", fin="The milk brings in {a}", fu="",
                notes=["Butterfat on Jersey milk often runs 4.5-5%."], defs={})


@T
def milk_lb_to_gal(r):
    p = person(r)
    cows = r.randint(12, 90)
    lb = r.choice([55, 60, 65, 70, 75, 80])
    per = F(43, 5)
    g = [V("cows", cows, "number of cows", "cows"), V("lb", lb, "milk per cow per day", "lb"),
         V("per", per, "weight of a gallon of milk", "lb", const=True)]
    s = [St("tot", "mul", ["cows", "lb"], "milk per day", "lb", act="find the herd's milk in pounds"),
         St("gal", "div", ["tot", "per"], "gallons per day", "gallons", dp=1, approx=True, act="convert pounds to gallons")]
    q = [f"{p}'s herd of {cows} cows averages {lb} lb of milk per cow per day. A gallon of milk weighs about 8.6 lb. About how many gallons is that per day, to the nearest tenth?",
         f"Our {cows} Holsteins average {lb} pounds a day each. How many gallons is that? (use 8.6 lb per gallon, one decimal place is fine)",
         f"A dairy has {cows} cows producing {lb} lb of milk each daily. Using 8.6 pounds per gallon, how many gallons does the herd produce per day? Round to one decimal place.",
         f"Convert the daily milk for {cows} cows at {lb} lb/cow to gallons (8.6 lb = 1 gal), rounded to 0.1."]
    return dict(g=g, s=s, q=q, goal="the gallons per day", fin="That is about {a} per day", fu="gallons",
                notes=[], defs={"per": "1 gallon of milk ≈ 8.6 lb"})


@T
def cheese_yield(r):
    p = person(r)
    gal = r.choice([4, 5, 6, 8, 10])
    days = r.choice([5, 6, 7, 10])
    per = r.choice([F(1), F(1, 1)])
    y = r.choice([F(1), F(5, 4), F(3, 2)])  # lb cheese per gallon
    y = r.choice([F(1, 2) * 2, F(5, 4), F(3, 2)])
    price = r.choice([F(12), F(14), F(16), F(18)])
    g = [V("gal", gal, "goat milk per day", "gal"), V("days", days, "number of days", "days"),
         V("y", y, "cheese per gallon", "lb"), V("price", price, "price per pound of cheese", kind="m", per="/lb")]
    s = [St("milk", "mul", ["gal", "days"], "milk collected", "gallons", act="find the total milk"),
         St("ch", "mul", ["milk", "y"], "cheese made", "lb", act="find the cheese yield"),
         St("rev", "mul", ["ch", "price"], "cheese income", kind="m", act="price the cheese")]
    q = [f"{p}'s goats give {gal} gallons of milk a day. Over {days} days {pron(p)} turns all of it into chèvre, getting {N(y)} lb of cheese per gallon. At {M(price)} per pound, what is the cheese worth?",
         f"Goat dairy math: {gal} gal/day for {days} days, yield {N(y)} lb cheese per gallon, selling at {M(price)}/lb at market. Value of the batch?",
         f"A farmstead creamery collects {gal} gallons of goat milk per day for {days} days. Each gallon makes {N(y)} pounds of soft cheese, which sells for {M(price)} a pound. How much is the cheese worth?",
         f"If I make cheese from {days} days of milk ({gal} gallons a day) and get {N(y)} lb per gallon, how much will I earn selling it at {M(price)} per lb?"]
    return dict(g=g, s=s, q=q, goal="the value of the cheese", fin="The cheese is worth {a}", fu="", notes=[], defs={})


# --------------------------------------------------------------------------- field crops

@T
def corn_bushels_income(r):
    p = person(r)
    acres = r.choice([40, 80, 120, 160, 240, 320, 75, 95])
    yld = r.randint(140, 215)
    price = r.choice([F(425, 100), F(450, 100), F(390, 100), F(475, 100), F(4), F(5)])
    g = [V("ac", acres, "acres planted", "acres"), V("y", yld, "yield per acre", "bu/acre"),
         V("price", price, "price per bushel", kind="m", per="/bu")]
    s = [St("bu", "mul", ["ac", "y"], "total bushels", "bushels", act="multiply the acres by the yield per acre"),
         St("rev", "mul", ["bu", "price"], "gross income", kind="m", act="multiply the bushels by the price")]
    q = [f"{p} harvested corn from {acres} acres. The field averaged {yld} bushels per acre, and the elevator is paying {M2(price)} per bushel. What is the gross income from the crop?",
         f"Corn came in at {yld} bu/acre across {acres} acres. Local bid is {M2(price)}. What's the whole crop worth at that price?",
         f"A farmer plants {acres} acres of corn and expects a yield of {yld} bushels per acre. If corn sells for {M2(price)} per bushel, how much will the harvest bring in?",
         f"Quick one: {yld} bushels/acre × {acres} acres, priced at {M2(price)} a bushel. Gross revenue?"]
    return dict(g=g, s=s, q=q, goal="the gross income", fin="The crop grosses {a}", fu="",
                notes=["Corn is usually harvested at 15-20% moisture and dried to 15%."], defs={})


@T
def wheat_profit(r):
    p = person(r)
    acres = r.choice([50, 80, 100, 120, 150, 200])
    yld = r.randint(38, 72)
    price = r.choice([F(6), F(11, 2), F(5), F(13, 2), F(27, 5)])
    cost = r.choice([F(240), F(265), F(280), F(310), F(325), F(350), F(390), F(420)])
    g = [V("ac", acres, "acres", "acres"), V("y", yld, "yield per acre", "bu/acre"),
         V("price", price, "price per bushel", kind="m", per="/bu"), V("cost", cost, "cost per acre", kind="m", per="/acre")]
    s = [St("bu", "mul", ["ac", "y"], "total bushels", "bushels", act="find the total harvest"),
         St("rev", "mul", ["bu", "price"], "revenue", kind="m", act="find the revenue"),
         St("tc", "mul", ["ac", "cost"], "total cost", kind="m", act="find the total growing cost"),
         St("net", "sub", ["rev", "tc"], "net return", kind="m", act="subtract the cost from the revenue")]
    q = [f"{p} grew wheat on {acres} acres and averaged {yld} bushels per acre. Wheat sold for {M2(price)} per bushel. Growing costs were {M(cost)} per acre. What was the net return? (Use a negative number for a loss.)",
         f"Wheat year recap: {acres} acres, {yld} bu/ac, sold at {M2(price)}, costs ran {M(cost)}/acre all in. Did I make or lose money, and how much? (negative = loss)",
         f"A wheat field of {acres} acres yields {yld} bushels per acre. The grain sells for {M2(price)} a bushel, and production costs are {M(cost)} per acre. Find the net return (negative if it is a loss).",
         f"Compute net return for {acres} acres of wheat: yield {yld} bu/acre, price {M2(price)}/bu, cost {M(cost)}/acre. Report losses as negative."]
    return dict(g=g, s=s, q=q, goal="the net return", fin="The net return is {a}", fu="", notes=[], defs={})


@T
def soybean_hectares(r):
    p = person(r)
    ha = r.choice([12, 15, 20, 25, 30, 40, 45])
    t = r.choice([F(3), F(7, 2), F(16, 5), F(29, 10), F(5, 2)])
    price = r.choice([420, 450, 480, 510, 395])
    g = [V("ha", ha, "hectares", "ha"), V("t", t, "yield per hectare", "t/ha"),
         V("price", price, "price per tonne", kind="m", per="/t")]
    s = [St("tot", "mul", ["ha", "t"], "total harvest", "tonnes", act="find the total tonnes"),
         St("rev", "mul", ["tot", "price"], "sales", kind="m", act="multiply tonnes by the price per tonne")]
    q = [f"A co-op member planted {ha} hectares of soybeans that yielded {N(t)} tonnes per hectare. The buyer pays {M(price)} per tonne. How much does the harvest sell for?",
         f"{p} harvested soybeans at {N(t)} t/ha on {ha} ha. Price is {M(price)} a tonne. What are the total sales?",
         f"Soybeans: {ha} ha, {N(t)} t per ha, {M(price)}/t. Total value?",
         f"If a field of {ha} hectares produces {N(t)} tonnes of soybeans per hectare and soybeans sell for {M(price)} per tonne, what is the crop worth?"]
    return dict(g=g, s=s, q=q, goal="the value of the harvest", fin="The harvest sells for {a}", fu="", notes=[], defs={})


@T
def seed_bags_acres(r):
    p = person(r)
    acres = r.choice([18, 24, 35, 42, 55, 64, 80])
    rate = r.choice([90, 100, 110, 120, 75])  # lb seed per acre
    bag = 50
    price = r.choice([F(28), F(32), F(35), F(45, 2) * 2, F(39)])
    g = [V("ac", acres, "acres", "acres"), V("rate", rate, "seeding rate", "lb/acre"),
         V("bag", bag, "bag size", "lb"), V("price", price, "price per bag", kind="m", per="/bag")]
    s = [St("lb", "mul", ["ac", "rate"], "seed needed", "lb", act="find the pounds of seed needed"),
         St("bags", "ceil", ["lb", "bag"], "bags to buy", "bags", act="convert to 50-lb bags"),
         St("cost", "mul", ["bags", "price"], "seed cost", kind="m", act="find the cost of the bags")]
    q = [f"{p} is drilling oats on {acres} acres at {rate} lb of seed per acre. Seed comes in {bag}-lb bags at {M(price)} a bag. What will the seed cost if only whole bags are sold?",
         f"Seeding {acres} ac of oats at {rate} lb/ac. Bags are {bag} lb, {M(price)} each. How much do I spend on seed?",
         f"An extension guide recommends seeding oats at {rate} pounds per acre. For a {acres}-acre field, using {bag}-pound bags priced at {M(price)}, what is the cost of the seed (whole bags only)?",
         f"How much seed money for {acres} acres if the rate is {rate} lb per acre and a {bag} lb bag costs {M(price)}? Can't buy partial bags."]
    return dict(g=g, s=s, q=q, goal="the seed cost", fin="The seed will cost {a}", fu="",
                notes=["Oats are usually seeded at 2-3 bushels per acre (32 lb per bushel)."], defs={})


@T
def acre_to_sqft_plants(r):
    p = person(r)
    frac = r.choice([(1, 4), (1, 2), (3, 4), (1, 8)])
    spa = r.choice([4, 6, 8, 9, 10, 12, 16])
    area = F(43560) * frac[0] / frac[1]
    if (area / spa).denominator != 1:
        spa = 4 if (area / 4).denominator == 1 else 1
    g = [V("acre", 43560, "square feet in an acre", "sq ft", const=True),
         V("fn", frac[0], "", ""), V("fd", frac[1], "", ""),
         V("spa", spa, "space per plant", "sq ft")]
    s = [St("area", "frac", ["fn", "fd", "acre"], "plot area", "sq ft", act="convert the plot to square feet"),
         St("pl", "div", ["area", "spa"], "plants that fit", "plants", act="divide the area by the space each plant needs")]
    fs = f"{frac[0]}/{frac[1]}"
    q = [f"{p} has a {fs}-acre plot for bell peppers. Each pepper plant needs {spa} square feet. How many plants fit on the plot? (1 acre = 43,560 sq ft)",
         f"How many transplants do I need for {fs} of an acre if every plant gets {spa} sq ft?",
         f"A market gardener is planting {fs} acre of peppers at {spa} square feet per plant. How many plants will be needed?",
         f"Planting density question: {fs} acre, {spa} sq ft per plant. Number of plants?"]
    return dict(g=g, s=s, q=q, goal="the number of plants", fin="The plot holds {a}", fu="plants",
                notes=[], defs={"acre": "1 acre = 43,560 sq ft"})


@T
def wheat_tons(r):
    p = person(r)
    bu = r.choice([1200, 1500, 1800, 2400, 2600, 3100, 4500])
    g = [V("bu", bu, "bushels", "bu"), V("w", 60, "weight of a bushel of wheat", "lb", const=True),
         V("ton", 2000, "pounds per ton", "lb", const=True)]
    s = [St("lb", "mul", ["bu", "w"], "weight in pounds", "lb", act="convert bushels to pounds"),
         St("t", "div", ["lb", "ton"], "weight in tons", "tons", act="convert pounds to tons")]
    q = [f"{p} hauled {N(bu)} bushels of wheat to the elevator. A bushel of wheat weighs 60 lb. How many tons is that (1 ton = 2,000 lb)?",
         f"How many tons is {N(bu)} bu of wheat? Standard test weight 60 lb/bu.",
         f"A farmer stores {N(bu)} bushels of wheat in a bin. At 60 pounds per bushel and 2,000 pounds per ton, how many tons of wheat are in the bin?",
         f"Convert {N(bu)} bushels of wheat (60 lb each) to short tons."]
    return dict(g=g, s=s, q=q, goal="the weight in tons", fin="That is {a}", fu="tons", notes=[],
                defs={"w": "1 bushel of wheat = 60 lb", "ton": "1 ton = 2,000 lb"})


@T
def hay_bales(r):
    p = person(r)
    head = r.randint(8, 45)
    lb = r.choice([24, 25, 26, 28, 30, 32])
    days = r.choice([90, 100, 120, 150])
    bale = r.choice([800, 900, 1000, 1200])
    g = [V("head", head, "number of cattle", "head"), V("lb", lb, "hay per head per day", "lb"),
         V("days", days, "days of winter feeding", "days"), V("bale", bale, "bale weight", "lb")]
    s = [St("daily", "mul", ["head", "lb"], "hay per day", "lb", act="find the herd's daily hay"),
         St("tot", "mul", ["daily", "days"], "hay for the winter", "lb", act="multiply by the feeding days"),
         St("bales", "ceil", ["tot", "bale"], "round bales needed", "bales", act="convert pounds to bales")]
    q = [f"{p} is wintering {head} cows. Each cow eats about {lb} lb of hay a day, and the feeding season is {days} days long. Round bales weigh {N(bale)} lb. How many whole bales should {pron(p)} put up?",
         f"Hay math for winter: {head} head, {lb} lb/head/day, {days} days. My rounds weigh about {N(bale)} lb. How many bales do I need?",
         f"A beef herd of {head} cows needs {lb} pounds of hay per cow per day for a {days}-day winter. If each round bale weighs {N(bale)} pounds, how many bales are needed? (Round up to a whole bale.)",
         f"Estimate bales: {head} cows × {lb} lb/day × {days} days, {N(bale)}-lb bales."]
    return dict(g=g, s=s, q=q, goal="the number of bales", fin="That calls for {a}", fu="bales",
                notes=["A rule of thumb is that a cow eats 2-2.5% of her body weight in dry matter per day."], defs={})


@T
def hog_feed_cost(r):
    p = person(r)
    pigs = r.randint(4, 30)
    lb = r.choice([5, 6, 7, 8])
    days = r.choice([25, 30, 50, 75, 100])
    bag = 50
    price = r.choice([F(17), F(18), F(20), F(21), F(22)])
    while (pigs * lb * days) % bag:
        days += 5
    g = [V("pigs", pigs, "number of pigs", "pigs"), V("lb", lb, "feed per pig per day", "lb"),
         V("days", days, "days", "days"), V("bag", bag, "bag size", "lb"),
         V("price", price, "price per bag", kind="m", per="/bag")]
    s = [St("daily", "mul", ["pigs", "lb"], "feed per day", "lb", act="find the daily feed"),
         St("tot", "mul", ["daily", "days"], "total feed", "lb", act="find the feed for the whole period"),
         St("bags", "div", ["tot", "bag"], "bags of feed", "bags", act="convert to bags"),
         St("cost", "mul", ["bags", "price"], "feed cost", kind="m", act="find the cost")]
    q = [f"{p} is finishing {pigs} feeder pigs. Each pig eats {lb} lb of feed a day for {days} days. Feed comes in {bag}-lb bags at {M(price)} per bag. What is the total feed cost?",
         f"{pigs} hogs on feed, {lb} lb/hd/day, {days} days to finish. Bags are {bag} lb, {M(price)} a bag. Feed cost?",
         f"A farm feeds {pigs} pigs {lb} pounds of grower ration each per day. How much does it spend on feed over {days} days if the ration costs {M(price)} per {bag}-pound bag?",
         f"Need a feed budget: {pigs} pigs, {lb} lb per pig daily, {days} days, {M(price)} per {bag} lb bag."]
    return dict(g=g, s=s, q=q, goal="the feed cost", fin="Feed costs {a}", fu="", notes=[], defs={})


@T
def hog_weight_value(r):
    p = person(r)
    start = r.choice([45, 50, 55, 60])
    gain = r.choice([F(9, 5), F(2), F(17, 10), F(3, 2), F(19, 10)])
    days = r.choice([100, 110, 120, 130, 140])
    price = r.choice([F(1, 1) * F(85, 100), F(90, 100), F(1), F(110, 100), F(75, 100)])
    g = [V("start", start, "starting weight", "lb"), V("gain", gain, "daily gain", "lb/day"),
         V("days", days, "days on feed", "days"), V("price", price, "price per pound live weight", kind="m", per="/lb")]
    s = [St("g", "mul", ["gain", "days"], "weight gained", "lb", act="find the weight gained"),
         St("w", "add", ["start", "g"], "final weight", "lb", act="add the gain to the starting weight"),
         St("val", "mul", ["w", "price"], "value of the pig", kind="m", act="price the finished pig")]
    q = [f"A feeder pig weighs {start} lb when {p} buys it. It gains {N(gain)} lb per day for {days} days. If market hogs bring {M2(price)} per pound live weight, what is the pig worth at the end?",
         f"Feeder came home at {start} lb. Figuring {N(gain)} lb ADG for {days} days and {M2(price)}/lb live. What's it worth at finish?",
         f"A {start}-pound pig gains {N(gain)} pounds per day. After {days} days it is sold at {M2(price)} per pound. How much money does it bring?",
         f"Starting weight {start} lb, average daily gain {N(gain)} lb, {days} days, sale price {M2(price)} per lb. Value?"]
    return dict(g=g, s=s, q=q, goal="the pig's value", fin="The pig is worth {a}", fu="", notes=[], defs={})


@T
def feed_ratio_mix(r):
    p = person(r)
    a, b = r.choice([(3, 1), (4, 1), (2, 1), (5, 3), (3, 2)])
    tot = (a + b) * r.choice([50, 100, 150, 200, 120, 75])
    g = [V("tot", tot, "total mix", "lb"), V("a", a, "parts corn", "parts"), V("b", b, "parts soybean meal", "parts")]
    s = [St("parts", "add", ["a", "b"], "total parts", "parts", act="add the parts of the ratio"),
         St("one", "div", ["tot", "parts"], "pounds per part", "lb", act="find how many pounds one part is"),
         St("corn", "mul", ["one", "a"], "corn in the mix", "lb", act="find the pounds of corn")]
    q = [f"{p} mixes a hog ration of corn and soybean meal in a {a}:{b} ratio by weight. How many pounds of corn go into a {N(tot)}-lb batch?",
         f"Mixing feed {a}:{b} corn to SBM. Batch size {N(tot)} lb. How much corn?",
         f"A ration calls for {a} parts ground corn to {b} part{'s' if b > 1 else ''} soybean meal. To make {N(tot)} pounds of feed, how many pounds of corn are needed?",
         f"If I want {N(tot)} lb of feed at a corn:soybean meal ratio of {a}:{b}, how many pounds of corn do I weigh out?"]
    return dict(g=g, s=s, q=q, goal="the pounds of corn", fin="The batch needs {a} of corn", fu="lb",
                notes=[f"A {a}:{b} ratio means {a} parts corn for every {b} part{'s' if b > 1 else ''} meal."], defs={})


# --------------------------------------------------------------------------- garden layout

@T
def beds_rows_plants(r):
    p = person(r)
    beds = r.randint(3, 12)
    rows = r.choice([2, 3, 4, 5])
    per = r.randint(8, 30)
    g = [V("beds", beds, "beds", "beds"), V("rows", rows, "rows per bed", "rows"), V("per", per, "plants per row", "plants")]
    s = [St("bed", "mul", ["rows", "per"], "plants per bed", "plants", act="find the plants in one bed"),
         St("tot", "mul", ["bed", "beds"], "total plants", "plants", act="multiply by the number of beds")]
    crop = r.choice(["lettuce", "onion", "carrot", "beet", "spinach", "kale"])
    q = [f"{p}'s market garden has {beds} beds. Each bed holds {rows} rows of {crop}, with {per} plants per row. How many {crop} plants are there in all?",
         f"I'm laying out {beds} beds, {rows} rows per bed, {per} {crop} per row. How many transplants do I need?",
         f"A school garden has {beds} raised beds with {rows} rows in each bed. If {per} {crop} seedlings are planted in every row, how many seedlings are planted?",
         f"{beds} beds × {rows} rows × {per} plants per row of {crop} — total plant count?"]
    return dict(g=g, s=s, q=q, goal=f"the number of {crop} plants", fin="There are {a} in all", fu="plants",
                notes=[f"{crop.capitalize()} is usually spaced 4-12 inches apart in the row."], defs={})


@T
def row_spacing_inches(r):
    p = person(r)
    spc = r.choice([6, 8, 9, 12, 18, 24])
    L = r.choice([20, 24, 30, 36, 40, 48, 50, 60])
    while (L * 12) % spc:
        L += 1
    rows = r.randint(2, 9)
    g = [V("L", L, "row length", "ft"), V("in", 12, "inches per foot", "in", const=True),
         V("spc", spc, "spacing", "in"), V("rows", rows, "rows", "rows")]
    s = [St("li", "mul", ["L", "in"], "row length in inches", "in", act="convert the row length to inches"),
         St("per", "div", ["li", "spc"], "plants per row", "plants", act="divide by the spacing"),
         St("tot", "mul", ["per", "rows"], "total plants", "plants", act="multiply by the number of rows")]
    crop = r.choice(["garlic", "bush bean", "pepper", "broccoli", "cabbage", "potato"])
    q = [f"{p} has {rows} rows that are each {L} feet long. {pron(p).capitalize()} wants to plant {crop} every {spc} inches. How many {crop} plants will fit? (Count one plant per spacing interval.)",
         f"Rows are {L} ft long and I've got {rows} of them. Planting {crop} on {spc}\" spacing — how many plants is that total? (just length ÷ spacing per row)",
         f"Extension guidelines call for {crop} at {spc}-inch in-row spacing. How many plants are needed for {rows} rows of {L} feet each? Use row length divided by spacing.",
         f"{rows} rows x {L} ft, {spc} in between plants. Total plants (length/spacing per row)?"]
    return dict(g=g, s=s, q=q, goal="the number of plants", fin="That's {a}", fu="plants",
                notes=["Rows are commonly spaced 18-36 inches apart."], defs={"in": "1 ft = 12 in"})


@T
def seed_packets(r):
    p = person(r)
    beds = r.randint(2, 8)
    holes = r.choice([24, 30, 36, 40, 48, 60])
    sph = r.choice([2, 3])
    pack = r.choice([50, 100, 25, 200])
    g = [V("beds", beds, "beds", "beds"), V("holes", holes, "planting spots per bed", "spots"),
         V("sph", sph, "seeds per spot", "seeds"), V("pack", pack, "seeds per packet", "seeds")]
    s = [St("spots", "mul", ["beds", "holes"], "planting spots", "spots", act="find the total planting spots"),
         St("seeds", "mul", ["spots", "sph"], "seeds needed", "seeds", act="find the seeds needed"),
         St("pk", "ceil", ["seeds", "pack"], "packets to buy", "packets", act="convert seeds to packets")]
    crop = r.choice(["zucchini", "squash", "cucumber", "melon", "sunflower", "bean"])
    q = [f"{p} is sowing {crop} in {beds} beds with {holes} spots per bed, putting {sph} seeds in each spot. Seed packets hold {pack} seeds. How many packets should {pron(p)} buy?",
         f"Direct seeding {crop}: {beds} beds, {holes} spots each, {sph} seeds per spot. Packets have {pack} seeds. How many packets?",
         f"A community garden plans {beds} beds of {crop}. Each bed has {holes} planting spots and each spot gets {sph} seeds. If a packet contains {pack} seeds, what is the least number of packets needed?",
         f"How many {pack}-seed packets do I need for {beds} beds × {holes} spots with {sph} seeds a spot?"]
    return dict(g=g, s=s, q=q, goal="the number of packets", fin="Buy {a}", fu="packets", notes=[], defs={})


@T
def greenhouse_trays(r):
    p = person(r)
    trays = r.randint(4, 30)
    cells = r.choice([72, 50, 128, 98, 200])
    germ = r.choice([80, 85, 90, 75, 95])
    while (trays * cells * germ) % 100:
        trays += 1
    g = [V("trays", trays, "trays", "trays"), V("cells", cells, "cells per tray", "cells"), V("germ", germ, "germination rate", "%")]
    s = [St("tot", "mul", ["trays", "cells"], "cells sown", "cells", act="find the cells sown"),
         St("up", "pct", ["germ", "tot"], "seedlings expected", "seedlings", act="apply the germination rate")]
    crop = r.choice(["tomato", "pepper", "lettuce", "onion", "marigold", "basil"])
    q = [f"{p} sows {trays} trays of {crop}, {cells} cells per tray, one seed per cell. The seed lot has a {germ}% germination rate. How many seedlings should come up?",
         f"Greenhouse question: {trays} x {cells}-cell trays of {crop}, one seed each, {germ}% germ. Expected seedlings?",
         f"A nursery fills {trays} plug trays with {cells} cells each and sows one {crop} seed per cell. If {germ}% of the seeds germinate, how many seedlings will there be?",
         f"How many {crop} seedlings can I expect from {trays} trays ({cells} cells each) at {germ}% germination?"]
    return dict(g=g, s=s, q=q, goal="the number of seedlings", fin="Expect {a}", fu="seedlings",
                notes=[f"Keep the trays at 70-80°F until germination."], defs={})


@T
def transplant_culls_beds(r):
    p = person(r)
    trays = r.randint(3, 12)
    cells = r.choice([72, 50, 98])
    cull = r.randint(5, 30)
    bed = r.choice([40, 45, 50, 60, 64])
    g = [V("trays", trays, "trays", "trays"), V("cells", cells, "cells per tray", "cells"),
         V("cull", cull, "seedlings culled", "seedlings"), V("bed", bed, "plants per bed", "plants")]
    s = [St("tot", "mul", ["trays", "cells"], "seedlings started", "seedlings", act="find the seedlings started"),
         St("good", "sub", ["tot", "cull"], "transplants", "seedlings", act="subtract the culls"),
         St("beds", "divmod", ["good", "bed"], "full beds", "beds", act="divide among the beds")]
    q = [f"{p} started {trays} trays of kale with {cells} seedlings per tray. {pron(p).capitalize()} culled {cull} weak seedlings. Each bed takes {bed} plants. How many beds can be completely planted?",
         f"Had {trays} trays of {cells} kale starts, tossed {cull} leggy ones. Beds hold {bed} plants. How many full beds can I plant?",
         f"A grower has {trays} flats of {cells} kale seedlings each. After removing {cull} damaged seedlings, the rest are planted {bed} to a bed. How many beds are filled completely?",
         f"{trays} trays × {cells} cells, minus {cull} culls, {bed} plants per bed — number of full beds?"]
    return dict(g=g, s=s, q=q, goal="the number of full beds", fin="That fills {a}", fu="beds", notes=[], defs={})


@T
def orchard_rows_bushels(r):
    p = person(r)
    rows = r.randint(6, 24)
    trees = r.randint(10, 32)
    bu = r.choice([8, 10, 12, 15, 6])
    loss = r.choice([10, 5, 20, 15, 25])
    while (rows * trees * bu * loss) % 100:
        trees += 1
    g = [V("rows", rows, "rows", "rows"), V("trees", trees, "trees per row", "trees"),
         V("bu", bu, "bushels per tree", "bu"), V("loss", loss, "share culled", "%")]
    s = [St("t", "mul", ["rows", "trees"], "trees in the orchard", "trees", act="count the trees"),
         St("h", "mul", ["t", "bu"], "total harvest", "bushels", act="find the total harvest"),
         St("c", "pct", ["loss", "h"], "bushels culled", "bushels", act="find the culled fruit"),
         St("s", "sub", ["h", "c"], "sellable bushels", "bushels", act="subtract the culls")]
    q = [f"{p}'s apple orchard has {rows} rows of {trees} trees. Each tree yields about {bu} bushels, but {loss}% of the fruit is culled for bruises and bird damage. How many bushels are left to sell?",
         f"Orchard: {rows} rows × {trees} trees, ~{bu} bu per tree, figure {loss}% culls. Sellable bushels?",
         f"A peach orchard is planted in {rows} rows with {trees} trees in each row. Each tree produces {bu} bushels. If {loss}% of the harvest is unmarketable, how many bushels can be sold?",
         f"How many bushels can I sell from {rows} rows of {trees} trees at {bu} bushels a tree if I lose {loss}% to culls?"]
    return dict(g=g, s=s, q=q, goal="the sellable bushels", fin="That leaves {a} to sell", fu="bushels", notes=[], defs={})


@T
def apple_bins(r):
    p = person(r)
    trees = r.randint(120, 900)
    bu = r.choice([6, 8, 10, 12])
    binb = r.choice([18, 20, 25])
    if (trees * bu) % binb == 0:
        trees += 1
    g = [V("trees", trees, "trees", "trees"), V("bu", bu, "bushels per tree", "bu"), V("bin", binb, "bushels per bin", "bu")]
    s = [St("h", "mul", ["trees", "bu"], "total harvest", "bushels", act="find the harvest"),
         St("bins", "ceil", ["h", "bin"], "bins needed", "bins", act="divide into bins")]
    q = [f"{p} expects {bu} bushels from each of {trees} trees. A field bin holds {binb} bushels. How many bins does {pron(p)} need so that all the apples have a bin?",
         f"Harvest prep: {trees} trees at ~{bu} bu/tree, bins hold {binb} bu. How many bins to have on hand?",
         f"An orchard of {trees} trees averages {bu} bushels per tree. If each bin holds {binb} bushels, how many bins are required?",
         f"Bins needed for {trees} trees × {bu} bushels with {binb} bushels per bin (partial bin counts as a bin)?"]
    return dict(g=g, s=s, q=q, goal="the number of bins", fin="That needs {a}", fu="bins", notes=[], defs={})


# --------------------------------------------------------------------------- soil, fertilizer, water

@T
def fert_bags_bed(r):
    p = person(r)
    L = r.choice([20, 25, 30, 40, 50, 60, 80])
    W = r.choice([10, 12, 15, 20, 25, 30])
    rate = r.choice([2, 3, 4, 5, 6])
    bag = r.choice([20, 25, 40, 50])
    if (L * W * rate) % (1000 * bag) == 0:
        W += 1
    g = [V("L", L, "length", "ft"), V("W", W, "width", "ft"), V("rate", rate, "rate", "lb"),
         V("k", 1000, "", "sq ft", const=True), V("bag", bag, "bag size", "lb")]
    s = [St("A", "mul", ["L", "W"], "area", "sq ft", act="find the garden area"),
         St("th", "div", ["A", "k"], "thousands of square feet", "", act="express the area in 1,000-sq-ft units", dp=3),
         St("lb", "mul", ["th", "rate"], "fertilizer needed", "lb", act="multiply by the rate", dp=2),
         St("bags", "ceil", ["lb", "bag"], "bags to buy", "bags", act="convert to bags")]
    q = [f"{p}'s vegetable garden is {L} ft by {W} ft. The soil test recommends {rate} lb of 10-10-10 per 1,000 sq ft. The fertilizer comes in {bag}-lb bags. How many bags should {pron(p)} buy?",
         f"Garden is {L}' x {W}'. Soil lab says {rate} lb 10-10-10 per 1,000 sq ft. Sold in {bag} lb bags. How many bags?",
         f"Extension recommendation: apply {rate} pounds of 10-10-10 per 1,000 square feet. How many {bag}-pound bags are needed for a {L} × {W} foot plot?",
         f"How many {bag} lb bags of 10-10-10 do I need at {rate} lb per 1000 sq ft for a {L} by {W} foot garden?"]
    return dict(g=g, s=s, q=q, goal="the number of bags", fin="Buy {a}", fu="bags",
                notes=["10-10-10 contains 10% N, 10% P2O5 and 10% K2O by weight.", "Water it in within 24-48 hours."],
                defs={})


@T
def lawn_nitrogen(r):
    p = person(r)
    A = r.choice([4000, 5000, 6000, 8000, 10000, 12000])
    lbN = 1
    pctN = r.choice([20, 25, 10, 16])
    bag = 50
    price = r.choice([F(24), F(28), F(32), F(35), F(22)])
    prod_per = F(100, pctN)
    g = [V("A", A, "lawn area", "sq ft"), V("k", 1000, "", "sq ft", const=True),
         V("pp", prod_per, "product per 1,000 sq ft", "lb"), V("bag", bag, "bag size", "lb"),
         V("price", price, "price per bag", kind="m", per="/bag")]
    s = [St("th", "div", ["A", "k"], "thousands of sq ft", "", act="find the number of 1,000-sq-ft units"),
         St("lb", "mul", ["th", "pp"], "product needed", "lb", act="find the product needed"),
         St("bags", "ceil", ["lb", "bag"], "bags to buy", "bags", act="convert to bags"),
         St("cost", "mul", ["bags", "price"], "cost", kind="m", act="find the cost")]
    grade = {20: "20-0-0", 25: "25-0-5", 10: "10-10-10", 16: "16-4-8"}[pctN]
    q = [f"{p} wants to put 1 lb of nitrogen per 1,000 sq ft on a {N(A)} sq ft pasture lot using {grade}, which takes {N(prod_per)} lb of product per 1,000 sq ft. Bags are {bag} lb at {M(price)} each. What will the fertilizer cost?",
         f"Applying 1 lb N/1000 with {grade} ({N(prod_per)} lb product per 1000 sq ft) on {N(A)} sq ft. {bag} lb bags, {M(price)} a bag. Cost?",
         f"To supply 1 pound of nitrogen per 1,000 square feet, {N(prod_per)} pounds of {grade} are needed per 1,000 square feet. How much will it cost to treat {N(A)} square feet if {bag}-pound bags cost {M(price)} and only whole bags are sold?",
         f"Fertilizer cost for {N(A)} sq ft at {N(prod_per)} lb of {grade} per 1,000 sq ft, {M(price)} per {bag}-lb bag?"]
    return dict(g=g, s=s, q=q, goal="the fertilizer cost", fin="The fertilizer costs {a}", fu="",
                notes=[f"{grade} is {pctN}% nitrogen, so 1 lb N takes 100 ÷ {pctN} = {N(prod_per)} lb of product."],
                defs={})


@T
def compost_cubic_yards(r):
    p = person(r)
    L = r.choice([12, 16, 20, 24, 30, 36])
    W = r.choice([3, 4, 6, 8, 9, 10])
    d = r.choice([3, 6])
    price = r.choice([F(35), F(38), F(42), F(45), F(30)])
    g = [V("L", L, "length", "ft"), V("W", W, "width", "ft"), V("d", d, "depth", "in"),
         V("in", 12, "inches per foot", "in", const=True), V("cy", 27, "cubic feet per cubic yard", "cu ft", const=True),
         V("price", price, "price per cubic yard", kind="m", per="/yd")]
    s = [St("A", "mul", ["L", "W"], "area", "sq ft", act="find the bed area"),
         St("df", "div", ["d", "in"], "depth in feet", "ft", act="convert the depth to feet"),
         St("V", "mul", ["A", "df"], "volume", "cu ft", act="find the volume"),
         St("yd", "ceil", ["V", "cy"], "cubic yards to order", "yards", approx=True, act="convert to cubic yards"),
         St("cost", "mul", ["yd", "price"], "compost cost", kind="m", act="price the delivery")]
    q = [f"{p} wants to spread compost {d} inches deep over a {L} ft by {W} ft area. Compost is sold by the whole cubic yard at {M(price)} per yard. How much will it cost? (27 cu ft = 1 cu yd)",
         f"Topdressing a {L}x{W} ft patch with {d}\" of compost. Supplier sells whole yards only, {M(price)}/yd. Cost?",
         f"How much compost, in whole cubic yards, is needed to cover a {L}-foot by {W}-foot garden {d} inches deep, and what does it cost at {M(price)} per cubic yard? Give the cost.",
         f"Compost order: area {L} ft × {W} ft, depth {d} in, {M(price)} per cubic yard (round up to full yards). Total cost?"]
    return dict(g=g, s=s, q=q, goal="the compost cost", fin="The compost costs {a}", fu="",
                notes=["Finished compost should have a C:N ratio around 10:1 to 20:1."],
                defs={"in": "1 ft = 12 in", "cy": "1 cu yd = 27 cu ft"})


@T
def raised_bed_soil(r):
    p = person(r)
    n = r.randint(2, 8)
    L = r.choice([4, 6, 8, 10, 12])
    W = r.choice([3, 4])
    H = r.choice([1, 2])
    bag = r.choice([F(3, 2), F(2), F(1), F(3)])
    g = [V("n", n, "beds", "beds"), V("L", L, "length", "ft"), V("W", W, "width", "ft"), V("H", H, "depth", "ft"),
         V("bag", bag, "bag volume", "cu ft")]
    s = [St("v", "mul", ["L", "W", "H"], "volume per bed", "cu ft", act="find the volume of one bed"),
         St("tot", "mul", ["v", "n"], "total volume", "cu ft", act="multiply by the number of beds"),
         St("bags", "ceil", ["tot", "bag"], "bags of soil", "bags", act="convert to bags")]
    q = [f"{p} is building {n} raised beds, each {L} ft long, {W} ft wide and {H} ft deep. Bagged garden soil comes in {N(bag)} cu ft bags. How many bags are needed to fill the beds?",
         f"Filling {n} raised beds ({L}'x{W}'x{H}'). Soil bags are {N(bag)} cubic feet. How many bags?",
         f"A school is filling {n} raised beds that measure {L} × {W} × {H} feet. If each bag holds {N(bag)} cubic feet of soil, how many bags must be bought?",
         f"How many {N(bag)} cu ft bags to fill {n} beds that are {L} ft × {W} ft × {H} ft?"]
    return dict(g=g, s=s, q=q, goal="the number of bags", fin="That takes {a}", fu="bags", notes=[], defs={})


@T
def drip_irrigation(r):
    p = person(r)
    plants = r.choice([120, 150, 200, 240, 300, 360, 480])
    gph = r.choice([F(1, 2), F(1), F(2), F(3, 4)])
    hrs = r.choice([1, 2, 3, F(3, 2)])
    days = r.choice([7, 14, 30, 31])
    g = [V("pl", plants, "plants", "emitters"), V("gph", gph, "flow per emitter", "gal/hr"),
         V("hrs", hrs, "run time per day", "hr"), V("days", days, "days", "days")]
    s = [St("fl", "mul", ["pl", "gph"], "flow of the system", "gal/hr", act="find the total flow"),
         St("day", "mul", ["fl", "hrs"], "water per day", "gallons", act="find the daily water use"),
         St("tot", "mul", ["day", "days"], "water for the period", "gallons", act="multiply by the days")]
    q = [f"{p}'s drip system has one {N(gph)} gal/hr emitter at each of {plants} tomato plants. It runs {N(hrs)} hours a day. How many gallons does it use in {days} days?",
         f"Drip line math: {plants} emitters at {N(gph)} GPH, running {N(hrs)} hr/day for {days} days. Total gallons?",
         f"A market garden irrigates {plants} plants with {N(gph)}-gallon-per-hour emitters, one per plant, for {N(hrs)} hours each day. How much water is used over {days} days?",
         f"How many gallons will {plants} emitters rated {N(gph)} gal/hr use if I run them {N(hrs)} h a day for {days} days?"]
    return dict(g=g, s=s, q=q, goal="the water used", fin="The system uses {a}", fu="gallons", notes=[], defs={})


@T
def rain_inches_gallons(r):
    p = person(r)
    A = r.choice([500, 800, 1000, 1200, 1500, 2000])
    inch = r.choice([F(1, 2), F(1), F(3, 4), F(1, 4), F(3, 2)])
    per = F(623, 1000)
    g = [V("A", A, "roof area", "sq ft"), V("in", inch, "rainfall", "in"),
         V("per", per, "gallons per sq ft per inch", "gal", const=True)]
    s = [St("x", "mul", ["A", "in"], "square-foot-inches", "", act="multiply the area by the rainfall"),
         St("gal", "mul", ["x", "per"], "gallons collected", "gallons", dp=1, approx=True, act="convert to gallons")]
    q = [f"{p}'s barn roof is {N(A)} sq ft. How many gallons can {pron(p)} catch from a {N(inch)}-inch rain? Use 0.623 gallons per square foot per inch, and round to the nearest tenth of a gallon.",
         f"Rainwater catchment: {N(A)} sq ft roof, {N(inch)} in of rain. Using 0.623 gal per sq ft per inch, how many gallons (to 0.1)?",
         f"Each inch of rain on one square foot of roof yields about 0.623 gallons. How many gallons does a {N(A)}-square-foot roof collect from {N(inch)} inch of rain? Round to one decimal place.",
         f"Gallons from {N(inch)}\" of rain on {N(A)} sq ft? (0.623 gal/sq ft/in, one decimal)"]
    return dict(g=g, s=s, q=q, goal="the gallons collected", fin="The roof collects about {a}", fu="gallons",
                notes=[], defs={"per": "1 inch of rain on 1 sq ft ≈ 0.623 gal"})


@T
def mulch_bags(r):
    p = person(r)
    L = r.choice([10, 12, 15, 20, 24, 30])
    W = r.choice([3, 4, 5, 6])
    cov = r.choice([6, 8, 12])
    price = r.choice([F(4), F(9, 2), F(5), F(399, 100)])
    if (L * W) % cov == 0:
        W += 1
    g = [V("L", L, "length", "ft"), V("W", W, "width", "ft"), V("cov", cov, "coverage per bag", "sq ft"),
         V("price", price, "price per bag", kind="m", per="/bag")]
    s = [St("A", "mul", ["L", "W"], "area", "sq ft", act="find the area"),
         St("bags", "ceil", ["A", "cov"], "bags of mulch", "bags", act="divide by the coverage per bag"),
         St("cost", "mul", ["bags", "price"], "mulch cost", kind="m", act="find the cost")]
    q = [f"{p} is mulching a {L} ft × {W} ft strawberry bed. One bag of straw mulch covers {cov} sq ft. Bags cost {M2(price)}. How much will {pron(p)} spend on whole bags?",
         f"Strawberry bed is {L}x{W} ft. A bale/bag covers about {cov} sq ft, {M2(price)} each. Cost?",
         f"A {L}-foot by {W}-foot bed needs mulch. Each bag covers {cov} square feet and costs {M2(price)}. What is the cost of enough whole bags?",
         f"How much for mulch on {L} × {W} ft if a {M2(price)} bag covers {cov} sq ft?"]
    return dict(g=g, s=s, q=q, goal="the mulch cost", fin="The mulch costs {a}", fu="", notes=[], defs={})


# --------------------------------------------------------------------------- market, sales

@T
def market_stall_total(r):
    p = person(r)
    tl = r.randint(12, 60)
    tp = r.choice([F(3), F(7, 2), F(4), F(5, 2), F(9, 2)])
    bn = r.randint(10, 40)
    bp = r.choice([F(2), F(5, 2), F(3)])
    ed = r.randint(5, 24)
    ep = r.choice([F(5), F(6), F(11, 2), F(9, 2)])
    g = [V("tl", tl, "pounds of tomatoes", "lb"), V("tp", tp, "tomato price", kind="m", per="/lb"),
         V("bn", bn, "bunches of carrots", "bunches"), V("bp", bp, "price per bunch", kind="m", per="/bunch"),
         V("ed", ed, "dozens of eggs", "dozen"), V("ep", ep, "price per dozen", kind="m", per="/dozen")]
    s = [St("a", "mul", ["tl", "tp"], "tomato sales", kind="m", act="find the tomato sales"),
         St("b", "mul", ["bn", "bp"], "carrot sales", kind="m", act="find the carrot sales"),
         St("c", "mul", ["ed", "ep"], "egg sales", kind="m", act="find the egg sales"),
         St("t", "add", ["a", "b", "c"], "total sales", kind="m", act="add everything up")]
    q = [f"At Saturday market {p} sold {tl} lb of tomatoes at {M2(tp)}/lb, {bn} bunches of carrots at {M2(bp)} a bunch, and {ed} dozen eggs at {M2(ep)} a dozen. How much did {pron(p)} take in?",
         f"Market day tally: {tl} lb tomatoes @ {M(tp)}, {bn} carrot bunches @ {M(bp)}, {ed} dozen eggs @ {M(ep)}. What's my total?",
         f"A farm stand sells {tl} pounds of tomatoes for {M2(tp)} per pound, {bn} bunches of carrots for {M2(bp)} each, and {ed} dozen eggs for {M2(ep)} per dozen. What are the total sales?",
         f"Total the stall sales: tomatoes {tl} lb × {M(tp)}, carrots {bn} × {M(bp)}, eggs {ed} dozen × {M(ep)}."]
    return dict(g=g, s=s, q=q, goal="the total sales", fin="The stall took in {a}", fu="", notes=[], defs={})


@T
def market_change(r):
    p = person(r)
    lb = r.choice([2, 3, 4, 5])
    pp = r.choice([F(349, 100), F(299, 100), F(425, 100), F(275, 100), F(4)])
    jars = r.choice([1, 2, 3])
    jp = r.choice([F(8), F(9), F(10), F(12), F(15, 2)])
    paid = r.choice([20, 40, 50])
    if lb * pp + jars * jp >= paid:
        paid = 50
    g = [V("lb", lb, "pounds of peaches", "lb"), V("pp", pp, "price per pound", kind="m", per="/lb"),
         V("jars", jars, "jars of honey", "jars"), V("jp", jp, "price per jar", kind="m", per="/jar"),
         V("paid", paid, "amount paid", kind="m")]
    s = [St("a", "mul", ["lb", "pp"], "cost of the peaches", kind="m", act="price the peaches"),
         St("b", "mul", ["jars", "jp"], "cost of the honey", kind="m", act="price the honey"),
         St("t", "add", ["a", "b"], "total", kind="m", act="add the two items"),
         St("ch", "sub", ["paid", "t"], "change", kind="m", act="subtract from the amount paid")]
    q = [f"A customer at {p}'s farm stand buys {lb} lb of peaches at {M2(pp)} per pound and {jars} jar{'s' if jars > 1 else ''} of honey at {M2(jp)} each. She pays with {M(paid)}. How much change does she get?",
         f"Customer got {lb} lb peaches ({M2(pp)}/lb) + {jars} honey ({M(jp)} ea) and handed me {M(paid)}. Change?",
         f"Peaches cost {M2(pp)} a pound and honey costs {M2(jp)} a jar. If someone buys {lb} pounds of peaches and {jars} jar{'s' if jars > 1 else ''} of honey and pays with {M(paid)}, how much change is due?",
         f"Work out the change from {M(paid)} for {lb} lb of peaches at {M2(pp)}/lb and {jars} jar(s) of honey at {M2(jp)}."]
    return dict(g=g, s=s, q=q, goal="the change", fin="The change is {a}", fu="", notes=[], defs={})


@T
def csa_boxes(r):
    p = person(r)
    mem = r.randint(18, 120)
    lb = r.choice([8, 9, 10, 12, F(15, 2), F(21, 2)])
    wk = r.choice([16, 18, 20, 22, 24])
    g = [V("mem", mem, "members", "members"), V("lb", lb, "produce per box", "lb"), V("wk", wk, "weeks", "weeks")]
    s = [St("w", "mul", ["mem", "lb"], "produce per week", "lb", act="find the weekly produce"),
         St("t", "mul", ["w", "wk"], "produce for the season", "lb", act="multiply by the weeks")]
    q = [f"{p}'s CSA has {mem} members. Each weekly box holds about {N(lb)} lb of produce, and the season runs {wk} weeks. How many pounds of produce does the farm need to grow for the boxes?",
         f"CSA planning: {mem} shares, ~{N(lb)} lb/box, {wk} week season. Total pounds?",
         f"A community-supported farm packs {mem} boxes a week, each weighing {N(lb)} pounds, for {wk} weeks. What is the total weight of produce delivered?",
         f"How many lb of veg for {mem} members × {N(lb)} lb × {wk} weeks?"]
    return dict(g=g, s=s, q=q, goal="the total produce", fin="The farm needs {a} of produce", fu="lb", notes=[], defs={})


@T
def harvest_crates(r):
    p = person(r)
    rows = r.randint(4, 14)
    lb = r.randint(28, 95)
    crate = r.choice([20, 25, 30, 40])
    price = r.choice([F(30), F(35), F(40), F(45), F(55, 2) * 2])
    if (rows * lb) % crate == 0:
        lb += 1
    g = [V("rows", rows, "rows", "rows"), V("lb", lb, "pounds per row", "lb"), V("crate", crate, "crate size", "lb"),
         V("price", price, "price per crate", kind="m", per="/crate")]
    s = [St("t", "mul", ["rows", "lb"], "total harvest", "lb", act="find the harvest"),
         St("c", "divmod", ["t", "crate"], "full crates", "crates", act="pack full crates"),
         St("rev", "mul", ["c", "price"], "crate sales", kind="m", act="sell the full crates")]
    crop = r.choice(["green beans", "zucchini", "cucumbers", "sweet potatoes", "tomatoes"])
    q = [f"{p} picked {crop} from {rows} rows, getting {lb} lb per row. {pron(p).capitalize()} packs them into {crate}-lb crates and sells each full crate to a restaurant for {M(price)}. The partial crate goes home. How much money does {pron(p)} make?",
         f"Picked {rows} rows of {crop}, ~{lb} lb a row. Restaurant buys full {crate} lb crates at {M(price)}. Leftovers I keep. Income?",
         f"A grower harvests {lb} pounds of {crop} from each of {rows} rows. The {crop} are sold in full {crate}-pound crates for {M(price)} per crate. How much money do the full crates bring?",
         f"{rows} rows × {lb} lb of {crop}, sold only in full {crate} lb crates at {M(price)} each. Revenue?"]
    return dict(g=g, s=s, q=q, goal="the income from full crates", fin="The crates bring in {a}", fu="", notes=[], defs={})


@T
def harvest_share(r):
    p = person(r)
    fam = r.choice([3, 4, 5, 6, 8])
    each = r.randint(6, 40)
    w = [r.randint(10, 60) for _ in range(3)]
    tot = sum(w)
    rem = tot % fam
    w[2] += (fam - rem) % fam
    g = [V("w%d" % i, x, "", "lb") for i, x in enumerate(w)] + [V("fam", fam, "families", "families")]
    s = [St("t", "add", ["w0", "w1", "w2"], "total harvest", "lb", act="add the three pickings"),
         St("e", "div", ["t", "fam"], "share per family", "lb", act="split it evenly")]
    crop = r.choice(["potatoes", "apples", "squash", "tomatoes", "onions"])
    q = [f"{fam} families share a community garden plot. They dug {w[0]} lb, {w[1]} lb and {w[2]} lb of {crop} on three weekends. If they split the {crop} evenly, how many pounds does each family get?",
         f"Our garden group ({fam} families) harvested {crop}: {w[0]}, {w[1]}, and {w[2]} lb. Even split — how much per family?",
         f"Three harvests of {crop} weighed {w[0]} pounds, {w[1]} pounds and {w[2]} pounds. The crop is shared equally by {fam} households. How many pounds does each household receive?",
         f"Split {w[0]} + {w[1]} + {w[2]} lb of {crop} evenly among {fam} families. Pounds each?"]
    return dict(g=g, s=s, q=q, goal="each family's share", fin="Each family gets {a}", fu="lb", notes=[], defs={})


@T
def weekly_harvest_avg(r):
    p = person(r)
    n = r.choice([4, 5, 8])
    w = [r.randint(18, 75) for _ in range(n)]
    g = [V("w%d" % i, x, "", "lb") for i, x in enumerate(w)] + [V("n", n, "weeks", "weeks")]
    s = [St("t", "add", ["w%d" % i for i in range(n)], "total harvest", "lb", act="add the weekly harvests"),
         St("a", "div", ["t", "n"], "average per week", "lb", act="divide by the number of weeks", dp=2, approx=True)]
    lst = ", ".join(str(x) for x in w)
    q = [f"{p} weighed {pron(p) == 'she' and 'her' or 'his'} tomato harvest each week for {n} weeks: {lst} lb. What was the average weekly harvest, to the nearest hundredth of a pound?",
         f"Weekly tomato weights (lb): {lst}. Average per week? Round to 2 decimals if needed.",
         f"Over {n} weeks a garden produced the following pounds of tomatoes: {lst}. Find the mean weekly yield (round to two decimal places).",
         f"Average of my {n} weekly pickings ({lst} lb)? two decimals please"]
    return dict(g=g, s=s, q=q, goal="the weekly average", fin="The average is {a} per week", fu="lb", notes=[], defs={})


@T
def honey_jars(r):
    p = person(r)
    hives = r.randint(3, 16)
    lb = r.choice([30, 35, 40, 45, 50, 60])
    jar = r.choice([12, 8])
    price = r.choice([F(8), F(9), F(10), F(12), F(15, 2)])
    if (hives * lb * 16) % jar == 0 and jar == 8:
        jar = 12
    if (hives * lb * 16) % jar == 0:
        lb += 1
    g = [V("h", hives, "hives", "hives"), V("lb", lb, "honey per hive", "lb"), V("oz", 16, "ounces per pound", "oz", const=True),
         V("jar", jar, "jar size", "oz"), V("price", price, "price per jar", kind="m", per="/jar")]
    s = [St("t", "mul", ["h", "lb"], "total honey", "lb", act="find the total honey"),
         St("o", "mul", ["t", "oz"], "honey in ounces", "oz", act="convert to ounces"),
         St("j", "divmod", ["o", "jar"], "full jars", "jars", act="fill the jars"),
         St("rev", "mul", ["j", "price"], "honey sales", kind="m", act="sell the full jars")]
    q = [f"{p} harvests about {lb} lb of honey from each of {hives} hives. {pron(p).capitalize()} bottles it in {jar}-oz jars and sells each full jar for {M(price)}. How much money does {pron(p)} make from the full jars?",
         f"Beekeeping: {hives} hives × {lb} lb each. Jarring in {jar} oz jars, selling at {M(price)}. Income from full jars?",
         f"A beekeeper extracts {lb} pounds of honey per hive from {hives} hives. The honey is packed into {jar}-ounce jars (16 oz = 1 lb) that sell for {M(price)} each. What is the income from all the full jars?",
         f"How much will I make selling {jar} oz jars at {M(price)} if I get {lb} lb from each of my {hives} hives? Only full jars count."]
    return dict(g=g, s=s, q=q, goal="the honey income", fin="The honey brings in {a}", fu="", notes=[],
                defs={"oz": "1 lb = 16 oz"})


@T
def wholesale_discount(r):
    p = person(r)
    doz = r.choice([20, 30, 40, 50, 60, 80])
    price = r.choice([F(5), F(6), F(4), F(9, 2), F(11, 2)])
    disc = r.choice([10, 15, 20, 25])
    g = [V("doz", doz, "dozens", "dozen"), V("price", price, "retail price per dozen", kind="m", per="/dozen"),
         V("disc", disc, "discount", "%")]
    s = [St("off", "pct", ["disc", "price"], "discount per dozen", kind="m", act="find the discount on one dozen"),
         St("np", "sub", ["price", "off"], "wholesale price", kind="m", act="subtract it from the retail price"),
         St("rev", "mul", ["np", "doz"], "wholesale income", kind="m", act="multiply by the dozens sold")]
    q = [f"{p} sells eggs at {M2(price)} a dozen retail. A grocery store buys {doz} dozen at {disc}% off the retail price. How much does the store pay?",
         f"Store wants {doz} dozen eggs at {disc}% below my {M2(price)} retail. What's the invoice total?",
         f"Eggs retail for {M2(price)} per dozen. A restaurant orders {doz} dozen and receives a {disc}% wholesale discount. How much does the restaurant pay?",
         f"Invoice for {doz} dozen eggs, retail {M2(price)}/dozen, {disc}% wholesale discount?"]
    return dict(g=g, s=s, q=q, goal="the invoice total", fin="The buyer pays {a}", fu="", notes=[], defs={})


@T
def profit_split(r):
    p = person(r)
    k = r.choice([2, 3, 4])
    sales = r.randint(30, 140) * 100 + r.choice([0, 50, 25, 75])
    exp = r.randint(8, 28) * 100 + r.choice([0, 40, 60, 80])
    while (sales - exp) % k:
        sales += 25
    g = [V("sales", sales, "sales", kind="m"), V("exp", exp, "expenses", kind="m"), V("k", k, "partners", "partners")]
    s = [St("pr", "sub", ["sales", "exp"], "profit", kind="m", act="subtract the expenses"),
         St("each", "div", ["pr", "k"], "share per partner", kind="m", act="split the profit")]
    q = [f"{p} and {k - 1} partner{'s' if k > 2 else ''} run a pick-your-own berry patch. This season sales were {M(sales)} and expenses were {M(exp)}. They split the profit equally. How much does each partner get?",
         f"Our U-pick made {M(sales)} in sales, {M(exp)} in expenses. {k} of us split the profit evenly. What's each share?",
         f"A market garden partnership of {k} people had {M(sales)} in sales and {M(exp)} in costs. If profit is shared equally, what is each partner's share?",
         f"Sales {M(sales)}, expenses {M(exp)}, {k} equal partners — profit per partner?"]
    return dict(g=g, s=s, q=q, goal="each partner's share", fin="Each partner gets {a}", fu="", notes=[], defs={})


@T
def pick_your_own(r):
    p = person(r)
    groups = r.randint(20, 90)
    lb = r.choice([F(5, 2), F(3), F(7, 2), F(4), F(9, 2)])
    price = r.choice([F(3), F(7, 2), F(4), F(9, 2), F(5)])
    g = [V("g", groups, "pickers", "pickers"), V("lb", lb, "pounds per picker", "lb"),
         V("price", price, "price per pound", kind="m", per="/lb")]
    s = [St("t", "mul", ["g", "lb"], "berries picked", "lb", act="find the total pounds"),
         St("rev", "mul", ["t", "price"], "sales", kind="m", act="multiply by the price per pound")]
    q = [f"On opening day {groups} customers came to {p}'s strawberry patch. Each picked an average of {N(lb)} lb, at {M2(price)} per pound. How much did the patch take in?",
         f"U-pick strawberries: {groups} pickers, avg {N(lb)} lb each, {M2(price)}/lb. Day's take?",
         f"A pick-your-own farm had {groups} visitors who each picked {N(lb)} pounds of blueberries. The berries cost {M2(price)} a pound. What were the day's sales?",
         f"{groups} people × {N(lb)} lb each × {M2(price)}/lb = ? (berry patch sales)"]
    return dict(g=g, s=s, q=q, goal="the day's sales", fin="The patch took in {a}", fu="", notes=[], defs={})


@T
def tractor_fuel(r):
    p = person(r)
    ac = r.choice([40, 60, 80, 120, 160])
    rate = r.choice([4, 5, 8, 10, 12])  # acres per hour
    gph = r.choice([F(5), F(6), F(15, 2), F(8), F(9)])
    price = r.choice([F(380, 100), F(4), F(395, 100), F(425, 100)])
    while ac % rate:
        ac += 20
    g = [V("ac", ac, "acres", "acres"), V("rate", rate, "acres per hour", "ac/hr"), V("gph", gph, "fuel use", "gal/hr"),
         V("price", price, "diesel price", kind="m", per="/gal")]
    s = [St("h", "div", ["ac", "rate"], "hours of work", "hours", act="find the hours"),
         St("gal", "mul", ["h", "gph"], "diesel used", "gallons", act="find the fuel used"),
         St("cost", "mul", ["gal", "price"], "fuel cost", kind="m", act="find the fuel cost")]
    q = [f"{p} needs to disc {ac} acres. The tractor covers {rate} acres an hour and burns {N(gph)} gallons of diesel per hour. Diesel costs {M2(price)} a gallon. What is the fuel cost for the job?",
         f"Discing {ac} ac at {rate} ac/hr, tractor burns {N(gph)} gal/hr, diesel {M2(price)}. Fuel cost?",
         f"A tractor works {rate} acres per hour and uses {N(gph)} gallons of fuel per hour. How much does fuel cost to work a {ac}-acre field if diesel is {M2(price)} per gallon?",
         f"Fuel cost for {ac} acres: {rate} acres/hour, {N(gph)} gal/hour, {M2(price)} per gallon?"]
    return dict(g=g, s=s, q=q, goal="the fuel cost", fin="Fuel for the job costs {a}", fu="", notes=[], defs={})


@T
def pasture_rotation(r):
    p = person(r)
    ac = r.choice([24, 30, 36, 40, 48, 60])
    pad = r.choice([2, 3, 4, 6])
    while ac % pad:
        ac += 6
    days = r.choice([2, 3, 4, 5])
    g = [V("ac", ac, "pasture", "acres"), V("pad", pad, "paddock size", "acres"), V("d", days, "days per paddock", "days")]
    s = [St("n", "div", ["ac", "pad"], "number of paddocks", "paddocks", act="count the paddocks"),
         St("r", "mul", ["n", "d"], "rotation length", "days", act="find the length of one rotation")]
    q = [f"{p} divides {ac} acres of pasture into {pad}-acre paddocks and moves the herd every {days} days. How many days does one full rotation take?",
         f"Rotational grazing: {ac} ac split into {pad} ac paddocks, {days} days per paddock. Days to get back to paddock 1?",
         f"A grazier splits {ac} acres into paddocks of {pad} acres each. The cattle spend {days} days in each paddock. How long is a full rotation in days?",
         f"{ac} acres / {pad}-acre paddocks, {days} days each. Rotation length?"]
    return dict(g=g, s=s, q=q, goal="the rotation length", fin="One rotation takes {a}", fu="days",
                notes=["Most grasses need 21-45 days of rest between grazings."], defs={})


@T
def plant_density_hectare(r):
    p = person(r)
    ppm = r.choice([F(5, 2), F(4), F(6), F(8), F(7, 2)])
    ha = r.choice([F(1, 2), F(3, 2), F(2), F(5, 2), F(3)])
    g = [V("ppm", ppm, "plants per square metre", "plants/m²"), V("m", 10000, "square metres per hectare", "m²", const=True),
         V("ha", ha, "hectares", "ha")]
    s = [St("pha", "mul", ["ppm", "m"], "plants per hectare", "plants", act="find the plants per hectare"),
         St("t", "mul", ["pha", "ha"], "plants needed", "plants", act="multiply by the hectares")]
    q = [f"{p} is planting onion sets at {N(ppm)} plants per square metre on {N(ha)} hectares. How many sets are needed? (1 ha = 10,000 m²)",
         f"Target density {N(ppm)} plants/m², field is {N(ha)} ha. How many plants?",
         f"A grower wants {N(ppm)} lettuce plants per square metre. How many plants are needed for {N(ha)} hectares?",
         f"Plants needed for {N(ha)} ha at {N(ppm)} per m²?"]
    return dict(g=g, s=s, q=q, goal="the number of plants", fin="That's {a}", fu="plants", notes=[],
                defs={"m": "1 ha = 10,000 m²"})


@T
def tomato_stakes_extra(r):
    p = person(r)
    rows = r.randint(4, 12)
    per = r.choice([10, 12, 15, 20, 25])
    extra = r.choice([10, 20, 5])
    while (rows * per * extra) % 100:
        per += 1
    price = r.choice([F(3, 2), F(2), F(5, 4), F(9, 4)])
    g = [V("rows", rows, "rows", "rows"), V("per", per, "plants per row", "plants"), V("x", extra, "spare stakes", "%"),
         V("price", price, "price per stake", kind="m", per="/stake")]
    s = [St("pl", "mul", ["rows", "per"], "plants", "plants", act="count the plants"),
         St("sp", "pct", ["x", "pl"], "spare stakes", "stakes", act="find the spares"),
         St("st", "add", ["pl", "sp"], "stakes to buy", "stakes", act="add the spares"),
         St("cost", "mul", ["st", "price"], "stake cost", kind="m", act="price the stakes")]
    q = [f"{p} has {rows} rows of {per} tomato plants. {pron(p).capitalize()} wants one stake per plant plus {extra}% extra for breakage. Stakes cost {M2(price)} each. How much will the stakes cost?",
         f"{rows} rows × {per} tomatoes, one stake each + {extra}% spares, {M2(price)}/stake. Cost?",
         f"A gardener stakes {rows} rows of tomatoes with {per} plants per row, buying {extra}% more stakes than plants as spares. At {M2(price)} per stake, what is the total cost?",
         f"Stake budget: {rows} rows, {per} plants/row, {extra}% extra, {M2(price)} each."]
    return dict(g=g, s=s, q=q, goal="the stake cost", fin="The stakes cost {a}", fu="", notes=[], defs={})


@T
def garden_profit_percent(r):
    p = person(r)
    cost = r.choice([200, 250, 300, 400, 480, 500, 640, 750])
    rev = cost + r.choice([-40, 60, 90, 120, 150, 210, 35, 75])
    g = [V("rev", rev, "sales", kind="m"), V("cost", cost, "costs", kind="m"), V("h", 100, "", "", const=True)]
    s = [St("pr", "sub", ["rev", "cost"], "profit", kind="m", act="find the profit"),
         St("q", "div", ["pr", "cost"], "profit as a fraction of cost", "", dp=4, approx=True, act="divide by the cost"),
         St("pc", "mul", ["q", "h"], "return on cost", "%", dp=2, act="convert to a percent")]
    q = [f"{p} spent {M(cost)} on seeds, compost and row cover for a market garden and sold {M(rev)} of produce. What was the profit as a percent of costs? (Round to two decimals; negative means a loss.)",
         f"Spent {M(cost)}, sold {M(rev)}. Return on cost in %? (2 decimals, negative if I lost money)",
         f"A garden plot cost {M(cost)} to run and its produce sold for {M(rev)}. Express the profit as a percentage of the cost, rounded to the nearest hundredth of a percent.",
         f"Profit % on cost for a garden: costs {M(cost)}, sales {M(rev)}. Round to 0.01."]
    return dict(g=g, s=s, q=q, goal="the return on cost", fin="The return is {a}", fu="%", notes=[], defs={})


@T
def potato_seed_pieces(r):
    p = person(r)
    rows = r.randint(3, 10)
    L = r.choice([25, 30, 40, 50, 60])
    spc = 1  # ft
    pcs = r.choice([2, 3, 4])
    lbper = r.choice([6, 8, 10])  # potatoes per lb
    g = [V("rows", rows, "rows", "rows"), V("L", L, "row length", "ft"), V("pcs", pcs, "pieces per potato", "pieces"),
         V("per", lbper, "potatoes per pound", "potatoes")]
    s = [St("pieces", "mul", ["rows", "L"], "seed pieces", "pieces", act="count the seed pieces (one per foot)"),
         St("pot", "ceil", ["pieces", "pcs"], "seed potatoes", "potatoes", act="find the whole seed potatoes"),
         St("lb", "ceil", ["pot", "per"], "pounds to buy", "lb", act="convert to whole pounds")]
    q = [f"{p} plants seed potato pieces 1 foot apart in {rows} rows that are {L} ft long. Each seed potato is cut into {pcs} pieces, and there are about {lbper} seed potatoes in a pound. How many whole pounds should {pron(p)} order?",
         f"Potatoes: {rows} rows × {L} ft, a piece every 12\", {pcs} pieces per tuber, ~{lbper} tubers per lb. Pounds to order (whole lb)?",
         f"A gardener plants one seed piece per foot in {rows} rows of {L} feet. Each potato gives {pcs} pieces and a pound holds {lbper} potatoes. How many pounds of seed potatoes are needed, rounding up at each step?",
         f"Seed potato order for {rows} rows, {L} ft each, 1 piece/ft, {pcs} pieces/potato, {lbper} potatoes/lb?"]
    return dict(g=g, s=s, q=q, goal="the pounds to order", fin="Order {a}", fu="lb", notes=[], defs={})


@T
def goat_water(r):
    p = person(r)
    goats = r.randint(5, 40)
    gal = r.choice([F(3, 2), F(2), F(5, 2), F(3)])
    if gal.denominator == 2 and goats % 2:
        goats += 1
    tank = r.choice([50, 100, 150, 300])
    g = [V("goats", goats, "goats", "goats"), V("gal", gal, "water per goat per day", "gal"), V("tank", tank, "tank size", "gal")]
    s = [St("d", "mul", ["goats", "gal"], "water per day", "gallons", act="find the daily water"),
         St("days", "divmod", ["tank", "d"], "full days", "days", act="see how many full days the tank lasts")]
    q = [f"{p}'s {goats} goats each drink about {N(gal)} gallons of water a day. The stock tank holds {tank} gallons. For how many full days does a full tank last?",
         f"{goats} goats, ~{N(gal)} gal/day each, {tank} gal tank. How many full days between fill-ups?",
         f"A herd of {goats} goats drinks {N(gal)} gallons per goat per day. How many complete days will a {tank}-gallon tank supply?",
         f"Full days a {tank} gal trough lasts for {goats} goats at {N(gal)} gal each daily?"]
    return dict(g=g, s=s, q=q, goal="the number of full days", fin="The tank lasts {a}", fu="full days", notes=[], defs={})


@T
def hay_balance(r):
    p = person(r)
    head = r.randint(12, 60)
    per = r.choice([4, 5, 6, 7])
    need = head * per
    onhand = need + r.choice([-1, 1]) * r.randint(8, 60)
    g = [V("head", head, "cows", "cows"), V("per", per, "bales per cow", "bales"), V("on", onhand, "bales on hand", "bales")]
    s = [St("need", "mul", ["head", "per"], "bales needed", "bales", act="find the bales the herd needs"),
         St("bal", "sub", ["on", "need"], "hay balance", "bales", act="compare with the bales on hand")]
    q = [f"{p} has {N(onhand)} round bales in the barn and {head} cows to winter. Each cow will eat about {per} bales over the winter. What is {poss(p)} hay surplus? (Give a shortfall as a negative number.)",
         f"Got {N(onhand)} bales stacked, {head} head, figuring {per} bales per cow for the winter. Am I over or short, and by how many? (negative = short)",
         f"A rancher winters {head} cows that each need {per} bales of hay. There are {N(onhand)} bales on hand. Find the surplus of bales, using a negative number for a shortage.",
         f"Hay inventory check: {N(onhand)} bales on hand, {head} cows × {per} bales each. Surplus (negative if short)?"]
    return dict(g=g, s=s, q=q, goal="the hay balance", fin="The hay balance is {a}", fu="bales",
                notes=["Plan on 10-15% storage and feeding loss for round bales stored outside."], defs={})


@T
def water_budget(r):
    p = person(r)
    well = r.choice([300, 360, 400, 450, 500, 600])
    plants = r.choice([120, 150, 180, 200, 240, 300])
    gal = r.choice([F(3, 2), F(2), F(5, 2), F(3)])
    days = r.choice([5, 7, 10, 14])
    g = [V("well", well, "well output per day", "gal"), V("pl", plants, "plants", "plants"),
         V("gal", gal, "water per plant per day", "gal"), V("days", days, "days", "days")]
    s = [St("use", "mul", ["pl", "gal"], "daily water use", "gallons", act="find the garden's daily use"),
         St("bal", "sub", ["well", "use"], "daily balance", "gallons", act="subtract the use from the well output"),
         St("tot", "mul", ["bal", "days"], "balance over the period", "gallons", act="multiply by the number of days")]
    q = [f"{p}'s well supplies {well} gallons a day for the garden. {pron(p).capitalize()} has {plants} plants that each need {N(gal)} gallons a day. What is the water surplus over {days} days? (A deficit should be negative.)",
         f"Well gives me {well} gal/day. {plants} plants at {N(gal)} gal each per day. Over {days} days, how far ahead or behind am I? (negative = deficit)",
         f"A garden's well produces {well} gallons per day. The garden has {plants} plants needing {N(gal)} gallons each per day. Find the total surplus for {days} days, written as a negative number if it is a deficit.",
         f"Water balance for {days} days: well {well} gal/day, {plants} plants × {N(gal)} gal/day. Surplus or (negative) deficit?"]
    return dict(g=g, s=s, q=q, goal="the water balance", fin="The balance is {a}", fu="gallons", notes=[], defs={})
