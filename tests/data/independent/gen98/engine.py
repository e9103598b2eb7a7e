"""Core engine: exact values, expression trees, fault injection, rendering styles.
Standard library only."""
import math
import random
from fractions import Fraction as F

# ----------------------------------------------------------------- numbers

def min_dec(v, maxd=4):
    for d in range(maxd + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def round_half_up(v, d):
    a = abs(v)
    n = math.floor(a * 10 ** d + F(1, 2))
    r = F(n, 10 ** d)
    return -r if v < 0 else r


def digits(v, d, sep=",", minus="-"):
    """Render v with exactly d decimals (v must already be exact at d)."""
    neg = v < 0
    a = abs(v)
    n = int(a * 10 ** d)
    s = str(n).rjust(d + 1, "0")
    ip, fp = (s[:-d], s[-d:]) if d else (s, "")
    if sep and len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    out = ip + ("." + fp if fp else "")
    return (minus + out) if neg and n != 0 else out


def plain(v):
    """Canonical plain string (used for problem text and #### finals)."""
    v = F(v)
    d = min_dec(v, 6)
    if d is None:
        d = 4
        v = round_half_up(v, 4)
    s = digits(v, d, sep="")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def textnum(v):
    v = F(v)
    d = min_dec(v, 6)
    return digits(v, d if d is not None else 2, sep=",")


def textmoney(v):
    v = F(v)
    if v.denominator == 1:
        return digits(v, 0, sep=",")
    return digits(v, 2, sep=",")


def shown_value(v, fmt, rd):
    """Return (value as written, approx flag, decimals)."""
    v = F(v)
    if fmt == "money":
        if (v * 100).denominator == 1:
            return v, False, 2
        return round_half_up(v, 2), True, 2
    d = min_dec(v, 4)
    if d is not None:
        return v, False, d
    r = round_half_up(v, rd)
    return r, True, rd


# ----------------------------------------------------------------- expressions

class Leaf:
    def __init__(self, v, fmt="dec", unit=None, name=None, given=False):
        self.v = F(v)
        self.fmt = fmt
        self.unit = unit
        self.name = name
        self.given = given


def G(v, fmt="dec", unit=None, name=None):
    return Leaf(v, fmt, unit, name, True)


class Op:
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


def ev(e):
    if isinstance(e, Leaf):
        return e.v
    a, b = ev(e.a), ev(e.b)
    if e.op == "+":
        return a + b
    if e.op == "-":
        return a - b
    if e.op in ("*", "of"):
        return a * b
    if e.op == "/":
        return a / b
    raise ValueError(e.op)


def add(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = Op("+", e, x)
    return e


def mul(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = Op("*", e, x)
    return e


def sub(a, b):
    return Op("-", a, b)


def div(a, b):
    return Op("/", a, b)


def pct(a, b):
    return Op("of", a, b)


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "of": 2}


# ----------------------------------------------------------------- solution context

class Fault(Exception):
    pass


MUT_KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit",
             "wrong_operation", "sign_dropped", "decimal_shift"]


def _parse_plain(s):
    return F(s)


def mutate(right_str, right_val, true_val, approx, e, rng, fmt):
    """Return (kind, wrong_value) for a realistic slip."""
    cands = []
    neg = right_str.startswith("-")
    body = right_str.lstrip("-")
    d = len(body.split(".")[1]) if "." in body else 0
    unit_last = F(1, 10 ** d)
    # off by one
    for delta in (1, -1):
        step = 1 if (d == 0 or rng.random() < 0.5) else unit_last
        cands.append(("off_by_one", right_val + delta * step))
    if abs(right_val) >= 20:
        for delta in (10, -10):
            cands.append(("off_by_ten", right_val + delta))
    digs = [i for i, ch in enumerate(body) if ch.isdigit()]
    for j in range(len(digs) - 1):
        i1, i2 = digs[j], digs[j + 1]
        if body[i1] != body[i2]:
            b = list(body)
            b[i1], b[i2] = b[i2], b[i1]
            s = "".join(b)
            if not (s.startswith("0") and len(s.split(".")[0]) > 1):
                cands.append(("swap_digits", F(("-" if neg else "") + s)))
    ipart = body.split(".")[0]
    if len(body.replace(".", "")) >= 2:
        for i in digs:
            s = body[:i] + body[i + 1:]
            if s.startswith(".") or s.endswith(".") or s == "":
                continue
            if s.startswith("0") and len(s.split(".")[0]) > 1:
                continue
            cands.append(("drop_digit", F(("-" if neg else "") + s)))
    for i in digs:
        if len(ipart) >= 2 or "." in body:
            s = body[:i] + body[i] + body[i:]
            if s.startswith("0") and len(s.split(".")[0]) > 1:
                continue
            cands.append(("double_digit", F(("-" if neg else "") + s)))
    if isinstance(e, Op) and isinstance(e.a, Leaf) and isinstance(e.b, Leaf) and not approx:
        a, b = e.a.v, e.b.v
        alt = {"+": [a - b, a * b], "-": [a + b], "*": [a + b], "/": [a * b], "of": []}[e.op]
        for x in alt:
            if min_dec(x, 2) is not None and x > 0:
                cands.append(("wrong_operation", x))
    if right_val < 0:
        cands += [("sign_dropped", -right_val)] * 3
    if right_val != 0:
        cands.append(("decimal_shift", right_val * 10))
        if min_dec(right_val / 10, 3) is not None and (d < 2 or fmt != "money"):
            cands.append(("decimal_shift", right_val / 10))
    good = []
    for k, w in cands:
        if w == right_val:
            continue
        if fmt == "money" and min_dec(w, 2) is None:
            continue
        if right_val > 0 and w <= 0:
            continue
        if min_dec(w, 4) is None:
            continue
        wd = min_dec(w, 4)
        tol = F(1, 2 * 10 ** max(wd, 0)) if approx else F(0)
        if abs(w - true_val) <= tol:
            continue
        good.append((k, w))
    if not good:
        raise Fault("no mutation")
    kinds = sorted(set(k for k, _ in good), key=MUT_KINDS.index)
    kind = rng.choice(kinds)
    if "sign_dropped" in kinds and rng.random() < 0.5:
        kind = "sign_dropped"
    opts = [w for k, w in good if k == kind]
    return kind, rng.choice(opts)


class Ctx:
    def __init__(self, mode="correct", fault_at=None, seed=""):
        self.mode = mode
        self.fault_at = fault_at
        self.rng = random.Random(seed)
        self.steps = []
        self.ncalc = 0
        self.faultable = []
        self.fault_info = None
        self.final = None

    def calc(self, label, expr, unit=None, fmt="dec", rd=2, fault=True, chain=False):
        true = ev(expr)
        self.ncalc += 1
        idx = self.ncalc
        val, approx, d = shown_value(true, fmt, rd)
        written = val
        if fault:
            self.faultable.append(idx)
        if self.fault_at == idx:
            rs = digits(val, d if fmt == "money" or approx else (min_dec(val, 4) or 0), sep="")
            kind, wrong = mutate(rs, val, true, approx, expr, self.rng, fmt)
            written = wrong
            self.fault_info = dict(step=idx, kind=kind, wrong=wrong, right=val, fmt=fmt)
            if self.mode == "carry":
                val = wrong
        st = dict(t="calc", label=label, expr=expr, val=written, approx=approx, unit=unit,
                  fmt=fmt, idx=idx, chain=chain, rd=d, carried=val)
        self.steps.append(st)
        return Leaf(val, "dec" if fmt == "int" else fmt, unit)

    def ceil(self, x, unit, why):
        v = F(math.ceil(x.v))
        self.steps.append(dict(t="round", dir="up", src=x, val=v, unit=unit, why=why))
        return Leaf(v, "dec", unit)

    def floor(self, x, unit, why):
        v = F(math.floor(x.v))
        self.steps.append(dict(t="round", dir="down", src=x, val=v, unit=unit, why=why))
        return Leaf(v, "dec", unit)

    def divmod(self, label, a, b, unit, runit):
        q, r = divmod(a.v, b.v)
        self.steps.append(dict(t="divmod", label=label, a=a, b=b, q=q, r=r, unit=unit, runit=runit))
        return Leaf(q, "dec", unit), Leaf(r, "dec", runit)

    def hm(self, hours):
        """Restate a decimal number of hours as h + min if whole minutes."""
        mins = hours.v * 60
        if mins.denominator == 1 and hours.v > 1 and hours.v.denominator != 1:
            self.steps.append(dict(t="hm", h=hours, H=int(mins // 60), M=int(mins % 60)))

    def note(self, text, *vals):
        self.steps.append(dict(t="note", text=text, vals=vals))

    def answer(self, x, phrase, unit=None):
        self.final = dict(leaf=x, phrase=phrase, unit=unit)
