"""Core model for eval23: template parsing, exact evaluation, number formatting, notation."""
import re
from fractions import Fraction as Fr


# ---------------------------------------------------------------- numbers

def dec_str(v):
    """Exact terminating decimal, minimal digits, no separators ('12.5', '40')."""
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    sign = '-' if v < 0 else ''
    a = abs(v)
    for k in range(1, 8):
        n = a * 10 ** k
        if n.denominator == 1:
            s = str(n.numerator).rjust(k + 1, '0')
            s = s[:-k] + '.' + s[-k:]
            return sign + s
    raise ValueError('non-terminating %r' % v)


def money_str(v):
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    c = v * 100
    if c.denominator != 1:
        raise ValueError('sub-cent money %r' % v)
    c = c.numerator
    return '%d.%02d' % (c // 100, c % 100)


def group(s, sep):
    if not sep:
        return s
    ip, dot, fp = s.partition('.')
    neg = ip.startswith('-')
    if neg:
        ip = ip[1:]
    if len(ip) <= 3:
        out = ip
    else:
        parts = []
        while len(ip) > 3:
            parts.append(ip[-3:])
            ip = ip[:-3]
        parts.append(ip)
        out = sep.join(reversed(parts))
    return ('-' if neg else '') + out + dot + fp


def terminating(v, maxdec):
    v = Fr(v)
    return (v * 10 ** maxdec).denominator == 1


# ---------------------------------------------------------------- templates

class Var:
    def __init__(self, name, kind, choices, unit):
        self.name, self.kind, self.choices, self.unit = name, kind, choices, unit


class Step:
    def __init__(self, var, op, args, what, label, unit):
        self.var, self.op, self.args = var, op, args
        self.what, self.label, self.unit = what, label, unit
        self.kind = 'money' if unit == '$' else 'count'


def parse_var(spec):
    name, rest = spec.split('=', 1)
    unit = None
    if ':' in rest:
        rest, unit = rest.split(':', 1)
        unit = unit.replace('_', ' ')
    kind = 'count'
    if rest.startswith('$'):
        kind, rest = 'money', rest[1:]
    elif rest.startswith('P'):
        kind, rest = 'pct', rest[1:]
    elif rest.startswith('F'):
        kind, rest = 'frac', rest[1:]
    if rest.startswith('['):
        choices = [Fr(x) for x in rest[1:-1].split(',')]
    else:
        m = re.match(r'^(\d+)\.\.(\d+)(?:/(\d+))?$', rest)
        if not m:
            raise ValueError(spec)
        lo, hi, st = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
        choices = [Fr(x) for x in range(lo, hi + 1, st)]
    return Var(name, kind, choices, unit)


def _ref(t):
    if re.match(r'^\d+(/\d+)?$', t):
        return ('c', Fr(t))
    return ('v', t)


def parse_step(spec):
    parts = [x.strip() for x in spec.split('|')]
    lhs, what, label, unit = parts
    var, expr = [x.strip() for x in lhs.split('=', 1)]
    m = re.match(r'^(\w+)% of (\w+)$', expr)
    if m:
        return Step(var, 'pct', [_ref(m.group(1)), _ref(m.group(2))], what, label, unit)
    m = re.match(r'^([\w/]+) of (\w+)$', expr)
    if m:
        return Step(var, 'frac', [_ref(m.group(1)), _ref(m.group(2))], what, label, unit)
    toks = expr.split()
    ops = toks[1::2]
    if not ops or any(o != ops[0] for o in ops) or ops[0] not in '+-*/':
        raise ValueError(spec)
    return Step(var, ops[0], [_ref(t) for t in toks[0::2]], what, label, unit)


def arg_val(a, env):
    return env[a[1]] if a[0] == 'v' else a[1]


def eval_step(st, env):
    vals = [arg_val(a, env) for a in st.args]
    if st.op == '+':
        return sum(vals, Fr(0))
    if st.op == '-':
        r = vals[0]
        for x in vals[1:]:
            r -= x
        return r
    if st.op == '*':
        r = Fr(1)
        for x in vals:
            r *= x
        return r
    if st.op == '/':
        r = vals[0]
        for x in vals[1:]:
            r /= x
        return r
    if st.op == 'pct':
        return vals[0] / 100 * vals[1]
    if st.op == 'frac':
        return vals[0] * vals[1]
    raise ValueError(st.op)


def run_steps(steps, givens, override=None):
    """Evaluate all steps; override = (index, value) forces a step's written value."""
    env = dict(givens)
    for i, st in enumerate(steps):
        v = eval_step(st, env)
        if override is not None and override[0] == i:
            v = override[1]
        env[st.var] = v
    return env


def depends(steps, i, j):
    """Does step j (j > i) depend (transitively) on step i?"""
    dep = {steps[i].var}
    for st in steps[i + 1:j + 1]:
        if any(a[0] == 'v' and a[1] in dep for a in st.args):
            dep.add(st.var)
    return steps[j].var in dep


# ---------------------------------------------------------------- notation

class Nt:
    """How one style writes numbers and operators."""

    def __init__(self, mode='text', mul='×', div='÷', money='$', thou=',',
                 uops=False, ures=False, pct='of', frac='x'):
        self.mode, self.mul, self.div, self.money, self.thou = mode, mul, div, money, thou
        self.uops, self.ures, self.pct, self.frac = uops, ures, pct, frac

    @property
    def latex(self):
        return self.mode == 'latex'

    def num(self, v, money=False):
        s = money_str(v) if money else dec_str(v)
        return group(s, self.thou)

    def unit_suffix(self, unit):
        if not unit:
            return ''
        if self.latex:
            return ' \\text{ %s}' % unit
        return ' ' + unit

    def val(self, v, kind, unit=None, with_unit=False):
        if kind == 'money':
            return self.money + self.num(v, True)
        s = self.num(v)
        if with_unit and unit and self.mode != 'code':
            s += self.unit_suffix(unit)
        return s

    def operand(self, a, env, P):
        if a[0] == 'c':
            return self.num(a[1])
        name = a[1]
        kind, unit = P.kind[name], P.unit.get(name)
        return self.val(env[name], kind, unit, self.uops)

    def pct_dec(self, p):
        s = dec_str(Fr(p) / 100)
        ip, dot, fp = s.partition('.')
        if len(fp) < 2:
            fp = (fp + '00')[:2]
        return ip + '.' + fp

    def expr(self, st, env, P):
        L = self.latex
        mul = self.mul
        if st.op == 'pct':
            p = arg_val(st.args[0], env)
            B = self.operand(st.args[1], env, P)
            ps = dec_str(p)
            f = self.pct
            if f == 'of':
                return ('%s\\%% \\times %s' % (ps, B)) if L else ('%s%% of %s' % (ps, B))
            if f == 'pct_x':
                return ('%s\\%% %s %s' % (ps, mul, B)) if L else ('%s%% %s %s' % (ps, mul, B))
            if f == 'dec':
                return '%s %s %s' % (self.pct_dec(p), mul, B)
            if f == 'dec_after':
                return '%s %s %s' % (B, mul, self.pct_dec(p))
            if f == 'frac100':
                return ('\\frac{%s}{100} %s %s' % (ps, mul, B)) if L else ('(%s/100) %s %s' % (ps, mul, B))
            raise ValueError(f)
        if st.op == 'frac':
            fv = arg_val(st.args[0], env)
            n, d = fv.numerator, fv.denominator
            B = self.operand(st.args[1], env, P)
            f = self.frac
            if f == 'div':
                if L:
                    dv = '\\div' if self.div == 'frac' and B.startswith('\\$') else self.div
                    if dv == 'frac':
                        core = '\\frac{%s}{%d}' % (B, d)
                    else:
                        core = '%s %s %d' % (B, dv, d)
                    if n == 1:
                        return core
                    if dv == 'frac':
                        return '%s %s %d' % (core, mul, n)
                    return '(%s) %s %d' % (core, mul, n)
                if n == 1:
                    return '%s %s %d' % (B, self.div, d)
                return '(%s %s %d) %s %d' % (B, self.div, d, mul, n)
            fs = ('\\frac{%d}{%d}' % (n, d)) if L else ('%d/%d' % (n, d))
            if f == 'x':
                return '%s %s %s' % (fs, mul, B)
            if f == 'after':
                return '%s %s %s' % (B, mul, fs)
            if f == 'of':
                return ('%s %s %s' % (fs, mul, B)) if L else ('%s of %s' % (fs, B))
            raise ValueError(f)
        ops = [self.operand(a, env, P) for a in st.args]
        if st.op == '/':
            if L and self.div == 'frac' and len(ops) == 2 and not ops[0].startswith('\\$'):
                return '\\frac{%s}{%s}' % (ops[0], ops[1])
            sym = '\\div' if (L and self.div == 'frac') else self.div
        elif st.op == '*':
            sym = mul
        else:
            sym = st.op
        return (' %s ' % sym).join(ops)

    def res(self, st, v, with_unit=None):
        wu = self.ures if with_unit is None else with_unit
        return self.val(v, st.kind, st.unit, wu)


class Problem:
    def __init__(self, tpl, givens, name, gender):
        self.tpl = tpl
        self.vars = [parse_var(s) for s in tpl['vars'].split()]
        self.steps = [parse_step(s) for s in tpl['steps']]
        self.kind = {v.name: v.kind for v in self.vars}
        self.unit = {v.name: v.unit for v in self.vars}
        for st in self.steps:
            self.kind[st.var] = st.kind
            self.unit[st.var] = st.unit or None
        self.givens = givens
        self.name, self.gender = name, gender
