#!/usr/bin/env python3
"""Generate the reading/printing/publishing evaluation set (stdlib only).

python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Builder, Fault, final_str, plain, fixed, term_dec  # noqa: E402
from kinds import KINDS, PEOPLE  # noqa: E402
from render import STYLES, RENDER  # noqa: E402

SEED = "eval83-reading-printing"
MARK_A, MARK_B = "\u0001", "\u0002"


def build(kind, n, ctx, fr, fault=None):
    b = Builder(fault)
    kind[3](b, n, ctx, fr)
    return b


def render(b, style, seed, mark=False):
    rng = random.Random(seed)
    fin = final_str(b.final, b.final_fmt)
    if mark:
        for c in b.calcs:
            if c.is_fault:
                c._mark = True
    text = RENDER[style](b.segs, fin, b.final_sentence, rng)
    return text, fin


def digits_str(v, fmt):
    if fmt == "$":
        d = term_dec(v, 6)
        return fixed(v, max(2, d if d is not None else 2), commas=False)
    return plain(v, commas=False)


def valid_num(s):
    if not s or s.startswith(".") or s.endswith("."):
        return False
    ip = s.split(".")[0]
    if len(ip) > 1 and ip[0] == "0":
        return False
    return True


def make_wrong(calc, rng):
    """Return (kind, wrong Fraction) for a realistic slip, or None."""
    v = calc.right
    s = digits_str(v, calc.fmt)
    nd = len(s.split(".")[1]) if "." in s else 0
    unit = F(1, 10 ** nd)
    kinds = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "decimal_shift", "wrong_op"]
    rng.shuffle(kinds)
    for k in kinds:
        w = None
        if k == "off_by_one":
            w = v + rng.choice([-1, 1]) * unit
        elif k == "off_by_ten":
            w = v + rng.choice([-10, 10]) * (unit if nd else 1)
        elif k in ("swap_digits", "drop_digit", "double_digit"):
            ds = [i for i, ch in enumerate(s) if ch.isdigit()]
            if len(ds) < 2:
                continue
            if k == "swap_digits":
                pairs = [(ds[i], ds[i + 1]) for i in range(len(ds) - 1)
                         if s[ds[i]] != s[ds[i + 1]] and ds[i + 1] == ds[i] + 1]
                if not pairs:
                    continue
                a, b2 = rng.choice(pairs)
                t = s[:a] + s[b2] + s[a] + s[b2 + 1:]
            elif k == "drop_digit":
                i = rng.choice(ds[1:] if len(ds) > 2 else ds)
                t = s[:i] + s[i + 1:]
            else:
                i = rng.choice(ds)
                t = s[:i] + s[i] + s[i:]
            if not valid_num(t):
                continue
            w = F(t)
        elif k == "decimal_shift":
            w = v * 10 if rng.random() < 0.5 else v / 10
            if term_dec(w, max(nd, 2) + 1) is None:
                continue
        elif k == "wrong_op":
            toks = calc.tokens
            if len(toks) != 3:
                continue
            a, o, b2 = toks[0][0], toks[1], toks[2][0]
            if o == "*":
                w = a + b2
            elif o == "+":
                w = a - b2
            elif o == "-":
                w = a + b2
            else:
                continue
        if w is None or w <= 0 or w == v:
            continue
        if calc.fmt != "$" and w.denominator != 1 and v.denominator == 1:
            continue
        # must be outside the rounding tolerance of the right value
        d = term_dec(w, 6)
        if d is None:
            continue
        from core import rnd
        if rnd(calc.exact, d) == w:
            continue
        return k, w
    return None


def line_span(text, start):
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    if b == -1:
        b = len(text)
    return a, b


def fault_row(kind, n, ctx, fr, style, seed, mode, rng, clean):
    calcs = [c for c in clean.calcs if c.faultable]
    order = list(range(len(calcs)))
    rng.shuffle(order)
    right_fin = final_str(clean.final, clean.final_fmt)
    for idx in order * 40:
        mw = make_wrong(calcs[idx], rng)
        if mw is None:
            continue
        k, w = mw
        try:
            b = build(kind, n, ctx, fr, Fault(idx, mode, w))
        except (ZeroDivisionError, ValueError, IndexError):
            continue
        if any(c.written <= 0 for c in b.calcs) or b.final <= 0:
            continue
        fc = [c for c in b.calcs if c.is_fault][0]
        fin = final_str(b.final, b.final_fmt)
        if mode == "carry" and fin == right_fin:
            continue
        if mode == "slip" and fin != right_fin:
            continue
        text, fin = render_marked(b, style, seed)
        if text is None:
            continue
        i = text.index(MARK_A)
        j = text.index(MARK_B)
        text = text.replace(MARK_A, "").replace(MARK_B, "")
        a, e = line_span(text, i)
        return text, fin, {"span": [a, e], "wrong": wrong_str(fc), "right": wrong_str(fc, right=True),
                           "step": idx + 1, "kind": k}
    return None


def wrong_str(c, right=False):
    v = c.right if right else c.written
    if c.fmt == "$":
        from core import money
        return money(v)
    return plain(v)


def render_marked(b, style, seed):
    import render as R
    orig = R.res_s

    def res_marked(calc, cfg):
        s = orig(calc, cfg)
        if calc.is_fault:
            return MARK_A + s + MARK_B
        return s
    R.res_s = res_marked
    try:
        text, fin = render(b, style, seed)
    finally:
        R.res_s = orig
    if text.count(MARK_A) != 1:
        return None, None
    return text, fin


def loop_row(text, rng):
    body = text.split("\n#### ")[0]
    lines = body.splitlines(keepends=True)
    cand = [i for i, l in enumerate(lines) if l.strip() and any(ch.isdigit() for ch in l) and i >= 1]
    cand = [i for i in cand if i < len(lines) - 1] or cand
    i = rng.choice(cand[: max(1, len(cand) - 1)])
    size = rng.choice([1, 1, 2, 2, 3])
    j = min(len(lines), i + size)
    unit = "".join(lines[i:j])
    if not unit.endswith("\n"):
        unit += "\n"
    prefix = "".join(lines[:i])
    reps = rng.randint(8, 30)
    first_end = len(prefix) + len(unit)
    out = prefix + unit * reps
    if rng.random() < 0.5:
        # stop mid-copy (as a max-token cutoff does), but before any result is written
        k = min([x for x in (unit.find("="), unit.find("≈"), unit.find(" is "), unit.find("equals"),
                             unit.find("\\approx")) if x >= 0] or [len(unit)])
        spaces = [p for p, ch in enumerate(unit[:k]) if ch == " " and p > 0]
        if spaces:
            out += unit[:rng.choice(spaces)]
    return out, {"span": [first_end, first_end + len(unit)], "repeats": reps}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    tidx = 0
    for ki, kind in enumerate(KINDS):
        for fr in range(2):
            for ci in range(5):
                ctx = PEOPLE[(ki * 3 + fr * 5 + ci * 7) % len(PEOPLE)]
                tname = f"{kind[0]}/f{fr}/c{ci}"
                for ns in range(4):
                    pid = f"{kind[0]}-{tidx}-{ns}"
                    style = STYLES[(tidx + ns * 3) % len(STYLES)]
                    r = random.Random(f"{SEED}|{tname}|{ns}")
                    for attempt in range(50):
                        n = kind[1](r, fr)
                        clean = build(kind, n, ctx, fr)
                        if clean.final > 0 and all(c.written > 0 for c in clean.calcs):
                            break
                    problem = kind[2](n, ctx, fr)
                    seed = f"{SEED}|{pid}|render"
                    text, fin = render(clean, style, seed)
                    base = {"pid": pid, "template": tname, "style": style, "problem": problem}
                    rows.append(dict(base, variant="correct", solution=text, final=fin))
                    frng = random.Random(f"{SEED}|{pid}|fault")
                    for mode in ("slip", "carry"):
                        res = fault_row(kind, n, ctx, fr, style, seed, mode, frng, clean)
                        if res is None:
                            raise SystemExit(f"no {mode} for {pid}")
                        t2, f2, meta = res
                        rows.append(dict(base, variant=mode, solution=t2, final=fin, **meta))
                    lt, meta = loop_row(text, random.Random(f"{SEED}|{pid}|loop"))
                    rows.append(dict(base, variant="loop", solution=lt, final=fin, **meta))
                tidx += 1
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
