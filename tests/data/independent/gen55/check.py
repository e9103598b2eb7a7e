#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (standard library only; does not import the generator).

It re-reads every computation it can find in each solution (plain, unicode, LaTeX, worded,
table rows, GSM8K <<calc>> annotations, "q remainder r" divisions), evaluates it exactly and
asserts:
  * correct rows: no wrong computation, last line '#### <final>', and <final> equals an
    independent re-solution of the word problem;
  * slip rows: exactly one wrong result, on the line at `span`, written as `wrong` where the
    left side evaluates to `right`; final line still '#### <final>';
  * carry rows: exactly one wrong result at `span`; every later computation is consistent
    (no other wrong result) and the '####' line differs from the gold final;
  * loop rows: a correct prefix, `repeats` consecutive copies of the unit at `span`, no '####'.
Prints PASS and exits 0 on success.

    python3 check.py [set.jsonl]
"""
import json
import math
import re
import sys
from fractions import Fraction


# ----------------------------------------------------------------------------- parser
class PFail(Exception):
    pass


TOK = re.compile(r'\s*(?:(\d+(?:\.\d+)?)|(C\(|P\(|lcm\(|LCM\(|gcd\(|floor\()|([-+*/^()!,%⌊⌋]))')


def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            raise PFail()
        if m.group(1):
            out.append(('num', m.group(1)))
        elif m.group(2):
            out.append(('fn', m.group(2)[:-1].lower()))
        else:
            out.append(('op', m.group(3)))
        pos = m.end()
    return out


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def take(self, v=None):
        tok = self.peek()
        if tok[0] is None or (v is not None and tok[1] != v):
            raise PFail()
        self.i += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-') and self.peek()[0] == 'op':
            op = self.take()[1]
            w = self.term()
            v = v + w if op == '+' else v - w
        return v

    def term(self):
        v, last = self.unary()
        while True:
            k, x = self.peek()
            if k == 'op' and x in ('*', '/'):
                self.take()
                w, last = self.unary()
                if x == '*':
                    v = v * w
                else:
                    if w == 0:
                        raise PFail()
                    v = v / w
            elif last in (')', '!') and (k in ('fn', 'num') or (k == 'op' and x in ('(', '⌊'))):
                w, last = self.unary()
                v = v * w
            else:
                return v

    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            v, last = self.unary()
            return -v, last
        return self.power()

    def power(self):
        b, last = self.postfix()
        if self.peek() == ('op', '^'):
            self.take()
            e, last = self.unary()
            if e.denominator != 1 or abs(e) > 60:
                raise PFail()
            return b ** int(e), last
        return b, last

    def postfix(self):
        v, last = self.atom()
        while self.peek()[0] == 'op' and self.peek()[1] in ('!', '%'):
            op = self.take()[1]
            if op == '!':
                if v.denominator != 1 or v < 0 or v > 170:
                    raise PFail()
                v = Fraction(math.factorial(int(v)))
                last = '!'
            else:
                v = v / 100
                last = '%'
        return v, last

    def atom(self):
        k, x = self.peek()
        if k == 'num':
            self.take()
            return Fraction(x), 'num'
        if k == 'op' and x == '(':
            self.take()
            v = self.expr()
            self.take(')')
            return v, ')'
        if k == 'op' and x == '⌊':
            self.take()
            v = self.expr()
            self.take('⌋')
            return Fraction(math.floor(v)), ')'
        if k == 'fn':
            self.take()
            a = self.expr()
            if x == 'floor':
                self.take(')')
                return Fraction(math.floor(a)), ')'
            self.take(',')
            b = self.expr()
            self.take(')')
            if a.denominator != 1 or b.denominator != 1 or a < 0 or b < 0:
                raise PFail()
            a, b = int(a), int(b)
            if x == 'c':
                return Fraction(math.comb(a, b)), ')'
            if x == 'p':
                if b > a:
                    raise PFail()
                return Fraction(math.perm(a, b)), ')'
            if x == 'lcm':
                return Fraction(math.lcm(a, b)), ')'
            if x == 'gcd':
                return Fraction(math.gcd(a, b)), ')'
        raise PFail()


def parse_full(s):
    s = s.strip()
    if not s or not re.search(r'\d', s):
        return None
    try:
        toks = tokenize(s)
        p = Parser(toks)
        v = p.expr()
        if p.i != len(toks):
            return None
        return v
    except (PFail, ValueError, OverflowError, ZeroDivisionError):
        return None


OPS = set('+-*/^)!%')


def longest_suffix(seg):
    n = len(seg)
    for j in range(n):
        if seg[j].isspace():
            continue
        if seg[j] in '+-*/^)!%,.':
            continue
        if j > 0 and (seg[j - 1].isdigit() or seg[j - 1] == '.' or seg[j - 1].isalpha() and seg[j].isdigit()):
            continue
        q = seg[:j].rstrip()
        if q and q[-1] in OPS:
            continue
        v = parse_full(seg[j:])
        if v is not None:
            return v, seg[j:].strip()
    return None


def longest_prefix(seg):
    n = len(seg)
    for j in range(n, 0, -1):
        cand = seg[:j]
        if not cand.strip() or cand[-1].isspace():
            continue
        rest = seg[j:]
        if rest:
            if rest[0].isalnum() or (rest[0] == '.' and len(rest) > 1 and rest[1].isdigit()):
                continue
            r = rest.lstrip()
            if r and r[0] in '+-*/^(!%':
                continue
            if r.startswith('...') or r.startswith('…'):
                continue
        v = parse_full(cand)
        if v is not None:
            return v, cand.strip()
    return None


# ----------------------------------------------------------------------------- normalisation
SUPS = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}


def braced(s, i):
    """s[i] == '{' ; return (content, index after the closing brace)"""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == '{':
            depth += 1
        elif s[j] == '}':
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
    raise ValueError('unbalanced')


def replace2(s, cmd, fmt):
    while True:
        i = s.find(cmd)
        if i < 0:
            return s
        j = i + len(cmd)
        while j < len(s) and s[j] == ' ':
            j += 1
        a, j = braced(s, j)
        while j < len(s) and s[j] == ' ':
            j += 1
        b, j = braced(s, j)
        s = s[:i] + fmt % (replace2(a, cmd, fmt), replace2(b, cmd, fmt)) + s[j:]


def normalise(line):
    s = line
    s = s.replace('**', '').replace('`', '')
    s = re.sub(r'^\s*(?:[-*+]|\d+\.)\s+', '', s)
    for a in ('\\[', '\\]', '\\(', '\\)', '$'):
        s = s.replace(a, ' ')
    s = s.replace('\\left', '').replace('\\right', '')
    s = s.replace('{,}', ',')
    s = s.replace('\\times', '*').replace('\\cdot', '*').replace('\\div', '/')
    s = s.replace('\\lfloor', '⌊').replace('\\rfloor', '⌋').replace('\\approx', '≈')
    s = re.sub(r'\\[,;! ]', ' ', s)
    s = re.sub(r'\\(?:text|mathrm|boxed)\{([^{}]*)\}', r'\1', s)
    s = replace2(s, '\\dfrac', '((%s)/(%s))')
    s = replace2(s, '\\frac', '((%s)/(%s))')
    s = replace2(s, '\\dbinom', 'C(%s,%s)')
    s = replace2(s, '\\binom', 'C(%s,%s)')
    s = s.replace('{', '(').replace('}', ')')
    for a, b in (('×', '*'), ('·', '*'), ('⋅', '*'), ('÷', '/'), ('−', '-'), ('–', '-')):
        s = s.replace(a, b)
    s = re.sub('[⁰¹²³⁴⁵⁶⁷⁸⁹]+', lambda m: '^' + ''.join(SUPS[c] for c in m.group(0)), s)
    for a in ('✓', '✅', '✔', '🎉', '😊'):
        s = s.replace(a, ' ')
    s = re.sub(r'(?<=[\d)!])\s*x\s*(?=[\d(])', ' * ', s)
    s = re.sub(r'(?<=[\d)!])\s+times\s+(?=[\d(])', ' * ', s)
    s = re.sub(r'(?<=[\d)!])\s+multiplied by\s+(?=[\d(])', ' * ', s)
    s = re.sub(r'(?<=[\d)!])\s+divided by\s+(?=[\d(])', ' / ', s)
    s = re.sub(r'(?<=[\d)!])\s+minus\s+(?=[\d(])', ' - ', s)
    s = re.sub(r'(?<=[\d)!])\s+plus\s+(?=[\d(])', ' + ', s)
    s = re.sub(r'\((\d+) choose (\d+)\)', r'C(\1,\2)', s)
    s = re.sub(r'\b(\d+) choose (\d+)\b', r'C(\1,\2)', s)
    s = re.sub(r'\b(\d+)C(\d+)\b', r'C(\1,\2)', s)
    s = re.sub(r'\b(\d+)P(\d+)\b', r'P(\1,\2)', s)
    s = re.sub(r'(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])', lambda m: m.group(0).replace(',', ''), s)
    s = re.sub(r',?\s+which (?:equals|is|gives)\s+', ' = ', s)
    s = re.sub(r'\s+equals\s+', ' = ', s)
    s = re.sub(r'(?<=[\d)!])\s+(?:is|gives|makes)\s+(?=\d)', ' ≡ ', s)
    return s


REM = re.compile(r'(\d+)\s*/\s*(\d+)\s*=\s*(\d+)\s*(?:with remainder|remainder|R|r)\s*(\d+)')


def computations(line):
    """list of (ok, lhs_text, rhs_text, lhs_value) for the computations in one raw line"""
    found = []
    pieces = []
    for ann in re.findall(r'<<([^<>]*)>>', line):
        pieces.append(ann)
    line = re.sub(r'<<[^<>]*>>', '', line)
    st = line.strip()
    if st.startswith('|'):
        cells = [c.strip() for c in st.strip('|').split('|')]
        if all(re.fullmatch(r':?-{2,}:?', c) for c in cells if c):
            return []
        if len(cells) >= 2 and re.fullmatch(r'[\d,{}]+(?:\s*(?:R|r|remainder)\s*\d+)?', cells[-1]) and \
                re.search(r'[-+*/^!×÷−·⋅(⌊]|\\times|\\cdot|\\frac|\\binom|C\(|[⁰¹²³⁴⁵⁶⁷⁸⁹]', cells[-2]) and \
                not cells[-2].rstrip().endswith('='):
            line = ' ; '.join(cells[:-2] + [cells[-2] + ' = ' + cells[-1]])
        else:
            line = ' ; '.join(cells)
    pieces.append(line)
    for piece in pieces:
        s = normalise(piece)
        for m in REM.finditer(s):
            a, b, q, r = (int(x) for x in m.groups())
            found.append((a == q * b + r and 0 <= r < b, '%d/%d' % (a, b), '%d r %d' % (q, r), Fraction(a // b)))
        s = REM.sub(' ; ', s)
        found.extend(chains(s))
    # de-duplicate identical computations (GSM8K annotation + text)
    out, seen = [], set()
    for c in found:
        key = (c[1].replace(' ', ''), c[2].replace(' ', ''))
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out


def chains(s):
    parts = re.split(r'([=≈≡])', s)
    segs = parts[0::2]
    rels = parts[1::2]
    n = len(rels)
    res = []
    cur = None   # list of (value, text)
    for i, seg in enumerate(segs):
        if cur is not None:
            full = parse_full(seg) if i < n else None
            if full is not None:
                cur.append((full, seg.strip(), rels[i - 1]))
                continue
            pre = longest_prefix(seg)
            if pre is not None:
                cur.append((pre[0], pre[1], rels[i - 1]))
            res.extend(check_chain(cur))
            cur = None
        if i < n:
            suf = longest_suffix(seg)
            if suf is not None:
                before = seg[:len(seg.rstrip()) - len(suf[1])].rstrip()
                if re.fullmatch(r'\d+', suf[1]) and before and before[-1].isalpha():
                    # a number inside a label ("Multiples of 6 = ..."), not a computed value
                    continue
                cur = [(suf[0], suf[1], None)]
    if cur is not None:
        res.extend(check_chain(cur))
    return res


HAS_OP = re.compile(r'[-+*/^!%⌊]|C\(|P\(|lcm\(|floor\(', re.I)


def check_chain(ch):
    out = []
    for (a, at, _), (b, bt, rel) in zip(ch, ch[1:]):
        if rel == '≈':
            m = re.fullmatch(r'\d+\.(\d+)', bt)
            d = len(m.group(1)) if m else 0
            ok = abs(a - b) <= Fraction(1, 2 * 10 ** d) if m else a == b
        elif rel == '≡':
            if not HAS_OP.search(at):
                continue
            ok = a == b
        else:
            ok = a == b
        out.append((ok, at, bt, a))
    return out


def analyse(sol):
    """list of dicts for each computation, with its line span"""
    res = []
    pos = 0
    for ln in sol.split('\n'):
        for ok, lt, rt, lv in computations(ln):
            res.append(dict(ok=ok, lhs=lt, rhs=rt, lv=lv, span=[pos, pos + len(ln)], line=ln))
        pos += len(ln) + 1
    return res


# ----------------------------------------------------------------------------- independent answers
def ints(text):
    return [int(x.replace(',', '')) for x in re.findall(r'\d[\d,]*\d|\d', text)]


def word_count(w):
    r = math.factorial(len(w))
    for ch in set(w):
        r //= math.factorial(w.count(ch))
    return r


def solve_problem(template, q):
    """re-solve the word problem from its text alone"""
    kind = template.rsplit('-', 1)[0]
    x = ints(q)
    ql = q.lower()
    if kind == 'mult2':
        return x[0] * x[1]
    if kind == 'mult3':
        a, b, c = x[0], x[1], x[2] if 'from 1 to' not in q else x[3]
        if 'from 1 to' in q:
            a, b = x[0], x[1]
        if 'skip dessert' in q or 'no hat' in q:
            c += 1
        return a * b * c
    if kind == 'handshake':
        return math.comb(x[0], 2)
    if kind == 'ordered_pairs':
        n = x[0]
        return n * (n - 1) + (n if 'teacher' in q else 0)
    if kind == 'factorial':
        m = re.search(r'word ([A-Z]+)', q)
        return math.factorial(len(m.group(1)) if m else x[0])
    if kind == 'permutation':
        if 'letters A through' in q:
            k, n = x[0], x[1]
        elif 'seats in the front row' in q:
            k, n = x[0], x[1]
        elif 'spots' in q:
            n, k = x[0], x[1]
        elif 'relay team' in q:
            k, n = x[0], x[1]
        else:
            n = x[0]
            if 'medals' in q:
                k = 3
            elif 'raffle' in ql:
                k = len(re.findall(r'\d(?:st|nd|rd|th)\b', q))
            else:
                roles = ['president', 'vice president', 'secretary', 'treasurer', 'pitcher', 'catcher',
                         'first baseman', 'shortstop']
                k = sum(1 for r in roles if r in q)
        return math.perm(n, k)
    if kind == 'combination':
        a, b = x[0], x[1]
        if 'from 1 to' in q:
            return math.comb(x[2], x[0])
        return math.comb(max(a, b), min(a, b))
    if kind == 'comb_product':
        nums = x
        if 'seniors (out of' in q:
            a, B, b, G = nums[0], nums[1], nums[2], nums[3]
        elif 'committee must have' in q:
            a, b, B, G = nums[0], nums[1], nums[2], nums[3]
        else:
            a, B, b, G = nums[0], nums[1], nums[2], nums[3]
        return math.comb(B, a) * math.comb(G, b)
    if kind == 'codes':
        L, D = x[0], x[1]
        lp = math.perm(26, L) if ('cannot repeat' in q or 'no letter may be used twice' in q) else 26 ** L
        dp = 9 * 10 ** (D - 1) if 'cannot be 0' in q else 10 ** D
        return lp * dp
    if kind == 'pins':
        k = x[0]
        if 'dials' in q:
            d = x[-1] + 1
        elif 'digits 1 to' in q:
            d, k = x[1], x[2]
        else:
            d = 10
        if 'cannot start with 0' in q:
            return 9 * 10 ** (k - 1)
        if 'no repeated' in q or 'no digit used twice' in q:
            return math.perm(d, k)
        if 'at least one repeated' in q or 'more than once' in q:
            return d ** k - math.perm(d, k)
        return d ** k
    if kind == 'venn2':
        T, a, b, c = x[0], x[1], x[2], x[3]
        if 'neither' in q:
            return T - (a + b - c)
        if 'exactly one' in q or 'not both' in q:
            return a + b - 2 * c
        return a + b - c
    if kind == 'venn3':
        T, a, b, c, ab, ac, bc, abc = x[:8]
        u = a + b + c - ab - ac - bc + abc
        return T - u if 'none' in q else u
    if kind == 'complement':
        n = x[0]
        if 'coin' in q or 'true/false' in q:
            return 2 ** n - 1
        if 'die is rolled' in q:
            return 6 ** n - 5 ** n
        if 'password' in q:
            return 26 ** n - 21 ** n
        if 'contain at least one 7' in q:
            return 10 ** n - 9 ** n
        if 'spinner' in q:
            s = x[0]
            n = int(re.search(r'spun (\d+) times', q).group(1))
            return s ** n - (s - 1) ** n
        return 4 ** n - 3 ** n
    if kind == 'grid_paths':
        if '(0, 0)' in q:
            r, u = x[2], x[3]
        else:
            r, u = x[0], x[1]
        return math.comb(r + u, r)
    if kind == 'grid_via':
        if '(0, 0)' in q:
            R, U, r1, u1 = x[2], x[3], x[4], x[5]
        else:
            R, U, r1, u1 = x[0], x[1], x[2], x[3]
        via = math.comb(r1 + u1, r1) * math.comb(R - r1 + U - u1, R - r1)
        if 'avoid' in q:
            return math.comb(R + U, R) - via
        return via
    if kind == 'tree_list':
        if 'spinner numbered 1 to' in q:
            return 2 * x[1]
        if 'colors (' in q:
            return 2 * x[0]
        if 'snack box' in q:
            return x[0] * 3
        if 'Two-digit numbers' in q:
            k = len(x)
            return k * (k - 1)
        return math.comb(x[0], x[1])
    if kind == 'cases_sum':
        m = re.search(r'(\d+) (?:people|marbles|different dishes|students|books)', q)
        if 'team of' in q:
            m = re.search(r'team of (\d+)', q)
        s = int(m.group(1))
        t = int(re.search(r'at least (\d+)', q).group(1))
        W = int(re.search(r'(\d+) (?:women|red marbles|vegetarian dishes|seniors|novels|girls)', q).group(1))
        M = int(re.search(r'(\d+) (?:men|blue marbles|meat dishes|juniors|biographies|boys)', q).group(1))
        return sum(math.comb(W, j) * math.comb(M, s - j) for j in range(t, s + 1))
    if kind == 'digit_numbers':
        L = int(re.search(r'(\d+)-digit', q).group(1))
        m = re.search(r'digits ([\d, and]+?)(?:,? each|,? with| with| if|\s*\(| are| and the|\?)', q)
        ds = [int(c) for c in re.findall(r'\d', m.group(1))]
        n = len(ds)
        ev_ = sum(1 for d in ds if d % 2 == 0)
        od = n - ev_
        if 'may be repeated' in q or 'can repeat' in q:
            good = ev_ if 'even' in q else od
            return good * n ** (L - 1)
        if 'even' in q:
            return ev_ * math.perm(n - 1, L - 1)
        if 'odd' in q:
            return od * math.perm(n - 1, L - 1)
        return math.perm(n, L)
    if kind == 'word_arrangements':
        w = re.search(r'\b([A-Z]{3,})\b', q).group(1)
        return word_count(w)
    if kind == 'circular':
        n = x[0]
        if 'next to each other' in q or 'side by side' in q:
            return 2 * math.factorial(n - 2)
        return math.factorial(n - 1)
    if kind == 'multiples':
        N = int(re.search(r'to (?:day )?([\d,]+)', q).group(1).replace(',', ''))
        a, b = x[-2], x[-1]
        u = N // a + N // b - N // math.lcm(a, b)
        return N - u if ('neither' in q or 'do not win' in q) else u
    if kind == 'together_apart':
        n = x[0]
        t = 2 * math.factorial(n - 1)
        if 'refuse' in q or 'must not' in q:
            return math.factorial(n) - t
        return t
    if kind == 'dice_sums':
        m = 6
        mm = re.search(r'numbered 1 to (\d+)', q)
        if mm:
            m = int(mm.group(1))
        if 'greater than' in q:
            s = int(re.search(r'greater than (\d+)', q).group(1)) + 1
            cmp = 'ge'
        elif 'at most' in q:
            s = int(re.search(r'at most (\d+)', q).group(1))
            cmp = 'le'
        else:
            s = int(re.search(r'at least (\d+)', q).group(1))
            cmp = 'ge'
        return sum(1 for i in range(1, m + 1) for j in range(1, m + 1)
                   if (i + j >= s if cmp == 'ge' else i + j <= s))
    raise KeyError(kind)


# ----------------------------------------------------------------------------- row checks
def last_line(sol):
    return sol.rstrip('\n').split('\n')[-1]


def digits_in(s):
    return re.sub(r'[^\d]', '', s)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errors = []
    stats = dict(rows=len(rows), comps=0, rows_with_comps=0)
    by_pid = {}
    keys_order = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
    for r in rows:
        by_pid.setdefault(r['pid'], {})[r['variant']] = r
    for pid, vs in by_pid.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            errors.append((pid, 'variants %s' % sorted(vs)))
    for r in rows:
        pid, v, sol = r['pid'], r['variant'], r['solution']
        ks = list(r)
        if ks[:7] != keys_order:
            errors.append((pid, v, 'key order %s' % ks))
        extra = {'slip': ['span', 'wrong', 'right', 'step', 'kind'], 'carry': ['span', 'wrong', 'right', 'step', 'kind'],
                 'loop': ['span', 'repeats'], 'correct': []}[v]
        if ks[7:] != extra:
            errors.append((pid, v, 'extra keys %s' % ks[7:]))
        if '\x01' in sol or '\x02' in sol:
            errors.append((pid, v, 'sentinel left in text'))
        comps = analyse(sol)
        stats['comps'] += len(comps)
        if comps:
            stats['rows_with_comps'] += 1
        bad = [c for c in comps if not c['ok']]
        bad_lines = sorted(set(tuple(c['span']) for c in bad))
        final = r['final']
        if v == 'correct':
            if bad:
                errors.append((pid, v, 'wrong computation in correct row: %s' % [(c['lhs'], c['rhs']) for c in bad]))
            if last_line(sol) != '#### ' + final:
                errors.append((pid, v, 'final line %r' % last_line(sol)))
            try:
                want = solve_problem(r['template'], r['problem'])
                if str(want) != final:
                    errors.append((pid, v, 'independent answer %s != final %s' % (want, final)))
            except Exception as e:  # noqa
                errors.append((pid, v, 'could not re-solve: %r' % e))
            if not comps:
                errors.append((pid, v, 'no computation found'))
        elif v in ('slip', 'carry'):
            if len(bad) != 1:
                errors.append((pid, v, '%d wrong computations: %s' % (len(bad), [(c['lhs'], c['rhs']) for c in bad])))
            elif bad[0]['span'] != r['span']:
                errors.append((pid, v, 'wrong computation at %s, span says %s' % (bad[0]['span'], r['span'])))
            else:
                b = bad[0]
                if b['lv'] != Fraction(r['right']) and not b['rhs'].endswith(' r %s' % '') and '/' not in b['lhs'][:0]:
                    if not (b['rhs'].find(' r ') > 0 and b['lv'] == Fraction(int(r['right']))):
                        errors.append((pid, v, 'left side %s != right %s' % (b['lv'], r['right'])))
                if r['wrong'] not in digits_in(b['rhs']) and digits_in(b['rhs']).split()[0:1] != [r['wrong']]:
                    if not digits_in(b['rhs']).startswith(r['wrong']):
                        errors.append((pid, v, 'written %r does not show wrong %s' % (b['rhs'], r['wrong'])))
            s0, s1 = r['span']
            if '\n' in sol[s0:s1] or (s0 > 0 and sol[s0 - 1] != '\n') or (s1 < len(sol) and sol[s1] != '\n'):
                errors.append((pid, v, 'span is not one whole line'))
            if r['wrong'] == r['right']:
                errors.append((pid, v, 'wrong == right'))
            ll = last_line(sol)
            if v == 'slip' and ll != '#### ' + final:
                errors.append((pid, v, 'slip final line %r' % ll))
            if v == 'carry':
                if not ll.startswith('#### ') or ll == '#### ' + final:
                    errors.append((pid, v, 'carry final line %r' % ll))
            # the text before the faulty line equals the correct solution's text
            cor = by_pid[pid]['correct']['solution']
            if cor[:s0] != sol[:s0]:
                errors.append((pid, v, 'text before the fault differs from the correct row'))
            if v == 'slip':
                cs = cor.split('\n')
                ss = sol.split('\n')
                diff = [i for i in range(max(len(cs), len(ss))) if i >= len(cs) or i >= len(ss) or cs[i] != ss[i]]
                if len(diff) != 1:
                    errors.append((pid, v, 'slip differs from correct on %d lines' % len(diff)))
        else:
            if '####' in sol:
                errors.append((pid, v, 'loop row has ####'))
            s0, s1 = r['span']
            unit = sol[s0:s1]
            L = len(unit)
            n = r['repeats']
            if not (8 <= n <= 30) or L == 0:
                errors.append((pid, v, 'bad repeats/span'))
            else:
                start = s0 - L
                ok = start >= 0 and all(sol[start + i * L:start + (i + 1) * L] == unit for i in range(n))
                tail = sol[start + n * L:]
                if not ok or not (unit.startswith(tail) or unit.rstrip('\n') == tail):
                    errors.append((pid, v, 'loop copies do not match'))
                cor = by_pid[pid]['correct']['solution']
                if not cor.startswith(sol[:s0]):
                    errors.append((pid, v, 'loop prefix is not the correct start'))
            if bad:
                errors.append((pid, v, 'wrong computation in loop row: %s' % [(c['lhs'], c['rhs']) for c in bad]))
    # problems per template / styles
    tmpl = {}
    for r in rows:
        tmpl.setdefault(r['template'], set()).add(r['pid'])
    if any(len(s) != 4 for s in tmpl.values()):
        errors.append(('templates', 'not 4 problems each'))
    if errors:
        for e in errors[:60]:
            print('FAIL', *e)
        print('%d errors' % len(errors))
        sys.exit(1)
    styles = {}
    for r in rows:
        if r['variant'] == 'correct':
            styles[r['style']] = styles.get(r['style'], 0) + 1
    print('rows %d, problems %d, templates %d, computations checked %d, rows with computations %d' % (
        stats['rows'], len(by_pid), len(tmpl), stats['comps'], stats['rows_with_comps']))
    print('problems per style:', ', '.join('%s %d' % kv for kv in sorted(styles.items())))
    print('PASS')


if __name__ == '__main__':
    main()
