#!/usr/bin/env python3
"""Generator for a held-out set of worked solutions (genre: animals, zoos, pets, vets).

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import math
import os
import random
import re
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from structs import STRUCTS, terminating  # noqa: E402

STYLES = ['md_headings', 'bold_labels', 'bullets', 'prose', 'latex_inline', 'latex_display',
          'table', 'terse', 'tutor', 'gsm8k', 'numbered']
NSETS = 4
TEMPLATES_PER_STRUCT = 9

# ------------------------------------------------------------------ numbers


def ndec(v):
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
        if k > 8:
            raise ValueError('non-terminating %r' % v)
    return k


def plain(v):
    """canonical plain decimal (final answers, annotations)."""
    v = F(v)
    k = ndec(v)
    if k == 0:
        return str(v.numerator)
    n = abs(v.numerator) * 10 ** k // v.denominator
    s = str(n).rjust(k + 1, '0')
    return ('-' if v < 0 else '') + s[:-k] + '.' + s[-k:]


def fmt(v, money=False, sep=',', cents=True, latex=False, dollar=True):
    v = F(v)
    neg = v < 0
    v = abs(v)
    if money:
        c = v * 100
        assert c.denominator == 1
        c = c.numerator
        ip, fp = divmod(c, 100)
        s = format(ip, ',') if sep else str(ip)
        if fp or cents:
            s += '.%02d' % fp
    else:
        p = plain(v)
        ip, _, fp = p.partition('.')
        s = format(int(ip), ',') if sep else ip
        if fp:
            s += '.' + fp
    if latex:
        s = s.replace(',', '{,}')
    if money and dollar:
        s = ('\\$' if latex else '$') + s
    if neg:
        s = ('-' if latex else '−') + s
    return s


# ------------------------------------------------------------------ evaluation


def ev_expr(expr, vals):
    """evaluate expr (operands + ops incl. 'of', parentheses) with precedence."""
    toks = []
    for t in expr:
        if isinstance(t, tuple):
            if t[0] == 'c':
                v = t[1] / 100 if t[2] == '%' else t[1]
            else:
                v = vals[t[1]]
            toks.append(v)
        else:
            toks.append(t)
    pos = [0]

    def atom():
        t = toks[pos[0]]
        if t == '(':
            pos[0] += 1
            v = add()
            pos[0] += 1
            return v
        pos[0] += 1
        return t

    def mul():
        v = atom()
        while pos[0] < len(toks) and toks[pos[0]] in ('*', '/', 'of'):
            op = toks[pos[0]]
            pos[0] += 1
            w = atom()
            v = v / w if op == '/' else v * w
        return v

    def add():
        v = mul()
        while pos[0] < len(toks) and toks[pos[0]] in ('+', '-'):
            op = toks[pos[0]]
            pos[0] += 1
            w = mul()
            v = v + w if op == '+' else v - w
        return v
    return add()


def round_half_up(v, d):
    q = v * 10 ** d
    n = math.floor(q + F(1, 2))
    return F(n, 10 ** d)


def solve(steps, fault=None, mode=None):
    """returns (written values, downstream values). fault=(k, wrong)."""
    written, down = [], []
    for i, st in enumerate(steps):
        if st['kind'] in ('ceil', 'floor'):
            x = down[st['expr'][0][1]]
            r = F(math.ceil(x)) if st['kind'] == 'ceil' else F(math.floor(x))
        elif st['kind'] == 'approx':
            r = round_half_up(ev_expr(st['expr'], down), st['dec'])
        else:
            r = ev_expr(st['expr'], down)
        w = r
        if fault and fault[0] == i:
            w = fault[1]
        written.append(w)
        down.append(w if mode == 'carry' else r)
    return written, down


# ------------------------------------------------------------------ faults


def digit_forms(r, money):
    d = 2 if money else ndec(r)
    n = abs(r) * 10 ** d
    s = str(n.numerator)
    sign = -1 if r < 0 else 1
    out = []

    def back(t, kind):
        if not t or (len(t) > 1 and t[0] == '0' and d == 0):
            return
        out.append((kind, sign * F(int(t), 10 ** d)))
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            back(s[:i] + s[i + 1] + s[i] + s[i + 2:], 'digit_swap')
    if len(s) >= 2:
        for i in range(len(s)):
            back(s[:i] + s[i + 1:], 'digit_drop')
    for i in range(len(s)):
        back(s[:i] + s[i] + s[i:], 'digit_double')
    return out


def fault_candidates(st, r, vals_down):
    money = st['money']
    c = []
    isint = r.denominator == 1
    for dlt in (1, -1):
        c.append(('off_by_one', r + dlt))
    for dlt in (10, -10):
        c.append(('off_by_ten', r + dlt))
    c += digit_forms(r, money)
    if not isint:
        c.append(('decimal_shift', r * 10))
        c.append(('decimal_shift', r / 10))
    e = st['expr']
    if len(e) == 3 and isinstance(e[1], str):
        a = ev_expr([e[0]], vals_down)
        b = ev_expr([e[2]], vals_down)
        op = e[1]
        alts = {'*': [a + b], '+': [a * b, a - b], '-': [a + b], '/': [a * b], 'of': [a + b]}
        for v in alts.get(op, []):
            c.append(('wrong_operation', v))
    if r < 0:
        c.append(('sign_dropped', -r))
    good = []
    for kind, v in c:
        if v == r or v == 0:
            continue
        if (v < 0) != (r < 0) and kind != 'sign_dropped':
            continue
        if not terminating(v, 2 if money else 3):
            continue
        if kind == 'wrong_operation' and abs(v) > 50 * abs(r) + 100:
            continue
        good.append((kind, v))
    return good


def choose_fault(rng, steps, mode):
    _, down = solve(steps)
    calc = [i for i, s in enumerate(steps) if s['kind'] == 'calc']
    rng.shuffle(calc)
    order = ['off_by_one', 'off_by_ten', 'digit_swap', 'digit_drop', 'digit_double',
             'wrong_operation', 'decimal_shift', 'sign_dropped']
    for i in calc:
        cands = fault_candidates(steps[i], down[i], down)
        kinds = sorted(set(k for k, _ in cands), key=order.index)
        rng.shuffle(kinds)
        for kd in kinds:
            opts = [v for k, v in cands if k == kd]
            v = rng.choice(opts)
            if mode == 'carry':
                try:
                    w2, d2 = solve(steps, (i, v), 'carry')
                    ok = True
                    for j in range(i + 1, len(steps)):
                        if steps[j]['money'] and not terminating(w2[j], 2):
                            ok = False
                        if not terminating(w2[j], 4):
                            ok = False
                        if (w2[j] < 0) != (down[j] < 0) or w2[j] == 0:
                            ok = False
                except (ValueError, ZeroDivisionError):
                    ok = False
                if not ok or w2[-1] == down[-1]:
                    continue
            return i, kd, v
    return None


# ------------------------------------------------------------------ rendering

UNIT_LATEX = {'m²': 'm^2'}
FACTS = {'feedbags': '1 kg = 1,000 g', 'tablets': '1 kg = 2.2 lb', 'puppy': '16 oz = 1 lb, and 1 week = 7 days',
         'bottle': '8 oz = 1 cup', 'bagdays': '1 lb of kibble ≈ 4 cups', 'hay': '1 kg = 2.2046 lb',
         'penguins': '1 kg = 1,000 g', 'petcost': '1 year = 12 months', 'feedweeks': '1 week = 7 days'}


class Sty:
    def __init__(self, name, rng):
        self.name = name
        self.rng = rng
        self.latex = name in ('latex_inline', 'latex_display')
        self.sep = '' if name in ('terse', 'gsm8k') else ','
        self.cents = rng.random() < 0.7
        if self.latex:
            self.mul, self.div = ' \\times ', ' \\div '
            self.frac = rng.random() < 0.4
        elif name == 'terse':
            self.mul, self.div = rng.choice([('*', '/'), (' * ', ' / '), (' x ', ' / ')])
            self.frac = False
        elif name == 'gsm8k':
            self.mul, self.div = ' * ', ' / '
            self.frac = False
        else:
            self.mul = rng.choice([' × ', ' × ', ' x ', ' * ', ' · ']) if name != 'bullets' else rng.choice([' × ', ' x '])
            self.div = rng.choice([' ÷ ', ' ÷ ', ' / '])
            self.frac = False
        self.units_in_expr = name in ('md_headings', 'bold_labels', 'latex_display', 'numbered', 'tutor') and rng.random() < 0.6
        self.words = name in ('tutor', 'prose') and rng.random() < 0.5
        self.pct_as_dec = self.latex or name in ('terse', 'gsm8k') or rng.random() < 0.3

    def num(self, v, money=False, dollar=True):
        return fmt(v, money, self.sep, self.cents, self.latex, dollar)

    def unit(self, u):
        if not u:
            return ''
        if self.latex:
            return '\\text{ %s}' % UNIT_LATEX.get(u, u)
        return ' ' + u

    def operand(self, t, vals, steps, allow_units):
        if t[0] == 'c':
            v, u, money = t[1], t[2], t[3]
            if u == '%':
                if self.pct_as_dec:
                    return self.num(v / 100)
                return plain(v) + '%'
            s = self.num(v, money)
            if allow_units and u and not money:
                s += self.unit(u)
            return s
        v = vals[t[1]]
        st = steps[t[1]]
        s = self.num(v, st['money'])
        if allow_units and t[2]:
            s += self.unit(t[2])
        return s

    def expr(self, st, vals, steps, words=False):
        e = st['expr']
        au = self.units_in_expr
        if len(e) == 3 and e[1] == '/' and self.frac:
            return '\\frac{%s}{%s}' % (self.operand(e[0], vals, steps, au), self.operand(e[2], vals, steps, au))
        out = []
        for t in e:
            if isinstance(t, tuple):
                out.append(self.operand(t, vals, steps, au))
            elif words:
                out.append({'*': ' times ', '/': ' divided by ', '+': ' plus ', '-': ' minus ', 'of': ' of '}[t])
            elif t == 'of':
                out.append(self.mul if self.pct_as_dec else ' of ')
            elif t == '*':
                out.append(self.mul)
            elif t == '/':
                out.append(self.div)
            elif t in '+-':
                out.append(' + ' if t == '+' else ' − ' if not self.latex else ' - ')
            else:
                out.append(t)
        return ''.join(out)

    def res(self, v, st, unitword):
        s = self.num(v, st['money'])
        if not st['money'] and unitword:
            s += self.unit(unitword)
        return s


def unit_word(st, ctx):
    u = st['unit']
    if u == 'animals' and isinstance(ctx.get('a'), str) and ctx['a'].isalpha():
        return ctx['a']
    return u


def cap(s):
    return s[:1].upper() + s[1:]


def render(style, steps, written, down, ctx, final_idx, rng, fault_step=None, mode=None):
    """Return list of lines and dict step_index -> line index."""
    sty = Sty(style, rng)
    lines = []
    where = {}
    n = len(steps)
    # values shown as operands: downstream values
    R = []  # per step: dict
    for i, st in enumerate(steps):
        uw = unit_word(st, ctx)
        d = dict(label=st['label'], desc=st['desc'], kind=st['kind'], uw=uw)
        if st['kind'] in ('ceil', 'floor'):
            src = st['expr'][0][1]
            d['x'] = sty.num(down[src], steps[src]['money'])
            d['n'] = sty.res(written[i], st, uw) if not sty.latex else fmt(written[i], st['money'], ',', sty.cents) + (' ' + uw if uw and not st['money'] else '')
            if sty.latex:
                d['x'] = fmt(down[src], steps[src]['money'], ',', sty.cents)
        else:
            d['expr'] = sty.expr(st, down, steps)
            d['wexpr'] = sty.expr(st, down, steps, words=True)
            d['res'] = sty.res(written[i], st, uw)
            d['rel'] = '≈' if st['kind'] == 'approx' else '='
            if sty.latex and st['kind'] == 'approx':
                d['rel'] = '\\approx'
            d['plain'] = sty.expr(st, down, steps).replace(' ', '') if style == 'gsm8k' else ''
            d['rplain'] = plain(written[i])
        R.append(d)
    fst = steps[final_idx]
    fv = down[final_idx] if mode == 'slip' else written[final_idx]
    final_disp = sty.res(fv, fst, unit_word(fst, ctx))
    fplain = plain(fv)
    goal = fst['desc']

    def cline(d, fmt_kind):
        """one computation line body for step d."""
        if d['kind'] == 'ceil':
            return rng.choice(['%s → round up to %s' % (d['x'], d['n']),
                               "You can't buy part of a bag, so %s rounds up to %s." % (d['x'], d['n']),
                               '%s is not a whole number, so round up to %s.' % (d['x'], d['n'])])
        if d['kind'] == 'floor':
            return rng.choice(['%s → round down to %s' % (d['x'], d['n']),
                               'Only whole %s count, so %s rounds down to %s.' % (d['uw'] or 'ones', d['x'], d['n']),
                               '%s is not a whole number, so round down to %s.' % (d['x'], d['n'])])
        return '%s %s %s' % (d['expr'], d['rel'], d['res'])

    # check line (inverse of final calc step) when safe
    check = None
    lst = steps[final_idx]
    if lst['kind'] == 'calc' and len(lst['expr']) == 3 and not (mode == 'carry' and fault_step == final_idx):
        a_t, op, b_t = lst['expr']
        b = ev_expr([b_t], down)
        a = ev_expr([a_t], down)
        res = written[final_idx] if mode != 'slip' else down[final_idx]
        inv = {'*': ('/', a), '+': ('-', a), '-': ('+', a), '/': ('*', a)}.get(op)
        if inv and terminating(res, 4) and b != 0 and not (a_t[0] == 'c' and a_t[2] == '%'):
            sym = sty.div if inv[0] == '/' else sty.mul if inv[0] == '*' else (' − ' if inv[0] == '-' else ' + ')
            if sty.latex:
                sym = {' − ': ' - '}.get(sym, sym)
            check = '%s%s%s = %s' % (sty.num(res, lst['money']), sym, sty.num(b, lst['money'] if op in '+-' else False), sty.num(a, lst['money']))

    def add(line, step=None):
        if step is not None:
            where[step] = len(lines)
        lines.append(line)

    fact = FACTS.get(ctx.get('_s'))
    if fact and style in ('md_headings', 'bold_labels', 'bullets', 'tutor', 'numbered', 'prose') and rng.random() < 0.6:
        lines.append(rng.choice(['Useful conversion: %s.', 'Remember: %s.', '(Note: %s.)']) % fact)
        lines.append('')

    if style == 'md_headings':
        add(rng.choice(["Let's solve this step by step.", 'We need %s.' % goal, "Here's how to work it out.", 'To find %s, break it into steps.' % goal]))
        add('')
        for i, d in enumerate(R):
            add('### Step %d: %s' % (i + 1, d['label'] if d['kind'] not in ('ceil', 'floor') else rng.choice(['Round to whole numbers', d['label']])))
            if d['kind'] == 'calc' and rng.random() < 0.4:
                add(cap(rng.choice(['work out %s:', 'now find %s:', 'calculate %s:'])) % d['desc'])
            add(cline(d, 'md'), i)
            add('')
        if check and rng.random() < 0.5:
            add('**Check:** %s ✓' % check)
            add('')
        add('### Answer')
        add(rng.choice(['%s is **%s**.' % (cap(goal), final_disp), '**%s**' % final_disp]))
    elif style == 'bold_labels':
        if rng.random() < 0.5:
            add(rng.choice(['Here is the calculation:', 'Breaking it down:', "Let's compute it."]))
            add('')
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add('**%s:** %s' % (d['label'], cline(d, 'b')), i)
            else:
                add('**%s:** %s' % (d['label'], cline(d, 'b')), i)
        add('')
        if check and rng.random() < 0.4:
            add('**Check:** %s' % check)
            add('')
        add('**Answer:** %s' % final_disp)
    elif style == 'bullets':
        add(rng.choice(["Here's the breakdown:", 'Working it out:', 'Quick math:']))
        add('')
        b = rng.choice(['-', '*', '•'])
        for i, d in enumerate(R):
            lab = d['label'] if rng.random() < 0.7 else cap(d['desc'])
            add('%s %s: %s' % (b, lab, cline(d, 'u')), i)
        add('')
        add(rng.choice(['So %s is %s.' % (goal, final_disp), 'Total: **%s**' % final_disp, 'That gives %s.' % final_disp]))
    elif style == 'prose':
        frames = ['First, %(desc)s: %(c)s.', 'That means %(desc)s is %(c)s.', 'So %(desc)s comes to %(c)s.',
                  'Next, %(desc)s is %(c)s.', 'Then %(desc)s works out to %(c)s.', 'Now for %(desc)s: %(c)s.']
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add(cline(d, 'p'), i)
            else:
                c = cline(d, 'p')
                if sty.words and d['rel'] == '=' and rng.random() < 0.6:
                    c = '%s is %s' % (d['wexpr'], d['res'])
                fr = frames[0] if i == 0 else rng.choice(frames[1:])
                add(fr % dict(desc=d['desc'], c=c), i)
            if rng.random() < 0.3:
                add('')
        add('')
        add(rng.choice(['So the answer is %s.' % final_disp, 'Therefore, %s is %s.' % (goal, final_disp), 'The answer is %s.' % final_disp]))
    elif style == 'latex_inline':
        add(rng.choice(["Let's work through it.", 'We compute step by step.', 'Step-by-step solution:']))
        add('')
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add(cline(d, 'l'), i)
            else:
                fr = rng.choice(['%(L)s: \\( %(c)s \\)', '%(D)s is \\( %(c)s \\).', 'For %(d)s we get \\(%(c)s\\).'])
                add(fr % dict(L=d['label'], D=cap(d['desc']), d=d['desc'], c=cline(d, 'l')), i)
            add('')
        add(rng.choice(['So %s is \\( %s \\).' % (goal, final_disp), 'The answer is \\( \\boxed{%s} \\).' % fplain]))
    elif style == 'latex_display':
        for i, d in enumerate(R):
            add('**Step %d: %s**' % (i + 1, d['label']))
            if d['kind'] in ('ceil', 'floor'):
                add(cline(d, 'l'), i)
            else:
                add(rng.choice(['%s:' % cap(d['desc']), 'We compute %s:' % d['desc'], '']))
                add('\\[')
                add(cline(d, 'l'), i)
                add('\\]')
            add('')
        add('**Final answer:**')
        add('\\[')
        add('\\boxed{%s}' % final_disp)
        add('\\]')
    elif style == 'table':
        add(rng.choice(['| Step | Calculation | Result |', '| What | Work | Value |']))
        add('|---|---|---|')
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add('| %s | %s → round %s | %s |' % (d['label'], d['x'], 'up' if d['kind'] == 'ceil' else 'down', d['n']), i)
            else:
                res = d['res'] if d['rel'] == '=' else '≈ ' + d['res']
                add('| %s | %s | %s |' % (d['label'], d['expr'], res), i)
        add('')
        add(rng.choice(['**Answer: %s**' % final_disp, 'So %s is **%s**.' % (goal, final_disp)]))
    elif style == 'terse':
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add('%s -> round %s: %s' % (d['x'], 'up' if d['kind'] == 'ceil' else 'down', d['n']), i)
            else:
                c = '%s %s %s' % (d['expr'], d['rel'], d['res'])
                if rng.random() < 0.4:
                    c = d['label'].lower() + ': ' + c
                add(c, i)
        add('Answer: %s' % final_disp)
    elif style == 'tutor':
        add(rng.choice(["Great question! Let's figure this out together. 🐾", "Happy to help with this one! Let's take it one step at a time.",
                        'Sure thing! Here is how I would think about it.']))
        add('')
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add('**Step %d – %s.** %s' % (i + 1, d['label'], cline(d, 't')), i)
            else:
                c = cline(d, 't')
                if sty.words and d['rel'] == '=' and rng.random() < 0.7:
                    c = '%s is %s' % (d['wexpr'], d['res'])
                add('**Step %d – %s.** %s: %s.' % (i + 1, d['label'], cap(d['desc']), c), i)
            add('')
        if check:
            add('Check: %s ✓ Looks right!' % check)
            add('')
        add('So %s is **%s**. %s' % (goal, final_disp, rng.choice(['Hope that helps! 🐶', 'Let me know if you want the math for a different number of animals.', 'Good luck!'])))
    elif style == 'gsm8k':
        fr = ['%(D)s is %(c)s.', 'So %(d)s is %(c)s.', 'That makes %(d)s %(c)s.']
        for i, d in enumerate(R):
            if d['kind'] in ('ceil', 'floor'):
                add(cline(d, 'g'), i)
            elif d['rel'] == '=':
                c = '%s = <<%s=%s>>%s' % (d['expr'], d['plain'], d['rplain'], d['res'])
                add(rng.choice(fr) % dict(D=cap(d['desc']), d=d['desc'], c=c), i)
            else:
                add(rng.choice(fr) % dict(D=cap(d['desc']), d=d['desc'], c=cline(d, 'g')), i)
    elif style == 'numbered':
        add(rng.choice(['Steps:', "Let's break it down:", 'Solution:']))
        for i, d in enumerate(R):
            add('%d. %s: %s' % (i + 1, d['label'] if rng.random() < 0.6 else cap(d['desc']), cline(d, 'n')), i)
        add('')
        if check and rng.random() < 0.5:
            add('Check: %s.' % check)
            add('')
        add('**Final answer:** %s' % final_disp)
    add('')
    add('#### %s' % fplain)
    # collapse accidental double blank lines
    out, wmap = [], {}
    for idx, ln in enumerate(lines):
        if ln == '' and out and out[-1] == '':
            continue
        for k, v in where.items():
            if v == idx:
                wmap[k] = len(out)
        out.append(ln)
    if out and out[0] == '':
        out = out[1:]
        wmap = {k: v - 1 for k, v in wmap.items()}
    return out, wmap


def span_of(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


# ------------------------------------------------------------------ main


def build(out):
    rows = []
    pcount = 0
    for sname, fn, settings, frames in STRUCTS:
        combos = [(s, f) for f in range(len(frames)) for s in range(len(settings))]
        trng = random.Random('combos-' + sname)
        trng.shuffle(combos)
        combos = sorted(combos[:TEMPLATES_PER_STRUCT])
        for ti, (si, fi) in enumerate(combos):
            tname = '%s-s%d-f%d' % (sname, si, fi)
            for ns in range(NSETS):
                pid = '%s-%d-%d' % (sname, ti, ns)
                rng = random.Random('nums-' + pid)
                params, steps, final_idx = fn(rng)
                ctx = dict(settings[si])
                ctx.update(params)
                ctx['_s'] = sname
                problem = cap(frames[fi].format(**ctx))
                problem = re.sub(r'([.?!] )([a-z])', lambda m: m.group(1) + m.group(2).upper(), problem)
                problem = re.sub(r'\bA (8|11|18|80)\b', r'An \1', problem)
                style = STYLES[(pcount * 7) % len(STYLES)]
                pcount += 1
                w0, d0 = solve(steps)
                gold = plain(w0[final_idx])
                base = dict(pid=pid, template=tname, style=style, problem=problem)
                # correct
                lines, wmap = render(style, steps, w0, d0, ctx, final_idx, random.Random('r-' + pid))
                rows.append(dict(base, variant='correct', solution='\n'.join(lines), final=gold))
                # slip, carry
                for mode in ('slip', 'carry'):
                    frng = random.Random(mode + '-' + pid)
                    fc = choose_fault(frng, steps, mode)
                    if fc is None:
                        raise SystemExit('no fault for %s %s' % (pid, mode))
                    k, kind, wv = fc
                    w1, d1 = solve(steps, (k, wv), mode)
                    lines, wmap = render(style, steps, w1, d1, ctx, final_idx, random.Random('r-' + pid), k, mode)
                    row = dict(base, variant=mode, solution='\n'.join(lines), final=gold,
                               span=span_of(lines, wmap[k]), wrong=plain(wv), right=plain(w0[k]),
                               step=k + 1, kind=kind)
                    rows.append(row)
                # loop
                lrng = random.Random('loop-' + pid)
                lines, wmap = render(style, steps, w0, d0, ctx, final_idx, random.Random('r-' + pid))
                stepl = sorted(wmap.values())
                s0 = lrng.choice(stepl[:-1] if len(stepl) > 1 else stepl)
                L = lrng.choice([1, 1, 2, 3])
                # extend block start backwards to include heading lines sometimes
                if L > 1 and s0 > 0 and lrng.random() < 0.5:
                    s0 -= 1
                unit = lines[s0:s0 + L]
                while unit and unit[-1] == '':
                    unit = unit[:-1]
                if not unit or any(u.startswith('####') for u in unit):
                    unit = [lines[stepl[0]]]
                    s0 = stepl[0]
                ut = '\n'.join(unit)
                reps = lrng.randint(8, 30)
                head = '\n'.join(lines[:s0])
                head = head + '\n' if s0 > 0 else ''
                text = head + ut + ('\n' + ut) * (reps - 1)
                if len(unit) > 1 and lrng.random() < 0.5:
                    text += '\n' + '\n'.join(unit[:lrng.randint(1, len(unit) - 1)])
                sp = [len(head) + len(ut) + 1, len(head) + 2 * len(ut) + 1]
                rows.append(dict(base, variant='loop', solution=text, final=gold, span=sp, repeats=reps))
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    return rows


if __name__ == '__main__':
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = build(a.out)
    print('wrote %d rows to %s' % (len(rows), a.out))
