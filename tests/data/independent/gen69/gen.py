#!/usr/bin/env python3
"""Generate the eval69 set: manufacturing & small-business worked solutions.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Sol, V, NotExact, fault_candidates, fmt_val  # noqa: E402
from kinds import KINDS, Retry  # noqa: E402
from styles import STYLES, render, final_canon  # noqa: E402

SETS = 4


def make_values(kind, pi, si, extras, seen):
    r = random.Random("eval69|nums|%s|%d|%d" % (kind["name"], pi, si))
    for _ in range(5000):
        try:
            vals = kind["gen"](r, si)
        except Retry:
            continue
        key = tuple(sorted((k, str(v)) for k, v in vals.items()))
        if key in seen:
            continue
        vals = dict(vals)
        vals.update(extras)
        yield vals, key
    raise RuntimeError("no number set for %s" % kind["name"])


def run(kind, vals, pid, mode="correct", fstep=None, fwrong=None):
    S = Sol(random.Random("eval69|sol|" + pid), mode, fstep, fwrong)
    kind["solve"](vals, S)
    return S


def fmt_meta(kind, vals):
    d = {}
    for k, v in vals.items():
        d[k] = v if isinstance(v, str) else V(v)
    out = {}
    for key in ("goal", "topic"):
        out[key] = kind[key].format(**d)
    d2 = dict(d)
    d2["A"] = "{A}"
    out["ans"] = kind["ans"].format(**d2)
    return out


def do_render(style, S, meta, pid):
    return render(style, S, meta, random.Random("eval69|style|" + pid))


def line_span(lines, i):
    start = sum(len(x) + 1 for x in lines[:i])
    return [start, start + len(lines[i])]


class NoFault(Exception):
    pass


def build_problem(kind, pi, si, style, seen):
    text, extras = kind["phr"][pi]
    pid = "%s-%d-%d" % (kind["name"], pi + 1, si + 1)
    for vals, key in make_values(kind, pi, si, extras, seen):
        try:
            S = run(kind, vals, pid)
            meta = fmt_meta(kind, vals)
            o = do_render(style, S, meta, pid)
        except (Retry, NotExact):
            continue
        try:
            rows = build_rows(kind, pi, si, style, text, pid, vals, S, meta, o)
        except NoFault:
            continue
        seen.add(key)
        return rows
    raise RuntimeError(pid)


def build_rows(kind, pi, si, style, text, pid, vals, S, meta, o):
    d = {k: (v if isinstance(v, str) else V(v)) for k, v in vals.items()}
    problem = text.format(**d)
    gold = final_canon(S)
    base = {"pid": pid, "template": "%s-%d" % (kind["name"], pi + 1), "style": style, "problem": problem}
    rows = []
    sol_c = "\n".join(o.lines)
    rows.append(dict(base, variant="correct", solution=sol_c, final=gold))

    rng = random.Random("eval69|fault|" + pid)
    # candidate faults over all faultable steps
    cands = []
    for st in S.steps:
        if not st.faultable:
            continue
        for k, w in fault_candidates(st, rng):
            cands.append((st.idx, k, w))

    def by_kind(cs):
        kinds = sorted(set(c[1] for c in cs))
        rng.shuffle(kinds)
        order = []
        for kk in kinds:
            sub = [c for c in cs if c[1] == kk]
            rng.shuffle(sub)
            order.append(sub)
        out = []
        while any(order):
            for sub in order:
                if sub:
                    out.append(sub.pop())
        return out

    # ---- slip
    slip_row = None
    for idx, k, w in by_kind(list(cands)):
        try:
            S2 = run(kind, vals, pid, "slip", idx, w)
            o2 = do_render(style, S2, meta, pid)
        except (Retry, NotExact):
            continue
        if final_canon(S2) != gold:
            continue
        li = o2.where[idx]
        sol = "\n".join(o2.lines)
        wrong_s = o2.res[idx]
        right_s = o2.right[idx]
        if wrong_s not in o2.lines[li]:
            continue
        slip_row = dict(base, variant="slip", solution=sol, final=gold, span=line_span(o2.lines, li),
                        wrong=wrong_s, right=right_s, step=idx, kind=k)
        break
    if slip_row is None:
        raise NoFault()
    rows.append(slip_row)

    # ---- carry
    carry_row = None
    pref = by_kind(list(cands))
    # prefer a different step than the slip when possible
    pref.sort(key=lambda c: c[0] == slip_row["step"])
    for idx, k, w in pref:
        try:
            S3 = run(kind, vals, pid, "carry", idx, w)
            o3 = do_render(style, S3, meta, pid)
            fc = final_canon(S3)
        except (Retry, NotExact):
            continue
        if fc == gold:
            continue
        if [st.approx for st in S3.steps] != [st.approx for st in S.steps]:
            continue
        if any((a.right_value > 0) != (b.right_value > 0) or (a.right_value < 0) != (b.right_value < 0)
               for a, b in zip(S3.steps, S.steps) if a.idx != idx):
            continue
        li = o3.where[idx]
        sol = "\n".join(o3.lines)
        carry_row = dict(base, variant="carry", solution=sol, final=gold, span=line_span(o3.lines, li),
                         wrong=o3.res[idx], right=o3.right[idx], step=idx, kind=k)
        break
    if carry_row is None:
        raise NoFault()
    rows.append(carry_row)

    # ---- loop
    rows.append(make_loop(base, o, gold, random.Random("eval69|loop|" + pid)))
    return rows


def make_loop(base, o, gold, rng):
    lines = o.lines
    first = min(o.where.values())
    last = len(lines) - 1
    while not lines[last].startswith("####"):
        last -= 1
    cands = [j for j in range(first, last - 1) if lines[j].strip() and not lines[j].startswith("####")]
    j = rng.choice(cands)
    u = rng.choice([1, 1, 1, 2, 2, 3])
    s = j - u + 1
    while s < first or not lines[s].strip():
        s += 1
    unit = "\n".join(lines[s:j + 1])
    sep = "\n\n" if (j + 1 < len(lines) and lines[j + 1] == "") else "\n"
    prefix = "\n".join(lines[:j + 1])
    reps = rng.randint(8, 30)
    text = prefix
    span = None
    for c in range(1, reps):
        text += sep
        if c == 1:
            span = [len(text), len(text) + len(unit)]
        text += unit
    if rng.random() < 0.4:
        # cut off mid-copy after a word (as when generation hits the token limit)
        words = unit.split(" ")
        cut_points = [i for i in range(1, len(words)) if words[i - 1] and words[i - 1][-1].isalpha()]
        if cut_points:
            cp = rng.choice(cut_points)
            text += sep + " ".join(words[:cp])
    return dict(base, variant="loop", solution=text, final=gold, span=span, repeats=reps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    i = 0
    for kind in KINDS:
        for pi in range(len(kind["phr"])):
            seen = set()
            for si in range(SETS):
                style = STYLES[i % len(STYLES)]
                rows.extend(build_problem(kind, pi, si, style, seen))
                i += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(rows), i, a.out))


if __name__ == "__main__":
    main()
