#!/usr/bin/env python3
"""Generate the held-out coordinate-geometry evaluation set.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F  # noqa: E402
from core import Bad, Ctx, Num, fixed_str, dec_places, MK  # noqa: E402
from styles import STYLES, render, style_rc, final_block_start  # noqa: E402
from problems import KINDS, KIND_OF, fields  # noqa: E402

MARK_RE = re.compile("\x01(\\d+)\x02")
NSETS = 4


def build(kname, p, pid, style, mode="correct", fault=None, wrong=None, mark=()):
    solver = KINDS[kname][0]
    c = Ctx(pid, style, mode, fault, wrong)
    steps, fin = solver(c, p)
    lines = render(style, steps, fin, KIND_OF.get(kname, kname), pid, mark)
    return c, lines, fin


def strip_marks(lines):
    """returns clean lines and {step index: line index}"""
    where = {}
    out = []
    for i, ln in enumerate(lines):
        for m in MARK_RE.finditer(ln):
            where.setdefault(int(m.group(1)), i)
        out.append(MARK_RE.sub("", ln))
    return out, where


def line_span(lines, i):
    start = sum(len(x) + 1 for x in lines[:i])
    return [start, start + len(lines[i])]


# ---------------------------------------------------------------- wrong values
WEIGHTS = {"off_by_one": 2.5, "off_by_ten": 2, "digit_swap": 2, "digit_drop": 1.2, "digit_double": 0.8,
           "sign": 3, "wrong_op": 3, "reversed": 1.5, "flipped": 1.5, "decimal_shift": 1.5,
           "doubled_not_squared": 3, "halved_not_rooted": 1.5, "forgot_half": 3}


def wrong_cands(rec):
    v, fmt, d, ops = rec["v"], rec["fmt"], rec["d"], rec["ops"]
    out = []

    def addc(kind, w):
        try:
            w = F(w)
        except (ZeroDivisionError, TypeError):
            return
        if w != v and all(w != o[1] for o in out):
            out.append((kind, w))

    if fmt == "fix" or (fmt == "dec" and v.denominator != 1):
        dd = d if fmt == "fix" else dec_places(v)
        s = fixed_str(abs(v), dd)
        sg = -1 if v < 0 else 1
        addc("off_by_one", v + 1)
        addc("off_by_one", v - 1)
        ip, fp = s.split(".")
        digs = ip + fp
        for i in range(len(digs) - 1):
            if digs[i] != digs[i + 1]:
                t = digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:]
                addc("digit_swap", sg * F(t[:len(ip)] + "." + t[len(ip):]))
        addc("decimal_shift", v * 10)
        addc("decimal_shift", v / 10)
        if len(fp) >= 2:
            addc("digit_drop", sg * F(ip + "." + fp[1:]))
        if v != 0:
            addc("sign", -v)
    elif v.denominator == 1:
        n = int(v)
        addc("off_by_one", n + 1)
        addc("off_by_one", n - 1)
        addc("off_by_ten", n + 10)
        if abs(n) >= 10:
            addc("off_by_ten", n - 10 if n > 0 else n + 10)
        a = str(abs(n))
        sg = -1 if n < 0 else 1
        if len(a) >= 2:
            for i in range(len(a) - 1):
                if a[i] != a[i + 1]:
                    addc("digit_swap", sg * int(a[:i] + a[i + 1] + a[i] + a[i + 2:]))
            for i in range(len(a)):
                t = a[:i] + a[i + 1:]
                if t and not (t.startswith("0") and len(t) > 1):
                    addc("digit_drop", sg * int(t))
        if 0 < abs(n):
            i = len(a) - 1
            addc("digit_double", sg * int(a[:i] + a[i] + a[i:]))
        if n != 0:
            addc("sign", -n)
    else:
        p, q = v.numerator, v.denominator
        addc("off_by_one", F(p + 1, q))
        addc("off_by_one", F(p - 1, q))
        addc("sign", -v)
        if p != 0:
            addc("flipped", F(q, p))
    if ops:
        op = ops[0]
        if op == "-":
            a, b = F(ops[1]), F(ops[2])
            addc("wrong_op", a + b)
            addc("reversed", b - a)
        elif op == "+":
            a, b = F(ops[1]), F(ops[2])
            addc("wrong_op", a - b)
        elif op == "*":
            a, b = F(ops[1]), F(ops[2])
            addc("wrong_op", a + b)
        elif op == "/":
            a, b = F(ops[1]), F(ops[2])
            addc("wrong_op", a * b)
            if a != 0:
                addc("flipped", b / a)
        elif op == "sq":
            addc("doubled_not_squared", 2 * F(ops[1]))
        elif op == "sqrt":
            addc("halved_not_rooted", F(ops[1]) / 2)
        elif op == "half":
            addc("forgot_half", F(ops[1]))
        elif op == "abs":
            addc("sign", F(ops[1]))
    if fmt == "fix":
        # a wrong rounded value must be off by at least one unit in the last place
        out = [(k, w) for k, w in out if abs(w - v) >= F(1, 10 ** d)]
    return out


def order_cands(cands, rng):
    keyed = []
    for kind, w in cands:
        wt = WEIGHTS.get(kind, 1.0)
        keyed.append((rng.random() ** (1.0 / wt), kind, w))
    keyed.sort(key=lambda t: -t[0])
    return [(k, w) for _, k, w in keyed]


def make_fault(kname, p, pid, style, mode, recs, where, correct_lines, fin0, rng):
    flag = "slip" if mode == "slip" else "carry"
    elig = [i for i, r in enumerate(recs) if r[flag] and i in where]
    rng.shuffle(elig)
    for i in elig:
        for kind, w in order_cands(wrong_cands(recs[i]), rng):
            try:
                c, lines, fin = build(kname, p, pid, style, mode, i, w, mark=(i,))
            except (Bad, ZeroDivisionError, ValueError, ArithmeticError):
                continue
            clean, wh = strip_marks(lines)
            if i not in wh:
                continue
            if mode == "slip" and fin.plain != fin0.plain:
                continue
            if mode == "carry" and fin.plain == fin0.plain:
                continue
            L = wh[i]
            rc = style_rc(style, pid, KIND_OF.get(kname, kname))
            rec = recs[i]
            wt = Num(w, rec["fmt"], rec["d"]).render(rc)[0]
            rt = Num(rec["v"], rec["fmt"], rec["d"]).render(rc)[0]
            if wt not in clean[L]:
                continue
            if mode == "slip" and clean[L + 1:] != correct_lines[L + 1:]:
                continue
            if clean[:L] != correct_lines[:L]:
                continue
            return clean, dict(span=line_span(clean, L), wrong=wt, right=rt, step=i + 1, kind=kind)
    return None


def make_loop(lines, rng):
    body = lines[:final_block_start(lines)]
    while body and not body[-1].strip():
        body.pop()
    opts = []
    for pcut in range(1, len(body) + 1):
        for u in (1, 2, 3):
            if pcut - u < (1 if len(body) > 2 else 0):
                continue
            unit = body[pcut - u:pcut]
            if not any(re.search(r"[A-Za-z0-9]", x) and x.strip() not in ("\\[", "\\]") for x in unit):
                continue
            if unit[0].strip() == "" or unit[0].startswith("|---"):
                continue
            opts.append((pcut, u))
    opts.sort()
    late = opts[len(opts) // 3:] or opts
    withcalc = [o for o in late if any("=" in x for x in body[o[0] - o[1]:o[0]])]
    if withcalc and rng.random() < 0.7:
        late = withcalc
    pcut, u = rng.choice(late)
    unit = body[pcut - u:pcut]
    if rng.random() < 0.7 and pcut < len(body) and body[pcut] == "" and unit[-1] != "":
        unit = unit + [""]
    U = "\n".join(unit) + "\n"
    n = rng.randint(8, 30)
    prefix = "\n".join(body[:pcut - u])
    if prefix:
        prefix += "\n"
    text = prefix + U * n
    if rng.random() < 0.6:
        first = unit[0] if unit[0] else (unit[1] if len(unit) > 1 else "")
        cut = [m.start() for m in re.finditer(" ", first)]
        if cut:
            text += first[:rng.choice(cut)]
    s = len(prefix) + len(U)
    return text, [s, s + len(U)], n


def problem_text(kname, phr, p, opt, rng):
    f = fields(KIND_OF.get(kname, kname), p, opt, rng)
    return phr.format(**f)


def generate():
    rows = []
    gi = 0
    for kname, (solver, gen, phrasings) in KINDS.items():
        for j, (phr, opt) in enumerate(phrasings):
            template = "%s-%d" % (kname, j)
            for k in range(NSETS):
                pid = "%s-%d-%d" % (kname, j, k)
                style = STYLES[gi % len(STYLES)]
                gi += 1
                rng = random.Random("numbers:" + pid)
                for attempt in range(200):
                    p = gen(rng, k, opt)
                    try:
                        c, lines, fin = build(kname, p, pid, style, mark=range(10 ** 4))
                    except (Bad, ZeroDivisionError):
                        continue
                    correct, where = strip_marks(lines)
                    recs = c.recs
                    frng = random.Random("fault:" + pid)
                    faults = [make_fault(kname, p, pid, style, mode, recs, where, correct, fin, frng)
                              for mode in ("slip", "carry")]
                    if None in faults:
                        continue
                    break
                else:
                    raise RuntimeError("no numbers for " + pid)
                trng = random.Random("text:" + pid)
                problem = problem_text(kname, phr, p, opt, trng)
                base = dict(pid=pid, template=template, style=style, problem=problem)
                rows.append(dict(base, variant="correct", solution="\n".join(correct), final=fin.plain))
                for mode, (clean, meta) in zip(("slip", "carry"), faults):
                    rows.append(dict(base, variant=mode, solution="\n".join(clean), final=fin.plain, **meta))
                lrng = random.Random("loop:" + pid)
                text, span, n = make_loop(correct, lrng)
                rows.append(dict(base, variant="loop", solution=text, final=fin.plain, span=span, repeats=n))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = generate()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
