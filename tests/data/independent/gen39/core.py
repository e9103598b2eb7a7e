"""Core pieces of the generator: expressions, a step builder and the style renderers.

Standard library only.  Everything is deterministic given the seeds passed in.
"""
from fractions import Fraction
from math import gcd, isqrt


class Invalid(Exception):
    """Raised when a (faulted) solution path cannot be continued sensibly."""


# ----------------------------------------------------------------------------
# expressions
# ----------------------------------------------------------------------------
class Num:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = Fraction(v)


class Hole:
    """Place where the result of computation `e` is written."""
    __slots__ = ("e",)

    def __init__(self, e):
        self.e = e


class Bin:
    __slots__ = ("op", "a", "b", "imp")

    def __init__(self, op, a, b, imp=False):
        self.op, self.a, self.b, self.imp = op, a, b, imp


class Par:
    __slots__ = ("e",)

    def __init__(self, e):
        self.e = e


class Fn:
    __slots__ = ("name", "args")

    def __init__(self, name, args):
        self.name, self.args = name, list(args)


class Sqrt:
    __slots__ = ("e",)

    def __init__(self, e):
        self.e = e


class Rem:
    """'q R r' written on the right of a division."""
    __slots__ = ("q", "r")

    def __init__(self, q, r):
        self.q, self.r = q, r


def N(v):
    return v if not isinstance(v, (int, Fraction)) else Num(v)


def _x(v):
    return v if isinstance(v, (Num, Hole, Bin, Par, Fn, Sqrt)) else Num(v)


def add(*xs):
    e = _x(xs[0])
    for x in xs[1:]:
        e = Bin("+", e, _x(x))
    return e


def sub(a, b):
    return Bin("-", _x(a), _x(b))


def mul(*xs):
    e = _x(xs[0])
    for x in xs[1:]:
        e = Bin("*", e, _x(x))
    return e


def div(a, b):
    return Bin("/", _x(a), _x(b))


def pw(a, b):
    return Bin("^", _x(a), _x(b))


def mod(a, b):
    return Bin("mod", _x(a), _x(b))


def idiv(a, b):
    return Bin("idiv", _x(a), _x(b))


def imul(a, b):
    return Bin("*", _x(a), _x(b), imp=True)


def ev(e, shown=None):
    """Evaluate; Hole evaluates its computation (shown values are not used)."""
    if isinstance(e, Num):
        return e.v
    if isinstance(e, Hole):
        return ev(e.e)
    if isinstance(e, Par):
        return ev(e.e)
    if isinstance(e, Sqrt):
        x = ev(e.e)
        if x.denominator != 1 or x < 0 or isqrt(int(x)) ** 2 != x:
            raise Invalid("sqrt")
        return Fraction(isqrt(int(x)))
    if isinstance(e, Fn):
        xs = [int(ev(a)) for a in e.args]
        if e.name in ("GCF", "GCD", "HCF"):
            g = 0
            for x in xs:
                g = gcd(g, x)
            return Fraction(g)
        l = 1
        for x in xs:
            l = l * x // gcd(l, x)
        return Fraction(l)
    if isinstance(e, Bin):
        a, b = ev(e.a), ev(e.b)
        op = e.op
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
        if op == "^":
            return a ** int(b)
        if op == "mod":
            return Fraction(int(a) % int(b))
        if op == "idiv":
            return Fraction(int(a) // int(b))
    raise TypeError(e)


def ival(v):
    v = Fraction(v)
    if v.denominator != 1:
        raise Invalid("not integer")
    return int(v)


# ----------------------------------------------------------------------------
# number formatting
# ----------------------------------------------------------------------------
def dec_str(v):
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    d = v.denominator
    k = 0
    while d % 2 == 0:
        d //= 2
        k += 1
    while d % 5 == 0:
        d //= 5
        k += 1
    if d != 1:
        raise Invalid("non-terminating decimal")
    neg = v < 0
    v = abs(v)
    scaled = v * 10 ** k
    s = str(scaled.numerator).rjust(k + 1, "0")
    s = s[:-k] + "." + s[-k:]
    s = s.rstrip("0").rstrip(".")
    return ("-" if neg else "") + s


def group3(s, sep):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, _, fp = s.partition(".")
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    r = sep.join(out)
    if fp:
        r += "." + fp
    return ("-" if neg else "") + r


def fmt(v, nt):
    s = dec_str(v)
    if nt.get("sep") and abs(Fraction(v)) >= nt.get("sepmin", 1000):
        s = group3(s, nt["sep"])
    if s.startswith("-"):
        s = nt.get("minus", "-") + s[1:]
    return s


def plain(v):
    return dec_str(v)


def comma(v):
    return group3(dec_str(v), ",")


# ----------------------------------------------------------------------------
# rendering expressions
# ----------------------------------------------------------------------------
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
SUPS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def render(e, nt, shown=None, words=False):
    """Render an expression with notation nt.  shown: value written for the Hole."""

    def r(e, parent=0, right=False):
        if isinstance(e, Num):
            s = fmt(e.v, nt)
            if e.v < 0 and parent:
                return "(" + s + ")"
            return s
        if isinstance(e, Hole):
            return fmt(shown if shown is not None else ev(e.e), nt)
        if isinstance(e, Par):
            return "(" + r(e.e) + ")"
        if isinstance(e, Sqrt):
            inner = r(e.e)
            if nt["sqrt"] == "latex":
                return "\\sqrt{" + inner + "}"
            if isinstance(e.e, (Num, Hole)):
                return "√" + inner
            return "√(" + inner + ")"
        if isinstance(e, Fn):
            name = nt.get("fn_" + e.name, e.name)
            return name + "(" + ", ".join(r(a) for a in e.args) + ")"
        if isinstance(e, Rem):
            q, rr = r(e.q), r(e.r)
            w = nt.get("rem", "R")
            if w == "R":
                return q + " R " + rr
            if w == "r":
                return q + " r " + rr
            if w == "latex":
                return q + " \\text{ R } " + rr
            if w == "latexword":
                return q + " \\text{ remainder } " + rr
            return q + " remainder " + rr
        if isinstance(e, Bin):
            op = e.op
            p = PREC[op]
            if op == "^":
                base = r(e.a, 4)
                ex = ev(e.b)
                exs = dec_str(ex)
                if nt["pow"] == "sup":
                    s = base + exs.translate(SUPS)
                elif nt["pow"] == "latex":
                    s = base + "^{" + exs + "}" if len(exs) > 1 or nt.get("brace_all") else base + "^" + exs
                else:
                    s = base + "^" + exs
            elif e.imp:
                s = r(e.a, 2) + r(e.b, 2, True)
            else:
                sym = {"+": " + ", "-": " " + nt["minus"] + " ", "*": " " + nt["mul"] + " ",
                       "/": " " + nt["div"] + " "}[op]
                if words:
                    sym = {"+": " plus ", "-": " minus ", "*": " times ", "/": " divided by "}[op]
                s = r(e.a, p) + sym + r(e.b, p, True)
            need = p < parent or (right and p == parent and op in "-/") or (
                right and p == parent and op == "*" and parent == 2 and False)
            if parent == 4 and op != "^":
                need = True
            if op == "^" and parent == 4:
                need = True
            return "(" + s + ")" if need else s
        raise TypeError(e)

    return r(e)


def simple_bin(e):
    return isinstance(e, Bin) and not e.imp and e.op in "+-*/" and isinstance(e.a, Num) and isinstance(e.b, Num)


# ----------------------------------------------------------------------------
# builder
# ----------------------------------------------------------------------------
class Builder:
    def __init__(self, rng, fault=None):
        self.rng = rng
        self.items = []
        self.n = 0
        self.fault = fault

    # --- text items
    def h(self, title):
        self.items.append({"t": "h", "title": title})

    def p(self, text):
        self.items.append({"t": "p", "text": text})

    def lst(self, label, values, tail=""):
        self.items.append({"t": "list", "label": label, "values": list(values), "tail": tail})

    def table(self, header, rows):
        self.items.append({"t": "table", "header": header, "rows": rows})

    # --- computations
    def calc(self, e=None, lead="", post=None, label=None, chain=(), sides=None, group=None,
             target=True, gsm=None):
        if sides is None:
            sides = [e] + list(chain) + [Hole(e)]
        hole = _find_hole(sides)
        right = ev(hole.e)
        if not any(isinstance(s, Rem) for s in sides):
            vals = [ev(s) for s in sides]
            if any(v != vals[0] for v in vals):
                raise AssertionError("chain mismatch")
        self.n += 1
        idx = self.n
        shown = use = right
        f = self.fault
        if f and f["step"] == idx:
            shown = Fraction(f["wrong"])
            if f["mode"] == "carry":
                use = shown
        if callable(post):
            post = post(shown)
        self.items.append({"t": "calc", "sides": sides, "v": shown, "right": right, "lead": lead,
                           "post": post, "label": label, "group": group, "idx": idx,
                           "target": target, "e": hole.e, "gsm": gsm})
        return int(use) if use.denominator == 1 else use

    def eq(self, sides, lead="", post=None, check=False, alt=None, label=None, group=None):
        vals = []
        for s in sides:
            try:
                vals.append(ev(s))
            except Invalid:
                vals.append(None)
        if any(v != vals[0] for v in vals) or vals[0] is None:
            if alt:
                self.p(alt)
            return False
        self.items.append({"t": "eq", "sides": sides, "lead": lead, "post": post, "check": check,
                           "label": label, "group": group})
        return True

    def say(self, pre, e, post="."):
        self.items.append({"t": "say", "pre": pre, "e": e, "post": post})

    def final(self, v, sentence):
        self.items.append({"t": "final", "v": Fraction(v), "sentence": sentence})


def _find_hole(sides):
    def f(e):
        if isinstance(e, Hole):
            return e
        if isinstance(e, Bin):
            return f(e.a) or f(e.b)
        if isinstance(e, Par):
            return f(e.e)
        if isinstance(e, Sqrt):
            return f(e.e)
        if isinstance(e, Fn):
            for a in e.args:
                h = f(a)
                if h:
                    return h
        if isinstance(e, Rem):
            return f(e.q) or f(e.r)
        return None

    for s in sides:
        h = f(s)
        if h:
            return h
    return None
