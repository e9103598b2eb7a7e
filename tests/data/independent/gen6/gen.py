#!/usr/bin/env python3
"""Render templates into solutions in many LLM-like styles, with seeded faults.

Usage: python3 gen.py [--seed N] [--out set.jsonl]
MIT License - original work written from scratch for this evaluation set.
"""
import argparse
import json
import random
from fractions import Fraction as Fr

from engine import evaluate, valid_results, problem_text, two_dp, is_literal, NAMES
import templates
assert not templates.FAILED, templates.FAILED

DEFAULT_SEED = 6061

# ---------------------------------------------------------------- numbers

def dec(v, places=None, thou=''):
    """Exact decimal string of a terminating Fraction."""
    v = Fr(v)
    n, d = v.numerator, v.denominator
    k = 0
    while (10 ** k) % d:
        k += 1
        assert k < 12, v
    if places is not None:
        assert places >= k
        k = places
    digits = str(abs(n) * (10 ** k) // d)
    if k:
        digits = digits.rjust(k + 1, '0')
        ip, fp = digits[:-k], digits[-k:]
    else:
        ip, fp = digits, ''
    if thou and len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        ip = ip + thou + thou.join(groups)
    return ('-' if n < 0 else '') + ip + ('.' + fp if fp else '')


def plain(v):
    return dec(v)


class Fmt:
    def __init__(self, mul='×', div='÷', sub='−', add='+', cur='$', money2=True,
                 thou=',', latex=False, pct='of', frac='of', op_units=False,
                 res_units=True, pct_dec_pad=False):
        self.__dict__.update(locals())
        del self.__dict__['self']

    def unit(self, u):
        if not u:
            return ''
        return ('\\text{ %s}' % u) if self.latex else (' ' + u)

    def v(self, val, kind, unit=None, show_unit=False):
        if kind == 'money':
            s = dec(val, 2 if (self.money2 or val.denominator != 1) else None, self.thou)
            if self.cur:
                return self.cur + s
            return s + (self.unit('dollars') if show_unit else '')
        if kind == 'pct':
            return dec(val, None, self.thou) + ('\\%' if self.latex else '%')
        s = dec(val, None, self.thou)
        if show_unit and unit:
            s += self.unit(unit)
        return s

    def arg(self, a):
        val, kind, unit = a
        return self.v(val, kind, unit, self.op_units)

    def pdec(self, p):
        s = dec(Fr(p) / 100)
        if self.pct_dec_pad and len(s.split('.')[-1]) == 1:
            s += '0'
        return s

    def expr(self, e, mode=None):
        op, args = e['op'], e['args']
        A = [self.arg(a) for a in args]
        if op == 'add':
            return (' %s ' % self.add).join(A)
        if op == 'sub':
            return (' %s ' % self.sub).join(A)
        if op == 'mul':
            return (' %s ' % self.mul).join(A)
        if op in ('div', 'fdiv'):
            return '%s %s %s' % (A[0], self.div, A[1])
        if op == 'pct':
            p = args[0][0]
            x = A[1]
            m = mode or self.pct
            ps = self.v(p, 'pct')
            if m == 'of':
                return '%s of %s' % (ps, x)
            if m == 'times':
                return '%s %s %s' % (ps, self.mul, x)
            if m == 'dec':
                return '%s %s %s' % (self.pdec(p), self.mul, x)
            if m == 'chain':
                return '%s of %s = %s %s %s' % (ps, x, self.pdec(p), self.mul, x)
            if m == 'latexfrac':
                return '\\frac{%s}{100} \\times %s' % (dec(p), x)
            if m == 'gsm':
                return '%s*%s/100' % (x, dec(p))
        if op == 'frac':
            n, d = dec(args[0][0]), dec(args[1][0])
            x = A[2]
            m = mode or self.frac
            if m == 'of':
                return '%s/%s of %s' % (n, d, x)
            if m == 'mul':
                return '%s %s %s/%s' % (x, self.mul, n, d)
            if m == 'latex':
                return '\\frac{%s}{%s} \\times %s' % (n, d, x)
            if m == 'div':
                return '%s %s %s %s %s' % (x, self.div, d, self.mul, n)
            if m == 'gsm':
                return '%s*%s/%s' % (x, n, d)
        raise ValueError((op, mode))

    def res(self, e, val=None):
        val = e['res'] if val is None else val
        if e['op'] == 'fdiv':
            r = e['args'][0][0] - e['args'][1][0] * val
            word = '\\text{ remainder }' if self.latex else ' remainder '
            return dec(val) + word + dec(r)
        return self.v(val, e['kind'], e['unit'], self.res_units)

    def eq(self, e, mode=None):
        return '%s = %s' % (self.expr(e, mode), self.res(e))

    def true(self, e):
        return self.v(e['true'], e['kind'], e['unit'], True)


def cap(s):
    return s[:1].upper() + s[1:]


def inverse(e, F, worded=False):
    """A check computation for a binary step (uses the step's value as written)."""
    op, args = e['op'], e['args']
    if len(args) != 2 or op not in ('add', 'sub', 'mul', 'div'):
        return None
    a, b = args
    r = (e['res'], e['kind'], e['unit'])
    fa = lambda x: F.v(x[0], x[1], x[2], False)
    if op == 'add':
        sym, x, y, z = F.sub, r, b, a
        word = 'minus'
    elif op == 'sub':
        sym, x, y, z = F.add, r, b, a
        word = 'plus'
    elif op == 'mul':
        if b[0] == 0:
            return None
        sym, x, y, z = F.div, r, b, a
        word = 'divided by'
    else:
        sym, x, y, z = F.mul, r, b, a
        word = 'times'
    if worded:
        return '%s %s %s is %s' % (fa(x), word, fa(y), fa(z))
    return '%s %s %s = %s' % (fa(x), sym, fa(y), fa(z))


# ---------------------------------------------------------------- styles
# each style: f(ctx, rng) -> (lines, step_line_index_list)
# ctx: dict(trace, final_entry, name, he, goal, fin)

def goal_of(ctx):
    return 'the ' + ctx['trace'][-1]['label']


def st_qwen(ctx, rng):
    F = Fmt(mul='\\times', div='\\div', sub='-', cur='', thou='{,}', latex=True,
            pct=rng.choice(['dec', 'latexfrac']), frac='latex', money2=True,
            pct_dec_pad=rng.random() < 0.5)
    L, idx = [], []
    L.append(rng.choice(['To solve this problem, we need to find %s. We follow these steps:',
                         'To determine %s, we follow these steps:',
                         'To find %s, we will break the problem into smaller steps:']) % goal_of(ctx))
    L.append('')
    for i, e in enumerate(ctx['trace']):
        L.append('%d. **%s:**' % (i + 1, cap(rng.choice(['calculate the ', 'find the ', 'determine the ']) + e['label'])))
        L.append('   ' + rng.choice(['We compute:', 'The %s is:' % e['label'], 'This gives us:']))
        idx.append(len(L))
        L.append('   \\[ %s \\]' % F.eq(e))
        L.append('')
    L.append('Therefore, %s is \\(\\boxed{%s}\\).' % (goal_of(ctx), ctx['fin']))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_llama(ctx, rng):
    F = Fmt(mul='*', div='/', sub='-', cur='$', thou='', pct=rng.choice(['dec', 'times']),
            frac='mul', money2=True)
    L, idx = [], []
    for i, e in enumerate(ctx['trace']):
        L.append('## Step %d: %s' % (i + 1, rng.choice(['Calculate', 'Determine', 'Find']) + ' the ' + e['label']))
        idx.append(len(L))
        L.append(rng.choice(['The %s is %s.', 'To get the %s, we compute %s.',
                             'The %s can be found as %s.']) % (e['label'], F.eq(e)))
        L.append('')
    L.append('The final answer is: $\\boxed{%s}$' % ctx['fin'])
    return L, idx


def st_gpt4o(ctx, rng):
    F = Fmt(mul='×', div='÷', sub='−', cur='$', thou=',', pct='chain', frac='mul',
            money2=True, pct_dec_pad=True)
    L, idx = [], []
    L.append(rng.choice(["To find %s, let's break it down step by step.",
                         "Let's solve this step by step to find %s."]) % goal_of(ctx))
    L.append('')
    for i, e in enumerate(ctx['trace']):
        L.append('### Step %d: %s' % (i + 1, cap(e['label'])))
        idx.append(len(L))
        L.append('- **%s:** %s' % (cap(e['label']), F.eq(e)))
        L.append('')
    last = ctx['trace'][-1]
    L.append('**Final answer:** The %s is **%s**.' % (last['label'], F.true(last)))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_claude(ctx, rng):
    F = Fmt(mul='×', div='÷', sub='-', cur='$', thou=',', pct=rng.choice(['of', 'dec']),
            frac='of', money2=False)
    L, idx = [], []
    L.append(rng.choice(["Let me work through this step by step.",
                         "I'll break this into a few pieces.",
                         "Let's work it out piece by piece."]))
    L.append('')
    tr = ctx['trace']
    i = 0
    first = True
    while i < len(tr):
        size = rng.choice([1, 2, 2])
        group = tr[i:i + size]
        sents = []
        for e in group:
            bold = rng.random() < 0.3
            r = F.res(e)
            if bold and e['op'] != 'fdiv':
                r = '**%s**' % r
            eq = '%s = %s' % (F.expr(e), r)
            share = rng.random() < 0.7
            if share and e['op'] == 'div' and e['args'][1][2] in SHARE_UNITS and e['args'][1][1] == 'num':
                eq = '%s split equally among %s %s, each gets %s' % (
                    F.arg(e['args'][0]), F.arg(e['args'][1]), e['args'][1][2], r)
            opener = 'First' if first else rng.choice(['Next', 'Then', 'After that'])
            first = False
            tmpl = rng.choice(['%s, the %s: %s.', '%s I need the %s, which is %s.',
                               '%s, the %s comes to %s.', '%s, for the %s: that gives %s.'])
            if tmpl.startswith('%s I'):
                opener += ','
            sents.append(tmpl % (opener, e['label'], eq))
            idx.append(len(L))
        L.append(' '.join(sents))
        L.append('')
        i += size
    last = tr[-1]
    L.append('**Answer: %s**' % F.true(last))
    return L, idx


def st_r1(ctx, rng):
    F = Fmt(mul='×', div='÷', sub='-', cur='$', thou=',', pct='of', frac='of', money2=False)
    L, idx = [], []
    L.append('<think>')
    L.append(rng.choice(['Okay, so I need to figure out %s. Let me read the problem again carefully.',
                         'Okay, let me see. The question asks for %s.',
                         'Alright, so the problem wants %s. Let me break it down.']) % goal_of(ctx))
    L.append('')
    n = len(ctx['trace'])
    for i, e in enumerate(ctx['trace']):
        worded = rng.random() < 0.5 and len(e['args']) == 2 and e['op'] in ('add', 'sub', 'mul', 'div')
        do_check = rng.random() < 0.6
        lead = rng.choice(['Okay, the %s.', 'Now the %s.', 'Next, the %s.', 'Then I need the %s.'])
        if i == 0:
            lead = 'First, the %s.'
        if i == n - 1:
            lead = rng.choice(['Finally, the %s.', 'So the %s.'])
        lead = lead % e['label']
        if worded:
            w = {'add': 'plus', 'sub': 'minus', 'mul': 'times', 'div': 'divided by'}[e['op']]
            a, b = [F.arg(x) for x in e['args']]
            comp = '%s %s %s is %s.' % (a, w, b, F.res(e))
        else:
            comp = 'Let me compute: %s.' % F.eq(e)
        line = lead + ' ' + comp
        inv = inverse(e, F, worded=True)
        if do_check and inv and not e['faulty']:
            line += ' Wait, let me double-check: %s. Yes, that matches.' % inv
        idx.append(len(L))
        L.append(line)
        if rng.random() < 0.3 and i < n - 1:
            L.append(rng.choice(['Hmm, okay.', 'That seems right.', 'Okay, moving on.']))
        L.append('')
    L.append('I think that is it.')
    L.append('</think>')
    L.append('')
    L.append('**Solution:**')
    L.append('')
    for e in ctx['trace']:
        L.append('- %s: %s' % (cap(e['label']), F.true(e)))
    L.append('')
    L.append('**Final Answer**')
    L.append('\\[')
    L.append('\\boxed{%s}' % ctx['fin'])
    L.append('\\]')
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_table(ctx, rng):
    F = Fmt(mul='×', div='÷', sub='−', cur='$', thou=',', pct=rng.choice(['of', 'times']),
            frac='mul', money2=True)
    L, idx = [], []
    L.append(rng.choice(["Let's organize the calculation in a table.",
                         'Here is the calculation, one row per quantity:']))
    L.append('')
    hdr = rng.choice([('Step', 'Quantity', 'Calculation', 'Result'),
                      ('#', 'What we find', 'Computation', 'Value')])
    L.append('| %s |' % ' | '.join(hdr))
    L.append(rng.choice(['|---|---|---|---|', '|:-:|:--|:--|--:|']))
    for i, e in enumerate(ctx['trace']):
        idx.append(len(L))
        L.append('| %d | %s | %s | %s |' % (i + 1, cap(e['label']), F.expr(e), F.res(e)))
    L.append('')
    last = ctx['trace'][-1]
    L.append('**Total: %s** (%s)' % (F.true(last), last['label']))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_gemma(ctx, rng):
    F = Fmt(mul='x', div='/', sub='-', cur='$', thou=',', pct='of', frac='of', money2=True,
            op_units=True)
    L, idx = [], []
    L.append("Here's how to solve this problem:")
    L.append('')
    for i, e in enumerate(ctx['trace']):
        L.append('**%d. %s:**' % (i + 1, cap(rng.choice(['find the ', 'calculate the ', '']) + e['label'])))
        L.append('')
        idx.append(len(L))
        L.append('* %s' % F.eq(e))
        L.append('')
    last = ctx['trace'][-1]
    inv = inverse(dict(last, res=last['true']), F)
    if inv and rng.random() < 0.7:
        L.append('Check: %s ✓' % inv)
        L.append('')
    L.append('**Answer:** The %s is %s.' % (last['label'], F.true(last)))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


VERB = {'add': 'we add the amounts', 'sub': 'we subtract', 'mul': 'we multiply',
        'div': 'we divide', 'fdiv': 'we divide and keep the remainder',
        'pct': 'we take the percentage', 'frac': 'we take the fraction'}


def st_phi3(ctx, rng):
    F = Fmt(mul=rng.choice(['×', '*']), div='÷', sub='-', cur='$', thou=',', pct='dec',
            frac='mul', money2=True)
    L, idx = [], []
    L.append("To solve this problem, we need to find %s. Let's break it down into steps and "
             "explain each one carefully." % goal_of(ctx))
    L.append('')
    for i, e in enumerate(ctx['trace']):
        L.append('Step %d: %s the %s.' % (i + 1, rng.choice(['Calculate', 'Determine', 'Find']), e['label']))
        L.append('To find the %s, %s:' % (e['label'], VERB[e['op']]))
        idx.append(len(L))
        L.append(F.eq(e))
        L.append('Therefore, the %s is %s.' % (e['label'], F.true(e)))
        L.append('')
    L.append('Therefore, the answer is %s.' % F.true(ctx['trace'][-1]))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_gsm8k(ctx, rng):
    F = Fmt(mul='*', div='/', sub='-', cur='', thou='', pct='gsm', frac='gsm', money2=False,
            res_units=False)
    L, idx = [], []
    for e in ctx['trace']:
        ex = F.expr(e).replace(' ', '')
        if e['op'] == 'fdiv':
            body = '%s = %s' % (ex, F.res(e))
        else:
            r = dec(e['res'])
            cur = '$' if e['kind'] == 'money' else ''
            pc = '%' if e['kind'] == 'pct' else ''
            unit = (' ' + e['unit']) if e['kind'] == 'num' and e['unit'] and rng.random() < 0.6 else ''
            body = '%s = %s<<%s=%s>>%s%s%s' % (ex, cur, ex, r, r, pc, unit)
        idx.append(len(L))
        L.append(rng.choice(['The %s is %s.', 'So the %s is %s.', 'That makes the %s %s.']) % (e['label'], body))
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_terse(ctx, rng):
    F = Fmt(mul=rng.choice(['×', '*']), div=rng.choice(['÷', '/']), sub='-',
            cur=rng.choice(['$', '']), thou=rng.choice([',', '']), pct='times', frac='mul',
            money2=False, res_units=False)
    L, idx = [], []
    for e in ctx['trace']:
        lab = cap(e['label'])
        extra = ''
        if e['op'] == 'pct':
            extra = ' = %s %s %s' % (F.pdec(e['args'][0][0]), F.mul, F.arg(e['args'][1]))
        elif e['op'] == 'add' and len(e['args']) >= 3:
            part = e['args'][0][0] + e['args'][1][0]
            rest = [F.arg(a) for a in e['args'][2:]]
            extra = ' = ' + ' + '.join([F.v(part, e['args'][0][1])] + rest)
        elif e['op'] == 'frac':
            extra = ' = %s %s %s %s %s' % (F.arg(e['args'][2]), F.div, dec(e['args'][1][0]),
                                           F.mul, dec(e['args'][0][0]))
        idx.append(len(L))
        L.append('%s = %s%s = %s' % (lab, F.expr(e), extra, F.res(e)))
    last = ctx['trace'][-1]
    inv = inverse(dict(last, res=last['true']), F)
    if inv:
        L.append('Check: %s ✓' % inv)
    L.append('Answer: %s' % F.true(last))
    L.append('#### ' + ctx['fin'])
    return L, idx


SHARE_UNITS = {'friends', 'students', 'people', 'boxes', 'bags', 'teams', 'roommates', 'children',
               'kids', 'players', 'groups', 'classes', 'shelves', 'buses', 'tables', 'jars',
               'baskets', 'plates', 'bins', 'rows', 'days', 'weeks', 'packs', 'cartons', 'batches'}


def worded_eq(e, F, rng, ctx):
    op, args = e['op'], e['args']
    A = [F.arg(a) for a in args]
    r = F.res(e)
    pick = rng.random()
    if op == 'add':
        return '%s %s %s' % (' plus '.join(A), 'is' if pick < 0.5 else 'makes', r)
    if op == 'sub':
        return '%s minus %s %s %s' % (A[0], ' minus '.join(A[1:]), 'equals' if pick < 0.5 else 'leaves', r)
    if op == 'mul':
        if len(args) == 2 and ctx['lits'][e['idx']][1] and dec(args[1][0]) == '2':
            return 'twice %s is %s' % (A[0], r)
        if len(args) == 2 and ctx['lits'][e['idx']][0] and dec(args[0][0]) == '2':
            return 'twice %s is %s' % (A[1], r)
        return '%s %s %s' % (' times '.join(A), 'is' if pick < 0.5 else 'equals', r)
    if op == 'div':
        if ctx['lits'][e['idx']][1] and dec(args[1][0]) == '2':
            return 'half of %s is %s' % (A[0], r)
        u = args[1][2]
        if u in SHARE_UNITS and args[1][1] == 'num' and pick < 0.85:
            return '%s split equally among %s %s, each gets %s' % (A[0], A[1], u, r)
        return '%s divided by %s is %s' % (A[0], A[1], r)
    if op == 'fdiv':
        rem = args[0][0] - args[1][0] * e['res']
        return '%s divided by %s is %s with %s left over' % (A[0], A[1], dec(e['res']), dec(rem))
    if op == 'pct':
        return '%s of %s is %s' % (F.v(args[0][0], 'pct'), A[1], r)
    if op == 'frac':
        n, d = dec(args[0][0]), dec(args[1][0])
        if (n, d) == ('1', '2'):
            return 'half of %s is %s' % (A[2], r)
        return '%s/%s of %s is %s' % (n, d, A[2], r)


def st_worded(ctx, rng):
    F = Fmt(cur='$', thou=',', money2=False)
    L, idx = [], []
    L.append(rng.choice(["Let's reason it out in words.", 'We can talk through the numbers.']))
    L.append('')
    n = len(ctx['trace'])
    for i, e in enumerate(ctx['trace']):
        lead = 'First' if i == 0 else ('Finally' if i == n - 1 else rng.choice(['Next', 'Then', 'Now']))
        w = worded_eq(e, F, rng, ctx)
        idx.append(len(L))
        L.append('%s, for the %s: %s.' % (lead, e['label'], w))
    L.append('')
    L.append('So the answer is %s.' % F.true(ctx['trace'][-1]))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_latexinline(ctx, rng):
    F = Fmt(mul=rng.choice(['\\times', '\\cdot']), div='\\div', sub='-', cur='\\$',
            thou=rng.choice(['{,}', ',']), latex=True, pct='dec', frac='latex', money2=True)
    L, idx = [], []
    L.append(rng.choice(['We compute each quantity in turn.', 'We proceed step by step.']))
    L.append('')
    for e in ctx['trace']:
        idx.append(len(L))
        L.append(rng.choice(['The %s is \\(%s\\).', 'For the %s we get \\(%s\\).',
                             'Then the %s: \\(%s\\).' if idx[:-1] else 'First, the %s: \\(%s\\).'])
                 % (e['label'], F.eq(e)))
        L.append('')
    L.append('The answer is \\(\\boxed{%s}\\).' % ctx['fin'])
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_units(ctx, rng):
    F = Fmt(mul='×', div='÷', sub='−', cur='$', thou=',', pct='of', frac='of', money2=True,
            op_units=True)
    L, idx = [], []
    L.append('Keeping track of the units at every step:')
    L.append('')
    for e in ctx['trace']:
        idx.append(len(L))
        L.append('• %s → %s' % (cap(e['label']), F.eq(e)))
    L.append('')
    last = ctx['trace'][-1]
    inv = inverse(dict(last, res=last['true']), F)
    if inv:
        L.append('Check: %s ✓' % inv)
        L.append('')
    L.append('Answer: %s' % F.true(last))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_aligned(ctx, rng):
    F = Fmt(mul='\\times', div='\\div', sub='-', cur='', thou='{,}', latex=True,
            pct='latexfrac', frac='latex', money2=False, res_units=False)
    L, idx = [], []
    L.append('Let the quantities be computed as follows:')
    L.append('')
    L.append('\\[')
    L.append('\\begin{aligned}')
    n = len(ctx['trace'])
    for i, e in enumerate(ctx['trace']):
        idx.append(len(L))
        L.append('\\text{%s} &= %s%s' % (cap(e['label']), F.eq(e), '' if i == n - 1 else ' \\\\'))
    L.append('\\end{aligned}')
    L.append('\\]')
    L.append('')
    L.append('So the answer is \\(\\boxed{%s}\\).' % ctx['fin'])
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_resfirst(ctx, rng):
    F = Fmt(mul='×', div='÷', sub='-', cur='$', thou=',', pct='times', frac='mul', money2=True)
    L, idx = [], []
    L.append('Results first, then how each one is obtained:')
    L.append('')
    for e in ctx['trace']:
        idx.append(len(L))
        if e['op'] == 'fdiv':
            L.append('%s (%s)' % (F.eq(e), e['label']))
        else:
            L.append('%s = %s (%s)' % (F.res(e), F.expr(e), e['label']))
    L.append('')
    L.append('Answer: %s' % F.true(ctx['trace'][-1]))
    L.append('')
    L.append('#### ' + ctx['fin'])
    return L, idx


def st_mistral(ctx, rng):
    F = Fmt(mul='·', div='/', sub='-', cur='$', thou=rng.choice([',', '']), pct='dec', frac='mul',
            money2=False)
    L, idx = [], []
    L.append("Let's think step by step.")
    n = len(ctx['trace'])
    for i, e in enumerate(ctx['trace']):
        lead = 'First' if i == 0 else ('Finally' if i == n - 1 else rng.choice(['Then', 'Next', 'After that']))
        idx.append(len(L))
        L.append('%s, we find the %s: %s.' % (lead, e['label'], F.eq(e)))
    L.append('The answer is: %s' % ctx['fin'])
    L.append('#### ' + ctx['fin'])
    return L, idx


STYLES = {
    'qwen_math': st_qwen,
    'llama3': st_llama,
    'gpt4o_md': st_gpt4o,
    'claude_prose': st_claude,
    'r1_think': st_r1,
    'md_table': st_table,
    'gemma_bullets': st_gemma,
    'phi3_verbose': st_phi3,
    'gsm8k_calc': st_gsm8k,
    'terse_chain': st_terse,
    'worded_ops': st_worded,
    'latex_inline': st_latexinline,
    'units_arrows': st_units,
    'latex_aligned': st_aligned,
    'result_first': st_resfirst,
    'mistral_cot': st_mistral,
}
STYLE_NAMES = list(STYLES)

# ---------------------------------------------------------------- traces & faults

def build_trace(tpl, ns, written, used, faulty=None):
    """written: values shown as each step's result; used: values propagated."""
    env = {k: Fr(str(v).replace(',', '')) for k, v in ns['values'].items()}
    trace = []
    for i, st in enumerate(tpl['steps']):
        args = []
        for a in st['args']:
            if is_literal(a):
                args.append((Fr(a.rstrip('%')), 'pct' if a.endswith('%') else 'num', None))
            else:
                u = tpl['units'].get(a) if a in tpl['units'] else \
                    next((s['unit'] for s in tpl['steps'] if s['name'] == a), None)
                if u in ('$', '%', '-'):
                    u = None
                args.append((env[a], tpl['kinds'][a], u))
        unit = st['unit'] if st['unit'] not in ('$', '%', '-') else None
        trace.append(dict(idx=i, op=st['op'], args=args, res=written[i], true=used[i],
                          kind=tpl['kinds'][st['name']], unit=unit, label=st['label'],
                          faulty=(i == faulty)))
        env[st['name']] = used[i]
    return trace


def digit_swap(v, kind, rng):
    s = dec(v, 2 if kind == 'money' else None)
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    pairs = [(ds[j], ds[j + 1]) for j in range(len(ds) - 1) if s[ds[j]] != s[ds[j + 1]]]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    t = list(s)
    t[a], t[b] = t[b], t[a]
    t = ''.join(t)
    if t[0] == '0' and len(t) > 1 and t[1] != '.':
        return None
    return Fr(t)


def candidates(v, kind, rng):
    kinds = ['+1', '-1', '+2', '-2', 'x10', '+10', 'swap', 'shift']
    rng.shuffle(kinds)
    out = []
    for k in kinds:
        if k == '+1': w = v + 1
        elif k == '-1': w = v - 1
        elif k == '+2': w = v + 2
        elif k == '-2': w = v - 2
        elif k == 'x10': w = v * 10
        elif k == '+10': w = v + 10
        elif k == 'swap': w = digit_swap(v, kind, rng)
        else: w = v / 10 if rng.random() < 0.5 and v >= 10 else v * 10
        if w is None or w < 0 or w == v or not two_dp(w):
            continue
        out.append((k, w))
    return out


def eligible(tpl):
    return [i for i, st in enumerate(tpl['steps']) if st['op'] != 'fdiv']

# ---------------------------------------------------------------- main


def render(style, tpl, ns, trace, pid, seed):
    name, he, his = NAMES[ns['person']]
    lits = [[is_literal(a) for a in st['args']] for st in tpl['steps']]
    ctx = dict(trace=trace, fin=plain(trace[-1]['true']), name=name, lits=lits)
    rng = random.Random('%d:%s:render' % (seed, pid))
    lines, idx = STYLES[style](ctx, rng)
    return lines, idx


def line_span(lines, k):
    start = sum(len(l) + 1 for l in lines[:k])
    return [start, start + len(lines[k])]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default='set.jsonl')
    args = ap.parse_args()
    seed = args.seed
    pairs = [(t, k) for t in templates.TEMPLATES for k in range(4)]
    rng = random.Random(seed)
    order = list(range(len(pairs)))
    rng.shuffle(order)
    style_of = {}
    for i, p in enumerate(order):
        style_of[p] = STYLE_NAMES[i % len(STYLE_NAMES)]
    rows = []
    for pi, (tpl, k) in enumerate(pairs):
        ns = tpl['sets'][k]
        style = style_of[pi]
        base = '%s-%d' % (tpl['id'], k)
        prng = random.Random('%d:%s:faults' % (seed, base))
        problem = problem_text(tpl, ns)
        right = evaluate(tpl, ns['values'])
        n = len(right)
        # correct
        tr = build_trace(tpl, ns, right, right)
        lines, idx = render(style, tpl, ns, tr, base, seed)
        assert len(idx) == n
        correct_text = '\n'.join(lines)
        fin = plain(right[-1])
        common = dict(template=tpl['id'], style=style, problem=problem)
        rows.append(dict(pid=base + '-correct', **common, variant='correct',
                         solution=correct_text, final=fin))
        # slip
        elig = eligible(tpl)
        si = prng.choice(elig)
        kind = tpl['kinds'][tpl['steps'][si]['name']]
        ftype, wrong = prng.choice(candidates(right[si], kind, prng))
        written = list(right)
        written[si] = wrong
        tr = build_trace(tpl, ns, written, right, faulty=si)
        sl, sidx = render(style, tpl, ns, tr, base, seed)
        diff = [j for j in range(max(len(sl), len(lines))) if j >= len(sl) or j >= len(lines) or sl[j] != lines[j]]
        assert len(sl) == len(lines) and diff == [sidx[si]], (base, style, diff, sidx[si])
        rows.append(dict(pid=base + '-slip', **common, variant='slip', solution='\n'.join(sl),
                         final=fin, span=line_span(sl, sidx[si]), wrong=plain(wrong),
                         right=plain(right[si]), fault=ftype, step=si))
        # carry
        opts = []
        for ci in [i for i in elig if i < n - 1]:
            ck = tpl['kinds'][tpl['steps'][ci]['name']]
            for ft, w in candidates(right[ci], ck, prng):
                res = evaluate(tpl, ns['values'], override={ci: w})
                if valid_results(tpl, res, strict=False) and res[-1] != right[-1]:
                    opts.append((ci, ft, w, res))
        assert opts, base
        ci, ft, w, res = prng.choice(opts)
        tr = build_trace(tpl, ns, res, res, faulty=ci)
        cl, cidx = render(style, tpl, ns, tr, base, seed)
        assert cl[:cidx[ci]] == lines[:cidx[ci]], base
        rows.append(dict(pid=base + '-carry', **common, variant='carry', solution='\n'.join(cl),
                         final=plain(res[-1]), span=line_span(cl, cidx[ci]), wrong=plain(w),
                         right=plain(right[ci]), fault=ft, step=ci))
        # loop
        li = idx[prng.randrange(n)]
        ll = lines[:li + 1] + [lines[li]] * 11
        rows.append(dict(pid=base + '-loop', **common, variant='loop', solution='\n'.join(ll),
                         final=None))
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')
    print('wrote %d rows to %s' % (len(rows), args.out))


if __name__ == '__main__':
    main()
