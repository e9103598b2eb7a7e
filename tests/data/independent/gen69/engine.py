"""Core machinery: exact numbers, expression trees, a step recorder and fault makers.

Standard library only.  Everything is driven by string-seeded random.Random objects,
so output does not depend on PYTHONHASHSEED, cwd or time.
"""
import math
from fractions import Fraction as F


class NotExact(Exception):
    """A value that must be written exactly cannot be (retry number set / reject fault)."""


# ----------------------------------------------------------------------------- numbers

def term_digits(v, maxd):
    v = F(v)
    for d in range(maxd + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rhu(v, d):
    """Round half up (away from zero) to d decimals, as a Fraction."""
    v = F(v)
    s = -1 if v < 0 else 1
    q = abs(v) * 10 ** d
    return F(s * math.floor(q + F(1, 2)), 10 ** d)


def numstr(v, d, commas=True):
    v = F(v)
    neg = v < 0
    n = abs(v) * 10 ** d
    if n.denominator != 1:
        raise NotExact(str(v))
    n = int(n)
    ip, fp = divmod(n, 10 ** d)
    s = f"{ip:,}" if commas else str(ip)
    if d:
        s += "." + str(fp).zfill(d)
    return ("-" if neg else "") + s


def canon(v):
    """Canonical final-answer string: no commas, minimal decimals."""
    v = F(v)
    d = term_digits(v, 6)
    if d is None:
        raise NotExact(str(v))
    s = numstr(v, d, commas=False)
    if s in ("-0",):
        s = "0"
    return s


SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve"]


class V:
    """Wrapper used in problem-text format strings: {x} {x:$} {x:%} {x:w} {x:d}."""

    def __init__(self, v):
        self.v = F(v)

    def __format__(self, spec):
        v = self.v
        if spec == "w":
            if v.denominator == 1 and 0 <= v <= 12:
                return SMALL[int(v)]
            spec = ""
        if spec == "W":
            if v.denominator == 1 and 0 <= v <= 12:
                return SMALL[int(v)].capitalize()
            spec = ""
        d = term_digits(v, 4)
        if spec == "$":
            if d and d > 0:
                d = 2
            return "$" + numstr(v, d)
        if spec == "$c":   # money always with cents
            return "$" + numstr(v, 2)
        if spec == "%":
            return numstr(v, d) + "%"
        if spec == "d":
            return numstr(v, d, commas=False)
        return numstr(v, d)


# ----------------------------------------------------------------------------- expressions

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "of": 2}


class Node:
    def __mul__(self, o):
        return Op("*", self, o)

    def __truediv__(self, o):
        return Op("/", self, o)

    def __add__(self, o):
        return Op("+", self, o)

    def __sub__(self, o):
        return Op("-", self, o)


class Lf(Node):
    def __init__(self, v, k="n", unit=None):
        self.v, self.k, self.unit = F(v), k, unit

    def value(self):
        return self.v / 100 if self.k == "%" else self.v

    def depth(self):
        return 0


class Op(Node):
    def __init__(self, op, a, b, paren=False):
        self.op, self.a, self.b, self.paren = op, a, b, paren

    def value(self):
        x, y = self.a.value(), self.b.value()
        if self.op == "+":
            return x + y
        if self.op == "-":
            return x - y
        if self.op in ("*", "of"):
            return x * y
        if y == 0:
            raise NotExact("div0")
        return x / y

    def depth(self):
        return 1 + max(self.a.depth(), self.b.depth())


def n(v, unit=None):
    return Lf(v, "n", unit)


def m(v, unit=None):
    return Lf(v, "$", unit)


def pc(v, unit=None):
    return Lf(v, "%", unit)


def of(p, x):
    return Op("of", p, x)


def par(e):
    e.paren = True
    return e


def reduce_once(e):
    """Replace the deepest operation whose children are both leaves by its value."""
    if isinstance(e, Lf):
        return e
    if isinstance(e.a, Lf) and isinstance(e.b, Lf):
        k = "$" if "$" in (e.a.k, e.b.k) and e.op in "+-" else "n"
        if e.op in "*/" and e.a.k == "$" and e.b.k != "$":
            k = "$"
        if e.op == "*" and e.b.k == "$" and e.a.k != "$":
            k = "$"
        return Lf(e.value(), k)
    if e.a.depth() >= e.b.depth():
        return Op(e.op, reduce_once(e.a), e.b, e.paren)
    return Op(e.op, e.a, reduce_once(e.b), e.paren)


# ----------------------------------------------------------------------------- notation

def fmt_val(v, k, nota, dec=None):
    """Format a number; k in n/$/% (for % v is the percent number)."""
    v = F(v)
    if dec is None:
        if k == "$":
            d = term_digits(v, 2)
            if d is None:
                raise NotExact(str(v))
            if d:
                d = 2
        else:
            d = term_digits(v, 4)
            if d is None:
                raise NotExact(str(v))
    else:
        d = dec
    s = numstr(abs(v), d, nota.get("commas", True))
    if nota.get("latex") and nota.get("lcommas"):
        s = s.replace(",", "{,}")
    if k == "$":
        s = ("\\$" if nota.get("latex") else "$") + s
    if k == "%":
        s += "\\%" if nota.get("latex") else "%"
    if v < 0:
        s = nota.get("neg", "-") + s
    return s


SYMS = {
    "x": {"*": "x", "/": "/", "+": "+", "-": "-"},
    "times": {"*": "×", "/": "÷", "+": "+", "-": "−"},
    "times_slash": {"*": "×", "/": "/", "+": "+", "-": "-"},
    "star": {"*": "*", "/": "/", "+": "+", "-": "-"},
    "dot": {"*": "·", "/": "÷", "+": "+", "-": "−"},
    "latex": {"*": "\\times", "/": "\\div", "+": "+", "-": "-"},
    "words": {"*": "times", "/": "divided by", "+": "plus", "-": "minus"},
}


def rx(e, nota, pop=None, right=False):
    if isinstance(e, Lf):
        if e.k == "%" and nota.get("pct_dec"):
            s = fmt_val(e.v / 100, "n", nota)
        else:
            s = fmt_val(e.v, e.k, nota)
        if e.unit and nota.get("units"):
            if nota.get("latex"):
                s += "\\text{ %s}" % e.unit
            else:
                s += " " + e.unit
        return s
    syms = SYMS[nota["ops"]]
    op = e.op
    p = PREC[op]
    if op == "/" and nota.get("frac"):
        s = "\\frac{%s}{%s}" % (rx(e.a, nota), rx(e.b, nota))
        return s
    if op == "of":
        mode = nota.get("of", "of")
        if mode == "of" and isinstance(e.a, Lf):
            s = "%s of %s" % (rx(e.a, nota, "*"), rx(e.b, nota, "*", True))
        elif mode == "after":
            s = "%s %s %s" % (rx(e.b, nota, "*"), syms["*"], rx(e.a, nota, "*", True))
        else:
            s = "%s %s %s" % (rx(e.a, nota, "*"), syms["*"], rx(e.b, nota, "*", True))
    else:
        s = "%s %s %s" % (rx(e.a, nota, op), syms[op], rx(e.b, nota, op, True))
    pp = None if pop is None else PREC[pop]
    need = e.paren or (pp is not None and p < pp) or (right and pop in ("-", "/") and pp == p)
    if need:
        s = ("\\left(%s\\right)" if nota.get("latex") and nota.get("lr") else "(%s)") % s
    return s


# ----------------------------------------------------------------------------- step recorder

class Step:
    pass


class Sol:
    """Records the computations of one worked solution.

    mode: 'correct' | 'slip' | 'carry'.  In slip/carry mode step `fstep` displays `fwrong`
    (a Fraction of the displayed number; percent number for '%' steps).  In carry mode the
    returned value is the wrong one, so later steps are computed from it.
    """

    def __init__(self, rng, mode="correct", fstep=None, fwrong=None):
        self.rng, self.mode, self.fstep, self.fwrong = rng, mode, fstep, fwrong
        self.items = []
        self.steps = []
        self.final_v = None

    # ---- computations
    def calc(self, expr, desc, unit=None, rk=None, why=None, chain=None, dec=None,
             pct=None, post=None, faultable=True, rem_ok=False):
        st = Step()
        st.idx = len(self.steps) + 1
        st.expr, st.desc, st.unit, st.why, st.post = expr, desc, unit, why, post
        if rk is None:
            rk = "$" if _has_money(expr) else "n"
        st.rk = rk
        right = expr.value()
        st.right_value = right
        num = right * 100 if rk == "%" else right   # displayed number (percent number for %)
        maxd = 2 if rk == "$" else (2 if rk == "%" else 4)
        d = term_digits(num, maxd)
        if d is None:
            st.approx = True
            st.dec = dec if dec is not None else (1 if rk == "%" and self.rng.random() < 0.5 else 2)
            st.right_disp = rhu(num, st.dec)
            if post and st.right_disp.denominator == 1:
                raise NotExact("rounds to integer before ceil/floor")
        else:
            st.approx = False
            st.dec = (2 if (rk == "$" and d) else d)
            st.right_disp = num
        st.chain = chain if chain is not None else (expr.depth() >= 2 and self.rng.random() < 0.6)
        st.pct = pct if pct is not None else self.rng.choice(["dec", "x100", "direct"])
        if rk == "%" and st.pct == "dec":
            if st.approx or term_digits(right, 4) is None:
                st.pct = self.rng.choice(["x100", "direct"])
        st.rem = False
        if post and post[0] in ("ceil", "floor") and st.approx and rem_ok and isinstance(expr, Op) \
                and expr.op == "/" and right > 0 and expr.a.value().denominator == 1 \
                and expr.b.value().denominator == 1 and self.rng.random() < 0.35:
            st.rem = True
        st.faultable = faultable and not st.rem
        st.shown = st.right_disp
        st.wrong = False
        if self.mode in ("slip", "carry") and st.idx == self.fstep:
            st.shown = F(self.fwrong)
            st.wrong = True
        # value passed on
        if self.mode == "carry" and st.wrong:
            base = st.shown / 100 if rk == "%" else st.shown
        else:
            base = right
        st.base = base
        ret = base
        if post:
            kind = post[0]
            if kind == "ceil":
                ret = F(math.ceil(base))
            elif kind == "floor":
                ret = F(math.floor(base))
            if self.mode == "slip" and st.wrong:
                ret = F(math.ceil(right)) if kind == "ceil" else F(math.floor(right))
            if ret <= 0:
                raise NotExact("nonpositive count")
        st.ret = ret
        self.steps.append(st)
        self.items.append(("step", st))
        return ret

    def note(self, text):
        self.items.append(("note", text))

    def check(self, expr, expected, label=None):
        if expr.value() == F(expected):
            self.items.append(("check", expr, label))

    def final(self, v, rk="n", unit=None):
        self.final_v = F(v)
        self.final_rk = rk
        self.final_unit = unit


def _has_money(e):
    if isinstance(e, Lf):
        return e.k == "$"
    if e.op == "/" and _has_money(e.a) and _has_money(e.b):
        return False
    if e.op == "/" and not _has_money(e.a):
        return False
    return _has_money(e.a) or _has_money(e.b)


# ----------------------------------------------------------------------------- faults

def _digits_str(num, dec):
    return numstr(abs(num), dec, commas=False)


def fault_candidates(st, rng):
    """Return list of (kind, wrong_number) for the displayed number of a step."""
    num, dec = st.right_disp, st.dec
    s = _digits_str(num, dec)
    neg = num < 0
    out = []

    def add(kind, w):
        w = F(w)
        if w != num:
            out.append((kind, w))

    def from_str(t):
        v = F(t)
        return -v if neg else v
    unit = F(1, 10 ** dec)
    add("off_by_one", num + unit)
    add("off_by_one", num - unit)
    if num.denominator == 1 and abs(num) >= 20:
        add("off_by_ten", num + 10)
        add("off_by_ten", num - 10)
    if abs(num) >= 1000 and num.denominator == 1:
        add("off_by_hundred", num + 100)
        add("off_by_hundred", num - 100)
    digs = [i for i, c in enumerate(s) if c.isdigit()]
    for a, b in zip(digs, digs[1:]):
        if b == a + 1 and s[a] != s[b]:
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            if not (t[0] == "0" and len(t.split(".")[0]) > 1):
                add("digit_swap", from_str(t))
    intlen = len(s.split(".")[0])
    if intlen >= 3:
        for i in range(1, intlen):
            t = s[:i] + s[i + 1:]
            add("digit_drop", from_str(t))
    if intlen >= 2:
        for i in range(intlen):
            t = s[:i] + s[i] + s[i:]
            add("digit_double", from_str(t))
    if dec > 0:
        add("decimal_shift", num * 10)
        add("decimal_shift", num / 10 if term_digits(num / 10, dec) is not None else num)
    e = st.expr
    if isinstance(e, Op) and isinstance(e.a, Lf) and isinstance(e.b, Lf) and not st.approx:
        x, y = e.a.value(), e.b.value()
        alts = {"+": x + y, "-": x - y, "*": x * y}
        if y != 0:
            alts["/"] = x / y
        opn = "*" if e.op == "of" else e.op
        for o, w in alts.items():
            if o == opn:
                continue
            if st.rk == "%":
                w = w * 100
            if w > 0 and term_digits(w, dec) is not None and w < abs(num) * 40:
                add("wrong_operation", w)
        if e.op == "-" and num != 0:
            add("sign_error", -num)
    if neg:
        add("sign_dropped", -num)
    # keep wrongs sensible: positive unless sign fault, representable at dec
    good = []
    for k, w in out:
        if term_digits(w, dec) is None:
            continue
        if w < 0 and k not in ("sign_error",) and not neg:
            continue
        if w == 0:
            continue
        if st.rk == "$" and dec == 0 and w.denominator != 1:
            continue
        good.append((k, w))
    return good
