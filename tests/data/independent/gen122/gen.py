#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (childcare / babysitting / nannies)
with seeded arithmetic faults.  Deterministic: python3 gen.py --out set.jsonl"""
import argparse
import json
import math
import random
from fractions import Fraction as Fr

SEED = "mcrgen-childcare-eval122"


class Bad(Exception):
    pass


# ----------------------------------------------------------------------------- numbers
def F(x):
    return x if isinstance(x, Fr) else Fr(str(x))


def rhu(x, dec):
    m = 10 ** dec
    if x >= 0:
        return Fr(math.floor(x * m + Fr(1, 2)), m)
    return -Fr(math.floor(-x * m + Fr(1, 2)), m)


def rep(x, dec):
    return (x * 10 ** dec).denominator == 1


def mindec(x, maxd=4):
    for d in range(maxd + 1):
        if rep(x, d):
            return d
    return None


def fmtnum(x, dec, commas=",", money=""):
    m = 10 ** dec
    n = x * m
    if n.denominator != 1:
        raise ValueError("not representable")
    n = int(n)
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, m)
    s = str(ip)
    if commas:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = commas.join(parts)
    if dec:
        s += "." + str(fp).zfill(dec)
    return ("-" if neg else "") + money + s


def money_dec(v):
    return 0 if v.denominator == 1 else 2


def pm(v):  # money in problem text
    v = F(v)
    return fmtnum(v, money_dec(v), ",", "$")


def pn(v):  # plain number in problem text
    v = F(v)
    return fmtnum(v, mindec(v), ",", "")


# ----------------------------------------------------------------------------- expressions
def ev(e):
    t = e[0]
    if t in ("n", "r"):
        return e[1] / 100 if e[2] == "%" else e[1]
    if t == "p":
        return ev(e[1])
    if t == "b":
        return apply(e[1], ev(e[2]), ev(e[3]))
    if t == "c":
        v = ev(e[2][0])
        for x in e[2][1:]:
            v = apply(e[1], v, ev(x))
        return v
    raise ValueError(t)


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            raise Bad("div0")
        return a / b
    raise ValueError(op)


def b(op, x, y):
    return ("b", op, x, y)


def has_money(e):
    if e[0] in ("n", "r"):
        return e[2] == "$"
    if e[0] == "p":
        return has_money(e[1])
    if e[0] == "b":
        return has_money(e[2]) or has_money(e[3])
    return any(has_money(x) for x in e[2])


def leafify(e):
    if e[0] in ("n", "r"):
        return e
    v = ev(e)
    if has_money(e):
        return ("n", v, "$", money_dec(v))
    d = mindec(v)
    if d is None:
        raise Bad("mid not exact")
    return ("n", v, "", d)


def mid(e):
    if e[0] == "b":
        return ("b", e[1], leafify(e[2]), leafify(e[3]))
    if e[0] == "c":
        return ("c", e[1], [leafify(x) for x in e[2]])
    raise ValueError


# ----------------------------------------------------------------------------- builder
class Builder:
    def __init__(self, fault=None):
        self.items = []
        self.givens = []
        self.nc = 0
        self.fault = fault
        self.final = None

    def num(self, v, unit=""):
        v = F(v)
        dec = money_dec(v) if unit == "$" else mindec(v)
        return ("n", v, unit, dec)

    def given(self, label, node, suffix=""):
        self.givens.append((label, node, suffix))

    def comp(self, expr, label, title, unit="", rd=2, mid=False, no_slip=False):
        exact = ev(expr)
        if exact <= 0:
            raise Bad("nonpositive")
        if unit == "$":
            dec = 0 if exact.denominator == 1 else 2
        else:
            d = mindec(exact, rd)
            dec = rd if d is None else d
        right = rhu(exact, dec)
        if right <= 0:
            raise Bad("rounds to zero")
        idx = self.nc
        self.nc += 1
        written = use = right
        if self.fault is not None and self.fault[0] == idx:
            written = self.fault[2]
            if self.fault[1] == "carry":
                use = written
        self.items.append(dict(t="comp", expr=expr, exact=exact, right=right, written=written, dec=dec,
                               approx=(right != exact), unit=unit, label=label, title=title, mid=mid,
                               idx=idx, no_slip=no_slip))
        return ("r", use, unit, dec)

    def roundup(self, ref, unit, reason):
        v = ref[1]
        if v.denominator == 1:
            raise Bad("roundup of integer")
        c = math.ceil(v)
        self.items.append(dict(t="roundup", src=ref, value=Fr(c), unit=unit, reason=reason))
        return ("r", Fr(c), unit, 0)

    def note(self, fn):
        self.items.append(dict(t="note", fn=fn))

    def check(self, expr, unit=""):
        v = ev(expr)
        d = mindec(v, 2)
        if d is None:
            return
        if unit == "$":
            d = money_dec(v) if rep(v, 2) else d
        self.items.append(dict(t="check", expr=expr, value=v, dec=d, unit=unit))

    def set_final(self, ref, phrase):
        self.final = (ref[1], ref[2], ref[3], phrase)


# ----------------------------------------------------------------------------- templates
NAMES = ["Maria", "Aisha", "Priya", "Jenna", "Lucia", "Hannah", "Chloe", "Rosa", "Tamika", "Mei", "Olivia",
         "Grace", "Sofia", "Nadia", "Brooke", "Leah", "Keisha", "Ana", "Ingrid", "Fatima"]
TEENS = ["Emma", "Liam", "Zoe", "Noah", "Ava", "Ethan", "Mia", "Caleb", "Lily", "Owen", "Ruby", "Jada"]
FAMS = ["Parker", "Nguyen", "Garcia", "Okafor", "Miller", "Chen", "Patel", "Johnson", "Rossi", "Kim", "Novak",
        "Alvarez", "Brennan", "Haddad", "Larsen"]
PARENTS = ["Dana", "Marcus", "Elena", "Tom", "Keiko", "Rachel", "Omar", "Julia", "Ben", "Carmen", "Derek", "Nina"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def t_overtime(rng):
    n, fam = rng.choice(NAMES), rng.choice(FAMS)
    r = F(rng.choice([16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, "18.50", "19.50", "20.50", "22.50", "17.50"]))
    h = rng.randint(41, 56)
    probs = [
        f"{n} works as a full-time nanny for the {fam} family and earns {pm(r)} per hour. Any hours beyond 40 in a week are paid at time-and-a-half. Last week she worked {h} hours. How much did she earn last week?",
        f"{n} is a nanny paid {pm(r)} an hour for the first 40 hours each week and 1.5 times that rate for every hour after that. If she works {h} hours this week, what is her total pay for the week?",
        f"The {fam}s pay their nanny, {n}, {pm(r)}/hour, with overtime at 1.5x the regular rate for hours over 40 per week. During a busy week {n} put in {h} hours. How much should she be paid for that week?",
        f"{n} nannies for twin toddlers. Her contract says {pm(r)} per hour up to 40 hours a week and time-and-a-half for overtime. She logged {h} hours this week. What is her gross pay?",
    ]

    def build(B):
        R, H, T = B.num(r, "$"), B.num(h, "hours"), B.num(40, "hours")
        B.given("Hourly rate", R, " per hour")
        B.given("Hours worked", H, " hours")
        B.given("Regular hours", T, " hours")
        ot = B.comp(b("-", H, T), "Overtime hours", "Find the overtime hours", "hours")
        otr = B.comp(b("*", R, B.num("1.5")), "Overtime rate", "Find the overtime rate", "$")
        reg = B.comp(b("*", B.num(40), R), "Regular pay", "Calculate the regular pay", "$")
        otp = B.comp(b("*", ot, otr), "Overtime pay", "Calculate the overtime pay", "$")
        tot = B.comp(b("+", reg, otp), "Total pay", "Add regular and overtime pay", "$")
        B.check(b("+", B.num(40), ot), "hours")
        B.set_final(tot, lambda A: f"{n} earned {A} for the week.")
    return probs, build


def t_schedule(rng):
    n = rng.choice(TEENS + NAMES)
    fam = rng.choice(FAMS)
    k = rng.choice([3, 3, 4])
    days = sorted(rng.sample(range(6), k))
    hrs = [F(rng.choice([2, "2.5", 3, "3.5", 4, "4.5", 5, "5.5", 6])) for _ in days]
    r = F(rng.choice([12, 13, 14, 15, 16, 17, 18, 19, 20, 22, "13.50", "15.50", "17.50"]))
    w = rng.randint(3, 10)
    combo = rng.random() < 0.4
    sched = ", ".join(f"{pn(hh)} hours on {DAYS[d]}" for hh, d in zip(hrs[:-1], days[:-1])) + \
        f", and {pn(hrs[-1])} hours on {DAYS[days[-1]]}"
    probs = [
        f"{n} babysits for the {fam} family every week: {sched}. The {fam}s pay {pm(r)} per hour. How much does {n} earn over {w} weeks?",
        f"A babysitter charges {pm(r)} an hour. Her regular weekly schedule is {sched}. If she keeps this schedule for {w} weeks, how much money will she make?",
        f"Each week the {fam} family needs a sitter for {sched}. They hire {n} at {pm(r)} per hour. What will they pay {n} in total for {w} weeks of care?",
    ]

    def build(B):
        nodes = [B.num(hh, "hours") for hh in hrs]
        R, W = B.num(r, "$"), B.num(w, "weeks")
        B.given("Hours", ("txt", ", ".join(f"{DAYS[d][:3]} {pn(hh)}" for hh, d in zip(hrs, days))))
        B.given("Rate", R, " per hour")
        B.given("Weeks", W)
        chain = ("c", "+", nodes)
        if combo:
            wk = B.comp(b("*", ("p", chain), R), "Weekly pay", "Find the weekly pay", "$", mid=True)
        else:
            hh = B.comp(chain, "Hours per week", "Add up the weekly hours", "hours")
            wk = B.comp(b("*", hh, R), "Weekly pay", "Find the weekly pay", "$")
        tot = B.comp(b("*", wk, W), "Total pay", "Multiply by the number of weeks", "$")
        B.set_final(tot, lambda A: f"Over {w} weeks, the total comes to {A}.")
    return probs, build


def t_sibling(rng):
    fam = rng.choice(FAMS)
    T = F(rng.randrange(850, 1660, 5))
    p = rng.choice([10, 15, 20, 25, 30])
    m = rng.choice([9, 10, 11, 12])
    center = rng.choice(["Little Acorns", "Sunny Days", "Bright Start", "Rainbow Kids", "Tiny Steps"])
    probs = [
        f"{center} Daycare charges {pm(T)} per month for one child and gives a {p}% sibling discount on the second child's tuition. The {fam} family enrolls two children for {m} months. How much will they pay in total?",
        f"Monthly tuition at a daycare is {pm(T)} per child, but a second sibling gets {p}% off. If a family sends both of their kids for {m} months, what is their total tuition?",
        f"The {fam}s have two children at {center}. Tuition is {pm(T)} a month for the first child, and the second child's tuition is discounted by {p}%. What do they pay for {m} months of care?",
    ]

    def build(B):
        Tn, P, M = B.num(T, "$"), B.num(p, "%"), B.num(m, "months")
        B.given("Tuition per child", Tn, " per month")
        B.given("Sibling discount", P)
        B.given("Months", M)
        d = B.comp(b("*", Tn, P), "Sibling discount", "Find the discount on the second child", "$")
        s = B.comp(b("-", Tn, d), "Second child's tuition", "Find the second child's tuition", "$")
        mo = B.comp(b("+", Tn, s), "Monthly total", "Add both children's tuition", "$")
        B.check(b("+", s, d), "$")
        tot = B.comp(b("*", mo, M), "Total tuition", f"Multiply by {m} months", "$")
        B.set_final(tot, lambda A: f"The family pays {A} in tuition for the {m} months.")
    return probs, build


def t_late(rng):
    par = rng.choice(PARENTS)
    W = F(rng.randrange(240, 430, 5))
    k = rng.choice([5, 10, 15])
    fee = F(rng.choice({5: [3, 5], 10: [8, 10], 15: [12, 15]}[k]))
    m1, m2 = [rng.choice([x for x in range(3, 41) if x % k]) for _ in range(2)]
    d1, d2 = rng.sample(DAYS[:5], 2)
    probs = [
        f"A daycare charges {pm(W)} per week. It also charges a late fee of {pm(fee)} for every {k} minutes (or part of {k} minutes) a parent is late at pickup. This week {par} was {m1} minutes late on {d1} and {m2} minutes late on {d2}. What is {par}'s total bill for the week?",
        f"{par}'s weekly daycare tuition is {pm(W)}. The center bills {pm(fee)} for each started {k}-minute period after closing time. {par} arrived {m1} minutes late one day and {m2} minutes late another day. How much does {par} owe for the week?",
        f"Late pickups at Kiddie Korner cost {pm(fee)} per {k} minutes, and any partial {k}-minute block counts as a full one. Weekly tuition is {pm(W)}. If {par} is late by {m1} minutes and by {m2} minutes during one week, what is the total charge for that week?",
    ]

    def build(B):
        Wn, K, Fe = B.num(W, "$"), B.num(k, "minutes"), B.num(fee, "$")
        M1, M2 = B.num(m1, "minutes"), B.num(m2, "minutes")
        B.given("Weekly tuition", Wn)
        B.given("Late fee", Fe, f" per started {k} minutes")
        B.given("Minutes late", ("txt", f"{m1} and {m2}"))
        reason = f"any part of a {k}-minute block is charged as a full block"
        s1 = B.comp(b("/", M1, K), "Blocks for the first late pickup", f"Count the {k}-minute blocks for the first late pickup", "blocks", no_slip=True)
        n1 = B.roundup(s1, "blocks", reason)
        s2 = B.comp(b("/", M2, K), "Blocks for the second late pickup", f"Count the {k}-minute blocks for the second late pickup", "blocks", no_slip=True)
        n2 = B.roundup(s2, "blocks", reason)
        nb = B.comp(b("+", n1, n2), "Total blocks", "Add the blocks", "blocks")
        lf = B.comp(b("*", nb, Fe), "Late fees", "Compute the late fees", "$")
        tot = B.comp(b("+", Wn, lf), "Weekly bill", "Add the tuition", "$")
        B.set_final(tot, lambda A: f"{par}'s total bill for the week is {A}.")
    return probs, build


def t_share(rng):
    fa, fb = rng.sample(FAMS, 2)
    n = rng.choice(NAMES)
    r = F(rng.choice([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, "22.50", "24.50"]))
    h = rng.randint(25, 50)
    ka = rng.choice([1, 2])
    kb = rng.randint(ka + 1, 3)
    kid = lambda x: "child" if x == 1 else "children"
    probs = [
        f"The {fa} and {fb} families share a nanny, {n}, who earns {pm(r)} per hour and works {h} hours a week. They split her pay according to how many children each family has: the {fa}s have {ka} {kid(ka)} and the {fb}s have {kb}. How much more per week do the {fb}s pay than the {fa}s?",
        f"Two families split a nanny share by number of kids. The nanny is paid {pm(r)}/hour for {h} hours each week. Family A has {ka} {kid(ka)} and Family B has {kb} children. How much more does Family B pay each week than Family A?",
        f"{n} cares for kids from two families at {pm(r)} an hour, {h} hours per week. The cost is divided per child: the {fa} family sends {ka} {kid(ka)} and the {fb} family sends {kb}. What is the weekly difference between the two families' shares?",
    ]

    def build(B):
        R, H, KA, KB = B.num(r, "$"), B.num(h, "hours"), B.num(ka), B.num(kb)
        B.given("Rate", R, " per hour")
        B.given("Hours", H, " per week")
        B.given("Children", ("txt", f"{ka} and {kb}"))
        wk = B.comp(b("*", R, H), "Weekly cost", "Find the total weekly cost", "$")
        kids = B.comp(b("+", KA, KB), "Total children", "Count the children", "children")
        per = B.comp(b("/", wk, kids), "Cost per child", "Find the cost per child", "$")
        a = B.comp(b("*", per, KA), "First family's share", "Find the first family's share", "$")
        bb = B.comp(b("*", per, KB), "Second family's share", "Find the second family's share", "$")
        if not B.items[-3]["approx"]:
            B.check(b("+", a, bb), "$")
        d = B.comp(b("-", bb, a), "Difference", "Find the difference", "$")
        B.set_final(d, lambda A: f"The family with {kb} children pays {A} more per week.")
    return probs, build


def t_credit(rng):
    fam = rng.choice(FAMS)
    kids = rng.choice([1, 2])
    cap = 3000 if kids == 1 else 6000
    w = F(rng.randrange(150, 400, 5) if kids == 1 else rng.choice([rng.randrange(95, 125, 5), rng.randrange(125, 450, 5)]))
    wk = rng.choice([48, 50, 52])
    p = rng.choice([20, 25, 30, 35])
    kt = "one child" if kids == 1 else "two children"
    probs = [
        f"The {fam} family pays {pm(w)} per week for daycare for {kt}, {wk} weeks a year. They qualify for a child care tax credit of {p}% of eligible expenses, and eligible expenses are capped at {pm(cap)} for {kt}. After the credit, what is their average net cost per month?",
        f"A parent spends {pm(w)} a week on child care for {kt} for {wk} weeks. A tax credit refunds {p}% of up to {pm(cap)} in care expenses. What is the parent's net child care cost per month, averaged over 12 months?",
        f"Daycare for {kt} costs the {fam}s {pm(w)} weekly, and they use it {wk} weeks per year. Their dependent care credit is {p}% of expenses, but only the first {pm(cap)} of expenses counts. What is their yearly cost after the credit, expressed as a monthly average?",
    ]

    def build(B):
        Wn, WK, P, C = B.num(w, "$"), B.num(wk, "weeks"), B.num(p, "%"), B.num(cap, "$")
        B.given("Weekly cost", Wn)
        B.given("Weeks per year", WK)
        B.given("Credit rate", P)
        B.given("Expense limit", C)
        an = B.comp(b("*", Wn, WK), "Yearly daycare cost", "Find the yearly daycare cost", "$")
        if an[1] > cap:
            B.note(lambda M: f"Since {M(an[1], '$', an[3])} is more than the {M(Fr(cap), '$', 0)} limit, only {M(Fr(cap), '$', 0)} counts toward the credit.")
            el = C
        else:
            B.note(lambda M: f"Since {M(an[1], '$', an[3])} is under the {M(Fr(cap), '$', 0)} limit, all of it counts toward the credit.")
            el = an
        cr = B.comp(b("*", el, P), "Tax credit", "Compute the credit", "$")
        net = B.comp(b("-", an, cr), "Net yearly cost", "Subtract the credit", "$")
        mo = B.comp(b("/", net, B.num(12)), "Net monthly cost", "Average it over 12 months", "$")
        B.set_final(mo, lambda A: f"Their net child care cost averages {A} per month.")
    return probs, build


def t_weekmonth(rng):
    par = rng.choice(PARENTS)
    w = F(rng.randrange(250, 460, 5))
    M = F(rng.randrange(1050, 1950, 25))
    if w * 52 == M * 12:
        M += 25
    probs = [
        f"{par} is choosing between two daycares. Center A charges {pm(w)} per week, and Center B charges {pm(M)} per month. Both are open all year (52 weeks, 12 months). By how much per month, on average, is the cheaper center cheaper?",
        f"Center A bills {pm(w)} weekly; Center B bills {pm(M)} monthly. Over a full year of 52 weeks, which is cheaper, and what is the average monthly savings from choosing it?",
        f"{par}'s family compares Center A, billed weekly at {pm(w)} per week, with Center B, billed monthly at {pm(M)} per month. Using 52 weeks in a year, how much would they save per month on average by picking the less expensive option?",
    ]

    def build(B):
        Wn, Mn = B.num(w, "$"), B.num(M, "$")
        B.given("Center A", Wn, " per week")
        B.given("Center B", Mn, " per month")
        a = B.comp(b("*", Wn, B.num(52)), "Center A per year", "Find Center A's yearly cost", "$")
        c = B.comp(b("*", Mn, B.num(12)), "Center B per year", "Find Center B's yearly cost", "$")
        if a[1] == c[1]:
            raise Bad("tie")
        hi, lo = (a, c) if a[1] > c[1] else (c, a)
        cheap = "Center A" if lo is a else "Center B"
        B.note(lambda M_: f"{cheap} is cheaper over the year.")
        d = B.comp(b("-", hi, lo), "Yearly savings", "Find the yearly difference", "$")
        pmo = B.comp(b("/", d, B.num(12)), "Monthly savings", "Spread it over 12 months", "$")
        B.set_final(pmo, lambda A: f"Choosing {cheap} saves {A} per month on average.")
    return probs, build


def clock(hm):
    h, m = hm
    suf = "am" if h < 12 else "pm"
    hh = h if h <= 12 else h - 12
    return f"{hh}:{m:02d} {suf}"


def t_shift(rng):
    n, fam = rng.choice(NAMES), rng.choice(FAMS)
    st = rng.choice([(7, 0), (7, 30), (8, 0), (8, 15), (6, 45)])
    en = rng.choice([(16, 30), (17, 0), (17, 15), (17, 45), (18, 0)])
    L = Fr(en[0] * 60 + en[1] - st[0] * 60 - st[1], 60)
    bm = rng.choice([15, 20, 30, 40, 45])
    d = rng.choice([4, 5])
    r = F(rng.choice([17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28]))
    probs = [
        f"{n} nannies for the {fam} family from {clock(st)} to {clock(en)}, {d} days a week. She takes an unpaid {bm}-minute break each day and earns {pm(r)} per hour. How much does she earn per week?",
        f"{n}'s nanny shift runs from {clock(st)} until {clock(en)}, with a {bm}-minute unpaid break. She works {d} days per week at {pm(r)} an hour. What is her weekly pay?",
        f"The {fam}s' nanny works {d} days a week, {clock(st)} to {clock(en)}, minus a {bm}-minute unpaid lunch. Her rate is {pm(r)}/hour. Find her weekly earnings.",
    ]

    def build(B):
        Ln, BM, D, R = B.num(L, "hours"), B.num(bm, "minutes"), B.num(d, "days"), B.num(r, "$")
        B.given("Shift", ("txt", f"{clock(st)} to {clock(en)}"))
        B.given("Break", ("txt", f"{bm} minutes"))
        B.given("Rate", R, " per hour")
        B.note(lambda M: f"From {clock(st)} to {clock(en)} is {pn(L)} hours.")
        s1 = B.comp(b("/", BM, B.num(60)), "Break in hours", "Convert the break to hours", "hours")
        s2 = B.comp(b("-", Ln, s1), "Paid hours per day", "Subtract the break", "hours")
        s3 = B.comp(b("*", s2, D), "Paid hours per week", "Find the weekly paid hours", "hours")
        s4 = B.comp(b("*", s3, R), "Weekly pay", "Multiply by the hourly rate", "$")
        B.set_final(s4, lambda A: f"{n} earns {A} per week.")
    return probs, build


def t_punch(rng):
    par = rng.choice(PARENTS)
    c = rng.choice([5, 10, 12])
    d = F(rng.randrange(45, 100, 5))
    P = F(int(c * d * F(rng.choice(["0.8", "0.85", "0.9"])) / 5) * 5)
    nd = rng.choice([x for x in range(c + 1, 4 * c) if x % c])
    probs = [
        f"A drop-in daycare charges {pm(d)} per day, or sells {c}-day punch cards for {pm(P)} each (unused days are lost). {par} needs care for {nd} days this term. If {par} buys only punch cards, how many dollars is the difference between that and paying the daily rate?",
        f"Drop-in care costs {pm(d)} a day. A punch card good for {c} days costs {pm(P)}. A parent needs {nd} days of care and can either buy enough punch cards or pay daily. What is the difference in cost between the two options?",
        f"{par} can pay {pm(d)} per visit at the play center's drop-in care, or buy {c}-visit cards at {pm(P)} per card. {par} will need {nd} visits. Compare buying enough cards with paying per visit: how much do the two options differ?",
    ]

    def build(B):
        N, C, Pn, Dn = B.num(nd, "days"), B.num(c, "days"), B.num(P, "$"), B.num(d, "$")
        B.given("Daily rate", Dn)
        B.given("Punch card", ("txt", f"{c} days for {pm(P)}"))
        B.given("Days needed", N)
        s1 = B.comp(b("/", N, C), "Cards needed", "Find how many cards are needed", "cards", no_slip=True)
        k = B.roundup(s1, "cards", "you can't buy part of a card")
        s2 = B.comp(b("*", k, Pn), "Cost with punch cards", "Find the cost with punch cards", "$")
        s3 = B.comp(b("*", N, Dn), "Cost paying daily", "Find the cost paying daily", "$")
        if s2[1] == s3[1]:
            raise Bad("tie")
        hi, lo = (s2, s3) if s2[1] > s3[1] else (s3, s2)
        cheap = "the punch cards" if lo is s2 else "paying daily"
        B.note(lambda M: f"So {cheap} is the cheaper option.")
        s4 = B.comp(b("-", hi, lo), "Difference", "Find the difference", "$")
        B.set_final(s4, lambda A: f"The two options differ by {A}, with {cheap} costing less.")
    return probs, build


def t_saving(rng):
    n = rng.choice(TEENS)
    while True:
        r = F(rng.choice([10, 11, 12, 13, 14, 15, 16, 18, "12.50", "13.50"]))
        h = F(rng.choice([4, 5, 6, 7, 8, "4.5", "5.5"]))
        C = F(rng.randrange(250, 1300, 5))
        S = F(rng.randrange(40, 200, 5))
        q = (C - S) / (r * h)
        if rhu(q, 2).denominator != 1 and q < 12:
            break
    item = rng.choice(["a used laptop", "a new bike", "a pair of concert tickets", "a camera", "a phone", "a summer camp trip"])
    probs = [
        f"{n} babysits every weekend for {pm(r)} an hour, working {pn(h)} hours each weekend. {n} wants {item} that costs {pm(C)} and has already saved {pm(S)}. After babysitting enough full weekends to afford it, how much money will {n} have left over after buying it?",
        f"{n} earns {pm(r)} per hour as a sitter and babysits {pn(h)} hours every weekend. {n} has {pm(S)} saved toward {item} priced at {pm(C)}. The plan is to keep babysitting until there is enough. How much extra will she have after the purchase?",
        f"{n} has {pm(S)} and needs {pm(C)} for {item}. Babysitting pays {pm(r)}/hour, and {n} gets {pn(h)} hours of babysitting per weekend. Counting only whole weekends, how much money is left after {n} buys it?",
    ]

    def build(B):
        Cn, Sn, R, H = B.num(C, "$"), B.num(S, "$"), B.num(r, "$"), B.num(h, "hours")
        B.given("Goal", Cn)
        B.given("Saved", Sn)
        B.given("Pay", ("txt", f"{pm(r)}/hour, {pn(h)} hours per weekend"))
        s1 = B.comp(b("-", Cn, Sn), "Still needed", "Find how much is still needed", "$")
        s2 = B.comp(b("*", R, H), "Earnings per weekend", "Find the earnings per weekend", "$")
        s3 = B.comp(b("/", s1, s2), "Weekends needed", "Find how many weekends are needed", "weekends", no_slip=True)
        W = B.roundup(s3, "weekends", "only full weekends count")
        s4 = B.comp(b("*", W, s2), "Earned", "Find the total earned", "$")
        s5 = B.comp(b("-", s4, s1), "Left over", "Find the money left over", "$")
        B.set_final(s5, lambda A: f"{n} will have {A} left over after the purchase.")
    return probs, build


def t_extrakids(rng):
    n, fam = rng.choice(TEENS + NAMES), rng.choice(FAMS)
    base = F(rng.randint(14, 22))
    e = F(rng.choice([2, 3, 4, 5]))
    k = rng.choice([2, 3, 4])
    hrs = F(rng.choice([3, "3.5", 4, "4.5", 5, "5.5", 6]))
    p = rng.choice([10, 15, 18, 20])
    probs = [
        f"{n} charges {pm(base)} per hour to babysit one child plus {pm(e)} per hour for each additional child. The {fam}s have {k} kids and need {n} for {pn(hrs)} hours. They also add a {p}% tip. How much do they pay in total?",
        f"A babysitter's rate is {pm(base)}/hour for the first child and an extra {pm(e)}/hour for every other child. A family with {k} children books her for {pn(hrs)} hours and tips {p}% on top. What is the total cost?",
        f"For a date night, the {fam} family hires a sitter who charges {pm(base)} an hour for one kid and {pm(e)} more per hour for each extra kid. They have {k} children, are out for {pn(hrs)} hours, and leave a {p}% tip. How much does the sitter receive?",
    ]

    def build(B):
        Bn, E, K, Hn, P = B.num(base, "$"), B.num(e, "$"), B.num(k), B.num(hrs, "hours"), B.num(p, "%")
        B.given("Base rate", Bn, " per hour")
        B.given("Each additional child", E, " per hour")
        B.given("Children", K)
        B.given("Hours", Hn)
        B.given("Tip", P)
        s1 = B.comp(b("-", K, B.num(1)), "Additional children", "Count the additional children", "children")
        s2 = B.comp(b("*", s1, E), "Extra per hour", "Find the extra charge per hour", "$")
        s3 = B.comp(b("+", Bn, s2), "Hourly rate", "Find the hourly rate", "$")
        s4 = B.comp(b("*", s3, Hn), "Pay before tip", "Multiply by the hours", "$")
        s5 = B.comp(b("*", s4, P), "Tip", "Calculate the tip", "$")
        s6 = B.comp(b("+", s4, s5), "Total", "Add the tip", "$")
        B.set_final(s6, lambda A: f"The sitter receives {A} in total.")
    return probs, build


def t_weekend(rng):
    n = rng.choice(NAMES)
    r = F(rng.choice([16, 18, 19, 20, 21, 22, 24, 25]))
    prem = rng.choice([25, 50])
    mult = F("1.25") if prem == 25 else F("1.5")
    a = rng.randint(20, 40)
    w = F(rng.choice([3, 4, 5, 6, 8, 10, 12, "4.5", "6.5"]))
    probs = [
        f"{n} is a nanny who earns {pm(r)} per hour on weekdays and {prem}% more per hour on weekends. In a typical week she works {a} weekday hours and {pn(w)} weekend hours. How much does she earn in 4 such weeks?",
        f"{n}'s weekday rate as a nanny is {pm(r)}/hour, and weekend hours are paid at a {prem}% premium. She works {a} hours on weekdays and {pn(w)} hours on weekends each week. What does she earn over 4 weeks?",
        f"The {rng.choice(FAMS)}s pay {n} {pm(r)} an hour Monday through Friday, and {prem}% extra per hour on Saturdays and Sundays. Each week she does {a} weekday hours plus {pn(w)} weekend hours. Find her pay for a 4-week month.",
    ]

    def build(B):
        R, A, Wn = B.num(r, "$"), B.num(a, "hours"), B.num(w, "hours")
        B.given("Weekday rate", R, " per hour")
        B.given("Weekend premium", B.num(prem, "%"))
        B.given("Hours", ("txt", f"{a} weekday, {pn(w)} weekend"))
        s1 = B.comp(b("*", R, B.num(mult)), "Weekend rate", "Find the weekend rate", "$")
        s2 = B.comp(b("*", A, R), "Weekday pay", "Find the weekday pay", "$")
        s3 = B.comp(b("*", Wn, s1), "Weekend pay", "Find the weekend pay", "$")
        s4 = B.comp(b("+", s2, s3), "Weekly pay", "Add them for the weekly pay", "$")
        s5 = B.comp(b("*", s4, B.num(4)), "Four-week pay", "Multiply by 4 weeks", "$")
        B.set_final(s5, lambda A_: f"{n} earns {A_} over the 4 weeks.")
    return probs, build


def t_fees(rng):
    fam = rng.choice(FAMS)
    M = F(rng.randrange(950, 1650, 5))
    R = F(rng.randrange(75, 260, 5))
    s = F(rng.randrange(35, 125, 5))
    dpw = rng.choice([5, 5, 3])
    probs = [
        f"The {fam} family's daycare charges {pm(M)} per month in tuition, a one-time yearly registration fee of {pm(R)}, and a supply fee of {pm(s)} every quarter. Their child attends {dpw} days a week, 52 weeks a year. What is the average cost per day of care?",
        f"A daycare costs {pm(M)} a month, plus a {pm(R)} annual registration fee and {pm(s)} per quarter for supplies. If a child goes {dpw} days per week all year (52 weeks), about how much does one day of care cost?",
        f"Tuition is {pm(M)} monthly. On top of that, there is a {pm(R)} registration fee each year and a {pm(s)} quarterly supply fee. For a child enrolled {dpw} days a week for 52 weeks, what is the average cost per day, to the nearest cent?",
    ]

    def build(B):
        Mn, Rn, Sn, D = B.num(M, "$"), B.num(R, "$"), B.num(s, "$"), B.num(dpw, "days")
        B.given("Monthly tuition", Mn)
        B.given("Registration", Rn, " per year")
        B.given("Supply fee", Sn, " per quarter")
        tot = B.comp(("c", "+", [b("*", B.num(12), Mn), Rn, b("*", B.num(4), Sn)]), "Yearly cost",
                     "Add up the yearly cost", "$", mid=True)
        wk = B.comp(b("/", tot, B.num(52)), "Cost per week", "Find the cost per week", "$")
        dy = B.comp(b("/", wk, D), "Cost per day", "Find the cost per day", "$")
        B.set_final(dy, lambda A: f"One day of care costs about {A}.")
    return probs, build


def t_parttime(rng):
    fam = rng.choice(FAMS)
    Fm = F(rng.randrange(1100, 1850))
    dd = rng.choice([2, 3])
    p = rng.choice([10, 15, 20])
    probs = [
        f"Full-time daycare (5 days a week) costs {pm(Fm)} per month. Part-time families pay the same daily share for the days they use, plus a {p}% part-time surcharge. How much per month does a family save by choosing {dd} days a week instead of full time?",
        f"The {fam}s' daycare charges {pm(Fm)} a month for five days a week. For part-time care the center prorates by days and adds {p}%. If the {fam}s switch to {dd} days per week, what is their monthly savings?",
        f"A center's full-time rate is {pm(Fm)}/month for 5 days per week. Part-time care is charged per weekday at the full-time daily share, with a {p}% surcharge. How much less is {dd}-day-a-week care per month?",
    ]

    def build(B):
        Fn, D, P = B.num(Fm, "$"), B.num(dd, "days"), B.num(p, "%")
        B.given("Full-time", Fn, " per month")
        B.given("Part-time days", D)
        B.given("Surcharge", P)
        s1 = B.comp(b("/", Fn, B.num(5)), "Cost per weekday", "Find the monthly cost of one weekday", "$")
        s2 = B.comp(b("*", s1, D), "Prorated cost", "Prorate for the part-time days", "$")
        s3 = B.comp(b("*", s2, P), "Surcharge", "Compute the surcharge", "$")
        s4 = B.comp(b("+", s2, s3), "Part-time cost", "Find the part-time monthly cost", "$")
        s5 = B.comp(b("-", Fn, s4), "Monthly savings", "Find the savings", "$")
        B.set_final(s5, lambda A: f"The family saves {A} per month.")
    return probs, build


def t_payroll(rng):
    fam, n = rng.choice(FAMS), rng.choice(NAMES)
    r = F(rng.choice([17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 30, "18.50", "22.50"]))
    h = rng.randint(25, 50)
    probs = [
        f"The {fam} family employs a nanny at {pm(r)} per hour for {h} hours a week. As employers they also pay 7.65% of her gross wages in Social Security and Medicare taxes. What is the family's total cost for 52 weeks?",
        f"A household hires {n} as a nanny, paying {pm(r)}/hour for {h} hours each week. On top of wages, the family owes employer payroll taxes of 7.65%. How much does employing {n} cost the family per year (52 weeks)?",
        f"{n} earns {pm(r)} an hour and works {h} hours per week for the {fam}s. The {fam}s must add 7.65% employer tax to her weekly wages. What do they spend in a 52-week year?",
    ]

    def build(B):
        R, H = B.num(r, "$"), B.num(h, "hours")
        B.given("Rate", R, " per hour")
        B.given("Hours", H, " per week")
        B.given("Employer tax", B.num("7.65", "%"))
        s1 = B.comp(b("*", R, H), "Weekly wages", "Find the weekly wages", "$")
        s2 = B.comp(b("*", s1, B.num("7.65", "%")), "Employer tax", "Find the weekly employer tax", "$")
        s3 = B.comp(b("+", s1, s2), "Weekly cost", "Find the weekly cost", "$")
        s4 = B.comp(b("*", s3, B.num(52)), "Yearly cost", "Multiply by 52 weeks", "$")
        B.set_final(s4, lambda A: f"Employing the nanny costs about {A} per year.")
    return probs, build


def t_backup(rng):
    par = rng.choice(PARENTS)
    d = F(rng.randrange(80, 165, 5))
    p = rng.choice([40, 50, 60, 70, 75, 80])
    nd = rng.randint(3, 12)
    probs = [
        f"{par}'s employer offers backup child care. The care center charges {pm(d)} per day, and the employer covers {p}% of the daily cost. If {par} uses backup care for {nd} days this year, how much does {par} pay out of pocket?",
        f"A backup care program costs {pm(d)} a day, with an employer subsidy of {p}%. {par} uses it {nd} days when the regular nanny is sick. What is {par}'s total out-of-pocket cost?",
        f"When their nanny is out, the {rng.choice(FAMS)}s use a backup daycare that charges {pm(d)} daily. {par}'s company pays {p}% of that. For {nd} days of backup care, how much does the family pay?",
    ]

    def build(B):
        Dn, P, N = B.num(d, "$"), B.num(p, "%"), B.num(nd, "days")
        B.given("Daily cost", Dn)
        B.given("Employer share", P)
        B.given("Days", N)
        s1 = B.comp(b("*", Dn, P), "Employer pays per day", "Find the employer's share per day", "$")
        s2 = B.comp(b("-", Dn, s1), "Parent pays per day", "Find the parent's share per day", "$")
        B.check(b("+", s2, s1), "$")
        s3 = B.comp(b("*", s2, N), "Parent's total", f"Multiply by {nd} days", "$")
        B.set_final(s3, lambda A: f"{par} pays {A} out of pocket.")
    return probs, build


def t_salary(rng):
    n = rng.choice(NAMES)
    S = F(rng.randrange(38000, 64001, 500))
    h = rng.randint(40, 50)
    q = F(rng.choice([19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, "22.50", "24.50", "26.50"]))
    probs = [
        f"{n} has two nanny job offers. Family A offers a salary of {pm(S)} per year for {h} hours a week. Family B offers {pm(q)} per hour for the same hours. Assuming {n} works 50 weeks a year, what is the difference in yearly pay between the offers?",
        f"A nanny can take a salaried job paying {pm(S)} a year or an hourly job paying {pm(q)}/hour. Either way she would work {h} hours per week for 50 weeks. How much more does the better offer pay per year?",
        f"One family offers {n} {pm(S)} annually; another offers {pm(q)} an hour. Both positions are {h} hours a week, 50 weeks a year. What is the salaried offer worth per hour, and by how many dollars per year do the offers differ?",
    ]

    def build(B):
        Sn, H, Q = B.num(S, "$"), B.num(h, "hours"), B.num(q, "$")
        B.given("Salary offer", Sn, " per year")
        B.given("Hourly offer", Q, " per hour")
        B.given("Schedule", ("txt", f"{h} hours/week, 50 weeks"))
        s1 = B.comp(b("*", H, B.num(50)), "Hours per year", "Find the hours per year", "hours")
        s2 = B.comp(b("/", Sn, s1), "Salary per hour", "Convert the salary to an hourly rate", "$")
        s3 = B.comp(b("*", Q, s1), "Hourly offer per year", "Find the yearly pay of the hourly offer", "$")
        if s3[1] == S:
            raise Bad("tie")
        hi, lo = (s3, Sn) if s3[1] > S else (Sn, s3)
        better = "hourly offer" if hi is s3 else "salaried offer"
        B.note(lambda M: f"The {better} pays more per year.")
        s4 = B.comp(b("-", hi, lo), "Yearly difference", "Find the yearly difference", "$")
        B.set_final(s4, lambda A: f"The {better} pays {A} more per year.")
    return probs, build


TEMPLATES = [("overtime_week", t_overtime), ("sitter_schedule", t_schedule), ("sibling_discount", t_sibling),
             ("late_pickup_blocks", t_late), ("nanny_share_split", t_share), ("care_tax_credit", t_credit),
             ("weekly_vs_monthly", t_weekmonth), ("shift_unpaid_break", t_shift), ("punch_card_roundup", t_punch),
             ("babysitting_savings", t_saving), ("extra_child_tip", t_extrakids), ("weekend_premium", t_weekend),
             ("annual_fees_per_day", t_fees), ("part_time_proration", t_parttime), ("nanny_payroll_tax", t_payroll),
             ("backup_care_subsidy", t_backup), ("salary_vs_hourly", t_salary)]

STYLES = ["gpt_md", "claude", "bullets", "prose", "latex_inline", "latex_display", "table", "terse", "gsm8k",
          "tutor", "llama"]


# ----------------------------------------------------------------------------- rendering
class Ctx:
    def __init__(self, pid):
        self.pid = pid

    def ch(self, tag, opts):
        return opts[random.Random(f"{self.pid}|{tag}").randrange(len(opts))]


def symbols(style, c):
    S = dict(mul="×", div="÷", sub="−", add="+", eq="=", approx="≈", money="$", commas=",", pct="%",
             money_ops=True, sp=" ", latex=False)
    if style == "gpt_md":
        S["sub"] = c.ch("g.sub", ["−", "-"])
    elif style == "bullets":
        S.update(mul=c.ch("b.mul", ["×", "x"]), div=c.ch("b.div", ["÷", "/"]), sub="-")
    elif style == "prose":
        S.update(div=c.ch("p.div", ["÷", "/"]), sub=c.ch("p.sub", ["−", "-"]), money_ops=c.ch("p.mo", [True, False]))
    elif style == "latex_inline":
        S.update(mul=c.ch("li.mul", [r"\times", r"\cdot"]), div=c.ch("li.div", ["frac", r"\div"]), sub="-",
                 approx=r"\approx", money=r"\$", commas=c.ch("li.c", ["{,}", ","]), pct=r"\%", latex=True)
    elif style == "latex_display":
        S.update(mul=r"\times", div=c.ch("ld.div", [r"\div", "frac"]), sub="-", approx=r"\approx", money=r"\$",
                 commas="{,}", pct=r"\%", latex=True)
    elif style == "table":
        S.update(sub=c.ch("t.sub", ["−", "-"]))
    elif style == "terse":
        S.update(mul=c.ch("te.mul", ["*", "×", "·", "x"]), div="/", sub="-", money_ops=c.ch("te.mo", [True, False]),
                 commas=c.ch("te.c", [",", ""]))
    elif style == "gsm8k":
        S.update(mul="*", div="/", sub="-", approx="=", commas="", pct="dec", money_ops=False, sp="")
    elif style == "tutor":
        S.update(mul="times", div="divided by", sub="minus", add="plus")
    elif style == "llama":
        S.update(mul=c.ch("l.mul", ["×", "*"]), div="/", sub="-")
    return S


def opsym(op, S):
    return {"+": S["add"], "-": S["sub"], "*": S["mul"], "/": S["div"]}[op]


def rx(e, S):
    t = e[0]
    if t in ("n", "r"):
        v, unit, dec = e[1], e[2], e[3]
        if unit == "%":
            if S["pct"] == "dec":
                x = v / 100
                return fmtnum(x, mindec(x, 6), "", "")
            return fmtnum(v, dec, "", "") + S["pct"]
        money = S["money"] if (unit == "$" and S["money_ops"]) else ""
        return fmtnum(v, dec, S["commas"], money)
    if t == "p":
        return "(" + rx(e[1], S) + ")"
    sp = S["sp"]
    if t == "b":
        op, x, y = e[1], e[2], e[3]
        if op == "/" and S["div"] == "frac":
            return r"\frac{%s}{%s}" % (rx(x, S), rx(y, S))
        if op == "*" and S["mul"] == "times" and y[0] == "n" and y[2] == "%":
            return f"{rx(y, S)} of {rx(x, S)}"
        return f"{rx(x, S)}{sp}{opsym(op, S)}{sp}{rx(y, S)}"
    if t == "c":
        return f"{sp}{opsym(e[1], S)}{sp}".join(rx(x, S) for x in e[2])
    raise ValueError(t)


def unitword(unit, v):
    if unit in ("", "$", "%"):
        return ""
    if v == 1:
        return {"children": "child"}.get(unit, unit[:-1] if unit.endswith("s") else unit)
    return unit


def fres(v, dec, unit, S, units=True, money=None):
    if unit == "$":
        m = S["money"] if money is None else money
        return fmtnum(v, dec, S["commas"], m)
    s = fmtnum(v, dec, S["commas"], "")
    u = unitword(unit, v)
    if units and u:
        if S["latex"]:
            s += r"\text{ %s}" % u
        else:
            s += " " + u
    return s


def eqs(it, S, bold=False, units=True, rel=None):
    lhs = rx(it["expr"], S)
    sp = S["sp"]
    s = lhs
    if it.get("mid"):
        s += f"{sp}={sp}{rx(mid(it['expr']), S)}"
    res = fres(it["written"], it["dec"], it["unit"], S, units)
    if bold:
        res = f"**{res}**"
    if rel is None:
        rel = S["approx"] if it["approx"] else S["eq"]
    return f"{s}{sp}{rel}{sp}{res}"


def check_eq(it, S):
    lhs = rx(it["expr"], S)
    res = fres(it["value"], it["dec"], it["unit"], S)
    return f"{lhs} = {res}"


def gval(g, S):
    label, node, suffix = g
    if node[0] == "txt":
        return node[1]
    if node[2] == "%":
        return fmtnum(node[1], node[3], "", "") + ("\\%" if S["latex"] else "%")
    if node[2] == "$":
        return fmtnum(node[1], node[3], ",", "$") + suffix
    return fmtnum(node[1], node[3], ",", "") + suffix


def plainM(v, unit, dec):
    if unit == "$":
        return fmtnum(v, dec, ",", "$")
    return fmtnum(v, dec, ",", "")


def src_txt(it, S):
    r = it["src"]
    return fmtnum(r[1], r[3], S["commas"] if not S["latex"] else ",", "")


def lc(s):
    return s[0].lower() + s[1:]


INTRO = ["Let's break this down.", "Let's break this down step by step.", "Let's solve this step by step.",
         "Let's work through it.", "Here's how to work it out.", "We can solve this in a few steps."]


class Lines:
    def __init__(self):
        self.lines = []
        self.comp_line = {}

    def add(self, text, comps=()):
        self.lines.append(text)
        for c in comps:
            self.comp_line[c] = len(self.lines) - 1


def render(style, B, ctx, final_str):
    S = symbols(style, ctx)
    L = Lines()
    ch = ctx.ch
    comps = [it for it in B.items if it["t"] == "comp"]
    fv, fu, fd, phrase = B.final
    A = plainM(fv, fu, fd) if fu == "$" else fmtnum(fv, fd, ",", "") + (" " + unitword(fu, fv) if unitword(fu, fv) else "")

    if style == "gpt_md":
        L.add(ch("intro", INTRO))
        L.add("")
        if ch("giv", [True, False]):
            L.add(ch("givh", ["**Given:**", "We know:", "From the problem:"]))
            for g in B.givens:
                L.add(f"- {g[0]}: {gval(g, S)}")
        k = 1
        for i, it in enumerate(B.items):
            if it["t"] == "comp":
                L.add("")
                L.add(f"### Step {k}: {it['title']}")
                k += 1
                form = ch(f"f{it['idx']}", [0, 0, 1])
                e = eqs(it, S, bold=True)
                L.add(e if form == 0 else f"{it['label']} = {e}", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"Since {it['reason']}, round up: {src_txt(it, S)} → **{fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}**.")
            elif it["t"] == "note":
                L.add(it["fn"](plainM))
            elif it["t"] == "check":
                L.add("")
                L.add(f"Check: {check_eq(it, S)} ✓")
        L.add("")
        L.add(ch("fin", ["### Final Answer", "### Final answer", "**Final Answer:**"]))
        L.add(phrase(f"**{A}**"))
    elif style == "claude":
        L.add(ch("intro", ["I'll work through this step by step.", "Let me work through this carefully.",
                           "I'll break this into steps.", "Let me set this up."]))
        L.add("")
        if ch("giv", [True, True, False]):
            L.add("**Given:**")
            for g in B.givens:
                L.add(f"- {g[0]}: {gval(g, S)}")
            L.add("")
        L.add(ch("calc", ["**Calculations:**", "**Working:**", "**Step by step:**"]))
        L.add("")
        for it in B.items:
            if it["t"] == "comp":
                L.add(f"**{it['label']}:** {eqs(it, S)}", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"**Rounded up:** {src_txt(it, S)} → {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])} ({it['reason']})")
            elif it["t"] == "note":
                L.add(it["fn"](plainM))
            elif it["t"] == "check":
                L.add(f"**Check:** {check_eq(it, S)} ✓")
        L.add("")
        L.add(phrase(f"**{A}**"))
    elif style == "bullets":
        L.add(ch("intro", ["Here's the breakdown:", "Breaking it down:", "Step by step:", "Let's break this down."]))
        L.add("")
        if ch("giv", [True, False]):
            L.add("- Given: " + "; ".join(f"{g[0].lower()} {gval(g, S)}" for g in B.givens))
        for it in B.items:
            if it["t"] == "comp":
                L.add(f"- {it['label']}: {eqs(it, S)}", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"  - Round up ({it['reason']}): {src_txt(it, S)} → {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}")
            elif it["t"] == "note":
                L.add(f"- {it['fn'](plainM)}")
            elif it["t"] == "check":
                L.add(f"- Check: {check_eq(it, S)} ✓")
        L.add("")
        L.add(phrase(A))
    elif style == "prose":
        L.add(ch("intro", INTRO) + " " + "Given: " + "; ".join(f"{g[0].lower()} {gval(g, S)}" for g in B.givens) + ".")
        L.add("")
        conns = ["First,", "Next,", "Then", "After that,", "Now", "Next,", "Then", "Finally,"]
        cur, cur_c, ncomp = [], [], 0
        per_par = ch("pp", [2, 3])
        checks = []
        for it in B.items:
            if it["t"] == "comp":
                conn = conns[min(ncomp, len(conns) - 1)] if ncomp < len(comps) - 1 or ncomp == 0 else "Finally,"
                if ch(f"pf{it['idx']}", [0, 1]) == 0:
                    cur.append(f"{conn} {lc(it['title'])}: {eqs(it, S)}.")
                else:
                    cur.append(f"{conn} for the {lc(it['label'])}, {eqs(it, S)}.")
                cur_c.append(it["idx"])
                ncomp += 1
            elif it["t"] == "roundup":
                cur.append(f"Because {it['reason']}, that rounds up to {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}.")
            elif it["t"] == "note":
                cur.append(it["fn"](plainM))
            elif it["t"] == "check":
                checks.append(f"Check: {check_eq(it, S)} ✓")
            if len(cur_c) >= per_par and it["t"] == "comp":
                nxt = B.items.index(it) + 1
                if nxt < len(B.items) and B.items[nxt]["t"] == "roundup":
                    continue
                L.add(" ".join(cur), cur_c)
                L.add("")
                cur, cur_c = [], []
        if cur:
            L.add(" ".join(cur), cur_c)
            L.add("")
        for c in checks:
            L.add(c)
            L.add("")
        L.add(phrase(A))
    elif style == "latex_inline":
        L.add(ch("intro", INTRO))
        k = 1
        hdr = ch("hdr", [0, 1])
        for it in B.items:
            if it["t"] == "comp":
                L.add("")
                L.add(f"**Step {k}: {it['title']}**" if hdr == 0 else f"{k}. **{it['title']}**")
                k += 1
                u = unitword(it["unit"], it["written"])
                e = eqs(it, S, units=False)
                if ch(f"li{it['idx']}", [0, 1]) == 0:
                    L.add(f"\\( {e} \\)" + (f" {u}" if u else ""), [it["idx"]])
                else:
                    L.add(f"{it['label']}: \\( {e} \\)" + (f" {u}" if u else "") + ".", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"Since {it['reason']}, round up: \\( {src_txt(it, S)} \\to {fmtnum(it['value'], 0)} \\) {unitword(it['unit'], it['value'])}.")
            elif it["t"] == "note":
                L.add(it["fn"](plainM))
            elif it["t"] == "check":
                L.add("")
                L.add(f"Check: \\( {check_eq(it, S)} \\) ✓")
        L.add("")
        L.add(phrase(A))
    elif style == "latex_display":
        L.add(ch("intro", INTRO))
        k = 1
        for it in B.items:
            if it["t"] == "comp":
                L.add("")
                L.add([f"**{k}. {it['title']}**", f"{it['title']}:", f"**{it['title']}**"][ch("ldh", [0, 1, 2])])
                k += 1
                e = eqs(it, S)
                if ch(f"ld{it['idx']}", [0, 0, 1]) == 0:
                    L.add("\\[")
                    L.add(e, [it["idx"]])
                    L.add("\\]")
                else:
                    L.add(f"\\[ {e} \\]", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"Since {it['reason']}, we round up to {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}.")
            elif it["t"] == "note":
                L.add(it["fn"](plainM))
            elif it["t"] == "check":
                L.add("")
                L.add(f"Check: \\( {check_eq(it, S)} \\) ✓")
        L.add("")
        L.add(phrase(A))
        if ch("box", [True, False]):
            L.add("")
            L.add("\\[ \\boxed{" + fmtnum(fv, fd, "{,}", "\\$" if fu == "$" else "") + "} \\]")
    elif style == "table":
        L.add(ch("intro", ["Let's organize the calculation in a table.", "Here is the calculation laid out step by step:",
                           "A table keeps the steps clear:"]))
        L.add("")
        L.add(ch("hd", ["| Quantity | Calculation | Result |", "| Step | Calculation | Result |"]))
        L.add("|---|---|---|")
        if ch("tg", [True, False]):
            for g in B.givens[:3]:
                L.add(f"| {g[0]} | given | {gval(g, S)} |")
        after = []
        for it in B.items:
            if it["t"] == "comp":
                lhs = rx(it["expr"], S)
                if it.get("mid"):
                    lhs += f" = {rx(mid(it['expr']), S)}"
                res = fres(it["written"], it["dec"], it["unit"], S)
                if it["approx"]:
                    res = "≈ " + res
                L.add(f"| {it['label']} | {lhs} | {res} |", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"| {it['unit'].capitalize()} (rounded up) | round {src_txt(it, S)} up | {fmtnum(it['value'], 0)} |")
            elif it["t"] == "note":
                after.append(it["fn"](plainM))
            elif it["t"] == "check":
                after.append(f"Check: {check_eq(it, S)} ✓")
        L.add("")
        for a in after:
            L.add(a)
        if after:
            L.add("")
        L.add(phrase(f"**{A}**"))
    elif style == "terse":
        if ch("sol", [True, False]):
            L.add("Solution:")
        for it in B.items:
            if it["t"] == "comp":
                L.add(f"{it['label']}: {eqs(it, S)}", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"{it['unit'].capitalize()} (round up): {src_txt(it, S)} → {fmtnum(it['value'], 0)}")
            elif it["t"] == "note":
                L.add(it["fn"](plainM))
            elif it["t"] == "check":
                L.add(f"Check: {check_eq(it, S)} ✓")
        L.add(f"Answer: {A}")
    elif style == "gsm8k":
        for it in B.items:
            if it["t"] == "comp":
                lhs = rx(it["expr"], S)
                res = fres(it["written"], it["dec"], it["unit"], S, units=False, money="")
                m = "$" if it["unit"] == "$" else ""
                u = unitword(it["unit"], it["written"])
                lead = ch(f"gl{it['idx']}", [f"{it['label']}:", f"The {lc(it['label'])} comes to",
                                             f"That makes the {lc(it['label'])}"])
                L.add(f"{lead} {lhs}={m}<<{lhs}={res}>>{res}" + (f" {u}" if u else "") + ".", [it["idx"]])
            elif it["t"] == "roundup":
                L.add(f"Since {it['reason']}, that rounds up to {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}.")
            elif it["t"] == "note":
                L.add(it["fn"](lambda v, u, d: fmtnum(v, d, "", "$" if u == "$" else "")))
    elif style == "tutor":
        L.add(ch("intro", ["Great question! Let's figure this out together.", "Let's work through this one together!",
                           "Good problem! Let's take it one step at a time.", "Sure! Let's go step by step."]))
        L.add("")
        starts = ["First, let's", "Next, let's", "Now let's", "Then we", "After that, we", "Now we", "Next we"]
        nc = 0
        for it in B.items:
            if it["t"] == "comp":
                st = starts[min(nc, len(starts) - 1)] if nc < len(comps) - 1 or nc == 0 else "Finally, let's"
                nc += 1
                conn = ch(f"tc{it['idx']}", ["equals", "is", "gives us", ", which gives us"]) if not it["approx"] else \
                    ch(f"ta{it['idx']}", ["is about", "is roughly", "comes to about"])
                e = eqs(it, S, rel=conn).replace(" , which", ", which")
                L.add(f"{st} {lc(it['title'])}. {ch('ts' + str(it['idx']), ['So', 'We do', 'That means', 'So'])} {e}.", [it["idx"]])
                L.add("")
            elif it["t"] == "roundup":
                L.lines.pop()
                L.lines[-1] += f" But {it['reason']}, so we round up to {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}."
                L.add("")
            elif it["t"] == "note":
                L.add(it["fn"](plainM))
                L.add("")
            elif it["t"] == "check":
                e = check_eq(it, S).replace(" = ", " equals ")
                L.add(f"Let's double-check: {e}. ✓")
                L.add("")
        L.add(phrase(A) + " " + ch("cheer", ["Nice work!", "Great job following along!", "You've got it!", ""]))
        L.lines[-1] = L.lines[-1].rstrip()
    elif style == "llama":
        k = 1
        for it in B.items:
            if it["t"] == "comp":
                if k > 1:
                    L.add("")
                L.add(f"## Step {k}: {it['title']}")
                k += 1
                lead = ch(f"ll{it['idx']}", [f"The {lc(it['label'])} is", f"To get the {lc(it['label'])}, we calculate",
                                             "This gives", f"{it['label']} ="])
                L.add(f"{lead} {eqs(it, S)}.", [it["idx"]])
            elif it["t"] == "roundup":
                L.lines[-1] += f" Since {it['reason']}, we round up to {fmtnum(it['value'], 0)} {unitword(it['unit'], it['value'])}."
            elif it["t"] == "note":
                if L.lines:
                    L.lines[-1] += " " + it["fn"](plainM)
                else:
                    L.add(it["fn"](plainM))
                    L.add("")
            elif it["t"] == "check":
                L.add(f"Check: {check_eq(it, S)} ✓")
        L.add("")
        L.add(f"The final answer is: $\\boxed{{{final_str}}}$")
    else:
        raise ValueError(style)
    return L


# ----------------------------------------------------------------------------- faults
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]


def wrong_candidates(kind, it):
    r, dec = it["right"], it["dec"]
    s = fmtnum(r, dec, "", "")
    ip = s.split(".")[0]
    fp = s[len(ip):]
    c = []
    if kind == "off_by_one":
        c = [r + 1, r - 1]
    elif kind == "off_by_ten":
        c = [r + 10, r - 10]
    elif kind == "swap_digits":
        for i in range(len(s) - 1):
            if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if not (t[0] == "0" and len(t.split(".")[0]) > 1):
                    c.append(Fr(t))
    elif kind == "drop_digit":
        if len(ip) >= 2:
            for i in range(len(ip)):
                t = ip[:i] + ip[i + 1:]
                if t[0] != "0":
                    c.append(Fr(t + fp))
    elif kind == "double_digit":
        if ip != "0":
            for i in range(len(ip)):
                c.append(Fr(ip[:i + 1] + ip[i] + ip[i + 1:] + fp))
    elif kind == "wrong_op":
        e = it["expr"]
        if e[0] == "b" and e[2][0] in ("n", "r") and e[3][0] in ("n", "r"):
            x, y = ev(e[2]), ev(e[3])
            for op in "+-*/":
                if op != e[1]:
                    try:
                        c.append(rhu(apply(op, x, y), dec))
                    except Bad:
                        pass
    elif kind == "decimal_shift":
        c = [v for v in (r * 10, r / 10) if rep(v, dec)]
    out = []
    for v in c:
        if v > 0 and v != r and v not in out and rep(v, dec):
            out.append(v)
    return out


def build_all(build, fault=None):
    B = Builder(fault)
    build(B)
    return B


def final_string(B):
    fv, fu, fd, _ = B.final
    return fmtnum(fv, fd, "", "")


def assemble(L):
    text = "\n".join(L.lines)
    offs, o = [], 0
    for ln in L.lines:
        offs.append(o)
        o += len(ln) + 1
    return text, offs


def make_problem(pid, tname, tfun, style, rng):
    probs, build = tfun(rng)
    problem = probs[rng.randrange(len(probs))]
    B0 = build_all(build)
    comps = [it for it in B0.items if it["t"] == "comp"]
    if not (2 <= len(comps) <= 8):
        raise Bad("ncomp")
    ctx = Ctx(pid)
    gold = final_string(B0)
    L0 = render(style, B0, ctx, gold)
    sol0, offs0 = assemble(L0)
    rows = []
    base = dict(pid=pid, template=tname, style=style, problem=problem)
    corr = dict(base, variant="correct", solution=sol0 + f"\n\n#### {gold}", final=gold)
    rows.append(corr)
    kinds = KINDS[:]
    for mode in ("slip", "carry"):
        pairs = []
        ks = kinds[:]
        rng.shuffle(ks)
        steps = [it for it in comps if not (mode == "slip" and it["no_slip"])]
        steps = steps[:]
        rng.shuffle(steps)
        for kd in ks:
            for it in steps:
                pairs.append((it, kd))
        done = False
        for it, kd in pairs:
            cands = wrong_candidates(kd, it)
            rng.shuffle(cands)
            for w in cands:
                try:
                    B1 = build_all(build, (it["idx"], mode, w))
                except Bad:
                    continue
                fs = final_string(B1)
                if mode == "carry" and fs == gold:
                    continue
                if mode == "slip" and fs != gold:
                    continue
                L1 = render(style, B1, ctx, fs)
                sol1, offs1 = assemble(L1)
                li = L1.comp_line[it["idx"]]
                span = [offs1[li], offs1[li] + len(L1.lines[li])]
                rows.append(dict(base, variant=mode, solution=sol1 + f"\n\n#### {fs}", final=gold, span=span,
                                 wrong=fmtnum(w, it["dec"], "", ""), right=fmtnum(it["right"], it["dec"], "", ""),
                                 step=it["idx"] + 1, kind=kd))
                done = True
                break
            if done:
                break
        if not done:
            raise Bad("no fault for " + mode)
        kinds = kinds[1:] + kinds[:1]
    # loop
    lines = L0.lines
    comp_lines = sorted(set(L0.comp_line.values()))
    want_partial = rng.random() < 0.4
    for _ in range(50):
        li = rng.choice(comp_lines)
        u = rng.choice([1, 2, 3])
        u = min(u, li + 1)
        while u > 1 and lines[li - u + 1].strip() == "":
            u -= 1
        unit = lines[li - u + 1: li + 1]
        first = unit[0]
        pd = next((i for i, ch_ in enumerate(first) if ch_.isdigit()), len(first))
        if want_partial and pd < 4:
            continue
        break
    reps = rng.randint(8, 30)
    before = "\n".join(lines[:li + 1])
    unit_txt = "\n".join(unit)
    text = before + ("\n" + unit_txt) * (reps - 1)
    start = len(before) + 1
    span = [start, start + len(unit_txt)]
    if want_partial and pd >= 4:
        cut = rng.randint(3, pd if pd < len(first) else len(first) - 1)
        text += "\n" + first[:cut]
    rows.append(dict(base, variant="loop", solution=text, final=gold, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--per-template", type=int, default=38)
    a = ap.parse_args()
    out = []
    for ti, (tname, tfun) in enumerate(TEMPLATES):
        made = 0
        attempt = 0
        while made < a.per_template:
            rng = random.Random(f"{SEED}|{tname}|{made}|{attempt}")
            style = STYLES[(made + ti * 3) % len(STYLES)]
            pid = f"cc{ti + 1:02d}-{made + 1:03d}"
            try:
                rows = make_problem(pid, tname, tfun, style, rng)
            except Bad:
                attempt += 1
                continue
            out.extend(rows)
            made += 1
            attempt = 0
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows ({len(out) // 4} problems) to {a.out}")


if __name__ == "__main__":
    main()
