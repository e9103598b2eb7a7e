#!/usr/bin/env python3
"""Generate the mcrgen evaluation set (JSONL).

    python3 gen.py --out set.jsonl            # default seed 2026
    python3 gen.py --out other.jsonl --seed 7

Output is byte-identical for the same seed whatever PYTHONHASHSEED is.
"""
import argparse
import hashlib
import json
import random
import sys
from fractions import Fraction as F

from core import Template, sample_instance, problem_text, compute, choose_fault, \
    dec_str, money_str
from styles import STYLE_WEIGHTS, render
from templates import RAW

SETS_PER_TEMPLATE = 4
GSM_STYLES = ("gsm8k_calc", "gsm8k_socratic", "metamath", "mathinstruct_cot")


def style_plan(n, seed):
    """Exact quota per style (largest remainder), then a seeded shuffle."""
    tot = sum(w for _, w in STYLE_WEIGHTS)
    quotas = [F(n * w, tot) for _, w in STYLE_WEIGHTS]
    counts = [int(q) for q in quotas]
    rem = n - sum(counts)
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - int(quotas[i])), i))
    for i in order[:rem]:
        counts[i] += 1
    plan = []
    for (s, _), c in zip(STYLE_WEIGHTS, counts):
        plan += [s] * c
    random.Random("%s|styles" % seed).shuffle(plan)
    return plan


def plain(v, kind):
    return money_str(v) if kind == "money" else dec_str(v)


def final_written(style, kind, v):
    if style in GSM_STYLES:
        return dec_str(v)
    return plain(v, kind)


def line_span(lines, idx):
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


def partial_cut(line, rng):
    """A word-boundary prefix of line that holds no digit and no math."""
    cuts = []
    for j, ch in enumerate(line):
        if ch == " ":
            pre = line[:j]
            if any(x.isdigit() or x in "=$\\<" for x in pre):
                break
            if len(pre.split()) >= 2:
                cuts.append(j)
    if not cuts:
        return None
    return line[:cuts[rng.randrange(len(cuts))]]


def build(seed):
    templates = [Template(*r) for r in RAW]
    n_problems = len(templates) * SETS_PER_TEMPLATE
    plan = style_plan(n_problems, seed)
    rows = []
    idx = 0
    for t in templates:
        prev = []
        for k in range(SETS_PER_TEMPLATE):
            inst = sample_instance(t, seed, k, prev)
            prev.append(inst.key)
            pid = "%s-%d" % (t.tid, k)
            style = plan[idx]
            idx += 1
            rows.extend(make_rows(seed, t, inst, pid, style))
    return rows


def make_rows(seed, t, inst, pid, style):
    problem = problem_text(inst)
    n = len(t.steps)
    fkind = t.steps[-1].kind
    base = {"pid": pid, "template": t.tid, "style": style, "problem": problem}

    # correct
    lines, sline, srange = render(style, inst, inst.env, inst.res, pid)
    correct_final = final_written(style, fkind, inst.res[-1])
    out = []
    r = dict(base, variant="correct", solution="\n".join(lines), final=correct_final)
    out.append(r)

    # fault shared by slip and carry
    rng = random.Random("%s|%s|fault" % (seed, pid))
    i, kind, wrong = choose_fault(inst, rng)
    st = t.steps[i]

    # slip: written result wrong, later steps use the right value
    res_s = list(inst.res)
    res_s[i] = wrong
    ls, sl_s, _ = render(style, inst, inst.env, res_s, pid)
    li = sl_s[i]
    assert sl_s == sline
    assert len(ls) == len(lines)
    diff = [j for j in range(len(ls)) if ls[j] != lines[j]]
    assert diff == [li], (pid, diff, li)
    r = dict(base, variant="slip", solution="\n".join(ls), final=correct_final,
             span=line_span(ls, li), wrong=plain(wrong, st.kind),
             right=plain(inst.res[i], st.kind), step=st.name, kind=kind)
    out.append(r)

    # carry: the wrong value is used from then on
    env_c, res_c = compute(t, inst.vals, override=(i, wrong))
    lc, sl_c, _ = render(style, inst, env_c, res_c, pid)
    assert sl_c[i] == li and lc[:li] == lines[:li] and lc[li] == ls[li], pid
    r = dict(base, variant="carry", solution="\n".join(lc),
             final=final_written(style, fkind, res_c[-1]),
             span=line_span(lc, li), wrong=plain(wrong, st.kind),
             right=plain(inst.res[i], st.kind), step=st.name, kind=kind,
             correct_final=correct_final)
    assert r["final"] != correct_final
    out.append(r)

    # loop: correct start, then a block of 1-2 steps repeats and never ends
    rng = random.Random("%s|%s|loop" % (seed, pid))
    kl = rng.randrange(n - 1)
    per = 2 if (kl >= 1 and rng.random() < 0.4) else 1
    reps = rng.randint(15, 22)
    want_partial = rng.random() < 0.5
    b0 = srange[kl - per + 1][0]
    b1 = srange[kl][1]
    block = lines[b0:b1]
    prefix = lines[:b1]
    ll = prefix + block * reps
    if want_partial and block[0]:
        cut = partial_cut(block[0], rng)
        if cut:
            ll.append(cut)
    r = dict(base, variant="loop", solution="\n".join(ll), final=None,
             span=line_span(ll, len(prefix)), repeats=reps, period_lines=len(block))
    out.append(r)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args(argv)
    rows = build(str(a.seed))
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    with open(a.out, "wb") as f:
        f.write(data)
    counts = {}
    for r in rows:
        counts[r["variant"]] = counts.get(r["variant"], 0) + 1
    sys.stderr.write("wrote %d rows to %s  %s  sha256=%s\n" % (
        len(rows), a.out, " ".join("%s=%d" % kv for kv in counts.items()),
        hashlib.sha256(data).hexdigest()))


if __name__ == "__main__":
    main()
