#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every rendered computation it can find in a solution:
  * `expr = value` / `expr ≈ value` / worded `expr is value` (times, divided by, plus, minus, % of)
  * LaTeX (\\times, \\div, \\frac{}{}, \\text{}, {,}), GSM8K <<a*b=c>> annotations
  * table rows  | label | expr | value |
  * rounding lines  "X ... round(s) up/down to N"  and  "X -> round up: N"
and asserts the per-variant contract. Prints PASS and exits 0 on success.
"""
import json
import math
import re
import sys
from fractions import Fraction as F

UNITS = {'kg', 'g', 'lb', 'lbs', 'oz', 'cups', 'cup', 'mg', 'ml', 'mL', 'm', 'ft', 'm²', 'm^2', 'days', 'day',
         'weeks', 'week', 'months', 'month', 'mg/kg', 'mg/mL', 'mg/ml', 'kg/day', 'g/day', 'lb/day', 'cups/day'}

NUM = r'\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?|\$?\.\d+'
TOK = re.compile(r'\s*(?:(?P<num>%s)(?P<pct>%%)?|(?P<word>[A-Za-z]+(?:²|\^2)?(?:/[A-Za-z]+)?)|(?P<op>[-+*/×÷·x()]))' % NUM)


def norm(line):
    s = line
    s = re.sub(r'<<[^<>]*>>', ' ', s)
    s = s.replace('\\left', '').replace('\\right', '')
    s = s.replace('{,}', ',').replace('\\,', '').replace('\\$', '$').replace('\\%', '%')
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) / (\2)', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = s.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '·').replace('\\approx', '≈')
    s = s.replace('\\(', ' ').replace('\\)', ' ').replace('\\[', ' ').replace('\\]', ' ')
    s = s.replace('**', '').replace('`', '')
    s = s.replace('−', '-').replace('–', ' , ')
    s = re.sub(r'^\s*(?:[-*•]|\d+\.)\s+', '', s)
    s = re.sub(r'\s+times\s+', ' × ', s)
    s = re.sub(r'\s+multiplied by\s+', ' × ', s)
    s = re.sub(r'\s+divided by\s+', ' ÷ ', s)
    s = re.sub(r'\s+plus\s+', ' + ', s)
    s = re.sub(r'\s+minus\s+', ' - ', s)
    s = s.replace('->', '→')
    return s


def tokenize(s):
    """list of tokens (type, value); unknown stuff becomes ('stop',)."""
    out = []
    i = 0
    while i < len(s):
        if s[i].isspace():
            i += 1
            continue
        m = TOK.match(s, i)
        if not m or m.end() == i:
            out.append(('stop', s[i]))
            i += 1
            continue
        if m.group('num'):
            v = F(m.group('num').replace('$', '').replace(',', ''))
            if m.group('pct'):
                v = v / 100
            out.append(('num', v))
        elif m.group('word'):
            w = m.group('word')
            if w in UNITS:
                out.append(('unit', w))
            elif w == 'x':
                out.append(('op', '*'))
            elif w == 'of':
                out.append(('op', '*'))
            else:
                out.append(('stop', w))
        else:
            o = m.group('op')
            o = {'×': '*', '·': '*', 'x': '*', '÷': '/'}.get(o, o)
            out.append(('op', o))
        i = m.end()
    return [t for t in out if t[0] != 'unit']


def parse(toks):
    """evaluate tokens fully; None if not a valid expression."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError
        if t == ('op', '('):
            pos[0] += 1
            v = add()
            if peek() != ('op', ')'):
                raise ValueError
            pos[0] += 1
            return v
        if t == ('op', '-'):
            pos[0] += 1
            return -atom()
        if t[0] == 'num':
            pos[0] += 1
            return t[1]
        raise ValueError

    def mul():
        v = atom()
        while peek() in (('op', '*'), ('op', '/')):
            o = peek()[1]
            pos[0] += 1
            w = atom()
            v = v * w if o == '*' else v / w
        return v

    def add():
        v = mul()
        while peek() in (('op', '+'), ('op', '-')):
            o = peek()[1]
            pos[0] += 1
            w = mul()
            v = v + w if o == '+' else v - w
        return v
    try:
        v = add()
    except (ValueError, ZeroDivisionError):
        return None
    if pos[0] != len(toks):
        return None
    return v


def has_op(toks):
    return any(t[0] == 'op' and t[1] in '+-*/' for t in toks[1:]) or (toks and toks[0][0] == 'op' and toks[0][1] != '-' and toks[0][1] != '(')


def left_expr(text):
    toks = tokenize(text)
    j = len(toks)
    while j > 0 and toks[j - 1][0] != 'stop':
        j -= 1
    run = toks[j:]
    # shortest valid suffix is not wanted; take the longest valid suffix
    for k in range(len(run)):
        sub = run[k:]
        if sub and sub[0] == ('op', '-') and k > 0:
            continue
        v = parse(sub)
        if v is not None:
            return v, sub
    return None, []


def right_vals(text):
    toks = tokenize(text)
    j = 0
    while j < len(toks) and toks[j][0] != 'stop':
        j += 1
    run = toks[:j]
    cands = []
    if run and run[0][0] == 'num':
        cands.append((run[0][1], decs_of(text)))
    elif len(run) > 1 and run[0] == ('op', '-') and run[1][0] == 'num':
        cands.append((-run[1][1], decs_of(text)))
    for k in range(len(run), 0, -1):
        v = parse(run[:k])
        if v is not None and has_op(run[:k]):
            cands.append((v, None))
            break
    return cands


def decs_of(text):
    m = re.search(r'\d[\d,]*(?:\.(\d+))?', text)
    return len(m.group(1)) if m and m.group(1) else 0


def check_rel(lv, rv, rel, decs):
    if rel == '≈':
        d = decs if decs is not None else 4
        return abs(lv - rv) <= F(1, 2) * F(1, 10 ** d) + F(1, 10 ** 9)
    return lv == rv


def line_faults(raw):
    """return (n_checked, n_wrong) for one line."""
    checked = wrong = 0
    # GSM8K annotations
    for m in re.finditer(r'<<([^<>=]*)=([^<>]*)>>', raw):
        lv = parse(tokenize(m.group(1)))
        rv = parse(tokenize(m.group(2)))
        if lv is not None and rv is not None:
            checked += 1
            wrong += lv != rv
    s = norm(raw)
    cells = [s]
    if s.strip().startswith('|'):
        cells = [c for c in s.strip().strip('|').split('|')]
        for a, b in zip(cells, cells[1:]):
            if '=' in a or '≈' in a:
                continue
            ta = tokenize(a)
            if not ta or any(t[0] == 'stop' for t in ta) or not has_op(ta):
                continue
            lv = parse(ta)
            rel = '≈' if b.strip().startswith('≈') else '='
            rv = right_vals(b.replace('≈', ' '))
            if lv is None or not rv:
                continue
            checked += 1
            wrong += not any(check_rel(lv, v, rel, d if d is not None else None) for v, d in rv)
    for c in cells:
        parts = re.split(r'(=|≈|\bis\b)', c)
        for idx in range(1, len(parts) - 1, 2):
            rel = parts[idx]
            lv, lt = left_expr(parts[idx - 1])
            rv = right_vals(parts[idx + 1])
            if lv is None or not rv:
                continue
            if not has_op(lt) and not any(d is None for _, d in rv):
                continue
            if rel == 'is' and not has_op(lt):
                continue
            checked += 1
            ok = any(check_rel(lv, v, '≈' if rel == '≈' else '=', d) for v, d in rv)
            wrong += not ok
        # rounding
        m = re.search(r'round(?:s|ed|ing)?\s+(up|down)', c)
        if m:
            before = re.findall(NUM, c[:m.start()])
            after = re.findall(NUM, c[m.end():])
            if before and after:
                x = F(before[-1].replace('$', '').replace(',', ''))
                n = F(after[0].replace('$', '').replace(',', ''))
                exp = math.ceil(x) if m.group(1) == 'up' else math.floor(x)
                checked += 1
                wrong += n != exp
    return checked, wrong


def scan(sol):
    """list of (start, end, checked, wrong) per line."""
    out = []
    pos = 0
    for ln in sol.split('\n'):
        c, w = line_faults(ln)
        out.append((pos, pos + len(ln), c, w))
        pos += len(ln) + 1
    return out


def final_of(sol):
    m = re.findall(r'^#### (.+)$', sol, re.M)
    return m[-1].strip() if m else None


def numval(s):
    return F(s.replace(',', '').replace('$', ''))


def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = {}
    errors = []
    total_checked = 0
    keys_base = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    for r in rows:
        by.setdefault(r['pid'], {})[r['variant']] = r
        ks = list(r.keys())
        extra = {'correct': [], 'slip': ['span', 'wrong', 'right', 'step', 'kind'],
                 'carry': ['span', 'wrong', 'right', 'step', 'kind'], 'loop': ['span', 'repeats']}[r['variant']]
        if ks != keys_base + extra:
            errors.append((r['pid'], r['variant'], 'keys %r' % ks))
    for pid, vs in by.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            errors.append((pid, 'variants', sorted(vs)))
            continue
        c = vs['correct']
        sc = scan(c['solution'])
        total_checked += sum(x[2] for x in sc)
        if any(x[3] for x in sc):
            errors.append((pid, 'correct', 'wrong computation: %r' % [c['solution'][a:b] for a, b, _, w in sc if w]))
        if sum(x[2] for x in sc) < 2:
            errors.append((pid, 'correct', 'too few checked computations'))
        if final_of(c['solution']) != c['final'] or not c['solution'].rstrip().split('\n')[-1].startswith('####'):
            errors.append((pid, 'correct', 'final line'))
        for mode in ('slip', 'carry'):
            r = vs[mode]
            sc = scan(r['solution'])
            bad = [(a, b) for a, b, _, w in sc if w]
            a, b = r['span']
            if bad != [(a, b)]:
                errors.append((pid, mode, 'wrong lines %r vs span %r: %r' % (bad, r['span'], [r['solution'][x:y] for x, y in bad])))
            line = r['solution'][a:b]
            nums = [numval(x) for x in re.findall(NUM, norm(line).replace('−', '-'))]
            if numval(r['wrong']) not in nums and -numval(r['wrong']) not in nums:
                errors.append((pid, mode, 'wrong value not on span line'))
            if numval(r['wrong']) == numval(r['right']):
                errors.append((pid, mode, 'wrong == right'))
            fo = final_of(r['solution'])
            if mode == 'slip' and fo != r['final']:
                errors.append((pid, mode, 'slip final changed'))
            if mode == 'carry':
                if fo is None or numval(fo) == numval(r['final']):
                    errors.append((pid, mode, 'carry final not changed'))
                # the wrong value must be used again after the faulty line
                later = norm(r['solution'][b:]).replace('−', '-')
                lnums = [numval(x) for x in re.findall(NUM, later)]
                if abs(numval(r['wrong'])) not in lnums and abs(numval(fo)) not in lnums:
                    errors.append((pid, mode, 'wrong value not carried'))
                # final line agrees with the last stated result (sentence or box) before ####
                body = r['solution'][:r['solution'].rfind('####')]
                bn = [numval(x) for x in re.findall(NUM, norm(body.strip().split('\n')[-1]).replace('−', '-'))]
                if bn and numval(fo) not in bn and -numval(fo) not in bn:
                    bl = [ln for ln in body.strip().split('\n') if ln.strip() and ln.strip() != '\\]']
                    bn2 = [numval(x) for x in re.findall(NUM, norm(bl[-1]))]
                    if abs(numval(fo)) not in [abs(v) for v in bn2]:
                        errors.append((pid, mode, 'answer sentence disagrees with ####'))
        lp = vs['loop']
        s = lp['solution']
        a, b = lp['span']
        unit = s[a:b]
        if '####' in s:
            errors.append((pid, 'loop', 'has ####'))
        if not unit.strip() or s.count(unit) < lp['repeats'] or not (8 <= lp['repeats'] <= 30):
            errors.append((pid, 'loop', 'bad repeats'))
        first = s[a - len(unit) - 1:a - 1]
        if first != unit or (unit + '\n') * (lp['repeats'] - 1) not in s + '\n':
            errors.append((pid, 'loop', 'not consecutive copies'))
        if any(x[3] for x in scan(s)):
            errors.append((pid, 'loop', 'wrong computation in loop row'))
        if not c['solution'].startswith(s[:a - len(unit) - 1]):
            errors.append((pid, 'loop', 'prefix differs from correct solution'))
    pids = [r['pid'] for r in rows if r['variant'] == 'correct']
    if len(set(pids)) != len(pids):
        errors.append(('dup pid',))
    for e in errors[:40]:
        print('ERR', e)
    print('problems %d, rows %d, computations checked in correct rows %d, errors %d'
          % (len(by), len(rows), total_checked, len(errors)))
    if errors:
        print('FAIL')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl')
