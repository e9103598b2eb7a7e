#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every rendered computation it can find in each solution line (symbolic, worded, LaTeX,
table cells, percent-of, unit conversions) and re-evaluates it exactly with fractions.
A written result is accepted when it equals the exact value rounded at the written precision.
"""
import json
import re
import sys
from fractions import Fraction

NUM = r'\d+(?:\.\d+)?'
TERM = r'\(*\s*' + NUM + r'\s*\)*'
EXPR = TERM + r'(?:\s*[-+*/]\s*' + TERM + r')+'
COMP = re.compile(r'(?<![\w.])(' + EXPR + r')\s*=\s*(' + NUM + r')(?!\.?\d)(?!\s*[-+*/]\s*[\d(])')
UNITS = {'µL': ('v', Fraction(1, 10 ** 6)), 'mL': ('v', Fraction(1, 1000)), 'L': ('v', Fraction(1)),
         'mg': ('m', Fraction(1, 1000)), 'g': ('m', Fraction(1)), 'kg': ('m', Fraction(1000)),
         'mmol': ('n', Fraction(1, 1000)), 'mol': ('n', Fraction(1)), 'mM': ('c', Fraction(1, 1000)),
         'M': ('c', Fraction(1))}
CONV = re.compile(r'(?<![\w.])(' + NUM + r')\s*(µL|mL|L|mg|kg|g|mmol|mol|mM|M)(?![\w/])\s*=\s*(' + NUM +
                  r')\s*(µL|mL|L|mg|kg|g|mmol|mol|mM|M)(?![\w/])')
STRIP = re.compile(r'(?<![\w])(g/mol|mol/L|mg/mL|g/mL|mg/L|g/L|w/v|v/v|w/w|µL|mL|mmol|mol|mg|kg|g|L|mM|M|ppm)(?![\w/])')


def latex(s):
    s = s.replace('\\(', ' ').replace('\\)', ' ').replace('\\[', ' ').replace('\\]', ' ')
    s = s.replace('\\text{ of }', ' of ')
    s = re.sub(r'\\text\{\s*([^{}]*)\}', r' \1', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1)/(\2)', s)
        s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = s.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '·').replace('\\approx', '≈')
    s = s.replace('\\%', '%').replace('\\$', '$')
    s = re.sub(r'([A-Za-z])_(\d)', r'\1\2', s)
    return s


def norm(line):
    s = latex(line)
    s = re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '', s)
    return s


def dec(d):
    return len(d.split('.')[1]) if '.' in d else 0


def ok(true, disp):
    return abs(true - Fraction(disp)) <= Fraction(1, 2 * 10 ** dec(disp))


def comps(line):
    """Yield (written, ok) for each computation found in the line."""
    out = []
    s = norm(line)
    for m in CONV.finditer(s):
        before = s[:m.start()].rstrip()
        if re.search(r'[\d)]\s*[×*/÷+−x·-]$', before) or before.endswith(' of'):
            continue
        (a, ua, b, ub) = m.groups()
        if ua == ub or UNITS[ua][0] != UNITS[ub][0]:
            continue
        true = Fraction(a) * UNITS[ua][1] / UNITS[ub][1]
        out.append((b, ok(true, b)))
    s = s.replace('$', '')
    s = re.sub(r'(' + NUM + r')\s*%\s*(?:of|×|\*|x)\s', r'(\1/100)* ', s)
    s = s.replace('%', ' ')
    s = STRIP.sub(' ', s)
    s = re.sub(r'\bdivided by\b', '/', s)
    s = re.sub(r'\btimes\b', '*', s)
    s = re.sub(r'\bplus\b', '+', s)
    s = re.sub(r'\bminus\b', '-', s)
    s = re.sub(r'(?<=[\d)])\s*x\s*(?=[\d(])', ' * ', s)
    s = s.replace('×', '*').replace('·', '*').replace('÷', '/').replace('−', '-')
    s = re.sub(r'\s(is|gives|equals)\s', ' = ', s)
    s = s.replace('≈', '=')
    for m in COMP.finditer(s):
        e, r = m.group(1), m.group(2)
        # balance parentheses
        while e.count('(') > e.count(')') and e.lstrip().startswith('('):
            e = e.lstrip()[1:]
        while e.count(')') > e.count('(') and e.rstrip().endswith(')'):
            e = e.rstrip()[:-1]
        if e.count('(') != e.count(')'):
            raise AssertionError('unbalanced: %r in %r' % (e, line))
        py = re.sub(NUM, lambda k: "Fraction('%s')" % k.group(0), e)
        true = eval(py, {'Fraction': Fraction})
        out.append((r, ok(true, r)))
    return out


def lines_with_offsets(text):
    pos = 0
    for ln in text.split('\n'):
        yield pos, pos + len(ln), ln
        pos += len(ln) + 1


def final_of(text):
    m = re.search(r'^#### (.+)$', text, re.M)
    return m.group(1).strip() if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(x) for x in open(path, encoding='utf-8')]
    seen = set()
    counts = {}
    ncomp = 0
    for r in rows:
        key = (r['pid'], r['variant'])
        assert key not in seen, key
        seen.add(key)
        counts[r['variant']] = counts.get(r['variant'], 0) + 1
        sol = r['solution']
        bad = []
        total = 0
        for a, b, ln in lines_with_offsets(sol):
            for w, good in comps(ln):
                total += 1
                if not good:
                    bad.append((a, b, w, ln))
        ncomp += total
        v = r['variant']
        ctx = '%s %s' % key
        assert total >= 1, ctx + ' no computations found'
        if v == 'correct':
            assert not bad, (ctx, bad)
            assert final_of(sol) == r['final'], ctx
            assert Fraction(r['final']) > 0
        elif v in ('slip', 'carry'):
            assert len(bad) == 1, (ctx, bad)
            a, b, w, ln = bad[0]
            assert [a, b] == r['span'], (ctx, bad, r['span'])
            assert w.replace(',', '') == r['wrong'], (ctx, w, r['wrong'])
            assert r['wrong'] != r['right']
            assert isinstance(r['step'], int) and r['step'] >= 1
            f = final_of(sol)
            if v == 'slip':
                assert f == r['final'], ctx
            else:
                assert f is not None and Fraction(f) != Fraction(r['final']), ctx
                # the wrong final must be produced by a written computation/restatement after the fault
                tail = sol[b:]
                assert f in tail.replace(',', '').split('####')[0] or f == r['wrong'] or \
                    r['wrong'] in sol[a:b], ctx
        elif v == 'loop':
            assert '####' not in sol, ctx
            s0, s1 = r['span']
            unit = sol[s0:s1]
            assert unit.strip(), ctx
            n = r['repeats']
            assert 8 <= n <= 30, ctx
            first = s0 - len(unit) - 1
            assert first >= 0 and sol[first:s0 - 1] == unit and sol[s0 - 1] == '\n', ctx
            block = '\n'.join([unit] * n)
            assert sol[first:first + len(block)] == block, ctx
            assert sol[first + len(block):first + len(block) + len(unit) + 1] != '\n' + unit, ctx + ' more copies than repeats'
            assert not bad, (ctx, bad)
        else:
            raise AssertionError(v)
    pids = {r['pid'] for r in rows}
    for p in pids:
        for v in ('correct', 'slip', 'carry', 'loop'):
            assert (p, v) in seen, (p, v)
    print('rows per variant:', counts, 'computations re-checked:', ncomp)
    print('PASS')


if __name__ == '__main__':
    main()
