"""Problem structures for home-improvement estimates.

Each builder takes a random.Random and returns a dict with
  inputs  : name -> Fraction (given numbers)
  steps   : list of core.Step
  params  : name -> string used in the problem phrasings
  final   : name of the step holding the answer
  fmoney  : answer is money
  ans     : answer sentences with {v} (formatted answer incl. unit)
  aunit   : unit key of the answer
  topic   : short noun phrase used in intros
"""
from fractions import Fraction as F
from core import (Step as S, R, Lit, Pct, mul, div, add, sub, of, sq, ceil_, ceilto,
                  divmod_, ftin, dec_str, addpct)


def money(v):
    return '$' + dec_str(F(v), 2, fixed=True)


def money_short(v):
    v = F(v)
    if v.denominator == 1:
        return '$' + dec_str(v, 0)
    return money(v)


def num(v):
    return dec_str(F(v))


def price(rng, lo, hi, cents=(0.98, 0.97, 0.99, 0.49, 0.29, 0.79, 0.00, 0.50)):
    whole = rng.randint(lo, hi)
    c = rng.choice(cents)
    return F(whole) + F(str(c))


def cnt(n, one, many):
    words = {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six'}
    return '%s %s' % (words.get(n, str(n)), one if n == 1 else many)


def ftin_txt(ft, inch, rng_pick):
    forms = ["%d′ %d″" % (ft, inch), "%d'%d\"" % (ft, inch), "%d ft %d in" % (ft, inch),
             "%d' %d\"" % (ft, inch)]
    return forms[rng_pick]


# ------------------------------------------------------------------ paint

def paint_room(r):
    L = r.randint(10, 18); W = r.randint(9, 15)
    if W > L: L, W = W, L
    H = r.choice([8, 8, 9, 10]); nd = r.choice([1, 1, 2]); nw = r.choice([1, 2, 2, 3])
    coats = 2; cov = r.choice([350, 400, 350])
    inp = dict(L=F(L), W=F(W), H=F(H), coats=F(coats), cov=F(cov))
    steps = [
        S('perim', mul(Lit(2), add(R('L', 'ft'), R('W', 'ft'))), 'ft', 'perimeter', 'Find the perimeter of the room'),
        S('wall', mul(R('perim', 'ft'), R('H', 'ft')), 'sqft', 'total wall area', 'Multiply the perimeter by the wall height'),
        S('open', add(mul(Lit(nd), Lit(21)), mul(Lit(nw), Lit(15))), 'sqft', 'area of the doors and windows',
          'Subtract the doors and windows'),
        S('net', sub(R('wall', 'sqft'), R('open', 'sqft')), 'sqft', 'paintable wall area', 'Take the openings off the wall area'),
        S('tot', mul(R('net', 'sqft'), R('coats', 'coat')), 'sqft', 'area to cover for %d coats' % coats, 'Account for two coats'),
        S('gal', div(R('tot', 'sqft'), R('cov', 'sqft')), 'gal', 'gallons needed', 'Divide by the coverage per gallon'),
        S('buy', ceil_(R('gal', 'gal')), 'gal', 'gallons to buy', 'Round up to whole gallons', kind='ceil'),
        S('chk', mul(R('buy', 'gal'), R('cov', 'sqft')), 'sqft', 'coverage bought', kind='check', cmp=('>=', 'tot')),
    ]
    params = dict(L=num(L), W=num(W), H=num(H), cov=num(cov), doors=cnt(nd, 'door', 'doors'),
                  windows=cnt(nw, 'window', 'windows'), nd=str(nd), nw=str(nw))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='gal',
                topic='painting the room',
                ans=['You need to buy {v} of paint.', 'Buy {v} of wall paint.', 'Plan on {v} of paint.'])


def paint_cost(r):
    A = r.choice([320, 360, 380, 410, 420, 440, 460, 480, 520, 540, 575, 610, 640, 690])
    coats = r.choice([2, 2, 3]); cov = r.choice([350, 400, 300])
    pr = price(r, 26, 58)
    inp = dict(A=F(A), coats=F(coats), cov=F(cov), pr=pr)
    steps = [
        S('tot', mul(R('coats', 'coat'), R('A', 'sqft')), 'sqft', 'total area to cover', 'Multiply the area by the number of coats'),
        S('gal', div(R('tot', 'sqft'), R('cov', 'sqft')), 'gal', 'gallons needed', 'Divide by the coverage'),
        S('buy', ceil_(R('gal', 'gal')), 'gal', 'gallons to buy', 'Round up, since paint is sold by the gallon', kind='ceil'),
        S('cost', mul(R('buy', 'gal'), R('pr')), '', 'paint cost', 'Multiply by the price per gallon', money=True),
    ]
    params = dict(A=num(A), coats=str(coats), coats_w={2: 'two', 3: 'three'}[coats], cov=num(cov), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the paint job',
                ans=['The paint will cost {v}.', 'Budget {v} for paint.', 'That comes to {v} for the paint.'])


def ceiling_paint(r):
    L = r.randint(11, 24); W = r.randint(10, 18)
    coats = 2; cov = r.choice([400, 350, 400])
    inp = dict(L=F(L), W=F(W), coats=F(coats), cov=F(cov))
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'ceiling area', 'Find the ceiling area'),
        S('tot', mul(R('area', 'sqft'), R('coats', 'coat')), 'sqft', 'area for two coats', 'Double it for two coats'),
        S('gal', div(R('tot', 'sqft'), R('cov', 'sqft')), 'gal', 'gallons needed', 'Divide by the coverage per gallon'),
        S('buy', ceil_(R('gal', 'gal')), 'gal', 'gallons to buy', 'Round up to whole gallons', kind='ceil'),
    ]
    params = dict(L=num(L), W=num(W), cov=num(cov))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='gal',
                topic='the ceiling',
                ans=['Get {v} of ceiling paint.', 'You will need {v} of ceiling paint.'])


def fence_stain(r):
    Ln = r.choice([48, 60, 64, 72, 80, 96, 110, 120, 132, 150]); H = r.choice([4, 5, 6, 6])
    cov = r.choice([150, 175, 200, 250]); pr = price(r, 28, 46)
    inp = dict(Ln=F(Ln), H=F(H), cov=F(cov), pr=pr)
    steps = [
        S('face', mul(R('Ln', 'ft'), R('H', 'ft')), 'sqft', 'area of one side', 'Find the area of one side'),
        S('both', mul(R('face', 'sqft'), Lit(2)), 'sqft', 'area of both sides', 'Double it for both sides'),
        S('gal', div(R('both', 'sqft'), R('cov', 'sqft')), 'gal', 'gallons of stain', 'Divide by the coverage'),
        S('buy', ceil_(R('gal', 'gal')), 'gal', 'gallons to buy', 'Round up to whole gallons', kind='ceil'),
        S('cost', mul(R('buy', 'gal'), R('pr')), '', 'stain cost', 'Multiply by the price per gallon', money=True),
    ]
    params = dict(Ln=num(Ln), H=num(H), cov=num(cov), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='staining the fence',
                ans=['The stain will run {v}.', 'Expect to spend {v} on stain.'])


def deck_stain(r):
    L = r.choice([12, 14, 16, 18, 20, 24]); W = r.choice([10, 12, 14, 16])
    St = r.choice([24, 30, 36, 42, 48]); coats = 2; cov = r.choice([200, 250, 250, 300])
    inp = dict(L=F(L), W=F(W), St=F(St), coats=F(coats), cov=F(cov))
    steps = [
        S('deck', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'deck surface', 'Find the deck surface area'),
        S('surf', add(R('deck', 'sqft'), R('St', 'sqft')), 'sqft', 'total surface with the stairs', 'Add the stairs'),
        S('tot', mul(R('surf', 'sqft'), R('coats', 'coat')), 'sqft', 'area for two coats', 'Multiply by two coats'),
        S('gal', div(R('tot', 'sqft'), R('cov', 'sqft')), 'gal', 'gallons of stain', 'Divide by the coverage'),
        S('buy', ceil_(R('gal', 'gal')), 'gal', 'gallons to buy', 'Round up to whole gallons', kind='ceil'),
        S('chk', mul(R('buy', 'gal'), R('cov', 'sqft')), 'sqft', 'coverage bought', kind='check', cmp=('>=', 'tot')),
    ]
    params = dict(L=num(L), W=num(W), St=num(St), cov=num(cov))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='gal',
                topic='the deck',
                ans=['Buy {v} of deck stain.', 'You need {v} of stain.'])


# ------------------------------------------------------------------ tile / floor

def tile_boxes(r):
    L = r.randint(8, 16); W = r.randint(6, 13)
    w = r.choice([10, 10, 15, 5]); cov = r.choice([F(12), F(15), F('13.5'), F(16), F('10.5'), F(18)])
    inp = dict(L=F(L), W=F(W), cov=cov)
    steps = [S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'floor area', 'Find the floor area')]
    if r.random() < 0.5:
        steps.append(S('withw', addpct(R('area', 'sqft'), w),
                       'sqft', 'area with %d%% waste' % w, 'Add %d%% for cuts and breakage' % w))
    else:
        steps.append(S('waste', of(Pct(w), R('area', 'sqft')), 'sqft', 'waste allowance', 'Work out the %d%% waste' % w))
        steps.append(S('withw', add(R('area', 'sqft'), R('waste', 'sqft')), 'sqft', 'area to buy for', 'Add the waste to the floor area'))
    steps += [
        S('boxes', div(R('withw', 'sqft'), R('cov', 'sqft')), 'box', 'boxes needed', 'Divide by the coverage per box'),
        S('buy', ceil_(R('boxes', 'box')), 'box', 'boxes to buy', 'Round up to full boxes', kind='ceil'),
    ]
    params = dict(L=num(L), W=num(W), w=str(w), cov=num(cov))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='box',
                topic='the tile',
                ans=['Order {v} of tile.', 'You need {v}.', 'Pick up {v} of tile.'])


def tile_count(r):
    L = r.randint(8, 15); W = r.randint(6, 12)
    ta, tb, tA = r.choice([(12, 12, 1), (12, 24, 2), (18, 18, F('2.25')), (24, 24, 4), (6, 24, 1), (6, 36, F('1.5'))])
    inp = dict(L=F(L), W=F(W))
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'floor area', 'Find the floor area'),
        S('tA', div(mul(Lit(ta, unit='in'), Lit(tb, unit='in')), Lit(144)), 'sqft', 'area of one tile',
          'Convert one tile to square feet'),
        S('tiles', div(R('area', 'sqft'), R('tA', 'sqft')), 'tile', 'tiles to cover the floor', 'Divide the floor area by one tile'),
        S('withw', addpct(R('tiles', 'tile'), 10), 'tile', 'tiles with 10% extra', 'Add 10% for cuts'),
        S('buy', ceil_(R('withw', 'tile')), 'tile', 'tiles to buy', 'Round up to whole tiles', kind='ceil'),
    ]
    params = dict(L=num(L), W=num(W), ta=str(ta), tb=str(tb))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='tile',
                topic='the tile layout',
                ans=['You need {v}.', 'Buy {v}.'])


def l_room_cost(r):
    A = r.randint(12, 20); B = r.randint(10, 14); C = r.randint(6, 10); D = r.randint(5, 9)
    w = r.choice([5, 10, 10]); cov = r.choice([F('20'), F('22'), F('24'), F('18.5'), F('23.5')])
    pr = price(r, 38, 79)
    inp = dict(A=F(A), B=F(B), C=F(C), D=F(D), cov=cov, pr=pr)
    steps = [
        S('a1', mul(R('A', 'ft'), R('B', 'ft')), 'sqft', 'main section', 'Area of the main rectangle'),
        S('a2', mul(R('C', 'ft'), R('D', 'ft')), 'sqft', 'smaller section', 'Area of the smaller leg'),
        S('area', add(R('a1', 'sqft'), R('a2', 'sqft')), 'sqft', 'total floor area', 'Add the two sections'),
        S('withw', addpct(R('area', 'sqft'), w), 'sqft',
          'area including %d%% waste' % w, 'Add %d%% waste' % w),
        S('boxes', div(R('withw', 'sqft'), R('cov', 'sqft')), 'box', 'boxes needed', 'Divide by the box coverage'),
        S('buy', ceil_(R('boxes', 'box')), 'box', 'boxes to buy', 'Round up to full boxes', kind='ceil'),
        S('cost', mul(R('buy', 'box'), R('pr')), '', 'flooring cost', 'Multiply by the price per box', money=True),
    ]
    params = dict(A=num(A), B=num(B), C=num(C), D=num(D), w=str(w), cov=num(cov), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the L-shaped room',
                ans=['The flooring will cost {v}.', 'Total for flooring: {v}.'])


def l_room_notch(r):
    L = r.randint(14, 22); W = r.randint(11, 16); a = r.randint(3, 6); b = r.randint(4, 8)
    w = r.choice([5, 8, 10, 12])
    inp = dict(L=F(L), W=F(W), a=F(a), b=F(b))
    fac = 1 + F(w, 100)
    steps = [
        S('big', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'full rectangle', 'Treat it as one big rectangle'),
        S('notch', mul(R('a', 'ft'), R('b', 'ft')), 'sqft', 'missing corner', 'Find the area of the cut-out corner'),
        S('area', sub(R('big', 'sqft'), R('notch', 'sqft')), 'sqft', 'actual floor area', 'Subtract the corner'),
        S('withw', addpct(R('area', 'sqft'), w), 'sqft', 'area with %d%% overage' % w,
          'Add %d%% overage' % w),
        S('buy', ceil_(R('withw', 'sqft')), 'sqft', 'square feet to order', 'Round up to a whole square foot', kind='ceil'),
    ]
    params = dict(L=num(L), W=num(W), a=num(a), b=num(b), w=str(w))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='sqft',
                topic='the flooring order',
                ans=['Order {v} of flooring.', 'You should order {v}.'])


def laminate_install(r):
    L = r.randint(10, 20); W = r.randint(9, 16)
    p1 = r.choice([F('1.89'), F('2.29'), F('2.49'), F('2.99'), F('3.19'), F('1.99')])
    p2 = r.choice([F('0.35'), F('0.45'), F('0.29'), F('0.5')])
    p3 = r.choice([F('1.75'), F('2'), F('2.25'), F('2.5'), F('3')])
    inp = dict(L=F(L), W=F(W), p1=p1, p2=p2, p3=p3)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'floor area', 'Find the floor area'),
        S('mat', mul(R('area', 'sqft'), R('p1')), '', 'laminate', 'Laminate cost', money=True),
        S('und', mul(R('area', 'sqft'), R('p2')), '', 'underlayment', 'Underlayment cost', money=True),
        S('lab', mul(R('area', 'sqft'), R('p3')), '', 'installation labor', 'Labor cost', money=True),
        S('tot', add(R('mat'), R('und'), R('lab')), '', 'total cost', 'Add everything up', money=True),
    ]
    params = dict(L=num(L), W=num(W), p1=money(p1), p2=money(p2), p3=money(p3))
    return dict(inputs=inp, steps=steps, params=params, final='tot', fmoney=True, aunit='',
                topic='the laminate install',
                ans=['The job comes to {v}.', 'All-in, expect about {v}.', 'Total: {v}.'])


def carpet(r):
    L = r.randint(10, 19); W = r.randint(9, 15)
    pr = r.choice([F('18.99'), F('22.5'), F('24.99'), F('27'), F('31.5'), F('19.95')])
    pad = r.choice([F('4.5'), F('5'), F('3.75'), F('6.25')])
    inp = dict(L=F(L), W=F(W), pr=pr, pad=pad)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'room area', 'Find the room area'),
        S('yd', div(R('area', 'sqft'), Lit(9)), 'sqyd', 'area in square yards', 'Convert to square yards (9 sq ft per sq yd)'),
        S('buy', ceil_(R('yd', 'sqyd')), 'sqyd', 'square yards to buy', 'Round up to whole square yards', kind='ceil'),
        S('rate', add(R('pr'), R('pad')), '', 'carpet plus pad per square yard', 'Combine carpet and pad per yard', money=True),
        S('cost', mul(R('buy', 'sqyd'), R('rate')), '', 'total cost', 'Multiply by the combined price', money=True),
    ]
    params = dict(L=num(L), W=num(W), pr=money(pr), pad=money(pad))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the carpet',
                ans=['Carpet and pad will cost {v}.', 'That is {v} for carpet and pad.'])


def backsplash(r):
    Lin = r.choice([72, 84, 96, 108, 120, 132, 144, 150]); Hin = r.choice([18, 18, 20, 24])
    inp = dict(Lin=F(Lin), Hin=F(Hin))
    steps = [
        S('sqin', mul(R('Lin', 'in'), R('Hin', 'in')), 'sqin', 'area in square inches', 'Multiply length by height'),
        S('sqft', div(R('sqin', 'sqin'), Lit(144)), 'sqft', 'area in square feet', 'Convert to square feet (144 sq in per sq ft)'),
        S('withw', addpct(R('sqft', 'sqft'), 10), 'sqft', 'area with 10% extra', 'Add 10% for cuts'),
        S('buy', ceil_(R('withw', 'sqft')), 'sheet', 'sheets to buy', 'Each sheet covers 1 sq ft, so round up', kind='ceil'),
    ]
    params = dict(Lin=num(Lin), Hin=num(Hin))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='sheet',
                topic='the backsplash',
                ans=['Get {v} of mosaic.', 'You need {v}.'])


def thinset(r):
    L = r.randint(8, 18); W = r.randint(6, 14)
    cov = r.choice([F(40), F(45), F(50), F(60), F(95)]); pr = price(r, 14, 36)
    inp = dict(L=F(L), W=F(W), cov=cov, pr=pr)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'floor area', 'Find the floor area'),
        S('bags', div(R('area', 'sqft'), R('cov', 'sqft')), 'bag', 'bags needed', 'Divide by the coverage per bag'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up to whole bags', kind='ceil'),
        S('cost', mul(R('buy', 'bag'), R('pr')), '', 'mortar cost', 'Multiply by the bag price', money=True),
    ]
    params = dict(L=num(L), W=num(W), cov=num(cov), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the thinset',
                ans=['Thinset will cost {v}.', 'Budget {v} for mortar.'])


def baseboard(r):
    L = r.randint(10, 20); W = r.randint(9, 16); nd = r.choice([1, 2, 2, 3])
    plen = r.choice([8, 12, 16]); pr = price(r, 7, 24)
    inp = dict(L=F(L), W=F(W), plen=F(plen), pr=pr)
    steps = [
        S('perim', mul(Lit(2), add(R('L', 'ft'), R('W', 'ft'))), 'ft', 'perimeter', 'Find the perimeter'),
        S('net', sub(R('perim', 'ft'), mul(Lit(nd), Lit(3))), 'ft', 'length of baseboard', 'Subtract the 3 ft door openings'),
        S('withw', addpct(R('net', 'ft'), 10), 'ft', 'length with 10% extra', 'Add 10% for miters and scrap'),
        S('pcs', div(R('withw', 'ft'), R('plen', 'ft')), 'piece', 'pieces needed', 'Divide by the length of one piece'),
        S('buy', ceil_(R('pcs', 'piece')), 'piece', 'pieces to buy', 'Round up to whole pieces', kind='ceil'),
        S('cost', mul(R('buy', 'piece'), R('pr')), '', 'baseboard cost', 'Multiply by the price per piece', money=True),
    ]
    params = dict(L=num(L), W=num(W), doors=cnt(nd, 'doorway', 'doorways'), plen=num(plen), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the baseboard',
                ans=['Baseboard will cost {v}.', 'You will spend {v} on trim.'])


# ------------------------------------------------------------------ lumber

def board_feet(r):
    n = r.randint(6, 30)
    T, Wd = r.choice([(1, 6), (1, 8), (2, 4), (2, 6), (2, 8), (2, 10), (2, 12), (1, 10), (1, 12)])
    Lf = r.choice([6, 8, 10, 12, 14, 16])
    pr = r.choice([F('3.25'), F('4.5'), F('5.75'), F('6.2'), F('8.4'), F('9.95'), F('12.5')])
    inp = dict(n=F(n), pr=pr)
    steps = [
        S('per', div(mul(Lit(T, unit='in'), Lit(Wd, unit='in'), Lit(Lf, unit='ft')), Lit(12)), 'bf', 'board feet per board',
          'Board feet of one board (thickness × width × length ÷ 12)'),
        S('tot', mul(R('n', 'board'), R('per', 'bf')), 'bf', 'total board feet', 'Multiply by the number of boards'),
        S('cost', mul(R('tot', 'bf'), R('pr')), '', 'lumber cost', 'Multiply by the price per board foot', money=True),
    ]
    params = dict(n=str(n), T=str(T), Wd=str(Wd), Lf=str(Lf), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the lumber order',
                ans=['The lumber comes to {v}.', 'That order costs {v}.'])


def studs(r):
    Lw = r.choice([10, 11, 12, 13, 14, 15, 18, 20, 22, 26]); sp = r.choice([16, 16, 24])
    extra = r.choice([2, 3, 4, 6]); pr = r.choice([F('3.48'), F('3.98'), F('4.27'), F('5.12'), F('6.88')])
    inp = dict(Lw=F(Lw), sp=F(sp), extra=F(extra), pr=pr)
    steps = [
        S('inches', mul(R('Lw', 'ft'), Lit(12)), 'in', 'wall length in inches', 'Convert the wall length to inches'),
        S('spaces', div(R('inches', 'in'), R('sp', 'in')), 'space', 'stud spaces', 'Divide by the stud spacing'),
        S('sp2', ceil_(R('spaces', 'space')), 'space', 'spaces rounded up', 'Round up to whole spaces', kind='ceil'),
        S('n', add(R('sp2', 'space'), Lit(1)), 'stud', 'studs along the wall', 'Add one for the end stud'),
        S('all', add(R('n', 'stud'), R('extra', 'stud')), 'stud', 'studs in total', 'Add the extra studs'),
        S('cost', mul(R('all', 'stud'), R('pr')), '', 'stud cost', 'Multiply by the price per stud', money=True),
    ]
    params = dict(Lw=str(Lw), sp=str(sp), extra=cnt(extra, 'extra stud', 'extra studs'), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='framing the wall',
                ans=['The studs will cost {v}.', 'Studs total {v}.'])


def deck_boards(r):
    W = r.choice([10, 12, 14, 16, 18]); Ld = r.choice([12, 16, 20, 24]); bl = 12 if Ld in (12, 24) else (16 if Ld == 16 else 10)
    per = Ld // bl; pr = r.choice([F('14.98'), F('18.47'), F('22.36'), F('27.98'), F('31.5')])
    inp = dict(W=F(W), per=F(per), pr=pr)
    steps = [
        S('win', mul(R('W', 'ft'), Lit(12)), 'in', 'deck width in inches', 'Convert the deck width to inches'),
        S('eff', add(Lit(F('5.5'), '5.5', 'in'), Lit(F('0.25'), '0.25', 'in')), 'in', 'width per board with gap',
          'Each board covers 5.5 in plus a 1/4 in gap'),
        S('runs', div(R('win', 'in'), R('eff', 'in')), 'row', 'rows of boards', 'Divide the width by 5.75 in'),
        S('rows', ceil_(R('runs', 'row')), 'row', 'rows needed', 'Round up', kind='ceil'),
        S('boards', mul(R('rows', 'row'), R('per', 'board')), 'board', 'boards', 'Boards per row times rows'),
        S('cost', mul(R('boards', 'board'), R('pr')), '', 'decking cost', 'Multiply by the board price', money=True),
    ]
    params = dict(W=str(W), Ld=str(Ld), bl=str(bl), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the deck boards',
                ans=['Decking will cost {v}.', 'The boards come to {v}.'])


def plywood(r):
    L = r.choice([10, 12, 14, 16, 18, 20, 22, 24]); W = r.choice([8, 10, 12, 14, 16])
    pr = r.choice([F('32.98'), F('38.5'), F('42.75'), F('47.2'), F('54.98'), F('29.88')])
    inp = dict(L=F(L), W=F(W), pr=pr)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'floor area', 'Find the area'),
        S('sheets', div(R('area', 'sqft'), Lit(32, unit='sqft')), 'sheet', 'sheets needed', 'A 4×8 sheet covers 32 sq ft'),
        S('buy', ceil_(R('sheets', 'sheet')), 'sheet', 'sheets to buy', 'Round up to whole sheets', kind='ceil'),
        S('cost', mul(R('buy', 'sheet'), R('pr')), '', 'plywood cost', 'Multiply by the price per sheet', money=True),
    ]
    params = dict(L=str(L), W=str(W), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the subfloor',
                ans=['The plywood will cost {v}.', 'Subfloor sheets: {v}.'])


def drywall(r):
    L = r.randint(10, 16); W = r.randint(9, 14); H = r.choice([8, 8, 9]); sz = r.choice([32, 48])
    inp = dict(L=F(L), W=F(W), H=F(H))
    steps = [
        S('perim', mul(Lit(2), add(R('L', 'ft'), R('W', 'ft'))), 'ft', 'perimeter', 'Find the perimeter'),
        S('walls', mul(R('perim', 'ft'), R('H', 'ft')), 'sqft', 'wall area', 'Multiply by the wall height'),
        S('ceil', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'ceiling area', 'Find the ceiling area'),
        S('tot', add(R('walls', 'sqft'), R('ceil', 'sqft')), 'sqft', 'total drywall area', 'Add walls and ceiling'),
        S('sheets', div(R('tot', 'sqft'), Lit(sz, unit='sqft')), 'sheet', 'sheets needed',
          'Divide by %d sq ft per sheet' % sz),
        S('buy', ceil_(R('sheets', 'sheet')), 'sheet', 'sheets to buy', 'Round up to whole sheets', kind='ceil'),
    ]
    params = dict(L=str(L), W=str(W), H=str(H), sz={32: '4×8', 48: '4×12'}[sz], szft=str(sz))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='sheet',
                topic='the drywall',
                ans=['You need {v} of drywall.', 'Order {v}.'])


def shelves(r):
    bl = r.choice([96, 96, 144]); s = r.choice([22, 26, 28, 30, 34, 40]); n = r.randint(5, 14)
    pr = r.choice([F('12.48'), F('16.97'), F('21.35'), F('9.88'), F('27.5')])
    inp = dict(bl=F(bl), s=F(s), n=F(n), pr=pr)
    steps = [
        S('per', divmod_(R('bl', 'in'), R('s', 'in')), 'shelf', 'shelves per board', 'See how many shelves one board yields',
          kind='divmod'),
        S('bds', div(R('n', 'shelf'), R('per', 'shelf')), 'board', 'boards needed', 'Divide the shelves by shelves per board'),
        S('buy', ceil_(R('bds', 'board')), 'board', 'boards to buy', 'Round up to whole boards', kind='ceil'),
        S('cost', mul(R('buy', 'board'), R('pr')), '', 'board cost', 'Multiply by the board price', money=True),
    ]
    params = dict(blft={96: '8', 144: '12'}[bl], bl=str(bl), s=str(s), n=str(n), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the shelving',
                ans=['The boards will cost {v}.', 'Lumber for the shelves: {v}.'])


# ------------------------------------------------------------------ fence

def fence_panels(r):
    Ln = r.choice([50, 64, 75, 84, 90, 100, 118, 126, 140, 150, 165]); pw = r.choice([8, 8, 6])
    pp = price(r, 42, 96); po = price(r, 12, 29)
    inp = dict(Ln=F(Ln), pw=F(pw), pp=pp, po=po)
    steps = [
        S('sec', div(R('Ln', 'ft'), R('pw', 'ft')), 'panel', 'panels', 'Divide the run by the panel width'),
        S('pan', ceil_(R('sec', 'panel')), 'panel', 'panels to buy', 'Round up to whole panels', kind='ceil'),
        S('posts', add(R('pan', 'panel'), Lit(1)), 'post', 'posts', 'One more post than panels'),
        S('pc', mul(R('pan', 'panel'), R('pp')), '', 'panel cost', 'Panel cost', money=True),
        S('oc', mul(R('posts', 'post'), R('po')), '', 'post cost', 'Post cost', money=True),
        S('tot', add(R('pc'), R('oc')), '', 'total', 'Add panels and posts', money=True),
    ]
    params = dict(Ln=str(Ln), pw=str(pw), pp=money(pp), po=money(po))
    return dict(inputs=inp, steps=steps, params=params, final='tot', fmoney=True, aunit='',
                topic='the fence',
                ans=['Panels and posts come to {v}.', 'Materials total {v}.'])


def fence_3sides(r):
    Wd = r.choice([40, 48, 50, 60, 66, 72, 80]); D = r.choice([30, 36, 42, 45, 50, 55, 64]); g = r.choice([4, 4, 5, 10, 12])
    pw = r.choice([8, 6])
    inp = dict(Wd=F(Wd), D=F(D), g=F(g), pw=F(pw))
    steps = [
        S('run', add(mul(Lit(2), R('D', 'ft')), R('Wd', 'ft')), 'ft', 'fence line', 'Add up the three sides'),
        S('net', sub(R('run', 'ft'), R('g', 'ft')), 'ft', 'length without the gate', 'Subtract the gate opening'),
        S('sec', div(R('net', 'ft'), R('pw', 'ft')), 'panel', 'panels', 'Divide by the panel width'),
        S('pan', ceil_(R('sec', 'panel')), 'panel', 'panels to buy', 'Round up to whole panels', kind='ceil'),
    ]
    params = dict(Wd=str(Wd), D=str(D), g=str(g), pw=str(pw))
    return dict(inputs=inp, steps=steps, params=params, final='pan', fmoney=False, aunit='panel',
                topic='the backyard fence',
                ans=['You need {v}.', 'Order {v}.'])


def pickets(r):
    Ln = r.choice([24, 32, 40, 48, 56, 60, 72, 80]); pw = F('3.5'); gap = r.choice([F('2.5'), F(2), F('1.5'), F('0.5'), F(1)])
    pr = r.choice([F('1.98'), F('2.47'), F('2.89'), F('3.15'), F('3.68')])
    inp = dict(Ln=F(Ln), pw=pw, gap=gap, pr=pr)
    steps = [
        S('inches', mul(R('Ln', 'ft'), Lit(12)), 'in', 'fence length in inches', 'Convert the fence length to inches'),
        S('each', add(R('pw', 'in'), R('gap', 'in')), 'in', 'space per picket', 'Picket width plus gap'),
        S('n', div(R('inches', 'in'), R('each', 'in')), 'picket', 'pickets', 'Divide the length by the space per picket'),
        S('buy', ceil_(R('n', 'picket')), 'picket', 'pickets to buy', 'Round up', kind='ceil'),
        S('cost', mul(R('buy', 'picket'), R('pr')), '', 'picket cost', 'Multiply by the picket price', money=True),
    ]
    params = dict(Ln=str(Ln), gap=num(gap), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the picket fence',
                ans=['Pickets will cost {v}.', 'That is {v} in pickets.'])


def rails(r):
    pw = 8; sec = r.randint(6, 22); Ln = pw * sec; nr = r.choice([2, 3, 3])
    pr = r.choice([F('6.48'), F('7.98'), F('8.67'), F('9.25'), F('11.4')]); po = price(r, 14, 26)
    inp = dict(Ln=F(Ln), pw=F(pw), nr=F(nr), pr=pr, po=po)
    steps = [
        S('sec', div(R('Ln', 'ft'), R('pw', 'ft')), 'section', 'sections', 'Count the 8-ft sections'),
        S('rl', mul(R('sec', 'section'), R('nr', 'rail')), 'rail', 'rails', 'Rails per section times sections'),
        S('posts', add(R('sec', 'section'), Lit(1)), 'post', 'posts', 'One more post than sections'),
        S('rc', mul(R('rl', 'rail'), R('pr')), '', 'rail cost', 'Rail cost', money=True),
        S('pc', mul(R('posts', 'post'), R('po')), '', 'post cost', 'Post cost', money=True),
        S('tot', add(R('rc'), R('pc')), '', 'total', 'Add them', money=True),
    ]
    params = dict(Ln=str(Ln), nr=str(nr), nrw={2: 'two', 3: 'three'}[nr], pr=money(pr), po=money(po))
    return dict(inputs=inp, steps=steps, params=params, final='tot', fmoney=True, aunit='',
                topic='the fence framing',
                ans=['Rails and posts total {v}.', 'The framing lumber costs {v}.'])


def post_bags(r):
    sp = r.choice([6, 8, 8, 10]); k = r.randint(6, 18); Ln = sp * k; bp = r.choice([2, 2, 3, F('1.5')])
    pr = r.choice([F('5.98'), F('6.47'), F('7.25'), F('4.98'), F('8.1')])
    inp = dict(Ln=F(Ln), sp=F(sp), bp=F(bp), pr=pr)
    steps = [
        S('sec', div(R('Ln', 'ft'), R('sp', 'ft')), 'section', 'sections', 'Divide the length by the post spacing'),
        S('posts', add(R('sec', 'section'), Lit(1)), 'post', 'posts', 'Add one for the last post'),
        S('bags', mul(R('posts', 'post'), R('bp', 'bag')), 'bag', 'bags of concrete', 'Bags per post times posts'),
        S('cost', mul(R('bags', 'bag'), R('pr')), '', 'concrete cost', 'Multiply by the bag price', money=True),
    ]
    params = dict(Ln=str(Ln), sp=str(sp), bp=num(bp), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='setting the posts',
                ans=['The concrete will cost {v}.', 'Post concrete: {v}.'])


# ------------------------------------------------------------------ concrete

def slab_yards(r):
    L = r.choice([8, 10, 12, 14, 16, 18, 20, 24]); W = r.choice([6, 8, 10, 12, 14, 16]); T = r.choice([4, 4, 6, 3, 5])
    inp = dict(L=F(L), W=F(W))
    steps = []
    if T == 4 and r.random() < 0.6:
        steps.append(S('cy', div(mul(R('L', 'ft'), R('W', 'ft'), Lit(F('0.33'), '0.33', 'ft')), Lit(27)), 'cuyd',
                       'volume in cubic yards', 'Volume in cubic yards (4 in ≈ 0.33 ft)'))
    else:
        steps.append(S('tf', div(Lit(T, unit='in'), Lit(12)), 'ft', 'thickness in feet', 'Convert the thickness to feet', dp=2))
        steps.append(S('cf', mul(R('L', 'ft'), R('W', 'ft'), R('tf', 'ft')), 'cuft', 'volume in cubic feet', 'Find the volume'))
        steps.append(S('cy', div(R('cf', 'cuft'), Lit(27)), 'cuyd', 'volume in cubic yards', 'Divide by 27 cu ft per cu yd'))
    steps += [
        S('withw', addpct(R('cy', 'cuyd'), 10), 'cuyd', 'volume with 10% extra', 'Add 10% for spillage and uneven base'),
        S('order', ceilto(R('withw', 'cuyd'), F(1, 4)), 'cuyd', 'amount to order', 'Round up to the next quarter yard',
          kind='ceil'),
    ]
    params = dict(L=str(L), W=str(W), T=str(T))
    return dict(inputs=inp, steps=steps, params=params, final='order', fmoney=False, aunit='cuyd',
                topic='the slab',
                ans=['Order {v} of concrete.', 'Call in {v}.'])


def concrete_bags(r):
    L = r.choice([3, 4, 5, 6, 8]); W = r.choice([3, 4, 4, 5, 6]); T = r.choice([4, 6, 6, 3])
    y = r.choice([(80, F('0.6')), (60, F('0.45')), (80, F('0.6'))]); pr = r.choice([F('5.48'), F('6.25'), F('4.98'), F('6.98')])
    inp = dict(L=F(L), W=F(W), yl=y[1], pr=pr)
    tf = F(T, 12)
    if tf == F(1, 3):
        tlit = Lit(F('0.33'), '0.33', 'ft')
    else:
        tlit = Lit(tf, None, 'ft')
    steps = [
        S('cf', mul(R('L', 'ft'), R('W', 'ft'), tlit), 'cuft', 'volume', 'Find the volume (%d in %s %s ft)' % (T, '≈' if T == 4 else '=', dec_str(tlit[1]))),
        S('bags', div(R('cf', 'cuft'), R('yl', 'cuft')), 'bag', 'bags', 'Divide by the yield per bag'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up', kind='ceil'),
        S('cost', mul(R('buy', 'bag'), R('pr')), '', 'cost', 'Multiply by the bag price', money=True),
    ]
    params = dict(L=str(L), W=str(W), T=str(T), lb=str(y[0]), yl=num(y[1]), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the pad',
                ans=['The bags will cost {v}.', 'Concrete comes to {v}.'])


def footing(r):
    Ln = r.choice([20, 24, 30, 36, 40, 48, 60]); Wi = r.choice([12, 16, 18, 24]); Di = r.choice([6, 8, 12, 18])
    inp = dict(Ln=F(Ln))
    steps = [
        S('wf', div(Lit(Wi, unit='in'), Lit(12)), 'ft', 'width in feet', 'Convert the width to feet'),
        S('df', div(Lit(Di, unit='in'), Lit(12)), 'ft', 'depth in feet', 'Convert the depth to feet'),
        S('cf', mul(R('Ln', 'ft'), R('wf', 'ft'), R('df', 'ft')), 'cuft', 'volume', 'Find the volume'),
        S('cy', div(R('cf', 'cuft'), Lit(27)), 'cuyd', 'volume in cubic yards', 'Convert to cubic yards'),
        S('order', ceilto(R('cy', 'cuyd'), F(1, 4)), 'cuyd', 'amount to order', 'Round up to the next quarter yard',
          kind='ceil'),
    ]
    params = dict(Ln=str(Ln), Wi=str(Wi), Di=str(Di))
    return dict(inputs=inp, steps=steps, params=params, final='order', fmoney=False, aunit='cuyd',
                topic='the footing',
                ans=['Order {v}.', 'You should order {v} of concrete.'])


def sonotube(r):
    d = r.choice([12, 12, 18, 24, 6]); h = r.choice([3, 4, 4, 5]); n = r.randint(4, 12)
    rad = F(d, 24)
    inp = dict(h=F(h), n=F(n))
    steps = [
        S('rf', div(Lit(d, unit='in'), Lit(24)), 'ft', 'radius in feet', 'Radius in feet (half the diameter, ÷ 12)', dp=2),
        S('v1', mul(Lit(F('3.14'), '3.14'), sq(R('rf', 'ft')), R('h', 'ft')), 'cuft', 'volume per tube', 'Volume of one tube'),
        S('vt', mul(R('v1', 'cuft'), R('n', 'tube')), 'cuft', 'total volume', 'Multiply by the number of tubes'),
        S('bags', div(R('vt', 'cuft'), Lit(F('0.6'), '0.6', 'cuft')), 'bag', 'bags', 'Divide by 0.6 cu ft per 80-lb bag'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up', kind='ceil'),
    ]
    params = dict(d=str(d), h=str(h), n=str(n))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='bag',
                topic='the footings',
                ans=['You need {v} of concrete.', 'Buy {v}.'])


def pavers(r):
    L = r.choice([10, 12, 14, 16, 18]); W = r.choice([8, 10, 12, 14]); per = F('4.5')
    inp = dict(L=F(L), W=F(W), per=per)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'patio area', 'Find the patio area'),
        S('n', mul(R('area', 'sqft'), R('per')), 'paver', 'pavers', 'Multiply by 4.5 pavers per sq ft'),
        S('withw', addpct(R('n', 'paver'), 5), 'paver', 'pavers with 5% extra', 'Add 5% for cuts'),
        S('buy', ceil_(R('withw', 'paver')), 'paver', 'pavers to buy', 'Round up', kind='ceil'),
    ]
    params = dict(L=str(L), W=str(W))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='paver',
                topic='the patio',
                ans=['Order {v}.', 'You need {v}.'])


def gravel(r):
    L = r.choice([10, 12, 15, 16, 20, 24]); W = r.choice([10, 12, 14, 16, 20]); D = r.choice([3, 4, 6])
    pr = r.choice([F(32), F('38.5'), F(45), F('52.75'), F(29)])
    inp = dict(L=F(L), W=F(W), pr=pr)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'area', 'Find the area'),
        S('cf', div(mul(R('area', 'sqft'), Lit(D, unit='in')), Lit(12)), 'cuft', 'volume', 'Multiply by the depth in feet'),
        S('cy', div(R('cf', 'cuft'), Lit(27)), 'cuyd', 'volume in cubic yards', 'Convert to cubic yards'),
        S('tons', mul(R('cy', 'cuyd'), Lit(F('1.4'), '1.4')), 'ton', 'tons', 'Gravel weighs about 1.4 tons per cu yd'),
        S('cost', mul(R('tons', 'ton'), R('pr')), '', 'gravel cost', 'Multiply by the price per ton', money=True),
    ]
    params = dict(L=str(L), W=str(W), D=str(D), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the gravel base',
                ans=['Gravel will cost about {v}.', 'Expect about {v} for the gravel.'])


# ------------------------------------------------------------------ landscape

def mulch_bags(r):
    L = r.choice([10, 12, 15, 16, 20, 24, 30]); W = r.choice([3, 4, 5, 6, 8]); D = r.choice([2, 3, 3, 4])
    bag = r.choice([2, 2, F('1.5'), 3]); pr = r.choice([F('3.47'), F('3.98'), F('4.25'), F('5'), F('2.97')])
    inp = dict(L=F(L), W=F(W), bag=F(bag), pr=pr)
    dv = {2: F('0.17'), 3: F('0.25'), 4: F('0.33')}[D]
    dl = Lit(dv, dec_str(dv), 'ft')
    rel = '=' if D == 3 else '≈'
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'bed area', 'Find the bed area'),
        S('cf', mul(R('area', 'sqft'), dl), 'cuft', 'volume', 'Multiply by the depth in feet (%d in %s %s ft)' % (D, rel, dec_str(dl[1]))),
        S('bags', div(R('cf', 'cuft'), R('bag', 'cuft')), 'bag', 'bags', 'Divide by the bag size'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up', kind='ceil'),
        S('cost', mul(R('buy', 'bag'), R('pr')), '', 'mulch cost', 'Multiply by the bag price', money=True),
    ]
    params = dict(L=str(L), W=str(W), D=str(D), bag=num(bag), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the mulch',
                ans=['Mulch will cost {v}.', 'That is {v} in mulch.'])


def mulch_bulk(r):
    A = r.choice([400, 450, 500, 600, 720, 800, 900, 1000, 1200]); D = r.choice([2, 3, 3])
    pr = r.choice([F(28), F(32), F(35), F('38.5'), F(42)]); fee = r.choice([F(45), F(50), F(65), F(75), F('39.99')])
    inp = dict(A=F(A), pr=pr, fee=fee)
    steps = [
        S('cf', div(mul(R('A', 'sqft'), Lit(D, unit='in')), Lit(12)), 'cuft', 'volume', 'Area times depth in feet'),
        S('cy', div(R('cf', 'cuft'), Lit(27)), 'cuyd', 'volume in cubic yards', 'Convert to cubic yards'),
        S('order', ceilto(R('cy', 'cuyd'), F(1, 2)), 'cuyd', 'yards to order', 'Round up to the next half yard', kind='ceil'),
        S('mc', mul(R('order', 'cuyd'), R('pr')), '', 'mulch cost', 'Multiply by the price per yard', money=True),
        S('tot', add(R('mc'), R('fee')), '', 'total with delivery', 'Add delivery', money=True),
    ]
    params = dict(A=dec_str(F(A)), D=str(D), pr=money_short(pr), fee=money_short(fee))
    return dict(inputs=inp, steps=steps, params=params, final='tot', fmoney=True, aunit='',
                topic='the bulk mulch',
                ans=['Delivered, it comes to {v}.', 'Total: {v}.'])


def raised_bed(r):
    L = r.choice([4, 6, 8, 8, 10]); W = r.choice([2, 3, 4, 4]); Hi = r.choice([6, 9, 10, 12, 18]); n = r.randint(2, 5)
    bag = r.choice([F('1.5'), F(2), F('0.75'), F(1)])
    inp = dict(L=F(L), W=F(W), n=F(n), bag=bag)
    steps = [
        S('hf', div(Lit(Hi, unit='in'), Lit(12)), 'ft', 'depth in feet', 'Convert the depth to feet'),
        S('v1', mul(R('L', 'ft'), R('W', 'ft'), R('hf', 'ft')), 'cuft', 'soil per bed', 'Volume of one bed'),
        S('vt', mul(R('v1', 'cuft'), R('n', 'bed')), 'cuft', 'soil for all beds', 'Multiply by the number of beds'),
        S('bags', div(R('vt', 'cuft'), R('bag', 'cuft')), 'bag', 'bags', 'Divide by the bag size'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up', kind='ceil'),
    ]
    params = dict(L=str(L), W=str(W), Hi=str(Hi), n=str(n), nw=cnt(n, 'bed', 'beds'), bag=num(bag))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='bag',
                topic='the raised beds',
                ans=['Get {v} of soil.', 'You need {v}.'])


def sod(r):
    L = r.choice([40, 50, 60, 75, 80]); W = r.choice([30, 35, 40, 45, 50]); a = r.choice([10, 12, 14, 16]); b = r.choice([12, 16, 20])
    cov = r.choice([450, 500, 400]); pr = r.choice([F(150), F(175), F('189.99'), F(210), F('165.5')])
    inp = dict(L=F(L), W=F(W), a=F(a), b=F(b), cov=F(cov), pr=pr)
    steps = [
        S('yard', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'yard area', 'Find the yard area'),
        S('patio', mul(R('a', 'ft'), R('b', 'ft')), 'sqft', 'patio area', 'Find the patio area'),
        S('net', sub(R('yard', 'sqft'), R('patio', 'sqft')), 'sqft', 'lawn area', 'Subtract the patio'),
        S('pal', div(R('net', 'sqft'), R('cov', 'sqft')), 'pallet', 'pallets', 'Divide by the coverage per pallet'),
        S('buy', ceil_(R('pal', 'pallet')), 'pallet', 'pallets to buy', 'Round up', kind='ceil'),
        S('cost', mul(R('buy', 'pallet'), R('pr')), '', 'sod cost', 'Multiply by the pallet price', money=True),
    ]
    params = dict(L=str(L), W=str(W), a=str(a), b=str(b), cov=str(cov), pr=money_short(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the sod',
                ans=['Sod will cost {v}.', 'The sod order comes to {v}.'])


def grass_seed(r):
    L = r.choice([50, 60, 70, 80, 90, 100]); W = r.choice([25, 30, 40, 45, 50]); rate = r.choice([3, 4, 5, 6, 8])
    bag = r.choice([3, 5, 7, 10])
    inp = dict(L=F(L), W=F(W), rate=F(rate), bag=F(bag))
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'lawn area', 'Find the lawn area'),
        S('k', div(R('area', 'sqft'), Lit(1000)), '', 'thousands of square feet', 'Count thousands of square feet'),
        S('lbs', mul(R('k'), R('rate', 'lb')), 'lb', 'pounds of seed', 'Multiply by the rate per 1,000 sq ft'),
        S('bags', div(R('lbs', 'lb'), R('bag', 'lb')), 'bag', 'bags', 'Divide by the bag size'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up', kind='ceil'),
    ]
    params = dict(L=str(L), W=str(W), rate=str(rate), bag=str(bag))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='bag',
                topic='overseeding',
                ans=['Buy {v} of seed.', 'You need {v}.'])


# ------------------------------------------------------------------ wallpaper

def wallpaper_rolls(r):
    L = r.randint(10, 16); W = r.randint(9, 13); H = r.choice([8, 8, 9]); op = r.choice([20, 30, 36, 41, 50])
    use = r.choice([25, 28, 30, 56]); pr = price(r, 24, 68)
    inp = dict(L=F(L), W=F(W), H=F(H), op=F(op), use=F(use), pr=pr)
    steps = [
        S('perim', mul(Lit(2), add(R('L', 'ft'), R('W', 'ft'))), 'ft', 'perimeter', 'Find the perimeter'),
        S('wall', mul(R('perim', 'ft'), R('H', 'ft')), 'sqft', 'wall area', 'Multiply by the height'),
        S('net', sub(R('wall', 'sqft'), R('op', 'sqft')), 'sqft', 'area to paper', 'Subtract the openings'),
        S('rolls', div(R('net', 'sqft'), R('use', 'sqft')), 'roll', 'rolls', 'Divide by the usable coverage per roll'),
        S('buy', ceil_(R('rolls', 'roll')), 'roll', 'rolls to buy', 'Round up', kind='ceil'),
        S('cost', mul(R('buy', 'roll'), R('pr')), '', 'wallpaper cost', 'Multiply by the roll price', money=True),
    ]
    params = dict(L=str(L), W=str(W), H=str(H), op=str(op), use=str(use), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the wallpaper',
                ans=['Wallpaper will cost {v}.', 'The rolls come to {v}.'])


def wallpaper_strips(r):
    W = r.choice([10, 11, 12, 13, 14, 15, 16]); H = r.choice([8, 8, 9]); rep = r.choice([0, 4, 6, 9])
    rl = r.choice([33, 33, 27])
    inp = dict(W=F(W), H=F(H))
    steps = [
        S('win', mul(R('W', 'ft'), Lit(12)), 'in', 'wall width in inches', 'Convert the wall width to inches'),
        S('strips', div(R('win', 'in'), Lit(F('20.5'), '20.5', 'in')), 'strip', 'strips', 'Divide by the 20.5 in roll width'),
        S('ns', ceil_(R('strips', 'strip')), 'strip', 'strips needed', 'Round up', kind='ceil'),
        S('slen', add(mul(R('H', 'ft'), Lit(12)), Lit(rep, unit='in')), 'in', 'length of one strip',
          'Strip length is the height in inches plus the pattern repeat'),
        S('rin', mul(Lit(rl, unit='ft'), Lit(12)), 'in', 'roll length in inches', 'Convert the roll length to inches'),
        S('per', divmod_(R('rin', 'in'), R('slen', 'in')), 'strip', 'full strips per roll', 'Strips per roll', kind='divmod'),
        S('rolls', div(R('ns', 'strip'), R('per', 'strip')), 'roll', 'rolls', 'Divide strips needed by strips per roll'),
        S('buy', ceil_(R('rolls', 'roll')), 'roll', 'rolls to buy', 'Round up', kind='ceil'),
    ]
    params = dict(W=str(W), H=str(H), rep=str(rep), rl=str(rl))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='roll',
                topic='the accent wall',
                ans=['Buy {v}.', 'You need {v} of paper.'])


# ------------------------------------------------------------------ feet and inches

def trim_ftin(r):
    k = r.choice([3, 4, 4])
    segs = [(r.randint(3, 15), r.choice([0, 3, 6, 9, 3, 6])) for _ in range(k)]
    segs = [(a, b if b else 6) for a, b in segs]
    plen = r.choice([8, 12, 16])
    inp = {}
    steps = []
    for i, (a, b) in enumerate(segs):
        steps.append(S('s%d' % i, ftin(a, b), 'ft', 'wall %d' % (i + 1), 'Convert wall %d to feet' % (i + 1)))
    steps += [
        S('tot', add(*[R('s%d' % i, 'ft') for i in range(k)]), 'ft', 'total length', 'Add the walls'),
        S('withw', addpct(R('tot', 'ft'), 10), 'ft', 'length with 10% extra', 'Add 10% for miter cuts'),
        S('pcs', div(R('withw', 'ft'), Lit(plen, unit='ft')), 'piece', 'pieces', 'Divide by the stick length'),
        S('buy', ceil_(R('pcs', 'piece')), 'piece', 'pieces to buy', 'Round up', kind='ceil'),
    ]
    pick = r.randint(0, 3)
    params = dict(segs=', '.join(ftin_txt(a, b, pick) for a, b in segs), plen=str(plen), k=str(k))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='piece',
                topic='the crown molding',
                ans=['Buy {v} of molding.', 'You need {v}.'])


def room_ftin(r):
    a, b = r.randint(10, 16), r.choice([3, 6, 9])
    c, d = r.randint(9, 13), r.choice([3, 6, 9, 6])
    pr = r.choice([F('3.49'), F('4.25'), F('5.99'), F('2.79'), F('6.5'), F('7.25')])
    inp = dict(pr=pr)
    steps = [
        S('Lf', ftin(a, b), 'ft', 'length in feet', 'Convert the length to decimal feet', dp=2),
        S('Wf', ftin(c, d), 'ft', 'width in feet', 'Convert the width to decimal feet', dp=2),
        S('area', mul(R('Lf', 'ft'), R('Wf', 'ft')), 'sqft', 'floor area', 'Multiply length by width', dp=2),
        S('cost', mul(R('area', 'sqft'), R('pr')), '', 'flooring cost', 'Multiply by the installed price', money=True),
    ]
    pick = r.randint(0, 3)
    params = dict(Ldim=ftin_txt(a, b, pick), Wdim=ftin_txt(c, d, pick), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the floor',
                ans=['The floor will cost {v}.', 'That is {v} installed.'])


# ------------------------------------------------------------------ quotes

def quote_lm(r):
    hrs = r.choice([6, 8, 10, 12, 14, 16, 20, F('7.5'), F('10.5')]); rate = r.choice([45, 55, 60, 65, 75, 85, 95])
    items = r.sample([('sheets of drywall', 'sheet', F('14.98')), ('buckets of joint compound', 'bucket', F('18.47')),
                      ('boxes of screws', 'box', F('9.97')), ('rolls of tape', 'roll', F('4.28')),
                      ('gallons of primer', 'gal', F('27.98')), ('tubes of caulk', 'tube', F('6.49')),
                      ('bags of grout', 'bag', F('21.5')), ('boxes of tile', 'box', F('42.9'))], 3)
    qs = [r.randint(2, 12) for _ in items]
    tax = r.choice([F('6'), F('7'), F('8.25'), F('6.5'), F('7.5')])
    inp = dict(hrs=F(hrs), rate=F(rate))
    steps = [S('lab', mul(R('hrs', 'hour'), R('rate')), '', 'labor', 'Labor', money=True)]
    for i, ((nm, u, p), q) in enumerate(zip(items, qs)):
        inp['q%d' % i] = F(q); inp['p%d' % i] = p
        steps.append(S('m%d' % i, mul(R('q%d' % i, u), R('p%d' % i)), '', nm, nm[0].upper() + nm[1:], money=True))
    steps += [
        S('mat', add(R('m0'), R('m1'), R('m2')), '', 'materials subtotal', 'Materials subtotal', money=True),
        S('tax', of(Pct(tax), R('mat')), '', 'sales tax on materials', 'Tax on materials', money=True),
        S('tot', add(R('lab'), R('mat'), R('tax')), '', 'total', 'Total', money=True),
    ]
    ilist = ', '.join('%d %s at %s' % (q, nm, money(p)) for (nm, u, p), q in zip(items, qs))
    params = dict(hrs=dec_str(F(hrs)), rate=money_short(rate), items=ilist, tax=dec_str(tax))
    return dict(inputs=inp, steps=steps, params=params, final='tot', fmoney=True, aunit='',
                topic='the quote',
                ans=['The quote should total {v}.', 'Grand total: {v}.'])


def quote_compare(r):
    A = r.choice([180, 220, 240, 275, 300, 320, 360, 400]); ra = r.choice([F('6.5'), F('7.25'), F('8'), F('9.5'), F('5.75')])
    fee = r.choice([F(150), F(200), F(250), F(95), F(300)])
    a_tot = A * ra + fee
    b = rnd_to(a_tot + r.choice([-400, -250, -175, -90, 120, 210, 340, 480]), 5)
    inp = dict(A=F(A), ra=ra, fee=fee, b=F(b))
    steps = [
        S('a', mul(R('A', 'sqft'), R('ra')), '', 'per-square-foot charge for A', 'Price contractor A by the square foot', money=True),
        S('at', add(R('a'), R('fee')), '', 'total for contractor A', 'Add A\'s disposal fee', money=True),
    ]
    if a_tot > b:
        steps.append(S('d', sub(R('at'), R('b')), '', 'difference', 'Compare with B', money=True))
        cheaper = 'B'
    else:
        steps.append(S('d', sub(R('b'), R('at')), '', 'difference', 'Compare with A', money=True))
        cheaper = 'A'
    params = dict(A=str(A), ra=money(ra), fee=money_short(fee), b=money_short(b))
    return dict(inputs=inp, steps=steps, params=params, final='d', fmoney=True, aunit='',
                topic='the two bids',
                ans=['Contractor %s is cheaper by {v}.' % cheaper, 'Going with %s saves {v}.' % cheaper])


def rnd_to(v, m):
    from math import floor
    return F(floor(F(v) / m + F(1, 2)) * m)


def budget_left(r):
    ca = r.choice([F('1249.99'), F('899.5'), F('1480'), F('1675.25'), F('2150')])
    lab_h = r.choice([8, 12, 16, 20, 24]); rate = r.choice([55, 65, 70, 80, 90])
    misc = r.choice([F('185.4'), F('240'), F('312.75'), F('96.3'), F('410.1')])
    est = ca + lab_h * rate + misc
    bud = int(rnd_to(est + r.choice([-650, -400, -220, -120, 180, 350, 600, 900]), 250))
    inp = dict(bud=F(bud), ca=ca, h=F(lab_h), rate=F(rate), misc=misc)
    steps = [
        S('lab', mul(R('h', 'hour'), R('rate')), '', 'installer labor', 'Labor', money=True),
        S('tot', add(R('ca'), R('lab'), R('misc')), '', 'total cost', 'Add everything', money=True),
        S('left', sub(R('bud'), R('tot')), '', 'money left in the budget', 'Subtract from the budget', money=True),
    ]
    params = dict(bud=money_short(bud), ca=money(ca), h=str(lab_h), rate=money_short(rate), misc=money(misc))
    return dict(inputs=inp, steps=steps, params=params, final='left', fmoney=True, aunit='',
                topic='the budget',
                ans=['Your remaining budget is {v}.', 'Budget left over: {v}.'])


def markup_deposit(r):
    m1 = r.choice([F('640'), F('812.5'), F('1120'), F('455.8'), F('960')]); mk = r.choice([10, 15, 20, 25])
    hrs = r.choice([10, 16, 24, 32]); rate = r.choice([50, 60, 75, 85]); dep = r.choice([25, 30, 33, 50])
    inp = dict(m1=m1, hrs=F(hrs), rate=F(rate))
    fac = 1 + F(mk, 100)
    steps = [
        S('mm', addpct(R('m1'), mk), '', 'materials with markup', 'Materials with markup', money=True),
        S('lab', mul(R('hrs', 'hour'), R('rate')), '', 'labor', 'Labor', money=True),
        S('tot', add(R('mm'), R('lab')), '', 'job total', 'Job total', money=True),
        S('dep', of(Pct(dep), R('tot')), '', 'deposit', 'Deposit', money=True),
    ]
    params = dict(m1=money(m1), mk=str(mk), hrs=str(hrs), rate=money_short(rate), dep=str(dep))
    return dict(inputs=inp, steps=steps, params=params, final='dep', fmoney=True, aunit='',
                topic='the deposit',
                ans=['The deposit is {v}.', 'You would pay {v} up front.'])


def painter_days(r):
    A = r.choice([1800, 2200, 2400, 2750, 3100, 3600, 4200]); np_ = r.choice([2, 3, 4]); rate = r.choice([350, 400, 450, 500])
    day = r.choice([280, 320, 350, 400])
    inp = dict(A=F(A), np=F(np_), rate=F(rate), day=F(day))
    steps = [
        S('crew', mul(R('np', 'painter'), R('rate', 'sqft')), 'sqft', 'crew output per day', 'Crew output per day'),
        S('days', div(R('A', 'sqft'), R('crew', 'sqft')), 'day', 'days of work', 'Divide the area by daily output'),
        S('bill', ceil_(R('days', 'day')), 'day', 'billed days', 'Round up to full days', kind='ceil'),
        S('pd', mul(R('np', 'painter'), R('day')), '', 'crew cost per day', 'Crew cost per day', money=True),
        S('cost', mul(R('bill', 'day'), R('pd')), '', 'labor cost', 'Total labor', money=True),
    ]
    params = dict(A=dec_str(F(A)), np=str(np_), rate=str(rate), day=money_short(day))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the painting crew',
                ans=['Labor comes to {v}.', 'The crew will cost {v}.'])


def roofing(r):
    L = r.choice([30, 36, 40, 42, 48, 50]); raf = r.choice([14, 15, 16, 18, 20])
    inp = dict(L=F(L), raf=F(raf))
    steps = [
        S('side', mul(R('L', 'ft'), R('raf', 'ft')), 'sqft', 'one roof side', 'Area of one side'),
        S('roof', mul(R('side', 'sqft'), Lit(2)), 'sqft', 'roof area', 'Two sides'),
        S('sqs', div(R('roof', 'sqft'), Lit(100)), 'square', 'squares', 'A roofing square is 100 sq ft'),
        S('withw', addpct(R('sqs', 'square'), 10), 'square', 'squares with 10% waste', 'Add 10% waste'),
        S('bund', mul(R('withw', 'square'), Lit(3)), 'bundle', 'bundles', 'Three bundles per square'),
        S('buy', ceil_(R('bund', 'bundle')), 'bundle', 'bundles to buy', 'Round up', kind='ceil'),
    ]
    params = dict(L=str(L), raf=str(raf))
    return dict(inputs=inp, steps=steps, params=params, final='buy', fmoney=False, aunit='bundle',
                topic='the re-roof',
                ans=['Order {v} of shingles.', 'You need {v}.'])


def insulation(r):
    L = r.choice([24, 28, 30, 32, 36, 40]); W = r.choice([20, 24, 26, 28, 30]); cov = r.choice([F('40'), F('48.96'), F('58.7'), F('75')])
    pr = r.choice([F('32.98'), F('41.5'), F('47.88'), F('54.25')])
    inp = dict(L=F(L), W=F(W), cov=cov, pr=pr)
    steps = [
        S('area', mul(R('L', 'ft'), R('W', 'ft')), 'sqft', 'attic floor area', 'Find the attic floor area'),
        S('bags', div(R('area', 'sqft'), R('cov', 'sqft')), 'bag', 'bags', 'Divide by the coverage per bag'),
        S('buy', ceil_(R('bags', 'bag')), 'bag', 'bags to buy', 'Round up', kind='ceil'),
        S('cost', mul(R('buy', 'bag'), R('pr')), '', 'insulation cost', 'Multiply by the price per bag', money=True),
    ]
    params = dict(L=str(L), W=str(W), cov=num(cov), pr=money(pr))
    return dict(inputs=inp, steps=steps, params=params, final='cost', fmoney=True, aunit='',
                topic='the attic insulation',
                ans=['Insulation will cost {v}.', 'That is {v} in batts.'])
