#!/usr/bin/env python3
"""Independent checker for set.jsonl.

    python3 check.py set.jsonl

It does not import gen.py. Every solution is re-parsed from its text: formatting
(markdown, LaTeX, tables, GSM8K <<calc>> annotations, worded operators, units,
currency, thousands separators, percentages) is normalised, every written
computation is found and re-evaluated with exact rational arithmetic. `=` must
hold exactly; `≈` / "about" must equal the half-up rounding at the written
decimals; `a → b` (round up) must satisfy b = ceil(a). Then each row is checked
against its label. Prints PASS and exits 0 only if every row is as labelled.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift']
KEYS = {
    'correct': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final'],
    'slip': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right',
             'step', 'kind'],
    'loop': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'repeats'],
}
KEYS['carry'] = KEYS['slip']


def rhu(x, d):
    q = 10 ** d
    n = x * q
    fl = n.numerator // n.denominator
    if n - fl >= F(1, 2):
        fl += 1
    return F(fl, q)


def ceilf(x):
    return F(-((-x.numerator) // x.denominator))


# ----------------------------------------------------------------------------
# normalisation
# ----------------------------------------------------------------------------

UNITS = (r'(?:miles?|mi|minutes?|mins?|days?|hours?|hrs?|gallons?|gal|km|kilometers?|riders?|people|'
         r'persons?|rides?|trips?|weeks?|cars?|cents?|passengers?)')
ANNOT = re.compile(r'<<([^<>=]*)=([^<>]*)>>')
AFTER = r'(?<=[\d%)])'


class Bad(Exception):
    pass


def norm_line(line):
    t = line
    # GSM8K calculator annotations: result must match the visible number that follows
    while True:
        m = ANNOT.search(t)
        if not m:
            break
        rest = t[m.end():]
        if not rest.startswith(m.group(2)):
            raise Bad('annotation result %r not repeated after it' % m.group(2))
        if not re.fullmatch(r'[\d.+\-*/() ]+', m.group(1)):
            raise Bad('odd annotation %r' % m.group(1))
        before = re.sub(r'\s*(?:=|≈)\s*\$?$', '', t[:m.start()])
        if not before.endswith(m.group(1)):
            raise Bad('annotation %r does not mirror the written expression' % m.group(1))
        t = t[:m.start()] + t[m.end():]
    t = t.replace('**', '').replace('`', '')
    # markdown table rows: | label | calculation | result |
    s = t.strip()
    if len(s) > 2 and s.startswith('|') and s.endswith('|') and s.count('|') >= 3:
        cells = [x.strip() for x in s.strip('|').split('|')]
        if all(re.fullmatch(r':?-{3,}:?', x) for x in cells):
            t = ''
        elif len(cells) == 3:
            lab, calc, res = cells
            if not re.search(r'\d', calc):
                t = lab + ' ; ' + calc + ' ; ' + res
            elif '→' in calc or '->' in calc:
                t = lab + ' : ' + calc + ' ; ' + res
            elif res.startswith('≈') or res.startswith('~'):
                t = lab + ' : ' + calc + ' ' + res
            else:
                t = lab + ' : ' + calc + ' = ' + res
        else:
            raise Bad('table row with %d cells' % len(cells))
    # LaTeX
    t = t.replace('{,}', ',')
    t = re.sub(r'\\(?:text|mathrm|textbf)\{([^{}]*)\}', r'\1', t)
    t = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', t)
    for _ in range(3):
        t = re.sub(r'\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) ÷ (\2)', t)
    rep = [('\\left(', '('), ('\\right)', ')'), ('\\(', ' '), ('\\)', ' '), ('\\[', ' '), ('\\]', ' '),
           ('\\$', '$'), ('\\%', '%'), ('\\approx', ' ≈ '), ('\\times', ' × '), ('\\cdot', ' · '),
           ('\\div', ' ÷ '), ('\\rightarrow', ' → '), ('\\to ', ' → '), ('\\checkmark', ' ✓ '),
           ('\\,', ' '), ('\\quad', ' '), ('->', ' → ')]
    for a, b in rep:
        t = t.replace(a, b)
    # units
    t = re.sub(r'(?<=\d)\s*¢', '', t)
    t = re.sub(r'(?<=\d)(?:\s*/\s*|\s+per\s+)' + UNITS + r'\b', '', t)
    t = re.sub(r'(?<=\d)\s+' + UNITS + r'\b', '', t)
    # worded operators and relations
    t = re.sub(r'%\s+of\s+(?=[$(]?\d)', '% × ', t)
    t = re.sub(r'\bmultiplied by\b', ' × ', t)
    t = re.sub(r'\btimes\b', ' × ', t)
    t = re.sub(r'\bdivided by\b', ' ÷ ', t)
    t = re.sub(r'\bplus\b', ' + ', t)
    t = re.sub(r'\bminus\b', ' − ', t)
    t = re.sub(AFTER + r'\s*,?\s*(?:which\s+)?(?:rounds?|rounded|rounding)\s+up\s+to\s+(?=[$(]?\d)', ' → ', t)
    t = re.sub(AFTER + r'\s*,?\s*(?:and that\s+)?(?:which is about|which is roughly|is about|is roughly|'
               r'is approximately|comes to about|about|roughly|approximately)\s+(?=[$(]?\d)', ' ≈ ', t)
    t = re.sub(AFTER + r'\s*,?\s*(?:and that\s+)?(?:equals|that gives us|gives us|which is|comes to|is|makes)'
               r'\s+(?=[$(]?\d)', ' = ', t)
    return t


TOK = re.compile(r'(?P<sp>\s+)|(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)|(?P<op>[+\-−×*·÷/])|'
                 r'(?P<x>(?<![A-Za-z])x(?![A-Za-z]))|(?P<lp>\()|(?P<rp>\))|(?P<rel>=|≈|~)|(?P<arrow>→)|'
                 r'(?P<word>[A-Za-z]+|.)')
OPMAP = {'+': '+', '-': '-', '−': '-', '×': '*', '*': '*', '·': '*', 'x': '*', '÷': '/', '/': '/'}


class Num:
    def __init__(self, s):
        self.raw = s
        core = s.lstrip('$')
        self.pct = core.endswith('%')
        core = core.rstrip('%').replace(',', '')
        self.s = core
        self.dec = len(core.split('.')[1]) if '.' in core else 0
        v = F(core)
        self.value = v / 100 if self.pct else v

    def rounds_to(self, x):
        """is this written number the half-up rounding of x at its written decimals?"""
        if self.pct:
            return rhu(x * 100, self.dec) == F(self.s)
        return rhu(x, self.dec) == self.value


def tokens(t):
    out = []
    for m in TOK.finditer(t):
        k = m.lastgroup
        if k == 'sp':
            continue
        g = m.group(k)
        if k == 'num':
            out.append(('num', Num(g)))
        elif k in ('op', 'x'):
            out.append(('op', OPMAP[g]))
        elif k == 'lp':
            out.append(('(', None))
        elif k == 'rp':
            out.append((')', None))
        elif k == 'rel':
            out.append(('rel', '=' if g == '=' else '~'))
        elif k == 'arrow':
            out.append(('rel', '->'))
        else:
            out.append(('word', g))
    return out


class P:
    def __init__(self, toks, alt=None):
        self.t = toks
        self.i = 0
        self.alt = alt
        self.k = -1

    def op(self, o):
        self.k += 1
        if self.alt and self.alt[0] == self.k:
            return self.alt[1]
        return o

    def parse(self):
        v = self.expr()
        if self.i != len(self.t):
            raise Bad('trailing tokens')
        return v

    def expr(self):
        v = self.term()
        while self.i < len(self.t) and self.t[self.i][0] == 'op' and self.t[self.i][1] in '+-':
            o = self.op(self.t[self.i][1])
            self.i += 1
            v = ap(v, o, self.term())
        return v

    def term(self):
        v = self.atom()
        while self.i < len(self.t) and self.t[self.i][0] == 'op' and self.t[self.i][1] in '*/':
            o = self.op(self.t[self.i][1])
            self.i += 1
            v = ap(v, o, self.atom())
        return v

    def atom(self):
        if self.i >= len(self.t):
            raise Bad('unexpected end')
        k, x = self.t[self.i]
        self.i += 1
        if k == 'num':
            return x.value
        if k == '(':
            v = self.expr()
            if self.i >= len(self.t) or self.t[self.i][0] != ')':
                raise Bad('unbalanced')
            self.i += 1
            return v
        raise Bad('bad atom %r' % (x,))


def ap(a, o, b):
    if o == '+':
        return a + b
    if o == '-':
        return a - b
    if o == '*':
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def has_op(seg):
    return any(k == 'op' for k, _ in seg)


def single(seg):
    return len(seg) == 1 and seg[0][0] == 'num'


def comps_in_line(line):
    """list of computations found on one solution line"""
    toks = tokens(norm_line(line))
    runs, cur = [], []
    for tk in toks:
        if tk[0] == 'word':
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(tk)
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and run[0][0] == 'op' and run[0][1] == '-':
            run = run[1:]
        if not any(k == 'rel' for k, _ in run):
            continue
        segs, rels = [[]], []
        for tk in run:
            if tk[0] == 'rel':
                rels.append(tk[1])
                segs.append([])
            else:
                segs[-1].append(tk)
        while len(segs) > 1 and not segs[0]:
            segs.pop(0)
            rels.pop(0)
        if not rels or (len(segs) == 2 and not segs[1] and not segs[0]):
            continue
        if any(not s for s in segs):
            raise Bad('empty side of a relation in %r' % line)
        vals = [P(s).parse() for s in segs]
        # split into chains at arrows; arrows are round-up computations
        chain = [0]
        for i, r in enumerate(rels):
            if r == '->':
                if len(chain) > 1:
                    out.append(chain_comp(segs, rels, vals, chain))
                out.append(ceil_comp(segs, vals, i))
                chain = [i + 1]
            else:
                chain.append(i + 1)
        if len(chain) > 1:
            out.append(chain_comp(segs, rels, vals, chain))
    return out


def chain_comp(segs, rels, vals, idx):
    ok = True
    bad_pair = None
    for a, b in zip(idx, idx[1:]):
        r = rels[b - 1]
        if r == '=':
            good = vals[a] == vals[b]
        else:
            if not single(segs[b]):
                raise Bad('≈ must be followed by a single number')
            good = segs[b][0][1].rounds_to(vals[a])
        if not good:
            ok = False
            if bad_pair is None:
                bad_pair = (a, b, r)
    last = segs[idx[-1]]
    counted = has_op(segs[idx[0]])
    if counted and not single(last):
        raise Bad('computation does not end in a number')
    operands = [x[1] for i in idx[:-1] for x in segs[i] if x[0] == 'num']
    return {'kind': 'calc', 'counted': counted, 'ok': ok, 'bad': bad_pair, 'segs': segs, 'rels': rels,
            'vals': vals, 'idx': idx, 'result': last[0][1] if single(last) else None, 'operands': operands}


def ceil_comp(segs, vals, i):
    a, b = segs[i], segs[i + 1]
    if not single(b):
        raise Bad('round-up must give a single number')
    res = b[0][1]
    ok = res.dec == 0 and res.value == ceilf(vals[i])
    return {'kind': 'ceil', 'counted': True, 'ok': ok, 'bad': None, 'result': res,
            'operands': [x[1] for x in a if x[0] == 'num']}


def parse_solution(sol):
    lines = sol.split('\n')
    comps = []
    for li, line in enumerate(lines):
        for cpt in comps_in_line(line):
            cpt['line'] = li
            comps.append(cpt)
    return lines, comps


# ----------------------------------------------------------------------------
# row checks
# ----------------------------------------------------------------------------

NUMRE = re.compile(r'^\d+(?:\.\d+)?$')


def kind_ok(kind, cpt, wrong, right):
    w, r = F(wrong), F(right)
    if kind == 'off_by_one':
        return abs(w - r) == 1
    if kind == 'off_by_ten':
        return abs(w - r) == 10
    if kind == 'decimal_shift':
        return w in (r * 10, r / 10, r * 100, r / 100)
    if kind == 'swap_digits':
        if len(wrong) != len(right):
            return False
        diff = [i for i in range(len(wrong)) if wrong[i] != right[i]]
        return (len(diff) == 2 and diff[1] == diff[0] + 1 and wrong[diff[0]] == right[diff[1]]
                and wrong[diff[1]] == right[diff[0]] and right[diff[0]].isdigit() and right[diff[1]].isdigit())
    if kind == 'drop_digit':
        return any(right[j].isdigit() and right[:j] + right[j + 1:] == wrong for j in range(len(right)))
    if kind == 'double_digit':
        return any(right[j].isdigit() and right[:j + 1] + right[j:] == wrong for j in range(len(right)))
    if kind == 'wrong_op':
        a, b, rel = cpt['bad']
        res = cpt['result']
        for si in cpt['idx'][:-1]:
            seg = cpt['segs'][si]
            n = sum(1 for k, _ in seg if k == 'op')
            for k in range(n):
                for o in '+-*/':
                    try:
                        v = P(seg, alt=(k, o)).parse()
                    except ZeroDivisionError:
                        continue
                    if v == cpt['vals'][si]:
                        continue
                    if (rel == '=' and v == res.value) or (rel == '~' and res.rounds_to(v)):
                        return True
        return False
    return False


def check_fault(row, lines, comps, errs):
    bad = [c for c in comps if not c['ok']]
    if len(bad) != 1:
        errs.append('expected exactly one wrong computation, found %d' % len(bad))
        return None
    c = bad[0]
    if not c['counted'] or c['kind'] != 'calc':
        errs.append('faulted computation is not a counted calculation')
        return None
    counted = [x for x in comps if x['counted']]
    if counted.index(c) + 1 != row['step']:
        errs.append('step %s but fault is computation %d' % (row['step'], counted.index(c) + 1))
    li = c['line']
    st = sum(len(x) + 1 for x in lines[:li])
    if row['span'] != [st, st + len(lines[li])]:
        errs.append('span %s is not the faulted line %s' % (row['span'], [st, st + len(lines[li])]))
    if 'check' in lines[li].lower():
        errs.append('fault placed on a check line')
    res = c['result']
    if res.s != row['wrong']:
        errs.append('wrong %r but written %r' % (row['wrong'], res.s))
    a, b, rel = c['bad']
    if b != c['idx'][-1]:
        errs.append('fault is not on the written result')
    expect = c['vals'][a]
    rv = F(row['right'])
    if rel == '=':
        if expect != rv:
            errs.append('right %r but expression gives %s' % (row['right'], expect))
    else:
        d = len(row['right'].split('.')[1]) if '.' in row['right'] else 0
        if rhu(expect, d) != rv:
            errs.append('right %r is not the rounding of %s' % (row['right'], float(expect)))
    d = max(res.dec, len(row['right'].split('.')[1]) if '.' in row['right'] else 0)
    if abs(F(row['wrong']) - rv) <= F(1, 2) / 10 ** d:
        errs.append('wrong within rounding tolerance')
    if row['kind'] not in KINDS:
        errs.append('unknown kind')
    elif not kind_ok(row['kind'], c, row['wrong'], row['right']):
        errs.append('kind %s does not match %s -> %s' % (row['kind'], row['right'], row['wrong']))
    return c


def check_group(rows):
    errs = []
    by = {r['variant']: r for r in rows}
    if [r['variant'] for r in rows] != ['correct', 'slip', 'carry', 'loop']:
        return ['variants out of order']
    for r in rows:
        if list(r.keys()) != KEYS[r['variant']]:
            errs.append('%s: key order %s' % (r['variant'], list(r.keys())))
        for k in ('pid', 'template', 'style', 'problem', 'final'):
            if r[k] != rows[0][k]:
                errs.append('%s differs across rows' % k)
    final = rows[0]['final']
    if not NUMRE.match(final):
        errs.append('final not a plain number')
    parsed = {}
    for r in rows:
        try:
            parsed[r['variant']] = parse_solution(r['solution'])
        except (Bad, ZeroDivisionError, ValueError) as e:
            errs.append('%s: parse error %s' % (r['variant'], e))
    if errs:
        return errs

    # correct
    lines, comps = parsed['correct']
    counted = [c for c in comps if c['counted']]
    if not all(c['ok'] for c in comps):
        errs.append('correct: wrong computation %s' % [lines[c['line']] for c in comps if not c['ok']])
    if not 2 <= len(counted) <= 8:
        errs.append('correct: %d computations' % len(counted))
    if lines[-1] != '#### ' + final:
        errs.append('correct: last line %r' % lines[-1])
    if not any(c['result'] is not None and c['result'].value == F(final) for c in counted):
        errs.append('correct: final answer is not a computed result')
    ncorr = len(counted)

    # slip
    r = by['slip']
    sl, sc = parsed['slip']
    c = check_fault(r, sl, sc, errs)
    if sl[-1] != '#### ' + final:
        errs.append('slip: final changed')
    if len(sl) != len(lines):
        errs.append('slip: line count differs from correct')
    else:
        diff = [i for i in range(len(lines)) if lines[i] != sl[i]]
        if c is not None and diff != [c['line']]:
            errs.append('slip: differs from correct on lines %s' % diff)
    if sum(1 for x in sc if x['counted']) != ncorr:
        errs.append('slip: computation count differs')

    # carry
    r = by['carry']
    cl, cc = parsed['carry']
    c = check_fault(r, cl, cc, errs)
    m = re.match(r'^#### (\d+(?:\.\d+)?)$', cl[-1])
    if not m:
        errs.append('carry: no final line')
    else:
        cf = m.group(1)
        if F(cf) == F(final):
            errs.append('carry: final equals gold')
        if not any(x['counted'] and x['result'] is not None and x['result'].value == F(cf) for x in cc):
            errs.append('carry: final is not a computed result')
        if c is not None:
            later = [x for x in cc if x['counted'] and cc.index(x) > cc.index(c)]
            wv = F(r['wrong'])
            used = any(any(o.value == wv for o in x['operands']) for x in later)
            if not used and F(cf) != wv:
                errs.append('carry: wrong value never reused')
            if cl[:c['line']] != lines[:c['line']]:
                errs.append('carry: lines before the fault differ from correct')
    if sum(1 for x in cc if x['counted']) != ncorr:
        errs.append('carry: computation count differs')

    # loop
    r = by['loop']
    ll, lc = parsed['loop']
    sol = r['solution']
    if any(x.startswith('####') for x in ll):
        errs.append('loop: has #### line')
    if not all(x['ok'] for x in lc):
        errs.append('loop: wrong computation')
    a, b = r['span']
    unit = sol[a:b]
    ulen = len(unit)
    fs = a - 1 - ulen
    if fs < 0 or sol[a - 1] != '\n' or sol[fs:a - 1] != unit or (fs > 0 and sol[fs - 1] != '\n'):
        errs.append('loop: span is not the second copy')
    else:
        pos, n = fs, 0
        while sol.startswith(unit, pos) and (pos + ulen == len(sol) or sol[pos + ulen] == '\n'):
            n += 1
            pos += ulen + 1
            if pos > len(sol):
                break
        if n != r['repeats'] or not 8 <= n <= 30:
            errs.append('loop: %d copies, repeats=%s' % (n, r['repeats']))
        tail = sol[pos:] if pos <= len(sol) else ''
        first = unit.split('\n')[0]
        if tail and (not first.startswith(tail) or len(tail) >= len(first) or re.search(r'\d', tail)):
            errs.append('loop: bad unfinished tail %r' % tail)
        head = sol[:fs + ulen]
        csol = rows[0]['solution']
        if not (csol.startswith(head) and csol[len(head)] == '\n'):
            errs.append('loop: prefix is not a cut of the correct solution')
        ulines = unit.split('\n')
        if not 1 <= len(ulines) <= 3:
            errs.append('loop: unit has %d lines' % len(ulines))
        try:
            if not any(x['counted'] and x['kind'] == 'calc' for x in comps_in_line(ulines[-1])):
                errs.append('loop: unit does not end on a computation line')
        except Bad as e:
            errs.append('loop: %s' % e)
    return errs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    groups = OrderedDict()
    nrows = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            row = json.loads(line, object_pairs_hook=OrderedDict)
            groups.setdefault(row['pid'], []).append(row)
            nrows += 1
    failures = 0
    variants = Counter()
    kinds = {'slip': Counter(), 'carry': Counter()}
    templates, styles = Counter(), Counter()
    partial = 0
    for pid, rows in groups.items():
        for r in rows:
            variants[r['variant']] += 1
            if r['variant'] in kinds:
                kinds[r['variant']][r.get('kind')] += 1
        templates[rows[0]['template']] += 1
        styles[rows[0]['style']] += 1
        errs = check_group(rows)
        if len(rows) == 4 and not errs:
            lp = rows[3]
            if not lp['solution'].endswith(lp['solution'][lp['span'][0]:lp['span'][1]]):
                partial += 1
        if errs:
            failures += 1
            if failures <= 25:
                print('FAIL', pid, rows[0]['style'], '; '.join(errs[:4]))
    glob = []
    if not 550 <= len(groups) <= 800:
        glob.append('%d problems' % len(groups))
    if len(templates) < 15:
        glob.append('%d templates' % len(templates))
    if len(styles) < 9:
        glob.append('%d styles' % len(styles))
    for v in ('slip', 'carry'):
        if set(kinds[v]) != set(KINDS):
            glob.append('%s kinds %s' % (v, dict(kinds[v])))
    frac = partial / max(1, len(groups))
    if not 0.3 <= frac <= 0.5:
        glob.append('unfinished loop tails %.2f' % frac)
    print('problems %d, rows %d, variants %s' % (len(groups), nrows, dict(variants)))
    print('templates %d, styles %d: %s' % (len(templates), len(styles), dict(styles)))
    print('slip kinds %s' % dict(kinds['slip']))
    print('carry kinds %s' % dict(kinds['carry']))
    print('loop rows with an unfinished last line: %d (%.0f%%)' % (partial, 100 * frac))
    for g in glob:
        print('FAIL global:', g)
    if failures or glob:
        print('FAIL (%d problem groups)' % failures)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
