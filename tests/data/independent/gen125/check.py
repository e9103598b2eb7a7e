#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

It does not import gen.py.  Each solution is normalised line by line (markdown, LaTeX, GSM8K calculator
annotations, worded operators, units, currency, thousands separators), every equation chain
`expr = expr (= / ≈ ...)` is parsed and evaluated with exact rational arithmetic, and `≈` results are
accepted when they are within half a unit of their last written decimal.  Round-ups (`x → n`,
"round(s) up to n") must be ceilings of the written value.  Then each row is checked against its label.
Usage: python3 check.py set.jsonl
"""
import json
import math
import re
import sys
from fractions import Fraction as Fr

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']
KINDS = {'off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift'}


class Fail(Exception):
    pass


# ------------------------------------------------------------------ normalisation
WORDED = [
    (r',\s*which is about\s+', ' ≈ '),
    (r'\s+is about\s+', ' ≈ '),
    (r',\s*which equals\s+', ' = '),
    (r',\s*which is\s+(?=\$?\d)', ' = '),
    (r'\s*—\s*that gives us\s+', ' = '),
    (r'\s+equals\s+', ' = '),
    (r'\s+times\s+(?=[\d$(])', ' * '),
    (r'\s+divided by\s+', ' / '),
    (r'\s+minus\s+', ' - '),
    (r'\s+plus\s+', ' + '),
]


def strip_gsm(line):
    """verify and remove <<expr=result>> annotations"""
    out = ''
    pos = 0
    for m in re.finditer(r'<<([^<>]*)>>', line):
        inner = m.group(1)
        if '=' not in inner:
            raise Fail('annotation without =')
        a, b = inner.rsplit('=', 1)
        before = line[:m.start()]
        if not before.rstrip('$').endswith(a + '='):
            raise Fail('annotation expr does not match visible text: %r' % line)
        after = line[m.end():]
        mm = re.match(r'(\d+(?:\.\d+)?)', after)
        if not mm or Fr(mm.group(1)) != Fr(b):
            raise Fail('annotation result does not match visible result: %r' % line)
        out += line[pos:m.start()]
        pos = m.end()
    return out + line[pos:]


def normalise(line):
    s = line
    s = re.sub(r'\$\\boxed\{([^{}]*)\}\$', r' \1 ', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    if '<<' in s:
        s = strip_gsm(s)
    # LaTeX
    s = s.replace('{,}', ',')
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\mathrm\{([^{}]*)\}', r' \1 ', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r' (\1) / (\2) ', s)
    s = s.replace('\\(', ' ').replace('\\)', ' ').replace('\\[', ' ').replace('\\]', ' ')
    s = s.replace('\\times', ' * ').replace('\\cdot', ' * ').replace('\\div', ' / ')
    s = s.replace('\\approx', ' ≈ ').replace('\\rightarrow', ' → ').replace('\\to', ' → ')
    s = s.replace('\\$', '$').replace('\\%', '%').replace('\\left', '').replace('\\right', '')
    s = re.sub(r'\\[,;! ]', ' ', s)
    # markdown
    s = s.replace('**', '')
    s = re.sub(r'^\s*#+\s*', '', s)
    s = re.sub(r'^\s*(?:[-*•]|>)\s+', '', s)
    if s.strip().startswith('|'):
        cells = [c.strip() for c in s.strip().strip('|').split('|')]
        if all(re.fullmatch(r':?-+:?', c) for c in cells):
            return ''
        if len(cells) == 3 and re.search(r'\d', cells[1] + cells[2]):
            joiner = ' ' if cells[2].startswith('≈') else ' = '
            s = cells[0] + ': ' + cells[1] + joiner + cells[2]
        else:
            s = ' ; '.join(cells)
    # operators
    s = s.replace('×', ' * ').replace('·', ' * ').replace('÷', ' / ').replace('−', ' - ')
    s = re.sub(r'(?<=\S)\s+x\s+(?=[\d$(])', ' * ', s)
    for pat, rep in WORDED:
        s = re.sub(pat, rep, s)
    s = re.sub(r'(?<=%)\s+of\s+', ' * ', s)
    s = re.sub(r'/(?=[A-Za-z])[A-Za-z]+', ' ', s)   # per-unit suffixes like $1.25/lb
    s = s.replace('✓', ' ').replace('✅', ' ')
    return s


TOK = re.compile(r'\s*(?:(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)|(?P<op>[-+*/])|(?P<lp>\()|(?P<rp>\))'
                 r'|(?P<rel>[=≈])|(?P<arrow>→)|(?P<word>[A-Za-z¢][A-Za-z\'’¢-]*)|(?P<other>\S))')


def tokenize(s):
    toks = []
    pos = 0
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        kind = m.lastgroup
        text = m.group(kind)
        if kind == 'num':
            raw = text
            t = text.replace('$', '').replace(',', '')
            pct = t.endswith('%')
            t = t.rstrip('%')
            v = Fr(t)
            if pct:
                v = v / 100
            toks.append(('num', v, raw, m.start(kind)))
        else:
            toks.append((kind, text, text, m.start(kind)))
    return toks


class Parser:
    def __init__(self, toks):
        self.t = toks

    def kind(self, i):
        return self.t[i][0] if i < len(self.t) else None

    def skip_units(self, i):
        j = i
        while self.kind(j) == 'word':
            j += 1
        if j > i and self.kind(j) in ('op', 'rel', 'rp', 'arrow'):
            return j
        return i

    def primary(self, i):
        k = self.kind(i)
        if k == 'num':
            return ('n', self.t[i][1], self.t[i][2]), self.skip_units(i + 1)
        if k == 'lp':
            r = self.expr(i + 1)
            if r and self.kind(r[1]) == 'rp':
                return ('p', r[0]), self.skip_units(r[1] + 1)
        return None

    def term(self, i):
        r = self.primary(i)
        if not r:
            return None
        node, j = r
        while self.kind(j) == 'op' and self.t[j][1] in '*/':
            op = self.t[j][1]
            r2 = self.primary(j + 1)
            if not r2:
                break
            node = join(op, node, r2[0])
            j = r2[1]
        return node, j

    def expr(self, i):
        r = self.term(i)
        if not r:
            return None
        node, j = r
        while self.kind(j) == 'op' and self.t[j][1] in '+-':
            op = self.t[j][1]
            r2 = self.term(j + 1)
            if not r2:
                break
            node = join(op, node, r2[0])
            j = r2[1]
        return node, j


def join(op, a, b):
    if a[0] == op and op in '+*':
        return (op, a[1] + [b])
    if a[0] == op and op in '-/':
        return (op, a[1] + [b])
    return (op, [a, b])


def ev(node):
    t = node[0]
    if t == 'n':
        return node[1]
    if t == 'p':
        return ev(node[1])
    vals = [ev(c) for c in node[1]]
    return applyop(t, vals)


def applyop(op, vals):
    r = vals[0]
    for v in vals[1:]:
        if op == '+':
            r += v
        elif op == '-':
            r -= v
        elif op == '*':
            r *= v
        else:
            if v == 0:
                raise ZeroDivisionError
            r /= v
    return r


def decs(raw):
    t = raw.replace('$', '').replace(',', '').rstrip('%')
    return len(t.split('.')[1]) if '.' in t else 0


def rhu(x, d):
    q = Fr(10) ** d
    return Fr(math.floor(x * q + Fr(1, 2))) / q


class Comp:
    pass


def extract(text):
    """return (computations, roundups) over all lines of text"""
    comps = []
    rounds = []
    offset = 0
    for li, line in enumerate(text.split('\n')):
        start = offset
        offset += len(line) + 1
        s = normalise(line)
        toks = tokenize(s)
        P = Parser(toks)
        i = 0
        while i < len(toks):
            r = P.expr(i) if toks[i][0] in ('num', 'lp') else None
            if r and P.kind(r[1]) == 'rel':
                segs = [('', r[0])]
                j = r[1]
                while P.kind(j) == 'rel':
                    rel = toks[j][1]
                    r2 = P.expr(j + 1)
                    if not r2:
                        break
                    segs.append((rel, r2[0]))
                    j = r2[1]
                if len(segs) >= 2:
                    c = Comp()
                    c.line = li
                    c.span = (start, start + len(line))
                    c.text = line
                    c.check = '✓' in line
                    c.segs = segs
                    c.v0 = ev(segs[0][1])
                    c.ok = True
                    for rel, node in segs[1:]:
                        v = ev(node)
                        if rel == '=':
                            if v != c.v0:
                                c.ok = False
                        else:
                            if node[0] != 'n':
                                raise Fail('≈ followed by an expression: %r' % line)
                            # half-up rounding at the written number of decimals
                            if rhu(c.v0, decs(node[2])) != v:
                                c.ok = False
                    last = segs[-1][1]
                    c.last_rel = segs[-1][0]
                    c.written_node = last
                    comps.append(c)
                    i = j
                    continue
            i += 1
        # round-ups
        for m in re.finditer(r'→|round(?:s|ed)? up to', s):
            before = [t for t in tokenize(s[:m.start()]) if t[0] == 'num']
            after = [t for t in tokenize(s[m.end():]) if t[0] == 'num']
            if not before or not after:
                raise Fail('round-up without numbers: %r' % line)
            b, a = before[-1][1], after[0][1]
            if b.denominator == 1 or a != math.ceil(b):
                raise Fail('bad round-up %s -> %s in %r' % (b, a, line))
            rounds.append((li, b, a))
    return comps, rounds


def plainnum(raw):
    return raw.replace('$', '').replace(',', '').rstrip('%')


def leaves(node):
    if node[0] == 'n':
        return [node[1]]
    if node[0] == 'p':
        return leaves(node[1])
    out = []
    for c in node[1]:
        out += leaves(c)
    return out


def kind_ok(kind, wrong, right, comp):
    w, r = Fr(wrong), Fr(right)
    dw, dr = wrong.replace('.', ''), right.replace('.', '')
    if kind == 'off_by_one':
        return abs(w - r) == 1
    if kind == 'off_by_ten':
        return abs(w - r) == 10
    if kind == 'decimal_shift':
        return w == r * 10 or w == r / 10
    if kind == 'swap_digits':
        if len(dw) != len(dr):
            return False
        diff = [k for k in range(len(dw)) if dw[k] != dr[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] and dw[diff[1]] == dr[diff[0]]
    if kind == 'drop_digit':
        return len(dw) == len(dr) - 1 and any(dr[:k] + dr[k + 1:] == dw for k in range(len(dr)))
    if kind == 'double_digit':
        return len(dw) == len(dr) + 1 and any(dr[:k + 1] + dr[k] + dr[k + 1:] == dw for k in range(len(dr)))
    if kind == 'wrong_op':
        node = comp.segs[0][1]
        while node[0] == 'p':
            node = node[1]
        if node[0] == 'n':
            return False
        op = node[0]
        vals = [ev(c) for c in node[1]]
        head = applyop(op, vals[:-1]) if len(vals) > 2 else vals[0]
        d = len(wrong.split('.')[1]) if '.' in wrong else 0
        for alt in '+-*/':
            if alt == op:
                continue
            try:
                a = applyop(alt, [head, vals[-1]])
            except ZeroDivisionError:
                continue
            if a == w or (comp.last_rel == '≈' and rhu(a, d) == w):
                return True
        return False
    return False


FINAL_RE = re.compile(r'^\d+(?:\.\d+)?$')


def check_row(row, correct):
    v = row['variant']
    keys = {'correct': KEYS_BASE, 'slip': KEYS_FAULT, 'carry': KEYS_FAULT, 'loop': KEYS_LOOP}[v]
    if list(row.keys()) != keys:
        raise Fail('bad keys %s' % list(row.keys()))
    if not FINAL_RE.match(row['final']):
        raise Fail('final not a plain number')
    text = row['solution']
    comps, rounds = extract(text)
    lines = text.split('\n')
    main = [c for c in comps if not c.check]
    if v != 'loop':
        if not lines[-1].startswith('#### '):
            raise Fail('no #### line at end')
        if sum(1 for l in lines if l.startswith('####')) != 1:
            raise Fail('several #### lines')
        ans = lines[-1][5:]
        if not FINAL_RE.match(ans):
            raise Fail('#### not a plain number')
        if not (2 <= len(main) <= 8):
            raise Fail('%d computations' % len(main))
        if any(c.check for c in comps) and any(c.check and k < len(main) for k, c in enumerate(comps)):
            raise Fail('check line before main computations')
    bad = [k for k, c in enumerate(comps) if not c.ok]
    if v == 'correct':
        if bad:
            raise Fail('wrong computation in correct row: %r' % comps[bad[0]].text)
        if Fr(ans) != Fr(row['final']) or ans != row['final']:
            raise Fail('final mismatch')
        return
    if v in ('slip', 'carry'):
        if len(bad) != 1:
            raise Fail('%d wrong computations (want 1)' % len(bad))
        k = bad[0]
        c = comps[k]
        if k + 1 != row['step']:
            raise Fail('step %d but wrong computation is #%d' % (row['step'], k + 1))
        if c.check:
            raise Fail('fault on a check line')
        if list(c.span) != row['span'] or text[row['span'][0]:row['span'][1]] != c.text:
            raise Fail('span is not the faulted line')
        # the wrong value must be the last (written) segment
        last_ok = True
        v0 = c.v0
        for rel, node in c.segs[1:-1]:
            if ev(node) != v0 and rel == '=':
                last_ok = False
        if not last_ok or c.written_node[0] != 'n':
            raise Fail('fault not in the written result')
        wraw = plainnum(c.written_node[2])
        if wraw != row['wrong']:
            raise Fail('wrong %r != written %r' % (row['wrong'], wraw))
        right = row['right']
        dr = decs(right)
        if c.last_rel == '=':
            if Fr(right) != v0:
                raise Fail('right value is not the exact result')
        else:
            if rhu(v0, dr) != Fr(right):
                raise Fail('right value is not the rounded result')
        tol = Fr(1, 2) / 10 ** decs(row['wrong'])
        if abs(Fr(row['wrong']) - v0) <= tol:
            raise Fail('wrong value within tolerance')
        if row['kind'] not in KINDS or not kind_ok(row['kind'], row['wrong'], right, c):
            raise Fail('kind %s does not describe %s -> %s' % (row['kind'], right, row['wrong']))
        if v == 'slip' and any(r[0] == c.line and r[1] == Fr(row['wrong']) for r in rounds):
            raise Fail('slip feeds a round-up')
        clines = correct['solution'].split('\n')
        li = c.line
        if v == 'slip':
            if Fr(ans) != Fr(row['final']):
                raise Fail('slip final differs from gold')
            if len(clines) != len(lines) or any(lines[j] != clines[j] for j in range(len(lines)) if j != li):
                raise Fail('slip changes lines other than the faulted one')
            if lines[li] == clines[li]:
                raise Fail('slip line unchanged')
        else:
            if Fr(ans) == Fr(row['final']):
                raise Fail('carry final equals gold')
            if lines[:li] != clines[:li]:
                raise Fail('carry changes lines before the fault')
            later = comps[k + 1:]
            later_main = [x for x in later if not x.check]
            if later_main:
                used = any(Fr(row['wrong']) in leaves(x.segs[0][1]) for x in later_main)
                used = used or any(r[0] == c.line for r in rounds)
                if not used:
                    raise Fail('carried wrong value never reused')
        return
    if v == 'loop':
        if bad:
            raise Fail('wrong computation in loop row')
        if any(l.startswith('####') for l in lines):
            raise Fail('loop has #### line')
        reps = row['repeats']
        if not (8 <= reps <= 30):
            raise Fail('repeats out of range')
        a, b = row['span']
        unit = text[a:b]
        ulines = unit.split('\n')
        if not (1 <= len(ulines) <= 3) or not ulines[0].strip():
            raise Fail('bad unit')
        base = text[:a - 1]
        if text[a - 1] != '\n' or not base.endswith(unit):
            raise Fail('span is not the second copy')
        csol = correct['solution']
        if not csol.startswith(base) or csol[len(base)] != '\n':
            raise Fail('loop prefix is not the correct solution cut after a line')
        rest = text[len(base):]
        body = ('\n' + unit) * (reps - 1)
        if not rest.startswith(body):
            raise Fail('repeats mismatch')
        tail = rest[len(body):]
        if tail:
            if not tail.startswith('\n'):
                raise Fail('bad tail')
            part = tail[1:]
            if not part or not ulines[0].startswith(part) or part == ulines[0] or re.search(r'\d', part) or '\n' in part:
                raise Fail('bad unfinished tail %r' % part)
        # the unit must end with a computation line
        uc, _ = extract(ulines[-1])
        if not uc:
            raise Fail('loop unit does not end on a computation line')
        return


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = {}
    for r in rows:
        by.setdefault(r['pid'], []).append(r)
    fails = 0
    counts = {}
    kinds = {}
    for pid, rs in by.items():
        if [r['variant'] for r in rs] != ['correct', 'slip', 'carry', 'loop']:
            print('FAIL', pid, 'variants', [r['variant'] for r in rs])
            fails += 1
            continue
        if len({(r['template'], r['style'], r['problem'], r['final']) for r in rs}) != 1:
            print('FAIL', pid, 'rows disagree on template/style/problem/final')
            fails += 1
        for r in rs:
            counts[r['variant']] = counts.get(r['variant'], 0) + 1
            if 'kind' in r:
                kinds[r['kind']] = kinds.get(r['kind'], 0) + 1
            try:
                check_row(r, rs[0])
            except (Fail, ZeroDivisionError, ValueError) as e:
                fails += 1
                if fails <= 40:
                    print('FAIL', pid, r['variant'], r['style'], r['template'], '-', e)
    templates = {r['template'] for r in rows}
    styles = {r['style'] for r in rows}
    n = len(by)
    print('problems=%d rows=%d templates=%d styles=%d' % (n, len(rows), len(templates), len(styles)))
    print('variants:', json.dumps(counts, sort_keys=True))
    print('fault kinds:', json.dumps(kinds, sort_keys=True))
    if not (550 <= n <= 800):
        print('FAIL problem count'); fails += 1
    if len(templates) < 15:
        print('FAIL template count'); fails += 1
    if len(styles) < 9:
        print('FAIL style count'); fails += 1
    if fails:
        print('FAIL (%d)' % fails)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
