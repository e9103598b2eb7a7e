"""Problem structures for the water / tanks / pools / plumbing genre."""
from fractions import Fraction as F
from core import leaf, Q, fmt

S = []  # list of structures


def structure(name, texts, ans):
    def deco(fn):
        S.append(dict(name=name, texts=texts, ans=ans, fn=fn))
        return fn
    return deco


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def n(v):
    return fmt(Q(v))


def m(v):
    return fmt(Q(v), money=True)


# Each fn(rng) -> (params dict for text, compute(C) -> final leaf)

@structure("rect_pool_liters", [
    "A rectangular swimming pool is {L} m long, {W} m wide and {D} m deep. How many liters of water does it hold when full?",
    "How many litres does a {L} m × {W} m pool hold if it is filled to a depth of {D} m? (1 m³ = 1,000 L)",
    "A concrete water tank has inside dimensions of {L} m by {W} m by {D} m. What is its capacity in liters?",
], "It holds {v} liters of water when full.")
def _(rng):
    L = rng.choice([5, 6, 7, 8, 9, 10, 12, 15]); W = rng.choice([3, 4, 5, 6]); D = rng.choice(["1.2", "1.5", "1.8", "2", "1.4", "1.6"])
    p = dict(L=n(L), W=n(W), D=n(D))
    def comp(C):
        v = C.do("*", [leaf(L, "m"), leaf(W, "m"), leaf(D, "m")], "volume", "m³", dp=3)
        return C.do("*", [v, leaf(1000, "L/m³")], "volume in liters", "L")
    return p, comp


@structure("rect_pool_fill_hours", [
    "A pool is {L} m long, {W} m wide and {D} m deep. A hose delivers {R} L/min. How many hours will it take to fill the empty pool?",
    "We're filling a {L} m × {W} m × {D} m tank from a supply line that runs at {R} liters per minute. How long, in hours, until it is full?",
    "A rectangular reservoir measures {L} m by {W} m and is {D} m deep. If water flows in at {R} L per minute, how many hours does filling it take?",
], "It will take {v} hours to fill it.")
def _(rng):
    while True:
        L = rng.choice([4, 5, 6, 8, 10, 12]); W = rng.choice([2, 3, 4, 5]); D = rng.choice(["1", "1.2", "1.5", "2"])
        R = rng.choice([20, 25, 30, 40, 50, 60, 75, 80, 100, 120])
        lit = Q(L) * W * Q(D) * 1000
        mins = lit / R
        if mins.denominator == 1 and (mins / 60 * 100).denominator == 1:
            break
    p = dict(L=n(L), W=n(W), D=n(D), R=n(R))
    def comp(C):
        v = C.do("*", [leaf(L, "m"), leaf(W, "m"), leaf(D, "m")], "volume", "m³")
        li = C.do("*", [v, leaf(1000, "L/m³")], "volume in liters", "L")
        t = C.do("/", [li, leaf(R, "L/min")], "filling time in minutes", "min")
        h = C.do("/", [t, leaf(60, "min/h")], "filling time in hours", "h")
        C.check("*", [h, leaf(60), leaf(R)], "L")
        return h
    return p, comp


@structure("ft_pool_gallons_hours", [
    "A backyard pool is {L} ft long, {W} ft wide with an average depth of {D} ft. Using 7.5 gallons per cubic foot, how many hours will a {R} gpm hose take to fill it?",
    "My pool is {L} feet by {W} feet and averages {D} feet deep. If one cubic foot holds 7.5 gallons and my garden hose puts out {R} gallons per minute, how long will filling it take in hours?",
    "A contractor needs to fill a {L}' × {W}' pool, average depth {D}', with a {R} GPM water truck pump. At 7.5 gal per cubic foot, how many hours of pumping is that?",
], "Filling it takes {v} hours.")
def _(rng):
    while True:
        L = rng.choice([16, 20, 24, 30, 32, 36, 40]); W = rng.choice([10, 12, 15, 16, 18, 20]); D = rng.choice(["4", "4.5", "5", "5.5", "6"])
        R = rng.choice([8, 10, 12, 15, 20, 25, 30, 40, 50])
        gal = Q(L) * W * Q(D) * Q("7.5")
        mins = gal / R
        if mins.denominator == 1 and (mins / 60 * 100).denominator == 1:
            break
    p = dict(L=n(L), W=n(W), D=n(D), R=n(R))
    def comp(C):
        v = C.do("*", [leaf(L, "ft"), leaf(W, "ft"), leaf(D, "ft")], "volume", "ft³")
        g = C.do("*", [v, leaf("7.5", "gal/ft³")], "volume in gallons", "gal")
        t = C.do("/", [g, leaf(R, "gpm")], "time in minutes", "min")
        return C.do("/", [t, leaf(60, "min/h")], "time in hours", "h")
    return p, comp


@structure("two_in_one_out", [
    "A {V} L tank has two inlet pipes that fill at {A} L/min and {B} L/min, while a drain lets out {Cc} L/min. Starting empty, how many minutes until the tank is full?",
    "Two pipes fill a cistern at {A} and {B} liters per minute. At the same time a leak in the outlet valve drains {Cc} liters per minute. If the cistern holds {V} liters, how long does it take to fill from empty, in minutes?",
    "A storage tank holding {V} litres is being filled by pipe A ({A} L/min) and pipe B ({B} L/min), but the outlet was left open and drains {Cc} L/min. How many minutes to fill it?",
], "The tank fills in {v} minutes.")
def _(rng):
    while True:
        A = rng.choice([12, 15, 18, 20, 24, 25, 30, 35, 40]); B = rng.choice([8, 10, 14, 16, 22, 28])
        Cc = rng.choice([6, 9, 11, 13, 17, 21])
        net = A + B - Cc
        if net <= 0:
            continue
        V = net * rng.choice([20, 25, 30, 40, 45, 50, 60, 75, 80, 90, 120])
        if V >= 400:
            break
    p = dict(V=n(V), A=n(A), B=n(B), Cc=n(Cc))
    def comp(C):
        nt = C.do("-", [C.do("+", [leaf(A, "L/min"), leaf(B, "L/min")], "combined inflow", "L/min"), leaf(Cc, "L/min")], "net fill rate", "L/min")
        t = C.do("/", [leaf(V, "L"), nt], "time to fill", "min")
        C.check("*", [t, nt], "L")
        return t
    return p, comp


@structure("net_negative_level", [
    "A tank holds {X} L of water. A pipe adds {A} L/min, but a drain removes {B} L/min. How much water is in the tank after {T} minutes?",
    "The water tank currently has {X} liters in it. Water flows in at {A} liters per minute and out at {B} liters per minute. How many liters remain after {T} minutes?",
    "A pool pump is draining a pool that holds {X} L while a hose is still running into it. The hose adds {A} L/min and the pump removes {B} L/min. How many liters are left after {T} min?",
], "After that time the tank holds {v} liters.")
def _(rng):
    while True:
        A = rng.choice([8, 10, 12, 15, 20, 25]); B = A + rng.choice([3, 5, 6, 7, 9, 12, 15])
        T = rng.choice([20, 30, 45, 60, 90, 120])
        X = rng.choice([2000, 2500, 3000, 4200, 5000, 6400, 8000])
        if X - (B - A) * T > 0:
            break
    p = dict(X=n(X), A=n(A), B=n(B), T=n(T))
    def comp(C):
        nt = C.do("-", [leaf(A, "L/min"), leaf(B, "L/min")], "net rate", "L/min")
        ch = C.do("*", [nt, leaf(T, "min")], "change in volume", "L")
        return C.do("+", [leaf(X, "L"), ch], "water remaining", "L")
    return p, comp


@structure("leak_year_cost", [
    "A leaky toilet wastes {g} gallons of water per day. If water costs {r} per 1,000 gallons, how much does the leak cost over a year (365 days)?",
    "A running toilet flapper can leak {g} gallons a day. My utility charges {r} per thousand gallons. What does that leak cost me per year?",
    "A faucet leak is wasting {g} gal/day. At a rate of {r} per 1,000 gal, what is the yearly cost of the leak?",
], "The leak costs about {v} per year.")
def _(rng):
    g = rng.choice([20, 24, 30, 40, 45, 50, 60, 75, 80, 120, 200])
    r = rng.choice(["3.50", "4.25", "5.10", "6.80", "7.40", "9.20", "4.75", "11.30"])
    p = dict(g=n(g), r=m(r))
    def comp(C):
        y = C.do("*", [leaf(g, "gal/day"), leaf(365, "days")], "gallons per year", "gal")
        k = C.do("/", [y, leaf(1000)], "thousands of gallons", "", dp=3)
        return C.do("*", [k, leaf(r, money=True)], "yearly cost", money=True)
    return p, comp


@structure("leak_liters_year", [
    "A dripping tap loses {h} L of water per hour. How much water is wasted in a year, and what does it cost if water is priced at {r} per m³?",
    "A pipe joint under the sink leaks {h} liters every hour. At {r} per cubic meter, how much does a year of leaking cost?",
    "A slow leak in a garden line loses {h} litres per hour, day and night. Water is billed at {r}/m³. What is the annual cost?",
], "The leak wastes water worth {v} a year.")
def _(rng):
    h = rng.choice(["0.5", "1.5", "2", "2.5", "3", "4", "0.8", "1.2"])
    r = rng.choice(["1.80", "2.40", "3.15", "2.75", "4.10", "1.95"])
    p = dict(h=n(h), r=m(r))
    def comp(C):
        d = C.do("*", [leaf(h, "L/h"), leaf(24, "h")], "liters per day", "L")
        y = C.do("*", [d, leaf(365, "days")], "liters per year", "L")
        c = C.do("/", [y, leaf(1000, "L/m³")], "cubic meters per year", "m³", dp=3)
        return C.do("*", [c, leaf(r, money=True)], "annual cost", money=True)
    return p, comp


@structure("tiered_bill", [
    "A water utility charges {r1} per m³ for the first {T} m³ each month and {r2} per m³ for any water above that, plus a fixed fee of {f}. A household uses {U} m³ in a month. What is the bill?",
    "Our water bill works like this: {f} service charge, {r1}/m³ for the first {T} m³, then {r2}/m³ after that. We used {U} m³ last month. How much do we owe?",
    "Water costs {r1} per cubic meter up to {T} m³ and {r2} per cubic meter beyond {T} m³. There is also a {f} monthly fee. How much is the bill for {U} m³?",
], "The monthly bill is {v}.")
def _(rng):
    T = rng.choice([10, 12, 15, 20]); U = T + rng.choice([3, 4, 6, 7, 8, 9, 11, 14])
    r1 = rng.choice(["1.20", "1.45", "1.80", "2.10", "2.35"]); r2 = str(Q(r1) + Q(rng.choice(["0.60", "0.85", "1.15", "1.40"])))
    f = rng.choice(["8.50", "12.00", "15.75", "9.95", "18.40"])
    p = dict(T=n(T), U=n(U), r1=m(r1), r2=m(r2), f=m(f))
    def comp(C):
        ex = C.do("-", [leaf(U, "m³"), leaf(T, "m³")], "usage above the first tier", "m³")
        c1 = C.do("*", [leaf(T, "m³"), leaf(r1, money=True)], "first-tier charge", money=True)
        c2 = C.do("*", [ex, leaf(r2, money=True)], "second-tier charge", money=True)
        return C.do("+", [c1, c2, leaf(f, money=True)], "total bill", money=True)
    return p, comp


@structure("chem_per_10k", [
    "Pool shock is dosed at {d} oz per 10,000 gallons. How many ounces do you need for a {G}-gallon pool?",
    "The label says to add {d} ounces of chlorine per 10,000 gallons of pool water. My pool holds {G} gallons. How much should I add?",
    "A pool-care guide recommends {d} oz of stabilizer for every 10,000 gal. How many ounces are needed for a pool containing {G} gallons?",
], "You need {v} oz.")
def _(rng):
    G = rng.choice([12000, 15000, 18000, 22000, 25000, 28000, 32000, 35000, 14500, 27500])
    d = rng.choice([10, 12, 13, 16, 20, 24, 26, 32])
    p = dict(G=n(G), d=n(d))
    def comp(C):
        u = C.do("/", [leaf(G, "gal"), leaf(10000, "gal")], "number of 10,000-gallon units", "", dp=3)
        a = C.do("*", [u, leaf(d, "oz")], "amount needed", "oz")
        return a
    return p, comp


@structure("chem_cost_lb", [
    "A {G}-gallon pool needs {d} lb of alkalinity increaser per 10,000 gallons. The product costs {c} per pound. How much will the treatment cost?",
    "To raise alkalinity, the guide says {d} pounds of baking soda per 10,000 gallons. Baking soda is {c}/lb. What does it cost to treat my {G} gallon pool?",
    "Pool salt is added at {d} lb per 10,000 gal. How much does it cost to dose a {G} gal pool if salt costs {c} per lb?",
], "The treatment costs {v}.")
def _(rng):
    G = rng.choice([10000, 15000, 20000, 24000, 30000, 16000, 18000])
    d = rng.choice(["1.5", "2", "2.5", "3", "1.4", "5"])
    c = rng.choice(["0.85", "1.20", "1.75", "2.40", "0.60"])
    p = dict(G=n(G), d=n(d), c=m(c))
    def comp(C):
        u = C.do("/", [leaf(G, "gal"), leaf(10000, "gal")], "10,000-gallon units", "", dp=3)
        lb = C.do("*", [u, leaf(d, "lb")], "pounds needed", "lb")
        return C.do("*", [lb, leaf(c, money=True)], "cost", money=True)
    return p, comp


@structure("rain_barrels", [
    "A shed roof has an area of {A} m². During a storm, {R} mm of rain falls. Each rain barrel holds {cap} L. How many barrels are needed to collect all the runoff? (1 mm of rain on 1 m² gives 1 L.)",
    "If {R} mm of rain falls on a {A} square-metre roof, and 1 mm on 1 m² yields 1 litre, how many {cap}-litre barrels would you need to store it all?",
    "I want to catch the rain from my {A} m² garage roof. A typical storm here drops {R} mm. My barrels hold {cap} L each. How many barrels do I need? (Each mm of rain on one m² = 1 L.)",
], "You need {v} barrels.")
def _(rng):
    while True:
        A = rng.choice([12, 15, 18, 20, 24, 30, 36, 45]); R = rng.choice([8, 10, 12, 15, 20, 25]); cap = rng.choice([100, 150, 200, 210, 250])
        if (Q(A) * R / cap) > 1 and (Q(A) * R) % cap != 0:
            break
    p = dict(A=n(A), R=n(R), cap=n(cap))
    def comp(C):
        lit = C.do("*", [leaf(A, "m²"), leaf(R, "mm")], "rain collected", "L")
        b = C.do("/", [lit, leaf(cap, "L")], "barrels", "", dp=2)
        return C.ceil(b, "barrels", "barrels")
    return p, comp


@structure("rain_gallons_inch", [
    "A roof of {A} square feet gets {R} inches of rain. Each inch of rain on one square foot yields about 0.623 gallons. How many 55-gallon rain barrels would it fill?",
    "Rule of thumb: 1 inch of rain on 1 sq ft of roof = 0.623 gallons. My roof is {A} sq ft, and we got {R} in. of rain. How many 55 gal barrels could I fill completely?",
    "Using 0.623 gallons per square foot per inch of rain, how many full 55-gallon barrels can be filled from {R} inches of rain on a {A} ft² roof?",
], "It fills {v} barrels completely.")
def _(rng):
    A = rng.choice([400, 500, 600, 750, 800, 1000, 1200, 1500]); R = rng.choice(["0.5", "1", "1.5", "2", "0.75", "1.25"])
    p = dict(A=n(A), R=n(R))
    def comp(C):
        si = C.do("*", [leaf(A, "sq ft"), leaf(R, "in")], "square-foot inches", "")
        g = C.do("*", [si, leaf("0.623", "gal")], "gallons collected", "gal", dp=1)
        b = C.do("/", [g, leaf(55, "gal")], "barrels", "", dp=2)
        return C.floor(b, "full barrels", "barrels")
    return p, comp


@structure("cylinder_tank", [
    "A cylindrical water tank has a radius of {r} m and a height of {h} m. Using π ≈ 3.14, how many liters does it hold?",
    "How many litres of water fit in a round tank {h} m tall with a radius of {r} m? Use 3.14 for π.",
    "A round above-ground pool has a radius of {r} m and is filled to {h} m. Taking π as 3.14, how many liters of water is that?",
], "It holds {v} liters.")
def _(rng):
    r = rng.choice(["0.5", "1", "1.5", "2", "2.5", "3", "0.8", "1.2"]); h = rng.choice(["1", "1.2", "1.5", "2", "2.5", "3"])
    p = dict(r=n(r), h=n(h))
    def comp(C):
        a = C.do("*", [leaf("3.14"), leaf(r, "m"), leaf(r, "m")], "base area", "m²", dp=4)
        v = C.do("*", [a, leaf(h, "m")], "volume", "m³", dp=5)
        return C.do("*", [v, leaf(1000, "L/m³")], "volume in liters", "L")
    return p, comp


@structure("drain_partial", [
    "A {G}-gallon pool is {pc}% full. A pump drains it at {R} gallons per minute. How many hours will it take to empty?",
    "My pool holds {G} gallons when full, but it's only {pc}% full right now. If my submersible pump moves {R} gpm, how long in hours to drain it?",
    "A pool with a capacity of {G} gal is currently at {pc}% of capacity. At a drain rate of {R} GPM, how many hours until it is empty?",
], "Draining takes {v} hours.")
def _(rng):
    while True:
        G = rng.choice([8000, 10000, 12000, 15000, 18000, 20000, 24000]); pc = rng.choice([60, 75, 80, 90, 85, 40])
        R = rng.choice([20, 25, 30, 40, 50, 60])
        w = Q(G) * pc / 100
        t = w / R
        if t.denominator == 1 and (t / 60 * 100).denominator == 1:
            break
    p = dict(G=n(G), pc=n(pc), R=n(R))
    def comp(C):
        w = C.do("*", [leaf(F(pc, 100), pct=True), leaf(G, "gal")], "water in the pool", "gal")
        t = C.do("/", [w, leaf(R, "gpm")], "time in minutes", "min")
        return C.do("/", [t, leaf(60)], "time in hours", "h")
    return p, comp


@structure("evaporation", [
    "A pool surface is {L} m by {W} m. In hot weather it loses {c} cm of water per day to evaporation. How many liters evaporate in {d} days?",
    "Evaporation lowers the water in a {L} m × {W} m pool by {c} cm a day. How many litres need topping up after {d} days?",
    "A water reservoir with a surface of {L} m × {W} m loses {c} cm per day to evaporation. Find the total liters lost over {d} days.",
], "About {v} liters evaporate.")
def _(rng):
    L = rng.choice([8, 10, 12, 15, 20]); W = rng.choice([4, 5, 6, 8]); c = rng.choice(["0.5", "0.6", "0.8", "1", "1.2"]); d = rng.choice([5, 7, 10, 14, 30])
    p = dict(L=n(L), W=n(W), c=n(c), d=n(d))
    def comp(C):
        a = C.do("*", [leaf(L, "m"), leaf(W, "m")], "surface area", "m²")
        cm = C.do("*", [leaf(c, "cm/day"), leaf(d, "days")], "total drop", "cm")
        mm_ = C.do("/", [cm, leaf(100)], "total drop in meters", "m", dp=4)
        v = C.do("*", [a, mm_], "volume lost", "m³", dp=4)
        return C.do("*", [v, leaf(1000, "L/m³")], "liters lost", "L")
    return p, comp


@structure("lowflow_shower", [
    "An old shower head uses {o} gallons per minute and a low-flow one uses {w} gpm. A family takes {s} showers a day averaging {t} minutes each. How many gallons a year (365 days) does switching save?",
    "Swapping a {o} gpm shower head for a {w} gpm model: if our household takes {s} showers daily at {t} minutes each, how much water do we save per year?",
    "A {o} GPM shower head is replaced with a {w} GPM one. There are {s} showers a day, {t} minutes long. What are the annual water savings in gallons?",
], "Switching saves {v} gallons per year.")
def _(rng):
    o = rng.choice(["2.5", "3", "3.5", "4", "5"]); w = rng.choice(["1.5", "1.8", "2", "1.25"]); s = rng.choice([2, 3, 4, 5]); t = rng.choice([6, 8, 10, 12, 15])
    p = dict(o=n(o), w=n(w), s=n(s), t=n(t))
    def comp(C):
        dd = C.do("-", [leaf(o, "gpm"), leaf(w, "gpm")], "savings per minute", "gpm")
        mins = C.do("*", [leaf(s), leaf(t, "min")], "shower minutes per day", "min")
        day = C.do("*", [dd, mins], "gallons saved per day", "gal")
        return C.do("*", [day, leaf(365, "days")], "gallons saved per year", "gal")
    return p, comp


@structure("toilet_savings", [
    "An old toilet uses {o} gallons per flush; a new one uses {w}. A household of {p} people flushes {f} times per person per day. Water costs {r} per 1,000 gallons. How much money does the new toilet save in a year of 365 days?",
    "We have {p} people at home, each flushing about {f} times a day. Replacing a {o} gpf toilet with a {w} gpf model, and paying {r} per thousand gallons, what is the yearly saving in dollars?",
    "A {o}-gallon-per-flush toilet is swapped for a {w}-gallon-per-flush toilet. With {p} people flushing {f} times each daily and water at {r}/1,000 gal, how much is saved per year?",
], "The new toilet saves about {v} per year.")
def _(rng):
    o = rng.choice(["3.5", "5", "3", "4"]); w = rng.choice(["1.28", "1.6", "1.1"]); pp = rng.choice([2, 3, 4, 5]); f = rng.choice([4, 5, 6])
    r = rng.choice(["4.50", "6.20", "8.75", "5.40"])
    p = dict(o=n(o), w=n(w), p=n(pp), f=n(f), r=m(r))
    def comp(C):
        fl = C.do("*", [leaf(pp), leaf(f)], "flushes per day", "flushes")
        dd = C.do("-", [leaf(o, "gal"), leaf(w, "gal")], "savings per flush", "gal")
        day = C.do("*", [fl, dd], "gallons saved per day", "gal")
        yr = C.do("*", [day, leaf(365, "days")], "gallons saved per year", "gal")
        k = C.do("/", [yr, leaf(1000)], "thousands of gallons", "", dp=4)
        return C.do("*", [k, leaf(r, money=True)], "money saved", money=True)
    return p, comp


@structure("tank_percent_fill", [
    "A {Cap} L water tank is {pc}% full. A pump adds {R} L/min. How many minutes until it is full?",
    "The rainwater tank holds {Cap} liters and the gauge reads {pc}%. If I top it up with the mains at {R} liters per minute, how long will it take in minutes?",
    "A header tank with capacity {Cap} L currently sits at {pc}% full. Water enters at {R} L/min. How many minutes does it take to reach full?",
], "It takes {v} minutes to fill.")
def _(rng):
    while True:
        Cap = rng.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 5000]); pc = rng.choice([15, 20, 25, 35, 40, 45, 60, 65, 70])
        R = rng.choice([8, 10, 12, 15, 20, 25, 30, 40])
        need = Q(Cap) * (100 - pc) / 100
        if need.denominator == 1 and ((need / R) * 10).denominator == 1:
            break
    p = dict(Cap=n(Cap), pc=n(pc), R=n(R))
    def comp(C):
        cur = C.do("*", [leaf(F(pc, 100), pct=True), leaf(Cap, "L")], "water already in the tank", "L")
        need_ = C.do("-", [leaf(Cap, "L"), cur], "water still needed", "L")
        return C.do("/", [need_, leaf(R, "L/min")], "time to fill", "min", dp=1)
    return p, comp


@structure("gal_to_liters_fill", [
    "A {G}-gallon hot water tank has to be filled from a line delivering {R} L/min. Using 1 gallon ≈ 3.785 L, how many minutes does it take?",
    "My water heater holds {G} US gallons. If the supply runs at {R} liters per minute, how many minutes to fill it? (1 gal = 3.785 L)",
    "How long, in minutes, to fill a {G} gal tank with a {R} L/min pump? Use 3.785 liters per gallon.",
], "It takes about {v} minutes.")
def _(rng):
    G = rng.choice([30, 40, 50, 60, 80, 100, 120, 250, 500]); R = rng.choice([6, 8, 9, 12, 15, 18, 20, 24])
    p = dict(G=n(G), R=n(R))
    def comp(C):
        li = C.do("*", [leaf(G, "gal"), leaf("3.785", "L/gal")], "volume in liters", "L")
        return C.do("/", [li, leaf(R, "L/min")], "time", "min", dp=1)
    return p, comp


@structure("per_1000_bill", [
    "A household uses {U} gallons of water in a month. Water is billed at {r} per 1,000 gallons and sewer at {s} per 1,000 gallons, plus a {b} base charge. What is the monthly bill?",
    "Our meter shows {U} gallons used this month. The city charges {r}/1,000 gal for water, {s}/1,000 gal for sewer, and a flat {b}. How much is the bill?",
    "Water: {r} per thousand gallons. Sewer: {s} per thousand gallons. Base fee: {b}. Usage: {U} gallons. Find the total bill.",
], "The bill comes to {v}.")
def _(rng):
    U = rng.choice([3500, 4200, 5000, 6500, 7200, 8000, 9600, 12400])
    r = rng.choice(["3.10", "4.25", "5.60", "6.05"]); s = rng.choice(["2.80", "3.95", "4.40", "7.15"]); b = rng.choice(["10.00", "12.50", "18.25", "22.00"])
    p = dict(U=n(U), r=m(r), s=m(s), b=m(b))
    def comp(C):
        k = C.do("/", [leaf(U, "gal"), leaf(1000)], "thousands of gallons", "", dp=3)
        w = C.do("*", [k, leaf(r, money=True)], "water charge", money=True)
        se = C.do("*", [k, leaf(s, money=True)], "sewer charge", money=True)
        return C.do("+", [w, se, leaf(b, money=True)], "total bill", money=True)
    return p, comp


@structure("drip_irrigation", [
    "A drip system has {e} emitters rated at {g} gallons per hour. It runs {h} hours a day, {d} days a week. How many gallons does it use per week?",
    "My garden drip line has {e} emitters at {g} gph each. I run it {h} hours per day on {d} days each week. How much water is that weekly, in gallons?",
    "An irrigation zone uses {e} drippers of {g} GPH. If it runs {h} h per day for {d} days a week, what is the weekly water use in gallons?",
], "The system uses {v} gallons per week.")
def _(rng):
    e = rng.choice([12, 18, 24, 30, 36, 40, 48, 60]); g = rng.choice(["0.5", "1", "2", "0.25", "1.5"]); h = rng.choice(["0.5", "1", "1.5", "2", "0.75"]); d = rng.choice([2, 3, 4, 7])
    p = dict(e=n(e), g=n(g), h=n(h), d=n(d))
    def comp(C):
        r = C.do("*", [leaf(e), leaf(g, "gph")], "total flow", "gph")
        day = C.do("*", [r, leaf(h, "h")], "gallons per day", "gal")
        return C.do("*", [day, leaf(d, "days")], "gallons per week", "gal")
    return p, comp


@structure("aquarium_buckets", [
    "An aquarium measures {L} cm × {W} cm × {H} cm. How many trips with a {b} L bucket are needed to fill it? (1,000 cm³ = 1 L)",
    "I'm filling a fish tank that is {L} cm long, {W} cm wide and {H} cm high using a {b}-litre bucket. How many bucket trips will it take?",
    "A glass tank has inside dimensions {L} cm by {W} cm by {H} cm. Carrying water in a {b} L bucket, how many full or partial bucket loads are needed to fill it?",
], "It takes {v} bucket trips.")
def _(rng):
    while True:
        L = rng.choice([60, 80, 90, 100, 120]); W = rng.choice([30, 35, 40, 45, 50]); H = rng.choice([35, 40, 45, 50, 60]); b = rng.choice([8, 10, 12, 15])
        cc = L * W * H
        if cc % 1000 == 0 and (cc // 1000) % b != 0:
            break
    p = dict(L=n(L), W=n(W), H=n(H), b=n(b))
    def comp(C):
        v = C.do("*", [leaf(L, "cm"), leaf(W, "cm"), leaf(H, "cm")], "volume", "cm³")
        li = C.do("/", [v, leaf(1000, "cm³/L")], "volume in liters", "L")
        t = C.do("/", [li, leaf(b, "L")], "bucket loads", "", dp=2)
        return C.ceil(t, "trips", "trips")
    return p, comp
