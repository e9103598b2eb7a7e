#!/usr/bin/env python3
"""Generate a held-out evaluation set of model-like worked solutions to
irrigation / water-use / water-bill word problems, with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: every random choice comes from random.Random seeded with strings.
Standard library only (Python 3.11).
"""
import argparse
import json
import math
import random
from fractions import Fraction as F

SEED = "mcrgen-eval118-irrigation-v1"
PER_TEMPLATE = 32          # 19 templates x 32 = 608 problems, 2432 rows
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
         "double_digit", "wrong_op", "decimal_shift"]


class Reject(Exception):
    pass


# ----------------------------------------------------------------- numbers
def D(x):
    return F(str(x))


def ndec(v, lim=6):
    for d in range(lim + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rnd(v, d):
    """Round half-up (values here are positive) to d decimals."""
    return F(math.floor(v * 10 ** d + F(1, 2)), 10 ** d)


def plain(v, d):
    n = v * 10 ** d
    assert n.denominator == 1, (v, d)
    n = int(n)
    assert n >= 0
    s = str(n).rjust(d + 1, "0")
    return s[:-d] + "." + s[-d:] if d else s


def group(s, sep):
    if not sep:
        return s
    ip, dot, fp = s.partition(".")
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts) + (dot + fp)


def tnum(v):
    """Number as written in problem text."""
    v = D(v) if not isinstance(v, F) else v
    return group(plain(v, ndec(v)), ",")


def tmoney(v):
    v = D(v) if not isinstance(v, F) else v
    return "$" + group(plain(v, 2), ",")


# ----------------------------------------------------------------- expressions
class Q:
    """A written quantity: value v (as written), shadow x (unrounded truth)."""

    def __init__(self, v, d=None, money=False, pct=False, unit=None, x=None):
        self.v = v if isinstance(v, F) else D(v)
        self.x = self.v if x is None else x
        if d is None:
            d = ndec(self.v * 100 if pct else self.v)
        if money:
            d = max(d, 2)
        self.d, self.money, self.pct, self.unit = d, money, pct, unit


class Op:
    def __init__(self, op, a, b, of=False):
        self.op, self.a, self.b, self.of = op, a, b, of


def N(v, unit=None):
    return Q(D(v), unit=unit)


def M(v):
    return Q(D(v), money=True)


def PCT(p):
    return Q(D(p) / 100, pct=True)


def fold(op, xs):
    n = xs[0]
    for x in xs[1:]:
        n = Op(op, n, x)
    return n


def mul(*xs):
    return fold("*", xs)


def add(*xs):
    return fold("+", xs)


def sub(a, b):
    return Op("-", a, b)


def div(a, b):
    return Op("/", a, b)


def ev(n, attr="v"):
    if isinstance(n, Q):
        return getattr(n, attr)
    a, b = ev(n.a, attr), ev(n.b, attr)
    if n.op == "+":
        return a + b
    if n.op == "-":
        return a - b
    if n.op == "*":
        return a * b
    if b == 0:
        raise Reject("div0")
    return a / b


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def neutral_tokens(n):
    """Token list (Fractions, op chars, parens) as the expression is written."""
    if isinstance(n, Q):
        return [n.v]
    a, b = neutral_tokens(n.a), neutral_tokens(n.b)
    if isinstance(n.a, Op) and PREC[n.a.op] < PREC[n.op]:
        a = ["("] + a + [")"]
    if isinstance(n.b, Op) and (PREC[n.b.op] < PREC[n.op] or
                                (PREC[n.b.op] == PREC[n.op] and n.op in "-/")):
        b = ["("] + b + [")"]
    return a + [n.op] + b


def eval_tokens(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = expr()
            pos[0] += 1
            return v
        return t

    def term():
        v = atom()
        while peek() in ("*", "/"):
            o = peek()
            pos[0] += 1
            w = atom()
            if o == "*":
                v = v * w
            else:
                if w == 0:
                    return None
                v = v / w
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            o = peek()
            pos[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    try:
        return expr()
    except TypeError:
        return None


def chain_reduce(n):
    """E' of a chain 'E = E' = r': children of the top op evaluated."""
    def lf(c):
        if isinstance(c, Q):
            return c
        v = ev(c)
        d = ndec(v, 4)
        if d is None:
            raise Reject("chain")
        return Q(v, d)
    return Op(n.op, lf(n.a), lf(n.b))


# ----------------------------------------------------------------- solver
class Solver:
    def __init__(self, ov=None):
        self.items = []
        self.ncomp = 0
        self.ov = ov or {}

    def calc(self, key, expr, d=None, money=False, pctsign=False, chain=False,
             maxd=2, u=None):
        exact = ev(expr)
        shadow = ev(expr, "x")
        if exact <= 0:
            raise Reject("nonpositive")
        if money:
            dd = 2
            r = rnd(exact, 2)
            approx = r != exact
        else:
            lim = maxd if d is None else d
            nd = ndec(exact, lim)
            if nd is not None:
                r, dd, approx = exact, nd, False
            else:
                dd = lim
                r = rnd(exact, dd)
                approx = True
        if r <= 0:
            raise Reject("rounded to zero")
        idx = self.ncomp
        self.ncomp += 1
        it = dict(type="calc", key=key, expr=expr, exact=exact, r=r, d=dd,
                  approx=approx, money=money, pctsign=pctsign, chain=chain,
                  idx=idx, rs=plain(r, dd), shown=plain(r, dd))
        if chain:
            it["expr2"] = chain_reduce(expr)
        out = Q(r, dd, money=money, unit=u, x=shadow)
        if idx in self.ov:
            ws, carry = self.ov[idx]
            it["shown"] = ws
            it["faulted"] = True
            if carry:
                wv = D(ws)
                out = Q(wv, ndec(wv), money=money, unit=u, x=wv)
        self.items.append(it)
        return out

    def ceil(self, key, q):
        if q.v.denominator == 1:
            raise Reject("ceil of integer")
        c = F(math.ceil(q.v))
        self.items.append(dict(type="ceil", key=key, src=q, r=c))
        return Q(c, 0, x=F(math.ceil(q.x)))

    def check_last(self):
        last = [it for it in self.items if it["type"] == "calc"][-1]
        if last["approx"]:
            raise Reject("check impossible")
        e = last["expr"]
        T = Q(last["r"], last["d"], money=last["money"])
        if e.op == "+":
            terms = []
            n = e
            while isinstance(n, Op) and n.op == "+":
                terms.insert(0, n.b)
                n = n.a
            terms.insert(0, n)
            ce = T
            for t in reversed(terms[1:]):
                ce = Op("-", ce, t)
            target = terms[0]
        elif e.op == "-":
            ce, target = Op("+", T, e.b), e.a
        elif e.op == "*":
            ce, target = Op("/", T, e.b), e.a
        else:
            ce, target = Op("*", T, e.b), e.a
        if isinstance(target, Op) or isinstance(e.b, Op):
            raise Reject("check needs leaf operands")
        val = ev(ce)
        if val != target.v:
            raise Reject("check mismatch")
        idx = self.ncomp
        self.ncomp += 1
        self.items.append(dict(type="check", expr=ce, r=val, d=target.d,
                               money=target.money, idx=idx, rs=plain(val, target.d),
                               shown=plain(val, target.d), approx=False,
                               pctsign=False, chain=False, checked=last["idx"]))


# ----------------------------------------------------------------- people
PEOPLE = [("Maria", "she", "her"), ("James", "he", "his"), ("Priya", "she", "her"),
          ("Tom", "he", "his"), ("Aisha", "she", "her"), ("Carlos", "he", "his"),
          ("Mei", "she", "her"), ("Sam", "he", "his"), ("Elena", "she", "her"),
          ("David", "he", "his"), ("Grace", "she", "her"), ("Omar", "he", "his"),
          ("Lena", "she", "her"), ("Raj", "he", "his"), ("Hannah", "she", "her"),
          ("Luis", "he", "his")]
FAMILIES = ["Garcia", "Nguyen", "Patel", "Johnson", "Okafor", "Smith", "Lee",
            "Rossi", "Kim", "Brown", "Haddad", "Novak"]


def cents_range(r, lo, hi, step=1):
    """Random money amount in [lo, hi] dollars, multiple of step cents."""
    a, b = int(round(lo * 100)), int(round(hi * 100))
    v = r.randrange(a, b + 1, step)
    return F(v, 100)


def person(r):
    n, s, p = r.choice(PEOPLE)
    return {"name": n, "he": s, "his": p, "He": s.capitalize(), "His": p.capitalize()}


# ----------------------------------------------------------------- templates
# Each template: draw(r) -> (P raw, T text dict); texts; steps {key: (label, lead, unit)};
# solve(S, P) -> final Q; closings; ans(final) -> text; check (bool: final is checkable)
TEMPLATES = []


def template(**kw):
    TEMPLATES.append(kw)


# 1 -------------------------------------------------------------------------
def draw_sprinkler(r):
    P = dict(gpm=D(r.choice([2.5, 3, 3.5, 4, 4.5, 5, 6, 7.5, 8])),
             mins=r.choice([15, 20, 25, 30, 35, 40, 45]), runs=r.choice([2, 3, 4]),
             weeks=r.choice([8, 10, 12, 13, 14, 16]), rate=cents_range(r, 2.85, 6.40, 5))
    T = dict(person(r), gpm=tnum(P["gpm"]), mins=P["mins"], runs=P["runs"],
             weeks=P["weeks"], rate=tmoney(P["rate"]))
    return P, T


def solve_sprinkler(S, P):
    a = S.calc("per_run", mul(N(P["gpm"], "gal/min"), N(P["mins"], "min")), u="gal")
    b = S.calc("weekly", mul(a, N(P["runs"], "runs")), u="gal")
    c = S.calc("season", mul(b, N(P["weeks"], "weeks")), u="gal")
    return S.calc("cost", mul(div(c, N(1000)), M(P["rate"])), money=True)


template(
    name="sprinkler_season_cost", draw=draw_sprinkler, solve=solve_sprinkler,
    texts=[
        "A lawn sprinkler puts out {gpm} gallons per minute. {name} runs it for {mins} minutes at a time, {runs} times a week, for {weeks} weeks this summer. Water costs {rate} per 1,000 gallons. How much does the sprinkling cost over the summer, to the nearest cent?",
        "{name}'s sprinkler system uses {gpm} gallons of water every minute it runs. Each watering lasts {mins} minutes, and the system waters {runs} times per week. If the city charges {rate} for every 1,000 gallons, what does {he} pay for sprinkler water over {weeks} weeks? Round to the nearest cent.",
        "An oscillating sprinkler uses {gpm} gal/min. It runs {mins} minutes per session and {runs} sessions per week for a {weeks}-week season. At {rate} per thousand gallons, what is the season's sprinkler water cost (nearest cent)?",
    ],
    steps=dict(per_run=("Water per run", "each run uses", "gallons"),
               weekly=("Weekly water use", "each week uses", "gallons"),
               season=("Water for the season", "the whole season uses", "gallons"),
               cost=("Cost of the water", "the cost is", "")),
    closings=["So the sprinkling costs {ans} for the season.",
              "The season's sprinkler water comes to {ans}.",
              "That means the summer of watering costs about {ans}."],
    ans_unit="")


# 2 -------------------------------------------------------------------------
def draw_drip_spray(r):
    n = r.randrange(18, 81)
    gph = D(r.choice([0.5, 1, 2]))
    hours = D(r.choice([0.5, 1, 1.5, 2]))
    drip = n * gph * hours * 30
    spray = F(math.ceil(drip * D(r.choice([1.5, 1.8, 2.2, 2.5, 3, 3.5])) / 100) * 100)
    P = dict(n=n, gph=gph, hours=hours, spray=spray)
    T = dict(person(r), n=n, gph=tnum(gph), hours=tnum(hours), spray=tnum(spray))
    return P, T


def solve_drip_spray(S, P):
    a = S.calc("hourly", mul(N(P["n"], "emitters"), N(P["gph"], "gal/hr")), u="gal/hr")
    b = S.calc("daily", mul(a, N(P["hours"], "hr")), u="gal")
    c = S.calc("monthly", mul(b, N(30, "days")), u="gal")
    s = S.calc("saved", sub(N(P["spray"], "gal"), c), u="gal")
    return S.calc("pct", mul(div(s, N(P["spray"])), N(100)), d=1, pctsign=True)


template(
    name="drip_vs_spray_percent", draw=draw_drip_spray, solve=solve_drip_spray,
    texts=[
        "A vegetable bed has {n} drip emitters, each delivering {gph} gallons per hour. The drip system runs {hours} hours a day for 30 days. Before the switch, the spray heads on the same bed used {spray} gallons a month. What percent of the water does the drip system save? Round to the nearest tenth of a percent.",
        "{name} replaced the spray heads in {his} garden with {n} drip emitters rated at {gph} gallons per hour. The drip line runs {hours} hours every day. The spray heads used to use {spray} gallons over a 30-day month. To the nearest tenth of a percent, by what percent did {his} monthly garden water use drop?",
        "Spray irrigation on a flower bed used {spray} gallons per 30-day month. The new drip setup has {n} emitters at {gph} gal/hr each and runs {hours} hours per day. What percentage of water is saved each month? (Round to one decimal place.)",
    ],
    steps=dict(hourly=("Drip flow per hour", "the emitters deliver", "gallons per hour"),
               daily=("Drip water per day", "each day uses", "gallons"),
               monthly=("Drip water per month", "a 30-day month uses", "gallons"),
               saved=("Water saved per month", "the savings are", "gallons"),
               pct=("Percent saved", "the percent saved is", "")),
    closings=["So the drip system saves about {ans} of the water.",
              "The switch to drip cuts monthly water use by about {ans}.",
              "That's a savings of roughly {ans}."],
    ans_unit="%")


# 3 -------------------------------------------------------------------------
def draw_roof(r):
    P = dict(area=r.randrange(600, 2401, 50), rain=D(r.choice([0.5, 0.75, 1, 1.25, 1.5, 2, 2.5])),
             eff=r.choice([75, 80, 85, 90, 95]), barrel=r.choice([50, 55, 60]))
    T = dict(person(r), area=tnum(P["area"]), rain=tnum(P["rain"]), eff=P["eff"], barrel=P["barrel"])
    return P, T


def solve_roof(S, P):
    g = S.calc("raw", mul(N(P["area"], "sq ft"), N(P["rain"], "in"), N("0.623")), maxd=1, u="gal")
    c = S.calc("captured", mul(g, PCT(P["eff"])), maxd=1, u="gal")
    b = S.calc("barrels", div(c, N(P["barrel"], "gal")), d=2)
    return S.ceil("barrels_up", b)


template(
    name="roof_rain_barrels", draw=draw_roof, solve=solve_roof,
    texts=[
        "{name}'s roof covers {area} square feet. Each inch of rain on one square foot of roof yields 0.623 gallons of water, and {his} gutters capture {eff}% of it. After a {rain}-inch storm, how many {barrel}-gallon rain barrels would {he} need to store all the captured water?",
        "A storm drops {rain} inches of rain on a {area}-square-foot roof. One inch of rain on a square foot produces 0.623 gallons, but only {eff}% of the runoff reaches the downspout. How many {barrel}-gallon barrels are needed to hold it all?",
        "Rainwater harvesting: a shed roof of {area} sq ft, a rainfall of {rain} in, 0.623 gallons per square foot per inch, and a collection efficiency of {eff}%. How many {barrel}-gallon rain barrels does the owner need so that none of the collected water overflows?",
    ],
    steps=dict(raw=("Rain falling on the roof", "the roof receives", "gallons"),
               captured=("Water captured", "the gutters capture", "gallons"),
               barrels=("Barrels needed", "the number of barrels is", "barrels"),
               barrels_up=("Whole barrels", "", "barrels")),
    closings=["So {ans} barrels are needed to hold all the water.",
              "{ans} rain barrels will hold everything the gutters collect.",
              "The answer is {ans} barrels."],
    ans_unit="barrels")


# 4 -------------------------------------------------------------------------
def draw_leak_year(r):
    while True:
        P = dict(leak=r.choice([15, 18, 20, 22, 24, 26, 30, 35, 40, 45, 48, 55, 60, 75, 90, 110, 140, 200]),
                 rate=cents_range(r, 3.50, 9.25), fix=D(r.choice(["4.99", "6.49", "7.50", "9.98", "12.95", "18.00", "24.50"])))
        if P["leak"] * 365 * P["rate"] / 1000 > P["fix"] + 2:
            break
    T = dict(person(r), leak=P["leak"], rate=tmoney(P["rate"]), fix=tmoney(P["fix"]))
    return P, T


def solve_leak_year(S, P):
    y = S.calc("yearly", mul(N(P["leak"], "gal/day"), N(365, "days")), u="gal")
    c = S.calc("cost", mul(div(y, N(1000)), M(P["rate"])), money=True)
    return S.calc("net", sub(c, M(P["fix"])), money=True)


template(
    name="toilet_leak_year_savings", draw=draw_leak_year, solve=solve_leak_year,
    texts=[
        "A running toilet wastes {leak} gallons of water a day. Water costs {rate} per 1,000 gallons, and a replacement flapper costs {fix}. If {name} fixes the leak, how much money does {he} save over a year (365 days) after paying for the part? Round to the nearest cent.",
        "{name} discovers that {his} toilet leaks about {leak} gallons per day. {His} utility charges {rate} per thousand gallons. A repair kit costs {fix}. Over 365 days, what are {his} net savings from fixing the leak, to the nearest cent?",
        "A leak wastes {leak} gallons daily. The water rate is {rate} per 1,000 gallons and the fix costs {fix}. How much is saved in the first year (365 days) once the cost of the fix is subtracted? Give the answer to the nearest cent.",
    ],
    steps=dict(yearly=("Water wasted in a year", "a year of leaking wastes", "gallons"),
               cost=("Cost of the wasted water", "that water costs", ""),
               net=("Net savings", "the net savings are", "")),
    closings=["Fixing the leak saves {ans} in the first year.",
              "So the net savings come to {ans}.",
              "After paying for the part, the savings are {ans}."],
    ans_unit="", check=True)


# 5 -------------------------------------------------------------------------
def draw_tier2(r):
    L = r.choice([4000, 5000, 6000])
    U = r.randrange(L + 1200, 19801, 100)
    r1 = cents_range(r, 2.40, 4.60)
    r2 = r1 + cents_range(r, 0.70, 2.60, 10)
    r2 = F(math.floor(r2 * 10), 10)
    base = D(r.choice(["8.50", "10.00", "12.25", "14.75", "15.00", "18.40", "21.30"]))
    P = dict(L=L, U=U, r1=r1, r2=r2, base=base)
    T = dict(person(r), fam=r.choice(FAMILIES), L=tnum(L), U=tnum(U), r1=tmoney(r1),
             r2=tmoney(r2), base=tmoney(base))
    return P, T


def solve_tier2(S, P):
    t1 = S.calc("t1", mul(N(P["L"] // 1000), M(P["r1"])), money=True)
    over = S.calc("over", sub(N(P["U"], "gal"), N(P["L"], "gal")), u="gal")
    ok = S.calc("overk", div(over, N(1000)), maxd=3)
    t2 = S.calc("t2", mul(ok, M(P["r2"])), money=True)
    return S.calc("total", add(M(P["base"]), t1, t2), money=True)


template(
    name="two_tier_bill", draw=draw_tier2, solve=solve_tier2,
    texts=[
        "The city bills water in two tiers: the first {L} gallons cost {r1} per 1,000 gallons, and every gallon above that costs {r2} per 1,000 gallons. There is also a {base} monthly service charge. The {fam} family used {U} gallons last month. What was their water bill?",
        "{name}'s water utility charges {r1} per 1,000 gallons for the first {L} gallons and {r2} per 1,000 gallons for everything beyond that, plus a fixed {base} meter fee. {His} meter shows {U} gallons for the month. How much is the bill?",
        "Tiered water pricing: Tier 1 covers the first {L} gallons at {r1} per thousand gallons; Tier 2 covers all additional use at {r2} per thousand. A base charge of {base} is added each month. Find the total bill for a month in which a home used {U} gallons.",
    ],
    steps=dict(t1=("Tier 1 charge", "the first tier costs", ""),
               over=("Gallons in Tier 2", "the usage above the first tier is", "gallons"),
               overk=("Tier 2 usage in thousands", "in thousands of gallons that is", "thousand gallons"),
               t2=("Tier 2 charge", "the second tier costs", ""),
               total=("Total bill", "the total bill is", "")),
    closings=["The water bill for the month is {ans}.",
              "So the total bill comes to {ans}.",
              "Adding everything up, the bill is {ans}."],
    ans_unit="", check=True)


# 6 -------------------------------------------------------------------------
def draw_tier3(r):
    a = r.choice([2000, 3000, 4000])
    w = r.choice([4000, 5000, 6000])
    U = r.randrange(a + w + 800, 26001, 100)
    r1 = cents_range(r, 1.80, 3.40)
    r2 = r1 + cents_range(r, 0.55, 1.60)
    r3 = F(math.floor((r2 + cents_range(r, 0.80, 3.00)) * 10), 10)
    P = dict(a=a, w=w, U=U, r1=r1, r2=r2, r3=r3)
    T = dict(person(r), fam=r.choice(FAMILIES), a=tnum(a), w=tnum(w), b=tnum(a + w), U=tnum(U),
             r1=tmoney(r1), r2=tmoney(r2), r3=tmoney(r3))
    return P, T


def solve_tier3(S, P):
    t1 = S.calc("t1", mul(N(P["a"] // 1000), M(P["r1"])), money=True)
    t2 = S.calc("t2", mul(N(P["w"] // 1000), M(P["r2"])), money=True)
    over = S.calc("over", sub(N(P["U"], "gal"), N(P["a"] + P["w"], "gal")), u="gal")
    ok = S.calc("overk", div(over, N(1000)), maxd=3)
    t3 = S.calc("t3", mul(ok, M(P["r3"])), money=True)
    return S.calc("total", add(t1, t2, t3), money=True)


template(
    name="three_tier_bill", draw=draw_tier3, solve=solve_tier3,
    texts=[
        "A water district uses three price tiers each month: the first {a} gallons at {r1} per 1,000 gallons, the next {w} gallons at {r2} per 1,000 gallons, and anything over {b} gallons at {r3} per 1,000 gallons. The {fam} household used {U} gallons in August. What is their water charge?",
        "{name} used {U} gallons of water last month. {His} city charges {r1} per thousand gallons for the first {a} gallons, {r2} per thousand for the next {w} gallons, and {r3} per thousand for all use above {b} gallons. How much does {he} owe for the water?",
        "Rates per 1,000 gallons: Tier 1 (first {a} gal) {r1}; Tier 2 (next {w} gal) {r2}; Tier 3 (above {b} gal) {r3}. What is the usage charge for {U} gallons?",
    ],
    steps=dict(t1=("Tier 1 charge", "the first tier costs", ""),
               t2=("Tier 2 charge", "the second tier costs", ""),
               over=("Gallons in Tier 3", "the use above the second tier is", "gallons"),
               overk=("Tier 3 usage in thousands", "in thousands that is", "thousand gallons"),
               t3=("Tier 3 charge", "the third tier costs", ""),
               total=("Total water charge", "the total charge is", "")),
    closings=["The water charge for the month is {ans}.",
              "So the household owes {ans} for the water.",
              "Altogether the usage charge is {ans}."],
    ans_unit="", check=True)


# 7 -------------------------------------------------------------------------
def draw_acre_inch(r):
    P = dict(acres=D(r.choice([1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12])),
             inches=D(r.choice([0.5, 0.75, 1, 1.25, 1.5, 2])),
             gpm=r.choice([200, 250, 300, 400, 450, 500, 600, 750, 800, 900]))
    T = dict(person(r), acres=tnum(P["acres"]), inches=tnum(P["inches"]), gpm=P["gpm"])
    return P, T


def solve_acre_inch(S, P):
    ai = S.calc("ai", mul(N(P["acres"], "acres"), N(P["inches"], "in")), maxd=3, u="acre-in")
    g = S.calc("gal", mul(ai, N(27154, "gal")), d=0, u="gal")
    m = S.calc("minutes", div(g, N(P["gpm"], "gal/min")), d=1, u="min")
    return S.calc("hours", div(m, N(60)), d=1)


template(
    name="acre_inch_pump_hours", draw=draw_acre_inch, solve=solve_acre_inch,
    texts=[
        "A farmer wants to apply {inches} inches of water to a {acres}-acre field. One acre-inch of water is 27,154 gallons. If the well pump delivers {gpm} gallons per minute, how many hours must it run? Round to the nearest tenth of an hour.",
        "{name} irrigates a {acres}-acre pasture with {inches} inches of water. Using 27,154 gallons per acre-inch and a pump rate of {gpm} gal/min, about how long will the irrigation take, in hours (to the nearest tenth)?",
        "An orchard block covers {acres} acres and needs a {inches}-inch irrigation. The pump moves {gpm} gallons per minute, and 1 acre-inch = 27,154 gallons. How many hours of pumping are needed? Give your answer to one decimal place.",
    ],
    steps=dict(ai=("Acre-inches needed", "the field needs", "acre-inches"),
               gal=("Gallons needed", "in gallons that is", "gallons"),
               minutes=("Pumping time in minutes", "the pump needs", "minutes"),
               hours=("Pumping time in hours", "in hours that is", "hours")),
    closings=["So the pump needs to run about {ans}.",
              "The irrigation takes roughly {ans} of pumping.",
              "That works out to about {ans}."],
    ans_unit="hours")


# 8 -------------------------------------------------------------------------
def draw_pond(r):
    P = dict(af=D(r.choice([1.5, 2, 2.5, 3, 3.5, 4, 5])), p=r.choice([70, 75, 80, 85, 90]),
             daily=r.randrange(12000, 45001, 500))
    T = dict(person(r), af=tnum(P["af"]), p=P["p"], daily=tnum(P["daily"]))
    return P, T


def solve_pond(S, P):
    g = S.calc("gal", mul(N(P["af"], "acre-ft"), N(325851, "gal")), d=0, u="gal")
    u = S.calc("usable", mul(g, PCT(P["p"])), d=0, u="gal")
    return S.calc("days", div(u, N(P["daily"], "gal/day")), d=1)


template(
    name="acre_feet_pond_days", draw=draw_pond, solve=solve_pond,
    texts=[
        "A farm pond holds {af} acre-feet of water, and one acre-foot is 325,851 gallons. Only {p}% of the water can be pumped out before the intake runs dry. If the irrigation system uses {daily} gallons per day, how many days will the usable water last? Round to the nearest tenth of a day.",
        "{name}'s irrigation reservoir stores {af} acre-feet (1 acre-foot = 325,851 gallons). {He} can use {p}% of it this season. {His} drip system draws {daily} gallons a day. To the nearest tenth, how many days of irrigation does the usable water provide?",
        "Storage: {af} acre-ft. Conversion: 325,851 gallons per acre-foot. Usable fraction: {p}%. Daily demand: {daily} gallons. How many days will the usable storage last (nearest tenth of a day)?",
    ],
    steps=dict(gal=("Total gallons stored", "the pond holds", "gallons"),
               usable=("Usable water", "the usable amount is", "gallons"),
               days=("Days of irrigation", "the water lasts", "days")),
    closings=["So the usable water lasts about {ans}.",
              "That's roughly {ans} of irrigation.",
              "The pond can supply the system for about {ans}."],
    ans_unit="days")


# 9 -------------------------------------------------------------------------
def draw_nozzles(r):
    while True:
        g1 = D(r.choice([8, 9, 10, 12, 14, 15, 16]))
        g2 = D(r.choice([4, 4.5, 5, 6, 7, 7.5, 8]))
        m1 = r.choice([20, 25, 30, 35])
        m2 = r.choice([25, 30, 35, 40, 45, 50])
        if g2 * m2 < g1 * m1 * D(0.85):
            break
    P = dict(g1=g1, g2=g2, m1=m1, m2=m2, runs=r.choice([2, 3, 4, 5]))
    T = dict(person(r), g1=tnum(g1), g2=tnum(g2), m1=m1, m2=m2, runs=P["runs"])
    return P, T


def solve_nozzles(S, P):
    a = S.calc("old", mul(N(P["g1"], "gal/min"), N(P["m1"], "min"), N(P["runs"], "runs")), u="gal")
    b = S.calc("new", mul(N(P["g2"], "gal/min"), N(P["m2"], "min"), N(P["runs"], "runs")), u="gal")
    s = S.calc("saved", sub(a, b), u="gal")
    return S.calc("pct", mul(div(s, a), N(100)), d=1, pctsign=True)


template(
    name="nozzle_upgrade_percent", draw=draw_nozzles, solve=solve_nozzles,
    texts=[
        "{name}'s old spray nozzles used {g1} gallons per minute and ran {m1} minutes per cycle. The new rotary nozzles use {g2} gallons per minute but need {m2} minutes per cycle. The system runs {runs} cycles a week. By what percent does the upgrade cut weekly water use? Round to the nearest tenth of a percent.",
        "A zone with spray heads used {g1} gal/min for {m1} minutes, {runs} times a week. After switching to rotary nozzles, it uses {g2} gal/min for {m2} minutes, still {runs} times a week. What percent of the weekly water is saved (to one decimal place)?",
        "Before: {g1} gallons per minute for {m1} minutes per cycle. After: {g2} gallons per minute for {m2} minutes per cycle. With {runs} cycles every week, find the percent reduction in weekly irrigation water, rounded to the nearest tenth.",
    ],
    steps=dict(old=("Old weekly use", "the old nozzles used", "gallons per week"),
               new=("New weekly use", "the new nozzles use", "gallons per week"),
               saved=("Weekly savings", "the savings are", "gallons per week"),
               pct=("Percent reduction", "the percent reduction is", "")),
    closings=["So the new nozzles cut weekly water use by about {ans}.",
              "The upgrade saves roughly {ans} of the water.",
              "That's about a {ans} reduction."],
    ans_unit="%")


# 10 ------------------------------------------------------------------------
def draw_controller(r):
    P = dict(m=r.choice([20, 24, 25, 30, 36, 40, 45, 48, 50, 60]), p=r.choice([10, 15, 20, 25, 30, 40]),
             z=r.randrange(3, 9), gpm=D(r.choice([3, 4, 4.5, 5, 6, 7.5, 8, 10])), runs=r.choice([2, 3, 4]))
    T = dict(person(r), m=P["m"], p=P["p"], z=P["z"], gpm=tnum(P["gpm"]), runs=P["runs"])
    return P, T


def solve_controller(S, P):
    nm = S.calc("newmin", mul(N(P["m"], "min"), sub(N(1), N(D(P["p"]) / 100))), chain=True, u="min")
    sv = S.calc("savedmin", sub(N(P["m"], "min"), nm), u="min")
    c = S.calc("cycle", mul(sv, N(P["z"], "zones"), N(P["gpm"], "gal/min")), u="gal")
    return S.calc("week", mul(c, N(P["runs"], "cycles")))


template(
    name="smart_controller_savings", draw=draw_controller, solve=solve_controller,
    texts=[
        "{name} installs a smart irrigation controller that shortens every zone's run time by {p}%. Each of the {z} zones used to run {m} minutes, and each zone's sprinklers use {gpm} gallons per minute. The system runs {runs} times a week. How many gallons of water does the controller save per week?",
        "A weather-based controller cuts run times by {p}%. The yard has {z} zones, each of which ran {m} minutes per cycle at {gpm} gal/min. If watering happens {runs} times per week, how much water is saved each week?",
        "Run time per zone: {m} minutes. Reduction from the new controller: {p}%. Zones: {z}. Flow per zone: {gpm} gallons per minute. Cycles per week: {runs}. Find the weekly water savings in gallons.",
    ],
    steps=dict(newmin=("New run time per zone", "the new run time is", "minutes"),
               savedmin=("Minutes saved per zone", "each zone saves", "minutes"),
               cycle=("Water saved per cycle", "each cycle saves", "gallons"),
               week=("Water saved per week", "the weekly savings are", "gallons")),
    closings=["So the controller saves {ans} every week.",
              "The weekly savings are {ans}.",
              "That's {ans} saved each week."],
    ans_unit="gallons", check=True)


# 11 ------------------------------------------------------------------------
def draw_pool(r):
    P = dict(L=r.choice([16, 18, 20, 24, 28, 30, 32]), W=r.choice([8, 10, 12, 14, 15, 16]),
             Dp=D(r.choice([3.5, 4, 4.5, 5, 5.5])), gpm=D(r.choice([6, 7.5, 8, 9, 10, 12])))
    T = dict(person(r), L=P["L"], W=P["W"], Dp=tnum(P["Dp"]), gpm=tnum(P["gpm"]))
    return P, T


def solve_pool(S, P):
    v = S.calc("vol", mul(N(P["L"], "ft"), N(P["W"], "ft"), N(P["Dp"], "ft")), u="cu ft")
    g = S.calc("gal", mul(v, N("7.48", "gal/cu ft")), u="gal")
    m = S.calc("minutes", div(g, N(P["gpm"], "gal/min")), d=1, u="min")
    return S.calc("hours", div(m, N(60)), d=1)


template(
    name="pool_fill_hours", draw=draw_pool, solve=solve_pool,
    texts=[
        "A backyard pool is {L} feet long, {W} feet wide, and has an average depth of {Dp} feet. Each cubic foot holds 7.48 gallons. If {name}'s garden hose supplies {gpm} gallons per minute, how many hours will it take to fill the pool? Round to the nearest tenth of an hour.",
        "{name} is filling a rectangular pool that measures {L} ft by {W} ft with an average depth of {Dp} ft. Water fills 7.48 gallons per cubic foot, and the hose runs at {gpm} gal/min. To the nearest tenth, how many hours does filling take?",
        "Pool: {L} ft x {W} ft x {Dp} ft average depth. Conversion: 7.48 gallons per cubic foot. Hose flow: {gpm} gallons per minute. How long, in hours to one decimal place, will it take to fill?",
    ],
    steps=dict(vol=("Pool volume", "the pool volume is", "cubic feet"),
               gal=("Gallons to fill", "in gallons that is", "gallons"),
               minutes=("Fill time in minutes", "the hose needs", "minutes"),
               hours=("Fill time in hours", "in hours that is", "hours")),
    closings=["So it takes about {ans} to fill the pool.",
              "Filling the pool will take roughly {ans}.",
              "The hose needs about {ans}."],
    ans_unit="hours")


# 12 ------------------------------------------------------------------------
def draw_household(r):
    P = dict(p=r.randrange(2, 7), g=r.choice([55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110]),
             days=r.choice([30, 31]), rate=cents_range(r, 3.00, 7.50), base=D(r.choice(["9.50", "11.00", "12.75", "16.20", "19.95"])))
    T = dict(person(r), fam=r.choice(FAMILIES), p=P["p"], g=P["g"], days=P["days"],
             rate=tmoney(P["rate"]), base=tmoney(P["base"]),
             month="June" if P["days"] == 30 else "July")
    return P, T


def solve_household(S, P):
    d = S.calc("daily", mul(N(P["p"], "people"), N(P["g"], "gal")), u="gal/day")
    m = S.calc("monthly", mul(d, N(P["days"], "days")), u="gal")
    k = S.calc("kgal", div(m, N(1000)), maxd=3)
    c = S.calc("usage", mul(k, M(P["rate"])), money=True)
    return S.calc("total", add(c, M(P["base"])), money=True)


template(
    name="household_monthly_bill", draw=draw_household, solve=solve_household,
    texts=[
        "The {fam} household has {p} people, and each person uses about {g} gallons of water a day. Water costs {rate} per 1,000 gallons, plus a {base} monthly base fee. What is their water bill for {month} ({days} days)? Round to the nearest cent.",
        "{name} lives with {p} people in total, each using {g} gallons per day on average. The utility charges {rate} per thousand gallons and a base fee of {base}. Estimate the bill for a {days}-day month, to the nearest cent.",
        "Household size: {p}. Use per person: {g} gallons/day. Billing period: {days} days. Rate: {rate} per 1,000 gallons. Base charge: {base}. Find the total bill (nearest cent).",
    ],
    steps=dict(daily=("Daily household use", "the household uses", "gallons per day"),
               monthly=("Use for the month", "the month's use is", "gallons"),
               kgal=("Use in thousands of gallons", "in thousands that is", "thousand gallons"),
               usage=("Usage charge", "the usage charge is", ""),
               total=("Total bill", "the total bill is", "")),
    closings=["So the bill for the month is {ans}.",
              "Their water bill comes to {ans}.",
              "The total bill is {ans}."],
    ans_unit="", check=True)


# 13 ------------------------------------------------------------------------
def draw_lawn(r):
    P = dict(L=r.randrange(30, 91, 5), W=r.randrange(20, 61, 5), need=D(r.choice([1, 1.25, 1.5])),
             rain=D(r.choice([0.2, 0.25, 0.4, 0.5, 0.6, 0.75])), gpm=D(r.choice([3, 4, 5, 6, 8, 10, 12])))
    T = dict(person(r), L=P["L"], W=P["W"], need=tnum(P["need"]), rain=tnum(P["rain"]), gpm=tnum(P["gpm"]))
    return P, T


def solve_lawn(S, P):
    a = S.calc("area", mul(N(P["L"], "ft"), N(P["W"], "ft")), u="sq ft")
    d = S.calc("deficit", sub(N(P["need"], "in"), N(P["rain"], "in")), u="in")
    g = S.calc("gal", mul(a, d, N("0.623")), d=1, u="gal")
    return S.calc("minutes", div(g, N(P["gpm"], "gal/min")), d=1)


template(
    name="lawn_inch_runtime", draw=draw_lawn, solve=solve_lawn,
    texts=[
        "{name}'s lawn is {L} feet by {W} feet and needs {need} inches of water per week. This week it rained {rain} inches. One inch of water over one square foot is 0.623 gallons. If {his} sprinkler puts out {gpm} gallons per minute, how many minutes should it run to make up the difference? Round to the nearest tenth of a minute.",
        "A {L} ft by {W} ft lawn should get {need} in of water each week. Rain supplied {rain} in. Using 0.623 gallons per square foot per inch and a sprinkler rate of {gpm} gal/min, how long (in minutes, to the nearest tenth) must the sprinkler run?",
        "Lawn: {L} ft x {W} ft. Weekly need: {need} inches. Rainfall this week: {rain} inches. Water per square foot per inch: 0.623 gallons. Sprinkler output: {gpm} gallons per minute. Find the sprinkler run time in minutes, to one decimal place.",
    ],
    steps=dict(area=("Lawn area", "the lawn covers", "square feet"),
               deficit=("Water still needed", "the shortfall is", "inches"),
               gal=("Gallons to apply", "the lawn needs", "gallons"),
               minutes=("Sprinkler run time", "the run time is", "minutes")),
    closings=["So the sprinkler should run about {ans}.",
              "Run the sprinkler for roughly {ans}.",
              "That means about {ans} of watering."],
    ans_unit="minutes")


# 14 ------------------------------------------------------------------------
def draw_payback(r):
    P = dict(b=r.randrange(2, 7), cap=r.choice([50, 55, 60]), fills=r.randrange(4, 13),
             rate=cents_range(r, 4.00, 9.00), price=D(r.choice(["45.00", "59.99", "72.50", "89.00", "110.00", "64.95"])))
    T = dict(person(r), b=P["b"], cap=P["cap"], fills=P["fills"], rate=tmoney(P["rate"]), price=tmoney(P["price"]))
    return P, T


def solve_payback(S, P):
    c = S.calc("cap", mul(N(P["b"], "barrels"), N(P["cap"], "gal")), u="gal")
    s = S.calc("season", mul(c, N(P["fills"], "fills")), u="gal")
    v = S.calc("savings", mul(div(s, N(1000)), M(P["rate"])), money=True)
    k = S.calc("cost", mul(N(P["b"]), M(P["price"])), money=True)
    return S.calc("years", div(k, v), d=1)


template(
    name="rain_barrel_payback", draw=draw_payback, solve=solve_payback,
    texts=[
        "{name} buys {b} rain barrels that hold {cap} gallons each, at {price} per barrel. Over a season the barrels fill up and are emptied onto the garden {fills} times, replacing tap water that costs {rate} per 1,000 gallons. How many seasons will it take for the barrels to pay for themselves? Round to the nearest tenth.",
        "Each of {b} rain barrels holds {cap} gallons and costs {price}. In a typical season they are filled and used {fills} times, and every gallon used replaces city water priced at {rate} per thousand gallons. To the nearest tenth, how many seasons is the payback period?",
        "Rain barrels: {b} x {cap} gallons, {price} each. Fills per season: {fills}. Tap water price: {rate} per 1,000 gallons. Find the payback time in seasons (one decimal place).",
    ],
    steps=dict(cap=("Total barrel capacity", "the barrels hold", "gallons"),
               season=("Rainwater used per season", "a season supplies", "gallons"),
               savings=("Money saved per season", "the yearly savings are", ""),
               cost=("Cost of the barrels", "the barrels cost", ""),
               years=("Payback time", "the payback time is", "seasons")),
    closings=["So the barrels pay for themselves in about {ans}.",
              "The payback period is roughly {ans}.",
              "It takes about {ans} to recover the cost."],
    ans_unit="seasons")


# 15 ------------------------------------------------------------------------
def draw_increase(r):
    u1 = r.randrange(4000, 9001, 100)
    u2 = u1 + r.randrange(1500, 9001, 100)
    rate = F(r.randrange(28, 96), 10)
    P = dict(u1=u1, u2=u2, rate=rate, base=D(r.choice(["8.00", "10.50", "12.00", "14.25", "18.75"])))
    T = dict(person(r), u1=tnum(u1), u2=tnum(u2), rate=tmoney(rate), base=tmoney(P["base"]))
    return P, T


def solve_increase(S, P):
    k1 = S.calc("k1", div(N(P["u1"], "gal"), N(1000)), maxd=3)
    j1 = S.calc("june", add(mul(k1, M(P["rate"])), M(P["base"])), money=True)
    k2 = S.calc("k2", div(N(P["u2"], "gal"), N(1000)), maxd=3)
    j2 = S.calc("july", add(mul(k2, M(P["rate"])), M(P["base"])), money=True)
    inc = S.calc("inc", sub(j2, j1), money=True)
    return S.calc("pct", mul(div(inc, j1), N(100)), d=1, pctsign=True)


template(
    name="summer_bill_increase_percent", draw=draw_increase, solve=solve_increase,
    texts=[
        "{name}'s water costs {rate} per 1,000 gallons plus a {base} monthly fee. In May {he} used {u1} gallons; in July, with the garden sprinklers running, {he} used {u2} gallons. By what percent did the bill increase from May to July? Round to the nearest tenth of a percent.",
        "A homeowner pays {base} per month plus {rate} for each 1,000 gallons. Spring usage was {u1} gallons and summer usage was {u2} gallons in one month. What is the percent increase in the monthly bill? (Round to one decimal place.)",
        "Rate: {rate} per thousand gallons. Fixed fee: {base}/month. April use: {u1} gal. August use: {u2} gal. Find the percent increase in the bill from April to August, to the nearest tenth of a percent.",
    ],
    steps=dict(k1=("Earlier usage in thousands", "the earlier usage in thousands is", "thousand gallons"),
               june=("Earlier bill", "the earlier bill is", ""),
               k2=("Summer usage in thousands", "the summer usage in thousands is", "thousand gallons"),
               july=("Summer bill", "the summer bill is", ""),
               inc=("Increase in the bill", "the bill went up by", ""),
               pct=("Percent increase", "the percent increase is", "")),
    closings=["So the bill rose by about {ans}.",
              "The summer bill is about {ans} higher.",
              "That's an increase of roughly {ans}."],
    ans_unit="%")


# 16 ------------------------------------------------------------------------
def draw_leaks_pct(r):
    P = dict(t=r.choice([12, 16, 20, 24, 30, 36, 45]), f=D(r.choice([1.5, 2, 2.5, 3, 3.5, 4.5, 6])),
             u=r.randrange(5000, 12001, 100))
    T = dict(person(r), fam=r.choice(FAMILIES), t=P["t"], f=tnum(P["f"]), u=tnum(P["u"]))
    return P, T


def solve_leaks_pct(S, P):
    d = S.calc("daily", add(N(P["t"], "gal"), N(P["f"], "gal")), u="gal/day")
    m = S.calc("monthly", mul(d, N(30, "days")), u="gal")
    t = S.calc("total", add(N(P["u"], "gal"), m), u="gal")
    return S.calc("pct", mul(div(m, N(P["u"])), N(100)), d=1, pctsign=True)


template(
    name="two_leaks_percent", draw=draw_leaks_pct, solve=solve_leaks_pct,
    texts=[
        "The {fam} family normally uses {u} gallons of water in a 30-day month. This month a toilet leak wasted {t} gallons a day and a dripping outdoor spigot wasted {f} gallons a day. What was their total use for the month, and by what percent did the leaks raise their usual use? Give the percent to the nearest tenth.",
        "{name}'s house uses {u} gallons in a normal 30-day month. A leaking toilet loses {t} gallons per day and a hose bib drips {f} gallons per day. Find the month's total use, then find the percent increase over normal use (nearest tenth of a percent).",
        "Normal monthly use: {u} gallons (30 days). Leaks: toilet {t} gal/day, faucet {f} gal/day. Compute the month's total use and the percent increase caused by the leaks, rounded to one decimal place.",
    ],
    steps=dict(daily=("Leak water per day", "together the leaks waste", "gallons per day"),
               monthly=("Leak water per month", "over 30 days they waste", "gallons"),
               total=("Total use this month", "the total use is", "gallons"),
               pct=("Percent increase", "the percent increase is", "")),
    closings=["So the leaks raised their water use by about {ans}.",
              "The leaks pushed usage up by roughly {ans}.",
              "That's an increase of about {ans} over normal."],
    ans_unit="%")


# 17 ------------------------------------------------------------------------
def draw_tubing(r):
    while True:
        P = dict(b=r.randrange(2, 7), L=r.randrange(8, 17), W=r.choice([3, 4, 5]), h=r.randrange(10, 41),
                 roll=r.choice([50, 100]), price=D(r.choice(["12.99", "15.49", "19.95", "24.00", "28.50", "32.75"])))
        tot = 2 * (P["L"] + P["W"]) * P["b"] + P["h"]
        if tot % P["roll"] != 0:
            break
    T = dict(person(r), b=P["b"], L=P["L"], W=P["W"], h=P["h"], roll=P["roll"], price=tmoney(P["price"]))
    return P, T


def solve_tubing(S, P):
    p = S.calc("perim", mul(N(2), add(N(P["L"], "ft"), N(P["W"], "ft"))), chain=True, u="ft")
    a = S.calc("beds", mul(p, N(P["b"], "beds")), u="ft")
    t = S.calc("total", add(a, N(P["h"], "ft")), u="ft")
    n = S.calc("rolls", div(t, N(P["roll"], "ft")), d=2)
    c = S.ceil("rolls_up", n)
    return S.calc("cost", mul(c, M(P["price"])), money=True)


template(
    name="drip_tubing_rolls_cost", draw=draw_tubing, solve=solve_tubing,
    texts=[
        "{name} has {b} raised garden beds, each {L} feet long and {W} feet wide. {He} wants to run drip tubing around the edge of every bed, plus {h} feet of tubing to connect the beds to the faucet. Tubing comes in {roll}-foot rolls that cost {price} each. How much will the tubing cost?",
        "Drip line will go around the perimeter of {b} rectangular beds that measure {L} ft by {W} ft, and another {h} ft is needed for the supply line. If drip tubing is sold only in {roll}-foot rolls at {price} per roll, what is the cost of the tubing?",
        "Beds: {b}, each {L} ft x {W} ft, tubing around each perimeter. Supply line: {h} ft. Rolls: {roll} ft for {price}. Find the total tubing cost (whole rolls only).",
    ],
    steps=dict(perim=("Perimeter of one bed", "one bed's perimeter is", "feet"),
               beds=("Tubing for all beds", "all the beds need", "feet"),
               total=("Total tubing", "with the supply line that is", "feet"),
               rolls=("Rolls needed", "the number of rolls is", "rolls"),
               rolls_up=("Whole rolls", "", "rolls"),
               cost=("Cost of the tubing", "the tubing costs", "")),
    closings=["So the drip tubing costs {ans}.",
              "The tubing will cost {ans} in total.",
              "{name} will spend {ans} on tubing."],
    ans_unit="", check=True)


# 18 ------------------------------------------------------------------------
def draw_tank(r):
    P = dict(c=r.randrange(1500, 6001, 250), p=r.choice([60, 65, 75, 80, 90]),
             gpm=D(r.choice([1.5, 2, 2.5, 3, 4])), mins=r.choice([15, 20, 25, 30, 40, 45]))
    T = dict(person(r), c=tnum(P["c"]), p=P["p"], gpm=tnum(P["gpm"]), mins=P["mins"])
    return P, T


def solve_tank(S, P):
    w = S.calc("water", Op("*", PCT(P["p"]), N(P["c"], "gal"), of=True), u="gal")
    d = S.calc("daily", mul(N(P["gpm"], "gal/min"), N(P["mins"], "min")), u="gal/day")
    return S.calc("days", div(w, d), d=1)


template(
    name="storage_tank_days", draw=draw_tank, solve=solve_tank,
    texts=[
        "{name}'s {c}-gallon rainwater tank is {p}% full. {He} waters {his} garden with a pump that moves {gpm} gallons per minute, running it {mins} minutes each day. How many days will the water in the tank last? Round to the nearest tenth of a day.",
        "A {c}-gallon cistern is {p}% full. The drip system draws {gpm} gallons per minute and runs {mins} minutes daily. To the nearest tenth, for how many days can the cistern supply the garden?",
        "Tank capacity: {c} gallons, currently {p}% full. Daily irrigation: {mins} minutes at {gpm} gal/min. About how many days of watering are left (nearest tenth)?",
    ],
    steps=dict(water=("Water in the tank", "the tank holds", "gallons"),
               daily=("Water used per day", "each day uses", "gallons"),
               days=("Days the water lasts", "the water lasts", "days")),
    closings=["So the tank will last about {ans}.",
              "That's roughly {ans} of watering.",
              "The water lasts about {ans}."],
    ans_unit="days")


# 19 ------------------------------------------------------------------------
def draw_carwash(r):
    P = dict(gpm=D(r.choice([5, 6, 7.5, 8, 9, 10])), mins=r.choice([10, 12, 15, 18, 20]),
             c=D(r.choice([0.4, 0.5, 0.6, 0.75, 0.8, 1.2])), n=r.choice([2, 3, 4, 5]))
    T = dict(person(r), gpm=tnum(P["gpm"]), mins=P["mins"], c=tnum(P["c"]), n=P["n"])
    return P, T


def solve_carwash(S, P):
    g = S.calc("per_wash", mul(N(P["gpm"], "gal/min"), N(P["mins"], "min")), u="gal")
    m = S.calc("month", mul(g, N(P["n"], "washes")), u="gal")
    c = S.calc("cents", mul(m, N(P["c"], "cents")), u="cents")
    return S.calc("dollars", div(c, N(100)), money=True)


template(
    name="hose_cents_per_gallon", draw=draw_carwash, solve=solve_carwash,
    texts=[
        "{name} washes {his} car with a hose that flows {gpm} gallons per minute, and each wash takes {mins} minutes. {He} washes the car {n} times a month. If water costs {c} cents per gallon, how much does the car-washing water cost each month, in dollars to the nearest cent?",
        "A garden hose runs at {gpm} gal/min. Rinsing the patio takes {mins} minutes, and it is done {n} times per month. Water is billed at {c} cents per gallon. What is the monthly cost in dollars (nearest cent)?",
        "Hose flow: {gpm} gallons per minute; {mins} minutes per use; {n} uses per month; price: {c} cents per gallon. Find the monthly water cost in dollars, rounded to the nearest cent.",
    ],
    steps=dict(per_wash=("Water per use", "each use takes", "gallons"),
               month=("Water per month", "a month uses", "gallons"),
               cents=("Monthly cost in cents", "the cost in cents is", "cents"),
               dollars=("Monthly cost in dollars", "in dollars that is", "")),
    closings=["So the water costs about {ans} per month.",
              "The monthly water cost is {ans}.",
              "That's {ans} a month."],
    ans_unit="")



GIVENS = {
    "sprinkler_season_cost": ["Flow rate: {gpm} gallons per minute", "Run time: {mins} minutes, {runs} times a week", "Season length: {weeks} weeks", "Price: {rate} per 1,000 gallons"],
    "drip_vs_spray_percent": ["Emitters: {n} at {gph} gallons per hour each", "Run time: {hours} hours a day for 30 days", "Old spray use: {spray} gallons per month"],
    "roof_rain_barrels": ["Roof area: {area} square feet", "Rainfall: {rain} inches", "Capture rate: {eff}%", "Barrel size: {barrel} gallons"],
    "toilet_leak_year_savings": ["Leak: {leak} gallons per day", "Water price: {rate} per 1,000 gallons", "Repair cost: {fix}"],
    "two_tier_bill": ["First {L} gallons: {r1} per 1,000 gallons", "Above {L} gallons: {r2} per 1,000 gallons", "Service charge: {base}", "Usage: {U} gallons"],
    "three_tier_bill": ["First {a} gallons: {r1} per 1,000", "Next {w} gallons: {r2} per 1,000", "Above {b} gallons: {r3} per 1,000", "Usage: {U} gallons"],
    "acre_inch_pump_hours": ["Field: {acres} acres", "Water depth: {inches} inches", "1 acre-inch = 27,154 gallons", "Pump rate: {gpm} gallons per minute"],
    "acre_feet_pond_days": ["Storage: {af} acre-feet", "1 acre-foot = 325,851 gallons", "Usable share: {p}%", "Daily use: {daily} gallons"],
    "nozzle_upgrade_percent": ["Old nozzles: {g1} gal/min for {m1} minutes", "New nozzles: {g2} gal/min for {m2} minutes", "Cycles per week: {runs}"],
    "smart_controller_savings": ["Original run time: {m} minutes per zone", "Reduction: {p}%", "Zones: {z}, each using {gpm} gal/min", "Cycles per week: {runs}"],
    "pool_fill_hours": ["Pool: {L} ft by {W} ft, {Dp} ft average depth", "1 cubic foot = 7.48 gallons", "Hose: {gpm} gallons per minute"],
    "household_monthly_bill": ["People: {p}", "Use per person: {g} gallons per day", "Billing period: {days} days", "Rate: {rate} per 1,000 gallons plus a {base} base fee"],
    "lawn_inch_runtime": ["Lawn: {L} ft by {W} ft", "Weekly need: {need} inches; rain so far: {rain} inches", "Conversion: 0.623 gallons per square foot per inch", "Sprinkler: {gpm} gallons per minute"],
    "rain_barrel_payback": ["Barrels: {b} at {cap} gallons each, {price} apiece", "Fills per season: {fills}", "Water price: {rate} per 1,000 gallons"],
    "summer_bill_increase_percent": ["Rate: {rate} per 1,000 gallons plus {base} per month", "Earlier month: {u1} gallons", "Summer month: {u2} gallons"],
    "two_leaks_percent": ["Normal use: {u} gallons per 30 days", "Toilet leak: {t} gallons per day", "Faucet drip: {f} gallons per day"],
    "drip_tubing_rolls_cost": ["Beds: {b}, each {L} ft by {W} ft", "Supply line: {h} ft", "Tubing: {roll}-ft rolls at {price} each"],
    "storage_tank_days": ["Tank: {c} gallons, {p}% full", "Pump: {gpm} gallons per minute for {mins} minutes a day"],
    "hose_cents_per_gallon": ["Hose: {gpm} gallons per minute", "Time per use: {mins} minutes, {n} times a month", "Price: {c} cents per gallon"],
}
for _t in TEMPLATES:
    _t["givens"] = GIVENS[_t["name"]]

# ----------------------------------------------------------------- styles
STYLES = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "gsm8k", "tutor", "llama_boxed", "numbered"]
CHECK_STYLES = {"gpt4o_md", "claude_bold", "bullets", "tutor", "numbered", "terse"}


class St:
    def __init__(self, name, r):
        self.name = name
        self.latex = name in ("latex_inline", "latex_display")
        self.gsm = name == "gsm8k"
        self.words = name == "tutor"
        self.frac = False
        self.opunits = False
        self.sep = ","
        self.pct_as_dec = False
        self.no_of = False
        mul_c = r.choice(["×", "×", "x", "*", "·"])
        div_c = r.choice(["÷", "/"])
        min_c = r.choice(["−", "-"])
        if name == "gpt4o_md":
            self.ops = {"*": "×", "/": "÷", "+": "+", "-": "−"}
            self.opunits = r.random() < 0.5
        elif name == "claude_bold":
            self.ops = {"*": "×", "/": div_c, "+": "+", "-": min_c}
            self.opunits = r.random() < 0.3
        elif name == "bullets":
            self.ops = {"*": r.choice(["×", "x"]), "/": div_c, "+": "+", "-": min_c}
        elif name == "prose":
            self.ops = {"*": r.choice(["×", "x"]), "/": div_c, "+": "+", "-": min_c}
        elif name == "latex_inline":
            self.ops = {"*": "\\times", "/": "\\div", "+": "+", "-": "-"}
            self.frac = r.random() < 0.6
            self.sep = r.choice([",", "{,}"])
            self.no_of = True
        elif name == "latex_display":
            self.ops = {"*": r.choice(["\\times", "\\cdot"]), "/": "\\div", "+": "+", "-": "-"}
            self.frac = r.random() < 0.5
            self.sep = "{,}"
            self.no_of = True
        elif name == "table":
            self.ops = {"*": "×", "/": "÷", "+": "+", "-": "−"}
        elif name == "terse":
            self.ops = {"*": r.choice(["*", "x", "·"]), "/": "/", "+": "+", "-": "-"}
            self.sep = r.choice([",", ""])
            self.opunits = self.ops["*"] != "x" and r.random() < 0.5
        elif name == "gsm8k":
            self.ops = {"*": "*", "/": "/", "+": "+", "-": "-"}
            self.sep = ""
            self.pct_as_dec = True
            self.no_of = True
        elif name == "tutor":
            self.ops = {"*": "times", "/": "divided by", "+": "plus", "-": "minus"}
        elif name == "llama_boxed":
            self.ops = {"*": r.choice(["*", "×"]), "/": "/", "+": "+", "-": "-"}
        elif name == "numbered":
            self.ops = {"*": mul_c if mul_c != "x" else "×", "/": div_c, "+": "+", "-": min_c}
        self.dollar = "\\$" if self.latex else "$"
        self.pctc = "\\%" if self.latex else "%"


def leaf_txt(q, st):
    if q.pct:
        if st.pct_as_dec:
            s = plain(q.v, ndec(q.v))
        else:
            s = group(plain(q.v * 100, q.d), st.sep) + st.pctc
    else:
        s = group(plain(q.v, q.d), st.sep)
        if q.money:
            s = st.dollar + s
    if st.opunits and q.unit:
        s += " " + q.unit
    return s


def rexpr(n, st):
    if isinstance(n, Q):
        return leaf_txt(n, st)
    if n.op == "/" and st.frac:
        return "\\frac{%s}{%s}" % (rexpr(n.a, st), rexpr(n.b, st))
    a, b = rexpr(n.a, st), rexpr(n.b, st)
    isfrac = lambda c: isinstance(c, Op) and c.op == "/" and st.frac
    if isinstance(n.a, Op) and not isfrac(n.a) and PREC[n.a.op] < PREC[n.op]:
        a = "(" + a + ")"
    if isinstance(n.b, Op) and not isfrac(n.b) and (PREC[n.b.op] < PREC[n.op] or
                                                  (PREC[n.b.op] == PREC[n.op] and n.op in "-/")):
        b = "(" + b + ")"
    if n.of and not st.no_of:
        return "%s of %s" % (a, b)
    if st.gsm:
        return a + st.ops[n.op] + b
    return "%s %s %s" % (a, st.ops[n.op], b)


def res_txt(it, st):
    s = group(it["shown"], st.sep)
    if it["money"]:
        s = st.dollar + s
    if it.get("pctsign"):
        s += st.pctc
    return s


def eq_txt(it, st):
    if it["approx"]:
        return "\\approx" if st.latex else "≈"
    return "="


def calc_core(it, st):
    """'lhs = rhs' part (without units) in the style's notation."""
    lhs = rexpr(it["expr"], st)
    if it.get("chain") and not st.gsm:
        lhs += " = " + rexpr(it["expr2"], st)
    if st.gsm:
        return lhs, "=", res_txt(it, st)
    return lhs, eq_txt(it, st), res_txt(it, st)


def calc_line(it, st, unit="", bold=False):
    lhs, eq, res = calc_core(it, st)
    u = (" " + unit) if unit else ""
    if bold:
        return "%s %s **%s%s**" % (lhs, eq, res, u)
    return "%s %s %s%s" % (lhs, eq, res, u)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def ceil_src(it, st):
    return group(plain(it["src"].v, it["src"].d), st.sep)


INTROS = {
    "gpt4o_md": ["Let's break this down step by step.", "To solve this, we'll go step by step.",
                 "Let's work through this carefully.", "We can solve this in a few steps."],
    "claude_bold": ["I'll work through this one piece at a time.", "Let me break this down.",
                    "Here's how I'd approach this.", "Let me set up the calculation."],
    "bullets": ["Let's break this down.", "Here's the breakdown:", "Step by step:", "Let's organize the numbers first."],
    "prose": ["Let's work it out.", "To find the answer, we need a few calculations.", "", "We can do this in order."],
    "latex_inline": ["Let's solve this step by step.", "We'll compute each quantity in turn.", "Let's set this up."],
    "latex_display": ["Let's solve this step by step.", "We compute each quantity in order.", "Here is the solution."],
    "table": ["Let's organize the calculation in a table.", "Here's the work laid out in a table:", "Let's put each step in a table."],
    "terse": ["", "Solution:", "Work:"],
    "gsm8k": [""],
    "tutor": ["Great question! Let's figure this out together.", "Okay, let's dig into this one!",
              "Ooh, a water problem! Let's take it one piece at a time.", "Sure thing! Let's walk through it."],
    "llama_boxed": [""],
    "numbered": ["To solve this problem, we'll follow these steps:", "Let's solve this step by step:",
                 "We can break the problem into steps:"],
}
CONN = ["Then", "Next,", "After that,", "Now", "So"]
TUTOR_NEXT = ["Next, let's work out", "Now let's figure out", "Then we need",
              "After that, let's find", "Now for"]
TUTOR_INTERJ = ["Nice!", "Easy enough.", "Got it?", "Great!", "", "So far so good.", "Perfect."]


def fmt_ans(final_q, tpl, st, gold=None):
    s = group(plain(final_q.v, final_q.d), ",")
    if final_q.money:
        s = st.dollar + s if st.latex else "$" + s
    unit = tpl["ans_unit"]
    if unit == "%":
        return s + ("\\%" if st.latex else "%")
    if unit:
        return s + " " + unit
    return s


def givens_lines(tpl, T):
    return [g.format(**T) for g in tpl.get("givens", [])]


def render(style, tpl, T, items, final_q, r):
    """Return (lines, comp_line) where comp_line[i] = line index of computation i."""
    st = St(style, r)
    steps = tpl["steps"]
    intro = r.choice(INTROS[style])
    closing = r.choice(tpl["closings"])
    ans = fmt_ans(final_q, tpl, st)
    ans_plain = plain(final_q.v, final_q.d)
    close = closing.format(ans=ans, **T)
    close = cap(close)
    lines = []
    comp_line = {}
    # per-item random choices drawn up-front, same count regardless of values
    c_off, t_off = r.randrange(len(CONN)), r.randrange(len(TUTOR_NEXT))
    pre = [dict(conn=CONN[(c_off + j) % len(CONN)], tnext=TUTOR_NEXT[(t_off + j) % len(TUTOR_NEXT)], interj=r.choice(TUTOR_INTERJ),
                eqw=r.randrange(3), aw=r.randrange(2), verb=r.choice(["Calculate", "Find", "Determine"]),
                cv=r.randrange(3)) for j in range(len(items))]
    pair_break = [r.random() < 0.5 for _ in items]
    check_word = r.choice(["Check:", "Quick check:", "Verify:"])
    use_givens = r.random() < 0.6
    gl = givens_lines(tpl, T)
    given_head = r.choice(["**Given:**", "**What we know:**"]) if style == "gpt4o_md" else \
        r.choice(["We know:", "Given values:", "From the problem:"])

    def label(it):
        return steps[it["key"]][0]

    def lead(it):
        return steps[it["key"]][1]

    def unit(it):
        return steps[it["key"]][2]

    def ceil_text(it, k):
        src = ceil_src(it, st)
        n = plain(it["r"], 0)
        u = steps[it["key"]][2]
        opts = ["Since we can't buy part of one, round %s up to %s %s." % (src, n, u),
                "Round up: %s → %s %s." % (src, n, u),
                "You can't have a fraction of one, so round %s up to %s %s." % (src, n, u)]
        return opts[pre[k]["cv"]]

    def check_text(it):
        lhs, eq, res = calc_core(it, st)
        return "%s %s %s ✓" % (lhs, eq, res)

    if use_givens and style in ("gpt4o_md", "claude_bold", "bullets"):
        lines += [intro, "", given_head] + ["- " + g for g in gl]
        intro_done = True
    else:
        intro_done = False
    if style == "gpt4o_md":
        lines += [] if intro_done else [intro]
        lines += [""]
        sn = 0
        for k, it in enumerate(items):
            if it["type"] == "calc":
                sn += 1
                if sn > 1:
                    lines.append("")
                lines.append("### Step %d: %s" % (sn, label(it)))
                comp_line[it["idx"]] = len(lines)
                lines.append("%s %s." % (cap(lead(it)), calc_line(it, st, unit(it), bold=True)))
            elif it["type"] == "ceil":
                lines.append(ceil_text(it, k))
            else:
                lines.append("")
                comp_line[it["idx"]] = len(lines)
                lines.append("**Check:** " + check_text(it))
        lines += ["", "**Final answer:** " + close, "", "#### " + ans_plain]
    elif style == "claude_bold":
        lines += [] if intro_done else [intro]
        lines += [""]
        for k, it in enumerate(items):
            if it["type"] == "calc":
                comp_line[it["idx"]] = len(lines)
                lines.append("**%s:** %s" % (label(it), calc_line(it, st, unit(it))))
            elif it["type"] == "ceil":
                lines.append(ceil_text(it, k))
            else:
                lines.append("")
                comp_line[it["idx"]] = len(lines)
                lines.append(check_word + " " + check_text(it))
        lines += ["", close, "", "#### " + ans_plain]
    elif style == "bullets":
        lines += [] if intro_done else [intro]
        lines += [""]
        for k, it in enumerate(items):
            if it["type"] == "calc":
                comp_line[it["idx"]] = len(lines)
                lines.append("- %s: %s" % (label(it), calc_line(it, st, unit(it))))
            elif it["type"] == "ceil":
                lines.append("- " + ceil_text(it, k))
            else:
                comp_line[it["idx"]] = len(lines)
                lines.append("- Check: " + check_text(it))
        lines += ["", close, "#### " + ans_plain]
    elif style == "prose":
        if intro:
            lines += [intro, ""]
        cur = []
        first = True
        for k, it in enumerate(items):
            if it["type"] == "calc":
                c = "First," if first else pre[k]["conn"]
                first = False
                sent = "%s %s %s." % (c, lead(it), calc_line(it, st, unit(it)))
                sent = sent.replace(" .", ".")
                comp_line[it["idx"]] = len(lines)
                cur.append(sent)
            elif it["type"] == "ceil":
                cur.append(ceil_text(it, k))
            if len(cur) >= 2 and pair_break[k] or len(cur) >= 3:
                lines.append(" ".join(cur))
                lines.append("")
                cur = []
        if cur:
            lines.append(" ".join(cur))
            lines.append("")
        lines += [close, "", "#### " + ans_plain]
    elif style == "latex_inline":
        lines += [intro, ""]
        for k, it in enumerate(items):
            if it["type"] == "calc":
                lhs, eq, res = calc_core(it, st)
                u = unit(it)
                comp_line[it["idx"]] = len(lines)
                lines.append("%s \\( %s %s %s \\)%s." % (cap(lead(it)), lhs, eq, res, (" " + u) if u else ""))
            elif it["type"] == "ceil":
                lines.append("Rounding up to a whole number, \\( \\lceil %s \\rceil = %s \\) %s." % (
                    ceil_src(it, st), plain(it["r"], 0), steps[it["key"]][2]))
        lines += ["", close, "", "#### " + ans_plain]
    elif style == "latex_display":
        lines += [intro, ""]
        for k, it in enumerate(items):
            if it["type"] == "calc":
                lhs, eq, res = calc_core(it, st)
                u = unit(it)
                lines.append("%s %s:" % (pre[k]["verb"], "the " + label(it)[0].lower() + label(it)[1:]))
                comp_line[it["idx"]] = len(lines)
                lines.append("\\[ %s %s %s%s \\]" % (lhs, eq, res, (" \\text{ %s}" % u) if u else ""))
                lines.append("")
            elif it["type"] == "ceil":
                lines.append("Round up to a whole number:")
                lines.append("\\[ \\lceil %s \\rceil = %s \\]" % (ceil_src(it, st), plain(it["r"], 0)))
                lines.append("")
        lines += [close, "", "\\[ \\boxed{%s} \\]" % ans_plain, "", "#### " + ans_plain]
    elif style == "table":
        lines += [intro, "", "| Quantity | Calculation | Result |", "|---|---|---|"]
        for k, it in enumerate(items):
            if it["type"] == "calc":
                lhs, eq, res = calc_core(it, st)
                u = unit(it)
                short = {"gallons": "gal", "minutes": "min", "hours": "hr", "gallons per day": "gal/day",
                         "gallons per hour": "gal/hr", "gallons per week": "gal/week",
                         "thousand gallons": "thousand gal"}.get(u, u)
                cell = ("≈ " if eq == "≈" else "") + res + ((" " + short) if short else "")
                comp_line[it["idx"]] = len(lines)
                lines.append("| %s | %s | %s |" % (label(it), lhs, cell))
            elif it["type"] == "ceil":
                n = plain(it["r"], 0)
                lines.append("| %s (rounded up) | %s → %s | %s %s |" % (cap(steps[it["key"]][2]), ceil_src(it, st), n, n, steps[it["key"]][2]))
        lines += ["", close, "", "#### " + ans_plain]
    elif style == "terse":
        if intro:
            lines.append(intro)
        for k, it in enumerate(items):
            if it["type"] == "calc":
                u = unit(it)
                short = {"gallons": "gal", "minutes": "min", "hours": "h", "gallons per day": "gal/day",
                         "gallons per hour": "gal/h", "gallons per week": "gal/wk",
                         "thousand gallons": "kgal", "square feet": "sq ft", "cubic feet": "cu ft"}.get(u, u)
                comp_line[it["idx"]] = len(lines)
                lines.append("%s: %s" % (label(it), calc_line(it, st, short)))
            elif it["type"] == "ceil":
                lines.append("%s → %s %s (round up)" % (ceil_src(it, st), plain(it["r"], 0), steps[it["key"]][2]))
            else:
                comp_line[it["idx"]] = len(lines)
                lines.append("check: " + check_text(it))
        lines += ["Answer: " + ans, "#### " + ans_plain]
    elif style == "gsm8k":
        for k, it in enumerate(items):
            if it["type"] == "calc":
                lhs, eq, res = calc_core(it, st)
                rs = res.replace("$", "")
                u = unit(it)
                pre_d = "$" if it["money"] else ""
                comp_line[it["idx"]] = len(lines)
                lines.append("%s %s=%s<<%s=%s>>%s%s." % (
                    cap(lead(it)), lhs, pre_d, lhs.replace("$", ""), rs.replace("%", ""), rs,
                    (" " + u) if u else ""))
            elif it["type"] == "ceil":
                lines.append("Since only whole %s can be used, %s rounds up to %s %s." % (
                    steps[it["key"]][2], ceil_src(it, st), plain(it["r"], 0), steps[it["key"]][2]))
        lines.append("#### " + ans_plain)
    elif style == "tutor":
        lines += [intro, ""]
        for k, it in enumerate(items):
            if it["type"] == "calc":
                lhs = rexpr(it["expr"], st)
                if it.get("chain"):
                    lhs += " equals " + rexpr(it["expr2"], st)
                res = res_txt(it, st)
                u = unit(it)
                if it["approx"]:
                    mid = [" is about ", ", which is about "][pre[k]["aw"]]
                else:
                    mid = [" equals ", ", that gives us ", ", which is "][pre[k]["eqw"]]
                    if it.get("chain") and pre[k]["eqw"] == 0:
                        mid = ", which is "
                t = "%s the %s. %s%s%s%s." % ("First, let's find" if k == 0 else pre[k]["tnext"], label(it)[0].lower() + label(it)[1:], lhs,
                                         mid, res, (" " + u) if u else "")
                if pre[k]["interj"]:
                    t += " " + pre[k]["interj"]
                comp_line[it["idx"]] = len(lines)
                lines.append(t)
                lines.append("")
            elif it["type"] == "ceil":
                lines.append("We can't use part of one, so we round %s up to %s %s." % (
                    ceil_src(it, st), plain(it["r"], 0), steps[it["key"]][2]))
                lines.append("")
            else:
                lhs = rexpr(it["expr"], st)
                comp_line[it["idx"]] = len(lines)
                lines.append("Let's double-check: %s equals %s. Yep, that matches!" % (lhs, res_txt(it, st)))
                lines.append("")
        lines += [close + " " + r.choice(["Hope that helps!", "You've got this!", "Nice work following along!"]),
                  "", "#### " + ans_plain]
    elif style == "llama_boxed":
        sn = 0
        for k, it in enumerate(items):
            if it["type"] == "calc":
                sn += 1
                if sn > 1:
                    lines.append("")
                lines.append("## Step %d: %s the %s" % (sn, pre[k]["verb"], label(it)[0].lower() + label(it)[1:]))
                comp_line[it["idx"]] = len(lines)
                lines.append("%s %s." % (cap(lead(it)), calc_line(it, st, unit(it))))
            elif it["type"] == "ceil":
                lines.append("Since we can't have a fraction of one, we round %s up to %s %s." % (
                    ceil_src(it, st), plain(it["r"], 0), steps[it["key"]][2]))
        lines += ["", "The final answer is: $\\boxed{%s}$" % ans_plain, "#### " + ans_plain]
    elif style == "numbered":
        lines += [intro, ""]
        sn = 0
        for k, it in enumerate(items):
            if it["type"] == "calc":
                sn += 1
                comp_line[it["idx"]] = len(lines)
                lines.append("%d. **%s:** %s %s." % (sn, label(it), cap(lead(it)), calc_line(it, st, unit(it))))
            elif it["type"] == "ceil":
                lines.append("   " + ceil_text(it, k))
            else:
                lines.append("")
                comp_line[it["idx"]] = len(lines)
                lines.append("Verification: " + check_text(it))
        lines += ["", close, "", "#### " + ans_plain]
    # tidy: the closing may contain a name placeholder already formatted
    lines = [ln.replace(" .", ".") for ln in lines]
    return lines, comp_line, st


# ----------------------------------------------------------------- faults
def digit_positions(s, intonly):
    ip = s.split(".")[0]
    lim = len(ip) if intonly else len(s)
    return [i for i in range(lim) if s[i].isdigit()]


def valid_num(s):
    if not s or s[0] == "." or s[-1] == ".":
        return False
    ip = s.split(".")[0]
    if len(ip) > 1 and ip[0] == "0":
        return False
    return s.count(".") <= 1


def make_wrong(it, kind, r):
    """Return candidate wrong strings for this computation item."""
    rs = it["rs"]
    rv = D(rs)
    d = it["d"]
    out = []
    if kind == "off_by_one":
        for sg in (1, -1):
            w = rv + sg
            if w > 0:
                out.append(plain(w, d))
    elif kind == "off_by_ten":
        if rv >= 15:
            for sg in (1, -1):
                w = rv + 10 * sg
                if w > 0:
                    out.append(plain(w, d))
    elif kind == "swap_digits":
        for i in range(len(rs) - 1):
            if rs[i].isdigit() and rs[i + 1].isdigit() and rs[i] != rs[i + 1]:
                out.append(rs[:i] + rs[i + 1] + rs[i] + rs[i + 2:])
    elif kind == "drop_digit":
        ip = rs.split(".")[0]
        if len(ip) >= 2:
            for i in digit_positions(rs, True):
                out.append(rs[:i] + rs[i + 1:])
    elif kind == "double_digit":
        if rs.split(".")[0] != "0":
            for i in digit_positions(rs, True):
                out.append(rs[:i] + rs[i] + rs[i:])
    elif kind == "decimal_shift":
        for f in (F(1, 10), F(10)):
            w = rv * f
            dd = max(ndec(w), 2 if it["money"] else 0)
            if it["money"] and ndec(w) > 2:
                continue
            out.append(plain(w, dd))
    elif kind == "wrong_op":
        e = it["expr2"] if it.get("chain") else it["expr"]
        toks = neutral_tokens(e)
        alts = {"*": ["+"], "/": ["*", "-"], "+": ["*", "-"], "-": ["+"]}
        for i, t in enumerate(toks):
            if isinstance(t, str) and t in alts:
                for a in alts[t]:
                    tt = toks[:i] + [a] + toks[i + 1:]
                    v = eval_tokens(tt)
                    if v is None or v <= 0:
                        continue
                    dv = ndec(v, max(d, 2))
                    if dv is None:
                        continue
                    if it["money"]:
                        dv = 2
                    out.append(plain(v, max(dv, 0)))
    res = []
    for w in out:
        if not valid_num(w) or w in res:
            continue
        wv = D(w)
        if wv <= 0:
            continue
        dw = len(w.split(".")[1]) if "." in w else 0
        if abs(wv - it["exact"]) <= F(1, 2 * 10 ** dw) or abs(wv - rv) < F(1, 10 ** d):
            continue
        if kind != "decimal_shift" and (wv / rv in (10, F(1, 10), 100, F(1, 100))):
            continue
        res.append(w)
    r.shuffle(res)
    return res


# ----------------------------------------------------------------- build
def solve_run(tpl, P, ov=None, want_check=False):
    S = Solver(ov)
    fin = tpl["solve"](S, P)
    if want_check:
        S.check_last()
    return S, fin


def line_spans(lines):
    spans, pos = [], 0
    for ln in lines:
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return spans


def shown_number(it, st_name, r_style_seed):
    return None


def build_problem(pid, tpl, style, kind_slip, kind_carry):
    r = random.Random("%s|draw|%s" % (SEED, pid))
    for _attempt in range(200):
        P, T = tpl["draw"](r)
        try:
            S, fin = solve_run(tpl, P)
        except Reject:
            continue
        if rnd(fin.x, fin.d) != fin.v:
            continue   # double rounding would change the answer: redraw
        break
    else:
        raise RuntimeError("could not draw " + pid)
    text_i = r.randrange(len(tpl["texts"]))
    problem = tpl["texts"][text_i].format(**T)
    want_check = tpl.get("check", False) and style in CHECK_STYLES and r.random() < 0.6
    if want_check:
        try:
            S, fin = solve_run(tpl, P, want_check=True)
        except Reject:
            want_check = False
            S, fin = solve_run(tpl, P)
    gold = plain(fin.v, fin.d)
    n_comp = S.ncomp

    def do_render(items, final_q):
        rs = random.Random("%s|style|%s" % (SEED, pid))
        T2 = dict(T)
        return render(style, tpl, T2, items, final_q, rs)

    lines, cl, st0 = do_render(S.items, fin)
    assert len(cl) == n_comp, (pid, len(cl), n_comp)
    base = dict(pid=pid, template=tpl["name"], style=style, problem=problem)
    rows = []
    sol = "\n".join(lines)
    rows.append(dict(base, variant="correct", solution=sol, final=gold))

    checked = [it.get("checked") for it in S.items if it["type"] == "check"]
    calc_items = [it for it in S.items if it["type"] == "calc"]
    fr = random.Random("%s|fault|%s" % (SEED, pid))

    def try_fault(variant, kind0):
        carry = variant == "carry"
        kinds = [kind0] + [k for k in KINDS if k != kind0]
        cands = list(calc_items)
        fr.shuffle(cands)
        for kind in kinds:
            for it in cands:
                if carry and it["idx"] in checked:
                    continue
                for w in make_wrong(it, kind, fr)[:4]:
                    try:
                        S2, fin2 = solve_run(tpl, P, ov={it["idx"]: (w, carry)}, want_check=want_check)
                    except Reject:
                        continue
                    if carry and plain(fin2.v, fin2.d) == gold:
                        continue
                    lines2, cl2, st2 = do_render(S2.items, fin2 if carry else fin)
                    li = cl2[it["idx"]]
                    return kind, it, w, S2, fin2, lines2, li, st2
        raise RuntimeError("no fault for %s %s" % (pid, variant))

    for variant, k0 in (("slip", kind_slip), ("carry", kind_carry)):
        kind, it, w, S2, fin2, lines2, li, st2 = try_fault(variant, k0)
        sp = line_spans(lines2)[li]
        # written form of the wrong value (grouping as the style writes it)
        wr = group(w, st2.sep)
        assert wr in lines2[li], (pid, wr, lines2[li])
        row = dict(base, variant=variant, solution="\n".join(lines2), final=gold,
                   span=[sp[0], sp[1]], wrong=wr, right=it["rs"], step=it["idx"] + 1, kind=kind)
        rows.append(row)

    # loop
    lr = random.Random("%s|loop|%s" % (SEED, pid))
    calc_lines = sorted(set(cl[it["idx"]] for it in calc_items))
    opts = []
    first_cl = calc_lines[0]
    for i in calc_lines:
        for u in (1, 2, 3):
            s0 = i - u + 1
            if s0 < max(0, first_cl - 1):
                continue
            unit = lines[s0:i + 1]
            if not unit[0].strip() or unit[0].startswith("|---") or unit[0].startswith("| Quantity"):
                continue
            if s0 < first_cl and style in ("table", "numbered", "bullets", "claude_bold", "terse", "tutor", "prose"):
                continue
            opts.append((i, u))
    i, u = lr.choice(opts)
    repeats = lr.randrange(8, 31)
    want_partial = lr.random() < 0.45
    if want_partial:
        cands = [(ii, uu) for (ii, uu) in opts if 1 < first_digit(lines[ii - uu + 1]) < len(lines[ii - uu + 1])]
        if cands:
            i, u = lr.choice(cands)
        else:
            want_partial = False
    unit_lines = lines[i - u + 1:i + 1]
    unit = "\n".join(unit_lines)
    prefix = "\n".join(lines[:i + 1])
    text = prefix + ("\n" + unit) * (repeats - 1)
    if want_partial:
        fd = first_digit(unit_lines[0])
        cut = lr.randrange(max(1, fd // 3), fd + 1)
        part = unit_lines[0][:cut]
        if not part.strip():
            part = unit_lines[0][:fd]
        text += "\n" + part
    start = len(prefix) + 1
    rows.append(dict(base, variant="loop", solution=text, final=gold,
                     span=[start, start + len(unit)], repeats=repeats))
    return rows


def first_digit(s):
    for i, c in enumerate(s):
        if c.isdigit():
            return i
    return len(s)


def written_form(line, w):
    """The wrong value as it appears on the line (with the style's grouping)."""
    for sep in (",", "{,}", ""):
        cand = group(w, sep)
        if cand in line:
            return cand
    raise RuntimeError("wrong value not found on line: %r %r" % (w, line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    plan = []
    for ti, tpl in enumerate(TEMPLATES):
        for j in range(PER_TEMPLATE):
            plan.append((ti, j))
    r = random.Random(SEED + "|plan")
    r.shuffle(plan)
    rows = []
    for n, (ti, j) in enumerate(plan):
        tpl = TEMPLATES[ti]
        pid = "irr118-%04d" % n
        style = STYLES[n % len(STYLES)]
        ks = KINDS[n % len(KINDS)]
        kc = KINDS[(n + 3) % len(KINDS)]
        rows.extend(build_problem(pid, tpl, style, ks, kc))
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final",
            "span", "wrong", "right", "step", "kind", "repeats"]
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            o = {k: row[k] for k in keys if k in row}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
