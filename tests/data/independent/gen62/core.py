"""Core: exact numbers, formatting, expression trees, step evaluation, faults."""
from fractions import Fraction as F
import math


def D(x):
    if isinstance(x, F):
        return x
    return F(str(x))


def rnd(x, dp, mode="half"):
    q = F(10) ** dp
    y = x * q
    if mode == "floor":
        n = math.floor(y)
    elif mode == "ceil":
        n = math.ceil(y)
    else:
        n = math.floor(abs(y) + F(1, 2))
        n = n if y >= 0 else -n
    return F(n) / q


def ndec(x, maxd=15):
    """number of decimals needed to write x exactly, or None."""
    x = abs(x)
    for d in range(0, maxd + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def dec_str(x, mind=0):
    """exact decimal string (no separators, '-' sign)."""
    d = ndec(x)
    if d is None:
        raise ValueError("not a finite decimal: %r" % (x,))
    d = max(d, mind)
    neg = x < 0
    n = abs(x) * 10 ** d
    s = str(n.numerator).rjust(d + 1, "0")
    if d:
        s = s[:-d] + "." + s[-d:]
    return ("-" if neg else "") + s


def group3(intpart, sep=","):
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


class NF:
    """number formatter for one rendering."""

    def __init__(self, sep=True, minus="−", latex=False, latex_comma=False, money_sym="$"):
        self.sep = sep
        self.minus = minus
        self.latex = latex
        self.latex_comma = latex_comma
        self.money_sym = money_sym

    def text(self, s, money=False):
        """s: plain decimal string like '-1234.5'"""
        neg = s.startswith("-")
        if neg:
            s = s[1:]
        if "." in s:
            ip, fp = s.split(".")
            fp = "." + fp
        else:
            ip, fp = s, ""
        if self.sep and len(ip) > 3:
            ip = group3(ip, "{,}" if self.latex_comma else ",")
        out = ip + fp
        if money:
            out = self.money_sym + out
        if neg:
            out = self.minus + out
        return out

    def num(self, x, mind=0, money=False):
        if money:
            mind = 2
        return self.text(dec_str(x, mind), money)


# ---------------------------------------------------------------- expressions
class N:
    """literal number with its own text."""

    def __init__(self, x, unit="", money=False):
        if isinstance(x, F):
            self.s = dec_str(x)
        else:
            self.s = str(x)
        self.v = F(self.s)
        self.unit = unit
        self.money = money


class R:
    """reference to an earlier step's displayed value."""

    def __init__(self, i, unit=None):
        self.i = i
        self.unit = unit


class FP:
    """fractional part of an earlier step's displayed value (e.g. 0.25 of 6.25 h)."""

    def __init__(self, i, unit=""):
        self.i = i
        self.unit = unit


class B:
    def __init__(self, op, a, b):
        self.op = op
        self.a = a
        self.b = b


class P:
    """p% of x"""

    def __init__(self, p, x):
        self.p = D(p)
        self.x = x


class SQ:
    def __init__(self, x):
        self.x = x


def mul(*a):
    e = a[0]
    for x in a[1:]:
        e = B("*", e, x)
    return e


def add(*a):
    e = a[0]
    for x in a[1:]:
        e = B("+", e, x)
    return e


def sub(a, b):
    return B("-", a, b)


def div(a, b):
    return B("/", a, b)


def ev(node, vals):
    if isinstance(node, N):
        return node.v
    if isinstance(node, R):
        return vals[node.i]
    if isinstance(node, FP):
        v = vals[node.i]
        return v - math.floor(v)
    if isinstance(node, P):
        return node.p / 100 * ev(node.x, vals)
    if isinstance(node, SQ):
        v = ev(node.x, vals)
        return v * v
    a = ev(node.a, vals)
    b = ev(node.b, vals)
    if node.op == "+":
        return a + b
    if node.op == "-":
        return a - b
    if node.op == "*":
        return a * b
    if node.op == "/":
        if b == 0:
            raise ZeroDivisionError
        return a / b
    raise ValueError(node.op)


def refs(node):
    if isinstance(node, (R, FP)):
        return {node.i}
    if isinstance(node, N):
        return set()
    if isinstance(node, P):
        return refs(node.x)
    if isinstance(node, SQ):
        return refs(node.x)
    return refs(node.a) | refs(node.b)


class Step:
    def __init__(self, label, expr, unit="", dp=2, post=None, short=None, why=None,
                 neg=False, money=False, uword=None):
        self.label = label
        self.expr = expr
        self.unit = unit
        self.dp = dp
        self.post = post  # None | ('round', d) | ('ceil', d, phrase) | ('floor', d, phrase)
        self.short = short or (label[:1].upper() + label[1:])
        self.why = why
        self.neg = neg
        self.money = money
        self.uword = uword


class SV:
    """evaluated step."""
    pass


def evaluate(steps, override=None):
    """override: (index, wrong raw Fraction). Returns list of SV."""
    vals = []
    out = []
    for i, st in enumerate(steps):
        sv = SV()
        sv.exact = ev(st.expr, vals)
        dp = 2 if st.money else st.dp
        correct_raw = rnd(sv.exact, dp)
        sv.approx = correct_raw != sv.exact
        sv.faulty = False
        if override is not None and override[0] == i:
            sv.raw = override[1]
            sv.faulty = True
        else:
            sv.raw = correct_raw
        sv.val = sv.raw
        sv.post_changed = False
        if st.post:
            mode = st.post[0]
            pv = rnd(sv.raw, st.post[1], "half" if mode == "round" else mode)
            sv.post_changed = pv != sv.raw
            sv.val = pv
        vals.append(sv.val)
        out.append(sv)
    return out


def tol_ok(shown, exact, decimals):
    return abs(shown - exact) <= F(1, 2) * F(10) ** (-decimals) + F(1, 10 ** 12)


# ---------------------------------------------------------------- faults
KINDS = ["off_by_one", "off_by_ten", "digit_swap", "digit_drop", "digit_double",
         "decimal_shift", "wrong_op", "sign_drop"]


def _digits_variants(s, kind, rng):
    """s: plain unsigned decimal string. Return list of candidate strings."""
    cands = []
    pos = [i for i, ch in enumerate(s) if ch.isdigit()]
    if kind == "digit_swap":
        for a in range(len(s) - 1):
            if s[a].isdigit() and s[a + 1].isdigit() and s[a] != s[a + 1]:
                t = s[:a] + s[a + 1] + s[a] + s[a + 2:]
                cands.append(t)
    elif kind == "digit_drop":
        if len(pos) >= 3:
            for a in pos:
                t = s[:a] + s[a + 1:]
                cands.append(t)
    elif kind == "digit_double":
        for a in pos:
            t = s[:a] + s[a] + s[a:]
            cands.append(t)
    good = []
    for t in cands:
        if t.startswith(".") or t.endswith("."):
            continue
        ip = t.split(".")[0]
        if len(ip) > 1 and ip[0] == "0":
            continue
        good.append(t)
    return good


def _strip(s):
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def mutate(kind, st, sv, vals_before, rng):
    """Return a wrong raw Fraction for step st, or None."""
    raw = sv.raw
    dp = 2 if st.money else st.dp
    plain = dec_str(raw, 2 if st.money else 0)
    if not st.money:
        plain = _strip(plain)
    neg = plain.startswith("-")
    body = plain[1:] if neg else plain
    w = None
    if kind == "off_by_one":
        w = raw + rng.choice([1, -1])
    elif kind == "off_by_ten":
        w = raw + rng.choice([10, -10])
    elif kind in ("digit_swap", "digit_drop", "digit_double"):
        c = _digits_variants(body, kind, rng)
        if not c:
            return None
        t = rng.choice(c)
        w = F(t) * (-1 if neg else 1)
    elif kind == "decimal_shift":
        if rng.random() < 0.5 and ndec(raw / 10) is not None and ndec(raw / 10) <= max(dp, 0) + 1:
            w = raw / 10
        else:
            w = raw * 10
    elif kind == "wrong_op":
        e = st.expr
        if not isinstance(e, B):
            return None
        if not all(isinstance(x, (N, R, FP)) for x in (e.a, e.b)):
            return None
        a = ev(e.a, vals_before)
        b = ev(e.b, vals_before)
        alt = {"*": ["+"], "-": ["+"], "+": ["-", "*"], "/": ["*", "-"]}[e.op]
        op = rng.choice(alt)
        x = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[op]
        if x is None:
            return None
        w = rnd(x, dp)
    elif kind == "sign_drop":
        if raw >= 0:
            return None
        w = -raw
    if w is None:
        return None
    if st.money:
        w = rnd(w, 2)
    return w


def wrong_ok(st, sv, w):
    if w == sv.raw:
        return False
    if w == 0:
        return False
    if w < 0 and not st.neg:
        return False
    d = ndec(w)
    if d is None or d > 6:
        return False
    if tol_ok(w, sv.exact, d):
        return False
    if st.unit == "%":
        for alt in (sv.exact * 100, sv.exact / 100):
            if tol_ok(w, alt, d):
                return False
    # not absurdly far (keeps carry values plausible)
    if sv.raw != 0 and abs(w / sv.raw) > 20:
        return False
    if st.post:
        # the wrong value must still be visibly wrong after the post rounding is shown
        pass
    return True
