"""Problem families x contexts -> templates.

A family has: a problem text (str.format with context keys, given names and
person placeholders {N} {he} {He} {his} {him}), givens {name: (unit, label)},
steps [(name, op, a, b, unit, label)] where a/b are given names, step names or
int literals, and gen(r, ctx) -> {given: value}.  Labels never contain digits.
"""
from fractions import Fraction as F


def Fr(x):
    return F(str(x)) if isinstance(x, float) else F(x)


ITEMS = [
    dict(sg="pen", pl="pens", lo=5, hi=25),
    dict(sg="notebook", pl="notebooks", lo=20, hi=60),
    dict(sg="mango", pl="mangoes", lo=8, hi=30),
    dict(sg="soap bar", pl="soap bars", lo=15, hi=45),
    dict(sg="water bottle", pl="water bottles", lo=10, hi=30),
    dict(sg="pencil box", pl="pencil boxes", lo=25, hi=70),
    dict(sg="chocolate", pl="chocolates", lo=5, hi=20),
    dict(sg="kite", pl="kites", lo=10, hi=40),
    dict(sg="exercise book", pl="exercise books", lo=12, hi=35),
    dict(sg="packet of biscuits", pl="packets of biscuits", lo=10, hi=30),
    dict(sg="towel", pl="towels", lo=60, hi=150),
    dict(sg="coffee mug", pl="coffee mugs", lo=20, hi=80),
]

NOTES = [50, 100, 200, 500, 1000, 2000, 5000]

FAMILIES = []


def family(name, problem, givens, steps, gen, contexts):
    FAMILIES.append(dict(name=name, problem=problem, givens=givens,
                         steps=steps, gen=gen, contexts=contexts))


def item_contexts(fi, two=False):
    out = []
    for j in range(6):
        it = dict(ITEMS[(fi + 2 * j) % len(ITEMS)])
        it2 = ITEMS[(fi + 2 * j + 5) % len(ITEMS)]
        if two:
            it.update(sg2=it2["sg"], pl2=it2["pl"], lo2=it2["lo"], hi2=it2["hi"])
        it["key"] = it["sg"].replace(" ", "_")
        out.append(it)
    return out


# ---------------------------------------------------------------- shopping
def g_buy_change(r, c):
    n = r.randint(3, 12)
    p = r.randint(c["lo"], c["hi"])
    cost = n * p
    m = [x for x in NOTES if x > cost + 4][0]
    return dict(n=n, p=p, m=m)


family("buy_change",
       "{N} buys {n} {pl} at {p} each. {He} gives the shopkeeper {m}. How much change will {he} get back?",
       dict(n=("count", "number of {pl}"), p=("money", "price of one {sg}"), m=("money", "money given")),
       [("cost", "*", "n", "p", "money", "cost of the {pl}"),
        ("change", "-", "m", "cost", "money", "change to get back")],
       g_buy_change, item_contexts(0))


def g_two_total(r, c):
    return dict(n1=r.randint(2, 10), p1=r.randint(c["lo"], c["hi"]),
                n2=r.randint(2, 10), p2=r.randint(c["lo2"], c["hi2"]))


family("two_items_total",
       "{N} buys {n1} {pl} at {p1} each and {n2} {pl2} at {p2} each for the house. How much money does {he} spend in total?",
       dict(n1=("count", "number of {pl}"), p1=("money", "price of one {sg}"),
            n2=("count", "number of {pl2}"), p2=("money", "price of one {sg2}")),
       [("c1", "*", "n1", "p1", "money", "cost of the {pl}"),
        ("c2", "*", "n2", "p2", "money", "cost of the {pl2}"),
        ("total", "+", "c1", "c2", "money", "total money spent")],
       g_two_total, item_contexts(1, True))


def g_budget(r, c):
    d = g_two_total(r, c)
    tot = d["n1"] * d["p1"] + d["n2"] * d["p2"]
    d["m"] = (tot // 50 + 1 + r.randint(0, 3)) * 50
    return d


family("budget_left",
       "{N} has {m} with {him}. {He} buys {n1} {pl} at {p1} each and {n2} {pl2} at {p2} each. How much money is left with {him}?",
       dict(m=("money", "money with {him}"), n1=("count", "number of {pl}"), p1=("money", "price of one {sg}"),
            n2=("count", "number of {pl2}"), p2=("money", "price of one {sg2}")),
       [("c1", "*", "n1", "p1", "money", "cost of the {pl}"),
        ("c2", "*", "n2", "p2", "money", "cost of the {pl2}"),
        ("spent", "+", "c1", "c2", "money", "total spent"),
        ("left", "-", "m", "spent", "money", "money left")],
       g_budget, item_contexts(2, True))


def g_discount(r, c):
    return dict(n=r.randint(2, 10), p=r.randint(c["lo"], c["hi"]), d=r.choice([5, 10, 15, 20, 25]))


family("discount",
       "A shop sells {pl} at {p} each. {N} buys {n} {pl} and the shopkeeper gives {d}% discount on the bill. How much does {he} pay?",
       dict(p=("money", "price of one {sg}"), n=("count", "number of {pl}"), d=("count", "discount percent")),
       [("cost", "*", "n", "p", "money", "bill before discount"),
        ("onep", "/", "cost", 100, "money", "one percent of the bill"),
        ("disc", "*", "onep", "d", "money", "discount amount"),
        ("pay", "-", "cost", "disc", "money", "amount to pay")],
       g_discount, item_contexts(3))


def g_share(r, c):
    return dict(k=r.randint(2, 6), n=r.randint(2, 12), p=r.randint(c["lo"], c["hi"]),
                f=r.choice([10, 15, 20, 25, 30, 40, 50]))


family("share_cost",
       "{k} friends order {n} {pl} at {p} each. The delivery charge is {f}. They share the full amount equally. How much does each friend pay?",
       dict(k=("count", "number of friends"), n=("count", "number of {pl}"), p=("money", "price of one {sg}"),
            f=("money", "delivery charge")),
       [("cost", "*", "n", "p", "money", "cost of the {pl}"),
        ("total", "+", "cost", "f", "money", "full amount"),
        ("each", "/", "total", "k", "money", "share of each friend")],
       g_share, item_contexts(4))


def g_profit(r, c):
    cp = r.randint(c["lo"], c["hi"])
    return dict(n=r.randint(5, 40), cp=cp, sp=cp + r.randint(2, max(3, cp // 2)))


family("profit",
       "A shopkeeper buys {n} {pl} at {cp} each. He sells all of them at {sp} each. How much profit does he make?",
       dict(n=("count", "number of {pl}"), cp=("money", "cost price of one {sg}"), sp=("money", "selling price of one {sg}")),
       [("cost", "*", "n", "cp", "money", "total cost price"),
        ("rev", "*", "n", "sp", "money", "total selling price"),
        ("profit", "-", "rev", "cost", "money", "profit")],
       g_profit, item_contexts(5))


def g_dozens(r, c):
    p = r.randint(c["lo"] * 8, c["hi"] * 10)
    base = -(-p // 12)
    return dict(d=r.randint(2, 8), p=p, s=base + r.randint(1, max(2, c["lo"])))


family("dozens",
       "{N} buys {d} dozen {pl} for {p} per dozen. {He} sells each {sg} for {s}. What is {his} profit?",
       dict(d=("count", "number of dozens"), p=("money", "price of one dozen"), s=("money", "selling price of one {sg}")),
       [("cnt", "*", "d", 12, "count", "number of {pl}"),
        ("cost", "*", "d", "p", "money", "cost of the {pl}"),
        ("rev", "*", "cnt", "s", "money", "money from selling"),
        ("profit", "-", "rev", "cost", "money", "profit")],
       g_dozens, item_contexts(6))


def g_afford(r, c):
    p = r.randint(c["lo"], c["hi"])
    cnt = r.randint(3, 15)
    f = r.choice([10, 15, 20, 25, 30, 40, 50])
    return dict(m=cnt * p + f, f=f, p=p, k=r.randint(2, 9))


family("afford",
       "{N} has {m}. {He} spends {f} on bus fare and uses the rest to buy {pl} at {p} each. {His} sister already has {k} {pl}. How many {pl} do they have together?",
       dict(m=("money", "money with {him}"), f=("money", "bus fare"), p=("money", "price of one {sg}"),
            k=("count", "{pl} with sister")),
       [("rest", "-", "m", "f", "money", "money left for {pl}"),
        ("cnt", "/", "rest", "p", "count", "number of {pl} bought"),
        ("tot", "+", "cnt", "k", "count", "{pl} together")],
       g_afford, item_contexts(7))


def g_weekly(r, c):
    n = r.randint(5, 40)
    d = r.randint(3, 7)
    p = r.randint(c["lo"], c["hi"])
    e = r.randint(2, max(3, n * d * p // 40)) * 10
    return dict(n=n, d=d, p=p, e=e)


family("weekly_sales",
       "A vendor sells {n} {pl} every day for {d} days. Each {sg} is sold at {p}. {He} spends {e} on transport in those days. How much money does {he} keep?",
       dict(n=("count", "{pl} sold per day"), d=("count", "number of days"), p=("money", "price of one {sg}"),
            e=("money", "transport cost")),
       [("sold", "*", "n", "d", "count", "number of {pl} sold"),
        ("rev", "*", "sold", "p", "money", "money from sales"),
        ("keep", "-", "rev", "e", "money", "money kept")],
       g_weekly, item_contexts(8))


def g_packs(r, c):
    b = r.randint(2, 9)
    k = r.choice([6, 8, 10, 12, 20, 24])
    f = r.randint(2, 6)
    tot = b * k
    lo = -(-tot // (2 * f))
    hi = (tot - 1) // f
    q = r.randint(lo, max(lo, hi))
    return dict(b=b, k=k, g=tot - f * q, f=f)


family("packs",
       "{N} buys {b} boxes of {pl}. Each box has {k} {pl}. {He} gives {g} {pl} to {his} neighbour and shares the rest equally among {f} children. How many {pl} does each child get?",
       dict(b=("count", "number of boxes"), k=("count", "{pl} in one box"), g=("count", "{pl} given to neighbour"),
            f=("count", "number of children")),
       [("tot", "*", "b", "k", "count", "total {pl}"),
        ("left", "-", "tot", "g", "count", "{pl} remaining"),
        ("each", "/", "left", "f", "count", "{pl} for each child")],
       g_packs, item_contexts(9))

# ---------------------------------------------------------------- measures
WTS = [0.5, 1.5, 2, 2.5, 3, 1.25, 0.75, 4, 3.5]


def g_kg2(r, c):
    w1, w2 = Fr(r.choice(WTS)), Fr(r.choice(WTS))
    p1, p2 = r.randint(c["lo1"], c["hi1"]), r.randint(c["lo2"], c["hi2"])
    tot = w1 * p1 + w2 * p2
    m = [x for x in NOTES if x > tot + 4][0]
    return dict(w1=w1, p1=p1, w2=w2, p2=p2, m=m)


family("two_goods_kg",
       "{N} buys {w1} kg of {A} at {p1} per kg and {w2} kg of {B} at {p2} per kg. {He} pays with {m}. How much balance does {he} get?",
       dict(w1=("kg", "weight of {A}"), p1=("money", "rate of {A} per kg"), w2=("kg", "weight of {B}"),
            p2=("money", "rate of {B} per kg"), m=("money", "money paid")),
       [("c1", "*", "w1", "p1", "money", "cost of {A}"),
        ("c2", "*", "w2", "p2", "money", "cost of {B}"),
        ("tot", "+", "c1", "c2", "money", "total bill"),
        ("bal", "-", "m", "tot", "money", "balance to get")],
       g_kg2,
       [dict(key="rice_sugar", A="rice", B="sugar", lo1=40, hi1=60, lo2=40, hi2=50),
        dict(key="flour_dal", A="wheat flour", B="dal", lo1=30, hi1=45, lo2=90, hi2=140),
        dict(key="tomato_onion", A="tomatoes", B="onions", lo1=20, hi1=60, lo2=25, hi2=50),
        dict(key="potato_carrot", A="potatoes", B="carrots", lo1=20, hi1=40, lo2=30, hi2=60),
        dict(key="fish_chicken", A="fish", B="chicken", lo1=150, hi1=300, lo2=180, hi2=260),
        dict(key="apple_grape", A="apples", B="grapes", lo1=80, hi1=180, lo2=60, hi2=120)])

HRS = [1, 1.5, 2, 2.5, 3, 0.5, 4]


def g_travel(r, c):
    return dict(s1=r.randint(c["lo"], c["hi"]), t1=Fr(r.choice(HRS)),
                s2=r.randint(c["lo"], c["hi"]), t2=Fr(r.choice(HRS)))


family("travel",
       "A {v} goes at {s1} km per hour for {t1} hours and then at {s2} km per hour for {t2} hours. What total distance does it cover?",
       dict(s1=("count", "first speed in km per hour"), t1=("hr", "first time"),
            s2=("count", "second speed in km per hour"), t2=("hr", "second time")),
       [("d1", "*", "s1", "t1", "km", "first distance"),
        ("d2", "*", "s2", "t2", "km", "second distance"),
        ("tot", "+", "d1", "d2", "km", "total distance")],
       g_travel,
       [dict(key=k, v=v, lo=lo, hi=hi) for k, v, lo, hi in
        [("bus", "bus", 30, 60), ("car", "car", 40, 80), ("motorbike", "motorbike", 30, 50),
         ("train", "train", 50, 90), ("jeepney", "jeepney", 20, 40), ("truck", "truck", 35, 60)]])


def g_fuel(r, c):
    e = r.randint(c["lo"], c["hi"])
    L = Fr(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 2.5, 3.5, 4.5, 7.5]))
    return dict(e=e, D=e * L, p=r.randint(40, 110), t=r.choice([20, 30, 40, 50, 60, 75, 100]))


family("fuel",
       "{N}'s {v} can go {e} km on one litre of petrol. {He} drives {D} km to visit {his} family. Petrol is {p} per litre and {he} pays {t} for toll. What is the total cost of the trip?",
       dict(e=("count", "km for one litre"), D=("km", "distance driven"), p=("money", "petrol rate per litre"),
            t=("money", "toll")),
       [("lit", "/", "D", "e", "l", "petrol needed"),
        ("fuel", "*", "lit", "p", "money", "cost of petrol"),
        ("tot", "+", "fuel", "t", "money", "total cost of trip")],
       g_fuel,
       [dict(key=k, v=k.replace("_", " "), lo=lo, hi=hi) for k, lo, hi in
        [("car", 12, 18), ("motorbike", 35, 55), ("van", 8, 12), ("auto_rickshaw", 20, 30),
         ("tricycle", 25, 40), ("pickup", 9, 14)]])


def g_cloth(r, c):
    l = Fr(r.choice([0.5, 1.5, 2, 2.5, 0.75, 1.25, 3]))
    pcs = r.randint(8, 40)
    p = r.randint(c["lo"], c["hi"])
    rev = pcs * p
    cost = 5 * r.randint(rev // 10, (rev - 5) // 5)
    return dict(L=pcs * l, cost=cost, l=l, p=p)


family("cut_pieces",
       "A shopkeeper buys {L} metres of {mat} for {cost}. He cuts it into pieces of {l} metres each and sells every piece for {p}. How much profit does he make?",
       dict(L=("m", "length bought"), cost=("money", "cost of the {mat}"), l=("m", "length of one piece"),
            p=("money", "price of one piece")),
       [("pcs", "/", "L", "l", "count", "number of pieces"),
        ("rev", "*", "pcs", "p", "money", "money from pieces"),
        ("prof", "-", "rev", "cost", "money", "profit")],
       g_cloth,
       [dict(key=k, mat=k.replace("_", " "), lo=lo, hi=hi) for k, lo, hi in
        [("cloth", 40, 120), ("rope", 15, 40), ("ribbon", 5, 20), ("electric_wire", 20, 60),
         ("plastic_pipe", 30, 90), ("lace", 10, 30)]])


def g_tank(r, c):
    r1 = r.randint(c["lo"], c["hi"])
    r2 = r.randint(c["lo"], c["hi"])
    t = r.randint(5, 60)
    a = r.randint(1, 40) * c["step"]
    return dict(C=(r1 + r2) * t + a, a=a, r1=r1, r2=r2)


family("fill_tank",
       "A {t} can hold {C} litres. It already has {a} litres of water. Two pipes fill it, one at {r1} litres per minute and the other at {r2} litres per minute. How many minutes will it take to fill the {t} completely?",
       dict(C=("l", "capacity"), a=("l", "water already inside"), r1=("l", "first pipe per minute"),
            r2=("l", "second pipe per minute")),
       [("rate", "+", "r1", "r2", "l", "water filled per minute"),
        ("need", "-", "C", "a", "l", "water still needed"),
        ("time", "/", "need", "rate", "min", "time to fill")],
       g_tank,
       [dict(key=k, t=k.replace("_", " "), lo=lo, hi=hi, step=st) for k, lo, hi, st in
        [("water_tank", 10, 30, 5), ("overhead_tank", 15, 40, 10), ("rain_barrel", 2, 8, 1),
         ("fish_pond", 20, 60, 25), ("drum", 3, 9, 2), ("swimming_pool", 80, 200, 100)]])

DIST = [2.5, 3.5, 1.5, 1.75, 4.2, 2.25, 3, 5, 0.8, 1.2, 6]


def g_walk(r, c):
    return dict(d=Fr(r.choice(DIST)), rest=r.randint(1, 3), w=r.randint(2, 8))


family("weekly_distance",
       "{N} {verb} {d} km every day but takes rest for {rest} days in a week. How many km does {he} cover in {w} weeks?",
       dict(d=("km", "distance per day"), rest=("count", "rest days per week"), w=("count", "number of weeks")),
       [("days", "-", 7, "rest", "count", "{act} days in a week"),
        ("wk", "*", "days", "d", "km", "distance in one week"),
        ("tot", "*", "wk", "w", "km", "total distance")],
       g_walk,
       [dict(key=v, verb=v, act=a) for v, a in
        [("walks", "walking"), ("jogs", "jogging"), ("cycles", "cycling"), ("runs", "running"),
         ("swims", "swimming"), ("rows", "rowing")]])

# ---------------------------------------------------------------- work & pay


def g_wages(r, c):
    h = r.randint(4, 10)
    rt = r.randint(c["lo"], c["hi"])
    d = r.randint(20, 26)
    e = r.randint(5, 40) * 10
    return dict(h=h, rt=rt, d=d, e=e)


family("wages",
       "A {job} works {h} hours a day and earns {rt} per hour. {He} works {d} days in a month and spends {e} on travel. How much does {he} save from this work in the month?",
       dict(h=("hr", "hours per day"), rt=("money", "pay per hour"), d=("count", "working days"), e=("money", "travel cost")),
       [("daily", "*", "h", "rt", "money", "pay for one day"),
        ("month", "*", "daily", "d", "money", "pay for the month"),
        ("save", "-", "month", "e", "money", "saving from work")],
       g_wages,
       [dict(key=k, job=k.replace("_", " "), lo=lo, hi=hi) for k, lo, hi in
        [("tailor", 40, 90), ("driver", 50, 120), ("painter", 60, 150), ("cook", 45, 100),
         ("tutor", 100, 300), ("farm_worker", 30, 70)]])


def g_salary(r, c):
    S = r.randint(c["lo"], c["hi"]) * 500
    R = r.randint(S // 2500, S // 1500) * 500
    Fd = r.randint(S // 2500, S // 1250) * 500
    return dict(S=S, R=R, Fd=Fd)


family("salary_savings",
       "{N} is a {job} with a monthly salary of {S}. Every month {he} pays {R} as house rent and spends {Fd} on food and other things. How much does {he} save in one year?",
       dict(S=("money", "monthly salary"), R=("money", "house rent"), Fd=("money", "food and other spending")),
       [("spent", "+", "R", "Fd", "money", "spending per month"),
        ("saved", "-", "S", "spent", "money", "saving per month"),
        ("year", "*", "saved", 12, "money", "saving in one year")],
       g_salary,
       [dict(key=k, job=k.replace("_", " "), lo=lo, hi=hi) for k, lo, hi in
        [("teacher", 50, 120), ("nurse", 44, 100), ("engineer", 100, 300), ("clerk", 36, 70),
         ("bank_officer", 120, 240), ("police_officer", 60, 140)]])


def g_overtime(r, c):
    rt = r.randint(c["lo"], c["hi"])
    o = rt + r.randint(10, 60)
    h1, h2 = r.randint(30, 48), r.randint(2, 12)
    tot = h1 * rt + h2 * o
    return dict(rt=rt, o=o, h1=h1, h2=h2, t=r.randint(1, max(2, tot // 100)) * 10)


family("overtime",
       "A {job} gets {rt} per hour for normal work and {o} per hour for overtime. In one week {he} works {h1} normal hours and {h2} overtime hours. {t} is cut for the union fee. How much does {he} take home for the week?",
       dict(rt=("money", "normal pay per hour"), o=("money", "overtime pay per hour"), h1=("hr", "normal hours"),
            h2=("hr", "overtime hours"), t=("money", "union fee")),
       [("p1", "*", "h1", "rt", "money", "normal pay"),
        ("p2", "*", "h2", "o", "money", "overtime pay"),
        ("tot", "+", "p1", "p2", "money", "total pay"),
        ("net", "-", "tot", "t", "money", "take home pay")],
       g_overtime,
       [dict(key=k, job=k.replace("_", " "), lo=lo, hi=hi) for k, lo, hi in
        [("factory_worker", 50, 120), ("security_guard", 40, 90), ("delivery_rider", 45, 110),
         ("mechanic", 70, 160), ("cashier", 50, 100), ("waiter", 40, 80)]])

# ---------------------------------------------------------------- people


def g_class(r, c):
    cc, s = r.randint(3, 8), r.randint(20, 45)
    k = r.choice([3, 4, 5, 6, 8])
    tot = cc * s
    a = r.randint(1, 15)
    a += (tot - a) % k
    return dict(c=cc, s=s, a=a, k=k)


family("groups",
       "A {place} has {c} {sec} with {s} students in each. On one day {a} students were absent. The present students are put in groups of {k}. How many groups are made?",
       dict(c=("count", "number of {sec}"), s=("count", "students in each"), a=("count", "absent students"),
            k=("count", "students in one group")),
       [("tot", "*", "c", "s", "count", "total students"),
        ("pres", "-", "tot", "a", "count", "present students"),
        ("grp", "/", "pres", "k", "count", "number of groups")],
       g_class,
       [dict(key=k, place=k.replace("_", " "), sec=s) for k, s in
        [("school", "sections"), ("college", "classrooms"), ("coaching_centre", "batches"),
         ("madrasa", "classes"), ("sports_academy", "teams"), ("tuition_centre", "batches")]])


def g_trip(r, c):
    v = r.randint(2, 8)
    cap = r.randint(c["lo"], c["hi"])
    t = r.randint(2, 8)
    return dict(n=v * cap - t, t=t, cap=cap, fare=r.randint(8, 30) * 100)


family("trip_hire",
       "{n} {ppl} and {t} {lead} are going to {dest}. Each {veh} can carry {cap} people and hiring one {veh} costs {fare}. What is the total hiring charge?",
       dict(n=("count", "number of {ppl}"), t=("count", "number of {lead}"), cap=("count", "seats in one {veh}"),
            fare=("money", "charge for one {veh}")),
       [("ppl", "+", "n", "t", "count", "total people"),
        ("veh", "/", "ppl", "cap", "count", "number of {vehs} needed"),
        ("cost", "*", "veh", "fare", "money", "total hiring charge")],
       g_trip,
       [dict(key=k, ppl=p, lead=l, dest=d, veh=v, vehs=v + ("es" if v.endswith("s") else "s"), lo=lo, hi=hi) for k, p, l, d, v, lo, hi in
        [("zoo", "students", "teachers", "the zoo", "bus", 40, 60),
         ("retreat", "church members", "ushers", "a retreat", "coach", 25, 35),
         ("picnic", "workers", "managers", "a picnic", "van", 10, 15),
         ("wedding", "wedding guests", "elders", "the village", "bus", 45, 60),
         ("shrine", "pilgrims", "guides", "the shrine", "minibus", 18, 26),
         ("stadium", "football fans", "organisers", "the stadium", "coach", 30, 45)]])


def g_shelves(r, c):
    sh, k, cc = r.randint(3, 12), r.randint(10, 40), r.randint(3, 9)
    tot = sh * k
    d = r.randint(5, 60)
    d += (-(tot + d)) % cc
    return dict(sh=sh, k=k, d=d, c=cc)


family("repack",
       "A {place} has {sh} shelves with {k} {things} on each shelf. Then {d} more {things} arrive. All the {things} are packed equally into {c} {boxes}. How many {things} go in each of the {boxes}?",
       dict(sh=("count", "number of shelves"), k=("count", "{things} on one shelf"), d=("count", "new {things}"),
            c=("count", "number of {boxes}")),
       [("tot", "*", "sh", "k", "count", "{things} on shelves"),
        ("new", "+", "tot", "d", "count", "all {things}"),
        ("each", "/", "new", "c", "count", "{things} in each of the {boxes}")],
       g_shelves,
       [dict(key=k, place=p, things=t, boxes=b) for k, p, t, b in
        [("library", "library", "books", "cartons"), ("clothes", "clothes shop", "shirts", "boxes"),
         ("pharmacy", "pharmacy", "bottles of syrup", "crates"), ("stationery", "stationery shop", "registers", "bundles"),
         ("toys", "toy shop", "toys", "sacks"), ("grocery", "grocery store", "tins of milk", "cartons")]])

# ---------------------------------------------------------------- farming


def g_harvest(r, c):
    rows, k = r.randint(3, 12), r.randint(4, 15)
    cr = r.choice([10, 12, 20, 24, 25, 50])
    f = r.randint(2, 8) * cr // __import__("math").gcd(rows * k, cr)
    return dict(r=rows, k=k, f=f, c=cr, p=r.randint(10, 60) * 10)


family("harvest",
       "A farmer has {r} rows of {trees} with {k} {trees} in each row. Each {tree} gives {f} {fruit}. He packs the {fruit} in crates of {c} and sells each crate for {p}. How much money does he get?",
       dict(r=("count", "number of rows"), k=("count", "{trees} in one row"), f=("count", "{fruit} from one {tree}"),
            c=("count", "{fruit} in one crate"), p=("money", "price of one crate")),
       [("trees", "*", "r", "k", "count", "number of {trees}"),
        ("fr", "*", "trees", "f", "count", "number of {fruit}"),
        ("crates", "/", "fr", "c", "count", "number of crates"),
        ("money", "*", "crates", "p", "money", "money from crates")],
       g_harvest,
       [dict(key=k, trees=k + " trees", tree=k + " tree", fruit=f) for k, f in
        [("mango", "mangoes"), ("coconut", "coconuts"), ("orange", "oranges"), ("guava", "guavas"),
         ("papaya", "papayas"), ("lemon", "lemons")]])


def g_eggs(r, c):
    d = r.randint(5, 30)
    # e*d divisible by c: make e a multiple of c/gcd(c,d)
    g = __import__("math").gcd(c["c"], d)
    e = (c["c"] // g) * r.randint(1, 12)
    p = r.randint(c["lo"], c["hi"])
    money = e * d // c["c"] * p
    return dict(e=e, d=d, c=c["c"], p=p, fc=r.randint(1, max(2, money // 20)) * 10)


family("eggs",
       "A farmer's {birds} lay {e} eggs every day. He sells the eggs by the {pack} of {c} at {p} per {pack}. Feed for {d} days costs {fc}. What is his profit for {d} days?",
       dict(e=("count", "eggs per day"), d=("count", "number of days"), c=("count", "eggs in one {pack}"),
            p=("money", "price of one {pack}"),
            fc=("money", "feed cost")),
       [("tot", "*", "e", "d", "count", "total eggs"),
        ("packs", "/", "tot", "c", "count", "number of {packs}"),
        ("money", "*", "packs", "p", "money", "money from eggs"),
        ("prof", "-", "money", "fc", "money", "profit")],
       g_eggs,
       [dict(key=k, birds=b, pack=pk, packs=pk + ("es" if pk.endswith("x") else "s"), c=cc, lo=lo, hi=hi) for k, b, pk, cc, lo, hi in
        [("hens_tray", "hens", "tray", 30, 150, 300), ("ducks_tray", "ducks", "tray", 30, 180, 360),
         ("quails_pack", "quails", "pack", 12, 40, 90), ("layers_crate", "layer hens", "crate", 30, 160, 320),
         ("guinea_dozen", "guinea fowls", "dozen", 12, 60, 140), ("geese_box", "geese", "box", 10, 80, 200)]])

# ---------------------------------------------------------------- property & time


def g_land(r, c):
    A = r.randint(c["alo"], c["ahi"]) * 50
    rt = r.randint(c["lo"], c["hi"]) * 100
    f = r.randint(10, 90) * 1000
    tot = A * rt + f
    dp = r.randint(1, max(1, tot // 200000)) * 100000
    return dict(A=A, rt=rt, f=f, dp=dp)


family("property",
       "{N} buys a {prop} of {A} square feet at {rt} per square foot. {He} pays {f} more as registration charges and gives a down payment of {dp}. How much is still to be paid?",
       dict(A=("count", "area in square feet"), rt=("money", "rate per square foot"), f=("money", "registration charges"),
            dp=("money", "down payment")),
       [("cost", "*", "A", "rt", "money", "cost of the {prop}"),
        ("tot", "+", "cost", "f", "money", "total cost"),
        ("rest", "-", "tot", "dp", "money", "amount still to pay")],
       g_land,
       [dict(key=k, prop=k.replace("_", " "), alo=alo, ahi=ahi, lo=lo, hi=hi) for k, alo, ahi, lo, hi in
        [("plot", 12, 48, 15, 60), ("flat", 10, 30, 30, 90), ("shop", 4, 12, 40, 120),
         ("office_space", 8, 24, 35, 100), ("house", 16, 50, 20, 70), ("godown", 20, 60, 10, 30)]])


def g_tasks(r, c):
    while True:
        m, n, rest = r.randint(5, 45), r.randint(3, 12), r.randint(5, 30)
        if (m * n + rest) % 15 == 0:
            return dict(m=m, n=n, rest=rest)


family("task_hours",
       "{N} takes {m} minutes to {task}. {He} has to finish {n} {objs} and after that {he} rests for {rest} minutes. How many hours does all this take?",
       dict(m=("min", "time for one"), n=("count", "number of {objs}"), rest=("min", "rest time")),
       [("work", "*", "m", "n", "min", "working time"),
        ("all", "+", "work", "rest", "min", "full time in minutes"),
        ("hrs", "/", "all", 60, "hr", "full time in hours")],
       g_tasks,
       [dict(key=k, task=t, objs=o) for k, t, o in
        [("shirts", "stitch one shirt", "shirts"), ("phones", "repair one phone", "phones"),
         ("bread", "bake one tray of bread", "trays"), ("cars", "wash one car", "cars"),
         ("pages", "type one page", "pages"), ("rice", "cook one pot of rice", "pots")]])


def g_recipe(r, c):
    per = Fr(r.choice([0.05, 0.1, 0.125, 0.15, 0.2, 0.25]))
    s = r.choice([4, 5, 8, 10, 12, 20])
    return dict(q=per * s, s=s, P=r.randint(2, 20) * 10, p=r.randint(c["lo"], c["hi"]))


family("recipe",
       "A cook uses {q} kg of {food} to feed {s} people. How much will the {food} cost for {P} people at {event} if it is {p} per kg?",
       dict(q=("kg", "{food} for the small group"), s=("count", "people in small group"), P=("count", "people at {event}"),
            p=("money", "rate per kg")),
       [("per", "/", "q", "s", "kg", "{food} for one person"),
        ("need", "*", "per", "P", "kg", "{food} needed"),
        ("cost", "*", "need", "p", "money", "cost of the {food}")],
       g_recipe,
       [dict(key=k, food=f, event=e, lo=lo, hi=hi) for k, f, e, lo, hi in
        [("rice", "rice", "a wedding", 40, 80), ("flour", "chapati flour", "a party", 30, 50),
         ("sugar", "sugar", "a school function", 40, 55), ("chicken", "chicken", "a naming ceremony", 180, 280),
         ("beans", "beans", "a church harvest", 60, 120), ("noodles", "noodles", "a birthday", 50, 100)]])


def g_bill(r, c):
    return dict(fx=r.randint(5, 20) * 10, rate=Fr(r.choice(c["rates"])), u=r.randint(c["lo"], c["hi"]),
                mo=r.randint(2, 6))


family("bill",
       "A {thing} bill has a fixed charge of {fx} and {rate} for each {unit}. A family uses {u} {units} every month. What is the total bill for {mo} months?",
       dict(fx=("money", "fixed charge"), rate=("money", "rate for one {unit}"), u=("count", "{units} used per month"),
            mo=("count", "number of months")),
       [("use", "*", "u", "rate", "money", "usage charge"),
        ("bill", "+", "fx", "use", "money", "bill for one month"),
        ("tot", "*", "bill", "mo", "money", "total bill")],
       g_bill,
       [dict(key=k, thing=t, unit=u, units=us, lo=lo, hi=hi, rates=rates) for k, t, u, us, lo, hi, rates in
        [("electricity", "electricity", "unit", "units", 80, 400, [2, 2.5, 3, 3.5, 4, 5, 6.5, 7]),
         ("data", "mobile data", "GB", "GB", 5, 60, [10, 12.5, 15, 20, 25]),
         ("water", "water", "cubic metre", "cubic metres", 10, 40, [8, 9.5, 12, 15.5, 20]),
         ("gas", "piped gas", "unit", "units", 20, 90, [11, 12.5, 14, 16.5]),
         ("internet", "cyber cafe", "hour", "hours", 10, 60, [15, 20, 25, 30]),
         ("taxi", "monthly taxi", "km", "km", 50, 300, [9, 10.5, 12, 14])]])


def g_grant(r, c):
    L = 100000
    G = r.randint(c["lo"], c["hi"]) * L
    a = r.randint(1, max(1, G // (4 * L))) * L
    b = r.randint(1, max(1, G // (4 * L))) * L // 2
    return dict(G=G, a=a, b=b, k=r.choice([2, 4, 5, 8, 10]))


family("grant_split",
       "A {body} gets a grant of {G}. It spends {a} on {t1} and {b} on {t2}. The remaining money is shared equally among {k} {units}. How much does each get?",
       dict(G=("money", "grant amount"), a=("money", "spent on {t1}"), b=("money", "spent on {t2}"),
            k=("count", "number of {units}")),
       [("spent", "+", "a", "b", "money", "total spending"),
        ("rest", "-", "G", "spent", "money", "remaining money"),
        ("each", "/", "rest", "k", "money", "share of each")],
       g_grant,
       [dict(key=k, body=bd, t1=t1, t2=t2, units=u, lo=lo, hi=hi) for k, bd, t1, t2, u, lo, hi in
        [("panchayat", "village panchayat", "a new road", "street lights", "wards", 100, 500),
         ("school_trust", "school trust", "new classrooms", "computers", "branches", 50, 200),
         ("cooperative", "farmers cooperative", "a cold store", "seeds", "villages", 80, 250),
         ("church_council", "church council", "a new roof", "chairs", "zones", 10, 80),
         ("mosque_committee", "mosque committee", "a water tank", "carpets", "projects", 8, 60),
         ("youth_club", "youth club", "a football ground", "uniforms", "teams", 5, 40)]])


def g_market(r, c):
    d = g_two_total(r, c)
    d["f"] = r.choice([10, 12, 15, 20, 25, 30])
    return d


family("market_trip",
       "{N} goes to the market by tricycle and the fare is {f} each way. There {he} buys {n1} {pl} at {p1} each and {n2} {pl2} at {p2} each. How much does the whole trip cost {him}?",
       dict(f=("money", "fare one way"), n1=("count", "number of {pl}"), p1=("money", "price of one {sg}"),
            n2=("count", "number of {pl2}"), p2=("money", "price of one {sg2}")),
       [("c1", "*", "n1", "p1", "money", "cost of the {pl}"),
        ("c2", "*", "n2", "p2", "money", "cost of the {pl2}"),
        ("goods", "+", "c1", "c2", "money", "cost of shopping"),
        ("fare", "*", "f", 2, "money", "fare both ways"),
        ("tot", "+", "goods", "fare", "money", "cost of whole trip")],
       g_market, item_contexts(10, True))


def all_templates():
    out = []
    for fam in FAMILIES:
        for ctx in fam["contexts"]:
            out.append((fam["name"] + "_" + ctx["key"], fam, ctx))
    return out
