#!/usr/bin/env python3
"""Generate the evaluation set.

    python3 gen.py --out set.jsonl [--seed N]

Every problem (template x number set) is written in four variants sharing the
same problem text, style and wording: correct, slip, carry, loop.
"""
import argparse
import json
import random
import re
import sys

from core import (F, draw_values, problem_text, feasible, choose_fault,
                  cut_points, dec_str)
from styles import STYLES, Ctx, Picker
from templates import TEMPLATES

NSETS = 4
VARIANTS = ('correct', 'slip', 'carry', 'loop')


def quotas(n):
    total = sum(w for _, w, _, _ in STYLES)
    raw = [(name, F(w * n, total)) for name, w, _, _ in STYLES]
    out = dict((name, int(q)) for name, q in raw)
    left = n - sum(out.values())
    order = sorted(raw, key=lambda t: (-(t[1] - int(t[1])), [s[0] for s in STYLES].index(t[0])))
    for name, _ in order[:left]:
        out[name] += 1
    return [(name, out[name]) for name, _, _, _ in STYLES]


def number_sets(tpl, seed):
    sets = []
    seen = []
    for s in range(NSETS):
        rng = random.Random('%s|nums|%s|%d' % (seed, tpl.tid, s))
        for _ in range(200):
            vals = draw_values(tpl, rng)
            if vals is None:
                raise SystemExit('cannot instantiate %s' % tpl.tid)
            key = tuple(vals[v.name] for v in tpl.vars)
            if key in seen or not feasible(tpl, vals):
                continue
            seen.append(key)
            sets.append(vals)
            break
        else:
            raise SystemExit('no feasible distinct set for %s' % tpl.tid)
    return sets


def join(lines):
    return '\n'.join(lines)


def span_of(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def build(seed):
    problems = []
    for tpl in TEMPLATES:
        for s, vals in enumerate(number_sets(tpl, seed)):
            problems.append((tpl, s, vals))
    labels = []
    for name, count in quotas(len(problems)):
        labels += [name] * count
    random.Random('%s|styles' % seed).shuffle(labels)
    style_map = dict((name, (w, setup)) for name, w, setup, _ in STYLES)

    pending = []
    for (tpl, s, vals), style in zip(problems, labels):
        pid = '%s-%d' % (tpl.tid, s)
        ctx = Ctx(tpl)
        rend = style_map[style][1](ctx, Picker(random.Random('%s|style|%s' % (seed, pid))))
        pending.append((tpl, pid, style, vals, ctx, rend))

    rows = []
    loop_plans = []
    for tpl, pid, style, vals, ctx, rend in pending:
        base = {'pid': pid, 'template': tpl.tid, 'style': style,
                'problem': problem_text(tpl, vals)}
        fin = tpl.final()
        plain = rend.plain

        # correct
        lay = rend.render(vals, vals)
        lines, starts = lay.lines()
        correct_final = plain(vals[fin.name], fin.kind)
        r = dict(base, variant='correct', solution=join(lines), final=correct_final)
        rows.append(r)

        def value_line(layout_starts, layout, i):
            return layout_starts[i] + layout.groups[i][1]

        # slip
        rng = random.Random('%s|slip|%s' % (seed, pid))
        i, kind, wrong, det, _ = choose_fault(rng, tpl, vals, plain, False)
        st = tpl.steps[i]
        rv = dict(vals)
        rv[st.name] = wrong
        lay2 = rend.render(vals, rv)
        l2, s2 = lay2.lines()
        idx = value_line(s2, lay2, i)
        diff = [k for k in range(max(len(lines), len(l2)))
                if k >= len(lines) or k >= len(l2) or lines[k] != l2[k]]
        assert diff == [idx], (pid, 'slip', diff, idx)
        ws, rs = plain(wrong, st.kind), plain(vals[st.name], st.kind)
        assert ws in l2[idx]
        assert any(rs in l for l in l2[idx + 1:]), (pid, 'slip right not used later')
        rows.append(dict(base, variant='slip', solution=join(l2), final=correct_final,
                         span=span_of(l2, idx), wrong=ws, right=rs, step=st.name, kind=kind))

        # carry
        rng = random.Random('%s|carry|%s' % (seed, pid))
        i, kind, wrong, det, v2 = choose_fault(rng, tpl, vals, plain, True)
        st = tpl.steps[i]
        lay3 = rend.render(v2, v2)
        l3, s3 = lay3.lines()
        idx = value_line(s3, lay3, i)
        assert l3[:idx] == lines[:idx], (pid, 'carry prefix')
        ws, rs = plain(wrong, st.kind), plain(vals[st.name], st.kind)
        assert ws in l3[idx]
        cf = plain(v2[fin.name], fin.kind)
        assert cf != correct_final
        rows.append(dict(base, variant='carry', solution=join(l3), final=cf,
                         span=span_of(l3, idx), wrong=ws, right=rs, step=st.name, kind=kind,
                         correct_final=correct_final))

        # loop (cut decided in a second pass)
        rng = random.Random('%s|loop|%s' % (seed, pid))
        k = rng.randrange(len(tpl.steps) - 1)
        b = 2 if (k >= 1 and rng.random() < 0.5) else 1
        repeats = rng.randint(15, 22)
        prefix = list(lay.intro)
        for j in range(k + 1):
            if j:
                prefix += lay.sep
            prefix += lay.groups[j][0]
        prefix += lay.sep
        block = []
        for j in range(k - b + 1, k + 1):
            block += lay.groups[j][0] + lay.sep
        cuts = cut_points(block[0])
        row = dict(base, variant='loop', solution=None, final=None)
        rows.append(row)
        loop_plans.append((row, prefix, block, repeats, cuts, rng.random(), rng))

    feasible_n = sum(1 for p in loop_plans if p[4])
    p_cut = min(1.0, 0.5 * len(loop_plans) / max(1, feasible_n))
    for row, prefix, block, repeats, cuts, u, rng in loop_plans:
        out = prefix + block * repeats
        cut = None
        if cuts and u < p_cut:
            cut = block[0][:rng.choice(cuts)]
            out.append(cut)
        while out and out[-1] == '':
            out.pop()
        row['solution'] = join(out)
        row['span'] = span_of(out, len(prefix))
        row['repeats'] = repeats
        row['period_lines'] = len(block)
    return rows


KEY_ORDER = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final',
             'span', 'wrong', 'right', 'step', 'kind', 'correct_final', 'repeats', 'period_lines']


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=2026)
    a = ap.parse_args(argv)
    rows = build(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            o = dict((k, r[k]) for k in KEY_ORDER if k in r)
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out), file=sys.stderr)


if __name__ == '__main__':
    main()
