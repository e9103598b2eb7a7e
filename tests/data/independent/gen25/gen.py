#!/usr/bin/env python3
"""Deterministic generator of a held-out evaluation set: grade-school science and
measurement word problems with model-style worked solutions in four variants
(correct / slip / carry / loop).

    python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import re
import random
from fractions import Fraction as F

from units import dec_str, decimals, num, is_count
from engine import parse, ev, chain_values, vars_of
from styles import STYLES, Ctx, Style
from templates import TEMPLATES

DEFAULT_SEED = 'mcrgen-eval25-science'
NSETS = 4
NEUTRAL = Style('neutral')


# ------------------------------------------------------------------ template preparation
def prepare(t):
    t = dict(t)
    t['steps'] = [dict(s) for s in t['steps']]
    for s in t['steps']:
        s['ast'] = parse(s['expr'])
        if s.get('dp') is None:
            s['dp'] = 0 if (s['unit'] and is_count(s['unit'])) else 2
    units = {k: u for k, (u, lab) in t['params'].items()}
    for s in t['steps']:
        units[s['var']] = s['unit']
    t['units'] = units
    return t


def norm(v):
    if isinstance(v, str):
        return v
    if isinstance(v, float):
        return F(str(round(v, 6)))
    return F(v)


def terminating(v):
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def ok_value(v, dp, neg):
    if not terminating(v):
        return False
    if decimals(v) > dp:
        return False
    if not neg and v <= 0:
        return False
    return True


def compute(t, params, start=0, env=None, forced=None):
    """evaluate steps; returns env or None if a value is not acceptable"""
    if env is None:
        env = {k: F(v) for k, v in params.items() if not isinstance(v, str)}
    else:
        env = dict(env)
    for i, s in enumerate(t['steps']):
        if i < start:
            continue
        if forced is not None and i == forced[0]:
            env[s['var']] = forced[1]
            continue
        try:
            v = ev(s['ast'], env)
            cv = chain_values(s['ast'], env)
        except ZeroDivisionError:
            return None
        if not ok_value(v, s.get('dp', 2), t.get('neg', False)):
            return None
        for c in cv:
            if not terminating(c) or decimals(c) > 3:
                return None
        if abs(v) > 10 ** 7:
            return None
        env[s['var']] = v
    return env


# ------------------------------------------------------------------ wrong values
WEIGHTS = {'off_by_one': 2.0, 'digit_swap': 2.0, 'dropped_digit': 1.2, 'carry_error': 2.0,
           'decimal_shift': 1.0, 'wrong_op': 1.0, 'sign_error': 1.5}


def wrong_candidates(t, i, env):
    s = t['steps'][i]
    r = env[s['var']]
    neg = t.get('neg', False)
    out = []
    txt = dec_str(abs(r))
    sign = -1 if r < 0 else 1
    # off by one in the last written place
    unit = F(1, 10 ** decimals(r))
    out += [('off_by_one', r + unit), ('off_by_one', r - unit)]
    # adjacent digit swap
    for j in range(len(txt) - 1):
        a, b = txt[j], txt[j + 1]
        if a.isdigit() and b.isdigit() and a != b:
            sw = txt[:j] + b + a + txt[j + 2:]
            if sw[0] == '0' and len(sw.split('.')[0]) > 1:
                continue
            if dec_str(F(sw)) != sw:
                continue
            out.append(('digit_swap', sign * F(sw)))
    # dropped digit
    ndig = sum(ch.isdigit() for ch in txt)
    if ndig >= 3:
        for j in range(len(txt)):
            if txt[j].isdigit():
                d = txt[:j] + txt[j + 1:]
                if d.startswith('.') or d.endswith('.') or (d[0] == '0' and len(d.split('.')[0]) > 1):
                    continue
                if dec_str(F(d)) != d:
                    continue
                out.append(('dropped_digit', sign * F(d)))
    # carry error in tens / hundreds
    if abs(r) >= 20:
        out += [('carry_error', r + 10), ('carry_error', r - 10)]
    if abs(r) >= 200:
        out += [('carry_error', r + 100), ('carry_error', r - 100)]
    # decimal point shift (multiplications / divisions only)
    if '*' in s['expr'] or '/' in s['expr']:
        out += [('decimal_shift', r * 10), ('decimal_shift', r / 10)]
    # wrong operation on the top-level operands
    a = s['ast']
    while a[0] == 'par':
        a = a[1]
    if a[0] == 'bin' and a[2][0] in ('var', 'num') and a[3][0] in ('var', 'num'):
        x, y = ev(a[2], env), ev(a[3], env)
        alt = {'+': [x - y, x * y], '-': [x + y], '*': [x + y], '/': [x * y, x - y]}[a[1]]
        for w in alt:
            out.append(('wrong_op', w))
    if neg and r != 0:
        out.append(('sign_error', -r))
    res = []
    seen = set()
    for k, w in out:
        if w == r or not terminating(w) or decimals(w) > 3:
            continue
        if not neg and w <= 0:
            continue
        if abs(w) > 10 ** 7:
            continue
        if decimals(w) > max(s['dp'], 1) or (s['dp'] == 0 and w.denominator != 1):
            continue
        if w == 0:
            continue
        if neg and k != 'sign_error' and (w < 0) != (r < 0):
            continue
        key = (k, w)
        if key in seen:
            continue
        seen.add(key)
        res.append((k, w))
    return res


def pick_kind(rng, cands):
    kinds = []
    for k, w in cands:
        if k not in kinds:
            kinds.append(k)
    tot = sum(WEIGHTS[k] for k in kinds)
    x = rng.random() * tot
    for k in kinds:
        x -= WEIGHTS[k]
        if x <= 0:
            break
    vals = [w for kk, w in cands if kk == k]
    return k, rng.choice(vals)


def carry_candidates(t, env, i):
    out = []
    final_var = t['steps'][-1]['var']
    for k, w in wrong_candidates(t, i, env):
        e2 = compute(t, None, start=i, env=env, forced=(i, w))
        if e2 is None:
            continue
        if e2[final_var] == env[final_var]:
            continue
        out.append((k, w))
    return out


# ------------------------------------------------------------------ rendering
def render(prob, env, display=None):
    st, H, S, Ft = STYLES[prob['style_idx']]
    rng = random.Random(prob['wseed'])
    c = Ctx(prob, st, env, display, rng)
    lines = list(H(c))
    spans = []
    for i in range(len(prob['tpl']['steps'])):
        if i > 0 and st.blank:
            lines.append('')
        sl, ri = S(c, i)
        start = len(lines)
        lines += sl
        spans.append((start, len(lines), start + ri))
    lines.append('')
    lines += Ft(c)
    if prob['hashes']:
        if prob['hash_blank']:
            lines.append('')
        lines.append('#### ' + c.final_plain())
    return lines, spans, c.final_plain()


def line_span(lines, L):
    start = sum(len(x) + 1 for x in lines[:L])
    return [start, start + len(lines[L])]


def build_rows(prob, rng):
    t = prob['tpl']
    env = prob['env']
    n = len(t['steps'])
    base = dict(pid=prob['pid'], template=t['name'], style=STYLES[prob['style_idx']][0].name,
                problem=prob['problem'])
    lines, spans, final = render(prob, env)
    rows = []
    rows.append(dict(base, variant='correct', solution='\n'.join(lines), final=final))

    # slip: never the last step
    k = rng.randrange(n - 1)
    kind, w = pick_kind(rng, wrong_candidates(t, k, env))
    l2, sp2, f2 = render(prob, env, {k: w})
    L = spans[k][2]
    diff = [j for j in range(max(len(lines), len(l2))) if j >= len(lines) or j >= len(l2) or lines[j] != l2[j]]
    assert diff == [L], (prob['pid'], diff, L)
    assert f2 == final
    rows.append(dict(base, variant='slip', solution='\n'.join(l2), final=final, span=line_span(l2, L),
                     wrong=dec_str(w), right=dec_str(env[t['steps'][k]['var']]), step=k + 1, kind=kind))

    # carry: any step with a valid recomputation
    opts = [i for i in range(n) if prob['carry_opts'][i]]
    wts = [0.5 if i == n - 1 else 1.0 for i in opts]   # the last step always has options; damp it
    x = rng.random() * sum(wts)
    for k, wt in zip(opts, wts):
        x -= wt
        if x <= 0:
            break
    kind, w = pick_kind(rng, prob['carry_opts'][k])
    env2 = compute(t, None, start=k, env=env, forced=(k, w))
    l3, sp3, f3 = render(prob, env2)
    L = spans[k][2]
    assert l3[:L] == lines[:L] and l3[L] != lines[L], prob['pid']
    assert f3 != final
    rows.append(dict(base, variant='carry', solution='\n'.join(l3), final=f3, span=line_span(l3, L),
                     wrong=dec_str(w), right=dec_str(env[t['steps'][k]['var']]), step=k + 1, kind=kind,
                     correct_final=final))

    # loop
    j = rng.randrange(n - 1)
    p = 2 if (j >= 1 and rng.random() < 0.5) else 1
    first, end = spans[j - p + 1][0], spans[j][1]
    block = lines[first:end]
    blank = STYLES[prob['style_idx']][0].blank
    sep = '\n\n' if blank else '\n'
    repeats = rng.randint(15, 25)
    text = '\n'.join(lines[:end])
    btxt = '\n'.join(block)
    span_start = len(text) + len(sep)
    text += (sep + btxt) * repeats
    want_cut = rng.random() < prob['cut_p']
    b0 = block[0]
    lim = len(b0)
    for q, ch in enumerate(b0):
        if ch.isdigit():
            lim = q
            break
    lim = min(lim, len(b0) - 1)
    cut = None
    if want_cut and lim >= 4 and any(ch.isalpha() for ch in b0[:lim]):
        lo = 3
        while lo < lim and not any(ch.isalpha() for ch in b0[:lo]):
            lo += 1
        if lo <= lim:
            q = rng.randint(lo, lim)
            cut = b0[:q]
            if not cut.strip() or not any(ch.isalpha() for ch in cut):
                cut = None
    if cut is not None:
        text += sep + cut
    rows.append(dict(base, variant='loop', solution=text, final=None,
                     span=[span_start, span_start + len(b0)], repeats=repeats,
                     period_lines=len(block) + (1 if blank else 0)))
    return rows


# ------------------------------------------------------------------ problem sets
def fmt_problem(t, params):
    vals = {}
    for k, v in params.items():
        if isinstance(v, str):
            vals[k] = v
        else:
            u = t['params'].get(k, (None, ''))[0]
            vals[k] = num(v, NEUTRAL, money=bool(u) and u.startswith('$'))
    text = t['problem'].format(**vals)
    # '1 hours' -> '1 hour'
    return re.sub(r'(?<![\d.,])1 (hours|minutes|seconds|days|weeks|kilometers|meters|liters|laps|stops|kilograms|grams|cups)\b',
                  lambda m: '1 ' + m.group(1)[:-1], text)


def make_problems(seed):
    tpls = [prepare(t) for t in TEMPLATES]
    names = [t['name'] for t in tpls]
    assert len(names) == len(set(names)), 'duplicate template names'
    probs = []
    nst = len(STYLES)
    srng = random.Random('%s|styles' % seed)
    offsets = list(range(nst))
    for ti, t in enumerate(tpls):
        seen = []
        off = srng.randrange(nst)
        for k in range(NSETS):
            for attempt in range(400):
                r = random.Random('%s|%s|%d|%d' % (seed, t['name'], k, attempt))
                params = {a: norm(b) for a, b in t['gen'](r).items()}
                key = json.dumps({a: str(b) for a, b in sorted(params.items())})
                if key in seen:
                    continue
                env = compute(t, params)
                if env is None:
                    continue
                nsteps = len(t['steps'])
                carry_opts = [carry_candidates(t, env, i) for i in range(nsteps)]
                if not any(carry_opts):
                    continue
                if not all(wrong_candidates(t, i, env) for i in range(nsteps - 1)):
                    continue
                break
            else:
                raise SystemExit('could not generate numbers for %s set %d' % (t['name'], k))
            seen.append(key)
            probs.append(dict(tpl=t, params=params, env=env, carry_opts=carry_opts,
                              style_idx=(off + k * 3) % nst, set_idx=k))
    # balance styles exactly-ish: reassign by global round robin within blocks
    order = list(range(len(probs)))
    random.Random('%s|order' % seed).shuffle(order)
    for rank, pi in enumerate(order):
        probs[pi]['style_idx'] = rank % nst
    # keep the sets of one template on different styles where possible
    byt = {}
    for pi, p in enumerate(probs):
        byt.setdefault(p['tpl']['name'], []).append(pi)
    for name in names:
        idxs = byt[name]
        for a in range(len(idxs)):
            for b in range(a + 1, len(idxs)):
                pa, pb = probs[idxs[a]], probs[idxs[b]]
                if pa['style_idx'] == pb['style_idx']:
                    # swap pb's style with some problem of another template that keeps both distinct
                    for qi in order:
                        q = probs[qi]
                        if q['tpl']['name'] == name:
                            continue
                        others_q = [probs[x]['style_idx'] for x in byt[q['tpl']['name']] if x != qi]
                        mine = [probs[x]['style_idx'] for x in idxs if x != idxs[b]]
                        if q['style_idx'] not in mine and pb['style_idx'] not in others_q:
                            q['style_idx'], pb['style_idx'] = pb['style_idx'], q['style_idx']
                            break
    for pi, p in enumerate(probs):
        p['pid'] = 'sm25-%04d' % (pi + 1)
        p['units'] = p['tpl']['units']
        p['problem'] = fmt_problem(p['tpl'], p['params'])
        p['wseed'] = '%s|%s|wording' % (seed, p['pid'])
        hr = random.Random('%s|%s|hash' % (seed, p['pid']))
        st = STYLES[p['style_idx']][0]
        p['hashes'] = hr.random() < st.hashes
        p['hash_blank'] = st.name in ('md_formula', 'given_find', 'bold_bullets', 'unit_cancel', 'qwen_boxed')
        p['cut_p'] = 0.62
    return probs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default=DEFAULT_SEED)
    a = ap.parse_args()
    probs = make_problems(a.seed)
    rows = []
    for p in probs:
        rng = random.Random('%s|%s|variants' % (a.seed, p['pid']))
        rows += build_rows(p, rng)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows (%d problems, %d templates) to %s' % (len(rows), len(probs), len(TEMPLATES), a.out))


if __name__ == '__main__':
    main()
