"""Problem kinds for the patterns / sequences / counting genre.

Each kind: name, gen(rng, ctx) -> params, a list of phrasings (ctx dicts with
the user's question 'q' and the answer sentence 'ans'), and solve(b, P, C)
which writes the worked solution through the Builder b and returns the final
value (the value that flowed, so carried faults reach it).
"""
from fractions import Fraction as Fr
import math

from core import (Bad, add, sub, mul, dv, pw, fact, ch, perm, fl, par, imp, u,
                  ordinal)

SUBS = str.maketrans('0123456789', '₀₁₂₃₄₅₆₇₈₉')


def sb(n):
    return str(n).translate(SUBS)


KINDS = []


def kind(name, gen, solve, texts):
    KINDS.append(dict(name=name, gen=gen, texts=texts, solve=solve))


def T(q, ans, **kw):
    d = dict(q=q, ans=ans)
    d.update(kw)
    return d


def prod_list(xs):
    r = 1
    for x in xs:
        r *= x
    return r


# =================================================================== 1 arith_nth
def g_arith_nth(R, C):
    n = R.randint(12, 60)
    if C.get('dec'):
        d = -R.randint(2, 7)
        a = R.randint(10, 60) if C.get('small') else R.randint(60, 220)
    else:
        d = R.randint(2, 9)
        a = R.randint(2, 25)
    if C.get('money'):
        a = R.randint(5, 40)
        d = R.choice([2, 3, 4, 5, 6, 8, 10])
    return dict(a=a, d=d, n=n, t1=a, t2=a + d, t3=a + 2 * d, t4=a + 3 * d, ad=abs(d))


def s_arith_nth(b, P, C):
    a, d, n = P['a'], P['d'], P['n']
    money = C.get('money', False)
    unit = C.get('unit', '')
    t = [a + i * d for i in range(4)]
    if C.get('list'):
        b.say(b.rng.choice(["Let's look for the pattern.", "First, find how the terms change.",
                            "This is an arithmetic sequence, so it changes by the same amount each time."]))
        b.h('Find the common difference')
        b.say(f'The terms are {b.lst(t)}')
        b.table(['n', 'term'], [[str(i + 1), b.n(t[i])] for i in range(4)] + [['...', '...'], [str(n), '?']])
        dd = b.calc([sub(t[1], t[0])], 'common difference', L=('d', 'd'), allow_neg=True)
        if dd < 0:
            b.say(f'Each term is {b.n(-dd)} less than the one before, so the sequence goes down.')
        else:
            b.say(f'Each term is {b.n(dd)} more than the one before.')
    else:
        dd = d
        b.h('Identify the pattern')
        b.say(f'The first value is {b.n(a, money)}, and each step adds {b.n(d, money)}. '
              f'This is an arithmetic sequence with first term {b.n(a)} and common difference {b.n(d)}.')
    b.h(f'Find the {ordinal(n)} term')
    b.formula('aₙ = a₁ + (n − 1)d', 'a_n = a_1 + (n-1)d',
              words='Each term is the first term plus (n − 1) jumps of the same size')
    lab = ('a' + sb(n), 'a_{' + str(n) + '}')
    if b.rng.random() < 0.5:
        step = b.calc([mul(par(sub(n, 1)), dd), mul(n - 1, dd)], f'change over {n - 1} jumps',
                      lead=f'From term 1 to term {n} there are {n - 1} jumps, so the total change is',
                      allow_neg=True, money=money and dd > 0)
        last = sub(a, -step) if step < 0 else add(a, step)
        term = b.calc([last], f'{ordinal(n)} term', L=lab, unit=unit, allow_neg=True,
                      money=money)
    else:
        step_v = (n - 1) * dd
        last = sub(a, -step_v) if step_v < 0 else add(a, step_v)
        term = b.calc([add(a, mul(par(sub(n, 1)), dd)), add(a, mul(n - 1, dd)), last],
                      f'{ordinal(n)} term', L=lab, unit=unit, allow_neg=True, money=money)
    if b.rng.random() < 0.5:
        b.check([[sub(term, a), mul(n - 1, dd), (n - 1) * dd]])
    elif C.get('list'):
        b.aside(term == t[0] + (n - 1) * dd,
                f'So the sequence runs {b.lst(t, last=term)} and term {n} is {b.n(term)}.')
    b.answer(term, C['ans'], money=money)
    return term


kind('arith_nth', g_arith_nth, s_arith_nth, [
    T('What is the {nth} term of the arithmetic sequence {t1}, {t2}, {t3}, {t4}, ...?',
      'The {nth} term is {v}.', list=True),
    T('Find the {nth} term of the sequence {t1}, {t2}, {t3}, {t4}, …',
      'The {nth} term of the sequence is {v}.', list=True),
    T('A sequence starts {t1}, {t2}, {t3}, {t4}, and keeps going down by the same amount. What is its {nth} term?',
      'The {nth} term is {v}.', list=True, dec=True),
    T('The first row of a theater has {a} seats, and each row after that has {d} more seats than the row in front of it. How many seats are in row {n}?',
      'Row {n} has {v} seats.', unit=' seats'),
    T('A bamboo shoot is {a} cm tall at the end of week 1 and grows {d} cm every week after that. How tall is it at the end of week {n}?',
      'At the end of week {n} it is {v} cm tall.', unit=' cm'),
    T('Priya has ${a} in her piggy bank in week 1. She adds ${d} every week. How much money is in the bank in week {n}?',
      'In week {n} she has {v}.', money=True),
    T('Jonah counts backward by the same amount each time: {t1}, {t2}, {t3}, {t4}, ... What is the {nth} number he says?',
      'The {nth} number he says is {v}.', list=True, dec=True, small=True),
    T('At midnight the temperature is {a}°F, and it falls {ad} degrees every hour: {t1}, {t2}, {t3}, {t4}, ... What is the temperature (in °F) on the {nth} reading?',
      'The {nth} reading is {v}°F.', list=True, dec=True, small=True),
])


# =================================================================== 2 two terms
def g_two(R, C):
    while True:
        a1 = R.randint(-10, 30)
        d = R.randint(2, 9)
        p = R.randint(2, 6)
        q = p + R.randint(3, 9)
        n = R.randint(15, 40)
        if C.get('pos') and a1 < 1:
            continue
        x = a1 + (p - 1) * d
        y = a1 + (q - 1) * d
        if x > 0:
            return dict(p=p, q=q, n=n, x=x, y=y, a1=a1, d=d)


def s_two(b, P, C):
    p, q, n, x, y = P['p'], P['q'], P['n'], P['x'], P['y']
    unit = C.get('unit', '')
    b.h('Find the common difference')
    b.say(f'Term {p} is {b.n(x)} and term {q} is {b.n(y)}.')
    gaps = b.calc([sub(q, p)], 'number of jumps between them',
                  lead=f'Going from term {p} to term {q} takes', unit=' jumps')
    diff = b.calc([sub(y, x)], 'total change', lead='Over those jumps the value changes by')
    dd = b.calc([dv(diff, gaps)], 'common difference', L=('d', 'd'))
    b.h('Find the first term')
    back = b.calc([mul(p - 1, dd)], 'change from term 1',
                  lead=f'From term 1 to term {p} there are {p - 1} jumps, which add')
    a1 = b.calc([sub(x, back)], 'first term', L=('a₁', 'a_1'), allow_neg=True)
    b.h(f'Find the {ordinal(n)} term')
    b.formula('aₙ = a₁ + (n − 1)d', 'a_n = a_1 + (n-1)d')
    jump = b.calc([mul(n - 1, dd)], f'change over {n - 1} jumps',
                  lead=f'From term 1 to term {n} there are {n - 1} jumps:')
    last = add(a1, jump) if a1 >= 0 else sub(jump, -a1)
    an = b.calc([last], f'{ordinal(n)} term', L=('a' + sb(n), 'a_{' + str(n) + '}'),
                unit=unit, allow_neg=True)
    if b.rng.random() < 0.6:
        b.check([[add(a1, mul(q - 1, dd)) if a1 >= 0 else sub(mul(q - 1, dd), -a1), y]])
    b.answer(an, C['ans'])
    return an


kind('arith_two_terms', g_two, s_two, [
    T('In an arithmetic sequence, the {pth} term is {x} and the {qth} term is {y}. What is the {nth} term?',
      'The {nth} term is {v}.'),
    T('The {pth} term of an arithmetic sequence is {x}, and the {qth} term is {y}. Find the {nth} term.',
      'The {nth} term is {v}.'),
    T('In a stadium section, row {p} has {x} seats and row {q} has {y} seats. Each row has the same number of extra seats as the row before it. How many seats are in row {n}?',
      'Row {n} has {v} seats.', unit=' seats', pos=True),
    T('A block tower pattern grows by the same number of blocks at every stage. Stage {p} has {x} blocks and stage {q} has {y} blocks. How many blocks does stage {n} have?',
      'Stage {n} has {v} blocks.', unit=' blocks', pos=True),
    T('An arithmetic sequence has a_{p} = {x} and a_{q} = {y}. What is a_{n}?',
      'a_{n} = {v}.'),
])


# =================================================================== 3 stick pattern
STICK_CTX = {
    'tri': (2, 1), 'sq': (3, 1), 'hex': (5, 1), 'tables': (2, 2), 'bricks': (5, 3),
    'chairs': (4, 2),
}


def g_stick(R, C):
    k, c = STICK_CTX.get(C.get('ctx'), (None, None))
    if k is None:
        k, c = R.randint(3, 8), R.randint(1, 9)
    N = R.randint(10, 60)
    return dict(k=k, c=c, N=N, f1=k + c, f2=2 * k + c, f3=3 * k + c, X=k * N + c)


def _stick_rule(b, P, C):
    k, c = P['k'], P['c']
    f1, f2, f3 = P['f1'], P['f2'], P['f3']
    unit = C['unit']
    b.say(b.rng.choice(["Let's look for the pattern.", "Let's see how the pattern grows.",
                        "Start by listing what we know."]))
    b.table([C['col'] + ' (n)', unit.capitalize()], [['1', str(f1)], ['2', str(f2)], ['3', str(f3)]])
    noun = {'Tables': 'table', 'Triangles': 'triangle', 'Hexagons': 'hexagon', 'Bed': 'bed'}.get(C['col'], 'figure')
    b.h(f'Find how much each {noun} adds')
    kk = b.calc([sub(f2, f1)], f'increase from one {noun} to the next',
                lead=f'Each new {noun} adds', unit=' ' + unit)
    b.say(f'Going from {b.n(f2)} to {b.n(f3)} is the same jump, so the pattern grows steadily.')
    b.h('Write the rule')
    cc = b.calc([sub(f1, kk)], 'starting amount', unit=' ' + unit,
                lead=f'{C["one"]} {C["v1"]} {f1} {unit}, so the fixed part is')
    if cc <= 0:
        raise Bad('rule')
    rule_p = f'{kk}n + {cc}'
    b.say(f'So {C["nn"].format(n="n")} {C["vn"]} {b.m(rule_p)} {unit}.', keep=True)
    return kk, cc, rule_p


def s_stick(b, P, C):
    N = P['N']
    unit = C['unit']
    kk, cc, rule_p = _stick_rule(b, P, C)
    if b.rng.random() < 0.5:
        b.check([[add(mul(kk, 3), cc), P['f3']]])
    b.h(f'Apply the rule to {C["nn"].format(n=N)}')
    if b.rng.random() < 0.5:
        pr = b.calc([mul(kk, N)], f'{kk} {unit} for each of the {N} pieces',
                    lead='The repeating part gives', unit=' ' + unit)
        tot = b.calc([add(pr, cc)], 'total', lead='Adding the fixed part gives', unit=' ' + unit)
    else:
        tot = b.calc([add(imp(kk, N), cc), add(kk * N, cc)], 'total',
                     L=(rule_p, rule_p), lead=f'For n = {N}:', unit=' ' + unit)
    b.answer(tot, C['ans'])
    return tot


kind('stick_pattern', g_stick, s_stick, [
    T('Toothpick triangles are placed in a row, sharing sides. 1 triangle uses 3 toothpicks, 2 triangles use 5, and 3 triangles use 7. How many toothpicks are needed for {N} triangles?',
      '{N} triangles need {v} toothpicks.', ctx='tri', unit='toothpicks', col='Triangles', nn='{n} triangles', one='1 triangle', v1='uses', vn='use'),
    T('Figure 1 of a matchstick pattern is one square made of 4 matchsticks. Figure 2 is two squares in a row (7 matchsticks), and Figure 3 is three squares in a row (10 matchsticks). How many matchsticks are in Figure {N}?',
      'Figure {N} uses {v} matchsticks.', ctx='sq', unit='matchsticks', col='Figure', nn='figure {n}', one='Figure 1', v1='uses', vn='uses'),
    T('A chain of hexagons is built from sticks: 1 hexagon uses 6 sticks, 2 hexagons use 11, and 3 hexagons use 16. How many sticks are needed for a chain of {N} hexagons?',
      'A chain of {N} hexagons needs {v} sticks.', ctx='hex', unit='sticks', col='Hexagons', nn='{n} hexagons', one='1 hexagon', v1='uses', vn='use'),
    T('Square tables are pushed together in one long row. One table seats 4 people, two tables seat 6, and three tables seat 8. How many people can sit at {N} tables?',
      '{N} tables seat {v} people.', ctx='tables', unit='people', col='Tables', nn='{n} tables', one='1 table', v1='seats', vn='seat'),
    T('A tile pattern grows: Figure 1 has {f1} tiles, Figure 2 has {f2} tiles, and Figure 3 has {f3} tiles. If the pattern continues the same way, how many tiles are in Figure {N}?',
      'Figure {N} has {v} tiles.', unit='tiles', col='Figure', nn='figure {n}', one='Figure 1', v1='has', vn='has'),
    T('A garden border uses 8 bricks for bed 1, 13 bricks for bed 2, and 18 bricks for bed 3. Following the same pattern, how many bricks are needed for bed {N}?',
      'Bed {N} needs {v} bricks.', ctx='bricks', unit='bricks', col='Bed', nn='bed {n}', one='Bed 1', v1='needs', vn='needs'),
    T('Hexagon tables are joined in a row. 1 table has 6 chairs, 2 tables have 10 chairs, and 3 tables have 14 chairs. How many chairs fit around {N} tables?',
      '{N} tables have {v} chairs.', ctx='chairs', unit='chairs', col='Tables', nn='{n} tables', one='1 table', v1='has', vn='have'),
])


# =================================================================== 4 stick inverse
def s_stick_inv(b, P, C):
    X = P['X']
    unit = C['unit']
    kk, cc, rule_p = _stick_rule(b, P, C)
    b.h(f'Find n when the total is {X}')
    b.say(f'We need {b.m(rule_p + " = " + b.num(X, math=True), rule_p + " = " + b.n(X))}.')
    rest = b.calc([sub(X, cc)], 'repeating part', unit=' ' + unit,
                  lead=f'Take away the fixed {cc}:')
    nn = b.calc([dv(rest, kk)], 'figure number', lead=f'Each step adds {kk}, so n is')
    b.check([[add(mul(kk, nn), cc), X]])
    b.answer(nn, C['ans'])
    return nn


kind('stick_inverse', g_stick, s_stick_inv, [
    T('Figure 1 of a matchstick pattern uses 4 matchsticks, Figure 2 uses 7, and Figure 3 uses 10. Which figure uses {X} matchsticks?',
      'Figure {v} uses {X} matchsticks.', ctx='sq', unit='matchsticks', col='Figure', nn='figure {n}', one='Figure 1', v1='uses', vn='uses'),
    T('Square tables pushed together in a row seat 4 people (1 table), 6 people (2 tables), and 8 people (3 tables). How many tables are needed to seat exactly {X} people?',
      'You need {v} tables.', ctx='tables', unit='people', col='Tables', nn='{n} tables', one='1 table', v1='seats', vn='seat'),
    T('A tile pattern has {f1} tiles in Figure 1, {f2} tiles in Figure 2, and {f3} tiles in Figure 3, and it keeps growing the same way. Which figure has {X} tiles?',
      'Figure {v} has {X} tiles.', unit='tiles', col='Figure', nn='figure {n}', one='Figure 1', v1='has', vn='has'),
    T('Toothpick triangles in a row share sides: 1 triangle takes 3 toothpicks, 2 take 5, 3 take 7. With exactly {X} toothpicks, how many triangles are in the row?',
      'There are {v} triangles.', ctx='tri', unit='toothpicks', col='Triangles', nn='{n} triangles', one='1 triangle', v1='uses', vn='use'),
    T('A chain of hexagons uses 6 sticks for 1 hexagon, 11 for 2, and 16 for 3. How many hexagons are in a chain made from {X} sticks?',
      'The chain has {v} hexagons.', ctx='hex', unit='sticks', col='Hexagons', nn='{n} hexagons', one='1 hexagon', v1='uses', vn='use'),
])


# =================================================================== 5 sum_arith
def g_sum(R, C):
    while True:
        n = R.randint(8, 40)
        a = R.randint(2, 30)
        d = R.randint(1, 6)
        if C.get('money'):
            a = R.choice([1, 2, 3, 5, 10])
            d = R.choice([1, 2, 3, 5])
            n = R.randint(8, 26)
        if C.get('cans'):
            a = R.randint(1, 6)
            d = 1
            n = R.randint(8, 25)
        last = a + (n - 1) * d
        if (n * (a + last)) % 2 == 0:
            return dict(a=a, d=d, n=n, t2=a + d, t3=a + 2 * d, last=last)


def s_sum(b, P, C):
    a, d, n = P['a'], P['d'], P['n']
    money = C.get('money', False)
    unit = C.get('unit', '')
    b.h('Find the last term')
    b.say(f'The amounts form an arithmetic sequence: {b.lst([a, a + d, a + 2 * d])} with {n} terms.')
    jump = b.calc([mul(n - 1, d)], 'increase from first to last term', money=money,
                  lead=f'The last term is {n - 1} jumps of {b.n(d, money)} after the first, which is')
    last = b.calc([add(a, jump)], 'last term', L=('a' + sb(n), 'a_{' + str(n) + '}'), money=money)
    b.h('Add the terms')
    b.formula('S = n × (first + last) ÷ 2', r'S_n = \frac{n(a_1 + a_n)}{2}',
              words='The sum is the number of terms times the average of the first and last term')
    pr = b.calc([add(a, last)], 'first term plus last term', lead='First plus last is', money=money)
    if b.rng.random() < 0.5:
        big = b.calc([mul(n, pr)], f'{n} times that', lead=f'Multiply by the {n} terms:', money=money)
        tot = b.calc([dv(big, 2)], 'total', lead='Half of that is', unit=unit, money=money)
    else:
        tot = b.calc([dv(mul(n, pr), 2), dv(n * pr, 2)], 'total', L=('S', 'S_{' + str(n) + '}'),
                     unit=unit, money=money)
    b.answer(tot, C['ans'], money=money)
    return tot


kind('sum_arith', g_sum, s_sum, [
    T('A theater has {n} rows. The first row has {a} seats, and each row has {d} more seats than the row before. How many seats are in the theater?',
      'The theater has {v} seats.', unit=' seats'),
    T('Marco saves ${a} in week 1, ${t2} in week 2, ${t3} in week 3, and so on, saving ${d} more each week. How much has he saved in total after {n} weeks?',
      'After {n} weeks he has saved {v}.', money=True),
    T('Ana runs {a} minutes on day 1 and adds {d} minutes each day after that. How many minutes does she run in total over {n} days?',
      'She runs {v} minutes in total.', unit=' minutes'),
    T('A grocery display stacks cans in rows. The top row has {a} cans, and each row below has 1 more can than the row above. There are {n} rows. How many cans are in the display?',
      'The display has {v} cans.', unit=' cans', cans=True),
    T('Find the sum of the first {n} terms of the arithmetic sequence {a}, {t2}, {t3}, ...',
      'The sum of the first {n} terms is {v}.'),
    T('Leo reads {a} pages on the first day of his holiday and each day reads {d} more pages than the day before. How many pages has he read after {n} days?',
      'He has read {v} pages.', unit=' pages'),
])


# =================================================================== 6 gauss
def g_gauss(R, C):
    s = C['sub']
    if s == 'pairs':
        return dict(n=R.choice([20, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 400, 500, 1000]))
    if s == 'even':
        m = R.randint(10, 120)
        return dict(m=m, E=2 * m)
    if s == 'odd':
        m = R.randint(8, 60)
        return dict(m=m, O=2 * m - 1)
    A = R.randint(10, 80)
    B = A + R.randint(15, 120)
    return dict(A=A, B=B)


def s_gauss(b, P, C):
    s = C['sub']
    o = b.o
    if s == 'pairs':
        n = P['n']
        b.say(f'We want 1 + 2 + 3 + ... + {b.n(n)}.')
        b.h('Pair the numbers')
        b.say(f'Pair the first with the last, the second with the second-to-last, and so on: '
              f'1 and {b.n(n)}, 2 and {b.n(n - 1)}, 3 and {b.n(n - 2)}, ...')
        ps = b.calc([add(1, n)], 'sum of each pair', lead='Each pair adds to')
        npairs = b.calc([dv(n, 2)], 'number of pairs', lead=f'There are {b.n(n)} numbers, so the number of pairs is')
        b.h('Multiply')
        tot = b.calc([mul(npairs, ps)], 'total', L=('Sum', r'\text{Sum}'))
        if b.rng.random() < 0.6:
            b.check([[dv(mul(n, n + 1), 2), tot]])
        b.answer(tot, C['ans'])
        return tot
    if s == 'even':
        E = P['E']
        b.say(f'The numbers are 2, 4, 6, ..., {b.n(E)}.')
        b.h('Count the terms')
        cnt = b.calc([dv(E, 2)], 'number of even numbers', lead=f'From 2 to {b.n(E)} there are',
                     unit=' even numbers')
        b.h('Use first + last')
        pr = b.calc([add(2, E)], 'first plus last', lead='First plus last is')
        tot = b.calc([dv(mul(cnt, pr), 2)], 'sum', L=('Sum', r'\text{Sum}'))
        b.answer(tot, C['ans'])
        return tot
    if s == 'odd':
        O = P['O']
        b.say(f'We want 1 + 3 + 5 + ... + {b.n(O)}.')
        b.h('Count the odd numbers')
        cnt = b.calc([dv(add(O, 1), 2)], 'number of odd numbers', lead='The count is',
                     unit=' odd numbers')
        b.h('Use the square pattern')
        b.say('The sums 1, 1 + 3, 1 + 3 + 5, ... are 1, 4, 9, ..., the square numbers, so the sum of the first '
              + b.m('m', 'm') + ' odd numbers is ' + b.m('m^2', 'm²') + '.')
        if b.rng.random() < 0.5:
            tot = b.calc([pw(cnt, 2), mul(cnt, cnt)], 'sum', L=('Sum', r'\text{Sum}'))
        else:
            tot = b.calc([mul(cnt, cnt)], 'sum', L=('Sum', r'\text{Sum}'))
        b.answer(tot, C['ans'])
        return tot
    A, B = P['A'], P['B']
    b.h('Count the numbers')
    b.say(f'From {A} to {B} we include both ends, so we need the "+ 1".')
    cnt = b.calc([add(sub(B, A), 1)], 'number of whole numbers', lead='There are', unit=' numbers')
    b.h('Use first + last')
    pr = b.calc([add(A, B)], 'first plus last', lead='First plus last is')
    if b.rng.random() < 0.5:
        big = b.calc([mul(cnt, pr)], 'count times (first + last)', lead='Count times that is')
        tot = b.calc([dv(big, 2)], 'sum', lead='Halving gives')
    else:
        tot = b.calc([dv(mul(cnt, pr), 2)], 'sum', L=('Sum', r'\text{Sum}'))
    b.answer(tot, C['ans'])
    return tot


kind('gauss_sum', g_gauss, s_gauss, [
    T('What is 1 + 2 + 3 + ... + {n}?', 'The sum is {v}.', sub='pairs'),
    T('A teacher asks the class to add all the whole numbers from 1 to {n}. What is the total?',
      'The total is {v}.', sub='pairs'),
    T('A staircase is built from blocks: 1 block in the first column, 2 in the second, 3 in the third, and so on up to {n} blocks in the last column. How many blocks are used in all?',
      'The staircase uses {v} blocks.', sub='pairs'),
    T('What is the sum of all the even numbers from 2 to {E}?', 'The sum is {v}.', sub='even'),
    T('Find 1 + 3 + 5 + ... + {O}.', 'The sum is {v}.', sub='odd'),
    T('What do you get when you add up all the whole numbers from {A} to {B}, including both?',
      'The sum from {A} to {B} is {v}.', sub='range'),
    T('Ms. Lee puts 1 sticker on day 1, 3 on day 2, 5 on day 3, and so on (2 more each day), ending with {O} stickers on the last day. How many stickers did she use?',
      'She used {v} stickers.', sub='odd'),
])


# =================================================================== 7 count terms
def g_count(R, C):
    s = C.get('sub', 'list')
    if s == 'pages':
        A = R.randint(5, 120)
        return dict(A=A, B=A + R.randint(20, 200))
    if s == 'bus':
        d = R.choice([10, 12, 15, 20, 30])
        H = R.randint(2, 8)
        return dict(d=d, H=H)
    if s == 'odd':
        m = R.randint(20, 90)
        return dict(a=1, d=2, L=2 * m - 1)
    d = R.randint(3, 9)
    a = R.randint(2, 30)
    m = R.randint(15, 60)
    return dict(a=a, d=d, L=a + (m - 1) * d, t2=a + d, t3=a + 2 * d)


def s_count(b, P, C):
    s = C.get('sub', 'list')
    if s == 'pages':
        A, B = P['A'], P['B']
        b.say(f'Both page {A} and page {B} are read, so subtracting alone would miss one page.')
        cnt = b.calc([add(sub(B, A), 1)], 'number of pages', lead='Pages read:', unit=' pages')
        b.answer(cnt, C['ans'])
        return cnt
    if s == 'bus':
        d, H = P['d'], P['H']
        b.h('Convert to minutes')
        mins = b.calc([mul(H, 60)], 'minutes', lead=f'{H} hours is', unit=' minutes')
        b.h('Count the gaps and the buses')
        gaps = b.calc([dv(mins, d)], 'number of gaps', lead=f'With a bus every {d} minutes there are',
                      unit=' gaps')
        b.say('The first bus leaves at the start, so there is one more bus than gaps.')
        buses = b.calc([add(gaps, 1)], 'number of buses', unit=' buses')
        b.answer(buses, C['ans'])
        return buses
    a, d, L = P['a'], P['d'], P['L']
    b.say(f'The list {b.lst([a, a + d, a + 2 * d], last=L)} goes up by {d} each time.')
    b.formula('number of terms = (last − first) ÷ d + 1', r'n = \frac{a_n - a_1}{d} + 1',
              words='Number of terms = (last − first) ÷ step + 1')
    if b.rng.random() < 0.5:
        span = b.calc([sub(L, a)], 'distance from first to last', lead='From first to last is')
        gaps = b.calc([dv(span, d)], 'number of steps', lead=f'Dividing by {d} gives', unit=' steps')
        b.say('Add 1 because the first term is counted too.')
        cnt = b.calc([add(gaps, 1)], 'number of terms', unit=' terms')
    else:
        cnt = b.calc([add(dv(par(sub(L, a)), d), 1), add(dv(L - a, d), 1), add((L - a) // d, 1)],
                     'number of terms', L=('n', 'n'))
    if b.rng.random() < 0.6:
        b.check([[add(a, mul(cnt - 1, d)), L]])
    b.answer(cnt, C['ans'])
    return cnt


kind('count_terms', g_count, s_count, [
    T('How many numbers are in the list {a}, {t2}, {t3}, ..., {L}?', 'There are {v} numbers in the list.'),
    T('How many terms does the sequence {a}, {t2}, {t3}, …, {L} have?', 'The sequence has {v} terms.'),
    T('Mia reads pages {A} through {B} of her book, inclusive. How many pages does she read?',
      'She reads {v} pages.', sub='pages'),
    T('The houses on the odd side of Elm Street are numbered 1, 3, 5, ..., {L}. How many houses are on that side?',
      'There are {v} houses on that side.', sub='odd'),
    T('The first bus leaves the station at 6 a.m., and then a bus leaves every {d} minutes. The last bus leaves exactly {H} hours after the first one. How many buses leave in all?',
      '{v} buses leave in all.', sub='bus'),
    T('Lockers along one wall are numbered {a}, {t2}, {t3}, and so on, counting by {d}s, up to {L}. How many lockers are on that wall?',
      'There are {v} lockers on the wall.'),
])


# =================================================================== 8 skip count sum
def g_skip(R, C):
    k = R.randint(3, 12)
    m = R.randint(8, 25)
    return dict(k=k, k2=2 * k, k3=3 * k, L=k * m, m=m)


def s_skip(b, P, C):
    k, L = P['k'], P['L']
    b.say(f'The numbers are {b.lst([k, 2 * k, 3 * k], last=L)}, all multiples of {k}.')
    b.h('Count the numbers')
    cnt = b.calc([dv(L, k)], 'how many numbers', lead='The count is', unit=' numbers')
    if C.get('count_only'):
        b.check([[mul(cnt, k), L]])
        b.answer(cnt, C['ans'])
        return cnt
    b.h('Factor out the step')
    lat = f'{k} + {2 * k} + ' + '\\dots' + f' + {L} = {k} ' + '\\times' + ' (1 + 2 + ' + '\\dots' + f' + {cnt})'
    pl = f'{k} + {2 * k} + ... + {b.n(L)} = {k} × (1 + 2 + ... + {cnt})'
    b.say('Factor out the ' + str(k) + ': ' + b.m(lat, pl) + '.')
    tri = b.calc([dv(mul(cnt, cnt + 1), 2)], f'sum 1 to {cnt}',
                 lead=f'1 + 2 + ... + {cnt} is')
    tot = b.calc([mul(k, tri)], 'total', L=('Sum', r'\text{Sum}'))
    b.answer(tot, C['ans'])
    return tot


kind('skip_count', g_skip, s_skip, [
    T('Kai skip counts by {k}s: {k}, {k2}, {k3}, ..., {L}. What is the sum of all the numbers he says?',
      'The numbers add up to {v}.'),
    T('What is {k} + {k2} + {k3} + ... + {L}?', 'The sum is {v}.'),
    T('On day 1 Lily puts {k} marbles in a jar, on day 2 she puts in {k2}, on day 3 {k3}, and so on, until she puts in {L} marbles on the last day. How many marbles are in the jar?',
      'The jar holds {v} marbles.'),
    T('A class counts around the room by {k}s, starting at {k}: {k}, {k2}, {k3}, ... The last student says {L}. How many students are in the class?',
      'There are {v} students.', count_only=True),
    T('Nadia counts by {k}s from {k} up to {L}. How many numbers does she say?',
      'She says {v} numbers.', count_only=True),
])


# =================================================================== 9 doubling
def g_double(R, C):
    k = R.randint(3, 10)
    h = 1 if C.get('h1') else R.choice([2, 3, 4, 5, 6])
    a = R.randint(2, 40)
    if C.get('money'):
        a = R.choice([100, 150, 200, 250, 300, 400, 500, 750, 1000])
        k = R.randint(2, 5)
        h = R.choice([6, 7, 8, 9, 10, 12])
    if C.get('paper'):
        a = 1
        k = R.randint(6, 11)
    return dict(a=a, k=k, h=h, T=h * k)


def s_double(b, P, C):
    a, h, T_ = P['a'], P['h'], P['T']
    money = C.get('money', False)
    unit = C.get('unit', '')
    if C.get('paper'):
        k = P['k']
        b.say('Each fold doubles the number of layers: 1 → 2 → 4 → 8 → ...')
        lay = b.calc([pw(2, k)], 'number of layers', lead=f'After {k} folds there are', unit=' layers')
        b.h('Find the thickness')
        th = b.calc([mul(lay, Fr(1, 10))], 'thickness', lead='Each layer is 0.1 mm, so the stack is',
                    unit=' mm', allow_frac=True)
        b.answer(th, C['ans'])
        return th
    b.h('Count the doublings')
    if h > 1:
        k = b.calc([dv(T_, h)], 'number of doublings', lead=f'It doubles every {h} {C["per"]}, so in {T_} {C["per"]} it doubles',
                   unit=' times')
    else:
        k = P['k']
        b.say(f'It doubles once per {C["per"][:-1]}, so there are {k} doublings.')
    b.h('Multiply by 2 for each doubling')
    if b.rng.random() < 0.5:
        if k <= 6 and b.rng.random() < 0.5:
            p2 = b.calc([pw(2, k), mul(*([2] * int(k)))], f'2 to the power {k}')
        else:
            p2 = b.calc([pw(2, k)], f'growth factor', lead='The growth factor is')
        tot = b.calc([mul(a, p2)], 'final amount', unit=unit, money=money,
                     lead='The final amount is')
    else:
        tot = b.calc([mul(a, pw(2, k)), mul(a, 2 ** int(k))], 'final amount', unit=unit, money=money,
                     lead='The final amount is')
    if k <= 7:
        seq = [a * 2 ** i for i in range(int(k) + 1)]
        b.aside(seq[-1] == tot, 'Listing it out: ' + ' → '.join(b.n(x, money) for x in seq) + '.')
    b.answer(tot, C['ans'], money=money)
    return tot


kind('doubling', g_double, s_double, [
    T('A colony starts with {a} bacteria and doubles every {h} hours. How many bacteria are there after {T} hours?',
      'After {T} hours there are {v} bacteria.', per='hours', unit=' bacteria'),
    T('{a} people know a secret. Every day, the number of people who know it doubles. How many people know the secret after {k} days?',
      'After {k} days, {v} people know.', per='days', h1=True, unit=' people'),
    T('A pond has {a} lily pads, and the number of lily pads doubles every {h} weeks. How many lily pads are there after {T} weeks?',
      'There are {v} lily pads after {T} weeks.', per='weeks', unit=' lily pads'),
    T('A sheet of paper 0.1 mm thick is folded in half {k} times. How thick is the folded stack, in millimeters?',
      'The stack is {v} mm thick.', paper=True),
    T('An investment of ${a} doubles in value every {h} years. What is it worth after {T} years?',
      'After {T} years it is worth {v}.', per='years', money=True),
    T('A cell splits into 2 cells every {h} minutes. Starting with {a} cells, how many cells are there after {T} minutes?',
      'There are {v} cells.', per='minutes', unit=' cells'),
])


# =================================================================== 10 halving
def g_half(R, C):
    k = R.randint(3, 6)
    base = R.choice([1, 3, 5, 7, 9, 11, 13, 15, 25, 45, 75])
    extra = R.randint(-2, 3) if C.get('dec_ok') else R.randint(0, 3)
    X = base * 2 ** (k + extra) if k + extra >= 0 else base
    if X < 40:
        X *= 2 ** 3
    h = R.choice([2, 3, 4, 6, 8])
    return dict(X=X, k=k, h=h, T=h * k, n=k + 1)


def s_half(b, P, C):
    X, k = P['X'], P['k']
    unit = C.get('unit', '')
    if C.get('per'):
        b.h('Count the halvings')
        k = b.calc([dv(P['T'], P['h'])], 'number of halvings', unit=' half-lives',
                   lead=f'Every {P["h"]} hours half is gone, so in {P["T"]} hours that is')
    elif C.get('seq'):
        half = b.m(r'\frac{1}{2}', '1/2')
        b.say(f'Each term is half of the one before, so the ratio is {half}. '
              f'The {ordinal(P["n"])} term comes after {k} halvings.')
    b.h('Halve repeatedly')
    if k <= 5 and b.rng.random() < 0.55:
        cur = X
        for i in range(int(k)):
            cur = b.calc([dv(cur, 2)], f'after halving {i + 1}', lead=f'After {ordinal(i + 1)} halving:',
                         unit=unit, allow_frac=True)
        res = cur
    else:
        p2 = b.calc([pw(2, k)], 'total shrink factor', lead=f'Halving {k} times divides by')
        res = b.calc([dv(X, p2)], 'what is left', unit=unit, allow_frac=True,
                     lead='So the amount left is')
    b.answer(res, C['ans'])
    return res


kind('halving', g_half, s_half, [
    T('A ball is dropped from a height of {X} cm. Each bounce reaches half the height of the bounce before (the first bounce reaches half of {X} cm). How high does the ball go on the {kth} bounce?',
      'On the {kth} bounce it reaches {v} cm.', unit=' cm', dec_ok=True),
    T('A patient has {X} mg of a medicine in the body. Every {h} hours, half of it is gone. How many mg are left after {T} hours?',
      'After {T} hours, {v} mg are left.', unit=' mg', per=True, dec_ok=True),
    T('A water tank holds {X} liters. Each day, half of the water that is in the tank is used. How many liters are left after {k} days?',
      'After {k} days there are {v} liters left.', unit=' liters'),
    T('The sequence {X}, ... halves each time: every term is half of the previous term. What is the {nth} term?',
      'The {nth} term is {v}.', seq=True, dec_ok=True),
    T('A baker starts with {X} g of dough. She cuts it in half and keeps one half, then cuts that in half and keeps one half, and so on, {k} cuts in all. How many grams is the piece she keeps at the end?',
      'The last piece weighs {v} g.', unit=' g'),
])


# =================================================================== 11 geometric nth
def g_geo(R, C):
    while True:
        r = C.get('r') or R.choice([2, 3, 4, 5])
        a = R.randint(2, 9)
        n = R.randint(5, 10)
        if a * r ** (n - 1) < 3_000_000 and a * r ** (n - 1) > 200:
            return dict(a=a, r=r, n=n, t2=a * r, t3=a * r * r, t4=a * r ** 3)


def s_geo(b, P, C):
    a, r, n = P['a'], P['r'], P['n']
    unit = C.get('unit', '')
    if C.get('list'):
        b.h('Find the common ratio')
        rr = b.calc([dv(P['t2'], a)], 'common ratio', L=('r', 'r'))
        b.say(f'Each term is {b.n(rr)} times the one before.')
    else:
        rr = r
        b.say(f'The first term is {a} and each term is {r} times the one before.')
    b.h(f'Find the {ordinal(n)} term')
    b.formula('aₙ = a₁ · r^(n − 1)', r'a_n = a_1 \cdot r^{n-1}')
    e = b.calc([sub(n, 1)], 'number of multiplications', lead='The exponent is',
               L=('n − 1', 'n - 1'))
    pp = b.calc([pw(rr, e)], 'power of the ratio', lead='The ratio part is')
    term = b.calc([mul(a, pp)], f'{ordinal(n)} term', L=('a' + sb(n), 'a_{' + str(n) + '}'), unit=unit)
    b.answer(term, C['ans'])
    return term


kind('geometric_nth', g_geo, s_geo, [
    T('What is the {nth} term of the geometric sequence {a}, {t2}, {t3}, {t4}, ...?',
      'The {nth} term is {v}.', list=True),
    T('A sequence begins {a}, {t2}, {t3}, and each term is {r} times the term before it. What is the {nth} term?',
      'The {nth} term is {v}.'),
    T('A video gets {a} views on day 1, and its daily views triple every day. How many views does it get on day {n}?',
      'On day {n} it gets {v} views.', r=3, unit=' views'),
    T('In round 1 of a chain message, {a} people receive it. Each person passes it to {r} new people in the next round. How many people receive it in round {n}?',
      'In round {n}, {v} people receive it.'),
    T('Stage 1 of a fractal pattern has {a} triangles, and each stage has {r} times as many triangles as the stage before. How many triangles are in stage {n}?',
      'Stage {n} has {v} triangles.', unit=' triangles'),
])


# =================================================================== 12 handshakes
def g_hand(R, C):
    return dict(n=R.randint(6, 40))


def s_hand(b, P, C):
    n = P['n']
    w = C['w']
    b.h(f'Count from each {C["who"]}\'s point of view')
    each = b.calc([sub(n, 1)], f'{C["ws"]} per {C["who"]}', lead=f'Each {C["who"]} {C["verb"]}',
                  unit=' others')
    if b.rng.random() < 0.5:
        b.h('Fix the double counting')
        big = b.calc([mul(n, each)], 'count with every pair counted twice',
                     lead=f'Counting this way for all {n} gives')
        b.say(f'But that counts each {w} twice (once from each side), so divide by 2.')
        tot = b.calc([dv(big, 2)], f'number of {C["ws"]}', unit=' ' + C['ws'])
    else:
        b.say(f'Multiplying {n} by {b.n(each)} counts every {w} twice, so we divide by 2.')
        tot = b.calc([dv(mul(n, each), 2), dv(n * each, 2)], f'number of {C["ws"]}',
                     L=('n(n − 1)/2', r'\frac{n(n-1)}{2}'), unit=' ' + C['ws'])
    if b.rng.random() < 0.5:
        b.check([[ch(n, 2), tot]])
    b.answer(tot, C['ans'])
    return tot


kind('handshakes', g_hand, s_hand, [
    T('At a party, {n} people each shake hands with every other person exactly once. How many handshakes are there?',
      'There are {v} handshakes.', who='person', verb='shakes hands with', w='handshake', ws='handshakes'),
    T('In a chess club of {n} players, every player plays every other player exactly once. How many games are played?',
      '{v} games are played.', who='player', verb='plays', w='game', ws='games'),
    T('{n} points are marked on a circle. How many straight segments can be drawn joining two of the points?',
      'You can draw {v} segments.', who='point', verb='joins to', w='segment', ws='segments'),
    T('After a game, each of the {n} players on a team gives every teammate one high-five. How many high-fives happen?',
      'There are {v} high-fives.', who='player', verb='high-fives', w='high-five', ws='high-fives'),
    T('{n} friends at dinner each clink glasses once with every other friend. How many clinks are there?',
      'There are {v} clinks.', who='friend', verb='clinks with', w='clink', ws='clinks'),
    T('A league has {n} teams, and each team plays every other team exactly once. How many games are in the season?',
      'The season has {v} games.', who='team', verb='plays', w='game', ws='games'),
    T('In an office with {n} computers, every pair of computers needs its own cable. How many cables are needed?',
      '{v} cables are needed.', who='computer', verb='connects to', w='cable', ws='cables'),
])


# =================================================================== 13 ordered pairs
def g_ord(R, C):
    while True:
        n = R.randint(5, 24)
        if C.get('weeks'):
            tot = n * (n - 1)
            gs = [g for g in range(3, 13) if tot % g == 0 and tot // g > 2]
            if not gs:
                continue
            return dict(n=n, g=R.choice(gs))
        return dict(n=n)


def s_ord(b, P, C):
    n = P['n']
    b.h('Count for one')
    each = b.calc([sub(n, 1)], f'{C["ws"]} per {C["who"]}', lead=f'Each {C["who"]} {C["verb"]}',
                  unit=' others')
    b.h('Count for everyone')
    b.say(f'Here A → B and B → A are different {C["ws"]}, so we do not divide by 2.')
    tot = b.calc([mul(n, each)], f'total {C["ws"]}', L=('n(n − 1)', 'n(n-1)'), unit=' ' + C['ws'])
    if b.rng.random() < 0.5:
        b.check([[mul(2, ch(n, 2)), tot]])
    if C.get('weeks'):
        b.h('Divide into weeks')
        wk = b.calc([dv(tot, P['g'])], 'number of weeks', lead=f'At {P["g"]} games a week it takes',
                    unit=' weeks')
        b.answer(wk, C['ans'])
        return wk
    b.answer(tot, C['ans'])
    return tot


kind('ordered_pairs', g_ord, s_ord, [
    T('In a soccer league of {n} teams, each team plays every other team twice, once at home and once away. How many games are played?',
      '{v} games are played.', who='team', verb='plays', ws='games'),
    T('Each of the {n} students in a club sends a holiday card to every other student in the club. How many cards are sent?',
      '{v} cards are sent.', who='student', verb='sends to', ws='cards'),
    T('{n} friends each send one text message to every other friend. How many texts are sent?',
      '{v} texts are sent.', who='friend', verb='texts', ws='texts'),
    T('In a league of {n} teams, every team plays every other team twice. If {g} games are played each week, how many weeks does the season last?',
      'The season lasts {v} weeks.', who='team', verb='plays', ws='games', weeks=True),
    T('At a meeting, each of the {n} people gives a business card to every other person. How many cards change hands?',
      '{v} cards change hands.', who='person', verb='gives a card to', ws='cards'),
])


# =================================================================== 14 outfits
def g_out(R, C):
    return dict(a=R.randint(2, 12), b=R.randint(2, 9), c=R.randint(2, 8), e=R.randint(2, 6))


def s_out(b, P, C):
    a, bb, c = P['a'], P['b'], P['c']
    w = C['words']
    b.say(b.rng.choice(['Use the multiplication principle: multiply the number of choices at each step.',
                        'Each choice can go with every other choice, so we multiply.',
                        'By the counting principle, the total is the product of the choices.']))
    if b.rng.random() < 0.5:
        ab = b.calc([mul(u(a, w[0]), u(bb, w[1]))], f'{w[0]}-and-{w[1]} pairs',
                    lead=f'{w[0].capitalize()} and {w[1]} together:', unit=' combinations')
        tot = b.calc([mul(ab, u(c, w[2]))], 'total', lead=f'Including the {w[2]}:', unit=' ' + C['unit'])
    else:
        tot = b.calc([mul(a, bb, c), mul(a * bb, c)], 'total', L=('Total', r'\text{Total}'),
                     unit=' ' + C['unit'])
    if C.get('four'):
        tot = b.calc([mul(tot, u(P['e'], w[3]))], 'total with the fourth choice',
                     lead=f'Then times the {P["e"]} {w[3]}:', unit=' ' + C['unit'])
    b.answer(tot, C['ans'])
    return tot


kind('outfits', g_out, s_out, [
    T('Zoe has {a} shirts, {b} pairs of pants, and {c} pairs of shoes. How many different outfits of one shirt, one pair of pants, and one pair of shoes can she make?',
      'Zoe can make {v} outfits.', words=['shirts', 'pants', 'shoes'], unit='outfits'),
    T('A café offers {a} sandwiches, {b} drinks, and {c} desserts. A lunch special is one of each. How many different lunch specials are possible?',
      'There are {v} possible lunch specials.', words=['sandwiches', 'drinks', 'desserts'], unit='specials'),
    T('An ice cream shop has {a} flavors, {b} toppings, and {c} kinds of cones. How many different one-scoop cones with one topping can you order?',
      'You can order {v} different cones.', words=['flavors', 'toppings', 'cones'], unit='cones'),
    T('There are {a} roads from Town A to Town B, {b} roads from Town B to Town C, and {c} roads from Town C to Town D. How many different routes go from A to D passing through B and then C?',
      'There are {v} routes.', words=['roads', 'roads', 'roads'], unit='routes'),
    T('A restaurant menu has {a} appetizers, {b} main courses, {c} desserts, and {e} drinks. A meal has one of each. How many different meals are possible?',
      'There are {v} different meals.', words=['appetizers', 'mains', 'desserts', 'drinks'], unit='meals', four=True),
    T('A game password is one color (from {a} colors), then one animal (from {b} animals), then one number from 1 to {c}. How many different passwords are there?',
      'There are {v} passwords.', words=['colors', 'animals', 'numbers'], unit='passwords'),
])


# =================================================================== 15 factorial
WORDS7 = {4: ['MATH', 'FISH', 'LAMP'], 5: ['PLANE', 'CHAIR', 'TIGER'], 6: ['FRIDGE', 'PLANET', 'SILVER'],
          7: ['JUMPING', 'ORANGES', 'KITCHEN'], 8: ['COMPUTER', 'TRIANGLE']}


def g_fact(R, C):
    n = R.randint(4, 8) if not C.get('fixed') else R.randint(5, 9)
    word = R.choice(WORDS7[n]) if n in WORDS7 else ''
    return dict(n=n, word=word, m=n - 1)


def s_fact(b, P, C):
    n = P['n']
    if C.get('fixed'):
        b.say(f'{C["fixed"]} is fixed, so only the other places need to be filled.')
        n = b.calc([sub(P['n'], 1)], 'number left to arrange', lead='That leaves', unit=' to arrange')
    b.say(f'There are {n} choices for the first spot, {n - 1} for the second, and so on down to 1.')
    if b.rng.random() < 0.5:
        tot = b.calc([fact(n), mul(*range(int(n), 0, -1))], 'number of arrangements',
                     L=None, unit=' ' + C['unit'], lead='The count is')
    else:
        cur = n
        leads = ['Start:', 'Next:', 'Then:', 'Then:', 'Then:', 'Then:', 'Then:', 'Then:']
        for i, f in enumerate(range(int(n) - 1, 1, -1)):
            cur = b.calc([mul(cur, f)], f'product down to {f}', lead=leads[i])
        tot = cur
        fs = b.m(f'{int(n)}! = ' + b.num(tot, math=True), f'{int(n)}! = ' + b.n(tot))
        b.aside(tot == math.factorial(int(n)), f'Multiplying by 1 at the end changes nothing, so {fs}.')
    b.answer(tot, C['ans'])
    return tot


kind('factorial', g_fact, s_fact, [
    T('In how many different orders can {n} different books be arranged on a shelf?',
      'The books can be arranged in {v} ways.', unit='orders'),
    T('{n} friends line up in a row for a photo. How many different lineups are possible?',
      'There are {v} possible lineups.', unit='lineups'),
    T('How many different arrangements can be made of all the letters in the word {word}?',
      '{word} has {v} arrangements.', unit='arrangements'),
    T('{n} runners are in a race. If there are no ties, in how many different orders can they finish?',
      'They can finish in {v} orders.', unit='orders'),
    T('A delivery driver must visit {n} different houses, one after another, in any order. How many different orders are possible?',
      'There are {v} possible orders.', unit='orders'),
    T('{n} people sit in a row of {n} chairs, but Sam (one of them) must sit in the first chair. How many seatings are possible?',
      'There are {v} seatings.', unit='seatings', fixed="Sam's seat"),
])


# =================================================================== 16 podium
def g_pod(R, C):
    k = C.get('k', 3)
    n = R.randint(k + 3, 9 if C.get('digits') else 20)
    return dict(n=n, k=k)


def s_pod(b, P, C):
    n, k = P['n'], P['k']
    slots = C['slots'][:k]
    b.say('Order matters here, so we multiply the choices for each place: '
          + ', '.join(f'{n - i} for {s}' for i, s in enumerate(slots)) + '.')
    if b.rng.random() < 0.5:
        cur = b.calc([mul(n, n - 1)], f'ways to fill the first two places', lead='First two places:')
        for i in range(2, k):
            cur = b.calc([mul(cur, n - i)], f'ways to fill {i + 1} places', lead=f'Then times {n - i}:')
        tot = cur
    else:
        tot = b.calc([perm(n, k), mul(*[n - i for i in range(k)])], 'number of ways',
                     unit=' ' + C['unit'], lead='The count is')
    b.answer(tot, C['ans'])
    return tot


kind('podium', g_pod, s_pod, [
    T('{n} runners are in a race. In how many ways can the gold, silver, and bronze medals be awarded?',
      'The medals can be awarded in {v} ways.', slots=['gold', 'silver', 'bronze'], unit='ways'),
    T('A club with {n} members elects a president, a vice president, and a treasurer (three different people). How many different outcomes are possible?',
      'There are {v} possible outcomes.', slots=['president', 'vice president', 'treasurer'], unit='outcomes'),
    T('How many 3-digit codes can be made using the digits 1 through {n} if no digit can be repeated?',
      '{v} codes can be made.', slots=['the first digit', 'the second digit', 'the third digit'], unit='codes', digits=True),
    T('{n} horses run a race. In how many ways can 1st, 2nd, 3rd, and 4th place be filled?',
      'The top four places can be filled in {v} ways.', slots=['1st', '2nd', '3rd', '4th'], unit='ways', k=4),
    T('A museum chooses {k} of its {n} paintings and hangs them in a row on one wall. How many different displays are possible?',
      'There are {v} possible displays.', slots=['the first spot', 'the second spot', 'the third spot'], unit='displays'),
    T('In a class of {n} students, a teacher picks a line leader and a door holder (two different students). In how many ways can she do this?',
      'She can pick them in {v} ways.', slots=['line leader', 'door holder'], unit='ways', k=2),
])


# =================================================================== 17 choose
def g_choose(R, C):
    k = C['k']
    return dict(n=R.randint(6, 25 if k == 2 else 16), k=k)


def s_choose(b, P, C):
    n, k = P['n'], P['k']
    b.say('Order does not matter, so this is a combination: count ordered picks, then divide by the number of orders of the chosen group.')
    if b.rng.random() < 0.6:
        b.h('Count ordered choices')
        ordered = b.calc([mul(*[n - i for i in range(k)])], 'number of ordered choices',
                         lead='In order there are', unit=' ways')
        b.h('Divide out the repeats')
        kf = b.calc([fact(k), mul(*range(k, 0, -1))], f'number of orders of {k} items',
                    lead=f'Each group of {k} can be ordered in')
        tot = b.calc([dv(ordered, kf)], 'number of groups', unit=' ' + C['unit'],
                     lead='So the number of groups is')
    else:
        top = mul(*[n - i for i in range(k)])
        topv = prod_list([n - i for i in range(k)])
        tot = b.calc([ch(n, k), dv(top, fact(k)), dv(topv, math.factorial(k))],
                     'number of groups', unit=' ' + C['unit'], lead='The count is')
    b.answer(tot, C['ans'])
    return tot


kind('choose', g_choose, s_choose, [
    T('A pizza shop offers {n} different toppings. How many different pizzas with exactly 2 different toppings can you order?',
      'You can order {v} different two-topping pizzas.', k=2, unit='pizzas'),
    T('How many different committees of 3 people can be chosen from a group of {n} people?',
      '{v} committees are possible.', k=3, unit='committees'),
    T('Maya wants to take 2 of her {n} favorite books on vacation. How many different pairs of books can she choose?',
      'She can choose {v} different pairs.', k=2, unit='pairs'),
    T('A teacher picks 3 students from a class of {n} to form a project team. How many different teams are possible?',
      '{v} different teams are possible.', k=3, unit='teams'),
    T('An ice cream shop has {n} flavors. How many different bowls with 3 different flavors can you make if the order of the scoops does not matter?',
      'You can make {v} different bowls.', k=3, unit='bowls'),
    T('How many different 2-person teams can be chosen from {n} players?',
      '{v} two-person teams can be chosen.', k=2, unit='teams'),
])


# =================================================================== 18 multiples in range
def g_mult(R, C):
    s = C['sub']
    k = R.randint(3, 13)
    if s in ('upto', 'not'):
        N = R.randint(50, 500)
        if N % k == 0:
            N += R.randint(1, k - 1)
        return dict(k=k, N=N)
    if s == '3digit':
        k = R.randint(6, 19)
        return dict(k=k, A=100, B=999)
    A = R.randint(20, 200)
    B = A + R.randint(60, 400)
    return dict(k=k, A=A, B=B)


def _quot(b, N, k, what):
    """count multiples of k up to N; rendering varies."""
    mode = b.rng.choice(['floor', 'rem', 'floor', 'rem', 'approx'])
    q = N // k
    if mode == 'approx':
        x = Fr(N, k)
        if x.denominator != 1:
            t = math.floor(x * 100)
            if b.rng.random() < 0.5:
                r = math.floor(x * 100 + Fr(1, 2))
                s = f'{r // 100}.{r % 100:02d}'
                b.say(b.m(f'{N} ' + '\\div' + f' {k} ' + '\\approx' + f' {s}', f'{N} ÷ {k} ≈ {s}') + ', so only whole multiples count.')
            else:
                s = f'{t // 100}.{t % 100:02d}...'
                b.say(b.m(f'{N} ' + '\\div' + f' {k} = {s}', f'{N} ÷ {k} = {s}') + ', and we keep the whole part.')
        return b.calc([fl(dv(N, k))], what, lead=f'The number of multiples of {k} up to {N} is')
    if mode == 'rem':
        return b.calc([fl(dv(N, k))], what, disp=[dv(N, k)], rem=N % k,
                      lead='Divide:')
    return b.calc([fl(dv(N, k))], what, lead=f'Multiples of {k} up to {N}:')


def s_mult(b, P, C):
    s = C['sub']
    k = P['k']
    if s in ('upto', 'not'):
        N = P['N']
        b.h(f'Divide {N} by {k}')
        q = _quot(b, N, k, f'number of multiples of {k}')
        m1 = b.m(f'{k} ' + '\\times' + f' {q} = {k * q}', f'{k} × {q} = {k * q}')
        m2 = b.m(f'{k} ' + '\\times' + f' {q + 1} = {k * (q + 1)}', f'{k} × {q + 1} = {k * (q + 1)}')
        b.aside(k * q <= N < k * (q + 1), f'Check: {m1} is at most {N}, and {m2} is too big.')
        if s == 'not':
            b.h('Subtract from the total')
            res = b.calc([sub(N, q)], f'numbers that are not multiples of {k}',
                         lead=f'Out of {N} numbers, the ones that are not multiples number')
            b.answer(res, C['ans'])
            return res
        b.answer(q, C['ans'])
        return q
    A, B = P['A'], P['B']
    if b.rng.random() < 0.5:
        b.say(f'Count the multiples up to {B}, then take away the ones below {A} (that is, up to {A - 1}).')
        b.h(f'Multiples up to {B}')
        qB = _quot(b, B, k, f'multiples up to {B}')
        b.h(f'Multiples up to {A - 1}')
        qA = _quot(b, A - 1, k, f'multiples up to {A - 1}')
        b.h('Subtract')
        res = b.calc([sub(qB, qA)], 'number in the range', lead=f'Between {A} and {B} there are',
                     unit=' multiples')
    else:
        f0 = -(-A // k)
        l0 = B // k
        first, last = f0 * k, l0 * k
        m1 = b.m(f'{k} ' + '\\times' + f' {f0} = {first}', f'{k} × {f0} = {first}')
        m2 = b.m(f'{k} ' + '\\times' + f' {l0} = {last}', f'{k} × {l0} = {last}')
        b.say(f'The first multiple of {k} that is at least {A} is {m1}, '
              f'and the last one that is at most {B} is {m2}.', keep=True)
        gap = b.calc([sub(last, first)], 'distance from first to last', lead='The distance is')
        steps = b.calc([dv(gap, k)], 'number of steps', lead=f'In steps of {k} that is', unit=' steps')
        b.say('Counting both ends, add 1.')
        res = b.calc([add(steps, 1)], 'number in the range', unit=' multiples')
    b.answer(res, C['ans'])
    return res


kind('multiples_range', g_mult, s_mult, [
    T('How many multiples of {k} are there from 1 to {N}?', 'There are {v} multiples of {k}.', sub='upto'),
    T('How many whole numbers from 1 to {N} are divisible by {k}?', '{v} of them are divisible by {k}.', sub='upto'),
    T('Lockers are numbered 1 to {N}. Every locker whose number is a multiple of {k} gets a red sticker. How many lockers get a red sticker?',
      '{v} lockers get a red sticker.', sub='upto'),
    T('How many multiples of {k} are there between {A} and {B}, inclusive?',
      'There are {v} multiples of {k} in that range.', sub='between'),
    T('How many three-digit numbers are multiples of {k}?', '{v} three-digit numbers are multiples of {k}.', sub='3digit'),
    T('How many of the numbers from 1 to {N} are NOT multiples of {k}?', '{v} numbers are not multiples of {k}.', sub='not'),
    T('Tickets numbered from {A} to {B} are sold at a fair. Every ticket whose number is a multiple of {k} wins a prize. How many tickets win?',
      '{v} tickets win a prize.', sub='between'),
])


# =================================================================== 19 inclusion-exclusion
PAIRS = [(3, 5), (2, 3), (2, 5), (3, 4), (4, 6), (6, 8), (4, 10), (5, 7)]


def g_ie(R, C):
    a, bb = R.choice(PAIRS)
    N = R.randint(60, 600)
    return dict(a=a, b=bb, N=N)


def s_ie(b, P, C):
    a, bb, N = P['a'], P['b'], P['N']
    l = a * bb // math.gcd(a, bb)
    b.say(f'Count the multiples of {a}, add the multiples of {bb}, then subtract the numbers counted twice.')
    b.h(f'Multiples of {a} and of {bb}')
    qa = b.calc([fl(dv(N, a))], f'multiples of {a}', lead=f'Multiples of {a}:')
    qb = b.calc([fl(dv(N, bb))], f'multiples of {bb}', lead=f'Multiples of {bb}:')
    b.h('Numbers counted twice')
    if l != a * bb:
        b.say(f'A number is a multiple of both {a} and {bb} exactly when it is a multiple of their least common multiple, {l} (not {a * bb}).', keep=True)
    else:
        b.say(f'Multiples of both {a} and {bb} are the multiples of {l}.')
    ql = b.calc([fl(dv(N, l))], f'multiples of {l}', lead=f'Multiples of {l}:')
    b.h('Combine')
    if b.rng.random() < 0.5:
        both = b.calc([add(qa, qb)], 'sum of the two counts', lead='Adding:')
        un = b.calc([sub(both, ql)], 'count', lead='Removing the double count:')
    else:
        un = b.calc([sub(add(qa, qb), ql)], 'count', lead='Total:')
    if C.get('neither'):
        res = b.calc([sub(N, un)], 'numbers divisible by neither', lead=f'Out of {N} numbers, the rest number')
        b.answer(res, C['ans'])
        return res
    b.answer(un, C['ans'])
    return un


kind('incl_excl', g_ie, s_ie, [
    T('How many numbers from 1 to {N} are multiples of {a} or {b} (or both)?', '{v} numbers are multiples of {a} or {b}.'),
    T('Counting from 1 to {N}, you clap on every multiple of {a} and on every multiple of {b}, clapping only once if a number is a multiple of both. How many times do you clap?',
      'You clap {v} times.'),
    T('How many whole numbers from 1 to {N} are divisible by neither {a} nor {b}?', '{v} numbers are divisible by neither.', neither=True),
    T('Lockers are numbered 1 to {N}. Lockers whose numbers are multiples of {a} are painted blue, and lockers whose numbers are multiples of {b} get a sticker. How many lockers are painted, stickered, or both?',
      '{v} lockers are painted, stickered, or both.'),
    T('A store gives a coupon to every {a}th customer and a free drink to every {b}th customer. Out of {N} customers, how many get at least one of the two?',
      '{v} customers get at least one.'),
])


# =================================================================== 20 page digits
def g_pages(R, C):
    return dict(N=R.randint(105, 990))


def s_pages(b, P, C):
    N = P['N']
    b.say('Split the numbers by how many digits they have.')
    b.h('One-digit numbers')
    one = b.calc([mul(9, 1)], 'digits for 1 to 9', lead='Numbers 1 through 9 use', unit=' digits')
    b.h('Two-digit numbers')
    c2 = b.calc([add(sub(99, 10), 1)], 'count from 10 to 99', lead='From 10 to 99 there are',
                unit=' numbers')
    two = b.calc([mul(c2, 2)], 'digits for 10 to 99', lead='They use', unit=' digits')
    b.h('Three-digit numbers')
    c3 = b.calc([add(sub(N, 100), 1)], f'count from 100 to {N}', lead=f'From 100 to {N} there are',
                unit=' numbers')
    three = b.calc([mul(c3, 3)], f'digits for 100 to {N}', lead='They use', unit=' digits')
    b.h('Add them up')
    tot = b.calc([add(one, two, three)], 'total digits', L=('Total', r'\text{Total}'), unit=' digits')
    b.answer(tot, C['ans'])
    return tot


kind('page_digits', g_pages, s_pages, [
    T('A book has {N} pages, numbered 1 to {N}. How many digits are used to print all the page numbers?',
      'Printing the page numbers uses {v} digits.'),
    T('A typist types all the whole numbers from 1 to {N}. How many digits does she type?',
      'She types {v} digits.'),
    T('Houses on a long street are numbered from 1 to {N}. Brass digits for house numbers are sold one at a time. How many digits are needed for all the houses?',
      '{v} digits are needed.'),
    T('Raffle tickets are numbered from 1 to {N}. How many digits are printed in total?',
      '{v} digits are printed.'),
    T('How many digits are needed to number the pages of a {N}-page report, starting at page 1?',
      'The report needs {v} digits.'),
])


def g_pinv(R, C):
    N = R.randint(105, 990)
    return dict(N=N, D=9 + 180 + 3 * (N - 99))


def s_pinv(b, P, C):
    D = P['D']
    b.h('Digits used by 1 to 99')
    first = b.calc([add(9, mul(90, 2))], 'digits for 1 to 99',
                   lead='Numbers 1–9 use 9 digits and 10–99 use 90 × 2, so together', unit=' digits')
    b.h('Three-digit numbers')
    left = b.calc([sub(D, first)], 'digits left for three-digit numbers', lead='That leaves', unit=' digits')
    p3 = b.calc([dv(left, 3)], 'number of three-digit numbers', lead='At 3 digits each, that is',
                unit=' numbers')
    b.say('These start at 100, so the last number is 99 plus that many.')
    N = b.calc([add(99, p3)], 'last number', lead='The last number is')
    b.check([[add(9, 180, mul(p3, 3)), D]])
    b.answer(N, C['ans'])
    return N


kind('page_inverse', g_pinv, s_pinv, [
    T('The pages of a book are numbered starting from 1, and {D} digits are used in all. How many pages does the book have?',
      'The book has {v} pages.'),
    T('A printer used {D} digits to number the pages of a booklet, starting at page 1. How many pages does the booklet have?',
      'The booklet has {v} pages.'),
    T('Numbering the lockers in a school, starting from 1, took {D} digits. How many lockers are there?',
      'There are {v} lockers.'),
    T('Sam wrote the whole numbers 1, 2, 3, ... in order and wrote {D} digits in all. What was the last number he wrote?',
      'The last number he wrote was {v}.'),
])


# =================================================================== 21 fence posts
def g_fence(R, C):
    s = C['sub']
    g = R.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25])
    if s == 'square':
        side = g * R.randint(3, 20)
        return dict(g=g, s=side)
    if s == 'inverse':
        return dict(g=g, P=R.randint(6, 60))
    L = g * R.randint(6, 60)
    return dict(g=g, L=L, p=R.choice([12, 15, 18, 20, 25, 30, 35, 40, 45]))


def s_fence(b, P, C):
    s = C['sub']
    g = P['g']
    if s == 'square':
        side = P['s']
        b.h('Find the distance around')
        per = b.calc([mul(4, side)], 'perimeter', lead='The perimeter is', unit=' m')
        b.h('Count the posts')
        b.say('Going all the way around, the last gap ends at the first post, so on a closed loop the number of posts equals the number of gaps — no "+ 1".', keep=True)
        posts = b.calc([dv(per, g)], 'number of posts', unit=' posts')
        b.answer(posts, C['ans'])
        return posts
    if s == 'circle':
        b.say('A circular track is a closed loop, so there is no extra flag at the end: flags = gaps.', keep=True)
        posts = b.calc([dv(P['L'], g)], 'number of flags', unit=' flags')
        b.answer(posts, C['ans'])
        return posts
    if s == 'inverse':
        b.say('Between neighboring posts there is one gap, and there is one fewer gap than posts.')
        gaps = b.calc([sub(P['P'], 1)], 'number of gaps', unit=' gaps')
        length = b.calc([mul(gaps, g)], 'length of the fence', unit=' ' + C['unit'])
        b.answer(length, C['ans'])
        return length
    L = P['L']
    b.h('Count the gaps')
    gaps = b.calc([dv(L, g)], 'number of gaps', lead='The number of gaps is', unit=' gaps')
    b.h(f'Count the {C["things"]}')
    b.say(b.rng.choice([f'There is a {C["thing"]} at both ends, so there is one more {C["thing"]} than gaps.',
                        f'This is the fence-post rule: {C["things"]} = gaps + 1.']), keep=True)
    posts = b.calc([add(gaps, 1)], f'number of {C["things"]}', unit=' ' + C['things'])
    if s == 'both':
        b.h('Both sides')
        posts = b.calc([mul(posts, 2)], f'{C["things"]} on both sides', lead='For both sides:',
                       unit=' ' + C['things'])
    if s == 'cost':
        b.h('Find the cost')
        cost = b.calc([mul(posts, P['p'])], 'total cost', money=True)
        b.answer(cost, C['ans'], money=True)
        return cost
    b.answer(posts, C['ans'])
    return posts


kind('fence_posts', g_fence, s_fence, [
    T('A straight fence is {L} meters long, with a post every {g} meters, including one at each end. How many posts are needed?',
      '{v} posts are needed.', sub='line', thing='post', things='posts'),
    T('A street is {L} m long. Lamps are placed every {g} m along both sides of the street, with a lamp at each end of each side. How many lamps are there?',
      'There are {v} lamps.', sub='both', thing='lamp', things='lamps'),
    T('Trees are planted every {g} feet along one side of a {L}-foot path, starting at one end and finishing at the other. Each tree costs ${p}. What is the total cost of the trees?',
      'The trees cost {v}.', sub='cost', thing='tree', things='trees'),
    T('A square garden has sides of {s} m. Posts are placed every {g} m around its edge, with a post at each corner. How many posts are there?',
      'There are {v} posts.', sub='square'),
    T('Flags are placed every {g} meters around a circular track that is {L} meters around. How many flags are there?',
      'There are {v} flags.', sub='circle'),
    T('A fence has {P} posts in a straight line, with {g} feet between neighboring posts. How long is the fence from the first post to the last?',
      'The fence is {v} feet long.', sub='inverse', unit='feet'),
    T('Cones are placed every {g} m along a {L} m straight race course, with one at the start line and one at the finish line. How many cones are used?',
      '{v} cones are used.', sub='line', thing='cone', things='cones'),
])


# =================================================================== 22 clocks, cuts, floors
def g_cut(R, C):
    s = C['sub']
    if s == 'log':
        return dict(k=R.randint(3, 15), t=R.randint(2, 12))
    if s == 'clock':
        s1 = R.randint(3, 7)
        per = R.randint(2, 5)
        s2 = R.randint(s1 + 2, 12)
        return dict(s1=s1, T=per * (s1 - 1), s2=s2)
    if s == 'floors':
        f1 = R.randint(3, 6)
        per = R.choice([8, 10, 12, 15, 20])
        f2 = R.randint(f1 + 2, 15)
        return dict(f1=f1, T=per * (f1 - 1), f2=f2, o1=ordinal(f1), o2=ordinal(f2))
    if s == 'ribbon':
        g = R.choice([5, 10, 15, 20, 25])
        return dict(g=g, L=g * R.randint(4, 30))
    return dict(g=R.choice([40, 45, 50, 60, 75, 80]), k=R.randint(5, 25))


def s_cut(b, P, C):
    s = C['sub']
    if s == 'log':
        b.say(f'Cutting into {P["k"]} pieces needs one fewer cut than pieces.')
        cuts = b.calc([sub(P['k'], 1)], 'number of cuts', unit=' cuts')
        tm = b.calc([mul(cuts, P['t'])], 'total time', unit=' minutes')
        b.answer(tm, C['ans'])
        return tm
    if s in ('clock', 'floors'):
        a1, a2 = (P['s1'], P['s2']) if s == 'clock' else (P['f1'], P['f2'])
        gw = 'gaps between strikes' if s == 'clock' else 'flights of stairs'
        b.h('Count the gaps')
        b.say(f'The time is spent on the {gw}, not on the {"strikes" if s == "clock" else "floors"} themselves.', keep=True)
        ld1 = f'{a1} strikes have' if s == 'clock' else f'Floor 1 to floor {a1} is'
        ld2 = f'{a2} strikes have' if s == 'clock' else f'Floor 1 to floor {a2} is'
        g1 = b.calc([sub(a1, 1)], f'{gw} in the first case', lead=ld1, unit=' ' + gw.split()[0])
        per = b.calc([dv(P['T'], g1)], 'time per gap', lead='Each one takes', unit=' seconds')
        b.h('Apply to the new case')
        g2 = b.calc([sub(a2, 1)], f'{gw} in the second case', lead=ld2, unit=' ' + gw.split()[0])
        tm = b.calc([mul(g2, per)], 'total time', unit=' seconds')
        b.answer(tm, C['ans'])
        return tm
    if s == 'ribbon':
        pieces = b.calc([dv(P['L'], P['g'])], 'number of pieces', unit=' pieces')
        b.say('The last piece needs no cut, so cuts = pieces − 1.')
        cuts = b.calc([sub(pieces, 1)], 'number of cuts', unit=' cuts')
        b.answer(cuts, C['ans'])
        return cuts
    b.say(f'From pole 1 to pole {P["k"]} there are {P["k"]} − 1 gaps.')
    gaps = b.calc([sub(P['k'], 1)], 'number of gaps', unit=' gaps')
    dist = b.calc([mul(gaps, P['g'])], 'distance', unit=' m')
    b.answer(dist, C['ans'])
    return dist


kind('cuts_clocks', g_cut, s_cut, [
    T('It takes {t} minutes to make one cut through a log. How long does it take to cut the log into {k} pieces?',
      'It takes {v} minutes.', sub='log'),
    T('A clock takes {T} seconds to strike {s1} o\'clock (it strikes {s1} times). At the same rate, how many seconds does it take to strike {s2} o\'clock?',
      'It takes {v} seconds.', sub='clock'),
    T('Walking up from the 1st floor to the {o1} floor takes {T} seconds. At the same pace, how many seconds does it take to walk from the 1st floor to the {o2} floor?',
      'It takes {v} seconds.', sub='floors'),
    T('A ribbon {L} cm long is cut into pieces that are each {g} cm long. How many cuts are needed?',
      '{v} cuts are needed.', sub='ribbon'),
    T('Telephone poles stand in a straight line, {g} m apart. How far is it from the 1st pole to the {k}th pole?',
      'It is {v} m.', sub='poles'),
])


# =================================================================== 23 square & triangular
def g_sq(R, C):
    n = R.randint(8, 60)
    return dict(n=n, m=n - 1, n1=n + 1, nth=ordinal(n), mth=ordinal(n - 1), n1th=ordinal(n + 1))


def s_sq(b, P, C):
    n = P['n']
    s = C['sub']
    if s == 'tri':
        b.say('The triangular numbers are 1, 3, 6, 10, 15, ... and the ' + b.m('n', 'n')
              + 'th one is 1 + 2 + ... + n.')
        b.formula('Tₙ = n(n + 1)/2', r'T_n = \frac{n(n+1)}{2}')
        if b.rng.random() < 0.5:
            n1 = b.calc([add(n, 1)], 'n + 1', lead='First,', L=('n + 1', 'n + 1'))
            pr = b.calc([mul(n, n1)], 'product', lead='Then')
            t = b.calc([dv(pr, 2)], f'{ordinal(n)} triangular number', lead='Half of that is')
        else:
            t = b.calc([dv(imp(n, add(n, 1)), 2), dv(mul(n, n + 1), 2), dv(n * (n + 1), 2)],
                       f'{ordinal(n)} triangular number', L=('T' + sb(n), 'T_{' + str(n) + '}'))
        b.answer(t, C['ans'])
        return t
    if s == 'sqdiff':
        b.h('Square both numbers')
        a = b.calc([pw(n, 2), mul(n, n)] if b.rng.random() < 0.5 else [mul(n, n)],
                   f'{ordinal(n)} square number', L=(f'{n}²', f'{n}^2'))
        c = b.calc([mul(n - 1, n - 1)], f'{ordinal(n - 1)} square number', L=(f'{n - 1}²', f'{n - 1}^2'))
        b.h('Subtract')
        d = b.calc([sub(a, c)], 'difference')
        b.check([[add(mul(2, n - 1), 1), d]])
        b.answer(d, C['ans'])
        return d
    if s == 'trisum':
        b.h('Find both triangular numbers')
        t1 = b.calc([dv(mul(n, n + 1), 2)], f'{ordinal(n)} triangular number', L=('T' + sb(n), 'T_{' + str(n) + '}'))
        t2 = b.calc([dv(mul(n + 1, n + 2), 2)], f'{ordinal(n + 1)} triangular number',
                    L=('T' + sb(n + 1), 'T_{' + str(n + 1) + '}'))
        b.h('Add')
        tot = b.calc([add(t1, t2)], 'sum')
        b.say('Nice pattern: two neighboring triangular numbers always make a square number.')
        b.check([[pw(n + 1, 2), tot]])
        b.answer(tot, C['ans'])
        return tot
    # tiles: figure n is an n x n square; how many more than figure n-1
    b.h(f'Tiles in figure {n} and figure {n - 1}')
    a = b.calc([mul(n, n)], f'tiles in figure {n}', lead=f'Figure {n} has', unit=' tiles')
    c = b.calc([mul(n - 1, n - 1)], f'tiles in figure {n - 1}', lead=f'Figure {n - 1} has', unit=' tiles')
    b.h('Subtract')
    d = b.calc([sub(a, c)], 'extra tiles', lead='The difference is', unit=' tiles')
    b.answer(d, C['ans'])
    return d


kind('square_triangular', g_sq, s_sq, [
    T('The triangular numbers are 1, 3, 6, 10, 15, ... What is the {nth} triangular number?',
      'The {nth} triangular number is {v}.', sub='tri'),
    T('Dots are arranged in triangles: 1 dot, then 3 dots, then 6 dots, then 10 dots, and so on. How many dots are in the {nth} triangle?',
      'The {nth} triangle has {v} dots.', sub='tri'),
    T('Cans are stacked in a triangle: 1 can on top, 2 in the next row, 3 in the next, and so on, down to {n} cans in the bottom row. How many cans are there?',
      'There are {v} cans.', sub='tri'),
    T('The square numbers are 1, 4, 9, 16, 25, ... How much bigger is the {nth} square number than the {mth}?',
      'It is {v} bigger.', sub='sqdiff'),
    T('Figure 1 is a 1 × 1 square of tiles, Figure 2 is a 2 × 2 square, Figure 3 is a 3 × 3 square, and so on. How many more tiles does Figure {n} have than Figure {m}?',
      'Figure {n} has {v} more tiles.', sub='tiles'),
    T('What is the sum of the {nth} and the {n1th} triangular numbers?',
      'The sum is {v}.', sub='trisum'),
])


# =================================================================== 24 border tiles
def g_border(R, C):
    return dict(n=R.randint(5, 40))


def s_border(b, P, C):
    n = P['n']
    if C['sub'] == 'outer':
        b.say('Count the big square (pool plus border) and take away the pool.')
        big = b.calc([add(n, 2)], 'side of the big square', lead='The border adds 1 on each side, so the big square is',
                     unit=' m on a side')
        bigsq = b.calc([mul(big, big)] if b.rng.random() < 0.5 else [pw(big, 2)], 'area of the big square')
        small = b.calc([mul(n, n)], 'area of the pool')
        res = b.calc([sub(bigsq, small)], 'number of border tiles', unit=' tiles')
        b.check([[add(mul(4, n), 4), res]])
        b.answer(res, C['ans'])
        return res
    if b.rng.random() < 0.5:
        b.say('Count the whole square and take away the inside.')
        inner = b.calc([sub(n, 2)], 'side of the inside square', lead='The inside square is',
                       unit=' on a side')
        whole = b.calc([mul(n, n)], 'whole square')
        ins = b.calc([mul(inner, inner)], 'inside square')
        res = b.calc([sub(whole, ins)], 'number on the edge', unit=' ' + C['unit'])
    else:
        b.say(f'Count {n} on each of the 4 sides, then fix the corners, which were counted twice.')
        four = b.calc([mul(4, n)], 'count with corners doubled')
        res = b.calc([sub(four, 4)], 'number on the edge', lead='Subtract the 4 corners:', unit=' ' + C['unit'])
    b.answer(res, C['ans'])
    return res


kind('border_tiles', g_border, s_border, [
    T('A square pool is {n} m by {n} m. It is surrounded by a border of 1 m × 1 m tiles, one tile wide. How many border tiles are needed?',
      '{v} border tiles are needed.', sub='outer'),
    T('A hollow square frame is made of small squares, with {n} small squares along each side. How many small squares make up the frame?',
      'The frame has {v} small squares.', sub='frame', unit='squares'),
    T('A square patio is {n} tiles by {n} tiles. The tiles in the outer ring are painted red. How many tiles are red?',
      '{v} tiles are red.', sub='frame', unit='tiles'),
    T('Chairs are set out in a square with {n} chairs along each side, and each corner chair counts for both of its sides. How many chairs are there?',
      'There are {v} chairs.', sub='frame', unit='chairs'),
    T('A square lawn {n} m by {n} m gets a path of 1 m square paving stones all around the outside, one stone wide. How many stones are needed?',
      '{v} stones are needed.', sub='outer'),
])


# =================================================================== 25 codes
def g_codes(R, C):
    s = C['sub']
    if s in ('dials', 'pin'):
        return dict(d=R.randint(3, 6))
    if s == 'norep':
        return dict(d=R.randint(3, 5))
    if s == 'plate':
        L = R.randint(1, 3)
        return dict(L=L, D=R.randint(2, 4), lw='letter' if L == 1 else 'letters')
    return dict(d=R.randint(2, 3))


def s_codes(b, P, C):
    s = C['sub']
    if s in ('dials', 'pin'):
        d = P['d']
        b.say(f'Each of the {d} positions has 10 choices (0–9), and repeats are allowed.')
        tot = b.calc([pw(10, d), mul(*([10] * d))] if b.rng.random() < 0.5 else [mul(*([10] * d))],
                     'number of codes', unit=' ' + C['unit'], lead='That gives')
        b.answer(tot, C['ans'])
        return tot
    if s == 'norep':
        d = P['d']
        b.say('No digit may repeat, so each position has one fewer choice than the one before: '
              + ', '.join(str(10 - i) for i in range(d)) + '.')
        cur = b.calc([mul(10, 9)], 'first two positions', lead='First two digits:')
        for i in range(2, d):
            cur = b.calc([mul(cur, 10 - i)], f'first {i + 1} positions', lead=f'Times {10 - i}:')
        b.answer(cur, C['ans'])
        return cur
    if s == 'plate':
        L, D = P['L'], P['D']
        b.h('Letters')
        if L > 1:
            lt = b.calc([pw(26, L), mul(*([26] * L))], 'letter choices', lead=f'{L} letters:')
        else:
            lt = 26
            b.say('There are 26 choices for the letter.', keep=True)
        b.h('Digits')
        dg = b.calc([pw(10, D)], 'digit choices', lead=f'{D} digits:')
        b.h('Multiply')
        tot = b.calc([mul(lt, dg)], 'number of plates', unit=' ' + C['unit'], L=('Total', r'\text{Total}'))
        b.answer(tot, C['ans'])
        return tot
    d = P['d']
    b.say(f'Each of the {d} letters can be any of 26, with repeats allowed.')
    tot = b.calc([pw(26, d), mul(*([26] * d))], 'number of codes', unit=' codes', lead='So there are')
    b.answer(tot, C['ans'])
    return tot


kind('codes', g_codes, s_codes, [
    T('A bike lock has {d} dials, and each dial shows a digit from 0 to 9. How many different combinations are there?',
      'There are {v} combinations.', sub='dials', unit='combinations'),
    T('A PIN has {d} digits, and digits may repeat. How many different PINs are possible?',
      '{v} PINs are possible.', sub='pin', unit='PINs'),
    T('How many {d}-digit codes can be made from the digits 0–9 if no digit may be used twice (a code may start with 0)?',
      '{v} codes can be made.', sub='norep'),
    T('License plates in a town have {L} {lw} (A–Z) followed by {D} digits (0–9). How many different plates are possible?',
      '{v} plates are possible.', sub='plate', unit='plates'),
    T('A code is made of {d} letters from A to Z, and letters may repeat. How many codes are possible?',
      '{v} codes are possible.', sub='letters'),
    T('A locker tag has {L} capital {lw} followed by {D} digits. How many different tags can be made?',
      '{v} tags can be made.', sub='plate', unit='tags'),
])


# =================================================================== 26 knockout
def g_ko(R, C):
    k = R.randint(3, 7)
    return dict(T=2 ** k, k=k)


def s_ko(b, P, C):
    T_ = P['T']
    b.say(f'In each round the {C["who"]} are paired up, so the number of games is half the number of {C["who"]} left.')
    cur = T_
    games = []
    r = 0
    while cur > 1:
        r += 1
        g = b.calc([dv(cur, 2)], f'games in round {r}', lead=f'Round {r}:',
                   unit=' game' if cur == 2 else ' games')
        games.append(g)
        cur = g
        if cur.denominator != 1:
            raise Bad('frac')
    b.h('Add the rounds')
    tot = b.calc([add(*games)], 'total games', L=('Total', r'\text{Total}'), unit=' games')
    b.check([[sub(T_, 1), tot]])
    b.say(f'That makes sense: every game knocks out exactly one {C["one"]}, and all but one of the {T_} must be knocked out.')
    b.answer(tot, C['ans'])
    return tot


kind('knockout', g_ko, s_ko, [
    T('{T} teams enter a single-elimination tournament, where the loser of each game is out. How many games are played to find the champion?',
      '{v} games are played.', who='teams', one='team'),
    T('A tennis tournament starts with {T} players. In each round the players are paired, and the losers drop out, until one champion remains. How many matches are played in total?',
      '{v} matches are played.', who='players', one='player'),
    T('A chess knockout event has {T} players, and every game must have a winner. How many games are needed to find the winner?',
      '{v} games are needed.', who='players', one='player'),
])
