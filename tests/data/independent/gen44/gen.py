#!/usr/bin/env python3
"""Generate the patterns / sequences / counting evaluation set.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs.
"""
import argparse
import json
import random
import sys
import os
from fractions import Fraction as Fr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Bad, fmt_num, ordinal  # noqa: E402
from builder import Builder, STYLES  # noqa: E402
from kinds import KINDS  # noqa: E402

NSETS = 4


def qfmt(P):
    Q = {}
    for k, v in P.items():
        if isinstance(v, int):
            Q[k] = f'{v:,}' if abs(v) >= 1000 else str(v)
            Q[k + 'th'] = ordinal(v) if v > 0 else str(v)
        else:
            Q[k] = v
    for k, v in P.items():
        if not isinstance(v, int):
            Q[k] = v
    return Q


def run(kind, P, C, style, seed, fault=None):
    b = Builder(style, seed, fault)
    final = kind['solve'](b, P, C)
    return b, Fr(final)


def wrong_candidates(v, op, allow_neg, rng):
    """realistic slips of a written result v (Fraction)."""
    c = []
    if v.denominator != 1:
        s = fmt_num(v)
        ip, fp = s.lstrip('-').split('.')
        digits = ip + fp
        # decimal point moved
        for shift in (-1, 1):
            pos = len(ip) + shift
            if 0 < pos < len(digits):
                w = Fr(digits[:pos] + '.' + digits[pos:]) * (-1 if v < 0 else 1)
                c.append(('decimal_shift', w))
        c.append(('off_by_one', v + 1))
        c.append(('off_by_one', v - 1))
    else:
        iv = int(v)
        c += [('off_by_one', Fr(iv + 1)), ('off_by_one', Fr(iv - 1))]
        if abs(iv) >= 10:
            c += [('off_by_ten', Fr(iv + 10)), ('off_by_ten', Fr(iv - 10))]
        s = str(abs(iv))
        sg = -1 if iv < 0 else 1
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != '0':
                    c.append(('digit_swap', Fr(sg * int(t))))
        if len(s) >= 3:
            for i in range(1, len(s)):
                t = s[:i] + s[i + 1:]
                c.append(('digit_drop', Fr(sg * int(t))))
        if 2 <= len(s) <= 5:
            i = rng.randrange(len(s))
            t = s[:i] + s[i] + s[i:]
            c.append(('digit_double', Fr(sg * int(t))))
        if iv < 0:
            c += [('sign_drop', Fr(-iv))] * 3
        if op:
            o, a, b = op
            if o == '*':
                c += [('wrong_op', a + b)] * 2
            elif o == '+':
                c += [('wrong_op', abs(a - b))]
            elif o == '-':
                c += [('wrong_op', a + b)] * 2
            elif o == '^':
                c += [('wrong_op', a * b)] * 3
    out = []
    for k, w in c:
        if w == v:
            continue
        if v >= 0 and w < 0:
            continue
        if v > 0 and w == 0:
            continue
        out.append((k, w))
    rng.shuffle(out)
    return out


def pick_fault(kind, P, C, style, seed, mode, nsteps, f0, rng):
    steps = list(range(1, nsteps + 1))
    rng.shuffle(steps)
    b0, _ = run(kind, P, C, style, seed)
    for st in steps:
        rec = b0.steps[st - 1]
        for k, w in wrong_candidates(rec['value'], rec['op'], rec['allow_neg'], rng)[:6]:
            fault = dict(step=st, wrong=w, mode=mode)
            try:
                b, fin = run(kind, P, C, style, seed, fault)
            except Bad:
                continue
            if b.fault_line is None:
                continue
            if mode == 'slip' and fin != f0:
                continue
            if mode == 'carry' and fin == f0:
                continue
            return b, fin, fault, k, rec['value']
    raise RuntimeError('no fault possible for ' + seed + ' ' + mode)


def make_loop(b0, rng):
    lines = b0.lines
    cl = sorted(set(b0.calc_lines))
    ends = [i for i in cl if i >= 2] or cl
    e = rng.choice(ends)
    if b0.style == 'md_steps' and e + 1 < len(lines) and lines[e + 1] == r'\]':
        e += 1
    usize = rng.choice([1, 1, 2, 2, 3])
    s = e
    cnt = 1
    while cnt < usize and s - 1 >= 0:
        s -= 1
        if lines[s] != '':
            cnt += 1
    while lines[s] == '':
        s += 1
    unit = '\n'.join(lines[s:e + 1])
    sep = '\n\n' if s > 0 and lines[s - 1] == '' else '\n'
    R = rng.randint(8, 30)
    head = '\n'.join(lines[:e + 1])
    text = head
    start2 = len(head) + len(sep)
    for _ in range(R - 1):
        text += sep + unit
    first = unit.split('\n')[0]
    if rng.random() < 0.5:
        cut = first.find('=')
        cut = len(first) if cut < 0 else cut
        sp = [i for i in range(1, cut) if first[i] == ' ']
        if sp:
            text += sep + first[:rng.choice(sp)]
    return text, [start2, start2 + len(unit)], R


def build(out):
    rows = []
    gidx = 0
    for kd in KINDS:
        for ti, C0 in enumerate(kd['texts']):
            tname = f"{kd['name']}-{ti}"
            for j in range(NSETS):
                pid = f'{tname}-{j}'
                style = STYLES[gidx % len(STYLES)]
                gidx += 1
                R = random.Random('params|' + pid)
                P = kd['gen'](R, C0)
                Q = qfmt(P)
                C = dict(C0)
                C['ans'] = C0['ans'].format(v='{}', **Q)
                problem = C0['q'].format(**Q)
                seed = pid + '|' + style
                b0, f0 = run(kd, P, C, style, seed)
                final = fmt_num(f0)
                base = dict(pid=pid, template=tname, style=style, problem=problem)
                rows.append(dict(base, variant='correct', solution=b0.text(final), final=final))
                frng = random.Random('fault|' + pid)
                for mode in ('slip', 'carry'):
                    b, fin, fault, k, right = pick_fault(kd, P, C, style, seed, mode, b0.nstep, f0, frng)
                    text = b.text(fmt_num(fin))
                    span = b.span_of(b.fault_line)
                    rows.append(dict(base, variant=mode, solution=text, final=final, span=span,
                                     wrong=fmt_num(fault['wrong']), right=fmt_num(right),
                                     step=fault['step'], kind=k))
                text, span, reps = make_loop(b0, random.Random('loop|' + pid))
                rows.append(dict(base, variant='loop', solution=text, final=final, span=span, repeats=reps))
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = build(a.out)
    print(f'wrote {len(rows)} rows to {a.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
