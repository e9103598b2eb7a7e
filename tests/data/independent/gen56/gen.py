#!/usr/bin/env python3
"""eval56 generator: scraped-web worked solutions (correct / slip / carry / loop).

Usage: python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Calc, V, nice  # noqa: E402
from render import Ren, dialect, dec_str, final_str, STYLES  # noqa: E402
from structures import STRUCTS  # noqa: E402
from styles import RENDERERS, Ctx, stray_breaks  # noqa: E402

SEED = "eval56-v1"
NSETS = 4
NAMES = [("Maya", "she", "her"), ("Liam", "he", "his"), ("Priya", "she", "her"), ("Carlos", "he", "his"),
         ("Aisha", "she", "her"), ("Ben", "he", "his"), ("Sofia", "she", "her"), ("Kenji", "he", "his"),
         ("Olivia", "she", "her"), ("Mateo", "he", "his"), ("Hana", "she", "her"), ("Noah", "he", "his"),
         ("Zara", "she", "her"), ("Ethan", "he", "his"), ("Lucia", "she", "her"), ("Omar", "he", "his"),
         ("Grace", "she", "her"), ("Diego", "he", "his"), ("Mei", "she", "her"), ("Jonah", "he", "his")]


def R(*parts):
    return random.Random("|".join([SEED] + [str(p) for p in parts]))


# --------------------------------------------------------------------------
def qfmt(v):
    """Clean formatting of a problem-text value."""
    if isinstance(v, V):
        if v.k == "$":
            s = dec_str(v.x) if v.x.denominator == 1 else dec_str(v.x, 2)
            ip, _, fp = s.partition(".")
            if len(ip) > 3:
                ip = "{:,}".format(int(ip))
            return "$" + ip + ("." + fp if fp else "")
        return dec_str(v.x)
    if isinstance(v, (int, F)):
        s = dec_str(F(v))
        ip, _, fp = s.partition(".")
        if len(ip.lstrip("-")) > 4:
            ip = "{:,}".format(int(ip))
        return ip + ("." + fp if fp else "")
    return str(v)


def solve(solver, d, fault=None):
    c = Calc(fault)
    fin = solver(c, d)
    return c, fin


def final_unit(c):
    main = [s for s in c.steps if s.kind != "check"]
    return main[-1].unit


# --------------------------------------------------------------------------
KINDS = ["off_by_one", "off_by_ten", "digit_swap", "digit_drop", "digit_double", "wrong_op", "sign_drop",
         "decimal_shift"]


def digits_of(x, k):
    ax = abs(x)
    if k == "$" and ax.denominator != 1:
        return dec_str(ax, 2)
    return dec_str(ax)


def from_digits(s, neg):
    try:
        v = F(s)
    except (ValueError, ZeroDivisionError):
        return None
    return -v if neg else v


def mutate(kind, st, r):
    x, k = st.true, st.k
    neg = x < 0
    s = digits_of(x, k)
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    if kind == "off_by_one":
        return x + r.choice([1, -1]) if abs(x) >= 2 else x + 1
    if kind == "off_by_ten":
        if abs(x) < 20:
            return None
        return x + r.choice([10, -10])
    if kind == "digit_swap":
        pairs = [(a, b) for a, b in zip(ds, ds[1:]) if b == a + 1 and s[a] != s[b] and not (a == 0 and s[b] == "0")]
        if not pairs:
            return None
        a, b = r.choice(pairs)
        t = s[:a] + s[b] + s[a] + s[b + 1:]
        return from_digits(t, neg)
    if kind == "digit_drop":
        if len(ds) < 3:
            return None
        cand = [i for i in ds if not (i == 0 and s[1:2] in ("0", "."))]
        i = r.choice(cand)
        t = s[:i] + s[i + 1:]
        if t.startswith(".") or t.endswith("."):
            return None
        return from_digits(t, neg)
    if kind == "digit_double":
        if len(ds) < 2:
            return None
        i = r.choice(ds)
        t = s[:i] + s[i] + s[i:]
        return from_digits(t, neg)
    if kind == "wrong_op":
        tk = st.toks
        if st.kind == "rem" or len(tk) != 3 or not isinstance(tk[0], V) or not isinstance(tk[2], V):
            return None
        a, b = tk[0].num(), tk[2].num()
        o = tk[1]
        if o == "*":
            return a + b
        if o == "+":
            return a * b if a * b != a + b and a * b < 10 * (a + b) else a - b
        if o == "-":
            return a + b
        if o == "/":
            return a - b
        if o == "%of":
            return tk[0].x * tk[2].x  # forgot to divide by 100
        return None
    if kind == "sign_drop":
        return -x if neg else None
    if kind == "decimal_shift":
        if x.denominator != 1 or (k == "$" and abs(x) >= 10):
            return x / 10 if r.random() < 0.5 or abs(x) < 1 else x * 10
        return None
    return None


def pick_fault(solver, d, mode, rr, gold):
    c0, f0 = solve(solver, d)
    steps = c0.steps
    elig = [s.idx for s in steps if s.kind in ("calc", "approx", "rem")]
    tries = []
    for i in elig:
        for kd in KINDS:
            tries.append((i, kd))
    rr.shuffle(tries)
    # prefer realistic kinds a bit: sort is stable; push sign_drop/decimal_shift earlier when applicable
    for i, kd in tries:
        st = steps[i]
        w = mutate(kd, st, rr)
        if w is None or w == st.true:
            continue
        if not nice(w, 2):
            continue
        if kd != "sign_drop" and (w < 0) != (st.true < 0):
            continue
        if w == 0:
            continue
        if st.kind == "rem" and (w < 0 or w.denominator != 1):
            continue
        if st.kind == "approx" and abs(w - st.exact) <= F(1, 100):
            continue
        if st.k == "" and st.true.denominator == 1 and w.denominator != 1 and kd not in ("decimal_shift",):
            continue
        c1, f1 = solve(solver, d, (i, w, mode))
        if c1.bad:
            continue
        if mode == "carry":
            if f1.x == gold:
                continue
            ok = True
            for a, b in zip(c0.steps, c1.steps):
                if b.idx <= i:
                    continue
                if not nice(b.res, 2) or (b.res < 0) != (a.res < 0) or (b.res == 0 and a.res != 0):
                    ok = False
                    break
                if b.kind == "rem" and b.res < 0:
                    ok = False
            if not ok:
                continue
        return i, w, kd, c1, f1
    return None


# --------------------------------------------------------------------------
def render(style, seed_parts, q, c, fin, name):
    r = R("render", *seed_parts)
    D = dialect(style, r)
    ren = Ren(style, D, r)
    ctx = Ctx(ren, r, q, c.steps, fin, final_unit(c), name)
    lines = RENDERERS[style](ctx)
    lines = stray_breaks(lines, style, r)
    return lines, ren


def join(lines):
    text = ""
    spans = {}
    for j, ln in enumerate(lines):
        if j:
            text += "\n"
        if ln.comp and ln.step is not None:
            spans.setdefault(ln.step, (len(text), len(text) + len(ln.text)))
        text += ln.text
    return text, spans


def plain(x, k):
    x = F(x)
    if k == "$" and x.denominator != 1:
        return dec_str(x, 2)
    return dec_str(x)


def build_problem(tname, sname, sample, solver, phr, pi, ns, style, rows):
    pid = "%s-%d-%d" % (sname, pi + 1, ns + 1)
    r = R("sample", tname, ns)
    d = sample(r)
    nm = R("name", tname, ns).choice(NAMES)
    qtext, ctx = phr
    d = dict(d)
    for kk, vv in ctx.items():
        d[kk] = nm[0] if vv == "NAME" else vv
    d["name"] = nm[0]
    fmt = {kk: qfmt(vv) for kk, vv in d.items()}
    fmt.update(name=nm[0], he=nm[1], his=nm[2], He=nm[1].capitalize(), His=nm[2].capitalize())
    q = qtext.format(**fmt)
    c, fin = solve(solver, d)
    gold = fin.x
    final = final_str(gold)
    base = dict(pid=pid, template=tname, style=style, problem=q)
    seed_parts = (pid,)

    # correct
    lines, ren = render(style, seed_parts, q, c, fin, nm[0])
    text, spans = join(lines)
    sol = text + "\n#### " + final
    rows.append(dict(base, variant="correct", solution=sol, final=final))

    # slip and carry
    for mode in ("slip", "carry"):
        rr = R("fault", pid, mode)
        res = pick_fault(solver, d, mode, rr, gold)
        if res is None:
            raise SystemExit("no fault for %s %s" % (pid, mode))
        i, w, kd, c1, f1 = res
        lines1, _ = render(style, seed_parts, q, c1, f1 if mode == "carry" else fin, nm[0])
        text1, spans1 = join(lines1)
        fin_s = final_str(f1.x) if mode == "carry" else final
        sol1 = text1 + "\n#### " + fin_s
        st = c.steps[i]
        sp = spans1[i]
        rows.append(dict(base, variant=mode, solution=sol1, final=final, span=[sp[0], sp[1]],
                         wrong=plain(w, st.k), right=plain(st.true, st.k), step=i + 1, kind=kd))

    # loop
    rl = R("loop", pid)
    compidx = [j for j, ln in enumerate(lines) if ln.comp and ln.text.strip()]
    cut = rl.choice(compidx[1:] if len(compidx) > 2 else compidx)
    u = rl.choice([1, 1, 2, 2, 3])
    while u > 1 and (cut - u + 1 < 0 or any(not lines[j].text.strip() for j in range(cut - u + 1, cut + 1))):
        u -= 1
    unit = "\n".join(ln.text for ln in lines[cut - u + 1:cut + 1])
    prefix = "\n".join(ln.text for ln in lines[:cut + 1])
    n = rl.randint(8, 30)
    start = len(prefix) + 1
    sol = prefix + ("\n" + unit) * (n - 1)
    if rl.random() < 0.5:
        # generation cut off inside the next copy, before any result is written
        lim = min([unit.find(t) for t in ("=", "≈", " is ", " equals", " gives", " makes", " leaves", " comes to",
                                          "|", "\t", "\n") if unit.find(t) > 0] + [len(unit)])
        if lim > 4:
            sol += "\n" + unit[:rl.randint(3, lim - 1)]
    rows.append(dict(base, variant="loop", solution=sol, final=final, span=[start, start + len(unit)], repeats=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    jobs = []
    for sname, sample, solver, phrs in STRUCTS:
        for pi, phr in enumerate(phrs):
            for ns in range(NSETS):
                jobs.append((sname, pi, ns, sample, solver, phr))
    order = list(range(len(jobs)))
    R("styles").shuffle(order)
    style_of = {}
    for j, o in enumerate(order):
        style_of[o] = STYLES[j % len(STYLES)]
    rows = []
    for o, (sname, pi, ns, sample, solver, phr) in enumerate(jobs):
        tname = "%s-%d" % (sname, pi + 1)
        build_problem(tname, sname, sample, solver, phr, pi, ns, style_of[o], rows)
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
            "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            o = {k: row[k] for k in keys if k in row}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
