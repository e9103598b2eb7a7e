#!/usr/bin/env python3
"""Generate the eval52 set: student / tutor shorthand solutions of grade-school word problems.

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import evaluate, wrong_candidates, canon, pformat  # noqa: E402
from structs import STRUCTS  # noqa: E402
from render import STYLES, RENDER, Ctx  # noqa: E402

NSETS = 4


def build_problem(name, fn, ctx, k):
    r = random.Random('%s|%s|numbers|%d' % (name, ctx['q'][:40], k))
    p = fn(r, ctx)
    pv = {g['id']: pformat(g) for g in p['g']}
    p['problem'] = ctx['q'].format(**pv)
    return p


def render(p, style, pid, vals, wv, flags):
    p = dict(p, flags=flags)
    ctx = Ctx(p, vals, wv, style, pid)
    lines = RENDER[style](ctx)
    return lines, ctx


def join(lines):
    text = []
    spans = []
    pos = 0
    for t, ids in lines:
        spans.append((pos, pos + len(t)))
        text.append(t)
        pos += len(t) + 1
    return '\n'.join(text), spans


def line_of(lines, sid):
    for i, (t, ids) in enumerate(lines):
        if sid in ids:
            return i
    raise KeyError(sid)


def chain_heads(lines):
    return set(ids[0] for t, ids in lines if '#chain' in ids)


def pick_fault(p, style, pid, vals, rng, carry, excl):
    steps = p['s']
    order = list(range(len(steps)))
    rng.shuffle(order)
    for si in order:
        st = steps[si]
        if st['id'] in excl:
            continue
        opvals = [vals[x] if isinstance(x, str) else x for x in st['args']]
        cands = wrong_candidates(st, vals[st['id']], opvals)
        if not cands:
            continue
        kinds = sorted(set(k for k, v in cands))
        rng.shuffle(kinds)
        for kd in kinds:
            vs = [v for k, v in cands if k == kd]
            rng.shuffle(vs)
            for w in vs:
                if carry:
                    nv = evaluate(p['g'], steps, override={st['id']: w})
                    if nv is None:
                        continue
                    fv_ = nv[steps[-1]['id']]
                    if fv_ == vals[steps[-1]['id']]:
                        continue
                    dn = fv_.denominator
                    while dn % 2 == 0:
                        dn //= 2
                    while dn % 5 == 0:
                        dn //= 5
                    if dn != 1:
                        continue
                    return si, kd, w, nv
                return si, kd, w, None
    return None


def make_rows(p, name, phr, k, style):
    pid = '%s-%d-%d' % (name, phr, k)
    template = '%s-%d' % (name, phr)
    steps = p['s']
    vals = evaluate(p['g'], steps)
    assert vals is not None, pid
    final_id = steps[-1]['id']
    final = canon(vals[final_id])
    frng = random.Random(pid + '|flags')
    flags = ('chain',) if frng.random() < 0.6 else ()
    base = dict(pid=pid, template=template, style=style, problem=p['problem'])
    rows = []

    # correct
    wv = dict(vals)
    lines, _ = render(p, style, pid, vals, wv, flags)
    lines = lines + [('#### ' + final, [])]
    text, spans = join(lines)
    rows.append(dict(base, variant='correct', solution=text, final=final))
    heads = chain_heads(lines)

    # slip
    rng = random.Random(pid + '|slip')
    si, kd, w, _ = pick_fault(p, style, pid, vals, rng, False, heads)
    st = steps[si]
    wv = dict(vals)
    wv[st['id']] = w
    sl, _ = render(p, style, pid, vals, wv, flags)
    sl = sl + [('#### ' + final, [])]
    stext, sspans = join(sl)
    li = line_of(sl, st['id'])
    from render import Ctx as _C
    cx = _C(dict(p, flags=flags), vals, wv, style, pid)
    rows.append(dict(base, variant='slip', solution=stext, final=final, span=list(sspans[li]),
                     wrong=cx.fv(w, st['fmt']), right=cx.fv(vals[st['id']], st['fmt']), step=si + 1, kind=kd))

    # carry
    rng = random.Random(pid + '|carry')
    res = pick_fault(p, style, pid, vals, rng, True, set())
    assert res is not None, pid
    si, kd, w, nv = res
    st = steps[si]
    cflags = flags + (('nocheck',) if si == len(steps) - 1 else ())
    cl, _ = render(p, style, pid, nv, dict(nv), cflags)
    cfinal = canon(nv[final_id])
    cl = cl + [('#### ' + cfinal, [])]
    ctext, cspans = join(cl)
    li = line_of(cl, st['id'])
    cx = _C(dict(p, flags=flags), vals, vals, style, pid)
    rows.append(dict(base, variant='carry', solution=ctext, final=final, span=list(cspans[li]),
                     wrong=cx.fv(w, st['fmt']), right=cx.fv(vals[st['id']], st['fmt']), step=si + 1, kind=kd))

    # loop
    rng = random.Random(pid + '|loop')
    body = lines[:-1]          # without ####
    step_idx = [i for i, (t, ids) in enumerate(body) if ids]
    # the repeated unit starts at a step line, never the very last body line (the answer line)
    cand = [i for i in step_idx if i < len(body) - 1]
    if not cand:
        cand = step_idx
    p0 = rng.choice(cand)
    b = rng.choice([1, 1, 2, 2, 3])
    b = max(1, min(b, len(body) - 1 - p0))
    unit = [t for t, ids in body[p0:p0 + b]]
    R = rng.randint(8, 30)
    out = [t for t, ids in body[:p0]] + unit * R
    utext = '\n'.join(unit)
    prefix = '\n'.join(t for t, ids in body[:p0])
    start2 = (len(prefix) + 1 if p0 > 0 else 0) + len(utext) + 1
    ltext = '\n'.join(out)
    if rng.random() < 0.5:
        # generation stopped mid-copy (max tokens)
        cut = rng.randint(1, max(1, len(utext) - 1))
        ltext = ltext + '\n' + utext[:cut]
    assert ltext[start2:start2 + len(utext)] == utext
    rows.append(dict(base, variant='loop', solution=ltext, final=final, span=[start2, start2 + len(utext)], repeats=R))
    return rows


KEYS = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right', 'step', 'kind', 'repeats']


def generate():
    rows = []
    n = 0
    for name, fn, ctxs in STRUCTS:
        for phr, ctx in enumerate(ctxs):
            for k in range(NSETS):
                p = build_problem(name, fn, ctx, k)
                style = STYLES[n % len(STYLES)]
                n += 1
                rows.extend(make_rows(p, name, phr, k, style))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.jsonl'))
    a = ap.parse_args()
    rows = generate()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            o = {k: r[k] for k in KEYS if k in r}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
