#!/usr/bin/env python3
"""Generate the held-out set: multi-part word problems with self-checking solutions.

python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F  # noqa: E402
from engine import Ctx, Invalid, Bin, Pct, FracOf, V, ev, fits  # noqa: E402
from styles import STYLES, SENT, canon, decstr  # noqa: E402
from structs import STRUCTS  # noqa: E402

LEADS = ['', '', '', 'Can you help me with this problem? ', 'Solve step by step and check your answers.\n\n',
         'Word problem: ', 'My kid has this homework question: ', 'Please help:\n\n']


def low1(t):
    return t[:1].lower() + t[1:]


def problem_text(S, N, layout, r):
    setup = S.setup(N)
    q = S.qs(N)
    lead = r.choice(LEADS)
    if layout == 0:
        body = setup + '\n\n' + '\n'.join(f"({k}) {x}" for k, x in zip('abc', q))
    elif layout == 1:
        body = setup + '\n\n' + '\n'.join(f"{k}. {x}" for k, x in zip('123', q))
    elif layout == 2:
        body = setup + ' ' + q[0] + ' ' + r.choice(['Also, ', 'Then, ', 'And ']) + low1(q[1]) + ' ' + \
            r.choice(['Finally, ', 'Last, ', 'And finally, ']) + low1(q[2])
    else:
        body = setup + '\n' + ' '.join(f"{k}) {x}" for k, x in zip('abc', q))
    if lead.endswith('\n\n') or not lead:
        return lead + body
    return lead + body


KEYMAPS = {0: 'abc', 1: '123', 2: '123', 3: 'abc'}


def run(S, N, layout, fault=None):
    ctx = Ctx(fault)
    S.solve(ctx, N)
    km = dict(zip('abc', KEYMAPS[layout]))
    for p in ctx.parts:
        p['key'] = km[p['key']]
    for typ, d in ctx.events:
        if typ in ('part', 'answer'):
            d['key'] = km.get(d['key'], d['key'])
    return ctx


# ------------------------------------------------------------------ wrong values
def digits_of(v, kind):
    """(digit string, decimals) of |v| as it would be displayed (money always with cents)."""
    a = abs(F(v))
    if kind == 'money':
        d = 2
    else:
        d = 0
        while (a * 10 ** d).denominator != 1:
            d += 1
    return str(int(a * 10 ** d)), d


def from_digits(s, d, neg):
    s = s.lstrip('0') or '0'
    v = F(int(s), 10 ** d)
    return -v if neg else v


def wrong_candidates(rec):
    true, kind = rec['true'], rec['kind']
    out = []
    if rec['qr']:
        q, rm = true
        out += [('off_by_one', (q + 1, rm)), ('remainder_off', (q, rm + 1))]
        if q > 1:
            out.append(('off_by_one', (q - 1, rm)))
        if rm > 0:
            out.append(('remainder_off', (q, rm - 1)))
        if q >= 10:
            out.append(('off_by_ten', (q + 10, rm)))
        return out
    neg = true < 0
    unit = F(1) if kind != 'money' else F(1)
    out.append(('off_by_one', true + 1))
    out.append(('off_by_one', true - 1))
    if kind == 'money' and true.denominator != 1:
        out.append(('off_by_one_cent', true + F(1, 100)))
        out.append(('off_by_one_cent', true - F(1, 100)))
        out.append(('off_by_ten_cents', true + F(10, 100)))
        out.append(('off_by_ten_cents', true - F(10, 100)))
    if abs(true) >= 15:
        out.append(('off_by_ten', true + 10))
        out.append(('off_by_ten', true - 10))
    ds, d = digits_of(true, kind)
    for i in range(len(ds) - 1):
        if ds[i] != ds[i + 1]:
            t = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
            if t[0] != '0':
                out.append(('digit_swap', from_digits(t, d, neg)))
    if len(ds) >= 3 or (len(ds) >= 2 and d == 0):
        for i in range(len(ds)):
            t = ds[:i] + ds[i + 1:]
            if t and t[0] != '0' and len(t) > d:
                out.append(('digit_dropped', from_digits(t, d, neg)))
    for i in range(len(ds)):
        if ds[i] != '0' or i > 0:
            t = ds[:i + 1] + ds[i:]
            out.append(('digit_doubled', from_digits(t, d, neg)))
    if kind in ('money', 'dec') and true.denominator != 1:
        out.append(('decimal_moved', true * 10))
        out.append(('decimal_moved', true / 10))
    if neg:
        out += [('sign_dropped', -true)] * 3
    e = rec['expr']
    if isinstance(e, Bin):
        alt = {'*': '+', '+': '*', '-': '+', '/': '-'}[e.op]
        try:
            w = ev(Bin(alt, e.a, e.b))
            out.append(('wrong_operation', w))
        except Invalid:
            pass
    res = []
    for k, w in out:
        if w == true:
            continue
        if not fits(w, kind if kind != 'qr' else 'int'):
            continue
        if rec['nonneg'] and w < 0:
            continue
        if w == 0 and true != 0:
            continue
        res.append((k, w))
    return res


WEIGHT = {'off_by_one': 3, 'off_by_one_cent': 1, 'off_by_ten_cents': 1, 'off_by_ten': 2, 'digit_swap': 2,
          'digit_dropped': 1, 'digit_doubled': 1, 'decimal_moved': 1, 'sign_dropped': 2, 'wrong_operation': 2,
          'remainder_off': 2}


def pick_weighted(r, cands):
    kinds = sorted({k for k, _ in cands})
    tot = sum(WEIGHT[k] for k in kinds)
    x = r.random() * tot
    for k in kinds:
        x -= WEIGHT[k]
        if x <= 0:
            break
    opts = [c for c in cands if c[0] == k]
    return opts[r.randrange(len(opts))]


def ordered_cands(r, cands):
    """All candidates in a weighted random order."""
    rest = list(cands)
    out = []
    while rest:
        c = pick_weighted(r, rest)
        out.append(c)
        rest.remove(c)
    return out


def valstr(w, kind=None):
    if isinstance(w, tuple):
        return f"{canon(w[0])} R {canon(w[1])}"
    return canon(w) + ('%' if kind == 'pct' else '')


# ------------------------------------------------------------------ rendering
def render(S, N, layout, style_cls, pid, fault=None):
    ctx = run(S, N, layout, fault)
    if ctx.bad_assert:
        raise Invalid('assert')
    st = style_cls(pid)
    text = st.render(ctx.events, ctx.parts, ctx.final())
    return ctx, text


def locate(text):
    assert text.count(SENT) == 1, text
    i = text.index(SENT)
    text = text.replace(SENT, '')
    a = text.rfind('\n', 0, i) + 1
    b = text.find('\n', i)
    if b < 0:
        b = len(text)
    return text, [a, b]


def make_problem(si, S, layout, k, style_cls):
    pid = f"{S.sid}-{layout}-{k}"
    r = random.Random(f"mcr45|{pid}")
    for _ in range(200):
        N = S.gen(r)
        try:
            ctx, text = render(S, N, layout, style_cls, pid)
        except Invalid:
            continue
        break
    else:
        raise RuntimeError('no numbers for ' + pid)
    problem = problem_text(S, N, layout, r)
    final = ctx.final().v
    base = dict(pid=pid, template=f"{S.sid}/L{layout}", style=style_cls.name, problem=problem)
    rows = [dict(base, variant='correct', solution=text, final=canon(final))]

    recs = [x for x in ctx.records if x['eligible']]
    # ---- slip
    rs = random.Random(f"slip|{pid}")
    steps = [x for x in recs if x['role'] == 'step']
    others = [x for x in recs if x['role'] != 'step']
    pool = others if (others and rs.random() < 0.2) else steps
    rec = pool[rs.randrange(len(pool))]
    kind, w = pick_weighted(rs, wrong_candidates(rec))
    fctx, ftext = render(S, N, layout, style_cls, pid, dict(step=rec['idx'], mode='slip', wrong=w))
    ftext, span = locate(ftext)
    assert ftext.endswith(f"#### {canon(final)}")
    rows.append(dict(base, variant='slip', solution=ftext, final=canon(final), span=span, wrong=valstr(w, rec['kind']),
                     right=valstr(rec['true'], rec['kind']), step=rec['idx'], kind=kind))
    # ---- carry
    rc = random.Random(f"carry|{pid}")
    cands = []
    for x in steps:
        for c in wrong_candidates(x):
            cands.append((x, c))
    # prefer earlier parts: order the steps randomly but try faults that are not on the last step first
    last = max(x['idx'] for x in steps)
    early = [c for c in cands if c[0]['idx'] != last]
    late = [c for c in cands if c[0]['idx'] == last]
    rc.shuffle(early)
    rc.shuffle(late)
    order = early + late if rc.random() < 0.8 else late + early
    done = False
    # walk the candidates step by step, choosing the kind by weight
    by_step = {}
    for x, c in order:
        by_step.setdefault(x['idx'], (x, []))[1].append(c)
    step_order = []
    for x, c in order:
        if x['idx'] not in step_order:
            step_order.append(x['idx'])
    for idx in step_order:
        x, cs = by_step[idx]
        for kind, w in ordered_cands(rc, cs):
            try:
                cctx, ctext = render(S, N, layout, style_cls, pid, dict(step=idx, mode='carry', wrong=w))
            except Invalid:
                continue
            if cctx.final().v == final:
                continue
            ctext, span = locate(ctext)
            rows.append(dict(base, variant='carry', solution=ctext, final=canon(final), span=span, wrong=valstr(w, x['kind']),
                             right=valstr(x['true'], x['kind']), step=idx, kind=kind))
            done = True
            break
        if done:
            break
    assert done, pid
    # ---- loop
    rl = random.Random(f"loop|{pid}")
    lines = text.split('\n')
    cut = len(lines)
    for i, ln in enumerate(lines):
        if ln.startswith('#### ') or ln.strip() in ('### Summary', '**Recap**', '**Answers:**', '**Final answers:**',
                                                    '### Final Answers') or ln.startswith('**Answers:**') \
                or ln.startswith('Answers:') or ln.startswith('So the answers are') or ln.startswith('The final answers'):
            cut = i
            break
    units = []
    for i in range(1, cut):
        for u in (1, 2, 3):
            if i + u > cut:
                continue
            blk = lines[i:i + u]
            if not any(ch.isdigit() for ch in ''.join(blk)):
                continue
            if not blk[0].strip() or not blk[-1].strip():
                continue
            units.append((i, u))
    # favour units in the second half of the body and single lines
    rl.shuffle(units)
    units.sort(key=lambda t: (-(t[0] > cut // 3), 0))
    i, u = units[rl.randrange(max(1, len(units) // 2))]
    pre = '\n'.join(lines[:i]) + '\n'
    unit = '\n'.join(lines[i:i + u]) + '\n'
    rep = rl.randint(8, 30)
    ltext = (pre + unit * rep)[:-1]
    lspan = [len(pre) + len(unit), len(pre) + 2 * len(unit)]
    rows.append(dict(base, variant='loop', solution=ltext, final=canon(final), span=lspan, repeats=rep))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = []
    n = 0
    for si, S in enumerate(STRUCTS):
        for layout in range(4):
            for k in range(4):
                style_cls = STYLES[(n * 5 + si) % len(STYLES)] if False else STYLES[n % len(STYLES)]
                rows.extend(make_problem(si, S, layout, k, style_cls))
                n += 1
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows ({n} problems) to {a.out}")


if __name__ == '__main__':
    main()
