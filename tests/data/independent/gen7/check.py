#!/usr/bin/env python3
"""Independent checker for set.jsonl.

Reads only the rendered solution text (never the generator's internals), undoes
LaTeX, markdown, unicode operators, worded arithmetic, $, %, thousands separators
and glued units, finds every written computation and re-evaluates it exactly.

Expectations: correct rows -> no flagged line; slip/carry rows -> exactly one
flagged line, equal to the row's span. Also checks final answers and loop shape.

    python3 check.py [PATH] [-v]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as Fr

# ------------------------------------------------------------------ normalisation
CLOCK = r'(\d{1,2}):(\d{2})\s*([AaPp][Mm])?'
TDIFF_RE = re.compile(r'(?:from\s+)?' + CLOCK + r'\s+to\s+' + CLOCK +
                      r'\s*,?\s*(?:which gives us|gives us|and we get|we get|is|=|==|→|->|equals)\s*(\d+(?:\.\d+)?)\s*'
                      r'(minutes|minute|mins|min|hours|hour|hrs|hr|h)\b')
ANNOT_RE = re.compile(r'<<([^<>=]+)=([^<>]+)>>')
CODE_RE = re.compile(r'^\s*[A-Za-z_]\w*\s*=\s*(.+?)\s*#\s*(?:=|->|→)?\s*(.+?)\s*$')
CONT_RE = re.compile(r'^\s*([+−×÷])\s')


def clock_minutes(h, m, ap):
    h, m = int(h), int(m)
    if ap:
        ap = ap.upper()
        if ap == 'PM' and h != 12:
            h += 12
        if ap == 'AM' and h == 12:
            h = 0
    return h * 60 + m


def delatex(s):
    s = s.replace('\\[', ' ').replace('\\]', ' ').replace('\\(', ' ').replace('\\)', ' ')
    for _ in range(3):
        s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
        s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'((\1)/(\2))', s)
    s = s.replace('\\times', ' × ').replace('\\cdot', ' × ').replace('\\div', ' ÷ ')
    s = s.replace('\\%', '%').replace('\\$', '$').replace('{,}', ',').replace('\\,', '')
    s = s.replace('\\left', '').replace('\\right', '').replace('&', ' ').replace('\\\\', ' ')
    s = re.sub(r'\\[A-Za-z]+', ' ', s)
    return s


def normalise(s):
    s = delatex(s)
    s = s.replace('**', ' ').replace('`', ' ')
    s = s.replace('$', '')
    s = re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '', s)
    s = s.replace('−', '-').replace('·', '×').replace('⋅', '×').replace('*', '×')
    s = re.sub(r'(?<=[0-9)])\s*x\s*(?=[0-9(])', ' × ', s)
    s = re.sub(r'(?<=[0-9%])\s+(?:times|multiplied by)\s+(?=[0-9(])', ' × ', s)
    s = re.sub(r'(?<=[0-9%])\s+divided by\s+(?=[0-9(])', ' ÷ ', s)
    s = re.sub(r'(?<=[0-9%])\s+plus\s+(?=[0-9(])', ' + ', s)
    s = re.sub(r'(?<=[0-9%])\s+minus\s+(?=[0-9(])', ' - ', s)
    return s


def post_normalise(s):
    s = re.sub(r',?\s+(?:which gives us|gives us|and we get|we get|equals|is)\s+(?=[0-9(])', ' = ', s)
    s = re.sub(r'(?<=[0-9])(?:[A-Za-z]+|[²³])+(?:/[A-Za-z]+)?', '', s)
    s = re.sub(r'(?<=[0-9])/[A-Za-z]+', '', s)
    return s


TOK_RE = re.compile(r'(?P<mixed>\d+ \d+/\d+(?![0-9/.]))|(?P<frac>(?<![0-9./])\d+/\d+(?![0-9./]))|(?P<num>\d+(?:\.\d+)?)|(?P<eq>==|=|→|->)'
                    r'|(?P<op>//|[+\-×÷/])|(?P<lp>\()|(?P<rp>\))|(?P<pct>%)|(?P<word>[A-Za-z][A-Za-z\']*)'
                    r'|(?P<sp>\s+)|(?P<other>.)')
RESERVED = {'of', 'off', 'remainder', 'r', 'with', 'left', 'over'}


def tokenize(s):
    out = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        v = m.group()
        if k == 'sp':
            continue
        if k == 'mixed':
            w, f = v.split(' ')
            n, d = f.split('/')
            out.append(('num', Fr(int(w)) + Fr(int(n), int(d))))
        elif k == 'frac':
            n, d = v.split('/')
            out.append(('num', Fr(int(n), int(d))))
        elif k == 'num':
            out.append(('num', Fr(v)))
        elif k == 'word':
            out.append(('word', v.lower()))
        else:
            out.append((k, v))
    return out


class Parser:
    def __init__(self, toks):
        self.t = toks

    def tok(self, i):
        return self.t[i] if i < len(self.t) else ('end', None)

    def skip_units(self, i):
        j = i
        n = 0
        while self.tok(j)[0] == 'word' and self.tok(j)[1] not in RESERVED and n < 4:
            j += 1
            n += 1
        nxt = self.tok(j)
        if n and (nxt[0] in ('op', 'eq', 'rp') or (nxt[0] == 'word' and nxt[1] in ('of', 'off'))):
            return j
        return i

    # AST: ('n', v, is_pct) | (op, a, b)
    def factor(self, i):
        k, v = self.tok(i)
        if k == 'num':
            i += 1
            pct = False
            if self.tok(i)[0] == 'pct':
                pct = True
                i += 1
            return ('n', v, pct), self.skip_units(i)
        if k == 'lp':
            r = self.expr(i + 1)
            if r is None:
                return None
            node, j = r
            if self.tok(j)[0] != 'rp':
                return None
            return ('()', node), self.skip_units(j + 1)
        return None

    def term(self, i):
        r = self.factor(i)
        if r is None:
            return None
        node, i = r
        while self.tok(i)[0] == 'op' and self.tok(i)[1] in ('×', '÷', '/', '//'):
            op = self.tok(i)[1]
            r = self.factor(i + 1)
            if r is None:
                return node, i
            node, i = (op, node, r[0]), r[1]
        return node, i

    def ofterm(self, i):
        r = self.term(i)
        if r is None:
            return None
        node, i = r
        while self.tok(i) in (('word', 'of'), ('word', 'off')):
            op = self.tok(i)[1]
            r = self.term(i + 1)
            if r is None:
                return node, i
            node, i = (op, node, r[0]), r[1]
        return node, i

    def expr(self, i):
        r = self.ofterm(i)
        if r is None:
            return None
        node, i = r
        while self.tok(i)[0] == 'op' and self.tok(i)[1] in '+-':
            op = self.tok(i)[1]
            r = self.ofterm(i + 1)
            if r is None:
                return node, i
            node, i = (op, node, r[0]), r[1]
        return node, i


def nops(node):
    if node[0] == 'n':
        return 0
    if node[0] == '()':
        return nops(node[1])
    return 1 + nops(node[1]) + nops(node[2])


def ev(node):
    k = node[0]
    if k == 'n':
        return node[1]
    if k == '()':
        return ev(node[1])
    a, b = node[1], node[2]
    if k == 'of':
        av = ev(a)
        if a[0] == 'n' and a[2]:
            av = av / 100
        return av * ev(b)
    if k == 'off':
        if not (a[0] == 'n' and a[2]):
            raise ValueError('off without percent')
        return ev(b) * (1 - ev(a) / 100)
    x, y = ev(a), ev(b)
    if k == '+':
        return x + y
    if k == '-':
        return x - y
    if k == '×':
        return x * y
    if y == 0:
        raise ZeroDivisionError
    if k == '//':
        if x.denominator != 1 or y.denominator != 1:
            raise ValueError('floor division of non-integers')
        return Fr(x.numerator // y.numerator)
    return x / y


def check_tokens(toks):
    """Return list of (ok, lhs_value, written) for computations found; plus the last written result."""
    P = Parser(toks)
    found = []
    last = None
    i = 0
    n = len(toks)
    while i < n:
        k = toks[i][0]
        if k in ('num', 'lp'):
            r = P.expr(i)
            if r is not None and nops(r[0]) >= 1:
                node, j = r
                j = P.skip_units(j)
                if P.tok(j)[0] == 'eq' and P.tok(j + 1)[0] == 'num':
                    w = P.tok(j + 1)[1]
                    j += 2
                    if P.tok(j)[0] == 'pct':
                        j += 1
                    j2 = j
                    while P.tok(j2)[0] == 'word' and P.tok(j2)[1] not in RESERVED and j2 - j < 4:
                        j2 += 1
                    rem = None
                    t0, t1, t2 = P.tok(j2), P.tok(j2 + 1), P.tok(j2 + 2)
                    if t0 in (('word', 'remainder'), ('word', 'r')) and t1[0] == 'num':
                        rem, j = t1[1], j2 + 2
                    elif t0 == ('word', 'with') and t1[0] == 'num' and t2 == ('word', 'left'):
                        rem, j = t1[1], j2 + 3
                    try:
                        if rem is not None:
                            if node[0] not in ('÷', '/'):
                                ok = False
                            else:
                                a, b = ev(node[1]), ev(node[2])
                                ok = (w.denominator == 1 and a.denominator == 1 and b.denominator == 1
                                      and w == (a.numerator // b.numerator) and rem == a - w * b)
                            val = w
                        else:
                            val = ev(node)
                            ok = (val == w)
                    except (ValueError, ZeroDivisionError):
                        ok, val = False, None
                    found.append((ok, val, w))
                    last = w
                    i = j
                    continue
            if k == 'lp':
                # parenthetical computation: "48 cookies (6 × 8)"
                f = P.factor(i)
                if f is not None and nops(f[0]) >= 1 and P.tok(f[1])[0] not in ('op', 'eq'):
                    b = i - 1
                    nw = 0
                    while b >= 0 and toks[b][0] == 'word' and nw < 4:
                        b -= 1
                        nw += 1
                    if b >= 0 and toks[b][0] == 'num' and (b == 0 or toks[b - 1][0] != 'op'):
                        try:
                            val = ev(f[0])
                            ok = val == toks[b][1]
                        except (ValueError, ZeroDivisionError):
                            ok, val = False, None
                        found.append((ok, val, toks[b][1]))
                        last = toks[b][1]
                        i = f[1]
                        continue
        i += 1
    return found, last


def check_line(raw, prev_result):
    """Return (list of computations as (ok, value, written), last written result)."""
    comps = []
    s = raw
    for m in ANNOT_RE.finditer(s):
        f, _ = check_tokens(tokenize(post_normalise(normalise(m.group(1) + ' = ' + m.group(2)))))
        comps += f
    s = ANNOT_RE.sub(' ', s)
    m = CODE_RE.match(s)
    if m and not s.lstrip().startswith('#'):
        s = m.group(1) + ' = ' + m.group(2)
    if CONT_RE.match(s) and prev_result is not None:
        # continuation line "× 2 = 24": the left operand is the previous written result
        s = '(%d/%d) ' % (prev_result.numerator, prev_result.denominator) + s.strip()
    s = normalise(s)
    last = None

    def tdiff(mm):
        nonlocal last
        t1 = clock_minutes(mm.group(1), mm.group(2), mm.group(3))
        t2 = clock_minutes(mm.group(4), mm.group(5), mm.group(6))
        w = Fr(mm.group(7))
        unit = mm.group(8)
        mins = Fr((t2 - t1) % 1440)
        val = mins if unit.startswith('m') else mins / 60
        comps.append((val == w, val, w))
        last = w
        return ' ; '
    s = TDIFF_RE.sub(tdiff, s)
    s = post_normalise(s)
    f, l2 = check_tokens(tokenize(s))
    comps += f
    if l2 is not None:
        last = l2
    return comps, last


def check_solution(text):
    """Return (flagged line spans, number of computations, lines)."""
    flagged = []
    ncomp = 0
    prev = None
    pos = 0
    for line in text.split('\n'):
        comps, last = check_line(line, prev)
        ncomp += len(comps)
        if any(not ok for ok, _, _ in comps):
            flagged.append([pos, pos + len(line)])
        if last is not None:
            prev = last
        pos += len(line) + 1
    return flagged, ncomp


def final_of(text):
    lines = text.rstrip('\n').split('\n')
    m = re.match(r'^####\s*(\S+)\s*$', lines[-1])
    if m:
        return m.group(1)
    m = re.search(r'"final_answer"\s*:\s*([0-9.]+)', text)
    if m:
        return m.group(1)
    m = re.search(r'\\boxed\{([^{}]*)\}', lines[-1])
    if m:
        return m.group(1)
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    verbose = '-v' in sys.argv
    path = args[0] if args else '/work/indep7/set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    stats = defaultdict(Counter)
    bad = []
    ncomps = 0
    for r in rows:
        v = r['variant']
        flagged, nc = check_solution(r['solution'])
        ncomps += nc
        stats[v]['rows'] += 1
        if v == 'correct':
            ok = not flagged and nc >= 1
        elif v in ('slip', 'carry'):
            ok = flagged == [r['span']]
            if ok:
                ln = r['solution'][r['span'][0]:r['span'][1]]
                ok = ok and ('\n' not in ln)
        else:
            L = r['solution'].split('\n')
            ok = len(L) >= 12 and len(set(L[-12:])) == 1 and (len(L) == 12 or L[-13] != L[-1]) and r['final'] is None
            ok = ok and not r['solution'].rstrip().split('\n')[-1].startswith('####')
            stats[v]['loop_repeats_flagged'] += bool(flagged)
        if v != 'loop':
            fo = final_of(r['solution'])
            if fo is None or Fr(fo) != Fr(r['final']):
                ok = False
                stats[v]['final_mismatch'] += 1
            if v == 'carry':
                pass
        stats[v]['ok' if ok else 'FAIL'] += 1
        if not ok:
            bad.append((r, flagged))
    print('file:', path)
    print('computations re-evaluated:', ncomps)
    for v in ('correct', 'slip', 'carry', 'loop'):
        print('%-8s %s' % (v, dict(stats[v])))
    by_style = defaultdict(Counter)
    for r, _ in bad:
        by_style[r['style']][r['variant']] += 1
    if bad:
        print('failures by style:', {k: dict(v) for k, v in by_style.items()})
        for r, fl in bad[: (50 if verbose else 5)]:
            print('---', r['pid'], r['style'], r['variant'], 'span', r.get('span'), 'flagged', fl)
            print(r['solution'])
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
