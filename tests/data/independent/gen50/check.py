#!/usr/bin/env python3
"""Independent re-checker for the eval50 set (stdlib only; does not import the generator).

It re-reads every computation it can parse in each solution ("a op b = c", chains, worded
"6 times 7 is 42", "25% of 80", "3/4 of 24", LaTeX, table rows "| expr | result |",
remainders, "N minutes = H hours M minutes") and asserts:
  * correct rows: no wrong computation, last line '#### <final>'
  * slip rows: exactly one line with a wrong computation, at `span`; its written value is
    `wrong` and the true value is `right`; final answer still right
  * carry rows: the first wrong computation is at `span`; any later wrong computation is the same
    faulty computation restated with the same wrong value; the wrong value is used after the
    span; the final answer differs from the gold one
  * loop rows: no '####', the unit at `span` repeats `repeats` times back to back, no wrong
    computation anywhere
usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from fractions import Fraction as F

# ------------------------------------------------------------------ preprocessing

FRAC_RE = re.compile(r'\\frac\{([^{}]*)\}\{([^{}]*)\}')


def prep(line):
    s = line
    if s.strip() == '$$':
        return ''
    s = s.replace('\\left(', '(').replace('\\right)', ')')
    for _ in range(3):
        s = FRAC_RE.sub(r'((\1)/(\2))', s)
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    s = (s.replace('\\times', ' × ').replace('\\cdot', ' · ').replace('\\div', ' ÷ ')
         .replace('\\approx', ' ≈ ').replace('\\$', '$').replace('\\%', '%').replace('{,}', ','))
    for t in ('\\(', '\\)', '\\[', '\\]', '\\quad', '\\,', '\\;', '\\!'):
        s = s.replace(t, ' ')
    s = s.replace('**', ' ').replace('`', ' ')
    s = re.sub(r'^\s*(?:[-*•]|\d+\.)\s+', ' ', s)
    s = re.sub(r',?\s+which (equals|is)\b', r' \1', s)
    return s


TOK_RE = re.compile(r"""
 (?P<hm>\d+\s+hours?\s+(?:and\s+)?\d+\s+minutes?)
|(?P<var>\d+(?:\.\d+)?[a-z]\b)
|(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)
|(?P<op>[+\-−×*·÷/])
|(?P<lp>\()
|(?P<rp>\))
|(?P<rel>=|≈)
|(?P<word>[A-Za-z][A-Za-z']*)
|(?P<sp>\s+)
|(?P<other>.)
""", re.X)


def numval(t):
    pct = t.endswith('%')
    t = t.replace('$', '').replace(',', '').rstrip('%')
    v = F(t)
    return v / 100 if pct else v


def tokenize(s):
    toks = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        t = m.group(0)
        if k == 'sp':
            continue
        if k == 'hm':
            nums = re.findall(r'\d+', t)
            toks.append(('num', F(int(nums[0]) * 60 + int(nums[1])), m.start(), m.end()))
        elif k == 'num':
            toks.append(('num', numval(t), m.start(), m.end()))
        elif k == 'var':
            toks.append(('var', t, m.start(), m.end()))
        elif k == 'op':
            o = {'−': '-', '×': '*', '·': '*', '÷': '/'}.get(t, t)
            toks.append(('op', o, m.start(), m.end()))
        elif k in ('lp', 'rp'):
            toks.append((k, t, m.start(), m.end()))
        elif k == 'rel':
            toks.append(('rel', '=' if t == '=' else '~', m.start(), m.end()))
        elif k == 'word':
            toks.append(('word', t, m.start(), m.end()))
        else:
            toks.append(('other', t, m.start(), m.end()))
    # worded operators / relations
    out = []
    i = 0
    while i < len(toks):
        k, t, a, b = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prv = out[-1] if out else None
        lw = t.lower() if k == 'word' else None
        if lw == 'times' and prv and prv[0] in ('num', 'rp'):
            out.append(('op', '*', a, b))
        elif lw == 'plus' and prv and prv[0] in ('num', 'rp'):
            out.append(('op', '+', a, b))
        elif lw == 'minus' and prv and prv[0] in ('num', 'rp'):
            out.append(('op', '-', a, b))
        elif lw in ('divided', 'multiplied') and nxt and nxt[0] == 'word' and nxt[1] == 'by' and prv and prv[0] in ('num', 'rp'):
            out.append(('op', '/' if lw == 'divided' else '*', a, nxt[3]))
            i += 1
        elif lw == 'of' and prv and prv[0] in ('num', 'rp'):
            out.append(('op', '*', a, b))
        elif lw == 'half' and nxt and nxt[0] == 'word' and nxt[1] == 'of':
            out.append(('num', F(1, 2), a, b))
            out.append(('op', '*', nxt[2], nxt[3]))
            i += 1
        elif lw == 'x' and prv and prv[0] in ('num', 'rp') and nxt and nxt[0] in ('num', 'lp'):
            out.append(('op', '*', a, b))
        elif lw == 'x':
            out.append(('var', 'x', a, b))
        elif lw in ('remainder', 'r') and prv and prv[0] == 'num' and nxt and nxt[0] == 'num' and (lw == 'remainder' or t == 'R'):
            out.append(('rem', t, a, b))
        elif lw == 'is':
            # "is about / roughly / approximately / around" -> rough relation
            if nxt and nxt[0] == 'word' and nxt[1].lower() in ('about', 'roughly', 'approximately', 'around'):
                out.append(('wrel', '~', a, nxt[3]))
                i += 1
            else:
                out.append(('wrel', '=', a, b))
        elif lw in ('equals', 'gives'):
            out.append(('wrel', '=', a, b))
        else:
            out.append(toks[i])
        i += 1
    return out


EXPR_K = ('num', 'op', 'lp', 'rp', 'var', 'rem')


def runs(toks):
    """split into expression runs and relations. returns list of items:
    ('run', [tokens]) or ('rel', kind, worded) or ('brk',)"""
    items = []
    cur = []
    i = 0
    n = len(toks)

    def flush():
        nonlocal cur
        # trim trailing operators / open parens, leading binary ops
        while cur and (cur[-1][0] == 'op' or cur[-1][0] == 'lp'):
            cur.pop()
        while cur and cur[0][0] == 'op' and cur[0][1] != '-':
            cur.pop(0)
        if cur:
            items.append(('run', cur))
        cur = []

    while i < n:
        k = toks[i][0]
        if k in EXPR_K:
            cur.append(toks[i])
            i += 1
            continue
        if k == 'word' and cur and cur[-1][0] in ('num', 'rp'):
            # unit words between a number and an operator / relation
            j = i
            while j < n and toks[j][0] == 'word' and j - i < 3:
                j += 1
            if j < n and j > i and toks[j][0] in ('op', 'rel', 'wrel'):
                i = j
                continue
            flush()
            items.append(('brk',))
            i += 1
            continue
        if k in ('rel', 'wrel'):
            flush()
            items.append(('rel', toks[i][1], k == 'wrel', toks[i][2]))
            i += 1
            continue
        flush()
        items.append(('brk',))
        i += 1
    flush()
    return items


class PErr(Exception):
    pass


def parse_eval(tk):
    """recursive descent with precedence, left-assoc; returns (value, has_op, has_var)"""
    pos = [0]
    has_op = [False]
    has_var = [False]

    def peek():
        return tk[pos[0]] if pos[0] < len(tk) else None

    def atom():
        t = peek()
        if t is None:
            raise PErr()
        if t[0] == 'op' and t[1] == '-':
            pos[0] += 1
            return -atom()
        if t[0] == 'num':
            pos[0] += 1
            return t[1]
        if t[0] == 'var':
            pos[0] += 1
            has_var[0] = True
            return F(0)
        if t[0] == 'lp':
            pos[0] += 1
            v = expr()
            if peek() is None or peek()[0] != 'rp':
                raise PErr()
            pos[0] += 1
            return v
        raise PErr()

    def term():
        v = atom()
        while peek() is not None and peek()[0] == 'op' and peek()[1] in '*/':
            o = peek()[1]
            pos[0] += 1
            has_op[0] = True
            w = atom()
            if o == '*':
                v = v * w
            else:
                if w == 0:
                    has_var[0] = True
                    v = F(0)
                else:
                    v = v / w
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == 'op' and peek()[1] in '+-':
            o = peek()[1]
            pos[0] += 1
            has_op[0] = True
            w = term()
            v = v + w if o == '+' else v - w
        return v

    v = expr()
    if pos[0] != len(tk):
        raise PErr()
    return v, has_op[0], has_var[0]


def seg_value(tk):
    """value of a run; handles 'q remainder r'. returns dict or None"""
    if any(t[0] == 'rem' for t in tk):
        if len(tk) == 3 and tk[0][0] == 'num' and tk[1][0] == 'rem' and tk[2][0] == 'num':
            return dict(rem=(tk[0][1], tk[2][1]), op=False, var=False, end=tk[-1][3], start=tk[0][2])
        return None
    try:
        v, op, var = parse_eval(tk)
    except PErr:
        return None
    return dict(v=v, op=op, var=var, end=tk[-1][3], start=tk[0][2], toks=tk)


def dec_places(tk):
    t = tk[-1]
    return None


def check_line(line, rough_ok):
    """returns list of (ok, written_value, true_value, end_pos) for every checkable relation"""
    s = prep(line)
    if not s.strip():
        return []
    out = []
    if s.lstrip().startswith('|'):
        cells = [c.strip() for c in s.strip().strip('|').split('|')]
        vals = []
        for c in cells:
            tk = tokenize(c)
            tk = [t for t in tk if t[0] != 'other' or t[1] not in '✓']
            if tk and all(t[0] in EXPR_K for t in tk):
                vals.append(seg_value(tk))
            else:
                vals.append(None)
        for a, b in zip(vals, vals[1:]):
            if a and b and 'v' in a and a['op'] and not a['var']:
                if 'rem' in b:
                    continue
                if not b['op'] and not b['var']:
                    out.append((a['v'] == b['v'], b['v'], a['v'], len(line)))
        return out
    toks = tokenize(s)
    items = runs(toks)
    # walk chains: run rel run rel run ...
    for idx, it in enumerate(items):
        if it[0] != 'rel':
            continue
        if idx == 0 or idx + 1 >= len(items):
            continue
        L, Rr = items[idx - 1], items[idx + 1]
        if L[0] != 'run' or Rr[0] != 'run':
            continue
        kind, worded = it[1], it[2]
        lv, rv = seg_value(L[1]), seg_value(Rr[1])
        if lv is None or rv is None:
            continue
        if lv.get('var') or rv.get('var'):
            continue
        if 'rem' in lv:
            continue
        if 'rem' in rv:
            # a / b = q remainder r
            tk = L[1]
            if len(tk) == 3 and tk[0][0] == 'num' and tk[1][0] == 'op' and tk[1][1] == '/' and tk[2][0] == 'num':
                a, b = tk[0][1], tk[2][1]
                q, r = rv['rem']
                ok = (b * q + r == a and 0 <= r < b)
                out.append((ok, q, a // b, rv['end']))
            continue
        if worded and not lv['op']:
            continue
        if not lv['op'] and not rv['op'] and worded:
            continue
        a, b = lv['v'], rv['v']
        if kind == '=':
            ok = (a == b)
        else:
            # approximate: rounding-consistent at the written precision, or honestly rough
            txt = line[:]
            ok = abs(a - b) <= F(1, 2) * F(1, 10) ** 2 or (rough_ok and b != 0 and abs(a - b) / abs(b) <= F(3, 10))
        # the "written result" is the right-hand side when the left has the operator
        if lv['op'] and not rv['op']:
            out.append((ok, b, a, rv['end']))
        elif rv['op'] and not lv['op']:
            out.append((ok, a, b, rv['end']))
        else:
            out.append((ok, b, a, rv['end']))
    return out


ROUGH = re.compile(r'rough|about|ballpark|estimat|close to|approximately', re.I)


def line_spans(text):
    pos = 0
    for ln in text.split('\n'):
        yield pos, pos + len(ln), ln
        pos += len(ln) + 1


def wrong_lines(text):
    res = []
    for a, b, ln in line_spans(text):
        for ok, w, t, e in check_line(ln, bool(ROUGH.search(ln))):
            if not ok:
                res.append((a, b, w, t, e))
    return res


def count_checked(text):
    n = 0
    for a, b, ln in line_spans(text):
        n += len(check_line(ln, bool(ROUGH.search(ln))))
    return n


def final_of(text):
    lines = [l for l in text.split('\n') if l.startswith('#### ')]
    if not lines:
        return None
    return lines[-1][5:].strip()


def numeq(a, b):
    try:
        return F(a.replace(',', '')) == F(b.replace(',', ''))
    except Exception:
        return False


def wnum(s):
    s = s.replace('\\$', '').replace('$', '').replace('{,}', '').replace(',', '').replace('\\%', '').replace('%', '')
    s = s.replace('−', '-')
    return F(s)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errs = []
    stats = dict(rows=len(rows), comps=0)
    keys_expected = {
        'correct': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final'],
        'slip': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right', 'step', 'kind'],
        'carry': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right', 'step', 'kind'],
        'loop': ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'repeats'],
    }
    per = {}
    for r in rows:
        v = r['variant']
        per[v] = per.get(v, 0) + 1
        pid = r['pid'] + '/' + v
        if list(r.keys()) != keys_expected[v]:
            errs.append((pid, 'keys %r' % list(r.keys())))
            continue
        text = r['solution']
        stats['comps'] += count_checked(text)
        wl = wrong_lines(text)
        fin = final_of(text)
        if v == 'correct':
            if wl:
                errs.append((pid, 'wrong computation in correct row: %r' % (text[wl[0][0]:wl[0][1]],)))
            if not text.rstrip().split('\n')[-1].startswith('#### ') or fin != r['final']:
                errs.append((pid, 'final %r vs %r' % (fin, r['final'])))
        elif v in ('slip', 'carry'):
            a, b = r['span']
            if not wl:
                errs.append((pid, 'no wrong computation found'))
                continue
            first = wl[0]
            if (first[0], first[1]) != (a, b):
                errs.append((pid, 'first wrong line %r not at span %r: %r' % ((first[0], first[1]), (a, b), text[first[0]:first[1]])))
                continue
            if '\n' in text[a:b] or (a > 0 and text[a - 1] != '\n') or (b < len(text) and text[b] != '\n'):
                errs.append((pid, 'span is not a whole line'))
            if first[2] != wnum(r['wrong']) or first[3] != wnum(r['right']):
                errs.append((pid, 'wrong/right mismatch %r %r vs %r %r' % (first[2], first[3], r['wrong'], r['right'])))
            if r['wrong'] not in text[a:b]:
                errs.append((pid, 'wrong string not in span'))
            if v == 'slip':
                if len(wl) != 1:
                    errs.append((pid, 'slip row has %d wrong results' % len(wl)))
                if fin != r['final']:
                    errs.append((pid, 'slip final %r vs %r' % (fin, r['final'])))
            else:
                for x in wl[1:]:
                    if not (x[2] == first[2] and x[3] == first[3]):
                        errs.append((pid, 'carry row has a second, different wrong result: %r' % text[x[0]:x[1]]))
                if fin is None or numeq(fin, r['final']):
                    errs.append((pid, 'carry final should differ: %r' % fin))
                # the wrong value is used after the faulty result
                wi = text.find(r['wrong'], a)
                after = text[wi + len(r['wrong']):]
                wv = wnum(r['wrong'])
                found = False
                for m in re.finditer(r'[-−]?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?', prep(after)):
                    try:
                        if wnum(m.group(0)) == wv:
                            found = True
                            break
                    except Exception:
                        pass
                if not found:
                    errs.append((pid, 'carried value not used later'))
        elif v == 'loop':
            a, b = r['span']
            unit = text[a:b]
            if '####' in text:
                errs.append((pid, 'loop row has ####'))
            if wl:
                errs.append((pid, 'wrong computation in loop row'))
            sep = None
            for sp in ('\n\n', '\n'):
                st = a - len(sp) - len(unit)
                if st >= 0 and text[st:st + len(unit)] == unit and text[st + len(unit):a] == sp:
                    sep = sp
                    break
            if sep is None:
                errs.append((pid, 'no first copy before span'))
                continue
            cnt = 1
            pos = a
            while text.startswith(unit, pos):
                cnt += 1
                pos += len(unit)
                if text.startswith(sep, pos):
                    pos += len(sep)
                else:
                    break
            if cnt != r['repeats'] or not (8 <= cnt <= 30):
                errs.append((pid, 'repeats %d vs %d' % (cnt, r['repeats'])))
    for e in errs[:40]:
        print('FAIL', e[0], e[1])
    print('rows %d  per-variant %r  checked relations %d' % (stats['rows'], per, stats['comps']))
    if errs:
        print('FAILED: %d problems' % len(errs))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
