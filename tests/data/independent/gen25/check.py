#!/usr/bin/env python3
"""Independent checker for the science/measurement evaluation set.

Re-reads every row from its text alone (it does not import the generator):
  * finds every written computation "<expr> = <value>" on every line (plain text,
    Unicode operators, ASCII operators, 'x' for times, LaTeX \\frac/\\times/\\div,
    \\text{} units, unit-cancelling fractions) and verifies it with exact rational
    arithmetic;
  * correct rows: every computation exact, final answer line and '#### N' agree
    with `final`;
  * slip rows: identical to the correct row except on the span line, which holds a
    false computation whose written result is `wrong` while its left side equals
    `right`; final unchanged;
  * carry rows: identical to the correct row before the span line; the span line is
    the single false computation; every later computation is exact (recomputed
    from the wrong value); final/#### follow the wrong value;
  * loop rows: correct prefix, then `repeats` verbatim copies of a period of
    `period_lines` lines, optionally a digit-free cut-off prefix, no answer.
Prints PASS and exits 0 when every row verifies.

    python3 check.py [set.jsonl]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction

# ----------------------------------------------------------------- LaTeX -> plain


def _match_brace(s, i):
    """s[i] == '{' ; return index of matching '}'"""
    depth = 0
    for j in range(i, len(s)):
        if s[j] == '{':
            depth += 1
        elif s[j] == '}':
            depth -= 1
            if depth == 0:
                return j
    return -1


def _replace_cmd_args(s, cmd, nargs, fn):
    while True:
        i = s.find(cmd + '{')
        if i < 0:
            return s
        args = []
        j = i + len(cmd)
        ok = True
        for _ in range(nargs):
            while j < len(s) and s[j] == ' ':
                j += 1
            if j >= len(s) or s[j] != '{':
                ok = False
                break
            k = _match_brace(s, j)
            if k < 0:
                ok = False
                break
            args.append(s[j + 1:k])
            j = k + 1
        if not ok:
            s = s[:i] + s[i + len(cmd):]
            continue
        s = s[:i] + fn(*args) + s[j:]


def delatex(s):
    s = s.replace('\\left(', '(').replace('\\right)', ')')
    # '$4/\text{m}^2' : a per-unit written right after a slash
    s = re.sub(r'/\\(?:text|mathrm)\{([^{}]*)\}(?:\^(?:\{(\d)\}|(\d)))?',
               lambda m: '/' + m.group(1).strip() + ('^' + (m.group(2) or m.group(3)) if (m.group(2) or m.group(3)) else '') + ' ', s)
    s = s.replace('\\$', '$').replace('\\%', '%')
    s = re.sub(r'\^\\circ', '°', s)
    s = _replace_cmd_args(s, '\\boxed', 1, lambda a: ' ' + a + ' ')
    s = re.sub(r'\\(?:text|mathrm)\{([^{}]*)\}\^(?:\{(\d)\}|(\d))',
               lambda m: ' ' + m.group(1).strip() + '^' + (m.group(2) or m.group(3)) + ' ', s)
    s = _replace_cmd_args(s, '\\text', 1, lambda a: ' ' + a + ' ')
    s = _replace_cmd_args(s, '\\mathrm', 1, lambda a: ' ' + a + ' ')
    s = _replace_cmd_args(s, '\\frac', 2, lambda a, b: ' (' + a + ')/(' + b + ') ')
    s = s.replace('\\times', ' × ').replace('\\div', ' ÷ ').replace('\\cdot', ' × ')
    s = re.sub(r'\\[,;:! ]', ' ', s)
    s = re.sub(r'\\(?:quad|qquad)\b', ' ', s)
    s = re.sub(r'\\[()\[\]]', ' ', s)
    s = re.sub(r'\\[A-Za-z]+', ' ', s)
    s = s.replace('{', ' ').replace('}', ' ')
    # '$' directly before a digit is money, any other '$' is a math delimiter
    s = re.sub(r'\$(?=\d)', '', s)
    s = re.sub(r'\$(?=/)', '', s)
    s = s.replace('$', ' ')
    return s


# ----------------------------------------------------------------- tokenizer
NUM_RE = re.compile(r'\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?')
WORD_RE = re.compile(r"[A-Za-z°%µ][A-Za-z°%µ²³'’]*(?:-[A-Za-z]+)*(?:\^\d)?(?:/(?:100 ?km|[A-Za-z°%µ][A-Za-z°%µ²³]*(?:\^\d)?))*")
SLASHWORD_RE = re.compile(r"/[A-Za-z°%µ][A-Za-z°%µ²³]*(?:\^\d)?")


def tokenize(s):
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        if s.startswith('**', i):
            i += 2
            continue
        m = NUM_RE.match(s, i)
        if m and c.isdigit():
            toks.append(['NUM', Fraction(m.group(0).replace(',', ''))])
            i = m.end()
            continue
        if c == '/':
            m = SLASHWORD_RE.match(s, i)
            if m:
                toks.append(['WORD', m.group(0)])
                i = m.end()
                continue
            toks.append(['OP', '/'])
            i += 1
            continue
        if c in '-−' and i + 1 < n and s[i + 1].isdigit() and (i == 0 or not (s[i - 1].isalnum() or s[i - 1] in ')%°²³.')):
            m = NUM_RE.match(s, i + 1)
            toks.append(['NUM', -Fraction(m.group(0).replace(',', ''))])
            i = m.end()
            continue
        if c in '×÷*+-−':
            toks.append(['OP', {'×': '*', '÷': '/', '−': '-'}.get(c, c)])
            i += 1
            continue
        if c == '(':
            toks.append(['LP', c])
            i += 1
            continue
        if c == ')':
            toks.append(['RP', c])
            i += 1
            continue
        if c == '=':
            toks.append(['EQ', c])
            i += 1
            continue
        m = WORD_RE.match(s, i)
        if m:
            toks.append(['WORD', m.group(0)])
            i = m.end()
            continue
        toks.append(['SEP', c])
        i += 1
    # unary minus: '-' before a number is a sign unless a number (or ')'),
    # possibly followed by unit words, precedes it
    out = []
    for t in toks:
        if out and out[-1] == ['OP', '-'] and t[0] == 'NUM':
            j = len(out) - 2
            while j >= 0 and out[j][0] == 'WORD':
                j -= 1
            if j < 0 or out[j][0] not in ('NUM', 'RP'):
                out[-1] = ['NUM', -t[1]]
                continue
        out.append(t)
    return out


def is_x(tok):
    return tok[0] == 'WORD' and tok[1] in ('x', 'X')


def chunks(toks):
    """split into arithmetic chunks; unit words after numbers are dropped"""
    res = []
    cur = []
    prev = None  # 'NUM','OP','LP','RP','EQ'
    i = 0
    n = len(toks)

    def flush():
        nonlocal cur, prev
        if cur:
            res.append(cur)
        cur = []
        prev = None

    while i < n:
        t = toks[i]
        k = t[0]
        if k == 'WORD':
            if is_x(t) and prev in ('NUM', 'RP') and i + 1 < n and toks[i + 1][0] in ('NUM', 'LP'):
                cur.append(['OP', '*'])
                prev = 'OP'
                i += 1
                continue
            if prev in ('NUM', 'RP'):
                j = i
                while j < n and toks[j][0] == 'WORD' and not (is_x(toks[j]) and j + 1 < n and toks[j + 1][0] in ('NUM', 'LP')):
                    j += 1
                nxt = toks[j][0] if j < n else 'END'
                if j < n and is_x(toks[j]):
                    nxt = 'OP'
                if nxt in ('OP', 'EQ', 'RP', 'SEP', 'END') and j - i <= 4:
                    i = j
                    continue
            flush()
            while i < n and toks[i][0] == 'WORD':
                i += 1
            continue
        if k == 'SEP':
            flush()
            i += 1
            continue
        if k == 'NUM':
            if prev in ('NUM', 'RP'):
                flush()
            cur.append(t)
            prev = 'NUM'
        elif k == 'LP':
            if prev in ('NUM', 'RP'):
                flush()
            cur.append(t)
            prev = 'LP'
        else:
            cur.append(t)
            prev = k
        i += 1
    flush()
    return res


class Bad(Exception):
    pass


def evaluate(side):
    """side: list of tokens; returns (value, has_operator)"""
    # drop unmatched outer parens
    side = list(side)
    while side and side[0][0] == 'LP' and sum(1 for t in side if t[0] == 'LP') > sum(1 for t in side if t[0] == 'RP'):
        side = side[1:]
    while side and side[-1][0] == 'RP' and sum(1 for t in side if t[0] == 'RP') > sum(1 for t in side if t[0] == 'LP'):
        side = side[:-1]
    if not side:
        raise Bad
    pos = [0]

    def peek():
        return side[pos[0]] if pos[0] < len(side) else None

    def expr():
        v = term()
        while peek() and peek()[0] == 'OP' and peek()[1] in '+-':
            op = side[pos[0]][1]
            pos[0] += 1
            w = term()
            v = v + w if op == '+' else v - w
        return v

    def term():
        v = fac()
        while peek() and peek()[0] == 'OP' and peek()[1] in '*/':
            op = side[pos[0]][1]
            pos[0] += 1
            w = fac()
            if op == '*':
                v = v * w
            else:
                if w == 0:
                    raise Bad
                v = v / w
        return v

    def fac():
        t = peek()
        if t is None:
            raise Bad
        pos[0] += 1
        if t[0] == 'NUM':
            return t[1]
        if t[0] == 'LP':
            v = expr()
            if not peek() or peek()[0] != 'RP':
                raise Bad
            pos[0] += 1
            return v
        if t[0] == 'OP' and t[1] == '-':
            return -fac()
        raise Bad

    v = expr()
    if pos[0] != len(side):
        raise Bad
    has_op = any(t[0] == 'OP' for t in side)
    return v, has_op


def computations(line):
    """list of (lhs_value, rhs_value, ok) for every checkable '<expr> = <value>' on the line"""
    out = []
    for ch in chunks(tokenize(delatex(line))):
        sides = []
        cur = []
        for t in ch:
            if t[0] == 'EQ':
                sides.append(cur)
                cur = []
            else:
                cur.append(t)
        sides.append(cur)
        if len(sides) < 2:
            continue
        vals = []
        for sd in sides:
            try:
                vals.append(evaluate(sd))
            except (Bad, RecursionError):
                vals.append(None)
        for a, b in zip(vals, vals[1:]):
            if a is None or b is None:
                continue
            if a[1]:
                out.append((a[0], b[0], a[0] == b[0]))
    return out


def numbers(line):
    vals = []
    for t in tokenize(delatex(line)):
        if t[0] == 'NUM':
            vals.append(t[1])
    return vals


# ----------------------------------------------------------------- error kinds
def dstr(v):
    v = Fraction(v)
    s = str(abs(v.numerator) // v.denominator) if v.denominator == 1 else None
    if s is None:
        k = 0
        while (v * 10 ** k).denominator != 1:
            k += 1
        n = abs((v * 10 ** k).numerator)
        s = str(n).rjust(k + 1, '0')
        s = (s[:-k] + '.' + s[-k:]).rstrip('0').rstrip('.')
    return s


def kind_ok(kind, w, r, lhs_ops):
    w, r = Fraction(w), Fraction(r)
    if kind == 'off_by_one':
        s = dstr(r)
        k = len(s.split('.')[1]) if '.' in s else 0
        return abs(w - r) == Fraction(1, 10 ** k)
    if kind == 'digit_swap':
        a, b = dstr(w), dstr(r)
        if len(a) != len(b) or (w < 0) != (r < 0):
            return False
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]]
    if kind == 'dropped_digit':
        a, b = dstr(w), dstr(r)
        return any(b[:i] + b[i + 1:] == a for i in range(len(b)) if b[i].isdigit())
    if kind == 'carry_error':
        return abs(w - r) in (10, 100)
    if kind == 'decimal_shift':
        return w == r * 10 or w == r / 10
    if kind == 'sign_error':
        return w == -r
    if kind == 'wrong_op':
        return w in lhs_ops
    return False


def binary_alternatives(line, wrong):
    """values a+b, a-b, a*b, a/b for every ordered pair of numbers on the line"""
    ns = numbers(line)
    alts = set()
    for i, a in enumerate(ns):
        for j, b in enumerate(ns):
            if i == j:
                continue
            alts.update([a + b, a - b, a * b])
            if b:
                alts.add(a / b)
    return alts


# ----------------------------------------------------------------- row checks
def line_index(sol, span):
    s, e = span
    if not (0 <= s <= e <= len(sol)):
        return None
    if s > 0 and sol[s - 1] != '\n':
        return None
    if e < len(sol) and sol[e] != '\n':
        return None
    if '\n' in sol[s:e]:
        return None
    return sol[:s].count('\n')


def answer_lines(sol):
    lines = [l for l in sol.split('\n') if l.strip()]
    hashes = None
    if lines and lines[-1].startswith('####'):
        hashes = lines[-1]
        lines = lines[:-1]
    return (lines[-1] if lines else ''), hashes


def check_final(sol, final, errs, tag):
    ans, hashes = answer_lines(sol)
    fv = Fraction(final)
    if hashes is not None:
        if hashes.strip() != '#### ' + final:
            errs.append('%s: bad #### line %r (final %s)' % (tag, hashes, final))
    if fv not in numbers(ans):
        errs.append('%s: answer line %r lacks final %s' % (tag, ans, final))
    return hashes is not None


def run(path):
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    groups = defaultdict(dict)
    errs = []
    for r in rows:
        if r['variant'] in groups[r['pid']]:
            errs.append('%s duplicate variant %s' % (r['pid'], r['variant']))
        groups[r['pid']][r['variant']] = r
    stats = Counter()
    per_style = Counter()
    kinds = Counter()
    comp_counts = Counter()
    hash_count = 0
    cut_count = 0
    for pid, g in groups.items():
        if set(g) != {'correct', 'slip', 'carry', 'loop'}:
            errs.append('%s: variants %s' % (pid, sorted(g)))
            continue
        c = g['correct']
        for v in g.values():
            for key in ('template', 'style', 'problem'):
                if v[key] != c[key]:
                    errs.append('%s: %s differs across variants' % (pid, key))
        per_style[c['style']] += 1
        csol = c['solution']
        clines = csol.split('\n')
        # ---- correct
        ncomp = 0
        for li, l in enumerate(clines):
            for a, b, ok in computations(l):
                ncomp += 1
                if not ok:
                    errs.append('%s correct: false computation on line %d: %r' % (pid, li, l))
        comp_counts[min(ncomp, 6)] += 1
        if ncomp < 2:
            errs.append('%s correct: only %d computations found' % (pid, ncomp))
        if not re.fullmatch(r'-?\d+(\.\d+)?', c['final'] or ''):
            errs.append('%s: final not plain %r' % (pid, c['final']))
        if check_final(csol, c['final'], errs, pid + ' correct'):
            hash_count += 1
        comp_lines = [li for li, l in enumerate(clines) if computations(l)]

        # ---- slip
        s = g['slip']
        sl = s['solution'].split('\n')
        L = line_index(s['solution'], s['span'])
        if L is None:
            errs.append('%s slip: span not a line' % pid)
        else:
            diff = [i for i in range(max(len(sl), len(clines))) if i >= len(sl) or i >= len(clines) or sl[i] != clines[i]]
            if diff != [L]:
                errs.append('%s slip: differing lines %s, span line %s' % (pid, diff, L))
            comps = computations(sl[L])
            bad = [(a, b) for a, b, ok in comps if not ok]
            w, rt = Fraction(s['wrong']), Fraction(s['right'])
            if not any(b == w and a == rt for a, b in bad) or len(bad) != 1:
                errs.append('%s slip: span line lacks the single false %s != %s: %r' % (pid, s['wrong'], s['right'], sl[L]))
            if not any(b == rt and ok for a, b, ok in computations(clines[L])):
                errs.append('%s slip: correct line lacks right value' % pid)
            for i, l in enumerate(sl):
                if i != L and not all(ok for a, b, ok in computations(l)):
                    errs.append('%s slip: other false computation on line %d' % (pid, i))
            if not any(x > L for x in comp_lines):
                errs.append('%s slip: slip is on the last computing line' % pid)
            if not kind_ok(s['kind'], w, rt, binary_alternatives(sl[L], w)):
                errs.append('%s slip: kind %s inconsistent with %s/%s' % (pid, s['kind'], s['wrong'], s['right']))
            kinds['slip:' + s['kind']] += 1
        if s['final'] != c['final']:
            errs.append('%s slip: final changed' % pid)
        check_final(s['solution'], s['final'], errs, pid + ' slip')
        if not isinstance(s['step'], int) or s['step'] < 1:
            errs.append('%s slip: bad step' % pid)

        # ---- carry
        k = g['carry']
        kl = k['solution'].split('\n')
        L = line_index(k['solution'], k['span'])
        if L is None:
            errs.append('%s carry: span not a line' % pid)
        else:
            if kl[:L] != clines[:L] or kl[L] == clines[L]:
                errs.append('%s carry: prefix/span line mismatch' % pid)
            comps = computations(kl[L])
            bad = [(a, b) for a, b, ok in comps if not ok]
            w, rt = Fraction(k['wrong']), Fraction(k['right'])
            if len(bad) != 1 or bad[0] != (rt, w):
                errs.append('%s carry: span line false computation %s, want %s->%s: %r' % (pid, bad, k['right'], k['wrong'], kl[L]))
            for i in range(len(kl)):
                if i != L and not all(ok for a, b, ok in computations(kl[i])):
                    errs.append('%s carry: false computation on line %d: %r' % (pid, i, kl[i]))
            if not kind_ok(k['kind'], w, rt, binary_alternatives(kl[L], w)):
                errs.append('%s carry: kind %s inconsistent with %s/%s' % (pid, k['kind'], k['wrong'], k['right']))
            kinds['carry:' + k['kind']] += 1
        if k.get('correct_final') != c['final']:
            errs.append('%s carry: correct_final mismatch' % pid)
        if k['final'] == c['final']:
            errs.append('%s carry: final unchanged' % pid)
        check_final(k['solution'], k['final'], errs, pid + ' carry')

        # ---- loop
        lp = g['loop']
        sol = lp['solution']
        if lp['final'] is not None:
            errs.append('%s loop: final not null' % pid)
        L = line_index(sol, lp['span'])
        p, R = lp['period_lines'], lp['repeats']
        if L is None:
            errs.append('%s loop: span not a line' % pid)
            continue
        if not 15 <= R <= 25:
            errs.append('%s loop: repeats %s' % (pid, R))
        ll = sol.split('\n')
        period = ll[L - p:L]
        blank = bool(period) and period[-1] == ''
        B = period[:-1] if blank else period
        sep = '\n\n' if blank else '\n'
        btxt = '\n'.join(B)
        start = lp['span'][0] - len(sep)
        head, tail = sol[:start], sol[start:]
        if not B or not head.endswith(btxt):
            errs.append('%s loop: block does not follow its original' % pid)
        body = (sep + btxt) * R
        if not tail.startswith(body):
            errs.append('%s loop: %d verbatim copies not found' % (pid, R))
        rest = tail[len(body):]
        if rest:
            if not rest.startswith(sep):
                errs.append('%s loop: bad trailing text' % pid)
            cut = rest[len(sep):]
            if not cut or not B[0].startswith(cut) or cut == B[0] or any(ch.isdigit() for ch in cut) or '\n' in cut:
                errs.append('%s loop: bad cut-off %r' % (pid, cut))
            cut_count += 1
            if (sep + btxt).startswith(rest):
                pass
        if not (csol.startswith(head) and csol[len(head):len(head) + 1] == '\n'):
            errs.append('%s loop: prefix is not the correct solution up to a line end' % pid)
        if '####' in sol or '\\boxed' in sol or 'nswer' in sol:
            errs.append('%s loop: contains an answer' % pid)
        if not any(computations(l) for l in csol[len(head):].split('\n')):
            errs.append('%s loop: cut after the final step' % pid)
        if len(B) + (1 if blank else 0) != p:
            errs.append('%s loop: period_lines' % pid)

    n = len(groups)
    print('rows %d  problems %d  templates %d' % (len(rows), n, len({r['template'] for r in rows})))
    print('styles:', dict(sorted(per_style.items())))
    print('computations per correct row (6 = 6+):', dict(sorted(comp_counts.items())))
    print('correct rows with #### line: %d / %d (%.0f%%)' % (hash_count, n, 100.0 * hash_count / max(n, 1)))
    print('loops ending with a cut-off prefix: %d / %d' % (cut_count, n))
    print('kinds:', dict(sorted(kinds.items())))
    if errs:
        for e in errs[:60]:
            print('ERROR', e)
        print('FAIL (%d errors)' % len(errs))
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'))
