"""Templates, part A: means, medians, modes, ranges of lists."""
from fractions import Fraction as Fr
from core import Graph, Fmt, Step, Chain, Spec, L, Ref, Def, Add, Sub, Mul, Div, Frac, Par, is_term
from kinds_common import *

MEAN_INTRO = ['To find the mean, add up all the values and divide by how many values there are.',
              'The mean (average) is the sum of the values divided by the number of values.',
              "We'll add the values and then divide by the count."]
MEAN_FORMULA = 'Mean = (sum of the values) ÷ (number of values)'


def k_mean_basic(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    d = {0: None, 1: None, 2: 1, 3: 2}[ph]
    if d is None:
        n = rng.choice([4, 5, 6])
        ok = lambda v: is_term(Fr(sum(v), n), 2)
    else:
        want_round = ph == 3 or rng.random() < 0.75
        n = rng.choice([3, 6, 7]) if want_round else rng.choice([4, 5, 6])
        ok = lambda v: (not is_term(Fr(sum(v), n), d)) == want_round
    vals = gen_vals(rng, n, cx.lo, cx.hi, ok)
    g = Graph()
    q = {0: 'What is the mean of these %s?' % cx.pl,
         1: 'What is %s?' % qwhat(cx, who, 'average'),
         2: 'What is %s, rounded to the nearest tenth?' % qwhat(cx, who, 'mean'),
         3: 'Find %s. Round to the nearest hundredth if necessary.' % qwhat(cx, who, 'average')}[ph]
    problem = cx.text(rng, who, vals) + ' ' + q
    lead_sum = rng.choice(['add up all the %s' % cx.pl, 'find the total of the %s' % cx.pl, 'add the %d values' % n])
    steps = [sum_step(g, 'S', vals, 'Find the total', lead_sum, rng.choice(['Sum', 'Total'])),
             mean_step(g, 'M', 'S', n, mean_fmt(d), 'Divide by the number of values',
                       'divide the total by the number of values, %d' % n, 'Mean')]
    sp = Spec(problem, g, steps, 'M', qwhat(cx, who, rng.choice(['mean', 'average'])), cx.unit,
              intro=rng.choice(MEAN_INTRO), formula=MEAN_FORMULA)
    sp.table = cx.table(vals)
    return sp


K2_CTX = [
    ('A teacher recorded how many minutes some students spent reading last night: {L}.',
     'What is the mean number of minutes?', 'the mean reading time', ' minutes', 10, 60, None),
    ('The number of goals a soccer team scored in its games this season was {L}.',
     'What was the average number of goals per game? Round to the nearest tenth.',
     'the average number of goals per game', ' goals', 0, 7, 1),
    ('{name} kept track of how many emails {he} received each day: {L}.',
     'What is the mean number of emails per day? Round to the nearest tenth if needed.',
     'the mean number of emails per day', ' emails', 3, 28, 1),
    ('The ages of the children at a birthday party are {L}.',
     'What is the mean age of the children? Round to the nearest hundredth if necessary.',
     'the mean age', ' years', 4, 12, 2),
]


def k_mean_count(rng, ph):
    sent, q, ans, unit, lo, hi, d = K2_CTX[ph]
    who = Who(rng)
    if d is None:
        n = rng.choice([6, 8])
        ok = lambda v: is_term(Fr(sum(v), n), 2)
    else:
        n = rng.choice([6, 7, 9])
        ok = lambda v: not is_term(Fr(sum(v), n), d)
    vals = gen_vals(rng, n, lo, hi, ok)
    g = Graph()
    problem = who.fmt(sent, L=wlist(rng, vals)) + ' ' + q
    g.add('n', lambda s, k=n: k, Fmt(), kinds=['off_by_one'])
    steps = [Step('count', 'Count the values', n=Def('n')),
             sum_step(g, 'S', vals, 'Add the values', 'add all the values', 'Sum'),
             Step('calc', 'Divide the sum by the count', 'divide the sum by the number of values', 'Mean',
                  [Chain([Div(Ref('S'), Ref('n')), Def('M')])])]
    g.add('M', lambda s: s['S'] / s['n'], mean_fmt(d), kinds=DIVK)
    return Spec(problem, g, steps, 'M', ans, unit, intro=rng.choice(MEAN_INTRO), formula=MEAN_FORMULA)


def k_median_odd_diff(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    n = rng.choice([5, 7, 9])
    vals = gen_vals(rng, n, cx.lo, cx.hi, distinct=True)
    s = sorted(vals)
    pos = (n + 1) // 2
    med = s[pos - 1]
    g = Graph()
    g.add('med', lambda sh, m=med: m, Fmt(), kinds=['wrong_middle'], mids=mids_fn(s, pos))
    hi_side = ph in (0, 2)
    q = {0: 'How much greater is the highest of these %s than the median?' % cx.pl,
         1: 'What is the difference between the median and the lowest of the %s?' % cx.pl,
         2: 'By how much does the largest value exceed the median?',
         3: 'How far below the median is the smallest value?'}[ph]
    problem = cx.text(rng, who, vals) + ' ' + q
    steps = [Step('sort', pl=cx.pl, vals=s),
             Step('medodd', n=n, pos=pos, m=Def('med'))]
    if hi_side:
        steps.append(Step('ident', 'Find the highest value', claims=[('highest', s[-1])], what='value'))
        g.add('d', lambda sh, m=s[-1]: m - sh['med'], Fmt(), kinds=SUBK, alt=lambda sh, m=s[-1]: m + sh['med'])
        steps.append(Step('calc', 'Subtract', 'subtract the median from the highest value', 'Difference',
                          [Chain([Sub(L(s[-1]), Ref('med')), Def('d')])]))
    else:
        steps.append(Step('ident', 'Find the lowest value', claims=[('lowest', s[0])], what='value'))
        g.add('d', lambda sh, m=s[0]: sh['med'] - m, Fmt(), kinds=SUBK, alt=lambda sh, m=s[0]: m + sh['med'])
        steps.append(Step('calc', 'Subtract', 'subtract the lowest value from the median', 'Difference',
                          [Chain([Sub(Ref('med'), L(s[0])), Def('d')])]))
    sp = Spec(problem, g, steps, 'd', 'the difference', cx.unit,
              intro='First sort the data to find the median, then compare it with the %s value.' % ('highest' if hi_side else 'lowest'),
              formula='Median = middle value of the ordered data',
              valid=lambda env: env.sh['d'] > 0)
    sp.table = cx.table(vals)
    return sp


def k_median_even(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    n = rng.choice([6, 8, 10])
    vals = gen_vals(rng, n, cx.lo, cx.hi, ok=lambda v: sorted(v)[n // 2 - 1] != sorted(v)[n // 2])
    s = sorted(vals)
    a, b = s[n // 2 - 1], s[n // 2]
    g = Graph()
    g.add('ms', lambda sh, a=a, b=b: a + b, Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'],
          alt=lambda sh, a=a, b=b: b - a)
    g.add('med', lambda sh: sh['ms'] / 2, Fmt(), kinds=['off_by_one', 'digit_swap', 'decimal_shift'])
    q = {0: 'What is %s?' % qwhat(cx, who, 'median'),
         1: 'Find the median of the %s.' % cx.pl,
         2: 'What is the median of this data set?',
         3: 'What is the median value of the data?'}[ph]
    problem = cx.text(rng, who, vals) + ' ' + q
    steps = [Step('sort', pl=cx.pl, vals=s),
             Step('medeven', n=n, p1=n // 2, p2=n // 2 + 1, a=a, b=b),
             Step('calc', 'Add the two middle values', 'add the two middle values', 'Sum of middle values',
                  [Chain([Add(L(a), L(b)), Def('ms')])]),
             Step('calc', 'Divide by 2', 'divide by 2 to get their average', 'Median',
                  [Chain([Div(Ref('ms'), L(2)), Def('med')])])]
    sp = Spec(problem, g, steps, 'med', qwhat(cx, who, 'median'), cx.unit,
              intro='With an even number of values, the median is the average of the two middle values.',
              formula='Median = (sum of the two middle values) ÷ 2')
    sp.table = cx.table(vals)
    return sp


def k_range_new(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    n = rng.choice([5, 6, 7])
    above = ph in (0, 1)
    lo, hi = cx.lo, cx.hi
    span = hi - lo
    vals = gen_vals(rng, n, lo + span // 5, hi - span // 5, distinct=True)
    mx, mn = max(vals), min(vals)
    if above:
        x = rng.randint(mx + 2, hi + span // 4)
    else:
        x = rng.randint(max(0, lo - span // 4), mn - 2)
    g = Graph()
    g.add('r1', lambda sh: mx - mn, Fmt(), kinds=SUBK, alt=lambda sh: mx + mn)
    if above:
        g.add('r2', lambda sh: x - mn, Fmt(), kinds=SUBK, alt=lambda sh: x + mn)
        c2 = Chain([Sub(L(x), L(mn)), Def('r2')])
        lead2 = 'find the new range using %s as the highest value' % num(x)
    else:
        g.add('r2', lambda sh: mx - x, Fmt(), kinds=SUBK, alt=lambda sh: mx + x)
        c2 = Chain([Sub(L(mx), L(x)), Def('r2')])
        lead2 = 'find the new range using %s as the lowest value' % num(x)
    g.add('inc', lambda sh: sh['r2'] - sh['r1'], Fmt(), kinds=SUBK)
    q = {0: 'Then a new value of %s is added to the data. By how much does the range increase?' % num(x),
         1: 'If one more value, %s, is included, how much larger does the range become?' % num(x),
         2: 'Then a new value of %s is recorded. By how much does the range increase?' % num(x),
         3: 'If %s is added to the data set, how much does the range grow?' % num(x)}[ph]
    problem = cx.text(rng, who, vals) + ' ' + q
    steps = [Step('ident', 'Find the highest and lowest values', claims=[('highest', mx), ('lowest', mn)], what='value'),
             Step('calc', 'Find the original range', 'find the original range', 'Original range',
                  [Chain([Sub(L(mx), L(mn)), Def('r1')])]),
             Step('calc', 'Find the new range', lead2, 'New range', [c2]),
             Step('calc', 'Find the increase', 'subtract to find the increase', 'Increase',
                  [Chain([Sub(Ref('r2'), Ref('r1')), Def('inc')])])]
    sp = Spec(problem, g, steps, 'inc', 'the increase in the range', cx.unit,
              intro='The range is the highest value minus the lowest value.',
              formula='Range = highest value − lowest value',
              valid=lambda env: env.sh['inc'] > 0)
    sp.table = cx.table(vals)
    return sp


def k_mode_median(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    n = rng.choice([7, 9])
    lo, hi = cx.lo, min(cx.hi, cx.lo + 40)
    for _ in range(5000):
        others = rng.sample(range(lo, hi + 1), n - 2)
        v = others[0]
        vals = others[1:] + [v, v, v]
        s = sorted(vals)
        med = s[n // 2]
        if med != v and abs(med - v) >= 2:
            break
    rng.shuffle(vals)
    s = sorted(vals)
    pos = (n + 1) // 2
    med = s[pos - 1]
    g = Graph()
    g.add('med', lambda sh, m=med: m, Fmt(), kinds=['wrong_middle'], mids=mids_fn(s, pos))
    if v > med:
        g.add('d', lambda sh, v=v: v - sh['med'], Fmt(), kinds=SUBK, alt=lambda sh, v=v: v + sh['med'])
        ch = Chain([Sub(L(v), Ref('med')), Def('d')])
        lead = 'subtract the median from the mode'
    else:
        g.add('d', lambda sh, v=v: sh['med'] - v, Fmt(), kinds=SUBK, alt=lambda sh, v=v: v + sh['med'])
        ch = Chain([Sub(Ref('med'), L(v)), Def('d')])
        lead = 'subtract the mode from the median'
    q = {0: 'What is the difference between the mode and the median of the %s?' % cx.pl,
         1: 'How far apart are the mode and the median of this data?',
         2: 'Find the mode and the median. What is the positive difference between them?',
         3: 'What is the difference between the median and the mode?'}[ph]
    problem = cx.text(rng, who, vals) + ' ' + q
    steps = [Step('sort', pl=cx.pl, vals=s),
             Step('mode', v=v, c=3),
             Step('medodd', n=n, pos=pos, m=Def('med')),
             Step('calc', 'Find the difference', lead, 'Difference', [ch])]
    sp = Spec(problem, g, steps, 'd', 'the difference between the mode and the median', cx.unit,
              intro='Sorting the data makes both the mode and the median easy to see.',
              formula='Difference = larger of (mode, median) − smaller',
              valid=lambda env: env.sh['d'] > 0)
    sp.table = cx.table(vals)
    return sp


def k_mean_median(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    rd = ph in (1, 3)
    n = rng.choice([5, 7, 5]) if not rd else rng.choice([3, 7])
    mean_big = ph in (0, 1)

    def ok(v):
        m = Fr(sum(v), n)
        md = median(v)
        if is_term(m, 1) == rd:
            return False
        return (m > md) == mean_big and m != md and len(set(v)) == n
    vals = gen_vals(rng, n, cx.lo, cx.hi, ok)
    s = sorted(vals)
    pos = (n + 1) // 2
    med = s[pos - 1]
    g = Graph()
    steps = [sum_step(g, 'S', vals, 'Find the sum', 'add up the values', 'Sum'),
             mean_step(g, 'M', 'S', n, mean_fmt(2 if rd else None), 'Find the mean', 'divide by %d to get the mean' % n, 'Mean'),
             Step('sort', pl=cx.pl, vals=s)]
    g.add('med', lambda sh, m=med: m, Fmt(), kinds=['wrong_middle'], mids=mids_fn(s, pos))
    steps.append(Step('medodd', n=n, pos=pos, m=Def('med')))
    if mean_big:
        g.add('d', lambda sh: sh['M'] - sh['med'], Fmt(d=2, auto=2), kinds=SUBK + ['last_digit'])
        steps.append(Step('calc', 'Compare', 'subtract the median from the mean', 'Difference',
                          [Chain([Sub(Ref('M'), Ref('med')), Def('d')])]))
        q = {0: 'How much greater is the mean than the median?',
             1: 'By how much does the mean %s exceed the median %s?' % (cx.what, cx.what)}[ph]
        ans = 'the mean is greater than the median by'
        ans = 'the difference between the mean and the median'
    else:
        g.add('d', lambda sh: sh['med'] - sh['M'], Fmt(d=2, auto=2), kinds=SUBK + ['last_digit'])
        steps.append(Step('calc', 'Compare', 'subtract the mean from the median', 'Difference',
                          [Chain([Sub(Ref('med'), Ref('M')), Def('d')])]))
        q = {2: 'How much greater is the median than the mean?',
             3: 'By how much does the median %s exceed the mean %s?' % (cx.what, cx.what)}[ph]
        ans = 'the difference between the median and the mean'
    problem = cx.text(rng, who, vals) + ' ' + q
    if rd:
        problem += ' Round the mean to the nearest hundredth.'
    sp = Spec(problem, g, steps, 'd', ans, cx.unit,
              intro='We need both the mean and the median, then their difference.',
              formula='Mean = sum ÷ count; Median = middle value',
              valid=lambda env: env.sh['d'] > 0)
    sp.table = cx.table(vals)
    return sp


def k_max_minus_mean(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    rd = ph in (1, 3)
    n = rng.choice([4, 5, 6]) if not rd else rng.choice([3, 6, 7])
    vals = gen_vals(rng, n, cx.lo, cx.hi, ok=lambda v: is_term(Fr(sum(v), n), 2) != rd and Fr(sum(v), n) != max(v))
    mx = max(vals)
    mn = min(vals)
    g = Graph()
    steps = [sum_step(g, 'S', vals, 'Add the values', 'add all the values', 'Sum'),
             mean_step(g, 'M', 'S', n, mean_fmt(2 if rd else None), 'Find the mean', 'divide the sum by %d' % n, 'Mean')]
    if ph in (0, 1):
        steps.append(Step('ident', 'Find the highest value', claims=[('highest', mx)], what='value'))
        g.add('d', lambda sh: mx - sh['M'], Fmt(d=2, auto=2), kinds=SUBK + ['last_digit'],
              alt=lambda sh: mx + sh['M'])
        steps.append(Step('calc', 'Subtract the mean', 'subtract the mean from the highest value', 'Difference',
                          [Chain([Sub(L(mx), Ref('M')), Def('d')])]))
        q = {0: 'How much higher than the mean is the highest value?',
             1: 'By how much does the largest of the %s exceed the mean?' % cx.pl}[ph]
        ans = 'the difference'
    else:
        steps.append(Step('ident', 'Find the lowest value', claims=[('lowest', mn)], what='value'))
        g.add('d', lambda sh: sh['M'] - mn, Fmt(d=2, auto=2), kinds=SUBK + ['last_digit'],
              alt=lambda sh: mn + sh['M'])
        steps.append(Step('calc', 'Subtract the lowest value', 'subtract the lowest value from the mean',
                          'Difference', [Chain([Sub(Ref('M'), L(mn)), Def('d')])]))
        q = {2: 'How far below the mean is the lowest value?',
             3: 'By how much is the mean greater than the smallest of the %s?' % cx.pl}[ph]
        ans = 'the difference'
    problem = cx.text(rng, who, vals) + ' ' + q
    if rd:
        problem += ' Round the mean to the nearest hundredth.'
    sp = Spec(problem, g, steps, 'd', ans, cx.unit, intro=rng.choice(MEAN_INTRO), formula=MEAN_FORMULA,
              valid=lambda env: env.sh['d'] > 0)
    sp.table = cx.table(vals)
    return sp


def k_median_after_adding(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    n = rng.choice([5, 7])
    for _ in range(5000):
        vals = rng.sample(range(cx.lo, cx.hi + 1), n)
        x = rng.randint(cx.lo, cx.hi)
        if x in vals:
            continue
        new = vals + [x]
        s2 = sorted(new)
        a, b = s2[n // 2], s2[n // 2 + 1]
        if a != b and median(new) != median(vals):
            break
    s1 = sorted(vals)
    s2 = sorted(vals + [x])
    m = n + 1
    a, b = s2[m // 2 - 1], s2[m // 2]
    g = Graph()
    g.add('ms', lambda sh: a + b, Fmt(), kinds=['off_by_one', 'digit_swap', 'tens_slip'])
    g.add('med2', lambda sh: sh['ms'] / 2, Fmt(), kinds=['off_by_one', 'digit_swap', 'decimal_shift'])
    steps = []
    change = ph in (2, 3)
    if change:
        pos = (n + 1) // 2
        g.add('med1', lambda sh: s1[pos - 1], Fmt(), kinds=['wrong_middle'], mids=mids_fn(s1, pos))
        steps += [Step('sort', pl=cx.pl, vals=s1, idx=1),
                  Step('medodd', n=n, pos=pos, m=Def('med1'))]
    steps += [Step('sort', 'Order the new data', pl='%s including %s' % (cx.pl, num(x)) if False else 'new data', vals=s2, idx=2),
              Step('medeven', n=m, p1=m // 2, p2=m // 2 + 1, a=a, b=b),
              Step('calc', 'Add the middle values', 'add the two middle values', 'Sum of middle values',
                   [Chain([Add(L(a), L(b)), Def('ms')])]),
              Step('calc', 'Divide by 2', 'divide by 2', 'New median', [Chain([Div(Ref('ms'), L(2)), Def('med2')])])]
    if change:
        big = median(vals + [x]) > s1[(n + 1) // 2 - 1]
        if big:
            g.add('chg', lambda sh: sh['med2'] - sh['med1'], Fmt(), kinds=SUBK)
            ch = Chain([Sub(Ref('med2'), Ref('med1')), Def('chg')])
        else:
            g.add('chg', lambda sh: sh['med1'] - sh['med2'], Fmt(), kinds=SUBK)
            ch = Chain([Sub(Ref('med1'), Ref('med2')), Def('chg')])
        steps.append(Step('calc', 'Find the change', 'find how much the median changed', 'Change', [ch]))
        q = {2: 'A new value of %s is then added. By how much does the median change?' % num(x),
             3: 'After %s is added to the data, how much does the median change?' % num(x)}[ph]
        final, ans = 'chg', 'the change in the median'
        valid = lambda env: env.sh['chg'] > 0
    else:
        q = {0: 'Then one more value, %s, is added. What is the new median?' % num(x),
             1: 'If %s is added to the list, what is the median of the new data set?' % num(x)}[ph]
        final, ans = 'med2', 'the new median'
        valid = None
    problem = cx.text(rng, who, vals) + ' ' + q
    sp = Spec(problem, g, steps, final, ans, cx.unit,
              intro='Adding a value changes the number of values from %d to %d, so we need to re-sort.' % (n, m),
              formula='Median (even count) = (sum of the two middle values) ÷ 2', valid=valid)
    return sp


def k_mean_decimal(rng, ph):
    ctxs = [('Over {nw} weeks, {town} got {L} inches of rain.', 'rainfall amounts', 'the mean weekly rainfall',
             ' inches', 2, 38, 'What was the mean weekly rainfall?'),
            ("{name}'s times in the 100-meter dash were {L} seconds.", 'times', "{name}'s average time",
             ' seconds', 118, 169, 'What was {his} average time?'),
            ('{name} measured the growth of {nw} bean plants in one week: {L} centimeters.', 'growth amounts',
             'the average growth', ' cm', 8, 49, 'What was the average growth per plant?'),
            ('At a track meet, {nw} long jumps measured {L} meters.', 'jump lengths', 'the mean jump length',
             ' meters', 21, 48, 'What is the mean length of the jumps?')]
    sent, pl, ans, unit, lo, hi, q = ctxs[ph]
    who = Who(rng)
    n = rng.choice([3, 4, 5])
    d = 2 if ph in (1, 3) else None
    ok = (lambda v: is_term(Fr(sum(v), n * 10), 2)) if d is None else (lambda v: not is_term(Fr(sum(v), n * 10), 2))
    if d is not None and n in (4, 5):
        n = 3
        ok = lambda v: not is_term(Fr(sum(v), n * 10), 2)
    iv = gen_vals(rng, n, lo, hi, ok)
    vals = [Fr(v, 10) for v in iv]
    g = Graph()
    town = rng.choice(TOWNS)
    problem = who.fmt(sent, L=wlist(rng, vals), nw=W(n), town=town) + ' ' + who.fmt(q)
    if d is not None:
        problem += ' Round to the nearest hundredth.'
    steps = [sum_step(g, 'S', vals, 'Add the measurements', 'add the %d measurements' % n, 'Sum',
                      kinds=['last_digit', 'digit_swap', 'off_by_one', 'decimal_shift']),
             mean_step(g, 'M', 'S', n, mean_fmt(d), 'Divide by %d' % n, 'divide the sum by %d' % n, 'Mean')]
    return Spec(problem, g, steps, 'M', who.fmt(ans), unit, intro=rng.choice(MEAN_INTRO), formula=MEAN_FORMULA)


def k_mean_money(rng, ph):
    ctxs = [('{name} compared the price of the same notebook at {nw} stores: {L}.',
             'What is the average price?', 'the average price'),
            ('{name} spent {L} on lunch on {nw} school days.', 'What was the mean amount {he} spent per day?',
             'the mean amount spent per day'),
            ('The prices of {nw} different brands of peanut butter are {L}.',
             'What is the mean price of a jar?', 'the mean price'),
            ('{name} earned {L} in tips during {nw} shifts at the cafe.',
             'What was {his} average amount of tips per shift?', 'the average amount of tips per shift')]
    sent, q, ans = ctxs[ph]
    who = Who(rng)
    n = rng.choice([3, 4, 5])
    rng_c = {0: (149, 689), 1: (350, 925), 2: (219, 749), 3: (1200, 4850)}[ph]
    exact = rng.random() < 0.45
    step = rng.choice([1, 5, 25])
    if not exact:
        n = rng.choice([3, 6, 7])

    def ok(v):
        t = Fr(sum(v), 100 * n)
        return is_term(t, 2) == exact
    iv = gen_vals(rng, n, rng_c[0] // step, rng_c[1] // step, ok=lambda v: ok([x * step for x in v]))
    vals = [Fr(x * step, 100) for x in iv]
    g = Graph()
    problem = who.fmt(sent, L=wlist(rng, vals, money=True), nw=W(n)) + ' ' + who.fmt(q)
    if not exact:
        problem += ' Round to the nearest cent.'
    steps = [sum_step(g, 'S', vals, 'Add the amounts', 'add the amounts', 'Total', money=True,
                      kinds=['last_digit', 'digit_swap', 'off_by_one', 'tens_slip']),
             mean_step(g, 'M', 'S', n, Fmt(d=2, auto=2, money=True), 'Divide by %d' % n,
                       'divide the total by %d' % n, 'Average',
                       kinds=['last_digit', 'digit_swap', 'off_by_one', 'wrong_rounding'])]
    return Spec(problem, g, steps, 'M', who.fmt(ans), '', intro=rng.choice(MEAN_INTRO), formula=MEAN_FORMULA)


def k_mad(rng, ph):
    cx = pick_ctx(rng)
    who = Who(rng)
    dq = {0: None, 1: None, 2: 1, 3: 2}[ph]
    n = rng.choice([4, 5, 6]) if dq is None else rng.choice([3, 6])

    def ok(v):
        if sum(v) % n:
            return False
        m = sum(v) // n
        if m in v and v.count(m) > 1:
            return False
        dev = sum(abs(x - m) for x in v)
        if dq is None:
            return is_term(Fr(dev, n), 2)
        return not is_term(Fr(dev, n), dq)
    vals = gen_vals(rng, n, cx.lo, min(cx.hi, cx.lo + 30), ok)
    m = sum(vals) // n
    g = Graph()
    steps = [sum_step(g, 'S', vals, 'Find the sum', 'add the values', 'Sum'),
             mean_step(g, 'M', 'S', n, Fmt(), 'Find the mean', 'divide by %d to find the mean' % n, 'Mean')]
    chains = []
    names = []
    for i, x in enumerate(vals):
        nm = 'dv%d' % i
        names.append(nm)
        if x >= m:
            g.add(nm, lambda sh, x=x: x - sh['M'], Fmt(), kinds=['off_by_one', 'digit_swap', 'wrong_op'],
                  alt=lambda sh, x=x: x + sh['M'])
            chains.append(Chain([Sub(L(x), Ref('M')), Def(nm)]))
        else:
            g.add(nm, lambda sh, x=x: sh['M'] - x, Fmt(), kinds=['off_by_one', 'digit_swap', 'wrong_op'],
                  alt=lambda sh, x=x: x + sh['M'])
            chains.append(Chain([Sub(Ref('M'), L(x)), Def(nm)]))
    steps.append(Step('calc', 'Find each distance from the mean',
                      'find how far each value is from the mean (always subtract the smaller number)',
                      'Distances from the mean', chains))
    g.add('SD', lambda sh: sum((sh[x] for x in names), Fr(0)), Fmt(), kinds=SUMK)
    steps.append(Step('calc', 'Add the distances', 'add the distances', 'Sum of distances',
                      [Chain([Add(*[Ref(x) for x in names]), Def('SD')])]))
    g.add('MAD', lambda sh: sh['SD'] / n, mean_fmt(dq), kinds=DIVK)
    steps.append(Step('calc', 'Divide by the number of values', 'divide by %d' % n, 'MAD',
                      [Chain([Div(Ref('SD'), L(n)), Def('MAD')])]))
    q = {0: 'What is the mean absolute deviation (MAD) of the %s?' % cx.pl,
         1: 'Find the mean absolute deviation of this data set.',
         2: 'What is the mean absolute deviation of the data, rounded to the nearest tenth?',
         3: 'Find the mean absolute deviation. Round to the nearest hundredth if needed.'}[ph]
    problem = cx.text(rng, who, vals) + ' ' + q
    sp = Spec(problem, g, steps, 'MAD', 'the mean absolute deviation', cx.unit,
              intro='The MAD is the average distance of the values from the mean.',
              formula='MAD = (sum of distances from the mean) ÷ (number of values)',
              valid=lambda env: all(env.sh[x] >= 0 for x in names))
    sp.table = cx.table(vals)
    return sp


def k_two_lists_diff(rng, ph):
    ctxs = [("In Ms. {t}'s class, {nw1} students scored {L1} on a quiz. In Mr. {u}'s class, {nw2} students scored {L2}.",
             'How much higher was the mean score in the class with the higher mean?', 'the difference between the class means', ' points', 62, 99),
            ('The Hawks scored {L1} points in their first {nw1} games. The Owls scored {L2} points in their first {nw2} games.',
             'By how many points per game does the better team\'s average exceed the other team\'s average?', 'the difference in averages', ' points', 38, 79),
            ('Team A picked {L1} pounds of apples on {nw1} days. Team B picked {L2} pounds on {nw2} days.',
             'What is the difference between the two teams\' mean daily amounts?', 'the difference between the means', ' pounds', 20, 65),
            ('{nw1} first graders read {L1} books in a month, while {nw2} second graders read {L2} books.',
             'How much greater is the higher of the two mean numbers of books?', 'the difference between the means', ' books', 3, 22)]
    sent, q, ans, unit, lo, hi = ctxs[ph]
    rd = ph in (1, 3)
    n1, n2 = rng.choice([(4, 4), (4, 5), (5, 4), (5, 5), (3, 4)]) if not rd else rng.choice([(3, 4), (3, 3), (6, 5), (4, 3)])
    for _ in range(5000):
        v1 = gen_vals(rng, n1, lo, hi, ok=lambda v: is_term(Fr(sum(v), n1), 2) or rd)
        v2 = gen_vals(rng, n2, lo, hi, ok=lambda v: is_term(Fr(sum(v), n2), 2) or rd)
        if rd and is_term(Fr(sum(v1), n1), 2) and is_term(Fr(sum(v2), n2), 2):
            continue
        if Fr(sum(v1), n1) != Fr(sum(v2), n2):
            break
    big1 = Fr(sum(v1), n1) > Fr(sum(v2), n2)
    t, u = rng.sample(['Lopez', 'Chen', 'Patel', 'Okafor', 'Brooks', 'Nguyen', 'Rivera', 'Kim'], 2)
    problem = sent.format(t=t, u=u, nw1=W(n1).capitalize() if sent.startswith('{nw1}') else W(n1), nw2=W(n2),
                          L1=wlist(rng, v1), L2=wlist(rng, v2)) + ' ' + q + (' Round each mean to the nearest hundredth first.' if rd else '')
    g = Graph()
    A, B = ('first', 'second')
    A, B = [('A', 'B'), ('first group', 'second group')][rng.randrange(2)]
    steps = [sum_step(g, 'S1', v1, 'Sum for the first group', 'add the first group\'s values', 'Sum (%s)' % A),
             mean_step(g, 'M1', 'S1', n1, mean_fmt(2 if rd else None), 'Mean of the first group', 'divide by %d' % n1, 'Mean (%s)' % A),
             sum_step(g, 'S2', v2, 'Sum for the second group', 'add the second group\'s values', 'Sum (%s)' % B),
             mean_step(g, 'M2', 'S2', n2, mean_fmt(2 if rd else None), 'Mean of the second group', 'divide by %d' % n2, 'Mean (%s)' % B)]
    if big1:
        g.add('d', lambda sh: sh['M1'] - sh['M2'], Fmt(d=2, auto=2), kinds=SUBK + ['last_digit'])
        ch = Chain([Sub(Ref('M1'), Ref('M2')), Def('d')])
    else:
        g.add('d', lambda sh: sh['M2'] - sh['M1'], Fmt(d=2, auto=2), kinds=SUBK + ['last_digit'])
        ch = Chain([Sub(Ref('M2'), Ref('M1')), Def('d')])
    steps.append(Step('calc', 'Find the difference', 'subtract the smaller mean from the larger one', 'Difference', [ch]))
    return Spec(problem, g, steps, 'd', ans, unit, intro='Find each mean separately, then subtract.',
                formula=MEAN_FORMULA, valid=lambda env: env.sh['d'] > 0)


def k_season_two_parts(rng, ph):
    ctxs = [('{name} scored {L1} points in the first {nw1} games of the season and {L2} points in the next {nw2} games.',
             'What was {his} average number of points per game for all {nt} games?', "{name}'s average", ' points', 6, 32),
            ('{name} ran {L1} miles on the {nw1} days of one weekend trip and {L2} miles on the {nw2} days of the next.',
             'What is the mean distance per day over all {nt} days?', 'the mean distance per day', ' miles', 2, 9),
            ('A bakery sold {L1} pies on {nw1} weekdays and {L2} pies on {nw2} weekend days.',
             'What was the average number of pies sold per day over these {nt} days?', 'the average number of pies per day', ' pies', 12, 48),
            ('On {his} first {nw1} tests {name} scored {L1}, and on the next {nw2} tests {he} scored {L2}.',
             'What is {his} mean score on all {nt} tests?', "{name}'s mean score", '', 64, 99)]
    sent, q, ans, unit, lo, hi = ctxs[ph]
    who = Who(rng)
    n1, n2 = rng.choice([(3, 2), (4, 2), (3, 3), (2, 3), (4, 3)])
    nt = n1 + n2
    d = 1 if ph in (1, 3) else None
    if d:
        n1, n2 = rng.choice([(3, 3), (4, 3), (2, 4), (4, 2), (5, 2)])
        nt = n1 + n2
    v1 = gen_vals(rng, n1, lo, hi)
    v2 = gen_vals(rng, n2, lo, hi, ok=lambda v: is_term(Fr(sum(v1) + sum(v), nt), 2) == (d is None))
    problem = who.fmt(sent, L1=wlist(rng, v1), L2=wlist(rng, v2), nw1=W(n1), nw2=W(n2)) + ' ' + who.fmt(q, nt=W(nt))
    if d:
        problem += ' Round to the nearest tenth.'
    g = Graph()
    steps = [sum_step(g, 'S1', v1, 'Total for the first part', 'add the first %d values' % n1, 'First total'),
             sum_step(g, 'S2', v2, 'Total for the second part', 'add the next %d values' % n2, 'Second total')]
    g.add('T', lambda sh: sh['S1'] + sh['S2'], Fmt(), kinds=SUMK, alt=lambda sh: abs(sh['S1'] - sh['S2']))
    steps.append(Step('calc', 'Combine the totals', 'add the two totals', 'Overall total',
                      [Chain([Add(Ref('S1'), Ref('S2')), Def('T')])]))
    g.add('N', lambda sh: n1 + n2, Fmt(), kinds=['off_by_one'])
    steps.append(Step('calc', 'Count all the values', 'count the values', 'Number of values',
                      [Chain([Add(L(n1), L(n2)), Def('N')])]))
    g.add('M', lambda sh: sh['T'] / sh['N'], mean_fmt(d), kinds=DIVK)
    steps.append(Step('calc', 'Divide', 'divide the overall total by the number of values', 'Mean',
                      [Chain([Div(Ref('T'), Ref('N')), Def('M')])]))
    return Spec(problem, g, steps, 'M', who.fmt(ans), unit,
                intro='The overall mean is the grand total divided by the total number of values.',
                formula=MEAN_FORMULA)


def k_rate_projection(rng, ph):
    ctxs = [('A bakery sold {L} loaves of bread on {nw} days this week.',
             'If it keeps selling at this average rate, how many loaves will it sell in {D} days?', 'loaves', ' loaves', 30, 80),
            ('{name} biked {L} miles on {nw} days.',
             'At this average rate, how many miles would {he} bike in {D} days?', 'miles', ' miles', 4, 19),
            ('A library checked out {L} books on {nw} days.',
             'If this average continues, how many books will be checked out in {D} days?', 'books', ' books', 45, 140),
            ('{name} answered {L} practice questions on {nw} days.',
             'At the same average rate, how many questions will {he} answer in {D} days?', 'questions', ' questions', 12, 40)]
    sent, q, what, unit, lo, hi = ctxs[ph]
    who = Who(rng)
    n = rng.choice([4, 5, 6])
    vals = gen_vals(rng, n, lo, hi, ok=lambda v: sum(v) % n == 0)
    D = rng.choice([10, 12, 14, 15, 20, 30])
    problem = who.fmt(sent, L=wlist(rng, vals), nw=W(n)) + ' ' + who.fmt(q, D=D)
    g = Graph()
    steps = [sum_step(g, 'S', vals, 'Find the total', 'add the daily amounts', 'Total'),
             mean_step(g, 'M', 'S', n, mean_fmt(None), 'Find the daily average', 'divide by %d days' % n, 'Average per day'),
             ]
    g.add('P', lambda sh: sh['M'] * D, Fmt(d=2, auto=2), kinds=MULK, alt=lambda sh: sh['M'] + D)
    steps.append(Step('calc', 'Project', 'multiply the daily average by %d days' % D, 'Projected total',
                      [Chain([Mul(Ref('M'), L(D)), Def('P')])]))
    return Spec(problem, g, steps, 'P', 'the projected total', unit,
                intro='First find the average per day, then scale it up.',
                formula='Projected total = (average per day) × (number of days)')


def k_drop_lowest(rng, ph):
    cx = rng.choice([c for c in INT_CTX if c.key in ('tests', 'spelling', 'bowling', 'hoops', 'laps', 'jumps')])
    who = Who(rng)
    d = {0: None, 1: None, 2: 1, 3: 2}[ph]
    n = rng.choice([5, 6]) if d is None else rng.choice([4, 7])

    def ok(v):
        if v.count(min(v)) > 1:
            return False
        m = Fr(sum(v) - min(v), n - 1)
        return is_term(m, 2) if d is None else not is_term(m, d)
    vals = gen_vals(rng, n, cx.lo, cx.hi, ok)
    mn = min(vals)
    g = Graph()
    steps = [Step('ident', 'Find the lowest value', claims=[('lowest', mn)], what='value'),
             sum_step(g, 'S', vals, 'Add all the values', 'add all %d values' % n, 'Sum of all')]
    g.add('R', lambda sh: sh['S'] - mn, Fmt(), kinds=SUBK, alt=lambda sh: sh['S'] + mn)
    steps.append(Step('calc', 'Remove the lowest value', 'subtract the lowest value', 'Remaining total',
                      [Chain([Sub(Ref('S'), L(mn)), Def('R')])]))
    g.add('M', lambda sh: sh['R'] / (n - 1), mean_fmt(d), kinds=DIVK)
    steps.append(Step('calc', 'Divide by the remaining count', 'divide by the %d remaining values' % (n - 1), 'New mean',
                      [Chain([Div(Ref('R'), L(n - 1)), Def('M')])]))
    q = {0: 'If the lowest value is dropped, what is the mean of the remaining %s?' % cx.pl,
         1: "{name}'s coach drops the lowest one. What is the average of the rest?",
         2: 'After dropping the lowest value, what is the mean? Round to the nearest tenth.',
         3: 'If the lowest value is thrown out, what is the new average? Round to the nearest hundredth if needed.'}[ph]
    problem = cx.text(rng, who, vals) + ' ' + who.fmt(q)
    sp = Spec(problem, g, steps, 'M', 'the new mean', cx.unit,
              intro='Remove the lowest value, then average what is left.', formula=MEAN_FORMULA)
    sp.table = cx.table(vals)
    return sp


KINDS_A = [('mean_basic', k_mean_basic), ('mean_count', k_mean_count), ('median_odd_diff', k_median_odd_diff),
           ('median_even', k_median_even), ('range_new', k_range_new), ('mode_median', k_mode_median),
           ('mean_median', k_mean_median), ('max_minus_mean', k_max_minus_mean),
           ('median_after_adding', k_median_after_adding), ('mean_decimal', k_mean_decimal),
           ('mean_money', k_mean_money), ('mad', k_mad), ('two_lists_diff', k_two_lists_diff),
           ('season_two_parts', k_season_two_parts), ('rate_projection', k_rate_projection),
           ('drop_lowest', k_drop_lowest)]
