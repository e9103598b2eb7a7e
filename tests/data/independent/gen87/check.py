#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only, does not import the generator).

Re-reads every rendered computation "expr = result" / "expr ≈ result" (symbols, LaTeX,
worded operators, markdown tables), recomputes it exactly with fractions and checks:
correct rows have no wrong computation and end with the gold answer; slip rows have
exactly one wrong line, at `span`, and the gold answer; carry rows have exactly one
wrong line, at `span`, every later computation consistent, and a different final;
loop rows have the repeated unit at `span`, >= 8 copies, no final line.
"""
import json
import re
import sys
from fractions import Fraction as Fr

UNITS = sorted(['XP', 'coins', 'coin', 'gems', 'credits', 'points', 'pts', 'SR', 'RP', 'GB', 'Mb', 'MB',
                'Mbps', 's', 'sec', 'seconds', 'min', 'minutes', 'ms', 'fps', 'frames', 'hours', 'hrs', 'h',
                'days', 'weeks', 'viewers', 'subs', 'levels', 'tiers', 'matches', 'rounds'], key=len, reverse=True)
UNIT_RE = re.compile(r'(?<=[\d)])\s*(?:%s)(?![A-Za-z])' % '|'.join(UNITS))
NUM = r'(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?'
TERM = r'\(*\s*-?' + NUM + r'\s*\)*'
EXPR_END = re.compile(r'(' + TERM + r'(?:\s*[-+*/]\s*' + TERM + r')+)\s*$')
RIGHT = re.compile(r'\s*(-?\s?' + NUM + r')')


def norm(s):
    s = s.replace('**', '').replace('`', '')
    s = s.replace('{,}', ',')
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1)/(\2)', s)
    s = s.replace('\\times', '*').replace('\\div', '/').replace('\\cdot', '*').replace('\\approx', '≈')
    s = s.replace('\\$', '').replace('\\%', '%')
    s = re.sub(r'\\[\(\)\[\]]', ' ', s)
    s = re.sub(r'\\[A-Za-z]+', ' ', s)
    s = s.replace('{', '').replace('}', '').replace('$', '')
    s = s.replace('×', '*').replace('·', '*').replace('÷', '/').replace('−', '-')
    s = re.sub(r'\s+times\s+', ' * ', s)
    s = re.sub(r'\s+divided by\s+', ' / ', s)
    s = re.sub(r'\s+plus\s+', ' + ', s)
    s = re.sub(r'\s+minus\s+', ' - ', s)
    s = re.sub(r'\s+(?:is about|is roughly|comes to about|is approximately)\s+', ' ≈ ', s)
    s = re.sub(r'\s+(?:is|comes to|gives|equals)\s+(?=-?\d)', ' = ', s)
    s = UNIT_RE.sub('', s)
    s = re.sub(r'(\d+(?:\.\d+)?)\s*%\s*of\s+', r'(\1/100) * ', s)
    s = re.sub(r'(\d+(?:\.\d+)?)\s*%', r'(\1/100)', s)
    s = re.sub(r'(?<=[\d)])\s+x\s+(?=[\d(])', ' * ', s)
    s = UNIT_RE.sub('', s)
    return s


def tokval(t):
    return Fr(t.replace(',', '').replace(' ', ''))


def evaluate(e):
    e = e.strip()
    while e.count('(') > e.count(')') and e.startswith('('):
        e = e[1:].strip()
    while e.count(')') > e.count('(') and e.endswith(')'):
        e = e[:-1].strip()
    toks = re.findall(NUM + r'|[-+*/()]', e)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def nxt():
        pos[0] += 1
        return toks[pos[0] - 1]

    def atom():
        t = nxt()
        if t == '(':
            v = add()
            assert nxt() == ')'
            return v
        if t == '-':
            return -atom()
        return tokval(t)

    def mul():
        v = atom()
        while peek() in ('*', '/'):
            o = nxt()
            w = atom()
            v = v * w if o == '*' else v / w
        return v

    def add():
        v = mul()
        while peek() in ('+', '-'):
            o = nxt()
            w = mul()
            v = v + w if o == '+' else v - w
        return v

    v = add()
    assert pos[0] == len(toks), e
    return v


def comps(line):
    """yield (expr, rel, shown_str, ok) for each computation in a line."""
    s = line
    st = s.strip()
    if st.startswith('|') and st.count('|') >= 4:
        cells = [c.strip() for c in st.strip('|').split('|')]
        if len(cells) >= 3 and re.search(r'\d', cells[-1]) and not set(cells[-1]) <= set('-: '):
            rel = '≈' if '≈' in cells[-1] else '='
            s = cells[-2] + ' ' + rel + ' ' + cells[-1].replace('≈', '')
    n = norm(s)
    out = []
    for m in re.finditer(r'[=≈]', n):
        left, right = n[:m.start()], n[m.end():]
        lm = EXPR_END.search(left)
        rm = RIGHT.match(right)
        if not lm or not rm:
            continue
        expr = lm.group(1)
        if not re.search(r'\d\s*\)*\s*[-+*/]\s*\(*\s*-?\d', expr):
            continue
        shown = rm.group(1).replace(' ', '')
        try:
            val = evaluate(expr)
        except (AssertionError, ZeroDivisionError, IndexError, ValueError):
            out.append((expr, m.group(0), shown, None))
            continue
        sv = tokval(shown)
        d = len(shown.split('.')[1]) if '.' in shown else 0
        if m.group(0) == '=' and d == 0:
            ok = sv == val
        else:
            ok = abs(sv - val) <= Fr(1, 2 * 10 ** d)
        out.append((expr, m.group(0), shown, ok))
    return out


def scan(sol):
    """return (list of (start,end) of lines with a wrong computation, n computations, unparsed)."""
    bad, n, unparsed = [], 0, 0
    off = 0
    for line in sol.split('\n'):
        cs = comps(line)
        n += len(cs)
        for c in cs:
            if c[3] is None:
                unparsed += 1
        if any(c[3] is False for c in cs):
            bad.append((off, off + len(line)))
        off += len(line) + 1
    return bad, n, unparsed


def final_of(sol):
    m = re.findall(r'^#### (.+)$', sol, re.M)
    return m


def num_eq(a, b):
    return Fr(a.replace(',', '')) == Fr(b.replace(',', ''))


def main(path):
    rows = [json.loads(x) for x in open(path, encoding='utf-8')]
    errs = []
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    pids = {}
    stats = {'comps': 0, 'rows': 0}
    for i, r in enumerate(rows):
        v = r['variant']
        extra = {'correct': [], 'slip': ['span', 'wrong', 'right', 'step', 'kind'],
                 'carry': ['span', 'wrong', 'right', 'step', 'kind'], 'loop': ['span', 'repeats']}[v]
        if list(r.keys()) != keys + extra:
            errs.append((i, 'keys', list(r.keys())))
        pids.setdefault(r['pid'], []).append(v)
        sol = r['solution']
        bad, n, unp = scan(sol)
        stats['comps'] += n
        stats['rows'] += 1
        if unp:
            errs.append((i, 'unparsed computation'))
        fins = final_of(sol)
        if v == 'correct':
            if bad:
                errs.append((i, 'correct row has wrong computation', [sol[a:b] for a, b in bad]))
            if len(fins) != 1 or not num_eq(fins[0], r['final']) or not sol.endswith('#### ' + fins[0]):
                errs.append((i, 'final mismatch', fins, r['final']))
            if n < 2:
                errs.append((i, 'too few computations', n))
        elif v in ('slip', 'carry'):
            a, b = r['span']
            if bad != [(a, b)]:
                errs.append((i, v + ' wrong lines', bad, r['span'], [sol[x:y] for x, y in bad]))
            if (a and sol[a - 1] != '\n') or (b < len(sol) and sol[b] != '\n'):
                errs.append((i, 'span not a line'))
            if r['wrong'] not in norm(sol[a:b]).replace(',', ''):
                errs.append((i, 'wrong value not on span line', r['wrong'], sol[a:b]))
            if num_eq(r['wrong'], r['right']):
                errs.append((i, 'wrong == right'))
            if len(fins) != 1:
                errs.append((i, 'no final'))
            elif v == 'slip' and not num_eq(fins[0], r['final']):
                errs.append((i, 'slip final not gold', fins[0], r['final']))
            elif v == 'carry' and num_eq(fins[0], r['final']):
                errs.append((i, 'carry final equals gold', fins[0]))
        elif v == 'loop':
            a, b = r['span']
            u = sol[a:b]
            k = r['repeats']
            if fins or '####' in sol:
                errs.append((i, 'loop has final'))
            if bad:
                errs.append((i, 'loop has wrong computation'))
            if not (8 <= k <= 30):
                errs.append((i, 'repeats out of range', k))
            if not sol[:a].endswith(u + '\n') or not sol[a:].startswith('\n'.join([u] * (k - 1))):
                errs.append((i, 'loop unit not repeated at span'))
            rest = sol[a + len('\n'.join([u] * (k - 1))):]
            if rest and not (rest.startswith('\n') and u.startswith(rest[1:])):
                errs.append((i, 'loop tail not a prefix of unit'))
            if not u.strip():
                errs.append((i, 'empty loop unit'))
    for p, vs in pids.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            errs.append((p, 'variants', vs))
    for e in errs[:30]:
        print('ERR', e)
    print('rows', len(rows), 'computations re-checked', stats['comps'])
    if errs:
        print('FAIL', len(errs))
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'))
