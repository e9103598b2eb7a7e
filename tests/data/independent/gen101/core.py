"""Core value/step machinery for the lab-mixing evaluation set (stdlib only)."""
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP


def fmt(val, dec, keep=False):
    d = Decimal(val.numerator) / Decimal(val.denominator)
    q = Decimal(1).scaleb(-dec) if dec > 0 else Decimal(1)
    s = str(d.quantize(q, rounding=ROUND_HALF_UP))
    if s.startswith('-0') and Fraction(s) == 0:
        s = s[1:]
    if not keep and '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


class Q:
    """A displayed quantity: the string as written, its exact value, a unit."""
    def __init__(self, disp, unit=''):
        disp = str(disp)
        self.disp = disp
        self.val = Fraction(disp)
        self.unit = unit

    def __str__(self):
        return show(self.disp, self.unit)


def show(disp, unit):
    if unit == '$':
        return '$' + disp
    if unit == '':
        return disp
    if unit == '%':
        return disp + '%'
    return disp + ' ' + unit


def q(x, unit=''):
    return Q(str(x), unit)


def evaluate(toks):
    parts = []
    for i, t in enumerate(toks):
        if isinstance(t, Q):
            parts.append("Fraction('%s')" % t.disp)
        elif t == 'of':
            parts.append('/100*')
        else:
            parts.append(t)
    return eval(''.join(parts), {'Fraction': Fraction})


class Chain:
    def __init__(self, ov=None, slip=False):
        self.steps = []
        self.ov = ov or {}
        self.slip = slip
        self.n = 0

    def calc(self, toks, dec, unit, label, say=None, keep=False, sym=None):
        val = evaluate(toks)
        right = fmt(val, dec, keep)
        i = self.n
        self.n += 1
        disp = self.ov.get(i, right)
        r = Q(disp, unit)
        self.steps.append(dict(type='calc', toks=toks, right=right, r=r, dec=dec, keep=keep,
                               exact=(Fraction(right) == val), label=label, say=say, i=i, sym=sym))
        return Q(right, unit) if self.slip else r

    def conv(self, x, unit2, factor, label, say=None):
        val = x.val * Fraction(factor)
        right = fmt(val, 6)
        i = self.n
        self.n += 1
        disp = self.ov.get(i, right)
        r = Q(disp, unit2)
        self.steps.append(dict(type='conv', toks=[x], right=right, r=r, dec=6, keep=False,
                               exact=True, label=label, say=say, i=i, sym=None, factor=Fraction(factor)))
        return Q(right, unit2) if self.slip else r

    def note(self, text):
        self.steps.append(dict(type='note', text=text))

    def check(self, toks, dec, unit, target=None, lead='Check'):
        val = evaluate(toks)
        disp = fmt(val, dec)
        r = Q(disp, unit)
        ok = target is not None and Fraction(disp) == target.val
        self.steps.append(dict(type='check', toks=toks, r=r, exact=(Fraction(disp) == val), ok=ok, lead=lead))
        return r
