#!/usr/bin/env python3
"""Generate the reasoning-model worked-solution evaluation set (eval50).

python3 gen.py --out OUT.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import evaluate, fault_candidates, clean_ok, plain, fv  # noqa: E402
from render import View, MARK  # noqa: E402
from structs import STRUCTS  # noqa: E402
from styles import STYLES, render  # noqa: E402

SETS = 4
PHRASINGS = 4

KIND_W = {'off_by_one': 3, 'off_by_ten': 3, 'digit_swap': 3, 'digit_drop': 1.5, 'digit_double': 1.5,
          'decimal_shift': 1.5, 'wrong_op': 1.5, 'dropped_term': 1, 'sign_drop': 4, 'cents_slip': 2}


def R(*p):
    return random.Random('|'.join(str(x) for x in p))


def build_problems():
    probs = []
    for s in STRUCTS:
        name = s.__name__
        for ph in range(PHRASINGS):
            seen = []
            for k in range(SETS):
                salt = 0
                while True:
                    d = s(R(name, ph, k, salt))
                    text = d['texts'][ph]
                    if text not in seen:
                        break
                    salt += 1
                seen.append(text)
                d['text'] = text
                d['name'] = name
                d['ph'] = ph
                d['pid'] = '%s-%d-%d' % (name, ph, k)
                d['template'] = '%s/%d' % (name, ph)
                probs.append(d)
    order = list(range(len(probs)))
    R('style-assignment').shuffle(order)
    for pos, idx in enumerate(order):
        probs[idx]['style'] = STYLES[pos % len(STYLES)]
    return probs


def choose_fault(prob, mode, rng):
    """returns (step index, kind, wrong value, where) for mode slip/carry"""
    steps = prob['steps']
    true = evaluate(steps)
    idxs = [i for i, st in enumerate(steps) if st.faultable]
    has_sum = prob['style'] != 'qwq'
    if mode == 'slip':
        where = 'summary' if (has_sum and rng.random() < 0.3) else 'thinking'
    else:
        where = 'summary' if (has_sum and rng.random() < 0.15) else 'thinking'
    order = idxs[:]
    rng.shuffle(order)
    if mode == 'carry':
        # prefer steps whose result feeds later steps
        early = [i for i in order if i < len(steps) - 1]
        late = [i for i in order if i == len(steps) - 1]
        order = (early + late) if rng.random() < 0.8 else order
    for i in order:
        st = steps[i]
        ops, right = true[i]
        cands = fault_candidates(st, ops, right, R(prob['pid'], mode, 'cand', i))
        # weighted order of kinds
        pool = list(cands)
        ordered = []
        while pool:
            ws = [KIND_W.get(k, 1) for k, _ in pool]
            t = rng.random() * sum(ws)
            acc = 0
            for j, w in enumerate(ws):
                acc += w
                if t <= acc:
                    break
            ordered.append(pool.pop(j))
        for kind, wv in ordered:
            if mode == 'carry':
                car = evaluate(steps, (i, wv))
                ok = all(clean_ok(true[j][1], car[j][1], steps[j].unit) for j in range(len(steps)))
                if not ok or car[-1][1] == true[-1][1]:
                    continue
            return i, kind, wv, where
    raise RuntimeError('no fault for %s' % prob['pid'])


NUM_RE = re.compile(r'[-−]?(?:\\\$|\$)?(?:[0-9]{1,3}(?:(?:,|\{,\})[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?:\\%|%)?')


def assemble(prob, TV, SV):
    return render(prob['style'], prob, TV, SV, prob['pid'])


def mark_span(text):
    assert text.count(MARK) == 1, text
    p = text.index(MARK)
    m = NUM_RE.match(text, p + 1)
    wrong = m.group(0)
    text = text[:p] + text[p + 1:]
    ls = text.rfind('\n', 0, p) + 1
    le = text.find('\n', p)
    if le < 0:
        le = len(text)
    return text, [ls, le], wrong


def fmt_like(wrong_s, value):
    """format value the way wrong_s is formatted"""
    latex = wrong_s.startswith('\\$') or '{,}' in wrong_s
    money = '$' in wrong_s
    pct = wrong_s.endswith('%')
    num = wrong_s.replace('\\$', '').replace('$', '').replace('\\%', '').replace('%', '')
    thou = '{,}' if '{,}' in num else (',' if ',' in num else None)
    from core import dec, group
    from fractions import Fraction as F
    places = len(num.split('.')[1]) if '.' in num else 0
    v = F(value)
    s = dec(abs(v), places if (money and places == 2) else 0)
    if thou is None:
        # same convention as the row: grouping only visible for >= 1000
        thou_guess = ''
        s = group(s, thou_guess)
    else:
        s = group(s, thou)
    if money:
        s = ('\\$' if latex else '$') + s
    if pct:
        s += '\\%' if latex else '%'
    if v < 0:
        s = '-' + s
    return s


def make_rows(prob):
    rows = []
    steps = prob['steps']
    true = evaluate(steps)
    final = plain(true[-1][1])
    base = dict(pid=prob['pid'], template=prob['template'], style=prob['style'], problem=prob['text'])

    # correct
    TV = View(prob, true)
    SV = View(prob, true)
    head, blocks, sep, tail, f, sf = assemble(prob, TV, SV)
    text = head + sep.join(blocks) + tail
    assert MARK not in text
    r = dict(base, variant='correct', solution=text, final=final)
    rows.append(r)
    correct_parts = (head, blocks, sep)

    # slip & carry
    for mode in ('slip', 'carry'):
        rng = R(prob['pid'], mode)
        i, kind, wv, where = choose_fault(prob, mode, rng)
        if mode == 'slip':
            bad = View(prob, true, shown_idx=i, shown_val=wv, mark=i, slip=True)
            good = View(prob, true)
            TV, SV = (bad, good) if where == 'thinking' else (good, bad)
        else:
            car = evaluate(steps, (i, wv))
            if where == 'thinking':
                TV = View(prob, car, mark=i)
                SV = View(prob, car)
            else:
                TV = View(prob, true)
                SV = View(prob, car, mark=i)
        head, blocks, sep, tail, f, sf = assemble(prob, TV, SV)
        text = head + sep.join(blocks) + tail
        text, span, wrong_s = mark_span(text)
        fp = f if where == 'thinking' else sf
        assert wrong_s == fv(wv, steps[i].unit, fp), (wrong_s, fv(wv, steps[i].unit, fp))
        right_s = fv(true[i][1], steps[i].unit, fp)
        row = dict(base, variant=mode, solution=text, final=final, span=span, wrong=wrong_s, right=right_s,
                   step=i + 1, kind='%s@%s' % (kind, where))
        rows.append(row)

    # loop
    rows.append(make_loop(prob, base, final, correct_parts, true))
    return rows


LOOP_INJECT = [
    "Wait, let me re-check {what}. {C}.",
    "Hmm, let me double-check {what} again. {C}. Yes.",
    "Wait, let me recompute {what} just to be sure. {C}.",
    "Let me verify once more: {C}.",
]


def make_loop(prob, base, final, parts, true):
    head, blocks, sep = parts
    rng = R(prob['pid'], 'loop')
    style = prob['style']
    # choose a cut block: after at least one step block, before the end of thinking
    nb = len(blocks)
    lo = 2 if nb > 3 else 1
    cut = rng.randrange(lo, nb - 1) if nb - 1 > lo else lo
    prefix_blocks = blocks[:cut + 1]
    n_copies = rng.randint(8, 30)
    mode = rng.random()
    prefix_text = head + sep.join(prefix_blocks)
    done = []
    if mode < 0.45 and style not in ('terse',):
        from styles import fmt_for as _ff
        _f = _ff(style, R(prob['pid'], 'fmt'), prob.get('algebra', False))
        for j, st in enumerate(prob['steps']):
            if (' ' + fv(true[j][1], st.unit, _f)) in prefix_text and j < len(prob['steps']) - 1:
                done.append(j)
    if mode < 0.45 and style not in ('terse',) and done:
        # inject a re-check paragraph built from correct values
        from render import Ctx
        from styles import fmt_for
        from core import Fmt
        TV = View(prob, true)
        f = fmt_for(style, R(prob['pid'], 'fmt'), prob.get('algebra', False))
        C = Ctx(TV, f, rng, prob)
        si = rng.choice(done)
        c = C.comp(si, R(prob['pid'], 'loopc'))
        unit = rng.choice(LOOP_INJECT).replace('{what}', prob['steps'][si].what).replace('{C}', c)
        if unit.endswith('..'):
            unit = unit[:-1]
        body = head + sep.join(prefix_blocks) + sep
        first_start = len(body)
        lsep = sep
    else:
        # repeat the last 1-3 lines already written
        last = prefix_blocks[-1]
        lines = last.split('\n')
        k = rng.randint(1, min(3, len(lines)))
        unit = '\n'.join(lines[-k:])
        if not unit.strip():
            unit = last
        prev = head + sep.join(prefix_blocks)
        body = prev[:len(prev) - len(unit)]
        first_start = len(body)
        lsep = sep if k == len(lines) else '\n'
        if style in ('gemini', 'o1') and '\n' in last:
            lsep = '\n'
    text = body + unit
    for _ in range(n_copies - 1):
        text += lsep + unit
    second = first_start + len(unit) + len(lsep)
    span = [second, second + len(unit)]
    if rng.random() < 0.5:
        # cut off mid-copy (token limit), but never inside a computation
        fd = min([i for i, ch in enumerate(unit) if ch.isdigit()] or [len(unit)])
        spaces = [i for i, ch in enumerate(unit[:fd]) if ch == ' ' and i >= 4]
        if spaces:
            text += lsep + unit[:rng.choice(spaces)]
    assert text[span[0]:span[1]] == unit
    return dict(base, variant='loop', solution=text, final=final, span=span, repeats=n_copies)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(HERE, 'set.jsonl'))
    a = ap.parse_args()
    probs = build_problems()
    pids = [p['pid'] for p in probs]
    assert len(pids) == len(set(pids))
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for p in probs:
            for row in make_rows(p):
                fh.write(json.dumps(row, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
