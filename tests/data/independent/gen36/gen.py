#!/usr/bin/env python3
"""Generate the statistics / probability word-problem evaluation set.

usage: python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
from fractions import Fraction as Fr

from core import Def, ndec, rhu, is_term, NotShown, fnum, parse_num
from styles import STYLES, render, assemble, START, END, final_plain
from kinds_a import KINDS_A
from kinds_b import KINDS_B

KINDS = KINDS_A + KINDS_B
PHRASINGS = 4
NUMBER_SETS = 4


# ---------------------------------------------------------------- wrong values
def text_of(c, v):
    x = Fr(v) * c.fmt.scale
    if c.fmt.money:
        return fnum(x, 2, keep=True)
    return fnum(x)


def wrong_candidates(kind, c, env, rng):
    v = env.sh[c.name]
    ex = env.ex[c.name]
    sc = c.fmt.scale
    x = v * sc
    try:
        t = text_of(c, v)
    except Exception:
        return []
    out = []
    if c.fmt.frac:
        return []
    if kind == 'off_by_one':
        if x.denominator != 1 and x < 10:
            return []
        out = [x + 1, x - 1]
    elif kind == 'tens_slip':
        if x >= 20:
            out = [x + 10, x - 10]
    elif kind == 'digit_swap':
        for i in range(len(t) - 1):
            a, b = t[i], t[i + 1]
            if a.isdigit() and b.isdigit() and a != b:
                s = t[:i] + b + a + t[i + 2:]
                if s[0] == '0' and len(s.split('.')[0]) > 1:
                    continue
                out.append(parse_num(s))
    elif kind == 'dropped_digit':
        ip = t.split('.')[0]
        for i in range(len(t)):
            if not t[i].isdigit():
                continue
            s = t[:i] + t[i + 1:]
            if not s or s.startswith('.') or s.endswith('.'):
                continue
            if s[0] == '0' and len(s.split('.')[0]) > 1:
                continue
            if len(ip) == 1 and i == 0:
                continue
            out.append(parse_num(s))
    elif kind == 'last_digit':
        k = ndec(x)
        if c.fmt.money:
            k = 2
        if k == 0:
            return []
        out = [x + Fr(1, 10 ** k), x - Fr(1, 10 ** k)]
    elif kind == 'decimal_shift':
        if ndec(x) > 0 or c.fmt.pct or x < 10:
            out = [x * 10, x / 10]
    elif kind == 'wrong_rounding':
        if not env.approx(c.name) or c.fmt.d is None:
            return []
        step = Fr(1, 10 ** c.fmt.d)
        out = [x - step] if x > ex * sc else [x + step]
    elif kind == 'wrong_op':
        if c.alt is None:
            return []
        try:
            w = Fr(c.alt(env.sh))
            out = [c.fmt.shown(w) * sc]
        except NotShown:
            return []
    elif kind == 'wrong_middle':
        if c.mids is None:
            return []
        out = [Fr(m) * sc for m in c.mids(env.sh)]
    res = []
    for wx in out:
        wx = Fr(wx)
        if wx < 0 or wx == x:
            continue
        if not is_term(wx, 6):
            continue
        if c.fmt.money and not is_term(wx, 2):
            continue
        if c.fmt.d is not None and ndec(wx) > max(c.fmt.d, ndec(x)):
            continue
        if c.fmt.d is None and ndec(wx) > max(ndec(x), 4):
            continue
        # a value that happens to be a correct rounding of the exact value would not be an error
        if rhu(ex * sc, ndec(wx)) == wx:
            continue
        w = wx / sc
        try:
            if text_of(c, w) == t:
                continue
        except Exception:
            continue
        res.append(w)
    rng.shuffle(res)
    return res


# ---------------------------------------------------------------- helpers
def find_mark(text):
    i = text.index(START)
    j = text.index(END)
    assert text.count(START) == 1 and text.count(END) == 1
    tok = text[i + 1:j]
    clean = text.replace(START, '').replace(END, '')
    ls = clean.rfind('\n', 0, i) + 1
    le = clean.find('\n', i)
    if le < 0:
        le = len(clean)
    return clean, (ls, le), tok, i


def def_steps(spec):
    where = {}
    for i, st in enumerate(spec.steps):
        for nm in st.defs():
            assert nm not in where, ('double Def', nm)
            where[nm] = i
    return where


def solution(spec, style, env, pid, **kw):
    blocks = render(spec, style, env, pid, **kw)
    return blocks, assemble(blocks)


class Fail(Exception):
    pass


def make_slip(spec, style, env, pid, rng, where, last_step):
    g = spec.g
    names = [c.name for c in g.cqs if c.kinds and c.name in where and where[c.name] < last_step]
    rng.shuffle(names)
    # rounding slips are what this genre is about: try a rounded intermediate first when there is one
    if rng.random() < 0.6:
        names.sort(key=lambda nm: 0 if (env.approx(nm) and 'wrong_rounding' in g.by[nm].kinds) else 1)
    for nm in names:
        c = g.by[nm]
        kinds = list(c.kinds)
        rng.shuffle(kinds)
        if env.approx(nm) and 'wrong_rounding' in kinds and rng.random() < 0.7:
            kinds.remove('wrong_rounding')
            kinds.insert(0, 'wrong_rounding')
        for kd in kinds:
            for w in wrong_candidates(kd, c, env, rng)[:3]:
                try:
                    _, raw = solution(spec, style, env, pid, target=nm, wrong=w)
                    _, rawc = solution(spec, style, env, pid, target=nm)
                except (AssertionError, NotShown, ValueError, ZeroDivisionError):
                    continue
                text, span, tok, pos = find_mark(raw)
                ctext, cspan, ctok, cpos = find_mark(rawc)
                assert pos == cpos
                return dict(solution=text, span=list(span), wrong=tok, right=ctok, step=where[nm] + 1, kind=kd,
                            final=final_plain(spec, env), target=nm)
    raise Fail('no slip for %s' % pid)


def make_carry(spec, style, env, pid, rng, where, correct_final):
    g = spec.g
    names = [c.name for c in g.cqs if c.kinds and c.name in where]
    rng.shuffle(names)
    for nm in names:
        c = g.by[nm]
        kinds = list(c.kinds)
        rng.shuffle(kinds)
        for kd in kinds:
            for w in wrong_candidates(kd, c, env, rng)[:3]:
                try:
                    envc = g.run(over={nm: w}, forced={nm: env.approx(nm)})
                    if any(v < 0 for v in envc.sh.values()):
                        continue
                    if spec.valid and not spec.valid(envc):
                        continue
                    fin = final_plain(spec, envc)
                    if fin == correct_final:
                        continue
                    _, raw = solution(spec, style, envc, pid, target=nm, carry=True)
                    _, rawc = solution(spec, style, env, pid, target=nm)
                except (AssertionError, NotShown, ValueError, ZeroDivisionError, KeyError):
                    continue
                text, span, tok, pos = find_mark(raw)
                ctext, cspan, ctok, cpos = find_mark(rawc)
                if pos != cpos or text[:span[0]] != ctext[:cspan[0]]:
                    continue
                return dict(solution=text, span=list(span), wrong=tok, right=ctok, step=where[nm] + 1, kind=kd,
                            final=fin, correct_final=correct_final, target=nm)
    raise Fail('no carry for %s' % pid)


def make_loop(blocks, rng, final_step):
    idx = [i for i, b in enumerate(blocks) if b.kind == 'step' and b.step is not None and b.step < final_step]
    if not idx:
        raise Fail('no loop point')
    j = rng.choice(idx)
    want_cut = rng.random() < 0.58
    opts = [1, 2] if rng.random() < 0.5 else [2, 1]
    choice = None
    for k in opts:
        if k == 2 and not (j - 1 >= 0 and blocks[j - 1].kind == 'step'):
            continue
        win = blocks[j - k + 1:j + 1]
        first = win[0].lines[0]
        p = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
        ok_cut = p >= 5
        if choice is None:
            choice = (k, win, ok_cut, p)
        if want_cut and ok_cut:
            choice = (k, win, ok_cut, p)
            break
        if not want_cut:
            break
    k, win, ok_cut, p = choice
    copy = '\n'.join(win[0].lines)
    for b in win[1:]:
        copy += b.sep + '\n'.join(b.lines)
    sep = win[0].sep
    head = assemble(blocks[:j + 1])
    reps = rng.randint(15, 25)
    text = head
    start = len(head) + len(sep)
    for _ in range(reps):
        text += sep + copy
    cut = None
    if want_cut and ok_cut:
        first = win[0].lines[0]
        L = rng.randint(4, min(p, len(first) - 1))
        cut = first[:L].rstrip()
        if cut and not any(ch.isdigit() for ch in cut):
            text += sep + cut
        else:
            cut = None
    first_line = win[0].lines[0]
    span = [start, start + len(first_line)]
    period = copy.count('\n') + 1 + (sep.count('\n') - 1)
    return dict(solution=text, span=span, repeats=reps, period_lines=period, cut=cut is not None)


def build(seed):
    keys = []
    for kname, fn in KINDS:
        for ph in range(PHRASINGS):
            for k in range(NUMBER_SETS):
                keys.append((kname, fn, ph, k))
    srng = random.Random('styles|%s' % seed)
    order = list(range(len(keys)))
    srng.shuffle(order)
    style_of = {}
    for r, i in enumerate(order):
        style_of[i] = STYLES[r % len(STYLES)]
    rows = []
    for i, (kname, fn, ph, k) in enumerate(keys):
        style = style_of[i]
        pid = '%s-%d-%d' % (kname, ph, k)
        for attempt in range(20):
            rng = random.Random('%s|%s|%d|%d|%d' % (seed, kname, ph, k, attempt))
            try:
                spec = fn(rng, ph)
            except RuntimeError:
                continue
            env = spec.g.run()
            where = def_steps(spec)
            last_step = where[spec.final]
            blocks, text = solution(spec, style, env, pid)
            fin = final_plain(spec, env)
            vr = random.Random('variants|%s|%s' % (seed, pid))
            try:
                slip = make_slip(spec, style, env, pid, vr, where, last_step)
                carry = make_carry(spec, style, env, pid, vr, where, fin)
                loop = make_loop(blocks, vr, last_step)
            except Fail:
                continue
            break
        else:
            raise RuntimeError('could not build %s' % pid)
        assert slip['solution'] != text
        base = dict(pid=pid, template='%s/%d' % (kname, ph), style=style, problem=spec.problem)
        rows.append(dict(base, variant='correct', solution=text, final=fin))
        rows.append(dict(base, variant='slip', solution=slip['solution'], final=fin, span=slip['span'],
                         wrong=slip['wrong'], right=slip['right'], step=slip['step'], kind=slip['kind']))
        rows.append(dict(base, variant='carry', solution=carry['solution'], final=carry['final'], span=carry['span'],
                         wrong=carry['wrong'], right=carry['right'], step=carry['step'], kind=carry['kind'],
                         correct_final=carry['correct_final']))
        rows.append(dict(base, variant='loop', solution=loop['solution'], final=None, span=loop['span'],
                         repeats=loop['repeats'], period_lines=loop['period_lines']))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='mcrgen-stats-v1')
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
