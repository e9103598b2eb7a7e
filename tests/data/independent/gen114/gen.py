#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (home renovation /
construction word problems) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: every random choice comes from random.Random seeded with
strings/ints; no hash(), no set iteration, no clock.
"""
import argparse
import json
import random
from decimal import Decimal
from fractions import Fraction as F

SEED = "mcrgen-eval114-renovation-v1"
PER_TEMPLATE = 34
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
         "double_digit", "wrong_op", "decimal_shift"]
STYLES = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline",
          "latex_display", "md_table", "terse", "gsm8k", "tutor", "llama_steps"]
NO_CHECK_STYLES = ("gsm8k", "llama_steps", "latex_inline")

NAMES = [("Maria", "she", "her"), ("James", "he", "his"), ("Priya", "she", "her"),
         ("Tom", "he", "his"), ("Aisha", "she", "her"), ("Carlos", "he", "his"),
         ("Hannah", "she", "her"), ("Derek", "he", "his"), ("Mei", "she", "her"),
         ("Omar", "he", "his"), ("Rachel", "she", "her"), ("Luis", "he", "his"),
         ("Grace", "she", "her"), ("Ben", "he", "his"), ("Nadia", "she", "her"),
         ("Owen", "he", "his"), ("Keisha", "she", "her"), ("Sam", "he", "his"),
         ("Elena", "she", "her"), ("Victor", "he", "his")]


# ----------------------------------------------------------------- numbers
def D(s):
    return F(Decimal(str(s)))


def ndec_str(s):
    s = str(s)
    return len(s.split(".")[1]) if "." in s else 0


def term_dec(v, maxd=6):
    for d in range(maxd + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rhu(v, d):
    q = v * 10 ** d
    n = (2 * q.numerator + q.denominator) // (2 * q.denominator)
    return F(n, 10 ** d)


def ceil_f(v):
    return -((-v.numerator) // v.denominator)


def fmt(v, nd, sep=","):
    q = v * 10 ** nd
    assert q.denominator == 1, (v, nd)
    n = q.numerator
    neg = n < 0
    s = str(abs(n)).rjust(nd + 1, "0")
    ip, fp = (s[:-nd], s[-nd:]) if nd else (s, "")
    if sep and len(ip) > 3:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = sep.join([ip] + g)
    return ("-" if neg else "") + ip + ("." + fp if nd else "")


def plain(v):
    d = term_dec(v, 6)
    return fmt(v, d, "")


# ------------------------------------------------------------- expressions
def n(v, unit="", money=False):
    return ("n", str(v), unit, money)


def r(name):
    return ("r", name)


def op(o, a, b):
    return ("op", o, a, b)


def par(x):
    return ("par", x)


def pof(p, x):
    return ("pof", str(p), x)


def mul(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = op("*", e, x)
    return e


def add(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = op("+", e, x)
    return e


def ev(node, W):
    t = node[0]
    if t == "n":
        return D(node[1])
    if t == "r":
        return W[node[1]][0]
    if t == "par":
        return ev(node[1], W)
    if t == "pof":
        return D(node[1]) / 100 * ev(node[2], W)
    a, b = ev(node[2], W), ev(node[3], W)
    o = node[1]
    if o == "+":
        return a + b
    if o == "-":
        return a - b
    if o == "*":
        return a * b
    return a / b


class Step:
    def __init__(self, name, expr, what, unit="", money=False, dec=None, ru=None,
                 inner=False, check=False):
        self.name, self.expr, self.what, self.unit = name, expr, what, unit
        self.money, self.dec, self.ru, self.inner, self.check = money, dec, ru, inner, check


S = Step


def is_binary(st):
    e = st.expr
    return e[0] == "op" and e[2][0] in ("n", "r") and e[3][0] in ("n", "r")


# ------------------------------------------------------------- evaluation
def settle(exact, st, cents):
    d = term_dec(exact, 6)
    if st.money:
        if d is not None and d <= 2:
            nd = 2 if (cents or d > 0) else 0
            return exact, nd, False
        return rhu(exact, 2), 2, True
    lim = st.dec if st.dec is not None else 3
    if d is not None and d <= lim:
        return exact, d, False
    if st.dec is None:
        return None
    return rhu(exact, st.dec), st.dec, True


def evaluate(steps, cents, fault=None, propagate=False):
    W = {}
    out = []
    for i, st in enumerate(steps):
        snap = dict(W)
        exact = ev(st.expr, W)
        s = settle(exact, st, cents)
        if s is None or exact <= 0:
            return None
        v, nd, approx = s
        right = (v, nd, approx)
        disp = right
        if fault is not None and fault["i"] == i:
            disp = (fault["w"], fault["nd"], fault["approx"])
            if propagate:
                v, nd = fault["w"], fault["nd"]
        ru = None
        if st.ru and v.denominator != 1:
            ru = ceil_f(v)
            W[st.name] = (F(ru), 0)
        else:
            W[st.name] = (v, nd)
        out.append({"W": snap, "exact": exact, "right": right, "disp": disp, "ru": ru})
    return out, W


# --------------------------------------------------------------- styling
class Cfg:
    def __init__(self, style, rng):
        self.style = style
        self.sep, self.dollar, self.sp, self.units = ",", "$", True, False
        self.latex = False
        self.frac = False
        self.words = False
        if style == "gpt4o_md":
            self.mul, self.div, self.sub = "×", "÷", "−"
            self.units = rng.random() < 0.5
        elif style == "claude_bold":
            self.mul, self.div, self.sub = "×", "÷", rng.choice(["−", "-"])
            self.units = rng.random() < 0.4
        elif style == "bullets":
            self.mul, self.div, self.sub = rng.choice(["x", "×"]), "/", "-"
            self.units = rng.random() < 0.5
        elif style == "prose":
            self.mul, self.div, self.sub = rng.choice(["×", "×", "·"]), rng.choice(["÷", "/"]), "−"
            self.units = rng.random() < 0.3
        elif style == "latex_inline":
            self.mul, self.div, self.sub = "\\times", "\\div", "-"
            self.latex, self.frac, self.dollar = True, True, "\\$"
            self.sep = rng.choice([",", "{,}"])
        elif style == "latex_display":
            self.mul, self.div, self.sub = rng.choice(["\\times", "\\times", "\\cdot"]), "\\div", "-"
            self.latex, self.dollar, self.sep = True, "\\$", "{,}"
            self.frac = rng.random() < 0.5
        elif style == "md_table":
            self.mul, self.div, self.sub = "×", "÷", "−"
        elif style == "terse":
            self.mul, self.div, self.sub = rng.choice(["*", "*", "x"]), "/", "-"
        elif style == "gsm8k":
            self.mul, self.div, self.sub = "*", "/", "-"
            self.sep, self.sp, self.dollar = "", False, ""
        elif style == "tutor":
            self.mul, self.div, self.sub = "times", "divided by", "minus"
            self.words = True
            self.units = rng.random() < 0.5
        elif style == "llama_steps":
            self.mul, self.div, self.sub = rng.choice(["*", "×"]), "/", "-"
        self.add = "plus" if self.words else "+"

    def num(self, v, nd, money=False, approx=False):
        if self.style == "gsm8k" and not approx:
            nd = term_dec(v, 6)
        s = fmt(v, nd, self.sep)
        return self.dollar + s if money else s

    def sym(self, o):
        return {"+": self.add, "-": self.sub, "*": self.mul, "/": self.div}[o]


def rexp(node, W, cfg, meta, units, collapse=False):
    t = node[0]
    if t == "n":
        v = D(node[1])
        s = cfg.num(v, ndec_str(node[1]), node[3], approx=True)
        if units and node[2] and not node[3]:
            s += " " + node[2]
        return s
    if t == "r":
        v, nd = W[node[1]]
        unit, money = meta[node[1]]
        if cfg.style == "gsm8k" and term_dec(v, 6) is not None:
            nd = term_dec(v, 6)
        s = cfg.num(v, nd, money)
        if units and unit and not money:
            s += " " + unit
        return s
    if t == "par":
        if collapse:
            v = ev(node[1], W)
            return cfg.num(v, term_dec(v, 6))
        return "(" + rexp(node[1], W, cfg, meta, units, collapse) + ")"
    if t == "pof":
        x = rexp(node[2], W, cfg, meta, units, collapse)
        if cfg.style == "gsm8k":
            return x + "*" + plain(D(node[1]) / 100)
        if cfg.latex:
            return node[1] + "\\% " + cfg.mul + " " + x
        return node[1] + "% of " + x
    o = node[1]
    a = rexp(node[2], W, cfg, meta, units, collapse)
    b = rexp(node[3], W, cfg, meta, units, collapse)
    if o == "/" and cfg.frac:
        return "\\frac{" + a + "}{" + b + "}"
    s = cfg.sym(o)
    return a + s + b if not cfg.sp else a + " " + s + " " + b


class SV:
    pass


def strip_article(w):
    for a in ("the ", "a ", "an "):
        if w.startswith(a):
            return w[len(a):]
    return w


def cap(s):
    return s[:1].upper() + s[1:]


def make_views(steps, out, cfg):
    meta = {}
    vs = []
    for st, o in zip(steps, out):
        sv = SV()
        sv.st = st
        sv.expr = rexp(st.expr, o["W"], cfg, meta, cfg.units)
        sv.inner = rexp(st.expr, o["W"], cfg, meta, False, collapse=True) if st.inner else None
        v, nd, approx = o["disp"]
        sv.eq = "≈" if approx else "="
        sv.res = cfg.num(v, nd, st.money, approx)
        sv.lit = sv.res.replace("\\$", "").replace("$", "").replace("{,}", "").replace(",", "")
        sv.unit = "" if st.money else st.unit
        sv.ru = None if o["ru"] is None else fmt(F(o["ru"]), 0, "," if cfg.style == "latex_inline" else cfg.sep)
        sv.ruunit = st.ru
        sv.check = st.check
        sv.what = st.what
        sv.short = cap(strip_article(st.what))
        sv.resu = sv.res + (" " + sv.unit if sv.unit else "")
        meta[st.name] = (st.ru if st.ru else st.unit, st.money)
        vs.append(sv)
    return vs


# ------------------------------------------------------------- templates
def pick_name(rng):
    nm, he, his = rng.choice(NAMES)
    return {"name": nm, "he": he, "He": cap(he), "his": his}


def money_s(s):
    return "$" + fmt(D(s), ndec_str(s))


def t_paint_walls(rng):
    c = pick_name(rng)
    L, W, H = rng.randint(10, 22), rng.randint(9, 16), rng.choice([8, 8, 9, 10])
    nd, nw = rng.choice([1, 1, 2]), rng.randint(1, 3)
    wa = rng.choice([12, 15, 15, 20])
    cov = rng.choice([350, 400, 350])
    coats = rng.choice([2, 2, 2, 3])
    price = rng.choice(["32.50", "38.00", "41.75", "45.50", "29.25", "36.80", "52.99"])
    c.update(L=L, W=W, H=H, nd=nd, nw=nw, wa=wa, cov=cov, coats=coats, price=money_s(price),
             doors="one door" if nd == 1 else "two doors",
             wins={1: "one window", 2: "two windows", 3: "three windows"}[nw],
             de="" if nd == 1 else " each", we="" if nw == 1 else " each",
             are="is" if nd == 1 else "are")
    probs = [
        "{name} is painting the walls of a bedroom that is {L} feet long and {W} feet wide with {H}-foot ceilings. "
        "The room has {doors} (21 square feet{de}) and {wins} ({wa} square feet{we}) that won't be painted. "
        "{He} wants {coats} coats, one gallon covers {cov} square feet, and paint costs {price} per gallon. "
        "If paint is sold only in whole gallons, how much will {he} spend on paint?",
        "A {L} ft by {W} ft room has walls {H} ft high. There {are} {doors} of 21 sq ft{de} and {wins} of {wa} sq ft{we}. "
        "{name} will apply {coats} coats of paint. Each gallon covers {cov} sq ft and costs {price}. "
        "Only full gallons can be bought. What is the cost of the paint?",
        "{name} hired out the trim but is rolling the walls {him_self}. The living room measures {L}' x {W}' with {H}' walls. "
        "Subtract {doors} (21 sq ft{de}) and {wins} ({wa} sq ft{we}). With {coats} coats, a coverage of {cov} sq ft per gallon, "
        "and a price of {price} a gallon (whole gallons only), what does the paint cost?",
    ]
    c["him_self"] = "himself" if c["he"] == "he" else "herself"
    door = n(21, "sq ft") if nd == 1 else mul(n(nd), n(21, "sq ft"))
    win = n(wa, "sq ft") if nw == 1 else mul(n(nw), n(wa, "sq ft"))
    steps = [
        S("perim", mul(n(2), par(add(n(L, "ft"), n(W, "ft")))), "the perimeter of the room", "ft", inner=True),
        S("wall", mul(r("perim"), n(H, "ft")), "the total wall area", "sq ft"),
        S("open", add(door, win), "the area of the doors and windows", "sq ft"),
        S("net", op("-", r("wall"), r("open")), "the paintable wall area", "sq ft"),
        S("chk", add(r("net"), r("open")), "check", "sq ft", check=True),
        S("paint", mul(r("net"), n(coats, "coats")), "the area to cover with all coats", "sq ft"),
        S("gal", op("/", r("paint"), n(cov, "sq ft per gallon")), "the number of gallons needed", "gallons", dec=2, ru="gallons"),
        S("cost", mul(r("gal"), n(price, money=True)), "the cost of the paint", money=True),
    ]
    givens = [f"Room: {L} ft by {W} ft, {H} ft high", f"Doors: {nd} at 21 sq ft; windows: {nw} at {wa} sq ft",
              f"Coats: {coats}; coverage: {cov} sq ft per gallon", f"Paint: {c['price']} per gallon"]
    closings = ["{name} will spend {ans} on paint.", "So the paint for the room costs {ans}.",
                "The total cost of the paint is {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the paint", ctx=c)


def t_tile_floor(rng):
    c = pick_name(rng)
    L, W = rng.randint(8, 18), rng.randint(7, 15)
    pct = rng.choice([10, 15, 10, 12])
    cov = rng.choice(["10", "12", "14.5", "15", "10.76", "13.5"])
    price = rng.choice(["34.99", "42.50", "27.95", "54.00", "39.80"])
    c.update(L=L, W=W, pct=pct, cov=cov, price=money_s(price))
    probs = [
        "{name} is tiling a kitchen floor that measures {L} feet by {W} feet. {He} plans to buy {pct}% extra tile for cuts and breakage. "
        "Each box of tile covers {cov} square feet and costs {price}. How much will the tile cost?",
        "A bathroom remodel calls for new floor tile in a {L} ft × {W} ft space. The installer recommends adding {pct}% for waste. "
        "Tile comes in boxes that cover {cov} sq ft each, priced at {price} per box. What is the total cost of the boxes needed?",
        "{name} measured {his} laundry room at {L} ft by {W} ft. Porcelain tile is sold in boxes of {cov} sq ft for {price} a box, "
        "and {he} wants a {pct}% waste allowance. Boxes can't be split. How much does {he} spend on tile?",
    ]
    factor = plain(1 + F(pct, 100))
    mode = rng.random() < 0.6
    steps = [S("area", mul(n(L, "ft"), n(W, "ft")), "the floor area", "sq ft")]
    if mode:
        steps += [S("extra", pof(pct, r("area")), "the waste allowance", "sq ft", dec=2),
                  S("total", add(r("area"), r("extra")), "the total tile needed", "sq ft", dec=2)]
    else:
        steps += [S("total", mul(r("area"), n(factor if "." in factor else factor + ".00")), "the total tile needed including waste", "sq ft", dec=2)]
    steps += [S("boxes", op("/", r("total"), n(cov, "sq ft per box")), "the number of boxes", "boxes", dec=2, ru="boxes"),
              S("cost", mul(r("boxes"), n(price, money=True)), "the cost of the tile", money=True)]
    givens = [f"Floor: {L} ft by {W} ft", f"Waste: {pct}%", f"Box: {cov} sq ft at {c['price']}"]
    closings = ["The tile will cost {ans}.", "{name} spends {ans} on tile.", "So the total for the tile is {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the tile", ctx=c)


def t_backsplash(rng):
    c = pick_name(rng)
    Lf, h = rng.randint(6, 16), rng.choice([18, 20, 24, 30])
    s = rng.choice([3, 4, 6])
    pct = rng.choice([10, 15])
    c.update(Lf=Lf, h=h, s=s, pct=pct)
    probs = [
        "{name} is installing a backsplash that runs {Lf} feet along the counter and is {h} inches tall. "
        "The tiles are {s}-inch squares, and {he} wants {pct}% extra for cuts. How many tiles should {he} buy?",
        "A backsplash measures {Lf} ft long by {h} in high. It will be covered with {s} in × {s} in tiles, plus {pct}% extra for waste. "
        "How many tiles are needed, rounding up to whole tiles?",
        "For {his} kitchen, {name} needs to tile a strip {h} inches high and {Lf} feet long using {s}\" square tiles. "
        "Counting a {pct}% overage, how many tiles does {he} need?",
    ]
    factor = plain(1 + F(pct, 100))
    steps = [S("len", mul(n(Lf, "ft"), n(12)), "the length in inches", "inches"),
             S("area", mul(r("len"), n(h, "inches")), "the backsplash area", "sq in"),
             S("tile", mul(n(s, "in"), n(s, "in")), "the area of one tile", "sq in"),
             S("count", op("/", r("area"), r("tile")), "the number of tiles without waste", "tiles", dec=1, ru="tiles"),
             S("total", mul(r("count"), n(factor)), "the tiles with the overage", "tiles", dec=1, ru="tiles")]
    givens = [f"Backsplash: {Lf} ft by {h} in", f"Tile: {s} in by {s} in", f"Overage: {pct}%"]
    closings = ["{name} should buy {ans}.", "So {ans} are needed.", "That means buying {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="how many tiles to buy", ctx=c)


def t_drywall(rng):
    c = pick_name(rng)
    L, W, H = rng.randint(10, 20), rng.randint(9, 16), rng.choice([8, 8, 9])
    sh = rng.choice([(4, 8), (4, 8), (4, 12)])
    price = rng.choice(["12.98", "15.48", "14.25", "18.75", "11.50"])
    c.update(L=L, W=W, H=H, a=sh[0], b=sh[1], price=money_s(price))
    probs = [
        "{name} is hanging drywall on the walls and ceiling of a {L} ft by {W} ft room with {H} ft walls. "
        "Drywall sheets are {a} ft by {b} ft and cost {price} each. Ignoring openings, how much will the sheets cost?",
        "A basement room is {L} feet long, {W} feet wide, and {H} feet tall. The walls and ceiling need drywall. "
        "If each {a}-by-{b} sheet costs {price} and only whole sheets are sold, what is the cost of the drywall?",
        "{name} is finishing a {L}' × {W}' bonus room ({H}' ceilings). {He} will cover all four walls and the ceiling with "
        "{a}x{b} sheets at {price} apiece. What will the drywall cost (ignore doors and windows)?",
    ]
    steps = [S("walls", mul(n(2), par(add(n(L), n(W))), n(H, "ft")), "the area of the four walls", "sq ft", inner=True),
             S("ceil", mul(n(L, "ft"), n(W, "ft")), "the ceiling area", "sq ft"),
             S("total", add(r("walls"), r("ceil")), "the total area to cover", "sq ft"),
             S("sheet", mul(n(sh[0], "ft"), n(sh[1], "ft")), "the area of one sheet", "sq ft"),
             S("sheets", op("/", r("total"), r("sheet")), "the number of sheets", "sheets", dec=2, ru="sheets"),
             S("cost", mul(r("sheets"), n(price, money=True)), "the cost of the drywall", money=True)]
    givens = [f"Room: {L} ft by {W} ft by {H} ft", f"Sheet: {sh[0]} ft by {sh[1]} ft at {c['price']}"]
    closings = ["The drywall will cost {ans}.", "{name} will pay {ans} for drywall.", "So the sheets cost {ans} in total."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the drywall", ctx=c)


def t_slab(rng):
    c = pick_name(rng)
    L, W = rng.randint(10, 30), rng.randint(8, 24)
    t = rng.choice([4, 5, 6, 6])
    price = rng.choice(["135", "142.50", "128", "155", "149.75"])
    c.update(L=L, W=W, t=t, price=money_s(price))
    probs = [
        "{name} is pouring a concrete patio slab {L} feet long, {W} feet wide, and {t} inches thick. "
        "Ready-mix concrete costs {price} per cubic yard and must be ordered in whole cubic yards. How much will the concrete cost?",
        "A contractor quotes a {L} ft × {W} ft shed pad, {t} in thick. Concrete is {price} per cubic yard, ordered in full yards. "
        "What is the cost of the concrete?",
        "{name} wants a {t}-inch-thick slab for a workshop floor measuring {L} by {W} feet. The supplier charges {price} per cubic yard "
        "and only delivers whole yards. What will {he} pay for concrete?",
    ]
    steps = [S("area", mul(n(L, "ft"), n(W, "ft")), "the slab area", "sq ft"),
             S("tft", op("/", n(t, "in"), n(12)), "the thickness in feet", "ft", dec=2),
             S("vol", mul(r("area"), r("tft")), "the volume in cubic feet", "cu ft", dec=2),
             S("yd", op("/", r("vol"), n(27)), "the volume in cubic yards", "cu yd", dec=2, ru="cubic yards"),
             S("cost", mul(r("yd"), n(price, money=True)), "the cost of the concrete", money=True)]
    givens = [f"Slab: {L} ft by {W} ft by {t} in", "27 cubic feet in a cubic yard", f"Price: {c['price']} per cubic yard"]
    closings = ["The concrete will cost {ans}.", "{name} will pay {ans} for the concrete.", "So the concrete order comes to {ans}."]

    def validate(W_):
        return ceil_f(F(L * W * t, 12 * 27)) == W_["yd"][0]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the concrete", ctx=c, validate=validate)


def t_footings(rng):
    c = pick_name(rng)
    k = rng.randint(4, 12)
    a = rng.choice(["1", "1.5", "2", "1.5"])
    d = rng.choice(["2", "2.5", "3", "3.5"])
    y, wt = rng.choice([("0.6", 80), ("0.45", 60), ("0.6", 80)])
    price = rng.choice(["6.48", "5.98", "7.25", "4.97"])
    c.update(k=k, a=a, d=d, y=y, wt=wt, price=money_s(price))
    probs = [
        "{name} is building a deck on {k} square concrete footings. Each footing is {a} ft by {a} ft and {d} ft deep. "
        "One {wt}-lb bag of concrete mix makes {y} cubic feet and costs {price}. How much will the bags cost?",
        "A pergola needs {k} footings, each a square hole {a} feet on a side and {d} feet deep, filled with concrete. "
        "Each {wt} lb bag yields {y} cu ft and sells for {price}. What is the cost of the bags (whole bags only)?",
        "For a fence-and-deck project, {name} digs {k} square footing holes ({a}' × {a}', {d}' deep). Bagged mix yields {y} cubic feet "
        "per {wt}-pound bag at {price} per bag. How much does {he} spend on concrete mix?",
    ]
    steps = [S("each", mul(n(a, "ft"), n(a, "ft"), n(d, "ft")), "the volume of one footing", "cu ft"),
             S("total", mul(n(k), r("each")), "the total volume", "cu ft"),
             S("bags", op("/", r("total"), n(y, "cu ft per bag")), "the number of bags", "bags", dec=1, ru="bags"),
             S("cost", mul(r("bags"), n(price, money=True)), "the cost of the bags", money=True)]
    givens = [f"Footings: {k}, each {a} ft by {a} ft by {d} ft", f"Bag: {y} cu ft at {c['price']}"]
    closings = ["The concrete mix costs {ans}.", "{name} spends {ans} on bags of concrete.", "So the bags come to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the concrete mix", ctx=c)


def t_studs(rng):
    c = pick_name(rng)
    L = rng.randint(10, 40)
    sp = rng.choice([16, 16, 24])
    e = rng.randint(3, 9)
    price = rng.choice(["3.98", "4.25", "5.47", "6.12"])
    c.update(L=L, sp=sp, e=e, price=money_s(price))
    probs = [
        "{name} is framing a wall {L} feet long with studs {sp} inches on center. {He} needs one more stud than the number of spaces, "
        "plus {e} extra studs for corners and a doorway. Studs cost {price} each. How much will the studs cost?",
        "A {L} ft partition wall is framed with studs every {sp} in. Count one stud per space plus one for the end, then add {e} extra for "
        "openings and corners. At {price} per stud, what is the cost?",
        "{name}'s new wall will be {L}' long, studs at {sp}\" on center (round the spaces up, then add 1 stud for the end), plus {e} "
        "more studs for headers and corners. Each stud is {price}. What do the studs cost?",
    ]
    steps = [S("inch", mul(n(L, "ft"), n(12)), "the wall length in inches", "inches"),
             S("spaces", op("/", r("inch"), n(sp, "inches")), "the number of spaces", "spaces", dec=2, ru="spaces"),
             S("studs", add(r("spaces"), n(1)), "the studs along the wall", "studs"),
             S("total", add(r("studs"), n(e)), "the total studs", "studs"),
             S("cost", mul(r("total"), n(price, money=True)), "the cost of the studs", money=True)]
    givens = [f"Wall: {L} ft", f"Spacing: {sp} in on center", f"Extra studs: {e}", f"Price: {c['price']} each"]
    closings = ["The studs will cost {ans}.", "{name} spends {ans} on studs.", "So the framing lumber costs {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the studs", ctx=c)


def t_deck(rng):
    c = pick_name(rng)
    wd, ln = rng.randint(10, 16), rng.choice([12, 14, 16])
    face = rng.choice(["5.5", "5.5", "3.5"])
    price = rng.choice(["12.47", "14.98", "18.25", "9.87"])
    sb = rng.choice(["24.97", "32.50", "29.00"])
    c.update(wd=wd, ln=ln, face=face, price=money_s(price), sb=money_s(sb))
    probs = [
        "{name} is building a deck {wd} feet wide and {ln} feet long. Deck boards are {ln} feet long and {face} inches wide, laid across the width. "
        "Boards cost {price} each, and {he} needs one box of screws ({sb}) for every 100 square feet of deck, in whole boxes. "
        "What is the total cost of boards and screws?",
        "A {wd} ft by {ln} ft deck is covered with {ln}-foot boards that are {face} in wide. Each board is {price}. Screws come in boxes "
        "of {sb}, one box per 100 sq ft (whole boxes). How much do the boards and screws cost together?",
        "{name} wants to resurface a deck that is {wd}' wide and {ln}' long using {face}\"-wide boards that span the full {ln}' length. "
        "Boards run {price} apiece and screws are {sb} a box, with one box per 100 sq ft rounded up. What is the material cost?",
    ]
    steps = [S("win", mul(n(wd, "ft"), n(12)), "the deck width in inches", "inches"),
             S("rows", op("/", r("win"), n(face, "inches")), "the number of boards", "boards", dec=2, ru="boards"),
             S("bcost", mul(r("rows"), n(price, money=True)), "the cost of the boards", money=True),
             S("area", mul(n(wd, "ft"), n(ln, "ft")), "the deck area", "sq ft"),
             S("boxes", op("/", r("area"), n(100)), "the boxes of screws", "boxes", dec=2, ru="boxes"),
             S("scost", mul(r("boxes"), n(sb, money=True)), "the cost of the screws", money=True),
             S("total", add(r("bcost"), r("scost")), "the total cost", money=True)]
    givens = [f"Deck: {wd} ft by {ln} ft", f"Boards: {face} in wide at {c['price']}", f"Screws: {c['sb']} per box, 1 box per 100 sq ft"]
    closings = ["The boards and screws cost {ans} in total.", "{name} will spend {ans} on materials.", "So the material cost is {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="the total material cost", ctx=c)


def t_labor_quote(rng):
    c = pick_name(rng)
    w, d = rng.randint(2, 4), rng.randint(2, 6)
    h = rng.choice(["8", "8", "7.5", "9"])
    rate = rng.choice(["45", "52.50", "38", "60", "48.75"])
    M = rng.randint(8, 40) * 100 + rng.choice([0, 25, 50, 75])
    pct = rng.choice([10, 12, 15, 18, 20])
    c.update(w=w, d=d, h=h, rate=money_s(rate), M=money_s(str(M)), pct=pct)
    probs = [
        "A contractor sends {name} a quote for a kitchen remodel: a crew of {w} workers for {d} days at {h} hours per day, billed at {rate} "
        "per worker-hour, plus {M} in materials. The contractor adds {pct}% overhead on the whole subtotal. What is the total quote?",
        "To redo a bathroom, {w} tradespeople will work {h} hours a day for {d} days. Labor is {rate} per person per hour, materials are {M}, "
        "and a {pct}% markup is applied to labor plus materials. What is the final price?",
        "{name}'s basement job needs {w} carpenters for {d} days, {h} hours each day, at {rate} an hour each. Materials run {M}. "
        "If the company charges {pct}% overhead on the subtotal, what will the job cost {name}?",
    ]
    steps = [S("hours", mul(n(w, "workers"), n(d, "days"), n(h, "hours")), "the total worker-hours", "hours"),
             S("labor", mul(r("hours"), n(rate, money=True)), "the labor cost", money=True),
             S("sub", add(r("labor"), n(str(M), money=True)), "the subtotal", money=True),
             S("fee", pof(pct, r("sub")), "the overhead", money=True),
             S("total", add(r("sub"), r("fee")), "the total quote", money=True),
             S("chk", op("-", r("total"), r("fee")), "check", money=True, check=True)]
    givens = [f"Crew: {w} workers, {d} days, {h} hours per day", f"Rate: {c['rate']} per worker-hour",
              f"Materials: {c['M']}", f"Overhead: {pct}%"]
    closings = ["The total quote is {ans}.", "So the job will cost {name} {ans}.", "The final price comes to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="the total quote", ctx=c)


def t_compare_quotes(rng):
    c = pick_name(rng)
    L, W = rng.randint(10, 24), rng.randint(10, 20)
    a = rng.choice(["6.50", "7.25", "8", "9.40", "7.80"])
    bm = rng.choice(["3.75", "4.20", "3.10", "4.60"])
    h = rng.randint(10, 30)
    rate = rng.choice(["55", "60", "48.50", "65"])
    c.update(L=L, W=W, a=money_s(a), bm=money_s(bm), h=h, rate=money_s(rate))
    probs = [
        "{name} wants new hardwood in a {L} ft by {W} ft family room. Company A charges {a} per square foot installed. Company B charges "
        "{bm} per square foot for materials plus {h} hours of labor at {rate} per hour. How much cheaper is the less expensive quote?",
        "Two flooring quotes for a {L}' × {W}' room: Quote A is {a}/sq ft all-in. Quote B is materials at {bm}/sq ft plus {h} labor hours "
        "at {rate} an hour. What is the difference between the two quotes?",
        "For a {L}-by-{W}-foot room, one installer quotes {a} per square foot including labor. Another quotes {bm} per square foot for "
        "the flooring and {rate} per hour for an estimated {h} hours. By how much do the quotes differ?",
    ]
    steps = [S("area", mul(n(L, "ft"), n(W, "ft")), "the floor area", "sq ft"),
             S("A", mul(r("area"), n(a, money=True)), "Quote A", money=True),
             S("Bm", mul(r("area"), n(bm, money=True)), "Quote B's materials", money=True),
             S("Bl", mul(n(h, "hours"), n(rate, money=True)), "Quote B's labor", money=True),
             S("B", add(r("Bm"), r("Bl")), "Quote B's total", money=True)]
    W0 = evaluate(steps, True)
    if W0 is None:
        return None
    Wv = W0[1]
    if Wv["A"][0] == Wv["B"][0]:
        return None
    if Wv["A"][0] > Wv["B"][0]:
        steps.append(S("diff", op("-", r("A"), r("B")), "the difference", money=True))
        closings = ["Quote B is cheaper by {ans}.", "Company B's quote saves {name} {ans}.", "The difference is {ans}, in favor of Quote B."]
    else:
        steps.append(S("diff", op("-", r("B"), r("A")), "the difference", money=True))
        closings = ["Quote A is cheaper by {ans}.", "Company A's quote saves {name} {ans}.", "The difference is {ans}, in favor of Quote A."]
    givens = [f"Room: {L} ft by {W} ft", f"Quote A: {c['a']} per sq ft", f"Quote B: {c['bm']} per sq ft + {h} hours at {c['rate']}"]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="diff", closings=closings,
                givens=givens, focus="the difference between the quotes", ctx=c)


def t_lshape(rng):
    c = pick_name(rng)
    L, W = rng.randint(14, 28), rng.randint(12, 22)
    a, b = rng.randint(3, 8), rng.randint(3, 7)
    p = rng.choice(["3.49", "4.25", "5.80", "2.99", "6.15"])
    lab = rng.choice(["1.75", "2.25", "1.50", "2"])
    c.update(L=L, W=W, a=a, b=b, p=money_s(p), lab=money_s(lab))
    probs = [
        "{name}'s open floor plan is a {L} ft by {W} ft rectangle with a {a} ft by {b} ft stair opening that gets no flooring. "
        "Vinyl plank costs {p} per square foot and installation is {lab} per square foot. What is the total cost?",
        "A room is shaped like a {L}' × {W}' rectangle with a {a}' × {b}' closet cut out of one corner. Laminate is {p}/sq ft and labor is "
        "{lab}/sq ft. How much will it cost to floor the room?",
        "{name} is putting new flooring in an L-shaped den: a {L} by {W} foot rectangle minus a {a} by {b} foot notch. Flooring costs {p} per "
        "square foot plus {lab} per square foot to install. Find the total cost.",
    ]
    steps = [S("big", mul(n(L, "ft"), n(W, "ft")), "the area of the full rectangle", "sq ft"),
             S("cut", mul(n(a, "ft"), n(b, "ft")), "the cut-out area", "sq ft"),
             S("net", op("-", r("big"), r("cut")), "the floor area", "sq ft"),
             S("chk", add(r("net"), r("cut")), "check", "sq ft", check=True),
             S("mat", mul(r("net"), n(p, money=True)), "the flooring cost", money=True),
             S("inst", mul(r("net"), n(lab, money=True)), "the installation cost", money=True),
             S("total", add(r("mat"), r("inst")), "the total cost", money=True)]
    givens = [f"Rectangle: {L} ft by {W} ft", f"Cut-out: {a} ft by {b} ft", f"Flooring: {c['p']} per sq ft; install: {c['lab']} per sq ft"]
    closings = ["The flooring job costs {ans}.", "{name} will pay {ans} in total.", "So the total cost is {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="the total flooring cost", ctx=c)


def t_baseboard(rng):
    c = pick_name(rng)
    L, W = rng.randint(10, 22), rng.randint(9, 18)
    k = rng.randint(1, 3)
    dw = rng.choice(["3", "2.5", "3"])
    pl = rng.choice([8, 12, 16])
    price = rng.choice(["9.48", "12.50", "7.98", "14.20"])
    c.update(L=L, W=W, k=k, dw=dw, pl=pl, price=money_s(price), doors="a doorway" if k == 1 else f"{k} doorways")
    probs = [
        "{name} is installing baseboard in a {L} ft by {W} ft room. The room has {doors}, each {dw} ft wide, that don't get baseboard. "
        "Baseboard comes in {pl}-foot pieces costing {price} each. How much will the baseboard cost?",
        "A {L}' × {W}' bedroom needs new baseboard trim all the way around except for {doors} ({dw}' wide each). Trim is sold in {pl} ft "
        "lengths at {price} per piece. What is the cost of the trim, buying whole pieces?",
        "{name} measures a room at {L} feet by {W} feet. Leaving out {doors} that are {dw} feet wide, {he} buys {pl}-ft baseboard pieces at "
        "{price} each. What does {he} spend?",
    ]
    steps = [S("perim", mul(n(2), par(add(n(L, "ft"), n(W, "ft")))), "the perimeter", "ft", inner=True)]
    if k == 1:
        steps.append(S("net", op("-", r("perim"), n(dw, "ft")), "the length that needs baseboard", "ft"))
    else:
        steps += [S("doors", mul(n(k), n(dw, "ft")), "the total door width", "ft"),
                  S("net", op("-", r("perim"), r("doors")), "the length that needs baseboard", "ft")]
    steps += [S("pieces", op("/", r("net"), n(pl, "ft")), "the number of pieces", "pieces", dec=2, ru="pieces"),
              S("cost", mul(r("pieces"), n(price, money=True)), "the cost of the baseboard", money=True)]
    givens = [f"Room: {L} ft by {W} ft", f"Doorways: {k} at {dw} ft", f"Pieces: {pl} ft at {c['price']}"]
    closings = ["The baseboard costs {ans}.", "{name} spends {ans} on trim.", "So the trim comes to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the baseboard", ctx=c)


def t_fence(rng):
    c = pick_name(rng)
    L, W = rng.randint(30, 90), rng.randint(25, 70)
    g = rng.choice([4, 4, 5, 6])
    sec = rng.choice([8, 8, 6])
    pp = rng.choice(["64.50", "72", "58.25", "89.99"])
    po = rng.choice(["18.75", "22.40", "15.50"])
    c.update(L=L, W=W, g=g, sec=sec, pp=money_s(pp), po=money_s(po))
    probs = [
        "{name} is fencing three sides of a backyard; the house forms the fourth side. The yard is {L} feet along each side wall and {W} feet across "
        "the back. There will be a {g}-foot gate. Fence panels are {sec} feet long and cost {pp} each, and each panel needs posts: one more post "
        "than panels, at {po} per post. What is the total cost?",
        "A yard is {L} ft deep and {W} ft wide. Fence runs down both {L} ft sides and across the {W} ft back, minus a {g} ft gate. "
        "Panels are {sec} ft at {pp}; posts are {po} each, with one more post than panels. Find the cost of panels and posts.",
        "{name} needs a fence along two {L}' sides and one {W}' side of {his} lot, leaving a {g}' gate opening. Using {sec}' panels ({pp} each, whole "
        "panels only) and posts at {po} (panels + 1 posts), how much will the fence materials cost?",
    ]
    steps = [S("run", add(n(L, "ft"), n(W, "ft"), n(L, "ft")), "the total fence line", "ft"),
             S("net", op("-", r("run"), n(g, "ft")), "the length to fence", "ft"),
             S("panels", op("/", r("net"), n(sec, "ft")), "the number of panels", "panels", dec=2, ru="panels"),
             S("posts", add(r("panels"), n(1)), "the number of posts", "posts"),
             S("pcost", mul(r("panels"), n(pp, money=True)), "the panel cost", money=True),
             S("ocost", mul(r("posts"), n(po, money=True)), "the post cost", money=True),
             S("total", add(r("pcost"), r("ocost")), "the total cost", money=True)]
    givens = [f"Sides: {L} ft, {W} ft, {L} ft", f"Gate: {g} ft", f"Panels: {sec} ft at {c['pp']}; posts at {c['po']}"]
    closings = ["The fence materials cost {ans}.", "{name} will spend {ans} on panels and posts.", "So the total is {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="the cost of the fence", ctx=c)


def t_roof(rng):
    c = pick_name(rng)
    a, b = rng.randint(20, 48), rng.randint(12, 20)
    bps = 3
    price = rng.choice(["32.50", "36.99", "29.75", "41.20"])
    c.update(a=a, b=b, price=money_s(price))
    probs = [
        "{name}'s gable roof has two rectangular sides, each {a} feet by {b} feet. Shingles are sold by the bundle, with 3 bundles per square "
        "(a square is 100 square feet), at {price} per bundle. How much will the shingles cost, buying whole bundles?",
        "A roofer is pricing a garage roof made of two planes, each {a} ft × {b} ft. It takes 3 bundles of shingles to cover 100 sq ft, and "
        "bundles cost {price}. What is the cost of the shingles?",
        "Each of the two slopes on {name}'s roof measures {a}' by {b}'. At 3 bundles per roofing square (100 sq ft) and {price} a bundle, "
        "what do the shingles cost (whole bundles only)?",
    ]
    first = mul(n(a, "ft"), n(b, "ft"))
    steps = [S("plane", first, "the area of one side", "sq ft"),
             S("area", mul(r("plane"), n(2)), "the total roof area", "sq ft"),
             S("sq", op("/", r("area"), n(100)), "the number of squares", "squares"),
             S("bundles", mul(r("sq"), n(bps)), "the number of bundles", "bundles", dec=2, ru="bundles"),
             S("cost", mul(r("bundles"), n(price, money=True)), "the cost of the shingles", money=True)]
    givens = [f"Two sides, each {a} ft by {b} ft", "3 bundles per square (100 sq ft)", f"Bundle: {c['price']}"]
    closings = ["The shingles cost {ans}.", "{name} will spend {ans} on shingles.", "So the shingles come to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the shingles", ctx=c)


def t_wallpaper(rng):
    c = pick_name(rng)
    wd, H = rng.randint(10, 18), rng.choice([8, 9, 10])
    a, b = rng.choice([(3, 4), (3, 5), (4, 5), (2, 6)])
    cov = rng.choice(["28", "30.5", "25", "56"])
    price = rng.choice(["42.00", "36.50", "58.99", "29.95"])
    c.update(wd=wd, H=H, a=a, b=b, cov=cov, price=money_s(price))
    probs = [
        "{name} is wallpapering an accent wall {wd} feet wide and {H} feet tall. The wall has a {a} ft by {b} ft window. Each roll covers {cov} "
        "usable square feet and costs {price}. How much will the wallpaper cost?",
        "An accent wall measures {wd}' wide × {H}' high with a {a}' × {b}' window. Wallpaper rolls cover {cov} sq ft each and sell for {price}. "
        "How much does the wallpaper cost if only whole rolls are sold?",
        "{name} wants to paper one wall ({wd} ft by {H} ft) of {his} dining room, skipping a {a} by {b} ft window. A roll covers {cov} sq ft at "
        "{price}. What is the cost for the rolls?",
    ]
    steps = [S("wall", mul(n(wd, "ft"), n(H, "ft")), "the wall area", "sq ft"),
             S("win", mul(n(a, "ft"), n(b, "ft")), "the window area", "sq ft"),
             S("net", op("-", r("wall"), r("win")), "the area to cover", "sq ft"),
             S("chk", add(r("net"), r("win")), "check", "sq ft", check=True),
             S("rolls", op("/", r("net"), n(cov, "sq ft per roll")), "the number of rolls", "rolls", dec=2, ru="rolls"),
             S("cost", mul(r("rolls"), n(price, money=True)), "the cost of the wallpaper", money=True)]
    givens = [f"Wall: {wd} ft by {H} ft", f"Window: {a} ft by {b} ft", f"Roll: {cov} sq ft at {c['price']}"]
    closings = ["The wallpaper costs {ans}.", "{name} spends {ans} on wallpaper.", "So the rolls cost {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the wallpaper", ctx=c)


def t_gravel(rng):
    c = pick_name(rng)
    L, W = rng.randint(20, 80), rng.choice([3, 4, 5, 6])
    dp = rng.choice([3, 4, 6, 6])
    price = rng.choice(["45", "38.50", "52", "61.25"])
    fee = rng.choice(["75", "60", "85", "49.99"])
    c.update(L=L, W=W, dp=dp, price=money_s(price), fee=money_s(fee))
    probs = [
        "{name} is laying a gravel path {L} feet long and {W} feet wide, {dp} inches deep. Gravel costs {price} per cubic yard, sold in whole "
        "cubic yards, plus a {fee} delivery fee. What is the total cost?",
        "A garden path is {L} ft long, {W} ft wide, and needs {dp} in of crushed stone. Stone is {price} per cubic yard (whole yards only) "
        "and delivery is {fee}. How much will the stone and delivery cost?",
        "{name} wants {dp}\" of gravel on a {W}' × {L}' walkway. The yard charges {price} a cubic yard, rounds orders up to full yards, and adds "
        "{fee} for delivery. What does {he} pay?",
    ]
    steps = [S("dft", op("/", n(dp, "in"), n(12)), "the depth in feet", "ft", dec=2),
             S("vol", mul(n(L, "ft"), n(W, "ft"), r("dft")), "the volume in cubic feet", "cu ft", dec=2),
             S("yd", op("/", r("vol"), n(27)), "the volume in cubic yards", "cu yd", dec=2, ru="cubic yards"),
             S("cost", mul(r("yd"), n(price, money=True)), "the cost of the gravel", money=True),
             S("total", add(r("cost"), n(fee, money=True)), "the total with delivery", money=True)]
    givens = [f"Path: {L} ft by {W} ft, {dp} in deep", f"Gravel: {c['price']} per cubic yard", f"Delivery: {c['fee']}"]
    closings = ["The total cost is {ans}.", "{name} pays {ans} for the gravel and delivery.", "So the path materials cost {ans}."]

    def validate(W_):
        return ceil_f(F(L * W * dp, 12 * 27)) == W_["yd"][0]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="the total cost", ctx=c, validate=validate)


def t_carpet(rng):
    c = pick_name(rng)
    L, W = rng.randint(10, 20), rng.randint(9, 16)
    p = rng.choice(["24.50", "31", "28.75", "35.20"])
    pad = rng.choice(["4.50", "3.75", "5"])
    inst = rng.choice(["150", "175", "220", "199"])
    c.update(L=L, W=W, p=money_s(p), pad=money_s(pad), inst=money_s(inst))
    probs = [
        "{name} is carpeting a {L} ft by {W} ft bedroom. Carpet is priced at {p} per square yard and padding at {pad} per square yard, "
        "and there is a flat {inst} installation charge. Rounding the square yards to the nearest hundredth, what is the total cost?",
        "A {L}' × {W}' room gets new carpet at {p}/sq yd with pad at {pad}/sq yd. Installation is a flat {inst}. "
        "Using square yards rounded to two decimals, how much will the job cost?",
        "Carpet for {name}'s {L}-by-{W}-foot office costs {p} per square yard, padding {pad} per square yard, plus {inst} to install. "
        "(9 square feet make a square yard; round square yards to the hundredth.) What is the total?",
    ]
    steps = [S("area", mul(n(L, "ft"), n(W, "ft")), "the floor area", "sq ft"),
             S("sqyd", op("/", r("area"), n(9)), "the area in square yards", "sq yd", dec=2),
             S("carp", mul(r("sqyd"), n(p, money=True)), "the carpet cost", money=True),
             S("padc", mul(r("sqyd"), n(pad, money=True)), "the pad cost", money=True),
             S("total", add(r("carp"), r("padc"), n(inst, money=True)), "the total cost", money=True)]
    givens = [f"Room: {L} ft by {W} ft", f"Carpet: {c['p']} per sq yd; pad: {c['pad']} per sq yd", f"Install: {c['inst']}"]
    closings = ["The carpet job costs {ans}.", "{name} will pay {ans} in total.", "So the total comes to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="total", closings=closings,
                givens=givens, focus="the total carpet cost", ctx=c)


def t_paint_labor(rng):
    c = pick_name(rng)
    rooms, A = rng.randint(2, 5), rng.choice([320, 360, 384, 410, 450, 296])
    k = rng.choice([2, 2, 3])
    rt = rng.choice([100, 120, 150, 125])
    wage = rng.choice(["35", "40", "42.50", "38"])
    c.update(rooms=rooms, A=A, k=k, rt=rt, wage=money_s(wage))
    probs = [
        "A painting crew of {k} is hired to paint {rooms} rooms for {name}. Each room has {A} square feet of wall, and every wall gets 2 coats. "
        "Each painter covers {rt} square feet per hour. The crew bills whole hours at {wage} per painter per hour. What is the labor cost?",
        "{name} is getting {rooms} bedrooms painted, {A} sq ft of wall each, 2 coats. {k} painters each cover {rt} sq ft an hour, and the job is "
        "billed in full hours at {wage} per painter-hour. How much is the labor?",
        "Painting {rooms} rooms ({A} sq ft of walls apiece, two coats) with a {k}-person crew: each person paints {rt} sq ft per hour and earns "
        "{wage} an hour, with time rounded up to whole hours. What will {name} pay for labor?",
    ]
    steps = [S("area", mul(n(rooms), n(A, "sq ft")), "the total wall area", "sq ft"),
             S("paint", mul(r("area"), n(2, "coats")), "the area including both coats", "sq ft"),
             S("crew", mul(n(k), n(rt, "sq ft per hour")), "the crew's rate", "sq ft per hour"),
             S("hours", op("/", r("paint"), r("crew")), "the hours needed", "hours", dec=2, ru="hours"),
             S("labor", mul(r("hours"), n(k), n(wage, money=True)), "the labor cost", money=True)]
    givens = [f"{rooms} rooms at {A} sq ft, 2 coats", f"Crew: {k} painters at {rt} sq ft per hour each", f"Wage: {c['wage']} per painter-hour"]
    closings = ["The labor cost is {ans}.", "{name} pays {ans} for labor.", "So the painting labor comes to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="labor", closings=closings,
                givens=givens, focus="the labor cost", ctx=c)


def t_insulation(rng):
    c = pick_name(rng)
    L, W = rng.randint(20, 50), rng.randint(16, 36)
    cov = rng.choice(["40", "48.5", "75", "106.6"])
    price = rng.choice(["38.98", "32.47", "45.10", "51.00"])
    pct = rng.choice([10, 15, 20, 25])
    c.update(L=L, W=W, cov=cov, price=money_s(price), pct=pct)
    probs = [
        "{name} is adding blown-in insulation to an attic floor that is {L} feet by {W} feet. One bag covers {cov} square feet and costs {price}. "
        "{His} utility company rebates {pct}% of the material cost. What is {his} cost after the rebate?",
        "An attic measures {L}' × {W}'. Each bag of insulation covers {cov} sq ft and sells for {price} (whole bags only). A {pct}% energy rebate "
        "applies to the purchase. How much does the insulation cost after the rebate?",
        "To insulate a {L} by {W} ft attic, {name} buys bags that each cover {cov} sq ft at {price} apiece. With a {pct}% rebate on the total, "
        "what does {he} end up paying?",
    ]
    c["His"] = cap(c["his"])
    steps = [S("area", mul(n(L, "ft"), n(W, "ft")), "the attic area", "sq ft"),
             S("bags", op("/", r("area"), n(cov, "sq ft per bag")), "the number of bags", "bags", dec=2, ru="bags"),
             S("cost", mul(r("bags"), n(price, money=True)), "the cost before the rebate", money=True),
             S("reb", pof(pct, r("cost")), "the rebate", money=True),
             S("net", op("-", r("cost"), r("reb")), "the cost after the rebate", money=True),
             S("chk", add(r("net"), r("reb")), "check", money=True, check=True)]
    givens = [f"Attic: {L} ft by {W} ft", f"Bag: {cov} sq ft at {c['price']}", f"Rebate: {pct}%"]
    closings = ["After the rebate, the insulation costs {ans}.", "{name} pays {ans} after the rebate.", "So the net cost is {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="net", closings=closings,
                givens=givens, focus="the cost after the rebate", ctx=c)


def t_grout_sealer(rng):
    c = pick_name(rng)
    L, W = rng.randint(6, 14), rng.randint(5, 12)
    wl, wh = rng.randint(5, 9), rng.choice([6, 7, 8])
    cov = rng.choice(["50", "75", "60"])
    price = rng.choice(["18.97", "24.50", "15.25"])
    c.update(L=L, W=W, wl=wl, wh=wh, cov=cov, price=money_s(price))
    probs = [
        "{name} is sealing the tile in a bathroom: the floor is {L} ft by {W} ft and the tiled shower wall is {wl} ft wide and {wh} ft tall. "
        "Two coats of sealer are needed. One bottle covers {cov} square feet per coat and costs {price}. How much will the sealer cost?",
        "A tiled floor ({L}' × {W}') and one shower wall ({wl}' × {wh}') each need 2 coats of grout sealer. A bottle covers {cov} sq ft and "
        "costs {price}. How much is spent on sealer, buying whole bottles?",
        "{name} will seal a {L} by {W} foot tile floor plus a {wl} by {wh} foot tiled wall, applying 2 coats. Sealer bottles cover {cov} sq ft "
        "for {price} each. What is the sealer cost?",
    ]
    steps = [S("floor", mul(n(L, "ft"), n(W, "ft")), "the floor area", "sq ft"),
             S("wall", mul(n(wl, "ft"), n(wh, "ft")), "the wall area", "sq ft"),
             S("tot", add(r("floor"), r("wall")), "the total tiled area", "sq ft"),
             S("both", mul(r("tot"), n(2, "coats")), "the area for two coats", "sq ft"),
             S("bot", op("/", r("both"), n(cov, "sq ft per bottle")), "the bottles needed", "bottles", dec=2, ru="bottles"),
             S("cost", mul(r("bot"), n(price, money=True)), "the cost of the sealer", money=True)]
    givens = [f"Floor: {L} ft by {W} ft", f"Wall: {wl} ft by {wh} ft", f"Bottle: {cov} sq ft at {c['price']}"]
    closings = ["The sealer costs {ans}.", "{name} spends {ans} on sealer.", "So the sealer comes to {ans}."]
    return dict(problem=rng.choice(probs).format(**c), steps=steps, answer="cost", closings=closings,
                givens=givens, focus="the cost of the sealer", ctx=c)


TEMPLATES = [("paint_walls", t_paint_walls), ("tile_floor_waste", t_tile_floor), ("backsplash_tiles", t_backsplash),
             ("drywall_sheets", t_drywall), ("concrete_slab_yards", t_slab), ("concrete_footing_bags", t_footings),
             ("stud_framing", t_studs), ("deck_boards", t_deck), ("labor_quote", t_labor_quote),
             ("compare_quotes", t_compare_quotes), ("floor_with_cutout", t_lshape), ("baseboard_trim", t_baseboard),
             ("fence_panels", t_fence), ("roof_shingles", t_roof), ("wallpaper_rolls", t_wallpaper),
             ("gravel_path", t_gravel), ("carpet_sq_yards", t_carpet), ("painting_crew_labor", t_paint_labor),
             ("attic_insulation", t_insulation), ("tile_sealer", t_grout_sealer)]


# ------------------------------------------------------------- rendering
INTROS = {
    "gpt4o_md": ["To find {focus}, let's break this down step by step.", "Let's solve this step by step.",
                 "We'll calculate {focus} one piece at a time."],
    "claude_bold": ["I'll work through this step by step.", "Let me break this down.", "Let's work through this carefully."],
    "bullets": ["Here's the breakdown:", "Let's break this down.", "Step-by-step:"],
    "prose": ["Let's break this down.", "", "We need {focus}."],
    "latex_inline": ["Let's find {focus}.", "We can solve this in a few steps.", "Let's work it out."],
    "latex_display": ["Let's solve this step by step.", "To find {focus}, we compute each quantity in turn.", "Here is the full calculation."],
    "md_table": ["Let me organize the calculations in a table.", "Here's a summary of each calculation:", "Let's lay out the numbers."],
    "terse": ["", "", "Solution:"],
    "gsm8k": [""],
    "tutor": ["Great question! Let's work through it together.", "Ooh, a home project! Let's figure this out step by step.",
              "Happy to help! Let's take it one piece at a time."],
    "llama_steps": [""],
}

WORD_EQ = ["equals", "gives us", "is"]


def ru_text(sv, style, rng):
    if sv.ru is None:
        return ""
    if style in ("gpt4o_md",):
        return f" → round up to **{sv.ru} {sv.ruunit}**"
    if style in ("tutor",):
        return rng.choice([f", so we round up to {sv.ru} {sv.ruunit}", f", which rounds up to {sv.ru} {sv.ruunit}"])
    if style in ("prose", "latex_inline", "llama_steps", "gsm8k"):
        return rng.choice([f", so we round up to {sv.ru} {sv.ruunit}", f", which rounds up to {sv.ru} {sv.ruunit}",
                           f", rounded up to {sv.ru} {sv.ruunit}"])
    if style == "latex_display":
        return f" \\rightarrow {sv.ru} \\text{{ {sv.ruunit}}}"
    return f" → {sv.ru} {sv.ruunit}"


def sym_comp(sv, bold=False, units=True):
    parts = [sv.expr] + ([sv.inner] if sv.inner else [])
    res = sv.resu if units else sv.res
    if bold:
        res = f"**{res}**"
    return " = ".join(parts) + f" {sv.eq} " + res


class Buf:
    def __init__(self):
        self.lines, self.comp = [], []

    def add(self, s=""):
        self.lines.append(s)

    def comp_line(self, s, k=1):
        self.lines.append(s)
        self.comp += [len(self.lines) - 1] * k


def render(style, vs, T, ans_disp, final_plain, rng):
    b = Buf()
    focus = T["focus"]
    intro = rng.choice(INTROS[style]).format(focus=focus)
    closing = rng.choice(T["closings"]).format(ans=ans_disp, **T["ctx"])
    conns = ["First,", "Next,", "Then", "After that,", "Now", "Next,", "Then", "Finally,"]

    if style == "gpt4o_md":
        b.add(intro)
        b.add()
        if rng.random() < 0.5:
            b.add("**Given:**")
            for g in T["givens"]:
                b.add(f"- {g}")
            b.add()
        k = 0
        for sv in vs:
            if sv.check:
                b.add("### Verification")
                b.add()
                b.comp_line(f"{sym_comp(sv)} ✓")
                b.add()
                continue
            k += 1
            head = rng.choice(["Calculate " + sv.what, "Find " + sv.what, sv.short])
            b.add(f"### Step {k}: {head}")
            b.add()
            lead = rng.choice(["", f"{sv.short} = ", ""])
            b.comp_line(lead + sym_comp(sv, bold=True) + ru_text(sv, style, rng))
            b.add()
        b.add("### Final Answer")
        b.add()
        b.add(closing.replace(ans_disp, f"**{ans_disp}**"))
    elif style == "claude_bold":
        b.add(intro)
        b.add()
        if rng.random() < 0.6:
            b.add("**Given:** " + "; ".join(T["givens"]))
            b.add()
        for sv in vs:
            if sv.check:
                b.comp_line(f"**Check:** {sym_comp(sv)} ✓")
            else:
                b.comp_line(f"**{sv.short}:** {sym_comp(sv)}{ru_text(sv, style, rng)}")
        b.add()
        b.add(closing.replace(ans_disp, f"**{ans_disp}**"))
    elif style == "bullets":
        b.add(intro)
        b.add()
        for sv in vs:
            if sv.check:
                b.comp_line(f"- Check: {sym_comp(sv)} ✓")
            else:
                b.comp_line(f"- {sv.short}: {sym_comp(sv)}{ru_text(sv, style, rng)}")
        b.add()
        b.add(f"**Answer:** {closing}")
    elif style == "prose":
        if intro:
            b.add(intro)
            b.add()
        i = 0
        ci = 0
        while i < len(vs):
            grp = vs[i:i + rng.choice([2, 2, 3])]
            i += len(grp)
            sents = []
            for sv in grp:
                if sv.check:
                    sents.append(f"As a quick check, {sym_comp(sv, units=False)}, which matches.")
                    continue
                c0 = conns[min(ci, len(conns) - 1)] if ci < 4 or i >= len(vs) else rng.choice(["Then", "Next,", "Now"])
                ci += 1
                form = rng.randrange(3)
                body = sym_comp(sv) + ru_text(sv, style, rng)
                if form == 0:
                    s = f"{c0} {sv.what} is {body}."
                elif form == 1:
                    s = f"{c0} for {sv.what}, {body}."
                else:
                    s = f"{c0} {sv.what} comes to {body}."
                s = s.replace("Then for", "Then, for")
                sents.append(s[0].upper() + s[1:])
            b.comp_line(" ".join(sents), len(grp))
            b.add()
        b.add(closing)
    elif style == "latex_inline":
        b.add(intro)
        b.add()
        for j, sv in enumerate(vs):
            c0 = conns[min(j, len(conns) - 1)] if j < len(vs) - 1 else "Finally,"
            e = " = ".join([sv.expr] + ([sv.inner] if sv.inner else []))
            unit = f" {sv.unit}" if sv.unit else ""
            eq = "\\approx" if sv.eq == "≈" else "="
            b.comp_line(f"{c0} {sv.what}: \\( {e} {eq} {sv.res} \\){unit}{ru_text(sv, style, rng)}.")
            b.add()
        b.add(closing)
    elif style == "latex_display":
        b.add(intro)
        b.add()
        k = 0
        for sv in vs:
            if sv.check:
                b.add("**Check:**")
            else:
                k += 1
                b.add(f"**{k}. {sv.short}**")
            e = " = ".join([sv.expr] + ([sv.inner] if sv.inner else []))
            unit = f" \\text{{ {sv.unit}}}" if sv.unit else ""
            tail = " \\checkmark" if sv.check else ""
            eq = "\\approx" if sv.eq == "≈" else "="
            b.comp_line(f"\\[ {e} {eq} {sv.res}{unit}{ru_text(sv, style, rng)}{tail} \\]")
            b.add()
        b.add(closing.replace(ans_disp, f"**{ans_disp}**"))
    elif style == "md_table":
        b.add(intro)
        b.add()
        b.add("| Quantity | Calculation | Result |")
        b.add("|---|---|---|")
        for sv in vs:
            e = " = ".join([sv.expr] + ([sv.inner] if sv.inner else []))
            pre = "≈ " if sv.eq == "≈" else ""
            if sv.check:
                b.comp_line(f"| Check | {e} | {sv.resu} ✓ |")
            else:
                b.comp_line(f"| {sv.short} | {e} | {pre}{sv.resu}{ru_text(sv, style, rng)} |")
        b.add()
        b.add(closing)
    elif style == "terse":
        if intro:
            b.add(intro)
        for sv in vs:
            lab = "Check" if sv.check else sv.short
            b.comp_line(f"{lab}: {sym_comp(sv)}{ru_text(sv, style, rng)}{' ✓' if sv.check else ''}")
        b.add(f"Answer: {ans_disp}")
    elif style == "gsm8k":
        for sv in vs:
            unit = f" {sv.unit}" if sv.unit else ""
            lead = cap(sv.what) + rng.choice([" is ", " is ", " comes to "])
            if sv.eq == "≈":
                dollar = "$" if sv.st.money else ""
                b.comp_line(f"{lead}{sv.expr} is about {dollar}{sv.res}{unit}{ru_text(sv, style, rng)}.")
            else:
                e = sv.expr
                ann = e.replace("$", "")
                resplain = sv.res.replace("$", "")
                dollar = "$" if sv.st.money else ""
                b.comp_line(f"{lead}{e}={dollar}<<{ann}={resplain}>>{resplain}{unit}{ru_text(sv, style, rng)}.")
    elif style == "tutor":
        b.add(intro)
        b.add()
        j = 0
        for sv in vs:
            if sv.check:
                b.comp_line(f"Let's double-check: {sv.expr} equals {sv.res}. ✓ Perfect!")
                b.add()
                continue
            c0 = ["First, let's find", "Next, let's figure out", "Now we need", "Then we find", "After that, we want",
                  "Next up is", "Now for", "Last, we get"][min(j, 7)]
            if j == len([x for x in vs if not x.check]) - 1 and j > 0:
                c0 = rng.choice(["Finally, let's get", "Last, we get"])
            j += 1
            if sv.inner:
                body = f"{sv.expr} is {sv.inner}, which equals {sv.resu}"
            elif sv.eq == "≈":
                body = f"{sv.expr} is {rng.choice(['about', 'roughly'])} {sv.resu}"
            else:
                body = f"{sv.expr} {rng.choice(WORD_EQ)} {sv.resu}"
            b.comp_line(f"{c0} {sv.what}. {cap(body)}{ru_text(sv, style, rng)}.")
            b.add()
        b.add(closing + rng.choice(["", " Hope that helps!", " Good luck with the project!"]))
    elif style == "llama_steps":
        k = 0
        for sv in vs:
            k += 1
            b.add(f"## Step {k}: {rng.choice(['Calculate', 'Determine', 'Find'])} {sv.what}")
            unit = f" {sv.unit}" if sv.unit else ""
            lead = cap(sv.what) + " is "
            if sv.eq == "≈":
                b.comp_line(f"{lead}{sv.expr} ≈ {sv.res}{unit}{ru_text(sv, style, rng)}.")
            else:
                b.comp_line(f"{lead}{sym_comp(sv)}{ru_text(sv, style, rng)}.")
            b.add()
        b.add(f"The final answer is: $\\boxed{{{final_plain}}}$")
    if style not in ("gsm8k", "terse"):
        b.add()
    b.add(f"#### {final_plain}")
    return b.lines, b.comp


# ------------------------------------------------------------- faults
def digits_int(v):
    q = v.numerator // v.denominator
    return str(q), v - q


def make_wrong(kind, st, o, steps, rng):
    v, nd, approx = o["right"]
    tol = F(1, 10 ** nd)
    cands = []
    if kind == "off_by_one":
        cands = [(v + 1, nd), (v - 1, nd)]
    elif kind == "off_by_ten":
        cands = [(v + 10, nd), (v - 10, nd)]
    elif kind in ("swap_digits", "drop_digit", "double_digit"):
        s, frac = digits_int(v)
        for i in range(len(s)):
            if kind == "swap_digits" and i + 1 < len(s) and s[i] != s[i + 1] and not (i == 0 and s[1] == "0"):
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            elif kind == "drop_digit" and len(s) >= 2 and not (i == 0 and s[1] == "0"):
                t = s[:i] + s[i + 1:]
            elif kind == "double_digit":
                t = s[:i] + s[i] + s[i:]
            else:
                continue
            cands.append((int(t) + frac, nd))
    elif kind == "wrong_op":
        if not is_binary(st) or st.expr[0] != "op":
            return None
        a, bb = ev(st.expr[2], o["W"]), ev(st.expr[3], o["W"])
        for alt in "+-*/":
            if alt == st.expr[1]:
                continue
            w = {"+": a + bb, "-": a - bb, "*": a * bb, "/": a / bb}[alt]
            d = term_dec(w, 3)
            if d is not None and d <= (2 if st.money else (st.dec if st.dec is not None else 3)):
                cands.append((w, (2 if (nd == 2 or d > 0) else 0) if st.money else d, False))
            elif approx:
                cands.append((rhu(w, nd), nd, True))
    elif kind == "decimal_shift":
        for w in (v * 10, v / 10):
            d = term_dec(w, 3)
            if d is not None and d <= (2 if st.money else (st.dec if st.dec is not None else 3)):
                cands.append((w, (2 if (nd == 2 or d > 0) else 0) if st.money else d, False))
            elif approx:
                cands.append((rhu(w, nd), nd, True))
    cands = [c if len(c) == 3 else (c[0], c[1], approx) for c in cands]
    good = []
    for w, wnd, wap in cands:
        if w <= 0 or abs(w - v) <= tol:
            continue
        if w * 10 ** wnd != int(w * 10 ** wnd):
            continue
        good.append((w, wnd, wap))
    if not good:
        return None
    return rng.choice(good)


# ------------------------------------------------------------- assembling
def answer_display(T, steps, W, cfg):
    st = [s for s in steps if s.name == T["answer"]][0]
    v, nd = W[st.name]
    if st.money:
        nd2 = 2 if (v.denominator != 1 or T["cents"]) else 0
        s = cfg.num(v, nd2, True) if not cfg.latex else "$" + fmt(v, nd2, ",")
        return s, plain(v)
    unit = st.ru if st.ru else st.unit
    return f"{fmt(v, nd, cfg.sep if not cfg.latex else ',')} {unit}", plain(v)


def build_problem(idx, tname, tfun, style, rng):
    for _ in range(200):
        T = tfun(rng)
        if T is None:
            continue
        steps = T["steps"]
        if style in NO_CHECK_STYLES or len(steps) > 8:
            steps = [s for s in steps if not s.check]
        T["steps"] = steps
        T["cents"] = any(nd[0] == "n" and nd[3] and "." in nd[1] for s in steps for nd in walk(s.expr))
        res = evaluate(steps, T["cents"])
        if res is None:
            continue
        out, W = res
        ok = True
        for st, o in zip(steps, out):
            if st.ru and o["right"][2] and ceil_f(o["exact"]) != ceil_f(o["right"][0]):
                ok = False
            if st.ru and o["ru"] is None and o["right"][2]:
                ok = False
            if o["right"][0] >= 10 ** 6:
                ok = False
        if T.get("validate") and not T["validate"](W):
            ok = False
        if ok:
            return T, out, W
    raise RuntimeError("could not draw " + tname)


def walk(e):
    yield e
    if e[0] == "op":
        yield from walk(e[2])
        yield from walk(e[3])
    elif e[0] == "par":
        yield from walk(e[1])
    elif e[0] == "pof":
        yield from walk(e[2])


def solution_text(style, T, out, W, rng_seed):
    rng = random.Random(rng_seed)
    cfg = Cfg(style, rng)
    vs = make_views(T["steps"], out, cfg)
    ans_disp, final_plain = answer_display(T, T["steps"], W, cfg)
    lines, comp = render(style, vs, T, ans_disp, final_plain, rng)
    return lines, comp, final_plain, vs


def choose_fault(T, out, kind0, carry, rng, gold, style, seed):
    steps = T["steps"]
    order = list(range(len(steps)))
    rng.shuffle(order)
    k0 = KINDS.index(kind0)
    for dk in range(len(KINDS)):
        kind = KINDS[(k0 + dk) % len(KINDS)]
        for i in order:
            st = steps[i]
            if st.check:
                continue
            if not carry and out[i]["ru"] is not None:
                continue
            w = make_wrong(kind, st, out[i], steps, rng)
            if w is None:
                continue
            fault = {"i": i, "w": w[0], "nd": w[1], "approx": w[2]}
            res = evaluate(steps, T["cents"], fault, propagate=carry)
            if res is None:
                continue
            o2, W2 = res
            if any(o["right"][0] >= 10 ** 6 for o in o2):
                continue
            if carry and plain(W2[T["answer"]][0]) == gold:
                continue
            if carry and any(o2[j]["disp"][2] and steps[j].ru and o2[j]["ru"] is None and False for j in range(len(steps))):
                continue
            return kind, fault, o2, W2
    return None


def line_span(lines, li):
    start = sum(len(x) + 1 for x in lines[:li])
    return [start, start + len(lines[li])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    pid = 0
    kind_ctr = 0
    for ti, (tname, tfun) in enumerate(TEMPLATES):
        srng = random.Random(f"{SEED}|styles|{tname}")
        style_seq = []
        while len(style_seq) < PER_TEMPLATE:
            blk = STYLES[:]
            srng.shuffle(blk)
            style_seq += blk
        for j in range(PER_TEMPLATE):
            pid += 1
            style = style_seq[j]
            rng = random.Random(f"{SEED}|{tname}|{j}")
            T, out, W = build_problem(pid, tname, tfun, style, rng)
            rseed = f"{SEED}|render|{pid}"
            lines, comp, gold, cvs = solution_text(style, T, out, W, rseed)
            base = {"pid": f"reno-{pid:04d}", "template": tname, "style": style, "problem": T["problem"]}
            correct = "\n".join(lines)
            rows.append(dict(base, variant="correct", solution=correct, final=gold))
            frng = random.Random(f"{SEED}|fault|{pid}")
            for variant in ("slip", "carry"):
                carry = variant == "carry"
                kind0 = KINDS[kind_ctr % len(KINDS)]
                kind_ctr += 1
                got = choose_fault(T, out, kind0, carry, frng, gold, style, rseed)
                if got is None:
                    raise RuntimeError(f"no fault for {pid} {variant}")
                kind, fault, o2, W2 = got
                flines, fcomp, ffinal, fvs = solution_text(style, T, o2, W2 if carry else W, rseed)
                if not carry:
                    assert ffinal == gold
                i = fault["i"]
                li = fcomp[i]
                sol = "\n".join(flines)
                wv, wnd = fault["w"], fault["nd"]
                rv, rnd, _ = out[i]["right"]
                rows.append(dict(base, variant=variant, solution=sol, final=gold, span=line_span(flines, li),
                                 wrong=fvs[i].lit, right=cvs[i].lit, step=i + 1, kind=kind))
            # loop
            lrng = random.Random(f"{SEED}|loop|{pid}")
            cands = []
            for L in sorted(dict.fromkeys(comp)):
                for k in (1, 2, 3):
                    s0 = L - k + 1
                    if s0 < 0 or not lines[s0].strip():
                        continue
                    cands.append((L, k))
            L, k = lrng.choice(cands)
            s0 = L - k + 1
            pre = "".join(x + "\n" for x in lines[:s0])
            unit = "".join(x + "\n" for x in lines[s0:L + 1])
            reps = lrng.randint(8, 30)
            partial = ""
            first = lines[s0]
            fd = next((ix for ix, ch in enumerate(first) if ch.isdigit()), len(first))
            if lrng.random() < 0.42 and fd >= 3:
                cut = lrng.randint(2, fd)
                partial = first[:cut]
            sol = pre + unit * reps + partial
            st = len(pre) + len(unit)
            rows.append(dict(base, variant="loop", solution=sol, final=gold, span=[st, st + len(unit)], repeats=reps))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({pid} problems) to {args.out}")


if __name__ == "__main__":
    main()
