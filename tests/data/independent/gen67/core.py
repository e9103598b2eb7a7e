"""Core value model, evaluation, number formatting and fault injection (stdlib only)."""
from fractions import Fraction as F
import math

ROUND_DP = 2


class V:
    """A given quantity (from the problem or a well-known constant)."""

    def __init__(self, name, v, lab, u="", kind="n", const=False, per=""):
        self.name = name
        self.v = F(v)
        self.lab = lab          # noun phrase: "hens in the flock"
        self.u = u              # unit shown after the number: "hens", "lb", "eggs/day"
        self.kind = kind        # n (count / measure) | m (money)
        self.const = const
        self.per = per          # money rate suffix "/lb" or " per dozen"


class St:
    """A computation step."""

    def __init__(self, name, op, args, lab, u="", kind="n", act=None, dp=2,
                 ceil_u=None, per="", approx=False):
        self.name = name
        self.op = op            # mul add sub div pct frac ceil divmod
        self.args = args        # names; for pct: [pctname, base]; frac: [num, den, base]
        self.lab = lab
        self.u = u
        self.kind = kind
        self.act = act or ("find the " + lab)
        self.dp = dp
        self.ceil_u = ceil_u or u
        self.per = per
        self.approx = approx    # rounding of this step's result is expected


def representable(x, dp):
    return (x * 10 ** dp).denominator == 1


def round_half_up(x, dp):
    s = 10 ** dp
    y = x * s
    n = math.floor(y + F(1, 2)) if y >= 0 else -math.floor(-y + F(1, 2))
    return F(n, s)


def raw_value(st, a):
    op = st.op
    if op == "mul":
        r = F(1)
        for x in a:
            r *= x
        return r
    if op == "add":
        return sum(a, F(0))
    if op == "sub":
        r = a[0]
        for x in a[1:]:
            r -= x
        return r
    if op in ("div", "ceil"):
        return a[0] / a[1]
    if op == "divmod":
        return F(int(a[0]) // int(a[1]))
    if op == "pct":
        return a[0] / 100 * a[1]
    if op == "frac":
        return a[0] / a[1] * a[2]
    raise ValueError(op)


class Ev:
    __slots__ = ("args", "exact", "shown", "approx", "down", "rem", "ceil")

    def __init__(self):
        self.args = []
        self.exact = None
        self.shown = None
        self.approx = False
        self.down = None
        self.rem = None
        self.ceil = None


def finish(st, e, shown):
    """Given the written main result, derive the rest of the step (rounding up, remainder)."""
    e.shown = shown
    if st.op == "ceil":
        e.ceil = F(math.ceil(shown))
        e.down = e.ceil
    else:
        e.down = shown


def eval_steps(givens, steps, override=None):
    """override: (index, wrong_shown) -> carry evaluation.  Returns list of Ev or None if invalid."""
    vals = {g.name: g.v for g in givens}
    out = []
    for i, st in enumerate(steps):
        e = Ev()
        e.args = [vals[a] for a in st.args]
        if st.op == "divmod":
            a, b = e.args
            if a.denominator != 1 or b.denominator != 1 or b <= 0 or a < 0:
                return None
            e.exact = F(int(a) // int(b))
            e.rem = F(int(a) % int(b))
            shown = e.exact
        else:
            if st.op in ("div", "ceil") and e.args[1] == 0:
                return None
            e.exact = raw_value(st, e.args)
            dp = 2 if st.kind == "m" else st.dp
            if representable(e.exact, dp):
                shown = e.exact
            else:
                shown = round_half_up(e.exact, dp)
                e.approx = True
        if override is not None and override[0] == i:
            shown = override[1]
        finish(st, e, shown)
        vals[st.name] = e.down
        if st.op == "divmod":
            vals[st.name + "_r"] = e.rem
        out.append(e)
    return out


# ---------------------------------------------------------------- formatting

def dec_str(x, dp=None):
    """Exact decimal string of x (must be finite decimal) or fixed dp (rounded half up)."""
    neg = x < 0
    x = -x if neg else x
    if dp is None:
        d = 0
        while not representable(x, d):
            d += 1
            if d > 8:
                raise ValueError("not a finite decimal: %r" % x)
    else:
        d = dp
        x = round_half_up(x, d)
    n = int(x * 10 ** d)
    s = str(n)
    if d:
        s = s.rjust(d + 1, "0")
        s = s[:-d] + "." + s[-d:]
    return ("-" if neg else "") + s


def group(s, sep=","):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        i, f = s.split(".")
    else:
        i, f = s, None
    if len(i) > 3 and sep:
        parts = []
        while len(i) > 3:
            parts.insert(0, i[-3:])
            i = i[:-3]
        parts.insert(0, i)
        i = sep.join(parts)
    return ("-" if neg else "") + i + ("." + f if f is not None else "")


class NumFmt:
    def __init__(self, sep=",", cents="auto", latex=False, minus="-"):
        self.sep = sep          # "," or "" or "{,}"
        self.cents = cents      # "always" | "auto"
        self.latex = latex
        self.minus = minus

    def plain(self, x, dp=None, kind="n"):
        if kind == "m":
            if self.cents == "always" or x.denominator != 1 or dp == 2 and not representable(x, 0):
                s = dec_str(x, 2)
            else:
                s = dec_str(x, dp if dp is not None and not representable(x, 0) else None)
        else:
            s = dec_str(x, dp) if dp is not None else dec_str(x)
        return group(s, self.sep)

    def money(self, x, dp=None):
        s = self.plain(x, dp, "m")
        neg = s.startswith("-")
        if neg:
            s = s[1:]
        d = "\\$" if self.latex else "$"
        return (self.minus if neg else "") + d + s

    def num(self, x, kind="n", dp=None):
        if kind == "m":
            return self.money(x, dp)
        s = self.plain(x, dp)
        if s.startswith("-"):
            s = self.minus + s[1:]
        return s


# ---------------------------------------------------------------- faults

def digits_of(x):
    return dec_str(x)


def mutate_candidates(st, e, rng):
    """Return list of (kind, wrong_value) realistic slips for the step's written result."""
    v = e.shown
    cands = []
    is_int = v.denominator == 1
    money = st.kind == "m"
    s = dec_str(abs(v)) if not e.approx else dec_str(abs(v), 2 if money else st.dp)
    sign = -1 if v < 0 else 1

    def add(kind, w):
        if w is None:
            return
        w = F(w)
        if w == v:
            return
        cands.append((kind, w))

    # off by one / ten
    add("off_by_one", v + 1)
    if v >= 1 or v < 0:
        add("off_by_one", v - 1)
    if abs(v) >= 20:
        add("off_by_ten", v + 10)
        add("off_by_ten", v - 10)
    # digit manipulations on the written digits
    dig_positions = [i for i, c in enumerate(s) if c.isdigit()]
    for a, b in zip(dig_positions, dig_positions[1:]):
        if b == a + 1 and s[a] != s[b]:
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            if not (t[0] == "0" and len(t.split(".")[0]) > 1):
                add("digit_swap", sign * F(t))
    if len(dig_positions) >= 3 or (len(dig_positions) == 2 and abs(v) >= 10):
        for p in dig_positions:
            t = s[:p] + s[p + 1:]
            if t and t[0] != "." and not t.endswith(".") and not (t[0] == "0" and len(t.split(".")[0]) > 1):
                add("digit_drop", sign * F(t))
    for p in dig_positions:
        t = s[:p] + s[p] + s[p:]
        add("digit_double", sign * F(t))
    # wrong operation
    a = e.args
    if st.op == "mul" and len(a) == 2:
        add("wrong_op", a[0] + a[1])
    if st.op == "add" and len(a) == 2 and a[0] * a[1] < 2000:
        add("wrong_op", a[0] * a[1])
    if st.op == "sub" and len(a) == 2:
        add("wrong_op", a[0] + a[1])
    if st.op == "div":
        add("wrong_op", a[0] - a[1])
    if v < 0:
        add("sign_drop", -v)
    if money or not is_int:
        add("decimal_shift", v * 10)
        add("decimal_shift", v / 10)
    elif st.op == "pct":
        add("decimal_shift", v * 10)
    return cands


KIND_W = {"off_by_one": 3, "off_by_ten": 2, "digit_swap": 3, "digit_drop": 2,
          "digit_double": 2, "wrong_op": 2, "sign_drop": 6, "decimal_shift": 2}
