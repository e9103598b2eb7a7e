#!/usr/bin/env python3
"""Independent re-checker for the eval52 set (stdlib only; does not import the generator).

It re-reads every computation it can parse in each solution line
("lhs = result", "lhs → result", "lhs => result", "lhs ≈ result", worded "is",
GSM-style <<a*b=c>> annotations, run-on chains "12x4=48-5=43", remainders "6 r2",
clock times "5:15", mixed numbers "2 1/4", money, percents, number words) and asserts:
  correct rows: no wrong computation, final line '#### <final>' matches `final`;
  slip rows:    exactly one wrong computation, inside `span`; final is right;
  carry rows:   exactly one wrong computation, inside `span`; everything after it is
                consistent (no other wrong computation) and the #### final differs from gold;
  loop rows:    no ####, the unit at `span` is repeated `repeats` times in a row right after
                its first copy, and the text before the repetition has no wrong computation.
Prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as F

ONES = {'zero': 0, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5, 'six': 6, 'seven': 7, 'eight': 8,
        'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12, 'thirteen': 13, 'fourteen': 14, 'fifteen': 15,
        'sixteen': 16, 'seventeen': 17, 'eighteen': 18, 'nineteen': 19}
TENS = {'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70, 'eighty': 80,
        'ninety': 90}


def words_to_digits(s):
    def tens(m):
        v = TENS[m.group(1).lower()]
        if m.group(2):
            v += ONES[m.group(2).lower()]
        return str(v)
    s = re.sub(r'\bone hundred\b', '100', s)
    s = re.sub(r'\b(%s)(?:[- ](%s))?\b' % ('|'.join(TENS), '|'.join(k for k in ONES if ONES[k] < 10 and ONES[k] > 0)),
               tens, s)
    s = re.sub(r'\b(%s)\b' % '|'.join(sorted(ONES, key=len, reverse=True)), lambda m: str(ONES[m.group(1)]), s)
    s = re.sub(r'\bdivided by\b', '÷', s)
    s = re.sub(r'\btimes\b', '×', s)
    s = re.sub(r'\bplus\b', '+', s)
    s = re.sub(r'\bminus\b', '−', s)
    s = re.sub(r'\bhalf of\b', '1/2 of', s)
    return s


TOK = re.compile(r'''
 (?P<sep2><<|>>)
|(?P<clock>\d{1,2}:\d{2})(?!\d)
|(?P<mixed>\d+\ \d+/\d+)(?![\d/])
|(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\$?\.\d+)(?P<ell>\.\.\.)?(?P<suf>%|¢)?
|(?P<rel>=>|->|→|≈|=|~)
|(?P<op>[+\-−–×*·÷/@])
|(?P<lp>\()
|(?P<rp>\))
|(?P<word>w/o|w/|b/c|[A-Za-z°]+)
|(?P<ws>\s+)
|(?P<other>.)
''', re.X)

APPROX_WORDS = {'about', 'approx', 'approximately', 'roughly', 'around'}


def num_value(m):
    g = m.lastgroup
    t = m.group(0)
    if g == 'clock':
        h, mm = t.split(':')
        return F(int(h) * 60 + int(mm)), False
    if g == 'mixed':
        w, fr = t.split(' ')
        n, d = fr.split('/')
        return F(int(w)) + F(int(n), int(d)), False
    s = m.group('num').replace('$', '').replace(',', '')
    v = F(s)
    if m.group('suf') == '%':
        v = v / 100
    return v, bool(m.group('ell'))


def tokenize(line):
    toks = []
    for m in TOK.finditer(line):
        g = m.lastgroup
        if g in ('suf', 'ell'):
            g = 'num'
        if g == 'ws':
            continue
        t = m.group(0)
        if g in ('clock', 'mixed', 'num'):
            v, tr = num_value(m)
            toks.append({'k': 'NUM', 'v': v, 'trunc': tr, 's': m.start(), 'e': m.end(), 't': t})
        elif g == 'rel':
            toks.append({'k': 'REL', 't': t, 's': m.start(), 'e': m.end()})
        elif g == 'op':
            toks.append({'k': 'OP', 't': t, 's': m.start(), 'e': m.end()})
        elif g == 'lp':
            toks.append({'k': 'LP', 't': t, 's': m.start(), 'e': m.end()})
        elif g == 'rp':
            toks.append({'k': 'RP', 't': t, 's': m.start(), 'e': m.end()})
        elif g == 'word':
            toks.append({'k': 'WORD', 't': t, 's': m.start(), 'e': m.end()})
        else:
            toks.append({'k': 'SEP', 't': t, 's': m.start(), 'e': m.end()})
    # contextual words: x / of as multiplication, 'is' as relation
    for i, tk in enumerate(toks):
        if tk['k'] != 'WORD':
            continue
        prev = toks[i - 1] if i > 0 else None
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev_num = prev is not None and (prev['k'] in ('NUM', 'RP') or (
            prev['k'] == 'WORD' and i > 1 and toks[i - 2]['k'] == 'NUM' and prev['t'] not in ('x', 'of')))
        nxt_num = nxt is not None and nxt['k'] in ('NUM', 'LP')
        if tk['t'] in ('x', 'X') and prev_num and nxt_num:
            tk['k'] = 'OP'
            tk['t'] = '×'
        elif tk['t'] == 'of' and prev is not None and prev['k'] == 'NUM' and nxt_num:
            tk['k'] = 'OP'
            tk['t'] = '×'
        elif tk['t'] == 'is':
            tk['k'] = 'REL'
            tk['t'] = '='
    return toks


PREC = {'+': 1, '-': 1, '−': 1, '–': 1, '×': 2, '*': 2, '·': 2, '÷': 2, '/': 2, '@': 2}


def is_unit_word(toks, j):
    """WORD directly after a number and directly before an operator or relation: a unit label."""
    if toks[j]['k'] != 'WORD' or j == 0 or j + 1 >= len(toks):
        return False
    return toks[j - 1]['k'] == 'NUM' and toks[j + 1]['k'] in ('OP', 'REL')


def backward(toks, i):
    """Expression tokens ending right before index i. Returns (tokens, start_index)."""
    j = i - 1
    out = []
    need_operand = True
    depth = 0
    start = i
    while j >= 0:
        t = toks[j]
        if need_operand:
            if t['k'] == 'WORD' and is_unit_word(toks, j):
                j -= 1
                continue
            if t['k'] == 'NUM':
                out.append(t)
                need_operand = False
            elif t['k'] == 'RP':
                out.append(t)
                depth += 1
            else:
                break
        else:
            if t['k'] == 'OP':
                out.append(t)
                need_operand = True
            elif t['k'] == 'LP' and depth > 0:
                out.append(t)
                depth -= 1
            else:
                break
        start = j
        j -= 1
    out.reverse()
    # trim to a well-formed expression
    while out and out[0]['k'] == 'OP':
        if out[0]['t'] in '-−' and len(out) > 1 and out[1]['k'] == 'NUM' and out[1]['s'] == out[0]['e']:
            break
        out.pop(0)
        start += 1
    if depth != 0 or not out:
        return [], i
    return out, start


def evaluate(ex):
    vals = []
    ops = []

    def red():
        o = ops.pop()
        if o == 'neg':
            vals.append(-vals.pop())
            return
        b = vals.pop()
        a = vals.pop()
        if o == '+':
            vals.append(a + b)
        elif o in '-−–':
            vals.append(a - b)
        elif o in '×*·@':
            vals.append(a * b)
        else:
            vals.append(a / b)
    prev = None
    for t in ex:
        if t['k'] == 'NUM':
            vals.append(t['v'])
        elif t['k'] == 'LP':
            ops.append('(')
        elif t['k'] == 'RP':
            while ops[-1] != '(':
                red()
            ops.pop()
        else:
            o = t['t']
            if prev is None or prev['k'] in ('OP', 'LP'):
                ops.append('neg')
            else:
                while ops and ops[-1] not in ('(',) and (ops[-1] == 'neg' or PREC[ops[-1]] >= PREC[o]):
                    red()
                ops.append(o)
        prev = t
    while ops:
        red()
    assert len(vals) == 1
    return vals[0]


def right_value(toks, i):
    """Value written right after relation at i. Returns (value, mode, remainder, end_index) or None."""
    j = i + 1
    mode = 'exact'
    if toks[i]['t'] in ('≈', '~'):
        mode = 'approx'
    while j < len(toks) and toks[j]['k'] == 'WORD' and toks[j]['t'].lower() in APPROX_WORDS:
        mode = 'approx'
        j += 1
    if j >= len(toks):
        return None
    neg = False
    if toks[j]['k'] == 'OP' and toks[j]['t'] in '-−' and j + 1 < len(toks) and toks[j + 1]['k'] == 'NUM' \
            and toks[j + 1]['s'] == toks[j]['e']:
        neg = True
        j += 1
    t = toks[j]
    if t['k'] != 'NUM':
        return None
    v = t['v']
    places = 0
    m = re.search(r'\.(\d+)', t['t'])
    if m:
        places = len(m.group(1))
    if t['trunc']:
        mode = 'trunc'
    # fraction written right after a relation: 3/4
    if j + 2 < len(toks) and toks[j + 1]['k'] == 'OP' and toks[j + 1]['t'] == '/' and toks[j + 2]['k'] == 'NUM' \
            and toks[j + 1]['s'] == t['e'] and toks[j + 2]['s'] == toks[j + 1]['e']:
        v = v / toks[j + 2]['v']
        j += 2
    rem = None
    # remainder: 6 r2 / 6 R 2 / 6 rem 2 / 6 remainder 2
    if j + 2 < len(toks) and toks[j + 1]['k'] == 'WORD' and toks[j + 1]['t'] in ('r', 'R', 'rem', 'remainder') \
            and toks[j + 2]['k'] == 'NUM':
        rem = toks[j + 2]['v']
    # compound duration: 3 hrs 45 min
    if j + 3 < len(toks) and toks[j + 1]['k'] == 'WORD' and toks[j + 1]['t'] in ('h', 'hr', 'hrs', 'hour', 'hours') \
            and toks[j + 2]['k'] == 'NUM' and toks[j + 3]['k'] == 'WORD' and toks[j + 3]['t'] in ('min', 'mins', 'minutes', 'm'):
        v = v * 60 + toks[j + 2]['v']
    if neg:
        v = -v
    return v, mode, rem, places, t


def check_line(line):
    """Return list of (ok, start, end, text) for each checked computation in the line."""
    s = re.sub(r'^\s*(?:[-*•]\s+)', lambda m: ' ' * len(m.group(0)), line)
    s2 = words_to_digits(s)
    if s2 != s:
        # positions change; still report whole-line position
        s = s2
        shifted = True
    else:
        shifted = False
    toks = tokenize(s)
    res = []
    anchor = None
    prev_rel = None
    for i, t in enumerate(toks):
        if t['k'] != 'REL':
            continue
        ex, start = backward(toks, i)
        contiguous = prev_rel is not None and start <= prev_rel + 1 + sum(
            1 for k in range(prev_rel + 1, i) if toks[k]['k'] == 'WORD' and is_unit_word(toks, k)) and (
            all(toks[k]['k'] in ('NUM', 'WORD') for k in range(prev_rel + 1, i)) and
            sum(1 for k in range(prev_rel + 1, i) if toks[k]['k'] == 'NUM') == 1 and
            all(is_unit_word(toks, k) for k in range(prev_rel + 1, i) if toks[k]['k'] == 'WORD'))
        rv = right_value(toks, i)
        has_op = any(x['k'] == 'OP' for x in ex)
        L = None
        if has_op:
            try:
                L = evaluate(ex)
            except (ZeroDivisionError, AssertionError, IndexError, KeyError):
                L = None
        elif contiguous and anchor is not None:
            L = anchor
        prev_rel = i
        if rv is None or L is None:
            anchor = None
            continue
        v, mode, rem, places, rt = rv
        if rem is not None and has_op:
            nums = [x for x in ex if x['k'] == 'NUM']
            opk = [x for x in ex if x['k'] == 'OP']
            ok = (len(nums) == 2 and len(opk) == 1 and opk[0]['t'] in '÷/' and
                  nums[0]['v'] == v * nums[1]['v'] + rem and 0 <= rem < nums[1]['v'])
        elif mode == 'approx':
            ok = abs(L - v) <= F(1, 2) / 10 ** places + F(1, 10 ** 9)
        elif mode == 'trunc':
            ok = 0 <= abs(L) - abs(v) < F(1, 10 ** places)
        else:
            ok = (L == v)
        a = ex[0]['s'] if ex else t['s']
        res.append((ok, a, rt['e'], s[a:rt['e']], shifted))
        anchor = L if ok else v
    return res


def check_text(text, base=0):
    """Check all lines. Returns list of (ok, abs_start, abs_end, snippet, line_start, line_end)."""
    out = []
    pos = 0
    for line in text.split('\n'):
        for ok, a, e, snip, shifted in check_line(line):
            out.append((ok, base + pos + a, base + pos + e, snip, base + pos, base + pos + len(line)))
        pos += len(line) + 1
    return out


def final_of(text):
    last = text.rstrip('\n').split('\n')[-1]
    m = re.fullmatch(r'#### (-?[\d.]+)', last)
    return m.group(1) if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errors = []
    stats = {'rows': len(rows), 'checked_comps': 0, 'correct_rows_with_checks': 0}
    by_var = {}
    pids = set()
    for r in rows:
        by_var[r['variant']] = by_var.get(r['variant'], 0) + 1
        v = r['variant']
        sol = r['solution']
        res = check_text(sol)
        stats['checked_comps'] += len(res)
        bad = [x for x in res if not x[0]]
        key = r['pid'] + '/' + v
        if v == 'correct':
            if r['pid'] in pids:
                errors.append((key, 'duplicate pid'))
            pids.add(r['pid'])
            if bad:
                errors.append((key, 'wrong computation in correct row: %r' % [b[3] for b in bad]))
            if final_of(sol) != r['final']:
                errors.append((key, 'final mismatch %r vs %r' % (final_of(sol), r['final'])))
            if res:
                stats['correct_rows_with_checks'] += 1
            else:
                errors.append((key, 'no computation could be checked'))
        elif v in ('slip', 'carry'):
            s0, s1 = r['span']
            if len(bad) != 1:
                errors.append((key, '%d wrong computations: %r' % (len(bad), [b[3] for b in bad])))
            else:
                b = bad[0]
                if not (b[4] == s0 and b[5] == s1):
                    errors.append((key, 'wrong computation %r not at span line' % (b[3],)))
            if '\n' in sol[s0:s1] or (s0 > 0 and sol[s0 - 1] != '\n') or (s1 < len(sol) and sol[s1] != '\n'):
                errors.append((key, 'span is not a whole line'))
            if r['wrong'] not in sol[s0:s1] and r['wrong'] not in words_to_digits(sol[s0:s1]):
                errors.append((key, 'wrong value %r not on span line' % r['wrong']))
            if r['wrong'] == r['right']:
                errors.append((key, 'wrong == right'))
            f = final_of(sol)
            if v == 'slip' and f != r['final']:
                errors.append((key, 'slip final changed'))
            if v == 'carry' and (f is None or f == r['final']):
                errors.append((key, 'carry final not carried (%r)' % f))
        elif v == 'loop':
            if '####' in sol:
                errors.append((key, 'loop row has ####'))
            s0, s1 = r['span']
            unit = sol[s0:s1]
            n = len(unit) + 1
            first = s0 - n
            if first < 0 or sol[first:first + len(unit)] != unit or (first > 0 and sol[first - 1] != '\n'):
                errors.append((key, 'first copy not right before span'))
            else:
                cnt = 0
                p = first
                while sol[p:p + len(unit)] == unit and (p + len(unit) == len(sol) or sol[p + len(unit)] == '\n'):
                    cnt += 1
                    p += n
                if cnt != r['repeats'] or not (8 <= cnt <= 30):
                    errors.append((key, 'repeats %d vs %d' % (cnt, r['repeats'])))
                pre = check_text(sol[:first + len(unit)])
                if any(not x[0] for x in pre):
                    errors.append((key, 'wrong computation before loop'))
        else:
            errors.append((key, 'bad variant'))
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    for r in rows:
        k = list(r.keys())
        if k[:7] != keys:
            errors.append((r['pid'], 'key order'))
            break
    for e in errors[:40]:
        print('FAIL', *e)
    print('rows per variant:', by_var, 'stats:', stats)
    if errors:
        print('%d problems' % len(errors))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl')
