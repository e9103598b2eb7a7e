#!/usr/bin/env python3
"""Generate the working-backwards evaluation set.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as Fr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import evaluate, wrong_candidates, opval, terminating, final_str  # noqa: E402
from plans import (build_chain, build_ages, gen_chain_params, gen_ages_params, pick_names)  # noqa: E402
from styles import STYLES, render  # noqa: E402
from templates import CHAIN, AGES  # noqa: E402

NSETS = 4


def line_span(text, pos):
    s = text.rfind('\n', 0, pos) + 1
    e = text.find('\n', pos)
    if e < 0:
        e = len(text)
    return [s, e]


def value_ok(v, f, prefer_int):
    if v <= 0:
        return False
    if f == 'frac':
        return True
    d = terminating(v)
    if d is None or d > 2:
        return False
    if prefer_int and f in ('cnt', 'int') and v.denominator != 1:
        return False
    return True


def choose_slip(P, rng):
    n = len(P.steps)
    nm = P.nmain
    idxs = list(range(n))
    weights = [3 if i < nm else 1 for i in idxs]
    order = []
    pool = list(zip(idxs, weights))
    while pool:
        tot = sum(w for _, w in pool)
        x = rng.random() * tot
        acc = 0
        for k, (i, w) in enumerate(pool):
            acc += w
            if x < acc:
                order.append(i)
                pool.pop(k)
                break
    w0, c0, t0 = evaluate(P.steps)
    for i in order:
        s = P.steps[i]
        a = opval(s.a, c0)
        b = opval(s.b, c0)
        cands = wrong_candidates(s, a, b, t0[i])
        cands = [(k, w) for k, w in cands if not (s.f == 'frac' and w == 1)]
        if s.f in ('cnt', 'int', 'money'):
            cands = [(k, w) for k, w in cands if terminating(w) is not None and terminating(w) <= 2]
        if not cands:
            continue
        kinds = sorted(set(k for k, _ in cands))
        kind = rng.choice(kinds)
        w = rng.choice([w for k, w in cands if k == kind])
        return i, kind, w
    raise RuntimeError('no slip')


def choose_carry(P, rng):
    nm = P.nmain
    w0, c0, t0 = evaluate(P.steps)
    order = list(range(nm))
    rng.shuffle(order)
    prefer_int = P.sf in ('cnt', 'int')
    for strict in (True, False):
        for i in order:
            s = P.steps[i]
            a = opval(s.a, c0)
            b = opval(s.b, c0)
            cands = wrong_candidates(s, a, b, t0[i])
            cands = [(k, w) for k, w in cands if not (s.f == 'frac' and w == 1)]
            rng.shuffle(cands)
            # group by kind so kinds are spread
            kinds = sorted(set(k for k, _ in cands))
            rng.shuffle(kinds)
            for kind in kinds:
                for k, w in cands:
                    if k != kind:
                        continue
                    if s.f != 'frac' and not value_ok(w, s.f, strict and prefer_int):
                        continue
                    ww, cc, tt = evaluate(P.steps, (i, w, 'carry'))
                    good = True
                    for j in range(i + 1, nm):
                        if not value_ok(cc[j], P.steps[j].f, strict and prefer_int):
                            good = False
                            break
                    if good and cc[nm - 1] != c0[nm - 1]:
                        return i, kind, w
    raise RuntimeError('no carry for ' + P.template_id)


def make_loop(text, rng):
    lines = text.split('\n')
    # last index before the #### line
    hi = max(k for k, ln in enumerate(lines) if not ln.startswith('####'))
    cands = [k for k, ln in enumerate(lines[:hi]) if ln.strip() and any(ch.isdigit() for ch in ln)]
    cands = [k for k in cands if k >= 1] or [1]
    start = rng.choice(cands[: max(1, (len(cands) * 3) // 4)])
    size = rng.choice([1, 1, 2, 2, 3])
    size = min(size, hi - start) if hi - start > 0 else 1
    unit_lines = lines[start:start + size]
    while unit_lines and not unit_lines[-1].strip():
        unit_lines = unit_lines[:-1]
    if not unit_lines:
        unit_lines = [lines[start]]
    size = len(unit_lines)
    reps = rng.randint(8, 30)
    prefix = '\n'.join(lines[:start + size])
    unit = '\n'.join(unit_lines)
    out = prefix
    span = None
    for r in range(1, reps):
        out += '\n'
        if r == 1:
            span = [len(out), len(out) + len(unit)]
        out += unit
    if rng.random() < 0.4:
        first = unit_lines[0]
        spaces = [k for k, ch in enumerate(first) if ch == ' ' and k > 0]
        if spaces:
            cut = rng.choice(spaces)
            out += '\n' + first[:cut]
    return out, span, reps


def build_templates():
    out = []
    for T in CHAIN:
        for ti in range(2):
            for qi in range(2):
                out.append(('chain', T, ti, qi))
    for T in AGES:
        for ti in range(2):
            for qi in range(2):
                out.append(('ages', T, ti, qi))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    args = ap.parse_args()
    templates = build_templates()
    rows = []
    style_rng = random.Random('styles-47')
    deck = []
    used_params = {}
    for tn, (fam, T, ti, qi) in enumerate(templates):
        tname = '%s-t%dq%d' % (T['id'], ti, qi)
        avoid = used_params.setdefault(T['id'], set())
        for k in range(NSETS):
            if not deck:
                deck = list(STYLES)
                style_rng.shuffle(deck)
            style = deck.pop()
            pid = '%s-%d-%d' % (T['id'], ti * 2 + qi, k)
            rng = random.Random('problem:' + pid)
            D = pick_names(rng)
            if fam == 'chain':
                x, ps, vals = gen_chain_params(T, rng, avoid)
                P = build_chain(T, ti, qi, x, ps, vals, D, style, rng)
            else:
                p = gen_ages_params(T, rng, avoid)
                P = build_ages(T, ti, qi, p, D, style, rng)
            seed = 'render:' + pid
            text, pos, ctx = render(P, style, None, seed)
            final = final_str(ctx.final())
            base = dict(pid=pid, template=tname, style=style, problem=P.problem)
            rows.append(dict(base, variant='correct', solution=text, final=final))
            # slip
            frng = random.Random('fault:' + pid)
            i, kind, w = choose_slip(P, frng)
            stext, spos, sctx = render(P, style, (i, w, 'slip'), seed)
            s0 = spos[i][0]
            row = dict(base, variant='slip', solution=stext, final=final,
                       span=line_span(stext, s0), wrong=stext[spos[i][0]:spos[i][1]],
                       right=text[pos[i][0]:pos[i][1]], step=i + 1, kind=kind)
            rows.append(row)
            # carry
            i, kind, w = choose_carry(P, frng)
            ctext, cpos, cctx = render(P, style, (i, w, 'carry'), seed)
            row = dict(base, variant='carry', solution=ctext, final=final,
                       span=line_span(ctext, cpos[i][0]), wrong=ctext[cpos[i][0]:cpos[i][1]],
                       right=text[pos[i][0]:pos[i][1]], step=i + 1, kind=kind)
            rows.append(row)
            # loop
            ltext, lspan, reps = make_loop(text, random.Random('loop:' + pid))
            rows.append(dict(base, variant='loop', solution=ltext, final=final, span=lspan, repeats=reps))
    with open(args.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), args.out))


if __name__ == '__main__':
    main()
