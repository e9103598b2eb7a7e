#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can parse in each solution ("A op B = C", chains,
"≈" roundings, LaTeX \\frac/\\times, GSM <<...>> annotations, worded "times"/"divided by",
"q remainder r", scientific notation) and checks the row-level invariants.
Usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

UNITS = set('''km s min minutes minute h hours hour hr days day d years year yr kg t tonnes tonne m cm mm
AU ly °C km/s km/h km/min km/day m/s s/min s/h min/h h/day days/year kg/s km/cm cm/m km/AU kg/t
trillion km/ly packs boxes orbits satellites months stars seconds each'''.split())
UNITS |= {'Earth', 'Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto'}
# planet names may follow a number only as a unit ("8.5 Mars years"); they never start an expression.
UNITS |= {'per', 'Earth days'}

SUP = str.maketrans('⁰¹²³⁴⁵⁶⁷⁸⁹⁻', '0123456789-')

TOK = re.compile(r'''
 (?P<sci>(?<![\d.,])\d+(?:\.\d+)?\s*(?:×|\*|·|x)\s*10\^(?:-?\d+))
|(?P<p10>(?<![\d.,])10\^-?\d+)
|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
|(?P<word>[A-Za-z°][A-Za-z°]*(?:/[A-Za-z]+)*)
|(?P<op>[-+×*·÷/()=≈%])
|(?P<punct>\S)
''', re.X)

MULS = {'×', '*', '·', 'times', 'x'}
DIVS = {'÷', '/'}


def normalize(line):
    s = line
    s = re.sub(r'^\s*(?:[-*•]\s+|\d+[.)]\s+|#+\s*)', '', s)
    s = s.replace('**', '').replace('`', '')
    s = s.replace('{,}', ',').replace('\\,', ' ').replace('\\%', '%')
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\^\{(-?\d+)\}', r'^\1', s)
    s = s.replace('\\left(', '(').replace('\\right)', ')')
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'((\1)/(\2))', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = s.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '·').replace('\\approx', '≈')
    for t in ('\\(', '\\)', '\\[', '\\]', '$'):
        s = s.replace(t, ' ')
    s = s.replace('−', '-').replace('<<', ' | ').replace('>>', ' | ')
    s = re.sub(r'10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)', lambda m: '10^' + m.group(1).translate(SUP), s)
    return s


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group(k)
        if k == 'sci':
            mm = re.match(r'(\d+(?:\.\d+)?)\s*(?:×|\*|·|x)\s*10\^(-?\d+)', t)
            mant, e = mm.group(1), int(mm.group(2))
            dp = len(mant.split('.')[1]) if '.' in mant else 0
            out.append(('num', F(mant) * F(10) ** e, F(10) ** (e - dp)))
        elif k == 'p10':
            e = int(t.split('^')[1])
            out.append(('num', F(10) ** e, F(10) ** e))
        elif k == 'num':
            c = t.replace(',', '')
            if '.' in c:
                p = F(1, 10 ** len(c.split('.')[1]))
            else:
                z = len(c) - len(c.rstrip('0'))
                p = F(10) ** z if c.strip('0') else F(1)
            out.append(('num', F(c), p))
        elif k == 'word':
            out.append(('word', t))
        elif k == 'op':
            out.append(('op', t))
        else:
            out.append(('p', t))
    return out


class P:
    """Recursive-descent parser returning the longest valid prefix."""

    def __init__(self, toks):
        self.t = toks

    def factor(self, i):
        t = self.t
        if i >= len(t):
            return None
        if t[i] == ('op', '-'):
            r = self.factor(i + 1)
            if r is None:
                return None
            v, j, tree, ops = r
            return -v, j, ('neg', tree), ops
        if t[i][0] == 'num':
            v, j = t[i][1], i + 1
            tree = ('n', v, t[i][2])
        elif t[i] == ('op', '('):
            r = self.expr(i + 1)
            if r is None or r[1] >= len(t) or t[r[1]] != ('op', ')'):
                return None
            v, j, tree, ops = r[0], r[1] + 1, r[2], r[3]
            tree = ('par', tree)
            while j < len(t) and t[j][0] == 'word' and t[j][1] in UNITS:
                j += 1
            return v, j, tree, ops
        else:
            return None
        ops = 0
        if j < len(t) and t[j] == ('op', '%'):
            v, j, ops = v / 100, j + 1, 1
            tree = ('pct', tree)
        while j < len(t) and t[j][0] == 'word' and t[j][1] in UNITS and t[j][1] != 'x':
            j += 1
        return v, j, tree, ops

    def mulop(self, j):
        t = self.t
        if j >= len(t):
            return None
        if t[j][0] == 'op' and t[j][1] in MULS:
            return '*', j + 1
        if t[j][0] == 'op' and t[j][1] in DIVS:
            return '/', j + 1
        if t[j][0] == 'word' and t[j][1] in ('times', 'x'):
            return '*', j + 1
        if t[j][0] == 'word' and t[j][1] == 'of' and j > 0 and t[j - 1] == ('op', '%'):
            return '*', j + 1
        if t[j] == ('word', 'divided') and j + 1 < len(t) and t[j + 1] == ('word', 'by'):
            return '/', j + 2
        return None

    def term(self, i):
        r = self.factor(i)
        if r is None:
            return None
        v, j, tree, ops = r
        while True:
            m = self.mulop(j)
            if m is None:
                break
            op, k = m
            r2 = self.factor(k)
            if r2 is None:
                break
            if op == '/':
                if r2[0] == 0:
                    return None
                v = v / r2[0]
            else:
                v = v * r2[0]
            tree = (op, tree, r2[2])
            j, ops = r2[1], ops + 1 + r2[3]
        return v, j, tree, ops

    def expr(self, i):
        r = self.term(i)
        if r is None:
            return None
        v, j, tree, ops = r
        t = self.t
        while j < len(t):
            if t[j] in (('op', '+'), ('word', 'plus')):
                op = '+'
            elif t[j] in (('op', '-'), ('word', 'minus')):
                op = '-'
            else:
                break
            r2 = self.term(j + 1)
            if r2 is None:
                break
            v = v + r2[0] if op == '+' else v - r2[0]
            tree = (op, tree, r2[2])
            j, ops = r2[1], ops + 1 + r2[3]
        return v, j, tree, ops


def trailing(toks):
    for i in range(len(toks)):
        if toks[i][0] not in ('num', 'op'):
            continue
        r = P(toks[i:]).expr(0)
        if r is not None and r[1] == len(toks) - i:
            return r
    return None


def leading(toks):
    r = P(toks).expr(0)
    if r is None:
        return None
    v, j, tree, ops = r
    rem = None
    if ops == 0 and tree[0] == 'n' and j < len(toks) and toks[j] in (('word', 'remainder'), ('word', 'R')) \
            and j + 1 < len(toks) and toks[j + 1][0] == 'num':
        rem = toks[j + 1][1]
    return v, j, tree, ops, rem


def relations(line):
    """Yield dicts for each checkable relation in a line."""
    toks = tokenize(normalize(line))
    # split into segments at relation tokens
    segs, rels = [[]], []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in (('op', '='), ('op', '≈')):
            rels.append(t[1])
            segs.append([])
        elif t == ('word', 'is') or t == ('word', 'equals'):
            if i + 1 < len(toks) and toks[i + 1] in (('word', 'about'), ('word', 'roughly')):
                rels.append('≈')
                i += 1
            else:
                rels.append('=')
            segs.append([])
        else:
            segs[-1].append(t)
        i += 1
    out = []
    for k, rel in enumerate(rels):
        L = trailing(segs[k])
        Rr = leading(segs[k + 1])
        if L is None or Rr is None:
            continue
        lv, _, ltree, lops = L
        rv, _, rtree, rops, rem = Rr
        if rem is not None:
            while ltree[0] == 'par':
                ltree = ltree[1]
            if ltree[0] != '/':
                out.append({'ok': False, 'why': 'remainder without division', 'rv': rv})
                continue
            num = _val(ltree[1])
            den = _val(ltree[2])
            ok = num.denominator == 1 and den.denominator == 1 and 0 <= rem < den and rv * den + rem == num
            out.append({'ok': ok, 'why': 'remainder', 'rv': rv, 'lv': lv})
            continue
        if lops == 0 and rops == 0:
            continue
        if rel == '=':
            ok = lv == rv
        else:
            if rops != 0 or rtree[0] != 'n':
                ok = abs(lv - rv) <= abs(lv) / 100
            else:
                ok = abs(lv - rv) <= rtree[2] / 2 + F(1, 10 ** 9)
        out.append({'ok': ok, 'why': rel, 'rv': rv, 'lv': lv})
    return out


def _val(tree):
    k = tree[0]
    if k == 'n':
        return tree[1]
    if k == 'neg':
        return -_val(tree[1])
    if k == 'par':
        return _val(tree[1])
    if k == 'pct':
        return _val(tree[1]) / 100
    a, b = _val(tree[1]), _val(tree[2])
    return {'+': a + b, '-': a - b, '*': a * b, '/': a / b}[k]


def scan(sol):
    """Return list of (start, end, relation) over lines, and number checked."""
    res = []
    off = 0
    for line in sol.split('\n'):
        for r in relations(line):
            res.append((off, off + len(line), r))
        off += len(line) + 1
    return res


def final_of(sol):
    last = sol.rstrip('\n').split('\n')[-1]
    m = re.fullmatch(r'#### (-?\d+(?:\.\d+)?)', last)
    return m.group(1) if m else None


def line_at(sol, start):
    end = sol.find('\n', start)
    return len(sol) if end < 0 else end


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    keys0 = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    correct = {}
    errors = []
    stats = Counter()
    for r in rows:
        if list(r.keys())[:7] != keys0:
            errors.append((r.get('pid'), 'key order'))
        if r['variant'] == 'correct':
            correct[r['pid']] = r
    pids = Counter(r['pid'] for r in rows)
    for pid, c in pids.items():
        if c != 4:
            errors.append((pid, 'not 4 rows'))
    for r in rows:
        pid, v, sol = r['pid'], r['variant'], r['solution']
        E = lambda why: errors.append((pid, v, why))
        if not re.fullmatch(r'-?\d+(?:\.\d+)?', r['final']):
            E('final format')
        if v == 'loop':
            if '####' in sol:
                E('loop has ####')
            s0, s1 = r['span']
            unit = sol[s0:s1]
            prefix = sol[:s0 - len(unit)]
            if sol[s0 - len(unit):s0] != unit or not unit.strip():
                E('loop span not second copy')
            n = r['repeats']
            if not (8 <= n <= 30):
                E('repeats out of range')
            if not sol.startswith(prefix + unit * n):
                E('loop copies')
            tail = sol[len(prefix + unit * n):]
            if tail and not unit.startswith(tail) and unit.rstrip('\n') != tail:
                E('loop tail')
            if tail.startswith(unit):
                E('more copies than repeats')
            if not correct[pid]['solution'].startswith(prefix + unit):
                E('loop does not start correctly')
            bad = [x for x in scan(sol) if not x[2]['ok']]
            if bad:
                E('loop contains wrong arithmetic')
            stats['loop'] += 1
            continue
        rel = scan(sol)
        bad = [x for x in rel if not x[2]['ok']]
        fin = final_of(sol)
        stats['relations'] += len(rel)
        if v == 'correct':
            if bad:
                E('correct row has wrong computation: %r' % (bad[:2],))
            if fin != r['final']:
                E('final mismatch %s vs %s' % (fin, r['final']))
            if len(rel) < 1:
                E('no computation checked')
            stats['correct'] += 1
            continue
        s0, s1 = r['span']
        if not (sol[s0 - 1:s0] in ('', '\n') and sol[s1:s1 + 1] in ('', '\n')):
            E('span not a line')
        if len(bad) != 1:
            E('expected exactly one wrong computation, got %d' % len(bad))
            continue
        b0, b1, br = bad[0]
        if (b0, b1) != (s0, s1):
            E('wrong computation not at span')
        if br['rv'] != F(r['wrong']):
            E('wrong value mismatch %s vs %s' % (br['rv'], r['wrong']))
        c = correct[pid]['solution']
        if not c[:s0] == sol[:s0]:
            E('prefix differs from correct row')
        ce = line_at(c, s0)
        if not any(x[0] == s0 and x[2]['rv'] == F(r['right']) for x in scan(c) if x[0] == s0):
            E('right value not found in correct line')
        if v == 'slip':
            if sol[s1:] != c[ce:]:
                E('slip suffix differs from correct row')
            if fin != r['final']:
                E('slip final mismatch')
            stats['slip'] += 1
        elif v == 'carry':
            if fin is None or F(fin) == F(r['final']):
                E('carry final not changed')
            nums = [x[2]['rv'] for x in rel if x[0] >= s0]
            if fin is not None and F(fin) not in nums:
                E('carry final not produced by a computation')
            stats['carry'] += 1
        else:
            E('unknown variant')
    if errors:
        for e in errors[:40]:
            print('ERR', e)
        print('FAIL: %d errors' % len(errors))
        sys.exit(1)
    print('rows=%d correct=%d slip=%d carry=%d loop=%d relations_checked=%d' % (
        len(rows), stats['correct'], stats['slip'], stats['carry'], stats['loop'], stats['relations']))
    print('PASS')


if __name__ == '__main__':
    main()
