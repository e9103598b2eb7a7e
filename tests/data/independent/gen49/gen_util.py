"""Number formatting helpers shared by gen.py and render.py."""
from fractions import Fraction as F

MK0, MK1 = "\x01", "\x02"
_STYLES_UNUSED = ["md_bullets", "table_calc", "table_change", "arrow", "prose", "latex_display",
          "latex_inline", "terse", "tutor", "gsm8k", "boxed_steps"]
_PH_UNUSED = ["narrative", "listed", "first_person", "table"]


# --------------------------------------------------------------------------- numbers
class Mk:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def V(x):
    return x.v if isinstance(x, Mk) else x


def r2(x):
    """round half up (away from zero) to cents"""
    q = abs(x) * 100
    n = q.numerator // q.denominator
    if q - n >= F(1, 2):
        n += 1
    return F(n if x >= 0 else -n, 100)


def dec_digits(x):
    """exact decimal expansion of |x| -> (int part, frac digits) ; None if not terminating in 8"""
    x = abs(F(x))
    ip = x.numerator // x.denominator
    rem = x - ip
    ds = ""
    while rem and len(ds) < 8:
        rem *= 10
        d = rem.numerator // rem.denominator
        ds += str(d)
        rem -= d
    if rem:
        return None
    return ip, ds


def group(n, sep):
    s = str(n)
    if not sep or len(s) <= 3:
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def body(x, dp, sep):
    """format |x|; dp None = exact, int = fixed places (rounded)"""
    x = abs(F(x))
    if dp is None:
        dd = dec_digits(x)
        if dd is None:
            x = r2(x)
            dd = dec_digits(x)
        ip, ds = dd
        return group(ip, sep) + ("." + ds if ds else "")
    q = x * 10 ** dp
    n = q.numerator // q.denominator
    if q - n >= F(1, 2):
        n += 1
    ip, fp = divmod(n, 10 ** dp)
    return group(ip, sep) + ("." + str(fp).zfill(dp) if dp else "")


def plain(x):
    """gold answer string"""
    x = F(x)
    neg = x < 0
    dd = dec_digits(x)
    if dd is None:
        dd = dec_digits(r2(x))
    ip, ds = dd
    ds = ds.rstrip("0")
    s = str(ip) + ("." + ds if ds else "")
    return ("-" + s) if neg and s != "0" else s


class Nota:
    def __init__(self, cur="$", minus="−", times="×", div="÷", sep=",", pct="%", plus="+"):
        self.cur, self.minus, self.times, self.div, self.sep, self.pct, self.plus = \
            cur, minus, times, div, sep, pct, plus


class Ctx:
    """Per-problem rendering context: number formatting bound to a domain + notation."""

    def __init__(self, dom, nota, rng):
        self.dom = dom
        self.unit = dom["unit"]
        self.N = nota
        self.rng = rng

    def dp(self, x):
        if self.unit == "mc":
            return 2
        if self.unit == "m":
            return 0 if F(x).denominator == 1 else 2
        return None

    def n(self, x, signed=False, cur=True, unitword=False):
        m = isinstance(x, Mk)
        x = F(V(x))
        b = body(x, self.dp(x), self.N.sep)
        if self.unit in ("mc", "m") and cur:
            b = self.N.cur + b
        if x < 0:
            b = self.N.minus + b
        elif signed:
            b = "+" + b
        if m:
            b = MK0 + b + MK1
        if unitword and self.unit == "c" and self.dom["uword"]:
            b = b + " " + self.dom["uword"]
        return b

    def u(self, x, signed=False):
        return self.n(x, signed=signed, unitword=True)

    def raw(self, x):
        """plain number w/o currency (counts, percents, multipliers)"""
        m = isinstance(x, Mk)
        x = F(V(x))
        b = body(x, None, self.N.sep)
        if x < 0:
            b = self.N.minus + b
        if m:
            b = MK0 + b + MK1
        return b

    def op(self, ch):
        return {"+": "+", "-": self.N.minus, "*": self.N.times, "/": self.N.div}[ch]




def fill(tpl, forms, **kw):
    d = dict(forms)
    d.update(kw)
    return tpl.format(**d)


def cap(s):
    return s[0].upper() + s[1:] if s else s
