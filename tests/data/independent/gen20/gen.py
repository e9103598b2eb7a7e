#!/usr/bin/env python3
"""mcrgen set 20 -- easy competition math (MATH L1-3 / AMC 8-10) solutions with seeded faults.

Usage: python3 gen.py --out set.jsonl [--seed 2026]
"""
import argparse
import json
import random
import re
import sys
from fractions import Fraction as F

from engine import (E, Invalid, Builder, compute, step_parts, refs, fmt, ev, isint, OPOF, arith)
from styles import STYLES
import templates

NSETS = 4
KIND_W = [("off_by", 35), ("wrong_op", 25), ("digit_swap", 20), ("times10", 10), ("div10", 10)]
_REF = re.compile(r"<<(\w+)>>")


def subst(text, env):
    return _REF.sub(lambda mo: fmt(env[mo.group(1)]), text)


def inverse_check(pb):
    """Generic inverse check of the final step for the verification section."""
    last = [s for s in pb.steps][-1]
    e = last.expr
    ref = E("r", last.name)
    op = OPOF.get(e.k)
    if op is None:
        if e.k == "sqrt":
            return E("^", ref, E("n", F(2))), e.a[0]
        return None
    a, b = e.a
    if op == "+":
        return E("-", ref, b), a
    if op == "-":
        return E("+", ref, b), a
    if op == "*":
        return E("/", ref, b), a
    if op == "/":
        return E("*", ref, b), a
    return None


def render(pb, style, env, pid, val_override=None):
    """Render a solution. Returns (lines, result_line_of_step, step_chunk_ranges)."""
    r = random.Random("style-choice:" + pid)
    chunks = []  # (lines, {step: idx_in_chunk}, is_step_chunk)
    intro = list(style.intro(r))
    pending = []
    seen_step = False
    nsteps = len(pb.steps)
    i = 0
    for kind, x in pb.items:
        if kind == "t":
            pending.append(x)
            continue
        if not seen_step:
            for t in pending:
                intro += style.text(subst(t, env))
            pending = []
            seen_step = True
            if intro:
                chunks.append((intro, {}, False))
        i += 1
        lines = []
        for t in pending:
            lines += style.text(subst(t, env))
        pending = []
        val = val_override.get(x.name) if val_override else None
        p = step_parts(x, env, style.M, val)
        sl, idx = style.step(i, nsteps, style.conv(x.say), p)
        chunks.append((lines + sl, {x.name: len(lines) + idx}, True))
    post = []
    for t in pending:
        post += style.text(subst(t, env))
    if style.name == "verify_sub":
        post += style.verify_head()
        vers = list(pb.verify)
        if not vers:
            ic = inverse_check(pb)
            if ic is not None:
                vers = [(ic[0], "Checking the last step in reverse: @EQ.")]
        if not vers:
            post.append("Each computation above can be re-done directly; they all agree.")
        for vexpr, vtext in vers:
            p = step_parts_expr(vexpr, env, style.M)
            post += style.text(subst(vtext, env).replace("@EQ", style.m(style.eq(p))))
    if post:
        chunks.append((post, {}, False))
    ans = env[pb.ans]
    chunks.append((style.outro(fmt(ans), fmt(ans, latex=False)), {}, False))
    lines = []
    where = {}
    ranges = []
    for ci, (cl, mp, is_step) in enumerate(chunks):
        if ci > 0:
            lines += [""] * style.sep
        start = len(lines)
        for nm, k in mp.items():
            where[nm] = start + k
        lines += cl
        if is_step:
            ranges.append((start, len(lines)))
    return lines, where, ranges


def step_parts_expr(expr, env, M):
    from engine import R
    v = ev(expr, env)
    etex, _ = R(expr, env, M)
    vt = fmt(v)
    return (None, "=", etex, None if vt == etex else vt)


def offsets(lines, idx):
    s = sum(len(l) + 1 for l in lines[:idx])
    return [s, s + len(lines[idx])]


def depends(pb):
    dep = {s.name: [] for s in pb.steps}
    for s in pb.steps:
        for r in refs(s.expr):
            dep[r].append(s.name)
    return dep


def faultable(pb, env):
    dep = depends(pb)
    out = []
    for s in pb.steps[:-1]:
        v = env[s.name]
        if s.expr.k == "dm" or not isint(v) or not dep[s.name]:
            continue
        out.append(s)
    return out


def candidates(st, env, v):
    """kind -> list of wrong values (integers)."""
    n = v.numerator
    res = {}
    ob = [n + d for d in (1, -1, 2, -2, 3, -3, 10, -10)]
    res["off_by"] = ob
    wo = []
    op = OPOF.get(st.expr.k)
    if op is not None:
        a = ev(st.expr.a[0], env)
        b = ev(st.expr.a[1], env)
        for o in "+-*/":
            if o == op:
                continue
            try:
                x = arith(o, a, b)
            except Invalid:
                continue
            if isint(x):
                wo.append(x.numerator)
    res["wrong_op"] = wo
    ds = []
    s = str(abs(n))
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                ds.append(int(t) * (1 if n >= 0 else -1))
    res["digit_swap"] = ds
    res["times10"] = [n * 10] if n != 0 else []
    res["div10"] = [n // 10] if n != 0 and n % 10 == 0 else []
    out = {}
    for k, vals in res.items():
        good = []
        for x in vals:
            if x == n or (n >= 0 and x < 0) or abs(x) > 10 ** 12:
                continue
            if x not in good:
                good.append(x)
        out[k] = good
    return out


def carry_ok(pb, env, name, wrong):
    try:
        env2 = compute(pb.steps, {name: F(wrong)})
        for vexpr, _ in pb.verify:
            ev(vexpr, env2)
    except Invalid:
        return None
    for s in pb.steps:
        a, b = env[s.name], env2[s.name]
        if isint(a) and not isint(b):
            return None
        if a >= 0 and b < 0:
            return None
    if env2[pb.ans] == env[pb.ans]:
        return None
    return env2


def choose_fault(pb, env, r, carry):
    """Pick the fault kind by weight among kinds valid for some step, then a step, then a value."""
    per_kind = {k: [] for k, _ in KIND_W}
    for st in faultable(pb, env):
        cands = candidates(st, env, env[st.name])
        for k, _ in KIND_W:
            vals = cands[k]
            if carry:
                vals = [x for x in vals if carry_ok(pb, env, st.name, x) is not None]
            if vals:
                per_kind[k].append((st, vals))
    kinds = [(k, wgt) for k, wgt in KIND_W if per_kind[k]]
    if not kinds:
        return None
    tot = sum(wgt for _, wgt in kinds)
    x = r.uniform(0, tot)
    acc = 0
    pick = kinds[-1][0]
    for k, wgt in kinds:
        acc += wgt
        if x < acc:
            pick = k
            break
    st, vals = r.choice(per_kind[pick])
    return st, pick, r.choice(vals)


def build(tfun, tname, seed, setno, seen):
    r = random.Random("%s:%s:%d" % (seed, tname, setno))
    for _ in range(400):
        b = Builder(r)
        try:
            tfun(r, b)
            if b.problem in seen:
                continue
            env = compute(b.steps)
            for vexpr, _ in b.verify:
                ev(vexpr, env)
        except Invalid:
            continue
        if not (2 <= len(b.steps) <= 5) or b.ans is None:
            raise RuntimeError("bad template " + tname)
        shown = [step_parts(s, env, "\\cdot")[3] is not None or s.expr.k == "dm" for s in b.steps]
        if sum(shown) < 2 or not all(shown[:-1]):
            continue
        fr_ = random.Random("probe:%s:%s:%d" % (seed, tname, setno))
        if choose_fault(b, env, fr_, False) is None or choose_fault(b, env, fr_, True) is None:
            continue
        return b, env
    raise RuntimeError("cannot draw " + tname)


def pick_style(seed, pid):
    r = random.Random("%s:style:%s" % (seed, pid))
    tot = sum(s.weight for s in STYLES)
    x = r.uniform(0, tot)
    acc = 0
    for s in STYLES:
        acc += s.weight
        if x < acc:
            return s
    return STYLES[-1]


def cutoff(line, r):
    d = len(line)
    for i, c in enumerate(line):
        if c.isdigit():
            d = i
            break
    pre = line[:d]
    cuts = [i for i in range(4, len(pre)) if pre[i] == " " and pre[i - 1] != " "]
    if not cuts:
        return None
    c = pre[:r.choice(cuts)].rstrip()
    if len(c) < 4 or c == line:
        return None
    return c


def gen_problem(tfun, tname, seed, setno, seen):
    pid = "%s-%d" % (tname, setno)
    b, env = build(tfun, tname, seed, setno, seen)
    seen.add(b.problem)
    style = pick_style(seed, pid)
    lines, where, ranges = render(b, style, env, pid)
    final = fmt(env[b.ans], latex=False)
    base = {"pid": pid, "template": tname, "style": style.name, "problem": b.problem}
    rows = []
    sol = "\n".join(lines)
    rows.append(dict(base, variant="correct", solution=sol, final=final))

    # slip
    r = random.Random("%s:%s:slip" % (seed, pid))
    st, kind, wrong = choose_fault(b, env, r, False)
    sl, _, _ = render(b, style, env, pid, {st.name: F(wrong)})
    li = where[st.name]
    diff = [i for i in range(len(lines)) if lines[i] != sl[i]]
    assert diff == [li], (pid, diff, li)
    rows.append(dict(base, variant="slip", solution="\n".join(sl), final=final,
                     span=offsets(sl, li), wrong=str(wrong), right=fmt(env[st.name], False),
                     step=st.name, kind=kind))

    # carry
    r = random.Random("%s:%s:carry" % (seed, pid))
    st, kind, wrong = choose_fault(b, env, r, True)
    env2 = carry_ok(b, env, st.name, wrong)
    cl, where2, _ = render(b, style, env2, pid)
    li = where2[st.name]
    assert cl[:li] == lines[:li] and cl[li] != lines[li], pid
    rows.append(dict(base, variant="carry", solution="\n".join(cl), final=fmt(env2[b.ans], False),
                     span=offsets(cl, li), wrong=str(wrong), right=fmt(env[st.name], False),
                     step=st.name, kind=kind, correct_final=final))

    # loop
    r = random.Random("%s:%s:loop" % (seed, pid))
    k = r.randrange(0, len(ranges) - 1)
    n = 2 if (k >= 1 and r.random() < 0.5) else 1
    end = ranges[k][1] + style.sep
    start = ranges[k - n + 1][0]
    block = lines[start:end]
    prefix = lines[:end]
    reps = r.randint(15, 22)
    out = prefix + block * reps
    cut = cutoff(block[0], r) if r.random() < 0.66 else None
    if cut:
        out = out + [cut]
    rows.append(dict(base, variant="loop", solution="\n".join(out), final=None,
                     span=offsets(out, len(prefix)), repeats=reps, period_lines=len(block)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--seed", default="2026")
    a = ap.parse_args()
    rows = []
    for tname, tfun in templates.TEMPLATES:
        seen = set()
        for s in range(NSETS):
            rows += gen_problem(tfun, tname, a.seed, s, seen)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d rows (%d templates) to %s" % (len(rows), len(templates.TEMPLATES), a.out))


if __name__ == "__main__":
    main()
