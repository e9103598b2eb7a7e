#!/usr/bin/env python3
"""Deterministic generator for the eval23 set (richly formatted chat-assistant answers).

usage: python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
import re
import sys
from fractions import Fraction as Fr

from core import Problem, Nt, dec_str, money_str, group, terminating, run_steps, depends, eval_step
from styles import STYLES, View
from templates import TEMPLATES

SETS_PER_TEMPLATE = 4

NAMES = [
    ("Maria", "f"), ("James", "m"), ("Aisha", "f"), ("Liam", "m"), ("Sofia", "f"), ("Noah", "m"),
    ("Priya", "f"), ("Carlos", "m"), ("Emma", "f"), ("Ethan", "m"), ("Mei", "f"), ("Omar", "m"),
    ("Chloe", "f"), ("Lucas", "m"), ("Fatima", "f"), ("Mateo", "m"), ("Hannah", "f"), ("Kenji", "m"),
    ("Olivia", "f"), ("Daniel", "m"), ("Zara", "f"), ("Ben", "m"), ("Grace", "f"), ("Tariq", "m"),
    ("Lily", "f"), ("Jamal", "m"), ("Ava", "f"), ("Ryan", "m"), ("Nina", "f"), ("Diego", "m"),
    ("Rosa", "f"), ("Samuel", "m"), ("Leila", "f"), ("Marcus", "m"), ("Julia", "f"), ("Arjun", "m"),
    ("Elena", "f"), ("Owen", "m"), ("Yuki", "f"), ("Felix", "m"),
]

PRON = {
    'f': dict(he='she', He='She', his='her', His='Her', him='her'),
    'm': dict(he='he', He='He', his='his', His='His', him='him'),
}

KIND_WEIGHTS = {'off_by_one': 3.0, 'off_by_ten': 2.0, 'off_by_hundred': 1.0, 'digit_swap': 2.0,
                'dropped_digit': 1.0, 'extra_zero': 0.7, 'wrong_op': 2.0}


# ---------------------------------------------------------------- sampling numbers

def step_ok(st, v, dec):
    if v <= 0 or v >= 10 ** 6:
        return False
    if st.kind == 'money':
        return terminating(v, 2)
    if dec:
        return terminating(v, 2) and v >= 1
    return v.denominator == 1 and v >= 2


def sample_sets(tpl, seed, k):
    P0 = Problem(tpl, {}, '', 'f')
    rng = random.Random('%s|nums|%s' % (seed, tpl['id']))
    sets, seen = [], []
    for _ in range(20000):
        g = {v.name: rng.choice(v.choices) for v in P0.vars}
        key = tuple(g[v.name] for v in P0.vars)
        if key in seen:
            continue
        if tpl['cond'] and not eval(tpl['cond'], {}, dict(g)):
            continue
        env = dict(g)
        ok = True
        for st in P0.steps:
            v = eval_step(st, env)
            if not step_ok(st, v, tpl['dec']):
                ok = False
                break
            env[st.var] = v
        if not ok:
            continue
        seen.append(key)
        sets.append(g)
        if len(sets) == k:
            return sets
    raise RuntimeError('cannot sample %s' % tpl['id'])


def fmt_given(v, kind):
    if kind == 'money':
        return '$' + group(money_str(v), ',')
    if kind == 'frac':
        return '%d/%d' % (v.numerator, v.denominator)
    return group(dec_str(v), ',')


def problem_text(P):
    d = dict(PRON[P.gender])
    d['name'] = P.name
    for v in P.vars:
        d[v.name] = fmt_given(P.givens[v.name], v.kind)
    t = P.tpl['text'].format(**d)
    return t[0].upper() + t[1:]


# ---------------------------------------------------------------- rendering

def render(P, style_fn, style_seed, comp, ref, correct):
    r = random.Random(style_seed)
    o = style_fn(P, r, View(P, comp, ref, correct))
    return o.L


def text_of(L):
    return '\n'.join(l for l, _ in L)


def line_span(L, idx):
    start = sum(len(l) + 1 for l, _ in L[:idx])
    return [start, start + len(L[idx][0])]


def comp_index(L, i):
    idx = [j for j, (_, t) in enumerate(L) if t == ('c', i)]
    assert len(idx) == 1, idx
    return idx[0]


# ---------------------------------------------------------------- faults

def int_digits(v):
    return str(v.numerator // v.denominator) if v >= 0 else None


def with_int_part(v, s):
    frac = v - (v.numerator // v.denominator)
    return Fr(int(s)) + frac


def candidates(P, i, env, rng):
    st = P.steps[i]
    R = env[st.var]
    ip = int_digits(R)
    c = []
    c.append(('off_by_one', R + rng.choice([1, -1])))
    if R >= 20:
        c.append(('off_by_ten', R + rng.choice([10, -10])))
    if R >= 300:
        c.append(('off_by_hundred', R + rng.choice([100, -100])))
    if len(ip) >= 2:
        pos = [j for j in range(len(ip) - 1) if ip[j] != ip[j + 1] and not (j == 0 and ip[1] == '0')]
        if pos:
            j = rng.choice(pos)
            s = ip[:j] + ip[j + 1] + ip[j] + ip[j + 2:]
            c.append(('digit_swap', with_int_part(R, s)))
        pos = [j for j in range(len(ip)) if not (j == 0 and ip[1] == '0')]
        j = rng.choice(pos)
        s = ip[:j] + ip[j + 1:]
        c.append(('dropped_digit', with_int_part(R, s)))
    if R.denominator == 1 and R < 1000:
        c.append(('extra_zero', R * 10))
    if st.op in '+-*/' and len(st.args) == 2:
        a = env[st.args[0][1]] if st.args[0][0] == 'v' else st.args[0][1]
        b = env[st.args[1][1]] if st.args[1][0] == 'v' else st.args[1][1]
        alt = {'*': [a + b], '+': [a - b, a * b] if a > b else [a * b], '-': [a + b],
               '/': [a * b, a - b]}[st.op]
        c.append(('wrong_op', alt[0]))
    keyed = [(rng.random() ** (1.0 / KIND_WEIGHTS[k]), k, w) for k, w in c]
    keyed.sort(key=lambda t: -t[0])
    return [(k, w) for _, k, w in keyed]


def wrong_ok(st, R, W):
    if W == R or W <= 0:
        return False
    if R.denominator == 1 and W.denominator != 1:
        return False
    if not terminating(W, 2):
        return False
    if st.kind != 'money' and W < 2:
        return False
    return True


def carry_ok(P, i, env, W, dec):
    wenv = run_steps(P.steps, P.givens, (i, W))
    for j, st in enumerate(P.steps):
        if j <= i:
            continue
        v = wenv[st.var]
        if v <= 0 or v >= 10 ** 6:
            return None
        if env[st.var].denominator == 1 and v.denominator != 1:
            return None
        if not terminating(v, 2):
            return None
        if st.kind != 'money' and v < 2:
            return None
    last = P.steps[-1].var
    if wenv[last] == env[last]:
        return None
    return wenv


# ---------------------------------------------------------------- problem builder

def build(tpl, set_idx, givens, style_idx, seed):
    sname, sfn = STYLES[style_idx]
    tid = tpl['id']
    pid = '%s-%d' % (tid, set_idx)
    nr = random.Random('%s|name|%s' % (seed, pid))
    name, gender = nr.choice(NAMES)
    P = Problem(tpl, givens, name, gender)
    for st in P.steps:
        assert not re.search(r'\d', st.what + st.label), (tid, st.what, st.label)
    ptext = problem_text(P)
    env = run_steps(P.steps, givens)
    n = len(P.steps)
    for i in range(n - 1):
        assert any(depends(P.steps, i, j) for j in range(i + 1, n)), (tid, i)
    style_seed = '%s|style|%s' % (seed, pid)
    base = dict(pid=pid, template=tid, style=sname, problem=ptext)
    rows = []

    # correct
    Lc = render(P, sfn, style_seed, env, env, env)
    sol_c = text_of(Lc)
    final = dec_str(env[P.steps[-1].var])
    rows.append(dict(base, variant='correct', solution=sol_c, final=final))

    fr = random.Random('%s|fault|%s' % (seed, pid))

    # slip: one non-final step written wrong, later steps use the right value
    order = list(range(n - 1))
    fr.shuffle(order)
    done = False
    for i in order:
        st = P.steps[i]
        for kind, W in candidates(P, i, env, fr):
            if not wrong_ok(st, env[st.var], W):
                continue
            comp = dict(env)
            comp[st.var] = W
            L = render(P, sfn, style_seed, comp, env, env)
            diff = [j for j in range(max(len(L), len(Lc))) if j >= len(L) or j >= len(Lc) or L[j][0] != Lc[j][0]]
            assert len(L) == len(Lc) and len(diff) == 1, (pid, diff)
            ci = comp_index(L, i)
            assert diff == [ci]
            rows.append(dict(base, variant='slip', solution=text_of(L), final=final,
                             span=line_span(L, ci), wrong=dec_str(W), right=dec_str(env[st.var]),
                             step=i + 1, kind=kind))
            done = True
            break
        if done:
            break
    assert done, pid

    # carry: the wrong value propagates to every dependent step and the answer
    order = list(range(n))
    fr.shuffle(order)
    done = False
    for i in order:
        st = P.steps[i]
        for kind, W in candidates(P, i, env, fr):
            if not wrong_ok(st, env[st.var], W):
                continue
            wenv = carry_ok(P, i, env, W, tpl['dec'])
            if wenv is None:
                continue
            L = render(P, sfn, style_seed, wenv, wenv, env)
            ci = comp_index(L, i)
            assert [l for l, _ in L[:ci]] == [l for l, _ in Lc[:ci]], pid
            assert L[ci][0] != Lc[ci][0]
            rows.append(dict(base, variant='carry', solution=text_of(L),
                             final=dec_str(wenv[P.steps[-1].var]),
                             span=line_span(L, ci), wrong=dec_str(W), right=dec_str(env[st.var]),
                             step=i + 1, kind=kind, correct_final=final))
            done = True
            break
        if done:
            break
    assert done, pid

    # loop: correct text through a non-final step, then its last 1-2 steps repeated
    lr = random.Random('%s|loop|%s' % (seed, pid))
    k = lr.randrange(n - 1)
    p = lr.choice([1, 2]) if k >= 1 else 1
    R = lr.randint(15, 25)
    want_cut = lr.random() < 0.66
    cutr = lr.random()
    idx = {}
    for j, (_, t) in enumerate(Lc):
        if t[0] in ('s', 'c'):
            idx.setdefault(t[1], []).append(j)
    for s in idx:
        assert idx[s] == list(range(idx[s][0], idx[s][-1] + 1)), pid
    b0, b1 = idx[k - p + 1][0], idx[k][-1]
    prefix = [l for l, _ in Lc[:b1 + 1]]
    block = [l for l, _ in Lc[b0:b1 + 1]]
    assert block[0].strip(), pid
    head = '\n'.join(prefix) + '\n'
    btext = '\n'.join(block) + '\n'
    text = head + btext * R
    first = block[0]
    m = re.search(r'\d', first)
    mpos = m.start() if m else len(first)
    cut = None
    if want_cut and mpos >= 2:
        hi = min(mpos, len(first) - 1)
        lo = max(2, hi // 2)
        if hi >= lo:
            c = lo + int(cutr * (hi - lo + 1))
            c = min(c, hi)
            cut = first[:c]
            if not cut.strip():
                cut = None
    if cut is not None:
        text += cut
    else:
        text = text.rstrip('\n')
    rows.append(dict(base, variant='loop', solution=text, final=None,
                     span=[len(head), len(head) + len(first)], repeats=R, period_lines=len(block)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='eval23')
    a = ap.parse_args()
    seed = str(a.seed)
    rows = []
    g = 0
    ns = len(STYLES)
    for t, tpl in enumerate(TEMPLATES):
        sets = sample_sets(tpl, seed, SETS_PER_TEMPLATE)
        for s, givens in enumerate(sets):
            style_idx = g % ns
            rows.extend(build(tpl, s, givens, style_idx, seed))
            g += 1
    with open(a.out, 'w', encoding='utf-8') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('wrote %d rows (%d problems) to %s' % (len(rows), g, a.out), file=sys.stderr)


if __name__ == '__main__':
    main()
