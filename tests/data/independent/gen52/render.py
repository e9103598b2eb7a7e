"""Style renderers for student / tutor shorthand solutions."""
import random
from fractions import Fraction as F
from core import (commas, dec_str, mixed_str, clock_str, dur_str, money_str, num_word, canon)

STYLES = ['terse', 'arrow', 'steps', 'so', 'tutor', 'forum', 'tally', 'gsm', 'worded', 'platform', 'therefore']

CFG = {
    'terse':     dict(mul='x', div='/', sub='-', add='+', sp='', cents=False, commas=False, at=True, x2=True),
    'arrow':     dict(mul='×', div='÷', sub='-', add='+', sp=' ', cents=False, commas=True, at=False, x2=True),
    'steps':     dict(mul='*', div='/', sub='-', add='+', sp=' ', cents=True, commas=False, at=False, x2=False),
    'so':        dict(mul='x', div='/', sub='-', add='+', sp=' ', cents=False, commas=False, at=True, x2=True, opunits=True),
    'tutor':     dict(mul='×', div='÷', sub='−', add='+', sp=' ', cents=True, commas=True, at=False, x2=False),
    'forum':     dict(mul='*', div='/', sub='-', add='+', sp='', cents=False, commas=False, at=True, x2=True),
    'tally':     dict(mul='x', div='/', sub='-', add='+', sp='', cents=False, commas=False, at=True, x2=True),
    'gsm':       dict(mul='*', div='/', sub='-', add='+', sp='', cents=True, commas=False, at=False, x2=False),
    'worded':    dict(mul='x', div='÷', sub='-', add='+', sp=' ', cents=False, commas=False, at=False, x2=False, opunits=True),
    'platform':  dict(mul='·', div='÷', sub='−', add='+', sp=' ', cents=True, commas=True, at=False, x2=False),
    'therefore': dict(mul='×', div='÷', sub='-', add='+', sp=' ', cents=False, commas=True, at=False, x2=True),
}

TUT = {
    'mul': ['good, now multiply', 'ok now multiply', 'nice. next multiply', 'right, now times it', 'good - now multiply to get the tot'],
    'add': ['good, now add them', 'ok now add', 'nice, add those up', 'right. now add', 'good - now put them together'],
    'sum': ['good, add them all up', 'ok add everything', 'now add them all'],
    'sub': ['good, now subtract', 'ok now take that away', 'nice. now subtract', 'right, now minus that part'],
    'div': ['good, now divide', 'ok now split it up', 'nice. divide next', 'right, now divide'],
    'pct': ['good, now find the percent', 'ok now do the percent part', 'now the percent'],
    'fracof': ['good, now find the fraction of it', 'ok now take the fraction', 'now the fraction part'],
    'perim': ['good, now the perimeter', 'first the perimeter'],
    'divr': ['good, now divide (watch the remainder)', 'ok divide, careful w/ the leftover'],
    'divround': ['good, now divide and round', 'ok divide then round to tenths'],
    'clockdiff': ['good, how long is one?', 'first find how long it lasts'],
}


NOTNOUN = {'want', 'ate', 'used', 'tossed', 'kept', 'has', 'paid', 'goal', 'incl', 'start', 'costs', 'bill',
           'base', 'increase', 'tip', 'off', 'tax', 'cost', 'days', 'times', 'fewer', 'dozen'}


class Ctx:
    def __init__(self, prob, vals, wv, style, pid):
        self.p = prob
        self.vals = vals
        self.wv = wv
        self.style = style
        self.c = CFG[style]
        self.pid = pid
        self.fmt = {g['id']: g['fmt'] for g in prob['g']}
        self.fmt.update({s['id']: s['fmt'] for s in prob['s']})
        self.glab = {g['id']: g['lab'] for g in prob['g']}
        self.rng = random.Random('%s|%s|main' % (pid, style))

    def srng(self, st, tag=''):
        return random.Random('%s|%s|%s|%s' % (self.pid, self.style, st['id'], tag))

    # ------------------------------------------------------------ values
    def fv(self, v, fmt, inner=False):
        c = self.c
        if fmt == 'money':
            if inner:
                return dec_str(v) if v.denominator != 1 else str(v.numerator)
            return money_str(v, cents=(c['cents'] and v.denominator == 1 and False) or v.denominator != 1,
                             sep=c['commas'])
        if fmt == 'pct':
            return dec_str(v) + ('' if inner else '%')
        if fmt in ('mixed', 'frac'):
            if inner:
                dn = v.denominator
                while dn % 2 == 0:
                    dn //= 2
                while dn % 5 == 0:
                    dn //= 5
                return dec_str(v) if dn == 1 else '%d/%d' % (v.numerator, v.denominator)
            return mixed_str(v)
        if fmt == 'clock':
            return clock_str(v)
        if fmt == 'dur':
            return dur_str(v)
        if fmt in ('dec',):
            return dec_str(v)
        if fmt == 'dec1':
            return dec_str(v, places=1)
        if fmt == 'cents':
            return str(int(v)) + ('' if inner else '¢')
        if fmt == 'temp':
            return str(int(v))
        # int
        if v.denominator != 1:
            return dec_str(v)
        n = int(v)
        if c['commas'] and not inner and abs(n) >= 1000:
            return commas(n)
        return str(n)

    def o(self, x, inner=False, unitword=False):
        if isinstance(x, str):
            if self.fmt[x] == 'dur':
                return str(int(self.vals[x]))
            s = self.fv(self.vals[x], self.fmt[x], inner)
            if unitword and x in self.glab:
                lab = self.glab[x]
                if lab.isalpha() and self.fmt[x] == 'int' and lab not in NOTNOUN:
                    s += ' ' + lab
            return s
        return str(x)

    def res(self, st):
        return self.fv(self.wv[st['id']], st['fmt'])

    # ------------------------------------------------------------ computation text
    def comp(self, st, rel='=', unit=True, glue=False):
        """Computation text 'lhs rel result [unit]'. Returns string."""
        c = self.c
        r = self.srng(st, 'comp')
        sp = c['sp']
        M = ' %s ' % c['mul'] if sp else c['mul']
        D = ' %s ' % c['div'] if sp else c['div']
        SUB = ' %s ' % c['sub'] if sp else c['sub']
        ADD = ' %s ' % c['add'] if sp else c['add']
        if self.style == 'worded':
            wr = r.random()
            if wr < 0.35:
                M, D, SUB, ADD = ' times ', ' divided by ', ' minus ', ' plus '
        R = ' %s ' % rel if sp or rel not in ('=',) else rel
        op = st['op']
        a = st['args']
        uw = c.get('opunits') and r.random() < 0.5 and op == 'mul'
        ops = [self.o(x, unitword=(uw and j == 0)) for j, x in enumerate(a)]
        if self.style == 'worded':
            ops = [self.wordify(x, s, r) for x, s in zip(a, ops)]
        w = self.wv[st['id']]
        res = self.res(st)
        tail = ''
        if op == 'mul':
            f1 = self.fmt.get(a[1]) if isinstance(a[1], str) else None
            f0 = self.fmt.get(a[0]) if isinstance(a[0], str) else None
            x = r.random()
            if c['at'] and len(a) == 2 and f1 == 'money' and f0 == 'int' and x < 0.45:
                lhs = '%s @ %s' % (ops[0], ops[1]) + ('ea' if r.random() < 0.5 else '')
            elif c['x2'] and a[0] == 2 and x < 0.6:
                lhs = '%s x2' % ops[1]
            else:
                lhs = M.join(ops)
        elif op in ('add', 'sum'):
            lhs = ADD.join(ops)
        elif op == 'sub':
            lhs = SUB.join(ops)
        elif op == 'div':
            lhs = D.join(ops)
            if a[1] == 2:
                tail = ' (half of %s)' % ops[0]
        elif op == 'pct':
            p = self.vals[a[0]]
            b = ops[1]
            x = r.random()
            pd = dec_str(p / 100)
            if x < 0.45:
                lhs = '%s%% of %s' % (dec_str(p), b)
            elif x < 0.75:
                if r.random() < 0.4 and pd.startswith('0.'):
                    pd = pd[1:]
                lhs = b + M + pd
            else:
                lhs = pd + M + b
        elif op == 'fracof':
            fr = self.vals[a[0]]
            n, d = fr.numerator, fr.denominator
            b = ops[1]
            x = r.random()
            if x < 0.5:
                lhs = '%d/%d of %s' % (n, d, b)
            elif x < 0.75 and n != 1:
                lhs = b + D + str(d) + M + str(n)
            elif x < 0.75:
                lhs = b + D + str(d)
            else:
                lhs = '%d/%d' % (n, d) + M + b
        elif op == 'perim':
            l, wd = ops
            x = r.random()
            if x < 0.4:
                lhs = '2' + M + '(%s%s%s)' % (l, ADD, wd)
            elif x < 0.7:
                lhs = ADD.join([l, wd, l, wd])
            else:
                lhs = '2' + M + l + ADD + '2' + M + wd
        elif op == 'divr':
            lhs = D.join(ops)
            A, B = int(self.vals[a[0]]), (int(self.vals[a[1]]) if isinstance(a[1], str) else a[1])
            rem = A % B
            rf = r.choice(['%d r%d', '%d R%d', '%d rem %d', '%d R %d', '%d remainder %d'])
            res = rf % (int(w), rem)
        elif op == 'divround':
            lhs = D.join(ops)
            A = self.vals[a[0]] / (self.vals[a[1]] if isinstance(a[1], str) else a[1])
            x = r.random()
            if (A * 10).denominator == 1:
                return lhs + ' = ' + res + self.unit(st, unit, glue)
            if x < 0.4:
                trunc = F(int(A * 1000), 1000)
                return lhs + ' = ' + dec_str(trunc, places=3) + '... ≈ ' + res + self.unit(st, unit, glue)
            elif x < 0.7:
                from core import round_half_up
                return lhs + ' ≈ ' + dec_str(round_half_up(A, 2), places=2) + ' ≈ ' + res + self.unit(st, unit, glue)
            else:
                return lhs + ' ≈ ' + res + self.unit(st, unit, glue)
        elif op == 'clockdiff':
            lhs = SUB.join([ops[1], ops[0]])
            res = '%s = %d' % (dur_str(w), int(w))
        else:
            raise ValueError(op)
        return lhs + R + res + self.unit(st, unit, glue) + (tail if self.style in ('arrow', 'forum', 'therefore', 'so', 'tally') else '')

    def unit(self, st, unit, glue):
        if not unit:
            return ''
        u = st['u']
        if st['fmt'] in ('money', 'cents'):
            return ''
        if not u:
            return ''
        if u.startswith('°'):
            return u
        if u == 'per part':
            return ' per part'
        if glue and ' ' not in u:
            return u
        return ' ' + u

    def wordify(self, x, s, r):
        if isinstance(x, str) and self.fmt[x] == 'int':
            v = self.vals[x]
            if v.denominator == 1 and 0 < v <= 20 and r.random() < 0.7:
                parts = s.split(' ', 1)
                return num_word(v) + (' ' + parts[1] if len(parts) > 1 else '')
        return s

    def inner(self, st):
        """GSM8K-style calculator annotation text 'expr=result' (ascii, no units)."""
        op = st['op']
        a = st['args']
        ops = [self.o(x, inner=True) for x in a]
        w = self.fv(self.wv[st['id']], st['fmt'], inner=True)
        r = self.srng(st, 'inner')
        if op == 'mul':
            e = '*'.join(ops)
        elif op in ('add', 'sum'):
            e = '+'.join(ops)
        elif op == 'sub':
            e = '-'.join(ops)
        elif op == 'div':
            e = '/'.join(ops)
        elif op == 'pct':
            e = '%s*%s/100' % (ops[1], ops[0]) if r.random() < 0.6 else '%s*%s' % (ops[1], dec_str(self.vals[a[0]] / 100))
        elif op == 'fracof':
            fr = self.vals[a[0]]
            e = '%s*%d/%d' % (ops[1], fr.numerator, fr.denominator)
        elif op == 'perim':
            e = '2*(%s+%s)' % tuple(ops) if r.random() < 0.5 else '2*%s+2*%s' % tuple(ops)
        else:
            return None
        return e + '=' + w

    def check_line(self, st):
        """A 'check' computation (inverse op) using values as believed downstream."""
        op = st['op']
        a = st['args']
        if op not in ('sub', 'div', 'add', 'mul') or len(a) != 2:
            return None
        if st['fmt'] in ('mixed',):
            return None
        if 'nocheck' in self.p.get('flags', ()):
            return None
        v = self.vals[st['id']]
        ov = [self.vals[x] if isinstance(x, str) else F(x) for x in a]
        fx = [self.fmt[x] if isinstance(x, str) else 'int' for x in a]
        c = self.c
        sp = c['sp'] or ' '
        fv = self.fv
        if op == 'sub':
            return '%s + %s = %s' % (fv(v, st['fmt']), fv(ov[1], fx[1]), fv(ov[0], fx[0]))
        if op == 'add':
            return '%s %s %s = %s' % (fv(v, st['fmt']), '-' if c['sub'] == '-' else '−', fv(ov[1], fx[1]), fv(ov[0], fx[0]))
        if op == 'div':
            return '%s %s %s = %s' % (fv(v, st['fmt']), c['mul'] if c['mul'] != '·' else '×', fv(ov[1], fx[1]), fv(ov[0], fx[0]))
        if op == 'mul':
            if fx[1] == 'money' or fx[1] == 'mixed':
                return None
            return '%s %s %s = %s' % (fv(v, st['fmt']), c['div'] if c['div'] != '/' else '÷', fv(ov[1], fx[1]), fv(ov[0], fx[0]))
        return None


def final_str(p, vals, au_style='space'):
    st = p['s'][-1]
    v = vals[st['id']]
    return v, st


# ===================================================================== styles
# each returns list of (text, [step ids whose result is written on this line])

def hm(v):
    v = int(v)
    h, m = divmod(v, 60)
    return h, m


def hm_tail(ctx, st, r):
    """restatement of a minute total as hours + minutes."""
    if not st.get('hm'):
        return ''
    h, m = hm(ctx.wv[st['id']])
    if h == 0:
        return ''
    x = r.random()
    hs = 'hr' if h == 1 else r.choice(['hrs', 'hr', 'h'])
    if m == 0:
        return ' (%d %s)' % (h, hs)
    ms = r.choice(['min', 'mins'])
    if x < 0.5:
        return ' = %d %s %d %s' % (h, hs, m, ms)
    return ' (%d %s %d %s)' % (h, hs, m, ms)


def ans_text(ctx, v, st, r, money_dollar=True):
    au = ctx.p['au']
    if st['fmt'] == 'money':
        s = money_str(v, cents=v.denominator != 1, sep=ctx.c['commas'])
        return s + ((' ' + au) if au and r.random() < 0.5 else '')
    s = ctx.fv(v, st['fmt'])
    if st['op'] == 'divr':
        s = str(int(v))
    if st['fmt'] == 'cents':
        return s
    if au.startswith('°'):
        return s + au
    return s + ((' ' + au) if au else '')


def r_terse(ctx):
    L = []
    for i, st in enumerate(ctx.p['s']):
        r = ctx.srng(st, 'line')
        x = r.random()
        body = ctx.comp(st, '=', glue=True)
        if x < 0.3 and st['lab']:
            body = st['lab'].split(' ')[0] + '=' + body
        elif x < 0.45 and st['lab']:
            body = st['lab'] + ': ' + body
        L.append((body + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    L.append((r.choice(['ans: ', 'ans=', 'a: ', 'ans ']) + ans_text(ctx, v, st, r), []))
    return L


def r_arrow(ctx):
    L = []
    steps = ctx.p['s']
    for i, st in enumerate(steps):
        r = ctx.srng(st, 'line')
        x = r.random()
        rel = '→' if r.random() < 0.6 else '=>'
        comp = ctx.comp(st, rel)
        if x < 0.35:
            line = '%s: %s' % (st['lab'], comp)
        elif x < 0.6 and st.get('why'):
            line = '%s (%s)' % (comp, st['why'])
        elif x < 0.8:
            line = comp
        else:
            line = '→ ' + comp if not comp.startswith('(') else comp
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    L.append((r.choice(['=> ', 'ans → ', '∴ ', '=> ans: ']) + ans_text(ctx, v, st, r), []))
    return L


def r_steps(ctx):
    L = []
    steps = ctx.p['s']
    r0 = ctx.rng
    fmtk = r0.choice(['step%d: ', 'step %d: ', 'Step %d: ', '%d) ', 's%d: '])
    for i, st in enumerate(steps):
        r = ctx.srng(st, 'line')
        x = r.random()
        comp = ctx.comp(st, '=')
        if x < 0.4:
            line = (fmtk % (i + 1)) + comp + ' (%s)' % st['lab']
        elif x < 0.7:
            line = (fmtk % (i + 1)) + st['lab'] + ' = ' + comp
        else:
            line = (fmtk % (i + 1)) + comp
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    if r.random() < 0.35:
        ch = ctx.check_line(st)
        if ch:
            L.append(('check: ' + ch + ' ✓', []))
    L.append((r.choice(['ans: ', 'Ans: ', 'answer: ', 'final ans = ']) + ans_text(ctx, v, st, r), []))
    return L


SO_LEAD = ['so ', 'then ', 'so ', 'now ', 'which means ', 'and ', 'next ']


def r_so(ctx):
    L = []
    steps = ctx.p['s']
    for i, st in enumerate(steps):
        r = ctx.srng(st, 'line')
        x = r.random()
        comp = ctx.comp(st, '=')
        lead = SO_LEAD[0] if i == 0 and r.random() < 0.5 else r.choice(SO_LEAD)
        if i == 0 and r.random() < 0.4:
            lead = r.choice(['first ', 'ok so ', 'first off ', ''])
        if x < 0.45:
            line = lead + st['desc'].replace('@@', comp_nounit(ctx, st))
        elif x < 0.7 and st.get('why'):
            line = st['why'] + ' so ' + comp
        else:
            line = lead + comp + ' ' + st['lab'] if r.random() < 0.5 else lead + comp
        line = lowerish(line)
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    L.append((r.choice(['∴ ', 'so the answer is ', 'so ', 'ans = ', '∴ ans: ']) + ans_text(ctx, v, st, r), []))
    return L


def comp_nounit(ctx, st):
    return ctx.comp(st, '=', unit=False)


def lowerish(s):
    if s and s[0].isupper() and not s.startswith('I '):
        return s[0].lower() + s[1:]
    return s


def r_tutor(ctx):
    L = []
    steps = ctx.p['s']
    for i, st in enumerate(steps):
        r = ctx.srng(st, 'line')
        if i > 0:
            com = r.choice(TUT[st['op']])
            if r.random() < 0.5:
                com = r.choice(['✓ ', 'yes ', 'correct. ', '']) + com
            L.append(('Tutor: ' + com if r.random() < 0.35 else '(' + com + ')', []))
        comp = ctx.comp(st, '=')
        x = r.random()
        if x < 0.4:
            line = comp
        elif x < 0.7:
            line = st['desc'].replace('@@', comp_nounit(ctx, st))
            line = line[0].upper() + line[1:]
        else:
            line = '%s: %s' % (st['lab'], comp)
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    if r.random() < 0.4:
        ch = ctx.check_line(st)
        if ch:
            L.append(('(good - check it: ' + ch + ')', []))
    L.append((r.choice(['Answer: ', 'So the answer is ', 'Final answer: ', 'ans: ']) + ans_text(ctx, v, st, r) + r.choice(['', ' ✓', '. nice work', ' - great job']), []))
    return L


def r_forum(ctx):
    L = []
    r0 = ctx.rng
    L.append((r0.choice(['ok so heres my work:', 'my work:', 'can someone check this? i did:', 'hw help pls, this is what i have',
                         'not sure if this is right', 'here is what i got:']), []))
    bullet = r0.choice(['- ', '* ', '• ', ''])
    for i, st in enumerate(ctx.p['s']):
        r = ctx.srng(st, 'line')
        comp = ctx.comp(st, '=', glue=r.random() < 0.5)
        x = r.random()
        if x < 0.4:
            line = bullet + comp + ' (%s)' % st['lab']
        elif x < 0.6 and st.get('why'):
            line = bullet + comp + ' b/c ' + st['why']
        else:
            line = bullet + comp
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    a = ans_text(ctx, v, st, r)
    L.append((r.choice(['so i got %s?? idk', 'a: %s', 'so its %s right?', 'i got %s', 'final: %s']) % a, []))
    return L


def r_tally(ctx):
    """Several computations per line; run-on chains when the next step continues the previous."""
    L = []
    steps = ctx.p['s']
    i = 0
    while i < len(steps):
        st = steps[i]
        r = ctx.srng(st, 'line')
        comp = ctx.comp(st, '=', unit=False)
        ids = [st['id']]
        nxt = steps[i + 1] if i + 1 < len(steps) else None
        if (nxt and nxt['op'] in ('sub', 'add') and nxt['args'][0] == st['id'] and st.get('chainable', True)
                and st['op'] not in ('divr', 'divround', 'clockdiff') and r.random() < 0.55 and 'chain' in ctx.p.get('flags', ())):
            # run-on: 12x4=48-5=43
            other = ctx.o(nxt['args'][1])
            sym = ctx.c['sub'] if nxt['op'] == 'sub' else ctx.c['add']
            comp = comp + sym + other + '=' + ctx.res(nxt) + ctx.unit(nxt, True, True)
            ids.append(nxt['id'])
            ids.append('#chain')
            i += 2
        elif nxt and r.random() < 0.5 and nxt['op'] not in ('divround',):
            comp2 = ctx.comp(nxt, '=', unit=False)
            comp = comp + r.choice([', ', '; ', ' | ', ' then ']) + comp2 + (' ' + nxt['lab'] if r.random() < 0.5 else '')
            ids.append(nxt['id'])
            i += 2
        else:
            comp = comp + ' ' + st['lab'] if r.random() < 0.6 else comp
            i += 1
        L.append((comp + hm_tail(ctx, steps[i - 1], r), ids))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    L.append((r.choice(['tot: ', '=> ', 'ans ', '∴ ']) + ans_text(ctx, v, st, r), []))
    return L


def r_gsm(ctx):
    L = []
    for i, st in enumerate(ctx.p['s']):
        r = ctx.srng(st, 'line')
        inner = ctx.inner(st)
        if st['op'] == 'clockdiff':
            a = st['args']
            w = int(ctx.wv[st['id']])
            h, m = divmod(w, 60)
            c = '%s-%s = %s = <<%d+%d=%d>>%d' % (ctx.o(a[1]), ctx.o(a[0]), dur_str(w), h * 60, m, w, w)
        elif inner is None:
            c = ctx.comp(st, '=', unit=False).replace(' ÷ ', '/')
        else:
            lhs = inner.split('=')[0]
            shown = ctx.comp(st, '=', unit=False)
            vis = shown.rsplit('=', 1)[0].strip()
            if r.random() < 0.5:
                vis = lhs
            c = '%s=<<%s>>%s' % (vis, inner, ctx.res(st))
        d = st['desc'].replace('@@', c)
        d = d[0].upper() + d[1:]
        L.append((d + '.', [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    return L


def r_worded(ctx):
    L = []
    for i, st in enumerate(ctx.p['s']):
        r = ctx.srng(st, 'line')
        rel = '=' if r.random() < 0.6 else 'is'
        if st['op'] in ('divround', 'clockdiff', 'divr'):
            rel = '='
        comp = ctx.comp(st, rel)
        if rel == 'is' and st['fmt'] == 'int' and st['op'] not in ('divr',) and r.random() < 0.6:
            v = ctx.wv[st['id']]
            if 0 < v < 100:
                rs = ctx.res(st)
                k = comp.rfind(' is ' + rs)
                if k >= 0:
                    comp = comp[:k] + ' is ' + num_word(v) + comp[k + 4 + len(rs):]
        lead = r.choice(['so ', '', 'then ', 'and '])
        if i == 0:
            lead = r.choice(['', 'first ', 'ok '])
        line = lead + comp
        if r.random() < 0.3 and st['lab'] not in line and st['u'] not in st['lab']:
            line += ' ' + st['lab']
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    a = ans_text(ctx, v, st, r)
    if st['fmt'] == 'int' and 0 < v < 100 and r.random() < 0.6:
        a = '%s (%s)' % (num_word(v), a)
    L.append(('ans: ' + a, []))
    return L


def r_platform(ctx):
    L = []
    gl = []
    for g in ctx.p['g']:
        s = ctx.fv(g['v'], g['fmt'])
        if g['lab']:
            s = s + ' ' + g['lab']
        gl.append(s)
    L.append(('Given: ' + ', '.join(gl), []))
    L.append(('Find: ' + ctx.p['find'], []))
    L.append((ctx.rng.choice(['Work:', 'Solution:', 'Steps:']), []))
    for i, st in enumerate(ctx.p['s']):
        r = ctx.srng(st, 'line')
        comp = ctx.comp(st, '=')
        line = comp + ('   (%s)' % st['lab'] if r.random() < 0.5 else '')
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    if r.random() < 0.35:
        ch = ctx.check_line(st)
        if ch:
            L.append(('Check: ' + ch, []))
    L.append(('Answer: ' + ans_text(ctx, v, st, r), []))
    return L


def r_therefore(ctx):
    L = []
    steps = ctx.p['s']
    for i, st in enumerate(steps):
        r = ctx.srng(st, 'line')
        x = r.random()
        comp = ctx.comp(st, '=')
        lab = st['lab']
        if x < 0.5:
            line = '%s = %s' % (lab, comp)
        elif x < 0.7:
            line = '=> ' + comp
        elif x < 0.85 and st.get('why'):
            line = '%s (%s)' % (comp, st['why'])
        else:
            line = comp
        L.append((line + hm_tail(ctx, st, r), [st['id']]))
    v, st = final_str(ctx.p, ctx.vals)
    r = ctx.srng(st, 'final')
    L.append(('∴ ' + ans_text(ctx, v, st, r), []))
    return L


RENDER = {'terse': r_terse, 'arrow': r_arrow, 'steps': r_steps, 'so': r_so, 'tutor': r_tutor, 'forum': r_forum,
          'tally': r_tally, 'gsm': r_gsm, 'worded': r_worded, 'platform': r_platform, 'therefore': r_therefore}
