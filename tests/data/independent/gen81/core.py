"""Core: exact arithmetic steps, formatting, fault injection (stdlib only)."""
import math
from fractions import Fraction as F

MINUS = "\u2212"


def Q(x):
    return x if isinstance(x, F) else F(str(x))


def decs(v, maxd=8):
    for d in range(0, maxd + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rnd(v, dp):
    q = v * 10 ** dp
    s = 1 if q >= 0 else -1
    n = math.floor(abs(q) + F(1, 2))
    return F(s * n, 10 ** dp)


def fmt(v, commas=True, dp=None, money=False, latex=False, minus=MINUS):
    v = Q(v)
    if dp is None:
        dp = decs(v)
        assert dp is not None, v
        if money and dp > 0:
            dp = max(dp, 2)
    neg = v < 0
    a = abs(v)
    q = a * 10 ** dp
    assert q.denominator == 1, (v, dp)
    n = q.numerator
    ip, fp = divmod(n, 10 ** dp)
    s = f"{ip:,}" if commas else str(ip)
    if latex:
        s = s.replace(",", "{,}")
    if dp:
        s += "." + str(fp).zfill(dp)
    if money:
        s = ("\\$" if latex else "$") + s
    if neg:
        s = minus + s
    return s


def plain(v):
    """gold final string: no commas, no trailing zeros"""
    v = Q(v)
    d = decs(v)
    s = fmt(v, commas=False, dp=d, minus="-")
    return s


def leaf(v, unit="", money=False, pct=False):
    return ("n", Q(v), unit, money, pct)


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def ev(t):
    if t[0] == "n":
        return t[1]
    op, args = t
    vals = [ev(a) for a in args]
    r = vals[0]
    for v in vals[1:]:
        if op == "+":
            r += v
        elif op == "-":
            r -= v
        elif op == "*":
            r *= v
        else:
            r /= v
    return r


class Calc:
    def __init__(self, ov=None):
        self.steps = []
        self.ov = ov or {}

    def _mk(self, a):
        if isinstance(a, tuple):
            return a
        return leaf(a)

    def do(self, op, args, label, unit="", dp=2, money=False, fault=True):
        tree = (op, [self._mk(a) for a in args])
        true = ev(tree)
        d = decs(true)
        if money:
            if d is not None and d <= 2:
                shown, approx, sdp = true, False, 2
            else:
                shown, approx, sdp = rnd(true, 2), True, 2
        elif d is not None and d <= dp:
            shown, approx, sdp = true, False, d
        else:
            shown, approx, sdp = rnd(true, dp), True, dp
        idx = len(self.steps)
        if idx in self.ov:
            shown = self.ov[idx]
            sdp = decs(shown)
            if money:
                sdp = 2
        st = dict(kind="calc", tree=tree, true=true, shown=shown, approx=approx, sdp=sdp,
                  unit=unit, money=money, label=label, fault=fault, dp=dp)
        self.steps.append(st)
        return leaf(shown, unit, money)

    def check(self, op, args, unit="", money=False, label="check"):
        st = self.do(op, args, label, unit=unit, money=money, fault=False)
        self.steps[-1]["kind"] = "check"
        return st

    def floor(self, ref, label, unit=""):
        return self.ceil(ref, label, unit, mode="floor")

    def ceil(self, ref, label, unit="", mode="ceil"):
        v = ref[1]
        c = math.ceil(v) if mode == "ceil" else math.floor(v)
        st = dict(kind=mode, src=v, shown=F(c), unit=unit, label=label, fault=False,
                  money=False, sdp=0, approx=False)
        self.steps.append(st)
        return leaf(F(c), unit)


# ---------------- wrong values ----------------

def _digits_variants(s, rng):
    """s: plain string of abs value like '1371.4'. return list of (kind, newstring)"""
    out = []
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    # swap adjacent digits
    for i in range(len(ds) - 1):
        a, b = ds[i], ds[i + 1]
        if b == a + 1 and s[a] != s[b]:
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            out.append(("swap", t))
    # drop a digit
    for i in ds:
        t = s[:i] + s[i + 1:]
        if t and t[0] != "." and t[-1] != "." and not (t.startswith("0") and len(t) > 1 and t[1] != "."):
            out.append(("drop", t))
    # double a digit
    for i in ds:
        t = s[:i] + s[i] + s[i:]
        out.append(("double", t))
    return out


def wrong_candidates(st, rng):
    """Return list of (kind, wrong Fraction) for a calc step."""
    right = st["shown"]
    sdp = st["sdp"]
    unit = F(1, 10 ** sdp) if sdp else F(1)
    cands = []
    for dlt in (unit, -unit):
        cands.append(("off_by_one", right + dlt))
    if abs(right) >= 20:
        for dlt in (10, -10):
            cands.append(("off_by_ten", right + dlt))
    s = fmt(abs(right), commas=False, dp=sdp, minus="-")
    for k, t in _digits_variants(s, rng):
        try:
            v = F(t)
        except Exception:
            continue
        cands.append((k, v if right >= 0 else -v))
    if right < 0:
        cands.append(("sign_dropped", -right))
    if sdp == 0 and abs(right) >= 10:
        cands.append(("decimal_moved", right / 10))
    elif sdp > 0:
        cands.append(("decimal_moved", right * 10))
    tree = st["tree"]
    op, args = tree
    if len(args) == 2 and all(a[0] == "n" for a in args):
        a, b = args[0][1], args[1][1]
        alt = {"*": [a + b], "+": [a * b, a - b], "-": [a + b], "/": [a * b]}[op]
        for v in alt:
            cands.append(("wrong_operation", v))
    good = []
    h = F(1, 2) / (10 ** sdp)
    for k, v in cands:
        if v == right:
            continue
        dvv = decs(v)
        if dvv is None:
            continue
        if st["approx"] and (abs(st["true"] - v) <= h or abs(st["true"] - v) <= F(1, 2) / 10 ** dvv):
            continue
        if not st["approx"] and v == st["true"]:
            continue
        if abs(v) > 0 and decs(v) is None:
            continue
        dv = decs(v)
        if dv is not None and dv > 4:
            continue
        if (right > 0) and v <= 0:
            continue
        if st["money"] and (dv is None or dv > 2):
            continue
        good.append((k, v))
    return good
