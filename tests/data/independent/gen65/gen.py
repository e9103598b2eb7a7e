#!/usr/bin/env python3
"""Generate the held-out home-improvement estimate set.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F
from core import compute, fault_candidates, rnd, ndec, canon, dec_str
import kinds as K
from phrasings import P
from styles import STYLES, make_views, MONEY_INPUTS

SEED = 'mcrgen-eval65'
NSETS = 4

KIND_ORDER = ['paint_room', 'paint_cost', 'ceiling_paint', 'fence_stain', 'deck_stain', 'tile_boxes', 'tile_count',
              'l_room_cost', 'l_room_notch', 'laminate_install', 'carpet', 'backsplash', 'thinset', 'baseboard',
              'board_feet', 'studs', 'deck_boards', 'plywood', 'drywall', 'shelves', 'fence_panels', 'fence_3sides',
              'pickets', 'rails', 'post_bags', 'slab_yards', 'concrete_bags', 'footing', 'sonotube', 'pavers', 'gravel',
              'mulch_bags', 'mulch_bulk', 'raised_bed', 'sod', 'grass_seed', 'wallpaper_rolls', 'wallpaper_strips',
              'trim_ftin', 'room_ftin', 'quote_lm', 'quote_compare', 'budget_left', 'markup_deposit', 'painter_days',
              'roofing', 'insulation']

FAULT_ORDER = ['off_by_one', 'off_by_ten', 'off_by_hundred', 'transposed_digits', 'dropped_digit', 'doubled_digit',
               'wrong_operation', 'decimal_shift', 'sign_dropped', 'inches_as_decimal']


def tol(w, money):
    d = ndec(w, 6) or 0
    t = F(1, 2) * F(1, 10 ** d)
    if money:
        t = max(t, F(1, 200))
    return t


def ceil_ok(steps, env, exact, allow_neg=()):
    """Sanity of a computed path: positivity, rounding does not hide a ceiling, divmod >= 1."""
    byname = {s.name: s for s in steps}
    for s in steps:
        v = env[s.name]
        if v <= 0 and s.name not in allow_neg:
            return False
        if s.kind == 'ceil':
            inner = s.expr[1][0][1]
            if inner in exact:
                ex = exact[inner]
                if s.expr[0] == 'ceil' and math.ceil(ex) != math.ceil(env[inner]):
                    return False
                if s.expr[0] == 'ceilto':
                    inc = s.expr[1][1][1]
                    if math.ceil(ex / inc) != math.ceil(env[inner] / inc):
                        return False
        if s.kind == 'divmod' and v < 1:
            return False
        if s.kind == 'check':
            op, ref = s.cmp
            if op == '>=' and not env[s.name] >= env[ref]:
                return False
        if abs(v) > 10 ** 7:
            return False
    return True


def build(kname, rng):
    fn = getattr(K, kname)
    for _ in range(200):
        kd = fn(rng)
        env, exact = compute(kd['steps'], kd['inputs'])
        allow = (kd['final'],) if kname == 'budget_left' else ()
        if not ceil_ok(kd['steps'], env, exact, allow):
            continue
        if env[kd['final']] == 0:
            continue
        return kd, env, exact
    raise RuntimeError('no valid numbers for ' + kname)


def moneys_of(kname, kd):
    m = set(n for n in kd['inputs'] if n in MONEY_INPUTS)
    if kname != 'quote_compare':
        m.discard('b')
    if kname in ('quote_lm', 'budget_left', 'markup_deposit'):
        m.add('rate')
    for s in kd['steps']:
        if s.money:
            m.add(s.name)
    return m


def join_lines(lines):
    return '\n'.join(lines)


def line_span(lines, k):
    start = sum(len(x) + 1 for x in lines[:k])
    return [start, start + len(lines[k])]


def render(style, kd, steps, env, written, final_v):
    exact = {}
    for s in steps:
        from core import ev
        exact[s.name] = ev(s.expr, env)
    vs = make_views(steps, env, written, exact)
    lines, where = style.render(vs, env, final_v)
    return lines, where


def fmt_final(v):
    return canon(v, 4)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = []
    counter = 0
    for kname in KIND_ORDER:
        for pi, phr in enumerate(P[kname]):
            for si in range(NSETS):
                pid = '%s-%d-%d' % (kname, pi, si)
                rng = random.Random('%s|%s|numbers' % (SEED, pid))
                kd, env, exact = build(kname, rng)
                steps = kd['steps']
                problem = phr.format(**kd['params'])
                Sty = STYLES[counter % len(STYLES)]
                counter += 1
                style = Sty(random.Random('%s|%s|style' % (SEED, pid)), kd, steps, moneys_of(kname, kd))
                fname = kd['final']
                gold = fmt_final(env[fname])
                base = dict(pid=pid, template='%s-%d' % (kname, pi), style=style.name, problem=problem)

                # ---- correct
                lines, where = render(style, kd, steps, env, dict(env), env[fname])
                sol = join_lines(lines) + '\n\n#### ' + gold
                rows.append(dict(base, variant='correct', solution=sol, final=gold))

                frng = random.Random('%s|%s|faults' % (SEED, pid))
                allow = (fname,) if kname == 'budget_left' else ()

                # ---- slip
                slip = pick_fault(frng, steps, env, kd, style, mode='slip', allow=allow)
                s, kind, w = slip
                written = dict(env)
                written[s.name] = w
                lines_s, where_s = render(style, kd, steps, env, written, env[fname])
                sol_s = join_lines(lines_s) + '\n\n#### ' + gold
                rows.append(dict(base, variant='slip', solution=sol_s, final=gold,
                                 span=line_span(lines_s, where_s[s.name]), wrong=fmt_final(w), right=fmt_final(env[s.name]),
                                 step=[x.name for x in steps].index(s.name) + 1, kind=kind))

                # ---- carry
                s, kind, w, cenv = pick_fault(frng, steps, env, kd, style, mode='carry', allow=allow)
                lines_c, where_c = render(style, kd, steps, cenv, dict(cenv), cenv[fname])
                sol_c = join_lines(lines_c) + '\n\n#### ' + fmt_final(cenv[fname])
                rows.append(dict(base, variant='carry', solution=sol_c, final=gold,
                                 span=line_span(lines_c, where_c[s.name]), wrong=fmt_final(w), right=fmt_final(env[s.name]),
                                 step=[x.name for x in steps].index(s.name) + 1, kind=kind))

                # ---- loop
                text, span, reps = make_loop(frng, lines, where, steps)
                rows.append(dict(base, variant='loop', solution=text, final=gold, span=span, repeats=reps))

    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


def pick_fault(rng, steps, env, kd, style, mode, allow):
    from core import ev
    cands = [s for s in steps if s.fault]
    rng.shuffle(cands)
    fname = kd['final']
    kinds_pref = FAULT_ORDER[:]
    rng.shuffle(kinds_pref)
    # try each step; within a step prefer the shuffled kind order
    options = []
    for s in cands:
        right = env[s.name]
        ex = ev(s.expr, env)
        for kind, w in fault_candidates(s, right, env):
            if abs(w - ex) <= tol(w, s.money) or abs(w - right) <= tol(w, s.money):
                continue
            if ndec(w, 6) is None or ndec(w, 6) > max(s.dp, 2):
                continue
            options.append((s, kind, w))
    # order: by preferred kind rank then by step shuffle order (stable), with a random draw among top kinds
    if rng.random() < 0.6:
        kinds_pref.remove('sign_dropped')
        kinds_pref.insert(0, 'sign_dropped')
    rank = {k: i for i, k in enumerate(kinds_pref)}
    rng.shuffle(options)
    options.sort(key=lambda o: rank[o[1]])
    # take kinds in turn but keep some randomness in the step
    for s, kind, w in options:
        if mode == 'slip':
            # a merged rounding on the same line consumes the written value
            nxt = None
            idx = steps.index(s)
            if idx + 1 < len(steps) and steps[idx + 1].name in style.merged:
                nxt = steps[idx + 1]
            if nxt is not None:
                e2 = dict(env)
                e2[s.name] = w
                if ev(nxt.expr, e2) != env[nxt.name]:
                    continue
            return (s, kind, w)
        else:
            try:
                cenv, cex = compute(steps, kd['inputs'], override=(s.name, w))
            except ZeroDivisionError:
                continue
            if not carry_ok(steps, cenv, allow):
                continue
            if cenv[fname] == env[fname]:
                continue
            # every later step must still be a clean computation
            return (s, kind, w, cenv)
    raise RuntimeError('no fault for %s' % kd['topic'])


def carry_ok(steps, env, allow):
    for s in steps:
        v = env[s.name]
        if v <= 0 and s.name not in allow:
            return False
        if s.kind == 'divmod' and v < 1:
            return False
        if s.kind == 'check':
            op, ref = s.cmp
            if not env[s.name] >= env[ref]:
                return False
        if abs(v) > 10 ** 7:
            return False
    return True


WAIT = ['Wait, let me recompute that.', 'Let me double-check this step.', 'Hmm, let me verify.',
        'Actually, let me recalculate.']


def make_loop(rng, lines, where, steps):
    step_lines = sorted(set(where[s.name] for s in steps))
    cand = step_lines[:-1] if len(step_lines) > 1 else step_lines
    j = rng.choice(cand)
    mode = rng.random()
    reps = rng.randint(8, 30)
    if mode < 0.6:
        m = rng.choice([1, 1, 2, 3])
        m = min(m, j + 1)
        while m > 1 and not lines[j - m + 1].strip():
            m -= 1
        prefix = lines[:j - m + 1]
        unit = lines[j - m + 1:j + 1]
    else:
        prefix = lines[:j + 1]
        unit = [rng.choice(WAIT), lines[j]]
    body = prefix + unit * reps
    text = '\n'.join(body)
    start = len('\n'.join(prefix + unit)) + 1
    span = [start, start + len('\n'.join(unit))]
    if rng.random() < 0.5:
        # the text stops mid-line (max tokens); cut at a space before any '=' so no half-written result
        first = unit[0]
        stop = len(first)
        for ch in ('=', '≈', '~', '→', '->', '\\approx', '|'):
            p = first.find(ch, 1)
            if p != -1:
                stop = min(stop, p)
        spaces = [i for i, c in enumerate(first[:stop]) if c == ' ' and i > 0]
        if spaces:
            cut = spaces[rng.randrange(len(spaces))]
            text = text + '\n' + first[:cut]
    return text, span, reps


if __name__ == '__main__':
    main()
