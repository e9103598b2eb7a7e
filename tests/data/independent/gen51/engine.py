"""Core of the GSM-Hard-style worked-solution generator (stdlib only).

Numbers are Fractions throughout; every written number is produced from an
exact value, so correct rows are exact.  A solution is produced by a solver
function that calls Sol.calc(...) once per computation.  Fault injection
(slip / carry) happens inside Sol.calc, so carried values flow naturally
into later steps.
"""
import math
import random
from fractions import Fraction as F


class NotExact(Exception):
    pass


class Reject(Exception):
    pass


# ---------------------------------------------------------------- numbers

def places_of(x, maxp=10):
    for p in range(maxp + 1):
        if (x * 10 ** p).denominator == 1:
            return p
    return None


def rhu(x, p):
    """round half up (away from zero) to p decimal places"""
    q = abs(x) * 10 ** p
    n = math.floor(q + F(1, 2))
    r = F(n, 10 ** p)
    return -r if x < 0 else r


def digits(x, p):
    q = x * 10 ** p
    if q.denominator != 1:
        raise NotExact(x)
    n = q.numerator
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, 10 ** p)
    return neg, str(ip), (str(fp).zfill(p) if p else '')


def group(s, sep, sep4=True):
    if not sep or len(s) <= 3 or (len(s) == 4 and not sep4):
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def plain(x):
    """canonical plain string for finals: no separators, minimal decimals"""
    p = places_of(x)
    if p is None:
        raise NotExact(x)
    neg, ip, fp = digits(x, p)
    return ('-' if neg else '') + ip + ('.' + fp if fp else '')


class Val:
    __slots__ = ('v', 'kind', 'unit', 'p')

    def __init__(self, v, kind='int', unit='', p=None):
        self.v = F(v)
        self.kind = kind      # int | money | dec | pct | rate
        self.unit = unit
        self.p = p            # fixed decimal places (optional)

    def __repr__(self):
        return 'Val(%s,%s)' % (plain(self.v), self.kind)


class Pres:
    """presentation policy of one rendered solution"""

    def __init__(self, **kw):
        self.sep = ','
        self.sep4 = True
        self.money2 = True
        self.dollar = '$'
        self.minus = '−'
        self.mul = '×'
        self.div = '÷'
        self.latex = False
        self.frac = False
        self.units = False
        self.worded = 0.0
        self.pct = 'of'        # of | dec | sym
        self.__dict__.update(kw)


def num_str(x, kind, P, p=None, unitless=False, force_places=None):
    """format exact value x of a given kind"""
    if kind == 'pct':
        pl = places_of(x)
        if pl is None or pl > 6:
            raise NotExact(x)
        neg, ip, fp = digits(x, pl)
        s = ip + ('.' + fp if fp else '')
        return ('-' if neg else '') + s + ('\\%' if P.latex else '%')
    if kind in ('mil', 'mmil'):
        m = x / 10 ** 6
        pl = places_of(m, 6)
        if pl is None:
            raise NotExact(x)
        neg, ip, fp = digits(m, pl)
        s = ip + ('.' + fp if fp else '')
        s += '\\text{ million}' if P.latex else ' million'
        if kind == 'mmil':
            s = P.dollar + s
        return ('-' if neg else '') + s
    if force_places is not None:
        pl = force_places
    elif p is not None:
        pl = p
        if places_of(x, pl) is None:
            raise NotExact(x)
    else:
        pl = places_of(x, 8)
        if pl is None:
            raise NotExact(x)
        if kind == 'int' and pl > 0:
            raise NotExact(x)
        if kind in ('money', 'eur'):
            if pl > 2:
                raise NotExact(x)
            if pl > 0 or P.money2:
                pl = 2
        if kind in ('rate', 'eurx'):
            pl = max(pl, 2)
    neg, ip, fp = digits(x, pl)
    s = group(ip, P.sep, P.sep4) + ('.' + fp if fp else '')
    if kind in ('money', 'rate') and not unitless:
        s = P.dollar + s
    if kind in ('eur', 'eurx') and not unitless:
        s = '€' + s
    if neg:
        s = P.minus + s
    return s


# ---------------------------------------------------------------- expressions

class Op:
    __slots__ = ('op', 'a', 'b')

    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


def _wrap(x):
    if isinstance(x, (Val, Op)):
        return x
    raise TypeError(x)


def M(*xs):
    e = _wrap(xs[0])
    for x in xs[1:]:
        e = Op('*', e, _wrap(x))
    return e


def A(*xs):
    e = _wrap(xs[0])
    for x in xs[1:]:
        e = Op('+', e, _wrap(x))
    return e


def S_(a, b):
    return Op('-', _wrap(a), _wrap(b))


def D(a, b):
    return Op('/', _wrap(a), _wrap(b))


def PC(p, base):
    """p percent of base (p is a Val of kind pct)"""
    return Op('%', _wrap(p), _wrap(base))


def ev(e):
    if isinstance(e, Val):
        return e.v
    a, b = ev(e.a), ev(e.b)
    if e.op == '+':
        return a + b
    if e.op == '-':
        return a - b
    if e.op == '*':
        return a * b
    if e.op == '/':
        return a / b
    if e.op == '%':
        return a / 100 * b
    raise ValueError(e.op)


PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2}


def leaf_str(x, P, with_unit=True):
    s = num_str(x.v, x.kind, P, x.p)
    if with_unit and P.units and x.unit:
        if P.latex:
            s += '\\text{ %s}' % x.unit
        else:
            s += ' ' + x.unit
    return s


def pct_as_dec(pv):
    return Val(pv.v / 100, 'dec')


def render(e, P, top=True):
    if isinstance(e, Val):
        return leaf_str(e, P)
    if e.op == '%':
        mode = P.pct
        if mode == 'of':
            return '%s of %s' % (render(e.a, P, False), render(e.b, P, False))
        if mode == 'dec':
            e = Op('*', pct_as_dec(e.a), e.b)
        elif mode == 'decr':
            e = Op('*', e.b, pct_as_dec(e.a))
        else:
            e = Op('*', e.b, e.a)
    pa = PREC[e.op]
    sa = render(e.a, P, False)
    sb = render(e.b, P, False)
    if isinstance(e.a, Op) and PREC[e.a.op] < pa:
        sa = lparen(P) + sa + rparen(P)
    if isinstance(e.b, Op) and (PREC[e.b.op] < pa or (PREC[e.b.op] == pa and e.op in '-/')):
        sb = lparen(P) + sb + rparen(P)
    if e.op == '/' and P.latex and P.frac:
        return '\\frac{%s}{%s}' % (render(e.a, P, True), render(e.b, P, True))
    sym = {'+': '+', '-': P.minus, '*': P.mul, '/': P.div}[e.op]
    return '%s %s %s' % (sa, sym, sb)


def lparen(P):
    return '('


def rparen(P):
    return ')'


WORD_OPS = {'*': ['times', 'multiplied by'], '/': ['divided by'], '+': ['plus'], '-': ['minus']}


def render_worded(e, P, rng):
    """binary op on two leaves, in words; None if not applicable"""
    if not isinstance(e, Op):
        return None
    if not isinstance(e.a, Val) or not isinstance(e.b, Val):
        return None
    if e.op == '%':
        return '%s of %s' % (leaf_str(e.a, P), leaf_str(e.b, P))
    w = rng.choice(WORD_OPS[e.op])
    return '%s %s %s' % (leaf_str(e.a, P), w, leaf_str(e.b, P))


def render_gsm(e, top=True):
    """GSM8K calculator notation: plain numbers, * / + -"""
    if isinstance(e, Val):
        if e.kind == 'pct':
            return plain(e.v / 100)
        return plain(e.v)
    if e.op == '%':
        return '%s*%s' % (plain(e.a.v / 100), render_gsm(e.b, False) if not isinstance(e.b, Op) else '(' + render_gsm(e.b) + ')')
    pa = PREC[e.op]
    sa = render_gsm(e.a, False)
    sb = render_gsm(e.b, False)
    if isinstance(e.a, Op) and PREC[e.a.op] < pa:
        sa = '(' + sa + ')'
    if isinstance(e.b, Op) and (PREC[e.b.op] < pa or (PREC[e.b.op] == pa and e.op in '-/')):
        sb = '(' + sb + ')'
    return '%s%s%s' % (sa, e.op, sb)


# ---------------------------------------------------------------- faults

FAULT_KINDS = ['off_by_one', 'off_by_ten', 'transposed', 'dropped_digit',
               'doubled_digit', 'wrong_op', 'decimal_shift', 'sign_dropped']


def fault_candidates(x, places, expr, rng, pad_ok=False):
    """list of (kind, wrong_value) for exact value x shown with `places` decimals"""
    out = []
    unit = F(1, 10 ** places)
    neg, ip, fp = digits(x, places)
    ds = ip + fp
    sgn = -1 if neg else 1

    def from_ds(s):
        if not s or (len(s) > 1 and s[0] == '0' and len(s) - places > 1):
            return None
        n = int(s)
        return sgn * F(n, 10 ** places)
    # off by one in the last written place
    for d in (1, -1):
        w = x + d * unit
        if w != x and (w >= 0) == (x >= 0):
            out.append(('off_by_one', w))
    # off by ten / hundred / thousand
    for k in (1, 2, 3):
        for d in (1, -1):
            w = x + d * unit * 10 ** k
            if abs(w) > 10 * unit * 10 ** k and (w >= 0) == (x >= 0):
                out.append(('off_by_ten', w))
    # adjacent transposition
    for i in range(len(ds) - 1):
        if ds[i] != ds[i + 1]:
            s = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
            w = from_ds(s)
            if w is not None and w != x:
                out.append(('transposed', w))
    # dropped digit (integer part only keeps shape sane)
    if len(ip) >= 3:
        for i in range(1, len(ip)):
            s = ip[:i] + ip[i + 1:] + fp
            w = from_ds(s)
            if w is not None and w != x:
                out.append(('dropped_digit', w))
    # doubled digit
    if len(ip) >= 2:
        for i in range(1, len(ip)):
            s = ip[:i] + ip[i] + ip[i:] + fp
            w = from_ds(s)
            if w is not None and w != x:
                out.append(('doubled_digit', w))
    # decimal point moved
    for w in (x * 10, x / 10):
        if places_of(w, places) is not None and w != x and w != 0:
            out.append(('decimal_shift', w))
    # wrong operation
    if isinstance(expr, Op) and isinstance(expr.a, Val) and isinstance(expr.b, Val):
        a, b = expr.a.v, expr.b.v
        alt = {'*': [a + b], '+': [a - b, a * b] if b > 1 else [a - b], '-': [a + b]}.get(expr.op, [])
        for w in alt:
            if w != x and w > 0 and places_of(w, places) is not None:
                out.append(('wrong_op', w))
    if x < 0:
        out.append(('sign_dropped', -x))
    if not pad_ok:
        out = [(k, w) for k, w in out if (places_of(w, places) or 0) >= places]
    return out


def choose_fault(x, places, expr, rng, pad_ok=False):
    cands = fault_candidates(x, places, expr, rng, pad_ok)
    if not cands:
        return None
    kinds = sorted(set(k for k, _ in cands))
    if 'sign_dropped' in kinds and rng.random() < 0.6:
        k = 'sign_dropped'
    else:
        weights = {'off_by_one': 3, 'off_by_ten': 3, 'transposed': 4, 'dropped_digit': 2,
                   'doubled_digit': 1, 'wrong_op': 1, 'decimal_shift': 1, 'sign_dropped': 2}
        k = rng.choices(kinds, [weights[k] for k in kinds])[0]
    opts = [w for kk, w in cands if kk == k]
    return k, rng.choice(opts)
