"""Slip / carry / loop variant construction."""
from fractions import Fraction as F
import math

import re

from core import BadFmt, canon, join_lines, round_half_up, round_up, round_down, term_places, WORDS
from exprs import ev


def _ival(v):
    return v.denominator == 1 and v >= 0


def digit_swap(v):
    """All adjacent-digit swaps of the digits of v (ints or decimals)."""
    k = term_places(v)
    if k is None or k > 3:
        return []
    s = str(int(v * 10 ** k))
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] == "0":
                continue
            out.append(F(int(t), 10 ** k))
    return out


def dropped(v):
    if not _ival(v) or v < 100:
        return []
    s = str(v.numerator)
    out = []
    for i in range(1, len(s)):
        t = s[:i] + s[i + 1:]
        out.append(F(int(t)))
    # prefer dropping an internal zero (classic quotient error)
    z = [F(int(s[:i] + s[i + 1:])) for i in range(1, len(s) - 1) if s[i] == "0"]
    return z or out[-1:]


def nocarry_add(a, b):
    if not (_ival(a) and _ival(b)):
        return None
    x, y = str(a.numerator), str(b.numerator)
    n = max(len(x), len(y))
    x, y = x.rjust(n, "0"), y.rjust(n, "0")
    digs = "".join(str((int(p) + int(q)) % 10) for p, q in zip(x, y))
    return F(int(digs))


def noborrow_sub(a, b):
    if not (_ival(a) and _ival(b)) or a < b:
        return None
    x, y = str(a.numerator), str(b.numerator)
    n = max(len(x), len(y))
    x, y = x.rjust(n, "0"), y.rjust(n, "0")
    digs = "".join(str(abs(int(p) - int(q))) for p, q in zip(x, y))
    return F(int(digs))


def unit_of(v, places=None):
    if places is not None:
        return F(1, 10 ** places)
    k = term_places(v)
    if k is None:
        return None
    return F(1, 10 ** k)


NUMTOK = re.compile(r"\d{1,3}(?:(?:,|\{,\})\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:%s)\b" % "|".join(WORDS))


def shows(line, w):
    """True when the number w is written on the line."""
    for t in NUMTOK.findall(line):
        if t in WORDS:
            if F(WORDS.index(t)) == w:
                return True
        elif F(t.replace("{,}", "").replace(",", "")) == w:
            return True
    return False


def place_slips(right):
    """Off by one unit of the lowest non-zero place (1, 10, 100 or 1000)."""
    out = []
    if right.denominator != 1:
        if term_places(right) is not None and right > 1:
            out += [("off_by_one", right + 1), ("off_by_one", right - 1)]
        return out
    n = right.numerator
    if n % 100 != 0:
        out += [("off_by_one", right + 1), ("off_by_one", right - 1)]
        if n >= 30:
            out += [("off_by_ten", right + 10), ("off_by_ten", right - 10)]
    elif n % 1000 != 0:
        out += [("off_by_hundred", right + 100), ("off_by_hundred", right - 100)]
    else:
        out += [("off_by_thousand", right + 1000), ("off_by_thousand", right - 1000)]
    return out


def candidates(doc, op, vals):
    """Possible (kind, wrong) pairs for op under values vals."""
    if doc.fmt[op.name].startswith("tr"):
        return []       # truncated "x.xxx..." displays are never targeted
    right = vals[op.name]
    args = [ev(a, vals) for a in op.args]
    c = []
    k = op.kind
    if k == "add":
        a, b = args
        c += place_slips(right)
        w = nocarry_add(a, b)
        if w is not None and w != right:
            c += [("lost_carry", w)] * 3
        c += [("digit_swap", w) for w in digit_swap(right)]
        if a > b and a - b != right:
            c.append(("wrong_op", a - b))
    elif k == "sub":
        a, b = args
        c += place_slips(right)
        w = noborrow_sub(a, b)
        if w is not None and w != right:
            c += [("borrow_error", w)] * 3
        c += [("digit_swap", w) for w in digit_swap(right)]
        c.append(("wrong_op", a + b))
    elif k == "mul":
        a, b = args
        if _ival(a) and _ival(b):
            small, big = (a, b) if a <= b else (b, a)
            if 2 <= small <= 12:
                c += [("times_table", big * (small + 1)), ("times_table", big * (small - 1))]
            c += [x for x in place_slips(right) if x[0] != "off_by_one"]
            c += [("dropped_digit", w) for w in dropped(right)]
        c += [("digit_swap", w) for w in digit_swap(right)]
        if a + b != right and right > 20:
            c.append(("wrong_op", a + b))
        u = unit_of(right)
        if u is not None and u < 1:
            c += [("decimal_point", right * 10), ("off_by_one", right + u)]
    elif k == "div":
        u = unit_of(right)
        if right.denominator == 1:
            c += [("off_by_one", right + 1), ("off_by_one", right - 1)]
        elif u is not None:
            c += [("off_by_one", right + u), ("off_by_one", right - u), ("decimal_point", right * 10),
                  ("decimal_point", right / 10)]
        c += [("digit_swap", w) for w in digit_swap(right)]
    elif k == "dec":
        u = F(1, 10 ** op.info["places"])
        c += [("off_by_one", right + u), ("off_by_one", right - u), ("decimal_point", right * 10)]
        c += [("digit_swap", w) for w in digit_swap(right)]
    elif k == "quot":
        c += [("wrong_quotient", right + 1), ("wrong_quotient", right - 1)] * 2
        c += [("dropped_digit", w) for w in dropped(right)]
        c += [("digit_swap", w) for w in digit_swap(right) if right >= 10]
    elif k == "rem":
        n, d = args
        for w in (right + 1, right - 1, d - right):
            if w >= 0 and w != right:
                c.append(("wrong_remainder", w))
    elif k == "ceil":
        src = op.info.get("src")
        if src == "rem":
            qv = args[0]
            c += [("rounding_direction", qv)] * 3
        elif src == "dec":
            c += [("rounding_direction", F(math.floor(args[0])))] * 3
        else:
            c += [("rounding_direction", F(math.floor(args[0] / args[1])))] * 3
        c.append(("off_by_one", right + 1))
    elif k == "floor":
        if src_is_dec(op):
            c += [("rounding_direction", F(math.ceil(args[0])))] * 3
        else:
            c += [("rounding_direction", F(math.ceil(args[0] / args[1])))] * 3
        c.append(("off_by_one", right - 1))
    elif k == "round":
        x = args[0]
        unit, mode = op.info["unit"], op.info["mode"]
        up, dn = round_up(x, unit), round_down(x, unit)
        other = dn if right == up else up
        if other != right:
            c += [("rounding_direction", other)] * 3
        for u2 in (unit / 10, unit * 10):
            w = round_half_up(x, u2)
            if w != right and w != x and w > 0 and (mode == "nearest"):
                c.append(("rounding_place", w))
    elif k == "ceiladd":
        pass
    out = []
    seen = set()
    for kind, w in c:
        w = F(w)
        if w == right:
            continue
        if right > 0 and w <= 0:
            continue
        if right == 0 and w < 0:
            continue
        key = (kind, w)
        if key in seen:
            continue
        seen.add(key)
        out.append((kind, w))
    return out


def src_is_dec(op):
    return op.info.get("src") == "dec"


def last_step(doc, checkable=False):
    """The last step that writes a computed result (optionally: a result in
    a checkable written computation)."""
    steps = [doc.lines[li]["step"] for li, chk in doc.res_lines.values() if chk or not checkable]
    return max(s for s in steps if 0 < s < 99)


def target_ops(doc):
    """Ops that have a checkable result display."""
    out = []
    for o in doc.ops:
        rl = doc.res_lines.get(o.name)
        if rl and rl[1]:
            out.append((o, rl[0]))
    return out


KIND_WEIGHT = {"rounding_direction": 4, "wrong_quotient": 4, "wrong_remainder": 4, "rounding_place": 3,
               "times_table": 2, "lost_carry": 2, "borrow_error": 2, "decimal_point": 2, "dropped_digit": 2,
               "wrong_op": 1, "off_by_one": 2, "off_by_ten": 1, "digit_swap": 2}


def kind_order(kinds, rng):
    """Weighted random order of kinds (sampling without replacement)."""
    kinds = sorted(kinds)
    out = []
    while kinds:
        tot = sum(KIND_WEIGHT.get(k, 1) for k in kinds)
        x = rng.random() * tot
        for k in kinds:
            x -= KIND_WEIGHT.get(k, 1)
            if x < 0:
                break
        out.append(k)
        kinds.remove(k)
    return out


def make_slip(doc, rng, correct_lines):
    ls = last_step(doc, checkable=True)
    cands = []
    for o, li in target_ops(doc):
        st = doc.lines[li]["step"]
        if not (0 < st < ls):
            continue
        for kind, w in candidates(doc, o, doc.vals):
            cands.append((o, li, kind, w))
    rng.shuffle(cands)
    # spread kinds: pick a kind first
    kinds = kind_order(set(c[2] for c in cands), rng)
    for kd in kinds:
        for o, li, kind, w in cands:
            if kind != kd:
                continue
            try:
                lines = doc.render(slip=(o.name, w))
            except BadFmt:
                continue
            diff = [i for i in range(len(lines)) if lines[i] != correct_lines[i]]
            if diff != [li] or not shows(lines[li], w):
                continue
            return dict(lines=lines, li=li, op=o, kind=kind, wrong=w, right=doc.vals[o.name],
                        step=doc.lines[li]["step"])
    return None


def make_carry(doc, rng, correct_lines, final):
    ls = last_step(doc)
    early = rng.random() < 0.7
    cands = []
    for o, li in target_ops(doc):
        for kind, w in candidates(doc, o, doc.vals):
            cands.append((o, li, kind, w))
    rng.shuffle(cands)
    kinds = kind_order(set(c[2] for c in cands), rng)
    groups = [[c for c in cands if doc.lines[c[1]]["step"] < ls], [c for c in cands if doc.lines[c[1]]["step"] >= ls]]
    if not early:
        groups = [cands]
    order = []
    for g in groups:
        for kd in kinds:
            order.extend(c for c in g if c[2] == kd)
    for o, li, kind, w in order:
        vals = doc.recompute({o.name: w})
        if vals[final] == doc.vals[final]:
            continue
        if not doc.carry_ok(vals):
            continue
        try:
            lines = doc.render(vals)
        except BadFmt:
            continue
        if lines[:li] != correct_lines[:li] or lines[li] == correct_lines[li] or not shows(lines[li], w):
            continue
        return dict(lines=lines, li=li, op=o, kind=kind, wrong=w, right=doc.vals[o.name],
                    step=doc.lines[li]["step"], final=vals[final])
    return None


def make_loop(doc, rng, correct_lines):
    ls = last_step(doc)
    steps = [ln["step"] for ln in doc.lines]
    opts = []
    for k in range(1, ls):
        for m in (1, 2):
            if k - m + 1 < 1:
                continue
            idx = [i for i, s in enumerate(steps) if k - m < s <= k]
            if not idx:
                continue
            block = [correct_lines[i] for i in idx]
            if not block[0].strip():
                continue
            if not any(ch.isdigit() for ch in "".join(block)):
                continue
            opts.append((k, m, idx))
    if not opts:
        return None
    k, m, idx = rng.choice(opts)
    end = idx[-1] + 1
    prefix = correct_lines[:end]
    block = [correct_lines[i] for i in idx]
    reps = rng.randint(15, 25)
    lines = list(prefix)
    for _ in range(reps):
        lines.extend(block)
    first = block[0]
    cut = None
    pos = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
    if rng.random() < 0.72 and pos >= 3:
        cutlen = rng.randint(max(1, pos // 3), pos)
        cut = first[:cutlen]
        if cut == first:
            cut = None
    if cut is not None:
        lines.append(cut)
    else:
        while lines and lines[-1] == "":
            lines.pop()
    return dict(lines=lines, li=end, reps=reps, period=len(block), cut=cut is not None)
