#!/usr/bin/env python3
"""Generate the travel-and-trips held-out set of worked solutions.

python3 gen.py --out set.jsonl
Deterministic: string-seeded random.Random only, no set iteration, no time/pid.
"""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Sol, Invalid, Q, final_str, plain_str, SLIP_KINDS_NUM  # noqa: E402
from render import RENDER, STYLES, style_options, MARK, Opt, fmt_q  # noqa: E402
from structs import STRUCTS, T  # noqa: E402

NSETS = 4


def strip_markers(text):
    out = []
    pos = {}
    i = 0
    while i < len(text):
        c = text[i]
        if c == MARK:
            j = text.index('\x02', i)
            idx = int(text[i + 1:j])
            pos.setdefault(idx, len(''.join(out)))
            i = j + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out), pos


def line_span(text, p):
    a = text.rfind('\n', 0, p) + 1
    b = text.find('\n', p)
    if b < 0:
        b = len(text)
    return [a, b]


def render(style, P, sol, o, seed):
    rng = random.Random(seed)
    fin = final_str(sol.final_q)
    P = dict(P, final=fin)
    body = RENDER[style](P, sol, o, rng)
    text = body.rstrip() + "\n\n#### " + fin
    return strip_markers(text)


def kinds_for(st, o):
    q = st.res
    if st.divmod:
        return ['off_by_one']
    if q.kind == 'clock':
        k = ['hour_off', 'minutes_off', 'transposed_digits']
        if o.h12:
            k.append('am_pm')
        return k
    if q.kind == 'dur':
        return ['hour_off', 'minutes_off', 'transposed_digits']
    k = list(SLIP_KINDS_NUM)
    if q.signed and st.right < 0:
        k += ['sign_dropped', 'sign_dropped']
    return k


def problem_text(st, j, p, o):
    to = {'h12': o.h12, 'dur_fmt': 2 if o.dur_fmt == 2 else 0, 'per_word': o.per_word,
          'us_spelling': o.us_spelling}
    d = {}
    for k, v in p.items():
        if isinstance(v, Q):
            q = v.like(v.v)
            q.per = None
            if q.kind == 'num' and q.unit in ('days', 'nights', 'people', 'rides', 'h'):
                q.unit = ''
            tt = dict(to, long_units=(q.unit == 'mi'))
            d[k] = T(q, tt)
        else:
            d[k] = v
    txt = st['texts'][j].format(**d)
    txt = re.sub(r'\b([Aa]) (?=8|11(?![\d.]*\d{2,3}\b)|18(?![\d.]*\d{2,3}\b))', r'\1n ', txt)
    return txt


def build(st, p, fault=None, rng=None, ref=None):
    S = Sol(fault=fault, rng=rng, ref=ref)
    st['build'](S, p)
    return S


def make_loop(clean, pos, steps, rng):
    lines_starts = [0] + [i + 1 for i, c in enumerate(clean) if c == '\n']
    # candidate step lines (not the last step, so the loop starts mid-solution, sometimes last)
    idxs = sorted(pos)
    k = rng.choice(idxs[:-1] if len(idxs) > 1 and rng.random() < 0.8 else idxs)
    a, b = line_span(clean, pos[k])
    nl = b + 1 if b < len(clean) else b
    repeats = rng.randrange(8, 31)
    if rng.random() < 0.6:
        # repeat a block of 1-3 existing non-empty lines ending with the step line
        u = rng.choice([1, 1, 2, 2, 3])
        start = a
        got = 1
        while got < u:
            prev_end = start - 1
            if prev_end <= 0:
                break
            ps = clean.rfind('\n', 0, prev_end) + 1
            if clean[ps:prev_end].strip() == '':
                # blank line: include it, keep looking
                start = ps
                continue
            if clean[ps:prev_end].startswith('|---') or clean[ps:prev_end].startswith('|--'):
                break
            start = ps
            got += 1
        # include trailing blank lines up to the next non-empty line
        end = nl
        while end < len(clean) and clean[end] == '\n':
            end += 1
        unit = clean[start:end]
        if not unit.endswith('\n'):
            unit += '\n'
        prefix = clean[:start]
    else:
        line = clean[a:b]
        lead = rng.choice(["Wait, let me double-check that.", "Let me recompute this step.",
                           "Hmm, let me verify:", "Let me re-check the calculation:",
                           "Actually, let me recalculate."])
        sep = '\n\n' if clean[b:b + 2] == '\n\n' else '\n'
        unit = lead + sep + line + sep
        prefix = clean[:b] + sep
    text = prefix + unit * repeats
    text = text.rstrip('\n')
    span = [len(prefix) + len(unit), len(prefix) + 2 * len(unit)]
    return text, span, repeats


def generate():
    rows = []
    counter = 0
    for st in STRUCTS:
        for j in range(len(st['texts'])):
            for s in range(NSETS):
                seed = f"{st['name']}|{j}|{s}"
                r = random.Random(seed + '|params')
                p = st['params'](r)
                style = STYLES[counter % len(STYLES)]
                counter += 1
                o = style_options(style, random.Random(seed + '|opts'), us=bool(p.get('h12')) and st['us'])
                if not (p.get('h12') and st['us']):
                    o.h12 = False
                S0 = build(st, p)
                fin = final_str(S0.final_q)
                P = {'final': fin}
                pid = f"{st['name']}-{j + 1}-{s + 1}"
                base = dict(pid=pid, template=f"{st['name']}-{j + 1}", style=style,
                            problem=problem_text(st, j, p, o))
                rseed = seed + '|render'
                clean, pos = render(style, P, S0, o, rseed)
                rows.append(dict(base, variant='correct', solution=clean, final=fin))
                steps = [x for k, x in S0.items if k == 'step']
                # slip and carry
                for mode in ('slip', 'carry'):
                    fr_ = random.Random(seed + '|' + mode)
                    cands = [(stp.idx, kd) for stp in steps for kd in kinds_for(stp, o)]
                    fr_.shuffle(cands)
                    if mode == 'carry':
                        # prefer faults early enough to be carried
                        cands.sort(key=lambda c: 0 if c[0] < len(steps) else 1)
                    done = False
                    for (k, kd) in cands:
                        try:
                            S1 = build(st, p, fault=(k, mode, kd),
                                       rng=random.Random(f"{seed}|{mode}|{k}|{kd}"), ref=S0.results)
                        except (Invalid, ZeroDivisionError):
                            continue
                        f1 = final_str(S1.final_q)
                        if mode == 'carry' and f1 == fin:
                            continue
                        if mode == 'slip' and f1 != fin:
                            continue
                        txt, pos1 = render(style, P, S1, o, rseed)
                        span = line_span(txt, pos1[k])
                        like = S1.fault_like
                        rows.append(dict(base, variant=mode, solution=txt, final=fin, span=span,
                                         wrong=plain_str(like, S1.wrong), right=plain_str(like, S1.right),
                                         step=k, kind=kd))
                        done = True
                        break
                    if not done:
                        raise SystemExit(f"could not place {mode} fault in {pid}")
                # loop
                lr = random.Random(seed + '|loop')
                text, span, reps = make_loop(clean[:clean.rindex('\n\n#### ')], pos, steps, lr)
                rows.append(dict(base, variant='loop', solution=text, final=fin, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = generate()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == '__main__':
    main()
