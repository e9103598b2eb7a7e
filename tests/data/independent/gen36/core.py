"""Core pieces of the generator: exact numbers, computed quantities, expression nodes."""
from fractions import Fraction as Fr
import hashlib
import math


class NotShown(Exception):
    pass


def stable_int(s):
    return int(hashlib.sha256(s.encode('utf-8')).hexdigest()[:12], 16)


def is_term(v, maxd=6):
    d = Fr(v).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return False
    return ndec(v) <= maxd


def ndec(v):
    v = Fr(v)
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
        if k > 40:
            raise ValueError('non-terminating')
    return k


def rhu(v, d):
    """round half up (away from zero for halves)"""
    v = Fr(v)
    q = v * 10 ** d
    if q >= 0:
        n = math.floor(q + Fr(1, 2))
    else:
        n = -math.floor(-q + Fr(1, 2))
    return Fr(n, 10 ** d)


def fnum(v, d=None, keep=False, comma=False):
    v = Fr(v)
    if d is None:
        d = ndec(v)
    neg = v < 0
    v = abs(v)
    q = v * 10 ** d
    if q.denominator != 1:
        raise NotShown('not representable')
    q = q.numerator
    ip, fp = divmod(q, 10 ** d)
    s_ip = '{:,}'.format(ip) if comma else str(ip)
    if d:
        fs = str(fp).rjust(d, '0')
        if not keep:
            fs = fs.rstrip('0')
        s = s_ip + ('.' + fs if fs else '')
    else:
        s = s_ip
    return ('-' if neg else '') + s


def parse_num(t):
    return Fr(t.replace(',', ''))


def repeating(v):
    """decimal expansion of a positive fraction: (int part str, nonrep str, rep str)"""
    v = Fr(v)
    ip = v.numerator // v.denominator
    r = v.numerator % v.denominator
    den = v.denominator
    digits = []
    seen = {}
    while r and r not in seen:
        seen[r] = len(digits)
        r *= 10
        digits.append(str(r // den))
        r %= den
    if not r:
        return str(ip), ''.join(digits), ''
    k = seen[r]
    return str(ip), ''.join(digits[:k]), ''.join(digits[k:])


class Fmt:
    """How a computed quantity is displayed.
    d: rounding digits (of the displayed number, i.e. of the percent number for pct); None = exact.
    auto: if set, the exact value is shown when it terminates within `auto` digits, else rounded to d.
    """

    def __init__(self, d=None, auto=None, pct=False, money=False, frac=False, cents=True):
        self.cents = cents
        self.d = d
        self.auto = auto
        self.pct = pct
        self.money = money
        self.frac = frac
        self.scale = 100 if pct else 1

    def shown(self, ex):
        ex = Fr(ex)
        if self.frac:
            return ex
        x = ex * self.scale
        if self.money and self.d is None:
            if not is_term(x, 2):
                raise NotShown('money')
            return ex
        if self.d is None:
            if not is_term(x, 4):
                raise NotShown('exact value does not terminate')
            return ex
        if self.auto is not None and is_term(x, self.auto):
            return ex
        return rhu(x, self.d) / self.scale

    def text(self, v, comma=False, latex=False):
        v = Fr(v)
        if self.frac:
            if latex:
                return '\\frac{%d}{%d}' % (v.numerator, v.denominator) if v.denominator != 1 else str(v.numerator)
            return '%d/%d' % (v.numerator, v.denominator) if v.denominator != 1 else str(v.numerator)
        x = v * self.scale
        if self.money:
            if not is_term(x, 2):
                raise NotShown('money')
            if not self.cents and x.denominator == 1:
                return fnum(x, 0, comma=comma)
            return fnum(x, 2, keep=True, comma=comma)
        if not is_term(x, 8):
            raise NotShown('text')
        return fnum(x, comma=comma)


class CQ:
    def __init__(self, name, fn, fmt, kinds, alt, mids):
        self.name = name
        self.fn = fn
        self.fmt = fmt
        self.kinds = list(kinds)
        self.alt = alt
        self.mids = mids


class Env:
    def __init__(self, ex, sh, forced=None):
        self.ex = ex
        self.sh = sh
        self.forced = forced or {}

    def approx(self, name):
        if name in self.forced:
            return self.forced[name]
        return self.sh[name] != self.ex[name]


class Graph:
    def __init__(self):
        self.cqs = []
        self.by = {}

    def add(self, name, fn, fmt=None, kinds=(), alt=None, mids=None):
        assert name not in self.by, name
        c = CQ(name, fn, fmt or Fmt(), kinds, alt, mids)
        self.cqs.append(c)
        self.by[name] = c
        return name

    def run(self, over=None, forced=None):
        ex, sh = {}, {}
        for c in self.cqs:
            e = Fr(c.fn(sh))
            ex[c.name] = e
            if over and c.name in over:
                sh[c.name] = Fr(over[c.name])
            else:
                sh[c.name] = c.fmt.shown(e)
        return Env(ex, sh, forced)


# ---------------- expression nodes ----------------
class Node:
    pass


class Lit(Node):
    def __init__(self, v, money=False, pct=False, text=None):
        self.v = Fr(v)
        self.money = money
        self.pct = pct
        self.text = text


class Ref(Node):
    def __init__(self, name):
        self.name = name


class Def(Node):
    def __init__(self, name):
        self.name = name


class Rep(Node):
    """the exact value of a rounded quantity, written as a repeating / long decimal"""

    def __init__(self, name):
        self.name = name


class Op(Node):
    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)


class Par(Node):
    def __init__(self, x):
        self.x = x


def L(v, **k):
    return Lit(v, **k)


def Add(*a):
    return Op('+', *[x if isinstance(x, Node) else L(x) for x in a])


def Sub(a, b):
    return Op('-', a if isinstance(a, Node) else L(a), b if isinstance(b, Node) else L(b))


def Mul(a, b):
    return Op('*', a if isinstance(a, Node) else L(a), b if isinstance(b, Node) else L(b))


def Div(a, b):
    return Op('/', a if isinstance(a, Node) else L(a), b if isinstance(b, Node) else L(b))


def Frac(a, b):
    return Op('frac', a if isinstance(a, Node) else L(a), b if isinstance(b, Node) else L(b))


def value(node, env):
    if isinstance(node, Lit):
        return node.v
    if isinstance(node, (Ref, Def)):
        return env.sh[node.name]
    if isinstance(node, Rep):
        return env.ex[node.name]
    if isinstance(node, Par):
        return value(node.x, env)
    vals = [value(a, env) for a in node.args]
    if node.op == '+':
        return sum(vals, Fr(0))
    if node.op == '-':
        return vals[0] - vals[1]
    if node.op == '*':
        r = Fr(1)
        for x in vals:
            r *= x
        return r
    if node.op in ('/', 'frac'):
        return vals[0] / vals[1]
    raise ValueError(node.op)


class Chain:
    def __init__(self, nodes, label=None):
        self.nodes = nodes
        self.label = label


class Step:
    """kind: calc | sort | count | medodd | medeven | mode | ident | fav | medfreq | note"""

    def __init__(self, kind, title='', lead='', label='', chains=None, **data):
        self.kind = kind
        self.title = title
        self.lead = lead
        self.label = label
        self.chains = chains or []
        self.data = data

    def defs(self):
        out = []

        def walk(n):
            if isinstance(n, Def):
                out.append(n.name)
            elif isinstance(n, Op):
                for a in n.args:
                    walk(a)
            elif isinstance(n, Par):
                walk(n.x)
        for ch in self.chains:
            for n in ch.nodes:
                walk(n)
        for k, v in self.data.items():
            if isinstance(v, Def):
                out.append(v.name)
        return out


class Spec:
    def __init__(self, problem, g, steps, final, ans, unit='', intro='', formula='',
                 valid=None, lead_chatty=None):
        self.problem = problem
        self.g = g
        self.steps = steps
        self.final = final
        self.ans = ans
        self.unit = unit
        self.intro = intro
        self.formula = formula
        self.valid = valid
