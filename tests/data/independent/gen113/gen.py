#!/usr/bin/env python3
"""Deterministic generator for an evaluation set of model-like worked solutions
(restaurant kitchens & catering) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Standard library only.  All randomness comes from random.Random seeded with
strings; no hash(), no set iteration order, no clock.
"""
import argparse
import json
import math
import random
from fractions import Fraction as F


class Bad(Exception):
    """Raised when a draw / fault candidate is unusable; caller retries."""


# ----------------------------------------------------------------- numbers

def rhu(x, nd):
    """Round half-up (x > 0) to nd decimals."""
    m = 10 ** nd
    return F(math.floor(x * m + F(1, 2)), m)


def term(x, nd):
    return (x * 10 ** nd).denominator == 1


def mind(x, cap=8):
    for d in range(cap + 1):
        if term(x, d):
            return d
    return None


def fixed(x, nd):
    n = x * 10 ** nd
    assert n.denominator == 1, (x, nd)
    n = int(n)
    neg = n < 0
    s = str(abs(n))
    if nd:
        s = s.rjust(nd + 1, '0')
        s = s[:-nd] + '.' + s[-nd:]
    return ('-' if neg else '') + s


def grp(s, sep, sep4=True):
    if not sep:
        return s
    ip, dot, fp = s.partition('.')
    if len(ip) == 4 and not sep4:
        return s
    out = ''
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    return ip + out + (dot + fp)


class Q:
    """A written quantity: exact value, kind, written decimals, unit, deps."""
    __slots__ = ('v', 'k', 'nd', 'unit', 'deps')

    def __init__(self, v, k='int', nd=0, unit='', deps=frozenset()):
        self.v = F(v)
        self.k = k
        self.nd = nd
        self.unit = unit
        self.deps = deps

    def basis(self):
        return self.v * 100 if self.k == 'pct' else self.v

    def plain(self):
        return fixed(self.basis(), self.nd)


def I(n, unit=''):
    return Q(F(n), 'int', 0, unit)


def M(x, unit=''):
    x = F(x)
    assert term(x, 2), x
    return Q(x, 'money', 2, unit)


def D(x, unit=''):
    x = F(x)
    return Q(x, 'dec', mind(x), unit)


def P(p, unit=''):
    p = F(p)
    return Q(p / 100, 'pct', mind(p), unit)


def pm(x):   # problem-text money
    return '$' + grp(fixed(F(x), 2), ',')


def pn(x):   # problem-text plain number
    x = F(x)
    return grp(fixed(x, mind(x)), ',')


# ------------------------------------------------------------ expressions
OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
       '*': lambda a, b: a * b, '/': lambda a, b: a / b}
PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


def ev(n):
    if isinstance(n, Q):
        return n.v
    if n[0] == 'p':
        return ev(n[1])
    a, b = ev(n[1]), ev(n[2])
    if n[0] == '/' and b == 0:
        raise Bad('div0')
    return OPS[n[0]](a, b)


def leaves(n):
    if isinstance(n, Q):
        return [n]
    if n[0] == 'p':
        return leaves(n[1])
    return leaves(n[1]) + leaves(n[2])


def subst_p(n):
    if isinstance(n, Q):
        return n
    if n[0] == 'p':
        v = ev(n[1])
        money = any(q.k == 'money' for q in leaves(n[1]))
        if money:
            if not term(v, 2):
                raise Bad('inter')
            return Q(v, 'money', 2)
        if mind(v, 6) is None:
            raise Bad('inter')
        return Q(v, 'dec', mind(v))
    return (n[0], subst_p(n[1]), subst_p(n[2]))


def op_paths(n, path=()):
    if isinstance(n, Q):
        return []
    if n[0] == 'p':
        return op_paths(n[1], path + (1,))
    return [path] + op_paths(n[1], path + (1,)) + op_paths(n[2], path + (2,))


def replace_op(n, path, new):
    if not path:
        return (new, n[1], n[2])
    i = path[0]
    lst = list(n)
    lst[i] = replace_op(n[i], path[1:], new)
    return tuple(lst)


def get_node(n, path):
    for i in path:
        n = n[i]
    return n


class Step:
    __slots__ = ('idx', 'expr', 'inter', 'exact', 'approx', 'res', 'label',
                 'ceil', 'exq', 'check')

    def __init__(self, **kw):
        self.check = False
        self.ceil = None
        self.inter = None
        self.exq = None
        for k, v in kw.items():
            setattr(self, k, v)


class Calc:
    def __init__(self, ov=None):
        self.ov = ov or {}
        self.steps = []

    def op(self, expr, k, nd, unit='', label='', ceil=None, inter=False):
        E = ev(expr)
        if E <= 0:
            raise Bad('nonpositive')
        idx = len(self.steps)
        deps = frozenset([idx])
        for q in leaves(expr):
            deps = deps | q.deps
        B = E * 100 if k == 'pct' else E
        if term(B, nd):
            approx = False
            wnd = nd if k in ('money', 'int') else mind(B)
            v = E
        else:
            approx = True
            rb = rhu(B, nd)
            if rb <= 0:
                raise Bad('round0')
            wnd = nd
            v = rb / 100 if k == 'pct' else rb
        res = Q(v, k, wnd, unit, deps)
        if idx in self.ov:
            w = self.ov[idx]
            res = Q(w.v, k, w.nd, unit, deps)
        exq = None
        if approx:
            d = mind(B, 5)
            if d is not None:
                exq = Q(E, k, d, unit)
        st = Step(idx=idx, expr=expr, exact=E, approx=approx, res=res,
                  label=label, exq=exq)
        if inter:
            st.inter = subst_p(expr)
        out = res
        if ceil:
            cu, ck = ceil
            if res.v.denominator == 1:
                if E.denominator != 1:
                    raise Bad('ceil hidden')
            else:
                c = F(math.ceil(res.v))
                if c != math.ceil(E) or c - res.v < F(1, 100) or res.v - (c - 1) < F(1, 100):
                    raise Bad('ceil fragile')
                out = Q(c, 'money' if ck == 'money' else 'int', 0, cu, deps)
                st.ceil = out
        self.steps.append(st)
        return out


def auto_check(steps):
    """Reverse-operation check of the last exact step with leaf operands."""
    for s in reversed(steps):
        if s.approx or s.ceil is not None or s.inter is not None:
            continue
        e = s.expr
        if isinstance(e, Q) or e[0] == 'p':
            continue
        a, b = e[1], e[2]
        if not (isinstance(a, Q) and isinstance(b, Q)):
            continue
        if a.k == 'pct' or b.k == 'pct':
            continue
        R = Q(s.res.v, s.res.k, s.res.nd, s.res.unit)
        inv = {'*': '/', '/': '*', '+': '-', '-': '+'}[e[0]]
        if e[0] == '/' and False:
            continue
        expr = (inv, R, b)
        if ev(expr) != a.v:
            continue
        return Step(idx=-1, expr=expr, exact=a.v, approx=False,
                    res=Q(a.v, a.k, a.nd, a.unit), label='check', check=True)
    return None


# --------------------------------------------------------------- templates
PROTEINS = [("salmon fillet", "salmon"), ("beef tenderloin", "tenderloin"),
            ("chicken breast", "chicken"), ("pork loin", "pork"),
            ("halibut", "halibut"), ("lamb loin", "lamb"), ("duck breast", "duck")]
NAMES = ["Maria", "Dev", "Sam", "Priya", "Luis", "Kenji", "Ana", "Tom", "Fatima",
         "Jordan", "Rosa", "Malik", "Chen", "Olga", "Ben", "Nadia"]


def money_between(r, lo, hi, step=5):
    return F(r.randrange(int(lo * 100), int(hi * 100) + 1, step), 100)


def t_plate(r):
    item, short = r.choice(PROTEINS)
    W = r.choice([10, 12, 15, 20, 25, 40])
    ppl = money_between(r, 3, 18, 5)
    case = W * ppl
    oz = r.choice([4, 5, 6, 7, 8, 10, 12])
    K = r.randrange(40, 221)
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A {W}-lb case of {item} costs {pm(case)}. The kitchen portions it at {oz} oz "
                f"per plate. What does the {short} cost for {K} covers?")
    elif ph == 1:
        prob = (f"Our supplier sells {item} in {W}-pound cases for {pm(case)} a case. Each entrée "
                f"gets a {oz}-ounce portion. If we expect {K} covers tonight, what is the total "
                f"{short} cost? (There are 16 ounces in a pound.)")
    else:
        prob = (f"A catering order needs {K} plates of {item}. The {short} comes in {W} lb cases "
                f"priced at {pm(case)}, and every plate gets {oz} oz. How much will the {short} "
                f"for the order cost?")
    givens = [("Case price", M(case)), ("Case weight", I(W, 'lb')),
              ("Portion", I(oz, 'oz')), ("Covers", I(K))]

    def solve(c):
        per = c.op(('/', M(case), I(W, 'lb')), 'money', 2, '/lb', 'cost per pound')
        plb = c.op(('/', I(oz, 'oz'), I(16, 'oz/lb')), 'dec', 4, 'lb', 'portion weight in pounds')
        plate = c.op(('*', plb, per), 'money', 2, 'per plate', 'cost per plate')
        return c.op(('*', plate, I(K, 'covers')), 'money', 2, '', f'total {short} cost')
    return prob, givens, (lambda X: f"the {short} for {K} covers costs {X}"), solve


def t_yield(r):
    item = r.choice(["beef brisket", "whole salmon", "pork shoulder", "leg of lamb",
                     "beef chuck", "turkey"])
    W = r.choice([10, 12, 15, 16, 18, 20, 24, 30])
    p = money_between(r, 2.5, 12, 5)
    Y = r.choice([72, 75, 78, 80, 82, 85, 88, 90])
    L = r.choice([15, 18, 20, 22, 25, 28, 30, 35])
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A kitchen buys {W} lb of {item} at {pm(p)} per pound. After trimming, only {Y}% "
                f"of the weight is usable, and cooking loses another {L}% of the trimmed weight. "
                f"What is the cost per pound of cooked {item}?")
    elif ph == 1:
        prob = (f"The chef orders {W} pounds of {item} priced at {pm(p)}/lb. Trim yield is {Y}% "
                f"and cooking loss is {L}%. Find the true cost of one pound of cooked, "
                f"ready-to-serve {item}.")
    else:
        prob = (f"{item.capitalize()} costs {pm(p)} a pound, and a cook preps {W} lb of it. The "
                f"trimming yield is {Y}%, then the roast shrinks by {L}% in the oven. What does each "
                f"pound of cooked meat really cost?")
    givens = [("Raw weight", I(W, 'lb')), ("Price", M(p, '/lb')),
              ("Trim yield", P(Y)), ("Cooking loss", P(L))]

    def solve(c):
        cost = c.op(('*', I(W, 'lb'), M(p, '/lb')), 'money', 2, '', 'purchase cost')
        trim = c.op(('*', I(W, 'lb'), P(Y)), 'dec', 2, 'lb', 'usable weight after trimming')
        keep = c.op(('-', P(100), P(L)), 'pct', 1, '', 'share left after cooking')
        cooked = c.op(('*', trim, keep), 'dec', 2, 'lb', 'cooked weight')
        return c.op(('/', cost, cooked), 'money', 2, '/lb', 'cost per cooked pound')
    return prob, givens, (lambda X: f"each pound of cooked {item} costs about {X}"), solve


def t_soup(r):
    soup = r.choice(["tomato bisque", "minestrone", "chicken noodle soup", "clam chowder",
                     "lentil soup", "butternut squash soup"])
    s, mult = r.choice([(F(3, 2), 3), (F(3, 4), 3), (F(1, 2), 1), (F(5, 4), 5)])
    Qt = mult * r.randrange(max(1, 3 // mult), 18 // mult + 1)
    if Qt < 3:
        Qt = mult * 3
    por = 4 * Qt / s
    K = r.randrange(int(por) + 5, int(por) * 5)
    ph = r.randrange(3)
    sd = pn(s)
    if ph == 0:
        prob = (f"One batch of {soup} makes {Qt} quarts. Each bowl is {sd} cups, and there are 4 "
                f"cups in a quart. A banquet needs {K} bowls. How many whole batches must the "
                f"kitchen make, and how many bowls will be left over? Give the leftover bowls.")
    elif ph == 1:
        prob = (f"The soup recipe yields {Qt} qt per batch. Servings are {sd} cups (4 cups = 1 qt). "
                f"To serve {K} guests one serving each, the cooks make full batches only. How many "
                f"servings are left over?")
    else:
        prob = (f"For a lunch of {K} people, a caterer makes {soup} in batches of {Qt} quarts. A "
                f"portion is {sd} cups. If only complete batches are made, how many extra portions "
                f"will there be?")
    givens = [("Batch size", I(Qt, 'qt')), ("Portion", D(s, 'cups')), ("Guests", I(K))]

    def solve(c):
        cups = c.op(('*', I(Qt, 'qt'), I(4, 'cups/qt')), 'int', 0, 'cups', 'number of cups per batch')
        pb = c.op(('/', cups, D(s, 'cups')), 'dec', 1, 'portions', 'number of portions per batch')
        nb = c.op(('/', I(K, 'portions'), pb), 'dec', 2, 'batches', 'number of batches needed',
                  ceil=('batches', 'int'))
        made = c.op(('*', nb, pb), 'dec', 1, 'portions', 'number of portions made')
        left = c.op(('-', made, I(K, 'portions')), 'dec', 1, 'portions', 'number of leftover portions')
        if not c.ov and left.v < 2:
            raise Bad('one left')
        return left
    return prob, givens, (lambda X: f"there will be {X} portions left over"), solve


def t_scale(r):
    B = r.choice([4, 6, 8, 10, 12])
    f = r.choice([F(3, 2), F(5, 2), F(3), F(7, 2), F(4), F(5), F(9, 4), F(5, 4), F(15, 4)])
    if (B * f).denominator != 1:
        raise Bad('K')
    K = int(B * f)
    X, xu = r.choice([("short ribs", "lb"), ("ground beef", "lb"), ("chicken thighs", "lb"),
                      ("mushrooms", "lb")])
    Y, yu = r.choice([("heavy cream", "qt"), ("chicken stock", "qt"), ("crushed tomatoes", "qt"),
                      ("whole milk", "qt")])
    a = F(r.randrange(6, 25), 4)
    b = F(r.randrange(2, 13), 4)
    px = money_between(r, 3, 12, 5)
    py = money_between(r, 1.5, 6, 5)
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A recipe that serves {B} uses {pn(a)} {xu} of {X} and {pn(b)} {yu} of {Y}. The "
                f"kitchen scales it for {K} guests. {X.capitalize()} cost {pm(px)} per {xu} and "
                f"{Y} costs {pm(py)} per {yu}. What do these two ingredients cost for the scaled "
                f"recipe?")
    elif ph == 1:
        prob = (f"Chef's braise recipe yields {B} portions with {pn(a)} {xu} {X} and {pn(b)} {yu} "
                f"{Y}. She needs {K} portions for an event. If {X} are {pm(px)}/{xu} and {Y} is "
                f"{pm(py)}/{yu}, find the total cost of the {X} and {Y}.")
    else:
        prob = (f"To cater {K} covers, a cook multiplies a {B}-serving recipe. The recipe calls for "
                f"{pn(a)} {xu} of {X} ({pm(px)} per {xu}) and {pn(b)} {yu} of {Y} ({pm(py)} per "
                f"{yu}). How much will those ingredients cost?")
    givens = [("Recipe yield", I(B, 'servings')), ("Target", I(K, 'servings')),
              (X.capitalize(), D(a, xu)), (Y.capitalize(), D(b, yu))]

    def solve(c):
        fac = c.op(('/', I(K), I(B)), 'dec', 2, '', 'scaling factor')
        sx = c.op(('*', D(a, xu), fac), 'dec', 2, xu, f'scaled amount of {X}')
        sy = c.op(('*', D(b, yu), fac), 'dec', 2, yu, f'scaled amount of {Y}')
        cx = c.op(('*', sx, M(px, '/' + xu)), 'money', 2, '', f'cost of the {X}')
        cy = c.op(('*', sy, M(py, '/' + yu)), 'money', 2, '', f'cost of the {Y}')
        return c.op(('+', cx, cy), 'money', 2, '', 'total ingredient cost')
    return prob, givens, (lambda X_: f"the two ingredients cost {X_} for {K} guests"), solve


def t_menu(r):
    dish = r.choice(["chicken piccata", "steak frites", "mushroom risotto", "fish tacos",
                     "pork chop", "shrimp linguine"])
    a = money_between(r, 2.5, 7, 1)
    b = money_between(r, 0.8, 2.5, 1)
    cc = money_between(r, 0.2, 0.95, 1)
    t = r.choice([25, 28, 30, 32, 35])
    N = r.randrange(60, 301)
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"The {dish} costs {pm(a)} for the main ingredient, {pm(b)} for sides, and "
                f"{pm(cc)} for sauce and garnish. The owner wants a {t}% food cost and rounds the "
                f"menu price up to the next whole dollar. What is the gross profit on {N} orders?")
    elif ph == 1:
        prob = (f"A plate of {dish} has ingredient costs of {pm(a)}, {pm(b)} and {pm(cc)}. Price it "
                f"so food cost is {t}% of the price, rounded up to a whole dollar. How much gross "
                f"profit do {N} plates bring in?")
    else:
        prob = (f"Plate costing for {dish}: protein {pm(a)}, starch and veg {pm(b)}, sauce "
                f"{pm(cc)}. Target food cost is {t}%. After rounding the price up to whole dollars, "
                f"what is the total gross profit if {N} are sold?")
    givens = [("Protein", M(a)), ("Sides", M(b)), ("Sauce/garnish", M(cc)),
              ("Target food cost", P(t)), ("Orders", I(N))]

    def solve(c):
        plate = c.op(('+', ('+', M(a), M(b)), M(cc)), 'money', 2, '', 'plate cost')
        price = c.op(('/', plate, P(t)), 'money', 2, '', 'menu price', ceil=('', 'money'))
        prof = c.op(('-', price, plate), 'money', 2, 'per plate', 'gross profit per plate')
        return c.op(('*', prof, I(N, 'orders')), 'money', 2, '', 'total gross profit')
    return prob, givens, (lambda X: f"the {N} orders bring in {X} of gross profit"), solve


def t_tiphours(r):
    names = r.sample(NAMES, 3)
    hs = [F(r.randrange(8, 19), 2) for _ in range(3)]
    T = money_between(r, 380, 1400, 1)
    j = r.randrange(3)
    w = money_between(r, 2.13, 12, 1)
    ph = r.randrange(3)
    nm = names[j]
    if ph == 0:
        prob = (f"Friday's tip pool was {pm(T)}. It is split by hours worked: {names[0]} worked "
                f"{pn(hs[0])} h, {names[1]} {pn(hs[1])} h and {names[2]} {pn(hs[2])} h. {nm} also "
                f"earns a base wage of {pm(w)} per hour. What did {nm} earn for the shift?")
    elif ph == 1:
        prob = (f"Three servers share {pm(T)} in tips in proportion to hours: {names[0]} "
                f"({pn(hs[0])} hours), {names[1]} ({pn(hs[1])} hours), {names[2]} ({pn(hs[2])} "
                f"hours). With a {pm(w)}/hour base wage, how much does {nm} take home in total?")
    else:
        prob = (f"A bistro pools tips by the hour. Tonight: {pm(T)} in tips; {names[0]} worked "
                f"{pn(hs[0])} hours, {names[1]} worked {pn(hs[1])} and {names[2]} worked "
                f"{pn(hs[2])}. {nm} is paid {pm(w)} an hour plus tips. Find {nm}'s total pay.")
    givens = [("Tip pool", M(T))] + [(names[i], D(hs[i], 'h')) for i in range(3)] + \
             [("Base wage", M(w, '/h'))]

    def solve(c):
        tot = c.op(('+', ('+', D(hs[0], 'h'), D(hs[1], 'h')), D(hs[2], 'h')), 'dec', 1, 'h',
                   'total number of hours')
        rate = c.op(('/', M(T), tot), 'money', 2, '/h', 'tips per hour')
        share = c.op(('*', rate, D(hs[j], 'h')), 'money', 2, '', f"{nm}'s tip share")
        base = c.op(('*', M(w, '/h'), D(hs[j], 'h')), 'money', 2, '', f"{nm}'s base pay")
        return c.op(('+', share, base), 'money', 2, '', f"{nm}'s total pay")
    return prob, givens, (lambda X: f"{nm} earns {X} for the shift"), solve


def t_tipsplit(r):
    ts = [money_between(r, 250, 900, 1) for _ in range(3)]
    k = r.choice([10, 12, 15, 18, 20, 25])
    n = r.randrange(3, 8)
    ph = r.randrange(3)
    days = r.choice([("Friday", "Saturday", "Sunday"), ("Thursday", "Friday", "Saturday")])
    if ph == 0:
        prob = (f"Tips over the weekend were {pm(ts[0])} on {days[0]}, {pm(ts[1])} on {days[1]} and "
                f"{pm(ts[2])} on {days[2]}. The kitchen staff get {k}% of the total and the rest is "
                f"shared equally by {n} servers. How much does each server get?")
    elif ph == 1:
        prob = (f"A restaurant's tip jar collected {pm(ts[0])}, {pm(ts[1])} and {pm(ts[2])} over "
                f"three nights. {k}% goes to the back of house; {n} servers split the remainder "
                f"evenly. Find one server's share.")
    else:
        prob = (f"Over three shifts the front of house earned {pm(ts[0])}, {pm(ts[1])} and "
                f"{pm(ts[2])} in tips. House policy sends {k}% to the cooks and dishwashers. The "
                f"{n} servers divide what is left equally. What is each server's cut?")
    givens = [(days[i], M(ts[i])) for i in range(3)] + [("Kitchen share", P(k)),
                                                        ("Servers", I(n))]

    def solve(c):
        T = c.op(('+', ('+', M(ts[0]), M(ts[1])), M(ts[2])), 'money', 2, '', 'total tips')
        kit = c.op(('*', T, P(k)), 'money', 2, '', 'kitchen share')
        pool = c.op(('-', T, kit), 'money', 2, '', 'server pool')
        return c.op(('/', pool, I(n, 'servers')), 'money', 2, '', "share per server")
    return prob, givens, (lambda X: f"each server gets {X}"), solve


def t_overtime(r):
    w = money_between(r, 15, 26, 25)
    H = F(r.randrange(84, 111), 2)
    nm = r.choice(NAMES)
    role = r.choice(["line cook", "prep cook", "sous chef", "pastry cook", "dishwasher"])
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"{nm}, a {role}, earns {pm(w)} per hour and worked {pn(H)} hours this week. Hours "
                f"over 40 are paid at time-and-a-half. What is {nm}'s gross pay for the week?")
    elif ph == 1:
        prob = (f"A {role} is paid {pm(w)}/hour with overtime at 1.5 times the regular rate for "
                f"every hour beyond 40. If the cook logged {pn(H)} hours, what is the week's pay?")
    else:
        prob = (f"This week {nm} clocked {pn(H)} hours on the {role} station. The regular rate is "
                f"{pm(w)} an hour, and overtime (over 40 hours) pays 1.5x. Find the total pay.")
    givens = [("Rate", M(w, '/h')), ("Hours worked", D(H, 'h')), ("Overtime multiplier", D(F(3, 2)))]

    def solve(c):
        reg = c.op(('*', I(40, 'h'), M(w, '/h')), 'money', 2, '', 'regular pay')
        oth = c.op(('-', D(H, 'h'), I(40, 'h')), 'dec', 1, 'h', 'number of overtime hours')
        otr = c.op(('*', M(w), D(F(3, 2))), 'money', 2, '/h', 'overtime rate')
        otp = c.op(('*', oth, otr), 'money', 2, '', 'overtime pay')
        return c.op(('+', reg, otp), 'money', 2, '', 'total weekly pay')
    return prob, givens, (lambda X: f"the gross pay for the week is {X}"), solve


def t_prep(r):
    item = r.choice(["dumplings", "spring rolls", "ravioli", "canapés", "empanadas", "sushi rolls",
                     "crostini"])
    n = r.randrange(12, 61) * 10
    t = r.randrange(15, 76)
    k = r.randrange(2, 6)
    m = r.randrange(10, 31)
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A caterer needs {n} {item}. Each one takes {t} seconds to assemble. {k} cooks "
                f"share the work equally, and each cook also spends {m} minutes setting up. How many "
                f"minutes does each cook work on this task?")
    elif ph == 1:
        prob = (f"Assembling one of the {item} takes {t} s. The order is for {n} pieces, split "
                f"evenly among {k} prep cooks, plus {m} minutes of station setup per cook. How long, "
                f"in minutes, is each cook busy?")
    else:
        prob = (f"For tonight's party the team must make {n} {item} at {t} seconds apiece. With "
                f"{k} people working and {m} minutes of mise en place each, how many minutes will "
                f"each person spend?")
    givens = [("Pieces", I(n)), ("Time each", I(t, 's')), ("Cooks", I(k)), ("Setup", I(m, 'min'))]

    def solve(c):
        sec = c.op(('*', I(n, 'pieces'), I(t, 's')), 'int', 0, 's', 'total assembly time')
        mins = c.op(('/', sec, I(60, 's/min')), 'dec', 1, 'min', 'assembly time in minutes')
        per = c.op(('/', mins, I(k, 'cooks')), 'dec', 1, 'min', 'assembly time per cook')
        return c.op(('+', per, I(m, 'min')), 'dec', 1, 'min', 'time per cook including setup')
    return prob, givens, (lambda X: f"each cook works about {X} minutes"), solve


def t_quote(r):
    G = r.randrange(40, 251)
    cpp = money_between(r, 12.5, 38, 25)
    s = r.randrange(3, 9)
    h = r.randrange(4, 9)
    w = money_between(r, 16, 25, 50)
    R = F(r.randrange(150, 601, 5))
    x = r.choice([15, 18, 20, 22])
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A caterer quotes a wedding for {G} guests. Food costs {pm(cpp)} per guest. {s} "
                f"staff work {h} hours each at {pm(w)} per hour, and rentals are {pm(R)}. A {x}% "
                f"service charge is added to the subtotal. What is the total quote?")
    elif ph == 1:
        prob = (f"Corporate lunch for {G}: menu at {pm(cpp)} a head, {s} servers for {h} hours at "
                f"{pm(w)}/hour, and {pm(R)} for linens and chafers. Add a {x}% service charge. Find "
                f"the final price.")
    else:
        prob = (f"An event planner needs a quote: {G} guests at {pm(cpp)} per person for food, "
                f"labor of {s} staff x {h} hours x {pm(w)} an hour, equipment rental of {pm(R)}, and a "
                f"{x}% service charge on everything. What is the total?")
    givens = [("Guests", I(G)), ("Food per guest", M(cpp)), ("Staff", I(s)), ("Hours", I(h, 'h')),
              ("Wage", M(w, '/h')), ("Rentals", M(R)), ("Service charge", P(x))]

    def solve(c):
        food = c.op(('*', I(G, 'guests'), M(cpp)), 'money', 2, '', 'food cost')
        lab = c.op(('*', ('*', I(s, 'staff'), I(h, 'h')), M(w, '/h')), 'money', 2, '', 'labor cost')
        sub = c.op(('+', ('+', food, lab), M(R)), 'money', 2, '', 'subtotal')
        svc = c.op(('*', sub, P(x)), 'money', 2, '', 'service charge')
        return c.op(('+', sub, svc), 'money', 2, '', 'total quote')
    return prob, givens, (lambda X: f"the total quote comes out to {X}"), solve


def t_order(r):
    item = r.choice(["shrimp", "ground beef", "chicken wings", "salmon", "pork belly", "scallops"])
    K = r.randrange(60, 301)
    q = r.randrange(3, 9)
    C = r.choice([5, 10, 20, 25])
    Pc = money_between(r, 4, 11, 5) * C
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"The kitchen needs {K} portions of {item} at {q} oz each. {item.capitalize()} "
                f"comes in {C}-lb cases that cost {pm(Pc)} each. How much will the order cost if "
                f"only whole cases can be bought?")
    elif ph == 1:
        prob = (f"For a banquet of {K}, each plate gets {q} ounces of {item}. The vendor sells "
                f"{C} lb cases at {pm(Pc)} per case. How much does the {item} order cost? "
                f"(16 oz = 1 lb; whole cases only.)")
    else:
        prob = (f"A cook is ordering {item}: {K} servings, {q} oz per serving. Cases hold {C} "
                f"pounds and cost {pm(Pc)}. What is the cost of the cases needed?")
    givens = [("Portions", I(K)), ("Portion size", I(q, 'oz')), ("Case", I(C, 'lb')),
              ("Case price", M(Pc))]

    def solve(c):
        oz = c.op(('*', I(K, 'portions'), I(q, 'oz')), 'int', 0, 'oz', 'total weight in ounces')
        lb = c.op(('/', oz, I(16, 'oz/lb')), 'dec', 2, 'lb', 'total weight in pounds')
        cs = c.op(('/', lb, I(C, 'lb')), 'dec', 2, 'cases', 'number of cases needed', ceil=('cases', 'int'))
        c.op(('-', ('p', ('*', cs, I(C))), lb), 'dec', 2, 'lb', 'leftover weight', inter=True)
        return c.op(('*', cs, M(Pc)), 'money', 2, '', 'order cost')
    return prob, givens, (lambda X: f"the {item} order costs {X}"), solve


def t_cogs(r):
    BI = money_between(r, 3000, 9000, 1)
    Pu = money_between(r, 8000, 25000, 1)
    EI = money_between(r, 2500, BI + 1500 if BI + 1500 < 8000 else 8000, 1)
    cogs = BI + Pu - EI
    target = F(r.randrange(240, 390), 1000)
    S = F(int(cogs / target))
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"At the start of the month the restaurant had {pm(BI)} of food in inventory. It "
                f"bought {pm(Pu)} more during the month and ended with {pm(EI)} on hand. Food sales "
                f"were {pm(S)}. What was the food cost percentage (to one decimal place)?")
    elif ph == 1:
        prob = (f"Beginning inventory {pm(BI)}, purchases {pm(Pu)}, ending inventory {pm(EI)}, "
                f"food sales {pm(S)}. Compute the period's food cost % to the nearest tenth.")
    else:
        prob = (f"A café counts {pm(BI)} of food stock on the 1st and {pm(EI)} on the 30th, with "
                f"{pm(Pu)} of deliveries in between. If food revenue was {pm(S)}, what percent of "
                f"sales went to food cost? Round to one decimal.")
    givens = [("Beginning inventory", M(BI)), ("Purchases", M(Pu)), ("Ending inventory", M(EI)),
              ("Food sales", M(S))]

    def solve(c):
        av = c.op(('+', M(BI), M(Pu)), 'money', 2, '', 'food available')
        cg = c.op(('-', av, M(EI)), 'money', 2, '', 'cost of goods sold')
        return c.op(('/', cg, M(S)), 'pct', 1, '', 'food cost percentage')
    return prob, givens, (lambda X: f"the food cost percentage is {X}"), solve


def t_buffet(r):
    prot = r.choice(["roast beef", "grilled chicken", "pulled pork", "turkey breast", "salmon"])
    G = r.randrange(50, 301)
    p = r.randrange(4, 9)
    b = r.choice([10, 15, 20, 5])
    pr = money_between(r, 3, 14, 5)
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A buffet for {G} guests plans {p} oz of {prot} per person, plus {b}% extra for "
                f"waste. The {prot} is bought by the whole pound at {pm(pr)} per pound. What will it "
                f"cost?")
    elif ph == 1:
        prob = (f"Catering a reception: {G} people, {p} ounces of {prot} each, and the chef adds "
                f"a {b}% buffer. Orders must be in whole pounds; price is {pm(pr)}/lb. Find the "
                f"{prot} cost.")
    else:
        prob = (f"For {G} guests the kitchen allows {p} oz of {prot} per guest and orders {b}% "
                f"more to be safe, rounded up to whole pounds. At {pm(pr)} a pound, what is the "
                f"cost?")
    givens = [("Guests", I(G)), ("Per guest", I(p, 'oz')), ("Buffer", P(b)), ("Price", M(pr, '/lb'))]

    def solve(c):
        oz = c.op(('*', I(G, 'guests'), I(p, 'oz')), 'int', 0, 'oz', 'total weight in ounces')
        lb = c.op(('/', oz, I(16, 'oz/lb')), 'dec', 2, 'lb', 'total weight in pounds')
        od = c.op(('*', lb, D(1 + F(b, 100))), 'dec', 2, 'lb', 'weight with the buffer',
                  ceil=('lb', 'int'))
        return c.op(('*', od, M(pr, '/lb')), 'money', 2, '', f'{prot} cost')
    return prob, givens, (lambda X: f"the {prot} will cost {X}"), solve


def t_labor(r):
    n = r.randrange(2, 7)
    h = F(r.randrange(12, 21), 2)
    w1 = money_between(r, 16, 26, 25)
    m = r.randrange(1, 4)
    h2 = F(r.randrange(10, 19), 2)
    w2 = money_between(r, 14, 18, 25)
    lab = n * h * w1 + m * h2 * w2
    S = F(int(lab / F(r.randrange(18, 36), 100)))
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"On Saturday, {n} cooks each worked {pn(h)} hours at {pm(w1)}/hour and {m} "
                f"dishwashers each worked {pn(h2)} hours at {pm(w2)}/hour. Sales were {pm(S)}. What "
                f"was kitchen labor as a percent of sales (one decimal)?")
    elif ph == 1:
        prob = (f"Kitchen payroll for one day: {n} line cooks x {pn(h)} h x {pm(w1)}, plus {m} "
                f"dish staff x {pn(h2)} h x {pm(w2)}. With {pm(S)} in sales, find the labor cost "
                f"percentage to the nearest tenth.")
    else:
        prob = (f"A diner schedules {n} cooks for {pn(h)} hours ({pm(w1)} per hour) and {m} "
                f"dishwashers for {pn(h2)} hours ({pm(w2)} per hour). If the day brings in {pm(S)}, "
                f"what percent of sales is kitchen labor? Round to one decimal.")
    givens = [("Cooks", I(n)), ("Cook hours", D(h, 'h')), ("Cook wage", M(w1, '/h')),
              ("Dishwashers", I(m)), ("Dish hours", D(h2, 'h')), ("Dish wage", M(w2, '/h')),
              ("Sales", M(S))]

    def solve(c):
        cw = c.op(('*', ('*', I(n, 'cooks'), D(h, 'h')), M(w1, '/h')), 'money', 2, '', 'cook wage cost')
        dw = c.op(('*', ('*', I(m), D(h2, 'h')), M(w2, '/h')), 'money', 2, '', 'dishwasher wage cost')
        lb = c.op(('+', cw, dw), 'money', 2, '', 'kitchen labor cost')
        return c.op(('/', lb, M(S)), 'pct', 1, '', 'labor cost percentage')
    return prob, givens, (lambda X: f"kitchen labor is {X} of sales"), solve


def t_double(r):
    sauce = r.choice(["marinara", "romesco", "beurre blanc", "mole", "pesto", "chimichurri"])
    a = money_between(r, 3, 14, 1)
    b = money_between(r, 1.5, 8, 1)
    cc = money_between(r, 0.5, 4, 1)
    Y = r.randrange(12, 41)
    Mp = money_between(r, 8, 24, 50)
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A single batch of {sauce} uses {pm(a)} of produce, {pm(b)} of oil and {pm(cc)} of "
                f"spices and makes {Y} portions. The kitchen makes a double batch. The dish it goes "
                f"on sells for {pm(Mp)}. What percent of the menu price is the sauce cost per "
                f"portion (one decimal)?")
    elif ph == 1:
        prob = (f"Ingredients for one batch of {sauce}: {pm(a)}, {pm(b)} and {pm(cc)}; yield {Y} "
                f"portions. A double batch is prepared. Express the sauce cost per portion as a "
                f"percentage of the {pm(Mp)} plate price, to one decimal.")
    else:
        prob = (f"The chef doubles a {sauce} recipe whose ingredients cost {pm(a)}, {pm(b)} and "
                f"{pm(cc)} per batch, each batch giving {Y} servings. For a plate priced at "
                f"{pm(Mp)}, what percent of the price does the sauce represent? Round to a tenth.")
    givens = [("Batch ingredients", M(a)), ("Oil", M(b)), ("Spices", M(cc)),
              ("Yield per batch", I(Y, 'portions')), ("Menu price", M(Mp))]

    def solve(c):
        cost = c.op(('*', I(2), ('p', ('+', ('+', M(a), M(b)), M(cc)))), 'money', 2, '',
                    'double-batch cost', inter=True)
        por = c.op(('*', I(2), I(Y, 'portions')), 'int', 0, 'portions', 'number of portions in a double batch')
        cpp = c.op(('/', cost, por), 'money', 2, 'per portion', 'sauce cost per portion')
        return c.op(('/', cpp, M(Mp)), 'pct', 1, '', 'share of the menu price')
    return prob, givens, (lambda X: f"the sauce is about {X} of the menu price"), solve


def t_wine(r):
    pour = r.choice([150, 125, 250])
    gl = 750 // pour
    C = money_between(r, 9, 38, 25)
    t = r.choice([20, 22, 25, 28, 30])
    ph = r.randrange(3)
    kind = r.choice(["house red", "pinot grigio", "rosé", "sauvignon blanc", "malbec"])
    if ph == 0:
        prob = (f"A 750 mL bottle of {kind} costs the bar {pm(C)}. Glasses are {pour} mL pours and "
                f"priced for a {t}% pour cost, rounded up to the next whole dollar. What is the "
                f"gross profit per bottle sold by the glass?")
    elif ph == 1:
        prob = (f"The restaurant pays {pm(C)} for each 750 mL bottle of {kind} and pours {pour} "
                f"mL per glass. Target pour cost is {t}% (round the glass price up to whole "
                f"dollars). How much profit does one bottle make?")
    else:
        prob = (f"{kind.capitalize()} costs {pm(C)} per 750 mL bottle. Each glass is {pour} mL. If "
                f"the glass price is set for a {t}% pour cost and rounded up to a whole dollar, "
                f"what is the profit per bottle?")
    givens = [("Bottle", I(750, 'mL')), ("Bottle cost", M(C)), ("Pour", I(pour, 'mL')),
              ("Pour cost target", P(t))]

    def solve(c):
        g = c.op(('/', I(750, 'mL'), I(pour, 'mL')), 'dec', 2, 'glasses', 'number of glasses per bottle')
        cg = c.op(('/', M(C), g), 'money', 2, 'per glass', 'cost per glass')
        pr = c.op(('/', cg, P(t)), 'money', 2, '', 'glass price', ceil=('', 'money'))
        rev = c.op(('*', pr, g), 'money', 2, '', 'revenue per bottle')
        return c.op(('-', rev, M(C)), 'money', 2, '', 'profit per bottle')
    return prob, givens, (lambda X: f"each bottle earns {X} of gross profit"), solve


def t_flour(r):
    L = r.randrange(40, 181)
    f = r.randrange(90, 131) * 5
    d = r.randrange(5, 8)
    bag = r.choice([20, 25])
    pb = money_between(r, 14, 42, 5)
    bread = r.choice(["sourdough loaves", "baguettes", "brioche loaves", "ciabatta loaves",
                      "pizza doughs"])
    ph = r.randrange(3)
    if ph == 0:
        prob = (f"A bakery kitchen makes {L} {bread} a day, each using {f} g of flour, and bakes "
                f"{d} days a week. Flour comes in {bag} kg bags at {pm(pb)} per bag. What does a "
                f"week of flour cost if only whole bags are bought?")
    elif ph == 1:
        prob = (f"Each of the {bread} needs {f} grams of flour; the kitchen turns out {L} per day, "
                f"{d} days a week. Bags hold {bag} kg and cost {pm(pb)}. Find the weekly flour cost "
                f"(whole bags only).")
    else:
        prob = (f"The restaurant's pastry section bakes {L} {bread} daily, {d} days per week, at "
                f"{f} g flour apiece. How much is spent on flour each week if it is bought in {bag}-kg "
                f"sacks at {pm(pb)} a sack?")
    givens = [("Per day", I(L)), ("Flour each", I(f, 'g')), ("Days", I(d)),
              ("Bag", I(bag, 'kg')), ("Bag price", M(pb))]

    def solve(c):
        g = c.op(('*', I(L), I(f, 'g')), 'int', 0, 'g', 'flour per day')
        kg = c.op(('/', g, I(1000, 'g/kg')), 'dec', 3, 'kg', 'flour per day in kilograms')
        wk = c.op(('*', kg, I(d, 'days')), 'dec', 3, 'kg', 'flour per week')
        bg = c.op(('/', wk, I(bag, 'kg')), 'dec', 2, 'bags', 'number of bags needed', ceil=('bags', 'int'))
        return c.op(('*', bg, M(pb)), 'money', 2, '', 'weekly flour cost')
    return prob, givens, (lambda X: f"the week's flour costs {X}"), solve


TEMPLATES = [
    ('plate_from_case', t_plate), ('trim_cook_yield', t_yield), ('soup_batches', t_soup),
    ('recipe_scaling', t_scale), ('menu_price_target', t_menu), ('tip_pool_hours', t_tiphours),
    ('tip_pool_split', t_tipsplit), ('overtime_wages', t_overtime), ('prep_time', t_prep),
    ('catering_quote', t_quote), ('case_ordering', t_order), ('cogs_food_cost', t_cogs),
    ('buffet_protein', t_buffet), ('labor_cost_pct', t_labor), ('double_batch_portion', t_double),
    ('wine_pour_cost', t_wine), ('flour_bags', t_flour),
]

STYLES = ['gpt4o_markdown', 'claude_bold', 'bullets', 'prose', 'latex_inline', 'latex_display',
          'table', 'terse', 'gsm8k', 'tutor', 'llama_steps']


def mkstyle(name, r):
    st = dict(name=name, sep=',', sep4=True, dollar='$', pct='%', units=False, strip=False,
              mul='×', div='÷', sub='−', add='+', approx='≈', bold=False, show_exact=False,
              rate='/', latex=False, words=False, pct_dec=False, pct_x100=False,
              check=0.0, arrow=' → {n}')
    if name == 'gpt4o_markdown':
        st.update(units=r.random() < 0.5, bold=True, mul=r.choice(['×', '×', '·']), check=0.4)
    elif name == 'claude_bold':
        st.update(units=True, sub=r.choice(['−', '-']), check=1.0)
    elif name == 'bullets':
        st.update(units=r.random() < 0.6, mul=r.choice(['×', 'x', '*']), div=r.choice(['÷', '/']),
                  sub=r.choice(['−', '-']), pct_dec=r.random() < 0.4, check=0.3,
                  sep4=r.random() < 0.6)
    elif name == 'prose':
        st.update(units=True, rate=' per ', mul=r.choice(['×', 'x']), div=r.choice(['÷', '/']),
                  check=0.25, arrow=', which rounds up to {n}')
    elif name == 'latex_inline':
        st.update(latex=True, dollar='\\$', pct='\\%', mul='\\times', div=r.choice(['frac', '\\div']),
                  sub='-', approx='\\approx', show_exact=r.random() < 0.5,
                  sep=r.choice([',', '{,}']), arrow=' \\rightarrow {n}')
    elif name == 'latex_display':
        st.update(latex=True, dollar='\\$', pct='\\%', mul=r.choice(['\\times', '\\cdot']),
                  div=r.choice(['frac', 'frac', '\\div']), sub='-', approx='\\approx',
                  show_exact=r.random() < 0.4, sep='{,}', arrow=' \\;\\Rightarrow\\; {n}')
    elif name == 'table':
        st.update(units=False, check=0.3, sub=r.choice(['−', '-']))
    elif name == 'terse':
        st.update(dollar=r.choice(['$', '']), mul=r.choice(['*', '×', 'x']), div=r.choice(['/', '÷']),
                  sub='-', show_exact=r.random() < 0.5, check=0.4, pct_dec=r.random() < 0.5,
                  pct_x100=r.random() < 0.5, sep=r.choice([',', '']))
    elif name == 'gsm8k':
        st.update(sep='', strip=True, mul='*', div='/', sub='-')
    elif name == 'tutor':
        st.update(units=True, rate=' per ', words=True, mul='times', div='divided by',
                  sub='minus', add='plus', arrow=', so we round up to {n}')
    elif name == 'llama_steps':
        st.update(mul=r.choice(['*', '×']), div=r.choice(['/', '÷']), sub='-',
                  pct_x100=r.random() < 0.5, arrow=', which rounds up to {n}')
    return st


# ---------------------------------------------------------------- rendering
INTROS = {
    'gpt4o_markdown': ["To solve this, let's break it down step by step.",
                       "Let's work through this step by step.",
                       "We'll solve this in a few clear steps."],
    'claude_bold': ["I'll work through this step by step.", "Let me break this down.",
                    "Let's work through this carefully."],
    'bullets': ["Let's break this down.", "Here's how to work it out:", "Breaking it down:"],
    'prose': ["Let's work it out.", "Here's the reasoning.", ""],
    'latex_inline': ["Let's compute each piece.", "We can solve this step by step.",
                     "Let's set up the calculation."],
    'latex_display': ["Let's solve this step by step.", "We'll work through the numbers.",
                      "Here is the full calculation."],
    'table': ["Here's the breakdown:", "Let's organize the calculation in a table.",
              "The calculation, step by step:"],
    'terse': ["", "Solution:", "Work:"],
    'tutor': ["Great question! Let's work through it together.",
              "Good one! Let's take it one piece at a time.",
              "Let's figure this out together, step by step."],
    'llama_steps': [""],
}
CONN = ["First,", "Next,", "Then", "After that,", "Now", "Then", "Next,", "Then"]
CLOSE = ["So, {a}.", "Therefore, {a}.", "That means {a}.", "In total, {a}."]


def cap(s):
    return s[:1].upper() + s[1:]


class Lines:
    def __init__(self):
        self.L = []
        self.smap = {}

    def add(self, text, steps=()):
        for s in steps:
            self.smap[s] = len(self.L)
        self.L.append(text)

    def blank(self):
        if self.L and self.L[-1] != '':
            self.L.append('')


class Render:
    def __init__(self, st, seed):
        self.st = st
        self.r = random.Random(seed)

    # numbers --------------------------------------------------------
    def pl(self, q):
        s = q.plain()
        if self.st['strip'] and '.' in s:
            s = s.rstrip('0').rstrip('.')
        return s

    def unit(self, u):
        st = self.st
        if st['latex']:
            return '\\text{ %s}' % u.lstrip('/')
        if u.startswith('/'):
            return u if st['rate'] == '/' else ' per ' + u[1:]
        return ' ' + u

    def num(self, q, units=True, dec=False, bare=False):
        st = self.st
        if q.k == 'pct' and dec:
            q = Q(q.v, 'dec', mind(q.v), q.unit)
        s = grp(self.pl(q), st['sep'], st['sep4'])
        if q.k == 'money' and not bare:
            s = st['dollar'] + s
        if q.k == 'pct' and not bare:
            s += st['pct']
        if units and st['units'] and q.unit:
            s += self.unit(q.unit)
        return s

    # expressions ----------------------------------------------------
    def rx(self, n, dec):
        st = self.st
        if isinstance(n, Q):
            return self.num(n, dec=dec)
        if n[0] == 'p':
            return '(' + self.rx(n[1], dec) + ')'
        op = n[0]
        if op == '/' and st['div'] == 'frac':
            return '\\frac{%s}{%s}' % (self.rx(n[1], dec), self.rx(n[2], True))
        a = self.rx(n[1], dec)
        b = self.rx(n[2], dec or (op == '/' and isinstance(n[2], Q) and n[2].k == 'pct'))
        if self.needp(n[1], op, False):
            a = '(' + a + ')'
        if self.needp(n[2], op, True):
            b = '(' + b + ')'
        sym = {'+': self.st['add'], '-': self.st['sub'], '*': self.st['mul'], '/': self.st['div']}[op]
        return f'{a} {sym} {b}'

    def needp(self, ch, op, right):
        if isinstance(ch, Q) or ch[0] == 'p':
            return False
        if ch[0] == '/' and self.st['div'] == 'frac':
            return False
        if PREC[ch[0]] < PREC[op]:
            return True
        return right and PREC[ch[0]] == PREC[op] and op in '-/'

    def lhs(self, s):
        """Expression text for a step (maybe with ×100 for percents)."""
        st = self.st
        allpct = all(q.k == 'pct' for q in leaves(s.expr))
        dec = st['pct_dec'] and not (s.res.k == 'pct' and allpct)
        e = s.expr
        if s.res.k == 'pct' and st['pct_x100'] and not allpct:
            e = ('*', e, I(100))
        return self.rx(e, dec), (None if s.inter is None else self.rx(s.inter, dec))

    def eq(self, s, bold=False, table=False, ceil=True):
        """Return text of the computation (or (calc, result) for tables)."""
        st = self.st
        left, inter = self.lhs(s)
        parts = [left]
        rels = []
        if inter is not None:
            rels.append('=')
            parts.append(inter)
        if s.approx and st['show_exact'] and s.exq is not None and not table:
            rels.append('=')
            parts.append(self.num(s.exq, units=False))
        rels.append('≈' if s.approx else '=')
        rt = self.num(s.res)
        if bold:
            rt = '**' + rt + '**'
        ctext = ''
        if ceil and s.ceil is not None:
            ctext = st['arrow'].format(n=self.num(s.ceil, units=True) if not st['latex']
                                       else self.num(s.ceil, units=False) +
                                       (self.unit(s.ceil.unit) if s.ceil.unit else ''))
        if table:
            calc = parts[0] if len(parts) == 1 else parts[0] + ' = ' + parts[1]
            return calc, ('≈ ' if s.approx else '') + rt + ctext
        parts.append(rt)
        out = parts[0]
        for i, rel in enumerate(rels):
            if st['words']:
                if rel == '≈':
                    w = ' ' + self.r.choice(['is about', 'comes to about', 'is roughly']) + ' '
                elif i == 0:
                    w = ' ' + self.r.choice(['equals', 'gives us', 'comes to']) + ' '
                else:
                    w = ', which is '
            else:
                sym = st['approx'] if rel == '≈' else '='
                w = f' {sym} '
            out += w + parts[i + 1]
        return out + ctext

    # shared --------------------------------------------------------
    def closing(self, ans, X):
        return self.r.choice(CLOSE).format(a=ans(X))

    def givens(self, L, gv, head):
        L.add(head)
        for lab, q in gv:
            L.add(f"- {lab}: {self.num(q, units=True)}")
        L.blank()

    # styles --------------------------------------------------------
    def render(self, ctx):
        fn = getattr(self, 's_' + self.st['name'])
        L = Lines()
        fn(L, ctx)
        while L.L and L.L[-1] == '':
            L.L.pop()
        L.add('#### ' + ctx['final'])
        return L

    def s_gpt4o_markdown(self, L, c):
        r = self.r
        want_check = r.random() < self.st['check']
        L.add(r.choice(INTROS['gpt4o_markdown']))
        L.blank()
        if r.random() < 0.5:
            self.givens(L, c['givens'], "We're given:")
        for i, s in enumerate(c['steps']):
            L.add(f"### Step {i + 1}: {cap(s.label)}")
            if r.random() < 0.5:
                L.add(r.choice(["The {l} is:", "Compute the {l}:", "So the {l} is:",
                                "Now find the {l}:"]).format(l=s.label))
            L.add(self.eq(s, bold=True), [s.idx])
            L.blank()
        if want_check and c['check'] is not None:
            L.add(f"**Check:** {self.eq(c['check'])} ✓", ['check'])
            L.blank()
        L.add("### Final Answer")
        L.add(self.closing(c['ans'], '**' + self.num(c['fq'], units=False) + '**'))

    def s_claude_bold(self, L, c):
        r = self.r
        want_check = r.random() < self.st['check']
        L.add(r.choice(INTROS['claude_bold']))
        L.blank()
        self.givens(L, c['givens'], "**Given:**")
        spaced = r.random() < 0.5
        for s in c['steps']:
            L.add(f"**{cap(s.label)}:** {self.eq(s)}", [s.idx])
            if spaced:
                L.blank()
        L.blank()
        if want_check and c['check'] is not None:
            L.add(f"**Check:** {self.eq(c['check'])} ✓", ['check'])
            L.blank()
        L.add(self.closing(c['ans'], self.num(c['fq'], units=False)))

    def s_bullets(self, L, c):
        r = self.r
        want_check = r.random() < self.st['check']
        L.add(r.choice(INTROS['bullets']))
        L.blank()
        form = r.randrange(2)
        for s in c['steps']:
            if form == 0:
                L.add(f"- {cap(s.label)}: {self.eq(s)}", [s.idx])
            else:
                L.add(f"- The {s.label} is {self.eq(s)}.", [s.idx])
        if want_check and c['check'] is not None:
            L.add(f"- Check: {self.eq(c['check'])} ✓", ['check'])
        L.blank()
        L.add(self.closing(c['ans'], self.num(c['fq'], units=False)))

    def s_prose(self, L, c):
        r = self.r
        want_check = r.random() < self.st['check']
        intro = r.choice(INTROS['prose'])
        if intro:
            L.add(intro)
            L.blank()
        steps = c['steps']
        i = 0
        k = 0
        while i < len(steps):
            n = r.choice([2, 2, 3]) if len(steps) - i > 1 else 1
            chunk = steps[i:i + n]
            sents = []
            for j, s in enumerate(chunk):
                con = CONN[k % len(CONN)] if k > 0 else "First,"
                if k == len(steps) - 1 and k > 0:
                    con = "Finally,"
                form = r.randrange(3)
                if form == 0:
                    sents.append(f"{con} the {s.label} is {self.eq(s)}.")
                elif form == 1:
                    sents.append(f"{con} we get the {s.label}: {self.eq(s)}.")
                else:
                    sents.append(f"{con} for the {s.label}, {self.eq(s)}.")
                k += 1
            L.add(' '.join(cap(x) for x in sents), [s.idx for s in chunk])
            L.blank()
            i += n
        if want_check and c['check'] is not None:
            L.add(f"Check: {self.eq(c['check'])} ✓", ['check'])
            L.blank()
        L.add(self.closing(c['ans'], self.num(c['fq'], units=False)))

    def s_latex_inline(self, L, c):
        r = self.r
        L.add(r.choice(INTROS['latex_inline']))
        L.blank()
        for i, s in enumerate(c['steps']):
            L.add(f"{i + 1}. **{cap(s.label)}:** \\( {self.eq(s)} \\)", [s.idx])
        L.blank()
        X = self.num(c['fq'], units=False)
        L.add(self.closing(c['ans'], '\\(' + X + '\\)'))

    def s_latex_display(self, L, c):
        r = self.r
        L.add(r.choice(INTROS['latex_display']))
        L.blank()
        tl = r.random() < 0.5
        oneline = r.random() < 0.3
        for i, s in enumerate(c['steps']):
            L.add(f"**Step {i + 1}: {cap(s.label)}**")
            body = self.eq(s)
            if tl:
                body = '\\text{%s} = %s' % (cap(s.label), body)
            if oneline:
                L.add('\\[ ' + body + ' \\]', [s.idx])
            else:
                L.add('\\[')
                L.add(body, [s.idx])
                L.add('\\]')
            L.blank()
        X = self.num(c['fq'], units=False)
        L.add(self.closing(c['ans'], X.replace('\\$', '$').replace('{,}', ',').replace('\\%', '%')))
        L.blank()
        L.add('\\[ \\boxed{%s} \\]' % X)

    def s_table(self, L, c):
        r = self.r
        want_check = r.random() < self.st['check']
        L.add(r.choice(INTROS['table']))
        L.blank()
        L.add(r.choice(["| Quantity | Calculation | Result |", "| Step | Calculation | Result |",
                        "| Item | Calculation | Value |"]))
        L.add("|---|---|---|")
        for s in c['steps']:
            calc, res = self.eq(s, table=True)
            L.add(f"| {cap(s.label)} | {calc} | {res} |", [s.idx])
        L.blank()
        if want_check and c['check'] is not None:
            L.add(f"Check: {self.eq(c['check'])} ✓", ['check'])
            L.blank()
        L.add(self.closing(c['ans'], '**' + self.num(c['fq'], units=False) + '**'))

    def s_terse(self, L, c):
        r = self.r
        want_check = r.random() < self.st['check']
        intro = r.choice(INTROS['terse'])
        if intro:
            L.add(intro)
        for s in c['steps']:
            L.add(f"{cap(s.label)}: {self.eq(s)}", [s.idx])
        if want_check and c['check'] is not None:
            L.add(f"Check: {self.eq(c['check'])} ✓", ['check'])
        L.add("Answer: " + self.num(c['fq'], units=False))

    def s_tutor(self, L, c):
        r = self.r
        L.add(r.choice(INTROS['tutor']))
        L.blank()
        n = len(c['steps'])
        for i, s in enumerate(c['steps']):
            con = "First," if i == 0 else ("Finally," if i == n - 1 else CONN[i % len(CONN)])
            form = r.randrange(3)
            if form == 0:
                L.add(f"{con} let's find the {s.label}. {cap(self.eq(s))}.", [s.idx])
            elif form == 1:
                L.add(f"{con} we need the {s.label}: {self.eq(s)}.", [s.idx])
            else:
                L.add(f"{con} for the {s.label}, {self.eq(s)}.", [s.idx])
            L.blank()
        X = self.num(c['fq'], units=False)
        L.add(self.closing(c['ans'], X) + ' ' + r.choice(["Nice work!", "You've got this!",
                                                          "Hope that helps!", "Great job following along!"]))

    def s_llama_steps(self, L, c):
        r = self.r
        verb = ["Calculate", "Determine", "Find", "Compute"]
        for i, s in enumerate(c['steps']):
            L.add(f"## Step {i + 1}: {r.choice(verb)} the {s.label}.")
            L.add(r.choice([f"The {s.label} is {self.eq(s)}.",
                            f"To get the {s.label}, we compute {self.eq(s)}.",
                            f"We find the {s.label}: {self.eq(s)}."]), [s.idx])
            L.blank()
        L.add(f"The final answer is: $\\boxed{{{c['final_box']}}}$")

    def s_gsm8k(self, L, c):
        r = self.r
        for s in c['steps']:
            L.add(r.choice(["The {l} is ", "So the {l} is ", "That makes the {l} ",
                            "The {l} comes out to be "]).format(l=s.label)
                  + self.gsm(s) + '.', [s.idx])

    def gsm(self, s):
        allpct = all(q.k == 'pct' for q in leaves(s.expr))

        def gx(n, top=True):
            if isinstance(n, Q):
                if n.k == 'pct' and not allpct:
                    return fixed(n.v, mind(n.v))
                return self.pl(n)
            if n[0] == 'p':
                return '(' + gx(n[1]) + ')'
            a, b = gx(n[1]), gx(n[2])
            if self.needp(n[1], n[0], False):
                a = '(' + a + ')'
            if self.needp(n[2], n[0], True):
                b = '(' + b + ')'
            return a + n[0] + b
        e = gx(s.expr)
        if s.res.k == 'pct' and not allpct:
            if not isinstance(s.expr, Q) and s.expr[0] in '+-':
                e = '(' + e + ')'
            e += '*100'
        res = self.pl(s.res)
        pre = '$' if s.res.k == 'money' else ''
        suf = '%' if s.res.k == 'pct' else ''
        u = ''
        if s.res.unit and not s.res.unit.startswith('/') and s.res.k != 'money':
            u = ' ' + s.res.unit
        out = f"{e} = {pre}<<{e}={res}>>{res}{suf}{u}"
        if s.ceil is not None:
            cu = (' ' + s.ceil.unit) if s.ceil.unit else ''
            cp = '$' if s.ceil.k == 'money' else ''
            out += r_choice_gsm(s) + f"{cp}{self.pl(s.ceil)}{cu}"
        return out


def r_choice_gsm(s):
    return ", so that rounds up to "


def final_str(q):
    if q.k == 'money':
        return str(int(q.v)) if q.v.denominator == 1 else fixed(q.v, 2)
    return q.plain()


# ----------------------------------------------------------------- faults
KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op',
         'decimal_shift']


def wrong_cands(kind, rs, s):
    nd = len(rs.split('.')[1]) if '.' in rs else 0
    v = F(rs)

    def S(x):
        if x <= 0 or not term(x, nd):
            return None
        return fixed(x, nd)
    digs = rs.replace('.', '')
    ip = len(rs.split('.')[0])

    def fd(d):
        if not d or int(d) == 0:
            return None
        return S(F(int(d), 10 ** nd))
    c = []
    if kind == 'off_by_one':
        c = [S(v + 1), S(v - 1)]
    elif kind == 'off_by_ten':
        c = [S(v + 10), S(v - 10)]
    elif kind == 'decimal_shift':
        c = [S(v * 10), S(v / 10)]
    elif kind == 'swap_digits':
        for i in range(len(digs) - 1):
            if digs[i] != digs[i + 1] and not (i == 0 and '0' in (digs[0], digs[1])):
                c.append(fd(digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:]))
    elif kind == 'drop_digit':
        pos = [i for i in range(ip) if ip > 1] or list(range(len(digs)))
        for i in pos:
            if len(digs) > 1:
                c.append(fd(digs[:i] + digs[i + 1:]))
    elif kind == 'double_digit':
        pos = list(range(ip)) + list(range(ip, len(digs)))
        for i in pos:
            nd_ = digs[:i] + digs[i] + digs[i:]
            x = fd(nd_)
            if x is not None and x.replace('.', '') == nd_:
                c.append(x)
    elif kind == 'wrong_op':
        if all(q.k == 'pct' for q in leaves(s.expr)):
            return []
        for path in op_paths(s.expr):
            o = get_node(s.expr, path)[0]
            for alt in '+-*/':
                if alt == o:
                    continue
                try:
                    val = ev(replace_op(s.expr, path, alt))
                except Bad:
                    continue
                if val <= 0:
                    continue
                if s.res.k == 'pct':
                    val *= 100
                c.append(S(rhu(val, nd)))
    out = []
    for x in c:
        if x is not None and x != rs and x not in out:
            out.append(x)
    return out


def pick_fault(r, steps, kind_order, st, carry_deps, render):
    """Return (idx, kind, right_str, wrong_str, wrong_Q) or raise Bad."""
    cands = [s for s in steps if s.ceil is None and (carry_deps is None or s.idx in carry_deps)]
    r.shuffle(cands)
    for kind in kind_order:
        for s in cands:
            rs = render.pl(s.res)
            ws_list = wrong_cands(kind, rs, s)
            r.shuffle(ws_list)
            for ws in ws_list:
                nd = len(ws.split('.')[1]) if '.' in ws else 0
                B = s.exact * 100 if s.res.k == 'pct' else s.exact
                if abs(F(ws) - B) <= F(1, 2) / 10 ** nd:
                    continue
                if abs(F(ws) - F(rs)) <= F(1, 2) / 10 ** nd:
                    continue
                if st['strip'] and '.' in ws and ws.endswith('0'):
                    continue
                wv = F(ws) / 100 if s.res.k == 'pct' else F(ws)
                wq = Q(wv, s.res.k, nd, s.res.unit)
                if render.pl(wq) != ws:
                    continue
                yield s.idx, kind, rs, ws, wq


# -------------------------------------------------------------------- main
def build_problem(tname, tf, j, style, counters):
    for attempt in range(200):
        r = random.Random(f"eval113|{tname}|{j}|{attempt}")
        try:
            prob, givens, ans, solve = tf(r)
            c = Calc()
            fq = solve(c)
            steps = c.steps
            if not 2 <= len(steps) <= 7:
                raise Bad('len')
            st = mkstyle(style, random.Random(f"style|{tname}|{j}|{attempt}"))
            seed = f"render|{tname}|{j}|{attempt}"
            gold = final_str(fq)

            def render(steps_, fq_, check_):
                R = Render(st, seed)
                ctx = dict(steps=steps_, givens=givens, ans=ans, fq=fq_, final=final_str(fq_),
                           final_box=final_str(fq_), check=check_)
                return R.render(ctx)
            chk = auto_check(steps)
            Lc = render(steps, fq, chk)
            sol_c = '\n'.join(Lc.L)
            R0 = Render(st, seed)
            fr = random.Random(f"fault|{tname}|{j}|{attempt}")
            rows = [dict(pid=None, template=tname, style=style, problem=prob, variant='correct',
                         solution=sol_c, final=gold)]
            # ---- slip
            ko = KINDS[counters['slip'] % 7:] + KINDS[:counters['slip'] % 7]
            got = None
            for idx, kind, rs, ws, wq in pick_fault(fr, steps, ko, st, None, R0):
                s2 = [Step(**{k: getattr(s, k) for k in Step.__slots__}) for s in steps]
                s2[idx].res = wq
                Ls = render(s2, fq, chk)
                got = (Ls, idx, kind, rs, ws)
                break
            if got is None:
                raise Bad('no slip')
            Ls, idx, kind, rs, ws = got
            li = Ls.smap[idx]
            start = sum(len(x) + 1 for x in Ls.L[:li])
            rows.append(dict(pid=None, template=tname, style=style, problem=prob, variant='slip',
                             solution='\n'.join(Ls.L), final=gold, span=[start, start + len(Ls.L[li])],
                             wrong=ws, right=rs, step=idx + 1, kind=kind))
            # ---- carry
            ko = KINDS[counters['carry'] % 7:] + KINDS[:counters['carry'] % 7]
            got = None
            for idx, kind, rs, ws, wq in pick_fault(fr, steps, ko, st, fq.deps, R0):
                try:
                    c2 = Calc({idx: wq})
                    fq2 = solve(c2)
                except Bad:
                    continue
                if fq2.v == fq.v:
                    continue
                chk2 = auto_check(c2.steps)
                if (chk2 is None) != (chk is None):
                    continue
                Lk = render(c2.steps, fq2, chk2)
                li = Lk.smap[idx]
                if Lk.L[:li] != Lc.L[:li]:
                    continue
                got = (Lk, idx, kind, rs, ws)
                break
            if got is None:
                raise Bad('no carry')
            Lk, idx, kind, rs, ws = got
            li = Lk.smap[idx]
            start = sum(len(x) + 1 for x in Lk.L[:li])
            rows.append(dict(pid=None, template=tname, style=style, problem=prob, variant='carry',
                             solution='\n'.join(Lk.L), final=gold, span=[start, start + len(Lk.L[li])],
                             wrong=ws, right=rs, step=idx + 1, kind=kind))
            # ---- loop
            lr = random.Random(f"loop|{tname}|{j}|{attempt}")
            comp_lines = sorted(set(Lc.smap[s.idx] for s in steps))
            opts = []
            for cl in comp_lines:
                for u in (1, 2, 3):
                    s0 = cl - u + 1
                    if s0 < 0 or Lc.L[s0] == '':
                        continue
                    opts.append((cl, u))
            cl, u = lr.choice(opts)
            s0 = cl - u + 1
            head = '\n'.join(Lc.L[:cl + 1])
            unit = '\n'.join(Lc.L[s0:cl + 1])
            sepr = '\n\n' if s0 > 0 and Lc.L[s0 - 1] == '' else '\n'
            reps = lr.randrange(8, 31)
            sol = head + (sepr + unit) * (reps - 1)
            first = Lc.L[s0]
            fdig = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
            if lr.random() < 0.47 and fdig >= 3:
                k = lr.randrange(2, fdig + 1)
                part = first[:k]
                if part.strip() and part != first:
                    sol += sepr + part
            a = len(head) + len(sepr)
            rows.append(dict(pid=None, template=tname, style=style, problem=prob, variant='loop',
                             solution=sol, final=gold, span=[a, a + len(unit)], repeats=reps))
            counters['slip'] += 1
            counters['carry'] += 1
            return rows
        except Bad:
            continue
    raise RuntimeError(f"could not build {tname} {j}")


N_PER = 38


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    counters = {'slip': 0, 'carry': 0}
    out = []
    for ti, (tname, tf) in enumerate(TEMPLATES):
        for j in range(N_PER):
            style = STYLES[(j + ti * 5) % len(STYLES)]
            rows = build_problem(tname, tf, j, style, counters)
            pid = f"{tname}-{j:02d}"
            for row in rows:
                row['pid'] = pid
                out.append(row)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f"wrote {len(out)} rows ({len(out) // 4} problems) to {args.out}")


if __name__ == '__main__':
    main()
