#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

It re-reads every computation it can find in each solution (symbolic, worded, LaTeX, table rows),
re-evaluates it with exact fractions and asserts:
  * correct rows: no wrong computation, `#### <final>` matches the gold final;
  * slip rows: exactly one line with a wrong result, at `span`; text outside the span equals the correct row;
    `#### ` equals the gold final;
  * carry rows: exactly one wrong line, at `span`, same prefix as the correct row, everything after it
    consistent, `####` differs from gold and is the last result computed;
  * loop rows: no `####`, the unit at `span` repeats `repeats` times back to back starting one copy earlier.
Prints PASS and exits 0 on success.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

KEYS_BASE = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final']

# unit -> (dimension, factor to base)
UNITF = {
    'W': ('P', 1), 'watts': ('P', 1), 'watt': ('P', 1), 'kW': ('P', 1000), 'kilowatts': ('P', 1000),
    'Wh': ('E', 1), 'watt-hours': ('E', 1), 'kWh': ('E', 1000), 'kilowatt-hours': ('E', 1000),
    'h': ('T', 60), 'hours': ('T', 60), 'hour': ('T', 60), 'hr': ('T', 60), 'hrs': ('T', 60),
    'min': ('T', 1), 'minutes': ('T', 1),
    'mAh': ('Q', 1), 'Ah': ('Q', 1000), 'milliamp-hours': ('Q', 1), 'amp-hours': ('Q', 1000),
    'mA': ('I', 1), 'A': ('I', 1000), 'amps': ('I', 1000), 'milliamps': ('I', 1),
    'V': ('V', 1), 'volts': ('V', 1),
    'days': ('D', 1), 'day': ('D', 1), 'years': ('Y', 1), 'year': ('Y', 1), 'months': ('M', 1),
    '¢': ('$', 1), 'cents': ('$', 1), '$': ('$', 100),
}
RATE_SUFFIX = r'(?:/(?:kWh|day|year|month|h|panel))'

NUM = r'(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)'
TOK = re.compile(
    r'(?P<num>\$?' + NUM + r'(?:%|¢)?)'
    r'|(?P<rate>' + RATE_SUFFIX + r')'
    r'|(?P<rel>=|≈)'
    r'|(?P<op>[×*·÷/+−]|(?<=\s)[-x](?=\s)|-(?=\d))'
    r'|(?P<lp>\()|(?P<rp>\))'
    r'|(?P<word>[A-Za-zΔ][A-Za-z\-]*(?:_\{?[A-Za-z0-9]+\}?)?)'
    r'|(?P<sp>\s+)'
    r'|(?P<other>.)')


def latex_norm(s):
    s = s.replace('\\(', ' ').replace('\\)', ' ').replace('\\[', ' ').replace('\\]', ' ')
    s = s.replace('\\$', '$').replace('\\%', '%').replace('{,}', ',')
    s = re.sub(r'\\text\{([^{}]*)\}', r'\1', s)
    s = re.sub(r'\\boxed\{([^{}]*)\}', r'\1', s)
    for _ in range(3):
        s = re.sub(r'\\frac\{([^{}]*)\}\{([^{}]*)\}', r'(\1) ÷ (\2)', s)
    s = s.replace('\\times', '×').replace('\\cdot', '×').replace('\\div', '÷').replace('\\approx', '≈')
    s = s.replace('\\,', ' ').replace('\\ ', ' ').replace('\\left', '').replace('\\right', '')
    return s


WORDS = [
    (r',?\s*which rounds to', ' ≈ '), (r'\bmultiplied by\b', ' × '), (r'\btimes\b', ' × '),
    (r'\bdivided by\b', ' ÷ '), (r'\bplus\b', ' + '), (r'\bminus\b', ' − '),
    (r'\bequals approximately\b', ' ≈ '), (r'\bcomes to about\b', ' ≈ '), (r'\bworks out to roughly\b', ' ≈ '),
    (r'\bequals\b', ' = '), (r'\bcomes to\b', ' = '), (r'\bworks out to\b', ' = '), (r'\bgives us\b', ' = '),
    (r'%\s+of\b', '% × '),
]


def normalize(line):
    s = line.replace('**', ' ')
    s = latex_norm(s)
    for a, b in WORDS:
        s = re.sub(a, b, s)
    return s


def parse_num(t):
    money = t.startswith('$')
    t = t.lstrip('$')
    pct = t.endswith('%')
    cent = t.endswith('¢')
    t = t.rstrip('%¢')
    dec = len(t.split('.')[1]) if '.' in t else 0
    v = F(t.replace(',', ''))
    if pct:
        v = v / 100
        dec += 2
    unit = '$' if money else ('¢' if cent else None)
    return v, dec, unit


def tokenize(s):
    """-> list of items: ('num', v, dec, unit) | ('op', o) | ('rel', r) | ('(',) | (')',) | ('brk',)"""
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == 'num':
            v, dec, unit = parse_num(t)
            out.append(['num', v, dec, unit])
        elif k == 'rate':
            if out and out[-1][0] == 'num':
                out[-1][3] = (out[-1][3] or '') + t
            else:
                out.append(['brk'])
        elif k == 'rel':
            out.append(['rel', t])
        elif k == 'op':
            o = {'×': '*', '*': '*', '·': '*', 'x': '*', '÷': '/', '/': '/', '+': '+', '−': '-', '-': '-'}[t]
            out.append(['op', o])
        elif k == 'lp':
            out.append(['('])
        elif k == 'rp':
            out.append([')'])
        elif k == 'word':
            if t in UNITF and out and out[-1][0] == 'num' and out[-1][3] in (None, '¢') and out[-1][3] != '$':
                out[-1][3] = t if out[-1][3] is None else out[-1][3]
            elif t in UNITF and out and out[-1][0] == 'num':
                pass
            else:
                out.append(['brk'])
        elif k == 'sp':
            continue
        else:
            out.append(['brk'])
    # compound "2 h 30 min"
    res = []
    for it in out:
        if (it[0] == 'num' and res and res[-1][0] == 'num' and res[-1][3] in ('h', 'hours')
                and it[3] in ('min', 'minutes')):
            prev = res.pop()
            res.append(['num', prev[1] * 60 + it[1], it[2], 'min'])
        else:
            res.append(it)
    return res


class Expr:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def parse(self):
        v = self.add()
        if self.i != len(self.t):
            raise ValueError('trailing')
        return v

    def add(self):
        v = self.mul()
        while self.peek() and self.peek()[0] == 'op' and self.peek()[1] in '+-':
            o = self.t[self.i][1]
            self.i += 1
            w = self.mul()
            v = v + w if o == '+' else v - w
        return v

    def mul(self):
        v = self.atom()
        while self.peek() and self.peek()[0] == 'op' and self.peek()[1] in '*/':
            o = self.t[self.i][1]
            self.i += 1
            w = self.atom()
            v = v * w if o == '*' else v / w
        return v

    def atom(self):
        p = self.peek()
        if p is None:
            raise ValueError('eof')
        if p[0] == 'num':
            self.i += 1
            return p[1]
        if p[0] == 'op' and p[1] == '-':
            self.i += 1
            return -self.atom()
        if p[0] == '(':
            self.i += 1
            v = self.add()
            if not self.peek() or self.peek()[0] != ')':
                raise ValueError('paren')
            self.i += 1
            return v
        raise ValueError('bad atom')


def chains(toks):
    """split token list into maximal runs of num/op/paren/rel."""
    cur = []
    for t in toks + [['brk']]:
        if t[0] == 'brk':
            if cur:
                yield cur
            cur = []
        else:
            cur.append(t)


def check_chain(ch):
    """-> list of (ok, left_value, right_token) for every relation in the chain; [] if nothing to check."""
    segs, rels = [[]], []
    for t in ch:
        if t[0] == 'rel':
            if segs[-1] == [] and rels:
                # "= ≈" -> keep the weaker
                if t[1] == '≈':
                    rels[-1] = '≈'
                continue
            rels.append(t[1])
            segs.append([])
        else:
            segs[-1].append(t)
    if segs and segs[0] == [] and rels:
        segs.pop(0)
        rels.pop(0)
    # a segment may carry trailing parens/ops from prose; require clean parse
    results = []
    if len(segs) < 2:
        return results
    # trim leading junk in first segment: keep the longest suffix that parses
    first = segs[0]
    val0 = None
    for s in range(len(first)):
        if first[s][0] not in ('num', '('):
            continue
        try:
            val0 = Expr(first[s:]).parse()
            segs[0] = first[s:]
            break
        except (ValueError, ZeroDivisionError):
            continue
    if val0 is None:
        return results
    left_seg, left_val = segs[0], val0
    for r, seg in zip(rels, segs[1:]):
        # right side: longest prefix that parses
        val = None
        for e in range(len(seg), 0, -1):
            try:
                val = Expr(seg[:e]).parse()
                seg = seg[:e]
                break
            except (ValueError, ZeroDivisionError):
                continue
        if val is None:
            break
        lv = left_val
        if len(left_seg) == 1 and len(seg) == 1 and left_seg[0][3] and seg[0][3]:
            ua, ub = left_seg[0][3], seg[0][3]
            ua, ub = ua.split('/')[0], ub.split('/')[0]
            if ua in UNITF and ub in UNITF and UNITF[ua][0] == UNITF[ub][0] and ua != ub:
                lv = left_val * UNITF[ua][1] / UNITF[ub][1]
        if len(seg) == 1:
            dec = seg[0][2]
            if r == '=':
                ok = lv == val
            else:
                ok = abs(lv - val) <= F(1, 2 * 10 ** dec)
        else:
            ok = lv == val if r == '=' else abs(lv - val) <= F(1, 100)
        results.append((ok, lv, val))
        left_seg, left_val = seg, val
    return results


def table_line(line):
    cells = [c.strip() for c in line.strip().strip('|').split('|')]
    if len(cells) >= 2 and re.search(r'[×*·÷/+−]|\\times|\\div', cells[-2]) and not set(cells[-1]) <= set('-: '):
        return cells[-2] + ' = ' + cells[-1]
    return None


def check_text(text):
    """-> (list of (start, end, n_rel, n_bad) per line, total relations)"""
    out = []
    pos = 0
    for line in text.split('\n'):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.startswith('####'):
            out.append((start, end, 0, 0))
            continue
        src = line
        if line.lstrip().startswith('|'):
            tl = table_line(line)
            src = tl if tl is not None else ''
        s = normalize(src)
        nrel = nbad = 0
        for ch in chains(tokenize(s)):
            for ok, _, _ in check_chain(ch):
                nrel += 1
                nbad += (not ok)
        out.append((start, end, nrel, nbad))
    return out


def hash_final(text):
    m = re.findall(r'^#### (.+)$', text, re.M)
    return m


def numeq(a, b):
    try:
        return F(a.replace(',', '')) == F(b.replace(',', ''))
    except ValueError:
        return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    rows = [json.loads(l) for l in open(path, encoding='utf-8')]
    errs = []
    by = defaultdict(dict)
    pids = Counter()
    for r in rows:
        by[r['pid']][r['variant']] = r
        pids[(r['pid'], r['variant'])] += 1
    assert all(c == 1 for c in pids.values()), 'duplicate pid/variant'
    nrel_total = 0
    zero_rel = 0
    for r in rows:
        ks = list(r)
        assert ks[:7] == KEYS_BASE, (r['pid'], ks)
        v = r['variant']
        extra = {'correct': [], 'slip': ['span', 'wrong', 'right', 'step', 'kind'],
                 'carry': ['span', 'wrong', 'right', 'step', 'kind'], 'loop': ['span', 'repeats']}[v]
        assert ks[7:] == extra, (r['pid'], v, ks)
        text = r['solution']
        res = check_text(text)
        bad = [(s, e) for s, e, n, b in res if b]
        nrel = sum(n for _, _, n, _ in res)
        nrel_total += nrel
        if nrel == 0:
            zero_rel += 1
        hf = hash_final(text)
        pid = r['pid']
        if v == 'correct':
            if bad:
                errs.append((pid, v, 'wrong computation in correct row', [text[s:e] for s, e in bad]))
            if hf != [r['final']]:
                errs.append((pid, v, 'final mismatch', hf, r['final']))
            if not text.rstrip().endswith('#### ' + r['final']):
                errs.append((pid, v, 'does not end with final'))
        elif v in ('slip', 'carry'):
            sp = tuple(r['span'])
            if bad != [sp]:
                errs.append((pid, v, 'bad lines', bad, sp, [text[s:e] for s, e in bad], text[sp[0]:sp[1]]))
            line = text[sp[0]:sp[1]]
            if '\n' in line:
                errs.append((pid, v, 'span not one line'))
            nums = [F(x.replace(',', '').replace('{', '').replace('}', ''))
                    for x in re.findall(r'\d{1,3}(?:(?:,|\{,\})\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?', line)]
            if abs(F(r['wrong'])) not in nums:
                errs.append((pid, v, 'wrong value not in span line', r['wrong'], line))
            if F(r['wrong']) == F(r['right']):
                errs.append((pid, v, 'wrong == right'))
            c = by[pid]['correct']['solution']
            if text[:sp[0]] != c[:sp[0]]:
                errs.append((pid, v, 'prefix differs from correct row'))
            if v == 'slip':
                if hf != [r['final']]:
                    errs.append((pid, v, 'slip final mismatch', hf))
                cl = c.split('\n')
                tl = text.split('\n')
                if len(cl) != len(tl) or sum(a != b for a, b in zip(cl, tl)) != 1:
                    errs.append((pid, v, 'slip changes more than one line'))
            else:
                if len(hf) != 1 or numeq(hf[0], r['final']):
                    errs.append((pid, v, 'carry final not changed', hf))
                # the carried final should be visible as a result somewhere after the fault
                after = text[sp[0]:]
                vals = [F(x.replace(',', '')) for x in re.findall(NUM, after.replace('{,}', ','))]
                if hf and abs(F(hf[0])) not in vals[:-1]:
                    errs.append((pid, v, 'carry final not derived in text', hf))
        else:
            if hf:
                errs.append((pid, v, 'loop has ####'))
            if bad:
                errs.append((pid, v, 'wrong computation in loop row', [text[s:e] for s, e in bad]))
            s, e = r['span']
            unit = text[s:e]
            n = r['repeats']
            first = s - len(unit)
            if not unit.strip() or first < 0 or text[first:first + n * len(unit)] != unit * n:
                errs.append((pid, v, 'loop span/repeats inconsistent'))
            if not (8 <= n <= 30):
                errs.append((pid, v, 'repeats out of range'))
            if text[first + n * len(unit):].startswith(unit):
                errs.append((pid, v, 'more copies than repeats'))
            c = by[pid]['correct']['solution']
            if not c.startswith(text[:first]):
                errs.append((pid, v, 'loop prefix not from correct solution'))
    for pid, d in by.items():
        if set(d) != {'correct', 'slip', 'carry', 'loop'}:
            errs.append((pid, 'variants', sorted(d)))
    cnt = Counter(r['variant'] for r in rows)
    sty = Counter(r['style'] for r in rows if r['variant'] == 'correct')
    tmpl = len({r['template'] for r in rows})
    print(f"rows={len(rows)} problems={len(by)} templates={tmpl} variants={dict(cnt)}")
    print(f"styles={dict(sty)}")
    print(f"relations checked={nrel_total} rows_without_any_relation={zero_rel}")
    if errs:
        for e in errs[:40]:
            print('ERR', e)
        print(f"FAIL ({len(errs)} errors)")
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
