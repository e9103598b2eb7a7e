#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions to sewing / knitting /
crafts word problems, with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: every random choice comes from random.Random seeded with strings.
"""
import argparse
import json
import math
import random
from fractions import Fraction as F

KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit',
         'double_digit', 'wrong_op', 'decimal_shift']
PER_TEMPLATE = 38


def RNG(*parts):
    return random.Random('|'.join(str(p) for p in parts))


# ---------------------------------------------------------------- numbers
def rhu(x, d):
    """Round half up (away from zero on ties) to d decimals."""
    if x < 0:
        return -rhu(-x, d)
    q = F(10) ** d
    n = x * q
    f = n.numerator // n.denominator
    if n - f >= F(1, 2):
        f += 1
    return F(f) / q


def fixed(x, d):
    n = rhu(x, d) * (10 ** d)
    n = n.numerator
    if n < 0:
        return '-' + fixed(F(-n, 10 ** d), d)
    s = str(n)
    if d:
        s = s.rjust(d + 1, '0')
        s = s[:-d] + '.' + s[-d:]
    return s


def trim(s):
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def ndec(s):
    return len(s.split('.')[1]) if '.' in s else 0


def terminating(x):
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def exact_str(x):
    for d in range(0, 12):
        if (x * 10 ** d).denominator == 1:
            return fixed(x, d)
    raise ValueError(x)


def money_text(s):
    return '$' + s


# ---------------------------------------------------------------- expressions
PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


class Lf:
    def __init__(self, s, money=False, pct=False):
        self.s, self.money, self.pct = s, money, pct
        self.v = F(s) / 100 if pct else F(s)


class Rf:
    def __init__(self, sid):
        self.sid = sid


class Op:
    def __init__(self, op, a, b, inner=False):
        self.op, self.a, self.b, self.inner = op, a, b, inner


def N(s):
    return Lf(str(s))


def M(s):
    return Lf(str(s), money=True)


def P(s):
    return Lf(str(s), pct=True)


def mul(a, b):
    return Op('*', a, b)


def div(a, b):
    return Op('/', a, b)


def add(a, b):
    return Op('+', a, b)


def sub(a, b):
    return Op('-', a, b)


def ev(n, env):
    if isinstance(n, Lf):
        return n.v
    if isinstance(n, Rf):
        return env[n.sid]
    a, b = ev(n.a, env), ev(n.b, env)
    return {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else F(10 ** 9)}[n.op]


def has_inner(n):
    return isinstance(n, Op) and (n.inner or has_inner(n.a) or has_inner(n.b))


def reduce_inner(n, env):
    if isinstance(n, Op):
        if n.inner:
            return Lf(exact_str(ev(n, env)))
        return Op(n.op, reduce_inner(n.a, env), reduce_inner(n.b, env))
    return n


# ---------------------------------------------------------------- steps / templates
class Step:
    def __init__(self, kind, sid, expr=None, label='', why='', unit=None, dec=0,
                 money=False, src=None, reason=''):
        self.kind, self.sid, self.expr = kind, sid, expr
        self.label, self.why, self.unit, self.dec = label, why, unit, dec
        self.money, self.src, self.reason = money, src, reason


def calc(sid, expr, label, why, unit=None, dec=None, money=False):
    return Step('calc', sid, expr, label, why, unit, dec, money)


def ceil_(sid, src, label, reason, unit, down=False):
    return Step('floor' if down else 'ceil', sid, None, label, '', unit, 0, False, src, reason)


def check(expr, money=False):
    return Step('check', 'check', expr, 'Check', 'check the result', None, 6, money)


def U(a, b):
    return (a, b)


class Tmpl:
    def __init__(self, problem, steps, final, answer, givens):
        self.problem, self.steps, self.final = problem, steps, final
        self.answer, self.givens = answer, givens


PEOPLE = [('Maya', 'she'), ('Priya', 'she'), ('Elena', 'she'), ('Grace', 'she'), ('Rosa', 'she'),
          ('Hannah', 'she'), ('Aiko', 'she'), ('Fatima', 'she'), ('Lucy', 'she'), ('Nora', 'she'),
          ('Tessa', 'she'), ('Carmen', 'she'), ('June', 'she'), ('Mei', 'she'), ('Ruth', 'she'),
          ('Marcus', 'he'), ('Theo', 'he'), ('Jonah', 'he'), ('Omar', 'he'), ('Leo', 'he'),
          ('Mr. Alvarez', 'he'), ('Mrs. Chen', 'she'), ('Grandma Jo', 'she'), ('Dev', 'he')]


def who(rng):
    name, p = rng.choice(PEOPLE)
    return dict(name=name, p=p, P=p.capitalize(), pos='her' if p == 'she' else 'his',
                Pos='Her' if p == 'she' else 'His')


def fm(s):
    """money for problem text"""
    return '$' + s


# Each template: (name, function(rng, phrasing) -> Tmpl)
def t_fabric_strips(rng, ph):
    w = who(rng)
    while True:
        n = rng.randint(3, 12)
        L = rng.choice([14, 15, 16, 20, 22, 25, 27, 30, 32])
        if (n * L) % 36:
            break
    p = rng.choice(['4.99', '5.50', '6.25', '7.99', '8.50', '9.75', '10.99', '12.00'])
    thing = rng.choice(['table runners', 'headbands', 'pot holders', 'bunting flags',
                        'tote bag straps', 'book covers', 'hair scrunchies'])
    probs = [
        f"{w['name']} is sewing {n} {thing}. Each one needs a strip of fabric {L} inches long. "
        f"The fabric costs {fm(p)} per yard, and the shop only sells whole yards. "
        f"How much will {w['name']} spend on the fabric?",
        f"For a craft sale, {w['name']} needs {n} strips of fabric that are each {L} inches long to make {thing}. "
        f"Fabric is sold only by the whole yard at {fm(p)} a yard. How much does the fabric cost?",
        f"{w['name']} wants to make {n} {thing}, and each requires {L} inches of fabric. "
        f"If fabric costs {fm(p)} per yard (36 inches in a yard) and must be bought in whole yards, "
        f"how many dollars will {w['p']} spend?",
    ]
    steps = [
        calc('inch', mul(N(n), N(L)), 'Total length', 'find the total length of fabric needed',
             U('inch', 'inches')),
        calc('yd', div(Rf('inch'), N(36)), 'Yards needed', 'convert the inches to yards by dividing by 36',
             U('yard', 'yards'), dec=2),
        ceil_('buy', 'yd', 'Yards to buy', 'the shop only sells whole yards', U('yard', 'yards')),
        calc('cost', mul(Rf('buy'), M(p)), 'Cost of fabric', 'multiply the yards bought by the price per yard',
             money=True),
    ]
    return Tmpl(probs[ph], steps, 'cost', w['name'] + ' will spend {ans} on fabric.',
                [f"{n} strips, each {L} inches long", f"fabric costs {fm(p)} per yard",
                 "only whole yards are sold"])


def t_quilt_squares(rng, ph):
    w = who(rng)
    s = rng.choice([4, 5, 6, 8, 10])
    while True:
        a, d = rng.randint(6, 12), rng.randint(7, 14)
        k = rng.choice([4, 6, 8, 9, 12, 16])
        if (a * d) % k:
            break
    W, H = s * a, s * d
    p = rng.choice(['2.50', '3.25', '3.99', '4.50', '5.00', '2.75'])
    probs = [
        f"{w['name']} is making a quilt top that is {W} inches wide and {H} inches long out of {s}-inch finished squares. "
        f"Each fat quarter of fabric yields {k} squares, and fat quarters cost {fm(p)} each. "
        f"How much will {w['p']} spend on fat quarters?",
        f"A quilt measures {W} inches across and {H} inches down. It is pieced entirely from {s}-inch squares. "
        f"One fat quarter gives {k} squares and costs {fm(p)}. What is the total cost of the fat quarters needed?",
        f"{w['name']} plans a {W}-by-{H}-inch quilt made of {s}-inch squares. If every fat quarter can be cut into "
        f"{k} squares and each fat quarter is {fm(p)}, how much does the fabric for the squares cost?",
    ]
    steps = [
        calc('across', div(N(W), N(s)), 'Squares across', 'find how many squares fit across the width',
             U('square', 'squares')),
        calc('down', div(N(H), N(s)), 'Squares down', 'find how many squares fit down the length',
             U('square', 'squares')),
        calc('total', mul(Rf('across'), Rf('down')), 'Total squares', 'multiply to get the total number of squares',
             U('square', 'squares')),
        calc('fq', div(Rf('total'), N(k)), 'Fat quarters needed', 'divide by the squares per fat quarter',
             U('fat quarter', 'fat quarters'), dec=2),
        ceil_('fqb', 'fq', 'Fat quarters to buy', 'you can only buy whole fat quarters',
              U('fat quarter', 'fat quarters')),
        calc('cost', mul(Rf('fqb'), M(p)), 'Cost', 'find the cost of the fat quarters', money=True),
    ]
    return Tmpl(probs[ph], steps, 'cost', 'The fat quarters cost {ans} in total.',
                [f"quilt top {W} in × {H} in", f"{s}-inch squares", f"{k} squares per fat quarter",
                 f"{fm(p)} per fat quarter"])


def t_binding(rng, ph):
    w = who(rng)
    while True:
        L = rng.randrange(40, 92, 2)
        Wd = rng.randrange(36, 82, 2)
        e = rng.choice([10, 12, 15, 18, 20])
        if (2 * (L + Wd) + e) % 36:
            break
    p = rng.choice(['3.50', '4.25', '5.99', '6.50', '7.00', '4.75'])
    probs = [
        f"{w['name']}'s quilt measures {L} inches by {Wd} inches. {w['P']} wants to sew binding all the way around "
        f"the edge and adds {e} extra inches for joining the ends. Binding fabric costs {fm(p)} per yard and is sold "
        f"only in whole yards. How much will the binding fabric cost?",
        f"A rectangular quilt is {L} in long and {Wd} in wide. Binding goes around the whole perimeter plus {e} "
        f"inches extra for the corners and the join. If binding is {fm(p)} a yard and must be bought by the whole "
        f"yard, what does it cost?",
        f"To finish a {L}-by-{Wd}-inch quilt, {w['name']} needs binding for the perimeter plus another {e} inches. "
        f"The store sells binding only in full yards at {fm(p)} per yard. What will {w['p']} pay?",
    ]
    steps = [
        calc('per', mul(N(2), Op('+', N(L), N(Wd), inner=True)), 'Perimeter',
             'find the perimeter of the quilt', U('inch', 'inches')),
        calc('tot', add(Rf('per'), N(e)), 'Binding length', 'add the extra inches for joining',
             U('inch', 'inches')),
        calc('yd', div(Rf('tot'), N(36)), 'Yards needed', 'convert inches to yards', U('yard', 'yards'), dec=2),
        ceil_('buy', 'yd', 'Yards to buy', 'binding is sold only in whole yards', U('yard', 'yards')),
        calc('cost', mul(Rf('buy'), M(p)), 'Cost', 'multiply by the price per yard', money=True),
    ]
    return Tmpl(probs[ph], steps, 'cost', 'The binding fabric will cost {ans}.',
                [f"quilt {L} in by {Wd} in", f"{e} extra inches", f"{fm(p)} per yard, whole yards only"])


def t_skeins_coupon(rng, ph):
    w = who(rng)
    while True:
        Y = rng.randrange(850, 1850, 50)
        y = rng.choice([150, 180, 200, 210, 220, 250])
        if Y % y:
            break
    p = rng.choice(['4.99', '5.49', '6.99', '7.50', '8.25', '9.99'])
    pct = rng.choice(['10', '15', '20', '25', '30', '40'])
    item = rng.choice(['sweater', 'cardigan', 'shawl', 'baby blanket', 'poncho'])
    probs = [
        f"A {item} pattern calls for {Y} yards of yarn. Each skein holds {y} yards and costs {fm(p)}. "
        f"{w['name']} has a {pct}% off coupon for the whole purchase. How much will {w['p']} pay for the yarn?",
        f"{w['name']} is knitting a {item} that needs {Y} yards of yarn. The yarn comes in {y}-yard skeins priced at "
        f"{fm(p)} each, and {w['p']} can only buy whole skeins. With a {pct}% coupon, what is the total cost?",
        f"Yarn for a {item} must total {Y} yards. Skeins are {y} yards each at {fm(p)} per skein. "
        f"If the store takes {pct}% off the purchase, how much does {w['name']} spend?",
    ]
    steps = [
        calc('sk', div(N(Y), N(y)), 'Skeins needed', 'divide the yardage needed by the yards per skein',
             U('skein', 'skeins'), dec=2),
        ceil_('skb', 'sk', 'Skeins to buy', 'only whole skeins can be bought', U('skein', 'skeins')),
        calc('subt', mul(Rf('skb'), M(p)), 'Cost before coupon', 'find the cost before the coupon', money=True),
        calc('disc', mul(Rf('subt'), P(pct)), 'Coupon discount', 'find the coupon discount', money=True),
        calc('tot', sub(Rf('subt'), Rf('disc')), 'Total after coupon', 'subtract the discount', money=True),
        check(add(Rf('tot'), Rf('disc')), money=True),
    ]
    return Tmpl(probs[ph], steps, 'tot', w['name'] + ' will pay {ans} for the yarn.',
                [f"{Y} yards needed", f"{y} yards per skein at {fm(p)}", f"{pct}% off coupon"])


def t_yarn_grams(rng, ph):
    w = who(rng)
    while True:
        g = rng.choice([50, 100])
        y = rng.choice([75, 100, 110, 125, 150] if g == 50 else [150, 200, 220, 250, 280])
        G = rng.randrange(150, 610, 10)
        h = rng.choice([90, 110, 120, 150, 160, 180, 200])
        tot = G * F(y, g)
        if tot % h and tot >= 2 * h:
            break
    thing = rng.choice(['hats', 'pairs of mittens', 'cowls', 'dishcloths'])
    probs = [
        f"A ball of yarn weighs {g} grams and contains {y} yards. {w['name']} has {G} grams of this yarn left over. "
        f"Each of {w['pos']} {thing} takes {h} yards. After making as many {thing} as possible, how many yards of yarn "
        f"are left?",
        f"{w['name']}'s yarn label says {y} yards per {g} grams. {w['P']} weighs {w['pos']} leftovers at {G} grams. "
        f"If one of {w['pos']} {thing} uses {h} yards, how many yards will remain after {w['p']} makes as many as "
        f"{w['p']} can?",
        f"Yarn with {y} yards in every {g} g is used for {thing} that need {h} yards each. With {G} g of yarn, "
        f"how many yards are left over once the greatest possible number of {thing} is made?",
    ]
    steps = [
        calc('ypg', div(N(y), N(g)), 'Yards per gram', 'find the yards in each gram', U('yard', 'yards')),
        calc('tot', mul(N(G), Rf('ypg')), 'Total yards', 'find the total yardage of the leftovers',
             U('yard', 'yards')),
        calc('raw', div(Rf('tot'), N(h)), 'Items possible', 'divide by the yards per item',
             U('item', 'items'), dec=2),
        ceil_('made', 'raw', 'Items made', 'only complete items count', U('item', 'items'), down=True),
        calc('used', mul(Rf('made'), N(h)), 'Yards used', 'find the yards used', U('yard', 'yards')),
        calc('left', sub(Rf('tot'), Rf('used')), 'Yards left', 'subtract to find the leftover yarn',
             U('yard', 'yards')),
        check(add(Rf('used'), Rf('left'))),
    ]
    return Tmpl(probs[ph], steps, 'left', 'There will be {ans} of yarn left over.',
                [f"{y} yards per {g} grams", f"{G} grams on hand", f"{h} yards per item"])


def t_beads(rng, ph):
    w = who(rng)
    while True:
        Rr = rng.randint(3, 8)
        b = rng.randint(12, 30)
        n = rng.randint(4, 15)
        pk = rng.choice([100, 150, 200, 250, 500])
        if (Rr * b * n) % pk and Rr * b * n > pk:
            break
    c = rng.choice(['2.99', '3.49', '4.25', '5.00', '6.75'])
    thing = rng.choice(['bracelets', 'bookmarks', 'key chains', 'anklets'])
    probs = [
        f"Each of {w['name']}'s beaded {thing} has {Rr} rows with {b} beads in each row. {w['P']} is making {n} "
        f"{thing}. Beads come in packs of {pk} for {fm(c)} a pack. How much will the beads cost?",
        f"A beaded {thing[:-1]} pattern uses {Rr} rows of {b} beads. {w['name']} wants to make {n} of them. "
        f"If beads are sold in packs of {pk} at {fm(c)} per pack, what will {w['p']} spend on beads?",
        f"{w['name']} makes {n} {thing} for a craft fair. Every one has {b} beads per row and {Rr} rows. "
        f"Packs hold {pk} beads and cost {fm(c)}. How much money does {w['p']} spend on bead packs?",
    ]
    steps = [
        calc('per', mul(N(Rr), N(b)), 'Beads per item', 'find the beads in one item', U('bead', 'beads')),
        calc('all', mul(Rf('per'), N(n)), 'Total beads', 'multiply by the number of items', U('bead', 'beads')),
        calc('pk', div(Rf('all'), N(pk)), 'Packs needed', 'divide by the beads in a pack', U('pack', 'packs'),
             dec=2),
        ceil_('pkb', 'pk', 'Packs to buy', 'beads come only in full packs', U('pack', 'packs')),
        calc('cost', mul(Rf('pkb'), M(c)), 'Cost of beads', 'multiply by the price per pack', money=True),
    ]
    return Tmpl(probs[ph], steps, 'cost', 'The beads will cost {ans}.',
                [f"{Rr} rows of {b} beads per item", f"{n} items", f"packs of {pk} at {fm(c)}"])


def t_stitches(rng, ph):
    w = who(rng)
    s = rng.choice(['4', '5', '6', '7', '4.5', '5.5'])
    wd = rng.randrange(6, 16, 2) if '.' in s else rng.randint(6, 15)
    e = rng.choice([2, 3, 4, 5])
    r = rng.randint(120, 420)
    item = rng.choice(['scarf', 'table runner', 'shawl', 'baby blanket strip'])
    probs = [
        f"{w['name']}'s {item} pattern has a gauge of {s} stitches per inch. The {item} is {wd} inches wide, "
        f"plus {e} edge stitches on each side. It has {r} rows. How many stitches will {w['p']} knit in all?",
        f"A knitted {item} is worked at {s} stitches per inch and is {wd} inches across. The pattern adds {e} "
        f"border stitches at each edge of every row. If there are {r} rows, how many stitches are knitted in total?",
        f"{w['name']} casts on for a {wd}-inch-wide {item} at {s} stitches per inch, then adds {e} extra stitches "
        f"on both sides for a border. After {r} rows, how many stitches has {w['p']} knitted?",
    ]
    steps = [
        calc('body', mul(N(s), N(wd)), 'Body stitches per row', 'find the stitches across the width',
             U('stitch', 'stitches')),
        calc('row', add(Rf('body'), mul(N(2), N(e))), 'Stitches per row', 'add the edge stitches on both sides',
             U('stitch', 'stitches')),
        calc('tot', mul(Rf('row'), N(r)), 'Total stitches', 'multiply by the number of rows',
             U('stitch', 'stitches')),
    ]
    return Tmpl(probs[ph], steps, 'tot', w['name'] + ' will knit {ans} in all.',
                [f"{s} stitches per inch", f"{wd} inches wide", f"{e} edge stitches per side", f"{r} rows"])


def t_fabric_tax(rng, ph):
    w = who(rng)
    p = rng.choice(['7.99', '8.49', '9.99', '11.50', '12.99', '14.25'])
    y = rng.choice(['1.5', '2', '2.25', '2.5', '2.75', '3', '3.5', '4.25'])
    pct = rng.choice(['20', '25', '30', '40', '50'])
    t = rng.choice(['5', '6', '6.5', '7', '8', '8.25'])
    kind = rng.choice(['flannel', 'quilting cotton', 'linen', 'fleece', 'canvas'])
    probs = [
        f"{kind.capitalize()} costs {fm(p)} per yard. {w['name']} buys {y} yards and uses a {pct}% off coupon. "
        f"Sales tax of {t}% is added after the coupon. What is {w['pos']} total?",
        f"{w['name']} needs {y} yards of {kind} priced at {fm(p)} a yard. The store gives {pct}% off with a coupon, "
        f"and then charges {t}% sales tax. How much does {w['p']} pay in total? Round money to the nearest cent.",
        f"At the fabric store, {kind} is {fm(p)}/yard. If {w['name']} has {y} yards cut, applies a {pct}% coupon, "
        f"and pays {t}% tax on the discounted price, what does the purchase come to?",
    ]
    steps = [
        calc('subt', mul(N(y), M(p)), 'Price before coupon', 'find the price of the fabric', money=True),
        calc('disc', mul(Rf('subt'), P(pct)), 'Coupon savings', 'find the coupon discount', money=True),
        calc('after', sub(Rf('subt'), Rf('disc')), 'Price after coupon', 'subtract the discount', money=True),
        calc('tax', mul(Rf('after'), P(t)), 'Sales tax', 'find the sales tax', money=True),
        calc('tot', add(Rf('after'), Rf('tax')), 'Total', 'add the tax', money=True),
    ]
    return Tmpl(probs[ph], steps, 'tot', 'The total comes to {ans}.',
                [f"{y} yards at {fm(p)} per yard", f"{pct}% coupon", f"{t}% sales tax"])


def t_seam(rng, ph):
    w = who(rng)
    while True:
        f = rng.choice(['2.5', '3', '3.5', '4', '4.5', '5', '5.5', '6'])
        a = rng.choice(['0.25', '0.5'])
        Wf = rng.choice([40, 42, 44])
        cut = F(f) + 2 * F(a)
        per = math.floor(Wf / cut)
        Nn = rng.randint(20, 120)
        if (Wf / cut).denominator != 1 and (F(Nn) / per).denominator != 1 and Nn > per:
            break
    af = {'0.25': '1/4', '0.5': '1/2'}[a]
    probs = [
        f"{w['name']} wants {Nn} finished squares that are {f} inches on each side. {w['P']} adds a {af}-inch seam "
        f"allowance on every side. The squares are cut from strips across fabric that is {Wf} inches wide. "
        f"How many inches of fabric length does {w['p']} need for the strips?",
        f"A quilt block uses {f}-inch finished squares, and a seam allowance of {a} inch is added on each side. "
        f"Strips are cut the width of the fabric ({Wf} inches) and each strip is as tall as one cut square. "
        f"To get {Nn} squares, how many inches of fabric (along the length) are needed?",
        f"For {Nn} squares that finish at {f} inches, {w['name']} cuts each square with {a} inch of seam allowance on "
        f"all four sides. {w['P']} cuts strips across {Wf}-inch-wide fabric. How many inches of yardage go into the "
        f"strips?",
    ]
    steps = [
        calc('cut', add(N(f), mul(N(2), N(a))), 'Cut size', 'add the seam allowance to both sides',
             U('inch', 'inches')),
        calc('raw', div(N(Wf), Rf('cut')), 'Squares per strip', 'divide the fabric width by the cut size',
             U('square', 'squares'), dec=2),
        ceil_('per', 'raw', 'Whole squares per strip', 'only whole squares can be cut', U('square', 'squares'),
              down=True),
        calc('sraw', div(N(Nn), Rf('per')), 'Strips needed', 'divide the squares needed by squares per strip',
             U('strip', 'strips'), dec=2),
        ceil_('strips', 'sraw', 'Strips to cut', 'a partial strip still has to be cut', U('strip', 'strips')),
        calc('len', mul(Rf('strips'), Rf('cut')), 'Fabric length', 'multiply strips by the strip height',
             U('inch', 'inches')),
    ]
    return Tmpl(probs[ph], steps, 'len', w['name'] + ' needs {ans} of fabric for the strips.',
                [f"{Nn} squares finishing at {f} inches", f"{a}-inch seam allowance per side",
                 f"fabric {Wf} inches wide"])


def t_fair_profit(rng, ph):
    w = who(rng)
    while True:
        n1 = rng.randint(5, 30)
        p1 = rng.choice(['4', '5', '6', '8', '10', '12', '7.50', '12.50'])
        n2 = rng.randint(3, 20)
        p2 = rng.choice(['15', '18', '20', '22', '25', '30', '35'])
        fee = rng.choice(['25', '30', '40', '45', '50', '60', '75'])
        mt = str(rng.randint(20, 150))
        rev = n1 * F(p1) + n2 * F(p2)
        if rev - F(fee) - F(mt) > 20:
            break
    i1, i2 = rng.sample(['knitted hats', 'crocheted coasters', 'tote bags', 'quilted pot holders',
                         'beaded bookmarks', 'felt ornaments', 'embroidered patches'], 2)
    probs = [
        f"At a craft fair, {w['name']} sold {n1} {i1} for {fm(p1)} each and {n2} {i2} for {fm(p2)} each. "
        f"{w['Pos']} booth cost {fm(fee)} and {w['pos']} materials cost {fm(mt)}. What was {w['pos']} profit?",
        f"{w['name']} rented a {fm(fee)} booth at the holiday craft fair and spent {fm(mt)} on supplies. "
        f"{w['P']} sold {n1} {i1} at {fm(p1)} apiece and {n2} {i2} at {fm(p2)} apiece. How much profit did {w['p']} make?",
        f"Selling {i1} at {fm(p1)} and {i2} at {fm(p2)}, {w['name']} sold {n1} and {n2} of them respectively. "
        f"Costs were a {fm(fee)} booth fee and {fm(mt)} of materials. Find the profit.",
    ]
    steps = [
        calc('r1', mul(N(n1), M(p1)), 'Sales of ' + i1, 'find the money from the ' + i1, money=True),
        calc('r2', mul(N(n2), M(p2)), 'Sales of ' + i2, 'find the money from the ' + i2, money=True),
        calc('rev', add(Rf('r1'), Rf('r2')), 'Total sales', 'add the sales together', money=True),
        calc('cost', add(M(fee), M(mt)), 'Total costs', 'add the booth fee and materials', money=True),
        calc('prof', sub(Rf('rev'), Rf('cost')), 'Profit', 'subtract costs from sales', money=True),
        check(add(Rf('prof'), Rf('cost')), money=True),
    ]
    return Tmpl(probs[ph], steps, 'prof', w['Pos'] + ' profit was {ans}.',
                [f"{n1} {i1} at {fm(p1)}", f"{n2} {i2} at {fm(p2)}", f"booth {fm(fee)}, materials {fm(mt)}"])


def t_breakeven(rng, ph):
    w = who(rng)
    while True:
        Fe = rng.choice(['40', '45', '50', '60', '75', '80', '100', '120'])
        c = rng.choice(['1.25', '2', '2.50', '3.75', '4', '5.50'])
        d = rng.choice(['3', '4.50', '5', '6', '7.25', '8'])
        p = exact_str(F(c) + F(d))
        if '.' in p:
            p = fixed(F(p), 2)
        if (F(Fe) / F(d)).denominator != 1:
            break
    item = rng.choice(['crocheted keychain', 'knitted headband', 'fabric coaster set', 'beaded bracelet',
                       'quilted mug rug'])
    probs = [
        f"{w['name']} pays a {fm(Fe)} booth fee at a craft fair. Each {item} costs {fm(c)} in materials and sells for "
        f"{fm(p)}. How many must {w['p']} sell to at least cover the booth fee?",
        f"The craft fair charges {fm(Fe)} for a table. {w['name']} sells each {item} for {fm(p)}, and materials for one "
        f"cost {fm(c)}. What is the smallest number {w['p']} must sell so the profit covers the table fee?",
        f"A {item} sells for {fm(p)} and costs {fm(c)} to make. If the booth costs {fm(Fe)}, how many does "
        f"{w['name']} need to sell to break even?",
    ]
    steps = [
        calc('ppi', sub(M(p), M(c)), 'Profit per item', 'find the profit on each item', money=True),
        calc('raw', div(M(Fe), Rf('ppi')), 'Items to cover the fee', 'divide the fee by the profit per item',
             U('item', 'items'), dec=2),
        ceil_('need', 'raw', 'Items to sell', 'a partial sale is not possible', U('item', 'items')),
    ]
    return Tmpl(probs[ph], steps, 'need', w['name'] + ' must sell {ans} to cover the fee.',
                [f"booth fee {fm(Fe)}", f"sells for {fm(p)}", f"materials {fm(c)} each"])


def t_ribbon(rng, ph):
    w = who(rng)
    while True:
        Y = rng.choice(['2', '2.5', '3', '3.5', '4', '4.5', '5', '6'])
        L = rng.choice([7, 8, 9, 10, 11, 13, 14, 16])
        inch = F(Y) * 36
        if inch % L:
            break
    probs = [
        f"{w['name']} has {Y} yards of ribbon. {w['P']} cuts it into pieces {L} inches long to tie bows. "
        f"How many inches of ribbon are left over after cutting as many pieces as possible?",
        f"A spool holds {Y} yards of satin ribbon. If {w['name']} cuts as many {L}-inch pieces as {w['p']} can, "
        f"how many inches will be left on the spool?",
        f"For gift bows, {w['name']} cuts {Y} yards of ribbon into {L}-inch lengths. How many inches of ribbon remain "
        f"once no more full pieces can be cut?",
    ]
    steps = [
        calc('inch', mul(N(Y), N(36)), 'Ribbon in inches', 'convert yards to inches', U('inch', 'inches')),
        calc('raw', div(Rf('inch'), N(L)), 'Pieces possible', 'divide by the length of a piece',
             U('piece', 'pieces'), dec=2),
        ceil_('pcs', 'raw', 'Full pieces', 'only full pieces count', U('piece', 'pieces'), down=True),
        calc('used', mul(Rf('pcs'), N(L)), 'Ribbon used', 'find the ribbon used', U('inch', 'inches')),
        calc('left', sub(Rf('inch'), Rf('used')), 'Ribbon left', 'subtract to find what is left',
             U('inch', 'inches')),
        check(add(Rf('used'), Rf('left'))),
    ]
    return Tmpl(probs[ph], steps, 'left', 'There will be {ans} of ribbon left over.',
                [f"{Y} yards of ribbon", f"pieces {L} inches long"])


def t_leftover(rng, ph):
    w = who(rng)
    while True:
        Y = rng.choice(['3', '3.5', '4', '4.5', '5', '5.25'])
        k = rng.randint(3, 8)
        a = rng.randint(10, 24)
        tot = F(Y) * 36
        if tot - k * a > 6 and (tot - k * a) % 36:
            break
    thing = rng.choice(['pillow covers', 'zipper pouches', 'aprons for kids', 'napkins', 'doll dresses'])
    probs = [
        f"{w['name']} bought {Y} yards of fabric. {w['P']} made {k} {thing}, each using {a} inches of the fabric's "
        f"length. How many yards of fabric are left? Round to the nearest hundredth.",
        f"From a {Y}-yard cut of fabric, {w['name']} sews {k} {thing} that use {a} inches of length apiece. "
        f"How much fabric, in yards, remains (to two decimal places)?",
        f"A {Y}-yard piece of fabric is used for {k} {thing}. If each one takes {a} inches, how many yards are left "
        f"over? Give the answer to the nearest hundredth of a yard.",
    ]
    steps = [
        calc('tot', mul(N(Y), N(36)), 'Fabric in inches', 'convert the fabric to inches', U('inch', 'inches')),
        calc('used', mul(N(k), N(a)), 'Fabric used', 'find the inches used', U('inch', 'inches')),
        calc('left', sub(Rf('tot'), Rf('used')), 'Inches left', 'subtract the inches used', U('inch', 'inches')),
        calc('yd', div(Rf('left'), N(36)), 'Yards left', 'convert back to yards', U('yard', 'yards'), dec=2),
    ]
    return Tmpl(probs[ph], steps, 'yd', 'About {ans} of fabric are left.',
                [f"{Y} yards bought", f"{k} {thing}", f"{a} inches each"])


def t_knit_time(rng, ph):
    w = who(rng)
    while True:
        Rw = rng.randint(80, 240)
        s = rng.choice([60, 72, 80, 90, 96, 100, 120, 150])
        k = rng.choice([20, 24, 25, 30, 32, 40])
        mins = F(Rw * s, k)
        if mins > 120 and (mins / 60).denominator != 1:
            break
    item = rng.choice(['blanket', 'shawl', 'sweater body', 'throw'])
    probs = [
        f"A {item} pattern has {Rw} rows with {s} stitches in each row. {w['name']} knits {k} stitches per minute. "
        f"How many hours will it take {w['name']} to knit the {item}? Round to the nearest tenth.",
        f"{w['name']} is knitting a {item} of {Rw} rows, {s} stitches per row. At {k} stitches a minute, about how many "
        f"hours of knitting is that (to the nearest tenth)?",
        f"Knitting at a steady {k} stitches per minute, how many hours does {w['name']} need for a {item} that has "
        f"{Rw} rows of {s} stitches? Give your answer to one decimal place.",
    ]
    steps = [
        calc('st', mul(N(Rw), N(s)), 'Total stitches', 'find the total number of stitches',
             U('stitch', 'stitches')),
        calc('min', div(Rf('st'), N(k)), 'Minutes', 'divide by the stitches per minute',
             U('minute', 'minutes'), dec=1),
        calc('hr', div(Rf('min'), N(60)), 'Hours', 'convert minutes to hours', U('hour', 'hours'), dec=1),
    ]
    return Tmpl(probs[ph], steps, 'hr', 'It will take about {ans}.',
                [f"{Rw} rows of {s} stitches", f"{k} stitches per minute"])


def t_floss(rng, ph):
    w = who(rng)
    while True:
        S = rng.randrange(400, 3050, 50)
        x = rng.choice(['1.5', '2', '2.5', '3'])
        if (S * F(x)) % 288:
            break
    c = rng.choice(['0.59', '0.65', '0.79', '0.99', '1.25'])
    probs = [
        f"A cross-stitch pattern has {S} stitches, and each stitch uses {x} inches of floss. A skein of floss holds "
        f"8 yards and costs {fm(c)}. How much will {w['name']} spend on floss?",
        f"{w['name']} estimates {x} inches of embroidery floss per stitch for a {S}-stitch design. Floss comes in "
        f"8-yard skeins at {fm(c)} each. What is the cost of the floss?",
        f"Each of the {S} stitches in {w['name']}'s sampler takes {x} inches of thread. Skeins are 8 yards long and "
        f"sell for {fm(c)}. How much does the thread cost if {w['p']} buys whole skeins?",
    ]
    steps = [
        calc('inch', mul(N(S), N(x)), 'Floss needed', 'find the total floss in inches', U('inch', 'inches')),
        calc('sk_in', mul(N(8), N(36)), 'Inches per skein', 'convert a skein to inches', U('inch', 'inches')),
        calc('raw', div(Rf('inch'), Rf('sk_in')), 'Skeins needed', 'divide by the inches in a skein',
             U('skein', 'skeins'), dec=2),
        ceil_('sk', 'raw', 'Skeins to buy', 'floss is sold by the whole skein', U('skein', 'skeins')),
        calc('cost', mul(Rf('sk'), M(c)), 'Cost of floss', 'multiply by the price per skein', money=True),
    ]
    return Tmpl(probs[ph], steps, 'cost', 'The floss will cost {ans}.',
                [f"{S} stitches", f"{x} inches per stitch", f"8-yard skeins at {fm(c)}"])


def t_backing(rng, ph):
    w = who(rng)
    while True:
        Wq = rng.randint(40, 80)
        Hq = rng.randint(50, 96)
        e = rng.choice([3, 4, 5, 6])
        fw = rng.choice([42, 44])
        bw, bh = Wq + 2 * e, Hq + 2 * e
        panels = math.ceil(F(bw, fw))
        if bw % fw and (panels * bh) % 36:
            break
    probs = [
        f"{w['name']}'s quilt top is {Wq} inches wide and {Hq} inches long. The backing must extend {e} inches beyond "
        f"the top on every side. Backing fabric is {fw} inches wide, so {w['p']} sews full-length panels side by side. "
        f"How many yards of backing fabric does {w['p']} need, to the nearest hundredth?",
        f"For a {Wq}-by-{Hq}-inch quilt (width by length), the backing should be {e} inches larger than the top on "
        f"each side. Using {fw}-inch-wide fabric in full-length panels, how many yards are needed? Round to two "
        f"decimal places.",
        f"A quilt top measures {Wq} in wide by {Hq} in long. {w['name']} adds {e} in of backing on all sides and "
        f"pieces the back from {fw}-inch-wide fabric, running each panel the full length. How many yards of fabric "
        f"is that (nearest hundredth)?",
    ]
    steps = [
        calc('bw', add(N(Wq), mul(N(2), N(e))), 'Backing width', 'add the extra on both sides of the width',
             U('inch', 'inches')),
        calc('bh', add(N(Hq), mul(N(2), N(e))), 'Backing length', 'add the extra on both ends of the length',
             U('inch', 'inches')),
        calc('praw', div(Rf('bw'), N(fw)), 'Panels needed', 'divide the backing width by the fabric width',
             U('panel', 'panels'), dec=2),
        ceil_('pan', 'praw', 'Panels to sew', 'a partial panel still needs a full length of fabric',
              U('panel', 'panels')),
        calc('inch', mul(Rf('pan'), Rf('bh')), 'Total length', 'multiply panels by the backing length',
             U('inch', 'inches')),
        calc('yd', div(Rf('inch'), N(36)), 'Yards of backing', 'convert to yards', U('yard', 'yards'), dec=2),
    ]
    return Tmpl(probs[ph], steps, 'yd', w['name'] + ' needs about {ans} of backing fabric.',
                [f"top {Wq} in × {Hq} in", f"{e} in extra per side", f"fabric {fw} in wide"])


def t_supplies(rng, ph):
    w = who(rng)
    n1 = rng.randint(2, 8)
    p1 = rng.choice(['3.99', '4.49', '5.25', '6.99'])
    n2 = rng.randint(2, 6)
    p2 = rng.choice(['1.29', '1.99', '2.49', '3.15'])
    p3 = rng.choice(['8.00', '9.50', '12.00', '14.99'])
    c = rng.choice(['5', '10', '15'])
    probs = [
        f"{w['name']} buys {n1} skeins of yarn at {fm(p1)} each, {n2} spools of thread at {fm(p2)} each, and a pattern "
        f"book for {fm(p3)}. {w['P']} uses a {fm(c)}-off coupon. How much does {w['p']} pay?",
        f"At the craft store, {w['name']} picks up {n1} skeins of yarn ({fm(p1)} each), {n2} spools of thread "
        f"({fm(p2)} each), and a {fm(p3)} pattern book. A coupon takes {fm(c)} off the order. What is the total?",
        f"Yarn is {fm(p1)} per skein and thread is {fm(p2)} per spool. {w['name']} gets {n1} skeins, {n2} spools, and "
        f"one pattern book for {fm(p3)}, then applies a {fm(c)} coupon. What does {w['p']} spend?",
    ]
    steps = [
        calc('a', mul(N(n1), M(p1)), 'Yarn', 'find the cost of the yarn', money=True),
        calc('b', mul(N(n2), M(p2)), 'Thread', 'find the cost of the thread', money=True),
        calc('sub', add(add(Rf('a'), Rf('b')), M(p3)), 'Subtotal', 'add everything up', money=True),
        calc('tot', sub(Rf('sub'), M(c)), 'Total after coupon', 'take off the coupon', money=True),
        check(add(Rf('tot'), M(c)), money=True),
    ]
    return Tmpl(probs[ph], steps, 'tot', w['name'] + ' pays {ans}.',
                [f"{n1} skeins at {fm(p1)}", f"{n2} spools at {fm(p2)}", f"pattern book {fm(p3)}",
                 f"{fm(c)} coupon"])


def t_bead_cents(rng, ph):
    w = who(rng)
    while True:
        ca = rng.choice(['3', '4', '5', '6', '7.5', '8'])
        na = rng.choice([40, 50, 60, 80, 100, 120])
        cb = rng.choice(['1.5', '2', '2.5', '3', '4'])
        nb = rng.choice([200, 250, 300, 400, 500])
        Mq = rng.choice([300, 400, 500, 600, 800, 1000])
        if F(cb) < F(ca):
            break
    pa = fixed(F(ca) * na / 100, 2)
    pb = fixed(F(cb) * nb / 100, 2)
    probs = [
        f"A tube of {na} glass beads costs {fm(pa)}, and a bag of {nb} of the same beads costs {fm(pb)}. "
        f"{w['name']} needs {Mq} beads. How many dollars does {w['p']} save by paying the bag's price per bead instead "
        f"of the tube's?",
        f"{w['name']} compares bead prices: {na} beads for {fm(pa)} or {nb} beads for {fm(pb)}. For a project using "
        f"{Mq} beads, how much money is saved per project at the cheaper per-bead price?",
        f"Seed beads sell as {na} for {fm(pa)} or {nb} for {fm(pb)}. Working in cents per bead, how many dollars "
        f"cheaper are {Mq} beads at the bulk rate?",
    ]
    steps = [
        calc('ca', mul(M(pa), N(100)), 'Tube price in cents', 'convert the tube price to cents',
             U('cent', 'cents')),
        calc('pa', div(Rf('ca'), N(na)), 'Cents per bead (tube)', 'divide by the beads in a tube',
             U('cent', 'cents')),
        calc('cb', mul(M(pb), N(100)), 'Bag price in cents', 'convert the bag price to cents',
             U('cent', 'cents')),
        calc('pb', div(Rf('cb'), N(nb)), 'Cents per bead (bag)', 'divide by the beads in a bag',
             U('cent', 'cents')),
        calc('d', sub(Rf('pa'), Rf('pb')), 'Savings per bead', 'subtract the per-bead prices',
             U('cent', 'cents')),
        calc('sav', mul(Rf('d'), N(Mq)), 'Savings in cents', 'multiply by the beads needed', U('cent', 'cents')),
        calc('dol', div(Rf('sav'), N(100)), 'Savings in dollars', 'convert cents to dollars', money=True),
    ]
    return Tmpl(probs[ph], steps, 'dol', w['name'] + ' saves {ans}.',
                [f"{na} beads for {fm(pa)}", f"{nb} beads for {fm(pb)}", f"{Mq} beads needed"])


TEMPLATES = [
    ('fabric_strips_whole_yards', t_fabric_strips),
    ('quilt_squares_fat_quarters', t_quilt_squares),
    ('quilt_binding_perimeter', t_binding),
    ('yarn_skeins_coupon', t_skeins_coupon),
    ('yarn_grams_leftover', t_yarn_grams),
    ('beads_rows_packs', t_beads),
    ('knit_stitches_per_row', t_stitches),
    ('fabric_coupon_sales_tax', t_fabric_tax),
    ('seam_allowance_strips', t_seam),
    ('craft_fair_profit', t_fair_profit),
    ('craft_fair_break_even', t_breakeven),
    ('ribbon_pieces_leftover', t_ribbon),
    ('fabric_leftover_yards', t_leftover),
    ('knitting_time_hours', t_knit_time),
    ('floss_skeins_cost', t_floss),
    ('quilt_backing_yardage', t_backing),
    ('craft_store_coupon_total', t_supplies),
    ('bead_price_cents_compare', t_bead_cents),
]


# ---------------------------------------------------------------- formatting config
class Cfg:
    def __init__(self, ops, sep=',', dollar='$', lhs_dollar=True, pct='%', frac=False, sp=' ',
                 eq='=', ap='≈', money_int=False, money_trim=False, inner=True):
        self.ops, self.sep, self.dollar, self.lhs_dollar, self.pct = ops, sep, dollar, lhs_dollar, pct
        self.frac, self.sp, self.eq, self.ap = frac, sp, eq, ap
        self.money_int, self.money_trim, self.inner = money_int, money_trim, inner


def sepint(s, sep):
    ip, dot, fp = s.partition('.')
    if sep and len(ip) > 3:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep.join(g)
    return ip + (dot + fp if dot else '')


def styled(plain, money, cfg, lhs=False):
    s = sepint(plain, cfg.sep)
    if money and (cfg.lhs_dollar or not lhs):
        s = cfg.dollar + s
    return s


def leaf_plain(n, cfg):
    if n.pct:
        if cfg.pct == 'dec':
            return trim(exact_str(n.v))
        return n.s
    if n.money and cfg.money_trim:
        return trim(n.s)
    return n.s


def leaf_str(n, cfg):
    if n.pct and cfg.pct != 'dec':
        return sepint(n.s, cfg.sep) + cfg.pct
    return styled(leaf_plain(n, cfg), n.money, cfg, lhs=True)


def needp(child, parent, right, cfg):
    if not isinstance(child, Op):
        return False
    if cfg.frac and child.op == '/':
        return False
    if parent.op == '/' and cfg.frac:
        return False
    pc, pp = PREC[child.op], PREC[parent.op]
    return pc < pp or (right and pc == pp and parent.op in '-/')


def rend(n, cfg, shown, meta):
    if isinstance(n, Lf):
        return leaf_str(n, cfg)
    if isinstance(n, Rf):
        return styled(shown[n.sid], meta[n.sid].money, cfg, lhs=True)
    a = rend(n.a, cfg, shown, meta)
    b = rend(n.b, cfg, shown, meta)
    if n.op == '/' and cfg.frac:
        return '\\frac{%s}{%s}' % (a, b)
    if needp(n.a, n, False, cfg):
        a = '(' + a + ')'
    if needp(n.b, n, True, cfg):
        b = '(' + b + ')'
    return a + cfg.sp + cfg.ops[n.op] + cfg.sp + b


def flat(n, cfg, shown):
    """token list of the rendered expression: ('n', value) / ('o', op, is_frac) / '(' / ')'"""
    if isinstance(n, Lf):
        return [('n', F(leaf_plain(n, cfg)) / (100 if n.pct and cfg.pct != 'dec' else 1))]
    if isinstance(n, Rf):
        return [('n', F(shown[n.sid]))]
    a, b = flat(n.a, cfg, shown), flat(n.b, cfg, shown)
    if n.op == '/' and cfg.frac:
        return ['('] + a + [')', ('o', '/', True), '('] + b + [')']
    if needp(n.a, n, False, cfg):
        a = ['('] + a + [')']
    if needp(n.b, n, True, cfg):
        b = ['('] + b + [')']
    return a + [('o', n.op, False)] + b


def eval_flat(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def factor():
        t = peek()
        pos[0] += 1
        if t == '(':
            v = expr()
            pos[0] += 1
            return v
        return t[1]

    def term():
        v = factor()
        while True:
            t = peek()
            if isinstance(t, tuple) and t[0] == 'o' and t[1] in '*/':
                pos[0] += 1
                w = factor()
                if t[1] == '*':
                    v = v * w
                else:
                    if w == 0:
                        return None
                    v = v / w
            else:
                return v

    def expr():
        v = term()
        while True:
            t = peek()
            if isinstance(t, tuple) and t[0] == 'o' and t[1] in '+-':
                pos[0] += 1
                w = term()
                v = v + w if t[1] == '+' else v - w
            else:
                return v
    try:
        return expr()
    except TypeError:
        return None


# ---------------------------------------------------------------- trace
def result_plain(val, st, cfg):
    if st.money:
        if cfg.money_trim:
            return trim(fixed(val, 2))
        if cfg.money_int and val.denominator == 1:
            return str(val.numerator)
        return fixed(val, 2)
    if st.kind == 'check' or st.dec is None:
        return trim(exact_str(val))
    return trim(fixed(val, st.dec))


def unit_of(st, val):
    if not st.unit:
        return ''
    return st.unit[0] if val == 1 else st.unit[1]


def trace(T, cfg, use_check, fault=None, mode=None):
    meta = {s.sid: s for s in T.steps}
    env, shown, recs = {}, {}, []
    for st in T.steps:
        if st.kind == 'check' and not use_check:
            continue
        if st.kind in ('calc', 'check'):
            ex = ev(st.expr, env)
            lhs = rend(st.expr, cfg, shown, meta)
            inner = None
            ftree = st.expr
            if cfg.inner and has_inner(st.expr):
                ftree = reduce_inner(st.expr, env)
                inner = rend(ftree, cfg, shown, meta)
            if st.money:
                val = rhu(ex, 2)
            elif st.kind == 'check' or st.dec is None:
                val = ex if terminating(ex) else rhu(ex, 2)
            else:
                val = rhu(ex, st.dec)
            plain = result_plain(val, st, cfg)
            rel = '=' if F(plain) == ex else '≈'
            rec = dict(kind=st.kind, sid=st.sid, label=st.label, why=st.why, lhs=lhs, inner=inner, rel=rel,
                       plain=plain, money=st.money, ftoks=flat(ftree, cfg, shown), faulted=False, st=st,
                       exact=ex)
            use_plain, use_val = plain, F(plain)
            if fault and fault['sid'] == st.sid:
                rec['plain'] = fault['wrong']
                rec['faulted'] = True
                if mode == 'carry':
                    use_plain, use_val = fault['wrong'], F(fault['wrong'])
            rec['res'] = styled(rec['plain'], st.money, cfg)
            rec['u'] = unit_of(st, F(rec['plain']))
            env[st.sid], shown[st.sid] = use_val, use_plain
            recs.append(rec)
        else:
            sv = env[st.src]
            val = F(math.ceil(sv) if st.kind == 'ceil' else math.floor(sv))
            rec = dict(kind=st.kind, sid=st.sid, label=st.label, reason=st.reason,
                       src=styled(shown[st.src], meta[st.src].money, cfg), src_val=sv,
                       plain=str(val.numerator), res=str(val.numerator), u=unit_of(st, val), st=st, faulted=False)
            env[st.sid], shown[st.sid] = val, str(val.numerator)
            recs.append(rec)
    fin = env[T.final]
    fplain = shown[T.final]
    fst = meta[T.final]
    return recs, env, fplain, fst


# ---------------------------------------------------------------- styles
def cap(s):
    return s[:1].upper() + s[1:]


class Lines:
    def __init__(self):
        self.items = []

    def add(self, text, comp=False):
        self.items.append((text, comp))

    def blank(self):
        if self.items and self.items[-1][0] != '':
            self.items.append(('', False))


def picker(seed):
    def pick(key, opts):
        return opts[RNG(seed, key).randrange(len(opts))]
    return pick


def plain_eq(r, cfg, res_fmt=lambda s: s, unit=True):
    s = r['lhs']
    if r['inner']:
        s += f" {cfg.eq} {r['inner']}"
    rel = cfg.eq if r['rel'] == '=' else cfg.ap
    body = r['res'] + (' ' + r['u'] if unit and r['u'] else '')
    return f"{s} {rel} {res_fmt(body)}"


def answer_text(T, fplain, fst, cfg, bold=False):
    v = F(fplain)
    body = styled(fplain, fst.money, cfg) + (' ' + unit_of(fst, v) if fst.unit else '')
    if bold:
        body = '**' + body + '**'
    return T.answer.replace('{ans}', body)


def final_line(fplain):
    return '#### ' + trim(fplain)


def round_word(r):
    return 'up' if r['kind'] == 'ceil' else 'down'


def st_gpt4o(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["Let's break this down step by step.", "To solve this, let's go step by step.",
                         "We'll solve this in a few clear steps."]))
    L.blank()
    if pick('given', [True, False]):
        L.add('**Given:**')
        for g in T.givens:
            L.add('- ' + g)
        L.blank()
    k = 0
    for r in recs:
        if r['kind'] == 'calc':
            k += 1
            L.add(f"### Step {k}: {r['label']}")
            L.add(cap(r['why']) + ':')
            L.blank()
            L.add(plain_eq(r, cfg, lambda s: '**' + s + '**'), True)
            L.blank()
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"Since {r['reason']}, we round {round_word(r)}:")
            L.blank()
            L.add(f"{r['src']} → **{r['res']} {r['u']}**")
            L.blank()
        else:
            L.add('### Verification')
            L.add(plain_eq(r, cfg) + ' ✓', True)
            L.blank()
    L.add('### Final Answer')
    L.add(answer_text(T, fplain, fst, cfg, bold=True))
    L.blank()
    L.add(final_line(fplain))
    return L


def st_claude(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["I'll work through this step by step.", "Let me solve this step by step.",
                         "Let me work through this carefully."]))
    L.blank()
    for r in recs:
        if r['kind'] == 'calc':
            if pick('split' + r['sid'], [True, False, False]):
                L.add(f"**{r['label']}:**")
                L.add(plain_eq(r, cfg), True)
            else:
                L.add(f"**{r['label']}:** {plain_eq(r, cfg)}", True)
            L.blank()
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"Since {r['reason']}, that rounds {round_word(r)} to {r['res']} {r['u']}.")
            L.blank()
        else:
            L.add(f"**Check:** {plain_eq(r, cfg)} ✓", True)
            L.blank()
    L.add(pick('close', ['**Answer:** ', 'So ', 'Therefore, ']) + answer_text(T, fplain, fst, cfg))
    L.blank()
    L.add(final_line(fplain))
    return L


def st_bullets(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["Here's the step-by-step solution:", "Let's break this down:", "Solution:"]))
    L.blank()
    for r in recs:
        if r['kind'] == 'calc':
            L.add(f"- {r['label']}: {plain_eq(r, cfg)}", True)
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"- Round {round_word(r)} ({r['reason']}): {r['src']} → {r['res']} {r['u']}")
        else:
            L.add(f"- Check: {plain_eq(r, cfg)} ✓", True)
    L.blank()
    L.add(answer_text(T, fplain, fst, cfg))
    L.blank()
    L.add(final_line(fplain))
    return L


def st_prose(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    conns = ['Next,', 'Then', 'After that,', 'Now']
    paras, cur = [], []
    first = True
    for i, r in enumerate(recs):
        if r['kind'] == 'calc':
            if first:
                c = pick('first', ['First,', 'To start,', 'To begin,'])
                sent = f"{c} we {r['why']}: {plain_eq(r, cfg)}."
                first = False
            else:
                sent = f"{pick('c' + r['sid'], conns)} we {r['why']}: {plain_eq(r, cfg)}."
            cur.append((sent, True))
        elif r['kind'] in ('ceil', 'floor'):
            cur.append((f"Since {r['reason']}, we round {r['src']} {round_word(r)} to {r['res']} {r['u']}.", False))
        else:
            if cur:
                paras.append(cur)
            paras.append([(pick('chk', ['As a check, ', 'Checking: ']) + f"{plain_eq(r, cfg)}, which matches.", True)])
            cur = []
            continue
        if len(cur) >= 3 or (len(cur) >= 2 and pick('br' + str(i), [True, False])):
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    intro = pick('intro', ["Let's work it out.", "Let's figure this out.", ""])
    for j, p in enumerate(paras):
        text = ' '.join(s for s, _ in p)
        if j == 0 and intro:
            text = intro + ' ' + text
        L.add(text, any(c for _, c in p))
        L.blank()
    L.add(pick('close', ['So, ', 'Putting it all together, ', 'Therefore, ']) +
          lowfirst(answer_text(T, fplain, fst, cfg)))
    L.blank()
    L.add(final_line(fplain))
    return L


def latex_eq(r, cfg, unit_in=True):
    s = r['lhs']
    if r['inner']:
        s += f" = {r['inner']}"
    rel = '=' if r['rel'] == '=' else '\\approx'
    u = f" \\text{{ {r['u']}}}" if unit_in and r['u'] else ''
    return f"{s} {rel} {r['res']}{u}"


def st_latex_inline(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["Let's solve this step by step.", "We can solve this in steps.",
                         "Let's break this problem down."]))
    L.blank()
    k = 0
    for r in recs:
        if r['kind'] == 'calc':
            k += 1
            u = ' ' + r['u'] if r['u'] else ''
            L.add(f"{k}. **{r['label']}:** \\( {latex_eq(r, cfg, False)} \\){u}", True)
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"   Since {r['reason']}, we round {round_word(r)} to \\( {r['res']} \\) {r['u']}.")
        else:
            L.add('')
            L.add(f"Check: \\( {latex_eq(r, cfg, False)} \\) ✓", True)
    L.blank()
    L.add(pick('close', ['So ', 'Thus, ', 'Therefore, ']) + lowfirst(answer_text(T, fplain, fst, cfg)))
    L.blank()
    L.add(final_line(fplain))
    return L


def lowfirst(s):
    w = s.split(' ', 1)[0]
    if w in ('The', 'There', 'It', 'About', 'Her', 'His'):
        return s[0].lower() + s[1:]
    return s


def st_latex_display(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["We'll go step by step.", "Let's set up each calculation.", "Here is the solution."]))
    L.blank()
    k = 0
    for r in recs:
        if r['kind'] == 'calc':
            k += 1
            L.add(f"**Step {k}: {r['label']}**")
            L.add(cap(r['why']) + '.')
            L.add('\\[')
            L.add(latex_eq(r, cfg), True)
            L.add('\\]')
            L.blank()
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"Since {r['reason']}, round {round_word(r)}: \\( {r['src']} \\to {r['res']} \\) {r['u']}.")
            L.blank()
        else:
            L.add('**Check:**')
            L.add('\\[')
            L.add(latex_eq(r, cfg) + ' \\checkmark', True)
            L.add('\\]')
            L.blank()
    L.add(pick('close', ['Therefore, ', 'So ', 'Hence, ']) + lowfirst(answer_text(T, fplain, fst, cfg)))
    L.add('\\[')
    L.add(f"\\boxed{{{styled(fplain, fst.money, cfg)}}}")
    L.add('\\]')
    L.blank()
    L.add(final_line(fplain))
    return L


def st_table(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["Let's organize the calculations in a table.", "Here's a breakdown of each quantity:",
                         "Step-by-step calculations:"]))
    L.blank()
    L.add('| Quantity | Calculation | Result |')
    L.add('|---|---|---|')
    chk = None
    for r in recs:
        if r['kind'] == 'calc':
            calc_cell = r['lhs'] + (f" = {r['inner']}" if r['inner'] else '')
            res = ('≈ ' if r['rel'] == '≈' else '') + r['res'] + (' ' + r['u'] if r['u'] else '')
            L.add(f"| {r['label']} | {calc_cell} | {res} |", True)
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"| {r['label']} | {r['src']} rounded {round_word(r)} | {r['res']} {r['u']} |")
        else:
            chk = r
    L.blank()
    if chk:
        L.add(f"Check: {plain_eq(chk, cfg)} ✓", True)
        L.blank()
    L.add(answer_text(T, fplain, fst, cfg, bold=pick('bold', [True, False])))
    L.blank()
    L.add(final_line(fplain))
    return L


def st_terse(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    for i, r in enumerate(recs):
        if r['kind'] == 'calc':
            L.add(f"{r['label']}: {plain_eq(r, cfg, unit=False)}", True)
        elif r['kind'] in ('ceil', 'floor'):
            prev = recs[i - 1]
            if prev['kind'] == 'calc' and prev['sid'] == r['st'].src and L.items[-1][1]:
                t, c = L.items[-1]
                L.items[-1] = (t + f" → {r['res']}", c)
            else:
                L.add(f"{r['label']}: {r['src']} → {r['res']}")
        else:
            L.add(f"Check: {plain_eq(r, cfg, unit=False)} ✓", True)
    L.add(pick('close', ['Answer: ', 'Answer: ', '']) + (answer_text(T, fplain, fst, cfg)
                                                        if True else ''))
    L.add(final_line(fplain))
    return L


def st_gsm8k(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    for r in recs:
        if r['kind'] == 'calc':
            u = ' ' + r['u'] if r['u'] else ''
            dol = cfg.dollar if r['money'] else ''
            if r['rel'] == '=':
                body = f"{r['lhs']}={dol}<<{r['lhs']}={r['plain']}>>{r['plain']}{u}"
            else:
                body = f"{r['lhs']} = about {dol}{r['plain']}{u}"
            L.add(f"The {r['label'][0].lower() + r['label'][1:]} is {body}.", True)
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"Since {r['reason']}, that is {r['res']} {r['u']}.")
    L.add(final_line(fplain))
    return L


def st_chatty(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["Great question! Let's work through it together.",
                         "Ooh, a fun crafting problem! Let's take it one step at a time.",
                         "Okay, let's think about this together, nice and slow."]))
    L.blank()
    L.add("Here's what we know: " + '; '.join(T.givens) + '.')
    L.blank()
    firsts = ['First, ', 'To start, ']
    conns = ['Next, ', 'Now ', 'Then ', 'Okay, now ']
    started = False
    for r in recs:
        if r['kind'] == 'calc':
            c = pick('c' + r['sid'], conns if started else firsts)
            started = True
            if r['rel'] == '=':
                relp = pick('r' + r['sid'], [' equals ', ', which gives us ', ' gives us ', ', which is '])
            else:
                relp = pick('r' + r['sid'], [' is about ', ', which comes to about '])
            s = r['lhs']
            if r['inner']:
                s += ' equals ' + r['inner']
                if relp == ' equals ':
                    relp = ', which is '
            u = ' ' + r['u'] if r['u'] else ''
            L.add(f"{c}let's {r['why']}. {s}{relp}{r['res']}{u}.", True)
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"But since {r['reason']}, we round {r['src']} {round_word(r)} to {r['res']} {r['u']}.")
        else:
            L.add(f"Let's double-check: {r['lhs']} equals {r['res']}. ✓", True)
        L.blank()
    L.add(pick('close', ['So, ', 'And there we go: ', 'Putting it together: ']) +
          lowfirst(answer_text(T, fplain, fst, cfg)) + pick('bye', [' Hope that helps!', '', ' Happy crafting!']))
    L.blank()
    L.add(final_line(fplain))
    return L


def st_llama(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    k = 0
    for i, r in enumerate(recs):
        if r['kind'] == 'calc':
            k += 1
            L.add(f"## Step {k}: {cap(r['why'])}")
            u = ' ' + r['u'] if r['u'] else ''
            L.add(f"To get the {r['label'][0].lower() + r['label'][1:]}, we calculate {plain_eq(r, cfg, unit=False)}{u}.",
                  True)
            L.blank()
        elif r['kind'] in ('ceil', 'floor'):
            k += 1
            L.add(f"## Step {k}: Round {round_word(r)}")
            L.add(f"Since {r['reason']}, we round {r['src']} {round_word(r)} to {r['res']} {r['u']}.")
            L.blank()
        else:
            k += 1
            L.add(f"## Step {k}: Verify the result")
            L.add(f"We can check: {plain_eq(r, cfg, unit=False)}, which is correct.", True)
            L.blank()
    L.add(f"The final answer is: $\\boxed{{{trim(fplain)}}}$")
    L.add(final_line(fplain))
    return L


def st_gemini(T, recs, fplain, fst, cfg, pick):
    L = Lines()
    L.add(pick('intro', ["Here's how to solve this problem:", "Here's a step-by-step breakdown:",
                         "Let's solve this:"]))
    L.blank()
    k = 0
    for r in recs:
        if r['kind'] == 'calc':
            k += 1
            L.add(f"{k}. **{cap(r['why'])}:**")
            L.add(f"    *   {r['label']}: {plain_eq(r, cfg)}", True)
            L.blank()
        elif r['kind'] in ('ceil', 'floor'):
            L.add(f"    *   Since {r['reason']}, round {round_word(r)} to **{r['res']} {r['u']}**.")
            L.blank()
        else:
            L.add(f"**Double-check:** {plain_eq(r, cfg)} ✓", True)
            L.blank()
    L.add('**Answer:** ' + answer_text(T, fplain, fst, cfg, bold=False))
    L.blank()
    L.add(final_line(fplain))
    return L


U_MINUS = '\u2212'
STYLES = {
    'gpt4o_markdown': (st_gpt4o, [dict(ops={'+': '+', '-': U_MINUS, '*': '×', '/': '÷'}),
                                  dict(ops={'+': '+', '-': '-', '*': '×', '/': '÷'}, money_int=True)], True),
    'claude_bold_check': (st_claude, [dict(ops={'+': '+', '-': U_MINUS, '*': '×', '/': '÷'}),
                                      dict(ops={'+': '+', '-': '-', '*': '×', '/': '/'})], True),
    'bullet_list': (st_bullets, [dict(ops={'+': '+', '-': '-', '*': 'x', '/': '/'}),
                                 dict(ops={'+': '+', '-': '-', '*': '·', '/': '÷'}),
                                 dict(ops={'+': '+', '-': U_MINUS, '*': '×', '/': '÷'}, money_int=True)], True),
    'prose_paragraphs': (st_prose, [dict(ops={'+': '+', '-': '-', '*': '×', '/': '÷'}),
                                    dict(ops={'+': '+', '-': U_MINUS, '*': '×', '/': '/'}, money_int=True)], True),
    'latex_inline': (st_latex_inline, [dict(ops={'+': '+', '-': '-', '*': '\\times', '/': '\\div'}, dollar='\\$',
                                            pct='\\%', frac=True),
                                       dict(ops={'+': '+', '-': '-', '*': '\\times', '/': '\\div'}, dollar='\\$',
                                            pct='\\%', frac=False)], True),
    'latex_display': (st_latex_display, [dict(ops={'+': '+', '-': '-', '*': '\\times', '/': '\\div'}, sep='{,}',
                                              dollar='\\$', pct='\\%', frac=True),
                                         dict(ops={'+': '+', '-': '-', '*': '\\cdot', '/': '\\div'}, sep='{,}',
                                              dollar='\\$', pct='\\%', frac=True)], True),
    'markdown_table': (st_table, [dict(ops={'+': '+', '-': U_MINUS, '*': '×', '/': '÷'}),
                                  dict(ops={'+': '+', '-': '-', '*': '×', '/': '÷'}, money_int=True)], True),
    'terse_label': (st_terse, [dict(ops={'+': '+', '-': '-', '*': '*', '/': '/'}, pct='dec'),
                               dict(ops={'+': '+', '-': '-', '*': 'x', '/': '/'}, pct='dec', money_int=True)], True),
    'gsm8k_calc': (st_gsm8k, [dict(ops={'+': '+', '-': '-', '*': '*', '/': '/'}, sep='', lhs_dollar=False,
                                   pct='dec', sp='', money_trim=True, inner=False)], False),
    'chatty_tutor': (st_chatty, [dict(ops={'+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by'})], True),
    'llama_boxed': (st_llama, [dict(ops={'+': '+', '-': '-', '*': '*', '/': '/'}),
                               dict(ops={'+': '+', '-': '-', '*': '×', '/': '/'})], True),
    'gemini_numbered': (st_gemini, [dict(ops={'+': '+', '-': '-', '*': '×', '/': '÷'}),
                                    dict(ops={'+': '+', '-': U_MINUS, '*': '×', '/': '÷'}, money_int=True)], True),
}
STYLE_NAMES = list(STYLES)


def render(T, style, cfg, use_check, seed, fault=None, mode=None):
    recs, env, fplain, fst = trace(T, cfg, use_check, fault, mode)
    fn = STYLES[style][0]
    L = fn(T, recs, fplain, fst, cfg, picker(seed))
    while L.items and L.items[-1][0] == '':
        L.items.pop()
    return L, recs, env, fplain


# ---------------------------------------------------------------- faults
def digits_edit(p, kind, rng, money):
    ip, dot, fp = p.partition('.')
    ds = ip + fp
    ni = len(ip)
    out = []
    if kind == 'swap_digits':
        for i in range(len(ds) - 1):
            if ds[i] != ds[i + 1]:
                nd = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
                out.append(nd)
    elif kind == 'drop_digit':
        rng_i = range(ni) if (money or ni >= 2) else range(len(ds))
        for i in rng_i:
            nd = ds[:i] + ds[i + 1:]
            ni2 = ni - 1 if i < ni else ni
            if ni2 >= 1:
                out.append((nd, ni2))
    elif kind == 'double_digit':
        rng_i = range(ni) if money else range(len(ds))
        for i in rng_i:
            nd = ds[:i + 1] + ds[i] + ds[i + 1:]
            out.append((nd, ni + 1 if i < ni else ni))
    res = []
    for o in out:
        if isinstance(o, tuple):
            nd, n2 = o
        else:
            nd, n2 = o, ni
        s = nd[:n2] + ('.' + nd[n2:] if len(nd) > n2 else '')
        ipart = s.split('.')[0]
        if len(ipart) > 1 and ipart[0] == '0':
            continue
        res.append(s)
    return res


def make_wrong(kind, r, rng, cfg):
    p = r['plain']
    v = F(p)
    d = ndec(p)
    st = r['st']
    cands = []
    if kind == 'off_by_one':
        cands = [fixed(v + 1, d)] + ([fixed(v - 1, d)] if v > 1 else [])
    elif kind == 'off_by_ten':
        cands = [fixed(v + 10, d)] + ([fixed(v - 10, d)] if v > 10 else [])
    elif kind in ('swap_digits', 'drop_digit', 'double_digit'):
        cands = digits_edit(p, kind, rng, st.money)
    elif kind == 'decimal_shift':
        cands = [fixed(v * 10, max(d - 1, 0)) if not st.money or d == 0 else fixed(v * 10, d)]
        if (v / 10 * 10 ** d).denominator == 1 and v >= 10:
            cands.append(fixed(v / 10, d))
    elif kind == 'wrong_op':
        toks = r['ftoks']
        alts = {'*': ['+'], '/': ['*'], '+': ['-', '*'], '-': ['+']}
        idxs = [i for i, t in enumerate(toks) if isinstance(t, tuple) and t[0] == 'o' and not t[2]]
        for i in reversed(idxs):
            for a in alts[toks[i][1]]:
                nt = list(toks)
                nt[i] = ('o', a, False)
                wv = eval_flat(nt)
                if wv is None or wv <= 0:
                    continue
                wv = rhu(wv, 2 if st.money else (st.dec if st.dec is not None else 6))
                cands.append(result_plain(wv, st, cfg))
            if cands:
                break
    good = []
    tol = F(1, 2) / F(10) ** d
    for w in cands:
        wv = F(w)
        if wv <= 0 or w == p or abs(wv - v) <= tol:
            continue
        if rhu(r['exact'], ndec(w)) == wv or rhu(wv, d) == v:
            continue
        if st.money and cfg.money_trim:
            w = trim(w)
            if len(w.split('.')[-1]) > 2 and '.' in w:
                continue
        good.append(w)
    if not good:
        return None
    return rng.choice(good)


def line_spans(text):
    spans, pos = [], 0
    for ln in text.split('\n'):
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return spans


def first_diff_line(a, b):
    la, lb = a.split('\n'), b.split('\n')
    for i in range(min(len(la), len(lb))):
        if la[i] != lb[i]:
            return i
    return None


def comp_index(recs, sid):
    k = 0
    for r in recs:
        if r['kind'] in ('calc', 'check'):
            k += 1
            if r['sid'] == sid:
                return k
    return None


def no_slip_sids(style, recs):
    out = set()
    if style == 'terse_label':
        for i, r in enumerate(recs):
            if r['kind'] in ('ceil', 'floor') and i > 0 and recs[i - 1]['sid'] == r['st'].src:
                out.add(r['st'].src)
    return out


def carry_ok(T, recs_c, env_c, env_w):
    for r in recs_c:
        sid = r['sid']
        if sid in env_w and env_w[sid] <= 0:
            return False
        if r['kind'] in ('ceil', 'floor'):
            sv = env_w[r['st'].src]
            if sv.denominator == 1:
                return False
    return True


def build_problem(ti, j, pid_num):
    tname, fn = TEMPLATES[ti]
    pid = f"sew-{pid_num:04d}"
    rng = RNG('tmpl', tname, j)
    ph = j % 3
    T = fn(rng, ph)
    style = STYLE_NAMES[(j + ti * 5) % len(STYLE_NAMES)]
    fnstyle, cfgs, allow_check = STYLES[style]
    srng = RNG('style', pid)
    cfg = Cfg(**cfgs[srng.randrange(len(cfgs))])
    use_check = allow_check and srng.random() < 0.7
    seed = 'render|' + pid
    Lc, recs, env, fplain = render(T, style, cfg, use_check, seed)
    correct = '\n'.join(t for t, _ in Lc.items)
    gold = trim(fplain)
    rows = []
    base = dict(pid=pid, template=tname, style=style, problem=T.problem)

    def row(variant, sol, **extra):
        d = dict(base)
        d['variant'] = variant
        d['solution'] = sol
        d['final'] = gold
        d.update(extra)
        return d

    rows.append(row('correct', correct))
    ncomp = sum(1 for r in recs if r['kind'] in ('calc', 'check'))
    assert 2 <= ncomp <= 8, (tname, ncomp)

    cand = [r for r in recs if r['kind'] == 'calc']
    frng = RNG('fault', pid)
    for mode, koff in (('slip', 0), ('carry', 3)):
        kinds = KINDS[(pid_num + koff) % 7:] + KINDS[:(pid_num + koff) % 7]
        done = None
        bad = no_slip_sids(style, recs) if mode == 'slip' else set()
        for kind in kinds:
            order = list(cand)
            frng.shuffle(order)
            for r in order:
                if r['sid'] in bad:
                    continue
                w = make_wrong(kind, r, frng, cfg)
                if w is None:
                    continue
                fault = dict(sid=r['sid'], wrong=w)
                Lf_, recs_f, env_f, fpl_f = render(T, style, cfg, use_check, seed, fault, mode)
                txt = '\n'.join(t for t, _ in Lf_.items)
                if mode == 'carry':
                    if F(fpl_f) == F(fplain) or not carry_ok(T, recs, env, env_f):
                        continue
                    if sum(1 for x in recs_f if x['kind'] in ('calc', 'check')) != ncomp:
                        continue
                else:
                    if txt.count('\n') != correct.count('\n'):
                        continue
                li = first_diff_line(correct, txt)
                if li is None:
                    continue
                if mode == 'slip':
                    a, b = correct.split('\n'), txt.split('\n')
                    if sum(1 for x, y in zip(a, b) if x != y) != 1:
                        continue
                sp = line_spans(txt)[li]
                done = row(mode, txt, span=[sp[0], sp[1]], wrong=w, right=r['plain'],
                           step=comp_index(recs, r['sid']), kind=kind)
                break
            if done:
                break
        assert done, (pid, mode)
        rows.append(done)

    # loop
    lrng = RNG('loop', pid)
    lines = [t for t, _ in Lc.items]
    comps = [i for i, (t, c) in enumerate(Lc.items) if c]
    want_partial = lrng.random() < 0.4
    options = []
    for li in comps:
        for u in (1, 2, 3):
            st_i = li - u + 1
            if st_i < 0 or lines[st_i] == '':
                continue
            unit = lines[st_i:li + 1]
            first = unit[0]
            fd = next((k for k, ch in enumerate(first) if ch.isdigit()), -1)
            options.append((li, u, fd))
    if want_partial:
        po = [o for o in options if o[2] >= 4]
        if po:
            options = po
        else:
            want_partial = False
    li, u, fd = options[lrng.randrange(len(options))]
    repeats = lrng.randint(8, 30)
    head = '\n'.join(lines[:li + 1])
    unit_text = '\n'.join(lines[li - u + 1:li + 1])
    sol = head + ('\n' + unit_text) * (repeats - 1)
    start2 = len(head) + 1
    if want_partial:
        cut = lrng.randint(3, fd)
        part = lines[li - u + 1][:cut]
        if part.strip():
            sol += '\n' + part
    rows.append(row('loop', sol, span=[start2, start2 + len(unit_text)], repeats=repeats))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    args = ap.parse_args()
    rows = []
    pid_num = 0
    for j in range(PER_TEMPLATE):
        for ti in range(len(TEMPLATES)):
            pid_num += 1
            rows.extend(build_problem(ti, j, pid_num))
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows ({len(rows) // 4} problems) to {args.out}")


if __name__ == '__main__':
    main()
