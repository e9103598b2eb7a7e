"""Writing styles.  Each style instance makes all of its random choices in
__init__ (from a string-seeded Random), then render() is deterministic, so the
four variants of a problem differ only where the fault is."""
import math
from fractions import Fraction as F
from core import dec_str, rnd, ndec

COUNT = {'box': 'boxes', 'post': 'posts', 'bag': 'bags', 'roll': 'rolls', 'sheet': 'sheets', 'board': 'boards',
         'stud': 'studs', 'picket': 'pickets', 'panel': 'panels', 'tile': 'tiles', 'paver': 'pavers', 'strip': 'strips',
         'coat': 'coats', 'hour': 'hours', 'day': 'days', 'section': 'sections', 'piece': 'pieces',
         'bundle': 'bundles', 'square': 'squares', 'row': 'rows', 'pallet': 'pallets', 'shelf': 'shelves',
         'rail': 'rails', 'tube': 'tubes', 'bed': 'beds', 'space': 'spaces', 'painter': 'painters',
         'bucket': 'buckets', 'ton': 'tons'}

# measurement units: list of (singular, plural) variants; variant picked per problem
MEAS = {
    'ft': [('ft', 'ft'), ('foot', 'feet'), ('ft', 'ft')],
    'in': [('in', 'in'), ('inch', 'inches'), ('in', 'in')],
    'sqft': [('sq ft', 'sq ft'), ('ft²', 'ft²'), ('square foot', 'square feet'), ('sq ft', 'sq ft')],
    'sqin': [('sq in', 'sq in'), ('in²', 'in²'), ('square inch', 'square inches')],
    'cuft': [('cu ft', 'cu ft'), ('ft³', 'ft³'), ('cubic foot', 'cubic feet')],
    'cuyd': [('cu yd', 'cu yd'), ('yd³', 'yd³'), ('cubic yard', 'cubic yards')],
    'sqyd': [('sq yd', 'sq yd'), ('yd²', 'yd²'), ('square yard', 'square yards')],
    'gal': [('gal', 'gal'), ('gallon', 'gallons'), ('gallon', 'gallons')],
    'bf': [('bd ft', 'bd ft'), ('board foot', 'board feet'), ('BF', 'BF')],
    'lb': [('lb', 'lb'), ('pound', 'pounds'), ('lb', 'lbs')],
}
TEX = {'ft': '\\text{ ft}', 'in': '\\text{ in}', 'sqft': '\\text{ ft}^2', 'sqin': '\\text{ in}^2', 'cuft': '\\text{ ft}^3',
       'cuyd': '\\text{ yd}^3', 'sqyd': '\\text{ yd}^2', 'gal': '\\text{ gal}', 'bf': '\\text{ bd ft}', 'lb': '\\text{ lb}'}

MONEY_INPUTS = {'pr', 'pp', 'po', 'p1', 'p2', 'p3', 'pad', 'fee', 'b', 'bud', 'ca', 'misc', 'm1', 'day', 'p0', 'ra'}


def cap(s):
    return s[:1].upper() + s[1:]


def lower1(s):
    return s[:1].lower() + s[1:]


class View:
    pass


def make_views(steps, env, written, exact):
    """env: operand values; written: result as written; exact: exact value of each expr under env."""
    vs = {}
    for i, s in enumerate(steps):
        v = View()
        v.s = s
        v.name = s.name
        v.idx = i + 1
        v.w = written[s.name]
        v.exact = exact[s.name]
        v.approx = s.kind in ('calc', 'check') and rnd(exact[s.name], s.dp) != exact[s.name]
        if s.kind == 'ceil':
            inner = s.expr[1][0]
            v.inname = inner[1]
            v.inval = env[inner[1]]
            v.inval_w = written[inner[1]]
            if s.expr[0] == 'ceilto':
                inc = s.expr[1][1][1]
                v.out_w = F(math.ceil(v.inval_w / inc)) * inc
            else:
                v.out_w = F(math.ceil(v.inval_w))
        if s.kind == 'divmod':
            a, b = s.expr[1]
            av = env[a[1]] if a[0] == 'ref' else a[1]
            bv = env[b[1]] if b[0] == 'ref' else b[1]
            v.a, v.b = av, bv
            v.rem = av - v.w * bv
        if s.kind == 'check':
            v.cmpval = env[s.cmp[1]]
            v.cmpunit = None
            for t in steps:
                if t.name == s.cmp[1]:
                    v.cmpunit = t.unit
        vs[s.name] = v
    return vs


class Style:
    name = 'base'
    latex = False
    opsets = [dict(mul=' × ', div=' ÷ ', add=' + ', sub=' − ')]
    p_opunits = 0.3
    approx_syms = ['≈']
    merge_ceil_p = 0.0
    addpct_forms = [0, 0, 0, 2, 3]

    def __init__(self, rng, kd, steps, moneys):
        self.kd = kd
        self.steps = steps
        self.moneys = moneys
        self.uv = rng.randrange(4)
        self.ops = rng.choice(self.opsets)
        self.opunits = rng.random() < self.p_opunits
        self.rate_suffix = rng.random() < 0.5
        self.commas = rng.random() < 0.85
        self.drop_cents = rng.random() < 0.25
        self.money_eq = rng.random() < 0.5
        self.approx = rng.choice(self.approx_syms)
        self.ftin_form = rng.randrange(4)
        self.pct_form = rng.randrange(3)
        self.addpct_form = rng.choice(self.addpct_forms)
        self.pad_factor = rng.random() < 0.5
        self.ch = {s.name: [rng.randrange(1000) for _ in range(6)] for s in steps}
        self.g = [rng.randrange(1000) for _ in range(16)]
        self.merged = set()
        byname = {s.name: s for s in steps}
        for i, s in enumerate(steps):
            if s.kind == 'ceil' and i > 0 and steps[i - 1].name == s.expr[1][0][1] and rng.random() < self.merge_ceil_p:
                self.merged.add(s.name)
        self.setup(rng)

    def setup(self, rng):
        pass

    # ---------------------------------------------------------- numbers & units
    def n(self, v, money=False):
        if money:
            if self.drop_cents and v.denominator == 1:
                s = dec_str(abs(v), 0, commas=self.commas)
            else:
                s = dec_str(abs(v), 2, fixed=True, commas=self.commas)
            if self.latex and self.commas:
                s = s.replace(',', '{,}')
            return ('-' if v < 0 else '') + ('\\$' if self.latex else '$') + s
        d = ndec(v, 6)
        s = dec_str(v, d, commas=self.commas)
        if self.latex and self.commas:
            s = s.replace(',', '{,}')
        return s

    def u(self, key, v=None):
        if not key:
            return ''
        one = v is not None and v == 1
        if key in COUNT:
            w = key if one else COUNT[key]
            return ('\\text{ %s}' % w) if self.latex else w
        if self.latex:
            return TEX[key]
        forms = MEAS[key]
        sg, pl = forms[self.uv % len(forms)]
        return sg if one else pl

    def q(self, v, unit, money=False):
        s = self.n(v, money)
        uu = self.u(unit, v)
        if not uu:
            return s
        if self.latex:
            return s + uu
        return s + ' ' + uu

    def rate_unit(self, unit):
        """'/gal' style suffix for a money rate."""
        if unit in COUNT:
            w = unit
        elif unit in MEAS:
            w = MEAS[unit][self.uv % len(MEAS[unit])][0]
        else:
            return ''
        if self.latex:
            return '\\text{/%s}' % w
        return '/' + w

    # ---------------------------------------------------------- expressions
    def sym(self, op):
        return self.ops[op]

    def leaf_money(self, node):
        return node[0] == 'ref' and node[1] in self.moneys

    def ex(self, node, env, ctx=None):
        t = node[0]
        if t == 'ref':
            v = env[node[1]]
            if node[1] in self.moneys:
                return self.n(v, True)
            if self.opunits and node[2]:
                return self.q(v, node[2])
            return self.n(v)
        if t == 'lit':
            s = node[2] if node[2] is not None else self.n(node[1])
            if self.opunits and node[3]:
                uu = self.u(node[3], node[1])
                s = s + uu if self.latex else s + ' ' + uu
            return s
        if t == 'pct':
            return dec_str(node[1]) + ('\\%' if self.latex else '%')
        kids = node[1]
        if t == 'mul':
            parts = []
            unit_other = None
            for k in kids:
                if k[0] in ('ref', 'lit') and k[-1] and not self.leaf_money(k):
                    unit_other = k[-1]
            for j, k in enumerate(kids):
                s = self.ex(k, env)
                if k[0] in ('add', 'sub'):
                    s = '(' + s + ')'
                if self.leaf_money(k) and self.opunits and self.rate_suffix and unit_other:
                    s = s + self.rate_unit(unit_other)
                parts.append(s)
            if getattr(self, 'implicit', False) and len(kids) == 2 and kids[0][0] == 'lit' and kids[1][0] in ('add', 'sub'):
                return parts[0] + parts[1]
            return self.sym('mul').join(parts)
        if t == 'div':
            a, b = kids
            sa, sb = self.ex(a, env), self.ex(b, env)
            if self.latex and getattr(self, 'use_frac', False):
                return '\\frac{%s}{%s}' % (sa, sb)
            if a[0] in ('add', 'sub'):
                sa = '(' + sa + ')'
            if b[0] in ('add', 'sub', 'mul', 'div'):
                sb = '(' + sb + ')'
            if (self.opunits and b[0] in ('ref', 'lit') and b[-1] and a[0] in ('ref', 'lit') and a[-1] == b[-1]
                    and ctx is not None and ctx.unit and ctx.unit != b[-1] and not self.latex):
                sb = sb + self.rate_unit(ctx.unit) if self.rate_suffix else sb + ' per ' + (ctx.unit if ctx.unit in COUNT else self.u(ctx.unit, 1))
            return sa + self.sym('div') + sb
        if t == 'add':
            return self.sym('add').join(self.ex(k, env) if k[0] != 'sub' else self.ex(k, env) for k in kids)
        if t == 'sub':
            a, b = kids
            sb = self.ex(b, env)
            if b[0] in ('add', 'sub'):
                sb = '(' + sb + ')'
            return self.ex(a, env) + self.sym('sub') + sb
        if t == 'of':
            p, x = kids
            sp, sx = self.ex(p, env), self.ex(x, env)
            if self.latex:
                return sp + ' \\times ' + sx
            if self.pct_form == 0:
                return sp + ' of ' + sx
            if self.pct_form == 1:
                return sx + self.sym('mul') + sp
            return sx + self.sym('mul') + dec_str(p[1] / 100)
        if t == 'addpct':
            x, p = kids
            sx = self.ex(x, env)
            pv = p[1]
            fac = 1 + pv / 100
            f = self.addpct_form
            if self.latex and f == 1:
                f = 0
            if f == 0:
                fs = dec_str(fac, 2, fixed=True) if self.pad_factor else dec_str(fac)
                return sx + self.sym('mul') + fs
            if f == 1:
                return sx + self.sym('add') + dec_str(pv) + '%'
            if f == 2:
                return sx + self.sym('mul') + '(1' + self.sym('add') + dec_str(pv / 100, 2, fixed=True) + ')'
            return sx + self.sym('mul') + dec_str(100 + pv) + ('\\%' if self.latex else '%')
        if t == 'sq':
            s = self.ex(kids[0], env)
            if self.opunits and kids[0][0] == 'ref' and kids[0][2]:
                s = self.n(env[kids[0][1]])
            return s + ('^2' if self.latex else '²')
        if t == 'ftin':
            ft, inch = kids[0][1], kids[1][1]
            return self.ftin(ft, inch)
        raise ValueError(t)

    def ftin(self, ft, inch):
        a, b = self.n(ft), self.n(inch)
        if self.latex:
            return '%s\\text{ ft } %s\\text{ in}' % (a, b)
        f = self.ftin_form
        if f == 0:
            return '%s′ %s″' % (a, b)
        if f == 1:
            return '%s\'%s"' % (a, b)
        if f == 2:
            return '%s ft %s in' % (a, b)
        return '%s + %s/12' % (a, b)

    def rel(self, v):
        if not v.approx:
            return '='
        if v.s.money and self.money_eq:
            return '='
        return '\\approx' if self.latex else self.approx

    def res(self, v):
        return self.q(v.w, v.s.unit, v.s.money)

    def calc(self, v, env, bold=False):
        r = self.rel(v)
        e = self.ex(v.s.expr, env, v.s)
        rs = self.res(v)
        if bold:
            rs = '**' + rs + '**'
        if self.latex:
            return '%s %s %s' % (e, r, rs)
        if r == '= ~':
            return '%s = ~%s' % (e, rs)
        return '%s %s %s' % (e, r, rs)

    def ceil_in(self, v):
        return v.inval_w if v.name in self.merged else v.inval

    def ceil_txt(self, v, form=None):
        """Text of a rounding-up step (not merged)."""
        s = v.s
        iv = self.ceil_in(v)
        out = self.q(v.w, s.unit)
        inn = self.n(iv)
        if form is None:
            form = self.ch[v.name][0] % 4
        if iv == v.w:
            return '%s is already a whole number, so %s' % (inn, out) if s.expr[0] == 'ceil' else \
                '%s is already a round amount, so order %s' % (inn, out)
        if s.expr[0] == 'ceilto':
            return '%s → %s (rounded up)' % (inn, out)
        if form == 0:
            return 'round %s up to %s' % (inn, out)
        if form == 1:
            return '%s → %s' % (inn, out)
        if form == 2:
            return '%s rounds up to %s' % (inn, out)
        return 'round %s up to %s' % (inn, out)

    def merged_tail(self, v):
        """Text appended to the input's line when the rounding is merged."""
        out = self.q(v.w, v.s.unit)
        if self.latex:
            return ' \\Rightarrow %s' % out if False else ' \\to %s' % out
        if v.inval_w == v.w:
            return ', exactly %s' % out
        f = self.ch[v.name][1] % 3
        if f == 0:
            return ' → %s' % out
        if f == 1:
            return ' → round up to %s' % out
        return ' -> %s' % out

    def divmod_txt(self, v, env):
        a = self.ex(v.s.expr[1][0], env)
        b = self.ex(v.s.expr[1][1], env)
        if self.ch[v.name][2] % 2:
            return '%s%s%s = %s R %s' % (a, self.sym('div'), b, self.n(v.w), self.n(v.rem))
        return '%s%s%s = %s remainder %s' % (a, self.sym('div'), b, self.n(v.w), self.n(v.rem))

    def check_txt(self, v, env):
        e = self.calc(v, env)
        cmpq = self.q(v.cmpval, v.cmpunit)
        ge = '\\geq' if self.latex else '≥'
        f = self.ch[v.name][3] % 3
        if self.latex:
            return '%s %s %s' % (e, ge, cmpq)
        if f == 0:
            return '%s ≥ %s ✓' % (e, cmpq)
        if f == 1:
            return '%s, which covers the %s ✓' % (e, cmpq)
        return '%s (≥ %s, good)' % (e, cmpq)

    def final_str(self, v):
        s = self.kd
        if s['fmoney']:
            return self.n(v, True)
        save = self.latex
        self.latex = False
        out = self.q(v, s['aunit'])
        self.latex = save
        return out

    def answer(self, fv, k=0):
        a = self.kd['ans'][(self.g[0] + k) % len(self.kd['ans'])]
        return a.replace('{v}', self.final_str(fv))

    # ---------------------------------------------------------- step text
    def step_body(self, v, env):
        """One-line text of a step in neutral form (used by several styles)."""
        s = v.s
        if s.kind == 'calc':
            return self.calc(v, env)
        if s.kind == 'ceil':
            return self.ceil_txt(v)
        if s.kind == 'divmod':
            return self.divmod_txt(v, env)
        if s.kind == 'check':
            return self.check_txt(v, env)

    def render(self, vs, env, final):
        """Return list of lines, dict step name -> line index."""
        raise NotImplementedError

    # helper used by line-per-step styles
    def walk(self, vs, env, emit):
        """Call emit(view, body) per step; merged ceil steps are appended to their input's body."""
        order = [s.name for s in self.steps]
        out = []
        i = 0
        while i < len(order):
            v = vs[order[i]]
            body = self.step_body(v, env)
            names = [v.name]
            if i + 1 < len(order) and order[i + 1] in self.merged:
                nv = vs[order[i + 1]]
                body = body + self.merged_tail(nv)
                names.append(nv.name)
                i += 1
            out.append((v, body, names))
            i += 1
        return out


# ====================================================================== styles

class MdSteps(Style):
    """GPT-4o-like: markdown '### Step n' headings, bold results."""
    name = 'md_steps'
    opsets = [dict(mul=' × ', div=' ÷ ', add=' + ', sub=' − '), dict(mul=' × ', div=' / ', add=' + ', sub=' - ')]
    p_opunits = 0.5
    merge_ceil_p = 0.2

    def render(self, vs, env, final):
        L, where = [], {}
        intros = ["Let's work through this step by step.", "To estimate %s, we'll go step by step." % self.kd['topic'],
                  "Here's how to calculate it:", "Let's break this down."]
        L += [intros[self.g[1] % 4], '']
        k = 0
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            if s.kind == 'check':
                L.append('**Check:** ' + body)
                L.append('')
                where[v.name] = len(L) - 2
                continue
            k += 1
            L.append('### Step %d: %s' % (k, s.act))
            f = self.ch[v.name][4] % 3
            if s.kind == 'calc':
                core = self.calc(v, env, bold=(f != 1))
                tail = self.merged_tail(vs[names[1]]) if len(names) > 1 else ''
                if f == 0:
                    line = core + tail
                elif f == 1:
                    line = '%s: %s' % (cap(s.label), core + tail)
                else:
                    line = core + tail + ('' if tail else ', so the %s is %s.' % (s.label, self.res(v)))
            elif s.kind == 'ceil':
                if s.expr[0] == 'ceilto':
                    line = 'The supplier sells in fixed increments, so %s.' % body
                else:
                    line = 'Since you can only buy whole units, %s.' % body if v.inval != v.w else cap(body) + '.'
                line = line.replace(self.q(v.w, s.unit), '**' + self.q(v.w, s.unit) + '**')
            else:
                line = body + '.'
            L.append(line)
            for nm in names:
                where[nm] = len(L) - 1
            L.append('')
        L += ['### Final Answer', self.answer(final).replace(self.final_str(final), '**' + self.final_str(final) + '**')]
        return L, where


class BoldBullets(Style):
    """Claude-like: short intro, bullets with bold labels, bold answer, optional tip."""
    name = 'bold_bullets'
    addpct_forms = [0, 0, 2, 1]
    opsets = [dict(mul=' × ', div=' ÷ ', add=' + ', sub=' − ')]
    p_opunits = 0.6
    merge_ceil_p = 0.7

    def render(self, vs, env, final):
        L, where = [], {}
        intros = ["Here's the breakdown:", "Let me work through this.", "Here's how the numbers work out:",
                  "I'll go piece by piece."]
        L += [intros[self.g[1] % 4], '']
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            if s.kind == 'check':
                L.append('- **Check:** ' + body)
            elif s.kind == 'ceil':
                L.append('- **%s:** %s' % (cap(s.label), body))
            else:
                L.append('- **%s:** %s' % (cap(s.label), body))
            for nm in names:
                where[nm] = len(L) - 1
        L += ['', '**Answer: %s**' % self.final_str(final)]
        tips = ['', "It's smart to keep a little extra on hand for touch-ups.",
                'If your measurements are rough, round up rather than down.', '']
        t = tips[self.g[2] % 4]
        if t:
            L += ['', t]
        return L, where


class Terse(Style):
    """Calculator/equation lines, ASCII operators, minimal words."""
    name = 'terse'
    addpct_forms = [0, 1, 1, 3]
    opsets = [dict(mul='*', div='/', add=' + ', sub=' - '), dict(mul=' * ', div=' / ', add=' + ', sub=' - '),
              dict(mul=' x ', div=' / ', add=' + ', sub=' - ')]
    p_opunits = 0.0
    merge_ceil_p = 0.8

    def setup(self, rng):
        self.implicit = rng.random() < 0.5
        self.varstyle = rng.randrange(3)
        self.commas = rng.random() < 0.4

    def render(self, vs, env, final):
        L, where = [], {}
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            nm = s.label.replace(' ', '_').replace('%', 'pct') if self.varstyle == 0 else (s.label if self.varstyle == 1 else None)
            if s.kind == 'check':
                L.append('check: ' + body)
            elif nm and s.kind != 'ceil':
                L.append('%s = %s' % (nm, body) if self.varstyle == 0 else '%s: %s' % (s.label, body))
            elif s.kind == 'ceil':
                L.append('%s: %s' % (s.label, body))
            else:
                L.append(body)
            for x in names:
                where[x] = len(L) - 1
        L.append(['Answer: ', 'ans: ', 'total: '][self.g[1] % 3] + self.final_str(final))
        return L, where


class Forum(Style):
    """Human forum answer: casual paragraphs, several computations per line."""
    name = 'forum'
    addpct_forms = [0, 1, 0, 3]
    opsets = [dict(mul=' x ', div=' / ', add=' + ', sub=' - '), dict(mul=' x ', div=' ÷ ', add=' + ', sub=' - '),
              dict(mul=' times ', div=' divided by ', add=' plus ', sub=' minus ')]
    p_opunits = 0.45
    approx_syms = ['≈', '~', '= ~']
    merge_ceil_p = 0.5

    def render(self, vs, env, final):
        L, where = [], {}
        opens = ['Easy enough to figure out.', 'Not too bad, here is how I would do it.',
                 'Did almost the same job last summer.', 'Quick math for you:']
        L += [opens[self.g[1] % 4], '']
        items = self.walk(vs, env, None)
        para = []
        pnames = []
        per = 2 + self.g[3] % 2
        for j, (v, body, names) in enumerate(items):
            s = v.s
            f = self.ch[v.name][4] % 3
            if s.kind == 'calc':
                if f == 0:
                    t = '%s is %s.' % (cap(s.label), body)
                elif f == 1:
                    t = '%s: %s.' % (s.act, body)
                else:
                    t = '%s, that\'s your %s.' % (cap(body), s.label)
            elif s.kind == 'ceil':
                t = cap(body) + '.'
            elif s.kind == 'check':
                t = 'Sanity check: ' + body + '.'
            else:
                t = cap(body) + '.'
            para.append(t)
            pnames += names
            if len(para) >= per or j == len(items) - 1:
                L.append(' '.join(para))
                for x in pnames:
                    where[x] = len(L) - 1
                L.append('')
                para, pnames = [], []
        closes = ['So %s' % lower1(self.answer(final)), self.answer(final) + ' Good luck with it!',
                  self.answer(final) + ' Always better to have a bit left over than run out mid-job.']
        L.append(closes[self.g[2] % 3])
        return L, where


class LatexDisplay(Style):
    """Llama/Qwen-like: bold step titles with display math blocks and boxed answer."""
    name = 'latex_display'
    latex = True
    opsets = [dict(mul=' \\times ', div=' \\div ', add=' + ', sub=' - ')]
    p_opunits = 0.3
    merge_ceil_p = 0.0

    def setup(self, rng):
        self.use_frac = rng.random() < 0.6
        self.delim = rng.choice([('\\[', '\\]'), ('$$', '$$')])

    def render(self, vs, env, final):
        L, where = [], {}
        L += ['To solve this, we will calculate each quantity in turn.', '']
        k = 0
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            k += 1
            L.append('**Step %d: %s**' % (k, s.act) if s.kind != 'check' else '**Verification**')
            if s.kind == 'ceil':
                iv = self.ceil_in(v)
                if s.expr[0] == 'ceil':
                    m = '\\lceil %s \\rceil = %s' % (self.n(iv), self.q(v.w, s.unit))
                else:
                    m = '%s \\to %s' % (self.n(iv), self.q(v.w, s.unit))
            elif s.kind == 'divmod':
                m = '%s \\div %s = %s \\text{ R } %s' % (self.ex(s.expr[1][0], env), self.ex(s.expr[1][1], env),
                                                       self.n(v.w), self.n(v.rem))
            else:
                m = body
            L += [self.delim[0], m, self.delim[1], '']
            for x in names:
                where[x] = len(L) - 3
        fv = self.n(final, self.kd['fmoney'])
        L.append('Therefore, the answer is $\\boxed{%s}$.' % fv)
        return L, where


class LatexInline(Style):
    """Qwen/DeepSeek-like prose with inline $...$ math."""
    name = 'latex_inline'
    latex = True
    opsets = [dict(mul=' \\times ', div=' \\div ', add=' + ', sub=' - '), dict(mul=' \\cdot ', div=' / ', add=' + ', sub=' - ')]
    p_opunits = 0.0
    merge_ceil_p = 0.0

    def setup(self, rng):
        self.use_frac = rng.random() < 0.5

    def render(self, vs, env, final):
        L, where = [], {}
        L += ['We compute each quantity step by step.', '']
        lead = ['First', 'Next', 'Then', 'Now', 'After that', 'Then']
        k = 0
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            uu = s.unit
            if s.kind == 'calc':
                # unit after the math, in words
                save = self.latex
                e = self.ex(s.expr, env, s)
                r = self.rel(v)
                res = self.n(v.w, s.money)
                self.latex = False
                uw = self.u(uu, v.w) if uu else ''
                self.latex = save
                t = '%s, the %s: $%s %s %s$%s.' % (lead[min(k, 5)], s.label, e, r, res, (' ' + uw) if uw else '')
                if k == 0:
                    t = 'First, the %s: $%s %s %s$%s.' % (s.label, e, r, res, (' ' + uw) if uw else '')
            elif s.kind == 'ceil':
                iv = self.ceil_in(v)
                save = self.latex
                self.latex = False
                uw = self.u(uu, v.w)
                self.latex = save
                if iv == v.w:
                    t = 'That is exactly $%s$ %s, so no rounding is needed.' % (self.n(v.w), uw)
                elif s.expr[0] == 'ceil':
                    t = 'Rounding up, $\\lceil %s \\rceil = %s$ %s.' % (self.n(iv), self.n(v.w), uw)
                else:
                    t = 'Rounding up to the next increment: $%s \\to %s$ %s.' % (self.n(iv), self.n(v.w), uw)
            elif s.kind == 'divmod':
                t = 'Each piece gives $%s \\div %s = %s$ remainder $%s$, so %s full %s.' % (
                    self.ex(s.expr[1][0], env), self.ex(s.expr[1][1], env), self.n(v.w), self.n(v.rem), self.n(v.w),
                    'pieces' if v.w != 1 else 'piece')
            else:
                t = 'Check: $%s$.' % self.check_txt(v, env)
            k += 1
            L.append(t)
            for x in names:
                where[x] = len(L) - 1
        L += ['', self.answer(final), '', 'The answer is $\\boxed{%s}$.' % self.n(final, self.kd['fmoney'])]
        return L, where


class QuoteTable(Style):
    """Contractor-quote table: Line item | Calculation | Amount."""
    name = 'quote_table'
    opsets = [dict(mul=' × ', div=' ÷ ', add=' + ', sub=' − '), dict(mul=' x ', div=' / ', add=' + ', sub=' - ')]
    p_opunits = 0.5
    merge_ceil_p = 0.0

    def render(self, vs, env, final):
        L, where = [], {}
        heads = [('Line item', 'Calculation', 'Amount'), ('Item', 'Math', 'Result'), ('Step', 'Work', 'Value')]
        h = heads[self.g[1] % 3]
        L += ['Here is the estimate laid out like a quote sheet:', '', '| %s | %s | %s |' % h, '|---|---|---|']
        after = []
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            if s.kind == 'calc':
                e = self.ex(s.expr, env, s)
                r = self.rel(v)
                amt = self.res(v) if r == '=' else '≈ ' + self.res(v)
                L.append('| %s | %s | %s |' % (cap(s.label), e, amt))
            elif s.kind == 'ceil':
                iv = self.ceil_in(v)
                if s.expr[0] == 'ceil':
                    c = ('⌈%s⌉' % self.n(iv)) if self.ch[v.name][0] % 2 else '%s, rounded up' % self.n(iv)
                else:
                    c = '%s, rounded up to the next %s' % (self.n(iv), 'quarter' if v.s.expr[1][1][1] == F(1, 4) else 'half')
                L.append('| %s | %s | %s |' % (cap(s.label), c, self.q(v.w, s.unit)))
            elif s.kind == 'divmod':
                e = '%s%s%s' % (self.ex(s.expr[1][0], env), self.sym('div'), self.ex(s.expr[1][1], env))
                L.append('| %s | %s | %s R %s |' % (cap(s.label), e, self.n(v.w), self.n(v.rem)))
            else:
                after.append((v, 'Check: ' + self.check_txt(v, env)))
                continue
            for x in names:
                where[x] = len(L) - 1
        L.append('')
        for v, t in after:
            L.append(t)
            where[v.name] = len(L) - 1
            L.append('')
        L.append('**%s**' % self.answer(final))
        return L, where


class Numbered(Style):
    """Llama/Mistral-like numbered list of sentences."""
    name = 'numbered'
    opsets = [dict(mul=' x ', div=' / ', add=' + ', sub=' - '), dict(mul=' × ', div=' ÷ ', add=' + ', sub=' - '),
              dict(mul=' times ', div=' divided by ', add=' plus ', sub=' minus ')]
    p_opunits = 0.4
    merge_ceil_p = 0.3

    def render(self, vs, env, final):
        L, where = [], {}
        L += ['Let\'s calculate this step by step:', '']
        k = 0
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            k += 1
            f = self.ch[v.name][4] % 3
            if s.kind == 'calc':
                if f == 0:
                    t = '%d. %s: %s' % (k, s.act, body)
                elif f == 1:
                    t = '%d. %s. %s' % (k, s.act, body)
                else:
                    t = '%d. The %s is %s' % (k, s.label, body)
            elif s.kind == 'ceil':
                t = '%d. %s: %s' % (k, s.act, body)
            elif s.kind == 'check':
                t = '%d. Check: %s' % (k, body)
            else:
                t = '%d. %s: %s' % (k, s.act, body)
            L.append(t)
            for x in names:
                where[x] = len(L) - 1
        L += ['', 'Therefore, ' + lower1(self.answer(final))]
        return L, where


class Tutor(Style):
    """Gemma/Phi-like chatty tutor with encouragement and a check."""
    name = 'tutor'
    opsets = [dict(mul=' × ', div=' ÷ ', add=' + ', sub=' − '), dict(mul=' times ', div=' divided by ', add=' plus ', sub=' minus ')]
    p_opunits = 0.3
    merge_ceil_p = 0.3

    def render(self, vs, env, final):
        L, where = [], {}
        opens = ['Great project! Let\'s figure this out together. 😊', 'Happy to help with %s!' % self.kd['topic'],
                 'Good question, this is a classic estimating problem. Let\'s walk through it.']
        L += [opens[self.g[1] % 3], '']
        lead = ['First', 'Next', 'Then', 'Now', 'After that', 'Next']
        k = 0
        items = self.walk(vs, env, None)
        for j, (v, body, names) in enumerate(items):
            s = v.s
            ld = 'Finally' if j == len(items) - 1 and j > 0 else lead[min(k, 5)]
            if s.kind == 'calc':
                t = '**%s, %s:** %s' % (ld, lower1(s.act), body)
            elif s.kind == 'ceil':
                t = '**%s, %s:** %s' % (ld, lower1(s.act), body) if v.inval == v.w else \
                    '**%s, %s:** you can\'t buy a fraction, so %s.' % (ld, lower1(s.act), body)
            elif s.kind == 'check':
                t = 'Let\'s double-check: ' + body
            else:
                t = '**%s, %s:** %s' % (ld, lower1(s.act), body)
            k += 1
            L.append(t)
            for x in names:
                where[x] = len(L) - 1
            L.append('')
        L += ['So, %s 🎉' % lower1(self.answer(final))]
        return L, where


class DiyGuide(Style):
    """DIY blog: heading, 'Step n –' paragraphs, pro tip, bottom line."""
    name = 'diy_guide'
    opsets = [dict(mul=' × ', div=' ÷ ', add=' + ', sub=' − '), dict(mul=' x ', div=' ÷ ', add=' + ', sub=' – ')]
    p_opunits = 0.7
    merge_ceil_p = 0.4

    def render(self, vs, env, final):
        L, where = [], {}
        L += ['## Estimating %s' % self.kd['topic'], '']
        k = 0
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            if s.kind == 'check':
                L.append('> **Double-check:** %s' % body)
                where[v.name] = len(L) - 1
                L.append('')
                continue
            k += 1
            f = self.ch[v.name][4] % 2
            if s.kind == 'calc' and f == 0:
                t = '**Step %d – %s.** %s.' % (k, s.act, cap(body))
            elif s.kind == 'calc':
                t = '**Step %d – %s.** The %s works out to %s.' % (k, s.act, s.label, body)
            else:
                t = '**Step %d – %s.** %s.' % (k, s.act, cap(body))
            L.append(t)
            for x in names:
                where[x] = len(L) - 1
            L.append('')
        tips = ['> **Pro tip:** buy everything from the same batch or lot so colors match.',
                '> **Pro tip:** measure twice and keep receipts; most stores take back unopened extras.',
                '> **Pro tip:** write your measurements on a sketch of the space before you shop.']
        L += [tips[self.g[2] % 3], '', '**Bottom line:** ' + self.answer(final)]
        return L, where


class PlainAssistant(Style):
    """DeepSeek/Mistral-like plain prose, one sentence per line, '·' and '/' operators."""
    name = 'plain'
    opsets = [dict(mul=' · ', div=' / ', add=' + ', sub=' − '), dict(mul=' * ', div=' / ', add=' + ', sub=' - ')]
    p_opunits = 0.2
    approx_syms = ['≈', '≈', '~']
    merge_ceil_p = 0.5

    def setup(self, rng):
        self.implicit = rng.random() < 0.3

    def render(self, vs, env, final):
        L, where = [], {}
        L += ['**Solution:**', '']
        k = 0
        for v, body, names in self.walk(vs, env, None):
            s = v.s
            f = self.ch[v.name][4] % 3
            if s.kind == 'calc':
                if f == 0:
                    t = '%s = %s.' % (cap(s.label), body) if not body.startswith(s.label) else body
                    t = '%s: %s.' % (cap(s.label), body)
                elif f == 1:
                    t = 'So the %s is %s.' % (s.label, body) if k else 'The %s is %s.' % (s.label, body)
                else:
                    t = 'We get %s for the %s.' % (body, s.label)
            elif s.kind == 'check':
                t = 'Check: %s.' % body
            else:
                t = cap(body) + '.'
            k += 1
            L.append(t)
            for x in names:
                where[x] = len(L) - 1
        L += ['', '**Answer:** ' + self.final_str(final)]
        return L, where


STYLES = [MdSteps, BoldBullets, Terse, Forum, LatexDisplay, LatexInline, QuoteTable, Numbered, Tutor, DiyGuide,
          PlainAssistant]
