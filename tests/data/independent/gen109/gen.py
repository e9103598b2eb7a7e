#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (road trips & cars)
with seeded arithmetic faults.  Deterministic: python3 gen.py --out set.jsonl
Standard library only."""
import argparse
import json
import math
import random
from fractions import Fraction as F

N_PROBLEMS = 612
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
         "double_digit", "wrong_op", "decimal_shift"]


# ---------------------------------------------------------------- numbers
def rhu(x, d):
    """Round half up (x >= 0) to d decimals, exact."""
    q = F(10) ** d
    return F(math.floor(x * q + F(1, 2))) / q


def ndec(x, cap=8):
    for d in range(cap + 1):
        if rhu(x, d) == x:
            return d
    return cap


def fmt(x, d, sep=","):
    x = rhu(x, d)
    n = int(x * 10 ** d)
    ip, fp = divmod(n, 10 ** d)
    s = "{:,}".format(ip).replace(",", sep)
    if d:
        s += "." + str(fp).zfill(d)
    return s


def decs_of(s):
    return len(s.split(".")[1]) if "." in s else 0


class ND:
    """A displayed number: value, decimals written, money?, percent?"""
    __slots__ = ("v", "d", "money", "pct")

    def __init__(self, v, d, money=False, pct=False):
        self.v, self.d, self.money, self.pct = v, d, money, pct


# ---------------------------------------------------------------- expressions
def N(s, unit="", money=False, pct=False):
    s = str(s)
    return ("n", s, unit, money, pct)


def R(sid):
    return ("r", sid)


def O(op, *ch):
    return ("o", op, list(ch))


def P(ch):
    return ("p", ch)


def leaf_val(node):
    _, s, unit, money, pct = node
    v = F(s.replace(",", ""))
    return v / 100 if pct else v


def ev(e, refs):
    t = e[0]
    if t == "n":
        return leaf_val(e)
    if t == "r":
        return refs[e[1]].v
    if t == "p":
        return ev(e[1], refs)
    op, ch = e[1], e[2]
    acc = ev(ch[0], refs)
    for c in ch[1:]:
        v = ev(c, refs)
        if op == "+":
            acc += v
        elif op == "-":
            acc -= v
        elif op == "*":
            acc *= v
        else:
            acc /= v
    return acc


def S(sid, e, dec=0, unit="", money=False, pct=False, label="", what="",
      kind="calc", reason=""):
    return dict(id=sid, e=e, dec=dec, unit=unit, money=money, pct=pct,
                label=label, what=what, kind=kind, reason=reason)


# ---------------------------------------------------------------- evaluation
def evaluate(prob, fault=None):
    """fault = (sid, ND wrong, mode) ; returns dict sid -> info."""
    out = {}
    for st in prob["steps"] + ([prob["check"]] if prob.get("check") else []):
        v = ev(st["e"], {k: o["ref"] for k, o in out.items()})
        if st["kind"] in ("ceil", "floor"):
            r = F(math.ceil(v)) if st["kind"] == "ceil" else F(math.floor(v))
            nd = ND(r, 0)
            out[st["id"]] = dict(true=v, disp=nd, ref=nd, rel="→")
            continue
        if st["pct"]:
            rv = rhu(v * 100, st["dec"]) / 100
            exact = rv == v
            d = ndec(v * 100) if exact else st["dec"]
        elif st["money"]:
            rv = rhu(v, 2)
            exact = rv == v
            d = 2
        else:
            rv = rhu(v, st["dec"])
            exact = rv == v
            d = ndec(v) if exact else st["dec"]
        nd = ND(rv, d, st["money"], st["pct"])
        info = dict(true=v, disp=nd, ref=nd, rel="=" if exact else "≈")
        if fault and fault[0] == st["id"]:
            info["disp"] = fault[1]
            if fault[2] == "carry":
                info["ref"] = fault[1]
        out[st["id"]] = info
    return out


# ---------------------------------------------------------------- pools
NAMES = ["Maya", "Jordan", "Priya", "Luis", "Hannah", "Omar", "Chen", "Sofia",
         "Derek", "Aisha", "Tom", "Keiko", "Marcus", "Elena", "Ravi", "Grace",
         "Noah", "Fatima", "Ben", "Lucia", "Sam", "Ingrid", "Tariq", "Megan"]
US_ROUTES = [("Denver", "Salt Lake City"), ("Chicago", "St. Louis"),
             ("Austin", "Houston"), ("Portland", "Seattle"),
             ("Atlanta", "Nashville"), ("Boston", "Philadelphia"),
             ("Phoenix", "San Diego"), ("Dallas", "Oklahoma City"),
             ("Charlotte", "Richmond"), ("Minneapolis", "Milwaukee"),
             ("Albuquerque", "Santa Fe"), ("Reno", "Sacramento"),
             ("Kansas City", "Omaha"), ("Tampa", "Savannah")]
KM_ROUTES = [("Calgary", "Banff"), ("Toronto", "Ottawa"), ("Lyon", "Marseille"),
             ("Munich", "Vienna"), ("Montreal", "Quebec City"),
             ("Vancouver", "Kelowna"), ("Madrid", "Valencia"),
             ("Edmonton", "Jasper"), ("Halifax", "Moncton"), ("Perth", "Albany")]
GROUPS = ["friends", "college roommates", "coworkers", "cousins", "bandmates"]


def money_s(s):
    return "$" + s


def comma(n):
    return "{:,}".format(n)


# ---------------------------------------------------------------- templates
def t_fuel_round_trip(rng):
    name = rng.choice(NAMES)
    c1, c2 = rng.choice(US_ROUTES)
    D = rng.randrange(95, 480)
    M = rng.randrange(22, 41)
    if rng.random() < 0.35:
        P_ = "{:.2f}9".format(rng.randrange(289, 499) / 100)
    else:
        P_ = "{:.2f}".format(rng.randrange(289, 499) / 100)
    steps = [
        S("dist", O("*", N(D, "miles"), N(2)), unit="miles",
          label="Round-trip distance", what="the round-trip distance"),
        S("gal", O("/", R("dist"), N(M, "mpg")), dec=2, unit="gallons",
          label="Gas needed", what="the gas needed"),
        S("cost", O("*", R("gal"), N(P_, "", True)), money=True,
          label="Fuel cost", what="the fuel cost"),
    ]
    probs = [
        f"{name} is driving from {c1} to {c2}, a distance of {D} miles each way, and will come back the same way. "
        f"The car gets {M} miles per gallon, and gas costs ${P_} per gallon. How much will {name} spend on gas for "
        f"the round trip? Round to the nearest cent.",
        f"A round trip from {c1} to {c2} and back covers {D} miles in each direction. The car averages {M} mpg, "
        f"and fuel is ${P_} a gallon. To the nearest cent, what will the fuel for the whole trip cost?",
        f"{name} plans a weekend drive to {c2}, which is {D} miles from home, and then back. If the car gets {M} mpg "
        f"and gas is ${P_}/gal, how much will the gas cost in total (nearest cent)?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="cost",
                given=[("One-way distance", f"{D} miles"), ("Fuel economy", f"{M} mpg"),
                       ("Gas price", f"${P_} per gallon")],
                closing=["the gas for the round trip costs about {A}",
                         name + " will spend about {A} on gas",
                         "the total fuel cost for the round trip is {A}"])


def t_fuel_metric(rng):
    name = rng.choice(NAMES)
    c1, c2 = rng.choice(KM_ROUTES)
    D = rng.randrange(180, 960)
    c = "{:.1f}".format(rng.randrange(48, 99) / 10)
    pr = "{:.2f}".format(rng.randrange(139, 215) / 100)
    rt = rng.random() < 0.5
    chain = rng.random() < 0.4
    steps = []
    src = N(D, "km")
    if rt:
        steps.append(S("tot", O("*", N(D, "km"), N(2)), unit="km",
                       label="Total distance", what="the total distance"))
        src = R("tot")
    if chain:
        steps.append(S("lit", O("*", O("/", src, N(100)), N(c, "L/100 km")), dec=2, unit="L",
                       label="Fuel used", what="the fuel used"))
    else:
        steps.append(S("hund", O("/", src, N(100)), dec=2, unit="hundred km",
                       label="Hundreds of kilometres", what="the number of 100 km blocks"))
        steps.append(S("lit", O("*", R("hund"), N(c, "L")), dec=2, unit="L",
                       label="Fuel used", what="the fuel used"))
    steps.append(S("cost", O("*", R("lit"), N(pr, "", True)), money=True,
                   label="Fuel cost", what="the fuel cost"))
    way = "there and back" if rt else "one way"
    probs = [
        f"{name} is driving from {c1} to {c2}, {D} km each way, and is going {way}. The car uses {c} L/100 km and "
        f"fuel costs ${pr} per litre. What is the fuel cost for the drive, to the nearest cent?",
        f"The drive from {c1} to {c2} is {D} km. {name}'s car is rated at {c} L/100 km, and fuel is ${pr}/L. "
        f"How much will fuel cost if {name} drives {way}?",
        f"A rental hatchback burns {c} litres per 100 km. {name} drives from {c1} to {c2} ({D} km) {way}. "
        f"With fuel at ${pr} per litre, what does the fuel cost?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="cost",
                given=[("Distance", f"{D} km each way"), ("Consumption", f"{c} L/100 km"),
                       ("Fuel price", f"${pr} per litre")],
                closing=["the fuel for the drive costs {A}", "{name} will pay about {A} for fuel".replace("{name}", name)])


def t_mpg_to_l100(rng):
    M = rng.randrange(21, 48)
    trip = rng.random() < 0.55
    T = rng.randrange(150, 720)
    name = rng.choice(NAMES)
    steps = [
        S("kmg", O("*", N(M, "mpg"), N("1.609")), dec=3, unit="km per gallon",
          label="Kilometres per gallon", what="the distance per gallon in km"),
        S("kml", O("/", R("kmg"), N("3.785")), dec=2, unit="km/L",
          label="Kilometres per litre", what="the distance per litre"),
        S("l100", O("/", N(100), R("kml")), dec=2, unit="L/100 km",
          label="Litres per 100 km", what="the consumption in L/100 km"),
    ]
    ans = "l100"
    if trip:
        steps.append(S("lit", O("*", O("/", N(T, "km"), N(100)), R("l100")), dec=2, unit="L",
                       label="Fuel for the trip", what="the fuel for the trip"))
        ans = "lit"
    extra = f" Then find how many litres a {T} km trip would use." if trip else ""
    probs = [
        f"{name}'s American car is rated at {M} mpg. Using 1 mile = 1.609 km and 1 gallon = 3.785 L, convert this "
        f"to litres per 100 km (round each step to 2 decimal places).{extra}",
        f"A car gets {M} miles per gallon. Express its fuel consumption in L/100 km, using 1.609 km per mile and "
        f"3.785 litres per gallon and rounding to the nearest hundredth.{extra}",
        f"{name} is moving to Canada and wants to compare fuel figures. The car does {M} mpg (US). With "
        f"1 mi = 1.609 km and 1 gal = 3.785 L, what is that in L/100 km?{extra}",
    ]
    closing = (["the trip would use about {A} of fuel", "a " + str(T) + " km trip needs about {A}"] if trip else
               ["the car uses about {A}", "{A} is the equivalent consumption"])
    return dict(problem=rng.choice(probs), steps=steps, answer=ans,
                given=[("Fuel economy", f"{M} mpg"), ("Conversions", "1 mi = 1.609 km, 1 gal = 3.785 L")],
                closing=closing)


def t_travel_time(rng):
    Sp = rng.choice([48, 52, 56, 60, 64, 68, 72])
    q = rng.randrange(13, 33)
    h = F(q, 4)
    D = int(Sp * h)
    n = rng.randrange(1, 4)
    m = rng.choice([10, 15, 20, 25, 30])
    name = rng.choice(NAMES)
    c1, c2 = rng.choice(US_ROUTES)
    steps = [
        S("hrs", O("/", N(D, "miles"), N(Sp, "mph")), dec=2, unit="hours",
          label="Driving time", what="the driving time"),
        S("min", O("*", R("hrs"), N(60)), dec=0, unit="minutes",
          label="Driving time in minutes", what="the driving time in minutes"),
        S("stop", O("*", N(n, "stops"), N(m, "minutes")), unit="minutes",
          label="Time at stops", what="the time spent at stops"),
        S("tot", O("+", R("min"), R("stop")), unit="minutes",
          label="Total trip time", what="the total trip time"),
    ]
    st = "stop" if n == 1 else "stops"
    probs = [
        f"{name} drives {D} miles from {c1} to {c2} at an average speed of {Sp} mph and makes {n} rest {st} of "
        f"{m} minutes each. How many minutes does the whole trip take?",
        f"The drive to {c2} is {D} miles. Averaging {Sp} miles per hour, with {n} {st} of {m} minutes, how long is "
        f"the trip in minutes?",
        f"On a road trip, {name} covers {D} miles at {Sp} mph and takes {n} break{'s' if n > 1 else ''} lasting "
        f"{m} minutes{' each' if n > 1 else ''}. Find the total travel time in minutes.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="tot",
                given=[("Distance", f"{D} miles"), ("Average speed", f"{Sp} mph"),
                       ("Stops", f"{n} {st}, {m} minutes each")],
                closing=["the trip takes {A} in total{HM}", "the whole drive lasts {A}{HM}"], hm=True)


def t_avg_speed(rng):
    name = rng.choice(NAMES)
    h1, h2 = rng.randrange(1, 4), rng.randrange(1, 3)
    m1, m2 = rng.choice(range(5, 60, 5)), rng.choice(range(5, 60, 5))
    s1, s2 = rng.randrange(46, 72), rng.randrange(50, 75)
    d1 = round(s1 * (h1 * 60 + m1) / 60)
    d2 = round(s2 * (h2 * 60 + m2) / 60)
    pathA = rng.random() < 0.5
    steps = [
        S("dist", O("+", N(d1, "miles"), N(d2, "miles")), unit="miles",
          label="Total distance", what="the total distance"),
        S("t1", O("+", O("*", N(h1), N(60)), N(m1)), unit="minutes",
          label="First leg time", what="the first leg's time"),
        S("t2", O("+", O("*", N(h2), N(60)), N(m2)), unit="minutes",
          label="Second leg time", what="the second leg's time"),
        S("tt", O("+", R("t1"), R("t2")), unit="minutes",
          label="Total time", what="the total driving time"),
    ]
    if pathA:
        steps.append(S("th", O("/", R("tt"), N(60)), dec=2, unit="hours",
                       label="Total time in hours", what="the total time in hours"))
        steps.append(S("avg", O("/", R("dist"), R("th")), dec=1, unit="mph",
                       label="Average speed", what="the average speed"))
    else:
        steps.append(S("avg", O("*", O("/", R("dist"), R("tt")), N(60)), dec=1, unit="mph",
                       label="Average speed", what="the average speed"))
    probs = [
        f"{name} drove {d1} miles in {h1} h {m1} min, stopped for lunch, then drove another {d2} miles in "
        f"{h2} h {m2} min. What was the average driving speed in mph (to one decimal place), not counting lunch?",
        f"On the first leg of a trip a car covers {d1} miles in {h1} hour{'s' if h1 > 1 else ''} {m1} minutes; on the "
        f"second leg it covers {d2} miles in {h2} hour{'s' if h2 > 1 else ''} {m2} minutes. Find the average speed over both legs, rounded to 0.1 mph.",
        f"{name}'s trip log: leg 1 was {d1} miles taking {h1}:{m1:02d}, leg 2 was {d2} miles taking {h2}:{m2:02d} "
        f"(hours:minutes). What was the average speed for the driving time, to the nearest tenth of a mph?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="avg",
                given=[("Leg 1", f"{d1} miles in {h1} h {m1} min"), ("Leg 2", f"{d2} miles in {h2} h {m2} min")],
                closing=["the average speed is about {A}", "the car averaged about {A} while driving"])


def t_rental_mileage(rng):
    name = rng.choice(NAMES)
    n = rng.randrange(2, 10)
    r = "{}.{}".format(rng.randrange(28, 80), rng.choice(["00", "50", "95", "99", "49"]))
    a = rng.choice([100, 150, 200])
    m = n * a + rng.randrange(40, 600)
    f = rng.choice(["0.15", "0.20", "0.25", "0.29", "0.35", "0.18", "0.22"])
    tax = rng.choice(["6", "7.5", "8", "8.25", "10", "9"]) if rng.random() < 0.6 else None
    steps = [
        S("base", O("*", N(n, "days"), N(r, "", True)), money=True, label="Daily charges", what="the daily charges"),
        S("free", O("*", N(n, "days"), N(a, "miles")), unit="miles", label="Free miles", what="the free mileage"),
        S("over", O("-", N(comma(m), "miles"), R("free")), unit="miles", label="Extra miles", what="the extra miles"),
        S("fee", O("*", R("over"), N(f, "", True)), money=True, label="Mileage fee", what="the mileage fee"),
        S("sub", O("+", R("base"), R("fee")), money=True, label="Subtotal", what="the subtotal"),
    ]
    ans = "sub"
    check = None
    if tax:
        steps.append(S("tax", O("*", R("sub"), N(tax, pct=True)), money=True, label="Tax", what="the tax"))
        steps.append(S("tot", O("+", R("sub"), R("tax")), money=True, label="Total", what="the total"))
        ans = "tot"
        check = S("chk", O("+", R("base"), R("fee"), R("tax")), money=True, kind="check", label="Check")
    taxs = f" Sales tax of {tax}% is added to the whole bill." if tax else ""
    probs = [
        f"{name} rents a car for {n} days at ${r} per day. The rental includes {a} free miles per day, and each extra "
        f"mile costs ${f}. {name} drives {comma(m)} miles.{taxs} What is the total cost?",
        f"A rental company charges ${r} a day plus ${f} for every mile over {a} miles per day. For a {n}-day rental "
        f"driven {comma(m)} miles, how much is the bill?{taxs}",
        f"For a road trip, {name} books a car: {n} days at ${r}/day with {a} miles per day included and ${f} per "
        f"additional mile. The odometer shows {comma(m)} miles driven at return.{taxs} Find the total charge.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer=ans, check=check,
                given=[("Days", str(n)), ("Daily rate", f"${r}"), ("Free miles", f"{a} per day"),
                       ("Extra-mile fee", f"${f} per mile"), ("Miles driven", comma(m))],
                closing=["the rental costs {A} in total", "{name} owes {A} for the rental".replace("{name}", name)])


def t_tolls(rng):
    name = rng.choice(NAMES)
    pool = ["1.25", "2.50", "3.75", "4.00", "5.60", "6.85", "2.15", "7.50", "3.10", "1.90", "4.35"]
    k = rng.choice([2, 3])
    ts = rng.sample(pool, k)
    w = rng.randrange(4, 23)
    disc = rng.choice(["10", "15", "20", "25", "5"]) if rng.random() < 0.75 else None
    if rng.random() < 0.4:
        steps = [S("rt", O("*", N(2), P(O("+", *[N(t, "", True) for t in ts]))), money=True,
                   label="Round-trip tolls", what="the round-trip toll")]
    else:
        steps = [
            S("ow", O("+", *[N(t, "", True) for t in ts]), money=True, label="One-way tolls",
              what="the one-way toll total"),
            S("rt", O("*", R("ow"), N(2)), money=True, label="Round-trip tolls", what="the round-trip toll")]
    steps += [
        S("mo", O("*", R("rt"), N(w, "trips")), money=True, label="Monthly tolls", what="the monthly toll cost"),
    ]
    ans = "mo"
    if disc:
        steps.append(S("dc", O("*", N(disc, pct=True), R("mo")), money=True, label="Discount", what="the discount"))
        steps.append(S("net", O("-", R("mo"), R("dc")), money=True, label="Cost after discount",
                       what="the cost after the discount"))
        ans = "net"
    tl = ", ".join("$" + t for t in ts[:-1]) + " and $" + ts[-1]
    ds = f" A toll transponder gives a {disc}% discount on the monthly total." if disc else ""
    probs = [
        f"{name} commutes on a highway with {k} toll plazas charging {tl} each way. {name} makes {w} round trips a "
        f"month.{ds} How much does {name} pay in tolls per month?",
        f"A toll road has {k} plazas costing {tl}. The same tolls apply in both directions. If a driver makes {w} "
        f"round trips this month, what is the monthly toll bill?{ds}",
        f"Each direction of {name}'s drive passes tolls of {tl}. This month there are {w} round trips.{ds} "
        f"Find the total toll cost for the month.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer=ans,
                given=[("Tolls each way", tl), ("Round trips", str(w))] + ([("Discount", disc + "%")] if disc else []),
                closing=["the monthly toll cost is {A}", "{name} pays {A} in tolls this month".replace("{name}", name)])


def t_split(rng):
    grp = rng.choice(GROUPS)
    n = rng.randrange(3, 7)
    D = rng.randrange(300, 1400)
    M = rng.randrange(24, 41)
    pr = "{:.2f}".format(rng.randrange(295, 489) / 100)
    toll = "{:.2f}".format(rng.randrange(8, 60) + rng.choice([0, 0.25, 0.5, 0.75]))
    park = str(rng.choice([15, 20, 24, 30, 36, 40, 45, 60]))
    steps = [
        S("gal", O("/", N(comma(D), "miles"), N(M, "mpg")), dec=2, unit="gallons", label="Gas used",
          what="the gas used"),
        S("fuel", O("*", R("gal"), N(pr, "", True)), money=True, label="Gas cost", what="the gas cost"),
        S("tot", O("+", R("fuel"), N(toll, "", True), N(park, "", True)), money=True, label="Total cost",
          what="the total cost"),
        S("each", O("/", R("tot"), N(n, "people")), money=True, label="Cost per person", what="each share"),
    ]
    check = S("chk", O("*", N(n), R("each")), money=True, kind="check", label="Check")
    probs = [
        f"{n} {grp} drive {comma(D)} miles on a road trip in a car that gets {M} mpg. Gas costs ${pr} per gallon, "
        f"tolls come to ${toll}, and parking is ${park}. If they split everything equally, how much does each "
        f"person pay (to the nearest cent)?",
        f"A group of {n} {grp} shares the costs of a {comma(D)}-mile trip: gas for a {M} mpg car at ${pr}/gal, "
        f"${toll} in tolls, and ${park} for parking. What is each person's share?",
        f"Road trip math: {comma(D)} miles, {M} miles per gallon, gas at ${pr} a gallon, plus ${toll} tolls and "
        f"${park} parking. Split evenly among {n} {grp}, how much does each owe?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="each", check=check, check_if_exact="each",
                given=[("Distance", f"{comma(D)} miles"), ("Fuel economy", f"{M} mpg"), ("Gas", f"${pr}/gal"),
                       ("Tolls", f"${toll}"), ("Parking", f"${park}"), ("People", str(n))],
                closing=["each person pays about {A}", "each of the {n} {grp} owes {A}".replace("{n}", str(n)).replace("{grp}", grp)])


def t_maint(rng):
    name = rng.choice(NAMES)
    mm = rng.randrange(700, 1700, 50)
    I = rng.choice([3000, 5000, 7500])
    c = "{}.99".format(rng.randrange(39, 90))
    Rr = rng.choice([5000, 6000, 7500])
    rc = rng.choice(["20", "25", "29.99", "35", "24.50"])
    steps = [
        S("ann", O("*", N(comma(mm), "miles"), N(12, "months")), unit="miles", label="Miles per year",
          what="the yearly mileage"),
        S("ox", O("/", R("ann"), N(comma(I))), dec=2, label="Oil-change intervals", what="the number of oil intervals"),
        S("on", R("ox"), kind="floor", unit="oil changes", label="Oil changes", reason="only completed intervals count"),
        S("oc", O("*", R("on"), N(c, "", True)), money=True, label="Oil-change cost", what="the oil-change cost"),
        S("rx", O("/", R("ann"), N(comma(Rr))), dec=2, label="Rotation intervals", what="the number of rotation intervals"),
        S("rn", R("rx"), kind="floor", unit="rotations", label="Tire rotations", reason="only completed intervals count"),
        S("rcst", O("*", R("rn"), N(rc, "", True)), money=True, label="Rotation cost", what="the rotation cost"),
        S("tot", O("+", R("oc"), R("rcst")), money=True, label="Total maintenance", what="the total maintenance cost"),
    ]
    probs = [
        f"{name} drives about {comma(mm)} miles a month. The car needs an oil change every {comma(I)} miles (${c} each) "
        f"and a tire rotation every {comma(Rr)} miles (${rc} each). Counting only services that come due within "
        f"one year, how much will {name} spend?",
        f"A car is driven {comma(mm)} miles per month. Oil changes cost ${c} and are due every {comma(I)} miles; "
        f"tire rotations cost ${rc} and are due every {comma(Rr)} miles. What is the maintenance cost for services "
        f"that fall due during a year?",
        f"{name}'s commute adds {comma(mm)} miles a month. Over 12 months, how much goes to oil changes (every "
        f"{comma(I)} miles, ${c}) and tire rotations (every {comma(Rr)} miles, ${rc})? Only count services actually due.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="tot",
                given=[("Monthly miles", comma(mm)), ("Oil change", f"every {comma(I)} miles, ${c}"),
                       ("Rotation", f"every {comma(Rr)} miles, ${rc}")],
                closing=["the year's maintenance comes to {A}", "{name} will spend {A} on these services".replace("{name}", name)])


def t_ev_session(rng):
    name = rng.choice(NAMES)
    B = rng.choice([54, 60, 64, 75, 77, 82, 90, 100])
    p1 = rng.randrange(10, 45, 5)
    p2 = rng.choice([80, 85, 90, 100])
    c = rng.choice(["0.13", "0.16", "0.18", "0.21", "0.24", "0.28", "0.32", "0.36", "0.43", "0.48", "0.145", "0.155"])
    loss = rng.choice(["90", "88", "92", "85"]) if rng.random() < 0.45 else None
    steps = [
        S("pc", O("-", N(p2, pct=True), N(p1, pct=True)), pct=True, dec=0, label="Charge added", what="the charge added"),
        S("kwh", O("*", R("pc"), N(B, "kWh")), dec=2, unit="kWh", label="Energy into the battery",
          what="the energy added to the battery"),
    ]
    src = "kwh"
    if loss:
        steps.append(S("drawn", O("/", R("kwh"), N(loss, pct=True)), dec=2, unit="kWh",
                       label="Energy drawn from the charger", what="the energy drawn from the charger"))
        src = "drawn"
    steps.append(S("cost", O("*", R(src), N(c, "", True)), money=True, label="Charging cost",
                   what="the charging cost"))
    ls = f" Charging is {loss}% efficient, so more energy is drawn from the wall than reaches the battery." if loss else ""
    probs = [
        f"{name}'s EV has a {B} kWh battery. {name} charges it from {p1}% to {p2}% at ${c} per kWh.{ls} "
        f"How much does the charge cost, to the nearest cent?",
        f"An electric car with a {B} kWh pack is plugged in at {p1}% and unplugged at {p2}%. Electricity costs "
        f"${c}/kWh.{ls} What is the cost of this charging session?",
        f"At home, {name} tops up a {B} kWh EV battery from {p1}% to {p2}%. The utility rate is ${c} per kWh.{ls} "
        f"Find the cost of the session.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="cost",
                given=[("Battery", f"{B} kWh"), ("Charge", f"{p1}% to {p2}%"), ("Rate", f"${c} per kWh")]
                + ([("Charging efficiency", loss + "%")] if loss else []),
                closing=["the charging session costs about {A}", "{name} pays about {A} for the charge".replace("{name}", name)])


def t_ev_trip(rng):
    name = rng.choice(NAMES)
    B = rng.choice([60, 64, 75, 82, 90, 100])
    p = rng.choice([60, 70, 75, 80, 90, 100])
    w = rng.randrange(240, 345, 5)
    avail = F(p * B, 100)
    lo = int((avail + 14) * 1000 / w) + 1
    D = rng.randrange(lo, lo + 260)
    kw = rng.choice([50, 62, 75, 90, 120, 150])
    chain = rng.random() < 0.4
    steps = [
        S("need", O("/", O("*", N(D, "miles"), N(w, "Wh/mi")), N(comma(1000))), dec=1, unit="kWh",
          label="Energy needed", what="the energy the trip needs"),
        S("have", O("*", N(p, pct=True), N(B, "kWh")), dec=1, unit="kWh", label="Energy at the start",
          what="the energy available at the start"),
        S("add", O("-", R("need"), R("have")), dec=1, unit="kWh", label="Energy to add", what="the energy to add"),
    ]
    if chain:
        steps.append(S("min", O("*", O("/", R("add"), N(kw, "kW")), N(60)), dec=0, unit="minutes",
                       label="Charging time", what="the charging time"))
    else:
        steps.append(S("hr", O("/", R("add"), N(kw, "kW")), dec=2, unit="hours",
                       label="Charging time in hours", what="the charging time in hours"))
        steps.append(S("min", O("*", R("hr"), N(60)), dec=0, unit="minutes",
                       label="Charging time in minutes", what="the charging time in minutes"))
    probs = [
        f"{name} plans a {D}-mile EV trip. The car uses {w} Wh per mile and has a {B} kWh battery, starting at {p}%. "
        f"If the only charging stop delivers an average of {kw} kW, about how many minutes of charging are needed "
        f"to finish the trip (ignore any reserve)?",
        f"An electric SUV averages {w} Wh/mi. Its {B} kWh battery is {p}% full at departure for a {D} mile drive. "
        f"At a fast charger averaging {kw} kW, how many minutes must it charge along the way? Round to the nearest minute.",
        f"For a {D}-mile road trip, {name}'s EV (consumption {w} Wh/mile, battery {B} kWh) leaves home at {p}% charge. "
        f"Charging en route averages {kw} kW. Estimate the charging time in minutes.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="min",
                given=[("Trip", f"{D} miles"), ("Consumption", f"{w} Wh/mi"), ("Battery", f"{B} kWh at {p}%"),
                       ("Charger", f"{kw} kW average")],
                closing=["the car needs about {A} of charging", "plan on roughly {A} at the charger"])


def t_ev_vs_gas(rng):
    A = rng.randrange(8000, 18001, 500)
    M = rng.randrange(24, 39)
    P_ = "{:.2f}".format(rng.randrange(299, 479) / 100)
    k = rng.choice(["28", "30", "31", "33", "34", "36", "29.5"])
    c = rng.choice(["0.14", "0.15", "0.17", "0.19", "0.22", "0.13"])
    name = rng.choice(NAMES)
    steps = [
        S("gal", O("/", N(comma(A), "miles"), N(M, "mpg")), dec=1, unit="gallons", label="Gallons per year",
          what="the yearly gas use"),
        S("gc", O("*", R("gal"), N(P_, "", True)), money=True, label="Gas cost", what="the yearly gas cost"),
        S("kwh", O("*", O("/", N(comma(A), "miles"), N(100)), N(k, "kWh")), dec=1, unit="kWh",
          label="Electricity per year", what="the yearly electricity use"),
        S("ec", O("*", R("kwh"), N(c, "", True)), money=True, label="Electricity cost", what="the yearly charging cost"),
        S("save", O("-", R("gc"), R("ec")), money=True, label="Savings", what="the yearly savings"),
    ]
    probs = [
        f"{name} drives {comma(A)} miles a year. A gas car gets {M} mpg with gas at ${P_}/gal; an EV uses {k} kWh per "
        f"100 miles with electricity at ${c}/kWh. How much would {name} save per year with the EV?",
        f"Compare annual fuel costs for {comma(A)} miles: a {M} mpg sedan (gas ${P_} per gallon) versus an electric "
        f"car using {k} kWh/100 mi (power ${c} per kWh). What is the yearly savings of the electric car?",
        f"{name} is deciding between a hybrid-free gas model ({M} mpg, fuel ${P_}) and an EV ({k} kWh per 100 miles, "
        f"${c} per kWh) for {comma(A)} miles of driving a year. By how much is the EV cheaper to fuel each year?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="save",
                given=[("Annual miles", comma(A)), ("Gas car", f"{M} mpg, ${P_}/gal"),
                       ("EV", f"{k} kWh/100 mi, ${c}/kWh")],
                closing=["the EV saves about {A} a year", "switching saves {name} about {A} per year".replace("{name}", name)])


def t_tires(rng):
    name = rng.choice(NAMES)
    p = "{}.99".format(rng.randrange(89, 230))
    i = rng.choice(["15", "18", "20", "25", "22.50"])
    fee = rng.choice(["2.50", "3", "4", "3.50", "5"])
    L = rng.randrange(40, 81, 5) * 1000
    if rng.random() < 0.45:
        steps = [S("set", O("*", N(4, "tires"), P(O("+", N(p, "", True), N(i, "", True), N(fee, "", True)))),
                   money=True, label="Cost for 4 tires", what="the cost of a set")]
    else:
        steps = [
            S("per", O("+", N(p, "", True), N(i, "", True), N(fee, "", True)), money=True, label="Cost per tire",
              what="the cost per tire"),
            S("set", O("*", N(4, "tires"), R("per")), money=True, label="Cost for 4 tires",
              what="the cost of a set")]
    steps += [
        S("th", O("/", N(comma(L), "miles"), N(comma(1000))), unit="thousand miles", label="Thousands of miles",
          what="the tread life in thousands of miles"),
        S("pk", O("/", R("set"), R("th")), money=True, label="Cost per 1,000 miles", what="the cost per 1,000 miles"),
    ]
    probs = [
        f"{name} buys 4 new tires at ${p} each. Installation is ${i} per tire and there is a ${fee} disposal fee per "
        f"old tire. The tires are warrantied for {comma(L)} miles. What is the tire cost per 1,000 miles?",
        f"A set of four tires costs ${p} per tire, plus ${i} mounting and ${fee} recycling fee per tire. If the set "
        f"lasts {comma(L)} miles, what do the tires cost per 1,000 miles driven, to the nearest cent?",
        f"Tires for {name}'s SUV: ${p} apiece, ${i} each to install, ${fee} each to dispose of the old ones. "
        f"Expected life is {comma(L)} miles. Find the cost per thousand miles.",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="pk",
                given=[("Tire price", f"${p}"), ("Installation", f"${i} per tire"), ("Disposal", f"${fee} per tire"),
                       ("Tread life", f"{comma(L)} miles")],
                closing=["the tires cost about {A} per 1,000 miles", "that works out to {A} for every thousand miles"])


def t_rental_compare(rng):
    name = rng.choice(NAMES)
    n = rng.randrange(3, 9)
    a = rng.randrange(29, 50)
    f = rng.choice(["0.15", "0.18", "0.20", "0.25", "0.30", "0.22"])
    m = rng.randrange(250, 950, 10)
    b = a + rng.randrange(6, 30)
    A_tot = n * a + m * F(f)
    B_tot = n * b
    if A_tot == B_tot:
        b += 1
        B_tot = n * b
    steps = [
        S("ab", O("*", N(n, "days"), N(a, "", True)), money=True, label="Company A daily charges",
          what="Company A's daily charges"),
        S("am", O("*", N(m, "miles"), N(f, "", True)), money=True, label="Company A mileage",
          what="Company A's mileage charge"),
        S("at", O("+", R("ab"), R("am")), money=True, label="Company A total", what="Company A's total"),
        S("bt", O("*", N(n, "days"), N(b, "", True)), money=True, label="Company B total", what="Company B's total"),
    ]
    if A_tot > B_tot:
        steps.append(S("diff", O("-", R("at"), R("bt")), money=True, label="Difference", what="the difference"))
        cheaper = "Company B"
    else:
        steps.append(S("diff", O("-", R("bt"), R("at")), money=True, label="Difference", what="the difference"))
        cheaper = "Company A"
    probs = [
        f"Company A rents a car for ${a} per day plus ${f} per mile. Company B charges ${b} per day with unlimited "
        f"miles. {name} needs a car for {n} days and will drive {m} miles. How much cheaper is the better deal?",
        f"For a {n}-day trip of {m} miles, {name} compares two rentals: ${a}/day + ${f}/mile, or ${b}/day with no "
        f"mileage charge. By how many dollars does the cheaper option win?",
        f"Two rental offers: (A) ${a} a day and ${f} a mile; (B) ${b} a day, unlimited mileage. If {name} keeps the "
        f"car {n} days and drives {m} miles, what is the difference in cost?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="diff",
                given=[("Company A", f"${a}/day + ${f}/mile"), ("Company B", f"${b}/day"), ("Trip", f"{n} days, {m} miles")],
                closing=[cheaper + " is cheaper by {A}", "the cheaper option (" + cheaper + ") saves {A}"])


def t_fillups(rng):
    name = rng.choice(NAMES)
    while True:
        T = rng.choice(["12", "13.2", "14", "14.5", "15", "15.8", "16", "17", "18.5"])
        M = rng.randrange(22, 39)
        r = rng.choice([30, 40, 50, 60])
        D = rng.randrange(600, 2400)
        usable = F(T) * M - r
        x = D / usable
        if x > 2 and x != int(x):
            break
    steps = [
        S("rng", O("*", N(T, "gallons"), N(M, "mpg")), dec=1, unit="miles", label="Range on a full tank",
          what="the range on a full tank"),
        S("use", O("-", R("rng"), N(r, "miles")), dec=1, unit="miles", label="Usable range", what="the usable range"),
        S("tx", O("/", N(comma(D), "miles"), R("use")), dec=2, unit="tanks", label="Tanks needed",
          what="the number of tanks"),
        S("tn", R("tx"), kind="ceil", unit="tanks", label="Whole tanks", reason="a partial tank still needs a fill-up"),
        S("stops", O("-", R("tn"), N(1)), unit="fill-ups", label="Fill-ups on the road",
          what="the number of fill-ups on the road"),
    ]
    probs = [
        f"{name}'s car has a {T}-gallon tank and gets {M} mpg. {name} always refuels with {r} miles of range left. "
        f"Starting a {comma(D)}-mile trip with a full tank, how many times must {name} stop for gas?",
        f"A car with a {T} gallon tank averages {M} miles per gallon. The driver refills whenever only {r} miles of "
        f"range remain. For a {comma(D)} mile journey that starts on a full tank, how many fuel stops are needed?",
        f"Road trip of {comma(D)} miles: tank holds {T} gal, fuel economy {M} mpg, and {name} keeps a {r}-mile "
        f"reserve. Leaving with a full tank, how many gas stops will there be?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="stops",
                given=[("Tank", f"{T} gallons"), ("Fuel economy", f"{M} mpg"), ("Reserve", f"{r} miles"),
                       ("Trip", f"{comma(D)} miles")],
                closing=["{name} needs {A} along the way".replace("{name}", name), "the trip requires {A}"])


def t_odometer(rng):
    name = rng.choice(NAMES)
    O1 = rng.randrange(12000, 98000)
    m = rng.randrange(240, 520)
    O2 = O1 + m
    g = "{:.1f}".format(rng.randrange(85, 175) / 10)
    pr = "{:.2f}".format(rng.randrange(299, 489) / 100)
    cpm = rng.random() < 0.5
    steps = [
        S("mi", O("-", N(comma(O2), "miles"), N(comma(O1), "miles")), unit="miles", label="Miles driven",
          what="the miles driven"),
        S("mpg", O("/", R("mi"), N(g, "gallons")), dec=1, unit="mpg", label="Fuel economy", what="the fuel economy"),
    ]
    ans = "mpg"
    if cpm:
        steps.append(S("cost", O("*", N(g, "gallons"), N(pr, "", True)), money=True, label="Fill-up cost",
                       what="the fill-up cost"))
        steps.append(S("cpm", O("*", O("/", R("cost"), R("mi")), N(100)), dec=1, unit="cents per mile",
                       label="Cost per mile", what="the fuel cost per mile"))
        ans = "cpm"
    q = (f" The fill-up was at ${pr} per gallon. What was the fuel cost per mile, in cents (one decimal place)?"
         if cpm else " What fuel economy did the car get, to the nearest tenth of a mpg?")
    probs = [
        f"{name} filled the tank when the odometer read {comma(O1)} miles. At the next fill-up it read {comma(O2)} "
        f"miles and the tank took {g} gallons.{q}",
        f"A trip log shows a starting odometer of {comma(O1)} and an ending odometer of {comma(O2)}. Refilling the "
        f"tank afterward took {g} gallons.{q}",
        f"Between fill-ups, {name}'s odometer went from {comma(O1)} to {comma(O2)} miles, and the second fill-up was "
        f"{g} gallons.{q}",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer=ans,
                given=[("Odometer", f"{comma(O1)} to {comma(O2)}"), ("Gallons", g)] + ([("Price", f"${pr}/gal")] if cpm else []),
                closing=(["fuel cost about {A}", "the drive cost roughly {A} in fuel"] if cpm else
                         ["the car got about {A}", "the fuel economy was about {A}"]))


def t_mixed_units(rng):
    name = rng.choice(NAMES)
    d1 = rng.randrange(80, 300)
    d2 = rng.randrange(100, 520)
    M = rng.randrange(23, 40)
    cost = rng.random() < 0.5
    pr = "{:.2f}".format(rng.randrange(299, 489) / 100)
    steps = [
        S("d2m", O("/", N(d2, "km"), N("1.609")), dec=1, unit="miles", label="Canadian leg in miles",
          what="the Canadian leg in miles"),
        S("tot", O("+", N(d1, "miles"), R("d2m")), dec=1, unit="miles", label="Total distance", what="the total distance"),
        S("gal", O("/", R("tot"), N(M, "mpg")), dec=2, unit="gallons", label="Gas needed", what="the gas needed"),
    ]
    ans = "gal"
    if cost:
        steps.append(S("cost", O("*", R("gal"), N(pr, "", True)), money=True, label="Gas cost", what="the gas cost"))
        ans = "cost"
    q = (f" If gas averages ${pr} per gallon, what does the fuel cost?" if cost else
         " How many gallons of gas will the drive use (to the nearest hundredth)?")
    probs = [
        f"{name} drives {d1} miles to the Canadian border and then {d2} km more to Montreal. The car gets {M} mpg. "
        f"Use 1 mile = 1.609 km and round the converted distance to one decimal.{q}",
        f"A cross-border trip has a {d1}-mile US leg and a {d2}-kilometre Canadian leg. Converting with 1.609 km per "
        f"mile (to the nearest tenth), and with the car averaging {M} miles per gallon, answer:{q}",
        f"On a drive from Vermont into Quebec, {name} covers {d1} miles, then {d2} km. Fuel economy: {M} mpg. "
        f"(1 mi = 1.609 km; round miles to 0.1.){q}",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer=ans,
                given=[("US leg", f"{d1} miles"), ("Canadian leg", f"{d2} km"), ("Fuel economy", f"{M} mpg")],
                closing=(["the fuel costs about {A}", "{name} spends about {A} on gas".replace("{name}", name)] if cost
                         else ["the drive uses about {A}", "{name} needs about {A}".replace("{name}", name)]))


def t_budget(rng):
    grp = rng.choice(GROUPS)
    n = rng.randrange(3, 8)
    h = rng.randrange(89, 190)
    rooms = rng.choice([1, 1, 2])
    p = rng.randrange(2, 7) if rooms == 1 else rng.randrange(4, 7)
    f = rng.choice([25, 30, 35, 40, 45, 50, 55, 60])
    fuel = "{:.2f}".format(rng.randrange(90, 320) + rng.randrange(0, 100) / 100)
    hotel = (O("*", R("ni"), N(h, "", True), N(rooms, "rooms")) if rooms > 1 else O("*", R("ni"), N(h, "", True)))
    steps = [
        S("ni", O("-", N(n, "days"), N(1)), unit="nights", label="Nights", what="the number of nights"),
        S("ho", hotel, money=True, label="Lodging", what="the lodging cost"),
        S("fo", O("*", N(p, "people"), N(f, "", True), N(n, "days")), money=True, label="Food", what="the food cost"),
        S("tot", O("+", N(fuel, "", True), R("ho"), R("fo")), money=True, label="Trip total", what="the trip total"),
        S("each", O("/", R("tot"), N(p, "people")), money=True, label="Per person", what="each person's share"),
    ]
    check = S("chk", O("*", N(p), R("each")), money=True, kind="check", label="Check")
    rs = f"{rooms} rooms" if rooms > 1 else "one room"
    probs = [
        f"{p} {grp} take a {n}-day road trip. They book {rs} at ${h} per room per night (one night fewer than the "
        f"number of days), budget ${f} per person per day for food, and expect ${fuel} in gas. If they split the "
        f"total evenly, how much does each person pay?",
        f"A {n}-day drive for {p} {grp}: lodging is {rs} at ${h}/night for {n - 1} nights, food is ${f} per person "
        f"per day, and gas totals ${fuel}. What is each person's equal share?",
        f"Budget a road trip: {n} days, {n - 1} nights in {rs} (${h} per room-night), ${f}/person/day for meals, "
        f"${fuel} of fuel, {p} travelers splitting evenly. How much per person?",
    ]
    return dict(problem=rng.choice(probs), steps=steps, answer="each", check=check, check_if_exact="each",
                given=[("Days", str(n)), ("Lodging", f"{rs} at ${h}/night"), ("Food", f"${f} per person per day"),
                       ("Gas", f"${fuel}"), ("People", str(p))],
                closing=["each person pays about {A}", "everyone chips in {A}"])


TEMPLATES = [
    ("fuel_round_trip", t_fuel_round_trip), ("fuel_metric", t_fuel_metric), ("mpg_to_l100km", t_mpg_to_l100),
    ("travel_time_stops", t_travel_time), ("average_speed_two_legs", t_avg_speed),
    ("rental_mileage", t_rental_mileage), ("tolls_monthly", t_tolls), ("split_trip_costs", t_split),
    ("maintenance_intervals", t_maint), ("ev_charge_session", t_ev_session), ("ev_trip_charging", t_ev_trip),
    ("ev_vs_gas", t_ev_vs_gas), ("tire_cost_per_1000", t_tires), ("rental_compare", t_rental_compare),
    ("fillups_needed", t_fillups), ("odometer_mpg", t_odometer), ("mixed_units_fuel", t_mixed_units),
    ("trip_budget_split", t_budget),
]


# ---------------------------------------------------------------- styles
class Ctx:
    def __init__(self, **kw):
        self.sep = ","
        self.dollar = "$"
        self.pctsign = "%"
        self.mul = "×"
        self.div = "÷"
        self.minus = "−"
        self.plus = "+"
        self.latex = False
        self.worded = False
        self.opunits = False
        self.drop_cents = False
        self.money_min = False
        self.pct_as_dec = False
        self.use_of = False
        self.tight = False
        self.__dict__.update(kw)


def core(nd, ctx):
    """number text as written (no $, %, unit)."""
    if nd.pct:
        if ctx.pct_as_dec:
            return fmt(nd.v, ndec(nd.v), ctx.sep)
        return fmt(nd.v * 100, nd.d, ctx.sep)
    d = nd.d
    if nd.money:
        if ctx.money_min:
            d = min(d, ndec(rhu(nd.v, d)))
        elif ctx.drop_cents and d == 2 and nd.v == int(nd.v):
            d = 0
    elif ctx.money_min:
        d = min(d, ndec(rhu(nd.v, d)))
    return fmt(nd.v, d, ctx.sep)


SINGULAR = {"oil changes": "oil change", "rotations": "rotation", "tanks": "tank", "fill-ups": "fill-up",
            "stops": "stop", "days": "day", "trips": "trip", "minutes": "minute", "hours": "hour", "miles": "mile",
            "gallons": "gallon", "nights": "night", "people": "person", "rooms": "room", "tires": "tire"}


def unit_txt(unit, ctx, v=None):
    if not unit:
        return ""
    if v == 1 and unit in SINGULAR:
        unit = SINGULAR[unit]
    if ctx.latex:
        return r" \text{ " + unit + "}"
    return " " + unit


def show(nd, ctx, unit="", bold=False):
    s = core(nd, ctx)
    if nd.pct and not ctx.pct_as_dec:
        s += ctx.pctsign
    if nd.money:
        s = ctx.dollar + s
    s += unit_txt(unit, ctx, nd.v)
    return "**" + s + "**" if bold else s


def leaf_nd(node):
    _, s, unit, money, pct = node
    return ND(leaf_val(node), decs_of(s), money, pct)


def opsym(op, ctx):
    return {"+": ctx.plus, "-": ctx.minus, "*": ctx.mul, "/": ctx.div}[op]


def rexpr(e, ctx, outs, units, inter=False):
    t = e[0]
    if t == "n":
        return show(leaf_nd(e), ctx, e[2] if ctx.opunits else "")
    if t == "r":
        return show(outs[e[1]]["ref"], ctx, units.get(e[1], "") if ctx.opunits else "")
    if t == "p":
        if inter:
            v = ev(e[1], {k: o["ref"] for k, o in outs.items()})
            if any_money(e[1]):
                return show(ND(v, 2, True), ctx)
            return show(ND(v, ndec(v)), ctx)
        return "(" + rexpr(e[1], ctx, outs, units) + ")"
    op, ch = e[1], e[2]
    if op == "/" and ctx.div == "frac":
        return r"\frac{" + rexpr(ch[0], ctx, outs, units, inter) + "}{" + rexpr(ch[1], ctx, outs, units, inter) + "}"
    if op == "*" and ctx.use_of and ch[0][0] == "n" and ch[0][4] and len(ch) == 2 and not ctx.pct_as_dec:
        return rexpr(ch[0], ctx, outs, units, inter) + " of " + rexpr(ch[1], ctx, outs, units, inter)
    sym = opsym(op, ctx)
    if ctx.tight:
        return sym.join(rexpr(c, ctx, outs, units, inter) for c in ch)
    return (" " + sym + " ").join(rexpr(c, ctx, outs, units, inter) for c in ch)


def any_money(e):
    if e[0] == "n":
        return e[3]
    if e[0] == "p":
        return any_money(e[1])
    if e[0] == "o":
        return any(any_money(c) for c in e[2])
    return False


def has_paren(e):
    if e[0] == "p":
        return True
    if e[0] == "o":
        return any(has_paren(c) for c in e[2])
    return False


W_EXACT = ["equals", "gives us", "which is", "comes to"]
W_APPROX = ["is about", "is roughly", "comes to about", "which is about"]


def eqn(st, ctx, outs, units, ch, bold=False, with_unit=True):
    """Render one computation: expr REL result."""
    o = outs[st["id"]]
    left = rexpr(st["e"], ctx, outs, units)
    if ch.get("inter") and has_paren(st["e"]):
        left += " = " + rexpr(st["e"], ctx, outs, units, inter=True)
    res = show(o["disp"], ctx, st["unit"] if with_unit else "", bold)
    k = ch.get("w", 0)
    if ctx.worded:
        rel = (W_EXACT if o["rel"] == "=" else W_APPROX)[k % 4]
        if rel == "which is" or rel == "which is about":
            return f"{left}, {rel} {res}"
        return f"{left} {rel} {res}"
    if o["rel"] == "=":
        rel = "="
    else:
        rel = r"\approx" if ctx.latex else "≈"
    return f"{left} {rel} {res}"


def round_txt(st, ctx, outs, units, latex=False):
    src = st["e"][1]
    v = outs[src]["ref"]
    n = outs[st["id"]]["disp"]
    arrow = r"\rightarrow" if latex else "→"
    return f"{show(v, ctx)} {arrow} {show(n, ctx, st['unit'])}"


def cap(s):
    return s[:1].upper() + s[1:]


def answer_text(prob, outs, ctx_plain, bold=False):
    st = prob["stepmap"][prob["answer"]]
    nd = outs[prob["answer"]]["ref"]
    s = show(nd, ctx_plain, st["unit"])
    return "**" + s + "**" if bold else s


def closing_sentence(prob, outs, rng, ctx_plain, bold=False):
    tmpl = rng.choice([c for c in prob["closing"] if c])
    A = answer_text(prob, outs, ctx_plain, bold)
    HM = ""
    if prob.get("hm"):
        v = outs[prob["answer"]]["ref"].v
        if v == int(v) and v >= 60:
            HM = ", or {} h {} min".format(int(v) // 60, int(v) % 60)
    return tmpl.replace("{A}", A).replace("{HM}", HM)


def final_str(prob, outs):
    nd = outs[prob["answer"]]["ref"]
    if nd.money:
        return fmt(nd.v, 0 if nd.v == int(nd.v) else max(2, nd.d), "")
    if nd.pct:
        return fmt(nd.v * 100, nd.d, "")
    return fmt(nd.v, nd.d, "")


INTRO = {
    "gpt_md": ["Let's break this down step by step.", "To solve this, let's go step by step.",
               "We'll work through the problem one step at a time."],
    "claude": ["I'll work through this step by step.", "Let me solve this step by step.",
               "I'll break this into a few calculations."],
    "bullets": ["Here's the breakdown:", "Breaking it down:", "Let's break this down."],
    "prose": ["Let's break this down.", "Let's work it out.", ""],
    "latex_inline": ["Let's solve this step by step.", "We can set this up piece by piece.", "Let's compute each part."],
    "latex_display": ["Let's work through the calculation.", "We'll compute each quantity in turn.",
                      "Here is the step-by-step solution."],
    "table": ["Here's the calculation laid out in a table:", "Let's organize the work in a table.",
              "Breaking the problem into quantities:"],
    "terse": ["", "Solution:", ""],
    "gsm8k": [""],
    "tutor": ["Great question! Let's figure this out together.", "Sure thing! Let's take it one piece at a time.",
              "Happy to help! Let's walk through it slowly."],
    "llama": [""],
}
STYLES = list(INTRO.keys())

VERBS = ["Calculate", "Find", "Determine", "Compute"]
CONN_PROSE = ["First", "Next", "Then", "After that", "Now", "So"]
CONN_TUTOR = ["First, let's find", "Next, let's work out", "Now for", "Then we need", "After that, let's get",
              "Now let's find", "Next up is"]


def step_choices(prob, rng):
    ch = {}
    for st in prob["steps"] + ([prob["check"]] if prob.get("check") else []):
        ch[st["id"]] = dict(inter=rng.random() < 0.6, w=rng.randrange(4), form=rng.randrange(3),
                            conn=rng.randrange(7), verb=rng.randrange(4), blank=rng.random() < 0.5)
    return ch


def make_ctx(style, rng):
    if style == "gpt_md":
        return Ctx(opunits=rng.random() < 0.4, drop_cents=rng.random() < 0.5, use_of=rng.random() < 0.5)
    if style == "claude":
        return Ctx(opunits=rng.random() < 0.5, use_of=rng.random() < 0.3)
    if style == "bullets":
        m = rng.choice(["×", "x", "·", "×"])
        return Ctx(mul=m, div=rng.choice(["÷", "/"]), opunits=rng.random() < 0.5, minus=rng.choice(["−", "-"]),
                   drop_cents=rng.random() < 0.5)
    if style == "prose":
        return Ctx(div=rng.choice(["÷", "/"]), drop_cents=rng.random() < 0.5, use_of=rng.random() < 0.5)
    if style == "latex_inline":
        return Ctx(latex=True, mul=r"\times", div="frac", minus="-", dollar=r"\$", pctsign=r"\%")
    if style == "latex_display":
        return Ctx(latex=True, mul=r"\times", div=rng.choice(["frac", r"\div"]), minus="-", dollar=r"\$",
                   pctsign=r"\%", sep="{,}")
    if style == "table":
        return Ctx(mul=rng.choice(["×", "*"]), div=rng.choice(["÷", "/"]), drop_cents=rng.random() < 0.5)
    if style == "terse":
        return Ctx(mul=rng.choice(["*", "×", "·"]), div="/", minus="-", drop_cents=True)
    if style == "gsm8k":
        return Ctx(mul="*", div="/", minus="-", sep="", money_min=True, pct_as_dec=True, tight=rng.random() < 0.7)
    if style == "tutor":
        return Ctx(worded=True, mul="times", div="divided by", minus="minus", plus="plus", use_of=True)
    if style == "llama":
        return Ctx(mul=rng.choice(["*", "×"]), div="/", minus="-", opunits=rng.random() < 0.3)
    raise ValueError(style)


def gsm_expr(e, outs):
    ctx = Ctx(mul="*", div="/", minus="-", sep="", money_min=True, pct_as_dec=True, dollar="", tight=True)
    return rexpr(e, ctx, outs, {})


def render(prob, style, outs, seed):
    """Returns (lines, comps) ; comps = list of (sid, line_index) in order."""
    rng = random.Random(seed)
    ctx = make_ctx(style, rng)
    ch = step_choices(prob, rng)
    units = {st["id"]: st["unit"] for st in prob["steps"]}
    plain = Ctx(sep="" if style == "gsm8k" else ",", drop_cents=ctx.drop_cents, money_min=ctx.money_min,
                dollar="$")
    intro = rng.choice(INTRO[style])
    give = rng.random() < 0.5
    lines, comps = [], []
    steps = list(prob["steps"])
    chk = prob.get("check")
    if chk is not None and prob.get("check_if_exact"):
        if outs[prob["check_if_exact"]]["rel"] != "=":
            chk = None
    if chk is not None and style in ("gsm8k", "llama", "table", "latex_inline"):
        chk = None
    want_check = rng.random() < (0.85 if style == "claude" else 0.5)
    if not want_check:
        chk = None
    closing = closing_sentence(prob, outs, rng, plain, bold=style in ("gpt_md", "claude"))
    fin = final_str(prob, outs)

    def add(text, sids=()):
        lines.append(text)
        for s in sids:
            comps.append((s, len(lines) - 1))

    def given_block(prefix):
        for lab, val in prob["given"]:
            add(f"{prefix}{lab}: {val}")

    calc_k = 0
    if style == "gpt_md":
        add(intro)
        add("")
        if give:
            add("**Given:**")
            given_block("- ")
            add("")
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"Rounding {word} ({st['reason']}): {round_txt(st, ctx, outs, units)}.")
                add("")
                continue
            calc_k += 1
            if lines and lines[-1] == "" and calc_k > 1 and lines[-2].startswith("Rounding"):
                pass
            add(f"### Step {calc_k}: {VERBS[c['verb']]} {st['what']}")
            if c["form"] == 0:
                add(f"{cap(st['what'])} is {eqn(st, ctx, outs, units, c, bold=True)}.", [st["id"]])
            elif c["form"] == 1:
                add(f"{cap(st['what'])}:")
                add(eqn(st, ctx, outs, units, c, bold=True), [st["id"]])
            else:
                add(f"- {st['label']}: {eqn(st, ctx, outs, units, c, bold=True)}", [st["id"]])
            add("")
        if chk is not None:
            add("### Verification")
            add(eqn(chk, ctx, outs, units, ch[chk["id"]]) + " ✓", [chk["id"]])
            add("")
        add("### Final Answer")
        add(cap(closing) + ".")
        add("")
    elif style == "claude":
        add(intro)
        add("")
        if give:
            add("**Given:**")
            given_block("- ")
            add("")
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"**{st['label']}:** {round_txt(st, ctx, outs, units)} (round {word}, since {st['reason']})")
                continue
            add(f"**{st['label']}:** {eqn(st, ctx, outs, units, c)}", [st["id"]])
        if chk is not None:
            add("")
            add(f"**Check:** {eqn(chk, ctx, outs, units, ch[chk['id']])} ✓", [chk["id"]])
        add("")
        add(cap(closing) + ".")
        add("")
    elif style == "bullets":
        add(intro)
        add("")
        mark = rng.choice(["- ", "* ", "- "])
        if give:
            given_block(mark)
            add("")
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"{mark}{st['label']} (round {word}): {round_txt(st, ctx, outs, units)}")
                continue
            add(f"{mark}{st['label']}: {eqn(st, ctx, outs, units, c)}", [st["id"]])
        if chk is not None:
            add(f"{mark}Check: {eqn(chk, ctx, outs, units, ch[chk['id']])} ✓", [chk["id"]])
        add("")
        add(rng.choice(["**Answer:** ", "So ", "Therefore, "]) + closing + ".")
        add("")
    elif style == "prose":
        if intro:
            add(intro)
            add("")
        per = rng.choice([2, 3])
        para, psids = [], []
        j = 0
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                para.append(f"Since {st['reason']}, we round {word}: {round_txt(st, ctx, outs, units)}.")
            else:
                conn = CONN_PROSE[min(j, len(CONN_PROSE) - 1)] if j < 4 else rng.choice(["Then", "Next", "Finally"])
                para.append(f"{conn}, {st['what']} is {eqn(st, ctx, outs, units, c)}.")
                psids.append(st["id"])
                j += 1
            if len(psids) >= per and st["kind"] == "calc":
                add(" ".join(para), psids)
                add("")
                para, psids = [], []
        if chk is not None:
            para.append(f"As a check, {eqn(chk, ctx, outs, units, ch[chk['id']])}, which matches.")
            psids.append(chk["id"])
        if para:
            add(" ".join(para), psids)
            add("")
        add(rng.choice(["Therefore, ", "So ", "That means "]) + closing + ".")
        add("")
    elif style == "latex_inline":
        add(intro)
        add("")
        numbered = rng.random() < 0.5
        for i, st in enumerate(steps):
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"Rounding {word} because {st['reason']}: \\( {round_txt(st, ctx, outs, units, latex=True)} \\).")
                continue
            calc_k += 1
            if numbered:
                add(f"{calc_k}. {st['label']}: \\( {eqn(st, ctx, outs, units, c)} \\)", [st["id"]])
            else:
                add(f"{cap(st['what'])} is \\( {eqn(st, ctx, outs, units, c)} \\).", [st["id"]])
        add("")
        add(rng.choice(["So ", "Therefore, ", "Hence "]) + closing + ".")
        add("")
    elif style == "latex_display":
        add(intro)
        add("")
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"Round {word}, since {st['reason']}:")
                add(r"\[ " + round_txt(st, ctx, outs, units, latex=True) + r" \]")
                add("")
                continue
            calc_k += 1
            add(f"**Step {calc_k}: {st['label']}**")
            if c["blank"]:
                add(r"\[")
                add(eqn(st, ctx, outs, units, c), [st["id"]])
                add(r"\]")
            else:
                add(r"\[ " + eqn(st, ctx, outs, units, c) + r" \]", [st["id"]])
            add("")
        if chk is not None:
            add("**Check:**")
            add(r"\[ " + eqn(chk, ctx, outs, units, ch[chk["id"]]) + r" \quad \checkmark \]", [chk["id"]])
            add("")
        add(cap(closing) + ":")
        A = show(outs[prob["answer"]]["ref"], ctx)
        add(r"\[ \boxed{" + A + r"} \]")
        add("")
    elif style == "table":
        add(intro)
        add("")
        hdr = rng.choice([("Quantity", "Calculation", "Result"), ("Step", "Calculation", "Result"),
                          ("Item", "Work", "Value")])
        add(f"| {hdr[0]} | {hdr[1]} | {hdr[2]} |")
        add("|---|---|---|")
        for st in steps:
            o = outs[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"| {st['label']} | round {show(o and outs[st['e'][1]]['ref'], ctx)} {word} | "
                    f"{show(o['disp'], ctx, st['unit'])} |")
                continue
            left = rexpr(st["e"], ctx, outs, units)
            res = show(o["disp"], ctx, st["unit"], bold=(st["id"] == prob["answer"]))
            rel = "≈ " if o["rel"] == "≈" else ""
            add(f"| {st['label']} | {left} | {rel}{res} |", [st["id"]])
        add("")
        add(cap(closing) + ".")
        add("")
    elif style == "terse":
        if intro:
            add(intro)
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"{st['label'].lower()} (round {word}): {round_txt(st, ctx, outs, units)}")
                continue
            add(f"{st['label'].lower()}: {eqn(st, ctx, outs, units, c)}", [st["id"]])
        if chk is not None:
            add(f"check: {eqn(chk, ctx, outs, units, ch[chk['id']])} ✓", [chk["id"]])
        add(f"Answer: {answer_text(prob, outs, plain)}")
    elif style == "gsm8k":
        for st in steps:
            o = outs[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"Rounding {show(outs[st['e'][1]]['ref'], ctx)} {word} gives {show(o['disp'], ctx, st['unit'])}.")
                continue
            ex = gsm_expr(st["e"], outs)
            vis = rexpr(st["e"], ctx, outs, {})
            d = o["disp"]
            dl = "$" if d.money else ""
            r = core(d, ctx)
            u = (" " + st["unit"]) if st["unit"] else ""
            add(f"{cap(st['what'])} is {vis} = {dl}<<{ex}={r}>>{r}{u}.", [st["id"]])
        if rng.random() < 0.5:
            add(cap(closing) + ".")
    elif style == "tutor":
        add(intro)
        add("")
        for i, st in enumerate(steps):
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                v = show(outs[st["e"][1]]["ref"], ctx)
                n = show(outs[st["id"]]["disp"], ctx)
                n = show(outs[st["id"]]["disp"], ctx, st["unit"])
                add(f"Since {st['reason']}, we round {v} {word} to {n}.")
                add("")
                continue
            conn = CONN_TUTOR[c["conn"]] if i else CONN_TUTOR[0]
            add(f"{conn} {st['what']}: {eqn(st, ctx, outs, units, c)}.", [st["id"]])
            add("")
        if chk is not None:
            add(f"Let's double-check: {eqn(chk, ctx, outs, units, ch[chk['id']])}. ✓")
            comps.append((chk["id"], len(lines) - 1))
            add("")
        add("So " + closing + rng.choice([". Hope that helps!", ". 🚗", "!", "."]))
        add("")
    elif style == "llama":
        for st in steps:
            c = ch[st["id"]]
            if st["kind"] in ("ceil", "floor"):
                word = "up" if st["kind"] == "ceil" else "down"
                add(f"Since {st['reason']}, we round {word}: {round_txt(st, ctx, outs, units)}.")
                add("")
                continue
            calc_k += 1
            add(f"## Step {calc_k}: {VERBS[c['verb']]} {st['what']}")
            add(f"{cap(st['what'])} is {eqn(st, ctx, outs, units, c)}.", [st["id"]])
            add("")
        add(f"The final answer is: $\\boxed{{{fin}}}$")
    add(f"#### {fin}")
    return lines, comps


# ---------------------------------------------------------------- faults
def fault_candidates(st, outs, ctx, kind, rng):
    """Return list of (ND wrong, text) candidates for kind."""
    o = outs[st["id"]]
    nd = o["disp"]
    txt = core(nd, Ctx(sep="", drop_cents=ctx.drop_cents, money_min=ctx.money_min, pct_as_dec=ctx.pct_as_dec))
    pct_dec = nd.pct and ctx.pct_as_dec
    scale = 100 if (nd.pct and not ctx.pct_as_dec) else 1
    num = F(txt)
    d = decs_of(txt)
    cands = []

    def mk(v_written, dd):
        if v_written <= 0:
            return None
        return ND(v_written / scale, dd, nd.money, nd.pct)

    if kind == "off_by_one":
        for dv in (1, -1):
            cands.append(mk(num + dv, d))
    elif kind == "off_by_ten":
        for dv in (10, -10):
            cands.append(mk(num + dv, d))
    elif kind in ("swap_digits", "drop_digit", "double_digit"):
        ip, _, fp = txt.partition(".")
        digs = ip + fp
        if kind == "swap_digits":
            for i in range(len(digs) - 1):
                if digs[i] != digs[i + 1] and not (i == 0 and digs[1] == "0" and len(ip) > 1):
                    nds = digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:]
                    cands.append(mk(F(nds[:len(ip)] + ("." + nds[len(ip):] if fp else "")), d))
        elif kind == "drop_digit":
            if len(ip) >= 2:
                for i in range(len(ip)):
                    ni = ip[:i] + ip[i + 1:]
                    if ni[0] == "0":
                        continue
                    cands.append(mk(F(ni + ("." + fp if fp else "")), d))
        else:
            for i in range(len(ip)):
                ni = ip[:i] + ip[i] + ip[i:]
                cands.append(mk(F(ni + ("." + fp if fp else "")), d))
    elif kind == "decimal_shift":
        for f in (F(10), F(1, 10)):
            v = num * f
            dd = ndec(v)
            if nd.money:
                if dd > 2:
                    continue
                dd = 2 if (d == 2 or dd > 0) else 0
            cands.append(mk(v, dd))
    elif kind == "wrong_op":
        e = st["e"]
        def is_pct(c):
            return (c[0] == "n" and c[4]) or (c[0] == "r" and outs[c[1]]["ref"].pct)
        if e[0] == "o" and len(e[2]) == 2 and all(c[0] in ("n", "r") and not is_pct(c) for c in e[2]):
            alts = {"*": ["+", "/"], "/": ["*", "-"], "+": ["-", "*"], "-": ["+"]}[e[1]]
            for a in alts:
                v = ev(("o", a, e[2]), {k: oo["ref"] for k, oo in outs.items()}) * scale
                if v <= 0:
                    continue
                if nd.money:
                    dd = 2
                elif rhu(v, st["dec"]) == v:
                    dd = ndec(v)
                else:
                    dd = st["dec"]
                vr = rhu(v, dd)
                if ctx.money_min:
                    dd = min(dd, ndec(vr))
                cands.append(mk(vr, dd))
    res = []
    for c in cands:
        if c is None:
            continue
        wtxt = core(c, Ctx(sep="", drop_cents=ctx.drop_cents, money_min=ctx.money_min, pct_as_dec=ctx.pct_as_dec))
        wv = F(wtxt)
        if wv == num:
            continue
        # must not be an acceptable rounding of the true value
        true = o["true"] * scale
        if rhu(true, decs_of(wtxt)) == wv:
            continue
        if abs(wv - num) * 10 ** max(d, decs_of(wtxt)) < 1:
            continue
        res.append(c)
    return res


def positive_ok(prob, outs):
    for st in prob["steps"]:
        o = outs[st["id"]]
        if o["ref"].v <= 0 or o["true"] <= 0:
            return False
        if st["kind"] == "calc" and not st["money"] and o["ref"].v > 10 ** 7:
            return False
    return True


# ---------------------------------------------------------------- assembly
def build_problem(i):
    name, fn = TEMPLATES[i % len(TEMPLATES)]
    rng = random.Random(f"roadtrip-{i}")
    prob = fn(rng)
    prob["template"] = name
    prob["stepmap"] = {s["id"]: s for s in prob["steps"] + ([prob["check"]] if prob.get("check") else [])}
    style = STYLES[(i + i // len(TEMPLATES)) % len(STYLES)]
    return prob, style, rng


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def make_rows(i):
    prob, style, rng = build_problem(i)
    pid = f"rt{i:04d}"
    seed = f"render-{pid}"
    gold = evaluate(prob)
    lines, comps = render(prob, style, gold, seed)
    ncomp = len(comps)
    assert 2 <= ncomp <= 8, (pid, ncomp)
    final = final_str(prob, gold)
    ctx = make_ctx(style, random.Random(seed))
    sol = "\n".join(lines)
    base = dict(pid=pid, template=prob["template"], style=style, problem=prob["problem"])
    rows = [dict(base, variant="correct", solution=sol, final=final)]

    calc_idx = [k for k, (sid, li) in enumerate(comps) if prob["stepmap"].get(sid, {}).get("kind") == "calc"]
    frng = random.Random(f"fault-{pid}")
    for variant, off in (("slip", 0), ("carry", 3)):
        kinds = KINDS[(i + off) % 7:] + KINDS[:(i + off) % 7]
        done = False
        order = calc_idx[:]
        frng.shuffle(order)
        if variant == "carry":
            # prefer steps that feed the answer: try non-final first but any
            pass
        for kind in kinds:
            for k in order:
                sid = comps[k][0]
                st = prob["stepmap"][sid]
                cands = fault_candidates(st, gold, ctx, kind, frng)
                frng.shuffle(cands)
                for wnd in cands:
                    try:
                        fo = evaluate(prob, (sid, wnd, variant))
                    except ZeroDivisionError:
                        continue
                    if variant == "carry":
                        if not positive_ok(prob, fo) or final_str(prob, fo) == final:
                            continue
                    flines, fcomps = render(prob, style, fo, seed)
                    if [s for s, _ in fcomps] != [s for s, _ in comps]:
                        continue
                    li = fcomps[k][1]
                    psign = ctx.pctsign if (wnd.pct and not ctx.pct_as_dec) else ""
                    wtxt = core(wnd, ctx) + psign
                    rtxt = core(gold[sid]["disp"], ctx) + psign
                    if variant == "slip":
                        diff = [a for a in range(len(lines)) if lines[a] != flines[a]] if len(lines) == len(flines) else None
                        if diff != [li]:
                            continue
                    fsol = "\n".join(flines)
                    row = dict(base, variant=variant, solution=fsol, final=final,
                               span=line_span(flines, li), wrong=wtxt, right=rtxt, step=k + 1, kind=kind)
                    rows.append(row)
                    done = True
                    break
                if done:
                    break
            if done:
                break
        if not done:
            return None
    # loop
    lrng = random.Random(f"loop-{pid}")
    want_partial = lrng.random() < 0.4
    opts = []
    comp_lines = sorted(set(li for _, li in comps))
    for L in comp_lines:
        for k in (1, 2, 3):
            if L - k + 1 < 0:
                continue
            unit = lines[L - k + 1:L + 1]
            first = unit[0]
            fd = next((j for j, ch in enumerate(first) if ch.isdigit()), len(first))
            can_partial = fd >= 4 and first.strip() != ""
            if L - k + 1 == 0 and k == 1 and L == 0:
                pass
            opts.append((L, k, can_partial, fd))
    good = [o for o in opts if o[2]] if want_partial else opts
    if not good:
        good = opts
        want_partial = False
    L, k, can_partial, fd = lrng.choice(good)
    reps = lrng.randrange(8, 31)
    unit = lines[L - k + 1:L + 1]
    unit_txt_ = "\n".join(unit)
    prefix = lines[:L + 1]
    out_lines = prefix + unit * (reps - 1)
    loop_sol = "\n".join(out_lines)
    start2 = len("\n".join(prefix)) + 1
    span = [start2, start2 + len(unit_txt_)]
    if want_partial and can_partial:
        cut = lrng.randrange(2, fd + 1) if fd >= 2 else fd
        cut = min(cut, fd)
        part = unit[0][:cut]
        if part.strip():
            loop_sol += "\n" + part
    rows.append(dict(base, variant="loop", solution=loop_sol, final=final, span=span, repeats=reps))
    return rows


KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
        "kind", "repeats"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    out = []
    i = 0
    made = 0
    while made < N_PROBLEMS:
        rows = make_rows(i)
        i += 1
        if rows is None:
            continue
        made += 1
        out.extend(rows)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            o = {k: r[k] for k in KEYS if k in r}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
