"""Problem templates: division with remainders, rounding up/down, estimation."""
import math
from fractions import Fraction as F

from core import round_half_up, round_up, round_down

NAMES = ["Maya", "Liam", "Sofia", "Noah", "Ava", "Ethan", "Zoe", "Lucas", "Mia", "Owen",
         "Chloe", "Mateo", "Priya", "Jamal", "Hana", "Diego", "Grace", "Omar", "Lily", "Ben",
         "Aisha", "Carlos", "Emma", "Kenji", "Ruby", "Sam", "Nadia", "Leo", "Isla", "Theo"]
SCHOOLS = ["Lincoln Elementary", "Oak Ridge School", "Maple Street School", "Riverside Middle School",
           "Hillcrest Elementary", "Pine Valley School", "Westfield Academy", "Cedar Grove School"]

TEMPLATES = []


def template(fn):
    TEMPLATES.append(fn)
    return fn


def H(rng):
    """He/she pronoun set for a random name."""
    n = rng.choice(NAMES)
    fem = n in ("Maya", "Sofia", "Ava", "Zoe", "Mia", "Chloe", "Priya", "Hana", "Grace", "Lily",
                "Aisha", "Emma", "Ruby", "Nadia", "Isla")
    return n, ("she" if fem else "he"), ("her" if fem else "his")


def money(v):
    v = F(v)
    if v.denominator == 1:
        return "$%d" % v.numerator if v < 1000 else "$" + format(v.numerator, ",")
    return "$%.2f" % float(v)


def num(v):
    v = F(v)
    if v.denominator == 1:
        return format(v.numerator, ",") if v >= 10000 else str(v.numerator)
    from core import plain
    return plain(v)


def with_rem(rng, lo, hi, d, minrem=1):
    """n in [lo, hi] with n % d >= minrem."""
    for _ in range(1000):
        n = rng.randint(lo, hi)
        if n % d >= minrem:
            return n
    raise RuntimeError("no number")


# -- step constructors -------------------------------------------------------

def arith(out, expr, title, what, label, unit=None, fmt="int"):
    return dict(t="arith", out=out, expr=expr, title=title, what=what, label=label, unit=unit, fmt=fmt)


def ceil(n, d, out, item, grp, n_what, d_what, why, money=False, subj="they"):
    return dict(t="ceil", n=n, d=d, out=out, item=item, grp=grp, n_what=n_what, d_what=d_what,
                why=why, money=money, subj=subj)


def floor(n, d, q, item, grp, n_what, d_what, r=None, full="full", dec=False, money=False, subj="they"):
    return dict(t="floor", n=n, d=d, q=q, r=r, item=item, grp=grp, n_what=n_what, d_what=d_what,
                full=full, dec=dec, money=money, subj=subj)


def share(n, d, q, r, item, who, n_what, money=False):
    return dict(t="share", n=n, d=d, q=q, r=r, item=item, who=who, n_what=n_what, money=money)


def convert(n, d, q, r, big, small):
    return dict(t="convert", n=n, d=d, q=q, r=r, big=big, small=small)


def roundp(pairs, place):
    return dict(t="roundp", pairs=pairs, place=place)


def est(out, expr, orig, title, what, label, unit=None, fmt="int"):
    return dict(t="est", out=out, expr=expr, orig=orig, title=title, what=what, label=label,
                unit=unit, fmt=fmt)


def decround(out, mode, place, title, rtitle, xwhat, xlabel, label, n=None, d=None, src=None,
             fmt="num", xplaces=2):
    s = dict(t="decround", out=out, mode=mode, place=place, title=title, rtitle=rtitle,
             xwhat=xwhat, xlabel=xlabel, label=label, fmt=fmt, xplaces=xplaces)
    if src:
        s["src"] = src
    else:
        s["n"], s["d"] = n, d
    return s


def P(text, givens, steps, final, sent, short, goal, expect):
    return dict(text=text, givens=givens, steps=steps, final=final,
                ans=dict(sent=sent, short=short), goal=goal, expect=F(expect))


STU = ("student", "students")
PPL = ("person", "people")


def cdiv(a, b):
    return -(-F(a) // F(b))


def fdiv(a, b):
    return F(a) // F(b)


def pick_rem(r, lo, hi, d, extra=0, minrem=1):
    """n in [lo, hi] such that (n + extra) % d >= minrem."""
    for _ in range(2000):
        n = r.randint(lo, hi)
        if (n + extra) % d >= minrem:
            return n
    raise RuntimeError


# ============================================================ ROUND UP (ceil)

@template
def bus_people(r):
    school = r.choice(SCHOOLS)
    cap = r.choice([36, 40, 44, 48, 52, 56])
    teach = r.randint(6, 18)
    stu = pick_rem(r, 95, 330, cap, extra=teach)
    return P(f"{school} is taking {stu} students and {teach} teachers on a field trip. Each bus can hold "
             f"{cap} people. How many buses does the school need?",
             [("students", stu), ("teachers", teach), ("cap", cap)],
             [arith("people", ("+", "students", "teachers"), "Find the total number of people",
                    "the total number of people", "Total people", "people"),
              ceil("people", "cap", "buses", PPL, ("bus", "buses"), "the total number of people",
                   "the number of people each bus holds", "the school can't rent part of a bus")],
             "buses", "The school needs «buses» buses.", "«buses» buses",
             "how many buses the school needs", cdiv(stu + teach, cap))


@template
def bus_cost(r):
    school = r.choice(SCHOOLS)
    classes = r.randint(3, 7)
    per = r.randint(22, 31)
    cap = r.choice([40, 44, 48, 52])
    while (classes * per) % cap == 0:
        per += 1
    price = r.choice([95, 110, 120, 125, 140, 150, 175, 180, 210])
    return P(f"{school} has {classes} fourth-grade classes with {per} students in each class. All of them are "
             f"going to the science museum. A bus holds {cap} students and costs {money(price)} to rent for the day. "
             f"How much will the school spend on buses?",
             [("classes", classes), ("per", per), ("cap", cap), ("price", price, "money")],
             [arith("kids", ("*", "classes", "per"), "Find the total number of students",
                    "the total number of students", "Students", "students"),
              ceil("kids", "cap", "buses", STU, ("bus", "buses"), "the number of students",
                   "the capacity of one bus", "a bus can't be split"),
              arith("cost", ("*", "buses", "price"), "Find the total cost", "the total cost", "Cost",
                    fmt="money")],
             "cost", "The school will spend «cost» on buses.", "«cost»",
             "how much the buses will cost", cdiv(classes * per, cap) * price)


@template
def vans_team(r):
    team = r.choice(["soccer", "basketball", "swim", "track", "volleyball"])
    players = r.randint(16, 40)
    coaches = r.randint(2, 5)
    seats = r.choice([7, 8, 12, 15])
    players = pick_rem(r, 16, 44, seats, extra=coaches)
    gas = r.choice([18, 20, 24, 25, 30, 35])
    return P(f"The {team} team is driving to a tournament. There are {players} players and {coaches} coaches. "
             f"Each van seats {seats} people, and each van needs {money(gas)} for gas. How much will the gas "
             f"cost for all the vans?",
             [("players", players), ("coaches", coaches), ("seats", seats), ("gas", gas, "money")],
             [arith("people", ("+", "players", "coaches"), "Count everyone going",
                    "the number of people going", "People", "people"),
              ceil("people", "seats", "vans", PPL, ("van", "vans"), "the number of people",
                   "the seats in each van", "nobody can be left behind"),
              arith("cost", ("*", "vans", "gas"), "Find the gas cost", "the gas cost", "Gas cost",
                    fmt="money")],
             "cost", "The gas will cost «cost».", "«cost»", "the total gas cost",
             cdiv(players + coaches, seats) * gas)


@template
def party_tables(r):
    n, he, his = H(r)
    per = r.choice([6, 8, 10])
    while True:
        fam = r.randint(4, 9)
        each = r.randint(7, 14)
        if (fam * each) % per:
            break
    cloth = r.choice([4, 5, 6, 7, 8, 9, 12])
    return P(f"{n} is planning a family reunion. {fam} families are coming, and each family has {each} people. "
             f"Each table seats {per} people, and a tablecloth for one table costs {money(cloth)}. How much will "
             f"{n} spend on tablecloths?",
             [("fam", fam), ("each", each), ("per", per), ("cloth", cloth, "money")],
             [arith("guests", ("*", "fam", "each"), "Find the number of guests", "the number of guests",
                    "Guests", "people"),
              ceil("guests", "per", "tables", PPL, ("table", "tables"), "the number of guests",
                   "the seats at each table", "every guest needs a seat"),
              arith("cost", ("*", "tables", "cloth"), "Find the cost of the tablecloths",
                    "the cost of the tablecloths", "Tablecloths", fmt="money")],
             "cost", f"{n} will spend «cost» on tablecloths.", "«cost»",
             "how much the tablecloths cost", cdiv(fam * each, per) * cloth)


@template
def book_boxes(r):
    n, he, his = H(r)
    shelves = r.randint(4, 9)
    per = r.randint(18, 35)
    box = r.choice([12, 15, 16, 20, 24])
    while (shelves * per) % box == 0:
        per += 1
    return P(f"{n}'s library has {shelves} shelves with {per} books on each shelf. {n} is packing all the books "
             f"into boxes that hold {box} books each. How many boxes does {n} need?",
             [("shelves", shelves), ("per", per), ("box", box)],
             [arith("books", ("*", "shelves", "per"), "Find the total number of books",
                    "the total number of books", "Books", "books"),
              ceil("books", "box", "boxes", ("book", "books"), ("box", "boxes"), "the number of books",
                   "the number of books per box", "every book has to go in a box")],
             "boxes", f"{n} needs «boxes» boxes.", "«boxes» boxes", "how many boxes are needed",
             cdiv(shelves * per, box))


@template
def cupcake_boxes(r):
    n, he, his = H(r)
    batches = r.randint(3, 8)
    per = r.choice([12, 18, 24])
    box = r.choice([5, 7, 9])
    while (batches * per) % box == 0:
        batches = r.randint(3, 8)
        per = r.choice([12, 18, 24])
    price = r.choice([F(3, 2), 2, F(5, 2), 3])
    return P(f"{n} bakes {batches} batches of cupcakes with {per} cupcakes in each batch. The bakery boxes hold "
             f"{box} cupcakes each and cost {money(price)} per box. How much does {n} spend on boxes to pack "
             f"every cupcake?",
             [("batches", batches), ("per", per), ("box", box), ("price", price, "money")],
             [arith("cakes", ("*", "batches", "per"), "Find the number of cupcakes",
                    "the number of cupcakes", "Cupcakes", "cupcakes"),
              ceil("cakes", "box", "boxes", ("cupcake", "cupcakes"), ("box", "boxes"),
                   "the number of cupcakes", "the number each box holds", "every cupcake needs a box"),
              arith("cost", ("*", "boxes", "price"), "Find the cost of the boxes", "the cost of the boxes",
                    "Cost", fmt="money")],
             "cost", f"{n} spends «cost» on boxes.", "«cost»", "the cost of the boxes",
             cdiv(batches * per, box) * F(price))


@template
def pizza_party(r):
    n, he, his = H(r)
    kids = r.randint(14, 38)
    slices = r.choice([2, 3])
    per = r.choice([8, 10, 12])
    while (kids * slices) % per == 0:
        kids += 1
    price = r.choice([9, 11, 12, 13, 14, 15, 16])
    return P(f"{n} is ordering pizza for a party with {kids} kids. Each kid will eat {slices} slices, and each "
             f"pizza is cut into {per} slices. Pizzas cost {money(price)} each. How much will the pizza cost?",
             [("kids", kids), ("slices", slices), ("per", per), ("price", price, "money")],
             [arith("need", ("*", "kids", "slices"), "Find the number of slices needed",
                    "the number of slices needed", "Slices needed", "slices"),
              ceil("need", "per", "pizzas", ("slice", "slices"), ("pizza", "pizzas"),
                   "the slices needed", "the slices per pizza", "you can't order part of a pizza"),
              arith("cost", ("*", "pizzas", "price"), "Find the cost", "the total cost", "Cost",
                    fmt="money")],
             "cost", "The pizza will cost «cost».", "«cost»", "the cost of the pizza",
             cdiv(kids * slices, per) * price)


@template
def reading_days(r):
    n, he, his = H(r)
    pages = r.randint(180, 520)
    read = r.randint(20, 90)
    rate = r.choice([15, 18, 20, 24, 25, 30, 35, 40])
    pages = pick_rem(r, 180, 520, rate, extra=-read)
    return P(f"{n} is reading a {pages}-page book and has already read {read} pages. If {he} reads {rate} pages "
             f"a day, how many more days will it take {n} to finish the book?",
             [("pages", pages), ("read", read), ("rate", rate)],
             [arith("left", ("-", "pages", "read"), "Find the pages left", "the number of pages left",
                    "Pages left", "pages"),
              ceil("left", "rate", "days", ("page", "pages"), ("day", "days"), "the pages left",
                   "the pages per day", f"{he} still has to read the last few pages on another day",
                   subj=he)],
             "days", f"It will take {n} «days» more days.", "«days» days",
             "how many more days the book will take", cdiv(pages - read, rate))


@template
def save_weeks(r):
    n, he, his = H(r)
    thing = r.choice(["bike", "video game console", "skateboard", "tablet", "guitar", "pair of headphones"])
    price = r.choice([85, 120, 135, 150, 165, 180, 210, 240, 275])
    saved = r.randint(10, 60)
    wk = r.choice([8, 9, 11, 12, 14, 15, 16])
    while (price - saved) % wk == 0:
        saved += 1
    return P(f"{n} wants to buy a {thing} that costs {money(price)}. {cap_(he)} has already saved {money(saved)} "
             f"and saves {money(wk)} every week. How many more weeks does {n} need to save to have enough money?",
             [("price", price, "money"), ("saved", saved, "money"), ("wk", wk, "money")],
             [arith("need", ("-", "price", "saved"), "Find how much more money is needed",
                    "the amount still needed", "Still needed", fmt="money"),
              ceil("need", "wk", "weeks", ("dollar", "dollars"), ("week", "weeks"), "the amount still needed",
                   "the weekly savings", f"{he} needs the full amount", money=True, subj=he)],
             "weeks", f"{n} needs to save for «weeks» more weeks.", "«weeks» weeks",
             "how many more weeks of saving are needed", cdiv(price - saved, wk))


def cap_(s):
    return s[:1].upper() + s[1:]


@template
def save_allowance(r):
    n, he, his = H(r)
    allow = r.choice([12, 15, 18, 20, 25])
    spend = r.randint(3, 8)
    price = r.choice([96, 150, 180, 199, 220, 260, 300])
    have = r.randint(0, 40)
    while (price - have) % (allow - spend) == 0:
        have += 1
    thing = r.choice(["scooter", "drone", "keyboard", "camera", "telescope"])
    return P(f"{n} gets {money(allow)} allowance each week and spends {money(spend)} of it on snacks. {cap_(he)} "
             f"saves the rest for a {thing} that costs {money(price)}. {cap_(he)} already has {money(have)}. How "
             f"many weeks will it take {n} to have enough for the {thing}?",
             [("allow", allow, "money"), ("spend", spend, "money"), ("price", price, "money"),
              ("have", have, "money")],
             [arith("per", ("-", "allow", "spend"), "Find the weekly savings", "the amount saved each week",
                    "Saved per week", fmt="money"),
              arith("need", ("-", "price", "have"), "Find the amount still needed", "the amount still needed",
                    "Still needed", fmt="money"),
              ceil("need", "per", "weeks", ("dollar", "dollars"), ("week", "weeks"), "the amount needed",
                   "the weekly savings", f"{he} can't buy it until {he} has the whole amount", money=True,
                   subj=he)],
             "weeks", f"It will take {n} «weeks» weeks.", "«weeks» weeks", "how many weeks of saving it takes",
             cdiv(price - have, allow - spend))


@template
def paint_cans(r):
    n, he, his = H(r)
    L = r.randint(10, 24)
    Hh = r.choice([8, 9, 10])
    walls = 4
    cov = r.choice([90, 100, 120, 150, 160])
    while (2 * (L + L) * Hh) % cov == 0:
        L += 1
    W = L
    price = r.choice([22, 25, 28, 32, 35, 38])
    return P(f"{n} is painting the 4 walls of a square room. Each wall is {L} feet long and {Hh} feet tall. One "
             f"can of paint covers {cov} square feet and costs {money(price)}. How much will {n} spend on paint "
             f"for one coat?",
             [("L", L), ("H", Hh), ("walls", walls), ("cov", cov), ("price", price, "money")],
             [arith("area", ("*", ("*", "walls", "L"), "H"), "Find the total wall area",
                    "the total wall area", "Wall area", "square feet"),
              ceil("area", "cov", "cans", ("square foot", "square feet"), ("can", "cans"), "the wall area",
                   "the area one can covers", "paint only comes in whole cans"),
              arith("cost", ("*", "cans", "price"), "Find the cost", "the cost of the paint", "Cost",
                    fmt="money")],
             "cost", f"{n} will spend «cost» on paint.", "«cost»", "the cost of the paint",
             cdiv(4 * L * Hh, cov) * price)


@template
def fence_panels(r):
    n, he, his = H(r)
    L = r.randint(14, 40)
    W = r.randint(10, 30)
    panel = r.choice([6, 8])
    while (2 * (L + W)) % panel == 0:
        W += 1
    price = r.choice([24, 29, 35, 42, 45])
    return P(f"{n} wants to put a fence around a rectangular garden that is {L} feet long and {W} feet wide. "
             f"Fence panels are {panel} feet long and cost {money(price)} each. How much will the fence panels cost?",
             [("L", L), ("W", W), ("panel", panel), ("price", price, "money")],
             [arith("per", ("*", 2, ("+", "L", "W")), "Find the perimeter", "the perimeter", "Perimeter", "feet"),
              ceil("per", "panel", "panels", ("foot", "feet"), ("panel", "panels"), "the perimeter",
                   "the length of one panel", "the fence has to go all the way around"),
              arith("cost", ("*", "panels", "price"), "Find the cost", "the cost of the panels", "Cost",
                    fmt="money")],
             "cost", "The fence panels will cost «cost».", "«cost»", "the cost of the fence",
             cdiv(2 * (L + W), panel) * price)


@template
def moving_trips(r):
    n, he, his = H(r)
    boxes = r.randint(40, 140)
    load = r.choice([12, 15, 18, 20, 24])
    boxes = pick_rem(r, 40, 140, load)
    mins = r.choice([25, 30, 35, 40, 45])
    return P(f"{n} is moving {boxes} boxes to a new apartment. {cap_(his)} car can carry {load} boxes per trip, "
             f"and each round trip takes {mins} minutes. How many minutes will all the trips take?",
             [("boxes", boxes), ("load", load), ("mins", mins)],
             [ceil("boxes", "load", "trips", ("box", "boxes"), ("trip", "trips"), "the number of boxes",
                   "the boxes per trip", "the last few boxes still need a trip", subj=he),
              arith("time", ("*", "trips", "mins"), "Find the total time", "the total time", "Time", "minutes")],
             "time", "All the trips will take «time» minutes.", "«time» minutes", "how long the moving takes",
             cdiv(boxes, load) * mins)


@template
def camp_tents(r):
    group = r.choice(["scout troop", "summer camp", "hiking club", "youth group"])
    kids = r.randint(20, 60)
    adults = r.randint(3, 8)
    per = r.choice([3, 4, 5, 6])
    kids = pick_rem(r, 20, 60, per, extra=adults)
    fee = r.choice([12, 15, 18, 20, 22])
    return P(f"A {group} is going camping with {kids} kids and {adults} adults. Each tent sleeps {per} people, "
             f"and renting a tent costs {money(fee)} for the weekend. How much will the tents cost?",
             [("kids", kids), ("adults", adults), ("per", per), ("fee", fee, "money")],
             [arith("ppl", ("+", "kids", "adults"), "Count the campers", "the number of campers", "Campers",
                    "people"),
              ceil("ppl", "per", "tents", PPL, ("tent", "tents"), "the number of campers",
                   "the people per tent", "everyone needs a place to sleep"),
              arith("cost", ("*", "tents", "fee"), "Find the cost", "the rental cost", "Cost", fmt="money")],
             "cost", "The tents will cost «cost».", "«cost»", "the cost of the tents",
             cdiv(kids + adults, per) * fee)


@template
def boat_tours(r):
    tourists = r.randint(45, 130)
    cap = r.choice([8, 10, 12, 14, 16])
    tourists = pick_rem(r, 45, 130, cap)
    fuel = r.choice([15, 18, 20, 25, 30])
    return P(f"{tourists} tourists signed up for a lake tour. Each boat carries {cap} tourists, and every boat "
             f"trip uses {money(fuel)} of fuel. What is the total fuel cost if every tourist gets a ride?",
             [("t", tourists), ("cap", cap), ("fuel", fuel, "money")],
             [ceil("t", "cap", "trips", ("tourist", "tourists"), ("boat trip", "boat trips"),
                   "the number of tourists", "the boat capacity", "every tourist needs a seat"),
              arith("cost", ("*", "trips", "fuel"), "Find the fuel cost", "the fuel cost", "Fuel",
                    fmt="money")],
             "cost", "The fuel will cost «cost».", "«cost»", "the fuel cost", cdiv(tourists, cap) * fuel)


@template
def water_jugs(r):
    people = r.randint(30, 90)
    each = r.choice([2, 3])
    jug = r.choice([4, 5, 7])
    while (people * each) % jug == 0:
        people += 1
    return P(f"A hiking group of {people} people needs {each} liters of water per person for the day. Water comes "
             f"in {jug}-liter jugs. How many jugs should the group buy?",
             [("people", people), ("each", each), ("jug", jug)],
             [arith("liters", ("*", "people", "each"), "Find the total water needed",
                    "the total water needed", "Water needed", "liters"),
              ceil("liters", "jug", "jugs", ("liter", "liters"), ("jug", "jugs"), "the liters needed",
                   "the liters in one jug", "you can't buy part of a jug")],
             "jugs", "The group should buy «jugs» jugs.", "«jugs» jugs", "how many jugs to buy",
             cdiv(people * each, jug))


@template
def seed_packets(r):
    n, he, his = H(r)
    rows = r.randint(5, 12)
    plants = r.randint(8, 18)
    pk = r.choice([15, 20, 25, 30])
    while (rows * plants) % pk == 0:
        plants += 1
    price = r.choice([F(5, 2), 3, F(7, 2), 4, F(9, 2)])
    return P(f"{n} is planting {rows} rows of carrots with {plants} seeds in each row. A packet has {pk} seeds and "
             f"costs {money(price)}. How much will {n} spend on seed packets?",
             [("rows", rows), ("plants", plants), ("pk", pk), ("price", price, "money")],
             [arith("seeds", ("*", "rows", "plants"), "Find the number of seeds", "the number of seeds needed",
                    "Seeds", "seeds"),
              ceil("seeds", "pk", "packets", ("seed", "seeds"), ("packet", "packets"), "the seeds needed",
                   "the seeds per packet", "packets are sold whole", subj=he),
              arith("cost", ("*", "packets", "price"), "Find the cost", "the cost", "Cost", fmt="money")],
             "cost", f"{n} will spend «cost» on seeds.", "«cost»", "the cost of the seeds",
             cdiv(rows * plants, pk) * F(price))


@template
def egg_cartons_needed(r):
    n, he, his = H(r)
    hens = r.randint(6, 15)
    days = 7
    eggs = hens * days
    if eggs % 12 == 0:
        hens += 1
        eggs = hens * days
    return P(f"{n}'s farm has {hens} hens, and each hen lays 1 egg a day. {n} collects the eggs for a week "
             f"({days} days) and packs all of them in cartons that hold a dozen eggs. How many cartons does "
             f"{he} need?",
             [("hens", hens), ("days", days), ("doz", 12)],
             [arith("eggs", ("*", "hens", "days"), "Find the number of eggs", "the number of eggs", "Eggs", "eggs"),
              ceil("eggs", "doz", "cartons", ("egg", "eggs"), ("carton", "cartons"), "the number of eggs",
                   "the eggs per carton", "every egg needs a carton", subj=he)],
             "cartons", f"{n} needs «cartons» cartons.", "«cartons» cartons", "how many cartons are needed",
             cdiv(hens * days, 12))


@template
def printing_reams(r):
    copies = r.randint(30, 160)
    pages = r.randint(6, 24)
    ream = 500
    while (copies * pages) % ream == 0:
        copies += 1
    price = r.choice([6, 7, 8, 9, 11])
    return P(f"A teacher needs to print {copies} copies of a {pages}-page booklet. Paper comes in reams of "
             f"{ream} sheets that cost {money(price)} each. If each page uses one sheet, how much will the paper "
             f"cost?",
             [("copies", copies), ("pages", pages), ("ream", ream), ("price", price, "money")],
             [arith("sheets", ("*", "copies", "pages"), "Find the number of sheets", "the number of sheets",
                    "Sheets", "sheets"),
              ceil("sheets", "ream", "reams", ("sheet", "sheets"), ("ream", "reams"), "the sheets needed",
                   "the sheets per ream", "paper is sold by the whole ream"),
              arith("cost", ("*", "reams", "price"), "Find the cost", "the paper cost", "Cost", fmt="money")],
             "cost", "The paper will cost «cost».", "«cost»", "the cost of the paper",
             cdiv(copies * pages, ream) * price)


@template
def tile_boxes(r):
    n, he, his = H(r)
    L = r.randint(8, 16)
    W = r.randint(6, 12)
    per = r.choice([10, 12, 15])
    while (L * W) % per == 0:
        L = r.randint(8, 16)
        W = r.randint(6, 12)
    price = r.choice([28, 32, 36, 42, 45])
    return P(f"{n} is tiling a floor that is {L} feet by {W} feet with 1-foot square tiles. Tiles come in boxes "
             f"of {per}, and each box costs {money(price)}. How much will the tiles cost?",
             [("L", L), ("W", W), ("per", per), ("price", price, "money")],
             [arith("tiles", ("*", "L", "W"), "Find the number of tiles", "the number of tiles", "Tiles", "tiles"),
              ceil("tiles", "per", "boxes", ("tile", "tiles"), ("box", "boxes"), "the number of tiles",
                   "the tiles per box", "the store only sells full boxes"),
              arith("cost", ("*", "boxes", "price"), "Find the cost", "the cost", "Cost", fmt="money")],
             "cost", "The tiles will cost «cost».", "«cost»", "the cost of the tiles", cdiv(L * W, per) * price)


@template
def parking_hours(r):
    n, he, his = H(r)
    mins = r.randint(70, 330)
    while mins % 60 == 0:
        mins += 1
    rate = r.choice([2, 3, 4, 5, 6])
    return P(f"A parking garage charges {money(rate)} for every hour or part of an hour. {n} parks for {mins} "
             f"minutes. How much does {he} pay?",
             [("mins", mins), ("hr", 60), ("rate", rate, "money")],
             [ceil("mins", "hr", "hours", ("minute", "minutes"), ("hour", "hours"), "the minutes parked",
                   "the minutes in an hour", "a part of an hour is charged as a full hour", subj=he),
              arith("cost", ("*", "hours", "rate"), "Find the charge", "the parking charge", "Charge",
                    fmt="money")],
             "cost", f"{n} pays «cost».", "«cost»", "the parking charge", cdiv(mins, 60) * rate)


@template
def ferry_trips(r):
    cars = r.randint(50, 160)
    cap = r.choice([12, 14, 16, 18, 20])
    cars = pick_rem(r, 50, 160, cap)
    mins = r.choice([20, 25, 30, 40])
    return P(f"{cars} cars are waiting to cross the river. The ferry carries {cap} cars at a time, and each "
             f"crossing takes {mins} minutes. How many minutes of crossings are needed to get every car across?",
             [("cars", cars), ("cap", cap), ("mins", mins)],
             [ceil("cars", "cap", "trips", ("car", "cars"), ("crossing", "crossings"), "the number of cars",
                   "the ferry capacity", "every car has to get across"),
              arith("time", ("*", "trips", "mins"), "Find the total time", "the total time", "Time", "minutes")],
             "time", "The crossings take «time» minutes.", "«time» minutes", "the total crossing time",
             cdiv(cars, cap) * mins)


@template
def hotel_rooms(r):
    team = r.choice(["choir", "robotics team", "band", "debate club", "chess club"])
    mem = r.randint(17, 50)
    per = r.choice([3, 4])
    mem = pick_rem(r, 17, 50, per)
    nightly = r.choice([89, 95, 110, 120, 129])
    nights = r.choice([2, 3])
    return P(f"The {team} has {mem} members traveling to a competition. Each hotel room sleeps {per} people and "
             f"costs {money(nightly)} per night. They are staying {nights} nights. What is the total cost of the "
             f"rooms?",
             [("mem", mem), ("per", per), ("nightly", nightly, "money"), ("nights", nights)],
             [ceil("mem", "per", "rooms", ("member", "members"), ("room", "rooms"), "the number of members",
                   "the people per room", "everyone needs a bed"),
              arith("pn", ("*", "rooms", "nightly"), "Find the cost per night", "the cost per night",
                    "Per night", fmt="money"),
              arith("cost", ("*", "pn", "nights"), "Find the total cost", "the total cost", "Total",
                    fmt="money")],
             "cost", "The rooms cost «cost» in total.", "«cost»", "the total cost of the rooms",
             cdiv(mem, per) * nightly * nights)


@template
def sandwich_loaves(r):
    n, he, his = H(r)
    sand = r.randint(20, 60)
    slices = 2
    loaf = r.choice([18, 20, 22, 24])
    while (sand * 2) % loaf == 0:
        sand += 1
    price = r.choice([F(5, 2), 3, F(7, 2), 4])
    return P(f"{n} is making {sand} sandwiches for a picnic. Each sandwich uses {slices} slices of bread, and a "
             f"loaf has {loaf} slices. Loaves cost {money(price)} each. How much will {n} spend on bread?",
             [("sand", sand), ("sl", slices), ("loaf", loaf), ("price", price, "money")],
             [arith("need", ("*", "sand", "sl"), "Find the slices needed", "the slices needed", "Slices", "slices"),
              ceil("need", "loaf", "loaves", ("slice", "slices"), ("loaf", "loaves"), "the slices needed",
                   "the slices in a loaf", "bread is sold by the loaf", subj=he),
              arith("cost", ("*", "loaves", "price"), "Find the cost", "the cost of the bread", "Cost",
                    fmt="money")],
             "cost", f"{n} will spend «cost» on bread.", "«cost»", "the cost of the bread",
             cdiv(sand * 2, loaf) * F(price))


@template
def cookie_trays(r):
    n, he, his = H(r)
    cookies = r.randint(50, 140)
    tray = r.choice([12, 15, 16, 18, 20])
    cookies = pick_rem(r, 50, 140, tray)
    mins = r.choice([10, 11, 12, 14, 15])
    return P(f"{n} is baking {cookies} cookies. Only one tray fits in the oven at a time, each tray holds {tray} "
             f"cookies, and each tray bakes for {mins} minutes. How many minutes of baking will it take?",
             [("cookies", cookies), ("tray", tray), ("mins", mins)],
             [ceil("cookies", "tray", "trays", ("cookie", "cookies"), ("tray", "trays"), "the number of cookies",
                   "the cookies per tray", "the last cookies still need a tray", subj=he),
              arith("time", ("*", "trays", "mins"), "Find the baking time", "the baking time", "Time",
                    "minutes")],
             "time", "The baking will take «time» minutes.", "«time» minutes", "the total baking time",
             cdiv(cookies, tray) * mins)


@template
def flour_bags(r):
    n, he, his = H(r)
    batches = r.randint(4, 12)
    cups = r.choice([3, 4, 5])
    bag = r.choice([10, 12, 15, 18])
    while (batches * cups) % bag == 0:
        batches += 1
    price = r.choice([3, 4, 5, 6])
    return P(f"{n} is baking {batches} loaves of bread for a bake sale. Each loaf needs {cups} cups of flour. A "
             f"bag of flour holds {bag} cups and costs {money(price)}. How much will {n} spend on flour?",
             [("b", batches), ("cups", cups), ("bag", bag), ("price", price, "money")],
             [arith("need", ("*", "b", "cups"), "Find the flour needed", "the flour needed", "Flour", "cups"),
              ceil("need", "bag", "bags", ("cup", "cups"), ("bag", "bags"), "the cups needed",
                   "the cups in a bag", "flour is sold in whole bags", subj=he),
              arith("cost", ("*", "bags", "price"), "Find the cost", "the cost", "Cost", fmt="money")],
             "cost", f"{n} will spend «cost» on flour.", "«cost»", "the cost of the flour",
             cdiv(batches * cups, bag) * price)


@template
def theater_rows(r):
    play = r.choice(["school play", "spring concert", "talent show", "graduation ceremony"])
    fam = r.randint(40, 95)
    each = r.choice([2, 3, 4])
    row = r.choice([14, 16, 18, 20, 24])
    while (fam * each) % row == 0:
        fam += 1
    return P(f"For the {play}, {fam} families each reserved {each} seats. The gym's rows have {row} chairs each. "
             f"How many rows of chairs are needed?",
             [("fam", fam), ("each", each), ("row", row)],
             [arith("seats", ("*", "fam", "each"), "Find the seats needed", "the number of seats needed",
                    "Seats", "seats"),
              ceil("seats", "row", "rows", ("seat", "seats"), ("row", "rows"), "the seats needed",
                   "the chairs per row", "every reserved seat needs a chair")],
             "rows", "They need «rows» rows of chairs.", "«rows» rows", "how many rows are needed",
             cdiv(fam * each, row))


@template
def elevator_trips(r):
    n, he, his = H(r)
    boxes = r.randint(20, 60)
    kg = r.choice([15, 20, 25])
    limit = r.choice([150, 200, 240, 300])
    while (boxes * kg) % limit == 0:
        boxes += 1
    return P(f"A delivery worker has {boxes} boxes that weigh {kg} kg each. The freight elevator can carry at most "
             f"{limit} kg per trip. How many trips does the elevator have to make?",
             [("boxes", boxes), ("kg", kg), ("lim", limit)],
             [arith("w", ("*", "boxes", "kg"), "Find the total weight", "the total weight", "Weight", "kg"),
              ceil("w", "lim", "trips", ("kilogram", "kg"), ("trip", "trips"), "the total weight",
                   "the weight limit", "the elevator can't go over its limit")],
             "trips", "The elevator has to make «trips» trips.", "«trips» trips", "how many trips are needed",
             cdiv(boxes * kg, limit))


@template
def carpool(r):
    n, he, his = H(r)
    kids = r.randint(11, 35)
    seats = r.choice([3, 4, 5])
    kids = pick_rem(r, 11, 35, seats)
    gas = r.choice([5, 6, 8, 10])
    return P(f"{kids} kids from {n}'s class are going to the zoo. Each parent's car can take {seats} kids, and "
             f"the class gives each driver {money(gas)} for gas. How much gas money does the class give out?",
             [("kids", kids), ("seats", seats), ("gas", gas, "money")],
             [ceil("kids", "seats", "cars", ("kid", "kids"), ("car", "cars"), "the number of kids",
                   "the seats per car", "every kid needs a ride"),
              arith("cost", ("*", "cars", "gas"), "Find the gas money", "the gas money", "Gas money",
                    fmt="money")],
             "cost", "The class gives out «cost».", "«cost»", "the total gas money", cdiv(kids, seats) * gas)


@template
def laps_track(r):
    n, he, his = H(r)
    km = r.choice([3, 5, 6, 7, 9])
    track = r.choice([400, 300, 350, 450])
    meters = km * 1000
    while meters % track == 0:
        track += 50
    return P(f"{n} wants to run at least {km} kilometers around a track that is {track} meters long. How many full "
             f"laps does {he} need to run? (1 kilometer = 1,000 meters)",
             [("km", km), ("th", 1000), ("track", track)],
             [arith("m", ("*", "km", "th"), "Convert to meters", "the distance in meters", "Meters", "meters"),
              ceil("m", "track", "laps", ("meter", "meters"), ("lap", "laps"), "the distance",
                   "the length of one lap", f"{he} wants at least {km} kilometers", subj=he)],
             "laps", f"{n} needs to run «laps» laps.", "«laps» laps", "how many laps are needed",
             cdiv(km * 1000, track))


@template
def shelves_needed(r):
    lib = r.choice(["school library", "classroom", "community center", "bookstore"])
    old = r.randint(80, 200)
    new = r.randint(30, 120)
    per = r.choice([24, 28, 30, 32, 36])
    while (old + new) % per == 0:
        new += 1
    return P(f"The {lib} had {old} picture books and just received {new} more. Each shelf holds {per} books. How "
             f"many shelves are needed to hold all the picture books?",
             [("old", old), ("new", new), ("per", per)],
             [arith("books", ("+", "old", "new"), "Find the total number of books", "the total number of books",
                    "Books", "books"),
              ceil("books", "per", "sh", ("book", "books"), ("shelf", "shelves"), "the number of books",
                   "the books per shelf", "every book needs space")],
             "sh", "They need «sh» shelves.", "«sh» shelves", "how many shelves are needed",
             cdiv(old + new, per))


# ============================================================ ROUND DOWN (floor) / leftovers

@template
def card_packs(r):
    n, he, his = H(r)
    boxes = r.randint(3, 8)
    per = r.choice([24, 36, 40, 48, 50])
    loose = r.randint(5, 30)
    pack = r.choice([8, 9, 12, 15])
    while (boxes * per + loose) % pack == 0:
        loose += 1
    return P(f"{n} has {boxes} boxes of trading cards with {per} cards in each box, plus {loose} loose cards. "
             f"{cap_(he)} wants to make packs of {pack} cards to give away. How many full packs can {he} make?",
             [("boxes", boxes), ("per", per), ("loose", loose), ("pack", pack)],
             [arith("cards", ("+", ("*", "boxes", "per"), "loose"), "Find the total number of cards",
                    "the total number of cards", "Cards", "cards"),
              floor("cards", "pack", "packs", ("card", "cards"), ("pack", "packs"), "the number of cards",
                    "the pack size", r="left", subj=he)],
             "packs", f"{n} can make «packs» full packs.", "«packs» packs", "how many full packs can be made",
             fdiv(boxes * per + loose, pack))


@template
def egg_cartons_sell(r):
    n, he, his = H(r)
    hens = r.randint(8, 24)
    days = r.choice([5, 6, 7])
    while (hens * days) % 12 == 0:
        hens += 1
    price = r.choice([3, 4, 5, F(7, 2), F(9, 2)])
    return P(f"{n} has {hens} hens that each lay one egg a day. After {days} days, {he} packs the eggs into "
             f"cartons of 12 and sells only full cartons for {money(price)} each. How much money does {n} make?",
             [("hens", hens), ("days", days), ("doz", 12), ("price", price, "money")],
             [arith("eggs", ("*", "hens", "days"), "Find the number of eggs", "the number of eggs", "Eggs", "eggs"),
              floor("eggs", "doz", "cartons", ("egg", "eggs"), ("carton", "cartons"), "the number of eggs",
                    "the eggs per carton", r="extra", subj=he),
              arith("money", ("*", "cartons", "price"), "Find the money made", "the money made", "Sales",
                    fmt="money")],
             "money", f"{n} makes «money».", "«money»", "how much money the eggs bring in",
             fdiv(hens * days, 12) * F(price))


@template
def movie_tickets_change(r):
    n, he, his = H(r)
    price = r.choice([7, 8, 9, 11, 12, 13])
    budget = r.choice([50, 60, 75, 80, 100])
    while budget % price == 0:
        price += 1
    return P(f"{n} has {money(budget)} to spend on movie tickets for {his} friends. Each ticket costs "
             f"{money(price)}. If {he} buys as many tickets as possible, how much money will {he} have left?",
             [("budget", budget, "money"), ("price", price, "money")],
             [floor("budget", "price", "tix", ("dollar", "dollars"), ("ticket", "tickets"),
                    "the budget", "the ticket price", r="change", full="", money=True, subj=he),
              arith("spent", ("*", "tix", "price"), "Find the amount spent", "the amount spent", "Spent",
                    fmt="money"),
              arith("left", ("-", "budget", "spent"), "Find the money left", "the money left", "Left",
                    fmt="money")],
             "left", f"{n} will have «left» left.", "«left»", "how much money is left",
             budget - fdiv(budget, price) * price)


@template
def notebooks_decimal(r):
    n, he, his = H(r)
    price = r.choice([F(275, 100), F(325, 100), F(375, 100), F(425, 100), F(450, 100), F(350, 100)])
    budget = r.choice([20, 25, 30, 40, 50])
    while (budget / price).denominator == 1:
        budget += 5
    return P(f"{n} has {money(budget)} to buy notebooks for school. Each notebook costs {money(price)}. How much "
             f"change will {he} get if {he} buys as many notebooks as {he} can?",
             [("budget", budget, "money"), ("price", price, "money")],
             [floor("budget", "price", "nb", ("dollar", "dollars"), ("notebook", "notebooks"), "the budget",
                    "the price of one notebook", r="change", full="", dec=True, money=True, subj=he)],
             "change", f"{n} will get «change» in change.", "«change»", "the change",
             budget - fdiv(budget, price) * price)


@template
def ribbon_pieces(r):
    n, he, his = H(r)
    meters = r.randint(3, 9)
    piece = r.choice([30, 35, 40, 45, 60, 70])
    while (meters * 100) % piece == 0:
        meters += 1
    return P(f"{n} has a ribbon that is {meters} meters long. {cap_(he)} cuts it into pieces that are {piece} cm "
             f"long to make bows. How many centimeters of ribbon are left over after cutting as many pieces as "
             f"possible? (1 m = 100 cm)",
             [("m", meters), ("cm", 100), ("piece", piece)],
             [arith("len", ("*", "m", "cm"), "Convert to centimeters", "the length in centimeters", "Length", "cm"),
              floor("len", "piece", "pieces", ("centimeter", "cm"), ("piece", "pieces"), "the length",
                    "the piece length", r="left", full="", subj=he)],
             "left", f"There are «left» cm of ribbon left over.", "«left» cm", "how much ribbon is left",
             (meters * 100) % piece)


@template
def bouquets(r):
    n, he, his = H(r)
    roses = r.randint(60, 200)
    per = r.choice([6, 7, 9, 12])
    while roses % per == 0:
        roses += 1
    price = r.choice([15, 18, 20, 24, 25])
    return P(f"A florist has {roses} roses. She makes bouquets with {per} roses each and sells every full bouquet "
             f"for {money(price)}. How much money does she make from the bouquets?",
             [("roses", roses), ("per", per), ("price", price, "money")],
             [floor("roses", "per", "bq", ("rose", "roses"), ("bouquet", "bouquets"), "the number of roses",
                    "the roses per bouquet", r="extra", subj="she"),
              arith("money", ("*", "bq", "price"), "Find the money made", "the money made", "Sales",
                    fmt="money")],
             "money", "She makes «money».", "«money»", "how much the bouquets bring in",
             fdiv(roses, per) * price)


@template
def teams_leftover(r):
    coach = r.choice(["A gym teacher", "A camp counselor", "A coach"])
    g = r.randint(3, 5)
    per = r.randint(18, 29)
    size = r.choice([5, 6, 7, 8, 9])
    while (g * per) % size == 0:
        g = r.randint(3, 5)
        per = r.randint(18, 29)
    return P(f"{coach} has {g} groups of {per} kids. She wants to make teams of exactly {size} kids each. Kids who "
             f"are not on a full team will be referees. How many referees will there be?",
             [("g", g), ("per", per), ("size", size)],
             [arith("kids", ("*", "g", "per"), "Find the number of kids", "the number of kids", "Kids", "kids"),
              floor("kids", "size", "teams", ("kid", "kids"), ("team", "teams"), "the number of kids",
                    "the team size", r="refs")],
             "refs", "There will be «refs» referees.", "«refs» referees", "how many kids are left over",
             (g * per) % size)


@template
def cookie_bags_sell(r):
    n, he, his = H(r)
    batches = r.randint(3, 7)
    per = r.choice([18, 20, 24, 30, 36])
    bag = r.choice([5, 7, 8])
    while (batches * per) % bag == 0:
        batches = r.randint(3, 7)
        per = r.choice([18, 20, 24, 30, 36])
    price = r.choice([3, 4, 5, F(5, 2), F(7, 2)])
    return P(f"For a bake sale, {n} baked {batches} batches of {per} cookies. {cap_(he)} puts {bag} cookies in "
             f"each bag and sells only full bags for {money(price)} each. If {he} sells every full bag, how much "
             f"money does {he} raise?",
             [("b", batches), ("per", per), ("bag", bag), ("price", price, "money")],
             [arith("cookies", ("*", "b", "per"), "Find the number of cookies", "the number of cookies",
                    "Cookies", "cookies"),
              floor("cookies", "bag", "bags", ("cookie", "cookies"), ("bag", "bags"), "the number of cookies",
                    "the cookies per bag", r="extra", subj=he),
              arith("money", ("*", "bags", "price"), "Find the money raised", "the money raised", "Raised",
                    fmt="money")],
             "money", f"{n} raises «money».", "«money»", "how much money is raised",
             fdiv(batches * per, bag) * F(price))


@template
def juice_glasses(r):
    n, he, his = H(r)
    liters = r.randint(3, 8)
    glass = r.choice([180, 200, 240, 300, 350])
    while (liters * 1000) % glass == 0:
        glass += 10
    return P(f"{n} made {liters} liters of lemonade. {cap_(he)} pours it into cups that each hold {glass} mL. How "
             f"many cups can {he} fill all the way? (1 liter = 1,000 mL)",
             [("L", liters), ("ml", 1000), ("glass", glass)],
             [arith("tot", ("*", "L", "ml"), "Convert to milliliters", "the amount in milliliters",
                    "Milliliters", "mL"),
              floor("tot", "glass", "cups", ("milliliter", "mL"), ("cup", "cups"), "the lemonade",
                    "the size of one cup", r="extra", subj=he)],
             "cups", f"{n} can fill «cups» cups.", "«cups» cups", "how many cups can be filled",
             fdiv(liters * 1000, glass))


@template
def pencils_keep(r):
    n, he, his = H(r)
    boxes = r.randint(4, 12)
    per = r.choice([12, 24, 36])
    kids = r.randint(18, 32)
    while (boxes * per) % kids == 0:
        kids += 1
    return P(f"Mr. {r.choice(['Lopez', 'Chen', 'Baker', 'Okafor', 'Rossi', 'Patel'])} buys {boxes} boxes of "
             f"pencils with {per} pencils in each box. He shares them equally among his {kids} students and keeps "
             f"the extra pencils for himself. How many pencils does he keep?",
             [("boxes", boxes), ("per", per), ("kids", kids)],
             [arith("pencils", ("*", "boxes", "per"), "Find the number of pencils", "the number of pencils",
                    "Pencils", "pencils"),
              share("pencils", "kids", "each", "keep", ("pencil", "pencils"), ("student", "students"),
                    "the pencils")],
             "keep", "He keeps «keep» pencils.", "«keep» pencils", "how many pencils are left over",
             (boxes * per) % kids)


@template
def stickers_each(r):
    n, he, his = H(r)
    sheets = r.randint(5, 14)
    per = r.choice([12, 16, 20, 24, 30])
    friends = r.choice([4, 6, 7, 8, 9])
    while (sheets * per) % friends == 0:
        sheets = r.randint(5, 14)
        per = r.choice([12, 16, 20, 24, 30])
    own = r.randint(3, 15)
    return P(f"{n} has {sheets} sheets of stickers with {per} stickers on each sheet. {cap_(he)} shares them "
             f"equally among {friends} friends and keeps the leftovers. One friend, Jo, already had {own} stickers. "
             f"How many stickers does Jo have now?",
             [("sheets", sheets), ("per", per), ("fr", friends), ("own", own)],
             [arith("st", ("*", "sheets", "per"), "Find the number of stickers", "the number of stickers",
                    "Stickers", "stickers"),
              share("st", "fr", "each", "left", ("sticker", "stickers"), ("friend", "friends"), "the stickers"),
              arith("jo", ("+", "own", "each"), "Find Jo's total", "Jo's total", "Jo", "stickers")],
             "jo", "Jo has «jo» stickers now.", "«jo» stickers", "how many stickers Jo has",
             own + fdiv(sheets * per, friends))


@template
def candy_more(r):
    n, he, his = H(r)
    candy = r.randint(100, 300)
    bag = r.choice([8, 12, 15, 16, 20, 25])
    while candy % bag == 0:
        candy += 1
    return P(f"{n} has {candy} pieces of candy and is filling goody bags with {bag} pieces each. After filling as "
             f"many bags as possible, how many more pieces of candy would {he} need to fill one more bag?",
             [("candy", candy), ("bag", bag)],
             [floor("candy", "bag", "bags", ("piece", "pieces"), ("bag", "bags"), "the candy",
                    "the pieces per bag", r="left", subj=he),
              arith("more", ("-", "bag", "left"), "Find how many more are needed", "the number still needed",
                    "More needed", "pieces")],
             "more", f"{n} would need «more» more pieces.", "«more» pieces", "how many more pieces are needed",
             bag - candy % bag)


@template
def marble_jars(r):
    n, he, his = H(r)
    bags = r.randint(3, 9)
    per = r.randint(25, 60)
    jar = r.choice([40, 45, 50, 60, 75])
    while (bags * per) % jar == 0:
        per += 1
    return P(f"{n} has {bags} bags of marbles with {per} marbles in each bag. {cap_(he)} puts them into jars that "
             f"hold {jar} marbles each, filling one jar at a time. How many marbles are in the last jar, which is "
             f"not full?",
             [("bags", bags), ("per", per), ("jar", jar)],
             [arith("m", ("*", "bags", "per"), "Find the number of marbles", "the number of marbles", "Marbles",
                    "marbles"),
              floor("m", "jar", "full", ("marble", "marbles"), ("jar", "jars"), "the number of marbles",
                    "the jar size", r="last", subj=he)],
             "last", "The last jar has «last» marbles.", "«last» marbles", "how many marbles are in the last jar",
             (bags * per) % jar)


@template
def days_weeks(r):
    n, he, his = H(r)
    a = r.randint(20, 60)
    b = r.randint(15, 50)
    while (a + b) % 7 == 0:
        b += 1
    return P(f"{n} spent {a} days at summer camp and then {b} days visiting {his} grandparents. How many full "
             f"weeks was {he} away in total?",
             [("a", a), ("b", b), ("wk", 7)],
             [arith("days", ("+", "a", "b"), "Find the total days", "the total number of days", "Days", "days"),
              convert("days", "wk", "weeks", "extra", ("week", "weeks"), ("day", "days"))],
             "weeks", f"{n} was away for «weeks» full weeks.", "«weeks» weeks", "how many full weeks that is",
             fdiv(a + b, 7))


@template
def minutes_hours(r):
    n, he, his = H(r)
    sessions = r.randint(4, 12)
    mins = r.choice([25, 35, 40, 45, 50, 55])
    while (sessions * mins) % 60 == 0:
        sessions += 1
    return P(f"{n} practiced piano {sessions} times this month, for {mins} minutes each time. {cap_(he)} writes "
             f"the total as hours and minutes. How many minutes are left after the full hours?",
             [("s", sessions), ("mins", mins), ("hr", 60)],
             [arith("tot", ("*", "s", "mins"), "Find the total minutes", "the total practice time", "Total",
                    "minutes"),
              convert("tot", "hr", "hours", "left", ("hour", "hours"), ("minute", "minutes"))],
             "left", "There are «left» minutes after the full hours.", "«left» minutes",
             "the minutes left after the full hours", (sessions * mins) % 60)


@template
def inches_feet(r):
    n, he, his = H(r)
    boards = r.randint(3, 8)
    each = r.randint(20, 45)
    while (boards * each) % 12 == 0:
        each += 1
    return P(f"{n} lines up {boards} boards end to end. Each board is {each} inches long. How long is the line of "
             f"boards in whole feet, not counting the extra inches? (12 inches = 1 foot)",
             [("boards", boards), ("each", each), ("ft", 12)],
             [arith("inch", ("*", "boards", "each"), "Find the total length", "the total length", "Length",
                    "inches"),
              convert("inch", "ft", "feet", "inches", ("foot", "feet"), ("inch", "inches"))],
             "feet", "The line is «feet» whole feet long.", "«feet» feet", "the length in whole feet",
             fdiv(boards * each, 12))


@template
def coins_quarters(r):
    n, he, his = H(r)
    cents = r.randint(260, 980)
    while cents % 25 == 0:
        cents += 1
    return P(f"{n} has {cents} pennies in a jar. The bank trades 25 pennies for one quarter. After trading for as "
             f"many quarters as possible, how many pennies does {n} have left?",
             [("c", cents), ("q", 25)],
             [floor("c", "q", "quarters", ("penny", "pennies"), ("quarter", "quarters"), "the pennies",
                    "the pennies per quarter", full="", subj=he),
              arith("traded", ("*", "quarters", "q"), "Find the pennies traded", "the number of pennies traded",
                    "Traded", "pennies"),
              arith("left", ("-", "c", "traded"), "Find the pennies left", "the number of pennies left", "Left",
                    "pennies")],
             "left", f"{n} has «left» pennies left.", "«left» pennies", "how many pennies are left",
             cents % 25)


@template
def garden_rows(r):
    n, he, his = H(r)
    trays = r.randint(4, 10)
    per = r.choice([12, 18, 24, 36])
    row = r.choice([7, 9, 10, 11, 14])
    while (trays * per) % row == 0:
        trays = r.randint(4, 10)
        per = r.choice([12, 18, 24, 36])
    return P(f"{n} bought {trays} trays of seedlings with {per} seedlings per tray. {cap_(he)} plants them in rows "
             f"of {row}. How many complete rows can {he} plant?",
             [("t", trays), ("per", per), ("row", row)],
             [arith("seed", ("*", "t", "per"), "Find the number of seedlings", "the number of seedlings",
                    "Seedlings", "seedlings"),
              floor("seed", "row", "rows", ("seedling", "seedlings"), ("row", "rows"), "the number of seedlings",
                    "the row size", r="extra", full="complete", subj=he)],
             "rows", f"{n} can plant «rows» complete rows.", "«rows» rows", "how many complete rows",
             fdiv(trays * per, row))


@template
def shelf_boards(r):
    n, he, his = H(r)
    board = r.choice([96, 120, 144])
    shelf = r.choice([22, 26, 28, 30, 34, 36, 40])
    while board % shelf == 0:
        shelf += 1
    boards = r.randint(3, 7)
    return P(f"{n} has {boards} wooden boards, each {board} inches long. {cap_(he)} cuts shelves that are {shelf} "
             f"inches long from each board (pieces from different boards can't be joined). How many shelves can "
             f"{he} cut in all?",
             [("board", board), ("shelf", shelf), ("boards", boards)],
             [floor("board", "shelf", "per", ("inch", "inches"), ("shelf", "shelves"), "the board length",
                    "the shelf length", r="waste", full="", subj=he),
              arith("tot", ("*", "per", "boards"), "Find the total shelves", "the total number of shelves",
                    "Total", "shelves")],
             "tot", f"{n} can cut «tot» shelves.", "«tot» shelves", "how many shelves can be cut",
             fdiv(board, shelf) * boards)


@template
def chairs_budget(r):
    club = r.choice(["The art club", "The PTA", "The book club", "The garden club"])
    budget = r.choice([150, 200, 250, 300, 400])
    price = r.choice([13, 17, 19, 23, 27, 29, 34])
    while budget % price == 0:
        price += 1
    return P(f"{club} has {money(budget)} to buy folding chairs. Each chair costs {money(price)}. How many chairs can "
             f"they buy, and how much will they spend? Give the amount spent.",
             [("budget", budget, "money"), ("price", price, "money")],
             [floor("budget", "price", "chairs", ("dollar", "dollars"), ("chair", "chairs"), "the budget",
                    "the price of a chair", r="left", full="", money=True),
              arith("spent", ("*", "chairs", "price"), "Find the amount spent", "the amount spent", "Spent",
                    fmt="money")],
             "spent", "They will spend «spent».", "«spent»", "how much they spend",
             fdiv(budget, price) * price)


@template
def muffin_boxes_eat(r):
    n, he, his = H(r)
    trays = r.randint(3, 7)
    per = 12
    box = r.choice([5, 7, 8, 9, 10])
    while (trays * per) % box == 0:
        box += 1
    return P(f"{n} baked {trays} trays of muffins with {per} muffins on each tray. {cap_(he)} packs them in boxes of "
             f"{box} for the neighbors and eats the muffins that don't fill a box. How many muffins does {n} eat?",
             [("t", trays), ("per", per), ("box", box)],
             [arith("muf", ("*", "t", "per"), "Find the number of muffins", "the number of muffins", "Muffins",
                    "muffins"),
              floor("muf", "box", "boxes", ("muffin", "muffins"), ("box", "boxes"), "the number of muffins",
                    "the box size", r="eat", subj=he)],
             "eat", f"{n} eats «eat» muffins.", "«eat» muffins", "how many muffins are left over",
             (trays * per) % box)


@template
def gift_share_money(r):
    n, he, his = H(r)
    jar = r.randint(130, 470)
    kids = r.choice([3, 4, 6, 7, 8])
    while jar % kids == 0:
        jar += 1
    return P(f"{n} and {his} cousins found {money(jar)} in a piggy bank. There are {kids} kids in all, and they "
             f"split the money equally in whole dollars. The leftover dollars go to the animal shelter. How many "
             f"dollars go to the shelter?",
             [("jar", jar, "money"), ("kids", kids)],
             [share("jar", "kids", "each", "rest", ("dollar", "dollars"), ("kid", "kids"), "the money",
                    money=True),
              arith("given", ("*", "each", "kids"), "Find the amount shared out", "the amount shared out",
                    "Shared", fmt="money"),
              arith("shelter", ("-", "jar", "given"), "Find the leftover", "the amount left for the shelter",
                    "Shelter", fmt="money")],
             "shelter", "«shelter» goes to the shelter.", "«shelter»", "how much goes to the shelter",
             jar % kids)


# ============================================================ ESTIMATION

def rn(v, unit):
    return round_half_up(F(v), F(unit))


def pick_nomid(r, lo, hi, unit, avoid_exact=True):
    for _ in range(1000):
        v = r.randint(lo, hi)
        if v % unit == unit // 2:
            continue
        if avoid_exact and v % unit == 0:
            continue
        return v
    raise RuntimeError


@template
def est_visitors(r):
    place = r.choice(["the aquarium", "the county fair", "the science museum", "the zoo", "the art museum"])
    a = pick_nomid(r, 210, 980, 100)
    b = pick_nomid(r, 210, 980, 100)
    return P(f"{place[0].upper() + place[1:]} had {a} visitors on Saturday and {b} visitors on Sunday. Estimate the "
             f"total number of visitors by rounding each number to the nearest hundred.",
             [("a", a), ("b", b)],
             [roundp([("a", "ar"), ("b", "br")], "hundred"),
              est("est", ("+", "ar", "br"), ("+", "a", "b"), "Add the rounded numbers", "the estimated total",
                  "Estimate", "visitors")],
             "est", "There were about «est» visitors.", "about «est» visitors", "an estimate of the total",
             rn(a, 100) + rn(b, 100))


@template
def est_three_tens(r):
    n, he, his = H(r)
    a = pick_nomid(r, 21, 98, 10)
    b = pick_nomid(r, 21, 98, 10)
    c = pick_nomid(r, 21, 98, 10)
    return P(f"{n} read {a} pages on Monday, {b} pages on Tuesday, and {c} pages on Wednesday. Round each number to "
             f"the nearest ten to estimate how many pages {he} read in all.",
             [("a", a), ("b", b), ("c", c)],
             [roundp([("a", "ar"), ("b", "br"), ("c", "cr")], "ten"),
              est("est", ("+", ("+", "ar", "br"), "cr"), ("+", ("+", "a", "b"), "c"), "Add the rounded numbers",
                  "the estimate", "Estimate", "pages")],
             "est", f"{n} read about «est» pages.", "about «est» pages", "an estimate of the pages read",
             rn(a, 10) + rn(b, 10) + rn(c, 10))


@template
def est_difference(r):
    a = pick_nomid(r, 520, 990, 100)
    b = pick_nomid(r, 110, 480, 100)
    thing = r.choice(["tickets", "raffle tickets", "cupcakes", "programs"])
    return P(f"The school sold {a} {thing} for the fall show and {b} {thing} for the spring show. About how many "
             f"more {thing} were sold for the fall show? Round each number to the nearest hundred.",
             [("a", a), ("b", b)],
             [roundp([("a", "ar"), ("b", "br")], "hundred"),
              est("est", ("-", "ar", "br"), ("-", "a", "b"), "Subtract the rounded numbers",
                  "the estimated difference", "Difference", thing)],
             "est", f"About «est» more {thing} were sold for the fall show.", "about «est»",
             "an estimate of the difference", rn(a, 100) - rn(b, 100))


@template
def est_product_tens(r):
    n, he, his = H(r)
    price = pick_nomid(r, 22, 89, 10)
    qty = r.randint(3, 9)
    thing = r.choice(["concert tickets", "jackets", "pairs of shoes", "board games", "lunch boxes"])
    return P(f"{n} is buying {qty} {thing} that cost {money(price)} each. Round the price to the nearest ten "
             f"dollars to estimate the total cost.",
             [("price", price, "money"), ("qty", qty)],
             [roundp([("price", "pr")], "ten"),
              est("est", ("*", "pr", "qty"), ("*", "price", "qty"), "Multiply", "the estimated cost",
                  "Estimate", fmt="money")],
             "est", "The total is about «est».", "about «est»", "an estimate of the total cost",
             rn(price, 10) * qty)


@template
def est_product_both(r):
    rows = pick_nomid(r, 18, 68, 10)
    per = pick_nomid(r, 21, 59, 10)
    place = r.choice(["stadium section", "auditorium", "orchard", "parking lot"])
    what = {"stadium section": ("rows", "seats"), "auditorium": ("rows", "seats"),
            "orchard": ("rows", "trees"), "parking lot": ("rows", "parking spaces")}[place]
    art = "An" if place[0] in "aeiou" else "A"
    return P(f"{art} {place} has {rows} {what[0]} with {per} {what[1]} in each row. Estimate the number of {what[1]} by "
             f"rounding both numbers to the nearest ten.",
             [("rows", rows), ("per", per)],
             [roundp([("rows", "rr"), ("per", "pr")], "ten"),
              est("est", ("*", "rr", "pr"), ("*", "rows", "per"), "Multiply the rounded numbers",
                  "the estimate", "Estimate", what[1])],
             "est", f"There are about «est» {what[1]}.", f"about «est» {what[1]}", "an estimate",
             rn(rows, 10) * rn(per, 10))


@template
def est_grocery_dollars(r):
    n, he, his = H(r)
    items = r.sample([("milk", 3, 5), ("bread", 2, 4), ("cheese", 4, 8), ("apples", 3, 7), ("cereal", 3, 6),
                      ("chicken", 7, 12), ("rice", 2, 5), ("juice", 3, 6)], 3)
    vals = []
    for nm, lo, hi in items:
        while True:
            c = r.randint(lo * 100 + 5, hi * 100 + 95)
            if c % 100 != 50 and c % 100 != 0:
                break
        vals.append(F(c, 100))
    a, b, c = vals
    return P(f"{n} buys {items[0][0]} for {money(a)}, {items[1][0]} for {money(b)}, and {items[2][0]} for "
             f"{money(c)}. Estimate the total by rounding each price to the nearest dollar.",
             [("a", a, "money"), ("b", b, "money"), ("c", c, "money")],
             [roundp([("a", "ar"), ("b", "br"), ("c", "cr")], "dollar"),
              est("est", ("+", ("+", "ar", "br"), "cr"), ("+", ("+", "a", "b"), "c"), "Add the rounded prices",
                  "the estimated total", "Estimate", fmt="money")],
             "est", "The total is about «est».", "about «est»", "an estimate of the bill",
             rn(a, 1) + rn(b, 1) + rn(c, 1))


@template
def est_quotient(r):
    d = r.choice([3, 4, 6, 7, 8, 9])
    for _ in range(1000):
        q = r.randint(12, 90)
        base = q * d * 10 if q * d * 10 < 1000 else None
        if base is None:
            q = r.randint(3, 12)
            base = q * d * 10
        off = r.choice([-4, -3, -2, -1, 1, 2, 3, 4])
        n = base + off
        if 100 <= n <= 999 and rn(n, 10) == base:
            break
    thing = r.choice(["stickers", "beads", "baseball cards", "seashells"])
    return P(f"{d} friends want to share {n} {thing} equally. Estimate how many {thing} each friend gets by "
             f"rounding {n} to the nearest ten first.",
             [("n", n), ("d", d)],
             [roundp([("n", "nr")], "ten"),
              est("est", ("/", "nr", "d"), ("/", "n", "d"), "Divide", "the estimate", "Estimate", thing)],
             "est", f"Each friend gets about «est» {thing}.", f"about «est» {thing}", "an estimate for each friend",
             F(rn(n, 10), d))


@template
def est_thousands(r):
    town = r.choice(["Millbrook", "Fairview", "Springdale", "Lakeside", "Brookfield"])
    a = pick_nomid(r, 2100, 9800, 1000)
    b = pick_nomid(r, 1100, 8900, 1000)
    return P(f"{town} has {num(a)} adults and {num(b)} children. Round each number to the nearest thousand to "
             f"estimate the population of {town}.",
             [("a", a), ("b", b)],
             [roundp([("a", "ar"), ("b", "br")], "thousand"),
              est("est", ("+", "ar", "br"), ("+", "a", "b"), "Add", "the estimated population", "Estimate",
                  "people")],
             "est", f"About «est» people live in {town}.", "about «est» people", "an estimate of the population",
             rn(a, 1000) + rn(b, 1000))


@template
def est_vs_actual(r):
    while True:
        a = pick_nomid(r, 120, 890, 10)
        b = pick_nomid(r, 120, 890, 10)
        if rn(a, 10) + rn(b, 10) != a + b:
            break
    order = ("-", "est", "exact") if rn(a, 10) + rn(b, 10) > a + b else ("-", "exact", "est")
    return P(f"A bakery sold {a} muffins in May and {b} muffins in June. First estimate the total by rounding each "
             f"number to the nearest ten. Then find the exact total. How far is the estimate from the exact total?",
             [("a", a), ("b", b)],
             [roundp([("a", "ar"), ("b", "br")], "ten"),
              est("est", ("+", "ar", "br"), ("+", "a", "b"), "Add the rounded numbers", "the estimate",
                  "Estimate", "muffins"),
              arith("exact", ("+", "a", "b"), "Find the exact total", "the exact total", "Exact", "muffins"),
              arith("diff", order, "Compare", "the difference", "Difference", "muffins")],
             "diff", "The estimate is off by «diff» muffins.", "«diff»", "how far the estimate is from the exact sum",
             abs(rn(a, 10) + rn(b, 10) - a - b))


@template
def est_trip_miles(r):
    n, he, his = H(r)
    days = r.randint(3, 6)
    miles = pick_nomid(r, 212, 488, 10)
    return P(f"The {n} family drives {miles} miles each day of a {days}-day road trip. Round the daily distance "
             f"to the nearest ten miles to estimate the total distance.",
             [("miles", miles), ("days", days)],
             [roundp([("miles", "mr")], "ten"),
              est("est", ("*", "mr", "days"), ("*", "miles", "days"), "Multiply", "the estimated distance",
                  "Estimate", "miles")],
             "est", "They drive about «est» miles.", "about «est» miles", "an estimate of the distance",
             rn(miles, 10) * days)


@template
def est_budget_left(r):
    n, he, his = H(r)
    a = pick_nomid(r, 12, 48, 10)
    b = pick_nomid(r, 12, 48, 10)
    budget = r.choice([100, 120, 150])
    return P(f"{n} has {money(budget)}. {cap_(he)} wants a sweater for {money(a)} and a pair of jeans for "
             f"{money(b)}. Round each price to the nearest ten dollars to estimate how much money {he} will have "
             f"left.",
             [("a", a, "money"), ("b", b, "money"), ("budget", budget, "money")],
             [roundp([("a", "ar"), ("b", "br")], "ten"),
              est("cost", ("+", "ar", "br"), ("+", "a", "b"), "Estimate the cost", "the estimated cost",
                  "Estimated cost", fmt="money"),
              arith("left", ("-", "budget", "cost"), "Subtract from the budget", "the money left", "Left",
                    fmt="money")],
             "left", f"{n} will have about «left» left.", "about «left»", "an estimate of the money left",
             budget - rn(a, 10) - rn(b, 10))


@template
def est_weight_hundreds(r):
    a = pick_nomid(r, 140, 460, 100)
    b = pick_nomid(r, 140, 460, 100)
    c = pick_nomid(r, 140, 460, 100)
    return P(f"A truck carries three crates weighing {a} pounds, {b} pounds, and {c} pounds. Estimate the total "
             f"weight by rounding each weight to the nearest hundred pounds.",
             [("a", a), ("b", b), ("c", c)],
             [roundp([("a", "ar"), ("b", "br"), ("c", "cr")], "hundred"),
              est("est", ("+", ("+", "ar", "br"), "cr"), ("+", ("+", "a", "b"), "c"), "Add the rounded weights",
                  "the estimated weight", "Estimate", "pounds")],
             "est", "The crates weigh about «est» pounds.", "about «est» pounds", "an estimate of the weight",
             rn(a, 100) + rn(b, 100) + rn(c, 100))


# ============================================================ DECIMAL RESULTS AND ROUNDING

def safe_round(x, unit, places, mode="nearest"):
    """True when rounding the exact value, the rounded display and the
    truncated display to `unit` all agree."""
    fn = {"nearest": round_half_up, "up": round_up, "down": round_down}[mode]
    u = F(1, 10 ** places)
    a = fn(x, unit)
    b = fn(round_half_up(x, u), unit)
    c = fn(math.floor(x / u) * u, unit)
    return a == b == c


@template
def split_bill_cents(r):
    n, he, his = H(r)
    for _ in range(500):
        meal = F(r.randint(3000, 9500), 100)
        tip = F(r.choice([6, 8, 9, 10, 12, 15]))
        ppl = r.choice([3, 6, 7, 9])
        x = (meal + tip) / ppl
        if (x * 100).denominator != 1 and safe_round(x, F(1, 100), 3) and safe_round(x, F(1, 100), 4):
            break
    return P(f"{n} and {his} friends had dinner. The meal cost {money(meal)} and they left a {money(tip)} tip. "
             f"There are {ppl} people, and they split the total equally. How much does each person pay, rounded "
             f"to the nearest cent?",
             [("meal", meal, "money"), ("tip", tip, "money"), ("ppl", ppl)],
             [arith("tot", ("+", "meal", "tip"), "Find the total", "the total bill", "Total", fmt="money"),
              decround("each", "nearest", "cent", "Divide the total by the number of people",
                       "Round to the nearest cent", "each person's share", "Each (exact)", "Each", n="tot", d="ppl",
                       fmt="money2", xplaces=3)],
             "each", "Each person pays «each».", "«each»", "each person's share",
             round_half_up((meal + tip) / ppl, F(1, 100)))


@template
def average_score(r):
    n, he, his = H(r)
    for _ in range(500):
        sc = [r.randint(68, 99) for _ in range(3)]
        x = F(sum(sc), 3)
        if x.denominator != 1 and safe_round(x, 1, 2) and safe_round(x, 1, 3):
            break
    return P(f"{n} scored {sc[0]}, {sc[1]}, and {sc[2]} on three math tests. What is {his} average score, rounded "
             f"to the nearest whole number?",
             [("a", sc[0]), ("b", sc[1]), ("c", sc[2]), ("k", 3)],
             [arith("sum", ("+", ("+", "a", "b"), "c"), "Add the scores", "the sum of the scores", "Sum", "points"),
              decround("avg", "nearest", "whole number", "Divide by the number of tests", "Round",
                       "the average", "Average (exact)", "Average", n="sum", d="k", fmt="int", xplaces=2)],
             "avg", f"{n}'s average is about «avg».", "«avg»", "the rounded average",
             round_half_up(x, 1))


@template
def split_up_dollar(r):
    n, he, his = H(r)
    for _ in range(500):
        bill = r.randint(70, 260)
        ppl = r.choice([3, 6, 7, 9])
        x = F(bill, ppl)
        if x.denominator != 1 and safe_round(x, 1, 2, "up") and safe_round(x, 1, 3, "up"):
            break
    return P(f"{ppl} friends rent a cabin for {money(bill)}. They agree that everyone pays the same whole-dollar "
             f"amount, rounded up so the bill is covered. How many dollars extra will they collect?",
             [("bill", bill, "money"), ("ppl", ppl)],
             [decround("each", "up", "dollar", "Divide the cost", "Round up to a whole dollar",
                       "each share", "Share (exact)", "Each pays", n="bill", d="ppl", fmt="money", xplaces=2),
              arith("coll", ("*", "each", "ppl"), "Find the total collected", "the total collected", "Collected",
                    fmt="money"),
              arith("extra", ("-", "coll", "bill"), "Find the extra", "the extra money", "Extra", fmt="money")],
             "extra", "They collect «extra» extra.", "«extra»", "the extra money collected",
             round_up(x, 1) * ppl - bill)


@template
def avg_speed_tenth(r):
    n, he, his = H(r)
    for _ in range(500):
        hrs = r.choice([3, 6, 7])
        miles = r.randint(120, 420)
        x = F(miles, hrs)
        if x.denominator != 1 and safe_round(x, F(1, 10), 2) and safe_round(x, F(1, 10), 3):
            break
    return P(f"{n}'s family drove {miles} miles in {hrs} hours. What was their average speed in miles per hour, "
             f"rounded to the nearest tenth?",
             [("miles", miles), ("hrs", hrs)],
             [decround("sp", "nearest", "tenth", "Divide the distance by the time", "Round to the nearest tenth",
                       "the average speed", "Speed (exact)", "Speed", n="miles", d="hrs", fmt="dec1", xplaces=3)],
             "sp", "Their average speed was about «sp» miles per hour.", "«sp» mph", "the average speed",
             round_half_up(x, F(1, 10)))


@template
def unit_price_cent(r):
    item = r.choice([("cereal", "ounces", "ounce"), ("juice", "ounces", "ounce"), ("rice", "pounds", "pound"),
                     ("dog food", "pounds", "pound")])
    for _ in range(500):
        price = F(r.randint(250, 1299), 100)
        size = r.choice([12, 14, 15, 18, 24, 28])
        x = price / size
        if (x * 100).denominator != 1 and safe_round(x, F(1, 100), 3) and safe_round(x, F(1, 100), 4):
            break
    wt = r.choice([2, 3, 4])
    return P(f"A bag of {item[0]} costs {money(price)} for {size} {item[1]}. What is the price per {item[2]}, rounded "
             f"to the nearest cent? Then what would {wt} {item[1]} cost at that rounded price?",
             [("price", price, "money"), ("size", size), ("wt", wt)],
             [decround("unit", "nearest", "cent", "Divide the price by the size", "Round to the nearest cent",
                       "the price per " + item[2], "Unit price (exact)", "Unit price", n="price", d="size",
                       fmt="money2", xplaces=4),
              arith("cost", ("*", "unit", "wt"), "Multiply", "the cost", "Cost", fmt="money2")],
             "cost", f"{wt} {item[1]} would cost «cost».", "«cost»", "the cost at the rounded unit price",
             round_half_up(x, F(1, 100)) * wt)


@template
def fabric_yards(r):
    n, he, his = H(r)
    for _ in range(500):
        per = r.choice([F(5, 4), F(3, 2), F(7, 4), F(9, 4), F(5, 2)])
        k = r.randint(3, 11)
        if (per * k).denominator != 1:
            break
    price = r.choice([6, 7, 8, 9, 12])
    return P(f"{n} is sewing {k} costumes for the school play. Each costume needs {num(per)} yards of fabric. The "
             f"store only sells whole yards, at {money(price)} per yard. How much will the fabric cost?",
             [("per", per, "num"), ("k", k), ("price", price, "money")],
             [arith("yd", ("*", "per", "k"), "Find the fabric needed", "the fabric needed", "Fabric", "yards",
                    fmt="num"),
              decround("buy", "up", "whole number", "", "Round up to whole yards", "", "", "Yards to buy",
                       src="yd", fmt="int"),
              arith("cost", ("*", "buy", "price"), "Find the cost", "the cost", "Cost", fmt="money")],
             "cost", "The fabric will cost «cost».", "«cost»", "the cost of the fabric",
             math.ceil(per * k) * price)


@template
def gas_gallons(r):
    n, he, his = H(r)
    for _ in range(500):
        miles = r.randint(180, 640)
        mpg = r.choice([24, 25, 28, 30, 32, 35])
        x = F(miles, mpg)
        if x.denominator != 1 and safe_round(x, 1, 2, "up") and safe_round(x, 1, 3, "up"):
            break
    price = r.choice([3, 4])
    return P(f"{n} is driving {miles} miles. {cap_(his)} car gets {mpg} miles per gallon. Gas is pumped in whole "
             f"gallons here, and {n} buys just enough whole gallons for the trip at {money(price)} per gallon. How "
             f"much does {he} spend on gas?",
             [("miles", miles), ("mpg", mpg), ("price", price, "money")],
             [decround("gal", "up", "whole number", "Find the gallons needed", "Round up to whole gallons",
                       "the gallons needed", "Gallons (exact)", "Gallons to buy", n="miles", d="mpg", fmt="int",
                       xplaces=2),
              arith("cost", ("*", "gal", "price"), "Find the cost", "the cost", "Cost", fmt="money")],
             "cost", f"{n} spends «cost» on gas.", "«cost»", "the cost of the gas", math.ceil(x) * price)


@template
def rain_average(r):
    city = r.choice(["Portland", "Tampa", "Denver", "Boise", "Albany"])
    for _ in range(500):
        v = [F(r.randint(12, 68), 10) for _ in range(3)]
        x = sum(v) / 3
        if (x * 10).denominator != 1 and safe_round(x, F(1, 10), 2) and safe_round(x, F(1, 10), 3):
            break
    return P(f"{city} got {num(v[0])} inches of rain in March, {num(v[1])} inches in April, and {num(v[2])} inches in "
             f"May. What was the average monthly rainfall, rounded to the nearest tenth of an inch?",
             [("a", v[0], "num"), ("b", v[1], "num"), ("c", v[2], "num"), ("k", 3)],
             [arith("sum", ("+", ("+", "a", "b"), "c"), "Add the rainfall", "the total rainfall", "Total",
                    "inches", fmt="num"),
              decround("avg", "nearest", "tenth", "Divide by 3", "Round to the nearest tenth",
                       "the average", "Average (exact)", "Average", n="sum", d="k", fmt="dec1", xplaces=3)],
             "avg", "The average was about «avg» inches.", "«avg» inches", "the average rainfall",
             round_half_up(x, F(1, 10)))


def him_(he):
    return "her" if he == "she" else "him"


@template
def save_weeks_decimal(r):
    n, he, his = H(r)
    for _ in range(500):
        wk = r.choice([F(9, 2), F(11, 2), F(15, 2), F(25, 4), F(35, 4)])
        price = r.randint(40, 120)
        x = price / wk
        if x.denominator != 1 and safe_round(x, 1, 2, "up") and safe_round(x, 1, 3, "up"):
            break
    return P(f"{n} saves {money(wk)} every week from dog walking. How many weeks will it take {him_(he)} to save "
             f"at least {money(price)} for a new backpack?",
             [("price", price, "money"), ("wk", wk, "money")],
             [decround("weeks", "up", "whole number", "Divide the price by the weekly savings", "Round up",
                       "the weeks needed", "Weeks (exact)", "Weeks", n="price", d="wk", fmt="int", xplaces=2)],
             "weeks", f"It will take {n} «weeks» weeks.", "«weeks» weeks", "how many weeks of saving",
             math.ceil(x))


@template
def paint_liters_decimal(r):
    n, he, his = H(r)
    for _ in range(500):
        area = r.randint(30, 95)
        cov = r.choice([6, 8, 12])
        x = F(area, cov)
        if x.denominator != 1 and safe_round(x, 1, 2, "up") and safe_round(x, 1, 3, "up"):
            break
    price = r.choice([9, 11, 12, 14])
    return P(f"{n} needs to paint a fence with an area of {area} square meters. One liter of stain covers {cov} "
             f"square meters. Stain is sold in 1-liter cans for {money(price)} each. How much will {n} spend?",
             [("area", area), ("cov", cov), ("price", price, "money")],
             [decround("cans", "up", "whole number", "Find the liters needed", "Round up to whole cans",
                       "the liters needed", "Liters (exact)", "Cans", n="area", d="cov", fmt="int", xplaces=2),
              arith("cost", ("*", "cans", "price"), "Find the cost", "the cost", "Cost", fmt="money")],
             "cost", f"{n} will spend «cost».", "«cost»", "the cost of the stain", math.ceil(x) * price)


@template
def price_per_person_round(r):
    club = r.choice(["The soccer team", "The drama club", "The robotics club", "The chess club"])
    for _ in range(500):
        gift = r.randint(40, 150)
        ppl = r.choice([3, 6, 7, 9, 11])
        x = F(gift, ppl)
        if x.denominator != 1 and safe_round(x, 1, 2) and safe_round(x, 1, 3):
            break
    return P(f"{club} is buying a {money(gift)} gift for their coach. The {ppl} members split the cost equally. "
             f"About how much does each member pay, to the nearest dollar?",
             [("gift", gift, "money"), ("ppl", ppl)],
             [decround("each", "nearest", "dollar", "Divide the cost", "Round to the nearest dollar",
                       "each share", "Share (exact)", "Each", n="gift", d="ppl", fmt="money", xplaces=2)],
             "each", "Each member pays about «each».", "about «each»", "each member's share",
             round_half_up(x, 1))
