#!/usr/bin/env python3
"""Generate a held-out set of worked solutions (video games & streaming genre).

python3 gen.py --out set.jsonl
Standard library only; output is deterministic (string-seeded random.Random).
"""
import argparse
import json
import os
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kinds import KINDS, c  # noqa: E402
import random  # noqa: E402

STYLES = ['md_headings', 'bold_labels', 'bullets', 'prose', 'latex_inline',
          'latex_display', 'table', 'terse', 'chatty', 'numbered']
NAMES = [('Maya', 'her'), ('Jordan', 'their'), ('Leo', 'his'), ('Priya', 'her'), ('Kenji', 'his'),
         ('Ava', 'her'), ('Diego', 'his'), ('Sam', 'their'), ('Zoe', 'her'), ('Marcus', 'his')]
SETS = 4


# ---------------------------------------------------------------- numbers
def decs_of(v, cap=6):
    v = F(v)
    for d in range(cap + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rnd(v, d):
    q = 10 ** d
    x = v * q
    n = (abs(x.numerator) * 2 + x.denominator) // (2 * x.denominator)
    return F(n if x >= 0 else -n, q)


def ev(expr):
    vals = [expr[0][0]]
    ops = []
    for i in range(1, len(expr), 2):
        o, v = expr[i], expr[i + 1][0]
        if o == '*':
            vals[-1] = vals[-1] * v
        elif o == '/':
            vals[-1] = vals[-1] / v
        else:
            ops.append(o)
            vals.append(v)
    r = vals[0]
    for o, v in zip(ops, vals[1:]):
        r = r + v if o == '+' else r - v
    return r


def nstr(v, d, commas=True, minus='-'):
    v = F(v)
    iv = abs(v) * 10 ** d
    assert iv.denominator == 1, (v, d)
    iv = int(iv)
    ip, fp = divmod(iv, 10 ** d)
    s = f"{ip:,}" if commas else str(ip)
    if d:
        s += '.' + str(fp).zfill(d)
    return (minus if v < 0 else '') + s


def canon(v, money=False):
    v = F(v)
    if money and v.denominator != 1:
        return nstr(v, 2, False)
    d = decs_of(v)
    return nstr(v, d, False)


class B:
    def __init__(self, ov):
        self.ov = ov
        self.steps = []

    def s(self, lab, expr, fmt='int', unit='', dec=None):
        exact = ev(expr)
        dd = decs_of(exact)
        lim = dec if dec is not None else (2 if fmt == 'money' else (0 if fmt == 'int' else 2))
        if fmt == 'money':
            lim = 2
        if dd is not None and dd <= max(lim, 0 if dec is not None else 2):
            res, approx = exact, False
        else:
            lim = lim if lim else 2
            res, approx = rnd(exact, lim), True
        i = len(self.steps)
        shown = self.ov.get(i, res)
        self.steps.append(dict(lab=lab, expr=expr, exact=exact, res=res, shown=shown,
                               approx=approx, fmt=fmt, unit=unit, dec=lim if approx else None))
        return shown


def rdec(st, v):
    """decimals used to display value v as the result of step st."""
    if st['fmt'] == 'money':
        return 2
    if st['approx']:
        return st['dec']
    d = decs_of(v)
    return d if d is not None else 2


# ---------------------------------------------------------------- style tables
class Sty:
    def __init__(self, name, rng):
        self.name = name
        self.r = rng
        self.latex = name in ('latex_inline', 'latex_display')
        self.commas = name != 'terse' and not (self.latex and rng.random() < 0.3)
        self.minus = '-' if name in ('terse', 'bullets', 'chatty') or rng.random() < 0.5 else '−'
        pick = rng.choice
        if self.latex:
            self.mul, self.div = r' \times ', pick([r' \div ', ' / '])
            self.minus = '-'
        elif name == 'terse':
            self.mul, self.div = pick([' * ', '*', ' x ']), pick([' / ', '/'])
        elif name == 'numbered':
            self.mul, self.div = pick([' x ', ' × ']), pick([' / ', ' ÷ '])
        elif name == 'bullets':
            self.mul, self.div = pick([' × ', ' x ', ' * ']), pick([' ÷ ', ' / '])
        elif name == 'prose':
            self.mul, self.div = pick([' × ', ' · ', ' × ']), ' ÷ '
        else:
            self.mul, self.div = ' × ', pick([' ÷ ', ' ÷ ', ' / '])
        self.plus = ' + '
        self.sub = ' - ' if self.minus == '-' else ' − '
        self.worded = name == 'chatty'
        self.opunits = {'terse': 0.0, 'latex_inline': 0.15, 'latex_display': 0.1, 'table': 0.2,
                        'chatty': 0.3, 'prose': 0.5}.get(name, 0.35)
        self.pct_as_dec = rng.random() < 0.4
        self.frac = self.latex and rng.random() < 0.5
        self.eqdec = rng.random() < 0.5   # write "=" for a rounded decimal result

    def num(self, v, d, fmt='int'):
        s = nstr(v, d, self.commas, self.minus)
        if self.latex and self.commas:
            s = s.replace(',', '{,}')
        if fmt == 'money':
            neg = s.startswith(self.minus) and v < 0
            body = s[len(self.minus):] if neg else s
            s = (self.minus if neg else '') + ('\\$' if self.latex else '$') + body
        return s

    def operand(self, o, with_unit):
        v, fmt, unit = o
        if fmt == 'pct':
            if self.pct_as_dec and not self.worded:
                return self.num(v, max(2, decs_of(v)))
            p = nstr(v * 100, decs_of(v * 100), False)
            return p + ('\\%' if self.latex else '%')
        d = 2 if fmt == 'money' else (decs_of(v) or 0)
        s = self.num(v, d, fmt)
        if with_unit and unit and fmt != 'money':
            s += (r'\text{ %s}' % unit) if self.latex else ' ' + unit
        return s

    def unit(self, u):
        if not u:
            return ''
        return (r'\text{ %s}' % u) if self.latex else ' ' + u

    def expr(self, ex):
        wu = self.r.random() < self.opunits
        ops = ex[1::2]
        if self.frac and len(ex) == 3 and ops[0] == '/':
            return r'\frac{%s}{%s}' % (self.operand(ex[0], False), self.operand(ex[2], False))
        if self.worded and len(ex) == 3 and ops[0] == '*' and ex[2][1] == 'pct':
            return '%s of %s' % (self.operand(ex[2], False), self.operand(ex[0], wu))
        out = [self.operand(ex[0], wu)]
        for i in range(1, len(ex), 2):
            o = ex[i]
            if self.worded:
                sym = {'*': ' times ', '/': ' divided by ', '+': ' plus ', '-': ' minus '}[o]
                if o in '+*' and self.r.random() < 0.4:
                    sym = {'*': ' × ', '+': ' + '}[o]
            else:
                sym = {'*': self.mul, '/': self.div, '+': self.plus, '-': self.sub}[o]
            out.append(sym)
            out.append(self.operand(ex[i + 1], wu and ex[i + 1][1] != 'pct' and o != '/'))
        return ''.join(out)

    def rel(self, approx, d):
        if self.worded:
            if approx:
                return self.r.choice([' is about ', ' is roughly ', ' comes to about '])
            return self.r.choice([' is ', ' is ', ' comes to ', ' gives '])
        if approx and not (self.eqdec and d > 0):
            return r' \approx ' if self.latex else ' ≈ '
        return ' = '

    def result(self, st, v):
        d = rdec(st, v)
        return self.num(v, d, st['fmt']) + self.unit(st['unit'] if st['fmt'] != 'money' else '')

    def eq(self, st, v=None):
        v = st['shown'] if v is None else v
        return self.expr(st['expr']) + self.rel(st['approx'], rdec(st, v)) + self.result(st, v)


# ---------------------------------------------------------------- check lines
def check_line(sty, st):
    """Inverse computation of a step (only when it is exact both ways)."""
    ex = st['expr']
    if len(ex) != 3 or st['approx']:
        return None
    a, o, b = ex
    r = st['res']
    inv = {'*': '/', '/': '*', '+': '-', '-': '+'}[o]
    if o == '*' and b[0] == 0:
        return None
    exact = r / b[0] if inv == '/' else (r * b[0] if inv == '*' else (r - b[0] if inv == '-' else r + b[0]))
    if exact != a[0] or decs_of(r) is None:
        return None
    fake = dict(expr=[(r, st['fmt'] if st['fmt'] in ('money', 'int', 'auto') else 'auto', st['unit']), inv, b],
                approx=False, fmt=a[1] if a[1] != 'pct' else 'auto', unit=a[2], dec=None, shown=a[0])
    if a[1] == 'pct' or b[1] == 'pct':
        return None
    return sty.eq(fake)


# ---------------------------------------------------------------- renderers
I_FIX = [("I's", 'my'), ('I has', 'I have'), ('I pays', 'I pay'), ('I streams', 'I stream'),
         ('I does', 'I do'), ('I wants', 'I want'), ('I needs', 'I need'), ('I gets', 'I get'),
         ('I is ', 'I am '), ('I earns', 'I earn'), ('I keeps', 'I keep'), ('I sits', 'I sit'),
         ('I makes', 'I make'), ('does I ', 'do I '), ('I was', 'I was'), (') earns', ') earn')]


def fix_i(s):
    for a, b in I_FIX:
        s = s.replace(a, b)
    return s


def cap(s):
    return s[:1].upper() + s[1:]


def render(style, kd, p, steps, final_val, who, rng, notes, allow_check):
    sty = Sty(style, rng)
    money = getattr(kd, 'money', False)
    fin = sty.num(final_val, 2 if money else (decs_of(final_val) or 0), 'money' if money else 'int')
    fin_plain = fin.replace('\\$', '$').replace('{,}', ',')
    F_txt = fin_plain
    concl = rng.choice(kd.concl).format(Who=cap(who), F=F_txt, who=who)
    if who == 'you':
        for a_, b_ in (('You needs', 'You need'), ('You spends', 'You spend'), ('You earns', 'You earn')):
            concl = concl.replace(a_, b_)
    note = rng.choice(notes) if notes and rng.random() < 0.45 else ''
    chk = None
    crng = random.Random(rng.random())
    if rng.random() < 0.4:
        keep = sty.r
        sty.r = crng
        chk = check_line(sty, steps[-1])
        sty.r = keep
    if not allow_check:
        chk = None
    L = []
    at = {}

    def add(line, k=None):
        if k is not None:
            at[k] = len(L)
        L.append(line)

    n = len(steps)
    if style == 'md_headings':
        add(rng.choice(["Let's work through this step by step.", "Let's break this down.", "Here's how to solve it."]))
        if note:
            add('')
            add(note)
        for i, st in enumerate(steps):
            add('')
            add('### Step %d: %s' % (i + 1, st['lab']))
            add('')
            lead = rng.choice(['', '', 'So ', 'We get ']) if i else ''
            add(lead + sty.eq(st), i)
        if chk:
            add('')
            add('**Check:** ' + chk + ' ✓')
        add('')
        add('### Final Answer')
        add('')
        add(concl)
    elif style == 'bold_labels':
        if note:
            add(note)
            add('')
        for i, st in enumerate(steps):
            add('**%s:** %s' % (st['lab'], sty.eq(st)), i)
            add('')
        if chk:
            add('Check: ' + chk)
            add('')
        add('**Answer:** ' + concl)
    elif style == 'bullets':
        add(rng.choice(["Here's the math:", 'Breaking it down:', 'Calculation:']))
        add('')
        for i, st in enumerate(steps):
            add('- %s: %s' % (st['lab'], sty.eq(st)), i)
        if chk:
            add('- Check: ' + chk)
        add('')
        add(concl)
    elif style == 'prose':
        first = ['First, find the %s: %s.', 'Start with the %s: %s.', 'To begin, the %s is %s.']
        mid = ['Next, the %s: %s.', 'Then the %s comes out to %s.', 'Now for the %s: %s.']
        last = ['Finally, the %s: %s.', 'Last, the %s is %s.', 'That leaves the %s: %s.']
        if note:
            add(note)
            add('')
        for i, st in enumerate(steps):
            pool = first if i == 0 else (last if i == n - 1 else mid)
            add(rng.choice(pool) % (st['lab'].lower() if not st['lab'][:2].isupper() else st['lab'], sty.eq(st)), i)
            add('')
        if chk:
            add('Checking: ' + chk + ', which matches.')
            add('')
        add(concl)
    elif style == 'latex_inline':
        add(rng.choice(["We'll compute each quantity in turn.", 'Step by step:']))
        add('')
        for i, st in enumerate(steps):
            add(r'**Step %d.** %s: \( %s \)' % (i + 1, st['lab'], sty.eq(st)), i)
            add('')
        if chk:
            add(r'Check: \( %s \) ✓' % chk)
            add('')
        add(concl + r' \(\boxed{%s}\)' % fin)
    elif style == 'latex_display':
        if note:
            add(note)
            add('')
        for i, st in enumerate(steps):
            add(st['lab'] + ':')
            add(r'\[')
            add(sty.eq(st), i)
            add(r'\]')
            add('')
        if chk:
            add('Check:')
            add(r'\[ %s \]' % chk)
            add('')
        add(r'\[ \boxed{%s} \]' % fin)
        add('')
        add(concl)
    elif style == 'table':
        add(rng.choice(['Here is the calculation laid out:', "Let's put it in a table:"]))
        add('')
        add('| Step | What | Calculation | Result |')
        add('|---|---|---|---|')
        for i, st in enumerate(steps):
            e = sty.expr(st['expr'])
            rr = sty.result(st, st['shown'])
            if st['approx'] and not (sty.eqdec and rdec(st, st['shown']) > 0):
                rr = '≈ ' + rr
            add('| %d | %s | %s | %s |' % (i + 1, st['lab'], e, rr), i)
        add('')
        if chk:
            add('Check: ' + chk)
            add('')
        add(concl)
    elif style == 'terse':
        for i, st in enumerate(steps):
            lab = rng.choice(['', st['lab'].lower() + ': '])
            add(lab + sty.eq(st), i)
        if chk:
            add('check: ' + chk)
        add('')
        add('Answer: ' + fin + ('' if money else ' ' + kd.unit))
    elif style == 'chatty':
        add(rng.choice(["Great question! 🎮 Let's do the math.", "Ooh, nice one, let's crunch it! 🕹️", "Sure thing! Let's level up this math problem. 💪"]))
        add('')
        if note:
            add(note)
            add('')
        conn = ['So the %s: %s.', 'Okay, %s next: %s!', 'Then %s: %s.', 'And the %s: %s. 🎯']
        for i, st in enumerate(steps):
            add(conn[min(i, 2) if i < n - 1 else 3] % (st['lab'].lower() if not st['lab'][:2].isupper() else st['lab'], sty.eq(st)), i)
            add('')
        if chk:
            add('Quick sanity check: ' + chk + ' ✅')
            add('')
        add(concl + ' ' + rng.choice(['GG! 🎉', 'Hope that helps!', 'Happy gaming! 🎮']))
    elif style == 'numbered':
        add(rng.choice(['Solution:', "Let's solve it:", 'Steps:']))
        add('')
        for i, st in enumerate(steps):
            add('%d. **%s:** %s' % (i + 1, st['lab'], sty.eq(st)), i)
        if chk:
            add('%d. **Check:** %s' % (n + 1, chk))
        add('')
        add('**' + concl.replace('**', '') + '**')
    else:
        raise ValueError(style)
    return L, at


# ---------------------------------------------------------------- faults
SLIPS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op',
         'sign_dropped', 'decimal_moved']


def digits_mut(v, d, f):
    s = nstr(abs(v), d, False).replace('.', '')
    t = f(s)
    if t is None or t == s or not t or (len(t) > 1 and t[0] == '0'):
        return None
    if len(t) <= d:
        return None
    w = F(int(t), 10 ** d)
    return -w if v < 0 else w


def make_slip(rng, st, kind):
    v = st['res']
    d = rdec(st, v)
    ulp = F(1, 10 ** d)
    if kind == 'off_by_one':
        w = v + rng.choice([1, -1]) * (1 if (d == 0 or rng.random() < 0.5) else ulp)
    elif kind == 'off_by_ten':
        w = v + rng.choice([1, -1]) * rng.choice([10, 100] if abs(v) >= 1000 else [10])
    elif kind == 'swap_digits':
        def f(s):
            idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
            if not idx:
                return None
            i = rng.choice(idx)
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        w = digits_mut(v, d, f)
    elif kind == 'drop_digit':
        def f(s):
            if len(s) - d < 2:
                return None
            i = rng.randrange(1, len(s) - d)
            return s[:i] + s[i + 1:] if d == 0 else s[:i] + s[i + 1:]
        w = digits_mut(v, d, f)
        if w is not None and d:
            w = None if decs_of(w) is None else w
    elif kind == 'double_digit':
        def f(s):
            i = rng.randrange(0, len(s) - d)
            return s[:i] + s[i] + s[i:]
        w = digits_mut(v, d, f)
    elif kind == 'wrong_op':
        ex = st['expr']
        if len(ex) != 3:
            return None
        o = {'*': '+', '/': '-', '+': '*', '-': '+'}[ex[1]]
        if ex[2][1] == 'pct':
            o = '/' if ex[1] == '*' else o
        w = ev([ex[0], o, ex[2]])
        if decs_of(w) is None or decs_of(w) > d:
            w = rnd(w, d)
    elif kind == 'sign_dropped':
        if v >= 0:
            return None
        w = -v
    elif kind == 'decimal_moved':
        w = v * 10 if rng.random() < 0.5 else v / 10
        if decs_of(w) is None or decs_of(w) > d:
            w = v * 10
    else:
        raise ValueError(kind)
    if w is None or w == v:
        return None
    if decs_of(w) is None or decs_of(w) > d:
        return None
    if w < 0 <= v:
        return None
    if abs(w - st['exact']) <= ulp / 2:
        return None
    return w


def choose_slip(rng, steps, tag):
    order = list(range(len(steps)))
    rng.shuffle(order)
    kinds = SLIPS[:]
    for k in order:
        rng.shuffle(kinds)
        if steps[k]['res'] < 0 and rng.random() < 0.5:
            kinds.remove('sign_dropped')
            kinds.insert(0, 'sign_dropped')
        for kind in kinds:
            w = make_slip(rng, steps[k], kind)
            if w is not None:
                return k, kind, w
    raise RuntimeError('no slip for ' + tag)


# ---------------------------------------------------------------- assembly
def line_span(lines, idx):
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


def solve(kd, p, ov):
    b = B(ov)
    kd.build(b, p)
    return b.steps


def final_str(kd, v):
    return canon(v, getattr(kd, 'money', False))


def build_rows():
    rows = []
    tcount = 0
    pcount = 0
    for kd in KINDS:
        for ph_i, ph in enumerate(kd.phr):
            for voice in ('a', 'b'):
                tname = '%s-%d%s' % (kd.name, ph_i + 1, voice)
                for si in range(SETS):
                    rng = random.Random('eval87|%s|%d' % (tname, si))
                    p = kd.gen(rng)
                    if voice == 'a':
                        N, P, who = 'I', 'my', 'you'
                    else:
                        N, P = NAMES[(tcount * 3 + si) % len(NAMES)]
                        who = N
                    fp = {k: (c(v) if isinstance(v, (int, F)) and not isinstance(v, bool) else v) for k, v in p.items()}
                    fp.update(N=N, P=P)
                    problem = ph.format(**fp)
                    if voice == 'a':
                        problem = fix_i(problem)
                    problem = problem[0].upper() + problem[1:]
                    style = STYLES[pcount % len(STYLES)]
                    pcount += 1
                    notes = [x.format(Who_lc=who, **fp) for x in kd.notes if x]
                    pid = '%s-%d' % (tname, si + 1)
                    steps = solve(kd, p, {})
                    fv = steps[-1]['shown']
                    gold = final_str(kd, fv)
                    base = dict(pid=pid, template=tname, style=style, problem=problem)
                    rseed = 'eval87|render|%s' % pid
                    # correct
                    lines, at = render(style, kd, p, steps, fv, who, random.Random(rseed), notes, True)
                    sol = '\n'.join(lines) + '\n\n#### ' + gold
                    rows.append(dict(base, variant='correct', solution=sol, final=gold))
                    # slip
                    frng = random.Random('eval87|fault|%s' % pid)
                    k, kind, w = choose_slip(frng, steps, pid)
                    st2 = solve(kd, p, {})
                    st2[k]['shown'] = w
                    lines, at = render(style, kd, p, st2, fv, who, random.Random(rseed), notes, True)
                    sol = '\n'.join(lines) + '\n\n#### ' + gold
                    sp = line_span(lines, at[k])
                    rows.append(dict(base, variant='slip', solution=sol, final=gold, span=sp,
                                     wrong=canon(w), right=canon(steps[k]['res']), step=k + 1, kind=kind))
                    # carry (different fault draw)
                    crng = random.Random('eval87|carry|%s' % pid)
                    for _ in range(50):
                        k2, kind2, w2 = choose_slip(crng, steps, pid)
                        st3 = solve(kd, p, {k2: w2})
                        fv3 = st3[-1]['shown']
                        if final_str(kd, fv3) != gold:
                            break
                    else:
                        raise RuntimeError('carry ' + pid)
                    lines, at = render(style, kd, p, st3, fv3, who, random.Random(rseed), notes, False)
                    sol = '\n'.join(lines) + '\n\n#### ' + final_str(kd, fv3)
                    sp = line_span(lines, at[k2])
                    rows.append(dict(base, variant='carry', solution=sol, final=gold, span=sp,
                                     wrong=canon(w2), right=canon(steps[k2]['res']), step=k2 + 1, kind=kind2))
                    # loop
                    lrng = random.Random('eval87|loop|%s' % pid)
                    lines, at = render(style, kd, p, steps, fv, who, random.Random(rseed), notes, False)
                    cand = sorted(set(v + 1 for v in at.values()))
                    cand = [e for e in cand if e >= 2] or cand
                    e = lrng.choice(cand)
                    u = lrng.choice([1, 1, 2, 2, 3])
                    u = max(1, min(u, e - min(at.values())))
                    unit = lines[e - u:e]
                    if not any(x.strip() for x in unit):
                        unit = lines[e - 1:e]
                        u = 1
                    reps = lrng.randint(8, 30)
                    pre = lines[:e]
                    body = pre + unit * (reps - 1)
                    text = '\n'.join(body)
                    start = len('\n'.join(pre)) + 1
                    utext = '\n'.join(unit)
                    if lrng.random() < 0.5:
                        first = unit[0]
                        lim = min([first.find(ch) for ch in ('=', '≈', ' is ', ' gives', ' comes', '|', '\\approx') if ch in first] + [len(first)])
                        cuts = [j for j in range(1, lim) if first[j] == ' ']
                        if cuts:
                            text += '\n' + first[:lrng.choice(cuts)]
                    rows.append(dict(base, variant='loop', solution=text, final=gold,
                                     span=[start, start + len(utext)], repeats=reps))
                tcount += 1
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = build_rows()
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), a.out))


if __name__ == '__main__':
    main()
