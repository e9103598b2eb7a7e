#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

It re-reads every solution from its text alone:
  * arithmetic: every chain "a + b = c = d ≈ e" on a line (and '='-continuation lines, markdown calc tables,
    LaTeX \\frac / \\times / \\overline ...) is evaluated with exact fractions; "≈ x" must be the correct
    round-half-up of the exact value at the digits shown; "82.333..." must be a correct truncation.
  * statistics claims: sorted lists, counts of values, medians (ordinal positions), modes, highest/lowest
    values, favorable-outcome sets.
Correct rows must have no flagged line; slip/carry rows must have exactly the span line flagged (slip:
resyncing to the computed value, carry: to the written value) and differ from the correct row as labelled;
loop rows must be a correct prefix followed by verbatim repeats.
usage: python3 check.py [set.jsonl]
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F


# ------------------------------------------------------------------ numbers
def rhu(v, d):
    q = v * 10 ** d
    n = math.floor(q + F(1, 2)) if q >= 0 else -math.floor(-q + F(1, 2))
    return F(n, 10 ** d)


def decs(s):
    s = s.replace(',', '')
    return len(s.split('.')[1]) if '.' in s else 0


# ------------------------------------------------------------------ preprocessing
def match_brace(s, i):
    """s[i] == '{'; return index of matching '}'"""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == '{':
            depth += 1
        elif s[j] == '}':
            depth -= 1
            if depth == 0:
                return j
    return -1


def expand_frac(s):
    while True:
        i = s.find('\\frac{')
        if i < 0:
            i = s.find('\\dfrac{')
            if i < 0:
                return s
            k = i + 6
        else:
            k = i + 5
        a_end = match_brace(s, k)
        if a_end < 0 or a_end + 1 >= len(s) or s[a_end + 1] != '{':
            return s
        b_end = match_brace(s, a_end + 1)
        if b_end < 0:
            return s
        a = s[k + 1:a_end]
        b = s[a_end + 2:b_end]
        s = s[:i] + '((' + a + ')/(' + b + '))' + s[b_end + 1:]


def prep(line):
    s = line
    s = s.replace('$$', ' ').replace('\\$', '').replace('$', '')
    s = s.replace('**', '')
    s = re.sub(r'^(\s*)[-*•+]\s+', r'\1', s)
    s = s.replace('−', '-').replace('–', '-')
    s = re.sub(r'\\text\{[^{}]*\}', ' WORD ', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    s = re.sub(r'(\d+)\.(\d*)\\overline\{(\d+)\}', lambda m: ' REP%s_%s_%s ' % (m.group(1), m.group(2) or 'e', m.group(3)), s)
    s = expand_frac(s)
    s = s.replace('\\left(', '(').replace('\\right)', ')')
    s = s.replace('\\times', '×').replace('\\cdot', '×').replace('\\div', '÷').replace('\\approx', '≈')
    s = s.replace('\\%', '%').replace('\\$', '$').replace('\\ldots', '...').replace('\\{', '{').replace('\\}', '}')
    s = s.replace('\\[', ' ').replace('\\]', ' ').replace('\\(', ' ').replace('\\)', ' ').replace('$$', ' ')
    s = s.replace('\\\\', ' ').replace('&', ' ')
    s = re.sub(r'\\begin\{[a-z*]+\}|\\end\{[a-z*]+\}', ' ', s)
    s = re.sub(r'\\[A-Za-z]+', ' WORD ', s)
    s = s.replace(', which rounds to', ' ≈')
    if re.search(r'\s*\(rounded[^)]*\)', s):
        s = re.sub(r'\s*\(rounded[^)]*\)', '', s) + ' (ROUNDED)'
    s = re.sub(r'(?<=\d) x (?=[\d$])', ' × ', s)
    return s


TOKRE = re.compile(r"""
 (?P<rep>REP\d+_(?:\d+|e)_\d+)
|(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\.\.\.|…)?%?)
|(?P<op>[-+×÷/*()])
|(?P<rel>[=≈])
|(?P<word>[A-Za-z_][A-Za-z_'’\-]*)
|(?P<sp>\s+)
|(?P<other>.)
""", re.X)


def tokenize(s):
    toks = []
    for m in TOKRE.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == 'sp':
            continue
        if k == 'num':
            end = m.end()
            if end < len(s) and (s[end].isalpha()):
                toks.append(('brk', t))
                continue
            toks.append(('num', t))
        elif k == 'rep':
            toks.append(('num', t))
        elif k in ('op', 'rel'):
            toks.append((k, t))
        else:
            toks.append(('brk', t))
    return toks


class Val:
    """value of one side of a chain"""

    def __init__(self, v, kind='exact', lit=None, pct=False, digits=0):
        self.v = v          # exact Fraction (for trunc: the truncated value)
        self.kind = kind    # exact | trunc | rep
        self.lit = lit      # literal text if the side is a single number
        self.pct = pct
        self.digits = digits


def num_value(t):
    if t.startswith('REP'):
        ip, nr, rp = t[3:].split('_')
        nr = '' if nr == 'e' else nr
        a = F(int(ip + nr + rp) - int(ip + nr), (10 ** len(rp) - 1) * 10 ** len(nr))
        return Val(a, 'rep')
    pct = t.endswith('%')
    if pct:
        t = t[:-1]
    trunc = False
    for e in ('...', '…'):
        if t.endswith(e):
            t = t[:-len(e)]
            trunc = True
    t = t.lstrip('$').replace(',', '')
    v = F(t)
    if pct:
        v = v / 100
    return Val(v, 'trunc' if trunc else 'exact', lit=t, pct=pct, digits=decs(t))


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[1] in '+-':
            op = self.t[self.i][1]
            self.i += 1
            w = self.term()
            v = v + w if op == '+' else v - w
        return v

    def term(self):
        v = self.factor()
        while self.peek() and self.peek()[1] in '×÷/*':
            op = self.t[self.i][1]
            self.i += 1
            w = self.factor()
            if op in '×*':
                v = v * w
            else:
                v = v / w
        return v

    def factor(self):
        p = self.peek()
        if p is None:
            raise ValueError
        if p[1] == '(':
            self.i += 1
            v = self.expr()
            if not self.peek() or self.peek()[1] != ')':
                raise ValueError
            self.i += 1
            return v
        if p[0] == 'num':
            self.i += 1
            nv = num_value(p[1])
            if nv.kind == 'trunc':
                raise ValueError
            return nv.v
        raise ValueError


def side_value(toks):
    # drop unmatched parentheses at the edges, e.g. "= 34.18 (rounded" or ") = 3/10"
    while toks and toks[-1][1] == '(':
        toks = toks[:-1]
    while toks and toks[0][1] == ')':
        toks = toks[1:]
    if not toks:
        return None
    if len(toks) == 1 and toks[0][0] == 'num':
        return num_value(toks[0][1])
    p = Parser(toks)
    try:
        v = p.expr()
    except (ValueError, ZeroDivisionError):
        return None
    if p.i != len(toks):
        return None
    return Val(v, 'exact')


class ChainState:
    def __init__(self, v):
        self.ref = v
        self.prev = v


def check_rel(st, rel, sv, roundok, mode):
    """returns ok; updates state"""
    if rel == '≈':
        if sv.lit is None or sv.kind != 'exact':
            # approximate to an expression: compare loosely
            ok = abs(sv.v - st.ref) < F(1, 100) * max(1, abs(st.ref))
            st.prev = sv.v
            return ok
        sc = 100 if sv.pct else 1
        ok = rhu(st.ref * sc, sv.digits) == sv.v * sc
        if not ok:
            if mode == 'slip':
                st.prev = rhu(st.ref * sc, sv.digits) / sc
            else:
                st.prev = sv.v
        else:
            st.prev = sv.v
        return ok
    # '='
    if sv.kind == 'trunc':
        sc = 100 if sv.pct else 1
        step = F(1, 10 ** sv.digits)
        x = st.ref * sc
        t = sv.v * sc
        ok = t <= x < t + step and x != t
        st.prev = None
        return ok
    if sv.kind == 'rep':
        ok = sv.v == st.ref
        st.prev = sv.v
        if not ok and mode == 'carry':
            st.ref = sv.v
        return ok
    target = st.prev if st.prev is not None else st.ref
    ok = sv.v == target
    if not ok and sv.pct and sv.lit is not None:
        ok = F(sv.lit) == target  # "0.3 × 100 = 30%" style
    if not ok and roundok and sv.lit is not None and sv.kind == 'exact':
        sc = 100 if sv.pct else 1
        ok = rhu(st.ref * sc, sv.digits) == sv.v * sc
        if ok:
            st.prev = sv.v
            return True
    if ok or mode == 'carry':
        st.ref = sv.v
        st.prev = sv.v
    return ok


def chains_in_line(s, cont_state, mode):
    """evaluate all relations in a preprocessed line.
    returns (n_relations, n_failures, end_state) where end_state is the chain state if the line ends in a chain."""
    toks = tokenize(s)
    roundok = 'ROUNDED' in s
    segs = [[]]
    for t in toks:
        if t[0] == 'brk':
            segs.append([])
        else:
            segs[-1].append(t)
    nrel = nfail = 0
    end_state = None
    first_seg = True
    for si, seg in enumerate(segs):
        # split into sides
        sides = [[]]
        rels = []
        for t in seg:
            if t[0] == 'rel':
                rels.append(t[1])
                sides.append([])
            else:
                sides[-1].append(t)
        st = None
        if si == 0 and cont_state is not None and rels and not sides[0]:
            st = cont_state
        for k, side in enumerate(sides):
            sv = side_value(side)
            if k == 0:
                if sv is not None and sv.kind == 'exact':
                    st = ChainState(sv.v)
                elif not (st is not None and not side):
                    st = None
                continue
            rel = rels[k - 1]
            if sv is None:
                st = None
                continue
            if st is None:
                if sv.kind == 'exact':
                    st = ChainState(sv.v)
                continue
            nrel += 1
            if not check_rel(st, rel, sv, roundok, mode):
                nfail += 1
        end_state = st if (si == len(segs) - 1 and seg and seg[-1][0] != 'rel') else None
    return nrel, nfail, end_state


# ------------------------------------------------------------------ statistics claims
NUMRE = r'\$?\d+(?:\.\d+)?'


def num_list_runs(s):
    """runs of >= 3 numbers separated by commas (and optional 'and')"""
    runs = []
    for m in re.finditer(r'(?:\$?\d+(?:\.\d+)?)(?:(?:, |,\s*and |\s+and )\$?\d+(?:\.\d+)?)+', s):
        vals = [F(x.lstrip('$')) for x in re.findall(NUMRE, m.group())]
        if len(vals) >= 3:
            runs.append(vals)
    return runs


def all_numbers(s):
    return [F(x.lstrip('$').replace(',', '')) for x in re.findall(r'\$?\d+(?:,\d{3})*(?:\.\d+)?', s)]


def median_of(lst):
    s = sorted(lst)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


SORT_KW = re.compile(r'sorted|in order|ordered|order from|least to greatest|smallest to largest|line up', re.I)
COUNT_PATS = [r'[Tt]here are (\d+) values', r'[Ww]ith (\d+) values', r'of (\d+) values', r'Count: (\d+) values',
              r'(?<![\w.])n = (\d+)(?![\d.]*\s*[-+×÷/*x])']


class Claims:
    def __init__(self, problem):
        runs = num_list_runs(problem)
        self.cur = max(runs, key=len) if runs else None
        self.pnums = Counter(all_numbers(problem))
        self.pending_sort = False

    def check(self, raw):
        """returns list of failure descriptions for this line"""
        s = raw.replace('**', '').replace('−', '-')
        fails = []
        line_list = None
        runs = num_list_runs(s)
        if (SORT_KW.search(s) or self.pending_sort) and runs:
            lst = max(runs, key=len)
            if any(lst[i] > lst[i + 1] for i in range(len(lst) - 1)):
                fails.append('list not sorted')
            c = Counter(lst)
            if any(c[k] > self.pnums.get(k, 0) for k in c):
                fails.append('sorted list has values not in the problem')
            if self.cur is not None and len(lst) < len(self.cur) and not self.pending_sort and 'new' not in s:
                pass
            self.cur = lst
            line_list = lst
        self.pending_sort = bool(SORT_KW.search(s)) and not runs and s.rstrip().endswith(':')
        cur = self.cur
        if cur is None:
            return fails
        n = len(cur)
        for p in COUNT_PATS:
            for m in re.finditer(p, s):
                if int(m.group(1)) != n:
                    fails.append('count %s != %d' % (m.group(1), n))
        low = s.lower()
        if ('median' in low or 'middle' in low) and line_list is None:
            ords = [int(x) for x in re.findall(r'(\d+)(?:st|nd|rd|th)\b', s)]
            nums = re.findall(r'(?<![\w.])(\d+(?:\.\d+)?)(?![\d]|st\b|nd\b|rd\b|th\b| values)', s)
            if len(ords) == 1 and nums:
                o = ords[0]
                if n % 2 == 0 or o != (n + 1) // 2:
                    fails.append('wrong middle position')
                elif F(nums[-1]) != cur[o - 1]:
                    fails.append('middle value %s != %s' % (nums[-1], cur[o - 1]))
            elif len(ords) == 2 and len(nums) >= 2:
                o1, o2 = ords
                if n % 2 or (o1, o2) != (n // 2, n // 2 + 1):
                    fails.append('wrong middle positions')
                elif (F(nums[-2]), F(nums[-1])) != (cur[o1 - 1], cur[o2 - 1]):
                    fails.append('middle values wrong')
        if 'mode' in low:
            c = Counter(cur)
            for m in re.finditer(r'(\d+(?:\.\d+)?) (?:appears|shows up) (\d+) times', s):
                if c[F(m.group(1))] != int(m.group(2)):
                    fails.append('frequency claim wrong')
            m = re.search(r'\(appears (\d+) times\)', s)
            mm = re.search(r'[Mm]ode (?:is|=) (\d+(?:\.\d+)?)', s)
            if mm:
                v = F(mm.group(1))
                top = max(c.values())
                if c[v] != top or list(c.values()).count(top) != 1:
                    fails.append('mode wrong')
                if m and c[v] != int(m.group(1)):
                    fails.append('mode frequency wrong')
        for m in re.finditer(r'\bthe (highest|lowest)(?: [a-z\-]+)? is (\d+(?:\.\d+)?)', s, re.I):
            want = max(cur) if m.group(1).lower() == 'highest' else min(cur)
            if F(m.group(2)) != want:
                fails.append('extreme value wrong')
        for m in re.finditer(r'\b(Highest|Lowest) = (\d+(?:\.\d+)?)', s):
            want = max(cur) if m.group(1) == 'Highest' else min(cur)
            if F(m.group(2)) != want:
                fails.append('extreme value wrong')
        return fails


def fav_check(s):
    m = re.search(r'\{([\d,\s]+)\}', s)
    if not m:
        return []
    items = [x for x in m.group(1).split(',') if x.strip()]
    rest = s[m.end():]
    m2 = re.search(r'(?:count = |outcomes is |makes )(\d+)', rest)
    if m2 and int(m2.group(1)) != len(items):
        return ['favorable count wrong']
    return []


# ------------------------------------------------------------------ whole solution
def table_cells(line):
    t = line.strip()
    if not (t.startswith('|') and t.endswith('|')):
        return None
    return [c.strip() for c in t[1:-1].split('|')]


def analyse(problem, text, mode):
    """returns (flagged line indices, lines with relations, per-line relation counts)"""
    lines = text.split('\n')
    flagged = set()
    relcount = [0] * len(lines)
    claims = Claims(problem)
    cont = None
    calc_table = False
    for i, line in enumerate(lines):
        cells = table_cells(line)
        if cells is not None:
            if len(cells) == 3 and re.search(r'calc|work', cells[1], re.I) and re.search(r'result|value', cells[2], re.I):
                calc_table = True
                cont = None
                continue
            if all(re.fullmatch(r':?-+:?', c) for c in cells):
                continue
            if calc_table and len(cells) == 3:
                res = cells[2]
                rel = '' if res.startswith('≈') else ' ='
                work = ' : ' + cells[1] + rel + ' ' + res
                s = prep(work)
                n, f, _ = chains_in_line(s, None, mode)
                relcount[i] = n
                if f:
                    flagged.add(i)
                if n == 0:
                    flagged.add(i)   # a calc row must contain a checkable computation
                cont = None
                continue
        else:
            calc_table = False
        s = prep(line)
        stripped = s.strip()
        cs = cont if (stripped[:1] in ('=', '≈')) else None
        n, f, end = chains_in_line(s, cs, mode)
        relcount[i] = n
        if f:
            flagged.add(i)
        cont = end
        cf = claims.check(line) + fav_check(line.replace('\\{', '{').replace('\\}', '}'))
        if cf:
            flagged.add(i)
    return flagged, relcount, lines


# ------------------------------------------------------------------ row checks
def line_index(text, pos):
    return text.count('\n', 0, pos)


def answer_line(lines):
    """index of the final-answer line (last non-empty line that is not '####' or a display-math delimiter)"""
    j = len(lines) - 1
    while j > 0 and (not lines[j].strip() or lines[j].startswith('####') or lines[j].strip() in ('\\]', '\\[')
                     or lines[j].strip().startswith('\\boxed')):
        j -= 1
    return j


def final_ok(row):
    text = row['solution']
    lines = [l for l in text.split('\n')]
    fin = row['final']
    errs = []
    if lines[-1].startswith('####'):
        if lines[-1] != '#### ' + fin:
            errs.append('#### line mismatch')
        ans = [l for l in lines[:-1] if l.strip()][-1]
    else:
        ans = [l for l in lines if l.strip()][-1]
        if '\\]' == ans.strip():
            ans = ' '.join(lines[-4:])
    if '####' in text[:-1] and not lines[-1].startswith('####'):
        errs.append('#### not last')
    vals = all_numbers(prep(ans).replace('%', ' '))
    if F(fin) not in vals:
        errs.append('final %s not in answer line %r' % (fin, ans))
    return errs


def check_group(rows):
    errs = []
    by = {r['variant']: r for r in rows}
    if set(by) != {'correct', 'slip', 'carry', 'loop'}:
        return ['missing variants']
    c, sl, ca, lo = by['correct'], by['slip'], by['carry'], by['loop']
    for k in ('problem', 'style', 'template'):
        if len({r[k] for r in rows}) != 1:
            errs.append('variants differ in ' + k)
    prob = c['problem']
    # ---- correct
    fl, rc, lines = analyse(prob, c['solution'], 'slip')
    if fl:
        errs.append('correct row flagged lines %s: %s' % (sorted(fl), [lines[i] for i in sorted(fl)]))
    if sum(rc) == 0:
        errs.append('correct row has no checkable computation')
    errs += ['correct: ' + e for e in final_ok(c)]
    ctext = c['solution']
    clines = ctext.split('\n')
    # ---- slip
    for r, mode in ((sl, 'slip'), (ca, 'carry')):
        t = r['solution']
        a, b = r['span']
        if not (0 <= a < b <= len(t)) or (a > 0 and t[a - 1] != '\n') or (b < len(t) and t[b] != '\n'):
            errs.append('%s: span is not a whole line' % mode)
            continue
        li = line_index(t, a)
        fl, rc, lines = analyse(prob, t, mode)
        if fl != {li}:
            errs.append('%s: flagged %s, span line %d (%r) ; flagged text %s' % (
                mode, sorted(fl), li, t[a:b], [lines[i] for i in sorted(fl)]))
        if t[:a] != ctext[:a]:
            errs.append('%s: prefix differs from correct row' % mode)
        cl = ctext[a:].split('\n')[0]
        sline = t[a:b]
        # locate the changed token
        k = 0
        while k < min(len(cl), len(sline)) and cl[k] == sline[k]:
            k += 1
        # back up to the start of the number
        while k > 0 and (cl[k - 1].isdigit() or cl[k - 1] in '.,'):
            k -= 1
        if not sline[k:].startswith(r['wrong']) or not cl[k:].startswith(r['right']):
            errs.append('%s: wrong/right tokens not at the changed position (%r / %r)' % (mode, sline, cl))
        if F(r['wrong'].replace(',', '')) == F(r['right'].replace(',', '')):
            errs.append('%s: wrong == right' % mode)
        if mode == 'slip':
            exp = cl[:k] + r['wrong'] + cl[k + len(r['right']):]
            if exp != sline:
                errs.append('slip: span line is not the correct line with one value replaced')
            if t[b:] != ctext[a + len(cl):]:
                errs.append('slip: text after the span differs from the correct row')
            if r['final'] != c['final']:
                errs.append('slip: final differs')
            if not any(re.search(r'\d', lines[j]) for j in range(li + 1, answer_line(lines))):
                errs.append('slip: no later step after the span line (last step)')
            errs += ['slip: ' + e for e in final_ok(r)]
        else:
            if r['final'] == c['final'] or r['correct_final'] != c['final']:
                errs.append('carry: final labels wrong')
            errs += ['carry: ' + e for e in final_ok(r)]
        if not isinstance(r.get('step'), int) or r['step'] < 1 or not r.get('kind'):
            errs.append('%s: step/kind missing' % mode)
    # ---- loop
    t = lo['solution']
    a, b = lo['span']
    p = lo['period_lines']
    reps = lo['repeats']
    if lo['final'] is not None:
        errs.append('loop: final must be null')
    if not (15 <= reps <= 25):
        errs.append('loop: repeats out of range')
    T = t.split('\n')
    s = line_index(t, a)
    if (a > 0 and t[a - 1] != '\n') or t[a:b] != T[s]:
        errs.append('loop: span not a whole line')
    # prefix: lines before the first copy, minus the separating blank line (if the period has one)
    blank = (p >= 2 and T[s - 1] == '')
    head_end = s - 1 if blank else s
    head = '\n'.join(T[:head_end])
    if not ctext.startswith(head) or ctext[len(head):len(head) + 1] != '\n':
        errs.append('loop: prefix is not a line-aligned prefix of the correct row')
    if not any(re.search(r'\d', clines[j]) for j in range(head_end, answer_line(clines))):
        errs.append('loop: cut after the final step')
    body_len = reps * p - (1 if blank else 0)
    for x in range(s, s + body_len):
        if x >= len(T) or T[x] != T[x - p]:
            errs.append('loop: line %d is not a verbatim repeat' % x)
            break
    tail = T[s + body_len:]
    if tail:
        tl = [x for x in tail if x != '']
        if len(tl) != 1 or any(ch.isdigit() for ch in tl[0]) or not T[s].startswith(tl[0]) or tl[0] == T[s]:
            errs.append('loop: bad tail %r' % tail)
    if '####' in t or 'Answer' in t[len(head):]:
        errs.append('loop: contains an answer line')
    return errs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    groups = defaultdict(list)
    n = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            groups[r['pid']].append(r)
            n += 1
    bad = 0
    for pid, rows in groups.items():
        e = check_group(rows)
        if e:
            bad += 1
            if bad <= 25:
                print('FAIL', pid, rows[0]['style'])
                for x in e[:6]:
                    print('   ', x)
    styles = Counter(r[0]['style'] for r in groups.values())
    print('%d rows, %d problems, styles: %s' % (n, len(groups), dict(sorted(styles.items()))))
    if bad:
        print('%d problems FAILED' % bad)
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
