"""number formatting, expressions and equation rendering shared by gen.py and styles.py"""
import ast
from fractions import Fraction as Fr



# ---------------------------------------------------------------- numbers
def terminating(v, maxd=3):
    d = v.denominator
    for k in range(maxd + 1):
        if (10 ** k) % d == 0:
            return k
    return None


def dec(v):
    """minimal exact decimal string (v must be terminating)."""
    k = terminating(v, 6)
    assert k is not None, v
    if k == 0:
        return str(v.numerator // v.denominator) if v >= 0 else '-' + str((-v).numerator // (-v).denominator)
    n = v * 10 ** k
    assert n.denominator == 1
    n = int(n)
    neg = n < 0
    n = abs(n)
    s = str(n).rjust(k + 1, '0')
    s = s[:-k] + '.' + s[-k:]
    return ('-' if neg else '') + s


def group(s, sep):
    if not sep:
        return s
    ip, _, fp = s.partition('.')
    neg = ip.startswith('-')
    ip = ip.lstrip('-')
    if len(ip) > 4 or (len(ip) == 4 and sep != '{,}'):
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ('-' if neg else '') + ip + ('.' + fp if fp else '')


# ---------------------------------------------------------------- expressions
def parse_expr(src):
    node = ast.parse(src, mode='eval').body

    def cv(n):
        if isinstance(n, ast.BinOp):
            op = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/'}[type(n.op)]
            return ('op', op, cv(n.left), cv(n.right))
        if isinstance(n, ast.Name):
            return ('var', n.id)
        if isinstance(n, ast.Constant):
            return ('num', Fr(str(n.value)))
        if isinstance(n, ast.Call):
            f = n.func.id
            if f in ('conv', 'convd'):
                return (f, cv(n.args[0]), Fr(str(n.args[1].value)), n.args[2].value, n.args[3].value)
            if f == 'dm':
                return ('dm', cv(n.args[0]), cv(n.args[1]))
        raise ValueError(src)
    return cv(node)


def ev(t, env):
    k = t[0]
    if k == 'num':
        return t[1]
    if k == 'var':
        return env[t[1]]
    if k == 'op':
        a, b = ev(t[2], env), ev(t[3], env)
        return {'+': a + b, '-': a - b, '*': a * b, '/': a / b if b else None}[t[1]]
    if k == 'conv':
        return ev(t[1], env) * t[2]
    if k == 'convd':
        return ev(t[1], env) / t[2]
    if k == 'dm':
        a, b = ev(t[1], env), ev(t[2], env)
        return Fr(int(a) // int(b))
    raise ValueError(t)


PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


class Ctx:
    """formatting choices for one rendered solution"""
    def __init__(self, **kw):
        self.mul = '×'; self.div = '÷'; self.latex = False; self.cents = False
        self.sep = ','; self.pct = 'pct'; self.money_sign = True; self.compact = False
        self.frac_tex = True; self.unit_tex = True; self.dec_money = False
        self.__dict__.update(kw)


class Problem:
    def __init__(self, tmpl, params, kinds, names):
        self.t = tmpl; self.params = params; self.kinds = kinds; self.names = names
        self.steps = tmpl['steps']

    # values -------------------------------------------------------------
    def compute(self, override=None):
        env = dict(self.params); res = {}
        for st in self.steps:
            v = ev(st['tree'], env)
            if v is None:
                return None
            if override and override[0] == st['name']:
                v = override[1]
            env[st['name']] = v; res[st['name']] = v
            if st['tree'][0] == 'dm':
                a, b = ev(st['tree'][1], env), ev(st['tree'][2], env)
                env[st['name'] + '_r'] = Fr(int(a) % int(b))
        return env

    def kind_of(self, name):
        if name in self.kinds:
            return self.kinds[name]
        for st in self.steps:
            if st['name'] == name or st['name'] + '_r' == name:
                return st['unit']
        return 'n'


def fmt_num(v, c):
    return group(dec(v), '' if c.compact else c.sep)


def fmt_money(v, c, sign=True):
    if v.denominator != 1 or (c.cents and not c.compact):
        s = dec(v) if c.compact else '%s.%02d' % (group(str(int(v)), c.sep), int(round((v - int(v)) * 100)))
        if c.compact:
            s = dec(v)
    else:
        s = fmt_num(v, c)
    if not sign or not c.money_sign:
        return s
    return ('\\$' if c.latex else '$') + s


def fmt_leaf(v, kind, c, operand=True):
    if kind == '$':
        return fmt_money(v, c)
    if kind == '%':
        if c.pct == 'dec':
            return dec(v)
        return dec(v * 100) + ('\\%' if c.latex else '%')
    if kind in ('f', 'F'):
        if v.denominator == 1:
            return fmt_num(v, c)
        if c.latex and c.frac_tex:
            return '\\frac{%d}{%d}' % (v.numerator, v.denominator)
        return '%d/%d' % (v.numerator, v.denominator)
    return fmt_num(v, c)


def unit_word(u):
    return u.lstrip('~')


def fmt_result(v, unit, c, with_unit=True):
    if unit in ('$', '%', 'f', 'F', 'n', ''):
        if unit == '%':
            return dec(v) + ('\\%' if c.latex else '%')
        return fmt_leaf(v, unit if unit else 'n', c)
    s = fmt_num(v, c)
    if not with_unit:
        return s
    w = unit_word(unit)
    if c.latex and c.unit_tex:
        return s + ' \\text{ %s}' % w
    return s + ' ' + w


def rend(t, P, env, c, parent=None, side=None):
    k = t[0]
    if k == 'num':
        return fmt_num(t[1], c)
    if k == 'var':
        kind = P.kind_of(t[1])
        s = fmt_leaf(env[t[1]], kind if kind in ('$', '%', 'f', 'F') else 'n', c)
        if kind in ('f', 'F') and env[t[1]].denominator != 1 and not (c.latex and c.frac_tex) \
                and parent == '/' and side == 'r':
            s = '(' + s + ')'
        return s
    if k == 'op':
        op = t[1]
        a = rend(t[2], P, env, c, op, 'l'); b = rend(t[3], P, env, c, op, 'r')
        sym = {'+': '+', '-': '-', '*': c.mul, '/': c.div}[op]
        if c.compact:
            s = a + sym + b
        else:
            s = a + ' ' + sym + ' ' + b
        need = False
        if parent:
            if PREC[op] < PREC[parent]:
                need = True
            elif PREC[op] == PREC[parent] and side == 'r' and parent in '-/':
                need = True
        return '(' + s + ')' if need else s
    raise ValueError(t)


def render_eq(st, P, env, shown, c, form=0):
    """'<lhs> = <result>' for step st; shown = displayed result value"""
    t = st['tree']; u = st['unit']
    eq = ' = ' if not c.compact else '='
    if t[0] in ('conv', 'convd'):
        x = ev(t[1], env); xs = rend(t[1], P, env, c)
        sym = c.mul if t[0] == 'conv' else c.div
        u1, u2 = t[3], t[4]
        if c.latex and c.unit_tex:
            q1 = '%s \\text{ %s}' % (xs, u1)
        else:
            q1 = '%s %s' % (xs, u1)
        r = fmt_result(shown, '~' + u2 if u in ('$', '', 'n') else u, c)
        f = fmt_num(t[2], c)
        if c.compact:
            return '%s%s%s=%s' % (xs, sym, f, fmt_num(shown, c)), '%s%s%s' % (xs, sym, f)
        if form % 3 == 0:
            return '%s = %s %s %s = %s' % (q1, xs, sym, f, r), None
        if form % 3 == 1:
            return '%s %s %s = %s' % (xs, sym, f, r), None
        return '%s = %s' % (q1, r), None
    if t[0] == 'dm':
        a = rend(t[1], P, env, c); b = rend(t[2], P, env, c)
        r = env[st['name'] + '_r']
        lhs = a + (c.div if c.compact else ' ' + c.div + ' ') + b
        q = fmt_num(shown, c); rs = fmt_num(r, c)
        if c.latex:
            tail = ' \\text{ remainder } ' + rs
        elif form % 2 == 0:
            tail = ' remainder ' + rs
        else:
            tail = ' with a remainder of ' + rs
        return lhs + eq + q + tail, lhs
    lhs = rend(t, P, env, c)
    if c.compact:
        return lhs + '=' + fmt_result(shown, u, c, with_unit=False), lhs
    return lhs + eq + fmt_result(shown, u, c), lhs


