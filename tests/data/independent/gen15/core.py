"""Core pieces of the generator: exact number helpers, the template mini-language,
instantiation of number sets, and the fault machinery (slip / carry / loop).

Everything is exact (fractions.Fraction) and every random choice comes from a
random.Random seeded with a string, so output does not depend on PYTHONHASHSEED.
"""
from fractions import Fraction
import random
import re

F = Fraction

# Units whose quantities may be non-integers (at most 3 decimal places).
DEC_UNITS = {
    'miles', 'mile', 'kilometers', 'kilometer', 'km', 'pounds', 'pound',
    'kilograms', 'kilogram', 'liters', 'liter', 'gallons', 'gallon', 'hours',
    'hour', 'cups', 'cup', 'feet', 'foot', 'meters', 'meter', 'inches', 'inch',
    'ounces', 'ounce', 'yards', 'yard', 'minutes', 'centimeters', 'quarts',
    'tons', 'grams',
}

MAX_VALUE = F(10) ** 6


# ---------------------------------------------------------------- numbers

def dec_str(x, maxdp=3):
    """Shortest exact decimal string of x with at most maxdp places."""
    x = F(x)
    for dp in range(maxdp + 1):
        y = x * 10 ** dp
        if y.denominator == 1:
            n = y.numerator
            if dp == 0:
                return str(n)
            sign = '-' if n < 0 else ''
            s = str(abs(n)).rjust(dp + 1, '0')
            return sign + s[:-dp] + '.' + s[-dp:]
    raise ValueError('not a short terminating decimal: %r' % (x,))


def money_str(x, mode='cents'):
    """Money as a plain number string: '12.50', '12.00' (cents) or '12' (trim)."""
    x = F(x)
    c = x * 100
    if c.denominator != 1:
        raise ValueError('not whole cents: %r' % (x,))
    c = c.numerator
    if mode == 'trim' and c % 100 == 0:
        return str(c // 100)
    return '%d.%02d' % (c // 100, c % 100)


def is_valid(x, kind):
    """Is x an acceptable written value for a quantity of this kind?"""
    if x <= 0 or x >= MAX_VALUE:
        return False
    if kind == 'count':
        return x.denominator == 1
    if kind == 'money':
        return (x * 100).denominator == 1
    if kind == 'dec':
        return (x * 1000).denominator == 1
    if kind == 'pct':
        return 0 < x < 100 and x.denominator == 1
    if kind == 'frac':
        return 0 < x < 1
    raise ValueError(kind)


def plain_str(x, kind, money_mode='cents'):
    if kind == 'money':
        return money_str(x, money_mode)
    return dec_str(x)


# ---------------------------------------------------------------- templates

class Var(object):
    def __init__(self, name, kind, mode, params, annot):
        self.name = name
        self.kind = kind
        self.mode = mode          # 'range' | 'choice' | 'derived'
        self.params = params
        self.annot = annot

    def draw(self, rng, vals):
        if self.mode == 'range':
            lo, hi, st = self.params
            n = int((hi - lo) / st) + 1
            return lo + st * rng.randrange(n)
        if self.mode == 'choice':
            return rng.choice(self.params)
        env = dict(vals)
        return F(eval(self.params, {'__builtins__': {}}, env))


class Operand(object):
    def __init__(self, ref=None, value=None, kind=None, annot=None):
        self.ref = ref
        self.value = value
        self.kind = kind
        self.annot = annot


class Step(object):
    def __init__(self, name, op, a, b, unit, goal, say):
        self.name = name
        self.op = op
        self.a = a
        self.b = b
        self.unit = unit
        self.goal = goal
        self.say = say
        if unit == '$':
            self.kind = 'money'
        elif unit.split()[0].lower() in DEC_UNITS:
            self.kind = 'dec'
        else:
            self.kind = 'count'

    def refs(self):
        return [o.ref for o in (self.a, self.b) if o.ref]


def _num(s):
    return F(s)


def parse_var(item):
    m = re.match(r'^\s*(\w+)\s*=\s*([^\[]*?)\s*(?:\[(.*)\])?\s*$', item)
    if not m:
        raise ValueError('bad var spec: %r' % item)
    name, spec, annot = m.group(1), m.group(2), m.group(3)
    if spec.startswith('@'):
        body = spec[1:]
        kind = 'count'
        if body.startswith('$'):
            kind, body = 'money', body[1:]
        elif body.startswith('~'):
            kind, body = 'dec', body[1:]
        return Var(name, kind, 'derived', body, annot)
    if '..' in spec:
        money = spec.startswith('$')
        body = spec.lstrip('$')
        lo, rest = body.split('..')
        if '/' in rest:
            hi, st = rest.split('/')
        else:
            hi, st = rest, '1'
        lo, hi, st = _num(lo), _num(hi), _num(st)
        if money:
            kind = 'money'
        elif lo.denominator == 1 and hi.denominator == 1 and st.denominator == 1:
            kind = 'count'
        else:
            kind = 'dec'
        return Var(name, kind, 'range', (lo, hi, st), annot)
    # choices
    if spec.endswith('%'):
        kind, body = 'pct', spec[:-1]
    elif spec.startswith('$'):
        kind, body = 'money', spec[1:]
    elif '/' in spec:
        kind, body = 'frac', spec
    elif '.' in spec:
        kind, body = 'dec', spec
    else:
        kind, body = 'count', spec
    vals = [_num(t.strip()) for t in body.split(',')]
    return Var(name, kind, 'choice', vals, annot)


def parse_operand(tok):
    m = re.match(r'^(\$?)(\d+(?:\.\d+)?)(?:\[(.*)\])?$', tok)
    if m:
        v = _num(m.group(2))
        if m.group(1):
            kind = 'money'
        elif v.denominator == 1:
            kind = 'count'
        else:
            kind = 'dec'
        return Operand(value=v, kind=kind, annot=m.group(3))
    if not re.match(r'^\w+$', tok):
        raise ValueError('bad operand %r' % tok)
    return Operand(ref=tok)


def parse_step(t):
    name, expr, unit, goal, say = t
    m = re.match(r'^\s*(\S+)\s+(\+|-|\*|/|pct|of)\s+(.+?)\s*$', expr)
    if not m:
        raise ValueError('bad expr %r' % expr)
    return Step(name, m.group(2), parse_operand(m.group(1)),
                parse_operand(m.group(3)), unit, goal, say)


class Template(object):
    def __init__(self, tid, cat, varspec, text, steps, cond=None):
        self.tid = tid
        self.cat = cat
        self.vars = [parse_var(s) for s in varspec.split(';') if s.strip()]
        self.varmap = dict((v.name, v) for v in self.vars)
        self.text = text
        self.steps = [parse_step(s) for s in steps]
        self.stepmap = dict((s.name, s) for s in self.steps)
        self.cond = cond
        self._validate()

    def _validate(self):
        tid = self.tid
        assert 2 <= len(self.steps) <= 5, tid
        known = set(self.varmap)
        for i, st in enumerate(self.steps):
            for r in st.refs():
                assert r in known, (tid, r)
            if st.op == 'pct':
                assert st.b.ref and self.varmap[st.b.ref].kind == 'pct', tid
            if st.op == 'of':
                assert st.a.ref and self.varmap[st.a.ref].kind == 'frac', tid
            for o in (st.a, st.b):
                if o.ref in self.varmap and self.varmap[o.ref].kind in ('pct', 'frac'):
                    assert st.op in ('pct', 'of'), (tid, st.name)
            for txt in (st.goal, st.say.replace('{R}', ''), st.unit):
                assert not re.search(r'\d', txt), (tid, txt)
            assert st.say.count('{R}') == 1, (tid, st.name)
            assert st.name not in known, (tid, st.name)
            known.add(st.name)
            if i < len(self.steps) - 1:
                assert any(st.name in later.refs() for later in self.steps[i + 1:]), (tid, st.name)
        for v in self.used_vars():
            assert '{%s}' % v in self.text, (tid, v)
        bad = {'is', 'equals', 'times', 'plus', 'minus', 'makes', 'gives', 'x', 'take',
               'divided', 'multiplied', 'comes'}
        for v in self.vars:
            if v.annot:
                assert not re.search(r'\d', v.annot), (tid, v.annot)
                assert not bad & set(v.annot.lower().split()), (tid, v.annot)
        for st in self.steps:
            assert not bad & set(st.unit.lower().split()), (tid, st.unit)

    def used_vars(self):
        out = []
        for st in self.steps:
            for r in st.refs():
                if r in self.varmap and r not in out:
                    out.append(r)
        return out

    def final(self):
        return self.steps[-1]


def apply_op(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        return a / b
    if op == 'pct':
        return a * b / 100
    if op == 'of':
        return a * b
    raise ValueError(op)


def operand_value(o, vals):
    return vals[o.ref] if o.ref else o.value


def eval_steps(tpl, vals, start=0):
    for st in tpl.steps[start:]:
        vals[st.name] = apply_op(st.op, operand_value(st.a, vals), operand_value(st.b, vals))
    return vals


def step_ok(st, x):
    if not is_valid(x, st.kind):
        return False
    if st.kind != 'money' and x == 1:
        return False
    return True


def problem_text(tpl, vals):
    d = {}
    for v in tpl.vars:
        x = vals[v.name]
        if v.kind == 'money':
            d[v.name] = '$' + money_str(x, 'trim')
        elif v.kind == 'pct':
            d[v.name] = dec_str(x) + '%'
        elif v.kind == 'frac':
            d[v.name] = '%d/%d' % (x.numerator, x.denominator)
        else:
            d[v.name] = dec_str(x)
    return tpl.text.format(**d)


def draw_values(tpl, rng):
    """One valid instantiation (or None after too many tries)."""
    for _ in range(20000):
        vals = {}
        ok = True
        for v in tpl.vars:
            x = v.draw(rng, vals)
            if not is_valid(x, v.kind) or (v.kind in ('count', 'dec') and x == 1):
                ok = False
                break
            vals[v.name] = x
        if not ok:
            continue
        if tpl.cond and not eval(tpl.cond, {'__builtins__': {}}, dict(vals)):
            continue
        eval_steps(tpl, vals)
        if all(step_ok(st, vals[st.name]) for st in tpl.steps):
            return vals
    return None


# ---------------------------------------------------------------- faults

KIND_WEIGHTS = [('off_by', 35), ('wrong_op', 25), ('digit_swap', 20),
                ('times10', 10), ('div10', 10)]
ALT_OPS = {'+': ['-', '*'], '-': ['+'], '*': ['+'], '/': ['*', '-']}


def fault_options(tpl, st, vals, plain):
    """kind -> list of (wrong value, detail) for step st, all valid numbers."""
    right = vals[st.name]
    rs = plain(right, st.kind)
    out = dict((k, []) for k, _ in KIND_WEIGHTS)

    def add(kind, w, detail):
        if not step_ok(st, w):
            return
        ws = plain(w, st.kind)
        if ws == rs or F(ws) != w:
            return
        if any(prev == w for prev, _ in out[kind]):
            return
        out[kind].append((w, detail))

    if right.denominator == 1:
        deltas = [1, -1, 2, -2, 3, -3, 10, -10]
    else:
        deltas = [F(1, 10), F(-1, 10), F(1, 100), F(-1, 100)]
    for d in deltas:
        add('off_by', right + d, dec_str(F(d)))
    for i in range(len(rs) - 1):
        a, b = rs[i], rs[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            t = rs[:i] + b + a + rs[i + 2:]
            if len(t) > 1 and t[0] == '0' and t[1] != '.':
                continue
            w = F(t)
            if plain(w, st.kind) == t:
                add('digit_swap', w, t)
    add('times10', right * 10, '')
    add('div10', right / 10, '')
    if st.op in ALT_OPS:
        a = operand_value(st.a, vals)
        b = operand_value(st.b, vals)
        for alt in ALT_OPS[st.op]:
            if alt == '-' and a <= b:
                continue
            add('wrong_op', apply_op(alt, a, b), alt)
    return out


def propagate(tpl, vals, idx, wrong, plain):
    v2 = dict(vals)
    v2[tpl.steps[idx].name] = wrong
    for st in tpl.steps[idx + 1:]:
        x = apply_op(st.op, operand_value(st.a, v2), operand_value(st.b, v2))
        if not step_ok(st, x):
            return None
        v2[st.name] = x
    fin = tpl.final()
    if plain(v2[fin.name], fin.kind) == plain(vals[fin.name], fin.kind):
        return None
    return v2


def weighted_kind(rng, kinds):
    pool = [(k, w) for k, w in KIND_WEIGHTS if kinds.get(k)]
    total = sum(w for _, w in pool)
    x = rng.randrange(total)
    for k, w in pool:
        if x < w:
            return k
        x -= w
    raise AssertionError


def choose_fault(rng, tpl, vals, plain, carry):
    """Pick (step index, kind, wrong value, detail, carried values or None)."""
    cands = []
    for i, st in enumerate(tpl.steps[:-1]):
        opts = fault_options(tpl, st, vals, plain)
        kinds = {}
        for k, _ in KIND_WEIGHTS:
            lst = []
            for w, det in opts[k]:
                if carry:
                    v2 = propagate(tpl, vals, i, w, plain)
                    if v2 is None:
                        continue
                    lst.append((w, det, v2))
                else:
                    lst.append((w, det, None))
            if lst:
                kinds[k] = lst
        if kinds:
            cands.append((i, kinds))
    if not cands:
        return None
    i, kinds = rng.choice(cands)
    kind = weighted_kind(rng, kinds)
    w, det, v2 = rng.choice(kinds[kind])
    return i, kind, w, det, v2


def feasible(tpl, vals):
    """Both a slip and a carry exist whatever the money format."""
    for mode in ('cents', 'trim'):
        def plain(x, kind, mode=mode):
            return plain_str(x, kind, mode)
        if choose_fault(random.Random('probe'), tpl, vals, plain, True) is None:
            return False
        if choose_fault(random.Random('probe'), tpl, vals, plain, False) is None:
            return False
    return True


def cut_points(line):
    """Word-boundary prefixes of line that contain letters but no digits."""
    out = []
    for m in re.finditer(r'[A-Za-z]+(?=[\s,.:;!?])', line):
        p = m.end()
        pre = line[:p]
        if re.search(r'\d', pre):
            break
        if re.search(r'[A-Za-z0-9$]', line[p:]):
            out.append(p)
    return out
