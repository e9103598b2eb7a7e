"""Unit conversion templates."""
from tpl_dsl import T, S, nm


def _g(r):
    c = r.choice([15, 20, 25, 30, 40, 50, 60, 75])
    n = r.randrange(8, 40)
    return dict(name=nm(r), L=c * n / 100, c=c)


T('ribbon_pieces',
  '{name} has a ribbon that is {L} m long. {name} cuts it into pieces that are each {c} cm long. How many pieces does she get?',
  _g, dict(L=('m', 'ribbon length'), c=('cm', 'piece length')),
  [S('cm', 'L * 100[cm/m]', 'cm', 'the ribbon length in centimeters'),
   S('n', 'cm / c', 'pieces', 'the number of pieces')],
  'the number of pieces')


def _g(r):
    g = r.choice([150, 200, 250, 300, 125])
    n = r.randrange(6, 30)
    return dict(L=g * n / 1000, g=g)


T('juice_glasses',
  'A jug holds {L} liters of orange juice. Each glass is filled with {g} mL. How many glasses can be filled?', _g,
  dict(L=('L', 'juice'), g=('mL', 'glass size')),
  [S('ml', 'L * 1000[mL/L]', 'mL', 'the juice in milliliters'),
   S('n', 'ml / g', 'glasses', 'the number of glasses')],
  'the number of glasses')


def _g(r):
    g = r.choice([200, 250, 300, 400, 500, 150, 125])
    n = r.randrange(4, 20)
    k = g * n / 1000
    return dict(name=nm(r), k=k, g=g)


T('flour_batches',
  '{name} buys a {k} kg bag of flour. One batch of bread rolls uses {g} g of flour. How many batches can {name} make?',
  _g, dict(k=('kg', 'flour'), g=('g', 'flour per batch')),
  [S('grams', 'k * 1000[g/kg]', 'g', 'the flour in grams'),
   S('n', 'grams / g', 'batches', 'the number of batches')],
  'the number of batches')


def _g(r):
    b = r.choice([250, 330, 500, 750, 600, 350])
    return dict(n=r.choice([4, 6, 8, 10, 12, 20, 24]), b=b)


T('water_bottles_liters',
  'For a field trip, a teacher packs {n} bottles of water. Each bottle holds {b} mL. How many liters of water is that?',
  _g, dict(n=('bottles', 'number of bottles'), b=('mL', 'bottle size')),
  [S('ml', 'n * b', 'mL', 'the total volume in milliliters'),
   S('L', 'ml / 1000[mL/L]', 'L', 'the total volume in liters', dp=3)],
  'the total volume of water in liters')


def _g(r):
    return dict(name=nm(r), m=r.choice([20, 25, 30, 35, 40, 45, 50]), d=r.choice([3, 4, 5, 6]), w=r.choice([4, 6, 8, 12]))


T('practice_hours',
  '{name} practices the violin for {m} minutes a day, {d} days a week. How many hours does {name} practice in {w} weeks?',
  _g, dict(m=('min', 'practice per day'), d=('day', 'days per week'), w=('week', 'number of weeks')),
  [S('pw', 'm * d', 'min', 'the practice time per week'),
   S('tot', 'pw * w', 'min', 'the practice time in {w} weeks'),
   S('h', 'tot / 60[min/h]', 'h', 'the total practice time in hours')],
  'the total practice time in hours')


def _g(r):
    p = r.choice([3, 4, 6, 8, 9, 16])
    f = r.choice([4, 6, 8, 10, 12])
    return dict(f=f, p=p, c=r.choice([1.5, 2, 2.5, 3, 4, 1.25]))


T('board_inches',
  'A wooden board is {f} feet long. A carpenter cuts it into blocks that are each {p} inches long and sells each block '
  'for ${c}. How much money does the carpenter make from the board?', _g,
  dict(f=('ft', 'board length'), p=('in', 'block length'), c=('$', 'price per block')),
  [S('inch', 'f * 12[in/ft]', 'in', 'the board length in inches'),
   S('n', 'inch / p', 'blocks', 'the number of blocks'),
   S('m', 'n * c', '$', 'the money made')],
  'the money the carpenter makes')


def _g(r):
    n = r.choice([3, 4, 5, 6, 8, 9, 12])
    k = r.choice([3, 4.5, 6, 1.5, 7.5])
    return dict(name=nm(r), n=n, k=k)


T('fabric_yards',
  '{name} needs {n} strips of fabric, each {k} feet long, for a costume. How many yards of fabric is that?', _g,
  dict(n=('strips', 'number of strips'), k=('ft', 'strip length')),
  [S('ft', 'n * k', 'ft', 'the total length in feet'),
   S('yd', 'ft / 3[ft/yd]', 'yd', 'the total length in yards')],
  'the total fabric needed in yards')


def _g(r):
    return dict(n=r.choice([4, 6, 8, 10, 12, 20]), o=r.choice([6, 8, 12, 10, 14]), p=r.choice([4, 5, 6, 8, 7.5]))


T('snack_packs_pounds',
  'Trail mix is sold in bags that weigh {o} ounces each. A camp leader buys {n} bags. The trail mix is priced at ${p} '
  'per pound. How much does the camp leader pay?', _g,
  dict(n=('bags', 'number of bags'), o=('oz', 'weight per bag'), p=('$/lb', 'price per pound')),
  [S('oz', 'n * o', 'oz', 'the total weight in ounces'),
   S('lb', 'oz / 16[oz/lb]', 'lb', 'the total weight in pounds'),
   S('cost', 'lb * p', '$', 'the total cost')],
  'the total cost')


def _g(r):
    return dict(rr=r.choice([4, 5, 6, 8, 12, 15, 3.5, 7.5]), d=r.choice([4, 6, 8, 10, 12, 14]))


T('rainfall_cm',
  'During a rainy spell it rained {rr} mm every day for {d} days. How many centimeters of rain fell in total?', _g,
  dict(rr=('mm/day', 'rain per day'), d=('day', 'number of days')),
  [S('mm', 'rr * d', 'mm', 'the total rainfall in millimeters'),
   S('cm', 'mm / 10[mm/cm]', 'cm', 'the total rainfall in centimeters')],
  'the total rainfall in centimeters')


def _g(r):
    return dict(t=r.choice([0.1, 0.05, 0.2, 0.08]), n=r.choice([250, 500, 400, 1000, 800, 600]))


T('paper_stack_cm',
  'One sheet of paper is {t} mm thick. How many centimeters tall is a stack of {n} sheets?', _g,
  dict(t=('mm', 'sheet thickness'), n=('sheets', 'number of sheets')),
  [S('mm', 't * n', 'mm', 'the stack height in millimeters'),
   S('cm', 'mm / 10[mm/cm]', 'cm', 'the stack height in centimeters')],
  'the height of the stack in centimeters')


def _g(r):
    s = r.choice([250, 400, 500, 750, 1000, 2000, 1500])
    D = r.choice([5, 10, 15, 21, 12, 6])
    return dict(D=D, s=s)


T('race_water_stations',
  'A charity run is {D} km long. Water stations are placed every {s} m along the course, starting {s} m from the '
  'start. How many water stations are there?', _g,
  dict(D=('km', 'race length'), s=('m', 'spacing')),
  [S('m', 'D * 1000[m/km]', 'm', 'the race length in meters'),
   S('n', 'm / s', 'stations', 'the number of water stations')],
  'the number of water stations')


def _g(r):
    d = r.choice([5, 7.5, 10, 2.5, 4, 6])
    x = r.choice([2, 3, 4])
    n = r.choice([5, 7, 10, 6])
    B = d * x * n + r.choice([10, 20, 25, 30, 40, 50])
    return dict(name=nm(r), d=d, x=x, n=n, B=B)


T('medicine_left',
  "{name}'s cough syrup dose is {d} mL, taken {x} times a day for {n} days. The bottle holds {B} mL. How many mL "
  'are left in the bottle after the course?', _g,
  dict(d=('mL', 'dose'), x=('doses', 'doses per day'), n=('day', 'number of days'), B=('mL', 'bottle volume')),
  [S('pd', 'd * x', 'mL', 'the amount taken per day'),
   S('tot', 'pd * n', 'mL', 'the total amount taken'),
   S('left', 'B - tot', 'mL', 'the amount left')],
  'the amount of syrup left')


def _g(r):
    m = r.choice([20, 25, 30, 40, 45])
    w = r.choice([1.2, 1.5, 2, 2.4, 2.5, 3, 1.8])
    return dict(m=m, w=w, e=r.choice([15, 20, 30, 10]))


T('roast_cooking_time',
  'A recipe says to roast chicken for {m} minutes per kilogram, plus an extra {e} minutes. How many hours does a '
  '{w} kg chicken need to roast?', _g,
  dict(m=('min', 'minutes per kg'), e=('min', 'extra time'), w=('kg', 'weight')),
  [S('base', 'm * w', 'min', 'the time for the weight'),
   S('tot', 'base + e', 'min', 'the total time in minutes'),
   S('h', 'tot / 60[min/h]', 'h', 'the total time in hours')],
  'the roasting time in hours')


def _g(r):
    return dict(n=r.choice([3, 4, 5]), m=r.choice([90, 100, 110, 120, 105, 95]), b=r.choice([10, 15, 20, 30]))


T('movie_marathon_hours',
  'A science club watches {n} documentaries that are each {m} minutes long, with a {b}-minute break between '
  'each pair of documentaries. How many hours does the marathon last?', _g,
  dict(n=('documentaries', 'number of documentaries'), m=('min', 'length of each'), b=('min', 'break length')),
  [S('mv', 'n * m', 'min', 'the total viewing time'),
   S('br', '(n - 1) * b', 'min', 'the total break time'),
   S('tot', 'mv + br', 'min', 'the marathon length in minutes'),
   S('h', 'tot / 60[min/h]', 'h', 'the marathon length in hours')],
  'the length of the marathon in hours')


def _g(r):
    return dict(b=r.choice([60, 65, 70, 72, 75, 80]), h=r.choice([2, 3, 4, 5, 1.5, 2.5]))


T('heartbeats_hours',
  "A resting person's heart beats {b} times per minute. How many times does it beat in {h} hours?", _g,
  dict(b=('beats/min', 'heart rate'), h=('h', 'time')),
  [S('mins', 'h * 60[min/h]', 'min', 'the time in minutes'),
   S('beats', 'b * mins', 'beats', 'the number of beats')],
  'the number of heartbeats')


def _g(r):
    m = r.choice([250, 400, 500, 750, 125, 200])
    c = r.choice([2, 3, 4, 1.5])
    return dict(c=c, m=m)


T('milk_carton_days',
  'A family drinks {m} mL of milk each day. How many days will a {c} L carton last?', _g,
  dict(c=('L', 'carton size'), m=('mL/day', 'milk per day')),
  [S('ml', 'c * 1000[mL/L]', 'mL', 'the carton volume in milliliters'),
   S('days', 'ml / m', 'day', 'the number of days')],
  'the number of days the carton lasts')


def _g(r):
    g = r.choice([2, 3, 5, 1.5, 2.5])
    k = r.choice([1, 2])
    return dict(g=g, k=k)


T('punch_servings',
  'A punch bowl holds {g} gallons. One serving is {k} cups. How many servings does the bowl hold? '
  '(1 gallon = 4 quarts and 1 quart = 4 cups)', _g,
  dict(g=('gal', 'punch'), k=('cup', 'cups per serving')),
  [S('qt', 'g * 4[qt/gal]', 'qt', 'the volume in quarts'),
   S('cups', 'qt * 4[cup/qt]', 'cup', 'the volume in cups'),
   S('n', 'cups / k', 'servings', 'the number of servings')],
  'the number of servings')


def _g(r):
    return dict(m=r.choice([250, 500, 400, 125, 200]), n=r.choice([30, 60, 90, 40, 120]))


T('vitamin_grams',
  'Each vitamin C tablet contains {m} mg. How many grams of vitamin C are in a bottle of {n} tablets?', _g,
  dict(m=('mg', 'per tablet'), n=('tablets', 'number of tablets')),
  [S('mg', 'm * n', 'mg', 'the total in milligrams'),
   S('g', 'mg / 1000[mg/g]', 'g', 'the total in grams')],
  'the total vitamin C in grams')


def _g(r):
    return dict(n=r.choice([6, 8, 10, 12, 15, 20]), h=r.choice([25, 30, 35, 40, 45, 32]))


T('box_tower_meters',
  'A warehouse worker stacks {n} boxes, each {h} cm tall, in one tower. How many meters tall is the tower?', _g,
  dict(n=('boxes', 'number of boxes'), h=('cm', 'box height')),
  [S('cm', 'n * h', 'cm', 'the tower height in centimeters'),
   S('m', 'cm / 100[cm/m]', 'm', 'the tower height in meters')],
  'the height of the tower in meters')


def _g(r):
    c = r.choice([150, 200, 250, 125])
    L = r.choice([1, 1.5, 2, 2.5, 3])
    return dict(L=L, c=c)


T('teapot_people',
  'A large teapot holds {L} liters. Each cup holds {c} mL, and each guest drinks 2 cups. How many guests can be '
  'served from one full pot?', _g,
  dict(L=('L', 'teapot volume'), c=('mL', 'cup size')),
  [S('ml', 'L * 1000[mL/L]', 'mL', 'the teapot volume in milliliters'),
   S('cups', 'ml / c', 'cups', 'the number of cups'),
   S('g', 'cups / 2', 'guests', 'the number of guests')],
  'the number of guests')


def _g(r):
    return dict(name=nm(r), n=r.choice([4, 8, 12, 16, 20]), f=r.choice([1320, 660, 1056]))


T('track_laps_miles',
  'A school track loop is {f} feet long. {name} walks {n} loops. How many miles does {name} walk? (1 mile = 5,280 feet)',
  _g, dict(f=('ft', 'loop length'), n=('loops', 'number of loops')),
  [S('ft', 'n * f', 'ft', 'the total distance in feet'),
   S('mi', 'ft / 5280[ft/mi]', 'mi', 'the total distance in miles')],
  'the distance {name} walks in miles')


def _g(r):
    return dict(s=r.choice([180, 210, 240, 150, 195, 225]), n=r.choice([8, 10, 12, 16, 20]))


T('playlist_minutes',
  'Each song on a playlist is {s} seconds long. How many minutes long is a playlist of {n} songs?', _g,
  dict(s=('s', 'song length'), n=('songs', 'number of songs')),
  [S('tot', 's * n', 's', 'the total length in seconds'),
   S('mins', 'tot / 60[s/min]', 'min', 'the total length in minutes')],
  'the length of the playlist in minutes')


def _g(r):
    return dict(n=r.choice([40, 50, 60, 80, 120, 25]), c=r.choice([25, 40, 50, 75, 30, 45]))


T('truck_tonnes',
  'A truck carries {n} crates of apples. Each crate weighs {c} kg. How many tonnes of apples is the truck carrying?',
  _g, dict(n=('crates', 'number of crates'), c=('kg', 'crate weight')),
  [S('kg', 'n * c', 'kg', 'the total weight in kilograms'),
   S('t', 'kg / 1000[kg/tonne]', 'tonne', 'the total weight in tonnes', dp=3)],
  'the total weight in tonnes')


def _g(r):
    c = r.choice([5, 8, 10, 12, 15, 20, 25])
    n = r.choice([4, 5, 8, 10, 20])
    return dict(name=nm(r), L=c * n * r.choice([1, 2, 3]) / 100, c=c, n=n)


T('rope_left_cm',
  '{name} has a rope {L} m long. {name} cuts off {n} pieces that are each {c} cm long. How many centimeters of rope are left?',
  _g, dict(L=('m', 'rope length'), n=('pieces', 'number of pieces'), c=('cm', 'piece length')),
  [S('cm', 'L * 100[cm/m]', 'cm', 'the rope length in centimeters'),
   S('cut', 'n * c', 'cm', 'the length cut off'),
   S('left', 'cm - cut', 'cm', 'the length left')],
  'the length of rope left')


def _g(r):
    return dict(name=nm(r), h=r.choice([1.5, 2, 2.5, 3, 0.75, 1.25]), s=r.choice([45, 40, 50, 55]))


T('study_minutes_left',
  '{name} plans to study for {h} hours. So far {name} has studied for {s} minutes. How many more minutes does {name} '
  'need to study?', _g, dict(h=('h', 'planned time'), s=('min', 'time studied')),
  [S('m', 'h * 60[min/h]', 'min', 'the planned time in minutes'),
   S('left', 'm - s', 'min', 'the time left')],
  'the time still needed in minutes')


def _g(r):
    return dict(name=nm(r), k=r.choice([1.2, 1.5, 2, 2.5, 0.8, 3]), p=r.choice([40, 50, 60, 75, 100, 80]))


T('sugar_cubes_kg',
  '{name} buys {k} kg of sugar and uses it to bake cakes. Each cake needs {p} g of sugar. After making as many cakes '
  'as possible, how many cakes did {name} bake?', _g,
  dict(k=('kg', 'sugar'), p=('g', 'sugar per cake')),
  [S('g', 'k * 1000[g/kg]', 'g', 'the sugar in grams'),
   S('n', 'g / p', 'cakes', 'the number of cakes')],
  'the number of cakes')


def _g(r):
    return dict(name=nm(r), s=r.choice([0.6, 0.75, 0.8, 0.5, 0.7]), n=r.choice([1000, 1200, 1500, 2000, 800]))


T('steps_to_km',
  "{name}'s average step is {s} m long. How many kilometers does {name} walk in {n} steps?", _g,
  dict(s=('m', 'step length'), n=('steps', 'number of steps')),
  [S('m', 's * n', 'm', 'the distance in meters'),
   S('km', 'm / 1000[m/km]', 'km', 'the distance in kilometers', dp=3)],
  'the distance walked in kilometers')
