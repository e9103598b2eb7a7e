"""Core machinery: exact numbers, expression trees, writing styles, solution builder."""
import re
from decimal import Decimal, ROUND_HALF_UP, localcontext
from fractions import Fraction as Fr


# ---------------------------------------------------------------- numbers
def fr(x):
    if isinstance(x, Fr):
        return x
    return Fr(str(x))


def canon(v):
    """Canonical minimal decimal text of a terminating fraction."""
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(v.numerator) / Decimal(v.denominator)
    s = format(d.normalize(), 'f')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    if s in ('-0', ''):
        s = '0'
    return s


def to_text(v, places):
    """Round v to `places` (half up). Returns (text, exact) where exact means
    the text equals v exactly (minimal form) - otherwise text keeps `places`."""
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(v.numerator) / Decimal(v.denominator)
        q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if Fr(q) == v:
        return canon(v), True
    s = format(q, 'f')
    if Fr(s) == 0:
        s = s.lstrip('-')
    return s, False


def tol_ok(written, exact):
    """Is `written` (text) an acceptable rounding of exact?"""
    w = Fr(written)
    if '.' in written:
        d = len(written.split('.')[1])
        tol = Fr(1, 2 * 10 ** d)
    else:
        digits = written.lstrip('-')
        k = len(digits) - len(digits.rstrip('0')) if digits != '0' else 0
        tol = Fr(10 ** k, 2)
    return abs(w - exact) <= tol


# ---------------------------------------------------------------- expressions
class Leaf:
    def __init__(self, val, unit=None, show_unit=True):
        self.txt = str(val)
        self.v = fr(val)
        self.unit = unit
        self.show_unit = show_unit


class Fa:
    """Conversion factor: `val` `to` per 1 `frm`."""
    def __init__(self, val, to, frm):
        self.txt = str(val)
        self.v = fr(val)
        self.to = to
        self.frm = frm


class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d
        self.v = Fr(n, d)


class Par:
    def __init__(self, e):
        self.e = e


class Bin:
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


class Ref:
    def __init__(self, q, show_unit=None):
        self.q = q
        self.show_unit = show_unit


def L(v, unit=None, show_unit=True):
    return Leaf(v, unit, show_unit)


def wrap(x):
    if isinstance(x, Q):
        return Ref(x)
    if isinstance(x, (int, str, Fr)):
        return Leaf(x)
    return x


def mul(a, b):
    return Bin('*', wrap(a), wrap(b))


def div(a, b):
    return Bin('/', wrap(a), wrap(b))


def add(a, b):
    return Bin('+', wrap(a), wrap(b))


def sub(a, b):
    return Bin('-', wrap(a), wrap(b))


def par(e):
    return Par(wrap(e))


PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


def ev(e, use='v'):
    if isinstance(e, (Leaf, Fa, Frac)):
        return e.v
    if isinstance(e, Ref):
        return getattr(e.q, use)
    if isinstance(e, Q):
        return getattr(e, use)
    if isinstance(e, Par):
        return ev(e.e, use)
    a, b = ev(e.a, use), ev(e.b, use)
    if e.op == '+':
        return a + b
    if e.op == '-':
        return a - b
    if e.op == '*':
        return a * b
    return a / b


def prec(e):
    if isinstance(e, Bin):
        return PREC[e.op]
    return 3


EXACT_FACTORS = {'2.54', '0.3048', '12', '16', '14', '3', '25.4', '0.9144', '250', '1000', '100', '3.6', '1.8'}


def has_approx(e):
    if isinstance(e, Fa):
        return e.txt not in EXACT_FACTORS
    if isinstance(e, Leaf):
        return e.txt in ('1.609', '2.205', '0.4536', '3.785', '28.35', '29.57', '0.6214', '0.0929', '236.6', '240', '14.79', '4.93')
    if isinstance(e, Bin):
        return has_approx(e.a) or has_approx(e.b)
    if isinstance(e, Par):
        return has_approx(e.e)
    return False


class Q:
    """A computed, written step result."""
    def __init__(self, idx, expr, unit, places, kind):
        self.idx, self.expr, self.unit, self.places, self.kind = idx, expr, unit, places, kind
        self.declared = False
        self.faultable = True


# ---------------------------------------------------------------- styles
TEMP = ('°F', '°C')


class Style:
    name = 'base'
    latex = False
    dim = False

    def __init__(self, r):
        self.r = r
        self.mul, self.div, self.add, self.sub = '×', '÷', '+', '−'
        self.minus = '−'
        self.eq, self.approx = '=', '≈'
        self.sep = ','
        self.uexpr = r.random() < 0.45
        self.degsp = r.random() < 0.5
        self.eq_round_note = r.random() < 0.12
        self.approx_exact = r.random() < 0.15
        self.setup()

    def setup(self):
        pass

    def pick(self, xs):
        return xs[self.r.randrange(len(xs))] if isinstance(xs, (list, tuple)) else xs

    # numbers & units ------------------------------------------------
    def num(self, s):
        neg = s.startswith('-')
        s = s.lstrip('-')
        ip, _, fp = s.partition('.')
        if self.sep and len(ip) > 3:
            parts = []
            while len(ip) > 3:
                parts.insert(0, ip[-3:])
                ip = ip[:-3]
            parts.insert(0, ip)
            ip = self.sep.join(parts)
        out = ip + ('.' + fp if fp else '')
        return (self.minus + out) if neg else out

    def withunit(self, n, unit):
        if not unit:
            return n
        if self.latex:
            if unit in TEMP:
                return f"{n}^\\circ\\text{{{unit[1]}}}"
            if unit == '$':
                return f"\\${n}"
            return f"{n}\\text{{ {unit}}}"
        if unit in TEMP:
            return f"{n} {unit}" if self.degsp else f"{n}{unit}"
        if unit == '$':
            return (f"−${n[1:]}" if n.startswith(self.minus) else f"${n}")
        if unit == '€':
            return f"€{n}"
        return f"{n} {unit}"

    def paren(self, s):
        return f"({s})"

    def frac(self, n, d):
        if self.latex:
            return f"\\frac{{{n}}}{{{d}}}"
        return f"{n}/{d}"

    def factor(self, f, inverse=False):
        n = self.num(f.txt)
        if self.dim:
            if self.latex:
                a, b = (f"{n}\\text{{ {f.to}}}", f"1\\text{{ {f.frm}}}")
                return f"\\frac{{{b}}}{{{a}}}" if inverse else f"\\frac{{{a}}}{{{b}}}"
            return f"(1 {f.frm} / {n} {f.to})" if inverse else f"({n} {f.to} / 1 {f.frm})"
        if self.uexpr and not self.latex:
            return f"{n} {f.to}/{f.frm}"
        return n

    def rel(self, r):
        return self.eq if r == '=' else self.approx

    # layout hooks ------------------------------------------------------
    def begin(self, out, intro):
        out.add(intro)
        out.blank()

    def facts(self, out, fs):
        if len(fs) == 1:
            out.add(self.pick(["We'll use ", "Use ", "Conversion factor: "]) + fs[0] + ".")
        else:
            out.add("Conversion factors: " + "; ".join(fs) + ".")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        raise NotImplementedError

    def chain(self, parts):
        s = parts[0]
        for r, side in parts[1:]:
            s += f" {self.rel(r)} {side}"
        return s

    def note(self, out, text):
        out.add(text)

    def answer(self, out, sentence, v):
        out.blank()
        out.add(sentence.replace('{v}', v))

    def fmt_fact(self, a, ua, r, b, ub):
        if self.latex:
            return f"\\({self.withunit(self.num(a), ua)} {self.rel(r)} {self.withunit(self.num(b), ub)}\\)"
        return f"{self.withunit(self.num(a), ua)} {r} {self.withunit(self.num(b), ub)}"


KEEP = {"I", "Maya", "Liam", "Priya", "Carlos", "Emma", "Kenji", "Sofia", "Omar", "Hannah", "Diego", "Aisha",
        "Lucas", "Grace", "Mateo", "Zoe", "Ravi", "Nina", "Tom", "Leila", "Ben", "Fahrenheit", "Celsius"}


def lc(s):
    if not s or s.split(' ')[0].rstrip("'s,") in KEEP or s[:2].isupper():
        return s
    return s[0].lower() + s[1:]


class MdSteps(Style):
    name = 'md_steps'

    def facts(self, out, fs):
        out.add(self.pick(["**Conversion factors:**", "**Key conversions:**", "**What we need:**"]))
        for f in fs:
            out.add(f"- {f}")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        out.add(f"### Step {k}: {label}")
        out.blank()
        if pre:
            out.add(pre)
            out.blank()
        out.add(self.chain(parts))
        if note:
            out.blank()
            out.add(note)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(self.pick(["### Final Answer", "### Answer", "---"]))
        out.blank()
        out.add(sentence.replace('{v}', f"**{v}**"))


class BoldLabels(Style):
    name = 'bold_labels'

    def setup(self):
        self.inline_note = self.r.random() < 0.5

    def step(self, out, k, label, pre, parts, note):
        line = f"**{label}:** {self.chain(parts)}"
        if note and self.inline_note:
            out.add(line + " — " + lc(note))
        else:
            out.add(line)
            if note:
                out.add(note)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(self.pick(["**Answer:** ", "**Result:** ", ""]) + sentence.replace('{v}', f"**{v}**"))


class Bullets(Style):
    name = 'bullets'

    def setup(self):
        self.b = self.pick(['-', '*', '•'])
        self.opened = False

    def begin(self, out, intro):
        out.add(intro)
        out.blank()

    def facts(self, out, fs):
        out.add(self.pick(["Conversions used:", "Factors:", "Quick facts:"]))
        for f in fs:
            out.add(f"{self.b} {f}")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        if not self.opened:
            out.add(self.pick(["Steps:", "Working:", "Here's the calculation:", "Calculation:"]))
            self.opened = True
        out.add(f"{self.b} {label}: {self.chain(parts)}")
        if note:
            out.add(f"  {note}")

    def answer(self, out, sentence, v):
        out.blank()
        out.add(self.pick(["So ", "Result: ", "Bottom line: "]) + lc(sentence.replace('{v}', v)))


CONN_FIRST = ["First,", "To start,", "Start by noting that we", "We begin by", "Firstly,"]
CONN_NEXT = ["Next,", "Then", "Now", "After that,", "From there,", "Now we"]
CONN_LAST = ["Finally,", "Lastly,", "Last,"]


class Prose(Style):
    name = 'prose'

    def setup(self):
        self.worded = self.r.random() < 0.35
        if self.worded:
            self.mul = 'times'
            self.div = 'divided by'
            self.sub = 'minus'
            self.add = 'plus'
            self.eq = 'equals'
            self.approx = self.pick(['is about', 'is approximately', '≈'])
        self.uexpr = self.uexpr or self.worded
        self.later = self.pick([', which is about', ', or about', ', which rounds to', ' ≈'])
        self.fs = None

    def chain(self, parts):
        s = parts[0]
        for n, (r, side) in enumerate(parts[1:]):
            if self.worded and n > 0 and r == '≈':
                s += f"{self.later} {side}"
            else:
                s += f" {self.rel(r)} {side}"
        return s

    def facts(self, out, fs):
        self.fs = fs

    def step(self, out, k, label, pre, parts, note):
        lab = lc(label)
        c = self.chain(parts)
        first = lab.split(' ')[0]
        if k == 1:
            forms = ["First, {l}: {c}.", "To start, {l}: {c}.", "Step one is to {l}: {c}."]
        else:
            forms = ["Next, {l}: {c}.", "Then {l}: {c}.", "Now {l}: {c}.", "After that, {l}: {c}.", "We then {l}: {c}."]
        if first in VERB_ING:
            forms.append(("We begin by " if k == 1 else "Next comes ") + "{g}: {c}.")
        f = self.pick(forms)
        txt = f.format(l=lab, c=c, g=VERB_ING.get(first, first) + lab[len(first):])
        if k == 1 and self.fs:
            txt = self.pick(["Using ", "With ", "Since "]) + " and ".join(self.fs) + ", we can work it out directly. " + txt
            self.fs = None
        if note:
            txt += " " + note
        out.add(txt)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(self.pick(["Therefore, ", "So ", "That means ", "In conclusion, "]) + lc(sentence.replace('{v}', v)))


VERB_ING = {"convert": "converting", "multiply": "multiplying", "divide": "dividing", "add": "adding",
            "subtract": "subtracting", "find": "finding", "round": "rounding", "work": "working",
            "turn": "turning", "change": "changing", "compute": "computing", "scale": "scaling",
            "express": "expressing", "get": "getting", "take": "taking", "check": "checking",
            "compare": "comparing", "apply": "applying", "split": "splitting", "count": "counting",
            "estimate": "estimating", "use": "using", "put": "putting", "total": "totalling",
            "calculate": "calculating", "write": "writing", "go": "going", "break": "breaking"}


class LatexInline(Style):
    name = 'latex_inline'
    latex = True

    def setup(self):
        self.mul, self.div, self.sub, self.add = '\\times', '\\div', '-', '+'
        self.minus = '-'
        self.approx = '\\approx'
        self.sep = self.pick(['{,}', ','])
        self.uexpr = False

    def paren(self, s):
        return f"({s})"

    def facts(self, out, fs):
        out.add(self.pick(["Recall that ", "We use ", "We'll use "]) + " and ".join(fs) + ".")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        line = f"{label}: \\({self.chain(parts)}\\)."
        if note and self.r.random() < 0.5:
            line += " " + note
            note = None
        out.add(line)
        if note:
            out.add(note)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(sentence.replace('{v}', v))
        out.blank()
        out.add(self.pick([f"\\(\\boxed{{{v}}}\\)", f"**Answer:** \\(\\boxed{{{v}}}\\)", f"Final answer: \\(\\boxed{{{v}}}\\)"]))


class LatexDisplay(LatexInline):
    name = 'latex_display'

    def setup(self):
        super().setup()
        self.mul = self.pick(['\\times', '\\times', '\\cdot'])
        self.delim = self.pick(['brackets', 'dollars', 'multiline'])

    def step(self, out, k, label, pre, parts, note):
        out.add(f"**{label}**" if self.r.random() < 0.5 else f"{label}:")
        if pre:
            out.add(pre)
        c = self.chain(parts)
        if self.delim == 'brackets':
            out.add(f"\\[ {c} \\]")
        elif self.delim == 'dollars':
            out.add(f"$$ {c} $$")
        else:
            out.add("\\[")
            out.add(c)
            out.add("\\]")
        if note:
            out.add(note)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(sentence.replace('{v}', v))
        out.blank()
        out.add(f"\\[ \\boxed{{{v}}} \\]")


class Table(Style):
    name = 'table'

    def setup(self):
        self.rows = []
        self.number = self.r.random() < 0.5
        if self.number:
            self.hdr = self.pick([("Step", "What", "Calculation", "Result"), ("#", "Description", "Work", "Value")])
        else:
            self.hdr = self.pick([("Step", "Calculation", "Result"), ("Conversion", "Working", "Result")])

    def facts(self, out, fs):
        out.add(self.pick(["Factors: ", "Using: ", "Conversions: "]) + ", ".join(fs))
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        calc = parts[0]
        for r, side in parts[1:-1]:
            calc += f" {self.rel(r)} {side}"
        r, last = parts[-1]
        res = last if r == '=' else f"{self.approx} {last}"
        if self.number:
            self.rows.append(f"| {k} | {label} | {calc} | {res} |")
        else:
            self.rows.append(f"| {label} | {calc} | {res} |")

    def flush(self, out):
        if self.rows:
            h = self.hdr
            out.add("| " + " | ".join(h) + " |")
            out.add("|" + "---|" * len(h))
            for row in self.rows:
                out.add(row)
            out.blank()
            self.rows = []

    def note(self, out, text):
        pass

    def answer(self, out, sentence, v):
        self.flush(out)
        out.add(sentence.replace('{v}', f"**{v}**"))


class Terse(Style):
    name = 'terse'

    def setup(self):
        self.labels = self.r.random() < 0.5
        self.uexpr = self.r.random() < 0.6

    def begin(self, out, intro):
        pass

    def facts(self, out, fs):
        for f in fs:
            out.add(f)

    def step(self, out, k, label, pre, parts, note):
        if self.labels:
            out.add(f"{label}: {self.chain(parts)}")
        else:
            out.add(self.chain(parts))

    def answer(self, out, sentence, v):
        out.add(f"Answer: {v}")


class Chatty(Style):
    name = 'chatty'

    def setup(self):
        self.worded = self.r.random() < 0.2
        if self.worded:
            self.mul, self.div, self.eq = 'times', 'divided by', 'equals'
        self.fs = None

    def begin(self, out, intro):
        out.add(self.pick(["Sure thing! ", "Great question! ", "Happy to help! ", "Ooh, a conversion problem — let's do it! ", "Of course! "]) + intro)
        out.blank()

    def facts(self, out, fs):
        out.add(self.pick(["The handy number to remember: ", "The key fact here: ", "All you need is "]) + " and ".join(fs) + ".")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        if k == 1:
            c = self.pick(["First up —", "Okay, first:", "Step one:", "Let's start here:"])
        else:
            c = self.pick(["Next:", "Now", "Then:", "Cool, now", "Moving on:", "Next up —"])
        txt = f"{c} {lc(label)}. {self.chain(parts)}"
        txt += self.pick([".", "!", ". 👍", "."])
        if note:
            txt += " " + note
        out.add(txt)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(self.pick(["So there you have it: ", "Putting it all together: ", "Result: ", "Ta-da! "]) + lc(sentence.replace('{v}', f"**{v}**")) + self.pick(["", " 🎉", " 😊", ""]))


class Textbook(Style):
    name = 'textbook'
    dim = True

    def setup(self):
        self.uexpr = True
        self.ind = self.pick(["    ", "  ", ""])

    def begin(self, out, intro):
        out.add(self.pick(["Solution.", "Solution:", "**Solution**"]))
        out.add(intro)
        out.blank()

    def facts(self, out, fs):
        out.add("Given conversion factor(s): " + "; ".join(fs) + ".")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        out.add(f"Step {k}. {label}.")
        if pre:
            out.add(pre)
        out.add(self.ind + self.chain(parts))
        if note:
            out.add(note)
        out.blank()

    def answer(self, out, sentence, v):
        out.add(self.pick(["Therefore, ", "Hence, ", "Thus, "]) + lc(sentence.replace('{v}', v)))


class Ascii(Style):
    name = 'ascii'

    def setup(self):
        self.mul = self.pick(['*', 'x', '*'])
        self.div = '/'
        self.sub = '-'
        self.minus = '-'
        self.approx = self.pick(['~', '~=', '≈'])
        self.sep = self.pick([',', ''])
        self.uexpr = self.r.random() < 0.3

    def withunit(self, n, unit):
        if unit in TEMP:
            return f"{n} deg {unit[1]}" if self.degsp else f"{n}{unit[1]}"
        return super().withunit(n, unit)

    def fmt_fact(self, a, ua, r, b, ub):
        return f"{self.withunit(self.num(a), ua)} {self.rel(r)} {self.withunit(self.num(b), ub)}"

    def facts(self, out, fs):
        out.add("(" + ", ".join(fs) + ")")
        out.blank()

    def step(self, out, k, label, pre, parts, note):
        out.add(f"{label}: {self.chain(parts)}")
        if note:
            out.add(note)

    def answer(self, out, sentence, v):
        out.blank()
        out.add(sentence.replace('{v}', v))


STYLE_CLASSES = [MdSteps, BoldLabels, Bullets, Prose, LatexInline, LatexDisplay, Table, Terse, Chatty, Textbook, Ascii]
STYLE_NAMES = [c.name for c in STYLE_CLASSES]


# ---------------------------------------------------------------- output buffer
class Out:
    def __init__(self):
        self.lines = []

    def add(self, s):
        self.lines.append(s)

    def blank(self):
        if self.lines and self.lines[-1] != '':
            self.lines.append('')


MARK = re.compile('\x01(\\d+)\x02')


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, style_cls, r, mode='correct', fault=None):
        self.st = style_cls(r)
        self.r = r
        self.mode = mode
        self.fault = fault  # (idx, wrong_text)
        self.steps = []
        self.out = Out()
        self.k = 0
        self.final = None
        self.started = False

    def pick(self, xs):
        return self.st.pick(xs)

    # numbers
    def n(self, q):
        """Plain-text display of a step value for restatements."""
        t = q.t if isinstance(q, Q) else str(q)
        st = self.st
        if st.latex:
            neg = t.startswith('-')
            s = t.lstrip('-')
            ip, _, fp = s.partition('.')
            if len(ip) > 3:
                ip = f"{int(ip):,}"
            return ('-' if neg else '') + ip + ('.' + fp if fp else '')
        return st.num(t)

    def nu(self, q, unit):
        st = self.st
        if st.latex:
            s = self.n(q)
            return f"{s} {unit}" if unit not in TEMP else f"{s} {unit}"
        return st.withunit(self.n(q), unit)

    # steps
    def calc(self, expr, places=2, unit=None, kind='calc'):
        idx = len(self.steps) + 1
        q = Q(idx, expr, unit, places, kind)
        exact = ev(expr, 'v')
        q.exact_val = exact
        t, isexact = to_text(exact, places)
        q.rel = '=' if isexact else '≈'
        q.tc = t
        q.cv = Fr(t)
        q.t = t
        q.rt = t
        if self.fault and self.fault[0] == idx:
            w = self.fault[1]
            q.rt = w
            if self.mode == 'carry':
                q.t = w
        q.v = Fr(q.t)
        self.steps.append(q)
        return q

    def rnd(self, q, places, unit=None):
        r = self.calc(Ref(q), places, unit or q.unit, kind='round')
        r.rel = '≈'
        return r

    def needs_round(self, q, places):
        return not to_text(q.v, places)[1]

    # rendering
    def rnum(self, txt):
        return self.st.num(txt)

    def render(self, e, lead=True, top=False):
        st = self.st
        if isinstance(e, Q):
            e = Ref(e)
        if isinstance(e, Leaf):
            s = st.num(e.txt)
            if e.txt.startswith('-') and not lead:
                s = st.paren(s)
            if e.unit and (top or (st.uexpr and e.show_unit)):
                s = st.withunit(s, e.unit)
            return s
        if isinstance(e, Fa):
            return st.factor(e)
        if isinstance(e, Frac):
            return st.frac(e.n, e.d)
        if isinstance(e, Ref):
            q = e.q
            txt = q.t
            mark = ''
            if not q.declared:
                q.declared = True
                txt = q.rt
                mark = f"\x01{q.idx}\x02"
            s = st.num(txt)
            show = top or (st.uexpr and e.show_unit is not False) or e.show_unit
            if q.unit and show:
                s = st.withunit(s, q.unit)
            if txt.startswith('-') and not lead:
                s = st.paren(s)
            return mark + s
        if isinstance(e, Par):
            return st.paren(self.render(e.e, True))
        if isinstance(e, Bin):
            if st.dim and e.op == '/' and isinstance(e.b, Fa):
                return f"{self.render(e.a, lead)} {st.mul} {st.factor(e.b, inverse=True)}"
            a = self.render(e.a, lead)
            if prec(e.a) < PREC[e.op] and not isinstance(e.a, Par):
                a = st.paren(self.render(e.a, True))
            b = self.render(e.b, False)
            pb = prec(e.b)
            if (pb < PREC[e.op] or (pb == PREC[e.op] and e.op in '-/')) and not isinstance(e.b, Par):
                b = st.paren(self.render(e.b, True))
            elif isinstance(e.b, Frac) and e.op == '/' and not st.latex:
                b = st.paren(b)
            opsym = {'*': st.mul, '/': st.div, '+': st.add, '-': st.sub}[e.op]
            return f"{a} {opsym} {b}"
        raise TypeError(e)

    def rel_between(self, x, y):
        if isinstance(y, Q):
            return y.rel
        return '=' if ev(x, 'cv') == ev(y, 'cv') else '≈'

    def parts(self, items):
        items = [wrap(i) if not isinstance(i, Q) else i for i in items]
        out = [self.render(items[0], True, top=isinstance(items[0], (Q, Ref)) and len(items) == 1)]
        for n, (a, b) in enumerate(zip(items, items[1:])):
            r = self.rel_between(a, b)
            s = self.render(b, True, top=isinstance(b, (Q, Ref)))
            if r == '=' and self.st.approx_exact and isinstance(b, Q) and b.kind == 'calc' and has_approx(b.expr):
                r = '≈'
            if n == len(items) - 2 and isinstance(b, Q) and self.st.eq_round_note and r == '≈' and b.kind == 'calc' and not self.st.latex:
                r = '='
                s += self.pick([" (rounded)", f" (to {b.places} d.p.)" if b.places > 0 else " (rounded)", " (rounded)"])
            out.append((r, s))
        return out

    # layout
    def start(self, intro):
        self.st.begin(self.out, self.pick(intro))

    def facts(self, fs):
        self.st.facts(self.out, [self.st.fmt_fact(*f) for f in fs])

    def step(self, label, chain, pre=None, note=None, rnd=None):
        """chain: a Q (rendered as expr = q) or a list of items. rnd=(places, labels, [same_line_prob])
        adds a rounding step when needed. Returns final Q of the step."""
        if isinstance(chain, Q):
            items = [chain.expr, chain]
            last = chain
        else:
            items = list(chain)
            last = items[-1]
        extra = None
        if rnd is not None and isinstance(last, Q) and self.needs_round(last, rnd[0]):
            r2 = self.rnd(last, rnd[0])
            if self.r.random() < 0.6:
                items.append(r2)
            else:
                extra = r2
            last = r2
        self.k += 1
        parts = self.parts(items)
        nt = note(last) if callable(note) else note
        self.st.step(self.out, self.k, self.pick(label), self.pick(pre) if pre else None, parts, nt)
        if extra is not None:
            self.k += 1
            lab = self.pick(rnd[1]) if len(rnd) > 1 else self.pick(["Round", "Rounding"])
            self.st.step(self.out, self.k, lab, None, self.parts([Ref(extra.expr.q), extra]), None)
        return last

    def note(self, text):
        self.st.note(self.out, text)

    def answer(self, q, sentence):
        self.final = q
        self.st.answer(self.out, self.pick(sentence), self.n(q))

    def finish(self):
        if hasattr(self.st, 'flush'):
            self.st.flush(self.out)
        lines = list(self.out.lines)
        while lines and lines[-1] == '':
            lines.pop()
        decl_line = {}
        clean = []
        for i, ln in enumerate(lines):
            for m in MARK.finditer(ln):
                decl_line.setdefault(int(m.group(1)), i)
            clean.append(MARK.sub('', ln))
        return clean, decl_line
