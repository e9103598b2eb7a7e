#!/usr/bin/env python3
"""Independent checker for the eval23 set.

It does not import the generator.  It re-reads every solution from its text
alone: it finds each written computation (plain text, markdown tables, inline
and fenced code, LaTeX \\[ \\], \\( \\), $$ $$, \\frac, \\times, \\div, %, "of"),
evaluates it exactly with fractions and compares it with the number written
after "=" (or in the next table cell).  Then it verifies every label.

usage: python3 check.py [set.jsonl]      prints PASS and exits 0 when all is well
"""
import collections
import json
import re
import sys
from fractions import Fraction as Fr

# ------------------------------------------------------------------ lexing

TOKEN = re.compile(
    r"(?P<sp>\s+)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<op>[+\-−×*÷/=%()])"
    r"|(?P<word>[A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z]))*)"
    r"|(?P<other>.)", re.S)


def normalize(s):
    s = s.replace('\\left', '').replace('\\right', '')
    for _ in range(3):
        s = re.sub(r'\\(?:text|mathrm|textbf|mbox|boxed)\{([^{}]*)\}', r' \1 ', s)
    s = s.replace('{,}', ',')
    for _ in range(3):
        s = re.sub(r'\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}', r'((\1)/(\2))', s)
    s = s.replace('\\times', ' × ').replace('\\cdot', ' × ').replace('\\div', ' ÷ ')
    s = s.replace('\\$', '$').replace('\\%', '%')
    s = re.sub(r'\\[\[\]()]', ' ', s)
    s = re.sub(r'\\[A-Za-z]+', ' ', s)
    s = s.replace('\\,', ' ').replace('\\;', ' ').replace('\\ ', ' ')
    s = s.replace('**', ' ').replace('__', ' ').replace('`', ' ').replace('$', ' ')
    return s


def tokens(s):
    out = []
    for m in TOKEN.finditer(s):
        k = m.lastgroup
        t = m.group(k)
        if k == 'sp':
            continue
        if k == 'num':
            out.append(('n', Fr(t.replace(',', ''))))
        elif k == 'op':
            t = {'−': '-', '*': '×', '/': '÷'}.get(t, t)
            out.append(('o', t))
        elif k == 'word':
            w = t.lower()
            if w == 'x':
                out.append(('o', '×'))
            elif w == 'of' and out and (out[-1][0] == 'n' or out[-1][1] in ('%', ')')):
                out.append(('o', '×'))
            # any other word is dropped: models write units and names between numbers
        else:
            out.append(('b', t))
    return out


# ------------------------------------------------------------------ parsing

class Bad(Exception):
    pass


def parse_full(toks):
    """Value and operator count of a complete arithmetic expression, or None."""
    pos = [0]
    nops = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def factor():
        t = peek()
        if t is None:
            raise Bad
        if t[0] == 'n':
            pos[0] += 1
            v = t[1]
        elif t == ('o', '('):
            pos[0] += 1
            v = expr()
            if peek() != ('o', ')'):
                raise Bad
            pos[0] += 1
        else:
            raise Bad
        while peek() == ('o', '%'):
            pos[0] += 1
            nops[0] += 1
            v = v / 100
        return v

    def term():
        v = factor()
        while peek() in (('o', '×'), ('o', '÷')):
            op = peek()[1]
            pos[0] += 1
            nops[0] += 1
            w = factor()
            if op == '×':
                v = v * w
            else:
                if w == 0:
                    raise Bad
                v = v / w
        return v

    def expr():
        v = term()
        while peek() in (('o', '+'), ('o', '-')):
            op = peek()[1]
            pos[0] += 1
            nops[0] += 1
            w = term()
            v = v + w if op == '+' else v - w
        return v

    try:
        v = expr()
    except Bad:
        return None
    if pos[0] != len(toks):
        return None
    return v, nops[0]


def trailing(seg):
    for i in range(len(seg)):
        r = parse_full(seg[i:])
        if r is not None:
            return r
    return None


def leading(seg):
    for j in range(len(seg), 0, -1):
        r = parse_full(seg[:j])
        if r is not None:
            return r
    return None


def eq_checks(text):
    """(expected, written) for each '=' joining two parsable sides, one with an operator."""
    toks = tokens(normalize(text))
    segs = [[]]
    for t in toks:
        if t == ('o', '='):
            segs.append([])
        else:
            segs[-1].append(t)
    out = []
    for j in range(len(segs) - 1):
        L, R = trailing(segs[j]), leading(segs[j + 1])
        if L is None or R is None:
            continue
        if L[1] == 0 and R[1] == 0:
            continue
        if L[1] > 0:
            out.append((L[0], R[0]))
        else:
            out.append((R[0], L[0]))
    return out


def is_table_sep(line):
    return re.fullmatch(r'\s*\|[\s:\-|]+\|\s*', line) is not None


def line_checks(line):
    st = line.strip()
    if st.startswith('|') and st.endswith('|'):
        if is_table_sep(st):
            return []
        cells = st[1:-1].split('|')
        out = []
        for k, c in enumerate(cells):
            if '=' in c:
                out.extend(eq_checks(c))
                continue
            v = parse_full(tokens(normalize(c)))
            if v is None or v[1] == 0 or k + 1 >= len(cells):
                continue
            w = parse_full(tokens(normalize(cells[k + 1])))
            if w is not None and w[1] == 0:
                out.append((v[0], w[0]))
        return out
    return eq_checks(line)


def analyse(text):
    lines = text.split('\n')
    res = []
    for i, l in enumerate(lines):
        ch = line_checks(l)
        res.append(ch)
    return lines, res


def numbers(line):
    return [t[1] for t in tokens(normalize(line)) if t[0] == 'n']


def extract_final(text):
    lines = [l for l in text.split('\n') if l.strip()]
    hashes = None
    body = lines
    m = re.fullmatch(r'#### (\S+)', lines[-1])
    if m:
        hashes = Fr(m.group(1))
        body = lines[:-1]
    ans = None
    for l in reversed(body):
        ns = numbers(l)
        if ns:
            ans = ns[-1]
            break
    return hashes, ans


def fnum(s):
    if not re.fullmatch(r'\d+(\.\d+)?', s):
        raise AssertionError('bad number string %r' % s)
    return Fr(s)


def line_start_offsets(lines):
    offs, o = [], 0
    for l in lines:
        offs.append(o)
        o += len(l) + 1
    return offs


# ------------------------------------------------------------------ verification

def fail(row, msg):
    raise AssertionError('%s/%s: %s' % (row.get('pid'), row.get('variant'), msg))


def check_common_span(row):
    s, e = row['span']
    sol = row['solution']
    if not (0 <= s <= e <= len(sol)):
        fail(row, 'span out of range')
    if s > 0 and sol[s - 1] != '\n':
        fail(row, 'span does not start a line')
    if e < len(sol) and sol[e] != '\n':
        fail(row, 'span does not end a line')
    if '\n' in sol[s:e]:
        fail(row, 'span crosses lines')
    return sol[:s].count('\n')


def check_final(row, text, final):
    h, a = extract_final(text)
    if a is None or a != final:
        fail(row, 'answer line %r != final %r' % (a, final))
    if h is not None and h != final:
        fail(row, '#### %r != final %r' % (h, final))
    return h is not None


def comp_ordinal(res, li):
    k = 0
    for i, ch in enumerate(res):
        if ch:
            k += 1
        if i == li:
            return k
    return None


def verify_problem(rows):
    by = {r['variant']: r for r in rows}
    if sorted(by) != ['carry', 'correct', 'loop', 'slip'] or len(rows) != 4:
        fail(rows[0], 'variants %r' % [r['variant'] for r in rows])
    for r in rows:
        for k in ('problem', 'style', 'template'):
            if r[k] != rows[0][k]:
                fail(r, 'variants disagree on ' + k)
    stats = {}

    # ---- correct
    c = by['correct']
    clines, cres = analyse(c['solution'])
    ncomp = sum(1 for ch in cres if ch)
    if ncomp < 2:
        fail(c, 'fewer than two computations found')
    for i, ch in enumerate(cres):
        for exp, wr in ch:
            if exp != wr:
                fail(c, 'inexact computation on line %d: %r' % (i, clines[i]))
    cfinal = fnum(c['final'])
    stats['hashes'] = check_final(c, c['solution'], cfinal)
    if '\n\n\n' in c['solution'] or c['solution'] != c['solution'].strip('\n'):
        fail(c, 'stray blank lines')

    # ---- slip and carry
    for v in ('slip', 'carry'):
        r = by[v]
        lines, res = analyse(r['solution'])
        li = check_common_span(r)
        if len(lines) != len(clines):
            fail(r, 'line count differs from correct')
        if lines[:li] != clines[:li]:
            fail(r, 'text before the span differs from correct')
        if lines[li] == clines[li]:
            fail(r, 'span line equals the correct line')
        wrong, right = fnum(r['wrong']), fnum(r['right'])
        if wrong == right:
            fail(r, 'wrong == right')
        bad = [(i, e, w) for i, ch in enumerate(res) for e, w in ch if e != w]
        if len(bad) != 1 or bad[0][0] != li:
            fail(r, 'expected exactly one wrong computation, on the span line; got %r' % bad)
        if bad[0][1] != right or bad[0][2] != wrong:
            fail(r, 'span computation gives %r written %r; labels say right %r wrong %r'
                 % (bad[0][1], bad[0][2], right, wrong))
        ordv = comp_ordinal(res, li)
        if ordv != r['step']:
            fail(r, 'step %r but span is computation #%r' % (r['step'], ordv))
        if r['kind'] not in ('off_by_one', 'off_by_ten', 'off_by_hundred', 'digit_swap',
                             'dropped_digit', 'extra_zero', 'wrong_op'):
            fail(r, 'unknown kind')
        rf = fnum(r['final'])
        if v == 'slip':
            diff = [i for i in range(len(lines)) if lines[i] != clines[i]]
            if diff != [li]:
                fail(r, 'slip differs from correct on lines %r' % diff)
            if r['step'] >= ncomp:
                fail(r, 'slip on the last step')
            if rf != cfinal:
                fail(r, 'slip final differs')
            check_final(r, r['solution'], rf)
        else:
            if fnum(r['correct_final']) != cfinal:
                fail(r, 'correct_final differs from correct row')
            if rf == cfinal:
                fail(r, 'carry final equals the correct final')
            check_final(r, r['solution'], rf)
            if r['step'] > ncomp:
                fail(r, 'carry step beyond last computation')
        stats[v + '_kind'] = r['kind']

    # ---- loop
    r = by['loop']
    if r['final'] is not None:
        fail(r, 'loop final must be null')
    sol = r['solution']
    s, e = r['span']
    prefix = sol[:s]
    if not prefix.endswith('\n') or not c['solution'].startswith(prefix):
        fail(r, 'loop prefix is not a line-aligned prefix of the correct solution')
    P = r['period_lines']
    R = r['repeats']
    if not (15 <= R <= 25):
        fail(r, 'repeats out of range')
    plines = prefix[:-1].split('\n')
    if P < 1 or P > len(plines):
        fail(r, 'bad period_lines')
    block = plines[-P:]
    if not block[0].strip():
        fail(r, 'block starts with a blank line')
    if sol[s:e] != block[0]:
        fail(r, 'span is not the first line of the first repeated copy')
    btext = '\n'.join(block) + '\n'
    full = btext * R
    rest = sol[s:]
    cut = None
    if rest == full.rstrip('\n'):
        cut = ''
    elif rest.startswith(full):
        tail = rest[len(full):]
        if tail and tail != block[0] and block[0].startswith(tail) and not re.search(r'\d', tail):
            cut = tail
    if cut is None:
        fail(r, 'loop tail is not %d verbatim copies (+ digit-free cut)' % R)
    stats['loop_cut'] = bool(cut)
    # the block covers the last one or two computations written before the repeats
    _, pres = analyse(prefix[:-1])
    pcomp = sum(1 for ch in pres if ch)
    bcomp = sum(1 for ch in pres[-P:] if ch)
    if bcomp not in (1, 2):
        fail(r, 'repeated block holds %d computations' % bcomp)
    if pcomp >= ncomp:
        fail(r, 'loop starts after the final step')
    lines, res = analyse(sol)
    for i, ch in enumerate(res):
        for exp, wr in ch:
            if exp != wr:
                fail(r, 'inexact computation in loop text line %d' % i)
    if '####' in sol:
        fail(r, 'loop has an answer line')
    low = sol.lower()
    for pat in ('final answer', 'answer:', 'boxed', 'the answer is'):
        if pat in low:
            fail(r, 'loop has an answer phrase %r' % pat)
    return stats


REQ = {
    'correct': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final'],
    'slip': ['span', 'wrong', 'right', 'step', 'kind'],
    'carry': ['span', 'wrong', 'right', 'step', 'kind', 'correct_final'],
    'loop': ['span', 'repeats', 'period_lines'],
}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = []
    with open(path, encoding='utf-8') as f:
        for ln in f:
            rows.append(json.loads(ln))
    groups = collections.OrderedDict()
    for r in rows:
        for k in REQ['correct'] + REQ.get(r['variant'], []):
            if k not in r:
                fail(r, 'missing field ' + k)
        groups.setdefault(r['pid'], []).append(r)
    styles = collections.Counter()
    templates = set()
    kinds = collections.Counter()
    hashes = collections.Counter()
    cuts = 0
    for pid, g in groups.items():
        st = verify_problem(g)
        styles[g[0]['style']] += 1
        templates.add(g[0]['template'])
        kinds[st['slip_kind']] += 1
        kinds[st['carry_kind']] += 1
        hashes[st['hashes']] += 1
        cuts += st['loop_cut']
    n = len(groups)
    if len(styles) < 8:
        raise AssertionError('fewer than 8 styles')
    if max(styles.values()) - min(styles.values()) > max(2, n // 50):
        raise AssertionError('styles not spread evenly: %r' % styles)
    print('rows %d, problems %d, templates %d' % (len(rows), n, len(templates)))
    print('styles: ' + ', '.join('%s=%d' % kv for kv in sorted(styles.items())))
    print('fault kinds: ' + ', '.join('%s=%d' % kv for kv in sorted(kinds.items())))
    print('correct rows ending with "#### N": %d/%d' % (hashes[True], n))
    print('loop rows ending with a cut-off prefix: %d/%d' % (cuts, n))
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
