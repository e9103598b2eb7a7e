#!/usr/bin/env python3
"""Independent re-checker for the working-backwards set (stdlib only; does not import gen.py).

It re-reads every computation it can find in each solution (symbols, LaTeX, worded
operations, percents, fractions, chained equalities, approximations) and asserts:
  * correct rows: no wrong computation, '#### <final>' present and equal to `final`;
  * slip rows: exactly one wrong computation, on the line at `span`, the rest of the text
    equal to the correct row, '####' equal to `final`;
  * carry rows: exactly one wrong computation, at `span`; text before it equal to the
    correct row; every later computation right (so the wrong value is carried); '####'
    differs from `final`;
  * loop rows: no '####', the unit at `span` is an exact copy of the unit before it and is
    repeated `repeats` times in a row; the text before the loop is a prefix of the
    correct row.
Prints PASS and exits 0, or prints the failures and exits 1.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as Fr

# ------------------------------------------------------------------ normalisation

FRAC_RE = re.compile(r'\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}')


def norm_latex(s):
    s = s.replace('\\left(', '(').replace('\\right)', ')')
    s = s.replace('\\left', '').replace('\\right', '')
    s = s.replace('{,}', ',')
    s = s.replace('\\$', '$').replace('\\%', '%')
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\[dt]?frac\{(\d+)\}\{(\d+)\}', r'\1/\2', s)
    for _ in range(3):
        s = FRAC_RE.sub(r'((\1)/(\2))', s)
    s = s.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '·')
    s = s.replace('\\approx', '≈').replace('\\quad', ' ; ').replace('\\qquad', ' ; ')
    s = s.replace('\\checkmark', '✓').replace('\\Rightarrow', '→').replace('\\to', '→')
    s = s.replace('\\(', ' ').replace('\\)', ' ').replace('\\[', ' ').replace('\\]', ' ')
    s = re.sub(r'\\[,;!: ]', ' ', s)
    return s


def norm_words(s):
    s = re.sub(r'\bmultiplied by\b', ' × ', s)
    s = re.sub(r'\bdivided by\b', ' ÷ ', s)
    s = re.sub(r'(?<=[\d%])\s+times\s+(?=[\$\d(])', ' × ', s)
    s = re.sub(r'(?<=[\d%])\s+plus\s+(?=[\$\d(])', ' + ', s)
    s = re.sub(r'(?<=[\d%])\s+minus\s+(?=[\$\d(])', ' − ', s)
    s = re.sub(r'\b[Hh]alf of\s+(?=\$?\d)', ' 1/2 × ', s)
    s = re.sub(r'(?<=[\d%)])\s+of\s+(?=\$?\d)', ' × ', s)
    s = re.sub(r'(?<=[\d%])\s+x\s+(?=[\$\d(])', ' × ', s)
    s = re.sub(r'(?<=[\d%])\s+(is|equals|gives|makes)\s+(?=[\$\d(])', ' ≡ ', s)
    return s


def strip_md(line):
    s = line.replace('**', ' ').replace('__', ' ')
    s = re.sub(r'^\s*(?:[-*•]|\d+\.)\s+', ' ', s)
    return s


# ------------------------------------------------------------------ tokenising

NUM_RE = re.compile(r'\$?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:/(\d+)(?![\d.]))?(%?)')


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        m = NUM_RE.match(s, i)
        if m and (ch.isdigit() or ch == '$'):
            if ch == '$' and not m.group(1):
                toks.append(('BRK', ch))
                i += 1
                continue
            v = Fr(m.group(1).replace(',', ''))
            if m.group(2):
                v = v / Fr(m.group(2))
            if m.group(3):
                v = v / 100
            toks.append(('NUM', v))
            i = m.end()
            # a letter glued to a number: coefficient of a variable
            if i < n and s[i].isalpha():
                toks.append(('VAR', s[i]))
                j = i
                while j < n and s[j].isalpha():
                    j += 1
                if j - i > 1:
                    toks.append(('BRK', s[i:j]))
                i = j
            continue
        if ch.isalpha():
            j = i
            while j < n and s[j].isalpha():
                j += 1
            word = s[i:j]
            toks.append(('VAR', word) if len(word) == 1 else ('BRK', word))
            i = j
            continue
        if ch in '+':
            toks.append(('OP', '+'))
        elif ch in '-−':
            toks.append(('OP', '-'))
        elif ch in '×*·':
            toks.append(('OP', '*'))
        elif ch in '÷/':
            toks.append(('OP', '/'))
        elif ch == '(':
            toks.append(('LP', ch))
        elif ch == ')':
            toks.append(('RP', ch))
        elif ch in '=≈≡':
            toks.append(('EQ', ch))
        else:
            toks.append(('BRK', ch))
        i += 1
    return toks


class Bad(Exception):
    pass


def parse_expr(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t, v = peek()
        if t == 'OP' and v == '-':
            take()
            return -atom()
        if t == 'NUM':
            take()
            # implicit multiplication like 3(4)
            if peek()[0] == 'LP':
                return v * atom()
            return v
        if t == 'LP':
            take()
            r = expr()
            if peek()[0] != 'RP':
                raise Bad('paren')
            take()
            if peek()[0] in ('LP', 'NUM'):
                return r * atom()
            return r
        raise Bad('atom %r' % (t,))

    def term():
        r = atom()
        while peek()[0] == 'OP' and peek()[1] in '*/':
            _, o = take()
            b = atom()
            if o == '*':
                r = r * b
            else:
                if b == 0:
                    raise Bad('div0')
                r = r / b
        return r

    def expr():
        r = term()
        while peek()[0] == 'OP' and peek()[1] in '+-':
            _, o = take()
            b = term()
            r = r + b if o == '+' else r - b
        return r

    r = expr()
    if pos[0] != len(toks):
        raise Bad('trailing')
    return r


def trim_parens(seg, lead):
    seg = list(seg)
    depth = sum(1 if t == 'LP' else -1 if t == 'RP' else 0 for t, _ in seg)
    if lead:
        while depth > 0 and seg and seg[0][0] == 'LP':
            seg.pop(0)
            depth -= 1
    else:
        while depth < 0 and seg and seg[-1][0] == 'RP':
            seg.pop()
            depth += 1
    return seg


def decimals_of(tokens_text):
    return 0


def comparisons(line):
    """Yield (ok, left_value, right_value, relation) for each checkable equality."""
    s = strip_md(line)
    s = norm_latex(s)
    s = norm_words(s)
    toks = tokenize(s)
    runs = []
    cur = []
    for t in toks:
        if t[0] == 'BRK':
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        segs = [[]]
        rels = []
        for t in run:
            if t[0] == 'EQ':
                segs.append([])
                rels.append(t[1])
            else:
                segs[-1].append(t)
        if len(segs) < 2:
            continue
        segs[0] = trim_parens(segs[0], True)
        segs[-1] = trim_parens(segs[-1], False)
        vals = []
        for seg in segs:
            if not seg or any(t[0] == 'VAR' for t in seg):
                vals.append(None)
                continue
            try:
                vals.append((parse_expr(seg), any(t[0] == 'OP' for t in seg), seg))
            except Bad:
                vals.append(None)
        for k in range(len(rels)):
            a, b = vals[k], vals[k + 1]
            if a is None or b is None:
                continue
            rel = rels[k]
            if rel == '≡' and not (a[1] or b[1]):
                continue
            if rel == '≈':
                # right side is a rounding of the left side
                nums = [t for t in b[2] if t[0] == 'NUM']
                d = 0
                if len(nums) == 1:
                    v = nums[0][1]
                    while (v * 10 ** d).denominator != 1 and d < 8:
                        d += 1
                ok = abs(a[0] - b[0]) <= Fr(1, 2 * 10 ** d)
            else:
                ok = (a[0] == b[0])
            out.append((ok, a[0], b[0], rel))
    return out


def check_text(text):
    """Return list of (line_start, line_end, ok) for every comparison."""
    res = []
    off = 0
    for ln in text.split('\n'):
        for ok, a, b, rel in comparisons(ln):
            res.append((off, off + len(ln), ok, a, b))
        off += len(ln) + 1
    return res


def hashes(text):
    m = re.findall(r'^#### (.+)$', text, re.M)
    return m


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    fails = []
    by_pid = defaultdict(dict)
    for r in rows:
        by_pid[r['pid']][r['variant']] = r
    stats = Counter()
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    for r in rows:
        v = r['variant']
        if list(r.keys())[:7] != keys:
            fails.append((r['pid'], v, 'key order'))
        text = r['solution']
        comps = check_text(text)
        wrong = [c for c in comps if not c[2]]
        stats['comparisons'] += len(comps)
        stats['rows_with_comp'] += bool(comps)
        if v == 'correct':
            if wrong:
                fails.append((r['pid'], v, 'wrong computation in correct row: %r' % (text[wrong[0][0]:wrong[0][1]],)))
            h = hashes(text)
            if h != [r['final']]:
                fails.append((r['pid'], v, 'final mismatch %r vs %r' % (h, r['final'])))
            # independent answer check: the forward check that closes the solution must land on
            # a number stated in the problem (not for the two age templates whose check compares
            # two expressions with each other)
            if comps and not r['template'].startswith(('ages_past_mult', 'ages_algebra')):
                pnums = set(t[1] for t in tokenize(norm_words(r['problem'])) if t[0] == 'NUM')
                pnums |= set(x * 100 for x in list(pnums))
                if comps[-1][4] not in pnums:
                    fails.append((r['pid'], v, 'last check does not reach a given number'))
                else:
                    stats['forward_checks_closed'] += 1
        elif v in ('slip', 'carry'):
            s0, s1 = r['span']
            if len(wrong) != 1:
                fails.append((r['pid'], v, 'expected exactly one wrong computation, got %d' % len(wrong)))
            else:
                ws, we = wrong[0][0], wrong[0][1]
                if not (ws == s0 and we == s1):
                    fails.append((r['pid'], v, 'wrong computation not at span: %r vs %r' % (text[ws:we], text[s0:s1])))
            if r['wrong'] not in text[s0:s1]:
                fails.append((r['pid'], v, 'wrong string not in span'))
            if r['wrong'] == r['right']:
                fails.append((r['pid'], v, 'wrong == right'))
            corr = by_pid[r['pid']].get('correct')
            h = hashes(text)
            cl = corr['solution'].split('\n')
            tl = text.split('\n')
            span_line = text[:s0].count('\n')
            if v == 'slip':
                if h != [r['final']]:
                    fails.append((r['pid'], v, 'slip final changed'))
                diff = [k for k in range(max(len(cl), len(tl)))
                        if k >= len(cl) or k >= len(tl) or cl[k] != tl[k]]
                if diff != [span_line]:
                    fails.append((r['pid'], v, 'slip differs from correct outside span: %r' % diff[:5]))
            else:
                if len(h) != 1 or h[0] == r['final']:
                    fails.append((r['pid'], v, 'carry final not changed: %r' % h))
                if tl[:span_line] != cl[:span_line]:
                    fails.append((r['pid'], v, 'carry differs before span'))
                # the wrong value is carried: it appears after the span or is the final
                after = text[s1:]
                wt = [t[1] for t in tokenize(norm_words(norm_latex(r['wrong']))) if t[0] == 'NUM']
                later = set()
                for ln in after.split('\n'):
                    for t in tokenize(norm_words(norm_latex(strip_md(ln)))):
                        if t[0] == 'NUM':
                            later.add(t[1])
                if len(wt) != 1 or wt[0] not in later:
                    fails.append((r['pid'], v, 'wrong value not carried'))
        elif v == 'loop':
            if hashes(text):
                fails.append((r['pid'], v, 'loop has ####'))
            s0, s1 = r['span']
            unit = text[s0:s1]
            L = len(unit)
            if text[s0 - 1] != '\n' or text[s0 - 1 - L:s0 - 1] != unit:
                fails.append((r['pid'], v, 'loop span is not a repeat of the previous unit'))
            # count consecutive copies starting at the first one
            first = s0 - 1 - L
            k = first
            n = 0
            while text[k:k + L] == unit and (k + L == len(text) or text[k + L] == '\n'):
                n += 1
                k += L + 1
            if n != r['repeats'] or not (8 <= n <= 30):
                fails.append((r['pid'], v, 'repeats %d vs %d' % (n, r['repeats'])))
            corr = by_pid[r['pid']]['correct']['solution']
            if not corr.startswith(text[:first + L]):
                fails.append((r['pid'], v, 'loop prefix differs from correct row'))
            if [c for c in comps if not c[2]]:
                fails.append((r['pid'], v, 'wrong computation in loop row'))
    variants = Counter(r['variant'] for r in rows)
    print('rows:', len(rows), dict(variants))
    print('styles:', dict(Counter(r['style'] for r in rows if r['variant'] == 'correct')))
    print('checked equalities:', stats['comparisons'], 'rows with at least one:', stats['rows_with_comp'])
    print('correct rows whose closing forward check lands on a given number:', stats['forward_checks_closed'])
    if fails:
        for f in fails[:60]:
            print('FAIL', *f)
        print('%d failures' % len(fails))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
