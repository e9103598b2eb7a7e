"""Problem structures for the gardening / lawn / landscaping genre.

Each kind: params(rng) -> dict, three problem phrasings, solve(p, c) -> final value,
answer sentence.  c is a Calc object (see gen.py) that records every computation.
"""
from decimal import Decimal as D

PEOPLE = [
    ("Maria", "she", "her"), ("Jamal", "he", "his"), ("Linh", "she", "her"),
    ("Priya", "she", "her"), ("Tom", "he", "his"), ("Derek", "he", "his"),
    ("Grace", "she", "her"), ("Luis", "he", "his"), ("Mrs. Parker", "she", "her"),
    ("Hannah", "she", "her"), ("Omar", "he", "his"), ("Ines", "she", "her"),
    ("Keisha", "she", "her"), ("Mr. Alvarez", "he", "his"), ("Aiko", "she", "her"),
    ("Ben", "he", "his"), ("Rosa", "she", "her"), ("Sofia", "she", "her"),
    ("Carlos", "he", "his"), ("Ethan", "he", "his"), ("Nadia", "she", "her"),
]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- mulch
def p_mulch(r):
    return dict(L=r.randrange(8, 41), W=r.randrange(3, 13), Dp=pick(r, [3, 3, 6, 9]),
                price=pick(r, [28, 32, 35, 38, 40, 42, 45]))


def s_mulch(p, c):
    dft = c.div(p["Dp"], 12, "the depth in feet", "ft", ["in", ""])
    area = c.mul([p["L"], p["W"]], "the area of the bed", "sq ft", ["ft", "ft"])
    vol = c.mul([area, dft], "the volume in cubic feet", "cu ft", ["sq ft", "ft"])
    yd = c.div(vol, 27, "the volume in cubic yards", "cu yd", ["cu ft", ""])
    order = c.ceil(yd, "cubic yards to order", "cu yd")
    c.check_mul(order, 27, "cu ft", "cubic feet delivered")
    return c.mul([order, p["price"]], "the cost of the mulch", "$", ["cu yd", "$"], money=True)


MULCH = dict(
    name="mulch", params=p_mulch, money=True,
    texts=[
        "{Name} wants to spread mulch {Dp} inches deep over a flower bed that is {L} feet long and {W} feet wide. Mulch is sold by the whole cubic yard for ${price} per cubic yard. How much will {pron} spend on mulch?",
        "A rectangular garden bed measures {L} ft by {W} ft. {Name} plans to cover it with a {Dp}-inch layer of bark mulch. The garden center only sells full cubic yards at ${price} each. What is the cost of the mulch?",
        "{Name} is mulching a {L} ft x {W} ft bed to a depth of {Dp} inches. If mulch costs ${price} per cubic yard and must be bought in whole cubic yards, how many dollars does the mulch cost? (1 cubic yard = 27 cubic feet)",
    ],
    answer="The mulch will cost {ans}.")


# ---------------------------------------------------------------- raised-bed soil bags
def p_soil(r):
    return dict(L=pick(r, [4, 6, 8, 10, 12]), W=pick(r, [2, 3, 4]), H=pick(r, ["1.5", "1.5", "0.5", "2", "0.75"]),
                n=r.randrange(2, 7), bag=pick(r, ["1.5", "2", "1", "0.75"]),
                price=pick(r, ["6.50", "7", "8.25", "9.99", "5.49", "4"]))


def s_soil(p, c):
    per = c.mul([p["L"], p["W"], D(p["H"])], "the volume of one bed", "cu ft", ["ft", "ft", "ft"])
    tot = c.mul([per, p["n"]], "the total volume for all the beds", "cu ft", ["cu ft", ""])
    bags = c.div(tot, D(p["bag"]), "the number of bags", "bags", ["cu ft", "cu ft"])
    nb = c.ceil(bags, "bags to buy", "bags")
    return c.mul([nb, D(p["price"])], "the cost of the soil", "$", ["bags", "$"], money=True)


SOIL = dict(
    name="soil_bags", params=p_soil, money=True,
    texts=[
        "{Name} is building {n} raised beds, each {L} feet long, {W} feet wide and {H} feet deep. Garden soil comes in {bag}-cubic-foot bags that cost ${price} each. How much will it cost to fill all the beds?",
        "To fill {n} raised garden beds that measure {L} ft x {W} ft x {H} ft, {Name} will buy bagged soil. Each bag holds {bag} cu ft and costs ${price}. What is the total cost?",
        "{Name} has {n} identical raised beds ({L} ft long, {W} ft wide, {H} ft tall). Bags of potting mix hold {bag} cubic feet and sell for ${price}. If {pron} can only buy whole bags, how much will {pron} spend?",
    ],
    answer="Filling the beds will cost {ans}.")


# ---------------------------------------------------------------- grass seed
def p_seed(r):
    L = r.randrange(30, 121); W = r.randrange(20, 81)
    return dict(L=L, W=W, a=r.randrange(8, 21), b=r.randrange(8, 25), rate=pick(r, [3, 4, 5, 6, 8, 10]),
                bag=pick(r, [3, 5, 7, 10, 20]))


def s_seed(p, c):
    lawn = c.mul([p["L"], p["W"]], "the area of the whole yard", "sq ft", ["ft", "ft"])
    pat = c.mul([p["a"], p["b"]], "the area of the patio", "sq ft", ["ft", "ft"])
    grass = c.sub(lawn, pat, "the area to seed", "sq ft", ["sq ft", "sq ft"])
    c.check_add(grass, pat, "sq ft")
    lb = c.muldiv(grass, p["rate"], 1000, "the pounds of seed needed", "lb", ["sq ft", "lb", "sq ft"])
    bags = c.div(lb, p["bag"], "the number of bags", "bags", ["lb", "lb"])
    return c.ceil(bags, "bags of seed to buy", "bags")


SEED = dict(
    name="grass_seed", params=p_seed, money=False,
    texts=[
        "{Name}'s backyard is {L} feet by {W} feet, and a {a} ft by {b} ft patio sits in it. The grass seed label says to use {rate} pounds per 1,000 square feet, and the seed comes in {bag}-pound bags. How many bags should {pron} buy to seed everything except the patio?",
        "A yard measures {L} ft x {W} ft. A {a} ft x {b} ft patio will not be seeded. Seed is applied at {rate} lb per 1,000 sq ft and sold in {bag} lb bags. How many bags are needed?",
        "{Name} is overseeding a {L}-by-{W}-foot lawn but skipping a {a}-by-{b}-foot patio. At {rate} lb of seed per 1,000 square feet, how many {bag}-lb bags does {pron} need to buy?",
    ],
    answer="That means buying {ans} bags of seed.")


# ---------------------------------------------------------------- straight fence posts
def p_fence(r):
    s = pick(r, [6, 8, 8, 10])
    F = s * r.randrange(6, 30) + pick(r, [0, 0, s // 2, 2])
    return dict(F=F, s=s, rails=pick(r, [2, 3]), pp=pick(r, ["12", "14.50", "18", "22.75", "9.99"]),
                rp=pick(r, ["6", "7.25", "8.50", "5"]))


def s_fence(p, c):
    sec = c.div(p["F"], p["s"], "the number of sections", "sections", ["ft", "ft"])
    if sec != sec.to_integral_value():
        sec = c.ceil(sec, "whole sections", "sections")
    posts = c.add([sec, 1], "the number of posts", "posts", ["sections", ""])
    rails = c.mul([sec, p["rails"]], "the number of rails", "rails", ["sections", "rails"])
    pc = c.mul([posts, D(p["pp"])], "the cost of the posts", "$", ["posts", "$"], money=True)
    rc = c.mul([rails, D(p["rp"])], "the cost of the rails", "$", ["rails", "$"], money=True)
    return c.add([pc, rc], "the total cost", "$", ["$", "$"], money=True)


FENCE = dict(
    name="fence_posts", params=p_fence, money=True,
    texts=[
        "{Name} is building a straight fence {F} feet long with posts every {s} feet, including a post at each end. Each section between posts gets {rails} rails. Posts cost ${pp} each and rails cost ${rp} each. What is the total cost of posts and rails?",
        "A straight garden fence will run {F} ft, with posts spaced no more than {s} ft apart and a post at both ends. Every section needs {rails} rails. If a post is ${pp} and a rail is ${rp}, how much do the posts and rails cost altogether?",
        "{Name} needs a {F}-foot fence along the side of a vegetable garden. Posts go every {s} feet (the last section may be shorter) and each section uses {rails} rails. Posts are ${pp} apiece and rails ${rp} apiece. Find the total cost.",
    ],
    answer="The posts and rails cost {ans} in total.")


# ---------------------------------------------------------------- perimeter fence
def p_perim(r):
    return dict(L=r.randrange(20, 91), W=r.randrange(15, 61), g=pick(r, [3, 4, 4, 5, 6, 10, 12]),
                price=pick(r, ["9", "12.50", "15", "18.75", "22", "7.40"]))


def s_perim(p, c):
    per = c.perim(p["L"], p["W"], "the perimeter of the yard", "ft")
    fl = c.sub(per, p["g"], "the length of fencing needed", "ft", ["ft", "ft"])
    return c.mul([fl, D(p["price"])], "the cost of the fencing", "$", ["ft", "$"], money=True)


PERIM = dict(
    name="perimeter_fence", params=p_perim, money=True,
    texts=[
        "{Name} wants to fence a rectangular garden that is {L} feet long and {W} feet wide, leaving a {g}-foot opening for a gate. Fencing costs ${price} per foot. How much will the fencing cost (not counting the gate)?",
        "A rectangular yard measures {L} ft by {W} ft. It will be fenced on all sides except for a {g} ft gate opening. At ${price} per linear foot, what is the cost of the fence?",
        "To keep deer out, {Name} is fencing a {L} ft x {W} ft vegetable plot. There will be a {g}-ft gap for the gate. If fencing runs ${price} a foot, how much will {pron} pay for fencing?",
    ],
    answer="The fencing costs {ans}.")


# ---------------------------------------------------------------- sprinkler watering
def p_water(r):
    return dict(g=pick(r, ["2", "2.5", "3", "4", "1.5", "5"]), m=pick(r, [10, 15, 20, 25, 30, 40, 45]),
                n=pick(r, [2, 3, 4, 5, 7]), w=pick(r, [4, 6, 8, 10, 12]),
                rate=pick(r, ["4", "5.50", "3.25", "6", "4.80"]))


def s_water(p, c):
    sess = c.mul([D(p["g"]), p["m"]], "the water used per session", "gal", ["gal/min", "min"])
    wk = c.mul([sess, p["n"]], "the water used per week", "gal", ["gal", ""])
    tot = c.mul([wk, p["w"]], "the water used over the season", "gal", ["gal", "weeks"])
    th = c.div(tot, 1000, "the number of thousands of gallons", "", ["gal", ""], dp=3)
    return c.mul([th, D(p["rate"])], "the water cost", "$", ["", "$"], money=True)


WATER = dict(
    name="sprinkler", params=p_water, money=True,
    texts=[
        "{Name}'s sprinkler puts out {g} gallons per minute. {Pron} runs it for {m} minutes at a time, {n} times a week, for {w} weeks. Water costs ${rate} per 1,000 gallons. How much does the watering cost?",
        "A lawn sprinkler uses {g} gal of water per minute. It runs {m} minutes per watering, {n} waterings per week, for {w} weeks of summer. If the water bill is ${rate} for every 1,000 gallons, what does the watering cost for the summer?",
        "{Name} waters the lawn {n} times a week for {m} minutes each time with a hose that flows at {g} gallons per minute. Over {w} weeks, how much will {pron} pay if water costs ${rate} per thousand gallons?",
    ],
    answer="The watering costs {ans}.")


# ---------------------------------------------------------------- plants in rows
def p_rows(r):
    s = pick(r, [6, 8, 9, 12, 18, 4])
    L = pick(r, [x for x in range(4, 31) if (x * 12) % s == 0])
    return dict(L=L, s=s, n=r.randrange(2, 9), f=pick(r, [4, 6, 6, 9, 12]),
                price=pick(r, ["3.99", "4.50", "5", "12", "15.75", "2.25"]))


def s_rows(p, c):
    inch = c.mul([p["L"], 12], "the row length in inches", "in", ["ft", "in"])
    per = c.div(inch, p["s"], "the plants per row", "plants", ["in", "in"])
    tot = c.mul([per, p["n"]], "the total number of plants", "plants", ["plants", "rows"])
    fl = c.div(tot, p["f"], "the number of packs", "packs", ["plants", "plants"])
    if fl != fl.to_integral_value():
        fl = c.ceil(fl, "packs to buy", "packs")
    return c.mul([fl, D(p["price"])], "the cost of the plants", "$", ["packs", "$"], money=True)


ROWS = dict(
    name="plant_rows", params=p_rows, money=True,
    texts=[
        "{Name} is planting lettuce in {n} rows. Each row is {L} feet long, and the plants go {s} inches apart, so each row holds (row length / spacing) plants. Seedlings come in packs of {f} for ${price} a pack. How much will the seedlings cost?",
        "A vegetable bed has {n} rows that are each {L} ft long. Onion sets are spaced {s} in apart along a row (count plants as row length divided by spacing). If sets are sold in bundles of {f} at ${price} per bundle, how much do the sets cost?",
        "{Name} wants {n} rows of marigolds along a {L}-foot border, one plant every {s} inches (number per row = length / spacing). Marigolds are ${price} per {f}-pack. What will {pron} spend?",
    ],
    answer="The plants cost {ans}.")


# ---------------------------------------------------------------- fertilizer
def p_fert(r):
    return dict(L=r.randrange(40, 151), W=r.randrange(30, 101), C=pick(r, [2500, 5000, 5000, 10000, 15000]),
                k=pick(r, [2, 3, 4, 5]), price=pick(r, ["18", "24.99", "32", "45", "29.50"]))


def s_fert(p, c):
    a = c.mul([p["L"], p["W"]], "the lawn area", "sq ft", ["ft", "ft"])
    per = c.div(a, p["C"], "the bags per application", "bags", ["sq ft", "sq ft"])
    yr = c.mul([per, p["k"]], "the bags for the whole year", "bags", ["bags", ""])
    nb = c.ceil(yr, "bags to buy", "bags")
    return c.mul([nb, D(p["price"])], "the fertilizer cost", "$", ["bags", "$"], money=True)


FERT = dict(
    name="fertilizer", params=p_fert, money=True,
    texts=[
        "{Name}'s lawn is {L} ft by {W} ft. One bag of lawn fertilizer covers {C:,} square feet, and {pron} fertilizes {k} times a year. Bags cost ${price}. If {pron} buys whole bags for the entire year at once, how much does {pron} spend?",
        "A rectangular lawn measures {L} feet by {W} feet. Each bag of fertilizer treats {C:,} sq ft. The lawn is fed {k} times per year. At ${price} a bag, and buying only whole bags for the year, what is the yearly fertilizer cost?",
        "{Name} plans {k} fertilizer applications this year on a {L} x {W} foot lawn. A bag covers {C:,} square feet and costs ${price}. How much will the year's fertilizer cost if leftover from one application can be used in the next?",
    ],
    answer="The fertilizer costs {ans} for the year.")


# ---------------------------------------------------------------- sod with waste
def p_sod(r):
    return dict(L=r.randrange(20, 81), W=r.randrange(15, 51), pct=pick(r, [5, 10, 10, 15]),
                pal=pick(r, [400, 450, 500, 500]), price=pick(r, [150, 175, 199, 210, 240]))


def s_sod(p, c):
    a = c.mul([p["L"], p["W"]], "the area to cover", "sq ft", ["ft", "ft"])
    x = c.pct(p["pct"], a, "the extra for waste", "sq ft")
    t = c.add([a, x], "the total sod needed", "sq ft", ["sq ft", "sq ft"])
    pl = c.div(t, p["pal"], "the number of pallets", "pallets", ["sq ft", "sq ft"])
    n = c.ceil(pl, "pallets to order", "pallets")
    return c.mul([n, p["price"]], "the cost of the sod", "$", ["pallets", "$"], money=True)


SOD = dict(
    name="sod", params=p_sod, money=True,
    texts=[
        "{Name} is laying sod on a {L} ft by {W} ft area and wants {pct}% extra for cutting and waste. A pallet of sod covers {pal} square feet and costs ${price}. How much will the sod cost if only whole pallets can be bought?",
        "A new lawn area is {L} feet long and {W} feet wide. The installer adds {pct}% to the area for waste. Sod comes on pallets of {pal} sq ft at ${price} per pallet. What does the sod cost?",
        "{Name} measured a bare patch of yard: {L} ft x {W} ft. {Pron} will order {pct}% more sod than the area to allow for trimming. If a pallet covers {pal} sq ft and sells for ${price}, what is the total cost?",
    ],
    answer="The sod costs {ans}.")


# ---------------------------------------------------------------- gravel path
def p_gravel(r):
    return dict(L=r.randrange(15, 81), W=pick(r, [2, 3, 3, 4, 5]), Dp=pick(r, [3, 6, 3]),
                tpy=pick(r, ["1.4", "1.5", "1.35"]), price=pick(r, [30, 38, 42, 45, 55]))


def s_gravel(p, c):
    dft = c.div(p["Dp"], 12, "the depth in feet", "ft", ["in", ""])
    cf = c.mul([p["L"], p["W"], dft], "the volume in cubic feet", "cu ft", ["ft", "ft", "ft"])
    yd = c.div(cf, 27, "the volume in cubic yards", "cu yd", ["cu ft", ""])
    t = c.mul([yd, D(p["tpy"])], "the weight in tons", "tons", ["cu yd", "tons"], dp=2)
    return c.mul([t, p["price"]], "the cost of the gravel", "$", ["tons", "$"], money=True)


GRAVEL = dict(
    name="gravel_path", params=p_gravel, money=True,
    texts=[
        "{Name} is putting in a gravel path {L} feet long and {W} feet wide, {Dp} inches deep. Gravel weighs about {tpy} tons per cubic yard and costs ${price} per ton. Rounding the cubic yards and tons to two decimal places, what will the gravel cost?",
        "A garden path will be {L} ft long, {W} ft wide and filled with {Dp} in of pea gravel. One cubic yard of gravel weighs {tpy} tons, and the quarry charges ${price} per ton. Round intermediate values to hundredths. Find the cost of the gravel.",
        "{Name} needs gravel for a {W}-foot-wide, {L}-foot-long walkway at a depth of {Dp} inches. If gravel is {tpy} tons per cubic yard and ${price} per ton, about how much will the gravel cost? (Round yards and tons to 2 decimals.)",
    ],
    answer="The gravel will cost about {ans}.")


# ---------------------------------------------------------------- compost mix
def p_mix(r):
    return dict(L=pick(r, [4, 6, 8, 10]), W=pick(r, [2, 3, 4]), H=pick(r, ["1.5", "2", "2.5"]),
                n=r.randrange(2, 6), top=pick(r, [50, 60, 70, 40]), bag=pick(r, ["1", "1.5", "2"]))


def s_mix(p, c):
    per = c.mul([p["L"], p["W"], D(p["H"])], "the volume of one bed", "cu ft", ["ft", "ft", "ft"])
    tot = c.mul([per, p["n"]], "the total volume", "cu ft", ["cu ft", ""])
    ts = c.pct(p["top"], tot, "the topsoil portion", "cu ft")
    comp = c.sub(tot, ts, "the compost portion", "cu ft", ["cu ft", "cu ft"])
    c.check_add(ts, comp, "cu ft")
    b = c.div(comp, D(p["bag"]), "the bags of compost", "bags", ["cu ft", "cu ft"])
    if b != b.to_integral_value():
        b = c.ceil(b, "bags of compost to buy", "bags")
    return b


MIX = dict(
    name="compost_mix", params=p_mix, money=False,
    texts=[
        "{Name} is filling {n} raised beds that are each {L} ft long, {W} ft wide and {H} ft deep. The fill will be {top}% topsoil and the rest compost. Compost comes in {bag}-cubic-foot bags. How many bags of compost does {pron} need?",
        "Each of {n} garden boxes measures {L} feet by {W} feet by {H} feet. The soil mix is {top}% topsoil, and the remainder is compost sold in {bag} cu ft bags. How many whole bags of compost are needed?",
        "{Name} wants a {top}% topsoil / compost blend in {n} beds of size {L} x {W} x {H} feet. If compost is bagged in {bag} cubic feet, how many bags of compost should {pron} buy?",
    ],
    answer="That comes to {ans} bags of compost.")


# ---------------------------------------------------------------- edging rolls
def p_edge(r):
    return dict(L=r.randrange(6, 41), W=r.randrange(3, 16), roll=pick(r, [10, 16, 20, 20, 40]),
                price=pick(r, ["8.99", "12", "14.50", "19.97", "25"]))


def s_edge(p, c):
    per = c.perim(p["L"], p["W"], "the perimeter of the bed", "ft")
    rl = c.div(per, p["roll"], "the number of rolls", "rolls", ["ft", "ft"])
    if rl != rl.to_integral_value():
        rl = c.ceil(rl, "rolls to buy", "rolls")
    return c.mul([rl, D(p["price"])], "the cost of the edging", "$", ["rolls", "$"], money=True)


EDGE = dict(
    name="edging", params=p_edge, money=True,
    texts=[
        "{Name} wants to put plastic edging all the way around a rectangular flower bed that is {L} feet long and {W} feet wide. Edging comes in {roll}-foot rolls that cost ${price} each. How much will the edging cost?",
        "A rectangular bed is {L} ft by {W} ft. Landscape edging is sold in {roll} ft rolls for ${price} per roll. What is the cost to edge the entire bed?",
        "{Name} is edging the border of a {L}-by-{W}-foot garden bed. Each roll of edging is {roll} feet long and costs ${price}. If {pron} must buy whole rolls, what does {pron} spend?",
    ],
    answer="The edging costs {ans}.")


# ---------------------------------------------------------------- rain barrels
def p_rain(r):
    return dict(A=r.randrange(300, 1601, 10), R=pick(r, ["0.5", "1", "1.5", "2", "0.75"]),
                f=pick(r, ["0.6", "0.62", "0.6"]), bar=pick(r, [50, 55, 55, 60]))


def s_rain(p, c):
    g = c.mul([p["A"], D(p["R"]), D(p["f"])], "the gallons collected", "gal", ["sq ft", "in", "gal"], dp=2)
    b = c.div(g, p["bar"], "the number of barrels", "barrels", ["gal", "gal"])
    if b != b.to_integral_value():
        b = c.ceil(b, "barrels needed", "barrels")
    return b


RAIN = dict(
    name="rain_barrels", params=p_rain, money=False,
    texts=[
        "{Name}'s shed roof is {A} square feet. Each inch of rain on one square foot of roof yields about {f} gallons. How many {bar}-gallon rain barrels would {pron} need to catch all the water from a {R}-inch rain?",
        "A garage roof has an area of {A} sq ft. Rainwater collection gives {f} gallons per square foot per inch of rain. During a {R} in storm, how many {bar} gal barrels are needed to store all the runoff?",
        "{Name} is setting up rain barrels under a {A} sq ft roof. If 1 inch of rain on 1 sq ft gives {f} gal, how many {bar}-gallon barrels does a {R}-inch rainfall fill (counting a partly filled barrel as one more)?",
    ],
    answer="It would take {ans} barrels.")


# ---------------------------------------------------------------- mowing business
def p_mow(r):
    return dict(n=r.randrange(6, 31), pr=pick(r, [25, 30, 35, 40, 45, 50, 55]), w=pick(r, [12, 16, 20, 24, 26]),
                e=pick(r, [40, 55, 60, 75, 90, 120]))


def s_mow(p, c):
    wk = c.mul([p["n"], p["pr"]], "the weekly income", "$", ["lawns", "$"], money=True)
    rev = c.mul([wk, p["w"]], "the income for the season", "$", ["$", "weeks"], money=True)
    ex = c.mul([p["e"], p["w"]], "the expenses for the season", "$", ["$", "weeks"], money=True)
    return c.sub(rev, ex, "the profit", "$", ["$", "$"], money=True)


MOW = dict(
    name="mowing", params=p_mow, money=True,
    texts=[
        "{Name} mows {n} lawns every week and charges ${pr} per lawn. Gas and upkeep cost ${e} a week. How much profit does {pron} make over a {w}-week season?",
        "A lawn-care business cuts {n} yards a week at ${pr} each. Weekly expenses are ${e}. What is the profit for a {w} week season?",
        "{Name} has {n} regular mowing customers who each pay ${pr} per week. Fuel and trimmer line run ${e} per week. Over {w} weeks, what is {poss} profit?",
    ],
    answer="The profit is {ans}.")


# ---------------------------------------------------------------- drip irrigation
def p_drip(r):
    return dict(n=r.randrange(12, 61), k=pick(r, [1, 2, 2, 3]), g=pick(r, ["0.5", "1", "2", "0.5"]),
                h=pick(r, ["1", "1.5", "2", "0.5"]), d=pick(r, [3, 4, 5, 7]))


def s_drip(p, c):
    em = c.mul([p["n"], p["k"]], "the number of emitters", "emitters", ["plants", "emitters"])
    gph = c.mul([em, D(p["g"])], "the flow in gallons per hour", "gal/hr", ["emitters", "gal/hr"])
    day = c.mul([gph, D(p["h"])], "the water per watering day", "gal", ["gal/hr", "hr"])
    return c.mul([day, p["d"]], "the water per week", "gal", ["gal", "days"])


DRIP = dict(
    name="drip_irrigation", params=p_drip, money=False,
    texts=[
        "{Name}'s vegetable garden has {n} tomato plants, each with {k} drip emitters. Each emitter delivers {g} gallons per hour. The system runs {h} hours per day, {d} days a week. How many gallons does the garden use per week?",
        "A drip line feeds {n} shrubs with {k} emitters per shrub. The emitters are rated at {g} gal/hr, and the timer runs {h} hr on each of {d} days per week. How much water is used in a week, in gallons?",
        "{Name} installed drip irrigation: {n} plants x {k} emitters each, {g} gallons per hour per emitter. If it runs {h} hours a day, {d} days each week, how many gallons does it use weekly?",
    ],
    answer="The garden uses {ans} gallons per week.")


# ---------------------------------------------------------------- bulbs
def p_bulbs(r):
    return dict(L=r.randrange(4, 21), W=r.randrange(2, 9), dens=pick(r, [4, 5, 6, 9]), bag=pick(r, [20, 25, 50, 30]),
                price=pick(r, ["9.99", "12", "14.50", "18.95", "7.25"]))


def s_bulbs(p, c):
    a = c.mul([p["L"], p["W"]], "the area of the bed", "sq ft", ["ft", "ft"])
    b = c.mul([a, p["dens"]], "the number of bulbs", "bulbs", ["sq ft", "bulbs"])
    bg = c.div(b, p["bag"], "the number of bags", "bags", ["bulbs", "bulbs"])
    if bg != bg.to_integral_value():
        bg = c.ceil(bg, "bags to buy", "bags")
    return c.mul([bg, D(p["price"])], "the cost of the bulbs", "$", ["bags", "$"], money=True)


BULBS = dict(
    name="bulbs", params=p_bulbs, money=True,
    texts=[
        "{Name} wants to plant tulip bulbs in a {L} ft by {W} ft bed at {dens} bulbs per square foot. Bulbs are sold in bags of {bag} for ${price} a bag. How much will the bulbs cost?",
        "A spring bulb bed measures {L} feet by {W} feet. Daffodils should be planted {dens} per square foot. If a bag of {bag} bulbs costs ${price}, and only whole bags are sold, what is the total cost?",
        "{Name} is planting crocus at a density of {dens} bulbs per sq ft in a {L} x {W} foot bed. Crocus come {bag} to a bag at ${price} per bag. What does {pron} spend?",
    ],
    answer="The bulbs cost {ans}.")


# ---------------------------------------------------------------- hedge shrubs
def p_hedge(r):
    s = pick(r, [2, 3, 4, 5, 6])
    L = s * r.randrange(8, 31)
    return dict(L=L, s=s, h=r.randrange(2, 8), price=pick(r, ["15", "22.50", "29.99", "35", "12.75"]))


def s_hedge(p, c):
    gaps = c.div(p["L"], p["s"], "the number of gaps", "gaps", ["ft", "ft"])
    sh = c.add([gaps, 1], "the number of shrubs in the row", "shrubs", ["gaps", ""])
    need = c.sub(sh, p["h"], "the shrubs still to buy", "shrubs", ["shrubs", "shrubs"])
    return c.mul([need, D(p["price"])], "the cost of the shrubs", "$", ["shrubs", "$"], money=True)


HEDGE = dict(
    name="hedge", params=p_hedge, money=True,
    texts=[
        "{Name} is planting a hedge along a {L}-foot property line, with a shrub every {s} feet starting and ending at the corners. {Pron} already has {h} shrubs. If each new shrub costs ${price}, how much will the rest cost?",
        "A row of boxwoods will run {L} ft with plants {s} ft apart, including one at each end. The homeowner already owns {h} of them. At ${price} each, what do the remaining boxwoods cost?",
        "{Name} wants arborvitae spaced {s} feet apart along a {L} ft fence line, with a plant at both ends. {Pron} has {h} plants left over from last year. What will {pron} pay for the rest at ${price} per plant?",
    ],
    answer="The remaining shrubs cost {ans}.")


# ---------------------------------------------------------------- landscaping bill
def p_bill(r):
    return dict(hrs=pick(r, [3, 4, 5, 6, 8, 10, 12]), rate=pick(r, [35, 40, 45, 50, 55, 65]),
                m1=pick(r, ["120", "84.50", "96", "145.25", "60"]), m2=pick(r, ["45", "38.75", "72", "29.99", "110"]),
                m3=pick(r, ["18", "24.50", "35", "12.25"]), tax=pick(r, [5, 6, 8, 7, 10]))


def s_bill(p, c):
    lab = c.mul([p["hrs"], p["rate"]], "the labor charge", "$", ["hr", "$"], money=True)
    mat = c.add([D(p["m1"]), D(p["m2"]), D(p["m3"])], "the materials", "$", ["$", "$", "$"], money=True)
    tx = c.pct(p["tax"], mat, "the tax on materials", "$", money=True)
    return c.add([lab, mat, tx], "the total bill", "$", ["$", "$", "$"], money=True)


BILL = dict(
    name="landscape_bill", params=p_bill, money=True,
    texts=[
        "A landscaper works {hrs} hours on {Name}'s yard at ${rate} per hour. Materials were ${m1} for shrubs, ${m2} for mulch and ${m3} for edging, and there is {tax}% sales tax on materials only. What is the total bill?",
        "{Name} hired a crew for {hrs} hours at ${rate}/hour. The plants cost ${m1}, the soil ${m2}, and stakes ${m3}. Sales tax of {tax}% applies to the materials but not the labor. How much is the bill?",
        "For a yard makeover, labor is {hrs} hours x ${rate} per hour. Supplies: ${m1} (perennials), ${m2} (stone), ${m3} (landscape fabric). Materials are taxed at {tax}%. Find the total {Name} pays.",
    ],
    answer="The total bill is {ans}.")

KINDS = [MULCH, SOIL, SEED, FENCE, PERIM, WATER, ROWS, FERT, SOD, GRAVEL, MIX, EDGE, RAIN, MOW, DRIP, BULBS, HEDGE, BILL]

for _k, _f in zip(KINDS, [s_mulch, s_soil, s_seed, s_fence, s_perim, s_water, s_rows, s_fert, s_sod, s_gravel,
                          s_mix, s_edge, s_rain, s_mow, s_drip, s_bulbs, s_hedge, s_bill]):
    _k["solve"] = _f
