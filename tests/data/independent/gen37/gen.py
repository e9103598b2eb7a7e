#!/usr/bin/env python3
"""Generate the held-out set: written calculation methods in grade-school word problems.

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Bad, Ctx, Style, finalize, substitute, line_span, plain, fmt  # noqa: E402
from styles import STYLES, Renderer  # noqa: E402
import structs  # noqa: E402

NSETS = 4


def run(S, n, w, seed, style, fault=None):
    st = Style(style, random.Random(seed + "|style"))
    c = Ctx(seed, st, fault)
    S["build"](c, n, w)
    rd = Renderer(st, seed)
    marked = rd.render(c.steps, c.answer)
    return c, marked, st


# ------------------------------------------------------------------ wrong values
def digits_wrongs(n):
    s = str(n)
    out = []
    for i in range(len(s) - 1, 0, -1):
        if s[i] != s[i - 1]:
            t = s[:i - 1] + s[i] + s[i - 1] + s[i + 1:]
            if t[0] != "0":
                out.append(("transposed", int(t)))
                break
    if len(s) >= 3:
        i = len(s) - 2
        t = s[:i] + s[i + 1:]
        out.append(("dropped_digit", int(t)))
    if len(s) >= 2 and random.Random(s).random() < 0.35:
        i = len(s) - 1
        t = s[:i] + s[i] + s[i:]
        if len(t) <= 5:
            out.append(("doubled_digit", int(t)))
    return out


def int_wrongs(n, role, ops, r):
    first = []
    gen = []
    if role == "fact" and ops and ops[0] == "×":
        a, b = int(ops[1]), int(ops[2])
        if b > 1:
            first.append(("times_table", a * (b - 1) if r.random() < 0.5 else a * (b + 1)))
        first.append(("times_table", (a + 1) * b if a < 9 else (a - 1) * b))
        conf = {42: 48, 48: 42, 54: 56, 56: 54, 63: 64, 64: 63, 49: 47, 72: 74, 36: 32, 24: 28, 27: 21, 32: 36}
        if n in conf:
            first.insert(0, ("times_table", conf[n]))
    if role == "col" and ops and ops[2]:
        first.append(("carry_dropped", n - int(ops[2])))
    if role == "coldiff" and ops:
        t, bd = int(ops[1]), int(ops[2])
        if t >= 10:
            first.append(("borrow_slip", bd - (t - 10)))
        first.append(("off_by_one", n + 1 if n < 9 else n - 1))
        return [x for x in first if 0 <= x[1] <= 9 and x[1] != n]
    if role in ("qdigit",):
        return [x for x in [("off_by_one", n + 1), ("off_by_one", n - 1)] if x[1] >= 0]
    if role == "pp10" and n % 10 == 0 and n >= 100:
        first.append(("place_value", n // 10))
    if ops and ops[0] == "×" and role in ("prod", "pp", "quot", "fact", "cell"):
        a, b = ops[1], ops[2]
        if F(a).denominator == 1 and F(b).denominator == 1 and a + b != n and r.random() < 0.3:
            gen.append(("wrong_op", int(a + b)))
    if ops and ops[0] == "−" and role in ("diff", "ldiff"):
        a, b = ops[1], ops[2]
        if F(a).denominator == 1 and r.random() < 0.25:
            gen.append(("wrong_op", int(a + b)))
    gen.append(("off_by_one", n - 1 if n > 1 and r.random() < 0.5 else n + 1))
    if n >= 20:
        gen.append(("off_by_ten", n + 10 if r.random() < 0.5 else n - 10))
    if n >= 1000:
        gen.append(("off_by_hundred", n + 100 if r.random() < 0.5 else n - 100))
    if n >= 10:
        gen += digits_wrongs(n)
    r.shuffle(gen)
    if first and r.random() < 0.75:
        return first + gen
    return gen + first


def wrongs(m, r):
    v = m["v"]
    kind = m["kind"]
    if kind == "times":
        q = int(v)
        c = [("off_by_one", q + 1), ("off_by_one", q - 1)]
        r.shuffle(c)
        return [(k, F(x)) for k, x in c if 0 <= x <= 9]
    if v.denominator != 1:
        cents = int(v * 100)
        out = [(k, F(x, 100)) for k, x in int_wrongs(cents, m["role"], None, r) if x > 0]
        out = [o for o in out if o[0] in ("transposed", "off_by_ten", "off_by_one", "off_by_hundred")]
        out.append(("decimal_shift", v * 10))
        r.shuffle(out)
        return out
    n = int(v)
    out = [(k, F(x)) for k, x in int_wrongs(n, m["role"], m["ops"], r) if x >= 0]
    if m["role"] not in ("coldiff", "qdigit"):
        out = [o for o in out if o[1] > 0]
    if kind == "money" and m["role"] in ("prod", "sum", "diff", "pp") and n >= 10 and r.random() < 0.15:
        out.insert(0, ("decimal_shift", F(n, 10)))
    seen = set()
    res = []
    for k, x in out:
        if x != v and x not in seen:
            seen.add(x)
            res.append((k, x))
    return res


SLIP_W = {"fact": 2.0, "col": 2.2, "coldiff": 2.2, "pp": 2.0, "pp10": 2.0, "cell": 2.0, "ldiff": 2.0,
          "qdigit": 1.5, "jump": 1.8, "double": 1.5, "half": 1.5, "conv": 1.2, "sum": 1.5, "diff": 1.5,
          "prod": 1.5, "quot": 1.5, "rem": 1.2, "restate": 0.5, "check": 0.4}


def make_rows(S, n, w, pid, template, style, problem, att=0):
    seed = "%s#%d" % (pid, att)
    c0, marked0, st0 = run(S, n, w, seed, style)
    text0, pos0 = finalize(marked0)
    gold = plain(c0.answer[0])
    assert len(pos0) == len(c0.slots), (pid, len(pos0), len(c0.slots))
    base = dict(pid=pid, template=template, style=style, problem=problem)
    rows = [dict(base, variant="correct", solution=text0, final=gold)]

    # ---- slip
    r = random.Random(seed + "|slip")
    elig = [m for m in c0.slots if not m["chain"]]
    order = []
    pool = list(elig)
    while pool:
        ws = [SLIP_W.get(m["role"], 1.0) for m in pool]
        m = r.choices(pool, ws)[0]
        pool.remove(m)
        order.append(m)
    done = False
    for m in order:
        for kind, wv in wrongs(m, r):
            try:
                wtxt = fmt(wv, m["kind"], st0)
            except Bad:
                continue
            rtxt = text0[pos0[m["i"]][0]:pos0[m["i"]][1]]
            if wtxt.strip() == rtxt.strip():
                continue
            t1, p1 = finalize(substitute(marked0, m["i"], wtxt))
            a, b = line_span(t1, p1[m["i"]][0])
            rows.append(dict(base, variant="slip", solution=t1, final=gold, span=[a, b],
                             wrong=wtxt.strip(), right=rtxt.strip(), step=m["step"], kind=kind))
            done = True
            break
        if done:
            break
    if not done:
        raise Bad('no fault for ' + pid)

    # ---- carry
    r = random.Random(seed + "|carry")
    cands = list(c0.slots)
    r.shuffle(cands)
    cands.sort(key=lambda m: 0 if m["role"] not in ("restate", "check") else 1)
    done = False
    tries = 0
    for m in cands:
        for kind, wv in wrongs(m, r)[:4]:
            tries += 1
            try:
                c1, marked1, st1 = run(S, n, w, seed, style, fault=(m["i"], wv))
                t1, p1 = finalize(marked1)
            except Bad:
                continue
            if c1.bad:
                continue
            fin = plain(c1.answer[0])
            if fin == gold:
                continue
            a, b = line_span(t1, p1[m["i"]][0])
            if t1[:a] != text0[:a]:
                continue
            wtxt = t1[p1[m["i"]][0]:p1[m["i"]][1]].strip()
            rtxt = text0[pos0[m["i"]][0]:pos0[m["i"]][1]].strip()
            if wtxt == rtxt:
                continue
            rows.append(dict(base, variant="carry", solution=t1, final=gold, span=[a, b],
                             wrong=wtxt, right=rtxt, step=m["step"], kind=kind))
            done = True
            break
        if done:
            break
    if not done:
        raise Bad('no fault for ' + pid)

    # ---- loop
    rows.append(make_loop(text0, seed, base, gold))
    return rows


LEADS = ["Wait, let me double-check that.", "Let me recompute this step.", "Hmm, let me verify:",
         "Actually, let me redo that.", "Let me check again."]


def make_loop(text, pid, base, gold):
    r = random.Random(pid + "|loop")
    lines = text.split("\n")
    last = max(i for i, ln in enumerate(lines) if ln.startswith("####"))
    body_end = last - 1
    while body_end > 0 and not lines[body_end].strip():
        body_end -= 1
    cand = [j for j in range(1, body_end) if lines[j].strip() and "```" not in lines[j]
            and j <= max(2, int(body_end * 0.85)) and any(ch.isdigit() for ch in lines[j])]
    j = r.choice(cand)
    u = r.choices([1, 2, 3], [5, 3, 2])[0]
    lo = j
    while lo > 1 and j - lo + 1 < u:
        if "```" in lines[lo - 1] or lines[lo - 1].startswith("#"):
            break
        lo -= 1
    while not lines[lo].strip():
        lo += 1
    unit_lines = lines[lo:j + 1]
    R = r.randint(8, 30)
    prefix = "\n".join(lines[:j + 1])
    if r.random() < 0.25 and len(unit_lines) <= 2:
        unit = r.choice(LEADS) + "\n" + "\n".join(unit_lines)
        first_start = len(prefix) + 1
        out = prefix + ("\n" + unit) * R
    else:
        unit = "\n".join(unit_lines)
        first_start = len("\n".join(lines[:lo])) + (1 if lo > 0 else 0)
        out = prefix + ("\n" + unit) * (R - 1)
    second = first_start + len(unit) + 1
    assert out[second:second + len(unit)] == unit
    reps = R
    if r.random() < 0.3:
        ul = unit.split("\n")[0]
        cut = None
        for k in range(len(ul)):
            if ul[k] == " " and k > 4 and ul[k - 1].isalpha():
                cut = k
            if ul[k].isdigit() or ul[k] in "=«\\$|":
                break
        if cut is not None:
            out += "\n" + ul[:cut]
    return dict(base, variant="loop", solution=out, final=gold, span=[second, second + len(unit)], repeats=reps)


def fmt_problem(tmpl, n, w):
    d = {}
    for k, v in n.items():
        if isinstance(v, (int, F)) and not isinstance(v, bool):
            v = F(v)
            if v.denominator == 1:
                d[k] = "{:,}".format(int(v))
            else:
                d[k] = "%.2f" % float(v)
        else:
            d[k] = v
    d.update(w)
    return tmpl.format(**d)


def generate():
    rows = []
    p = 0
    for S in structs.STRUCTS:
        for j, (tmpl, w) in enumerate(S["phr"]):
            template = "%s-%d" % (S["key"], j)
            for k in range(NSETS):
                pid = "%s-%d-%d" % (S["key"], j, k)
                style = STYLES[p % len(STYLES)]
                p += 1
                for att in range(40):
                    n = S["sample"](random.Random("%s|nums|%d" % (pid, att)))
                    try:
                        rows_p = make_rows(S, n, w, pid, template, style, fmt_problem(tmpl, n, w), att)
                    except Bad:
                        continue
                    break
                else:
                    raise RuntimeError("no numbers for " + pid)
                rows += rows_p
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = generate()
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
            "step", "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in keys if k in row}, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
