#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (manufacturing / warehouse
word problems) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: only random.Random seeded with strings, Fraction arithmetic, no hash(),
no set iteration, no clock.
"""
import argparse
import json
import math
import random
from fractions import Fraction as F

# ----------------------------------------------------------------------------
# number helpers
# ----------------------------------------------------------------------------


def fr(x):
    return F(str(x)) if not isinstance(x, F) else x


def exact_dec(v):
    """Number of decimals needed to write v exactly, or None if non-terminating."""
    v = fr(v)
    d = v.denominator
    n = 0
    while d % 10 == 0:
        d //= 10
        n += 1
    while d % 2 == 0:
        d //= 2
        n += 1
    while d % 5 == 0:
        d //= 5
        n += 1
    if d != 1:
        return None
    # smallest k with v*10^k integer
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
    return k


def rhu(v, d):
    """round half up (v >= 0) to d decimals, as Fraction"""
    q = math.floor(v * 10 ** d + F(1, 2))
    return F(q, 10 ** d)


def fixed(v, d, sep=','):
    """format v (>=0) with exactly d decimals (half-up), grouping with sep"""
    q = math.floor(fr(v) * 10 ** d + F(1, 2))
    s = str(q)
    if d > 0:
        s = s.rjust(d + 1, '0')
        ip, fp = s[:-d], s[-d:]
    else:
        ip, fp = s, ''
    if sep and len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ip + ('.' + fp if d > 0 else '')


def decide(v, fmt, dp):
    """return (shown_value, decimals, symbol) for a computed result"""
    ed = exact_dec(v)
    if ed is not None and ed <= dp:
        dec = ed
        if fmt == 'money' and dec == 1:
            dec = 2
        return v, dec, '='
    d = dp
    while d < 8:
        r = rhu(v, d)
        if r != 0 and not (r.denominator == 1 and v.denominator != 1):
            break
        d += 1
    r = rhu(v, d)
    if fmt == 'money':
        dec = max(2, exact_dec(r))
    else:
        dec = exact_dec(r)
    return r, dec, '≈'


# ----------------------------------------------------------------------------
# expression DSL
# ----------------------------------------------------------------------------


def _w(a):
    if isinstance(a, tuple):
        return a
    if isinstance(a, str):
        return ('n', a)
    return ('k', fr(a), 'num')


def mul(*a):
    return ('*', [_w(x) for x in a])


def div(*a):
    return ('/', [_w(x) for x in a])


def add(*a):
    return ('+', [_w(x) for x in a])


def sub(*a):
    return ('-', [_w(x) for x in a])


def K(x, fmt='num'):
    return ('k', fr(x), fmt)


PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


def ev(node, env):
    t = node[0]
    if t == 'n':
        return env[node[1]][0]
    if t == 'k':
        return node[1]
    vals = [ev(a, env) for a in node[1]]
    acc = vals[0]
    for x in vals[1:]:
        if t == '+':
            acc = acc + x
        elif t == '-':
            acc = acc - x
        elif t == '*':
            acc = acc * x
        else:
            if x == 0:
                raise ZeroDivisionError
            acc = acc / x
    return acc


def leaf_fmt(node, env):
    if node[0] == 'n':
        return env[node[1]][2]
    if node[0] == 'k':
        return node[2]
    return leaf_fmt(node[1][0], env)


def mid_node(node, env):
    """replace every non-leaf child by its (exact) value; None if not exact"""
    if node[0] in ('n', 'k'):
        return None
    new = []
    changed = False
    for a in node[1]:
        if a[0] in ('n', 'k'):
            new.append(a)
        else:
            v = ev(a, env)
            if exact_dec(v) is None or exact_dec(v) > 2:
                return None
            new.append(('k', v, leaf_fmt(a, env)))
            changed = True
    return (node[0], new) if changed else None


class Fmt:
    def __init__(self, sep=',', dollar='$', pct='%', pct_mode='pct', ops=None,
                 frac=False, money_ops=True, lpar='(', rpar=')'):
        self.sep = sep
        self.dollar = dollar
        self.pct = pct
        self.pct_mode = pct_mode
        self.ops = ops or {'+': ' + ', '-': ' − ', '*': ' × ', '/': ' ÷ '}
        self.frac = frac
        self.money_ops = money_ops
        self.lpar, self.rpar = lpar, rpar

    def num(self, v, dec):
        return fixed(v, dec, self.sep)

    def val(self, v, dec, fmt, sign=True):
        if fmt == 'pct':
            if self.pct_mode == 'pct':
                x = v * 100
                return fixed(x, exact_dec(x), self.sep) + self.pct
            return fixed(v, exact_dec(v), self.sep)
        s = fixed(v, dec, self.sep)
        if fmt == 'money' and sign:
            return self.dollar + s
        if fmt == 'pctnum' and sign:
            return s + self.pct
        return s

    def leaf(self, node, env):
        if node[0] == 'n':
            v, dec, fmt = env[node[1]]
        else:
            v, fmt = node[1], node[2]
            dec = exact_dec(v)
            if fmt == 'money' and dec == 1:
                dec = 2
        return self.val(v, dec, fmt, sign=self.money_ops)

    def expr(self, node, env):
        if node[0] in ('n', 'k'):
            return self.leaf(node, env), 9
        op, args = node
        if op == '/' and self.frac and len(args) == 2:
            a, _ = self.expr(args[0], env)
            b, _ = self.expr(args[1], env)
            return '\\frac{%s}{%s}' % (a, b), 9
        p = PREC[op]
        parts = []
        for i, a in enumerate(args):
            s, cp = self.expr(a, env)
            if cp < p or (i > 0 and cp == p and op in '-/'):
                s = self.lpar + s + self.rpar
            parts.append(s)
        return self.ops[op].join(parts), p


PLAIN = Fmt(sep='', dollar='', pct='', pct_mode='dec',
            ops={'+': '+', '-': '-', '*': '*', '/': '/'}, money_ops=False)

# ----------------------------------------------------------------------------
# tiny precedence evaluator on plain strings (used for wrong_op candidates)
# ----------------------------------------------------------------------------


def tok_plain(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit() or c == '.':
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            out.append(F(s[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return out


def eval_tokens(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t == '(':
            pos[0] += 1
            v = expr()
            pos[0] += 1
            return v
        pos[0] += 1
        return t

    def term():
        v = atom()
        while peek() in ('*', '/'):
            o = peek()
            pos[0] += 1
            w = atom()
            if o == '*':
                v = v * w
            else:
                if w == 0:
                    raise ZeroDivisionError
                v = v / w
        return v

    def expr():
        v = term()
        while peek() in ('+', '-'):
            o = peek()
            pos[0] += 1
            w = term()
            v = v + w if o == '+' else v - w
        return v
    return expr()


def wrong_op_candidates(node, env):
    s, _ = PLAIN.expr(node, env)
    toks = tok_plain(s)
    right = eval_tokens(toks)
    res = []
    for i, t in enumerate(toks):
        if t in ('+', '-', '*', '/'):
            for o in '+-*/':
                if o == t:
                    continue
                t2 = toks[:i] + [o] + toks[i + 1:]
                try:
                    v = eval_tokens(t2)
                except ZeroDivisionError:
                    continue
                if v > 0 and v != right:
                    res.append(v)
    return res


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------

def P(v, fmt='num'):
    """plain formatting of a given value for problem text"""
    v = fr(v)
    if fmt == 'pct':
        x = v * 100
        return fixed(x, exact_dec(x)) + '%'
    if fmt == 'money':
        d = exact_dec(v)
        return '$' + fixed(v, 0 if d == 0 else max(2, d))
    return fixed(v, exact_dec(v))


def art(n):
    return 'an' if str(n).startswith('8') or str(n) in ('11', '18') else 'a'


def G(v, fmt, label, unit=''):
    return (fr(v), fmt, label, unit)


def S(n, e, fmt, lab, doc, say, u='', dp=2, mid=False):
    return {'n': n, 'e': e, 'f': fmt, 'lab': lab, 'doc': doc, 'say': say, 'u': u,
            'dp': dp, 'mid': mid}


def R(n, src, kind, u):
    return {'n': n, 'round': kind, 'src': src, 'u': u}


ITEMS = ['units', 'bottles', 'cartons', 'parts', 'cans', 'housings', 'brackets']


def t_daily_output(rng):
    L = rng.randint(2, 6)
    Rt = rng.randrange(40, 250, 5)
    H = rng.choice([7, 8, 10, 12])
    Sh = rng.choice([2, 3])
    item = rng.choice(ITEMS)
    week = rng.random() < 0.45
    days = rng.choice([5, 6])
    g = {'L': G(L, 'int', 'Lines', 'lines'), 'R': G(Rt, 'int', 'Rate per line', item + '/hour'),
         'H': G(H, 'int', 'Shift length', 'hours'), 'S': G(Sh, 'int', 'Shifts per day')}
    steps = [
        S('a', mul('R', 'H'), 'int', f'{item.capitalize()} per line per shift',
          "Multiply each line's hourly rate by the length of a shift.",
          'each line turns out {E} per shift', item),
        S('b', mul('a', 'L'), 'int', f'{item.capitalize()} per shift, all lines',
          'Multiply by the number of lines running.',
          'across all the lines that is {E} per shift', item),
        S('c', mul('b', 'S'), 'int', f'{item.capitalize()} per day',
          'Multiply by the number of shifts in a day.',
          'over the whole day the plant makes {E}', item),
    ]
    q = 'per day'
    ans = 'c'
    if week:
        g['D'] = G(days, 'int', 'Production days per week', 'days')
        steps.append(S('d', mul('c', 'D'), 'int', f'{item.capitalize()} per week',
                       'Multiply the daily output by the production days in a week.',
                       'for the week that comes to {E}', item))
        q = 'per week'
        ans = 'd'
    wk = f' The plant runs {days} days a week.' if week else ''
    probs = [
        f"A plant has {L} identical assembly lines. Each line produces {Rt} {item} per hour, a shift is {H} hours long, and the plant runs {Sh} shifts per day.{wk} How many {item} does the plant produce {q}?",
        f"Each of the {L} lines in a factory makes {Rt} {item} an hour. Shifts last {H} hours and there are {Sh} shifts a day.{wk} What is the plant's total output {q}?",
        f"A packaging site runs {L} lines at {Rt} {item} per hour each. With {Sh} shifts of {H} hours every day,{' and ' + str(days) + ' production days a week,' if week else ''} how many {item} are packed {q}?",
    ]
    clos = [f'The plant produces {{A}} {q}.', f'Total output is {{A}} {q}.',
            f'That gives {{A}} {q}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer=ans, closings=clos)


def t_scrap_cases(rng):
    p = rng.choice(['1.5', '2', '2.5', '3', '3.5', '4', '4.5', '5', '6'])
    N = rng.randrange(24, 121) * 200
    C = rng.choice([12, 18, 24, 30, 36, 48])
    item = rng.choice(['units', 'parts', 'jars', 'filters', 'panels'])
    left = rng.random() < 0.4
    g = {'N': G(N, 'int', 'Produced', item), 'p': G(F(p) / 100, 'pct', 'Scrap rate'),
         'C': G(C, 'int', 'Case size', item + ' per case')}
    steps = [
        S('s', mul('N', 'p'), 'int', f'Scrapped {item}', 'Apply the scrap rate to the total produced.',
          'the scrap is {E}', item),
        S('gd', sub('N', 's'), 'int', f'Good {item}', 'Subtract the scrap from the total.',
          'that leaves {E} good', item),
        S('cf', div('gd', 'C'), 'num', 'Full cases', 'Divide the good units by the case size; only full cases count.',
          'dividing by the case size gives {E}', 'full cases'),
        R('cases', 'cf', 'floor', 'full cases'),
    ]
    ans = 'cases'
    q = f'How many full cases of {C} can be packed?'
    if left:
        steps.append(S('lo', sub('gd', mul('cases', 'C')), 'int', f'Leftover {item}',
                       'Subtract what went into full cases from the good units.',
                       'the leftover is {E}', item, mid=True))
        ans = 'lo'
        q = f'After packing as many full cases of {C} as possible, how many good {item} are left over?'
    probs = [
        f"A press line made {P(N)} {item} this week. Quality scrapped {p}% of them. The good {item} are packed in cases of {C}. {q}",
        f"Out of a run of {P(N)} {item}, {p}% fail inspection and are scrapped. Good {item} ship in cases of {C}. {q}",
        f"A molding cell produced {P(N)} {item} with a scrap rate of {p}%. Cases hold {C} {item} each. {q}",
    ]
    if left:
        clos = ['There are {A} left over.', 'So {A} remain after packing.']
    else:
        clos = ['They can pack {A}.', 'The answer is {A}.']
    # avoid zero leftover / exact split for realism
    N2 = N - N * F(p) / 100
    if left and N2 % C == 0:
        return None
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer=ans, closings=clos)


def t_fpy(rng):
    for _ in range(200):
        N = rng.randrange(4, 41) * 250
        ys = [rng.choice([90, 92, 94, 95, 96, 97, 98, 99, 97.5, 98.5]) for _ in range(3)]
        three = rng.random() < 0.4
        n = 3 if three else 2
        vals = [F(N)]
        ok = True
        for y in ys[:n]:
            v = vals[-1] * fr(y) / 100
            if v.denominator != 1:
                ok = False
                break
            vals.append(v)
        if ok:
            break
    else:
        return None
    names = ['first', 'second', 'third']
    g = {'N': G(N, 'int', 'Units started', 'units')}
    for i in range(n):
        g['y%d' % i] = G(fr(ys[i]) / 100, 'pct', f'Yield at step {i + 1}')
    steps = []
    prev = 'N'
    for i in range(n):
        nm = 'p%d' % i
        steps.append(S(nm, mul(prev, 'y%d' % i), 'int', f'Pass {names[i]} operation',
                       f'Apply the {names[i]} operation\'s yield.',
                       f'after the {names[i]} operation, {{E}} are still good', 'units'))
        prev = nm
    steps.append(S('fpy', mul(div(prev, 'N'), 100), 'pctnum', 'Rolled first-pass yield',
                   'Divide the units that made it through by the units started.',
                   'the rolled first-pass yield is {E}', '', dp=2))
    ops = ', '.join(f'{P(fr(y) / 100, "pct")}' for y in ys[:n - 1]) + f' and {P(fr(ys[n - 1]) / 100, "pct")}'
    probs = [
        f"{P(N)} units start a {n}-operation process. The first-pass yields of the operations are {ops}, in that order. What is the rolled first-pass yield as a percent?",
        f"A line starts {P(N)} circuit boards. The operations have first-pass yields of {ops}. What is the rolled throughput yield, in percent?",
        f"At a machining cell, {P(N)} parts enter {n} sequential operations with first-pass yields {ops}. What percent of the parts get through every operation without rework?",
    ]
    clos = ['The rolled first-pass yield is {A}.', 'So {A} of the units pass every step the first time.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='fpy', closings=clos)


def t_pallets_order(rng):
    C = rng.choice([6, 8, 12, 24, 30, 48])
    Q = rng.randrange(1500, 24001, 10)
    Kp = rng.choice([20, 24, 30, 36, 40, 48, 50, 60])
    cost = rng.choice([35, 42, 48, 55, 62.5, 75, 85, 92.5])
    item = rng.choice(['bottles', 'cans', 'jars', 'units', 'tubes'])
    g = {'Q': G(Q, 'int', 'Order', item), 'C': G(C, 'int', 'Per case', item),
         'K': G(Kp, 'int', 'Cases per pallet', 'cases'), 'c': G(cost, 'money', 'Freight per pallet')}
    steps = [
        S('cs', div('Q', 'C'), 'num', 'Cases', 'Divide the order by the case pack.',
          'the order needs {E}', 'cases'),
        R('cases', 'cs', 'ceil', 'cases'),
        S('ps', div('cases', 'K'), 'num', 'Pallets', 'Divide the cases by the cases per pallet.',
          'the cases fill {E}', 'pallets'),
        R('pal', 'ps', 'ceil', 'pallets'),
        S('cost', mul('pal', 'c'), 'money', 'Freight cost', 'Multiply the pallets by the freight rate.',
          'freight comes to {E}', ''),
    ]
    probs = [
        f"A customer orders {P(Q)} {item}. They are packed {C} to a case, and a pallet holds {Kp} cases. Freight costs {P(cost, 'money')} per pallet. What is the freight cost for the order? (Partial cases and partial pallets still count as whole ones.)",
        f"The warehouse must ship {P(Q)} {item}. Each case holds {C} {item} and each pallet takes {Kp} cases. If the carrier charges {P(cost, 'money')} per pallet, how much will shipping cost? Any partly filled case or pallet counts as a full one.",
        f"An order for {P(Q)} {item} goes out in cases of {C}, stacked {Kp} cases per pallet. Shipping is {P(cost, 'money')} a pallet, and incomplete cases and pallets are billed as full. Find the shipping cost.",
    ]
    clos = ['Freight for the order costs {A}.', 'The shipping cost is {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='cost', closings=clos)


def t_cycle_output(rng):
    H = rng.choice([8, 10, 12])
    B = rng.choice([30, 40, 45, 50, 60])
    T = rng.choice([24, 30, 32, 36, 40, 45, 48, 54, 64, 72, 75, 90])
    M = rng.randint(2, 5)
    multi = rng.random() < 0.5
    g = {'H': G(H, 'int', 'Shift', 'hours'), 'B': G(B, 'int', 'Breaks and meetings', 'minutes'),
         'T': G(T, 'int', 'Cycle time', 'seconds per part')}
    steps = [
        S('m', mul('H', 60), 'int', 'Shift length in minutes', 'Convert the shift to minutes.',
          'the shift is {E}', 'minutes'),
        S('av', sub('m', 'B'), 'int', 'Available minutes', 'Take out the planned breaks.',
          'after breaks that leaves {E}', 'minutes'),
        S('sec', mul('av', 60), 'int', 'Available seconds', 'Convert to seconds to match the cycle time.',
          'in seconds that is {E}', 'seconds'),
        S('uf', div('sec', 'T'), 'num', 'Parts per machine', 'Divide by the cycle time; only complete parts count.',
          'one machine can finish {E}', 'parts'),
        R('u', 'uf', 'floor', 'parts'),
    ]
    ans = 'u'
    if multi:
        g['M'] = G(M, 'int', 'Machines', 'machines')
        steps.append(S('tot', mul('u', 'M'), 'int', 'Parts for all machines',
                       'Multiply by the number of machines.',
                       'with all the machines running, that is {E}', 'parts'))
        ans = 'tot'
    mm = f' The cell has {M} identical machines.' if multi else ''
    qq = 'the cell' if multi else 'the machine'
    probs = [
        f"A CNC machine has a cycle time of {T} seconds per part. A shift is {H} hours, with {B} minutes of planned breaks.{mm} How many complete parts can {qq} make in one shift?",
        f"The cycle time on a stamping press is {T} s. Operators work {H}-hour shifts that include {B} minutes of breaks.{mm} How many finished parts does {qq} produce per shift?",
        f"Parts come off a machine every {T} seconds. In a {H} hour shift, {B} minutes are lost to breaks and a team meeting.{mm} How many whole parts come off {qq} in the shift?",
    ]
    clos = [f'So {qq} makes {{A}} per shift.', 'The answer is {A} per shift.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer=ans, closings=clos)


def t_takt(rng):
    H = rng.choice([8, 8, 10, 7.5])
    B = rng.choice([30, 40, 45, 60])
    Sh = rng.choice([1, 2, 3])
    Dm = rng.randrange(300, 2400, 10)
    g = {'H': G(H, 'num', 'Shift', 'hours'), 'B': G(B, 'int', 'Breaks per shift', 'minutes'),
         'S': G(Sh, 'int', 'Shifts', 'shifts'), 'D': G(Dm, 'int', 'Daily demand', 'units')}
    steps = [
        S('ps', sub(mul('H', 60), 'B'), 'int', 'Available minutes per shift',
          'Convert the shift to minutes and subtract breaks.',
          'each shift has {E} of working time', 'minutes', mid=True),
        S('tm', mul('ps', 'S'), 'int', 'Available minutes per day', 'Multiply by the shifts per day.',
          'across the shifts that is {E}', 'minutes'),
        S('ts', mul('tm', 60), 'int', 'Available seconds per day', 'Convert to seconds.',
          'in seconds that is {E}', 'seconds'),
        S('tk', div('ts', 'D'), 'num', 'Takt time', 'Divide available time by customer demand.',
          'the takt time is {E}', 'seconds per unit', dp=rng.choice([1, 2])),
    ]
    sh = 'one shift' if Sh == 1 else f'{Sh} shifts'
    probs = [
        f"A final assembly area runs {sh} a day. Each shift is {P(H)} hours with {B} minutes of breaks. Customer demand is {P(Dm)} units per day. What is the takt time in seconds?",
        f"Demand for a product is {P(Dm)} units a day. The line works {sh} of {P(H)} hours, and each shift includes {B} minutes of breaks. Find the takt time in seconds per unit.",
        f"Customers need {P(Dm)} units every day. The plant works {sh} daily; every shift is {P(H)} hours long including {B} minutes of breaks. How many seconds of takt time does that give?",
    ]
    clos = ['The takt time is {A}.', 'So the line must finish one unit every {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='tk', closings=clos)


def t_overtime(rng):
    r = F(rng.randrange(72, 136)) / 4
    oh = rng.choice([2, 3, 4, 5, 6, 7.5, 8, 10, 12])
    W = rng.randint(3, 14)
    reg = rng.choice([40, 40, 38, 37.5])
    g = {'r': G(r, 'money', 'Base rate', 'per hour'), 'reg': G(reg, 'num', 'Regular hours', 'hours'),
         'o': G(oh, 'num', 'Overtime hours', 'hours'), 'W': G(W, 'int', 'Workers', 'workers')}
    steps = [
        S('or', mul('r', 1.5), 'money', 'Overtime rate', 'Overtime is paid at time and a half.',
          'the overtime rate is {E} per hour', ''),
        S('rp', mul('r', 'reg'), 'money', 'Regular pay per worker', 'Multiply the base rate by the regular hours.',
          'regular pay is {E} per worker', ''),
        S('op', mul('or', 'o'), 'money', 'Overtime pay per worker', 'Multiply the overtime rate by the overtime hours.',
          'overtime pay is {E} per worker', ''),
        S('pw', add('rp', 'op'), 'money', 'Total per worker', 'Add regular and overtime pay.',
          'each worker earns {E}', ''),
        S('tot', mul('pw', 'W'), 'money', 'Crew total', 'Multiply by the number of workers.',
          'for the whole crew the payroll is {E}', ''),
    ]
    probs = [
        f"A warehouse crew of {W} workers each worked {P(reg)} regular hours plus {P(oh)} hours of overtime last week. The base rate is {P(r, 'money')} per hour, and overtime is paid at 1.5 times the base rate. What was the crew's total pay for the week?",
        f"{W} line operators earn {P(r, 'money')} an hour. Last week each one worked {P(reg)} regular hours and {P(oh)} overtime hours at time and a half. How much did the company pay the operators in total?",
        f"During a rush week, each of {W} pickers logged {P(reg)} regular hours and {P(oh)} hours of overtime. Pay is {P(r, 'money')} per hour, with overtime at 1.5 times that rate. What is the total payroll for the pickers?",
    ]
    clos = ['Total pay for the crew is {A}.', 'The week\'s payroll comes to {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='tot', closings=clos)


def t_utilisation(rng):
    hd = rng.choice([16, 20, 24])
    d = rng.choice([5, 6, 7])
    av = hd * d
    down = rng.randrange(3, max(4, av // 6))
    setup = rng.randrange(2, max(3, av // 8))
    g = {'hd': G(hd, 'int', 'Scheduled per day', 'hours'), 'd': G(d, 'int', 'Days', 'days'),
         'dn': G(down, 'int', 'Breakdowns', 'hours'), 'su': G(setup, 'int', 'Setups', 'hours')}
    steps = [
        S('av', mul('hd', 'd'), 'int', 'Scheduled hours', 'Multiply hours per day by days.',
          'the machine is scheduled for {E}', 'hours'),
        S('lost', add('dn', 'su'), 'int', 'Lost hours', 'Add breakdown and setup time.',
          'lost time is {E}', 'hours'),
        S('run', sub('av', 'lost'), 'int', 'Running hours', 'Subtract the lost time.',
          'the machine actually ran {E}', 'hours'),
        S('ut', mul(div('run', 'av'), 100), 'pctnum', 'Utilisation', 'Divide running hours by scheduled hours.',
          'utilisation is {E}', '', dp=1),
    ]
    probs = [
        f"A molding machine is scheduled {hd} hours a day for {d} days. During that period it had {down} hours of breakdowns and {setup} hours of setups. What was its utilisation as a percentage of scheduled time?",
        f"A laser cutter is scheduled for {hd} hours per day, {d} days this week. It lost {down} hours to breakdowns and {setup} hours to changeovers. Find the machine utilisation, in percent.",
        f"Over {d} days a packing robot was scheduled {hd} hours per day. Breakdowns took {down} hours and setups took {setup} hours. What percent of the scheduled time was it actually running?",
    ]
    clos = ['Utilisation was {A}.', 'So the machine ran {A} of its scheduled time.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='ut', closings=clos)


def t_oee(rng):
    Pm = rng.choice([420, 450, 480, 510])
    dn = rng.randrange(20, 80)
    Rt = rng.choice([2, 3, 4, 5, 6])
    run = Pm - dn
    ideal = run * Rt
    tot = rng.randrange(int(ideal * 0.78), int(ideal * 0.97))
    good = tot - rng.randrange(3, max(4, tot // 25))
    g = {'P': G(Pm, 'int', 'Planned time', 'minutes'), 'dn': G(dn, 'int', 'Downtime', 'minutes'),
         'Rt': G(Rt, 'int', 'Ideal rate', 'units per minute'), 'tot': G(tot, 'int', 'Total count', 'units'),
         'gd': G(good, 'int', 'Good count', 'units')}
    steps = [
        S('run', sub('P', 'dn'), 'int', 'Run time', 'Subtract downtime from planned time.',
          'run time is {E}', 'minutes'),
        S('A', div('run', 'P'), 'num', 'Availability', 'Run time over planned time.',
          'availability is {E}', '', dp=3),
        S('id', mul('run', 'Rt'), 'int', 'Ideal output', 'Run time times the ideal rate.',
          'at the ideal rate the machine could have made {E}', 'units'),
        S('Pf', div('tot', 'id'), 'num', 'Performance', 'Actual count over ideal output.',
          'performance is {E}', '', dp=3),
        S('Q', div('gd', 'tot'), 'num', 'Quality', 'Good count over total count.',
          'quality is {E}', '', dp=3),
        S('oee', mul('A', 'Pf', 'Q', 100), 'pctnum', 'OEE', 'Multiply the three factors.',
          'OEE is {E}', '', dp=1),
    ]
    probs = [
        f"A filler has {Pm} minutes of planned production time in a shift. It was down for {dn} minutes. Its ideal rate is {Rt} units per minute. It produced {P(tot)} units, of which {P(good)} were good. Calculate the OEE, rounding each factor to three decimals.",
        f"During a {Pm}-minute planned shift, a capper stopped for {dn} minutes. It ran at an ideal rate of {Rt} units/min and made {P(tot)} units in total, {P(good)} of them good. What is its OEE? Round availability, performance and quality to 3 decimal places first.",
        f"Planned time: {Pm} min. Downtime: {dn} min. Ideal rate: {Rt} units per minute. Total count: {P(tot)}. Good count: {P(good)}. Find the OEE (round each factor to 3 decimals before multiplying).",
    ]
    clos = ['The OEE is {A}.', 'That puts OEE at {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='oee', closings=clos)


def t_ppm(rng):
    N = rng.randrange(2, 41) * 20000
    T = rng.choice([50, 100, 150, 200, 250, 500])
    allowed = F(N * T, 1000000)
    d = int(allowed) + rng.randrange(3, 60)
    withpct = rng.random() < 0.4
    g = {'N': G(N, 'int', 'Units shipped', 'units'), 'd': G(d, 'int', 'Defects', 'units'),
         'T': G(T, 'int', 'Target', 'ppm')}
    steps = [
        S('ppm', mul(div('d', 'N'), 1000000), 'num', 'Defect rate (ppm)', 'Defects per million units.',
          'the defect rate is {E}', 'ppm', dp=1),
        S('al', div(mul('N', 'T'), 1000000), 'int', 'Defects allowed at target',
          'Scale the target to the shipped quantity.', 'the target allows {E}', 'defects'),
        S('ex', sub('d', 'al'), 'int', 'Excess defects', 'Subtract the allowed defects from the actual defects.',
          'the supplier is over by {E}', 'defects'),
    ]
    if withpct:
        steps.insert(1, S('pc', mul(div('d', 'N'), 100), 'pctnum', 'Defect rate (%)',
                          'Same ratio as a percentage.', 'as a percentage that is {E}', '', dp=4))
    probs = [
        f"A supplier shipped {P(N)} connectors and the customer found {d} defective ones. The quality target is {T} ppm. What is the defect rate in ppm, and how many more defects than the target allows were there? Give the excess.",
        f"Out of {P(N)} fasteners delivered, {d} were defective. The contract limit is {T} defective parts per million. By how many defects did the lot exceed the limit?",
        f"An inspection of {P(N)} seals found {d} defects. The target is {T} ppm. Compute the ppm rate and the number of defects above what the target permits for this quantity.",
    ]
    clos = ['The lot had {A} more than the target allows.', 'So the excess is {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='ex', closings=clos)


def t_turns(rng):
    b = rng.randrange(120, 900) * 1000
    e = rng.randrange(120, 900) * 1000
    if (b + e) % 2000:
        e += 1000
    avg = (b + e) // 2
    cogs = int(avg * rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) * rng.uniform(0.85, 1.15)) // 10000 * 10000
    days = rng.random() < 0.6
    g = {'cogs': G(cogs, 'money', 'Annual COGS'), 'b': G(b, 'money', 'Beginning inventory'),
         'e': G(e, 'money', 'Ending inventory')}
    steps = [
        S('avg', div(add('b', 'e'), 2), 'money', 'Average inventory', 'Average the beginning and ending inventory.',
          'average inventory is {E}', '', mid=True),
        S('t', div('cogs', 'avg'), 'num', 'Inventory turns', 'Divide COGS by average inventory.',
          'inventory turns are {E}', 'turns', dp=2),
    ]
    ans = 't'
    if days:
        steps.append(S('doh', div(365, 't'), 'num', 'Days of inventory', 'Divide 365 days by the turns.',
                       'days of inventory on hand is {E}', 'days', dp=1))
        ans = 'doh'
    probs = [
        f"A distribution center had {P(b, 'money')} of inventory at the start of the year and {P(e, 'money')} at the end. Cost of goods sold for the year was {P(cogs, 'money')}. What were the inventory turns{' and the days of inventory on hand? Give the days (use 365 days and the turns rounded to two decimals)' if days else ' (to two decimals)'}?",
        f"Annual cost of goods sold is {P(cogs, 'money')}. Inventory was {P(b, 'money')} on January 1 and {P(e, 'money')} on December 31. {'Using the turns rounded to 2 decimals, how many days of inventory does the warehouse hold?' if days else 'How many times did inventory turn over, to two decimals?'}",
        f"A parts warehouse starts the year with {P(b, 'money')} in stock and ends with {P(e, 'money')}. COGS was {P(cogs, 'money')}. Find the inventory turnover{', then days on hand from the rounded turnover (365-day year)' if days else ' rounded to 2 decimal places'}.",
    ]
    clos = (['That is about {A} of inventory on hand.', 'The warehouse holds roughly {A} of stock.'] if days
            else ['Inventory turned about {A}.', 'So inventory turns are about {A}.'])
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer=ans, closings=clos)


def t_pick_output(rng):
    Pk = rng.randint(4, 24)
    Rt = rng.randrange(60, 181, 5)
    H = rng.choice([8, 9, 10])
    B = rng.choice([30, 45, 60])
    Lo = rng.choice([3, 4, 5, 6, 7, 8])
    g = {'Pk': G(Pk, 'int', 'Pickers', 'pickers'), 'Rt': G(Rt, 'int', 'Pick rate', 'lines/hour'),
         'H': G(H, 'int', 'Shift', 'hours'), 'B': G(B, 'int', 'Break', 'minutes'),
         'Lo': G(Lo, 'int', 'Lines per order')}
    steps = [
        S('bh', div('B', 60), 'num', 'Break in hours', 'Convert the break to hours.',
          'the break is {E}', 'hours'),
        S('eh', sub('H', 'bh'), 'num', 'Picking hours', 'Subtract the break from the shift.',
          'each picker picks for {E}', 'hours'),
        S('pp', mul('Rt', 'eh'), 'num', 'Lines per picker', 'Multiply the pick rate by the picking hours.',
          'one picker handles {E}', 'lines'),
        S('tl', mul('pp', 'Pk'), 'num', 'Lines for the team', 'Multiply by the number of pickers.',
          'the whole team picks {E}', 'lines'),
        S('of', div('tl', 'Lo'), 'num', 'Orders', 'Divide by the lines per order; only complete orders count.',
          'that is enough for {E}', 'orders'),
        R('ord', 'of', 'floor', 'complete orders'),
    ]
    if F(Rt) * (H - F(B, 60)) * Pk % Lo == 0:
        return None
    probs = [
        f"A fulfilment center has {Pk} pickers on {art(H)} {H}-hour shift, each with a {B}-minute unpaid break. Each picker averages {Rt} order lines per hour, and a typical order has {Lo} lines. How many complete orders can the team pick in the shift?",
        f"Each picker picks {Rt} lines per hour. There are {Pk} pickers working {H} hours with a {B} minute break. If every order has {Lo} lines, how many full orders get picked?",
        f"{Pk} pickers work {art(H)} {H} hour shift and take a {B}-minute break. Their pick rate is {Rt} lines/hour while picking. Orders average {Lo} lines. How many whole orders can they complete?",
    ]
    clos = ['The team can complete {A}.', 'So they finish {A} in the shift.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='ord', closings=clos)


def t_pick_staffing(rng):
    O = rng.randrange(400, 3000, 10)
    Lo = rng.choice([2.5, 3, 3.5, 4, 4.5, 5, 6])
    Rt = rng.choice([75, 80, 90, 100, 110, 120, 125, 140, 150])
    H = rng.choice([7.5, 8, 10])
    wage = F(rng.randrange(60, 100)) / 4
    cost = rng.random() < 0.5
    if (F(O) * fr(Lo)).denominator != 1:
        return None
    g = {'O': G(O, 'int', 'Orders', 'orders'), 'Lo': G(Lo, 'num', 'Lines per order'),
         'Rt': G(Rt, 'int', 'Pick rate', 'lines per picker-hour'), 'H': G(H, 'num', 'Shift', 'hours')}
    steps = [
        S('tl', mul('O', 'Lo'), 'int', 'Total lines', 'Multiply orders by lines per order.',
          'the day needs {E}', 'lines'),
        S('ph', div('tl', 'Rt'), 'num', 'Picker-hours', 'Divide by the pick rate.',
          'that takes {E}', 'picker-hours'),
        S('pf', div('ph', 'H'), 'num', 'Pickers needed', 'Divide by the hours in a shift and round up.',
          'spread over a shift that is {E}', 'pickers'),
        R('pk', 'pf', 'ceil', 'pickers'),
    ]
    ans = 'pk'
    if cost:
        g['w'] = G(wage, 'money', 'Wage', 'per hour')
        steps.append(S('lc', mul('pk', 'H', 'w'), 'money', 'Labour cost', 'Pickers times hours times wage.',
                       'the shift\'s picking labour costs {E}', ''))
        ans = 'lc'
    qq = (f"Pickers earn {P(wage, 'money')} per hour and are paid for the full shift. What is the picking labour cost for the shift?"
          if cost else 'How many pickers are needed?')
    probs = [
        f"Tomorrow's wave has {P(O)} orders averaging {P(Lo)} lines each. A picker can pick {Rt} lines per hour, and a shift is {P(H)} hours. Staffing must cover all lines in one shift. {qq}",
        f"A warehouse expects {P(O)} orders with an average of {P(Lo)} lines per order. Pick productivity is {Rt} lines per picker-hour and the shift is {P(H)} hours. {qq}",
        f"Planning for peak: {P(O)} orders, {P(Lo)} lines per order on average, {Rt} lines per hour per picker, {P(H)}-hour shifts, everything picked in one shift. {qq}",
    ]
    clos = (['Picking labour costs {A} for the shift.', 'The shift\'s picking labour comes to {A}.'] if cost
            else ['They need {A}.', 'So the warehouse should schedule {A}.'])
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer=ans, closings=clos)


def t_batch_material(rng):
    B = rng.choice([250, 400, 500, 600, 750, 800, 1200])
    Q = rng.randrange(1500, 15000, 50)
    p = rng.choice(['4', '5', '6', '8', '12', '12.5', '15', '18', '22.5', '30'])
    price = F(rng.randrange(80, 1400)) / 100
    g = {'Q': G(Q, 'int', 'Order', 'kg'), 'B': G(B, 'int', 'Batch size', 'kg'),
         'p': G(F(p) / 100, 'pct', 'Pigment share'), 'pr': G(price, 'money', 'Pigment price', 'per kg')}
    if Q % B == 0:
        return None
    steps = [
        S('bf', div('Q', 'B'), 'num', 'Batches', 'Divide the order by the batch size and round up.',
          'the order needs {E}', 'batches'),
        R('nb', 'bf', 'ceil', 'batches'),
        S('tk', mul('nb', 'B'), 'int', 'Total mixed', 'Multiply batches by batch size.',
          'the mixer turns out {E}', 'kg'),
        S('pg', mul('tk', 'p'), 'num', 'Pigment', 'Apply the pigment share.',
          'the pigment needed is {E}', 'kg'),
        S('pc', mul('pg', 'pr'), 'money', 'Pigment cost', 'Multiply by the price per kg.',
          'pigment costs {E}', ''),
    ]
    probs = [
        f"A paint plant mixes in fixed batches of {B} kg and only makes full batches. An order calls for {P(Q)} kg. Pigment is {p}% of every batch by weight and costs {P(price, 'money')} per kg. What does the pigment for this order cost?",
        f"Batches of resin are always {B} kg. To cover an order of {P(Q)} kg, the plant runs as many full batches as needed. Each batch is {p}% colorant, which costs {P(price, 'money')}/kg. Find the colorant cost.",
        f"An adhesive line must produce at least {P(Q)} kg using {B}-kg batches. The formula is {p}% filler by weight, and filler costs {P(price, 'money')} per kg. How much is spent on filler?",
    ]
    clos = ['The pigment costs {A}.', 'That material costs {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='pc', closings=clos)


def t_conveyor(rng):
    v = rng.choice([12, 15, 18, 20, 24, 25, 30, 36, 40])
    s = rng.choice([40, 45, 50, 60, 75, 80, 90])
    H = rng.choice([7.5, 8, 10])
    g = {'v': G(v, 'int', 'Belt speed', 'm/min'), 's': G(s, 'int', 'Spacing', 'cm'),
         'H': G(H, 'num', 'Running time', 'hours')}
    steps = [
        S('cm', mul('v', 100), 'int', 'Belt speed in cm/min', 'Convert metres to centimetres.',
          'the belt moves {E} per minute', 'cm'),
        S('um', div('cm', 's'), 'num', 'Items per minute', 'Divide by the spacing.',
          'that delivers {E} per minute', 'items'),
        S('uh', mul('um', 60), 'num', 'Items per hour', 'Multiply by 60 minutes.',
          'per hour that is {E}', 'items'),
        S('us', mul('uh', 'H'), 'num', 'Items per shift', 'Multiply by the running hours.',
          'over the shift that comes to {E}', 'items', dp=1),
    ]
    probs = [
        f"A conveyor moves at {v} m/min and totes are spaced {s} cm apart (front to front). How many totes pass the scanner in {P(H)} hours of running?",
        f"Cartons ride a belt travelling {v} metres per minute, one carton every {s} cm. How many cartons reach the palletizer in a {P(H)}-hour run?",
        f"On a sortation line the belt speed is {v} m/min and parcels are spaced every {s} cm. If the belt runs {P(H)} hours, how many parcels pass the sorter?",
    ]
    clos = ['About {A} pass in that time.', 'That works out to {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='us', closings=clos)


def t_energy(rng):
    kw = rng.choice([15, 18, 22, 30, 37, 45, 55, 75, 90])
    h = rng.choice([6, 7.5, 8, 10, 12, 16, 20])
    pr = F(rng.randrange(9, 23)) / 100
    U = rng.randrange(800, 12000, 50)
    g = {'kw': G(kw, 'int', 'Power draw', 'kW'), 'h': G(h, 'num', 'Run time', 'hours'),
         'pr': G(pr, 'money', 'Electricity', 'per kWh'), 'U': G(U, 'int', 'Output', 'parts')}
    steps = [
        S('kwh', mul('kw', 'h'), 'num', 'Energy used', 'Power times hours.',
          'the machine uses {E}', 'kWh'),
        S('c', mul('kwh', 'pr'), 'money', 'Energy cost', 'Multiply by the price per kWh.',
          'the electricity costs {E}', ''),
        S('cpu', mul(div('c', 'U'), 100), 'num', 'Energy cost per part', 'Divide by the parts made and convert to cents.',
          'per part that is {E}', 'cents', dp=2),
    ]
    probs = [
        f"An injection molding machine draws {kw} kW and runs for {P(h)} hours, making {P(U)} parts. Electricity costs {P(pr, 'money')} per kWh. What is the energy cost per part in cents?",
        f"A {kw} kW extruder runs {P(h)} hours a day and produces {P(U)} parts in that time. Power costs {P(pr, 'money')}/kWh. How many cents of electricity go into each part?",
        f"Running a {kw}-kW press for {P(h)} hours yields {P(U)} stampings. At {P(pr, 'money')} per kilowatt-hour, what is the electricity cost per stamping, in cents?",
    ]
    clos = ['Each part carries about {A} of electricity.', 'The energy cost is roughly {A} per part.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='cpu', closings=clos)


def t_line_balance(rng):
    n = rng.randint(4, 6)
    ts = [rng.randrange(28, 66) for _ in range(n)]
    mx = max(ts)
    g = {'t%d' % i: G(t, 'int', 'Station %s' % 'ABCDEF'[i], 'seconds') for i, t in enumerate(ts)}
    g['n'] = G(n, 'int', 'Stations')
    g['mx'] = G(mx, 'int', 'Bottleneck', 'seconds')
    steps = [
        S('tot', add(*['t%d' % i for i in range(n)]), 'int', 'Total work content', 'Add all station times.',
          'the total work content is {E}', 'seconds'),
        S('eff', mul(div('tot', mul('n', 'mx')), 100), 'pctnum', 'Balance efficiency',
          'Total work over stations times the bottleneck time.', 'the balance efficiency is {E}', '', dp=1),
        S('oph', div(3600, 'mx'), 'num', 'Output per hour', 'One unit leaves every bottleneck cycle.',
          'the line can make {E} per hour', 'units', dp=1),
    ]
    if F(3600, mx).denominator == 1:
        ans_clos = ['The line produces {A} per hour.']
    else:
        ans_clos = ['So the line makes about {A} per hour.']
    names = ', '.join(f"{'ABCDEF'[i]} {t} s" for i, t in enumerate(ts))
    probs = [
        f"An assembly line has {n} stations with task times of {names}. What is the balance efficiency, and how many units per hour can the line make? Give the hourly output.",
        f"Station times on a {n}-station line are: {names}. The slowest station sets the pace. Compute the line's balance efficiency and its hourly output.",
        f"A cell is balanced across {n} stations ({names}). Find the total work content, the balance efficiency, and the output per hour.",
    ]
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='oph', closings=ans_clos)


def t_rework(rng):
    D = rng.randrange(40, 900)
    r = rng.choice([40, 50, 60, 65, 70, 75, 80, 85, 90])
    if (F(D) * r / 100).denominator != 1:
        return None
    c = F(rng.randrange(150, 3000, 25)) / 100
    s = F(rng.randrange(400, 9000, 50)) / 100
    g = {'D': G(D, 'int', 'Defective units', 'units'), 'r': G(F(r, 100), 'pct', 'Reworkable share'),
         'c': G(c, 'money', 'Rework cost', 'per unit'), 's': G(s, 'money', 'Scrap cost', 'per unit')}
    steps = [
        S('rw', mul('D', 'r'), 'int', 'Units reworked', 'Apply the reworkable share.',
          '{E} can be reworked', 'units'),
        S('sc', sub('D', 'rw'), 'int', 'Units scrapped', 'The rest are scrapped.',
          'the remaining {E} are scrapped', 'units'),
        S('rc', mul('rw', 'c'), 'money', 'Rework cost', 'Multiply reworked units by the rework cost.',
          'rework costs {E}', ''),
        S('scc', mul('sc', 's'), 'money', 'Scrap cost', 'Multiply scrapped units by the scrap cost.',
          'scrap costs {E}', ''),
        S('tot', add('rc', 'scc'), 'money', 'Total cost of poor quality', 'Add the two costs.',
          'altogether the defects cost {E}', ''),
    ]
    probs = [
        f"Final inspection rejected {D} units this month. {r}% of them can be reworked at {P(c, 'money')} per unit; the rest are scrapped at a cost of {P(s, 'money')} each. What is the total cost of these defects?",
        f"Of {D} defective housings, {r}% are reworkable. Rework costs {P(c, 'money')} a unit and scrapping costs {P(s, 'money')} a unit. Find the total cost of dealing with the defects.",
        f"A plant found {D} bad units. Rework fixes {r}% of them at {P(c, 'money')} per unit, and the remaining units are scrapped at {P(s, 'money')} per unit. How much do the defects cost in total?",
    ]
    clos = ['The defects cost {A} in total.', 'Total cost of poor quality: {A}.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='tot', closings=clos)


def t_rack(rng):
    A = rng.randint(4, 16)
    rk = rng.choice([10, 12, 14, 15, 16, 18, 20, 24])
    lv = rng.choice([3, 4, 5, 6])
    pp = rng.choice([2, 3])
    tot = A * rk * lv * pp
    occ = rng.randrange(int(tot * 0.55), int(tot * 0.97))
    free = rng.random() < 0.5
    g = {'A': G(A, 'int', 'Aisles'), 'rk': G(rk, 'int', 'Bays per aisle'), 'lv': G(lv, 'int', 'Levels'),
         'pp': G(pp, 'int', 'Pallets per level'), 'occ': G(occ, 'int', 'Occupied', 'pallet positions')}
    steps = [
        S('pos', mul('A', 'rk', 'lv', 'pp'), 'int', 'Pallet positions', 'Multiply aisles, bays, levels and pallets per level.',
          'the racking holds {E}', 'pallet positions'),
        S('oc', mul(div('occ', 'pos'), 100), 'pctnum', 'Occupancy', 'Occupied positions over total positions.',
          'occupancy is {E}', '', dp=1),
    ]
    ans = 'oc'
    if free:
        steps.append(S('fr', sub('pos', 'occ'), 'int', 'Free positions', 'Subtract occupied from total.',
                       'there are {E} free', 'positions'))
        ans = 'fr'
    q = 'How many pallet positions are free?' if free else 'What is the occupancy rate?'
    probs = [
        f"A warehouse has {A} aisles. Each aisle has {rk} rack bays, each bay has {lv} levels, and each level holds {pp} pallets. {P(occ)} positions are occupied. What is the occupancy percentage? {q}",
        f"The racking in a DC is {A} aisles × {rk} bays × {lv} levels, with {pp} pallet positions per level. Right now {P(occ)} pallets are stored. {q}",
        f"Pallet racking: {A} aisles, {rk} bays per aisle, {lv} beam levels, {pp} pallets per beam level. The WMS shows {P(occ)} occupied positions. Find the occupancy. {q}",
    ]
    clos = (['There are {A} free.', 'So {A} are still open.'] if free
            else ['Occupancy is {A}.', 'The racking is {A} full.'])
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer=ans, closings=clos)


def t_changeover(rng):
    n = rng.randint(4, 20)
    m = rng.choice([12, 15, 18, 20, 25, 30, 35, 40, 45, 50])
    Rt = rng.randrange(60, 600, 10)
    mg = F(rng.randrange(25, 600, 5)) / 100
    g = {'n': G(n, 'int', 'Changeovers', 'per week'), 'm': G(m, 'int', 'Minutes each', 'minutes'),
         'Rt': G(Rt, 'int', 'Line rate', 'units/hour'), 'mg': G(mg, 'money', 'Margin', 'per unit')}
    steps = [
        S('lm', mul('n', 'm'), 'int', 'Minutes lost', 'Changeovers times minutes each.',
          'changeovers take {E} a week', 'minutes'),
        S('lh', div('lm', 60), 'num', 'Hours lost', 'Convert to hours.',
          'that is {E}', 'hours', dp=2),
        S('lu', mul('lh', 'Rt'), 'num', 'Units lost', 'Multiply by the line rate.',
          'the line loses {E}', 'units', dp=1),
        S('lv', mul('lu', 'mg'), 'money', 'Margin lost', 'Multiply by the margin per unit.',
          'the lost margin is {E}', ''),
    ]
    probs = [
        f"A packaging line does {n} changeovers a week, each taking {m} minutes. The line runs at {Rt} units per hour and each unit earns {P(mg, 'money')} of margin. How much margin is lost to changeovers each week?",
        f"Every week a bottling line has {n} product changeovers of {m} minutes. At {Rt} units/hour and {P(mg, 'money')} margin per unit, what is the weekly margin lost to changeovers?",
        f"Changeovers on a filling line: {n} per week, {m} min each. Line speed is {Rt} units per hour; contribution margin is {P(mg, 'money')} per unit. Estimate the weekly margin lost.",
    ]
    clos = ['About {A} of margin is lost each week.', 'Changeovers cost roughly {A} a week in margin.']
    return dict(problem=rng.choice(probs), givens=g, steps=steps, answer='lv', closings=clos)


TEMPLATES = [
    ('daily_output', t_daily_output), ('scrap_cases', t_scrap_cases), ('first_pass_yield', t_fpy),
    ('pallet_freight', t_pallets_order), ('cycle_time_output', t_cycle_output), ('takt_time', t_takt),
    ('overtime_payroll', t_overtime), ('machine_utilisation', t_utilisation), ('oee', t_oee),
    ('defect_ppm', t_ppm), ('inventory_turns', t_turns), ('pick_output', t_pick_output),
    ('pick_staffing', t_pick_staffing), ('batch_material', t_batch_material), ('conveyor_throughput', t_conveyor),
    ('energy_per_part', t_energy), ('line_balance', t_line_balance), ('rework_cost', t_rework),
    ('rack_occupancy', t_rack), ('changeover_loss', t_changeover),
]

# ----------------------------------------------------------------------------
# evaluation of a problem (optionally with an injected result)
# ----------------------------------------------------------------------------


def evaluate(pb, override=None):
    """override: (step_name, value F, dec, mode) mode 'slip' (display only) or 'carry'"""
    env = {}
    for k, (v, fmt, lab, u) in pb['givens'].items():
        d = exact_dec(v)
        if fmt == 'money' and d == 1:
            d = 2
        env[k] = (v, d, fmt)
    recs = []
    for st in pb['steps']:
        if 'round' in st:
            v, d, fmt = env[st['src']]
            nv = F(math.ceil(v)) if st['round'] == 'ceil' else F(math.floor(v))
            env[st['n']] = (nv, 0, 'int')
            src = [r for r in recs if r['name'] == st['src']][0]
            if nv != v:
                src['round'] = (st['round'], nv, st['u'])
            continue
        v = ev(st['e'], env)
        if v <= 0:
            raise ValueError('nonpositive')
        shown, dec, sym = decide(v, st['f'], st['dp'])
        rec = dict(name=st['n'], node=st['e'], fmt=st['f'], lab=st['lab'], doc=st['doc'], say=st['say'],
                   u=st['u'], value=shown, dec=dec, sym=sym, round=None, disp=None, exact=v)
        mn = mid_node(st['e'], env) if st['mid'] else None
        rec['mid'] = mn
        rec['env'] = dict(env)
        if override and override[0] == st['n']:
            _, wv, wd, mode = override
            rec['disp'] = (wv, wd)
            if mode == 'carry':
                shown, dec = wv, wd
        env[st['n']] = (shown, dec, st['f'])
        recs.append(rec)
    return recs, env


def make_check(recs):
    """reverse check of the last computation; returns check record or None"""
    r = recs[-1]
    node = r['node']
    if r['sym'] != '=' or r['fmt'] == 'pctnum' or r['round'] or r['disp']:
        return None
    if node[0] not in '*+-/' or len(node[1]) != 2:
        return None
    a, b = node[1]
    if a[0] not in 'nk' or b[0] not in 'nk':
        return None
    env = r['env']
    av = ev(a, env)
    inv = {'*': '/', '+': '-', '-': '+', '/': '*'}[node[0]]
    cenv = dict(env)
    cenv['__r'] = (r['value'], r['dec'], r['fmt'])
    cnode = (inv, [('n', '__r'), b])
    cv = ev(cnode, cenv)
    if cv != av:
        return None
    ed = exact_dec(cv)
    if ed is None or ed > 4:
        return None
    return dict(node=cnode, env=cenv, value=cv, target=a)


# ----------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------

STYLES = ['gpt4o_markdown', 'claude_bold', 'bullets', 'prose', 'latex_inline', 'latex_display',
          'table', 'terse', 'gsm8k', 'tutor', 'llama_steps']


def unit_txt(u, latex=False):
    if not u:
        return ''
    if latex:
        return '\\text{ %s}' % u
    return ' ' + u


class Ctx:
    pass


def make_fmt(style, c):
    if style == 'gsm8k':
        return Fmt(sep='', dollar='$', pct='%', pct_mode='dec',
                   ops={'+': '+', '-': '-', '*': '*', '/': '/'}, money_ops=False)
    if style in ('latex_inline', 'latex_display'):
        return Fmt(sep=c.lsep, dollar='\\$', pct='\\%', pct_mode=c.pct_mode,
                   ops={'+': ' + ', '-': ' - ', '*': c.lmul, '/': ' \\div '}, frac=c.frac)
    if style == 'tutor':
        return Fmt(sep=',', pct_mode='pct', ops={'+': ' plus ', '-': ' minus ', '*': ' times ',
                                                 '/': ' divided by '})
    if style == 'terse':
        return Fmt(sep=c.tsep, pct_mode=c.pct_mode, ops={'+': ' + ', '-': ' - ', '*': c.tmul, '/': ' / '})
    if style == 'llama_steps':
        return Fmt(sep=c.tsep, pct_mode=c.pct_mode, ops={'+': ' + ', '-': ' - ', '*': c.lmul2, '/': ' / '})
    return Fmt(sep=',', pct_mode=c.pct_mode, ops={'+': ' + ', '-': c.minus, '*': c.mul, '/': c.div})


def eq_text(rec, fm, style, c, bold=False):
    """the computation as written in this style: 'lhs = [mid =] res unit [round]'"""
    env = rec['env']
    lhs, _ = fm.expr(rec['node'], env)
    parts = [lhs]
    if rec['mid'] is not None and style != 'tutor' and style != 'gsm8k':
        parts.append(fm.expr(rec['mid'], env)[0])
    v, d = rec['disp'] if rec['disp'] else (rec['value'], rec['dec'])
    res = fm.val(v, d, rec['fmt'])
    latex = style in ('latex_inline', 'latex_display')
    u = rec['u']
    if u.endswith('s') and (rec['disp'] or (rec['value'], 0))[0] == 1:
        u = u[:-1]
    rnd = rec['round']
    if rnd:
        u = ''
    sym = rec['sym']
    if style == 'gsm8k':
        plain_lhs = lhs
        inner = fm.val(v, d, rec['fmt'], sign=False)
        pre = '$' if rec['fmt'] == 'money' else ''
        suf = '%' if rec['fmt'] == 'pctnum' else ''
        s = f'{plain_lhs}={pre}<<{plain_lhs}={inner}>>{inner}{suf}'
        if rnd:
            s += f', so round {"up" if rnd[0] == "ceil" else "down"} to {fixed(rnd[1], 0, "")} {rnd[2]}'
        elif u:
            s += ' ' + u
        return s
    if style == 'tutor':
        symw = c.tutor_eq if sym == '=' else c.tutor_approx
        s = f'{lhs}{symw}{res}'
        if rnd:
            s += f', so we round {"up" if rnd[0] == "ceil" else "down"} to {fixed(rnd[1], 0, ",")} {rnd[2]}'
        elif u:
            s += ' ' + u
        return s
    symt = ' \\approx ' if (latex and sym == '≈') else (' = ' if sym == '=' else ' ≈ ')
    if latex:
        eqs = ' = '.join(parts) + symt + res
        if style == 'latex_display':
            if rnd:
                rn = fixed(rnd[1], 0, c.lsep)
                if rnd[0] == 'ceil':
                    return eqs + ' \\;\\Rightarrow\\; ' + rn + unit_txt(rnd[2], True)
                return eqs + ' \\;\\Rightarrow\\; \\text{round down to } ' + rn + unit_txt(rnd[2], True)
            return eqs + unit_txt(u, True)
        # inline
        s = '\\( ' + eqs + ' \\)'
        if rnd:
            s += f', so round {"up" if rnd[0] == "ceil" else "down"} to {fixed(rnd[1], 0, ",")} {rnd[2]}'
        elif u:
            s += ' ' + u
        return s
    body = ' = '.join(parts) + symt
    resu = res + (' ' + u if u else '')
    if rnd:
        rn = fixed(rnd[1], 0, fm.sep)
        tail = f' → {rn} {rnd[2]}' if rnd[0] == 'ceil' else f' → round down to {rn} {rnd[2]}'
        if bold:
            tail = f' → **{rn} {rnd[2]}**' if rnd[0] == 'ceil' else f' → round down to **{rn} {rnd[2]}**'
        return body + res + tail
    if bold:
        return body + '**' + resu + '**'
    return body + resu


def check_text(chk, fm, style):
    lhs, _ = fm.expr(chk['node'], chk['env'])
    tfmt = leaf_fmt(chk['target'], chk['env'])
    if chk['target'][0] == 'n':
        v, d, f = chk['env'][chk['target'][1]]
        res = fm.val(v, d, f)
    else:
        res = fm.leaf(chk['target'], chk['env'])
    if style == 'tutor':
        return f'{lhs} equals {res}'
    if style in ('latex_inline', 'latex_display'):
        return f'{lhs} = {res}'
    if style == 'gsm8k':
        return f'{lhs}={res}'
    return f'{lhs} = {res}'


def cap(s):
    return s[0].upper() + s[1:] if s else s


INTROS = {
    'gpt4o_markdown': ["To solve this, let's break the problem into steps.", "Let's break this down step by step.",
                       "We'll work through the numbers one step at a time."],
    'claude_bold': ["I'll work through this step by step.", "Let me work through this carefully.",
                    "Let me break this down."],
    'bullets': ["Here's the breakdown:", "Let's break this down.", "Working it through:"],
    'prose': ["Let's work through this.", "Let's think about this step by step.", ""],
    'latex_inline': ["Let's solve this step by step.", "We can compute this in a few steps.",
                     "Let's set up the calculation."],
    'latex_display': ["Let's work through the calculation step by step.", "We'll compute each quantity in turn.",
                      "Here is the full calculation."],
    'table': ["Let's lay out the calculation in a table.", "Here's the calculation, step by step:",
              "Breaking the problem into its pieces:"],
    'terse': ["", "", "Solution:"],
    'gsm8k': [""],
    'tutor': ["Great question! Let's take it one piece at a time.", "Okay, let's work through this together.",
              "Sure! Let's walk through it slowly so every step makes sense."],
    'llama_steps': [""],
}

CONNECT = ['First, ', 'Next, ', 'Then ', 'After that, ', 'Now ', 'From there, ', 'Finally, ']


def render(pb, recs, env, style, c, final_rec_name, chk):
    fm = make_fmt(style, c)
    latex = style in ('latex_inline', 'latex_display')
    lines = []
    step_line = []  # line index of each computation
    ansv, ansd, ansf = env[pb['answer']]
    ans_num = fm.val(ansv, ansd, ansf)
    # unit for the answer
    last_u = ''
    for st in pb['steps']:
        if st['n'] == pb['answer']:
            last_u = st['u']
    ans_txt = ans_num + (' ' + last_u if last_u else '')
    if style in ('latex_inline', 'latex_display'):
        ans_txt = fm.val(ansv, ansd, ansf).replace('{,}', ',').replace('\\$', '$').replace('\\%', '%') + \
            (' ' + last_u if last_u else '')
    closing = pb['closings'][c.clos % len(pb['closings'])]
    intro = INTROS[style][c.intro % len(INTROS[style])]
    gv = pb['givens']

    def restate(prefix='- '):
        out = []
        for k, (v, fmt, lab, u) in gv.items():
            if k == 'mx':
                continue
            d = exact_dec(v)
            if fmt == 'money' and d == 1:
                d = 2
            s = Fmt(sep=',', pct_mode='pct').val(v, d, fmt)
            if u.lower() == lab.lower():
                u = ''
            out.append(f'{prefix}{lab}: {s}' + (f' {u}' if u else ''))
        return out

    def chk_line(txt):
        return txt

    if style == 'gpt4o_markdown':
        lines += [intro, '']
        if c.restate:
            lines += ['**Given:**'] + restate() + ['']
        for i, r in enumerate(recs):
            lines.append(f'### Step {i + 1}: {r["lab"]}')
            lines.append(r['doc'])
            lines.append('')
            step_line.append(len(lines))
            lines.append(eq_text(r, fm, style, c, bold=True))
            lines.append('')
        if chk is not None and c.check:
            lines.append(f'**Check:** {check_text(chk, fm, style)} ✓')
            lines.append('')
        lines.append('### Final Answer')
        lines.append(closing.replace('{A}', f'**{ans_txt}**'))
    elif style == 'claude_bold':
        lines += [intro, '']
        if c.restate:
            lines += ['**Given:**'] + restate() + ['']
        for i, r in enumerate(recs):
            step_line.append(len(lines))
            lines.append(f'**{r["lab"]}:** ' + eq_text(r, fm, style, c))
            lines.append('')
        if chk is not None:
            lines.append(f'Check: {check_text(chk, fm, style)} ✓')
            lines.append('')
        lines.append(closing.replace('{A}', f'**{ans_txt}**'))
    elif style == 'bullets':
        if intro:
            lines += [intro, '']
        if c.restate:
            lines += restate() + ['']
        for r in recs:
            step_line.append(len(lines))
            lines.append(f'- {r["lab"]}: ' + eq_text(r, fm, style, c))
        if chk is not None and c.check:
            lines.append(f'- Check: {check_text(chk, fm, style)} ✓')
        lines.append('')
        cl = closing.replace('{A}', ans_txt)
        lines.append(cl if cl.startswith('So ') else 'So, ' + cl[0].lower() + cl[1:])
    elif style == 'prose':
        if intro:
            lines += [intro, '']
        i = 0
        k = 0
        while i < len(recs):
            n = c.chunks[k % len(c.chunks)]
            k += 1
            sents = []
            for j in range(i, min(len(recs), i + n)):
                r = recs[j]
                conn = CONNECT[0] if j == 0 else (CONNECT[-1] if j == len(recs) - 1 else CONNECT[1 + (j + c.intro) % 5])
                sents.append(conn + r['say'].replace('{E}', eq_text(r, fm, style, c)) + '.')
            for j in range(i, min(len(recs), i + n)):
                step_line.append(len(lines))
            lines.append(' '.join(sents))
            lines.append('')
            i += n
        if chk is not None and c.check:
            lines.append(f'As a check, {check_text(chk, fm, style)}, which matches.')
            lines.append('')
        lines.append(closing.replace('{A}', ans_txt))
    elif style == 'latex_inline':
        lines += [intro, '']
        for i, r in enumerate(recs):
            step_line.append(len(lines))
            lines.append(f'{i + 1}. **{r["lab"]}:** ' + eq_text(r, fm, style, c))
        lines.append('')
        lines.append(closing.replace('{A}', f'**{ans_txt}**'))
    elif style == 'latex_display':
        lines += [intro, '']
        for i, r in enumerate(recs):
            lines.append(f'**{r["lab"]}.** {r["doc"]}')
            lines.append('\\[')
            step_line.append(len(lines))
            lines.append(eq_text(r, fm, style, c))
            lines.append('\\]')
            lines.append('')
        if chk is not None and c.check:
            lines.append(f'Check: \\( {check_text(chk, fm, style)} \\) ✓')
            lines.append('')
        lines.append(closing.replace('{A}', f'**{ans_txt}**'))
        lines.append('')
        lines.append('\\[')
        lines.append('\\boxed{%s}' % fm.val(ansv, ansd, ansf, sign=False))
        lines.append('\\]')
    elif style == 'table':
        lines += [intro, '']
        lines.append('| Quantity | Calculation | Result |')
        lines.append('|---|---|---|')
        for r in recs:
            t = eq_text(r, fm, style, c)
            # split into calculation and result cells
            if r['round']:
                calc, res = t.split(' ≈ ', 1) if ' ≈ ' in t else t.rsplit(' = ', 1)
                res = ('≈ ' if ' ≈ ' in t else '') + res
            else:
                if r['sym'] == '≈':
                    calc, res = t.split(' ≈ ', 1)
                    res = '≈ ' + res
                else:
                    calc, res = t.rsplit(' = ', 1)
            step_line.append(len(lines))
            lines.append(f'| {r["lab"]} | {calc} | {res} |')
        lines.append('')
        if chk is not None and c.check:
            lines.append(f'Check: {check_text(chk, fm, style)} ✓')
            lines.append('')
        lines.append(closing.replace('{A}', f'**{ans_txt}**'))
    elif style == 'terse':
        if intro:
            lines.append(intro)
        for r in recs:
            step_line.append(len(lines))
            lines.append(f'{r["lab"]}: ' + eq_text(r, fm, style, c))
        lines.append(f'Answer: {ans_txt}')
    elif style == 'gsm8k':
        for r in recs:
            step_line.append(len(lines))
            lines.append(cap(r['say'].replace('{E}', eq_text(r, fm, style, c))) + '.')
    elif style == 'tutor':
        lines += [intro, '']
        for i, r in enumerate(recs):
            lead = ['First, ', 'Next, ', 'Now ', 'Then ', 'Okay, ', 'After that, '][(i + c.intro) % 6 if i else 0]
            if i == len(recs) - 1 and i > 0:
                lead = 'Finally, '
            step_line.append(len(lines))
            frame = ['We get {E}.', 'So {E}.', 'That means {E}.', 'Here we have {E}.'][(i + c.intro) % 4]
            lines.append(f"{lead}let's find the {r['lab'][0].lower() + r['lab'][1:]}. " +
                         frame.replace('{E}', eq_text(r, fm, style, c)))
            lines.append('')
        if chk is not None and c.check:
            lines.append(f"Let's double-check: {check_text(chk, fm, style)}, so it checks out.")
            lines.append('')
        lines.append(closing.replace('{A}', ans_txt) + ' ' + ['Nice work sticking with it!', 'Hope that helps!',
                                                                'You\'ve got this!'][c.intro % 3])
    elif style == 'llama_steps':
        for i, r in enumerate(recs):
            lines.append(f'## Step {i + 1}: Calculate the {r["lab"][0].lower() + r["lab"][1:]}')
            step_line.append(len(lines))
            lines.append(f'{r["doc"]} ' + cap(r['say'].replace('{E}', eq_text(r, fm, style, c))) + '.')
            lines.append('')
        lines.append('The final answer is: $\\boxed{%s}$' % fm.val(ansv, ansd, ansf, sign=False).replace(',', ''))
    else:
        raise ValueError(style)
    # final line
    lines.append('')
    lines.append('#### ' + plain_final(ansv, ansd))
    return lines, step_line


def plain_final(v, d):
    s = fixed(v, d, '')
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return s


def style_ctx(style, rng):
    c = Ctx()
    c.intro = rng.randrange(6)
    c.clos = rng.randrange(6)
    c.restate = rng.random() < 0.5
    c.check = rng.random() < 0.35
    c.pct_mode = rng.choice(['pct', 'pct', 'dec'])
    c.mul = rng.choice([' × ', ' × ', ' x ', ' · '])
    c.div = rng.choice([' ÷ ', ' ÷ ', ' / '])
    c.minus = rng.choice([' − ', ' - '])
    c.lmul = rng.choice([' \\times ', ' \\times ', ' \\cdot '])
    c.frac = rng.random() < 0.6
    c.lsep = rng.choice(['{,}', '{,}', ','])
    c.tmul = rng.choice([' * ', ' x ', ' × '])
    c.tsep = rng.choice([',', ',', ''])
    c.lmul2 = rng.choice([' * ', ' × '])
    c.chunks = [rng.choice([1, 2, 2, 3]) for _ in range(8)]
    c.tutor_eq = rng.choice([' equals ', ', which is ', ', and that gives us '])
    c.tutor_approx = rng.choice([', which is about ', ", that's about "])
    return c


# ----------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------

KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift']


def split_digits(v, d):
    s = fixed(v, d, '')
    ip, _, fp = s.partition('.')
    return ip, fp


def from_parts(ip, fp):
    if ip == '' or (len(ip) > 1 and ip[0] == '0'):
        return None
    s = ip + ('.' + fp if fp else '')
    return F(s), len(fp)


def make_wrong(kind, rec, rng):
    v, d = rec['value'], rec['dec']
    ip, fp = split_digits(v, d)
    money = rec['fmt'] == 'money'
    cands = []
    if kind == 'off_by_one':
        cands = [(v + 1, d), (v - 1, d)]
    elif kind == 'off_by_ten':
        cands = [(v + 10, d), (v - 10, d)]
    elif kind == 'swap_digits':
        for i in range(len(ip) - 1):
            if ip[i] != ip[i + 1]:
                r = from_parts(ip[:i] + ip[i + 1] + ip[i] + ip[i + 2:], fp)
                if r:
                    cands.append(r)
        if ip == '0' and not money:
            for i in range(len(fp) - 1):
                if fp[i] != fp[i + 1]:
                    cands.append(from_parts(ip, fp[:i] + fp[i + 1] + fp[i] + fp[i + 2:]))
    elif kind == 'drop_digit':
        if len(ip) >= 2:
            for i in range(len(ip)):
                r = from_parts(ip[:i] + ip[i + 1:], fp)
                if r:
                    cands.append(r)
        elif ip == '0' and len(fp) >= 2 and not money:
            for i in range(len(fp)):
                cands.append(from_parts(ip, fp[:i] + fp[i + 1:]))
    elif kind == 'double_digit':
        for i in range(len(ip)):
            r = from_parts(ip[:i + 1] + ip[i] + ip[i + 1:], fp)
            if r:
                cands.append(r)
    elif kind == 'wrong_op':
        for w in wrong_op_candidates(rec['node'], rec['env']):
            if rec['sym'] == '=':
                ed = exact_dec(w)
                if ed is not None and ed <= max(2, d):
                    dd = ed
                    if money and dd == 1:
                        dd = 2
                    cands.append((w, dd))
            else:
                if d > 0 and w >= F(1, 10 ** d) * 10:
                    cands.append((rhu(w, d), d))
    elif kind == 'decimal_shift':
        for w in (v * 10, v / 10):
            wd = exact_dec(w)
            if money and wd > 0:
                if wd > 2:
                    continue
                wd = 2
            cands.append((w, wd))
    good = []
    for w, wd in cands:
        if w is None or w <= 0:
            continue
        if w == v or abs(w - v) <= F(1, 2 * 10 ** min(d, wd)):
            continue
        if (kind == 'off_by_one' and v < 3) or (kind == 'off_by_ten' and v < 30):
            continue
        if rhu(w, wd) != w:
            continue
        if rec['round'] and kind == 'wrong_op' and w < 1:
            continue
        good.append((w, wd))
    if not good:
        return None
    return good[rng.randrange(len(good))]


# ----------------------------------------------------------------------------
# building rows
# ----------------------------------------------------------------------------


def line_span(lines, i):
    start = sum(len(x) + 1 for x in lines[:i])
    return [start, start + len(lines[i])]


def num_str(fm, v, d):
    return fm.num(v, d)


def build_problem(pid, tname, tfunc, style, seed):
    rng = random.Random(f'problem:{seed}')
    for attempt in range(50):
        pb = tfunc(rng)
        if pb is None:
            continue
        try:
            recs, env = evaluate(pb)
        except (ValueError, ZeroDivisionError):
            continue
        if not (2 <= len(recs) <= 7):
            continue
        break
    else:
        raise RuntimeError('template failed ' + tname)
    srng = random.Random(f'style:{seed}:{style}')
    c = style_ctx(style, srng)
    frng = random.Random(f'fault:{seed}')
    chk = make_check(recs)
    lines, sl = render(pb, recs, env, style, c, pb['answer'], chk)
    correct_sol = '\n'.join(lines)
    fm = make_fmt(style, c)
    gold = lines[-1][5:]
    base = dict(pid=pid, template=tname, style=style, problem=pb['problem'])
    rows = [dict(base, variant='correct', solution=correct_sol, final=gold)]
    # slip and carry
    for variant in ('slip', 'carry'):
        for attempt in range(400):
            si = frng.randrange(len(recs))
            kind = KINDS[frng.randrange(len(KINDS))]
            wr = make_wrong(kind, recs[si], frng)
            if wr is None:
                continue
            w, wd = wr
            try:
                r2, env2 = evaluate(pb, (recs[si]['name'], w, wd, variant))
            except (ValueError, ZeroDivisionError):
                continue
            chk2 = make_check(r2)
            if variant == 'carry' and chk2 is not None and recs[-1]['name'] == recs[si]['name']:
                chk2 = None
            if variant == 'slip':
                chk2 = chk
            l2, sl2 = render(pb, r2, env2 if variant == 'carry' else env, style, c, pb['answer'], chk2)
            sol = '\n'.join(l2)
            fin = l2[-1][5:]
            if variant == 'carry':
                if F(fin) == F(gold):
                    continue
                # guard against absurd growth
                if F(fin) > F(gold) * 10000:
                    continue
            else:
                if fin != gold:
                    continue
            wrong_s = fm.num(w, wd)
            right_s = fm.num(recs[si]['value'], recs[si]['dec'])
            ln = sl2[si]
            if wrong_s not in l2[ln]:
                continue
            row = dict(base, variant=variant, solution=sol, final=gold, span=line_span(l2, ln),
                       wrong=wrong_s, right=right_s, step=si + 1, kind=kind)
            rows.append(row)
            break
        else:
            raise RuntimeError('no fault for ' + pid)
    # loop
    lrng = random.Random(f'loop:{seed}')
    for attempt in range(100):
        si = lrng.randrange(len(recs))
        L = sl[si]
        k = lrng.choice([1, 1, 2, 2, 3])
        if L - k + 1 < 0:
            continue
        unit_lines = lines[L - k + 1:L + 1]
        if not unit_lines[0].strip():
            continue
        break
    unit = '\n'.join(unit_lines)
    reps = lrng.randint(8, 30)
    prefix = '\n'.join(lines[:L + 1])
    sol = prefix + ('\n' + unit) * (reps - 1)
    first = unit_lines[0]
    fd = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
    if lrng.random() < 0.52 and fd >= 2:
        cut = lrng.randint(1, min(fd, len(first) - 1))
        part = first[:cut]
        if part.strip():
            sol += '\n' + part
    s0 = len(prefix) + 1
    rows.append(dict(base, variant='loop', solution=sol, final=gold, span=[s0, s0 + len(unit)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    per = 34
    out = []
    n = 0
    for ti, (tname, tf) in enumerate(TEMPLATES):
        for j in range(per):
            n += 1
            style = STYLES[(ti * 7 + j) % len(STYLES)]
            pid = f'mfg-{n:04d}'
            out.extend(build_problem(pid, tname, tf, style, f'{tname}:{j}'))
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
