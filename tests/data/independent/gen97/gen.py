#!/usr/bin/env python3
"""Generate a held-out set of worked solutions (space & astronomy genre).

python3 gen.py --out set.jsonl
"""
import argparse
import re
import json
import random
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F  # noqa: E402
from core import Ctx, Retry, FAULT_KINDS, dec_str, group  # noqa: E402
from render import render, STYLES, sci  # noqa: E402
from render import CFG  # noqa: E402
from kinds import KINDS  # noqa: E402

NSETS = 4


def fmt_param(k, v, nocomma):
    if isinstance(v, str):
        return v
    v = F(v)
    s = dec_str(v)
    if k in nocomma:
        return s
    return group(s) if abs(v) >= 1000 else s


def problem_text(kd, ti, p):
    b = kd['bodies'][ti // len(kd['questions'])]
    q = kd['questions'][ti % len(kd['questions'])]
    fp = {k: fmt_param(k, v, kd['nocomma']) for k, v in p.items()}
    if kd['name'] == 'sci_divide_time':
        fp['Dsci'] = sci(p['D'], {'sci': 'caret'})
        fp['Ssci'] = sci(p['S'], {'sci': 'caret'})
    t = (b + ' ' + q).format(**fp)
    t = re.sub(r'([.?!] )([a-z])', lambda m: m.group(1) + m.group(2).upper(), t)
    return t[:1].upper() + t[1:]


def build(kd, p, fault=None):
    C = Ctx(fault)
    kd['solve'](C, p)
    return C


def to_text(style, C, pid):
    lines = render(style, C.items, pid)
    ans = [it for it in C.items if it['t'] == 'answer'][0]
    lines.append(('', None))
    lines.append(('#### ' + dec_str(ans['v']), None))
    text = '\n'.join(l for l, _ in lines)
    return text, lines, dec_str(ans['v'])


def span_of(lines, tag):
    off = 0
    for l, t in lines:
        if t == tag:
            return [off, off + len(l)]
        off += len(l) + 1
    raise KeyError(tag)


def fault_row(kd, p, style, pid, mode, base, ncalc):
    rng = random.Random('%s|%s|fault' % (pid, mode))
    steps = list(range(ncalc))
    rng.shuffle(steps)
    kinds = FAULT_KINDS[:]
    for attempt in range(200):
        step = steps[attempt % len(steps)]
        rng.shuffle(kinds)
        # prefer realistic frequent slips
        kind = kinds[0]
        seed = '%s|%s|%d' % (pid, mode, attempt)
        try:
            C = build(kd, p, {'step': step, 'kind': kind, 'mode': mode, 'seed': seed})
            text, lines, fin = to_text(style, C, pid)
        except Retry:
            continue
        if C.rec is None:
            continue
        if mode == 'carry' and fin == base['final']:
            continue
        if mode == 'carry' and (F(fin) < 0) != (F(base['final']) < 0) and kind != 'sign_drop':
            continue
        faulty = [it for it in C.items if it.get('faulty')][0]
        sp = span_of(lines, faulty['idx'])
        row = dict(base)
        row['variant'] = mode
        row['solution'] = text
        row['final'] = base['final']
        row['span'] = sp
        row['wrong'] = C.rec['wrong']
        row['right'] = C.rec['right']
        row['step'] = C.rec['step']
        row['kind'] = C.rec['kind']
        return row
    raise RuntimeError('no fault for ' + pid)


def loop_row(base, pid):
    rng = random.Random('%s|loop' % pid)
    text = base['solution']
    lines = text.split('\n')
    body = [i for i, l in enumerate(lines) if l.strip() and not l.startswith('####')]
    # candidate starts: a line with a digit, not the first content line
    cands = [i for i in body[1:] if any(ch.isdigit() for ch in lines[i])]
    if not cands:
        cands = body[1:] or body
    start = rng.choice(cands)
    u = rng.choice([1, 1, 2, 3])
    u = max(1, min(u, len(lines) - 2 - start))
    unit_lines = lines[start:start + u]
    while unit_lines and not unit_lines[-1].strip() and len(unit_lines) > 1:
        unit_lines = unit_lines[:-1]
    unit = '\n'.join(unit_lines) + '\n'
    prefix = '\n'.join(lines[:start]) + '\n' if start else ''
    n = rng.randint(8, 30)
    sol = prefix + unit * n
    if rng.random() < 0.4:
        # the stream is cut off mid-copy, at a word boundary before any result
        first = unit.split('\n')[0]
        stop = min([first.find(t) for t in ('=', '≈', ' is ') if t in first] or [len(first)])
        cuts = [i for i in range(1, stop) if first[i] == ' ']
        if cuts:
            sol += unit[:rng.choice(cuts)]
    s0 = len(prefix) + len(unit)
    row = dict(base)
    row['variant'] = 'loop'
    row['solution'] = sol
    row['span'] = [s0, s0 + len(unit)]
    row['repeats'] = n
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = []
    pcount = 0
    for kd in KINDS:
        ntpl = len(kd['bodies']) * len(kd['questions'])
        for ti in range(ntpl):
            tname = '%s-%d' % (kd['name'], ti)
            rng = random.Random('params|' + tname)
            seen = []
            for k in range(NSETS):
                for _ in range(500):
                    p = kd['gen'](rng)
                    key = repr(sorted((kk, str(vv)) for kk, vv in p.items()))
                    if key not in seen:
                        break
                seen.append(key)
                pid = '%s-%d-%d' % (kd['name'], ti, k)
                style = STYLES[(pcount * 3 + (pcount // len(STYLES))) % len(STYLES)]
                pcount += 1
                C = build(kd, p)
                text, lines, fin = to_text(style, C, pid)
                base = {'pid': pid, 'template': tname, 'style': style, 'problem': problem_text(kd, ti, p),
                        'variant': 'correct', 'solution': text, 'final': fin}
                rows.append(base)
                ncalc = C.n
                rows.append(fault_row(kd, p, style, pid, 'slip', base, ncalc))
                rows.append(fault_row(kd, p, style, pid, 'carry', base, ncalc))
                rows.append(loop_row(base, pid))
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
