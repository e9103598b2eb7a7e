#!/usr/bin/env python3
"""mcrgen eval115: held-out set of model-like worked solutions (online retail /
e-commerce word problems) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: every random choice comes from random.Random seeded with strings.
Standard library only.
"""
import argparse
import json
import random
from fractions import Fraction as F

N_PER_TEMPLATE = 32
FAULT_KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
               "double_digit", "wrong_op", "decimal_shift"]


class Bad(Exception):
    pass


# ---------------------------------------------------------------- numbers
def rhu(x, d):
    """round half up (x >= 0) to d decimals"""
    q = 10 ** d
    n = x * q
    fl = n.numerator // n.denominator
    if n - fl >= F(1, 2):
        fl += 1
    return F(fl, q)


def exact_at(x, d):
    return (x * 10 ** d).denominator == 1


def min_dec(x, cap=8):
    for d in range(cap + 1):
        if exact_at(x, d):
            return d
    raise Bad("no finite decimal")


def plain(x, d):
    n = x * 10 ** d
    if n.denominator != 1:
        raise Bad("not representable")
    n = int(n)
    if n < 0:
        raise Bad("negative")
    ip, fp = divmod(n, 10 ** d)
    s = str(ip)
    if d:
        s += "." + str(fp).zfill(d)
    return s


def ndec(tok):
    return len(tok.partition(".")[2])


def with_sep(tok, sep):
    if not sep:
        return tok
    ip, dot, fp = tok.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    return sep.join(groups) + dot + fp


def ceil_int(x):
    return -((-x.numerator) // x.denominator)


# ---------------------------------------------------------------- expressions
def G(n): return ("g", n)
def S(i): return ("s", i)
def K(v, kind="num"): return ("k", F(v), kind)
def Mul(a, b): return ("op", "*", a, b)
def Div(a, b): return ("op", "/", a, b)
def Add(a, b): return ("op", "+", a, b)
def Sub(a, b): return ("op", "-", a, b)
def Sum(*xs): return ("sum", list(xs))
def Par(x, kind="num"): return ("par", x, kind)


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise Bad("div0")
    return a / b


def ev(node, env):
    t = node[0]
    if t == "g":
        return env["g"][node[1]]
    if t == "s":
        return env["s"][node[1]]
    if t == "k":
        return node[1]
    if t == "op":
        return apply(node[1], ev(node[2], env), ev(node[3], env))
    if t == "sum":
        return sum((ev(x, env) for x in node[1]), F(0))
    if t == "par":
        return ev(node[1], env)
    raise ValueError(t)


class Given:
    def __init__(self, value, kind, label):
        self.value = F(value)
        self.kind = kind
        self.label = label

    def tok(self, mm="cents"):
        v = self.value
        if self.kind == "money":
            if mm == "min":
                return plain(v, min_dec(v))
            return plain(v, 0 if v.denominator == 1 else 2)
        if self.kind == "pct":
            p = v * 100
            return plain(p, min_dec(p))
        return plain(v, min_dec(v))

    def text(self):
        t = self.tok()
        if self.kind == "money":
            return "$" + with_sep(t, ",")
        if self.kind == "pct":
            return t + "%"
        return with_sep(t, ",")


class Step:
    def __init__(self, expr, kind, label, dec=2, unit="", ceil=False,
                 ceil_unit="", ratio=False):
        self.expr, self.kind, self.label, self.dec = expr, kind, label, dec
        self.unit, self.ceil, self.ceil_unit, self.ratio = unit, ceil, ceil_unit, ratio


def make_token(v, kind, dec, mm):
    """-> (token, written value, approx?)"""
    if v <= 0:
        raise Bad("non-positive")
    if kind == "money":
        w = rhu(v, 2)
        if mm == "min":
            d = min_dec(w)
        else:
            d = 0 if (w.denominator == 1 and mm == "int") else 2
        return plain(w, d), w, w != v
    if kind == "int":
        w = rhu(v, 0)
        return plain(w, 0), w, w != v
    if kind == "num":
        if exact_at(v, dec):
            return plain(v, min_dec(v)), v, False
        w = rhu(v, dec)
        return plain(w, dec), w, True
    if kind == "pct":
        p = v * 100
        if exact_at(p, dec):
            return plain(p, min_dec(p)), v, False
        w = rhu(p, dec)
        return plain(w, dec), w / 100, True
    raise ValueError(kind)


def tok_value(tok, kind):
    v = F(tok)
    return v / 100 if kind == "pct" else v


def evaluate(prob, mm, override=None):
    """Evaluate a problem's steps.  override: {step: (token, approx)}"""
    env = {"g": {n: g.value for n, g in prob["givens"].items()}, "s": []}
    gtok = {n: g.tok(mm) for n, g in prob["givens"].items()}
    out = []
    for i, st in enumerate(prob["steps"]):
        ex = ev(st.expr, env)
        if ex <= 0:
            raise Bad("non-positive step")
        if override and i in override:
            tok, ap = override[i]
            w = tok_value(tok, st.kind)
        else:
            tok, w, ap = make_token(ex, st.kind, st.dec, mm)
        stored = w
        ceil = None
        if st.ceil:
            if ex.denominator != 1:
                if w.denominator == 1:
                    raise Bad("rounded to integer before ceil")
                ceil = ceil_int(w)
                if ceil != ceil_int(ex):
                    raise Bad("ceil mismatch")
                stored = F(ceil)
        env["s"].append(stored)
        out.append({"tok": tok, "w": w, "approx": ap, "exact": ex,
                    "ceil": ceil, "stored": stored})
    for (cexpr, target) in prob["checks"]:
        if ev(cexpr, env) != ev(target, env):
            raise Bad("check identity fails")
    return {"steps": out, "env": env, "gtok": gtok}


# ---------------------------------------------------------------- dialects
OPWORDS = {"*": ["times", "multiplied by"], "/": ["divided by"],
           "+": ["plus"], "-": ["minus"]}


class Dialect:
    def __init__(self, rng, kind, mul="×", div="÷", minus="−", sep=",",
                 cur="$", pct="pct", pct_of=False, mm="cents", x100=False,
                 frac=False, spaced=True):
        self.kind = kind          # plain | latex | gsm | words
        self.mul, self.div, self.minus = mul, div, minus
        self.sep, self.cur, self.pct, self.pct_of = sep, cur, pct, pct_of
        self.mm, self.x100, self.frac, self.spaced = mm, x100, frac, spaced
        self.rng = rng
        self.mulword = rng.choice(OPWORDS["*"]) if kind == "words" else None

    def sym(self, op):
        if self.kind == "words":
            return {"*": self.mulword, "/": "divided by", "+": "plus", "-": "minus"}[op]
        return {"*": self.mul, "/": self.div, "+": "+", "-": self.minus}[op]

    def pctsign(self):
        return "\\%" if self.kind == "latex" else "%"

    def approx(self):
        return "\\approx" if self.kind == "latex" else "≈"

    def arrow(self):
        return "\\rightarrow" if self.kind == "latex" else "→"

    def leaf(self, tok, kind, as_result=False):
        if kind == "money":
            return self.cur + with_sep(tok, self.sep)
        if kind == "pct":
            if as_result or self.pct == "pct":
                return with_sep(tok, self.sep) + self.pctsign()
            v = F(tok) / 100
            d = min_dec(v)
            if self.pct == "dec2":
                d = max(d, 2)
            s = plain(v, d)
            if self.pct == "frac100":
                return tok + "/100"
            return s
        return with_sep(tok, self.sep)


def is_pct_leaf(node, prob):
    if node[0] == "g":
        return prob["givens"][node[1]].kind == "pct"
    if node[0] == "s":
        return prob["steps"][node[1]].kind == "pct"
    return node[0] == "k" and node[2] == "pct"


def leaf_tok(node, prob, ev_res):
    if node[0] == "g":
        return ev_res["gtok"][node[1]], prob["givens"][node[1]].kind
    if node[0] == "s":
        info = ev_res["steps"][node[1]]
        if info["ceil"] is not None:
            return str(info["ceil"]), "int"
        return info["tok"], prob["steps"][node[1]].kind
    if node[0] == "k":
        v, kind = node[1], node[2]
        if kind == "pct":
            return plain(v * 100, min_dec(v * 100)), kind
        if kind == "money":
            return plain(v, 0 if v.denominator == 1 else 2), kind
        return plain(v, min_dec(v)), kind
    raise ValueError(node)


def rexpr(node, D, prob, R, inter=False):
    """render an expression; inter=True replaces parenthesised parts by values"""
    t = node[0]
    if t in ("g", "s", "k"):
        tok, kind = leaf_tok(node, prob, R)
        return D.leaf(tok, kind)
    if t == "par":
        if inter:
            v = ev(node[1], R["env"])
            tok, _, ap = make_token(v, node[2], 4, D.mm)
            if ap:
                raise Bad("inexact intermediate")
            return D.leaf(tok, node[2])
        inner = rexpr(node[1], D, prob, R, inter)
        return "(" + inner + ")"
    if t == "sum":
        j = " + " if D.spaced else "+"
        if D.kind == "words":
            j = " plus "
        return j.join(rexpr(x, D, prob, R, inter) for x in node[1])
    if t == "op":
        op, a, b = node[1], node[2], node[3]
        if op == "*" and D.pct_of and D.pct == "pct" and D.kind in ("plain", "words"):
            if is_pct_leaf(b, prob) and not is_pct_leaf(a, prob) and a[0] != "par":
                return rexpr(b, D, prob, R, inter) + " of " + rexpr(a, D, prob, R, inter)
            if is_pct_leaf(a, prob) and b[0] != "par":
                return rexpr(a, D, prob, R, inter) + " of " + rexpr(b, D, prob, R, inter)
        ra = rexpr(a, D, prob, R, inter)
        rb = rexpr(b, D, prob, R, inter)
        if op == "/" and D.kind == "latex" and D.frac and a[0] in "gsk" and b[0] in "gsk":
            return "\\frac{%s}{%s}" % (ra, rb)
        s = D.sym(op)
        if D.spaced:
            return "%s %s %s" % (ra, s, rb)
        return ra + s + rb
    raise ValueError(t)


def has_par(node):
    return node[0] == "op" and (node[2][0] == "par" or node[3][0] == "par")


def step_parts(i, prob, R, D, res_tok=None):
    """rendered pieces of step i: lhs, inter, rel, res, ceil"""
    st = prob["steps"][i]
    info = R["steps"][i]
    lhs = rexpr(st.expr, D, prob, R)
    if st.ratio and D.x100:
        m = D.sym("*")
        lhs = (lhs + (" %s 100" % m if D.spaced else m + "100"))
    inter = rexpr(st.expr, D, prob, R, inter=True) if has_par(st.expr) else None
    tok = res_tok if res_tok is not None else info["tok"]
    res = D.leaf(tok, st.kind, as_result=True)
    return {"lhs": lhs, "inter": inter, "approx": info["approx"], "res": res,
            "ceil": info["ceil"], "unit": st.unit, "ceil_unit": st.ceil_unit,
            "label": st.label, "kind": st.kind, "tok": tok}


def core_sym(p, D, bold=False):
    """'lhs = inter = res unit → c unit' in symbolic dialects"""
    sp = " " if D.spaced else ""
    s = p["lhs"]
    if p["inter"]:
        s += sp + "=" + sp + p["inter"]
    rel = D.approx() if p["approx"] else "="
    res = p["res"]
    if p["ceil"] is None and p["unit"]:
        res += " " + p["unit"]
    s += sp + rel + sp + ("**%s**" % res if bold else res)
    if p["ceil"] is not None:
        c = str(p["ceil"]) + ((" " + p["ceil_unit"]) if p["ceil_unit"] else "")
        s += " %s %s" % (D.arrow(), "**%s**" % c if bold else c)
    return s


def fmt_answer(prob, R, D=None):
    i = len(prob["steps"]) - 1
    st = prob["steps"][i]
    tok = R["steps"][i]["tok"]
    sep = "" if (D is not None and D.kind == "gsm") else ","
    if st.kind == "money":
        v = F(tok)
        t = plain(v, 0 if v.denominator == 1 else 2)
        return "$" + with_sep(t, sep)
    if st.kind == "pct":
        return tok + "%"
    s = with_sep(tok, sep)
    if st.unit:
        s += " " + st.unit
    elif st.ceil_unit:
        s += " " + st.ceil_unit
    return s


def final_plain(prob, R):
    i = len(prob["steps"]) - 1
    st = prob["steps"][i]
    tok = R["steps"][i]["tok"]
    if st.ceil and R["steps"][i]["ceil"] is not None:
        return str(R["steps"][i]["ceil"])
    if st.kind == "money":
        v = F(tok)
        return plain(v, 0 if v.denominator == 1 else 2)
    return tok


def cap(s):
    return s[:1].upper() + s[1:]

# ---------------------------------------------------------------- templates
NAMES = ["Maria", "Jordan", "Priya", "Tom", "Aisha", "Kenji", "Lucia", "Omar",
         "Hannah", "Diego", "Mei", "Sam", "Fatima", "Noah", "Elena", "Raj",
         "Chloe", "Marcus", "Ingrid", "Tariq", "Beatriz", "Liam", "Yuki", "Grace"]
SHOPS = ["an online sneaker store", "a small candle shop on Etsy", "a home-goods webshop",
         "an online pet-supply store", "a phone-accessory e-shop", "a coffee roaster's web store",
         "an outdoor-gear website", "a print-on-demand T-shirt shop", "a skincare brand's online store",
         "a board-game webshop", "a kitchenware site", "a vintage-clothing store on a marketplace"]
ITEMS = [("phone case", "phone cases"), ("scented candle", "scented candles"),
         ("yoga mat", "yoga mats"), ("water bottle", "water bottles"),
         ("graphic T-shirt", "graphic T-shirts"), ("bag of coffee beans", "bags of coffee beans"),
         ("pair of running socks", "pairs of running socks"), ("desk lamp", "desk lamps"),
         ("notebook set", "notebook sets"), ("wireless charger", "wireless chargers"),
         ("throw pillow", "throw pillows"), ("pet bed", "pet beds"), ("backpack", "backpacks"),
         ("ceramic mug", "ceramic mugs"), ("board game", "board games")]


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def money_choices(lo, hi, cents=(0, 0, 50, 99, 95, 25, 49, 75, 90)):
    out = []
    for d in range(lo, hi + 1):
        for c in cents:
            out.append(F(d) + F(c, 100))
    return out


def P(x):
    return F(x) / 100


def tpl_stacked(rng):
    n = rng.randint(2, 6)
    price = pick(rng, [F(18), F("24.99"), F(35), F("12.50"), F("49.90"), F(64), F("29.95"),
                       F("15.75"), F(42), F("22.40"), F("38.50"), F(56)])
    d1 = P(pick(rng, [10, 15, 20, 25, 30, 40]))
    d2 = P(pick(rng, [5, 10, 15, 20]))
    g = {"n": Given(n, "int", "quantity"), "price": Given(price, "money", "price each"),
         "d1": Given(d1, "pct", "sale discount"), "d2": Given(d2, "pct", "coupon")}
    steps = [Step(Mul(G("n"), G("price")), "money", "subtotal"),
             Step(Mul(S(0), G("d1")), "money", "sale discount"),
             Step(Sub(S(0), S(1)), "money", "price after the sale"),
             Step(Mul(S(2), G("d2")), "money", "coupon discount"),
             Step(Sub(S(2), S(3)), "money", "final total")]
    checks = [(Sum(S(4), S(3), S(1)), S(0))]
    one, many = pick(rng, ITEMS)
    texts = [
        "{name} is buying {n} {many} from an online store at {price} each. The site is running a {d1} off sale, and at checkout {name} applies a coupon for an extra {d2} off the sale price. How much does {name} pay?",
        "An online shop lists {many} for {price} each. During a flash sale everything is {d1} off, and loyalty members get an additional {d2} off the already-discounted total. If a member orders {n} {many}, what is the final total in dollars?",
        "{name} adds {n} {many} priced at {price} apiece to an online cart. A storewide {d1} discount is applied first, and then a {d2} app-only coupon is applied to the reduced amount. What is the order total?",
        "A web store sells {many} at {price} each. This weekend it takes {d1} off every order, and a newsletter code takes another {d2} off the discounted amount. What does a customer pay for {n} {many}?",
    ]
    closings = ["So {name} pays {ans} for the order.", "The final total is {ans}.",
                "After both discounts, the order costs {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=checks, closings=closings,
                extra={"many": many})


def tpl_coupon_order(rng):
    price = pick(rng, [F(80), F(96), F(120), F(150), F("89.99"), F(140), F(200), F("129.50"), F(175), F(240)])
    x = F(pick(rng, [10, 15, 20, 25, 30]))
    y = P(pick(rng, [10, 15, 20, 25, 30]))
    g = {"price": Given(price, "money", "list price"), "x": Given(x, "money", "coupon"),
         "y": Given(y, "pct", "percentage discount")}
    steps = [Step(Sub(G("price"), G("x")), "money", "price after the coupon"),
             Step(Mul(S(0), G("y")), "money", "percentage discount on that amount"),
             Step(Sub(S(0), S(1)), "money", "cost with the coupon first"),
             Step(Mul(G("price"), G("y")), "money", "percentage discount on the full price"),
             Step(Sub(G("price"), S(3)), "money", "price after the percentage discount"),
             Step(Sub(S(4), G("x")), "money", "cost with the percentage first"),
             Step(Sub(S(2), S(5)), "money", "difference")]
    one, many = pick(rng, ITEMS[2:])
    texts = [
        "An online store lets shoppers combine a {x} off coupon with a {y} off promotion. {name} wants a {one} listed at {price}. If the {x} coupon is applied before the percentage discount, how much more does {name} pay than if the percentage discount is applied first?",
        "A {one} costs {price} on a shopping site. {name} has a {x}-off coupon and the site is also offering {y} off. The checkout applies the coupon first and then the percentage, but a friend's checkout applies the percentage first and then the coupon. How much more does {name} pay than the friend?",
        "At checkout, a site can apply a {x} coupon and a {y} discount in either order. For a {one} priced at {price}, find how many dollars more the customer pays when the coupon comes first instead of the percentage discount.",
    ]
    closings = ["So applying the coupon first costs {ans} more.",
                "{name} pays {ans} more when the coupon is applied first.",
                "The order of the discounts makes a {ans} difference."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings,
                extra={"one": one})


def tpl_free_ship(rng):
    a = rng.randint(2, 4)
    b = rng.randint(2, 3)
    p1 = pick(rng, [F("8.99"), F("12.50"), F("6.75"), F("14.25"), F(9), F("11.40"), F("7.95")])
    p2 = pick(rng, [F("15.99"), F(19), F("23.50"), F("17.25"), F("21.80"), F("13.45")])
    cart = a * p1 + b * p2
    t = pick(rng, [F(50), F(75), F(100), F(125), F(150)])
    while t <= cart + 1:
        t += 25
    fee = pick(rng, [F("5.99"), F("7.95"), F("8.50"), F("6.49")])
    g = {"a": Given(a, "int", "first item count"), "p1": Given(p1, "money", "first item price"),
         "b": Given(b, "int", "second item count"), "p2": Given(p2, "money", "second item price"),
         "t": Given(t, "money", "free-shipping threshold"), "fee": Given(fee, "money", "shipping fee")}
    steps = [Step(Mul(G("a"), G("p1")), "money", "cost of the first items"),
             Step(Mul(G("b"), G("p2")), "money", "cost of the second items"),
             Step(Add(S(0), S(1)), "money", "cart total"),
             Step(Sub(G("t"), S(2)), "money", "amount still needed")]
    checks = [(Add(S(2), S(3)), G("t"))]
    i1, i2 = rng.sample(range(len(ITEMS)), 2)
    texts = [
        "{name}'s cart has {a} {m1} at {p1} each and {b} {m2} at {p2} each. The store offers free shipping on orders of {t} or more; otherwise shipping is {fee}. How much more does {name} need to add to the cart to get free shipping?",
        "An online store charges {fee} for shipping unless the order reaches {t}. A customer has {a} {m1} priced at {p1} apiece and {b} {m2} priced at {p2} apiece in the cart. How many more dollars of merchandise are needed to qualify for free shipping?",
        "Free shipping kicks in at {t} on a home-goods site (otherwise it's {fee}). {name} is buying {a} {m1} for {p1} each plus {b} {m2} for {p2} each. How far short of the free-shipping threshold is the cart?",
    ]
    closings = ["{name} needs to add {ans} more to qualify for free shipping.",
                "The cart is {ans} short of free shipping.",
                "So another {ans} of merchandise is needed."]
    return dict(texts=texts, givens=g, steps=steps, checks=checks, closings=closings,
                extra={"m1": ITEMS[i1][1], "m2": ITEMS[i2][1]})


def tpl_ship_weight(rng):
    n = rng.randint(3, 12)
    w = pick(rng, [F(5), F(6), F(7), F("7.5"), F(9), F(10), F(11), F(12), F("13.5"), F(14)])
    pk = pick(rng, [F(4), F(6), F(8), F(10), F(3)])
    base = pick(rng, [F("6.50"), F("8.95"), F("7.25"), F(9), F("5.75")])
    rate = pick(rng, [F("1.25"), F("1.80"), F("2.10"), F("0.95"), F("1.60"), F(2)])
    g = {"n": Given(n, "int", "items"), "w": Given(w, "num", "weight per item (oz)"),
         "pk": Given(pk, "num", "packaging (oz)"), "base": Given(base, "money", "first-pound rate"),
         "rate": Given(rate, "money", "each additional pound")}
    steps = [Step(Mul(G("n"), G("w")), "num", "weight of the items", unit="oz"),
             Step(Add(S(0), G("pk")), "num", "package weight", unit="oz"),
             Step(Div(S(1), K(16)), "num", "weight in pounds", unit="lb", ceil=True, ceil_unit="lb"),
             Step(Sub(S(2), K(1)), "int", "number of additional pounds", unit="lb"),
             Step(Mul(S(3), G("rate")), "money", "charge for the additional pounds"),
             Step(Add(G("base"), S(4)), "money", "shipping cost")]
    one, many = pick(rng, ITEMS)
    texts = [
        "{name} ships {n} {many} in one box. Each weighs {w} ounces and the packaging adds {pk} ounces. The carrier charges {base} for the first pound and {rate} for each additional pound, rounding any partial pound up. How much does shipping cost? (16 ounces = 1 pound)",
        "A seller packs {n} {many}, each weighing {w} oz, into a mailer that weighs {pk} oz. Shipping is {base} for the first pound plus {rate} per additional pound, and partial pounds are billed as full pounds. What is the shipping charge?",
        "An online store's shipping rate is {base} for the first pound and {rate} for every extra pound (weights are rounded up to the next whole pound). An order contains {n} {many} at {w} ounces each, plus {pk} ounces of packing material. Find the shipping cost.",
    ]
    closings = ["So shipping the box costs {ans}.", "The shipping charge comes to {ans}.",
                "{name} pays {ans} to ship the order."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings,
                extra={"many": many})


def tpl_conv_revenue(rng):
    v = rng.randint(40, 600) * 100
    c = P(pick(rng, [F("1.5"), 2, F("2.4"), 3, F("3.5"), F("1.8"), F("2.5"), 4, F("1.2")]))
    aov = pick(rng, [F(45), F("52.50"), F("38.90"), F(64), F("72.25"), F("29.99"), F(85), F("41.60")])
    r = P(pick(rng, [5, 8, 10, 12, 15, 6]))
    g = {"v": Given(v, "int", "visitors"), "c": Given(c, "pct", "conversion rate"),
         "aov": Given(aov, "money", "average order value"), "r": Given(r, "pct", "return rate")}
    steps = [Step(Mul(G("v"), G("c")), "int", "number of orders", unit="orders"),
             Step(Mul(S(0), G("aov")), "money", "gross revenue"),
             Step(Mul(S(0), G("r")), "int", "number of returned orders", unit="orders"),
             Step(Mul(S(2), G("aov")), "money", "refunds"),
             Step(Sub(S(1), S(3)), "money", "net revenue")]
    checks = [(Add(S(4), S(3)), S(1))]
    texts = [
        "{shop} got {v} visitors last month. Its conversion rate is {c} and the average order value is {aov}. If {r} of orders are returned for a full refund, what is the net revenue after refunds?",
        "Last week, {v} people visited {shop}, and {c} of them placed an order. The average order was worth {aov}. About {r} of the orders were returned and fully refunded. Estimate the store's revenue after refunds.",
        "A product page on {shop} had {v} sessions. With a {c} conversion rate, an average order value of {aov}, and a {r} return rate (refunded in full), how much revenue does the page bring in after returns?",
    ]
    closings = ["So the net revenue after refunds is about {ans}.", "The store keeps {ans} after refunds.",
                "Net revenue: {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=checks, closings=closings, extra={})


def tpl_ad_cpa(rng):
    imp = rng.randint(20, 400) * 1000
    ctr = P(pick(rng, [F("1.2"), F("0.8"), F("1.5"), 2, F("2.5"), F("0.9"), F("1.8")]))
    cvr = P(pick(rng, [3, 4, 5, F("2.5"), 6, F("3.2"), 8]))
    cpc = pick(rng, [F("0.35"), F("0.48"), F("0.62"), F("0.75"), F("1.10"), F("1.25"), F("0.90"), F("1.80")])
    g = {"imp": Given(imp, "int", "impressions"), "ctr": Given(ctr, "pct", "click-through rate"),
         "cvr": Given(cvr, "pct", "conversion rate"), "cpc": Given(cpc, "money", "cost per click")}
    steps = [Step(Mul(G("imp"), G("ctr")), "int", "number of clicks", unit="clicks"),
             Step(Mul(S(0), G("cvr")), "int", "number of orders", unit="orders"),
             Step(Mul(S(0), G("cpc")), "money", "ad spend"),
             Step(Div(S(2), S(1)), "money", "cost per acquisition")]
    texts = [
        "{shop} ran a search ad that got {imp} impressions. The click-through rate was {ctr}, and {cvr} of the people who clicked bought something. Each click cost {cpc}. What was the cost per order (cost per acquisition)?",
        "A social ad for {shop} was shown {imp} times. Its CTR was {ctr}, {cvr} of clicks converted to orders, and the average cost per click was {cpc}. Find the cost per acquisition, to the nearest cent.",
        "An e-commerce campaign delivered {imp} impressions with a {ctr} click-through rate. The landing page converted {cvr} of visitors, and the campaign paid {cpc} per click. How much did each order cost in ad spend?",
    ]
    closings = ["So each order cost about {ans} in ads.", "The cost per acquisition is about {ans}.",
                "That works out to roughly {ans} per order."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={})


def tpl_roas(rng):
    cpc = pick(rng, [F("0.40"), F("0.50"), F("0.60"), F("0.75"), F("0.80"), F("1.20"), F("1.50")])
    clicks = rng.randint(8, 90) * 100
    spend = cpc * clicks
    conv = P(pick(rng, [2, F("2.5"), 3, 4, F("3.5"), 5]))
    aov = pick(rng, [F(38), F("42.50"), F(55), F("61.20"), F(74), F("49.99"), F(90)])
    while conv * aov < F(3, 2) * cpc:
        conv = P(pick(rng, [2, F("2.5"), 3, 4, F("3.5"), 5]))
        aov = pick(rng, [F(38), F("42.50"), F(55), F("61.20"), F(74), F("49.99"), F(90)])
    g = {"spend": Given(spend, "money", "ad budget"), "cpc": Given(cpc, "money", "cost per click"),
         "conv": Given(conv, "pct", "conversion rate"), "aov": Given(aov, "money", "average order value")}
    steps = [Step(Div(G("spend"), G("cpc")), "int", "number of clicks", unit="clicks"),
             Step(Mul(S(0), G("conv")), "int", "number of orders", unit="orders"),
             Step(Mul(S(1), G("aov")), "money", "revenue"),
             Step(Div(S(2), G("spend")), "num", "ROAS", dec=2)]
    texts = [
        "{shop} spent {spend} on ads at an average of {cpc} per click. {conv} of the clicks turned into orders, and the average order value was {aov}. What was the return on ad spend (revenue divided by ad spend)? Round to two decimal places.",
        "A marketing manager puts {spend} into a pay-per-click campaign with a cost per click of {cpc}. If the conversion rate is {conv} and each order averages {aov}, what ROAS does the campaign achieve? Give the answer to 2 decimal places.",
        "An online store's ad campaign costs {spend} and each click costs {cpc}. The store converts {conv} of clicks into sales with an average order value of {aov}. Compute the ROAS, rounded to the nearest hundredth.",
    ]
    closings = ["So the ROAS is about {ans}.", "The campaign's ROAS comes to {ans}.",
                "That gives a return on ad spend of about {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={})


def tpl_marketplace(rng):
    price = pick(rng, [F(24), F("35.50"), F("49.99"), F(60), F("18.75"), F("79.90"), F(42), F("27.40")])
    f = P(pick(rng, [F("6.5"), 8, 10, 12, 15, F("13.25"), 5]))
    k = pick(rng, [F("0.30"), F("0.45"), F("0.99"), F("0.20"), F("0.50")])
    cost = rhu(price * F(pick(rng, [35, 40, 45, 50, 55]), 100), 0)
    n = rng.randint(12, 180)
    g = {"price": Given(price, "money", "sale price"), "f": Given(f, "pct", "marketplace fee"),
         "k": Given(k, "money", "fixed fee per order"), "cost": Given(cost, "money", "item cost"),
         "n": Given(n, "int", "units sold")}
    steps = [Step(Mul(G("price"), G("f")), "money", "percentage fee"),
             Step(Add(S(0), G("k")), "money", "total fee per sale"),
             Step(Sub(G("price"), S(1)), "money", "payout per sale"),
             Step(Sub(S(2), G("cost")), "money", "profit per item"),
             Step(Mul(S(3), G("n")), "money", "total profit")]
    checks = [(Add(S(1), S(2)), G("price"))]
    one, many = pick(rng, ITEMS)
    texts = [
        "{name} sells {many} on an online marketplace for {price} each. The marketplace takes a {f} fee on each sale plus a fixed {k} per order. Each item costs {name} {cost} to make. If {name} sells {n} of them (one per order), what is the total profit?",
        "A marketplace charges sellers {f} of the sale price plus {k} per transaction. A shop sells a {one} for {price} that costs {cost} to source. How much profit does the shop make on {n} single-item orders?",
        "On a handmade-goods marketplace, every order is charged a {f} commission and a {k} fixed fee. {name}'s {many} sell for {price} and cost {cost} each in materials. What is the profit from {n} orders of one item each?",
    ]
    closings = ["So the total profit is {ans}.", "{name} makes {ans} in profit.",
                "Total profit on those orders: {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=checks, closings=closings,
                extra={"many": many, "one": one})


def tpl_aov(rng):
    rs = [F(rng.randint(900, 4800)) + F(pick(rng, [0, 25, 50, 75, 40, 60]), 100) for _ in range(3)]
    os_ = [rng.randint(18, 95) for _ in range(3)]
    aov = sum(rs) / sum(os_)
    last = rhu(aov * F(pick(rng, [80, 85, 88, 90, 92]), 100), 0)
    g = {"r1": Given(rs[0], "money", "Friday revenue"), "r2": Given(rs[1], "money", "Saturday revenue"),
         "r3": Given(rs[2], "money", "Sunday revenue"), "o1": Given(os_[0], "int", "Friday orders"),
         "o2": Given(os_[1], "int", "Saturday orders"), "o3": Given(os_[2], "int", "Sunday orders"),
         "last": Given(last, "money", "last weekend's AOV")}
    steps = [Step(Sum(G("r1"), G("r2"), G("r3")), "money", "total revenue"),
             Step(Sum(G("o1"), G("o2"), G("o3")), "int", "total orders", unit="orders"),
             Step(Div(S(0), S(1)), "money", "average order value"),
             Step(Sub(S(2), G("last")), "money", "increase in AOV")]
    texts = [
        "Over a weekend sale, {shop} made {r1} from {o1} orders on Friday, {r2} from {o2} orders on Saturday, and {r3} from {o3} orders on Sunday. Last weekend the average order value was {last}. By how much did the average order value go up?",
        "{name} tracks a webshop's sales: Friday brought in {r1} across {o1} orders, Saturday {r2} across {o2} orders, and Sunday {r3} across {o3} orders. If the average order value the weekend before was {last}, how much higher is this weekend's AOV (to the nearest cent)?",
        "A store's dashboard shows weekend revenue of {r1}, {r2}, and {r3} on Friday, Saturday, and Sunday, from {o1}, {o2}, and {o3} orders respectively. Compared with last weekend's average order value of {last}, how much did the AOV increase?",
    ]
    closings = ["So the average order value rose by about {ans}.", "This weekend's AOV is {ans} higher.",
                "The AOV went up by {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={})


def tpl_returns(rng):
    n = rng.randint(8, 60) * 10
    price = pick(rng, [F(32), F("45.50"), F("27.99"), F(60), F("38.40"), F(75), F("19.95")])
    r = P(pick(rng, [5, 8, 10, 12, 15, 20]))
    fee = P(pick(rng, [10, 15, 20, 25]))
    g = {"n": Given(n, "int", "units sold"), "price": Given(price, "money", "price"),
         "r": Given(r, "pct", "return rate"), "fee": Given(fee, "pct", "restocking fee")}
    steps = [Step(Mul(G("n"), G("price")), "money", "gross sales"),
             Step(Mul(G("n"), G("r")), "int", "number of returned units", unit="units"),
             Step(Mul(S(1), G("price")), "money", "value of the returns"),
             Step(Mul(S(2), G("fee")), "money", "restocking fees kept"),
             Step(Sub(S(2), S(3)), "money", "amount refunded"),
             Step(Sub(S(0), S(4)), "money", "net sales")]
    checks = [(Add(S(5), S(4)), S(0))]
    one, many = pick(rng, ITEMS)
    texts = [
        "{shop} sold {n} {many} at {price} each. {r} of them were returned. The store keeps a {fee} restocking fee on returned items and refunds the rest. What are the store's net sales after refunds?",
        "An online retailer sold {n} units of a {one} for {price} apiece. The return rate was {r}, and returns are refunded minus a {fee} restocking fee. How much money does the retailer keep from these sales?",
        "{name} runs an online store that sold {n} {many} priced at {price}. If {r} come back and customers are refunded everything except a {fee} restocking fee, what are the net sales?",
    ]
    closings = ["So net sales after refunds are {ans}.", "The store keeps {ans}.",
                "After returns, the net comes to {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=checks, closings=closings,
                extra={"many": many, "one": one})


def tpl_reorder(rng):
    daily_i = rng.randint(6, 45)
    wk = daily_i * 7 + pick(rng, [0, 0, 0, 2, 3, 4, 5])
    lead = rng.randint(4, 14)
    safety = rng.randint(2, 12) * 10
    daily = F(wk, 7)
    rop_est = rhu(daily, 1) * lead + safety
    stock = int(rop_est) + rng.randint(3, 25) * 10
    g = {"wk": Given(wk, "int", "weekly sales"), "lead": Given(lead, "int", "lead time (days)"),
         "safety": Given(safety, "int", "safety stock"), "stock": Given(stock, "int", "current stock")}
    steps = [Step(Div(G("wk"), K(7)), "num", "average daily sales", dec=1, unit="units per day"),
             Step(Mul(S(0), G("lead")), "num", "demand during the lead time", dec=1, unit="units"),
             Step(Add(S(1), G("safety")), "num", "reorder point", dec=1, unit="units"),
             Step(Sub(G("stock"), S(2)), "num", "stock above the reorder point", dec=1, unit="units"),
             Step(Div(S(3), S(0)), "num", "days until reorder", dec=1, unit="days")]
    one, many = pick(rng, ITEMS)
    texts = [
        "{shop} sells about {wk} {many} per week. The supplier takes {lead} days to deliver, and the store keeps {safety} units of safety stock. It currently has {stock} units. How many days until the stock falls to the reorder point?",
        "An e-commerce warehouse ships {wk} units of a {one} each week, spread evenly over 7 days. Lead time for restocking is {lead} days and the safety stock is {safety} units. With {stock} units on hand, in how many days should the next order be placed (to one decimal place)?",
        "{name} manages inventory for {many}: weekly sales average {wk} units, supplier lead time is {lead} days, and {safety} units are held as safety stock. If there are {stock} units on the shelf now, how many days remain before hitting the reorder point?",
    ]
    closings = ["So the reorder should be placed in about {ans}.", "The stock reaches the reorder point in roughly {ans}.",
                "That leaves about {ans} before reordering."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings,
                extra={"many": many, "one": one})


def tpl_bundle(rng):
    p1 = pick(rng, [F("12.99"), F(15), F("18.50"), F("9.75"), F(22), F("14.40")])
    p2 = pick(rng, [F("24.99"), F(30), F("27.50"), F("19.95"), F(35), F("31.20")])
    p3 = pick(rng, [F("8.99"), F(11), F("6.50"), F("13.75"), F(10), F("7.45")])
    tot = 2 * p1 + p2 + p3
    b = rhu(tot * F(pick(rng, [75, 78, 80, 82, 85, 88]), 100), 0) - F(1, 100)
    g = {"p1": Given(p1, "money", "refill price"), "p2": Given(p2, "money", "starter kit price"),
         "p3": Given(p3, "money", "accessory price"), "b": Given(b, "money", "bundle price")}
    steps = [Step(Mul(K(2), G("p1")), "money", "cost of two refills"),
             Step(Sum(S(0), G("p2"), G("p3")), "money", "cost of buying separately"),
             Step(Sub(S(1), G("b")), "money", "savings"),
             Step(Div(S(2), S(1)), "pct", "savings as a percent", dec=1, ratio=True)]
    kit = pick(rng, [("coffee starter kit", "filter packs", "scoop"), ("skincare set", "serum refills", "travel pouch"),
                     ("aquarium kit", "filter cartridges", "net"), ("pen set", "ink refills", "case")])
    texts = [
        "A web store sells a {k0} for {p2}, {k1} for {p1} each, and a {k2} for {p3}. A bundle with the kit, 2 {k1}, and the {k2} costs {b}. What percent does the bundle save compared with buying the items separately? Round to one decimal place.",
        "{name} can buy a {k0} ({p2}), two {k1} ({p1} each) and a {k2} ({p3}) separately, or get all of them in a bundle for {b}. By what percentage is the bundle cheaper, to the nearest tenth of a percent?",
        "An online shop's bundle includes one {k0}, 2 {k1}, and one {k2} for {b}. Bought individually, the kit is {p2}, each of the {k1} is {p1}, and the {k2} is {p3}. What percent discount does the bundle represent (one decimal place)?",
    ]
    closings = ["So the bundle saves about {ans}.", "The bundle is about {ans} cheaper.",
                "That's a discount of roughly {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings,
                extra={"k0": kit[0], "k1": kit[1], "k2": kit[2]})


def tpl_tiered(rng):
    n1 = pick(rng, [50, 100, 200, 250])
    N = n1 + rng.randint(3, 40) * 10
    p1 = pick(rng, [F("4.50"), F("3.20"), F("6.75"), F("2.95"), F("5.10"), F("8.40")])
    p2 = p1 - pick(rng, [F("0.50"), F("0.75"), F("1.20"), F("0.40"), F(1)])
    g = {"N": Given(N, "int", "units ordered"), "n1": Given(n1, "int", "first tier size"),
         "p1": Given(p1, "money", "first tier price"), "p2": Given(p2, "money", "price above the first tier")}
    steps = [Step(Sub(G("N"), G("n1")), "int", "units in the second tier", unit="units"),
             Step(Mul(G("n1"), G("p1")), "money", "first-tier cost"),
             Step(Mul(S(0), G("p2")), "money", "second-tier cost"),
             Step(Add(S(1), S(2)), "money", "total cost"),
             Step(Div(S(3), G("N")), "money", "average cost per unit")]
    one, many = pick(rng, ITEMS)
    texts = [
        "A wholesale site charges {p1} per unit for the first {n1} {many} and {p2} per unit for every unit after that. {name}'s shop orders {N} units. What is the average cost per unit, to the nearest cent?",
        "{name} buys {N} {many} from a supplier's online portal. The first {n1} units are {p1} each, and any units beyond {n1} are {p2} each. Find the average price paid per unit.",
        "Tiered pricing on a B2B store: {p1} each for units 1 to {n1}, then {p2} each. For an order of {N} units, what is the average cost per unit?",
    ]
    closings = ["So the average cost is about {ans} per unit.", "Each unit costs {ans} on average.",
                "The average price per unit comes to {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings,
                extra={"many": many})


def tpl_email(rng):
    e = rng.randint(10, 150) * 1000
    o = P(pick(rng, [18, 22, F("24.5"), 30, 35, 27]))
    c = P(pick(rng, [3, F("4.5"), 6, 8, F("2.5"), 5]))
    v = P(pick(rng, [5, 8, 10, 12, 15]))
    aov = pick(rng, [F(48), F("56.40"), F("39.99"), F(62), F("73.50"), F(35)])
    g = {"e": Given(e, "int", "emails sent"), "o": Given(o, "pct", "open rate"),
         "c": Given(c, "pct", "click rate of opens"), "v": Given(v, "pct", "conversion of clicks"),
         "aov": Given(aov, "money", "average order value")}
    steps = [Step(Mul(G("e"), G("o")), "int", "number of opens", unit="opens"),
             Step(Mul(S(0), G("c")), "int", "number of clicks", unit="clicks"),
             Step(Mul(S(1), G("v")), "int", "number of orders", unit="orders"),
             Step(Mul(S(2), G("aov")), "money", "revenue from the email")]
    texts = [
        "{shop} sends a promotional email to {e} subscribers. {o} open it, {c} of those who open it click through, and {v} of the clickers place an order. With an average order value of {aov}, how much revenue does the email generate?",
        "An email campaign goes to {e} customers. The open rate is {o}, the click rate among opens is {c}, and {v} of clicks convert to orders averaging {aov}. Estimate the revenue from the campaign (round counts to whole people).",
        "{name} emails {e} newsletter subscribers about a sale. If {o} open the email, {c} of openers click, and {v} of those clicks become orders worth {aov} on average, what revenue should {name} expect?",
    ]
    closings = ["So the email brings in about {ans}.", "Expected revenue: {ans}.",
                "The campaign should generate roughly {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={})


def tpl_cents(rng):
    d = rng.randint(90, 900)
    cpc = rng.randint(18, 95)
    cost = F(d * 7 * cpc, 100)
    budget = F((int(cost) // 100 + rng.randint(1, 6)) * 100)
    g = {"d": Given(d, "int", "clicks per day"), "cpc": Given(cpc, "num", "cost per click (cents)"),
         "budget": Given(budget, "money", "weekly budget")}
    steps = [Step(Mul(G("d"), K(7)), "int", "clicks for the week", unit="clicks"),
             Step(Mul(S(0), G("cpc")), "int", "cost in cents", unit="cents"),
             Step(Div(S(1), K(100)), "money", "cost in dollars"),
             Step(Sub(G("budget"), S(2)), "money", "budget left over")]
    texts = [
        "{shop}'s shopping ads get about {d} clicks a day, and each click costs {cpc} cents. The weekly ad budget is {budget}. How much of the budget is left after 7 days?",
        "A store pays {cpc} cents per click for product listing ads and receives {d} clicks per day. If {name} set aside {budget} for the week, how many dollars remain at the end of the week?",
        "Each click on {name}'s marketplace ad costs {cpc}¢. The ad averages {d} clicks daily. Starting with a {budget} weekly budget, how much money is left after one week?",
    ]
    closings = ["So {ans} of the budget is left.", "After the week, {ans} remains.",
                "The leftover budget is {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={})


def tpl_subscribe(rng):
    price = pick(rng, [F("24.99"), F(32), F("18.50"), F("45.90"), F(28), F("36.75"), F("21.40"), F(54)])
    s = P(pick(rng, [5, 10, 12, 15, 20]))
    m = rng.randint(3, 12)
    g = {"price": Given(price, "money", "one-time price"), "s": Given(s, "pct", "subscribe-and-save discount"),
         "m": Given(m, "int", "months")}
    steps = [Step(Mul(G("price"), G("s")), "money", "discount per delivery"),
             Step(Sub(G("price"), S(0)), "money", "subscription price per delivery"),
             Step(Mul(S(1), G("m")), "money", "subscription cost"),
             Step(Mul(G("price"), G("m")), "money", "one-time purchase cost"),
             Step(Sub(S(3), S(2)), "money", "total savings")]
    checks = [(Mul(S(0), G("m")), S(4))]
    one, many = pick(rng, [("bag of dog food", "bags of dog food"), ("box of protein bars", "boxes of protein bars"),
                           ("pack of diapers", "packs of diapers"), ("bag of coffee", "bags of coffee"),
                           ("bottle of vitamins", "bottles of vitamins")])
    texts = [
        "A {one} costs {price} as a one-time purchase online. With subscribe-and-save, the price is {s} lower on every delivery. If {name} gets one delivery a month for {m} months, how much does the subscription save?",
        "{name} buys one {one} every month for {m} months. The store charges {price} for one-time orders but takes {s} off each order for subscribers. How much would {name} save over the {m} months by subscribing?",
        "An online store offers {s} off recurring orders. A {one} normally costs {price}. Over {m} monthly deliveries, how much cheaper is subscribing than buying each time at full price?",
    ]
    closings = ["So subscribing saves {ans}.", "{name} saves {ans} over the {m} months.",
                "The subscription saves a total of {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=checks, closings=closings, extra={"one": one})


def tpl_points(rng):
    a, b, c = (F(rng.randint(25, 240)) for _ in range(3))
    k = pick(rng, [2, 3, 5, 10])
    bonus = pick(rng, [100, 150, 200, 250, 500])
    g = {"a": Given(a, "money", "first order"), "b": Given(b, "money", "second order"),
         "c": Given(c, "money", "third order"), "k": Given(k, "int", "points per dollar"),
         "bonus": Given(bonus, "int", "bonus points")}
    steps = [Step(Sum(G("a"), G("b"), G("c")), "money", "total spent"),
             Step(Mul(S(0), G("k")), "int", "points earned from purchases", unit="points"),
             Step(Add(S(1), G("bonus")), "int", "total points", unit="points"),
             Step(Div(S(2), K(100)), "money", "value of the points")]
    texts = [
        "{name} placed three orders on a shopping site for {a}, {b}, and {c}. The loyalty program gives {k} points per dollar spent plus a one-time {bonus}-point bonus, and every 100 points are worth $1. How many dollars are {name}'s points worth?",
        "A store's rewards program pays {k} points for each dollar spent, and 100 points can be redeemed for $1 off. {name} spends {a}, {b}, and {c} across three orders and also gets {bonus} bonus points for signing up. What is the dollar value of the points?",
        "Orders of {a}, {b}, and {c} earn {k} reward points per dollar on an online store, plus a {bonus}-point welcome bonus. If 100 points = $1, how much store credit has {name} earned?",
    ]
    closings = ["So the points are worth {ans}.", "{name} has {ans} in store credit.",
                "The rewards add up to {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={})


def tpl_boxes(rng):
    k = pick(rng, [6, 8, 12, 15, 24, 20])
    N = rng.randint(5, 40) * k + rng.randint(1, k - 1)
    bc = pick(rng, [F("1.20"), F("0.85"), F("1.75"), F("2.40"), F("0.95")])
    post = pick(rng, [F("7.80"), F("9.15"), F("11.60"), F("8.25"), F("12.40")])
    g = {"N": Given(N, "int", "items to ship"), "k": Given(k, "int", "items per box"),
         "bc": Given(bc, "money", "box cost"), "post": Given(post, "money", "postage per box")}
    steps = [Step(Div(G("N"), G("k")), "num", "number of boxes", dec=2, ceil=True, ceil_unit="boxes"),
             Step(Mul(S(0), Par(Add(G("bc"), G("post")), "money")), "money", "total shipping cost"),
             Step(Div(S(1), G("N")), "money", "shipping cost per item")]
    one, many = pick(rng, ITEMS)
    texts = [
        "A warehouse needs to ship {N} {many}. Each box holds {k} of them. Every box costs {bc} and postage is {post} per box. What is the shipping cost per item, to the nearest cent?",
        "{name} is fulfilling a wholesale order of {N} {many}. They pack {k} to a box; boxes cost {bc} each and each box ships for {post}. How much does shipping work out to per item?",
        "An online seller ships {N} {many} in boxes of {k}. Packaging is {bc} per box and postage {post} per box. Find the total packaging-plus-postage cost per item, rounded to the cent.",
    ]
    closings = ["So shipping costs about {ans} per item.", "That's roughly {ans} per item.",
                "Shipping works out to {ans} per item."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={"many": many})


def tpl_tax(rng):
    n = rng.randint(2, 5)
    price = pick(rng, [F("19.99"), F(34), F("27.50"), F("42.80"), F("15.25"), F(58), F("23.90")])
    d = P(pick(rng, [10, 15, 20, 25, 30]))
    t = P(pick(rng, [F("6.25"), 7, F("8.875"), 6, F("7.5"), F("5.3"), 8]))
    g = {"n": Given(n, "int", "quantity"), "price": Given(price, "money", "price"),
         "d": Given(d, "pct", "discount"), "t": Given(t, "pct", "sales tax")}
    steps = [Step(Mul(G("n"), G("price")), "money", "subtotal"),
             Step(Mul(S(0), G("d")), "money", "discount"),
             Step(Sub(S(0), S(1)), "money", "discounted subtotal"),
             Step(Mul(S(2), G("t")), "money", "sales tax"),
             Step(Add(S(2), S(3)), "money", "total charged")]
    one, many = pick(rng, ITEMS)
    texts = [
        "{name} orders {n} {many} at {price} each from a website. A {d} promo code is applied, and then {t} sales tax is charged on the discounted amount. What is the total charge?",
        "An online order contains {n} {many} priced at {price} apiece. The store takes {d} off, and sales tax of {t} is added after the discount. How much is the customer charged?",
        "With a {d}-off coupon, {name} buys {n} {many} listed at {price}. Sales tax is {t} of the discounted subtotal. Find the total, rounded to the nearest cent.",
    ]
    closings = ["So the total charge is {ans}.", "{name} is charged {ans}.", "The order total comes to {ans}."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={"many": many})


def tpl_flash(rng):
    m = rng.randint(40, 180)
    e = rng.randint(30, 160)
    sold = 2 * (m + e)
    stock = sold + rng.randint(5, 60) * 10
    price = pick(rng, [F("14.99"), F(19), F("24.50"), F("9.95"), F(32)])
    g = {"stock": Given(stock, "int", "starting stock"), "m": Given(m, "int", "morning sales"),
         "e": Given(e, "int", "evening sales"), "price": Given(price, "money", "sale price")}
    steps = [Step(Mul(K(2), Par(Add(G("m"), G("e")), "int")), "int", "units sold over the two days", unit="units"),
             Step(Sub(G("stock"), S(0)), "int", "units left", unit="units"),
             Step(Div(S(0), G("stock")), "pct", "share of stock sold", dec=1, ratio=True),
             Step(Mul(S(0), G("price")), "money", "sales revenue")]
    one, many = pick(rng, ITEMS)
    texts = [
        "{shop} started a two-day flash sale with {stock} {many} in stock. On each day it sold {m} in the morning and {e} in the evening, at {price} each. What percent of the stock sold (one decimal place), and what was the revenue? Give the revenue as the final answer.",
        "During a 2-day flash sale, a webshop sold {m} {many} every morning and {e} every evening at a sale price of {price}. It began with {stock} units. How many are left, what share of the stock sold, and how much revenue did the sale bring in?",
        "{name}'s store had {stock} {many} before a flash sale. Each of the two sale days, {m} sold before noon and {e} after noon, all at {price}. Find the units left, the percent of stock sold, and the total sales revenue.",
    ]
    closings = ["So the flash sale brought in {ans}.", "Total revenue from the sale: {ans}.",
                "The sale generated {ans} in revenue."]
    return dict(texts=texts, givens=g, steps=steps, checks=[], closings=closings, extra={"many": many})


TEMPLATES = [("stacked_discounts", tpl_stacked), ("coupon_order", tpl_coupon_order),
             ("free_shipping_gap", tpl_free_ship), ("shipping_weight_tiers", tpl_ship_weight),
             ("conversion_returns", tpl_conv_revenue), ("ad_funnel_cpa", tpl_ad_cpa),
             ("roas", tpl_roas), ("marketplace_fees", tpl_marketplace),
             ("aov_weekend", tpl_aov), ("returns_restocking", tpl_returns),
             ("reorder_point", tpl_reorder), ("bundle_savings", tpl_bundle),
             ("tiered_bulk_pricing", tpl_tiered), ("email_funnel", tpl_email),
             ("cpc_cents_budget", tpl_cents), ("subscribe_save", tpl_subscribe),
             ("loyalty_points", tpl_points), ("packing_boxes", tpl_boxes),
             ("discount_then_tax", tpl_tax), ("flash_sale_inventory", tpl_flash)]


# ---------------------------------------------------------------- styles
STYLES = ["gpt4o_markdown", "claude_bold", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "gsm8k", "tutor", "llama_steps"]

INTROS = {
    "gpt4o_markdown": ["Let's break this down step by step.", "To solve this, we'll work through each part of the problem.",
                       "Let's solve this step by step.", "We'll go through the calculation one piece at a time."],
    "claude_bold": ["I'll work through this step by step.", "Let me work through this carefully.",
                    "Let me break this problem into parts.", "I'll calculate each piece and then combine them."],
    "bullets": ["Here's the breakdown:", "Let's break this down.", "Working through the numbers:", "Step by step:"],
    "prose": ["Let's break this down.", "Let's work it out.", "Here's how to approach it.", ""],
    "latex_inline": ["We can solve this in a few steps.", "Let's compute each quantity in turn.",
                     "Let's work through the calculation."],
    "latex_display": ["Let's set up the calculation.", "We solve this step by step.", "Let's compute each part."],
    "table": ["Here is the calculation laid out in a table:", "Let's organize the numbers:",
              "Breaking it down:"],
    "terse": ["", "Solution:", ""],
    "gsm8k": [""],
    "tutor": ["Great question! Let's work through it together.", "Okay, let's take this one piece at a time.",
              "Sure! Let's figure this out step by step.", "Good one. Let's walk through it slowly."],
    "llama_steps": [""],
}
HEADS = ["Calculate the {l}", "Find the {l}", "Determine the {l}", "Compute the {l}"]
OPENERS = ["First,", "Then", "Next,", "After that,", "Now", "Finally,"]


def make_dialect(style, rng):
    c = rng.choice
    if style == "gpt4o_markdown":
        return Dialect(rng, "plain", mul="×", div=c(["÷", "/"]), minus="−", pct=c(["pct", "dec2"]), mm="cents",
                       x100=c([True, False]))
    if style == "claude_bold":
        return Dialect(rng, "plain", mul="×", div=c(["÷", "/"]), minus=c(["−", "-"]), pct=c(["pct", "dec", "dec2"]),
                       mm="cents", x100=c([True, False]))
    if style == "bullets":
        return Dialect(rng, "plain", mul=c(["×", "x"]), div=c(["÷", "/"]), minus=c(["−", "-"]), pct="pct",
                       mm=c(["cents", "int"]), pct_of=c([True, False]), x100=c([True, False]))
    if style == "prose":
        return Dialect(rng, "plain", mul=c(["×", "x", "*"]), div=c(["÷", "/"]), minus=c(["−", "-"]),
                       pct=c(["pct", "dec"]), pct_of=c([True, False]), mm=c(["cents", "int"]), x100=c([True, False]))
    if style == "latex_inline":
        return Dialect(rng, "latex", mul=c(["\\times", "\\cdot"]), div="\\div", minus="-", sep=",", cur=c(["\\$", ""]),
                       pct=c(["pct", "dec"]), mm="cents", frac=True, x100=c([True, False]))
    if style == "latex_display":
        return Dialect(rng, "latex", mul="\\times", div="\\div", minus="-", sep="{,}", cur="\\$",
                       pct=c(["pct", "dec2"]), mm="cents", frac=c([True, False]), x100=True)
    if style == "table":
        return Dialect(rng, "plain", mul="×", div="÷", minus="−", pct=c(["pct", "dec2"]), mm="cents",
                       x100=c([True, False]))
    if style == "terse":
        return Dialect(rng, "plain", mul=c(["*", "×", "·"]), div="/", minus="-", pct="dec", mm=c(["int", "cents"]),
                       x100=c([True, False]))
    if style == "gsm8k":
        return Dialect(rng, "gsm", mul="*", div="/", minus="-", sep="", cur="", pct=c(["frac100", "dec"]),
                       mm="min", x100=True, spaced=False)
    if style == "tutor":
        return Dialect(rng, "words", sep=",", pct="pct", pct_of=True, mm="cents", x100=c([True, False]))
    if style == "llama_steps":
        return Dialect(rng, "plain", mul=c(["×", "*", "·"]), div=c(["/", "÷"]), minus="-", pct=c(["dec", "pct"]),
                       mm="cents", x100=c([True, False]))
    raise ValueError(style)


class Ctx:
    def __init__(self, pid, style, prob, R, D, fields, res_over=None):
        self.pid, self.style, self.prob, self.R, self.D = pid, style, prob, R, D
        self.fields = fields
        n = len(prob["steps"])
        self.parts = [step_parts(i, prob, R, D, (res_over or {}).get(i)) for i in range(n)]
        self.final = final_plain(prob, R)
        self.ans = fmt_answer(prob, R, D)

    def rs(self, slot):
        return random.Random("%s|%s|%s" % (self.pid, self.style, slot))

    def head(self, i):
        return cap(self.rs("head%d" % i).choice(HEADS).format(l=self.parts[i]["label"]))

    def intro(self):
        return self.rs("intro").choice(INTROS[self.style])

    def closing(self, bold=False):
        r = self.rs("closing")
        t = r.choice(self.prob["closings"])
        ans = "**%s**" % self.ans if bold else self.ans
        return t.format(ans=ans, **self.fields)

    def checks(self, D=None):
        D = D or self.D
        out = []
        for cexpr, target in self.prob["checks"]:
            lhs = rexpr(cexpr, D, self.prob, self.R)
            rhs = rexpr(target, D, self.prob, self.R)
            out.append("%s = %s" % (lhs, rhs))
        return out

    def givens_list(self):
        D0 = Dialect(random.Random(0), "plain")
        out = []
        for name, g in self.prob["givens"].items():
            out.append((cap(g.label), D0.leaf(g.tok("cents"), g.kind)))
        return out


def finish(L, C, bold=False, closing=True):
    if closing:
        L.append(C.closing(bold))
        L.append("")
    L.append("#### " + C.final)
    return L


def st_gpt4o(C):
    L, sl = [C.intro(), ""], {}
    if C.rs("given").random() < 0.4:
        L.append("**Given:**")
        for lab, v in C.givens_list():
            L.append("- %s: %s" % (lab, v))
        L.append("")
    for i, p in enumerate(C.parts):
        L.append("### Step %d: %s" % (i + 1, C.head(i)))
        L.append(core_sym(p, C.D, bold=True))
        sl[i] = len(L) - 1
        L.append("")
    chk = C.checks()
    if chk and C.rs("chk").random() < 0.6:
        L.append("### Check")
        L.append("Check: %s ✓" % chk[0])
        L.append("")
    L.append("### Final Answer")
    return finish(L, C, bold=True), sl


def st_claude(C):
    L, sl = [C.intro(), ""], {}
    if C.rs("given").random() < 0.35:
        L.append("**Given:** " + "; ".join("%s: %s" % (lab.lower(), v) for lab, v in C.givens_list()))
        L.append("")
    for i, p in enumerate(C.parts):
        L.append("**%s:** %s" % (cap(p["label"]), core_sym(p, C.D)))
        sl[i] = len(L) - 1
    chk = C.checks()
    if chk:
        L.append("")
        L.append("**Check:** %s ✓" % chk[0])
    L.append("")
    return finish(L, C, bold=True), sl


def st_bullets(C):
    L, sl = [C.intro(), ""], {}
    if C.rs("given").random() < 0.4:
        for lab, v in C.givens_list():
            L.append("- %s: %s" % (lab, v))
        L.append("")
    for i, p in enumerate(C.parts):
        L.append("- %s: %s" % (cap(p["label"]), core_sym(p, C.D)))
        sl[i] = len(L) - 1
    chk = C.checks()
    if chk and C.rs("chk").random() < 0.5:
        L.append("- Check: %s ✓" % chk[0])
    L.append("")
    return finish(L, C), sl


def core_prose(p, D, r):
    s = p["lhs"]
    if p["inter"]:
        s += " = " + p["inter"]
    res = p["res"]
    if p["ceil"] is not None:
        s += " ≈ " + res if p["approx"] else " = " + res
        s += r.choice([", so we round up to ", ", rounded up to "]) + str(p["ceil"])
        if p["ceil_unit"]:
            s += " " + p["ceil_unit"]
        return s
    if p["approx"]:
        s += r.choice([" ≈ ", " is about "]) + res
    else:
        s += " = " + res
    if p["unit"]:
        s += " " + p["unit"]
    return s


def st_prose(C):
    intro = C.intro()
    L, sl = ([intro, ""] if intro else []), {}
    n = len(C.parts)
    r = C.rs("para")
    groups, i = [], 0
    while i < n:
        k = r.choice([2, 2, 3]) if n - i > 3 else n - i
        groups.append(list(range(i, i + k)))
        i += k
    for gi, grp in enumerate(groups):
        sents = []
        for j in grp:
            p = C.parts[j]
            rr = C.rs("sent%d" % j)
            core = core_prose(p, C.D, rr)
            if j == 0:
                op = "First,"
            elif j == n - 1:
                op = "Finally,"
            else:
                op = rr.choice(OPENERS[1:5])
            form = rr.randrange(3)
            if form == 0:
                sents.append("%s the %s is %s." % (op, p["label"], core))
            elif form == 1:
                sents.append("%s the %s comes to %s." % (op, p["label"], core))
            else:
                sents.append("%s for the %s: %s." % (op, p["label"], core))
        L.append(" ".join(sents))
        for j in grp:
            sl[j] = len(L) - 1
        L.append("")
    chk = C.checks()
    if chk and C.rs("chk").random() < 0.5:
        L.append("Check: %s ✓" % chk[0])
        L.append("")
    return finish(L, C), sl


def core_latex(p, D):
    s = p["lhs"]
    if p["inter"]:
        s += " = " + p["inter"]
    s += (" \\approx " if p["approx"] else " = ") + p["res"]
    if p["ceil"] is not None:
        s += " \\rightarrow " + str(p["ceil"])
    return s


def latex_unit(p):
    if p["ceil"] is not None:
        return p["ceil_unit"]
    return p["unit"]


def st_latex_inline(C):
    L, sl = [C.intro(), ""], {}
    for i, p in enumerate(C.parts):
        u = latex_unit(p)
        L.append("%d. **%s:** \\( %s \\)%s" % (i + 1, cap(p["label"]), core_latex(p, C.D), (" " + u) if u else ""))
        sl[i] = len(L) - 1
    L.append("")
    return finish(L, C, bold=True), sl


def st_latex_display(C):
    L, sl = [C.intro(), ""], {}
    for i, p in enumerate(C.parts):
        u = latex_unit(p)
        L.append("**Step %d: %s**" % (i + 1, C.head(i)))
        L.append("\\[")
        L.append(core_latex(p, C.D) + ((" \\text{ %s}" % u) if u else ""))
        sl[i] = len(L) - 1
        L.append("\\]")
        L.append("")
    return finish(L, C, bold=True), sl


def st_table(C):
    L, sl = [C.intro(), ""], {}
    L.append("| Quantity | Calculation | Result |")
    L.append("|---|---|---|")
    for i, p in enumerate(C.parts):
        calc = p["lhs"] + ((" = " + p["inter"]) if p["inter"] else "")
        res = ("≈ " if p["approx"] else "") + p["res"]
        if p["ceil"] is not None:
            res += " → %d%s" % (p["ceil"], (" " + p["ceil_unit"]) if p["ceil_unit"] else "")
        elif p["unit"]:
            res += " " + p["unit"]
        L.append("| %s | %s | %s |" % (cap(p["label"]), calc, res))
        sl[i] = len(L) - 1
    L.append("")
    chk = C.checks()
    if chk:
        L.append("Check: %s ✓" % chk[0])
        L.append("")
    return finish(L, C, bold=C.rs("bold").random() < 0.5), sl


def st_terse(C):
    intro = C.intro()
    L, sl = ([intro] if intro else []), {}
    for i, p in enumerate(C.parts):
        L.append("%s: %s" % (cap(p["label"]), core_sym(p, C.D)))
        sl[i] = len(L) - 1
    chk = C.checks()
    if chk and C.rs("chk").random() < 0.5:
        L.append("Check: %s ✓" % chk[0])
    L.append("Answer: %s" % C.ans)
    return finish(L, C, closing=False), sl


def st_gsm8k(C):
    L, sl = [], {}
    D = C.D
    for i, p in enumerate(C.parts):
        rr = C.rs("g%d" % i)
        lead = rr.choice(["The %s is", "So the %s is", "The %s comes to", "That makes the %s"]) % p["label"]
        lhs = p["lhs"]
        if p["approx"] or p["ceil"] is not None:
            rel = "≈" if p["approx"] else "="
            s = "%s %s%s%s%s" % (lead, lhs, rel, "$" if p["kind"] == "money" else "", p["res"])
            if p["ceil"] is not None:
                s += ", so we round up to %d %s." % (p["ceil"], p["ceil_unit"])
            else:
                s += (" " + p["unit"] if p["unit"] else "") + "."
        else:
            cur = "$" if p["kind"] == "money" else ""
            pct = "%" if p["kind"] == "pct" else ""
            s = "%s %s=%s<<%s=%s>>%s%s%s." % (lead, lhs, cur, lhs, p["tok"], p["tok"], pct,
                                             (" " + p["unit"]) if p["unit"] else "")
        L.append(s)
        sl[i] = len(L) - 1
    L.append(C.closing())
    L.append("#### " + C.final)
    return L, sl


def core_words(p, D, r):
    s = p["lhs"]
    if p["inter"]:
        s += " equals " + p["inter"] + ", which is " + p["res"]
    else:
        if p["approx"]:
            s += r.choice([" is about ", " comes to about ", " is roughly "]) + p["res"]
        else:
            s += r.choice([" equals ", " gives us ", " is ", " comes out to "]) + p["res"]
    if p["ceil"] is not None:
        s += ", which rounds up to %d %s" % (p["ceil"], p["ceil_unit"])
    elif p["unit"]:
        s += " " + p["unit"]
    return s


def st_tutor(C):
    L, sl = [C.intro(), ""], {}
    n = len(C.parts)
    for i, p in enumerate(C.parts):
        rr = C.rs("t%d" % i)
        if i == 0:
            pre = rr.choice(["First, let's find the %s.", "Let's start with the %s.", "To begin, we need the %s."])
        elif i == n - 1:
            pre = rr.choice(["Last step: the %s!", "Finally, the %s.", "And now for the %s."])
        else:
            pre = rr.choice(["Next up is the %s.", "Now let's get the %s.", "Then we work out the %s.",
                             "Okay, now the %s."])
        pre = pre % p["label"]
        body = core_words(p, C.D, rr)
        tail = rr.choice(["", "", " Nice!", " Easy enough.", " Keep that number handy."])
        L.append("%s %s.%s" % (pre, cap(body) if body[0].isalpha() else body, tail))
        sl[i] = len(L) - 1
        L.append("")
    L.append(C.rs("tclose").choice(["So there you have it! ", "And that's it! ", "", "Putting it all together: "]) + C.closing())
    L.append("")
    L.append("#### " + C.final)
    return L, sl


def st_llama(C):
    L, sl = [], {}
    for i, p in enumerate(C.parts):
        rr = C.rs("l%d" % i)
        L.append("## Step %d: %s" % (i + 1, C.head(i)))
        form = rr.randrange(3)
        core = core_sym(p, C.D)
        if form == 0:
            L.append("The %s is %s." % (p["label"], core))
        elif form == 1:
            L.append("To find the %s, we calculate %s." % (p["label"], core))
        else:
            L.append("We compute the %s: %s." % (p["label"], core))
        sl[i] = len(L) - 1
        L.append("")
    L.append(C.closing())
    L.append("")
    L.append("The final answer is: $\\boxed{%s}$" % C.final)
    L.append("")
    L.append("#### " + C.final)
    return L, sl


RENDER = {"gpt4o_markdown": st_gpt4o, "claude_bold": st_claude, "bullets": st_bullets, "prose": st_prose,
          "latex_inline": st_latex_inline, "latex_display": st_latex_display, "table": st_table,
          "terse": st_terse, "gsm8k": st_gsm8k, "tutor": st_tutor, "llama_steps": st_llama}


# ---------------------------------------------------------------- faults
def fmt_like(v, d):
    """format v with d decimals (exactly representable required)"""
    return plain(v, d)


def digit_variants(tok, kind, rng):
    ip, _, fp = tok.partition(".")
    d = len(fp)
    digs = ip + fp
    out = []
    if kind == "swap_digits":
        for i in range(len(digs) - 1):
            if digs[i] != digs[i + 1]:
                out.append(digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:])
    elif kind == "drop_digit":
        for i in range(len(digs)):
            out.append(digs[:i] + digs[i + 1:])
    elif kind == "double_digit":
        for i in range(len(digs)):
            out.append(digs[:i] + digs[i] + digs[i:])
    res = []
    for ds in out:
        if len(ds) <= d:
            continue
        nip, nfp = ds[:len(ds) - d], ds[len(ds) - d:]
        if len(nip) > 1 and nip[0] == "0":
            continue
        res.append(nip + ("." + nfp if d else ""))
    rng.shuffle(res)
    return res


def wrong_tokens(prob, R, k, kind, mm, rng):
    st = prob["steps"][k]
    info = R["steps"][k]
    tok = info["tok"]
    d = ndec(tok)
    rv = F(tok)
    cands = []
    if kind == "off_by_one":
        cands = [fmt_like(rv + s, d) for s in rng.sample([1, -1], 2) if rv + s > 0]
    elif kind == "off_by_ten":
        cands = [fmt_like(rv + s, d) for s in rng.sample([10, -10], 2) if rv + s > 0]
    elif kind in ("swap_digits", "drop_digit", "double_digit"):
        cands = digit_variants(tok, kind, rng)
    elif kind == "decimal_shift":
        opts = [fmt_like(rv * 10, d)]
        if exact_at(rv / 10, d):
            opts.append(fmt_like(rv / 10, d))
        elif d + 1 <= 3 and st.kind != "money":
            opts.append(fmt_like(rv / 10, d + 1))
        rng.shuffle(opts)
        cands = opts
    elif kind == "wrong_op":
        e = st.expr
        if e[0] != "op" or st.kind == "pct" or is_pct_leaf(e[2], prob) or is_pct_leaf(e[3], prob):
            return []
        a, b = ev(e[2], R["env"]), ev(e[3], R["env"])
        alts = {"*": ["+"], "+": ["*", "-"], "-": ["+"], "/": ["*", "-"]}[e[1]]
        for op in alts:
            try:
                v = apply(op, a, b)
                t, _, _ = make_token(v, st.kind, st.dec, mm)
            except Bad:
                continue
            cands.append(t)
    good = []
    for c in cands:
        cv = F(c)
        if cv <= 0 or abs(cv - rv) < F(1, 10 ** d):
            continue
        if st.kind == "int" and "." in c:
            continue
        if cv > rv * 60 + 100:
            continue
        good.append(c)
    return good


# ---------------------------------------------------------------- assembly
def render(pid, style, prob, R, D, fields, res_over=None):
    C = Ctx(pid, style, prob, R, D, fields, res_over)
    L, sl = RENDER[style](C)
    return L, sl, C


def line_span(L, idx):
    start = sum(len(x) + 1 for x in L[:idx])
    return [start, start + len(L[idx])]


def disp_tok(tok, kind, D):
    return with_sep(tok, D.sep)


def build(tidx, tname, tfn, idx):
    pid = "e115-%02d-%03d" % (tidx, idx)
    style = STYLES[(idx + 3 * tidx) % len(STYLES)]
    for attempt in range(60):
        rng = random.Random("eval115|%s|%d|%d" % (tname, idx, attempt))
        spec = tfn(rng)
        givens = spec["givens"]
        text = pick(rng, spec["texts"])
        closings = [c for c in spec["closings"] if "{name}" in text or "{name}" not in c]
        prob = {"givens": givens, "steps": spec["steps"], "checks": spec["checks"],
                "closings": closings}
        fields = {"name": pick(rng, NAMES), "shop": pick(rng, SHOPS)}
        fields.update(spec["extra"])
        gfields = {n: g.text() for n, g in givens.items()}
        allf = dict(fields)
        allf.update(gfields)
        problem = text.format(**allf)
        problem = problem[0].upper() + problem[1:]
        D = make_dialect(style, random.Random("dialect|" + pid + "|%d" % attempt))
        try:
            R = evaluate(prob, D.mm)
            L, sl, C = render(pid, style, prob, R, D, allf)
        except Bad:
            continue
        nst = len(prob["steps"])
        gold = C.final
        correct = "\n".join(L)
        rows = [("correct", correct, {})]
        frng = random.Random("faults|" + pid)
        eligible = [k for k in range(nst) if not prob["steps"][k].ceil]
        # slip
        pref = FAULT_KINDS[(idx + tidx) % 7]
        kinds = [pref] + [k for k in FAULT_KINDS if k != pref]
        slip = None
        steps_order = eligible[:]
        frng.shuffle(steps_order)
        for kind in kinds:
            for k in steps_order:
                for wt in wrong_tokens(prob, R, k, kind, D.mm, frng):
                    try:
                        L2, sl2, C2 = render(pid, style, prob, R, D, allf, {k: wt})
                    except Bad:
                        continue
                    slip = (k, kind, wt, L2, sl2)
                    break
                if slip:
                    break
            if slip:
                break
        if not slip:
            continue
        k, kind, wt, L2, sl2 = slip
        span = line_span(L2, sl2[k])
        rows.append(("slip", "\n".join(L2), {
            "span": span, "wrong": disp_tok(wt, prob["steps"][k].kind, D),
            "right": disp_tok(R["steps"][k]["tok"], prob["steps"][k].kind, D),
            "step": k + 1, "kind": kind}))
        # carry
        pref = FAULT_KINDS[(idx + tidx + 3) % 7]
        kinds = [pref] + [x for x in FAULT_KINDS if x != pref]
        non_last = [x for x in eligible if x != nst - 1]
        steps_order = non_last[:]
        frng.shuffle(steps_order)
        if nst - 1 in eligible:
            steps_order.append(nst - 1)
        carry = None
        for kind in kinds:
            for k in steps_order:
                for wt in wrong_tokens(prob, R, k, kind, D.mm, frng):
                    try:
                        R3 = evaluate(prob, D.mm, {k: (wt, R["steps"][k]["approx"])})
                        L3, sl3, C3 = render(pid, style, prob, R3, D, allf)
                    except Bad:
                        continue
                    if C3.final == gold or float(C3.final) > 50 * float(gold) + 1000:
                        continue
                    carry = (k, kind, wt, L3, sl3)
                    break
                if carry:
                    break
            if carry:
                break
        if not carry:
            continue
        k, kind, wt, L3, sl3 = carry
        rows.append(("carry", "\n".join(L3), {
            "span": line_span(L3, sl3[k]), "wrong": disp_tok(wt, prob["steps"][k].kind, D),
            "right": disp_tok(R["steps"][k]["tok"], prob["steps"][k].kind, D),
            "step": k + 1, "kind": kind}))
        # loop
        lr = random.Random("loop|" + pid)
        cut_line = sl[lr.choice(list(range(nst)))]
        want_partial = lr.random() < 0.4
        us = [1, 2, 3]
        lr.shuffle(us)
        chosen = None
        for u in us:
            st0 = cut_line - u + 1
            if st0 < 0:
                continue
            unit = L[st0:cut_line + 1]
            if not unit[0].strip():
                continue
            first = unit[0]
            m = next((j for j, ch in enumerate(first) if ch.isdigit()), len(first))
            if want_partial and m < 4:
                continue
            chosen = (st0, unit, m)
            break
        if chosen is None:
            want_partial = False
            st0 = cut_line
            unit = [L[cut_line]]
            chosen = (st0, unit, 0)
        st0, unit, m = chosen
        reps = lr.randint(8, 30)
        head = "\n".join(L[:cut_line + 1])
        ut = "\n".join(unit)
        text = head + ("\n" + ut) * (reps - 1)
        if want_partial:
            cut = lr.randint(2, m - 1) if m > 3 else m
            text += "\n" + unit[0][:cut]
        s2 = len(head) + 1
        rows.append(("loop", text, {"span": [s2, s2 + len(ut)], "repeats": reps}))
        out = []
        for variant, sol, extra in rows:
            row = {"pid": pid, "template": tname, "style": style, "problem": problem,
                   "variant": variant, "solution": sol, "final": gold}
            row.update(extra)
            out.append(row)
        return out
    raise RuntimeError("could not build %s" % pid)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rows = []
    for tidx, (tname, tfn) in enumerate(TEMPLATES):
        for idx in range(N_PER_TEMPLATE):
            rows.extend(build(tidx, tname, tfn, idx))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(rows), len(rows) // 4, a.out))


if __name__ == "__main__":
    main()
