"""Solution builder (abstract steps -> style-specific text) for gen.py."""
import re
from fractions import Fraction as F

from core import (Invalid, Clock, Dur, Date, WD, WEEKDAYS, Fmt, E, N, ev, ev_op, render,
                  gsm_expr, dec, ndp, canon, OPS)

STYLES = ['gsm8k', 'llama3', 'gpt4o', 'qwen', 'claude', 'gemma', 'mistral', 'scratch']
HASH = {'gsm8k': True, 'llama3': False, 'gpt4o': True, 'qwen': True, 'claude': False,
        'gemma': True, 'mistral': True, 'scratch': True}
NT = {'gsm8k': 'gsm', 'llama3': 'star', 'gpt4o': 'tex', 'qwen': 'tex', 'claude': 'uni',
      'gemma': 'star', 'mistral': 'x', 'scratch': 'uni'}
# which surface forms a style uses for each step kind (one is drawn per step)
FORMS = {
    'gsm8k': {'clock': ['after', 'adding', 'eq'], 'elapsed': ['from', 'from', 'sub'],
              'd2m': ['chain'], 'm2d': ['eq', 'rem'], 'd2h': ['chain'], 'date': ['after', 'eq'],
              'ddiff': ['from', 'sub'], 'dadd': ['plain']},
    'llama3': {'clock': ['eq', 'adding'], 'elapsed': ['from', 'sub'], 'd2m': ['chain', 'plain'],
               'm2d': ['rem', 'eq'], 'd2h': ['chain', 'direct'], 'date': ['eq', 'after'],
               'ddiff': ['from', 'sub'], 'dadd': ['plain', 'carry']},
    'gpt4o': {'clock': ['eq'], 'elapsed': ['sub', 'from'], 'd2m': ['chain', 'plain'],
              'm2d': ['eq'], 'd2h': ['chain', 'direct'], 'date': ['eq'],
              'ddiff': ['sub', 'from'], 'dadd': ['carry', 'plain']},
    'qwen': {'clock': ['eq'], 'elapsed': ['sub'], 'd2m': ['plain', 'chain'], 'm2d': ['eq'],
             'd2h': ['chain'], 'date': ['eq'], 'ddiff': ['sub'], 'dadd': ['carry', 'plain']},
    'claude': {'clock': ['eq'], 'elapsed': ['from', 'sub'], 'd2m': ['chain'], 'm2d': ['eq'],
               'd2h': ['direct', 'chain'], 'date': ['eq', 'after'], 'ddiff': ['from'],
               'dadd': ['carry', 'plain']},
    'gemma': {'clock': ['eq'], 'elapsed': ['sub', 'from'], 'd2m': ['plain', 'chain'],
              'm2d': ['eq', 'rem'], 'd2h': ['chain', 'direct'], 'date': ['eq'],
              'ddiff': ['sub', 'from'], 'dadd': ['plain', 'carry']},
    'mistral': {'clock': ['eq', 'after'], 'elapsed': ['from', 'sub'], 'd2m': ['plain', 'chain'],
                'm2d': ['rem', 'eq'], 'd2h': ['chain', 'direct'], 'date': ['after', 'eq'],
                'ddiff': ['from'], 'dadd': ['plain', 'carry']},
    'scratch': {'clock': ['eq'], 'elapsed': ['sub', 'sub', 'from'], 'd2m': ['chain'], 'm2d': ['eq'],
                'd2h': ['chain', 'direct'], 'date': ['eq'], 'ddiff': ['sub'], 'dadd': ['carry', 'plain']},
}
SPLIT_PREF = {'gsm8k': 0.3, 'llama3': 0.6, 'gpt4o': 0.5, 'qwen': 0.2, 'claude': 0.6,
              'gemma': 0.5, 'mistral': 0.4, 'scratch': 0.2}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    return s[:1].lower() + s[1:] if s else s


# ---------------------------------------------------------------- wrong-value candidates
def num_cands(t, extra=()):
    t = F(t)
    out = []
    if t.denominator == 1:
        out.append(('off_by_one', t + 1))
        if t > 1:
            out.append(('off_by_one', t - 1))
        if t >= 20:
            out.append(('off_by_ten', t + 10))
            out.append(('off_by_ten', t - 10))
    s = dec(t)
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    for j in range(len(digs) - 1):
        i1, i2 = digs[j], digs[j + 1]
        if s[i1] != s[i2]:
            s2 = s[:i1] + s[i2] + s[i1 + 1:i2] + s[i1] + s[i2 + 1:]
            if not (s2.startswith('0') and len(s2) > 1 and s2[1] != '.'):
                out.append(('digit_swap', F(s2)))
    if len(digs) >= 2 and t >= 10:
        for i in digs:
            s2 = s[:i] + s[i + 1:]
            if s2.startswith('.') or s2.endswith('.') or not s2:
                continue
            if s2.startswith('0') and len(s2) > 1 and s2[1] != '.':
                continue
            out.append(('dropped_digit', F(s2)))
    out.extend(extra)
    res = []
    for k, v in out:
        v = F(v)
        if v > 0 and v != t and ndp(v) <= 2:
            res.append((k, v))
    return res


def wrong_op_cands(e):
    if e.op == 'n':
        return []
    a, b = ev(e.a), ev(e.b)
    alts = {'+': ['-', '*'], '-': ['+'], '*': ['+'], '/': ['*', '-']}[e.op]
    out = []
    for op in alts:
        try:
            v = ev_op(op, a, b)
        except Invalid:
            continue
        if v > 0 and ndp(v) <= 2 and v < 100000:
            out.append(('wrong_op', v))
    return out


class Step:
    __slots__ = ('kind', 't', 'l', 'lb', 'cx', 'form', 'core', 'prose', 'true', 'shown', 'cands', 'clock24')

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, style, fm, rng, mode=None, k=None, wrong=None):
        self.style, self.fm, self.rng = style, fm, rng
        self.nt = NT[style]
        self.tex = self.nt == 'tex'
        self.units = False  # leaf units in expressions
        self.mode, self.k, self.wrong = mode, k, wrong
        self.steps = []
        self.final = None
        self.ans = None

    # ---- formatting helpers for prose written by templates
    def f(self, v):
        return self.fm.val(v)

    def m(self, v):
        return self.fm.num(v, money=True)

    def mins(self, d):
        return self.fm.mins(d)

    # ---- internals
    def _sel(self, true):
        idx = len(self.steps)
        if idx == self.k and self.mode == 'carry':
            return self.wrong, self.wrong
        if idx == self.k and self.mode == 'slip':
            return self.wrong, true
        return true, true

    def _form(self, kind):
        return self.rng.choice(FORMS[self.style][kind])

    def _op(self, o):
        nt = 'star' if self.nt == 'gsm' else self.nt
        return OPS[nt][o]

    def _fc(self, c):
        return self.fm.clock(c, self.tex)

    def _fd(self, d, style=None):
        return self.fm.dur(d, self.tex, style)

    def _n(self, x, money=False):
        return self.fm.num(x, money=money, tex=self.tex, commas=(False if self.nt == 'gsm' else None))

    def _u(self, unit):
        if not unit:
            return ''
        return (' \\text{ %s}' % unit) if self.tex else ' ' + unit

    def _add(self, kind, true, shown, core, prose, form, cands, t, l, lb, cx):
        if self.mode is not None:
            cands = None
        self.steps.append(Step(kind=kind, t=t, l=l, lb=lb, cx=cx, form=form, core=core, prose=prose,
                               true=true, shown=shown, cands=cands, clock24=self.fm.clock24))

    # ---- numeric computation
    def calc(self, expr, unit='', money=False, extra=(), t='', l=None, lb='', cx=None, pre=None, maxdp=4):
        true = ev(expr)
        if true <= 0 or ndp(true) > maxdp:
            raise Invalid('calc result')
        shown, ret = self._sel(true)
        self.rng.random()  # keep draw count aligned with time steps
        if self.nt == 'gsm':
            L = gsm_expr(expr)
            if money:
                core = '%s=$<<%s=%s>>%s' % (L, L, dec(shown), dec(shown))
            else:
                core = '%s=<<%s=%s>>%s' % (L, L, dec(shown), dec(shown)) + (' ' + unit if unit else '')
            if pre:
                core = pre + ' is ' + core
        else:
            L = render(expr, self.nt, self.fm, units=self.units)
            R = self._n(shown, money) + ('' if money else self._u(unit))
            core = L + ' = ' + R
            if pre:
                core = pre + ' = ' + core
        cands = None
        if self.mode is None:
            cands = num_cands(true, list(extra) + wrong_op_cands(expr))
        self._add('calc', true, shown, core, None, 'eq', cands, t, l, lb, cx)
        return ret

    def divrem(self, a, b, t='', l=None, lb='', cx=None):
        a, b = F(a), F(b)
        if a.denominator != 1 or b.denominator != 1 or a < b:
            raise Invalid('divrem')
        q, r = divmod(int(a), int(b))
        if r == 0:
            return self.calc(N(a) / N(b), t=t, l=l, lb=lb, cx=cx)
        true = F(q)
        shown, ret = self._sel(true)
        self.rng.random()
        op = ' / ' if self.nt in ('gsm', 'star', 'x') else self._op('/')
        if self.tex:
            core = '%s%s%s = %s \\text{ remainder } %d' % (self._n(a), op, self._n(b), self._n(shown), r)
        else:
            core = '%s%s%s = %s remainder %d' % (self._n(a), op, self._n(b), self._n(shown), r)
        cands = [('off_by_one', true + 1)] + ([('off_by_one', true - 1)] if true > 1 else [])
        self._add('divrem', true, shown, core, None, 'eq', cands, t, l, lb, cx)
        return ret

    # ---- durations <-> numbers
    def d2m(self, d, unit='minutes', t='', l=None, lb='', cx=None, secs=False):
        h, mi, s = d.parts()
        form = self._form('d2m')
        if secs:  # minutes+seconds -> seconds
            if h or s == 0 and mi == 0:
                raise Invalid('d2m secs')
            big, small, unit = mi, s, (unit if unit != 'minutes' else 'seconds')
        else:
            if s:
                raise Invalid('d2m')
            big, small = h, mi
        if big == 0:
            raise Invalid('d2m zero')
        expr = N(big) * N(60) + N(small) if small else N(big) * N(60)
        pre = self._fd(d) if (form == 'chain' or self.nt == 'gsm') else None
        if pre:
            l = None  # the line starts with the duration itself
        extra = [('hundred_minutes', F(big * 100 + small))]
        # draw consumed in _form; calc draws one more
        return self.calc(expr, unit=unit, extra=extra, t=t, l=l, lb=lb, cx=cx, pre=pre)

    def d2h(self, d, t='', l=None, lb='', cx=None):
        h, mi, s = d.parts()
        if s or mi == 0:
            raise Invalid('d2h')
        true = F(h) + F(mi, 60)
        if ndp(true) > 4:
            raise Invalid('d2h nd')
        form = self._form('d2h')
        shown, ret = self._sel(true)
        unit = 'hours' if true != 1 else 'hour'
        expr = (N(h) + N(mi) / N(60)) if h else (N(mi) / N(60))
        if self.nt == 'gsm':
            L = gsm_expr(expr)
            core = '%s is %s=<<%s=%s>>%s hours' % (self._fd(d), L, L, dec(shown), dec(shown))
        elif form == 'chain':
            core = '%s = %s = %s%s' % (self._fd(d), render(expr, self.nt, self.fm), self._n(shown), self._u('hours'))
        else:
            core = '%s = %s%s' % (self._fd(d), self._n(shown), self._u('hours'))
        cands = None
        if self.mode is None:
            cands = num_cands(true, [('decimal_time', F(h) + F(mi, 100))])
        self._add('d2h', true, shown, core, None, form, cands, t, None, lb, cx)
        return ret

    def m2d(self, x, t='', l=None, lb='', cx=None, secs=False):
        x = F(x)
        if x.denominator != 1 or x < 60:
            raise Invalid('m2d')
        true = Dur(x / 60) if secs else Dur(x)
        form = self._form('m2d')
        shown, ret = self._sel(true)
        self.rng.random()
        word = 'seconds' if secs else self.fm.minword
        if form == 'rem' and not self.tex:
            h, mi, s = shown.parts()
            q, r = (mi + 60 * h, s) if secs else (h, mi)
            op = ' / ' if self.nt in ('gsm', 'star', 'x') else self._op('/')
            if r:
                core = '%s%s60 = %d remainder %d, so that is %s' % (self._n(x), op, q, r, self._fd(shown))
            else:
                core = '%s%s60 = %d, so that is %s' % (self._n(x), op, q, self._fd(shown))
        else:
            lhs = ('%s \\text{ %s}' % (self._n(x), word)) if self.tex else '%s %s' % (self._n(x), word)
            core = '%s = %s' % (lhs, self._fd(shown))
        cands = None
        if self.mode is None:
            cands = self._dur_cands(true, [])
        self._add('m2d', true, shown, core, None, form, cands, t, None, lb, cx)
        return ret

    def _dur_cands(self, true, extra):
        out = []
        step = F(1, 6) if true.m.denominator != 1 else F(10)
        for kind, dm in (('hour_off', 60), ('hour_off', -60), ('minute_off', step), ('minute_off', -step)):
            if true.m.denominator != 1 and kind == 'hour_off':
                dm = F(dm, 60)  # one minute when seconds are involved
                kind = 'minute_off'
            out.append((kind, true.m + dm))
        for kind, v in extra:
            out.append((kind, v))
        res = []
        for kind, v in out:
            if v > 0 and v != true.m and v < 1440 and (v * 60).denominator == 1:
                res.append((kind, Dur(v)))
        return res

    # ---- clock arithmetic
    def clock(self, c, d, sub=False, t='', l=None, lb='', cx=None):
        if d.m.denominator != 1:
            raise Invalid('clock secs')
        dm = int(d.m)
        true = Clock(c.m - dm if sub else c.m + dm)
        form = self._form('clock')
        shown, ret = self._sel(true)
        self.rng.random()
        if form == 'eq':
            core = '%s%s%s = %s' % (self._fc(c), self._op('-' if sub else '+'), self._fd(d), self._fc(shown))
            prose = None
        else:
            core = None
            fc, fd, fr = self.fm.clock(c), self.fm.dur(d), self.fm.clock(shown)
            if form == 'after':
                prose = '%s %s %s is %s' % (fd, 'before' if sub else 'after', fc, fr)
            else:
                prose = ('Subtracting %s from %s gives %s' if sub else 'Adding %s to %s gives %s') % (fd, fc, fr)
        cands = None
        if self.mode is None:
            cands = []
            for kind, delta in (('hour_off', 60), ('hour_off', -60), ('minute_off', 10), ('minute_off', -10)):
                cands.append((kind, Clock(true.m + delta)))
            if not sub and c.m % 60 + dm % 60 >= 60:
                cands.append(('carry_60', Clock(true.m - 60)))
            if sub and c.m % 60 < dm % 60:
                cands.append(('carry_60', Clock(true.m + 60)))
            raw = c.m - dm if sub else c.m + dm
            if not self.fm.clock24 and (raw // 720) != (c.m // 720):
                cands.append(('am_pm', Clock(true.m + 720)))
        self._add('clock', true, shown, core, prose, form, cands, t, l, lb, cx)
        return ret

    def _elapsed1(self, c1, c2, as_min, maxm, t, l, lb, cx, form=None, mid24=False):
        diff = (c2.m - c1.m) % 1440
        if diff == 0 or diff > maxm:
            raise Invalid('elapsed')
        true = Dur(diff)
        f = self._form('elapsed')
        if form is None:
            form = f
        shown, ret = self._sel(true)
        self.rng.random()
        fr_plain = self.fm.mins(shown) if as_min else self.fm.dur(shown)
        fr = self.fm.mins(shown, self.tex) if as_min else self._fd(shown)
        prose = core = None
        if form == 'from':
            prose = 'From %s to %s is %s' % (self.fm.clock(c1), self.fm.clock(c2), fr_plain)
        elif mid24 and self.fm.clock24 and c2.m < c1.m:
            part = Dur(1440 - c1.m)
            colon = '{:}' if (self.tex and self.fm.texcolon) else ':'
            core = '(24%s00%s%s)%s%s = %s%s%s = %s' % (
                colon, self._op('-'), self._fc(c1), self._op('+'), self._fc(c2),
                '%d%s%02d' % (part.parts()[0], colon, part.parts()[1]), self._op('+'), self._fc(c2),
                self._fd(shown, 'colon') if not as_min else fr)
        else:
            core = '%s%s%s = %s' % (self._fc(c2), self._op('-'), self._fc(c1), fr)
        cands = None
        if self.mode is None:
            extra = []
            if c2.m % 60 < c1.m % 60:
                extra.append(('carry_60', true.m + 60))
            cands = self._dur_cands(true, extra)
        self._add('elapsed', true, shown, core, prose, form, cands, t, l, lb, cx)
        return ret

    def elapsed(self, c1, c2, as_min=False, split=None, maxm=1080, t='', l=None, lb='', cx=None,
                titles=None):
        sp = self.rng.random() < SPLIT_PREF[self.style]
        if split is not None and not self.fm.clock24 and split % 1440 == 0:
            sp = True  # 12-hour clocks across midnight are always split at 12:00 AM
        if split is None or not sp or self.fm.clock24:
            return self._elapsed1(c1, c2, as_min, maxm, t, l, lb, cx, mid24=(split is not None))
        B = Clock(split)
        name = 'noon' if split == 720 else 'midnight'
        t1, t2, t3 = titles or ('Find the time from %s until %s' % (self.fm.clock(c1), name),
                                'Find the time from %s until %s' % (name, self.fm.clock(c2)),
                                'Add the two parts')
        p1 = self._elapsed1(c1, B, False, 720, t1, None, 'Until ' + name, None, form='from')
        p2 = self._elapsed1(B, c2, False, 720, t2, None, 'After ' + name, None, form='from')
        if p1.m + p2.m > maxm:
            raise Invalid('split')
        return self.dadd([p1, p2], as_min=as_min, t=t3, l=l, lb=lb, cx=None)

    # ---- duration arithmetic
    def dadd(self, ds, as_min=False, t='', l=None, lb='', cx=None):
        tot = sum((d.m for d in ds), F(0))
        true = Dur(tot)
        form = self._form('dadd')
        shown, ret = self._sel(true)
        self.rng.random()
        hs = sum(d.parts()[0] for d in ds)
        ms = sum(d.parts()[1] for d in ds)
        ss = sum(d.parts()[2] for d in ds)
        parts = [self._fd(d) for d in ds]
        core = self._op('+').join(parts)
        if form == 'carry' and ms >= 60 and hs > 0 and ss == 0 and not as_min:
            st = self.fm.durst if self.fm.durst != 'colon' else 'short'
            base = 'long' if st in ('long', 'long_and') else st
            hw = {'long': 'hours', 'short': 'h', 'hr': 'hr'}[base]
            mw = {'long': 'minutes', 'short': 'min', 'hr': 'min'}[base]
            if self.tex:
                inter = '%d \\text{ %s } %d \\text{ %s}' % (hs, hw, ms, mw)
            else:
                inter = '%d %s%s%d %s' % (hs, hw, ' and ' if st == 'long_and' else ' ', ms, mw)
            core += ' = ' + inter
        core += ' = ' + (self.fm.mins(shown, self.tex) if as_min else self._fd(shown))
        cands = None
        if self.mode is None:
            extra = []
            if ms >= 60 and ms % 60 != ms:
                extra.append(('carry_60', true.m - 60))
            cands = self._dur_cands(true, extra)
        self._add('dadd', true, shown, core, None, form, cands, t, l, lb, cx)
        return ret

    def dsub(self, d1, d2, as_min=False, t='', l=None, lb='', cx=None):
        true = Dur(d1.m - d2.m)
        self.rng.random()
        shown, ret = self._sel(true)
        self.rng.random()
        core = '%s%s%s = %s' % (self._fd(d1), self._op('-'), self._fd(d2),
                                self.fm.mins(shown, self.tex) if as_min else self._fd(shown))
        cands = None
        if self.mode is None:
            extra = []
            if d1.parts()[1] < d2.parts()[1]:
                extra.append(('carry_60', true.m + 60))
            cands = self._dur_cands(true, extra)
        self._add('dsub', true, shown, core, None, 'eq', cands, t, l, lb, cx)
        return ret

    def dmul(self, d, k, t='', l=None, lb='', cx=None):
        true = Dur(d.m * k)
        self.rng.random()
        shown, ret = self._sel(true)
        self.rng.random()
        core = '%s%s%s = %s' % (self._fd(d), self._op('*'), self._n(k), self._fd(shown))
        cands = None
        if self.mode is None:
            cands = self._dur_cands(true, [])
        self._add('dmul', true, shown, core, None, 'eq', cands, t, l, lb, cx)
        return ret

    # ---- calendar
    def date_add(self, dt, n, t='', l=None, lb='', cx=None):
        true = Date(dt.n + n)
        form = self._form('date')
        shown, ret = self._sel(true)
        self.rng.random()
        days = '%d days' % n if n != 1 else '1 day'
        if form == 'eq':
            if self.tex:
                core = '%s + %d \\text{ days} = %s' % (self.fm.date(dt, True), n, self.fm.date(shown, True))
            else:
                core = '%s + %s = %s' % (self.fm.date(dt), days, self.fm.date(shown))
            prose = None
        else:
            core = None
            prose = '%s after %s is %s' % (days, self.fm.date(dt), self.fm.date(shown))
        cands = None
        if self.mode is None:
            cands = [('off_by_one', Date(true.n + 1)), ('off_by_one', Date(true.n - 1))]
        self._add('date', true, shown, core, prose, form, cands, t, l, lb, cx)
        return ret

    def date_diff(self, d1, d2, unit='days', t='', l=None, lb='', cx=None):
        true = F(d2.n - d1.n)
        if true <= 0:
            raise Invalid('ddiff')
        form = self._form('ddiff')
        shown, ret = self._sel(true)
        self.rng.random()
        if form == 'from':
            core = None
            prose = 'From %s to %s is %s %s' % (self.fm.date(d1), self.fm.date(d2), dec(shown), unit)
        else:
            prose = None
            core = '%s%s%s = %s%s' % (self.fm.date(d2, self.tex), self._op('-'), self.fm.date(d1, self.tex),
                                      self._n(shown), self._u(unit))
        cands = None
        if self.mode is None:
            cands = [('off_by_one', true + 1)] + ([('off_by_one', true - 1)] if true > 1 else [])
        self._add('ddiff', true, shown, core, prose, form, cands, t, l, lb, cx)
        return ret

    def wd_add(self, wd, n, t='', l=None, lb='', cx=None):
        true = WD(wd.i + n)
        self.rng.random()
        shown, ret = self._sel(true)
        self.rng.random()
        prose = '%d days after %s is a %s' % (n, WEEKDAYS[wd.i], WEEKDAYS[shown.i])
        cands = None
        if self.mode is None:
            cands = [('off_by_one', WD(true.i + 1)), ('off_by_one', WD(true.i - 1))]
        self._add('wd', true, shown, None, prose, 'prose', cands, t, l, lb, cx)
        return ret

    # ---- answer
    def answer(self, value, sentence, unit='', money=False):
        if isinstance(value, Dur):
            value = value.m
        value = F(value)
        if value <= 0 or ndp(value) > 2:
            raise Invalid('final')
        self.final = value
        self.ans = (sentence, unit, money)


# ---------------------------------------------------------------- rendering
def fmt_answer(fm, value, unit, money, wrap=None):
    n = fm.num(value, money=money)
    if wrap == 'bold':
        return '**%s%s**' % (n, (' ' + unit) if unit else '')
    if wrap == 'boxed':
        b = fm.num(value, money=money, tex=True).replace('\\$', '')
        return '\\(\\boxed{%s}\\)%s' % (b, (' ' + unit) if unit else (' dollars' if money else ''))
    return n + ((' ' + unit) if unit else '')


def inline_line(st, use_cx=True):
    if st.core is not None:
        return ((st.l + ' ') if st.l else '') + st.core + '.'
    return ((st.cx + ' ') if (st.cx and use_cx) else '') + cap(st.prose) + '.'


LOWER_OK = ('The ', 'There ', 'It ', 'They ', 'Together ', 'In ', 'Each ', 'One ')


def soft_low(s):
    return low(s) if s.startswith(LOWER_OK) else s


def render_solution(style, steps, spec, fm, rr, final):
    """Return (lines, ranges, comp) where ranges[i] = (start, end) line indices of step i
    (end exclusive, includes the trailing blank line) and comp[i] = index of the computation line."""
    lines, ranges, comp = [], [], []
    sentence, unit, money = spec['ans_tuple']
    goal = spec['goal']
    fs = dec(final)
    givens = spec.get('givens') or []

    def step_block(i, st):
        start = len(lines)
        if style == 'gsm8k':
            comp.append(len(lines))
            lines.append(inline_line(st))
        elif style == 'llama3':
            lines.append('## Step %d: %s' % (i + 1, st.t))
            comp.append(len(lines))
            lines.append(inline_line(st))
            lines.append('')
        elif style == 'gpt4o':
            lines.append('%d. **%s:**' % (i + 1, st.t))
            if st.core is not None:
                if st.cx:
                    lines.append('   ' + st.cx)
                lines.append('   \\[')
                comp.append(len(lines))
                lines.append('   ' + st.core)
                lines.append('   \\]')
            else:
                comp.append(len(lines))
                lines.append('   ' + inline_line(st))
            lines.append('')
        elif style == 'qwen':
            n = len(steps)
            tr = 'First' if i == 0 else ('Finally' if i == n - 1 and n > 2 else
                                         ('Next' if i % 2 == 1 else 'Then'))
            head = '%s, we %s.' % (tr, low(st.t))
            if st.core is not None:
                lines.append(head + ((' ' + st.cx) if st.cx else ''))
                lines.append('\\[')
                comp.append(len(lines))
                lines.append(st.core)
                lines.append('\\]')
            else:
                comp.append(len(lines))
                lines.append(head + ' ' + inline_line(st))
            lines.append('')
        elif style == 'claude':
            if spec['_claude_list']:
                comp.append(len(lines))
                if st.core is not None:
                    lines.append('- %s: %s' % (st.lb, st.core))
                else:
                    lines.append('- %s: %s' % (st.lb, st.prose))
            else:
                lines.append('**%s**' % st.lb)
                comp.append(len(lines))
                if st.core is not None:
                    lines.append(st.core)
                else:
                    lines.append(cap(st.prose) + '.')
                lines.append('')
        elif style == 'gemma':
            lines.append('**%d. %s:**' % (i + 1, st.t))
            lines.append('')
            comp.append(len(lines))
            if st.core is not None:
                if spec['_gemma_lead'] and st.l:
                    lines.append('* ' + st.l + ' ' + st.core)
                else:
                    lines.append('* ' + st.core)
            else:
                lines.append('* ' + cap(st.prose) + '.')
            lines.append('')
        elif style == 'mistral':
            comp.append(len(lines))
            lines.append('%d. %s' % (i + 1, inline_line(st)))
        elif style == 'scratch':
            comp.append(len(lines))
            if st.core is not None:
                lines.append('%s = %s' % (st.lb, st.core))
            else:
                lines.append('%s: %s' % (st.lb, st.prose))
        ranges.append((start, len(lines)))

    # intro
    if style == 'gpt4o':
        lines.append(rr.choice(['To %s, let\'s break it down step by step.' % goal,
                                'To %s, we can work through the problem step by step.' % goal,
                                'Let\'s %s step by step.' % goal]))
        lines.append('')
    elif style == 'qwen':
        lines.append(rr.choice(['To %s, we need to follow these steps carefully.' % goal,
                                'To %s, we will break the problem into smaller steps.' % goal]))
        lines.append('')
    elif style == 'claude':
        lines.append(rr.choice(['I need to %s.' % goal, 'I need to %s. Let me work through it step by step.' % goal,
                                'Let me %s.' % goal]))
        lines.append('')
        if spec['_claude_list'] and givens:
            lines.append('**Given:**')
            for g in givens:
                lines.append('- %s: %s' % (g[0], gfmt(fm, g)))
            lines.append('')
            lines.append('**Solution:**')
    elif style == 'gemma':
        lines.append(rr.choice(["Here's how to solve the problem:", "Here's how to break it down:",
                                "Here's how to figure this out:"]))
        lines.append('')
    elif style == 'mistral':
        lines.append(rr.choice(["To solve this problem, let's break it down step by step:",
                                "Let's solve this step by step:",
                                "To find the answer, we'll go step by step:"]))
        lines.append('')
    elif style == 'scratch':
        for g in givens:
            lines.append('%s: %s' % (g[0], gfmt(fm, g)))
    rr.random()

    for i, st in enumerate(steps):
        step_block(i, st)

    # outro
    if style == 'gsm8k':
        lines.append('#### ' + fs)
    elif style == 'llama3':
        lines.append('The final answer is: $\\boxed{%s}$' % fs)
    elif style == 'gpt4o':
        lines.append('Therefore, ' + soft_low(sentence.format(a=fmt_answer(fm, final, unit, money, 'bold'))) + '.')
        lines.append('')
        lines.append('#### ' + fs)
    elif style == 'qwen':
        lines.append('Therefore, ' + soft_low(sentence.format(a=fmt_answer(fm, final, unit, money, 'boxed'))) + '.')
        lines.append('')
        lines.append('#### ' + fs)
    elif style == 'claude':
        if spec['_claude_list']:
            lines.append('')
        if rr.random() < 0.5:
            lines.append('**Answer: %s**' % fmt_answer(fm, final, unit, money))
        else:
            lines.append(cap(sentence.format(a=fmt_answer(fm, final, unit, money, 'bold'))) + '.')
    elif style == 'gemma':
        lines.append('**Answer:** ' + cap(sentence.format(a=fmt_answer(fm, final, unit, money))) + '.')
        lines.append('')
        lines.append('#### ' + fs)
    elif style == 'mistral':
        lines.append('')
        lines.append(rr.choice(['So, ', 'Therefore, ', 'So ']) +
                     soft_low(sentence.format(a=fmt_answer(fm, final, unit, money))) + '.')
        lines.append('')
        lines.append('#### ' + fs)
    elif style == 'scratch':
        lines.append('Answer: ' + fmt_answer(fm, final, unit, money))
        lines.append('#### ' + fs)
    lines = [AMDOT.sub(r'\1', x) for x in lines]
    return lines, ranges, comp


AMDOT = re.compile(r'((?:[ap]\.m\.|[AP]\.M\.))\.')


def gfmt(fm, g):
    v = g[1]
    if isinstance(v, str):
        return v
    if len(g) > 2 and g[2] == '$':
        return fm.num(v, money=True)
    s = fm.val(v)
    if len(g) > 2 and g[2]:
        s += ' ' + g[2]
    return s
