"""Core model for templates: value generators, expression trees, exact evaluation.

All arithmetic uses fractions.Fraction. Standard library only.
"""
import ast
from fractions import Fraction as Fr

HUNDRED = Fr(100)


def is_2dp(v):
    """True if v is a non-negative finite decimal with at most 2 decimal places."""
    return v >= 0 and (v * 100).denominator == 1


class Gen:
    def __init__(self, kind, draw, unit=''):
        self.kind, self.draw, self.unit = kind, draw, unit


def I(a, b, unit=''):
    return Gen('num', lambda r: Fr(r.randint(a, b)), unit)


def CH(*vals, unit=''):
    return Gen('num', lambda r: Fr(str(r.choice(vals))), unit)


def D(a, b, step='0.5', unit=''):
    st = Fr(step)
    n0, n1 = int(Fr(str(a)) / st), int(Fr(str(b)) / st)
    return Gen('num', lambda r: st * r.randint(n0, n1), unit)


def M(a, b, step='0.05', unit='$'):
    st = Fr(step)
    n0, n1 = int(Fr(str(a)) / st), int(Fr(str(b)) / st)
    return Gen('num', lambda r: st * r.randint(n0, n1), unit)


def MC(*vals, unit='$'):
    return Gen('num', lambda r: Fr(str(r.choice(vals))), unit)


def P(*vals):
    return Gen('num', lambda r: Fr(str(r.choice(vals))), '%')


def F(*vals):
    return Gen('frac', lambda r: Fr(r.choice(vals)), 'frac')


def CL(h0, h1, step=15):
    return Gen('clock', lambda r: Fr(r.randint(h0 * 60 // step, h1 * 60 // step) * step), 'clock')


# ---------------------------------------------------------------- expressions
# Node forms:
#   ('v', name) variable; ('c', Fraction) constant
#   ('+'|'*', [children])  n-ary; ('-'|'/', [children]) left-assoc chain
#   ('pct', p, x) p% of x; ('off', p, x) x minus p%; ('frac', f, x) f of x
#   ('tdiff', t1, t2) minutes; ('tdiffh', t1, t2) hours; ('idiv', a, b)
SPECIAL = ('pct', 'off', 'frac', 'tdiff', 'tdiffh', 'idiv')


def parse_expr(src):
    def conv(n):
        if isinstance(n, ast.BinOp):
            op = {ast.Add: '+', ast.Sub: '-', ast.Mult: '*', ast.Div: '/', ast.FloorDiv: 'idiv'}[type(n.op)]
            l, r = conv(n.left), conv(n.right)
            if op == 'idiv':
                return ('idiv', l, r)
            if op in '+*':
                kids = (l[1] if l[0] == op else [l]) + (r[1] if r[0] == op else [r])
                return (op, kids)
            kids = (l[1] if l[0] == op else [l]) + [r]
            return (op, kids)
        if isinstance(n, ast.Name):
            return ('v', n.id)
        if isinstance(n, ast.Constant):
            return ('c', Fr(str(n.value)))
        if isinstance(n, ast.Call):
            name = n.func.id
            assert name in SPECIAL, name
            return (name,) + tuple(conv(a) for a in n.args)
        raise ValueError(ast.dump(n))
    return conv(ast.parse(src, mode='eval').body)


def evaluate(node, env):
    k = node[0]
    if k == 'v':
        return env[node[1]]
    if k == 'c':
        return node[1]
    if k == '+':
        return sum((evaluate(c, env) for c in node[1]), Fr(0))
    if k == '*':
        v = Fr(1)
        for c in node[1]:
            v *= evaluate(c, env)
        return v
    if k == '-':
        vals = [evaluate(c, env) for c in node[1]]
        return vals[0] - sum(vals[1:], Fr(0))
    if k == '/':
        vals = [evaluate(c, env) for c in node[1]]
        v = vals[0]
        for d in vals[1:]:
            if d == 0:
                raise ZeroDivisionError
            v /= d
        return v
    a = [evaluate(c, env) for c in node[1:]]
    if k == 'pct':
        return a[0] * a[1] / HUNDRED
    if k == 'off':
        return a[1] - a[0] * a[1] / HUNDRED
    if k == 'frac':
        return a[0] * a[1]
    if k == 'tdiff':
        return a[1] - a[0]
    if k == 'tdiffh':
        return (a[1] - a[0]) / 60
    if k == 'idiv':
        if a[0].denominator != 1 or a[1].denominator != 1 or a[1] == 0:
            raise ValueError('idiv on non-integers')
        return Fr(int(a[0]) // int(a[1]))
    raise ValueError(k)


def leaves(node):
    if node[0] in ('v', 'c'):
        return [node]
    kids = node[1] if node[0] in '+-*/' else node[1:]
    out = []
    for c in kids:
        out += leaves(c)
    return out


class Step:
    def __init__(self, name, expr, label, unit):
        self.name, self.src, self.label, self.unit = name, expr, label, unit
        self.tree = parse_expr(expr)


class Template:
    def __init__(self, tid, cat, text, gens, steps, ok=None):
        self.tid, self.cat, self.text, self.gens, self.ok = tid, cat, text, gens, ok
        self.steps = [Step(*s) for s in steps]
        self.units = {k: g.unit for k, g in gens.items()}
        for s in self.steps:
            self.units[s.name] = s.unit
        for s in self.steps:
            for sub in _subnodes(s.tree)[1:]:
                assert sub[0] not in SPECIAL, (tid, s.name)

    def compute(self, givens, override=None):
        """Evaluate all steps; override = {step: value} replaces a step's result
        (used downstream). Returns env or None if something is not representable."""
        env = dict(givens)
        for s in self.steps:
            try:
                v = evaluate(s.tree, env)
            except (ZeroDivisionError, ValueError):
                return None
            if override and s.name in override:
                v = override[s.name]
            env[s.name] = v
        return env

    def valid_env(self, env):
        if env is None:
            return False
        for s in self.steps:
            v = env[s.name]
            if not is_2dp(v):
                return False
            if s.tree[0] == 'idiv':
                a = evaluate(s.tree[1], env)
                b = evaluate(s.tree[2], env)
                if a - v * b < 0:
                    return False
        return True


def _subnodes(node):
    out = [node]
    if node[0] in ('v', 'c'):
        return out
    kids = node[1] if node[0] in '+-*/' else node[1:]
    for c in kids:
        out += _subnodes(c)
    return out


# ---------------------------------------------------------------- perturbations
KINDS = ['+1', '-1', '+2', '-2', 'x10', '+10', 'swap', 'shift']


def canon(v):
    """Canonical decimal string of a 2dp Fraction: 13, 13.5, 13.25."""
    if v.denominator == 1:
        return str(v.numerator)
    s = '%d.%02d' % (int(v), int((v - int(v)) * 100))
    return s.rstrip('0')


def perturb(v, kind, r, money=False):
    """Return wrong value for kind, or None if not applicable."""
    if kind == '+1':
        w = v + 1
    elif kind == '-1':
        w = v - 1
    elif kind == '+2':
        w = v + 2
    elif kind == '-2':
        w = v - 2
    elif kind == 'x10':
        w = v * 10
    elif kind == '+10':
        w = v + 10
    elif kind == 'shift':
        w = v / 10
    elif kind == 'swap':
        s = ('%.2f' % v) if (money and v.denominator != 1) else canon(v)
        cands = [i for i in range(len(s) - 1)
                 if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]
                 and not (i == 0 and s[i + 1] == '0')]
        if not cands:
            return None
        i = cands[r.randrange(len(cands))]
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        w = Fr(t)
    else:
        raise ValueError(kind)
    if w < 0 or w == v or not is_2dp(w):
        return None
    return w
