"""Core machinery: exact numbers, variable specs, templates, evaluation, faults.

Everything here is deterministic: callers pass random.Random objects seeded
with strings, and no set is ever iterated.
"""
import re
from fractions import Fraction as Fr

MAX_VALUE = Fr(10) ** 7


# ---------------------------------------------------------------- numbers
def fr(x):
    """Exact Fraction from int, str or float literal (floats via repr)."""
    if isinstance(x, Fr):
        return x
    if isinstance(x, float):
        return Fr(repr(x))
    return Fr(x)


def dp_of(x):
    """Decimal places needed to write x exactly, or None if not terminating."""
    x = fr(x)
    d = x.denominator
    a = b = 0
    while d % 2 == 0:
        d //= 2
        a += 1
    while d % 5 == 0:
        d //= 5
        b += 1
    if d != 1:
        return None
    return max(a, b)


def dec_str(x, dp):
    """x written with exactly dp decimals (x must have at most dp decimals)."""
    x = fr(x)
    q = x * (10 ** dp)
    if q.denominator != 1:
        raise ValueError("%s does not fit %d decimals" % (x, dp))
    n = q.numerator
    neg = n < 0
    s = str(abs(n))
    if dp:
        s = s.rjust(dp + 1, "0")
        s = s[:-dp] + "." + s[-dp:]
    return ("-" if neg else "") + s


def min_str(x):
    return dec_str(x, dp_of(x))


# ---------------------------------------------------------------- units / money
# key -> (abbreviation, singular full name, plural full name)
UNITS = {
    "kg": ("kg", "kilogram", "kilograms"),
    "g": ("g", "gram", "grams"),
    "km": ("km", "kilometre", "kilometres"),
    "m": ("m", "metre", "metres"),
    "cm": ("cm", "centimetre", "centimetres"),
    "l": ("l", "litre", "litres"),
    "ml": ("ml", "millilitre", "millilitres"),
    "h": ("h", "hour", "hours"),
    "min": ("min", "minute", "minutes"),
    "day": ("days", "day", "days"),
    "week": ("weeks", "week", "weeks"),
    "kmh": ("km/h", "kilometre per hour", "kilometres per hour"),
    "m2": ("m²", "square metre", "square metres"),
    "mm": ("mm", "millimetre", "millimetres"),
    "kWh": ("kWh", "kilowatt hour", "kilowatt hours"),
}

CURRENCIES = {
    "GBP": dict(sym="£", code="GBP", word="pounds", scale=1, dp=2,
                notes=[10, 20, 50], region="uk"),
    "EUR": dict(sym="€", code="EUR", word="euros", scale=1, dp=2,
                notes=[10, 20, 50, 100], region="eu"),
    "INR": dict(sym="₹", code="INR", word="rupees", scale=50, dp=0,
                notes=[500, 1000, 2000], region="in"),
    "JPY": dict(sym="¥", code="JPY", word="yen", scale=150, dp=0,
                notes=[1000, 2000, 5000, 10000], region="jp"),
    "CHF": dict(sym="CHF", code="CHF", word="francs", scale=1, dp=2,
                notes=[20, 50, 100], region="ch"),
}

NICE = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]


def nice_step(x):
    for n in NICE:
        if n >= x:
            return Fr(n)
    return Fr(NICE[-1])


# ---------------------------------------------------------------- variable specs
class Var:
    kind = "#"

    def draw(self, rng, cur, vals):
        raise NotImplementedError


class I(Var):
    """Integer count."""

    def __init__(self, lo, hi, step=1, kind="#"):
        self.lo, self.hi, self.step, self.kind = lo, hi, step, kind

    def draw(self, rng, cur, vals):
        k = rng.randint(0, (self.hi - self.lo) // self.step)
        return Fr(self.lo + k * self.step)


class M(Var):
    """Money, given in pound-sized units and scaled for the currency."""
    kind = "$"

    def __init__(self, lo, hi, step):
        self.lo, self.hi, self.step = fr(lo), fr(hi), fr(step)

    def draw(self, rng, cur, vals):
        sc = cur["scale"]
        if sc == 1:
            s = self.step
        else:
            s = nice_step(self.step * sc)
        lo = -((-self.lo * sc) // s)  # ceil
        hi = (self.hi * sc) // s
        if hi < lo:
            hi = lo
        return s * rng.randint(int(lo), int(hi))


class Note(Var):
    """A banknote (or round amount) of the currency."""
    kind = "$"

    def __init__(self, first=0):
        self.first = first

    def draw(self, rng, cur, vals):
        notes = cur["notes"][self.first:]
        return Fr(rng.choice(notes))


COINS = {
    "GBP": ([1, 2], ["0.1", "0.2", "0.5"]), "EUR": ([1, 2], ["0.1", "0.2", "0.5"]),
    "CHF": ([1, 2, 5], ["0.2", "0.5"]), "INR": ([10, 20], [1, 2, 5]),
    "JPY": ([100, 500], [10, 50]),
}


class Coin(Var):
    """A coin of the currency (big or small denomination)."""
    kind = "$"

    def __init__(self, big):
        self.big = big

    def draw(self, rng, cur, vals):
        big, small = COINS[cur["code"]]
        return fr(rng.choice(big if self.big else small))


class D(Var):
    """Decimal measure with a unit."""

    def __init__(self, lo, hi, step, unit):
        self.lo, self.hi, self.step, self.kind = fr(lo), fr(hi), fr(step), unit

    def draw(self, rng, cur, vals):
        n = int((self.hi - self.lo) / self.step)
        return self.lo + self.step * rng.randint(0, n)


class P(Var):
    """Percentage (value is the number before the % sign)."""
    kind = "%"

    def __init__(self, *choices):
        self.choices = [fr(c) for c in choices]

    def draw(self, rng, cur, vals):
        return rng.choice(self.choices)


class Fc(Var):
    """Fraction such as (3, 4)."""
    kind = "f"

    def __init__(self, *choices):
        self.choices = [Fr(n, d) for n, d in choices]

    def draw(self, rng, cur, vals):
        return rng.choice(self.choices)


class T(Var):
    """Clock time, value in minutes after midnight."""
    kind = "t"

    def __init__(self, lo, hi, step=5):
        h, m = lo.split(":")
        self.lo = int(h) * 60 + int(m)
        h, m = hi.split(":")
        self.hi = int(h) * 60 + int(m)
        self.step = step

    def draw(self, rng, cur, vals):
        return Fr(self.lo + self.step * rng.randint(0, (self.hi - self.lo) // self.step))


class Day(Var):
    """Day of the month (the month is chosen per problem)."""
    kind = "dt"

    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def draw(self, rng, cur, vals):
        return Fr(rng.randint(self.lo, self.hi))


class Ch(Var):
    """Choice from a list of plain values."""

    def __init__(self, choices, kind="#"):
        self.choices = [fr(c) for c in choices]
        self.kind = kind

    def draw(self, rng, cur, vals):
        return rng.choice(self.choices)


class L(Var):
    """Derived from already drawn values."""

    def __init__(self, fn, kind="#"):
        self.fn, self.kind = fn, kind

    def draw(self, rng, cur, vals):
        return fr(self.fn(vals))


# ---------------------------------------------------------------- steps
FUNCS = ("pct", "frac", "rpct", "tdiff", "tdiffh")
BINOPS = (("add", "+"), ("sub", "-"), ("mul", "*"), ("div", "/"))
_LIT = re.compile(r"^\d+(\.\d+)?$")


class Step:
    def __init__(self, name, expr, rtype, label, say=None):
        self.name = name
        self.rtype = rtype
        self.label = label
        self.say = say
        self.op, self.args = parse_expr(expr)

    def refs(self):
        return [a for a in self.args if not _LIT.match(a)]


def S(name, expr, rtype, label, say=None):
    return Step(name, expr, rtype, label, say)


def parse_expr(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"(\w+)\(([\w.]+),([\w.]+)\)", s)
    if m:
        if m.group(1) not in FUNCS:
            raise ValueError("unknown function " + s)
        return m.group(1), [m.group(2), m.group(3)]
    for op, ch in BINOPS:
        if ch in s:
            parts = s.split(ch)
            if op != "add" and len(parts) != 2:
                raise ValueError("only + may be n-ary: " + s)
            if any(c in p for p in parts for _, c in BINOPS):
                raise ValueError("mixed operators: " + s)
            return op, parts
    raise ValueError("no operator: " + s)


def apply_op(op, a):
    if op == "add":
        return sum(a, Fr(0))
    if op == "sub":
        return a[0] - a[1]
    if op == "mul":
        return a[0] * a[1]
    if op == "div":
        return a[0] / a[1] if a[1] != 0 else None
    if op == "pct":
        return a[1] * a[0] / 100
    if op == "frac":
        return a[1] * a[0]
    if op == "rpct":
        return a[0] / a[1] * 100 if a[1] != 0 else None
    if op == "tdiff":
        return a[0] - a[1]
    if op == "tdiffh":
        return (a[0] - a[1]) / 60
    raise ValueError(op)


WRONG_OPS = {"add": ["sub", "mul"], "sub": ["add"], "mul": ["add", "div"],
             "div": ["mul", "sub"]}


# ---------------------------------------------------------------- templates
class Template:
    def __init__(self, tid, cat, text, vars, steps, ans=None, cond=None):
        self.id = tid
        self.cat = cat
        self.text = text
        self.vars = vars
        self.steps = steps
        self.ans = ans
        self.cond = cond
        self._validate()

    def _validate(self):
        names = list(self.vars)
        if not 2 <= len(self.steps) <= 5:
            raise ValueError(self.id + ": needs 2-5 steps")
        seen = []
        for st in self.steps:
            for r in st.refs():
                if r not in names and r not in seen:
                    raise ValueError("%s: unknown ref %s" % (self.id, r))
            if st.name in names or st.name in seen:
                raise ValueError(self.id + ": duplicate name " + st.name)
            if re.search(r"\d", st.label + (st.say or "")):
                raise ValueError(self.id + ": digit in label/say")
            seen.append(st.name)
        for i, st in enumerate(self.steps[:-1]):
            if not any(st.name in later.refs() for later in self.steps[i + 1:]):
                raise ValueError("%s: step %s feeds nothing" % (self.id, st.name))

    def kind_of(self, ref):
        if _LIT.match(ref):
            return "lit"
        if ref in self.vars:
            return self.vars[ref].kind
        for st in self.steps:
            if st.name == ref:
                return st.rtype
        raise KeyError(ref)

    def feeders(self, i):
        """Indices of later steps that depend (directly) on step i."""
        nm = self.steps[i].name
        return [j for j in range(i + 1, len(self.steps)) if nm in self.steps[j].refs()]


def T_(tid, cat, text, vars, steps, ans=None, cond=None):
    return Template(tid, cat, text, vars, steps, ans, cond)


def valid_value(x, rtype, cur):
    if x is None or x <= 0 or x > MAX_VALUE:
        return False
    d = dp_of(x)
    if d is None:
        return False
    if rtype.startswith("#"):
        return d == 0 and x >= 2
    if rtype == "dt":
        return d == 0
    if rtype == "$":
        return d <= cur["dp"]
    if rtype == "%":
        return d <= 2
    return d <= 3


def arg_value(ref, vals):
    if _LIT.match(ref):
        return fr(ref)
    return vals[ref]


def evaluate(tpl, vals, cur, override=None):
    """Compute all steps. override: {step_name: value} forced after computing.
    Returns dict of step values or None if any value is invalid."""
    v = dict(vals)
    out = {}
    for st in tpl.steps:
        args = [arg_value(a, v) for a in st.args]
        x = apply_op(st.op, args)
        if override and st.name in override:
            x = override[st.name]
        if not valid_value(x, st.rtype, cur):
            return None
        v[st.name] = x
        out[st.name] = x
    return out


def draw_values(tpl, rng, cur):
    vals = {}
    for k, spec in tpl.vars.items():
        vals[k] = spec.draw(rng, cur, vals)
    return vals


# ---------------------------------------------------------------- faults
KIND_WEIGHTS = [("off_by", 35), ("wrong_op", 25), ("digit_swap", 20),
                ("times10", 10), ("div10", 10)]


def fault_candidates(tpl, i, vals, steps_v, cur, plain_of):
    """Map kind -> list of candidate wrong values for step i (slip-valid)."""
    st = tpl.steps[i]
    right = steps_v[st.name]
    rs = plain_of(right, st.rtype)
    out = {}

    def ok(w):
        return (w != right and valid_value(w, st.rtype, cur))

    # off_by
    if right.denominator == 1:
        deltas = [1, 2, 3, 10, -1, -2, -3, -10]
    else:
        deltas = [Fr(1, 10), Fr(-1, 10), Fr(1, 100), Fr(-1, 100)]
    c = [right + d for d in deltas if ok(right + d)]
    if c:
        out["off_by"] = c
    # wrong_op
    if st.op in WRONG_OPS and len(st.args) == 2:
        v = dict(vals)
        v.update(steps_v)
        a = [arg_value(x, v) for x in st.args]
        c = []
        for alt in WRONG_OPS[st.op]:
            w = apply_op(alt, a)
            if w is not None and ok(w) and w not in c:
                c.append(w)
        if c:
            out["wrong_op"] = c
    # digit_swap on the written form
    c = []
    for k in range(len(rs) - 1):
        x, y = rs[k], rs[k + 1]
        if x.isdigit() and y.isdigit() and x != y:
            s2 = rs[:k] + y + x + rs[k + 2:]
            if s2[0] == "0" and len(s2) > 1 and s2[1] != ".":
                continue
            w = Fr(s2)
            if ok(w) and plain_of(w, st.rtype) == s2 and w not in c:
                c.append(w)
    if c:
        out["digit_swap"] = c
    w = right * 10
    if ok(w):
        out["times10"] = [w]
    w = right / 10
    if ok(w):
        out["div10"] = [w]
    return out


def weighted_kind(rng, kinds):
    pool = [(k, w) for k, w in KIND_WEIGHTS if k in kinds]
    tot = sum(w for _, w in pool)
    r = rng.random() * tot
    for k, w in pool:
        r -= w
        if r < 0:
            return k
    return pool[-1][0]


def choose_fault(tpl, vals, steps_v, cur, plain_of, rng, carry):
    """Pick (step index, kind, wrong value, carried step values or None)."""
    n = len(tpl.steps)
    elig = [i for i in range(n - 1) if tpl.feeders(i)]
    order = list(elig)
    rng.shuffle(order)
    final_name = tpl.steps[-1].name
    for i in order:
        cands = fault_candidates(tpl, i, vals, steps_v, cur, plain_of)
        if carry:
            good = {}
            for k, ws in cands.items():
                keep = []
                for w in ws:
                    cv = evaluate(tpl, vals, cur, {tpl.steps[i].name: w})
                    if cv is None:
                        continue
                    if cv[final_name] == steps_v[final_name]:
                        continue
                    keep.append(w)
                if keep:
                    good[k] = keep
            cands = good
        if not cands:
            continue
        kind = weighted_kind(rng, list(cands))
        w = rng.choice(cands[kind])
        cv = evaluate(tpl, vals, cur, {tpl.steps[i].name: w}) if carry else None
        return i, kind, w, cv
    return None
