#!/usr/bin/env python3
"""Deterministic generator for a held-out set of model-like worked solutions
(ride-share / car-rental fares) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Standard library only. All randomness comes from random.Random seeded with
strings, so output is byte-identical across runs and PYTHONHASHSEED values.
"""
import argparse
import json
import random
import re
from fractions import Fraction as F

# ----------------------------------------------------------------------------
# numbers
# ----------------------------------------------------------------------------

FMT_D = {'money': 2, 'int': 0, 'd1': 1, 'd2': 2, 'cents': 0, 'pctres': 1}


def rhu(x, d):
    """round half up (x >= 0 in this set) to d decimals, exact."""
    q = 10 ** d
    n = x * q
    fl = n.numerator // n.denominator
    if n - fl >= F(1, 2):
        fl += 1
    return F(fl, q)


def fixed(v, d):
    v = rhu(v, d)
    n = int(v * 10 ** d)
    if d == 0:
        return str(n)
    s = str(n).rjust(d + 1, '0')
    return s[:-d] + '.' + s[-d:]


def minimal(v):
    for d in range(0, 7):
        if rhu(v, d) == v:
            return fixed(v, d)
    return fixed(v, 6)


def strip0(s):
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def c(cents):
    return F(cents, 100)


def pm(v):
    """money in problem text"""
    if v.denominator == 1:
        s = str(int(v))
        return '$' + addsep(s, ',')
    return '$' + addsep(fixed(v, 2), ',')


def addsep(s, sep):
    if not sep:
        return s
    ip, _, fp = s.partition('.')
    if len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ip + ('.' + fp if fp else '')


# ----------------------------------------------------------------------------
# expressions
# ----------------------------------------------------------------------------

def tok(expr):
    out = []
    for t in expr.replace('(', ' ( ').replace(')', ' ) ').split():
        if t in '+-*/()':
            out.append(t)
        elif t[0].isdigit():
            out.append(('l', F(t), t))
        else:
            out.append(('n', t))
    return out


class Ev:
    def __init__(self, toks, env, alt=None):
        self.t = toks
        self.i = 0
        self.env = env
        self.alt = alt  # (k, newop): replace k-th operator
        self.opn = -1

    def val(self, t):
        if t[0] == 'l':
            return t[1]
        return self.env[t[1]][0]

    def op(self, o):
        self.opn += 1
        if self.alt and self.alt[0] == self.opn:
            return self.alt[1]
        return o

    def expr(self):
        v = self.term()
        while self.i < len(self.t) and self.t[self.i] in ('+', '-'):
            o = self.op(self.t[self.i])
            self.i += 1
            r = self.term()
            v = app(v, o, r)
        return v

    def term(self):
        v = self.atom()
        while self.i < len(self.t) and self.t[self.i] in ('*', '/'):
            o = self.op(self.t[self.i])
            self.i += 1
            r = self.atom()
            v = app(v, o, r)
        return v

    def atom(self):
        t = self.t[self.i]
        if t == '(':
            self.i += 1
            v = self.expr()
            self.i += 1
            return v
        self.i += 1
        return self.val(t)


def app(a, o, b):
    if o == '+':
        return a + b
    if o == '-':
        return a - b
    if o == '*':
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def evaluate(toks, env, alt=None):
    e = Ev(toks, env, alt)
    return e.expr()


def nops(toks):
    return sum(1 for t in toks if t in ('+', '-', '*', '/'))


# ----------------------------------------------------------------------------
# steps
# ----------------------------------------------------------------------------

class Step:
    def __init__(self, id, expr, fmt, label, unit=None, note=None, stage=False,
                 kind='calc', src=None):
        self.id = id
        self.toks = tok(expr) if expr else None
        self.fmt = fmt
        self.label = label
        self.unit = unit
        self.note = note
        self.stage = stage and '(' in (expr or '')
        self.kind = kind
        self.src = src


def S(id, expr, fmt, label, **kw):
    return Step(id, expr, fmt, label, **kw)


def CEIL(id, src, label, unit):
    return Step(id, None, 'int', label, unit=unit, kind='ceil', src=src)


def CHK(expr, fmt):
    return Step('check', expr, fmt, 'check', kind='check')


def ceilf(x):
    return F(-((-x.numerator) // x.denominator))


def compute(vals, steps, override=None):
    env = dict(vals)
    recs = []
    for i, st in enumerate(steps):
        if st.kind == 'ceil':
            exact = ceilf(env[st.src][0])
            shown = exact
            rel = '->'
        else:
            exact = evaluate(st.toks, env)
            d = FMT_D[st.fmt]
            if st.fmt == 'pctres':
                shown = rhu(exact * 100, d) / 100
            else:
                shown = rhu(exact, d)
            rel = '=' if shown == exact else '~'
        right = shown
        if override is not None and i in override:
            shown = override[i]
        env[st.id] = (shown, st.fmt, st.unit)
        recs.append({'step': st, 'exact': exact, 'right': right, 'shown': shown, 'rel': rel})
    return env, recs


# ----------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------

UNIT_WORDS = {
    'miles': ('miles', 'miles'), '/mile': ('/mile', '/mile'), 'min': ('min', 'minutes'),
    '/min': ('/min', '/min'), 'days': ('days', 'days'), '/day': ('/day', '/day'),
    'gal': ('gal', 'gallons'), '/gal': ('/gal', '/gallon'), 'hours': ('hours', 'hours'),
    'km': ('km', 'km'), 'riders': ('riders', 'riders'), 'rides': ('rides', 'rides'),
    'trips': ('trips', 'trips'), 'cars': ('cars', 'cars'), '/ride': ('/ride', '/ride'),
    '/hour': ('/hour', '/hr'), 'weeks': ('weeks', 'weeks'), '/week': ('/week', '/week'),
}
PER_WORDS = {'/mile': 'per mile', '/min': 'per minute', '/day': 'per day', '/gal': 'per gallon',
             '/ride': 'per ride', '/hour': 'per hour', '/week': 'per week'}


def make_style(name, r):
    """per-problem style parameters; all draws are value independent"""
    s = dict(name=name, mul='×', div='÷', add='+', sub='−', sep=',', dollar='$', trim='none',
             units=False, pct='%', pctdec=False, approx='≈', eq='=', arrow='→', latex=False,
             tick=' ✓', cent='¢', resunit=True, words=False, frac=False, unitalt=0)
    if name == 'gpt_md':
        s.update(mul=r.choice(['×', '×', '*']), units=r.random() < 0.5, sub=r.choice(['−', '-']))
    elif name == 'claude_bold':
        s.update(units=r.random() < 0.3, sub='−')
    elif name == 'bullets':
        s.update(mul=r.choice(['×', 'x', '*']), sub=r.choice(['-', '−']), units=r.random() < 0.5,
                 div=r.choice(['÷', '/']), trim=r.choice(['none', 'int']))
    elif name == 'prose':
        s.update(mul=r.choice(['×', '·', 'x']), div=r.choice(['÷', '/']), units=r.random() < 0.6,
                 trim=r.choice(['none', 'int']), pctdec=r.random() < 0.5)
    elif name == 'latex_inline':
        s.update(mul='\\times', div='\\div', sub='-', sep='{,}', dollar='\\$', pct='\\%',
                 approx='\\approx', arrow='\\rightarrow', latex=True, tick=' \\checkmark',
                 cent='\\text{¢}', frac=r.random() < 0.7, resunit=False, pctdec=r.random() < 0.4)
    elif name == 'latex_display':
        s.update(mul=r.choice(['\\times', '\\cdot']), div='\\div', sub='-', sep='{,}', dollar='\\$',
                 pct='\\%', approx='\\approx', arrow='\\rightarrow', latex=True, tick=' \\checkmark',
                 cent='\\text{¢}', frac=True, resunit=False, pctdec=r.random() < 0.5)
    elif name == 'table':
        s.update(mul=r.choice(['×', '×', 'x']), div='÷', sub='−', trim=r.choice(['none', 'none', 'int']))
    elif name == 'terse':
        s.update(mul=r.choice(['*', 'x', '·', '×']), div='/', sub='-', dollar=r.choice(['$', '']),
                 sep=r.choice([',', '']), approx=r.choice(['≈', '≈', '~']), arrow=r.choice(['->', '→']),
                 tick='', resunit=r.random() < 0.3, pctdec=r.random() < 0.6)
    elif name == 'gsm8k':
        s.update(mul='*', div='/', sub='-', sep='', dollar='', trim='strip', pctdec=True,
                 resunit=False, arrow='rounds up to')
    elif name == 'tutor':
        s.update(words=True, units=True, unitalt=1, trim=r.choice(['none', 'int']),
                 arrow='rounds up to', cent=' cents', tick='')
    elif name == 'llama':
        s.update(mul=r.choice(['*', '×']), div='/', sub='-', units=r.random() < 0.5,
                 resunit=r.random() < 0.5)
    return s


def numstr(v, fmt, s):
    if fmt == 'money':
        if s['trim'] == 'strip':
            return strip0(fixed(v, 2))
        if s['trim'] == 'int' and v.denominator == 1:
            return str(int(v))
        return fixed(v, 2)
    if fmt in ('int', 'cents'):
        return fixed(v, 0)
    if fmt in ('d1', 'd2'):
        r = fixed(v, FMT_D[fmt])
        return strip0(r) if s['trim'] == 'strip' else r
    if fmt == 'pct':
        return minimal(v) if s['pctdec'] else minimal(v * 100)
    if fmt == 'pctres':
        return strip0(fixed(v * 100, 1))
    return minimal(v)


def disp(v, fmt, s, unit=None, bare=False):
    t = addsep(numstr(v, fmt, s), s['sep'])
    if fmt == 'money' and not bare:
        t = s['dollar'] + t
    if fmt == 'pct' and not s['pctdec']:
        t += s['pct']
    if fmt == 'pctres':
        t += s['pct']
    if fmt == 'cents' and not bare:
        t += s['cent']
    if unit and s['units'] and fmt != 'cents':
        t += unit_str(unit, s)
    return t


def unit_str(unit, s):
    if s['latex']:
        return '\\text{ ' + UNIT_WORDS[unit][0] + '}' if not unit.startswith('/') else '\\text{' + unit + '}'
    if s['words'] and unit in PER_WORDS:
        return ' ' + PER_WORDS[unit]
    w = UNIT_WORDS[unit][s['unitalt']]
    return w if w.startswith('/') else ' ' + w


def res_unit(unit, s):
    if not unit or not s['resunit'] or unit.startswith('/'):
        return ''
    if s['latex']:
        return '\\text{ ' + UNIT_WORDS[unit][0] + '}'
    return ' ' + UNIT_WORDS[unit][s['unitalt']]


OPW = {'*': 'times', '/': 'divided by', '+': 'plus', '-': 'minus'}


def opsym(o, s):
    if s['words']:
        return OPW[o]
    return {'*': s['mul'], '/': s['div'], '+': s['add'], '-': s['sub']}[o]


def operand(t, env, s, units=True):
    if t[0] == 'l':
        return t[2]
    v, fmt, unit = env[t[1]]
    if s['name'] == 'gsm8k' and fmt in ('money', 'cents'):
        return disp(v, fmt, s, bare=True)
    return disp(v, fmt, s, unit=unit if units else None)


def expr_str(toks, env, s):
    # LaTeX \frac for a whole-expression a / b with simple operands
    if s['frac'] and len(toks) == 3 and toks[1] == '/':
        return '\\frac{%s}{%s}' % (operand(toks[0], env, s, False), operand(toks[2], env, s, False))
    out = []
    for t in toks:
        if t == '(':
            out.append('(')
        elif t == ')':
            out.append(')')
        elif isinstance(t, str):
            out.append(' ' + opsym(t, s) + ' ')
        else:
            out.append(operand(t, env, s))
    txt = ''.join(out)
    if s['name'] == 'gsm8k':
        txt = txt.replace(' ', '')
    if s['latex']:
        txt = txt.replace('(', '\\left(').replace(')', '\\right)') if False else txt
    return txt


def staged(toks, env):
    """replace each top-level parenthesised group by its value"""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == '(':
            depth = 1
            j = i + 1
            while depth:
                if toks[j] == '(':
                    depth += 1
                elif toks[j] == ')':
                    depth -= 1
                j += 1
            inner = toks[i + 1:j - 1]
            v = evaluate(inner, env)
            fm = 'money' if any((not isinstance(x, str)) and x[0] == 'n' and env[x[1]][1] == 'money'
                                for x in inner) else 'int'
            key = '__g%d' % len(env)
            env[key] = (v, fm, None)
            out.append(('n', key))
            i = j
        else:
            out.append(t)
            i += 1
    return out


EQW = ['equals', 'is', 'gives us', 'comes to']
APW = ['is about', 'is roughly', 'comes to about', 'which is about']


def eq_str(rec, env, s, v=0, bold=False):
    st = rec['step']
    env = dict(env)
    if st.kind == 'ceil':
        a = env[st.src]
        left = disp(a[0], a[1], s)
        right = disp(rec['shown'], 'int', s) + res_unit(st.unit, s)
        return '%s %s %s' % (left, s['arrow'], right)
    res = disp(rec['shown'], st.fmt, s) + res_unit(st.unit, s)
    if bold:
        res = '**' + res + '**'
    if s['name'] == 'gsm8k':
        parts = [expr_str(st.toks, env, s)]
        if st.stage:
            parts.append(expr_str(staged(st.toks, env), env, s))
        r = '=' if rec['rel'] == '=' else '≈'
        last = parts[-1]
        val = numstr(rec['shown'], st.fmt, s)
        pre = '$' if st.fmt == 'money' else ''
        post = {'pctres': '%', 'cents': ' cents'}.get(st.fmt, '')
        head = ' = '.join(parts)
        return '%s %s %s<<%s=%s>>%s%s' % (head, r, pre, last, val, val, post)
    parts = [expr_str(st.toks, env, s)]
    if st.stage:
        parts.append(expr_str(staged(st.toks, env), env, s))
    if s['words']:
        eqw = EQW[v % len(EQW)]
        if rec['rel'] == '=':
            fin = eqw
        else:
            fin = APW[v % len(APW)]
        if len(parts) == 2:
            fin2 = 'is about' if fin == 'which is about' else fin
            txt = '%s, which is %s, and that %s %s' % (parts[0], parts[1], fin2, res)
        else:
            txt = '%s %s %s' % (parts[0], fin, res)
    else:
        r = s['eq'] if rec['rel'] == '=' else s['approx']
        txt = (' %s ' % s['eq']).join(parts) + ' %s %s' % (r, res)
    if st.kind == 'check':
        txt += s['tick']
    return txt


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------

def M(v):
    return (v, 'money', None)


def rate(r, lo, hi, step=1):
    return c(r.randrange(lo, hi + 1, step))


TEMPLATES = []


def template(fn):
    TEMPLATES.append(fn)
    return fn


@template
def ride_basic(r):
    base = rate(r, 150, 350, 25)
    rpm = rate(r, 85, 245, 5)
    rpmin = rate(r, 15, 45)
    miles = F(r.randint(30, 220), 10) if r.random() < 0.5 else F(r.randint(3, 24))
    mins = F(r.randint(8, 55))
    book = rate(r, 150, 325, 5)
    vals = {'base': M(base), 'rpm': (rpm, 'money', '/mile'), 'rpmin': (rpmin, 'money', '/min'),
            'miles': (miles, 'd1' if miles.denominator > 1 else 'int', 'miles'),
            'mins': (mins, 'int', 'min'), 'book': M(book)}
    mi = minimal(miles)
    P = [
        f"A ride-share app charges a base fare of {pm(base)}, plus {pm(rpm)} per mile and {pm(rpmin)} per minute. "
        f"Every trip also has a {pm(book)} booking fee. How much does a {mi}-mile ride that takes {int(mins)} minutes cost?",
        f"Maya takes a {mi}-mile ride that lasts {int(mins)} minutes. The service charges {pm(rpm)} per mile, "
        f"{pm(rpmin)} per minute, a {pm(base)} base fare, and a {pm(book)} booking fee. What is her total fare in dollars?",
        f"The pricing for a rideshare trip is: base fare {pm(base)}, booking fee {pm(book)}, {pm(rpm)}/mile, and "
        f"{pm(rpmin)}/minute. Jorge rides {mi} miles in {int(mins)} minutes. How much is he charged?",
        f"A driver app bills {pm(rpmin)} for each minute and {pm(rpm)} for each mile, on top of a {pm(base)} "
        f"pickup fee and a {pm(book)} booking fee. What does a {int(mins)}-minute, {mi}-mile trip cost?",
    ]
    steps = [
        S('mile', 'miles * rpm', 'money', 'distance charge', note=f"The trip covers {mi} miles at {pm(rpm)} per mile."),
        S('time', 'mins * rpmin', 'money', 'time charge', note=f"The ride lasts {int(mins)} minutes at {pm(rpmin)} per minute."),
        S('total', 'base + mile + time + book', 'money', 'total fare'),
        CHK('mile + time + base + book', 'money'),
    ]
    givens = [('Base fare', 'base'), ('Per mile', 'rpm'), ('Per minute', 'rpmin'), ('Booking fee', 'book')]
    return P, vals, steps, givens, 'the total fare is {ans}'


@template
def ride_surge(r):
    base = rate(r, 150, 400, 25)
    rpm = rate(r, 90, 225, 5)
    rpmin = rate(r, 18, 42)
    miles = F(r.randint(4, 26))
    mins = F(r.randint(10, 50))
    surge = F(r.choice(['1.2', '1.25', '1.4', '1.5', '1.6', '1.75', '1.8', '2', '2.2', '2.5']))
    book = rate(r, 175, 300, 25)
    vals = {'base': M(base), 'rpm': (rpm, 'money', '/mile'), 'rpmin': (rpmin, 'money', '/min'),
            'miles': (miles, 'int', 'miles'), 'mins': (mins, 'int', 'min'), 'surge': (surge, 'mult', None),
            'book': M(book)}
    sg = minimal(surge)
    P = [
        f"During a rainstorm, a ride-share app applies a {sg}x surge multiplier to its normal fare of {pm(base)} "
        f"plus {pm(rpm)} per mile plus {pm(rpmin)} per minute. A {pm(book)} booking fee is added after the surge. "
        f"What does a {int(miles)}-mile, {int(mins)}-minute ride cost?",
        f"Priya requests a ride after a concert while surge pricing is {sg} times the usual rate. Normally the "
        f"app charges a {pm(base)} base fare, {pm(rpm)} per mile, and {pm(rpmin)} per minute. The {pm(book)} booking "
        f"fee is not surged. Her ride is {int(miles)} miles and {int(mins)} minutes. How much does she pay?",
        f"A trip of {int(miles)} miles takes {int(mins)} minutes. The fare before surge is a {pm(base)} base plus "
        f"{pm(rpm)}/mile and {pm(rpmin)}/min. With a surge multiplier of {sg} and a flat {pm(book)} booking fee "
        f"added at the end, what is the total charge?",
    ]
    if r.random() < 0.5:
        steps = [
            S('mile', 'miles * rpm', 'money', 'distance charge'),
            S('time', 'mins * rpmin', 'money', 'time charge'),
            S('sub', 'base + mile + time', 'money', 'fare before surge'),
            S('surged', 'sub * surge', 'money', 'surged fare', note=f"Apply the {sg}x surge multiplier."),
            S('total', 'surged + book', 'money', 'total charge'),
        ]
    else:
        steps = [
            S('mile', 'miles * rpm', 'money', 'distance charge'),
            S('time', 'mins * rpmin', 'money', 'time charge'),
            S('surged', '( base + mile + time ) * surge', 'money', 'surged fare', stage=True),
            S('total', 'surged + book', 'money', 'total charge'),
        ]
    givens = [('Base fare', 'base'), ('Per mile', 'rpm'), ('Per minute', 'rpmin'), ('Booking fee', 'book')]
    return P, vals, steps, givens, 'the total charge is {ans}'


@template
def split_tip(r):
    base = rate(r, 200, 450, 25)
    rpm = rate(r, 110, 260, 5)
    miles = F(r.randint(5, 30))
    tip = F(r.choice([15, 18, 20, 22, 25]), 100)
    n = r.randint(2, 5)
    vals = {'base': M(base), 'rpm': (rpm, 'money', '/mile'), 'miles': (miles, 'int', 'miles'),
            'tip': (tip, 'pct', None), 'n': (F(n), 'int', 'riders')}
    tp = minimal(tip * 100)
    P = [
        f"{n} friends share a ride home. The fare is {pm(base)} plus {pm(rpm)} per mile for {int(miles)} miles. "
        f"They add a {tp}% tip and split the total evenly. How much does each friend pay, to the nearest cent?",
        f"A group of {n} coworkers takes a {int(miles)}-mile ride to the airport. The app charges a {pm(base)} base "
        f"fare and {pm(rpm)} per mile. They tip the driver {tp}% of the fare and divide everything equally. What is each person's share?",
        f"The fare for a {int(miles)}-mile trip is a {pm(base)} flat charge plus {pm(rpm)} for every mile. The {n} "
        f"passengers leave a {tp}% tip on the fare and split the cost evenly. How much does one passenger pay?",
    ]
    steps = [
        S('mile', 'miles * rpm', 'money', 'mileage charge'),
        S('fare', 'base + mile', 'money', 'fare'),
        S('tipv', 'fare * tip', 'money', 'tip', note=f"The tip is {tp}% of the fare."),
        S('tot', 'fare + tipv', 'money', 'total with tip'),
        S('each', 'tot / n', 'money', 'share per person', note=f"Split among {n} riders."),
    ]
    givens = [('Base fare', 'base'), ('Rate', 'rpm'), ('Tip', 'tip'), ('Riders', 'n')]
    return P, vals, steps, givens, 'each person pays {ans}'


@template
def rental_cap(r):
    days = r.randint(3, 10)
    daily = rate(r, 2900, 8900, 100) + r.choice([0, c(50), c(99), c(95)])
    free = r.choice([100, 150, 200, 250])
    driven = free * days + r.randint(35, 420)
    over = rate(r, 15, 45)
    vals = {'days': (F(days), 'int', 'days'), 'daily': (daily, 'money', '/day'),
            'free': (F(free), 'int', None), 'driven': (F(driven), 'int', 'miles'),
            'over': (over, 'money', '/mile')}
    P = [
        f"A rental car costs {pm(daily)} per day and includes {free} free miles per day. Each extra mile costs "
        f"{pm(over)}. Dana rents the car for {days} days and drives {addsep(str(driven), ',')} miles. What is her total bill?",
        f"Leo rents an SUV for {days} days at {pm(daily)} a day. The rental includes {free} miles per day; miles "
        f"beyond that are charged at {pm(over)} each. He returns it after driving {addsep(str(driven), ',')} miles. How much does he owe?",
        f"A car rental company charges {pm(daily)}/day with a cap of {free} included miles per day and "
        f"{pm(over)} for every mile over the cap. For a {days}-day rental with {addsep(str(driven), ',')} miles driven, what is the total cost?",
    ]
    steps = [
        S('rent', 'days * daily', 'money', 'daily charges'),
        S('allow', 'free * days', 'int', 'included mileage', unit='miles'),
        S('excess', 'driven - allow', 'int', 'extra mileage', unit='miles'),
        S('xc', 'excess * over', 'money', 'extra-mile charge'),
        S('total', 'rent + xc', 'money', 'total bill'),
    ]
    givens = [('Daily rate', 'daily'), ('Rental length', 'days'), ('Miles driven', 'driven'), ('Overage rate', 'over')]
    return P, vals, steps, givens, 'the total bill is {ans}'


@template
def rental_fuel(r):
    days = r.randint(2, 7)
    daily = rate(r, 3500, 7900, 100) + r.choice([0, c(99), c(50)])
    tank = r.choice([12, 13, 14, 15, 16, 18])
    left = F(r.randint(2, tank * 2 - 6), 2)
    price = rate(r, 589, 899)
    fee = rate(r, 1000, 2500, 500)
    vals = {'days': (F(days), 'int', 'days'), 'daily': (daily, 'money', '/day'),
            'tank': (F(tank), 'int', 'gal'), 'left': (left, 'd1', 'gal'), 'price': (price, 'money', '/gal'),
            'fee': M(fee)}
    lf = minimal(left)
    P = [
        f"Sam rents a car for {days} days at {pm(daily)} per day. The tank holds {tank} gallons, but he returns the "
        f"car with only {lf} gallons left. The company refills it at {pm(price)} per gallon and adds a {pm(fee)} "
        f"refueling service fee. What is his total cost?",
        f"A rental agency charges {pm(daily)} a day. If a car is not returned full, they charge {pm(price)} per "
        f"missing gallon plus a {pm(fee)} service fee. Nora keeps a car with a {tank}-gallon tank for {days} days "
        f"and brings it back with {lf} gallons in it. How much does she pay in total?",
        f"A {days}-day car rental costs {pm(daily)} per day. The car's {tank}-gallon tank is returned holding {lf} "
        f"gallons; refueling costs {pm(price)}/gallon plus a flat {pm(fee)} fee. Find the total charge.",
    ]
    steps = [
        S('rent', 'days * daily', 'money', 'rental charge'),
        S('miss', 'tank - left', 'd1', 'missing fuel', unit='gal'),
        S('fuel', 'miss * price', 'money', 'refueling charge'),
        S('total', 'rent + fuel + fee', 'money', 'total cost'),
        CHK('total - rent - fee', 'money'),
    ]
    givens = [('Daily rate', 'daily'), ('Days', 'days'), ('Tank', 'tank'), ('Fuel price', 'price'), ('Service fee', 'fee')]
    return P, vals, steps, givens, 'the total cost is {ans}'


@template
def rental_tax(r):
    days = r.randint(2, 9)
    daily = rate(r, 3900, 9900, 100) + r.choice([0, c(95), c(50)])
    tax = F(r.choice(['6', '7.5', '8', '8.25', '9.5', '10', '12', '12.5']))/100
    ins = rate(r, 1000, 2900, 100) + r.choice([0, c(99)])
    fee = rate(r, 800, 3500, 100)
    vals = {'days': (F(days), 'int', 'days'), 'daily': (daily, 'money', '/day'), 'tax': (tax, 'pct', None),
            'ins': (ins, 'money', '/day'), 'fee': M(fee)}
    tp = minimal(tax * 100)
    P = [
        f"A car rental is {pm(daily)} per day for {days} days. Sales tax of {tp}% applies to the daily charges only. "
        f"Insurance costs {pm(ins)} per day (not taxed), and there is a {pm(fee)} airport fee. What is the total?",
        f"Ava rents a compact car for {days} days. The rate is {pm(daily)}/day, taxed at {tp}%. She adds coverage "
        f"at {pm(ins)} per day, which is not taxed, and pays a one-time {pm(fee)} airport concession fee. How much does she pay?",
        f"For a {days}-day rental at {pm(daily)} a day, the agency charges {tp}% tax on the rental charges, "
        f"{pm(ins)} per day for insurance, and a flat {pm(fee)} facility fee. Find the total cost of the rental.",
    ]
    steps = [
        S('base', 'days * daily', 'money', 'base rental'),
        S('taxv', 'base * tax', 'money', 'tax', note=f"Tax is {tp}% of the base rental."),
        S('insv', 'days * ins', 'money', 'insurance'),
        S('total', 'base + taxv + insv + fee', 'money', 'total cost'),
        CHK('total - fee - insv', 'money'),
    ]
    givens = [('Daily rate', 'daily'), ('Days', 'days'), ('Tax', 'tax'), ('Insurance', 'ins'), ('Airport fee', 'fee')]
    return P, vals, steps, givens, 'the rental costs {ans} in total'


@template
def ride_vs_taxi(r):
    while True:
        miles = F(r.randint(5, 28))
        b1 = rate(r, 150, 300, 25)
        r1 = rate(r, 95, 175, 5)
        fee = rate(r, 150, 300, 25)
        flag = rate(r, 300, 450, 10)
        r2 = r1 + rate(r, 40, 120, 5)
        rs = b1 + miles * r1 + fee
        tx = flag + miles * r2
        if tx - rs >= 3:
            break
    vals = {'miles': (miles, 'int', 'miles'), 'b1': M(b1), 'r1': (r1, 'money', '/mile'), 'fee': M(fee),
            'flag': M(flag), 'r2': (r2, 'money', '/mile')}
    P = [
        f"For a {int(miles)}-mile trip, a ride-share charges {pm(b1)} plus {pm(r1)} per mile plus a {pm(fee)} "
        f"booking fee. A taxi charges a {pm(flag)} flag drop plus {pm(r2)} per mile. How much more does the taxi cost?",
        f"Ben compares two options for a {int(miles)}-mile ride. The app: {pm(b1)} base, {pm(r1)}/mile, and a "
        f"{pm(fee)} service fee. The cab: {pm(flag)} to start and {pm(r2)} per mile. How much does Ben save by taking the app?",
        f"A taxi meter starts at {pm(flag)} and adds {pm(r2)} per mile. A rideshare costs {pm(b1)} plus {pm(r1)} "
        f"per mile, plus a {pm(fee)} fee. What is the difference in price for a {int(miles)}-mile trip?",
    ]
    steps = [
        S('m1', 'miles * r1', 'money', 'ride-share mileage'),
        S('rs', 'b1 + m1 + fee', 'money', 'ride-share fare'),
        S('m2', 'miles * r2', 'money', 'taxi mileage'),
        S('tx', 'flag + m2', 'money', 'taxi fare'),
        S('diff', 'tx - rs', 'money', 'difference'),
    ]
    givens = [('Distance', 'miles'), ('App per mile', 'r1'), ('Taxi per mile', 'r2'), ('Flag drop', 'flag')]
    return P, vals, steps, givens, 'the taxi costs {ans} more'


@template
def commute_pass(r):
    dpw = r.randint(3, 5)
    weeks = r.choice([4, 6, 8, 10, 12])
    fare = rate(r, 650, 1475, 25)
    rides = 2 * dpw * weeks
    cost = rides * fare
    passp = rhu(cost * F(r.randint(55, 85), 100), 0)
    vals = {'two': (F(2), 'int', None), 'dpw': (F(dpw), 'int', None), 'weeks': (F(weeks), 'int', 'weeks'),
            'fare': (fare, 'money', '/ride'), 'pass': M(passp)}
    P = [
        f"Elena takes a ride-share to work and back {dpw} days a week. Each one-way ride costs {pm(fare)}. "
        f"A commuter pass for {weeks} weeks of unlimited rides costs {pm(passp)}. How much does she save over {weeks} weeks by buying the pass?",
        f"A commuter rides twice a day, {dpw} days a week, paying {pm(fare)} per ride. A {weeks}-week ride pass "
        f"costs {pm(passp)}. How much money does the pass save over the {weeks} weeks?",
        f"Omar pays {pm(fare)} for every trip. He makes a round trip (2 rides) {dpw} days each week for {weeks} "
        f"weeks. An unlimited pass for that period is {pm(passp)}. How much cheaper is the pass?",
    ]
    steps = [
        S('rides', 'two * dpw * weeks', 'int', 'number of rides', unit='rides'),
        S('cost', 'rides * fare', 'money', 'pay-per-ride cost'),
        S('save', 'cost - pass', 'money', 'savings'),
    ]
    if r.random() < 0.5:
        steps.append(S('pct', 'save / cost', 'pctres', 'percent saved'))
    givens = [('Fare per ride', 'fare'), ('Days per week', 'dpw'), ('Weeks', 'weeks'), ('Pass price', 'pass')]
    return P, vals, steps, givens, 'the pass saves {ans}'


@template
def driver_earn(r):
    tpd = r.randint(8, 18)
    days = r.randint(3, 6)
    fare = rate(r, 950, 2475, 25)
    share = F(r.choice([70, 72, 75, 78, 80]), 100)
    tips = rate(r, 4000, 16000, 500)
    hours = r.randint(20, 48)
    vals = {'tpd': (F(tpd), 'int', 'trips'), 'days': (F(days), 'int', 'days'), 'fare': (fare, 'money', None),
            'share': (share, 'pct', None), 'tips': M(tips), 'hours': (F(hours), 'int', 'hours')}
    sp = minimal(share * 100)
    P = [
        f"A ride-share driver completes {tpd} trips a day for {days} days. The average fare is {pm(fare)}, and the "
        f"driver keeps {sp}% of fares. She also earns {pm(tips)} in tips. She drove {hours} hours in total. What were her earnings per hour, to the nearest cent?",
        f"Marcus drives for a ride app {days} days this week, averaging {tpd} rides per day at {pm(fare)} per ride. "
        f"The app pays drivers {sp}% of the fare, and tips ({pm(tips)} this week) go fully to him. If he worked {hours} hours, what did he earn per hour?",
        f"Over {days} days a driver gives {tpd} rides daily with an average fare of {pm(fare)}. Drivers receive "
        f"{sp}% of each fare plus all tips, which totaled {pm(tips)}. Across {hours} hours of driving, what is the hourly pay?",
    ]
    steps = [
        S('trips', 'tpd * days', 'int', 'number of trips', unit='trips'),
        S('gross', 'trips * fare', 'money', 'total fare revenue'),
        S('keep', 'gross * share', 'money', "driver's share"),
        S('earn', 'keep + tips', 'money', 'total earnings'),
        S('hourly', 'earn / hours', 'money', 'hourly pay'),
    ]
    givens = [('Trips per day', 'tpd'), ('Days', 'days'), ('Average fare', 'fare'), ('Driver share', 'share'), ('Tips', 'tips')]
    return P, vals, steps, givens, 'the driver earned {ans} per hour'


@template
def hours_rental(r):
    while True:
        hours = r.randint(26, 118)
        if hours % 24:
            break
    daily = rate(r, 3500, 8900, 100)
    miles = F(r.randint(60, 480))
    rpm = rate(r, 12, 39)
    vals = {'hours': (F(hours), 'int', 'hours'), 'h24': (F(24), 'int', None), 'daily': (daily, 'money', '/day'),
            'miles': (miles, 'int', 'miles'), 'rpm': (rpm, 'money', '/mile')}
    P = [
        f"A rental company bills by the day, and any part of a day counts as a full day. The rate is {pm(daily)} per "
        f"day plus {pm(rpm)} per mile. Kim keeps the car for {hours} hours and drives {int(miles)} miles. What does she pay?",
        f"Car rentals cost {pm(daily)} for each 24-hour period or part of one, plus {pm(rpm)} per mile driven. "
        f"If Theo has a car for {hours} hours and drives {int(miles)} miles, how much is his bill?",
        f"Rina rents a van for {hours} hours. The agency charges {pm(daily)} per day (partial days are rounded up to "
        f"a whole day) and {pm(rpm)} for each mile. She drives {int(miles)} miles. Find the total charge.",
    ]
    steps = [
        S('dx', 'hours / h24', 'd2', 'number of days used', unit='days'),
        CEIL('dd', 'dx', 'billable days', 'days'),
        S('rent', 'dd * daily', 'money', 'charge for the days'),
        S('mc', 'miles * rpm', 'money', 'mileage charge'),
        S('total', 'rent + mc', 'money', 'total charge'),
    ]
    givens = [('Hours', 'hours'), ('Daily rate', 'daily'), ('Miles', 'miles'), ('Per mile', 'rpm')]
    return P, vals, steps, givens, 'the total charge is {ans}'


@template
def group_cars(r):
    cap = r.choice([4, 4, 6])
    while True:
        people = r.randint(5, 22)
        if people % cap:
            break
    base = rate(r, 200, 400, 25)
    miles = F(r.randint(4, 22))
    rpm = rate(r, 100, 210, 5)
    vals = {'people': (F(people), 'int', None), 'cap': (F(cap), 'int', None), 'base': M(base),
            'miles': (miles, 'int', 'miles'), 'rpm': (rpm, 'money', '/mile')}
    P = [
        f"{people} people need rides to a wedding venue {int(miles)} miles away. Each car holds {cap} passengers. "
        f"Each car's fare is {pm(base)} plus {pm(rpm)} per mile. If they share the total cost equally, how much does each person pay?",
        f"A team of {people} players books ride-share cars that seat {cap} riders each for a {int(miles)}-mile trip. "
        f"Every car charges {pm(base)} plus {pm(rpm)} per mile. What is each player's share of the total, to the nearest cent?",
        f"For a {int(miles)}-mile trip, a group of {people} needs enough cars with {cap} seats each. Each car costs a "
        f"{pm(base)} base fare plus {pm(rpm)}/mile. The total is split evenly. What does one person pay?",
    ]
    steps = [
        S('q', 'people / cap', 'd2', 'number of cars needed', unit='cars'),
        CEIL('cars', 'q', 'cars to book', 'cars'),
        S('mile', 'miles * rpm', 'money', 'mileage per car'),
        S('fare', 'base + mile', 'money', 'fare per car'),
        S('tot', 'cars * fare', 'money', 'total cost'),
        S('each', 'tot / people', 'money', 'cost per person'),
    ]
    givens = [('People', 'people'), ('Seats per car', 'cap'), ('Distance', 'miles'), ('Per mile', 'rpm')]
    return P, vals, steps, givens, 'each person pays {ans}'


@template
def promo(r):
    base = rate(r, 200, 400, 25)
    miles = F(r.randint(30, 250), 10)
    rpm = rate(r, 110, 230, 5)
    disc = F(r.choice([10, 15, 20, 25, 30, 40, 50]), 100)
    book = rate(r, 150, 300, 25)
    vals = {'base': M(base), 'miles': (miles, 'd1', 'miles'), 'rpm': (rpm, 'money', '/mile'),
            'disc': (disc, 'pct', None), 'book': M(book)}
    dp = minimal(disc * 100)
    mi = minimal(miles)
    P = [
        f"A promo code gives {dp}% off the ride fare (but not the {pm(book)} booking fee). The fare is {pm(base)} "
        f"plus {pm(rpm)} per mile, and the trip is {mi} miles. What is the final price?",
        f"Zoe uses a {dp}%-off coupon on a {mi}-mile ride. The app charges a {pm(base)} base fare and {pm(rpm)} per "
        f"mile; the discount does not apply to the {pm(book)} booking fee. How much does she pay?",
        f"First-time riders get {dp}% off the fare. A {mi}-mile ride has a fare of {pm(base)} plus {pm(rpm)} "
        f"per mile, and a {pm(book)} booking fee is added after the discount. What does a first-time rider pay?",
    ]
    steps = [
        S('mile', 'miles * rpm', 'money', 'mileage charge'),
        S('fare', 'base + mile', 'money', 'fare before discount'),
        S('off', 'fare * disc', 'money', 'discount'),
        S('after', 'fare - off', 'money', 'discounted fare'),
        S('total', 'after + book', 'money', 'final price'),
        CHK('after + off', 'money'),
    ]
    givens = [('Base fare', 'base'), ('Per mile', 'rpm'), ('Discount', 'disc'), ('Booking fee', 'book')]
    return P, vals, steps, givens, 'the final price is {ans}'


@template
def weekly_vs_daily(r):
    w = r.randint(1, 4)
    daily = rate(r, 3900, 8900, 100)
    weekly = rhu(daily * 7 * F(r.randint(62, 88), 100), 0)
    vals = {'w': (F(w), 'int', 'weeks'), 'seven': (F(7), 'int', None), 'daily': (daily, 'money', '/day'),
            'weekly': (weekly, 'money', '/week')}
    P = [
        f"A car costs {pm(daily)} per day to rent, or {pm(weekly)} per week. How much do you save by paying the "
        f"weekly rate for a {w}-week trip instead of the daily rate?",
        f"Hana needs a rental car for {w * 7} days ({w} week{'s' if w > 1 else ''}). The daily rate is {pm(daily)} "
        f"and the weekly rate is {pm(weekly)}. How much cheaper is the weekly rate?",
        f"The agency offers {pm(daily)} per day or a weekly package at {pm(weekly)}. For a rental of exactly {w} "
        f"week{'s' if w > 1 else ''}, how much money does the weekly package save?",
    ]
    steps = [
        S('days', 'w * seven', 'int', 'number of days', unit='days'),
        S('dc', 'days * daily', 'money', 'cost at the daily rate'),
        S('wc', 'w * weekly', 'money', 'cost at the weekly rate'),
        S('save', 'dc - wc', 'money', 'savings'),
    ]
    if r.random() < 0.5:
        steps.append(S('pct', 'save / dc', 'pctres', 'percent saved'))
    givens = [('Daily rate', 'daily'), ('Weekly rate', 'weekly'), ('Weeks', 'w')]
    return P, vals, steps, givens, 'the weekly rate saves {ans}'


@template
def time_convert(r):
    hrs = F(r.choice(['0.75', '1.25', '1.5', '1.75', '2', '2.25', '1.2', '0.8', '1.1']))
    rpmin = rate(r, 18, 45)
    miles = F(r.randint(60, 450), 10)
    rpm = rate(r, 90, 190, 5)
    base = rate(r, 150, 350, 25)
    vals = {'hrs': (hrs, 'mult', 'hours'), 'sixty': (F(60), 'int', None), 'rpmin': (rpmin, 'money', '/min'),
            'miles': (miles, 'd1', 'miles'), 'rpm': (rpm, 'money', '/mile'), 'base': M(base)}
    h = minimal(hrs)
    mi = minimal(miles)
    P = [
        f"A long ride-share trip takes {h} hours and covers {mi} miles. The app charges {pm(base)} to start, "
        f"{pm(rpmin)} per minute, and {pm(rpm)} per mile. What is the fare?",
        f"Stuck in traffic, Ivan's ride lasted {h} hours for just {mi} miles. The rate is {pm(rpmin)} per minute "
        f"plus {pm(rpm)} per mile, with a {pm(base)} base fare. How much did the ride cost?",
        f"A driver charges a base of {pm(base)}, then {pm(rpm)} per mile and {pm(rpmin)} per minute. How much is "
        f"a {mi}-mile trip that takes {h} hours?",
    ]
    steps = [
        S('mins', 'hrs * sixty', 'int', 'ride time in minutes', unit='min'),
        S('tc', 'mins * rpmin', 'money', 'time charge'),
        S('mc', 'miles * rpm', 'money', 'distance charge'),
        S('total', 'base + tc + mc', 'money', 'fare'),
        CHK('tc + mc + base', 'money'),
    ]
    givens = [('Time', 'hrs'), ('Distance', 'miles'), ('Per minute', 'rpmin'), ('Per mile', 'rpm')]
    return P, vals, steps, givens, 'the fare is {ans}'


@template
def km_convert(r):
    km = F(r.randint(8, 45))
    conv = F('0.62')
    rpm = rate(r, 95, 220, 5)
    base = rate(r, 175, 375, 25)
    fee = rate(r, 100, 275, 25)
    vals = {'km': (km, 'int', 'km'), 'conv': (conv, 'mult', None), 'rpm': (rpm, 'money', '/mile'),
            'base': M(base), 'fee': M(fee)}
    P = [
        f"A visitor's ride is {int(km)} kilometers long. The app charges {pm(base)} plus {pm(rpm)} per mile and a "
        f"{pm(fee)} booking fee. Using 1 km = 0.62 miles, what is the total fare?",
        f"The map shows a trip of {int(km)} km. Fares are {pm(rpm)} per mile on top of a {pm(base)} base fare and "
        f"a {pm(fee)} service fee. If 1 kilometer is 0.62 miles, how much will the trip cost?",
        f"Carla's hotel is {int(km)} km from the airport. A car service charges {pm(base)} base, {pm(rpm)}/mile, "
        f"and {pm(fee)} in fees. Convert with 1 km = 0.62 mi and find the fare.",
    ]
    steps = [
        S('miles', 'km * conv', 'd2', 'distance in miles', unit='miles'),
        S('mc', 'miles * rpm', 'money', 'mileage charge'),
        S('total', 'base + mc + fee', 'money', 'total fare'),
    ]
    givens = [('Distance', 'km'), ('Per mile', 'rpm'), ('Base fare', 'base'), ('Fee', 'fee')]
    return P, vals, steps, givens, 'the total fare is {ans}'


@template
def cents_rate(r):
    cpm = F(r.randint(19, 48))
    mins = F(r.randint(9, 48))
    miles = F(r.randint(2, 18))
    rpm = rate(r, 90, 190, 5)
    base = rate(r, 150, 300, 25)
    vals = {'cpm': (cpm, 'cents', '/min'), 'mins': (mins, 'int', 'min'), 'hund': (F(100), 'int', None),
            'miles': (miles, 'int', 'miles'), 'rpm': (rpm, 'money', '/mile'), 'base': M(base)}
    P = [
        f"A ride costs {pm(base)} to start, {int(cpm)} cents per minute, and {pm(rpm)} per mile. How many dollars "
        f"does a {int(mins)}-minute, {int(miles)}-mile ride cost?",
        f"An e-hail service charges {int(cpm)}¢ for each minute plus {pm(rpm)} for each mile, with a base fare of "
        f"{pm(base)}. Find the cost of a ride lasting {int(mins)} minutes over {int(miles)} miles.",
        f"Tessa's ride took {int(mins)} minutes and went {int(miles)} miles. The rates are {int(cpm)} cents a minute, "
        f"{pm(rpm)} a mile, and a {pm(base)} base fare. What did she pay in dollars?",
    ]
    steps = [
        S('cents', 'mins * cpm', 'cents', 'time charge in cents'),
        S('tc', 'cents / hund', 'money', 'time charge in dollars'),
        S('mc', 'miles * rpm', 'money', 'distance charge'),
        S('total', 'base + tc + mc', 'money', 'total fare'),
    ]
    givens = [('Base fare', 'base'), ('Per minute', 'cpm'), ('Per mile', 'rpm')]
    return P, vals, steps, givens, 'the ride costs {ans}'


@template
def airport_round(r):
    miles = F(r.randint(8, 32))
    rpm = rate(r, 110, 210, 5)
    base = rate(r, 200, 400, 25)
    toll = rate(r, 250, 900, 25)
    surge = F(r.choice(['1.2', '1.3', '1.4', '1.5', '1.6', '1.8']))
    vals = {'miles': (miles, 'int', 'miles'), 'rpm': (rpm, 'money', '/mile'), 'base': M(base), 'toll': M(toll),
            'surge': (surge, 'mult', None)}
    sg = minimal(surge)
    P = [
        f"Rosa rides {int(miles)} miles to the airport and back. Each way costs a {pm(base)} base fare, {pm(rpm)} "
        f"per mile, and a {pm(toll)} toll. On the way back, a {sg}x surge applies to the whole one-way price. What does the round trip cost?",
        f"A one-way airport ride is {int(miles)} miles: {pm(base)} base plus {pm(rpm)} per mile, plus a {pm(toll)} "
        f"bridge toll. The return trip is identical except it is multiplied by a {sg} surge. Find the total for both rides.",
        f"Going to the airport ({int(miles)} miles) costs {pm(base)} + {pm(rpm)}/mile + a {pm(toll)} toll. Coming "
        f"home, surge pricing multiplies that same fare by {sg}. What is the combined cost of both trips?",
    ]
    steps = [
        S('mc', 'miles * rpm', 'money', 'mileage charge'),
        S('one', 'base + mc + toll', 'money', 'one-way fare'),
        S('ret', 'one * surge', 'money', 'return fare'),
        S('total', 'one + ret', 'money', 'round-trip total'),
    ]
    givens = [('Distance each way', 'miles'), ('Per mile', 'rpm'), ('Toll', 'toll')]
    return P, vals, steps, givens, 'the round trip costs {ans}'


@template
def fuel_economy(r):
    days = r.randint(2, 8)
    daily = rate(r, 3200, 7900, 100)
    mpg = r.choice([22, 24, 25, 28, 30, 32, 35, 36, 40])
    miles = F(r.randint(180, 1400))
    price = rate(r, 329, 529)
    vals = {'days': (F(days), 'int', 'days'), 'daily': (daily, 'money', '/day'), 'mpg': (F(mpg), 'int', None),
            'miles': (miles, 'int', 'miles'), 'price': (price, 'money', '/gal')}
    P = [
        f"A road trip rental costs {pm(daily)} per day for {days} days. The car gets {mpg} miles per gallon, the "
        f"trip is {addsep(str(int(miles)), ',')} miles, and gas costs {pm(price)} per gallon. Estimate the total cost "
        f"of rental plus gas (round gallons to the nearest tenth).",
        f"Felix rents a hatchback for {days} days at {pm(daily)} a day and drives {addsep(str(int(miles)), ',')} "
        f"miles. It averages {mpg} mpg, and fuel is {pm(price)}/gallon. Rounding gallons to one decimal place, what does the trip cost altogether?",
        f"For a {days}-day rental ({pm(daily)}/day), Gia drives {addsep(str(int(miles)), ',')} miles in a car rated "
        f"at {mpg} miles per gallon. With gas at {pm(price)} a gallon, what is her total cost? Use gallons rounded to the nearest tenth.",
    ]
    steps = [
        S('gal', 'miles / mpg', 'd1', 'gas used', unit='gal'),
        S('gas', 'gal * price', 'money', 'gas cost'),
        S('rent', 'days * daily', 'money', 'rental cost'),
        S('total', 'rent + gas', 'money', 'total trip cost'),
    ]
    givens = [('Daily rate', 'daily'), ('Days', 'days'), ('Fuel economy', 'mpg'), ('Gas price', 'price')]
    return P, vals, steps, givens, 'the trip costs about {ans} in total'


@template
def tips_week(r):
    rides = r.randint(4, 14)
    fare = rate(r, 850, 2650, 5)
    tip = F(r.choice([10, 15, 18, 20, 25]), 100)
    weeks = r.choice([4, 4, 5, 8, 13, 52])
    vals = {'rides': (F(rides), 'int', 'rides'), 'fare': (fare, 'money', None), 'tip': (tip, 'pct', None),
            'weeks': (F(weeks), 'int', 'weeks')}
    tp = minimal(tip * 100)
    P = [
        f"Lena takes {rides} rides a week. Each ride costs {pm(fare)}, and she tips {tp}% on every ride. "
        f"How much does she spend on rides in {weeks} weeks?",
        f"A student rides the shuttle app {rides} times per week at {pm(fare)} a ride, always adding a {tp}% tip. "
        f"What does the student spend over {weeks} weeks?",
        f"Every ride Paul takes costs {pm(fare)} before tip, and he tips {tp}%. He rides {rides} times each week. "
        f"What is his total ride spending for {weeks} weeks?",
    ]
    steps = [
        S('tipv', 'fare * tip', 'money', 'tip per ride'),
        S('per', 'fare + tipv', 'money', 'cost per ride'),
        S('wk', 'rides * per', 'money', 'weekly cost'),
        S('tot', 'wk * weeks', 'money', 'total spending'),
    ]
    givens = [('Fare', 'fare'), ('Tip', 'tip'), ('Rides per week', 'rides'), ('Weeks', 'weeks')]
    return P, vals, steps, givens, 'the total spending is {ans}'


@template
def mileage_cap_total(r):
    # weekend rental with a per-trip mileage cap and a flat fuel option
    days = r.randint(2, 4)
    daily = rate(r, 4500, 9500, 100)
    cap = r.choice([200, 250, 300, 400])
    driven = F(cap + r.randint(20, 260))
    over = rate(r, 20, 60, 5)
    fuel = rate(r, 3500, 6500, 100)
    vals = {'days': (F(days), 'int', 'days'), 'daily': (daily, 'money', '/day'), 'cap': (F(cap), 'int', 'miles'),
            'driven': (driven, 'int', 'miles'), 'over': (over, 'money', '/mile'), 'fuel': M(fuel)}
    P = [
        f"A weekend rental is {pm(daily)} per day for {days} days and includes {cap} total miles. Extra miles cost "
        f"{pm(over)} each. Jay also prepays for fuel at a flat {pm(fuel)}. He drives {int(driven)} miles. What is the total bill?",
        f"An agency charges {pm(daily)} a day with a {cap}-mile limit for the whole rental; each mile over the limit "
        f"costs {pm(over)}. The prepaid fuel option is {pm(fuel)}. For {days} days and {int(driven)} miles, with prepaid fuel, what is the cost?",
        f"Mira rents a convertible for {days} days at {pm(daily)}/day. Her plan includes {cap} miles in total, "
        f"then {pm(over)} per extra mile. She drives {int(driven)} miles and adds the {pm(fuel)} fuel package. How much does she pay?",
    ]
    steps = [
        S('rent', 'days * daily', 'money', 'charge for the days'),
        S('extra', 'driven - cap', 'int', 'mileage over the cap', unit='miles'),
        S('xc', 'extra * over', 'money', 'overage charge'),
        S('total', 'rent + xc + fuel', 'money', 'total bill'),
        CHK('total - rent - fuel', 'money'),
    ]
    givens = [('Daily rate', 'daily'), ('Included miles', 'cap'), ('Overage', 'over'), ('Fuel package', 'fuel')]
    return P, vals, steps, givens, 'the total bill is {ans}'


# ----------------------------------------------------------------------------
# layouts (one per style); every function returns [(text, [record indices])]
# ----------------------------------------------------------------------------

INTROS = {
    'gpt_md': ["Let's break this down step by step.", "To find the answer, we'll work through each part of the fare.",
               "Let's solve this step by step."],
    'claude_bold': ["I'll work through this step by step.", "Let me break this into parts.",
                    "Let me work through this carefully."],
    'bullets': ["Here's the calculation:", "Let's break this down.", "Breaking the cost into pieces:"],
    'prose': ["Let's break this down.", "We can handle this one piece at a time.", ""],
    'latex_inline': ["Let's compute each part of the cost.", "We calculate the pieces one at a time.",
                     "Let's work it out step by step."],
    'latex_display': ["Let's set up the calculation.", "We'll compute each component separately.",
                      "Here is the step-by-step solution."],
    'table': ["Here's the breakdown:", "Let's organize the costs in a table.", "Breaking it down:"],
    'terse': ["", "Given:", ""],
    'tutor': ["Great question! Let's work through it together.", "Okay, let's take this one piece at a time.",
              "Sure! Let's figure this out step by step."],
    'llama': [""],
    'gsm8k': [""],
}

HEAD_VERBS = ['Calculate the', 'Find the', 'Compute the', 'Determine the', 'Work out the']
CONNS = ['First,', 'Next,', 'Then', 'After that,', 'Now', 'So']


def cap1(t):
    return t[0].upper() + t[1:]


def latexify_note(t):
    return t.replace('$', '\\$').replace('%', '\\%')


class Ctx:
    def __init__(self, recs, env, s, givens, ans_phrase, final_val, final_fmt, r, notes_on):
        self.recs = recs
        self.env = env
        self.s = s
        self.givens = givens
        self.ans_phrase = ans_phrase
        self.final_val = final_val
        self.final_fmt = final_fmt
        self.r = r
        self.notes_on = notes_on


def answer_text(ctx, bold=False, plain_money=False):
    s = dict(ctx.s)
    a = disp(ctx.final_val, ctx.final_fmt, s)
    if s['latex']:
        a = '\\(' + a + '\\)'
    if bold:
        a = '**' + a + '**'
    return ctx.ans_phrase.format(ans=a)


def given_line(ctx, label, name):
    v, fmt, unit = ctx.env[name]
    s = dict(ctx.s)
    s['units'] = True
    s['words'] = False
    t = disp(v, fmt, s, unit=unit)
    return '%s: %s' % (label, t)


def lay_gpt(ctx, intro, vs):
    r = ctx.r
    L = []
    if intro:
        L += [(intro, []), ('', [])]
    k = 0
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        if st.kind == 'check':
            L += [('**Check:** ' + eq_str(rec, ctx.env, ctx.s, vs[i]), [i]), ('', [])]
            continue
        k += 1
        verb = r.choice(HEAD_VERBS)
        L.append(('### Step %d: %s %s' % (k, verb, st.label), []))
        if st.note and ctx.notes_on[i]:
            L.append((st.note, []))
        if st.kind == 'ceil':
            L.append(("Since partial amounts can't be booked, round up: " + eq_str(rec, ctx.env, ctx.s, vs[i]), [i]))
        else:
            L.append((eq_str(rec, ctx.env, ctx.s, vs[i], bold=True), [i]))
        L.append(('', []))
    L.append(('### Final Answer', []))
    L.append((cap1(answer_text(ctx, bold=True)) + '.', []))
    return L


def lay_claude(ctx, intro, vs):
    r = ctx.r
    L = [(intro, []), ('', [])]
    if r.random() < 0.6:
        L.append(('**Given:**', []))
        for lab, nm in ctx.givens:
            L.append(('- ' + given_line(ctx, lab, nm), []))
        L.append(('', []))
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        if st.kind == 'check':
            L.append(('', []))
            L.append(('**Check:** ' + eq_str(rec, ctx.env, ctx.s, vs[i]), [i]))
            continue
        L.append(('**%s:** %s' % (cap1(st.label), eq_str(rec, ctx.env, ctx.s, vs[i])), [i]))
    L.append(('', []))
    L.append((cap1(r.choice(['So ', 'Therefore, ', '']) + answer_text(ctx, bold=True)) + '.', []))
    return L


def lay_bullets(ctx, intro, vs):
    r = ctx.r
    L = [(intro, []), ('', [])]
    if r.random() < 0.4:
        for lab, nm in ctx.givens:
            L.append(('- ' + given_line(ctx, lab, nm), []))
        L.append(('', []))
    nested = r.random() < 0.4
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        if st.kind == 'check':
            L.append(('- Check: ' + eq_str(rec, ctx.env, ctx.s, vs[i]), [i]))
        elif nested:
            L.append(('- %s:' % cap1(st.label), []))
            L.append(('  - ' + eq_str(rec, ctx.env, ctx.s, vs[i]), [i]))
        else:
            L.append(('- %s: %s' % (cap1(st.label), eq_str(rec, ctx.env, ctx.s, vs[i])), [i]))
    L.append(('', []))
    L.append(('**Answer:** ' + cap1(answer_text(ctx)) + '.', []))
    return L


def lay_prose(ctx, intro, vs):
    r = ctx.r
    L = []
    if intro:
        L += [(intro, []), ('', [])]
    groups = []
    cur = []
    for i, rec in enumerate(ctx.recs):
        if rec['step'].kind == 'check' and cur:
            groups.append(cur)
            cur = []
        cur.append(i)
        if len(cur) >= r.choice([1, 2, 2, 3]):
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)
    n = 0
    for g in groups:
        sents = []
        for i in g:
            rec = ctx.recs[i]
            st = rec['step']
            e = eq_str(rec, ctx.env, ctx.s, vs[i])
            conn = CONNS[min(n, len(CONNS) - 1)] if n < 2 else r.choice(CONNS[1:])
            n += 1
            if st.kind == 'check':
                sents.append('As a check, ' + e)
            elif st.kind == 'ceil':
                sents.append("A partial one still counts, so " + e)
            else:
                verb = r.choice(['is', 'comes to', 'works out to'])
                sents.append('%s the %s %s %s' % (conn, st.label, verb, e))
        L.append(('. '.join(sents) + '.', g))
        L.append(('', []))
    L.append((r.choice(['So ', 'Therefore, ', 'Putting it all together, ']) + answer_text(ctx) + '.', []))
    return L


def lay_latex_inline(ctx, intro, vs):
    r = ctx.r
    L = [(intro, []), ('', [])]
    n = 0
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        e = eq_str(rec, ctx.env, ctx.s, vs[i])
        if st.kind == 'check':
            L.append(('Check: \\( %s \\)' % e, [i]))
        elif st.kind == 'ceil':
            L.append(('Rounding up to a whole number: \\( %s \\).' % e, [i]))
        else:
            if st.note and ctx.notes_on[i]:
                L.append((latexify_note(st.note), []))
            pat = r.choice(['The %s is \\( %s \\).', '%s: \\( %s \\)', 'For the %s: \\( %s \\).'])
            if pat.startswith('%s:'):
                L.append((pat % (cap1(st.label), e), [i]))
            else:
                L.append((pat % (st.label, e), [i]))
        n += 1
    L.append(('', []))
    L.append((r.choice(['So ', 'Therefore, ', 'Thus, ']) + answer_text(ctx) + '.', []))
    return L


def lay_latex_display(ctx, intro, vs):
    r = ctx.r
    L = [(intro, []), ('', [])]
    k = 0
    textlab = r.random() < 0.5
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        e = eq_str(rec, ctx.env, ctx.s, vs[i])
        if st.kind == 'check':
            L += [('**Check:**', []), ('\\[', []), (e, [i]), ('\\]', [])]
            continue
        k += 1
        L.append(('**%d. %s**' % (k, cap1(st.label)), []))
        if st.note and ctx.notes_on[i]:
            L.append((latexify_note(st.note), []))
        L.append(('\\[', []))
        if textlab and st.kind == 'calc':
            e = '\\text{%s} = %s' % (cap1(st.label), e)
        L.append((e, [i]))
        L.append(('\\]', []))
        L.append(('', []))
    s = ctx.s
    L.append(('\\[', []))
    L.append(('\\boxed{%s}' % disp(ctx.final_val, ctx.final_fmt, s), []))
    L.append(('\\]', []))
    L.append(('', []))
    L.append((cap1(answer_text(ctx)) + '.', []))
    return L


def lay_table(ctx, intro, vs):
    r = ctx.r
    s = ctx.s
    L = [(intro, []), ('', []), ('| Quantity | Calculation | Result |', []), ('|---|---|---|', [])]
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        env = dict(ctx.env)
        if st.kind == 'ceil':
            e = eq_str(rec, env, s, vs[i])
            L.append(('| %s | %s | %s |' % (cap1(st.label), e, disp(rec['shown'], 'int', s) + ' ' + st.unit), [i]))
            continue
        parts = [expr_str(st.toks, env, s)]
        if st.stage:
            parts.append(expr_str(staged(st.toks, env), env, s))
        res = disp(rec['shown'], st.fmt, s) + res_unit(st.unit, s)
        if rec['rel'] != '=':
            res = '≈ ' + res
        lab = cap1(st.label) if st.kind != 'check' else 'Check'
        if st.kind == 'check':
            res += ' ✓'
        if rec is final_rec(ctx.recs):
            lab = '**%s**' % lab
            res = '**%s**' % res
        L.append(('| %s | %s | %s |' % (lab, ' = '.join(parts), res), [i]))
    L.append(('', []))
    L.append((cap1(r.choice(['So ', 'Therefore, ', '']) + answer_text(ctx)) + '.', []))
    return L


def lay_terse(ctx, intro, vs):
    r = ctx.r
    L = []
    if intro == 'Given:':
        L.append(('Given:', []))
        for lab, nm in ctx.givens:
            L.append((given_line(ctx, lab, nm), []))
        L.append(('', []))
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        lab = 'Check' if st.kind == 'check' else cap1(st.label)
        L.append(('%s: %s' % (lab, eq_str(rec, ctx.env, ctx.s, vs[i])), [i]))
    L.append(('Answer: ' + disp(ctx.final_val, ctx.final_fmt, ctx.s), []))
    return L


def lay_gsm8k(ctx, intro, vs):
    r = ctx.r
    L = []
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        e = eq_str(rec, ctx.env, ctx.s, vs[i])
        if st.kind == 'ceil':
            L.append(('Since only whole ones count, %s.' % e, [i]))
        else:
            L.append(('The %s is %s.' % (st.label, e), [i]))
    return L


def lay_tutor(ctx, intro, vs):
    r = ctx.r
    L = [(intro, []), ('', [])]
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        e = eq_str(rec, ctx.env, ctx.s, vs[i])
        if st.kind == 'check':
            L.append(("Let's double-check: %s. Yep, that matches!" % e, [i]))
        elif st.kind == 'ceil':
            L.append(("We can't have part of one, so %s." % e, [i]))
        else:
            opener = r.choice(["let's find the %s.", "we need the %s.", "let's work out the %s."])
            conn = 'First' if i == 0 else r.choice(['Next', 'Now', 'Then', 'After that'])
            L.append(('%s, %s %s.' % (conn, opener % st.label, cap1(e)), [i]))
        L.append(('', []))
    L.append((r.choice(['So, ', 'And there you have it: ', 'That means ']) + answer_text(ctx) + '.', []))
    return L


def lay_llama(ctx, intro, vs):
    r = ctx.r
    L = []
    k = 0
    for i, rec in enumerate(ctx.recs):
        st = rec['step']
        k += 1
        verb = r.choice(HEAD_VERBS)
        L.append(('## Step %d: %s %s' % (k, verb, st.label), []))
        e = eq_str(rec, ctx.env, ctx.s, vs[i])
        if st.kind == 'ceil':
            L.append(('Rounding up to a whole number gives %s.' % e, [i]))
        else:
            L.append(('The %s is %s.' % (st.label, e), [i]))
        L.append(('', []))
    a = numstr(ctx.final_val, ctx.final_fmt, ctx.s) if ctx.final_fmt != 'money' else final_str(ctx.final_val, ctx.final_fmt)
    L.append(('The final answer is: $\\boxed{%s}$' % a, []))
    return L


LAYOUTS = {'gpt_md': lay_gpt, 'claude_bold': lay_claude, 'bullets': lay_bullets, 'prose': lay_prose,
           'latex_inline': lay_latex_inline, 'latex_display': lay_latex_display, 'table': lay_table,
           'terse': lay_terse, 'gsm8k': lay_gsm8k, 'tutor': lay_tutor, 'llama': lay_llama}
STYLE_NAMES = list(LAYOUTS)
CHECK_P = {'gpt_md': 0.5, 'claude_bold': 1.0, 'bullets': 0.5, 'prose': 0.4, 'latex_inline': 0.3,
           'latex_display': 0.3, 'table': 0.5, 'terse': 0.5, 'gsm8k': 0.0, 'tutor': 0.4, 'llama': 0.0}


def final_rec(recs):
    return [x for x in recs if x['step'].kind != 'check' and x['step'].fmt != 'pctres'][-1]


def final_str(v, fmt):
    if fmt == 'money':
        return str(int(v)) if v.denominator == 1 else fixed(v, 2)
    if fmt == 'pctres':
        return strip0(fixed(v * 100, 1))
    return minimal(v)


# ----------------------------------------------------------------------------
# building a problem
# ----------------------------------------------------------------------------

def render(pid, style, vals, steps, givens, ans_phrase, override=None, display_override=None):
    env, recs = compute(vals, steps, override)
    r = random.Random('layout|' + pid)
    s = make_style(style, r)
    vs = [r.randrange(1000) for _ in recs]
    notes_on = [r.random() < 0.5 for _ in recs]
    intro = r.choice(INTROS[style])
    if display_override is not None:
        k, w = display_override
        recs[k] = dict(recs[k])
        recs[k]['shown'] = w
    last = final_rec(recs)
    final_val, final_fmt = last['shown'], last['step'].fmt
    if display_override is not None and recs.index(last) == display_override[0]:
        final_val = last['right']
    ctx = Ctx(recs, env, s, givens, ans_phrase, final_val, final_fmt, r, notes_on)
    lines = LAYOUTS[style](ctx, intro, vs)
    fs = final_str(final_val, final_fmt)
    lines.append(('#### ' + fs, []))
    return lines, recs, s, fs


def assemble(lines):
    text = '\n'.join(t for t, _ in lines)
    order = []
    for t, ids in lines:
        order.extend(ids)
    return text, order


def line_span(lines, li):
    start = sum(len(t) + 1 for t, _ in lines[:li])
    return [start, start + len(lines[li][0])]


KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift']


def candidates(kind, right, fmt, s, toks, env, rel, r):
    """candidate wrong values (as Fractions) for a fault kind; strings compared on written form"""
    rs = numstr(right, fmt, s)
    d = FMT_D[fmt]
    out = []
    if kind == 'off_by_one':
        out = [right + 1, right - 1]
    elif kind == 'off_by_ten':
        out = [right + 10, right - 10]
    elif kind == 'decimal_shift':
        out = [right * 10, right / 10]
    elif kind in ('swap_digits', 'drop_digit', 'double_digit'):
        strs = []
        ip = rs.split('.')[0]
        for j in range(len(rs)):
            if kind == 'swap_digits' and j + 1 < len(rs) and rs[j].isdigit() and rs[j + 1].isdigit() and rs[j] != rs[j + 1]:
                strs.append(rs[:j] + rs[j + 1] + rs[j] + rs[j + 2:])
            if kind == 'drop_digit' and j < len(ip) and len(ip) >= 2:
                strs.append(rs[:j] + rs[j + 1:])
            if kind == 'double_digit' and j < len(ip):
                strs.append(rs[:j] + rs[j] + rs[j:])
        for t in strs:
            if t.startswith('0') and not t.startswith('0.'):
                continue
            if t.startswith('.'):
                continue
            out.append(F(t))
    elif kind == 'wrong_op' and toks is not None:
        n = nops(toks)
        for k in range(n):
            for o in '+-*/':
                try:
                    v = evaluate(toks, env, alt=(k, o))
                except ZeroDivisionError:
                    continue
                out.append(v if rel == '=' else rhu(v, d))
    good = []
    for v in out:
        if v <= 0 or v == right:
            continue
        if rhu(v, d) != v:
            continue
        if abs(v - right) <= F(1, 2) * F(1, 10 ** d):
            continue
        # the written form must round-trip (e.g. trimmed money)
        if kind in ('swap_digits', 'drop_digit', 'double_digit'):
            pass
        good.append(v)
    # de-duplicate keeping order
    seen = []
    for v in good:
        if v not in seen:
            seen.append(v)
    r.shuffle(seen)
    return seen


def written_ok(kind, right, wrong, fmt, s):
    rs = numstr(right, fmt, s)
    ws = numstr(wrong, fmt, s)
    if F(ws) != wrong:
        return False
    if kind == 'swap_digits':
        return len(rs) == len(ws) and sum(1 for a, b in zip(rs, ws) if a != b) == 2
    if kind == 'drop_digit':
        return len(ws) == len(rs) - 1 and any(rs[:j] + rs[j + 1:] == ws for j in range(len(rs)))
    if kind == 'double_digit':
        return len(ws) == len(rs) + 1 and any(ws[:j] + ws[j + 1:] == rs and ws[j] == ws[j + 1] for j in range(len(ws) - 1))
    return True


def deps_of(recs, sid):
    by = {x['step'].id: x['step'] for x in recs}
    seen, todo = set(), [sid]
    while todo:
        st = by[todo.pop()]
        names = [st.src] if st.kind == 'ceil' else [t[1] for t in st.toks if not isinstance(t, str) and t[0] == 'n']
        for n in names:
            if n in by and n not in seen:
                seen.add(n)
                todo.append(n)
    return seen


def faultable(recs, lines_ids, slip):
    """indices of records that may carry a fault"""
    ok = []
    chk_deps = deps_of(recs, 'check') if any(x['step'].kind == 'check' for x in recs) else None
    for i, rec in enumerate(recs):
        st = rec['step']
        if st.kind != 'calc' or st.fmt == 'pctres':
            continue
        if not slip and chk_deps is not None and st.id not in chk_deps:
            # a later check line would contradict the carried value
            continue
        if slip:
            # the round-up of this value must not sit on the same line
            same = False
            for ids in lines_ids:
                if i in ids:
                    for j in ids:
                        if recs[j]['step'].kind == 'ceil' and recs[j]['step'].src == st.id:
                            same = True
            if same:
                continue
        ok.append(i)
    return ok


def build(tfn, idx, style):
    pid = '%s-%03d' % (tfn.__name__, idx)
    r = random.Random('nums|%s|%d' % (tfn.__name__, idx))
    P, vals, steps, givens, ans_phrase = tfn(r)
    problem = r.choice(P)
    problem = re.sub(r'\b(a|A) (?=(?:8|11(?!\d)|18(?!\d))[\d.]*[- ])',
                     lambda m: ('an ' if m.group(1) == 'a' else 'An '), problem)
    lr = random.Random('check|' + pid)
    if not any(st.kind == 'check' for st in steps) or lr.random() >= CHECK_P[style]:
        steps = [st for st in steps if st.kind != 'check']
    if style == 'gsm8k':
        steps = [st for st in steps if st.fmt != 'pctres']
    base = {'pid': pid, 'template': tfn.__name__, 'style': style, 'problem': problem}

    lines, recs, s, fs = render(pid, style, vals, steps, givens, ans_phrase)
    text, order = assemble(lines)
    ncomp = len(order)
    assert sorted(order) == list(range(len(recs))), (pid, order)
    assert 2 <= ncomp <= 8, (pid, ncomp)
    rows = [dict(base, variant='correct', solution=text, final=fs)]
    gold = fs
    lines_ids = [ids for _, ids in lines]

    fr = random.Random('fault|' + pid)
    kinds = KINDS[:]
    start = idx % 7
    kinds = kinds[start:] + kinds[:start]
    slip_kinds = kinds
    carry_kinds = kinds[3:] + kinds[:3]

    def pick(slip):
        cand = faultable(recs, lines_ids, slip)
        fr.shuffle(cand)
        for kind in (slip_kinds if slip else carry_kinds):
            for k in cand:
                rec = recs[k]
                st = rec['step']
                env0 = compute(vals, steps)[0]
                for w in candidates(kind, rec['right'], st.fmt, s, st.toks, env0, rec['rel'], fr):
                    if not written_ok(kind, rec['right'], w, st.fmt, s):
                        continue
                    if slip:
                        L2, recs2, s2, fs2 = render(pid, style, vals, steps, givens, ans_phrase,
                                                    display_override=(k, w))
                        if fs2 != gold:
                            continue
                    else:
                        try:
                            L2, recs2, s2, fs2 = render(pid, style, vals, steps, givens, ans_phrase, override={k: w})
                        except ZeroDivisionError:
                            continue
                        if fs2 == gold or any(x['shown'] <= 0 for x in recs2):
                            continue
                    return kind, k, w, L2, recs2, s2, fs2
        raise RuntimeError('no fault for ' + pid)

    for variant in ('slip', 'carry'):
        kind, k, w, L2, recs2, s2, fs2 = pick(variant == 'slip')
        text2, order2 = assemble(L2)
        li = next(j for j, (_, ids) in enumerate(L2) if k in ids)
        st = recs[k]['step']
        row = dict(base, variant=variant, solution=text2, final=gold, span=line_span(L2, li),
                   wrong=numstr(w, st.fmt, s2), right=numstr(recs[k]['right'], st.fmt, s2),
                   step=order2.index(k) + 1, kind=kind)
        rows.append(row)

    # loop
    lr = random.Random('loop|' + pid)
    want_partial = lr.random() < 0.4
    comp_lines = [j for j, (_, ids) in enumerate(lines) if any(recs[x]['step'].kind == 'calc' for x in ids)]
    opts = []
    for j in comp_lines:
        for u in (1, 2, 3):
            a = j - u + 1
            if a < 0 or not lines[a][0].strip():
                continue
            first = lines[a][0]
            fd = next((q for q, ch in enumerate(first) if ch.isdigit()), len(first))
            opts.append((j, u, fd))
    if want_partial:
        p2 = [o for o in opts if o[2] >= 4]
        if p2:
            opts = p2
        else:
            want_partial = False
    j, u, fd = lr.choice(opts)
    reps = lr.randint(8, 30)
    unit = [t for t, _ in lines[j - u + 1:j + 1]]
    pre = [t for t, _ in lines[:j + 1]]
    out = pre + unit * (reps - 1)
    unit_text = '\n'.join(unit)
    first_end = len('\n'.join(pre))
    sp = [first_end + 1, first_end + 1 + len(unit_text)]
    if want_partial:
        cut = lr.randint(2, fd)
        # prefer cutting at a word boundary most of the time
        if lr.random() < 0.6:
            sps = [q for q in range(2, fd + 1) if unit[0][q - 1] == ' ']
            if sps:
                cut = lr.choice(sps)
        out.append(unit[0][:cut])
    rows.append(dict(base, variant='loop', solution='\n'.join(out), final=gold, span=sp, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    ap.add_argument('--per', type=int, default=36)
    a = ap.parse_args()
    rows = []
    n = 0
    for ti, tfn in enumerate(TEMPLATES):
        for i in range(a.per):
            style = STYLE_NAMES[(i + ti * 3) % len(STYLE_NAMES)]
            rows.extend(build(tfn, i, style))
            n += 1
    keys = ['pid', 'template', 'style', 'problem', 'variant', 'solution', 'final', 'span', 'wrong', 'right',
            'step', 'kind', 'repeats']
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            o = {k: row[k] for k in keys if k in row}
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote %d rows (%d problems, %d templates, %d styles) to %s' % (len(rows), n, len(TEMPLATES),
                                                                             len(STYLE_NAMES), a.out))


if __name__ == '__main__':
    main()
