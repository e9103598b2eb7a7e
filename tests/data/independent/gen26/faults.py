"""Arithmetic faults injected into one step's written result."""
from fractions import Fraction as F

from core import (Bin, Of, Num, Pct, fixed, parse_dec, exact_at, trunc, display, apply_op)

LITERAL_KINDS = ["off_by_one", "digit_swap", "dropped_digit", "wrong_digit"]
VALUE_KINDS = ["wrong_op", "carry_error", "decimal_shift", "inverted_division"]


def clearly_wrong(target, wv, d, tr):
    """Generator-side rule (stricter than the checker's): a wrong number must
    not be explainable as a rounding (or truncation) of the exact value."""
    unit = F(1, 10 ** d)
    if wv <= 0:
        return False
    if tr:
        return trunc(target, d) != wv and abs(wv - target) >= 2 * unit
    if exact_at(target, d):
        return wv != target and (d == 0 or abs(wv - target) >= 2 * unit)
    return abs(wv - target) >= 2 * unit


def _reformat(plain, commas):
    v = parse_dec(plain)
    d = len(plain.split(".")[1]) if "." in plain else 0
    return v, fixed(v, d, commas)


def literal_candidates(kind, text, step, space, commas):
    """text: first written number (may contain commas). Returns list of plain strings."""
    plain = text.replace(",", "")
    ip, fp = (plain.split(".") + [""])[:2]
    has_dot = "." in plain
    out = []

    def join(i, f):
        return i + ("." + f if has_dot else "")

    if kind == "off_by_one":
        for delta in (1, -1):
            v = int(ip) + delta
            if v >= 0:
                out.append(join(str(v), fp))
    elif kind == "digit_swap":
        for part in ("i", "f"):
            s = ip if part == "i" else fp
            for j in range(len(s) - 1):
                if s[j] == s[j + 1]:
                    continue
                t = s[:j] + s[j + 1] + s[j] + s[j + 2:]
                if part == "i":
                    if len(t) > 1 and t[0] == "0":
                        continue
                    out.append(join(t, fp))
                else:
                    out.append(join(ip, t))
    elif kind == "dropped_digit":
        if len(ip) >= 2:
            for j in range(len(ip)):
                t = ip[:j] + ip[j + 1:]
                if len(t) > 1 and t[0] == "0":
                    continue
                out.append(join(t, fp))
        if space == "raw" and len(fp) >= step.dp + 2:
            for j in range(len(fp)):
                out.append(join(ip, fp[:j] + fp[j + 1:]))
    elif kind == "wrong_digit":
        for part in ("i", "f"):
            s = ip if part == "i" else fp
            for j in range(len(s)):
                for dg in "0123456789":
                    if dg == s[j]:
                        continue
                    if part == "i" and j == 0 and dg == "0" and len(s) > 1:
                        continue
                    t = s[:j] + dg + s[j + 1:]
                    out.append(join(t, fp) if part == "i" else join(ip, t))
    res = []
    seen = []
    for c in out:
        if c not in seen:
            seen.append(c)
            res.append(c)
    return res


def value_candidates(kind, st, env):
    e = st.expr
    out = []
    if kind == "wrong_op" and isinstance(e, Bin) and e.op in "+-":
        a, b = e.a.ev(env), e.b.ev(env)
        other = "-" if e.op == "+" else "+"
        out.append(apply_op(other, a, b))
    elif kind == "carry_error" and isinstance(e, Bin) and e.op == "+":
        a, b = e.a.ev(env), e.b.ev(env)
        d = 0
        while not (exact_at(a, d) and exact_at(b, d)):
            d += 1
            if d > 4:
                return []
        A, B = int(a * 10 ** d), int(b * 10 ** d)
        carry, pos = 0, 0
        while A or B or carry:
            s = A % 10 + B % 10 + carry
            carry = 1 if s >= 10 else 0
            if carry:
                out.append((a + b) - F(10 ** (pos + 1), 10 ** d))
            A //= 10
            B //= 10
            pos += 1
    elif kind == "decimal_shift" and (isinstance(e, Of) or (isinstance(e, Bin) and e.op == "*")):
        v = e.ev(env)
        out += [v * 10, v / 10]
    elif kind == "inverted_division" and isinstance(e, Bin) and e.op == "/" and not st.ratio_pct:
        a, b = e.a.ev(env), e.b.ev(env)
        if a != 0:
            out.append(b / a)
    return [v for v in out if v > 0]


def make_forced(kind, st, vr, d_right, env, fl, mode):
    """All valid forced displays for this kind: list of (forced, d_wrong)."""
    res = []
    if kind in LITERAL_KINDS:
        commas = fl["commas"] and (st.kind != "pct" or d_right["space"] == "raw")
        for plain in literal_candidates(kind, d_right["first"], st, d_right["space"], commas):
            wv, wtext = _reformat(plain, commas)
            forced = ("lit", wv, wtext, d_right["first_trunc"], d_right["space"], d_right["rounded"])
            res.append(forced)
    else:
        for w in value_candidates(kind, st, env):
            res.append(("val", w))
    out = []
    for forced in res:
        dw = display(st, vr, fl, mode, forced=forced)
        target = vr if dw["space"] == "raw" else vr * st.scale
        d = len(dw["first"].replace(",", "").split(".")[1]) if "." in dw["first"] else 0
        if not clearly_wrong(target, dw["first_val"], d, dw["first_trunc"]):
            continue
        if dw["used"] == d_right["used"]:
            continue
        if dw["first"] == d_right["first"]:
            continue
        out.append((forced, dw))
    return out
