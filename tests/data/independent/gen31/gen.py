#!/usr/bin/env python3
"""Deterministic generator for the time/clock/date word-problem evaluation set.

usage: python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
from fractions import Fraction as F

from core import Invalid, Fmt, Dur, Clock, Date, dec, canon, MONTHS
from build import Builder, STYLES, HASH, render_solution, AMDOT
from templates import T

SETS_PER_TEMPLATE = 9

NAMES = [('Maya', 'f'), ('Liam', 'm'), ('Sofia', 'f'), ('Noah', 'm'), ('Ava', 'f'), ('Ethan', 'm'),
         ('Priya', 'f'), ('Mateo', 'm'), ('Chloe', 'f'), ('Omar', 'm'), ('Hana', 'f'), ('Lucas', 'm'),
         ('Zoe', 'f'), ('Daniel', 'm'), ('Amara', 'f'), ('Kenji', 'm'), ('Isabel', 'f'), ('Ryan', 'm'),
         ('Lena', 'f'), ('Marcus', 'm'), ('Nadia', 'f'), ('Tomas', 'm'), ('Grace', 'f'), ('Arjun', 'm'),
         ('Elena', 'f'), ('Caleb', 'm'), ('Mei', 'f'), ('Jamal', 'm'), ('Olivia', 'f'), ('Felix', 'm'),
         ('Rosa', 'f'), ('Samuel', 'm'), ('Leah', 'f'), ('Diego', 'm'), ('Nora', 'f'), ('Owen', 'm')]


class Person:
    def __init__(self, name, g, r):
        self.N = name
        self.subj, self.obj, self.pos = ('she', 'her', 'her') if g == 'f' else ('he', 'him', 'his')
        self.Subj, self.Pos = self.subj.capitalize(), self.pos.capitalize()
        self.rel = 'sister' if g == 'f' else 'brother'
        self.sib = r.choice(['brother', 'sister'])


class ProblemFmt:
    """Formatting of numbers/times inside the problem statement."""

    def __init__(self, r, clock24):
        self.r = r
        self.clock24 = clock24
        self.ampm = r.choice(['PM', 'PM', 'PM', 'p.m.', 'p.m.', 'pm'])
        self.dst = r.choice(['long_and', 'long_and', 'long_and', 'long', 'long', 'short'])
        self.fm = Fmt(ampm=self.ampm, clock24=clock24, dur=self.dst, commas=True)
        self.used = []

    def person(self):
        while True:
            nm, g = self.r.choice(NAMES)
            if nm not in self.used:
                self.used.append(nm)
                return Person(nm, g, self.r)

    def place(self, opts):
        return self.r.choice(opts)

    def pair(self, opts):
        a = self.r.choice(opts)
        b = self.r.choice([o for o in opts if o != a])
        return a, b

    def c(self, clock):
        return self.fm.clock(clock)

    def sc(self, clock):
        return self.fm.clock(clock)

    def d(self, dur):
        return self.fm.dur(dur)

    def num(self, x):
        return self.fm.num(x)

    def money(self, x):
        return self.fm.num(x, money=True, commas=False).lstrip('$')

    def date(self, dt):
        return self.fm.date(dt)


def solution_fmt(style, pf, clock24, r):
    ampm = pf.ampm
    if style == 'mistral':
        ampm = r.choice(['pm', 'pm', pf.ampm])
    elif style != 'gsm8k':
        ampm = r.choice(['PM', 'PM', pf.ampm])
    dur = {'gsm8k': r.choice(['long_and', 'long']), 'llama3': 'long', 'gpt4o': r.choice(['long', 'long', 'short']),
           'qwen': 'long', 'claude': r.choice(['long', 'short']), 'gemma': 'long',
           'mistral': r.choice(['long_and', 'long']), 'scratch': r.choice(['short', 'short', 'colon', 'hr'])}[style]
    commas = {'gpt4o': True, 'claude': True, 'gemma': True, 'mistral': r.random() < 0.5}.get(style, False)
    fm = Fmt(ampm=ampm, clock24=clock24, dur=dur, commas=commas,
             texcolon=(style == 'gpt4o' and r.random() < 0.5) or (style == 'qwen' and r.random() < 0.2),
             nospace=(ampm == 'pm' and r.random() < 0.3),
             frac=(style == 'gpt4o' and r.random() < 0.5) or (style == 'qwen' and r.random() < 0.3),
             minword='min' if style == 'scratch' or (style == 'claude' and dur == 'short') else 'minutes')
    units = {'gemma': True, 'mistral': r.random() < 0.4, 'llama3': r.random() < 0.3,
             'gpt4o': r.random() < 0.25}.get(style, False)
    return fm, units


def run(spec, style, fm, units, seed, mode=None, k=None, wrong=None):
    b = Builder(style, fm, random.Random(seed + ':forms'), mode, k, wrong)
    b.units = units
    spec['solve'](b)
    if b.final is None:
        raise Invalid('no answer')
    return b


def render(spec, style, fm, b, seed):
    sp = dict(spec)
    sp['ans_tuple'] = b.ans
    rr = random.Random(seed + ':render')
    sp['_claude_list'] = rr.random() < 0.5
    sp['_gemma_lead'] = rr.random() < 0.5
    return render_solution(style, b.steps, sp, fm, rr, b.final)


def line_span(lines, idx):
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


def try_candidates(cands, rng):
    kinds = []
    for c in cands:
        if c[1] not in kinds:
            kinds.append(c[1])
    rng.shuffle(kinds)
    out = []
    for kd in kinds:
        grp = [c for c in cands if c[1] == kd]
        rng.shuffle(grp)
        out.extend(grp)
    return out


def make_variants(tname, spec, style, seed, rng, stats):
    clock24 = bool(spec.get('clock24'))
    pr = random.Random(seed + ':fmt')
    fm, units = solution_fmt(style, spec['_pf'], clock24, pr)
    b0 = run(spec, style, fm, units, seed)
    steps = b0.steps
    n = len(steps)
    if n < 3:
        raise Invalid('too few steps')
    lines, ranges, comp = render(spec, style, fm, b0, seed)
    text = '\n'.join(lines)
    final = b0.final
    base = dict(template=tname, style=style, problem=spec['problem'])
    rows = [dict(base, variant='correct', solution=text, final=dec(final))]

    # ---- slip: one intermediate line wrong, later steps use the right value
    cands = [(k, kind, v) for k in range(n - 1) for kind, v in steps[k].cands]
    # rotate the kinds so that the set covers them evenly
    slip = None
    for k, kind, v in try_candidates(cands, rng):
        try:
            b = run(spec, style, fm, units, seed, 'slip', k, v)
            l2, r2, c2 = render(spec, style, fm, b, seed)
        except Invalid:
            continue
        if len(l2) != len(lines) or b.final != final:
            continue
        diff = [i for i in range(len(lines)) if lines[i] != l2[i]]
        if diff != [comp[k]]:
            continue
        slip = dict(base, variant='slip', solution='\n'.join(l2), final=dec(final),
                    span=line_span(l2, comp[k]), wrong=canon(v, clock24), right=canon(steps[k].true, clock24),
                    step=k, kind=kind)
        break
    if slip is None:
        raise Invalid('no slip')
    rows.append(slip)

    # ---- carry: wrong value propagated to the end
    cands = [(k, kind, v) for k in range(n) for kind, v in steps[k].cands]
    carry = None
    for k, kind, v in try_candidates(cands, rng):
        try:
            b = run(spec, style, fm, units, seed, 'carry', k, v)
            l2, r2, c2 = render(spec, style, fm, b, seed)
        except Invalid:
            continue
        if len(b.steps) != n or b.final == final:
            continue
        if l2[:comp[k]] != lines[:comp[k]] or l2[comp[k]] == lines[comp[k]]:
            continue
        carry = dict(base, variant='carry', solution='\n'.join(l2), final=dec(b.final),
                     span=line_span(l2, comp[k]), wrong=canon(v, clock24), right=canon(steps[k].true, clock24),
                     step=k, kind=kind, correct_final=dec(final))
        break
    if carry is None:
        raise Invalid('no carry')
    rows.append(carry)

    # ---- loop
    k = rng.randint(0, n - 2)
    p = rng.choice([1, 2]) if k >= 1 else 1
    block = lines[ranges[k - p + 1][0]:ranges[k][1]]
    prefix = '\n'.join(lines[:ranges[k][1]]) + '\n'
    btxt = '\n'.join(block) + '\n'
    reps = rng.randint(15, 25)
    first = block[0]
    fd = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
    can_cut = min(fd, len(first) - 1) >= 4
    want_cut = stats['loops'] == 0 or stats['cuts'] / stats['loops'] < 0.5
    body = prefix + btxt * reps
    if can_cut and want_cut:
        c = rng.randint(3, min(fd, len(first) - 1))
        body += first[:c]
        stats['cuts'] += 1
    else:
        body = body.rstrip('\n')
    stats['loops'] += 1
    rows.append(dict(base, variant='loop', solution=body, final=None,
                     span=[len(prefix), len(prefix) + len(first)], repeats=reps, period_lines=len(block)))
    return rows


def generate(seed):
    out = []
    seen = set()
    stats = {'loops': 0, 'cuts': 0}
    for ti, tf in enumerate(T):
        tname = tf.__name__
        for j in range(SETS_PER_TEMPLATE):
            style = STYLES[(ti + j) % len(STYLES)]
            rows = None
            for attempt in range(400):
                s = '%s|%s|%d|%d' % (seed, tname, j, attempt)
                r = random.Random(s)
                pf = ProblemFmt(r, '24h' in tname)
                try:
                    spec = tf(r, pf)
                    if spec is None:
                        continue
                    spec['problem'] = AMDOT.sub(r'\1', spec['problem'])
                    if spec['problem'] in seen:
                        continue
                    spec['_pf'] = pf
                    rows = make_variants(tname, spec, style, s, random.Random(s + ':var'), stats)
                except Invalid:
                    continue
                seen.add(spec['problem'])
                break
            if rows is None:
                raise SystemExit('could not build %s #%d' % (tname, j))
            pid = '%s-%d' % (tname, j)
            for row in rows:
                row = dict(pid=pid, **row)
                out.append(row)
    return out


ORDER = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right',
         'step', 'kind', 'correct_final', 'repeats', 'period_lines']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='eval31')
    a = ap.parse_args()
    rows = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for row in rows:
            o = {k: row[k] for k in ORDER if k in row}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
