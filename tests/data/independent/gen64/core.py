"""Core machinery for the games/sports/leagues evaluation set generator.

Numbers are exact Fractions.  A template's builder function runs against a
Tracer; the Tracer evaluates every computation, records it, and (when asked)
writes a wrong result at one computation, either carrying it forward or not.
Standard library only; deterministic.
"""
from fractions import Fraction as Fr


class Retry(Exception):
    """Raised when a number set / fault choice does not give clean numbers."""


class Num:
    __slots__ = ("v", "k", "dp", "u")

    def __init__(self, v, k="int", dp=0, u=None):
        self.v = Fr(v)
        self.k = k
        self.dp = dp
        self.u = u

    def with_u(self, u):
        return Num(self.v, self.k, self.dp, u)

    def same(self, other):
        return self.v == other.v and self.k == other.k and self.dp == other.dp


def I(n, u=None):
    return Num(n, "int", 0, u)


def M(x, dp=2, u=None):
    return Num(Fr(str(x)) if isinstance(x, float) else x, "money", dp, u)


def D(x, dp, u=None):
    return Num(Fr(str(x)) if isinstance(x, float) else x, "dec", dp, u)


def P(x, dp=0, u=None):
    return Num(Fr(str(x)) if isinstance(x, float) else x, "pct", dp, u)


def T(sec, u=None):
    return Num(sec, "time", 0, u)


def A3(x, u=None):
    return Num(x, "avg3", 3, u)


# ---------------------------------------------------------------- formatting

def group(s, sep):
    if not sep or len(s) <= 3:
        return s
    out = []
    while len(s) > 3:
        out.append(s[-3:])
        s = s[:-3]
    out.append(s)
    return sep.join(reversed(out))


def fixed(v, dp):
    """Exact fixed-point string of |v| with dp decimals (v must be representable)."""
    v = abs(v)
    scaled = v * (10 ** dp)
    if scaled.denominator != 1:
        raise ValueError("not representable")
    n = scaled.numerator
    if dp == 0:
        return str(n), ""
    s = str(n).rjust(dp + 1, "0")
    return s[:-dp], s[-dp:]


def time_str(sec):
    sec = int(sec)
    if sec < 0:
        raise ValueError
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    if h:
        return "%d:%02d:%02d" % (h, m, s)
    return "%d:%02d" % (m, s)


class Fmt:
    """Number formatting options of a style."""

    def __init__(self, sep=",", neg="-", latex=False, money_sym="$", pct="%"):
        self.sep = sep
        self.neg = neg
        self.latex = latex
        self.money_sym = money_sym
        self.pct = pct


PLAIN = Fmt()


def fmt(num, f=PLAIN):
    v = num.v
    neg = v < 0
    k = num.k
    if k == "time":
        s = time_str(abs(v))
    elif k == "avg3":
        a, b = fixed(v, 3)
        s = ("" if a == "0" else a) + "." + b
    else:
        a, b = fixed(v, num.dp)
        a = group(a, f.sep)
        s = a + ("." + b if b else "")
        if k == "money":
            s = f.money_sym + s
        elif k == "pct":
            s = s + f.pct
    if neg:
        s = f.neg + s
    return s


def plain_final(num):
    """Canonical final-answer string."""
    v = num.v
    if num.k == "time":
        return time_str(v)
    if v.denominator == 1:
        return str(v.numerator)
    a, b = fixed(v, max(num.dp, 1))
    b = b.rstrip("0")
    s = a + ("." + b if b else "")
    return ("-" if v < 0 else "") + s


# ---------------------------------------------------------------- evaluation

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def val(tok):
    if tok.k == "pct":
        return tok.v / 100
    return tok.v


def evaluate(expr):
    out, ops = [], []

    def red():
        op = ops.pop()
        b = out.pop()
        a = out.pop()
        if op == "+":
            out.append(a + b)
        elif op == "-":
            out.append(a - b)
        elif op == "*":
            out.append(a * b)
        else:
            if b == 0:
                raise Retry("div0")
            out.append(a / b)

    for t in expr:
        if isinstance(t, Num):
            out.append(val(t))
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                red()
            ops.pop()
        else:
            while ops and ops[-1] != "(" and PREC[ops[-1]] >= PREC[t]:
                red()
            ops.append(t)
    while ops:
        red()
    return out[0]


def min_dp(v, limit=6):
    for d in range(limit + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def round_half_up(v, dp):
    scale = Fr(10) ** dp
    x = v * scale
    fl = x.numerator // x.denominator
    frac = x - fl
    if frac == Fr(1, 2):
        raise Retry("tie")
    r = fl + (1 if frac > Fr(1, 2) else 0)
    return Fr(r) / scale


def sum_of_products_mid(expr):
    """For a flat expression like a*b + c*d - e, return tokens of the middle
    form (each product evaluated), or None if not applicable."""
    if any(t in ("(", ")") for t in expr if isinstance(t, str)):
        return None
    has_add = any(t in ("+", "-") for t in expr if isinstance(t, str))
    has_mul = any(t in ("*", "/") for t in expr if isinstance(t, str))
    if not (has_add and has_mul):
        return None
    terms, cur = [], []
    for t in expr:
        if isinstance(t, str) and t in "+-":
            terms.append(cur)
            terms.append(t)
            cur = []
        else:
            cur.append(t)
    terms.append(cur)
    mid = []
    for t in terms:
        if isinstance(t, str):
            mid.append(t)
        elif len(t) == 1:
            mid.append(t[0])
        else:
            v = evaluate(t)
            kinds = [x.k for x in t if isinstance(x, Num)]
            if "money" in kinds:
                k, dp = "money", max(x.dp for x in t if isinstance(x, Num) and x.k == "money")
            elif "time" in kinds:
                return None
            else:
                dps = [x.dp for x in t if isinstance(x, Num)]
                k, dp = ("int", 0) if v.denominator == 1 else ("dec", max(dps + [1]))
            n = Num(v, k, dp)
            try:
                fixed(v, dp)
            except ValueError:
                return None
            mid.append(n)
    return mid


# ---------------------------------------------------------------- tracer

class Tracer:
    def __init__(self, mode="correct", fault=None, wrong=None):
        self.mode = mode          # correct | slip | carry
        self.fault = fault        # index of the calc step to corrupt
        self.wrong = wrong        # Num written at the fault
        self.items = []
        self.n = 0
        self.ans = None

    def need(self, cond):
        if not cond:
            raise Retry("constraint")

    def calc(self, expr, label, unit="", k="int", dp=0, approx=False, intro=None,
             faultable=True, u=None, check=False, chain=True, word=None):
        v = evaluate(expr)
        exact = True
        if k == "time":
            if approx:
                r = round_half_up(v, 0)
                exact = r == v
                v = r
            if v.denominator != 1 or v < 0:
                raise Retry("time")
        elif approx:
            nat = min_dp(v)
            if nat is not None and nat <= dp:
                if k in ("dec", "pct"):
                    dp = nat
            else:
                v = round_half_up(v, dp)
                exact = False
        else:
            if dp is None:
                dp = min_dp(v)
                if dp is None:
                    raise Retry("inexact")
            if (v * 10 ** dp).denominator != 1:
                raise Retry("inexact")
        res = Num(v, k, dp)
        idx = self.n
        self.n += 1
        written, used = res, res
        if idx == self.fault and self.mode != "correct":
            written = self.wrong
            if self.mode == "carry":
                used = self.wrong
        rec = dict(idx=idx, expr=list(expr), res=res, written=written,
                   approx=approx and not exact, label=label, unit=unit, intro=intro,
                   faultable=faultable and not check, check=check, chain=chain, rem=None,
                   word=word)
        self.items.append(("calc", rec))
        return Num(used.v, used.k, used.dp, u)

    def check(self, expr, label, unit="", k="int", dp=0):
        return self.calc(expr, label, unit, k, dp, check=True, faultable=False)

    def divmod(self, a, b, label, unit="", rem_unit=""):
        qv, rv = divmod(int(a.v), int(b.v))
        if a.v.denominator != 1 or b.v.denominator != 1:
            raise Retry("divmod")
        idx = self.n
        self.n += 1
        qn, rn = I(qv), I(rv)
        rec = dict(idx=idx, expr=[a, "/", b], res=qn, written=qn, approx=False, label=label,
                   unit=unit, intro=None, faultable=False, check=False, chain=False,
                   rem=rn, rem_unit=rem_unit, word=None)
        self.items.append(("calc", rec))
        return qn, rn

    def note(self, text, *nums):
        self.items.append(("note", text, list(nums)))

    def answer(self, num, sentence, unit=""):
        self.ans = (num, sentence, unit)


def faultable_steps(items):
    return [rec for kind, *rest in items if kind == "calc" for rec in rest[:1] if rec["faultable"]]


# ---------------------------------------------------------------- slips

def digits_of(num):
    if num.k == "time":
        return time_str(abs(num.v)).replace(":", "")
    a, b = fixed(num.v, num.dp)
    return (a + b).lstrip("0") or "0"


def from_digits(num, ds):
    if not ds or not ds.isdigit():
        return None
    if num.k == "time":
        orig = time_str(abs(num.v))
        parts = orig.split(":")
        if len(ds) != len(orig.replace(":", "")):
            return None
        if len(parts) == 3:
            h, m, s = int(ds[:-4]), int(ds[-4:-2]), int(ds[-2:])
            if m > 59 or s > 59:
                return None
            return T(h * 3600 + m * 60 + s)
        m, s = int(ds[:-2] or "0"), int(ds[-2:])
        if s > 59:
            return None
        return T(m * 60 + s)
    if len(ds) > 1 and ds[0] == "0":
        return None
    x = Fr(int(ds)) / (10 ** num.dp)
    if num.v < 0:
        x = -x
    return Num(x, num.k, num.dp)


def alt_op(rec):
    e = rec["expr"]
    if len(e) != 3 or not isinstance(e[0], Num) or not isinstance(e[2], Num):
        return None
    op = e[1]
    swap = {"*": "+", "+": "-" if val(e[0]) > val(e[2]) else "*", "-": "+", "/": "-"}[op]
    try:
        v = evaluate([e[0], swap, e[2]])
    except Retry:
        return None
    r = rec["res"]
    if r.k == "pct":
        return None
    return Num(v, r.k, r.dp)


SLIP_KINDS = ["off_by_one", "off_by_ten", "digit_swap", "digit_drop", "digit_double",
              "wrong_op", "sign_dropped", "decimal_shift"]


def candidate(rec, kind, rng):
    r = rec["res"]
    unit = Fr(1) / (10 ** r.dp) if r.k in ("dec", "pct", "avg3") else Fr(1)
    if r.k == "money":
        unit = Fr(1) if rng.random() < 0.6 or r.dp == 0 else Fr(1, 100)
    if r.k == "time":
        unit = Fr(1) if rng.random() < 0.5 else Fr(60)
    sgn = rng.choice([1, -1])
    if kind == "off_by_one":
        return Num(r.v + sgn * unit, r.k, r.dp)
    if kind == "off_by_ten":
        return Num(r.v + sgn * 10 * unit, r.k, r.dp)
    ds = digits_of(r)
    if kind == "digit_swap":
        pos = [i for i in range(len(ds) - 1) if ds[i] != ds[i + 1]]
        if not pos:
            return None
        i = rng.choice(pos)
        return from_digits(r, ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:])
    if kind == "digit_drop":
        if len(ds) < 3:
            return None
        i = rng.randrange(1, len(ds))
        if r.k == "time":
            return None
        return from_digits(r, ds[:i] + ds[i + 1:])
    if kind == "digit_double":
        if len(ds) < 2 or r.k == "time":
            return None
        i = rng.randrange(len(ds))
        return from_digits(r, ds[:i + 1] + ds[i] + ds[i + 1:])
    if kind == "wrong_op":
        return alt_op(rec)
    if kind == "sign_dropped":
        if r.v < 0:
            return Num(-r.v, r.k, r.dp)
        return None
    if kind == "decimal_shift":
        if r.k not in ("dec", "money", "avg3") or r.dp == 0:
            return None
        f = Fr(10) if rng.random() < 0.5 else Fr(1, 10)
        x = r.v * f
        if (x * 10 ** r.dp).denominator != 1:
            x = r.v * (Fr(10) if f != 10 else Fr(1, 10))
            if (x * 10 ** r.dp).denominator != 1:
                return None
        return Num(x, r.k, r.dp)
    return None


def plausible(rec, w):
    r = rec["res"]
    if w is None or w.v == r.v:
        return False
    if r.v >= 0 and w.v < 0:
        return False
    if r.k == "time" and w.v <= 0:
        return False
    if r.v != 0 and abs(w.v) > 20 * abs(r.v) + 20:
        return False
    if r.k == "avg3" and w.v >= 1 and r.v < 1:
        return False
    if r.k == "pct" and w.v > 100 and r.v <= 100:
        return False
    try:
        fmt(w)
    except ValueError:
        return False
    return True
