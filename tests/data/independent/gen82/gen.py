#!/usr/bin/env python3
"""Held-out evaluation set generator: elections, surveys and polls.

Standard library only.  Deterministic: all randomness comes from string-seeded
random.Random instances.  Usage: python3 gen.py --out set.jsonl
"""
import argparse
import json
import random
from fractions import Fraction as F

# ---------------------------------------------------------------- numbers

from numfmt import round_half_up, needed_dec, plain  # noqa: E402


class Q:
    """A displayed quantity. v is the value as written (44.3 for 44.3%)."""

    def __init__(self, v, unit="n", dec=None, num=None, den=None):
        self.v = F(v)
        self.unit = unit
        if dec is None:
            dec = needed_dec(self.v)
            assert dec is not None, v
        self.dec = dec
        self.num, self.den = num, den

    @property
    def math(self):
        if self.unit == "frac":
            return F(self.num, self.den)
        return self.v / 100 if self.unit == "pct" else self.v

    def text(self):
        return plain(self.v, self.dec, sep=False, minus="-")


def frac(n, d):
    return Q(F(n, d), "frac", 0, n, d)


def ev(toks):
    """Evaluate a token list (Q objects and operator strings)."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = add()
            assert peek() == ")"
            pos[0] += 1
            return v
        if t == "neg":
            return -atom()
        return t.math

    def mul():
        v = atom()
        while peek() in ("*", "/", "of"):
            op = peek()
            pos[0] += 1
            w = atom()
            v = v / w if op == "/" else v * w
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            op = peek()
            pos[0] += 1
            w = mul()
            v = v + w if op == "+" else v - w
        return v

    r = add()
    assert pos[0] == len(toks)
    return r


# ---------------------------------------------------------------- recorder

class Step:
    pass


class Fault(Exception):
    pass


MUT_KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
             "double_digit", "wrong_op", "sign_dropped", "decimal_shift"]


def mutate(rng, step, exact_disp, right, kind):
    """Return a wrong Q for step or None if this kind does not apply."""
    v, dec = right.v, right.dec
    unit = right.unit
    ulp = F(1, 10 ** dec)
    if kind == "off_by_one":
        w = v + rng.choice([-1, 1]) * ulp
        return Q(w, unit, dec)
    if kind == "off_by_ten":
        w = v + rng.choice([-10, 10]) * ulp
        return Q(w, unit, dec)
    if kind == "sign_dropped":
        if v < 0:
            return Q(-v, unit, dec)
        return None
    if kind == "decimal_shift":
        if dec == 0 and unit not in ("pct", "deg", "dec", "pp"):
            return None
        if abs(v) < 1 and dec == 0:
            return None
        if dec > 0 and rng.random() < 0.5:
            return Q(v * 10, unit, max(dec - 1, 0))
        return Q(v / 10, unit, dec + 1)
    if kind == "wrong_op":
        t = step.toks
        if len(t) == 3 and t[1] in ("+", "-") and isinstance(t[0], Q):
            alt = {"+": "-", "-": "+", "*": "/", "/": "*"}[t[1]]
            x = ev([t[0], alt, t[2]]) * step.scale
            d = needed_dec(x, 6)
            if d is None or d > max(dec, 2):
                x = round_half_up(x, max(dec, 2))
                d = max(dec, 2)
            return Q(x, unit, d)
        return None
    s = plain(abs(v), dec, sep=False, minus="-")
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    if kind == "swap_digits":
        cands = [(a, b) for a, b in zip(digits, digits[1:]) if b == a + 1 and s[a] != s[b]]
        if not cands:
            return None
        a, b = rng.choice(cands)
        t = s[:a] + s[b] + s[a] + s[b + 1:]
    elif kind == "drop_digit":
        ipart = s.split(".")[0]
        if len(ipart) < 2:
            return None
        i = rng.randrange(1, len(ipart))
        t = s[:i] + s[i + 1:]
    elif kind == "double_digit":
        ipart = s.split(".")[0]
        i = rng.randrange(0, len(ipart))
        t = s[:i] + s[i] + s[i:]
    else:
        return None
    if t.startswith("0") and not t.startswith("0."):
        return None
    w = F(t)
    if v < 0:
        w = -w
    return Q(w, unit, dec)


class Rec:
    def __init__(self, fault_step=None, mode=None, mkind=None, seed="x"):
        self.steps = []
        self.fault_step = fault_step
        self.mode = mode
        self.mkind = mkind
        self.rng = random.Random(seed)
        self.fault_info = None
        self.weird = False

    def calc(self, label, toks, unit="n", dec=None, approx=False, scale=1,
             word="", var="x", after=None, check=False, note=""):
        st = Step()
        st.label, st.toks, st.scale, st.word, st.var = label, toks, scale, word, var
        st.after = after or []
        st.check = check
        st.note = note
        exact = ev(toks) * scale
        if approx:
            shown = round_half_up(exact, dec)
            st.eq = "=" if shown == exact else "\u2248"
            if shown == exact:
                dec = needed_dec(exact)
            right = Q(shown, unit, dec)
        else:
            st.eq = "="
            nd = needed_dec(exact)
            assert nd is not None, "inexact result written with ="
            right = Q(exact, unit, nd if dec is None else max(dec, nd))
        st.result = right
        st.index = len(self.steps) + 1
        self.steps.append(st)
        ret = right
        if self.fault_step == st.index:
            w = mutate(self.rng, st, exact, right, self.mkind)
            if w is None:
                raise Fault("kind n/a")
            if w.v == right.v or w.v == right.v * 100 or w.v * 100 == right.v:
                raise Fault("not wrong")
            if approx and round_half_up(exact, w.dec) == w.v:
                raise Fault("not wrong")
            if w.dec > 4 or abs(w.v) > 10 ** 8:
                raise Fault("odd")
            st.result = w
            self.fault_info = (right, w)
            if self.mode == "carry":
                ret = w
        return ret


# ---------------------------------------------------------------- names / contexts

FIRST = ["Ana Morales", "Ben Okafor", "Carla Jensen", "David Kim", "Elena Petrov",
         "Farid Haddad", "Grace Liu", "Hector Ruiz", "Irene Walsh", "Jamal Carter",
         "Keiko Sato", "Liam O'Brien", "Maya Patel", "Noah Fischer", "Olivia Grant",
         "Priya Nair", "Quinn Harper", "Rosa Delgado", "Samuel Osei", "Tara Novak"]
SHORT = ["Ana", "Ben", "Carla", "Dev", "Ella", "Finn", "Gia", "Hugo", "Isla", "Jon",
         "Kira", "Leo", "Mia", "Nate", "Omar", "Pia", "Rhea", "Sam", "Tess", "Vik"]
PARTIES = ["the Green Party", "the Labour Party", "the Liberal Party", "the Unity Party",
           "the Civic Alliance", "the Progress Party", "the People's Party", "the Reform Party"]
PARTY_SHORT = ["Party A", "Party B", "Party C", "Party D"]

ELECTIONS = ["the Riverside mayoral election", "the Oakdale city council race",
             "the student council presidential election", "the county commissioner race",
             "the union leadership ballot", "the Westfield school board election",
             "the state senate district race", "the book club's president vote",
             "the Lakeview town election"]
SURVEYS = ["a school survey", "a city-wide phone poll", "an online survey of local residents",
           "a survey of employees", "a questionnaire given to a civics class",
           "a survey of library visitors", "a market research survey",
           "a neighborhood association poll", "a survey of college students"]
TOPICS = [("favorite way to get to school", ["walking", "bus", "car", "bike"]),
          ("preferred news source", ["TV", "websites", "social media", "newspapers"]),
          ("favorite season", ["summer", "spring", "autumn", "winter"]),
          ("top issue for the next mayor", ["housing", "transit", "schools", "safety"]),
          ("favorite lunch option", ["pizza", "salads", "sandwiches", "tacos"]),
          ("main reason for voting", ["the economy", "healthcare", "education", "environment"]),
          ("preferred meeting day", ["Monday", "Wednesday", "Friday", "Saturday"]),
          ("favorite school subject", ["math", "science", "history", "art"]),
          ("favorite sport", ["soccer", "basketball", "tennis", "swimming"])]


def c(n):
    return plain(F(n), needed_dec(F(n)), sep=True, minus="-")


# ---------------------------------------------------------------- kinds
# each kind: gen(rng) -> params;  problem(frame, ctx, p) -> str ; solve(rec, p, sty) -> final Q
# plus intro facts for "Given" sections.

KINDS = {}


def kind(name):
    def deco(cls):
        KINDS[name] = cls
        return cls
    return deco


def pick(rng, pool, k):
    return rng.sample(pool, k)


@kind("share")
class Share:
    frames = [
        "In {e}, {a} received {va} votes, {b} received {vb} votes, and {cc} received {vc} votes. What percentage of the votes did {ask} receive? Round to one decimal place.",
        "Results from {e}: {a} {va}, {b} {vb}, {cc} {vc}. What share of the total vote went to {ask}, as a percent to the nearest tenth?",
        "Three candidates ran in {e}. {a} got {va} votes, {b} got {vb}, and {cc} got {vc}. Find {ask}'s percentage of the total vote, rounded to 1 decimal place.",
    ]

    @staticmethod
    def gen(rng):
        while True:
            v = [rng.randint(300, 9000) for _ in range(3)]
            i = rng.randrange(3)
            t = sum(v)
            x = F(v[i] * 100, t)
            if (x * 100).denominator != 1 and (x * 100) % 10 != 5:
                names = pick(rng, FIRST, 3)
                return dict(v=v, i=i, names=names)

    @staticmethod
    def problem(fr, e, p):
        n, v = p["names"], p["v"]
        return fr.format(e=e, a=n[0], b=n[1], cc=n[2], va=c(v[0]), vb=c(v[1]), vc=c(v[2]), ask=n[p["i"]])

    @staticmethod
    def solve(r, p):
        v, n, i = p["v"], p["names"], p["i"]
        T = r.calc("total votes cast", [Q(v[0]), "+", Q(v[1]), "+", Q(v[2])], word="votes", var="T")
        pc = r.calc(n[i].split()[0] + "'s share", [Q(v[i]), "/", T, "*", Q(100)], unit="pct", dec=1,
                    approx=True, var="p", note="rounded to one decimal place")
        return pc, "%s received about %s of the vote." % (n[i], "{R}")


@kind("margin_pct")
class MarginPct:
    frames = [
        "In {e}, {t} votes were cast. {a} won {pa}% of the votes and {b} won {pb}%. By how many votes did {a} win?",
        "A total of {t} ballots were counted in {e}. If {a} received {pa}% and {b} received {pb}%, what was {a}'s margin of victory in votes?",
        "{e_cap} had {t} voters. {a} took {pa}% of the vote, while {b} took {pb}%. How many more votes did {a} get than {b}?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            t = rng.choice([20, 25, 40, 50, 100]) * rng.randint(12, 300)
            pa = rng.randint(36, 62)
            pb = rng.randint(20, min(pa - 1, 100 - pa))
            if (t * pa) % 100 == 0 and (t * pb) % 100 == 0:
                return dict(t=t, pa=pa, pb=pb, names=pick(rng, FIRST, 2))

    @staticmethod
    def problem(fr, e, p):
        n = p["names"]
        return fr.format(e=e, e_cap=e[0].upper() + e[1:], t=c(p["t"]), a=n[0], b=n[1], pa=p["pa"], pb=p["pb"])

    @staticmethod
    def solve(r, p):
        n = p["names"]
        a = r.calc(n[0].split()[0] + "'s votes", [Q(p["pa"], "pct"), "of", Q(p["t"])], word="votes", var="A")
        b = r.calc(n[1].split()[0] + "'s votes", [Q(p["pb"], "pct"), "of", Q(p["t"])], word="votes", var="B")
        m = r.calc("margin of victory", [a, "-", b], word="votes", var="M")
        return m, "%s won by {R} votes." % n[0]


@kind("turnout")
class Turnout:
    frames = [
        "{e_cap} had {r} registered voters, and {v} of them cast a ballot. What was the voter turnout, as a percent rounded to one decimal place?",
        "In {e}, {v} people voted out of {r} registered voters. Find the turnout percentage to the nearest tenth of a percent.",
        "There were {r} registered voters for {e}, but only {v} turned out. What percent of registered voters voted? Give one decimal place.",
    ]

    @staticmethod
    def gen(rng):
        while True:
            R = rng.randint(2000, 90000)
            V = rng.randint(R * 25 // 100, R * 85 // 100)
            x = F(V * 1000, R)
            if x.denominator != 1 and (x * 10) % 10 != 5:
                return dict(r=R, v=V)

    @staticmethod
    def problem(fr, e, p):
        return fr.format(e=e, e_cap=e[0].upper() + e[1:], r=c(p["r"]), v=c(p["v"]))

    @staticmethod
    def solve(r, p):
        r.calc("registered voters who did not vote", [Q(p["r"]), "-", Q(p["v"])], word="voters", var="N")
        t = r.calc("turnout", [Q(p["v"]), "/", Q(p["r"]), "*", Q(100)], unit="pct", dec=1, approx=True, var="t",
                   note="rounded to one decimal place")
        return t, "Turnout was about {R}."


@kind("turnout_rev")
class TurnoutRev:
    frames = [
        "{e_cap} has {r} registered voters. Turnout was {p}%, and the winner received {q}% of the ballots cast. How many votes did the winner receive?",
        "In {e}, {p}% of the {r} registered voters voted. {a} won with {q}% of those votes. How many votes did {a} get?",
        "Of the {r} registered voters in {e}, {p}% cast a ballot, and {q}% of the ballots went to {a}. How many votes is that?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            R = rng.randint(20, 600) * 100
            p = rng.randint(30, 80)
            V = R * p // 100
            q = rng.randint(35, 70)
            if (V * q) % 100 == 0:
                return dict(r=R, p=p, q=q, a=rng.choice(FIRST))

    @staticmethod
    def problem(fr, e, p):
        return fr.format(e=e, e_cap=e[0].upper() + e[1:], r=c(p["r"]), p=p["p"], q=p["q"], a=p["a"])

    @staticmethod
    def solve(r, p):
        V = r.calc("ballots cast", [Q(p["p"], "pct"), "of", Q(p["r"])], word="ballots", var="V")
        W = r.calc("winner's votes", [Q(p["q"], "pct"), "of", V], word="votes", var="W")
        return W, "The winner received {R} votes."


@kind("pie_pct")
class PiePct:
    frames = [
        "In {s} about {topic}, {l0} got {p0}%, {l1} {p1}%, {l2} {p2}%, and {l3} {p3}%. If the results are drawn as a pie chart, what angle should the {ask} sector have?",
        "A pie chart shows the results of {s} on {topic}: {l0} {p0}%, {l1} {p1}%, {l2} {p2}%, {l3} {p3}%. Find the central angle of each sector. What is the angle for {ask}?",
        "{s_cap} asked about {topic}. The answers were {l0} ({p0}%), {l1} ({p1}%), {l2} ({p2}%) and {l3} ({p3}%). How many degrees is the {ask} slice of a pie chart?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            a = sorted(rng.sample(range(5, 95), 3))
            ps = [a[0], a[1] - a[0], a[2] - a[1], 100 - a[2]]
            if min(ps) >= 5:
                return dict(ps=ps, i=rng.randrange(4), t=rng.randrange(len(TOPICS)))

    @staticmethod
    def problem(fr, s, p):
        topic, labs = TOPICS[p["t"]]
        ps = p["ps"]
        return fr.format(s=s, s_cap=s[0].upper() + s[1:], topic=topic, l0=labs[0], l1=labs[1], l2=labs[2], l3=labs[3],
                         p0=ps[0], p1=ps[1], p2=ps[2], p3=ps[3], ask=labs[p["i"]])

    @staticmethod
    def solve(r, p):
        topic, labs = TOPICS[p["t"]]
        ang = []
        for k in range(4):
            ang.append(r.calc("angle for " + labs[k], [Q(p["ps"][k], "pct"), "of", Q(360, "deg")], unit="deg",
                              var=labs[k][0].upper()))
        tot = r.calc("sum of the angles", [ang[0], "+", ang[1], "+", ang[2], "+", ang[3]], unit="deg", check=True,
                     var="S")
        if tot.v == 360:
            r.steps[-1].after = ["The four angles add up to 360\u00b0, so the chart is complete."]
        return ang[p["i"]], "The %s sector is {R}." % labs[p["i"]]


@kind("pie_count")
class PieCount:
    frames = [
        "In {s} on {topic}, {c0} people chose {l0}, {c1} chose {l1}, and {c2} chose {l2}. In a pie chart of the results, what is the angle of the {ask} sector?",
        "{s_cap} about {topic} got these answers: {l0} {c0}, {l1} {c1}, {l2} {c2}. What central angle represents {ask} on a pie chart?",
        "A class makes a pie chart from {s} on {topic}. {c0} answered {l0}, {c1} answered {l1}, and {c2} answered {l2}. How many degrees should the {ask} slice be?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            N = rng.choice([40, 45, 48, 50, 60, 72, 80, 90, 120, 150, 180, 200, 240, 360])
            a, b = sorted(rng.sample(range(2, N - 1), 2))
            cs = [a, b - a, N - b]
            i = rng.randrange(3)
            ang = F(cs[i] * 360, N)
            if min(cs) >= 2 and needed_dec(ang, 2) is not None and needed_dec(ang, 2) <= 1:
                return dict(cs=cs, i=i, t=rng.randrange(len(TOPICS)))

    @staticmethod
    def problem(fr, s, p):
        topic, labs = TOPICS[p["t"]]
        cs = p["cs"]
        return fr.format(s=s, s_cap=s[0].upper() + s[1:], topic=topic, l0=labs[0], l1=labs[1], l2=labs[2],
                         c0=cs[0], c1=cs[1], c2=cs[2], ask=labs[p["i"]])

    @staticmethod
    def solve(r, p):
        topic, labs = TOPICS[p["t"]]
        cs = p["cs"]
        N = r.calc("number of responses", [Q(cs[0]), "+", Q(cs[1]), "+", Q(cs[2])], word="responses", var="N")
        i = p["i"]
        a = r.calc("angle for " + labs[i], [Q(cs[i]), "/", N, "*", Q(360, "deg")], unit="deg", var="A")
        return a, "The %s slice should be {R}." % labs[i]


@kind("lead_change")
class LeadChange:
    frames = [
        "In last month's poll for {e}, {a} had {a1}% and {b} had {b1}%. In this month's poll, {a} has {a2}% and {b} has {b2}%. By how many percentage points did {a}'s lead change? (Use a negative number for a decrease.)",
        "Two polls were taken before {e}. Poll 1: {a} {a1}%, {b} {b1}%. Poll 2: {a} {a2}%, {b} {b2}%. What is the change in {a}'s margin over {b}, in percentage points?",
        "A tracking poll for {e} showed {a} at {a1}% and {b} at {b1}%. A week later {a} was at {a2}% and {b} at {b2}%. How much did the gap ({a} minus {b}) change, in points?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            a1, b1, a2, b2 = [F(rng.randint(300, 560), 10) for _ in range(4)]
            if a1 + b1 <= 98 and a2 + b2 <= 98 and (a2 - b2) != (a1 - b1):
                return dict(x=[a1, b1, a2, b2], names=pick(rng, SHORT, 2))

    @staticmethod
    def problem(fr, e, p):
        n = p["names"]
        a1, b1, a2, b2 = [plain(x, 1) for x in p["x"]]
        return fr.format(e=e, a=n[0], b=n[1], a1=a1, b1=b1, a2=a2, b2=b2)

    @staticmethod
    def solve(r, p):
        a1, b1, a2, b2 = p["x"]
        g1 = r.calc("gap in the first poll", [Q(a1, "pct", 1), "-", Q(b1, "pct", 1)], unit="pp", dec=1, scale=100,
                    var="g1")
        g2 = r.calc("gap in the second poll", [Q(a2, "pct", 1), "-", Q(b2, "pct", 1)], unit="pp", dec=1, scale=100,
                    var="g2")
        d = r.calc("change in the gap", [Q(g2.v, "pp", g2.dec), "-", Q(g1.v, "pp", g1.dec)], unit="pp", dec=1, var="d")
        return d, "The lead changed by {R}."


@kind("undecided_change")
class UndecidedChange:
    frames = [
        "A poll on {e} found {a1}% for {a}, {b1}% for {b}, and the rest undecided. A later poll found {a2}% for {a} and {b2}% for {b}, with the rest undecided. By how many percentage points did the undecided share change?",
        "Early polling in {e}: {a} {a1}%, {b} {b1}%, undecided the remainder. Final poll: {a} {a2}%, {b} {b2}%, undecided the remainder. Find the change in the undecided percentage (negative if it fell).",
        "In {e}, the first survey had {a} at {a1}% and {b} at {b1}%; everyone else was undecided. The second survey had {a} at {a2}% and {b} at {b2}%. How did the undecided share change, in percentage points?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            a1, b1, a2, b2 = [F(rng.randint(250, 480), 10) for _ in range(4)]
            u1, u2 = 100 - a1 - b1, 100 - a2 - b2
            if 3 <= u1 <= 40 and 3 <= u2 <= 40 and u1 != u2:
                return dict(x=[a1, b1, a2, b2], names=pick(rng, SHORT, 2))

    problem = LeadChange.problem

    @staticmethod
    def solve(r, p):
        a1, b1, a2, b2 = p["x"]
        u1 = r.calc("undecided share in the first poll", [Q(100, "pct"), "-", Q(a1, "pct", 1), "-", Q(b1, "pct", 1)],
                    unit="pct", dec=1, scale=100, var="u1")
        u2 = r.calc("undecided share in the second poll", [Q(100, "pct"), "-", Q(a2, "pct", 1), "-", Q(b2, "pct", 1)],
                    unit="pct", dec=1, scale=100, var="u2")
        d = r.calc("change in undecided", [u2, "-", u1], unit="pp", dec=1, scale=100, var="d")
        return d, "The undecided share changed by {R}."


@kind("largest_remainder")
class LargestRemainder:
    frames = [
        "A council of {s} seats is filled by the largest remainder method. {a} got {va} votes, {b} got {vb} votes, and {cc} got {vc} votes. How many seats does {ask} win?",
        "In {e}, {s} seats are shared out in proportion to votes using the Hare quota and largest remainders. The votes were {a} {va}, {b} {vb}, {cc} {vc}. How many seats go to {ask}?",
        "Using the largest remainder method with {s} seats, allocate seats for these results: {a} {va}, {b} {vb}, {cc} {vc}. How many seats does {ask} receive?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            S = rng.randint(7, 20)
            q = rng.randint(40, 900)
            V = S * q
            a, b = sorted(rng.sample(range(q // 2, V - q // 2), 2))
            v = [a, b - a, V - b]
            quot = [F(x, q) for x in v]
            fl = [int(x) for x in quot]
            rem = [x - int(x) for x in quot]
            left = S - sum(fl)
            if min(v) < q // 2 or left < 1 or len(set(rem)) < 3:
                continue
            if any(needed_dec(x, 2) is None and round_half_up(x, 2) == round_half_up(y, 2)
                   for x in rem for y in rem if x is not y):
                continue
            rs = [round_half_up(x, 2) for x in rem]
            if len(set(rs)) < 3 or max(rs) >= 1 or min(rs) <= 0:
                continue
            return dict(s=S, v=v, i=rng.randrange(3), names=pick(rng, PARTIES, 3))

    @staticmethod
    def problem(fr, e, p):
        n, v = p["names"], p["v"]
        cap = [x[0].upper() + x[1:] for x in n]
        return fr.format(e=e, s=p["s"], a=cap[0], b=n[1], cc=n[2], va=c(v[0]), vb=c(v[1]), vc=c(v[2]), ask=n[p["i"]])

    @staticmethod
    def solve(r, p):
        v, n, S = p["v"], p["names"], p["s"]
        T = r.calc("total votes", [Q(v[0]), "+", Q(v[1]), "+", Q(v[2])], word="votes", var="T")
        quota = r.calc("quota (votes per seat)", [T, "/", Q(S)], dec=2, approx=True, var="q",
                       word="votes per seat")
        qs = []
        for k in range(3):
            exact_like = needed_dec(F(v[k]) / quota.v, 2)
            qs.append(r.calc(n[k] + " quota count", [Q(v[k]), "/", quota], unit="n",
                             dec=2, approx=True, var="q%d" % (k + 1)))
        fl = [int(x.v) for x in qs]
        auto = r.calc("seats from whole quotas", [Q(fl[0]), "+", Q(fl[1]), "+", Q(fl[2])], word="seats", var="W")
        left = r.calc("seats left over", [Q(S), "-", auto], word="seats", var="L")
        rem = [x.v - int(x.v) for x in qs]
        order = sorted(range(3), key=lambda k: -rem[k])
        nleft = int(left.v)
        win = order[:max(0, min(nleft, 3))]
        remtxt = ", ".join("%s %s" % (n[k], plain(rem[k], 2)) for k in order)
        if nleft <= 0 or nleft > 3:
            r.weird = True
            after = ["Remainders, largest first: %s." % remtxt]
        elif nleft == 1:
            after = ["Remainders, largest first: %s. The 1 leftover seat goes to %s." % (remtxt, n[win[0]])]
        else:
            after = ["Remainders, largest first: %s. The %d leftover seats go to %s." % (
                remtxt, nleft, " and ".join(n[k] for k in win))]
        r.steps[-1].after = after
        i = p["i"]
        extra = 1 if i in win else 0
        fin = r.calc("seats for " + n[i], [Q(fl[i]), "+", Q(extra)], word="seats", var="s")
        return fin, "%s%s wins {R} seats." % (n[i][0].upper(), n[i][1:])


@kind("seat_share")
class SeatShare:
    frames = [
        "A {s}-seat council is split in exact proportion to the vote. {a} got {va} votes, {b} got {vb} votes, and {cc} got {vc} votes. How many seats does {ask} get?",
        "In {e}, the {s} seats are divided according to vote share. The results were {a} {va}, {b} {vb}, {cc} {vc}. How many seats does {ask} receive?",
        "Seats in a {s}-member assembly are given out by share of the vote. {a}: {va} votes; {b}: {vb} votes; {cc}: {vc} votes. Find {ask}'s number of seats.",
    ]

    @staticmethod
    def gen(rng):
        while True:
            S = rng.choice([10, 20, 25, 40, 50])
            k = [rng.randint(1, S - 2) for _ in range(2)]
            if k[0] + k[1] >= S:
                continue
            ks = [k[0], k[1], S - k[0] - k[1]]
            m = rng.randint(30, 600)
            v = [x * m for x in ks]
            i = rng.randrange(3)
            if needed_dec(F(v[i] * 100, sum(v)), 2) is not None:
                return dict(s=S, v=v, i=i, names=pick(rng, PARTIES, 3))

    problem = LargestRemainder.problem

    @staticmethod
    def solve(r, p):
        v, n, S, i = p["v"], p["names"], p["s"], p["i"]
        T = r.calc("total votes", [Q(v[0]), "+", Q(v[1]), "+", Q(v[2])], word="votes", var="T")
        sh = r.calc(n[i] + " vote share", [Q(v[i]), "/", T, "*", Q(100)], unit="pct", var="p")
        seats = r.calc(n[i] + " seats", [sh, "of", Q(S)], word="seats", var="s")
        return seats, "%s%s gets {R} seats." % (n[i][0].upper(), n[i][1:])


@kind("ranked")
class Ranked:
    frames = [
        "In {e}, the vote counts were: {l}. How many more votes did the winner get than the second- and third-place finishers combined? (Give a negative number if the winner got fewer.)",
        "Final results of {e}: {l}. Rank the candidates, then find the winner's total minus the combined total of 2nd and 3rd place.",
        "Four candidates ran in {e}: {l}. Compare the winner's votes with the 2nd- and 3rd-place candidates put together: what is the winner's total minus their combined total?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            v = rng.sample(range(400, 9000), 4)
            s = sorted(v, reverse=True)
            if s[0] != s[1] + s[2]:
                return dict(v=v, names=pick(rng, FIRST, 4))

    @staticmethod
    def problem(fr, e, p):
        l = ", ".join("%s %s" % (n, c(x)) for n, x in zip(p["names"], p["v"]))
        return fr.format(e=e, l=l)

    @staticmethod
    def solve(r, p):
        v, n = p["v"], p["names"]
        order = sorted(range(4), key=lambda k: -v[k])
        s = r.calc("2nd and 3rd place combined", [Q(v[order[1]]), "+", Q(v[order[2]])], word="votes", var="C")
        r.steps[-1].pre = ["Ranking: 1st %s (%s), 2nd %s (%s), 3rd %s (%s), 4th %s (%s)." % tuple(
            x for k in order for x in (n[k], c(v[k])))]
        d = r.calc("difference between the winner and that combined total", [Q(v[order[0]]), "-", s], word="votes", var="D")
        return d, "The difference is {R} votes."


@kind("pct_of_pct")
class PctOfPct:
    frames = [
        "In {s}, {n} people were asked about a new park. {p}% said they support it, and {q}% of the supporters said they support it strongly. How many people strongly support the park?",
        "{s_cap} reached {n} respondents. {p}% favor the ballot measure; of those in favor, {q}% say they are certain to vote. How many respondents are in favor and certain to vote?",
        "Of {n} people surveyed in {s}, {p}% approve of the mayor, and {q}% of those who approve 'strongly approve'. How many strongly approve?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            n = rng.randint(4, 120) * 25
            p = rng.randint(20, 85)
            q = rng.randint(10, 80)
            if (n * p) % 100 == 0 and (n * p // 100 * q) % 100 == 0:
                return dict(n=n, p=p, q=q)

    @staticmethod
    def problem(fr, s, p):
        return fr.format(s=s, s_cap=s[0].upper() + s[1:], n=c(p["n"]), p=p["p"], q=p["q"])

    @staticmethod
    def solve(r, p):
        a = r.calc("number in favor", [Q(p["p"], "pct"), "of", Q(p["n"])], word="people", var="A")
        b = r.calc("strong supporters", [Q(p["q"], "pct"), "of", a], word="people", var="B")
        return b, "{R} people are in that group."


@kind("majority")
class Majority:
    frames = [
        "In {e}, {t} ballots were cast. A candidate needs a majority (more than half) to win outright. {a} has {v} votes so far. How many more votes would {a} need?",
        "{e_cap} requires a strict majority of the {t} votes cast. If {a} currently has {v} votes, how many more votes does {a} need to reach a majority?",
        "There are {t} voting members in {e}. To pass, a motion needs more than half of the votes. {v} members already support it. How many more supporters are needed?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            t = rng.randint(40, 20000)
            maj = t // 2 + 1
            v = rng.randint(t // 5, maj - 1)
            if maj - v >= 1:
                return dict(t=t, v=v, a=rng.choice(FIRST))

    @staticmethod
    def problem(fr, e, p):
        return fr.format(e=e, e_cap=e[0].upper() + e[1:], t=c(p["t"]), v=c(p["v"]), a=p["a"])

    @staticmethod
    def solve(r, p):
        t = p["t"]
        h = r.calc("half of the votes", [Q(t), "/", Q(2)], var="h")
        if t % 2 == 0:
            m = r.calc("votes for a majority", [h, "+", Q(1)], var="m")
        else:
            r.steps[-1].after = ["More than %s means at least %s votes, since votes are whole numbers." % (
                c(h.v), c(F(t // 2 + 1)))]
            m = Q(F(t // 2 + 1))
            if h.v != F(t, 2):  # carried wrong half
                m = Q(F(int(h.v) + 1))
                r.steps[-1].after = ["More than %s means at least %s votes, since votes are whole numbers." % (
                    c(h.v), c(m.v))] if h.v.denominator != 1 else ["So at least %s votes are needed." % c(m.v)]
        need = r.calc("additional votes needed", [m, "-", Q(p["v"])], word="votes", var="x")
        return need, "{R} more votes are needed."


@kind("supermajority")
class Supermajority:
    frames = [
        "An amendment in {e} needs a two-thirds vote of all {n} members. {y} members have said they will vote yes. How many more yes votes are needed?",
        "A {n}-member legislature needs at least two-thirds of all members to override a veto. If {y} members support the override, how many more are needed?",
        "To change the bylaws of {e}, at least 2/3 of the {n} members must approve. {y} have approved so far. How many more approvals are required?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            n = rng.randint(9, 600)
            need = -(-2 * n // 3)
            y = rng.randint(n // 3, need - 1) if need - 1 >= n // 3 else None
            if y is not None and need - y >= 1:
                return dict(n=n, y=y)

    @staticmethod
    def problem(fr, e, p):
        return fr.format(e=e, n=c(p["n"]), y=c(p["y"]))

    @staticmethod
    def solve(r, p):
        n = p["n"]
        tt = r.calc("two-thirds of the members", [frac(2, 3), "*", Q(n)], dec=2, approx=True, var="k")
        if tt.v.denominator == 1:
            need = Q(tt.v)
            r.steps[-1].after = ["So %s yes votes are needed." % c(need.v)]
        else:
            import math
            need = Q(F(math.ceil(tt.v)))
            r.steps[-1].after = ["Since that is not a whole number, round up: at least %s yes votes." % c(need.v)]
        more = r.calc("more yes votes needed", [need, "-", Q(p["y"])], word="votes", var="x")
        return more, "{R} more yes votes are needed."


@kind("round_sum")
class RoundSum:
    frames = [
        "In {e}, {a} received {va} votes, {b} received {vb} votes and {cc} received {vc} votes. Give each candidate's share to one decimal place, and add the three rounded percentages. What is the sum?",
        "A newspaper reports the results of {e} as percentages rounded to one decimal: {a} {va} votes, {b} {vb} votes, {cc} {vc} votes. What do the three rounded percentages add up to?",
        "Results for {e}: {a} {va}, {b} {vb}, {cc} {vc}. Convert each to a percent (nearest tenth) and find the total of the rounded percents.",
    ]

    @staticmethod
    def gen(rng):
        tries = 0
        while True:
            tries += 1
            v = [rng.randint(200, 7000) for _ in range(3)]
            T = sum(v)
            xs = [F(x * 100, T) for x in v]
            if any((x * 100).denominator == 1 and (x * 100) % 10 == 5 for x in xs):
                continue
            s = sum(round_half_up(x, 1) for x in xs)
            if s != 100 or tries > 30:
                return dict(v=v, i=0, names=pick(rng, FIRST, 3))

    problem = Share.problem

    @staticmethod
    def solve(r, p):
        v, n = p["v"], p["names"]
        T = r.calc("total votes", [Q(v[0]), "+", Q(v[1]), "+", Q(v[2])], word="votes", var="T")
        ps = []
        for k in range(3):
            ps.append(r.calc(n[k].split()[0] + "'s share", [Q(v[k]), "/", T, "*", Q(100)], unit="pct", dec=1,
                             approx=True, var="p%d" % (k + 1)))
        s = r.calc("sum of the rounded shares", [ps[0], "+", ps[1], "+", ps[2]], unit="pct", dec=1, scale=100,
                   var="S")
        if s.v != 100:
            r.steps[-1].after = ["The sum is not exactly 100% only because each share was rounded."]
        return s, "The rounded percentages add up to {R}."


@kind("pct_change")
class PctChange:
    frames = [
        "{a} received {v1} votes in the last election and {v2} votes in this one. What was the percent change in {a}'s vote total, to one decimal place?",
        "In {e}, turnout went from {v1} voters four years ago to {v2} voters this year. Find the percent change, rounded to the nearest tenth (negative for a decrease).",
        "A party's vote in {e} moved from {v1} to {v2}. By what percent did it change? Round to one decimal place.",
    ]

    @staticmethod
    def gen(rng):
        while True:
            v1 = rng.randint(1500, 60000)
            v2 = int(v1 * rng.uniform(0.7, 1.35))
            x = F((v2 - v1) * 1000, v1)
            if v2 != v1 and x.denominator != 1 and (abs(x) * 10) % 10 != 5:
                return dict(v1=v1, v2=v2, a=rng.choice(FIRST))

    @staticmethod
    def problem(fr, e, p):
        return fr.format(e=e, a=p["a"], v1=c(p["v1"]), v2=c(p["v2"]))

    @staticmethod
    def solve(r, p):
        d = r.calc("change in votes", [Q(p["v2"]), "-", Q(p["v1"])], word="votes", var="d")
        pc = r.calc("percent change", [d, "/", Q(p["v1"]), "*", Q(100)], unit="pct", dec=1, approx=True, var="c",
                    note="rounded to one decimal place")
        return pc, "The percent change was about {R}."


@kind("undecided_split")
class UndecidedSplit:
    frames = [
        "A poll for {e} has {a} at {pa}% and {b} at {pb}%, with everyone else undecided. If {q}% of the undecided voters break for {a}, what share of the vote would {a} end up with?",
        "In {e}, {a} polls at {pa}%, {b} at {pb}%, and the rest are undecided. Analysts assume {q}% of undecided voters will choose {a}. Project {a}'s final percentage.",
        "Polling for {e}: {a} {pa}%, {b} {pb}%, undecided the remainder. If {a} wins {q}% of the undecided, what is {a}'s projected share of the vote?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            pa = F(rng.randint(300, 500), 10)
            pb = F(rng.randint(300, 500), 10)
            u = 100 - pa - pb
            q = rng.choice([25, 40, 50, 60, 75, 30, 70, 20, 80])
            if 4 <= u <= 30:
                return dict(pa=pa, pb=pb, q=q, names=pick(rng, SHORT, 2))

    @staticmethod
    def problem(fr, e, p):
        n = p["names"]
        return fr.format(e=e, a=n[0], b=n[1], pa=plain(p["pa"], 1), pb=plain(p["pb"], 1), q=p["q"])

    @staticmethod
    def solve(r, p):
        u = r.calc("undecided share", [Q(100, "pct"), "-", Q(p["pa"], "pct", 1), "-", Q(p["pb"], "pct", 1)],
                   unit="pct", dec=1, scale=100, var="u")
        g = r.calc("undecided going to " + p["names"][0], [Q(p["q"], "pct"), "of", u], unit="pct", scale=100,
                   var="g")
        f = r.calc("projected share", [Q(p["pa"], "pct", 1), "+", g], unit="pct", scale=100, var="A",
                   dec=max(1, g.dec))
        return f, "%s would finish with about {R}." % p["names"][0]


@kind("sample_pop")
class SamplePop:
    frames = [
        "In {s}, {k} of {n} people said they plan to vote yes on the measure. If {P} people will vote, how many yes votes does the survey predict?",
        "{s_cap} of {n} residents found that {k} of them prefer the new bus route. The town has {P} residents. Estimate how many prefer the new route.",
        "A random sample of {n} voters from {s} included {k} who support the library tax. Based on this, how many of the district's {P} voters would be expected to support it?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            n = rng.choice([40, 50, 80, 100, 125, 200, 250, 400, 500])
            k = rng.randint(n // 5, n * 4 // 5)
            P = rng.randint(10, 900) * 100
            if needed_dec(F(k, n), 4) is not None and (F(k, n) * P).denominator == 1:
                return dict(n=n, k=k, P=P)

    @staticmethod
    def problem(fr, s, p):
        return fr.format(s=s, s_cap=s[0].upper() + s[1:], n=c(p["n"]), k=c(p["k"]), P=c(p["P"]))

    @staticmethod
    def solve(r, p):
        f = r.calc("sample proportion", [Q(p["k"]), "/", Q(p["n"])], unit="dec", var="f")
        e = r.calc("estimate", [f, "*", Q(p["P"])], word="people", var="E")
        return e, "The estimate is {R}."


@kind("pp_vs_pct")
class PPvsPct:
    frames = [
        "Support for {a} in {e} went from {p1}% to {p2}% between two polls. By how many percentage points did it change, and what was the relative change in percent (one decimal)? Give the relative change.",
        "In polling for {e}, {a} went from {p1}% to {p2}%. Find the change in percentage points and then the percent change relative to the first poll, rounded to one decimal.",
        "A civics class compares two polls on {e}: {a} had {p1}% in the first and {p2}% in the second. What is the relative (percent) change in {a}'s support, to the nearest tenth?",
    ]

    @staticmethod
    def gen(rng):
        while True:
            p1 = rng.randint(15, 60)
            p2 = rng.randint(15, 60)
            x = F((p2 - p1) * 1000, p1)
            if p1 != p2 and x.denominator != 1 and (abs(x) * 10) % 10 != 5:
                return dict(p1=p1, p2=p2, a=rng.choice(FIRST))

    @staticmethod
    def problem(fr, e, p):
        return fr.format(e=e, a=p["a"], p1=p["p1"], p2=p["p2"])

    @staticmethod
    def solve(r, p):
        d = r.calc("change in percentage points", [Q(p["p2"], "pct"), "-", Q(p["p1"], "pct")], unit="pp", scale=100,
                   var="d")
        rel = r.calc("relative change", [Q(d.v), "/", Q(p["p1"]), "*", Q(100)], unit="pct", dec=1, approx=True,
                     var="r", note="rounded to one decimal place")
        return rel, "That is a relative change of about {R}."


@kind("vote_fraction")
class VoteFraction:
    frames = [
        "In {e}, {n} students voted. {fa} of them voted for {a}, and {fb} of the rest voted for {b}. Everyone else voted for {cc}. How many votes did {cc} get?",
        "{n} ballots were cast in {e}. {a} won {fa} of the ballots; {b} got {fb} of the remaining ballots, and {cc} got the rest. How many ballots did {cc} receive?",
        "Of the {n} votes in {e}, {fa} went to {a}. Of the votes left over, {fb} went to {b}, and the remainder went to {cc}. Find {cc}'s vote count.",
    ]

    @staticmethod
    def gen(rng):
        FR = [(1, 2), (1, 3), (2, 5), (3, 8), (1, 4), (2, 3), (3, 5), (1, 5), (3, 10), (5, 12)]
        while True:
            fa = rng.choice(FR)
            fb = rng.choice(FR)
            n = rng.randint(2, 120) * fa[1] * fb[1]
            rest = n - n * fa[0] // fa[1]
            if n <= 6000 and (rest * fb[0]) % fb[1] == 0 and n >= 60:
                return dict(n=n, fa=fa, fb=fb, names=pick(rng, SHORT, 3))

    @staticmethod
    def problem(fr, e, p):
        n = p["names"]
        fa = "%d/%d" % p["fa"]
        fb = "%d/%d" % p["fb"]
        return fr.format(e=e, n=c(p["n"]), fa=fa, fb=fb, a=n[0], b=n[1], cc=n[2])

    @staticmethod
    def solve(r, p):
        n = p["names"]
        a = r.calc(n[0] + "'s votes", [frac(*p["fa"]), "of", Q(p["n"])], word="votes", var="A")
        rest = r.calc("votes remaining", [Q(p["n"]), "-", a], word="votes", var="R")
        b = r.calc(n[1] + "'s votes", [frac(*p["fb"]), "of", rest], word="votes", var="B")
        cc = r.calc(n[2] + "'s votes", [rest, "-", b], word="votes", var="C")
        return cc, "%s received {R} votes." % n[2]


KIND_CTX = {
    "share": ELECTIONS, "margin_pct": ELECTIONS, "turnout": ELECTIONS, "turnout_rev": ELECTIONS,
    "pie_pct": SURVEYS, "pie_count": SURVEYS, "lead_change": ELECTIONS, "undecided_change": ELECTIONS,
    "largest_remainder": ELECTIONS, "seat_share": ELECTIONS, "ranked": ELECTIONS, "pct_of_pct": SURVEYS,
    "majority": ELECTIONS, "supermajority": ELECTIONS, "round_sum": ELECTIONS, "pct_change": ELECTIONS,
    "undecided_split": ELECTIONS, "sample_pop": SURVEYS, "pp_vs_pct": ELECTIONS, "vote_fraction": ELECTIONS,
}

from render import render  # noqa: E402

STYLES = ["heading", "bold", "bullets", "prose", "latex_inline", "latex_display", "table", "terse",
          "tutor", "verbal", "numbered"]

TEMPLATES_PER_KIND = 9
NUMBER_SETS = 4


def final_str(q):
    return q.text()


def build(kname, tidx, nset, style, variant, fault=None):
    K = KINDS[kname]
    prng = random.Random("params|%s|%d|%d" % (kname, tidx, nset))
    p = K.gen(prng)
    fr = K.frames[tidx % len(K.frames)]
    ctx = KIND_CTX[kname][tidx % len(KIND_CTX[kname])]
    problem = K.problem(fr, ctx, p)
    return K, p, problem


def solve_with(K, p, fault_step=None, mode=None, mkind=None, seed="s"):
    rec = Rec(fault_step, mode, mkind, seed)
    fin, concl = K.solve(rec, p)
    return rec, fin, concl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    pcount = 0
    for kname in KINDS:
        K = KINDS[kname]
        for tidx in range(TEMPLATES_PER_KIND):
            for nset in range(NUMBER_SETS):
                pid = "%s-%d-%d" % (kname, tidx, nset)
                style = STYLES[pcount % len(STYLES)]
                pcount += 1
                _, p, problem = build(kname, tidx, nset, style, None)
                rec, fin, concl = solve_with(K, p)
                gold = final_str(fin)
                srng = random.Random("style|" + pid)
                base = dict(pid=pid, template="%s-%d" % (kname, tidx), style=style, problem=problem)
                # correct
                rseed = "render|" + pid
                sol, lines_info = render(style, rec.steps, fin, concl, problem, random.Random(rseed))
                rows.append(dict(base, variant="correct", solution=sol, final=gold))
                # slip and carry
                for mode in ("slip", "carry"):
                    frng = random.Random("fault|%s|%s" % (mode, pid))
                    nsteps = len(rec.steps)
                    done = False
                    for attempt in range(400):
                        st = frng.randint(1, nsteps)
                        mk = frng.choice(MUT_KINDS)
                        if rec.steps[st - 1].check and mode == "carry":
                            continue
                        try:
                            r2, fin2, concl2 = solve_with(K, p, st, mode, mk, seed="m|%s|%s|%d" % (pid, mode, attempt))
                        except Fault:
                            continue
                        except (ZeroDivisionError, AssertionError, ValueError):
                            continue
                        f2 = final_str(fin2)
                        if mode == "slip" and f2 != gold:
                            continue
                        if mode == "carry" and f2 == gold:
                            continue
                        if mode == "carry" and (len(r2.steps) != nsteps or r2.weird):
                            continue
                        sol2, info2 = render(style, r2.steps, fin2, concl2, problem, random.Random(rseed))
                        right, wrong = r2.fault_info
                        s0, s1 = info2["spans"][st - 1]
                        rows.append(dict(base, variant=mode, solution=sol2, final=gold, span=[s0, s1],
                                         wrong=wrong.text(), right=right.text(), step=st, kind=mk))
                        done = True
                        break
                    assert done, (pid, mode)
                # loop
                lrng = random.Random("loop|" + pid)
                body = lines_info["body_lines"]  # list of (start_line_idx, end_line_idx) blocks for steps
                lines = lines_info["lines"]
                bi = lrng.randrange(0, len(body))
                a, b = body[bi]
                while b > a and lines[b - 1] == "":
                    b -= 1
                res_line = lines_info["res_lines"][bi]
                if b - a > 3:
                    a = max(a, res_line - 1)
                    b = min(b, a + 3)
                if lrng.random() < 0.3 and b - a > 1 and res_line < b:
                    a = res_line  # repeat just the result line (and what follows in the block)
                    b = min(b, a + lrng.randint(1, 2))
                unit_lines = lines[a:b]
                prefix = "\n".join(lines[:b]) + "\n"
                unit = "\n".join(unit_lines) + "\n"
                reps = lrng.randint(8, 30)
                text = prefix + unit * (reps - 1)
                start2 = len(prefix)
                text = text.rstrip("\n")
                rows.append(dict(base, variant="loop", solution=text, final=gold,
                                 span=[start2, start2 + len(unit)], repeats=reps))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
