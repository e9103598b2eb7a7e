#!/usr/bin/env python3
"""Render every (template, number set) in one solution style and write the
evaluation set (correct / slip / carry / loop rows) as JSON lines.

    python3 gen.py --out /work/indep7/set.jsonl [--seed 20250607]
"""
import argparse
import json
import random
from fractions import Fraction as Fr

from engine import canon, perturb, KINDS, evaluate, leaves
from templates import build_problems, carry_options, clock_str

DEFAULT_SEED = 20250607

UNITS = {
    'kg': ('kilogram', 'kilograms', 'kg'), 'g': ('gram', 'grams', 'g'), 'lb': ('pound', 'pounds', 'lb'),
    'oz': ('ounce', 'ounces', 'oz'), 'mi': ('mile', 'miles', 'mi'), 'km': ('kilometer', 'kilometers', 'km'),
    'm': ('meter', 'meters', 'm'), 'cm': ('centimeter', 'centimeters', 'cm'), 'ft': ('foot', 'feet', 'ft'),
    'in': ('inch', 'inches', 'in'), 'L': ('liter', 'liters', 'L'), 'mL': ('milliliter', 'milliliters', 'mL'),
    'gal': ('gallon', 'gallons', 'gal'), 'qt': ('quart', 'quarts', 'qt'), 'h': ('hour', 'hours', 'h'),
    'min': ('minute', 'minutes', 'min'), 's': ('second', 'seconds', 's'),
    'mph': ('mile per hour', 'miles per hour', 'mph'), 'kmh': ('kilometer per hour', 'kilometers per hour', 'km/h'),
    'mpg': ('mile per gallon', 'miles per gallon', 'mpg'), 'sqft': ('square foot', 'square feet', 'ft²'),
    'sqm': ('square meter', 'square meters', 'm²'), 'sqcm': ('square centimeter', 'square centimeters', 'cm²'),
    'cc': ('cubic centimeter', 'cubic centimeters', 'cm³'), 'tbsp': ('tablespoon', 'tablespoons', 'tbsp'),
    'cups': ('cup', 'cups', None), 'days': ('day', 'days', None), 'years': ('year', 'years', None),
    'boxes/h': ('box per hour', 'boxes per hour', 'boxes/h'), 'L/min': ('liter per minute', 'liters per minute', 'L/min'),
    'pages/min': ('page per minute', 'pages per minute', 'pages/min'), 'parts/h': ('part per hour', 'parts per hour', 'parts/h'),
    'dozen': ('dozen', 'dozen', None), 'sticks': ('stick', 'sticks', None),
}
PER = {'h': ('hour', 'hr'), 'lb': ('pound', 'lb'), 'gal': ('gallon', 'gal'), 'ft': ('foot', 'ft'),
       'sqft': ('square foot', 'sqft'), 'm': ('meter', 'm'), 'in': ('inch', 'in'), 'bag': ('bag', 'bag')}
MIXED_UNITS = ('cups', 'sticks', 'tbsp')


def singular(w):
    if w.endswith('ies'):
        return w[:-3] + 'y'
    if w.endswith('xes') or w.endswith('ches'):
        return w[:-2]
    if w.endswith('s'):
        return w[:-1]
    return w


def unit_word(unit, v):
    one = (v == 1)
    if unit in UNITS:
        return UNITS[unit][0 if one else 1]
    return singular(unit) if one else unit


class Nota:
    """Notation settings for one rendering."""
    def __init__(self, **kw):
        self.mul, self.div, self.add, self.sub = '×', '÷', '+', '-'
        self.latex = False
        self.code = False        # python-ish numbers
        self.floaty = False      # show 13.0 for float results (code style)
        self.unit = 'none'       # none | word | glued | latex
        self.money = 'full'      # full ($13.00) | short ($13) | bare (13)
        self.commas = True
        self.pct = 'of'          # of | dec | code
        self.frac = 'of'         # of | times | latex | code
        self.mixed = False
        self.tight = False
        self.remainder = 'remainder'   # remainder | r | leftover
        self.__dict__.update(kw)


def plain(v, N):
    s = canon(v)
    if N.commas and not N.latex and not N.code and v >= 1000:
        ip, _, fp = s.partition('.')
        s = '{:,}'.format(int(ip)) + ('.' + fp if fp else '')
    return s


def mixed_str(v):
    w = int(v)
    f = v - w
    if f == 0:
        return str(w)
    fs = '%d/%d' % (f.numerator, f.denominator)
    return fs if w == 0 else '%d %s' % (w, fs)


def fmt(v, unit, N, role, floaty=False):
    if N.code:
        s = canon(v)
        if floaty and v.denominator == 1:
            s += '.0'
        return s
    if unit == 'frac':
        if N.latex:
            return '\\frac{%d}{%d}' % (v.numerator, v.denominator)
        return '%d/%d' % (v.numerator, v.denominator)
    if unit == 'clock':
        return clock_str(v)
    if unit.startswith('$'):
        if N.money == 'bare':
            s = plain(v, N)
        elif N.money == 'short' and v.denominator == 1:
            s = '$' + plain(v, N)
        else:
            s = '%.2f' % v
            if N.commas and v >= 1000:
                ip, fp = s.split('.')
                s = '{:,}'.format(int(ip)) + '.' + fp
            s = '$' + s
        if '/' in unit:
            per = unit.split('/', 1)[1]
            sing, abbr = PER.get(per, (per, per))
            if N.unit == 'glued':
                s += '/' + abbr
            elif N.unit == 'word' and role == 'result':
                s += ' per ' + sing
            elif N.unit == 'latex' and role == 'result':
                s += ' \\text{ dollars per %s}' % sing
        elif N.unit == 'latex' and role == 'result':
            s += ' \\text{ dollars}'
        return s
    if unit == '%':
        return plain(v, N) + ('\\%' if N.latex else '%')
    if N.mixed and unit in MIXED_UNITS and v.denominator in (2, 4):
        s = mixed_str(v)
    else:
        s = plain(v, N)
    if not unit:
        return s
    if N.unit == 'glued':
        if unit in UNITS and UNITS[unit][2]:
            return s + UNITS[unit][2]
        if role == 'result':
            return s + ' ' + unit_word(unit, v)
        return s
    if role == 'result':
        if N.unit == 'word':
            return s + ' ' + unit_word(unit, v)
        if N.unit == 'latex':
            return s + ' \\text{ %s}' % unit_word(unit, v)
    return s


PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


class Ctx:
    """Everything needed to render one problem in one variant."""
    def __init__(self, prob, vals, ovr, rng):
        self.t = prob['template']
        self.steps = self.t.steps
        self.vals = vals          # values of givens and step results as written downstream
        self.ovr = ovr            # {step_name: value} written as that step's result only
        self.rng = rng
        self.units = self.t.units
        self.stepnames = {s.name for s in self.steps}
        self.floaty = {}
        for s in self.steps:
            self.floaty[s.name] = self._is_floaty(s.tree)

    def _is_floaty(self, node):
        k = node[0]
        if k in ('/', 'pct', 'off', 'frac', 'tdiffh'):
            return True
        if k == 'v':
            n = node[1]
            if n in self.floaty:
                return self.floaty[n]
            return self.vals[n].denominator != 1
        if k == 'c':
            return node[1].denominator != 1
        if k == 'idiv':
            return False
        kids = node[1] if k in '+-*' else node[1:]
        return any(self._is_floaty(c) for c in kids)

    def pick(self, options):
        return options[self.rng.randrange(len(options))]

    def final(self):
        return canon(self.vals[self.steps[-1].name])

    def res_value(self, s, use_ovr=True):
        if use_ovr and s.name in self.ovr:
            return self.ovr[s.name]
        return self.vals[s.name]

    def res(self, s, N, use_ovr=True):
        return fmt(self.res_value(s, use_ovr), s.unit, N, 'result', self.floaty[s.name] and N.floaty)

    # ---- expressions
    def leaf(self, node, N, letters=None):
        if node[0] == 'c':
            return plain(node[1], N) if not N.code else canon(node[1])
        name = node[1]
        if letters and name in letters:
            return letters[name]
        return fmt(self.vals[name], self.units[name], N, 'operand', N.floaty and self.floaty.get(name, False))

    def sym(self, op, N):
        return {'+': N.add, '-': N.sub, '*': N.mul, '/': N.div}[op]

    def join(self, parts, op, N):
        sep = self.sym(op, N) if (N.tight and op != '/') else ' %s ' % self.sym(op, N)
        return sep.join(parts)

    def expr(self, node, N, letters=None):
        k = node[0]
        if k in ('v', 'c'):
            return self.leaf(node, N, letters)
        parts = []
        for i, c in enumerate(node[1]):
            s = self.expr(c, N, letters)
            if c[0] in PREC:
                if PREC[c[0]] < PREC[k] or (PREC[c[0]] == PREC[k] and i > 0 and k in '-/'):
                    s = '(' + s + ')'
            parts.append(s)
        return self.join(parts, k, N)

    def lhs(self, s, N):
        """Left-hand side text of step s (before the equals sign)."""
        node = s.tree
        k = node[0]
        if k in PREC:
            return self.expr(node, N)
        a = node[1]
        b = node[2] if len(node) > 2 else None
        if k == 'pct':
            p, x = self.vals[a[1]], self.leaf(b, N)
            if N.pct == 'of':
                return '%s%% of %s' % (plain(p, N), x)
            if N.pct == 'code':
                return '%s * %s / 100' % (x, canon(p))
            return '%s %s %s' % (x, N.mul, canon(p / 100))
        if k == 'off':
            p, x = self.vals[a[1]], self.leaf(b, N)
            if N.pct == 'of':
                return '%s%% off %s' % (plain(p, N), x)
            if N.pct == 'code':
                return '%s * (100 - %s) / 100' % (x, canon(p))
            return '%s %s %s' % (x, N.mul, canon(1 - p / 100))
        if k == 'frac':
            f, x = self.vals[a[1]], self.leaf(b, N)
            nd = (f.numerator, f.denominator)
            if N.frac == 'latex':
                return '\\frac{%d}{%d} \\times %s' % (nd + (x,))
            if N.frac == 'code':
                return '%s * %d / %d' % ((x,) + nd)
            if N.frac == 'times':
                return '%s %s %d/%d' % ((x, N.mul) + nd)
            return '%d/%d of %s' % (nd + (x,))
        if k in ('tdiff', 'tdiffh'):
            t1, t2 = int(self.vals[a[1]]), int(self.vals[b[1]])
            if N.code:
                e = '(%d*60 + %d) - (%d*60 + %d)' % (t2 // 60, t2 % 60, t1 // 60, t1 % 60)
                return '(%s) / 60' % e if k == 'tdiffh' else e
            txt = 'from %s to %s' % (clock_str(t1), clock_str(t2))
            return '\\text{%s}' % txt if N.latex else txt
        if k == 'idiv':
            x, y = self.leaf(a, N), self.leaf(b, N)
            if N.code:
                return '%s // %s' % (x, y)
            return '%s %s %s' % (x, N.div, y)
        raise ValueError(k)

    def rhs(self, s, N, use_ovr=True):
        """Result text, including forced units for time spans and the remainder of idiv."""
        k = s.tree[0]
        v = self.res_value(s, use_ovr)
        if k in ('tdiff', 'tdiffh') and not N.code:
            num = plain(v, N)
            if N.unit == 'glued':
                return num + UNITS[s.unit][2]
            if N.latex:
                return num + ' \\text{ %s}' % unit_word(s.unit, v)
            return num + ' ' + unit_word(s.unit, v)
        out = self.res(s, N, use_ovr)
        if k == 'idiv' and not N.code:
            a = evaluate(s.tree[1], self.vals)
            b = evaluate(s.tree[2], self.vals)
            r = a - self.vals[s.name] * b
            rs = plain(r, N)
            if N.latex:
                out += ' \\text{ remainder } ' + rs
            elif N.remainder == 'r':
                out += ' r ' + rs
            elif N.remainder == 'leftover':
                out += ' with %s left over' % rs
            else:
                out += ' remainder ' + rs
        return out

    def comp(self, s, N, eq='=', use_ovr=True):
        e = eq
        if s.tree[0] in ('tdiff', 'tdiffh') and eq not in ('=', 'is', '→', '=='):
            e = '='
        if N.tight and e in ('=', '==', '→'):
            return '%s%s%s' % (self.lhs(s, N), e, self.rhs(s, N, use_ovr))
        return '%s %s %s' % (self.lhs(s, N), e, self.rhs(s, N, use_ovr))

    def special(self, s):
        return s.tree[0] not in PREC


def cap(s):
    return s[0].upper() + s[1:]


# ====================================================================== styles
# Each style returns (lines, {step_name: line_index}, continued_step_names)

def st_qwen_boxed(c):
    N = Nota(latex=True, money='bare', unit=c.pick(['none', 'latex']), pct='dec', frac='latex',
             mul='\\times', div='\\div')
    L, at = [], {}
    L.append(c.pick(["To solve this problem, we need to break it down into smaller steps.",
                     "To determine the answer, we will follow these steps:",
                     "Let's solve the problem step by step."]))
    L.append('')
    for i, s in enumerate(c.steps):
        verb = c.pick(['Calculate', 'Determine', 'Find'])
        L.append('%d. **%s the %s:**' % (i + 1, verb, s.label))
        L.append('   \\[')
        at[s.name] = len(L)
        L.append('   ' + c.comp(s, N))
        L.append('   \\]')
        L.append('')
    L.append('Therefore, the %s is \\(\\boxed{%s}\\).' % (c.steps[-1].label, c.final()))
    return L, at, set()


def st_llama_steps(c):
    N = Nota(money=c.pick(['full', 'short']), unit='word', pct=c.pick(['of', 'dec']), frac='of')
    L, at = [], {}
    for i, s in enumerate(c.steps):
        verb = c.pick(['Calculate', 'Determine', 'Find'])
        lead = c.pick(['The %s is ', 'We calculate the %s: ', 'To find the %s, we compute '])
        L.append('## Step %d: %s the %s' % (i + 1, verb, s.label))
        at[s.name] = len(L)
        L.append((lead % s.label) + c.comp(s, N) + '.')
        L.append('')
    L.append('The final answer is: $\\boxed{%s}$' % c.final())
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_gsm8k_annot(c):
    N = Nota(code=True, money='bare', pct='code', frac='code', mul='*', div='/', unit='none')
    L, at = [], {}
    for s in c.steps:
        at[s.name] = len(L)
        k = s.tree[0]
        if k in ('tdiff', 'tdiffh'):
            Nt = Nota(money='bare', unit='word', commas=False)
            L.append('%s is %s.' % (cap(c.lhs(s, Nt)), c.rhs(s, Nt)))
            continue
        if k == 'idiv':
            Nt = Nota(money='bare', unit='none', div='/', commas=False)
            L.append('%s: %s = %s.' % (cap(s.label), c.lhs(s, Nt), c.rhs(s, Nt)))
            continue
        lhs = c.lhs(s, N)
        r = canon(c.res_value(s))
        cur = '$' if s.unit.startswith('$') else ''
        tail = ''
        if s.unit and not s.unit.startswith('$') and s.unit != '%':
            tail = ' ' + unit_word(s.unit, c.res_value(s))
        L.append('%s is %s = %s<<%s=%s>>%s%s.' % (cap(s.label), lhs, cur, lhs.replace(' ', ''), r, r, tail))
    L.append('#### ' + c.final())
    return L, at, set()


def st_r1_think(c):
    N = Nota(money=c.pick(['full', 'short']), unit='word', pct='of', frac='of')
    L, at = ['<think>'], {}
    L.append(c.pick(["Okay, let's see. I need to work through this step by step.",
                     "Alright, let me figure this out.",
                     "Okay, so the question is asking for the %s. Let me break it down." % c.steps[-1].label]))
    L.append('')
    for i, s in enumerate(c.steps):
        op = 'First' if i == 0 else c.pick(['Then', 'Next', 'Now', 'After that'])
        ph = c.pick(["That's ", 'So ', '', 'That would be '])
        at[s.name] = len(L)
        L.append('%s, the %s. %s%s.' % (op, s.label, ph, c.comp(s, N)))
        extra = c.pick(['', '', 'Hmm, that seems right.', 'Okay.', 'Right.'])
        if extra:
            L.append(extra)
        L.append('')
    L.append('Wait, let me double-check the last step: %s. Yes, that matches.' % c.comp(c.steps[-1], N, use_ovr=False))
    L.append('</think>')
    L.append('')
    L.append('The %s is **%s**.' % (c.steps[-1].label, c.res(c.steps[-1], N, use_ovr=False)))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_nested_bullets(c):
    N = Nota(money='full', unit='word', pct=c.pick(['of', 'dec']), frac=c.pick(['of', 'times']), mixed=True)
    L, at = [c.pick(["Let's break this down step by step.", "Let's solve this step by step.",
                     "Here's a step-by-step solution."]), ''], {}
    head = c.pick(['num', 'bold'])
    for i, s in enumerate(c.steps):
        if head == 'num':
            L.append('%d. **%s**' % (i + 1, cap(s.label)))
        else:
            L.append('- **Step %d: %s**' % (i + 1, cap(s.label)))
        lab = c.pick(['', 'Calculation: ', 'Compute: '])
        ind = '   ' if head == 'num' else '  '
        at[s.name] = len(L)
        L.append('%s- %s%s' % (ind, lab, c.comp(s, N)))
        note = c.pick(['', '', 'this gives the %s' % s.label])
        if note:
            L.append('%s  - (%s)' % (ind, note))
    L.append('')
    L.append('**Final answer:** %s' % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_parenthetical(c):
    N = Nota(money=c.pick(['full', 'short']), unit='word', pct='of', frac=c.pick(['of', 'times']), mixed=True,
             sub='−', remainder='leftover')
    L, at = [c.pick(["Let me work through this.", "I'll solve this step by step.", "Let me break this down."]), ''], {}
    n = len(c.steps)
    for i, s in enumerate(c.steps):
        if i == 0:
            op = c.pick(['First,', 'To start,'])
        elif i == n - 1:
            op = c.pick(['So', 'That means', 'Finally,'])
        else:
            op = c.pick(['Next,', 'Then', 'Now'])
        at[s.name] = len(L)
        if c.special(s) and s.tree[0] in ('tdiff', 'tdiffh', 'idiv'):
            L.append('%s %s, which is the %s.' % (op, c.comp(s, N), s.label))
        else:
            L.append('%s the %s is %s (%s).' % (op, s.label, c.res(s, N), c.lhs(s, N)))
        L.append('')
    L.append('**Answer: %s**' % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_so_thats(c):
    N = Nota(money='short', unit='word', pct='of', frac='of', mixed=True)
    L, at = [c.pick(["Let's figure this out!", "Okay, let's work through this problem.", "Sure! Let's do this."]), ''], {}
    words = {'+': 'plus', '-': 'minus', '*': 'times', '/': 'divided by'}
    for i, s in enumerate(c.steps):
        form = c.pick(['A', 'B', 'C', 'D'])
        op = 'First' if i == 0 else c.pick(['Next', 'Then', 'Now'])
        node = s.tree
        flat2 = node[0] in words and len(node[1]) == 2 and all(k[0] in ('v', 'c') for k in node[1])
        at[s.name] = len(L)
        if form == 'D' and flat2:
            a, b = (c.leaf(k, N) for k in node[1])
            L.append('%s, the %s: %s %s %s is %s.' % (op, s.label, a, words[node[0]], b, c.rhs(s, N)))
        elif form == 'B':
            L.append('%s for the %s: %s, which gives us %s.' % (op, s.label, c.lhs(s, N), c.rhs(s, N)))
        elif form == 'C':
            L.append('%s, for the %s we do %s and we get %s.' % (op, s.label, c.lhs(s, N), c.rhs(s, N)))
        else:
            L.append("%s we need the %s. So that's %s." % (op, s.label, c.comp(s, N)))
    L.append('')
    L.append('So the answer is %s!' % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_continuation(c):
    N = Nota(money=c.pick(['full', 'short']), unit='none', pct='of', frac='of', sub='−')
    L, at, cont = [c.pick(['Scratch work:', 'Working it out:', "Let me just compute it line by line:"]), ''], {}, set()
    prev = None
    for s in c.steps:
        node = s.tree
        done = False
        if prev is not None and node[0] in PREC and all(k[0] in ('v', 'c') for k in node[1]):
            kids = list(node[1])
            pv = ('v', prev.name)
            if kids[0] == pv or (node[0] in '+*' and pv in kids):
                kids.remove(pv)
                sym = c.sym(node[0], N)
                rest = (' %s ' % sym).join(c.leaf(k, N) for k in kids)
                at[s.name] = len(L)
                L.append('%s %s = %s   (%s)' % (sym, rest, c.rhs(s, N), s.label))
                cont.add(prev.name)
                done = True
        if not done:
            at[s.name] = len(L)
            L.append('%s   (%s)' % (c.comp(s, N), s.label))
        prev = s
    L.append('')
    L.append('So the answer is %s.' % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, cont


def st_colon_glued(c):
    N = Nota(money='full', unit='glued', pct=c.pick(['of', 'dec']), frac='times', commas=c.pick([True, False]))
    L, at = [c.pick(["Let's calculate:", "Calculations:", "Here are the numbers:"]), ''], {}
    for s in c.steps:
        at[s.name] = len(L)
        L.append('%s: %s' % (cap(s.label), c.comp(s, N, eq=c.pick(['=', '=']))))
    L.append('')
    L.append('Answer: %s' % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_socratic(c):
    N = Nota(money=c.pick(['full', 'short']), unit='word', pct='of', frac='of')
    L, at = [], {}
    for s in c.steps:
        q = c.pick(['What is the %s?', 'How do we find the %s?', 'What is the %s, then?'])
        a = c.pick(['The %s is ', '', ''])
        L.append('Q: ' + q % s.label)
        at[s.name] = len(L)
        L.append('A: ' + (a % s.label if a else '') + c.comp(s, N) + '.')
        L.append('')
    L.append('Q: So what is the final answer?')
    L.append('A: %s' % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_code_fence(c):
    N = Nota(code=True, floaty=True, money='bare', pct='code', frac='code', mul='*', div='/', unit='none')
    com = c.pick(['# %s', '# = %s', '# -> %s', '# → %s'])
    L, at = [c.pick(["Let me compute this step by step:", "Here's the calculation:", "We can write the steps as code:"]), '',
                     '```python'], {}
    for s in c.steps:
        at[s.name] = len(L)
        L.append('%s = %s  %s' % (s.name, c.lhs(s, N), com % c.rhs(s, N)))
    L.append('```')
    L.append('')
    Nw = Nota(money='full', unit='word')
    L.append('So the %s is %s.' % (c.steps[-1].label, c.res(c.steps[-1], Nw, use_ovr=False)))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_json_answer(c):
    N = Nota(money='full', unit='word', pct='of', frac='of', commas=False)
    L, at = [c.pick(['Here is the solution in JSON format:', 'Solution (JSON):', 'Structured answer:']), '', '```json', '{',
                     '  "steps": ['], {}
    n = len(c.steps)
    for i, s in enumerate(c.steps):
        at[s.name] = len(L)
        L.append('    "%s: %s"%s' % (cap(s.label), c.comp(s, N), ',' if i < n - 1 else ''))
    L.append('  ],')
    L.append('  "final_answer": %s' % c.final())
    L.append('}')
    L.append('```')
    return L, at, set()


def st_small_model(c):
    mul = c.pick(['x', '*'])
    L, at = [], {}
    for s in c.steps:
        tight = c.pick([True, False])
        eq = c.pick(['=', '=', '→', '=='])
        N = Nota(money='bare', unit='none', pct='of', frac='of', mul=mul, div='/', tight=tight,
                 commas=False, remainder='r')
        at[s.name] = len(L)
        L.append('%s %s' % (s.label, c.comp(s, N, eq=eq)))
    N = Nota(money='bare', unit='none')
    L.append(c.pick(['answer: %s', 'so answer is %s', 'answer = %s']) % c.res(c.steps[-1], N, use_ovr=False))
    L.append('#### ' + c.final())
    return L, at, set()


def st_numbered_summary(c):
    N = Nota(money='full', unit='word', pct=c.pick(['of', 'dec']), frac='of', mixed=True)
    L, at = [c.pick(['**Solution**', '**Step-by-step**', 'Solution:']), ''], {}
    for i, s in enumerate(c.steps):
        at[s.name] = len(L)
        L.append('%d. %s = %s = **%s**' % (i + 1, cap(s.label), c.lhs(s, N), c.rhs(s, N)))
    L.append('')
    Nv = Nota(money='full', unit='none', mixed=True)
    chain = ' → '.join(c.res(s, Nv, use_ovr=False) for s in c.steps)
    L.append('%s %s' % (c.pick(['Summary of results:', 'Results in order:', 'Step results:']), chain))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_let_vars(c):
    N = Nota(money=c.pick(['full', 'short']), unit='none', pct='of', frac='of', sub='−')
    avail = [ch for ch in 'ABCDEFGHJKLMNPQSTUVWYZ']
    letters = {}
    for s in c.steps:
        first = s.label.split()[0][0].upper()
        for w in s.label.split():
            ch = w[0].upper()
            if ch in avail:
                first = ch
                break
        if first not in avail:
            first = avail[0]
        avail.remove(first)
        letters[s.name] = first
    L, at = [c.pick(['Let me define some quantities.', "I'll name each quantity as we go.", 'Define variables:']), ''], {}
    for s in c.steps:
        L.append('Let %s = the %s.' % (letters[s.name], s.label))
        node = s.tree
        symb = None
        if node[0] in PREC:
            lv = leaves(node)
            steps_in = [x for x in lv if x[0] == 'v' and x[1] in letters and x[1] != s.name]
            others = [x for x in lv if x not in steps_in]
            if steps_in and len(others) <= 1:
                symb = c.expr(node, N, letters={k: v for k, v in letters.items() if k != s.name})
        at[s.name] = len(L)
        if symb:
            L.append('%s = %s = %s' % (letters[s.name], symb, c.comp(s, N)))
        else:
            L.append('%s = %s' % (letters[s.name], c.comp(s, N)))
        L.append('')
    last = c.steps[-1]
    L.append('So the answer is %s = %s.' % (letters[last.name], c.res(last, N, use_ovr=False)))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


def st_answer_first(c):
    N = Nota(money='full', unit='word', pct=c.pick(['of', 'dec']), frac='times')
    L, at = [], {}
    L.append(c.pick(['**%s**', '**Answer: %s**', 'Answer: **%s**']) % c.res(c.steps[-1], N, use_ovr=False))
    L.append('')
    L.append(c.pick(['How:', 'Why:', 'Work:']))
    for i, s in enumerate(c.steps):
        at[s.name] = len(L)
        L.append('%d) %s — %s' % (i + 1, c.comp(s, N), s.label))
    L.append('')
    L.append('#### ' + c.final())
    return L, at, set()


STYLES = [
    ('qwen_boxed', st_qwen_boxed), ('llama_steps', st_llama_steps), ('gsm8k_annot', st_gsm8k_annot),
    ('r1_think', st_r1_think), ('nested_bullets', st_nested_bullets), ('parenthetical', st_parenthetical),
    ('so_thats', st_so_thats), ('continuation', st_continuation), ('colon_glued', st_colon_glued),
    ('socratic', st_socratic), ('code_fence', st_code_fence), ('json_answer', st_json_answer),
    ('small_model', st_small_model), ('numbered_summary', st_numbered_summary), ('let_vars', st_let_vars),
    ('answer_first', st_answer_first),
]
STYLE_FN = dict(STYLES)


# ====================================================================== variants
def render(prob, style, seed, vals, ovr):
    rng = random.Random('%s:%s:render' % (seed, prob['pid']))
    c = Ctx(prob, vals, ovr, rng)
    lines, at, cont = STYLE_FN[style](c)
    for ln in lines:
        assert '\n' not in ln
    return lines, at, cont


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def make_rows(prob, style, seed):
    t = prob['template']
    env = prob['env']
    last = t.steps[-1].name
    base = dict(pid=prob['pid'], template=t.tid, style=style, problem=prob['problem'])
    rows = []
    lines, at, cont = render(prob, style, seed, env, {})
    rows.append(dict(base, variant='correct', solution='\n'.join(lines), final=canon(env[last])))

    # slip: one written result wrong, nothing else changes
    r = random.Random('%s:%s:slip' % (seed, prob['pid']))
    elig = [s for s in t.steps if s.name not in cont]
    for _ in range(200):
        s = elig[r.randrange(len(elig))]
        kind = KINDS[r.randrange(len(KINDS))]
        w = perturb(env[s.name], kind, r, money=s.unit.startswith('$'))
        if w is None or (s.tree[0] == 'idiv' and w.denominator != 1):
            continue
        l2, at2, _ = render(prob, style, seed, env, {s.name: w})
        if l2 == lines:
            continue
        diff = [i for i in range(len(lines)) if lines[i] != l2[i]]
        assert diff == [at[s.name]], (prob['pid'], style, diff)
        rows.append(dict(base, variant='slip', solution='\n'.join(l2), final=canon(env[last]),
                         span=line_span(l2, at2[s.name]), wrong=canon(w), right=canon(env[s.name]),
                         step=s.name, kind=kind))
        break
    else:
        raise RuntimeError('no slip for ' + prob['pid'])

    # carry: one step wrong, used consistently downstream
    opts = carry_options(t, prob['givens'], env)
    r = random.Random('%s:%s:carry' % (seed, prob['pid']))
    i, kind = opts[r.randrange(len(opts))]
    s = t.steps[i]
    w = perturb(env[s.name], kind, random.Random('%s:%d:%s' % (t.tid, i, kind)), money=s.unit.startswith('$'))
    env2 = t.compute(prob['givens'], {s.name: w})
    l3, at3, _ = render(prob, style, seed, env2, {})
    assert canon(env2[last]) != canon(env[last])
    rows.append(dict(base, variant='carry', solution='\n'.join(l3), final=canon(env2[last]),
                     span=line_span(l3, at3[s.name]), wrong=canon(w), right=canon(env[s.name]),
                     step=s.name, kind=kind))

    # loop: cut after one computation line, repeat it to 12 copies
    r = random.Random('%s:%s:loop' % (seed, prob['pid']))
    cont_lines = set()
    for j, st in enumerate(t.steps):
        if j > 0 and t.steps[j - 1].name in cont:
            cont_lines.add(at[st.name])
    cand = [at[st.name] for st in t.steps[:-1] if at[st.name] not in cont_lines] or \
           [at[st.name] for st in t.steps if at[st.name] not in cont_lines]
    li = cand[r.randrange(len(cand))]
    l4 = lines[:li + 1] + [lines[li]] * 11
    rows.append(dict(base, variant='loop', solution='\n'.join(l4), final=None))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default='/work/indep7/set.jsonl')
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    a = ap.parse_args()
    probs = build_problems(a.seed)
    order = list(range(len(probs)))
    random.Random('%s:styles' % a.seed).shuffle(order)
    names = [n for n, _ in STYLES]
    style_of = {}
    for k, idx in enumerate(order):
        style_of[idx] = names[k % len(names)]
    rows = []
    for idx, p in enumerate(probs):
        rows.extend(make_rows(p, style_of[idx], a.seed))
    with open(a.out, 'w', encoding='utf-8') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + '\n')
    counts = {}
    for row in rows:
        counts[row['variant']] = counts.get(row['variant'], 0) + 1
    print('wrote %d rows to %s: %s' % (len(rows), a.out, counts))


if __name__ == '__main__':
    main()
