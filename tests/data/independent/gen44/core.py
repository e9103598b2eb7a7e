"""Core of the patterns/sequences/counting evaluation-set generator.

Expressions are small tuples; a Builder renders a worked solution in one of
ten styles, optionally with one faulty computation result (slip or carry).
Standard library only.
"""
from fractions import Fraction as Fr
import math


class Bad(Exception):
    """Raised when a carried fault leads to an unusable solution."""


# ---------------------------------------------------------------- expressions
def add(*xs):
    r = xs[0]
    for x in xs[1:]:
        r = ('+', r, x)
    return r


def sub(a, b):
    return ('-', a, b)


def mul(*xs):
    r = xs[0]
    for x in xs[1:]:
        r = ('*', r, x)
    return r


def dv(a, b):
    return ('/', a, b)


def pw(a, b):
    return ('^', a, b)


def fact(a):
    return ('!', a)


def ch(n, k):
    return ('C', n, k)


def perm(n, k):
    return ('P', n, k)


def fl(x):
    return ('fl', x)


def par(x):
    return ('()', x)


def imp(a, b):
    return ('imp', a, b)


def isnum(e):
    return isinstance(e, (int, Fr))


def ev(e):
    if isnum(e):
        return Fr(e)
    op = e[0]
    if op == '+':
        return ev(e[1]) + ev(e[2])
    if op == '-':
        return ev(e[1]) - ev(e[2])
    if op in ('*', 'imp'):
        return ev(e[1]) * ev(e[2])
    if op == '/':
        b = ev(e[2])
        if b == 0:
            raise Bad('div0')
        return ev(e[1]) / b
    if op == '^':
        b = ev(e[2])
        if b.denominator != 1 or b < 0 or b > 60:
            raise Bad('pow')
        return ev(e[1]) ** int(b)
    if op == '!':
        a = ev(e[1])
        if a.denominator != 1 or a < 0 or a > 20:
            raise Bad('fact')
        return Fr(math.factorial(int(a)))
    if op == 'C':
        n, k = ev(e[1]), ev(e[2])
        if n.denominator != 1 or k.denominator != 1 or n < 0 or k < 0:
            raise Bad('comb')
        return Fr(math.comb(int(n), int(k)))
    if op == 'P':
        n, k = ev(e[1]), ev(e[2])
        if n.denominator != 1 or k.denominator != 1 or n < 0 or k < 0:
            raise Bad('perm')
        return Fr(math.perm(int(n), int(k)))
    if op == 'fl':
        return Fr(math.floor(ev(e[1])))
    if op in ('()', 'u'):
        return ev(e[1])
    raise ValueError(op)


def u(v, word):
    """a number carrying a unit word (rendered only in styles with units)."""
    return ('u', v, word)


PREC = {'u': 5, '+': 1, '-': 1, '*': 2, '/': 2, 'imp': 2, '^': 3, '!': 4,
        'C': 5, 'P': 5, 'fl': 5, '()': 5}

SUP = str.maketrans('0123456789-', '⁰¹²³⁴⁵⁶⁷⁸⁹⁻')


def fmt_int(v, sep='', neg='-'):
    """sep: '' none, ',' or '{,}' for 4+ digits, ',5' for 5+ digits only."""
    s = str(abs(v))
    minlen = 4
    if sep == ',5':
        sep, minlen = ',', 5
    if sep and len(s) >= minlen:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = sep.join(parts)
    return (neg if v < 0 else '') + s


def fmt_num(v, sep='', neg='-'):
    v = Fr(v)
    if v.denominator == 1:
        return fmt_int(int(v.numerator), sep, neg)
    d = v.denominator
    k = 0
    while d % 2 == 0 or d % 5 == 0:
        if d % 2 == 0:
            d //= 2
        else:
            d //= 5
        k += 1
    if d != 1:
        raise Bad('nonterminating')
    sgn = neg if v < 0 else ''
    a = abs(v)
    ip = int(a)
    frac = a - ip
    digits = str(int(frac * 10 ** k)).rjust(k, '0').rstrip('0')
    return sgn + fmt_int(ip, sep) + '.' + digits


def plain_num(v):
    return fmt_num(v, '', '-')


class Ops:
    def __init__(self, latex=False, times=' × ', div=' ÷ ', plus=' + ',
                 minus=' − ', pow='caret', sep=',', neg='−', choose='C',
                 floor='uni', frac=False, tight=False, units=False):
        self.latex = latex
        self.times = times
        self.div = div
        self.plus = plus
        self.minus = minus
        self.pow = pow
        self.sep = sep
        self.neg = neg
        self.choose = choose
        self.floor = floor
        self.frac = frac
        self.tight = tight
        self.units = units

    def copy(self, **kw):
        o = Ops()
        o.__dict__.update(self.__dict__)
        o.__dict__.update(kw)
        return o


def rx(e, o, need=0, right=False):
    """Render expression e with operator set o."""
    if isnum(e):
        s = fmt_num(e, o.sep, o.neg)
        if Fr(e) < 0 and (need >= 2 or right):
            s = '(' + s + ')'
        return s
    op = e[0]
    p = PREC[op]
    if op == '+':
        s = rx(e[1], o, 1) + o.plus + rx(e[2], o, 2, True)
    elif op == '-':
        s = rx(e[1], o, 1) + o.minus + rx(e[2], o, 2, True)
    elif op == '*':
        s = rx(e[1], o, 2) + o.times + rx(e[2], o, 2, True)
    elif op == 'imp':
        s = rx(e[1], o, 2) + '(' + rx(e[2], o, 0) + ')'
    elif op == '/':
        if o.frac:
            s = r'\frac{' + rx(e[1], o, 0) + '}{' + rx(e[2], o, 0) + '}'
            p = 5
        else:
            s = rx(e[1], o, 2) + o.div + rx(e[2], o, 3, True)
    elif op == '^':
        base = rx(e[1], o, 4)
        ex = e[2]
        if o.pow == 'latex':
            s = base + '^{' + rx(ex, o, 0) + '}'
        elif o.pow == 'sup' and isnum(ex) and Fr(ex) >= 0:
            s = base + fmt_num(ex).translate(SUP)
        else:
            s = base + '^' + rx(ex, o, 5)
    elif op == '!':
        s = rx(e[1], o, 5) + '!'
    elif op in ('C', 'P'):
        n, k = rx(e[1], o, 0), rx(e[2], o, 0)
        if op == 'C' and o.choose == 'binom':
            s = r'\binom{' + n + '}{' + k + '}'
        else:
            s = op + '(' + n + (',' if o.tight else ', ') + k + ')'
    elif op == 'fl':
        inner = e[1]
        if o.floor == 'latex':
            if o.frac and not isnum(inner) and inner[0] == '/':
                s = r'\left\lfloor ' + rx(inner, o, 0) + r' \right\rfloor'
            else:
                s = r'\lfloor ' + rx(inner, o.copy(div='/'), 0) + r' \rfloor'
        else:
            s = '⌊' + rx(inner, o.copy(div='/'), 0) + '⌋'
        p = 5
    elif op == '()':
        s = '(' + rx(e[1], o, 0) + ')'
    elif op == 'u':
        s = rx(e[1], o, need, right)
        if o.units:
            s += ' ' + e[2]
    else:
        raise ValueError(op)
    if p < need:
        s = '(' + s + ')'
    return s


def last_op(e):
    """(op, a, b) if e is a binary op of two literal numbers."""
    if isnum(e):
        return None
    if e[0] in ('()', 'u'):
        return last_op(e[1])
    if e[0] in ('+', '-', '*', '/', '^', 'imp'):
        a, b = e[1], e[2]
        if not isnum(a) and a[0] == 'u':
            a = a[1]
        if not isnum(b) and b[0] == 'u':
            b = b[1]
        if isnum(a) and isnum(b):
            return ('*' if e[0] == 'imp' else e[0], Fr(a), Fr(b))
    return None


def simple_binary(e):
    return (not isnum(e)) and e[0] in ('+', '-', '*', '/') and isnum(e[1]) and isnum(e[2])


def ordinal(n):
    n = int(n)
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suf}'
