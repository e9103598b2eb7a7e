"""Templates, part B: averages from totals, weighted averages, frequency tables, probability."""
from fractions import Fraction as Fr
import math
from core import Graph, Fmt, Step, Chain, Spec, L, Ref, Def, Add, Sub, Mul, Div, Frac, Par, is_term, fnum
from kinds_common import *

TOTAL_FORMULA = 'Total = mean × number of values'


def k_next_needed(rng, ph):
    who = Who(rng)
    cfg = [dict(lo=70, hi=96, tlo=80, thi=92, xlo=70, xhi=100,
                s='{name} has taken {nw} tests and scored {L}.',
                q='What score does {he} need on the next test to have an average of exactly {T}?', ans='the score needed'),
           dict(lo=65, hi=98, tlo=78, thi=90, xlo=66, xhi=100,
                s="{name}'s first {nw} quiz scores are {L}.",
                q='{He} wants {his} mean score for all {n1} quizzes to be {T}. What must {he} score on the last quiz?',
                ans='the score needed on the last quiz'),
           dict(lo=112, hi=188, tlo=140, thi=165, xlo=120, xhi=220,
                s='In {his} first {nw} games of bowling, {name} scored {L}.',
                q='What must {he} bowl in game {n1} to average {T} for all {n1} games?', ans='the score needed in game {n1}'),
           dict(lo=68, hi=97, tlo=80, thi=90, xlo=65, xhi=100,
                s="A student's scores on {nw} science tests were {L}.",
                q='What score on the {ordn} test would bring the average up to {T}?', ans='the score needed')][ph]
    n = rng.choice([3, 4, 5])
    for _ in range(5000):
        vals = [rng.randint(cfg['lo'], cfg['hi']) for _ in range(n)]
        T = rng.randint(cfg['tlo'], cfg['thi'])
        x = T * (n + 1) - sum(vals)
        if cfg['xlo'] <= x <= cfg['xhi'] and x not in vals:
            break
    n1 = n + 1
    kw = dict(nw=W(n), n1=n1, T=T, ordn=ordw(n1), L=wlist(rng, vals))
    problem = who.fmt(cfg['s'], **kw) + ' ' + who.fmt(cfg['q'], **kw)
    g = Graph()
    g.add('tot', lambda sh: T * n1, Fmt(), kinds=MULK, alt=lambda sh: T + n1)
    st_tot = Step('calc', 'Find the total needed', 'multiply the target average by the number of tests, %d' % n1,
                  'Total needed', [Chain([Mul(L(T), L(n1)), Def('tot')])])
    st_sum = sum_step(g, 'S', vals, 'Add the current scores', 'add the scores so far', 'Current total')
    g.add('x', lambda sh: sh['tot'] - sh['S'], Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])
    st_x = Step('calc', 'Subtract', 'subtract the current total from the total needed', 'Score needed',
                [Chain([Sub(Ref('tot'), Ref('S')), Def('x')])])
    if rng.random() < 0.5:
        steps = [st_tot, st_sum, st_x]
    else:
        steps = [st_sum, st_tot, st_x]
    return Spec(problem, g, steps, 'x', who.fmt(cfg['ans'], n1=n1), '',
                intro='To average %d over %d tests, the scores must add up to %d × %d.' % (T, n1, T, n1) if False else
                'An average of %d over %d tests means the scores must add up to a certain total.' % (T, n1),
                formula='Needed score = (target average × number of tests) − (sum of current scores)',
                valid=lambda env: env.sh['x'] > 0)


def k_missing_value(rng, ph):
    who = Who(rng)
    cfg = [('The mean of {nw} numbers is {m}. {Nw1} of the numbers are {L}. What is the {ordn} number?',
            'the missing number', '', 5, 40),
           ('The average weight of {nw} puppies in a litter is {m} ounces. {Nw1} of the puppies weigh {L} ounces. How much does the last puppy weigh?',
            'the weight of the last puppy', ' ounces', 28, 60),
           ("{name}'s average score over {nw} games is {m} points. {His} scores in the first {nw1} games were {L}. How many points did {he} score in the last game?",
            'the score in the last game', ' points', 8, 30),
           ('The mean height of {nw} sunflowers is {m} inches. The heights of {nw1} of them are {L} inches. How tall is the remaining sunflower?',
            'the height of the remaining sunflower', ' inches', 40, 75)][ph]
    sent, ans, unit, lo, hi = cfg
    n = rng.choice([4, 5, 6])
    for _ in range(5000):
        vals = [rng.randint(lo, hi) for _ in range(n - 1)]
        m = rng.randint(lo + 3, hi - 3)
        x = m * n - sum(vals)
        if lo <= x <= hi + 5 and x not in vals:
            break
    problem = who.fmt(sent, nw=W(n), Nw1=W(n - 1).capitalize(), nw1=W(n - 1), m=m, L=wlist(rng, vals), ordn=ordw(n))
    g = Graph()
    g.add('tot', lambda sh: m * n, Fmt(), kinds=MULK, alt=lambda sh: m + n)
    steps = [Step('calc', 'Find the total of all %d values' % n, 'multiply the mean by %d to get the total' % n, 'Total',
                  [Chain([Mul(L(m), L(n)), Def('tot')])]),
             sum_step(g, 'K', vals, 'Add the known values', 'add the %d known values' % (n - 1), 'Known sum')]
    g.add('x', lambda sh: sh['tot'] - sh['K'], Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])
    steps.append(Step('calc', 'Find the missing value', 'subtract the known sum from the total', 'Missing value',
                      [Chain([Sub(Ref('tot'), Ref('K')), Def('x')])]))
    return Spec(problem, g, steps, 'x', ans, unit,
                intro='If we know the mean and how many values there are, we know the total.',
                formula='Missing value = (mean × count) − (sum of known values)', valid=lambda env: env.sh['x'] > 0)


def k_add_value(rng, ph):
    who = Who(rng)
    cfg = [('The average height of the {n} players on a basketball team is {m} inches. A new player who is {x} inches tall joins the team. What is the new average height?',
            'the new average height', ' inches', 66, 80, None),
           ('{name} has averaged {m} points per game over {n} games. In the next game {he} scores {x} points. What is {his} new average?',
            "{name}'s new average", ' points', 10, 28, None),
           ('The mean age of the {n} people in a room is {m} years. A {x}-year-old walks in. What is the new mean age? Round to the nearest hundredth.',
            'the new mean age', ' years', 14, 45, 2),
           ('A class of {n} students has a mean test score of {m}. A new student who scored {x} joins the class. What is the new class mean, rounded to the nearest tenth?',
            'the new class mean', '', 70, 90, 1)][ph]
    sent, ans, unit, lo, hi, d = cfg
    for _ in range(5000):
        n = rng.randint(4, 24)
        m = rng.randint(lo, hi)
        x = rng.randint(lo - 8, hi + 12)
        nm = Fr(n * m + x, n + 1)
        if x == m:
            continue
        if d is None and not is_term(nm, 2):
            continue
        if d is not None and is_term(nm, 1):
            continue
        break
    problem = who.fmt(sent, n=n, m=m, x=x)
    g = Graph()
    g.add('tot', lambda sh: m * n, Fmt(), kinds=MULK, alt=lambda sh: m + n)
    g.add('T2', lambda sh: sh['tot'] + x, Fmt(), kinds=SUMK)
    g.add('N', lambda sh: n + 1, Fmt(), kinds=['off_by_one'])
    g.add('M', lambda sh: sh['T2'] / sh['N'], mean_fmt(d), kinds=DIVK)
    steps = [Step('calc', 'Find the original total', 'multiply the mean by the count', 'Original total',
                  [Chain([Mul(L(m), L(n)), Def('tot')])]),
             Step('calc', 'Add the new value', 'add the new value', 'New total', [Chain([Add(Ref('tot'), L(x)), Def('T2')])]),
             Step('calc', 'Count the values now', 'count the values now', 'New count', [Chain([Add(L(n), L(1)), Def('N')])]),
             Step('calc', 'Find the new mean', 'divide the new total by the new count', 'New mean',
                  [Chain([Div(Ref('T2'), Ref('N')), Def('M')])])]
    return Spec(problem, g, steps, 'M', who.fmt(ans), unit,
                intro='Work with totals: the old total plus the new value, divided by the new count.',
                formula='New mean = (old mean × old count + new value) ÷ (old count + 1)')


def k_find_added(rng, ph):
    who = Who(rng)
    cfg = [('The mean of {n} numbers is {m1}. When one more number is added, the mean becomes {m2}. What number was added?',
            'the number that was added', '', 10, 60),
           ("After {n} games, {name}'s average was {m1} points per game. After the next game, {his} average changed to {m2}. How many points did {he} score in that game?",
            'the points scored in that game', ' points', 8, 30),
           ('The average weight of {n} boxes is {m1} pounds. After another box is added, the average weight is {m2} pounds. How much does the new box weigh?',
            'the weight of the new box', ' pounds', 12, 50),
           ("{name}'s average on {n} quizzes is {m1}. After one more quiz, {his} average is {m2}. What did {he} score on that quiz?",
            'the score on that quiz', '', 70, 92)][ph]
    sent, ans, unit, lo, hi = cfg
    for _ in range(5000):
        n = rng.randint(3, 9)
        m1 = rng.randint(lo, hi)
        m2 = m1 + rng.choice([-2, -1, 1, 1, 2, 2, 3])
        x = (n + 1) * m2 - n * m1
        if 0 < x <= (100 if ph == 3 else hi * 2) and x != m1:
            break
    problem = who.fmt(sent, n=n, m1=m1, m2=m2)
    g = Graph()
    g.add('t1', lambda sh: n * m1, Fmt(), kinds=MULK, alt=lambda sh: n + m1)
    g.add('N', lambda sh: n + 1, Fmt(), kinds=['off_by_one'])
    g.add('t2', lambda sh: sh['N'] * m2, Fmt(), kinds=MULK, alt=lambda sh: sh['N'] + m2)
    g.add('x', lambda sh: sh['t2'] - sh['t1'], Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])
    steps = [Step('calc', 'Original total', 'find the original total', 'Original total', [Chain([Mul(L(n), L(m1)), Def('t1')])]),
             Step('calc', 'New count', 'find the new number of values', 'New count', [Chain([Add(L(n), L(1)), Def('N')])]),
             Step('calc', 'New total', 'find the new total', 'New total', [Chain([Mul(Ref('N'), L(m2)), Def('t2')])]),
             Step('calc', 'Difference of totals', 'subtract the totals to get the added value', 'Added value',
                  [Chain([Sub(Ref('t2'), Ref('t1')), Def('x')])])]
    return Spec(problem, g, steps, 'x', who.fmt(ans), unit,
                intro='Compare the total before and after the new value was added.',
                formula='Added value = (new mean × new count) − (old mean × old count)', valid=lambda env: env.sh['x'] > 0)


def k_remove_value(rng, ph):
    who = Who(rng)
    cfg = [('The mean of {n} numbers is {m}. If the number {x} is removed, what is the mean of the remaining numbers?',
            'the new mean', '', 10, 50, None),
           ('The average of {n} test scores is {m}. One score of {x} was entered by mistake and is deleted. What is the average of the remaining scores?',
            'the new average', '', 68, 90, None),
           ('A group of {n} friends has an average height of {m} inches. One friend, who is {x} inches tall, leaves. What is the average height of the friends who remain? Round to the nearest tenth.',
            'the new average height', ' inches', 55, 68, 1),
           ('The mean weight of {n} watermelons is {m} pounds. If a {x}-pound watermelon is sold, what is the mean weight of the rest? Round to the nearest hundredth if needed.',
            'the new mean weight', ' pounds', 12, 25, 2)][ph]
    sent, ans, unit, lo, hi, d = cfg
    for _ in range(5000):
        n = rng.randint(4, 15)
        m = rng.randint(lo, hi)
        x = rng.randint(max(1, lo - 10), hi + 10)
        if x == m:
            continue
        nm = Fr(n * m - x, n - 1)
        if d is None and not is_term(nm, 2):
            continue
        if d is not None and is_term(nm, d) and rng.random() < 0.8:
            continue
        break
    problem = who.fmt(sent, n=n, m=m, x=x)
    g = Graph()
    g.add('tot', lambda sh: m * n, Fmt(), kinds=MULK, alt=lambda sh: m + n)
    g.add('T2', lambda sh: sh['tot'] - x, Fmt(), kinds=SUBK, alt=lambda sh: sh['tot'] + x)
    g.add('N', lambda sh: n - 1, Fmt(), kinds=['off_by_one'])
    g.add('M', lambda sh: sh['T2'] / sh['N'], mean_fmt(d), kinds=DIVK)
    steps = [Step('calc', 'Find the original total', 'multiply the mean by %d' % n, 'Original total',
                  [Chain([Mul(L(m), L(n)), Def('tot')])]),
             Step('calc', 'Remove the value', 'subtract the removed value', 'New total', [Chain([Sub(Ref('tot'), L(x)), Def('T2')])]),
             Step('calc', 'New count', 'find how many values remain', 'Values left', [Chain([Sub(L(n), L(1)), Def('N')])]),
             Step('calc', 'New mean', 'divide the new total by the new count', 'New mean',
                  [Chain([Div(Ref('T2'), Ref('N')), Def('M')])])]
    return Spec(problem, g, steps, 'M', ans, unit, intro='Use totals: take the removed value out of the total, then divide.',
                formula='New mean = (old mean × count − removed value) ÷ (count − 1)')


def k_combined_groups(rng, ph):
    cfg = [('Class A has {n1} students with a mean test score of {m1}. Class B has {n2} students with a mean test score of {m2}. What is the mean score of all {nt} students together?',
            'the combined mean score', '', 68, 94, None),
           ('On Monday, {n1} runners finished a race with an average time of {m1} minutes. On Tuesday, {n2} runners finished with an average time of {m2} minutes. What was the average time for all {nt} runners?',
            'the average time for all runners', ' minutes', 24, 45, None),
           ('A morning shift of {n1} workers packed an average of {m1} boxes each. An afternoon shift of {n2} workers packed an average of {m2} boxes each. What is the average number of boxes packed per worker for both shifts? Round to the nearest tenth.',
            'the average per worker', ' boxes', 30, 75, 1),
           ('In a school, the {n1} sixth graders read an average of {m1} books this year, and the {n2} seventh graders read an average of {m2} books. What is the mean number of books per student for both grades combined? Round to the nearest hundredth.',
            'the combined mean', ' books', 6, 19, 2)][ph]
    sent, ans, unit, lo, hi, d = cfg
    for _ in range(5000):
        n1 = rng.randint(12, 32)
        n2 = rng.randint(12, 32)
        m1 = rng.randint(lo, hi)
        m2 = rng.randint(lo, hi)
        if m1 == m2 or n1 == n2:
            continue
        M = Fr(n1 * m1 + n2 * m2, n1 + n2)
        if d is None and not is_term(M, 2):
            continue
        if d is not None and is_term(M, d):
            continue
        break
    problem = sent.format(n1=n1, n2=n2, m1=m1, m2=m2, nt=n1 + n2)
    g = Graph()
    g.add('t1', lambda sh: n1 * m1, Fmt(), kinds=MULK, alt=lambda sh: n1 + m1)
    g.add('t2', lambda sh: n2 * m2, Fmt(), kinds=MULK, alt=lambda sh: n2 + m2)
    g.add('T', lambda sh: sh['t1'] + sh['t2'], Fmt(), kinds=SUMK)
    g.add('N', lambda sh: n1 + n2, Fmt(), kinds=['off_by_one', 'digit_swap'])
    g.add('M', lambda sh: sh['T'] / sh['N'], mean_fmt(d), kinds=DIVK)
    steps = [Step('calc', 'Total for the first group', 'find the first group\'s total', 'First total', [Chain([Mul(L(n1), L(m1)), Def('t1')])]),
             Step('calc', 'Total for the second group', 'find the second group\'s total', 'Second total', [Chain([Mul(L(n2), L(m2)), Def('t2')])]),
             Step('calc', 'Combined total', 'add the two totals', 'Combined total', [Chain([Add(Ref('t1'), Ref('t2')), Def('T')])]),
             Step('calc', 'Combined count', 'add the group sizes', 'Total count', [Chain([Add(L(n1), L(n2)), Def('N')])]),
             Step('calc', 'Combined mean', 'divide the combined total by the total count', 'Combined mean',
                  [Chain([Div(Ref('T'), Ref('N')), Def('M')])])]
    return Spec(problem, g, steps, 'M', ans, unit,
                intro="We can't just average the two means because the groups are different sizes.",
                formula='Combined mean = (n₁ × mean₁ + n₂ × mean₂) ÷ (n₁ + n₂)')


def k_weighted_percent(rng, ph):
    who = Who(rng)
    cfg = [(['homework', 'quizzes', 'tests'], [[20, 30, 50], [25, 25, 50], [15, 35, 50], [10, 40, 50]],
            "{name}'s math grade is based on {parts}. {He} has {scores}. What is {his} overall grade?",
            "{name}'s overall grade", 62, 99),
           (['creativity', 'accuracy', 'presentation'], [[40, 35, 25], [30, 45, 25], [35, 40, 25], [20, 50, 30]],
            'At a science fair, projects are scored on {parts}. A project earns {scores}. What is its final score?',
            'the final score', 60, 98),
           (['labs', 'quizzes', 'the final exam'], [[30, 20, 50], [35, 25, 40], [40, 20, 40], [25, 35, 40]],
            "In {name}'s science class, the grade is based on {parts}. {He} earned {scores}. What is {his} weighted average?",
            'the weighted average', 58, 99),
           (['homework', 'projects', 'quizzes', 'tests'], [[10, 20, 30, 40], [15, 15, 30, 40], [20, 20, 20, 40], [10, 25, 25, 40]],
            "{name}'s grade is based on {parts}. {His} averages are {scores}. What is {his} final grade?",
            "{name}'s final grade", 64, 99)][ph]
    cats, wsets, sent, ans, lo, hi = cfg
    ws = rng.choice(wsets)
    sc = [rng.randint(lo, hi) for _ in cats]
    parts = ', '.join('%s (%d%%)' % (c, w) for c, w in zip(cats[:-1], ws[:-1])) + ', and %s (%d%%)' % (cats[-1], ws[-1])
    scs = ', '.join('%d on %s' % (s, c) for c, s in zip(cats[:-1], sc[:-1])) + ', and %d on %s' % (sc[-1], cats[-1])
    problem = who.fmt(sent, parts=parts, scores=scs)
    two = rng.random() < 0.5
    g = Graph()
    chains = []
    names = []
    for i, (c, w, s) in enumerate(zip(cats, ws, sc)):
        nm = 'p%d' % i
        names.append(nm)
        wv = Fr(w, 100)
        g.add(nm, lambda sh, wv=wv, s=s: wv * s, Fmt(), kinds=DECK + ['wrong_op'], alt=lambda sh, wv=wv, s=s: wv + s)
        wt = '%.2f' % (w / 100) if two else None
        chains.append(Chain([Mul(L(wv, text=wt), L(s)), Def(nm)], label=c.replace('the ', '').capitalize()))
    g.add('G', lambda sh: sum((sh[x] for x in names), Fr(0)), Fmt(d=2, auto=2), kinds=DECK)
    steps = [Step('calc', 'Multiply each score by its weight', 'multiply each score by its weight (as a decimal)',
                  'Weighted parts', chains),
             Step('calc', 'Add the weighted parts', 'add the weighted parts', 'Overall',
                  [Chain([Add(*[Ref(x) for x in names]), Def('G')])])]
    return Spec(problem, g, steps, 'G', who.fmt(ans), '',
                intro='Each part counts for its percentage, so we multiply and add.',
                formula='Weighted average = Σ (weight × score)')


def k_weighted_avg(rng, ph):
    who = Who(rng)
    if ph in (0, 1):
        courses = ['Math', 'English', 'Science', 'History', 'Art', 'Spanish', 'Music']
        k = 4 if ph == 0 else 5
        cs = rng.sample(courses, k)
        for _ in range(5000):
            cr = [rng.choice([1, 2, 3, 3, 4, 4]) for _ in cs]
            gr = [rng.choice([2, 3, 3, 4, 4]) for _ in cs]
            if len(set(gr)) > 1 and not is_term(Fr(sum(a * b for a, b in zip(cr, gr)), sum(cr)), 2):
                break
        letter = {4: 'A', 3: 'B', 2: 'C'}
        desc = ', '.join('%s (%d credits, %s)' % (c, a, letter[b]) for c, a, b in zip(cs[:-1], cr[:-1], gr[:-1]))
        desc += ', and %s (%d credits, %s)' % (cs[-1], cr[-1], letter[gr[-1]])
        problem = who.fmt('Last semester {name} took {k} classes: {desc}. Using A = 4, B = 3, and C = 2 grade points, what is {his} GPA? Round to the nearest hundredth.',
                          k=W(k), desc=desc)
        labels = cs
        ans, unit, money = "{name}'s GPA", '', False
        lead1, label1 = 'multiply each class\'s credits by its grade points', 'Grade points'
        lead2, label2, lead3, label3 = 'add the grade points', 'Total grade points', 'add the credits', 'Total credits'
        d = 2
        A, B = cr, gr
        moneyB = False
    else:
        if ph == 2:
            items = rng.sample([('cashews', 9), ('almonds', 7), ('peanuts', 3), ('walnuts', 8), ('pecans', 10)], 3)
            A = [rng.randint(1, 6) for _ in items]
            B = [Fr(p * 100 + rng.choice([0, 25, 50, 75]), 100) for _, p in items]
            desc = ', '.join('%d pounds of %s at %s per pound' % (a, it[0], num(b, True)) for a, it, b in zip(A, items, B))
            problem = who.fmt('{name} mixes {desc}. What is the average price per pound of the mix? Round to the nearest cent.', desc=desc)
            labels = [it[0].capitalize() for it in items]
            ans = 'the average price per pound'
            lead1, label1 = 'find the cost of each kind of nut', 'Costs'
            lead2, label2, lead3, label3 = 'add the costs', 'Total cost', 'add the pounds', 'Total pounds'
        else:
            items = rng.sample([('T-shirts', 12), ('hoodies', 28), ('caps', 9), ('scarves', 15), ('jackets', 45)], 3)
            A = [rng.randint(3, 15) for _ in items]
            B = [Fr(p, 1) for _, p in items]
            desc = ', '.join('%d %s at %s each' % (a, it[0], num(b, True)) for a, it, b in zip(A, items, B))
            problem = 'A store sold %s. What was the average price per item sold? Round to the nearest cent.' % desc
            labels = [it[0].capitalize() for it in items]
            ans = 'the average price per item'
            lead1, label1 = 'find the sales for each item', 'Sales'
            lead2, label2, lead3, label3 = 'add the sales', 'Total sales', 'count the items', 'Total items'
        unit, money, d = '', True, 2
        moneyB = True
    g = Graph()
    chains = []
    names = []
    for i, (a, b) in enumerate(zip(A, B)):
        nm = 'p%d' % i
        names.append(nm)
        g.add(nm, lambda sh, a=a, b=b: a * b, Fmt(money=moneyB, cents=(ph != 3)), kinds=['off_by_one', 'digit_swap', 'wrong_op', 'last_digit'],
              alt=lambda sh, a=a, b=b: a + b)
        chains.append(Chain([Mul(L(a), L(b, money=moneyB)), Def(nm)], label=labels[i]))
    g.add('TP', lambda sh: sum((sh[x] for x in names), Fr(0)), Fmt(money=moneyB, cents=(ph != 3)), kinds=SUMK + ['last_digit'])
    g.add('TC', lambda sh: sum(A), Fmt(), kinds=['off_by_one', 'digit_swap'])
    g.add('GPA', lambda sh: sh['TP'] / sh['TC'], Fmt(d=2, auto=2, money=moneyB), kinds=DIVK)
    steps = [Step('calc', cap1(lead1), lead1, label1, chains),
             Step('calc', cap1(lead2), lead2, label2, [Chain([Add(*[Ref(x) for x in names]), Def('TP')])]),
             Step('calc', cap1(lead3), lead3, label3, [Chain([Add(*[L(a) for a in A]), Def('TC')])]),
             Step('calc', 'Divide', 'divide', 'Average' if ph >= 2 else 'GPA', [Chain([Div(Ref('TP'), Ref('TC')), Def('GPA')])])]
    return Spec(problem, g, steps, 'GPA', who.fmt(ans), unit,
                intro='This is a weighted average, so each value is multiplied by its weight first.',
                formula='Weighted average = (sum of value × weight) ÷ (sum of weights)')


def cap1(t):
    return t[:1].upper() + t[1:]


def md_table(h1, h2, rows):
    out = ['| %s | %s |' % (h1, h2), '|---|---|']
    for a, b in rows:
        out.append('| %s | %s |' % (a, b))
    return '\n'.join(out)


def k_freq_mean(rng, ph):
    cfg = [('The table shows how many pets each student in a class has.', 'Number of pets', 'Number of students',
            'What is the mean number of pets per student?', 'the mean number of pets per student', ' pets', range(0, 5), None),
           ('A survey asked students how many siblings they have.', 'Siblings', 'Students',
            'What is the average number of siblings?', 'the average number of siblings', ' siblings', range(0, 5), None),
           ('A soccer team recorded the number of goals it scored in each game this season.', 'Goals', 'Games',
            'What is the mean number of goals per game? Round to the nearest tenth.', 'the mean number of goals per game', ' goals', range(0, 6), 1),
           ('{name} counted how many books each member of a book club read this month.', 'Books read', 'Members',
            'What is the mean number of books read? Round to the nearest hundredth.', 'the mean number of books', ' books', range(1, 6), 2)][ph]
    intro_s, h1, h2, q, ans, unit, vr, d = cfg
    unit = ''
    who = Who(rng)
    xs = list(vr)
    if len(xs) > 5:
        xs = xs[:5] if rng.random() < 0.5 else xs[1:]
    for _ in range(5000):
        fs = [rng.randint(1, 9) for _ in xs]
        N = sum(fs)
        M = Fr(sum(a * b for a, b in zip(xs, fs)), N)
        if d is None and not is_term(M, 2):
            continue
        if d is not None and is_term(M, d):
            continue
        break
    problem = who.fmt(intro_s) + '\n\n' + md_table(h1, h2, list(zip(xs, fs))) + '\n\n' + q
    g = Graph()
    chains = []
    names = []
    for i, (x, f) in enumerate(zip(xs, fs)):
        nm = 'p%d' % i
        names.append(nm)
        g.add(nm, lambda sh, x=x, f=f: x * f, Fmt(), kinds=['off_by_one', 'digit_swap', 'wrong_op'],
              alt=lambda sh, x=x, f=f: x + f)
        chains.append(Chain([Mul(L(x), L(f)), Def(nm)]))
    g.add('SP', lambda sh: sum((sh[x] for x in names), Fr(0)), Fmt(), kinds=SUMK)
    g.add('N', lambda sh: sum(fs), Fmt(), kinds=SUMK)
    g.add('M', lambda sh: sh['SP'] / sh['N'], mean_fmt(d), kinds=DIVK)
    steps = [Step('calc', 'Multiply each value by its frequency', 'multiply each value by how often it occurs',
                  'Value × frequency', chains),
             Step('calc', 'Add the products', 'add the products', 'Total', [Chain([Add(*[Ref(x) for x in names]), Def('SP')])]),
             Step('calc', 'Add the frequencies', 'add the frequencies to get the number of data values', 'Count',
                  [Chain([Add(*[L(f) for f in fs]), Def('N')])]),
             Step('calc', 'Divide', 'divide the total by the count', 'Mean', [Chain([Div(Ref('SP'), Ref('N')), Def('M')])])]
    return Spec(problem, g, steps, 'M', ans, unit,
                intro='For a frequency table, multiply each value by its frequency, add, and divide by the total frequency.',
                formula='Mean = Σ(value × frequency) ÷ Σ(frequency)')


def k_freq_median(rng, ph):
    cfg = [('The table shows the number of goals scored by a hockey team in each of its games.', 'Goals', 'Games', ('goal', 'goals'), 'What is the median number of goals?', ' goals'),
           ('A teacher recorded how many times each student was late this term.', 'Times late', 'Students', ('time', 'times'), 'What is the median number of times late?', ''),
           ('The table shows the number of pets owned by the students in a club.', 'Pets', 'Students', ('pet', 'pets'), 'Find the median number of pets.', ' pets'),
           ('A survey asked families how many cars they own.', 'Cars', 'Families', ('car', 'cars'), 'What is the median number of cars per family?', ' cars')][ph]
    intro_s, h1, h2, grp, q, unit = cfg
    xs = list(range(0, 5))
    for _ in range(5000):
        fs = [rng.randint(1, 9) for _ in xs]
        N = sum(fs)
        if N % 2 == 0:
            continue
        pos = (N + 1) // 2
        cum = 0
        k = None
        for i, f in enumerate(fs):
            cum += f
            if cum >= pos:
                k = i
                break
        if k >= 1 and cum - pos >= 1 and pos - (cum - fs[k]) >= 1:
            break
    problem = intro_s + '\n\n' + md_table(h1, h2, list(zip(xs, fs))) + '\n\n' + q
    g = Graph()
    g.add('N', lambda sh: sum(fs), Fmt(), kinds=SUMK)
    g.add('pos', lambda sh: (sh['N'] + 1) / 2, Fmt(), kinds=['off_by_one'])
    cn = ['c%d' % i for i in range(1, k + 1)]
    for i in range(1, k + 1):
        prev = (lambda sh: Fr(fs[0])) if i == 1 else (lambda sh, p='c%d' % (i - 1): sh[p])
        g.add('c%d' % i, lambda sh, prev=prev, i=i: prev(sh) + fs[i], Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])

    def medf(sh):
        p = sh['pos']
        if p.denominator != 1:
            raise ValueError('bad position')
        cums = [Fr(fs[0])] + [sh[c] for c in cn]
        for i, c in enumerate(cums):
            if c >= p:
                return xs[i]
        raise ValueError('position past table')
    g.add('med', medf, Fmt())
    chains = []
    for i in range(1, k + 1):
        a = L(fs[0]) if i == 1 else Ref('c%d' % (i - 1))
        chains.append(Chain([Add(a, L(fs[i])), Def('c%d' % i)], label='Through %d %s' % (xs[i], grp[0] if xs[i] == 1 else grp[1])))
    steps = [Step('calc', 'Find the total number of data values', 'add the frequencies', 'Total',
                  [Chain([Add(*[L(f) for f in fs]), Def('N')])]),
             Step('calc', 'Find the middle position', 'find the position of the middle value', 'Middle position',
                  [Chain([Div(Par(Add(Ref('N'), L(1))), L(2)), Def('pos')])]),
             Step('calc', 'Use running totals', 'keep a running total of the frequencies',
                  chains[0].label if len(chains) == 1 else 'Running totals', chains),
             Step('medfreq', pos=Ref('pos'), m=Def('med'), grpnames=grp)]
    return Spec(problem, g, steps, 'med', 'the median', unit,
                intro='The median is the middle value when all the data values are listed in order.',
                formula='Median position = (n + 1) ÷ 2',
                valid=lambda env: env.sh['pos'].denominator == 1)


def k_freq_mode_percent(rng, ph):
    cfg = [('A class voted for their favorite fruit.', 'Fruit', 'Votes', ['Apples', 'Bananas', 'Grapes', 'Oranges', 'Mangoes'],
            'What percent of the class chose the most popular fruit?', 'the percent who chose the most popular fruit', None),
           ('Students picked their favorite sport.', 'Sport', 'Students', ['Soccer', 'Basketball', 'Swimming', 'Tennis'],
            'What percent of the students picked the mode (the most popular choice)?', 'the percent who picked the mode', None),
           ('A store counted the colors of the bikes it sold last month.', 'Color', 'Bikes sold', ['Red', 'Blue', 'Black', 'Green', 'Silver'],
            'What percent of the bikes sold were the most common color? Round to the nearest whole percent.', 'the percent of bikes in the most common color', 0),
           ('A cafe tracked which drink customers ordered most.', 'Drink', 'Orders', ['Lemonade', 'Iced tea', 'Cocoa', 'Smoothie'],
            'What percent of the orders were for the most popular drink? Round to the nearest tenth of a percent.', 'the percent for the most popular drink', 1)][ph]
    intro_s, h1, h2, cats, q, ans, d = cfg
    for _ in range(5000):
        fs = [rng.randint(3, 16) for _ in cats]
        N = sum(fs)
        mx = max(fs)
        if fs.count(mx) > 1:
            continue
        p = Fr(mx, N)
        if d is None and not is_term(p * 100, 2):
            continue
        if d is not None and is_term(p * 100, d):
            continue
        break
    i = fs.index(mx)
    problem = intro_s + '\n\n' + md_table(h1, h2, list(zip(cats, fs))) + '\n\n' + q
    g = Graph()
    g.add('N', lambda sh: sum(fs), Fmt(), kinds=SUMK)
    g.add('pd', lambda sh: mx / sh['N'], Fmt(d=4, auto=4), kinds=DECK)
    g.add('pp', lambda sh: mx / sh['N'], Fmt(pct=True, d=(d if d is not None else 1), auto=2))
    steps = [Step('calc', 'Find the total', 'add all the counts', 'Total', [Chain([Add(*[L(f) for f in fs]), Def('N')])]),
             Step('note', 'Find the mode', text='%s has the highest count, so it is the most popular choice.' % cats[i]),
             Step('calc', 'Convert to a percent', 'divide its count by the total and convert to a percent', 'Percent',
                  [Chain([Frac(L(mx), Ref('N')), Def('pd'), Def('pp')])])]
    return Spec(problem, g, steps, 'pp', ans, '', intro='Find the total, then see what fraction of it the most popular choice is.',
                formula='Percent = (count ÷ total) × 100%')


def k_tally_experimental(rng, ph):
    who = Who(rng)
    cfg = [('{name} spun a spinner {N} times and recorded the results.', 'Color', 'Times landed', ['Red', 'Blue', 'Green', 'Yellow'],
            'Based on these results, about how many times should {he} expect the spinner to land on {c} in the next {M} spins?'),
           ('{name} pulled a marble from a bag, recorded its color, and put it back, {N} times in all.', 'Color', 'Times drawn', ['Red', 'White', 'Blue'],
            'Based on these results, how many {c} marbles should {he} expect in {M} more draws?'),
           ('{name} rolled a number cube {N} times and made a tally of the results.', 'Result', 'Tally count', ['1 or 2', '3 or 4', '5 or 6'],
            'Using the experimental probability, how many times would {he} expect to roll {c} in {M} rolls?'),
           ('A bus driver recorded whether the bus was early, on time, or late over {N} trips.', 'Arrival', 'Trips', ['Early', 'On time', 'Late'],
            'Based on this data, how many of the next {M} trips would you expect to be {c}?')][ph]
    sent, h1, h2, cats, q = cfg
    for _ in range(5000):
        N = rng.choice([20, 25, 40, 50])
        fs = [rng.randint(2, N // 2) for _ in cats[:-1]]
        last = N - sum(fs)
        if last < 2:
            continue
        fs.append(last)
        j = rng.randrange(len(cats))
        p = Fr(fs[j], N)
        Ms = [M for M in (100, 120, 150, 200, 250, 300, 400, 500) if (p * M).denominator == 1]
        if not Ms:
            continue
        M = rng.choice(Ms)
        break
    c = cats[j].lower()
    problem = who.fmt(sent, N=N) + '\n\n' + md_table(h1, h2, list(zip(cats, fs))) + '\n\n' + who.fmt(q, c=c, M=M)
    g = Graph()
    g.add('T', lambda sh: sum(fs), Fmt(), kinds=SUMK)
    g.add('pf', lambda sh: fs[j] / sh['T'], Fmt(frac=True))
    g.add('p', lambda sh: sh['pf'], Fmt(d=2, auto=3), kinds=DECK)
    g.add('E', lambda sh: sh['p'] * M, Fmt(d=1, auto=1), kinds=MULK, alt=lambda sh: sh['p'] + M)
    steps = [Step('calc', 'Total number of trials', 'add the counts to check the total', 'Total',
                  [Chain([Add(*[L(f) for f in fs]), Def('T')])]),
             Step('calc', 'Experimental probability', 'find the experimental probability of "%s"' % c, 'P(%s)' % c,
                  [Chain([Frac(L(fs[j]), Ref('T')), Def('pf'), Def('p')])]),
             Step('calc', 'Expected count', 'multiply by the number of new trials', 'Expected',
                  [Chain([Mul(Ref('p'), L(M)), Def('E')])])]
    return Spec(problem, g, steps, 'E', 'the expected number', '',
                intro='Use the results so far to estimate the probability, then multiply by the number of new trials.',
                formula='Expected count = experimental probability × number of trials')


BAGS = [('A bag contains {a} red, {b} blue, and {c} green marbles.', 'marble', ['red', 'blue', 'green']),
        ('A drawer has {a} black socks, {b} white socks, and {c} gray socks.', 'sock', ['black', 'white', 'gray']),
        ('A jar holds {a} cherry, {b} lemon, and {c} grape candies.', 'candy', ['cherry', 'lemon', 'grape']),
        ('In a raffle, {a} tickets are yellow, {b} are pink, and {c} are orange.', 'ticket', ['yellow', 'pink', 'orange'])]


def bag_counts(rng, ok):
    for _ in range(5000):
        a, b, c = rng.randint(2, 15), rng.randint(2, 15), rng.randint(2, 15)
        if ok(a, b, c):
            return a, b, c
    raise RuntimeError


PROB_Q = {'dec': ' Write your answer as a decimal.', 'dec_r': ' Write it as a decimal rounded to the nearest hundredth.',
          'pct': ' Give your answer as a percent.', 'pct_r': ' Give your answer as a percent, rounded to the nearest whole percent.'}


def prob_ok(mode, p):
    if mode in ('dec', 'pct'):
        return is_term(p, 2)
    return not is_term(p, 4) or (mode == 'pct_r' and not is_term(p * 100, 0))


def prob_tail(g, mode, base):
    """quantities after the probability `base` (a cq holding the exact probability): returns (nodes, final)"""
    if mode == 'dec':
        g.add('p', lambda sh: sh[base], Fmt(d=2, auto=4), kinds=DECK)
        return [Def('p')], 'p'
    if mode == 'dec_r':
        g.add('p', lambda sh: sh[base], Fmt(d=2, auto=2), kinds=DECK + ['wrong_rounding'])
        return [Def('p')], 'p'
    if mode == 'pct':
        g.add('p', lambda sh: sh[base], Fmt(d=2, auto=4), kinds=DECK)
        g.add('pp', lambda sh: sh['p'], Fmt(pct=True), kinds=['decimal_shift', 'digit_swap'])
        return [Def('p'), Def('pp')], 'pp'
    g.add('p', lambda sh: sh[base], Fmt(d=4, auto=4), kinds=DECK)
    g.add('pp', lambda sh: sh[base], Fmt(pct=True, d=0, auto=0), kinds=['wrong_rounding', 'off_by_one'])
    return [Def('p'), Def('pp')], 'pp'


def k_marble_prob(rng, ph):
    sent, thing, cols = rng.choice(BAGS)
    j = rng.randrange(3)
    mode = ['dec', 'dec_r', 'pct', 'pct_r'][ph]
    a, b, c = bag_counts(rng, lambda a, b, c: prob_ok(mode, Fr([a, b, c][j], a + b + c)) and len({a, b, c}) == 3)
    cnt = [a, b, c][j]
    q = {0: 'If one %s is picked at random, what is the probability that it is %s?' % (thing, cols[j]),
         1: 'What is the probability of randomly choosing a %s %s?' % (cols[j], thing),
         2: 'If one %s is chosen at random, what is the probability that it is %s?' % (thing, cols[j]),
         3: 'What is the chance of picking a %s %s at random?' % (cols[j], thing)}[ph] + PROB_Q[mode]
    problem = sent.format(a=a, b=b, c=c) + ' ' + q
    g = Graph()
    g.add('N', lambda sh: a + b + c, Fmt(), kinds=SUMK)
    g.add('pf', lambda sh: cnt / sh['N'], Fmt(frac=True))
    tail, final = prob_tail(g, mode, 'pf')
    nodes = [Frac(L(cnt), Ref('N')), Def('pf')] + tail
    steps = [Step('calc', 'Count the total', 'find the total number of %ss' % thing.replace('candy', 'candie'), 'Total',
                  [Chain([Add(a, b, c), Def('N')])]),
             Step('calc', 'Find the probability', 'divide the number of %s ones by the total' % cols[j], 'P(%s)' % cols[j],
                  [Chain(nodes)])]
    return Spec(problem, g, steps, final, 'the probability', '',
                intro='Probability = favorable outcomes ÷ total outcomes.',
                formula='P(event) = (number of favorable outcomes) ÷ (total number of outcomes)')


def k_marble_not(rng, ph):
    sent, thing, cols = rng.choice(BAGS)
    j = rng.randrange(3)
    mode = ['pct', 'pct_r', 'dec', 'dec_r'][ph]
    a, b, c = bag_counts(rng, lambda a, b, c: prob_ok(mode, Fr([a, b, c][j], a + b + c)) and len({a, b, c}) == 3)
    cnt = [a, b, c][j]
    q = {0: 'If one %s is picked at random, what is the probability that it is NOT %s?' % (thing, cols[j]),
         1: 'What is the probability of randomly picking a %s that is not %s?' % (thing, cols[j]),
         2: 'What is the probability that a randomly chosen %s is not %s?' % (thing, cols[j]),
         3: 'If a %s is selected at random, what is the probability that it is not %s?' % (thing, cols[j])}[ph] + PROB_Q[mode]
    problem = sent.format(a=a, b=b, c=c) + ' ' + q
    route = rng.choice(['count', 'complement'])
    g = Graph()
    g.add('N', lambda sh: a + b + c, Fmt(), kinds=SUMK)
    steps = [Step('calc', 'Count the total', 'find the total', 'Total', [Chain([Add(a, b, c), Def('N')])])]
    if route == 'count':
        g.add('k', lambda sh: sh['N'] - cnt, Fmt(), kinds=SUBK, alt=lambda sh: sh['N'] + cnt)
        g.add('pf', lambda sh: sh['k'] / sh['N'], Fmt(frac=True))
        steps.append(Step('calc', 'Count the ones that are not %s' % cols[j], 'count the ones that are not %s' % cols[j],
                          'Not %s' % cols[j], [Chain([Sub(Ref('N'), L(cnt)), Def('k')])]))
        tail, final = prob_tail(g, mode, 'pf')
        nodes = [Frac(Ref('k'), Ref('N')), Def('pf')] + tail
    else:
        d = 2 if mode in ('dec', 'dec_r', 'pct') else 4
        g.add('pr', lambda sh: Fr(cnt) / sh['N'], Fmt(d=d, auto=d), kinds=DECK)
        g.add('q', lambda sh: 1 - sh['pr'], Fmt(d=d, auto=4), kinds=DECK)
        steps.append(Step('calc', 'Probability of %s' % cols[j], 'find the probability that it IS %s' % cols[j],
                          'P(%s)' % cols[j], [Chain([Frac(L(cnt), Ref('N')), Def('pr')])]))
        nodes = [Sub(L(1), Ref('pr')), Def('q')]
        if mode in ('pct', 'pct_r'):
            g.add('pp', lambda sh: sh['q'], Fmt(pct=True, d=(0 if mode == 'pct_r' else None), auto=(0 if mode == 'pct_r' else None)),
                  kinds=['decimal_shift', 'digit_swap'])
            nodes.append(Def('pp'))
            final = 'pp'
        else:
            final = 'q'
    steps.append(Step('calc', 'Probability of not %s' % cols[j],
                      'divide by the total' if route == 'count' else 'subtract from 1', 'P(not %s)' % cols[j], [Chain(nodes)]))
    return Spec(problem, g, steps, final, 'the probability', '',
                intro='"Not %s" means any of the other %ss.' % (cols[j], thing.replace('candy', 'candie')),
                formula='P(not A) = 1 − P(A)', valid=lambda env: all(0 < env.sh[x] < 1 for x in ('p', 'q', 'pr') if x in env.sh))


def k_marble_or(rng, ph):
    sent, thing, cols = rng.choice(BAGS)
    i, j = sorted(rng.sample(range(3), 2))
    mode = ['dec', 'dec_r', 'pct', 'pct_r'][ph]
    a, b, c = bag_counts(rng, lambda a, b, c: prob_ok(mode, Fr([a, b, c][i] + [a, b, c][j], a + b + c)) and len({a, b, c}) == 3)
    ci, cj = [a, b, c][i], [a, b, c][j]
    q = {0: 'If one %s is picked at random, what is the probability that it is %s or %s?' % (thing, cols[i], cols[j]),
         1: 'What is the probability of picking a %s or %s %s at random?' % (cols[i], cols[j], thing),
         2: 'What is the probability that a randomly chosen %s is either %s or %s?' % (thing, cols[i], cols[j]),
         3: 'If you choose one %s without looking, what is the chance it is %s or %s?' % (thing, cols[i], cols[j])}[ph] + PROB_Q[mode]
    problem = sent.format(a=a, b=b, c=c) + ' ' + q
    g = Graph()
    g.add('N', lambda sh: a + b + c, Fmt(), kinds=SUMK)
    g.add('f', lambda sh: ci + cj, Fmt(), kinds=SUMK)
    g.add('pf', lambda sh: sh['f'] / sh['N'], Fmt(frac=True))
    tail, final = prob_tail(g, mode, 'pf')
    nodes = [Frac(Ref('f'), Ref('N')), Def('pf')] + tail
    steps = [Step('calc', 'Count the total', 'find the total', 'Total', [Chain([Add(a, b, c), Def('N')])]),
             Step('calc', 'Count the favorable outcomes', 'add the %s and %s ones' % (cols[i], cols[j]), 'Favorable',
                  [Chain([Add(ci, cj), Def('f')])]),
             Step('calc', 'Find the probability', 'divide favorable by total', 'P(%s or %s)' % (cols[i], cols[j]), [Chain(nodes)])]
    return Spec(problem, g, steps, final, 'the probability', '',
                intro='Since a %s cannot be both colors, we can add the counts.' % thing,
                formula='P(A or B) = (count of A + count of B) ÷ total', valid=lambda env: 0 < env.sh['pf'] < 1)


def k_spinner_expected(rng, ph):
    for _ in range(5000):
        k = rng.choice([4, 5, 8, 10])
        m = rng.randint(1, k - 1)
        p = Fr(m, k)
        Ns = [N for N in (40, 60, 80, 100, 120, 150, 200, 240, 300) if (p * N).denominator == 1]
        if Ns and Fr(m, k) != Fr(1, 2):
            N = rng.choice(Ns)
            break
    col = rng.choice(['blue', 'red', 'green', 'purple', 'yellow'])
    q = {0: 'A spinner is divided into {k} equal sections, and {m} of them {are} {c}. If the spinner is spun {N} times, about how many times would you expect it to land on {c}?',
         1: 'A game spinner has {k} equal parts. {M} of the parts {are} {c}. Out of {N} spins, how many times should it land on {c}?',
         2: 'A spinner has {k} equal sections, {m} of which {are} {c}. If you spin it {N} times, how many times would you expect it NOT to land on {c}?',
         3: 'A fair spinner has {k} equal sections, and {m} of them {are} {c}. In {N} spins, about how many spins would you expect to land on a color other than {c}?'}[ph]
    problem = q.format(k=k, m=m, M=W(m).capitalize(), c=col, N=N, are='is' if m == 1 else 'are')
    g = Graph()
    g.add('p', lambda sh: Fr(m, k), Fmt(d=3, auto=3), kinds=DECK)
    g.add('E', lambda sh: sh['p'] * N, Fmt(d=1, auto=1), kinds=MULK, alt=lambda sh: sh['p'] + N)
    steps = [Step('calc', 'Find the probability', 'find the probability of landing on %s' % col, 'P(%s)' % col,
                  [Chain([Frac(L(m), L(k)), Def('p')])]),
             Step('calc', 'Multiply by the number of spins', 'multiply by the number of spins', 'Expected %s' % col,
                  [Chain([Mul(Ref('p'), L(N)), Def('E')])])]
    final = 'E'
    ans = 'the expected number of %s spins' % col
    if ph in (2, 3):
        g.add('F', lambda sh: N - sh['E'], Fmt(d=1, auto=1), kinds=SUBK, alt=lambda sh: N + sh['E'])
        steps.append(Step('calc', 'Subtract from the total', 'subtract from the total number of spins', 'Not %s' % col,
                          [Chain([Sub(L(N), Ref('E')), Def('F')])]))
        final = 'F'
        ans = 'the expected number of spins that are not %s' % col
    return Spec(problem, g, steps, final, ans, '', intro='Expected count = probability × number of spins.',
                formula='Expected count = P(event) × number of trials', valid=lambda env: env.sh[final] > 0)


DIE_EVENTS = [('a number greater than 4', [5, 6]), ('an even number', [2, 4, 6]), ('a 1 or a 2', [1, 2]),
              ('a multiple of 3', [3, 6]), ('a number less than 3', [1, 2]), ('a prime number', [2, 3, 5]),
              ('a number greater than 2', [3, 4, 5, 6]), ('a number less than 5', [1, 2, 3, 4])]


def k_die_expected(rng, ph):
    ev, outs = rng.choice(DIE_EVENTS)
    f = len(outs)
    p = Fr(f, 6)
    N = rng.choice([n for n in (30, 36, 48, 60, 72, 90, 120, 150, 180, 240, 300) if (p * n).denominator == 1])
    q = {0: 'A fair number cube (1 to 6) is rolled {N} times. About how many times would you expect to roll {ev}?',
         1: '{name} rolls a standard die {N} times. How many times should {he} expect to get {ev}?',
         2: 'A fair six-sided die is rolled {N} times. How many of the rolls would you expect NOT to be {ev}?',
         3: 'If you roll a number cube {N} times, about how many rolls would you expect to show something other than {ev}?'}[ph]
    who = Who(rng)
    problem = who.fmt(q, N=N, ev=ev)
    g = Graph()
    g.add('f', lambda sh: f, Fmt(), kinds=['off_by_one'])
    g.add('pf', lambda sh: sh['f'] / 6, Fmt(frac=True))
    g.add('E', lambda sh: sh['pf'] * N, Fmt(d=1, auto=1), kinds=MULK, alt=lambda sh: N + sh['pf'])
    steps = [Step('fav', 'List the favorable outcomes', outs=outs, f=Def('f')),
             Step('calc', 'Find the probability', 'write the probability as a fraction', 'P', [Chain([Frac(Ref('f'), L(6)), Def('pf')])]),
             Step('calc', 'Find the expected number', 'multiply by the number of rolls', 'Expected',
                  [Chain([Mul(L(N), Ref('pf')), Def('E')])])]
    final = 'E'
    ans = 'the expected number of rolls'
    if ph in (2, 3):
        g.add('F', lambda sh: N - sh['E'], Fmt(d=1, auto=1), kinds=SUBK, alt=lambda sh: N + sh['E'])
        steps.append(Step('calc', 'Subtract', 'subtract from the total number of rolls', 'Other rolls',
                          [Chain([Sub(L(N), Ref('E')), Def('F')])]))
        final = 'F'
        ans = 'the expected number of other rolls'
    return Spec(problem, g, steps, final, ans, '', intro='A number cube has 6 equally likely outcomes.',
                formula='Expected count = P(event) × number of rolls', valid=lambda env: 0 < env.sh['f'] < 6 and env.sh[final] > 0)


def k_rate_predict(rng, ph):
    who = Who(rng)
    cfg = [('{name} flipped a bottle cap {t} times and it landed top-side up {k} times.',
            'Based on these results, how many times would it land top-side up in {N} flips?', 'top-side-up landings'),
           ('{name} made {k} of {his} {t} free throws in practice.',
            'At the same rate, how many free throws would {he} make out of {N} attempts?', 'free throws made'),
           ('A quality inspector found {k} defective light bulbs in a sample of {t}.',
            'At this rate, how many defective bulbs would be expected in a shipment of {N}?', 'defective bulbs'),
           ('{name} drew a card from a shuffled pile and replaced it {t} times, getting a heart {k} times.',
            'Based on this experiment, how many hearts should {he} expect in {N} draws?', 'hearts')][ph]
    sent, q, what = cfg
    for _ in range(5000):
        t = rng.choice([20, 25, 40, 50, 80, 100])
        k = rng.randint(2, t - 2)
        p = Fr(k, t)
        if ph == 2 and p > Fr(1, 5):
            continue
        Ns = [N for N in (60, 120, 150, 200, 300, 400, 500, 600, 1000, 1200) if (p * N).denominator == 1 and N > t]
        if Ns and is_term(p, 2):
            N = rng.choice(Ns)
            break
    problem = who.fmt(sent, t=t, k=k) + ' ' + who.fmt(q, N=num(N))
    g = Graph()
    g.add('r', lambda sh: Fr(k, t), Fmt(d=2, auto=3), kinds=DECK)
    g.add('E', lambda sh: sh['r'] * N, Fmt(d=1, auto=1), kinds=MULK, alt=lambda sh: sh['r'] + N)
    steps = [Step('calc', 'Find the rate', 'find the experimental probability', 'Rate', [Chain([Frac(L(k), L(t)), Def('r')])]),
             Step('calc', 'Apply the rate', 'multiply by %s' % num(N), 'Expected', [Chain([Mul(Ref('r'), L(N)), Def('E')])])]
    return Spec(problem, g, steps, 'E', 'the expected number of %s' % what, '',
                intro='Use the experimental probability from the sample.',
                formula='Expected = (successes ÷ trials) × new number of trials')


def k_survey_predict(rng, ph):
    cfg = [('In a survey of {t} students, {k} said pizza is their favorite lunch.',
            'If the school has {N} students, how many would you expect to choose pizza?', 'students who choose pizza'),
           ('Out of {t} people surveyed at a park, {k} said they walk a dog there.',
            'If {N} people visit the park on a weekend, about how many would you expect to be walking a dog?', 'dog walkers'),
           ('A random sample of {t} voters found that {k} support building a new library.',
            'If {N} people vote, how many would you expect to support the library?', 'supporters'),
           ('In a sample of {t} apples from an orchard, {k} were bruised.',
            'How many bruised apples would you expect in a crate of {N} apples?', 'bruised apples')][ph]
    sent, q, what = cfg
    for _ in range(5000):
        t = rng.choice([20, 25, 40, 50, 80])
        k = rng.randint(2, t * 3 // 4)
        p = Fr(k, t)
        Ns = [N for N in (120, 150, 200, 240, 300, 400, 450, 500, 600, 800, 900) if (p * N).denominator == 1]
        if Ns and is_term(p, 2):
            N = rng.choice(Ns)
            break
    problem = sent.format(t=t, k=k) + ' ' + q.format(N=N)
    g = Graph()
    g.add('p', lambda sh: Fr(k, t), Fmt(d=2, auto=3), kinds=DECK)
    g.add('pp', lambda sh: sh['p'], Fmt(pct=True), kinds=['decimal_shift', 'digit_swap'])
    g.add('E', lambda sh: sh['p'] * N, Fmt(d=1, auto=1), kinds=MULK, alt=lambda sh: sh['p'] + N)
    steps = [Step('calc', 'Find the sample percent', 'find the fraction of the sample, as a decimal and a percent', 'Sample rate',
                  [Chain([Frac(L(k), L(t)), Def('p'), Def('pp')])]),
             Step('calc', 'Apply it to the whole group', 'multiply by %d' % N, 'Expected', [Chain([Mul(Ref('p'), L(N)), Def('E')])])]
    return Spec(problem, g, steps, 'E', 'the expected number of %s' % what, '',
                intro='Assume the whole group behaves like the sample.', formula='Expected = sample rate × group size')


def k_exp_vs_theoretical(rng, ph):
    cfg = [('A fair number cube was rolled {N} times, and a {face} came up {k} times.', 6, 'a {face}'),
           ('A spinner with 4 equal sections (red, blue, green, yellow) was spun {N} times and landed on red {k} times.', 4, 'red'),
           ('A fair coin was flipped {N} times and landed heads {k} times.', 2, 'heads'),
           ('A spinner with 5 equal sections numbered 1 to 5 was spun {N} times, and it landed on 3 exactly {k} times.', 5, '3')][ph]
    sent, s, ev = cfg
    N = rng.choice([n for n in (20, 30, 40, 50, 60, 80, 90, 100, 120, 150, 200) if n % s == 0 and n // s >= 6])
    E = N // s
    more = rng.random() < 0.6
    k = E + rng.randint(2, max(3, E // 3)) if more else E - rng.randint(2, max(3, E // 3))
    face = rng.randint(1, 6)
    problem = sent.format(N=N, k=k, face=face) + ' ' + (
        'How many more times did this happen than the theoretical probability predicts?' if more else
        'How many fewer times did this happen than the theoretical probability predicts?')
    g = Graph()
    g.add('E', lambda sh: Fr(N, s), Fmt(d=1, auto=1), kinds=['off_by_one', 'digit_swap', 'wrong_op'], alt=lambda sh: N * s)
    if more:
        g.add('d', lambda sh: k - sh['E'], Fmt(d=1, auto=1), kinds=SUBK, alt=lambda sh: k + sh['E'])
        ch = Chain([Sub(L(k), Ref('E')), Def('d')])
    else:
        g.add('d', lambda sh: sh['E'] - k, Fmt(d=1, auto=1), kinds=SUBK, alt=lambda sh: k + sh['E'])
        ch = Chain([Sub(Ref('E'), L(k)), Def('d')])
    steps = [Step('calc', 'Expected count', 'find the expected count (probability 1/%d)' % s, 'Expected',
                  [Chain([Mul(L(N), Frac(L(1), L(s))), Def('E')])]),
             Step('calc', 'Compare', 'compare with the actual count', 'Difference', [ch])]
    return Spec(problem, g, steps, 'd', 'the difference', '',
                intro='The theoretical probability is 1/%d, so first find the expected count.' % s,
                formula='Expected count = (1/%d) × %d' % (s, N), valid=lambda env: env.sh['d'] > 0)


def k_independent_two(rng, ph):
    who = Who(rng)
    pairs = [(2, 5, 1, 2, 'spins a spinner with 5 equal sections, 2 of them red, and then flips a coin',
              'the spinner lands on red and the coin lands heads'),
             (3, 4, 1, 2, 'spins a spinner with 4 equal sections, only 1 of them blue, and then flips a coin',
              'the spinner does not land on blue and the coin lands tails'),
             (1, 4, 3, 5, 'spins a 4-section spinner with 1 green section and then draws one of 5 cards, 3 of which say WIN',
              'the spinner lands on green and the card says WIN'),
             (3, 10, 1, 2, 'picks a ball from 10 numbered balls (3 of them are gold) and then flips a coin',
              'the ball is gold and the coin lands heads'),
             (4, 5, 1, 4, 'spins a 5-section spinner with 4 yellow sections and then spins a 4-section spinner with 1 star',
              'the first spinner lands on yellow and the second lands on the star')]
    a1, b1, a2, b2, setup, win = rng.choice(pairs)
    pab = Fr(a1, b1) * Fr(a2, b2)
    N = rng.choice([n for n in (20, 40, 50, 60, 80, 100, 200) if (pab * n).denominator == 1])
    q = {0: '{name} {setup}. {He} wins if {win}. What is the probability, as a percent, that {he} wins?',
         1: '{name} {setup}. What is the probability that {win}? Write it as a decimal.',
         2: 'In a game, {name} {setup}. {He} wins a round when {win}. If {he} plays {N} rounds, how many wins should {he} expect?',
         3: 'Each round of a carnival game, {name} {setup}. A round is a win if {win}. About how many wins should {he} expect in {N} rounds?'}[ph]
    problem = who.fmt(q, setup=setup, win=win, N=N)
    g = Graph()
    g.add('pa', lambda sh: Fr(a1, b1), Fmt(d=2, auto=3), kinds=DECK)
    g.add('pb', lambda sh: Fr(a2, b2), Fmt(d=2, auto=3), kinds=DECK)
    g.add('pab', lambda sh: sh['pa'] * sh['pb'], Fmt(d=3, auto=4), kinds=DECK + ['wrong_op'], alt=lambda sh: sh['pa'] + sh['pb'])
    nodes = [Mul(Ref('pa'), Ref('pb')), Def('pab')]
    steps = [Step('calc', 'First probability', 'find the probability of the first event', 'P(first)', [Chain([Frac(L(a1), L(b1)), Def('pa')])]),
             Step('calc', 'Second probability', 'find the probability of the second event', 'P(second)', [Chain([Frac(L(a2), L(b2)), Def('pb')])])]
    final = 'pab'
    ans = 'the probability of winning' if ph != 1 else 'the probability'
    if ph == 0:
        g.add('pp', lambda sh: sh['pab'], Fmt(pct=True), kinds=['decimal_shift', 'digit_swap'])
        nodes.append(Def('pp'))
        final = 'pp'
    steps.append(Step('calc', 'Multiply', 'multiply because the events are independent', 'P(both)', [Chain(nodes)]))
    if ph in (2, 3):
        g.add('E', lambda sh: sh['pab'] * N, Fmt(d=1, auto=1), kinds=MULK, alt=lambda sh: sh['pab'] + N)
        steps.append(Step('calc', 'Expected wins', 'multiply by the number of rounds', 'Expected wins',
                          [Chain([Mul(Ref('pab'), L(N)), Def('E')])]))
        final = 'E'
        ans = 'the expected number of wins'
    return Spec(problem, g, steps, final, ans, '', intro='The two events are independent, so we multiply their probabilities.',
                formula='P(A and B) = P(A) × P(B)', valid=lambda env: 0 < env.sh['pab'] < 1)


def k_expected_value(rng, ph):
    who = Who(rng)
    for _ in range(5000):
        secs = rng.choice([10, 8, 5, 4])
        counts = []
        rem = secs
        for i in range(2):
            c = rng.randint(1, rem - (2 - i))
            counts.append(c)
            rem -= c
        counts.append(rem)
        if rem < 1:
            continue
        pts = sorted(rng.sample([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20], 3))
        ps = [Fr(c, secs) for c in counts]
        if all(is_term(p, 3) for p in ps):
            break
    N = rng.choice([10, 20, 30, 40, 50])
    desc = ', '.join('%d worth %d points' % (c, p) for c, p in zip(counts[:-1], pts[:-1])) + ', and %d worth %d points' % (counts[-1], pts[-1])
    q = {0: 'A spinner has {s} equal sections: {desc}. What is the expected number of points for one spin?',
         1: 'In a carnival game, a wheel has {s} equal slots: {desc}. What is the expected value of one spin, in points?',
         2: 'A spinner has {s} equal sections: {desc}. If {name} spins it {N} times, how many total points should {he} expect?',
         3: 'A prize wheel has {s} equal sections: {desc}. What total number of points would you expect after {N} spins?'}[ph]
    problem = who.fmt(q, s=secs, desc=desc, N=N)
    g = Graph()
    names = []
    chains = []
    for i, (p, v) in enumerate(zip(ps, pts)):
        nm = 'e%d' % i
        names.append(nm)
        g.add(nm, lambda sh, p=p, v=v: p * v, Fmt(), kinds=DECK, alt=lambda sh, p=p, v=v: p + v)
        chains.append(Chain([Mul(L(p), L(v)), Def(nm)], label='%d points' % v))
    g.add('EV', lambda sh: sum((sh[x] for x in names), Fr(0)), Fmt(), kinds=DECK)
    steps = [Step('calc', 'Multiply each value by its probability', 'multiply each point value by its probability',
                  'Products', chains),
             Step('calc', 'Add the products', 'add the products', 'Expected value', [Chain([Add(*[Ref(x) for x in names]), Def('EV')])])]
    final, ans = 'EV', 'the expected value'
    if ph in (2, 3):
        g.add('T', lambda sh: sh['EV'] * N, Fmt(), kinds=MULK, alt=lambda sh: sh['EV'] + N)
        steps.append(Step('calc', 'Multiply by the number of spins', 'multiply by %d spins' % N, 'Expected total',
                          [Chain([Mul(Ref('EV'), L(N)), Def('T')])]))
        final, ans = 'T', 'the expected total'
    return Spec(problem, g, steps, final, ans, ' points', intro='The expected value is the probability-weighted average of the outcomes.',
                formula='E = Σ (probability × value)')


def k_target_remaining(rng, ph):
    who = Who(rng)
    cfg = [('{name} wants an average of {T} on {n} tests. {His} average on the first {k} tests is {m}. What must {he} average on the remaining {r} tests?',
            'the average needed on the remaining tests', '', 75, 95),
           ('A basketball player wants to average {T} points over {n} games. After {k} games, {he} has averaged {m} points. What must {he} average in the last {r} games?',
            'the average needed in the last games', ' points', 12, 28),
           ('{name} wants to read an average of {T} pages a day for {n} days. For the first {k} days {he} averaged {m} pages. What daily average does {he} need for the last {r} days?',
            'the daily average needed', ' pages', 20, 50),
           ('A store hopes to average {T} sales a day over a {n}-day sale. In the first {k} days it averaged {m} sales a day. What must it average over the remaining {r} days?',
            'the average needed over the remaining days', ' sales', 40, 90)][ph]
    sent, ans, unit, lo, hi = cfg
    for _ in range(5000):
        n = rng.randint(5, 10)
        k = rng.randint(2, n - 2)
        r = n - k
        T = rng.randint(lo, hi)
        m = T - rng.randint(1, 5)
        need = Fr(T * n - m * k, r)
        if (need.denominator == 1) == (ph != 3) and need <= (100 if ph == 0 else hi * 2):
            break
    problem = who.fmt(sent, T=T, n=n, k=k, m=m, r=r)
    if ph == 3:
        problem += ' Round to the nearest tenth.'
    g = Graph()
    g.add('tot', lambda sh: T * n, Fmt(), kinds=MULK, alt=lambda sh: T + n)
    g.add('cur', lambda sh: m * k, Fmt(), kinds=MULK, alt=lambda sh: m + k)
    g.add('rem', lambda sh: sh['tot'] - sh['cur'], Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])
    g.add('avg', lambda sh: sh['rem'] / r, Fmt(d=1, auto=1) if ph == 3 else Fmt(d=2, auto=2), kinds=DIVK)
    steps = [Step('calc', 'Total needed', 'find the total needed', 'Total needed', [Chain([Mul(L(T), L(n)), Def('tot')])]),
             Step('calc', 'Total so far', 'find the total so far', 'Total so far', [Chain([Mul(L(m), L(k)), Def('cur')])]),
             Step('calc', 'Amount still needed', 'subtract to find what is still needed', 'Still needed',
                  [Chain([Sub(Ref('tot'), Ref('cur')), Def('rem')])]),
             Step('calc', 'Average needed', 'divide by the %d remaining' % r, 'Average needed', [Chain([Div(Ref('rem'), L(r)), Def('avg')])])]
    return Spec(problem, g, steps, 'avg', ans, unit, intro='Work with totals instead of averages.',
                formula='Needed average = (target × n − current average × k) ÷ (n − k)', valid=lambda env: env.sh['avg'] > 0)


def k_corrected_mean(rng, ph):
    cfg = [('The mean of {n} test scores is {m}. Later the teacher finds that one score was recorded as {w} instead of {c}. What is the correct mean?',
            'the correct mean', ''),
           ('A coach calculated that {n} players averaged {m} points. But one player\'s points were entered as {w} when they should have been {c}. What is the correct average?',
            'the correct average', ' points'),
           ('The average of {n} numbers is {m}. One of the numbers was copied wrong as {w}; it should be {c}. What is the actual average?',
            'the actual average', ''),
           ('A scientist found the mean mass of {n} samples to be {m} grams, but one mass was misread as {w} grams instead of {c} grams. What is the correct mean mass?',
            'the correct mean mass', ' grams')][ph]
    sent, ans, unit = cfg
    for _ in range(5000):
        n = rng.randint(4, 12)
        m = rng.randint(20, 90)
        c = rng.randint(20, 99)
        w = int(str(c)[::-1]) if rng.random() < 0.5 else c + rng.choice([-20, -10, 10, 20, -9, 9])
        if w == c or w <= 0 or w >= m * n:
            continue
        cm = Fr(m * n - w + c, n)
        if is_term(cm, 2) == (ph != 2):
            break
    problem = sent.format(n=n, m=m, w=w, c=c)
    if ph == 2:
        problem += ' Round to the nearest hundredth.'
    g = Graph()
    g.add('tot', lambda sh: m * n, Fmt(), kinds=MULK, alt=lambda sh: m + n)
    g.add('ct', lambda sh: sh['tot'] - w + c, Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])
    g.add('M', lambda sh: sh['ct'] / n, mean_fmt(2 if ph == 2 else None), kinds=DIVK)
    steps = [Step('calc', 'Find the recorded total', 'find the recorded total', 'Recorded total', [Chain([Mul(L(m), L(n)), Def('tot')])]),
             Step('calc', 'Fix the total', 'remove the wrong value and add the right one', 'Correct total',
                  [Chain([Add(Sub(Ref('tot'), L(w)), L(c)), Def('ct')])]),
             Step('calc', 'Find the correct mean', 'divide by %d' % n, 'Correct mean', [Chain([Div(Ref('ct'), L(n)), Def('M')])])]
    return Spec(problem, g, steps, 'M', ans, unit, intro='Fix the total first, then divide again.',
                formula='Correct mean = (mean × n − wrong value + right value) ÷ n')


KINDS_B = [('next_needed', k_next_needed), ('missing_value', k_missing_value), ('add_value', k_add_value),
           ('find_added', k_find_added), ('remove_value', k_remove_value), ('combined_groups', k_combined_groups),
           ('weighted_percent', k_weighted_percent), ('weighted_avg', k_weighted_avg), ('freq_mean', k_freq_mean),
           ('freq_median', k_freq_median), ('freq_mode_percent', k_freq_mode_percent),
           ('tally_experimental', k_tally_experimental), ('marble_prob', k_marble_prob), ('marble_not', k_marble_not),
           ('marble_or', k_marble_or), ('spinner_expected', k_spinner_expected), ('die_expected', k_die_expected),
           ('rate_predict', k_rate_predict), ('survey_predict', k_survey_predict),
           ('exp_vs_theoretical', k_exp_vs_theoretical), ('independent_two', k_independent_two),
           ('expected_value', k_expected_value), ('target_remaining', k_target_remaining),
           ('corrected_mean', k_corrected_mean)]
