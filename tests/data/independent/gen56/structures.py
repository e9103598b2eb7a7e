"""Problem structures: sampler, solver (calls Calc), and 4 phrasings each."""
from fractions import Fraction as F
from engine import V, money, pct

STRUCTS = []


def S(name, sample, solve, phr):
    assert len(phr) == 4, name
    STRUCTS.append((name, sample, solve, phr))


def M(x):
    return money(F(x))


def pick_money(r, opts):
    return M(r.choice(opts))


# 1 shop_change -------------------------------------------------------------
def _s(r):
    n, m = r.randint(2, 6), r.randint(2, 5)
    p = pick_money(r, ["0.75", "1.25", "1.5", "2", "2.25", "2.5", "3", "3.5", "4", "4.75"])
    q = pick_money(r, ["1.2", "1.5", "2", "2.5", "3.25", "5", "6", "7.5"])
    tot = n * p.x + m * q.x
    B = next(b for b in (20, 50, 100) if b > tot)
    return dict(n=n, m=m, p=p, q=q, B=M(B))


def _v(c, d):
    a = c.s([d["n"], "*", d["p"]], "cost of the " + d["i1"])
    b = c.s([d["m"], "*", d["q"]], "cost of the " + d["i2"])
    t = c.s([a, "+", b], "total cost")
    ch = c.s([d["B"], "-", t], "change")
    c.s([ch, "+", t], "change plus total", check=True)
    return ch


S("shop_change", _s, _v, [
    ("{name} buys {n} notebooks for {p} each and {m} packs of pens for {q} each. {He} pays with a {B} bill. How much change does {he} get back?",
     dict(i1="notebooks", i2="pens")),
    ("At the market, {name} picks up {n} mangoes at {p} apiece and {m} loaves of bread at {q} a loaf. If {he} hands the cashier {B}, how much change should {he} receive?",
     dict(i1="mangoes", i2="bread")),
    ("A box of crayons costs {p} and a glue stick costs {q}. {name} gets {n} boxes of crayons and {m} glue sticks and pays with {B}. What is {his} change?",
     dict(i1="crayons", i2="glue sticks")),
    ("{name} orders {n} coffees at {p} each and {m} muffins at {q} each for the office. {He} pays using a {B} bill. How much money comes back as change?",
     dict(i1="coffees", i2="muffins")),
])


# 2 eggs --------------------------------------------------------------------
def _s(r):
    return dict(E=r.randint(14, 26), a=r.randint(2, 5), b=r.randint(2, 6),
                p=pick_money(r, ["1.5", "1.75", "2", "2.5", "3", "1.25"]))


def _v(c, d):
    left = c.s([d["E"], "-", d["a"], "-", d["b"]], d["thing"] + " left to sell")
    return c.s([left, "*", d["p"]], "money from the " + d["thing"])


S("eggs_sell", _s, _v, [
    ("{name}'s ducks lay {E} eggs per day. {He} eats {a} for breakfast every morning and bakes muffins with {b}. {He} sells the rest at the farmers' market for {p} per egg. How much does {he} make every day?",
     dict(thing="eggs")),
    ("A bakery makes {E} loaves of sourdough each morning. The staff keep {a} loaves for themselves and donate {b} to a shelter. The rest are sold for {p} each. How much money do the loaves bring in per day?",
     dict(thing="loaves")),
    ("{name} picks {E} lemons from {his} tree. {He} uses {a} for lemonade and gives {b} to a neighbor, then sells every remaining lemon at {p} each. How much money does {he} earn?",
     dict(thing="lemons")),
    ("A hen house produces {E} eggs on Saturday. {a} are cracked and {b} go into a cake. If the remaining eggs sell for {p} each, how many dollars does the farm take in?",
     dict(thing="eggs")),
])


# 3 weekly_pay ----------------------------------------------------------------
def _s(r):
    return dict(h=r.randint(4, 9), dd=r.randint(3, 6), k=r.randint(2, 6),
                w=pick_money(r, ["12", "14.5", "15", "16", "18.25", "20", "22.5", "13.75"]))


def _v(c, d):
    hrs = c.s([d["h"], "*", d["dd"]], "hours per week", unit="hours")
    wk = c.s([hrs, "*", d["w"]], "pay per week")
    return c.s([wk, "*", d["k"]], "total pay")


S("weekly_pay", _s, _v, [
    ("{name} works {h} hours a day, {dd} days a week, and earns {w} per hour. How much does {he} earn in {k} weeks?", {}),
    ("A lifeguard is paid {w} an hour. She works {h}-hour shifts {dd} times a week. What are her total earnings after {k} weeks?", {}),
    ("{name} tutors {h} hours each day for {dd} days every week at a rate of {w} per hour. How much money has {he} made at the end of {k} weeks?", {}),
    ("If a part-time cashier earns {w}/hour and works {h} hours per day on {dd} days each week, how much is {his} pay over {k} weeks?", {}),
])


# 4 fraction_left -------------------------------------------------------------
def _s(r):
    return dict(N=12 * r.randint(3, 16))


def _v(c, d):
    g = c.s([d["N"], "/", 4], d["thing"] + " given to " + d["p1"])
    rem = c.s([d["N"], "-", g], d["thing"] + " remaining")
    t = c.s([rem, "/", 3], d["thing"] + " given to " + d["p2"])
    return c.s([rem, "-", t], d["thing"] + " left")


S("fraction_left", _s, _v, [
    ("{name} has {N} marbles. {He} gives 1/4 of them to a friend and then 1/3 of what is left to {his} sister. How many marbles does {name} have now?",
     dict(thing="marbles", p1="the friend", p2="the sister")),
    ("A teacher has {N} stickers. She hands out a quarter of them on Monday and one third of the remaining stickers on Tuesday. How many stickers are left?",
     dict(thing="stickers", p1="Monday's class", p2="Tuesday's class")),
    ("There are {N} apples in a crate. One fourth are used for pies, and then one third of the rest are used for juice. How many apples remain in the crate?",
     dict(thing="apples", p1="the pies", p2="the juice")),
    ("{name} collected {N} trading cards. {He} traded away 1/4 of the cards, then gave 1/3 of the remaining cards to {his} cousin. How many cards does {he} still have?",
     dict(thing="cards", p1="the trade", p2="the cousin")),
])


# 5 discount ------------------------------------------------------------------
def _s(r):
    return dict(P=M(r.choice([40, 60, 80, 120, 150, 250, 36, 48])), dp=r.choice([10, 15, 20, 25, 30]),
                q=r.randint(2, 4))


def _v(c, d):
    off = c.s([pct(d["dp"]), "%of", d["P"]], "discount")
    sale = c.s([d["P"], "-", off], "sale price")
    return c.s([sale, "*", d["q"]], "total cost")


S("discount", _s, _v, [
    ("A jacket normally costs {P}. It is on sale for {dp}% off. How much would {q} jackets cost at the sale price?", {}),
    ("{name} wants to buy {q} pairs of running shoes. Each pair is {P}, but the store is taking {dp}% off everything. How much will {he} pay in total?", {}),
    ("A lamp is priced at {P}. During a clearance event the price is reduced by {dp}%. What do {q} lamps cost after the reduction?", {}),
    ("Board games cost {P} each. With a {dp}% discount coupon, how much does {name} spend on {q} board games?", {}),
])


# 6 speed_distance ------------------------------------------------------------
def _s(r):
    return dict(s1=r.choice(range(40, 75, 5)), h1=r.randint(2, 4), s2=r.choice(range(30, 70, 5)), h2=r.randint(1, 3))


def _v(c, d):
    d1 = c.s([d["s1"], "*", d["h1"]], "first part of the trip", unit=d["u"])
    d2 = c.s([d["s2"], "*", d["h2"]], "second part of the trip", unit=d["u"])
    return c.s([d1, "+", d2], "total distance", unit=d["u"])


S("speed_distance", _s, _v, [
    ("{name} drives at {s1} miles per hour for {h1} hours, then at {s2} miles per hour for {h2} hours. How many miles does {he} drive in total?", dict(u="miles")),
    ("A train travels {h1} hours at {s1} km/h and then {h2} hours at {s2} km/h. What total distance does it cover?", dict(u="km")),
    ("On a road trip, the family drove for {h1} hours at an average speed of {s1} mph. After lunch they drove {h2} more hours at {s2} mph. How far did they go altogether?", dict(u="miles")),
    ("A motorbike courier rides {h1} hours at {s1} km/h and {h2} hours at {s2} km/h. How many kilometers is that?", dict(u="km")),
])


# 7 average -------------------------------------------------------------------
def _s(r):
    while True:
        a = [r.randint(62, 99) for _ in range(4)]
        if sum(a) % 4 == 0 and len(set(a)) == 4:
            return dict(a1=a[0], a2=a[1], a3=a[2], a4=a[3])


def _v(c, d):
    t = c.s([d["a1"], "+", d["a2"], "+", d["a3"], "+", d["a4"]], "sum of the " + d["w"])
    a = c.s([t, "/", 4], "average " + d["w1"])
    c.s([a, "*", 4], "average times 4", check=True)
    return a


S("average", _s, _v, [
    ("{name} scored {a1}, {a2}, {a3} and {a4} on four math tests. What is {his} average score?", dict(w="scores", w1="score")),
    ("Four friends weigh their pumpkins: {a1} lb, {a2} lb, {a3} lb and {a4} lb. What is the mean weight of the pumpkins in pounds?", dict(w="weights", w1="weight")),
    ("A basketball team scored {a1}, {a2}, {a3}, and {a4} points in its last four games. What was the average number of points per game?", dict(w="points", w1="points per game")),
    ("The daily high temperatures (in °F) for four days were {a1}, {a2}, {a3} and {a4}. Find the average high temperature.", dict(w="temperatures", w1="temperature")),
])


# 8 boxes_rem -----------------------------------------------------------------
def _s(r):
    while True:
        b = r.randint(6, 12)
        N = r.randint(45, 200)
        if N % b:
            return dict(N=N, b=b, p=pick_money(r, ["3", "4.5", "5", "6", "2.5", "7"]))


def _v(c, d):
    q, rr = c.rem(d["N"], d["b"], "full " + d["box"])
    return c.s([q, "*", d["p"]], "money from the full " + d["box"])


S("boxes_rem", _s, _v, [
    ("{name} baked {N} cookies and packs them in boxes of {b}. Only full boxes are sold, at {p} per box. How much money does {he} make from the full boxes?", dict(box="boxes")),
    ("A farm has {N} eggs to pack into cartons that hold {b} eggs each. Each full carton sells for {p}. How much money do the full cartons bring in?", dict(box="cartons")),
    ("There are {N} cupcakes. They are put into trays of {b}, and any leftover cupcakes are eaten by the bakers. Full trays sell for {p}. How much do the trays sell for in total?", dict(box="trays")),
    ("A florist has {N} roses and makes bouquets of exactly {b} roses. Each bouquet sells for {p}. How much does the florist earn if every complete bouquet is sold?", dict(box="bouquets")),
])


# 9 buses_ceil ----------------------------------------------------------------
def _s(r):
    while True:
        cap = r.choice([30, 35, 40, 45, 48, 50, 52, 55])
        N = r.randint(100, 420)
        if N % cap:
            return dict(N=N, cap=cap, p=M(r.choice([120, 150, 175, 200, 225, 250])))


def _v(c, d):
    q, rr = c.rem(d["N"], d["cap"], "full " + d["veh"])
    n = c.s([q, "+", 1], d["veh"] + " needed", unit=d["veh"])
    return c.s([n, "*", d["p"]], "cost of the " + d["veh"])


S("buses_ceil", _s, _v, [
    ("{N} students are going on a field trip. Each bus holds {cap} students and costs {p} to rent. How much will it cost to rent enough buses?", dict(veh="buses")),
    ("A wedding has {N} guests. Each shuttle van seats {cap} people and costs {p} for the evening. What is the total cost of enough vans for everyone?", dict(veh="vans")),
    ("The school needs to move {N} chairs. A truck can carry {cap} chairs per trip and each trip costs {p}. How much do all the trips cost?", dict(veh="trips")),
    ("A tour company must seat {N} tourists on coaches that hold {cap} each. Renting a coach costs {p}. Find the total rental cost.", dict(veh="coaches")),
])


# 10 temperature --------------------------------------------------------------
def _s(r):
    while True:
        T0, a, b = r.randint(-12, 6), r.randint(3, 14), r.randint(6, 22)
        if T0 != 0 and T0 + a != 0 and T0 + a - b != 0 and (T0 < 0 or T0 + a - b < 0):
            return dict(T0=T0, a=a, b=b)


def _v(c, d):
    t1 = c.s([d["T0"], "+", d["a"]], d["w1"], unit=d["u"])
    t2 = c.s([t1, "-", d["b"]], d["w2"], unit=d["u"])
    c.s([t2, "+", d["b"]], "going back up", unit=d["u"], check=True)
    return t2


S("temperature", _s, _v, [
    ("At 6 a.m. the temperature was {T0} °C. By noon it had risen {a} degrees, and by midnight it had dropped {b} degrees from the noon reading. What was the temperature at midnight?",
     dict(w1="noon temperature", w2="midnight temperature", u="°C")),
    ("A freezer is at {T0} °F. It warms up by {a} degrees during a power cut, then cools down by {b} degrees once the power is back. What is the final temperature?",
     dict(w1="temperature after warming", w2="final temperature", u="°F")),
    ("A weather balloon reads {T0} degrees. The reading goes up {a} degrees and then down {b} degrees. What is the last reading?",
     dict(w1="reading after going up", w2="last reading", u="degrees")),
    ("The overnight low in the town was {T0}°C. During the day it warmed by {a}°C, and a cold front then knocked it down by {b}°C. What temperature did the cold front bring?",
     dict(w1="daytime temperature", w2="temperature after the cold front", u="°C")),
])


# 11 floor_cost ---------------------------------------------------------------
def _s(r):
    return dict(L=r.randint(4, 15), W=r.randint(3, 12), c=pick_money(r, ["12", "15", "18.5", "22", "25", "9.75"]),
                f=M(r.choice([50, 75, 100, 120, 150])))


def _v(c, d):
    a = c.s([d["L"], "*", d["W"]], "floor area", unit=d["au"])
    m = c.s([a, "*", d["c"]], "cost of the " + d["mat"])
    return c.s([m, "+", d["f"]], "total cost")


S("floor_cost", _s, _v, [
    ("A room is {L} m long and {W} m wide. Carpet costs {c} per square meter, and installation is a flat {f}. What is the total cost to carpet the room?", dict(au="m²", mat="carpet")),
    ("{name} is tiling a patio that measures {L} ft by {W} ft. Tiles cost {c} per square foot and the tile saw rental is {f}. How much does the project cost?", dict(au="ft²", mat="tiles")),
    ("A rectangular lawn is {L} m by {W} m. Sod costs {c} per m², plus a delivery fee of {f}. Find the total cost of sodding the lawn.", dict(au="m²", mat="sod")),
    ("Hardwood flooring costs {c} per square foot. How much will it cost to floor a {L} ft × {W} ft bedroom if there's also a {f} labor charge?", dict(au="sq ft", mat="flooring")),
])


# 12 square_garden ------------------------------------------------------------
def _s(r):
    return dict(s=r.randint(6, 24), p=pick_money(r, ["3", "4.5", "5", "6.25", "8", "2.75"]))


def _v(c, d):
    c.s([d["s"], "^", 2], "area", unit=d["au"])
    f = c.s([4, "*", d["s"]], "perimeter", unit=d["lu"])
    return c.s([f, "*", d["p"]], "cost of the " + d["edge"])


S("square_garden", _s, _v, [
    ("A square garden has sides of {s} m. What is its area, and how much does it cost to fence it all the way around if fencing costs {p} per meter? (Give the fencing cost.)", dict(au="m²", lu="m", edge="fence")),
    ("{name} has a square patio with {s}-foot sides. {He} wants to know the area and the cost of edging around it at {p} per foot. What does the edging cost?", dict(au="ft²", lu="ft", edge="edging")),
    ("A square quilt measures {s} inches on each side. Find its area, then find the cost of trim for the border at {p} per inch.", dict(au="in²", lu="in", edge="trim")),
    ("A square field is {s} m on a side. Work out the area and the price of a border hedge costing {p} per metre of perimeter. How much is the hedge?", dict(au="m²", lu="m", edge="hedge")),
])


# 13 ages ---------------------------------------------------------------------
def _s(r):
    return dict(B=r.randint(4, 12), k=r.randint(2, 4), y=r.randint(3, 10))


def _v(c, d):
    A = c.s([d["k"], "*", d["B"]], d["a"] + "'s age now", unit="years")
    Af = c.s([A, "+", d["y"]], d["a"] + "'s age in {} years".format(d["y"]), unit="years")
    Bf = c.s([d["B"], "+", d["y"]], d["b"] + "'s age in {} years".format(d["y"]), unit="years")
    return c.s([Af, "+", Bf], "sum of their ages", unit="years")


S("ages", _s, _v, [
    ("{name} is {k} times as old as {his} brother Leo. Leo is {B} years old. What will the sum of their ages be in {y} years?", dict(a="NAME", b="Leo")),
    ("A mother is {k} times as old as her daughter, who is {B}. How old will they be together, added up, {y} years from now?", dict(a="the mother", b="the daughter")),
    ("Grandpa's dog is {B} years old. Grandpa's cat is {k} times as old as the dog. In {y} years, what will the combined age of the two pets be?", dict(a="the cat", b="the dog")),
    ("Ana is {B}. Her uncle is {k} times her age. Find the total of their ages in {y} years.", dict(a="the uncle", b="Ana")),
])


# 14 savings ------------------------------------------------------------------
def _s(r):
    while True:
        s = r.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 75])
        wks = r.randint(4, 20)
        H = r.choice(range(20, 400, 5))
        G = H + s * wks
        if G <= 1500:
            return dict(G=M(G), H=M(H), s=M(s))


def _v(c, d):
    need = c.s([d["G"], "-", d["H"]], "amount still needed")
    w = c.s([need, "/", d["s"]], "number of weeks", unit="weeks", k="")
    c.s([w, "*", d["s"]], "weeks times weekly savings", check=True)
    return w


S("savings", _s, _v, [
    ("{name} wants a bike that costs {G}. {He} has already saved {H} and saves {s} each week. How many more weeks until {he} can buy the bike?", {}),
    ("A class is raising {G} for a trip. They have {H} so far and raise {s} per week from a bake sale. How many weeks will it take to reach the goal?", {}),
    ("{name} is saving for a {G} game console. {His} piggy bank holds {H}, and {he} adds {s} from {his} allowance every week. How many weeks does {he} need?", {}),
    ("A laptop costs {G}. If {name} has {H} and puts away {s} a week, after how many weeks will {he} have exactly enough?", {}),
])


# 15 recipe -------------------------------------------------------------------
def _s(r):
    s = r.choice([2, 4, 6, 8])
    c = r.choice([(F(3, 2), "1 1/2"), (2, "2"), (3, "3"), (F(5, 2), "2 1/2"), (F(3, 4), "3/4"), (F(5, 4), "1.25")])
    return dict(sv=s, SV=s * r.randint(2, 6), c=c[0], cs=c[1])


def _v(c, d):
    f = c.s([d["SV"], "/", d["sv"]], "scale factor")
    return c.s([f, "*", d["c"]], "amount of " + d["ing"], unit=d["u"])


S("recipe", _s, _v, [
    ("A pancake recipe uses {cs} cups of flour for {sv} servings. How many cups of flour are needed for {SV} servings?", dict(ing="flour", u="cups")),
    ("A soup recipe for {sv} people calls for {cs} liters of stock. How many liters of stock are needed to make soup for {SV} people?", dict(ing="stock", u="liters")),
    ("{name}'s cookie recipe makes {sv} dozen with {cs} cups of sugar. How much sugar does {he} need for {SV} dozen?", dict(ing="sugar", u="cups")),
    ("To make {sv} glasses of lemonade you need {cs} cups of lemon juice. How many cups are needed for {SV} glasses?", dict(ing="lemon juice", u="cups")),
])


# 16 packs --------------------------------------------------------------------
def _s(r):
    n = r.choice([6, 8, 10, 12, 24])
    return dict(n=n, k=n * r.randint(3, 15), x=pick_money(r, ["2.4", "3.6", "4.8", "1.99", "5.25", "6", "2.15"]))


def _v(c, d):
    p = c.s([d["k"], "/", d["n"]], "number of packs", unit="packs")
    return c.s([p, "*", d["x"]], "total cost")


S("packs", _s, _v, [
    ("Pencils come in packs of {n} for {x}. A teacher needs {k} pencils. How much will the pencils cost?", {}),
    ("Juice boxes are sold {n} to a pack for {x} per pack. How much does {name} spend to get {k} juice boxes for the picnic?", {}),
    ("A pack of {n} batteries costs {x}. The office needs exactly {k} batteries. What is the cost?", {}),
    ("Tennis balls are sold in cans of {n}. Each can costs {x}. If the club buys {k} balls, how much do they pay?", {}),
])


# 17 commission ---------------------------------------------------------------
def _s(r):
    return dict(B=M(r.choice([1200, 1500, 1800, 2000, 2400, 2750])), rt=r.choice([3, 4, 5, 6, 8, 10]),
                sl=M(r.choice(range(5000, 40001, 500))))


def _v(c, d):
    cm = c.s([pct(d["rt"]), "%of", d["sl"]], "commission")
    return c.s([d["B"], "+", cm], "total pay")


S("commission", _s, _v, [
    ("A salesperson earns a base salary of {B} a month plus {rt}% commission on sales. Last month {he} sold {sl} worth of furniture. What was {his} total pay?", {}),
    ("{name} gets {B} per month plus a {rt}% commission. If {his} sales this month were {sl}, how much did {he} earn?", {}),
    ("A real estate assistant is paid {B} monthly and {rt}% of whatever rentals she closes. She closes {sl} in rentals. Find her monthly income.", {}),
    ("Car dealer pay: {B} base + {rt}% of sales. Sales = {sl}. What is the total paycheck?", {}),
])


# 18 ratio --------------------------------------------------------------------
def _s(r):
    from math import gcd
    while True:
        a, b = r.randint(2, 7), r.randint(2, 7)
        if a != b and gcd(a, b) == 1:
            return dict(a=a, b=b, N=(a + b) * r.randint(3, 12))


def _v(c, d):
    parts = c.s([d["a"], "+", d["b"]], "total parts", unit="parts")
    per = c.s([d["N"], "/", parts], "size of one part")
    x = c.s([per, "*", d["a"]], "number of " + d["g1"])
    return c.s([d["N"], "-", x], "number of " + d["g2"])


S("ratio", _s, _v, [
    ("The ratio of boys to girls in a club is {a}:{b}. There are {N} members. How many girls are in the club?", dict(g1="boys", g2="girls")),
    ("A bag has red and blue marbles in the ratio {a} : {b}. If there are {N} marbles in total, how many are blue?", dict(g1="red marbles", g2="blue marbles")),
    ("{name} mixes cement and sand in the ratio {a}:{b} by weight. The mix weighs {N} kg. How many kilograms of sand are in it?", dict(g1="kg of cement", g2="kg of sand")),
    ("At a zoo the ratio of adult tickets to child tickets sold was {a} to {b}. {N} tickets were sold. How many child tickets were sold?", dict(g1="adult tickets", g2="child tickets")),
])


# 19 tiles --------------------------------------------------------------------
def _s(r):
    return dict(L=r.randint(3, 12), W=r.randint(3, 10), t=r.choice([4, 9, 16, 25]),
                p=pick_money(r, ["0.5", "0.75", "1.25", "2", "1.1", "0.85"]))


def _v(c, d):
    a = c.s([d["L"], "*", d["W"]], "area", unit="m²")
    n = c.s([a, "*", d["t"]], "number of " + d["it"], unit=d["it"])
    return c.s([n, "*", d["p"]], "cost of the " + d["it"])


S("tiles", _s, _v, [
    ("A kitchen floor is {L} m by {W} m. It takes {t} tiles to cover one square meter, and each tile costs {p}. How much do the tiles cost?", dict(it="tiles")),
    ("{name} is planting a {L} m × {W} m bed with {t} bulbs per square meter. Bulbs cost {p} each. What is the cost of the bulbs?", dict(it="bulbs")),
    ("A wall measuring {L} m by {W} m is covered in mosaic squares, {t} per square metre. If a square costs {p}, how much is spent on squares?", dict(it="squares")),
    ("A field of {L} m by {W} m is planted with {t} seedlings per m². Seedlings cost {p} each. Find the cost of the seedlings.", dict(it="seedlings")),
])


# 20 pizza --------------------------------------------------------------------
def _s(r):
    while True:
        p, s, n, e = r.randint(3, 8), r.choice([8, 10, 12]), r.randint(4, 11), r.randint(2, 3)
        if p * s > n * e + 2:
            return dict(p=p, sl=s, n=n, e=e)


def _v(c, d):
    t = c.s([d["p"], "*", d["sl"]], "total " + d["piece"], unit=d["piece"])
    e = c.s([d["n"], "*", d["e"]], d["piece"] + " eaten", unit=d["piece"])
    return c.s([t, "-", e], d["piece"] + " left over", unit=d["piece"])


S("pizza", _s, _v, [
    ("For a party {name} orders {p} pizzas, each cut into {sl} slices. {n} guests eat {e} slices each. How many slices are left over?", dict(piece="slices")),
    ("A coach brings {p} bags of oranges with {sl} oranges in each bag. Each of the {n} players eats {e} oranges. How many oranges are left?", dict(piece="oranges")),
    ("There are {p} boxes of donuts with {sl} donuts per box in the break room. {n} coworkers each take {e} donuts. How many donuts remain?", dict(piece="donuts")),
    ("{name} buys {p} packs of juice pouches, {sl} per pack. At the picnic, {n} kids drink {e} pouches each. How many pouches are still unopened?", dict(piece="pouches")),
])


# 21 book ---------------------------------------------------------------------
def _s(r):
    r1, dd, r2, k = r.choice([12, 15, 18, 20, 24, 25, 30]), r.randint(3, 9), r.choice([10, 15, 20, 25, 30, 40]), r.randint(3, 12)
    P = r1 * dd + r2 * k
    return dict(P=P, r1=r1, dd=dd, r2=r2)


def _v(c, d):
    rd = c.s([d["r1"], "*", d["dd"]], "pages read so far", unit="pages")
    lf = c.s([d["P"], "-", rd], "pages left", unit="pages")
    return c.s([lf, "/", d["r2"]], "days needed to finish", unit="days")


S("book", _s, _v, [
    ("{name}'s book has {P} pages. {He} reads {r1} pages a day for {dd} days. If {he} then reads {r2} pages a day, how many more days will it take to finish?", {}),
    ("A novel is {P} pages long. For the first {dd} days a student reads {r1} pages per day. After that, the student reads {r2} pages per day. How many more days are needed to finish?", {}),
    ("A printer must print a {P}-page report. It prints {r1} pages a minute for {dd} minutes, then jams and slows to {r2} pages a minute. How many more minutes until the report is done?", {}),
    ("{name} has to type {P} lines of data. {He} types {r1} lines per hour for the first {dd} hours, then {r2} lines per hour. How many more hours does {he} need?", {}),
])


# 22 phone --------------------------------------------------------------------
def _s(r):
    return dict(b=M(r.choice([25, 30, 35, 40, 45])), e=r.randint(1, 6), cc=pick_money(r, ["5", "7.5", "10", "4.25", "6"]),
                m=r.randint(3, 12))


def _v(c, d):
    ex = c.s([d["e"], "*", d["cc"]], "extra charge per month")
    mo = c.s([d["b"], "+", ex], "monthly bill")
    return c.s([mo, "*", d["m"]], "total for {} months".format(d["m"]))


S("phone", _s, _v, [
    ("A phone plan costs {b} per month plus {cc} for each extra gigabyte. {name} uses {e} extra GB every month. How much does {he} pay over {m} months?", {}),
    ("A gym membership is {b} a month, and each personal-training session costs {cc}. If {name} books {e} sessions every month, what does {he} spend in {m} months?", {}),
    ("Streaming service: {b}/month base, {cc} per rental. {name} rents {e} movies each month. Total cost after {m} months?", {}),
    ("A parking pass costs {b} monthly plus {cc} for each overnight stay. {name} stays overnight {e} times a month. How much does {he} pay for {m} months?", {}),
])


# 23 garden_die ---------------------------------------------------------------
def _s(r):
    while True:
        rw, cl, dp = r.randint(4, 16), r.randint(5, 20), r.choice([10, 20, 25, 30, 40, 50, 5, 15])
        if (rw * cl * dp) % 100 == 0:
            return dict(rw=rw, cl=cl, dp=dp)


def _v(c, d):
    t = c.s([d["rw"], "*", d["cl"]], "total " + d["pl"], unit=d["pl"])
    dd = c.s([pct(d["dp"]), "%of", t], d["pl"] + " lost", unit=d["pl"])
    return c.s([t, "-", dd], d["pl"] + " remaining", unit=d["pl"])


S("garden_die", _s, _v, [
    ("{name} plants {rw} rows of tomato plants with {cl} plants in each row. {dp}% of the plants die in a heat wave. How many plants survive?", dict(pl="plants")),
    ("An orchard has {rw} rows of {cl} trees. A storm knocks down {dp}% of the trees. How many trees are still standing?", dict(pl="trees")),
    ("A theater has {rw} rows with {cl} seats each. {dp}% of the seats are broken. How many seats can be used?", dict(pl="seats")),
    ("A parking garage level has {rw} rows of {cl} spaces. On Friday {dp}% of the spaces are closed for repairs. How many spaces are open?", dict(pl="spaces")),
])


# 24 stamps -------------------------------------------------------------------
def _s(r):
    return dict(N=r.randint(40, 300), x=r.randint(3, 15), w=r.randint(4, 12), g=r.randint(10, 60))


def _v(c, d):
    b = c.s([d["x"], "*", d["w"]], d["it"] + " added", unit=d["it"])
    t = c.s([d["N"], "+", b], d["it"] + " before giving any away", unit=d["it"])
    return c.s([t, "-", d["g"]], d["it"] + " at the end", unit=d["it"])


S("stamps", _s, _v, [
    ("{name} has {N} stamps. {He} buys {x} new stamps every week for {w} weeks, then gives {g} stamps to a friend. How many stamps does {he} have now?", dict(it="stamps")),
    ("A library starts with {N} comics. It receives {x} donated comics each week for {w} weeks and then throws away {g} damaged ones. How many comics does it have?", dict(it="comics")),
    ("{name} has {N} songs in a playlist, adds {x} songs a week for {w} weeks, then deletes {g}. How many songs are in the playlist?", dict(it="songs")),
    ("A shelter has {N} cans of food. Volunteers drop off {x} cans per week for {w} weeks. Then {g} cans are given out. How many cans are left?", dict(it="cans")),
])


# 25 train_time ---------------------------------------------------------------
def _s(r):
    s = r.choice([40, 48, 60, 64, 72, 80, 90, 120])
    h = r.choice([F(3, 2), 2, F(5, 2), 3, F(13, 4), F(9, 4), F(7, 2), 4, F(5, 4)])
    return dict(s=s, D=s * h)


def _v(c, d):
    h = c.s([d["D"], "/", d["s"]], "travel time in hours", unit="hours")
    return c.s([h, "*", 60], "travel time in minutes", unit="minutes")


S("train_time", _s, _v, [
    ("A train travels {D} km at a constant {s} km/h. How many minutes does the trip take?", {}),
    ("{name} drives {D} miles at {s} miles per hour. How long is the drive in minutes?", {}),
    ("A cargo ship covers {D} nautical miles at {s} knots. How many minutes does the crossing take?", {}),
    ("How many minutes does it take a bus averaging {s} km/h to go {D} km?", {}),
])


# 26 fundraise ----------------------------------------------------------------
def _s(r):
    while True:
        t, p, k = r.randint(120, 480), r.choice([5, F(15, 2), 8, 12, 10]), r.choice([2, 3, 4, 5])
        R = t * p
        C = r.choice(range(100, 900, 10))
        if C < R and (R - C) % k == 0:
            return dict(t=t, p=M(p), C=M(C), kk=k)


def _v(c, d):
    rev = c.s([d["t"], "*", d["p"]], "ticket money")
    pr = c.s([rev, "-", d["C"]], "profit")
    return c.s([pr, "/", d["kk"]], "amount for each " + d["grp"])


S("fundraise", _s, _v, [
    ("A school sells {t} raffle tickets at {p} each. Prizes cost {C}. The profit is split equally among {kk} clubs. How much does each club get?", dict(grp="club")),
    ("A charity concert sold {t} tickets for {p} apiece. Expenses were {C}, and the rest was shared evenly by {kk} charities. How much did each charity receive?", dict(grp="charity")),
    ("{name}'s team sold {t} car-wash coupons at {p} each. After paying {C} for supplies, they divided the money equally among {kk} teams. How much per team?", dict(grp="team")),
    ("{t} people paid {p} each to attend a fun run. The organizers spent {C} on T-shirts and split what was left equally between {kk} shelters. How much went to each shelter?", dict(grp="shelter")),
])


# 27 population ---------------------------------------------------------------
def _s(r):
    return dict(P=10000 * r.randint(2, 12), rt=r.choice([5, 10, 20]))


def _v(c, d):
    i1 = c.s([pct(d["rt"]), "%of", d["P"]], "increase in year 1", unit=d["u"])
    p1 = c.s([d["P"], "+", i1], d["w"] + " after year 1", unit=d["u"])
    i2 = c.s([pct(d["rt"]), "%of", p1], "increase in year 2", unit=d["u"])
    return c.s([p1, "+", i2], d["w"] + " after year 2", unit=d["u"])


S("population", _s, _v, [
    ("A town has {P} people. Its population grows by {rt}% each year. What will the population be after 2 years?", dict(w="population", u="people")),
    ("A website had {P} members. Membership rose {rt}% in the first year and another {rt}% in the second year. How many members does it have now?", dict(w="membership", u="members")),
    ("A colony of {P} bacteria grows {rt}% every hour. How many bacteria are there after 2 hours?", dict(w="colony", u="bacteria")),
    ("A museum had {P} visitors in 2021. Visits increased by {rt}% in 2022 and by {rt}% again in 2023. How many visitors were there in 2023?", dict(w="visitor count", u="visitors")),
])


# 28 marbles ------------------------------------------------------------------
def _s(r):
    return dict(x=r.randint(5, 35))


def _v(c, d):
    tw = c.s([2, "*", d["x"]], "twice " + d["a"] + "'s amount")
    b = c.s([tw, "+", 4], d["b"] + "'s " + d["it"], unit=d["it"])
    cc = c.s([b, "/", 2], d["c"] + "'s " + d["it"], unit=d["it"])
    return c.s([d["x"], "+", b, "+", cc], "total " + d["it"], unit=d["it"])


S("marbles", _s, _v, [
    ("Ava has {x} marbles. Ben has 4 more than twice as many marbles as Ava. Cal has half as many as Ben. How many marbles do they have altogether?", dict(a="Ava", b="Ben", c="Cal", it="marbles")),
    ("Dev read {x} pages. Eli read 4 more than twice as many pages as Dev, and Fay read half as many as Eli. How many pages did the three read in total?", dict(a="Dev", b="Eli", c="Fay", it="pages")),
    ("In a jar contest, Gus guessed {x} beans. Hal guessed 4 more than double Gus's guess, and Ivy guessed half of Hal's number. What is the sum of the three guesses?", dict(a="Gus", b="Hal", c="Ivy", it="beans")),
    ("Jo scored {x} points. Kim scored twice Jo's points plus 4, and Lu scored half as many as Kim. How many points did all three score together?", dict(a="Jo", b="Kim", c="Lu", it="points")),
])


# 29 tank ---------------------------------------------------------------------
def _s(r):
    while True:
        f, l = r.randint(8, 40), r.randint(1, 7)
        if f - l > 2:
            return dict(f=f, l=l, C=(f - l) * r.randint(15, 120))


def _v(c, d):
    net = c.s([d["f"], "-", d["l"]], "net filling rate", unit="liters per minute")
    t = c.s([d["C"], "/", net], "time to fill", unit="minutes")
    c.s([t, "*", net], "minutes times net rate", check=True)
    return t


S("tank", _s, _v, [
    ("A {C}-liter tank is being filled at {f} liters per minute, but it leaks {l} liters per minute. How many minutes until it is full?", {}),
    ("A pool holds {C} gallons. A hose adds {f} gallons per minute while a crack lets out {l} gallons per minute. How long, in minutes, does it take to fill the pool?", {}),
    ("Water flows into a cistern at {f} L/min and drains out at {l} L/min. The cistern holds {C} L. Starting empty, how many minutes to fill it?", {}),
    ("{name} fills a {C}-liter aquarium with a pump that delivers {f} liters per minute, but the filter returns {l} liters per minute to the sink. How many minutes does filling take?", {}),
])


# 30 raise --------------------------------------------------------------------
def _s(r):
    return dict(Sa=M(1200 * r.randint(25, 75)), rt=r.choice([3, 4, 5, 10, 2, 6]))


def _v(c, d):
    ra = c.s([pct(d["rt"]), "%of", d["Sa"]], "raise")
    ns = c.s([d["Sa"], "+", ra], "new yearly salary")
    return c.s([ns, "/", 12], "new monthly pay")


S("raise", _s, _v, [
    ("{name} earns {Sa} a year and gets a {rt}% raise. What is {his} new monthly pay?", {}),
    ("A nurse's annual salary is {Sa}. After a {rt}% pay increase, how much does she earn per month?", {}),
    ("An engineer makes {Sa} per year. The company gives everyone a {rt}% raise. How much will the engineer make each month now?", {}),
    ("Yearly salary {Sa}, raise of {rt}%. Find the new monthly salary.", {}),
])


# 31 bakery -------------------------------------------------------------------
def _s(r):
    while True:
        dz, b = r.randint(3, 12), r.choice([4, 5, 6, 8])
        s = r.randint(5, dz * 12 - 10)
        if (dz * 12 - s) % b == 0:
            return dict(dz=dz, sd=s, b=b)


def _v(c, d):
    t = c.s([d["dz"], "*", 12], "number of " + d["it"], unit=d["it"])
    lf = c.s([t, "-", d["sd"]], d["it"] + " left", unit=d["it"])
    n = c.s([lf, "/", d["b"]], "number of bags", unit="bags")
    c.s([n, "*", d["b"], "+", d["sd"]], "bags times size plus sold", check=True)
    return n


S("bakery", _s, _v, [
    ("A bakery makes {dz} dozen cookies. It sells {sd} cookies in the morning and packs the rest into bags of {b}. How many bags does it fill?", dict(it="cookies")),
    ("{name} bakes {dz} dozen muffins, sells {sd}, and puts the remaining muffins into boxes of {b}. How many boxes does {he} need?", dict(it="muffins")),
    ("A farmer has {dz} dozen eggs. After selling {sd} eggs, she packs the others {b} to a carton. How many cartons does she use?", dict(it="eggs")),
    ("A school orders {dz} dozen pencils. {sd} are handed out on the first day, and the rest are bundled in groups of {b}. How many bundles are made?", dict(it="pencils")),
])


# 32 tickets ------------------------------------------------------------------
def _s(r):
    return dict(a=r.randint(2, 6), A=pick_money(r, ["12", "14.5", "9.75", "15", "18"]), c=r.randint(2, 7),
                C=pick_money(r, ["6", "7.25", "8.5", "5", "9"]), k=r.randint(2, 6), P=pick_money(r, ["4.5", "5.25", "3.75", "6", "7"]))


def _v(c, d):
    x = c.s([d["a"], "*", d["A"]], "adult tickets")
    y = c.s([d["c"], "*", d["C"]], "child tickets")
    z = c.s([d["k"], "*", d["P"]], d["snack"])
    return c.s([x, "+", y, "+", z], "total")


S("tickets", _s, _v, [
    ("Movie tickets cost {A} for adults and {C} for children. A group of {a} adults and {c} children also buys {k} tubs of popcorn at {P} each. How much do they spend?", dict(snack="popcorn")),
    ("At the zoo, adult admission is {A} and child admission is {C}. {name} brings {a} adults and {c} kids, and buys {k} snow cones for {P} each. What is the total?", dict(snack="snow cones")),
    ("A museum charges {A} per adult and {C} per child. A family of {a} adults and {c} children also rents {k} audio guides at {P} each. Find the total cost.", dict(snack="audio guides")),
    ("Ferry fares: {A} adult, {C} child. {a} adults, {c} children, plus {k} bike tickets at {P} each. Total fare?", dict(snack="bike tickets")),
])


# 33 laps ---------------------------------------------------------------------
def _s(r):
    return dict(L=r.choice([400, 250, 200, 300]), n=r.randint(4, 12), dd=r.randint(3, 7))


def _v(c, d):
    pd = c.s([d["n"], "*", d["L"]], "meters per day", unit="m")
    tm = c.s([pd, "*", d["dd"]], "total meters", unit="m")
    return c.s([tm, "/", 1000], "total in kilometers", unit="km")


S("laps", _s, _v, [
    ("A track is {L} m around. {name} runs {n} laps a day for {dd} days. How many kilometers does {he} run?", {}),
    ("A swimming lane loop is {L} meters. A swimmer does {n} loops per practice and has {dd} practices. How many kilometres is that?", {}),
    ("A go-kart circuit is {L} m long. Each driver does {n} laps per session, and {name} drives {dd} sessions. What distance in km does {he} cover?", {}),
    ("{name} walks around a {L}-meter park path {n} times every day. How many km does {he} walk in {dd} days?", {}),
])


# 34 fuel ---------------------------------------------------------------------
def _s(r):
    m = r.choice([20, 24, 25, 28, 30, 32, 35, 40])
    return dict(m=m, D=m * r.randint(4, 20), g=pick_money(r, ["3.45", "3.2", "2.99", "4.1", "3.75", "4.05"]))


def _v(c, d):
    gl = c.s([d["D"], "/", d["m"]], "gallons used", unit="gallons")
    return c.s([gl, "*", d["g"]], "cost of gas")


S("fuel", _s, _v, [
    ("{name}'s car gets {m} miles per gallon. Gas costs {g} per gallon. How much does gas cost for a {D}-mile trip?", {}),
    ("A delivery van drives {D} miles. It averages {m} mpg, and fuel is {g} a gallon. What is the fuel cost?", {}),
    ("How much will {name} spend on gas driving {D} miles in a car that does {m} miles to the gallon, if gas is {g} per gallon?", {}),
    ("A pickup truck uses one gallon every {m} miles. Fuel costs {g}/gal. What does a {D} mile haul cost in fuel?", {}),
])


# 35 coins --------------------------------------------------------------------
def _s(r):
    return dict(q=r.randint(3, 30), dm=r.randint(2, 25), nk=r.randint(1, 20))


def _v(c, d):
    a = c.s([d["q"], "*", 25], "value of the quarters", unit="cents")
    b = c.s([d["dm"], "*", 10], "value of the dimes", unit="cents")
    e = c.s([d["nk"], "*", 5], "value of the nickels", unit="cents")
    t = c.s([a, "+", b, "+", e], "total in cents", unit="cents")
    return c.s([t, "/", 100], "total in dollars", k="$")


S("coins", _s, _v, [
    ("{name} has {q} quarters, {dm} dimes and {nk} nickels. How many dollars does {he} have?", {}),
    ("A tip jar holds {q} quarters, {dm} dimes, and {nk} nickels. What is the total amount in dollars?", {}),
    ("Counting a coin purse: {q} quarters, {dm} dimes, {nk} nickels. How much money is that in dollars?", {}),
    ("{name} empties {his} pockets and finds {q} quarters, {dm} dimes and {nk} nickels. How much money, in dollars, is there?", {}),
])


# 36 bill_split (rounding) ----------------------------------------------------
def _s(r):
    return dict(B=M(5 * r.randint(12, 60)), tp=r.choice([15, 18, 20]), n=r.choice([3, 6, 7, 4, 9]))


def _v(c, d):
    tp = c.s([pct(d["tp"]), "%of", d["B"]], "tip")
    t = c.s([d["B"], "+", tp], "total with tip")
    ex = evaluate_share(t, d["n"])
    return c.s([t, "/", d["n"]], "share per person", approx=not ex)


def evaluate_share(t, n):
    return (t.x / n * 100).denominator == 1


S("bill_split", _s, _v, [
    ("Dinner for {n} friends costs {B}. They add a {tp}% tip and split the total evenly. How much does each person pay, to the nearest cent?", {}),
    ("A group of {n} coworkers gets a lunch bill of {B}. They leave a {tp}% tip and divide everything equally. What is each share (round to the nearest cent)?", {}),
    ("{name} and friends ({n} people in all) have a {B} pizza bill. With a {tp}% tip, what does each person owe? Round to the nearest cent if needed.", {}),
    ("The bill is {B}. Tip {tp}%. Split {n} ways. How much per person, rounded to the cent?", {}),
])


# 37 two_jobs -----------------------------------------------------------------
def _s(r):
    return dict(a=r.randint(5, 20), x=pick_money(r, ["11", "12.5", "15", "16.75", "14"]), b=r.randint(4, 15),
                y=pick_money(r, ["9", "10.5", "13", "18", "20"]), w=r.randint(2, 8))


def _v(c, d):
    j1 = c.s([d["a"], "*", d["x"]], "pay from the " + d["j1"])
    j2 = c.s([d["b"], "*", d["y"]], "pay from the " + d["j2"])
    wk = c.s([j1, "+", j2], "weekly pay")
    return c.s([wk, "*", d["w"]], "total over {} weeks".format(d["w"]))


S("two_jobs", _s, _v, [
    ("{name} works {a} hours a week at a cafe for {x} an hour and {b} hours a week at a bookstore for {y} an hour. How much does {he} earn in {w} weeks?", dict(j1="cafe", j2="bookstore")),
    ("Each week, a student babysits {a} hours at {x}/hour and walks dogs {b} hours at {y}/hour. What are the student's earnings after {w} weeks?", dict(j1="babysitting", j2="dog walking")),
    ("{name} has two jobs: {a} hours weekly at a library paying {x} per hour, and {b} hours weekly at a garden center paying {y} per hour. Total pay over {w} weeks?", dict(j1="library", j2="garden center")),
    ("A musician teaches {a} hours of lessons a week at {x} per hour and plays {b} hours of gigs at {y} per hour. How much is earned in {w} weeks?", dict(j1="lessons", j2="gigs")),
])


# 38 balance (negatives) ------------------------------------------------------
def _s(r):
    while True:
        B, s1, s2, dp = r.randint(40, 250), r.randint(20, 160), r.randint(30, 180), r.randint(20, 120)
        if B - s1 > 0 and B - s1 - s2 < 0 and B - s1 - s2 + dp != 0:
            return dict(B=M(B), s1=M(s1), s2=M(s2), dp=M(dp))


def _v(c, d):
    b1 = c.s([d["B"], "-", d["s1"]], "balance after the " + d["e1"])
    b2 = c.s([b1, "-", d["s2"]], "balance after the " + d["e2"])
    return c.s([b2, "+", d["dp"]], "balance after the deposit")


S("balance", _s, _v, [
    ("{name} has {B} in a checking account. {He} pays a {s1} phone bill and then a {s2} car repair, then deposits {dp}. What is the balance now? (A negative answer means overdrawn.)", dict(e1="phone bill", e2="car repair")),
    ("A club account holds {B}. It pays {s1} for snacks and {s2} for a bus, which overdraws it, and then receives {dp} in dues. What is the final balance?", dict(e1="snacks", e2="bus")),
    ("Starting balance: {B}. Withdrawal: {s1}. Card payment: {s2}. Deposit: {dp}. What is the ending balance?", dict(e1="withdrawal", e2="card payment")),
    ("{name}'s prepaid card has {B}. {He} spends {s1} on groceries and {s2} on a jacket (the card allows overdraft), then loads {dp} onto it. What is the card balance?", dict(e1="groceries", e2="jacket")),
])


# 39 bogo ---------------------------------------------------------------------
def _s(r):
    return dict(p=M(r.choice([18, 24, 30, 45, F(25, 2), 36, 50, 27])), n=r.randint(2, 6))


def _v(c, d):
    h = c.s([d["p"], "/", 2], "half-price " + d["it"])
    pr = c.s([d["p"], "+", h], "cost of one pair of " + d["it2"])
    return c.s([pr, "*", d["n"]], "total cost")


S("bogo", _s, _v, [
    ("Shoes cost {p} a pair. The store has a deal: buy one pair, get the second pair half price. {name} buys {n} such deals (two pairs each). How much does {he} pay?", dict(it="pair", it2="shoes")),
    ("A t-shirt is {p}. With 'buy one, get one 50% off', each two-shirt bundle costs full price plus half price. How much do {n} bundles cost?", dict(it="shirt", it2="shirts")),
    ("Pizzas are {p} each, and the second pizza in every order of two is half off. The office places {n} orders of two pizzas. What is the total?", dict(it="pizza", it2="pizzas")),
    ("{name} buys {n} sets of two plants. The first plant in each set is {p} and the second is half that price. How much does {he} spend?", dict(it="plant", it2="plants")),
])


# 40 pct_increase -------------------------------------------------------------
def _s(r):
    while True:
        A = r.choice([20, 25, 40, 50, 80, 200, 250, 125])
        B = A + r.randint(1, A)
        if (F(B - A, A) * 100).denominator == 1:
            return dict(A=M(A), Bn=M(B))


def _v(c, d):
    df = c.s([d["Bn"], "-", d["A"]], "increase")
    fr = c.s([df, "/", d["A"]], "increase as a fraction of the old " + d["w"], k="")
    return c.s([fr, "*", 100], "percent increase", unit="%", k="")


S("pct_increase", _s, _v, [
    ("The price of a concert ticket went from {A} to {Bn}. By what percent did the price increase?", dict(w="price")),
    ("{name}'s weekly allowance rose from {A} to {Bn}. What was the percent increase?", dict(w="allowance")),
    ("A store raised the price of a blender from {A} to {Bn}. Find the percentage increase.", dict(w="price")),
    ("Last year a membership cost {A}; this year it costs {Bn}. What is the percent increase in cost?", dict(w="cost")),
])
