#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

Re-reads every solution from its text alone, finds every written computation
(equation chains, GSM8K <<calc>> annotations, remainder divisions and the prose
time/date claims "From A to B is D", "D after A is B", "Adding D to A gives B",
"N days after Monday is a ...", "From <date> to <date> is N days"), evaluates
them exactly and verifies the variant labels.

usage: python3 check.py [set.jsonl]      prints PASS and exits 0 on success
"""
import json
import re
import sys
from collections import Counter
from fractions import Fraction as F

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
TUNITS = {'hours': 60, 'hour': 60, 'hrs': 60, 'hr': 60, 'h': 60,
          'minutes': 1, 'minute': 1, 'mins': 1, 'min': 1,
          'seconds': F(1, 60), 'second': F(1, 60), 'secs': F(1, 60), 'sec': F(1, 60), 's': F(1, 60),
          'days': 1440, 'day': 1440, 'weeks': 10080, 'week': 10080}
STOPWORDS = {'x', 'and', 'remainder', 'R', 'r', 'with', 'so', 'which', 'is', 'to', 'from', 'per'}


class Bad(Exception):
    pass


def dec(x):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    for k in range(1, 9):
        y = x * 10 ** k
        if y.denominator == 1:
            s = str(abs(y.numerator)).rjust(k + 1, '0')
            s = (s[:-k] + '.' + s[-k:]).rstrip('0').rstrip('.')
            return ('-' if x < 0 else '') + s
    return str(x)


def doy(month, day):
    return sum(MDAYS[:month - 1]) + day


def date_str(n):
    for i, d in enumerate(MDAYS):
        if n <= d:
            return '%s %d' % (MONTHS[i], n)
        n -= d
    return 'day%d' % n


def clock_minutes(text):
    m = re.match(r'(\d{1,2}):(\d{2})\s?(?:([AaPp])\.?\s?[Mm]\.?)?$', text.strip())
    h, mi, ap = int(m.group(1)), int(m.group(2)), m.group(3)
    if ap:
        h = h % 12 + (12 if ap in 'Pp' else 0)
    return h * 60 + mi, bool(ap)


def clock_str(m, twelve):
    m %= 1440
    h, mi = divmod(m, 60)
    if twelve:
        return '%d:%02d %s' % (h % 12 or 12, mi, 'AM' if h < 12 else 'PM')
    return '%02d:%02d' % (h, mi)


# ---------------------------------------------------------------- normalisation
def normalize(line):
    s = line
    s = s.replace('\\$', '$')
    s = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', s)
    s = s.replace('{:}', ':').replace('{,}', ',')
    s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1)/(\2)', s)
    s = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', s)
    for a, b in (('\\times', ' × '), ('\\div', ' ÷ '), ('\\cdot', ' × '), ('\\left', ''), ('\\right', ''),
                 ('\\[', ' '), ('\\]', ' '), ('\\(', ' '), ('\\)', ' '), ('\\,', ' '), ('\\;', ' '),
                 ('\\quad', ' '), ('**', ' ')):
        s = s.replace(a, b)
    s = re.sub(r'^\s*#+\s*', ' ', s)
    s = re.sub(r'^\s*(?:[-*]|\d+\.)\s+', ' ', s)
    return re.sub(r'\s+', ' ', s)


TOKRE = re.compile(r"""
 (?P<clock>\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?(?![A-Za-z]))?)
|(?P<date>(?:%s)\s+\d{1,2}(?![\d:]|\.\d))
|(?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?)
|(?P<op>[-+−–×*÷/()=])
|(?P<word>[A-Za-z]+)
|(?P<other>\S)
""" % '|'.join(MONTHS), re.X)


def tokenize(s):
    out = []
    for m in TOKRE.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == 'clock':
            v, twelve = clock_minutes(t)
            out.append(('clock', t, (v, twelve)))
        elif k == 'date':
            mo, d = t.split()
            out.append(('date', t, doy(MONTHS.index(mo) + 1, int(d))))
        elif k == 'num':
            out.append(('num', t, F(t.replace('$', '').replace(',', ''))))
        elif k == 'op':
            o = {'−': '-', '–': '-', '×': '*', '÷': '/'}.get(t, t)
            out.append(('op', o, None))
        elif k == 'word':
            out.append(('word', t, None))
        else:
            out.append(('other', t, None))
    return out


# ---------------------------------------------------------------- parsing
class P:
    def __init__(self, toks):
        self.t = toks

    def kind(self, i):
        return self.t[i][0] if i < len(self.t) else None

    def text(self, i):
        return self.t[i][1] if i < len(self.t) else None

    def is_op(self, i, ops):
        return self.kind(i) == 'op' and self.text(i) in ops

    def starts_operand(self, i):
        return self.kind(i) in ('num', 'clock', 'date') or self.is_op(i, '(')

    def expr(self, i):
        r = self.term(i)
        if r is None:
            return None
        node, i = r
        while self.is_op(i, '+-') and self.starts_operand(i + 1):
            r = self.term(i + 1)
            if r is None:
                break
            node, i = ('bin', self.text(i), node, r[0]), r[1]
        return node, i

    def term(self, i):
        r = self.factor(i)
        if r is None:
            return None
        node, i = r
        while True:
            if self.is_op(i, '*/') and self.starts_operand(i + 1):
                op = self.text(i)
            elif self.kind(i) == 'word' and self.text(i) == 'x' and self.starts_operand(i + 1):
                op = '*'
            else:
                break
            r = self.factor(i + 1)
            if r is None:
                break
            node, i = ('bin', op, node, r[0]), r[1]
        return node, i

    def factor(self, i):
        k = self.kind(i)
        if self.is_op(i, '('):
            r = self.expr(i + 1)
            if r is None or not self.is_op(r[1], ')'):
                return None
            return r[0], r[1] + 1
        if k == 'clock':
            return ('clock', self.t[i][2]), i + 1
        if k == 'date':
            return ('date', self.t[i][2]), i + 1
        if k != 'num':
            return None
        # compound duration: N unit [and|,] N unit ...
        j, parts = i, []
        while self.kind(j) == 'num' and self.kind(j + 1) == 'word' and self.text(j + 1) in TUNITS:
            parts.append(self.t[j][2] * TUNITS[self.text(j + 1)])
            j += 2
            if self.kind(j) == 'word' and self.text(j) == 'and' and self.kind(j + 1) == 'num':
                j += 1
        if len(parts) >= 2:
            return ('dur', sum(parts)), j
        v = self.t[i][2]
        j = i + 1
        unit, rate = None, False
        if self.kind(j) == 'word' and self.text(j) not in STOPWORDS:
            unit = self.text(j)
            j += 1
            if (self.is_op(j, '/') or (self.kind(j) == 'word' and self.text(j) == 'per')) \
                    and self.kind(j + 1) == 'word':
                rate = True
                j += 2
        elif (self.is_op(j, '/') or (self.kind(j) == 'word' and self.text(j) == 'per')) \
                and self.kind(j + 1) == 'word' and self.text(j + 1) != 'x':
            rate = True
            j += 2
        return ('num', v, unit, rate), j


def has(node, kinds):
    if node[0] == 'bin':
        return has(node[2], kinds) or has(node[3], kinds)
    return node[0] in kinds


def ev_num(node):
    k = node[0]
    if k == 'num':
        return node[1]
    if k != 'bin':
        raise Bad('not numeric')
    a, b = ev_num(node[2]), ev_num(node[3])
    return arith(node[1], a, b)


def arith(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if b == 0:
        raise Bad('div0')
    return a / b


def ev_time(node):
    """(value in minutes or scalar, is_time)"""
    k = node[0]
    if k == 'num':
        v, unit, rate = node[1], node[2], node[3]
        if unit in TUNITS and not rate:
            return v * TUNITS[unit], True
        return v, False
    if k == 'clock':
        return F(node[1][0]), True
    if k == 'date':
        return F(node[1] * 1440), True
    if k == 'dur':
        return F(node[1]), True
    op = node[1]
    (a, ta), (b, tb) = ev_time(node[2]), ev_time(node[3])
    if op in '+-':
        if ta != tb:
            raise Bad('mixed')
        return arith(op, a, b), ta
    if op == '*':
        if ta and tb:
            raise Bad('t*t')
        return a * b, ta or tb
    if tb and not ta:
        raise Bad('s/t')
    return arith(op, a, b), ta and not tb


def same_time(a, b, mod):
    if mod:
        return (a - b) % 1440 == 0
    return a == b


def pair_ok(x, y):
    mod = (has(x, ('clock',)) or has(y, ('clock',))) and not (has(x, ('date',)) or has(y, ('date',)))
    try:
        if ev_num(x) == ev_num(y):
            return True
    except Bad:
        pass
    try:
        (a, ta), (b, tb) = ev_time(x), ev_time(y)
    except Bad:
        return False
    if ta == tb:
        return same_time(a, b, mod and ta)
    s, t = (a, b) if not ta else (b, a)
    return any(s == t / k for k in (1, 60, F(1, 60), 1440, 10080))


def reprs(node):
    """Canonical strings a written value may be reported as."""
    out = set()
    if node[0] == 'clock':
        m, twelve = node[1]
        out.add(clock_str(m, twelve))
        if not twelve:
            out.add(dec(m) + ' min')
        return out
    if node[0] == 'date':
        out.add(date_str(node[1]))
        return out
    try:
        out.add(dec(ev_num(node)))
    except Bad:
        pass
    try:
        v, t = ev_time(node)
        if t:
            out.add(dec(v) + ' min')
            out.add(dec(v * 60) + ' s')
        else:
            out.add(dec(v))
    except Bad:
        pass
    return out


def true_reprs(left, written):
    """Representations of the left side's true value, in the written side's kind."""
    out = set()
    if written[0] == 'clock':
        try:
            v, _ = ev_time(left)
            twelve = written[1][1]
            out.add(clock_str(int(v), twelve))
            if not twelve:
                out.add(dec(v) + ' min')
        except Bad:
            pass
        return out
    if written[0] == 'date':
        try:
            v, _ = ev_time(left)
            out.add(date_str(int(v / 1440)))
        except Bad:
            pass
        return out
    try:
        out.add(dec(ev_num(left)))
    except Bad:
        pass
    try:
        v, t = ev_time(left)
        if t:
            out.add(dec(v) + ' min')
            out.add(dec(v * 60) + ' s')
            if written[0] == 'num' and written[2] in TUNITS and not written[3]:
                out.add(dec(v / TUNITS[written[2]]))
        else:
            out.add(dec(v))
            out.add(dec(v) + ' min')
    except Bad:
        pass
    return out


# ---------------------------------------------------------------- prose claims
CLK = r'\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?'
DUR = (r'(?:\d+(?:\.\d+)?\s*(?:hours|hour|hrs|hr|h|minutes|minute|mins|min|seconds|second|secs|sec|s)\b'
       r'(?:\s*(?:and\s+)?\d+\s*(?:minutes|minute|mins|min|seconds|second|secs|sec|s)\b)*|\d{1,2}:\d{2})')
DATE = r'(?:%s) \d{1,2}' % '|'.join(MONTHS)
WDAY = '|'.join(WEEKDAYS)
PROSE = [
    ('from', re.compile(r'[Ff]rom (%s) (?:to|until) (%s)(?:,? there (?:are|is)| is| =)\s*(%s)' % (CLK, CLK, DUR))),
    ('after', re.compile(r'(%s) (after|before) (%s),?(?: which)? is (%s)' % (DUR, CLK, CLK))),
    ('adding', re.compile(r'([Aa]dding|[Ss]ubtracting) (%s) (?:to|from) (%s) gives (%s)' % (DUR, CLK, CLK))),
    ('wday', re.compile(r'(\d+) days? after (%s) is (?:a |an )?(%s)' % (WDAY, WDAY))),
    ('dadd', re.compile(r'(\d+) days? after (%s) is (%s)' % (DATE, DATE))),
    ('ddiff', re.compile(r'[Ff]rom (%s) to (%s) is (\d+) days?' % (DATE, DATE))),
]


def dur_minutes(s):
    s = s.strip()
    if re.fullmatch(r'\d{1,2}:\d{2}', s):
        h, m = s.split(':')
        return F(int(h) * 60 + int(m))
    tot = F(0)
    for n, u in re.findall(r'(\d+(?:\.\d+)?)\s*([a-z]+)', s):
        tot += F(n) * TUNITS[u]
    return tot


def prose_claims(s):
    """yield (ok, written_reprs, true_reprs)"""
    for kind, rx in PROSE:
        for m in rx.finditer(s):
            if kind == 'from':
                (a, tw), (b, _) = clock_minutes(m.group(1)), clock_minutes(m.group(2))
                d = dur_minutes(m.group(3))
                true = F((b - a) % 1440)
                yield d == true, {dec(d) + ' min', dec(d * 60) + ' s'}, {dec(true) + ' min', dec(true * 60) + ' s'}
            elif kind in ('after', 'adding'):
                if kind == 'after':
                    d, sign, (a, tw), (c, tw2) = dur_minutes(m.group(1)), (1 if m.group(2) == 'after' else -1), \
                        clock_minutes(m.group(3)), clock_minutes(m.group(4))
                else:
                    d, sign, (a, tw), (c, tw2) = dur_minutes(m.group(2)), (1 if m.group(1).lower() == 'adding' else -1), \
                        clock_minutes(m.group(3)), clock_minutes(m.group(4))
                true = (a + sign * d) % 1440
                yield true == c % 1440, {clock_str(c, tw2)}, {clock_str(int(true), tw2)}
            elif kind == 'wday':
                n, a, b = int(m.group(1)), WEEKDAYS.index(m.group(2)), WEEKDAYS.index(m.group(3))
                true = (a + n) % 7
                yield true == b, {WEEKDAYS[b]}, {WEEKDAYS[true]}
            elif kind == 'dadd':
                n = int(m.group(1))
                a = doy(MONTHS.index(m.group(2).split()[0]) + 1, int(m.group(2).split()[1]))
                b = doy(MONTHS.index(m.group(3).split()[0]) + 1, int(m.group(3).split()[1]))
                yield a + n == b, {date_str(b)}, {date_str(a + n)}
            elif kind == 'ddiff':
                a = doy(MONTHS.index(m.group(1).split()[0]) + 1, int(m.group(1).split()[1]))
                b = doy(MONTHS.index(m.group(2).split()[0]) + 1, int(m.group(2).split()[1]))
                n = int(m.group(3))
                yield b - a == n, {str(n)}, {str(b - a)}


# ---------------------------------------------------------------- line checking
GSM = re.compile(r'<<([^<>=]*)=([^<>]*)>>')


def check_line(line):
    """Return (number_of_claims, failures); each failure = (written_reprs, true_reprs)."""
    claims, fails = 0, []
    for m in GSM.finditer(line):
        claims += 1
        toks = tokenize(m.group(1))
        p = P(toks)
        r = p.expr(0)
        if r is None or r[1] != len(toks):
            fails.append(({m.group(2)}, set()))
            continue
        try:
            v = ev_num(r[0])
        except Bad:
            fails.append(({m.group(2)}, set()))
            continue
        w = F(m.group(2))
        if w != v:
            fails.append(({dec(w)}, {dec(v)}))
    s = normalize(GSM.sub('', line))
    for ok, wr, tr in prose_claims(s):
        claims += 1
        if not ok:
            fails.append((wr, tr))
    toks = tokenize(s)
    p = P(toks)
    eqs = [i for i, t in enumerate(toks) if t[0] == 'op' and t[1] == '=']
    used_until = 0
    k = 0
    while k < len(eqs):
        e = eqs[k]
        if e < used_until:
            k += 1
            continue
        parts = []
        for st in range(used_until, e):
            r = p.expr(st)
            if r is not None and r[1] == e:
                parts.append(r[0])
                break
        cur = e + 1
        end = cur
        rem = None
        while True:
            r = p.expr(cur)
            if r is None:
                break
            parts.append(r[0])
            end = r[1]
            # "A / B = Q remainder R"
            if p.kind(end) == 'word' and p.text(end) in ('remainder', 'R', 'r') and p.kind(end + 1) == 'num':
                rem = p.t[end + 1][2]
                end += 2
                break
            if p.is_op(end, '='):
                cur = end + 1
                continue
            break
        used_until = max(end, e + 1)
        while k < len(eqs) and eqs[k] < used_until:
            k += 1
        if len(parts) < 2:
            continue
        claims += 1
        if rem is not None:
            left, q = parts[-2], parts[-1]
            ok = False
            tr, wr = set(), set()
            try:
                if left[0] == 'bin' and left[1] == '/':
                    a, b = ev_num(left[2]), ev_num(left[3])
                    qw = ev_num(q)
                    tq = a // b
                    tr = {dec(tq)} | ({dec(a) + ' min'} if b == 60 else set())
                    wr = {dec(qw)} | ({dec(qw * 60 + rem) + ' min'} if b == 60 else set())
                    ok = (qw == tq and rem == a - tq * b)
            except Bad:
                ok = False
            if not ok:
                fails.append((wr, tr))
            parts = parts[:-1]
            if len(parts) < 2:
                continue
        for x, y in zip(parts, parts[1:]):
            if not pair_ok(x, y):
                fails.append((reprs(y), true_reprs(x, y)))
                break
    return claims, fails


def analyse(text):
    lines = text.split('\n')
    res = []
    for ln in lines:
        res.append(check_line(ln))
    return lines, res


def line_index(text, pos):
    return text.count('\n', 0, pos)


def final_number_in(line):
    s = normalize(line)
    nums = re.findall(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?', s)
    return [F(x.replace(',', '')) for x in nums]


# ---------------------------------------------------------------- row checks
def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errors = []

    def err(row, msg):
        errors.append('%s/%s: %s' % (row.get('pid'), row.get('variant'), msg))

    by = {}
    for r in rows:
        by.setdefault(r['pid'], {})[r['variant']] = r
    stats = Counter()
    kinds = Counter()
    styles = Counter()
    hash_rows = Counter()
    cuts = 0
    for pid, vs in by.items():
        if sorted(vs) != ['carry', 'correct', 'loop', 'slip']:
            errors.append('%s: variants %s' % (pid, sorted(vs)))
            continue
        c = vs['correct']
        for v in vs.values():
            for key in ('template', 'style', 'problem'):
                if v[key] != c[key]:
                    err(v, 'shared field %s differs' % key)
        styles[c['style']] += 1
        ctext = c['solution']
        clines, cres = analyse(ctext)
        claim_lines = [i for i, (n, f) in enumerate(cres) if n]
        # ---- correct
        bad = [(i, f) for i, (n, f) in enumerate(cres) if f]
        if bad:
            err(c, 'correct row has failing computation on line %d: %r' % (bad[0][0], clines[bad[0][0]]))
        if len(claim_lines) < 3:
            err(c, 'fewer than 3 computation lines')
        if not re.fullmatch(r'-?\d+(?:\.\d+)?', c['final'] or ''):
            err(c, 'final not a plain number')
        fin = F(c['final'])
        has_hash = clines[-1].startswith('#### ')
        if has_hash:
            hash_rows[c['style']] += 1
            if clines[-1] != '#### ' + c['final']:
                err(c, 'bad #### line')
            ans_line = [x for x in clines[:-1] if x.strip()][-1]
        else:
            ans_line = clines[-1]
        if fin not in final_number_in(ans_line):
            err(c, 'final answer line does not state %s: %r' % (c['final'], ans_line))
        stats['correct'] += 1

        def check_fault(v, expect_final_same):
            t = v['solution']
            s0, s1 = v['span']
            if not (s0 == 0 or t[s0 - 1] == '\n') or not (s1 == len(t) or t[s1] == '\n') or '\n' in t[s0:s1]:
                err(v, 'span is not a whole line')
                return None
            li = line_index(t, s0)
            lines, res = analyse(t)
            fl = [i for i, (n, f) in enumerate(res) if f]
            if fl != [li]:
                err(v, 'failing lines %s, expected only span line %d' % (fl, li))
                return None
            ok = any(v['wrong'] in wr and v['right'] in tr for wr, tr in res[li][1])
            if not ok:
                err(v, 'wrong/right %r/%r not found in %r' % (v['wrong'], v['right'], res[li][1]))
            if li >= len(clines) or ctext[:s0] != t[:s0]:
                err(v, 'text before span differs from correct row')
            if clines[li] == lines[li]:
                err(v, 'span line identical to correct')
            if v['step'] != sum(1 for i in claim_lines if i < li):
                err(v, 'step index %s != %s' % (v['step'], sum(1 for i in claim_lines if i < li)))
            if li not in claim_lines:
                err(v, 'span line is not a computation line of the correct row')
            kinds[(v['variant'], v['kind'])] += 1
            return li, lines

        # ---- slip
        v = vs['slip']
        r = check_fault(v, True)
        if r:
            li, lines = r
            if len(lines) != len(clines) or [i for i in range(len(lines)) if lines[i] != clines[i]] != [li]:
                err(v, 'slip differs from correct on more than the span line')
            if li == claim_lines[-1]:
                err(v, 'slip on the last step')
            if v['final'] != c['final']:
                err(v, 'slip final differs')
        stats['slip'] += 1
        # ---- carry
        v = vs['carry']
        r = check_fault(v, False)
        if r:
            li, lines = r
            if v['correct_final'] != c['final']:
                err(v, 'correct_final mismatch')
            if v['final'] == c['final']:
                err(v, 'carry final equals correct final')
            if has_hash:
                if lines[-1] != '#### ' + v['final']:
                    err(v, 'carry #### line does not follow the wrong value')
                al = [x for x in lines[:-1] if x.strip()][-1]
            else:
                al = lines[-1]
            if F(v['final']) not in final_number_in(al):
                err(v, 'carry answer line does not state final')
        stats['carry'] += 1
        # ---- loop
        v = vs['loop']
        t = v['solution']
        s0, s1 = v['span']
        P_ = v['period_lines']
        R = v['repeats']
        if v['final'] is not None:
            err(v, 'loop final must be null')
        if not 15 <= R <= 25 or P_ < 1:
            err(v, 'repeats/period out of range')
        pre = t[:s0]
        if not ctext.startswith(pre) or not pre.endswith('\n'):
            err(v, 'loop prefix is not a prefix of the correct solution')
        tl = t.split('\n')
        li = line_index(t, s0)
        block = tl[li:li + P_]
        btxt = '\n'.join(block) + '\n'
        if not pre.endswith(btxt):
            err(v, 'repeated block is not the last lines before the span')
        if t[s0:s1] != block[0]:
            err(v, 'loop span is not the first line of the block')
        body = pre + btxt * R
        if t == body.rstrip('\n'):
            pass
        elif t.startswith(body) and len(t) > len(body):
            cut = t[len(body):]
            if not block[0].startswith(cut) or cut == block[0] or re.search(r'\d', cut) or '\n' in cut:
                err(v, 'bad cut-off tail %r' % cut)
            cuts += 1
        else:
            err(v, 'loop body is not prefix + block x repeats')
        if '####' in t or ans_line in t:
            err(v, 'loop row contains an answer line')
        # the looped steps must not include the final step
        rest = ctext[len(pre):]
        if not any(check_line(x)[0] for x in rest.split('\n')):
            err(v, 'loop starts after the final step')
        lines, res = analyse(t)
        if any(f for n, f in res):
            err(v, 'loop row has a failing computation')
        stats['loop'] += 1

    # ---- global properties
    if len(by) < 550 or len(by) > 800:
        errors.append('problem count %d outside 550-800' % len(by))
    if len(styles) < 8:
        errors.append('fewer than 8 styles')
    if max(styles.values()) - min(styles.values()) > max(3, len(by) // 50):
        errors.append('styles not evenly spread: %s' % dict(styles))
    frac_hash = sum(hash_rows.values()) / len(by)
    if not 0.6 <= frac_hash <= 0.9:
        errors.append('#### fraction %.2f' % frac_hash)
    if not 0.35 <= cuts / len(by) <= 0.65:
        errors.append('cut-off fraction %.2f' % (cuts / len(by)))

    for e in errors[:40]:
        print('ERROR', e)
    print('problems %d rows %d styles %s' % (len(by), len(rows), dict(sorted(styles.items()))))
    print('#### rows %d/%d, loop cut-offs %d' % (sum(hash_rows.values()), len(by), cuts))
    print('fault kinds:', dict(sorted(kinds.items())))
    if errors:
        print('FAIL (%d errors)' % len(errors))
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
