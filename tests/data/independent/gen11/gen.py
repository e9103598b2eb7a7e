#!/usr/bin/env python3
"""Generate the mcrgen evaluation set (JSONL).

    python3 gen.py --out set.jsonl [--seed 2026]

Output is byte-identical for a given seed regardless of PYTHONHASHSEED: every
random.Random is seeded with a string, and no set is ever iterated.
"""
import argparse
import json
import random
import re
import sys
from fractions import Fraction as F

from core import Invalid, ndp, dec, plain
from templates import TEMPLATES
from styles import STYLES, Ctx, Env, assemble

KINDS = [('off_by', 35), ('digit_swap', 20), ('times10', 15), ('div10', 10), ('wrong_op', 20)]
NSETS = 4
FINAL_RE = re.compile(r"(?:####\s*|\\boxed\{\s*|[Aa]nswer(?:\s+is)?\s*:?\s*)\$?\s*"
                      r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")


def build_problem(fn, seedstr):
    r = random.Random(seedstr)
    last = None
    for _ in range(500):
        p = fn(r)
        try:
            p.validate()
            return p
        except Invalid as e:
            last = e
    raise RuntimeError(f"template {fn.__name__} could not be satisfied: {last}")


def render(style_fn, p, planseed, opv, resv):
    rng = random.Random(planseed)
    holder = {}

    def mk(ctx):
        holder['env'] = Env(p, ctx, opv, resv)
        return holder['env']

    doc = style_fn(p, rng, mk)
    lines, where, ranges = assemble(doc)
    return doc, lines, where, ranges, holder['env']


def numtok(s):
    """Digits of a formatted quantity: drop $, separators, units, LaTeX."""
    s = s.replace('{,}', '').replace(',', '')
    m = re.search(r"\d+(?:\.\d+)?", s)
    return m.group(0)


def final_of(lines):
    text = "\n".join(lines).replace("**", "")
    ms = list(FINAL_RE.finditer(text))
    return ms[-1].group(1).replace(",", "") if ms else None


def offsets(lines, i):
    start = sum(len(l) + 1 for l in lines[:i])
    return [start, start + len(lines[i])]


# ---------------------------------------------------------------- perturbations

def swaps(d, places):
    s = dec(d, places)
    out = []
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in zip(idx, idx[1:]):
        if s[a] == s[b]:
            continue
        t = list(s)
        t[a], t[b] = t[b], t[a]
        t = "".join(t)
        ip = t.split('.')[0]
        if len(ip) > 1 and ip[0] == '0':
            continue
        out.append((F(t), f"{s}->{t}"))
    return out


def wrong_ops(st, av):
    out = []
    if any(a.u == 'clock' for a in st.args):
        return out
    if st.op == 'mul' and len(av) == 2:
        out.append((av[0] + av[1], 'added instead of multiplied'))
    elif st.op == 'add' and len(av) == 2:
        out.append((av[0] * av[1], 'multiplied instead of added'))
        if av[0] != av[1]:
            out.append((abs(av[0] - av[1]), 'subtracted instead of added'))
    elif st.op == 'sub' and len(av) == 2 and st.u != 'minutes':
        out.append((av[0] + av[1], 'added instead of subtracted'))
    elif st.op == 'div':
        out.append((av[0] * av[1], 'multiplied instead of divided'))
        if av[0] > av[1]:
            out.append((av[0] - av[1], 'subtracted instead of divided'))
    elif st.op == 'muladd':
        out.append((av[0] * (av[1] + av[2]), 'added before multiplying'))
    return out


def fault_candidates(p, vals):
    cands = []
    for s in p.steps[:-1]:
        if not s.fault:
            continue
        v = vals[s.name]
        if ndp(v) is None:
            continue
        sc = 100 if s.u == '%' else 1
        d = v * sc
        k = ndp(d)
        places = 2 if (s.u == '$' and d.denominator != 1) else None
        ws = []
        for delta in (1, 2, 3, 10):
            for sg in (1, -1):
                ws.append(('off_by', d + sg * delta, f"{'+' if sg > 0 else '-'}{delta}"))
        if k >= 1:
            ws += [('off_by', d + F(1, 10), '+0.1'), ('off_by', d - F(1, 10), '-0.1')]
        if k >= 2:
            ws += [('off_by', d + F(1, 100), '+0.01'), ('off_by', d - F(1, 100), '-0.01')]
        for nv, det in swaps(d, places):
            ws.append(('digit_swap', nv, det))
        ws.append(('times10', d * 10, 'x10'))
        ws.append(('div10', d / 10, '/10'))
        av = [vals[a.name] if hasattr(a, 'fault') else a.v for a in s.args]
        for nv, det in wrong_ops(s, av):
            ws.append(('wrong_op', nv * sc, det))
        for kind, wd, det in ws:
            w = F(wd) / sc
            if w == v or not p.value_ok(s, w):
                continue
            if plain(w * sc) == plain(v * sc):
                continue
            cv = p.evaluate({s.name: w})
            ok = True
            idx = p.steps.index(s)
            for t in p.steps[idx + 1:]:
                if not p.value_ok(t, cv[t.name]):
                    ok = False
                    break
            f = p.final.name
            if not ok or cv[f] == vals[f] or ndp(cv[f]) is None or ndp(cv[f]) > 2:
                continue
            cands.append((kind, s, w, det))
    return cands


def choose_fault(cands, rng):
    kinds = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    order = []
    while kinds:
        x = rng.random() * sum(weights)
        i = 0
        while x >= weights[i]:
            x -= weights[i]
            i += 1
        order.append(kinds.pop(i))
        weights.pop(i)
    for kind in order:
        cs = [c for c in cands if c[0] == kind]
        if not cs:
            continue
        steps = []
        for c in cs:
            if c[1].name not in steps:
                steps.append(c[1].name)
        sn = steps[rng.randrange(len(steps))]
        cs = [c for c in cs if c[1].name == sn]
        small = [c for c in cs if c[3] in ('+0.1', '-0.1', '+0.01', '-0.01')]
        if small and rng.random() < 0.6:
            cs = small
        return cs[rng.randrange(len(cs))]
    return None


# ---------------------------------------------------------------- loops

def make_loop(doc, lines, where, ranges, p, rng):
    final_line = where[p.final.name]
    fu = next(i for i, (a, b) in enumerate(ranges) if a <= final_line < b)
    multi = [where[s.name] for s in p.steps[:-1]
             if any(a <= where[s.name] < b and b - a > 1 for a, b in ranges) and where[s.name] != final_line]
    repeats = rng.randint(15, 22)
    if multi and rng.random() < 0.3:
        L = multi[rng.randrange(len(multi))]
        out = lines[:L + 1] + [lines[L]] * repeats
        return out, L + 1, 1, repeats
    b = rng.choice([1, 2])
    if fu - b + 1 <= 0:
        b = 1
    hi = max(fu - b + 1, 1)
    j = rng.randrange(hi)
    if j + b > len(ranges):
        b = 1
    start, end = ranges[j][0], ranges[j + b - 1][1]
    block = lines[start:end]
    copy = [""] * doc.sep + block
    out = lines[:end] + copy * repeats
    return out, end + doc.sep, len(copy), repeats


# ---------------------------------------------------------------- main

def generate(seed):
    rows = []
    for ti, (tname, cat, fn) in enumerate(TEMPLATES):
        for k in range(NSETS):
            pid = f"{tname}-{k}"
            p = build_problem(fn, f"{seed}|{tname}|{k}")
            sname, sfn = STYLES[(ti * NSETS + k) % len(STYLES)]
            vals = p.evaluate()
            planseed = f"{seed}|{pid}|plan"
            base = dict(pid=pid, template=tname, category=cat, style=sname, problem=p.text)

            doc, lines, where, ranges, env = render(sfn, p, planseed, vals, vals)
            fin = final_of(lines)
            assert fin is not None and F(fin) == vals[p.final.name], (pid, fin)
            text = "\n".join(lines)
            rows.append(dict(base, variant='correct', solution=text, final=fin))

            cands = fault_candidates(p, vals)
            c = choose_fault(cands, random.Random(f"{seed}|{pid}|fault"))
            if c is None:
                raise RuntimeError(f"no fault candidate for {pid}")
            kind, st, w, det = c
            line_no = where[st.name]
            right_s = numtok(env.res(st))

            resv = dict(vals)
            resv[st.name] = w
            _, sl, swhere, _, senv = render(sfn, p, planseed, vals, resv)
            assert swhere[st.name] == line_no and len(sl) == len(lines)
            assert all(a == b for i, (a, b) in enumerate(zip(sl, lines)) if i != line_no) and sl[line_no] != lines[line_no], pid
            wrong_s = numtok(senv.res(st))
            sfin = final_of(sl)
            assert sfin == fin
            rows.append(dict(base, variant='slip', solution="\n".join(sl), final=sfin,
                             span=offsets(sl, line_no), wrong=wrong_s, right=right_s, step=st.name, kind=kind,
                             detail=det))

            cv = p.evaluate({st.name: w})
            _, cl, cwhere, _, cenv = render(sfn, p, planseed, cv, cv)
            assert cl[:line_no] == sl[:line_no], pid
            cfin = final_of(cl)
            assert cfin is not None and F(cfin) == cv[p.final.name] and F(cfin) != F(fin), pid
            rows.append(dict(base, variant='carry', solution="\n".join(cl), final=cfin,
                             span=offsets(cl, line_no), wrong=wrong_s, right=right_s, step=st.name, kind=kind,
                             detail=det, correct_final=fin))

            ll, span_line, period, reps = make_loop(doc, lines, where, ranges, p,
                                                   random.Random(f"{seed}|{pid}|loop"))
            assert final_of(ll) is None, pid
            rows.append(dict(base, variant='loop', solution="\n".join(ll), final=None,
                             span=offsets(ll, span_line), repeats=reps, period_lines=period))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default='set.jsonl')
    ap.add_argument('--seed', type=int, default=2026)
    a = ap.parse_args(argv)
    rows = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({len(rows) // 4} problems, {len(TEMPLATES)} templates) to {a.out}",
          file=sys.stderr)


if __name__ == '__main__':
    main()
