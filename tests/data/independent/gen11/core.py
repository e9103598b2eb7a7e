"""Core data model: literals, steps, problems, exact evaluation and number formatting."""
from fractions import Fraction as F
import re

# Units whose values may be non-integer (everything else that is a noun counts things).
MEASURE = {
    'hours', 'minutes', 'miles', 'km', 'kg', 'g', 'pounds', 'ounces', 'feet', 'inches',
    'cm', 'm', 'meters', 'liters', 'mL', 'gallons', 'quarts', 'cups', 'yards',
    'square feet', 'square meters', 'square cm', 'square inches', 'square yards',
    'mph', 'miles per hour', 'km per hour', 'percent', 'degrees', 'points', 'years',
    'laps', 'pages per minute', 'liters per minute', 'gallons per hour', 'days', 'weeks',
    'inches of rain', 'cm of rain', 'steps', 'fence', 'jobs', 'tanks', 'pool', 'km per liter',
    'miles per gallon', 'euros', 'pesos', 'parts', 'batches', 'half-hours', 'tablespoons',
}

IRREG = {'feet': 'foot', 'inches': 'inch', 'boxes': 'box', 'children': 'child',
         'people': 'person', 'loaves': 'loaf', 'shelves': 'shelf', 'buses': 'bus',
         'glasses': 'glass', 'batches': 'batch', 'dresses': 'dress', 'benches': 'bench',
         'sandwiches': 'sandwich', 'peaches': 'peach', 'classes': 'class', 'dishes': 'dish',
         'mL': 'mL', 'g': 'g', 'kg': 'kg', 'km': 'km', 'cm': 'cm', 'm': 'm', 'mph': 'mph',
         'percent': 'percent', 'series': 'series', 'sheep': 'sheep', 'fish': 'fish'}


def sing(noun):
    if noun in IRREG:
        return IRREG[noun]
    if ' ' in noun or not noun.endswith('s'):
        return noun
    return noun[:-1]


def ndp(v):
    """Number of decimal places of a finite decimal, or None if not a finite decimal."""
    v = F(v)
    d = v.denominator
    t = d
    while t % 2 == 0:
        t //= 2
    while t % 5 == 0:
        t //= 5
    if t != 1:
        return None
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
    return k


def dec(v, places=None):
    """Exact decimal string of a finite decimal (no separators)."""
    v = F(v)
    k = ndp(v)
    assert k is not None, v
    if places is None:
        places = k
    assert places >= k
    n = v * 10 ** places
    assert n.denominator == 1
    n = n.numerator
    sgn = '-' if n < 0 else ''
    s = str(abs(n))
    if places == 0:
        return sgn + s
    s = s.rjust(places + 1, '0')
    return sgn + s[:-places] + '.' + s[-places:]


def commify(s, sep=','):
    if s.startswith('-'):
        return '-' + commify(s[1:], sep)
    ip, _, fp = s.partition('.')
    if len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = sep.join(groups)
    return ip + ('.' + fp if fp else '')


def clock_str(m):
    m = int(m)
    h, mm = divmod(m, 60)
    ap = 'AM' if h < 12 else 'PM'
    h12 = h % 12 or 12
    return f"{h12}:{mm:02d} {ap}"


def plain(v):
    """Plain number string used in the JSON fields (no $ or separators)."""
    k = ndp(v)
    if k is None:
        return f"{F(v).numerator}/{F(v).denominator}"
    return dec(v)


class Lit:
    """A number given in the problem. unit: '$', '%', 'clock', 'frac', None or a noun."""
    __slots__ = ('v', 'u')

    def __init__(self, v, u=None):
        self.v = F(v)
        self.u = u


class Step:
    __slots__ = ('name', 'op', 'args', 'u', 'label', 'say', 'integer', 'fault', 'fracok')

    def __init__(self, name, op, args, u, label, say, integer, fault, fracok):
        self.name, self.op, self.args, self.u = name, op, args, u
        self.label, self.say, self.integer = label, say, integer
        self.fault, self.fracok = fault, fracok


def unit_of(a):
    return a.u


def apply_op(op, a):
    if op == 'add':
        r = a[0]
        for x in a[1:]:
            r += x
        return r
    if op == 'sub':
        r = a[0]
        for x in a[1:]:
            r -= x
        return r
    if op in ('mul', 'of'):
        r = a[0]
        for x in a[1:]:
            r *= x
        return r
    if op == 'div':
        assert len(a) == 2
        return a[0] / a[1]
    if op == 'muladd':
        return a[0] * a[1] + a[2]
    raise ValueError(op)


class Invalid(Exception):
    pass


class P:
    """A problem: text plus an ordered list of steps; the last step is the final answer."""

    def __init__(self, text=''):
        self.text = text
        self.steps = []
        self.names = {}

    def _st(self, op, label, args, u=None, say=None, integer=None, fault=True, fracok=False, name=None):
        args = [a if isinstance(a, (Lit, Step)) else Lit(a) for a in args]
        if u is None:
            us = [a.u for a in args]
            if '$' in us:
                u = '$'
            elif op == 'sub' and us[0] == 'clock' and us[1] == 'clock':
                u = 'minutes'
            elif 'clock' in us:
                u = 'clock'
            elif op in ('add', 'sub') and us[0] == '%':
                u = '%'
            else:
                cand = [x for x in us if x not in (None, 'frac', '%')]
                u = cand[0] if cand else None
        if integer is None:
            integer = not (u in ('$', '%', 'clock') or u in MEASURE)
        if u == 'clock':
            fault = False
        if name is None:
            name = re.sub(r'[^a-z0-9]+', '_', label.lower()).strip('_')
        base, k = name, 2
        while name in self.names:
            name = f"{base}_{k}"
            k += 1
        s = Step(name, op, args, u, label, say, integer, fault, fracok)
        self.steps.append(s)
        self.names[name] = s
        return s

    def add(self, label, *args, **kw):
        return self._st('add', label, args, **kw)

    def sub(self, label, *args, **kw):
        return self._st('sub', label, args, **kw)

    def mul(self, label, *args, **kw):
        return self._st('mul', label, args, **kw)

    def div(self, label, a, b, **kw):
        return self._st('div', label, [a, b], **kw)

    def of(self, label, rate, base, **kw):
        return self._st('of', label, [rate, base], **kw)

    def muladd(self, label, a, b, c, **kw):
        return self._st('muladd', label, [a, b, c], **kw)

    @property
    def final(self):
        return self.steps[-1]

    def evaluate(self, override=None):
        vals = {}
        for s in self.steps:
            a = [vals[x.name] if isinstance(x, Step) else x.v for x in s.args]
            v = apply_op(s.op, a)
            if override and s.name in override:
                v = override[s.name]
            vals[s.name] = v
        return vals

    def value_ok(self, s, v):
        if v <= 0:
            return False
        if s.integer and v.denominator != 1:
            return False
        k = ndp(v)
        if k is None:
            return s.fracok
        lim = 4 if s.u == '%' else 2
        if s.u == 'clock':
            return v.denominator == 1 and 0 < v < 24 * 60
        return k <= lim

    def validate(self):
        vals = self.evaluate()
        for s in self.steps:
            if not self.value_ok(s, vals[s.name]):
                raise Invalid(f"{s.name}={vals[s.name]}")
        f = self.final
        if f.u in ('%', 'clock') or ndp(vals[f.name]) is None:
            raise Invalid('final kind')
        used = set()
        for s in self.steps:
            for a in s.args:
                if isinstance(a, Step):
                    used.add(a.name)
        for s in self.steps[:-1]:
            if s.name not in used:
                raise Invalid('unused step ' + s.name)
        if len(self.steps) < 2:
            raise Invalid('too few steps')
        return vals


def M(v):
    return Lit(v, '$')


def N(v, u=None):
    return Lit(v, u)


def PC(p):
    return Lit(F(p) / 100, '%')


def FR(n, d):
    return Lit(F(n, d), 'frac')


def CL(m):
    return Lit(m, 'clock')
