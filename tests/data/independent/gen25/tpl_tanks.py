"""Filling and draining tanks."""
from tpl_dsl import T, S, nm


def _g(r):
    f = r.choice([15, 20, 25, 30, 40, 50, 12])
    return dict(C=f * r.choice([60, 90, 120, 150, 30, 75]), f=f)


T('tank_fill_hours',
  'A water tank holds {C} liters. A pump fills it at {f} liters per minute. How many hours does it take to fill the '
  'empty tank?', _g,
  dict(C=('L', 'capacity'), f=('L/min', 'pump rate')),
  [S('m', 'C / f', 'min', 'the filling time in minutes', f='Time = Volume / Rate'),
   S('h', 'm / 60[min/h]', 'h', 'the filling time in hours')],
  'the time to fill the tank in hours')


def _g(r):
    a, b = r.choice([10, 12, 15, 20, 8]), r.choice([5, 6, 10, 15, 4])
    return dict(a=a, b=b, C=(a + b) * r.choice([10, 12, 15, 20, 30, 40]))


T('two_pipes_fill',
  'Two pipes fill a tank together. One pipe supplies {a} L per minute and the other supplies {b} L per minute. The '
  'tank holds {C} L. How many minutes does it take to fill the empty tank?', _g,
  dict(a=('L/min', 'first pipe'), b=('L/min', 'second pipe'), C=('L', 'capacity')),
  [S('rt', 'a + b', 'L/min', 'the combined rate'),
   S('m', 'C / rt', 'min', 'the filling time', f='Time = Volume / Rate')],
  'the time to fill the tank')


def _g(r):
    a = r.choice([12, 15, 18, 20, 25])
    b = r.choice([2, 3, 4, 5, 6])
    return dict(a=a, b=b, C=(a - b) * r.choice([10, 15, 20, 25, 30, 12]))


T('fill_with_leak',
  'A tank is being filled at {a} L per minute, but a leak lets out {b} L per minute at the same time. The tank holds {C} L. '
  'How many liters leak out by the time the tank is full?', _g,
  dict(a=('L/min', 'inflow'), b=('L/min', 'leak rate'), C=('L', 'capacity')),
  [S('net', 'a - b', 'L/min', 'the net filling rate', f='Net rate = Inflow - Outflow'),
   S('m', 'C / net', 'min', 'the filling time', f='Time = Volume / Net rate'),
   S('lk', 'b * m', 'L', 'the water lost through the leak')],
  'the amount of water lost through the leak')


def _g(r):
    f = r.choice([8, 10, 12, 15, 20, 25])
    C = r.choice([500, 600, 800, 1000, 1200])
    return dict(C=C, x=C - f * r.choice([10, 12, 16, 20, 24, 30]), f=f)


T('partial_tank_fill',
  'A rain tank can hold {C} L. It already contains {x} L. Water is added at {f} L per minute. How many minutes until '
  'the tank is full?', _g,
  dict(C=('L', 'capacity'), x=('L', 'water already in the tank'), f=('L/min', 'rate')),
  [S('need', 'C - x', 'L', 'the space left in the tank'),
   S('m', 'need / f', 'min', 'the time to fill it', f='Time = Volume / Rate')],
  'the time until the tank is full')


def _g(r):
    return dict(d=r.choice([5, 10, 15, 20, 25, 12.5]))


T('dripping_faucet_liters',
  'A dripping faucet wastes {d} mL of water every minute. How many liters does it waste in one day?', _g,
  dict(d=('mL/min', 'drip rate')),
  [S('ph', 'd * 60[min/h]', 'mL', 'the water wasted per hour'),
   S('pd', 'ph * 24[h/day]', 'mL', 'the water wasted per day'),
   S('L', 'pd / 1000[mL/L]', 'L', 'the water wasted in liters')],
  'the water wasted per day in liters')


def _g(r):
    f, m = r.choice([10, 12, 15, 8]), r.choice([6, 8, 10, 12])
    return dict(name=nm(r), f=f, m=m, d=r.choice([5, 6, 8, 4]), k=r.choice([3, 4, 5, 2]))


T('bathtub_fill_drain',
  '{name} fills a bathtub at {f} L per minute for {m} minutes. Then {name} pulls the plug and it drains at {d} L per '
  'minute for {k} minutes. How many liters are still in the tub?', _g,
  dict(f=('L/min', 'filling rate'), m=('min', 'filling time'), d=('L/min', 'draining rate'), k=('min', 'draining time')),
  [S('vin', 'f * m', 'L', 'the water added'),
   S('vout', 'd * k', 'L', 'the water drained'),
   S('left', 'vin - vout', 'L', 'the water left')],
  'the amount of water left in the tub')


def _g(r):
    L, W, D = r.choice([10, 12, 8, 15]), r.choice([4, 5, 6]), r.choice([1.5, 2, 1.2])
    return dict(L=L, W=W, D=D, f=r.choice([4000, 5000, 6000, 8000, 2500, 3000]))


T('pool_fill_hours',
  'A pool is {L} m long, {W} m wide and {D} m deep. A hose fills it at {f} liters per hour. How many hours will it take '
  'to fill the pool? (1 m³ = 1,000 L)', _g,
  dict(L=('m', 'length'), W=('m', 'width'), D=('m', 'depth'), f=('L/h', 'hose rate')),
  [S('V', 'L * W * D', 'm3', 'the pool volume in m³', f='Volume = Length * Width * Depth'),
   S('Lt', 'V * 1000[L/m3]', 'L', 'the pool volume in liters'),
   S('h', 'Lt / f', 'h', 'the filling time', f='Time = Volume / Rate')],
  'the time to fill the pool')


def _g(r):
    C = r.choice([200, 250, 300, 400])
    return dict(C=C, y=r.choice([40, 50, 60, 80, 100]), x=r.choice([20, 25, 40, 50]))


T('rain_barrel_hours',
  'A rain barrel holds {C} L and already has {y} L in it. During a storm, rain adds {x} L per hour. How many hours of '
  'rain will fill the barrel?', _g,
  dict(C=('L', 'capacity'), y=('L', 'water already in the barrel'), x=('L/h', 'rain rate')),
  [S('need', 'C - y', 'L', 'the space left'),
   S('h', 'need / x', 'h', 'the time to fill it')],
  'the hours of rain needed')


def _g(r):
    d = r.choice([4, 5, 6, 8, 12, 15])
    m = r.choice([30, 45, 60, 90, 20])
    return dict(C=d * m + r.choice([100, 200, 250, 300, 500]), d=d, m=m)


T('water_tower_remaining',
  'A water tower holds {C} L. Water drains from it at {d} L per minute. How many liters remain after {m} minutes?', _g,
  dict(C=('L', 'starting volume'), d=('L/min', 'drain rate'), m=('min', 'time')),
  [S('out', 'd * m', 'L', 'the water drained'),
   S('left', 'C - out', 'L', 'the water remaining')],
  'the water remaining after {m} minutes')


def _g(r):
    u, g = r.choice([120, 150, 180, 200, 160]), r.choice([30, 40, 50, 60, 20])
    return dict(u=u, g=g, C=(u + g) * r.choice([5, 6, 8, 10, 12, 20]))


T('tank_water_days',
  'A farmhouse tank holds {C} L. The family uses {u} L per day in the house and {g} L per day on the garden. How many '
  'days will a full tank last?', _g,
  dict(C=('L', 'capacity'), u=('L/day', 'house use'), g=('L/day', 'garden use')),
  [S('tot', 'u + g', 'L/day', 'the total daily use'),
   S('days', 'C / tot', 'day', 'the number of days')],
  'the number of days the tank lasts')


def _g(r):
    return dict(L=r.choice([6, 8, 10, 12]), W=r.choice([4, 5, 6]), D=r.choice([0.2, 0.25, 0.3, 0.5]),
                p=r.choice([50, 80, 100, 120, 150, 200]))


T('flooded_basement_pump',
  'A flooded basement is {L} m long and {W} m wide, with water {D} m deep. A pump removes {p} liters of water per '
  'minute. How many hours will it take to pump out all the water? (1 m³ = 1,000 L)', _g,
  dict(L=('m', 'length'), W=('m', 'width'), D=('m', 'water depth'), p=('L/min', 'pump rate')),
  [S('V', 'L * W * D', 'm3', 'the volume of water', f='Volume = Length * Width * Depth'),
   S('Lt', 'V * 1000[L/m3]', 'L', 'the volume in liters'),
   S('m', 'Lt / p', 'min', 'the pumping time in minutes', f='Time = Volume / Rate'),
   S('h', 'm / 60[min/h]', 'h', 'the pumping time in hours')],
  'the pumping time')


def _g(r):
    return dict(rr=r.choice([50, 25, 20, 40, 100]), b=r.choice([500, 250, 1000, 750]))


T('bottle_filler_per_hour',
  'A machine fills bottles at {rr} mL per second. Each bottle holds {b} mL. How many bottles can it fill in one hour?',
  _g, dict(rr=('mL/s', 'filling rate'), b=('mL', 'bottle size')),
  [S('sp', 'b / rr', 's', 'the time to fill one bottle'),
   S('n', '3600[s] / sp', 'bottles', 'the number of bottles in one hour')],
  'the number of bottles filled in one hour')


def _g(r):
    return dict(a=r.choice([500, 600, 800, 1000]), b=r.choice([100, 150, 200, 50]), rr=r.choice([8, 10, 12, 15]),
                m=r.choice([10, 15, 20, 25]))


T('transfer_between_tanks',
  'Tank A holds {a} L of water and tank B holds {b} L. A pump moves water from tank A to tank B at {rr} L per minute '
  'for {m} minutes. How many liters are in tank B afterward?', _g,
  dict(a=('L', 'tank A'), b=('L', 'tank B'), rr=('L/min', 'pump rate'), m=('min', 'time')),
  [S('mv', 'rr * m', 'L', 'the water moved'),
   S('B2', 'b + mv', 'L', 'the water in tank B')],
  'the amount of water in tank B')


def _g(r):
    c = r.choice([5, 8, 10, 12])
    return dict(name=nm(r), N=c * r.choice([6, 8, 9, 10, 12, 15]), c=c, m=r.choice([2, 3, 4, 2.5, 1.5]))


T('watering_can_trips',
  "{name}'s garden needs {N} L of water. The watering can holds {c} L, and each trip to the tap and back takes {m} "
  'minutes. How many minutes does watering take?', _g,
  dict(N=('L', 'water needed'), c=('L', 'can size'), m=('min', 'time per trip')),
  [S('trips', 'N / c', 'trips', 'the number of trips'),
   S('t', 'trips * m', 'min', 'the total time')],
  'the total watering time')


def _g(r):
    return dict(C=r.choice([1200, 1500, 1800, 2400, 2000]), f=r.choice([20, 25, 30, 40]), d=r.choice([5, 10, 15]))


T('fill_drain_net_hours',
  'An empty cistern holds {C} L. Water flows in at {f} L per minute while a tap lets {d} L per minute flow out. How '
  'many hours does it take to fill the cistern?', _g,
  dict(C=('L', 'capacity'), f=('L/min', 'inflow'), d=('L/min', 'outflow')),
  [S('net', 'f - d', 'L/min', 'the net filling rate'),
   S('m', 'C / net', 'min', 'the time in minutes'),
   S('h', 'm / 60[min/h]', 'h', 'the time in hours')],
  'the time to fill the cistern in hours')
