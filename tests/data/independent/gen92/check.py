#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py).

It re-reads every rendered computation it can find in a solution (``expr = value``, ``expr is value``,
``expr ≈ value``, ``a ÷ b = q remainder r`` and markdown table rows ``| expr | value |``), re-evaluates it,
and asserts the row-level contract of each variant.  Prints PASS and exits 0 on success.
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

UNITS = {'beats', 'beat', 'seconds', 'second', 'minutes', 'minute', 'min', 's', 'hours', 'hour', 'bpm',
         'streams', 'tickets', 'samples', 'bytes', 'kilobits', 'kb', 'mb', 'listeners', 'gaps', 'records',
         'bars', 'lessons', 'shows', 'months', 'weeks', 'days', 'per'}
TOK = re.compile(r'\$?\d[\d,]*(?:\.\d+)?%?|\$?\.\d+%?|[×*·÷/+\-()]|[A-Za-z]+|\S')
NUM = re.compile(r'\$?\d[\d,]*(?:\.\d+)?%?$|\$?\.\d+%?$')
RIGHT = re.compile(r'\s*(-?\$?-?\d[\d,]*(?:\.\d+)?)(?!\d)(?:\s+(?:remainder|r)\s+(\d+))?')


def normalize(line):
    s = line
    s = re.sub(r'\\frac\{([^{}]*(?:\{,\}[^{}]*)*)\}\{([^{}]*(?:\{,\}[^{}]*)*)\}', r'(\1) ÷ (\2)', s)
    s = s.replace('{,}', ',')
    s = re.sub(r'\\text\{([^}]*)\}', r' \1 ', s)
    for a, b in (('\\times', '×'), ('\\cdot', '·'), ('\\div', '÷'), ('\\$', '$'), ('\\%', '%'),
                 ('\\(', ' '), ('\\)', ' '), ('\\[', ' '), ('\\]', ' '), ('**', ' '), ('−', '-'),
                 (' divided by ', ' ÷ '), (' times ', ' × '), (' minus ', ' - '), (' plus ', ' + ')):
        s = s.replace(a, b)
    s = re.sub(r'(?<=[\d)])\s+x\s+(?=[\d$(])', ' × ', s)
    return s


def num(t):
    pct = t.endswith('%')
    v = F(t.strip('%').replace('$', '').replace(',', ''))
    return v / 100 if pct else v


class P:
    def __init__(self, toks):
        self.t, self.i = toks, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        self.i += 1
        return self.t[self.i - 1]

    def expr(self):
        v = self.term()
        while self.peek() in ('+', '-'):
            op = self.take()
            w = self.term()
            v = v + w if op == '+' else v - w
        return v

    def term(self):
        v = self.atom()
        while self.peek() in ('×', '*', '·', '÷', '/', 'of'):
            op = self.take()
            w = self.atom()
            v = v / w if op in ('÷', '/') else v * w
        return v

    def atom(self):
        t = self.take()
        if t == '(':
            v = self.expr()
            if self.take() != ')':
                raise ValueError
            return v
        if t == '-':
            return -self.atom()
        if t is None or not NUM.match(t):
            raise ValueError(t)
        return num(t)


def left_tokens(text):
    toks = TOK.findall(text)
    keep = []
    for t in reversed(toks):
        low = t.lower()
        if NUM.match(t) or t in '×*·÷/+-()' or low in UNITS or low == 'of':
            keep.append(t)
        else:
            break
    keep.reverse()
    keep = [t for t in keep if t.lower() not in UNITS]
    # trim leading operators / unmatched parens
    while keep and (keep[0] in '×*·÷/+)' or keep[0] == 'of'):
        keep.pop(0)
    depth = 0
    for t in keep:
        depth += (t == '(') - (t == ')')
    while depth > 0 and keep and keep[0] == '(':
        keep.pop(0)
        depth -= 1
    return keep


def check_one(left, right_txt, rel):
    """returns None when nothing checkable, else (ok, shown_right)"""
    keep = left_tokens(left)
    if not any(t in '×*·÷/+-' or t == 'of' for t in keep) or sum(bool(NUM.match(t)) for t in keep) < 2:
        return None
    m = RIGHT.match(right_txt)
    if not m:
        return None
    try:
        p = P(keep)
        lv = p.expr()
        if p.peek() is not None:
            return None
    except (ValueError, ZeroDivisionError):
        return None
    rv = num(m.group(1).replace('$', '').replace('--', '-'))
    if m.group(2) is not None:
        b = num([t for t in keep if NUM.match(t)][-1])
        r = F(m.group(2))
        return (lv == rv + r / b and 0 <= r < b and rv.denominator == 1), m.group(1)
    if rel == '≈':
        dp = len(m.group(1).split('.')[1]) if '.' in m.group(1) else 0
        return abs(lv - rv) <= F(1, 2 * 10 ** dp), m.group(1)
    return lv == rv, m.group(1)


def computations(solution):
    """yields (line_start, line_end, ok, shown) for each checkable computation"""
    pos = 0
    for raw in solution.split('\n'):
        start, end = pos, pos + len(raw)
        pos = end + 1
        s = normalize(raw)
        if s.lstrip().startswith('|'):
            cells = [c.strip() for c in s.strip().strip('|').split('|')]
            for a, b in zip(cells, cells[1:]):
                r = check_one(a, b, '=')
                if r:
                    yield start, end, r[0], r[1]
            continue
        for m in re.finditer(r' = | ≈ | is ', s):
            r = check_one(s[:m.start()], s[m.end():], m.group().strip())
            if r:
                yield start, end, r[0], r[1]


def final_of(sol):
    ls = [ln for ln in sol.split('\n') if ln.startswith('####')]
    return ls


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    var = Counter()
    ncomp = Counter()
    pids = Counter()
    for r in rows:
        ks = list(r)
        assert ks[:7] == keys, ks
        v = r['variant']
        var[v] += 1
        pids[(r['pid'], v)] += 1
        sol = r['solution']
        comps = list(computations(sol))
        ncomp[v] += len(comps)
        bad = [c for c in comps if not c[2]]
        if v == 'correct':
            assert not bad, (r['pid'], bad)
            assert len(comps) >= 1, r['pid']
            fl = final_of(sol)
            assert fl == ['#### ' + r['final']], (r['pid'], fl)
            assert sol.rstrip().endswith('#### ' + r['final'])
        elif v in ('slip', 'carry'):
            assert ks[7:] == ['span', 'wrong', 'right', 'step', 'kind'], ks
            a, b = r['span']
            assert sol[a - 1:a] in ('', '\n') and sol[b:b + 1] in ('', '\n'), r['pid']
            assert len(bad) == 1, (r['pid'], v, bad)
            assert bad[0][0] == a and bad[0][1] == b, (r['pid'], bad, r['span'])
            assert r['wrong'] != r['right'] and r['wrong'] in sol[a:b]
            assert F(r['wrong'].replace('$', '').replace(',', '').replace('\\', '').replace('{', '').replace('}', '')) \
                != F(r['right'].replace('$', '').replace(',', '').replace('\\', '').replace('{', '').replace('}', ''))
            fl = final_of(sol)
            assert len(fl) == 1, r['pid']
            if v == 'slip':
                assert fl[0] == '#### ' + r['final'], r['pid']
            else:
                assert fl[0] != '#### ' + r['final'], r['pid']
        elif v == 'loop':
            assert ks[7:] == ['span', 'repeats'], ks
            assert not final_of(sol), r['pid']
            a, b = r['span']
            unit = sol[a:b]
            assert unit.strip() and 8 <= r['repeats'] <= 30
            first = sol.index(unit)
            assert sol[first:first + len(unit)] == unit and first < a
            blk = '\n'.join([unit] * r['repeats'])
            assert blk in sol and sol.endswith(unit), r['pid']
            assert not bad, (r['pid'], bad)
        else:
            raise AssertionError(v)
    assert all(c == 1 for c in pids.values())
    print('rows', len(rows), dict(var))
    print('checked computations per variant', dict(ncomp))
    print('PASS')


if __name__ == '__main__':
    main()
