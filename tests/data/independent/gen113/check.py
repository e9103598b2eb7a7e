#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl

Parses every written computation in every solution (after normalising
markdown, LaTeX, table rows, GSM8K <<calc>> annotations and worded operators),
re-evaluates it with exact fractions, and checks each row against its label.
It does not import or reuse anything from gen.py.  Prints PASS and exits 0
only if every row is as labelled.
"""
import json
import math
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction as F

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']
KEYS_FAULT = KEYS_BASE + ['span', 'wrong', 'right', 'step', 'kind']
KEYS_LOOP = KEYS_BASE + ['span', 'repeats']
KINDS = {'off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op',
         'decimal_shift'}

# ------------------------------------------------------------ normalising
WORDED = [
    (r',?\s*which is (?:about|roughly|approximately)\b', ' ≈ '),
    (r'\b(?:is|comes to|works out to|gives us) (?:about|roughly|approximately)\b', ' ≈ '),
    (r',\s*which is\b', ' = '),
    (r'\bwhich is\b', ' = '),
    (r'\b(?:equals|gives us|comes to|works out to)\b', ' = '),
    (r'\bmultiplied by\b', ' × '),
    (r'\btimes\b', ' × '),
    (r'\bdivided by\b', ' ÷ '),
    (r'\bminus\b', ' − '),
    (r'\bplus\b', ' + '),
    (r'%\s+of\s+(?=\$?\d)', '% × '),
    (r'=\s*about\b', ' ≈ '),
]
LATEX = [
    ('\\[', ' '), ('\\]', ' '), ('\\(', ' '), ('\\)', ' '), ('$$', ' '),
    ('{,}', ','), ('\\$', '$'), ('\\%', '%'), ('\\left(', '('), ('\\right)', ')'),
    ('\\times', ' × '), ('\\cdot', ' · '), ('\\div', ' ÷ '), ('\\approx', ' ≈ '),
    ('\\Rightarrow', ' → '), ('\\rightarrow', ' → '), ('\\to ', ' → '), ('\\checkmark', ' ✓ '),
    ('\\;', ' '), ('\\,', ' '), ('\\!', ''), ('\\quad', ' '),
]


def strip_latex(t):
    for a, b in LATEX[:4]:
        t = t.replace(a, b)
    t = re.sub(r'\\text\{([^{}]*)\}', r' \1 ', t)
    t = re.sub(r'\\boxed\{([^{}]*)\}', r' \1 ', t)
    for a, b in LATEX[4:]:
        t = t.replace(a, b)
    prev = None
    while prev != t:
        prev = t
        t = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) ÷ (\2)', t)
    t = re.sub(r'\\[A-Za-z]+', ' ', t)
    t = t.replace('{', ' ').replace('}', ' ')
    return t


def normalise(line):
    t = line.replace('**', '').replace('`', '')
    t = re.sub(r'^\s*(?:[-*•]|\d+[.)])\s+', '', t)
    t = strip_latex(t)
    for pat, rep in WORDED:
        t = re.sub(pat, rep, t, flags=re.I)
    t = re.sub(r'(?<=[\w%)]) x (?=[\$\d(])', ' × ', t)
    return t


TOK = re.compile(r"""
 (?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)
|(?P<unit>/\s?[A-Za-z]+)
|(?P<op>[+×*·÷/−-])
|(?P<lp>\()
|(?P<rp>\))
|(?P<rel>[=≈])
|(?P<arrow>→)
|(?P<word>[A-Za-z][A-Za-z'’]*)
|(?P<ws>\s+)
|(?P<other>.)
""", re.X)

OPMAP = {'+': '+', '×': '*', '*': '*', '·': '*', '÷': '/', '/': '/', '−': '-', '-': '-'}


class Num:
    def __init__(self, text):
        self.text = text
        s = text.replace('$', '').replace(',', '')
        self.pct = s.endswith('%')
        s = s.rstrip('%')
        self.plain = s
        self.written = F(s)
        self.dec = len(s.split('.')[1]) if '.' in s else 0
        self.value = self.written / 100 if self.pct else self.written


def tokenize(t):
    out = []
    for m in TOK.finditer(t):
        kind = m.lastgroup
        if kind == 'ws':
            continue
        out.append((kind, m.group()))
    return out


def pieces(tokens):
    """Drop unit words, then split into pieces at separators."""
    res = []
    cur = []
    prev = None
    arrows = []
    for kind, val in tokens:
        if kind in ('word', 'unit'):
            if prev in ('num', 'rp', 'unitw'):
                prev = 'unitw'
                continue
            if kind == 'unit':   # '/lb' after something else: separator
                pass
            res.append(cur)
            cur = []
            prev = 'sep'
            continue
        if kind == 'other':
            res.append(cur)
            cur = []
            prev = 'sep'
            continue
        if kind == 'arrow':
            arrows.append(len(res))
            res.append(cur)
            cur = [('arrowmark', val)]
            res.append(cur)
            cur = []
            prev = 'sep'
            continue
        if kind == 'num' and prev in ('num', 'unitw', 'rp'):
            res.append(cur)
            cur = []
        if kind == 'lp' and prev in ('num', 'unitw'):
            res.append(cur)
            cur = []
        cur.append((kind, val))
        prev = 'num' if kind == 'num' else kind
    res.append(cur)
    return res


class Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def expr(self):
        v = self.term()
        while self.peek()[0] == 'op' and OPMAP[self.peek()[1]] in '+-':
            o = OPMAP[self.t[self.i][1]]
            self.i += 1
            w = self.term()
            v = ('+' if o == '+' else '-', v, w)
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == 'op' and OPMAP[self.peek()[1]] in '*/':
            o = OPMAP[self.t[self.i][1]]
            self.i += 1
            w = self.factor()
            v = (o, v, w)
        return v

    def factor(self):
        k, val = self.peek()
        if k == 'num':
            self.i += 1
            return Num(val)
        if k == 'lp':
            self.i += 1
            v = self.expr()
            if self.peek()[0] != 'rp':
                raise ValueError('paren')
            self.i += 1
            return v
        raise ValueError('factor')


def parse_expr(toks):
    if not toks:
        return None
    p = Parser(toks)
    try:
        v = p.expr()
    except (ValueError, KeyError):
        return None
    if p.i != len(toks):
        return None
    return v


def evaluate(n):
    if isinstance(n, Num):
        return n.value
    a, b = evaluate(n[1]), evaluate(n[2])
    if n[0] == '+':
        return a + b
    if n[0] == '-':
        return a - b
    if n[0] == '*':
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def has_op(n):
    return not isinstance(n, Num)


def op_variants(n):
    """All trees obtained by changing exactly one operator."""
    if isinstance(n, Num):
        return []
    out = []
    for alt in '+-*/':
        if alt != n[0]:
            out.append((alt, n[1], n[2]))
    for v in op_variants(n[1]):
        out.append((n[0], v, n[2]))
    for v in op_variants(n[2]):
        out.append((n[0], n[1], v))
    return out


def close(a, b_num, rel):
    """Does value a match the written single number b under relation rel?"""
    tol = F(1, 2) / 10 ** b_num.dec if rel == '≈' else F(0)
    if abs(a - b_num.value) <= (tol / 100 if b_num.pct else tol):
        return True
    if b_num.pct and abs(a - b_num.written) <= tol:
        return True
    return False


class Comp:
    def __init__(self, line, segs, rels, check):
        self.line = line
        self.segs = segs
        self.rels = rels
        self.check = check
        self.result = segs[-1]
        self.ok = self._ok()

    def _ok(self):
        try:
            vals = [evaluate(s) for s in self.segs]
        except ZeroDivisionError:
            return False
        for i, rel in enumerate(self.rels):
            a = vals[i]
            b = self.segs[i + 1]
            if isinstance(b, Num):
                if not close(a, b, rel):
                    return False
            else:
                if a != vals[i + 1]:
                    return False
        return True


CHECK_RE = re.compile(r'^[\s>*#|-]*(?:check|verify|verification|sanity check|quick check|'
                      r'double-check)\b', re.I)


def comps_in_text(t, lineno, check, arrows_out):
    toks = tokenize(t)
    ps = pieces(toks)
    found = []
    for pi, piece in enumerate(ps):
        if piece and piece[0][0] == 'arrowmark':
            # ceiling arrow: previous piece's last number -> next piece's first number
            before = next((x for x in reversed(ps[pi - 1]) if x[0] == 'num'), None) if pi else None
            after = None
            for q in ps[pi + 1:]:
                nn = [x for x in q if x[0] == 'num']
                if nn:
                    after = nn[0]
                    break
            arrows_out.append((lineno, before, after))
            continue
        segs = [[]]
        rels = []
        for kind, val in piece:
            if kind == 'rel':
                rels.append(val)
                segs.append([])
            else:
                segs[-1].append((kind, val))
        parsed = [parse_expr(s) for s in segs]
        run = []
        runrels = []
        for i, p in enumerate(parsed):
            if p is None:
                if len(run) >= 2:
                    found.append((run, runrels))
                run, runrels = [], []
                continue
            if run:
                runrels.append(rels[i - 1])
            run.append(p)
        if len(run) >= 2:
            found.append((run, runrels))
    out = []
    for run, rr in found:
        if not isinstance(run[-1], Num):
            continue
        if not any(has_op(s) for s in run[:-1]):
            continue
        out.append(Comp(lineno, run, rr, check))
    return out


ANN = re.compile(r'<<([^<>=]+)=([^<>]+)>>')


def parse_solution(sol):
    lines = sol.split('\n')
    comps = []
    arrows = []
    problems = []
    for ln, raw in enumerate(lines):
        if raw.startswith('####'):
            continue
        check = bool(CHECK_RE.match(raw.replace('**', '')))
        if '<<' in raw:
            for m in ANN.finditer(raw):
                lhs = parse_expr(tokenize(m.group(1)))
                rhs = parse_expr(tokenize(m.group(2)))
                after = raw[m.end():]
                before = raw[:m.start()].rstrip('$').rstrip()
                if before.endswith('='):
                    outer = before[:-1].rstrip()
                    if not outer.endswith(m.group(1)):
                        problems.append(f'annotation differs from written expression line {ln}')
                if lhs is None or not isinstance(rhs, Num) or not after.startswith(m.group(2)):
                    problems.append(f'bad annotation line {ln}')
                    continue
                comps.append(Comp(ln, [lhs, rhs], ['≈'], check))
            rest = ANN.sub(' ', raw)
            t = normalise(rest)
            tail = t[t.rfind('rounds up to'):] if 'rounds up to' in t else ''
            if tail:
                pass
            continue
        t = raw
        if t.strip().startswith('|'):
            cells = [c.strip() for c in t.strip().strip('|').split('|')]
            if len(cells) >= 3 and re.search(r'\d', cells[1] + cells[2]):
                res = cells[2]
                t = cells[1] + (' ' if res.startswith('≈') else ' = ') + res
            else:
                continue
        t = normalise(t)
        comps.extend(comps_in_text(t, ln, check, arrows))
    return lines, comps, arrows, problems


# ------------------------------------------------------------ kinds
def digs(s):
    return s.replace('.', '')


def dec_of(s):
    return len(s.split('.')[1]) if '.' in s else 0


def kind_holds(kind, w, r, comp):
    W, R = F(w), F(r)
    if kind == 'off_by_one':
        return abs(W - R) == 1
    if kind == 'off_by_ten':
        return abs(W - R) == 10
    if kind == 'decimal_shift':
        return W == R * 10 or W * 10 == R
    if dec_of(w) != dec_of(r):
        return False
    dw, dr = digs(w), digs(r)
    if kind == 'swap_digits':
        if len(dw) != len(dr):
            return False
        diff = [i for i in range(len(dw)) if dw[i] != dr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] \
            and dw[diff[1]] == dr[diff[0]]
    if kind == 'drop_digit':
        tgt = dw.lstrip('0')
        return any((dr[:i] + dr[i + 1:]).lstrip('0') == tgt for i in range(len(dr)))
    if kind == 'double_digit':
        return any(dr[:i] + dr[i] + dr[i:] == dw for i in range(len(dr)))
    if kind == 'wrong_op':
        wn = Num(w + ('%' if comp.result.pct else ''))
        for seg in comp.segs[:-1]:
            for v in op_variants(seg):
                try:
                    a = evaluate(v)
                except ZeroDivisionError:
                    continue
                if close(a, wn, '≈'):
                    return True
        return False
    return False


# ------------------------------------------------------------ row checks
NUMRE = re.compile(r'^\d+(?:\.\d+)?$')


def line_span(lines, ln):
    start = sum(len(x) + 1 for x in lines[:ln])
    return [start, start + len(lines[ln])]


def results_set(comps, arrows):
    vals = set()
    for c in comps:
        vals.add(c.result.written)
    for _, b, a in arrows:
        if a is not None:
            vals.add(Num(a[1]).written)
    return vals


def check_arrows(arrows):
    errs = []
    for ln, b, a in arrows:
        if b is None or a is None:
            errs.append(f'arrow without numbers line {ln}')
            continue
        bv, av = Num(b[1]).written, Num(a[1]).written
        if bv.denominator == 1 or av != math.ceil(bv):
            errs.append(f'bad round-up {b[1]} -> {a[1]} line {ln}')
    return errs


def verify(group):
    errs = []
    byv = {r['variant']: r for r in group}
    if sorted(byv) != ['carry', 'correct', 'loop', 'slip'] or len(group) != 4:
        return ['variants incomplete']
    base = byv['correct']
    for r in group:
        for k in ('template', 'style', 'problem', 'final'):
            if r[k] != base[k]:
                errs.append(f'{r["variant"]}: {k} differs across variants')
        want = KEYS_LOOP if r['variant'] == 'loop' else (KEYS_BASE if r['variant'] == 'correct'
                                                          else KEYS_FAULT)
        if list(r.keys()) != want:
            errs.append(f'{r["variant"]}: keys {list(r.keys())}')
    if errs:
        return errs
    gold = base['final']
    if not NUMRE.match(gold):
        errs.append('final not a plain number')
    # ---- correct
    cl, cc, ca, cp = parse_solution(base['solution'])
    errs += ['correct: ' + p for p in cp] + ['correct: ' + e for e in check_arrows(ca)]
    main = [c for c in cc if not c.check]
    if not 2 <= len(main) <= 8:
        errs.append(f'correct: {len(main)} computations')
    if any(not c.ok for c in cc):
        bad = [cl[c.line] for c in cc if not c.ok]
        errs.append(f'correct: wrong computation {bad[:2]}')
    if cl[-1] != '#### ' + gold:
        errs.append('correct: last line')
    if sum(1 for x in cl if x.startswith('####')) != 1:
        errs.append('correct: #### count')
    if F(gold) not in results_set(cc, ca):
        errs.append('correct: final not among computed results')
    # checks come after all main computations
    seen_check = False
    for c in cc:
        if c.check:
            seen_check = True
        elif seen_check:
            errs.append('correct: computation after check line')
    # ---- slip / carry
    for var in ('slip', 'carry'):
        r = byv[var]
        L, C, A, Pb = parse_solution(r['solution'])
        errs += [f'{var}: ' + p for p in Pb] + [f'{var}: ' + e for e in check_arrows(A)]
        if r['kind'] not in KINDS:
            errs.append(f'{var}: kind')
        if not (isinstance(r['wrong'], str) and NUMRE.match(r['wrong']) and
                isinstance(r['right'], str) and NUMRE.match(r['right'])):
            errs.append(f'{var}: wrong/right format')
            continue
        mainv = [c for c in C if not c.check]
        if len(mainv) != len(main) or len(C) != len(cc):
            errs.append(f'{var}: computation count {len(mainv)} vs {len(main)}')
            continue
        wrong = [i for i, c in enumerate(mainv) if not c.ok]
        if any(not c.ok for c in C if c.check):
            errs.append(f'{var}: check line wrong')
        if wrong != [r['step'] - 1]:
            errs.append(f'{var}: wrong computations at {wrong}, labelled step {r["step"]}')
            continue
        comp = mainv[r['step'] - 1]
        if line_span(L, comp.line) != r['span']:
            errs.append(f'{var}: span {r["span"]} vs {line_span(L, comp.line)}')
        if comp.result.plain != r['wrong']:
            errs.append(f'{var}: written result {comp.result.plain} != wrong {r["wrong"]}')
        if main[r['step'] - 1].result.plain != r['right']:
            errs.append(f'{var}: correct row result {main[r["step"] - 1].result.plain} != right')
        if comp.line != main[r['step'] - 1].line:
            errs.append(f'{var}: faulted line position differs from correct row')
        if L[:comp.line] != cl[:comp.line]:
            errs.append(f'{var}: text before the faulted line differs')
        # fault must exceed the written-decimals tolerance
        rv = main[r['step'] - 1].result
        tol = F(1, 2) / 10 ** comp.result.dec
        if abs(comp.result.written - rv.written) <= tol:
            errs.append(f'{var}: fault within rounding tolerance')
        if not kind_holds(r['kind'], r['wrong'], r['right'], comp):
            errs.append(f'{var}: kind {r["kind"]} does not hold for {r["right"]} -> {r["wrong"]}')
        if L[-1] is None or not L[-1].startswith('#### '):
            errs.append(f'{var}: last line')
            continue
        fin = L[-1][5:]
        if sum(1 for x in L if x.startswith('####')) != 1:
            errs.append(f'{var}: #### count')
        if var == 'slip':
            if fin != gold:
                errs.append('slip: final differs from gold')
            diff = [i for i in range(max(len(L), len(cl)))
                    if i >= len(L) or i >= len(cl) or L[i] != cl[i]]
            if diff != [comp.line]:
                errs.append(f'slip: lines differing from correct row: {diff}')
        else:
            if not NUMRE.match(fin) or F(fin) == F(gold):
                errs.append('carry: final should differ from gold')
            elif F(fin) not in results_set(C, A):
                errs.append('carry: final not among computed results')
            # the wrong value must be carried: later text differs from the correct row
            if L[comp.line + 1:] == cl[comp.line + 1:]:
                errs.append('carry: nothing after the fault changed')
    # ---- loop
    r = byv['loop']
    s = r['solution']
    a, b = r['span']
    reps = r['repeats']
    if not (isinstance(reps, int) and 8 <= reps <= 30):
        errs.append('loop: repeats out of range')
    elif any(x.startswith('####') for x in s.split('\n')):
        errs.append('loop: has ####')
    else:
        unit = s[a:b]
        sepr = '\n\n' if s[a - 2:a] == '\n\n' else '\n'
        head_end = a - len(sepr)
        head = s[:head_end]
        ok = head.endswith(unit) and unit and not unit.startswith('\n')
        body = s[head_end:]
        full = (sepr + unit) * (reps - 1)
        if not ok or not body.startswith(full):
            errs.append('loop: copies do not match span/repeats')
        else:
            tail = body[len(full):]
            if tail:
                part = tail[len(sepr):] if tail.startswith(sepr) else None
                first = unit.split('\n')[0]
                if (part is None or not part or re.search(r'\d', part) or
                        not first.startswith(part) or part == first or '\n' in part):
                    errs.append('loop: bad unfinished tail')
            if not 1 <= len(unit.split('\n')) <= 3:
                errs.append('loop: unit line count')
            if not base['solution'].startswith(head) or \
                    base['solution'][len(head):len(head) + 1] != '\n':
                errs.append('loop: head is not a line-prefix of the correct solution')
            LL, LC, LA, LP = parse_solution(s)
            if any(not c.ok for c in LC) or LP or check_arrows(LA):
                errs.append('loop: wrong computation inside loop row')
            ulast = head.count('\n')
            hl, hc, _, _ = parse_solution(head)
            if not any(c.line == ulast for c in hc):
                errs.append('loop: unit does not end with a computation line')
    return errs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    groups = OrderedDict()
    nrows = 0
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            row = json.loads(line, object_pairs_hook=OrderedDict)
            groups.setdefault(row['pid'], []).append(row)
            nrows += 1
    bad = 0
    allerr = []
    for pid, g in groups.items():
        e = verify(g)
        if e:
            bad += 1
            allerr.append((pid, e))
    var = Counter(r['variant'] for g in groups.values() for r in g)
    styles = Counter(g[0]['style'] for g in groups.values())
    temps = Counter(g[0]['template'] for g in groups.values())
    kinds = Counter((r['variant'], r['kind']) for g in groups.values() for r in g if 'kind' in r)
    partial = sum(1 for g in groups.values() for r in g
                  if r['variant'] == 'loop' and len(r['solution']) > r['span'][1] +
                  (len(r['solution'][r['span'][0]:r['span'][1]]) + 2) * (r['repeats'] - 2))
    print(f'rows {nrows}, problems {len(groups)}, variants {dict(var)}')
    print(f'templates {len(temps)}, styles {len(styles)}: {dict(styles)}')
    print('kinds', dict(sorted(kinds.items())))
    global_errs = []
    if not 550 <= len(groups) <= 800:
        global_errs.append('problem count out of range')
    if len(temps) < 15 or len(styles) < 9:
        global_errs.append('too few templates/styles')
    for pid, e in allerr[:25]:
        print('FAIL', pid, e[:4])
    if bad or global_errs:
        print(f'FAIL: {bad} problems with errors; {global_errs}')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
