"""Core: values, formatting, program evaluation, fault generation (stdlib only)."""
from fractions import Fraction as F

# ---------------------------------------------------------------- builders

def G(id, v, fmt='int', lab=''):
    return {'id': id, 'v': F(v), 'fmt': fmt, 'lab': lab}


def S(id, op, args, fmt='int', u='', lab='', desc='', why=None, neg=False, **kw):
    d = {'id': id, 'op': op, 'args': list(args), 'fmt': fmt, 'u': u, 'lab': lab,
         'desc': desc, 'why': why, 'neg': neg}
    d.update(kw)
    return d


# ---------------------------------------------------------------- evaluation

def apply_op(st, a):
    op = st['op']
    if op == 'mul':
        r = F(1)
        for x in a:
            r *= x
        return r
    if op in ('add', 'sum'):
        return sum(a, F(0))
    if op == 'sub':
        return a[0] - a[1]
    if op == 'div':
        return a[0] / a[1]
    if op == 'pct':
        return a[0] / 100 * a[1]
    if op == 'fracof':
        return a[0] * a[1]
    if op == 'perim':
        return 2 * (a[0] + a[1])
    if op == 'divr':
        if a[0].denominator != 1 or a[1].denominator != 1:
            return None
        return F(int(a[0]) // int(a[1]))
    if op == 'divround':
        q = a[0] / a[1]
        nd = st.get('nd', 1)
        return F(round_half_up(q, nd))
    if op == 'clockdiff':
        return a[1] - a[0]
    raise ValueError(op)


def round_half_up(q, nd):
    scale = 10 ** nd
    x = q * scale
    n = (x.numerator * 2 + x.denominator) // (2 * x.denominator)
    return F(n, scale)


def evaluate(givens, steps, override=None):
    """Return dict id->value; override: {step_id: value} replaces a step's value
    (for carry).  Returns None if any value is invalid."""
    vals = {g['id']: g['v'] for g in givens}
    for st in steps:
        a = [vals[x] if isinstance(x, str) else F(x) for x in st['args']]
        v = apply_op(st, a)
        if v is None:
            return None
        if override and st['id'] in override:
            v = override[st['id']]
        if not valid_value(v, st):
            return None
        if st['op'] == 'divr':
            r = int(a[0]) - int(v) * int(a[1])
            if not (0 <= r < int(a[1])) and not (override and st['id'] in override):
                return None
        vals[st['id']] = v
    return vals


def valid_value(v, st):
    fmt = st['fmt']
    if v < 0 and not st.get('neg'):
        return False
    if v == 0 and not st.get('zero_ok'):
        return False
    if fmt in ('int', 'clock', 'dur', 'cents', 'temp'):
        return v.denominator == 1
    if fmt in ('money', 'dec'):
        return (v * 100).denominator == 1
    if fmt == 'dec1':
        return (v * 10).denominator == 1
    if fmt == 'mixed':
        return v.denominator in (1, 2, 3, 4, 6, 8, 12, 16)
    return True


# ---------------------------------------------------------------- formatting

def commas(n):
    s = str(abs(n))
    out = ''
    while len(s) > 3:
        out = ',' + s[-3:] + out
        s = s[:-3]
    return ('-' if n < 0 else '') + s + out


def dec_str(v, minimal=True, places=None):
    """Exact decimal string of a terminating Fraction."""
    neg = v < 0
    v = abs(v)
    if places is None:
        places = 0
        while (v * 10 ** places).denominator != 1:
            places += 1
            if places > 6:
                raise ValueError('non-terminating %s' % v)
    n = v * 10 ** places
    assert n.denominator == 1, (v, places)
    n = int(n)
    s = str(n).rjust(places + 1, '0')
    if places:
        s = s[:-places] + '.' + s[-places:]
    return ('-' if neg else '') + s


def mixed_str(v):
    if v.denominator == 1:
        return str(v.numerator)
    w = v.numerator // v.denominator
    r = v - w
    if w == 0:
        return '%d/%d' % (r.numerator, r.denominator)
    return '%d %d/%d' % (w, r.numerator, r.denominator)


def clock_str(m):
    m = int(m)
    h, mm = divmod(m, 60)
    h = h % 12 or 12
    return '%d:%02d' % (h, mm)


def dur_str(m):
    m = int(m)
    return '%d:%02d' % (m // 60, m % 60)


def money_str(v, cents=False, sep=True, sign=True):
    if v.denominator == 1 and not cents:
        s = commas(int(v)) if sep else str(int(v))
    else:
        s = dec_str(v, places=2)
        if sep and abs(v) >= 1000:
            w, f = s.split('.')
            s = commas(int(w)) + '.' + f
    if sign:
        if s.startswith('-'):
            return '-$' + s[1:]
        return '$' + s
    return s


def canon(v):
    """Canonical final-answer string."""
    if v.denominator == 1:
        return str(v.numerator)
    return dec_str(v)


def pformat(g):
    """Format a given quantity for the problem statement."""
    v, fmt = g['v'], g['fmt']
    if fmt == 'money':
        return money_str(v, cents=(v.denominator != 1))
    if fmt == 'pct':
        return dec_str(v) + '%'
    if fmt in ('mixed', 'frac'):
        return mixed_str(v)
    if fmt == 'clock':
        return clock_str(v)
    if fmt in ('dec', 'dec1'):
        return dec_str(v)
    if v.denominator == 1:
        return commas(int(v))
    return dec_str(v)


NUMW = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen',
        'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def num_word(n):
    n = int(n)
    if n < 20:
        return NUMW[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ('' if o == 0 else '-' + NUMW[o])
    if n == 100:
        return 'one hundred'
    raise ValueError(n)


# ---------------------------------------------------------------- faults

def _digits_variants(s, rng):
    """s: string of digits. returns dict kind->list of new digit strings."""
    out = {'digit_swap': [], 'digit_drop': [], 'digit_double': []}
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not t.startswith('0'):
                out['digit_swap'].append(t)
    if len(s) >= 3:
        for i in range(len(s)):
            t = s[:i] + s[i + 1:]
            if t and not t.startswith('0') and t != s:
                out['digit_drop'].append(t)
    if len(s) >= 2:
        for i in range(len(s)):
            t = s[:i] + s[i] + s[i:]
            out['digit_double'].append(t)
    return out


def wrong_candidates(st, right, opvals):
    """Return list of (kind, wrong_value) candidates for a step's result."""
    fmt = st['fmt']
    op = st['op']
    c = []
    if fmt in ('int', 'cents', 'temp'):
        n = int(right)
        c.append(('off_by_one', F(n + 1)))
        c.append(('off_by_one', F(n - 1)))
        if abs(n) > 12:
            c.append(('off_by_ten', F(n + 10)))
            c.append(('off_by_ten', F(n - 10)))
        dv = _digits_variants(str(abs(n)), None)
        for k, lst in dv.items():
            for t in lst:
                c.append((k, F(int(t)) * (1 if n >= 0 else -1)))
        if n < 0:
            c.append(('sign_drop', F(-n)))
    elif fmt in ('money', 'dec', 'dec1'):
        pl = 1 if fmt == 'dec1' else 2
        if fmt == 'dec' and right.denominator == 1:
            pl = 0
        if fmt == 'dec' and pl:
            pl = len(dec_str(right).split('.')[1])
        cents = int(right * 10 ** pl)
        c.append(('off_by_one', right + 1))
        if right > 1:
            c.append(('off_by_one', right - 1))
        if right > 12:
            c.append(('off_by_ten', right + 10))
            c.append(('off_by_ten', right - 10))
        dv = _digits_variants(str(cents), None)
        for k, lst in dv.items():
            for t in lst:
                c.append((k, F(int(t), 10 ** pl)))
        if right.denominator != 1:
            c.append(('decimal_shift', right * 10))
            c.append(('decimal_shift', right / 10))
    elif fmt == 'mixed':
        c.append(('off_by_one', right + 1))
        if right > 1:
            c.append(('off_by_one', right - 1))
        d = right.denominator
        if d > 1:
            c.append(('wrong_numerator', right + F(1, d)))
            c.append(('wrong_numerator', right - F(1, d)))
    elif fmt in ('clock', 'dur'):
        c.append(('off_by_ten', right + 10))
        c.append(('off_by_ten', right - 10))
        c.append(('off_by_one', right + 60))
        c.append(('off_by_one', right - 60))
        mm = int(right) % 60
        s = '%02d' % mm
        if s[0] != s[1]:
            t = int(s[1] + s[0])
            if t < 60:
                c.append(('digit_swap', F(int(right) - mm + t)))
    # wrong operation
    if op in ('mul', 'add', 'sub', 'div') and len(opvals) == 2:
        a, b = opvals
        alt = {'mul': [a + b], 'add': [a * b, a - b], 'sub': [a + b], 'div': [a - b, a * b]}[op]
        for x in alt:
            c.append(('wrong_op', x))
    if op == 'divr':
        c = [(k, v) for k, v in c if k in ('off_by_one',)]
    if op == 'divround':
        c = [('off_by_one', right + F(1, 10)), ('off_by_one', right - F(1, 10))]
        t = dec_str(right, places=1).replace('.', '')
        if len(t) >= 2 and t[-1] != t[-2]:
            c.append(('digit_swap', F(int(t[:-2] + t[-1] + t[-2]), 10)))
    # filter
    out = []
    seen = set()
    for k, v in c:
        if v == right:
            continue
        if v <= 0 and not st.get('neg'):
            continue
        if not valid_value(v, dict(st, zero_ok=False)):
            continue
        if fmt in ('clock', 'dur') and v <= 0:
            continue
        key = (k, v)
        if key in seen:
            continue
        seen.add(key)
        out.append((k, v))
    return out
