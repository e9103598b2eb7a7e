"""Problem structures for the chemistry / lab-mixing genre.

Each structure: make(rng) -> params dict; texts: 4 phrasings (format strings over params);
solve(p, c) -> dict(ans=Q, concl=str containing {a}, given=[str]).
"""
from fractions import Fraction
from core import Q, q, fmt

SALTS = [('NaCl', '58.44'), ('KCl', '74.55'), ('glucose', '180.16'), ('NaOH', '40.00'),
         ('CuSO4', '159.61'), ('KNO3', '101.10'), ('CaCl2', '110.98'), ('Na2CO3', '105.99'),
         ('sucrose', '342.30'), ('MgSO4', '120.37'), ('NH4Cl', '53.49'), ('KMnO4', '158.03')]
LIQ = ['ethanol', 'isopropanol', 'glycerol', 'acetic acid', 'bleach', 'methanol']
SOLUTES = ['sodium chloride', 'sucrose', 'potassium nitrate', 'copper sulfate', 'glucose', 'agar']

S = []


def reg(name, texts):
    def deco(fn):
        S.append(dict(name=name, texts=texts, make=fn.make, solve=fn))
        return fn
    return deco


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


# 1 ---------------------------------------------------------------
def _m1(rng):
    c1 = pick(rng, ['2', '5', '10', '1.5', '4', '2.5', '6', '12'])
    c2 = pick(rng, ['0.1', '0.25', '0.5', '0.2', '0.3', '0.75', '1'])
    v2 = pick(rng, ['100', '250', '500', '200', '150', '750', '1000', '50'])
    if Fraction(c2) >= Fraction(c1):
        c2 = '0.5'
    return dict(c1=q(c1, 'M'), c2=q(c2, 'M'), v2=q(v2, 'mL'), sub=pick(rng, ['HCl', 'NaOH', 'NaCl', 'KCl', 'H2SO4']))


def s1(p, c):
    v1 = c.calc(['(', p['c2'], '*', p['v2'], ')', '/', p['c1']], 2, 'mL', 'volume of stock', sym='V1')
    w = c.calc([p['v2'], '-', v1], 2, 'mL', 'water to add')
    return dict(ans=v1, concl='Measure out {a} of the %s stock and add %s of water to reach %s.' % (p['c1'], w, p['v2']),
                given=['stock C1 = %s' % p['c1'], 'target C2 = %s' % p['c2'], 'final volume V2 = %s' % p['v2']])


s1.make = _m1
reg('dilution_v1', [
    'I have a {c1} {sub} stock solution. How many mL of it do I need to make {v2} of {c2} {sub}?',
    'A lab needs {v2} of {c2} {sub}. The stockroom only has {c1} {sub}. What volume of the stock should be diluted (in mL)?',
    'How much {c1} {sub} stock (in mL) do you have to dilute with water to prepare {v2} of a {c2} solution?',
    'You are asked to prepare {v2} of {c2} {sub} from a {c1} stock. Find the volume of stock to pipette, in mL.'])(s1)


# 2 ---------------------------------------------------------------
def _m2(rng):
    c1 = pick(rng, ['2', '3', '6', '1.2', '0.8', '5', '4'])
    v1 = pick(rng, ['10', '20', '25', '15', '50', '40', '5'])
    v2 = pick(rng, ['100', '200', '250', '500', '80', '120'])
    return dict(c1=q(c1, 'M'), v1=q(v1, 'mL'), v2=q(v2, 'mL'), sub=pick(rng, ['KCl', 'HNO3', 'NaCl', 'CuSO4']))


def s2(p, c):
    n = c.calc([p['c1'], '*', p['v1']], 3, 'mmol', 'millimoles of solute')
    c2 = c.calc([n, '/', p['v2']], 4, 'M', 'new concentration')
    return dict(ans=c2, concl='The diluted %s is about {a}.' % p['sub'],
                given=['C1 = %s' % p['c1'], 'V1 = %s' % p['v1'], 'V2 = %s' % p['v2']])


s2.make = _m2
reg('dilution_c2', [
    '{v1} of {c1} {sub} is diluted with water to a total volume of {v2}. What is the new molarity?',
    'A student pipettes {v1} of {c1} {sub} into a volumetric flask and fills it to {v2}. What is the concentration in the flask (M)?',
    'What is the molarity of {sub} after {v1} of a {c1} solution is made up to {v2} with distilled water?',
    'If you take {v1} of {c1} {sub} and dilute to {v2}, what concentration do you end up with?'])(s2)


# 3 ---------------------------------------------------------------
def _m3(rng):
    c1 = pick(rng, ['1', '2', '0.5', '3', '1.5'])
    v1 = pick(rng, ['25', '40', '60', '30', '75', '12'])
    c2 = pick(rng, ['0.1', '0.2', '0.25', '0.4', '0.05'])
    return dict(c1=q(c1, 'M'), v1=q(v1, 'mL'), c2=q(c2, 'M'), sub=pick(rng, ['NaOH', 'HCl', 'NH4Cl', 'KNO3']))


def s3(p, c):
    v2 = c.calc(['(', p['c1'], '*', p['v1'], ')', '/', p['c2']], 2, 'mL', 'final volume', sym='V2')
    w = c.calc([v2, '-', p['v1']], 2, 'mL', 'water to add')
    return dict(ans=w, concl='Add {a} of water (final volume %s).' % v2,
                given=['C1 = %s' % p['c1'], 'V1 = %s' % p['v1'], 'C2 = %s' % p['c2']])


s3.make = _m3
reg('dilution_water_added', [
    'How much water must be added to {v1} of {c1} {sub} to dilute it to {c2}?',
    'You have {v1} of {c1} {sub}. What volume of water (mL) should you add so the concentration becomes {c2}?',
    'A technician wants to bring {v1} of a {c1} {sub} solution down to {c2}. How many mL of water does she add?',
    'Starting with {v1} of {c1} {sub}, how much distilled water is needed to get a {c2} solution?'])(s3)


# 4 ---------------------------------------------------------------
def _m4(rng):
    c0 = pick(rng, ['1', '2', '5', '0.5', '4', '8'])
    n = pick(rng, [2, 3, 4])
    f = pick(rng, ['10', '2', '5', '4'])
    return dict(c0=q(c0, 'M'), n=n, f=q(f), sub=pick(rng, ['dye', 'glucose', 'NaCl', 'protein']))


def s4(p, c):
    cur = p['c0']
    dec = 6
    for k in range(p['n']):
        cur = c.calc([cur, '/', p['f']], dec, 'M', 'after dilution %d' % (k + 1))
    return dict(ans=cur, concl='After %d dilutions the concentration is {a}.' % p['n'],
                given=['starting concentration %s' % p['c0'], 'dilution factor %s each time' % p['f'].disp,
                       '%d dilutions' % p['n']])


s4.make = _m4
reg('serial_dilution', [
    'A {c0} {sub} solution is diluted 1:{f} in a serial dilution, {n} times in a row. What is the final concentration in M?',
    'Starting from {c0} {sub}, you do {n} successive {f}-fold dilutions. What concentration is in the last tube?',
    'In a serial dilution each tube is diluted by a factor of {f}. The first stock is {c0}. What is the concentration after {n} dilutions?',
    'You perform a {n}-step serial dilution of a {c0} {sub} stock with a dilution factor of {f} at every step. Find the final molarity.'])(s4)


# 5 ---------------------------------------------------------------
def _m5(rng):
    a = pick(rng, ['0.5', '1', '2', '0.2', '0.25', '5'])
    extra = pick(rng, ['4.5', '9', '19', '3.5', '24', '7'])
    c1 = pick(rng, ['20', '50', '100', '40', '12', '64'])
    return dict(a=q(a, 'mL'), w=q(extra, 'mL'), c1=q(c1, 'mg/mL'), sub=pick(rng, ['antibody', 'enzyme', 'drug', 'protein']))


def s5(p, c):
    tot = c.calc([p['a'], '+', p['w']], 2, 'mL', 'total volume')
    df = c.calc([tot, '/', p['a']], 3, '', 'dilution factor')
    c2 = c.calc([p['c1'], '/', df], 3, 'mg/mL', 'diluted concentration')
    return dict(ans=c2, concl='The diluted %s is {a}.' % p['sub'],
                given=['aliquot %s' % p['a'], 'diluent %s' % p['w'], 'stock %s' % p['c1']])


s5.make = _m5
reg('dilution_factor', [
    'You add {a} of a {c1} {sub} stock to {w} of buffer. What is the concentration of the {sub} now, in mg/mL?',
    'A {c1} {sub} sample: {a} of it is mixed with {w} of diluent. Find the dilution factor and the new concentration (mg/mL).',
    '{a} of {sub} solution at {c1} is topped up with {w} of saline. What concentration results?',
    'To dilute a {c1} {sub} stock, a tech mixes {a} of it with {w} of water. What is the final concentration in mg/mL?'])(s5)


# 6 ---------------------------------------------------------------
def _m6(rng):
    pct = pick(rng, ['5', '2', '0.9', '10', '1.5', '3', '12', '0.5'])
    v = pick(rng, ['250', '500', '200', '150', '1000', '750', '400'])
    return dict(pct=q(pct, '%'), v=q(v, 'mL'), sol=pick(rng, SOLUTES))


def s6(p, c):
    g = c.calc([p['pct'], 'of', p['v']], 3, 'g', 'mass of solute')
    return dict(ans=g, concl='Weigh out {a} of %s and make it up to %s.' % (p['sol'], p['v']),
                given=['%s w/v means %s g per 100 mL' % (p['pct'], p['pct'].disp), 'volume %s' % p['v']])


s6.make = _m6
reg('percent_wv_mass', [
    'How many grams of {sol} are needed to make {v} of a {pct} (w/v) solution?',
    'A recipe calls for {v} of {pct} w/v {sol}. What mass of {sol} do I weigh out?',
    'To prepare {v} of {pct} (w/v) {sol} solution, how many grams of solid are required?',
    'What mass of {sol}, in grams, goes into {v} of a {pct} w/v solution?'])(s6)


# 7 ---------------------------------------------------------------
def _m7(rng):
    g = pick(rng, ['12', '7.5', '4', '18', '2.5', '30', '9'])
    v = pick(rng, ['150', '250', '80', '400', '300', '120', '60'])
    return dict(g=q(g, 'g'), v=q(v, 'mL'), sol=pick(rng, SOLUTES))


def s7(p, c):
    r = c.calc([p['g'], '/', p['v']], 4, 'g/mL', 'grams per mL')
    pc = c.calc([r, '*', q('100')], 2, '%', 'percent w/v')
    return dict(ans=pc, concl='The solution is {a} (w/v).',
                given=['mass %s' % p['g'], 'volume %s' % p['v']])


s7.make = _m7
reg('percent_wv_find', [
    '{g} of {sol} is dissolved in water to make {v} of solution. What is the percent (w/v)?',
    'What is the w/v percentage of a solution made by dissolving {g} of {sol} to a final volume of {v}?',
    'A student dissolves {g} of {sol} and makes it up to {v}. Give the concentration as % w/v.',
    'Find the % (w/v) of {sol} when {g} is made up to {v} with water.'])(s7)


# 8 ---------------------------------------------------------------
def _m8(rng):
    pct = pick(rng, ['70', '40', '25', '60', '35', '80', '15'])
    v = pick(rng, ['500', '250', '200', '750', '1000', '300'])
    return dict(pct=q(pct, '%'), v=q(v, 'mL'), liq=pick(rng, LIQ))


def s8(p, c):
    a = c.calc([p['pct'], 'of', p['v']], 2, 'mL', 'volume of pure %s' % p['liq'])
    w = c.calc([p['v'], '-', a], 2, 'mL', 'water')
    return dict(ans=w, concl='Mix %s of %s with {a} of water.' % (a, p['liq']),
                given=['total %s' % p['v'], '%s v/v %s' % (p['pct'], p['liq'])])


s8.make = _m8
reg('percent_vv_water', [
    'To make {v} of {pct} (v/v) {liq}, how much water is needed if you start from pure {liq}?',
    'How many mL of water do you mix with pure {liq} to get {v} of a {pct} v/v solution?',
    'A cleaning solution is {pct} {liq} by volume. For {v} of it, how much of the volume is water?',
    'You need {v} of {pct} v/v {liq}. Working from 100% {liq}, how much water goes in?'])(s8)


# 9 ---------------------------------------------------------------
def _m9(rng):
    v1 = pick(rng, ['100', '200', '150', '50', '300'])
    p1 = pick(rng, ['10', '20', '5', '30', '12'])
    v2 = pick(rng, ['300', '100', '250', '150', '50'])
    p2 = pick(rng, ['2', '40', '15', '25', '8'])
    return dict(v1=q(v1, 'mL'), p1=q(p1, '%'), v2=q(v2, 'mL'), p2=q(p2, '%'), sol=pick(rng, ['salt', 'sugar', 'glycerol', 'ethanol']))


def s9(p, c):
    a = c.calc([p['p1'], 'of', p['v1']], 2, 'g', '%s in the first solution' % p['sol'])
    b = c.calc([p['p2'], 'of', p['v2']], 2, 'g', '%s in the second solution' % p['sol'])
    s = c.calc([a, '+', b], 2, 'g', 'total %s' % p['sol'])
    v = c.calc([p['v1'], '+', p['v2']], 2, 'mL', 'total volume')
    pc = c.calc(['(', s, '/', v, ')', '*', q('100')], 2, '%', 'percent of the mixture')
    return dict(ans=pc, concl='The mixture is about {a} %s.' % p['sol'],
                given=['%s of %s' % (p['v1'], p['p1']), '%s of %s' % (p['v2'], p['p2'])])


s9.make = _m9
reg('mix_two_percent', [
    'If {v1} of a {p1} {sol} solution is mixed with {v2} of a {p2} {sol} solution, what is the percent concentration of the mixture?',
    'A lab combines {v1} of {p1} {sol} (w/v) with {v2} of {p2} {sol}. What % w/v is the result?',
    'Two {sol} solutions are poured together: {v1} at {p1} and {v2} at {p2}. Find the final percentage.',
    'What is the concentration (%) when you mix {v1} of {p1} {sol} solution and {v2} of {p2} {sol} solution?'])(s9)


# 10 --------------------------------------------------------------
def _m10(rng):
    a, b = pick(rng, [(1, 4), (2, 3), (3, 5), (1, 9), (3, 7), (2, 5), (1, 3)])
    t = pick(rng, ['500', '240', '600', '1200', '360', '800', '150'])
    return dict(a=a, b=b, t=q(t, 'mL'), A=pick(rng, ['concentrate', 'bleach', 'stock buffer', 'vinegar']))


def s10(p, c):
    parts = c.calc([q(p['a']), '+', q(p['b'])], 0, '', 'total parts')
    one = c.calc([p['t'], '/', parts], 2, 'mL', 'one part')
    x = c.calc([q(p['a']), '*', one], 2, 'mL', p['A'])
    y = c.calc([q(p['b']), '*', one], 2, 'mL', 'water')
    return dict(ans=y, concl='Use %s of %s and {a} of water.' % (x, p['A']),
                given=['ratio %d:%d' % (p['a'], p['b']), 'total %s' % p['t']])


s10.make = _m10
reg('ratio_parts', [
    'A solution is made by mixing {A} and water in a {a}:{b} ratio. How much water is in {t} of the solution?',
    'Mix {A} with water {a}:{b} to make {t} total. How many mL of water do you use?',
    'The protocol says {a} part {A} to {b} parts water. For {t} of working solution, how much water is needed?',
    'You want {t} of a {a}:{b} mixture of {A} to water. What volume of water goes in?'])(s10)


# 11 --------------------------------------------------------------
def _m11(rng):
    a = pick(rng, ['15', '20', '25', '4', '8', '12'])
    b = pick(rng, ['100', '60', '40', '30', '50', '90'])
    x = pick(rng, ['45', '70', '18', '36', '10', '150'])
    return dict(a=q(a, 'mL'), b=q(b, 'mL'), x=q(x, 'mL'), A=pick(rng, ['reagent A', 'dye solution', 'glycerol']), B=pick(rng, ['buffer', 'water', 'ethanol']))


def s11(p, c):
    r = c.calc([p['b'], '/', p['a']], 3, '', 'mL of %s per mL of %s' % (p['B'], p['A']))
    y = c.calc([p['x'], '*', r], 2, 'mL', p['B'])
    return dict(ans=y, concl='You need {a} of %s.' % p['B'],
                given=['%s of %s per %s of %s' % (p['a'], p['A'], p['b'], p['B']), 'available %s: %s' % (p['A'], p['x'])])


s11.make = _m11
reg('ratio_scale', [
    'A protocol uses {a} of {A} for every {b} of {B}. If you have {x} of {A}, how much {B} do you need?',
    'The ratio is {a} {A} to {b} {B}. How many mL of {B} go with {x} of {A}?',
    'For each {a} of {A} you add {b} of {B}. How much {B} matches {x} of {A}?',
    'Keeping the same proportions ({a} of {A} : {b} of {B}), how much {B} is needed for {x} of {A}?'])(s11)


# 12 --------------------------------------------------------------
def _m12(rng):
    salt, mw = pick(rng, SALTS)
    m = pick(rng, ['5.00', '10.0', '2.50', '25.0', '1.20', '7.30', '12.5'])
    return dict(salt=salt, mw=q(mw, 'g/mol'), m=q(m, 'g'))


def s12(p, c):
    n = c.calc([p['m'], '/', p['mw']], 4, 'mol', 'moles', sym='n')
    mm = c.conv(n, 'mmol', 1000, 'in millimoles')
    return dict(ans=mm, concl='That is about {a} of %s.' % p['salt'],
                given=['mass %s' % p['m'], 'molar mass %s' % p['mw']])


s12.make = _m12
reg('moles_from_mass', [
    'How many millimoles are in {m} of {salt}? (molar mass {mw})',
    'A student weighs out {m} of {salt} (M = {mw}). How many mmol is that?',
    'Convert {m} of {salt} into millimoles. Use {mw} for the molar mass.',
    'What amount of {salt}, in mmol, is contained in a {m} sample? Molar mass = {mw}.'])(s12)


# 13 --------------------------------------------------------------
def _m13(rng):
    salt, mw = pick(rng, SALTS)
    n = pick(rng, ['0.25', '0.040', '0.150', '0.5', '0.075', '1.2', '0.02'])
    return dict(salt=salt, mw=q(mw, 'g/mol'), n=q(n, 'mol'))


def s13(p, c):
    m = c.calc([p['n'], '*', p['mw']], 2, 'g', 'mass', sym='m')
    return dict(ans=m, concl='You need to weigh {a} of %s.' % p['salt'],
                given=['n = %s' % p['n'], 'M = %s' % p['mw']])


s13.make = _m13
reg('mass_from_moles', [
    'What is the mass of {n} of {salt}? The molar mass is {mw}.',
    'How many grams of {salt} ({mw}) correspond to {n}?',
    'A reaction needs {n} of {salt}. How many grams should be weighed out? (molar mass {mw})',
    'Find the mass in grams of {n} {salt}, given a molar mass of {mw}.'])(s13)


# 14 --------------------------------------------------------------
def _m14(rng):
    salt, mw = pick(rng, SALTS)
    cM = pick(rng, ['0.1', '0.25', '0.5', '0.2', '0.05', '1.0', '0.15'])
    v = pick(rng, ['250', '500', '100', '200', '750', '50'])
    return dict(salt=salt, mw=q(mw, 'g/mol'), cM=q(cM, 'M'), v=q(v, 'mL'))


def s14(p, c):
    L = c.conv(p['v'], 'L', Fraction(1, 1000), 'volume in litres')
    n = c.calc([p['cM'], '*', L], 5, 'mol', 'moles needed', sym='n')
    m = c.calc([n, '*', p['mw']], 2, 'g', 'mass needed', sym='m')
    return dict(ans=m, concl='Dissolve {a} of %s and make up to %s.' % (p['salt'], p['v']),
                given=['%s %s' % (p['cM'], p['salt']), 'V = %s' % p['v'], 'molar mass %s' % p['mw']])


s14.make = _m14
reg('molarity_mass_needed', [
    'How many grams of {salt} (molar mass {mw}) are needed to make {v} of a {cM} solution?',
    'Describe how much {salt} you would weigh to prepare {v} of {cM} {salt}. Molar mass = {mw}.',
    'What mass of {salt} is required for {v} of {cM} solution? ({mw})',
    'I need {v} of {cM} {salt}. The molar mass is {mw}. How many grams do I dissolve?'])(s14)


# 15 --------------------------------------------------------------
def _m15(rng):
    salt, mw = pick(rng, SALTS)
    m = pick(rng, ['2.0', '5.0', '3.5', '8.0', '1.5', '10.0', '4.2'])
    v = pick(rng, ['250', '500', '100', '200', '400', '150'])
    return dict(salt=salt, mw=q(mw, 'g/mol'), m=q(m, 'g'), v=q(v, 'mL'))


def s15(p, c):
    n = c.calc([p['m'], '/', p['mw']], 4, 'mol', 'moles of %s' % p['salt'], sym='n')
    L = c.conv(p['v'], 'L', Fraction(1, 1000), 'volume in L')
    cM = c.calc([n, '/', L], 3, 'M', 'molarity', sym='c')
    return dict(ans=cM, concl='The molarity is about {a}.',
                given=['m = %s' % p['m'], 'V = %s' % p['v'], 'M(%s) = %s' % (p['salt'], p['mw'])])


s15.make = _m15
reg('molarity_from_mass', [
    '{m} of {salt} is dissolved to make {v} of solution. What is the molarity? (molar mass {mw})',
    'What is the concentration in mol/L of a solution containing {m} of {salt} in {v}? Molar mass {mw}.',
    'A student dissolves {m} of {salt} ({mw}) in water to a total of {v}. Find the molarity.',
    'Calculate the molarity when {m} {salt} is made up to {v}. Use M = {mw}.'])(s15)


# 16 --------------------------------------------------------------
def _m16(rng):
    price = pick(rng, ['45.00', '32.50', '120.00', '18.75', '64.00', '89.90'])
    size = pick(rng, ['500', '250', '1000', '100'])
    need = pick(rng, ['35', '80', '12', '150', '60', '25'])
    return dict(price=q(price, '$'), size=q(size, 'mL'), need=q(need, 'mL'), R=pick(rng, ['buffer concentrate', 'stain', 'indicator', 'reagent']))


def s16(p, c):
    per = c.calc([p['price'], '/', p['size']], 4, '$', 'cost per mL')
    cost = c.calc([p['need'], '*', per], 2, '$', 'cost of what is used')
    return dict(ans=cost, concl='The %s used costs {a}.' % p['need'],
                given=['bottle %s for %s' % (p['price'], p['size']), 'used %s' % p['need']])


s16.make = _m16
reg('reagent_cost_per_mL', [
    'A {size} bottle of {R} costs {price}. How much does the {need} used in one experiment cost?',
    'The {R} comes in {size} bottles at {price} each. What is the cost of using {need}?',
    'If {R} is {price} per {size}, what does {need} of it cost (in dollars)?',
    'An experiment uses {need} of {R}. The supplier sells it at {price} for {size}. Find the cost of the reagent used.'])(s16)


# 17 --------------------------------------------------------------
def _m17(rng):
    per = pick(rng, ['15', '25', '40', '12', '35', '60'])
    n = pick(rng, ['24', '30', '18', '32', '45', '28'])
    size = pick(rng, ['500', '250', '1000'])
    price = pick(rng, ['38.50', '22.00', '54.25', '19.99', '71.40'])
    return dict(per=q(per, 'mL'), n=q(n), size=q(size, 'mL'), price=q(price, '$'), R=pick(rng, ['ethanol', 'buffer', 'saline', 'indicator']))


def s17(p, c):
    tot = c.calc([p['per'], '*', p['n']], 2, 'mL', 'total volume')
    b = c.calc([tot, '/', p['size']], 3, '', 'bottles')
    import math
    nb = q(int(math.ceil(b.val)))
    if nb.val != b.val:
        c.note('Since you cannot buy part of a bottle, round %s up to %s bottles.' % (b.disp, nb.disp))
    cost = c.calc([nb, '*', p['price']], 2, '$', 'cost', keep=True)
    return dict(ans=cost, concl='Buying %s bottles costs {a}.' % nb.disp,
                given=['%s per student' % p['per'], '%s students' % p['n'].disp, '%s bottles at %s' % (p['size'], p['price'])])


s17.make = _m17
reg('reagent_bottles_cost', [
    'Each of {n} students needs {per} of {R}. The {R} is sold in {size} bottles for {price} each. How much will the class spend?',
    'A lab session uses {per} of {R} per student and there are {n} students. Bottles hold {size} and cost {price}. What is the total cost?',
    '{n} students each use {per} of {R}. How much does it cost to buy enough {size} bottles at {price} per bottle?',
    'The teacher must order {R} for {n} students, {per} each. It only comes in {size} bottles ({price}). What is the cost?'])(s17)


# 18 --------------------------------------------------------------
def _m18(rng):
    pip = pick(rng, ['10', '25', '5', '20', '2'])
    mult = pick(rng, [6, 8, 12, 15, 4, 9, 24])
    return dict(pip=q(pip, 'mL'), v=q(str(int(pip) * mult), 'mL'))


def s18(p, c):
    k = c.calc([p['v'], '/', p['pip']], 2, '', 'number of transfers')
    return dict(ans=k, concl='You need {a} transfers.'.replace('{a}', '{a}'),
                given=['pipette %s' % p['pip'], 'target %s' % p['v']])


s18.make = _m18
reg('pipette_transfers', [
    'How many times must you fill a {pip} pipette to deliver {v} into a flask?',
    'Using a {pip} volumetric pipette, how many transfers does it take to add {v}?',
    'A flask needs {v} of sample, and the only pipette available is {pip}. How many pipette fills?',
    'You transfer {v} of solution with a {pip} pipette. How many aliquots is that?'])(s18)


# 19 --------------------------------------------------------------
def _m19(rng):
    a = pick(rng, ['25', '30', '40', '15', '45', '35'])
    tot = pick(rng, ['500', '480', '1000', '250', '600', '750'])
    return dict(a=q(a, 'mL'), tot=q(tot, 'mL'), R=pick(rng, ['stock buffer', 'media', 'saline', 'stain']))


def s19(p, c):
    import math
    x = c.calc([p['tot'], '/', p['a']], 2, '', 'aliquots')
    k = q(int(math.floor(x.val)))
    if k.val != x.val:
        c.note('Only whole aliquots count, so that is %s full aliquots.' % k.disp)
    used = c.calc([k, '*', p['a']], 2, 'mL', 'volume used')
    left = c.calc([p['tot'], '-', used], 2, 'mL', 'left over')
    return dict(ans=left, concl='You get %s aliquots with {a} left over.' % k.disp,
                given=['stock %s' % p['tot'], 'aliquot %s' % p['a']])


s19.make = _m19
reg('aliquot_leftover', [
    'A {tot} bottle of {R} is split into {a} aliquots. How many mL are left over after filling as many full aliquots as possible?',
    'You divide {tot} of {R} into tubes of {a} each. How much is left after the last full tube?',
    'How much {R} remains if {tot} is dispensed into {a} portions until no full portion is possible?',
    '{tot} of {R} gets aliquoted at {a} per tube. What volume is left over?'])(s19)


# 20 --------------------------------------------------------------
def _m20(rng):
    a = pick(rng, ['5.84', '12.0', '2.92', '8.5', '14.2', '3.6'])
    b = pick(rng, ['1.40', '0.75', '3.10', '2.25', '0.60'])
    v = pick(rng, ['250', '500', '200', '750', '400', '1500'])
    return dict(a=q(a, 'g'), b=q(b, 'g'), v=q(v, 'mL'), A=pick(rng, ['NaCl', 'Tris base', 'glucose']), B=pick(rng, ['KCl', 'EDTA', 'MgCl2']))


def s20(p, c):
    f = c.calc([p['v'], '/', q('1000')], 3, '', 'scale factor')
    x = c.calc([p['a'], '*', f], 3, 'g', p['A'])
    y = c.calc([p['b'], '*', f], 3, 'g', p['B'])
    t = c.calc([x, '+', y], 3, 'g', 'total solids')
    return dict(ans=t, concl='Weigh %s of %s and %s of %s, {a} of solids in total.' % (x, p['A'], y, p['B']),
                given=['per litre: %s %s, %s %s' % (p['a'], p['A'], p['b'], p['B']), 'make %s' % p['v']])


s20.make = _m20
reg('buffer_scale', [
    'A buffer recipe for 1 L uses {a} of {A} and {b} of {B}. You only need {v}. What total mass of solids do you weigh out?',
    'One litre of buffer needs {a} {A} plus {b} {B}. Scale it to {v}: how many grams of solid in total?',
    'The recipe (per 1000 mL) is {a} of {A} and {b} of {B}. How many grams of the two solids together for {v}?',
    'Scale a 1 L recipe containing {a} of {A} and {b} of {B} down/up to {v}. What is the total mass of solids?'])(s20)


# 21 --------------------------------------------------------------
def _m21(rng):
    conc = pick(rng, ['2.5', '4', '10', '0.5', '25', '8'])
    dose = pick(rng, ['15', '30', '12', '50', '7.5', '100'])
    return dict(conc=q(conc, 'mg/mL'), dose=q(dose, 'mg'), D=pick(rng, ['ampicillin', 'dye', 'inhibitor', 'caffeine']))


def s21(p, c):
    v = c.calc([p['dose'], '/', p['conc']], 2, 'mL', 'volume')
    return dict(ans=v, concl='Draw up {a} of the %s stock.' % p['D'],
                given=['stock %s' % p['conc'], 'mass wanted %s' % p['dose']])


s21.make = _m21
reg('volume_for_mass', [
    'A {D} stock is {conc}. What volume contains {dose}?',
    'How many mL of {conc} {D} solution do you need to get {dose} of {D}?',
    'You need {dose} of {D}. The stock solution is {conc}. What volume do you pipette?',
    'The stock of {D} is at {conc}. Find the volume (mL) that delivers {dose}.'])(s21)


# 22 --------------------------------------------------------------
def _m22(rng):
    ppm = pick(rng, ['2', '5', '0.5', '12', '25', '1.5'])
    L = pick(rng, ['3', '20', '250', '4.5', '75', '12'])
    return dict(ppm=q(ppm), L=q(L, 'L'), X=pick(rng, ['chlorine', 'fluoride', 'nitrate', 'copper']))


def s22(p, c):
    mg = c.calc([p['ppm'], '*', p['L']], 3, 'mg', 'mass of %s' % p['X'])
    return dict(ans=mg, concl='There is {a} of %s.' % p['X'],
                given=['%s ppm = %s mg/L' % (p['ppm'].disp, p['ppm'].disp), 'volume %s' % p['L']])


s22.make = _m22
reg('ppm_mass', [
    'Water contains {ppm} ppm {X} (mg/L). How many mg of {X} are in {L} of it?',
    'A sample has {X} at {ppm} ppm. What mass of {X}, in mg, is in {L}?',
    'If a solution is {ppm} ppm {X}, how many milligrams are dissolved in {L}? (1 ppm = 1 mg/L)',
    'Find the mg of {X} in {L} of water at {ppm} ppm.'])(s22)


# 23 --------------------------------------------------------------
def _m23(rng):
    v = pick(rng, ['500', '400', '250', '800', '300'])
    pc = pick(rng, ['4', '6', '2', '5', '3'])
    v2 = pick(rng, ['200', '150', '100', '120', '160'])
    return dict(v=q(v, 'mL'), pc=q(pc, '%'), v2=q(v2, 'mL'), sol=pick(rng, ['salt', 'sugar', 'sodium chloride']))


def s23(p, c):
    g = c.calc([p['pc'], 'of', p['v']], 2, 'g', '%s present' % p['sol'])
    n = c.calc(['(', g, '/', p['v2'], ')', '*', q('100')], 2, '%', 'new percent')
    return dict(ans=n, concl='After evaporation the solution is about {a} %s.' % p['sol'],
                given=['%s of %s (w/v)' % (p['v'], p['pc']), 'evaporated down to %s' % p['v2']])


s23.make = _m23
reg('evaporate_concentrate', [
    '{v} of a {pc} (w/v) {sol} solution is heated until only {v2} remain. What is the new percent concentration?',
    'Water is evaporated from {v} of {pc} {sol} solution until the volume is {v2}. Find the new % w/v.',
    'A {pc} {sol} solution ({v}) is boiled down to {v2}. What percentage is it now?',
    'If you evaporate {v} of {pc} w/v {sol} to {v2}, what is the concentration afterwards?'])(s23)


# 24 --------------------------------------------------------------
def _m24(rng):
    v = pick(rng, ['200', '150', '300', '100', '250'])
    p1 = pick(rng, ['30', '40', '25', '50', '20'])
    p2 = pick(rng, ['10', '12', '8', '5', '15'])
    return dict(v=q(v, 'mL'), p1=q(p1, '%'), p2=q(p2, '%'), liq=pick(rng, LIQ))


def s24(p, c):
    a = c.calc([p['p1'], 'of', p['v']], 2, 'mL', 'pure %s' % p['liq'])
    tot = c.calc(['(', a, '/', p['p2'].__class__(p['p2'].disp, ''), ')', '*', q('100')], 2, 'mL', 'final volume')
    add = c.calc([tot, '-', p['v']], 2, 'mL', 'water to add')
    return dict(ans=add, concl='Add {a} of water (final volume %s).' % tot,
                given=['%s of %s %s' % (p['v'], p['p1'], p['liq']), 'target %s' % p['p2']])


s24.make = _m24
reg('dilute_to_percent', [
    'How much water should be added to {v} of {p1} {liq} to dilute it to {p2}?',
    'You have {v} of a {p1} (v/v) {liq} solution. What volume of water brings it down to {p2}?',
    'To turn {v} of {p1} {liq} into a {p2} solution, how many mL of water must be added?',
    'A {p1} {liq} solution ({v}) needs to become {p2}. How much water do you add?'])(s24)


# 25 --------------------------------------------------------------
def _m25(rng):
    cb = pick(rng, ['0.100', '0.200', '0.150', '0.250', '0.120'])
    vb = pick(rng, ['18.40', '22.50', '15.00', '24.80', '12.60', '20.00'])
    va = pick(rng, ['25.00', '20.00', '10.00', '50.00'])
    return dict(cb=q(cb, 'M'), vb=q(vb, 'mL'), va=q(va, 'mL'), A=pick(rng, ['HCl', 'acetic acid', 'HNO3']))


def s25(p, c):
    n = c.calc([p['cb'], '*', p['vb']], 4, 'mmol', 'mmol of NaOH')
    c.note('The reaction is 1:1, so the %s sample also contains %s.' % (p['A'], n))
    ca = c.calc([n, '/', p['va']], 4, 'M', 'concentration of %s' % p['A'])
    return dict(ans=ca, concl='The %s concentration is {a}.' % p['A'],
                given=['NaOH %s' % p['cb'], 'titre %s' % p['vb'], 'acid sample %s' % p['va']])


s25.make = _m25
reg('titration_1to1', [
    'A {va} sample of {A} is titrated with {cb} NaOH. The endpoint is reached at {vb}. What is the concentration of the {A}? (1:1 reaction)',
    'It took {vb} of {cb} NaOH to neutralise {va} of {A}. Find the molarity of the {A}.',
    'In a titration, {vb} of {cb} NaOH reacts exactly with {va} of {A} (1:1). What is the acid concentration?',
    'Titrating {va} of {A} required {vb} of {cb} sodium hydroxide. What is [{A}] in M?'])(s25)


# 26 --------------------------------------------------------------
def _m26(rng):
    th = pick(rng, ['12.5', '8.0', '20.0', '5.6', '15.2', '4.8'])
    fr = pick(rng, ['0.8', '0.72', '0.65', '0.9', '0.55'])
    act = fmt(Fraction(th) * Fraction(fr), 2)
    return dict(th=q(th, 'g'), act=q(act, 'g'), P=pick(rng, ['aspirin', 'copper', 'alum crystals', 'precipitate']))


def s26(p, c):
    r = c.calc([p['act'], '/', p['th']], 4, '', 'fraction')
    y = c.calc([r, '*', q('100')], 2, '%', 'percent yield')
    return dict(ans=y, concl='The percent yield is {a}.',
                given=['actual %s' % p['act'], 'theoretical %s' % p['th']])


s26.make = _m26
reg('percent_yield', [
    'The theoretical yield of {P} is {th}, but only {act} is recovered. What is the percent yield?',
    'A student expected {th} of {P} and got {act}. Find the percent yield.',
    'What is the percent yield if {act} of {P} is collected and the theoretical yield is {th}?',
    'Theoretical: {th}. Actual: {act} of {P}. Percent yield?'])(s26)


# 27 --------------------------------------------------------------
def _m27(rng):
    tot = pick(rng, ['250', '400', '150', '500', '80'])
    pc = pick(rng, ['12', '5', '8', '20', '15', '2.5'])
    return dict(tot=q(tot, 'g'), pc=q(pc, '%'), sol=pick(rng, SOLUTES))


def s27(p, c):
    s = c.calc([p['pc'], 'of', p['tot']], 3, 'g', p['sol'])
    w = c.calc([p['tot'], '-', s], 3, 'g', 'water')
    return dict(ans=w, concl='Dissolve %s of %s in {a} of water.' % (s, p['sol']),
                given=['total mass %s' % p['tot'], '%s w/w' % p['pc']])


s27.make = _m27
reg('ww_water_mass', [
    'How many grams of water are in {tot} of a {pc} (w/w) {sol} solution?',
    'To make {tot} of {pc} w/w {sol}, how much water (g) do you need?',
    'A {tot} batch of solution is {pc} {sol} by mass. What is the mass of the water?',
    'You prepare {tot} of a {pc} by mass {sol} solution. Find the grams of water.'])(s27)


# 28 --------------------------------------------------------------
def _m28(rng):
    d = pick(rng, ['0.789', '1.26', '0.791', '1.84', '0.87', '1.10'])
    v = pick(rng, ['50', '25', '120', '75', '200', '15'])
    return dict(d=q(d, 'g/mL'), v=q(v, 'mL'), L=pick(rng, ['ethanol', 'glycerol', 'methanol', 'sulfuric acid', 'oil', 'brine']))


def s28(p, c):
    m = c.calc([p['d'], '*', p['v']], 3, 'g', 'mass')
    return dict(ans=m, concl='%s of %s has a mass of {a}.' % (p['v'], p['L']),
                given=['density %s' % p['d'], 'volume %s' % p['v']])


s28.make = _m28
reg('density_mass', [
    'The density of {L} is {d}. What is the mass of {v} of it?',
    'What does {v} of {L} weigh if its density is {d}?',
    'A measuring cylinder holds {v} of {L} (density {d}). Find the mass in grams.',
    'Find the mass of {v} {L}; density = {d}.'])(s28)


# 29 --------------------------------------------------------------
def _m29(rng):
    n = pick(rng, ['0.30', '0.45', '0.12', '0.80', '0.25', '1.5'])
    a, b = pick(rng, [(2, 1), (1, 2), (3, 1), (2, 3), (1, 1)])
    prod, mw = pick(rng, [('water', '18.02'), ('CO2', '44.01'), ('NH3', '17.03'), ('O2', '32.00')])
    return dict(n=q(n, 'mol'), a=a, b=b, prod=prod, mw=q(mw, 'g/mol'))


def s29(p, c):
    m1 = c.calc([p['n'], '*', q(p['b']), '/', q(p['a'])], 4, 'mol', 'moles of %s' % p['prod'])
    g = c.calc([m1, '*', p['mw']], 2, 'g', 'mass of %s' % p['prod'])
    return dict(ans=g, concl='About {a} of %s forms.' % p['prod'],
                given=['%s of reactant' % p['n'], 'ratio %d : %d' % (p['a'], p['b']), 'M = %s' % p['mw']])


s29.make = _m29
reg('stoich_mass', [
    'A reaction makes {b} mol of {prod} for every {a} mol of reactant used. How many grams of {prod} ({mw}) form from {n} of reactant?',
    'The mole ratio reactant : {prod} is {a}:{b}. Starting with {n} of reactant, what mass of {prod} is produced? Molar mass {mw}.',
    'If {n} of reactant react and the equation gives {a} reactant -> {b} {prod}, how many grams of {prod} (M = {mw}) are made?',
    'Using a {a}:{b} reactant-to-{prod} ratio, find the mass of {prod} made from {n} of reactant ({mw}).'])(s29)


# 30 --------------------------------------------------------------
def _m30(rng):
    n = pick(rng, ['96', '48', '24', '60', '120', '36'])
    v = pick(rng, ['150', '200', '250', '75', '40'])
    dead = pick(rng, ['500', '1000', '2000', '800'])
    return dict(n=q(n), v=q(v, 'µL'), dead=q(dead, 'µL'), R=pick(rng, ['master mix', 'substrate', 'stain', 'buffer']))


def s30(p, c):
    a = c.calc([p['n'], '*', p['v']], 2, 'µL', 'wells')
    t = c.calc([a, '+', p['dead']], 2, 'µL', 'with dead volume')
    ml = c.conv(t, 'mL', Fraction(1, 1000), 'in mL')
    return dict(ans=ml, concl='Prepare {a} of %s.' % p['R'],
                given=['%s wells' % p['n'].disp, '%s per well' % p['v'], 'dead volume %s' % p['dead']])


s30.make = _m30
reg('plate_dispense_volume', [
    'You dispense {v} of {R} into each of {n} wells and need an extra {dead} of dead volume in the reservoir. How many mL of {R} should you prepare?',
    'A plate of {n} wells gets {v} of {R} per well, plus {dead} extra for the reservoir. Total in mL?',
    'How much {R} (mL) is needed for {n} wells at {v} each, allowing {dead} of dead volume?',
    'Each of {n} wells takes {v} of {R}; add {dead} of overage. What volume in mL do you make up?'])(s30)


# 31 --------------------------------------------------------------
def _m31(rng):
    price = pick(rng, ['86.00', '42.50', '129.00', '24.90', '61.20'])
    size = pick(rng, ['500', '100', '250', '1000'])
    g = pick(rng, ['3.5', '12', '0.8', '7.25', '20', '1.6'])
    labs = pick(rng, ['6', '10', '15', '4', '12'])
    return dict(price=q(price, '$'), size=q(size, 'g'), g=q(g, 'g'), labs=q(labs), S=pick(rng, ['CuSO4', 'KMnO4', 'agar powder', 'sodium acetate']))


def s31(p, c):
    per = c.calc([p['price'], '/', p['size']], 4, '$', 'price per gram')
    used = c.calc([p['g'], '*', p['labs']], 3, 'g', 'grams used')
    cost = c.calc([used, '*', per], 2, '$', 'cost', keep=True)
    return dict(ans=cost, concl='The %s for the term costs {a}.' % p['S'],
                given=['%s for %s' % (p['price'], p['size']), '%s per lab' % p['g'], '%s labs' % p['labs'].disp])


s31.make = _m31
reg('cost_per_gram', [
    '{S} costs {price} for a {size} jar. Each lab uses {g}, and there are {labs} labs this term. What is the cost of the {S} used?',
    'A {size} bottle of {S} is {price}. If {labs} lab sessions each use {g}, how much money worth of {S} is used?',
    'How much does the {S} cost for {labs} practicals at {g} each, when {size} costs {price}?',
    'The school buys {S} at {price} per {size}. Find the cost of {g} per lab for {labs} labs.'])(s31)


# 32 --------------------------------------------------------------
def _m32(rng):
    vals = [pick(rng, ['24.8', '25.1', '24.9', '25.3', '25.0', '24.6']) for _ in range(3)]
    return dict(r1=q(vals[0], 'mL'), r2=q(vals[1], 'mL'), r3=q(vals[2], 'mL'))


def s32(p, c):
    s = c.calc([p['r1'], '+', p['r2'], '+', p['r3']], 2, 'mL', 'sum of readings')
    m = c.calc([s, '/', q('3')], 2, 'mL', 'mean titre')
    return dict(ans=m, concl='The mean titre is {a}.',
                given=['readings %s, %s, %s' % (p['r1'], p['r2'], p['r3'])])


s32.make = _m32
reg('mean_titre', [
    'Three titrations gave {r1}, {r2} and {r3}. What is the mean titre?',
    'A student records burette readings of {r1}, {r2}, {r3}. Find the average volume (2 d.p.).',
    'Find the mean of the titres {r1}, {r2}, and {r3}, to two decimal places.',
    'The titres were {r1}, {r2} and {r3}. Average them (round to 0.01 mL).'])(s32)


# 33 --------------------------------------------------------------
def _m33(rng):
    true = pick(rng, ['25.0', '10.0', '50.0', '100.0', '20.0'])
    off = pick(rng, ['0.4', '0.15', '1.2', '0.6', '0.05', '0.3'])
    sign = pick(rng, [1, -1])
    meas = fmt(Fraction(true) + sign * Fraction(off), 2)
    return dict(true=q(true, 'mL'), meas=q(meas, 'mL'), sign=sign)


def s33(p, c):
    if p['sign'] > 0:
        d = c.calc([p['meas'], '-', p['true']], 3, 'mL', 'difference')
    else:
        d = c.calc([p['true'], '-', p['meas']], 3, 'mL', 'difference')
    e = c.calc(['(', d, '/', p['true'], ')', '*', q('100')], 2, '%', 'percent error')
    return dict(ans=e, concl='The percent error is {a}.',
                given=['measured %s' % p['meas'], 'accepted %s' % p['true']])


s33.make = _m33
reg('percent_error', [
    'A pipette labelled {true} actually delivered {meas} when calibrated by weighing. What is the percent error?',
    'The true volume is {true} but a student measured {meas}. Find the percent error.',
    'A measuring cylinder reading of {meas} is compared with the accepted {true}. What is the % error?',
    'Calculate the percent error of measuring {meas} when the actual volume is {true}.'])(s33)


# 34 --------------------------------------------------------------
def _m34(rng):
    before = pick(rng, ['5.00', '2.50', '4.20', '6.24', '3.75'])
    fr = pick(rng, ['0.64', '0.7', '0.6', '0.8'])
    after = fmt(Fraction(before) * Fraction(fr), 2)
    return dict(before=q(before, 'g'), after=q(after, 'g'), H=pick(rng, ['CuSO4·5H2O', 'hydrated salt', 'MgSO4·7H2O', 'BaCl2·2H2O']))


def s34(p, c):
    w = c.calc([p['before'], '-', p['after']], 2, 'g', 'water lost')
    pc = c.calc(['(', w, '/', p['before'], ')', '*', q('100')], 1, '%', 'percent water')
    return dict(ans=pc, concl='The hydrate is about {a} water by mass.',
                given=['before heating %s' % p['before'], 'after heating %s' % p['after']])


s34.make = _m34
reg('hydrate_water', [
    'A {before} sample of {H} is heated until its mass stops changing at {after}. What percent of the original mass was water?',
    'Heating {before} of {H} leaves {after} of anhydrous solid. Find the percent water (1 d.p.).',
    'What is the percentage of water in {H} if {before} loses mass on heating down to {after}?',
    '{H}: mass before heating {before}, after heating {after}. Percent water by mass?'])(s34)


# 35 --------------------------------------------------------------
def _m35(rng):
    comp = pick(rng, [('H2O', 'H', 2, '1.008', 'O', 1, '16.00'), ('CO2', 'C', 1, '12.01', 'O', 2, '16.00'),
                      ('NaCl', 'Na', 1, '22.99', 'Cl', 1, '35.45'), ('CH4', 'C', 1, '12.01', 'H', 4, '1.008'),
                      ('NH3', 'N', 1, '14.01', 'H', 3, '1.008'), ('MgO', 'Mg', 1, '24.31', 'O', 1, '16.00'),
                      ('CaCl2', 'Ca', 1, '40.08', 'Cl', 2, '35.45'), ('SO2', 'S', 1, '32.06', 'O', 2, '16.00')])
    m = pick(rng, ['9.0', '22.0', '4.5', '36.0', '11.7', '18.5', '2.2'])
    return dict(f=comp[0], e1=comp[1], k1=comp[2], a1=q(comp[3]), e2=comp[4], k2=comp[5], a2=q(comp[6]), m=q(m, 'g'))


def s35(p, c):
    x = c.calc([q(p['k1']), '*', p['a1']], 3, '', 'mass from %s' % p['e1'])
    y = c.calc([q(p['k2']), '*', p['a2']], 3, '', 'mass from %s' % p['e2'])
    mw = c.calc([x, '+', y], 3, 'g/mol', 'molar mass of %s' % p['f'])
    n = c.calc([p['m'], '/', mw], 3, 'mol', 'moles', sym='n')
    return dict(ans=n, concl='%s of %s is about {a}.' % (p['m'], p['f']),
                given=['%s = %s' % (p['e1'], p['a1'].disp), '%s = %s' % (p['e2'], p['a2'].disp)])


s35.make = _m35
reg('molar_mass_then_moles', [
    'Using atomic masses {e1} = {a1} and {e2} = {a2}, how many moles are in {m} of {f}?',
    'How many moles of {f} are in a {m} sample? ({e1}: {a1}, {e2}: {a2})',
    'Work out the molar mass of {f} from {e1} = {a1}, {e2} = {a2}, then find the moles in {m}.',
    'A flask contains {m} of {f}. Atomic masses: {e1} {a1}, {e2} {a2}. Find the number of moles (3 d.p.).'])(s35)


# 36 --------------------------------------------------------------
def _m36(rng):
    c1 = pick(rng, ['0.5', '0.2', '1.0', '0.4'])
    v1 = pick(rng, ['100', '50', '200', '150'])
    c2 = pick(rng, ['0.1', '0.3', '0.25', '0.8'])
    v2 = pick(rng, ['50', '150', '100', '250'])
    return dict(c1=q(c1, 'M'), v1=q(v1, 'mL'), c2=q(c2, 'M'), v2=q(v2, 'mL'), sub=pick(rng, ['NaCl', 'KCl', 'glucose', 'HCl']))


def s36(p, c):
    a = c.calc([p['c1'], '*', p['v1']], 3, 'mmol', 'mmol from the first solution')
    b = c.calc([p['c2'], '*', p['v2']], 3, 'mmol', 'mmol from the second solution')
    n = c.calc([a, '+', b], 3, 'mmol', 'total mmol')
    v = c.calc([p['v1'], '+', p['v2']], 2, 'mL', 'total volume')
    cc = c.calc([n, '/', v], 4, 'M', 'final concentration')
    return dict(ans=cc, concl='The mixed solution is about {a}.',
                given=['%s of %s' % (p['v1'], p['c1']), '%s of %s' % (p['v2'], p['c2'])])


s36.make = _m36
reg('mix_two_molar', [
    '{v1} of {c1} {sub} is mixed with {v2} of {c2} {sub}. What is the molarity of the mixture?',
    'You pour {v1} of {c1} {sub} and {v2} of {c2} {sub} into one beaker. Find the new concentration.',
    'What is the concentration after combining {v1} of {c1} {sub} with {v2} of {c2} {sub}? Assume volumes add.',
    'Two {sub} solutions, {v1} at {c1} and {v2} at {c2}, are mixed. What molarity results?'])(s36)


# 37 --------------------------------------------------------------
def _m37(rng):
    cap = pick(rng, ['100', '250', '50', '25'])
    need = pick(rng, ['850', '1200', '430', '640', '175', '1500'])
    return dict(cap=q(cap, 'mL'), need=q(need, 'mL'), L=pick(rng, ['distilled water', 'saline', 'ethanol']))


def s37(p, c):
    import math
    x = c.calc([p['need'], '/', p['cap']], 2, '', 'fills')
    k = q(int(math.floor(x.val)))
    if k.val != x.val:
        c.note('That means %s full cylinders plus a partial one.' % k.disp)
    full = c.calc([k, '*', p['cap']], 2, 'mL', 'from full fills')
    part = c.calc([p['need'], '-', full], 2, 'mL', 'last partial fill')
    return dict(ans=part, concl='%s full fills, then a final fill of {a}.' % k.disp,
                given=['cylinder %s' % p['cap'], 'needed %s' % p['need']])


s37.make = _m37
reg('cylinder_partial_fill', [
    'You need {need} of {L} but only have a {cap} measuring cylinder. After as many full cylinders as possible, how much do you measure in the last fill?',
    'Using a {cap} graduated cylinder to measure {need} of {L}, how much goes in the final partial fill?',
    'How many mL is the last (partial) measurement when you measure out {need} of {L} with a {cap} cylinder?',
    'Measure {need} of {L} with a {cap} cylinder: what volume is the final, not-full measurement?'])(s37)


# 38 --------------------------------------------------------------
def _m38(rng):
    k = pick(rng, ['4', '6', '3', '8', '5'])
    v2 = pick(rng, ['250', '100', '500', '200'])
    c2 = pick(rng, ['0.1', '0.05', '0.2', '0.02'])
    c1 = pick(rng, ['1', '2', '0.5', '2.5'])
    return dict(k=q(k), v2=q(v2, 'mL'), c2=q(c2, 'M'), c1=q(c1, 'M'), sub=pick(rng, ['HCl', 'NaOH', 'CuSO4', 'KCl']))


def s38(p, c):
    v1 = c.calc(['(', p['c2'], '*', p['v2'], ')', '/', p['c1']], 2, 'mL', 'stock per flask', sym='V1')
    t = c.calc([v1, '*', p['k']], 2, 'mL', 'stock for all flasks')
    return dict(ans=t, concl='You need {a} of the %s stock in total.' % p['c1'],
                given=['%s flasks' % p['k'].disp, 'each %s of %s' % (p['v2'], p['c2']), 'stock %s' % p['c1']])


s38.make = _m38
reg('stock_for_several', [
    'Each of {k} groups needs {v2} of {c2} {sub}, made from a {c1} stock. How much stock is used altogether?',
    'You prepare {k} flasks, each containing {v2} of {c2} {sub}, by diluting {c1} {sub}. Total volume of stock needed?',
    'How many mL of {c1} {sub} stock do you need to make {k} batches of {v2} at {c2}?',
    '{k} lab benches each get {v2} of {c2} {sub} diluted from {c1}. What total stock volume is consumed?'])(s38)


# 39 --------------------------------------------------------------
def _m39(rng):
    w = pick(rng, ['22.99', '39.10', '40.08', '12.01', '24.31'])
    salt = {'22.99': ('Na', 'NaCl', '58.44'), '39.10': ('K', 'KCl', '74.55'), '40.08': ('Ca', 'CaCO3', '100.09'),
            '12.01': ('C', 'CO2', '44.01'), '24.31': ('Mg', 'MgO', '40.30')}[w]
    m = pick(rng, ['10.0', '25.0', '5.0', '50.0', '2.5'])
    return dict(el=salt[0], f=salt[1], a=q(w, 'g/mol'), mw=q(salt[2], 'g/mol'), m=q(m, 'g'))


def s39(p, c):
    fr = c.calc([p['a'], '/', p['mw']], 4, '', 'mass fraction of %s' % p['el'])
    pc = c.calc([fr, '*', q('100')], 2, '%', 'percent %s' % p['el'])
    g = c.calc([fr, '*', p['m']], 3, 'g', 'mass of %s' % p['el'])
    return dict(ans=g, concl='A %s sample of %s contains about {a} of %s.' % (p['m'], p['f'], p['el']),
                given=['%s = %s' % (p['el'], p['a']), '%s = %s' % (p['f'], p['mw'])])


s39.make = _m39
reg('element_mass_in_sample', [
    'How many grams of {el} are in {m} of {f}? ({el}: {a}, {f}: {mw})',
    'What mass of {el} is contained in a {m} sample of {f}? Molar masses: {el} {a}, {f} {mw}.',
    'Find the percent {el} in {f} (molar mass {mw}, {el} = {a}) and use it to get the grams of {el} in {m}.',
    'A {m} sample of {f} ({mw}) contains how many grams of {el} ({a})?'])(s39)


# 40 --------------------------------------------------------------
def _m40(rng):
    n = pick(rng, ['12', '20', '8', '16', '30'])
    v = pick(rng, ['5', '2.5', '10', '1.5', '7.5'])
    pc = pick(rng, ['10', '20', '5', '25'])
    return dict(n=q(n), v=q(v, 'mL'), pc=q(pc, '%'), R=pick(rng, ['reagent', 'stain', 'indicator', 'buffer']))


def s40(p, c):
    need = c.calc([p['n'], '*', p['v']], 2, 'mL', 'volume for all tubes')
    extra = c.calc([p['pc'], 'of', need], 3, 'mL', 'extra')
    tot = c.calc([need, '+', extra], 3, 'mL', 'total to make')
    return dict(ans=tot, concl='Make up {a} of %s.' % p['R'],
                given=['%s tubes' % p['n'].disp, '%s each' % p['v'], '%s overage' % p['pc']])


s40.make = _m40
reg('overage_volume', [
    'You need {v} of {R} in each of {n} tubes and want to make {pc} extra to allow for pipetting losses. How much {R} should you make?',
    'For {n} tubes at {v} each, plus a {pc} safety margin, what total volume of {R} do you prepare?',
    'A protocol: {n} samples x {v} of {R}, and prepare {pc} more than needed. Total volume?',
    'How many mL of {R} are needed for {n} tubes of {v} each if you add {pc} overage?'])(s40)
