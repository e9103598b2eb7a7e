"""Expression mini-language, evaluation and rendering of computations."""
import re
from fractions import Fraction as F
from units import qty, num, dec_str, decimals, CONV, conv_note, unit_text, is_count

_TOK = re.compile(r'\s*(?:(\d+(?:\.\d+)?)(?:\[([^\]]+)\])?|([A-Za-z_][A-Za-z0-9_]*)|(\S))')


def tokenize(s):
    out = []
    pos = 0
    s = s.strip()
    while pos < len(s):
        m = _TOK.match(s, pos)
        if not m or m.end() == pos:
            raise ValueError('bad expr %r' % s)
        pos = m.end()
        if m.group(1):
            out.append(('num', F(m.group(1)), m.group(2)))
        elif m.group(3):
            out.append(('var', m.group(3)))
        else:
            out.append(('op', m.group(4)))
    return out


def parse(s):
    toks = tokenize(s)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        t = toks[pos[0]]
        pos[0] += 1
        return t

    def expr():
        n = term()
        while peek() and peek()[0] == 'op' and peek()[1] in '+-':
            op = take()[1]
            n = ('bin', op, n, term())
        return n

    def term():
        n = factor()
        while peek() and peek()[0] == 'op' and peek()[1] in '*/':
            op = take()[1]
            n = ('bin', op, n, factor())
        return n

    def factor():
        t = take()
        if t[0] == 'num':
            return t
        if t[0] == 'var':
            return t
        if t == ('op', '('):
            n = expr()
            assert take() == ('op', ')'), s
            return ('par', n)
        if t == ('op', '-'):
            return ('neg', factor())
        raise ValueError('bad factor in %r' % s)

    n = expr()
    assert pos[0] == len(toks), s
    return n


def ev(n, env):
    k = n[0]
    if k == 'num':
        return n[1]
    if k == 'val':
        return n[1]
    if k == 'var':
        return env[n[1]]
    if k == 'par':
        return ev(n[1], env)
    if k == 'neg':
        return -ev(n[1], env)
    a, b = ev(n[2], env), ev(n[3], env)
    op = n[1]
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def vars_of(n, acc=None):
    acc = [] if acc is None else acc
    if n[0] == 'var':
        acc.append(n[1])
    elif n[0] in ('par', 'neg'):
        vars_of(n[1], acc)
    elif n[0] == 'bin':
        vars_of(n[2], acc)
        vars_of(n[3], acc)
    return acc


def has_par(n):
    if n[0] == 'par':
        return True
    if n[0] == 'neg':
        return has_par(n[1])
    if n[0] == 'bin':
        return has_par(n[2]) or has_par(n[3])
    return False


def reduce_once(n, env):
    """One chain step: evaluate innermost parenthesised groups, else multiplicative terms of a sum."""
    if has_par(n):
        def red(m):
            if m[0] == 'par':
                if has_par(m[1]):
                    return ('par', red(m[1]))
                return ('val', ev(m[1], env))
            if m[0] == 'bin':
                return ('bin', m[1], red(m[2]), red(m[3]))
            if m[0] == 'neg':
                return ('neg', red(m[1]))
            return m
        return red(n)
    if n[0] == 'bin' and n[1] in '+-':
        changed = [False]

        def red2(m):
            if m[0] == 'bin' and m[1] in '+-':
                return ('bin', m[1], red2(m[2]), red2(m[3]))
            if m[0] == 'bin' and m[1] in '*/':
                changed[0] = True
                return ('val', ev(m, env))
            return m
        r = red2(n)
        return r if changed[0] else None
    return None


def chain_stages(n, env):
    stages = []
    cur = n
    while True:
        nxt = reduce_once(cur, env)
        if nxt is None or nxt[0] == 'val':
            break
        stages.append(nxt)
        cur = nxt
    return stages


def chain_values(n, env):
    """all intermediate values that a chain rendering would write"""
    vals = []
    for st in chain_stages(n, env):
        def coll(m):
            if m[0] == 'val':
                vals.append(m[1])
            elif m[0] in ('par', 'neg'):
                coll(m[1])
            elif m[0] == 'bin':
                coll(m[2]); coll(m[3])
        coll(st)
    return vals


class Rend:
    """renders an AST as text in a style"""

    def __init__(self, st, env, units, with_units=True, latex=False):
        self.st = st
        self.env = env
        self.units = units
        self.with_units = with_units
        self.latex = latex
        self.notes = []

    def opsym(self, op):
        st = self.st
        if op == '*':
            return st.mul
        if op == '/':
            return st.div
        if op == '-':
            return st.sub
        return '+'

    def leaf(self, n):
        if n[0] == 'val':
            return num(n[1], self.st)
        if n[0] == 'var':
            v = self.env[n[1]]
            u = self.units.get(n[1])
        else:
            v, u = n[1], n[2]
            if u in CONV:
                self.notes.append((u, v))
                u = None
        if self.with_units and u:
            return qty(v, u, self.st)
        if u and (u == '$' or u.startswith('$/')):
            return qty(v, '$', self.st)
        if u in ('°C', '°F', '%'):
            return qty(v, u, self.st)
        return num(v, self.st)

    def conv_frac(self, n, invert):
        v, u = n[1], n[2]
        self.notes.append(('cancel', u, v))
        big, small = CONV[u]
        top, bot = (qty(1, big, self.st), qty(v, small, self.st)) if invert else (qty(v, small, self.st), qty(1, big, self.st))
        if self.latex:
            return r'\frac{%s}{%s}' % (top, bot)
        return '(%s / %s)' % (top, bot)

    def r(self, n, top=True):
        k = n[0]
        if k in ('num', 'var', 'val'):
            return self.leaf(n)
        if k == 'par':
            return '(' + self.r(n[1]) + ')' if not self.latex else r'\left(' + self.r(n[1]) + r'\right)' if self.st.latex_lr else '(' + self.r(n[1]) + ')'
        if k == 'neg':
            return self.st.minus + self.r(n[1])
        op, a, b = n[1], n[2], n[3]
        if self.st.conv == 'cancel' and op in '*/' and b[0] == 'num' and b[2] in CONV:
            return '%s %s %s' % (self.r(a, False), self.st.mul, self.conv_frac(b, op == '/'))
        if op == '/' and self.st.div == 'frac':
            def strip(m):
                return m[1] if m[0] == 'par' else m
            return r'\frac{%s}{%s}' % (self.r(strip(a)), self.r(strip(b)))
        return '%s %s %s' % (self.r(a, False), self.opsym(op), self.r(b, False))


def render_calc(node, env, units, st, result, res_unit, display=None, with_units=None, latex=None, chain=None):
    """'<expr> = [<chain> =] <result>'  ; returns (text, notes)"""
    wu = st.units_ops if with_units is None else with_units
    lt = st.umode == 'latex' if latex is None else latex
    ch = st.chain if chain is None else chain
    R = Rend(st, env, units, wu, lt)
    parts = [R.r(node)]
    if ch:
        R2 = Rend(st, env, units, False, lt)
        for sg in chain_stages(node, env)[:2]:
            parts.append(R2.r(sg))
    shown = result if display is None else display
    if res_unit:
        parts.append(qty(shown, res_unit, st))
    else:
        parts.append(num(shown, st))
    return ' = '.join(parts), R.notes


def render_formula(f, st, latex=False):
    """f like 'Speed = Distance / Time' (atoms are words)."""
    lhs, rhs = [x.strip() for x in f.split('=', 1)]
    toks = re.findall(r'[()*/+\-]|[^()*/+\-]+', rhs)
    toks = [t.strip() for t in toks if t.strip()]

    def atom(t):
        if re.fullmatch(r'[0-9.]+', t):
            return t
        return r'\text{%s}' % t if latex else t
    # simple precedence parse
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def expr():
        n = term()
        while peek() in ('+', '-'):
            op = toks[pos[0]]; pos[0] += 1
            n = ('bin', op, n, term())
        return n

    def term():
        n = fac()
        while peek() in ('*', '/'):
            op = toks[pos[0]]; pos[0] += 1
            n = ('bin', op, n, fac())
        return n

    def fac():
        t = toks[pos[0]]; pos[0] += 1
        if t == '(':
            n = expr(); pos[0] += 1
            return ('par', n)
        return ('atom', t)

    def rr(n):
        if n[0] == 'atom':
            return atom(n[1])
        if n[0] == 'par':
            return '(' + rr(n[1]) + ')'
        op = n[1]
        if op == '/' and st.div == 'frac' and latex:
            s = lambda m: m[1] if m[0] == 'par' else m
            return r'\frac{%s}{%s}' % (rr(s(n[2])), rr(s(n[3])))
        sym = {'*': st.mul, '/': st.div, '-': st.sub, '+': '+'}[op]
        return '%s %s %s' % (rr(n[2]), sym, rr(n[3]))
    tree = expr()
    return atom(lhs), rr(tree)
