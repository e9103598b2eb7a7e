#!/usr/bin/env python3
"""Independent re-checker for the eval65 set (standard library only).

It does not import the generator.  It re-reads the rendered text of every
solution, finds the computations it can parse (equations, approximations,
roundings up, remainders, table rows, comparisons), recomputes them from the
numbers as written, and asserts:
  * correct rows: no wrong computation, last line '#### <final>'
  * slip rows:    exactly one wrong computation, on the line at `span`;
                  '#### <final>' equals the gold final
  * carry rows:   exactly one wrong computation, on the line at `span`; every
                  other computation is right; the '####' value differs from
                  the gold final and the wrong value is reused after the fault
  * loop rows:    no wrong computation, no '####', the text at `span` is the
                  second of `repeats` back-to-back copies of the repeated unit
Prints PASS and exits 0, or prints the failures and exits 1.

    python3 check.py [set.jsonl]
"""
import json
import math
import re
import sys
from collections import Counter
from fractions import Fraction as F

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']

UNIT_WORDS = set('''ft feet foot in inch inches sq square cu cubic yd yds yard yards ft² ft³ in² yd² yd³ gal gallon gallons
bd board boards bf lb lbs pound pounds ton tons box boxes post posts bag bags roll rolls sheet sheets stud studs
picket pickets panel panels tile tiles paver pavers strip strips coat coats hour hours hr hrs day days section sections
piece pieces bundle bundles row rows pallet pallets shelf shelves rail rails tube tubes bed beds space spaces painter
painters bucket buckets'''.split()) | {'BF'}

NUM_RE = re.compile(r'\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?|\$?\.\d+')
FTIN_RES = [re.compile(r"(\d+)\s*(?:′|')\s*(\d+(?:\.\d+)?)\s*(?:″|\")"),
            re.compile(r"(\d+)\s*ft\s+(\d+(?:\.\d+)?)\s*in\b")]
WORD_RE = re.compile(r"[A-Za-z][A-Za-z²³]*")


# ------------------------------------------------------------------ normalisation

def strip_latex(s):
    s = s.replace('\\$', '\x00')
    s = s.replace('{,}', ',')
    for _ in range(4):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) / (\2)', s)
        s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
        s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    rep = [('\\times', ' × '), ('\\cdot', ' · '), ('\\div', ' ÷ '), ('\\approx', ' ≈ '), ('\\geq', ' ≥ '),
           ('\\to', ' → '), ('\\lceil', ' ⌈ '), ('\\rceil', ' ⌉ '), ('\\%', '%'), ('\\,', ''), ('\\ ', ' '),
           ('\\quad', ' '), ('\\[', ' '), ('\\]', ' '), ('\\left', ''), ('\\right', '')]
    for a, b in rep:
        s = s.replace(a, b)
    s = s.replace('^2', '²').replace('^3', '³')
    s = s.replace('$', ' ')
    s = s.replace('\x00', '$')
    s = s.replace(' ft ²', ' ft²').replace(' ft ³', ' ft³').replace(' yd ³', ' yd³').replace(' yd ²', ' yd²').replace(' in ²', ' in²')
    return s


LATEX_RE = re.compile(r'\\(times|div|frac|text|approx|cdot|lceil|boxed|geq|to)\b|\\\$|\\\[|\\\]|\{,\}')


def normalize(line, latex=False):
    """latex=True when the solution as a whole is written with TeX math, so a bare '$' is a delimiter."""
    s = line.replace('**', '').replace('__', '').replace('`', '')
    if latex or LATEX_RE.search(s) or s.strip() == '$$':
        s = strip_latex(s)
    return s


# ------------------------------------------------------------------ tokens
# token: (type, value, extra)   types: NUM OP LP RP REL WORD CL CR

def is_unit(w):
    lw = w.lower()
    return w in UNIT_WORDS or lw in UNIT_WORDS or lw[:-1] in UNIT_WORDS and lw.endswith('s') or \
        lw.endswith('es') and lw[:-2] in UNIT_WORDS


def num_value(txt):
    t = txt.replace('$', '').replace(',', '')
    return F(t)


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        m = None
        for rx in FTIN_RES:
            m = rx.match(s, i)
            if m:
                break
        if m and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] == '.')):
            v = F(m.group(1)) + F(m.group(2)) / 12
            toks.append(('NUM', v, {'conv': True, 'dp': None, 'money': False, 'pct': False}))
            i = m.end()
            continue
        m = NUM_RE.match(s, i)
        if m and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] in '._')):
            txt = m.group(0)
            j = m.end()
            # nominal sizes like 2x4 / 4x8 / 80-lb are words, not numbers
            if re.match(r'x\d|-[A-Za-z]|[A-Za-z_]', s[j:j + 2]) and not re.match(r'x\s', s[j:j + 2]):
                k = j
                while k < n and not s[k].isspace():
                    k += 1
                toks.append(('WORD', s[i:k], None))
                i = k
                continue
            info = {'conv': False, 'money': '$' in txt, 'pct': False, 'sq': 0}
            frac = txt.split('.')[1] if '.' in txt else ''
            info['dp'] = len(frac)
            v = num_value(txt)
            if j < n and s[j] == '%':
                info['pct'] = True
                j += 1
            if j < n and s[j] == '²':
                info['sq'] = 2
                j += 1
            toks.append(('NUM', v, info))
            i = j
            continue
        if s.startswith('->', i):
            toks.append(('REL', '→', None)); i += 2; continue
        if s.startswith('>=', i):
            toks.append(('REL', '≥', None)); i += 2; continue
        if c in '=≈~→≥':
            toks.append(('REL', c, None)); i += 1; continue
        if c in '×*·':
            toks.append(('OP', '*', None)); i += 1; continue
        if c in '÷/':
            toks.append(('OP', '/', None)); i += 1; continue
        if c == '+':
            toks.append(('OP', '+', None)); i += 1; continue
        if c in '−–-':
            toks.append(('OP', '-', None)); i += 1; continue
        if c == '(':
            toks.append(('LP', c, None)); i += 1; continue
        if c == ')':
            toks.append(('RP', c, None)); i += 1; continue
        if c == '⌈':
            toks.append(('CL', c, None)); i += 1; continue
        if c == '⌉':
            toks.append(('CR', c, None)); i += 1; continue
        m = WORD_RE.match(s, i)
        if m:
            w = m.group(0)
            toks.append(('WORD', w, None))
            i = m.end()
            continue
        toks.append(('PUNCT', c, None))
        i += 1
    return fold_words(toks)


def fold_words(toks):
    """Turn operator words into OP, drop units that follow numbers, rates '/gal', 'per sq ft'."""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == 'WORD':
            w = t[1]
            lw = w.lower()
            nxt = toks[i + 1][1].lower() if i + 1 < len(toks) and toks[i + 1][0] == 'WORD' else None
            if lw == 'x' and out and out[-1][0] in ('NUM', 'RP', 'UNIT'):
                out.append(('OP', '*', None)); i += 1; continue
            if lw == 'times' and out and out[-1][0] in ('NUM', 'RP', 'UNIT'):
                out.append(('OP', '*', None)); i += 1; continue
            if lw in ('divided', 'multiplied') and nxt == 'by':
                out.append(('OP', '/' if lw == 'divided' else '*', None)); i += 2; continue
            if lw == 'plus' and out and out[-1][0] in ('NUM', 'RP', 'UNIT'):
                out.append(('OP', '+', None)); i += 1; continue
            if lw == 'minus' and out and out[-1][0] in ('NUM', 'RP', 'UNIT'):
                out.append(('OP', '-', None)); i += 1; continue
            if lw == 'of' and out and out[-1][0] == 'NUM' and out[-1][2] and out[-1][2].get('pct'):
                out.append(('OP', '*', None)); i += 1; continue
            if is_unit(w) and out and out[-1][0] in ('NUM', 'UNIT', 'RP', 'CR'):
                out.append(('UNIT', w, None)); i += 1; continue
            if lw == 'per' and out and out[-1][0] == 'UNIT' and i + 1 < len(toks) and toks[i + 1][0] == 'WORD' and \
                    is_unit(toks[i + 1][1]):
                # rate unit: 'sq ft per gallon'
                i += 2
                while i < len(toks) and toks[i][0] == 'WORD' and is_unit(toks[i][1]):
                    i += 1
                continue
            out.append(t); i += 1; continue
        if t[0] == 'OP' and t[1] == '/' and out and out[-1][0] in ('NUM', 'UNIT') and i + 1 < len(toks) and \
                toks[i + 1][0] == 'WORD' and is_unit(toks[i + 1][1]):
            # '$38.97/gal', 'sq ft/gal'
            i += 2
            while i < len(toks) and toks[i][0] == 'WORD' and is_unit(toks[i][1]):
                i += 1
            continue
        if t[0] == 'PUNCT' and t[1] == '"' and out and out[-1][0] == 'NUM':
            i += 1
            continue
        out.append(t)
        i += 1
    return [t for t in out if t[0] != 'UNIT']


# ------------------------------------------------------------------ expression parser

class PErr(Exception):
    pass


def parse_expr(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def factor():
        t = peek()
        if t is None:
            raise PErr('eof')
        if t[0] == 'OP' and t[1] == '-':
            eat()
            return -factor(), False
        if t[0] == 'NUM':
            eat()
            v = t[1]
            info = t[2]
            if info.get('pct'):
                v = v / 100
            if info.get('sq'):
                v = v * v
            nt = peek()
            if nt is not None and nt[0] == 'LP':
                v2, _ = factor()
                return v * v2, False
            return v, bool(info.get('pct'))
        if t[0] == 'LP':
            eat()
            v = expr()
            if peek() is None or peek()[0] != 'RP':
                raise PErr('paren')
            eat()
            return v, False
        if t[0] == 'CL':
            eat()
            v = expr()
            if peek() is None or peek()[0] != 'CR':
                raise PErr('ceil')
            eat()
            return F(math.ceil(v)), False
        raise PErr('bad token %r' % (t,))

    def term():
        v, p = factor()
        while peek() is not None and peek()[0] == 'OP' and peek()[1] in '*/':
            op = eat()[1]
            w, _ = factor()
            if op == '*':
                v = v * w
            else:
                if w == 0:
                    raise PErr('div0')
                v = v / w
            p = False
        return v, p

    def expr():
        v, _ = term()
        while peek() is not None and peek()[0] == 'OP' and peek()[1] in '+-':
            op = eat()[1]
            w, is_pct = term()
            if is_pct:
                v = v * (1 + w) if op == '+' else v * (1 - w)
            else:
                v = v + w if op == '+' else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise PErr('trailing')
    return v


EXPR_TYPES = ('NUM', 'OP', 'LP', 'RP', 'CL', 'CR')


def left_run(toks, k):
    i = k
    while i > 0 and toks[i - 1][0] in EXPR_TYPES:
        i -= 1
    run = toks[i:k]
    # drop unmatched leading '(' and leading operators
    while run and (run[0][0] == 'OP' and run[0][1] != '-' or run[0][0] in ('RP', 'CR')):
        run = run[1:]
    depth = 0
    for t in run:
        if t[0] == 'LP':
            depth += 1
        elif t[0] == 'RP':
            depth -= 1
    while depth > 0 and run and run[0][0] == 'LP':
        run = run[1:]
        depth -= 1
    return run


def right_run(toks, k):
    j = k + 1
    while j < len(toks) and toks[j][0] in EXPR_TYPES:
        # '= 700 sq ft (≥ ...' : a bracket after the result starts a remark, not a product
        if toks[j][0] == 'LP' and j > k + 1 and toks[j - 1][0] == 'NUM':
            break
        j += 1
    return toks[k + 1:j], j


def has_op(run):
    return any(t[0] in ('OP', 'CL') for t in run) or any(t[0] == 'NUM' and t[2].get('conv') for t in run)


def within(lhs, rhs_tok, approx):
    r = rhs_tok[1]
    info = rhs_tok[2]
    if info.get('pct'):
        r = r / 100
    if lhs == r:
        return True
    dp = info.get('dp') or 0
    if approx:
        return abs(lhs - r) <= F(1, 2) * F(1, 10 ** dp) + F(1, 10 ** 9)
    if info.get('money') and dp == 2:
        return abs(lhs - r) <= F(1, 200) + F(1, 10 ** 9)
    return False


# ------------------------------------------------------------------ line checker

def check_line(raw, latex=False):
    """Return list of (ok, description) for every computation found on the line."""
    s = normalize(raw, latex)
    res = []
    if s.lstrip().startswith('|'):
        cells = [c.strip() for c in s.strip().strip('|').split('|')]
        if len(cells) >= 3 and not set(cells[1]) <= set('-: '):
            r = check_table_row(cells)
            if r is not None:
                res.append(r)
        return res
    toks = tokenize(s)
    for k, t in enumerate(toks):
        if t[0] != 'REL':
            continue
        if t[1] == '~' and k > 0 and toks[k - 1][0] == 'REL':
            continue
        if t[1] in ('=', '≈', '~'):
            approx = t[1] != '='
            kk = k
            if t[1] == '=' and k + 1 < len(toks) and toks[k + 1][0] == 'REL' and toks[k + 1][1] == '~':
                approx = True
                kk = k + 1
            lhs = left_run(toks, k)
            if not lhs or not has_op(lhs):
                continue
            rhs, j = right_run(toks, kk)
            if not rhs:
                continue
            neg = False
            if rhs[0][0] == 'OP' and rhs[0][1] == '-' and len(rhs) >= 2 and rhs[1][0] == 'NUM':
                neg = True
                rhs = rhs[1:]
            if rhs[0][0] != 'NUM':
                continue
            try:
                lv = parse_expr(lhs)
            except PErr:
                continue
            rt = rhs[0]
            if neg:
                rt = ('NUM', -rt[1], rt[2])
            # remainder form: q R r / q remainder r
            if j < len(toks) and toks[j][0] == 'WORD' and toks[j][1] in ('R', 'remainder') and j + 1 < len(toks) and \
                    toks[j + 1][0] == 'NUM' and len(rhs) == 1:
                b = [x for x in lhs if x[0] == 'NUM'][-1][1]
                q = rt[1]
                rem = toks[j + 1][1]
                ok = q == math.floor(lv) and rem == lv * b - q * b
                res.append((ok, 'divmod %s -> %s R %s' % (float(lv), q, rem)))
                continue
            if len(rhs) > 1:
                # chained expression on the right: compare its value
                try:
                    rv = parse_expr(rhs)
                except PErr:
                    rv = None
                if rv is None:
                    continue
                res.append((rv == lv or approx and abs(rv - lv) < F(1, 100), 'chain'))
                continue
            res.append((within(lv, rt, approx), '%s %s %s' % (float(lv), t[1], rt[1])))
        elif t[1] == '→':
            if k == 0 or toks[k - 1][0] != 'NUM':
                continue
            x = toks[k - 1][1]
            j = k + 1
            while j < len(toks) and toks[j][0] == 'WORD' and toks[j][1].lower() in ('round', 'rounded', 'up', 'to'):
                j += 1
            if j < len(toks) and toks[j][0] == 'NUM':
                res.append((ceil_ok(x, toks[j][1]), 'arrow %s -> %s' % (x, toks[j][1])))
        elif t[1] == '≥':
            p = k - 1
            while p >= 0 and toks[p][0] == 'LP':
                p -= 1
            if p < 0 or toks[p][0] != 'NUM' or k + 1 >= len(toks) or toks[k + 1][0] != 'NUM':
                continue
            res.append((toks[p][1] >= toks[k + 1][1], 'ge'))
    # worded roundings
    for m in re.finditer(r'\bround(?:ed|ing)?\s+(\$?[\d,]*\.?\d+)\s*([A-Za-z²³ ]{0,24}?)\s*up\s+to\s+(\$?[\d,]*\.?\d+)', s):
        res.append((ceil_ok(num_value(m.group(1)), num_value(m.group(3))), 'round up'))
    for m in re.finditer(r'(\$?[\d,]*\.?\d+)\s*([A-Za-z²³ ]{0,24}?)\s*rounds\s+up\s+to\s+(\$?[\d,]*\.?\d+)', s):
        res.append((ceil_ok(num_value(m.group(1)), num_value(m.group(3))), 'rounds up'))
    for m in re.finditer(r'(\$?[\d,]*\.?\d+) is already a (?:whole number|round amount), so (?:order )?(\$?[\d,]*\.?\d+)', s):
        res.append((num_value(m.group(1)) == num_value(m.group(2)), 'already whole'))
    return res


def ceil_ok(x, n):
    if n.denominator == 1:
        return n == math.ceil(x)
    return n >= x and n - x < 1


def check_table_row(cells):
    calc, amt = cells[1], cells[2]
    m = re.match(r'^⌈(.*)⌉$', calc) or re.match(r'^(.*?), rounded up(?: to the next \w+)?$', calc)
    at = tokenize(amt)
    if m:
        it = tokenize(m.group(1))
        if len(it) == 1 and it[0][0] == 'NUM' and at and at[0][0] == 'NUM':
            return (ceil_ok(it[0][1], at[0][1]), 'table ceil')
        return None
    ct = tokenize(calc)
    if not ct or not has_op(ct):
        return None
    try:
        lv = parse_expr(ct)
    except PErr:
        return None
    approx = False
    if at and at[0][0] == 'REL' and at[0][1] in ('≈', '~'):
        approx = True
        at = at[1:]
    neg = False
    if at and at[0][0] == 'OP' and at[0][1] == '-':
        neg = True
        at = at[1:]
    if not at or at[0][0] != 'NUM':
        return None
    rt = at[0] if not neg else ('NUM', -at[0][1], at[0][2])
    if len(at) >= 3 and at[1][0] == 'WORD' and at[1][1] in ('R', 'remainder') and at[2][0] == 'NUM':
        b = [x for x in ct if x[0] == 'NUM'][-1][1]
        q, rem = rt[1], at[2][1]
        return (q == math.floor(lv) and rem == lv * b - q * b, 'table divmod')
    return (within(lv, rt, approx), 'table %s vs %s' % (float(lv), rt[1]))


def analyse(sol):
    """Per-line results: list of (line_start, line_end, [(ok, desc)...])."""
    out = []
    off = 0
    latex = bool(LATEX_RE.search(sol))
    for line in sol.split('\n'):
        r = check_line(line, latex)
        out.append((off, off + len(line), r))
        off += len(line) + 1
    return out


def nums_in(text, latex=False):
    vals = []
    for t in tokenize(normalize(text, latex)):
        if t[0] == 'NUM':
            vals.append(t[1])
    return vals


def canon_val(sv):
    return F(sv)


# ------------------------------------------------------------------ main

def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    fails = []
    stats = Counter()

    def fail(r, msg):
        fails.append('%s/%s: %s' % (r['pid'], r['variant'], msg))

    pids = Counter()
    for r in rows:
        v = r['variant']
        keys = list(r.keys())
        want = KEYS_BASE if v == 'correct' else KEYS_LOOP if v == 'loop' else KEYS_FAULT
        if keys != want:
            fail(r, 'keys %s' % keys)
            continue
        pids[(r['pid'], v)] += 1
        sol = r['solution']
        lines = analyse(sol)
        wrong = [(a, b, d) for a, b, rs in lines for ok, d in rs if not ok]
        nchk = sum(len(rs) for _, _, rs in lines)
        stats['checked_' + v] += nchk
        stats['rows_' + v] += 1
        last = sol.split('\n')[-1]
        if v in ('correct', 'slip', 'carry'):
            if nchk < 2:
                fail(r, 'only %d computations parsed' % nchk)
            if sol.count('####') != 1 or not last.startswith('#### '):
                fail(r, 'bad #### line')
                continue
            fin = last[5:].strip()
        if v == 'correct':
            if wrong:
                fail(r, 'wrong computation in correct row: %s' % (wrong,))
            if fin != r['final']:
                fail(r, 'final %s != %s' % (fin, r['final']))
        elif v in ('slip', 'carry'):
            a, b = r['span']
            if not (0 <= a < b <= len(sol)) or (a > 0 and sol[a - 1] != '\n') or (b < len(sol) and sol[b] != '\n'):
                fail(r, 'span is not a whole line')
            if len(wrong) != 1:
                fail(r, '%d wrong computations: %s' % (len(wrong), wrong))
            elif not (wrong[0][0] == a and wrong[0][1] == b):
                fail(r, 'wrong computation not at span')
            lx = bool(LATEX_RE.search(sol))
            inspan = nums_in(sol[a:b], lx)
            if abs(F(r['wrong'])) not in inspan and abs(F(r['wrong'])) / 100 not in inspan:
                fail(r, 'wrong value %s not written in span' % r['wrong'])
            if F(r['wrong']) == F(r['right']):
                fail(r, 'wrong == right')
            if v == 'slip' and fin != r['final']:
                fail(r, 'slip final %s != %s' % (fin, r['final']))
            if v == 'carry':
                if F(fin) == F(r['final']):
                    fail(r, 'carry final equals gold')
                later = [x for x in lines if x[0] > b and x[2]]
                if later:
                    stats['carry_with_later_steps'] += 1
                    if nums_in(sol[a:], lx).count(abs(F(r['wrong']))) >= 2:
                        stats['carry_value_rewritten'] += 1
        elif v == 'loop':
            if '####' in sol:
                fail(r, 'loop has ####')
            if wrong:
                fail(r, 'wrong computation in loop row: %s' % (wrong,))
            a, b = r['span']
            unit = sol[a:b]
            L = b - a
            if not unit.strip():
                fail(r, 'empty loop unit')
            # first copy right before the span
            if sol[a - 1 - L:a - 1] != unit or sol[a - 1] != '\n':
                fail(r, 'span is not the second copy')
            start = a - 1 - L
            k = 0
            p = start
            while sol[p:p + L] == unit and (p + L == len(sol) or sol[p + L] == '\n'):
                k += 1
                p += L + 1
            if k != r['repeats']:
                fail(r, 'repeats %d != %d' % (k, r['repeats']))
            if not 8 <= k <= 30:
                fail(r, 'repeats out of range')
            if p < len(sol) and not unit.startswith(sol[p:]):
                fail(r, 'text after the copies is not a partial copy')
        else:
            fail(r, 'unknown variant')
    for (pid, v), c in pids.items():
        if c != 1:
            fails.append('%s/%s appears %d times' % (pid, v, c))
    byp = Counter(pid for pid, v in pids)
    for pid, c in byp.items():
        if c != 4:
            fails.append('%s has %d variants' % (pid, c))
    for k in sorted(stats):
        print('%-18s %d' % (k, stats[k]))
    if fails:
        for f_ in fails[:60]:
            print('FAIL', f_)
        print('%d failures' % len(fails))
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'))
