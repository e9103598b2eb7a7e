"""Problem structures: each has a builder (problem text + data) and a solver (drives the renderer)."""
from fractions import Fraction as F
from core import N, M, Mw, H, Num, join_list, rnd, is_term, min_dp, dec_str, tstr, GenError
from scen import CAT, DAYS5, DAYS7, MONTHS, short


def fi(v):
    """problem-side integer formatting with thousands separators"""
    return '{:,}'.format(v)


def fm(v):
    v = F(v)
    if v.denominator == 1:
        return '$%d' % int(v)
    return '$' + dec_str(v, 2)


def ptable(mode, lw, head, labs, vals, title=None):
    out = []
    if mode == 0:
        if title:
            out.append('**%s**' % title)
            out.append('')
        out.append('| %s | %s |' % (lw, head))
        out.append('|---|---|')
        for l, v in zip(labs, vals):
            out.append('| %s | %s |' % (l, v))
    elif mode == 1:
        if title:
            out.append(title + ':')
        for l, v in zip(labs, vals):
            out.append('%s: %s' % (l, v))
    elif mode == 2:
        out.append('%s — %s' % (lw, head))
        for l, v in zip(labs, vals):
            out.append('%s — %s' % (l, v))
    else:
        out.append('; '.join('%s: %s' % (l, v) for l, v in zip(labs, vals)) + '.')
    return '\n'.join(out)


def pnum(ctx, v):
    return fi(v)


def rand_vals(rng, ctx, n, distinct=True):
    lo, hi = ctx['lo'], ctx['hi']
    for _ in range(200):
        vs = [rng.randint(lo, hi) for _ in range(n)]
        if ctx['key'] == 'steps' if False else False:
            pass
        if not distinct or len(set(vs)) == n:
            return vs
    return vs


def labs_for(ctx, rng, n):
    L = ctx['labels']
    if n >= len(L):
        return list(L)
    if L[0] in ('Monday', 'January', 'Game 1', 'Grade 1', 'Class 3A', 'Thursday'):
        return list(L[:n])
    return list(L[:n])


def pairs(labs, nums, shortl=False):
    return [(short(l) if shortl else l, n) for l, n in zip(labs, nums)]


def intro_table(ctx, labs, vals, mode, title=True):
    return ctx['intro'] + '\n\n' + ptable(mode, ctx['lw'], ctx['head'], labs, [fi(v) for v in vals],
                                         ctx['title'] if title and mode in (0, 1) else None)


def add_items(nums):
    items = []
    for i, n in enumerate(nums):
        if i:
            items.append('+')
        items.append(n)
    return items


def restate(R, ctx, labs, nums, lead=None):
    lead = lead or R.pick(['From the table', 'Reading the table', 'The data'])
    sl = R.style == 'terse' or (R.style in ('prose', 'bullets') and R.rng.random() < 0.3)
    R.restate(pairs(labs, nums, sl), lead=lead, unit=ctx['unit'] if R.style == 'bullets' else '',
              cols=(ctx['lw'], ctx['head']))


# ============================================================ categorical structures

def b_total(ctx, j, ns, rng):
    n = len(ctx['labels']) if ctx['labels'][0] in ('Monday', 'Thursday') else rng.choice([4, 5, 6])
    labs = labs_for(ctx, rng, n)
    vals = rand_vals(rng, ctx, n, distinct=False)
    q = ctx['tot']
    return intro_table(ctx, labs, vals, j % 4) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_total(R, ctx, d):
    R.intro('find the total number of %s' % ctx['unit'])
    R.head('Read the data')
    nums = [N(v) for v in d['vals']]
    restate(R, ctx, d['labs'], nums)
    R.head('Add the values')
    t = R.total(nums, lab='Total', sents=['Adding them all together: {eq}.', 'Now add: {eq}.',
                                          'The sum is {eq}.'], unit=ctx['unit'])
    R.final(t, 'The total is {ans}.', ctx['unit'])


def b_more(ctx, j, ns, rng):
    n = len(ctx['labels']) if ctx['labels'][0] in ('Monday', 'Thursday') else rng.choice([4, 5, 6])
    labs = labs_for(ctx, rng, n)
    vals = rand_vals(rng, ctx, n)
    ia, ib = rng.sample(range(n), 2)
    if vals[ia] < vals[ib]:
        ia, ib = ib, ia
    fewer = (j % 2 == 1)
    if fewer:
        q = 'How many fewer %s were there for %s than for %s?' % (ctx['unit'], labs[ib], labs[ia])
        if ctx['id'] in ('library', 'laps', 'museum', 'steps', 'tickets'):
            q = 'How many fewer %s were recorded on %s than on %s?' % (ctx['unit'], labs[ib], labs[ia])
    else:
        q = ctx['more'].format(a=labs[ia], b=labs[ib])
    return intro_table(ctx, labs, vals, (j + 1) % 4) + '\n\n' + q, dict(labs=labs, vals=vals, a=ia, b=ib, fewer=fewer)


def s_more(R, ctx, d):
    a, b = d['a'], d['b']
    la, lb = d['labs'][a], d['labs'][b]
    va, vb = N(d['vals'][a]), N(d['vals'][b])
    R.intro('compare %s and %s' % (la, lb))
    R.head('Read the two values')
    R.restate([(la, va), (lb, vb)], lead=R.pick(['From the table', 'Reading off the table', 'The values we need']),
              unit=ctx['unit'] if R.style == 'bullets' else '', cols=(ctx['lw'], ctx['head']))
    R.head('Subtract')
    w = 'fewer' if d['fewer'] else 'more'
    diff = R.calc([va, '-', vb], lab='Difference',
                  sents=['The difference is {eq}.',
                         'Subtracting the smaller value from the larger one: {eq}.',
                         '%s minus %s: {eq}.' % (la, lb)], unit=ctx['unit'])
    if d['fewer']:
        R.final(diff, '%s had {ans} fewer than %s.' % (lb, la), ctx['unit'])
    else:
        R.final(diff, '%s had {ans} more than %s.' % (la, lb), ctx['unit'])


def b_range(ctx, j, ns, rng):
    n = len(ctx['labels']) if ctx['labels'][0] in ('Monday', 'Thursday') else rng.choice([5, 6])
    labs = labs_for(ctx, rng, n)
    vals = rand_vals(rng, ctx, n)
    if ns == 2:  # tie for the greatest
        m = max(vals)
        i = vals.index(m)
        k = (i + 2) % n
        vals[k] = m
    if ns == 3:  # tie for the least
        m = min(vals)
        i = vals.index(m)
        k = (i + 1) % n
        vals[k] = m
    q = rng.choice(['What is the difference between the greatest and the least number of %s?' % ctx['unit'],
                    'How many more %s were there in the highest category than in the lowest?' % ctx['unit']])
    if j % 2:
        q = 'Find the range of the data (greatest value minus least value).'
    return intro_table(ctx, labs, vals, (j + 2) % 4) + '\n\n' + q, dict(labs=labs, vals=vals)


def maxmin_notes(R, ctx, labs, nums):
    mx = max(n.v for n in nums)
    mn = min(n.v for n in nums)
    tops = [l for l, n in zip(labs, nums) if n.v == mx]
    bots = [l for l, n in zip(labs, nums) if n.v == mn]
    big = [n for n in nums if n.v == mx][0]
    small = [n for n in nums if n.v == mn][0]
    if len(tops) > 1:
        R.note('%s tie for the greatest value, %s. Either one gives the same maximum.' % (join_list(tops), R.t(big)))
    else:
        R.say('Greatest: %s (%s)' % (R.t(big), tops[0]))
    if len(bots) > 1:
        R.note('%s tie for the least value, %s.' % (join_list(bots), R.t(small)))
    else:
        R.say('Least: %s (%s)' % (R.t(small), bots[0]))
    return big, small


def sorted_line(R, nums, lead='In order from least to greatest'):
    srt = sorted(nums, key=lambda n: n.v)
    R.say('%s: %s' % (lead, ', '.join(R.t(n) for n in srt)))
    return srt


def s_range(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    R.intro('find the greatest and least values and subtract')
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Sort and find the extremes')
    sorted_line(R, nums)
    big, small = maxmin_notes(R, ctx, d['labs'], nums)
    R.head('Subtract')
    r = R.calc([big, '-', small], lab='Range', sents=['Range = {eq}.', 'So the difference is {eq}.'],
               unit=ctx['unit'])
    R.final(r, 'The difference between the greatest and least is {ans}.', ctx['unit'])


def b_mean(ctx, j, ns, rng):
    n = len(ctx['labels']) if ctx['labels'][0] in ('Monday', 'Thursday') else [5, 4, 6, 6][ns]
    labs = labs_for(ctx, rng, n)
    for _ in range(500):
        vals = rand_vals(rng, ctx, n, distinct=False)
        s = sum(vals)
        if ns == 0 and s % n == 0:
            break
        if ns == 1 and s % n != 0 and is_term(F(s, n), 2):
            break
        if ns >= 2 and not is_term(F(s, n), 2):
            break
    q = 'What is the mean (average) number of %s %s? Round to the nearest tenth if needed.' % (ctx['unit'], ctx['per'])
    if j % 2:
        q = 'Find the average %s. If the answer is not a whole number, round it to one decimal place.' % (
            'number of %s %s' % (ctx['unit'], ctx['per']))
    return intro_table(ctx, labs, vals, (j + 3) % 4) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_mean(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    n = len(nums)
    R.intro('find the mean, which is the total divided by the number of values')
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Find the total')
    t = R.total(nums, lab='Total', sents=['First the total: {eq}.', 'Adding: {eq}.'], unit=ctx['unit'])
    R.head('Divide by the number of values')
    R.say(R.pick(['There are %d values.' % n, 'There are %d entries in the table.' % n]))
    m = R.calc([t, '/', N(n)], lab='Mean', round_to=1, sents=['Mean = {eq}.', 'Dividing, {eq}.'])
    R.final(m, 'The mean is {ans} %s.' % ctx['per'], ctx['unit'])


def b_pct_one(ctx, j, ns, rng):
    n = len(ctx['labels']) if ctx['labels'][0] in ('Monday', 'Thursday') else rng.choice([4, 5, 6])
    labs = labs_for(ctx, rng, n)
    for _ in range(300):
        vals = rand_vals(rng, ctx, n, distinct=False)
        ia = rng.randrange(n)
        p = F(vals[ia] * 100, sum(vals))
        if ns == 0 and is_term(p, 1):
            break
        if ns > 0 and not is_term(p, 1):
            break
    q = 'What percent of all the %s were for %s? Round to the nearest tenth of a percent.' % (ctx['unit'], labs[ia])
    if j % 2:
        q = 'What percentage of the total does %s make up? Give your answer to one decimal place.' % labs[ia]
    return intro_table(ctx, labs, vals, j % 4) + '\n\n' + q, dict(labs=labs, vals=vals, a=ia)


def s_pct_one(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    a = d['a']
    R.intro('divide the %s value by the total and convert to a percent' % d['labs'][a])
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Total')
    t = R.total(nums, lab='Total', sents=['The total is {eq}.', 'All together: {eq}.'], unit=ctx['unit'])
    R.head('Percent for %s' % d['labs'][a])
    if R.rng.random() < 0.5:
        p = R.calc([nums[a], '/', t], pct_chain=True, approx_dp=1, lab='%s share' % d['labs'][a],
                   sents=['%s: {eq}.' % d['labs'][a], 'The share is {eq}.'])
    else:
        p = R.calc([('frac', nums[a], t), '*', N(100)], kind='pct', approx_dp=1, lab='Percent',
                   sents=['Percent = {eq}.', 'As a percent: {eq}.'])
    R.final(p, '%s makes up about {ans} of the total.' % d['labs'][a] if not is_term(p.v, 0) or True else '')


def b_pct_all(ctx, j, ns, rng):
    n = rng.choice([3, 4, 5]) if ctx['labels'][0] not in ('Monday',) else 5
    labs = labs_for(ctx, rng, n)
    dp = 0 if j % 2 == 0 else 1
    for _ in range(800):
        vals = rand_vals(rng, ctx, n, distinct=False)
        s = sum(vals)
        ps = [rnd(F(v * 100, s), dp) for v in vals]
        tot = sum(ps)
        if ns in (1, 3) and tot != 100:
            break
        if ns in (0, 2) and tot == 100 and any(not is_term(F(v * 100, s), dp) for v in vals):
            break
    ia = rng.randrange(n)
    rd = 'the nearest whole percent' if dp == 0 else 'the nearest tenth of a percent'
    q = ('Find the percent of the total for each category, rounded to %s, and check that they add up. '
         'What percent is %s?' % (rd, labs[ia]))
    return intro_table(ctx, labs, vals, (j + 1) % 4) + '\n\n' + q, dict(labs=labs, vals=vals, a=ia, dp=dp)


def s_pct_all(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    R.intro('work out each percent of the total')
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Total')
    t = R.total(nums, lab='Total', sents=['Total = {eq}.', 'First the total: {eq}.'], unit=ctx['unit'])
    R.head('Percent for each category')
    rows = [(l, R.t(n), [('frac', n, t), '*', N(100)]) for l, n in zip(d['labs'], nums)]
    ps = R.per_item(rows, (ctx['lw'], ctx['head'], 'Percent'), kind='pct', approx_dp=d['dp'])
    R.head('Check the sum')
    s = R.total(ps, lab='Sum of percents', sents=['Adding the percents: {eq}.', 'Check: {eq}.'], kind='pct')
    if s.v != 100:
        R.note('The percents add to %s instead of 100%% only because each one was rounded.' % R.t(s))
    else:
        R.say(R.pick(['They add up to 100%, as they should.', 'Good, that is 100%.']))
    R.final(ps[d['a']], '%s is {ans} of the total.' % d['labs'][d['a']])


# ---------------------------------------------------------------- pictographs
SYM = [('★', 'star', 'stars'), ('●', 'circle', 'circles'), ('■', 'square', 'squares'), ('☺', 'smiley', 'smileys')]


def pict_rows(rng, n, lo_half, hi_half, need_half=True):
    hs = [rng.randint(lo_half, hi_half) for _ in range(n)]
    if need_half and all(h % 2 == 0 for h in hs):
        hs[rng.randrange(n)] += 1
    return hs


def pict_problem(ctx, labs, halves, k, sym, j):
    ch, nm, nms = sym
    lines = [ctx['intro'].replace('kept track of', 'made a pictograph of').replace('recorded', 'made a pictograph of')
             if False else ctx['intro'], '']
    lines.append('**%s**' % ctx['title'] if j % 2 == 0 else '%s (pictograph)' % ctx['title'])
    for l, h in zip(labs, halves):
        row = ch * (h // 2) + ('½' if h % 2 else '')
        lines.append('%s: %s' % (l, row))
    lines.append('')
    if j % 2 == 0:
        lines.append('Key: each %s = %s %s, and ½ means half a %s (%s %s).' % (ch, fi(k), ctx['unit'], nm,
                                                                            fi(k // 2), ctx['unit']))
    else:
        lines.append('Each %s stands for %s %s. A ½ stands for half of a %s.' % (ch, fi(k), ctx['unit'], nm))
    return '\n'.join(lines)


def pick_key(ctx, rng):
    return rng.choice(ctx['key'])


def b_pict_total(ctx, j, ns, rng):
    n = min(len(ctx['labels']), rng.choice([4, 5]))
    labs = labs_for(ctx, rng, n)
    k = pick_key(ctx, rng)
    halves = pict_rows(rng, n, 2, 13)
    sym = SYM[(j + ns) % 4]
    q = ctx['tot']
    return pict_problem(ctx, labs, halves, k, sym, j) + '\n\n' + q, dict(labs=labs, h=halves, k=k, sym=sym)


def pict_read(R, ctx, d, labs=None, idx=None):
    ch, nm, nms = d['sym']
    k = N(d['k'])
    idx = idx if idx is not None else list(range(len(d['labs'])))
    rows = []
    for i in idx:
        h = F(d['h'][i], 2)
        cnt = H(h)
        given = '%s %s' % (R.fnum(cnt), nms if h != 1 else nm)
        rows.append((d['labs'][i], given, [cnt, '*', k]))
    return rows


def s_pict_total(R, ctx, d):
    ch, nm, nms = d['sym']
    k = N(d['k'])
    R.intro('count the symbols in each row and multiply by the key')
    R.say(R.pick(['Each %s = %s %s, so half a %s = %s.' % (ch, R.t(k), ctx['unit'], nm, R.t(N(d['k'] // 2))),
                  'Key: 1 %s = %s %s.' % (nm, R.t(k), ctx['unit'])]))
    method = R.rng.random()
    if method < 0.7:
        R.head('Convert each row')
        vals = R.per_item(pict_read(R, ctx, d), (ctx['lw'], nms.capitalize(), ctx['unit'].capitalize()),
                          unit=ctx['unit'])
        R.head('Add')
        t = R.total(vals, lab='Total', sents=['Adding the rows: {eq}.', 'Total: {eq}.'], unit=ctx['unit'])
    else:
        R.head('Count all the symbols')
        cnts = [H(F(h, 2)) for h in d['h']]
        R.restate([(l, '%s' % R.t(c)) for l, c in zip(d['labs'], cnts)], lead='Symbols per row',
                  cols=(ctx['lw'], nms.capitalize()))
        s = R.total(cnts, lab='Total %s' % nms, sents=['That is {eq} %s in all.' % nms], kind='half')
        s = Num(s.v, 'half')
        R.head('Multiply by the key')
        t = R.calc([s, '*', k], lab='Total', sents=['Each %s is worth %s, so {eq}.' % (nm, R.t(k))],
                   unit=ctx['unit'])
    R.final(t, 'The total is {ans}.', ctx['unit'])


def b_pict_more(ctx, j, ns, rng):
    n = min(len(ctx['labels']), rng.choice([4, 5]))
    labs = labs_for(ctx, rng, n)
    k = pick_key(ctx, rng)
    for _ in range(100):
        halves = pict_rows(rng, n, 2, 13)
        if len(set(halves)) == n:
            break
    ia, ib = rng.sample(range(n), 2)
    if halves[ia] < halves[ib]:
        ia, ib = ib, ia
    if ns == 1 and halves[ia] % 2 == 0:
        halves[ia] += 1 if halves[ia] + 1 not in halves else 0
    sym = SYM[(j + ns + 1) % 4]
    q = ctx['more'].format(a=labs[ia], b=labs[ib])
    return pict_problem(ctx, labs, halves, k, sym, j) + '\n\n' + q, dict(labs=labs, h=halves, k=k, sym=sym, a=ia, b=ib)


def s_pict_more(R, ctx, d):
    ch, nm, nms = d['sym']
    k = N(d['k'])
    a, b = d['a'], d['b']
    la, lb = d['labs'][a], d['labs'][b]
    ca, cb = H(F(d['h'][a], 2)), H(F(d['h'][b], 2))
    R.intro('find how many more %s had than %s' % (la, lb))
    if R.rng.random() < 0.6:
        R.head('Convert both rows')
        va, vb = R.per_item(pict_read(R, ctx, d, idx=[a, b]), (ctx['lw'], nms.capitalize(),
                                                                ctx['unit'].capitalize()), unit=ctx['unit'])
        R.head('Compare')
        diff = R.calc([va, '-', vb], lab='Difference', sents=['%s had {eq} more.' % la,
                                                                'The difference is {eq}.'], unit=ctx['unit'])
    else:
        R.head('Compare the symbols first')
        R.say('%s has %s %s and %s has %s %s.' % (la, R.t(ca), nms if ca.v != 1 else nm, lb, R.t(cb),
                                                  nms if cb.v != 1 else nm))
        ds = R.calc([ca, '-', cb], kind='half', lab='Difference in %s' % nms,
                    sents=['That is {eq} more.', 'The difference is {eq}.'], unit=nms)
        ds = Num(ds.v, 'half')
        R.head('Use the key')
        diff = R.calc([ds, '*', k], lab='Difference', sents=['Each %s is %s, so {eq}.' % (nm, R.t(k))],
                      unit=ctx['unit'])
    R.final(diff, '%s had {ans} more than %s.' % (la, lb), ctx['unit'])


def b_pict_need(ctx, j, ns, rng):
    n = min(len(ctx['labels']), 4)
    labs = labs_for(ctx, rng, n)
    k = pick_key(ctx, rng)
    halves = pict_rows(rng, n, 2, 11)
    ib = rng.randrange(n)
    base = F(halves[ib], 2) * k
    extra_h = rng.randint(1, 6)
    extra = extra_h * k // 2
    sym = SYM[(j + ns + 2) % 4]
    ch, nm, nms = sym
    newlab = 'a new row'
    q = ('Suppose the next entry had %s more %s than %s. How many %s would be drawn for it? '
         '(Give a decimal if half a symbol is needed.)' % (fi(extra), ctx['unit'], labs[ib], nms))
    return pict_problem(ctx, labs, halves, k, sym, j) + '\n\n' + q, dict(labs=labs, h=halves, k=k, sym=sym, b=ib,
                                                                        extra=extra)


def s_pict_need(R, ctx, d):
    ch, nm, nms = d['sym']
    k = N(d['k'])
    b = d['b']
    lb = d['labs'][b]
    R.intro('read %s from the pictograph, add %s, then divide by the key' % (lb, R.t(N(d['extra']))))
    R.head('Read %s' % lb)
    vb, = R.per_item(pict_read(R, ctx, d, idx=[b]), (ctx['lw'], nms.capitalize(), ctx['unit'].capitalize()),
                     unit=ctx['unit'])
    R.head('Add the extra')
    new = R.calc([vb, '+', N(d['extra'])], lab='New entry', sents=['The new entry has {eq}.'], unit=ctx['unit'])
    R.head('Convert to symbols')
    s = R.calc([new, '/', k], kind='half', lab='%s needed' % nms.capitalize(),
               sents=['Dividing by the key: {eq}.'], unit=nms)
    if s.v.denominator == 2:
        R.note('That is %s whole %s plus half a %s.' % (int(s.v), nms, nm))
    R.final(Num(s.v, 'half'), 'It would take {ans} %s.' % nms)


def b_pict_mean(ctx, j, ns, rng):
    n = 4 if ns % 2 == 0 else 5
    n = min(n, len(ctx['labels']))
    labs = labs_for(ctx, rng, n)
    k = pick_key(ctx, rng)
    for _ in range(300):
        halves = pict_rows(rng, n, 2, 12)
        tot = F(sum(halves), 2) * k
        if ns < 2 and (tot / n).denominator == 1:
            break
        if ns >= 2 and (tot / n).denominator != 1:
            break
    sym = SYM[(j + ns + 3) % 4]
    q = 'What is the mean number of %s %s? Round to the nearest tenth if needed.' % (ctx['unit'], ctx['per'])
    return pict_problem(ctx, labs, halves, k, sym, j) + '\n\n' + q, dict(labs=labs, h=halves, k=k, sym=sym)


def s_pict_mean(R, ctx, d):
    ch, nm, nms = d['sym']
    R.intro('turn each row into a number, add them, and divide by %d' % len(d['labs']))
    R.head('Read the pictograph')
    vals = R.per_item(pict_read(R, ctx, d), (ctx['lw'], nms.capitalize(), ctx['unit'].capitalize()),
                      unit=ctx['unit'])
    R.head('Total')
    t = R.total(vals, lab='Total', sents=['The total is {eq}.'], unit=ctx['unit'])
    R.head('Mean')
    m = R.calc([t, '/', N(len(vals))], lab='Mean', round_to=1, sents=['Mean = {eq}.'])
    R.final(m, 'The mean is {ans} %s.' % ctx['per'], ctx['unit'])


# ---------------------------------------------------------------- tallies
def tally(v):
    return ' '.join(['卌'] * (v // 5) + (['|' * (v % 5)] if v % 5 else []))


def tally_problem(ctx, labs, vals, j):
    lines = [ctx['intro'].replace('recorded', 'tallied').replace('counted', 'tallied'), '']
    lines.append('Tally chart — %s' % ctx['title'])
    for l, v in zip(labs, vals):
        lines.append('%s: %s' % (l, tally(v)))
    lines.append('')
    lines.append('(卌 stands for a bundle of 5 tally marks; each | is 1.)' if j % 2 == 0 else
                 '(Each 卌 is a group of five marks.)')
    return '\n'.join(lines)


def tally_rows(R, labs, vals):
    rows = []
    for l, v in zip(labs, vals):
        g, r = divmod(v, 5)
        if r:
            items = [N(g), '*', N(5), '+', N(r)]
            given = '%d group%s of 5 + %d' % (g, '' if g == 1 else 's', r)
        else:
            items = [N(g), '*', N(5)]
            given = '%d group%s of 5' % (g, '' if g == 1 else 's')
        if g == 0:
            items = [N(r), '*', N(1)]
            given = '%d single marks' % r
        rows.append((l, given, items))
    return rows


def b_tally_total(ctx, j, ns, rng):
    n = rng.choice([4, 5])
    n = min(n, len(ctx['labels']))
    labs = labs_for(ctx, rng, n)
    vals = [rng.randint(6, 29) for _ in range(n)]
    return tally_problem(ctx, labs, vals, j) + '\n\n' + ctx['tot'], dict(labs=labs, vals=vals)


def s_tally_total(R, ctx, d):
    R.intro('count each tally and add')
    R.head('Count the tallies')
    vals = R.per_item(tally_rows(R, d['labs'], d['vals']), (ctx['lw'], 'Tally', 'Count'), unit=ctx['unit'])
    R.head('Add')
    t = R.total(vals, lab='Total', sents=['Adding: {eq}.', 'Total = {eq}.'], unit=ctx['unit'])
    R.final(t, 'There are {ans} in all.', ctx['unit'])


def b_tally_more(ctx, j, ns, rng):
    n = min(rng.choice([4, 5]), len(ctx['labels']))
    labs = labs_for(ctx, rng, n)
    while True:
        vals = [rng.randint(4, 28) for _ in range(n)]
        if len(set(vals)) == n:
            break
    ia = vals.index(max(vals))
    ib = vals.index(min(vals))
    if ns == 3:
        vals[(ia + 1) % n if (ia + 1) % n != ib else (ia + 2) % n] = vals[ia]
    q = 'How many more tallies does the most common category have than the least common one?'
    return tally_problem(ctx, labs, vals, j) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_tally_more(R, ctx, d):
    R.intro('count every row, then compare the largest and smallest counts')
    R.head('Count the tallies')
    vals = R.per_item(tally_rows(R, d['labs'], d['vals']), (ctx['lw'], 'Tally', 'Count'), unit=ctx['unit'])
    R.head('Most and least')
    big, small = maxmin_notes(R, ctx, d['labs'], vals)
    diff = R.calc([big, '-', small], lab='Difference', sents=['The difference is {eq}.'], unit=ctx['unit'])
    R.final(diff, 'The most common category has {ans} more than the least common.', ctx['unit'])


# ---------------------------------------------------------------- missing value / totals
def b_missing(ctx, j, ns, rng):
    n = min(len(ctx['labels']), rng.choice([4, 5]))
    labs = labs_for(ctx, rng, n)
    vals = rand_vals(rng, ctx, n, distinct=False)
    im = rng.randrange(n)
    tot = sum(vals)
    shown = [fi(v) for v in vals]
    shown[im] = '?'
    lines = [ctx['intro'], '', '| %s | %s |' % (ctx['lw'], ctx['head']), '|---|---|']
    for l, s in zip(labs, shown):
        lines.append('| %s | %s |' % (l, s))
    lines.append('| **Total** | **%s** |' % fi(tot))
    q = 'The entry for %s is missing. What number belongs there?' % labs[im]
    return '\n'.join(lines) + '\n\n' + q, dict(labs=labs, vals=vals, m=im, tot=tot)


def s_missing(R, ctx, d):
    m = d['m']
    known = [(l, N(v)) for i, (l, v) in enumerate(zip(d['labs'], d['vals'])) if i != m]
    T = N(d['tot'])
    R.intro('add the known values and subtract from the total of %s' % R.t(T))
    R.head('Known values')
    R.restate(known, lead='Known entries', cols=(ctx['lw'], ctx['head']))
    s = R.total([n for _, n in known], lab='Sum of known values', sents=['The known values add to {eq}.'],
                unit=ctx['unit'])
    R.head('Subtract from the total')
    x = R.calc([T, '-', s], lab='Missing %s' % d['labs'][m], sents=['The missing value is {eq}.',
                                                                    '%s = {eq}.' % d['labs'][m]],
               unit=ctx['unit'])
    R.check(add_items([n for _, n in known] + [x]), T)
    R.final(x, 'The missing entry for %s is {ans}.' % d['labs'][m], ctx['unit'])


def b_mean_new(ctx, j, ns, rng):
    n = min(len(ctx['labels']) - 1, 5 if ns % 2 == 0 else 4)
    labs = list(ctx['labels'][:n])
    newlab = ctx['labels'][n]
    vals = rand_vals(rng, ctx, n, distinct=False)
    nv = rng.randint(ctx['lo'], ctx['hi'])
    if ns == 0:
        for nv2 in range(ctx['lo'], ctx['hi'] + 1):
            if (sum(vals) + nv2) % (n + 1) == 0:
                nv = nv2
                break
    q = ('Then %s had %s %s. What is the mean of all %d entries, including %s? Round to the nearest tenth if '
         'needed.' % (newlab, fi(nv), ctx['unit'], n + 1, newlab))
    return intro_table(ctx, labs, vals, j % 4) + '\n\n' + q, dict(labs=labs, vals=vals, nl=newlab, nv=nv)


def s_mean_new(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    R.intro('include the new value and divide the new total by %d' % (len(nums) + 1))
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.say('New entry: %s with %s.' % (d['nl'], R.t(N(d['nv']))))
    R.head('New total')
    if R.rng.random() < 0.5:
        t0 = R.total(nums, lab='Old total', sents=['The original total is {eq}.'], unit=ctx['unit'])
        t = R.calc([t0, '+', N(d['nv'])], lab='New total', sents=['Adding %s: {eq}.' % d['nl']], unit=ctx['unit'])
    else:
        t = R.calc(add_items(nums + [N(d['nv'])]), lab='New total', sents=['All %d values: {eq}.' % (len(nums) + 1)],
                   unit=ctx['unit'])
    R.head('Mean')
    m = R.calc([t, '/', N(len(nums) + 1)], round_to=1, lab='Mean', sents=['Mean = {eq}.'])
    R.final(m, 'The new mean is {ans} %s.' % ctx['per'], ctx['unit'])


def b_median(ctx, j, ns, rng):
    n = 6 if len(ctx['labels']) >= 6 and ns % 2 == 0 else 4
    labs = labs_for(ctx, rng, n)
    for _ in range(300):
        vals = rand_vals(rng, ctx, n, distinct=False)
        s = sorted(vals)
        mid = s[n // 2 - 1:n // 2 + 1]
        if ns == 3 and mid[0] == mid[1]:
            break
        if ns == 1 and (mid[0] + mid[1]) % 2 == 1:
            break
        if ns in (0, 2) and mid[0] != mid[1]:
            break
    if ns == 3 and mid[0] != mid[1]:
        s = sorted(vals)
        i = vals.index(s[n // 2])
        vals[i] = s[n // 2 - 1]
    q = 'What is the median number of %s?' % ctx['unit']
    return intro_table(ctx, labs, vals, (j + 1) % 4) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_median(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    n = len(nums)
    R.intro('sort the values and find the middle')
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Sort')
    srt = sorted_line(R, nums)
    a, b = srt[n // 2 - 1], srt[n // 2]
    o1, o2 = {4: ('second', 'third'), 6: ('third', 'fourth')}[n]
    R.say('There are %d values (an even number), so the median is the average of the %s and %s values: %s and %s.'
          % (n, o1, o2, R.t(a), R.t(b)))
    R.head('Median')
    s = R.calc([a, '+', b], lab='Sum of middle values', sents=['Their sum is {eq}.'])
    m = R.calc([s, '/', N(2)], lab='Median', sents=['Half of that: {eq}.'])
    if a.v == b.v:
        R.note('Both middle values are %s, so of course the median is %s.' % (R.t(a), R.t(a)))
    R.final(m, 'The median is {ans}.', ctx['unit'])


def b_bar_half(ctx, j, ns, rng):
    n = min(len(ctx['labels']), 4 if ns < 2 else 5)
    labs = labs_for(ctx, rng, n)
    step = ctx['key'][0] * 2 if (not ctx['big'] or ctx['key'][0] >= 1000) else ctx['key'][0] * 5
    step = max(step, 2)
    lines = [ctx['intro'].replace('kept track of', 'made a bar graph of').replace('recorded', 'graphed'),
             'The bar graph "%s" has a scale that goes up by %s, with gridlines at 0, %s, %s, %s, and so on.'
             % (ctx['title'], fi(step), fi(step), fi(2 * step), fi(3 * step)), '']
    desc = []
    for i, l in enumerate(labs):
        g = rng.randint(1, 9)
        halfway = (i % 2 == 1) or (ns == 3)
        if halfway:
            desc.append(('h', g))
            lines.append('- The %s bar ends halfway between %s and %s.' % (l, fi(g * step), fi((g + 1) * step)))
        else:
            desc.append(('g', g))
            lines.append('- The %s bar ends exactly at the %s line.' % (l, fi(g * step)))
    q = ctx['tot']
    return '\n'.join(lines) + '\n\n' + q, dict(labs=labs, desc=desc, step=step)


def s_bar_half(R, ctx, d):
    st = d['step']
    R.intro('read each bar (halfway means the number in the middle of two gridlines) and add')
    R.head('Read the bars')
    vals = []
    for l, (t, g) in zip(d['labs'], d['desc']):
        if t == 'g':
            v = N(g * st)
            R.say('%s: %s' % (l, R.t(v)))
            vals.append(v)
        else:
            v = R.calc(['(', N(g * st), '+', N((g + 1) * st), ')', '/', N(2)],
                       lab='%s (halfway between %s and %s)' % (l, R.t(N(g * st)), R.t(N((g + 1) * st))),
                       sents=['%s is halfway between, so {eq}.' % l])
            vals.append(v)
    R.head('Add')
    t = R.total(vals, lab='Total', sents=['Adding the bars: {eq}.'], unit=ctx['unit'])
    R.final(t, 'The total is {ans}.', ctx['unit'])


def b_top2(ctx, j, ns, rng):
    n = min(len(ctx['labels']), 6 if ns % 2 else 5)
    if ctx['labels'][0] == 'Monday':
        n = len(ctx['labels'])
    n = max(n, 4)
    labs = labs_for(ctx, rng, n)
    vals = rand_vals(rng, ctx, n)
    q = ('How many more %s do the two largest categories have together than the two smallest categories '
         'together?' % ctx['unit'])
    return intro_table(ctx, labs, vals, (j + 2) % 4) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_top2(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    R.intro('sort the values, add the top two and the bottom two, and subtract')
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Sort')
    srt = sorted(zip(d['labs'], nums), key=lambda p: -p[1].v)
    R.say('From greatest to least: %s' % ', '.join('%s (%s)' % (l, R.t(n)) for l, n in srt))
    R.head('Top two and bottom two')
    top = R.calc([srt[0][1], '+', srt[1][1]], lab='Top two', sents=['The two largest: {eq}.'], unit=ctx['unit'])
    bot = R.calc([srt[-2][1], '+', srt[-1][1]], lab='Bottom two', sents=['The two smallest: {eq}.'],
                 unit=ctx['unit'])
    R.head('Difference')
    diff = R.calc([top, '-', bot], lab='Difference', sents=['The difference is {eq}.'], unit=ctx['unit'])
    R.final(diff, 'The top two have {ans} more than the bottom two.', ctx['unit'])


def b_pct_change(ctx, j, ns, rng):
    n = min(len(ctx['labels']), 5)
    labs = labs_for(ctx, rng, n)
    for _ in range(300):
        vals = rand_vals(rng, ctx, n)
        ia = rng.randrange(n - 1)
        ib = ia + 1
        a, b = vals[ia], vals[ib]
        inc = (ns % 2 == 0)
        if inc and b <= a or (not inc and b >= a):
            continue
        p = F(abs(b - a) * 100, a)
        if ns == 0 and is_term(p, 1):
            break
        if ns > 0 and not is_term(p, 1):
            break
    word = 'increase' if b > a else 'decrease'
    q = 'By what percent did the number %s from %s to %s? Round to the nearest tenth of a percent.' % (
        'increase' if b > a else 'decrease', labs[ia], labs[ib])
    return intro_table(ctx, labs, vals, (j + 3) % 4) + '\n\n' + q, dict(labs=labs, vals=vals, a=ia, b=ib)


def s_pct_change(R, ctx, d):
    la, lb = d['labs'][d['a']], d['labs'][d['b']]
    va, vb = N(d['vals'][d['a']]), N(d['vals'][d['b']])
    up = vb.v > va.v
    R.intro('find the change and divide it by the %s value' % la)
    R.head('Read the values')
    R.restate([(la, va), (lb, vb)], lead=R.pick(['From the table', 'Reading off the table']),
              cols=(ctx['lw'], ctx['head']))
    R.head('Change')
    ch = R.calc([vb, '-', va] if up else [va, '-', vb], lab='Change', sents=['The change is {eq}.',
                                                                             'It went %s by {eq}.' % (
                                                                                 'up' if up else 'down')],
                unit=ctx['unit'])
    R.head('Percent change')
    if R.rng.random() < 0.5:
        p = R.calc([ch, '/', va], pct_chain=True, approx_dp=1, lab='Percent %s' % ('increase' if up else 'decrease'),
                   sents=['Divide by the starting value: {eq}.'])
    else:
        p = R.calc([('frac', ch, va), '*', N(100)], kind='pct', approx_dp=1, lab='Percent change',
                   sents=['Percent change = {eq}.'])
    R.final(p, 'The number %s by about {ans}.' % ('increased' if up else 'decreased'))


def b_cumulative(ctx, j, ns, rng):
    labs = list(ctx['labels'][:5])
    vals = rand_vals(rng, ctx, 5, distinct=False)
    upto = 3 if ns % 2 == 0 else 4
    s = sum(vals[:upto])
    goal = (s // 10 + rng.randint(2, 8)) * 10 if not ctx['big'] else (s // 100 + rng.randint(2, 9)) * 100
    shown = labs[:upto]
    q = ('Their goal was %s %s. After %s, how many more %s did they still need to reach the goal? Use the values '
         'from %s through %s.' % (fi(goal), ctx['unit'], labs[upto - 1], ctx['unit'], labs[0], labs[upto - 1]))
    return intro_table(ctx, labs, vals, j % 4) + '\n\n' + q, dict(labs=labs, vals=vals, upto=upto, goal=goal)


def s_cumulative(R, ctx, d):
    nums = [N(v) for v in d['vals'][:d['upto']]]
    labs = d['labs'][:d['upto']]
    R.intro('keep a running total through %s, then subtract from the goal' % labs[-1])
    R.head('Running total')
    run = nums[0]
    R.say('After %s: %s' % (labs[0], R.t(run)))
    for l, n in zip(labs[1:], nums[1:]):
        run = R.calc([run, '+', n], lab='After %s' % l, sents=['After %s: {eq}.' % l], unit=ctx['unit'])
    R.head('Still needed')
    need = R.calc([N(d['goal']), '-', run], lab='Still needed', sents=['They still need {eq}.'], unit=ctx['unit'])
    R.final(need, 'They still need {ans} to reach the goal.', ctx['unit'])


def b_share_two(ctx, j, ns, rng):
    n = min(len(ctx['labels']), rng.choice([4, 5, 6]))
    labs = labs_for(ctx, rng, n)
    for _ in range(300):
        vals = rand_vals(rng, ctx, n, distinct=False)
        ia, ib = sorted(rng.sample(range(n), 2))
        p = F((vals[ia] + vals[ib]) * 100, sum(vals))
        if (ns == 0) == is_term(p, 1):
            break
    q = 'What percent of the total do %s and %s make up together? Round to the nearest tenth.' % (labs[ia], labs[ib])
    return intro_table(ctx, labs, vals, (j + 1) % 4) + '\n\n' + q, dict(labs=labs, vals=vals, a=ia, b=ib)


def s_share_two(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    a, b = d['a'], d['b']
    R.intro('combine %s and %s, then compare with the total' % (d['labs'][a], d['labs'][b]))
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Total')
    t = R.total(nums, lab='Total', sents=['Total = {eq}.'], unit=ctx['unit'])
    R.head('Combine the two')
    c = R.calc([nums[a], '+', nums[b]], lab='%s + %s' % (d['labs'][a], d['labs'][b]),
               sents=['Together they have {eq}.'], unit=ctx['unit'])
    R.head('Percent')
    p = R.calc([('frac', c, t), '*', N(100)], kind='pct', approx_dp=1, lab='Percent',
               sents=['Percent = {eq}.', 'As a percent of the total: {eq}.'])
    R.final(p, 'Together they make up about {ans} of the total.')


def b_times(ctx, j, ns, rng):
    n = min(len(ctx['labels']), 4)
    labs = labs_for(ctx, rng, n)
    for _ in range(300):
        vals = rand_vals(rng, ctx, n)
        ia, ib = rng.sample(range(n), 2)
        m = rng.choice([2, 3, 4]) if ns < 3 else rng.choice([F(3, 2), F(5, 2)])
        vb = vals[ib]
        va = vb * m
        if va.denominator == 1 and ctx['lo'] // 2 <= va <= ctx['hi'] * 2:
            vals[ia] = int(va)
            break
    q = 'How many times as many %s did %s have as %s?' % (ctx['unit'], labs[ia], labs[ib])
    return intro_table(ctx, labs, vals, (j + 2) % 4) + '\n\n' + q, dict(labs=labs, vals=vals, a=ia, b=ib)


def s_times(R, ctx, d):
    la, lb = d['labs'][d['a']], d['labs'][d['b']]
    va, vb = N(d['vals'][d['a']]), N(d['vals'][d['b']])
    R.intro('divide the %s value by the %s value' % (la, lb))
    R.head('Read the values')
    R.restate([(la, va), (lb, vb)], lead='From the table', cols=(ctx['lw'], ctx['head']))
    R.head('Divide')
    r = R.calc([va, '/', vb], lab='Ratio', sents=['%s ÷ %s: {eq}.' % (la, lb) if R.style not in (
        'latex_inline',) else 'Dividing: {eq}.'])
    if r.v.denominator != 1:
        R.note('A decimal answer is fine here: %s is %s times %s.' % (R.t(va), R.t(r), R.t(vb)))
    R.final(r, '%s had {ans} times as many as %s.' % (la, lb))


def b_weekend(ctx, j, ns, rng):
    labs = list(DAYS7)
    vals = rand_vals(rng, ctx, 7, distinct=False)
    q = 'How many more %s were there on the five weekdays combined than on the weekend (Saturday and Sunday)?' % \
        ctx['unit']
    return intro_table(ctx, labs, vals, (j + 1) % 4) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_weekend(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    R.intro('add the weekdays, add the weekend, and subtract')
    R.head('Weekdays')
    restate(R, ctx, d['labs'][:5], nums[:5], lead='Weekdays')
    wd = R.total(nums[:5], lab='Weekday total', sents=['Weekday total: {eq}.'], unit=ctx['unit'])
    R.head('Weekend')
    restate(R, ctx, d['labs'][5:], nums[5:], lead='Weekend')
    we = R.total(nums[5:], lab='Weekend total', sents=['Weekend total: {eq}.'], unit=ctx['unit'])
    R.head('Compare')
    diff = R.calc([wd, '-', we], lab='Difference', sents=['The difference is {eq}.'], unit=ctx['unit'],
                  allow_neg=True)
    R.final(diff, 'There were {ans} more on the weekdays.', ctx['unit'])


def b_pct_goal(ctx, j, ns, rng):
    n = min(len(ctx['labels']), 4 if ns % 2 else 5)
    labs = labs_for(ctx, rng, n)
    for _ in range(400):
        vals = rand_vals(rng, ctx, n, distinct=False)
        s = sum(vals)
        base = 10 if not ctx['big'] else 100
        goal = (s * rng.choice([5, 4, 3]) // 2 // base + 1) * base
        p = F(s * 100, goal)
        if (ns == 0) == is_term(p, 1) and p < 100:
            break
    q = 'The goal was %s %s. What percent of the goal was reached? Round to the nearest tenth of a percent.' % (
        fi(goal), ctx['unit'])
    return intro_table(ctx, labs, vals, (j + 3) % 4) + '\n\n' + q, dict(labs=labs, vals=vals, goal=goal)


def s_pct_goal(R, ctx, d):
    nums = [N(v) for v in d['vals']]
    R.intro('find the total and compare it with the goal of %s' % R.t(N(d['goal'])))
    R.head('Read the data')
    restate(R, ctx, d['labs'], nums)
    R.head('Total so far')
    t = R.total(nums, lab='Total', sents=['Total = {eq}.'], unit=ctx['unit'])
    R.head('Percent of the goal')
    if R.rng.random() < 0.5:
        p = R.calc([t, '/', N(d['goal'])], pct_chain=True, approx_dp=1, lab='Percent of goal',
                   sents=['Dividing by the goal: {eq}.'])
    else:
        p = R.calc([('frac', t, N(d['goal'])), '*', N(100)], kind='pct', approx_dp=1, lab='Percent of goal',
                   sents=['Percent = {eq}.'])
    R.final(p, 'About {ans} of the goal was reached.')
