"""Core pieces for the coordinate-geometry solution generator: numbers, expression
nodes with three renderings (unicode, ascii, latex), the fault-injecting context."""
import hashlib
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP, getcontext

getcontext().prec = 60


class Bad(Exception):
    pass


def H(*parts):
    return int(hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:15], 16)


def hpick(seq, *key):
    seq = list(seq)
    return seq[H(*key) % len(seq)]


def hchance(p, *key):
    return (H(*key) % 100000) < int(p * 100000)


MK = "\x01"      # marker prefix: \x01<idx>\x02
MKE = "\x02"


def to_dec(v):
    if isinstance(v, Decimal):
        return v
    v = F(v)
    return Decimal(v.numerator) / Decimal(v.denominator)


def fixed_str(v, d):
    q = Decimal(1).scaleb(-d)
    return str(to_dec(v).quantize(q, rounding=ROUND_HALF_UP))


def rounded(v, d):
    """exact Fraction of v rounded half-up to d places"""
    return F(fixed_str(v, d))


def dec_places(v):
    """number of decimal places needed to write Fraction v exactly, or None"""
    v = F(v)
    q = v.denominator
    n = 0
    while q % 10 == 0:
        q //= 10
        n += 1
    twos = fives = 0
    while q % 2 == 0:
        q //= 2
        twos += 1
    while q % 5 == 0:
        q //= 5
        fives += 1
    if q != 1:
        return None
    return n + max(twos, fives)


def isqrt_exact(n):
    """sqrt of Fraction n if rational else None"""
    n = F(n)
    if n < 0:
        raise Bad("negative sqrt")
    import math
    a, b = n.numerator, n.denominator
    ra, rb = math.isqrt(a), math.isqrt(b)
    if ra * ra == a and rb * rb == b:
        return F(ra, rb)
    return None


def sqrt_dec(n):
    return to_dec(n).sqrt()


def simplify_radical(n):
    """n positive int -> (k, r) with n = k^2 r, r squarefree"""
    k, r = 1, n
    f = 2
    while f * f <= r:
        while r % (f * f) == 0:
            r //= f * f
            k *= f
        f += 1
    return k, r


class RC:
    """render config"""
    def __init__(self, flav="u", mul=None, thou=True, half=None, lparen=False, words=False, mark=()):
        self.flav = flav
        self.mul = mul or {"u": "×", "a": "*", "l": r"\times"}[flav]
        self.thou = thou
        self.half = half or {"u": "½", "a": "1/2", "l": r"\frac{1}{2}"}[flav]
        self.lparen = lparen
        self.words = words
        self.mark = set(mark)

    def minus(self):
        return "−" if self.flav == "u" else "-"

    def paren(self, s):
        if self.flav == "l" and self.lparen:
            return r"\left(" + s + r"\right)"
        return "(" + s + ")"


def group_int(s, rc):
    # s digits only
    if not rc.thou or len(s) < 4:
        return s
    out = []
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    sep = "{,}" if rc.flav == "l" else ","
    return sep.join(reversed(out))


def fmt_abs(a, rc, fmt="auto", d=None):
    """a >= 0 Fraction. returns (text, kind) kind in int/dec/frac"""
    if fmt == "fix":
        need = dec_places(a)
        dd = d if need is None else max(d, need)
        s = fixed_str(a, dd)
        ip, _, fp = s.partition(".")
        return group_int(ip, rc) + ("." + fp if fp else ""), "dec"
    if a.denominator == 1:
        return group_int(str(a.numerator), rc), "int"
    if fmt == "dec":
        need = dec_places(a)
        if need is None:
            raise Bad("non terminating decimal")
        s = fixed_str(a, need)
        ip, _, fp = s.partition(".")
        return group_int(ip, rc) + "." + fp, "dec"
    if rc.flav == "l":
        return r"\frac{%d}{%d}" % (a.numerator, a.denominator), "lfrac"
    return "%s/%s" % (group_int(str(a.numerator), rc), group_int(str(a.denominator), rc)), "frac"


def plain_num(v, fmt="auto", d=None):
    """ascii rendering used for `final`"""
    rc = RC("a", thou=False)
    v = F(v)
    t, _ = fmt_abs(abs(v), rc, fmt, d)
    return ("-" if v < 0 else "") + t


class R:
    __slots__ = ("w", "v", "i")

    def __init__(self, w, v, i):
        self.w, self.v, self.i = w, v, i


# ---------------------------------------------------------------- nodes
class Node:
    sym = False  # contains symbolic parts


class Num(Node):
    def __init__(self, x, fmt="auto", d=None):
        self.x, self.fmt, self.d = x, fmt, d

    def val(self):
        return self.x.w if isinstance(self.x, R) else F(self.x)

    def render(self, rc):
        v = self.val()
        t, kind = fmt_abs(abs(v), rc, self.fmt, self.d)
        neg = v < 0
        if neg:
            t = rc.minus() + t
        if isinstance(self.x, R) and self.x.i in rc.mark:
            t = MK + str(self.x.i) + MKE + t
        p = 2 if kind == "frac" else 9
        return t, p, neg

    def simple(self):
        return True


class Var(Node):
    sym = True

    def __init__(self, u, a=None, l=None, p=9):
        self.t = {"u": u, "a": a if a is not None else u, "l": l if l is not None else u}
        self.p = p

    def render(self, rc):
        return self.t[rc.flav], self.p, False


class Half(Node):
    def render(self, rc):
        h = rc.half
        return h, (2 if h == "1/2" else 9), False


class Bin(Node):
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, nd(a), nd(b)
        self.sym = self.a.sym or self.b.sym

    def render(self, rc):
        A, pa, na = self.a.render(rc)
        B, pb, nb = self.b.render(rc)
        op = self.op
        L = rc.flav == "l"
        if op in "+-":
            if pb <= 1 or nb:
                B = rc.paren(B)
            if rc.words and isinstance(self.a, Num) and isinstance(self.b, Num) and not na and not nb:
                return "%s %s %s" % (A, "plus" if op == "+" else "minus", B), 1, na
            sym = "+" if op == "+" else rc.minus()
            return "%s %s %s" % (A, sym, B), 1, na
        if op == "*":
            if pa < 2:
                A = rc.paren(A)
            if pb < 3 or nb:
                B = rc.paren(B)
            if rc.words and isinstance(self.a, Num) and isinstance(self.b, Num) and not na and not nb:
                return "%s times %s" % (A, B), 2, na
            return "%s %s %s" % (A, rc.mul, B), 2, na
        if op == "imp":
            if pa < 9 or (na and not isinstance(self.b, Sqrt)):
                A = rc.paren(A)
                na = False
            if isinstance(self.b, Sqrt):
                return A + B, 2, na
            if B.startswith("(") and B.endswith(")") and isinstance(self.b, Tup):
                return A + B, 2, na
            return A + rc.paren(B), 2, na
        if op == "pp":  # product of two parenthesised factors (a)(b)
            return rc.paren(A) + rc.paren(B), 9, False
        if op in ("/", "frac"):
            if L and op == "frac":
                return r"\frac{%s}{%s}" % (A, B), 9, False
            if pa < 2:
                A = rc.paren(A)
            if pb < 9 or nb:
                B = rc.paren(B)
            return "%s/%s" % (A, B), 2, na
        if op == "div":
            if pa < 2:
                A = rc.paren(A)
            if pb < 9 or nb:
                B = rc.paren(B)
            if rc.words and isinstance(self.a, Num) and isinstance(self.b, Num) and not na and not nb:
                return "%s divided by %s" % (A, B), 2, na
            sym = {"u": "÷", "a": "/", "l": r"\div"}[rc.flav]
            if rc.flav == "a":
                return "%s / %s" % (A, B), 2, na
            return "%s %s %s" % (A, sym, B), 2, na
        raise ValueError(op)


class Pow2(Node):
    def __init__(self, a):
        self.a = nd(a)
        self.sym = self.a.sym

    def render(self, rc):
        A, pa, na = self.a.render(rc)
        if pa < 9 or na:
            A = rc.paren(A)
        if rc.flav == "u":
            return A + "²", 3, False
        return A + "^2", 3, False


class Sqrt(Node):
    def __init__(self, a):
        self.a = nd(a)
        self.sym = self.a.sym

    def render(self, rc):
        A, pa, na = self.a.render(rc)
        if rc.flav == "l":
            return r"\sqrt{%s}" % A, 9, False
        if rc.flav == "a":
            return "sqrt(%s)" % A, 9, False
        if pa < 9 or na or not isinstance(self.a, Num):
            return "√" + rc.paren(A), 9, False
        return "√" + A, 9, False


class Abs(Node):
    def __init__(self, a, esc=False):
        self.a = nd(a)
        self.esc = esc

    def render(self, rc):
        A, pa, na = self.a.render(rc)
        bar = "\\|" if self.esc else "|"
        if rc.flav == "l":
            return r"\left|%s\right|" % A, 9, False
        return bar + A + bar, 9, False


class Tup(Node):
    def __init__(self, a, b):
        self.a, self.b = nd(a), nd(b)
        self.sym = self.a.sym or self.b.sym

    def render(self, rc):
        A = self.a.render(rc)[0]
        B = self.b.render(rc)[0]
        return rc.paren(A + ", " + B), 9, False


def nd(x):
    if isinstance(x, Node):
        return x
    return Num(x)


def N(x, fmt="auto", d=None):
    return Num(x, fmt, d)


def sub(a, b):
    return Bin("-", a, b)


def add(a, b):
    return Bin("+", a, b)


def mul(a, b):
    return Bin("*", a, b)


def imp(a, b):
    return Bin("imp", a, b)


def frac(a, b):
    return Bin("frac", a, b)


def div(a, b):
    return Bin("div", a, b)


def plus_signed(a, b):
    """a + b written as a - |b| when b negative (a node, b Fraction)"""
    b = F(b)
    if b < 0:
        return Bin("-", a, N(-b))
    return Bin("+", a, N(b))


# ---------------------------------------------------------------- steps
class Chain:
    """lhs = item = item ≈ item ; items: list of (rel, node)"""
    def __init__(self, lhs, items):
        self.lhs = lhs
        self.items = [(None, items[0])] + [it if isinstance(it, tuple) else ("=", it) for it in items[1:]]


class Say:
    def __init__(self, parts, formula=None):
        self.parts = parts if isinstance(parts, list) else [parts]
        self.formula = formula   # Chain shown in terse style


class Calc:
    def __init__(self, label, items, lhs=True, check=False, after=None):
        self.label = label
        self.chain = Chain(label if lhs else None, items)
        self.check = check
        self.after = after   # e.g. " ✓" or " units"


class Result:
    def __init__(self, parts):
        self.parts = parts if isinstance(parts, list) else [parts]


class Ctx:
    def __init__(self, pid, style, mode="correct", fault=None, wrong=None):
        self.pid, self.style, self.mode = pid, style, mode
        self.fault, self.wrong = fault, wrong
        self.recs = []

    def pick(self, key, seq):
        return hpick(seq, self.pid, key)

    def chance(self, p, key):
        return hchance(p, self.pid, key)

    def res(self, v, fmt="auto", d=None, ops=None, slip=True, carry=True, fault=True):
        v = F(v)
        i = len(self.recs)
        self.recs.append(dict(v=v, fmt=fmt, d=d, ops=ops, slip=slip and fault, carry=carry and fault))
        if self.fault == i:
            w = F(self.wrong)
            return R(w, w if self.mode == "carry" else v, i)
        return R(v, v, i)
