"""Core machinery: exact numbers, expressions, fault injection, step recording."""
from fractions import Fraction as F
import random


class Retry(Exception):
    pass


def is_term(v, maxdp=12):
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return False
    try:
        dec_str(v, maxdp)
        return True
    except ValueError:
        return False


def dec_str(v, maxdp=12):
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    neg = v < 0
    a = -v if neg else v
    for dp in range(1, maxdp + 1):
        x = a * 10 ** dp
        if x.denominator == 1:
            s = str(x.numerator).rjust(dp + 1, '0')
            s = s[:-dp] + '.' + s[-dp:]
            return ('-' if neg else '') + s
    raise ValueError('nonterminating')


def round_dp(v, dp):
    """Round half away from zero to dp decimals (dp may be negative)."""
    v = F(v)
    neg = v < 0
    a = -v if neg else v
    q = a * F(10) ** dp
    n = (q + F(1, 2)).__floor__()
    r = F(n) / F(10) ** dp
    return -r if neg else r


def group(s, sep=','):
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    if '.' in s:
        ip, fp = s.split('.')
        fp = '.' + fp
    else:
        ip, fp = s, ''
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return ('-' if neg else '') + sep.join(out) + fp


def sci_parts(v):
    """Return (mantissa Fraction, exponent) with 1 <= |m| < 10."""
    v = F(v)
    a = abs(v)
    e = 0
    while a >= 10:
        a /= 10
        e += 1
    while a < 1:
        a *= 10
        e -= 1
    return (a if v > 0 else -a), e


def prec_of(s):
    """Precision implied by a written plain decimal string (no commas)."""
    s = s.replace(',', '').lstrip('-')
    if '.' in s:
        return F(1, 10 ** len(s.split('.')[1]))
    z = len(s) - len(s.rstrip('0'))
    if s.strip('0') == '':
        return F(1)
    return F(10) ** z


class N:
    """A number token inside an expression."""
    __slots__ = ('v', 'unit', 'sci', 'nocomma')

    def __init__(self, v, unit='', sci=False, nocomma=False):
        self.v = F(v)
        self.unit = unit
        self.sci = sci
        self.nocomma = nocomma


OPS = ('+', '-', '*', '/')
PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


def ev(toks):
    out, st = [], []

    def app(op):
        b = out.pop()
        a = out.pop()
        if op == '+':
            out.append(a + b)
        elif op == '-':
            out.append(a - b)
        elif op == '*':
            out.append(a * b)
        else:
            if b == 0:
                raise Retry()
            out.append(a / b)

    for t in toks:
        if isinstance(t, N):
            out.append(t.v)
        elif t == '(':
            st.append(t)
        elif t == ')':
            while st[-1] != '(':
                app(st.pop())
            st.pop()
        else:
            while st and st[-1] != '(' and PREC[st[-1]] >= PREC[t]:
                app(st.pop())
            st.append(t)
    while st:
        app(st.pop())
    return out[0]


FAULT_KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit',
               'double_digit', 'decimal_shift', 'wrong_op', 'sign_drop']


def _digits_variant(s, kind, rng):
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    if '.' in s:
        ip, fp = s.split('.')
    else:
        ip, fp = s, ''
    digits = ip + fp
    nd = len(digits)
    if kind == 'swap_digits':
        cands = [i for i in range(nd - 1) if digits[i] != digits[i + 1]
                 and not (i == 0 and digits[1] == '0')]
        if not cands:
            return None
        i = rng.choice(cands)
        d = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
    elif kind == 'drop_digit':
        if nd < 3:
            return None
        cands = [i for i in range(1, nd)]
        i = rng.choice(cands)
        d = digits[:i] + digits[i + 1:]
        if i < len(ip):
            ip2 = len(ip) - 1
        else:
            ip2 = len(ip)
        d = d[:ip2] + ('.' + d[ip2:] if ip2 < len(d) else '')
        return ('-' if neg else '') + d.rstrip('.')
    elif kind == 'double_digit':
        i = rng.randrange(1, nd) if nd > 1 else 0
        d = digits[:i] + digits[i] + digits[i:]
        if i < len(ip):
            ip2 = len(ip) + 1
        else:
            ip2 = len(ip)
        d = d[:ip2] + ('.' + d[ip2:] if ip2 < len(d) else '')
        return ('-' if neg else '') + d.rstrip('.')
    else:
        return None
    out = d[:len(ip)] + ('.' + d[len(ip):] if fp else '')
    return ('-' if neg else '') + out


def make_wrong(kind, shown, toks, rng):
    """Return a wrong value (Fraction) for a displayed result, or None."""
    s = dec_str(shown)
    if kind == 'off_by_one':
        unit = prec_of(s) if '.' in s else F(1)
        return shown + rng.choice([1, -1]) * unit
    if kind == 'off_by_ten':
        if abs(shown) < 100:
            return None
        ip = s.lstrip('-').split('.')[0]
        k = rng.randrange(1, max(2, len(ip) - 1))
        return shown + rng.choice([1, -1]) * F(10) ** k
    if kind in ('swap_digits', 'drop_digit', 'double_digit'):
        w = _digits_variant(s, kind, rng)
        if w is None or w in ('', '-'):
            return None
        return F(w)
    if kind == 'decimal_shift':
        return shown * (F(10) if rng.random() < 0.5 else F(1, 10))
    if kind == 'wrong_op':
        if toks is None or len(toks) != 3:
            return None
        a, op, b = toks
        alt = {'*': ['+'], '/': ['*', '-'], '+': ['-', '*'], '-': ['+']}[op]
        o2 = rng.choice(alt)
        return ev([a, o2, b])
    if kind == 'sign_drop':
        if shown >= 0:
            return None
        return -shown
    return None


def detectable(wrong, true, rel):
    if rel == '=':
        return wrong != true
    p = prec_of(dec_str(wrong))
    return abs(wrong - true) > p / 2 + F(1, 10 ** 9)


class Ctx:
    def __init__(self, fault=None):
        self.items = []
        self.n = 0
        self.fault = fault
        self.rec = None

    def note(self, tmpl, *vals):
        self.items.append({'t': 'note', 'tmpl': tmpl, 'vals': vals})

    def _fault_here(self, idx):
        return self.fault is not None and self.fault['step'] == idx

    def _wrongify(self, idx, shown, true, rel, toks):
        f = self.fault
        rng = random.Random(f['seed'])
        w = make_wrong(f['kind'], shown, toks, rng)
        if w is None or not is_term(w, 8):
            raise Retry()
        if w == shown or not detectable(w, true, rel):
            raise Retry()
        if shown > 0 and w <= 0:
            raise Retry()
        if shown != 0 and f['kind'] != 'sign_drop' and (w < 0) != (shown < 0):
            raise Retry()
        self.rec = {'step': idx + 1, 'wrong': dec_str(w), 'right': dec_str(shown),
                    'kind': f['kind']}
        return w

    def calc(self, toks, unit='', lead='', label='', approx=None, forms=None,
             sci_res=False, nocomma=False):
        true = ev(toks)
        idx = self.n
        self.n += 1
        rel = '='
        if approx is not None:
            shown = round_dp(true, approx)
            if shown != true:
                rel = '≈'
        elif not is_term(true, 6):
            shown = round_dp(true, 2)
            rel = '≈'
        else:
            shown = true
        disp = shown
        faulty = False
        if self._fault_here(idx):
            disp = self._wrongify(idx, shown, true, rel, toks)
            faulty = True
        self.items.append({'t': 'calc', 'toks': toks, 'unit': unit, 'lead': lead,
                           'label': label, 'rel': rel, 'val': disp, 'forms': forms,
                           'idx': idx, 'faulty': faulty, 'sci_res': sci_res,
                           'nocomma': nocomma})
        if faulty and self.fault['mode'] == 'carry':
            self.items[-1]['down'] = disp
            return disp
        self.items[-1]['down'] = shown
        return shown

    def rem(self, a, b, unit='', lead='', label='', runit=''):
        """a ÷ b = q remainder r (a, b are N)."""
        if a.v.denominator == 1 and b.v.denominator == 1 and a.v >= 0 and a.v % b.v == 0:
            return self.calc([a, '/', b], runit or unit, lead, label)
        idx = self.n
        self.n += 1
        if a.v.denominator != 1 or b.v.denominator != 1 or a.v < 0:
            raise Retry()
        q, r = divmod(a.v.numerator, b.v.numerator)
        q = F(q)
        disp = q
        faulty = False
        if self._fault_here(idx):
            if self.fault['kind'] in ('wrong_op', 'sign_drop', 'decimal_shift'):
                raise Retry()
            disp = self._wrongify(idx, q, q, '=', None)
            if disp.denominator != 1:
                raise Retry()
            faulty = True
        self.items.append({'t': 'rem', 'toks': [a, '/', b], 'unit': unit, 'lead': lead,
                           'label': label, 'val': disp, 'r': F(r), 'idx': idx,
                           'faulty': faulty, 'runit': runit})
        if faulty and self.fault['mode'] == 'carry':
            return disp
        return q

    def answer(self, v, unit, phrase, nocomma=False):
        self.items.append({'t': 'answer', 'v': F(v), 'unit': unit, 'phrase': phrase, 'nocomma': nocomma})
        return F(v)
