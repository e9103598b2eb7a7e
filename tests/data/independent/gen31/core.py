"""Core values, formatting, expression trees and the solution builder for gen.py."""
from fractions import Fraction as F


class Invalid(Exception):
    pass


MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dec(x):
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    for k in range(1, 7):
        y = x * 10 ** k
        if y.denominator == 1:
            neg = y < 0
            s = str(abs(y.numerator)).rjust(k + 1, '0')
            s = (s[:-k] + '.' + s[-k:]).rstrip('0').rstrip('.')
            return ('-' if neg else '') + s
    raise Invalid('nonterminating')


def ndp(x):
    s = dec(x)
    return len(s.split('.')[1]) if '.' in s else 0


def group(s, sep=','):
    ip, dot, fp = s.partition('.')
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts) + dot + fp


# ---------------------------------------------------------------- values
class Clock:
    __slots__ = ('m',)

    def __init__(self, m):
        m = F(m)
        if m.denominator != 1:
            raise Invalid('clock')
        self.m = int(m) % 1440

    @staticmethod
    def hm(h, mi):
        return Clock(h * 60 + mi)


class Dur:
    __slots__ = ('m',)

    def __init__(self, m):
        m = F(m)
        if m <= 0 or (m * 60).denominator != 1:
            raise Invalid('dur')
        self.m = m

    @staticmethod
    def hm(h, mi=0, s=0):
        return Dur(F(h * 3600 + mi * 60 + s, 60))

    def parts(self):
        tot = int(self.m * 60)
        h, r = divmod(tot, 3600)
        mi, s = divmod(r, 60)
        return h, mi, s


class Date:
    __slots__ = ('n',)

    def __init__(self, n):
        if not 1 <= n <= 365:
            raise Invalid('date')
        self.n = int(n)

    @staticmethod
    def md(month, day):
        return Date(sum(MDAYS[:month - 1]) + day)

    def month_day(self):
        n = self.n
        for i, d in enumerate(MDAYS):
            if n <= d:
                return i + 1, n
            n -= d
        raise Invalid('date')


class WD:
    __slots__ = ('i',)

    def __init__(self, i):
        self.i = i % 7


def canon(v, clock24=False):
    """Canonical plain form used for the wrong/right fields."""
    if isinstance(v, Clock):
        h, mi = divmod(v.m, 60)
        if clock24:
            return '%02d:%02d' % (h, mi)
        return '%d:%02d %s' % (h % 12 or 12, mi, 'AM' if h < 12 else 'PM')
    if isinstance(v, Dur):
        if v.m.denominator == 1:
            return dec(v.m) + ' min'
        return dec(v.m * 60) + ' s'
    if isinstance(v, Date):
        mo, d = v.month_day()
        return '%s %d' % (MONTHS[mo - 1], d)
    if isinstance(v, WD):
        return WEEKDAYS[v.i]
    return dec(v)


# ---------------------------------------------------------------- formatting
AMPM = {'PM': ('AM', 'PM'), 'p.m.': ('a.m.', 'p.m.'), 'pm': ('am', 'pm'), 'P.M.': ('A.M.', 'P.M.')}
DUNITS = {'long': (('hour', 'hours'), ('minute', 'minutes'), ('second', 'seconds')),
          'short': (('h', 'h'), ('min', 'min'), ('s', 's')),
          'hr': (('hr', 'hr'), ('min', 'min'), ('sec', 'sec'))}


class Fmt:
    def __init__(self, ampm='PM', clock24=False, dur='long', commas=False, texcolon=False,
                 nospace=False, frac=False, texunits=False, minword='minutes'):
        self.ampm = ampm
        self.clock24 = clock24
        self.durst = dur
        self.commas = commas
        self.texcolon = texcolon
        self.nospace = nospace
        self.frac = frac
        self.texunits = texunits
        self.minword = minword

    def num(self, x, money=False, tex=False, commas=None):
        x = F(x)
        if x < 0:
            raise Invalid('negative')
        s = dec(x)
        if money and '.' in s:
            if ndp(x) > 2:
                raise Invalid('money')
            ip, fp = s.split('.')
            s = ip + '.' + fp.ljust(2, '0')
        if self.commas if commas is None else commas:
            if x >= 1000:
                s = group(s, '{,}' if tex else ',')
        if money:
            s = ('\\$' if tex else '$') + s
        return s

    def clock(self, c, tex=False):
        h, mi = divmod(c.m, 60)
        colon = '{:}' if (tex and self.texcolon) else ':'
        if self.clock24:
            return '%02d%s%02d' % (h, colon, mi)
        am, pm = AMPM[self.ampm]
        suf = am if h < 12 else pm
        base = '%d%s%02d' % (h % 12 or 12, colon, mi)
        if tex:
            return base + ' \\text{ %s}' % suf
        return base + ('' if self.nospace else ' ') + suf

    def dur(self, d, tex=False, style=None):
        st = style or self.durst
        h, mi, s = d.parts()
        if st == 'colon':
            if s == 0 and h > 0:
                return '%d%s%02d' % (h, '{:}' if (tex and self.texcolon) else ':', mi)
            st = 'short'
        base = 'long' if st in ('long', 'long_and') else st
        parts = []
        for n, (sg, pl) in zip((h, mi, s), DUNITS[base]):
            if n:
                parts.append((n, sg if n == 1 else pl))
        if tex:
            strs = ['%d \\text{ %s%s}' % (n, u, ' ' if i < len(parts) - 1 else '') for i, (n, u) in enumerate(parts)]
        else:
            strs = ['%d %s' % (n, u) for n, u in parts]
        if st == 'long_and' and len(strs) > 1:
            return ' '.join(strs[:-1]) + ' and ' + strs[-1]
        return ' '.join(strs)

    def mins(self, d, tex=False):
        if d.m.denominator != 1:
            raise Invalid('mins')
        n = self.num(d.m, tex=tex)
        w = self.minword if d.m != 1 else 'minute'
        return '%s \\text{ %s}' % (n, w) if tex else '%s %s' % (n, w)

    def date(self, dt, tex=False):
        mo, d = dt.month_day()
        s = '%s %d' % (MONTHS[mo - 1], d)
        return '\\text{%s}' % s if tex else s

    def val(self, v, tex=False):
        if isinstance(v, Clock):
            return self.clock(v, tex)
        if isinstance(v, Dur):
            return self.dur(v, tex)
        if isinstance(v, Date):
            return self.date(v, tex)
        if isinstance(v, WD):
            return WEEKDAYS[v.i]
        return self.num(v, tex=tex)


# ---------------------------------------------------------------- expressions
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, 'n': 3}
OPS = {'gsm': {'+': '+', '-': '-', '*': '*', '/': '/'},
       'star': {'+': ' + ', '-': ' - ', '*': ' * ', '/': ' / '},
       'x': {'+': ' + ', '-': ' - ', '*': ' x ', '/': ' / '},
       'uni': {'+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ '},
       'tex': {'+': ' + ', '-': ' - ', '*': ' \\times ', '/': ' \\div '}}


class E:
    __slots__ = ('op', 'a', 'b', 'v', 'u', 'money')

    def __init__(self, op, a=None, b=None, v=None, u=None, money=False):
        self.op, self.a, self.b, self.v, self.u, self.money = op, a, b, v, u, money

    def __add__(self, o):
        return E('+', self, w(o))

    def __radd__(self, o):
        return E('+', w(o), self)

    def __sub__(self, o):
        return E('-', self, w(o))

    def __rsub__(self, o):
        return E('-', w(o), self)

    def __mul__(self, o):
        return E('*', self, w(o))

    def __rmul__(self, o):
        return E('*', w(o), self)

    def __truediv__(self, o):
        return E('/', self, w(o))

    def __rtruediv__(self, o):
        return E('/', w(o), self)


def N(v, u=None, money=False):
    return E('n', v=F(v), u=u, money=money)


def w(x):
    return x if isinstance(x, E) else N(x)


def ev(e):
    if e.op == 'n':
        return e.v
    a, b = ev(e.a), ev(e.b)
    if e.op == '+':
        return a + b
    if e.op == '-':
        return a - b
    if e.op == '*':
        return a * b
    if b == 0:
        raise Invalid('div0')
    return a / b


def ev_op(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if b == 0:
        raise Invalid('div0')
    return a / b


def render(e, nt, fm, units=False):
    tex = nt == 'tex'
    if e.op == 'n':
        s = fm.num(e.v, money=e.money and nt != 'gsm', tex=tex, commas=(False if nt == 'gsm' else None))
        if units and e.u:
            s += (' \\text{ %s}' % e.u) if tex else ' ' + e.u
        return s
    if tex and e.op == '/' and fm.frac and e.a.op == 'n' and e.b.op == 'n':
        return '\\frac{%s}{%s}' % (render(e.a, nt, fm, False), render(e.b, nt, fm, False))
    la = render(e.a, nt, fm, units)
    if PREC[e.a.op] < PREC[e.op]:
        la = '(' + la + ')'
    lb = render(e.b, nt, fm, units)
    if PREC[e.b.op] < PREC[e.op] or (PREC[e.b.op] == PREC[e.op] and e.op in '-/'):
        lb = '(' + lb + ')'
    return la + OPS[nt][e.op] + lb


def gsm_expr(e):
    """Plain expression for a GSM8K calculator annotation."""
    if e.op == 'n':
        return dec(e.v)
    la = gsm_expr(e.a)
    if PREC[e.a.op] < PREC[e.op]:
        la = '(' + la + ')'
    lb = gsm_expr(e.b)
    if PREC[e.b.op] < PREC[e.op] or (PREC[e.b.op] == PREC[e.op] and e.op in '-/'):
        lb = '(' + lb + ')'
    return la + e.op + lb
