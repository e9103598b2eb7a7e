#!/usr/bin/env python3
"""Generate the GSM-Hard-style evaluation set (stdlib only, deterministic).

usage: python3 gen.py --out set.jsonl
"""
import argparse
import re
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Pres, NotExact, Reject, Val, plain, num_str  # noqa: E402
from sol import Sol, STYLES, render_solution, MS, ME  # noqa: E402
from structs import STRUCTS, fp  # noqa: E402

NSETS = 4


def make_pres(style, r):
    P = Pres()
    P.sep4 = r.random() < 0.8
    P.money2 = r.random() < 0.65
    P.minus = '−' if r.random() < 0.4 else '-'
    P.units = r.random() < 0.3
    P.pct = r.choice(['of', 'of', 'dec', 'decr', 'sym'])
    if style in ('md_steps', 'numbered', 'bold_labels', 'bullets', 'table', 'chatty', 'prose'):
        P.mul = r.choice(['×'] * 6 + ['x', '*'] + (['·'] if style == 'numbered' else []))
        P.div = r.choice(['÷', '÷', '/'])
    if style == 'prose':
        P.worded = 0.35
    if style in ('latex_inline', 'latex_display'):
        P.latex = True
        P.sep = '{,}' if r.random() < 0.6 else ','
        P.dollar = r.choice(['\\$', '\\$', ''])
        P.mul = r.choice(['\\times', '\\times', '\\times', '\\cdot'])
        P.div = '\\div'
        P.frac = r.random() < 0.5
        P.minus = '-'
        P.units = False
        P.pct = r.choice(['dec', 'decr', 'sym'])
    if style == 'terse':
        P.sep = '' if r.random() < 0.6 else ','
        P.mul = r.choice(['*', 'x', '×'])
        P.div = '/'
        P.minus = '-'
        P.money2 = r.random() < 0.3
        P.dollar = '' if r.random() < 0.5 else '$'
        P.pct = r.choice(['dec', 'decr', 'sym'])
        P.units = False
    if style == 'gsm8k':
        P.sep = ''
        P.mul = '*'
        P.div = '/'
        P.minus = '-'
        P.money2 = False
        P.units = False
    return P


def build(st, d, pid, style, P, goal, fault=None):
    S = Sol(pid, style, P, fault)
    st.solve(S, d)
    text = render_solution(S, goal)
    return S, text


def unmark(text):
    i = text.find(MS)
    j = text.find(ME)
    if i < 0:
        return text, None, None
    inner = text[i + 1:j]
    clean = text[:i] + inner + text[j + 1:]
    a = clean.rfind('\n', 0, i) + 1
    b = clean.find('\n', i)
    if b < 0:
        b = len(clean)
    return clean, (a, b), inner


def downs(S):
    return [it['down'].v for it in S.items if it['t'] == 'step']


def fault_row(st, d, pid, style, P, goal, base_S, mode):
    order = list(base_S.faultable)
    r = random.Random('%s|%s|order' % (pid, mode))
    r.shuffle(order)
    base_downs = downs(base_S)
    for k in order:
        for tr in range(3):
            fault = dict(step=k, mode=mode, seed='%s%d' % (mode, tr))
            try:
                S, text = build(st, d, pid, style, P, goal, fault)
            except (NotExact, Reject, ZeroDivisionError):
                continue
            if S.fault_done is None:
                continue
            clean, span, wrong_s = unmark(text)
            if span is None:
                continue
            fin = S.final.v
            if mode == 'slip' and fin != base_S.final.v:
                continue
            if mode == 'carry':
                if fin == base_S.final.v:
                    continue
                # keep signs of all quantities as in the correct solution
                ok = all((x >= 0) == (y >= 0) for x, y in zip(downs(S), base_downs))
                if not ok and S.fault_done['kind'] != 'sign_dropped':
                    continue
                if fin < 0 and base_S.final.v >= 0:
                    continue
            f2 = dict(fault, force=S.fault_done['right'])
            try:
                _, text_r = build(st, d, pid, style, P, goal, f2)
            except (NotExact, Reject, ZeroDivisionError):
                continue
            _, _, right_s = unmark(text_r)
            if right_s == wrong_s:
                continue
            return dict(solution=clean, span=list(span), wrong=wrong_s, right=right_s, step=k,
                        kind=S.fault_done['kind'], final=plain(fin))
    return None


def loop_row(text, pid):
    r = random.Random(pid + '|loop')
    lines = text.split('\n')
    n = len(lines)
    def content(i):
        t = lines[i].strip()
        return len(t) >= 8 and not t.startswith('####') and not t.startswith('|---')
    body = [i for i in range(n) if content(i)]
    lo = max(1, int(n * 0.25))
    hi = max(lo + 1, int(n * 0.85))
    cands = [i for i in body if lo <= i <= hi]
    if not cands:
        cands = body[1:] or body
    for _ in range(50):
        j = r.choice(cands)
        u = r.choices([1, 2, 3], [5, 3, 2])[0]
        s0 = max(0, j - u + 1)
        while s0 < j and not content(s0):
            s0 += 1
        if any(content(i) for i in range(s0)):
            break
    unit_lines = lines[s0:j + 1]
    # md-like styles: keep the blank line that follows the unit
    if j + 1 < n and lines[j + 1] == '':
        unit_lines = unit_lines + ['']
    unit = '\n'.join(unit_lines) + '\n'
    prefix = '\n'.join(lines[:s0]) + ('\n' if s0 > 0 else '')
    R = r.randint(8, 30)
    out = prefix + unit * R
    span = [len(prefix) + len(unit), len(prefix) + 2 * len(unit)]
    reps = R
    if r.random() < 0.35:
        cut = r.randint(1, max(1, len(unit.rstrip('\n')) - 1))
        out = out + unit[:cut]
    out = out.rstrip('\n')
    assert '####' not in out
    return dict(solution=out, span=span, repeats=reps)


def problem_text(st, phr, d):
    fd = {k: (fp(v) if isinstance(v, Val) else v) for k, v in d.items()}
    return re.sub(r"s's\b", "s'", st.texts[phr].format(**fd))


def generate():
    rows = []
    pidx = 0
    for st in STRUCTS:
        for phr in range(len(st.texts)):
            for j in range(NSETS):
                style = STYLES[pidx % len(STYLES)]
                pidx += 1
                pid = '%s-%d-%d' % (st.name, phr + 1, j + 1)
                got = None
                for att in range(300):
                    r = random.Random('%s|%d|%d|%d' % (st.name, phr, j, att))
                    d = st.sample(r)
                    P = make_pres(style, random.Random(pid + '|pres|%d' % att))
                    goal = st.goal(d)
                    try:
                        S, text = build(st, d, pid, style, P, goal)
                        prob = problem_text(st, phr, d)
                    except (NotExact, Reject, ZeroDivisionError):
                        continue
                    slip = fault_row(st, d, pid, style, P, goal, S, 'slip')
                    carry = fault_row(st, d, pid, style, P, goal, S, 'carry')
                    if slip is None or carry is None:
                        continue
                    got = (S, text, prob, slip, carry)
                    break
                if got is None:
                    raise SystemExit('could not build %s' % pid)
                S, text, prob, slip, carry = got
                final = plain(S.final.v)
                base = dict(pid=pid, template='%s/%d' % (st.name, phr + 1), style=style, problem=prob)
                rows.append(dict(base, variant='correct', solution=text, final=final))
                for mode, fr in (('slip', slip), ('carry', carry)):
                    row = dict(base, variant=mode, solution=fr['solution'], final=final)
                    row.update(span=fr['span'], wrong=fr['wrong'], right=fr['right'], step=fr['step'],
                               kind=fr['kind'])
                    rows.append(row)
                lp = loop_row(text, pid)
                row = dict(base, variant='loop', solution=lp['solution'], final=final)
                row.update(span=lp['span'], repeats=lp['repeats'])
                rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.jsonl'))
    a = ap.parse_args()
    rows = generate()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
