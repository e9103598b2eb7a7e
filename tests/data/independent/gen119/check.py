#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

It does not import gen.py.  It normalises each solution line (LaTeX, markdown, worded
operators, thousands separators, GSM8K <<...>> annotations, table rows), parses every
written computation chain `expr (=|≈) expr ...`, evaluates it with exact fractions and
compares each link: `=` must be exact (or, for results written with >= 1 decimal, the
half-up rounding at the written decimals); `≈`/"about" must equal the half-up rounding
at the written decimals.  It then checks that every row is as labelled.

    python3 check.py set.jsonl      -> prints PASS and exits 0, or lists failures
"""
import json
import math
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']
FAULT_KINDS = {'off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op',
               'decimal_shift'}


def rhu(x, d):
    s = 1 if x >= 0 else -1
    q = abs(x) * 10 ** d
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    return s * F(n, 10 ** d)


def ndec(txt):
    return len(txt.split('.')[1]) if '.' in txt else 0


# ------------------------------------------------------------------------------- normalise

def normalize(line):
    s = line
    s = re.sub(r'<<[^>]*>>', '', s)
    s = s.replace('**', '')
    s = re.sub(r'\\text\{[^}]*\}', ' ', s)
    s = s.replace('{,}', '').replace('\\,', '')
    s = s.replace('\\$', '$').replace('\\%', '%')
    s = s.replace('\\left(', '(').replace('\\right)', ')')
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    while True:
        n = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1)/(\2)', s)
        if n == s:
            break
        s = n
    s = s.replace('\\times', '*').replace('\\cdot', '*').replace('\\div', '/').replace('\\approx', '≈')
    s = s.replace('\\quad', ' ').replace('\\checkmark', ' ')
    s = re.sub(r'\\[()\[\]]', ' ', s)
    s = s.replace('$', '').replace('¢', '')
    s = re.sub(r'(?<=\d),(?=\d{3}(?!\d))', '', s)
    s = s.replace('×', '*').replace('·', '*').replace('÷', '/').replace('−', '-')
    s = re.sub(r'(?<=[\d)])\s*x\s*(?=[\d(])', ' * ', s)
    s = re.sub(r'\bdivided by\s+(?=[\d(])', '/ ', s)
    s = re.sub(r'\btimes\s+(?=[\d(])', '* ', s)
    s = re.sub(r'\bminus\s+(?=[\d(])', '- ', s)
    s = re.sub(r'\bplus\s+(?=[\d(])', '+ ', s)
    s = re.sub(r'(?:,\s*)?\b(?:which is|that gives us|equals)\s+(?=[\d(])', ' = ', s)
    s = re.sub(r'\b(?:is about|is approximately|is roughly)\s+(?=[\d(])', ' ≈ ', s)
    s = re.sub(r'=\s*about\s+(?=[\d(])', '≈ ', s)
    s = re.sub(r'(\d)%\s+of\s+(?=[\d(])', r'\1% * ', s)
    return s


def table_join(line):
    """markdown table row `| label | calc | result |` -> `label | calc = result`"""
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) < 3:
        return line
    calc, res = cells[1], cells[2]
    if '→' not in calc and re.search(r'[-+*/]', re.split(r'[=≈]', calc)[-1]):
        m = re.match(r'(≈\s*)?(\d[\d.]*%?)', res)
        if m:
            rel = ' ≈ ' if m.group(1) else ' = '
            return cells[0] + ' | ' + calc + rel + res[m.start(2):]
    return ' | '.join(cells)


# ------------------------------------------------------------------------------- parser

NUM = re.compile(r'\d+(?:\.\d+)?%?')
UNIT = re.compile(r"(?:\s+(?:per\s+)?[A-Za-z][A-Za-z']*){1,3}(?=\s*[-+*/=≈)])")


class Node:
    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)

    def value(self):
        if self.kind == 'num':
            return self.v / 100 if self.pct else self.v
        if self.kind == 'paren':
            return self.inner.value()
        a, b = self.l.value(), self.r.value()
        return binop(self.op, a, b)

    def has_op(self):
        return self.kind == 'op' or (self.kind == 'paren' and self.inner.has_op())

    def has_pct(self):
        if self.kind == 'num':
            return self.pct
        if self.kind == 'paren':
            return self.inner.has_pct()
        return self.l.has_pct() or self.r.has_pct()


def binop(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def ws(s, i):
    while i < len(s) and s[i] == ' ':
        i += 1
    return i


def p_factor(s, i):
    if i < len(s) and s[i] == '(':
        r = p_expr(s, ws(s, i + 1))
        if r is None:
            return None
        node, j = r
        j = ws(s, j)
        if j < len(s) and s[j] == ')':
            j += 1
            u = UNIT.match(s, j)
            if u:
                j = u.end()
            return Node('paren', inner=node), j
        return None
    m = NUM.match(s, i)
    if not m:
        return None
    t = m.group(0)
    pct = t.endswith('%')
    t = t.rstrip('%')
    j = m.end()
    u = UNIT.match(s, j)
    if u:
        j = u.end()
    return Node('num', v=F(t), txt=t, dec=ndec(t), pct=pct), j


def p_term(s, i):
    r = p_factor(s, i)
    if r is None:
        return None
    node, i = r
    while True:
        j = ws(s, i)
        if j < len(s) and s[j] in '*/':
            r2 = p_factor(s, ws(s, j + 1))
            if r2 is None:
                break
            node = Node('op', op=s[j], l=node, r=r2[0])
            i = r2[1]
        else:
            break
    return node, i


def p_expr(s, i):
    r = p_term(s, i)
    if r is None:
        return None
    node, i = r
    while True:
        j = ws(s, i)
        if j < len(s) and s[j] in '+-':
            r2 = p_term(s, ws(s, j + 1))
            if r2 is None:
                break
            node = Node('op', op=s[j], l=node, r=r2[0])
            i = r2[1]
        else:
            break
    return node, i


def link_ok(left, rel, right):
    L = left.value()
    cands = []
    if right.kind == 'num':
        cands.append((right.value(), right.dec + (2 if right.pct else 0)))
        if right.pct and not left.has_pct():
            cands.append((right.v, right.dec))
    else:
        return L == right.value()
    for c, d in cands:
        if rel == '=':
            if L == c or (d >= 1 and rhu(L, d) == c):
                return True
        else:
            if rhu(L, d) == c:
                return True
    return False


def computations(s):
    """list of dicts for each computation chain in the normalised line s"""
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        prev = s[i - 1] if i else ' '
        if (ch.isdigit() or ch == '(') and not (prev.isalnum() or prev in '.'):
            r = p_expr(s, i)
            if r is not None:
                terms, rels = [r[0]], []
                j = r[1]
                while True:
                    k = ws(s, j)
                    if k < n and s[k] in '=≈':
                        r2 = p_expr(s, ws(s, k + 1))
                        if r2 is None:
                            break
                        rels.append(s[k])
                        terms.append(r2[0])
                        j = r2[1]
                    else:
                        break
                if len(terms) >= 2 and any(t.has_op() for t in terms):
                    try:
                        ok = all(link_ok(terms[a], rels[a], terms[a + 1]) for a in range(len(rels)))
                    except ZeroDivisionError:
                        ok = False
                    last = terms[-1]
                    rup_ok = True
                    rest = s[j:]
                    m = (re.match(r'\s*(?:→|->)\s*(\d+)', rest) or
                         re.match(r'\s*[,;]?\s*(?:so\s+)?(?:that\s+)?(?:we\s+)?(?:round|rounds|rounding)\s+up\s+(?:to|gives)\s+(\d+)', rest))
                    if m and last.kind == 'num':
                        rup_ok = F(int(m.group(1))) == math.ceil(last.value())
                    out.append(dict(ok=ok and rup_ok, terms=terms, rels=rels, last=last,
                                    res=(last.value() if last.kind == 'num' else None),
                                    res_txt=(last.txt if last.kind == 'num' else None)))
                    i = j
                    continue
                i = max(i + 1, 1)
                # skip the rest of this number so we do not restart inside it
                while i < n and (s[i].isdigit() or s[i] == '.'):
                    i += 1
                continue
        i += 1
    return out


def parse_solution(text):
    lines = text.split('\n')
    comps = []
    off = 0
    for li, line in enumerate(lines):
        s = normalize(line)
        if line.lstrip().startswith('|'):
            s = table_join(s)
        for c in computations(s):
            c['line'] = li
            c['span'] = [off, off + len(line)]
            comps.append(c)
        off += len(line) + 1
    return lines, comps


# ------------------------------------------------------------------------------- checks

def digits(txt):
    return txt.replace('.', '')


def kind_ok(kind, wtxt, rtxt, comp):
    w, r = F(wtxt), F(rtxt)
    if kind == 'off_by_one':
        return abs(w - r) == 1
    if kind == 'off_by_ten':
        return abs(w - r) == 10
    if kind == 'decimal_shift':
        return w == r * 10 or w * 10 == r
    wi, _, wf = wtxt.partition('.')
    ri, _, rf = rtxt.partition('.')
    if kind == 'swap_digits':
        a, b = digits(wtxt), digits(rtxt)
        if len(a) != len(b) or len(wf) != len(rf):
            return False
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if kind == 'drop_digit':
        return wf == rf and len(wi) == len(ri) - 1 and any(ri[:k] + ri[k + 1:] == wi for k in range(len(ri)))
    if kind == 'double_digit':
        return wf == rf and len(wi) == len(ri) + 1 and any(wi[:k] + wi[k + 1:] == ri and wi[k] == wi[k - 1 if k else k + 1]
                                                            for k in range(len(wi)))
    if kind == 'wrong_op':
        t = comp['terms'][-2]
        while t.kind == 'paren':
            t = t.inner
        if t.kind != 'op':
            return False
        a, b = t.l.value(), t.r.value()
        d = ndec(wtxt)
        for o in '+-*/':
            if o == t.op:
                continue
            try:
                x = binop(o, a, b)
            except ZeroDivisionError:
                continue
            if x == w or rhu(x, d) == w:
                return True
        return False
    return False


def final_of(lines):
    if not lines or not lines[-1].startswith('#### '):
        return None
    return lines[-1][5:]


def check_rows(rows):
    errs = []
    groups = OrderedDict()
    for n, r in enumerate(rows):
        groups.setdefault(r.get('pid'), []).append(r)
    num_re = re.compile(r'^\d+(?:\.\d+)?$')
    for pid, g in groups.items():
        def E(msg):
            errs.append('%s: %s' % (pid, msg))
        if [r['variant'] for r in g] != ['correct', 'slip', 'carry', 'loop']:
            E('variants %r' % [r['variant'] for r in g])
            continue
        if len({(r['template'], r['style'], r['problem'], r['final']) for r in g}) != 1:
            E('rows disagree on template/style/problem/final')
        cor, slip, carry, loop = g
        for r, keys in ((cor, KEYS_BASE), (slip, KEYS_FAULT), (carry, KEYS_FAULT), (loop, KEYS_LOOP)):
            if list(r.keys()) != keys:
                E('%s keys %r' % (r['variant'], list(r.keys())))
        gold = cor['final']
        if not num_re.match(gold):
            E('final not a plain number: %r' % gold)
            continue
        # ---- correct
        cl, cc = parse_solution(cor['solution'])
        if final_of(cl) != gold:
            E('correct: #### line %r != %r' % (final_of(cl), gold))
        if not 2 <= len(cc) <= 8:
            E('correct: %d computations' % len(cc))
        bad = [k for k, c in enumerate(cc) if not c['ok']]
        if bad:
            E('correct: wrong computations at %r: %r' % (bad, [cl[cc[k]['line']] for k in bad]))
        # ---- slip / carry
        for r in (slip, carry):
            v = r['variant']
            lines, comps = parse_solution(r['solution'])
            fin = final_of(lines)
            if r['kind'] not in FAULT_KINDS:
                E('%s: unknown kind %r' % (v, r['kind']))
            bad = [k for k, c in enumerate(comps) if not c['ok']]
            if len(bad) != 1:
                E('%s: expected exactly one wrong computation, got %r' % (v, bad))
                continue
            k = bad[0]
            c = comps[k]
            if k + 1 != r['step']:
                E('%s: step %r but wrong computation is #%d' % (v, r['step'], k + 1))
            if c['span'] != r['span']:
                E('%s: span %r != line span %r' % (v, r['span'], c['span']))
            sol = r['solution']
            s0, s1 = r['span']
            if not ((s0 == 0 or sol[s0 - 1] == '\n') and (s1 == len(sol) or sol[s1] == '\n')):
                E('%s: span is not a whole line' % v)
            if c['res_txt'] is None or F(c['res_txt']) != F(r['wrong']) or ndec(c['res_txt']) != ndec(r['wrong']):
                E('%s: written result %r != wrong %r' % (v, c['res_txt'], r['wrong']))
            if k >= len(cc) or cc[k]['last'].kind != 'num' or cc[k]['last'].v != F(r['right']):
                E('%s: right %r does not match correct solution' % (v, r['right']))
            # right must be what the written operands give, and wrong must be outside tolerance
            d = ndec(r['wrong'])
            lhs_val = c['terms'][-2].value()
            if not link_ok(c['terms'][-2], c['rels'][-1], Node('num', v=F(r['right']), txt=r['right'], dec=ndec(r['right']), pct=False)) \
                    and not (c['last'].pct):
                E('%s: right %r is not the value of the written left side %s' % (v, r['right'], lhs_val))
            if abs(F(r['wrong']) - F(r['right'])) * 10 ** max(d, ndec(r['right'])) < 1:
                E('%s: wrong within rounding tolerance' % v)
            if not kind_ok(r['kind'], r['wrong'], r['right'], c):
                E('%s: wrong %r / right %r not consistent with kind %s' % (v, r['wrong'], r['right'], r['kind']))
            li = c['line']
            if lines[:li] != cl[:li]:
                E('%s: lines before the fault differ from the correct solution' % v)
            if lines[li] == cl[li] if li < len(cl) else False:
                E('%s: fault line identical to correct' % v)
            if v == 'slip':
                if fin != gold:
                    E('slip: final %r != gold %r' % (fin, gold))
                if len(lines) != len(cl) or any(lines[a] != cl[a] for a in range(len(lines)) if a != li):
                    E('slip: lines other than the fault line differ from correct')
            else:
                if fin is None or fin == gold or not num_re.match(fin):
                    E('carry: final %r should differ from gold %r' % (fin, gold))
                later_diff = any(a > li and (a >= len(cl) or lines[a] != cl[a]) for a in range(len(lines)))
                if not later_diff:
                    E('carry: wrong value not carried into later lines')
                wv = F(r['wrong'])
                reused = any(nd.kind == 'num' and nd.v == wv for cc2 in comps[k + 1:] for t in cc2['terms'] for nd in walk(t))
                reused = reused or any(F(x) == wv for a in range(li + 1, len(lines))
                                       for x in re.findall(r'\d+(?:\.\d+)?', normalize(lines[a])))
                if not reused and (fin is None or F(fin) != wv):
                    E('carry: wrong value %r never reused' % r['wrong'])
        # ---- loop
        sol = loop['solution']
        if '####' in sol:
            E('loop: has #### line')
        s0, s1 = loop['span']
        unit = sol[s0:s1]
        reps = loop['repeats']
        if not 8 <= reps <= 30:
            E('loop: repeats %r' % reps)
        if s0 < 1 or sol[s0 - 1] != '\n' or sol[s0 - 1 - len(unit):s0 - 1] != unit:
            E('loop: span is not preceded by a first copy of the unit')
            continue
        head = sol[:s0 - 1]
        if not cor['solution'].startswith(head) or cor['solution'][len(head):len(head) + 1] != '\n':
            E('loop: text before the repeats is not a line-aligned prefix of the correct solution')
        start_first = s0 - 1 - len(unit)
        if start_first != 0 and sol[start_first - 1] != '\n':
            E('loop: first copy not line aligned')
        body = sol[s0:]
        expect = unit + ('\n' + unit) * (reps - 2)
        if not body.startswith(expect):
            E('loop: copies do not repeat %d times' % reps)
        tail = body[len(expect):]
        if tail.startswith('\n' + unit) and (len(tail) == len(unit) + 1 or tail[len(unit) + 1] == '\n'):
            E('loop: more copies than repeats')
        if tail:
            first = unit.split('\n')[0]
            if not tail.startswith('\n'):
                E('loop: junk after copies')
            else:
                part = tail[1:]
                if not part or not first.startswith(part) or len(part) >= len(first) or re.search(r'\d', part):
                    E('loop: tail %r is not an unfinished digit-free prefix of the unit' % part)
        ul, uc = parse_solution(unit)
        if not uc or uc[-1]['line'] != len(ul) - 1:
            E('loop: unit does not end with a computation line')
    return errs, groups


def walk(n):
    yield n
    if n.kind == 'paren':
        yield from walk(n.inner)
    elif n.kind == 'op':
        yield from walk(n.l)
        yield from walk(n.r)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            rows.append(json.loads(line, object_pairs_hook=OrderedDict))
    errs, groups = check_rows(rows)
    pids = [r['pid'] for r in rows]
    if len(groups) * 4 != len(rows):
        errs.append('pid groups are not contiguous blocks of 4')
    var = Counter(r['variant'] for r in rows)
    sty = Counter(r['style'] for r in rows if r['variant'] == 'correct')
    tpl = Counter(r['template'] for r in rows if r['variant'] == 'correct')
    kinds = Counter(r['kind'] for r in rows if r['variant'] in ('slip', 'carry'))
    partial = sum(1 for r in rows if r['variant'] == 'loop' and not r['solution'].endswith(r['solution'][r['span'][0]:r['span'][1]]))
    print('rows %d  problems %d  variants %s' % (len(rows), len(groups), dict(var)))
    print('templates %d  styles %d' % (len(tpl), len(sty)))
    print('styles', dict(sty))
    print('fault kinds', dict(kinds))
    print('loops ending in a partial line: %d of %d' % (partial, var['loop']))
    if len(tpl) < 15 or len(sty) < 9 or not 550 <= len(groups) <= 800:
        errs.append('size/coverage requirements not met')
    if errs:
        for e in errs[:60]:
            print('FAIL', e)
        print('%d failures' % len(errs))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
