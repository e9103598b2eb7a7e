"""Core machinery: exact values, a step recorder with fault injection, number formatting."""
from fractions import Fraction as F
import math


def rnd(x, d):
    """Round half away from zero to d decimals, exact."""
    q = F(10) ** d
    y = F(x) * q
    n = math.floor(abs(y) + F(1, 2))
    return F(n if y >= 0 else -n) / q


def fmt(x, d, sep=True):
    x = rnd(x, d)
    neg = x < 0
    x = abs(x)
    q = 10 ** d
    n = int(x * q)
    ip, fp = divmod(n, q)
    s = f"{ip:,}" if sep else str(ip)
    if d > 0:
        s += "." + str(fp).zfill(d)
    return ("-" if neg else "") + s


def canon(x, d):
    """Canonical final-answer string: rounded to d decimals, trailing zeros stripped."""
    s = fmt(x, d, sep=False)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


class V:
    """A displayed quantity. kind: money|count|pct|num. d = decimals shown."""

    def __init__(self, v, kind="count", cur="$", unit="", d=None, text=None):
        self.v = F(v)
        self.kind = kind
        self.cur = cur
        self.unit = unit
        if d is None:
            if kind == "money":
                d = 0 if cur == "¥" else 2
            elif kind == "count":
                d = 0
            else:
                d = max(0, len(str(float(self.v)).split(".")[1].rstrip("0"))) if self.v.denominator != 1 else 0
        self.d = d
        self.text = text  # forced digit string (used for slips like a moved decimal point)

    def ev(self):
        return self.v / 100 if self.kind == "pct" else self.v

    def like(self, v, text=None, d=None):
        return V(v, self.kind, self.cur, self.unit, self.d if d is None else d, text)


class Fault:
    def __init__(self, index, mode, kind, seed):
        self.index, self.mode, self.kind, self.seed = index, mode, kind, seed


def ev_tokens(tokens):
    s = []
    for t in tokens:
        if isinstance(t, V):
            s.append(f"F({t.ev().numerator},{t.ev().denominator})")
        else:
            s.append({"*": "*", "/": "/", "+": "+", "-": "-", "(": "(", ")": ")"}[t])
    return eval("".join(s), {"F": F})


def digits_of(v, d):
    return fmt(v, d, sep=False).lstrip("-")


def make_wrong(kind, res, tokens, rng):
    """Return (value, text or None) for a wrong written result, or None if not applicable."""
    right = rnd(res.v, res.d) if res.kind != "divmod" else None
    s = digits_of(right, res.d)
    ip = s.split(".")[0]
    if kind == "off_by_one":
        return right + rng.choice([1, -1]), None
    if kind == "off_by_ten":
        if right < 20:
            return right + 10, None
        return right + rng.choice([10, -10]), None
    if kind in ("swap_digits", "drop_digit", "double_digit"):
        if len(ip) < 2 and kind != "double_digit":
            return None
        chars = list(ip)
        if kind == "swap_digits":
            cands = [i for i in range(len(chars) - 1) if chars[i] != chars[i + 1]]
            if not cands:
                return None
            i = rng.choice(cands)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
            if chars[0] == "0":
                return None
        elif kind == "drop_digit":
            i = rng.randrange(len(chars))
            del chars[i]
            if chars[0] == "0" and len(chars) > 1:
                return None
        else:
            i = rng.randrange(len(chars))
            chars.insert(i, chars[i])
        new = "".join(chars) + (("." + s.split(".")[1]) if "." in s else "")
        v = F(new)
        return (-v if right < 0 else v), None
    if kind == "decimal_shift":
        if res.kind == "count":
            return None
        whole = s.replace(".", "")
        dpos = len(ip)
        newpos = dpos + rng.choice([-1, 1])
        if newpos <= 0 or newpos > len(whole):
            newpos = dpos - 1
        if newpos <= 0:
            return None
        txt = whole[:newpos] + ("." + whole[newpos:] if newpos < len(whole) else "")
        txt = txt.lstrip("0") or "0"
        if txt.startswith("."):
            txt = "0" + txt
        v = F(txt)
        return (-v if right < 0 else v), txt
    if kind == "wrong_op":
        ops = [t for t in tokens if t in ("*", "/", "+", "-")]
        if len(ops) != 1 or "(" in tokens:
            return None
        op = ops[0]
        alt = {"*": "+", "+": "*", "-": "+", "/": "*"}[op]
        if op == "*" and any(isinstance(t, V) and t.kind == "pct" for t in tokens):
            return None
        toks = [alt if t == op else t for t in tokens]
        return rnd(ev_tokens(toks), res.d), None
    if kind == "sign_dropped":
        if right < 0:
            return -right, None
        return None
    return None


class Solver:
    """Records steps; injects at most one fault into the calc step with index fault.index."""

    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault
        self.ncalc = 0
        self.faultable = []
        self.record = None

    def calc(self, tokens, res_kind="money", cur="$", unit="", d=None, label="", leads=(),
             faultable=True, show_exact=False, role="step"):
        exact = ev_tokens(tokens)
        proto = V(exact, res_kind, cur, unit, d)
        if d is None and res_kind not in ("money", "count"):
            proto.d = 2
        right = rnd(exact, proto.d)
        approx = right != exact
        if res_kind == "count" and approx:
            raise ValueError("count result not integral")
        idx = self.ncalc
        self.ncalc += 1
        if faultable:
            self.faultable.append(idx)
        shown = proto.like(right)
        used = right
        wrong = None
        if self.fault is not None and self.fault.index == idx:
            import random
            rng = random.Random(self.fault.seed)
            w = make_wrong(self.fault.kind, proto, tokens, rng)
            if w is None:
                raise LookupError("fault not applicable")
            wv, wtxt = w
            wd = proto.d
            if wtxt is not None:
                wd = len(wtxt.split(".")[1]) if "." in wtxt else 0
            tol = F(1, 2) * F(10) ** (-wd)
            if abs(wv - exact) <= tol + F(1, 10**9) or wv == right:
                raise LookupError("fault not detectable")
            if wv <= 0 and self.fault.kind != "sign_dropped" and right > 0:
                raise LookupError("nonpositive")
            if res_kind == "count" and wv.denominator != 1:
                raise LookupError("count fraction")
            shown = proto.like(wv, text=wtxt, d=wd)
            wrong = shown
            if self.fault.mode == "carry":
                used = wv
            self.record = dict(idx=idx, right=proto.like(right), wrong=shown)
        step = dict(type="calc", tokens=tokens, res=shown, exact=exact, approx=approx, label=label,
                    leads=list(leads), role=role, idx=idx, show_exact=show_exact)
        self.steps.append(step)
        return proto.like(used)

    def divmod(self, n, m, label="", leads=(), unit=""):
        q, r = divmod(int(n.v), int(m.v))
        idx = self.ncalc
        self.ncalc += 1
        self.faultable.append(idx)
        qs, rs = q, r
        if self.fault is not None and self.fault.index == idx:
            import random
            rng = random.Random(self.fault.seed)
            if self.fault.kind == "off_by_one":
                qs = q + rng.choice([1, -1])
                if qs <= 0:
                    qs = q + 1
            else:
                raise LookupError("fault n/a for divmod")
            self.record = dict(idx=idx, right=V(q), wrong=V(qs), rem=(r, rs))
        self.steps.append(dict(type="divmod", n=n, m=m, q=qs, r=rs, label=label, leads=list(leads),
                               idx=idx, unit=unit))
        if self.fault is not None and self.fault.index == idx and self.fault.mode == "carry":
            return V(qs), V(rs)
        return V(q), V(r)

    def note(self, texts, vals=()):
        self.steps.append(dict(type="note", texts=list(texts), vals=list(vals)))
