#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

Re-reads every solution from its text: finds every written computation
(symbolic or spelled out in the row's language), recomputes it exactly, and
verifies the variant labels against the row's correct sibling.

python3 check.py [set.jsonl]   -> prints PASS and exits 0, or lists problems and exits 1
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as Fr

# ----------------------------------------------------------------------------- language data
SPACE_T = r'\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])(?:,\d+)?|\d+(?:,\d+)?'
DOT_T = r'\d{1,3}(?:\.\d{3})+(?![\d])(?:,\d+)?|\d+(?:,\d+)?'
COMMA_T = r'\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?'
INDIAN_T = r'\d{1,2}(?:,\d{2})*,\d{3}(?![\d])(?:\.\d+)?|\d+(?:\.\d+)?'

LANG = {
    'sv': dict(num=SPACE_T, dec=',', ops={'gånger': '*', 'delat med': '/', 'plus': '+', 'minus': '-'}, eq=['är']),
    'da': dict(num=DOT_T, dec=',', ops={'gange': '*', 'divideret med': '/', 'plus': '+', 'minus': '-'}, eq=['er']),
    'no': dict(num=SPACE_T, dec=',', ops={'ganger': '*', 'delt på': '/', 'pluss': '+', 'minus': '-'}, eq=['blir', 'er']),
    'cs': dict(num=SPACE_T, dec=',', ops={'krát': '*', 'děleno': '/', 'plus': '+', 'minus': '-'}, eq=['je']),
    'ro': dict(num=DOT_T, dec=',', ops={'ori': '*', 'împărțit la': '/', 'plus': '+', 'minus': '-'}, eq=['fac']),
    'el': dict(num=DOT_T, dec=',', ops={'επί': '*', 'διά': '/', 'συν': '+', 'μείον': '-'}, eq=['ίσον']),
    'vi': dict(num=DOT_T, dec=',', ops={'nhân': '*', 'chia': '/', 'cộng': '+', 'trừ': '-'}, eq=['bằng']),
    'ko': dict(num=COMMA_T, dec='.', ops={'곱하기': '*', '나누기': '/', '더하기': '+', '빼기': '-'}, eq=[]),
    'hi': dict(num=INDIAN_T, dec='.', ops={'गुणा': '*', 'भाग': '/', 'जमा': '+', 'घटा': '-'}, eq=['बराबर']),
    'ar': dict(num=COMMA_T, dec='.', ops={'ضرب': '*', 'قسمة': '/', 'زائد': '+', 'ناقص': '-'}, eq=['يساوي']),
    'hu': dict(num=SPACE_T, dec=',', ops={'szorozva': '*', 'osztva': '/', 'plusz': '+', 'mínusz': '-'}, eq=['egyenlő']),
    'uk': dict(num=SPACE_T, dec=',', ops={'помножити на': '*', 'поділити на': '/', 'плюс': '+', 'мінус': '-'}, eq=['дорівнює']),
    'ca': dict(num=DOT_T, dec=',', ops={'vegades': '*', 'per': '*', 'dividit entre': '/', 'més': '+', 'menys': '-'}, eq=['fan']),
    'fi': dict(num=SPACE_T, dec=',', ops={'kertaa': '*', 'jaettuna': '/', 'plus': '+', 'miinus': '-'}, eq=['on']),
}
SYM_OPS = {'×': '*', '·': '*', '*': '*', '÷': '/', '/': '/', ':': '/', '+': '+', '-': '-', '−': '-', '–': '-'}
KO_UNIT_SUFFIX = {'원'}
KO_TOPIC = {'은', '는'}


def parse_value(s, lang):
    d = LANG[lang]['dec']
    s = s.replace('\u00a0', '').replace(' ', '')
    if d == ',':
        s = s.replace('.', '').replace(',', '.')
    else:
        s = s.replace(',', '')
    return Fr(s)


def clean_latex(line):
    line = re.sub(r'\\text\{([^}]*)\}', r'\1', line)
    line = re.sub(r'\\boxed\{([^}]*)\}', r'\1', line)
    line = line.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '·')
    for t in ('\\[', '\\]', '\\(', '\\)'):
        line = line.replace(t, ' ')
    return line


class Tok:
    __slots__ = ('kind', 'val', 'suf', 'text')

    def __init__(self, kind, val=None, suf='', text=''):
        self.kind, self.val, self.suf, self.text = kind, val, suf, text

    def __repr__(self):
        return '%s(%r%s)' % (self.kind, self.val if self.val is not None else self.text,
                             (',' + self.suf) if self.suf else '')


_tok_cache = {}


def tokenizer(lang):
    if lang in _tok_cache:
        return _tok_cache[lang]
    L = LANG[lang]
    num = r'(?P<pre>[₹₩]?)(?<![\d.,])(?P<num>' + L['num'] + r')(?P<suf>(?:-[^\W\d_]+|:[^\W\d_]+|[^\W\d_]+)?)'
    words = sorted(list(L['ops']) + L['eq'], key=len, reverse=True)
    wpat = '|'.join(re.escape(w) for w in words)
    parts = [
        ('NUM', num),
        ('WORD', r'(?<!\w)(?:' + wpat + r')(?!\w)') if words else None,
        ('EQ', r'='),
        ('SOP', r'(?<=\s)[:\-−–/](?=\s)|[×·*÷+]'),
        ('WS', r'\s+'),
        ('X', r'.'),
    ]
    rx = re.compile('|'.join('(?P<%s>%s)' % (n, p) if n != 'NUM' else '(?P<NUM>%s)' % p
                             for n, p in [x for x in parts if x]))
    _tok_cache[lang] = rx
    return rx


def tokenize(line, lang):
    L = LANG[lang]
    rx = tokenizer(lang)
    toks = []
    for m in rx.finditer(clean_latex(line)):
        k = m.lastgroup
        if k == 'WS':
            continue
        if k == 'NUM':
            toks.append(Tok('N', parse_value(m.group('num'), lang), m.group('suf') or '', m.group(0)))
        elif k == 'WORD':
            w = m.group(0)
            if w in L['ops']:
                toks.append(Tok('O', L['ops'][w], text=w))
            else:
                toks.append(Tok('E', text=w))
        elif k == 'EQ':
            toks.append(Tok('E', text='='))
        elif k == 'SOP':
            toks.append(Tok('O', SYM_OPS[m.group(0)], text=m.group(0)))
        else:
            toks.append(Tok('X', text=m.group(0)))
    return toks


def evaluate(vals, ops):
    terms, tops = [vals[0]], []
    for o, v in zip(ops, vals[1:]):
        if o == '*':
            terms[-1] *= v
        elif o == '/':
            terms[-1] /= v
        else:
            tops.append(o)
            terms.append(v)
    r = terms[0]
    for o, v in zip(tops, terms[1:]):
        r = r + v if o == '+' else r - v
    return r


def suffix_kind(tok, lang):
    s = tok.suf
    if not s:
        return 'plain'
    if lang == 'ko':
        if s in KO_TOPIC:
            return 'topic'
        if s in KO_UNIT_SUFFIX:
            return 'plain'
        return 'end'
    if lang == 'hu' and s.startswith('-'):
        return 'plain'
    if lang == 'fi' and s.startswith(':'):
        return 'plain'
    if lang == 'vi' and s in ('đ',):
        return 'plain'
    return 'end'


def find_equations(line, lang):
    """list of dicts(vals, ops, written, computed) and list of uncovered op positions"""
    toks = tokenize(line, lang)
    used = [False] * len(toks)
    eqs = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind != 'N' or suffix_kind(t, lang) not in ('plain',):
            i += 1
            continue
        vals, ops = [t.val], []
        j = i + 1
        ok = False
        while j < len(toks):
            if toks[j].kind == 'O' and j + 1 < len(toks) and toks[j + 1].kind == 'N':
                nk = suffix_kind(toks[j + 1], lang)
                ops.append(toks[j].val)
                vals.append(toks[j + 1].val)
                j += 2
                if nk == 'topic' and j < len(toks) and toks[j].kind == 'N':
                    eqs.append(dict(vals=vals, ops=ops, written=toks[j].val,
                                    computed=evaluate(vals, ops), toks=(i, j)))
                    ok = True
                    break
                if nk != 'plain':
                    break
                continue
            if toks[j].kind == 'E' and ops and j + 1 < len(toks) and toks[j + 1].kind == 'N':
                j += 1
                eqs.append(dict(vals=vals, ops=ops, written=toks[j].val,
                                computed=evaluate(vals, ops), toks=(i, j)))
                ok = True
            break
        if ok:
            for k in range(i, j + 1):
                used[k] = True
            i = j + 1
        else:
            i += 1
    uncovered = []
    for k, t in enumerate(toks):
        if t.kind == 'O' and not used[k] and 0 < k < len(toks) - 1 \
                and toks[k - 1].kind == 'N' and toks[k + 1].kind == 'N':
            uncovered.append(k)
    return eqs, uncovered


def numbers_in(line, lang):
    return [t.val for t in tokenize(line, lang) if t.kind == 'N']


# ----------------------------------------------------------------------------- helpers

def lines_with_offsets(text):
    out, pos = [], 0
    for ln in text.split('\n'):
        out.append((pos, ln))
        pos += len(ln) + 1
    return out


def plain_ok(s):
    return isinstance(s, str) and re.fullmatch(r'\d+(\.\d+)?', s) is not None and not (
        '.' in s and s.endswith('0'))


def digits_of(s):
    return s.replace('.', '')


def low_unit(v):
    s = str(float(v)) if v.denominator != 1 else str(v.numerator)
    # exact: find smallest power of ten step of the lowest nonzero digit
    for k in range(0, 8):
        x = v * 10 ** k
        if x.denominator == 1:
            n = x.numerator
            z = 0
            while n % 10 == 0 and n:
                n //= 10
                z += 1
            return Fr(10) ** (z - k)
    raise ValueError(s)


def kind_ok(kind, wrong_s, right_s, eq):
    w, r = Fr(wrong_s), Fr(right_s)
    if w == r or w <= 0:
        return False
    u = low_unit(r)
    if kind == 'off_by_one':
        return abs(w - r) == u
    if kind == 'carry_error':
        return abs(w - r) == 10 * u and ('+' in eq['ops'] or '*' in eq['ops'])
    dw, dr = digits_of(wrong_s), digits_of(right_s)
    if kind == 'digit_swap':
        if len(dw) != len(dr):
            return False
        diff = [i for i in range(len(dr)) if dw[i] != dr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] and dw[diff[1]] == dr[diff[0]]
    if kind == 'dropped_digit':
        return len(dw) == len(dr) - 1 and any(dr[:i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == 'wrong_op':
        if len(eq['vals']) != 2:
            return False
        a, b = eq['vals']
        return w in (a + b, a - b, a * b) and w != eq['computed']
    return False


# ----------------------------------------------------------------------------- main check

def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errs = []
    by_pid = defaultdict(dict)
    for r in rows:
        if r['variant'] in by_pid[r['pid']]:
            errs.append('%s duplicate variant %s' % (r['pid'], r['variant']))
        by_pid[r['pid']][r['variant']] = r
    style_hash = defaultdict(set)

    def err(r, msg):
        errs.append('%s/%s [%s]: %s' % (r['pid'], r['variant'], r['style'], msg))

    def analyse(r):
        lang = r['style'].split('_')[0]
        res = []
        for off, ln in lines_with_offsets(r['solution']):
            eqs, unc = find_equations(ln, lang)
            res.append((off, ln, eqs, unc))
        return lang, res

    def check_tail(r, lang, res, final):
        sol = r['solution']
        lines = sol.split('\n')
        has_hash = lines[-1].startswith('#### ')
        style_hash[r['style']].add(has_hash)
        if '####' in sol and not has_hash:
            err(r, '#### not on the last line')
        if has_hash:
            if lines[-1] != '#### ' + final:
                err(r, 'hash line %r != final %s' % (lines[-1], final))
            ans = lines[-2]
        else:
            ans = lines[-1]
        if Fr(final) not in numbers_in(ans, lang):
            err(r, 'answer line %r lacks final %s' % (ans, final))
        alleq = [e for _o, _l, eqs, _u in res for e in eqs]
        if not alleq or alleq[-1]['written'] != Fr(final):
            err(r, 'last computation does not give the final answer')

    for pid, vs in by_pid.items():
        if set(vs) != {'correct', 'slip', 'carry', 'loop'}:
            errs.append('%s: variants %s' % (pid, sorted(vs)))
            continue
        c = vs['correct']
        for v in vs.values():
            for k in ('problem', 'style', 'template'):
                if v[k] != c[k]:
                    err(v, '%s differs from correct row' % k)
        lang, cres = analyse(c)
        # ---------------- correct
        if not plain_ok(c['final']):
            err(c, 'final not plain: %r' % c['final'])
        n_eq = 0
        eq_lines = []
        for idx, (off, ln, eqs, unc) in enumerate(cres):
            if unc:
                err(c, 'uncovered computation in line %r' % ln)
            if len(eqs) > 1:
                err(c, 'more than one computation on a line %r' % ln)
            for e in eqs:
                n_eq += 1
                if e['computed'] != e['written']:
                    err(c, 'wrong computation in correct row: %r' % ln)
            if eqs:
                eq_lines.append(idx)
        if n_eq < 2:
            err(c, 'only %d computations found' % n_eq)
        check_tail(c, lang, cres, c['final'])
        clines = c['solution'].split('\n')

        def span_checks(r):
            s0, s1 = r['span']
            sol = r['solution']
            if not (0 <= s0 <= s1 <= len(sol)) or '\n' in sol[s0:s1] or \
                    (s0 > 0 and sol[s0 - 1] != '\n') or (s1 < len(sol) and sol[s1] != '\n'):
                err(r, 'span %r is not exactly one line' % r['span'])
                return None
            return sum(1 for ch in sol[:s0] if ch == '\n')

        # ---------------- slip
        s = vs['slip']
        li = span_checks(s)
        slines = s['solution'].split('\n')
        if li is not None:
            if len(slines) != len(clines):
                err(s, 'line count differs from correct')
            else:
                diff = [k for k in range(len(clines)) if clines[k] != slines[k]]
                if diff != [li]:
                    err(s, 'differs from correct on lines %r, span line %d' % (diff, li))
                if li in eq_lines and li == eq_lines[-1]:
                    err(s, 'slip on the last step')
            _l, sres = analyse(s)
            eqs = sres[li][2] if li is not None else []
            bad = [e for e in eqs if e['computed'] != e['written']]
            if len(bad) != 1:
                err(s, 'span line has %d wrong computations' % len(bad))
            else:
                e = bad[0]
                if e['written'] != Fr(s['wrong']) or e['computed'] != Fr(s['right']):
                    err(s, 'wrong/right mismatch %s/%s vs %s/%s' % (s['wrong'], s['right'], e['written'], e['computed']))
                if not kind_ok(s['kind'], s['wrong'], s['right'], e):
                    err(s, 'kind %s not consistent with %s -> %s' % (s['kind'], s['right'], s['wrong']))
            for k, (_o, ln, eqs2, unc) in enumerate(sres):
                if k != li and any(x['computed'] != x['written'] for x in eqs2):
                    err(s, 'other wrong line %r' % ln)
            if s['final'] != c['final']:
                err(s, 'slip final != correct final')
            if li is not None and li in eq_lines and eq_lines.index(li) + 1 != s['step']:
                err(s, 'step %s != position %d' % (s['step'], eq_lines.index(li) + 1))
            check_tail(s, lang, sres, s['final'])
        # ---------------- carry
        r = vs['carry']
        li = span_checks(r)
        if li is not None:
            s0 = r['span'][0]
            if r['solution'][:s0] != c['solution'][:s0]:
                err(r, 'prefix before span differs from correct')
            _l, rres = analyse(r)
            eqs = rres[li][2]
            bad = [e for e in eqs if e['computed'] != e['written']]
            if len(bad) != 1:
                err(r, 'span line has %d wrong computations' % len(bad))
            else:
                e = bad[0]
                if e['written'] != Fr(r['wrong']) or e['computed'] != Fr(r['right']):
                    err(r, 'wrong/right mismatch')
                if not kind_ok(r['kind'], r['wrong'], r['right'], e):
                    err(r, 'kind %s not consistent with %s -> %s' % (r['kind'], r['right'], r['wrong']))
            for k, (_o, ln, eqs2, unc) in enumerate(rres):
                if unc:
                    err(r, 'uncovered computation %r' % ln)
                if k != li and any(x['computed'] != x['written'] for x in eqs2):
                    err(r, 'non-span line has a wrong computation: %r' % ln)
            if r['correct_final'] != c['final']:
                err(r, 'correct_final mismatch')
            if r['final'] == c['final'] or not plain_ok(r['final']):
                err(r, 'carry final %r' % r['final'])
            if li in eq_lines and eq_lines.index(li) + 1 != r['step']:
                err(r, 'step mismatch')
            # the wrong value must actually be used later (unless it is the last step)
            rl = [k for k, x in enumerate(rres) if x[2]]
            if li != rl[-1]:
                later = [v for k in rl if k > li for e2 in rres[k][2] for v in e2['vals']]
                if Fr(r['wrong']) not in later:
                    err(r, 'wrong value never carried into a later step')
            check_tail(r, lang, rres, r['final'])
        # ---------------- loop
        lp = vs['loop']
        li = span_checks(lp)
        sol = lp['solution']
        if lp['final'] is not None:
            err(lp, 'loop final must be null')
        if '####' in sol:
            err(lp, 'loop has #### line')
        if li is not None:
            s0 = lp['span'][0]
            if sol[:s0] != c['solution'][:s0]:
                err(lp, 'loop prefix differs from correct')
            P = lp['period_lines']
            b = s0
            for _ in range(P):
                b = sol.rfind('\n', 0, b - 1) + 1 if b > 0 else 0
            block = sol[b:s0]
            if block.count('\n') != P:
                err(lp, 'block has %d lines, period_lines %d' % (block.count('\n'), P))
            rest = sol[s0:]
            R = lp['repeats']
            if not 15 <= R <= 25:
                err(lp, 'repeats %d' % R)
            full = block * R
            ok = rest == full.rstrip('\n')
            if not ok and rest.startswith(full):
                tail = rest[len(full):]
                first = block.split('\n')[0]
                ok = bool(tail) and first.startswith(tail) and tail != first and not re.search(r'\d', tail)
            if not ok:
                err(lp, 'loop body is not %d verbatim copies (+ digit-free cut)' % R)
            _l, lres = analyse(lp)
            nb = sum(len(find_equations(x, lang)[0]) for x in block.split('\n'))
            if nb not in (1, 2):
                err(lp, 'repeated block holds %d steps' % nb)
            for _o, ln, eqs2, unc in lres:
                if any(x['computed'] != x['written'] for x in eqs2):
                    err(lp, 'wrong computation inside loop row')
            # the correct solution must continue with another step after the prefix
            after = c['solution'][s0:].split('\n')
            if not any(find_equations(x, lang)[0] for x in after):
                err(lp, 'loop starts after the final step')

    for st, hs in style_hash.items():
        if len(hs) != 1:
            errs.append('style %s mixes rows with and without ####' % st)

    if errs:
        for e in errs[:60]:
            print(e)
        print('FAIL: %d problems' % len(errs))
        sys.exit(1)
    cnt = Counter(r['variant'] for r in rows)
    print('rows %d  problems %d  styles %d  variants %s' % (
        len(rows), len(by_pid), len({r['style'] for r in rows}), dict(sorted(cnt.items()))))
    print('PASS')


if __name__ == '__main__':
    main()
