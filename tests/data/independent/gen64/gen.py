#!/usr/bin/env python3
"""Generate the games/sports/leagues held-out set of worked solutions.

    python3 gen.py --out set.jsonl

Standard library only.  Output is byte-identical across runs, working
directories and PYTHONHASHSEED values (all randomness is string-seeded).
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Tracer, Retry, SLIP_KINDS, candidate, plausible, plain_final, fmt  # noqa: E402
from styles import STYLES, RENDER  # noqa: E402
from templates import STRUCTS  # noqa: E402

SETS = 4


def run(struct, p, mode="correct", fault=None, wrong=None):
    t = Tracer(mode, fault, wrong)
    struct["build"](t, p)
    if t.ans is None:
        raise RuntimeError("no answer in " + struct["name"])
    return t


def render(style, t, goal, pid):
    rng = random.Random("render|" + pid)
    P = {"items": t.items, "ans": t.ans, "goal": goal}
    o = RENDER[style](P, rng)
    text = "\n".join(o.lines)
    starts = []
    pos = 0
    for line in o.lines:
        starts.append(pos)
        pos += len(line) + 1
    spans = {}
    for idx, li in o.map.items():
        spans[idx] = (starts[li], starts[li] + len(o.lines[li]))
    return text, o.lines, spans, dict(o.map)


def calc_recs(t):
    return [x[1] for x in t.items if x[0] == "calc"]


def pick_wrong(rec, rng, kinds):
    for kind in kinds:
        for _ in range(3):
            w = candidate(rec, kind, rng)
            if plausible(rec, w):
                return kind, w
    return None, None


def make_params(struct, pid, ptext, seen):
    for attempt in range(400):
        rng = random.Random("params|%s|%d" % (pid, attempt))
        try:
            p = struct["gen"](rng)
            t = run(struct, p)
        except Retry:
            continue
        if ptext.format(**p) in seen:
            continue
        return p, t
    raise RuntimeError("no params for " + pid)


def slip_row(struct, p, t0, style, goal, pid, carry):
    rng = random.Random(("carry|" if carry else "slip|") + pid)
    recs = [r for r in calc_recs(t0) if r["faultable"]]
    if not recs:
        raise RuntimeError("no faultable step in " + pid)
    right_final = t0.ans[0]
    order = list(recs)
    rng.shuffle(order)
    if carry:
        # prefer a fault that has later steps to carry into
        order.sort(key=lambda r: 1 if r is recs[-1] else 0)
    for rec in order:
        kinds = list(SLIP_KINDS)
        rng.shuffle(kinds)
        if rec["res"].v < 0 and rng.random() < 0.6:
            kinds.remove("sign_dropped")
            kinds.insert(0, "sign_dropped")
        for ki in range(len(kinds)):
            kind, w = pick_wrong(rec, rng, kinds[ki:ki + 1])
            if w is None:
                continue
            try:
                t = run(struct, p, "carry" if carry else "slip", rec["idx"], w)
            except Retry:
                continue
            if carry:
                fv = t.ans[0]
                if fv.v == right_final.v:
                    continue
                if right_final.v >= 0 and fv.v < 0:
                    continue
                try:
                    fmt(fv)
                except ValueError:
                    continue
            text, lines, spans, lmap = render(style, t, goal, pid)
            frec = calc_recs(t)[rec["idx"]]
            return t, text, spans[rec["idx"]], frec, kind
    raise RuntimeError("no fault possible for " + pid)


def loop_row(lines, spans_map, pid):
    rng = random.Random("loop|" + pid)
    body = [l for l in lines if not l.startswith("#### ")]
    step_lines = sorted(set(spans_map.values()))
    cands = []
    for e in step_lines:
        for L in (1, 2, 3):
            s = e - L + 1
            if s < 0 or not body[s].strip():
                continue
            cands.append((e, L))
    e, L = cands[rng.randrange(len(cands))] if rng.random() < 0.8 else cands[-1]
    s = e - L + 1
    prefix = "\n".join(body[:e + 1])
    unit = "\n".join(body[s:e + 1])
    R = rng.randint(8, 30)
    text = prefix + ("\n" + unit) * (R - 1)
    start = len(prefix) + 1
    span = [start, start + len(unit)]
    if rng.random() < 0.5:
        stop = len(unit)
        for mark in ("=", "≈", " is ", "approx", " makes ", "equals", "|", "\\["):
            j = unit.find(mark)
            if j != -1:
                stop = min(stop, j)
        spaces = [i for i in range(1, stop) if unit[i] == " "]
        if spaces:
            cut = spaces[rng.randrange(len(spaces))]
            text += "\n" + unit[:cut]
    return text, span, R


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    counter = 0
    seen = set()
    for struct in STRUCTS:
        for j, ptext in enumerate(struct["texts"]):
            for k in range(SETS):
                pid = "%s-%d-%d" % (struct["name"], j + 1, k + 1)
                p, t0 = make_params(struct, pid, ptext, seen)
                style = STYLES[counter % len(STYLES)]
                counter += 1
                problem = ptext.format(**p)
                assert problem not in seen, pid
                seen.add(problem)
                goal = struct["goal"].format(**p)
                text, lines, spans, lmap = render(style, t0, goal, pid)
                final = plain_final(t0.ans[0])
                tmpl = "%s-%d" % (struct["name"], j + 1)
                base = lambda v: {"pid": pid, "template": tmpl, "style": style,  # noqa: E731
                                  "problem": problem, "variant": v}
                r = base("correct")
                r.update(solution=text, final=final)
                rows.append(r)
                for carry in (False, True):
                    t, stext, span, frec, kind = slip_row(struct, p, t0, style, goal, pid, carry)
                    r = base("carry" if carry else "slip")
                    r.update(solution=stext, final=final, span=list(span), wrong=frec["_ws"],
                             right=frec["_rs"], step=frec["idx"] + 1, kind=kind)
                    rows.append(r)
                ltext, lspan, R = loop_row(lines, lmap, pid)
                r = base("loop")
                r.update(solution=ltext, final=final, span=lspan, repeats=R)
                rows.append(r)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(rows), len(rows) // 4, args.out))


if __name__ == "__main__":
    main()
