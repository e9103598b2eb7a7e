"""Core model: quantities, steps, a solution recorder with fault injection."""
from fractions import Fraction as F
import math


class Invalid(Exception):
    """Raised when a fault cannot be placed sensibly; the caller retries."""


def fr(x):
    if isinstance(x, F):
        return x
    if isinstance(x, int):
        return F(x)
    return F(str(x))


def rnd(v, d):
    """Round half away from zero to d decimals (exact, on Fractions)."""
    s = F(10) ** d
    x = v * s
    n = math.floor(abs(x) + F(1, 2))
    return F(n if x >= 0 else -n) / s


CUR = {
    # code: (symbol or None, decimals, singular name, plural name)
    'USD': ('$', 2, 'dollar', 'dollars'),
    'EUR': ('€', 2, 'euro', 'euros'),
    'GBP': ('£', 2, 'pound', 'pounds'),
    'JPY': ('¥', 0, 'yen', 'yen'),
    'MXN': (None, 2, 'peso', 'pesos'),
    'CAD': (None, 2, 'Canadian dollar', 'Canadian dollars'),
    'CHF': (None, 2, 'franc', 'francs'),
    'THB': (None, 2, 'baht', 'baht'),
    'AUD': (None, 2, 'Australian dollar', 'Australian dollars'),
}


class Q:
    """A quantity.  kind: money | num | pct | clock | dur."""
    __slots__ = ('v', 'kind', 'unit', 'dec', 'cur', 'per', 'raw', 'tz', 'signed', 'isres')

    def __init__(self, v, kind='num', unit='', dec=0, cur=None, per=None,
                 raw=False, tz=None, signed=False):
        self.v = fr(v)
        self.kind = kind
        self.unit = unit
        self.dec = dec
        self.cur = cur
        self.per = per
        self.raw = raw
        self.tz = tz
        self.signed = signed
        self.isres = False

    def like(self, v, isres=None):
        q = Q(v, self.kind, self.unit, self.dec, self.cur, self.per,
              self.raw, self.tz, self.signed)
        q.isres = self.isres if isres is None else isres
        return q

    def val(self):
        """Numeric value used in arithmetic."""
        if self.kind == 'pct':
            return self.v / 100
        return self.v


def money(v, cur='USD', dec=None, per=None):
    return Q(v, 'money', dec=CUR[cur][1] if dec is None else dec, cur=cur, per=per)


def num(v, unit='', dec=0, signed=False):
    return Q(v, 'num', unit=unit, dec=dec, signed=signed)


def pct(v):
    v = fr(v)
    d = 0 if v.denominator == 1 else (1 if (v * 10).denominator == 1 else 2)
    return Q(v, 'pct', dec=d)


def clock(h, m=0, tz=None):
    return Q(h * 60 + m, 'clock', tz=tz)


def dur(minutes):
    return Q(minutes, 'dur')


# templates for results
def M(cur='USD', dec=None, per=None):
    return money(0, cur, dec, per)


def N(unit='', dec=0, signed=False):
    return num(0, unit, dec, signed)


def CLK(tz=None):
    return Q(0, 'clock', tz=tz)


def DUR():
    return Q(0, 'dur')


# ---------------------------------------------------------------- evaluation
def evaluate(expr):
    toks = list(expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def atom():
        t = take()
        if t == '(':
            v = add()
            assert take() == ')'
            return v
        assert isinstance(t, Q), t
        return t.val()

    def mul():
        v = atom()
        while peek() in ('*', '/'):
            op = take()
            w = atom()
            v = v * w if op == '*' else v / w
        return v

    def add():
        v = mul()
        while peek() in ('+', '-'):
            op = take()
            w = mul()
            v = v + w if op == '+' else v - w
        return v

    v = add()
    assert pos[0] == len(toks)
    return v


# ---------------------------------------------------------------- wrong values
def _digits_str(v, dec):
    v = rnd(v, dec)
    s = f"{abs(float(v)):.{dec}f}" if dec > 0 else str(abs(int(v)))
    # exact formatting via Fraction to avoid float issues
    n = abs(v) * (10 ** dec)
    assert n.denominator == 1
    n = int(n)
    if dec > 0:
        s = str(n).rjust(dec + 1, '0')
        s = s[:-dec] + '.' + s[-dec:]
    else:
        s = str(n)
    return s


def _parse(s):
    return fr(s)


SLIP_KINDS_NUM = ['off_by_one', 'off_by_ten', 'last_digit', 'transposed_digits',
                  'dropped_digit', 'doubled_digit', 'wrong_operation', 'decimal_shift']
SLIP_KINDS_TIME = ['hour_off', 'minutes_off', 'transposed_digits']


def make_wrong(kind, right, like, expr, rng, exact=None):
    """Return a wrong value (Fraction) for the given kind or None."""
    dec = like.dec if like.kind in ('money', 'num') else 0
    if like.kind in ('clock', 'dur'):
        v = right
        if kind == 'hour_off':
            w = v + rng.choice([60, -60])
        elif kind == 'minutes_off':
            w = v + rng.choice([10, -10])
        elif kind == 'am_pm':
            w = v + 720
        elif kind == 'transposed_digits':
            m = int(v) % 60
            a, b = divmod(m, 10)
            if a == b or b > 5:
                return None
            w = v - m + b * 10 + a
        else:
            return None
        if like.kind == 'dur' and w <= 0:
            return None
        if like.kind == 'clock' and (w % 1440) == (v % 1440):
            return None
        return fr(w)
    neg = right < 0
    s = _digits_str(right, dec)
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    w = None
    if kind == 'off_by_one':
        w = right + rng.choice([1, -1])
    elif kind == 'off_by_ten':
        w = right + rng.choice([10, -10])
    elif kind == 'last_digit':
        if dec == 0:
            return None
        w = right + rng.choice([1, -1]) * F(1, 10 ** dec)
    elif kind == 'transposed_digits':
        cands = [(i, j) for i, j in zip(digits, digits[1:]) if s[i] != s[j]]
        if not cands:
            return None
        i, j = rng.choice(cands)
        t = list(s)
        t[i], t[j] = t[j], t[i]
        t = ''.join(t)
        if t.startswith('0') and not t.startswith('0.'):
            return None
        w = _parse(t) * (-1 if neg else 1)
    elif kind == 'dropped_digit':
        cands = [i for i in digits if len(digits) > 1]
        if not cands:
            return None
        i = rng.choice(cands)
        t = s[:i] + s[i + 1:]
        if t.startswith('.') or t.endswith('.'):
            return None
        if t.startswith('0') and not t.startswith('0.') and len(t) > 1:
            return None
        w = _parse(t) * (-1 if neg else 1)
    elif kind == 'doubled_digit':
        i = rng.choice(digits)
        t = s[:i] + s[i] + s[i:]
        w = _parse(t) * (-1 if neg else 1)
        if rnd(w, dec) != w:
            return None
    elif kind == 'wrong_operation':
        qs = [t for t in expr if isinstance(t, Q)]
        ops = [t for t in expr if isinstance(t, str)]
        if len(qs) != 2 or len(ops) != 1:
            return None
        a, b = qs[0].val(), qs[1].val()
        op = ops[0]
        alt = {'*': ['+', '/'], '/': ['*', '-'], '+': ['-', '*'], '-': ['+']}[op]
        o2 = rng.choice(alt)
        if o2 == '/' and b == 0:
            return None
        w = {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else None}[o2]
        if w is None or w <= 0:
            return None
    elif kind == 'decimal_shift':
        w = right * rng.choice([10, F(1, 10)])
        if rnd(w, dec) == 0:
            return None
    elif kind == 'sign_dropped':
        if right >= 0:
            return None
        w = -right
    else:
        return None
    w = rnd(w, dec)
    if w == right:
        return None
    if exact is not None:
        ws = _digits_str(w, dec)
        dw = len(ws.rstrip('0').split('.')[1]) if '.' in ws.rstrip('0') else 0
        if abs(w - exact) <= F(1, 2) * F(1, 10 ** dw):
            return None
    if not like.signed and w <= 0:
        return None
    if w != 0 and right != 0 and (abs(w) > abs(right) * 200):
        return None
    return w


# ---------------------------------------------------------------- recorder
class Step:
    __slots__ = ('idx', 'do', 'noun', 'expr', 'res', 'exact', 'approx', 'extra',
                 'divmod', 'faulted', 'right')

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


class Sol:
    def __init__(self, fault=None, rng=None, ref=None):
        # fault: (step_idx, mode('slip'|'carry'), kind)
        self.fault = fault
        self.rng = rng
        self.ref = ref          # results of the correct run (list of Fractions)
        self.items = []
        self.n = 0
        self.results = []
        self.final_q = None
        self.final_sent = None
        self.wrong = None
        self.right = None
        self.fault_like = None

    # -- public API used by problem builders
    def note(self, text):
        self.items.append(('note', text))

    def step(self, do, noun, expr, like, extra=None, divmod=False):
        exact = evaluate(expr)
        self.n += 1
        if divmod:
            a, b = [t.val() for t in expr if isinstance(t, Q)]
            right = F(math.floor(a / b))
        elif like.kind in ('clock', 'dur'):
            right = rnd(exact, 0)
        else:
            right = rnd(exact, like.dec)
        shown = right
        carried = right
        faulted = False
        if self.fault and self.fault[0] == self.n:
            kind = self.fault[2]
            if divmod:
                w = right + self.rng.choice([1, -1]) if kind in ('off_by_one',) else None
                if w is not None and w <= 0:
                    w = None
            else:
                w = make_wrong(kind, right, like, expr, self.rng, exact)
            if w is None:
                raise Invalid('no wrong value')
            shown = w
            faulted = True
            self.wrong, self.right, self.fault_like = w, right, like
            if self.fault[1] == 'carry':
                carried = w
        if self.ref is not None and self.fault and self.fault[1] == 'carry':
            r0 = self.ref[self.n - 1]
            if like.kind in ('money', 'num', 'dur') and not like.signed:
                if (carried <= 0) != (r0 <= 0):
                    raise Invalid('sign flip in carry')
        self.results.append(right if not (self.fault and self.fault[1] == 'carry') else carried)
        st = Step(idx=self.n, do=do, noun=noun, expr=list(expr), res=like.like(shown, True),
                  exact=exact, approx=(exact != right) and not divmod, extra=extra,
                  divmod=divmod, faulted=faulted, right=right)
        self.items.append(('step', st))
        return like.like(carried, True)

    def require(self, cond):
        if not cond:
            raise Invalid('constraint')

    def check(self, expr, target, like=None):
        """A verification line, rendered only when it confirms target."""
        exact = evaluate(expr)
        like = like or target
        if like.kind in ('money', 'num'):
            ok = rnd(exact, like.dec) == target.v
        else:
            ok = exact == target.v
        if ok:
            self.items.append(('check', (list(expr), exact, target)))

    def final(self, q, sent):
        self.final_q = q
        self.final_sent = sent


def final_str(q):
    if q.kind == 'clock':
        m = int(q.v) % 1440
        return f"{m // 60:02d}:{m % 60:02d}"
    if q.kind == 'dur':
        m = int(q.v)
        return f"{m // 60}:{m % 60:02d}"
    v = rnd(q.v, q.dec)
    s = _digits_str(v, q.dec)
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return ('-' if v < 0 else '') + s


def plain_str(q, v):
    """Canonical plain string of a value in q's format (for wrong/right fields)."""
    if q.kind == 'clock':
        m = int(v) % 1440
        return f"{m // 60:02d}:{m % 60:02d}"
    if q.kind == 'dur':
        m = int(v)
        return f"{m // 60}:{m % 60:02d}"
    s = _digits_str(v, q.dec)
    return ('-' if v < 0 else '') + s
