"""Shared numeric and expression helpers (stdlib only)."""
from fractions import Fraction as F


class Bad(Exception):
    pass


# ----------------------------------------------------------------- numbers

def rnd(x, dp):
    """Round half up (away from zero) to dp decimals, as a Fraction."""
    q = F(10) ** dp
    y = abs(x) * q
    n = int(y)
    if y - n >= F(1, 2):
        n += 1
    r = F(n) / q
    return -r if x < 0 else r


def ndp(x):
    for d in range(0, 8):
        if (x * 10 ** d).denominator == 1:
            return d
    return 8


def plain(x, dp=None):
    """Plain decimal string without separators; minimal decimals if dp None."""
    if dp is None:
        dp = ndp(x)
    neg = x < 0
    x = abs(x)
    n = int(rnd(x, dp) * 10 ** dp)
    s = str(n)
    if dp:
        s = s.rjust(dp + 1, "0")
        s = s[:-dp] + "." + s[-dp:]
    return ("-" if neg else "") + s


def commas(s):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, None
    out = ""
    while len(a) > 3:
        out = "," + a[-3:] + out
        a = a[:-3]
    out = a + out
    if b is not None:
        out += "." + b
    return ("-" if neg else "") + out


# ----------------------------------------------------------------- expressions
# ('n', value, kind, unit) | ('b', op, L, R) | ('sum', [nodes]) | ('pow', node, k)

def N(v, kind="int", unit=""):
    return ("n", F(v), kind, unit)


def B(op, a, b):
    return ("b", op, a, b)


def SUM(*xs):
    return ("sum", list(xs))


def POW(a, k):
    return ("pow", a, k)


def ev(e):
    t = e[0]
    if t == "n":
        v = e[1]
        return v / 100 if e[2] == "pct" else v
    if t == "sum":
        return sum((ev(x) for x in e[1]), F(0))
    if t == "pow":
        return ev(e[1]) ** e[2]
    op, a, b = e[1], ev(e[2]), ev(e[3])
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op in ("*", "of"):
        return a * b
    if op == "/":
        return a / b
    raise ValueError(op)


