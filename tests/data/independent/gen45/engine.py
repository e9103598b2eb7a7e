"""Computation engine: values, expressions, solve context with fault injection."""
from fractions import Fraction as F


class Invalid(Exception):
    pass


class Node:
    def __add__(s, o): return Bin('+', s, lift(o))
    def __radd__(s, o): return Bin('+', lift(o), s)
    def __sub__(s, o): return Bin('-', s, lift(o))
    def __rsub__(s, o): return Bin('-', lift(o), s)
    def __mul__(s, o): return Bin('*', s, lift(o))
    def __rmul__(s, o): return Bin('*', lift(o), s)
    def __truediv__(s, o): return Bin('/', s, lift(o))
    def __rtruediv__(s, o): return Bin('/', lift(o), s)


class V(Node):
    """A number: a given value or a step result (the value that flows on)."""
    def __init__(s, v, kind='int', unit=None):
        s.v = F(v)
        s.kind = kind
        s.unit = unit


class Bin(Node):
    def __init__(s, op, a, b):
        s.op, s.a, s.b = op, a, b


class Pct(Node):
    """p percent of x; p is a V of kind 'pct' holding the percent number (15 for 15%)."""
    def __init__(s, p, x):
        s.p, s.x = p, x


class FracOf(Node):
    """n/d of x (n, d plain ints)."""
    def __init__(s, n, d, x):
        s.n, s.d, s.x = n, d, x


def lift(o):
    if isinstance(o, Node):
        return o
    o = F(o)
    return V(o, 'int' if o.denominator == 1 else 'dec')


def ev(e):
    if isinstance(e, V):
        return e.v
    if isinstance(e, Bin):
        a, b = ev(e.a), ev(e.b)
        if e.op == '+': return a + b
        if e.op == '-': return a - b
        if e.op == '*': return a * b
        if e.op == '/':
            if b == 0:
                raise Invalid('div0')
            return a / b
    if isinstance(e, Pct):
        return e.p.v / 100 * ev(e.x)
    if isinstance(e, FracOf):
        return F(e.n, e.d) * ev(e.x)
    raise TypeError(e)


def nops(e):
    if isinstance(e, V):
        return 0
    if isinstance(e, Bin):
        return 1 + nops(e.a) + nops(e.b)
    if isinstance(e, Pct):
        return 1 + nops(e.x)
    if isinstance(e, FracOf):
        return 1 + nops(e.x)
    return 0


def kind_of(e):
    """Kind for an intermediate value."""
    if isinstance(e, V):
        return e.kind
    if isinstance(e, Bin):
        ka, kb = kind_of(e.a), kind_of(e.b)
        if e.op in '+-':
            k = 'money' if 'money' in (ka, kb) else 'dec'
        elif e.op == '*':
            k = 'money' if 'money' in (ka, kb) else 'dec'
        else:
            k = 'money' if (ka == 'money' and kb != 'money') else 'dec'
    elif isinstance(e, (Pct, FracOf)):
        k = 'money' if kind_of(e.x) == 'money' else 'dec'
    else:
        k = 'dec'
    return k


def fits(v, kind):
    v = F(v)
    if kind == 'int':
        return v.denominator == 1
    if kind == 'money':
        return (v * 100).denominator == 1
    if kind in ('dec', 'pct'):
        return (v * 1000).denominator == 1
    return True


def reduce_once(e):
    """Replace every operation whose operands are all leaves by its value."""
    if isinstance(e, V):
        return e
    if isinstance(e, Bin):
        if isinstance(e.a, V) and isinstance(e.b, V):
            return leaf_of(e)
        return Bin(e.op, reduce_once(e.a), reduce_once(e.b))
    if isinstance(e, (Pct, FracOf)):
        if isinstance(e.x, V):
            return leaf_of(e)
        if isinstance(e, Pct):
            return Pct(e.p, reduce_once(e.x))
        return FracOf(e.n, e.d, reduce_once(e.x))
    raise TypeError(e)


def leaf_of(e):
    v = ev(e)
    k = kind_of(e)
    if k == 'money' and not fits(v, 'money'):
        k = 'dec'
    if k == 'dec' and v.denominator == 1:
        k = 'int'
    if not fits(v, 'dec'):
        raise Invalid('intermediate not terminating')
    return V(v, k)


def reductions(e):
    """Intermediate expressions between e and its value (excluding e and the final leaf)."""
    out = []
    cur = e
    while not isinstance(cur, V):
        cur = reduce_once(cur)
        if not isinstance(cur, V):
            out.append(cur)
    return out


class Ctx:
    """Runs a structure's solve(); records events; injects one fault if asked."""

    def __init__(s, fault=None):
        s.fault = fault          # dict(step=, mode='slip'|'carry', wrong=)
        s.events = []
        s.nstep = 0
        s.records = []
        s.parts = []
        s.cur = None
        s.bad_assert = False

    # ---- helpers
    def _check_value(s, v, kind, nonneg):
        if not fits(v, kind):
            raise Invalid('value does not fit kind %s: %s' % (kind, v))
        if nonneg and v < 0:
            raise Invalid('negative')

    def _new_step(s, true, kind):
        s.nstep += 1
        idx = s.nstep
        shown, flow, faulty = true, true, False
        if s.fault and s.fault['step'] == idx:
            shown = s.fault['wrong']
            faulty = True
            if s.fault['mode'] == 'carry':
                flow = shown
        return idx, shown, flow, faulty

    # ---- API for structures
    def part(s, key, title):
        s.cur = dict(key=key, title=title, ans=None, short=None)
        s.parts.append(s.cur)
        s.events.append(('part', dict(key=key, title=title)))

    def step(s, expr, kind='int', unit=None, label='', how='', role='step', chain=True,
             nonneg=True, not_val=None, eligible=True, note=None):
        expr = lift(expr)
        true = ev(expr)
        s._check_value(true, kind, nonneg)
        idx, shown, flow, faulty = s._new_step(true, kind)
        s.records.append(dict(idx=idx, true=true, kind=kind, expr=expr, eligible=eligible,
                              role=role, nonneg=nonneg, qr=False))
        s.events.append(('calc', dict(idx=idx, expr=expr, shown=shown, kind=kind, unit=unit,
                                      label=label, how=how, role=role, chain=chain,
                                      faulty=faulty, not_val=not_val, note=note, qr=False)))
        return V(flow, kind, unit)

    def check(s, expr, kind='int', unit=None, note=None):
        return s.step(expr, kind, unit, role='check', note=note)

    def est(s, expr, kind='int', unit=None):
        return s.step(expr, kind, unit, role='estimate', chain=False)

    def approx(s, expr, places, kind='money', unit=None, label='', how=''):
        true = ev(expr)
        q = F(10) ** places
        x = true * q
        fl = x.numerator // x.denominator
        frac = x - fl
        if frac == F(1, 2):
            raise Invalid('rounding tie')
        r = F(fl + (1 if frac > F(1, 2) else 0)) / q
        s.nstep += 1
        idx = s.nstep
        s.records.append(dict(idx=idx, true=r, kind=kind, expr=expr, eligible=False,
                              role='approx', nonneg=True, qr=False))
        s.events.append(('calc', dict(idx=idx, expr=expr, shown=r, kind=kind, unit=unit,
                                      label=label, how=how, role='approx', chain=False,
                                      faulty=False, not_val=None, note=None, qr=False,
                                      exact=(r == true))))
        return V(r, kind, unit)

    def divmod(s, a, b, label='', how='', unit=None):
        a, b = lift(a), lift(b)
        av, bv = ev(a), ev(b)
        if av.denominator != 1 or bv.denominator != 1 or bv <= 0 or av < 0:
            raise Invalid('divmod')
        true = (F(av.numerator // bv.numerator), F(av.numerator % bv.numerator))
        idx, shown, flow, faulty = s._new_step(true, 'qr')
        s.records.append(dict(idx=idx, true=true, kind='qr', expr=Bin('/', a, b), eligible=True,
                              role='step', nonneg=True, qr=True))
        s.events.append(('calc', dict(idx=idx, expr=Bin('/', a, b), shown=shown, kind='qr',
                                      unit=unit, label=label, how=how, role='step', chain=False,
                                      faulty=faulty, not_val=None, note=None, qr=True)))
        return V(flow[0], 'int', unit), V(flow[1], 'int', unit)

    def trap(s, plain, wait):
        s.events.append(('trap', dict(plain=plain, wait=wait)))

    def method(s, n, title):
        s.events.append(('method', dict(n=n, title=title)))

    def same(s, v1, v2, tmpl='Both methods give {v}.'):
        if v1.v != v2.v:
            s.bad_assert = True
        s.events.append(('same', dict(v=v2, tmpl=tmpl)))

    def text(s, plain, wait=None):
        s.events.append(('text', dict(plain=plain, wait=wait or plain)))

    def fact(s, t):
        """A unit fact such as '1 km = 1,000 m' (looks like a wrong equation to a naive reader)."""
        s.events.append(('fact', dict(t=t)))

    def close(s, est, exact):
        if est.v != 0 and abs(exact.v - est.v) <= abs(est.v) * F(1, 8):
            s.events.append(('close', dict(v=exact)))

    def answer(s, v, sent, short=None):
        s.cur['ans'] = v
        s.cur['short'] = short or '{v}'
        s.events.append(('answer', dict(v=v, sent=sent, key=s.cur['key'])))

    def final(s):
        return s.parts[-1]['ans']
