"""Rendering of reasoning-model style solutions."""
import random
from fractions import Fraction as F
from core import Fmt, fv, dec, group, evaluate, operand_units, plain

MARK = '\x01'


LC_WORDS = ('The', 'That', 'They', 'It', 'There', 'Their', 'Each', 'She', 'He', 'His', 'Her', 'A', 'An',
            'Four', 'Start', 'Singles', 'Base', 'Capacity', 'One', 'Three', 'Let')


def lc(s):
    w = s.split(' ', 1)[0]
    if w in LC_WORDS:
        return s[:1].lower() + s[1:]
    return s


PREPS = ('of', 'for', 'in', 'to', 'after', 'with', 'at', 'before', 'from')
SINGULAR_S = ('gas', 'bus', 'bonus', 'plus', 'class', 'is', 'this')


def isare(what):
    head = []
    for w in what.split():
        if w in PREPS:
            break
        head.append(w)
    for w in head[1:] if head and head[0] in ('the', 'a') else head:
        if w.endswith('s') and not w.endswith("'s") and not w.endswith('ss') and w not in SINGULAR_S:
            return 'are'
    return 'is'


def cap(s):
    return s[:1].upper() + s[1:]


def unit_word(u, x):
    if u in ('$', '%', ''):
        return ''
    if u == 'degrees':
        return 'degrees'
    return u


# ------------------------------------------------------------------ views

class View:
    """values as written in one part (thinking or summary) of a solution"""

    def __init__(self, prob, vals, shown_idx=None, shown_val=None, mark=None, slip=False):
        self.steps = prob['steps']
        self.byid = {s.id: s for s in self.steps}
        self.ops = [o for o, _ in vals]
        self.res = [v for _, v in vals]
        self.units = [operand_units(s, self.byid) for s in self.steps]
        self.shown = list(self.res)
        if shown_idx is not None:
            self.shown[shown_idx] = shown_val
        self.mark = mark          # index of faulty step in this part, or None
        self.slip = slip          # True if the faulty step is a slip (later values right)
        self.final = self.res[-1]

    def quiet(self, i):
        """no extras (checks, alternatives, estimates) for the faulty step"""
        return self.mark == i

    def rem(self, i):
        st = self.steps[i]
        if st.op != 'divmod':
            return None
        a, b = self.ops[i]
        return a - b * self.res[i]


# ------------------------------------------------------------------ expression forms

class Ctx:
    def __init__(self, view, f, rng, prob):
        self.V, self.f, self.rng, self.prob = view, f, rng, prob

    # formatting helpers
    def val(self, x, u, money=None):
        return fv(x, u, self.f, money)

    def res(self, i, shown=True):
        V = self.V
        x = V.shown[i] if shown else V.res[i]
        s = self.val(x, V.steps[i].unit)
        if shown and V.mark == i:
            s = MARK + s
        return s

    def ru(self, i):
        """result restated with its unit, in prose"""
        V = self.V
        st = V.steps[i]
        x = V.res[i]
        if st.unit == '$':
            return fv(x, '$', self.f, True)
        s = fv(x, st.unit, self.f)
        w = unit_word(st.unit, x)
        return s + (' ' + w if w else '')

    def ops_s(self, i):
        V = self.V
        return [self.val(o, u) for o, u in zip(V.ops[i], V.units[i])]

    def expr(self, i, rs, worded=False, latex=False, distill=False):
        V, f = self.V, self.f
        st = V.steps[i]
        o = self.ops_s(i)
        mul, div, sub = f.mul, f.div, f.sub
        if latex:
            mul, div, sub = '\\times', '\\div', '-'
        if st.op == 'mul':
            if len(o) == 2 and rs.random() < 0.5:
                o = [o[1], o[0]]
            if worded:
                w = ' multiplied by ' if distill else ' times '
                return w.join(o)
            return (' %s ' % mul).join(o)
        if st.op == 'add':
            if worded:
                return ' plus '.join(o)
            return ' + '.join(o)
        if st.op == 'sub':
            if worded:
                return '%s minus %s' % (o[0], o[1])
            return '%s %s %s' % (o[0], sub, o[1])
        if st.op in ('div', 'divmod'):
            if worded:
                return '%s divided by %s' % (o[0], o[1])
            if latex and st.op == 'div' and rs.random() < 0.4:
                return '\\frac{%s}{%s}' % (o[0], o[1])
            return '%s %s %s' % (o[0], div, o[1])
        if st.op == 'pct':
            p, base = V.ops[i]
            ps, bs = o
            forms = ['of', 'dec', 'dec', 'frac100'] if not worded else ['of']
            form = rs.choice(forms)
            if latex:
                if form == 'of':
                    return '%s \\times %s' % (ps, bs)
                if form == 'dec':
                    return '%s \\times %s' % (dec(p / 100), bs)
                return '\\frac{%s}{100} \\times %s' % (dec(p), bs)
            if form == 'of':
                return '%s of %s' % (ps, bs)
            if form == 'dec':
                if rs.random() < 0.5:
                    return '%s %s %s' % (dec(p / 100), mul, bs)
                return '%s %s %s' % (bs, mul, dec(p / 100))
            return '%s %s %s/100' % (bs, mul, dec(p))
        if st.op == 'frac':
            a, b, base = V.ops[i]
            bs = o[2]
            a, b = int(a), int(b)
            if latex:
                return '\\frac{%d}{%d} \\times %s' % (a, b, bs)
            if worded:
                if (a, b) == (1, 2):
                    return 'half of %s' % bs
                return '%d/%d of %s' % (a, b, bs)
            forms = ['of', 'divmul', 'mulfrac', 'paren']
            form = rs.choice(forms)
            if a == 1 and form in ('divmul', 'paren'):
                return '%s %s %d' % (bs, div, b)
            if form == 'of':
                if (a, b) == (1, 2) and rs.random() < 0.5:
                    return 'half of %s' % bs
                return '%d/%d of %s' % (a, b, bs)
            if form == 'divmul':
                return '%s %s %d %s %d' % (bs, div, b, mul, a)
            if form == 'paren':
                return '(%s %s %d) %s %d' % (bs, div, b, mul, a)
            return '%s %s %d/%d' % (bs, mul, a, b)
        raise ValueError(st.op)

    def comp(self, i, rs, worded=False, latex=False, rel=None, distill=False, lhs=True, shown=True):
        V = self.V
        st = V.steps[i]
        e = self.expr(i, rs, worded=worded, latex=latex, distill=distill)
        r = self.res(i, shown)
        if st.op == 'divmod':
            rem = V.rem(i)
            rr = self.val(rem, V.units[i][0])
            if latex:
                r = '%s \\text{ remainder } %s' % (r, rr)
            else:
                r = rs.choice(['%s remainder %s', '%s remainder %s', '%s R %s']) % (r, rr)
        if rel is None:
            rel = ' is ' if worded else ' = '
            if worded and distill:
                rel = rs.choice([' equals ', ', which equals ', ' gives '])
        s = e + rel + r
        if lhs and st.lhs and not worded:
            s = st.lhs + ' = ' + s
        return s

    # ---------------------------------------------------------- checks / alternatives / estimates
    def inverse(self, i, rs):
        """inverse-operation check string (all results exact), or None"""
        V, f = self.V, self.f
        st = V.steps[i]
        ops, r = V.ops[i], V.res[i]
        us = V.units[i]
        R_ = self.val(r, st.unit)
        mul, div, sub = f.mul, f.div, f.sub
        if st.op == 'mul' and len(ops) == 2:
            j = rs.randrange(2)
            if ops[1 - j] == 0:
                return None
            return '%s %s %s = %s' % (R_, div, self.val(ops[1 - j], us[1 - j]), self.val(ops[j], us[j]))
        if st.op == 'div':
            return '%s %s %s = %s' % (R_, mul, self.val(ops[1], us[1]), self.val(ops[0], us[0]))
        if st.op == 'sub':
            return '%s + %s = %s' % (R_, self.val(ops[1], us[1]), self.val(ops[0], us[0]))
        if st.op == 'add' and len(ops) >= 2:
            rest = sum(ops[:-1], F(0))
            u0 = us[0] if all(u == us[0] for u in us) else st.unit
            return '%s %s %s = %s' % (R_, sub, self.val(ops[-1], us[-1]), self.val(rest, u0))
        if st.op == 'pct':
            p, base = ops
            if base == 0:
                return None
            return '%s %s %s = %s, and %s is %s' % (R_, div, self.val(base, us[1]), dec(r / base),
                                                    dec(r / base), self.val(p, '%'))
        if st.op == 'frac':
            a, b, base = ops
            if r == 0:
                return None
            return '%s %s %d %s %d = %s' % (R_, div, int(a), mul, int(b), self.val(base, us[2]))
        if st.op == 'divmod':
            a, b = ops
            return '%s %s %s + %s = %s' % (self.val(r, ''), mul, self.val(b, us[1]),
                                          self.val(V.rem(i), us[0]), self.val(a, us[0]))
        return None

    def alternative(self, i, rs):
        """a second way of getting the same result, or None"""
        V, f = self.V, self.f
        st = V.steps[i]
        ops, r = V.ops[i], V.res[i]
        us = V.units[i]
        mul, div = f.mul, f.div
        R_ = self.val(r, st.unit)
        if st.op == 'mul' and len(ops) == 2:
            for j in (0, 1):
                k, x = ops[j], ops[1 - j]
                ku, xu = us[j], us[1 - j]
                if k.denominator == 1 and 2 <= k <= 12:
                    if x.denominator == 1 and x >= 13 and x % 10 != 0:
                        t, o = x - x % 10, x % 10
                        return '%s %s %s = %s %s %s + %s %s %s = %s + %s = %s' % (
                            self.val(k, ku), mul, self.val(x, xu), self.val(k, ku), mul, self.val(t, xu),
                            self.val(k, ku), mul, self.val(o, xu), self.val(k * t, st.unit),
                            self.val(k * o, st.unit), R_)
                    if x.denominator != 1 and x > 1:
                        ip = F(int(x))
                        fp = x - ip
                        return '%s %s %s = %s and %s %s %s = %s, so %s + %s = %s' % (
                            self.val(k, ku), mul, self.val(ip, xu), self.val(k * ip, st.unit),
                            self.val(k, ku), mul, self.val(fp, xu), self.val(k * fp, st.unit),
                            self.val(k * ip, st.unit), self.val(k * fp, st.unit), R_)
            for j in (0, 1):
                if ops[j] == F(1, 2) and us[j] != '$':
                    return 'half of %s is %s' % (self.val(ops[1 - j], us[1 - j]), R_)
                if ops[j] == 2 and ops[1 - j] >= 10:
                    return '%s + %s = %s' % (self.val(ops[1 - j], us[1 - j]), self.val(ops[1 - j], us[1 - j]), R_)
            return None
        if st.op == 'add' and len(ops) >= 2:
            o = [self.val(x, u) for x, u in zip(ops, us)]
            return '%s = %s' % (' + '.join(reversed(o)), R_)
        if st.op == 'pct':
            p, base = ops
            ten = base / 10
            if p % 10 == 0 and p != 10:
                k = p / 10
                return '10%% of %s is %s, so %s%% is %s %s %s = %s' % (
                    self.val(base, us[1]), self.val(ten, st.unit), dec(p), dec(k), mul,
                    self.val(ten, st.unit), R_)
            return '%s%% = %s, and %s %s %s = %s' % (dec(p), dec(p / 100), dec(p / 100), mul,
                                                   self.val(base, us[1]), R_)
        if st.op == 'frac':
            a, b, base = ops
            u = base / b
            if a == 1:
                return '%s %s %d = %s' % (self.val(base, us[2]), div, int(b), R_)
            return '%s %s %d = %s, and %s %s %d = %s' % (self.val(base, us[2]), div, int(b),
                                                       self.val(u, st.unit), self.val(u, st.unit), mul,
                                                       int(a), R_)
        if st.op == 'div':
            return '%s %s %s = %s' % (self.val(r, st.unit), mul, self.val(ops[1], us[1]),
                                      self.val(ops[0], us[0]))
        if st.op == 'sub':
            return '%s + %s = %s' % (self.val(ops[1], us[1]), R_, self.val(ops[0], us[0]))
        return None

    def estimate(self, i, rs):
        """an honestly rough estimate sentence, or None"""
        V, f = self.V, self.f
        st = V.steps[i]
        ops, r = V.ops[i], V.res[i]
        us = V.units[i]
        if r <= 0:
            return None
        if st.op == 'mul' and len(ops) == 2:
            for j in (0, 1):
                k, x = ops[j], ops[1 - j]
                if k.denominator == 1 and 2 <= k <= 40:
                    if x.denominator == 1 and x >= 13 and x % 10 != 0:
                        xr = F(round(x / 10) * 10)
                    elif x.denominator != 1 and x > 1:
                        xr = F(round(x))
                        if xr == x or xr == 0:
                            continue
                    else:
                        continue
                    est = k * xr
                    if est == r or abs(est - r) / r > F(1, 4):
                        continue
                    rel = 'a little less' if est > r else 'a little more'
                    return rs.choice([
                        'Rough check: %s is about %s, and %s %s %s = %s, so %s (%s) sounds right.',
                        'Estimating: %s is roughly %s, and %s %s %s = %s, so %s being %s than that makes sense.',
                    ]) % (self.val(x, us[1 - j]), self.val(xr, us[1 - j]), self.val(k, us[j]), f.mul,
                          self.val(xr, us[1 - j]), self.val(est, st.unit), self.val(r, st.unit), rel)
            return None
        if st.op == 'add' and len(ops) == 2 and any(x.denominator != 1 for x in ops):
            rr = [F(round(x)) for x in ops]
            est = sum(rr, F(0))
            if est == r or est <= 0 or abs(est - r) / r > F(1, 4):
                return None
            return 'Ballpark: about %s + %s = %s, and %s is close to that.' % (
                self.val(rr[0], us[0]), self.val(rr[1], us[1]), self.val(est, st.unit), self.val(r, st.unit))
        return None

    def hm_aside(self, i):
        """minutes -> hours and minutes restatement (exact)"""
        V = self.V
        st = V.steps[i]
        x = V.res[i]
        if st.unit != 'minutes' or x < 60 or x.denominator != 1:
            return None
        h, mm = divmod(int(x), 60)
        hs = '%d hour%s' % (h, '' if h == 1 else 's')
        if mm == 0:
            return '%s minutes, which is exactly %s' % (self.val(x, ''), hs)
        return '%s minutes = %s %d minutes' % (self.val(x, ''), hs, mm)


# ------------------------------------------------------------------ question helpers

def question_sentence(text):
    parts = [p.strip() for p in text.replace('?', '?|').replace('. ', '.|').split('|') if p.strip()]
    qs = [p for p in parts if p.endswith('?')]
    return qs[-1] if qs else parts[-1]


def answer_str(view, prob, f, money=True):
    u = prob['unit']
    x = view.final
    if u == '$':
        return fv(x, '$', f.copy(cents='auto', latex=False), True)
    return fv(x, '', f.copy(latex=False))


def ans_sentence(view, prob, f):
    return prob['ans'].format(A=answer_str(view, prob, f))


def boxed_val(view):
    return plain(view.final)
