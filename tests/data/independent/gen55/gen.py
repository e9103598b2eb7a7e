#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions for school-level counting and
combinatorics problems, in four variants per problem: correct, slip, carry, loop.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED."""
import argparse
import json
import os
import sys
from random import Random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Ctx, Invalid, STYLES, notation, S1, S2  # noqa: E402
from kinds import KINDS  # noqa: E402
from mexpr import ev  # noqa: E402

N_SETS = 4
BLANK_BEFORE_FINAL = {'gpt_md', 'llama_steps', 'claude_bold', 'mistral_list', 'qwen_latex', 'table', 'chatty'}


# ------------------------------------------------------------------ wrong values
def _digits_variants(right):
    s = str(right)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != '0':
                out.append(('digit_swap', int(t)))
    if len(s) >= 2:
        for i in range(len(s)):
            t = s[:i] + s[i + 1:]
            if t and t[0] != '0':
                out.append(('digit_drop', int(t)))
    for i in range(len(s)):
        t = s[:i] + s[i] + s[i:]
        out.append(('digit_double', int(t)))
    return out


def _wrong_op(exprs):
    e = exprs[-1]
    t = e[0]
    out = []
    try:
        if t == 'mul' and len(e[1]) == 2:
            a, b = ev(e[1][0]), ev(e[1][1])
            out.append(('wrong_op', a + b))
        elif t == 'add':
            terms = e[1]
            if len(terms) >= 2:
                sign, x = terms[-1]
                flipped = terms[:-1] + [('-' if sign == '+' else '+', x)]
                out.append(('wrong_op', ev(('add', flipped))))
        elif t == 'div':
            a, b = ev(e[1]), ev(e[2])
            out.append(('wrong_op', a * b))
            out.append(('wrong_op', a - b))
        elif t == 'pow':
            out.append(('wrong_op', ev(e[1]) * ev(e[2])))
    except Exception:
        return []
    return [(k, int(v)) for k, v in out if v.denominator == 1]


def _table_slip(exprs):
    e = exprs[-1]
    out = []
    if e[0] == 'mul' and len(e[1]) == 2:
        a, b = int(ev(e[1][0])), int(ev(e[1][1]))
        r = a * b
        for d in (a, b):
            if 2 <= d <= 12:
                out.append(('times_table', r + d))
                out.append(('times_table', r - d))
    return out


def wrong_candidates(right, exprs):
    c = {}
    c['off_by_one'] = [('off_by_one', right + 1), ('off_by_one', right - 1)] if right >= 3 else [('off_by_one', right + 1)]
    if right >= 20:
        c['off_by_ten'] = [('off_by_ten', right + 10), ('off_by_ten', right - 10)]
    dv = _digits_variants(right)
    for k in ('digit_swap', 'digit_drop', 'digit_double'):
        L = [x for x in dv if x[0] == k]
        if L:
            c[k] = L
    wo = _wrong_op(exprs)
    if wo:
        c['wrong_op'] = wo
    ts = _table_slip(exprs)
    if ts:
        c['times_table'] = ts
    for k in list(c):
        c[k] = [(kk, v) for kk, v in c[k] if v >= 2 and v != right]
        if not c[k]:
            del c[k]
    return c


WEIGHTS = {'off_by_one': 5, 'off_by_ten': 3, 'digit_swap': 4, 'digit_drop': 2, 'digit_double': 1,
           'wrong_op': 2, 'times_table': 4}


def make_wrong_fn(rng):
    def fn(right, exprs):
        c = wrong_candidates(right, exprs)
        keys = sorted(c)
        tot = sum(WEIGHTS[k] for k in keys)
        x = rng.random() * tot
        for k in keys:
            x -= WEIGHTS[k]
            if x < 0:
                break
        kind, v = rng.choice(c[k])
        return v, kind
    return fn


# ------------------------------------------------------------------ running a solver
def run(kind, cx, p, pid, style_cls, mode='correct', fault_step=None, wrong_fn=None):
    nt = notation(style_cls.name, Random('nt|' + pid))
    ctx = Ctx(style_cls.name, nt, mode, fault_step, wrong_fn)
    kind.solve(ctx, cx, p, Random('method|' + pid))
    st = style_cls(Random('style|' + pid), nt)
    text = st.render(ctx.blocks)
    sep = '\n\n' if style_cls.name in BLANK_BEFORE_FINAL else '\n'
    text = text + sep + '#### %d' % ctx.final
    return ctx, text


def locate(text):
    """strip sentinels; return clean text and the [start, end) of the line holding the fault"""
    i = text.find(S1)
    clean = text.replace(S1, '').replace(S2, '')
    if i < 0:
        return clean, None
    start = clean.rfind('\n', 0, i) + 1
    end = clean.find('\n', i)
    if end < 0:
        end = len(clean)
    return clean, [start, end]


def make_loop(text, rng):
    body = text[:text.rindex('\n#### ')].rstrip('\n')
    lines = body.split('\n')
    n = len(lines)
    cands = []
    lo, hi = 1, n - 1
    if n <= 4:
        lo, hi = 0, n
    for end in range(lo, hi):
        for u in (1, 2, 3):
            st = end - u + 1
            if st < lo:
                continue
            unit = lines[st:end + 1]
            if not unit[0].strip() or not unit[-1].strip():
                continue
            if any(l.startswith('#### ') for l in unit):
                continue
            if unit[-1].strip() in ('\\[', '```', '|---|---|---|---|', '|---|---|---|') or unit[0].strip() in ('\\]', '```'):
                continue
            if unit[0].startswith('|---'):
                continue
            w = 3 if any('=' in l for l in unit) else 1
            cands.append((st, end, w))
    tot = sum(w for _, _, w in cands)
    x = rng.random() * tot
    for st, end, w in cands:
        x -= w
        if x < 0:
            break
    unit = '\n'.join(lines[st:end + 1]) + '\n'
    prefix = '\n'.join(lines[:end + 1]) + '\n'
    reps = rng.randint(8, 30)
    out = prefix + unit * (reps - 1)
    span = [len(prefix), len(prefix) + len(unit)]
    if rng.random() < 0.5:
        # the stream is cut off inside one more copy, before anything numeric
        cut = 0
        for j, ch in enumerate(unit):
            if ch.isdigit() or ch in '=\\$':
                break
            if ch == ' ':
                cut = j
        if cut > 3:
            out += unit[:cut]
    return out, span, reps


def build():
    rows = []
    gi = 0
    for kind in KINDS:
        for ci, cx in enumerate(kind.contexts):
            template = '%s-%d' % (kind.name, ci)
            prng = Random('params|' + template)
            sets, seen = [], set()
            guard = 0
            while len(sets) < N_SETS:
                guard += 1
                assert guard < 500, template
                p = kind.params(prng, cx)
                k = kind.key(p)
                if k in seen:
                    continue
                seen.add(k)
                sets.append(p)
            for si, p in enumerate(sets):
                pid = '%s-%d-%d' % (kind.name, ci, si)
                style_cls = STYLES[gi % len(STYLES)]
                gi += 1
                problem = kind.problem(cx, p)
                ctx0, t0 = run(kind, cx, p, pid, style_cls)
                correct, sp = locate(t0)
                assert sp is None
                final = ctx0.final
                base = dict(pid=pid, template=template, style=style_cls.name, problem=problem)
                rows.append(dict(base, variant='correct', solution=correct, final=str(final)))
                elig = [i + 1 for i, c in enumerate(ctx0.calcs) if c.faultable and c.role == 'main']
                assert elig, pid
                # ---- slip
                frng = Random('slip|' + pid)
                step = frng.choice(elig)
                ctx1, t1 = run(kind, cx, p, pid, style_cls, 'slip', step, make_wrong_fn(frng))
                assert ctx1.final == final
                sol1, sp1 = locate(t1)
                fi = ctx1.fault_info
                rows.append(dict(base, variant='slip', solution=sol1, final=str(final), span=sp1,
                                 wrong=str(fi['wrong']), right=str(fi['right']), step=fi['step'], kind=fi['kind']))
                # ---- carry
                crng = Random('carry|' + pid)
                order = list(elig)
                crng.shuffle(order)
                # prefer earlier steps a little less than uniform: keep shuffled order
                done = None
                for step in order:
                    for attempt in range(8):
                        wrng = Random('carry|%s|%d|%d' % (pid, step, attempt))
                        try:
                            ctx2, t2 = run(kind, cx, p, pid, style_cls, 'carry', step, make_wrong_fn(wrng))
                        except (Invalid, ValueError, ZeroDivisionError):
                            continue
                        if ctx2.final != final and ctx2.final > 0:
                            done = (ctx2, t2)
                            break
                    if done:
                        break
                assert done, 'no carry for ' + pid
                ctx2, t2 = done
                sol2, sp2 = locate(t2)
                fi = ctx2.fault_info
                rows.append(dict(base, variant='carry', solution=sol2, final=str(final), span=sp2,
                                 wrong=str(fi['wrong']), right=str(fi['right']), step=fi['step'], kind=fi['kind']))
                # ---- loop
                lt, lsp, reps = make_loop(correct, Random('loop|' + pid))
                rows.append(dict(base, variant='loop', solution=lt, final=str(final), span=lsp, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = build()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
