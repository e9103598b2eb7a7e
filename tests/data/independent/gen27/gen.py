#!/usr/bin/env python3
"""Deterministic generator: multilingual grade-school math solutions with
correct / slip / carry / loop variants.

    python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
import re
from fractions import Fraction as Fr

from templates import TEMPLATES
from styles import STYLE, LOC, LOC_STYLES, PLURAL3

DEFAULT_SEED = 'mcrgen-multilingual-v1'
SETS_PER_TEMPLATE = 7
CN = '一二三四五六七八九十'


# ------------------------------------------------------------------ numbers
def mindp(x):
    for k in range(0, 8):
        if (x * 10 ** k).denominator == 1:
            return k
    return 99


def fmt_num(x, dec, grp, gmin, dp=None):
    if dp is None:
        dp = mindp(x)
    neg = x < 0
    x = abs(x)
    n = x * 10 ** dp
    assert n.denominator == 1, (x, dp)
    s = str(n.numerator)
    if dp:
        s = s.rjust(dp + 1, '0')
        ip, fp = s[:-dp], s[-dp:]
    else:
        ip, fp = s, ''
    if grp and len(ip) >= gmin:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = grp.join(parts)
    return ('-' if neg else '') + ip + ((dec + fp) if dp else '')


def plain(x):
    return fmt_num(Fr(x), '.', '', 99)


def money_dp(fmt, x):
    if fmt['mdp'] == '2':
        return 2
    if fmt['mdp'] == 'auto':
        return 2 if mindp(x) > 0 else 0
    return None


def fnum(fmt, x, money=False, latex=False):
    dp = money_dp(fmt, x) if money else None
    if latex:
        return fmt_num(x, fmt['ldec'], fmt['lgrp'], fmt['gmin'], dp)
    return fmt_num(x, fmt['dec'], fmt['grp'], fmt['gmin'], dp)


def fmoney(fmt, x):
    return fmt['money'].replace('{v}', fnum(fmt, x, True))


def fpct(fmt, p, latex=False):
    if latex:
        return fnum(fmt, p, latex=True) + '\\%'
    return fmt['pct'].replace('{v}', fnum(fmt, p))


def plural(loc, n, forms):
    if n.denominator != 1:
        return forms[1] if len(forms) > 2 else forms[-1]
    n = n.numerator
    if loc in PLURAL3:
        if loc == 'ru' and n % 10 == 1 and n % 100 != 11:
            return forms[0]
        if loc == 'pl' and n == 1:
            return forms[0]
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return forms[1]
        return forms[2]
    return forms[0] if n == 1 else forms[1]


PH = re.compile(r'\{([A-Za-z][A-Za-z0-9]*)(!|:[^{}]*)?\}')


def fill_values(text, fmt, loc, vals, kinds, bold=None):
    """Replace {x}, {x!}, {x:f1|f2|f3} with formatted values."""
    def rep(m):
        name, mod = m.group(1), m.group(2)
        if name not in vals:
            return m.group(0)
        v, k = vals[name], kinds[name]
        if mod == '!':
            return fnum(fmt, v)
        if mod and mod.startswith(':'):
            return fnum(fmt, v) + ' ' + plural(loc, v, mod[1:].split('|'))
        if k == 'm':
            s = fmoney(fmt, v)
        elif k == 'p':
            s = fpct(fmt, v)
        else:
            s = fnum(fmt, v)
        if bold is not None and name == bold:
            s = '**' + s + '**'
        return s
    return PH.sub(rep, text)


def fill_keys(text, keys):
    return PH.sub(lambda m: keys[m.group(1)] if (m.group(1) in keys and not m.group(2)) else m.group(0), text)


# ------------------------------------------------------------------ arithmetic
def arg_val(a, vals):
    return Fr(a) if isinstance(a, int) else vals[a]


def apply_op(op, xs):
    if op == 'mul':
        r = Fr(1)
        for x in xs:
            r *= x
        return r
    if op == 'add':
        return sum(xs, Fr(0))
    if op == 'sub':
        return xs[0] - sum(xs[1:], Fr(0))
    if op == 'div':
        return xs[0] / xs[1] if xs[1] != 0 else None
    if op == 'pct':
        return xs[0] * xs[1] / 100
    raise ValueError(op)


def compute(tpl, params, forced=None):
    vals = dict(params)
    for st in tpl['steps']:
        if forced and st['name'] in forced:
            vals[st['name']] = forced[st['name']]
        else:
            vals[st['name']] = apply_op(st['op'], [arg_val(a, vals) for a in st['args']])
    return vals


def step_ok(st, v):
    if v is None or v <= 0 or mindp(v) > 2:
        return False
    if not (st['m'] or st['dec']) and v.denominator != 1:
        return False
    return v < 10 ** 9


def sample_params(tpl, rng):
    for _ in range(5000):
        v = {}
        for name, (kind, gen) in tpl['params']:
            v[name] = gen(rng, v)
        if any(x <= 0 for x in v.values()):
            continue
        vals = compute(tpl, v)
        if not all(step_ok(st, vals[st['name']]) for st in tpl['steps']):
            continue
        if tpl['ok'] and not tpl['ok'](vals):
            continue
        return v
    raise RuntimeError('cannot sample ' + tpl['id'])


def kinds_of(tpl):
    k = {name: kind for name, (kind, gen) in tpl['params']}
    for st in tpl['steps']:
        k[st['name']] = 'm' if st['m'] else 'n'
    return k


# ------------------------------------------------------------------ wrong values
def digit_form(v, money, fmt):
    dp = money_dp(fmt, v) if money else None
    if dp is None:
        dp = mindp(v)
    return fmt_num(v, '.', '', 99, dp)


def wrong_candidates(st, r, opvals, money, fmt):
    out = []
    isint = r.denominator == 1
    out.append(('off_by_one', r + 1))
    out.append(('off_by_one', r - 1))
    s = digit_form(r, money, fmt)
    ip = s.split('.')[0]
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a == '.' or b == '.' or a == b:
            continue
        t = s[:i] + b + a + s[i + 2:]
        if t[0] == '0' and len(t.split('.')[0]) > 1:
            continue
        out.append(('digit_swap', Fr(t)))
    ndig = sum(c.isdigit() for c in s)
    if ndig >= 3:
        for i, c in enumerate(s):
            if c == '.':
                continue
            t = s[:i] + s[i + 1:]
            if t.startswith('.') or t.endswith('.') or (t[0] == '0' and len(t.split('.')[0]) > 1):
                continue
            if i >= len(ip) and not money:
                continue
            out.append(('dropped_digit', Fr(t)))
    op = st['op']
    if op == 'mul' and len(opvals) == 2:
        out.append(('wrong_op', opvals[0] + opvals[1]))
    if op == 'add' and len(opvals) == 2:
        out.append(('wrong_op', abs(opvals[0] - opvals[1])))
    if op == 'sub':
        out.append(('wrong_op', opvals[0] + sum(opvals[1:])))
    if op == 'pct':
        out.append(('pct_complement', opvals[0] - r))
    if op in ('add', 'sub', 'mul') and r >= 20 and isint:
        out.append(('carry_error', r + 10))
        out.append(('carry_error', r - 10))
    if r >= 10 and isint and r < 10 ** 6:
        out.append(('extra_zero', r * 10))
    if not isint:
        out.append(('decimal_shift', r * 10))
        out.append(('decimal_shift', r / 10))
    good = []
    for kind, w in out:
        if w is None or w <= 0 or w == r or mindp(w) > 2:
            continue
        if not (st['m'] or st['dec']) and w.denominator != 1:
            continue
        if (kind, w) not in good:
            good.append((kind, w))
    return good


def pick_wrong(rng, cands):
    kinds = []
    for k, w in cands:
        if k not in kinds:
            kinds.append(k)
    k = rng.choice(kinds)
    return rng.choice([c for c in cands if c[0] == k])


# ------------------------------------------------------------------ rendering
def capfirst(s):
    return s[:1].upper() + s[1:]


def lowfirst(s):
    return s[:1].lower() + s[1:]


ARTICLES = {
    'es': ('el ', 'la ', 'los ', 'las '), 'fr': ('le ', 'la ', 'les ', "l'"),
    'ptbr': ('o ', 'a ', 'os ', 'as '), 'ptpt': ('o ', 'a ', 'os ', 'as '),
    'it': ('il ', 'lo ', 'la ', "l'", 'i ', 'gli ', 'le '), 'de': ('der ', 'die ', 'das ', 'den '),
    'nl': ('de ', 'het '),
}


def default_label(phrase, loc):
    for a in ARTICLES.get(loc, ()):
        if phrase.startswith(a):
            phrase = phrase[len(a):]
            break
    return capfirst(phrase)


class Problem:
    def __init__(self, tpl, style, params, seed, pid):
        self.tpl, self.st, self.params, self.pid = tpl, style, params, pid
        self.kinds = kinds_of(tpl)
        self.loc = tpl['loc']
        self.vals = compute(tpl, params)
        rng = random.Random(f'{seed}|{pid}|plan')
        st = style
        n = len(tpl['steps'])
        self.plan_intro = rng.randrange(len(st['intro']))
        self.plan_ans = rng.randrange(len(st['answer']))
        self.plan_alt = []
        self.plan_eq = []
        for k, stp in enumerate(tpl['steps']):
            pos = self.pos(k, n)
            self.plan_alt.append(rng.randrange(len(pos)))
            eqs = st['eq'].get(stp['op'], st['eq'].get('*', ['=']))
            self.plan_eq.append(eqs[rng.randrange(len(eqs))])

    def pos(self, k, n):
        s = self.st['steps']
        if 'all' in s:
            return s['all']
        if k == 0:
            return s['first']
        if k == n - 1:
            return s['last']
        return s['mid']

    def problem_text(self):
        fmt = LOC[self.loc]
        return fill_values(self.tpl['problem'], fmt, self.loc, self.params, self.kinds).replace('руб..', 'руб.')

    # --- pieces
    def operand(self, a, vals):
        st = self.st
        latex = st['mode'] == 'latex'
        v = arg_val(a, vals)
        kind = 'n' if isinstance(a, int) else self.kinds[a]
        if kind == 'm':
            if latex or not st['cur_ops']:
                return fnum(st, v, True, latex)
            return fmoney(st, v)
        if kind == 'p':
            return fpct(st, v, latex)
        return fnum(st, v, False, latex)

    def unit(self, stp):
        if stp['m']:
            return self.st['money_unit']
        return stp['u'].lstrip('=')

    def result(self, stp, v):
        st = self.st
        if st['mode'] == 'latex':
            s = fnum(st, v, stp['m'], True)
            if stp['m']:
                return s + (' ' + st['lmoney'] if st['lmoney'] else '')
            u = stp['u']
            if u and (u.startswith('=') or st['lunits_all']):
                s += ' \\text{ ' + u.lstrip('=') + '}'
            return s
        if stp['m']:
            return fmoney(st, v) if st['cur_res'] else fnum(st, v, True)
        s = fnum(st, v)
        if stp['u'].startswith('=') and st['unit_inline']:
            s += st['usep'] + stp['u'][1:]
        return s

    def restated(self, stp, v):
        st = self.st
        if stp['m']:
            return fmoney(st, v)
        s = fnum(st, v)
        u = stp['u'].lstrip('=')
        if u:
            s += ('' if st['cjk'] else ' ') + u
        return s

    def expr(self, k, vals, shown):
        st = self.st
        stp = self.tpl['steps'][k]
        sp = st['sp']
        latex = st['mode'] == 'latex'
        R = self.result(stp, shown)
        eq = self.plan_eq[k]
        if stp['op'] == 'pct':
            x, p = stp['args']
            pv = vals[p]
            keys = dict(x=self.operand(x, vals), p=fpct(st, pv, latex), d=fnum(st, pv / 100, False, latex),
                        pn=fnum(st, pv, False, latex), r=R)
            return fill_keys(st['pctf'], keys)
        ops = [self.operand(a, vals) for a in stp['args']]
        sym = st['ops'][stp['op']]
        if sym == 'FRAC':
            lhs = '\\frac{' + ops[0] + '}{' + ops[1] + '}'
        else:
            lhs = (sp + sym + sp).join(ops)
        return lhs + sp + eq + sp + R

    def render(self, vals, shown_override=None):
        st = self.st
        tpl = self.tpl
        n = len(tpl['steps'])
        fmt = st
        lines = []
        intro = st['intro'][self.plan_intro]
        lines.extend(intro)
        if intro and st['intro_blank']:
            lines.append('')
        meta = []
        for k, stp in enumerate(tpl['steps']):
            v = vals[stp['name']]
            shown = shown_override[k] if (shown_override and k in shown_override) else v
            phrase = fill_values(stp['phrase'], fmt, self.loc, self.params, self.kinds)
            label = fill_values(stp['label'], fmt, self.loc, self.params, self.kinds) if stp['label'] else default_label(phrase, self.loc)
            u = self.unit(stp)
            keys = dict(n=str(k + 1), cn=CN[k], phrase=phrase, Phrase=capfirst(phrase), label=label,
                        lbl=lowfirst(label), expr=self.expr(k, vals, shown), R=self.restated(stp, shown),
                        U=st['uparen'].replace('{u}', u) if u else '',
                        M=(' €' if stp['m'] else (' ' + stp['u'][1:] if stp['u'].startswith('=') else '')))
            alt = self.pos(k, n)[self.plan_alt[k]]
            start = len(lines)
            res = None
            for i, ln in enumerate(alt):
                if '{expr}' in ln:
                    res = start + i
                lines.append(fill_keys(ln, keys))
            meta.append((start, len(lines), res))
            if st['blank'] and k < n - 1:
                lines.append('')
        last = tpl['steps'][-1]
        fv = vals[last['name']]
        if last['m']:
            A = fmoney(fmt, fv)
        else:
            A = fnum(fmt, fv)
            u = last['u']
            if st['cjk'] and u:
                A += u.lstrip('=')
            elif u.startswith('='):
                A += ' ' + u[1:]
        allv = dict(self.params)
        allv.update(vals)
        S = fill_values(tpl['answer'], fmt, self.loc, allv, self.kinds,
                        bold=last['name'] if st['ans_bold'] else None)
        S = S.replace('руб..', 'руб.')
        for ln in st['answer'][self.plan_ans]:
            lines.append(fill_keys(ln, dict(S=S, A=A, F=plain(fv))))
        return lines, meta


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def build_rows(tpl, style, params, seed, pid):
    P = Problem(tpl, style, params, seed, pid)
    steps = tpl['steps']
    n = len(steps)
    fmt = style
    base = dict(pid=pid, template=tpl['id'], style=style['name'], problem=P.problem_text())
    lines, meta = P.render(P.vals)
    final = P.vals[steps[-1]['name']]
    rows = [dict(base, variant='correct', solution='\n'.join(lines), final=plain(final))]

    def opvals(k, vals):
        return [arg_val(a, vals) for a in steps[k]['args']]

    # ---- slip: one intermediate (never the last step) written wrong, later steps use right value
    rng = random.Random(f'{seed}|{pid}|slip')
    k = rng.randrange(n - 1)
    r = P.vals[steps[k]['name']]
    cands = wrong_candidates(steps[k], r, opvals(k, P.vals), steps[k]['m'], fmt)
    kind, w = pick_wrong(rng, cands)
    sl, sm = P.render(P.vals, {k: w})
    rows.append(dict(base, variant='slip', solution='\n'.join(sl), final=plain(final),
                     span=line_span(sl, sm[k][2]), wrong=plain(w), right=plain(r), step=k + 1, kind=kind))

    # ---- carry: wrong value propagated exactly
    rng = random.Random(f'{seed}|{pid}|carry')
    order = list(range(n))
    rng.shuffle(order)
    done = False
    for k in order:
        r = P.vals[steps[k]['name']]
        cands = wrong_candidates(steps[k], r, opvals(k, P.vals), steps[k]['m'], fmt)
        rng.shuffle(cands)
        kinds = []
        for c in cands:
            if c[0] not in kinds:
                kinds.append(c[0])
        # try kinds in random order, candidates within kind
        for kd in kinds:
            for kind, w in [c for c in cands if c[0] == kd]:
                v2 = compute(tpl, params, {steps[k]['name']: w})
                if not all(step_ok(steps[j], v2[steps[j]['name']]) for j in range(k + 1, n)):
                    continue
                if v2[steps[-1]['name']] == final:
                    continue
                cl, cm = P.render(v2)
                rows.append(dict(base, variant='carry', solution='\n'.join(cl), final=plain(v2[steps[-1]['name']]),
                                 span=line_span(cl, cm[k][2]), wrong=plain(w), right=plain(r), step=k + 1,
                                 kind=kind, correct_final=plain(final)))
                done = True
                break
            if done:
                break
        if done:
            break
    if not done:
        raise RuntimeError('no carry for ' + pid)

    # ---- loop
    rng = random.Random(f'{seed}|{pid}|loop')
    k = rng.randrange(n - 1)              # last step before the loop starts (non-final)
    per = rng.choice([1, 2]) if k >= 1 else 1
    reps = rng.randint(15, 25)
    want_cut = rng.random() < 0.6
    first = k - per + 1
    prefix = lines[:meta[k][1]]
    block = []
    for j in range(first, k + 1):
        block.extend(lines[meta[j][0]:meta[j][1]])
        if style['blank']:
            block.append('')
    out = list(prefix)
    if style['blank']:
        out.append('')
    span_idx = len(out)
    for _ in range(reps):
        out.extend(block)
    while out and out[-1] == '':
        out.pop()
    head = block[0]
    m = re.search(r'[0-9]', head)
    free = m.start() if m else len(head)
    free = min(free, len(head) - 1)
    cut = None
    if want_cut and free >= 4:
        cut = head[:rng.randint(max(3, free // 3), free)]
        if style['blank']:
            out.append('')
        out.append(cut)
    rows.append(dict(base, variant='loop', solution='\n'.join(out), final=None, span=line_span(out, span_idx),
                     repeats=reps, period_lines=len(block)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default=DEFAULT_SEED)
    a = ap.parse_args()
    seed = a.seed
    rows = []
    per_loc = {}
    for tpl in TEMPLATES:
        loc = tpl['loc']
        ti = per_loc.get(loc, 0)
        per_loc[loc] = ti + 1
        styles = LOC_STYLES[loc]
        rng = random.Random(f'{seed}|params|{tpl["id"]}')
        seen = []
        for s in range(SETS_PER_TEMPLATE):
            for _ in range(200):
                params = sample_params(tpl, rng)
                sig = tuple((k, str(params[k])) for k, _ in tpl['params'])
                if sig not in seen:
                    break
            seen.append(sig)
            style = STYLE[styles[(ti * SETS_PER_TEMPLATE + s) % len(styles)]]
            pid = f'{tpl["id"]}-{s}'
            rows.extend(build_rows(tpl, style, params, seed, pid))
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f'wrote {len(rows)} rows to {a.out}')


if __name__ == '__main__':
    main()
