#!/usr/bin/env python3
"""Independent checker: reads ONLY the rendered solution text, finds every written
"a op b ... = c" computation and re-evaluates it exactly.

Usage: python3 check.py [set.jsonl] [-v]
MIT License - original work written from scratch for this evaluation set.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as Fr

NUM_RE = r'\d+(?:\.\d+)?'


def strip_latex(s):
    s = re.sub(r'<<[^<>]*>>', '', s)                       # GSM8K calculator annotations
    for _ in range(3):
        s = re.sub(r'\\d?frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1/\2)', s)
    s = re.sub(r'\\(?:text|mathrm|textbf|mathbf|boxed)\{([^{}]*)\}', r' \1 ', s)
    s = s.replace('{,}', ',')
    s = re.sub(r'\\(?:begin|end)\{[a-z*]*\}', ' ', s)
    s = s.replace('\\times', ' * ').replace('\\cdot', ' * ').replace('\\div', ' / ')
    s = s.replace('\\%', '%').replace('\\$', ' ')
    s = s.replace('\\left', '').replace('\\right', '')
    s = s.replace('&=', '=').replace('&', ' ').replace('\\\\', ' ')
    s = re.sub(r'\\[\[\]()]', ' ', s)
    s = re.sub(r'\\[,;!: ]|\\quad|\\qquad', ' ', s)
    s = s.replace('{', ' ').replace('}', ' ')
    return s


def normalize(line):
    s = strip_latex(line)
    s = s.replace('$', ' ').replace('**', ' ').replace('✓', ' ')
    s = s.replace('×', '*').replace('·', '*').replace('÷', '/')
    s = s.replace('−', '-').replace('–', '-')
    # thousands separators
    s = re.sub(r'(?<![\d.,])(\d{1,3})((?:,\d{3})+)(?![\d])',
               lambda m: m.group(1) + m.group(2).replace(',', ''), s)
    # worded arithmetic
    s = re.sub(r'(' + NUM_RE + r')((?:\s+[A-Za-z-]+){0,3}?)\s+split equally (?:among|between) ('
               + NUM_RE + r')(?:\s+[A-Za-z-]+){0,2},\s*(?:so\s+)?each (?:one\s+)?(?:gets|receives)\s',
               r'\1\2 / \3 = ', s)
    s = re.sub(r'\b(?:twice|double)\s+(?=\d)', '2 * ', s)
    s = re.sub(r'\bhalf of\s+(?=\d)', '(1/2) * ', s)
    s = re.sub(r'(?<=[\d%])\s+(?:times|multiplied by)\s+(?=\d)', ' * ', s)
    s = re.sub(r'(?<=[\d%A-Za-z])\s+divided by\s+(?=\d)', ' / ', s)
    s = re.sub(r'\bplus\s+(?=\d)', '+ ', s)
    s = re.sub(r'\bminus\s+(?=\d)', '- ', s)
    s = re.sub(r'\s(?:is|equals|makes|leaves|gives|comes to)\s+(?=\(?\d)', ' = ', s)
    s = re.sub(r'\bwith (\d+) left over', r'remainder \1', s)
    s = re.sub(r'%\s*of\b', '% * ', s)
    s = re.sub(r'(\d+\s*/\s*\d+)\s+of\b', r'(\1) * ', s)
    # numeric compound adjectives after a count: "12 5-pound bags" -> "12 pound bags"
    s = re.sub(r'(?<=\d )\d+(?:\.\d+)?-(?=[A-Za-z])', '', s)
    # units glued to numbers: 1.25/pen, 5-pound
    s = re.sub(r'(\d)([-/])([A-Za-z])', r'\1 \3', s)
    return s


TOK_RE = re.compile(r'\s*(?:(?P<num>' + NUM_RE + r')|(?P<word>[A-Za-z][A-Za-z\'’]*(?:[-/][A-Za-z]+)*)'
                    r'|(?P<op>[+\-*/])|(?P<lp>\()|(?P<rp>\))|(?P<eq>=)|(?P<pct>%)|(?P<other>\S))')


def tokenize(s):
    toks = []
    for m in TOK_RE.finditer(s):
        kind = m.lastgroup
        if kind is None:
            continue
        toks.append((kind, m.group(kind)))
    # 'x' used as multiplication sign
    for i, (k, v) in enumerate(toks):
        if k == 'word' and v == 'x' and i + 1 < len(toks) and toks[i + 1][0] in ('num', 'lp') and i > 0:
            toks[i] = ('op', '*')
    return toks


class ParseError(Exception):
    pass


def parse(toks):
    """toks: list of (kind, val) with kinds num/op/lp/rp/pct. Returns (value, has_op)."""
    pos = [0]
    has_op = [False]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def factor():
        k, v = peek()
        if k == 'num':
            pos[0] += 1
            val = Fr(v)
            if peek()[0] == 'pct':
                pos[0] += 1
                val /= 100
            return val
        if k == 'lp':
            pos[0] += 1
            val = expr()
            if peek()[0] != 'rp':
                raise ParseError
            pos[0] += 1
            return val
        raise ParseError

    def term():
        val = factor()
        while peek()[0] == 'op' and peek()[1] in '*/':
            o = peek()[1]
            pos[0] += 1
            has_op[0] = True
            r = factor()
            if o == '*':
                val *= r
            else:
                if r == 0:
                    raise ParseError
                val /= r
        return val

    def expr():
        val = term()
        while peek()[0] == 'op' and peek()[1] in '+-':
            o = peek()[1]
            pos[0] += 1
            has_op[0] = True
            r = term()
            val = val + r if o == '+' else val - r
        return val

    v = expr()
    if pos[0] != len(toks):
        raise ParseError
    return v, has_op[0]


EXPR_KINDS = ('num', 'op', 'lp', 'rp', 'pct')


def left_expr(seg):
    """Longest parsable arithmetic suffix of a token segment (unit words skipped)."""
    out = []
    i = len(seg) - 1
    right_kind = 'eq'
    while i >= 0:
        k = seg[i][0]
        if k in EXPR_KINDS:
            out.insert(0, seg[i])
            right_kind = k
            i -= 1
            continue
        if k == 'word':
            j = i
            while j >= 0 and seg[j][0] == 'word':
                j -= 1
            run = i - j
            if run <= 4 and j >= 0 and seg[j][0] in ('num', 'rp', 'pct') and right_kind in ('op', 'rp', 'eq'):
                i = j
                continue
        break
    for s in range(len(out)):
        try:
            return parse(out[s:])
        except ParseError:
            continue
    return None


def right_expr(seg):
    out = []
    i = 0
    while i < len(seg):
        k = seg[i][0]
        if k in EXPR_KINDS:
            out.append(seg[i])
            i += 1
            continue
        if k == 'word' and out and out[-1][0] in ('num', 'rp', 'pct'):
            j = i
            while j < len(seg) and seg[j][0] == 'word':
                j += 1
            if j - i <= 4 and j < len(seg) and seg[j][0] in ('op',):
                i = j
                continue
        break
    for e in range(len(out), 0, -1):
        try:
            return parse(out[:e])
        except ParseError:
            continue
    return None


REM_RE = re.compile(r'(' + NUM_RE + r')(?:\s+[A-Za-z-]+){0,2}\s*/\s*(' + NUM_RE +
                    r')(?:\s+[A-Za-z-]+){0,2}\s*=\s*(\d+)\s+remainder\s+(\d+)')


def check_text(s):
    """Return list of (computation, ok, line_no, line_span) over the text."""
    found = []
    pos = 0
    for ln, line in enumerate(s.split('\n')):
        span = (pos, pos + len(line))
        pos += len(line) + 1
        if not line.strip():
            continue
        if line.lstrip().startswith('|'):
            cells = [c for c in line.strip().strip('|').split('|')]
            for a, b in zip(cells, cells[1:]):
                ma = re.fullmatch(r'\s*(' + NUM_RE + r')\s*(?:[A-Za-z-]+\s*){0,2}[/÷]\s*(' + NUM_RE + r')\s*(?:[A-Za-z-]+\s*){0,2}',
                                  normalize(a).replace('/', '/'))
                mb = re.fullmatch(r'\s*(\d+)\s+remainder\s+(\d+)\s*', normalize(b))
                if ma and mb:
                    x, y, q, r = Fr(ma.group(1)), Fr(ma.group(2)), Fr(mb.group(1)), Fr(mb.group(2))
                    found.append(('%s = %s' % (a.strip(), b.strip()), q * y + r == x and 0 <= r < y, ln, span))
                    continue
                ta = [t for t in tokenize(normalize(a))]
                tb = [t for t in tokenize(normalize(b))]
                if not ta or not tb or any(t[0] == 'eq' for t in ta + tb):
                    continue
                ea, eb = left_expr(ta), right_expr(tb)
                if ea and eb and ea[1] and not eb[1] and \
                        sum(1 for t in ta if t[0] not in ('word',)) == \
                        sum(1 for t in ta if t[0] in EXPR_KINDS):
                    found.append(('%s = %s' % (a.strip(), b.strip()), ea[0] == eb[0], ln, span))
            continue
        n = normalize(line)
        # quotient-with-remainder statements
        for m in REM_RE.finditer(n):
            a, b, q, r = (Fr(x) for x in m.groups())
            ok = b != 0 and q * b + r == a and 0 <= r < b
            found.append((m.group(0), ok, ln, span))
        n = REM_RE.sub(' ; ', n)
        toks = tokenize(n)
        segs = [[]]
        for t in toks:
            if t[0] == 'eq':
                segs.append([])
            else:
                segs[-1].append(t)
        for i in range(len(segs) - 1):
            L = left_expr(segs[i])
            R = right_expr(segs[i + 1])
            if L is None or R is None or not (L[1] or R[1]):
                continue
            found.append(('%s = %s' % (L[0], R[0]), L[0] == R[0], ln, span))
    return found


def final_of(s):
    m = re.findall(r'^#### (.+)$', s, re.M)
    if m:
        return m[-1].strip()
    m = re.findall(r'\\boxed\{([^{}]*)\}', s)
    if m:
        return m[-1].strip()
    return None


def main():
    path = 'set.jsonl'
    verbose = '-v' in sys.argv
    for a in sys.argv[1:]:
        if not a.startswith('-'):
            path = a
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    stats = Counter()
    comps_by_style = defaultdict(list)
    problems = []
    for r in rows:
        found = check_text(r['solution'])
        bad = [f for f in found if not f[1]]
        v = r['variant']
        stats[v + ' rows'] += 1
        stats[v + ' computations'] += len(found)
        if v in ('correct', 'loop'):
            if v == 'correct':
                comps_by_style[r['style']].append(len(found))
            if bad:
                stats[v + ' rows with a flagged computation'] += 1
                problems.append((r['pid'], bad))
        else:
            span = tuple(r['span'])
            at = [f for f in bad if f[3] == span]
            if len(bad) == 1 and len(at) == 1:
                stats[v + ' rows: exactly the seeded fault found at span'] += 1
            else:
                stats[v + ' rows: NOT exactly one fault at span'] += 1
                problems.append((r['pid'], bad))
        if v != 'loop':
            fo = final_of(r['solution'])
            if fo is not None:
                if Fr(fo.replace(',', '')) == Fr(r['final']):
                    stats[v + ' final line matches "final"'] += 1
                else:
                    stats[v + ' final MISMATCH'] += 1
                    problems.append((r['pid'], 'final %s vs %s' % (fo, r['final'])))
            else:
                stats[v + ' no ####/boxed final line'] += 1
        else:
            ls = r['solution'].split('\n')
            if not (len(ls) >= 12 and len(set(ls[-12:])) == 1 and r['final'] is None):
                problems.append((r['pid'], 'loop shape'))
                stats['loop bad shape'] += 1
    for k in sorted(stats):
        print('%-55s %d' % (k, stats[k]))
    print('computations found per correct row, by style (min/mean):')
    for st in sorted(comps_by_style):
        c = comps_by_style[st]
        print('  %-16s %d / %.2f' % (st, min(c), sum(c) / len(c)))
    print('problems: %d' % len(problems))
    for p in problems[:40 if not verbose else None]:
        print('  ', p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
