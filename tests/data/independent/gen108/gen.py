#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (home utilities & energy)
with seeded arithmetic faults.  Deterministic: python3 gen.py --out set.jsonl"""
import argparse
import json
import math
import random
from fractions import Fraction as Fr

# ----------------------------------------------------------------------------
# expression trees
# ----------------------------------------------------------------------------


class Leaf:
    __slots__ = ("txt", "kind", "unit", "per")

    def __init__(self, txt, kind="plain", unit="", per=""):
        self.txt, self.kind, self.unit, self.per = str(txt), kind, unit, per

    def val(self):
        v = Fr(self.txt)
        return v / 100 if self.kind == "pct" else v


class Op:
    __slots__ = ("op", "a", "b")

    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


class Par:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


def Q(x, unit=""):
    return Leaf(x, "plain", unit)


def M(x):
    return Leaf(x, "money")


def RT(x, per):
    return Leaf(x, "money", "", per)


def PCT(x):
    return Leaf(x, "pct")


def _fold(op, xs):
    n = xs[0]
    for x in xs[1:]:
        n = Op(op, n, x)
    return n


def add(*xs):
    return _fold("+", xs)


def mul(*xs):
    return _fold("*", xs)


def sub(a, b):
    return Op("-", a, b)


def div(a, b):
    return Op("/", a, b)


def ev(n):
    if isinstance(n, Leaf):
        return n.val()
    if isinstance(n, Par):
        return ev(n.a)
    a, b = ev(n.a), ev(n.b)
    if n.op == "+":
        return a + b
    if n.op == "-":
        return a - b
    if n.op == "*":
        return a * b
    return a / b


def ops_of(n, acc=None):
    acc = [] if acc is None else acc
    if isinstance(n, Op):
        acc.append(n)
        ops_of(n.a, acc)
        ops_of(n.b, acc)
    elif isinstance(n, Par):
        ops_of(n.a, acc)
    return acc


def has_par(n):
    if isinstance(n, Par):
        return True
    if isinstance(n, Op):
        return has_par(n.a) or has_par(n.b)
    return False


def rnd(v, dec):
    q = v * (10 ** dec)
    if v >= 0:
        n = math.floor(q + Fr(1, 2))
    else:
        n = -math.floor(-q + Fr(1, 2))
    return Fr(n, 10 ** dec)


def txt_of(v, dec, trim=False):
    n = int(v * (10 ** dec))
    neg = n < 0
    s = str(abs(n))
    if dec:
        s = s.rjust(dec + 1, "0")
        ip, fp = s[:-dec], s[-dec:]
    else:
        ip, fp = s, ""
    if trim:
        fp = fp.rstrip("0")
    return ("-" if neg else "") + ip + ("." + fp if fp else "")


def exact_txt(v, maxdec=6):
    for d in range(maxdec + 1):
        if (v * 10 ** d).denominator == 1:
            return txt_of(v, d, True)
    return None


def mid_of(n):
    """Replace parenthesised sub-expressions by their exact values."""
    if isinstance(n, Par):
        t = exact_txt(ev(n.a))
        return Leaf(t, "plain") if t is not None else n
    if isinstance(n, Op):
        return Op(n.op, mid_of(n.a), mid_of(n.b))
    return n


def dec_of(t):
    return len(t.split(".")[1]) if "." in t else 0


# ----------------------------------------------------------------------------
# recorder
# ----------------------------------------------------------------------------


class Rec:
    def __init__(self, money, fault=None):
        self.items = []
        self.n = 0
        self.money = money  # cents | trim_whole | trim
        self.fault = fault  # (comp index, wrong txt, carry?)

    def fmt(self, exact, kind, dec, trim):
        if kind == "money":
            r = rnd(exact, dec)
            t = txt_of(r, dec)
            if dec == 2:
                if self.money == "trim":
                    t = txt_of(r, 2, True)
                elif self.money == "trim_whole" and r.denominator == 1:
                    t = txt_of(r, 0)
            return t, r
        if kind == "pct":
            r = rnd(exact * 100, dec)
            return txt_of(r, dec, trim), r / 100
        r = rnd(exact, dec)
        return txt_of(r, dec, trim), r

    def calc(self, label, expr, kind="plain", unit="", dec=2, trim=True):
        if kind == "money" and dec is None:
            dec = 2
        exact = ev(expr)
        t, r = self.fmt(exact, kind, dec, trim)
        idx = self.n
        self.n += 1
        shown = use = t
        if self.fault and self.fault[0] == idx:
            shown = self.fault[1]
            if self.fault[2]:
                use = shown
        self.items.append(dict(type="calc", label=label, expr=expr, exact=exact, txt=shown, right=t,
                               approx=(r != exact), kind=kind, unit=unit, dec=dec, idx=idx,
                               res=Leaf(shown, kind, unit)))
        return Leaf(use, kind, unit)

    def check(self, expr, kind="plain", unit="", dec=2):
        exact = ev(expr)
        t, r = self.fmt(exact, kind, dec, True)
        idx = self.n
        self.n += 1
        self.items.append(dict(type="check", expr=expr, exact=exact, txt=t, right=t, approx=(r != exact),
                               kind=kind, unit=unit, dec=dec, idx=idx, res=Leaf(t, kind, unit), label="check"))

    def roundup(self, leaf, unit, thing):
        v = leaf.val()
        c = math.ceil(v)
        self.items.append(dict(type="round", frm=leaf, to=Leaf(str(c), "plain", unit), unit=unit, thing=thing,
                               whole=(v.denominator == 1)))
        return Leaf(str(c), "plain", unit)


# ----------------------------------------------------------------------------
# problem text helpers
# ----------------------------------------------------------------------------


def grp(ip, sep=","):
    if len(ip) <= 3 or not sep:
        return ip
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sep.join(out)


def nf(t, sep=","):
    t = str(t)
    if "." in t:
        ip, fp = t.split(".")
        return grp(ip, sep) + "." + fp
    return grp(t, sep)


def ms(t):
    return "$" + nf(t)


NAMES = ["Maria", "James", "Priya", "Daniel", "Aisha", "Tom", "Keiko", "Luis", "Hannah", "Omar", "Grace", "Ben",
         "Sofia", "Marcus", "Elena", "Raj", "Chloe", "Noah", "Fatima", "Ethan", "Leah", "Carlos", "Nina", "Sam"]
FAMILIES = ["Garcia", "Nguyen", "Patel", "Johnson", "Okafor", "Kowalski", "Moreno", "Chen", "Reed", "Silva"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def D(s):
    return Fr(s)


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------
TEMPLATES = []


def template(name):
    def deco(cls):
        cls.name = name
        TEMPLATES.append(cls)
        return cls
    return deco


@template("tiered_electric")
class Tiered:
    phr = [
        "The {fam} household used {U} kWh of electricity in {mon}. Their utility charges {r1} per kWh for the first "
        "{A} kWh and {r2} per kWh for every kWh above that, plus a fixed monthly service charge of {F}. What was "
        "their total electric bill?",
        "An electric company bills in two tiers: the first {A} kWh each month cost {r1}/kWh, and any usage beyond "
        "{A} kWh costs {r2}/kWh. There is also a {F} customer charge. If {name}'s apartment used {U} kWh in {mon}, "
        "how much is the bill in dollars?",
        "{name}'s electric bill shows {U} kWh used this month. The rates are {r1} per kWh up to {A} kWh, {r2} per "
        "kWh after that, and a flat {F} service fee. How much does the bill come to?",
    ]

    def sample(rng):
        A = pick(rng, ["400", "500", "600"])
        U = str(rng.randint(int(A) + 80, 1480))
        r1 = pick(rng, ["0.09", "0.10", "0.11", "0.12", "0.105", "0.115", "0.13", "0.125"])
        r2 = D(r1) + D(pick(rng, ["0.02", "0.03", "0.04", "0.05", "0.035", "0.045"]))
        r2 = txt_of(r2, 3) if (r2 * 100).denominator != 1 else txt_of(r2, 2)
        F = pick(rng, ["8.50", "10.00", "12.00", "15.75", "9.95", "11.25"])
        return dict(A=A, U=U, r1=r1, r2=r2, F=F)

    def disp(p):
        return dict(A=nf(p["A"]), U=nf(p["U"]), r1=ms(p["r1"]), r2=ms(p["r2"]), F=ms(p["F"]))

    def givens(p):
        return [("monthly usage", nf(p["U"]) + " kWh"),
                ("first-tier rate", ms(p["r1"]) + " per kWh for the first " + nf(p["A"]) + " kWh"),
                ("second-tier rate", ms(p["r2"]) + " per kWh above that"),
                ("service charge", ms(p["F"]))]

    def solve(S, p):
        k2 = S.calc("second-tier usage", sub(Q(p["U"], "kWh"), Q(p["A"], "kWh")), unit="kWh", dec=0)
        c1 = S.calc("first-tier cost", mul(Q(p["A"], "kWh"), RT(p["r1"], "kWh")), "money")
        c2 = S.calc("second-tier cost", mul(k2, RT(p["r2"], "kWh")), "money")
        tot = S.calc("total bill", add(c1, c2, M(p["F"])), "money")
        S.check(add(Q(p["A"], "kWh"), k2), unit="kWh", dec=0)
        return tot, "total electric bill"


APPLIANCES = [("space heater", ["1500", "1200", "1000"]), ("window air conditioner", ["900", "1200", "800"]),
              ("dehumidifier", ["300", "450", "600"]), ("gaming PC", ["350", "450", "500"]),
              ("pool pump", ["1100", "1500", "2000"]), ("electric kettle", ["1500", "1800"]),
              ("ceiling fan", ["75", "60", "90"]), ("chest freezer", ["150", "200"])]


@template("appliance_cost")
class Appliance:
    phr = [
        "A {app} is rated at {W} watts. {name} runs it {h} hours a day for {d} days. If electricity costs {r} per "
        "kWh, how much does it cost to run the {app} over that period? Round to the nearest cent.",
        "{name} wants to know what a {W}-watt {app} adds to the power bill. It runs {h} hours per day, the period "
        "is {d} days, and the utility charges {r}/kWh. What is the running cost, to the nearest cent?",
        "How much does it cost to operate a {W} W {app} for {h} hours each day over {d} days at an electricity "
        "rate of {r} per kilowatt-hour? Give the answer to the nearest cent.",
    ]

    def sample(rng):
        app, ws = pick(rng, APPLIANCES)
        return dict(app=app, W=pick(rng, ws), h=pick(rng, ["2", "3", "4", "5", "6", "8", "10", "1.5", "2.5"]),
                    d=pick(rng, ["30", "31", "14", "90", "7", "60"]),
                    r=pick(rng, ["0.11", "0.13", "0.14", "0.15", "0.16", "0.17", "0.19", "0.22", "0.125"]))

    def disp(p):
        return dict(app=p["app"], W=nf(p["W"]), h=p["h"], d=p["d"], r=ms(p["r"]))

    def givens(p):
        return [("power rating", nf(p["W"]) + " W"), ("daily run time", p["h"] + " hours"),
                ("period", p["d"] + " days"), ("electricity rate", ms(p["r"]) + " per kWh")]

    def solve(S, p):
        kw = S.calc("power in kilowatts", div(Q(p["W"], "W"), Q("1000")), unit="kW", dec=3)
        day = S.calc("daily energy use", mul(kw, Q(p["h"], "hours")), unit="kWh", dec=3)
        tot = S.calc("energy over the period", mul(day, Q(p["d"], "days")), unit="kWh", dec=3)
        cost = S.calc("running cost", mul(tot, RT(p["r"], "kWh")), "money")
        return cost, "cost to run the " + p["app"]


@template("water_gallons_to_ccf")
class WaterCCF:
    phr = [
        "The {fam} family uses about {g} gallons of water per day. Their {d}-day bill charges {r} per CCF "
        "(1 CCF = 748 gallons) plus a {fee} service fee. Rounding the usage to the nearest hundredth of a CCF, what "
        "is the water bill?",
        "{name}'s household averages {g} gallons of water a day. The water utility bills {r} for each CCF, where "
        "1 CCF = 748 gallons, and adds a fixed {fee} charge. For a {d}-day billing period, and rounding the CCF "
        "to two decimal places, how much is the bill?",
        "A home uses {g} gallons of water daily over a {d}-day billing cycle. Water costs {r} per hundred cubic "
        "feet (1 CCF = 748 gallons), and there is a {fee} base charge. Round the CCF to the nearest hundredth and "
        "find the total bill.",
    ]

    def sample(rng):
        return dict(g=str(rng.randrange(150, 425, 5)), d=pick(rng, ["30", "31", "60", "61", "90"]),
                    r=pick(rng, ["3.85", "4.20", "5.10", "6.45", "7.25", "4.75", "5.60"]),
                    fee=pick(rng, ["12.50", "18.00", "9.75", "22.40", "15.00"]))

    def disp(p):
        return dict(g=p["g"], d=p["d"], r=ms(p["r"]), fee=ms(p["fee"]))

    def givens(p):
        return [("daily use", p["g"] + " gallons"), ("billing period", p["d"] + " days"),
                ("water rate", ms(p["r"]) + " per CCF"), ("service fee", ms(p["fee"]))]

    def solve(S, p):
        tot = S.calc("total water use", mul(Q(p["g"], "gallons/day"), Q(p["d"], "days")), unit="gallons", dec=0)
        ccf = S.calc("usage in CCF", div(tot, Q("748", "gallons/CCF")), unit="CCF", dec=2)
        use = S.calc("usage charge", mul(ccf, RT(p["r"], "CCF")), "money")
        bill = S.calc("total water bill", add(use, M(p["fee"])), "money")
        return bill, "water bill"


@template("ccf_per_person")
class CCFPerson:
    phr = [
        "A water bill for a {d}-day period shows {N} CCF of water used by a household of {n} people. Since "
        "1 CCF = 748 gallons, how many gallons did each person use per day? Round each division to the nearest "
        "tenth.",
        "{name}'s house of {n} people used {N} CCF of water over {d} days. One CCF equals 748 gallons. Find the "
        "average daily use per person in gallons, rounding to one decimal place at each division.",
        "The {fam}s ({n} people) were billed for {N} CCF of water in a {d}-day cycle. Using 1 CCF = 748 gallons, "
        "what is the water use per person per day, to the nearest tenth of a gallon (round the daily household "
        "figure first)?",
    ]

    def sample(rng):
        return dict(N=pick(rng, [str(rng.randint(5, 22)), exact_txt(Fr(rng.randint(50, 220), 10))]),
                    d=pick(rng, ["30", "31", "28", "29"]), n=str(rng.randint(2, 6)))

    def disp(p):
        return dict(N=p["N"], d=p["d"], n=p["n"])

    def givens(p):
        return [("water used", p["N"] + " CCF"), ("billing period", p["d"] + " days"),
                ("household size", p["n"] + " people")]

    def solve(S, p):
        gal = S.calc("total gallons", mul(Q(p["N"], "CCF"), Q("748", "gallons/CCF")), unit="gallons", dec=1)
        day = S.calc("household use per day", div(gal, Q(p["d"], "days")), unit="gallons", dec=1)
        pp = S.calc("use per person per day", div(day, Q(p["n"], "people")), unit="gallons", dec=1)
        return pp, "water use per person per day"


@template("furnace_therms")
class Furnace:
    phr = [
        "A gas furnace burns {B} BTU per hour while running. In {mon} it runs {h} hours a day for all {d} days. "
        "One therm is 100,000 BTU and gas costs {pr} per therm. What is the cost of the gas it burns that month?",
        "{name}'s furnace has an input rating of {B} BTU/hr. It averages {h} hours of run time per day over a "
        "{d}-day month. If 1 therm = 100,000 BTU and the gas rate is {pr}/therm, how much does the furnace's gas "
        "cost for the month?",
        "A furnace rated at {B} BTU per hour runs {h} hours each day for {d} days. Natural gas is billed at {pr} per "
        "therm (1 therm = 100,000 BTU). Find the monthly gas cost in dollars.",
    ]

    def sample(rng):
        return dict(B=pick(rng, ["40000", "60000", "80000", "100000", "120000", "70000"]),
                    h=pick(rng, ["3", "4", "5", "6", "7", "8", "9"]), d=pick(rng, ["30", "31"]),
                    pr=pick(rng, ["0.95", "1.10", "1.24", "1.38", "1.52", "1.75", "1.19"]),
                    mon=pick(rng, ["January", "December", "February"]))

    def disp(p):
        return dict(B=nf(p["B"]), h=p["h"], d=p["d"], pr=ms(p["pr"]), mon=p["mon"])

    def givens(p):
        return [("furnace input", nf(p["B"]) + " BTU per hour"), ("run time", p["h"] + " hours a day"),
                ("number of days", p["d"]), ("gas price", ms(p["pr"]) + " per therm")]

    def solve(S, p):
        day = S.calc("heat input per day", mul(Q(p["B"], "BTU/hr"), Q(p["h"], "hours")), unit="BTU", dec=0)
        mon = S.calc("heat input for the month", mul(day, Q(p["d"], "days")), unit="BTU", dec=0)
        th = S.calc("gas used in therms", div(mon, Q("100000", "BTU/therm")), unit="therms", dec=2)
        cost = S.calc("monthly gas cost", mul(th, RT(p["pr"], "therm")), "money")
        return cost, "monthly gas cost for the furnace"


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@template("heating_degree_days")
class HDD:
    phr = [
        "Heating degree days (HDD) for a day are 65°F minus the day's average temperature. Over {k} days the "
        "average temperatures were {temps}. {name}'s house uses {t} therms of gas per HDD, and gas costs {pr} per "
        "therm. What did heating cost over those days?",
        "A utility estimates heating gas use as {t} therms per heating degree day, where each day's HDD = 65°F "
        "minus its average temperature. The daily averages for {k} cold days were {temps}. At {pr} per therm, what "
        "was the heating cost for those days? Round to the nearest cent.",
        "Over {k} winter days the average temperatures were {temps}. Using a base of 65°F for heating degree days, "
        "a home burns {t} therms per degree day. If gas is {pr}/therm, find the gas cost for the {k} days.",
    ]

    def sample(rng):
        k = rng.choice([3, 4])
        temps = [str(rng.randint(18, 58)) for _ in range(k)]
        start = rng.randrange(7 - k + 1)
        return dict(k=str(k), temps=temps, days=DAYS[start:start + k],
                    t=pick(rng, ["0.15", "0.18", "0.2", "0.22", "0.25", "0.3", "0.12"]),
                    pr=pick(rng, ["1.05", "1.18", "1.29", "1.42", "1.60"]))

    def disp(p):
        ts = [t + "°F" for t in p["temps"]]
        ts = ", ".join(ts[:-1]) + ", and " + ts[-1]
        return dict(k=p["k"], temps=ts, t=p["t"], pr=ms(p["pr"]))

    def givens(p):
        return [("base temperature", "65°F"), ("gas use", p["t"] + " therms per HDD"),
                ("gas price", ms(p["pr"]) + " per therm")]

    def solve(S, p):
        hs = []
        for day, t in zip(p["days"], p["temps"]):
            hs.append(S.calc("HDD for " + day, sub(Q("65", "°F"), Q(t, "°F")), unit="HDD", dec=0))
        tot = S.calc("total degree days", add(*hs), unit="HDD", dec=0)
        th = S.calc("gas used", mul(tot, Q(p["t"], "therms/HDD")), unit="therms", dec=2)
        cost = S.calc("heating cost", mul(th, RT(p["pr"], "therm")), "money")
        return cost, "heating cost for those days"


@template("thermostat_setback")
class Thermostat:
    phr = [
        "{name} spends {C} a year on heating. Turning the thermostat down saves about {s}% of the heating cost for "
        "each degree of setback. If {name} sets it back {k} degrees, what will the new yearly heating cost be?",
        "A rule of thumb says you save {s}% on heating for every degree you lower the thermostat. The {fam}s pay "
        "{C} per year to heat their home and plan to lower the setting by {k}°F. What is their new annual heating "
        "cost?",
        "Heating a house costs {C} per year. Each 1-degree thermostat setback cuts that cost by {s}%. With a "
        "{k}-degree setback, how much will heating cost per year?",
    ]

    def sample(rng):
        C = pick(rng, [str(rng.randrange(900, 2400, 10)) + ".00", str(rng.randrange(900, 2400, 10) + 5) + ".50"])
        return dict(C=C, s=pick(rng, ["1", "1.5", "2", "3"]), k=str(rng.randint(4, 10)))

    def disp(p):
        return dict(C=ms(p["C"]), s=p["s"], k=p["k"])

    def givens(p):
        return [("annual heating cost", ms(p["C"])), ("savings rate", p["s"] + "% per degree"),
                ("setback", p["k"] + " degrees")]

    def solve(S, p):
        pc = S.calc("percent saved", mul(PCT(p["s"]), Q(p["k"], "degrees")), "pct", dec=1)
        sv = S.calc("yearly savings", mul(M(p["C"]), pc), "money")
        new = S.calc("new heating cost", sub(M(p["C"]), sv), "money")
        S.check(add(sv, new), "money")
        return new, "new yearly heating cost"


@template("roommate_split_heater")
class RoommateSplit:
    phr = [
        "{n} roommates split their utilities evenly: electricity {E}, gas {G}, water {W}, and internet {I}. One "
        "roommate's space heater added {X} to the electric bill, so that roommate pays the {X} alone and the rest "
        "is split {n} ways. How much does the roommate with the heater pay in total? Round to the nearest cent.",
        "This month's bills for an apartment of {n} roommates were: electric {E}, gas {G}, water {W}, internet {I}. "
        "{name} ran a space heater that accounted for {X} of the electric bill and agreed to cover that amount "
        "personally, with everything else shared equally. What does {name} owe, to the nearest cent?",
        "A shared house has {n} tenants. Utilities this month: {E} electric, {G} gas, {W} water and {I} internet. "
        "One tenant pays an extra {X} for a space heater; the remaining total is divided equally among all {n}. "
        "What is that tenant's total payment (nearest cent)?",
    ]

    def sample(rng):
        def c(lo, hi):
            return "%d.%02d" % (rng.randint(lo, hi), rng.randrange(100))
        return dict(n=str(rng.randint(3, 5)), E=c(85, 240), G=c(30, 120), W=c(40, 110),
                    I=pick(rng, ["59.99", "65.00", "70.00", "49.99", "80.00"]), X=c(18, 45))

    def disp(p):
        return dict(n=p["n"], E=ms(p["E"]), G=ms(p["G"]), W=ms(p["W"]), I=ms(p["I"]), X=ms(p["X"]))

    def givens(p):
        return [("electric bill", ms(p["E"])), ("gas bill", ms(p["G"])), ("water bill", ms(p["W"])), ("internet bill", ms(p["I"])),
                ("heater charge", ms(p["X"])), ("number of roommates", p["n"])]

    def solve(S, p):
        tot = S.calc("total utilities", add(M(p["E"]), M(p["G"]), M(p["W"]), M(p["I"])), "money")
        sh = S.calc("shared amount", sub(tot, M(p["X"])), "money")
        each = S.calc("per-person share", div(sh, Q(p["n"], "roommates")), "money")
        own = S.calc("heater owner's total", add(each, M(p["X"])), "money")
        return own, "amount the roommate with the heater pays"


@template("roommate_prorate")
class Prorate:
    phr = [
        "A {B} electric bill covers a 30-day month. {r} roommates lived in the apartment all month and a new "
        "roommate moved in for the last {Dd} days. They split the bill by person-days. How much does each "
        "full-month roommate pay, to the nearest cent?",
        "{name} and the other full-time roommates ({r} people in all) were home for the whole 30-day billing "
        "period, while a subletter stayed only {Dd} days. The {B} utility bill is split in proportion to days "
        "stayed. Rounding to the nearest cent, what does each full-time roommate owe?",
        "Split a {B} monthly utility bill (30 days) by person-days: {r} people stayed all 30 days and one guest "
        "stayed {Dd} days. The guest pays their share first, and the full-month people divide the rest equally. "
        "What does each full-month person pay (nearest cent)?",
    ]

    def sample(rng):
        return dict(B="%d.%02d" % (rng.randint(150, 420), rng.randrange(100)), r=str(rng.randint(2, 4)),
                    Dd=str(rng.randint(6, 24)))

    def disp(p):
        return dict(B=ms(p["B"]), r=p["r"], Dd=p["Dd"])

    def givens(p):
        return [("monthly bill", ms(p["B"])), ("number of full-month roommates", p["r"]), ("new roommate's stay", p["Dd"] + " days")]

    def solve(S, p):
        fd = S.calc("full-month person-days", mul(Q(p["r"], "people"), Q("30", "days")), unit="person-days", dec=0)
        pd = S.calc("total person-days", add(fd, Q(p["Dd"], "person-days")), unit="person-days", dec=0)
        gs = S.calc("new roommate's share", div(mul(M(p["B"]), Q(p["Dd"])), pd), "money")
        rest = S.calc("remaining amount", sub(M(p["B"]), gs), "money")
        each = S.calc("full-month share", div(rest, Q(p["r"], "people")), "money")
        return each, "amount each full-month roommate pays"


@template("solar_payback")
class SolarPayback:
    phr = [
        "{name} is installing a {S} kW solar system at {c} per watt. A {cr}% federal tax credit reduces the cost. "
        "The panels get {h} peak sun hours per day, and electricity costs {r} per kWh. How many years will it take "
        "for the savings to pay back the net cost? Round to the nearest tenth of a year.",
        "A {S}-kilowatt rooftop solar array costs {c}/W installed, before a {cr}% tax credit. It gets {h} "
        "peak sun-hours of full output each day, all year. If each kWh saves {r}, what is the payback period in "
        "years (to one decimal place)?",
        "The {fam}s get a quote for a {S} kW solar setup priced at {c} per watt. They qualify for a {cr}% tax "
        "credit. Their area averages {h} peak sun hours daily and power costs {r}/kWh. Estimate the simple payback "
        "time in years, rounded to the nearest tenth.",
    ]

    def sample(rng):
        return dict(S=pick(rng, ["4", "5", "6", "6.5", "7", "7.5", "8", "9", "10"]),
                    c=pick(rng, ["2.50", "2.75", "2.90", "3.10", "3.25", "2.60"]), cr=pick(rng, ["30", "30", "26"]),
                    h=pick(rng, ["4", "4.5", "5", "5.5"]),
                    r=pick(rng, ["0.13", "0.15", "0.16", "0.18", "0.21", "0.24"]))

    def disp(p):
        return dict(S=p["S"], c=ms(p["c"]), cr=p["cr"], h=p["h"], r=ms(p["r"]))

    def givens(p):
        return [("system size", p["S"] + " kW"), ("installed price", ms(p["c"]) + " per watt"),
                ("tax credit", p["cr"] + "%"), ("average sun", p["h"] + " peak sun hours per day"),
                ("electricity rate", ms(p["r"]) + " per kWh")]

    def solve(S, p):
        w = S.calc("system size in watts", mul(Q(p["S"], "kW"), Q("1000", "W/kW")), unit="W", dec=0)
        g = S.calc("installed cost", mul(w, RT(p["c"], "W")), "money")
        cr = S.calc("tax credit", mul(g, PCT(p["cr"])), "money")
        net = S.calc("net cost", sub(g, cr), "money")
        kwh = S.calc("annual production", mul(Q(p["S"], "kW"), Q(p["h"], "hours"), Q("365", "days")), unit="kWh",
                     dec=1)
        sv = S.calc("annual savings", mul(kwh, RT(p["r"], "kWh")), "money")
        pb = S.calc("payback period", div(net, sv), unit="years", dec=1)
        S.check(add(cr, net), "money")
        return pb, "payback period"


@template("solar_panels_needed")
class PanelsNeeded:
    phr = [
        "The {fam} home uses {U} kWh of electricity a month. Each solar panel is rated {W} W and the area gets {h} "
        "peak sun hours a day. Assuming a 30-day month, how many panels are needed to cover the monthly usage?",
        "{name} wants solar panels to offset {U} kWh per month. A {W}-watt panel produces its rated power for {h} "
        "hours a day on average. Using 30 days per month, what is the smallest number of panels that will do it?",
        "How many {W} W panels does a house using {U} kWh per month need, if each panel makes rated output for "
        "{h} sun-hours daily and a month is 30 days? (Panels come whole.)",
    ]

    def sample(rng):
        while True:
            U, W, h = str(rng.randrange(500, 1450, 10)), pick(rng, ["350", "370", "400", "420", "450", "300"]), \
                pick(rng, ["4", "4.5", "5", "5.5", "6", "3.5"])
            n = D(U) / (D(W) * D(h) / 1000 * 30)
            if (n - math.floor(n)) > Fr(1, 10) and n < 60:
                return dict(U=U, W=W, h=h)

    def disp(p):
        return dict(U=nf(p["U"]), W=p["W"], h=p["h"])

    def givens(p):
        return [("monthly usage", nf(p["U"]) + " kWh"), ("panel rating", p["W"] + " W"),
                ("average sun", p["h"] + " peak sun hours per day")]

    def solve(S, p):
        d = S.calc("daily output per panel", div(mul(Q(p["W"], "W"), Q(p["h"], "hours")), Q("1000", "Wh/kWh")),
                   unit="kWh", dec=3)
        m = S.calc("monthly output per panel", mul(d, Q("30", "days")), unit="kWh", dec=2)
        n = S.calc("panels needed", div(Q(p["U"], "kWh"), m), unit="panels", dec=2)
        c = S.roundup(n, "panels", "panel")
        return c, "number of panels needed"


@template("led_retrofit")
class LED:
    phr = [
        "{name} replaces {n} old {o} W bulbs with {w} W LED bulbs. The lights are on {h} hours a day. At {r} per "
        "kWh, how much money is saved in a year (365 days)? Round kWh to the nearest tenth.",
        "A {fam} family swaps {n} incandescent bulbs ({o} watts each) for {w}-watt LEDs. If each light runs {h} "
        "hours per day and electricity is {r}/kWh, what are the yearly savings? Use 365 days and round the yearly "
        "kWh to one decimal place.",
        "Switching {n} bulbs from {o} W to {w} W LEDs, used {h} hours daily, saves how much per year at {r} per "
        "kilowatt-hour? (365 days; round the annual kWh to the nearest tenth.)",
    ]

    def sample(rng):
        o = pick(rng, ["60", "75", "100"])
        w = pick(rng, {"60": ["8", "9", "10"], "75": ["11", "12", "13"], "100": ["14", "15", "16"]}[o])
        return dict(n=str(rng.randint(6, 20)), o=o, w=w, h=pick(rng, ["3", "4", "5", "6", "2.5", "3.5"]),
                    r=pick(rng, ["0.12", "0.14", "0.15", "0.17", "0.19", "0.135"]))

    def disp(p):
        return dict(n=p["n"], o=p["o"], w=p["w"], h=p["h"], r=ms(p["r"]))

    def givens(p):
        return [("number of bulbs", p["n"]), ("old bulbs", p["o"] + " W"), ("LED bulbs", p["w"] + " W"),
                ("daily use", p["h"] + " hours"), ("rate", ms(p["r"]) + " per kWh")]

    def solve(S, p):
        per = S.calc("watts saved per bulb", sub(Q(p["o"], "W"), Q(p["w"], "W")), unit="W", dec=0)
        tw = S.calc("total watts saved", mul(per, Q(p["n"], "bulbs")), unit="W", dec=0)
        dk = S.calc("energy saved per day", div(mul(tw, Q(p["h"], "hours")), Q("1000", "Wh/kWh")), unit="kWh", dec=3)
        yk = S.calc("energy saved per year", mul(dk, Q("365", "days")), unit="kWh", dec=1)
        mo = S.calc("yearly savings", mul(yk, RT(p["r"], "kWh")), "money")
        return mo, "yearly savings"


@template("time_of_use_shift")
class TOU:
    phr = [
        "{name}'s utility has time-of-use pricing: {rp} per kWh during peak hours and {ro} per kWh off-peak. By "
        "running the dishwasher, laundry and EV charger at night, {name} shifts {X} kWh per day from peak to "
        "off-peak. How much is saved in a year if every month has {d} days?",
        "Peak electricity costs {rp}/kWh and off-peak costs {ro}/kWh. A household moves {X} kWh of daily use to "
        "off-peak hours. Assuming {d}-day months, what are the savings over 12 months?",
        "On a time-of-use plan (peak {rp} per kWh, off-peak {ro} per kWh), the {fam}s shift {X} kWh a day to "
        "off-peak times. Treating each month as {d} days, find the yearly savings.",
    ]

    def sample(rng):
        return dict(rp=pick(rng, ["0.28", "0.32", "0.36", "0.41", "0.45", "0.39"]),
                    ro=pick(rng, ["0.09", "0.11", "0.12", "0.14", "0.13"]), X=str(rng.randint(3, 14)),
                    d=pick(rng, ["30", "31"]))

    def disp(p):
        return dict(rp=ms(p["rp"]), ro=ms(p["ro"]), X=p["X"], d=p["d"])

    def givens(p):
        return [("peak rate", ms(p["rp"]) + " per kWh"), ("off-peak rate", ms(p["ro"]) + " per kWh"),
                ("energy shifted", p["X"] + " kWh per day")]

    def solve(S, p):
        df = S.calc("price difference", sub(RT(p["rp"], "kWh"), RT(p["ro"], "kWh")), "money")
        ds = S.calc("daily savings", mul(Q(p["X"], "kWh"), df), "money")
        ms_ = S.calc("monthly savings", mul(ds, Q(p["d"], "days")), "money")
        ys = S.calc("yearly savings", mul(ms_, Q("12", "months")), "money")
        return ys, "yearly savings"


@template("meter_reading_tax")
class Meter:
    phr = [
        "Last month the electric meter read {R1} kWh; this month it reads {R2} kWh. Energy costs {r} per kWh, there "
        "is a {F} customer charge, and a {t}% tax is added to the subtotal. What is the total bill, to the nearest "
        "cent?",
        "{name} reads the meter: {R2} now, {R1} at the last reading (both in kWh). With a rate of {r}/kWh, a fixed "
        "charge of {F}, and {t}% sales tax on everything, how much is due?",
        "An electric meter went from {R1} to {R2} kWh over the billing period. The utility charges {r} per kWh plus "
        "{F}, then adds {t}% tax. Find the amount due, rounded to the nearest cent.",
    ]

    def sample(rng):
        R1 = rng.randint(10000, 89999)
        return dict(R1=str(R1), R2=str(R1 + rng.randint(480, 1300)),
                    r=pick(rng, ["0.118", "0.127", "0.134", "0.142", "0.155", "0.12", "0.14"]),
                    F=pick(rng, ["9.50", "11.00", "14.25", "7.95"]), t=pick(rng, ["5", "6", "7.5", "8.25", "4"]))

    def disp(p):
        return dict(R1=nf(p["R1"]), R2=nf(p["R2"]), r=ms(p["r"]), F=ms(p["F"]), t=p["t"])

    def givens(p):
        return [("current reading", nf(p["R2"]) + " kWh"), ("previous reading", nf(p["R1"]) + " kWh"),
                ("rate", ms(p["r"]) + " per kWh"), ("customer charge", ms(p["F"])), ("tax", p["t"] + "%")]

    def solve(S, p):
        u = S.calc("energy used", sub(Q(p["R2"], "kWh"), Q(p["R1"], "kWh")), unit="kWh", dec=0)
        e = S.calc("energy charge", mul(u, RT(p["r"], "kWh")), "money")
        st = S.calc("subtotal", add(e, M(p["F"])), "money")
        tx = S.calc("tax", mul(st, PCT(p["t"])), "money")
        tot = S.calc("total due", add(st, tx), "money")
        return tot, "total amount due"


@template("low_flow_shower")
class Shower:
    phr = [
        "{name} replaces a {o} gallon-per-minute shower head with a {w} gpm low-flow model. The household takes {s} "
        "showers a day, each {m} minutes long. Water and sewer cost {c} per 1,000 gallons. How much money is saved "
        "in a year (365 days)?",
        "A low-flow shower head uses {w} gallons per minute instead of {o}. With {s} showers of {m} minutes every "
        "day, and a combined water/sewer rate of {c} per thousand gallons, what are the savings over 365 days? "
        "Round to the nearest cent.",
        "The {fam}s take {s} showers daily, {m} minutes each. Their old shower head flows at {o} gpm and the new one "
        "at {w} gpm. If water costs {c} per 1,000 gallons, how much do they save in a 365-day year?",
    ]

    def sample(rng):
        return dict(o="2.5", w=pick(rng, ["1.5", "1.8", "2.0", "1.75"]), m=str(rng.randint(6, 12)),
                    s=str(rng.randint(2, 5)), c=pick(rng, ["9.80", "11.50", "12.40", "14.75", "10.25"]))

    def disp(p):
        return dict(o=p["o"], w=p["w"], m=p["m"], s=p["s"], c=ms(p["c"]))

    def givens(p):
        return [("old flow", p["o"] + " gpm"), ("new flow", p["w"] + " gpm"), ("showers per day", p["s"]),
                ("shower length", p["m"] + " minutes"), ("water cost", ms(p["c"]) + " per thousand gallons")]

    def solve(S, p):
        d = S.calc("water saved per day", mul(Par(sub(Q(p["o"], "gpm"), Q(p["w"], "gpm"))), Q(p["m"], "minutes"),
                                              Q(p["s"], "showers")), unit="gallons", dec=2)
        y = S.calc("water saved per year", mul(d, Q("365", "days")), unit="gallons", dec=1)
        k = S.calc("thousands of gallons saved", div(y, Q("1000")), unit="thousand gallons", dec=4)
        mo = S.calc("yearly savings", mul(k, RT(p["c"], "thousand gallons")), "money")
        return mo, "yearly savings"


@template("ev_vs_gas")
class EV:
    phr = [
        "{name} drives {mi} miles a month. An electric car goes {e} miles per kWh, charged at home for {r} per kWh. "
        "A gas car gets {g} miles per gallon with gas at {gp} per gallon. Rounding kWh and gallons to the nearest "
        "tenth, how much does {name} save per month by driving the EV?",
        "Compare monthly fuel costs for {mi} miles: an EV using {e} mi/kWh with home electricity at {r}/kWh, versus "
        "a {g} mpg gas car with fuel at {gp}/gal. Round the kWh and gallons to one decimal. How much cheaper is the "
        "EV each month?",
        "The {fam}s charge their EV at home ({r} per kWh); it travels {e} miles per kWh. Their old car got {g} mpg "
        "and gas costs {gp}. For {mi} miles a month, with energy amounts rounded to the nearest tenth, what is the "
        "monthly savings with the EV?",
    ]

    def sample(rng):
        return dict(mi=str(rng.randrange(600, 1510, 10)), e=pick(rng, ["3.2", "3.5", "3.8", "4", "3", "4.2"]),
                    r=pick(rng, ["0.12", "0.14", "0.15", "0.17", "0.19", "0.13"]), g=str(rng.randint(24, 36)),
                    gp=pick(rng, ["3.19", "3.45", "3.69", "3.89", "4.09", "3.29"]))

    def disp(p):
        return dict(mi=nf(p["mi"]), e=p["e"], r=ms(p["r"]), g=p["g"], gp=ms(p["gp"]))

    def givens(p):
        return [("monthly driving", nf(p["mi"]) + " miles"), ("EV efficiency", p["e"] + " miles per kWh"),
                ("electricity price", ms(p["r"]) + " per kWh"), ("gas car's mileage", p["g"] + " mpg"),
                ("gas price", ms(p["gp"]) + " per gallon")]

    def solve(S, p):
        k = S.calc("electricity for the EV", div(Q(p["mi"], "miles"), Q(p["e"], "miles/kWh")), unit="kWh", dec=1)
        ec = S.calc("EV charging cost", mul(k, RT(p["r"], "kWh")), "money")
        g = S.calc("gas for the gas car", div(Q(p["mi"], "miles"), Q(p["g"], "mpg")), unit="gallons", dec=1)
        gc = S.calc("gasoline cost", mul(g, RT(p["gp"], "gallon")), "money")
        sv = S.calc("monthly savings", sub(gc, ec), "money")
        return sv, "monthly savings with the EV"


@template("water_heater_therms")
class WaterHeater:
    phr = [
        "A household heats {G} gallons of water a day from {ti}°F to {to}°F. Heating one gallon by 1°F takes 8.34 "
        "BTU, and 1 therm = 100,000 BTU. Ignoring heater losses and rounding the daily therms to the nearest "
        "hundredth, what does a 30-day month of water heating cost at {pr} per therm?",
        "{name}'s gas water heater warms {G} gallons per day by raising it from {ti}°F to {to}°F. Use 8.34 BTU per "
        "gallon per degree and 100,000 BTU per therm. Round the daily gas to two decimal places of a therm. At "
        "{pr}/therm, what is the cost for 30 days?",
        "How much does it cost to heat {G} gallons of water daily from {ti}°F to {to}°F for 30 days if gas costs "
        "{pr} per therm? (8.34 BTU raises 1 gallon by 1°F; 1 therm = 100,000 BTU; round daily therms to the "
        "nearest hundredth; ignore losses.)",
    ]

    def sample(rng):
        ti = rng.choice([45, 50, 55, 60])
        return dict(G=str(rng.randrange(40, 95, 5)), ti=str(ti), to=str(ti + rng.randrange(50, 85, 5)),
                    pr=pick(rng, ["1.05", "1.18", "1.25", "1.36", "1.49", "1.62"]))

    def disp(p):
        return dict(G=p["G"], ti=p["ti"], to=p["to"], pr=ms(p["pr"]))

    def givens(p):
        return [("hot water use", p["G"] + " gallons a day"), ("inlet temperature", p["ti"] + "°F"),
                ("set point", p["to"] + "°F"), ("gas price", ms(p["pr"]) + " per therm")]

    def solve(S, p):
        dt = S.calc("temperature rise", sub(Q(p["to"], "°F"), Q(p["ti"], "°F")), unit="°F", dec=0)
        b = S.calc("heat needed per day", mul(Q(p["G"], "gallons"), Q("8.34", "BTU"), dt), unit="BTU", dec=1)
        t = S.calc("daily gas in therms", div(b, Q("100000", "BTU/therm")), unit="therms", dec=2)
        mt = S.calc("monthly gas use", mul(t, Q("30", "days")), unit="therms", dec=2)
        c = S.calc("monthly water-heating cost", mul(mt, RT(p["pr"], "therm")), "money")
        return c, "monthly cost of heating water"


@template("bill_percent_change")
class PctChange:
    phr = [
        "Last {mon}, {name}'s electric bill was {L}. This {mon} the home used {U} kWh at {r} per kWh plus a {F} "
        "service charge. By what percent did the bill increase? Round to the nearest tenth of a percent.",
        "The {fam}s paid {L} for electricity in {mon} last year. This year in {mon} they used {U} kWh; the rate is "
        "{r}/kWh and the monthly fee is {F}. What is the percent increase in the bill, to one decimal place?",
        "A year ago a {mon} power bill was {L}. This {mon}: {U} kWh at {r} per kWh, plus {F}. Find the percent "
        "change in the bill (nearest tenth of a percent).",
    ]

    def sample(rng):
        while True:
            U = str(rng.randint(600, 1250))
            r = pick(rng, ["0.13", "0.14", "0.15", "0.16", "0.17", "0.145"])
            F = pick(rng, ["10.00", "12.50", "15.00", "9.00"])
            bill = rnd(D(U) * D(r), 2) + D(F)
            L = rnd(bill / Fr(rng.randint(105, 140), 100), 2)
            if bill - L > 5:
                return dict(U=U, r=r, F=F, L=txt_of(L, 2), mon=pick(rng, MONTHS))

    def disp(p):
        return dict(U=nf(p["U"]), r=ms(p["r"]), F=ms(p["F"]), L=ms(p["L"]), mon=p["mon"])

    def givens(p):
        return [("last year's bill", ms(p["L"])), ("usage this year", nf(p["U"]) + " kWh"),
                ("rate", ms(p["r"]) + " per kWh"), ("service charge", ms(p["F"]))]

    def solve(S, p):
        e = S.calc("energy charge", mul(Q(p["U"], "kWh"), RT(p["r"], "kWh")), "money")
        b = S.calc("current bill", add(e, M(p["F"])), "money")
        d = S.calc("increase", sub(b, M(p["L"])), "money")
        pc = S.calc("percent increase", div(d, M(p["L"])), "pct", dec=1, trim=False)
        return pc, "percent increase"


DEVICES = [("TV", ["3", "4", "5", "6"]), ("game console", ["8", "10", "12", "15"]),
           ("cable box", ["12", "15", "18", "25"]), ("microwave", ["2", "3", "4"]), ("printer", ["3", "5", "6"]),
           ("desktop computer", ["4", "6", "8"]), ("sound bar", ["5", "7", "10"]), ("coffee maker", ["1.5", "2.5"])]


@template("standby_power")
class Standby:
    phr = [
        "Devices in {name}'s living room draw standby power around the clock: a {d0} ({w0} W), a {d1} ({w1} W), and "
        "a {d2} ({w2} W). At {r} per kWh, what does this standby power cost over a 365-day year?",
        "Phantom loads: a {d0} uses {w0} W, a {d1} uses {w1} W and a {d2} uses {w2} W even when off, 24 hours a "
        "day. With electricity at {r}/kWh, find the yearly cost of these phantom loads (365 days).",
        "The {fam} family measured standby draws of {w0} W ({d0}), {w1} W ({d1}) and {w2} W ({d2}). If these run "
        "all day, every day for a year of 365 days and power costs {r} per kWh, what is the annual cost?",
    ]

    def sample(rng):
        devs = rng.sample(DEVICES, 3)
        p = dict(r=pick(rng, ["0.12", "0.14", "0.16", "0.18", "0.21", "0.15"]))
        for i, (n, ws) in enumerate(devs):
            p["d%d" % i] = n
            p["w%d" % i] = pick(rng, ws)
        return p

    def disp(p):
        return dict(p, r=ms(p["r"]))

    def givens(p):
        return [(p["d%d" % i] + " standby draw", p["w%d" % i] + " W") for i in range(3)] + [("rate", ms(p["r"]) + " per kWh")]

    def solve(S, p):
        t = S.calc("total standby power", add(Q(p["w0"], "W"), Q(p["w1"], "W"), Q(p["w2"], "W")), unit="W", dec=1)
        hrs = S.calc("hours in a year", mul(Q("24", "hours"), Q("365", "days")), unit="hours", dec=0)
        wh = S.calc("standby energy in watt-hours", mul(t, hrs), unit="Wh", dec=1)
        kwh = S.calc("standby energy in kWh", div(wh, Q("1000", "Wh/kWh")), unit="kWh", dec=2)
        c = S.calc("yearly standby cost", mul(kwh, RT(p["r"], "kWh")), "money")
        return c, "yearly cost of the standby power"


# ----------------------------------------------------------------------------
# styles / rendering
# ----------------------------------------------------------------------------
STYLES = ["gpt4o_markdown", "claude_bold", "bullet_list", "prose", "latex_inline", "latex_display",
          "markdown_table", "terse", "gsm8k", "chatty_tutor", "llama_boxed"]

KNOBS = {
    "gpt4o_markdown": dict(mul=["×"], div=["÷", "/"], sub=["−", "-"], sep=[","], units=[True], money=["cents"],
                           check=0.3, mid=0.6),
    "claude_bold": dict(mul=["×"], div=["÷"], sub=["−"], sep=[","], units=[True, False], money=["cents"],
                        check=0.85, mid=0.5),
    "bullet_list": dict(mul=["×", "x"], div=["÷", "/"], sub=["−", "-"], sep=[","], units=[True, False],
                        money=["cents", "trim_whole"], check=0.5, mid=0.4),
    "prose": dict(mul=["×", "x"], div=["÷", "/"], sub=["−", "-"], sep=[","], units=[True],
                  money=["cents"], check=0.4, mid=0.3),
    "latex_inline": dict(mul=["\\times", "\\cdot"], div=["\\div", "frac"], sub=["-"], sep=["{,}", ","],
                         units=[True, False], money=["cents"], check=0.4, mid=0.5),
    "latex_display": dict(mul=["\\times"], div=["frac", "\\div"], sub=["-"], sep=["{,}"], units=[True, False],
                          money=["cents"], check=0.4, mid=0.6),
    "markdown_table": dict(mul=["×", "x"], div=["÷", "/"], sub=["−", "-"], sep=[","], units=[True, False],
                           money=["cents"], check=0.5, mid=0.0),
    "terse": dict(mul=["*", "x", "×"], div=["/"], sub=["-"], sep=[",", ""], units=[False],
                  money=["trim_whole", "cents"], check=0.4, mid=0.3),
    "gsm8k": dict(mul=["*"], div=["/"], sub=["-"], sep=[""], units=[False], money=["trim"], check=0.0, mid=0.0),
    "chatty_tutor": dict(mul=["times", "multiplied by"], div=["divided by"], sub=["minus"], sep=[","],
                         units=[True], money=["cents"], check=0.6, mid=0.0),
    "llama_boxed": dict(mul=["×", "*", "·"], div=["/", "÷"], sub=["-"], sep=[","], units=[True, False],
                        money=["cents", "trim_whole"], check=0.4, mid=0.4),
}


def cap(s):
    return s[0].upper() + s[1:]


class Ctx:
    def __init__(self, style, rng):
        k = KNOBS[style]
        self.style = style
        self.mul = pick(rng, k["mul"])
        self.div = pick(rng, k["div"])
        self.sub = pick(rng, k["sub"])
        self.add = "plus" if style == "chatty_tutor" else "+"
        self.sep = pick(rng, k["sep"])
        self.units = pick(rng, k["units"])
        self.money = pick(rng, k["money"])
        self.latex = style.startswith("latex")
        self.show_check = rng.random() < k["check"]
        self.show_mid = rng.random() < k["mid"]
        self.per = pick(rng, ["/", " per "])
        self.approx_word = pick(rng, ["≈", ", or about"]) if style == "prose" else "≈"
        self.tight = rng.random() < 0.5

    # numbers -------------------------------------------------------------
    def num(self, t):
        return nf(t, self.sep)

    def leaf(self, lf, units=None):
        units = self.units if units is None else units
        s = self.num(lf.txt)
        if lf.kind == "money":
            s = ("\\$" if self.latex else "$") + s
        elif lf.kind == "pct":
            s += "\\%" if self.latex else "%"
        if units:
            if lf.per:
                u = (self.per + lf.per) if self.per == "/" else (" per " + lf.per)
                s += ("\\text{%s}" % u) if self.latex else u
            elif lf.unit:
                u = lf.unit if lf.unit.startswith("°") else " " + lf.unit
                s += ("\\text{%s}" % u) if self.latex else u
        return s

    def expr(self, n, units=None):
        if isinstance(n, Leaf):
            return self.leaf(n, units)
        if isinstance(n, Par):
            return "(" + self.expr(n.a, units) + ")"
        a, b = self.expr(n.a, units), self.expr(n.b, units)
        if n.op == "/" and self.div == "frac":
            if a.startswith("(") and a.endswith(")") and isinstance(n.a, Par):
                a = a[1:-1]
            return "\\frac{%s}{%s}" % (a, b)
        sym = {"+": self.add, "-": self.sub, "*": self.mul, "/": self.div}[n.op]
        if self.style in ("gsm8k",) and self.tight:
            return a + sym + b
        return "%s %s %s" % (a, sym, b)

    def result(self, it, units=True):
        return self.leaf(it["res"], units)

    def eq(self, it, bold=False, units=None, rel_eq="=", rel_ap=None, mid=None):
        lhs = self.expr(it["expr"], units)
        parts = [lhs]
        mid = self.show_mid if mid is None else mid
        if mid and has_par(it["expr"]):
            parts.append(self.expr(mid_of(it["expr"]), units))
        res = self.result(it)
        if bold:
            res = "**" + res + "**"
        if rel_ap is None:
            rel_ap = "\\approx" if self.latex else self.approx_word
        rel = rel_ap if it["approx"] else rel_eq
        eqs = " = " if rel_eq == "=" else " %s " % rel_eq
        return eqs.join(parts) + ("%s %s" if rel.startswith(",") else " %s %s") % (rel, res)

    # gsm8k annotation --------------------------------------------------------
    def ann(self, n, pct_bare):
        if isinstance(n, Leaf):
            if n.kind == "pct":
                return n.txt if pct_bare else n.txt + "/100"
            return n.txt
        if isinstance(n, Par):
            return "(" + self.ann(n.a, pct_bare) + ")"
        return self.ann(n.a, pct_bare) + n.op + self.ann(n.b, pct_bare)

    def gsm_eq(self, it):
        lhs = self.expr(it["expr"], False)
        pct_bare = False
        suffix = ""
        if it["kind"] == "pct":
            if any(isinstance(l, Leaf) and l.kind == "pct" for l in leaves(it["expr"])):
                pct_bare = True
            else:
                suffix = "*100"
        a = self.ann(it["expr"], pct_bare) + suffix
        res = it["res"]
        vis = res.txt
        pre = "$" if res.kind == "money" else ""
        post = "%" if res.kind == "pct" else ""
        unit = (" " + res.unit) if res.unit and not res.unit.startswith("°") else res.unit
        sp = "" if self.tight else " "
        return "%s%s=%s%s<<%s=%s>>%s%s%s" % (lhs, sp, sp, pre, a, res.txt, vis, post, unit)


def leaves(n, acc=None):
    acc = [] if acc is None else acc
    if isinstance(n, Leaf):
        acc.append(n)
    elif isinstance(n, Par):
        leaves(n.a, acc)
    else:
        leaves(n.b if False else n.a, acc)
        leaves(n.b, acc)
    return acc


def title_of(label, rng):
    return pick(rng, ["Find", "Calculate", "Compute", "Determine", "Work out"]) + " the " + label


def round_text(ctx, it, rng, form):
    frm = ctx.num(it["frm"].txt)
    to = ctx.num(it["to"].txt)
    u = it["unit"]
    thing = it["thing"]
    if form == "arrow":
        return "%s → %s %s" % (frm, to, u)
    if form == "latex":
        return "Since we can't install part of a %s, we round \\(%s\\) up to \\(%s\\) %s." % (thing, frm, to, u)
    return pick(rng, ["Since you can't install part of a %s, %s rounds up to %s %s." % (thing, frm, to, u),
                      "A fraction of a %s isn't possible, so round %s up to %s %s." % (thing, frm, to, u),
                      "We need whole %ss, so %s is rounded up to %s %s." % (thing, frm, to, u)])


def render(ctx, items, givens, final, phrase, rng):
    """Return (lines, comp_lines) where comp_lines is a list of (item position, line index) in order."""
    style = ctx.style
    L = []
    comps = []
    ans = ctx.leaf(final, True)
    ans_plain = nf(final.txt) + ("" if final.kind != "money" else "")
    if final.kind == "money":
        ans_plain = "$" + nf(final.txt)
    elif final.kind == "pct":
        ans_plain = nf(final.txt) + "%"
    else:
        ans_plain = nf(final.txt) + (" " + final.unit if final.unit else "")
    shown = [i for i, it in enumerate(items) if it["type"] != "check" or ctx.show_check]

    def add_comp(i):
        comps.append((i, len(L) - 1))

    if style == "gpt4o_markdown":
        L.append(pick(rng, ["Let's break this down step by step.", "To solve this, let's go through it step by step.",
                            "Let's work through the calculation carefully."]))
        L.append("")
        if rng.random() < 0.6:
            L.append("**Given:**")
            for lab, d in givens:
                L.append("- %s: %s" % (cap(lab), d))
            L.append("")
        k = 0
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                k += 1
                L.append("### Step %d: %s" % (k, title_of(it["label"], rng)))
                form = rng.randrange(2)
                e = ctx.eq(it, bold=True)
                L.append(("%s = %s" % (cap(it["label"]), e)) if form == 0 else e)
                add_comp(i)
                L.append("")
            elif it["type"] == "round":
                L.append(round_text(ctx, it, rng, "text"))
                L.append("")
            else:
                L.append("✅ Check: " + ctx.eq(it) + " ✓")
                add_comp(i)
                L.append("")
        L.append("### Final Answer")
        L.append("The %s is **%s**." % (phrase, ans_plain))
    elif style == "claude_bold":
        L.append(pick(rng, ["I'll work through this step by step.", "Let me set up the calculation.",
                            "Let's break this down.", "I'll organize this by computing each piece in turn."]))
        L.append("")
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                L.append("**%s:** %s" % (cap(it["label"]), ctx.eq(it)))
                add_comp(i)
            elif it["type"] == "round":
                L.append("**Round up:** " + round_text(ctx, it, rng, "text"))
            else:
                L.append("")
                L.append("**Check:** %s ✓" % ctx.eq(it))
                add_comp(i)
        L.append("")
        L.append(pick(rng, ["So the %s is **%s**.", "**Answer:** the %s is %s.", "That makes the %s **%s**."])
                 % (phrase, ans_plain))
    elif style == "bullet_list":
        L.append(pick(rng, ["Here's the breakdown:", "Breaking it down:", "Step by step:"]))
        bold = rng.random() < 0.5
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                lab = ("**%s:**" if bold else "%s:") % cap(it["label"])
                L.append("- %s %s" % (lab, ctx.eq(it)))
                add_comp(i)
            elif it["type"] == "round":
                L.append("- Round up: " + round_text(ctx, it, rng, "arrow"))
            else:
                L.append("- Check: %s ✓" % ctx.eq(it))
                add_comp(i)
        L.append("")
        L.append(pick(rng, ["The %s is %s.", "So, the %s comes to %s.", "Therefore the %s is %s."])
                 % (phrase, ans_plain))
    elif style == "prose":
        L.append(pick(rng, ["Let's break this down.", "We can solve this in a few steps.",
                            "Here is how the numbers work out."]))
        L.append("")
        cur = []
        per_par = rng.choice([2, 3])
        calcs = [i for i in shown if items[i]["type"] == "calc"]
        pos = 0
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                if pos == 0:
                    conn = "First, "
                elif pos == len(calcs) - 1:
                    conn = "Finally, "
                else:
                    conn = pick(rng, ["Next, ", "Then ", "After that, ", "Now ", ""])
                pos += 1
                fr = rng.randrange(3)
                e = ctx.eq(it)
                if fr == 0:
                    s = "%sthe %s is %s." % (conn, it["label"], e)
                elif fr == 1:
                    s = "%sfor the %s: %s." % (conn, it["label"], e)
                else:
                    s = "%s%s, which is the %s." % (conn, e, it["label"])
                s = cap(s)
                cur.append((s, i))
            elif it["type"] == "round":
                cur.append((round_text(ctx, it, rng, "text"), None))
            else:
                cur.append(("As a check, %s, which matches." % ctx.eq(it), i))
            if len([c for c in cur if c[1] is not None]) >= per_par:
                L.append(" ".join(c[0] for c in cur))
                for c in cur:
                    if c[1] is not None:
                        add_comp(c[1])
                L.append("")
                cur = []
        if cur:
            L.append(" ".join(c[0] for c in cur))
            for c in cur:
                if c[1] is not None:
                    add_comp(c[1])
            L.append("")
        L.append(pick(rng, ["So the %s is %s.", "That means the %s is %s.", "Putting it together, the %s is %s."])
                 % (phrase, ans_plain))
    elif style == "latex_inline":
        L.append(pick(rng, ["Let's compute each quantity.", "We'll work through the calculation step by step.",
                            "Let's set up the computation."]))
        L.append("")
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                fr = rng.randrange(3)
                e = ctx.eq(it)
                if fr == 0:
                    L.append("The %s is \\( %s \\)." % (it["label"], e))
                elif fr == 1:
                    L.append("For the %s: \\( %s \\)" % (it["label"], e))
                else:
                    L.append("%s: \\( %s \\)" % (cap(it["label"]), e))
                add_comp(i)
            elif it["type"] == "round":
                L.append(round_text(ctx, it, rng, "latex"))
            else:
                L.append("Check: \\( %s \\) \\checkmark" % ctx.eq(it))
                add_comp(i)
        L.append("")
        L.append("So the %s is \\( \\boxed{%s} \\)." % (phrase, ctx.leaf(final, True)))
    elif style == "latex_display":
        L.append(pick(rng, ["Let's work through this carefully.", "We compute each quantity in turn.",
                            "Step-by-step solution:"]))
        L.append("")
        multi = rng.random() < 0.5
        k = 0
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                k += 1
                L.append("**%d. %s**" % (k, cap(it["label"])))
                if multi:
                    L.append("\\[")
                    L.append(ctx.eq(it))
                    add_comp(i)
                    L.append("\\]")
                else:
                    L.append("\\[ %s \\]" % ctx.eq(it))
                    add_comp(i)
                L.append("")
            elif it["type"] == "round":
                L.append(round_text(ctx, it, rng, "latex"))
                L.append("")
            else:
                L.append("Check:")
                L.append("\\[ %s \\quad \\checkmark \\]" % ctx.eq(it))
                add_comp(i)
                L.append("")
        L.append("\\[ \\boxed{%s} \\]" % ctx.leaf(final, True))
        L.append("")
        L.append("The %s is %s." % (phrase, ans_plain))
    elif style == "markdown_table":
        L.append(pick(rng, ["Here's the full calculation:", "Let's organize the work in a table.",
                            "Breaking the problem into quantities:"]))
        L.append("")
        L.append("| Quantity | Calculation | Result |")
        L.append("|---|---|---|")
        after = []
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                r = ctx.result(it)
                if it["approx"]:
                    r = "≈ " + r
                L.append("| %s | %s | %s |" % (cap(it["label"]), ctx.expr(it["expr"]), r))
                add_comp(i)
            else:
                after.append(i)
        L.append("")
        for i in after:
            it = items[i]
            if it["type"] == "round":
                L.append(round_text(ctx, it, rng, "text"))
            else:
                L.append("Check: %s ✓" % ctx.eq(it))
                add_comp(i)
        if after:
            L.append("")
        L.append(pick(rng, ["**Answer:** %s", "The %s is **%s**." % (phrase, "%s")]) % ans_plain)
    elif style == "terse":
        if rng.random() < 0.5:
            L.append(pick(rng, ["Solution:", "Work:"]))
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                L.append("%s: %s" % (cap(it["label"]), ctx.eq(it)))
                add_comp(i)
            elif it["type"] == "round":
                L.append("Round up: " + round_text(ctx, it, rng, "arrow"))
            else:
                L.append("Check: %s" % ctx.eq(it))
                add_comp(i)
        L.append("Answer: %s" % ans_plain)
    elif style == "gsm8k":
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                fr = rng.randrange(3)
                e = ctx.gsm_eq(it)
                if fr == 0:
                    L.append("The %s is %s." % (it["label"], e))
                elif fr == 1:
                    L.append("%s is %s." % (cap(it["label"]), e))
                else:
                    L.append("So the %s is %s." % (it["label"], e))
                add_comp(i)
            elif it["type"] == "round":
                L.append("%s %ss rounds up to %s %s." % (it["frm"].txt, it["thing"], it["to"].txt, it["unit"]))
    elif style == "chatty_tutor":
        L.append(pick(rng, ["Great question! Let's work through it together.",
                            "Sure! Let's take this one piece at a time.",
                            "Happy to help with this one. Let's go step by step."]))
        L.append("")
        if rng.random() < 0.7:
            gs = ["the %s is %s" % (lab, d) for lab, d in givens]
            L.append("Here's what we know: " + ", ".join(gs[:-1]) + ", and " + gs[-1] + ".")
            L.append("")
        pos = 0
        for i in shown:
            it = items[i]
            if it["type"] == "calc":
                conn = "First" if pos == 0 else pick(rng, ["Next", "Now", "Then", "After that"])
                pos += 1
                rel_eq = pick(rng, ["equals", "gives us"])
                e = ctx.eq(it, rel_eq=rel_eq, rel_ap="is about")
                fr = rng.randrange(2)
                if fr == 0:
                    L.append("%s, let's find the %s. %s." % (conn, it["label"], cap(e)))
                else:
                    L.append("%s, the %s: %s." % (conn, it["label"], e))
                add_comp(i)
            elif it["type"] == "round":
                L.append(round_text(ctx, it, rng, "text"))
            else:
                L.append("Let's double-check: %s. ✓" % ctx.eq(it, rel_eq="equals", rel_ap="is about"))
                add_comp(i)
        L.append("")
        L.append(pick(rng, ["So, the %s is %s. Nice and tidy!", "So the %s is %s. Hope that helps!",
                            "And there we have it: the %s is %s."]) % (phrase, ans_plain))
    elif style == "llama_boxed":
        L.append("## Step 1: Identify the given information")
        L.append(" ".join("The %s is %s." % (lab, d) for lab, d in givens))
        L.append("")
        k = 1
        for i in shown:
            it = items[i]
            k += 1
            if it["type"] == "calc":
                L.append("## Step %d: %s" % (k, title_of(it["label"], rng)))
                if rng.random() < 0.5:
                    L.append("The %s is %s." % (it["label"], ctx.eq(it)))
                else:
                    L.append(ctx.eq(it))
                add_comp(i)
            elif it["type"] == "round":
                L.append("## Step %d: Round up to a whole number" % k)
                L.append(round_text(ctx, it, rng, "text"))
            else:
                L.append("## Step %d: Verify the result" % k)
                L.append("%s ✓" % ctx.eq(it))
                add_comp(i)
            L.append("")
        L.append("The final answer is: $\\boxed{%s}$" % final.txt)
    else:
        raise ValueError(style)
    return L, comps


# ----------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]


def tol_of(t, kind):
    tl = Fr(1, 2 * 10 ** dec_of(t))
    return tl / 100 if kind == "pct" else tl


def scaled(it):
    return it["exact"] * 100 if it["kind"] == "pct" else it["exact"]


def split_txt(t):
    return t.split(".") if "." in t else (t, "")


def join_txt(ip, fp):
    return ip + ("." + fp if fp else "")


def make_wrong(it, kind, rng):
    t = it["right"]
    v = Fr(t)
    ip, fp = split_txt(t)
    money = it["kind"] == "money"
    d = dec_of(t)
    cands = []
    if kind == "off_by_one":
        step = Fr(1) if v >= 2 else Fr(1, 10 ** d)
        for s in (1, -1):
            w = v + s * step
            if w > 0:
                cands.append(txt_of(w, d))
    elif kind == "off_by_ten":
        if v >= 20:
            for s in (1, -1):
                cands.append(txt_of(v + s * 10, d))
    elif kind == "swap_digits":
        s = ip + fp
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                ip2, fp2 = s2[:len(ip)], s2[len(ip):]
                if len(ip2) > 1 and ip2[0] == "0":
                    continue
                cands.append(join_txt(ip2, fp2))
    elif kind == "drop_digit":
        if len(ip) >= 2:
            for i in range(len(ip)):
                ip2 = ip[:i] + ip[i + 1:]
                if ip2[0] != "0":
                    cands.append(join_txt(ip2, fp))
        if fp and not money and len(fp) >= 2:
            for i in range(len(fp)):
                cands.append(join_txt(ip, fp[:i] + fp[i + 1:]))
    elif kind == "double_digit":
        for i in range(len(ip)):
            if ip == "0":
                break
            cands.append(join_txt(ip[:i + 1] + ip[i] + ip[i + 1:], fp))
        if fp and not money:
            for i in range(len(fp)):
                cands.append(join_txt(ip, fp[:i + 1] + fp[i] + fp[i + 1:]))
    elif kind == "decimal_shift":
        for f in (Fr(10), Fr(1, 10)):
            w = v * f
            if money:
                if (w * 100).denominator == 1:
                    cands.append(txt_of(w, 2))
            else:
                et = exact_txt(w)
                if et is not None:
                    cands.append(et)
    elif kind == "wrong_op":
        if it["kind"] == "pct":
            return None
        ops = ops_of(it["expr"])
        alts = {"+": ["-", "*"], "-": ["+"], "*": ["+", "/"], "/": ["*", "-"]}
        for o in ops:
            for a in alts[o.op]:
                old = o.op
                o.op = a
                try:
                    w = ev(it["expr"])
                finally:
                    o.op = old
                if w <= 0:
                    continue
                if it["kind"] == "pct":
                    w = w * 100
                r = rnd(w, d)
                if r <= 0:
                    continue
                cands.append(txt_of(r, d))
    good = []
    ex = scaled(it)
    for c in cands:
        if c == t or c.startswith("-"):
            continue
        w = Fr(c)
        if w <= 0:
            continue
        if abs(w - ex) <= (tol_of(c, "plain")):
            continue
        if w / v > 60 or v / w > 60:
            continue
        good.append(c)
    good = sorted(set(good))
    if not good:
        return None
    return pick(rng, good)


def positive_ok(items):
    for it in items:
        if it["type"] in ("calc", "check") and Fr(it["txt"]) <= 0:
            return False
        if it["type"] in ("calc", "check") and ev(it["expr"]) <= 0:
            return False
        if it["type"] == "round" and it["whole"]:
            return False
    return True


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------


def final_str(leaf):
    t = leaf.txt
    if "." in t and leaf.kind == "money" and t.endswith(".00"):
        t = t[:-3]
    return t


def build_solution(T, p, style, pid, fault=None):
    ctx = Ctx(style, random.Random(pid + "|knobs"))
    S = Rec(ctx.money, fault)
    final, phrase = T.solve(S, p)
    lines, comps = render(ctx, S.items, T.givens(p), final, phrase, random.Random(pid + "|render"))
    return S, final, lines, comps


def line_span(lines, li):
    start = sum(len(x) + 1 for x in lines[:li])
    return [start, start + len(lines[li])]


def make_problem(T, idx, style, kind_order):
    pid = "%s-%03d" % (T.name, idx)
    rng = random.Random("problem|" + pid)
    p = T.sample(rng)
    dp = T.disp(p)
    dp.setdefault("name", pick(rng, NAMES))
    dp.setdefault("fam", pick(rng, FAMILIES))
    dp.setdefault("mon", pick(rng, MONTHS))
    pi = rng.randrange(len(T.phr))
    problem = T.phr[pi].format(**dp)

    S, final, lines, comps = build_solution(T, p, style, pid)
    gold = final_str(final)
    ncomp = len(comps)
    assert 2 <= ncomp <= 8, (pid, ncomp)
    correct_sol = "\n".join(lines + ["", "#### " + gold])
    rows = []
    base = dict(pid=pid, template=T.name, style=style, problem=problem)

    def row(variant, sol, extra=None):
        r = dict(base)
        r["variant"] = variant
        r["solution"] = sol
        r["final"] = gold
        if extra:
            r.update(extra)
        return r

    rows.append(row("correct", correct_sol))
    frng = random.Random("fault|" + pid)
    comp_pos = {i: n for n, (i, _li) in enumerate(comps)}
    main = [i for i, it in enumerate(S.items) if it["type"] == "calc"]
    for variant in ("slip", "carry"):
        done = False
        kinds = kind_order[:]
        off = frng.randrange(len(kinds))
        kinds = kinds[off:] + kinds[:off]
        for kind in kinds:
            order = main[:]
            frng.shuffle(order)
            for ii in order:
                it = S.items[ii]
                w = make_wrong(it, kind, frng)
                if w is None:
                    continue
                S2, final2, lines2, comps2 = build_solution(T, p, style, pid, (it["idx"], w, variant == "carry"))
                if not positive_ok(S2.items):
                    continue
                f2 = final_str(final2)
                if variant == "carry" and Fr(f2) == Fr(gold):
                    continue
                if variant == "slip" and f2 != gold:
                    continue
                li = dict(comps2)[ii]
                sol = "\n".join(lines2 + ["", "#### " + f2])
                rows.append(row(variant, sol, dict(span=line_span(lines2, li), wrong=w, right=it["right"],
                                                   step=comp_pos[ii] + 1, kind=kind)))
                done = True
                break
            if done:
                break
        assert done, (pid, variant)
    # loop
    lrng = random.Random("loop|" + pid)
    comp_lines = sorted(set(li for _i, li in comps))
    want_partial = lrng.random() < 0.45
    for _attempt in range(50):
        L = lrng.choice(comp_lines)
        u = lrng.randint(1, 3)
        u = min(u, L + 1)
        while u > 1 and lines[L - u + 1].strip() == "":
            u -= 1
        unit = lines[L - u + 1:L + 1]
        partial = None
        if want_partial:
            first = unit[0]
            fd = next((k for k, ch in enumerate(first) if ch.isdigit()), len(first))
            if fd < 3:
                continue
            partial = first[:lrng.randint(2, min(fd, len(first) - 1))]
            if partial.strip() == "":
                continue
        break
    else:
        partial = None
    repeats = lrng.randint(8, 30)
    prefix = lines[:L + 1]
    body = prefix + unit * (repeats - 1) + ([partial] if partial else [])
    sol = "\n".join(body)
    start = len("\n".join(prefix)) + 1
    rows.append(row("loop", sol, dict(span=[start, start + len("\n".join(unit))], repeats=repeats)))
    return rows


PER_TEMPLATE = 34


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = []
    n = 0
    for ti, T in enumerate(TEMPLATES):
        for k in range(PER_TEMPLATE):
            style = STYLES[(k + 3 * ti) % len(STYLES)]
            kind_order = KINDS[(k + ti) % len(KINDS):] + KINDS[:(k + ti) % len(KINDS)]
            out.extend(make_problem(T, k + 1, style, kind_order))
            n += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(out), n, a.out))


if __name__ == "__main__":
    main()
