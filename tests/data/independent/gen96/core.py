"""Core engine: exact numbers, step recording, fault injection, formatting."""
from fractions import Fraction as Fr
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR, ROUND_CEILING
import math


def fr(x):
    if isinstance(x, Fr):
        return x
    if isinstance(x, int):
        return Fr(x)
    return Fr(str(x))


def terminating(v):
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def to_dec(v):
    v = fr(v)
    return Decimal(v.numerator) / Decimal(v.denominator)


def round_places(v, places):
    q = Decimal(1).scaleb(-places)
    d = (Decimal(v.numerator) / Decimal(v.denominator)) if isinstance(v, Fr) else Decimal(v)
    return fr(d.quantize(q, rounding=ROUND_HALF_UP))


def exact_str(v, min_places=0):
    """Decimal string of a terminating fraction with at least min_places decimals."""
    v = fr(v)
    assert terminating(v), v
    neg = v < 0
    v = abs(v)
    places = 0
    while (v * 10 ** places).denominator != 1:
        places += 1
    places = max(places, min_places)
    n = int(v * 10 ** places)
    s = str(n).rjust(places + 1, "0")
    if places:
        s = s[:-places] + "." + s[-places:]
    return ("-" if neg else "") + s


def fixed_str(v, places):
    v = round_places(fr(v), places)
    return exact_str(v, places) if places else exact_str(v)


def group(s):
    """Insert thousands separators into a plain decimal string."""
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        a, b = s.split(".")
        b = "." + b
    else:
        a, b = s, ""
    out = ""
    while len(a) > 3:
        out = "," + a[-3:] + out
        a = a[:-3]
    return ("-" if neg else "") + a + out + b


def final_str(v):
    """Canonical gold final: no trailing zeros, e.g. 12.5, 48, -7."""
    s = exact_str(fr(v))
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s == "-0":
        s = "0"
    return s


class Term:
    __slots__ = ("v", "u", "places")

    def __init__(self, v, u="x", places=None):
        self.v = fr(v)
        self.u = u
        self.places = places


def T(v, u="x", places=None):
    return Term(v, u, places)


def ev(expr):
    """Evaluate a flat/nested expression list with normal precedence."""
    if isinstance(expr, Term):
        if expr.u == "%":
            return expr.v / 100
        if expr.u == "c":
            return expr.v / 100
        return expr.v
    vals = [ev(expr[0])]
    ops = []
    i = 1
    while i < len(expr):
        op, rhs = expr[i], ev(expr[i + 1])
        if op in ("*", "/", "of"):
            if op == "/":
                vals[-1] = vals[-1] / rhs
            else:
                vals[-1] = vals[-1] * rhs
        else:
            vals.append(rhs)
            ops.append(op)
        i += 2
    r = vals[0]
    for op, x in zip(ops, vals[1:]):
        r = r + x if op == "+" else r - x
    return r


class Step:
    def __init__(self, **kw):
        self.__dict__.update(kw)


class Fault:
    def __init__(self, idx, mode, rng, kind=None):
        self.idx = idx
        self.mode = mode  # 'slip' | 'carry'
        self.rng = rng
        self.kind = kind
        self.info = None


class Calc:
    """Records solution steps. Faults replace one written result."""

    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault
        self.ncalc = 0
        self.final = None

    # a computation step
    def calc(self, label, expr, unit="$", places=None, post=None, suffix="",
             check=False, rem=None, approx_word=None):
        exact = ev(expr)
        form = None
        rnd = post
        if post in ("floor", "ceil"):
            ff = getattr(self, "ff", "dec")
            if ff == "dec" and terminating(exact) and (exact * 100).denominator == 1:
                form = "dec"
            else:
                ints = (isinstance(expr, list) and len(expr) == 3 and expr[1] == "/"
                        and all(isinstance(x, Term) and x.v.denominator == 1 for x in (expr[0], expr[2])))
                form = "rem" if (ff == "rem" and post == "floor" and ints) else "bracket"
                exact = fr(math.floor(exact)) if post == "floor" else fr(math.ceil(exact))
                post = None
        if places is not None:
            shown = round_places(exact, places)
            approx = shown != exact
        else:
            assert terminating(exact), (label, exact)
            shown = exact
            approx = False
        idx = None
        wrong = None
        if not check:
            self.ncalc += 1
            idx = self.ncalc
        written = shown
        if self.fault is not None and idx == self.fault.idx:
            wrong, kind = make_wrong(self.fault.rng, shown, exact, expr, unit, places, self.fault.kind)
            if wrong is None:
                raise NoFault()
            self.fault.info = (idx, shown, wrong, kind, unit, places)
            written = wrong
        if post == "floor":
            ret_shown = fr(math.floor(written)) if True else None
        elif post == "ceil":
            ret_shown = fr(math.ceil(written))
        else:
            ret_shown = written
        st = Step(t="calc", label=label, expr=expr, unit=unit, places=places, exact=exact,
                  shown=written, right=shown, approx=approx, post=post, post_val=ret_shown,
                  suffix=suffix, check=check, idx=idx, rem=rem, approx_word=approx_word,
                  faulty=(wrong is not None), form=form,
                  rnd=rnd)
        self.steps.append(st)
        # value passed on
        if wrong is not None and self.fault.mode == "slip":
            if post == "floor":
                return fr(math.floor(shown))
            if post == "ceil":
                return fr(math.ceil(shown))
            return shown
        return ret_shown

    def check(self, label, expr, unit="$"):
        return self.calc(label, expr, unit, check=True)

    def cmp(self, a, b, unit, text_lt, text_gt, places=None):
        if a == b:
            raise NoFault()
        self.steps.append(Step(t="cmp", a=a, b=b, unit=unit, places=places, lt=text_lt, gt=text_gt))
        return a < b

    def note(self, text):
        self.steps.append(Step(t="note", text=text))

    def answer(self, v, unit, sentence):
        self.final = fr(v)
        self.final_unit = unit
        self.final_sentence = sentence
        return v


class NoFault(Exception):
    pass


def _digits_variants(s, rng, kind):
    """s is a plain decimal string (no sign). Return a mutated string or None."""
    idxs = [i for i, ch in enumerate(s) if ch.isdigit()]
    if kind == "swap":
        pairs = [(idxs[k], idxs[k + 1]) for k in range(len(idxs) - 1)
                 if s[idxs[k]] != s[idxs[k + 1]]]
        if not pairs:
            return None
        i, j = rng.choice(pairs)
        l = list(s)
        l[i], l[j] = l[j], l[i]
        return "".join(l)
    if kind == "drop":
        if len(idxs) < 3:
            return None
        i = rng.choice(idxs[1:])
        return s[:i] + s[i + 1:]
    if kind == "double":
        i = rng.choice(idxs)
        return s[:i] + s[i] + s[i:]
    return None


def make_wrong(rng, shown, exact, expr, unit, places, want=None):
    """Produce (wrong_value, kind) for a realistic slip of the written result."""
    if places is not None:
        nplaces = places
    else:
        s0 = exact_str(shown)
        nplaces = len(s0.split(".")[1]) if "." in s0 else 0
        if unit in ("$",) and nplaces < 2:
            nplaces = 2
    kinds = ["off_by_one", "off_by_ten", "swap", "drop", "double", "wrong_op", "decimal"]
    if shown < 0:
        kinds += ["sign", "sign"]
    rng.shuffle(kinds)
    if want:
        kinds = [want] + [k for k in kinds if k != want]
    unit_step = Fr(1) if (nplaces == 0 or rng.random() < 0.5) else Fr(1, 10 ** nplaces)
    if places is not None:
        unit_step = Fr(1) if shown >= 2 else Fr(1, 10 ** max(1, places - 1))
    for kind in kinds:
        w = None
        if kind == "off_by_one":
            w = shown + rng.choice([-1, 1]) * unit_step
        elif kind == "off_by_ten":
            w = shown + rng.choice([-1, 1]) * unit_step * 10
        elif kind in ("swap", "drop", "double"):
            s = exact_str(abs(shown), nplaces)
            m = _digits_variants(s, rng, kind)
            if m is None or m.startswith("0") and not m.startswith("0."):
                continue
            if m.startswith("."):
                continue
            w = fr(m) * (1 if shown >= 0 else -1)
        elif kind == "decimal":
            w = shown * rng.choice([10, Fr(1, 10)])
        elif kind == "sign":
            w = -shown
        elif kind == "wrong_op":
            w = _wrong_op(expr, rng)
            if w is None:
                continue
            if places is not None:
                w = round_places(w, places)
        if w is None:
            continue
        if not terminating(w):
            continue
        if shown >= 0 and w < 0:
            continue
        if w == 0 and shown != 0:
            continue
        # keep representable at the shown precision
        if (w * 10 ** max(nplaces, 0)).denominator != 1 and kind not in ("decimal", "drop", "double", "swap", "wrong_op"):
            continue
        if kind == "decimal" and (w * 10 ** (nplaces + 1)).denominator != 1:
            continue
        if kind == "wrong_op" and (w * 10 ** max(nplaces, 2)).denominator != 1:
            continue
        tol = Fr(1, 2 * 10 ** nplaces) if places is not None else Fr(0)
        if abs(w - exact) <= tol * 3 or w == shown:
            continue
        if abs(w) > 10 ** 7:
            continue
        return w, kind
    return None, None


def _wrong_op(expr, rng):
    if isinstance(expr, Term) or len(expr) != 3:
        return None
    a, op, b = expr
    if not isinstance(a, Term) or not isinstance(b, Term):
        return None
    va, vb = ev(a), ev(b)
    alts = {"*": ["+"], "+": ["*", "-"], "-": ["+"], "/": ["*"], "of": []}[op]
    if op == "-" and va - vb < 0:
        return None
    if op == "+" and (va < 2 or vb < 2):
        alts = ["-"]
    if not alts:
        return None
    o = rng.choice(alts)
    r = {"+": va + vb, "-": va - vb, "*": va * vb}.get(o)
    if r is None or r <= 0:
        return None
    return r
