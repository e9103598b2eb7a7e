"""Compound-unit rate templates ($/kg, L/100 km, words per minute, ...)."""
from tpl_dsl import T, S, nm


def _g(r):
    return dict(name=nm(r), p1=r.choice([2.5, 3, 3.2, 4, 4.5, 2.8]), w1=r.choice([2, 3, 1.5, 2.5, 4]),
                p2=r.choice([6, 8, 12, 9.5, 7.5]), w2=r.choice([0.5, 1, 1.5, 2]))


T('fruit_cost_per_kg',
  '{name} buys {w1} kg of apples at ${p1} per kg and {w2} kg of cherries at ${p2} per kg. How much does {name} spend?',
  _g, dict(p1=('$/kg', 'apple price'), w1=('kg', 'apples'), p2=('$/kg', 'cherry price'), w2=('kg', 'cherries')),
  [S('c1', 'p1 * w1', '$', 'the cost of the apples', f='Cost = Price per kg * Mass'),
   S('c2', 'p2 * w2', '$', 'the cost of the cherries', f='Cost = Price per kg * Mass'),
   S('tot', 'c1 + c2', '$', 'the total cost')],
  'the total amount {name} spends')


def _g(r):
    w1 = r.choice([0.5, 1, 2])
    w2 = r.choice([2, 2.5, 4, 5])
    k1 = r.choice([4, 5, 6, 8, 6.4])
    k2 = r.choice([3, 3.2, 3.6, 4.4, 2.8])
    return dict(w1=w1, pr1=k1 * w1, w2=w2, pr2=k2 * w2)


T('unit_price_compare',
  'A small bag of rice weighs {w1} kg and costs ${pr1}. A large bag weighs {w2} kg and costs ${pr2}. How much '
  'cheaper per kilogram is the large bag?', _g,
  dict(w1=('kg', 'small bag mass'), pr1=('$', 'small bag price'), w2=('kg', 'large bag mass'), pr2=('$', 'large bag price')),
  [S('u1', 'pr1 / w1', '$/kg', 'the price per kg of the small bag', f='Unit price = Price / Mass'),
   S('u2', 'pr2 / w2', '$/kg', 'the price per kg of the large bag', f='Unit price = Price / Mass'),
   S('diff', 'u1 - u2', '$/kg', 'the difference per kilogram')],
  'the difference in price per kilogram')


def _g(r):
    return dict(c=r.choice([5, 6, 7, 8, 5.5, 6.5, 4.5]), d=r.choice([200, 300, 400, 500, 600, 800, 250]),
                p=r.choice([1.5, 1.6, 1.8, 2, 1.75, 2.2]))


T('fuel_l_per_100km',
  'A car uses {c} L of fuel per 100 km. How much does the fuel cost for a {d} km trip if fuel costs ${p} per liter?',
  _g, dict(c=('L/100km', 'fuel consumption'), d=('km', 'trip length'), p=('$/L', 'fuel price')),
  [S('L', 'd / 100[km] * c', 'L', 'the fuel needed'),
   S('cost', 'L * p', '$', 'the fuel cost', f='Cost = Liters * Price per liter')],
  'the cost of fuel for the trip')


def _g(r):
    e = r.choice([12, 15, 16, 18, 20, 25])
    return dict(e=e, d=e * r.choice([10, 12, 15, 20, 24, 30, 16]), p=r.choice([1.5, 1.8, 2, 1.6, 1.75]))


T('fuel_km_per_l',
  'A hybrid car travels {e} km on each liter of fuel. Fuel costs ${p} per liter. How much will the fuel cost for a '
  '{d} km road trip?', _g,
  dict(e=('km/L', 'fuel economy'), d=('km', 'trip length'), p=('$/L', 'fuel price')),
  [S('L', 'd / e', 'L', 'the fuel needed', f='Fuel = Distance / Fuel economy'),
   S('cost', 'L * p', '$', 'the fuel cost')],
  'the fuel cost for the trip')


def _g(r):
    w = r.choice([30, 40, 45, 50, 60, 75])
    return dict(name=nm(r), w=w, pg=r.choice([250, 300, 500, 450]), n=r.choice([3, 4, 6, 9, 12]))


T('typing_report_minutes',
  '{name} types at {w} words per minute. A report has {n} pages with {pg} words on each page. How many minutes will '
  'it take {name} to type the report?', _g,
  dict(w=('words/min', 'typing speed'), pg=('words', 'words per page'), n=('pages', 'number of pages')),
  [S('words', 'pg * n', 'words', 'the total number of words'),
   S('mins', 'words / w', 'min', 'the typing time', f='Time = Words / Words per minute', dp=2)],
  'the typing time in minutes')


def _g(r):
    p = r.choice([20, 25, 30, 36, 40, 45])
    h = r.choice([1, 1.5, 2, 0.5])
    return dict(name=nm(r), p=p, h=h, P=int(p * h * r.choice([4, 5, 6, 8, 10, 12])))


T('reading_days',
  '{name} reads {p} pages per hour and reads for {h} hours every day. How many days will it take to finish a {P}-page '
  'book?', _g, dict(p=('pages/h', 'reading speed'), h=('h', 'hours per day'), P=('pages', 'book length')),
  [S('pd', 'p * h', 'pages', 'the pages read per day'),
   S('days', 'P / pd', 'days', 'the number of days')],
  'the number of days needed')


def _g(r):
    f = r.choice([8, 10, 12, 15, 16, 20, 25])
    return dict(f=f, b=r.choice([10, 12, 15, 20, 25]) * r.choice([1, 2]), n=r.choice([4, 5, 6, 8, 10]))


T('hose_buckets_minutes',
  'A garden hose delivers {f} liters of water per minute. How many minutes does it take to fill {n} buckets that '
  'each hold {b} liters?', _g,
  dict(f=('L/min', 'flow rate'), b=('L', 'bucket volume'), n=('buckets', 'number of buckets')),
  [S('tot', 'b * n', 'L', 'the total volume'),
   S('mins', 'tot / f', 'min', 'the filling time', f='Time = Volume / Flow rate')],
  'the time to fill the buckets')


def _g(r):
    p = r.choice([20, 24, 25, 30, 32, 40, 50])
    return dict(p=p, N=r.choice([12, 15, 20, 24, 30, 16]), c=r.choice([25, 30, 40, 20, 50]))


T('printer_ppm',
  'A printer prints {p} pages per minute. A teacher prints {c} copies of a {N}-page lab handout. How many minutes '
  'does the printing take?', _g,
  dict(p=('pages/min', 'printing speed'), N=('pages', 'pages per handout'), c=('copies', 'number of copies')),
  [S('pages', 'N * c', 'pages', 'the total number of pages'),
   S('mins', 'pages / p', 'min', 'the printing time')],
  'the printing time in minutes')


def _g(r):
    return dict(name=nm(r), a=r.choice([10, 11, 12, 13, 14]), m1=r.choice([20, 25, 30, 40]),
                b=r.choice([4, 5, 6, 3.5]), m2=r.choice([30, 40, 45, 60]))


T('calories_run_walk',
  '{name} burns {a} calories per minute while running and {b} calories per minute while walking. {name} runs for '
  '{m1} minutes and then walks for {m2} minutes. How many calories does {name} burn in total?', _g,
  dict(a=('cal/min', 'running rate'), m1=('min', 'running time'), b=('cal/min', 'walking rate'), m2=('min', 'walking time')),
  [S('c1', 'a * m1', 'cal', 'the calories burned running'),
   S('c2', 'b * m2', 'cal', 'the calories burned walking'),
   S('tot', 'c1 + c2', 'cal', 'the total calories burned')],
  'the total calories burned')


def _g(r):
    return dict(name=nm(r), p=r.choice([4, 5, 6, 8, 12, 7.5]), n=r.choice([4, 5, 6, 8, 10]),
                c=r.choice([40, 50, 60, 75, 80, 120, 150]))


T('fabric_cost_per_meter',
  'Fabric costs ${p} per meter. {name} needs {n} pieces that are each {c} cm long. How much will the fabric cost?',
  _g, dict(p=('$/m', 'price per meter'), n=('pieces', 'number of pieces'), c=('cm', 'piece length')),
  [S('cm', 'n * c', 'cm', 'the total length in centimeters'),
   S('m', 'cm / 100[cm/m]', 'm', 'the total length in meters'),
   S('cost', 'm * p', '$', 'the cost')],
  'the cost of the fabric')


def _g(r):
    return dict(L=r.choice([10, 12, 15, 20, 8]), W=r.choice([5, 6, 8, 10, 4]), g=r.choice([25, 30, 40, 50, 35]))


T('grass_seed_kg',
  'A lawn is a rectangle {L} m long and {W} m wide. Grass seed should be spread at {g} g per square meter. How many '
  'kilograms of seed are needed?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), g=('g/m2', 'seed rate')),
  [S('A', 'L * W', 'm2', 'the area of the lawn', f='Area = Length * Width'),
   S('grams', 'A * g', 'g', 'the seed needed in grams'),
   S('kg', 'grams / 1000[g/kg]', 'kg', 'the seed needed in kilograms', dp=3)],
  'the amount of seed in kilograms')


def _g(r):
    return dict(p=r.choice([2.5, 3, 3.5, 4, 2.2, 1.8]), w=r.choice([0.3, 0.4, 0.5, 0.6, 0.8, 1.2]))


T('cheese_per_100g',
  'A deli sells cheese for ${p} per 100 g. How much does {w} kg of cheese cost?', _g,
  dict(p=('$', 'price per 100 g'), w=('kg', 'amount')),
  [S('g', 'w * 1000[g/kg]', 'g', 'the amount in grams'),
   S('u', 'g / 100[g]', None, 'the number of 100 g portions'),
   S('cost', 'u * p', '$', 'the cost')],
  'the cost of the cheese')


def _g(r):
    m = r.choice([25, 30, 32, 40, 35])
    return dict(m=m, d=m * r.choice([4, 5, 6, 8, 10, 12]), p=r.choice([3, 3.5, 4, 3.2, 3.6]))


T('mpg_trip_cost',
  'A pickup truck gets {m} miles per gallon. Gas costs ${p} per gallon. How much does gas cost for a {d}-mile trip?',
  _g, dict(m=('mi/gal', 'fuel economy'), d=('mi', 'distance'), p=('$/gal', 'gas price')),
  [S('gal', 'd / m', 'gal', 'the gas needed', f='Gallons = Miles / Miles per gallon'),
   S('cost', 'gal * p', '$', 'the gas cost')],
  'the gas cost for the trip')


def _g(r):
    b = r.choice([12, 15, 18, 20, 24, 30])
    return dict(b=b, h=r.choice([2, 3, 4, 6, 7.5, 8]))


T('conveyor_boxes',
  'A conveyor belt in a factory moves {b} boxes every minute. How many boxes does it move in a {h}-hour shift?', _g,
  dict(b=('boxes/min', 'rate'), h=('h', 'shift length')),
  [S('mins', 'h * 60[min/h]', 'min', 'the shift length in minutes'),
   S('n', 'b * mins', 'boxes', 'the number of boxes')],
  'the number of boxes moved')


def _g(r):
    w, m = r.choice([40, 45, 50, 60, 35]), r.choice([10, 15, 20, 12])
    return dict(name=nm(r), w=w, m=m, t=w * m + w * r.choice([4, 5, 6, 8, 10, 7.5]))


T('typing_words_left',
  '{name} has to type a {t}-word science summary. {name} types {w} words per minute and has already typed for {m} '
  'minutes. How many more minutes will it take {name} to finish?', _g,
  dict(t=('words', 'summary length'), w=('words/min', 'typing speed'), m=('min', 'time typed')),
  [S('done', 'w * m', 'words', 'the words typed so far'),
   S('left', 't - done', 'words', 'the words left'),
   S('tm', 'left / w', 'min', 'the time to type the rest', f='Time = Words / Words per minute')],
  'the time needed to finish')


def _g(r):
    return dict(rr=r.choice([60, 72, 80, 90, 100]), s=r.choice([2, 2.5, 3, 4]), l=r.choice([0.7, 0.75, 0.8, 0.9]))


T('cadence_speed',
  'A cyclist pedals at {rr} pedal turns per minute. Each pedal turn moves the bike {s} m. How many kilometers does '
  'the cyclist travel in {l} hours?', _g,
  dict(rr=('turns/min', 'cadence'), s=('m', 'distance per turn'), l=('h', 'time')),
  [S('mpm', 'rr * s', 'm/min', 'the distance per minute'),
   S('mins', 'l * 60[min/h]', 'min', 'the time in minutes'),
   S('m', 'mpm * mins', 'm', 'the distance in meters'),
   S('km', 'm / 1000[m/km]', 'km', 'the distance in kilometers', dp=3)],
  'the distance in kilometers')


def _g(r):
    return dict(name=nm(r), p=r.choice([12, 15, 18.5, 20, 24.5, 16]), L=r.choice([4, 5, 6, 8, 4.5]),
                W=r.choice([2, 3, 4, 3.5]))


T('carpet_cost_m2',
  "Carpet costs ${p} per square meter. {name}'s bedroom floor is a rectangle {L} m by {W} m. How much does it cost "
  'to carpet the floor?', _g,
  dict(p=('$/m2', 'carpet price'), L=('m', 'length'), W=('m', 'width')),
  [S('A', 'L * W', 'm2', 'the floor area', f='Area = Length * Width'),
   S('cost', 'A * p', '$', 'the carpet cost', f='Cost = Area * Price per square meter')],
  'the cost of the carpet')
