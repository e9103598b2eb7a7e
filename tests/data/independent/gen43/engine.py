"""Computation tracking, fault injection and rendering for the ages/calendars set.

Standard library only.  Every random choice is drawn from a string-seeded
random.Random so output is byte-identical across runs.
"""
from fractions import Fraction as F
import random


class Bad(Exception):
    """Raised when a (faulty) value makes the solution meaningless."""


def R(*keys):
    return random.Random("\x1f".join(str(k) for k in keys))


def pick(key, options):
    """Deterministic choice keyed by a tuple of strings."""
    return R(*key).choice(list(options))


class Yr:
    """A year operand: never printed with a thousands separator."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = F(v)


def val(x):
    if isinstance(x, Yr):
        return x.v
    return F(x)


def I(x):
    x = F(x)
    if x.denominator != 1:
        raise Bad("non-integer")
    return int(x)


def need(cond):
    if not cond:
        raise Bad("invalid")


def dec(v):
    """Exact decimal string of a Fraction (raises Bad if it does not terminate)."""
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    d = v.denominator
    k = 0
    while d % 2 == 0:
        d //= 2
        k += 1
    j = 0
    while d % 5 == 0:
        d //= 5
        j += 1
    if d != 1:
        raise Bad("non-terminating")
    places = max(k, j)
    if places > 3:
        raise Bad("too many places")
    neg = v < 0
    v = abs(v)
    scaled = v * 10 ** places
    s = str(scaled.numerator).rjust(places + 1, "0")
    s = s[:-places] + "." + s[-places:]
    return ("-" if neg else "") + s


def n(v, year=False, sep=True):
    """Plain-text number used in prose (leads, tails, answers)."""
    s = dec(v)
    if not year and sep and "." not in s and abs(F(v)) >= 1000:
        s = "{:,}".format(int(s))
    elif not year and sep and "." in s and abs(F(v)) >= 1000:
        a, b = s.split(".")
        s = "{:,}".format(int(a)) + "." + b
    return s


class Comp:
    def __init__(self, kind, **kw):
        self.kind = kind
        self.check = False
        self.faulty = False
        self.target = None
        self.wrong = None
        self.unit = None
        self.year = False
        self.lo = 0
        self.hi = None
        self.__dict__.update(kw)


class Ctx:
    def __init__(self, fault=None):
        self.comps = []
        self.steps = []
        self._pending = []
        self.fault = fault
        self.carry = bool(fault and fault["mode"] == "carry")

    # ---- recording -------------------------------------------------
    def _add(self, comp):
        self.comps.append(comp)
        self._pending.append(comp)
        comp.idx = len(self.comps)
        f = self.fault
        if f and f["idx"] == comp.idx and not comp.check:
            comp.faulty = True
            comp.target = f.get("target")
            comp.wrong = f["wrong"]
            return True
        return False

    def ex(self, *toks, unit=None, year=False, lo=0, hi=None, check=False):
        """An arithmetic expression; returns its (possibly carried) value."""
        s = []
        for t in toks:
            if isinstance(t, str):
                s.append(t)
            else:
                s.append("F(%d,%d)" % (val(t).numerator, val(t).denominator))
        right = eval("".join(s), {"F": F})
        c = Comp("ex", toks=list(toks), right=F(right), unit=unit, year=year,
                 lo=lo, hi=hi, check=check)
        if self._add(c):
            c.shown = c.wrong
            return c.wrong if self.carry else c.right
        c.shown = c.right
        return c.right

    def dm(self, a, b, uq=None, ur=None, check=False, forms=None):
        """Division with remainder a = q*b + r; returns (q, r)."""
        a = I(a)
        need(a >= 0)
        q, r = divmod(a, b)
        c = Comp("dm", a=a, b=b, right=(q, r), uq=uq, ur=ur, check=check, forms=forms)
        if self._add(c):
            if c.target == "q":
                c.shown = (c.wrong, r)
            else:
                c.shown = (q, c.wrong)
            return c.shown if self.carry else c.right
        c.shown = c.right
        return c.right

    def md(self, a, b, check=False):
        a = I(a)
        need(a >= 0)
        r = a % b
        c = Comp("md", a=a, b=b, right=r, check=check)
        if self._add(c):
            c.shown = c.wrong
            return c.wrong if self.carry else r
        c.shown = r
        return r

    def of(self, num, den, x, unit=None, check=False):
        right = F(num, den) * val(x)
        c = Comp("of", num=num, den=den, x=val(x), right=right, unit=unit, check=check)
        if self._add(c):
            c.shown = c.wrong
            return c.wrong if self.carry else right
        c.shown = right
        return right

    def step(self, label, lead="", tail="", var=None, kind="calc", eqs=None, short=None):
        st = dict(label=label, lead=lead, tail=tail, var=var, kind=kind,
                  eqs=eqs or [], comps=self._pending, short=short or label)
        if kind == "check":
            for c in self._pending:
                c.check = True
        self._pending = []
        self.steps.append(st)
        return st

    def note(self, label, text, var=None):
        return self.step(label, lead=text, kind="note", var=var)

    def check(self, lead=""):
        return self.step("Check", lead=lead, kind="check")

    def eq(self, label, lead, eqs, tail=""):
        return self.step(label, lead=lead, tail=tail, kind="eq", eqs=eqs)


# ---------------------------------------------------------------- faults
SLIP_WEIGHTS = [("off_by_one", 5), ("off_by_ten", 3), ("digit_swap", 3),
                ("digit_drop", 1), ("digit_double", 1), ("wrong_op", 2),
                ("decimal_shift", 1)]


def _digit_variants(nv, kind, rng):
    s = str(abs(nv))
    out = []
    if kind == "digit_swap" and len(s) >= 2:
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != "0":
                    out.append(int(t))
    elif kind == "digit_drop" and len(s) >= 3:
        for i in range(len(s)):
            t = s[:i] + s[i + 1:]
            if t and t[0] != "0":
                out.append(int(t))
    elif kind == "digit_double" and len(s) >= 1:
        for i in range(len(s)):
            t = s[:i] + s[i] + s[i:]
            out.append(int(t))
    return out


def slip_values(comp, target, rng):
    """List of (kind, wrong_value) candidates for one computation result."""
    if comp.kind == "dm":
        q, r = comp.right
        if target == "r":
            cands = [("off_by_one", r + 1), ("off_by_one", r - 1)]
            return [(k, v) for k, v in cands if 0 <= v < comp.b]
        cands = [("off_by_one", q + 1), ("off_by_one", q - 1)]
        cands += [("digit_swap", v) for v in _digit_variants(q, "digit_swap", rng)]
        return [(k, v) for k, v in cands if v >= 0 and v != q]
    if comp.kind == "md":
        r = comp.right
        cands = [("off_by_one", r + 1), ("off_by_one", r - 1)]
        return [(k, v) for k, v in cands if 0 <= v < comp.b]
    right = comp.right
    out = []
    if right.denominator == 1:
        nv = int(right)
        out += [("off_by_one", nv + 1), ("off_by_one", nv - 1)]
        if abs(nv) >= 10:
            out += [("off_by_ten", nv + 10), ("off_by_ten", nv - 10)]
        else:
            out += [("off_by_ten", nv + 10)]
        for kind in ("digit_swap", "digit_drop", "digit_double"):
            out += [(kind, v if nv >= 0 else -v) for v in _digit_variants(nv, kind, rng)]
        if comp.kind == "ex":
            nums = [t for t in comp.toks if not isinstance(t, str)]
            ops = [t for t in comp.toks if isinstance(t, str)]
            if len(nums) == 2 and len(ops) == 1:
                a, b = val(nums[0]), val(nums[1])
                alt = {"+": [a - b, a * b], "-": [a + b], "*": [a + b], "/": [a * b]}.get(ops[0], [])
                for v in alt:
                    if v.denominator == 1:
                        out.append(("wrong_op", int(v)))
    else:
        out += [("decimal_shift", right * 10), ("decimal_shift", right / 10),
                ("off_by_one", right + 1), ("off_by_one", right - 1)]
    res = []
    for k, v in out:
        v = F(v)
        if v == right:
            continue
        if comp.lo is not None and v < comp.lo:
            continue
        if comp.hi is not None and v > comp.hi:
            continue
        if comp.year and not (1000 <= v <= 9999):
            continue
        res.append((k, v))
    return res


# ------------------------------------------------------------- rendering
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class Sty:
    """Per-solution rendering options (derived from style name and pid)."""

    def __init__(self, name, pid):
        self.name = name
        self.pid = pid
        rr = R(pid, "opset")
        self.latex = name in ("latex_inline", "latex_display")
        if name == "terse":
            self.mul = rr.choice(["*", "x", "×"])
            self.div = "/"
            self.minus = "-"
            self.sep = rr.random() < 0.5
        elif name in ("prose", "tutor"):
            self.mul = rr.choice(["×", "x", "×"])
            self.div = rr.choice(["÷", "/"])
            self.minus = rr.choice(["-", "−"])
            self.sep = True
        elif name == "algebra":
            self.mul = rr.choice(["*", "·", "×"])
            self.div = rr.choice(["/", "÷"])
            self.minus = "-"
            self.sep = rr.random() < 0.6
        else:
            self.mul = rr.choice(["×", "×", "x", "·"])
            self.div = rr.choice(["÷", "÷", "/"])
            self.minus = rr.choice(["-", "−", "−"])
            self.sep = True
        if self.latex:
            self.mul = rr.choice(["\\times", "\\times", "\\cdot"])
            self.div = "\\div"
            self.minus = "-"
            self.texsep = rr.choice(["{,}", ","])
            self.inl = rr.choice([("\\(", "\\)"), ("$", "$")])
            self.disp = rr.choice([("\\[", "\\]"), ("$$", "$$")])
        self.units = rr.random() < (0.2 if name == "terse" else 0.75)
        self.wordy = 0.35 if name in ("prose", "tutor") else 0.0

    def num(self, v, year=False):
        s = dec(v)
        neg = s.startswith("-")
        if neg:
            s = s[1:]
        if not year and self.sep and abs(F(v)) >= 1000:
            if "." in s:
                a, b = s.split(".")
                s = "{:,}".format(int(a)) + "." + b
            else:
                s = "{:,}".format(int(s))
            if self.latex:
                s = s.replace(",", self.texsep)
        if neg:
            s = self.minus + s
        return s

    def unit(self, u):
        if not u or not self.units:
            return ""
        if self.latex:
            return "\\text{ %s}" % u
        return " " + u

    def op(self, o):
        return {"+": "+", "-": self.minus, "*": self.mul, "/": self.div}[o]


def sg(unit, s):
    return unit[:-1] if s == "1" and unit.endswith("s") else unit


WORD_OPS = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}


def render_comp(c, st, key):
    """Text of one computation, without math delimiters."""
    rr = R(st.pid, "comp", key)
    L = st.latex
    if c.kind == "ex":
        toks = c.toks
        nums = [t for t in toks if not isinstance(t, str)]
        ops = [t for t in toks if isinstance(t, str)]
        res = st.num(c.shown, c.year)
        res += st.unit(sg(c.unit, res) if c.unit else c.unit)
        if st.wordy and len(nums) == 2 and len(ops) == 1 and rr.random() < st.wordy:
            a = st.num(val(nums[0]), isinstance(nums[0], Yr))
            b = st.num(val(nums[1]), isinstance(nums[1], Yr))
            eqw = rr.choice(["is", "is", "equals", "="])
            return "%s %s %s %s %s" % (a, WORD_OPS[ops[0]], b, eqw, res)
        parts = []
        for t in toks:
            if isinstance(t, str):
                if t == "(":
                    parts.append("(")
                elif t == ")":
                    parts.append(")")
                else:
                    parts.append(" " + st.op(t) + " ")
            else:
                parts.append(st.num(val(t), isinstance(t, Yr)))
        expr = "".join(parts)
        if L:
            expr = expr.replace("( ", "(")
            return "%s = %s" % (expr, res)
        return "%s = %s" % (expr, res)
    if c.kind == "dm":
        q, r = c.shown
        a, b = st.num(c.a), st.num(c.b)
        qs, rs = st.num(q), st.num(r)
        forms = c.forms or ["R", "rem", "rem2", "eq", "wk"]
        if not c.uq:
            forms = [f for f in forms if f != "wk"]
        if L:
            forms = [f for f in forms if f != "rem2"] or ["eq"]
        f = rr.choice(forms)
        if L:
            if f == "R":
                return "%s %s %s = %s \\text{ R } %s" % (a, st.div, b, qs, rs)
            if f in ("rem", "rem2"):
                return "%s %s %s = %s \\text{ remainder } %s" % (a, st.div, b, qs, rs)
            if f == "wk":
                return "%s %s %s = %s\\text{ %s and } %s\\text{ %s}" % (a, st.div, b, qs, sg(c.uq, qs), rs, sg(c.ur, rs))
            return "%s = %s %s %s + %s" % (a, qs, st.mul, b, rs)
        if f == "R":
            return "%s %s %s = %s R %s" % (a, st.div, b, qs, rs)
        if f == "rem":
            return "%s %s %s = %s remainder %s" % (a, st.div, b, qs, rs)
        if f == "rem2":
            return "%s %s %s = %s with a remainder of %s" % (a, st.div, b, qs, rs)
        if f == "wk":
            return "%s %s %s = %s %s and %s %s" % (a, st.div, b, qs, sg(c.uq, qs), rs, sg(c.ur, rs))
        return "%s = %s %s %s + %s" % (a, qs, st.mul, b, rs)
    if c.kind == "md":
        a, b, rs = st.num(c.a), st.num(c.b), st.num(c.shown)
        f = rr.choice(["mod", "mod", "equiv"])
        if L:
            if f == "mod":
                return "%s \\bmod %s = %s" % (a, b, rs)
            return "%s \\equiv %s \\pmod{%s}" % (a, rs, b)
        if f == "mod":
            return "%s mod %s = %s" % (a, b, rs)
        return "%s ≡ %s (mod %s)" % (a, rs, b)
    if c.kind == "of":
        res = st.num(c.shown)
        res += st.unit(sg(c.unit, res) if c.unit else c.unit)
        x = st.num(c.x)
        if L:
            return "\\frac{%d}{%d} %s %s = %s" % (c.num, c.den, st.mul, x, res)
        if c.num == 1 and c.den in (2, 3, 4) and rr.random() < 0.5:
            w = {2: "half", 3: "a third", 4: "a quarter"}[c.den]
            return "%s of %s = %s" % (w, x, res)
        return "%d/%d of %s = %s" % (c.num, c.den, x, res)
    raise ValueError(c.kind)


def render_eq(e, st):
    """Algebra line in neutral notation: ' * ' multiply, ' - ' minus, ' / ' divide."""
    return e.replace(" * ", " %s " % st.mul).replace(" - ", " %s " % st.minus).replace(" / ", " %s " % st.div)
