#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (parking, tolls, transit
passes) with seeded arithmetic faults.  Deterministic: only random.Random seeded with
strings/ints, no hash(), no set iteration, no time.

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import math
import random
from fractions import Fraction as F

# ----------------------------------------------------------------------------------
# number helpers
# ----------------------------------------------------------------------------------

def rhu(x, d):
    """round half up (x >= 0) to d decimals, returned as a Fraction"""
    q = x * 10 ** d
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)
    return F(n, 10 ** d)


def min_dec(x, maxd=8):
    for d in range(maxd + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def plain(x, d):
    q = x * 10 ** d
    assert q.denominator == 1, (x, d)
    n = q.numerator
    sign = '-' if n < 0 else ''
    s = str(abs(n)).rjust(d + 1, '0')
    if d:
        s = s[:-d] + '.' + s[-d:]
    return sign + s


def group(s, sep):
    if not sep:
        return s
    ip, dot, fp = s.partition('.')
    neg = ip.startswith('-')
    ip = ip.lstrip('-')
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return ('-' if neg else '') + sep.join(parts) + (dot + fp if dot else '')


def money_dec(x, cents=False):
    return 2 if (cents or x.denominator != 1) else 0


class Fmt:
    """formatting of numbers for one style"""

    def __init__(self, pre='$', sep=',', cents=False, pct='%', units=False, latex=False):
        self.pre, self.sep, self.cents, self.pct, self.units, self.latex = pre, sep, cents, pct, units, latex

    def m(self, x):
        return self.pre + group(plain(x, money_dec(x, self.cents)), self.sep)

    def n(self, x, dec=None):
        d = min_dec(x) if dec is None else max(dec, min_dec(x) or 0)
        return group(plain(x, d), self.sep)

    def v(self, x, kind, dec=None):
        if kind == 'money':
            return self.m(x)
        if kind == 'pct':
            return self.n(x, dec) + self.pct
        return self.n(x, dec)


PF = Fmt()  # formatter for problem statements and notes


def pm(x):
    return PF.m(x)


def pn(x):
    return PF.n(x)


# ----------------------------------------------------------------------------------
# solution model
# ----------------------------------------------------------------------------------

class C:
    def __init__(self, v, kind='count', unit=''):
        self.v, self.kind, self.unit = F(v), kind, unit


class R:
    def __init__(self, name, unit=''):
        self.name, self.unit = name, unit


class Op:
    def __init__(self, op, *args):
        self.op, self.args = op, list(args)


class Comp:
    def __init__(self, name, expr, kind='money', label='', head=None, unit='', dp=2,
                 rup=None, check=False, mid=False, after=None):
        self.name, self.expr, self.kind, self.label = name, expr, kind, label
        self.head = head or (('Find the ' + label[0].lower() + label[1:]) if label else 'Check')
        self.unit, self.dp, self.rup, self.check, self.mid = unit, dp, rup, check, mid
        self.after = after


class Pick:
    """a non-computation decision (cap applies, cheaper option ...)"""

    def __init__(self, name, fn, kind, label, text, short, unit=''):
        self.name, self.fn, self.kind, self.label = name, fn, kind, label
        self.text, self.short, self.unit = text, short, unit


class Note:
    def __init__(self, text):
        self.text = text


def leafval(node, env):
    if isinstance(node, C):
        return node.v / 100 if node.kind == 'pct' else node.v
    return env[node.name]


def ev(node, env):
    if isinstance(node, (C, R)):
        return leafval(node, env)
    vals = [ev(a, env) for a in node.args]
    return apply(node.op, vals)


def apply(op, vals):
    r = vals[0]
    for x in vals[1:]:
        if op == '+':
            r = r + x
        elif op == '-':
            r = r - x
        elif op == '*':
            r = r * x
        elif op == '/':
            r = r / x
    return r


class Bad(Exception):
    pass


def written(exact, kind, dp):
    """value as written, approx flag, decimals hint"""
    md = min_dec(exact)
    lim = 2 if kind == 'money' else dp
    if md is not None and md <= lim:
        return exact, False, (md if kind != 'money' else None)
    w = rhu(exact, lim)
    return w, True, (lim if kind != 'money' else None)


def evaluate(items, fault=None):
    """fault = (item index, wrong value, 'slip'|'carry').
    returns env (values used later), info per item"""
    env, dec, info = {}, {}, {}
    for i, it in enumerate(items):
        if isinstance(it, Comp):
            exact = ev(it.expr, env)
            if exact < 0:
                raise Bad('negative')
            w, approx, dh = written(exact, it.kind, it.dp)
            d = dict(res=w, approx=approx, dec=dh, exact=exact)
            val = w
            if it.rup:
                if exact.denominator == 1:
                    n = exact + 1 if it.rup == 'strict' else exact
                else:
                    n = F(math.ceil(exact))
                    if w.denominator == 1:
                        raise Bad('rounding hides fraction')
                d['n'] = n
                val = n
            if fault is not None and fault[0] == i:
                d['res'] = fault[1]
                d['dec'] = None if it.kind == 'money' else max(dh or 0, min_dec(fault[1]))
                if fault[2] == 'carry':
                    val = fault[1]
            env[it.name] = val
            dec[it.name] = d['dec'] if not it.rup else 0
            info[i] = d
        elif isinstance(it, Pick):
            val = F(it.fn(env))
            if val < 0:
                raise Bad('negative pick')
            env[it.name] = val
            dec[it.name] = None if it.kind == 'money' else min_dec(val)
            info[i] = dict(res=val)
    return env, dec, info


# ----------------------------------------------------------------------------------
# style parameters and expression rendering
# ----------------------------------------------------------------------------------

class Sty:
    def __init__(self, name, mul='×', div='÷', sub='−', add='+', eq='=', ap='≈', T=None,
                 frac=False, worded=False, gsm=False, bold=False, units=False, pctdec=False,
                 latex=False):
        self.name, self.mul, self.div, self.sub, self.add = name, mul, div, sub, add
        self.eq, self.ap, self.T, self.frac, self.worded = eq, ap, T or Fmt(), frac, worded
        self.gsm, self.bold, self.units, self.pctdec, self.latex = gsm, bold, units, pctdec, latex


def opsym(S, op):
    return {'*': S.mul, '/': S.div, '-': S.sub, '+': S.add}[op]


def leaf_str(S, node, env, dec, kinds):
    if isinstance(node, C):
        x, kind = node.v, node.kind
        dh = None
    else:
        x, kind = env[node.name], kinds[node.name]
        dh = dec.get(node.name)
    if kind == 'pct':
        if S.pctdec:
            s = S.T.n(x / 100)
        else:
            s = S.T.n(x) + S.T.pct
    else:
        s = S.T.v(x, kind, dh)
    if S.units and node.unit and kind != 'money':
        s += ('\\text{ %s}' % node.unit) if S.latex else ' ' + node.unit
    return s


def expr_str(S, node, env, dec, kinds, subst=None):
    """subst: map id(node)->string for nested nodes replaced by their value (mid step)"""
    if subst and id(node) in subst:
        return subst[id(node)]
    if isinstance(node, (C, R)):
        return leaf_str(S, node, env, dec, kinds)
    parts = []
    for a in node.args:
        s = expr_str(S, a, env, dec, kinds, subst)
        if isinstance(a, Op) and not (subst and id(a) in subst):
            s = ('\\left(%s\\right)' % s) if (S.latex and S.name == 'latex_display') else '(%s)' % s
        parts.append(s)
    if node.op == '/' and S.frac and len(parts) == 2 and all(not isinstance(a, Op) for a in node.args):
        return '\\frac{%s}{%s}' % (parts[0], parts[1])
    return (' %s ' % opsym(S, node.op)).join(parts)


def gsm_expr(node, env):
    if isinstance(node, (C, R)):
        x = leafval(node, env) if not (isinstance(node, C) and node.kind == 'pct') else node.v / 100
        return plain(x, min_dec(x))
    parts = []
    for a in node.args:
        s = gsm_expr(a, env)
        parts.append('(%s)' % s if isinstance(a, Op) else s)
    return node.op.join(parts)


# ----------------------------------------------------------------------------------
# problem bank helpers
# ----------------------------------------------------------------------------------

NAMES = [("Maya", "she"), ("Jordan", "he"), ("Priya", "she"), ("Carlos", "he"), ("Aisha", "she"),
         ("Tom", "he"), ("Lena", "she"), ("Marcus", "he"), ("Sofia", "she"), ("Dev", "he"),
         ("Hannah", "she"), ("Omar", "he"), ("Grace", "she"), ("Luis", "he"), ("Nina", "she"),
         ("Ethan", "he"), ("Zoe", "she"), ("Ravi", "he"), ("Chloe", "she"), ("Ben", "he"),
         ("Keiko", "she"), ("Andre", "he"), ("Fatima", "she"), ("Noah", "he")]


def person(rng):
    n, p = rng.choice(NAMES)
    if p == 'she':
        return dict(n=n, sh='she', Sh='She', hs='her', hm='her')
    return dict(n=n, sh='he', Sh='He', hs='his', hm='him')


def M(s):
    return F(s)


class Prob:
    def __init__(self, template, problem, given, items, final, closing):
        self.template, self.problem, self.given = template, problem, given
        self.items, self.final, self.closing = items, final, closing


# ----------------------------------------------------------------------------------
# templates (problem structures)
# ----------------------------------------------------------------------------------

def t_parking_cap(rng):
    p = person(rng)
    r = M(rng.choice(['2.50', '3', '3.25', '3.50', '4', '4.50', '5', '6']))
    h = rng.randint(6, 11)
    unc = r * h
    cap = F(rng.randint(int(unc * F(55, 100)) + 1, int(unc) - 2))
    d = rng.choice([5, 10, 12, 15, 18, 20, 22])
    v = dict(p, r=pm(r), h=h, cap=pm(cap), d=d)
    probs = [
        "A downtown garage charges {r} per hour and has a daily maximum of {cap}. {n} parks there for {h} hours a day on {d} workdays this month. How much money does the daily maximum save {hm} over those {d} days?",
        "{n} parks {h} hours a day at a lot that costs {r} an hour, but the lot never charges more than {cap} for one day. Over {d} days, how many dollars does the cap save {hm} compared with paying the hourly rate for every hour?",
        "Parking near {n}'s office is {r} per hour with a {cap} daily cap. If {sh} parks for {h} hours each day for {d} days, how much less does {sh} pay than {sh} would without the cap?",
    ]
    items = [
        Comp('unc', Op('*', C(h, 'count', 'hours'), C(r, 'money')), label='Cost per day without the cap'),
        Pick('paid', lambda e: min(e['unc'], cap), 'money', 'Amount paid per day',
             lambda e, T: ("Since %s is more than the %s daily maximum, %s pays only %s per day." % (T.m(e['unc']), T.m(cap), p['sh'], T.m(cap)))
             if e['unc'] > cap else ("Since %s does not exceed the %s daily maximum, %s pays the full %s per day." % (T.m(e['unc']), T.m(cap), p['sh'], T.m(e['unc']))),
             lambda e, T: 'lower of %s and the %s cap' % (T.m(e['unc']), T.m(cap))),
        Comp('tot', Op('*', R('paid'), C(d, 'count', 'days')), label='Total actually paid for %d days' % d),
        Comp('nocap', Op('*', R('unc'), C(d, 'count', 'days')), label='Total without the cap'),
        Comp('save', Op('-', R('nocap'), R('tot')), label='Amount saved by the cap'),
        Comp('chk', Op('+', R('tot'), R('save')), check=True),
    ]
    given = [('Hourly rate', pm(r)), ('Hours per day', str(h)), ('Daily maximum', pm(cap)), ('Days', str(d))]
    return Prob('parking_daily_cap', rng.choice(probs).format(**v), given, items, 'save',
                [lambda e, T, B: "So the daily maximum saves %s %s over the %d days." % (p['n'], B(T.m(e['save'])), d),
                 lambda e, T, B: "The cap saves %s a total of %s." % (p['hm'], B(T.m(e['save'])))][rng.randrange(2)])


def t_pass_savings(rng):
    p = person(rng)
    f = M(rng.choice(['2.25', '2.50', '2.75', '2.90', '3', '3.25', '3.40']))
    d = rng.choice([4, 5, 5, 6])
    wk = 4
    cost = f * 2 * d * wk
    P = F(rng.randint(int(cost * F(70, 100)), int(cost) - 3))
    v = dict(p, f=pm(f), d=d, P=pm(P))
    probs = [
        "A single subway ride costs {f}, and a monthly pass costs {P}. {n} rides to work and back {d} days a week. Using 4 weeks in a month, how much does {sh} save in a month by buying the pass instead of paying per ride?",
        "{n} takes the bus to work and home again {d} days a week. Each ride is {f}. The unlimited monthly pass is {P}. If a month is counted as 4 weeks, how much money does the pass save {hm} each month?",
        "Transit fares in {n}'s city are {f} per ride or {P} for a monthly pass. {Sh} makes 2 rides a day, {d} days a week. Assuming 4 weeks per month, what are {hs} monthly savings with the pass?",
    ]
    items = [
        Comp('wr', Op('*', C(2, 'count', 'rides'), C(d, 'count', 'days')), kind='count', unit='rides', label='Rides per week'),
        Comp('mr', Op('*', R('wr', 'rides'), C(wk, 'count', 'weeks')), kind='count', unit='rides', label='Rides per month'),
        Comp('pay', Op('*', R('mr', 'rides'), C(f, 'money')), label='Pay-per-ride cost for the month'),
        Comp('save', Op('-', R('pay'), C(P, 'money')), label='Monthly savings with the pass'),
    ]
    if rng.random() < 0.5:
        items.append(Comp('chk', Op('+', C(P, 'money'), R('save')), check=True))
    given = [('Fare per ride', pm(f)), ('Monthly pass', pm(P)), ('Days per week', str(d))]
    return Prob('monthly_pass_savings', rng.choice(probs).format(**v), given, items, 'save',
                lambda e, T, B: "Buying the pass saves %s %s per month." % (p['hm'], B(T.m(e['save']))))


def t_breakeven(rng):
    p = person(rng)
    f = M(rng.choice(['2.25', '2.40', '2.50', '2.75', '3', '3.20', '3.50']))
    disc = rng.choice([10, 20, 25, 30])
    if rng.random() < 0.35:
        # make the discounted pass an exact multiple of the fare (tie case)
        k = rng.randint(28, 44)
        net = f * k
        P = net * 100 / (100 - disc)
        if P.denominator != 1:
            P = None
    else:
        P = None
    if P is None:
        P = F(rng.randint(80, 140))
    v = dict(p, f=pm(f), P=pm(P), disc=disc)
    probs = [
        "A monthly transit pass normally costs {P}, but {n}'s employer pays {disc}% of it. A single ride costs {f}. What is the fewest rides {n} must take in a month for the pass to cost {hm} less than paying per ride?",
        "{n} can buy a {P} monthly pass with a {disc}% employer discount, or pay {f} for each ride. How many rides per month does {sh} need, at minimum, for the discounted pass to be the cheaper choice?",
        "The city's monthly pass is {P}. Commuters like {n} get {disc}% off through a workplace program. Single rides are {f}. Find the smallest number of rides in a month that makes the discounted pass strictly cheaper.",
    ]
    items = [
        Comp('off', Op('*', C(P, 'money'), C(disc, 'pct')), label='Employer discount'),
        Comp('net', Op('-', C(P, 'money'), R('off')), label='Pass price after the discount'),
        Comp('q', Op('/', R('net'), C(f, 'money')), kind='count', dp=2, unit='rides', rup='strict',
             label='Break-even number of rides', head='Divide the pass price by the fare'),
    ]
    items.append(Comp('hi', Op('*', R('q', 'rides'), C(f, 'money')), check=True,
                      after=lambda e, T: ' (more than the %s pass price)' % T.m(e['net'])))
    given = [('Pass price', pm(P)), ('Discount', '%d%%' % disc), ('Fare', pm(f))]
    return Prob('pass_breakeven_rides', rng.choice(probs).format(**v), given, items, 'q',
                lambda e, T, B: "%s needs at least %s rides for the pass to be cheaper." % (p['n'], B(T.n(e['q']))))


def t_toll_axles(rng):
    p = person(rng)
    a = rng.choice([3, 4, 5, 6])
    t = M(rng.choice(['1.25', '1.50', '1.75', '2', '2.25', '2.40', '3.10', '4.35']))
    b = M(rng.choice(['1', '1.50', '2.50', '3', '4']))
    n = rng.choice([5, 6, 20, 21, 22, 24])
    v = dict(p, a=a, t=pm(t), b=pm(b))
    probs = [
        "A bridge charges trucks {t} per axle plus a {b} base fee for each crossing. {n}'s {a}-axle truck crosses the bridge twice a day (out and back). How much does {sh} pay in tolls over {n2} days?",
        "The toll on Route 9 is {b} per vehicle plus {t} for every axle. {n} drives a {a}-axle delivery truck through the toll plaza 2 times each working day. What are {hs} total tolls for {n2} working days?",
        "{n} hauls freight in a truck with {a} axles. Each pass through the tunnel costs {t} per axle and a flat {b}. If {sh} makes a round trip (2 passes) every day for {n2} days, how much are the tolls altogether?",
    ]
    v['n2'] = n
    items = [
        Comp('ax', Op('*', C(a, 'count', 'axles'), C(t, 'money')), label='Axle charge per crossing'),
        Comp('per', Op('+', R('ax'), C(b, 'money')), label='Toll per crossing'),
        Comp('day', Op('*', R('per'), C(2, 'count', 'crossings')), label='Tolls per day'),
        Comp('tot', Op('*', R('day'), C(n, 'count', 'days')), label='Total tolls for %d days' % n),
    ]
    given = [('Axles', str(a)), ('Rate per axle', pm(t)), ('Base fee', pm(b)), ('Days', str(n))]
    return Prob('toll_per_axle', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "The tolls come to %s for the %d days." % (B(T.m(e['tot'])), n))


def t_commuter_year(rng):
    p = person(rng)
    f = M(rng.choice(['1.75', '2.25', '2.50', '2.75', '3.15', '3.60', '4.25']))
    d = rng.choice([3, 4, 5])
    w = rng.choice([46, 48, 49, 50])
    v = dict(p, f=pm(f), d=d, w=w)
    probs = [
        "{n} pays {f} each way on the commuter train and goes into the office {d} days a week for {w} weeks a year. What is {hs} average monthly spending on train fares, to the nearest cent?",
        "A one-way commuter fare is {f}. {n} makes a round trip {d} days a week and works {w} weeks a year. Spread evenly over 12 months, how much does {sh} spend on fares per month? Round to the nearest cent.",
        "Each one-way ride on {n}'s light-rail line costs {f}. {Sh} rides to work and back {d} days a week, {w} weeks per year. Find {hs} average fare cost per month (nearest cent).",
    ]
    items = [
        Comp('day', Op('*', C(f, 'money'), C(2, 'count', 'rides')), label='Cost per day'),
        Comp('wk', Op('*', R('day'), C(d, 'count', 'days')), label='Cost per week'),
        Comp('yr', Op('*', R('wk'), C(w, 'count', 'weeks')), label='Cost per year'),
        Comp('mo', Op('/', R('yr'), C(12, 'count', 'months')), label='Average cost per month'),
    ]
    given = [('One-way fare', pm(f)), ('Days per week', str(d)), ('Weeks per year', str(w))]
    return Prob('commuter_week_month_year', rng.choice(probs).format(**v), given, items, 'mo',
                lambda e, T, B: "On average, %s spends about %s per month on fares." % (p['n'], B(T.m(e['mo']))))


def t_fare_cap(rng):
    p = person(rng)
    f = M(rng.choice(['2.40', '2.50', '2.75', '2.90', '3']))
    cap = F(rng.choice([20, 22, 25, 30, 32, 35]))
    need = int(cap / f)
    n1 = rng.randint(need + 2, need + 7)
    n2 = rng.randint(max(2, need - 7), need - 1)
    v = dict(p, f=pm(f), cap=pm(cap), n1=n1, n2=n2)
    probs = [
        "With contactless fare capping, each ride costs {f} but nobody pays more than {cap} in one week. {n} took {n1} rides in the first week and {n2} rides in the second week. How much did {sh} pay in total for the two weeks?",
        "{n}'s transit card charges {f} per tap and caps weekly spending at {cap}. Last week {sh} tapped {n1} times; this week {sh} tapped {n2} times. What did the two weeks cost altogether?",
        "A city bus system charges {f} a ride with a weekly fare cap of {cap}. {n} rides {n1} times in week 1 and {n2} times in week 2. Find the total fare {sh} pays for both weeks.",
    ]
    cap_txt = lambda key, wkname: (lambda e, T: (
        "Because %s is more than the %s weekly cap, %s is charged only %s for %s." % (T.m(e[key]), T.m(cap), p['sh'], T.m(cap), wkname))
        if e[key] > cap else ("%s is under the %s cap, so %s pays the full %s for %s." % (T.m(e[key]), T.m(cap), p['sh'], T.m(e[key]), wkname)))
    items = [
        Comp('x1', Op('*', C(n1, 'count', 'rides'), C(f, 'money')), label='Week 1 cost before the cap'),
        Pick('p1', lambda e: min(e['x1'], cap), 'money', 'Week 1 charge', cap_txt('x1', 'the first week'),
             lambda e, T: 'capped at %s' % T.m(cap) if e['x1'] > cap else 'under the cap'),
        Comp('x2', Op('*', C(n2, 'count', 'rides'), C(f, 'money')), label='Week 2 cost before the cap'),
        Pick('p2', lambda e: min(e['x2'], cap), 'money', 'Week 2 charge', cap_txt('x2', 'the second week'),
             lambda e, T: 'capped at %s' % T.m(cap) if e['x2'] > cap else 'under the cap'),
        Comp('tot', Op('+', R('p1'), R('p2')), label='Total for both weeks'),
    ]
    given = [('Fare', pm(f)), ('Weekly cap', pm(cap)), ('Week 1 rides', str(n1)), ('Week 2 rides', str(n2))]
    return Prob('weekly_fare_cap', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "%s paid %s for the two weeks." % (p['n'], B(T.m(e['tot']))))


def t_discount_pass(rng):
    p = person(rng)
    P = M(rng.choice(['64', '72', '85', '90', '96', '104', '110', '127.50', '58.50']))
    pc = rng.choice([10, 15, 20, 25, 30, 40])
    m = rng.choice([3, 4, 6, 9, 10, 12])
    v = dict(p, P=pm(P), pc=pc, m=m)
    probs = [
        "A monthly bus pass costs {P}. Students get {pc}% off. {n} is a student and buys the pass for {m} months in a row. How much does {sh} spend in total?",
        "{n} qualifies for a {pc}% reduced-fare discount on the {P} monthly transit pass. What will {m} months of discounted passes cost {hm}?",
        "The regular price of a 30-day rail pass is {P}. Seniors pay {pc}% less. {n} buys one every month for {m} months. What is the total cost?",
    ]
    if rng.random() < 0.5:
        items = [
            Comp('off', Op('*', C(P, 'money'), C(pc, 'pct')), label='Discount per pass'),
            Comp('net', Op('-', C(P, 'money'), R('off')), label='Discounted pass price'),
            Comp('tot', Op('*', R('net'), C(m, 'count', 'months')), label='Total for %d months' % m),
        ]
    else:
        items = [
            Comp('net', Op('*', C(P, 'money'), Op('-', C(1, 'count'), C(pc, 'pct'))), mid=True,
                 label='Discounted pass price'),
            Comp('tot', Op('*', R('net'), C(m, 'count', 'months')), label='Total for %d months' % m),
            Comp('full', Op('*', C(P, 'money'), C(m, 'count', 'months')), label='Cost at full price'),
            Comp('chk', Op('-', R('full'), R('tot')), check=True),
        ]
    given = [('Pass price', pm(P)), ('Discount', '%d%%' % pc), ('Months', str(m))]
    return Prob('percent_discount_pass', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "%s spends %s on passes over the %d months." % (p['n'], B(T.m(e['tot'])), m))


def t_minutes_billing(rng):
    p = person(rng)
    h = rng.randint(1, 4)
    mm = rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, 55])
    r = M(rng.choice(['2', '2.50', '3', '3.75', '4', '4.25', '5.50']))
    bill = F(rng.choice([20, 40, 50]))
    v = dict(p, h=h, mm=mm, r=pm(r), bill=pm(bill), hw='hour' if h == 1 else 'hours')
    probs = [
        "A parking garage charges {r} for each hour or part of an hour. {n} parks for {h} {hw} and {mm} minutes and pays with a {bill} bill. How much change does {sh} get?",
        "{n}'s car sat in a lot for {h} {hw} {mm} minutes. The lot bills {r} per started hour. If {sh} hands the attendant {bill}, what change should {sh} receive?",
        "Street-level parking costs {r} per hour, and any partial hour is billed as a full hour. {n} stayed {h} {hw} and {mm} minutes and paid with {bill}. How much change did {sh} get back?",
    ]
    items = [
        Comp('min', Op('+', Op('*', C(h, 'count', 'hours'), C(60, 'count')), C(mm, 'count', 'minutes')), kind='count',
             unit='minutes', label='Total time in minutes', mid=True),
        Comp('hrs', Op('/', R('min', 'minutes'), C(60, 'count')), kind='count', dp=2, unit='hours', rup='ceil',
             label='Number of billed hours', head='Convert to billed hours'),
        Comp('cost', Op('*', R('hrs', 'hours'), C(r, 'money')), label='Parking charge'),
        Comp('chg', Op('-', C(bill, 'money'), R('cost')), label='Change'),
    ]
    given = [('Rate', pm(r) + ' per started hour'), ('Time parked', '%d %s %d minutes' % (h, v['hw'], mm)), ('Paid', pm(bill))]
    return Prob('partial_hour_billing', rng.choice(probs).format(**v), given, items, 'chg',
                lambda e, T, B: "%s gets %s in change." % (p['n'], B(T.m(e['chg']))))


def t_cents_toll(rng):
    p = person(rng)
    c = rng.choice([35, 45, 55, 65, 85, 95, 120, 135])
    g = rng.randint(3, 7)
    tr = rng.choice([22, 36, 40, 42, 44, 46])
    v = dict(p, c=c, g=g, tr=tr)
    probs = [
        "An electronic toll road charges {c} cents at each gantry. {n}'s commute passes {g} gantries each way, and {sh} makes {tr} one-way trips a month. How many dollars does {sh} pay in tolls per month?",
        "Each toll gantry on the expressway costs {c}¢. A one-way trip for {n} goes under {g} gantries. If {sh} makes {tr} one-way trips in a month, what is {hs} monthly toll bill in dollars?",
        "{n} drives a toll road with {g} gantries per trip, each charging {c} cents. How much, in dollars, do {tr} trips cost?",
    ]
    items = [
        Comp('pt', Op('*', C(c, 'count', 'cents'), C(g, 'count', 'gantries')), kind='count', unit='cents', label='Cents per trip'),
        Comp('tc', Op('*', R('pt', 'cents'), C(tr, 'count', 'trips')), kind='count', unit='cents', label='Cents per month'),
        Comp('dol', Op('/', R('tc', 'cents'), C(100, 'count')), label='Monthly tolls in dollars', head='Convert cents to dollars'),
    ]
    given = [('Toll per gantry', '%d cents' % c), ('Gantries per trip', str(g)), ('Trips', str(tr))]
    return Prob('cents_toll_conversion', rng.choice(probs).format(**v), given, items, 'dol',
                lambda e, T, B: "The monthly toll bill is %s." % B(T.m(e['dol'])))


def t_carpool(rng):
    p = person(rng)
    P = M(rng.choice(['18', '22', '24.50', '26', '29', '31.75', '35']))
    T_ = M(rng.choice(['6.50', '7', '8.25', '9.40', '11', '12.80']))
    k = rng.choice([3, 4, 5, 6])
    n = rng.choice([16, 18, 20, 21, 22])
    v = dict(p, P=pm(P), t=pm(T_), k=k)
    probs = [
        "{n} and {k1} coworkers carpool downtown. Each day the car costs {P} to park and {t} in tolls, and the {k} riders split the daily total evenly (each share rounded to the nearest cent). How much does one rider pay over {n2} workdays?",
        "A carpool of {k} people splits daily costs evenly: {P} for parking and {t} for bridge tolls. Each person's daily share is rounded to the nearest cent. What does {n} pay for {n2} days of carpooling?",
        "Parking downtown is {P} a day and tolls are {t} a day. {n} shares the ride with {k1} others, and they split each day's cost equally, rounding each share to the nearest cent. Find {n}'s cost for {n2} days.",
    ]
    v['k1'] = k - 1
    v['n2'] = n
    items = [
        Comp('day', Op('+', C(P, 'money'), C(T_, 'money')), label='Daily cost for the car'),
        Comp('sh', Op('/', R('day'), C(k, 'count', 'people')), label='Daily share per person'),
        Comp('tot', Op('*', R('sh'), C(n, 'count', 'days')), label='Cost for %d days' % n),
    ]
    given = [('Parking', pm(P) + ' per day'), ('Tolls', pm(T_) + ' per day'), ('Riders', str(k)), ('Days', str(n))]
    return Prob('carpool_split', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "%s pays %s for the %d days." % (p['n'], B(T.m(e['tot'])), n))


def t_park_ride(rng):
    p = person(rng)
    D = M(rng.choice(['24', '28', '32', '35', '38.50', '42']))
    G = M(rng.choice(['6', '7.50', '8.20', '9', '10.40']))
    L = M(rng.choice(['3', '4', '5', '6.50']))
    f = M(rng.choice(['2.25', '2.75', '3.50', '4.10', '5']))
    n = rng.choice([5, 4, 3, 10, 20])
    v = dict(p, D=pm(D), G=pm(G), L=pm(L), f=pm(f))
    probs = [
        "Driving downtown costs {n} {D} a day for parking plus {G} in gas. Instead, {sh} could park at a park-and-ride lot for {L} a day and take the train, which costs {f} each way. How much would {sh} save over {n2} workdays by using the park-and-ride?",
        "{n} compares two commutes. Option A: drive all the way and pay {D} parking plus {G} of gas per day. Option B: pay {L} at the park-and-ride lot and {f} per train ride, riding in and back. What does Option B save over {n2} days?",
        "A downtown garage charges {D} per day, and {n}'s drive uses {G} of fuel daily. The park-and-ride lot is {L} per day and the train fare is {f} per ride. If {sh} takes the train both ways, how much does {sh} save in {n2} days?",
    ]
    v['n2'] = n
    items = [
        Comp('drive', Op('+', C(D, 'money'), C(G, 'money')), label='Daily cost of driving'),
        Comp('train', Op('*', C(f, 'money'), C(2, 'count', 'rides')), label='Round-trip train fare'),
        Comp('pr', Op('+', C(L, 'money'), R('train')), label='Daily cost of park-and-ride'),
        Comp('ds', Op('-', R('drive'), R('pr')), label='Savings per day'),
        Comp('tot', Op('*', R('ds'), C(n, 'count', 'days')), label='Savings over %d days' % n),
    ]
    given = [('Parking', pm(D)), ('Gas', pm(G)), ('Lot', pm(L)), ('Train fare', pm(f) + ' each way')]
    return Prob('park_and_ride_vs_drive', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "Park-and-ride saves %s %s over %d days." % (p['hm'], B(T.m(e['tot'])), n))


def t_transponder(rng):
    p = person(rng)
    c = M(rng.choice(['3.50', '4', '4.75', '5.25', '6', '7.80', '8.50']))
    pc = rng.choice([10, 15, 20, 25, 30])
    n = rng.choice([20, 24, 30, 36, 40, 44])
    fee = M(rng.choice(['1', '1.50', '2', '3']))
    v = dict(p, c=pm(c), pc=pc, fee=pm(fee))
    probs = [
        "The cash toll on a turnpike is {c}. Drivers with an E-pass transponder pay {pc}% less per trip, but the transponder has a {fee} monthly fee. {n} makes {n2} toll trips a month. How much does the transponder save {hm} each month after the fee?",
        "{n} pays tolls {n2} times a month. The pay-by-plate toll is {c}, and a transponder gives {pc}% off every toll for a {fee} monthly account fee. What is {hs} net monthly saving with the transponder?",
        "A toll bridge charges {c} per crossing, or {pc}% less with a toll tag that costs {fee} per month. If {n} crosses {n2} times in a month, how much does {sh} save with the tag, net of the fee?",
    ]
    v['n2'] = n
    items = [
        Comp('off', Op('*', C(c, 'money'), C(pc, 'pct')), label='Discount per trip'),
        Comp('tag', Op('-', C(c, 'money'), R('off')), label='Toll with the transponder'),
        Comp('cash', Op('*', C(n, 'count', 'trips'), C(c, 'money')), label='Monthly cost paying cash'),
        Comp('tg', Op('*', C(n, 'count', 'trips'), R('tag')), label='Monthly tolls with the transponder'),
        Comp('gross', Op('-', R('cash'), R('tg')), label='Savings before the fee'),
        Comp('net', Op('-', R('gross'), C(fee, 'money')), label='Net monthly savings'),
    ]
    given = [('Cash toll', pm(c)), ('Discount', '%d%%' % pc), ('Trips', str(n)), ('Fee', pm(fee))]
    return Prob('transponder_discount', rng.choice(probs).format(**v), given, items, 'net',
                lambda e, T, B: "The transponder saves %s %s a month after the fee." % (p['hm'], B(T.m(e['net']))))


def t_plaza_revenue(rng):
    cars = rng.randint(1200, 4800)
    a = M(rng.choice(['1.50', '2', '2.25', '2.75', '3']))
    tr = rng.randint(80, 420)
    ax = rng.choice([4, 5, 6])
    t = M(rng.choice(['1.25', '1.50', '1.75', '2.10']))
    v = dict(cars=pn(cars), a=pm(a), tr=tr, ax=ax, t=pm(t))
    probs = [
        "A toll plaza charges cars {a} each and charges trucks {t} per axle. On Monday, {cars} cars and {tr} trucks went through, and every truck had {ax} axles. How much toll money was collected?",
        "On one day a bridge saw {cars} passenger cars, which pay {a} each, and {tr} {ax}-axle trucks, which pay {t} per axle. What was the total toll revenue for the day?",
        "The Harbor Tunnel toll is {a} for a car and {t} per axle for trucks. If {cars} cars and {tr} trucks with {ax} axles each use the tunnel in a day, how much is collected?",
    ]
    items = [
        Comp('cr', Op('*', C(cars, 'count', 'cars'), C(a, 'money')), label='Revenue from cars'),
        Comp('pt', Op('*', C(ax, 'count', 'axles'), C(t, 'money')), label='Toll per truck'),
        Comp('trr', Op('*', C(tr, 'count', 'trucks'), R('pt')), label='Revenue from trucks'),
        Comp('tot', Op('+', R('cr'), R('trr')), label='Total revenue'),
    ]
    if rng.random() < 0.5:
        items.append(Comp('chk', Op('-', R('tot'), R('trr')), check=True))
    given = [('Cars', pn(cars)), ('Car toll', pm(a)), ('Trucks', str(tr)), ('Per axle', pm(t))]
    return Prob('toll_plaza_revenue', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "The plaza collects %s in tolls that day." % B(T.m(e['tot'])))


def t_garage_revenue(rng):
    pc = rng.choice([75, 80, 85, 90, 95, 60, 70])
    base = {75: 4, 80: 5, 85: 20, 90: 10, 95: 20, 60: 5, 70: 10}[pc]
    S = base * rng.randint(max(1, 100 // base), 700 // base)
    r = M(rng.choice(['12', '14.50', '16', '18.75', '22', '25']))
    dd = rng.choice([5, 6, 7])
    v = dict(S=S, pc=pc, r=pm(r), dd=dd)
    probs = [
        "A parking garage has {S} spaces. On a typical day {pc}% of them are rented at the daily rate of {r}. The garage is open {dd} days a week. What is its weekly revenue?",
        "City Center Parking has {S} spots, and on average {pc}% are filled each day by customers paying {r}. How much money does it take in over a {dd}-day week?",
        "A {S}-space lot is {pc}% full every day it is open, and each parked car pays {r} for the day. If it operates {dd} days a week, find the weekly revenue.",
    ]
    items = [
        Comp('occ', Op('*', C(S, 'count', 'spaces'), C(pc, 'pct')), kind='count', unit='spaces', label='Spaces filled per day'),
        Comp('dr', Op('*', R('occ', 'cars'), C(r, 'money')), label='Daily revenue'),
        Comp('wr', Op('*', R('dr'), C(dd, 'count', 'days')), label='Weekly revenue'),
    ]
    if rng.random() < 0.5:
        items.append(Comp('chk', Op('/', R('wr'), C(dd, 'count', 'days')), check=True))
    given = [('Spaces', str(S)), ('Occupancy', '%d%%' % pc), ('Rate', pm(r)), ('Days open', str(dd))]
    return Prob('garage_revenue', rng.choice(probs).format(**v), given, items, 'wr',
                lambda e, T, B: "The garage takes in %s per week." % B(T.m(e['wr'])))


def t_annual_pass(rng):
    p = person(rng)
    Mo = M(rng.choice(['89', '96', '100', '115', '121.50', '132', '140']))
    A = F(int(Mo * 12 * F(rng.randint(72, 92), 100)))
    v = dict(p, Mo=pm(Mo), A=pm(A))
    probs = [
        "A monthly rail pass costs {Mo}, while an annual pass costs {A}. By what percent does {n} save over a year by buying the annual pass instead of 12 monthly passes? Round to the nearest tenth of a percent.",
        "{n} can pay {Mo} every month for a transit pass or pay {A} once for the whole year. What percent of the monthly-pass total does the annual pass save? Give the answer to one decimal place.",
        "An annual parking permit is {A}; a monthly permit is {Mo}. Compared with buying 12 monthly permits, what percent does {n} save with the annual permit (nearest 0.1%)?",
    ]
    items = [
        Comp('yr', Op('*', C(Mo, 'money'), C(12, 'count', 'months')), label='Cost of 12 monthly passes'),
        Comp('sv', Op('-', R('yr'), C(A, 'money')), label='Savings with the annual pass'),
        Comp('pc', Op('*', Op('/', R('sv'), R('yr')), C(100, 'count')), kind='pct', dp=1, label='Percent saved'),
    ]
    given = [('Monthly pass', pm(Mo)), ('Annual pass', pm(A))]
    return Prob('annual_vs_monthly_percent', rng.choice(probs).format(**v), given, items, 'pc',
                lambda e, T, B: "The annual pass saves about %s." % B(T.n(e['pc'], 1) + '%'))


def t_meter(rng):
    p = person(rng)
    m = rng.choice([6, 8, 10, 12, 15])
    h = rng.randint(1, 3)
    mm = rng.choice([10, 20, 25, 35, 40, 45, 50])
    days = rng.choice([2, 3, 4, 5])
    v = dict(p, m=m, h=h, mm=mm, days=days, hw='hour' if h == 1 else 'hours')
    probs = [
        "A parking meter gives {m} minutes for every quarter ($0.25), and it only takes whole quarters. {n} needs to park for {h} {hw} {mm} minutes each day for {days} days. How much does {sh} spend on the meter?",
        "Each quarter buys {m} minutes at a downtown meter. {n} parks {h} {hw} and {mm} minutes a day, {days} days in a row, feeding only whole quarters. What is the total cost in dollars?",
        "{n} uses a coin meter where $0.25 buys {m} minutes. {Sh} needs {h} {hw} {mm} minutes of parking on each of {days} days. How many dollars in quarters does {sh} use altogether?",
    ]
    items = [
        Comp('min', Op('+', Op('*', C(h, 'count', 'hours'), C(60, 'count')), C(mm, 'count', 'minutes')), kind='count',
             unit='minutes', label='Minutes needed per day', mid=True),
        Comp('q', Op('/', R('min', 'minutes'), C(m, 'count')), kind='count', dp=2, unit='quarters', rup='ceil',
             label='Number of quarters per day', head='Find the number of quarters per day'),
        Comp('dc', Op('*', R('q', 'quarters'), C(M('0.25'), 'money')), label='Cost per day'),
        Comp('tot', Op('*', R('dc'), C(days, 'count', 'days')), label='Total for %d days' % days),
    ]
    given = [('Minutes per quarter', str(m)), ('Time per day', '%d %s %d minutes' % (h, v['hw'], mm)), ('Days', str(days))]
    return Prob('meter_quarters', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "%s spends %s on the meter." % (p['n'], B(T.m(e['tot']))))


def t_bundle(rng):
    p = person(rng)
    f = M(rng.choice(['2.50', '2.75', '3', '3.25', '3.50', '4']))
    B_ = F(int(f * 10 * F(rng.randint(70, 85), 100)))
    Rr = rng.randint(31, 68)
    if Rr % 10 == 0:
        Rr += 3
    v = dict(p, f=pm(f), B=pm(B_), R=Rr)
    probs = [
        "A single ferry ticket costs {f}, and a 10-ride ticket book costs {B}. {n} needs {R} rides this month and buys only whole ticket books. How much does {sh} save compared with buying single tickets?",
        "{n} needs {R} commuter-rail rides this month. Single rides are {f} each; a 10-ride pack is {B}. If {sh} buys enough 10-ride packs to cover all the rides, how much less does {sh} spend than with single tickets?",
        "Bus tickets cost {f} each or {B} for a book of 10. {n} will ride {R} times and buys books of 10 only (any leftover rides go unused). How much money does that save versus single tickets?",
    ]
    items = [
        Comp('bk', Op('/', C(Rr, 'count', 'rides'), C(10, 'count')), kind='count', dp=1, unit='books', rup='ceil',
             label='Number of books needed', head='Find how many books are needed'),
        Comp('bc', Op('*', R('bk', 'books'), C(B_, 'money')), label='Cost of the books'),
        Comp('sc', Op('*', C(Rr, 'count', 'rides'), C(f, 'money')), label='Cost with single tickets'),
        Comp('sv', Op('-', R('sc'), R('bc')), label='Amount saved'),
    ]
    given = [('Single fare', pm(f)), ('10-ride book', pm(B_)), ('Rides', str(Rr))]
    return Prob('ten_ride_bundle', rng.choice(probs).format(**v), given, items, 'sv',
                lambda e, T, B: "Buying the ticket books saves %s %s." % (p['hm'], B(T.m(e['sv']))))


def t_airport(rng):
    p = person(rng)
    D = M(rng.choice(['14', '16', '18.50', '21', '24', '27.50']))
    W = F(int(D * F(rng.randint(45, 58), 10)))
    n = rng.randint(8, 11)
    v = dict(p, D=pm(D), W=pm(W))
    probs = [
        "Airport long-term parking costs {D} per day or {W} for a full week (7 days). {n} is away for {n2} days and pays the weekly rate for the first 7 days and the daily rate for the rest. How much does {sh} save compared with paying the daily rate for all {n2} days?",
        "{n} parks at the airport for {n2} days. The lot charges {W} per week or {D} per day, and {sh} uses one weekly rate plus daily rates for the extra days. How much cheaper is that than {n2} daily rates?",
        "An airport garage offers {D} per day or a 7-day rate of {W}. For a {n2}-day trip, {n} buys one 7-day rate and pays daily for the remaining days. What are {hs} savings versus paying daily for the whole trip?",
    ]
    v['n2'] = n
    items = [
        Comp('ex', Op('-', C(n, 'count', 'days'), C(7, 'count', 'days')), kind='count', unit='days', label='Extra days'),
        Comp('exc', Op('*', R('ex', 'days'), C(D, 'money')), label='Cost of the extra days'),
        Comp('tot', Op('+', C(W, 'money'), R('exc')), label='Total with the weekly rate'),
        Comp('all', Op('*', C(n, 'count', 'days'), C(D, 'money')), label='Cost at the daily rate for all %d days' % n),
        Comp('sv', Op('-', R('all'), R('tot')), label='Amount saved'),
    ]
    given = [('Daily rate', pm(D)), ('Weekly rate', pm(W)), ('Trip length', '%d days' % n)]
    return Prob('airport_weekly_vs_daily', rng.choice(probs).format(**v), given, items, 'sv',
                lambda e, T, B: "%s saves %s by using the weekly rate." % (p['n'], B(T.m(e['sv']))))


def t_rideshare_pool(rng):
    p = person(rng)
    fare = M(rng.choice(['2.50', '2.75', '3']))
    xfer = M(rng.choice(['0.50', '0.75', '1']))
    d = rng.choice([4, 5])
    wks = rng.choice([4, 13, 26, 52])
    v = dict(p, fare=pm(fare), x=pm(xfer), d=d, wks=wks)
    probs = [
        "{n}'s trip to work takes a bus and then a train. The bus fare is {fare}, and transferring to the train costs an extra {x}. {Sh} makes the same trip home, {d} days a week. How much does {sh} spend on fares in {wks} weeks?",
        "Each one-way commute for {n} is a {fare} bus fare plus a {x} transfer fee. {Sh} commutes to work and back {d} days a week. What are {hs} fare costs for {wks} weeks?",
        "A one-way journey costs {fare} plus a {x} transfer charge. {n} travels both ways {d} days per week for {wks} weeks. Find the total fare cost.",
    ]
    items = [
        Comp('ow', Op('+', C(fare, 'money'), C(xfer, 'money')), label='Cost of one trip'),
        Comp('wk', Op('*', Op('*', C(2, 'count'), C(d, 'count')), R('ow')), label='Cost per week', mid=True),
        Comp('tot', Op('*', R('wk'), C(wks, 'count', 'weeks')), label='Total for %d weeks' % wks),
    ]
    if rng.random() < 0.5:
        items.append(Comp('chk', Op('/', R('tot'), C(wks, 'count', 'weeks')), check=True))
    given = [('Bus fare', pm(fare)), ('Transfer', pm(xfer)), ('Days per week', str(d)), ('Weeks', str(wks))]
    return Prob('transfer_fare_weeks', rng.choice(probs).format(**v), given, items, 'tot',
                lambda e, T, B: "%s spends %s on fares over %d weeks." % (p['n'], B(T.m(e['tot'])), wks))


TEMPLATES = [t_parking_cap, t_pass_savings, t_breakeven, t_toll_axles, t_commuter_year, t_fare_cap,
             t_discount_pass, t_minutes_billing, t_cents_toll, t_carpool, t_park_ride, t_transponder,
             t_plaza_revenue, t_garage_revenue, t_annual_pass, t_meter, t_bundle, t_airport, t_rideshare_pool]


# ----------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------

def lc(s):
    return s[0].lower() + s[1:]


class Ctx:
    def __init__(self, prob, env, dec, info):
        self.p, self.env, self.dec, self.info = prob, env, dec, info
        self.kinds = {}
        for it in prob.items:
            if isinstance(it, (Comp, Pick)):
                self.kinds[it.name] = it.kind

    def res_str(self, i, S):
        it, d = self.p.items[i], self.info[i]
        return S.T.v(d['res'], it.kind, d['dec'])

    def parts(self, i, S):
        """lhs, mid (or None), result, approx flag"""
        it = self.p.items[i]
        # values for refs: env as seen *before* item i (all refs are earlier items)
        lhs = expr_str(S, it.expr, self.env, self.dec, self.kinds)
        mid = None
        if it.mid:
            subst = {}
            for a in it.expr.args:
                if isinstance(a, Op):
                    val = ev(a, self.env)
                    kind = 'money' if any(isinstance(x, C) and x.kind == 'money' for x in a.args) else 'count'
                    subst[id(a)] = S.T.v(val, kind)
            mid = expr_str(S, it.expr, self.env, self.dec, self.kinds, subst)
        return lhs, mid, self.res_str(i, S), self.info[i]['approx']

    def rup_suffix(self, i, S, kind='arrow'):
        it, d = self.p.items[i], self.info[i]
        if not it.rup:
            return ''
        n = d['n']
        q_exact = d['exact']
        unit = it.unit
        if q_exact.denominator == 1:
            if it.rup == 'strict':
                return (", so %s %s would cost exactly the same as the pass; %s %s are needed for the pass to be cheaper"
                        % (S.T.n(q_exact), unit, S.T.n(n), unit))
            return ''
        if kind == 'none':
            return ''
        if kind == 'arrow':
            return ' → %s %s' % (S.T.n(n), unit)
        return ', so round up to %s %s' % (S.T.n(n), unit)

    def eq(self, i, S, rng, bold=False, units_res=True, rupkind='arrow', with_after=True):
        it = self.p.items[i]
        lhs, mid, res, approx = self.parts(i, S)
        if units_res and it.unit and it.kind != 'money' and not it.rup:
            res_u = res + ((' \\text{ %s}' % it.unit) if S.latex else ' ' + it.unit)
        else:
            res_u = res
        if bold:
            res_u = '**%s**' % res_u
        if S.worded:
            w_eq = rng.choice(['equals', ', which is', ', that gives us', 'equals'])
            w_ap = rng.choice(['is about', 'is about', '= about'])
            rel = w_ap if approx else w_eq
            chain = lhs
            if mid:
                chain += ' equals ' + mid
            sep = '' if rel.startswith(',') else ' '
            s = chain + sep + rel + ' ' + res_u
        elif S.gsm:
            g = gsm_expr(it.expr, self.env)
            rv = self.info[i]['res']
            r = plain(rv, min_dec(rv) if it.kind == 'money' else max(self.info[i]['dec'] or 0, min_dec(rv)))
            dol = '$' if it.kind == 'money' else ''
            s = '%s=%s<<%s=%s>>%s' % (g, dol, g, r, r)
            if it.kind == 'pct':
                s += '%'
        else:
            rel = S.ap if approx else S.eq
            s = lhs + (' %s %s' % (S.eq, mid) if mid else '') + ' %s %s' % (rel, res_u)
        if it.after and with_after:
            s += it.after(self.env, S.T)
        return s + self.rup_suffix(i, S, rupkind)

    def note(self, i, T):
        return self.p.items[i].text(self.env, T)

    def closing(self, T, B):
        return self.p.closing(self.env, T, B)

    def final_str(self):
        it = [x for x in self.p.items if getattr(x, 'name', None) == self.p.final][0]
        x = self.env[self.p.final]
        if it.kind == 'money':
            return plain(x, money_dec(x))
        if it.kind == 'pct':
            return plain(x, 1)
        return plain(x, min_dec(x))


INTROS = ["Let's break this down.", "Let's work through this step by step.", "Let's solve this step by step.",
          "We can solve this in a few steps.", "Let me work through this carefully.", "Here's how to figure it out."]

CLOSERS_GIVEN = ["Here's what we know:", "Given:", "Known values:", "From the problem:"]


def render(style, ctx, rng):
    """returns list of lines and list of line index per computation (in order)"""
    items = ctx.p.items
    L = []
    comp_lines = []

    def addcomp(line, i):
        L.append(line)
        comp_lines.append(len(L) - 1)

    comp_idx = [i for i, it in enumerate(items) if isinstance(it, Comp)]

    if style == 'gpt4o_md':
        S = Sty('gpt4o_md', T=Fmt(), units=False)
        L.append(rng.choice(INTROS))
        k = 0
        for i, it in enumerate(items):
            if isinstance(it, Comp) and not it.check:
                k += 1
                L.append('')
                L.append('### Step %d: %s' % (k, it.head))
                lead = rng.choice(['', '', 'Multiply to get this:', 'Calculate:'])
                if lead and it.expr.op == '*':
                    L.append(lead)
                    L.append('')
                addcomp(ctx.eq(i, S, rng, bold=True), i)
            elif isinstance(it, Comp):
                L.append('')
                addcomp('Check: ' + ctx.eq(i, S, rng) + ' ✓', i)
            elif isinstance(it, Pick):
                L.append('')
                L.append(ctx.note(i, S.T))
        L.append('')
        L.append('### Final Answer')
        L.append(ctx.closing(S.T, lambda s: '**%s**' % s))
    elif style == 'claude_bold':
        S = Sty('claude_bold', T=Fmt(), units=True)
        L.append(rng.choice(["I'll work through this step by step.", "Let me break this into parts.", "Let's break this down."]))
        L.append('')
        for i, it in enumerate(items):
            if isinstance(it, Comp) and not it.check:
                addcomp('**%s:** %s' % (it.label, ctx.eq(i, S, rng)), i)
                L.append('')
            elif isinstance(it, Comp):
                addcomp('**Check:** %s ✓' % ctx.eq(i, S, rng), i)
                L.append('')
            elif isinstance(it, Pick):
                L.append(ctx.note(i, S.T))
                L.append('')
        L.append(ctx.closing(S.T, lambda s: '**%s**' % s))
    elif style == 'bullets':
        S = Sty('bullets', mul=rng.choice(['x', '*', '×']), div='/', sub='-', T=Fmt(), units=False)
        L.append(rng.choice(INTROS))
        L.append('')
        L.append(rng.choice(CLOSERS_GIVEN))
        for lab, val in ctx.p.given:
            L.append('- %s: %s' % (lab, val))
        L.append('')
        L.append('Calculations:')
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                addcomp('- %s: %s' % ('Check' if it.check else it.label, ctx.eq(i, S, rng) + (' ✓' if it.check else '')), i)
            elif isinstance(it, Pick):
                L.append('- %s' % ctx.note(i, S.T))
        L.append('')
        L.append(ctx.closing(S.T, lambda s: s))
    elif style == 'prose':
        S = Sty('prose', T=Fmt(), units=True, sub=rng.choice(['−', '-']))
        L.append(rng.choice(INTROS))
        L.append('')
        conns = ['First, ', 'Next, ', 'Then ', 'After that, ', 'Now ', 'So ']
        para = []
        cnt = 0
        pend = []
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                c = conns[min(cnt, len(conns) - 1)] if not it.check else ''
                cnt += 1
                if it.check:
                    sent = 'As a check, %s.' % ctx.eq(i, S, rng, rupkind='words')
                else:
                    sent = '%s%s is %s.' % (c, ('the ' + lc(it.label)) if c else it.label, ctx.eq(i, S, rng, rupkind='words'))
                    sent = sent[0].upper() + sent[1:]
                para.append(sent)
                pend.append(i)
            else:
                para.append(ctx.note(i, S.T))
            if len(pend) >= rng.choice([2, 3]) or i == len(items) - 1:
                L.append(' '.join(para))
                for _ in pend:
                    comp_lines.append(len(L) - 1)
                para, pend = [], []
                L.append('')
        if para:
            L.append(' '.join(para))
            for _ in pend:
                comp_lines.append(len(L) - 1)
            L.append('')
        L.append(ctx.closing(S.T, lambda s: s))
    elif style == 'latex_inline':
        S = Sty('latex_inline', mul='\\times', div='\\div', sub='-', ap='\\approx', frac=True, latex=True,
                T=Fmt(pre='\\$', pct='\\%', sep=','), units=False)
        L.append(rng.choice(["To solve this, compute each piece in turn.", "Let's set up the calculation.", "We'll go step by step."]))
        L.append('')
        k = 0
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                k += 1
                lab = 'Check' if it.check else it.label
                body = ctx.eq(i, S, rng, rupkind='none', with_after=False)
                rs = ctx.rup_suffix(i, S, 'arrow')
                if it.after:
                    rs += it.after(ctx.env, Fmt())
                addcomp('%d. %s: \\( %s \\)%s%s' % (k, lab, body, rs, ' ✓' if it.check else ''), i)
            elif isinstance(it, Pick):
                L.append('   %s' % ctx.note(i, Fmt()))
        L.append('')
        L.append(ctx.closing(Fmt(), lambda s: '\\( \\boxed{%s} \\)' % s.replace('$', '\\$').replace('%', '\\%')))
    elif style == 'latex_display':
        S = Sty('latex_display', mul='\\times', div='\\div', sub='-', ap='\\approx', frac=True, latex=True,
                T=Fmt(pre='\\$', pct='\\%', sep='{,}'), units=True)
        L.append(rng.choice(INTROS))
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                L.append('')
                L.append('%s:' % ('Check' if it.check else it.label))
                body = ctx.eq(i, S, rng, rupkind='none', with_after=False)
                rs = ctx.rup_suffix(i, S, 'words')
                L.append('\\[')
                addcomp(body + (' \\quad \\checkmark' if it.check else ''), i)
                L.append('\\]')
                if rs:
                    rs = rs[2:]
                    L.append(rs[0].upper() + rs[1:] + '.')
            elif isinstance(it, Pick):
                L.append('')
                L.append(ctx.note(i, Fmt()))
        L.append('')
        L.append(ctx.closing(Fmt(), lambda s: s))
    elif style == 'table':
        S = Sty('table', T=Fmt(cents=True), units=False)
        L.append(rng.choice(["Here's a breakdown of the costs:", "Let's organize the calculation in a table.", "Breaking it down:"]))
        L.append('')
        L.append('| Quantity | Calculation | Result |')
        L.append('|---|---|---|')
        checks = []
        for i, it in enumerate(items):
            if isinstance(it, Comp) and it.check:
                checks.append(i)
            elif isinstance(it, Comp):
                lhs, mid, res, approx = ctx.parts(i, S)
                calc = lhs + (' = ' + mid if mid else '')
                if it.rup:
                    suf = ctx.rup_suffix(i, S, 'arrow')
                    if suf.startswith(' →'):
                        calc += ' %s %s%s' % ('≈' if approx else '=', res, ' → ' + S.T.n(ctx.info[i]['n']))
                        resc = '%s %s' % (S.T.n(ctx.info[i]['n']), it.unit)
                    else:
                        calc += ' = %s' % res
                        resc = '%s %s' % (S.T.n(ctx.info[i]['n']), it.unit)
                        if ctx.info[i]['n'] != ctx.info[i]['res']:
                            resc += ' (%s %s would only tie)' % (res, it.unit)
                else:
                    resc = ('≈ ' if approx else '') + res + ((' ' + it.unit) if it.unit and it.kind != 'money' else '')
                addcomp('| %s | %s | %s |' % (it.label, calc, resc), i)
            elif isinstance(it, Pick):
                L.append('| %s | %s | %s |' % (it.label, it.short(ctx.env, S.T), S.T.v(ctx.env[it.name], it.kind)))
        L.append('')
        for i in checks:
            addcomp('Check: %s ✓' % ctx.eq(i, S, rng), i)
        if any(isinstance(it, Pick) for it in items):
            pass
        L.append(ctx.closing(S.T, lambda s: '**%s**' % s))
    elif style == 'terse':
        S = Sty('terse', mul='*', div='/', sub='-', T=Fmt(pre='', sep=''), units=False, pctdec=True)
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                lab = 'Check' if it.check else it.label
                addcomp('%s: %s' % (lab, ctx.eq(i, S, rng, units_res=False)), i)
            elif isinstance(it, Pick):
                L.append('%s: %s (%s)' % (it.label, S.T.v(ctx.env[it.name], it.kind), it.short(ctx.env, S.T)))
        fk = ctx.kinds[ctx.p.final]
        L.append('Answer: ' + ('$' if fk == 'money' else '') + ctx.final_str() + ('%' if fk == 'pct' else ''))
    elif style == 'gsm8k':
        S = Sty('gsm8k', gsm=True, T=Fmt(sep=''))
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                if it.check:
                    continue
                e = ctx.eq(i, S, rng, rupkind='none')
                if it.rup:
                    d = ctx.info[i]
                    if d['exact'].denominator != 1:
                        e += ', so that rounds up to %s %s' % (S.T.n(d['n']), it.unit)
                    elif it.rup == 'strict':
                        e += ', and since that many rides would cost the same as the pass, %s rides are needed' % S.T.n(d['n'])
                unit = (' ' + it.unit) if it.unit and it.kind != 'money' and not it.rup else ''
                addcomp('%s is %s%s.' % (it.label, e, unit), i)
            elif isinstance(it, Pick):
                L.append(ctx.note(i, S.T))
    elif style == 'tutor':
        S = Sty('tutor', mul='times', div='divided by', sub='minus', add='plus', worded=True, T=Fmt(), units=True)
        L.append(rng.choice(["Great question! Let's work through it together.", "Sure! Let's take this one piece at a time.",
                             "Good one! Let's figure it out step by step."]))
        L.append('')
        leads = ["First, let's find the {x}.", "Next, we need the {x}.", "Now let's work out the {x}.",
                 "Then we find the {x}.", "After that, the {x}.", "Finally, the {x}."]
        k = 0
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                if it.check:
                    addcomp("Let's double-check: %s. ✓" % ctx.eq(i, S, rng, rupkind='words'), i)
                else:
                    ld = leads[min(k, len(leads) - 1)].format(x=lc(it.label))
                    k += 1
                    addcomp('%s %s.' % (ld, ctx.eq(i, S, rng, rupkind='words')), i)
                L.append('')
            elif isinstance(it, Pick):
                L.append(ctx.note(i, S.T))
                L.append('')
        L.append(ctx.closing(S.T, lambda s: s) + ' ' + rng.choice(['Hope that helps!', 'Nice work following along!', '']))
        L[-1] = L[-1].rstrip()
    elif style == 'llama':
        S = Sty('llama', mul='*', div='/', sub='-', T=Fmt(), units=False, pctdec=rng.random() < 0.5)
        k = 0
        for i, it in enumerate(items):
            if isinstance(it, Comp):
                k += 1
                if it.check:
                    L.append('## Step %d: Verify the result' % k)
                    addcomp('As a check, %s.' % ctx.eq(i, S, rng, rupkind='words'), i)
                else:
                    L.append('## Step %d: %s' % (k, it.head[0].upper() + it.head[1:]))
                    addcomp('The %s is %s.' % (lc(it.label), ctx.eq(i, S, rng, rupkind='words')), i)
                L.append('')
            elif isinstance(it, Pick):
                k += 1
                L.append('## Step %d: Determine the %s' % (k, lc(it.label)))
                L.append(ctx.note(i, S.T))
                L.append('')
        L.append('The final answer is: $\\boxed{%s}$' % ctx.final_str())
    else:
        raise ValueError(style)
    # drop trailing blank lines and collapse double blanks
    return L, comp_lines


STYLES = ['gpt4o_md', 'claude_bold', 'bullets', 'prose', 'latex_inline', 'latex_display', 'table', 'terse',
          'gsm8k', 'tutor', 'llama']


def build_text(style, prob, fault, seed):
    env, dec, info = evaluate(prob.items, fault)
    # env used for rendering references must be the *per-step* env; since every ref is to
    # an earlier item and items never overwrite a name, the final env works for every step.
    ctx = Ctx(prob, env, dec, info)
    rng = random.Random(seed)
    lines, comp_lines = render(style, ctx, rng)
    final = ctx.final_str()
    lines = lines + ([] if style in ('gsm8k', 'terse') else ['']) + ['#### ' + final]
    return lines, comp_lines, final, info, env


# ----------------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------------

KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift']


def digits_form(x, dec):
    return plain(x, dec)


def make_wrong(kind, it, d, env, rng, style):
    right = d['res']
    s = as_written(style, it.kind, right, d['dec'])
    decs = len(s.partition('.')[2])
    cands = []
    if kind == 'off_by_one':
        cands = [right + 1, right - 1]
    elif kind == 'off_by_ten':
        cands = [right + 10, right - 10]
    elif kind in ('swap_digits', 'drop_digit', 'double_digit'):
        ip, _, fp = s.partition('.')
        digs = ip + fp
        opts = []
        if kind == 'swap_digits':
            for j in range(len(digs) - 1):
                if digs[j] != digs[j + 1]:
                    nd = digs[:j] + digs[j + 1] + digs[j] + digs[j + 2:]
                    opts.append(nd)
            mk = lambda nd: nd[:len(ip)] + ('.' + nd[len(ip):] if fp else '')
            cands = [F(mk(nd)) for nd in opts if not (mk(nd).startswith('0') and len(ip) > 1)]
        elif kind == 'drop_digit':
            if len(ip) >= 2:
                for j in range(len(ip)):
                    ni = ip[:j] + ip[j + 1:]
                    if ni[0] != '0':
                        cands.append(F(ni + ('.' + fp if fp else '')))
        else:
            for j in range(len(ip)):
                ni = ip[:j + 1] + ip[j:]
                cands.append(F(ni + ('.' + fp if fp else '')))
    elif kind == 'decimal_shift':
        cands = [right * 10]
        if (right / 10 * 10 ** decs).denominator == 1:
            cands.append(right / 10)
    elif kind == 'wrong_op':
        e = it.expr
        if isinstance(e, Op) and len(e.args) == 2 and not it.mid:
            a, b = ev(e.args[0], env), ev(e.args[1], env)
            alts = {'*': ['+'], '+': ['*', '-'], '-': ['+'], '/': ['*', '-']}[e.op]
            for o in alts:
                x = apply(o, [a, b])
                if x <= 0:
                    continue
                w, _, _ = written(x, it.kind, it.dp)
                cands.append(w)
        elif isinstance(e, Op) and len(e.args) == 2 and it.mid:
            a, b = ev(e.args[0], env), ev(e.args[1], env)
            alts = {'*': ['+'], '+': ['*', '-'], '-': ['+'], '/': ['*', '-']}[e.op]
            for o in alts:
                x = apply(o, [a, b])
                if x > 0:
                    cands.append(written(x, it.kind, it.dp)[0])
    good = []
    for w in cands:
        if w <= 0 or w == right:
            continue
        if abs(w - right) * 10 ** decs < 1:
            continue
        if it.kind != 'money' and min_dec(w) > max(decs, 2):
            continue
        if it.kind == 'money' and min_dec(w) > 2:
            continue
        wt = as_written(style, it.kind, w, d['dec'])
        if kind in ('swap_digits', 'drop_digit', 'double_digit') and len(wt.partition('.')[2]) != decs:
            continue
        good.append(w)
    if not good:
        return None
    return rng.choice(good)


# ----------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------

def frac_json(x):
    return plain(x, min_dec(x))


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def gen_problem(tpl, k, style):
    seed = '%s|%d' % (tpl.__name__, k)
    for attempt in range(60):
        rng = random.Random(seed + '|a%d' % attempt)
        prob = tpl(rng)
        try:
            env, dec, info = evaluate(prob.items)
        except Bad:
            continue
        ncomp = sum(isinstance(it, Comp) for it in prob.items)
        if not 2 <= ncomp <= 8:
            continue
        # final must be positive
        if env[prob.final] <= 0:
            continue
        rseed = seed + '|render'
        cl, ccl, final, cinfo, cenv = build_text(style, prob, None, rseed)
        comp_ids = [i for i, it in enumerate(prob.items) if isinstance(it, Comp)]
        if style == 'gsm8k':
            comp_ids = [i for i in comp_ids if not prob.items[i].check]
        assert len(comp_ids) == len(ccl), (style, tpl.__name__)
        faultable = [i for i in comp_ids if not prob.items[i].rup and not prob.items[i].check]
        frng = random.Random(seed + '|fault')
        out = {}
        ok = True
        for variant in ('slip', 'carry'):
            done = False
            tries = 0
            while tries < 80 and not done:
                tries += 1
                i = frng.choice(faultable)
                kind = frng.choice(KINDS)
                w = make_wrong(kind, prob.items[i], cinfo[i], _env_before(prob, i), frng, style)
                if w is None:
                    continue
                try:
                    lines, cls, fin, finfo, fenv = build_text(style, prob, (i, w, variant), rseed)
                except Bad:
                    continue
                if variant == 'carry':
                    if fin == final or F(fin) <= 0:
                        continue
                    if any(x < 0 for x in fenv.values()):
                        continue
                    if prob.items[i].kind != 'money' and F(fin).denominator != 1 and prob.final in ('q',):
                        continue
                else:
                    if fin != final:
                        continue
                j = comp_ids.index(i)
                li = cls[j]
                if variant == 'slip':
                    diff = [a for a in range(len(lines)) if lines[a] != cl[a]]
                    if diff != [li] or len(lines) != len(cl):
                        continue
                it = prob.items[i]
                decs = money_dec(cinfo[i]['res']) if it.kind == 'money' else (cinfo[i]['dec'] or 0)
                wd = max(decs, min_dec(w))
                out[variant] = dict(lines=lines, span=line_span(lines, li), wrong=as_written(style, it.kind, w, wd),
                                    right=as_written(style, it.kind, cinfo[i]['res'], decs), step=j + 1, kind=kind,
                                    final=fin)
                done = True
            if not done:
                ok = False
                break
        if not ok:
            continue
        # loop variant
        lrng = random.Random(seed + '|loop')
        cands = sorted(set(ccl))
        c = lrng.choice(cands)
        kunit = lrng.choice([1, 1, 2, 2, 3])
        reps = lrng.randint(8, 30)
        want_partial = lrng.random() < 0.42
        order = [kunit] + [x for x in (1, 2, 3) if x != kunit]
        partial = None
        for kk in order:
            if kk > c + 1:
                continue
            first = cl[c - kk + 1]
            pos = next((q for q, ch in enumerate(first) if ch.isdigit()), len(first))
            if not want_partial or (pos >= 4 and pos < len(first) or (pos == len(first) and pos >= 6)):
                kunit = kk
                if want_partial:
                    cut = lrng.randint(3, min(pos, len(first) - 1))
                    partial = first[:cut]
                break
        kunit = min(kunit, c + 1)
        unit = cl[c - kunit + 1:c + 1]
        head = '\n'.join(cl[:c + 1])
        ut = '\n'.join(unit)
        text = head + ('\n' + ut) * (reps - 1)
        if partial:
            text += '\n' + partial
        s2 = len(head) + 1
        out['loop'] = dict(text=text, span=[s2, s2 + len(ut)], repeats=reps)
        return prob, cl, final, out
    raise RuntimeError('could not build ' + seed)


def as_written(style, kind, x, dec):
    """the number as the style writes it, without currency sign or thousands separators"""
    if style == 'gsm8k' and kind == 'money':
        return plain(x, min_dec(x))
    if kind == 'money':
        return plain(x, 2 if style == 'table' else money_dec(x))
    return plain(x, max(dec or 0, min_dec(x)))


def _env_before(prob, i):
    env, dec, info = evaluate(prob.items[:i])
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--per-template', type=int, default=34)
    a = ap.parse_args()
    rows = []
    pid = 0
    for ti, tpl in enumerate(TEMPLATES):
        for k in range(a.per_template):
            style = STYLES[(ti * 7 + k) % len(STYLES)]
            prob, cl, final, out = gen_problem(tpl, k, style)
            pid += 1
            base = dict(pid='p%04d' % pid, template=prob.template, style=style, problem=prob.problem)
            r = dict(base, variant='correct', solution='\n'.join(cl), final=final)
            rows.append(r)
            for v in ('slip', 'carry'):
                o = out[v]
                rows.append(dict(base, variant=v, solution='\n'.join(o['lines']), final=final, span=o['span'],
                                 wrong=o['wrong'], right=o['right'], step=o['step'], kind=o['kind']))
            o = out['loop']
            rows.append(dict(base, variant='loop', solution=o['text'], final=final, span=o['span'],
                             repeats=o['repeats']))
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote %d rows (%d problems) to %s' % (len(rows), pid, a.out))


if __name__ == '__main__':
    main()
