#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every rendered computation `expr = value` (also chains, `≈`, LaTeX, worded operators,
GSM8K <<...>> annotations) and asserts the variant contracts. Prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']


def normalize(line):
    s = line
    s = s.replace('**', ' ').replace('`', ' ')
    s = s.replace('<<', ' | ').replace('>>', ' | ')
    s = s.replace('{,}', ',').replace('\\$', '$')
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    for _ in range(3):
        s = re.sub(r'\\d?frac\{([^{}]*)\}\{([^{}]*)\}', r'((\1)/(\2))', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    s = s.replace('\\times', '×').replace('\\div', '÷').replace('\\cdot', '×').replace('\\approx', '≈')
    s = re.sub(r'\\[()\[\]]', ' ', s)
    s = re.sub(r'\\[A-Za-z]+', ' ', s)
    s = s.replace(' times ', ' × ').replace(' multiplied by ', ' × ').replace(' divided by ', ' ÷ ')
    s = s.replace(' plus ', ' + ').replace(' minus ', ' - ').replace(' equals ', ' = ').replace(' is about ', ' ≈ ')
    s = s.replace('−', '-').replace('·', '×').replace('*', '×')
    s = re.sub(r'(?<=\s)x(?=\s)', '×', s)
    s = s.replace('$', '')
    for _ in range(3):
        s = re.sub(r'(\d),(\d{3})(?!\d)', r'\1\2', s)
    return s


TOK = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<word>[A-Za-z_][A-Za-z_0-9'’]*)|(?P<op>[+\-×÷/])|(?P<lp>\()|(?P<rp>\))|(?P<other>\S))")


def tokens(seg):
    out = []
    pos = 0
    while pos < len(seg):
        m = TOK.match(seg, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        k = m.lastgroup
        v = m.group(k)
        if k == 'op' and v in '/-':
            rest = seg[pos:].lstrip()
            nxt = rest[:1]
            prev = seg[m.start():m.end()].lstrip()
            prevch = seg[:m.start() + (len(m.group(0)) - len(prev))][-1:] if m.start() + (len(m.group(0)) - len(prev)) > 0 else ''
            if v == '/' and nxt.isalpha():
                k = 'word'  # unit slash: km/h, $18/h
            if v == '-' and (nxt.isalpha() or prevch.isalpha()):
                k = 'word'  # hyphen
        out.append((k, v))
    return out


def sig(toks):
    return [t for t in toks if t[0] != 'word']


def trailing(seg):
    t = sig(tokens(seg))
    res = []
    expect = 'operand'
    depth = 0
    for k, v in reversed(t):
        if expect == 'operand':
            if k == 'num':
                res.append((k, v))
                expect = 'op'
            elif k == 'rp':
                res.append((k, v))
                depth += 1
            else:
                break
        else:
            if k == 'op':
                res.append((k, v))
                expect = 'operand'
            elif k == 'lp' and depth > 0:
                res.append((k, v))
                depth -= 1
            else:
                break
    if expect == 'operand' and res:
        res.pop()  # dangling operator
    while depth > 0:
        return []
    return list(reversed(res))


def leading(seg):
    t = sig(tokens(seg))
    res = []
    expect = 'operand'
    depth = 0
    for k, v in t:
        if expect == 'operand':
            if k == 'num':
                res.append((k, v))
                expect = 'op'
            elif k == 'lp':
                res.append((k, v))
                depth += 1
            else:
                break
        else:
            if k == 'op':
                res.append((k, v))
                expect = 'operand'
            elif k == 'rp' and depth > 0:
                res.append((k, v))
                depth -= 1
            else:
                break
    if res and res[-1][0] == 'op':
        res.pop()
    if depth:
        return []
    return res


def evaluate(ex):
    pos = [0]

    def atom():
        k, v = ex[pos[0]]
        pos[0] += 1
        if k == 'num':
            return F(v)
        if k == 'lp':
            x = add()
            pos[0] += 1
            return x
        raise ValueError

    def mul():
        x = atom()
        while pos[0] < len(ex) and ex[pos[0]][1] in ('×', '÷', '/'):
            o = ex[pos[0]][1]
            pos[0] += 1
            y = atom()
            x = x * y if o == '×' else x / y
        return x

    def add():
        x = mul()
        while pos[0] < len(ex) and ex[pos[0]][1] in ('+', '-'):
            o = ex[pos[0]][1]
            pos[0] += 1
            y = mul()
            x = x + y if o == '+' else x - y
        return x
    v = add()
    if pos[0] != len(ex):
        raise ValueError
    return v


def decimals(ex):
    d = 0
    for k, v in ex:
        if k == 'num' and '.' in v:
            d = max(d, len(v.split('.')[1]))
    return d


def check_line(line):
    """-> (n_checked, list of (lhs_value, rhs_text))"""
    s = normalize(line)
    parts = re.split(r'(=|≈)', s)
    segs = parts[0::2]
    seps = parts[1::2]
    n = 0
    bad = []
    for i, sep in enumerate(seps):
        L = trailing(segs[i])
        R = leading(segs[i + 1])
        if not L or not R or not any(k == 'op' for k, _ in L):
            continue
        try:
            lv = evaluate(L)
            rv = evaluate(R)
        except (ValueError, ZeroDivisionError, IndexError):
            continue
        n += 1
        if sep == '≈':
            tol = F(1, 2) * F(1, 10 ** decimals(R)) + F(1, 10 ** 9)
            ok = abs(lv - rv) <= tol and lv != rv or abs(lv - rv) <= tol
        else:
            ok = lv == rv
        if not ok:
            bad.append((lv, ' '.join(v for _, v in R)))
    return n, bad


def line_spans(text):
    pos = 0
    for ln in text.split('\n'):
        yield pos, pos + len(ln), ln
        pos += len(ln) + 1


def values_in(text):
    s = normalize(text)
    s = re.sub(r'\(\((\d+)\)/\((\d+)\)\)', r' \1/\2 ', s)
    out = set()
    for m in re.finditer(r'(?<![\d.])\d+(?:\.\d+)?(?:/\d+)?', s):
        g = m.group(0)
        if '/' in g and F(g.split('/')[1]) != 0:
            out.add(num_of(g))
        for x in g.split('/'):
            out.add(F(x))
    return out


def num_of(s):
    s = s.replace(',', '').replace('$', '')
    if '/' in s:
        a, b = s.split('/')
        return F(a) / F(b)
    return F(s)


def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = {}
    for r in rows:
        assert list(r.keys())[:7] == KEYS, r.keys()
        by.setdefault(r['pid'], {})[r['variant']] = r
    total_checked = 0
    rows_with = 0
    errors = []
    counts = {}
    for pid, vs in by.items():
        assert set(vs) == {'correct', 'slip', 'carry', 'loop'}, pid
        gold = vs['correct']['final']
        for var, r in vs.items():
            counts[var] = counts.get(var, 0) + 1
            text = r['solution']
            wrong_lines = []
            nchk = 0
            for a, b, ln in line_spans(text):
                n, bad = check_line(ln)
                nchk += n
                if bad:
                    wrong_lines.append((a, b, ln, bad))
            total_checked += nchk
            rows_with += nchk > 0
            last = text.rstrip('\n').split('\n')[-1]
            if var == 'correct':
                if wrong_lines:
                    errors.append((pid, var, 'wrong computation in correct row', wrong_lines))
                if last != '#### ' + gold:
                    errors.append((pid, var, 'final line', last))
                if nchk == 0:
                    errors.append((pid, var, 'no computation re-read'))
            elif var in ('slip', 'carry'):
                if len(wrong_lines) != 1:
                    errors.append((pid, var, 'expected exactly one wrong line', wrong_lines))
                    continue
                a, b, ln, bad = wrong_lines[0]
                if [a, b] != r['span']:
                    errors.append((pid, var, 'span mismatch', r['span'], (a, b)))
                if num_of(r['right']) != bad[-1][0]:
                    errors.append((pid, var, 'right value mismatch', r['right'], bad))
                wv = num_of(r['wrong'])
                if wv not in values_in(ln):
                    errors.append((pid, var, 'wrong value not in span line', r['wrong']))
                if not (r['step'] >= 1 and r['kind']):
                    errors.append((pid, var, 'fields'))
                if var == 'slip':
                    if r['final'] != gold or last != '#### ' + gold:
                        errors.append((pid, var, 'slip must keep the right final', last))
                else:
                    if num_of(r['final']) == num_of(gold):
                        errors.append((pid, var, 'carry final equals gold'))
                    if last != '#### ' + r['final']:
                        errors.append((pid, var, 'carry final line', last))
                    if wv not in values_in(text[b:]) and num_of(r['final']) != wv:
                        errors.append((pid, var, 'wrong value not carried', r['wrong']))
            elif var == 'loop':
                if '####' in text:
                    errors.append((pid, var, 'loop has final line'))
                if wrong_lines:
                    errors.append((pid, var, 'wrong computation in loop', wrong_lines))
                s0, s1 = r['span']
                unit = text[s0:s1]
                ul = len(unit)
                first = s0 - ul - 1
                if first < 0 or text[first:s0 - 1] != unit or text[s0 - 1] != '\n':
                    errors.append((pid, var, 'first copy not before span'))
                    continue
                k = 0
                p = first
                while text[p:p + ul] == unit and (p + ul == len(text) or text[p + ul] == '\n'):
                    k += 1
                    p += ul + 1
                if k != r['repeats'] or not (8 <= k <= 30):
                    errors.append((pid, var, 'repeat count', k, r['repeats']))
    for e in errors[:30]:
        print(e)
    print('rows:', len(rows), counts)
    print('computations re-read:', total_checked, '; rows with >=1:', rows_with)
    if errors:
        print('FAIL', len(errors))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl')
