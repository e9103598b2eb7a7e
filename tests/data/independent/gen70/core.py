"""Core machinery: exact numbers, solution builder, fault injection, style renderers.

Standard library only.  Everything is deterministic: randomness comes from
random.Random seeded with strings.
"""
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP, getcontext
import random

getcontext().prec = 60


class Invalid(Exception):
    """Raised by a solver when numbers make the story nonsensical."""


def R(seed):
    return random.Random(str(seed))


# ----------------------------------------------------------------------------
# number formatting

def to_dec(v, dp):
    d = Decimal(v.numerator) / Decimal(v.denominator)
    q = Decimal(1).scaleb(-dp)
    return d.quantize(q, rounding=ROUND_HALF_UP)


def exact_within(v, dp):
    return (v * 10 ** dp).denominator == 1


def group(intpart, sep):
    s = intpart
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fnum(v, dp=6, sep=",", fixed=None):
    """Format Fraction v.  If v terminates within dp decimals, minimal digits;
    otherwise rounded half-up to dp (trailing zeros trimmed).  fixed forces a
    number of decimals (currency)."""
    v = F(v)
    if fixed is not None:
        d = to_dec(v, fixed)
        s = format(d, "f")
    else:
        d = to_dec(v, dp)
        s = format(d, "f")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    if sep and len(ip) >= 4:
        ip = group(ip, sep)
    s = ip + ("." + fp if fp else "")
    if s in ("0", "0.0") and neg:
        neg = False
    return ("-" if neg else "") + s


def plain(v, dp=6):
    return fnum(v, dp, sep="")


def shown_value(v, dp, fixed=None):
    """The value a reader sees after formatting."""
    if fixed is not None:
        return F(str(to_dec(F(v), fixed)))
    return F(str(to_dec(F(v), dp)))


# ----------------------------------------------------------------------------
# operands and expressions

class Op:
    __slots__ = ("v", "unit", "kind", "show")

    def __init__(self, v, unit="", kind=None, show=None):
        self.v = F(v)
        self.unit = unit
        self.kind = kind      # None | 'cur' | 'pct'
        self.show = show      # forced display text of the number

    def value(self):
        return self.v / 100 if self.kind == "pct" else self.v


def u(v, unit=""):
    return Op(v, unit)


def cur(v):
    return Op(v, "", "cur")


def pc(v):
    return Op(v, "", "pct")


def _tok(x):
    if isinstance(x, Op):
        return x
    if isinstance(x, str):
        return x
    return Op(x)


def evaluate(expr):
    parts = []
    for t in expr:
        if isinstance(t, Op):
            val = t.value()
            parts.append("F(%d,%d)" % (val.numerator, val.denominator))
        elif t == "^":
            parts.append("**")
        elif t == "of":
            parts.append("*")
        elif t in ("+", "-", "*", "/", "(", ")"):
            parts.append(t)
        elif t.startswith("pow"):
            parts.append("**" + t[3:])
        else:
            raise ValueError(t)
    return F(eval("".join(parts), {"F": F}))


# ----------------------------------------------------------------------------
# fault kinds (applied to the displayed string of the right result)

def _digits_variants(s):
    return s


def make_wrong(kind, right_str, right_val, expr, dp, fixed, rng):
    """Return wrong Fraction (already a displayed value) or None."""
    r = right_val
    neg = r < 0
    digits = "".join(ch for ch in right_str if ch.isdigit() or ch == ".")
    if kind == "off_by_one":
        if "." in digits:
            nd = len(digits.split(".")[1])
            step = F(1, 10 ** nd)
        else:
            step = F(1)
        w = r + step * rng.choice([1, -1])
    elif kind == "off_by_ten":
        if abs(r) < 20 or "." in digits and abs(r) < 50:
            return None
        w = r + 10 * rng.choice([1, -1])
    elif kind == "carry_hundred":
        if abs(r) < 1000:
            return None
        w = r + rng.choice([100, -100, 1000, -1000])
    elif kind in ("swap", "drop", "double"):
        ds = [i for i, ch in enumerate(digits) if ch.isdigit()]
        cand = []
        if kind == "swap":
            for a, b in zip(ds, ds[1:]):
                if b == a + 1 and digits[a] != digits[b]:
                    t = list(digits)
                    t[a], t[b] = t[b], t[a]
                    cand.append("".join(t))
        elif kind == "drop":
            if len(ds) < 3:
                return None
            for a in ds:
                t = digits[:a] + digits[a + 1:]
                cand.append(t)
        else:
            for a in ds:
                t = digits[:a] + digits[a] + digits[a:]
                cand.append(t)
        good = []
        for c in cand:
            if c.startswith(".") or c.endswith("."):
                continue
            if len(c) > 1 and c[0] == "0" and c[1] != ".":
                continue
            if "." in c and fixed is None and c.endswith("0"):
                continue
            good.append(c)
        if not good:
            return None
        w = F(rng.choice(good)) * (-1 if neg else 1)
    elif kind == "decimal":
        if "." in digits:
            w = r * rng.choice([10, F(1, 10)])
        elif digits.endswith("0"):
            w = r / 10
        else:
            return None
        if not exact_within(w, dp):
            return None
    elif kind == "wrong_op":
        ops = [i for i, t in enumerate(expr) if isinstance(t, str) and t in "+-*/"]
        if len(ops) != 1 or "(" in expr or any(isinstance(t, str) and t.startswith("pow") for t in expr):
            return None
        i = ops[0]
        alt = {"*": ["+"], "/": ["*"], "+": ["-"], "-": ["+"]}[expr[i]]
        e2 = list(expr)
        e2[i] = rng.choice(alt)
        try:
            w = evaluate(e2)
        except ZeroDivisionError:
            return None
        if not exact_within(w, dp):
            return None
    elif kind == "sign":
        if r >= 0:
            return None
        w = -r
    else:
        raise ValueError(kind)
    if fixed is not None and not exact_within(w, fixed):
        return None
    if fixed is None and not exact_within(w, dp):
        return None
    if w == r:
        return None
    ws = fnum(w, dp, sep="", fixed=fixed)
    d = len(ws.split(".")[1]) if "." in ws else 0
    if abs(w - r) <= F(1, 2 * 10 ** d):
        return None
    if w <= 0 and not neg:
        return None
    return F(w)


FAULT_KINDS = ["off_by_one", "off_by_ten", "swap", "drop", "double", "decimal",
               "wrong_op", "carry_hundred", "sign"]


# ----------------------------------------------------------------------------
# solution builder

class Calc:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class S:
    """Collects solution elements.  inj = None or dict(step, wrong, mode)."""

    def __init__(self, inj=None, exact=False):
        self.els = []
        self.inj = inj
        self.exact_mode = exact
        self.n = 0            # computations so far (calc + check)
        self.calcs = []

    def text(self, s, kind="text"):
        self.els.append((kind, s))

    def fact(self, s):
        self.els.append(("fact", s))

    def c(self, expr, unit="", t="", w="", dp=2, fixed=None, cur_=False,
          ok_approx=False, elig=True, neg_ok=False):
        expr = [_tok(x) for x in expr]
        right = evaluate(expr)
        exact = exact_within(right, fixed if fixed is not None else dp)
        shown = shown_value(right, dp, fixed)
        idx = self.n
        self.n += 1
        written = shown
        carried = shown
        if self.inj is not None and self.inj["step"] == idx:
            written = self.inj["wrong"]
            if self.inj["mode"] == "carry":
                carried = written
        if right < 0 and not neg_ok:
            raise Invalid("negative")
        if self.exact_mode:
            carried = right
        rec = Calc(idx=idx, expr=expr, unit=unit, t=t, w=w, dp=dp, fixed=fixed,
                   cur=cur_, right=right, shown=shown, written=written,
                   exact=exact, ok_approx=ok_approx, elig=elig and exact,
                   check=False, neg_ok=neg_ok)
        self.calcs.append(rec)
        self.els.append(("calc", rec))
        return carried

    def check(self, expr, unit="", dp=2, fixed=None, cur_=False, note=""):
        if self.inj is not None and self.inj["mode"] == "carry":
            return
        expr = [_tok(x) for x in expr]
        right = evaluate(expr)
        shown = shown_value(right, dp, fixed)
        idx = self.n
        self.n += 1
        rec = Calc(idx=idx, expr=expr, unit=unit, t="check", w="check", dp=dp,
                   fixed=fixed, cur=cur_, right=right, shown=shown, written=shown,
                   exact=exact_within(right, fixed if fixed is not None else dp),
                   ok_approx=True, elig=False, check=True, note=note, neg_ok=True)
        self.calcs.append(rec)
        self.els.append(("check", rec))

    def rnd(self, v, mode, unit="", why=""):
        """floor / ceil of v (a displayed value)."""
        import math
        if mode == "floor":
            r = F(math.floor(v))
        else:
            r = F(math.ceil(v))
        self.els.append(("round", dict(v=v, r=r, mode=mode, unit=unit, why=why)))
        return r

    def answer(self, v, dp=2, fixed=None, tmpl="{a}", cur_=False):
        self.final_exact = v
        self.final = shown_value(v, dp, fixed) if fixed is None else shown_value(v, fixed)
        self.final_fixed = fixed
        self.final_dp = dp
        self.els.append(("answer", dict(v=self.final, tmpl=tmpl, cur=cur_,
                                        fixed=fixed, dp=dp,
                                        approx=False)))
