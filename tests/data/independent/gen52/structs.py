"""Problem structures and phrasings (grade-school word problems)."""
from fractions import Fraction as F
from core import G, S

STRUCTS = []


def struct(name, ctxs):
    def deco(fn):
        STRUCTS.append((name, fn, ctxs))
        return fn
    return deco


def money_pick(r, lo, hi, step):
    n = r.randint(int(lo / step), int(hi / step))
    return F(n) * F(step).limit_denominator(100)


# 1 ------------------------------------------------------------------------
@struct('packs_left', [
    dict(q="Maya buys {n} boxes of granola bars. Each box has {k} bars. She gives {e} bars to her soccer team. How many bars does she have left?",
         pks='boxes', it='bars', gone='gave away', who='she'),
    dict(q="A teacher has {n} packs of pencils with {k} pencils in each pack. The class uses {e} pencils in the first month. How many pencils are left?",
         pks='pkgs', it='pencils', gone='used', who='the teacher'),
    dict(q="Leo baked {n} trays of cookies, {k} cookies per tray. His family ate {e} cookies. How many cookies are left?",
         pks='trays', it='cookies', gone='ate', who='he'),
    dict(q="There are {n} crates of apples and each crate holds {k} apples. {e} apples were bruised and thrown out. How many good apples are there?",
         pks='crates', it='apples', gone='tossed', who='they'),
    dict(q="Jada got {n} sheets of stickers with {k} stickers on each sheet. She used {e} stickers on her notebook. How many stickers does she still have?",
         pks='sheets', it='stickers', gone='used', who='she'),
])
def st_packs(r, c):
    n = r.randint(3, 14)
    k = r.choice([6, 8, 10, 12, 15, 16, 18, 20, 24, 25])
    e = r.randint(4, n * k // 2)
    it = c['it']
    g = [G('n', n, lab=c['pks']), G('k', k, lab=it + ' ea'), G('e', e, lab=c['gone'])]
    s = [S('tot', 'mul', ['n', 'k'], u=it, lab='tot ' + it, desc=c['who'] + ' starts w/ @@ ' + it,
           why='%d %s w/ %d ea' % (n, c['pks'], k)),
         S('left', 'sub', ['tot', 'e'], u=it, lab=it + ' left', desc='@@ ' + it + ' left',
           why=c['gone'] + ' %d' % e)]
    return dict(g=g, s=s, find=it + ' left', au=it)


# 2 ------------------------------------------------------------------------
@struct('shop_change', [
    dict(q="Sam buys {a} notebooks for {p} each and {b} pens for {q} each. He pays with a {bill} bill. How much change does he get?",
         i1='notebooks', i2='pens'),
    dict(q="At the school store, Ana gets {a} folders at {p} each and {b} erasers at {q} each. She hands the cashier {bill}. What is her change?",
         i1='folders', i2='erasers'),
    dict(q="Mr. Diaz buys {a} sandwiches that cost {p} each and {b} drinks that cost {q} each. If he pays with {bill}, how much change should he get back?",
         i1='sandwiches', i2='drinks'),
    dict(q="Kira bought {a} packs of seeds at {p} a pack and {b} small pots at {q} a pot. She paid with a {bill} bill. How much change did she get?",
         i1='seed packs', i2='pots'),
    dict(q="For a party, Omar buys {a} balloons priced at {p} each and {b} party hats priced at {q} each. He gives the clerk {bill}. How much change does he receive?",
         i1='balloons', i2='hats'),
])
def st_shop(r, c):
    while True:
        a = r.randint(2, 6)
        b = r.randint(2, 8)
        p = money_pick(r, 1.25, 6.5, 0.25)
        q = money_pick(r, 0.5, 3.0, 0.25)
        tot = a * p + b * q
        bill = next((x for x in (20, 50, 100) if x > tot + 1), None)
        if bill:
            break
    g = [G('a', a, lab=c['i1']), G('p', p, 'money', lab='ea'), G('b', b, lab=c['i2']),
         G('q', q, 'money', lab='ea'), G('bill', bill, 'money', lab='paid')]
    s = [S('c1', 'mul', ['a', 'p'], 'money', lab=c['i1'], desc=c['i1'] + ' cost @@'),
         S('c2', 'mul', ['b', 'q'], 'money', lab=c['i2'], desc=c['i2'] + ' cost @@'),
         S('tot', 'add', ['c1', 'c2'], 'money', lab='tot amt', desc='tot cost is @@'),
         S('ch', 'sub', ['bill', 'tot'], 'money', lab='change', desc='change is @@')]
    return dict(g=g, s=s, find='change', au='change')


# 3 ------------------------------------------------------------------------
@struct('share_keep', [
    dict(q="Nina has {t} marbles. She keeps {k} for herself and shares the rest equally among {n} friends. How many marbles does each friend get?",
         it='marbles', ppl='friends'),
    dict(q="A baker made {t} muffins. He saves {k} for the shop window and splits the rest evenly into {n} boxes. How many muffins go in each box?",
         it='muffins', ppl='boxes'),
    dict(q="The library got {t} new books. It keeps {k} at the front desk and puts the rest equally on {n} shelves. How many books go on each shelf?",
         it='books', ppl='shelves'),
    dict(q="Coach has {t} water bottles. {k} are for the coaches and the rest are split equally between {n} teams. How many bottles does each team get?",
         it='bottles', ppl='teams'),
    dict(q="{t} crayons are in a bin. Ms. Lee takes out {k} broken ones, then divides the rest equally among {n} tables. How many crayons does each table get?",
         it='crayons', ppl='tables'),
])
def st_share(r, c):
    n = r.choice([3, 4, 5, 6, 7, 8, 9, 12])
    each = r.randint(4, 25)
    k = r.randint(2, 19)
    t = n * each + k
    g = [G('t', t, lab=c['it']), G('k', k, lab='kept'), G('n', n, lab=c['ppl'])]
    s = [S('rest', 'sub', ['t', 'k'], u=c['it'], lab='rest', desc='@@ ' + c['it'] + ' to share'),
         S('each', 'div', ['rest', 'n'], u=c['it'], lab='each', desc='each gets @@ ' + c['it'],
           why='split %d ways' % n)]
    return dict(g=g, s=s, find=c['it'] + ' per ' + c['ppl'].rstrip('s').replace('shelve', 'shelf').replace('boxe', 'box'), au=c['it'])


# 4 ------------------------------------------------------------------------
@struct('trip_dist', [
    dict(q="A family drives at {s1} miles per hour for {h1} hours, then at {s2} miles per hour for {h2} hours. How many miles do they drive in all?",
         u='mi', veh='they'),
    dict(q="A train travels {s1} mph for {h1} hours and then {s2} mph for {h2} hours. What is the total distance?",
         u='mi', veh='the train'),
    dict(q="Dev rides his bike at {s1} km per hour for {h1} hours, stops for lunch, then rides {h2} hours at {s2} km per hour. How far does he ride altogether?",
         u='km', veh='he'),
    dict(q="A boat goes {s1} miles an hour for {h1} hours, then slows to {s2} miles an hour for {h2} hours. How many miles does it go in total?",
         u='mi', veh='the boat'),
])
def st_trip(r, c):
    s1 = r.choice([40, 45, 50, 55, 60, 64, 65, 70]) if c['u'] == 'mi' else r.choice([10, 12, 14, 16, 18])
    s2 = r.choice([30, 35, 40, 48, 50, 52, 60]) if c['u'] == 'mi' else r.choice([8, 10, 12, 14])
    h1 = r.choice([F(2), F(3), F(5, 2), F(3, 2), F(4)])
    h2 = r.choice([F(1), F(2), F(3, 2), F(1, 2)])
    if (s1 * h1).denominator != 1:
        h1 = F(3)
    if (s2 * h2).denominator != 1:
        h2 = F(2)
    u = c['u']
    g = [G('s1', s1, lab=u + '/hr'), G('h1', h1, 'mixed', lab='hrs'), G('s2', s2, lab=u + '/hr'),
         G('h2', h2, 'mixed', lab='hrs')]
    s = [S('d1', 'mul', ['s1', 'h1'], u=u, lab='1st part', desc='first part is @@ ' + u),
         S('d2', 'mul', ['s2', 'h2'], u=u, lab='2nd part', desc='second part is @@ ' + u),
         S('tot', 'add', ['d1', 'd2'], u=u, lab='tot', desc=c['veh'] + ' goes @@ ' + u + ' tot')]
    return dict(g=g, s=s, find='tot ' + u, au=u)


# 5 ------------------------------------------------------------------------
@struct('wages', [
    dict(q="Rosa works {h} hours a day for {d} days. She earns {w} per hour. How much does she earn?", who='she'),
    dict(q="A lifeguard works {h} hours each day, {d} days this week, and is paid {w} an hour. How much does he make this week?", who='he'),
    dict(q="Tyler babysits {h} hours a night for {d} nights. He charges {w} per hour. How much money does he make?", who='he'),
    dict(q="Priya's job pays {w} an hour. She works {h} hours on each of {d} days. What are her total earnings?", who='she'),
    dict(q="At the car wash, Ben worked {d} shifts of {h} hours each. He is paid {w} per hour. How much did he earn?", who='he'),
])
def st_wages(r, c):
    h = r.randint(3, 8)
    d = r.randint(2, 6)
    w = r.choice([F(9), F(10), F(12), F(15), F(25, 2), F(29, 2), F(18), F(21, 2), F(16)])
    g = [G('h', h, lab='hrs/day'), G('d', d, lab='days'), G('w', w, 'money', lab='per hr')]
    s = [S('hrs', 'mul', ['h', 'd'], u='hrs', lab='tot hrs', desc=c['who'] + ' works @@ hrs'),
         S('pay', 'mul', ['hrs', 'w'], 'money', lab='pay', desc=c['who'] + ' earns @@')]
    return dict(g=g, s=s, find='tot pay', au='earned')


# 6 ------------------------------------------------------------------------
@struct('discount', [
    dict(q="A jacket costs {P}. It is on sale for {d} off. What is the sale price?", it='jacket'),
    dict(q="A video game is regularly {P}. The store takes {d} off the price. How much does the game cost now?", it='game'),
    dict(q="Shoes that cost {P} are marked down {d}. How much do the shoes cost after the discount?", it='shoes'),
    dict(q="A bike helmet is {P}. With a {d} off coupon, what does Carlos pay?", it='helmet'),
    dict(q="The price of a tent is {P}. During a sale it is {d} off. Find the sale price of the tent.", it='tent'),
])
def st_discount(r, c):
    d = r.choice([10, 15, 20, 25, 30, 40, 50])
    P = r.choice([20, 24, 30, 36, 40, 45, 48, 60, 64, 75, 80, 90, 120, 150])
    g = [G('P', P, 'money', lab='price'), G('d', d, 'pct', lab='off')]
    s = [S('off', 'pct', ['d', 'P'], 'money', lab='discount', desc='the discount is @@'),
         S('sale', 'sub', ['P', 'off'], 'money', lab='sale price', desc='the ' + c['it'] + ' costs @@ now')]
    return dict(g=g, s=s, find='sale price', au='')


# 7 ------------------------------------------------------------------------
@struct('tax', [
    dict(q="Lena buys {n} T-shirts for {P} each. Sales tax is {t}. What is the total cost?", it='shirts'),
    dict(q="Mark orders {n} pizzas at {P} each. There is a {t} sales tax. How much does he pay in all?", it='pizzas'),
    dict(q="A school buys {n} calculators that cost {P} each, plus {t} tax. What is the total bill?", it='calculators'),
    dict(q="Grace gets {n} books priced at {P} each. Tax is {t} of the price. What does she pay altogether?", it='books'),
])
def st_tax(r, c):
    n = r.randint(2, 6)
    P = r.choice([8, 10, 12, 14, 15, 18, 20, 24, 25, 30])
    t = r.choice([5, 6, 7, 8, 10])
    g = [G('n', n, lab=c['it']), G('P', P, 'money', lab='ea'), G('t', t, 'pct', lab='tax')]
    s = [S('sub', 'mul', ['n', 'P'], 'money', lab='before tax', desc='before tax it is @@'),
         S('tax', 'pct', ['t', 'sub'], 'money', lab='tax', desc='tax is @@'),
         S('tot', 'add', ['sub', 'tax'], 'money', lab='tot', desc='tot is @@')]
    return dict(g=g, s=s, find='tot cost', au='')


# 8 ------------------------------------------------------------------------
@struct('frac_give', [
    dict(q="Ella has {N} stickers. She gives {fa} of them to her brother, then gives {fb} of what is left to her friend. How many stickers does she have now?",
         it='stickers'),
    dict(q="A farmer picks {N} apples. He sells {fa} of them at the market and uses {fb} of the remaining apples to make pies. How many apples are left?",
         it='apples'),
    dict(q="There are {N} students in a school. {fa} of them ride the bus. Of the students who don't ride the bus, {fb} walk. How many students neither ride the bus nor walk?",
         it='students'),
    dict(q="Jon had {N} baseball cards. He traded away {fa} of them, then lost {fb} of the cards he had left. How many cards does he have?",
         it='cards'),
])
def st_frac(r, c):
    fa = r.choice([F(1, 2), F(1, 3), F(1, 4), F(2, 3), F(3, 4), F(2, 5), F(1, 5)])
    fb = r.choice([F(1, 2), F(1, 3), F(1, 4), F(3, 4), F(2, 3)])
    m = r.randint(2, 8)
    # N*(1-fa) divisible by fb.den, N divisible by fa.den
    base = fa.denominator * fb.denominator
    N = base * m
    it = c['it']
    g = [G('N', N, lab=it), G('fa', fa, 'frac', lab='1st'), G('fb', fb, 'frac', lab='2nd')]
    s = [S('g1', 'fracof', ['fa', 'N'], u=it, lab='1st part', desc='@@ ' + it + ' go first'),
         S('r1', 'sub', ['N', 'g1'], u=it, lab='left', desc='@@ ' + it + ' left after that'),
         S('g2', 'fracof', ['fb', 'r1'], u=it, lab='2nd part', desc='@@ ' + it + ' go next'),
         S('r2', 'sub', ['r1', 'g2'], u=it, lab='left', desc='@@ ' + it + ' left')]
    return dict(g=g, s=s, find=it + ' left', au=it)


# 9 ------------------------------------------------------------------------
@struct('recipe_mixed', [
    dict(q="A bread recipe uses {m1} cups of flour and {m2} cups of oat flour. Kim makes {k} batches. How many cups of flour does she use in all?",
         u='cups'),
    dict(q="One batch of trail mix needs {m1} cups of nuts and {m2} cups of raisins. How many cups of trail mix are in {k} batches?",
         u='cups'),
    dict(q="A painter mixes {m1} gallons of white paint with {m2} gallons of blue paint for one room. How many gallons does he need for {k} rooms?",
         u='gal'),
    dict(q="Each lemonade jug takes {m1} cups of lemon juice and {m2} cups of sugar syrup. How many cups is that for {k} jugs?",
         u='cups'),
])
def st_recipe(r, c):
    m1 = r.choice([F(3, 2), F(5, 4), F(9, 4), F(7, 4), F(5, 2), F(11, 8), F(3, 4), F(13, 8)])
    m2 = r.choice([F(3, 4), F(1, 2), F(5, 8), F(7, 4), F(3, 2), F(1, 4), F(9, 8)])
    k = r.choice([2, 3, 4, 5, 6])
    u = c['u']
    g = [G('m1', m1, 'mixed', lab=u), G('m2', m2, 'mixed', lab=u), G('k', k, lab='batches')]
    s = [S('one', 'add', ['m1', 'm2'], 'mixed', u=u, lab='1 batch', desc='one batch is @@ ' + u),
         S('tot', 'mul', ['one', 'k'], 'mixed', u=u, lab='tot', desc='all of them is @@ ' + u)]
    return dict(g=g, s=s, find='tot ' + u, au=u)


# 10 -----------------------------------------------------------------------
@struct('practice_hrs', [
    dict(q="Mia practices piano for {m} minutes a day for {d} days. How many hours does she practice in total?", who='she'),
    dict(q="Ravi reads {m} minutes every night. How many hours does he read in {d} nights?", who='he'),
    dict(q="A swim team trains {m} minutes per session and has {d} sessions this month. How many hours is that?", who='they'),
    dict(q="Zoe walks her dog for {m} minutes each day. How many hours of dog walking is that over {d} days?", who='she'),
    dict(q="Each soccer practice lasts {m} minutes. The team has {d} practices. How many hours do they practice altogether?", who='they'),
])
def st_practice(r, c):
    while True:
        m = r.choice([15, 20, 25, 30, 35, 40, 45, 50, 75, 90])
        d = r.randint(3, 14)
        if (m * d) % 15 == 0:
            break
    g = [G('m', m, lab='min/day'), G('d', d, lab='days')]
    s = [S('tot', 'mul', ['m', 'd'], u='min', lab='tot min', desc=c['who'] + ' does @@ min', hm=True),
         S('hrs', 'div', ['tot', 60], 'dec', u='hrs', lab='hrs', desc='that is @@ hrs')]
    return dict(g=g, s=s, find='hrs', au='hrs')


# 11 -----------------------------------------------------------------------
@struct('unit_price', [
    dict(q="A pack of {n} juice boxes costs {P}. How much would {m} juice boxes cost at the same price per box?", it='juice boxes', one='box'),
    dict(q="{n} pencils cost {P}. What is the cost of {m} pencils?", it='pencils', one='pencil'),
    dict(q="A store sells {n} cans of soup for {P}. How much do {m} cans cost?", it='cans', one='can'),
    dict(q="If {n} tickets cost {P}, how much will {m} tickets cost?", it='tickets', one='ticket'),
    dict(q="Tomas paid {P} for {n} bags of chips. At that rate, what do {m} bags cost?", it='bags', one='bag'),
])
def st_unit(r, c):
    n = r.choice([3, 4, 5, 6, 8, 10, 12])
    each = money_pick(r, 0.25, 4.0, 0.25)
    P = n * each
    m = r.choice([x for x in (2, 5, 7, 9, 11, 15, 20) if x != n])
    g = [G('n', n, lab=c['it']), G('P', P, 'money', lab='cost'), G('m', m, lab='want')]
    s = [S('each', 'div', ['P', 'n'], 'money', lab='per ' + c['one'], desc='one ' + c['one'] + ' is @@'),
         S('cost', 'mul', ['m', 'each'], 'money', lab='amt for qty %d' % m, desc=str(m) + ' ' + c['it'] + ' cost @@')]
    return dict(g=g, s=s, find='cost', au='')


# 12 -----------------------------------------------------------------------
@struct('savings', [
    dict(q="Ivy wants a bike that costs {Gl}. She has saved {H}. If she saves {w} each week, how many weeks until she can buy it?", who='she'),
    dict(q="Marcus is saving for a {Gl} game console. He has {H} already and saves {w} a week. How many more weeks does he need to save?", who='he'),
    dict(q="The class needs {Gl} for a field trip. They have raised {H} and raise {w} each week from a bake sale. How many weeks will it take to reach the goal?", who='they'),
    dict(q="A tablet costs {Gl}. Hana has {H} and puts {w} in her piggy bank every week. How many weeks until she has enough?", who='she'),
])
def st_save(r, c):
    w = r.choice([5, 8, 10, 12, 15, 20, 25])
    wk = r.randint(3, 16)
    H = r.choice([10, 15, 20, 25, 30, 35, 40, 50, 60, 75])
    Gl = H + w * wk
    g = [G('Gl', Gl, 'money', lab='goal'), G('H', H, 'money', lab='has'), G('w', w, 'money', lab='per wk')]
    s = [S('need', 'sub', ['Gl', 'H'], 'money', lab='still need', desc='still need @@'),
         S('wk', 'div', ['need', 'w'], u='weeks', lab='weeks', desc='@@ weeks')]
    return dict(g=g, s=s, find='weeks', au='weeks')


# 13 -----------------------------------------------------------------------
@struct('fence', [
    dict(q="A rectangular garden is {l} feet long and {w} feet wide. Fencing costs {c} per foot. How much will it cost to fence the garden?", what='garden'),
    dict(q="Mr. Park wants to put a border around a rectangular bulletin board {l} ft by {w} ft. Border trim costs {c} per foot. What is the cost?", what='board'),
    dict(q="A dog pen is a rectangle {l} ft long and {w} ft wide. How much does fencing cost at {c} a foot?", what='pen'),
    dict(q="A farmer fences a rectangular field that is {l} feet by {w} feet. The fence costs {c} per foot. Find the total cost.", what='field'),
])
def st_fence(r, c):
    l = r.randint(8, 40)
    w = r.randint(5, l)
    cst = r.choice([F(2), F(3), F(5), F(3, 2), F(5, 2), F(4), F(7, 2), F(6)])
    g = [G('l', l, lab='ft long'), G('w', w, lab='ft wide'), G('c', cst, 'money', lab='per ft')]
    s = [S('per', 'perim', ['l', 'w'], u='ft', lab='perimeter', desc='the perimeter is @@ ft'),
         S('cost', 'mul', ['per', 'c'], 'money', lab='cost', desc='the fence costs @@')]
    return dict(g=g, s=s, find='cost', au='')


# 14 -----------------------------------------------------------------------
@struct('tiles', [
    dict(q="A kitchen floor is {l} ft by {w} ft. A box of tiles covers {b} square feet and costs {p}. How much do the tiles cost?", what='floor'),
    dict(q="A patio measures {l} feet by {w} feet. Each bag of gravel covers {b} sq ft and costs {p}. What is the cost to cover the patio?", what='patio'),
    dict(q="Ali is carpeting a room {l} ft long and {w} ft wide. Carpet comes in rolls that cover {b} square feet for {p} a roll. How much will he spend?", what='room'),
    dict(q="A wall is {l} ft wide and {w} ft tall. One can of paint covers {b} square feet and costs {p}. How much does it cost to paint the wall?", what='wall'),
])
def st_tiles(r, c):
    while True:
        l = r.randint(8, 24)
        w = r.randint(6, 16)
        b = r.choice([8, 10, 12, 16, 20, 24, 25, 30, 40])
        if (l * w) % b == 0 and l * w // b >= 2:
            break
    p = r.choice([F(12), F(15), F(18), F(22), F(25), F(27, 2), F(35, 2), F(30)])
    g = [G('l', l, lab='ft'), G('w', w, lab='ft'), G('b', b, lab='sq ft ea'), G('p', p, 'money', lab='ea')]
    s = [S('area', 'mul', ['l', 'w'], u='sq ft', lab='area', desc='the area is @@ sq ft'),
         S('n', 'div', ['area', 'b'], u='boxes', lab='# needed', desc='need @@'),
         S('cost', 'mul', ['n', 'p'], 'money', lab='cost', desc='it costs @@')]
    return dict(g=g, s=s, find='cost', au='')


# 15 -----------------------------------------------------------------------
@struct('ribbon', [
    dict(q="Lucy has {y} yards of ribbon. She cuts it into pieces that are {p} inches long. How many full pieces can she cut?", it='pieces'),
    dict(q="A roll of tape is {y} yards long. Each strip for a poster needs {p} inches. How many full strips can be cut from the roll?", it='strips'),
    dict(q="Dad has a {y}-yard rope. He cuts it into jump ropes that are each {p} inches long. How many jump ropes can he make?", it='ropes'),
    dict(q="A craft store sells {y} yards of yarn. Each bracelet uses {p} inches. How many bracelets can be made?", it='bracelets'),
])
def st_ribbon(r, c):
    while True:
        y = r.randint(2, 12)
        p = r.choice([5, 7, 8, 10, 11, 14, 15, 16, 20, 25])
        if (36 * y) % p != 0 and 36 * y // p >= 2:
            break
    g = [G('y', y, lab='yd'), G('p', p, lab='in ea')]
    s = [S('inch', 'mul', ['y', 36], u='in', lab='inches', desc='that is @@ in', why='36 in per yd'),
         S('n', 'divr', ['inch', 'p'], u=c['it'], lab=c['it'], desc='@@')]
    return dict(g=g, s=s, find=c['it'], au=c['it'])


# 16 -----------------------------------------------------------------------
@struct('average4', [
    dict(q="Jaylen scored {a}, {b}, {c}, and {d} on four tests. What is his average score?", it='pts'),
    dict(q="A bakery sold {a}, {b}, {c}, and {d} loaves of bread on four days. What is the average number sold per day?", it='loaves'),
    dict(q="Four friends collected {a}, {b}, {c}, and {d} cans for a food drive. If they share them out evenly, how many would each have?", it='cans'),
    dict(q="The high temperatures for four days were {a}, {b}, {c}, and {d} degrees. What was the mean high temperature?", it='degrees'),
    dict(q="Ms. Ortiz's class read {a}, {b}, {c}, and {d} books in four weeks. What is the average number of books per week?", it='books'),
])
def st_avg(r, c):
    while True:
        xs = [r.randint(55, 99) for _ in range(4)]
        if sum(xs) % 4 == 0:
            break
    a, b, cc, d = xs
    g = [G('a', a), G('b', b), G('c', cc), G('d', d)]
    s = [S('tot', 'sum', ['a', 'b', 'c', 'd'], u=c['it'], lab='tot', desc='added up its @@'),
         S('avg', 'div', ['tot', 4], u=c['it'], lab='avg', desc='avg is @@')]
    return dict(g=g, s=s, find='avg', au=c['it'])


# 17 -----------------------------------------------------------------------
@struct('vans', [
    dict(q="{s} students are going on a field trip. Each van holds {k} students. How many vans are needed?", it='vans', who='students'),
    dict(q="A coach needs to pack {s} tennis balls into cans that hold {k} balls each. How many cans does he need to hold all of them?", it='cans', who='balls'),
    dict(q="{s} people are coming to a dinner. Each table seats {k}. How many tables are needed so everyone has a seat?", it='tables', who='people'),
    dict(q="A class is packing {s} books into boxes. Each box holds {k} books. What is the least number of boxes needed?", it='boxes', who='books'),
    dict(q="There are {s} campers and each tent sleeps {k}. How many tents do they need?", it='tents', who='campers'),
])
def st_vans(r, c):
    while True:
        k = r.choice([4, 5, 6, 7, 8, 9, 10, 12, 15])
        s_ = r.randint(20, 130)
        if s_ % k != 0:
            break
    g = [G('s', s_, lab=c['who']), G('k', k, lab='per ' + c['it'][:-1])]
    s = [S('q', 'divr', ['s', 'k'], u='', lab='full ' + c['it'], desc='@@'),
         S('need', 'add', ['q', 1], u=c['it'], lab=c['it'], desc='so need @@ ' + c['it'],
           why='+1 for the leftover ' + c['who'])]
    return dict(g=g, s=s, find=c['it'], au=c['it'])


# 18 -----------------------------------------------------------------------
@struct('tip', [
    dict(q="A family's dinner bill is {M}. They leave a {p} tip. How much do they pay in total?", who='they'),
    dict(q="Haircut costs {M} and Jess tips {p}. What is the total she pays?", who='she'),
    dict(q="The pizza delivery came to {M}. Dad adds a {p} tip. What is the total?", who='dad'),
    dict(q="Lunch for the team cost {M}. Coach adds a tip of {p}. How much did coach pay altogether?", who='coach'),
])
def st_tip(r, c):
    p = r.choice([10, 15, 18, 20, 25])
    M = r.choice([20, 24, 30, 32, 40, 45, 50, 56, 60, 64, 75, 80, 85, 96, 120])
    g = [G('M', M, 'money', lab='bill'), G('p', p, 'pct', lab='tip')]
    s = [S('tip', 'pct', ['p', 'M'], 'money', lab='tip', desc='the tip is @@'),
         S('tot', 'add', ['M', 'tip'], 'money', lab='tot', desc=c['who'] + ' pays @@')]
    return dict(g=g, s=s, find='tot', au='')


# 19 -----------------------------------------------------------------------
@struct('ratio', [
    dict(q="The ratio of boys to girls in a club is {a}:{b}. There are {T} kids in the club. How many girls are there?", x='boys', y='girls', tot='kids'),
    dict(q="A fruit bowl has apples and oranges in the ratio {a}:{b}. There are {T} pieces of fruit. How many oranges are there?", x='apples', y='oranges', tot='fruit'),
    dict(q="Red and blue beads are mixed in a ratio of {a} to {b}. If there are {T} beads, how many are blue?", x='red', y='blue', tot='beads'),
    dict(q="Sand and cement are mixed {a}:{b} by weight. A batch weighs {T} pounds. How many pounds of cement are in it?", x='sand', y='cement', tot='lb'),
])
def st_ratio(r, c):
    a = r.randint(1, 7)
    b = r.choice([x for x in range(2, 9) if x != a])
    one = r.randint(3, 15)
    T = (a + b) * one
    g = [G('a', a), G('b', b), G('T', T, lab=c['tot'])]
    s = [S('parts', 'add', ['a', 'b'], u='parts', lab='parts', desc='tot parts = @@'),
         S('one', 'div', ['T', 'parts'], u='per part', lab='1 part', desc='one part is @@'),
         S('y', 'mul', ['b', 'one'], u=c['y'], lab=c['y'], desc='@@ ' + c['y'])]
    return dict(g=g, s=s, find=c['y'], au=c['y'])


# 20 -----------------------------------------------------------------------
@struct('reading', [
    dict(q="A book has {P} pages. Eli reads {r} pages a day for {d} days. Then he reads {r2} pages a day. How many more days does it take him to finish?", who='he'),
    dict(q="Sofia's novel is {P} pages long. She reads {r} pages each day for {d} days, then speeds up to {r2} pages a day. How many more days until she finishes?", who='she'),
    dict(q="A class is reading a {P}-page book aloud. They read {r} pages a day for {d} days and then {r2} pages a day. How many more days will it take?", who='they'),
])
def st_read(r, c):
    while True:
        rr = r.choice([8, 10, 12, 15, 20, 25])
        d = r.randint(3, 9)
        r2 = r.choice([x for x in (12, 15, 20, 25, 30, 40) if x != rr])
        more = r.randint(2, 9)
        P = rr * d + r2 * more
        if P < 600:
            break
    g = [G('P', P, lab='pages'), G('r', rr, lab='pg/day'), G('d', d, lab='days'), G('r2', r2, lab='pg/day')]
    s = [S('read', 'mul', ['r', 'd'], u='pages', lab='read so far', desc=c['who'] + ' reads @@ pages first'),
         S('left', 'sub', ['P', 'read'], u='pages', lab='left', desc='@@ pages left'),
         S('days', 'div', ['left', 'r2'], u='days', lab='more days', desc='@@ more days')]
    return dict(g=g, s=s, find='more days', au='days')


# 21 -----------------------------------------------------------------------
@struct('fuel', [
    dict(q="A car gets {m} miles per gallon. Gas costs {g} a gallon. How much does gas cost for a {D}-mile trip?", who='the car'),
    dict(q="The Lopez family drives {D} miles to visit grandma. Their van goes {m} miles on a gallon of gas, and gas is {g} per gallon. What is the gas cost?", who='the van'),
    dict(q="A truck can go {m} miles per gallon. How much will fuel cost to drive {D} miles if fuel is {g} per gallon?", who='the truck'),
    dict(q="Gas is {g} per gallon. Ms. Cho's car goes {m} miles per gallon. What does it cost her to drive {D} miles?", who='the car'),
])
def st_fuel(r, c):
    m = r.choice([20, 24, 25, 28, 30, 32, 35, 40])
    gal = r.randint(3, 18)
    D = m * gal
    gp = r.choice([F(3), F(7, 2), F(13, 4), F(4), F(15, 4), F(5, 2), F(9, 2)])
    g = [G('m', m, lab='mpg'), G('g', gp, 'money', lab='per gal'), G('D', D, lab='mi')]
    s = [S('gal', 'div', ['D', 'm'], u='gal', lab='gallons', desc=c['who'] + ' uses @@ gal'),
         S('cost', 'mul', ['gal', 'g'], 'money', lab='cost', desc='gas costs @@')]
    return dict(g=g, s=s, find='gas cost', au='')


# 22 -----------------------------------------------------------------------
@struct('bake_sale', [
    dict(q="At a bake sale, the club sells {a} cupcakes for {x} each and {b} cookies for {y} each. Supplies cost {S}. What is the profit?", i1='cupcakes', i2='cookies'),
    dict(q="Kayla sells {a} bracelets at {x} each and {b} keychains at {y} each. She spent {S} on materials. How much profit did she make?", i1='bracelets', i2='keychains'),
    dict(q="A lemonade stand sold {a} large cups at {x} and {b} small cups at {y}. Lemons and sugar cost {S}. How much money did they make after costs?", i1='large', i2='small'),
    dict(q="The school sold {a} adult tickets at {x} each and {b} student tickets at {y} each. The play cost {S} to put on. What was the profit?", i1='adult tix', i2='student tix'),
])
def st_bake(r, c):
    while True:
        a = r.randint(10, 60)
        b = r.randint(10, 80)
        x = money_pick(r, 1.0, 8.0, 0.5)
        y = money_pick(r, 0.5, 3.0, 0.25)
        inc = a * x + b * y
        S_ = F(r.randint(5, 60))
        if inc > S_ + 5:
            break
    g = [G('a', a, lab=c['i1']), G('x', x, 'money', lab='ea'), G('b', b, lab=c['i2']),
         G('y', y, 'money', lab='ea'), G('S', S_, 'money', lab='costs')]
    s = [S('m1', 'mul', ['a', 'x'], 'money', lab=c['i1'], desc=c['i1'] + ' made @@'),
         S('m2', 'mul', ['b', 'y'], 'money', lab=c['i2'], desc=c['i2'] + ' made @@'),
         S('tot', 'add', ['m1', 'm2'], 'money', lab='tot sales', desc='tot sales @@'),
         S('prof', 'sub', ['tot', 'S'], 'money', lab='profit', desc='profit is @@')]
    return dict(g=g, s=s, find='profit', au='profit')


# 23 -----------------------------------------------------------------------
@struct('pct_increase', [
    dict(q="Last year a town had {N} residents. This year the population grew by {p}. How many residents are there now?", it='people'),
    dict(q="A school library had {N} books. It increased its collection by {p}. How many books does it have now?", it='books'),
    dict(q="A zoo had {N} visitors in May. In June, visitors went up {p}. How many visitors were there in June?", it='visitors'),
    dict(q="A plant was {N} millimeters tall. Over the summer its height increased by {p}. How tall is it now in millimeters?", it='mm'),
])
def st_pinc(r, c):
    p = r.choice([5, 10, 12, 15, 20, 25, 30, 40])
    base = {5: 20, 10: 10, 12: 25, 15: 20, 20: 5, 25: 4, 30: 10, 40: 5}[p]
    N = base * r.randint(3, 300 if c['it'] in ('people', 'visitors', 'books') else 30)
    g = [G('N', N, lab=c['it']), G('p', p, 'pct', lab='increase')]
    s = [S('inc', 'pct', ['p', 'N'], u=c['it'], lab='increase', desc='the increase is @@ ' + c['it']),
         S('now', 'add', ['N', 'inc'], u=c['it'], lab='now', desc='now @@ ' + c['it'])]
    return dict(g=g, s=s, find=c['it'] + ' now', au=c['it'])


# 24 -----------------------------------------------------------------------
@struct('temperature', [
    dict(q="At 6 PM the temperature was {T} degrees F. It dropped {d} degrees every hour for {h} hours. What was the temperature then?", u='°F'),
    dict(q="The temperature on a mountain is {T}°C. As a hiker climbs, it falls {d}°C each hour for {h} hours. What is the temperature now?", u='°C'),
    dict(q="In the morning it was {T} degrees. A cold front made it drop {d} degrees per hour for {h} hours. What temperature was it after that?", u='degrees'),
    dict(q="A freezer starts at {T}°F and cools by {d}°F each hour. What is its temperature after {h} hours?", u='°F'),
])
def st_temp(r, c):
    T = r.randint(2, 40)
    d = r.randint(2, 9)
    h = r.randint(2, 8)
    if T - d * h == 0:
        T += 1
    g = [G('T', T, lab='start'), G('d', d, lab='per hr'), G('h', h, lab='hrs')]
    s = [S('drop', 'mul', ['d', 'h'], u='degrees', lab='tot drop', desc='it drops @@ degrees'),
         S('now', 'sub', ['T', 'drop'], 'temp', u=c['u'], lab='temp', desc='it is @@ ' + c['u'] + ' now', neg=True)]
    return dict(g=g, s=s, find='temp', au=c['u'])


# 25 -----------------------------------------------------------------------
@struct('weight_oz', [
    dict(q="Each bag of flour weighs {w} pounds {o} ounces. How many ounces do {n} bags weigh?", it='bags'),
    dict(q="A puppy weighs {w} lb {o} oz. Its brother weighs the same. There are {n} puppies in the litter, all the same weight. What is their total weight in ounces?", it='puppies'),
    dict(q="One package weighs {w} pounds and {o} ounces. What is the total weight in ounces of {n} packages?", it='packages'),
    dict(q="A watermelon weighs {w} lb {o} oz. How many ounces do {n} of these watermelons weigh?", it='melons'),
])
def st_weight(r, c):
    w = r.randint(1, 9)
    o = r.randint(1, 15)
    n = r.randint(2, 9)
    g = [G('w', w, lab='lb'), G('o', o, lab='oz'), G('n', n, lab=c['it'])]
    s = [S('lboz', 'mul', ['w', 16], u='oz', lab='lb to oz', desc='lb to oz: @@ oz', why='16 oz in a lb'),
         S('one', 'add', ['lboz', 'o'], u='oz', lab='1 ' + c['it'][:-1], desc='one weighs @@ oz'),
         S('tot', 'mul', ['one', 'n'], u='oz', lab='tot', desc='all together @@ oz')]
    return dict(g=g, s=s, find='tot oz', au='oz')


# 26 -----------------------------------------------------------------------
@struct('movies', [
    dict(q="A movie marathon shows three movies that are {m1}, {m2}, and {m3} minutes long, with two {b}-minute breaks. How many minutes does the marathon last?", what='marathon'),
    dict(q="Ty plays three games of chess lasting {m1}, {m2}, and {m3} minutes, and takes two breaks of {b} minutes. How many minutes is that in all?", what='it'),
    dict(q="A concert has three sets of {m1}, {m2}, and {m3} minutes, with {b}-minute breaks between sets. How long is the concert in minutes?", what='the concert'),
    dict(q="A school day has three classes of {m1}, {m2}, and {m3} minutes with two {b}-minute passing periods. How many minutes is that total?", what='it'),
])
def st_movies(r, c):
    m1, m2, m3 = r.randint(35, 130), r.randint(35, 130), r.randint(35, 130)
    b = r.choice([5, 10, 12, 15, 20])
    g = [G('m1', m1), G('m2', m2), G('m3', m3), G('b', b, lab='min break')]
    s = [S('mv', 'sum', ['m1', 'm2', 'm3'], u='min', lab='sets', desc='the three add to @@ min'),
         S('br', 'mul', [2, 'b'], u='min', lab='breaks', desc='breaks are @@ min'),
         S('tot', 'add', ['mv', 'br'], u='min', lab='tot', desc='tot is @@ min', hm=True)]
    return dict(g=g, s=s, find='tot min', au='min')


# 27 -----------------------------------------------------------------------
@struct('recipe_scale', [
    dict(q="A recipe uses {f} cup of sugar to make {n} cookies. How many cups of sugar are needed for {m} cookies?", u='cups', it='cookies'),
    dict(q="To make {n} pancakes you need {f} cup of milk. How much milk is needed for {m} pancakes?", u='cups', it='pancakes'),
    dict(q="{f} teaspoon of salt is used for every {n} muffins. How many teaspoons are needed for {m} muffins?", u='tsp', it='muffins'),
    dict(q="A plant food mix uses {f} cup of powder for {n} gallons of water. How many cups for {m} gallons?", u='cups', it='gallons'),
])
def st_scale(r, c):
    f = r.choice([F(1, 2), F(3, 4), F(2, 3), F(1, 4), F(3, 8), F(5, 8), F(1, 3)])
    n = r.choice([6, 8, 10, 12, 15, 20, 24])
    k = r.randint(2, 8)
    if f.denominator == 3:
        k = r.choice([3, 6])
    m = n * k
    g = [G('f', f, 'frac', lab=c['u']), G('n', n, lab=c['it']), G('m', m, lab='want')]
    s = [S('k', 'div', ['m', 'n'], u='batches', lab='times as many', desc='that is @@ batches'),
         S('need', 'mul', ['k', 'f'], 'mixed', u=c['u'], lab='need', desc='need @@ ' + c['u'])]
    return dict(g=g, s=s, find=c['u'], au=c['u'])


# 28 -----------------------------------------------------------------------
@struct('garden', [
    dict(q="A garden has {r} rows with {p} plants in each row. {fr} of the plants are tomatoes and the rest are peppers. How many pepper plants are there?", a='tomatoes', b='peppers'),
    dict(q="An orchard has {r} rows of {p} trees. {fr} of the trees are apple trees and the rest are pear trees. How many pear trees are there?", a='apple', b='pear trees'),
    dict(q="A parking lot has {r} rows of {p} spaces. {fr} of the spaces are full. How many spaces are empty?", a='full', b='empty spaces'),
    dict(q="An auditorium has {r} rows with {p} seats each. {fr} of the seats are taken. How many seats are still open?", a='taken', b='open seats'),
])
def st_garden(r, c):
    fr = r.choice([F(1, 2), F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(2, 5), F(3, 5), F(5, 6), F(3, 8)])
    while True:
        rr = r.randint(3, 15)
        p = r.randint(4, 24)
        if (rr * p) % fr.denominator == 0:
            break
    g = [G('r', rr, lab='rows'), G('p', p, lab='per row'), G('fr', fr, 'frac', lab=c['a'])]
    s = [S('tot', 'mul', ['r', 'p'], u='', lab='tot', desc='there are @@ in all'),
         S('a', 'fracof', ['fr', 'tot'], u=c['a'], lab=c['a'], desc='@@ are ' + c['a']),
         S('b', 'sub', ['tot', 'a'], u=c['b'], lab=c['b'], desc='@@ ' + c['b'])]
    return dict(g=g, s=s, find=c['b'], au=c['b'])


# 29 -----------------------------------------------------------------------
@struct('phone_plan', [
    dict(q="A phone plan costs {B} a month and includes {Gb} GB of data. Each extra GB costs {c}. Zack used {U} GB this month. What is his bill?", u='GB', who='zack'),
    dict(q="A gym charges {B} a month for {Gb} classes. Each extra class is {c}. Meg took {U} classes. What does she owe this month?", u='classes', who='meg'),
    dict(q="A parking pass is {B} per month for {Gb} days. Extra days cost {c} each. Ray parked {U} days. How much does he pay?", u='days', who='ray'),
    dict(q="A music lessons package is {B} for {Gb} lessons, then {c} for each extra lesson. Ava took {U} lessons. What is the total cost?", u='lessons', who='ava'),
])
def st_phone(r, c):
    B = r.choice([20, 25, 30, 35, 40, 45, 50, 60])
    Gb = r.choice([2, 4, 5, 8, 10, 12])
    U = Gb + r.randint(2, 9)
    cc = r.choice([F(5), F(8), F(10), F(15, 2), F(12), F(25, 2), F(15)])
    g = [G('B', B, 'money', lab='base'), G('Gb', Gb, lab='incl'), G('c', cc, 'money', lab='per extra'), G('U', U, lab='used')]
    s = [S('ex', 'sub', ['U', 'Gb'], u='extra', lab='extra', desc='@@ extra ' + c['u']),
         S('xc', 'mul', ['ex', 'c'], 'money', lab='extra cost', desc='extra cost is @@'),
         S('bill', 'add', ['B', 'xc'], 'money', lab='bill', desc='bill is @@')]
    return dict(g=g, s=s, find='bill', au='')


# 30 -----------------------------------------------------------------------
@struct('split_bill', [
    dict(q="{n} friends eat out. The bill is {M} and they add a {p} tip. If they split the total evenly, how much does each pay?", ppl='friends'),
    dict(q="A team dinner costs {M} plus a {p} tip. The {n} players split it equally. How much does each player pay?", ppl='players'),
    dict(q="{n} cousins order food for {M}. They tip {p} and share the cost equally. What is each cousin's share?", ppl='cousins'),
    dict(q="The bill for {n} coworkers is {M}. With a {p} tip added, they split it evenly. How much does each person pay?", ppl='people'),
])
def st_split(r, c):
    while True:
        n = r.randint(2, 8)
        p = r.choice([10, 15, 20, 25])
        M = F(r.randint(4, 60) * 4)
        tot = M * (100 + p) / 100
        if (tot / n * 100).denominator == 1 and (M * p / 100 * 100).denominator == 1:
            break
    g = [G('n', n, lab=c['ppl']), G('M', M, 'money', lab='bill'), G('p', p, 'pct', lab='tip')]
    s = [S('tip', 'pct', ['p', 'M'], 'money', lab='tip', desc='tip is @@'),
         S('tot', 'add', ['M', 'tip'], 'money', lab='tot', desc='tot is @@'),
         S('each', 'div', ['tot', 'n'], 'money', lab='each', desc='each pays @@')]
    return dict(g=g, s=s, find='each', au='each')


# 31 -----------------------------------------------------------------------
@struct('walk_speed', [
    dict(q="Nora walks {D} miles in {m} minutes. What is her speed in miles per hour?", who='she', u='mi'),
    dict(q="A cyclist rides {D} km in {m} minutes. How many km per hour is that?", who='the cyclist', u='km'),
    dict(q="A runner covers {D} miles in {m} minutes at a steady pace. Find the runner's speed in mph.", who='the runner', u='mi'),
    dict(q="A drone flies {D} miles in {m} minutes. How fast is it going in miles per hour?", who='the drone', u='mi'),
])
def st_speed(r, c):
    m = r.choice([15, 30, 45, 75, 90, 105, 120, 135, 150])
    hr = F(m, 60)
    while True:
        v = r.randint(2, 30)
        D = v * hr
        if D.denominator == 1:
            break
    g = [G('D', D, lab=c['u']), G('m', m, lab='min')]
    s = [S('hr', 'div', ['m', 60], 'dec', u='hr', lab='hrs', desc='%d min is @@ hr' % m),
         S('v', 'div', ['D', 'hr'], 'dec', u='mph' if c['u'] == 'mi' else 'km/h', lab='speed', desc='speed is @@ ' + ('mph' if c['u'] == 'mi' else 'km/h'))]
    return dict(g=g, s=s, find='speed', au='mph' if c['u'] == 'mi' else 'km/h')


# 32 -----------------------------------------------------------------------
@struct('stickers', [
    dict(q="Owen has {a} stickers. He buys {b} packs with {c} stickers in each. Then he gives {d} stickers to each of his {e} friends. How many stickers does he have left?", it='stickers'),
    dict(q="A toy store has {a} yo-yos. It gets {b} boxes of {c} yo-yos, then sells {d} yo-yos to each of {e} schools. How many yo-yos are left?", it='yo-yos'),
    dict(q="Bea has {a} beads. She buys {b} bags of {c} beads each. She uses {d} beads for each of {e} necklaces. How many beads does she have left over?", it='beads'),
    dict(q="A shelter has {a} cans of dog food. A donor brings {b} cases with {c} cans each. The shelter uses {d} cans a day for {e} days. How many cans are left?", it='cans'),
])
def st_stick(r, c):
    while True:
        a = r.randint(5, 60)
        b = r.randint(2, 8)
        cc = r.choice([6, 8, 10, 12, 20, 24])
        d = r.randint(2, 9)
        e = r.randint(2, 9)
        if a + b * cc - d * e > 0:
            break
    it = c['it']
    g = [G('a', a), G('b', b), G('c', cc), G('d', d), G('e', e)]
    s = [S('buy', 'mul', ['b', 'c'], u=it, lab='bought', desc='@@ ' + it + ' come in'),
         S('tot', 'add', ['a', 'buy'], u=it, lab='tot', desc='now @@ ' + it),
         S('gone', 'mul', ['d', 'e'], u=it, lab='gone', desc='@@ ' + it + ' go out'),
         S('left', 'sub', ['tot', 'gone'], u=it, lab='left', desc='@@ ' + it + ' left')]
    return dict(g=g, s=s, find=it + ' left', au=it)


# 33 -----------------------------------------------------------------------
@struct('pizza', [
    dict(q="Dad orders {p} pizzas cut into {k} slices each. {n} kids each eat {s} slices. How many slices are left?", it='slices'),
    dict(q="For a party there are {p} cakes with {k} pieces each. {n} guests each have {s} pieces. How many pieces are left over?", it='pieces'),
    dict(q="A coach brings {p} bags of orange slices with {k} slices per bag. {n} players eat {s} slices each. How many slices remain?", it='slices'),
    dict(q="Mom buys {p} cartons of eggs with {k} eggs in each. She uses {s} eggs a day for {n} days. How many eggs are left?", it='eggs'),
])
def st_pizza(r, c):
    while True:
        p = r.randint(2, 9)
        k = r.choice([6, 8, 10, 12])
        n = r.randint(3, 15)
        s_ = r.randint(2, 4)
        if p * k - n * s_ > 0:
            break
    it = c['it']
    g = [G('p', p), G('k', k), G('n', n), G('s', s_)]
    s = [S('tot', 'mul', ['p', 'k'], u=it, lab='tot', desc='@@ ' + it + ' tot'),
         S('ate', 'mul', ['n', 's'], u=it, lab='eaten', desc='@@ ' + it + ' get used'),
         S('left', 'sub', ['tot', 'ate'], u=it, lab='left', desc='@@ ' + it + ' left')]
    return dict(g=g, s=s, find=it + ' left', au=it)


# 34 -----------------------------------------------------------------------
@struct('clock_diff', [
    dict(q="Soccer practice starts at {st} and ends at {en}. Practice happens {d} days a week. How many minutes of practice is that per week?", what='practice'),
    dict(q="Kai's piano lesson goes from {st} to {en}. He has a lesson {d} times a month. How many minutes of lessons does he have in a month?", what='lesson'),
    dict(q="A bakery's afternoon shift runs from {st} to {en}. Lin works that shift {d} days. How many minutes does she work in all?", what='shift'),
    dict(q="The museum tour runs from {st} to {en}. The guide gives the tour {d} times this week. How many minutes of tours is that?", what='tour'),
])
def st_clock(r, c):
    st = r.randint(1 * 12, 4 * 12) * 5 + 60  # minutes after 12:00 (1:00 - 5:00)
    dur = r.randint(13, 28) * 5
    while dur < 65 or ((st % 60) <= (st + dur) % 60 and r.random() < 0.6):
        st = r.randint(12, 48) * 5 + 60
        dur = r.randint(13, 28) * 5
    en = st + dur
    d = r.randint(2, 7)
    g = [G('st', st, 'clock'), G('en', en, 'clock'), G('d', d, lab='days')]
    s = [S('dur', 'clockdiff', ['st', 'en'], 'dur', u='min', lab=c['what'], desc='each ' + c['what'] + ' is @@ min'),
         S('tot', 'mul', ['dur', 'd'], u='min', lab='tot', desc='@@ min tot')]
    return dict(g=g, s=s, find='tot min', au='min')


# 35 -----------------------------------------------------------------------
@struct('avg_round', [
    dict(q="Kenji's quiz scores are {a}, {b}, and {c}. What is his average, rounded to the nearest tenth?", it=''),
    dict(q="Three pumpkins weigh {a}, {b}, and {c} pounds. What is the mean weight to the nearest tenth of a pound?", it='lb'),
    dict(q="A runner's three race times were {a}, {b}, and {c} seconds. Find the average time, rounded to one decimal place.", it='sec'),
    dict(q="Rain fell on three days: {a}, {b}, and {c} millimeters. What was the average rainfall, rounded to the nearest tenth?", it='mm'),
])
def st_avground(r, c):
    while True:
        xs = [r.randint(40, 99) for _ in range(3)]
        if sum(xs) % 3 != 0:
            break
    g = [G('a', xs[0]), G('b', xs[1]), G('c', xs[2])]
    s = [S('tot', 'sum', ['a', 'b', 'c'], u=c['it'], lab='tot', desc='together @@'),
         S('avg', 'divround', ['tot', 3], 'dec1', u=c['it'], lab='avg', desc='avg is @@', nd=1)]
    return dict(g=g, s=s, find='avg', au=c['it'])


# 36 -----------------------------------------------------------------------
@struct('coins', [
    dict(q="Luis has {q} quarters, {d} dimes, and {n} nickels. How much money does he have in dollars?", who='he'),
    dict(q="A piggy bank holds {q} quarters, {d} dimes, and {n} nickels. How many dollars is that?", who='it'),
    dict(q="Amy finds {q} quarters, {d} dimes and {n} nickels in the couch. How much money did she find, in dollars?", who='she'),
    dict(q="The tip jar has {q} quarters, {d} dimes, and {n} nickels. What is the total value in dollars?", who='the jar'),
])
def st_coins(r, c):
    while True:
        q = r.randint(2, 30)
        d = r.randint(1, 30)
        n = r.randint(1, 20)
        if (25 * q + 10 * d + 5 * n) % 5 == 0:
            break
    g = [G('q', q, lab='quarters'), G('d', d, lab='dimes'), G('n', n, lab='nickels')]
    s = [S('qc', 'mul', ['q', 25], 'cents', u='¢', lab='quarters', desc='quarters are @@'),
         S('dc', 'mul', ['d', 10], 'cents', u='¢', lab='dimes', desc='dimes are @@'),
         S('nc', 'mul', ['n', 5], 'cents', u='¢', lab='nickels', desc='nickels are @@'),
         S('tc', 'sum', ['qc', 'dc', 'nc'], 'cents', u='¢', lab='tot', desc='tot is @@'),
         S('dol', 'div', ['tc', 100], 'money', lab='dollars', desc='in dollars @@')]
    return dict(g=g, s=s, find='$', au='')


# 37 -----------------------------------------------------------------------
@struct('half_as_many', [
    dict(q="The class collected {m} cans on Monday and half as many on Tuesday. How many cans did they collect on the two days?", it='cans'),
    dict(q="Rico swam {m} laps on Saturday and half that many on Sunday. How many laps did he swim in all?", it='laps'),
    dict(q="A shop sold {m} bagels in the morning and half as many in the afternoon. How many bagels did it sell that day?", it='bagels'),
    dict(q="Mina picked {m} strawberries. Her little brother picked half as many. How many strawberries did they pick together?", it='berries'),
    dict(q="A food truck served {m} tacos at lunch and half as many at dinner. How many tacos did it serve in total?", it='tacos'),
])
def st_half(r, c):
    m = 2 * r.randint(7, 60)
    it = c['it']
    g = [G('m', m, lab=it)]
    s = [S('h', 'div', ['m', 2], u=it, lab='2nd day', desc='second part is @@ ' + it),
         S('tot', 'add', ['m', 'h'], u=it, lab='tot', desc='@@ ' + it + ' in all')]
    return dict(g=g, s=s, find='tot ' + it, au=it)


# 38 -----------------------------------------------------------------------
@struct('dozens', [
    dict(q="Mom buys {d} dozen eggs. She uses {u} eggs for baking. How many eggs are left?", it='eggs'),
    dict(q="A florist has {d} dozen roses. She sells {u} roses. How many roses does she have left?", it='roses'),
    dict(q="Coach orders {d} dozen donuts for the team. The players eat {u} donuts. How many donuts are left?", it='donuts'),
    dict(q="The art room has {d} dozen markers. {u} markers are dried out and thrown away. How many markers are left?", it='markers'),
])
def st_dozen(r, c):
    d = r.randint(2, 9)
    u = r.randint(5, 12 * d - 3)
    it = c['it']
    g = [G('d', d, lab='dozen'), G('u', u, lab='used')]
    s = [S('tot', 'mul', ['d', 12], u=it, lab='tot', desc='@@ ' + it, why='12 in a dozen'),
         S('left', 'sub', ['tot', 'u'], u=it, lab='left', desc='@@ ' + it + ' left')]
    return dict(g=g, s=s, find=it + ' left', au=it)


# 39 -----------------------------------------------------------------------
@struct('times_as_many', [
    dict(q="Ben has {b} shells. Ann has {k} times as many shells as Ben. Cal has {f} fewer shells than Ann. How many shells do they have altogether?", it='shells'),
    dict(q="On a walk Pia saw {b} birds. Her dad saw {k} times as many, and her mom saw {f} fewer than her dad. How many birds did the three of them see in total?", it='birds'),
    dict(q="A store sold {b} red shirts. It sold {k} times as many blue shirts and {f} fewer green shirts than blue shirts. How many shirts did it sell in all?", it='shirts'),
    dict(q="Team A scored {b} points. Team B scored {k} times as many as Team A, and Team C scored {f} fewer than Team B. What is the total of all three scores?", it='pts'),
    dict(q="Gina read {b} pages. Hal read {k} times as many pages as Gina, and Ivy read {f} fewer pages than Hal. How many pages did they read altogether?", it='pages'),
])
def st_times(r, c):
    b = r.randint(6, 40)
    k = r.randint(2, 5)
    f = r.randint(2, b * k - 2)
    it = c['it']
    g = [G('b', b), G('k', k, lab='times'), G('f', f, lab='fewer')]
    s = [S('a', 'mul', ['k', 'b'], u=it, lab='2nd', desc='second has @@ ' + it),
         S('c', 'sub', ['a', 'f'], u=it, lab='3rd', desc='third has @@ ' + it),
         S('tot', 'sum', ['b', 'a', 'c'], u=it, lab='total', desc='@@ ' + it + ' total')]
    return dict(g=g, s=s, find='tot ' + it, au=it)
