"""Core machinery: exact numbers, parameter specs, steps, templates.

Everything is computed with fractions.Fraction.  Kinds of quantities:
  c  count of people/items (positive integer)
  m  money (positive, whole cents)
  d  other decimal quantity (positive, at most 3 decimal places)
  p  percent (param or result, at most 3 decimal places)
  f  fraction (params only, e.g. 3/4)
"""
import re
from fractions import Fraction

__all__ = ["Fr", "dec_places", "plain", "fixed", "commas", "valid", "C", "M", "D",
           "P", "Fc", "X", "S", "T", "NAMES", "pron", "num_word", "frac_word"]


def Fr(x):
    if isinstance(x, Fraction):
        return x
    return Fraction(str(x))


def dec_places(v, limit=6):
    """Number of decimals needed to write v exactly, or None."""
    for k in range(limit + 1):
        if (v * 10 ** k).denominator == 1:
            return k
    return None


def fixed(v, k):
    """v written with exactly k decimals (v must be exact at k places)."""
    n = v * 10 ** k
    assert n.denominator == 1, (v, k)
    n = n.numerator
    neg = n < 0
    s = str(abs(n))
    if k:
        s = s.rjust(k + 1, "0")
        s = s[:-k] + "." + s[-k:]
    return ("-" if neg else "") + s


def plain(v):
    k = dec_places(v)
    assert k is not None, v
    return fixed(v, k)


def commas(s):
    """Insert thousands separators into a plain number string."""
    if "." in s:
        ip, fp = s.split(".")
        fp = "." + fp
    else:
        ip, fp = s, ""
    out = ""
    while len(ip) > 3:
        out = "," + ip[-3:] + out
        ip = ip[:-3]
    return ip + out + fp


def valid(v, kind):
    if v is None or v <= 0:
        return False
    if kind == "c":
        return v.denominator == 1
    if kind == "m":
        return (v * 100).denominator == 1
    if kind in ("d", "p"):
        return (v * 1000).denominator == 1
    if kind == "f":
        return True
    raise ValueError(kind)


# ---------------------------------------------------------------- params
class Spec:
    kind = "c"
    u = None

    def draw(self, rng, vals):
        raise NotImplementedError


class C(Spec):
    """Integer count lo..hi (inclusive) with step."""

    def __init__(self, lo, hi, step=1, u=None):
        self.lo, self.hi, self.step, self.u = lo, hi, step, u
        self.kind = "c"

    def draw(self, rng, vals):
        return Fraction(rng.randrange(self.lo, self.hi + 1, self.step))


class _Grid(Spec):
    def __init__(self, lo, hi, step, u=None, choices=None):
        self.u = u
        if choices is not None:
            self.grid = [Fr(c) for c in choices]
        else:
            lo, hi, step = Fr(lo), Fr(hi), Fr(step)
            n = int((hi - lo) / step)
            self.grid = [lo + i * step for i in range(n + 1)]

    def draw(self, rng, vals):
        return self.grid[rng.randrange(len(self.grid))]


class M(_Grid):
    """Money amount on a grid lo..hi step (strings), or M(choices=[...])."""
    kind = "m"

    def __init__(self, lo=None, hi=None, step=None, u=None, choices=None):
        _Grid.__init__(self, lo, hi, step, u, choices)


class D(_Grid):
    """Decimal quantity on a grid."""
    kind = "d"

    def __init__(self, lo=None, hi=None, step=None, u=None, choices=None):
        _Grid.__init__(self, lo, hi, step, u, choices)


class P(_Grid):
    """Percent from a list of choices."""
    kind = "p"

    def __init__(self, choices):
        _Grid.__init__(self, None, None, None, None, choices)


class Fc(_Grid):
    """Fraction from a list like ['1/4', '3/4']."""
    kind = "f"

    def __init__(self, choices):
        self.u = None
        self.grid = [Fraction(c) for c in choices]


_NUMLIT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)")


class X(Spec):
    """Derived parameter: arithmetic expression over earlier params."""

    def __init__(self, expr, kind="c", u=None):
        self.expr = expr
        self.kind = kind
        self.u = u
        self.code = compile(_NUMLIT.sub(r"_F('\1')", expr), "<X>", "eval")

    def draw(self, rng, vals):
        env = dict(vals)
        env["_F"] = Fraction
        return Fraction(eval(self.code, {"__builtins__": {}}, env))


# ---------------------------------------------------------------- steps
_OPCH = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "pct", "@": "frac"}


class S:
    """One solution step.

    expr: 'a*b', 'a-b', 'a/b', 'a+b+c', 'p%a' (p percent of a), 'f@a' (fraction f of a)
    unit: '$' money, '%' percent, 'c:noun' count, 'd:noun' decimal quantity
    """

    def __init__(self, name, expr, desc, unit):
        self.name, self.desc = name, desc
        expr = expr.replace(" ", "")
        ops = [ch for ch in expr if ch in _OPCH]
        assert ops and all(o == ops[0] for o in ops), expr
        self.op = _OPCH[ops[0]]
        self.args = expr.split(ops[0])
        if self.op != "add":
            assert len(self.args) == 2, expr
        if unit == "$":
            self.kind, self.noun = "m", None
        elif unit == "%":
            self.kind, self.noun = "p", None
        else:
            k, _, noun = unit.partition(":")
            assert k in ("c", "d"), unit
            self.kind, self.noun = k, (noun or None)

    def compute(self, xs):
        if self.op == "add":
            return sum(xs, Fraction(0))
        a, b = xs
        if self.op == "sub":
            return a - b
        if self.op == "mul":
            return a * b
        if self.op == "div":
            return a / b if b else None
        if self.op == "pct":
            return a * b / 100
        if self.op == "frac":
            return a * b
        raise ValueError(self.op)


def is_lit(tok):
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", tok))


class T:
    def __init__(self, tid, cat, text, params, steps, req=()):
        self.id, self.cat, self.text = tid, cat, text
        self.params = params          # dict name -> Spec (insertion order)
        self.steps = steps
        self.req = [compile(_NUMLIT.sub(r"_F('\1')", r), "<req>", "eval") for r in req]
        self.sidx = {s.name: i for i, s in enumerate(steps)}
        self._validate()

    # structure checks done once at import time
    def _validate(self):
        assert 2 <= len(self.steps) <= 5, self.id
        known = set(self.params)
        for i, s in enumerate(self.steps):
            assert s.name not in self.params, (self.id, s.name)
            for a in s.args:
                assert a in known or is_lit(a), (self.id, s.name, a)
            if s.op == "pct":
                assert self.params.get(s.args[0]) and self.params[s.args[0]].kind == "p", (self.id, s.name)
            if s.op == "frac":
                assert self.params.get(s.args[0]) and self.params[s.args[0]].kind == "f", (self.id, s.name)
            for a in s.args:
                if a in self.params:
                    assert self.params[a].kind not in ("p", "f") or s.op in ("pct", "frac"), (self.id, s.name)
            known.add(s.name)
        # every step is an ancestor of the final step
        last = len(self.steps) - 1
        need = {last}
        for i in range(last, -1, -1):
            if i in need:
                for a in self.steps[i].args:
                    if a in self.sidx:
                        need.add(self.sidx[a])
        assert need == set(range(len(self.steps))), (self.id, "dangling step")
        for name in re.findall(r"\{(\w+)\}", self.text):
            base = re.sub(r"_w$", "", name)
            assert base in self.params or name in PRON_KEYS, (self.id, name)

    def dependents(self, i):
        """Indices of later steps that depend (transitively) on step i."""
        dep = {self.steps[i].name}
        out = []
        for j in range(i + 1, len(self.steps)):
            if any(a in dep for a in self.steps[j].args):
                dep.add(self.steps[j].name)
                out.append(j)
        return out

    def feeds(self, i):
        """Later steps that use step i directly."""
        nm = self.steps[i].name
        return [j for j in range(i + 1, len(self.steps)) if nm in self.steps[j].args]

    def draw(self, rng):
        vals = {}
        for name, spec in self.params.items():
            v = spec.draw(rng, vals)
            if not valid(v, spec.kind):
                return None
            vals[name] = v
        env = dict(vals)
        env["_F"] = Fraction
        for r in self.req:
            if not eval(r, {"__builtins__": {}}, env):
                return None
        return vals

    def arg_value(self, a, vals):
        if is_lit(a):
            return Fr(a)
        return vals[a]

    def evaluate(self, pvals, override=None):
        """Return dict of all values (params + steps) or None if invalid.

        override: (step_index, value) -- the step's value is replaced and
        everything after it is recomputed from it.
        """
        vals = dict(pvals)
        for i, s in enumerate(self.steps):
            if override is not None and override[0] == i:
                v = override[1]
            else:
                v = s.compute([self.arg_value(a, vals) for a in s.args])
            if not valid(v, s.kind):
                return None
            if v > 10 ** 7:
                return None
            vals[s.name] = v
        return vals


# ---------------------------------------------------------------- names
NAMES = [
    ("Maria", "f"), ("James", "m"), ("Aisha", "f"), ("Carlos", "m"), ("Emma", "f"), ("Liam", "m"),
    ("Sofia", "f"), ("Noah", "m"), ("Priya", "f"), ("Ethan", "m"), ("Chloe", "f"), ("Mateo", "m"),
    ("Hannah", "f"), ("Omar", "m"), ("Grace", "f"), ("Lucas", "m"), ("Mei", "f"), ("Daniel", "m"),
    ("Olivia", "f"), ("Kenji", "m"), ("Zoe", "f"), ("Samuel", "m"), ("Fatima", "f"), ("Tyler", "m"),
    ("Isabel", "f"), ("Marcus", "m"), ("Leah", "f"), ("Diego", "m"), ("Nora", "f"), ("Ben", "m"),
    ("Ruby", "f"), ("Jamal", "m"), ("Elena", "f"), ("Owen", "m"), ("Ava", "f"), ("Ravi", "m"),
    ("Lily", "f"), ("Henry", "m"), ("Jasmine", "f"), ("Caleb", "m"), ("Tara", "f"), ("Felix", "m"),
]

PRON_KEYS = {"name", "name2", "He", "he", "His", "his", "him", "Him"}


def pron(gender):
    if gender == "f":
        return {"He": "She", "he": "she", "His": "Her", "his": "her", "him": "her", "Him": "Her"}
    return {"He": "He", "he": "he", "His": "His", "his": "his", "him": "him", "Him": "Him"}


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty"]


def num_word(v):
    if v.denominator == 1 and 0 <= v.numerator <= 20:
        return _WORDS[v.numerator]
    return plain(v)


_FRW = {
    Fraction(1, 2): "half", Fraction(1, 3): "one-third", Fraction(2, 3): "two-thirds",
    Fraction(1, 4): "one-quarter", Fraction(3, 4): "three-quarters", Fraction(1, 5): "one-fifth",
    Fraction(2, 5): "two-fifths", Fraction(3, 5): "three-fifths", Fraction(4, 5): "four-fifths",
    Fraction(1, 6): "one-sixth", Fraction(5, 6): "five-sixths", Fraction(1, 8): "one-eighth",
    Fraction(3, 8): "three-eighths", Fraction(5, 8): "five-eighths", Fraction(1, 10): "one-tenth",
    Fraction(3, 10): "three-tenths", Fraction(7, 10): "seven-tenths",
}


def frac_word(f):
    return _FRW.get(f, "%d/%d" % (f.numerator, f.denominator))
