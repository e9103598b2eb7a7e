"""Core engine: exact values, expression trees, fault plumbing and the solution writer.

Standard library only.  Everything random is drawn from string-seeded random.Random
instances so output is identical across runs, working directories and PYTHONHASHSEED.
"""
from fractions import Fraction as F
import math
import random


class Reject(Exception):
    """Raised when a number set (or a faulty value) does not give a clean solution."""


def RNG(*keys):
    return random.Random("|".join(str(k) for k in keys))


# ----------------------------------------------------------------------------- numbers

def is_term(f, maxdp=4):
    f = F(f)
    k = 0
    while k <= maxdp:
        if (f * 10 ** k).denominator == 1:
            return True
        k += 1
    return False


def dec_digits(f, maxdp=4):
    """Exact decimal string (no separators) or None if not terminating within maxdp."""
    f = F(f)
    for k in range(maxdp + 1):
        q = f * 10 ** k
        if q.denominator == 1:
            n = q.numerator
            sign = "-" if n < 0 else ""
            n = abs(n)
            if k == 0:
                return sign + str(n)
            s = str(n).rjust(k + 1, "0")
            return sign + s[:-k] + "." + s[-k:]
    return None


def round_half_up(f, dp):
    f = F(f)
    q = f * 10 ** dp
    sign = -1 if q < 0 else 1
    n = math.floor(abs(q) + F(1, 2)) * sign
    return F(n, 10 ** dp)


def fixed_digits(f, dp):
    """String of f (already a multiple of 10^-dp) with exactly dp decimals."""
    q = F(f) * 10 ** dp
    assert q.denominator == 1
    n = q.numerator
    sign = "-" if n < 0 else ""
    n = abs(n)
    if dp == 0:
        return sign + str(n)
    s = str(n).rjust(dp + 1, "0")
    return sign + s[:-dp] + "." + s[-dp:]


def group(intstr, sep):
    if not sep or len(intstr) <= 4 and sep != "always":
        # models usually write 1500 or 1,500; we only separate from 5 digits unless told
        pass
    neg = intstr.startswith("-")
    s = intstr[1:] if neg else intstr
    if sep and len(s) > 3:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = sep.join(parts)
    return ("-" if neg else "") + s


def canon(f):
    """Canonical plain string of a value: 48, -7, 12.5, 5/12."""
    f = F(f)
    d = dec_digits(f, 6)
    if d is not None:
        return d
    return f"{f.numerator}/{f.denominator}"


# ----------------------------------------------------------------------------- expressions

class E:
    def __add__(self, o):
        return Op("+", self, lift(o))

    def __radd__(self, o):
        return Op("+", lift(o), self)

    def __sub__(self, o):
        return Op("-", self, lift(o))

    def __rsub__(self, o):
        return Op("-", lift(o), self)

    def __mul__(self, o):
        return Op("*", self, lift(o))

    def __rmul__(self, o):
        return Op("*", lift(o), self)

    def __truediv__(self, o):
        return Op("/", self, lift(o))

    def __rtruediv__(self, o):
        return Op("/", lift(o), self)


class Leaf(E):
    def __init__(self, v, fmt="auto", unit=None):
        self.v = F(v)
        self.fmt = fmt
        self.unit = unit

    def u(self, unit):
        return Leaf(self.v, self.fmt, unit)


class Op(E):
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


class V:
    """A value produced by a step (or given).  fmt is how it is displayed when reused."""

    def __init__(self, v, fmt="auto"):
        self.v = F(v)
        self.fmt = fmt

    def L(self, unit=None, fmt=None):
        return Leaf(self.v, fmt or self.fmt, unit)


def lift(o):
    if isinstance(o, E):
        return o
    if isinstance(o, V):
        return Leaf(o.v, o.fmt)
    return Leaf(F(o), "auto")


def L(v, unit=None, fmt="auto"):
    if isinstance(v, V):
        return Leaf(v.v, fmt if fmt != "auto" else v.fmt, unit)
    return Leaf(F(v), fmt, unit)


def ev(e):
    if isinstance(e, Leaf):
        return e.v
    a, b = ev(e.a), ev(e.b)
    if e.op == "+":
        return a + b
    if e.op == "-":
        return a - b
    if e.op == "*":
        return a * b
    if b == 0:
        raise Reject("division by zero")
    return a / b


def ev_op(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None
    return a / b


def leaves(e):
    if isinstance(e, Leaf):
        return [e]
    return leaves(e.a) + leaves(e.b)


def flat_sum(e, sign=1):
    """[(sign, leaf)] if e is a pure +/- tree of leaves, else None."""
    if isinstance(e, Leaf):
        return [(sign, e)]
    if e.op == "+":
        a = flat_sum(e.a, sign)
        b = flat_sum(e.b, sign)
    elif e.op == "-":
        a = flat_sum(e.a, sign)
        b = flat_sum(e.b, -sign)
    else:
        return None
    if a is None or b is None:
        return None
    return a + b


# ----------------------------------------------------------------------------- faults

def _digit_variants(s):
    """Slip variants of a digit string s (no sign, no separators). yields (kind, newstring)."""
    out = []
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    for j in range(len(digs) - 1):
        i1, i2 = digs[j], digs[j + 1]
        if s[i1] != s[i2]:
            t = list(s)
            t[i1], t[i2] = t[i2], t[i1]
            out.append(("digit_swap", "".join(t)))
    if len(digs) >= 2:
        for i in digs:
            t = s[:i] + s[i + 1:]
            out.append(("digit_drop", t))
    for i in digs:
        out.append(("digit_double", s[:i] + s[i] + s[i:]))
    return out


def _clean_num(t):
    if not t or t.startswith(".") or t.endswith("."):
        return None
    core = t.split(".")[0]
    if len(core) > 1 and core.startswith("0"):
        return None
    try:
        return F(t)
    except (ValueError, ZeroDivisionError):
        return None


def fault_candidates(right, shown, expr):
    """Realistic wrong written results for a step whose correct result is `right`.

    shown: 'int', 'dec' or 'frac' (how the first written form looks).
    Returns list of (kind, Fraction) with distinct values != right.
    """
    cands = []
    r = F(right)
    neg = r < 0
    a = abs(r)
    if shown == "frac" and r.denominator != 1:
        n, d = a.numerator, a.denominator
        for dn in (1, -1):
            if n + dn > 0:
                cands.append(("numerator_off_by_one", F(n + dn, d)))
            if d + dn > 1:
                cands.append(("denominator_off_by_one", F(n, d + dn)))
        if n != 1:
            cands.append(("inverted", F(d, n)))
        for kind, t in _digit_variants(str(d)):
            v = _clean_num(t)
            if v and v > 0 and v != d:
                cands.append(("denominator_" + kind, F(n) / v))
        if isinstance(expr, Op) and expr.op in "+-":
            fs = flat_sum(expr)
            if fs and len(fs) == 2 and all(l.v.denominator != 1 for _, l in fs):
                (s1, l1), (s2, l2) = fs
                nn = s1 * l1.v.numerator + s2 * l2.v.numerator
                dd = l1.v.denominator + l2.v.denominator
                if nn != 0:
                    cands.append(("added_across", F(abs(nn), dd)))
        if neg:
            cands = [(k, -v) for k, v in cands]
            cands.append(("sign_dropped", a))
    else:
        s = dec_digits(a, 6)
        if s is None:
            return []
        for kind, t in _digit_variants(s):
            v = _clean_num(t)
            if v is not None:
                cands.append((kind, v))
        if a.denominator == 1:
            cands.append(("off_by_one", a + 1))
            if a > 1:
                cands.append(("off_by_one", a - 1))
            cands.append(("off_by_ten", a + 10))
            if a > 10:
                cands.append(("off_by_ten", a - 10))
            if a >= 100:
                cands.append(("off_by_hundred", a + 100))
                cands.append(("off_by_hundred", a - 100))
            if a % 10 == 0 and a > 0:
                cands.append(("decimal_point", a / 10))
        else:
            k = len(s.split(".")[1])
            unit = F(1, 10 ** k)
            cands.append(("off_by_one", a + unit))
            if a - unit > 0:
                cands.append(("off_by_one", a - unit))
            cands.append(("decimal_point", a * 10))
            cands.append(("decimal_point", a / 10))
            if a > 1:
                cands.append(("off_by_one", a + 1))
        if neg:
            cands = [(k, -v) for k, v in cands]
            cands.append(("sign_dropped", a))
    # wrong operation applied on the top-level operator
    if isinstance(expr, Op):
        x, y = ev(expr.a), ev(expr.b)
        alts = {"*": ["+"], "+": ["*", "-"], "-": ["+"], "/": ["*", "-"]}[expr.op]
        for op in alts:
            v = ev_op(op, x, y)
            if v is None:
                continue
            if v.denominator != 1 and not (shown == "frac" and v.denominator < 100):
                if not is_term(v, 2):
                    continue
            cands.append(("wrong_operation", v))
    seen = set()
    out = []
    for k, v in cands:
        if v == r or v in seen:
            continue
        if v != 0 and abs(v) < F(1, 10000):
            continue
        if shown != "frac" and v.denominator != 1 and not is_term(v, 4):
            continue
        seen.add(v)
        out.append((k, v))
    return out
