"""Expression / step engine for the set-20 generator (exact Fraction arithmetic)."""
import math
from fractions import Fraction as F


class Invalid(Exception):
    pass


LIMIT = 10 ** 13


class E:
    __slots__ = ("k", "a")

    def __init__(self, k, *a):
        self.k = k
        self.a = a

    def __add__(self, o):
        return E("+", self, w(o))

    def __radd__(self, o):
        return E("+", w(o), self)

    def __sub__(self, o):
        return E("-", self, w(o))

    def __rsub__(self, o):
        return E("-", w(o), self)

    def __mul__(self, o):
        return E("*", self, w(o))

    def __rmul__(self, o):
        return E("*", w(o), self)

    def __truediv__(self, o):
        return E("/", self, w(o))

    def __rtruediv__(self, o):
        return E("/", w(o), self)


def w(x):
    if isinstance(x, E):
        return x
    if isinstance(x, str):
        return E("d", x)
    return E("n", F(x))


def N(x):
    return E("n", F(x))


def fr(a, b):
    return E("frac", w(a), w(b))


def im(a, b):
    return E("im", w(a), w(b))


def pw(a, n):
    return E("^", w(a), w(n))


def fact(a):
    return E("!", w(a))


def binom(n, k):
    return E("C", w(n), w(k))


def sqrt(a):
    return E("sqrt", w(a))


def fl(a):
    return E("fl", w(a))


def dm(a, m):
    return E("dm", w(a), w(m))


def dsum(a):
    return E("dsum", w(a))


def pct(p):
    return E("pct", p)


def dec(s):
    return E("d", s)


def par(a):
    return E("par", w(a))


def isint(v):
    return v.denominator == 1


def _int(v, lo=None, hi=None):
    if not isint(v):
        raise Invalid("non-integer")
    n = v.numerator
    if lo is not None and n < lo:
        raise Invalid("too small")
    if hi is not None and n > hi:
        raise Invalid("too large")
    return n


def arith(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            raise Invalid("div0")
        return a / b
    raise ValueError(op)


OPOF = {"+": "+", "-": "-", "*": "*", "/": "/", "im": "*", "frac": "/"}


def ev(e, env):
    k = e.k
    if k == "n":
        v = e.a[0]
    elif k == "d":
        v = F(e.a[0])
    elif k == "pct":
        v = F(e.a[0]) / 100
    elif k == "r":
        v = env[e.a[0]]
    elif k in OPOF:
        v = arith(OPOF[k], ev(e.a[0], env), ev(e.a[1], env))
    elif k == "^":
        a = ev(e.a[0], env)
        n = _int(ev(e.a[1], env), -40, 40)
        if a == 0 and n < 0:
            raise Invalid("0^-n")
        if abs(a.numerator) > 1 and abs(n) * math.log10(abs(a.numerator)) > 13:
            raise Invalid("big power")
        v = a ** n
    elif k == "!":
        v = F(math.factorial(_int(ev(e.a[0], env), 0, 20)))
    elif k == "C":
        n = _int(ev(e.a[0], env), 0, 80)
        kk = _int(ev(e.a[1], env), 0, n)
        v = F(math.comb(n, kk))
    elif k == "sqrt":
        a = ev(e.a[0], env)
        if a < 0:
            raise Invalid("sqrt neg")
        p, q = math.isqrt(a.numerator), math.isqrt(a.denominator)
        if p * p != a.numerator or q * q != a.denominator:
            raise Invalid("sqrt irrational")
        v = F(p, q)
    elif k == "fl":
        v = F(math.floor(ev(e.a[0], env)))
    elif k == "dm":
        a = _int(ev(e.a[0], env), 0)
        m = _int(ev(e.a[1], env), 1)
        v = F(a % m)
    elif k == "dsum":
        a = _int(ev(e.a[0], env), 10)
        v = F(sum(int(c) for c in str(a)))
    elif k == "par":
        v = ev(e.a[0], env)
    else:
        raise ValueError(k)
    if abs(v.numerator) > LIMIT or v.denominator > LIMIT:
        raise Invalid("too big")
    return v


def refs(e, out=None):
    if out is None:
        out = []
    if e.k == "r":
        out.append(e.a[0])
    elif e.k not in ("n", "d", "pct"):
        for x in e.a:
            refs(x, out)
    return out


def fmt(v, latex=True):
    if v.denominator == 1:
        return str(v.numerator)
    s = "-" if v < 0 else ""
    p, q = abs(v.numerator), v.denominator
    if latex:
        return "%s\\frac{%d}{%d}" % (s, p, q)
    return "%s%d/%d" % (s, p, q)


def _num(v):
    t = fmt(v)
    return t, (0 if v < 0 else 5)


def R(e, env, M):
    """Render expression to LaTeX; returns (tex, precedence)."""
    k = e.k
    if k == "n":
        return _num(e.a[0])
    if k == "r":
        return _num(env[e.a[0]])
    if k == "d":
        return e.a[0], 5
    if k == "pct":
        return "%s\\%%" % e.a[0], 5
    if k in ("+", "-"):
        a, ap = R(e.a[0], env, M)
        b, bp = R(e.a[1], env, M)
        if ap < 1:
            a = "(%s)" % a
        if bp <= 1:
            b = "(%s)" % b
        return "%s %s %s" % (a, k, b), 1
    if k in ("*", "/"):
        a, ap = R(e.a[0], env, M)
        b, bp = R(e.a[1], env, M)
        if ap < 2:
            a = "(%s)" % a
        if bp <= 2:
            b = "(%s)" % b
        return "%s %s %s" % (a, M if k == "*" else "\\div", b), 2
    if k == "im":
        a, ap = R(e.a[0], env, M)
        b, bp = R(e.a[1], env, M)
        if ap < 2:
            a = "(%s)" % a
        return "%s(%s)" % (a, b), 2
    if k == "frac":
        a, _ = R(e.a[0], env, M)
        b, _ = R(e.a[1], env, M)
        return "\\frac{%s}{%s}" % (a, b), 5
    if k == "^":
        a, ap = R(e.a[0], env, M)
        b, _ = R(e.a[1], env, M)
        if ap < 5 or a.startswith("\\frac") or a.startswith("-"):
            a = "\\left(%s\\right)" % a
        ex = b if len(b) == 1 else "{%s}" % b
        return "%s^%s" % (a, ex), 4
    if k == "!":
        a, ap = R(e.a[0], env, M)
        if ap < 5 or a.startswith("\\frac"):
            a = "(%s)" % a
        return a + "!", 5
    if k == "C":
        a, _ = R(e.a[0], env, M)
        b, _ = R(e.a[1], env, M)
        return "\\binom{%s}{%s}" % (a, b), 5
    if k == "sqrt":
        a, _ = R(e.a[0], env, M)
        return "\\sqrt{%s}" % a, 5
    if k == "fl":
        a, _ = R(e.a[0], env, M)
        return "\\left\\lfloor %s \\right\\rfloor" % a, 5
    if k == "par":
        a, _ = R(e.a[0], env, M)
        return "(%s)" % a, 5
    if k == "dsum":
        a = ev(e.a[0], env)
        return " + ".join(str(a.numerator)), 1
    raise ValueError(k)


class Step:
    __slots__ = ("name", "expr", "say", "sym", "rel")

    def __init__(self, name, expr, say, sym, rel):
        self.name, self.expr, self.say, self.sym, self.rel = name, expr, say, sym, rel


class Builder:
    def __init__(self, r):
        self.r = r
        self.problem = None
        self.items = []
        self.steps = []
        self.verify = []
        self.ans = None

    def P(self, text):
        self.problem = text

    def t(self, text):
        self.items.append(("t", text))

    def S(self, name, expr, say, sym=None, rel="="):
        if any(s.name == name for s in self.steps):
            raise ValueError("dup step " + name)
        st = Step(name, w(expr), say, sym, rel)
        self.items.append(("s", st))
        self.steps.append(st)
        return E("r", name)

    def V(self, expr, text):
        self.verify.append((w(expr), text))

    def A(self, ref):
        self.ans = ref.a[0]

    def need(self, cond):
        if not cond:
            raise Invalid("need")


def compute(steps, override=None):
    env = {}
    for st in steps:
        v = ev(st.expr, env)
        if override and st.name in override:
            v = override[st.name]
        env[st.name] = v
    return env


def step_parts(st, env, M, val=None):
    """(sym, rel, expr_tex, value_tex_or_None) for a step."""
    v = env[st.name] if val is None else val
    e = st.expr
    if e.k == "dm":
        a = ev(e.a[0], env)
        m = ev(e.a[1], env)
        q = a.numerator // m.numerator
        return (None, "=", "%s = %s %s %d + %s" % (fmt(a), fmt(m), M, q, fmt(v)), None)
    etex, _ = R(e, env, M)
    vtex = fmt(v)
    if vtex == etex:
        vtex = None
    return (st.sym, st.rel, etex, vtex)
