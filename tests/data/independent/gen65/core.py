"""Core: exact numbers, expression trees, steps, evaluation and fault values.

Standard library only.  All arithmetic is done with fractions.Fraction so that
every number written into a solution is exactly what we intended.
"""
from fractions import Fraction as F
import math

# ---------------------------------------------------------------- numbers

def rnd(v, dp):
    """Round half away from zero to dp decimals; returns a Fraction."""
    q = F(10) ** dp
    x = v * q
    if x >= 0:
        n = math.floor(x + F(1, 2))
    else:
        n = -math.floor(-x + F(1, 2))
    return F(n) / q


def ndec(v, maxdp=6):
    """Number of decimals needed to write v exactly (None if more than maxdp)."""
    for d in range(maxdp + 1):
        if rnd(v, d) == v:
            return d
    return None


def dec_str(v, dp=None, fixed=False, commas=True, sep=','):
    """Write v with up to dp decimals (exactly dp if fixed).  v must be exact at dp."""
    if dp is None:
        dp = ndec(v)
        if dp is None:
            raise ValueError('not a short decimal: %r' % (v,))
    r = rnd(v, dp)
    neg = r < 0
    n = abs(r) * (10 ** dp)
    assert n.denominator == 1
    s = str(n.numerator).rjust(dp + 1, '0')
    ip, fp = (s[:-dp], s[-dp:]) if dp else (s, '')
    if not fixed:
        fp = fp.rstrip('0')
    if commas and len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = sep.join(groups)
    out = ip + ('.' + fp if fp else '')
    return ('-' if neg else '') + out


def canon(v, dp=2):
    """Canonical final-answer string: no commas, no trailing zeros."""
    return dec_str(rnd(v, dp), dp, fixed=False, commas=False)


# ---------------------------------------------------------------- expressions
# leaf:  ('ref', name) | ('lit', Fraction, disp or None, unit or None) | ('pct', Fraction)
# node:  (op, [children]) with op in mul div add sub of sq ceil ceilto divmod


def R(name, unit=None):
    return ('ref', name, unit)


def Lit(v, disp=None, unit=None):
    return ('lit', F(v), disp, unit)


def Pct(p):
    return ('pct', F(p))


def mul(*a):
    return ('mul', list(a))


def div(a, b):
    return ('div', [a, b])


def add(*a):
    return ('add', list(a))


def sub(a, b):
    return ('sub', [a, b])


def of(p, x):
    return ('of', [p, x])


def sq(a):
    return ('sq', [a])


def ev(node, env):
    t = node[0]
    if t == 'ref':
        return env[node[1]]
    if t == 'lit':
        return node[1]
    if t == 'pct':
        return node[1] / 100
    a = [ev(c, env) for c in node[1]]
    if t == 'mul' or t == 'of':
        r = F(1)
        for x in a:
            r *= x
        return r
    if t == 'div':
        return a[0] / a[1]
    if t == 'add':
        return sum(a, F(0))
    if t == 'sub':
        return a[0] - a[1]
    if t == 'sq':
        return a[0] * a[0]
    if t == 'ftin':
        return a[0] + a[1] / 12
    if t == 'addpct':
        return a[0] * (1 + a[1])
    if t == 'ceil':
        return F(math.ceil(a[0]))
    if t == 'ceilto':
        inc = a[1]
        return F(math.ceil(a[0] / inc)) * inc
    if t == 'divmod':
        return F(math.floor(a[0] / a[1]))
    raise ValueError(t)


def refs(node):
    if node[0] == 'ref':
        return [node[1]]
    if node[0] in ('lit', 'pct'):
        return []
    out = []
    for c in node[1]:
        out += refs(c)
    return out


BARE_PLURALS = {'bags', 'boards', 'bundles', 'pallets', 'panels', 'pavers', 'pickets', 'pieces', 'posts', 'rails',
                'rolls', 'sections', 'squares', 'strips', 'tons', 'bags of concrete'}


class Step:
    """One computation of a solution.

    kind: calc | ceil | divmod | check
    label: noun phrase ("wall area"); act: imperative ("Find the wall area")
    unit: unit key of the result; dp: decimals kept when rounding; money: $ value
    cmp: for check steps, (op, refname) e.g. ('>=', 'total')
    """

    def __init__(self, name, expr, unit='', label='', act='', kind='calc', dp=2,
                 money=False, cmp=None, note='', fault=True):
        self.name = name
        self.expr = expr
        self.unit = unit
        if label in BARE_PLURALS:
            label = 'number of ' + label
        self.label = label
        self.act = act or ('Find the ' + label)
        self.kind = kind
        self.dp = 2 if money else dp
        self.money = money
        self.cmp = cmp
        self.note = note
        self.fault = fault and kind == 'calc'


def addpct(x, p):
    """x increased by p percent (waste, overage, markup)."""
    return ('addpct', [x, Pct(p)])


def ftin(ft, inch):
    return ('ftin', [Lit(ft), Lit(inch)])


def ceil_(x):
    return ('ceil', [x])


def ceilto(x, inc):
    return ('ceilto', [x, Lit(inc)])


def divmod_(a, b):
    return ('divmod', [a, b])


def compute(steps, inputs, override=None):
    """Return env (name -> carried value) and exact (name -> exact value of expr)."""
    env = dict(inputs)
    exact = {}
    for s in steps:
        x = ev(s.expr, env)
        exact[s.name] = x
        if s.kind in ('calc', 'check'):
            v = rnd(x, s.dp)
        else:
            v = x
        if override is not None and override[0] == s.name:
            v = override[1]
        env[s.name] = v
    return env, exact


# ---------------------------------------------------------------- fault values

def _digits_variants(v, dp, money):
    """String-level digit slips of the written number v (shown with dp decimals)."""
    d = dp if money else ndec(v, dp)
    if d is None:
        d = dp
    s = dec_str(abs(v), d, fixed=money, commas=False)
    out = []
    digs = [i for i, c in enumerate(s) if c.isdigit()]
    # transpose adjacent digits
    for a, b in zip(digs, digs[1:]):
        if b == a + 1 and s[a] != s[b]:
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            out.append(('transposed_digits', t))
    # drop a digit
    for i in digs:
        t = s[:i] + s[i + 1:]
        if t and t[0] != '.' and not t.endswith('.'):
            out.append(('dropped_digit', t))
    # double a digit
    for i in digs:
        t = s[:i] + s[i] + s[i:]
        out.append(('doubled_digit', t))
    res = []
    for k, t in out:
        if t.startswith('0') and len(t) > 1 and t[1] != '.':
            continue
        try:
            w = F(t)
        except Exception:
            continue
        res.append((k, w if v >= 0 else -w))
    return res


def wrong_op_value(expr, env):
    """Result of applying a wrong operation at the top of the expression."""
    t = expr[0]
    if t == 'addpct':
        x = ev(expr[1][0], env)
        p = ev(expr[1][1], env)
        return [x + p * 100, x * p]
    if t not in ('mul', 'div', 'add', 'sub', 'of'):
        return []
    a = [ev(c, env) for c in expr[1]]
    out = []
    if t == 'mul' and len(a) == 2:
        out.append(a[0] + a[1])
    if t == 'mul' and len(a) == 3:
        out.append(a[0] * a[1] + a[2])
    if t == 'add':
        if len(a) == 2:
            out.append(a[0] - a[1] if a[0] > a[1] else a[1] - a[0])
        else:
            out.append(sum(a[:-1], F(0)) - a[-1])
    if t == 'sub':
        out.append(a[0] + a[1])
    if t == 'div':
        out.append(a[0] * a[1])
    if t == 'of':
        out.append(a[0] * 100 * a[1])  # forgot to divide the percent by 100
    return out


def fault_candidates(step, right, env):
    """List of (kind, wrong_value) realistic slips for a step whose written value is right."""
    dp, money = step.dp, step.money
    cands = []
    absr = abs(right)
    unit = F(1)
    if absr >= 2:
        cands.append(('off_by_one', right + (1 if right > 0 else -1)))
        cands.append(('off_by_one', right - (1 if right > 0 else -1)))
    if absr >= 20:
        cands.append(('off_by_ten', right + 10 if right > 0 else right - 10))
        cands.append(('off_by_ten', right - 10 if right > 0 else right + 10))
    if absr >= 300:
        cands.append(('off_by_hundred', right + 100 if right > 0 else right - 100))
        cands.append(('off_by_hundred', right - 100 if right > 0 else right + 100))
    if ndec(right, 6) and ndec(right, 6) > 0:
        cands.append(('decimal_shift', right * 10))
        cands.append(('decimal_shift', right / 10))
    cands += _digits_variants(right, dp, money)
    for w in wrong_op_value(step.expr, env):
        cands.append(('wrong_operation', rnd(w, dp)))
    if right < 0:
        cands.append(('sign_dropped', -right))
    if step.expr[0] == 'ftin':
        ft_, in_ = step.expr[1][0][1], step.expr[1][1][1]
        if in_ < 10:
            cands.append(('inches_as_decimal', ft_ + in_ / 10))
        else:
            cands.append(('inches_as_decimal', ft_ + in_ / 100))
    out = []
    for k, w in cands:
        w = rnd(w, dp)
        if w == right:
            continue
        if w <= 0 and right > 0:
            continue
        if w == 0:
            continue
        out.append((k, w))
    return out
