#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every written computation it can find in a solution
(`a × b = c`, `a times b is c`, `x ≈ y`, `1.2 million = 1,200,000`,
`a ÷ b = q R r`, GSM8K `<<a*b=c>>`, LaTeX, table rows) and evaluates it with
exact Fractions.  It asserts:
  * correct rows: no wrong computation, last line `#### <final>`;
  * slip rows: exactly one line holds wrong computations and it is the `span`
    line; the solution still ends with `#### <final>`;
  * carry rows: the same, but the `####` answer differs from `final`
    (everything after the fault is consistent with the carried value);
  * loop rows: no `####`, the span is an exact copy of the unit before it and
    the unit occurs `repeats` times in a row.
usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from fractions import Fraction as F

NUM_RE = re.compile(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?')
SCI_RE = re.compile(r'(\d+(?:\.\d+)?)\s*[×x]\s*10\^(-?\d+)')


def normalize(s):
    s = s.replace('{,}', ',').replace('\\$', '$').replace('\\%', '%')
    s = s.replace('\\times', '×').replace('\\cdot', '·').replace('\\div', '÷').replace('\\approx', '≈')
    s = re.sub(r'10\^\{(-?\d+)\}', r'10^\1', s)
    s = re.sub(r'\\text\{\s*([^}]*)\}', r' \1 ', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) ÷ (\2)', s)
    for t in ('\\(', '\\)', '\\[', '\\]', '\\boxed', '$$'):
        s = s.replace(t, ' ')
    s = s.replace('**', ' ')
    s = re.sub(r'^\s*[-•]\s+', ' ', s)
    s = re.sub(r'^\s*\d+\.\s+', ' ', s)
    s = s.replace('multiplied by', ' times ').replace('divided by', ' ÷ ')
    s = s.replace('comes to', ' equals ').replace('rounds to', ' ≈ ')
    return s


class Tok:
    __slots__ = ('t', 'v', 'res', 's', 'pct')

    def __init__(self, t, v=None, res=None, s='', pct=False):
        self.t, self.v, self.res, self.s, self.pct = t, v, res, s, pct

    def __repr__(self):
        return '%s:%s' % (self.t, self.s)


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        m = SCI_RE.match(s, i)
        if m and (i == 0 or not s[i - 1].isdigit()):
            mant = m.group(1)
            e = int(m.group(2))
            pl = len(mant.split('.')[1]) if '.' in mant else 0
            v = F(mant) * F(10) ** e
            toks.append(Tok('NUM', v, F(1, 10 ** pl) * F(10) ** e, m.group(0)))
            i = m.end()
            continue
        if c in '$€' or c.isdigit():
            j = i + 1 if c in '$€' else i
            m = NUM_RE.match(s, j)
            if m:
                txt = m.group(0)
                v = F(txt.replace(',', ''))
                pl = len(txt.split('.')[1]) if '.' in txt else 0
                res = F(1, 10 ** pl)
                k = m.end()
                pct = False
                if k < n and s[k] == '%':
                    v /= 100
                    res /= 100
                    k += 1
                    pct = True
                mm = re.match(r'\s+(million|billion)\b', s[k:])
                if mm:
                    mult = 10 ** 6 if mm.group(1) == 'million' else 10 ** 9
                    v *= mult
                    res *= mult
                    k += mm.end()
                toks.append(Tok('NUM', v, res, s[i:k], pct))
                i = k
                continue
            if c in '$€':
                i += 1
                continue
        if s.startswith('<<', i):
            toks.append(Tok('LA', s='<<'))
            i += 2
            continue
        if s.startswith('>>', i):
            toks.append(Tok('RA', s='>>'))
            i += 2
            continue
        if c in '×*·':
            toks.append(Tok('OP', '*', s=c))
            i += 1
            continue
        if c in '÷/':
            # "/hour" style units are not division
            if c == '/' and i + 1 < n and s[i + 1].isalpha():
                m = re.match(r'/[A-Za-z]+', s[i:])
                toks.append(Tok('WORD', s=m.group(0)))
                i += m.end()
                continue
            toks.append(Tok('OP', '/', s=c))
            i += 1
            continue
        if c == '+':
            toks.append(Tok('OP', '+', s=c))
            i += 1
            continue
        if c in '-−':
            if i + 1 < n and s[i + 1].isalpha() and i > 0 and s[i - 1].isalpha():
                i += 1
                continue
            toks.append(Tok('OP', '-', s=c))
            i += 1
            continue
        if c in '()':
            toks.append(Tok(c, s=c))
            i += 1
            continue
        if c == '=':
            toks.append(Tok('EQ', '=', s=c))
            i += 1
            continue
        if c == '≈':
            toks.append(Tok('EQ', '~', s=c))
            i += 1
            continue
        if c.isalpha():
            m = re.match(r"[A-Za-zÀ-ÿ'’²³]+", s[i:])
            w = m.group(0)
            toks.append(Tok('WORD', s=w))
            i += m.end()
            continue
        toks.append(Tok('P', s=c))
        i += 1
    # words that act as operators / equals signs
    out = []
    for k, t in enumerate(toks):
        if t.t == 'WORD':
            w = t.s.lower()
            prev = out[-1] if out else None
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if w in ('times', 'x') and prev is not None and nxt is not None and nxt.t in ('NUM', '('):
                if prev.t in ('NUM', ')') or (prev.t == 'WORD' and len(out) > 1 and out[-2].t == 'NUM'):
                    out.append(Tok('OP', '*', s=t.s))
                    continue
            if w == 'plus' and nxt is not None and nxt.t == 'NUM':
                out.append(Tok('OP', '+', s=t.s))
                continue
            if w == 'minus' and nxt is not None and nxt.t == 'NUM':
                out.append(Tok('OP', '-', s=t.s))
                continue
            if w == 'of' and prev is not None and prev.t == 'NUM' and prev.pct:
                out.append(Tok('OP', '*', s=t.s))
                continue
            if w in ('is', 'equals', 'gives'):
                out.append(Tok('EQW', '=', s=t.s))
                continue
        out.append(t)
    return out


def parse_expr(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise ValueError('eof')
        if t.t == 'OP' and t.v == '-':
            pos[0] += 1
            return -atom()
        if t.t == 'NUM':
            pos[0] += 1
            return t.v
        if t.t == '(':
            pos[0] += 1
            v = expr()
            if peek() is None or peek().t != ')':
                raise ValueError('paren')
            pos[0] += 1
            return v
        raise ValueError('atom %r' % t)

    def term():
        v = atom()
        while peek() is not None and peek().t == 'OP' and peek().v in '*/':
            op = peek().v
            pos[0] += 1
            w = atom()
            v = v * w if op == '*' else v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek().t == 'OP' and peek().v in '+-':
            op = peek().v
            pos[0] += 1
            w = term()
            v = v + w if op == '+' else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ValueError('trailing')
    return v


def left_expr(toks, i):
    """tokens of the arithmetic expression ending just before index i"""
    j = i - 1
    got = []
    while j >= 0:
        t = toks[j]
        if t.t in ('NUM', 'OP', '(', ')'):
            got.insert(0, t)
            j -= 1
            continue
        if t.t == 'WORD' and (not got or got[0].t in ('OP', ')')):
            k = j
            while k >= 0 and toks[k].t == 'WORD' and j - k < 3:
                k -= 1
            if k >= 0 and toks[k].t == 'NUM':
                j = k       # unit words ("km", "km/L") after a number
                got.insert(0, toks[k])
                j -= 1
                continue
        break
    # drop leading junk until it parses
    dropped_op = False
    while got:
        if len(got) == 1 and dropped_op:
            return [], None
        if got[0].t in ('NUM', '(') or (got[0].t == 'OP' and got[0].v == '-' and len(got) > 1):
            try:
                v = parse_expr(got)
                return got, v
            except (ValueError, ZeroDivisionError):
                pass
        if got[0].t == 'OP':
            dropped_op = True
        got = got[1:]
    return [], None


def computations(line):
    """list of (ok, description) for each computation found in the line"""
    toks = tokenize(normalize(line))
    res = []
    for i, t in enumerate(toks):
        if t.t not in ('EQ', 'EQW'):
            continue
        got, v = left_expr(toks, i)
        if not got:
            continue
        nops = sum(1 for g in got if g.t == 'OP')
        if t.t == 'EQW' and nops == 0:
            continue
        # right-hand side
        k = i + 1
        if k < len(toks) and toks[k].t == 'LA':
            while k < len(toks) and toks[k].t != 'RA':
                k += 1
            k += 1
        neg = False
        if k < len(toks) and toks[k].t == 'OP' and toks[k].v == '-':
            neg = True
            k += 1
        if k >= len(toks) or toks[k].t != 'NUM':
            continue
        rv = -toks[k].v if neg else toks[k].v
        rres = toks[k].res
        # remainder forms
        rem = None
        if k + 2 < len(toks) and toks[k + 1].t == 'WORD' and toks[k + 1].s in ('R', 'remainder') and toks[k + 2].t == 'NUM':
            rem = toks[k + 2].v
        if (k + 3 < len(toks) and toks[k + 1].t == 'WORD' and toks[k + 1].s == 'with' and toks[k + 2].t == 'NUM'
                and toks[k + 3].t == 'WORD' and toks[k + 3].s == 'left'):
            rem = toks[k + 2].v
        desc = '%s %s %s' % (' '.join(g.s for g in got), t.s, toks[k].s)
        if rem is not None and nops == 1 and got[1].t == 'OP' and got[1].v == '/':
            a, b = got[0].v, got[2].v
            ok = (a.denominator == 1 and b.denominator == 1 and rv == a // b and rem == a - (a // b) * b)
            res.append((ok, desc + ' R'))
            continue
        if t.v == '~':
            ok = abs(v - rv) <= rres / 2 and v != rv or (v == rv)
            res.append((ok, desc))
        else:
            res.append((v == rv, desc))
    return res


def table_lines(line):
    """turn '| label | a × b | c |' into 'a × b = c' pieces"""
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    pieces = []
    for a, b in zip(cells, cells[1:]):
        ta = tokenize(normalize(a))
        if not any(t.t == 'NUM' for t in ta) or any(t.t in ('EQ', 'EQW') for t in ta):
            continue
        if not all(t.t in ('NUM', 'OP', '(', ')') or (t.t == 'WORD' and k > 0 and ta[k - 1].t == 'NUM')
                   for k, t in enumerate(ta)):
            continue
        nb = b.strip()
        if nb.startswith('≈'):
            pieces.append(a + ' ' + nb)
        elif nb and (nb[0].isdigit() or nb[0] in '$-−'):
            pieces.append(a + ' = ' + nb)
    for c in cells:
        if '=' in c or '≈' in c:
            pieces.append(c)
    return pieces


def line_checks(line):
    if line.lstrip().startswith('|'):
        out = []
        for p in table_lines(line):
            out += computations(p)
        return out
    return computations(line)


def analyse(sol):
    lines = sol.split('\n')
    bad = []
    n = 0
    offs = 0
    for ln in lines:
        cs = line_checks(ln)
        n += len(cs)
        if any(not ok for ok, _ in cs):
            bad.append((offs, offs + len(ln), [d for ok, d in cs if not ok]))
        offs += len(ln) + 1
    return n, bad


def canon(s):
    return s.replace(',', '').replace('$', '').replace('€', '').strip()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else __file__.rsplit('/', 1)[0] + '/set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errors = []
    counts = {}
    ncomp = 0
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    pids = {}
    for r in rows:
        var = r['variant']
        counts[var] = counts.get(var, 0) + 1
        pids.setdefault(r['pid'], []).append(var)
        if list(r.keys())[:7] != keys:
            errors.append((r['pid'], var, 'key order'))
        sol = r['solution']
        if var == 'loop':
            a, b = r['span']
            L = b - a
            if '####' in sol:
                errors.append((r['pid'], var, '#### in loop'))
            if sol[a - L:a] != sol[a:b] or L <= 0:
                errors.append((r['pid'], var, 'span is not a repeat'))
            unit = sol[a:b]
            c = 0
            p = a - L
            while L > 0 and sol[p:p + L] == unit:
                c += 1
                p += L
            rest = sol[p:]
            if rest and rest == unit.rstrip('\n'):
                c += 1
            elif not unit.startswith(rest):
                errors.append((r['pid'], var, 'text after the loop'))
            if c != r['repeats'] or not 8 <= r['repeats'] <= 30:
                errors.append((r['pid'], var, 'repeats %d vs %d' % (c, r['repeats'])))
            if not sol[:a - L].strip():
                errors.append((r['pid'], var, 'loop without a correct start'))
            continue
        n, bad = analyse(sol)
        ncomp += n
        last = sol.rstrip('\n').split('\n')[-1]
        if not last.startswith('#### '):
            errors.append((r['pid'], var, 'no #### line'))
            continue
        ans = canon(last[5:])
        if var == 'correct':
            if n < 3:
                errors.append((r['pid'], var, 'only %d computations readable' % n))
            if bad:
                errors.append((r['pid'], var, 'wrong computation in a correct row: %r' % (bad,)))
            if F(ans) != F(r['final']):
                errors.append((r['pid'], var, 'final mismatch'))
        else:
            a, b = r['span']
            if len(bad) != 1 or (bad[0][0], bad[0][1]) != (a, b):
                errors.append((r['pid'], var, 'fault lines %r vs span %r' % ([(x, y, d) for x, y, d in bad], r['span'])))
            if r['wrong'] not in sol[a:b]:
                errors.append((r['pid'], var, 'wrong string not in span line'))
            if r['wrong'] == r['right']:
                errors.append((r['pid'], var, 'wrong == right'))
            if var == 'slip' and F(ans) != F(r['final']):
                errors.append((r['pid'], var, 'slip final changed'))
            if var == 'carry' and F(ans) == F(r['final']):
                errors.append((r['pid'], var, 'carry final unchanged'))
    for pid, vs in pids.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            errors.append((pid, '', 'variants %r' % vs))
    print('rows:', len(rows), counts, 'computations verified:', ncomp)
    if errors:
        for e in errors[:40]:
            print('ERROR', e)
        print('FAIL (%d errors)' % len(errors))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
