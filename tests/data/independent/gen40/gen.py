#!/usr/bin/env python3
"""Generate a held-out set of worked solutions for rate / speed / work word problems.

python3 gen.py --out set.jsonl      (stdlib only, deterministic)
"""
import argparse
import json
import re
import random
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Sol, F, num_str, make_wrong, parse_num, commafy  # noqa: E402
from styles import STYLES, CFG, render  # noqa: E402
from kinds import KINDS  # noqa: E402

NSETS = 4
INTROS = ["To solve this problem, we'll work through it step by step.",
          "To find the answer, we need to break the problem into a few steps.",
          "Let's solve the problem step by step.",
          "To determine the answer, we will use the relationship between distance, rate and time."]


def ptext(v):
    if isinstance(v, str):
        return v
    if isinstance(v, (tuple, list)):
        return v
    return num_str(F(v), True)


def fmt_problem(tpl, p):
    P = {}
    for k, v in p.items():
        if k.startswith('m_'):
            s = num_str(F(v), True)
            if '.' in s and len(s.split('.')[1]) == 1:
                s += '0'
            P[k] = '$' + s
        else:
            P[k] = ptext(v)
    out = tpl.format(**P)
    return re.sub(r'(?<![\d.,])1 (hours|minutes|days|gallons)\b', lambda m: '1 ' + m.group(1)[:-1], out)


def build(kind, p, fault=None, mode='correct'):
    S = Sol(fault, mode)
    kind['sol'](S, p)
    return S


def lines_to_text(L):
    text = '\n'.join(l for l, _ in L)
    offs = []
    pos = 0
    for l, tag in L:
        offs.append((pos, pos + len(l), tag))
        pos += len(l) + 1
    return text, offs


def span_of(offs, step):
    hits = [(a, b) for a, b, t in offs if t == step]
    assert len(hits) == 1, (step, hits)
    return list(hits[0])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    args = ap.parse_args()
    problems = []
    for ki, kind in enumerate(KINDS):
        for pi, tpl in enumerate(kind['phr']):
            seen = set()
            n = 0
            att = 0
            while n < NSETS:
                att += 1
                assert att < 5000, kind['name']
                r = random.Random('%s|%d|%d' % (kind['name'], pi, att))
                p = kind['gen'](r)
                if p is None:
                    continue
                if '{name}' not in tpl and 'name' in p:
                    p['name'] = kind.get('anon', 'the traveler')
                S = build(kind, p)
                if S.approx or S.bad:
                    continue
                text = fmt_problem(tpl, p)
                if text in seen:
                    continue
                seen.add(text)
                problems.append((kind, pi, n, p, text, S))
                n += 1
    rows = []
    for i, (kind, pi, n, p, text, S) in enumerate(problems):
        style = STYLES[i % len(STYLES)]
        pid = '%s-%d-%d' % (kind['name'], pi, n)
        seed = pid + '|' + style
        intro = random.Random(seed + 'intro').choice(INTROS)
        base = dict(pid=pid, template='%s-%d' % (kind['name'], pi), style=style, problem=text)
        L = render(style, S.items, seed, intro)
        sol, offs = lines_to_text(L)
        gold = S.final
        rows.append(dict(base, variant='correct', solution=sol, final=gold))
        fr = random.Random(pid + '|faults')
        cands = [rc for rc in S.rec if rc['fault_ok']]
        # slip
        for mode in ('slip', 'carry'):
            order = cands[:]
            fr.shuffle(order)
            done = False
            for rc in order:
                for _ in range(6):
                    w = make_wrong(rc, fr)
                    if w is None:
                        break
                    kd, ws = w
                    S2 = build(kind, p, (rc['k'], ws), mode)
                    if S2.bad:
                        continue
                    if mode == 'slip' and S2.final != gold:
                        continue
                    if mode == 'carry' and parse_num(S2.final) == parse_num(gold):
                        continue
                    L2 = render(style, [it for it in S2.items if not (mode == 'carry' and it[0] == 'check')],
                                seed, intro)
                    sol2, offs2 = lines_to_text(L2)
                    sp = span_of(offs2, rc['k'])
                    cm = CFG[style]['commas']
                    wd = commafy(ws) if cm else ws
                    rd = commafy(rc['numstr']) if cm else rc['numstr']
                    rows.append(dict(base, variant=mode, solution=sol2, final=S2.final, span=sp,
                                     wrong=wd, right=rd, step=rc['k'], kind=kd))
                    done = True
                    break
                if done:
                    break
            assert done, (pid, mode)
        # loop
        lr = random.Random(pid + '|loop')
        steplines = [j for j, (l, t) in enumerate(L) if t > 0]
        j = lr.choice(steplines[:-1] if len(steplines) > 1 else steplines)
        k = lr.choice([1, 1, 2, 3])
        lo = j
        while lo > 0 and j - lo + 1 < k:
            lo -= 1
        while L[lo][0].strip() == '' and lo < j:
            lo += 1
        unit = [l for l, _ in L[lo:j + 1]]
        reps = lr.randint(8, 30)
        head = [l for l, _ in L[:j + 1]]
        body = head + unit * (reps - 1)
        text2 = '\n'.join(body)
        ulen = len('\n'.join(unit))
        start1 = len('\n'.join(head)) - ulen
        start2 = start1 + ulen + 1
        if lr.random() < 0.5:
            first = unit[0]
            eq = first.find('=')
            cut = first.rfind(' ', 0, eq if eq > 0 else len(first))
            if cut > 3:
                text2 += '\n' + first[:cut]
        assert text2[start2:start2 + ulen] == '\n'.join(unit)
        rows.append(dict(base, variant='loop', solution=text2, final=gold, span=[start2, start2 + ulen],
                         repeats=reps))
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows (%d problems) to %s' % (len(rows), len(problems), args.out))


if __name__ == '__main__':
    main()
