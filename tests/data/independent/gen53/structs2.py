"""Structures with their own data (frequency tables, price lists, schedules, temperatures...)."""
from fractions import Fraction as F
from core import N, M, Mw, H, Num, join_list, rnd, is_term, min_dp, dec_str, tstr, GenError
from structs import fi, fm, ptable, add_items, maxmin_notes, sorted_line
from scen import DAYS5, DAYS7, MONTHS, short

# ---------------------------------------------------------------- frequency tables
FREQ = [
    dict(vname='Number of pets', fname='Number of students', vals=(0, 1, 2, 3, 4), unit='pets', who='students',
         row='{lab} pet(s)',
         intro='A class survey asked each student how many pets they have.', tot='How many pets do the students have in all?',
         mean='What is the mean number of pets per student?'),
    dict(vname='Books read in July', fname='Number of children', vals=(1, 2, 3, 4, 5, 6), unit='books',
         row='{lab} book(s)',
         who='children', intro='The summer reading club recorded how many books each child read in July.',
         tot='How many books did the children read altogether?', mean='What is the mean number of books per child?'),
    dict(vname='Goals scored', fname='Number of games', vals=(0, 1, 2, 3, 4, 5), unit='goals', who='games',
         row='{lab} goal(s)',
         intro="The frequency table shows the goals the Tigers scored per game this season.",
         tot='How many goals did the Tigers score this season?', mean='What was the mean number of goals per game?'),
    dict(vname='Quiz score', fname='Number of students', vals=(6, 7, 8, 9, 10), unit='points', who='students',
         row='Score {lab}',
         intro='Here are the results of a 10-point spelling quiz.', tot='What is the sum of all the quiz scores?',
         mean='What is the mean quiz score?'),
]


def freq_problem(c, vs, fs, j):
    return c['intro'] + '\n\n' + ptable(j % 3, c['vname'], c['fname'], [str(v) for v in vs], [str(f) for f in fs])


def b_freq_total(c, j, ns, rng):
    vs = list(c['vals'])
    fs = [rng.randint(1, 9) for _ in vs]
    if ns == 2 and vs[0] == 0:
        fs[0] = rng.randint(3, 7)
    return freq_problem(c, vs, fs, j) + '\n\n' + c['tot'], dict(vs=vs, fs=fs)


def freq_products(R, c, d):
    rows = [(str(v), str(f), [N(v), '*', N(f)]) for v, f in zip(d['vs'], d['fs'])]
    R.say(R.pick(['Multiply each value by how often it occurs:', 'Value × frequency for each row:']))
    return R.per_item(rows, (c['vname'], c['fname'], 'Value × frequency'), unit=c['unit'],
                      lab_fmt=c['row'])


def s_freq_total(R, c, d):
    R.intro('multiply each value by its frequency and add the products')
    R.head('Products')
    ps = freq_products(R, c, d)
    R.head('Add')
    t = R.total(ps, lab='Total %s' % c['unit'], sents=['Adding the products: {eq}.'], unit=c['unit'])
    if 0 in d['vs']:
        R.note('The row with 0 adds nothing, but those %s still count as %s.' % (c['who'], c['who']))
    R.final(t, 'The total is {ans}.', c['unit'])


def b_freq_mean(c, j, ns, rng):
    vs = list(c['vals'])
    for _ in range(400):
        fs = [rng.randint(1, 8) for _ in vs]
        tot = sum(v * f for v, f in zip(vs, fs))
        cnt = sum(fs)
        m = F(tot, cnt)
        if ns == 0 and m.denominator == 1:
            break
        if ns == 1 and m.denominator != 1 and is_term(m, 2):
            break
        if ns >= 2 and not is_term(m, 2):
            break
    return freq_problem(c, vs, fs, j) + '\n\n' + c['mean'] + ' Round to the nearest tenth.', dict(vs=vs, fs=fs)


def s_freq_mean(R, c, d):
    R.intro('find the total of all values and divide by the number of %s' % c['who'])
    R.head('Products')
    ps = freq_products(R, c, d)
    R.head('Totals')
    t = R.total(ps, lab='Sum of values', sents=['Sum of all values: {eq}.'])
    cnt = R.calc(add_items([N(f) for f in d['fs']]), lab='Number of %s' % c['who'],
                 sents=['Number of %s: {eq}.' % c['who']])
    R.head('Mean')
    m = R.calc([t, '/', cnt], round_to=1, lab='Mean', sents=['Mean = {eq}.'])
    R.final(m, 'The mean is {ans}.')


# ---------------------------------------------------------------- price lists
SHOPS = [
    dict(name='the school store', items=[('Pencil', F(35, 100)), ('Eraser', F(1, 2)), ('Notebook', F(125, 100)),
                                         ('Ruler', F(99, 100)), ('Folder', F(79, 100)), ('Glue stick', F(115, 100))],
         who='Lena'),
    dict(name='the café', items=[('Coffee', F(275, 100)), ('Muffin', F(185, 100)), ('Orange juice', F(210, 100)),
                                 ('Bagel', F(140, 100)), ('Cookie', F(95, 100)), ('Tea', F(160, 100))], who='Omar'),
    dict(name='the hardware store', items=[('Box of nails', F(349, 100)), ('Roll of tape', F(225, 100)),
                                           ('Paint brush', F(450, 100)), ('Sandpaper sheet', F(75, 100)),
                                           ('Pack of screws', F(289, 100))], who='Mr. Patel'),
    dict(name='the farmers market', items=[('Jar of honey', F(650, 100)), ('Loaf of bread', F(425, 100)),
                                           ('Bunch of carrots', F(180, 100)), ('Dozen eggs', F(375, 100)),
                                           ('Basket of berries', F(520, 100))], who='Grace'),
]


def price_list(s, j):
    labs = [i for i, _ in s['items']]
    vals = [fm(p) for _, p in s['items']]
    return 'Price list at %s:\n\n' % s['name'] + ptable(j % 3, 'Item', 'Price', labs, vals)


def pick_buy(rng, s, k):
    idx = sorted(rng.sample(range(len(s['items'])), k))
    return [(s['items'][i][0], s['items'][i][1], rng.randint(1, 6)) for i in idx]


def buy_text(buy):
    return join_list(['%d %s' % (q, (n.lower() + ('s' if q > 1 and not n.endswith('s') else '')) if not n.startswith(
        ('Box', 'Roll', 'Pack', 'Jar', 'Loaf', 'Bunch', 'Dozen', 'Basket', 'Sandpaper')) else
        n.lower() if q == 1 else n.lower().replace('box ', 'boxes ').replace('roll ', 'rolls ').replace(
            'pack ', 'packs ').replace('jar ', 'jars ').replace('loaf ', 'loaves ').replace('bunch ', 'bunches ').replace(
            'dozen ', 'dozens of ').replace('basket ', 'baskets ').replace('sheet', 'sheets')) for n, p, q in buy])


def cost_rows(R, buy):
    rows = []
    for n, p, q in buy:
        rows.append((n, str(q), [N(q), '*', M(p)] if R.rng.random() < 0.5 else [M(p), '*', N(q)]))
    return rows


def b_price_total(s, j, ns, rng):
    buy = pick_buy(rng, s, 3 if ns < 2 else 4)
    q = '%s buys %s. How much does %s spend in total?' % (s['who'], buy_text(buy), s['who'].replace('Mr. Patel', 'he'))
    return price_list(s, j) + '\n\n' + q, dict(buy=buy)


def s_price_total(R, s, d):
    R.intro('multiply each price by the quantity and add')
    R.head('Cost of each item')
    cs = R.per_item(cost_rows(R, d['buy']), ('Item', 'Quantity', 'Cost'), kind='money')
    R.head('Total')
    t = R.total(cs, lab='Total', sents=['Adding the costs: {eq}.'], kind='money')
    R.final(t, 'The total is {ans}.')


def b_price_change(s, j, ns, rng):
    for _ in range(100):
        buy = pick_buy(rng, s, 3)
        tot = sum(p * q for _, p, q in buy)
        bill = next(b for b in (10, 20, 50, 100) if b > tot)
        if bill - tot > 0:
            break
    q = '%s buys %s and pays with a $%d bill. How much change should %s get?' % (
        s['who'], buy_text(buy), bill, 'he' if s['who'] in ('Omar', 'Mr. Patel') else 'she')
    return price_list(s, j) + '\n\n' + q, dict(buy=buy, bill=bill)


def s_price_change(R, s, d):
    R.intro('find the total cost and subtract it from $%d' % d['bill'])
    R.head('Cost of each item')
    cs = R.per_item(cost_rows(R, d['buy']), ('Item', 'Quantity', 'Cost'), kind='money')
    R.head('Total')
    t = R.total(cs, lab='Total cost', sents=['The total is {eq}.'], kind='money')
    R.head('Change')
    ch = R.calc([Mw(d['bill']), '-', t], kind='money', lab='Change', sents=['The change is {eq}.'])
    R.final(ch, 'The change is {ans}.')


def b_price_after(s, j, ns, rng):
    buy = pick_buy(rng, s, 2)
    which = rng.randrange(2)
    if ns % 2 == 0:
        delta = rng.choice([F(15, 100), F(25, 100), F(40, 100), F(1, 2)])
        up = rng.random() < 0.6 or buy[which][1] <= delta + F(1, 10)
        txt = 'The price of one %s %s by %s.' % (buy[which][0].lower(), 'goes up' if up else 'drops',
                                                 '$' + dec_str(delta, 2))
        ch = ('abs', delta if up else -delta)
    else:
        pct = rng.choice([10, 20, 25, 50])
        txt = 'The %s is put on sale for %d%% off.' % (buy[which][0].lower(), pct)
        ch = ('pct', pct)
    q = '%s Then %s buys %s. How much does that cost in total at the new price?' % (txt, s['who'], buy_text(buy))
    return price_list(s, j) + '\n\n' + q, dict(buy=buy, w=which, ch=ch)


def s_price_after(R, s, d):
    n, p, q = d['buy'][d['w']]
    R.intro('update the price first, then add up the cost')
    R.head('New price of the %s' % n.lower())
    if d['ch'][0] == 'abs':
        dl = d['ch'][1]
        np_ = R.calc([M(p), '+' if dl > 0 else '-', M(abs(dl))], kind='money', lab='New price',
                     sents=['The new price is {eq}.'])
    else:
        pc = d['ch'][1]
        off = R.calc([Num(pc, 'pct'), '*', M(p)], kind='money', lab='Discount',
                     sents=['The discount is {eq}.'])
        np_ = R.calc([M(p), '-', off], kind='money', lab='Sale price', sents=['The sale price is {eq}.'])
    R.head('Cost')
    rows = []
    for i, (nn, pp, qq) in enumerate(d['buy']):
        price = np_ if i == d['w'] else M(pp)
        rows.append((nn, str(qq), [N(qq), '*', price]))
    cs = R.per_item(rows, ('Item', 'Quantity', 'Cost'), kind='money')
    t = R.total(cs, lab='Total', sents=['Total: {eq}.'], kind='money')
    R.final(t, 'The total at the new price is {ans}.')


# ---------------------------------------------------------------- inventory / two-way / weeks
STOCK = [
    dict(where='A toy shop', items=['Yo-yos', 'Kites', 'Puzzles', 'Marbles bags'], unit='items'),
    dict(where='A bookshop', items=['Mysteries', 'Comics', 'Atlases', 'Cookbooks'], unit='books'),
    dict(where='A garden center', items=['Tomato plants', 'Rose bushes', 'Herb pots', 'Cactus pots'], unit='plants'),
    dict(where='A bike shop', items=['Helmets', 'Bells', 'Locks', 'Water bottles'], unit='items'),
]


def b_stock(c, j, ns, rng):
    vals = [rng.randint(12, 60) for _ in c['items']]
    i1, i2 = rng.sample(range(4), 2)
    sold = rng.randint(3, vals[i1] - 2)
    recv = rng.randint(5, 30)
    sold2 = rng.randint(2, vals[i2] - 1) if ns % 2 else 0
    txt = '%s had this stock on Monday morning:\n\n' % c['where'] + ptable(j % 3, 'Item', 'In stock', c['items'],
                                                                          [str(v) for v in vals])
    ev = 'During the day it sold %d %s and received a delivery of %d more %s' % (
        sold, c['items'][i1].lower(), recv, c['items'][i1].lower())
    if sold2:
        ev += ', and it also sold %d %s' % (sold2, c['items'][i2].lower())
    q = ev + '. How many %s are in stock in total at the end of the day?' % c['unit']
    return txt + '\n\n' + q, dict(vals=vals, i1=i1, i2=i2, sold=sold, recv=recv, sold2=sold2)


def s_stock(R, c, d):
    nums = [N(v) for v in d['vals']]
    R.intro('update the changed rows, then add all the rows')
    R.head('Starting stock')
    R.restate(list(zip(c['items'], nums)), lead='Monday morning', cols=('Item', 'In stock'))
    R.head('Apply the changes')
    new = list(nums)
    i1 = d['i1']
    new[i1] = R.calc([nums[i1], '-', N(d['sold']), '+', N(d['recv'])], lab=c['items'][i1],
                     sents=['%s: {eq}.' % c['items'][i1]])
    if d['sold2']:
        i2 = d['i2']
        new[i2] = R.calc([nums[i2], '-', N(d['sold2'])], lab=c['items'][i2], sents=['%s: {eq}.' % c['items'][i2]])
    R.head('New total')
    R.restate(list(zip(c['items'], new)), lead='End of day', cols=('Item', 'In stock'))
    t = R.total(new, lab='Total', sents=['Total: {eq}.'], unit=c['unit'])
    R.final(t, 'At the end of the day there are {ans} in stock.', c['unit'])


TWOWAY = [
    dict(rows=['Grade 3', 'Grade 4', 'Grade 5'], c1='Boys', c2='Girls', intro='The table shows how many boys and girls '
         'joined the after-school chess club.', u='students'),
    dict(rows=['Morning', 'Afternoon', 'Evening'], c1='Adults', c2='Children', intro='A zoo counted adult and child '
         'visitors at different times of day.', u='visitors'),
    dict(rows=['Small', 'Medium', 'Large'], c1='Red shirts', c2='Blue shirts', intro='A shop counts its T-shirts '
         'by size and color.', u='shirts'),
    dict(rows=['Week 1', 'Week 2', 'Week 3'], c1='Fiction', c2='Nonfiction', intro='A class library tracked fiction '
         'and nonfiction books checked out.', u='books'),
]


def b_twoway(c, j, ns, rng):
    a = [rng.randint(8, 45) for _ in c['rows']]
    b = [rng.randint(8, 45) for _ in c['rows']]
    if ns == 2:
        b[1] = a[1]
    if sum(a) == sum(b):
        b[0] += 1
    lines = [c['intro'], '', '| | %s | %s |' % (c['c1'], c['c2']), '|---|---|---|']
    for r, x, y in zip(c['rows'], a, b):
        lines.append('| %s | %d | %d |' % (r, x, y))
    big = c['c1'] if sum(a) > sum(b) else c['c2']
    small = c['c2'] if big == c['c1'] else c['c1']
    q = 'Altogether, how many more %s than %s are there?' % (big.lower(), small.lower())
    return '\n'.join(lines) + '\n\n' + q, dict(a=a, b=b)


def s_twoway(R, c, d):
    A = [N(x) for x in d['a']]
    B = [N(x) for x in d['b']]
    R.intro('total each column and compare')
    R.head('%s column' % c['c1'])
    R.restate(list(zip(c['rows'], A)), lead=c['c1'], cols=('Row', c['c1']))
    ta = R.total(A, lab='Total %s' % c['c1'].lower(), sents=['%s: {eq}.' % c['c1']], unit=c['u'])
    R.head('%s column' % c['c2'])
    R.restate(list(zip(c['rows'], B)), lead=c['c2'], cols=('Row', c['c2']))
    tb = R.total(B, lab='Total %s' % c['c2'].lower(), sents=['%s: {eq}.' % c['c2']], unit=c['u'])
    if any(x.v == y.v for x, y in zip(A, B)):
        r = [rw for rw, x, y in zip(c['rows'], A, B) if x.v == y.v][0]
        R.note('In the %s row the two counts are equal, so that row does not change the difference.' % r)
    R.head('Difference')
    if ta.v >= tb.v:
        diff = R.calc([ta, '-', tb], lab='Difference', sents=['The difference is {eq}.'], unit=c['u'])
        R.final(diff, 'There are {ans} more %s than %s.' % (c['c1'].lower(), c['c2'].lower()))
    else:
        diff = R.calc([tb, '-', ta], lab='Difference', sents=['The difference is {eq}.'], unit=c['u'])
        R.final(diff, 'There are {ans} more %s than %s.' % (c['c2'].lower(), c['c1'].lower()))


WEEKS = [
    dict(what='loaves of bread baked', who='A bakery', u='loaves'),
    dict(what='kilometers cycled', who='Tom', u='km'),
    dict(what='emails answered', who='The help desk', u='emails'),
    dict(what='meals served', who='The community kitchen', u='meals'),
]


def b_weeks(c, j, ns, rng):
    w1 = [rng.randint(10, 80) for _ in DAYS5]
    w2 = [rng.randint(10, 80) for _ in DAYS5]
    if ns == 1:
        w2[2] = w1[2]
    if sum(w1) == sum(w2):
        w2[0] += 1
    lines = ['%s recorded the number of %s on each weekday for two weeks.' % (c['who'], c['what']), '',
             '| Day | Week 1 | Week 2 |', '|---|---|---|']
    for dname, x, y in zip(DAYS5, w1, w2):
        lines.append('| %s | %d | %d |' % (dname, x, y))
    q = 'What is the difference between the Week 1 total and the Week 2 total?'
    return '\n'.join(lines) + '\n\n' + q, dict(w1=w1, w2=w2)


def s_weeks(R, c, d):
    A = [N(x) for x in d['w1']]
    B = [N(x) for x in d['w2']]
    R.intro('add up each week and subtract the smaller total from the larger')
    R.head('Week 1')
    ta = R.calc(add_items(A), lab='Week 1 total', sents=['Week 1: {eq}.'], unit=c['u'])
    R.head('Week 2')
    tb = R.calc(add_items(B), lab='Week 2 total', sents=['Week 2: {eq}.'], unit=c['u'])
    R.head('Difference')
    if ta.v >= tb.v:
        diff = R.calc([ta, '-', tb], lab='Difference', sents=['Week 1 was higher by {eq}.'], unit=c['u'])
    else:
        diff = R.calc([tb, '-', ta], lab='Difference', sents=['Week 2 was higher by {eq}.'], unit=c['u'])
    R.final(diff, 'The totals differ by {ans}.', c['u'])


# ---------------------------------------------------------------- decimals: rainfall
RAIN = [
    dict(place='Maple Town', u='inches', ab='in', intro='Monthly rainfall in Maple Town'),
    dict(place='the school garden', u='centimeters', ab='cm', intro='Rain collected in the school garden gauge'),
    dict(place='Lake City', u='inches', ab='in', intro='Rainfall recorded at the Lake City airport'),
    dict(place='a hill farm', u='centimeters', ab='cm', intro='Rain measured at a hill farm'),
]


def b_rain(c, j, ns, rng, diff=False):
    n = 4 if ns % 2 == 0 else 5
    labs = MONTHS[ns: ns + n]
    for _ in range(200):
        vals = [F(rng.randint(5, 65), 10) if ns != 3 else F(rng.randint(50, 650), 100) for _ in labs]
        if len(set(vals)) == n:
            break
    dp = 1 if ns != 3 else 2
    lines = ['%s (in %s):' % (c['intro'], c['u']), '', ptable(j % 3, 'Month', 'Rainfall (%s)' % c['ab'], labs,
                                                             [dec_str(v, dp) for v in vals])]
    if diff:
        q = 'How much more rain fell in the wettest month than in the driest month?'
    else:
        q = 'What was the total rainfall for these %d months?' % n
    return '\n'.join(lines) + '\n\n' + q, dict(labs=labs, vals=vals, dp=dp)


def s_rain_total(R, c, d):
    nums = [Num(v, 'dec', d['dp']) for v in d['vals']]
    R.intro('add the monthly amounts, lining up the decimal points')
    R.head('Read the data')
    R.restate(list(zip(d['labs'], nums)), lead='Rainfall', cols=('Month', 'Rainfall (%s)' % c['ab']), unit=c['ab'])
    R.head('Add')
    t = R.total(nums, lab='Total', sents=['Adding: {eq}.'], unit=c['ab'], kind='dec')
    R.final(t, 'The total rainfall was {ans}.', c['u'])


def s_rain_diff(R, c, d):
    nums = [Num(v, 'dec', d['dp']) for v in d['vals']]
    R.intro('find the wettest and driest months and subtract')
    R.head('Read the data')
    R.restate(list(zip(d['labs'], nums)), lead='Rainfall', cols=('Month', 'Rainfall (%s)' % c['ab']), unit=c['ab'])
    R.head('Wettest and driest')
    sorted_line(R, nums)
    big, small = maxmin_notes(R, None, d['labs'], nums)
    R.head('Subtract')
    diff = R.calc([big, '-', small], kind='dec', lab='Difference', sents=['The difference is {eq}.'], unit=c['ab'])
    R.final(Num(diff.v, 'dec'), 'The wettest month had {ans} more rain.', c['u'])


# ---------------------------------------------------------------- temperatures
TEMP = [
    dict(place='Fairbanks', u='°F', what='low temperature'),
    dict(place='the mountain station', u='°C', what='temperature at 6 a.m.'),
    dict(place='Winnipeg', u='°C', what='low temperature'),
    dict(place='the Arctic research camp', u='°F', what='noon temperature'),
]


def tfmt(v):
    return ('−%d' % -v if v < 0 else '%d' % v)


def b_temp(c, j, ns, rng, mean=False):
    labs = DAYS5 if ns % 2 == 0 else DAYS7
    n = len(labs)
    for _ in range(500):
        vals = [rng.randint(-15, 12) for _ in labs]
        if not any(v < 0 for v in vals) or not any(v > 0 for v in vals):
            continue
        if mean:
            s = sum(vals)
            if ns < 2 and s % n == 0 and (ns == 0) == (s < 0):
                break
            if ns >= 2 and s % n != 0 and is_term(F(s, n), 1) is False and True:
                break
        else:
            break
    lines = ['The %s in %s each day last week:' % (c['what'], c['place']), '',
             ptable(j % 3, 'Day', 'Temperature (%s)' % c['u'], labs, [tfmt(v) + c['u'] for v in vals])]
    if mean:
        q = 'What was the mean %s for these days? Round to the nearest tenth of a degree if needed.' % c['what']
    else:
        q = 'What is the difference between the highest and the lowest %s?' % c['what']
    return '\n'.join(lines) + '\n\n' + q, dict(labs=labs, vals=vals)


def s_temp_range(R, c, d):
    nums = [N(v) for v in d['vals']]
    R.intro('subtract the lowest temperature from the highest (careful with the negative sign)')
    R.head('Read the data')
    R.restate(list(zip(d['labs'], nums)), lead='Temperatures', cols=('Day', 'Temp (%s)' % c['u']), unit=c['u'])
    R.head('Highest and lowest')
    sorted_line(R, nums, lead='Sorted from coldest to warmest')
    big, small = maxmin_notes(R, None, d['labs'], nums)
    R.head('Difference')
    diff = R.calc([big, '-', small], lab='Difference', sents=['The difference is {eq}.'], unit='degrees')
    R.note('Subtracting a negative number is the same as adding its opposite.')
    R.final(diff, 'The difference is {ans}.', 'degrees')


def s_temp_mean(R, c, d):
    nums = [N(v) for v in d['vals']]
    R.intro('add all the temperatures (keeping the signs) and divide by %d' % len(nums))
    R.head('Read the data')
    R.restate(list(zip(d['labs'], nums)), lead='Temperatures', cols=('Day', 'Temp (%s)' % c['u']), unit=c['u'])
    R.head('Sum')
    neg = [n for n in nums if n.v < 0]
    pos = [n for n in nums if n.v >= 0]
    if R.rng.random() < 0.5 and len(neg) >= 2 and len(pos) >= 2:
        sp = R.calc(add_items(pos), lab='Sum of the non-negative values', sents=['The warm days add to {eq}.'])
        sn = R.calc(add_items(neg), lab='Sum of the negative values', sents=['The cold days add to {eq}.'],
                    allow_neg=True)
        t = R.calc([sp, '+', sn], lab='Sum', sents=['Together: {eq}.'], allow_neg=True)
    else:
        t = R.calc(add_items(nums), lab='Sum', sents=['The sum is {eq}.'], allow_neg=True)
    R.head('Mean')
    m = R.calc([t, '/', N(len(nums))], round_to=1, lab='Mean', sents=['Mean = {eq}.'], allow_neg=True)
    R.final(m, 'The mean temperature was {ans}.', c['u'])


# ---------------------------------------------------------------- schedules
SCHED = [
    dict(title="Nora's Saturday classes", acts=['Swimming', 'Piano', 'Art', 'Chess']),
    dict(title='Field day events', acts=['Relay race', 'Tug-of-war', 'Sack race', 'Water balloons']),
    dict(title='Conference talks (Room B)', acts=['Keynote', 'Workshop', 'Panel', 'Demo session']),
    dict(title='Summer camp morning', acts=['Canoeing', 'Archery', 'Crafts', 'Hiking']),
]


def b_sched(c, j, ns, rng):
    k = 3 if ns % 2 == 0 else 4
    t = rng.choice([8 * 60, 8 * 60 + 30, 9 * 60, 9 * 60 + 15, 13 * 60])
    rows = []
    for i in range(k):
        dur = rng.choice([35, 40, 45, 50, 55, 65, 70, 75, 80, 90])
        if ns == 3 and i == 0:
            dur = 60
        rows.append((c['acts'][i], t, t + dur))
        t = t + dur + rng.choice([0, 10, 15, 20])
    ampm = j % 2 == 1
    lines = ['%s:' % c['title'], '']
    lines.append('| Activity | Start | End |')
    lines.append('|---|---|---|')
    for a, s, e in rows:
        lines.append('| %s | %s | %s |' % (a, tstr(s, ampm), tstr(e, ampm)))
    q = 'How many minutes in total are spent in the activities (not counting breaks)?'
    return '\n'.join(lines) + '\n\n' + q, dict(rows=rows, ampm=ampm)


def s_sched(R, c, d):
    R.intro('find the length of each activity and add them')
    R.head('Length of each activity')
    durs = []
    for a, s, e in d['rows']:
        durs.append(R.tcalc(s, e, a, d['ampm']))
    R.head('Add')
    t = R.total(durs, lab='Total', sents=['Adding the times: {eq}.'], unit='minutes')
    if t.v >= 60:
        h, m = divmod(int(t.v), 60)
        tt = R.fnum(t)
        R.say('(%s minutes = %d hour%s %d minutes.)' % (tt, h, '' if h == 1 else 's', m) if m else
              '(%s minutes = %d hour%s exactly.)' % (tt, h, '' if h == 1 else 's'))
    R.final(t, 'The activities take {ans} in total.', 'minutes')


TRAINS = [
    dict(what='The Riverside train', stop='Riverside station'),
    dict(what='Bus 12', stop='the library stop'),
    dict(what='The ferry', stop='Pier 3'),
    dict(what='The shuttle', stop='the airport'),
]


def b_gap(c, j, ns, rng):
    k = 4 if ns % 2 == 0 else 5
    t = rng.choice([6 * 60 + 40, 7 * 60 + 5, 7 * 60 + 50, 10 * 60 + 10])
    times = [t]
    for _ in range(k - 1):
        t += rng.choice([12, 18, 25, 30, 35, 40, 45, 50, 55])
        times.append(t)
    if ns == 3:
        g = [b - a for a, b in zip(times, times[1:])]
        mx = max(g)
        i = g.index(mx)
        o = (i + 1) % len(g)
        delta = mx - g[o]
        for q in range(o + 1, len(times)):
            times[q] += delta
    lines = ['%s leaves %s at these times:' % (c['what'], c['stop']), '',
             ', '.join(tstr(x) for x in times)]
    q = 'What is the longest wait, in minutes, between two departures in a row?'
    return '\n'.join(lines) + '\n\n' + q, dict(times=times)


def s_gap(R, c, d):
    R.intro('find the time between each pair of departures and pick the largest')
    R.head('Gaps between departures')
    ts = d['times']
    gs = []
    for i, (a, b) in enumerate(zip(ts, ts[1:])):
        gs.append(R.tcalc(a, b, 'Gap %d' % (i + 1)))
    R.head('Largest gap')
    mx = max(g.v for g in gs)
    idx = [i for i, g in enumerate(gs) if g.v == mx]
    R.say('Gaps in minutes: %s' % ', '.join(R.t(g) for g in gs))
    if len(idx) > 1:
        R.note('Gaps %s are tied for the longest.' % join_list([str(i + 1) for i in idx]))
    R.final(N(mx), 'The longest wait is {ans}.', 'minutes')


# ---------------------------------------------------------------- pay, unit price, budget
PAY = [
    dict(who='Jordan', job='at the pet store', rates=[F(12), F(15), F(14), F(16)]),
    dict(who='Aisha', job='babysitting', rates=[F(11), F(13), F(18), F(10)]),
    dict(who='Carlos', job='at the car wash', rates=[F(1250, 100), F(14), F(1350, 100), F(15)]),
    dict(who='Mei', job='tutoring', rates=[F(20), F(22), F(18), F(25)]),
]


def b_pay(c, j, ns, rng):
    labs = DAYS5[:rng.choice([3, 4, 5])]
    hrs = [F(rng.randint(2, 16), 2) for _ in labs]
    rate = c['rates'][ns]
    lines = ['%s works %s and earns $%s per hour. Hours worked this week:' % (c['who'], c['job'], dec_str(rate, 2)
                                                                               if rate.denominator != 1 else
                                                                               str(int(rate))), '',
             ptable(j % 3, 'Day', 'Hours', labs, [dec_str(h) for h in hrs])]
    q = 'How much did %s earn this week?' % c['who']
    return '\n'.join(lines) + '\n\n' + q, dict(labs=labs, hrs=hrs, rate=rate)


def s_pay(R, c, d):
    rate = Mw(d['rate'])
    R.intro('find the total hours and multiply by the hourly rate')
    hrs = [Num(h, 'dec') for h in d['hrs']]
    if R.rng.random() < 0.5:
        R.head('Total hours')
        R.restate(list(zip(d['labs'], hrs)), lead='Hours', cols=('Day', 'Hours'), unit='h')
        th = R.total(hrs, lab='Total hours', sents=['Total hours: {eq}.'], unit='hours', kind='dec')
        R.head('Pay')
        pay = R.calc([th, '*', rate], kind='money', lab='Pay', sents=['Pay = {eq}.'])
    else:
        R.head('Pay for each day')
        rows = [(l, dec_str(h.v), [h, '*', rate]) for l, h in zip(d['labs'], hrs)]
        ps = R.per_item(rows, ('Day', 'Hours', 'Pay'), kind='money')
        R.head('Total pay')
        pay = R.total(ps, lab='Total pay', sents=['Adding: {eq}.'], kind='money')
    R.final(pay, '%s earned {ans} this week.' % c['who'])


UNIT = [
    dict(what='granola bars', packs=[(4, F(3)), (6, F(45, 10)), (10, F(7)), (12, F(66, 10)), (8, F(52, 10))]),
    dict(what='juice boxes', packs=[(3, F(24, 10)), (8, F(6)), (10, F(65, 10)), (6, F(42, 10)), (12, F(9))]),
    dict(what='pencils', packs=[(5, F(2)), (10, F(35, 10)), (24, F(6)), (12, F(36, 10)), (20, F(5))]),
    dict(what='tennis balls', packs=[(3, F(45, 10)), (4, F(6)), (6, F(72, 10)), (12, F(12)), (8, F(10))]),
]


def b_unit(c, j, ns, rng):
    idx = sorted(rng.sample(range(5), 3))
    packs = [c['packs'][i] for i in idx]
    lines = ['A store sells %s in different pack sizes:' % c['what'], '', '| Pack | Price |', '|---|---|']
    for k, p in packs:
        lines.append('| %d-pack | %s |' % (k, fm(p) if p.denominator != 1 else '$%d.00' % p))
    q = ('How much more per %s does the most expensive pack (by unit price) cost than the cheapest pack? '
         'Give the answer in dollars.' % c['what'].rstrip('s').replace('boxe', 'box'))
    return '\n'.join(lines) + '\n\n' + q, dict(packs=packs)


def s_unit(R, c, d):
    R.intro('find the price per item for each pack')
    R.head('Unit prices')
    rows = [('%d-pack' % k, None, [M(p), '/', N(k)]) for k, p in d['packs']]
    ups = R.per_item(rows, ('Pack', 'Price per item'), kind='money')
    R.head('Compare')
    hi = max(ups, key=lambda u: u.v)
    lo = min(ups, key=lambda u: u.v)
    his = [r[0] for r, u in zip(rows, ups) if u.v == hi.v]
    los = [r[0] for r, u in zip(rows, ups) if u.v == lo.v]
    R.say('Most expensive per item: %s (%s). Cheapest per item: %s (%s).' % (join_list(his), R.t(hi),
                                                                               join_list(los), R.t(lo)))
    diff = R.calc([hi, '-', lo], kind='money', lab='Difference', sents=['The difference is {eq} per item.'])
    R.final(diff, 'The most expensive pack costs {ans} more per item.')


def b_budget(s, j, ns, rng):
    for _ in range(300):
        buy = pick_buy(rng, s, 2)
        rest = [it for it in s['items'] if it[0] not in (buy[0][0], buy[1][0])]
        target = rng.choice(rest)
        tot = sum(p * q for _, p, q in buy)
        budget = next(b for b in (10, 15, 20, 25, 30, 40, 50, 60, 80, 100) if b > tot + 2 * target[1])
        left = budget - tot
        n = left / target[1]
        if is_term(n, 2) and n.denominator != 1:
            break
        if ns == 3 and n.denominator == 1:
            break
    q = ('%s has $%d. %s buys %s, then wants to spend the rest on %s. What is the greatest number %s that %s can '
         'buy?' % (s['who'], budget, 'He' if s['who'] in ('Omar', 'Mr. Patel') else 'She', buy_text(buy),
                   target[0].lower() + 's' if False else 'the item "%s"' % target[0], 'of that item',
                   'he' if s['who'] in ('Omar', 'Mr. Patel') else 'she'))
    return price_list(s, j) + '\n\n' + q, dict(buy=buy, budget=budget, target=target)


def s_budget(R, s, d):
    R.intro('spend on the first items, then see how many of the last item fit in what is left')
    R.head('Cost of the first items')
    cs = R.per_item(cost_rows(R, d['buy']), ('Item', 'Quantity', 'Cost'), kind='money')
    t = R.total(cs, lab='Spent', sents=['Spent so far: {eq}.'], kind='money')
    R.head('Money left')
    left = R.calc([Mw(d['budget']), '-', t], kind='money', lab='Left', sents=['Money left: {eq}.'])
    R.head('How many %s' % d['target'][0].lower())
    p = M(d['target'][1])
    k = R.calc([left, '/', p], kind='dec', approx_dp=2, lab='Number', sents=['Dividing: {eq}.'])
    exact = left.v / p.v
    whole = N(exact.numerator // exact.denominator if exact >= 0 else 0)
    if k.v.denominator != 1:
        R.say('Only whole items can be bought, so the answer is %s.' % R.t(whole))
        R.check([whole, '*', p], Num(whole.v * p.v, 'money', 2), kind='money')
    R.final(whole, '%s can buy {ans} of them.' % s['who'])
