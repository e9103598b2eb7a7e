#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can find in the rendered text (symbol, LaTeX, worded and table forms),
evaluates it with exact fractions and asserts the variant contracts. Prints PASS and exits 0.

python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

UNITS = {'m', 'cm', 'km', 'kg', 'g', 'L', 'mL', 'min', 'h', 'hr', 'hours', 'minutes', 'ft', 'GB', 'cups',
         'km/h', 'mph', 'm²', 'cm²', 'ft²', 'cm³', 'm³', '°C', '°F', '°'}
WEAK_EQ = {'is', 'equals'}


# ----------------------------------------------------------------------------- normalisation
def normalize(s):
    for _ in range(3):
        s = re.sub(r'\\d?frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1/\2)', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = s.replace('{,}', ',')
    s = re.sub(r'\\text\{([^{}]*)\}', r'\1', s)
    rep = [(r'\times', '×'), (r'\div', '÷'), (r'\cdot', '·'), (r'\approx', '≈'), (r'\$', '$'), (r'\%', '%'),
           (r'\left(', '('), (r'\right)', ')'), (r'^\circ', '°'), (r'\checkmark', ' ; '), (r'\quad', ' ; '),
           (r'\,', ' '), (r'\[', ' ; '), (r'\]', ' ; '), (r'\(', ' '), (r'\)', ' ')]
    for a, b in rep:
        s = s.replace(a, b)
    s = s.replace('^2', '²').replace('^3', '³')
    s = s.replace('**', '')
    s = re.sub(r'^\s*[*\-] ', ' ', s)                       # bullet markers
    s = re.sub(r'(?<=[A-Za-z:.)])\*|\*(?=[A-Za-z(])', ' ', s)  # italics markers
    s = s.replace('−', '-').replace('✓', ' ; ').replace('✅', ' ; ').replace('—', ' ; ').replace('→', ' ; ')
    s = re.sub(r'\bdivided by\b', '÷', s)
    s = re.sub(r'\bmultiplied by\b', '×', s)
    s = re.sub(r'\btimes\b', '×', s)
    s = re.sub(r'\bplus\b', '+', s)
    s = re.sub(r'\bminus\b', '-', s)
    return s


TOK = re.compile(r"""
 (?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)
|(?P<deg>°[CF]?)
|(?P<word>[A-Za-z]+(?:/[A-Za-z]+)?[²³]?)
|(?P<op>[×x*·÷/+\-])
|(?P<lp>\()|(?P<rp>\))
|(?P<eq>=|≈)
|(?P<ws>\s+)
|(?P<other>.)""", re.X)


def numval(t):
    pct = t.endswith('%')
    t = t.lstrip('$').rstrip('%').replace(',', '')
    v = F(t)
    return v / 100 if pct else v


def tokenize(s):
    raw = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == 'ws':
            continue
        raw.append([k, t])
    # merge units, word operators
    out = []
    i = 0
    while i < len(raw):
        k, t = raw[i]
        if k in ('word', 'deg') and t in UNITS and out and out[-1][0] == 'num':
            i += 1
            continue
        if k == 'word' and t in ('x', 'of'):
            prev = out[-1][0] if out else None
            nxt = raw[i + 1][0] if i + 1 < len(raw) else None
            if prev in ('num', 'rp') and nxt in ('num', 'lp', 'op'):
                out.append(['op', '×'])
                i += 1
                continue
        if k == 'word' and t in WEAK_EQ:
            out.append(['weq', t])
            i += 1
            continue
        out.append([k, t])
        i += 1
    return out


EXPR = ('num', 'op', 'lp', 'rp')


class PErr(Exception):
    pass


def parse(toks):
    """Parse a full token list as an arithmetic expression. Returns (value, number of binary ops)."""
    pos = [0]
    nops = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat():
        t = peek()
        pos[0] += 1
        return t

    def atom():
        t = peek()
        if t is None:
            raise PErr()
        if t[0] == 'op' and t[1] == '-':
            eat()
            return -atom()
        if t[0] == 'num':
            eat()
            return numval(t[1])
        if t[0] == 'lp':
            eat()
            v = expr()
            if peek() is None or peek()[0] != 'rp':
                raise PErr()
            eat()
            return v
        raise PErr()

    def term():
        v = atom()
        while peek() is not None and peek()[0] == 'op' and peek()[1] in '×x*·÷/':
            o = eat()[1]
            b = atom()
            nops[0] += 1
            if o in '÷/':
                if b == 0:
                    raise PErr()
                v = v / b
            else:
                v = v * b
        return v

    def expr():
        v = term()
        while peek() is not None and peek()[0] == 'op' and peek()[1] in '+-':
            o = eat()[1]
            b = term()
            nops[0] += 1
            v = v + b if o == '+' else v - b
        return v

    v = expr()
    if pos[0] != len(toks):
        raise PErr()
    return v, nops[0]


def left_expr(toks, j):
    """Longest valid expression ending just before index j."""
    i = j
    while i > 0 and toks[i - 1][0] in EXPR:
        i -= 1
    seg = toks[i:j]
    for s in range(len(seg)):
        try:
            v, n = parse(seg[s:])
            return v, n, seg[s:]
        except PErr:
            continue
    return None


def right_expr(toks, j):
    """Longest valid expression starting at index j (also 'q R r' remainder forms)."""
    k = j
    while k < len(toks) and toks[k][0] in EXPR:
        k += 1
    seg = toks[j:k]
    # remainder forms
    if len(seg) == 1 and seg[0][0] == 'num' and k < len(toks):
        w = toks[k]
        if w[0] == 'word' and w[1] in ('R', 'r', 'remainder') and k + 1 < len(toks) and toks[k + 1][0] == 'num':
            return ('qr', numval(seg[0][1]), numval(toks[k + 1][1]))
        if w[0] == 'word' and w[1] == 'with' and k + 1 < len(toks) and toks[k + 1][0] == 'num':
            return ('qr', numval(seg[0][1]), numval(toks[k + 1][1]))
    for e in range(len(seg), 0, -1):
        try:
            v, n = parse(seg[:e])
            return v, n, seg[:e]
        except PErr:
            continue
    return None


def decimals(tok):
    t = tok.lstrip('$').rstrip('%').replace(',', '')
    return len(t.split('.')[1]) if '.' in t else 0


def links_in(s):
    """All checked computations in a normalised string: list of dicts(ok, shown, true)."""
    toks = tokenize(s)
    out = []
    for j, t in enumerate(toks):
        if t[0] not in ('eq', 'weq'):
            continue
        L = left_expr(toks, j)
        R = right_expr(toks, j + 1)
        if L is None or R is None:
            continue
        lv, ln, lseg = L
        if R[0] == 'qr':
            q, r = R[1], R[2]
            # left must be a division a ÷ b of two numbers
            if len(lseg) == 3 and lseg[1][0] == 'op' and lseg[1][1] in '÷/':
                a, b = numval(lseg[0][1]), numval(lseg[2][1])
                tq, tr = a // b, a - (a // b) * b
                out.append(dict(ok=(q == tq and r == tr), shown=(q, r), true=(tq, tr)))
            continue
        rv, rn, rseg = R
        if t[0] == 'weq' and ln == 0:
            continue
        if ln == 0 and rn == 0:
            continue                    # unit facts like "1 km = 1,000 m", restatements
        if t[1] == '≈':
            if rn == 0 and len(rseg) == 1:
                d = decimals(rseg[0][1])
                ok = abs(lv - rv) <= F(1, 2) / 10 ** d
            else:
                ok = True
            out.append(dict(ok=ok, shown=rv, true=lv, approx=True))
            continue
        out.append(dict(ok=(lv == rv), shown=rv, true=lv))
    return out


def table_links(line):
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    out = []
    for c in cells:
        out += links_in(normalize(c))
    for a, b in zip(cells, cells[1:]):
        ta = tokenize(normalize(a))
        bb = normalize(b)
        m = re.fullmatch(r'\s*(\d+) (?:R|remainder) (\d+)[\s;]*', bb)
        if m and len(ta) == 3 and ta[1][0] == 'op' and ta[1][1] in '÷/' and ta[0][0] == ta[2][0] == 'num':
            x, y = numval(ta[0][1]), numval(ta[2][1])
            q, rr = F(int(m.group(1))), F(int(m.group(2)))
            tq = x // y
            out.append(dict(ok=(q == tq and rr == x - tq * y), shown=(q, rr), true=(tq, x - tq * y)))
            continue
        approx = bb.strip().startswith('≈')
        tb = [t for t in tokenize(bb.replace('≈', ' ')) if t[1] != ';']
        if not ta or not tb or any(t[0] not in EXPR for t in ta) or any(t[0] not in EXPR for t in tb):
            continue
        try:
            lv, ln = parse(ta)
            rv, rn = parse(tb)
        except PErr:
            continue
        if ln == 0 or rn != 0:
            continue
        if approx:
            d = decimals(tb[-1][1])
            ok = abs(lv - rv) <= F(1, 2) / 10 ** d
        else:
            ok = lv == rv
        out.append(dict(ok=ok, shown=rv, true=lv))
    return out


def analyse(text):
    """Return list of (line_start, line_end, link) for every checked computation."""
    res = []
    pos = 0
    for line in text.split('\n'):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.lstrip().startswith('|'):
            ls = table_links(line)
        else:
            ls = links_in(normalize(line))
        for l in ls:
            res.append((a, b, l))
    return res


def parse_val(s):
    if ' R ' in s:
        q, r = s.split(' R ')
        return (F(q), F(r))
    if s.endswith('%'):
        return F(s[:-1]) / 100
    return F(s)


def same_val(x, y):
    return x == y


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    by = defaultdict(dict)
    stats = Counter()
    fails = []

    def fail(r, msg):
        fails.append(f"{r['pid']}/{r['variant']}: {msg}")

    for r in rows:
        assert list(r.keys())[:7] == keys, r.keys()
        by[r['pid']][r['variant']] = r
    for pid, g in by.items():
        assert set(g) == {'correct', 'slip', 'carry', 'loop'}, pid
        c = g['correct']
        final = c['final']
        # ---------------- correct
        L = analyse(c['solution'])
        stats['links_correct'] += len(L)
        bad = [x for x in L if not x[2]['ok']]
        if bad:
            fail(c, f"wrong computation in correct row: {bad[:2]}")
        if len(L) < 3:
            fail(c, f"too few checked computations ({len(L)})")
        if not c['solution'].endswith(f"\n#### {final}"):
            fail(c, 'bad final line')
        if c['solution'].count('####') != 1:
            fail(c, 'extra ####')
        F(final)
        # ---------------- slip / carry
        for v in ('slip', 'carry'):
            r = g[v]
            for k in ('span', 'wrong', 'right', 'step', 'kind'):
                if k not in r:
                    fail(r, 'missing ' + k)
            t = r['solution']
            a, b = r['span']
            if t[:a] != c['solution'][:a]:
                fail(r, 'prefix before the fault differs from the correct row')
            L = analyse(t)
            bad = [x for x in L if not x[2]['ok']]
            if len(bad) != 1:
                fail(r, f"expected exactly one wrong computation, found {len(bad)}: {bad}")
                continue
            ba, bb, lk = bad[0]
            if [ba, bb] != [a, b]:
                fail(r, f"wrong computation at {ba},{bb} but span {a},{b}")
            w, rt = parse_val(r['wrong']), parse_val(r['right'])
            if isinstance(lk['shown'], tuple) != isinstance(w, tuple):
                fail(r, 'wrong kind mismatch')
            elif lk['shown'] != w:
                # in a chained line the written result is compared with the previous segment
                fail(r, f"shown {lk['shown']} != wrong {w}")
            if lk['true'] != rt and not isinstance(rt, tuple):
                fail(r, f"true {lk['true']} != right {rt}")
            if w == rt:
                fail(r, 'wrong == right')
            last = t.rsplit('\n', 1)[-1]
            if v == 'slip':
                if not t.endswith(f"\n#### {final}"):
                    fail(r, 'slip row must end with the gold final')
                cl, sl = c['solution'].split('\n'), t.split('\n')
                diff = [i for i, (x, y) in enumerate(zip(cl, sl)) if x != y]
                if len(cl) != len(sl) or len(diff) != 1:
                    fail(r, f"slip row differs from correct row in {len(diff)} lines")
                stats['slip_ok'] += 1
            else:
                if not last.startswith('#### '):
                    fail(r, 'carry row lacks #### line')
                cf = last[5:]
                if F(cf) == F(final):
                    fail(r, 'carry final equals gold')
                if t.count('####') != 1:
                    fail(r, 'extra ####')
                stats['carry_ok'] += 1
        # ---------------- loop
        r = g['loop']
        t = r['solution']
        a, b = r['span']
        unit = t[a:b]
        n = r['repeats']
        if '####' in t:
            fail(r, 'loop row has ####')
        if not (8 <= n <= 30):
            fail(r, 'repeats out of range')
        start = a - len(unit)
        if t[start:a] != unit:
            fail(r, 'first copy differs from second')
        if t[start:] != (unit * n)[:-1] or not unit.endswith('\n'):
            fail(r, 'loop tail is not repeats copies of the unit')
        if t[:start] != c['solution'][:start]:
            fail(r, 'loop prefix differs from the correct row')
        L = analyse(t)
        if any(not x[2]['ok'] for x in L):
            fail(r, 'wrong computation in loop row')
        stats['loop_ok'] += 1
    # coverage: how many '=' / '≈' signs did we not evaluate (informative only)
    print(f"rows={len(rows)} problems={len(by)} computations checked in correct rows={stats['links_correct']}")
    print('variants:', dict(Counter(r['variant'] for r in rows)))
    print('styles:', dict(Counter(r['style'] for r in rows if r['variant'] == 'correct')))
    print('slip kinds:', dict(Counter(r['kind'] for r in rows if r['variant'] == 'slip')))
    print('carry kinds:', dict(Counter(r['kind'] for r in rows if r['variant'] == 'carry')))
    if fails:
        for f_ in fails[:40]:
            print('FAIL', f_)
        print(f"{len(fails)} failures")
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
