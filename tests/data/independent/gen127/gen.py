#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (bike shops, repairs, rentals)
with seeded arithmetic faults.  Deterministic: python3 gen.py --out set.jsonl
Standard library only."""
import argparse
import json
import math
import random
from fractions import Fraction as F

SEED = "eval127-bikes"
N_PER_TEMPLATE = 36

# ----------------------------------------------------------------------------- numbers


def fr(x):
    return x if isinstance(x, F) else F(str(x))


def min_dp(v, cap=6):
    for d in range(cap + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rhu(v, dp):
    """round half up to dp decimals"""
    q = v * 10 ** dp
    return F(math.floor(q + F(1, 2)), 10 ** dp)


def plain(v, dp):
    v = rhu(v, dp)
    n = int(v * 10 ** dp)
    s = str(abs(n)).rjust(dp + 1, "0")
    if dp:
        s = s[:-dp] + "." + s[-dp:]
    return ("-" if n < 0 else "") + s


def group(s, sep):
    ip, dot, fp = s.partition(".")
    if sep and len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ip + (dot + fp if dot else "")


class Val:
    """a number as written: value, kind (money/count/dec/pct), decimals, unit"""

    def __init__(self, v, kind, dp=None, unit="", approx=False):
        self.v = fr(v)
        self.kind = kind
        if dp is None:
            if kind == "money":
                dp = 0 if self.v.denominator == 1 else 2
            elif kind == "count":
                dp = 0
            elif kind == "pct":
                dp = min_dp(self.v * 100)
            else:
                dp = min_dp(self.v)
        self.dp = dp
        self.unit = unit
        self.approx = approx

    def disp(self):  # the displayed magnitude (percent number for pct)
        return self.v * 100 if self.kind == "pct" else self.v

    def plain(self):
        return plain(self.disp(), self.dp)


def M(x, u=""):
    return Val(x, "money", unit=u)


def Q(x, u=""):
    return Val(x, "count", unit=u)


def D(x, u=""):
    return Val(x, "dec", unit=u)


def P(x):
    return Val(fr(x) / 100, "pct")


class E:
    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)


class Par:
    def __init__(self, e):
        self.e = e


def ev(n):
    if isinstance(n, Val):
        return n.v
    if isinstance(n, Par):
        return ev(n.e)
    vals = [ev(a) for a in n.args]
    r = vals[0]
    for x in vals[1:]:
        r = {"+": r + x, "-": r - x, "*": r * x, "/": r / x}[n.op]
    return r


# ----------------------------------------------------------------------------- solution builder


class Ctx:
    def __init__(self, fault=None, carry=False, with_check=False):
        self.steps = []
        self.n = 0
        self.fault = fault  # (index, wrong Fraction in displayed units)
        self.carry = carry
        self.with_check = with_check
        self.ok = True

    def calc(self, lab, leads, expr, kind, unit="", dp=2, inner=False):
        exact = ev(expr)
        if exact <= 0:
            self.ok = False
        scale = 100 if kind == "pct" else 1
        md = min_dp(exact * scale)
        approx = False
        if kind == "count":
            if exact.denominator != 1:
                self.ok = False
            wdp = 0
            val = exact
        elif kind == "money":
            if md == 0:
                wdp = 0
            elif md is not None and md <= 2:
                wdp = 2
            else:
                wdp, approx = 2, True
            val = rhu(exact, wdp) if approx else exact
        else:
            if md is not None and md <= dp:
                wdp = md
                val = exact
            else:
                wdp, approx = dp, True
                val = rhu(exact * scale, dp) / scale
        self.n += 1
        right = Val(val, kind, wdp, unit, approx)
        written = used = right
        if self.fault and self.fault[0] == self.n:
            written = Val(self.fault[1] / scale, kind, wdp, unit, approx)
            if self.carry:
                used = written
        self.steps.append(dict(t="calc", i=self.n, lab=lab, leads=leads, expr=expr, res=written,
                               right=right, inner=inner))
        return used

    def roundup(self, x, noun, why):
        if x.v.denominator == 1:
            self.ok = False
        n = Val(math.ceil(x.v), "count", 0, noun)
        self.steps.append(dict(t="round", x=x, res=n, noun=noun, why=why))
        return n

    def check(self, expr, kind, unit=""):
        if not self.with_check:
            return
        v = ev(expr)
        if v <= 0:
            self.ok = False
        self.n += 1
        self.steps.append(dict(t="check", i=self.n, expr=expr, res=Val(v, kind, unit=unit)))


# ----------------------------------------------------------------------------- vocabulary

NAMES = ["Maya", "Jordan", "Priya", "Tomás", "Aisha", "Liam", "Chen", "Sofia", "Marcus", "Elena", "Kofi",
         "Hannah", "Ravi", "Noah", "Yuki", "Grace", "Diego", "Amara", "Owen", "Leila", "Ben", "Zara"]
SHOPS = ["Spoke & Chain Cycles", "Pedal Power Bikes", "Riverside Cycle Hire", "Gearhead Bike Shop",
         "Two Wheels Repair", "Hilltop Bikes", "Downtown Cycle Co.", "The Bike Barn", "Crankset Cycles",
         "Lakeside Bike Rentals", "Freewheel Workshop", "Sprocket Street Bikes"]
PARTS = [("brake pads", 12, 38), ("chain", 18, 62), ("shifter cable", 6, 14), ("bar tape", 10, 28),
         ("cassette", 35, 85), ("rear tire", 26, 68), ("bottom bracket", 22, 55), ("saddle", 24, 70),
         ("brake cable set", 9, 19), ("pedals", 19, 48)]


def money_txt(v):
    v = fr(v)
    return "$" + group(plain(v, 0 if v.denominator == 1 else 2), ",")


def num_txt(v):
    v = fr(v)
    return group(plain(v, min_dp(v)), ",")


def price(rng, lo, hi, cents=(0, 0, 0, F(1, 2), F(99, 100))):
    return F(rng.randint(lo, hi)) + rng.choice(cents)


# ----------------------------------------------------------------------------- templates
# each template: draw(rng) -> params dict (or None to redraw), problems: list of f(p)->text,
# givens(p) -> [(label, Val)], solve(p, ctx) -> final Val, answer(p, vtxt) -> closing sentence

TEMPLATES = []


def template(name):
    def deco(cls):
        cls.name = name
        TEMPLATES.append(cls)
        return cls
    return deco


@template("repair_bill")
class T1:
    def draw(rng):
        items = rng.sample(PARTS, 3)
        pr = [price(rng, lo, hi) for _, lo, hi in items]
        return dict(who=rng.choice(NAMES), shop=rng.choice(SHOPS), items=[i[0] for i in items], pr=pr,
                    h=fr(rng.choice(["1.5", "2", "2.5", "3", "0.75", "1.25"])),
                    r=F(rng.randrange(40, 95, 5)))

    problems = [
        lambda p: (f"{p['who']} takes a bike to {p['shop']} for repairs. The mechanic fits three new parts: "
                   f"{p['items'][0]} for {money_txt(p['pr'][0])}, {p['items'][1]} for {money_txt(p['pr'][1])} and "
                   f"{p['items'][2]} for {money_txt(p['pr'][2])}. Labour takes {num_txt(p['h'])} hours at "
                   f"{money_txt(p['r'])} per hour. What is the total bill?"),
        lambda p: (f"At {p['shop']}, a repair uses three parts: {p['items'][0]} ({money_txt(p['pr'][0])}), "
                   f"{p['items'][1]} ({money_txt(p['pr'][1])}) and {p['items'][2]} ({money_txt(p['pr'][2])}). "
                   f"The shop charges {money_txt(p['r'])} an hour for labour, and the job takes "
                   f"{num_txt(p['h'])} hours. How much does {p['who']} pay altogether?"),
        lambda p: (f"{p['who']}'s bike needs new parts: {p['items'][0]}, {p['items'][1]} and {p['items'][2]}, "
                   f"costing {money_txt(p['pr'][0])}, {money_txt(p['pr'][1])} and {money_txt(p['pr'][2])} "
                   f"respectively. The mechanic "
                   f"bills {num_txt(p['h'])} hours of labour at {money_txt(p['r'])}/hour. Find the total cost of "
                   f"the repair in dollars."),
    ]

    def givens(p):
        return [(p["items"][0], M(p["pr"][0])), (p["items"][1], M(p["pr"][1])), (p["items"][2], M(p["pr"][2])),
                ("labour", D(p["h"], "hours")), ("labour rate", M(p["r"], "/hour"))]

    def solve(p, c):
        parts = c.calc("parts cost", ["The parts add up to", "Adding the three parts:", "Parts:"],
                       E("+", *[M(x) for x in p["pr"]]), "money")
        lab = c.calc("labour cost", ["Labour costs", "The labour charge is", "For labour:"],
                     E("*", D(p["h"], "hours"), M(p["r"], "/hour")), "money")
        tot = c.calc("total bill", ["The total bill is", "Adding parts and labour:", "Altogether:"],
                     E("+", parts, lab), "money")
        c.check(E("-", tot, lab), "money")
        return tot

    def answer(p, v):
        return f"{p['who']}'s total repair bill is {v}."


@template("group_hourly_rental")
class T2:
    def draw(rng):
        return dict(n=rng.randint(3, 9), h=rng.randint(2, 6),
                    r=fr(rng.choice(["8", "9", "10", "12", "12.50", "14", "15", "16", "17.50"])),
                    f=F(rng.choice([2, 3, 4, 5])), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"A group of {p['n']} friends rents bikes from {p['shop']} for {p['h']} hours. Each bike costs "
                   f"{money_txt(p['r'])} per hour, and each rider also pays {money_txt(p['f'])} to rent a helmet. "
                   f"How much does the group pay in total?"),
        lambda p: (f"{p['shop']} charges {money_txt(p['r'])} per bike per hour plus a flat {money_txt(p['f'])} "
                   f"helmet rental for each rider. A family of {p['n']} rides for {p['h']} hours. What is their "
                   f"total bill?"),
        lambda p: (f"For a team outing, {p['n']} people each rent a bike for {p['h']} hours at "
                   f"{money_txt(p['r'])} an hour. Helmets are {money_txt(p['f'])} each and everyone takes one. "
                   f"What is the total cost?"),
    ]

    def givens(p):
        return [("riders", Q(p["n"])), ("hours", Q(p["h"])), ("rate", M(p["r"], "/hour")),
                ("helmet", M(p["f"]))]

    def solve(p, c):
        bh = c.calc("bike-hours", ["Total bike-hours:", "The number of bike-hours is", "Bike-hours:"],
                    E("*", Q(p["n"], "bikes"), Q(p["h"], "hours")), "count", unit="bike-hours")
        rent = c.calc("bike rental cost", ["The bike rental costs", "Rental:", "The bikes cost"],
                      E("*", bh, M(p["r"], "/hour")), "money")
        hel = c.calc("helmet cost", ["The helmets cost", "Helmets:", "For helmets:"],
                     E("*", Q(p["n"], "helmets"), M(p["f"])), "money")
        tot = c.calc("total cost", ["The total is", "Altogether:", "Total:"], E("+", rent, hel), "money")
        c.check(E("-", tot, hel), "money")
        return tot

    def answer(p, v):
        return f"The group pays {v} in total."


@template("daily_vs_hourly")
class T3:
    def draw(rng):
        r = F(rng.randint(6, 15))
        hd = rng.randint(4, 8)
        d = rng.randint(2, 6)
        D_ = r * hd - rng.randint(6, 22)
        if D_ < 20:
            return None
        return dict(r=r, hd=hd, d=d, D=D_, who=rng.choice(NAMES), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['shop']} rents bikes for {money_txt(p['r'])} per hour or {money_txt(p['D'])} per day. "
                   f"{p['who']} wants a bike for {p['d']} days and will ride {p['hd']} hours each day. How much "
                   f"does {p['who']} save by paying the daily rate instead of the hourly rate?"),
        lambda p: (f"{p['who']} is renting a touring bike for a {p['d']}-day trip, riding {p['hd']} hours a day. "
                   f"The hourly price is {money_txt(p['r'])} and the day price is {money_txt(p['D'])}. How many "
                   f"dollars cheaper is the day price option?"),
        lambda p: (f"A rental shop offers two plans: {money_txt(p['r'])} an hour, or {money_txt(p['D'])} a day. "
                   f"If {p['who']} rides {p['hd']} hours per day for {p['d']} days, how much money is saved with "
                   f"the daily plan?"),
    ]

    def givens(p):
        return [("hourly rate", M(p["r"], "/hour")), ("daily rate", M(p["D"], "/day")),
                ("days", Q(p["d"])), ("hours per day", Q(p["hd"]))]

    def solve(p, c):
        hrs = c.calc("total riding hours", ["Total hours ridden:", "The total riding time is", "Hours:"],
                     E("*", Q(p["hd"], "hours"), Q(p["d"], "days")), "count", unit="hours")
        hc = c.calc("cost at the hourly rate", ["At the hourly rate:", "Paying by the hour costs",
                                                "Hourly plan:"],
                    E("*", hrs, M(p["r"], "/hour")), "money")
        dc = c.calc("cost at the daily rate", ["At the daily rate:", "Paying by the day costs", "Daily plan:"],
                    E("*", Q(p["d"], "days"), M(p["D"], "/day")), "money")
        sv = c.calc("savings", ["The savings are", "Difference:", "The daily plan saves"],
                    E("-", hc, dc), "money")
        return sv

    def answer(p, v):
        return f"{p['who']} saves {v} by choosing the daily rate."


@template("discount_installments")
class T4:
    def draw(rng):
        return dict(P=F(rng.randrange(450, 1900, 25)), pct=rng.choice([10, 15, 20, 25, 30, 12]),
                    k=rng.choice([3, 4, 6, 7, 8, 9, 12]), who=rng.choice(NAMES), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"A road bike at {p['shop']} is priced at {money_txt(p['P'])}. During a sale it is "
                   f"{p['pct']}% off. {p['who']} buys it and pays the sale price in {p['k']} equal monthly "
                   f"payments. How much is each payment?"),
        lambda p: (f"{p['who']} wants an e-bike that normally costs {money_txt(p['P'])}. The shop gives a "
                   f"{p['pct']}% discount, and the rest is split into {p['k']} equal instalments. What is one "
                   f"instalment, to the nearest cent?"),
        lambda p: (f"{p['shop']} marks a {money_txt(p['P'])} gravel bike down by {p['pct']}%. If the discounted "
                   f"price is paid over {p['k']} equal payments, how much is each payment?"),
    ]

    def givens(p):
        return [("list price", M(p["P"])), ("discount", P(p["pct"])), ("payments", Q(p["k"]))]

    def solve(p, c):
        dis = c.calc("discount", ["The discount is", "Discount:", "The sale takes off"],
                     E("*", M(p["P"]), P(p["pct"])), "money")
        sale = c.calc("sale price", ["The sale price is", "Sale price:", "After the discount:"],
                      E("-", M(p["P"]), dis), "money")
        each = c.calc("payment amount", ["Each payment is", "Per payment:", "Dividing into payments:"],
                      E("/", sale, Q(p["k"])), "money")
        return each

    def answer(p, v):
        return f"Each payment is {v}."


@template("mechanic_minutes")
class T5:
    def draw(rng):
        return dict(k=rng.randint(2, 7), m=rng.choice([15, 20, 25, 30, 35]), j=rng.randint(2, 4),
                    t=rng.choice([40, 45, 50, 60, 75, 90]), r=F(rng.choice([40, 44, 45, 48, 50, 55, 60, 64, 72])),
                    who=rng.choice(NAMES))

    problems = [
        lambda p: (f"On Saturday, mechanic {p['who']} fixes {p['k']} flat tires, taking {p['m']} minutes each, "
                   f"and does {p['j']} tune-ups that take {p['t']} minutes each. The shop bills labour at "
                   f"{money_txt(p['r'])} per hour. How much labour does the shop bill for {p['who']}'s work?"),
        lambda p: (f"A flat repair takes {p['m']} minutes and a tune-up takes {p['t']} minutes. {p['who']} does "
                   f"{p['k']} flat repairs and {p['j']} tune-ups. If labour is charged at {money_txt(p['r'])} an "
                   f"hour, what is the labour charge, to the nearest cent?"),
        lambda p: (f"{p['who']} works at a bike shop that charges {money_txt(p['r'])} per hour of mechanic time. "
                   f"Today {p['who']} completed {p['k']} puncture repairs ({p['m']} min each) and {p['j']} "
                   f"tune-ups ({p['t']} min each). How much labour revenue did that bring in?"),
    ]

    def givens(p):
        return [("flat repairs", Q(p["k"])), ("time per flat", Q(p["m"], "minutes")), ("tune-ups", Q(p["j"])),
                ("time per tune-up", Q(p["t"], "minutes")), ("rate", M(p["r"], "/hour"))]

    def solve(p, c):
        a = c.calc("time on flats", ["Flat repairs take", "Flats:", "Time on flats:"],
                   E("*", Q(p["k"]), Q(p["m"], "min")), "count", unit="min")
        b = c.calc("time on tune-ups", ["Tune-ups take", "Tune-ups:", "Time on tune-ups:"],
                   E("*", Q(p["j"]), Q(p["t"], "min")), "count", unit="min")
        tm = c.calc("total time", ["Total time:", "Altogether that is", "Total minutes:"],
                    E("+", a, b), "count", unit="min")
        hr = c.calc("time in hours", ["Converting to hours:", "In hours:", "That is"],
                    E("/", tm, Q(60)), "dec", unit="hours", dp=2)
        lc = c.calc("labour charge", ["The labour charge is", "Labour:", "Billing the hours:"],
                    E("*", hr, M(p["r"], "/hour")), "money")
        return lc

    def answer(p, v):
        return f"The shop bills {v} for the labour."


@template("tube_boxes")
class T6:
    def draw(rng):
        B = rng.randint(12, 64)
        s = rng.randint(3, 11)
        q = rng.choice([6, 8, 10, 12, 15, 20])
        if (2 * B + s) % q == 0:
            return None
        return dict(B=B, s=s, q=q, bp=fr(rng.choice(["18.50", "24", "27.50", "32", "36", "21.75"])),
                    shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['shop']} has {p['B']} rental bikes and wants a new inner tube for both wheels of every "
                   f"bike, plus {p['s']} spares. Tubes come in boxes of {p['q']} that cost {money_txt(p['bp'])} "
                   f"per box. How much will the shop spend on tubes if it can only buy whole boxes?"),
        lambda p: (f"Before the season, a rental fleet of {p['B']} bikes gets new inner tubes on both wheels. "
                   f"The mechanic also wants {p['s']} extra tubes. A box holds {p['q']} tubes and costs "
                   f"{money_txt(p['bp'])}. What is the cost of the boxes needed?"),
        lambda p: (f"Each of {p['B']} bikes needs 2 new tubes, and the shop keeps {p['s']} spare tubes too. "
                   f"Tubes are sold only in boxes of {p['q']} at {money_txt(p['bp'])} a box. How much does the "
                   f"shop pay?"),
    ]

    def givens(p):
        return [("bikes", Q(p["B"])), ("spares", Q(p["s"])), ("tubes per box", Q(p["q"])),
                ("box price", M(p["bp"]))]

    def solve(p, c):
        t = c.calc("tubes for the fleet", ["Tubes for the bikes:", "The bikes need", "Fleet tubes:"],
                   E("*", Q(p["B"], "bikes"), Q(2)), "count", unit="tubes")
        tt = c.calc("total tubes", ["With spares:", "Total tubes:", "Adding the spares gives"],
                    E("+", t, Q(p["s"])), "count", unit="tubes")
        bx = c.calc("boxes", ["Boxes:", "Number of boxes:", "Dividing by the box size:"],
                    E("/", tt, Q(p["q"])), "dec", unit="boxes", dp=2)
        n = c.roundup(bx, "boxes", "the shop can only buy whole boxes")
        cost = c.calc("cost of the boxes", ["The boxes cost", "Cost:", "Total cost:"],
                      E("*", n, M(p["bp"])), "money")
        return cost

    def answer(p, v):
        return f"The shop spends {v} on inner tubes."


@template("weekly_rental_revenue")
class T7:
    def draw(rng):
        return dict(a=rng.randint(8, 26), b=rng.randint(20, 48),
                    pr=fr(rng.choice(["15", "18", "20", "22.50", "25", "28", "30", "35"])),
                    e=F(rng.randrange(600, 1600, 50)), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['shop']} rents out {p['a']} bikes each weekday and {p['b']} bikes each day of the "
                   f"weekend. Every rental is {money_txt(p['pr'])}. Weekly costs are {money_txt(p['e'])}. "
                   f"What is the shop's weekly profit?"),
        lambda p: (f"A bike rental stand averages {p['a']} rentals per weekday (Monday to Friday) and {p['b']} "
                   f"per day on Saturday and Sunday, at {money_txt(p['pr'])} per rental. If its expenses for "
                   f"the week are {money_txt(p['e'])}, how much profit does it make in a week?"),
        lambda p: (f"In a typical week, {p['shop']} has {p['a']} day rentals on each of the 5 weekdays and "
                   f"{p['b']} on each of the 2 weekend days. A day rental costs {money_txt(p['pr'])} and the "
                   f"shop spends {money_txt(p['e'])} a week on wages and upkeep. Find the weekly profit."),
    ]

    def givens(p):
        return [("weekday rentals", Q(p["a"], "per day")), ("weekend rentals", Q(p["b"], "per day")),
                ("price", M(p["pr"])), ("expenses", M(p["e"]))]

    def solve(p, c):
        wd = c.calc("weekday rentals", ["Weekday rentals:", "Monday to Friday:", "On weekdays:"],
                    E("*", Q(p["a"]), Q(5, "days")), "count", unit="rentals")
        we = c.calc("weekend rentals", ["Weekend rentals:", "Saturday and Sunday:", "On the weekend:"],
                    E("*", Q(p["b"]), Q(2, "days")), "count", unit="rentals")
        tr = c.calc("rentals per week", ["Total rentals:", "Rentals per week:", "Altogether:"],
                    E("+", wd, we), "count", unit="rentals")
        rev = c.calc("weekly revenue", ["Revenue:", "The weekly revenue is", "Income:"],
                     E("*", tr, M(p["pr"])), "money")
        pf = c.calc("weekly profit", ["Profit:", "The profit is", "After expenses:"],
                    E("-", rev, M(p["e"])), "money")
        c.check(E("+", pf, M(p["e"])), "money")
        return pf

    def answer(p, v):
        return f"The weekly profit is {v}."


@template("split_rental_cost")
class T8:
    def draw(rng):
        g = rng.randint(3, 7)
        L = F(rng.choice([10, 12, 15, 18, 20, 25, 30, 35, 40]))
        Dr = fr(rng.choice(["18", "22", "24", "27.50", "29", "32", "35", "39", "45"]))
        d = rng.randint(2, 4)
        return dict(g=g, L=L, Dr=Dr, d=d, shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['g']} friends each rent a bike from {p['shop']} for {p['d']} days at "
                   f"{money_txt(p['Dr'])} per bike per day. They also buy one trail pass for the group for "
                   f"{money_txt(p['L'])}. If they split the total cost equally, how much does each friend pay, "
                   f"to the nearest cent?"),
        lambda p: (f"A cycling club of {p['g']} riders hires bikes for a {p['d']}-day tour. Each bike costs "
                   f"{money_txt(p['Dr'])} a day, and there is a single {money_txt(p['L'])} booking fee. The cost "
                   f"is shared evenly. What is each rider's share?"),
        lambda p: (f"For a weekend trip, {p['g']} people rent bikes at {money_txt(p['Dr'])} per day each for "
                   f"{p['d']} days and pay a {money_txt(p['L'])} delivery fee once. How much should each person "
                   f"chip in if they split everything evenly?"),
    ]

    def givens(p):
        return [("riders", Q(p["g"])), ("days", Q(p["d"])), ("daily rate", M(p["Dr"], "/day")),
                ("fee", M(p["L"]))]

    def solve(p, c):
        pb = c.calc("cost per bike", ["One bike costs", "Per bike:", "Each bike:"],
                    E("*", M(p["Dr"], "/day"), Q(p["d"], "days")), "money")
        ab = c.calc("cost of all bikes", ["All the bikes cost", "All bikes:", "For the group:"],
                    E("*", pb, Q(p["g"], "bikes")), "money")
        tot = c.calc("total cost", ["The total is", "Total:", "With the fee:"], E("+", ab, M(p["L"])), "money")
        each = c.calc("share per person", ["Each person pays", "Per person:", "Splitting it:"],
                      E("/", tot, Q(p["g"])), "money")
        return each

    def answer(p, v):
        return f"Each person pays {v}."


@template("tuneup_share")
class T9:
    def draw(rng):
        return dict(a=rng.randint(8, 30), pa=F(rng.randrange(45, 80, 5)), b=rng.randint(3, 15),
                    pb=F(rng.randrange(95, 165, 5)), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"Last month {p['shop']} sold {p['a']} basic tune-ups at {money_txt(p['pa'])} each and "
                   f"{p['b']} premium tune-ups at {money_txt(p['pb'])} each. What percent of the tune-up "
                   f"revenue came from premium tune-ups? Round to one decimal place."),
        lambda p: (f"A shop offers a basic service for {money_txt(p['pa'])} and a premium service for "
                   f"{money_txt(p['pb'])}. In May it did {p['a']} basic and {p['b']} premium services. What "
                   f"percentage of service revenue was from premium services (to the nearest tenth of a "
                   f"percent)?"),
        lambda p: (f"{p['shop']} completed {p['b']} premium overhauls ({money_txt(p['pb'])} each) and {p['a']} "
                   f"standard tune-ups ({money_txt(p['pa'])} each) this spring. To one decimal place, what "
                   f"share of the total, as a percent, came from the premium overhauls?"),
    ]

    def givens(p):
        return [("basic", M(p["pa"])), ("premium", M(p["pb"]))]

    def solve(p, c):
        ra = c.calc("basic revenue", ["Basic tune-ups bring in", "Basic:", "Basic revenue:"],
                    E("*", Q(p["a"]), M(p["pa"])), "money")
        rb = c.calc("premium revenue", ["Premium tune-ups bring in", "Premium:", "Premium revenue:"],
                    E("*", Q(p["b"]), M(p["pb"])), "money")
        tot = c.calc("total revenue", ["Total revenue:", "Together:", "The total is"], E("+", ra, rb), "money")
        sh = c.calc("premium share", ["Premium share:", "The premium share is", "As a percent:"],
                    E("*", Par(E("/", rb, tot)), P(100)), "pct", dp=1)
        return sh

    def answer(p, v):
        return f"About {v} of the tune-up revenue came from premium tune-ups."


@template("deposit_refund")
class T10:
    def draw(rng):
        Dp = F(rng.randrange(75, 300, 25))
        L = rng.randint(1, 5)
        f = F(rng.choice([6, 8, 10, 12, 15, 18]))
        dm = fr(rng.choice(["7.50", "9", "12", "14.99", "18", "22"]))
        if L * f + dm >= Dp - 5:
            return None
        return dict(Dp=Dp, L=L, f=f, dm=dm, who=rng.choice(NAMES), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['who']} leaves a {money_txt(p['Dp'])} deposit to rent a bike from {p['shop']}. The bike "
                   f"comes back {p['L']} hours late, and the late fee is {money_txt(p['f'])} per hour. A lost "
                   f"bike light costs {money_txt(p['dm'])}. Both charges are taken from the deposit. How much of "
                   f"the deposit does {p['who']} get back?"),
        lambda p: (f"A rental shop holds a {money_txt(p['Dp'])} deposit. {p['who']} returns the bike {p['L']} "
                   f"hours after the deadline ({money_txt(p['f'])} per late hour) and has to pay "
                   f"{money_txt(p['dm'])} for a missing lock. What refund does {p['who']} receive?"),
        lambda p: (f"{p['shop']} takes a deposit of {money_txt(p['Dp'])}. Late returns cost "
                   f"{money_txt(p['f'])} an hour and a broken bell costs {money_txt(p['dm'])} to replace. If "
                   f"{p['who']} is {p['L']} hours late and broke the bell, how much deposit is returned?"),
    ]

    def givens(p):
        return [("deposit", M(p["Dp"])), ("hours late", Q(p["L"])), ("late fee", M(p["f"], "/hour")),
                ("damage", M(p["dm"]))]

    def solve(p, c):
        lf = c.calc("late fee", ["The late fee is", "Late fee:", "Late charges:"],
                    E("*", Q(p["L"], "hours"), M(p["f"], "/hour")), "money")
        ch = c.calc("total charges", ["Total deductions:", "All charges:", "Charges together:"],
                    E("+", lf, M(p["dm"])), "money")
        rf = c.calc("refund", ["The refund is", "Refund:", "Deposit returned:"], E("-", M(p["Dp"]), ch), "money")
        c.check(E("+", rf, ch), "money")
        return rf

    def answer(p, v):
        return f"{p['who']} gets {v} of the deposit back."


@template("chain_replacement")
class T11:
    def draw(rng):
        km = rng.randint(22, 60)
        dw = rng.randint(3, 6)
        W = rng.randint(20, 42)
        C = rng.choice([2000, 2500, 3000, 3500, 4000])
        if (km * dw * W) % C == 0:
            return None
        return dict(km=km, dw=dw, W=W, C=C, cp=fr(rng.choice(["28", "32.50", "39", "45", "52", "64.99"])),
                    who=rng.choice(NAMES))

    problems = [
        lambda p: (f"{p['who']} commutes {p['km']} km a day by bike, {p['dw']} days a week, for {p['W']} weeks. "
                   f"A chain lasts about {num_txt(p['C'])} km and costs {money_txt(p['cp'])}. If {p['who']} "
                   f"buys every chain needed for the distance (whole chains only), how much is spent on chains?"),
        lambda p: (f"A courier rides {p['km']} km per shift and works {p['dw']} shifts a week for {p['W']} weeks. "
                   f"The mechanic replaces the chain every {num_txt(p['C'])} km. Chains cost "
                   f"{money_txt(p['cp'])}. How much will chains cost over that period, rounding the number of "
                   f"chains up?"),
        lambda p: (f"{p['who']} trains {p['dw']} days per week, riding {p['km']} km each time, for a "
                   f"{p['W']}-week season. Each chain is good for {num_txt(p['C'])} km and sells for "
                   f"{money_txt(p['cp'])}. What is the cost of the chains needed for the season?"),
    ]

    def givens(p):
        return [("daily distance", Q(p["km"], "km")), ("days per week", Q(p["dw"])), ("weeks", Q(p["W"])),
                ("chain life", Q(p["C"], "km")), ("chain price", M(p["cp"]))]

    def solve(p, c):
        wk = c.calc("distance per week", ["Each week:", "Weekly distance:", "Per week:"],
                    E("*", Q(p["km"], "km"), Q(p["dw"])), "count", unit="km")
        tot = c.calc("total distance", ["Season distance:", "Total distance:", "Over all the weeks:"],
                     E("*", wk, Q(p["W"], "weeks")), "count", unit="km")
        ch = c.calc("chains", ["Chains worn out:", "Number of chains:", "Dividing by the chain life:"],
                    E("/", tot, Q(p["C"], "km")), "dec", unit="chains", dp=2)
        n = c.roundup(ch, "chains", "only whole chains can be bought")
        cost = c.calc("cost of chains", ["The chains cost", "Cost:", "Total spent:"],
                      E("*", n, M(p["cp"])), "money")
        return cost

    def answer(p, v):
        return f"The chains cost {v} in total."


@template("markup_profit")
class T12:
    def draw(rng):
        return dict(c=price(rng, 18, 60, cents=(0, 0, F(1, 2), F(1, 4) * 3)), m=rng.choice([25, 30, 40, 45, 50, 60]),
                    n=rng.randint(10, 45), item=rng.choice(["helmet", "bike lock", "light set", "floor pump",
                                                            "saddle bag", "water-bottle cage kit"]),
                    shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['shop']} buys each {p['item']} for {money_txt(p['c'])} and marks it up {p['m']}%. If the "
                   f"shop sells {p['n']} of them, how much profit does it make?"),
        lambda p: (f"A {p['item']} costs the shop {money_txt(p['c'])} wholesale. The shop adds a {p['m']}% "
                   f"markup. What is the total profit from selling {p['n']} {p['item']}s?"),
        lambda p: (f"The wholesale price of a {p['item']} is {money_txt(p['c'])}. {p['shop']} sells them at "
                   f"{p['m']}% above wholesale and sold {p['n']} last month. Find the profit on those sales."),
    ]

    def givens(p):
        return [("wholesale", M(p["c"])), ("markup", P(p["m"])), ("units sold", Q(p["n"]))]

    def solve(p, c):
        mu = c.calc("markup per item", ["The markup is", "Markup:", "Markup per item:"],
                    E("*", M(p["c"]), P(p["m"])), "money")
        sp = c.calc("selling price", ["Selling price:", "The shop sells each for", "Price:"],
                    E("+", M(p["c"]), mu), "money")
        rv = c.calc("revenue", ["Revenue:", "Sales bring in", "Total sales:"], E("*", sp, Q(p["n"])), "money")
        co = c.calc("wholesale cost", ["Wholesale cost:", "The shop paid", "Cost of stock:"],
                    E("*", M(p["c"]), Q(p["n"])), "money")
        pf = c.calc("profit", ["Profit:", "The profit is", "Revenue minus cost:"], E("-", rv, co), "money")
        c.check(E("+", pf, co), "money")
        return pf

    def answer(p, v):
        return f"The shop makes {v} in profit."


@template("membership_per_ride")
class T13:
    def draw(rng):
        Mf = fr(rng.choice(["29", "34.99", "39", "42", "45", "49", "55", "59"]))
        k = rng.randint(9, 23)
        pp = F(rng.randrange(14, 34)) / 4
        if pp <= Mf / k + F(1, 2):
            return None
        if (Mf / k * 100).denominator == 1:
            return None
        return dict(Mf=Mf, k=k, pp=pp, who=rng.choice(NAMES))

    problems = [
        lambda p: (f"A bike-share membership costs {money_txt(p['Mf'])} a month, or riders can pay "
                   f"{money_txt(p['pp'])} per ride. {p['who']} takes {p['k']} rides a month. Rounding the "
                   f"membership cost per ride to the nearest cent, how much does {p['who']} save per month "
                   f"with the membership?"),
        lambda p: (f"{p['who']} rides a rental bike {p['k']} times a month. Pay-as-you-go is "
                   f"{money_txt(p['pp'])} per ride; a monthly pass is {money_txt(p['Mf'])}. Work out the pass "
                   f"price per ride (to the cent), the saving per ride, and the monthly saving."),
        lambda p: (f"The city bike scheme charges {money_txt(p['pp'])} per trip or {money_txt(p['Mf'])} for a "
                   f"month's pass. For someone making {p['k']} trips a month, what is the saving over the month "
                   f"using a per-ride cost rounded to the nearest cent?"),
    ]

    def givens(p):
        return [("pass", M(p["Mf"])), ("per ride", M(p["pp"])), ("rides", Q(p["k"]))]

    def solve(p, c):
        pr = c.calc("pass cost per ride", ["Pass cost per ride:", "Per ride, the pass costs", "Per ride:"],
                    E("/", M(p["Mf"]), Q(p["k"], "rides")), "money")
        sv = c.calc("saving per ride", ["Saving per ride:", "Each ride saves", "The difference per ride is"],
                    E("-", M(p["pp"]), pr), "money")
        ms = c.calc("monthly saving", ["Monthly saving:", "Over the month:", "For the month:"],
                    E("*", sv, Q(p["k"], "rides")), "money")
        return ms

    def answer(p, v):
        return f"{p['who']} saves about {v} a month with the pass."


@template("spoke_truing")
class T14:
    def draw(rng):
        return dict(w=rng.randint(2, 6), b=rng.randint(2, 6), sp=F(rng.randrange(5, 11)) / 4,
                    t=rng.choice([20, 25, 30, 35, 40, 45]), r=F(rng.choice([50, 54, 60, 65, 70, 75, 80])),
                    shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['shop']} repairs {p['w']} wheels. Each wheel has {p['b']} broken spokes, and spokes cost "
                   f"{money_txt(p['sp'])} each. Truing takes {p['t']} minutes per wheel, billed at "
                   f"{money_txt(p['r'])} per hour. What is the total charge?"),
        lambda p: (f"A customer brings in {p['w']} wheels, each missing {p['b']} spokes. Replacement spokes are "
                   f"{money_txt(p['sp'])} apiece, and the mechanic needs {p['t']} minutes per wheel to true "
                   f"them at a labour rate of {money_txt(p['r'])}/hour. How much is the bill?"),
        lambda p: (f"Spokes cost {money_txt(p['sp'])} each at {p['shop']}, and wheel truing is charged at "
                   f"{money_txt(p['r'])} an hour. For {p['w']} wheels with {p['b']} broken spokes each, and "
                   f"{p['t']} minutes of truing per wheel, what does the job cost?"),
    ]

    def givens(p):
        return [("wheels", Q(p["w"])), ("broken per wheel", Q(p["b"])), ("spoke price", M(p["sp"])),
                ("truing time", Q(p["t"], "min")), ("rate", M(p["r"], "/hour"))]

    def solve(p, c):
        ns = c.calc("spokes needed", ["Spokes needed:", "Broken spokes:", "Spokes:"],
                    E("*", Q(p["w"], "wheels"), Q(p["b"])), "count", unit="spokes")
        sc = c.calc("spoke cost", ["Spoke cost:", "The spokes cost", "Parts:"], E("*", ns, M(p["sp"])), "money")
        tm = c.calc("truing time", ["Truing time:", "Time at the truing stand:", "Minutes:"],
                    E("*", Q(p["w"], "wheels"), Q(p["t"], "min")), "count", unit="min")
        th = c.calc("truing hours", ["In hours:", "Converting:", "Hours:"], E("/", tm, Q(60)), "dec",
                    unit="hours", dp=2)
        tc = c.calc("truing labour", ["Labour:", "Truing costs", "Labour charge:"],
                    E("*", th, M(p["r"], "/hour")), "money")
        tot = c.calc("total charge", ["Total:", "The bill is", "Altogether:"], E("+", sc, tc), "money")
        c.check(E("-", tot, tc), "money")
        return tot

    def answer(p, v):
        return f"The total charge is {v}."


@template("mechanic_overtime")
class T15:
    def draw(rng):
        return dict(r=F(rng.randrange(36, 58)) / 2, H=rng.randint(42, 53), who=rng.choice(NAMES),
                    shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['who']} is a mechanic at {p['shop']} earning {money_txt(p['r'])} an hour. Hours over 40 "
                   f"in a week are paid at time-and-a-half. Last week {p['who']} worked {p['H']} hours during the "
                   f"spring rush. How much did {p['who']} earn?"),
        lambda p: (f"A bike mechanic's base pay is {money_txt(p['r'])} per hour for the first 40 hours, and "
                   f"1.5 times that rate for every extra hour. What is the pay for a {p['H']}-hour week?"),
        lambda p: (f"During tune-up season {p['who']} worked {p['H']} hours in one week. The shop pays "
                   f"{money_txt(p['r'])}/hour for regular time (up to 40 hours) and 1.5× for overtime. Find "
                   f"{p['who']}'s weekly pay."),
    ]

    def givens(p):
        return [("base rate", M(p["r"], "/hour")), ("hours worked", Q(p["H"]))]

    def solve(p, c):
        rp = c.calc("regular pay", ["Regular pay:", "For the first 40 hours:", "Base pay:"],
                    E("*", Q(40, "hours"), M(p["r"], "/hour")), "money")
        oh = c.calc("overtime hours", ["Overtime hours:", "Extra hours:", "Overtime:"],
                    E("-", Q(p["H"]), Q(40)), "count", unit="hours")
        orate = c.calc("overtime rate", ["Overtime rate:", "Time-and-a-half is", "OT rate:"],
                       E("*", M(p["r"]), D("1.5")), "money")
        op = c.calc("overtime pay", ["Overtime pay:", "The extra hours pay", "OT pay:"],
                    E("*", oh, orate), "money")
        tot = c.calc("total pay", ["Total pay:", "Altogether:", "Weekly pay:"], E("+", rp, op), "money")
        c.check(E("-", tot, op), "money")
        return tot

    def answer(p, v):
        return f"The mechanic earns {v} for the week."


@template("ebike_charging")
class T16:
    def draw(rng):
        return dict(wh=rng.choice([400, 420, 500, 540, 625, 720, 750]), n=rng.randint(2, 6),
                    W=rng.choice([4, 6, 8, 10, 12, 26, 52]), ct=rng.choice([11, 12, 14, 15, 16, 18, 22, 25]),
                    who=rng.choice(NAMES))

    problems = [
        lambda p: (f"{p['who']}'s e-bike battery holds {p['wh']} Wh. {p['who']} fully charges it {p['n']} times a "
                   f"week for {p['W']} weeks. Electricity costs {p['ct']} cents per kWh. How many dollars does "
                   f"charging cost, to the nearest cent?"),
        lambda p: (f"A rental shop's e-bike has a {p['wh']} Wh battery that is charged from empty {p['n']} "
                   f"times per week. Power is {p['ct']}¢ per kWh. What is the charging cost over {p['W']} weeks, "
                   f"in dollars?"),
        lambda p: (f"An e-bike battery stores {p['wh']} watt-hours. If it is charged {p['n']} times each week "
                   f"for {p['W']} weeks and electricity is {p['ct']} cents a kilowatt-hour, what is the total "
                   f"cost in dollars?"),
    ]

    def givens(p):
        return [("battery", Q(p["wh"], "Wh")), ("charges per week", Q(p["n"])), ("weeks", Q(p["W"])),
                ("price", Q(p["ct"], "cents/kWh"))]

    def solve(p, c):
        kwh = c.calc("energy per charge", ["Per charge:", "In kilowatt-hours:", "Energy per charge:"],
                     E("/", Q(p["wh"], "Wh"), Q(1000)), "dec", unit="kWh", dp=3)
        wk = c.calc("energy per week", ["Per week:", "Weekly energy:", "Each week:"],
                    E("*", kwh, Q(p["n"])), "dec", unit="kWh", dp=3)
        tot = c.calc("total energy", ["Total energy:", "Over all the weeks:", "Total:"],
                     E("*", wk, Q(p["W"], "weeks")), "dec", unit="kWh", dp=3)
        cents = c.calc("cost in cents", ["Cost in cents:", "At the cents price:", "Cost:"],
                       E("*", tot, Q(p["ct"], "cents")), "dec", unit="cents", dp=2)
        dol = c.calc("cost in dollars", ["In dollars:", "Converting to dollars:", "Dollars:"],
                     E("/", cents, Q(100)), "money")
        return dol

    def answer(p, v):
        return f"Charging costs {v}."


@template("tour_pricing")
class T17:
    def draw(rng):
        return dict(a=rng.randint(2, 6), k=rng.randint(2, 4), P=F(rng.randrange(45, 100, 5)),
                    d=rng.choice([20, 25, 30, 35, 40, 50]), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['shop']} runs a guided bike tour that costs {money_txt(p['P'])} per adult. Children get "
                   f"{p['d']}% off the adult price. How much does a group of {p['a']} adults and {p['k']} "
                   f"children pay?"),
        lambda p: (f"A bike tour ticket is {money_txt(p['P'])} for adults, and kids' tickets are {p['d']}% "
                   f"cheaper. What is the total for {p['a']} adults and {p['k']} kids?"),
        lambda p: (f"For a vineyard cycling tour, adults pay {money_txt(p['P'])} and children pay {p['d']}% less. "
                   f"Find the cost for {p['a']} adults and {p['k']} children."),
    ]

    def givens(p):
        return [("adult ticket", M(p["P"])), ("child discount", P(p["d"])), ("adults", Q(p["a"])),
                ("children", Q(p["k"]))]

    def solve(p, c):
        kd = c.calc("child discount", ["Child discount:", "The discount is", "Discount:"],
                    E("*", M(p["P"]), P(p["d"])), "money")
        kp = c.calc("child ticket", ["Child ticket:", "A child pays", "Child price:"],
                    E("-", M(p["P"]), kd), "money")
        at = c.calc("adult tickets", ["Adults:", "Adult tickets cost", "For the adults:"],
                    E("*", Q(p["a"]), M(p["P"])), "money")
        kt = c.calc("child tickets", ["Children:", "Child tickets cost", "For the children:"],
                    E("*", Q(p["k"]), kp), "money")
        tot = c.calc("total", ["Total:", "The group pays", "Altogether:"], E("+", at, kt), "money")
        c.check(E("-", tot, kt), "money")
        return tot

    def answer(p, v):
        return f"The group pays {v} for the tour."


@template("tires_with_tax")
class T18:
    def draw(rng):
        return dict(tr=price(rng, 28, 65), tb=price(rng, 6, 12, cents=(0, F(1, 2), F(99, 100))),
                    fee=F(rng.choice([8, 10, 12, 15, 18, 20])),
                    tax=fr(rng.choice(["6", "7", "8", "8.25", "8.5", "9.5", "5"])),
                    who=rng.choice(NAMES), shop=rng.choice(SHOPS))

    problems = [
        lambda p: (f"{p['who']} gets new tires on both wheels at {p['shop']}. Each wheel needs a tire "
                   f"({money_txt(p['tr'])}) and a tube ({money_txt(p['tb'])}), and installation is "
                   f"{money_txt(p['fee'])} per wheel. Sales tax of {num_txt(p['tax'])}% applies to the whole "
                   f"bill. What is the total, to the nearest cent?"),
        lambda p: (f"A tire costs {money_txt(p['tr'])} and a tube costs {money_txt(p['tb'])}. {p['who']} needs "
                   f"both for the front and rear wheel, plus {money_txt(p['fee'])} fitting per wheel. With "
                   f"{num_txt(p['tax'])}% tax, how much does {p['who']} pay?"),
        lambda p: (f"{p['shop']} charges {money_txt(p['fee'])} per wheel to fit a new tire and tube. The tire is "
                   f"{money_txt(p['tr'])} and the tube {money_txt(p['tb'])}. For both wheels, including "
                   f"{num_txt(p['tax'])}% sales tax, what is the bill?"),
    ]

    def givens(p):
        return [("tire", M(p["tr"])), ("tube", M(p["tb"])), ("fitting", M(p["fee"], "/wheel")),
                ("tax", P(p["tax"]))]

    def solve(p, c):
        pa = c.calc("parts for both wheels", ["Parts:", "Tires and tubes:", "For both wheels:"],
                    E("*", Q(2), Par(E("+", M(p["tr"]), M(p["tb"])))), "money", inner=True)
        fi = c.calc("fitting", ["Fitting:", "Installation:", "Labour:"], E("*", Q(2, "wheels"), M(p["fee"])),
                    "money")
        sub = c.calc("subtotal", ["Subtotal:", "Before tax:", "Pre-tax total:"], E("+", pa, fi), "money")
        tx = c.calc("tax", ["Tax:", "Sales tax:", "The tax is"], E("*", sub, P(p["tax"])), "money")
        tot = c.calc("total", ["Total:", "With tax:", "The bill is"], E("+", sub, tx), "money")
        return tot

    def answer(p, v):
        return f"The total bill comes to {v}."


# ----------------------------------------------------------------------------- styles


class St:
    def __init__(self, **kw):
        self.mul = "×"
        self.div = "÷"
        self.sub = "−"
        self.add = "+"
        self.sep = ","
        self.dollar = "$"
        self.units = True
        self.frac = False
        self.tight = False
        self.words = False
        self.latex = False
        self.__dict__.update(kw)


def fnum(v, st, with_unit=None):
    s = group(v.plain(), st.sep)
    if v.kind == "money":
        s = st.dollar + s
    elif v.kind == "pct":
        s = s + ("\\%" if st.latex else "%")
    if (st.units if with_unit is None else with_unit) and v.unit:
        s = s + v.unit if v.unit.startswith("/") else s + " " + v.unit
    return s


OPW = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}


def fexpr(n, st, units=None):
    if isinstance(n, Val):
        return fnum(n, st, units)
    if isinstance(n, Par):
        return ("\\left(" + fexpr(n.e, st, units) + "\\right)") if st.frac else "(" + fexpr(n.e, st, units) + ")"
    if n.op == "/" and st.frac and len(n.args) == 2:
        return "\\frac{" + fexpr(n.args[0], st, False) + "}{" + fexpr(n.args[1], st, False) + "}"
    if st.words:
        sym = OPW[n.op]
    else:
        sym = {"+": st.add, "-": st.sub, "*": st.mul, "/": st.div}[n.op]
    j = sym if st.tight else " " + sym + " "
    return j.join(fexpr(a, st, units) for a in n.args)


def inner_form(expr):
    """replace parenthesised sub-expressions by their values (for chains like 2 × (a + b) = 2 × 17 = 34)"""
    if isinstance(expr, Par):
        v = ev(expr.e)
        return Val(v, "money")
    if isinstance(expr, E):
        return E(expr.op, *[inner_form(a) for a in expr.args])
    return expr


def chain(step, st, rel_eq="=", rel_ap="≈", units=None):
    """'expr = [inner =] result' for a calc / check step"""
    parts = [fexpr(step["expr"], st, units)]
    if step.get("inner"):
        parts.append(fexpr(inner_form(step["expr"]), st, units))
    res = fnum(step["res"], st, units)
    rel = rel_ap if step["res"].approx else rel_eq
    j = rel_eq if st.tight else " " + rel_eq + " "
    out = j.join(parts)
    return out + (rel if st.tight else " " + rel + " ") + res


AP = "\\approx"
LP = "\\( "
RP = " \\)"


def closing(pre, sent):
    w = sent.split(" ", 1)[0]
    if w in ("The", "Each", "About", "Charging"):
        sent = sent[0].lower() + sent[1:]
    return pre + " " + sent


def cap(s):
    return s[:1].upper() + s[1:]


INTRO = {
    "gpt4o_md": ["Let's break this down step by step.", "Let's solve this step by step.",
                 "To find the answer, we'll work through each part of the problem."],
    "claude_bold": ["I'll work through this step by step.", "Let me break this down.",
                    "Let me work through this carefully."],
    "bullets": ["Here's the breakdown:", "Let's break this down.", "Step-by-step:"],
    "prose": ["Let's break this down.", "We can work this out in a few steps.", "Let's think it through."],
    "latex_inline": ["Let's solve this step by step.", "We compute each piece in turn.",
                     "Let's work through the calculation."],
    "latex_display": ["Let's set up the calculation.", "We'll compute each quantity in turn.",
                      "Let's solve this step by step."],
    "md_table": ["Here is the calculation laid out in a table:", "Let's organise the numbers:",
                 "Breaking the problem into pieces:"],
    "terse": ["Solution:", "Working:", "Calculations:"],
    "chatty_tutor": ["Great question! Let's work through it together.", "Okay, let's figure this out together!",
                     "Sure! Let's take it one piece at a time."],
    "llama_steps": ["", "", ""],
}

CHAT_OPEN_FIRST = ["First, let's work out the", "Let's start with the", "To begin, let's find the"]
CHAT_OPEN_MID = ["Next, let's find the", "Now for the", "Then we need the", "Now let's get the"]
CHAT_OPEN_LAST = ["Finally, let's get the", "Last step: the", "And now the"]
CHAT_EQ = ["equals", "is", "which is", "that gives us", "makes"]
CHAT_AP = ["is about", "which is about", "comes to about", "that's about"]


def render(style, T, p, steps, final, rng):
    """returns (lines, comp_line) where comp_line[i-1] is the line index of computation i"""
    L = []
    cl = {}
    calcs = [s for s in steps if s["t"] == "calc"]
    ncalc = len(calcs)
    intro = rng.choice(INTRO.get(style, [""]))
    restate = rng.random() < 0.5
    closing_pre = rng.choice(["So", "Therefore,", "So,", "Thus,"])

    def add(line, comp_idx=()):
        for i in comp_idx:
            cl[i] = len(L)
        L.append(line)

    def lead_of(s):
        return rng.choice(s["leads"])

    if style == "gpt4o_md":
        st = St(mul=rng.choice(["×", "×", "x"]), div=rng.choice(["÷", "/"]))
        add(intro)
        add("")
        if restate:
            add("We know:")
            for lab, v in T.givens(p):
                add(f"- {cap(lab)}: {fnum(v, st)}")
            add("")
        k = 0
        for s in steps:
            if s["t"] == "calc":
                k += 1
                add(f"### Step {k}: {cap(s['lab'])}")
                body = chain(s, st)
                res = fnum(s["res"], st)
                body = body[: len(body) - len(res)] + "**" + res + "**"
                add(f"{lead_of(s)} {body}", [s["i"]])
                add("")
            elif s["t"] == "round":
                if L and L[-1] == "":
                    L.pop()
                add(f"Since {s['why']}, round up: {fnum(s['x'], st, False)} → **{fnum(s['res'], st)}**")
                add("")
            else:
                add(f"Check: {chain(s, st)} ✓", [s["i"]])
                add("")
        add("### Final Answer")
        add(f"{T.answer(p, '**' + fnum(final, st, False) + '**')}")
    elif style == "claude_bold":
        st = St(mul=rng.choice(["×", "×", "·"]), div="÷")
        add(intro)
        add("")
        if restate:
            add("**Given:** " + ", ".join(f"{lab} {fnum(v, st)}" for lab, v in T.givens(p)))
            add("")
        for s in steps:
            if s["t"] == "calc":
                add(f"**{cap(s['lab'])}:** {chain(s, st)}", [s["i"]])
            elif s["t"] == "round":
                add(f"**Round up** ({s['why']}): {fnum(s['x'], st, False)} → {fnum(s['res'], st)}")
            else:
                add("")
                add(f"Check: {chain(s, st)} ✓", [s["i"]])
        add("")
        add(f"{T.answer(p, '**' + fnum(final, st, False) + '**')}")
    elif style == "bullets":
        st = St(mul=rng.choice(["×", "x", "*"]), div=rng.choice(["÷", "/"]), sub=rng.choice(["−", "-"]))
        add(intro)
        if restate:
            add("")
            add("Given:")
            for lab, v in T.givens(p):
                add(f"- {cap(lab)}: {fnum(v, st)}")
            add("")
            add("Calculations:")
        for s in steps:
            if s["t"] == "calc":
                add(f"- {cap(s['lab'])}: {chain(s, st)}", [s["i"]])
            elif s["t"] == "round":
                add(f"- Round up to whole {s['noun']}: {fnum(s['x'], st, False)} → {fnum(s['res'], st)}")
            else:
                add(f"- Check: {chain(s, st)} ✓", [s["i"]])
        add("")
        add(closing(closing_pre, T.answer(p, fnum(final, st, False))))
    elif style == "prose":
        st = St(mul=rng.choice(["×", "x"]), div=rng.choice(["÷", "/"]))
        add(intro + (" " + rng.choice(["We need a few quantities first.", "Each piece is simple on its own.",
                                        ""])).rstrip())
        add("")
        cur = []
        cur_idx = []
        per = rng.choice([2, 3])
        for s in steps:
            if s["t"] == "calc":
                cur.append(f"{cap(lead_of(s))} {chain(s, st)}.")
                cur_idx.append(s["i"])
            elif s["t"] == "round":
                cur.append(f"Because {s['why']}, {fnum(s['x'], st, False)} rounds up to {fnum(s['res'], st)}.")
            else:
                cur.append(f"As a check, {chain(s, st)}, which matches.")
                cur_idx.append(s["i"])
            if len(cur_idx) >= per:
                add(" ".join(cur), cur_idx)
                add("")
                cur, cur_idx = [], []
        if cur:
            add(" ".join(cur), cur_idx)
            add("")
        add(closing(closing_pre, T.answer(p, fnum(final, st, False))))
    elif style == "latex_inline":
        st = St(mul=rng.choice(["\\times", "\\times", "\\cdot"]), div="\\div", sub="-",
                dollar="\\$", units=False, frac=rng.random() < 0.7, latex=True)
        add(intro)
        add("")
        k = 0
        for s in steps:
            if s["t"] == "calc":
                k += 1
                body = chain(s, st, rel_ap="\\approx")
                add(f"{k}. {cap(s['lab'])}: \\( {body} \\)", [s["i"]])
            elif s["t"] == "round":
                add(f"   Since {s['why']}, round up: \\( {fnum(s['x'], st, False)} \\rightarrow "
                    f"{fnum(s['res'], st, False)} \\) {s['noun']}.")
            else:
                add("Check: \\( " + chain(s, st, rel_ap=AP) + " \\) ✓", [s["i"]])
        add("")
        add(closing(closing_pre, T.answer(p, LP + fnum(final, st, False) + RP)))
    elif style == "latex_display":
        st = St(mul=rng.choice(["\\times", "\\cdot"]), div="\\div", sub="-", sep="{,}", dollar="\\$",
                units=False, frac=True, latex=True)
        add(intro)
        add("")
        use_text = rng.random() < 0.5
        for s in steps:
            if s["t"] == "calc":
                add(f"{cap(s['lab'])}:")
                add("\\[")
                body = chain(s, st, rel_ap="\\approx")
                if use_text:
                    body = "\\text{" + cap(s["lab"]) + "} = " + body
                add(body, [s["i"]])
                add("\\]")
            elif s["t"] == "round":
                add(f"Since {s['why']}, we round up: \\( {fnum(s['x'], st, False)} \\to "
                    f"{fnum(s['res'], st, False)} \\) {s['noun']}.")
            else:
                add("Check:")
                add("\\[")
                add(chain(s, st, rel_ap=AP) + " \\quad \\checkmark", [s["i"]])
                add("\\]")
        add("")
        add(closing(closing_pre, T.answer(p, LP + fnum(final, st, False) + RP)))
        add("")
        add(f"\\[ \\boxed{{{fnum(final, st, False)}}} \\]")
    elif style == "md_table":
        st = St(mul=rng.choice(["×", "·", "x"]), div="÷")
        add(intro)
        add("")
        add("| Quantity | Calculation | Result |")
        add("|---|---|---|")
        checks = []
        for s in steps:
            if s["t"] == "calc":
                res = fnum(s["res"], st)
                add(f"| {cap(s['lab'])} | {fexpr(s['expr'], st)}"
                    + (f" = {fexpr(inner_form(s['expr']), st)}" if s.get("inner") else "")
                    + f" | {'≈ ' if s['res'].approx else ''}{res} |", [s["i"]])
            elif s["t"] == "round":
                add(f"| Whole {s['noun']} | {fnum(s['x'], st, False)} → {fnum(s['res'], st, False)} (round up) | "
                    f"{fnum(s['res'], st)} |")
            else:
                checks.append(s)
        for s in checks:
            add("")
            add(f"Check: {chain(s, st)} ✓", [s["i"]])
        add("")
        add(f"**Answer:** {T.answer(p, fnum(final, st, False))}")
    elif style == "terse":
        st = St(mul=rng.choice(["*", "×", "x"]), div="/", sub="-", dollar=rng.choice(["", "$"]), units=False)
        add(intro)
        for s in steps:
            if s["t"] == "calc":
                add(f"{cap(s['lab'])}: {chain(s, st)}", [s["i"]])
            elif s["t"] == "round":
                add(f"Round up: {fnum(s['x'], st, False)} → {fnum(s['res'], st, False)} {s['noun']}")
            else:
                add(f"Check: {chain(s, st)} ✓", [s["i"]])
        add(f"Answer: {fnum(final, st, False)}")
    elif style == "gsm8k":
        st = St(mul="*", div="/", sub="-", sep="", units=False, tight=True)
        pst = St(mul="*", div="/", sub="-", sep="", units=False, tight=True, dollar="")
        for s in steps:
            if s["t"] == "calc":
                ex = fexpr(s["expr"], pst)
                r = fnum(s["res"], pst)
                dol = "$" if s["res"].kind == "money" else ""
                pct = ""
                if s["res"].kind == "pct":
                    r = r.rstrip("%")
                    pct = "%"
                    ann = f"<<{ex}={r}%>>"
                else:
                    ann = f"<<{ex}={r}>>"
                unit = f" {s['res'].unit}" if s["res"].unit and s["res"].kind != "money" else ""
                add(f"{lead_of(s)} {ex}={dol}{ann}{r}{pct}{unit}.", [s["i"]])
            elif s["t"] == "round":
                add(f"Since {s['why']}, {fnum(s['x'], pst, False)} rounds up to {fnum(s['res'], pst)}.")
    elif style == "chatty_tutor":
        st = St(words=True)
        add(intro)
        add("")
        if restate:
            g = T.givens(p)
            add("Here's what we know: " + "; ".join(f"{lab} — {fnum(v, st)}" for lab, v in g) + ".")
            add("")
        k = 0
        for s in steps:
            if s["t"] == "calc":
                k += 1
                op = rng.choice(CHAT_OPEN_FIRST if k == 1 else (CHAT_OPEN_LAST if k == ncalc else CHAT_OPEN_MID))
                eq = rng.choice(CHAT_EQ)
                ap = rng.choice(CHAT_AP)
                body = chain(s, st, rel_eq=eq, rel_ap=ap)
                used_rel = ap if s["res"].approx else eq
                if used_rel in ("which is", "which is about", "that gives us", "that's about"):
                    # "X times Y, which is Z"
                    ff = fexpr(s["expr"], st)
                    body = ff + ", " + body[len(ff) + 1:]
                add(f"{op} {s['lab']}. {cap(body)}.", [s["i"]])
            elif s["t"] == "round":
                add(f"We can't have a fraction here because {s['why']}, so we round {fnum(s['x'], st, False)} "
                    f"up to {fnum(s['res'], st)}.")
            else:
                add(f"Let's double-check: {chain(s, st, rel_eq='equals')}. ✓", [s["i"]])
        add("")
        add(closing(closing_pre, T.answer(p, fnum(final, st, False))) + " "
            + rng.choice(["Nice work!", "Hope that helps!", "Great job following along!", ""]))
        L[-1] = L[-1].rstrip()
    elif style == "llama_steps":
        st = St(mul=rng.choice(["×", "*"]), div=rng.choice(["÷", "/"]), sub=rng.choice(["-", "−"]))
        k = 0
        for s in steps:
            k += 1 if s["t"] != "round" else 0
            if s["t"] == "calc":
                add(f"## Step {k}: Calculate the {s['lab']}")
                add(f"{lead_of(s)} {chain(s, st)}.", [s["i"]])
                add("")
            elif s["t"] == "round":
                if L and L[-1] == "":
                    L.pop()
                add(f"Since {s['why']}, we round {fnum(s['x'], st, False)} up to {fnum(s['res'], st)}.")
                add("")
            else:
                add(f"## Step {k}: Verify the result")
                add(f"Check: {chain(s, st)}, which confirms the result.", [s["i"]])
                add("")
        add(f"The final answer is: $\\boxed{{{final.plain()}}}$")
    else:
        raise ValueError(style)
    if style not in ("gsm8k", "terse", "llama_steps") and L and L[0] == "":
        L.pop(0)
    while L and L[0] == "":
        L.pop(0)
    if style not in ("gsm8k", "terse") and L[-1] != "":
        L.append("")
    L.append("#### " + final.plain())
    return L, cl


STYLES = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline", "latex_display", "md_table", "terse",
          "gsm8k", "chatty_tutor", "llama_steps"]
CHECK_STYLES = {"claude_bold": 0.8, "gpt4o_md": 0.35, "bullets": 0.35, "prose": 0.3, "latex_inline": 0.3,
                "latex_display": 0.3, "md_table": 0.4, "terse": 0.3, "chatty_tutor": 0.35, "llama_steps": 0.25,
                "gsm8k": 0.0}

KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]


# ----------------------------------------------------------------------------- faults


def digits_of(v):
    return v.plain().replace(".", "")


def from_digits(ds, dp):
    if dp:
        return F(int(ds), 10 ** dp)
    return F(int(ds))


def wrong_value(step, kind, rng):
    """wrong value (in displayed units) for a calc step, or None"""
    r = step["right"]
    rd = r.disp()
    dp = r.dp
    unit = F(1, 10 ** dp)
    s = r.plain()
    ip = s.split(".")[0]
    ds = digits_of(r)
    if kind == "off_by_one":
        w = rd + rng.choice([1, -1])
        if w <= 0:
            w = rd + 1
    elif kind == "off_by_ten":
        w = rd + rng.choice([10, -10])
        if w <= 0:
            w = rd + 10
    elif kind == "swap_digits":
        opts = [i for i in range(len(ds) - 1) if ds[i] != ds[i + 1] and not (i == 0 and ds[1] == "0")]
        if not opts:
            return None
        i = rng.choice(opts)
        w = from_digits(ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:], dp)
    elif kind == "drop_digit":
        if len(ip) < 2:
            return None
        opts = [i for i in range(len(ip)) if not (i == 0 and ip[1] == "0")]
        i = rng.choice(opts)
        w = from_digits(ds[:i] + ds[i + 1:], dp)
    elif kind == "double_digit":
        i = rng.randrange(len(ip))
        w = from_digits(ds[:i] + ds[i] + ds[i:], dp)
    elif kind == "decimal_shift":
        down = rd / 10
        if rng.random() < 0.5 and (down * 10 ** dp).denominator == 1 and down >= 1:
            w = down
        else:
            w = rd * 10
    elif kind == "wrong_op":
        ex = inner_form(step["expr"]) if step.get("inner") else step["expr"]
        if not isinstance(ex, E):
            return None
        vals = [ev(a) for a in ex.args]
        scale = 100 if r.kind == "pct" else 1
        has_pct = any(isinstance(a, Val) and a.kind == "pct" for a in ex.args)
        cands = []
        if len(vals) == 2:
            a, b = vals
            for op in "+-*/":
                if op == ex.op or (has_pct and op in "+-"):
                    continue
                if op == "/" and b == 0:
                    continue
                cands.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op])
        elif ex.op in "+-":
            for j in range(1, len(vals)):
                ops = [ex.op] * (len(vals) - 1)
                ops[j - 1] = "-" if ex.op == "+" else "+"
                acc = vals[0]
                for o, x in zip(ops, vals[1:]):
                    acc = acc + x if o == "+" else acc - x
                cands.append(acc)
        if not r.approx:
            cands = [c for c in cands if (c * scale * 10 ** dp).denominator == 1]
        cands = [rhu(c * scale, dp) for c in cands]
        cands = [c for c in cands if c > 0 and abs(c - rd) > unit / 2 and c < 10 ** 7
                 and all(c != v * scale for v in vals)]
        if not cands:
            return None
        w = rng.choice(cands)
    else:
        raise ValueError(kind)
    if w <= 0 or abs(w - rd) <= unit / 2 or (w * 10 ** dp).denominator != 1:
        return None
    if r.kind == "count" and w.denominator != 1:
        return None
    return w


# ----------------------------------------------------------------------------- assembly


def build(T, p, fault=None, carry=False, with_check=False):
    c = Ctx(fault, carry, with_check)
    final = T.solve(p, c)
    return c, final


def make_problem(pid, T, rng):
    for _ in range(200):
        p = T.draw(rng)
        if p is None:
            continue
        c, final = build(T, p)
        if c.ok:
            break
    else:
        raise RuntimeError("cannot draw " + T.name)
    return p


def assemble(L):
    return "\n".join(L)


def line_span(L, idx):
    start = sum(len(x) + 1 for x in L[:idx])
    return [start, start + len(L[idx])]


def rows_for(k, T, style):
    pid = f"bk{k:04d}"
    rng = random.Random(f"{SEED}|{pid}|draw")
    p = make_problem(pid, T, rng)
    problem = random.Random(f"{SEED}|{pid}|phr").choice(T.problems)(p)
    with_check = random.Random(f"{SEED}|{pid}|chk").random() < CHECK_STYLES[style]
    c0, final = build(T, p, with_check=with_check)
    if c0.n > 8:
        c0, final = build(T, p, with_check=False)
        with_check = False
    gold = final.plain()
    rseed = f"{SEED}|{pid}|render"
    L0, cl0 = render(style, T, p, c0.steps, final, random.Random(rseed))
    sol0 = assemble(L0)
    base = dict(pid=pid, template=T.name, style=style, problem=problem)
    out = [dict(base, variant="correct", solution=sol0, final=gold)]
    calcs = [s for s in c0.steps if s["t"] == "calc"]
    cand = [s for s in calcs if not (with_check and s is calcs[-1])]
    frng = random.Random(f"{SEED}|{pid}|fault")
    for variant in ("slip", "carry"):
        for _ in range(500):
            s = frng.choice(cand)
            kind = frng.choice(KINDS)
            w = wrong_value(s, kind, frng)
            if w is None:
                continue
            cf, ff = build(T, p, fault=(s["i"], w), carry=(variant == "carry"), with_check=with_check)
            if not cf.ok:
                continue
            if variant == "carry" and ff.plain() == gold:
                continue
            if variant == "slip" and ff.plain() != gold:
                continue
            break
        else:
            raise RuntimeError("no fault for " + pid)
        Lf, clf = render(style, T, p, cf.steps, ff, random.Random(rseed))
        sol = assemble(Lf)
        li = clf[s["i"]]
        fs = [x for x in cf.steps if x.get("i") == s["i"]][0]
        wtxt = wrong_written(style, fs, Lf[li])
        out.append(dict(base, variant=variant, solution=sol, final=gold, span=line_span(Lf, li), wrong=wtxt,
                        right=s["right"].plain(), step=s["i"], kind=kind))
    # loop
    lrng = random.Random(f"{SEED}|{pid}|loop")
    comp_lines = sorted(set(cl0.values()))
    for _ in range(100):
        li = lrng.choice(comp_lines)
        u = lrng.choice([1, 1, 2, 2, 3])
        if li - u + 1 < 0:
            continue
        unit = L0[li - u + 1: li + 1]
        if not unit[0].strip() or any(x.startswith("####") for x in unit):
            continue
        break
    unit_txt = "\n".join(unit)
    R = lrng.randint(8, 30)
    head = "\n".join(L0[: li + 1])
    text = head + ("\n" + unit_txt) * (R - 1)
    if lrng.random() < 0.4:
        first = unit[0]
        dpos = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
        if dpos >= 2:
            cut = lrng.randint(1, dpos - 1)
            text += "\n" + first[:cut]
    s0 = len(head) + 1
    out.append(dict(base, variant="loop", solution=text, final=gold, span=[s0, s0 + len(unit_txt)], repeats=R))
    return out


def wrong_written(style, step, line):
    """the wrong result exactly as it appears in the line"""
    v = step["res"]
    if style == "gsm8k":
        st = St(sep="", dollar="", units=False)
        s = fnum(v, st)
        return s
    if style == "latex_display":
        st = St(sep="{,}", dollar="\\$", units=False, frac=True, latex=True)
    elif style == "latex_inline":
        st = St(dollar="\\$", units=False, frac=True, latex=True)
    elif style == "terse":
        st = St(dollar="$" if "$" in line else "", units=False)
    else:
        st = St(units=False)
    s = fnum(v, st, False)
    if style == "terse" and v.kind == "money" and s not in line:
        s = fnum(v, St(dollar="", units=False), False)
    assert s in line, (style, s, line)
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = []
    k = 0
    srng = random.Random(SEED + "|styles")
    order = []
    for ti, T in enumerate(TEMPLATES):
        sts = [STYLES[(ti + j) % len(STYLES)] for j in range(N_PER_TEMPLATE)]
        srng.shuffle(sts)
        for j in range(N_PER_TEMPLATE):
            order.append((T, sts[j]))
    for T, style in order:
        k += 1
        rows.extend(rows_for(k, T, style))
    keys_fault = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
                  "step", "kind"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
