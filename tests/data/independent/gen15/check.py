#!/usr/bin/env python3
"""Independent re-check of a generated set, from the text alone.

    python3 check.py [set.jsonl]

Does not import the generator.  It finds the written computations in every
solution line (symbol chains like "6 × 12 = 72", word forms like "6 times 12 is
72", "20% of $45 is $9", verbal forms like "multiply 6 by 12 and get 72") and
checks them exactly with fractions.  Prints PASS and exits 0 when all checks hold.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

# ------------------------------------------------------------------ tokens
TOKEN = re.compile(r"""
    (?P<num>\$?\d+(?:\.\d+)?)(?P<pct>%|\s+percent\b)?
  | (?P<uslash>/[A-Za-z][A-Za-z-]*)
  | (?P<op>[+\-−×÷*/·])
  | (?P<eq>=)
  | (?P<word>[A-Za-z][A-Za-z'’-]*)
  | (?P<sp>\s+)
  | (?P<other>.)
""", re.X)

OPW = {'plus': '+', 'minus': '-', 'times': '*', 'x': '*', 'of': 'of'}
OPW2 = {('divided', 'by'): '/', ('multiplied', 'by'): '*', ('take', 'away'): '-'}
EQW = {'is', 'equals', 'makes', 'gives'}
EQW2 = {('comes', 'to')}
SYM = {'+': '+', '-': '-', '−': '-', '×': '*', '*': '*', '·': '*', '÷': '/', '/': '/'}
NUMRE = re.compile(r'(?<![\w.])\$?(\d+(?:\.\d+)?)')


def tokenize(line):
    toks = []
    for m in TOKEN.finditer(line):
        if m.group('num'):
            s = m.group('num')
            v = F(s.lstrip('$'))
            if m.group('pct'):
                v = v / 100
            toks.append(('NUM', v, s.lstrip('$')))
        elif m.group('uslash'):
            toks.append(('W', m.group('uslash'), None))
        elif m.group('op'):
            toks.append(('OP', SYM[m.group('op')], None))
        elif m.group('eq'):
            toks.append(('EQ', '=', None))
        elif m.group('word'):
            toks.append(('W', m.group('word').lower(), None))
        elif m.group('other'):
            toks.append(('BR', m.group('other'), None))
    # merge two-word operators / equals and classify words
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0] == 'W' and i + 1 < len(toks) and toks[i + 1][0] == 'W':
            pair = (t[1], toks[i + 1][1])
            if pair in OPW2:
                out.append(('OP', OPW2[pair], None))
                i += 2
                continue
            if pair in EQW2:
                out.append(('EQ', '=', None))
                i += 2
                continue
        if t[0] == 'W' and t[1] in OPW:
            out.append(('OP', OPW[t[1]], None))
        elif t[0] == 'W' and t[1] in EQW:
            out.append(('EQ', '=', None))
        else:
            out.append(t)
        i += 1
    return out


def evaluate(expr):
    """expr = [num, op, num, ...]; * / of before + -."""
    vals = [expr[0]]
    ops = []
    for k in range(1, len(expr), 2):
        op, v = expr[k], expr[k + 1]
        if op in ('*', '/', 'of'):
            if op == '/':
                if v == 0:
                    return None
                vals[-1] = vals[-1] / v
            else:
                vals[-1] = vals[-1] * v
        else:
            ops.append(op)
            vals.append(v)
    r = vals[0]
    for op, v in zip(ops, vals[1:]):
        r = r + v if op == '+' else r - v
    return r


def chains(toks):
    """Computation chains: expr (= expr)+ with at least one operator."""
    found = []
    n = len(toks)
    i = 0
    while i < n:
        if toks[i][0] != 'NUM':
            i += 1
            continue
        exprs, cur, strs = [], [toks[i][1]], [[toks[i][2]]]
        j = i + 1
        while True:
            k = j
            words = 0
            # unit words; "of" after a unit word ("baskets of apples") is a word too
            while k < n and words < 5 and (toks[k][0] == 'W' or (
                    words and toks[k][0] == 'OP' and toks[k][1] == 'of')):
                k += 1
                words += 1
            if k >= n:
                break
            t = toks[k]
            if t[0] == 'OP' and k + 1 < n and toks[k + 1][0] == 'NUM':
                cur += [t[1], toks[k + 1][1]]
                strs[-1].append(toks[k + 1][2])
                j = k + 2
                continue
            if t[0] == 'EQ' and k + 1 < n and toks[k + 1][0] == 'NUM':
                exprs.append(cur)
                cur = [toks[k + 1][1]]
                strs.append([toks[k + 1][2]])
                j = k + 2
                continue
            break
        exprs.append(cur)
        if len(exprs) >= 2 and any(len(e) > 1 for e in exprs):
            vals = [evaluate(e) for e in exprs]
            last = exprs[-1]
            found.append({
                'values': vals,
                'ok': all(v is not None and v == vals[0] for v in vals),
                'result_str': strs[-1][0] if len(last) == 1 else None,
                'first': vals[0],
                'operands': (exprs[0][0], exprs[0][2]) if len(exprs[0]) == 3 else None,
            })
            i = j
        else:
            i += 1
    return found


AMT = r'\$?(\d+(?:\.\d+)?)(?: dollars?)?'
GET = r',? (?:to get|and get|and we get|and you get)'
VERBAL = [
    (re.compile(r'\bmultiply %s by %s%s %s' % (AMT, AMT, GET, AMT), re.I), '*', False),
    (re.compile(r'\bdivide %s by %s%s %s' % (AMT, AMT, GET, AMT), re.I), '/', False),
    (re.compile(r'\badd %s and %s%s %s' % (AMT, AMT, GET, AMT), re.I), '+', False),
    (re.compile(r'\bsubtract %s from %s%s %s' % (AMT, AMT, GET, AMT), re.I), '-', True),
]


def computations(line):
    comps = []
    masked = line
    for rx, op, rev in VERBAL:
        for m in rx.finditer(line):
            a, b, r = F(m.group(1)), F(m.group(2)), m.group(3)
            if rev:
                a, b = b, a
            v = evaluate([a, op, b])
            comps.append({'values': [v, F(r)], 'ok': v == F(r), 'result_str': r,
                          'first': v, 'operands': (a, b)})
            masked = masked[:m.start()] + '|' * (m.end() - m.start()) + masked[m.end():]
    return comps + chains(tokenize(masked))


def numbers(line):
    return [m.group(1) for m in NUMRE.finditer(line)]


def line_starts(text):
    out, p = [], 0
    for l in text.split('\n'):
        out.append(p)
        p += len(l) + 1
    return out


def kind_ok(kind, wrong, right, operands):
    w, r = F(wrong), F(right)
    if kind == 'off_by':
        return abs(w - r) in (1, 2, 3, 10, F(1, 10), F(1, 100))
    if kind == 'digit_swap':
        if len(wrong) != len(right):
            return False
        d = [i for i in range(len(wrong)) if wrong[i] != right[i]]
        return len(d) == 2 and d[1] == d[0] + 1 and wrong[d[0]] == right[d[1]] \
            and wrong[d[1]] == right[d[0]]
    if kind == 'times10':
        return w == 10 * r
    if kind == 'div10':
        return w * 10 == r
    if kind == 'wrong_op':
        if not operands:
            return False
        a, b = operands
        alts = [a + b, a - b, b - a, a * b] + ([a / b] if b else []) + ([b / a] if a else [])
        return w != r and w in alts
    return False


# ------------------------------------------------------------------ checks
class Checker(object):
    def __init__(self):
        self.errors = []

    def err(self, row, msg):
        if len(self.errors) < 60:
            self.errors.append('%s/%s: %s' % (row.get('pid'), row.get('variant'), msg))
        else:
            self.errors.append('')

    def general_numbers(self, row, text):
        for m in re.finditer(r'(\$?)(\d+)(?:\.(\d+))?', text):
            dollars, dp = m.group(1), m.group(3)
            if dollars and dp is not None and len(dp) != 2:
                self.err(row, 'money not in whole cents: %s' % m.group(0))
            if dp is not None and len(dp) > 3:
                self.err(row, 'too many decimals: %s' % m.group(0))

    def all_comps(self, text):
        out = []
        for i, l in enumerate(text.split('\n')):
            for c in computations(l):
                c['line'] = i
                out.append(c)
        return out

    def check_correct(self, row):
        text = row['solution']
        comps = self.all_comps(text)
        if len(comps) < 2:
            self.err(row, 'fewer than two computations found')
        for c in comps:
            if not c['ok']:
                self.err(row, 'wrong computation on line %d: %r' % (c['line'], c['values']))
        nums = numbers(text)
        if not nums or nums[-1] != row['final']:
            self.err(row, 'final %r is not the last number written (%r)' % (row['final'], nums[-1:]))
        if comps and comps[-1]['values'][-1] != F(row['final']):
            self.err(row, 'final differs from the last computed result')
        self.general_numbers(row, text)

    def faulty_comp(self, row, line):
        for c in computations(line):
            if c['result_str'] == row['wrong'] and not c['ok'] and c['first'] == F(row['right']):
                return c
        return None

    def check_fault(self, row, cor):
        text, ctext = row['solution'], cor['solution']
        lines, clines = text.split('\n'), ctext.split('\n')
        st = line_starts(text)
        s, e = row['span']
        if s not in st:
            self.err(row, 'span does not start a line')
            return
        li = st.index(s)
        if e != s + len(lines[li]):
            self.err(row, 'span does not end at line end')
        span_line = lines[li]
        if row['wrong'] not in numbers(span_line):
            self.err(row, 'wrong value not in span line')
        if F(row['wrong']) == F(row['right']):
            self.err(row, 'wrong equals right')
        c = self.faulty_comp(row, span_line)
        if c is None:
            self.err(row, 'no faulty computation with wrong=%s right=%s in span line' % (row['wrong'], row['right']))
        elif not kind_ok(row['kind'], row['wrong'], row['right'], c['operands']):
            self.err(row, 'kind %s inconsistent with %s -> %s' % (row['kind'], row['right'], row['wrong']))
        if lines[:li] != clines[:li]:
            self.err(row, 'text before the span differs from correct')
        later = lines[li + 1:]
        later_comps = [x for l in later for x in computations(l)]
        if not later_comps:
            self.err(row, 'faulted step is the last computation')
        if row['variant'] == 'slip':
            if len(lines) != len(clines) or any(
                    lines[k] != clines[k] for k in range(len(lines)) if k != li):
                self.err(row, 'slip differs from correct outside the span line')
            if row['final'] != cor['final']:
                self.err(row, 'slip final differs from correct final')
            if not any(row['right'] in numbers(l) for l in later):
                self.err(row, 'right value not used after the slip')
            nums = numbers(text)
            if nums[-1] != row['final']:
                self.err(row, 'slip final not last number')
        else:
            if row.get('correct_final') != cor['final']:
                self.err(row, 'correct_final mismatch')
            if row['final'] == row['correct_final']:
                self.err(row, 'carry final equals correct final')
            nums = numbers(text)
            if nums[-1] != row['final']:
                self.err(row, 'carry final not last number')
            if not any(row['wrong'] in numbers(l) for l in later):
                self.err(row, 'wrong value not carried forward')
            for x in later_comps:
                if not x['ok']:
                    self.err(row, 'carried computation not exact: %r' % (x['values'],))
            if later_comps and later_comps[-1]['values'][-1] != F(row['final']):
                self.err(row, 'carry final differs from last computed result')
            if ctext == text:
                self.err(row, 'carry equals correct')
        for x in computations(span_line):
            if x is not c and not x['ok'] and x['result_str'] != row['wrong']:
                pass
        self.general_numbers(row, text)

    def check_loop(self, row, cor):
        text = row['solution']
        if row.get('final') is not None:
            self.err(row, 'loop final not null')
        lines, clines = text.split('\n'), cor['solution'].split('\n')
        st = line_starts(text)
        s, e = row['span']
        if s not in st:
            self.err(row, 'loop span not at line start')
            return
        S = st.index(s)
        if e != s + len(lines[S]):
            self.err(row, 'loop span end')
        p, r = row['period_lines'], row['repeats']
        if not 15 <= r <= 22:
            self.err(row, 'repeats out of range')
        if lines[:S] != clines[:S] or S >= len(clines):
            self.err(row, 'loop prefix is not a proper prefix of the correct solution')
        block = lines[S - p:S]
        if not block or not block[0].strip():
            self.err(row, 'empty block')
            return
        rest = lines[S:]
        pos = 0
        for c in range(r):
            copy = rest[pos:pos + p]
            if c == r - 1 and copy != block:
                trimmed = list(block)
                while trimmed and trimmed[-1] == '':
                    trimmed.pop()
                if rest[pos:pos + len(trimmed)] == trimmed and pos + len(trimmed) == len(rest):
                    pos += len(trimmed)
                    continue
            if copy != block:
                self.err(row, 'copy %d differs from the block' % c)
                return
            pos += p
        tail = rest[pos:]
        if len(tail) > 1:
            self.err(row, 'extra lines after the repeats')
        elif tail:
            cut = tail[0]
            if not (block[0].startswith(cut) and len(cut) < len(block[0])):
                self.err(row, 'cut line is not a proper prefix of the block start')
            if re.search(r'\d', cut) or not re.search(r'[A-Za-z]', cut):
                self.err(row, 'cut line must be words only')
        # block must be a run of whole step lines: each copy has a computation
        if not any(computations(l) for l in block):
            self.err(row, 'block has no computation')
        for c in self.all_comps(text):
            if not c['ok']:
                self.err(row, 'wrong computation in loop text')
        if any(clines[-1] == l for l in lines[S:]) and clines[-1] not in block:
            self.err(row, 'loop contains the final answer line')

    def run(self, path):
        rows = [json.loads(l) for l in open(path, encoding='utf-8')]
        by = defaultdict(dict)
        for r in rows:
            for k in ('pid', 'template', 'style', 'problem', 'variant', 'solution', 'final'):
                if k not in r:
                    self.err(r, 'missing key ' + k)
            if r['variant'] in by[r['pid']]:
                self.err(r, 'duplicate variant')
            by[r['pid']][r['variant']] = r
            if not re.match(r'^%s-\d+$' % re.escape(r['template']), r['pid']):
                self.err(r, 'pid format')
            if r['final'] is not None and not re.match(r'^\d+(\.\d+)?$', r['final']):
                self.err(r, 'final not a plain number string')
        kinds = Counter()
        styles = Counter()
        per_template = defaultdict(set)
        for pid, vs in sorted(by.items()):
            if set(vs) != {'correct', 'slip', 'carry', 'loop'}:
                self.err({'pid': pid}, 'variants: %r' % sorted(vs))
                continue
            cor = vs['correct']
            per_template[cor['template']].add(pid)
            styles[cor['style']] += 1
            for v in vs.values():
                if v['problem'] != cor['problem'] or v['style'] != cor['style']:
                    self.err(v, 'problem/style differs across variants')
            self.check_correct(cor)
            for name in ('slip', 'carry'):
                row = vs[name]
                for k in ('span', 'wrong', 'right', 'step', 'kind'):
                    if k not in row:
                        self.err(row, 'missing ' + k)
                kinds[(name, row['kind'])] += 1
                self.check_fault(row, cor)
            if 'correct_final' not in vs['carry']:
                self.err(vs['carry'], 'missing correct_final')
            self.check_loop(vs['loop'], cor)
        for t, pids in per_template.items():
            if len(pids) != 4:
                self.err({'pid': t}, 'template has %d sets' % len(pids))
        cut = sum(1 for vs in by.values() if 'loop' in vs and
                  vs['loop']['solution'].split('\n')[-1] not in
                  vs['loop']['solution'].split('\n')[:-1])
        print('rows %d, problems %d, templates %d' % (len(rows), len(by), len(per_template)))
        print('styles: ' + ', '.join('%s=%d' % kv for kv in sorted(styles.items())))
        print('fault kinds: ' + ', '.join('%s/%s=%d' % (a, b, c) for (a, b), c in sorted(kinds.items())))
        print('loops ending in a cut-off line: %d' % cut)
        if len(per_template) < 150:
            self.err({}, 'fewer than 150 templates')
        return not self.errors


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    c = Checker()
    ok = c.run(path)
    if not ok:
        for e in c.errors[:60]:
            if e:
                print('ERROR ' + e)
        print('FAIL (%d problems)' % len(c.errors))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
