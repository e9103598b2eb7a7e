#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl

Re-reads every solution as text: normalises markdown / LaTeX / worded operators /
tables / GSM8K calculator annotations, extracts every written computation
`expr (= expr)* (=|≈) result`, evaluates it with exact Fractions (percent signs
scale by 1/100; results written with `≈`, or with decimals, must equal the exact
value rounded half-up at the written decimals), checks round-ups (`→`, "round up
to"), and then checks that each row is exactly what its label says.
Prints PASS and exits 0 only if every row is as labelled.
"""
import json
import math
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

NUM_RE = re.compile(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+')
NUMPAT = r'(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)'
ROUND_RE = re.compile(r'(' + NUMPAT + r')%?\s*(?:→\s*(?:round(?:ed)?\s+(up|down)\s+to\s+)?|,?\s*so\s+(?:we\s+)?round\s+(up|down)\s+to\s+)\$?(' + NUMPAT + r')')
KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift']
KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']


def rhu(v, d):
    return F(math.floor(v * 10 ** d + F(1, 2)), 10 ** d)


def numval(s):
    s = s.replace('{,}', '').replace(',', '')
    return F(s)


def decimals(s):
    s = s.replace('{,}', '').replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


# ----------------------------------------------------------------------------
# normalisation
# ----------------------------------------------------------------------------

def brace_group(s, i):
    """s[i] == '{'; return (content, index after closing brace)"""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == '{':
            depth += 1
        elif s[j] == '}':
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
    raise ValueError('unbalanced braces')


def unlatex(s):
    s = s.replace('{,}', ',')
    for cmd in ('\\text', '\\boxed', '\\mathrm'):
        while cmd + '{' in s:
            i = s.index(cmd + '{')
            g, j = brace_group(s, i + len(cmd))
            s = s[:i] + ' ' + g + ' ' + s[j:]
    while '\\frac{' in s:
        i = s.index('\\frac{')
        a, j = brace_group(s, i + 5)
        b, k = brace_group(s, j)
        s = s[:i] + '(' + a + ')/(' + b + ')' + s[k:]
    rep = [('\\;\\Rightarrow\\;', ' → '), ('\\Rightarrow', ' → '), ('\\rightarrow', ' → '), ('\\to ', ' → '),
           ('\\times', ' × '), ('\\cdot', ' · '), ('\\div', ' ÷ '), ('\\approx', ' ≈ '), ('\\$', '$'),
           ('\\%', '%'), ('\\(', ' '), ('\\)', ' '), ('\\[', ' '), ('\\]', ' '), ('\\,', ' '), ('\\;', ' '),
           ('\\left', ''), ('\\right', '')]
    for a, b in rep:
        s = s.replace(a, b)
    return s


WORD_REPL = [
    (re.compile(r',?\s*\b(?:which is|that is|that\'s|is)\s+(?:about|approximately|roughly)\b', re.I), ' ≈ '),
    (re.compile(r',?\s*(?:and\s+)?\b(?:that gives us|which gives us|which is|is equal to|equals)\b', re.I), ' = '),
    (re.compile(r'\bmultiplied by\b', re.I), ' × '),
    (re.compile(r'\btimes\b', re.I), ' × '),
    (re.compile(r'\bdivided by\b', re.I), ' ÷ '),
    (re.compile(r'\bminus\b', re.I), ' − '),
    (re.compile(r'\bplus\b', re.I), ' + '),
    (re.compile(r'%\s+of\b'), '% × '),
]


def gsm_annotations(line):
    """strip <<a=b>> calculator annotations; verify each matches the visible text"""
    errs = []
    out = line
    for m in list(re.finditer(r'<<([^<>]*)>>', line)):
        inner = m.group(1)
        if '=' not in inner:
            errs.append('annotation without =')
            continue
        a, b = inner.rsplit('=', 1)
        before = line[:m.start()]
        if not (before.endswith(a + '=') or before.endswith(a + '=$')):
            errs.append('annotation expression differs from visible text')
        after = line[m.end():]
        mm = NUM_RE.match(after)
        if not mm or mm.group(0) != b:
            errs.append('annotation result differs from visible result')
    out = re.sub(r'<<[^<>]*>>', '', line)
    return out, errs


def normalise(line):
    s, errs = gsm_annotations(line)
    s = s.replace('**', '')
    s = unlatex(s)
    st = s.strip()
    if st.startswith('|') and st.endswith('|') and len(st) > 2:
        cells = [c.strip() for c in st[1:-1].split('|')]
        if all(set(c) <= set('-: ') for c in cells):
            s = ''
        elif len(cells) == 3:
            c1, c2, c3 = cells
            s = f'{c1}: {c2} {c3}' if c3.startswith('≈') else f'{c1}: {c2} = {c3}'
    for rx, rp in WORD_REPL:
        s = rx.sub(rp, s)
    return s, errs


# ----------------------------------------------------------------------------
# tokenising and parsing
# ----------------------------------------------------------------------------

OPS = {'+': '+', '-': '-', '−': '-', '×': '*', '*': '*', '·': '*', '÷': '/', '/': '/'}


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch.isspace() or ch == '$':
            i += 1
            continue
        m = NUM_RE.match(s, i)
        if m and (ch.isdigit() or ch == '.'):
            txt = m.group(0)
            j = m.end()
            pct = j < n and s[j] == '%'
            if pct:
                j += 1
            toks.append(('NUM', txt, pct))
            i = j
            continue
        if ch.isalpha():
            j = i
            while j < n and (s[j].isalpha() or s[j] == "'"):
                j += 1
            w = s[i:j]
            if w == 'x' and toks and toks[-1][0] in ('NUM', 'RP'):
                k = j
                while k < n and s[k] == ' ':
                    k += 1
                if k < n and (s[k].isdigit() or s[k] in '($.'):
                    toks.append(('OP', '*'))
                    i = j
                    continue
            toks.append(('OTHER', w))
            i = j
            continue
        if ch in OPS:
            toks.append(('OP', OPS[ch]))
        elif ch == '(':
            toks.append(('LP',))
        elif ch == ')':
            toks.append(('RP',))
        elif ch == '=':
            toks.append(('EQ', '='))
        elif ch == '≈':
            toks.append(('EQ', '≈'))
        else:
            toks.append(('OTHER', ch))
        i += 1
    return toks


def tokval(t):
    v = numval(t[1])
    return v / 100 if t[2] else v


class Bad(Exception):
    pass


def parse_expr(toks):
    """evaluate a complete token list; raise Bad if not a full valid expression"""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise Bad
        if t[0] == 'NUM':
            pos[0] += 1
            return tokval(t)
        if t[0] == 'LP':
            pos[0] += 1
            v = expr()
            if peek() is None or peek()[0] != 'RP':
                raise Bad
            pos[0] += 1
            return v
        raise Bad

    def term():
        v = atom()
        while peek() is not None and peek()[0] == 'OP' and peek()[1] in '*/':
            o = peek()[1]
            pos[0] += 1
            w = atom()
            if o == '*':
                v = v * w
            else:
                if w == 0:
                    raise Bad
                v = v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == 'OP' and peek()[1] in '+-':
            o = peek()[1]
            pos[0] += 1
            w = term()
            v = v + w if o == '+' else v - w
        return v
    if not toks:
        raise Bad
    v = expr()
    if pos[0] != len(toks):
        raise Bad
    return v


def matches(val, restok, sym):
    """does exact value val agree with written result token restok under symbol sym?"""
    n = numval(restok[1])
    d = decimals(restok[1])
    scales = [1, 100] if restok[2] else [1]
    for sc in scales:
        x = val * sc
        if x == n:
            return True
        if (sym == '≈' or d >= 1) and x >= 0 and rhu(x, d) == n:
            return True
    return False


def computations(norm):
    """list of computations found in a normalised line"""
    toks = tokenize(norm)
    runs, cur = [], []
    for t in toks:
        if t[0] == 'OTHER':
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and run[-1][0] in ('OP', 'EQ', 'LP'):
            run = run[:-1]
        segs, syms, cur = [], [], []
        for t in run:
            if t[0] == 'EQ':
                segs.append(cur)
                syms.append(t[1])
                cur = []
            else:
                cur.append(t)
        segs.append(cur)
        if len(segs) >= 2 and not segs[0]:
            segs = segs[1:]
            syms = syms[1:]
        if len(segs) < 2:
            continue
        last = segs[-1]
        if not last or last[0][0] != 'NUM' or any(t[0] != 'RP' for t in last[1:]):
            continue
        first = segs[0]
        val0 = None
        for i in range(len(first)):
            sub = first[i:]
            try:
                val0 = parse_expr(sub)
                first = sub
                break
            except Bad:
                continue
        if val0 is None or not any(t[0] == 'OP' for t in first):
            continue
        vals = [val0]
        okmid = True
        for sg in segs[1:-1]:
            try:
                vals.append(parse_expr(sg))
            except Bad:
                okmid = False
        if not okmid:
            out.append(dict(valid=False, result=last[0], sym=syms[-1], first=first, vals=vals))
            continue
        res = last[0]
        sym = syms[-1]
        ok = all(matches(v, res, sym) for v in vals)
        out.append(dict(valid=True, ok=ok, result=res, sym=sym, first=first, vals=vals))
    return out


def analyze(sol):
    lines = sol.split('\n')
    comps, rounds, errs = [], [], []
    for li, raw in enumerate(lines):
        norm, e = normalise(raw)
        errs += e
        is_check = bool(re.search(r'check', raw, re.I)) or '✓' in raw
        for c in computations(norm):
            if not c['valid']:
                errs.append(f'line {li}: unparsable computation')
                continue
            c['line'] = li
            c['check'] = is_check
            comps.append(c)
        for m in ROUND_RE.finditer(norm):
            a = numval(m.group(1))
            b = numval(m.group(4))
            down = (m.group(2) or m.group(3)) == 'down'
            rounds.append(dict(line=li, a=a, b=b, down=down, a_txt=m.group(1)))
    return lines, comps, rounds, errs


def round_ok(r, a=None):
    a = r['a'] if a is None else a
    exp = math.floor(a) if r['down'] else math.ceil(a)
    return r['b'] == exp and r['b'].denominator == 1


def line_bounds(sol, i):
    lines = sol.split('\n')
    s = sum(len(x) + 1 for x in lines[:i])
    return [s, s + len(lines[i])]


def kind_ok(kind, w, r, comp):
    wv, rv = numval(w), numval(r)
    dw = w.replace('{,}', '').replace(',', '').replace('.', '')
    dr = r.replace('{,}', '').replace(',', '').replace('.', '')
    if kind == 'off_by_one':
        return abs(wv - rv) == 1
    if kind == 'off_by_ten':
        return abs(wv - rv) == 10
    if kind == 'swap_digits':
        if len(dw) != len(dr):
            return False
        diff = [i for i in range(len(dw)) if dw[i] != dr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] and dw[diff[1]] == dr[diff[0]]
    if kind == 'drop_digit':
        return len(dr) == len(dw) + 1 and any(dr[:i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == 'double_digit':
        return len(dw) == len(dr) + 1 and any(dr[:i + 1] + dr[i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == 'decimal_shift':
        return any(wv == rv * F(10) ** k for k in (1, -1, 2, -2))
    if kind == 'wrong_op':
        toks = comp['first']
        wt = ('NUM', w, comp['result'][2])
        for i, t in enumerate(toks):
            if t[0] == 'OP':
                for o in '+-*/':
                    if o == t[1]:
                        continue
                    t2 = toks[:i] + [('OP', o)] + toks[i + 1:]
                    try:
                        v = parse_expr(t2)
                    except Bad:
                        continue
                    if matches(v, wt, comp['sym']):
                        return True
        return False
    return False


# ----------------------------------------------------------------------------
# row checks
# ----------------------------------------------------------------------------

FINAL_RE = re.compile(r'^\d+(?:\.\d+)?$')


def final_of(lines):
    if not lines or not lines[-1].startswith('#### '):
        return None
    return lines[-1][5:]


def main_steps(comps):
    return [c for c in comps if not c['check']]


def last_values(comps, rounds):
    ms = main_steps(comps)
    last = ms[-1]
    vals = [numval(last['result'][1])]
    for r in rounds:
        if r['line'] == last['line'] and r['a'] == numval(last['result'][1]):
            vals.append(r['b'])
    return vals


def check_group(rows, fails):
    by = {r['variant']: r for r in rows}
    pid = rows[0]['pid']

    def fail(msg):
        fails.append(f'{pid}: {msg}')

    if [r['variant'] for r in rows] != ['correct', 'slip', 'carry', 'loop']:
        fail('variants not correct/slip/carry/loop')
        return
    for r in rows:
        for k in ('template', 'style', 'problem', 'final'):
            if r[k] != rows[0][k]:
                fail(f'{k} differs across variants')
        exp = {'correct': KEYS_BASE, 'slip': KEYS_FAULT, 'carry': KEYS_FAULT, 'loop': KEYS_LOOP}[r['variant']]
        if list(r.keys()) != exp:
            fail(f'{r["variant"]}: key order {list(r.keys())}')
    gold = rows[0]['final']
    if not FINAL_RE.match(gold):
        fail('final not a plain number')
        return
    goldv = F(gold)

    # ---- correct
    cor = by['correct']
    cl, cc, cr, ce = analyze(cor['solution'])
    if ce:
        fail('correct: ' + '; '.join(ce))
    ms = main_steps(cc)
    if not (2 <= len(ms) <= 8) or len(cc) > 8:
        fail(f'correct: {len(ms)} steps / {len(cc)} computations')
    for c in cc:
        if not c['ok']:
            fail(f'correct: wrong computation on line {c["line"]}: {cl[c["line"]]}')
    for r in cr:
        if not round_ok(r):
            fail(f'correct: bad round-up on line {r["line"]}')
    if final_of(cl) != gold:
        fail('correct: #### line does not match final')
    if ms and goldv not in last_values(cc, cr):
        fail('correct: final is not the result of the last computation')

    # ---- slip & carry
    for var in ('slip', 'carry'):
        row = by[var]
        sl, sc, sr, se = analyze(row['solution'])
        if se:
            fail(f'{var}: ' + '; '.join(se))
        if row['kind'] not in KINDS:
            fail(f'{var}: unknown kind')
        sms = main_steps(sc)
        if len(sms) != len(ms):
            fail(f'{var}: computation count {len(sms)} != {len(ms)}')
            continue
        bad = [i for i, c in enumerate(sc) if not c['ok']]
        if len(bad) != 1:
            fail(f'{var}: {len(bad)} wrong computations (want 1)')
            continue
        bc = sc[bad[0]]
        if bc['check']:
            fail(f'{var}: fault on a check line')
            continue
        step = sms.index(bc) + 1
        if step != row['step']:
            fail(f'{var}: step {row["step"]} but faulted computation is {step}')
        if line_bounds(row['solution'], bc['line']) != row['span']:
            fail(f'{var}: span is not the faulted line')
        w, rt = row['wrong'], row['right']
        if not NUM_RE.fullmatch(w.replace('{,}', ',')) or not NUM_RE.fullmatch(rt.replace('{,}', ',')):
            fail(f'{var}: wrong/right not numbers')
            continue
        if numval(bc['result'][1]) != numval(w) or w not in sl[bc['line']]:
            fail(f'{var}: written result {bc["result"][1]} != wrong {w}')
        rtok = ('NUM', rt, bc['result'][2])
        if not all(matches(v, rtok, bc['sym']) for v in bc['vals']):
            fail(f'{var}: right {rt} is not the value of the computation')
        tol = F(1, 2 * 10 ** min(decimals(w), decimals(rt)))
        if abs(numval(w) - numval(rt)) <= tol:
            fail(f'{var}: wrong within rounding tolerance of right')
        if not kind_ok(row['kind'], w, rt, bc):
            fail(f'{var}: kind {row["kind"]} does not relate {w} and {rt}')
        # rounds
        for r in sr:
            if var == 'slip' and r['line'] == bc['line'] and r['a'] == numval(w):
                if not round_ok(r, numval(rt)):
                    fail('slip: round-up on faulted line does not use the correct value')
            elif not round_ok(r):
                fail(f'{var}: bad round-up on line {r["line"]}')
        fin = final_of(sl)
        if fin is None or not FINAL_RE.match(fin):
            fail(f'{var}: missing #### line')
            continue
        if sl[:bc['line']] != cl[:bc['line']]:
            fail(f'{var}: text before the faulted line differs from correct')
        if var == 'slip':
            if fin != gold:
                fail('slip: final answer changed')
            if len(sl) != len(cl) or any(a != b for i, (a, b) in enumerate(zip(sl, cl)) if i != bc['line']):
                fail('slip: lines other than the faulted one differ from correct')
            if sl[bc['line']] == cl[bc['line']]:
                fail('slip: faulted line identical to correct')
            for a, b in zip(sms, ms):
                if a is not bc and numval(a['result'][1]) != numval(b['result'][1]):
                    fail('slip: a later result differs from the correct solution')
        else:
            if F(fin) == goldv:
                fail('carry: final answer equals gold')
            if F(fin) not in last_values(sc, sr):
                fail('carry: final is not the result of the last computation')
            if step < len(sms):
                carried = [numval(w)]
                for r in sr:
                    if r['line'] == bc['line'] and r['a'] == numval(w):
                        carried.append(r['b'])
                used = False
                for c in sms[step:]:
                    for t in c['first']:
                        if t[0] == 'NUM' and tokval(t) in carried + [x / 100 for x in carried if t[2]]:
                            used = True
                        if t[0] == 'NUM' and numval(t[1]) in carried:
                            used = True
                if not used:
                    fail('carry: wrong value never used by a later computation')
            # earlier results identical to correct
            for a, b in zip(sms[:step - 1], ms[:step - 1]):
                if a['result'][1] != b['result'][1]:
                    fail('carry: earlier result differs')

    # ---- loop
    row = by['loop']
    sol = row['solution']
    if '####' in sol:
        fail('loop: has #### line')
    s, e = row['span']
    unit = sol[s:e]
    reps = row['repeats']
    if not (8 <= reps <= 30):
        fail('loop: repeats out of range')
    fs = s - 1 - len(unit)
    if fs < 0 or sol[s - 1] != '\n' or sol[fs:s - 1] != unit or (fs > 0 and sol[fs - 1] != '\n'):
        fail('loop: span is not the second copy of the unit')
        return
    nl = unit.count('\n') + 1
    if not (1 <= nl <= 3):
        fail('loop: unit has more than 3 lines')
    tail = sol[fs:]
    body = unit + ('\n' + unit) * (reps - 1)
    if not tail.startswith(body):
        fail('loop: copies do not match repeats')
    else:
        rest = tail[len(body):]
        if rest:
            first_line = unit.split('\n')[0]
            part = rest[1:]
            if not rest.startswith('\n') or not part or not first_line.startswith(part) or part == first_line \
                    or any(ch.isdigit() for ch in part):
                fail('loop: trailing text is not a digit-free prefix of the unit')
    pre = sol[:s - 1]
    if not cor['solution'].startswith(pre) or cor['solution'][len(pre)] != '\n':
        fail('loop: text before the repeats is not a line-aligned prefix of the correct solution')
    ll, lc, lr, le = analyze(sol)
    if le:
        fail('loop: ' + '; '.join(le))
    if any(not c['ok'] for c in lc) or any(not round_ok(r) for r in lr):
        fail('loop: wrong computation inside loop row')
    last_unit_line = unit.split('\n')[-1]
    if not [c for c in computations(normalise(last_unit_line)[0])]:
        fail('loop: unit does not end with a computation line')


def main():
    if len(sys.argv) != 2:
        print('usage: check.py set.jsonl')
        sys.exit(2)
    rows = []
    with open(sys.argv[1], encoding='utf-8') as f:
        for ln in f:
            rows.append(json.loads(ln, object_pairs_hook=OrderedDict))
    groups = OrderedDict()
    for r in rows:
        groups.setdefault(r['pid'], []).append(r)
    fails = []
    for pid, g in groups.items():
        check_group(g, fails)
    npb = len(groups)
    templates = Counter(g[0]['template'] for g in groups.values())
    styles = Counter(g[0]['style'] for g in groups.values())
    kinds = Counter(r['kind'] for r in rows if 'kind' in r)
    if not (550 <= npb <= 800):
        fails.append(f'problem count {npb} outside 550-800')
    if len(templates) < 15:
        fails.append('fewer than 15 templates')
    if len(styles) < 9:
        fails.append('fewer than 9 styles')
    for k in KINDS:
        if kinds[k] == 0:
            fails.append(f'kind {k} never used')
    print(f'rows: {len(rows)}  problems: {npb}  templates: {len(templates)}  styles: {len(styles)}')
    print('variants:', dict(Counter(r['variant'] for r in rows)))
    print('kinds:', dict(sorted(kinds.items())))
    if fails:
        for x in fails[:60]:
            print('FAIL', x)
        print(f'FAIL ({len(fails)} problems)')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
