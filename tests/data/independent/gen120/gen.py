#!/usr/bin/env python3
"""Deterministic generator for a held-out set of model-like worked solutions
(hair salons, barbershops, spas) with seeded arithmetic faults.

usage: python3 gen.py --out set.jsonl
Standard library only. Determinism: random.Random seeded with strings/ints only.
"""
import argparse
import json
import math
import random
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
from fractions import Fraction as F

getcontext().prec = 60

N_PROBLEMS = 612
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]


class Redraw(Exception):
    pass


# ---------------------------------------------------------------- numbers

def canon(fr):
    """Fraction with terminating decimal -> canonical Decimal (no trailing zeros), else None."""
    fr = F(fr)
    d = fr.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d != 1:
        return None
    k = 0
    while (fr * 10 ** k).denominator != 1:
        k += 1
    return D((fr * 10 ** k).numerator).scaleb(-k)


def ndec(v):
    e = v.as_tuple().exponent
    return -e if e < 0 else 0


def round_half_up(fr, dp):
    q = D(fr.numerator) / D(fr.denominator)
    return q.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def numstr(v, sep=","):
    s = format(v, "f")
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, dot, fp = s.partition(".")
    if sep and len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ("-" if neg else "") + ip + (dot + fp if dot else "")


def money_val(v):
    if v == v.to_integral_value():
        return D(int(v))
    if ndec(v) < 2:
        return v.quantize(D("0.01"))
    return v


def plain(v, kind):
    """value as written, no separators / symbols."""
    if kind == "money":
        v = money_val(v)
    return numstr(v, "")


# ---------------------------------------------------------------- expressions

def N(v, kind="plain", unit=None):
    return ("n", D(str(v)) if not isinstance(v, D) else v, kind, unit)


def B(op, a, b):
    return ("b", op, a, b)


def P(e):
    return ("p", e)


def mul(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = B("*", e, x)
    return e


def add(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = B("+", e, x)
    return e


def sub(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = B("-", e, x)
    return e


def div(a, b):
    return B("/", a, b)


def ev(e):
    if e[0] == "n":
        v = F(str(e[1]))
        return v / 100 if e[2] == "pct" else v
    if e[0] == "p":
        return ev(e[1])
    a, b = ev(e[2]), ev(e[3])
    op = e[1]
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise Redraw("div0")
    return a / b


def has_money(e):
    if e[0] == "n":
        return e[2] == "money"
    if e[0] == "p":
        return has_money(e[1])
    return has_money(e[2]) or has_money(e[3])


def has_paren(e):
    if e[0] == "n":
        return False
    if e[0] == "p":
        return True
    return has_paren(e[2]) or has_paren(e[3])


def midify(e):
    if e[0] == "n":
        return e
    if e[0] == "p":
        c = canon(ev(e[1]))
        if c is None or ndec(c) > 3:
            raise Redraw("mid")
        return ("n", c, "money" if has_money(e[1]) else "plain", None)
    return ("b", e[1], midify(e[2]), midify(e[3]))


# ---------------------------------------------------------------- context

class Ctx:
    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault  # (index, wrong Decimal, carry bool)
        self.ans = None

    def calc(self, expr, label, desc, say, kind="plain", unit="", dp=None, rnd=None, noun=""):
        ex = ev(expr)
        if dp is not None:
            q = round_half_up(ex, dp)
            approx = F(str(q)) != ex
            res = q if approx else canon(ex)
        else:
            c = canon(ex)
            lim = 2 if kind == "money" else 3
            if c is not None and ndec(c) <= lim:
                res, approx = c, False
            else:
                res, approx = round_half_up(ex, 2), True
        if kind == "money":
            res = money_val(res)
        i = len(self.steps)
        shown = res
        use = res
        if self.fault is not None and self.fault[0] == i:
            shown = self.fault[1]
            if self.fault[2]:
                use = shown
        if use < 0:
            raise Redraw("negative")
        st = dict(expr=expr, exact=ex, res=res, shown=shown, approx=approx, kind=kind, unit=unit,
                  label=label, desc=desc, say=say, rnd=None)
        out = use
        st["use"] = use
        if rnd:
            fu = F(str(use))
            if fu.denominator != 1:
                k = math.ceil(fu) if rnd == "up" else math.floor(fu)
                if use == res:
                    ke = math.ceil(ex) if rnd == "up" else math.floor(ex)
                    if ke != k:
                        raise Redraw("rounding")
                if k <= 0:
                    raise Redraw("zero")
                st["rnd"] = (rnd, D(k), noun)
                out = D(k)
        self.steps.append(st)
        return out

    def answer(self, v, kind, closing):
        self.ans = (v, kind, closing)


# ---------------------------------------------------------------- templates

NAMES = [("Maya", "f"), ("Jasmine", "f"), ("Carlos", "m"), ("Priya", "f"), ("Tom", "m"), ("Elena", "f"),
         ("Marcus", "m"), ("Keisha", "f"), ("Sofia", "f"), ("Dev", "m"), ("Hannah", "f"), ("Luis", "m"),
         ("Aiko", "f"), ("Rosa", "f"), ("Nadia", "f"), ("Omar", "m"), ("Bianca", "f"), ("Andre", "m"),
         ("Tasha", "f"), ("Reggie", "m"), ("Lena", "f"), ("Javier", "m")]
SALONS = ["Shear Elegance", "Luxe Locks", "The Mane Event", "Curl Up & Dye", "Bella Hair Studio", "Golden Comb Salon"]
BARBERS = ["The Fade Room", "Blade & Brush Barbers", "Sharp Edge Barbershop", "Kings Cuts", "Main Street Barbers"]
SPAS = ["Serenity Spa", "Glow Day Spa", "Willow Wellness Spa", "Blue Lotus Spa", "Haven Day Spa"]


def pron(g):
    return dict(he="she", him="her", his="her", He="She", His="Her") if g == "f" else \
        dict(he="he", him="him", his="his", He="He", His="His")


def m(v):
    return "$" + numstr(money_val(D(str(v))))


def n_(v):
    return numstr(D(str(v)))


def T_commission(r):
    nm, g = r.choice(NAMES); p = pron(g); salon = r.choice(SALONS)
    n = r.randint(6, 15); price = r.choice(range(30, 95, 5)); c = r.choice([35, 40, 45, 50, 55, 60]); tips = r.randint(8, 45) * 5
    texts = [
        f"{nm} is a stylist at {salon}. On Saturday {p['he']} did {n} haircuts at {m(price)} each. {p['He']} earns a {c}% commission on the services {p['he']} performs and also took home {m(tips)} in tips. How much money did {nm} make on Saturday?",
        f"At {salon}, stylists keep {c}% of what they charge for services. {nm} gave {n} cuts priced at {m(price)} apiece yesterday and collected {m(tips)} in tips. What were {nm}'s total earnings for the day, commission plus tips?",
        f"{nm} works on commission at {salon}: {p['he']} gets {c}% of every service. Today {p['he']} finished {n} haircuts that cost {m(price)} each, and clients left {m(tips)} in tips altogether. How much did {p['he']} earn today?",
    ]
    givens = [("Haircuts", n_(n)), ("Price per cut", m(price)), ("Commission rate", f"{c}%"), ("Tips", m(tips))]

    def build(x):
        s = x.calc(mul(N(n, "plain", "cuts"), N(price, "money")), "Service sales", "the total service sales",
                   [f"{nm}'s services brought in {{c}}.", f"The {n} haircuts total {{c}}."], "money")
        cm = x.calc(mul(N(c, "pct"), N(s, "money")), "Commission", f"{nm}'s commission",
                    [f"{p['His']} commission is {{c}}.", f"At {c}%, the commission is {{c}}."], "money")
        t = x.calc(add(N(cm, "money"), N(tips, "money")), "Total earnings", "the total earnings",
                   [f"Adding the tips, {p['he']} made {{c}}.", f"Commission plus tips is {{c}}."], "money")
        x.answer(t, "money", [f"{nm} made {{a}} on Saturday.", f"{nm}'s total for the day is {{a}}."])
    return texts, givens, build


def T_schedule(r):
    salon = r.choice(SALONS)
    h = r.choice([7, 8, 9, 10, 11]); ap = r.choice([30, 40, 45, 50, 60, 75]); cl = r.choice([5, 10, 15])
    st = r.randint(2, 6); price = r.choice(range(35, 80, 5))
    texts = [
        f"{salon} is open {h} hours a day. Each haircut appointment takes {ap} minutes, and stylists need {cl} minutes to clean up between clients. The salon has {st} stylists, and each appointment costs {m(price)}. If every stylist books as many full appointments as possible, how much money does the salon take in per day?",
        f"Stylists at {salon} work {h}-hour days. An appointment lasts {ap} minutes plus {cl} minutes of cleanup afterward. With {st} stylists working and a price of {m(price)} per appointment, what is the most the salon can earn in a day from complete appointments?",
        f"A salon has {st} chairs staffed all day for {h} hours. Every cut is booked as a {ap}-minute service followed by a {cl}-minute reset of the station. Cuts cost {m(price)}. How much revenue can the salon make in one day if only whole appointments fit?",
    ]
    givens = [("Hours open", n_(h)), ("Appointment length", f"{ap} minutes"), ("Cleanup", f"{cl} minutes"), ("Stylists", n_(st)), ("Price", m(price))]

    def build(x):
        mins = x.calc(mul(N(h, "plain", "hours"), N(60)), "Minutes in the workday", "the number of minutes in the day",
                      ["The day has {c}.", "Converting the hours: {c}."], unit="minutes")
        slot = x.calc(add(N(ap, "plain", "min"), N(cl, "plain", "min")), "Time per appointment", "the time each appointment blocks",
                      ["Each slot takes {c}.", "One appointment plus cleanup is {c}."], unit="minutes")
        per = x.calc(div(N(mins), N(slot)), "Appointments per stylist", "the appointments per stylist",
                     ["Each stylist can fit {c}.", "Per stylist, that is {c}."], dp=2, rnd="down", noun="appointments")
        tot = x.calc(mul(N(per), N(st, "plain", "stylists")), "Total appointments", "the total appointments",
                     ["Across all stylists there are {c}.", f"With {st} stylists, that makes {{c}}."], unit="appointments")
        rev = x.calc(mul(N(tot), N(price, "money")), "Daily revenue", "the daily revenue",
                     ["The revenue is {c}.", "So the salon takes in {c}."], "money")
        x.answer(rev, "money", ["The salon can take in {a} per day.", "That comes to {a} in a day."])
    return texts, givens, build


def T_markup(r):
    salon = r.choice(SALONS + SPAS)
    prod = r.choice(["bottles of argan oil shampoo", "jars of styling pomade", "bottles of leave-in conditioner", "tubes of curl cream", "cans of texturizing spray"])
    cost = r.choice([8, 9, 10, 12, 14, 15, 16, 18, 20, 22, 24, 12.5, 7.5])
    mk = r.choice([20, 25, 30, 40, 50, 60, 75, 80]); n = r.randint(18, 60); k = r.randint(8, n - 4)
    texts = [
        f"{salon} buys {n} {prod} from a supplier for {m(cost)} each. The salon marks up each one by {mk}% and sells {k} of them this month. What is the salon's profit on these products this month (sales minus the cost of all {n} items)?",
        f"A salon orders {n} {prod} at a wholesale price of {m(cost)} apiece and prices them at a {mk}% markup. By the end of the month it has sold {k}. How much profit did it make, counting the cost of the full order?",
        f"The retail shelf at {salon} gets {n} new {prod}, costing {m(cost)} each. The retail price is the cost plus a {mk}% markup. If {k} sell this month, what is the profit after paying for the whole order?",
    ]
    givens = [("Items ordered", n_(n)), ("Cost each", m(cost)), ("Markup", f"{mk}%"), ("Items sold", n_(k))]

    def build(x):
        a = x.calc(mul(N(mk, "pct"), N(cost, "money")), "Markup per item", "the markup on one item",
                   ["The markup on each one is {c}.", "Each item is marked up by {c}."], "money")
        pr = x.calc(add(N(cost, "money"), N(a, "money")), "Retail price", "the retail price",
                    ["The retail price is {c}.", "So each sells for {c}."], "money")
        rev = x.calc(mul(N(k, "plain", "sold"), N(pr, "money")), "Sales", "the sales revenue",
                     [f"Selling {k} brings in {{c}}.", "Sales come to {c}."], "money")
        co = x.calc(mul(N(n, "plain", "items"), N(cost, "money")), "Cost of the order", "the cost of the order",
                    ["The whole order cost {c}.", f"Paying for all {n} costs {{c}}."], "money")
        pf = x.calc(sub(N(rev, "money"), N(co, "money")), "Profit", "the profit",
                    ["The profit is {c}.", "Profit is {c}."], "money")
        x.answer(pf, "money", ["The salon's profit on the products is {a}.", "So the profit this month is {a}."])
    return texts, givens, build


def T_tips(r):
    nm, g = r.choice(NAMES); p = pron(g); salon = r.choice(SALONS)
    a = r.choice(range(40, 95, 5)); b = r.choice(range(85, 220, 5)); c = r.choice([25, 30, 35, 40, 45]); t = r.choice([15, 18, 20, 22, 25])
    texts = [
        f"{nm} gets a haircut for {m(a)}, a color treatment for {m(b)}, and a blowout for {m(c)} at {salon}. {p['He']} wants to leave a {t}% tip on the total. How much does {p['he']} pay in all, including the tip?",
        f"At {salon}, a cut costs {m(a)}, single-process color costs {m(b)}, and a blowout costs {m(c)}. {nm} books all three and tips {t}% of the bill. What is {p['his']} total?",
        f"{nm}'s salon visit includes a {m(a)} cut, {m(b)} color and a {m(c)} blowout. If {p['he']} adds a {t}% tip, how much does the visit cost altogether?",
    ]
    givens = [("Cut", m(a)), ("Color", m(b)), ("Blowout", m(c)), ("Tip", f"{t}%")]

    def build(x):
        s = x.calc(add(N(a, "money"), N(b, "money"), N(c, "money")), "Services subtotal", "the cost of the services",
                   ["The services add up to {c}.", "Before the tip, the bill is {c}."], "money")
        tp = x.calc(mul(N(t, "pct"), N(s, "money")), "Tip", "the tip",
                    [f"The {t}% tip is {{c}}.", "The tip works out to {c}."], "money")
        tot = x.calc(add(N(s, "money"), N(tp, "money")), "Total paid", "the total with tip",
                     ["The total is {c}.", "With the tip, the total is {c}."], "money")
        x.answer(tot, "money", [f"{nm} pays {{a}} in total.", "The visit costs {a} including the tip."])
    return texts, givens, build


def T_package(r):
    nm, g = r.choice(NAMES); p = pron(g); spa = r.choice(SPAS)
    svc = r.choice(["massages", "facials", "hot stone massages", "body wraps"])
    k = r.choice([3, 4, 5, 6, 8, 10]); s = r.choice(range(70, 150, 5)); disc = r.choice(range(8, 30))
    pk = k * s - disc * 5
    texts = [
        f"{spa} charges {m(s)} for a single session of its {svc}, or {m(pk)} for a package of {k}. {nm} buys the package. How much does {p['he']} save per session compared with paying the single price? Round to the nearest cent if needed.",
        f"A package of {k} {svc} at {spa} costs {m(pk)}. Bought one at a time, each costs {m(s)}. How much does the package save per session (to the nearest cent)?",
        f"{nm} is deciding between paying {m(s)} for each of {k} {svc} or buying {spa}'s {k}-session bundle for {m(pk)}. Per session, how much cheaper is the bundle? Give the answer to the nearest cent.",
    ]
    givens = [("Single price", m(s)), ("Sessions", n_(k)), ("Package price", m(pk))]

    def build(x):
        full = x.calc(mul(N(k, "plain", "sessions"), N(s, "money")), "Cost at single prices", "the cost without the package",
                      [f"{k} sessions at the single price cost {{c}}.", "Paying one at a time would cost {c}."], "money")
        sv = x.calc(sub(N(full, "money"), N(pk, "money")), "Total savings", "the total savings",
                    ["The package saves {c} overall.", "That is a total saving of {c}."], "money")
        per = x.calc(div(N(pk, "money"), N(k)), "Package cost per session", "the package cost per session",
                     ["Each session in the package costs {c}.", "Per session the package costs {c}."], "money", dp=2)
        d = x.calc(sub(N(s, "money"), N(per, "money")), "Savings per session", "the savings per session",
                   ["The saving per session is {c}.", "So each session is cheaper by {c}."], "money")
        x.answer(d, "money", [f"{nm} saves {{a}} per session.", "The package saves {a} per session."])
    return texts, givens, build


def T_chair(r):
    nm, g = r.choice(NAMES); p = pron(g); shop = r.choice(BARBERS + SALONS)
    rent = r.choice(range(150, 420, 10)); n = r.randint(5, 12); d = r.choice([4, 5, 6]); price = r.choice(range(25, 70, 5))
    sup = r.choice([1.5, 2, 2.25, 2.5, 3, 3.5, 4, 1.75])
    texts = [
        f"{nm} rents a chair at {shop} for {m(rent)} a week. {p['He']} cuts {n} clients a day, {d} days a week, charging {m(price)} per cut. Supplies cost {p['him']} about {m(sup)} per client. What is {nm}'s weekly profit after rent and supplies?",
        f"Booth rent at {shop} is {m(rent)} per week. {nm} averages {n} clients per day and works {d} days a week. Each cut is {m(price)}, and products and supplies run {m(sup)} per client. How much does {p['he']} clear in a week?",
        f"{nm} is an independent barber renting a station for {m(rent)} weekly. Working {d} days, {p['he']} sees {n} clients each day at {m(price)} a cut and spends {m(sup)} on supplies per client. Find {p['his']} weekly profit.",
    ]
    givens = [("Chair rent", f"{m(rent)}/week"), ("Clients per day", n_(n)), ("Days", n_(d)), ("Price", m(price)), ("Supplies", f"{m(sup)}/client")]

    def build(x):
        cl = x.calc(mul(N(n, "plain", "clients"), N(d, "plain", "days")), "Clients per week", "the number of clients per week",
                    [f"{p['He']} sees {{c}} a week.", "Weekly clients: {c}."], unit="clients")
        rv = x.calc(mul(N(cl), N(price, "money")), "Weekly revenue", "the weekly revenue",
                    ["That brings in {c}.", "Revenue is {c}."], "money")
        sp = x.calc(mul(N(cl), N(sup, "money")), "Supplies", "the supply cost",
                    ["Supplies cost {c}.", "The supply bill is {c}."], "money")
        pf = x.calc(sub(N(rv, "money"), N(rent, "money"), N(sp, "money")), "Weekly profit", "the weekly profit",
                    ["After rent and supplies, the profit is {c}.", "Profit is {c}."], "money")
        x.answer(pf, "money", [f"{nm}'s weekly profit is {{a}}.", f"{nm} clears {{a}} a week."])
    return texts, givens, build


def T_tubes(r):
    salon = r.choice(SALONS)
    o = r.choice([1.5, 2, 2.5, 3, 3.5]); t = r.choice([2, 3, 4]); c = r.randint(9, 30); w = r.choice([2, 3, 4, 6]); q = r.choice([7, 8, 9, 11, 12, 14, 9.5, 10.5])
    texts = [
        f"{salon} does about {c} color services a week. Each service uses {n_(o)} ounces of color, and one tube holds {t} ounces. Tubes cost {m(q)} each and are sold whole. How much will the salon spend on color for the next {w} weeks?",
        f"A colorist uses {n_(o)} oz of hair color per client and sees {c} color clients every week. Color comes in {t}-ounce tubes that cost {m(q)}. How much does enough color for {w} weeks cost if only full tubes can be bought?",
        f"Every color client at {salon} needs {n_(o)} ounces of dye. The salon books {c} such clients weekly and is ordering for {w} weeks. A {t}-ounce tube is {m(q)}. What is the cost of the order, buying whole tubes?",
    ]
    givens = [("Clients per week", n_(c)), ("Color per client", f"{n_(o)} oz"), ("Tube size", f"{t} oz"), ("Weeks", n_(w)), ("Tube price", m(q))]

    def build(x):
        cl = x.calc(mul(N(c, "plain", "clients"), N(w, "plain", "weeks")), "Clients", "the number of color clients",
                    [f"Over {w} weeks there are {{c}}.", "Total clients: {c}."], unit="clients")
        oz = x.calc(mul(N(cl), N(o, "plain", "oz")), "Color needed", "the ounces of color needed",
                    ["They need {c} of color.", "The color needed is {c}."], unit="ounces")
        tb = x.calc(div(N(oz), N(t, "plain", "oz")), "Tubes", "the number of tubes",
                    ["That is {c}.", "In tubes, that is {c}."], dp=2, rnd="up", noun="tubes")
        cost = x.calc(mul(N(tb, "plain", "tubes"), N(q, "money")), "Cost", "the cost of the tubes",
                      ["The tubes cost {c}.", "The order costs {c}."], "money")
        x.answer(cost, "money", ["The salon will spend {a} on color.", "The color order costs {a}."])
    return texts, givens, build


def T_duration(r):
    nm, g = r.choice(NAMES); p = pron(g); salon = r.choice(SALONS)
    a = r.choice([30, 45, 50, 60]); b = r.choice([60, 75, 90, 105]); c = r.choice([20, 25, 30, 35, 40]); d = r.choice([15, 20, 25, 30])
    rate = r.choice([36, 40, 45, 48, 50, 55, 60, 65])
    texts = [
        f"{nm}'s appointment at {salon} includes a {a}-minute consultation and cut, {b} minutes of highlighting, {c} minutes of processing time and a {d}-minute blowout. The salon bills its senior stylists at {m(rate)} per hour of chair time. Rounding the time to two decimal places of an hour, what does the appointment cost?",
        f"A full balayage appointment is broken into: cut ({a} min), color application ({b} min), processing ({c} min), and styling ({d} min). At {m(rate)} per hour, how much is the appointment? Convert the time to hours rounded to 2 decimal places first.",
        f"{salon} charges by the hour for bridal hair trials: {m(rate)} per hour. {nm}'s trial took {a} minutes of prep, {b} minutes of styling, {c} minutes of pinning and {d} minutes of finishing. Using the hours rounded to two decimal places, what is the charge?",
    ]
    givens = [("Times", f"{a}, {b}, {c}, {d} minutes"), ("Rate", f"{m(rate)}/hour")]

    def build(x):
        tm = x.calc(add(N(a), N(b), N(c), N(d)), "Total time", "the total time",
                    ["The appointment takes {c}.", "Altogether that is {c}."], unit="minutes")
        hr = x.calc(div(N(tm, "plain", "minutes"), N(60)), "Hours", "the time in hours",
                    ["In hours, that is {c}.", "Converting to hours gives {c}."], unit="hours", dp=2)
        cost = x.calc(mul(N(hr, "plain", "hours"), N(rate, "money")), "Charge", "the charge",
                      ["The charge is {c}.", "So the cost is {c}."], "money")
        x.answer(cost, "money", ["The appointment costs {a}.", "The charge comes to {a}."])
    return texts, givens, build


def T_barber(r):
    shop = r.choice(BARBERS); b = r.randint(2, 6); n = r.randint(8, 16); p = r.choice(range(20, 50, 5)); mm = r.randint(2, 8); q = r.choice([10, 12, 15, 18, 20])
    texts = [
        f"{shop} has {b} barbers. On a typical Friday each barber does {n} haircuts at {m(p)} and {mm} beard trims at {m(q)}. How much does the shop bring in on Friday?",
        f"Each of the {b} barbers at {shop} averages {n} cuts ({m(p)} each) and {mm} beard trims ({m(q)} each) per day. What is the shop's total daily revenue?",
        f"At {shop}, haircuts are {m(p)} and beard trims are {m(q)}. All {b} barbers worked Saturday, and each one did {n} haircuts and {mm} beard trims. Find the shop's revenue for Saturday.",
    ]
    givens = [("Barbers", n_(b)), ("Cuts each", f"{n} at {m(p)}"), ("Beard trims each", f"{mm} at {m(q)}")]

    def build(x):
        c = x.calc(mul(N(n, "plain", "cuts"), N(p, "money")), "Haircuts per barber", "the haircut money per barber",
                   ["Each barber's haircuts bring in {c}.", "Haircuts: {c} per barber."], "money")
        t = x.calc(mul(N(mm, "plain", "trims"), N(q, "money")), "Beard trims per barber", "the beard-trim money per barber",
                   ["The beard trims add {c}.", "Beard trims: {c} per barber."], "money")
        e = x.calc(add(N(c, "money"), N(t, "money")), "Per barber", "the revenue per barber",
                   ["Each barber brings in {c}.", "Per barber that is {c}."], "money")
        tot = x.calc(mul(N(e, "money"), N(b, "plain", "barbers")), "Shop total", "the shop's total",
                     [f"For all {b} barbers, the total is {{c}}.", "The shop makes {c}."], "money")
        x.answer(tot, "money", [f"{shop} brings in {{a}}.", "The shop's revenue is {a}."])
    return texts, givens, build


def T_discount(r):
    nm, g = r.choice(NAMES); p = pron(g); spa = r.choice(SPAS)
    a = r.choice(range(80, 160, 5)); b = r.choice(range(60, 130, 5)); c = r.choice(range(25, 70, 5)); d = r.choice([10, 15, 20, 25, 30]); gc = r.choice([25, 50, 75, 100])
    texts = [
        f"{nm} books a {m(a)} massage, a {m(b)} facial and a {m(c)} pedicure at {spa}. As a member, {p['he']} gets {d}% off the total, and then {p['he']} uses a {m(gc)} gift card. How much does {p['he']} still owe?",
        f"At {spa}, a spa day for {nm} includes a massage ({m(a)}), a facial ({m(b)}) and a pedicure ({m(c)}). There is a {d}% discount on the whole bill, and {p['he']} pays part of it with a {m(gc)} gift card. What does {p['he']} pay out of pocket?",
        f"{nm}'s spa bill lists: massage {m(a)}, facial {m(b)}, pedicure {m(c)}. A {d}% loyalty discount is applied first, then a gift card worth {m(gc)}. How much is left to pay?",
    ]
    givens = [("Massage", m(a)), ("Facial", m(b)), ("Pedicure", m(c)), ("Discount", f"{d}%"), ("Gift card", m(gc))]

    def build(x):
        s = x.calc(add(N(a, "money"), N(b, "money"), N(c, "money")), "Bill before discount", "the bill before the discount",
                   ["The services total {c}.", "The bill starts at {c}."], "money")
        ds = x.calc(mul(N(d, "pct"), N(s, "money")), "Discount", "the discount",
                    [f"The {d}% discount is {{c}}.", "The discount takes off {c}."], "money")
        af = x.calc(sub(N(s, "money"), N(ds, "money")), "After discount", "the discounted bill",
                    ["After the discount, the bill is {c}.", "The discounted total is {c}."], "money")
        ow = x.calc(sub(N(af, "money"), N(gc, "money")), "Amount owed", "the amount still owed",
                    ["After the gift card, the balance is {c}.", "The gift card leaves {c}."], "money")
        x.answer(ow, "money", [f"{nm} still owes {{a}}.", f"{nm} pays {{a}} out of pocket."])
    return texts, givens, build


def T_membership(r):
    nm, g = r.choice(NAMES); p = pron(g); salon = r.choice(SALONS)
    k = r.choice([2, 3, 4]); s = r.choice(range(35, 70, 5)); mem = k * s - r.choice(range(10, 40, 5))
    texts = [
        f"{salon} offers a blowout membership for {m(mem)} a month that includes {k} blowouts each month. Without the membership a blowout costs {m(s)}. If {nm} gets {k} blowouts every month, how much does the membership save {p['him']} in a year?",
        f"A blowout bar sells single blowouts for {m(s)} or a monthly membership of {m(mem)} covering {k} blowouts. {nm} uses all {k} each month. How much does {p['he']} save over 12 months with the membership?",
        f"{nm} gets {k} blowouts a month. At {salon} they are {m(s)} each, but a membership costs {m(mem)} per month and covers {k} blowouts. What are {p['his']} yearly savings with the membership?",
    ]
    givens = [("Blowouts per month", n_(k)), ("Single price", m(s)), ("Membership", f"{m(mem)}/month")]

    def build(x):
        bl = x.calc(mul(N(k, "plain", "blowouts"), N(12, "plain", "months")), "Blowouts per year", "the blowouts per year",
                    ["Over a year that is {c}.", "Yearly blowouts: {c}."], unit="blowouts")
        nc = x.calc(mul(N(bl), N(s, "money")), "Cost without membership", "the yearly cost without a membership",
                    ["Paying per visit costs {c}.", "Without the membership it costs {c}."], "money")
        mc = x.calc(mul(N(mem, "money"), N(12, "plain", "months")), "Membership cost", "the yearly membership cost",
                    ["The membership costs {c} a year.", "A year of membership is {c}."], "money")
        sv = x.calc(sub(N(nc, "money"), N(mc, "money")), "Savings", "the savings",
                    ["The savings are {c}.", "So the membership saves {c}."], "money")
        x.answer(sv, "money", [f"{nm} saves {{a}} a year.", "The membership saves {a} per year."])
    return texts, givens, build


def T_tiered(r):
    nm, g = r.choice(NAMES); p = pron(g); salon = r.choice(SALONS)
    tcap = r.choice([2000, 2500, 3000, 4000]); S = tcap + r.randint(5, 90) * 50; c1 = r.choice([30, 35, 40]); c2 = c1 + r.choice([5, 10, 15, 20])
    texts = [
        f"{nm} earns a tiered commission at {salon}: {c1}% on the first {m(tcap)} of service sales in a month and {c2}% on everything above that. Last month {p['his']} service sales were {m(S)}. How much commission did {p['he']} earn?",
        f"A stylist's commission plan pays {c1}% of the first {m(tcap)} in monthly sales and {c2}% of any sales beyond {m(tcap)}. If {nm} sold {m(S)} in services, what is {p['his']} commission?",
        f"At {salon}, commission is {c1}% up to {m(tcap)} in sales and {c2}% on sales over {m(tcap)}. {nm} booked {m(S)} of services in March. Find {p['his']} commission for March.",
    ]
    givens = [("Sales", m(S)), ("Tier 1", f"{c1}% of the first {m(tcap)}"), ("Tier 2", f"{c2}% above {m(tcap)}")]

    def build(x):
        a = x.calc(mul(N(c1, "pct"), N(tcap, "money")), "First tier", "the first-tier commission",
                   [f"On the first {m(tcap)}, {p['he']} earns {{c}}.", "The first tier pays {c}."], "money")
        ex = x.calc(sub(N(S, "money"), N(tcap, "money")), "Sales above the threshold", "the sales above the threshold",
                    ["Sales above the threshold are {c}.", "The amount over the tier is {c}."], "money")
        b = x.calc(mul(N(c2, "pct"), N(ex, "money")), "Second tier", "the second-tier commission",
                   ["The second tier pays {c}.", f"At {c2}%, that part earns {{c}}."], "money")
        t = x.calc(add(N(a, "money"), N(b, "money")), "Total commission", "the total commission",
                   ["The total commission is {c}.", "Together that is {c}."], "money")
        x.answer(t, "money", [f"{nm} earned {{a}} in commission.", "The commission comes to {a}."])
    return texts, givens, build


def T_polish(r):
    salon = r.choice(["Polished Nail Bar", "Tip Top Nails", "Lacquer Lounge"]); n = r.randint(20, 60); x_ = r.choice([12, 15, 18, 20, 25]); b = r.choice([8, 9, 10, 12, 14, 7.5, 11.5])
    pr = r.choice(range(25, 50, 5)); w = r.choice([2, 3, 4])
    texts = [
        f"{salon} does {n} manicures a week at {m(pr)} each. One bottle of polish, which costs {m(b)}, lasts for about {x_} manicures. Over {w} weeks, how much does the salon make from manicures after paying for polish? (Polish is bought by the full bottle.)",
        f"A nail tech averages {n} manicures per week, charging {m(pr)} per manicure. Each {m(b)} bottle of polish covers {x_} manicures, and partial bottles can't be bought. What are the tech's manicure earnings minus polish costs for {w} weeks?",
        f"Over the next {w} weeks {salon} expects {n} manicures weekly, priced at {m(pr)}. Polish costs {m(b)} a bottle and one bottle does {x_} manicures. Find the revenue left after buying enough whole bottles of polish.",
    ]
    givens = [("Manicures per week", n_(n)), ("Price", m(pr)), ("Bottle", f"{m(b)}, {x_} manicures"), ("Weeks", n_(w))]

    def build(c):
        tot = c.calc(mul(N(n, "plain", "manicures"), N(w, "plain", "weeks")), "Manicures", "the total manicures",
                     [f"In {w} weeks there are {{c}}.", "Total manicures: {c}."], unit="manicures")
        bt = c.calc(div(N(tot), N(x_)), "Bottles", "the number of bottles",
                    ["The polish needed is {c}.", "Bottles needed: {c}."], dp=2, rnd="up", noun="bottles")
        pc = c.calc(mul(N(bt, "plain", "bottles"), N(b, "money")), "Polish cost", "the polish cost",
                    ["The polish costs {c}.", "Polish: {c}."], "money")
        rv = c.calc(mul(N(tot), N(pr, "money")), "Revenue", "the revenue",
                    ["The manicures bring in {c}.", "Revenue: {c}."], "money")
        nt = c.calc(sub(N(rv, "money"), N(pc, "money")), "Net", "the net amount",
                    ["After polish, that leaves {c}.", "Net: {c}."], "money")
        c.answer(nt, "money", ["The salon keeps {a} after polish.", "That leaves {a} from manicures."])
    return texts, givens, build


def T_tippool(r):
    ppl = r.sample(NAMES, 3); a, b, c = (x[0] for x in ppl); salon = r.choice(SALONS + BARBERS)
    h1, h2, h3 = r.randint(18, 40), r.randint(12, 40), r.randint(10, 36); T = r.randint(60, 200) * 5
    texts = [
        f"The stylists at {salon} pool their tips and split them by hours worked. This week the pool holds {m(T)}. {a} worked {h1} hours, {b} worked {h2} hours and {c} worked {h3} hours. How much does {a} get? Round the hourly share to the nearest cent.",
        f"A tip jar at {salon} collected {m(T)} this week. Tips are shared in proportion to hours: {a} put in {h1} hours, {b} {h2} hours, and {c} {h3} hours. Using the per-hour amount rounded to the cent, what is {a}'s share?",
        f"{a}, {b} and {c} split a weekly tip pool of {m(T)} by hours on the floor ({h1}, {h2} and {h3} hours). Rounding the tips per hour to the nearest cent, how much does {a} take home from the pool?",
    ]
    givens = [("Tip pool", m(T)), ("Hours", f"{a} {h1}, {b} {h2}, {c} {h3}")]

    def build(x):
        H = x.calc(add(N(h1), N(h2), N(h3)), "Total hours", "the total hours",
                   ["Together they worked {c}.", "Total hours: {c}."], unit="hours")
        ph = x.calc(div(N(T, "money"), N(H, "plain", "hours")), "Tips per hour", "the tips per hour",
                    ["That is {c} per hour.", "Per hour, the pool pays {c}."], "money", dp=2)
        sh = x.calc(mul(N(ph, "money"), N(h1, "plain", "hours")), f"{a}'s share", f"{a}'s share",
                    [f"{a} gets {{c}}.", f"{a}'s share is {{c}}."], "money")
        x.answer(sh, "money", [f"{a} takes home {{a}} from the pool.", f"{a}'s share is {{a}}."])
    return texts, givens, build


def T_waxing(r):
    nm, g = r.choice(NAMES); p = pron(g); spa = r.choice(SPAS)
    a = r.randint(5, 14); da = r.choice([15, 20]); pa = r.choice([18, 20, 22, 25]); b = r.randint(2, 8); db = r.choice([40, 45, 50, 60]); pb = r.choice([55, 60, 65, 70, 75])
    texts = [
        f"{nm} is an esthetician at {spa}. On Tuesday {p['he']} did {a} eyebrow waxes ({da} minutes each, {m(pa)}) and {b} leg waxes ({db} minutes each, {m(pb)}). Rounding the time worked to two decimal places of an hour, how much did {p['he']} bring in per hour of service time?",
        f"Eyebrow waxes at {spa} take {da} minutes and cost {m(pa)}; leg waxes take {db} minutes and cost {m(pb)}. {nm} did {a} eyebrow and {b} leg waxes today. What was {p['his']} revenue per hour of waxing (hours rounded to 2 decimals, answer to the nearest cent)?",
        f"{nm} booked {a} brow waxes and {b} leg waxes. Brows are {da} minutes at {m(pa)}, legs are {db} minutes at {m(pb)}. Find the revenue per hour of service time, rounding the hours to two decimals and the answer to the nearest cent.",
    ]
    givens = [("Brow waxes", f"{a} × {da} min, {m(pa)}"), ("Leg waxes", f"{b} × {db} min, {m(pb)}")]

    def build(x):
        tm = x.calc(add(P(mul(N(a), N(da))), P(mul(N(b), N(db)))), "Service time", "the total service time",
                    ["The waxing took {c}.", "Total time: {c}."], unit="minutes")
        hr = x.calc(div(N(tm, "plain", "minutes"), N(60)), "Hours", "the hours",
                    ["That is {c}.", "In hours: {c}."], unit="hours", dp=2)
        rv = x.calc(add(P(mul(N(a), N(pa, "money"))), P(mul(N(b), N(pb, "money")))), "Revenue", "the revenue",
                    ["The revenue is {c}.", "Revenue: {c}."], "money")
        ph = x.calc(div(N(rv, "money"), N(hr, "plain", "hours")), "Revenue per hour", "the revenue per hour",
                    ["Per hour that is {c}.", "Revenue per hour: {c}."], "money", dp=2)
        x.answer(ph, "money", [f"{nm} brought in about {{a}} per hour.", "That is about {a} per hour of service."])
    return texts, givens, build


def T_shampoo(r):
    salon = r.choice(SALONS + BARBERS); L = r.choice([1, 2, 3, 4, 5]); w = r.choice([12, 15, 18, 20, 25, 30, 35, 40]); c = r.choice([18, 24, 30, 36, 42, 48, 55, 60])
    texts = [
        f"{salon} buys professional shampoo in {L}-liter jugs that cost {m(c)}. Each shampoo at the bowl uses {w} mL. What is the shampoo cost per client in cents, based on the number of full washes in a jug? (Round dollars to the nearest cent.)",
        f"A {L} L jug of shampoo costs {m(c)}. A stylist uses {w} milliliters per wash. How many cents of shampoo does one wash cost, counting only full washes and rounding the cost to the nearest cent?",
        f"The backbar shampoo at {salon} comes in {L}-liter containers for {m(c)}. If every client gets {w} mL, what is the shampoo cost per client in cents? Use whole washes and round to the nearest cent.",
    ]
    givens = [("Jug", f"{L} L"), ("Per wash", f"{w} mL"), ("Price", m(c))]

    def build(x):
        ml = x.calc(mul(N(L, "plain", "liters"), N(1000)), "Milliliters", "the volume in milliliters",
                    ["The jug holds {c}.", "In milliliters: {c}."], unit="mL")
        wa = x.calc(div(N(ml, "plain", "mL"), N(w, "plain", "mL")), "Washes", "the number of full washes",
                    ["That gives {c}.", "Washes per jug: {c}."], dp=2, rnd="down", noun="full washes")
        pw = x.calc(div(N(c, "money"), N(wa, "plain", "washes")), "Cost per wash", "the cost per wash",
                    ["Each wash costs {c}.", "Per wash: {c}."], "money", dp=2)
        ct = x.calc(mul(N(pw), N(100)), "Cents", "the cost in cents",
                    ["In cents that is {c}.", "Converting to cents: {c}."], unit="cents")
        x.answer(ct, "plain", ["One wash costs about {a} cents.", "The shampoo costs {a} cents per client."])
    return texts, givens, build


def T_rentvs(r):
    nm, g = r.choice(NAMES); p = pron(g); salon = r.choice(SALONS)
    wk = r.randint(12, 40) * 50; c = r.choice([40, 45, 50, 55, 60]); R = r.randint(16, 40) * 50
    texts = [
        f"{nm} brings in about {m(wk)} in services per week. {p['He']} can stay on commission at {salon}, keeping {c}% of sales, or rent a booth for {m(R)} a month and keep all sales. Using 4 weeks in a month, how much more per month would {p['he']} keep by renting the booth?",
        f"A stylist with {m(wk)} in weekly service sales is comparing two setups: {c}% commission, or booth rental at {m(R)} per month with all sales kept. With 4 weeks per month, how much more does booth rental leave {p['him']} each month?",
        f"{nm} averages {m(wk)} a week in services. Option A: commission of {c}%. Option B: pay {m(R)} monthly booth rent and keep everything. Treating a month as 4 weeks, find how much more {nm} keeps each month under option B.",
    ]
    givens = [("Weekly sales", m(wk)), ("Commission", f"{c}%"), ("Booth rent", f"{m(R)}/month")]

    def build(x):
        ms = x.calc(mul(N(wk, "money"), N(4, "plain", "weeks")), "Monthly sales", "the monthly sales",
                    ["Monthly sales are {c}.", "A month of sales is {c}."], "money")
        cm = x.calc(mul(N(c, "pct"), N(ms, "money")), "Commission pay", "the commission pay",
                    ["On commission, {p} keeps {c}.".replace("{p}", p["he"]), "Commission pay is {c}."], "money")
        bo = x.calc(sub(N(ms, "money"), N(R, "money")), "Booth rental take-home", "the booth-rental take-home",
                    ["Renting, {p} keeps {c}.".replace("{p}", p["he"]), "Booth rental leaves {c}."], "money")
        df = x.calc(sub(N(bo, "money"), N(cm, "money")), "Difference", "the difference",
                    ["The difference is {c}.", "Booth rental is ahead by {c}."], "money")
        x.answer(df, "money", [f"{nm} keeps {{a}} more per month by renting.", "Renting the booth leaves {a} more per month."])
    return texts, givens, build


def T_groupspa(r):
    nm, g = r.choice(NAMES); p = pron(g); spa = r.choice(SPAS)
    k = r.randint(4, 12); a = r.choice(range(60, 130, 5)); b = r.choice(range(35, 90, 5)); d = r.choice([10, 12, 15, 20]); gr = r.choice([15, 18, 20])
    texts = [
        f"{nm} is booking a bridal spa day at {spa} for {k} people. Each person gets a massage ({m(a)}) and a manicure ({m(b)}). Groups get {d}% off, and {'an' if gr == 18 else 'a'} {gr}% gratuity is added to the discounted total. What is the final bill?",
        f"A group of {k} friends books {spa}'s package: one {m(a)} massage and one {m(b)} manicure each. The spa takes {d}% off for groups, then adds {gr}% gratuity on the discounted price. How much does the group pay?",
        f"For a party of {k}, {spa} charges {m(a)} per massage and {m(b)} per manicure, with everyone getting one of each. After a {d}% group discount, a {gr}% service charge is added. Find the total.",
    ]
    givens = [("People", n_(k)), ("Per person", f"{m(a)} + {m(b)}"), ("Discount", f"{d}%"), ("Gratuity", f"{gr}%")]

    def build(x):
        pp = x.calc(add(N(a, "money"), N(b, "money")), "Per person", "the cost per person",
                    ["Each person's services cost {c}.", "Per person: {c}."], "money")
        tt = x.calc(mul(N(pp, "money"), N(k, "plain", "people")), "Group subtotal", "the group subtotal",
                    ["For the group that is {c}.", "The subtotal is {c}."], "money")
        ds = x.calc(mul(N(d, "pct"), N(tt, "money")), "Discount", "the discount",
                    ["The discount is {c}.", f"{d}% off is {{c}}."], "money")
        af = x.calc(sub(N(tt, "money"), N(ds, "money")), "Discounted total", "the discounted total",
                    ["After the discount: {c}.", "The discounted total is {c}."], "money")
        gt = x.calc(mul(N(gr, "pct"), N(af, "money")), "Gratuity", "the gratuity",
                    ["The gratuity is {c}.", "Gratuity adds {c}."], "money")
        fin = x.calc(add(N(af, "money"), N(gt, "money")), "Final bill", "the final bill",
                     ["The final bill is {c}.", "Altogether: {c}."], "money")
        x.answer(fin, "money", ["The group pays {a}.", "The final bill is {a}."])
    return texts, givens, build


TEMPLATES = [("commission", T_commission), ("schedule", T_schedule), ("markup", T_markup), ("tips", T_tips),
             ("package", T_package), ("chair_rental", T_chair), ("color_tubes", T_tubes), ("duration_rate", T_duration),
             ("barbershop", T_barber), ("discount_giftcard", T_discount), ("membership", T_membership),
             ("tiered_commission", T_tiered), ("nail_polish", T_polish), ("tip_pool", T_tippool),
             ("waxing_rate", T_waxing), ("shampoo_cents", T_shampoo), ("booth_vs_commission", T_rentvs),
             ("group_spa", T_groupspa)]

# ---------------------------------------------------------------- styles

STY = {
    "gpt_md": dict(ops={"*": "×", "/": "÷", "-": "−", "+": "+"}, sep=",", dollar="$", pct="%", units=False, bold=True, approx="≈"),
    "claude": dict(ops={"*": "×", "/": "÷", "-": "−", "+": "+"}, sep=",", dollar="$", pct="%", units=True, bold=False, approx="≈"),
    "bullets": dict(ops={"*": "x", "/": "/", "-": "-", "+": "+"}, sep=",", dollar="$", pct="%", units=False, bold=False, approx="≈"),
    "prose": dict(ops={"*": "×", "/": "÷", "-": "−", "+": "+"}, sep=",", dollar="$", pct="%", units=True, bold=False, approx="≈"),
    "latex_inline": dict(ops={"*": "\\times", "/": "FRAC", "-": "-", "+": "+"}, sep=",", dollar="\\$", pct="\\%", units=False, bold=False, approx="\\approx", latex=True),
    "latex_display": dict(ops={"*": "\\times", "/": "\\div", "-": "-", "+": "+"}, sep="{,}", dollar="\\$", pct="dec", units=False, bold=False, approx="\\approx", latex=True),
    "table": dict(ops={"*": "×", "/": "÷", "-": "−", "+": "+"}, sep=",", dollar="$", pct="%", units=False, bold=False, approx="≈"),
    "terse": dict(ops={"*": "*", "/": "/", "-": "-", "+": "+"}, sep="", dollar="$", pct="dec", units=False, bold=False, approx="≈"),
    "gsm8k": dict(ops={"*": "*", "/": "/", "-": "-", "+": "+"}, sep="", dollar="", pct="frac", units=False, bold=False, approx="=", tight=True),
    "tutor": dict(ops={"*": "times", "/": "divided by", "-": "minus", "+": "plus"}, sep=",", dollar="$", pct="%", units=True, bold=False, approx="is about", worded=True),
    "llama": dict(ops={"*": "*", "/": "/", "-": "-", "+": "+"}, sep=",", dollar="$", pct="%", units=False, bold=False, approx="≈"),
}
STYLE_NAMES = list(STY)


def fmt_num(v, kind, sty, unit=None, in_op=True):
    if kind == "pct":
        mode = sty["pct"]
        if mode == "dec":
            s = numstr(canon(F(str(v)) / 100))
            if len(s.split(".")[-1]) == 1 and "." in s:
                s += "0"
            return s
        if mode == "frac":
            return numstr(v, "") + "/100"
        return numstr(v, sty["sep"]) + mode
    if kind == "money":
        s = sty["dollar"] + numstr(money_val(v), sty["sep"])
    else:
        s = numstr(v, sty["sep"])
    if unit and in_op and sty["units"]:
        s += " " + unit
    return s


def rexpr(e, sty):
    if e[0] == "n":
        return fmt_num(e[1], e[2], sty, e[3])
    if e[0] == "p":
        return "(" + rexpr(e[1], sty) + ")"
    op, L, R = e[1], e[2], e[3]
    if sty.get("worded") and op == "*" and L[0] == "n" and L[2] == "pct":
        return rexpr(L, sty) + " of " + rexpr(R, sty)
    sym = sty["ops"][op]
    if sym == "FRAC":
        return "\\frac{" + rexpr(L, sty) + "}{" + rexpr(R, sty) + "}"
    sp = "" if sty.get("tight") else " "
    return rexpr(L, sty) + sp + sym + sp + rexpr(R, sty)


def unit_txt(unit, sty):
    if not unit:
        return ""
    if sty.get("latex"):
        return "\\text{ " + unit + "}"
    return " " + unit


def res_txt(st, sty, bold=None):
    s = fmt_num(st["shown"], st["kind"], sty, in_op=False) + unit_txt(st["unit"], sty)
    if (sty["bold"] if bold is None else bold):
        s = "**" + s + "**"
    return s


def rnd_txt(st, sty, r):
    if not st["rnd"]:
        return ""
    how, k, noun = st["rnd"]
    ks = numstr(k, sty["sep"])
    if sty.get("worded") or sty.get("tight"):
        if how == "up":
            return r.choice([f", so we round up to {ks} {noun}", f", so that means {ks} {noun}"])
        return f", so that's {ks} {noun}"
    if sty.get("latex"):
        return f" \\rightarrow {ks}\\text{{ {noun}}}"
    return f" → {ks} {noun}"


def chain(st, sty, r, mid=True, eqw=None, with_res=True):
    parts = [rexpr(st["expr"], sty)]
    if mid and has_paren(st["expr"]) and not sty.get("tight"):
        parts.append(rexpr(midify(st["expr"]), sty))
    if sty.get("worded"):
        eq = eqw or r.choice(["equals", "is", "gives us", "comes to"])
        ap = r.choice(["is about", "comes to about", "is roughly"])
    else:
        eq, ap = "=", sty["approx"]
    s = parts[0]
    for q in parts[1:]:
        s += f" {eq} {q}"
    if not with_res:
        return s
    s += f" {ap if st['approx'] else eq} " + res_txt(st, sty)
    return s + rnd_txt(st, sty, r)


def gsm_chain(st, sty, r):
    e = rexpr(st["expr"], sty)
    v = plain(st["shown"], st["kind"])
    dl = "$" if st["kind"] == "money" else ""
    u = (" " + st["unit"]) if st["unit"] else ""
    return f"{e} = {dl}<<{e}={v}>>{v}{u}" + rnd_txt(st, sty, r)


def check_step(st):
    """generic check line built from the last step (reverse operation)."""
    e = st["expr"]
    if st["approx"] or st["rnd"] or e[0] != "b" or e[2][0] != "n" or e[3][0] != "n":
        return None
    op, L, R = e[1], e[2], e[3]
    if L[2] == "pct" or R[2] == "pct":
        return None
    c = N(st["use"], st["kind"])
    if op == "-":
        ex = B("+", c, R)
    elif op == "+":
        ex = B("-", c, R)
    elif op == "*" and R[1] != 0:
        ex = B("/", c, ("n", R[1], R[2], None))
    else:
        return None
    val = ev(ex)
    if val != F(str(L[1])):
        return None
    return dict(expr=ex, exact=val, res=L[1], shown=L[1], approx=False, kind=L[2] if L[2] != "pct" else "plain",
                unit="", label="Check", desc="", say=[], rnd=None)


def cap(s):
    return s[0].upper() + s[1:] if s else s


LOWER_OK = ("He ", "She ", "The ", "Her ", "His ", "Each ", "That ", "This ", "So ", "Per ", "Adding ", "After ", "Commission ", "Paying ",
            "Booth ", "Sales ", "Total ", "Profit ", "Weekly ", "Supplies ", "Revenue ", "Over ", "In ", "Together ",
            "Converting ", "For ", "On ", "At ", "Renting", "Washes", "Bottles", "Polish", "Net", "Altogether", "Haircuts", "Beard", "Yearly", "Without", "Selling", "A ")


def lowfirst(s):
    for w in LOWER_OK:
        if s.startswith(w):
            return s[0].lower() + s[1:]
    return s


def say(st, c, r):
    return r.choice(st["say"]).replace("{c}", c)


def render(style, steps, ans, r, givens, meta):
    """returns list of lines and dict step_index -> line index."""
    sty = STY[style]
    L = []
    at = {}
    val, akind, closings = ans
    if akind == "money":
        a_plain = plain(val, "money")
    else:
        a_plain = plain(val, "plain")

    def ansfmt(bold=False, s=sty):
        t = fmt_num(val, akind, s, in_op=False)
        return f"**{t}**" if bold else t
    closing = r.choice(closings)
    chk = check_step(steps[-1]) if r.random() < 0.6 else None

    if style == "gpt_md":
        L += [r.choice(["Let's break this down step by step.", "To solve this, let's go through it step by step.", "Let's work through the problem step by step."]), ""]
        for i, st in enumerate(steps):
            L.append(f"### Step {i + 1}: {r.choice(['Calculate', 'Find', 'Determine'])} {st['desc']}")
            if r.random() < 0.5:
                L.append(say(st, chain(st, sty, r), r))
            else:
                L.append(f"{cap(st['desc'])}:")
                L.append("")
                L.append(chain(st, sty, r))
            at[i] = len(L) - 1
            L.append("")
        if chk:
            L += ["### Check", f"{chain(chk, dict(sty, bold=False), r)} ✓", ""]
        L += ["### Final Answer", closing.replace("{a}", ansfmt(True))]
    elif style == "claude":
        L += [r.choice(["I'll work through this step by step.", "Let me solve this step by step.", "Let's break this down."]), ""]
        if r.random() < 0.6:
            L.append("**Given:**")
            L += [f"- {k}: {v}" for k, v in givens]
            L.append("")
        for i, st in enumerate(steps):
            L.append(f"**{st['label']}:** {chain(st, sty, r)}")
            at[i] = len(L) - 1
            if r.random() < 0.35 and i < len(steps) - 1:
                L.append("")
        L.append("")
        if chk:
            L += [f"Check: {chain(chk, sty, r)} ✓", ""]
        L.append("**Answer:** " + closing.replace("{a}", ansfmt(True)))
    elif style == "bullets":
        L += [r.choice(["Here's the breakdown:", "Let's break this down.", "Working through it:"]), ""]
        bul = r.choice(["-", "•"])
        for i, st in enumerate(steps):
            L.append(f"{bul} {st['label']}: {chain(st, sty, r)}")
            at[i] = len(L) - 1
        if chk:
            L.append(f"{bul} Check: {chain(chk, sty, r)} ✓")
        L += ["", closing.replace("{a}", ansfmt())]
    elif style == "prose":
        L.append(r.choice(["Let's break this down.", "Here's how to think about it.", "We can solve this in a few steps."]))
        L.append("")
        conns = ["First, ", "Next, ", "Then ", "After that, ", "Now ", "Finally, "]
        i = 0
        k = 0
        while i < len(steps):
            grp = r.choice([2, 3]) if len(steps) - i > 1 else 1
            sents = []
            for j in range(i, min(len(steps), i + grp)):
                s = say(steps[j], chain(steps[j], sty, r), r)
                if k == 0:
                    s = "First, " + lowfirst(s)
                elif j == len(steps) - 1 and len(steps) > 2:
                    s = "Finally, " + lowfirst(s)
                elif r.random() < 0.6:
                    s = r.choice(conns[1:5]) + lowfirst(s)
                sents.append(s)
                at[j] = len(L)
                k += 1
            L.append(" ".join(sents))
            L.append("")
            i += grp
        L.append(closing.replace("{a}", ansfmt()))
    elif style == "latex_inline":
        L += [r.choice(["Let's solve this step by step.", "Here is the step-by-step solution."]), ""]
        for i, st in enumerate(steps):
            c = "\\( " + chain(st, sty, r) + " \\)"
            if r.random() < 0.5:
                L.append(f"{i + 1}. **{st['label']}:** {c}")
            else:
                L.append(f"{i + 1}. {say(st, c, r)}")
            at[i] = len(L) - 1
        L += ["", closing.replace("{a}", "\\( " + fmt_num(val, akind, sty, in_op=False) + " \\)")]
    elif style == "latex_display":
        L += [r.choice(["To find the answer, we proceed step by step.", "Let's work through it carefully."]), ""]
        for i, st in enumerate(steps):
            L.append(f"**Step {i + 1}: {st['label']}**")
            L.append("\\[")
            lab = "\\text{" + st["label"] + "} = " if r.random() < 0.5 else ""
            L.append(lab + chain(st, sty, r))
            at[i] = len(L) - 1
            L.append("\\]")
            L.append("")
        L.append(closing.replace("{a}", "\\(" + fmt_num(val, akind, sty, in_op=False) + "\\)"))
    elif style == "table":
        L += [r.choice(["Here's the calculation laid out:", "Let's organize the work in a table.", "Summary of the calculation:"]), ""]
        L += ["| Quantity | Calculation | Result |", "|---|---|---|"]
        for i, st in enumerate(steps):
            res = res_txt(st, sty)
            if st["approx"]:
                res = "≈ " + res
            if st["rnd"]:
                res += f" → {numstr(st['rnd'][1], sty['sep'])} {st['rnd'][2]}"
            L.append(f"| {st['label']} | {rexpr(st['expr'], sty)} | {res} |")
            at[i] = len(L) - 1
        L.append("")
        if chk:
            L += [f"Check: {chain(chk, sty, r)} ✓", ""]
        L.append(closing.replace("{a}", "**" + ansfmt() + "**"))
    elif style == "terse":
        s2 = dict(sty)
        s2["ops"] = dict(sty["ops"], **{"*": r.choice(["*", "·"])})
        for i, st in enumerate(steps):
            L.append(f"{st['label']}: {chain(st, s2, r)}")
            at[i] = len(L) - 1
        if chk:
            L.append(f"Check: {chain(chk, s2, r)} ✓")
        L.append(f"Answer: {ansfmt()}")
    elif style == "gsm8k":
        for i, st in enumerate(steps):
            s = say(st, gsm_chain(st, sty, r), r)
            L.append(s)
            at[i] = len(L) - 1
    elif style == "tutor":
        L += [r.choice(["Great question! Let's figure this out together.", "Okay, let's work through this one together!", "Sure! Let's take it one piece at a time."]), ""]
        leads = ["To get {d}, we do {c}.", "For {d}, we have {c}.", "Now for {d}: {c}.", "Let's find {d}. We take {c}."]
        for i, st in enumerate(steps):
            s = r.choice(leads).replace("{d}", st["desc"]).replace("{c}", chain(st, sty, r))
            if i == 0:
                s = "First, " + s[0].lower() + s[1:] if not s.startswith("Now") else s
            L.append(s)
            at[i] = len(L) - 1
            L.append("")
        L.append(closing.replace("{a}", ansfmt()) + r.choice([" Nice work!", " Hope that helps!", ""]))
    elif style == "llama":
        s2 = dict(sty)
        s2["ops"] = dict(sty["ops"], **{"*": r.choice(["*", "×"])})
        for i, st in enumerate(steps):
            L.append(f"## Step {i + 1}: {r.choice(['Calculate', 'Determine', 'Find'])} {st['desc']}")
            L.append(say(st, chain(st, s2, r), r))
            at[i] = len(L) - 1
            L.append("")
        L.append(closing.replace("{a}", ansfmt()))
        L.append("")
        L.append("The final answer is: $\\boxed{" + a_plain + "}$")
    else:
        raise ValueError(style)
    L.append("#### " + a_plain)
    return L, at, a_plain


# ---------------------------------------------------------------- faults

def digits_wrong(s, kind, r):
    """s plain number string; returns list of candidate strings."""
    out = []
    ip, _, fp = s.partition(".")
    for part_i, part in ((0, ip), (1, fp)):
        for j in range(len(part)):
            if kind == "swap_digits" and j + 1 < len(part) and part[j] != part[j + 1]:
                np = part[:j] + part[j + 1] + part[j] + part[j + 2:]
            elif kind == "drop_digit" and len(part) > 1:
                np = part[:j] + part[j + 1:]
            elif kind == "double_digit":
                np = part[:j] + part[j] + part[j:]
            else:
                continue
            ni, nf = (np, fp) if part_i == 0 else (ip, np)
            if not ni or (len(ni) > 1 and ni[0] == "0"):
                continue
            out.append(ni + ("." + nf if nf else ""))
    return out


def make_wrong(st, kind, r):
    res = st["res"]
    k = st["kind"]
    s = plain(res, k)
    cands = []
    if kind == "off_by_one":
        cands = [res + 1, res - 1]
    elif kind == "off_by_ten":
        cands = [res + 10, res - 10]
    elif kind in ("swap_digits", "drop_digit", "double_digit"):
        cands = [D(x) for x in digits_wrong(s, kind, r)]
    elif kind == "decimal_shift":
        cands = [res * 10]
        if ndec(res) == 0 or k != "money":
            cands.append(canon(F(str(res)) / 10))
    elif kind == "wrong_op":
        e = st["expr"]
        if e[0] == "b" and e[2][0] == "n" and e[3][0] == "n" and "pct" not in (e[2][2], e[3][2]):
            alts = {"*": ["+"], "+": ["*", "-"], "-": ["+"], "/": ["*", "-"]}[e[1]]
            for a in alts:
                v = ev(("b", a, e[2], e[3]))
                c = canon(v)
                if c is not None and ndec(c) <= 2:
                    cands.append(c)
    good = []
    ex = st["exact"]
    for w in cands:
        if w is None or w <= 0:
            continue
        if k == "money":
            w = money_val(w)
        dw = ndec(w)
        tol = F(1, 2 * 10 ** dw)
        if abs(F(str(w)) - ex) <= tol or abs(F(str(w)) - F(str(res))) <= F(1, 2 * 10 ** max(dw, ndec(res))):
            continue
        if plain(w, k) == s:
            continue
        good.append(w)
    if not good:
        return None
    return r.choice(good)


# ---------------------------------------------------------------- main

def problem(pid, tname, tfun, style, seed_base):
    for attempt in range(200):
        r = random.Random(f"{seed_base}|{pid}|{attempt}")
        texts, givens, build = tfun(r)
        text = r.choice(texts)
        try:
            cx = Ctx()
            build(cx)
            rs = r.getrandbits(32)
            lines, at, a_plain = render(style, cx.steps, cx.ans, random.Random(rs), givens, None)
        except Redraw:
            continue
        if not (2 <= len(cx.steps) <= 8):
            raise AssertionError(tname)
        sol = "\n".join(lines)
        rows = []
        base = dict(pid=pid, template=tname, style=style, problem=text)
        rows.append(dict(base, variant="correct", solution=sol, final=a_plain))
        ok = True
        for vi, variant in enumerate(["slip", "carry"]):
            rr = random.Random(f"{seed_base}|{pid}|{attempt}|{variant}")
            elig = [i for i, st in enumerate(cx.steps) if st["rnd"] is None]
            if variant == "carry":
                # a carry fault on the last step is just a wrong answer; prefer earlier steps
                elig = [i for i in elig if i < len(cx.steps) - 1] or elig
            kinds = KINDS[:]
            start = (pid * 3 + vi * 4) % len(KINDS)
            kinds = kinds[start:] + kinds[:start]
            done = None
            tries = [(k, i) for k in kinds for i in rr.sample(elig, len(elig))]
            for kind, idx in tries:
                w = make_wrong(cx.steps[idx], kind, rr)
                if w is None:
                    continue
                try:
                    fx = Ctx((idx, w, variant == "carry"))
                    build(fx)
                    flines, fat, fa = render(style, fx.steps, fx.ans, random.Random(rs), givens, None)
                except Redraw:
                    continue
                if variant == "carry" and fa == a_plain:
                    continue
                if variant == "slip" and (fa != a_plain or len(flines) != len(lines)):
                    continue
                done = (kind, idx, w, flines, fat, fx)
                break
            if done is None:
                ok = False
                break
            kind, idx, w, flines, fat, fx = done
            fsol = "\n".join(flines)
            li = fat[idx]
            start_off = sum(len(x) + 1 for x in flines[:li])
            span = [start_off, start_off + len(flines[li])]
            st = cx.steps[idx]
            rows.append(dict(base, variant=variant, solution=fsol, final=a_plain, span=span,
                             wrong=plain(w, st["kind"]), right=plain(st["res"], st["kind"]), step=idx + 1, kind=kind))
        if not ok:
            continue
        # loop
        rr = random.Random(f"{seed_base}|{pid}|{attempt}|loop")
        comp_lines = sorted(set(at.values()))
        li = rr.choice(comp_lines)
        k = rr.choice([1, 2, 3])
        k = min(k, li + 1)
        while k > 1 and lines[li - k + 1].strip() == "":
            k -= 1
        unit = "\n".join(lines[li - k + 1: li + 1])
        cut = sum(len(x) + 1 for x in lines[:li]) + len(lines[li])
        reps = rr.randint(8, 30)
        text_l = sol[:cut] + ("\n" + unit) * (reps - 1)
        s2 = cut + 1
        span = [s2, s2 + len(unit)]
        if rr.random() < 0.4:
            first = unit.split("\n")[0]
            fd = next((j for j, ch in enumerate(first) if ch.isdigit()), len(first))
            fd = min(fd, len(first) - 1)
            if fd >= 1:
                text_l += "\n" + first[:rr.randint(1, fd)]
        rows.append(dict(base, variant="loop", solution=text_l, final=a_plain, span=span, repeats=reps))
        return rows
    raise RuntimeError(f"could not build problem {pid}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = []
    for pid in range(N_PROBLEMS):
        tname, tfun = TEMPLATES[pid % len(TEMPLATES)]
        style = STYLE_NAMES[(pid * 5 + pid // len(TEMPLATES)) % len(STYLE_NAMES)]
        rows += problem(pid, tname, tfun, style, "mcr-salon-v1")
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            o = {k: row[k] for k in keys if k in row}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
