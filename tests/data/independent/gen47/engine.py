"""Computation steps, evaluation with faults, formatting per style."""
from fractions import Fraction as Fr
from numfmt import dec_str, group, frac_str, terminating

OPS = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
       '*': lambda a, b: a * b, '/': lambda a, b: a / b}


class C:
    """A constant operand with a display format."""
    def __init__(self, v, f):
        self.v = Fr(v)
        self.f = f


class Rf:
    """Reference to the (carried) result of an earlier step."""
    def __init__(self, i, f=None):
        self.i = i
        self.f = f


class Cx:
    """A constant compound like (1 - 0.15), shown in parentheses, then simplified."""
    def __init__(self, op, a, b, f='dec'):
        self.op, self.a, self.b, self.f = op, a, b, f
        self.v = OPS[op](a.v, b.v)


class St:
    """One computation: a op b = result."""
    def __init__(self, op, a, b, f, form='plain', chain=False, title='', why='', say='',
                 alg=None, words=False, note='', ans=False):
        self.op, self.a, self.b, self.f = op, a, b, f
        self.form = form          # plain | of | recip | recip2 | compound | fracdiv
        self.chain = chain        # result is a state value (for arrow chains)
        self.title, self.why, self.say = title, why, say
        self.alg = alg            # (phrase, lhs) for algebra style
        self.words = words        # write this computation with words
        self.note = note
        self.ans = ans


def opval(o, carried):
    if isinstance(o, Rf):
        return carried[o.i]
    return o.v


def opfmt(o, steps):
    if isinstance(o, Rf):
        return o.f or steps[o.i].f
    return o.f


def evaluate(steps, fault=None):
    """fault = (index, wrong_value, mode) with mode 'slip' or 'carry'.
    Returns (written, carried, true) lists."""
    written, carried, true = [], [], []
    for i, s in enumerate(steps):
        a = opval(s.a, carried)
        b = opval(s.b, carried)
        t = OPS[s.op](a, b)
        w = t
        c = t
        if fault is not None and fault[0] == i:
            w = fault[1]
            c = w if fault[2] == 'carry' else t
        written.append(w)
        carried.append(c)
        true.append(t)
    return written, carried, true


class Sym:
    def __init__(self, mul='×', div='÷', minus='−', plus='+', latex=False, cur=True,
                 commas=True, cents=False, eq='='):
        self.mul, self.div, self.minus, self.plus = mul, div, minus, plus
        self.latex, self.cur, self.commas, self.cents, self.eq = latex, cur, commas, cents, eq

    def opsym(self, op):
        return {'+': self.plus, '-': self.minus, '*': self.mul, '/': self.div}[op]


def num(v, sym, places=None):
    s = dec_str(v, places)
    if sym.commas and abs(v) >= 1000:
        s = group(s, '{,}' if sym.latex else ',')
    if s.startswith('-'):
        s = sym.minus + s[1:]
    return s


def fmt_calc(v, f, sym):
    """Format a value inside a computation."""
    v = Fr(v)
    if f == 'money':
        places = 2 if (v.denominator != 1 or sym.cents) else 0
        if terminating(v) is not None and terminating(v) > 2:
            places = None
        s = num(v, sym, places)
        if sym.cur:
            return ('\\$' if sym.latex else '$') + s
        return s
    if f == 'pct':
        return num(v * 100, sym) + ('\\%' if sym.latex else '%')
    if f == 'frac':
        if v.denominator == 1:
            return str(v.numerator)
        return frac_str(v, sym.latex)
    return num(v, sym)


def fmt_prose(v, f, noun=None, latex=False):
    """Format a value in running prose."""
    v = Fr(v)
    if f == 'money':
        places = 2 if v.denominator != 1 else 0
        if terminating(v) is not None and terminating(v) > 2:
            places = None
        s = dec_str(v, places)
        if abs(v) >= 1000:
            s = group(s)
        return '$' + s
    if f == 'pct':
        return dec_str(v * 100) + '%'
    if f == 'frac':
        return frac_str(v)
    s = dec_str(v)
    if abs(v) >= 1000:
        s = group(s)
    if f == 'cnt' and noun:
        return s + ' ' + (noun[1] if v == 1 else noun[0])
    return s


def final_str(v):
    return dec_str(Fr(v))


# ---------- wrong values ----------

def _digits_variants(s):
    """s: decimal string without sign/commas. Yields (kind, string)."""
    out = []
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    # swap adjacent digits
    for j in range(len(ds) - 1):
        i1, i2 = ds[j], ds[j + 1]
        if s[i1] != s[i2]:
            t = list(s)
            t[i1], t[i2] = t[i2], t[i1]
            out.append(('swap', ''.join(t)))
    # drop a digit
    if len(ds) >= 2:
        for i in ds:
            t = s[:i] + s[i + 1:]
            if t and not t.startswith('.') and not t.endswith('.'):
                out.append(('drop', t))
    # double a digit
    for i in ds:
        out.append(('dup', s[:i] + s[i] + s[i:]))
    return out


def wrong_candidates(step, a, b, t):
    """Realistic wrong written results for step with operands a, b and true t."""
    f = step.f
    cands = []
    if f == 'frac' and Fr(t).denominator != 1:
        t = Fr(t)
        cands += [('off1', Fr(t.numerator + 1, t.denominator)),
                  ('off1', Fr(t.numerator, t.denominator + 1)),
                  ('off1', Fr(max(1, t.numerator - 1), t.denominator))]
    else:
        scale = Fr(100) if f == 'pct' else Fr(1)
        tv = Fr(t) * scale
        k = terminating(tv) or 0
        unit = Fr(1, 10 ** k)
        cands += [('off1', (tv + unit) / scale), ('off1', (tv - unit) / scale)]
        if tv >= 20 * unit:
            cands += [('off10', (tv + 10 * unit) / scale), ('off10', (tv - 10 * unit) / scale)]
        s = dec_str(tv)
        for kind, ss in _digits_variants(s):
            try:
                cands.append((kind, Fr(ss) / scale))
            except ValueError:
                pass
        if tv >= 10 or k > 0:
            cands.append(('shift', Fr(t) * 10))
            cands.append(('shift', Fr(t) / 10))
    # wrong operation
    alt = {'+': ['-', '*'], '-': ['+'], '*': ['+', '/'], '/': ['*', '-']}[step.op]
    for o in alt:
        try:
            cands.append(('wrongop', OPS[o](Fr(a), Fr(b))))
        except ZeroDivisionError:
            pass
    res = []
    seen = set()
    for kind, w in cands:
        w = Fr(w)
        if w == t or w <= 0:
            continue
        if f == 'frac':
            if w.denominator > 20 or w.numerator > 200:
                continue
        else:
            d = terminating(w)
            if d is None or d > (4 if f in ('dec', 'pct') else 2):
                continue
        key = (kind, w)
        if key in seen:
            continue
        seen.add(key)
        res.append((kind, w))
    return res
