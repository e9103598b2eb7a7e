#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl

It does not import gen.py.  Each solution line is normalised (markdown, LaTeX,
table rows, GSM8K <<calc>> annotations, worded operators), split into equation
chains ("a op b = c", "x = y = z", "a / b ≈ c", "c → n") and every link is
re-computed with exact fractions.  '=' must hold exactly, '≈' must equal the
left side rounded half-up at the decimals written on the right, and '→' must be
the floor or ceiling of the left side.  Chains without an arithmetic operator
(statements such as "1 yard = 36 inches") are ignored unless they contain '→'.

Then every row is checked against its label: correct rows have no wrong link
and the right final; slip rows have exactly one wrong link on the labelled line,
identical text elsewhere to the correct row and the right final; carry rows have
exactly one wrong link, the same text as the correct row before it and a final
different from the gold one; loop rows are a prefix of the correct solution
followed by repeated copies of a unit and an optional digit-free partial line.
Prints PASS and exits 0 only if everything holds.
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
KINDS = {'off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift'}

OPCHARS = {'+': '+', '-': '-', '\u2212': '-', '×': '*', '*': '*', '·': '*', 'x': '*', '÷': '/', '/': '/'}

APPROX_WORDS = r"(?:which is about|which comes to about|comes to about|is about|is approximately|works out to about)"
EQ_WORDS = r"(?:which gives us|that gives us|gives us|which is|is equal to|equals|comes to|works out to)"


def table_row(line):
    s = line.strip()
    if not (s.startswith('|') and s.endswith('|')):
        return line
    cells = [c.strip() for c in s.strip('|').split('|')]
    if len(cells) != 3:
        return line
    calc, res = cells[1], cells[2]
    if not re.search(r'\d', calc) or not re.search(r'[+\-\u2212×*·÷/]', calc):
        return ' '.join(cells)
    rel = '='
    if res.startswith('≈'):
        rel, res = '≈', res[1:].strip()
    return f"{cells[0]}: {calc} {rel} {res}"


def normalize(line):
    s = table_row(line)
    s = re.sub(r'<<[^<>]*>>', '', s)
    s = re.sub(r'\bround(?:s|ed)? (\$?[\d.,]*\d) (?:up|down) to\b', r' \1 → ', s)
    s = s.replace('{,}', ',')
    s = s.replace('\\$', '$').replace('\\%', '%')
    for a, b in (('\\times', ' × '), ('\\cdot', ' · '), ('\\div', ' ÷ '), ('\\approx', ' ≈ '),
                 ('\\to', ' → '), ('\\rightarrow', ' → '), ('\\left(', '('), ('\\right)', ')'),
                 ('\\checkmark', ' ✓ '), ('\\(', ' '), ('\\)', ' '), ('\\[', ' '), ('\\]', ' '),
                 ('\\,', ' '), ('\\quad', ' ')):
        s = s.replace(a, b)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) / (\2)', s)
        s = re.sub(r'\\(?:text|mathrm|boxed)\{([^{}]*)\}', r' \1 ', s)
    s = s.replace('**', ' ')
    s = re.sub(r'\s*,?\s*\b' + APPROX_WORDS + r'\b', ' ≈ ', s, flags=re.I)
    s = re.sub(r'=\s*about\b', ' ≈ ', s, flags=re.I)
    s = re.sub(r'\s*,?\s*\b' + EQ_WORDS + r'\b', ' = ', s, flags=re.I)
    s = re.sub(r'\bdivided by\b', ' ÷ ', s, flags=re.I)
    s = re.sub(r'\bmultiplied by\b', ' × ', s, flags=re.I)
    s = re.sub(r'\btimes\b', ' × ', s, flags=re.I)
    s = re.sub(r'\bminus\b', ' − ', s, flags=re.I)
    s = re.sub(r'\bplus\b', ' + ', s, flags=re.I)
    s = re.sub(r'%\s*of\b', '% × ', s)
    return s


TOK = re.compile(r"""(?P<ws>\s+)
 |(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|\$?\.\d+%?)
 |(?P<op>[+\-\u2212×*·÷/])
 |(?P<lp>\()|(?P<rp>\))
 |(?P<rel>=|≈|→)
 |(?P<other>.)""", re.X)


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == 'ws':
            continue
        if k == 'other' and t == 'x':
            st, en = m.start(), m.end()
            if 0 < st and en < len(s) and s[st - 1] == ' ' and s[en] == ' ':
                k = 'op'
        if k == 'num':
            raw = t.lstrip('$')
            pct = raw.endswith('%')
            raw = raw.rstrip('%').replace(',', '')
            v = F(raw) / (100 if pct else 1)
            dec = len(raw.split('.')[1]) if '.' in raw else 0
            toks.append(('num', v, dec, raw, m.start()))
        elif k == 'op':
            toks.append(('op', OPCHARS[t], m.start()))
        elif k in ('lp', 'rp'):
            toks.append((k, t, m.start()))
        elif k == 'rel':
            toks.append(('rel', t, m.start()))
        else:
            toks.append(('other', t, m.start()))
    return toks


def parse_expr(toks):
    """Return value if toks is exactly one arithmetic expression, else None."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def factor():
        t = peek()
        if t is None:
            raise ValueError
        if t[0] == 'num':
            pos[0] += 1
            return t[1]
        if t[0] == 'lp':
            pos[0] += 1
            v = expr()
            t = peek()
            if t is None or t[0] != 'rp':
                raise ValueError
            pos[0] += 1
            return v
        raise ValueError

    def term():
        v = factor()
        while True:
            t = peek()
            if t and t[0] == 'op' and t[1] in '*/':
                pos[0] += 1
                w = factor()
                if t[1] == '*':
                    v *= w
                else:
                    if w == 0:
                        raise ValueError
                    v /= w
            else:
                return v

    def expr():
        v = term()
        while True:
            t = peek()
            if t and t[0] == 'op' and t[1] in '+-':
                pos[0] += 1
                w = term()
                v = v + w if t[1] == '+' else v - w
            else:
                return v
    try:
        v = expr()
    except ValueError:
        return None
    if pos[0] != len(toks):
        return None
    return v


EDGE = {',', ';', ':'}


def strip_edges(seg):
    while seg and seg[0][0] == 'other' and seg[0][1] in EDGE:
        seg = seg[1:]
    while seg and seg[-1][0] == 'other' and seg[-1][1] in EDGE:
        seg = seg[:-1]
    return seg


def longest_prefix(seg):
    for e in range(len(seg), 0, -1):
        if parse_expr(seg[:e]) is not None:
            return seg[:e]
    return None


def longest_suffix(seg):
    for b in range(0, len(seg)):
        if parse_expr(seg[b:]) is not None:
            return seg[b:]
    return None


def chains_of_line(line):
    toks = tokenize(normalize(line))
    segs, rels, cur = [], [], []
    for t in toks:
        if t[0] == 'rel':
            segs.append(cur)
            rels.append(t[1])
            cur = []
        else:
            cur.append(t)
    segs.append(cur)
    chains = []
    chain = None
    last = len(segs) - 1
    for i, seg in enumerate(segs):
        seg = strip_edges(seg)
        if i == 0:
            suf = longest_suffix(seg)
            chain = [suf] if suf else None
            continue
        rel = rels[i - 1]
        if chain is not None:
            if i < last and seg and parse_expr(seg) is not None:
                chain += [rel, seg]
                continue
            pre = longest_prefix(seg)
            if pre:
                chain += [rel, pre]
            if len(chain) >= 3:
                chains.append(chain)
            chain = None
        if i < last:
            if seg and parse_expr(seg) is not None:
                chain = [seg]
            else:
                suf = longest_suffix(seg)
                chain = [suf] if suf else None
    return chains


def rhu(x, d):
    if x < 0:
        return -rhu(-x, d)
    q = F(10) ** d
    n = x * q
    f = n.numerator // n.denominator
    if n - f >= F(1, 2):
        f += 1
    return F(f) / q


def has_op(chain):
    return any(t[0] == 'op' for i in range(0, len(chain), 2) for t in chain[i])


def link_ok(left, rel, right):
    lv = parse_expr(left)
    rv = parse_expr(right)
    if rel == '=':
        return lv == rv
    if len(right) != 1 or right[0][0] != 'num':
        return False
    dec = right[0][2]
    if rel == '≈':
        return rhu(lv, dec) == rv
    if rel == '→':
        return rv.denominator == 1 and rv in (math.floor(lv), math.ceil(lv))
    return False


ANNOT = re.compile(r"([^\s<>=]+)=\$?<<([^<>]*)>>(\d+(?:\.\d+)?)")


def analyse(solution):
    """List of computations: dict(line, chain, bad_links=[(k, left, rel, right)])."""
    comps = []
    arrows_bad = []
    for li, line in enumerate(solution.split('\n')):
        # GSM8K calculator annotations must repeat the visible computation exactly
        for m in ANNOT.finditer(line):
            inner = m.group(2).split('=')
            if len(inner) != 2 or inner[0] != m.group(1) or inner[1] != m.group(3):
                arrows_bad.append(li)
        if '<<' in line and not ANNOT.search(line):
            arrows_bad.append(li)
        for ch in chains_of_line(line):
            bad = []
            for k in range(1, len(ch), 2):
                if not link_ok(ch[k - 1], ch[k], ch[k + 1]):
                    bad.append((k, ch[k - 1], ch[k], ch[k + 1]))
            if has_op(ch):
                comps.append(dict(line=li, chain=ch, bad=bad))
            elif '→' in ch[1::2]:
                if bad:
                    arrows_bad.append(li)
    return comps, arrows_bad


def line_span(text, li):
    lines = text.split('\n')
    start = sum(len(x) + 1 for x in lines[:li])
    return [start, start + len(lines[li])]


def final_of(sol):
    last = sol.split('\n')[-1]
    m = re.fullmatch(r'#### (\d+(?:\.\d+)?)', last)
    return m.group(1) if m else None


def digits(s):
    return s.replace('.', '')


def kind_ok(kind, wrong, right, bad):
    w, r = F(wrong), F(right)
    if kind == 'off_by_one':
        return abs(w - r) == 1
    if kind == 'off_by_ten':
        return abs(w - r) == 10
    if kind == 'decimal_shift':
        return w in (r * 10, r / 10, r * 100, r / 100)
    dw, dr = digits(wrong), digits(right)
    if kind == 'swap_digits':
        if len(dw) != len(dr) or ('.' in wrong) != ('.' in right):
            return False
        diff = [i for i in range(len(dw)) if dw[i] != dr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] and \
            dw[diff[1]] == dr[diff[0]]
    if kind == 'drop_digit':
        return len(dw) == len(dr) - 1 and any(dr[:i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == 'double_digit':
        return len(dw) == len(dr) + 1 and any(dr[:i + 1] + dr[i] + dr[i + 1:] == dw for i in range(len(dr)))
    if kind == 'wrong_op':
        k, left, rel, right_t = bad
        dec = right_t[0][2] if len(right_t) == 1 else 6
        alts = {'*': '+/-', '/': '*+-', '+': '-*/', '-': '+*/'}
        for i, t in enumerate(left):
            if t[0] != 'op':
                continue
            for a in alts[t[1]]:
                nl = list(left)
                nl[i] = ('op', a, t[2])
                v = parse_expr(nl)
                if v is not None and (v == w or rhu(v, dec) == w):
                    return True
        return False
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    errors = []

    def err(pid, msg):
        if len(errors) < 60:
            errors.append(f"{pid}: {msg}")
        else:
            errors.append('')

    rows = []
    with open(path, encoding='utf-8') as f:
        for ln in f:
            rows.append(json.loads(ln, object_pairs_hook=OrderedDict))
    groups = OrderedDict()
    for r in rows:
        groups.setdefault(r['pid'], []).append(r)
    counts = Counter(r['variant'] for r in rows)
    kinds = Counter()
    templates, styles = set(), set()
    for pid, g in groups.items():
        if [r['variant'] for r in g] != ['correct', 'slip', 'carry', 'loop']:
            err(pid, 'variants not correct/slip/carry/loop')
            continue
        c, s, ca, lo = g
        for r in g:
            for k in ('template', 'style', 'problem', 'final'):
                if r[k] != c[k]:
                    err(pid, f'{k} differs across rows')
            want = {'correct': KEYS_BASE, 'slip': KEYS_FAULT, 'carry': KEYS_FAULT, 'loop': KEYS_LOOP}[r['variant']]
            if list(r.keys()) != want:
                err(pid, f"bad keys {list(r.keys())}")
        templates.add(c['template'])
        styles.add(c['style'])
        gold = c['final']
        if not re.fullmatch(r'\d+(\.\d+)?', gold):
            err(pid, 'final not a plain number')
            continue
        # ---- correct
        comps, abad = analyse(c['solution'])
        if not 2 <= len(comps) <= 8:
            err(pid, f'correct has {len(comps)} computations')
        if any(x['bad'] for x in comps) or abad:
            err(pid, 'correct row has a wrong computation: ' +
                str([c['solution'].split('\n')[x['line']] for x in comps if x['bad']] + abad))
        fc = final_of(c['solution'])
        if fc is None or F(fc) != F(gold):
            err(pid, 'correct final mismatch')
        body_nums = [t[1] for ln_ in c['solution'].split('\n')[:-1] for t in tokenize(normalize(ln_))
                     if t[0] == 'num']
        if F(gold) not in body_nums:
            err(pid, 'gold final never appears in the worked solution')
        # ---- slip / carry
        for r in (s, ca):
            kinds[r['kind']] += 1
            if r['kind'] not in KINDS:
                err(pid, 'unknown kind')
            sol = r['solution']
            comps_r, abad_r = analyse(sol)
            badc = [(i, x) for i, x in enumerate(comps_r) if x['bad']]
            if len(badc) != 1 or len(badc[0][1]['bad']) != 1 or abad_r:
                err(pid, f"{r['variant']}: expected exactly one wrong link, got {len(badc)} {abad_r}")
                continue
            i, x = badc[0]
            bad = x['bad'][0]
            if bad[2] == '→':
                err(pid, f"{r['variant']}: fault on a round-up")
            if i + 1 != r['step']:
                err(pid, f"{r['variant']}: step {r['step']} but faulty computation is #{i + 1}")
            if line_span(sol, x['line']) != r['span']:
                err(pid, f"{r['variant']}: span mismatch")
            line = sol[r['span'][0]:r['span'][1]]
            if '✓' in line or re.search(r'check|verif', line, re.I):
                err(pid, f"{r['variant']}: fault on a check line")
            right_t = bad[3]
            if len(right_t) != 1 or right_t[0][0] != 'num' or right_t[0][1] != F(r['wrong']):
                err(pid, f"{r['variant']}: written wrong value mismatch")
            if right_t and right_t[0][3] != r['wrong']:
                err(pid, f"{r['variant']}: wrong not as written ({right_t[0][3]} vs {r['wrong']})")
            if not link_ok(bad[1], bad[2], [('num', F(r['right']), len(r['right'].split('.')[1])
                                             if '.' in r['right'] else 0, r['right'], 0)]):
                err(pid, f"{r['variant']}: right value does not satisfy the computation")
            dr = len(r['right'].split('.')[1]) if '.' in r['right'] else 0
            if abs(F(r['wrong']) - F(r['right'])) <= F(1, 2) / F(10) ** dr or rhu(F(r['wrong']), dr) == F(r['right']):
                err(pid, f"{r['variant']}: wrong within rounding tolerance")
            if F(r['wrong']) <= 0:
                err(pid, f"{r['variant']}: non-positive wrong value")
            if not kind_ok(r['kind'], r['wrong'], r['right'], bad):
                err(pid, f"{r['variant']}: kind {r['kind']} does not match {r['right']} -> {r['wrong']}")
            if len(comps_r) != len(comps):
                err(pid, f"{r['variant']}: computation count differs from correct")
            st = r['span'][0]
            if sol[:st] != c['solution'][:st]:
                err(pid, f"{r['variant']}: text before fault differs from correct")
            ccomp = comps[i] if i < len(comps) else None
            if ccomp is None or line_span(c['solution'], ccomp['line'])[0] != st:
                err(pid, f"{r['variant']}: fault line not aligned with correct row")
            else:
                cr = ccomp['chain'][bad[0] + 1]
                if len(cr) != 1 or cr[0][1] != F(r['right']):
                    err(pid, f"{r['variant']}: correct row does not show right value there")
            fr = final_of(sol)
            if fr is None:
                err(pid, f"{r['variant']}: no #### line")
                continue
            if r['variant'] == 'slip':
                if F(fr) != F(gold):
                    err(pid, 'slip final differs from gold')
                a, b = c['solution'].split('\n'), sol.split('\n')
                if len(a) != len(b) or sum(1 for p, q in zip(a, b) if p != q) != 1:
                    err(pid, 'slip differs from correct on more than one line')
            else:
                if F(fr) == F(gold):
                    err(pid, 'carry final equals gold')
                # the wrong final must itself come out of the worked (wrong) computations
                nums = [t[1] for ln_ in sol.split('\n')[:-1] for t in tokenize(normalize(ln_)) if t[0] == 'num']
                if F(fr) not in nums:
                    err(pid, 'carry: final answer does not follow from the worked solution')
        # ---- loop
        sol = lo['solution']
        if '####' in sol:
            err(pid, 'loop has ####')
        a, b = lo['span']
        unit = sol[a:b]
        if not unit or sol[a - 1] != '\n':
            err(pid, 'loop span not at line start')
            continue
        head = sol[:a - 1]
        if not head.endswith(unit) or (len(head) > len(unit) and head[-len(unit) - 1] != '\n'):
            err(pid, 'loop first copy missing')
        if not c['solution'].startswith(head + '\n'):
            err(pid, 'loop head is not a prefix of the correct solution')
        n = lo['repeats']
        if not 8 <= n <= 30:
            err(pid, 'repeats out of range')
        body = head + ('\n' + unit) * (n - 1)
        if not sol.startswith(body):
            err(pid, 'loop copies mismatch')
        rest = sol[len(body):]
        if rest:
            if not rest.startswith('\n'):
                err(pid, 'loop tail malformed')
            part = rest[1:]
            first = unit.split('\n')[0]
            if '\n' in part or not first.startswith(part) or re.search(r'\d', part) or part == first:
                err(pid, 'loop partial is not a digit-free prefix of the unit')
        if len(unit.split('\n')) > 3:
            err(pid, 'loop unit longer than 3 lines')
        lastline = unit.split('\n')[-1]
        if not any(has_op(ch) for ch in chains_of_line(lastline)):
            err(pid, 'loop unit does not end at a computation line')
    nprob = len(groups)
    print(f"problems={nprob} rows={len(rows)} variants={dict(counts)}")
    print(f"templates={len(templates)} styles={len(styles)} kinds={dict(sorted(kinds.items()))}")
    if not 550 <= nprob <= 800:
        errors.append(f'problem count {nprob} out of range')
    if len(templates) < 15:
        errors.append('fewer than 15 templates')
    if len(styles) < 9:
        errors.append('fewer than 9 styles')
    if set(kinds) != KINDS:
        errors.append('not all fault kinds used')
    if len({r['pid'] for r in rows}) != nprob:
        errors.append('pid problem')
    if errors:
        for e in errors[:60]:
            if e:
                print('FAIL', e)
        print(f"FAIL ({len(errors)} problems)")
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
