"""Number formatting helpers (stdlib only)."""
from fractions import Fraction as Fr


def terminating(v, maxd=6):
    v = Fr(v)
    for k in range(maxd + 1):
        if (v * 10 ** k).denominator == 1:
            return k
    return None


def dec_str(v, places=None):
    """Exact decimal string of a terminating fraction (no separators)."""
    v = Fr(v)
    neg = v < 0
    v = abs(v)
    if places is None:
        places = terminating(v, 10)
        if places is None:
            raise ValueError('non-terminating %s' % v)
    n = v * 10 ** places
    if n.denominator != 1:
        raise ValueError('not exact at %d places: %s' % (places, v))
    s = str(n.numerator).rjust(places + 1, '0')
    if places:
        s = s[:-places] + '.' + s[-places:]
    return ('-' if neg else '') + s


def group(s, sep=','):
    neg = s.startswith('-')
    s = s.lstrip('-')
    ip, _, fp = s.partition('.')
    out = ''
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return ('-' if neg else '') + out + ('.' + fp if fp else '')


FW = {(1, 2): 'half', (1, 3): 'a third', (2, 3): 'two-thirds', (1, 4): 'a quarter',
      (3, 4): 'three-quarters', (1, 5): 'a fifth', (2, 5): 'two-fifths', (3, 5): 'three-fifths',
      (4, 5): 'four-fifths', (1, 6): 'a sixth', (5, 6): 'five-sixths', (1, 8): 'an eighth',
      (3, 8): 'three-eighths', (5, 8): 'five-eighths', (3, 10): 'three-tenths',
      (7, 10): 'seven-tenths', (1, 10): 'a tenth', (2, 7): 'two-sevenths'}
PART = {2: ('half', 'halves'), 3: ('third', 'thirds'), 4: ('quarter', 'quarters'),
        5: ('fifth', 'fifths'), 6: ('sixth', 'sixths'), 7: ('seventh', 'sevenths'),
        8: ('eighth', 'eighths'), 10: ('tenth', 'tenths')}
MULW = {2: ('doubled', 'double', 'twice'), 3: ('tripled', 'triple', 'three times'),
        4: ('quadrupled', 'quadruple', 'four times')}


def fwords(f):
    f = Fr(f)
    return FW.get((f.numerator, f.denominator), '%d/%d' % (f.numerator, f.denominator))


def frac_str(f, latex=False):
    f = Fr(f)
    if f.denominator == 1:
        return str(f.numerator)
    if latex:
        return '\\frac{%d}{%d}' % (f.numerator, f.denominator)
    return '%d/%d' % (f.numerator, f.denominator)


def pct_str(p, latex=False):
    return dec_str(Fr(p) * 100) + ('\\%' if latex else '%')
