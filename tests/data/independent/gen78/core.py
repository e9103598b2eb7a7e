"""Core machinery: exact numbers, expression building, step context, fault injection."""
from fractions import Fraction as F

UMINUS = "\u2212"
MK0, MK1 = "\x02", "\x03"   # markers around the faulty written result


def rnd(x, d):
    """Round half away from zero to d decimals (exact)."""
    x = F(x)
    q = F(10) ** d
    n = (abs(x) * q + F(1, 2)).__floor__()
    r = F(n) / q
    return r if x >= 0 else -r


def numstr(x, d, minus=UMINUS, sep=True):
    r = rnd(x, d)
    neg = r < 0
    a = abs(r)
    ip = int(a)
    s = f"{ip:,}" if (sep and ip >= 1000) else str(ip)
    if d > 0:
        fs = str(int((a - ip) * 10 ** d)).rjust(d, "0")
        s += "." + fs
    return (minus if neg else "") + s


def final_str(x, d):
    s = numstr(x, d, minus="-", sep=False)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s == "-0":
        s = "0"
    return s


class Num:
    __slots__ = ("v", "d", "faulty")

    def __init__(self, v, d=0, faulty=False):
        self.v = rnd(v, d)
        self.d = d
        self.faulty = faulty


def N(v, d=0):
    return Num(F(v), d)


OPS = ("+", "-", "*", "/", "//", "(", ")")


class Fault(Exception):
    pass


class Ctx:
    """Records the solution as a list of items; applies at most one fault."""

    def __init__(self, style, fault=None):
        self.st = style
        self.fault = fault        # dict(step, wrong(F), wd, mode)
        self.items = []
        self.k = 0
        self.steps = []           # per step: dict(right Num, alt, label)
        self.marked = False

    # ---- expressions -------------------------------------------------
    def value(self, parts):
        src = []
        for p in parts:
            if isinstance(p, tuple):
                p = p[0]
            if isinstance(p, str):
                src.append("/" if p == "//" else p)
            elif isinstance(p, Num):
                src.append("F(%r)" % str(p.v))
            else:
                src.append("F(%r)" % str(F(p)))
        return eval(" ".join(src), {"F": F, "__builtins__": {}})

    def fmt(self, n, unit=None, mark=True):
        """Format a Num as a written number; marks the first writing of a faulty result."""
        s = self.st.num(n.v, n.d)
        if mark and n.faulty and not self.marked:
            self.marked = True
            s = MK0 + s + MK1
        if unit:
            s = self.st.unit(s, unit)
        return s

    # ---- items -------------------------------------------------------
    def calc(self, label, parts, unit=None, d=0, mid=None, alt=None, faultable=True, say=None):
        val = self.value(parts)
        right = Num(val, d)
        exact = (right.v == val)
        self.k += 1
        k = self.k
        self.steps.append({"right": right, "alt": alt, "label": label, "faultable": faultable,
                           "exact": exact, "parts": parts, "val": val})
        shown = right
        used = right
        f = self.fault
        if f is not None and f["step"] == k:
            shown = Num(f["wrong"], f["wd"], faulty=True)
            if f["mode"] == "carry":
                used = shown
            else:
                used = right
        self.items.append({"t": "calc", "label": label, "parts": parts, "mid": mid,
                           "rel": "=" if exact else "~", "res": shown, "unit": unit, "say": say,
                           "k": k})
        return used

    def check(self, parts, target, unit=None):
        val = self.value(parts)
        if val == target.v:
            self.items.append({"t": "check", "parts": parts, "res": Num(val, target.d), "unit": unit})

    def note(self, text):
        self.items.append({"t": "note", "text": text})

    def answer(self, n, unit, sentence):
        self.items.append({"t": "answer", "res": n, "unit": unit, "sentence": sentence})
        self.final = n


# ---------------------------------------------------------------------
# wrong values

def _digits(v, d):
    return numstr(abs(v), d, sep=False)


def _parse(s):
    d = len(s.split(".")[1]) if "." in s else 0
    return F(s), d


def wrong_candidates(right, alt, neg_ok=True):
    """Return list of (kind, wrong F, wd)."""
    v, d = right.v, right.d
    out = []
    u = F(1, 10 ** d)
    out.append(("off_by_one", v + u, d))
    out.append(("off_by_one", v - u, d))
    out.append(("off_by_ten", v + 10, d))
    out.append(("off_by_ten", v - 10, d))
    s = _digits(v, d)
    sg = -1 if v < 0 else 1
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in zip(digs, digs[1:]):
        if s[a] != s[b]:
            t = list(s)
            t[a], t[b] = t[b], t[a]
            t = "".join(t)
            if not (t[0] == "0" and len(t) > 1 and t[1] != "."):
                w, wd = _parse(t)
                out.append(("digit_swap", sg * w, wd))
    if len(digs) >= 2:
        for i in digs:
            t = s[:i] + s[i + 1:]
            if t.startswith(".") or t.endswith(".") or t == "":
                continue
            if t[0] == "0" and len(t) > 1 and t[1] != ".":
                continue
            w, wd = _parse(t)
            out.append(("digit_dropped", sg * w, wd))
    for i in digs:
        t = s[:i] + s[i] + s[i:]
        w, wd = _parse(t)
        out.append(("digit_doubled", sg * w, wd))
    if v != 0 and neg_ok:
        out.append(("sign_flip", -v, d))
    if d > 0:
        out.append(("decimal_moved", v * 10, d - 1))
        out.append(("decimal_moved", v / 10, d + 1))
    elif v != 0 and abs(v) >= 10 and v % 10 != 0:
        out.append(("decimal_moved", v / 10, 1))
    if alt is not None:
        a = rnd(F(alt), d)
        if F(alt) == a:
            out.append(("wrong_operation", a, d))
    res = []
    seen = set()
    for kind, w, wd in out:
        w = rnd(w, wd)
        key = numstr(w, wd, sep=False)
        if w == v or key in seen or key == numstr(v, d, sep=False):
            continue
        seen.add(key)
        res.append((kind, w, wd))
    return res
