"""Expression trees for counting solutions: exact evaluation and rendering
in several notations (unicode, ascii, LaTeX, worded)."""
from fractions import Fraction
import math


def W(x):
    return x if isinstance(x, tuple) else ('n', x)


def NUM(v):
    return ('n', v)


def MUL(*xs):
    return ('mul', [W(x) for x in xs])


def ADD(*xs):
    return ('add', [('+', W(x)) for x in xs])


def SUMS(terms):
    """terms: list of (sign, x)."""
    return ('add', [(s, W(x)) for s, x in terms])


def SUB(a, b):
    return ('add', [('+', W(a)), ('-', W(b))])


def DIV(a, b):
    return ('div', W(a), W(b))


def POW(b, e):
    return ('pow', W(b), W(e))


def FACT(n):
    return ('fact', W(n))


def CH(n, k):
    return ('C', W(n), W(k))


def PERM(n, k):
    return ('P', W(n), W(k))


def FLOOR(a, b):
    return ('floor', W(a), W(b))


def LCM(a, b):
    return ('lcm', W(a), W(b))


def PAR(e):
    return ('par', W(e))


def DEC(s):
    """a decimal written as a string (only used as a result of an approximation)"""
    return ('dec', s)


def FALL(n, k):
    """n × (n-1) × ... (k factors)"""
    return MUL(*[n - i for i in range(k)])


def ev(e):
    t = e[0]
    if t == 'n':
        return Fraction(e[1])
    if t == 'dec':
        return Fraction(e[1])
    if t == 'add':
        s = Fraction(0)
        for sign, x in e[1]:
            v = ev(x)
            s += v if sign == '+' else -v
        return s
    if t == 'mul':
        p = Fraction(1)
        for x in e[1]:
            p *= ev(x)
        return p
    if t == 'div':
        return ev(e[1]) / ev(e[2])
    if t == 'pow':
        return ev(e[1]) ** int(ev(e[2]))
    if t == 'fact':
        return Fraction(math.factorial(int(ev(e[1]))))
    if t == 'C':
        return Fraction(math.comb(int(ev(e[1])), int(ev(e[2]))))
    if t == 'P':
        return Fraction(math.perm(int(ev(e[1])), int(ev(e[2]))))
    if t == 'floor':
        return Fraction(math.floor(ev(e[1]) / ev(e[2])))
    if t == 'lcm':
        return Fraction(math.lcm(int(ev(e[1])), int(ev(e[2]))))
    if t == 'par':
        return ev(e[1])
    raise ValueError(t)


def is_arith(e):
    """only numbers and + - × ÷ (no factorial, binomial, power)"""
    t = e[0]
    if t == 'n':
        return True
    if t == 'add':
        return all(is_arith(x) for _, x in e[1])
    if t == 'mul':
        return all(is_arith(x) for x in e[1])
    if t == 'div':
        return is_arith(e[1]) and is_arith(e[2])
    if t == 'par':
        return is_arith(e[1])
    return False


def n_ops(e):
    t = e[0]
    if t in ('n', 'dec'):
        return 0
    if t == 'add':
        return len(e[1]) - 1 + sum(n_ops(x) for _, x in e[1])
    if t == 'mul':
        return len(e[1]) - 1 + sum(n_ops(x) for x in e[1])
    if t == 'div':
        return 1 + n_ops(e[1]) + n_ops(e[2])
    if t == 'par':
        return n_ops(e[1])
    return 1


SUP = str.maketrans('0123456789', '⁰¹²³⁴⁵⁶⁷⁸⁹')


def fmt_int(v, nt):
    v = int(v)
    mode = nt.get('num', 'comma')
    thr = nt.get('thr', 1000)
    if mode == 'plain' or abs(v) < thr:
        return str(v)
    s = f"{v:,}"
    if mode == 'latexcomma':
        return s.replace(',', '{,}')
    return s


def fmt_val(v, nt):
    v = Fraction(v)
    if v.denominator == 1:
        return fmt_int(v, nt)
    raise ValueError('non-integer value needs an explicit rendering: %s' % v)


def R(e, nt, parent=0.0):
    """render e; parent = binding strength required by the context"""
    t = e[0]
    latex = nt.get('latex', False)

    def wrap(s, cond):
        if not cond:
            return s
        if latex and nt.get('leftright'):
            return '\\left(' + s + '\\right)'
        return '(' + s + ')'

    if t == 'n':
        return fmt_val(e[1], nt)
    if t == 'dec':
        return e[1]
    if t == 'par':
        return wrap(R(e[1], nt, 0), True)
    if t == 'add':
        s = ''
        for i, (sign, x) in enumerate(e[1]):
            xs = R(x, nt, 1.5)
            if i == 0:
                s = xs
            else:
                s += (nt['plus'] if sign == '+' else nt['minus']) + xs
        return wrap(s, parent > 1)
    if t == 'mul':
        parts = [R(x, nt, 2.5) for x in e[1]]
        return wrap(nt['mul'].join(parts), parent > 2)
    if t == 'div':
        if nt['div'] == 'frac':
            return '\\frac{' + R(e[1], nt, 0) + '}{' + R(e[2], nt, 0) + '}'
        s = R(e[1], nt, 2) + nt['div'] + R(e[2], nt, 3)
        return wrap(s, parent > 2)
    if t == 'pow':
        b = R(e[1], nt, 4)
        ex = int(ev(e[2]))
        mode = nt.get('pow', '^')
        if mode == 'sup':
            return b + str(ex).translate(SUP)
        if mode == 'latex':
            return b + ('^{%d}' % ex if ex >= 10 else '^%d' % ex)
        return b + '^' + str(ex)
    if t == 'fact':
        return R(e[1], nt, 5) + '!'
    if t == 'C':
        n, k = R(e[1], nt, 0), R(e[2], nt, 0)
        mode = nt.get('C', 'C')
        if mode == 'latex':
            return '\\binom{%s}{%s}' % (n, k)
        if mode == 'Cs':
            return 'C(%s, %s)' % (n, k)
        if mode == 'nCr':
            return '%sC%s' % (n, k)
        if mode == 'choose':
            return '(%s choose %s)' % (n, k)
        return 'C(%s,%s)' % (n, k)
    if t == 'P':
        n, k = R(e[1], nt, 0), R(e[2], nt, 0)
        mode = nt.get('P', 'P')
        if mode == 'nPr':
            return '%sP%s' % (n, k)
        if mode == 'Ps':
            return 'P(%s, %s)' % (n, k)
        return 'P(%s,%s)' % (n, k)
    if t == 'floor':
        a, b = R(e[1], nt, 0), R(e[2], nt, 0)
        mode = nt.get('floor', 'unicode')
        if mode == 'latex':
            return '\\left\\lfloor \\frac{%s}{%s} \\right\\rfloor' % (a, b)
        if mode == 'fn':
            return 'floor(%s/%s)' % (a, b)
        return '⌊%s/%s⌋' % (a, b)
    if t == 'lcm':
        a, b = R(e[1], nt, 0), R(e[2], nt, 0)
        if latex:
            return '\\text{lcm}(%s, %s)' % (a, b)
        return nt.get('lcmname', 'LCM') + '(%s, %s)' % (a, b)
    raise ValueError(t)
