"""Problem structures: number sampler, solution builder and phrasings."""
from fractions import Fraction as F

from core import V, Bad
from methods import mul, add, sub, div, mul_money, I

STRUCTS = []
NAMES = ["Maria", "Liam", "Aisha", "Noah", "Sofia", "Ethan", "Priya", "Mateo", "Chloe", "Omar", "Grace", "Leo",
         "Hannah", "Diego", "Zara", "Ben", "Mei", "Jamal", "Elena", "Tom", "Keiko", "Sam", "Nina", "Carlos"]


def reg(key, phr):
    def deco(fn):
        STRUCTS.append(dict(key=key, build=fn, sample=fn.sample, phr=phr))
        return fn
    return deco


def sampler(fn):
    def wrap(build):
        build.sample = fn
        return build
    return wrap


def nm(r, k=1):
    return r.sample(NAMES, k) if k > 1 else r.choice(NAMES)


def step(c, title, intros, short=None):
    c.step(title, c.pick(intros) if intros else None, short)


def concl(c, opts, v, kind="n"):
    c.concl(c.pick(opts), v, kind)


# 1 ------------------------------------------------------------------ bake: a×b, −e, ÷k
def s_bake(r):
    while True:
        a, b, k = r.randint(12, 38), r.randint(13, 48), r.choice([4, 5, 6, 8, 12])
        if b % 10 == 0 or a % 10 == 0:
            continue
        T = a * b
        es = [e for e in range(12, 70) if (T - e) % k == 0]
        e = r.choice(es)
        return dict(a=a, b=b, e=e, k=k, name=nm(r))


@reg("bake", [
    ("{name} baked {a} trays of cookies with {b} cookies on each tray. {name}'s family ate {e} of them, and the "
     "rest were packed into boxes of {k}. How many boxes did {name} fill?", dict(it="cookies", grp="trays", box="boxes")),
    ("A bakery makes {a} batches of muffins, and each batch has {b} muffins. {e} muffins are set aside for the staff. "
     "The remaining muffins are sold in packs of {k}. How many packs can the bakery make?",
     dict(it="muffins", grp="batches", box="packs")),
    ("For the school fair, {name} made {a} sheets of brownies. Each sheet was cut into {b} pieces. {e} pieces were "
     "given to volunteers, and the rest were put into bags of {k}. How many bags were filled?",
     dict(it="brownie pieces", grp="sheets", box="bags")),
    ("There are {a} crates of oranges with {b} oranges in each crate. {e} oranges were bruised and thrown away. "
     "The good oranges are packed into nets of {k}. How many nets are needed?",
     dict(it="oranges", grp="crates", box="nets")),
    ("{name} planted {a} rows of tulip bulbs with {b} bulbs in each row. {e} bulbs did not sprout. {name} picks the "
     "tulips that grew and ties them into bunches of {k}. How many bunches does {name} make?",
     dict(it="tulips", grp="rows", box="bunches")),
])
@sampler(s_bake)
def b_bake(c, n, w):
    step(c, "Find the total number of %s" % w["it"],
         ["There are %d %s with %d %s in each, so multiply %d × %d." % (n["a"], w["grp"], n["b"], w["it"], n["a"], n["b"]),
          "Multiply the number of %s by how many are in each one." % w["grp"]], short="Total")
    T = mul(c, n["a"], n["b"], unit=w["it"])
    concl(c, ["So there are {v} %s in total." % w["it"], "That's {v} %s altogether." % w["it"]], T)
    step(c, "Take away the %d that are not packed" % n["e"],
         ["Subtract %d from %s." % (n["e"], c.n(T)), "Now remove the %d %s." % (n["e"], w["it"])], short="Left")
    L = sub(c, T, n["e"], unit=w["it"])
    concl(c, ["{v} %s are left to pack." % w["it"], "That leaves {v} %s." % w["it"]], L)
    step(c, "Divide into %s of %d" % (w["box"], n["k"]),
         ["Share %s into groups of %d." % (c.n(L), n["k"]), "Divide %s by %d." % (c.n(L), n["k"])], short="Groups")
    q, _ = div(c, L, n["k"])
    concl(c, ["So %s %s can be filled." % ("{v}", w["box"]), "That makes {v} %s." % w["box"]], q)
    c.finish(q, "{v} %s." % w["box"] if c.chance(0.4) else "%s %s can be filled." % ("{v}", w["box"]))


# 2 ------------------------------------------------------------------ buses: b×s, st+t, seats−riders
def s_buses(r):
    while True:
        b, s = r.randint(3, 9), r.randint(24, 58)
        cap_ = b * s
        t = r.randint(8, 29)
        st = r.randint(cap_ // 2, cap_ - t - 3)
        if st >= 100 and st % 10 and t % 10:
            return dict(b=b, s=s, st=st, t=t, name=nm(r))


@reg("buses", [
    ("A school rents {b} buses for a field trip. Each bus has {s} seats. {st} students and {t} adults go on the trip. "
     "How many seats are empty?", dict(veh="buses", who="students", adults="adults", seat="seats")),
    ("{name}'s summer camp takes {b} coaches to the lake. Every coach seats {s} people. "
     "{st} campers and {t} counselors ride along. How many seats are left over?",
     dict(veh="coaches", who="campers", adults="counselors", seat="seats")),
    ("A theater club books {b} train cars for a trip. Each car holds {s} passengers. If {st} club members and {t} "
     "parents travel, how many empty places are there?", dict(veh="train cars", who="club members", adults="parents",
                                                               seat="places")),
    ("The museum has {b} rooms for a lecture, with {s} chairs in each room. {st} visitors and {t} staff members "
     "sit down. How many chairs are still free?", dict(veh="rooms", who="visitors", adults="staff members",
                                                       seat="chairs")),
    ("For a concert, {b} sections of the hall are opened, each with {s} seats. {st} tickets are sold to the public "
     "and {t} seats go to the band's guests. How many seats stay empty?",
     dict(veh="sections", who="public ticket holders", adults="guests", seat="seats")),
])
@sampler(s_buses)
def b_buses(c, n, w):
    step(c, "Count the %s" % w["seat"], ["There are %d %s with %d %s each." % (n["b"], w["veh"], n["s"], w["seat"]),
                                          "Find the total number of %s." % w["seat"]], short="Seats")
    T = mul(c, n["s"], n["b"], unit=w["seat"])
    concl(c, ["So there are {v} %s altogether." % w["seat"], "That's {v} %s in total." % w["seat"]], T)
    step(c, "Count the people", ["Add the %s and the %s." % (w["who"], w["adults"]),
                                 "%d %s plus %d %s." % (n["st"], w["who"], n["t"], w["adults"])], short="People")
    P = add(c, [n["st"], n["t"]], unit="people")
    concl(c, ["{v} people need %s." % w["seat"], "So {v} people in total."], P)
    step(c, "Find the empty %s" % w["seat"], ["Subtract the people from the %s." % w["seat"],
                                              "%s − %s." % (c.n(T), c.n(P))], short="Empty")
    E = sub(c, T, P)
    concl(c, ["{v} %s are empty." % w["seat"], "That leaves {v} %s." % w["seat"]], E)
    c.finish(E, "There are {v} empty %s." % w["seat"])


# 3 ------------------------------------------------------------------ savings: a×w + g − p
def s_savings(r):
    while True:
        a, wk = r.randint(12, 45), r.randint(12, 36)
        g = r.randint(15, 95)
        tot = a * wk + g
        p = r.randint(tot // 3, tot - 20)
        if a % 10 and wk % 10 and p % 10:
            return dict(a=a, wk=wk, g=g, p=p, name=nm(r))


@reg("savings", [
    ("{name} saves ${a} every week for {wk} weeks. {name} also gets ${g} for a birthday. Then {name} buys a bike "
     "for ${p}. How much money does {name} have left?", dict(thing="a bike")),
    ("Every week {name} puts ${a} from a paper route into a jar. After {wk} weeks, grandma adds ${g}. {name} spends "
     "${p} on a tablet. How many dollars are left in the jar?", dict(thing="a tablet")),
    ("A class collects ${a} per week for {wk} weeks for a trip fund, and the principal donates ${g}. The bus costs "
     "${p}. How much money is left in the fund?", dict(thing="the bus")),
    ("{name} earns ${a} a week walking dogs. After {wk} weeks {name} also finds ${g} in an old coat. If {name} "
     "pays ${p} for a new phone, how much is left?", dict(thing="the phone")),
    ("A shop owner sets aside ${a} each week for {wk} weeks and receives a ${g} refund. She then pays ${p} for a "
     "new sign. How much of the money remains?", dict(thing="the sign")),
])
@sampler(s_savings)
def b_savings(c, n, w):
    step(c, "Money saved each week", ["Multiply the weekly amount by the number of weeks: $%d × %d." % (n["a"], n["wk"]),
                                      "$%d a week for %d weeks." % (n["a"], n["wk"])], short="Saved")
    T = mul(c, n["a"], n["wk"], money=0)
    concl(c, ["That's {v} saved.", "So {v} from the weekly savings."], T, "money")
    step(c, "Add the extra $%d" % n["g"], ["Now add the $%d." % n["g"], None], short="Total")
    A = add(c, [T, n["g"]], money=True)
    concl(c, ["Total: {v}.", "Now there is {v}."], A, "money")
    step(c, "Pay for %s" % w["thing"], ["Subtract $%d." % n["p"], "Take away the cost of %s." % w["thing"]],
         short="Left")
    L = sub(c, A, n["p"], money=True)
    concl(c, ["{v} is left.", "That leaves {v}."], L, "money")
    c.finish(L, "{v} is left.", "money")


# 4 ------------------------------------------------------------------ eggs: h×e, ÷12 rem
def s_eggs(r):
    while True:
        h, e = r.randint(14, 68), r.randint(3, 7)
        if (h * e) % 12 and h % 10:
            return dict(h=h, e=e, name=nm(r))


@reg("eggs", [
    ("{name}'s farm has {h} hens. Each hen lays {e} eggs a week. The eggs are packed in cartons of 12. How many full "
     "cartons can be packed in one week?", dict(src="hens", it="eggs", box="cartons", per=12)),
    ("A farmer keeps {h} ducks, and each duck lays {e} eggs per week. She sells the eggs in boxes of a dozen. How many "
     "full boxes does she fill each week?", dict(src="ducks", it="eggs", box="boxes", per=12)),
    ("There are {h} chickens in a coop. Every chicken lays {e} eggs in a week. If the eggs go into trays that hold 12, "
     "how many trays are completely filled in a week?", dict(src="chickens", it="eggs", box="trays", per=12)),
    ("{name} collects eggs from {h} hens. Each hen gives {e} eggs a week. {name} puts them in cartons of 12 to sell at "
     "the market. How many full cartons does {name} have after one week?",
     dict(src="hens", it="eggs", box="cartons", per=12)),
    ("A school garden has {h} quail, and each quail lays {e} eggs per week. The eggs are stored in packs of 12. How "
     "many complete packs are there after a week?", dict(src="quail", it="eggs", box="packs", per=12)),
])
@sampler(s_eggs)
def b_eggs(c, n, w):
    step(c, "Eggs laid in a week", ["%d %s × %d eggs each." % (n["h"], w["src"], n["e"]),
                                    "Multiply the number of %s by %d." % (w["src"], n["e"])], short="Eggs")
    T = mul(c, n["h"], n["e"], unit="eggs")
    concl(c, ["So {v} eggs are laid in a week.", "That's {v} eggs."], T)
    step(c, "Pack them in %s of 12" % w["box"], ["Divide %s by 12; only full %s count." % (c.n(T), w["box"]),
                                                 "Divide by 12 and look at the remainder."], short="Cartons")
    q, rem = div(c, T, 12, mode="rem")
    c.note("The %s leftover eggs are not enough for another %s." % (c.n(rem), w["box"][:-1]))
    concl(c, ["So {v} full %s." % w["box"], "That fills {v} %s." % w["box"]], q)
    c.finish(q, "{v} full %s." % w["box"])


# 5 ------------------------------------------------------------------ orchard: r×t − d
def s_orchard(r):
    while True:
        a, b = r.randint(13, 48), r.randint(12, 39)
        d = r.randint(17, 89)
        if a % 10 and b % 10 and d % 10:
            return dict(a=a, b=b, d=d, name=nm(r))


@reg("orchard", [
    ("An orchard has {a} rows of apple trees with {b} trees in each row. A storm knocks down {d} trees. How many "
     "trees are still standing?", dict(grp="rows", it="trees", gone="knocked down")),
    ("{name} arranges chairs in {a} rows of {b} for a graduation. Later {d} chairs are taken away to make an aisle. "
     "How many chairs are left?", dict(grp="rows", it="chairs", gone="taken away")),
    ("A parking garage has {a} levels, and each level has {b} parking spots. {d} spots are closed for repairs. How "
     "many spots can be used?", dict(grp="levels", it="spots", gone="closed")),
    ("A vineyard planted {a} rows with {b} grapevines per row. {d} vines did not survive the winter. How many vines "
     "survived?", dict(grp="rows", it="vines", gone="lost")),
    ("A marching band stands in {a} lines of {b} players. Then {d} players leave to form a separate drum group. "
     "How many players are still in the lines?", dict(grp="lines", it="players", gone="leaving")),
])
@sampler(s_orchard)
def b_orchard(c, n, w):
    step(c, "Total %s" % w["it"], ["%d %s of %d." % (n["a"], w["grp"], n["b"]),
                                   "Multiply %d by %d." % (n["a"], n["b"])], short="Total")
    T = mul(c, n["a"], n["b"], unit=w["it"])
    concl(c, ["There are {v} %s to start with." % w["it"], "So {v} %s in all." % w["it"]], T)
    step(c, "Subtract the %s %s" % (w["it"], w["gone"]), ["Take away %d." % n["d"], "Subtract %d from %s." % (
        n["d"], c.n(T))], short="Left")
    L = sub(c, T, n["d"], unit=w["it"])
    concl(c, ["{v} %s remain." % w["it"], "So {v} %s are left." % w["it"]], L)
    c.finish(L, "{v} %s." % w["it"])


# 6 ------------------------------------------------------------------ theatre: rows×seats − empty, × price
def s_theatre(r):
    while True:
        a, b = r.randint(12, 28), r.randint(14, 32)
        e = r.randint(11, 78)
        p = r.choice([6, 7, 8, 9, 12, 15, 19, 25])
        if a % 10 and b % 10 and e % 10:
            return dict(a=a, b=b, e=e, p=p, name=nm(r))


@reg("theatre", [
    ("A theater has {a} rows with {b} seats in each row. On Saturday, {e} seats were empty. Tickets cost ${p} each. "
     "How much money did the theater make from ticket sales?", dict(seat="seats", unit="tickets")),
    ("A school auditorium has {a} rows of {b} seats. For the spring play, {e} seats were not filled. Each ticket was "
     "${p}. How many dollars were collected?", dict(seat="seats", unit="tickets")),
    ("The cinema's big screen room has {a} rows of {b} seats. At the premiere {e} seats stayed empty, and every "
     "ticket cost ${p}. What was the total ticket money?", dict(seat="seats", unit="tickets")),
    ("A stadium section has {a} rows with {b} seats per row. During a game {e} seats were unsold. If each seat "
     "sold for ${p}, how much money did the section bring in?", dict(seat="seats", unit="seats sold")),
    ("{name}'s dance recital is held in a hall with {a} rows of {b} chairs. {e} chairs were empty. Tickets were ${p} "
     "each. How much money did the recital raise?", dict(seat="chairs", unit="tickets")),
])
@sampler(s_theatre)
def b_theatre(c, n, w):
    step(c, "Total %s" % w["seat"], ["Multiply rows by %s per row." % w["seat"], None], short="Seats")
    T = mul(c, n["a"], n["b"], unit=w["seat"])
    concl(c, ["So there are {v} %s." % w["seat"], "The hall holds {v} people."], T)
    step(c, "%s sold" % w["unit"].capitalize(), ["Subtract the %d empty %s." % (n["e"], w["seat"]), None], short="Sold")
    S = sub(c, T, n["e"])
    concl(c, ["{v} %s were sold." % w["unit"], "So {v} people came."], S)
    step(c, "Ticket money", ["Multiply by $%d per ticket." % n["p"], "%s × $%d." % (c.n(S), n["p"])], short="Money")
    M = mul(c, S, n["p"], money=1)
    concl(c, ["That's {v}.", "So the sales come to {v}."], M, "money")
    c.finish(M, "The total ticket money is {v}.", "money")


# 7 ------------------------------------------------------------------ compensation shop: n × $19 ; change
def s_compshop(r):
    while True:
        p = r.choice([19, 29, 39, 49, 59, 98, 99, 18, 28, 48, 21, 31, 101])
        k = r.randint(3, 9) if p < 90 else r.randint(2, 6)
        T = p * k
        pay = ((T // 100) + 1) * 100 if r.random() < 0.7 else ((T // 50) + 1) * 50
        if pay - T >= 5:
            return dict(p=p, k=k, pay=pay, name=nm(r))


@reg("compshop", [
    ("{name} buys {k} pairs of sneakers for the track team at ${p} a pair. {name} pays with ${pay}. How much change "
     "does {name} get?", dict(it="pairs of sneakers")),
    ("A teacher orders {k} board games that cost ${p} each and pays with ${pay}. How much change should the teacher "
     "receive?", dict(it="board games")),
    ("Tickets to the aquarium cost ${p} each. {name} buys {k} tickets and hands the cashier ${pay}. What is the "
     "change?", dict(it="tickets")),
    ("A coach buys {k} soccer balls priced at ${p} apiece. She pays ${pay}. How much money does she get back?",
     dict(it="soccer balls")),
    ("{name} needs {k} lamps for a new apartment. Each lamp is ${p}. If {name} pays with ${pay}, how much change "
     "comes back?", dict(it="lamps")),
])
@sampler(s_compshop)
def b_compshop(c, n, w):
    step(c, "Cost of the %s" % w["it"], ["%d %s at $%d each." % (n["k"], w["it"], n["p"]),
                                         "Multiply $%d by %d." % (n["p"], n["k"])], short="Cost")
    T = mul(c, n["p"], n["k"], money=0)
    concl(c, ["The %s cost {v}." % w["it"], "So the bill is {v}."], T, "money")
    step(c, "Change from $%d" % n["pay"], ["Subtract the cost from $%d." % n["pay"],
                                           "Work out $%d − %s." % (n["pay"], c.m(T))], short="Change")
    C = sub(c, n["pay"], T, money=True)
    concl(c, ["The change is {v}.", "So {v} comes back."], C, "money")
    c.finish(C, "The change is {v}.", "money")


# 8 ------------------------------------------------------------------ stickers: 25×16 ; give away g×f ; left
def s_dh(r):
    while True:
        x = r.choice([25, 25, 50, 15, 35, 5, 45])
        y = r.choice([12, 14, 16, 18, 24, 28, 32, 36, 44, 48])
        T = x * y
        f = r.randint(3, 8)
        g = r.choice([5, 15, 25, 35, 12, 14, 16])
        if f * g < T - 10:
            return dict(x=x, y=y, f=f, g=g, name=nm(r))


@reg("stickers", [
    ("{name} buys {y} packs of stickers with {x} stickers in each pack. {name} gives {f} friends {g} stickers each. "
     "How many stickers does {name} keep?", dict(it="stickers", grp="packs")),
    ("A craft store has {y} boxes of beads, and each box holds {x} beads. {f} students each take {g} beads for a "
     "project. How many beads are left in the store?", dict(it="beads", grp="boxes")),
    ("{name} has {y} sheets of stamps with {x} stamps on each sheet. {name} mails {f} packages, using {g} stamps on "
     "each. How many stamps are left?", dict(it="stamps", grp="sheets")),
    ("A coach has {y} bags with {x} tennis balls in each bag. She lends {f} clubs {g} balls each. How many balls "
     "does she still have?", dict(it="tennis balls", grp="bags")),
    ("A library buys {y} cartons of bookmarks with {x} bookmarks per carton. It hands out {g} bookmarks at each of "
     "{f} reading events. How many bookmarks remain?", dict(it="bookmarks", grp="cartons")),
])
@sampler(s_dh)
def b_dh(c, n, w):
    step(c, "Total %s" % w["it"], ["%d %s of %d." % (n["y"], w["grp"], n["x"]),
                                   "Multiply %d by %d." % (n["x"], n["y"])], short="Total")
    T = mul(c, n["x"], n["y"], unit=w["it"])
    concl(c, ["That's {v} %s." % w["it"], "So {v} %s in all." % w["it"]], T)
    step(c, "%s given out" % w["it"].capitalize(), ["%d groups of %d." % (n["f"], n["g"]), None], short="Given")
    G = mul(c, n["f"], n["g"], unit=w["it"])
    concl(c, ["{v} %s are given out." % w["it"], "That uses {v} %s." % w["it"]], G)
    step(c, "What is left", ["Subtract.", "Take %s away from %s." % (c.n(G), c.n(T))], short="Left")
    L = sub(c, T, G)
    concl(c, ["{v} %s are left." % w["it"], "So {v} remain."], L)
    c.finish(L, "{v} %s are left." % w["it"])


# 9 ------------------------------------------------------------------ cents: n × $4.75 + $2.50 ; change from $50
def s_cents(r):
    while True:
        p = F(r.randint(2, 9)) + F(r.choice([25, 35, 45, 50, 65, 75, 80, 85, 95, 99]), 100)
        k = r.randint(3, 8)
        q = F(r.randint(1, 6)) + F(r.choice([25, 40, 50, 60, 75, 90]), 100)
        T = p * k + q
        pay = r.choice([20, 50, 100])
        if pay - T > 1:
            return dict(p=p, k=k, q=q, pay=pay, name=nm(r))


@reg("cents", [
    ("{name} buys {k} notebooks at ${p} each and one pen for ${q}. {name} pays with a ${pay} bill. How much change "
     "does {name} get?", dict(it="notebooks", ex="the pen")),
    ("At the bakery, {name} orders {k} croissants that cost ${p} each, plus a juice for ${q}. How much change is "
     "there from ${pay}?", dict(it="croissants", ex="the juice")),
    ("A scout leader buys {k} flashlights for ${p} each and a pack of batteries for ${q}. She pays with ${pay}. "
     "What is her change?", dict(it="flashlights", ex="the batteries")),
    ("{name} gets {k} smoothies at ${p} apiece and a muffin for ${q}, paying with ${pay}. How much money should "
     "{name} get back?", dict(it="smoothies", ex="the muffin")),
    ("Paint brushes cost ${p} each. {name} buys {k} brushes and a sketchbook that costs ${q}. If {name} pays ${pay}, "
     "how much change is due?", dict(it="brushes", ex="the sketchbook")),
])
@sampler(s_cents)
def b_cents(c, n, w):
    step(c, "Cost of the %s" % w["it"], ["%d × %s." % (n["k"], c.m(n["p"])), "Multiply the price by %d." % n["k"]],
         short="Items")
    T = mul_money(c, n["p"], n["k"])
    concl(c, ["The %s cost {v}." % w["it"], "So {v} for the %s." % w["it"]], T, "money")
    step(c, "Add %s" % w["ex"], ["Add %s." % c.m(n["q"]), None], short="Total")
    A = add(c, [T, n["q"]], money=True)
    concl(c, ["Total cost: {v}.", "The bill is {v}."], A, "money")
    step(c, "Change from $%d" % n["pay"], ["Now the change from $%d." % n["pay"], None], short="Change")
    C = sub(c, n["pay"], A, money=True, how="count_up" if c.chance(0.7) else None)
    concl(c, ["The change is {v}.", "So {v} in change."], C, "money")
    c.finish(C, "The change is {v}.", "money")


# 10 ----------------------------------------------------------------- tickets: a×pa + k×pk
def s_tickets(r):
    while True:
        a, k = r.randint(12, 68), r.randint(14, 95)
        pa, pk = r.randint(11, 29), r.randint(4, 9)
        if a % 10 and k % 10 and pa % 10:
            return dict(a=a, k=k, pa=pa, pk=pk, name=nm(r))


@reg("tickets", [
    ("A zoo sold {a} adult tickets at ${pa} each and {k} child tickets at ${pk} each. How much money did the zoo "
     "collect?", dict(A="adult tickets", K="child tickets")),
    ("At the fair, {a} people bought wristbands for ${pa} each and {k} people bought single-ride passes for ${pk} "
     "each. What was the total money taken in?", dict(A="wristbands", K="ride passes")),
    ("A bookshop sold {a} hardcovers for ${pa} each and {k} paperbacks for ${pk} each on Saturday. How much did it "
     "earn from these books?", dict(A="hardcovers", K="paperbacks")),
    ("{name}'s team sold {a} large pizzas at ${pa} each and {k} garlic breads at ${pk} each for a fundraiser. How "
     "many dollars did they raise?", dict(A="pizzas", K="garlic breads")),
    ("A swimming pool charged ${pa} for {a} season passes and ${pk} each for {k} day passes. How much money did the "
     "pool receive?", dict(A="season passes", K="day passes")),
])
@sampler(s_tickets)
def b_tickets(c, n, w):
    step(c, "Money from %s" % w["A"], ["%d × $%d." % (n["a"], n["pa"]), None], short=w["A"].capitalize())
    X = mul(c, n["a"], n["pa"], money=1)
    concl(c, ["%s bring in {v}." % w["A"].capitalize(), "That's {v}."], X, "money")
    step(c, "Money from %s" % w["K"], ["%d × $%d." % (n["k"], n["pk"]), None], short=w["K"].capitalize())
    Y = mul(c, n["k"], n["pk"], money=1)
    concl(c, ["%s bring in {v}." % w["K"].capitalize(), "That's {v}."], Y, "money")
    step(c, "Add them", ["Add the two amounts.", None], short="Total")
    T = add(c, [X, Y], money=True)
    concl(c, ["Altogether {v}.", "The total is {v}."], T, "money")
    c.finish(T, "The total collected is {v}.", "money")


# 11 ----------------------------------------------------------------- road trip: D − (d1 + d2)
def s_road(r):
    while True:
        d1, d2 = r.randint(186, 498), r.randint(157, 479)
        D = r.choice([1000, 1200, 1500, 2000, 1350, 1250, 1600])
        if d1 + d2 < D - 30 and (d1 % 10 + d2 % 10) >= 10:
            return dict(d1=d1, d2=d2, D=D, name=nm(r))


@reg("road", [
    ("{name}'s family is driving {D} miles to visit relatives. They drive {d1} miles on the first day and {d2} miles "
     "on the second day. How many miles do they still have to drive?", dict(u="miles", what="drive")),
    ("A cyclist plans to ride {D} kilometers this season. She has ridden {d1} km in April and {d2} km in May. How "
     "many kilometers are left?", dict(u="kilometers", what="ride")),
    ("A printer must print {D} flyers. It prints {d1} in the morning and {d2} in the afternoon. How many flyers are "
     "still to be printed?", dict(u="flyers", what="print")),
    ("{name} wants to read {D} pages over the summer. In June {name} reads {d1} pages and in July {d2} pages. How "
     "many pages are left for August?", dict(u="pages", what="read")),
    ("A charity needs {D} cans of food. Two schools bring {d1} cans and {d2} cans. How many more cans are needed?",
     dict(u="cans", what="collect")),
])
@sampler(s_road)
def b_road(c, n, w):
    step(c, "Add the two amounts", ["%d + %d." % (n["d1"], n["d2"]), "Find how many %s are done so far." % w["u"]],
         short="Done")
    S = add(c, [n["d1"], n["d2"]], unit=w["u"])
    concl(c, ["So far: {v} %s." % w["u"], "That's {v} %s done." % w["u"]], S)
    step(c, "Subtract from %s" % c.n(n["D"]), ["%s − %s." % (c.n(n["D"]), c.n(S)),
                                               "Take the finished part away from the goal."], short="Left")
    L = sub(c, n["D"], S, unit=w["u"])
    concl(c, ["{v} %s are left." % w["u"], "So {v} %s to go." % w["u"]], L)
    c.finish(L, "{v} %s." % w["u"])


# 12 ----------------------------------------------------------------- attendance: a+b+c ; goal − total
def s_attend(r):
    while True:
        a, b, d = r.randint(215, 689), r.randint(178, 645), r.randint(309, 797)
        G = r.choice([2000, 2500, 3000, 1800])
        if a + b + d < G - 20:
            return dict(a=a, b=b, d=d, G=G, name=nm(r))


@reg("attend", [
    ("A museum had {a} visitors on Friday, {b} on Saturday and {d} on Sunday. Its goal was {G} visitors for the "
     "weekend. How many visitors short of the goal was it?", dict(u="visitors")),
    ("A food bank collected {a} pounds of food in week 1, {b} pounds in week 2 and {d} pounds in week 3. The target "
     "is {G} pounds. How many more pounds are needed?", dict(u="pounds")),
    ("{name}'s school read {a} books in January, {b} in February and {d} in March. The goal for the term is {G} "
     "books. How many more books must they read?", dict(u="books")),
    ("A farm stand sold {a} ears of corn on Monday, {b} on Tuesday and {d} on Wednesday. The farmer hoped to sell "
     "{G} by Wednesday. How many fewer did she sell than she hoped?", dict(u="ears of corn")),
    ("Three classes folded paper cranes: {a}, {b} and {d}. They want {G} cranes in total. How many more cranes do "
     "they need to fold?", dict(u="cranes")),
])
@sampler(s_attend)
def b_attend(c, n, w):
    step(c, "Add the three amounts", ["%d + %d + %d." % (n["a"], n["b"], n["d"]), None], short="Total")
    S = add(c, [n["a"], n["b"], n["d"]], how="column" if c.chance(0.75) else None)
    concl(c, ["Total so far: {v} %s." % w["u"], "So {v} %s." % w["u"]], S)
    step(c, "Compare with the goal", ["Subtract from %s." % c.n(n["G"]), None], short="Short by")
    L = sub(c, n["G"], S)
    concl(c, ["They are {v} short.", "So {v} more %s are needed." % w["u"]], L)
    c.finish(L, "{v} %s." % w["u"])


# 13 ----------------------------------------------------------------- fundraiser: G − a − b (borrow across zeros)
def s_fund(r):
    while True:
        G = r.choice([1000, 2000, 3000, 5000, 4000, 1500])
        a = r.randint(235, 889)
        b = r.randint(118, 689)
        if a + b < G - 5 and a % 10 and b % 10:
            return dict(G=G, a=a, b=b, name=nm(r))


@reg("fund", [
    ("A school wants to raise ${G} for new computers. The bake sale raised ${a} and the car wash raised ${b}. How much "
     "more money does the school need?", dict(m=True)),
    ("{name} is saving for a ${G} trip. {name} has earned ${a} from babysitting and ${b} from tutoring. How much more "
     "does {name} need?", dict(m=True)),
    ("A club has {G} raffle tickets to sell. Members sold {a} tickets last week and {b} this week. How many tickets "
     "are still unsold?", dict(m=False)),
    ("A water tank holds {G} liters. It already has {a} liters, and {name} pours in {b} more liters. How many liters "
     "are needed to fill it?", dict(m=False)),
    ("The town needs ${G} to fix the playground. Donations were ${a} from businesses and ${b} from families. How much "
     "is still needed?", dict(m=True)),
])
@sampler(s_fund)
def b_fund(c, n, w):
    mm = w["m"]
    kd = "money" if mm else "n"
    step(c, "Subtract the first amount", ["Start with %s and take away %s." % (c.f(n["G"], kd), c.f(n["a"], kd)),
                                          None], short="After 1st")
    X = sub(c, n["G"], n["a"], money=mm, how="column" if c.chance(0.5) else None)
    concl(c, ["{v} is left after the first amount.", "So {v} remains."], X, kd)
    step(c, "Subtract the second amount", ["Now take away %s." % c.f(n["b"], kd), None], short="After 2nd")
    L = sub(c, X, n["b"], money=mm)
    concl(c, ["{v} is still needed.", "That leaves {v}."], L, kd)
    c.finish(L, "{v} more is needed." if mm else "{v} more are needed.", kd)


# 14 ----------------------------------------------------------------- library: B − L + R
def s_library(r):
    while True:
        B = r.randint(1105, 2980)
        L = r.randint(268, 795)
        R = r.randint(46, 389)
        if R < L and B % 10 and L % 10:
            return dict(B=B, L=L, R=R, name=nm(r))


@reg("library", [
    ("A library has {B} books. On Monday {L} books are checked out, and on Tuesday {R} of them are returned. How many "
     "books are in the library now?", dict(u="books", out="checked out", back="returned")),
    ("A warehouse holds {B} boxes. A truck takes away {L} boxes, and later {R} boxes are brought back because of a "
     "wrong order. How many boxes are in the warehouse?", dict(u="boxes", out="taken away", back="brought back")),
    ("{name}'s coin collection has {B} coins. {name} sells {L} coins and then buys back {R}. How many coins does "
     "{name} have now?", dict(u="coins", out="sold", back="bought back")),
    ("A parking lot has {B} cars in the morning. By noon {L} cars leave and {R} new cars arrive. How many cars are "
     "in the lot at noon?", dict(u="cars", out="leaving", back="arriving")),
    ("A fish farm has {B} trout. It ships {L} trout to a market and then adds {R} young trout from a hatchery. How "
     "many trout does it have now?", dict(u="trout", out="shipped", back="added")),
])
@sampler(s_library)
def b_library(c, n, w):
    step(c, "Subtract the %s %s" % (w["u"], w["out"]), ["%s − %s." % (c.n(n["B"]), c.n(n["L"])), None], short="After")
    X = sub(c, n["B"], n["L"])
    concl(c, ["{v} %s are left." % w["u"], "Now there are {v}."], X)
    step(c, "Add the %s %s" % (w["u"], w["back"]), ["%s + %d." % (c.n(X), n["R"]), None], short="Now")
    T = add(c, [X, n["R"]])
    concl(c, ["So there are {v} %s." % w["u"], "That gives {v} %s." % w["u"]], T)
    c.finish(T, "{v} %s." % w["u"])


# 15 ----------------------------------------------------------------- marbles: a + b (split) − c (compensation)
def s_marbles(r):
    while True:
        a, b = r.randint(23, 68), r.randint(24, 79)
        cc = r.choice([19, 29, 39, 18, 28, 38, 48, 49])
        if a % 10 + b % 10 >= 10 and cc < a + b - 5 and a % 10 and b % 10:
            return dict(a=a, b=b, cc=cc, name=nm(r))


@reg("marbles", [
    ("{name} has {a} marbles and wins {b} more at recess. Then {name} gives {cc} marbles to a little brother. How "
     "many marbles does {name} have now?", dict(u="marbles")),
    ("A pet shop has {a} goldfish and gets a delivery of {b} more. That day it sells {cc} goldfish. How many "
     "goldfish are left?", dict(u="goldfish")),
    ("{name} picked {a} strawberries in the morning and {b} in the afternoon, then used {cc} to make jam. How many "
     "strawberries are left?", dict(u="strawberries")),
    ("There are {a} students in the gym and {b} more come in. Then {cc} students leave for a music lesson. How many "
     "students are in the gym?", dict(u="students")),
    ("A baker has {a} bagels and bakes {b} more. Customers buy {cc} bagels. How many bagels are left?",
     dict(u="bagels")),
])
@sampler(s_marbles)
def b_marbles(c, n, w):
    step(c, "Add", ["%d + %d." % (n["a"], n["b"]), None], short="Total")
    T = add(c, [n["a"], n["b"]], how=c.pick(["split", "split", "count_on", "column"]))
    concl(c, ["That's {v} %s." % w["u"], "So {v} %s." % w["u"]], T)
    step(c, "Subtract %d" % n["cc"], ["%s − %d." % (c.n(T), n["cc"]), None], short="Left")
    L = sub(c, T, n["cc"], how=c.pick(["comp", "comp", "split", None]))
    concl(c, ["{v} %s are left." % w["u"], "That leaves {v}."], L)
    c.finish(L, "{v} %s." % w["u"])


# 16 ----------------------------------------------------------------- pencils: N ÷ d (long), × price
def s_pencils(r):
    while True:
        d = r.choice([4, 6, 7, 8, 9, 3])
        q = r.randint(104, 389)
        p = r.choice([3, 4, 5, 6, 7, 9, 12])
        if q % 10:
            return dict(N=q * d, d=d, p=p, name=nm(r))


@reg("pencils", [
    ("A factory makes {N} pencils and packs them in boxes of {d}. Each box sells for ${p}. How much money does the "
     "factory get if it sells all the boxes?", dict(it="pencils", box="boxes")),
    ("{name} has {N} trading cards and puts them into sleeves that hold {d} cards each. Each full sleeve can be sold "
     "for ${p}. How much would {name} earn by selling every sleeve?", dict(it="cards", box="sleeves")),
    ("A farm picks {N} peaches and packs {d} peaches in each basket. Baskets sell for ${p} each. How much money will "
     "the farm make from the baskets?", dict(it="peaches", box="baskets")),
    ("A candle maker has {N} candles. She wraps them in gift sets of {d} and sells each set for ${p}. How much does "
     "she earn if every set is sold?", dict(it="candles", box="gift sets")),
    ("{N} bottles of water are packed into cases of {d}. The store charges ${p} per case. What is the value of all "
     "the cases?", dict(it="bottles", box="cases")),
])
@sampler(s_pencils)
def b_pencils(c, n, w):
    step(c, "Number of %s" % w["box"], ["Divide %s by %d." % (c.n(n["N"]), n["d"]), None], short=w["box"].capitalize())
    q, _ = div(c, n["N"], n["d"], how=c.pick(["long", "long", None]))
    concl(c, ["So there are {v} %s." % w["box"], "That makes {v} %s." % w["box"]], q)
    step(c, "Money from the %s" % w["box"], ["Multiply by $%d." % n["p"], "%s × $%d." % (c.n(q), n["p"])],
         short="Money")
    M = mul(c, q, n["p"], money=1)
    concl(c, ["That's {v}.", "So {v} in total."], M, "money")
    c.finish(M, "The %s bring in {v}." % w["box"], "money")


# 17 ----------------------------------------------------------------- share with leftover: N ÷ k
def s_share(r):
    while True:
        k = r.choice([3, 4, 6, 7, 8, 9])
        N = r.randint(150, 980)
        if N % k:
            return dict(N=N, k=k, name=nm(r))


@reg("share", [
    ("{name} has {N} stickers to share equally among {k} friends. Each friend gets the same number of stickers. How "
     "many stickers are left over?", dict(it="stickers", who="friends", ask="left")),
    ("A teacher has {N} crayons and splits them evenly into {k} tubs. How many crayons go in each tub, ignoring the "
     "leftovers?", dict(it="crayons", who="tubs", ask="each")),
    ("A coach divides {N} minutes of practice time equally among {k} drills, using whole minutes only. How many "
     "minutes does each drill get?", dict(it="minutes", who="drills", ask="each")),
    ("{N} seeds are shared equally among {k} garden beds. After each bed gets as many as possible, how many seeds "
     "are left?", dict(it="seeds", who="beds", ask="left")),
    ("A bakery has {N} cookies to put on {k} plates so that every plate has the same number. How many cookies will "
     "be left over?", dict(it="cookies", who="plates", ask="left")),
])
@sampler(s_share)
def b_share(c, n, w):
    step(c, "Divide %s by %d" % (c.n(n["N"]), n["k"]), ["Share %s %s among %d %s." % (c.n(n["N"]), w["it"], n["k"],
                                                                                   w["who"]), None], short="Share")
    q, rem = div(c, n["N"], n["k"], mode="rem", how=c.pick(["long", "long", "chunk", None]))
    if w["ask"] == "left":
        c.concl("Each gets {v}, with %s left over." % c.n(rem), q)
        step(c, "Answer the question", ["The leftover is the remainder.", None], short="Left")
        c.note("The remainder is %s." % c.n(rem))
        c.finish(rem, "{v} %s are left over." % w["it"])
    else:
        c.concl("Each of the %s gets {v} %s (%s left over)." % (w["who"], w["it"], c.n(rem)), q)
        c.finish(q, "Each gets {v} %s." % w["it"])


# 18 ----------------------------------------------------------------- buses needed: ceil(S/C), × cost
def s_ceil(r):
    while True:
        C = r.choice([24, 32, 36, 42, 45, 48, 52, 56])
        S = r.randint(3 * C + 1, 9 * C - 1)
        cost = r.choice([125, 150, 175, 210, 95, 240, 185])
        if S % C and S % 10:
            return dict(S=S, C=C, cost=cost, name=nm(r))


@reg("ceil", [
    ("{S} students are going to a science museum. Each bus holds {C} students, and renting one bus costs ${cost}. "
     "How much will the buses cost in total?", dict(who="students", veh="bus", vehs="buses")),
    ("A wedding has {S} guests. Each table seats {C} guests, and each table costs ${cost} to rent with decorations. "
     "What is the cost of all the tables?", dict(who="guests", veh="table", vehs="tables")),
    ("A tour company must move {S} tourists. A boat carries {C} people per trip, and each trip costs ${cost}. How "
     "much do all the trips cost?", dict(who="tourists", veh="trip", vehs="trips")),
    ("{name} is shipping {S} books. Each crate holds {C} books and shipping one crate costs ${cost}. How much does "
     "{name} pay to ship all the books?", dict(who="books", veh="crate", vehs="crates")),
    ("A camp has {S} kids. Each cabin sleeps {C} kids, and cleaning one cabin costs ${cost}. How much does it cost "
     "to clean every cabin that is used?", dict(who="kids", veh="cabin", vehs="cabins")),
])
@sampler(s_ceil)
def b_ceil(c, n, w):
    step(c, "How many %s are needed" % w["vehs"], ["Divide %s by %d." % (c.n(n["S"]), n["C"]), None],
         short=w["vehs"].capitalize())
    q, rem = div(c, n["S"], n["C"], mode="rem", how=c.pick(["long", "chunk", None]))
    if V(rem) == 0:
        raise Bad("no leftover")
    c.note("%s full %s leave %s %s, who still need a %s." % (c.n(q), w["vehs"], c.n(rem), w["who"], w["veh"])
           if w["who"] not in ("books",) else "%s full %s leave %s books, which still need a crate." % (
               c.n(q), w["vehs"], c.n(rem)))
    k = c.res(F(V(q)) + 1, role="sum", ops=("+", [V(q), 1]))
    c.say("So we need «%s + 1 = %s» %s." % (c.n(q), k, w["vehs"]))
    concl(c, ["{v} %s." % w["vehs"], "That's {v} %s." % w["vehs"]], k)
    step(c, "Total cost", ["%s × $%d." % (c.n(k), n["cost"]), None], short="Cost")
    M = mul(c, n["cost"], k, money=0)
    concl(c, ["The cost is {v}.", "So {v} in total."], M, "money")
    c.finish(M, "The total cost is {v}.", "money")


# 19 ----------------------------------------------------------------- chairs: N ÷ R (2-digit), × (R + x)
def s_chairs(r):
    while True:
        R = r.randint(12, 28)
        q = r.randint(13, 38)
        x = r.randint(2, 6)
        if R % 10 and q % 10:
            return dict(N=R * q, R=R, x=x, name=nm(r))


@reg("chairs", [
    ("{N} chairs are set out in {R} equal rows for a concert. The organizers then add {x} more rows of the same size. "
     "How many chairs are there now?", dict(it="chairs", grp="rows")),
    ("A garden has {N} tomato plants in {R} equal rows. {name} plants {x} more rows with the same number of plants. "
     "How many tomato plants are in the garden now?", dict(it="plants", grp="rows")),
    ("A library shelves {N} books equally on {R} shelves. It buys {x} more shelves and fills them the same way. How "
     "many books are on all the shelves?", dict(it="books", grp="shelves")),
    ("A choir of {N} singers stands in {R} equal lines. For the finale {x} more lines of the same length join in. "
     "How many singers are performing in the finale?", dict(it="singers", grp="lines")),
    ("{N} bricks are stacked in {R} equal piles. A truck drops off {x} more piles of the same size. How many bricks "
     "are there in all?", dict(it="bricks", grp="piles")),
])
@sampler(s_chairs)
def b_chairs(c, n, w):
    step(c, "%s in each of the %s" % (w["it"].capitalize(), w["grp"]), ["Divide %s by %d." % (c.n(n["N"]), n["R"]),
                                                                       None], short="Per row")
    q, _ = div(c, n["N"], n["R"], how=c.pick(["long", "long", "chunk", None]))
    concl(c, ["Each of the %s has {v} %s." % (w["grp"], w["it"]), "So {v} %s per %s." % (w["it"], w["grp"][:-1])], q)
    step(c, "Number of %s now" % w["grp"], ["%d + %d." % (n["R"], n["x"]), None], short=w["grp"].capitalize())
    G = add(c, [n["R"], n["x"]], how="direct")
    concl(c, ["There are {v} %s." % w["grp"], "Now {v} %s." % w["grp"]], G)
    step(c, "Total %s" % w["it"], ["Multiply %s by %s." % (c.n(G), c.n(q)), None], short="Total")
    T = mul(c, G, q, unit=w["it"])
    concl(c, ["That's {v} %s." % w["it"], "So {v} %s in all." % w["it"]], T)
    c.finish(T, "{v} %s." % w["it"])


# 20 ----------------------------------------------------------------- savings goal: (G − h) ÷ s
def s_goal(r):
    while True:
        s = r.choice([12, 14, 15, 16, 18, 24, 25, 32, 35, 45])
        wks = r.randint(12, 39)
        h = r.randint(35, 290)
        if h % 10 and wks % 10:
            return dict(G=s * wks + h, h=h, s=s, name=nm(r))


@reg("goal", [
    ("{name} wants a guitar that costs ${G}. {name} already has ${h} and saves ${s} each week. How many weeks will it "
     "take to have enough?", dict(u="weeks")),
    ("A club needs ${G} for a trip. It has ${h} in the bank and raises ${s} at each weekly car wash. How many car "
     "washes does it need?", dict(u="car washes")),
    ("A farmer must move {G} bales of hay. {h} bales are already in the barn, and the tractor carries {s} bales per "
     "trip. How many more trips are needed?", dict(u="trips", bales=True)),
    ("{name} is reading a {G}-page book and has read {h} pages. If {name} reads {s} pages a day, how many more days "
     "will it take to finish?", dict(u="days", pages=True)),
    ("A team wants to run {G} laps in total. They have run {h} laps and run {s} laps every practice. How many more "
     "practices will it take?", dict(u="practices", laps=True)),
])
@sampler(s_goal)
def b_goal(c, n, w):
    mm = not any(k in w for k in ("bales", "pages", "laps"))
    kd = "money" if mm else "n"
    step(c, "How much is still needed", ["%s − %s." % (c.f(n["G"], kd), c.f(n["h"], kd)), None], short="Needed")
    L = sub(c, n["G"], n["h"], money=mm)
    concl(c, ["{v} still needed.", "So {v} to go."], L, kd)
    step(c, "Divide by %s" % c.f(n["s"], kd), ["%s ÷ %s." % (c.f(L, kd), c.f(n["s"], kd)), None], short=w["u"].capitalize())
    q, _ = div(c, L, n["s"], money=2 if mm else None, how=c.pick(["long", "chunk", None]))
    concl(c, ["That takes {v} %s." % w["u"], "So {v} %s." % w["u"]], q)
    c.finish(q, "{v} %s." % w["u"])


# 21 ----------------------------------------------------------------- minutes → hours: m×d, ÷60
def s_minutes(r):
    while True:
        m, d = r.choice([25, 35, 40, 45, 50, 55, 75, 15]), r.randint(14, 31)
        if (m * d) % 60:
            return dict(m=m, d=d, name=nm(r))


@reg("minutes", [
    ("{name} practices piano for {m} minutes every day for {d} days. How many full hours is that?",
     dict(act="practices piano")),
    ("A bus ride to school takes {m} minutes. {name} rides it {d} times this month. How many whole hours does "
     "{name} spend on the bus?", dict(act="rides the bus")),
    ("{name} jogs {m} minutes a day for {d} days. How many complete hours of jogging is that?", dict(act="jogs")),
    ("A class spends {m} minutes on reading each school day. Over {d} school days, how many full hours of reading "
     "do they do?", dict(act="reads")),
    ("A washing machine runs for {m} minutes per load. A laundromat runs {d} loads on one machine. How many whole "
     "hours does the machine run?", dict(act="runs")),
])
@sampler(s_minutes)
def b_minutes(c, n, w):
    step(c, "Total minutes", ["%d minutes × %d." % (n["m"], n["d"]), None], short="Minutes")
    T = mul(c, n["m"], n["d"], unit="minutes")
    concl(c, ["That's {v} minutes.", "So {v} minutes in total."], T)
    step(c, "Convert to hours", ["There are 60 minutes in an hour, so divide by 60.", None], short="Hours")
    q, rem = div(c, T, 60, mode="rem", how=c.pick(["long", "chunk", None]))
    concl(c, ["So {v} full hours (and %s extra minutes)." % c.n(rem), "That's {v} whole hours plus %s minutes." %
              c.n(rem)], q)
    c.finish(q, "{v} full hours.")


# 22 ----------------------------------------------------------------- dozens: e×7 ÷ 12 × price
def s_dozens(r):
    while True:
        e = r.choice([12, 24, 36, 48, 60, 72, 84, 96, 108, 132, 144, 156])
        p = r.choice([3, 4, 5, 6])
        if e % 10:
            return dict(e=e, p=p, name=nm(r))


@reg("dozens", [
    ("A farm collects {e} eggs every day. It sells the eggs by the dozen for ${p} a dozen. How much money does it "
     "make from one week of eggs?", dict(it="eggs", unit="dozen")),
    ("A bakery makes {e} bagels each day and sells them in bags of a dozen for ${p} a bag. How much does it earn "
     "from a week of bagels?", dict(it="bagels", unit="bag")),
    ("{name}'s garden produces {e} carrots a day. {name} sells them in bundles of 12 at ${p} per bundle. How much "
     "money does {name} make in 7 days?", dict(it="carrots", unit="bundle")),
    ("A florist gets {e} roses every day and sells them in bunches of 12 for ${p} a bunch. How much does she take "
     "in over a week?", dict(it="roses", unit="bunch")),
    ("A school kitchen bakes {e} rolls a day and packs them in bags of 12, charging ${p} per bag. How much money is "
     "collected in one week?", dict(it="rolls", unit="bag")),
])
@sampler(s_dozens)
def b_dozens(c, n, w):
    step(c, "%s in a week" % w["it"].capitalize(), ["%d × 7 days." % n["e"], None], short="Week")
    T = mul(c, n["e"], 7, unit=w["it"])
    concl(c, ["{v} %s a week." % w["it"], "So {v} %s in 7 days." % w["it"]], T)
    step(c, "Groups of 12", ["%s ÷ 12." % c.n(T), None], short="Dozens")
    q, _ = div(c, T, 12, how=c.pick(["long", "chunk", None]))
    concl(c, ["That's {v} groups of 12.", "So {v} dozen."], q)
    step(c, "Money", ["%s × $%d." % (c.n(q), n["p"]), None], short="Money")
    M = mul(c, q, n["p"], money=1)
    concl(c, ["{v} in a week.", "So the week brings in {v}."], M, "money")
    c.finish(M, "It makes {v} in one week.", "money")


# 23 ----------------------------------------------------------------- garden area: L×W − l×w
def s_area(r):
    while True:
        L, W = r.randint(14, 48), r.randint(12, 36)
        l, ww = r.randint(3, 9), r.randint(4, 12)
        if L % 10 and W % 10 and l * ww < L * W // 2:
            return dict(L=L, W=W, l=l, ww=ww, name=nm(r))


@reg("area", [
    ("A rectangular garden is {L} feet long and {W} feet wide. A shed that is {l} feet by {ww} feet sits in the "
     "garden. How many square feet of the garden are not covered by the shed?", dict(u="square feet")),
    ("{name}'s classroom floor is {L} m by {W} m. A rug that measures {l} m by {ww} m covers part of it. How many "
     "square meters of floor are uncovered?", dict(u="square meters")),
    ("A park lawn is a rectangle {L} yards long and {W} yards wide. A {l}-yard by {ww}-yard sandbox is built on it. "
     "How much lawn area is left?", dict(u="square yards")),
    ("A wall is {L} feet wide and {W} feet tall. A window in it is {l} feet by {ww} feet. How many square feet of "
     "wall need paint?", dict(u="square feet")),
    ("A patio is made of {L} rows of {W} tiles. A planter covers a {l} by {ww} block of tiles. How many tiles are "
     "still visible?", dict(u="tiles")),
])
@sampler(s_area)
def b_area(c, n, w):
    step(c, "Whole area", ["%d × %d." % (n["L"], n["W"]), None], short="Whole")
    A = mul(c, n["L"], n["W"], how=c.pick(["grid", "grid", None]))
    concl(c, ["{v} %s." % w["u"], "So the whole area is {v} %s." % w["u"]], A)
    step(c, "Covered part", ["%d × %d." % (n["l"], n["ww"]), None], short="Covered")
    B = mul(c, n["l"], n["ww"])
    concl(c, ["{v} %s are covered." % w["u"], "That's {v} %s." % w["u"]], B)
    step(c, "Subtract", ["%s − %s." % (c.n(A), c.n(B)), None], short="Left")
    Lf = sub(c, A, B)
    concl(c, ["{v} %s are left." % w["u"], "So {v} %s." % w["u"]], Lf)
    c.finish(Lf, "{v} %s." % w["u"])


# 24 ----------------------------------------------------------------- unit price: T ÷ n, × m
def s_unit(r):
    while True:
        u = r.randint(12, 48)
        k = r.randint(3, 9)
        m = r.randint(12, 28)
        if u % 10 and m % 10:
            return dict(T=u * k, k=k, m=m, name=nm(r))


@reg("unit", [
    ("{k} identical backpacks cost ${T}. How much would {m} of these backpacks cost?", dict(it="backpacks")),
    ("A store sells {k} jars of honey for ${T}. A restaurant wants to buy {m} jars at the same price each. How much "
     "will they pay?", dict(it="jars")),
    ("{name} paid ${T} for {k} concert tickets. How much would {m} tickets cost at the same price?",
     dict(it="tickets")),
    ("A school paid ${T} for {k} microscopes. At the same price, what would {m} microscopes cost?",
     dict(it="microscopes")),
    ("{k} bags of soil cost ${T}. A landscaper needs {m} bags. What is the cost for the landscaper?",
     dict(it="bags of soil")),
])
@sampler(s_unit)
def b_unit(c, n, w):
    step(c, "Price of one", ["$%s ÷ %d." % ("{:,}".format(n["T"]), n["k"]), None], short="One")
    q, _ = div(c, n["T"], n["k"], money=0, how=c.pick(["long", "partition", None]))
    concl(c, ["One costs {v}.", "So each is {v}."], q, "money")
    step(c, "Price of %d" % n["m"], ["%s × %d." % (c.m(q), n["m"]), None], short="Cost")
    M = mul(c, q, n["m"], money=0)
    concl(c, ["That's {v}.", "So %d %s cost {v}." % (n["m"], w["it"])], M, "money")
    c.finish(M, "%d %s cost {v}." % (n["m"], w["it"]), "money")


# 25 ----------------------------------------------------------------- wages: h×hrs, ×4, − spend
def s_wages(r):
    while True:
        h, hrs = r.randint(11, 24), r.randint(12, 38)
        wk = h * hrs
        sp = r.randint(wk, 3 * wk)
        if h % 10 and hrs % 10 and sp % 10:
            return dict(h=h, hrs=hrs, sp=sp, name=nm(r))


@reg("wages", [
    ("{name} earns ${h} an hour and works {hrs} hours a week. After 4 weeks, {name} pays ${sp} in bills. How much "
     "money is left?", dict(job="works")),
    ("A lifeguard is paid ${h} per hour for {hrs} hours each week. Over 4 weeks she spends ${sp}. How much of her pay "
     "does she have left?", dict(job="works")),
    ("{name} tutors {hrs} hours a week at ${h} an hour. After 4 weeks {name} spends ${sp} on a laptop. How much is "
     "left?", dict(job="tutors")),
    ("A cashier makes ${h} an hour and works {hrs} hours every week. In 4 weeks he pays ${sp} for rent. How much "
     "money remains?", dict(job="works")),
    ("{name} mows lawns {hrs} hours a week and charges ${h} per hour. After 4 weeks {name} buys a mower for ${sp}. "
     "How much money does {name} have left?", dict(job="mows")),
])
@sampler(s_wages)
def b_wages(c, n, w):
    step(c, "Pay for one week", ["$%d × %d hours." % (n["h"], n["hrs"]), None], short="Week")
    W1 = mul(c, n["h"], n["hrs"], money=0)
    concl(c, ["{v} per week.", "So {v} a week."], W1, "money")
    step(c, "Pay for 4 weeks", ["%s × 4." % c.m(W1), None], short="4 weeks")
    W4 = mul(c, W1, 4, money=0)
    concl(c, ["{v} in 4 weeks.", "That's {v}."], W4, "money")
    step(c, "Subtract $%s" % "{:,}".format(n["sp"]), ["%s − $%s." % (c.m(W4), "{:,}".format(n["sp"])), None],
         short="Left")
    L = sub(c, W4, n["sp"], money=True)
    concl(c, ["{v} is left.", "So {v} remains."], L, "money")
    c.finish(L, "{v} is left.", "money")


# 26 ----------------------------------------------------------------- recycling cents: cans/week × weeks, × 5¢
def s_recycle(r):
    while True:
        a, wk = r.randint(23, 86), r.randint(6, 15)
        ct = r.choice([5, 5, 10, 6, 8])
        if a % 10:
            return dict(a=a, wk=wk, ct=ct, name=nm(r))


@reg("recycle", [
    ("{name} collects {a} cans each week for {wk} weeks. The recycling center pays {ct} cents per can. How many "
     "dollars does {name} earn?", dict(it="cans")),
    ("A class returns {a} plastic bottles every week for {wk} weeks. Each bottle earns a {ct}-cent deposit. How much "
     "money, in dollars, does the class get back?", dict(it="bottles")),
    ("{name} sells {a} lemonade cups a week for {wk} weeks and donates {ct} cents from each cup to an animal shelter. "
     "How many dollars are donated?", dict(it="cups")),
    ("A vending machine sells {a} gumballs a week. Over {wk} weeks, the owner keeps {ct} cents of profit on each "
     "gumball. What is the profit in dollars?", dict(it="gumballs")),
    ("A school recycles {a} ink cartridges a week for {wk} weeks and receives {ct} cents for each. How much money is "
     "that in dollars?", dict(it="cartridges")),
])
@sampler(s_recycle)
def b_recycle(c, n, w):
    step(c, "Total %s" % w["it"], ["%d × %d weeks." % (n["a"], n["wk"]), None], short=w["it"].capitalize())
    T = mul(c, n["a"], n["wk"], unit=w["it"])
    concl(c, ["{v} %s in all." % w["it"], "So {v} %s." % w["it"]], T)
    step(c, "Money earned", ["Each one is worth %d¢ = %s." % (n["ct"], c.m(F(n["ct"], 100))), None], short="Money")
    M = mul_money(c, F(n["ct"], 100), T)
    concl(c, ["That's {v}.", "So {v} altogether."], M, "money")
    c.finish(M, "That is {v}.", "money")


# 27 ----------------------------------------------------------------- school books: b×144, − dmg, ÷ classes
def s_books(r):
    while True:
        b = r.randint(3, 9)
        per = r.choice([144, 125, 136, 168, 115, 248, 156, 175])
        k = r.choice([4, 6, 8, 9, 12])
        T = b * per
        ds = [d for d in range(7, 60) if (T - d) % k == 0]
        if ds:
            return dict(b=b, per=per, d=r.choice(ds), k=k, name=nm(r))


@reg("books", [
    ("A school receives {b} boxes of new books with {per} books in each box. {d} books arrive damaged and are sent "
     "back. The rest are shared equally among {k} classrooms. How many books does each classroom get?",
     dict(it="books", grp="classrooms")),
    ("A warehouse gets {b} pallets of paint cans, {per} cans per pallet. {d} cans are dented and thrown out. The "
     "others are split evenly among {k} stores. How many cans does each store receive?", dict(it="cans", grp="stores")),
    ("{name} orders {b} bags of rice with {per} cups of rice in each. {d} cups spill. The remaining rice is split "
     "into {k} equal containers. How many cups go in each container?", dict(it="cups", grp="containers")),
    ("A team buys {b} cases of sports drinks, {per} bottles per case. {d} bottles are used at practice. The rest "
     "are shared equally by {k} games. How many bottles are there for each game?", dict(it="bottles", grp="games")),
    ("A nursery has {b} trays of seedlings with {per} seedlings each. {d} seedlings wilt. The healthy ones are "
     "planted equally in {k} flower beds. How many seedlings go in each bed?", dict(it="seedlings", grp="beds")),
])
@sampler(s_books)
def b_books(c, n, w):
    step(c, "Total %s" % w["it"], ["%d × %d." % (n["per"], n["b"]), None], short="Total")
    T = mul(c, n["per"], n["b"], how=c.pick(["column", "column", "partial_lines", None]))
    concl(c, ["{v} %s." % w["it"], "That's {v} %s." % w["it"]], T)
    step(c, "Remove the %d" % n["d"], ["%s − %d." % (c.n(T), n["d"]), None], short="Good")
    G = sub(c, T, n["d"])
    concl(c, ["{v} %s are left." % w["it"], "So {v} to share."], G)
    step(c, "Share among %d %s" % (n["k"], w["grp"]), ["%s ÷ %d." % (c.n(G), n["k"]), None], short="Each")
    q, _ = div(c, G, n["k"])
    concl(c, ["Each gets {v} %s." % w["it"], "So {v} each."], q)
    c.finish(q, "{v} %s each." % w["it"])


# 28 ----------------------------------------------------------------- missing addend: total − got, half
def s_missing(r):
    while True:
        T = r.choice([1000, 1200, 1500, 2000, 800, 900, 600])
        g = r.randint(123, T - 150)
        if (T - g) % 2 == 0 and g % 10:
            return dict(T=T, g=g, name=nm(r))


@reg("missing", [
    ("{name} had some baseball cards. After getting {g} more cards, {name} has {T}. Half of the cards {name} had at "
     "first were rookie cards. How many rookie cards were there?", dict(it="cards")),
    ("A jar had some jelly beans. {name} added {g} jelly beans, and now there are {T}. Half of the original jelly "
     "beans were red. How many red jelly beans were in the jar at the start?", dict(it="jelly beans")),
    ("A town's library had some DVDs. After a donation of {g} DVDs it has {T}. Half of the DVDs it had before the "
     "donation were cartoons. How many cartoons were there?", dict(it="DVDs")),
    ("A farmer had some bales of straw and bought {g} more, making {T} bales. Half of the bales he had before were "
     "stored in the loft. How many bales were in the loft?", dict(it="bales")),
    ("{name}'s school had some chairs. It ordered {g} new chairs and now has {T}. Half of the old chairs were blue. "
     "How many blue chairs were there?", dict(it="chairs")),
])
@sampler(s_missing)
def b_missing(c, n, w):
    step(c, "Find how many there were at first", ["Work backwards: %s − %d." % (c.n(n["T"]), n["g"]), None],
         short="At first")
    X = sub(c, n["T"], n["g"], check=True)
    concl(c, ["There were {v} %s at first." % w["it"], "So {v} to start with."], X)
    step(c, "Take half", ["%s ÷ 2." % c.n(X), "Half of %s." % c.n(X)], short="Half")
    h, _ = div(c, X, 2, how=c.pick(["partition", "direct", "long"]))
    concl(c, ["Half is {v}.", "So {v}."], h)
    c.finish(h, "{v} %s." % w["it"])


# 29 ----------------------------------------------------------------- twice as many, fewer, total
def s_twice(r):
    while True:
        a = r.randint(26, 89)
        f = r.randint(11, 29)
        if a % 10 >= 5 and f % 10:
            return dict(a=a, f=f, names=", ".join(nm(r, 3)))


@reg("twice", [
    ("Ana has {a} stamps. Ben has twice as many stamps as Ana. Cleo has {f} fewer stamps than Ben. How many stamps do "
     "the three friends have together?", dict(A="Ana", B="Ben", C="Cleo", it="stamps")),
    ("A red box holds {a} crayons. A blue box holds twice as many crayons as the red box, and a green box holds {f} "
     "fewer than the blue box. How many crayons are in all three boxes?",
     dict(A="the red box", B="the blue box", C="the green box", it="crayons")),
    ("On Monday a shop sold {a} scarves. On Tuesday it sold twice as many as on Monday. On Wednesday it sold {f} "
     "fewer than on Tuesday. How many scarves did it sell over the three days?",
     dict(A="Monday", B="Tuesday", C="Wednesday", it="scarves")),
    ("Omar scored {a} points in a game. Priya scored twice as many points as Omar, and Kim scored {f} fewer points "
     "than Priya. How many points did they score in total?", dict(A="Omar", B="Priya", C="Kim", it="points")),
    ("The first shelf has {a} books. The second shelf has double the number on the first shelf, and the third has {f} "
     "fewer than the second. How many books are on the three shelves?",
     dict(A="shelf 1", B="shelf 2", C="shelf 3", it="books")),
])
@sampler(s_twice)
def b_twice(c, n, w):
    step(c, "%s" % w["B"][0].upper() + w["B"][1:], ["Double %d." % n["a"], "Twice %d." % n["a"]], short=w["B"])
    B = mul(c, n["a"], 2, how=c.pick(["partial_lines", "partial_chain", "direct", "column"]))
    concl(c, ["%s: {v}." % (w["B"][0].upper() + w["B"][1:]), "So {v} %s." % w["it"]], B)
    step(c, "%s" % w["C"][0].upper() + w["C"][1:], ["%s − %d." % (c.n(B), n["f"]), None], short=w["C"])
    Cc = sub(c, B, n["f"])
    concl(c, ["%s: {v}." % (w["C"][0].upper() + w["C"][1:]), "So {v} %s." % w["it"]], Cc)
    step(c, "Add all three", ["%d + %s + %s." % (n["a"], c.n(B), c.n(Cc)), None], short="Total")
    T = add(c, [n["a"], B, Cc])
    concl(c, ["Together: {v} %s." % w["it"], "That's {v} %s." % w["it"]], T)
    c.finish(T, "{v} %s." % w["it"])


# 30 ----------------------------------------------------------------- halving: N/2, /2, + more
def s_half(r):
    while True:
        q = r.randint(31, 245)
        m = r.randint(25, 95)
        if q % 10 and m % 10:
            return dict(N=q * 4, m=m, name=nm(r))


@reg("half", [
    ("A bakery made {N} rolls. It sold half of them in the morning and half of the remaining rolls in the afternoon. "
     "Then it baked {m} more. How many rolls does it have now?", dict(it="rolls")),
    ("{name} had {N} marbles. {name} gave half to a cousin, then gave half of what was left to a friend, and later "
     "bought {m} more. How many marbles does {name} have?", dict(it="marbles")),
    ("A tank held {N} liters of water. Half was drained on Monday and half of the rest on Tuesday. On Wednesday {m} "
     "liters were added. How many liters are in the tank?", dict(it="liters")),
    ("A store had {N} T-shirts. Half were sold in a sale, then half of those left were sent to another store. A "
     "delivery brought {m} new T-shirts. How many T-shirts does the store have?", dict(it="T-shirts")),
    ("A farmer harvested {N} pumpkins. He sold half at the market and half of the rest to a restaurant. Then he "
     "picked {m} more. How many pumpkins does he have now?", dict(it="pumpkins")),
])
@sampler(s_half)
def b_half(c, n, w):
    step(c, "First half", ["Half of %s." % c.n(n["N"]), "%s ÷ 2." % c.n(n["N"])], short="Half")
    h1, _ = div(c, n["N"], 2, how=c.pick(["partition", "direct", "long", "chunk"]))
    concl(c, ["{v} %s are left." % w["it"], "So {v} remain."], h1)
    step(c, "Half of the rest", ["Half of %s." % c.n(h1), None], short="Half again")
    h2, _ = div(c, h1, 2, how=c.pick(["partition", "direct", "long"]))
    concl(c, ["{v} %s are left." % w["it"], "Now {v}."], h2)
    step(c, "Add %d" % n["m"], ["%s + %d." % (c.n(h2), n["m"]), None], short="Now")
    T = add(c, [h2, n["m"]])
    concl(c, ["{v} %s now." % w["it"], "So {v} %s." % w["it"]], T)
    c.finish(T, "{v} %s." % w["it"])


# 31 ----------------------------------------------------------------- multi money: 3 × x + 2 × y ; change from 100
def s_multi(r):
    while True:
        k1, k2 = r.randint(2, 6), r.randint(2, 5)
        x, y = r.randint(8, 19), r.randint(11, 29)
        T = k1 * x + k2 * y
        pay = 100 if T < 95 else 200
        if T < pay - 3:
            return dict(k1=k1, k2=k2, x=x, y=y, pay=pay, name=nm(r))


@reg("multi", [
    ("{name} buys {k1} T-shirts for ${x} each and {k2} pairs of shorts for ${y} each. {name} pays with ${pay}. How "
     "much change does {name} get?", dict(A="T-shirts", B="pairs of shorts")),
    ("A teacher buys {k1} packs of markers at ${x} a pack and {k2} art kits at ${y} a kit, paying ${pay}. What is "
     "the change?", dict(A="packs of markers", B="art kits")),
    ("At the garden center, {name} gets {k1} bags of mulch for ${x} each and {k2} shrubs for ${y} each. How much "
     "change is there from ${pay}?", dict(A="bags of mulch", B="shrubs")),
    ("A family orders {k1} kids' meals at ${x} each and {k2} adult meals at ${y} each. They pay with ${pay}. How much "
     "change do they receive?", dict(A="kids' meals", B="adult meals")),
    ("{name} buys {k1} puzzles costing ${x} each and {k2} model kits costing ${y} each with ${pay}. How much money "
     "is left?", dict(A="puzzles", B="model kits")),
])
@sampler(s_multi)
def b_multi(c, n, w):
    step(c, "Cost of the %s" % w["A"], ["%d × $%d." % (n["k1"], n["x"]), None], short=w["A"].capitalize())
    X = mul(c, n["x"], n["k1"], money=0)
    concl(c, ["That's {v}.", "The %s cost {v}." % w["A"]], X, "money")
    step(c, "Cost of the %s" % w["B"], ["%d × $%d." % (n["k2"], n["y"]), None], short=w["B"].capitalize())
    Y = mul(c, n["y"], n["k2"], money=0)
    concl(c, ["That's {v}.", "The %s cost {v}." % w["B"]], Y, "money")
    step(c, "Total", ["%s + %s." % (c.m(X), c.m(Y)), None], short="Total")
    T = add(c, [X, Y], money=True)
    concl(c, ["Total {v}.", "So the bill is {v}."], T, "money")
    step(c, "Change", ["$%d − %s." % (n["pay"], c.m(T)), None], short="Change")
    C = sub(c, n["pay"], T, money=True)
    concl(c, ["Change: {v}.", "So {v} back."], C, "money")
    c.finish(C, "The change is {v}.", "money")


# 32 ----------------------------------------------------------------- legs: cows×4 + hens×2
def s_legs(r):
    while True:
        a, b = r.randint(23, 168), r.randint(35, 249)
        if a % 10 and b % 10:
            return dict(a=a, b=b, name=nm(r))


@reg("legs", [
    ("A farm has {a} cows and {b} chickens. How many legs do the animals have altogether?",
     dict(A="cows", B="chickens", la=4, lb=2, u="legs")),
    ("A parking lot has {a} cars and {b} motorcycles. How many wheels are there in total?",
     dict(A="cars", B="motorcycles", la=4, lb=2, u="wheels")),
    ("A toy store has {a} tricycles and {b} bicycles. How many wheels do they have altogether?",
     dict(A="tricycles", B="bicycles", la=3, lb=2, u="wheels")),
    ("A zoo has {a} ostriches and {b} goats. How many legs do these animals have in total?",
     dict(A="ostriches", B="goats", la=2, lb=4, u="legs")),
    ("{name} is building {a} stools with 3 legs and {b} tables with 4 legs. How many legs must {name} make?",
     dict(A="stools", B="tables", la=3, lb=4, u="legs")),
])
@sampler(s_legs)
def b_legs(c, n, w):
    step(c, "%s %s" % (w["A"].capitalize(), w["u"]), ["%d × %d." % (n["a"], w["la"]), None], short=w["A"].capitalize())
    X = mul(c, n["a"], w["la"])
    concl(c, ["{v} %s." % w["u"], "The %s have {v} %s." % (w["A"], w["u"])], X)
    step(c, "%s %s" % (w["B"].capitalize(), w["u"]), ["%d × %d." % (n["b"], w["lb"]), None], short=w["B"].capitalize())
    Y = mul(c, n["b"], w["lb"])
    concl(c, ["{v} %s." % w["u"], "The %s have {v} %s." % (w["B"], w["u"])], Y)
    step(c, "Add", ["%s + %s." % (c.n(X), c.n(Y)), None], short="Total")
    T = add(c, [X, Y])
    concl(c, ["{v} %s in total." % w["u"], "So {v} %s." % w["u"]], T)
    c.finish(T, "{v} %s." % w["u"])


# 33 ----------------------------------------------------------------- factory: N ÷ 8 ÷ 12
def s_factory(r):
    while True:
        d1 = r.choice([6, 8, 4, 9])
        d2 = r.choice([12, 15, 16, 24, 14])
        t = r.randint(6, 19)
        return dict(N=d1 * d2 * t, d1=d1, d2=d2, name=nm(r))


@reg("factory", [
    ("A factory makes {N} bottles of juice. It packs {d1} bottles in a crate, and a truck carries {d2} crates. How "
     "many trucks are needed?", dict(it="bottles", a="crates", b="trucks")),
    ("A publisher prints {N} comic books. They are bundled in stacks of {d1}, and {d2} stacks fill a box. How many "
     "boxes are filled?", dict(it="comic books", a="stacks", b="boxes")),
    ("{name} has {N} beads. {name} puts {d1} beads on each bracelet and {d2} bracelets in each gift bag. How many "
     "gift bags does {name} fill?", dict(it="beads", a="bracelets", b="gift bags")),
    ("A bakery makes {N} cupcakes, puts {d1} in each box, and stacks {d2} boxes on each cart. How many carts are "
     "needed?", dict(it="cupcakes", a="boxes", b="carts")),
    ("A school has {N} pencils. They come in packs of {d1}, and {d2} packs fit in a carton. How many cartons are "
     "there?", dict(it="pencils", a="packs", b="cartons")),
])
@sampler(s_factory)
def b_factory(c, n, w):
    step(c, "Number of %s" % w["a"], ["%s ÷ %d." % (c.n(n["N"]), n["d1"]), None], short=w["a"].capitalize())
    A, _ = div(c, n["N"], n["d1"], how=c.pick(["long", "long", "chunk", None]))
    concl(c, ["{v} %s." % w["a"], "So {v} %s." % w["a"]], A)
    step(c, "Number of %s" % w["b"], ["%s ÷ %d." % (c.n(A), n["d2"]), None], short=w["b"].capitalize())
    B, _ = div(c, A, n["d2"], how=c.pick(["long", "chunk", None]))
    concl(c, ["{v} %s." % w["b"], "So {v} %s are needed." % w["b"]], B)
    c.finish(B, "{v} %s." % w["b"])


# 34 ----------------------------------------------------------------- reading: p×d, N − read, ceil(left / p)
def s_reading(r):
    while True:
        p, d = r.randint(12, 35), r.randint(6, 14)
        N = r.randint(p * d + 3 * p, p * d + 9 * p)
        if (N - p * d) % p and p % 10 and N % 10:
            return dict(p=p, d=d, N=N, name=nm(r))


@reg("reading", [
    ("{name} is reading a {N}-page book. {name} reads {p} pages a day for {d} days. If {name} keeps reading {p} pages "
     "a day, how many more days will it take to finish the book?", dict(u="pages", t="days")),
    ("A road crew must pave {N} meters of road. They pave {p} meters a day for {d} days. At the same rate, how many "
     "more days do they need to finish?", dict(u="meters", t="days")),
    ("{name} is knitting a {N}-row blanket and knits {p} rows each evening. After {d} evenings, how many more "
     "evenings will {name} need to finish?", dict(u="rows", t="evenings")),
    ("A class has to solve {N} practice problems. They solve {p} problems per lesson for {d} lessons. How many more "
     "lessons will they need at the same rate?", dict(u="problems", t="lessons")),
    ("A painter has {N} fence boards to paint and paints {p} boards an hour. After {d} hours, how many more hours "
     "does the job need?", dict(u="boards", t="hours")),
])
@sampler(s_reading)
def b_reading(c, n, w):
    step(c, "Done so far", ["%d × %d." % (n["p"], n["d"]), None], short="Done")
    R = mul(c, n["p"], n["d"])
    concl(c, ["{v} %s done." % w["u"], "So {v} %s so far." % w["u"]], R)
    step(c, "Still to do", ["%s − %s." % (c.n(n["N"]), c.n(R)), None], short="Left")
    L = sub(c, n["N"], R)
    concl(c, ["{v} %s left." % w["u"], "So {v} remain."], L)
    step(c, "More %s needed" % w["t"], ["%s ÷ %d, rounding up." % (c.n(L), n["p"]), None], short=w["t"].capitalize())
    q, rem = div(c, L, n["p"], mode="rem", how=c.pick(["long", "direct", "chunk"]))
    if V(rem) == 0:
        raise Bad("no leftover")
    c.note("The leftover %s %s still need one more %s." % (c.n(rem), w["u"], w["t"][:-1]))
    k = c.res(F(V(q)) + 1, role="sum", ops=("+", [V(q), 1]))
    c.eq("%s + 1 = %s" % (c.n(q), k))
    concl(c, ["{v} more %s." % w["t"], "So {v} %s." % w["t"]], k)
    c.finish(k, "{v} more %s." % w["t"])


# 35 ----------------------------------------------------------------- fence: 2 × (L + W) × $c
def s_fence(r):
    while True:
        L, W = r.randint(18, 67), r.randint(12, 48)
        cst = r.choice([3, 4, 6, 7, 8, 9, 12, 15])
        if L % 10 and W % 10:
            return dict(L=L, W=W, cst=cst, name=nm(r))


@reg("fence", [
    ("A rectangular yard is {L} feet long and {W} feet wide. Fencing costs ${cst} per foot. How much does it cost to "
     "fence the whole yard?", dict(u="feet")),
    ("{name} wants to put a wooden frame around a {L} cm by {W} cm painting. Frame moulding costs ${cst} per cm. How "
     "much does the frame cost?", dict(u="cm")),
    ("A farmer fences a field that is {L} meters by {W} meters. The fence costs ${cst} per meter. What is the total "
     "cost?", dict(u="meters")),
    ("A school paints a line around a {L} m by {W} m playground. Paint costs ${cst} for each meter of line. How much "
     "will the paint cost?", dict(u="meters")),
    ("A pool deck is {L} feet by {W} feet. Safety rope costs ${cst} a foot. How much is rope for the whole edge?",
     dict(u="feet")),
])
@sampler(s_fence)
def b_fence(c, n, w):
    step(c, "Length plus width", ["%d + %d." % (n["L"], n["W"]), None], short="L + W")
    S = add(c, [n["L"], n["W"]])
    concl(c, ["{v} %s." % w["u"], "So half the perimeter is {v} %s." % w["u"]], S)
    step(c, "Perimeter", ["Double it: 2 × %s." % c.n(S), None], short="Perimeter")
    P = mul(c, S, 2, how=c.pick(["direct", "partial_lines", "partial_chain"]))
    concl(c, ["The perimeter is {v} %s." % w["u"], "{v} %s all the way around." % w["u"]], P)
    step(c, "Cost", ["%s × $%d." % (c.n(P), n["cst"]), None], short="Cost")
    M = mul(c, P, n["cst"], money=1)
    concl(c, ["The cost is {v}.", "So {v}."], M, "money")
    c.finish(M, "It costs {v}.", "money")


# 36 ----------------------------------------------------------------- compare two stores
def s_compare(r):
    while True:
        a, x = r.randint(12, 36), r.randint(13, 29)
        b, y = r.randint(12, 36), r.randint(13, 29)
        if a * x != b * y and a % 10 and x % 10 and b % 10 and y % 10 and abs(a * x - b * y) > 9:
            return dict(a=a, x=x, b=b, y=y, name=nm(r))


@reg("compare", [
    ("Store A packs {a} boxes with {x} apples each. Store B packs {b} boxes with {y} apples each. How many more "
     "apples does the store with more apples have?", dict(P="Store A", Q="Store B", u="apples")),
    ("{name} builds {a} towers of {x} blocks. A friend builds {b} towers of {y} blocks. What is the difference "
     "between the numbers of blocks they used?", dict(P="Tower set 1", Q="Tower set 2", u="blocks")),
    ("Class 4A sold {a} raffle books with {x} tickets each, and class 4B sold {b} books with {y} tickets each. How "
     "many more tickets did the top class sell?", dict(P="Class 4A", Q="Class 4B", u="tickets")),
    ("Farm X has {a} rows of {x} corn plants and Farm Y has {b} rows of {y} corn plants. How many more plants does "
     "the bigger farm have?", dict(P="Farm X", Q="Farm Y", u="plants")),
    ("One printer prints {a} pages a minute for {x} minutes. Another prints {b} pages a minute for {y} minutes. How "
     "many more pages does the busier printer print?", dict(P="Printer 1", Q="Printer 2", u="pages")),
])
@sampler(s_compare)
def b_compare(c, n, w):
    step(c, w["P"], ["%d × %d." % (n["a"], n["x"]), None], short=w["P"])
    X = mul(c, n["a"], n["x"])
    concl(c, ["%s: {v} %s." % (w["P"], w["u"]), "So {v} %s." % w["u"]], X)
    step(c, w["Q"], ["%d × %d." % (n["b"], n["y"]), None], short=w["Q"])
    Y = mul(c, n["b"], n["y"])
    concl(c, ["%s: {v} %s." % (w["Q"], w["u"]), "So {v} %s." % w["u"]], Y)
    step(c, "Difference", ["Subtract the smaller from the larger.", None], short="Difference")
    if V(X) >= V(Y):
        D = sub(c, X, Y)
    else:
        D = sub(c, Y, X)
    concl(c, ["The difference is {v} %s." % w["u"], "So {v} more %s." % w["u"]], D)
    c.finish(D, "{v} more %s." % w["u"])


# 37 ----------------------------------------------------------------- water tank: rate × min, C − in, ÷ rate
def s_tank(r):
    while True:
        rate = r.choice([12, 15, 18, 24, 25, 35, 45])
        m = r.randint(11, 29)
        more = r.randint(14, 38)
        if m % 10 and more % 10:
            return dict(rate=rate, m=m, C=rate * (m + more), name=nm(r))


@reg("tank", [
    ("A tank holds {C} liters. A hose fills it at {rate} liters per minute. After {m} minutes, how many more minutes "
     "will it take to fill the tank?", dict(u="liters", t="minutes")),
    ("A pool needs {C} gallons of water. A pump adds {rate} gallons a minute and has run for {m} minutes. How many "
     "more minutes must it run?", dict(u="gallons", t="minutes")),
    ("{name} needs to type a {C}-word essay and types {rate} words per minute. After {m} minutes, how many more "
     "minutes will {name} need?", dict(u="words", t="minutes")),
    ("A machine must fill {C} bags and fills {rate} bags every hour. It has worked {m} hours. How many more hours "
     "will it need?", dict(u="bags", t="hours")),
    ("A bakery must make {C} dinner rolls. It bakes {rate} rolls per batch and has baked {m} batches. How many more "
     "batches are needed?", dict(u="rolls", t="batches")),
])
@sampler(s_tank)
def b_tank(c, n, w):
    step(c, "Amount done so far", ["%d × %d." % (n["rate"], n["m"]), None], short="So far")
    D = mul(c, n["rate"], n["m"])
    concl(c, ["{v} %s so far." % w["u"], "That's {v} %s." % w["u"]], D)
    step(c, "Amount still needed", ["%s − %s." % (c.n(n["C"]), c.n(D)), None], short="Needed")
    L = sub(c, n["C"], D)
    concl(c, ["{v} %s still needed." % w["u"], "So {v} %s to go." % w["u"]], L)
    step(c, "Time still needed", ["%s ÷ %d." % (c.n(L), n["rate"]), None], short=w["t"].capitalize())
    q, _ = div(c, L, n["rate"], how=c.pick(["long", "chunk", None]))
    concl(c, ["{v} more %s." % w["t"], "So it takes {v} more %s." % w["t"]], q)
    c.finish(q, "{v} more %s." % w["t"])


# 38 ----------------------------------------------------------------- seeds: packets × seeds, rows of k
def s_seeds(r):
    while True:
        a, b = r.randint(6, 24), r.randint(25, 64)
        k = r.choice([7, 8, 9, 12, 15, 16])
        if (a * b) % k and b % 10:
            return dict(a=a, b=b, k=k, name=nm(r))


@reg("seeds", [
    ("{name} buys {a} packets of seeds with {b} seeds in each packet. {name} plants them in rows of {k}. How many "
     "complete rows can {name} plant?", dict(it="seeds", grp="rows")),
    ("A teacher has {a} boxes of {b} tiles and makes a mosaic with {k} tiles in each line. How many full lines can "
     "she make?", dict(it="tiles", grp="lines")),
    ("A scout troop collects {a} bags of {b} pinecones. They put {k} pinecones in each bird feeder. How many feeders "
     "can they fill completely?", dict(it="pinecones", grp="feeders")),
    ("{name} has {a} rolls of stickers with {b} stickers per roll and puts {k} on each page of an album. How many "
     "pages can {name} fill?", dict(it="stickers", grp="pages")),
    ("A school orders {a} cartons of {b} juice boxes and puts {k} juice boxes on each lunch table. How many tables "
     "get a full set?", dict(it="juice boxes", grp="tables")),
])
@sampler(s_seeds)
def b_seeds(c, n, w):
    step(c, "Total %s" % w["it"], ["%d × %d." % (n["a"], n["b"]), None], short="Total")
    T = mul(c, n["a"], n["b"])
    concl(c, ["{v} %s." % w["it"], "So there are {v} %s." % w["it"]], T)
    step(c, "Full %s" % w["grp"], ["%s ÷ %d; only full %s count." % (c.n(T), n["k"], w["grp"]), None],
         short=w["grp"].capitalize())
    q, rem = div(c, T, n["k"], mode="rem")
    c.note("The %s left over do not make another full one." % c.n(rem))
    concl(c, ["{v} full %s." % w["grp"], "So {v} %s." % w["grp"]], q)
    c.finish(q, "{v} %s." % w["grp"])
