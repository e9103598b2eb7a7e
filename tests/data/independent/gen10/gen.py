#!/usr/bin/env python3
"""mcrgen indep10: GSM8K-style problems with LLM-style worked solutions and seeded arithmetic faults.

usage: python3 gen.py --out OUT.jsonl [--seed N]
Python 3 standard library only; output is deterministic for a given seed.
"""
import argparse, json, random
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from fractions import Fraction as Fr
from core import *
from templates import TEMPLATES
from styles import STYLES

DEFAULT_SEED = 2026

# ---------------------------------------------------------------- faults
def ok_value(v, unit):
    if v is None or v <= 0:
        return False
    if unit == '$':
        return terminating(v, 2) is not None
    if unit in ('f', 'F'):
        return True
    if unit.startswith('~') or unit == '%':
        return terminating(v, 3) is not None
    return v.denominator == 1


def ok_env(P, env):
    if env is None:
        return False
    for st in P.steps:
        v = env[st['name']]
        if not ok_value(v, st['unit']) or v > 10 ** 7:
            return False
    return True


def perturb(kind, v, st, env, rng):
    u = st['unit']
    if kind == 'off':
        if v.denominator == 1 and (u != '$' or rng.random() < 0.6):
            d = Fr(rng.choice([1, 1, 2, 3, 10]))
        else:
            d = rng.choice([Fr(1, 10), Fr(1), Fr(1, 100) if u == '$' else Fr(1, 10)])
        return v + d if rng.random() < 0.5 or v - d <= 0 else v - d
    if kind == 'swap':
        s = dec(v)
        idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]
               and not (i == 0 and s[1] == '0')]
        if not idx:
            return None
        i = rng.choice(idx)
        s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return Fr(s2)
    if kind == 'x10':
        return v * 10 if (rng.random() < 0.6 or v.denominator != 1 or v % 10) else v / 10
    if kind == 'op':
        t = st['tree']
        if t[0] != 'op':
            return None
        a, b = ev(t[2], env), ev(t[3], env)
        alt = {'*': [a + b], '+': [a * b, a - b], '-': [a + b], '/': [a * b, a - b]}[t[1]]
        return rng.choice(alt)
    raise ValueError(kind)


KINDS = ['off', 'swap', 'x10', 'op', 'off']


def choose_fault(P, rng, carry):
    right = P.compute()
    cands = [i for i, st in enumerate(P.steps[:-1]) if st['unit'] not in ('f', 'F')]
    for _ in range(200):
        i = rng.choice(cands)
        st = P.steps[i]
        kind = rng.choice(KINDS)
        w = perturb(kind, right[st['name']], st, right, rng)
        if w is None or w == right[st['name']] or not ok_value(w, st['unit']):
            continue
        if st['unit'] == '$' and w.denominator == 1 and right[st['name']].denominator != 1 and kind != 'op':
            pass
        # must render differently
        c = Ctx(cents=True)
        if fmt_result(w, st['unit'], c) == fmt_result(right[st['name']], st['unit'], c):
            continue
        if carry:
            env2 = P.compute((st['name'], w))
            if not ok_env(P, env2):
                continue
            last = P.steps[-1]['name']
            if env2[last] == right[last]:
                continue
        return i, kind, w
    return None


# ---------------------------------------------------------------- instances
NAMES_F = ['Maya', 'Sofia', 'Emma', 'Priya', 'Aisha', 'Lena', 'Grace', 'Nora', 'Chloe', 'Rosa', 'Mei', 'Hannah', 'Zara', 'Olivia']
NAMES_M = ['Liam', 'Carlos', 'Ethan', 'Omar', 'Jamal', 'Noah', 'Kenji', 'Lucas', 'Ben', 'Tariq', 'Diego', 'Sam', 'Ravi', 'Owen']


def sample(tmpl, rng):
    for _ in range(5000):
        params = {}; kinds = {}
        for k, s in tmpl['params'].items():
            params[k] = s.fn(rng); kinds[k] = s.kind
        for a, b in tmpl.get('distinct', []):
            if params[a] == params[b]:
                break
        else:
            P = Problem(tmpl, params, kinds, None)
            env = P.compute()
            if not ok_env(P, env):
                continue
            if tmpl['cond'] and not tmpl['cond'](env):
                continue
            return P
    raise RuntimeError('cannot sample ' + tmpl['id'])


def problem_text(P, rng):
    g = rng.random() < 0.5
    nm = rng.sample(NAMES_F if g else NAMES_M, 1)[0]
    others = [n for n in NAMES_F + NAMES_M if n != nm]
    B, C = rng.sample(others, 2)
    pr = dict(he='she', He='She', his='her', His='Her', him='her') if g else \
        dict(he='he', He='He', his='his', His='His', him='him')
    c = Ctx(cents=any(P.kinds[k] == '$' and v.denominator != 1 for k, v in P.params.items()))
    vals = {}
    for k, v in P.params.items():
        kd = P.kinds[k]
        if kd == '$':
            vals[k] = fmt_money(v, Ctx())
        elif kd == '%':
            vals[k] = dec(v * 100) + '%'
        elif kd in ('f', 'F'):
            vals[k] = '%d/%d' % (v.numerator, v.denominator) if v.denominator != 1 else str(v)
        else:
            vals[k] = fmt_num(v, c)
    vals.update(pr); vals.update(A=nm, B=B, C=C)
    txt = P.t['text'].format(**vals)
    P.names = vals
    return txt


def final_string(v, unit, compact):
    if unit == '$' and v.denominator != 1 and not compact:
        return '%d.%02d' % (int(v), int(round((v - int(v)) * 100)))
    return dec(v)


def build(seed):
    rows = []
    probs = []
    for t in TEMPLATES:
        seen = set()
        for k in range(4):
            rng = random.Random('%s|%s|%d' % (seed, t['id'], k))
            for _ in range(50):
                P = sample(t, rng)
                key = tuple(sorted((a, str(b)) for a, b in P.params.items()))
                if key not in seen:
                    break
            seen.add(key)
            text = problem_text(P, rng)
            probs.append(('%s-%d' % (t['id'], k), t, P, text))
    srng = random.Random('%s|styles' % seed)
    names = [s['name'] for s in STYLES]
    assign = (names * (len(probs) // len(names) + 1))[:len(probs)]
    srng.shuffle(assign)
    smap = {s['name']: s for s in STYLES}
    for (pid, t, P, text), sname in zip(probs, assign):
        style = smap[sname]
        money_cents = any(P.kinds[k] == '$' and v.denominator != 1 for k, v in P.params.items()) or \
            any(st['unit'] == '$' and P.compute()[st['name']].denominator != 1 for st in P.steps)
        right = P.compute()
        for variant in ('correct', 'slip', 'carry', 'loop'):
            vr = random.Random('%s|%s|%s' % (seed, pid, variant))
            wr = random.Random('%s|%s|wording' % (seed, pid))   # same wording across variants
            extra = {}
            if variant in ('slip', 'carry'):
                # slip and carry use the same faulted step/value
                fr = random.Random('%s|%s|fault' % (seed, pid))
                i, kind, w = choose_fault(P, fr, carry=True) or choose_fault(P, fr, carry=False)
                stn = P.steps[i]['name']
                if variant == 'slip':
                    env = right; shown = dict(right); shown[stn] = w
                else:
                    env = P.compute((stn, w)); shown = dict(env)
                extra = dict(step=stn, kind=kind, fault_index=i)
            else:
                env = right; shown = dict(right)
            out = style['fn'](P, env, shown, wr, money_cents, text)
            blocks, blank = out['blocks'], out['blank']
            compact = out.get('compact', False)
            fin = final_string(shown[P.steps[-1]['name']], P.steps[-1]['unit'], compact)
            lines = []   # (text, tag)

            def add_block(b):
                if lines and blank:
                    lines.append(('', None))
                for ln in b['lines']:
                    lines.append(ln if isinstance(ln, tuple) else (ln, None))
            step_blocks = [j for j, b in enumerate(blocks) if b.get('step') is not None]
            if variant == 'loop':
                # choose where the loop starts: a group of 1-2 step blocks (or a single eq line)
                n = len(step_blocks)
                gi = vr.randrange(0, max(1, n - 1)) if n > 1 else 0
                glen = 2 if (n - gi >= 2 and vr.random() < 0.35) else 1
                mode = vr.choice(['block', 'block', 'line'])
                upto = step_blocks[gi + glen - 1]
                for b in blocks[:upto + 1]:
                    add_block(b)
                if mode == 'line':
                    eqline = [ln for ln in blocks[step_blocks[gi]]['lines'] if isinstance(ln, tuple)][0]
                    group_lines = [eqline]
                    if blank:
                        group_lines = [('', None), eqline]
                else:
                    group_lines = []
                    for j in step_blocks[gi:gi + glen]:
                        if blank:
                            group_lines.append(('', None))
                        group_lines += [ln if isinstance(ln, tuple) else (ln, None) for ln in blocks[j]['lines']]
                reps = vr.randint(15, 22)
                start_idx = len(lines)
                for _ in range(reps):
                    lines.extend(group_lines)
                # span: first non-blank line of the first repetition
                k0 = start_idx
                while lines[k0][0] == '':
                    k0 += 1
                loop_line = k0
                extra = dict(repeats=reps, period=len(group_lines), mode=mode)
            else:
                for b in blocks:
                    add_block(b)
            sol = '\n'.join(l for l, _ in lines)
            offs = []; o = 0
            for l, _ in lines:
                offs.append(o); o += len(l) + 1
            row = dict(pid=pid, template=t['id'], style=sname, problem=text, variant=variant,
                       solution=sol, final=fin if variant != 'loop' else
                       final_string(right[P.steps[-1]['name']], P.steps[-1]['unit'], compact))
            if variant in ('slip', 'carry'):
                i = extra['fault_index']
                hits = [j for j, (l, tg) in enumerate(lines) if tg == i]
                j = hits[0]
                stp = P.steps[i]
                c0 = out['ctx']
                row.update(span=[offs[j], offs[j] + len(lines[j][0])],
                           wrong=final_string(shown[stp['name']], stp['unit'], False),
                           right=final_string(right[stp['name']], stp['unit'], False),
                           step=stp['name'], kind=extra['kind'])
                if variant == 'carry':
                    row['correct_final'] = final_string(right[P.steps[-1]['name']], P.steps[-1]['unit'], compact)
            if variant == 'loop':
                j = loop_line
                row.update(span=[offs[j], offs[j] + len(lines[j][0])], repeats=extra['repeats'],
                           period_lines=extra['period'])
            rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
