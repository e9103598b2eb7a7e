#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can find in each solution ("<expr> = <value>",
chains with = / ≈ / →, table rows "calc | result", GSM8K <<a*b=c>> annotations,
clock and duration arithmetic, remainders) and asserts:
  * correct rows: no wrong computation, '#### <final>' at the end;
  * slip rows: exactly one wrong line, located at `span`, and the gold final;
  * carry rows: exactly one wrong line, at `span`, every later computation consistent,
    and a '####' final different from the gold one;
  * loop rows: no '####', the span text repeated `repeats` times back to back, no wrong line.
Prints PASS and exits 0 when everything holds.
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']

H_WORDS = {'h', 'hr', 'hrs', 'hour', 'hours'}
M_WORDS = {'m', 'min', 'mins', 'minute', 'minutes'}


# ------------------------------------------------------------------ preprocessing
def delatex(s):
    s = s.replace('{,}', ',')
    s = s.replace(r'\[', ' ').replace(r'\]', ' ').replace(r'\(', ' ').replace(r'\)', ' ')
    s = re.sub(r'\\(?:text|mathrm)\{([^{}]*)\}', r' \1 ', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'((\1)/(\2))', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    rep = {r'\times': '×', r'\cdot': '·', r'\div': '÷', r'\approx': '≈', r'\$': '$',
           r'\%': '%', '{,}': ',', r'\left(': '(', r'\right)': ')', r'\ldots': '…',
           r'\dots': '…', r'\rightarrow': '→', r'\quad': ' ', r'\,': ''}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s


def prep(line):
    s = delatex(line)
    s = s.replace('**', ' ')
    s = re.sub(r'^\s*(?:[-*•]|\d+\.)\s+', ' ', s)     # list markers
    s = re.sub(r'^#+\s', ' ', s)
    s = re.sub(r'\b[A-Z]{3}\s+(?=\d)', ' ', s)          # CHF 120
    s = re.sub(r'\b(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::\d\d)?', ' TZ ', s)
    s = re.sub(r'\b(L|kWh)\s*/\s*100\s*km\b', r' \1perhundredkm ', s)   # consumption units
    s = re.sub(r'/\s*(?=[A-Za-z])', ' per ', s)      # $1.80/L, km/h, EUR/USD
    return s


TOKEN_RE = re.compile(r"""
 (?P<clock>\b\d{1,2}:\d{2}(?:\s*(?:AM|PM|a\.m\.|p\.m\.))?)
|(?P<dur>\b\d+\s*(?:hours?|hrs?|h)\s*(?:and\s+)?\d+\s*(?:minutes?|mins?|m)\b)
|(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:…|\.\.\.)?%?|\.\d+%?)
|(?P<op>[×*·÷/+\-−()])
|(?P<rel>[=≈→])
|(?P<word>[A-Za-z][A-Za-z'\-]*\.?)
|(?P<cur>[$€£¥])
|(?P<space>\s+)
|(?P<other>.)
""", re.X)


class Tok:
    __slots__ = ('t', 'v', 'd', 'k', 'u', 'trunc', 's', 'pct')

    def __init__(self, t, s):
        self.t, self.s = t, s
        self.v = None
        self.d = 0
        self.k = None
        self.u = None
        self.trunc = False
        self.pct = False


def tokenize(s):
    toks = []
    for m in TOKEN_RE.finditer(s):
        g = m.lastgroup
        x = m.group()
        if g in ('space', 'cur'):
            continue
        if g == 'clock':
            t = Tok('NUM', x)
            mm = re.match(r'(\d{1,2}):(\d{2})\s*(AM|PM|a\.m\.|p\.m\.)?', x)
            h, mi = int(mm.group(1)), int(mm.group(2))
            ap = mm.group(3)
            if ap:
                pm = ap.lower().startswith('p')
                h = h % 12 + (12 if pm else 0)
            t.v, t.k = F(h * 60 + mi), 'clock'
            toks.append(t)
        elif g == 'dur':
            mm = re.match(r'(\d+)\s*(?:hours?|hrs?|h)\s*(?:and\s+)?(\d+)', x)
            t = Tok('NUM', x)
            t.v, t.k = F(int(mm.group(1)) * 60 + int(mm.group(2))), 'dur'
            toks.append(t)
        elif g == 'num':
            t = Tok('NUM', x)
            y = x
            if y.endswith('%'):
                t.pct = True
                y = y[:-1]
            if y.endswith('…') or y.endswith('...'):
                t.trunc = True
                y = y.rstrip('.…') if y.endswith('…') else y[:-3]
            y = y.replace(',', '')
            t.v = F(y)
            t.d = len(y.split('.')[1]) if '.' in y else 0
            if t.pct:
                t.v = t.v / 100
                t.d += 2
            t.k = 'num'
            toks.append(t)
        elif g == 'op':
            toks.append(Tok('OP' if x not in '()' else x, {'×': '*', '·': '*', '÷': '/', '−': '-'}.get(x, x)))
        elif g == 'rel':
            toks.append(Tok('REL', x))
        elif g == 'word':
            w = x.rstrip('.') if not x.endswith('a.m.') else x
            lw = w.lower()
            if lw == 'x':
                toks.append(Tok('OP', '*'))
            elif lw in ('times',):
                toks.append(Tok('OP', '*'))
            elif lw == 'plus':
                toks.append(Tok('OP', '+'))
            elif lw == 'minus':
                toks.append(Tok('OP', '-'))
            elif lw == 'divided':
                toks.append(Tok('DIVIDED', w))
            elif lw == 'of' and toks and toks[-1].t == 'NUM' and toks[-1].pct:
                toks.append(Tok('OP', '*'))
            else:
                toks.append(Tok('WORD', w))
            if x.endswith('.') and not x.endswith('a.m.') and not x.endswith('p.m.'):
                toks.append(Tok('PUNCT', '.'))
        else:
            toks.append(Tok('PUNCT', x))
    # merge "divided by"
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.t == 'DIVIDED' and i + 1 < len(toks) and toks[i + 1].t == 'WORD' and toks[i + 1].s.lower() == 'by':
            out.append(Tok('OP', '/'))
            i += 2
            continue
        if t.t == 'DIVIDED':
            t.t = 'WORD'
        out.append(t)
        i += 1
    return out


# ------------------------------------------------------------------ expression parser
class Bad(Exception):
    pass


def attach_units(toks):
    """Drop unit words after numbers (<=3), remembering the first as the unit."""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        out.append(t)
        i += 1
        if t.t in ('NUM', ')'):
            n = 0
            while i < len(toks) and toks[i].t == 'WORD' and n < 3:
                if t.t == 'NUM' and n == 0 and t.u is None:
                    t.u = toks[i].s.lower()
                i += 1
                n += 1
    return out


def to_minutes(x):
    k, v, u = x
    if k in ('clock', 'dur'):
        return v
    if u in H_WORDS:
        return v * 60
    if u in M_WORDS:
        return v
    raise Bad('mix')


def combine(a, op, b):
    ka, kb = a[0], b[0]
    if ka == 'num' and kb == 'num':
        if op == '+':
            return ('num', a[1] + b[1], a[2] or b[2])
        if op == '-':
            return ('num', a[1] - b[1], a[2] or b[2])
        if op == '*':
            return ('num', a[1] * b[1], a[2] or b[2])
        if b[1] == 0:
            raise Bad('div0')
        return ('num', a[1] / b[1], None)
    if op in '+-':
        if ka == 'clock' and kb == 'clock':
            if op == '-':
                return ('dur', a[1] - b[1], None)
            raise Bad('clock+clock')
        am, bm = to_minutes(a), to_minutes(b)
        r = am + bm if op == '+' else am - bm
        if ka == 'clock' or kb == 'clock':
            return ('clock', r, None)
        return ('dur', r, None)
    if op == '*':
        if ka == 'dur' and kb == 'num':
            return ('dur', a[1] * b[1], None)
        if kb == 'dur' and ka == 'num':
            return ('dur', a[1] * b[1], None)
        raise Bad('mul')
    if op == '/':
        if ka == 'dur' and kb == 'num':
            return ('dur', a[1] / b[1], None)
        raise Bad('div')
    raise Bad(op)


def parse_expr(toks):
    """Parse a full token list as an expression. Returns (value, nops, div_operands)."""
    pos = [0]
    nops = [0]
    per100 = [False]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise Bad('eof')
        if t.t == 'OP' and t.s == '-':
            pos[0] += 1
            v = atom()
            return (v[0], -v[1], v[2])
        if t.t == '(':
            pos[0] += 1
            v = add()
            if peek() is None or peek().t != ')':
                raise Bad(')')
            pos[0] += 1
            return v
        if t.t == 'NUM':
            pos[0] += 1
            if t.u and t.u.endswith('perhundredkm'):
                per100[0] = True
                return (t.k, t.v / 100, t.u)
            return (t.k, t.v, t.u)
        raise Bad('atom')

    def mul():
        v = atom()
        while peek() is not None and peek().t == 'OP' and peek().s in '*/':
            op = peek().s
            pos[0] += 1
            w = atom()
            nops[0] += 1
            v = combine(v, op, w)
        return v

    def add():
        v = mul()
        while peek() is not None and peek().t == 'OP' and peek().s in '+-':
            op = peek().s
            pos[0] += 1
            w = mul()
            nops[0] += 1
            v = combine(v, op, w)
        return v

    if not toks:
        raise Bad('empty')
    v = add()
    if pos[0] != len(toks):
        raise Bad('trailing')
    if per100[0] and nops[0] == 0:
        v = (v[0], v[1] * 100, v[2])
    div = None
    core = [t for t in toks]
    if len(core) == 3 and core[0].t == 'NUM' and core[1].t == 'OP' and core[1].s == '/' and core[2].t == 'NUM':
        div = (core[0].v, core[2].v)
    return v, nops[0], div


def expr_ok_start(t):
    return t.t in ('NUM', '(') or (t.t == 'OP' and t.s == '-')


def trailing_expr(seg):
    """Earliest start i so that seg[i:] (with unit words) is an expression."""
    for i in range(len(seg)):
        if not expr_ok_start(seg[i]):
            continue
        if i > 0 and seg[i - 1].t == 'OP' and seg[i - 1].s == '-' and seg[i].t == 'NUM':
            pass
        sub = attach_units(seg[i:])
        try:
            v, n, div = parse_expr(sub)
            return i, v, n, div
        except Bad:
            continue
    return None


def leading_expr(seg):
    """Longest prefix of seg that is an expression. Returns (end, value, nops, tok_last, rem)."""
    if not seg or not expr_ok_start(seg[0]):
        return None
    if (len(seg) >= 3 and seg[0].t == 'NUM' and seg[1].t == 'WORD'
            and seg[1].s.lower() in ('remainder', 'r') and seg[2].t == 'NUM'):
        return 3, (seg[0].k, seg[0].v, None), 0, seg[0], seg[2].v
    for end in range(len(seg), 0, -1):
        last = seg[end - 1]
        if last.t not in ('NUM', ')', 'WORD'):
            continue
        sub = attach_units(seg[:end])
        if sub and sub[-1].t == 'WORD':
            continue
        try:
            v, n, div = parse_expr(sub)
        except Bad:
            continue
        # remainder: "q remainder r" / "q R r"
        rem = None
        if (n == 0 and end + 1 < len(seg) and seg[end].t == 'WORD'
                and seg[end].s.lower() in ('remainder', 'r') and seg[end + 1].t == 'NUM'):
            rem = seg[end + 1].v
            end += 2
        nums = [t for t in sub if t.t == 'NUM']
        return end, v, n, (nums[-1] if n == 0 and nums else None), rem
    return None


def close(e, shown, tok, exact=False):
    """Does displayed value `shown` (value tuple) agree with exact `e`?"""
    ke, ks = e[0], shown[0]
    if ke == 'clock' or ks == 'clock':
        if ke != ks:
            return False
        return (e[1] - shown[1]) % 1440 == 0
    if ke == 'dur' or ks == 'dur':
        try:
            a, b = to_minutes(e), to_minutes(shown)
        except Bad:
            return False
        if exact or tok is None or ks == 'dur' or tok.d == 0:
            return a == b
        d = tok.d
        return abs(a - b) <= F(1, 2) * F(1, 10 ** d) * (60 if shown[2] in H_WORDS else 1) + F(1, 10 ** 9)
    if exact or tok is None:
        return e[1] == shown[1]
    d = tok.d
    if tok.trunc:
        return abs(e[1] - shown[1]) < F(1, 10 ** d)
    return abs(e[1] - shown[1]) <= F(1, 2) * F(1, 10 ** d) + F(1, 10 ** 12)


def check_tokens(toks):
    """Check every chain in one token list. Returns (#checked, list of wrong messages)."""
    segs = [[]]
    rels = []
    for t in toks:
        if t.t == 'REL':
            segs.append([])
            rels.append(t.s)
        else:
            segs[-1].append(t)
    wrong = []
    checked = 0
    e0, div = None, None
    tr = trailing_expr(segs[0]) if segs[0] else None
    if tr and tr[2] > 0:
        e0, div = tr[1], tr[3]
    for si in range(1, len(segs)):
        seg = segs[si]
        le = leading_expr(seg)
        if le is not None and e0 is not None:
            end, v, n, tok, rem = le
            checked += 1
            if rem is not None:
                if not (div and tok is not None and tok.d == 0
                        and v[1] * div[1] + rem == div[0] and 0 <= rem < div[1]):
                    wrong.append(f"remainder {v[1]} r {rem}")
            elif n > 0:
                if not close(e0, v, None, exact=True):
                    wrong.append(f"chain expr {float(v[1])} vs {float(e0[1])}")
            elif not close(e0, v, tok):
                wrong.append(f"{tok.s if tok else v} vs {float(e0[1])}")
        if le is not None and le[0] == len(seg):
            if e0 is None and le[2] > 0:
                e0, div = le[1], None
            continue
        start = le[0] if le is not None else 0
        tr = trailing_expr(seg[start:])
        if tr and tr[2] > 0:
            e0, div = tr[1], tr[3]
        else:
            e0, div = None, None
    return checked, wrong


def gsm_annotations(line):
    anns = re.findall(r'<<([^<>]*)>>', line)
    line = re.sub(r'<<[^<>]*>>', ' ', line)
    return line, anns


def check_line(line):
    line, anns = gsm_annotations(line)
    units = []
    s = prep(line)
    if line.lstrip().startswith('|'):
        cells = [c.strip() for c in s.strip().strip('|').split('|')]
        if all(re.fullmatch(r':?-{2,}:?', c) for c in cells if c):
            return 0, []
        for i in range(len(cells) - 1):
            a = tokenize(cells[i])
            if not any(t.t == 'OP' for t in a):
                continue
            b = tokenize(cells[i + 1])
            if b and b[0].t == 'REL':
                b = b[1:]
            units.append(a + [Tok('REL', '=')] + b)
    else:
        units.append(tokenize(s))
    for an in anns:
        units.append(tokenize(prep(an)))
    n = 0
    wr = []
    for u in units:
        c, w = check_tokens(u)
        n += c
        wr += w
    return n, wr


def check_solution(text):
    """Return (n_checked, list of (line_start, line_end, msgs))."""
    bad = []
    n = 0
    pos = 0
    for line in text.split('\n'):
        c, w = check_line(line)
        n += c
        if w:
            bad.append((pos, pos + len(line), w))
        pos += len(line) + 1
    return n, bad


def numval(s):
    m = re.fullmatch(r'(\d{1,2}):(\d{2})', s)
    if m:
        return F(int(m.group(1)) * 60 + int(m.group(2)))
    return F(s.replace(',', ''))


# ------------------------------------------------------------------ main
def main(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errs = []
    by_pid = {}
    total_checked = 0
    templates = set()
    for r in rows:
        v = r['variant']
        keys = {'correct': KEYS_BASE, 'slip': KEYS_FAULT, 'carry': KEYS_FAULT, 'loop': KEYS_LOOP}[v]
        if list(r.keys()) != keys:
            errs.append((r['pid'], v, 'keys ' + str(list(r.keys()))))
            continue
        by_pid.setdefault(r['pid'], []).append(v)
        templates.add(r['template'])
        sol = r['solution']
        n, bad = check_solution(sol)
        total_checked += n
        last = sol.rstrip('\n').split('\n')[-1]
        if v == 'correct':
            if bad:
                errs.append((r['pid'], v, 'wrong computation: ' + repr(bad[:2])))
            if last != '#### ' + r['final']:
                errs.append((r['pid'], v, 'final line ' + repr(last)))
            if n == 0:
                errs.append((r['pid'], v, 'no computation found'))
            # the gold final is actually derived in the body of the solution
            body = sol[:sol.rfind('\n#### ')]
            fv = numval(r['final']) if ':' in r['final'] else F(r['final'])
            seen = False
            for line in body.split('\n'):
                for t in attach_units(tokenize(prep(gsm_annotations(line)[0]))):
                    if t.t != 'NUM':
                        continue
                    if ':' in r['final']:
                        if t.k in ('clock', 'dur') and (t.v - fv) % 1440 == 0:
                            seen = True
                        if t.k == 'num' and t.u in H_WORDS and t.v * 60 == fv:
                            seen = True
                    elif t.k == 'num' and (t.v == fv or (t.pct and t.v * 100 == fv)):
                        seen = True
            if not seen:
                errs.append((r['pid'], v, 'final value not derived in the text'))
        elif v in ('slip', 'carry'):
            a, b = r['span']
            if len(bad) != 1:
                errs.append((r['pid'], v, f'{len(bad)} wrong lines: ' + repr(bad[:3])))
            elif [bad[0][0], bad[0][1]] != [a, b]:
                errs.append((r['pid'], v, f'wrong line {bad[0][:2]} != span {r["span"]}'))
            if not (sol[a:b].strip() and (a == 0 or sol[a - 1] == '\n') and (b == len(sol) or sol[b] == '\n')):
                errs.append((r['pid'], v, 'span is not a line'))
            # the wrong value is written on the span line
            wv = numval(r['wrong'])
            vals = []
            toks = attach_units(tokenize(prep(gsm_annotations(sol[a:b])[0])))
            for t in toks:
                if t.t == 'NUM':
                    vals.append(t.v if not t.pct else t.v * 100)
                    if t.k == 'clock':
                        vals.append(t.v % 1440)
                    if t.u in H_WORDS:
                        vals.append(t.v * 60)
            if ':' in r['wrong']:
                wv = wv if r['wrong'].count(':') else wv
                ok = any(x == wv or (x - wv) % 1440 == 0 for x in vals)
            else:
                ok = any(abs(x) == abs(wv) for x in vals)
            if not ok:
                errs.append((r['pid'], v, f"wrong value {r['wrong']} not on span line"))
            if r['wrong'] == r['right']:
                errs.append((r['pid'], v, 'wrong == right'))
            if v == 'slip' and last != '#### ' + r['final']:
                errs.append((r['pid'], v, 'slip final ' + repr(last)))
            if v == 'carry':
                if not last.startswith('#### ') or last == '#### ' + r['final']:
                    errs.append((r['pid'], v, 'carry final ' + repr(last)))
        elif v == 'loop':
            a, b = r['span']
            unit = sol[a:b]
            k = r['repeats']
            if not 8 <= k <= 30:
                errs.append((r['pid'], v, 'repeats out of range'))
            if '####' in sol:
                errs.append((r['pid'], v, 'loop has ####'))
            start = a - len(unit)
            if start < 0 or sol[start:a] != unit:
                errs.append((r['pid'], v, 'first copy mismatch'))
            else:
                body = sol[start:]
                full = unit * k
                if not (full.rstrip('\n') == body or (body.startswith(unit * (k - 1)) and
                                                       full.startswith(body))):
                    errs.append((r['pid'], v, 'copies not consecutive'))
            if bad:
                errs.append((r['pid'], v, 'wrong computation in loop: ' + repr(bad[:2])))
    for pid, vs in by_pid.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            errs.append((pid, '-', 'variants ' + str(vs)))
    if errs:
        for e in errs[:60]:
            print('FAIL', *e)
        print(f"{len(errs)} problems")
        sys.exit(1)
    print(f"checked {len(rows)} rows, {len(by_pid)} problems, {len(templates)} templates, "
          f"{total_checked} computations")
    print("PASS")


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl')
