#!/usr/bin/env python3
"""Generate the held-out geometry/measurement evaluation set.

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Ctx, fault_candidates, final_str, dec_str  # noqa: E402
from styles import STYLES, render_solution  # noqa: E402
from templates import STRUCTS  # noqa: E402

NSETS = 4


class Prob:
    def __init__(self, goal, given):
        self.goal = goal
        self.given = given


def fmt_num(x):
    if isinstance(x, str):
        return x
    return dec_str(F(x))


def run(solve, v, ph, mode=None, k=None, wrong=None):
    ctx = Ctx(mode, k, wrong)
    ctx.given = []
    solve(ctx, v, ph)
    return ctx


def text_of(style, ph, ctx, pid):
    prob = Prob(ph["goal"], ctx.given)
    return render_solution(style, prob, ctx, random.Random(pid + "/layout"))


def first_diff_line(a, b):
    la, lb = a.split("\n"), b.split("\n")
    off = 0
    for i, (x, y) in enumerate(zip(la, lb)):
        if x != y:
            return off, off + len(y), y, i
        off += len(y) + 1
    raise ValueError("no difference")


def faultable(ctx):
    return [c for kind, c in ctx.items if kind == "calc" and c.idx is not None]


def positive_ok(ctx):
    for x in ctx.values:
        if x <= 0:
            return False
    return ctx.final.v > 0


def choose_fault(rng, calcs, solve, v, ph, mode, gold):
    order = list(range(len(calcs)))
    rng.shuffle(order)
    for k in order:
        c = calcs[k]
        cands = fault_candidates(c)
        kinds = []
        for kd, w, ws in cands:
            if kd not in kinds:
                kinds.append(kd)
        rng.shuffle(kinds)
        if "rounding" in kinds and rng.random() < 0.5:
            kinds.remove("rounding")
            kinds.insert(0, "rounding")
        for kd in kinds:
            opts = [x for x in cands if x[0] == kd]
            rng.shuffle(opts)
            for _, w, ws in opts:
                try:
                    ctx = run(solve, v, ph, mode, k, (w, ws))
                except (ValueError, ZeroDivisionError):
                    continue
                if mode == "carry":
                    if not positive_ok(ctx) or F(final_str(ctx.final)) == F(gold):
                        continue
                return k, kd, w, ws, ctx
    raise RuntimeError("no fault found")


def make_loop(rng, text):
    lines = text.split("\n")
    body = [i for i, l in enumerate(lines) if l.strip() and not l.startswith("####")]
    lo = body[min(len(body) - 1, max(1, len(body) // 4))]
    hi = body[min(len(body) - 1, max(1, (3 * len(body)) // 4))]
    cand_ends = [i for i in body if lo <= i <= hi] or body[:1]
    minstart = 1 if len(body) > 1 else 0
    for _ in range(50):
        end = rng.choice(cand_ends)  # index of last line of the unit
        u = rng.choice([1, 1, 2, 2, 3])
        start = end - u + 1
        if start < minstart or not lines[start].strip():
            continue
        unit_lines = lines[start:end + 1]
        if any(l.startswith("####") or l.startswith("|---") for l in unit_lines):
            continue
        if unit_lines[0].startswith("|") != unit_lines[-1].startswith("|"):
            continue
        U = "\n".join(unit_lines)
        sep = "\n\n" if start >= 2 and lines[start - 1] == "" else "\n"
        prefix = "\n".join(lines[:start])
        prefix = prefix + ("\n" if prefix else "")
        reps = rng.randrange(8, 31)
        out = prefix + U + (sep + U) * (reps - 1)
        s2 = len(prefix) + len(U) + len(sep)
        first = unit_lines[0]
        m = len(first)
        for ch_i, ch in enumerate(first):
            if ch.isdigit() or ch in "=≈$\\":
                m = ch_i
                break
        spaces = [i for i in range(1, m) if first[i] == " "]
        if spaces and rng.random() < 0.5:
            out += sep + first[:rng.choice(spaces)]
        return out, [s2, s2 + len(U)], reps
    raise RuntimeError("loop")


def build():
    rows = []
    pcount = 0
    for si, (name, phrasings, nums, solve) in enumerate(STRUCTS):
        for ph in phrasings:
            template = "%s-%d" % (name, ph["i"])
            for j in range(NSETS):
                pid = "%s-%d" % (template, j)
                rng = random.Random("nums/" + pid)
                v = nums(rng, ph)
                problem = ph["q"].format(**{k: fmt_num(x) for k, x in v.items()})
                style = STYLES[(pcount * 5 + si) % len(STYLES)] if False else STYLES[(pcount + si * 3) % len(STYLES)]
                pcount += 1
                ctx = run(solve, v, ph)
                gold = final_str(ctx.final)
                correct = text_of(style, ph, ctx, pid)
                base = dict(pid=pid, template=template, style=style, problem=problem)
                rows.append(dict(base, variant="correct", solution=correct, final=gold))
                calcs = faultable(ctx)
                frng = random.Random("fault/" + pid)
                for mode in ("slip", "carry"):
                    k, kd, w, ws, fctx = choose_fault(frng, calcs, solve, v, ph, mode, gold)
                    t = text_of(style, ph, fctx, pid)
                    a, b, line, li = first_diff_line(correct, t)
                    rows.append(dict(base, variant=mode, solution=t, final=gold, span=[a, b],
                                     wrong=ws, right=dec_str(calcs[k].right, calcs[k].dp) if calcs[k].dp is not None else dec_str(calcs[k].right),
                                     step=k + 1, kind=kd))
                lt, span, reps = make_loop(random.Random("loop/" + pid), correct)
                rows.append(dict(base, variant="loop", solution=lt, final=gold, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
