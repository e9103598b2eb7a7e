#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only).

It does not import the generator.  It re-reads every computation it can find
in each solution (chains like `a op b = c = d`, LaTeX, unicode operators,
worded operators, GSM8K <<...>> annotations, remainders, ≈ roundings, and
truncations written with "...") and asserts:
  * correct rows: no wrong computation, `#### <final>` equals the gold final;
  * slip rows: exactly one line with a wrong computation, located at `span`,
    containing `wrong`; final equals gold;
  * carry rows: exactly one wrong line, at `span`; every later computation is
    consistent; the `####` final differs from gold;
  * loop rows: no `####`; the unit at `span` is the second of `repeats`
    consecutive copies; the text before it is a prefix of the correct row;
    no wrong computation anywhere.
Prints PASS and exits 0, or prints failures and exits 1.
"""
import json
import re
import sys
from fractions import Fraction as Fr
from math import comb, perm, factorial, floor

OPS = set('+-×*·÷/^!')
CHARSET = set('0123456789. +-×*·÷/^!()⌊⌋ⒸⓅ;')
SUPMAP = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7',
          '⁸': '8', '⁹': '9'}
SUBCH = '₀₁₂₃₄₅₆₇₈₉ₙ'


# ------------------------------------------------------------------ parsing
class PErr(Exception):
    pass


def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == ' ':
            i += 1
            continue
        if c.isdigit() or (c == '.' and i + 1 < len(s) and s[i + 1].isdigit()):
            m = re.match(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d*\.?\d+', s[i:])
            if not m:
                raise PErr('num')
            txt = m.group(0)
            toks.append(('n', Fr(txt.replace(',', ''))))
            i += len(txt)
            continue
        if c in '+-×*·÷/^!()⌊⌋ⒸⓅ;':
            toks.append((c, None))
            i += 1
            continue
        raise PErr('char ' + c)
    # implicit multiplication
    out = []
    for t in toks:
        if out and out[-1][0] in ('n', ')', '!', '⌋') and t[0] in ('n', '(', '⌊', 'Ⓒ', 'Ⓟ'):
            out.append(('×', None))
        out.append(t)
    return out


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.nops = 0

    def peek(self):
        return self.t[self.i][0] if self.i < len(self.t) else None

    def take(self, k=None):
        if self.i >= len(self.t):
            raise PErr('eof')
        t = self.t[self.i]
        if k and t[0] != k:
            raise PErr('expected ' + k)
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in ('+', '-'):
            op = self.take()[0]
            w = self.term()
            self.nops += 1
            v = v + w if op == '+' else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() in ('×', '*', '·', '÷', '/'):
            op = self.take()[0]
            w = self.unary()
            self.nops += 1
            if op in ('÷', '/'):
                if w == 0:
                    raise PErr('div0')
                v = v / w
            else:
                v = v * w
        return v

    def unary(self):
        if self.peek() == '-':
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        v = self.postfix()
        if self.peek() == '^':
            self.take()
            e = self.unary()
            self.nops += 1
            if e.denominator != 1 or abs(e) > 100:
                raise PErr('pow')
            v = v ** int(e)
        return v

    def postfix(self):
        v = self.atom()
        while self.peek() == '!':
            self.take()
            self.nops += 1
            if v.denominator != 1 or v < 0 or v > 30:
                raise PErr('fact')
            v = Fr(factorial(int(v)))
        return v

    def atom(self):
        k = self.peek()
        if k == 'n':
            return self.take()[1]
        if k == '(':
            self.take()
            v = self.expr()
            self.take(')')
            return v
        if k == '⌊':
            self.take()
            v = self.expr()
            self.take('⌋')
            self.nops += 1
            return Fr(floor(v))
        if k in ('Ⓒ', 'Ⓟ'):
            self.take()
            self.take('(')
            a = self.expr()
            self.take(';')
            b = self.expr()
            self.take(')')
            self.nops += 1
            if a.denominator != 1 or b.denominator != 1:
                raise PErr('comb')
            return Fr(comb(int(a), int(b)) if k == 'Ⓒ' else perm(int(a), int(b)))
        raise PErr('atom')


def evaluate(s):
    """value and number of operators, or None if not a pure expression."""
    s = s.strip()
    if not s or '..' in s:
        return None
    try:
        p = Parser(tokenize(s))
        v = p.expr()
        if p.i != len(p.t):
            return None
        return v, p.nops
    except (PErr, ZeroDivisionError, OverflowError, ValueError):
        return None


# ------------------------------------------------------------------ normalising
def brace_sub(s, cmd, nargs, fn):
    """replace \\cmd{a}{b} (balanced braces) using fn(args)."""
    while True:
        i = s.find(cmd + '{')
        if i < 0:
            return s
        j = i + len(cmd)
        args = []
        for _ in range(nargs):
            if j >= len(s) or s[j] != '{':
                return s
            d = 0
            k = j
            while k < len(s):
                if s[k] == '{':
                    d += 1
                elif s[k] == '}':
                    d -= 1
                    if d == 0:
                        break
                k += 1
            args.append(s[j + 1:k])
            j = k + 1
        s = s[:i] + fn(args) + s[j:]


def normalize(line):
    s = line
    s = s.replace('**', '')
    s = re.sub(r'^\s*(?:[-*•]|\d+[.)])\s+', ' ', s)
    s = s.replace('\\$', '').replace('$', '')
    s = s.replace('\\(', ' ').replace('\\)', ' ').replace('\\[', ' ').replace('\\]', ' ')
    s = s.replace('{,}', ',')
    s = brace_sub(s, '\\text', 1, lambda a: ' ' + a[0] + ' ')
    s = brace_sub(s, '\\mathrm', 1, lambda a: ' ' + a[0] + ' ')
    s = brace_sub(s, '\\boxed', 1, lambda a: a[0])
    s = brace_sub(s, '\\dfrac', 2, lambda a: '((' + a[0] + ')/(' + a[1] + '))')
    s = brace_sub(s, '\\frac', 2, lambda a: '((' + a[0] + ')/(' + a[1] + '))')
    s = brace_sub(s, '\\binom', 2, lambda a: 'Ⓒ(' + a[0] + ';' + a[1] + ')')
    s = re.sub(r'\^\{([^{}]*)\}', r'^(\1)', s)
    s = re.sub(r'_\{[^{}]*\}', '', s)
    s = re.sub(r'_[A-Za-z0-9]', '', s)
    for a, b in (('\\left', ''), ('\\right', ''), ('\\lfloor', '⌊'), ('\\rfloor', '⌋'),
                 ('\\times', '×'), ('\\cdot', '·'), ('\\div', '÷'), ('\\approx', '≈'),
                 ('\\ldots', '...'), ('\\cdots', '...'), ('\\dots', '...'), ('⋯', '...'),
                 ('…', '...'), ('\\checkmark', '✓'), ('\\quad', ' '), ('\\qquad', ' '),
                 ('\\,', ' '), ('\\;', ' '), ('\\!', ''), ('\\ ', ' '), ('\\le', '≤'),
                 ('\\ge', '≥'), ('−', '-'), ('–', '–')):
        s = s.replace(a, b)
    s = s.replace('{', ' ').replace('}', ' ')
    for ch in SUBCH:
        s = s.replace(ch, '')
    s = re.sub('[⁰¹²³⁴⁵⁶⁷⁸⁹]+', lambda m: '^' + ''.join(SUPMAP[c] for c in m.group(0)), s)
    # C(n, k), P(n, k)
    s = re.sub(r'(?<![A-Za-z])C\(\s*(\d+)\s*,\s*(\d+)\s*\)', r'Ⓒ(\1;\2)', s)
    s = re.sub(r'(?<![A-Za-z])P\(\s*(\d+)\s*,\s*(\d+)\s*\)', r'Ⓟ(\1;\2)', s)
    s = re.sub(r'(\d+)\s+choose\s+(\d+)', r'Ⓒ(\1;\2)', s)
    # worded operators
    s = re.sub(r'(?<=[\d)])\s+times\s+(?=[-\d(])', ' × ', s)
    s = re.sub(r'(?<=[\d)])\s+multiplied by\s+(?=[-\d(])', ' × ', s)
    s = re.sub(r'(?<=[\d)])\s+divided by\s+(?=[-\d(])', ' ÷ ', s)
    s = re.sub(r'(?<=[\d)])\s+plus\s+(?=[-\d(])', ' + ', s)
    s = re.sub(r'(?<=[\d)])\s+minus\s+(?=[-\d(])', ' - ', s)
    s = re.sub(r'(?<=[\d)])\s+(?:is|equals|makes)\s+(?=[-\d(])', ' = ', s)
    # x as multiplication sign
    s = re.sub(r'(?<=[\d)])\s*x\s*(?=[\d(⌊ⒸⓅ])', ' × ', s)
    # a unit word between a number and an operator / equals sign
    s = re.sub(r'(\d)\s+[A-Za-z]+(?=\s*[×*·÷/+\-]\s*[\d(])', r'\1', s)
    s = re.sub(r'(\d)\s+[A-Za-z]+(?=\s*=)', r'\1', s)
    return s


# ------------------------------------------------------------------ chains
def ok_comma(s, i):
    return 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()


def lead_expr(seg):
    """leading expression of a segment: (text, special) or (None, None)."""
    m = re.match(r'\s*(-?\d[\d,]*)\s*(?:remainder|R|r)\s+(\d+)\b', seg)
    if m:
        return ('rem', Fr(m.group(1).replace(',', '')), Fr(m.group(2))), m.end()
    m = re.match(r'\s*(-?\d[\d,]*\.\d+)(?:\.\.\.)', seg)
    if m:
        return ('trunc', m.group(1)), m.end()
    i = 0
    depth = 0
    while i < len(seg):
        c = seg[i]
        if c == ',' and ok_comma(seg, i):
            i += 1
            continue
        if c not in CHARSET:
            break
        if c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
            if depth < 0:
                break
        if c == '.' and seg[i:i + 2] == '..':
            return None, 0
        i += 1
    txt = seg[:i]
    end = i
    if i < len(seg) and (seg[i].isalpha() or seg[i] == '_') and txt and txt[-1] not in ' ':
        return None, end
    txt = txt.rstrip()
    while txt.endswith('.'):
        txt = txt[:-1].rstrip()
    if not txt.strip():
        return None, end
    return ('expr', txt), end


def trail_expr(seg):
    i = len(seg)
    depth = 0
    while i > 0:
        c = seg[i - 1]
        if c == ',' and ok_comma(seg, i - 1):
            i -= 1
            continue
        if c not in CHARSET:
            break
        if c == ')':
            depth += 1
        elif c == '(':
            depth -= 1
            if depth < 0:
                break
        i -= 1
    txt = seg[i:]
    if i > 0 and (seg[i - 1].isalpha() or seg[i - 1] == '_') and txt[:1] not in (' ', ''):
        return None
    t = txt.strip()
    while t[:1] in ('.', ','):
        t = t[1:].strip()
    if not t:
        return None
    if t[0] in '+×*·÷/^!)':
        return None
    if t[0] == '-':
        before = seg[:i].rstrip()
        if before and (before[-1].isalnum() or before[-1] == ')'):
            return None
    if '..' in t:
        return None
    return t


def decimals(txt):
    m = re.fullmatch(r'\s*-?[\d,]*\.(\d+)\s*', txt)
    return len(m.group(1)) if m else 0


def check_line(line):
    """returns (n_checked, n_wrong)."""
    checked = 0
    wrong = 0
    parts = [line]
    annos = re.findall(r'<<([^<>]*)>>', line)
    if annos:
        parts = [re.sub(r'<<[^<>]*>>', '', line)] + annos
    for part in parts:
        s = normalize(part)
        segs = re.split(r'(=|≈)', s)
        texts = segs[0::2]
        rels = segs[1::2]
        chains = []
        cur = []
        t0 = trail_expr(texts[0])
        cur.append(('first', t0))
        for j in range(1, len(texts)):
            seg = texts[j]
            rel = rels[j - 1]
            lead, end = lead_expr(seg)
            whole = lead is not None and seg[end:].strip() in ('', '.', ',') and lead[0] == 'expr'
            cur.append((rel, lead))
            if not whole:
                chains.append(cur)
                cur = [('first', trail_expr(seg))]
        chains.append(cur)
        for chn in chains:
            vals = []
            for pos, (rel, item) in enumerate(chn):
                if item is None:
                    vals.append(None)
                    continue
                if rel == 'first':
                    r = evaluate(item)
                    if r is None or r[1] == 0:
                        vals.append(None)
                    else:
                        vals.append(('v', r[0], r[1], rel, item))
                    continue
                if item[0] == 'rem':
                    vals.append(('rem', item[1], item[2], rel, None))
                    continue
                if item[0] == 'trunc':
                    vals.append(('trunc', Fr(item[1].replace(',', '')), decimals(item[1]), rel, item[1]))
                    continue
                r = evaluate(item[1])
                if r is None:
                    vals.append(None)
                else:
                    vals.append(('v', r[0], r[1], rel, item[1]))
            if not any(v and v[0] == 'v' and v[2] > 0 for v in vals):
                continue
            for a, b in zip(vals, vals[1:]):
                if a is None or b is None or a[0] != 'v':
                    continue
                checked += 1
                if b[0] == 'rem':
                    m = re.fullmatch(r'([\d,]+)[÷/](\d+)', re.sub(r'[()\s]', '', a[4] or ''))
                    if not m:
                        checked -= 1
                        continue
                    num, den = int(m.group(1).replace(',', '')), int(m.group(2))
                    if not (num == b[1] * den + b[2] and 0 <= b[2] < den):
                        wrong += 1
                    continue
                if b[0] == 'trunc':
                    if not (0 <= a[1] - b[1] < Fr(1, 10 ** b[2])):
                        wrong += 1
                    continue
                if b[3] == '≈':
                    k = decimals(b[4])
                    if abs(a[1] - b[1]) > Fr(1, 2 * 10 ** k):
                        wrong += 1
                    continue
                if a[1] != b[1]:
                    wrong += 1
    return checked, wrong


def scan(text):
    """list of (line_start, line_end, checked, wrong)."""
    out = []
    pos = 0
    for ln in text.split('\n'):
        if not ln.startswith('####'):
            c, w = check_line(ln)
            out.append((pos, pos + len(ln), c, w))
        pos += len(ln) + 1
    return out


def final_of(text):
    m = re.findall(r'^#### (.+)$', text, re.M)
    return m[-1].strip() if m else None


def same_num(a, b):
    try:
        return Fr(a.replace(',', '')) == Fr(b.replace(',', ''))
    except (ValueError, ZeroDivisionError):
        return False


def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    fails = []
    keys_base = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    by_pid = {}
    for r in rows:
        by_pid.setdefault(r['pid'], {})[r['variant']] = r
    stats = {'checked_eqs': 0}

    def fail(r, msg):
        fails.append(f"{r['pid']} {r['variant']} {r['style']}: {msg}")

    for r in rows:
        ks = list(r.keys())
        if ks[:7] != keys_base:
            fail(r, f'key order {ks}')
        text = r['solution']
        sc = scan(text)
        stats['checked_eqs'] += sum(x[2] for x in sc)
        bad = [x for x in sc if x[3] > 0]
        v = r['variant']
        if v == 'correct':
            if bad:
                fail(r, 'wrong computation in correct row: ' + repr(text[bad[0][0]:bad[0][1]]))
            if not same_num(final_of(text) or 'x', r['final']):
                fail(r, f'final {final_of(text)} != {r["final"]}')
            if sum(x[2] for x in sc) == 0:
                fail(r, 'no computation could be checked')
        elif v in ('slip', 'carry'):
            sp = r['span']
            if len(bad) != 1:
                fail(r, f'{len(bad)} wrong lines ' + repr([text[b[0]:b[1]] for b in bad]))
            elif [bad[0][0], bad[0][1]] != sp:
                fail(r, f'wrong line at {bad[0][:2]} but span {sp}: {text[bad[0][0]:bad[0][1]]!r}')
            seg = text[sp[0]:sp[1]]
            if '\n' in seg:
                fail(r, 'span crosses lines')
            wr = r['wrong']
            forms = {wr, wr.replace('-', '−')}
            try:
                wv = Fr(wr)
                if wv.denominator == 1 and abs(wv) >= 1000:
                    iv = int(wv)
                    forms.add(f'{iv:,}')
                    forms.add(f'{iv:,}'.replace(',', '{,}'))
            except ValueError:
                pass
            if not any(f in seg for f in forms):
                fail(r, f'wrong value {wr} not in span {seg!r}')
            fin = final_of(text)
            if v == 'slip' and not same_num(fin or 'x', r['final']):
                fail(r, f'slip final {fin} != {r["final"]}')
            if v == 'carry' and (fin is None or same_num(fin, r['final'])):
                fail(r, f'carry final {fin} equals gold {r["final"]}')
            if r['wrong'] == r['right']:
                fail(r, 'wrong == right')
            for k in ('span', 'wrong', 'right', 'step', 'kind'):
                if k not in r:
                    fail(r, 'missing ' + k)
            corr = by_pid[r['pid']].get('correct')
            if corr:
                # everything before the faulty line is identical to the correct row
                if corr['solution'][:sp[0]] != text[:sp[0]]:
                    fail(r, 'text before the fault differs from the correct row')
        elif v == 'loop':
            if '####' in text:
                fail(r, 'loop has ####')
            if bad:
                fail(r, 'wrong computation in loop row: ' + repr(text[bad[0][0]:bad[0][1]]))
            sp = r['span']
            unit = text[sp[0]:sp[1]]
            L = len(unit)
            if not unit.strip():
                fail(r, 'empty unit')
            sep = None
            for cand in ('\n\n', '\n'):
                fs = sp[0] - len(cand) - L
                if fs >= 0 and text[fs:fs + L] == unit and text[fs + L:sp[0]] == cand:
                    sep = cand
                    first_start = fs
                    break
            if sep is None:
                fail(r, 'first copy not right before span')
                continue
            # count consecutive copies from the first
            n = 0
            p = first_start
            while text[p:p + L] == unit and (p + L == len(text) or text[p + L:p + L + len(sep)] == sep):
                n += 1
                p += L + len(sep)
            if n != r['repeats'] or not (8 <= n <= 30):
                fail(r, f'repeats {n} vs {r["repeats"]}')
            corr = by_pid[r['pid']].get('correct')
            if corr and not corr['solution'].startswith(text[:sp[0] - len(sep)]):
                fail(r, 'loop prefix is not a prefix of the correct solution')
        else:
            fail(r, 'bad variant')
    for pid, d in by_pid.items():
        if sorted(d) != ['carry', 'correct', 'loop', 'slip']:
            fails.append(f'{pid}: variants {sorted(d)}')
        if len({x['problem'] for x in d.values()}) != 1 or len({x['final'] for x in d.values()}) != 1:
            fails.append(f'{pid}: problem/final differ across variants')
    if fails:
        for f in fails[:60]:
            print(f)
        print(f'FAIL: {len(fails)} problems in {len(rows)} rows')
        return 1
    print(f'PASS: {len(rows)} rows, {len(by_pid)} problems, {stats["checked_eqs"]} equalities re-checked')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'))
