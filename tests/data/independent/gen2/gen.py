#!/usr/bin/env python3
"""Generate set2.jsonl.  Usage: python3 gen2/gen.py --seed 20240611 --out PATH (tests/data/independent/set2.jsonl)"""
import argparse
import json
import random
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Fr, Ctx, Q, dec, nice, jsnum, hashnum  # noqa: E402
from templates import TEMPLATES  # noqa: E402
from styles import STYLES  # noqa: E402

SETS_PER_TEMPLATE = 3
LOOP_REPEATS = 15


def instantiate(t, r, seen):
    for _ in range(2000):
        inst = t["fn"](r)
        sig = (t["name"], tuple(sorted(re.findall(r"\d+(?:[.,:]\d+)*", inst["problem"]))))
        if inst["problem"] in seen or sig in seen:
            continue
        c = Ctx()
        fin = inst["solve"](c)
        if not all(s.value >= 0 and nice(s.value) for s in c.steps):
            continue
        if fin.v <= 0:
            continue
        if "ok" in inst and not inst["ok"](c.steps):
            continue
        # self-check: every recorded step equals a fresh evaluation of its displayed operands
        for s in c.steps:
            assert eval(s.pyexpr(), {"Fr": Fr}) == s.value, (t["name"], s.pyexpr(), s.value)
        assert inst["problem"].endswith("?")
        seen.add(inst["problem"])
        seen.add(sig)
        return inst, c.steps, fin
    raise RuntimeError("could not instantiate " + t["name"])


def digit_swaps(v):
    s = dec(v)
    out = []
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            t = s[:i] + b + a + s[i + 2:]
            if t[0] == "0" and not t.startswith("0."):
                continue
            out.append(Fr(t))
    return out


def candidates(v, r):
    c = [("off_by_one", v + 1), ("off_by_one", v - 1), ("times_ten", v * 10), ("plus_ten", v + 10),
         ("minus_ten", v - 10), ("off_by_two", v + 2), ("off_by_two", v - 2)]
    c += [("digit_swap", w) for w in digit_swaps(v)]
    if v.denominator != 1:
        c += [("tenth", v + Fr(1, 10)), ("tenth", v - Fr(1, 10))]
    r.shuffle(c)
    # prefer a mix: digit swaps and off-by-one first half the time
    return c


def choose_corruption(inst, steps, fin, r):
    n = len(steps)
    order = list(range(n - 1))
    r.shuffle(order)
    if r.random() < 0.15 or not order:
        order = [n - 1] + order
    else:
        order = order + [n - 1]
    for k in order:
        v = steps[k].value
        for kind, w in candidates(v, r):
            if w == v or w <= 0 or not nice(w):
                continue
            c2 = Ctx({k: w})
            try:
                fin2 = inst["solve"](c2)
            except ZeroDivisionError:
                continue
            if len(c2.steps) != n:
                continue
            if not all(s.value >= 0 and nice(s.value) for s in c2.steps):
                continue
            if fin2.v == fin.v or fin2.v <= 0:
                continue
            return k, w, kind, c2.steps, fin2
    raise RuntimeError("no corruption")


def line_span(lines, i):
    start = sum(len(l) + 1 for l in lines[:i])
    return [start, start + len(lines[i])]


def finish(lines, final_q, blank):
    out = list(lines)
    if blank:
        out.append("")
    out.append("#### " + hashnum(final_q.v))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20240611)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"))
    a = ap.parse_args()
    R = random.Random(a.seed)
    style_names = list(STYLES)
    recs = []
    seen = set()
    gi = 0
    for t in TEMPLATES:
        for j in range(SETS_PER_TEMPLATE):
            inst, steps, fin = instantiate(t, R, seen)
            style = style_names[gi % len(style_names)]
            gi += 1
            pid = "%s-%d" % (t["name"], j + 1)
            rseed = R.randrange(1 << 30)
            blank = R.random() < 0.5
            meta = dict(goal=inst["goal"], answer=inst["answer"], final=fin, cents=t["cents"])

            def render(stps, m):
                return STYLES[style](random.Random(rseed), stps, m)

            base = dict(pid=pid, template=t["name"], category=t["cat"], style=style, problem=inst["problem"])
            L, idx = render(steps, meta)
            correct = finish(L, fin, blank)
            recs.append(dict(base, variant="correct", solution=correct, final=jsnum(fin.v)))

            k, w, kind, csteps, cfin = choose_corruption(inst, steps, fin, R)
            # slip: only step k's stated result changes; later steps keep the correct value
            ssteps = [s.copy() for s in steps]
            ssteps[k].value = w
            Ls, idxs = render(ssteps, meta)
            slip = finish(Ls, fin, blank)
            assert idxs == idx and len(Ls) == len(L)
            diff = [i for i in range(len(L)) if L[i] != Ls[i]]
            assert diff == [idx[k]], (pid, diff, idx[k])
            recs.append(dict(base, variant="slip", solution=slip, final=jsnum(fin.v),
                             span=line_span(Ls, idxs[k]), wrong=jsnum(w), right=jsnum(steps[k].value),
                             step=k, n_steps=len(steps), corruption=kind))

            # carry: wrong value propagated into later steps and the final answer
            meta2 = dict(meta, final=cfin)
            Lc, idxc = render(csteps, meta2)
            carry = finish(Lc, cfin, blank)
            assert Lc[:idxc[k]] == L[:idx[k]]
            recs.append(dict(base, variant="carry", solution=carry, final=jsnum(cfin.v),
                             span=line_span(Lc, idxc[k]), wrong=jsnum(w), right=jsnum(steps[k].value),
                             step=k, n_steps=len(steps), corruption=kind))

            # loop: last step line repeated LOOP_REPEATS times, no #### line
            last = idx[len(steps) - 1]
            Ll = L[:last + 1] + [L[last]] * (LOOP_REPEATS - 1)
            recs.append(dict(base, variant="loop", solution="\n".join(Ll), final=None))
    with open(a.out, "w") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records (%d problems, %d templates) to %s" % (len(recs), gi, len(TEMPLATES), a.out))


if __name__ == "__main__":
    main()
