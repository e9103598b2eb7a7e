#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (print-shop genre)
with seeded arithmetic faults.  Deterministic: python3 gen.py --out set.jsonl
Standard library only."""
import argparse
import json
import math
import random
from fractions import Fraction as F

SEED = "mcrgen-eval123-printshop"
N_PER_TEMPLATE = 38
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
         "double_digit", "wrong_op", "decimal_shift"]
STYLES = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "gsm8k", "tutor", "llama"]


class NotApplicable(Exception):
    pass


# ----------------------------------------------------------------- numbers
def hround(x, d):
    """half-up rounding of a non-negative Fraction to d decimals"""
    m = 10 ** d
    return F(math.floor(x * m + F(1, 2)), m)


def is_exact(x, d):
    return (x * 10 ** d).denominator == 1


def split_digits(x, d):
    n = x * 10 ** d
    assert n.denominator == 1, (x, d)
    n = int(n)
    assert n >= 0
    s = str(n).rjust(d + 1, "0")
    return (s[:-d], s[-d:]) if d else (s, "")


def group(ip, sep):
    if not sep or len(ip) <= 3:
        return ip
    out = []
    while len(ip) > 3:
        out.append(ip[-3:])
        ip = ip[:-3]
    out.append(ip)
    return sep.join(reversed(out))


def fmtn(x, d, sep=","):
    ip, fp = split_digits(x, d)
    s = group(ip, sep)
    return s + ("." + fp if fp else "")


def plain(x, d):
    """plain number, no separators, trailing zeros stripped (GSM8K style)"""
    s = fmtn(x, d, "")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


class Q:
    __slots__ = ("v", "kind", "unit", "d")

    def __init__(self, v, kind="num", unit="", d=0):
        self.v = F(v)
        self.kind = kind
        self.unit = unit
        self.d = d


def money(x):
    return Q(F(x), "money", "", 2)


def num(x, unit="", d=0):
    return Q(F(x), "num", unit, d)


def pct(x, d=0):
    return Q(F(x), "pct", "", d)


def PM(x):
    """money for problem text"""
    x = F(x)
    if x.denominator == 1:
        return "$" + fmtn(x, 0)
    return "$" + fmtn(x, 2)


def PN(x, d=0):
    return fmtn(F(x), d)


def PP(x):
    x = F(x)
    return (fmtn(x, 0) if x.denominator == 1 else plain(x, 4)) + "%"


# ---------------------------------------------------------- expressions
def evaluate(e):
    """e: list of Q / op str / sublist; + - * / and 'of' (percent of)"""
    vals, ops = [], []
    for it in e:
        if isinstance(it, str):
            ops.append(it)
        elif isinstance(it, list):
            vals.append(evaluate(it))
        else:
            vals.append(it.v / 100 if it.kind == "pct" else it.v)
    # precedence: * / of first
    v2, o2 = [vals[0]], []
    for op, v in zip(ops, vals[1:]):
        if op in "*/" or op == "of":
            a = v2.pop()
            v2.append(a * v if op in ("*", "of") else a / v)
        else:
            v2.append(v)
            o2.append(op)
    r = v2[0]
    for op, v in zip(o2, v2[1:]):
        r = r + v if op == "+" else r - v
    return r


def has_sub(e):
    return any(isinstance(it, list) for it in e)


def flatten_subs(e, d):
    out = []
    for it in e:
        if isinstance(it, list):
            v = evaluate(it)
            assert is_exact(v, d)
            out.append(Q(v, "num", "", d))
        else:
            out.append(it)
    return out


# ------------------------------------------------------------ calculator
class Calc:
    def __init__(self, style, fault=None, rng=None):
        self.style = style
        self.checks = style != "gsm8k"
        self.fault = fault            # (idx, kind, mode)
        self.rng = rng
        self.items = []
        self.ncomp = 0
        self.meta = []                # per computation: dict(check, binary, roundup)

    def note(self, text):
        self.items.append({"t": "note", "text": text})

    def comp(self, desc, expr, kind="num", unit="", d=0, check=False):
        exact = evaluate(expr)
        if exact < 0:
            raise NotApplicable("negative")
        w = hround(exact, d)
        approx = w != exact
        if not approx and kind != "money":
            while d > 0 and is_exact(w, d - 1):
                d -= 1
        right = Q(w, kind, unit, d)
        idx = self.ncomp
        self.ncomp += 1
        rec = {"t": "comp", "desc": desc, "expr": expr, "res": right,
               "approx": approx, "check": check, "roundup": None, "idx": idx,
               "right": right, "wrong": None, "fkind": None}
        binary = (len(expr) == 3 and not has_sub(expr) and expr[1] in "+-*/")
        self.meta.append({"check": check, "binary": binary, "roundup": False,
                          "sub": has_sub(expr)})
        use = right
        if self.fault is not None and self.fault[0] == idx:
            wq = mutate(right, expr, self.fault[1], self.rng)
            rec["wrong"] = wq
            rec["res"] = wq
            rec["fkind"] = self.fault[1]
            if self.fault[2] == "carry":
                use = wq
        self.items.append(rec)
        return use

    def ceil(self, q, unit):
        """round a fractional count up to whole items (attached to last comp)"""
        last = self.items[-1]
        assert last["t"] == "comp"
        if q.v.denominator == 1:
            return Q(q.v, "num", unit, 0)
        n = Q(F(math.ceil(q.v)), "num", unit, 0)
        last["roundup"] = n
        self.meta[last["idx"]]["roundup"] = True
        return n


def mutate(right, expr, kind, rng):
    d = right.d
    r = right.v
    ip, fp = split_digits(r, d)

    def from_digits(ip2, fp2):
        if len(ip2) > 1 and ip2[0] == "0":
            raise NotApplicable("leading zero")
        return F(int(ip2 + fp2), 10 ** d)

    if kind == "off_by_one":
        w = r + 1 if (rng.random() < 0.5 or r < 2) else r - 1
    elif kind == "off_by_ten":
        w = r + 10 if (rng.random() < 0.5 or r < 20) else r - 10
    elif kind == "swap_digits":
        s = ip + fp
        cand = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
        if not cand:
            raise NotApplicable("no swap")
        i = rng.choice(cand)
        s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if s2[0] == "0" and s[0] != "0":
            raise NotApplicable("leading zero")
        w = from_digits(s2[:len(ip)], s2[len(ip):])
    elif kind == "drop_digit":
        if len(ip) < 2:
            raise NotApplicable("short")
        i = rng.randrange(len(ip))
        if ip[:i] + ip[i + 1:] == "0" or (ip[:i] + ip[i + 1:])[0] == "0":
            raise NotApplicable("leading zero")
        w = from_digits(ip[:i] + ip[i + 1:], fp)
    elif kind == "double_digit":
        if ip == "0":
            raise NotApplicable("zero int part")
        i = rng.randrange(len(ip))
        w = from_digits(ip[:i + 1] + ip[i] + ip[i + 1:], fp)
    elif kind == "decimal_shift":
        if rng.random() < 0.5 and is_exact(r / 10, d) and r >= 10:
            w = r / 10
        else:
            w = r * 10
    elif kind == "wrong_op":
        if not (len(expr) == 3 and not has_sub(expr) and expr[1] in "+-*/"):
            raise NotApplicable("not binary")
        alt = {"*": "+", "+": "*", "-": "+", "/": "*"}[expr[1]]
        if expr[1] == "+" and (expr[0].v > 20 and expr[2].v > 20):
            alt = "-"
        w = hround(evaluate([expr[0], alt, expr[2]]), d)
    else:
        raise ValueError(kind)
    if w <= 0 or w == r:
        raise NotApplicable("degenerate")
    return Q(w, right.kind, right.unit, d)


# ------------------------------------------------------------- templates
# Each template: build(rng) -> dict(problem, ask, givens, solve(c) -> final Q)

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def t_flyer_tiers(rng):
    T = pick(rng, [100, 200, 250, 500])
    a = F(pick(rng, [15, 18, 20, 22, 24, 25, 28, 30]), 100)
    b = a - F(pick(rng, [3, 4, 5, 6, 8]), 100)
    N = T + 25 * rng.randint(2, 60)
    who = pick(rng, ["a bakery", "a dance studio", "a food truck", "a yoga studio", "the library"])
    ph = pick(rng, [
        f"A print shop charges {PM(a)} per flyer for the first {PN(T)} flyers and {PM(b)} per flyer for every flyer after that. "
        f"If {who} orders {PN(N)} flyers, how much does the order cost?",
        f"{who[0].upper() + who[1:]} needs {PN(N)} flyers. The copy center's price is {PM(a)} each for the first {PN(T)} and "
        f"{PM(b)} each for any additional flyers. What is the total cost?",
        f"Flyers cost {PM(a)} apiece for the first {PN(T)} copies; copies beyond {PN(T)} drop to {PM(b)} apiece. "
        f"What will {PN(N)} flyers cost in all?",
    ])
    givens = [f"First {PN(T)} flyers: {PM(a)} each", f"Additional flyers: {PM(b)} each", f"Flyers ordered: {PN(N)}"]

    def solve(c):
        A = c.comp("the cost of the first tier", [num(T, "flyers"), "*", money(a)], "money", d=2)
        R = c.comp("the number of flyers beyond the first tier", [num(N, "flyers"), "-", num(T, "flyers")], "num", "flyers")
        B = c.comp("the cost of the additional flyers", [R, "*", money(b)], "money", d=2)
        tot = c.comp("the total cost", [A, "+", B], "money", d=2)
        if c.checks:
            c.comp("check", [tot, "-", A], "money", d=2, check=True)
        return tot
    return dict(problem=ph, ask="the total cost of the flyers", givens=givens, solve=solve)


def t_color_bw(rng):
    P = rng.randint(18, 90)
    C = rng.randint(3, P // 3)
    K = pick(rng, [12, 15, 20, 24, 25, 30, 40, 45, 50, 60, 75])
    x = F(pick(rng, [6, 7, 8, 9, 10, 12, 15]), 100)
    y = F(pick(rng, [35, 39, 45, 49, 55, 59, 65, 75]), 100)
    ph = pick(rng, [
        f"A {P}-page report has {C} pages in color and the rest in black and white. The print shop charges {PM(x)} per black-and-white page "
        f"and {PM(y)} per color page. How much will it cost to print {K} copies of the report?",
        f"Maya is printing {K} copies of a {P}-page training manual. {C} of the pages are color ({PM(y)} per page) and the others are "
        f"black-and-white ({PM(x)} per page). What is the total printing cost?",
        f"Black-and-white prints cost {PM(x)} per page and color prints cost {PM(y)} per page. A club prints {K} copies of a {P}-page "
        f"newsletter in which {C} pages are color. How much does the club pay?",
    ])
    givens = [f"Pages per copy: {P} ({C} color)", f"Black-and-white: {PM(x)} per page", f"Color: {PM(y)} per page", f"Copies: {K}"]

    def solve(c):
        W = c.comp("the number of black-and-white pages per copy", [num(P, "pages"), "-", num(C, "pages")], "num", "pages")
        BW = c.comp("the black-and-white cost per copy", [W, "*", money(x)], "money", d=2)
        CL = c.comp("the color cost per copy", [num(C, "pages"), "*", money(y)], "money", d=2)
        per = c.comp("the cost of one copy", [BW, "+", CL], "money", d=2)
        tot = c.comp("the cost for all copies", [per, "*", num(K, "copies")], "money", d=2)
        return tot
    return dict(problem=ph, ask="the total printing cost", givens=givens, solve=solve)


def t_duplex_reams(rng):
    P = 2 * rng.randint(6, 40)
    K = rng.randint(3, 40) * 10 + pick(rng, [0, 5])
    rp = F(pick(rng, [599, 649, 699, 749, 799, 849, 899]), 100)
    if (P // 2 * K) % 500 == 0:
        K += 5
    ph = pick(rng, [
        f"A school prints {K} copies of a {P}-page handbook, double-sided. Paper comes in reams of 500 sheets that cost {PM(rp)} each. "
        f"How much will the paper cost if the school must buy whole reams?",
        f"Printing double-sided, each {P}-page program uses half as many sheets as pages. The theater needs {K} programs, and paper costs "
        f"{PM(rp)} per 500-sheet ream (whole reams only). What does the paper cost?",
        f"A {P}-page booklet is printed duplex (2 pages per sheet). For {K} booklets, how much paper must be bought at {PM(rp)} per "
        f"500-sheet ream, buying only full reams?",
    ])
    givens = [f"Pages per booklet: {P}", "Duplex: 2 pages per sheet", f"Copies: {K}", f"Ream: 500 sheets for {PM(rp)}"]

    def solve(c):
        S = c.comp("the number of sheets per copy", [num(P, "pages"), "/", num(2)], "num", "sheets")
        TS = c.comp("the total sheets", [S, "*", num(K, "copies")], "num", "sheets")
        R = c.comp("the number of reams needed", [TS, "/", num(500)], "num", "reams", d=3)
        R = c.ceil(R, "reams")
        cost = c.comp("the paper cost", [R, "*", money(rp)], "money", d=2)
        return cost
    return dict(problem=ph, ask="the cost of the paper", givens=givens, solve=solve)


POSTERS = [(18, 24), (24, 36), (11, 17), (27, 40), (36, 48), (20, 30), (16, 20), (12, 18), (22, 28), (30, 40)]


def t_poster_sqft(rng):
    W, H = pick(rng, POSTERS)
    p = F(pick(rng, [250, 275, 300, 325, 350, 399, 425, 450, 499, 550, 600, 750]), 100)
    n = rng.randint(3, 40)
    ph = pick(rng, [
        f"A print shop charges {PM(p)} per square foot for poster printing. How much will {n} posters cost if each poster is "
        f"{W} inches by {H} inches?",
        f"Large-format posters are priced at {PM(p)} per square foot. An event planner orders {n} posters measuring {W} in x {H} in. "
        f"What is the total cost?",
        f"Devon wants {n} prints that are {W}\" by {H}\". The shop bills {PM(p)} per square foot. How much will Devon pay?",
    ])
    givens = [f"Poster size: {W} in × {H} in", f"Price: {PM(p)} per sq ft", f"Posters: {n}", "144 sq in per sq ft"]

    def solve(c):
        A = c.comp("the area of one poster in square inches", [num(W, "in"), "*", num(H, "in")], "num", "sq in")
        S = c.comp("the area in square feet", [A, "/", num(144)], "num", "sq ft", d=2)
        E = c.comp("the cost of one poster", [S, "*", money(p)], "money", d=2)
        T = c.comp("the cost of all the posters", [E, "*", num(n, "posters")], "money", d=2)
        return T
    return dict(problem=ph, ask="the total cost of the posters", givens=givens, solve=solve)


def t_binding(rng):
    K = rng.randint(4, 36)
    P = rng.randint(20, 120)
    r = F(pick(rng, [5, 6, 7, 8, 9, 10, 12]), 100)
    b = F(pick(rng, [250, 299, 350, 399, 450, 475, 500]), 100)
    l = F(pick(rng, [100, 125, 150, 175, 199, 200, 250]), 100)
    ph = pick(rng, [
        f"A consultant needs {K} bound reports. Each report has {P} pages printed at {PM(r)} per page, a spiral binding for {PM(b)}, "
        f"and a laminated cover for {PM(l)}. What is the total cost?",
        f"The copy shop charges {PM(r)} per page, {PM(b)} per binding, and {PM(l)} to laminate a cover. How much do {K} copies of a "
        f"{P}-page proposal cost if each is bound with a laminated cover?",
        f"For a conference, Priya prints {K} workbooks of {P} pages each. Printing is {PM(r)} a page, coil binding is {PM(b)} a book, "
        f"and cover lamination is {PM(l)} a book. Find the total bill.",
    ])
    givens = [f"Reports: {K}", f"Pages each: {P} at {PM(r)} per page", f"Binding: {PM(b)} each", f"Lamination: {PM(l)} each"]

    def solve(c):
        pr = c.comp("the printing cost per report", [num(P, "pages"), "*", money(r)], "money", d=2)
        per = c.comp("the full cost of one report", [pr, "+", money(b), "+", money(l)], "money", d=2)
        tot = c.comp("the cost of all the reports", [per, "*", num(K, "reports")], "money", d=2)
        if c.checks:
            c.comp("check", [tot, "/", num(K)], "money", d=2, check=True)
        return tot
    return dict(problem=ph, ask="the total cost", givens=givens, solve=solve)


def t_rush_fee(rng):
    n1 = rng.randint(2, 30) * 10
    p1 = F(pick(rng, [12, 15, 18, 20, 25, 35]), 100)
    n2 = rng.randint(2, 40)
    p2 = F(pick(rng, [150, 175, 199, 225, 250, 299, 350]), 100)
    rp = pick(rng, [15, 20, 25, 30, 35, 40, 50])
    i1 = pick(rng, ["postcards", "door hangers", "flyers", "handouts"])
    i2 = pick(rng, ["posters", "yard signs", "table tents", "banners"])
    ph = pick(rng, [
        f"An order includes {n1} {i1} at {PM(p1)} each and {n2} {i2} at {PM(p2)} each. Because the customer needs it the same day, "
        f"the shop adds a {rp}% rush fee to the order. What is the total?",
        f"A campaign office orders {PN(n1)} {i1} ({PM(p1)} apiece) and {n2} {i2} ({PM(p2)} apiece). Rush turnaround adds {rp}% to "
        f"the subtotal. How much does the office pay?",
        f"The print shop quotes {PM(p1)} per {i1[:-1]} and {PM(p2)} per {i2[:-1]}, plus a {rp}% fee for 24-hour rush service. What is "
        f"the total for {n1} {i1} and {n2} {i2} with rush service?",
    ])
    givens = [f"{i1.capitalize()}: {n1} at {PM(p1)}", f"{i2.capitalize()}: {n2} at {PM(p2)}", f"Rush fee: {rp}%"]

    def solve(c):
        A = c.comp(f"the cost of the {i1}", [num(n1, i1), "*", money(p1)], "money", d=2)
        B = c.comp(f"the cost of the {i2}", [num(n2, i2), "*", money(p2)], "money", d=2)
        S = c.comp("the subtotal", [A, "+", B], "money", d=2)
        fee = c.comp("the rush fee", [pct(rp), "of", S], "money", d=2)
        T = c.comp("the total with the rush fee", [S, "+", fee], "money", d=2)
        return T
    return dict(problem=ph, ask="the total with the rush fee", givens=givens, solve=solve)


def t_bulk_discount(rng):
    n = rng.randint(11, 80) * 50
    p = F(pick(rng, [6, 7, 8, 9, 10, 11, 12, 14]), 100)
    dp = pick(rng, [10, 12, 15, 20, 25])
    tx = pick(rng, [F(6), F(7), F(8), F(13, 2), F(29, 4), F(33, 4), F(15, 2)])
    ph = pick(rng, [
        f"Copies cost {PM(p)} each, and orders of 500 or more copies get {dp}% off. Sales tax of {PP(tx)} is added after the discount. "
        f"How much does an order of {PN(n)} copies cost?",
        f"A law firm makes {PN(n)} black-and-white copies at {PM(p)} per copy. The shop gives a {dp}% bulk discount on orders over 500, "
        f"then charges {PP(tx)} sales tax. What is the final bill, to the nearest cent?",
        f"For {PN(n)} copies at {PM(p)} each, a bulk discount of {dp}% applies, and then {PP(tx)} tax is charged on the discounted "
        f"price. Find the amount paid.",
    ])
    givens = [f"Copies: {PN(n)} at {PM(p)} each", f"Bulk discount: {dp}%", f"Sales tax: {PP(tx)}"]

    def solve(c):
        S = c.comp("the price before the discount", [num(n, "copies"), "*", money(p)], "money", d=2)
        D = c.comp("the bulk discount", [pct(dp), "of", S], "money", d=2)
        A = c.comp("the price after the discount", [S, "-", D], "money", d=2)
        X = c.comp("the sales tax", [pct(tx, 2 if tx.denominator > 1 else 0), "of", A], "money", d=2)
        T = c.comp("the final bill", [A, "+", X], "money", d=2)
        return T
    return dict(problem=ph, ask="the final bill", givens=givens, solve=solve)


def t_business_cards(rng):
    M = rng.randint(3, 24)
    N = pick(rng, [100, 150, 200, 250, 300, 400, 500])
    bp = F(pick(rng, [1800, 1999, 2250, 2499, 2750, 2999, 3200]), 100)
    sh = F(pick(rng, [5, 6, 7, 8, 10, 12]))
    if (M * N) % 250 == 0:
        M += 1
    ph = pick(rng, [
        f"An office orders {N} business cards for each of its {M} employees. Cards come in boxes of 250 for {PM(bp)} a box, and "
        f"shipping is a flat {PM(sh)}. How much does the order cost?",
        f"Business cards are sold only in boxes of 250 ({PM(bp)} per box). If {M} agents each need {N} cards and shipping costs "
        f"{PM(sh)}, what is the total cost?",
        f"A real estate team of {M} wants {N} cards per person. The printer sells boxes of 250 cards at {PM(bp)} and charges "
        f"{PM(sh)} to ship. Find the total cost.",
    ])
    givens = [f"Employees: {M}", f"Cards each: {N}", f"Box: 250 cards for {PM(bp)}", f"Shipping: {PM(sh)}"]

    def solve(c):
        T = c.comp("the total number of cards", [num(M, "people"), "*", num(N, "cards")], "num", "cards")
        B = c.comp("the number of boxes needed", [T, "/", num(250)], "num", "boxes", d=3)
        B = c.ceil(B, "boxes")
        C = c.comp("the cost of the boxes", [B, "*", money(bp)], "money", d=2)
        tot = c.comp("the total with shipping", [C, "+", money(sh)], "money", d=2)
        return tot
    return dict(problem=ph, ask="the total cost of the order", givens=givens, solve=solve)


def t_print_time(rng):
    P = rng.randint(8, 60)
    K = rng.randint(5, 60) * 5
    ppm = pick(rng, [20, 25, 30, 35, 40, 45, 50, 55, 60, 70])
    setup = rng.randint(5, 25)
    ph = pick(rng, [
        f"A printer outputs {ppm} pages per minute. How many hours will it take to print {K} copies of a {P}-page packet if setup "
        f"takes {setup} minutes? Round to the nearest hundredth of an hour.",
        f"The shop's copier runs at {ppm} pages per minute. A job of {K} copies of a {P}-page booklet also needs {setup} minutes of "
        f"setup. About how many hours does the job take (to the nearest hundredth)?",
        f"It takes {setup} minutes to set up a print run, and then the machine prints {ppm} pages per minute. Estimate the time in "
        f"hours, to the nearest hundredth, for {K} copies of a {P}-page report.",
    ])
    givens = [f"Speed: {ppm} pages per minute", f"Job: {K} copies × {P} pages", f"Setup: {setup} minutes"]

    def solve(c):
        T = c.comp("the total pages", [num(K, "copies"), "*", num(P, "pages")], "num", "pages")
        m = c.comp("the printing time in minutes", [T, "/", num(ppm)], "num", "minutes", d=1)
        tm = c.comp("the total time in minutes", [m, "+", num(setup, "minutes")], "num", "minutes", d=1)
        h = c.comp("the time in hours", [tm, "/", num(60)], "num", "hours", d=2)
        return h
    return dict(problem=ph, ask="the time for the job in hours", givens=givens, solve=solve)


def t_toner_paper(rng):
    Y = pick(rng, [1500, 2000, 2500, 3000, 3500, 5000])
    cc = F(pick(rng, [4999, 5999, 6450, 7299, 8900, 10499]), 100)
    P = rng.randint(12, 140) * 50 + pick(rng, [0, 20, 30])
    rp = F(pick(rng, [549, 599, 649, 699, 749]), 100)
    if P % Y == 0:
        P += 30
    if P % 500 == 0:
        P += 20
    ph = pick(rng, [
        f"A toner cartridge costs {PM(cc)} and prints about {PN(Y)} pages. Paper costs {PM(rp)} per 500-sheet ream. To print "
        f"{PN(P)} single-sided pages, how much will the toner and paper cost if only whole cartridges and reams can be bought?",
        f"Sam's office must print {PN(P)} pages single-sided. Each cartridge ({PM(cc)}) lasts {PN(Y)} pages, and each ream of 500 "
        f"sheets costs {PM(rp)}. Buying whole units only, what is the cost of supplies?",
        f"How much do supplies cost for a {PN(P)}-page single-sided print job if cartridges yield {PN(Y)} pages at {PM(cc)} each "
        f"and reams of 500 sheets cost {PM(rp)}? (Only whole cartridges and reams are sold.)",
    ])
    givens = [f"Pages: {PN(P)}", f"Cartridge: {PN(Y)} pages, {PM(cc)}", f"Ream: 500 sheets, {PM(rp)}"]

    def solve(c):
        k = c.comp("the number of cartridges needed", [num(P, "pages"), "/", num(Y, "pages")], "num", "cartridges", d=2)
        k = c.ceil(k, "cartridges")
        ic = c.comp("the toner cost", [k, "*", money(cc)], "money", d=2)
        r = c.comp("the number of reams needed", [num(P, "sheets"), "/", num(500)], "num", "reams", d=2)
        r = c.ceil(r, "reams")
        pc = c.comp("the paper cost", [r, "*", money(rp)], "money", d=2)
        tot = c.comp("the total supply cost", [ic, "+", pc], "money", d=2)
        return tot
    return dict(problem=ph, ask="the cost of the supplies", givens=givens, solve=solve)


def t_compare_shops(rng):
    N = rng.randint(8, 90) * 25
    a = F(pick(rng, [6, 7, 8, 9, 10]), 100)
    s = F(pick(rng, [15, 20, 25, 30, 35, 40]))
    b = a + F(pick(rng, [2, 3, 4, 5]), 100)
    if N * a + s == N * b:
        N += 25
    ph = pick(rng, [
        f"Shop A charges {PM(a)} per page plus a {PM(s)} setup fee. Shop B charges {PM(b)} per page with no setup fee. For a "
        f"{PN(N)}-page job, how much more does the more expensive shop charge?",
        f"Two copy centers bid on printing {PN(N)} pages. QuickPrint wants {PM(a)} a page and {PM(s)} for setup; CopyCorner wants "
        f"{PM(b)} a page and no setup. What is the difference between the two bids?",
        f"Compare two quotes for {PN(N)} pages: {PM(a)}/page + {PM(s)} setup, or {PM(b)}/page flat. By how many dollars do the quotes differ?",
    ])
    givens = [f"Pages: {PN(N)}", f"Shop A: {PM(a)}/page + {PM(s)} setup", f"Shop B: {PM(b)}/page"]

    def solve(c):
        A1 = c.comp("Shop A's page charge", [num(N, "pages"), "*", money(a)], "money", d=2)
        A = c.comp("Shop A's total", [A1, "+", money(s)], "money", d=2)
        B = c.comp("Shop B's total", [num(N, "pages"), "*", money(b)], "money", d=2)
        if A.v >= B.v:
            D = c.comp("the difference", [A, "-", B], "money", d=2)
        else:
            D = c.comp("the difference", [B, "-", A], "money", d=2)
        return D
    return dict(problem=ph, ask="the difference between the two quotes", givens=givens, solve=solve)


def t_banner(rng):
    L = rng.randint(4, 16)
    H = rng.randint(2, 5)
    p = F(pick(rng, [300, 350, 400, 450, 500, 550, 600]), 100)
    h = F(pick(rng, [50, 60, 75, 80, 90, 100, 125]), 100)
    ph = pick(rng, [
        f"A vinyl banner is {L} feet long and {H} feet tall. Printing costs {PM(p)} per square foot, and hemming all four edges costs "
        f"{PM(h)} per foot of edge. What is the total cost of the banner?",
        f"The sign shop prints banners at {PM(p)} per square foot and hems the edges for {PM(h)} per linear foot around the perimeter. "
        f"How much is a {L} ft by {H} ft banner?",
        f"Lena orders a {L}' x {H}' banner for a fundraiser. The shop charges {PM(p)}/sq ft to print and {PM(h)} per foot to hem the "
        f"perimeter. Find her total.",
    ])
    givens = [f"Banner: {L} ft × {H} ft", f"Printing: {PM(p)} per sq ft", f"Hemming: {PM(h)} per ft of perimeter"]

    def solve(c):
        A = c.comp("the area", [num(L, "ft"), "*", num(H, "ft")], "num", "sq ft")
        V = c.comp("the printing cost", [A, "*", money(p)], "money", d=2)
        Pm = c.comp("the perimeter", [num(2), "*", [num(L), "+", num(H)]], "num", "ft")
        Hm = c.comp("the hemming cost", [Pm, "*", money(h)], "money", d=2)
        T = c.comp("the total cost", [V, "+", Hm], "money", d=2)
        return T
    return dict(problem=ph, ask="the total cost of the banner", givens=givens, solve=solve)


def t_invitations(rng):
    per = pick(rng, [2, 4])
    N = rng.randint(30, 260)
    if N % per == 0:
        N += 1
    pk = pick(rng, [25, 50])
    pp = F(pick(rng, [899, 1099, 1250, 1349, 1499]), 100)
    e = F(pick(rng, [12, 15, 18, 20, 22, 25]), 100)
    size = "5 x 7" if per == 2 else "4.25 x 5.5"
    ph = pick(rng, [
        f"Nina is printing {N} wedding invitations. {per} invitations ({size} in) fit on one sheet of cardstock. Cardstock comes in "
        f"packs of {pk} sheets for {PM(pp)}, and envelopes cost {PM(e)} each. How much will the cardstock and envelopes cost?",
        f"To make {N} invitations, a print shop fits {per} per sheet of cardstock. Cardstock is sold in packs of {pk} sheets at {PM(pp)} "
        f"per pack, and each invitation needs an envelope at {PM(e)}. What is the total cost of materials?",
        f"Each cardstock sheet holds {per} party invitations. With packs of {pk} sheets costing {PM(pp)} and envelopes at {PM(e)} "
        f"apiece, how much do materials for {N} invitations cost?",
    ])
    givens = [f"Invitations: {N}", f"{per} per sheet", f"Pack: {pk} sheets for {PM(pp)}", f"Envelopes: {PM(e)} each"]

    def solve(c):
        S = c.comp("the number of sheets needed", [num(N, "invitations"), "/", num(per)], "num", "sheets", d=2)
        S = c.ceil(S, "sheets")
        K = c.comp("the number of packs needed", [S, "/", num(pk)], "num", "packs", d=2)
        K = c.ceil(K, "packs")
        C = c.comp("the cardstock cost", [K, "*", money(pp)], "money", d=2)
        E = c.comp("the envelope cost", [num(N, "envelopes"), "*", money(e)], "money", d=2)
        T = c.comp("the total materials cost", [C, "+", E], "money", d=2)
        return T
    return dict(problem=ph, ask="the cost of the materials", givens=givens, solve=solve)


def t_color_tier_tax(rng):
    tiers = [(1, 99, F(49, 100)), (100, 499, F(39, 100)), (500, 999, F(29, 100))]
    n = rng.randint(40, 950)
    k = rng.randint(2, 12)
    coil = F(pick(rng, [275, 300, 350, 399, 425]), 100)
    tx = pick(rng, [F(6), F(7), F(8), F(13, 2), F(29, 4), F(33, 4), F(19, 2)])
    tier = [t for t in tiers if t[0] <= n <= t[1]][0]
    ph = pick(rng, [
        f"Color copies cost $0.49 each for 1–99 copies, $0.39 each for 100–499 copies, and $0.29 each for 500 or more. A teacher "
        f"orders {n} color copies and {k} coil bindings at {PM(coil)} each. With {PP(tx)} sales tax, what is the total?",
        f"A print shop's color price depends on quantity: 1–99 copies are $0.49 each, 100–499 are $0.39 each, and 500+ are $0.29 "
        f"each. Omar orders {n} color copies plus {k} coil bindings ({PM(coil)} apiece). Tax is {PP(tx)}. How much does he pay?",
        f"For {n} color copies, the shop uses its tiered price list ($0.49 under 100, $0.39 for 100–499, $0.29 for 500 and up). "
        f"Add {k} coil bindings at {PM(coil)} each and {PP(tx)} tax. What is the total bill?",
    ])
    givens = [f"Color copies: {n}", f"Coil bindings: {k} at {PM(coil)}", f"Tax: {PP(tx)}"]

    def solve(c):
        if tier[1] == 999:
            c.note(f"Since {n} copies is 500 or more, the price is {PM(tier[2])} per copy.")
        else:
            c.note(f"Since {n} copies falls in the {tier[0]}–{tier[1]} range, the price is {PM(tier[2])} per copy.")
        A = c.comp("the cost of the color copies", [num(n, "copies"), "*", money(tier[2])], "money", d=2)
        B = c.comp("the cost of the bindings", [num(k, "bindings"), "*", money(coil)], "money", d=2)
        S = c.comp("the subtotal", [A, "+", B], "money", d=2)
        X = c.comp("the sales tax", [pct(tx, 2 if tx.denominator > 1 else 0), "of", S], "money", d=2)
        T = c.comp("the total bill", [S, "+", X], "money", d=2)
        return T
    return dict(problem=ph, ask="the total bill", givens=givens, solve=solve)


def t_photo_prints(rng):
    q1, q2, q3 = rng.randint(10, 80), rng.randint(2, 20), rng.randint(1, 8)
    p1 = F(pick(rng, [19, 25, 29, 33, 39]), 100)
    p2 = F(pick(rng, [79, 89, 99, 129, 149]), 100)
    p3 = F(pick(rng, [299, 349, 399, 449]), 100)
    cp = pick(rng, [10, 15, 20, 25, 30])
    ph = pick(rng, [
        f"At a photo counter, 4x6 prints are {PM(p1)}, 5x7 prints are {PM(p2)}, and 8x10 prints are {PM(p3)}. Jo orders {q1} 4x6s, "
        f"{q2} 5x7s, and {q3} 8x10s and uses a {cp}% off coupon. How much does she pay?",
        f"A family orders {q1} small prints at {PM(p1)} each, {q2} medium prints at {PM(p2)} each, and {q3} large prints at {PM(p3)} "
        f"each. A {cp}% discount is applied to the whole order. What is the final cost?",
        f"Print prices: {PM(p1)} (4x6), {PM(p2)} (5x7), {PM(p3)} (8x10). With {cp}% off, what do {q1} 4x6, {q2} 5x7 and {q3} 8x10 "
        f"prints cost?",
    ])
    givens = [f"4x6: {q1} at {PM(p1)}", f"5x7: {q2} at {PM(p2)}", f"8x10: {q3} at {PM(p3)}", f"Discount: {cp}%"]

    def solve(c):
        A = c.comp("the cost of the small prints", [num(q1, "prints"), "*", money(p1)], "money", d=2)
        B = c.comp("the cost of the medium prints", [num(q2, "prints"), "*", money(p2)], "money", d=2)
        C = c.comp("the cost of the large prints", [num(q3, "prints"), "*", money(p3)], "money", d=2)
        S = c.comp("the subtotal", [A, "+", B, "+", C], "money", d=2)
        D = c.comp("the discount", [pct(cp), "of", S], "money", d=2)
        T = c.comp("the final cost", [S, "-", D], "money", d=2)
        return T
    return dict(problem=ph, ask="the final cost of the prints", givens=givens, solve=solve)


def t_blueprints(rng):
    W, H = pick(rng, [(24, 36), (18, 24), (30, 42), (36, 48), (22, 34)])
    k = rng.randint(4, 30)
    S = rng.randint(2, 12)
    p = F(pick(rng, [50, 65, 75, 85, 95, 110, 125]), 100)
    ph = pick(rng, [
        f"An architect needs {S} sets of plans. Each set has {k} sheets that are {W} in by {H} in, and the print shop charges "
        f"{PM(p)} per square foot. What is the cost of printing the plans?",
        f"Large-format plan sheets ({W}\" x {H}\") are printed at {PM(p)} per square foot. How much do {S} sets of {k} sheets cost?",
        f"A contractor orders {S} copies of a {k}-sheet drawing set. Every sheet measures {W} by {H} inches, and printing is "
        f"{PM(p)} per square foot. Find the total cost.",
    ])
    givens = [f"Sheet size: {W} in × {H} in", f"Sheets per set: {k}", f"Sets: {S}", f"Price: {PM(p)} per sq ft"]

    def solve(c):
        A = c.comp("the area of one sheet", [num(W, "in"), "*", num(H, "in")], "num", "sq in")
        F_ = c.comp("the area in square feet", [A, "/", num(144)], "num", "sq ft", d=2)
        N = c.comp("the total number of sheets", [num(k, "sheets"), "*", num(S, "sets")], "num", "sheets")
        TA = c.comp("the total area", [N, "*", F_], "num", "sq ft", d=2)
        C = c.comp("the printing cost", [TA, "*", money(p)], "money", d=2)
        return C
    return dict(problem=ph, ask="the cost of printing the plans", givens=givens, solve=solve)


def t_newsletter(rng):
    P = 2 * rng.randint(2, 8)
    n = rng.randint(3, 40) * 100
    x = F(pick(rng, [4, 5, 6, 7, 8]), 100)
    f = F(pick(rng, [150, 200, 250, 300, 350]), 100)
    ph = pick(rng, [
        f"A neighborhood association mails {PN(n)} copies of a {P}-page newsletter printed double-sided. The printer charges {PM(x)} "
        f"per sheet and {PM(f)} per 100 copies for folding. What is the total cost?",
        f"Each copy of a {P}-page newsletter is printed on both sides of the paper. Printing costs {PM(x)} a sheet, and folding costs "
        f"{PM(f)} for every 100 copies. How much do {PN(n)} copies cost?",
        f"The church prints {PN(n)} bulletins, {P} pages each, duplex. Sheets cost {PM(x)} each and folding is {PM(f)} per hundred "
        f"copies. Find the total charge.",
    ])
    givens = [f"Copies: {PN(n)}", f"Pages: {P}, double-sided", f"Sheets: {PM(x)} each", f"Folding: {PM(f)} per 100 copies"]

    def solve(c):
        s = c.comp("the number of sheets per copy", [num(P, "pages"), "/", num(2)], "num", "sheets")
        T = c.comp("the total sheets", [s, "*", num(n, "copies")], "num", "sheets")
        pc = c.comp("the printing cost", [T, "*", money(x)], "money", d=2)
        h = c.comp("the number of hundreds", [num(n, "copies"), "/", num(100)], "num", "")
        fc = c.comp("the folding cost", [h, "*", money(f)], "money", d=2)
        tot = c.comp("the total cost", [pc, "+", fc], "money", d=2)
        if c.checks:
            c.comp("check", [tot, "-", fc], "money", d=2, check=True)
        return tot
    return dict(problem=ph, ask="the total cost", givens=givens, solve=solve)


def t_menus_lam(rng):
    K = rng.randint(10, 80)
    W, H = pick(rng, [(11, 17), (8.5, 11), (12, 18), (9, 12)])
    W = F(W).limit_denominator(10)
    lp = F(pick(rng, [150, 175, 200, 225, 250]), 100)
    cp = F(pick(rng, [45, 55, 65, 75, 95]), 100)
    rush = pick(rng, [10, 15, 20, 25])
    Wd = plain(W, 1)
    ph = pick(rng, [
        f"A café orders {K} menus, each printed in color on both sides of a {Wd} x {H} in sheet at {PM(cp)} per side. Lamination "
        f"costs {PM(lp)} per square foot, and rush service adds {rush}%. What is the total cost?",
        f"Each {Wd}\" x {H}\" menu is printed double-sided in color ({PM(cp)} per side) and laminated at {PM(lp)} per square foot. "
        f"With a {rush}% rush charge, how much do {K} menus cost?",
        f"{K} laminated menus are needed. Printing is {PM(cp)} per side (2 sides each), lamination is {PM(lp)}/sq ft, the sheets are "
        f"{Wd} by {H} inches, and a {rush}% rush fee applies. Find the total.",
    ])
    givens = [f"Menus: {K}", f"Size: {Wd} in × {H} in", f"Color: {PM(cp)} per side, 2 sides", f"Lamination: {PM(lp)}/sq ft",
              f"Rush: {rush}%"]

    def solve(c):
        pr = c.comp("the printing cost per menu", [num(2, "sides"), "*", money(cp)], "money", d=2)
        a = c.comp("the area of one menu", [Q(W, "num", "in", 1 if W.denominator > 1 else 0), "*", num(H, "in")],
                   "num", "sq in", d=1)
        sf = c.comp("the area in square feet", [a, "/", num(144)], "num", "sq ft", d=2)
        lm = c.comp("the lamination cost per menu", [sf, "*", money(lp)], "money", d=2)
        per = c.comp("the cost per menu", [pr, "+", lm], "money", d=2)
        S = c.comp("the cost for all menus", [per, "*", num(K, "menus")], "money", d=2)
        R = c.comp("the rush fee", [pct(rush), "of", S], "money", d=2)
        T = c.comp("the total", [S, "+", R], "money", d=2)
        return T
    return dict(problem=ph, ask="the total cost of the menus", givens=givens, solve=solve)


TEMPLATES = [
    ("flyer_tiers", t_flyer_tiers), ("color_bw_report", t_color_bw), ("duplex_reams", t_duplex_reams),
    ("poster_sqft", t_poster_sqft), ("binding_lamination", t_binding), ("rush_fee", t_rush_fee),
    ("bulk_discount_tax", t_bulk_discount), ("business_cards", t_business_cards), ("print_time", t_print_time),
    ("toner_paper", t_toner_paper), ("compare_shops", t_compare_shops), ("banner_hem", t_banner),
    ("invitations_cardstock", t_invitations), ("color_tier_tax", t_color_tier_tax), ("photo_prints", t_photo_prints),
    ("blueprint_sqft", t_blueprints), ("newsletter_duplex", t_newsletter), ("menus_lamination", t_menus_lam),
]


# ------------------------------------------------------------- rendering
def style_opts(style, rng):
    o = {"sep": ",", "latex": False, "gsm": False, "worded": False, "bold": False,
         "mul": "×", "div": "÷", "minus": "−", "units": True, "money_short": False,
         "pct_form": "of", "frac": False}
    if style == "gpt4o_md":
        o.update(bold=True, mul="×", div=pick(rng, ["÷", "/"]), minus=pick(rng, ["−", "-"]))
    elif style == "claude_bold":
        o.update(mul="×", div="÷", minus="−", pct_form=pick(rng, ["of", "mul"]))
    elif style == "bullets":
        o.update(mul=pick(rng, ["×", "x"]), div=pick(rng, ["÷", "/"]), minus="-", units=rng.random() < 0.5,
                 pct_form=pick(rng, ["mul", "dec"]))
    elif style == "prose":
        o.update(mul=pick(rng, ["×", "*"]), div=pick(rng, ["÷", "/"]), minus=pick(rng, ["−", "-"]),
                 money_short=rng.random() < 0.4)
    elif style == "latex_inline":
        o.update(latex=True, sep=pick(rng, [",", "{,}"]), mul=pick(rng, ["\\times", "\\cdot"]), div="\\div",
                 frac=rng.random() < 0.6, minus="-", pct_form=pick(rng, ["mul", "dec"]))
    elif style == "latex_display":
        o.update(latex=True, sep="{,}", mul="\\times", div="\\div", frac=rng.random() < 0.4, minus="-",
                 pct_form=pick(rng, ["mul", "dec"]))
    elif style == "table":
        o.update(mul=pick(rng, ["×", "x"]), div="÷", minus="−", units=False, pct_form="mul")
    elif style == "terse":
        o.update(mul=pick(rng, ["*", "×", "·"]), div="/", minus="-", units=False, pct_form=pick(rng, ["mul", "dec"]))
    elif style == "gsm8k":
        o.update(gsm=True, sep="", mul="*", div="/", minus="-", units=False, pct_form="dec")
    elif style == "tutor":
        o.update(worded=True, units=rng.random() < 0.5, money_short=rng.random() < 0.3)
    elif style == "llama":
        o.update(mul=pick(rng, ["×", "*"]), div=pick(rng, ["÷", "/"]), minus="-", pct_form=pick(rng, ["of", "dec"]))
    return o


def rq(q, o, unit=True, gsm_inner=False):
    """render a quantity"""
    if gsm_inner:
        if q.kind == "pct":
            return plain(q.v / 100, q.d + 2)
        return plain(q.v, q.d)
    d = q.d
    if q.kind == "money" and o["money_short"] and q.v.denominator == 1:
        d = 0
    if o["gsm"]:
        s = plain(q.v, d)
    else:
        s = fmtn(q.v, d, o["sep"])
    if q.kind == "money":
        s = ("\\$" if o["latex"] else "$") + s
    elif q.kind == "pct":
        s = plain(q.v, d) + ("\\%" if o["latex"] else "%")
    if unit and o["units"] and q.unit:
        s += ("\\text{ %s}" % q.unit) if o["latex"] else " " + q.unit
    return s


WORD_OP = {"+": " plus ", "-": " minus ", "*": " times ", "/": " divided by "}


def rexpr(e, o, gsm_inner=False, top=True):
    if gsm_inner:
        ops = {"+": "+", "-": "-", "*": "*", "/": "/"}
    elif o["worded"]:
        ops = WORD_OP
    else:
        ops = {"+": " + ", "-": " %s " % o["minus"], "*": " %s " % o["mul"], "/": " %s " % o["div"]}
    # percent-of
    if len(e) == 3 and e[1] == "of":
        p, x = e[0], e[2]
        if gsm_inner:
            return rq(x, o, gsm_inner=True) + "*" + rq(p, o, gsm_inner=True)
        form = o["pct_form"]
        if o["worded"]:
            return rq(p, o) + " of " + rq(x, o)
        if form == "of":
            return rq(p, o) + " of " + rq(x, o)
        if form == "mul":
            return rq(x, o) + ops["*"] + rq(p, o)
        return rq(x, o) + ops["*"] + plain(p.v / 100, p.d + 2)
    if (not gsm_inner and o["frac"] and len(e) == 3 and e[1] == "/" and not has_sub(e)):
        return "\\frac{%s}{%s}" % (rq(e[0], o, unit=False), rq(e[2], o, unit=False))
    parts = []
    for it in e:
        if isinstance(it, str):
            parts.append(ops[it])
        elif isinstance(it, list):
            parts.append("(" + rexpr(it, o, gsm_inner, False) + ")")
        else:
            parts.append(rq(it, o, unit=top and len(e) <= 3, gsm_inner=gsm_inner))
    return "".join(parts)


def req(rec, o, rng, bold=None):
    """render the computation of a record as text (not gsm)"""
    bold = o["bold"] if bold is None else bold
    sides = [rexpr(rec["expr"], o)]
    if has_sub(rec["expr"]):
        sides.append(rexpr(flatten_subs(rec["expr"], 0), o))
    res = rq(rec["res"], o)
    if bold:
        res = "**" + res + "**"
    if o["worded"]:
        out = sides[0]
        for s in sides[1:]:
            out += " equals " + s
        if rec["approx"]:
            out += pick(rng, [" is about ", ", which is about ", " comes to about "]).replace(" comes to about ", " is about ")
        else:
            out += pick(rng, [" equals ", ", which is ", ", that gives us ", " equals "])
        return out + res
    if o["latex"]:
        rel = " \\approx " if rec["approx"] else " = "
    else:
        rel = " ≈ " if rec["approx"] else " = "
    return " = ".join(sides) + rel + res


def rroundup(rec, o, form):
    n = rec["roundup"]
    if n is None:
        return ""
    if form == "arrow":
        return " → " + rq(n, o) if not o["latex"] else " \\Rightarrow " + rq(n, o)
    return pick_text(form, rq(n, o))


def pick_text(form, s):
    return {"so": ", so we round up to " + s, "which": ", which rounds up to " + s,
            "need": ", so round up to " + s}[form]


def cap(s):
    return s[0].upper() + s[1:]


def label_of(desc):
    d = desc[4:] if desc.startswith("the ") else desc
    return cap(d)


VERBS = ["Calculate", "Find", "Compute", "Determine", "Work out"]


def final_str(q):
    if q.kind == "money" and q.v.denominator == 1:
        return fmtn(q.v, 0, "")
    return fmtn(q.v, q.d, "")


def render(style, tpl, items, final, o, rng):
    """returns list of (line_text, n_comps) ; last line '#### x'"""
    L = []

    def add(text, n=0):
        L.append([text, n])

    comps = [it for it in items if it["t"] == "comp"]
    ans_txt = rq(final, dict(o, units=True))
    ask = tpl["ask"]
    fin = final_str(final)

    if style == "gpt4o_md":
        add(pick(rng, ["To find %s, let's break the problem into steps." % ask,
                       "Let's solve this step by step.", "We can work through this step by step."]))
        add("")
        k = 0
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                add("")
                continue
            if it["check"]:
                add("### Step %d: Verify" % (k + 1))
                add("- Check: " + req(it, o, rng, bold=False) + " ✓", 1)
                add("")
                k += 1
                continue
            k += 1
            add("### Step %d: %s %s" % (k, pick(rng, VERBS), it["desc"]))
            line = "- " + label_of(it["desc"]) + ": " + req(it, o, rng) + rroundup(it, o, "arrow")
            add(line, 1)
            add("")
        add("### Final Answer")
        add("%s is **%s**." % (cap(ask), ans_txt))
    elif style == "claude_bold":
        add(pick(rng, ["I'll work through this step by step.", "Let me work through this carefully.",
                       "Let me break this down."]))
        add("")
        add("**Given:**")
        for g in tpl["givens"]:
            add("- " + g)
        add("")
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                add("")
                continue
            if it["check"]:
                add("**Check:** " + req(it, o, rng) + " ✓", 1)
                add("")
                continue
            add("**%s:** %s%s" % (label_of(it["desc"]), req(it, o, rng), rroundup(it, o, "arrow")), 1)
            add("")
        add("**Answer:** %s is **%s**." % (cap(ask), ans_txt))
    elif style == "bullets":
        add(pick(rng, ["Let's break this down.", "Here's the breakdown:", "Breaking it down:"]))
        add("")
        for it in items:
            if it["t"] == "note":
                add("- " + it["text"])
                continue
            if it["check"]:
                add("- Check: " + req(it, o, rng) + " ✓", 1)
                continue
            add("- %s: %s%s" % (label_of(it["desc"]), req(it, o, rng), rroundup(it, o, "arrow")), 1)
        add("")
        add("So %s is %s." % (ask, ans_txt))
    elif style == "prose":
        add(pick(rng, ["Let's work this out.", "Here's how to approach it.", "We need to find %s." % ask]))
        add("")
        conns = ["First", "Next", "Then", "After that", "Now", "Finally"]
        buf, nb = [], 0
        kk = 0
        for i, it in enumerate(items):
            if it["t"] == "note":
                buf.append(it["text"])
                continue
            if it["check"]:
                if buf:
                    add(" ".join(buf), nb)
                    add("")
                buf, nb = ["As a check, " + req(it, o, rng) + "."], 1
                continue
            else:
                c = conns[min(kk, 4)] if kk < 5 else "Finally"
                if it is comps[-1] or (it is comps[-2] and comps[-1]["check"]):
                    c = "Finally" if kk > 0 else "So"
                kk += 1
                s = "%s, %s is %s%s." % (c, it["desc"], req(it, o, rng), rroundup(it, o, pick(rng, ["so", "which"])))
            buf.append(s)
            nb += 1
            if nb >= pick(rng, [2, 2, 3]):
                add(" ".join(buf), nb)
                add("")
                buf, nb = [], 0
        if buf:
            add(" ".join(buf), nb)
            add("")
        add("So %s is %s." % (ask, ans_txt))
    elif style == "latex_inline":
        add(pick(rng, ["Let's compute this step by step.", "We'll set up each piece of the cost."]))
        add("")
        k = 0
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                continue
            if it["check"]:
                add("Check: \\( %s \\) ✓" % req(it, o, rng), 1)
                continue
            k += 1
            ru = rroundup(it, dict(o, latex=False), "which")
            add("%d. %s: \\( %s \\)%s" % (k, label_of(it["desc"]), req(it, o, rng), ru), 1)
        add("")
        add("Therefore, %s is \\( %s \\)." % (ask, ans_txt))
    elif style == "latex_display":
        add(pick(rng, ["Let's solve this step by step.", "We proceed in steps."]))
        add("")
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                add("")
                continue
            add(("Check:" if it["check"] else cap(it["desc"]) + ":"))
            add("\\[")
            add(req(it, o, rng) + rroundup(it, o, "arrow") + (" \\quad \\checkmark" if it["check"] else ""), 1)
            add("\\]")
            add("")
        add("So %s is \\( %s \\)." % (ask, ans_txt))
    elif style == "table":
        add(pick(rng, ["Here's the calculation in a table:", "Let's organize the calculation:",
                       "Breaking the cost down:"]))
        add("")
        notes = [it for it in items if it["t"] == "note"]
        for nt in notes:
            add(nt["text"])
            add("")
        add("| Quantity | Calculation | Result |")
        add("|---|---|---|")
        checks = []
        for it in items:
            if it["t"] != "comp":
                continue
            if it["check"]:
                checks.append(it)
                continue
            calc = rexpr(it["expr"], o)
            if has_sub(it["expr"]):
                calc += " = " + rexpr(flatten_subs(it["expr"], 0), o)
            res = ("≈ " if it["approx"] else "") + rq(it["res"], o)
            if it["roundup"] is not None:
                res += " → " + rq(it["roundup"], dict(o, units=True))
            add("| %s | %s | %s |" % (label_of(it["desc"]), calc, res), 1)
        add("")
        for it in checks:
            add("Check: " + req(it, o, rng) + " ✓", 1)
            add("")
        add("So %s is **%s**." % (ask, ans_txt))
    elif style == "terse":
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                continue
            if it["check"]:
                add("Check: " + req(it, o, rng) + " ✓", 1)
                continue
            add("%s: %s%s" % (label_of(it["desc"]), req(it, o, rng), rroundup(it, o, "arrow")), 1)
        add("Answer: %s" % ans_txt)
    elif style == "gsm8k":
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                continue
            inner = rexpr(it["expr"], o, gsm_inner=True)
            resv = plain(it["res"].v, it["res"].d)
            vis = rexpr(it["expr"], o, gsm_inner=True).replace("*", " * ").replace("/", " / ").replace("+", " + ") \
                .replace("-", " - ")
            dol = "$" if it["res"].kind == "money" else ""
            unit = (" " + it["res"].unit) if it["res"].unit else ""
            s = "%s is %s = %s<<%s=%s>>%s%s" % (cap(it["desc"]), vis, dol, inner, resv, resv, unit)
            if it["roundup"] is not None:
                s += ", which rounds up to %s %s" % (plain(it["roundup"].v, 0), it["roundup"].unit)
            add(s + ".", 1)
    elif style == "tutor":
        add(pick(rng, ["Great question! Let's work through it together.",
                       "Let's take this one piece at a time.", "Sure! Let's figure this out together."]))
        add("")
        conns = ["First", "Next", "Now", "Then", "After that", "Next"]
        kk = 0
        for it in items:
            if it["t"] == "note":
                add(it["text"])
                add("")
                continue
            if it["check"]:
                add("Let's double-check: " + req(it, o, rng) + ". ✓", 1)
                add("")
                continue
            c = conns[min(kk, 5)]
            kk += 1
            s = "%s, let's find %s. %s%s." % (c, it["desc"], cap(req(it, o, rng)),
                                             rroundup(it, o, pick(rng, ["so", "need"])))
            add(s, 1)
            add("")
        add("So %s comes out to %s. Nice work!" % (ask, ans_txt))
    elif style == "llama":
        k = 0
        for it in items:
            if it["t"] == "note":
                if k == 0:
                    k += 1
                    add("## Step %d: Identify the price tier" % k)
                add(it["text"])
                add("")
                continue
            k += 1
            if it["check"]:
                add("## Step %d: Verify the result" % k)
                add("Check: " + req(it, o, rng) + ".", 1)
                add("")
                continue
            add("## Step %d: %s %s" % (k, pick(rng, VERBS), it["desc"]))
            add("%s is %s%s." % (cap(it["desc"]), req(it, o, rng), rroundup(it, o, "so")), 1)
            add("")
        add("The final answer is: $\\boxed{%s}$" % fin)
    else:
        raise ValueError(style)
    if style != "llama" and L and L[-1][0] != "":
        add("")
    elif style == "llama":
        add("")
    add("#### " + fin)
    return L


# ------------------------------------------------------------ assembly
def solve_run(tpl, style, fault=None, frng=None):
    c = Calc(style, fault, frng)
    final = tpl["solve"](c)
    return c, final


def build_text(style, tpl, c, final, rseed):
    o = style_opts(style, random.Random(rseed + ":opts"))
    L = render(style, tpl, c.items, final, o, random.Random(rseed + ":render"))
    text = "\n".join(t for t, _ in L)
    return L, text


def line_spans(L):
    spans, pos = [], 0
    for t, _ in L:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    return spans


def comp_line(L, idx):
    cnt = 0
    for i, (t, n) in enumerate(L):
        if cnt <= idx < cnt + n:
            return i
        cnt += n
    raise AssertionError("comp not found")


def make_problem(pid, tname, tfun, style, seed):
    prng = random.Random(seed)
    tpl = tfun(prng)
    c0, final = solve_run(tpl, style)
    L0, text0 = build_text(style, tpl, c0, final, seed)
    total_comps = sum(n for _, n in L0)
    assert total_comps == c0.ncomp, (tname, style, total_comps, c0.ncomp, text0)
    assert 2 <= c0.ncomp <= 8
    gold = final_str(final)
    base = {"pid": pid, "template": tname, "style": style, "problem": tpl["problem"]}
    rows = [dict(base, variant="correct", solution=text0, final=gold)]
    frng = random.Random(seed + ":fault")
    for mode in ("slip", "carry"):
        elig = [i for i, m in enumerate(c0.meta) if not m["check"] and not (mode == "slip" and m["roundup"])]
        done = False
        for attempt in range(60):
            idx = frng.choice(elig)
            kind = frng.choice(KINDS)
            try:
                c1, f1 = solve_run(tpl, style, (idx, kind, mode), random.Random("%s:%s:%d" % (seed, mode, attempt)))
            except NotApplicable:
                continue
            if mode == "carry" and final_str(f1) == gold:
                continue
            if mode == "slip" and final_str(f1) != gold:
                continue
            L1, text1 = build_text(style, tpl, c1, f1, seed)
            if sum(n for _, n in L1) != c1.ncomp:
                continue
            rec = [it for it in c1.items if it["t"] == "comp" and it["idx"] == idx][0]
            li = comp_line(L1, idx)
            sp = line_spans(L1)[li]
            o = style_opts(style, random.Random(seed + ":opts"))
            wq, rq_ = rec["wrong"], rec["right"]
            if style == "gsm8k":
                ws, rs = plain(wq.v, wq.d), plain(rq_.v, rq_.d)
            else:
                ws = rq(wq, dict(o, units=False))
                rs = rq(rq_, dict(o, units=False))
            if ws not in text1[sp[0]:sp[1]]:
                continue
            rows.append(dict(base, variant=mode, solution=text1, final=gold, span=[sp[0], sp[1]],
                             wrong=ws, right=rs, step=idx + 1, kind=kind))
            done = True
            break
        if not done:
            return None
    # loop
    lrng = random.Random(seed + ":loop")
    cand = [i for i, (t, n) in enumerate(L0) if n > 0 and i < len(L0) - 2]
    li = lrng.choice(cand)
    k = lrng.randint(1, 3)
    while k > 1 and (li - k + 1 < 0 or L0[li - k + 1][0] == ""):
        k -= 1
    unit_lines = [t for t, _ in L0[li - k + 1: li + 1]]
    unit = "\n".join(unit_lines)
    reps = lrng.randint(8, 30)
    prefix = "\n".join(t for t, _ in L0[:li + 1])
    sol = prefix + ("\n" + unit) * (reps - 1)
    s2 = len(prefix) + 1
    span = [s2, s2 + len(unit)]
    first = unit_lines[0]
    m = len(first)
    for j, ch in enumerate(first):
        if ch.isdigit():
            m = j
            break
    if lrng.random() < 0.52 and m >= 4:
        cut = lrng.randint(3, min(m, len(first) - 1))
        sol += "\n" + first[:cut]
    rows.append(dict(base, variant="loop", solution=sol, final=gold, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    out = []
    pid = 0
    for ti, (tname, tfun) in enumerate(TEMPLATES):
        srng = random.Random("%s:styles:%s" % (SEED, tname))
        order = []
        while len(order) < N_PER_TEMPLATE:
            blk = STYLES[:]
            srng.shuffle(blk)
            order.extend(blk)
        made = 0
        attempt = 0
        while made < N_PER_TEMPLATE:
            style = order[made]
            seed = "%s:%s:%d:%d" % (SEED, tname, made, attempt)
            rows = make_problem("ps-%04d" % pid, tname, tfun, style, seed)
            attempt += 1
            if rows is None:
                continue
            out.extend(rows)
            pid += 1
            made += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
