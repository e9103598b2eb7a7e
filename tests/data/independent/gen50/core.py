"""Core: exact numbers, formatting, step specs, evaluation and fault values."""
from fractions import Fraction as F


# ---------------------------------------------------------------- numbers

def terminating(x):
    d = F(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def places(x):
    """number of decimal places of a terminating fraction"""
    x = F(x)
    k = 0
    while (x * 10 ** k).denominator != 1:
        k += 1
        if k > 12:
            raise ValueError("non terminating %r" % x)
    return k


def dec(x, minp=0):
    """exact decimal string of a terminating fraction, at least minp places"""
    x = F(x)
    neg = x < 0
    x = abs(x)
    k = max(places(x), minp)
    n = x * 10 ** k
    assert n.denominator == 1
    n = n.numerator
    s = str(n)
    if k:
        s = s.rjust(k + 1, '0')
        s = s[:-k] + '.' + s[-k:]
    return ('-' if neg else '') + s


def group(s, sep):
    """insert thousands separators in a plain decimal string"""
    if not sep:
        return s
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    ip, _, fp = s.partition('.')
    if len(ip) > 4 or (len(ip) == 4 and sep):
        out = []
        while len(ip) > 3:
            out.insert(0, ip[-3:])
            ip = ip[:-3]
        out.insert(0, ip)
        ip = sep.join(out)
    return ('-' if neg else '') + ip + ('.' + fp if fp else '')


def plain(x):
    """final-answer string: minimal decimal"""
    return dec(x)


# ---------------------------------------------------------------- formatting context

class Fmt:
    def __init__(self, mul='×', div='÷', sub='−', money=True, cents='auto', thou=',',
                 latex=False, neg='−'):
        self.mul, self.div, self.sub = mul, div, sub
        self.money, self.cents, self.thou = money, cents, thou
        self.latex, self.neg = latex, neg

    def copy(self, **kw):
        f = Fmt(self.mul, self.div, self.sub, self.money, self.cents, self.thou,
                self.latex, self.neg)
        for k, v in kw.items():
            setattr(f, k, v)
        return f


def fv(x, u, f, force_money=None):
    """format value x with unit kind u ('$', '%', or other) under Fmt f"""
    x = F(x)
    neg = x < 0
    ax = abs(x)
    if u == '$':
        if ax.denominator != 1 or f.cents == 'always':
            s = dec(ax, 2)
        else:
            s = dec(ax)
        s = group(s, f.thou)
        show = f.money if force_money is None else force_money
        if show:
            s = ('\\$' if f.latex else '$') + s
    elif u == '%':
        s = group(dec(ax), f.thou) + ('\\%' if f.latex else '%')
    else:
        s = group(dec(ax), f.thou)
    if neg:
        s = f.neg + s
    return s


def money_txt(x):
    """money in problem statements"""
    x = F(x)
    if x.denominator == 1:
        return '$' + group(dec(x), ',')
    return '$' + group(dec(x, 2), ',')


def num_txt(x):
    return group(dec(F(x)), ',')


# ---------------------------------------------------------------- operands & steps

def N(x, u=''):
    return ('n', F(x), u)


def D(x):
    return ('$', F(x), '$')


def P(x):
    return ('%', F(x), '%')


def R(i):
    return ('r', i, None)


class Step:
    def __init__(self, id, op, args, unit, what, lab, why=None, lhs=None,
                 faultable=True):
        self.id, self.op, self.args, self.unit = id, op, args, unit
        self.what, self.lab, self.why, self.lhs = what, lab, why, lhs
        self.faultable = faultable


def S(id, op, args, unit, what, lab, why=None, **kw):
    return Step(id, op, args, unit, what, lab, why, **kw)


def compute(op, vs):
    if op == 'mul':
        r = F(1)
        for v in vs:
            r *= v
        return r
    if op == 'add':
        return sum(vs, F(0))
    if op == 'sub':
        return vs[0] - vs[1]
    if op == 'div':
        return vs[0] / vs[1]
    if op == 'pct':
        return vs[0] * vs[1] / 100
    if op == 'frac':
        return vs[2] * vs[0] / vs[1]
    if op == 'divmod':
        return F(int(vs[0]) // int(vs[1]))
    raise ValueError(op)


def operand_units(st, steps_by_id):
    us = []
    for a in st.args:
        if a[0] == 'r':
            us.append(steps_by_id[a[1]].unit)
        else:
            us.append(a[2])
    return us


def evaluate(steps, override=None):
    """returns list of (operand values, result). override=(index, value) replaces a
    result and carries it forward."""
    vals = {}
    out = []
    for i, st in enumerate(steps):
        ops = [vals[a[1]] if a[0] == 'r' else a[1] for a in st.args]
        v = compute(st.op, ops)
        if override is not None and override[0] == i:
            v = override[1]
        vals[st.id] = v
        out.append((ops, v))
    return out


def clean_ok(right, val, unit):
    """is a (possibly carried) value presentable like the right one"""
    if val == right:
        return True
    if right >= 0 and val < 0:
        return False
    if not terminating(val):
        return False
    if unit == '$':
        return (val * 100).denominator == 1
    if right.denominator == 1:
        return val.denominator == 1
    return places(val) <= 2


# ---------------------------------------------------------------- fault values

def _digits_variants(right, rng):
    s = dec(abs(right))
    out = []
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    # swap adjacent digits
    for a, b in zip(ds, ds[1:]):
        if s[a] != s[b]:
            t = list(s)
            t[a], t[b] = t[b], t[a]
            t = ''.join(t)
            if not (t[0] == '0' and len(t) > 1 and t[1] != '.'):
                out.append(('digit_swap', t))
    # drop a digit
    if len(ds) >= 2:
        for a in ds:
            t = s[:a] + s[a + 1:]
            if t and t[0] != '.' and t[-1] != '.' and not (t[0] == '0' and len(t) > 1 and t[1] != '.'):
                out.append(('digit_drop', t))
    # double a digit
    for a in ds:
        t = s[:a] + s[a] + s[a:]
        out.append(('digit_double', t))
    res = []
    for k, t in out:
        try:
            v = F(t)
        except Exception:
            continue
        if right < 0:
            v = -v
        res.append((k, v))
    return res


def fault_candidates(st, ops, right, rng):
    c = []
    c.append(('off_by_one', right + 1))
    c.append(('off_by_one', right - 1))
    c.append(('off_by_ten', right + 10))
    c.append(('off_by_ten', right - 10))
    c.extend(_digits_variants(right, rng))
    if right.denominator == 1 and abs(right) >= 10:
        c.append(('decimal_shift', right / 10))
    c.append(('decimal_shift', right * 10))
    if st.op == 'mul' and len(ops) == 2:
        c.append(('wrong_op', ops[0] + ops[1]))
    if st.op == 'add' and len(ops) == 2:
        c.append(('wrong_op', ops[0] - ops[1]))
    if st.op == 'add' and len(ops) > 2:
        c.append(('dropped_term', right - ops[-1]))
    if st.op == 'sub':
        c.append(('wrong_op', ops[0] + ops[1]))
        if right < 0:
            c.append(('sign_drop', -right))
    if st.op == 'div' and ops[1] == 2:
        c.append(('wrong_op', ops[0] * 2))
    # money: cents slip
    if st.unit == '$' and right.denominator != 1:
        c.append(('cents_slip', right + F(1, 10)))
        c.append(('cents_slip', right - F(1, 10)))
    res = []
    seen = []
    for k, v in c:
        if v == right or v in seen:
            continue
        if right > 0 and v <= 0:
            continue
        if k != 'sign_drop' and right < 0 and v >= 0:
            continue
        if not clean_ok(right, v, st.unit):
            continue
        if right.denominator == 1 and st.unit != '$' and v.denominator != 1 and k != 'decimal_shift':
            continue
        if k.startswith('digit_') and right != 0 and not (F(1, 2) <= abs(v / right) <= 2):
            continue
        seen.append(v)
        res.append((k, v))
    # prefer realistic mix: weight realistic kinds first
    rng.shuffle(res)
    return res
