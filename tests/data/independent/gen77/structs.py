"""Problem structures for the animals / zoos / pets / vets genre.

Each structure is a function rng -> (params, steps, final_index).
A step is a dict: label, desc, unit, money, kind ('calc'|'approx'|'ceil'|'floor'),
expr (list of operands / operator strings), dec (approx decimals).
Operands: ('c', Fraction, unit, money) constants or ('r', step_index, unit) references.
"""
from fractions import Fraction as F


def C(v, unit=None, money=False):
    return ('c', F(v), unit, money)


def R(i, unit=None):
    return ('r', i, unit)


def S(label, desc, expr, unit='', money=False, kind='calc', dec=None):
    return dict(label=label, desc=desc, expr=expr, unit=unit, money=money, kind=kind, dec=dec)


def terminating(x, maxdec=3):
    d = x.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return False
    k = 0
    while (x * 10 ** k).denominator != 1:
        k += 1
    return k <= maxdec


def dstr(v):
    """plain decimal string of a terminating Fraction (for problem text)."""
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
    n = abs(v.numerator * 10 ** k // v.denominator)
    s = str(n).rjust(k + 1, '0')
    s = s[:-k] + '.' + s[-k:]
    return ('-' if v < 0 else '') + s


def mstr(v):
    v = F(v)
    if v.denominator == 1:
        return '$' + format(v.numerator, ',')
    c = int(v * 100)
    return '$' + format(c // 100, ',') + '.' + '%02d' % (c % 100)


# ---------------------------------------------------------------- structures

def feed_weeks(rng):
    n = rng.randint(3, 14)
    f = F(rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 12, 15])) + rng.choice([0, 0, F(1, 2), F(1, 4)])
    w = rng.randint(2, 6)
    steps = [
        S('Daily food', 'the daily amount for all of them', [C(f, 'kg'), '*', C(n)], 'kg'),
        S('Weekly food', 'the amount for one week', [R(0, 'kg'), '*', C(7)], 'kg'),
        S('Total for the period', 'the total for %d weeks' % w, [R(1, 'kg'), '*', C(w)], 'kg'),
    ]
    return dict(n=n, f=dstr(f), w=w), steps, 2


def feed_bags(rng):
    while True:
        n = rng.randint(2, 9)
        g = rng.choice([150, 200, 250, 300, 350, 400, 450, 500, 600, 750])
        d = rng.choice([10, 14, 20, 28, 30, 31])
        B = F(rng.choice([2, 4, 5, 8, 10, 15, 20]))
        tot = F(g * n * d)
        x = tot / 1000 / B
        if terminating(x, 3) and x.denominator != 1 and x > 1:
            break
    steps = [
        S('Grams per day', 'the food per day for all the dogs', [C(g, 'g'), '*', C(n)], 'g'),
        S('Grams for the whole period', 'the food for %d days' % d, [R(0, 'g'), '*', C(d, 'days')], 'g'),
        S('Convert to kilograms', 'that amount in kilograms', [R(1, 'g'), '/', C(1000)], 'kg'),
        S('Bags', 'the number of bags', [R(2, 'kg'), '/', C(B, 'kg')], 'bags'),
        S('Round up', 'the number of bags to buy', [R(3)], 'bags', kind='ceil'),
    ]
    return dict(n=n, g=g, d=d, B=dstr(B)), steps, 4


def tablets(rng):
    while True:
        k = rng.randint(5, 40)
        D = rng.choice([2, 3, 5, 10, 12, 15, 20])
        T = rng.choice([25, 50, 75, 100, 150, 250])
        per = F(k * D, T)
        if per.denominator in (1, 2) and F(1, 2) <= per <= 4:
            break
    W = F(22, 10) * k
    days = rng.choice([5, 7, 10, 14])
    steps = [
        S('Weight in kg', "the dog's weight in kilograms", [C(W, 'lb'), '/', C(F(22, 10))], 'kg'),
        S('Dose per administration', 'the dose each time', [R(0, 'kg'), '*', C(D, 'mg/kg')], 'mg'),
        S('Tablets per dose', 'the tablets per dose', [R(1, 'mg'), '/', C(T, 'mg')], 'tablets'),
        S('Tablets per day', 'the tablets per day', [R(2), '*', C(2)], 'tablets'),
        S('Tablets for the course', 'the tablets for the full course', [R(3), '*', C(days, 'days')], 'tablets'),
    ]
    return dict(W=dstr(W), D=D, T=T, days=days), steps, 4


def liquid(rng):
    while True:
        kg = F(rng.randint(20, 120), 10)
        D = F(rng.choice([1, 2, 4, 5, 10, 15, 25])) / rng.choice([1, 1, 2])
        Cc = rng.choice([10, 20, 25, 40, 50, 100])
        mg = kg * D
        ml = mg / Cc
        days = rng.choice([3, 5, 7, 10])
        if terminating(mg, 2) and terminating(ml, 2) and ml * 2 * days < 200:
            break
    steps = [
        S('Dose in mg', 'the dose in milligrams', [C(kg, 'kg'), '*', C(D, 'mg/kg')], 'mg'),
        S('Volume per dose', 'the volume per dose', [R(0, 'mg'), '/', C(Cc, 'mg/mL')], 'mL'),
        S('Volume per day', 'the volume per day', [R(1, 'mL'), '*', C(2)], 'mL'),
        S('Total volume', 'the total volume', [R(2, 'mL'), '*', C(days, 'days')], 'mL'),
    ]
    return dict(kg=dstr(kg), D=dstr(D), Cc=Cc, days=days), steps, 3


def herd_changes(rng):
    N = rng.randint(18, 140)
    b = rng.randint(3, 19)
    s = rng.randint(4, 25)
    m = rng.randint(2, 15)
    steps = [
        S('After the births', 'the count after the births', [C(N), '+', C(b)], 'animals'),
        S('After the sale', 'the count after the sale', [R(0), '-', C(s)], 'animals'),
        S('After the move', 'the count after the move', [R(1), '-', C(m)], 'animals'),
    ]
    return dict(N=N, b=b, s=s, m=m), steps, 2


def legs(rng):
    c = rng.randint(6, 60)
    g = rng.randint(4, 40)
    p = rng.randint(2, 12)
    steps = [
        S('Chicken legs', 'the legs on the chickens', [C(c), '*', C(2)], 'legs'),
        S('Goat legs', 'the legs on the goats', [C(g), '*', C(4)], 'legs'),
        S('Parrot legs', 'the legs on the parrots', [C(p), '*', C(2)], 'legs'),
        S('Total legs', 'the total number of legs', [R(0), '+', R(1), '+', R(2)], 'legs'),
    ]
    return dict(c=c, g=g, p=p), steps, 3


def puppy(rng):
    w0 = F(rng.randint(3, 30)) + rng.choice([0, F(1, 2)])
    g = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
    weeks = rng.choice([2, 3, 4, 6, 8])
    if (g * weeks * 7) % 4:
        weeks = 4
    steps = [
        S('Days', 'the number of days', [C(weeks, 'weeks'), '*', C(7)], 'days'),
        S('Ounces gained', 'the weight gained in ounces', [C(g, 'oz'), '*', R(0, 'days')], 'oz'),
        S('Convert to pounds', 'the gain in pounds', [R(1, 'oz'), '/', C(16)], 'lb'),
        S('New weight', 'the new weight', [C(w0, 'lb'), '+', R(2, 'lb')], 'lb'),
    ]
    return dict(w0=dstr(w0), g=g, weeks=weeks), steps, 3


def shelter_adopt(rng):
    while True:
        N = rng.randint(20, 240)
        p = rng.choice([10, 15, 20, 25, 30, 35, 40, 45, 60, 75])
        if (N * p) % 100 == 0:
            break
    i = rng.randint(5, 40)
    steps = [
        S('Adopted', 'the number adopted', [C(p, '%'), 'of', C(N)], 'animals'),
        S('Left after adoptions', 'the number left', [C(N), '-', R(0)], 'animals'),
        S('After new intakes', 'the count after the new arrivals', [R(1), '+', C(i)], 'animals'),
    ]
    return dict(N=N, p=p, i=i), steps, 2


def pet_cost(rng):
    f = F(rng.randint(18, 95)) + rng.choice([0, F(1, 2), F(99, 100), F(49, 100), F(25, 100)])
    ins = F(rng.randint(12, 60)) + rng.choice([0, F(1, 2), F(99, 100)])
    v = rng.choice([120, 150, 185, 240, 275, 310, 420])
    steps = [
        S('Monthly cost', 'the monthly cost', [C(f, money=True), '+', C(ins, money=True)], money=True),
        S('Yearly recurring cost', 'the recurring cost for a year', [R(0), '*', C(12)], money=True),
        S('Total for the year', 'the total for the year', [R(1), '+', C(v, money=True)], money=True),
    ]
    return dict(f=mstr(f), ins=mstr(ins), v=mstr(v)), steps, 2


def fence(rng):
    L = rng.randint(12, 60)
    W = rng.randint(8, 45)
    pr = F(rng.choice([4, 6, 7, 8, 9, 12, 15])) + rng.choice([0, F(1, 2), F(1, 4)])
    steps = [
        S('Length plus width', 'the length plus the width', [C(L, 'm'), '+', C(W, 'm')], 'm'),
        S('Perimeter', 'the perimeter', [C(2), '*', R(0, 'm')], 'm'),
        S('Cost of fencing', 'the cost of the fence', [R(1, 'm'), '*', C(pr, money=True)], money=True),
    ]
    return dict(L=L, W=W, pr=mstr(pr)), steps, 2


def space(rng):
    while True:
        L = rng.randint(10, 40)
        W = rng.randint(6, 30)
        a = rng.choice([8, 12, 15, 16, 20, 24, 25, 40, 50])
        x = F(L * W, a)
        if terminating(x, 3) and x.denominator != 1 and x >= 2:
            break
    steps = [
        S('Area', 'the area of the enclosure', [C(L, 'm'), '*', C(W, 'm')], 'm²'),
        S('Animals that fit', 'the number of animals the space allows', [R(0), '/', C(a)], 'animals'),
        S('Round down', 'the most that can fit', [R(1)], 'animals', kind='floor'),
    ]
    return dict(L=L, W=W, a_=a), steps, 2


def bag_days(rng):
    while True:
        B = rng.choice([4, 5, 6, 8, 12, 15, 18, 24, 30, 35])
        c = F(rng.choice([1, 2, 3, 4, 5, 6])) / rng.choice([1, 2, 4])
        x = F(B * 4) / c
        if terminating(x, 2) and x.denominator != 1 and 4 < x < 400:
            break
    steps = [
        S('Cups in the bag', 'the cups in the bag', [C(B, 'lb'), '*', C(4, 'cups')], 'cups'),
        S('Days', 'the number of days', [R(0, 'cups'), '/', C(c, 'cups')], 'days'),
        S('Full days', 'the number of full days', [R(1)], 'days', kind='floor'),
    ]
    return dict(B=B, c=dstr(c)), steps, 2


def cat_cans(rng):
    k = F(rng.choice([1, 2, 3, 4, 5])) / rng.choice([1, 2])
    if k < 1:
        k = F(3, 2)
    p = F(rng.choice([79, 89, 99, 109, 125, 135, 149, 175, 219]), 100)
    w = rng.randint(2, 8)
    if (k * 7 * w).denominator != 1:
        w = 2 * rng.randint(1, 4)
    steps = [
        S('Cans per week', 'the cans per week', [C(k), '*', C(7)], 'cans'),
        S('Cans for the period', 'the cans for %d weeks' % w, [R(0), '*', C(w)], 'cans'),
        S('Cost', 'the cost', [R(1), '*', C(p, money=True)], money=True),
    ]
    return dict(k=dstr(k), p=mstr(p), w=w), steps, 2


def bottle(rng):
    while True:
        n = rng.randint(2, 9)
        o = rng.choice([4, 5, 6, 8, 10, 12, 16])
        fd = rng.choice([3, 4, 5, 6])
        x = F(o * fd * n, 8)
        if terminating(x, 2) and x.denominator != 1:
            break
    steps = [
        S('Ounces per kid per day', 'the ounces per kid each day', [C(o, 'oz'), '*', C(fd)], 'oz'),
        S('Ounces for all kids', 'the ounces for all the kids', [R(0, 'oz'), '*', C(n)], 'oz'),
        S('Convert to cups', 'that amount in cups', [R(1, 'oz'), '/', C(8)], 'cups'),
    ]
    return dict(n=n, o=o, fd=fd), steps, 2


def vet_revenue(rng):
    a = rng.randint(6, 40)
    p = F(rng.choice([45, 55, 60, 65, 72, 85, 95])) + rng.choice([0, F(1, 2)])
    v = rng.randint(4, 30)
    q = F(rng.choice([18, 22, 25, 28, 32, 35, 40])) + rng.choice([0, F(1, 2), F(3, 4)])
    steps = [
        S('Check-ups', 'the check-up income', [C(a), '*', C(p, money=True)], money=True),
        S('Vaccines', 'the vaccine income', [C(v), '*', C(q, money=True)], money=True),
        S('Total', 'the total income', [R(0), '+', R(1)], money=True),
    ]
    return dict(a=a, p=mstr(p), v=v, q=mstr(q)), steps, 2


def net_change(rng):
    i = rng.randint(8, 45)
    a = rng.randint(5, 40)
    t = rng.randint(2, 18)
    steps = [
        S('Animals leaving', 'the animals leaving', [C(a), '+', C(t)], 'animals'),
        S('Net change', 'the net change', [C(i), '-', R(0)], 'animals'),
    ]
    return dict(i=i, a=a, t=t), steps, 1


def split_food(rng):
    while True:
        e = rng.randint(2, 6)
        k = rng.randint(3, 12)
        T = F(rng.randint(6, 90)) + rng.choice([0, F(1, 2)])
        x = T / (e * k)
        if terminating(x, 3) and x.denominator != 1:
            break
    steps = [
        S('Total penguins', 'the total number of penguins', [C(e), '*', C(k)], 'penguins'),
        S('Fish per penguin (kg)', 'the fish per penguin', [C(T, 'kg'), '/', R(0)], 'kg'),
        S('Fish per penguin (g)', 'that in grams', [R(1, 'kg'), '*', C(1000)], 'g'),
    ]
    return dict(e=e, k=k, T=dstr(T)), steps, 2


def hay_kg(rng):
    h = F(rng.choice([12, 14, 15, 16, 18, 20, 22, 25]))
    n = rng.randint(2, 8)
    d = rng.choice([7, 10, 14, 30])
    steps = [
        S('Hay per day', 'the hay per day for all the horses', [C(h, 'lb'), '*', C(n)], 'lb'),
        S('Hay for the period', 'the hay for %d days' % d, [R(0, 'lb'), '*', C(d, 'days')], 'lb'),
        S('In kilograms', 'that in kilograms', [R(1, 'lb'), '/', C(F(22046, 10000))], 'kg', kind='approx', dec=1),
    ]
    return dict(h=dstr(h), n=n, d=d), steps, 2


# ---------------------------------------------------------------- phrasings
# each: (function, [settings], [frames]); frames use {a} animal etc. and params.

STRUCTS = [
    ('feedweeks', feed_weeks,
     [dict(a='lions', who='the zookeeper', food='meat'), dict(a='tortoises', who='Priya at the reptile house', food='greens'),
      dict(a='sea lions', who='the aquarium keeper', food='fish')],
     ['{who} feeds {n} {a}. Each one eats {f} kg of {food} a day. How many kilograms of {food} are needed for {w} weeks?',
      'A zoo has {n} {a}, and every one of them gets {f} kg of {food} per day. {who} wants to order enough for {w} weeks. How many kg should be ordered?',
      'Each of our {n} {a} eats {f} kg of {food} daily. What is the total food for {w} weeks, in kg?']),
    ('feedbags', feed_bags,
     [dict(where='a boarding kennel', a='dogs'), dict(where='a rescue foster home', a='dogs'), dict(where='a sled-dog team', a='dogs')],
     ['{where} has {n} {a}. Each dog eats {g} g of kibble a day. Kibble comes in {B} kg bags. How many bags are needed for {d} days?',
      'Planning food for {where}: {n} {a}, {g} grams each per day, for {d} days. If a bag holds {B} kg, how many whole bags should I buy?',
      'There are {n} {a} at {where}, each eating {g} g of food per day. Food is sold only in {B}-kg bags. How many bags cover {d} days?']),
    ('tablets', tablets,
     [dict(pet='Max the Labrador', drug='an antibiotic'), dict(pet='a beagle named Daisy', drug='an anti-inflammatory'),
      dict(pet='a rescue greyhound', drug='a dewormer course')],
     ['The vet prescribes {drug} for {pet} who weighs {W} lb. The dose is {D} mg per kg, given twice a day for {days} days, and each tablet is {T} mg. Using 1 kg = 2.2 lb, how many tablets are needed in total?',
      '{pet} weighs {W} lb (use 2.2 lb per kg). The dose of {drug} is {D} mg/kg twice daily for {days} days. Tablets are {T} mg. How many tablets should be dispensed?',
      'A {W} lb dog, {pet}, needs {drug} at {D} mg/kg every 12 hours for {days} days. With {T} mg tablets and 2.2 lb = 1 kg, how many tablets in all?']),
    ('liquid', liquid,
     [dict(pet='a cat'), dict(pet='a ferret'), dict(pet='a small terrier')],
     ['{pet} weighs {kg} kg and needs a liquid medicine at {D} mg/kg, twice a day for {days} days. The suspension has {Cc} mg per mL. How many mL are used over the whole course?',
      'Vet tech question: patient is {pet}, {kg} kg. Dose {D} mg/kg BID for {days} days, concentration {Cc} mg/mL. Total volume needed in mL?',
      'How many millilitres of a {Cc} mg/mL suspension does {pet} weighing {kg} kg need if the dose is {D} mg/kg given 2 times daily for {days} days?']),
    ('herd', herd_changes,
     [dict(a='goats', place='a petting zoo'), dict(a='sheep', place='a farm park'), dict(a='alpacas', place='a ranch')],
     ['{place} had {N} {a}. Then {b} babies were born, {s} {a} were sold, and {m} were moved to another enclosure. How many {a} are left in the original enclosure?',
      'At {place} there were {N} {a}. This spring {b} were born. Later {s} were sold and {m} were moved to the overflow pen. How many are in the main pen now?',
      'Start: {N} {a} at {place}. Births: {b}. Sold: {s}. Moved out: {m}. How many {a} remain?']),
    ('legs', legs,
     [dict(place='a small farm'), dict(place="a children's zoo"), dict(place='a backyard menagerie')],
     ['{place} has {c} chickens, {g} goats and {p} parrots. How many legs are there in total?',
      'Counting legs at {place}: {c} chickens, {g} goats, {p} parrots. What is the total number of legs?',
      'If {place} keeps {c} chickens, {g} goats, and {p} parrots, how many animal legs are there altogether?']),
    ('puppy', puppy,
     [dict(pup='a golden retriever puppy'), dict(pup='a corgi puppy named Biscuit'), dict(pup="Sam's husky puppy")],
     ['{pup} weighs {w0} lb and gains {g} oz every day. How much will it weigh, in pounds, after {weeks} weeks? (16 oz = 1 lb)',
      'A pet blog tracks {pup}: it is {w0} lb now and puts on {g} ounces a day. What will it weigh after {weeks} weeks, in lb?',
      '{pup} currently weighs {w0} pounds. If it gains {g} oz per day, what is its weight in pounds after {weeks} weeks?']),
    ('adopt', shelter_adopt,
     [dict(sh='an animal shelter', a='cats'), dict(sh='a county dog shelter', a='dogs'), dict(sh='a rabbit rescue', a='rabbits')],
     ['{sh} has {N} {a}. This month {p}% of them are adopted, and then {i} new {a} arrive. How many {a} does the shelter have now?',
      'There are {N} {a} at {sh}. {p}% get adopted over the weekend, and {i} more are brought in on Monday. How many {a} are there on Monday?',
      '{sh} started the month with {N} {a}. If {p}% were adopted and {i} were taken in afterward, how many {a} are at the shelter?']),
    ('petcost', pet_cost,
     [dict(pet='a cat'), dict(pet='a medium-sized dog'), dict(pet='a pair of guinea pigs')],
     ['Owning {pet} costs {f} a month for food and {ins} a month for pet insurance, plus {v} once a year for the vet check-up and shots. What is the total cost for one year?',
      'Budget for {pet}: food {f}/month, insurance {ins}/month, annual vet visit {v}. How much is that per year?',
      'How much does {pet} cost per year if food is {f} per month, insurance is {ins} per month, and the yearly vet bill is {v}?']),
    ('fence', fence,
     [dict(a='the zebra paddock'), dict(a='a new goat enclosure'), dict(a='the emu run')],
     ['{a} is a rectangle {L} m long and {W} m wide. Fencing costs {pr} per metre. How much does it cost to fence the whole perimeter?',
      'The zoo is fencing {a}, a {L} m by {W} m rectangle. At {pr} per meter, what is the cost of the fence?',
      'What will it cost to put a fence around {a} if it measures {L} m x {W} m and the fence is {pr} a metre?']),
    ('space', space,
     [dict(a='wallabies'), dict(a='capybaras'), dict(a='flamingos')],
     ['An enclosure is {L} m long and {W} m wide. Each of the {a} needs at least {a_} square metres. What is the greatest number of {a} the enclosure can hold?',
      'Keepers want to house {a} in a {L} m x {W} m yard. Guidelines say {a_} m² per animal. How many {a} can live there at most?',
      'A rectangular pen measures {L} m by {W} m. If every one of the {a} must have {a_} m² of space, how many {a} can it hold?']),
    ('bagdays', bag_days,
     [dict(dog='a beagle'), dict(dog='my border collie'), dict(dog='a senior Lab')],
     ['A {B} lb bag of dog food holds about 4 cups per pound. If {dog} eats {c} cups a day, how many full days will the bag last?',
      'Dog food bag: {B} lb, roughly 4 cups per lb. {dog} gets {c} cups daily. How many complete days does one bag last?',
      'How many full days will a {B}-pound bag of kibble last {dog} who eats {c} cups per day, if each pound is 4 cups?']),
    ('cans', cat_cans,
     [dict(cat='Luna the cat'), dict(cat='a foster kitten'), dict(cat="the shop's cat")],
     ['{cat} eats {k} cans of wet food a day. A can costs {p}. How much does wet food cost for {w} weeks?',
      'Wet food for {cat}: {k} cans per day at {p} per can. What is the cost for {w} weeks?',
      'If {cat} goes through {k} cans daily and each can is {p}, what do {w} weeks of food cost?']),
    ('bottle', bottle,
     [dict(a='baby goats'), dict(a='orphaned lambs'), dict(a='calves')],
     ['A farm is bottle-feeding {n} {a}. Each gets {o} oz of milk per feeding, {fd} feedings a day. How many cups of milk are needed per day? (8 oz = 1 cup)',
      'There are {n} {a} on bottles. Each feeding is {o} ounces and they eat {fd} times a day. How many cups is that daily, using 8 oz per cup?',
      '{n} {a} each drink {o} oz per bottle, {fd} bottles a day. Total cups of milk per day? (1 cup = 8 oz)']),
    ('revenue', vet_revenue,
     [dict(cl='a vet clinic'), dict(cl='a mobile vet'), dict(cl='a cat-only clinic')],
     ['On Saturday {cl} did {a} check-ups at {p} each and gave {v} vaccines at {q} each. How much money did it take in?',
      '{cl} charges {p} for a check-up and {q} per vaccine. It did {a} check-ups and {v} vaccines today. What was the total?',
      'Total income for {cl}: {a} exams at {p}, {v} vaccinations at {q}. How much in all?']),
    ('net', net_change,
     [dict(sh='a shelter'), dict(sh='a wildlife rescue'), dict(sh='a cat sanctuary')],
     ['This week {sh} took in {i} animals, {a} were adopted, and {t} were transferred to other shelters. What was the net change in the number of animals? (Use a negative number for a decrease.)',
      '{sh}: intake {i}, adoptions {a}, transfers out {t}. What is the net change in population this week (negative if it went down)?',
      'During one week {sh} received {i} animals while {a} were adopted and {t} moved to partner rescues. By how much did the population change? Give a negative number for a drop.']),
    ('penguins', split_food,
     [dict(z='The zoo', z_l='the zoo'), dict(z='The aquarium', z_l='the aquarium'), dict(z='A marine park', z_l='a marine park')],
     ['{z} has {e} penguin enclosures with {k} penguins in each. It gives out {T} kg of fish a day, shared equally. How many grams of fish does each penguin get?',
      '{z} splits {T} kg of fish per day equally among {e} enclosures of {k} penguins each. How many grams per penguin?',
      '{T} kg of fish is fed daily at {z_l}, which has {e} groups of {k} penguins. If every penguin gets the same amount, how many grams is that each?']),
    ('hay', hay_kg,
     [dict(st='a riding stable'), dict(st='a horse rescue'), dict(st='a zoo\'s pony barn')],
     ['{st} has {n} horses. Each eats {h} lb of hay per day. About how many kilograms of hay are needed for {d} days? (1 kg = 2.2046 lb, round to one decimal place)',
      'Hay planning at {st}: {n} horses x {h} lb/day for {d} days. Convert the total to kg using 1 kg = 2.2046 lb and round to 0.1 kg.',
      'How many kg of hay (to the nearest tenth) does {st} need for {n} horses over {d} days if each horse eats {h} lb a day? Use 2.2046 lb per kg.']),
]
