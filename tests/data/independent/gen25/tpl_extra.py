"""Longer multi-step measurement templates (4-5 steps)."""
from tpl_dsl import T, S, nm


def _g(r):
    return dict(name=nm(r), d=r.choice([12, 15, 18, 20, 25, 30]), n=r.choice([4, 5]), c=r.choice([5, 6, 7, 8, 6.5]),
                p=r.choice([1.5, 1.6, 1.8, 2, 1.75]))


T('commute_fuel_cost_week',
  '{name} drives {d} km to work and {d} km back home, {n} days a week. The car uses {c} L of fuel per 100 km, and fuel '
  'costs ${p} per liter. How much does {name} spend on fuel for commuting each week?', _g,
  dict(d=('km', 'one-way distance'), n=('day', 'days per week'), c=('L/100km', 'fuel use'), p=('$/L', 'fuel price')),
  [S('daily', 'd * 2', 'km', 'the distance per day'),
   S('wk', 'daily * n', 'km', 'the distance per week'),
   S('L', 'wk / 100[km] * c', 'L', 'the fuel used per week'),
   S('cost', 'L * p', '$', 'the weekly fuel cost', f='Cost = Liters * Price per liter')],
  'the weekly fuel cost')


def _g(r):
    return dict(f=r.choice([10, 12, 15, 20, 25]), m=r.choice([20, 30, 40, 15]), d=r.choice([20, 30, 10, 25]),
                p=r.choice([2, 2.5, 3, 4, 1.5]))


T('garden_watering_bill',
  'A sprinkler uses {f} L of water per minute and runs for {m} minutes every day. Water costs ${p} per 1,000 L. What '
  'is the cost of the sprinkler water over {d} days?', _g,
  dict(f=('L/min', 'flow rate'), m=('min', 'minutes per day'), d=('day', 'number of days'), p=('$', 'price per 1,000 L')),
  [S('daily', 'f * m', 'L', 'the water used per day'),
   S('tot', 'daily * d', 'L', 'the water used in {d} days'),
   S('k', 'tot / 1000[L]', None, 'the number of 1,000 L units'),
   S('cost', 'k * p', '$', 'the cost of the water')],
  'the cost of the water')


def _g(r):
    T1 = r.choice([10, 15, 20, 25])
    return dict(V=r.choice([1, 1.5, 2, 0.5, 2.5]), T1=T1, T2=r.choice([80, 90, 100, 60, 70]))


T('heat_water_energy',
  'It takes 4.2 kJ of energy to warm 1 kg of water by 1°C. How many kilojoules are needed to heat {V} L of water from '
  '{T1}°C to {T2}°C? (1 L of water has a mass of 1 kg)', _g,
  dict(V=('L', 'volume of water'), T1=('°C', 'starting temperature'), T2=('°C', 'final temperature')),
  [S('dT', 'T2 - T1', '°C', 'the temperature rise'),
   S('kg', 'V * 1[kg/L]', 'kg', 'the mass of the water'),
   S('E', 'kg * dT * 4.2', 'kJ', 'the energy needed', f='Energy = Mass * Temperature rise * 4.2')],
  'the energy needed')


def _g(r):
    return dict(name=nm(r), a=r.choice([5, 6, 8, 4]), n1=r.choice([3, 4]), b=r.choice([10, 12, 15]), n2=r.choice([1, 2]),
                p=r.choice([5, 6, 5.5, 6.5, 7]))


T('running_week_hours',
  '{name} runs {a} km on {n1} days each week and a long run of {b} km on {n2} other days. {name} runs at a pace of {p} '
  'minutes per kilometer. How many hours does {name} spend running each week?', _g,
  dict(a=('km', 'short run'), n1=('day', 'short-run days'), b=('km', 'long run'), n2=('day', 'long-run days'),
       p=('min', 'pace per km')),
  [S('k1', 'a * n1', 'km', 'the distance of the short runs'),
   S('k2', 'b * n2', 'km', 'the distance of the long runs'),
   S('tot', 'k1 + k2', 'km', 'the weekly distance'),
   S('mins', 'tot * p', 'min', 'the running time in minutes'),
   S('h', 'mins / 60[min/h]', 'h', 'the running time in hours')],
  'the weekly running time in hours')


def _g(r):
    return dict(L=r.choice([60, 80, 100, 120]), W=r.choice([30, 40, 50]), e=r.choice([2, 2.5, 3, 4, 1.5]),
                d=r.choice([4, 6, 8, 10]))


T('aquarium_evaporation',
  'An open aquarium is {L} cm long and {W} cm wide. Its water level drops by {e} mm each day because of evaporation. '
  'How many liters of water evaporate in {d} days?', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), e=('mm/day', 'drop per day'), d=('day', 'number of days')),
  [S('mm', 'e * d', 'mm', 'the total drop in millimeters'),
   S('cm', 'mm / 10[mm/cm]', 'cm', 'the total drop in centimeters'),
   S('V', 'L * W * cm', 'cm3', 'the volume lost in cm³'),
   S('Lt', 'V / 1000[cm3/L]', 'L', 'the volume lost in liters')],
  'the water lost to evaporation')


def _g(r):
    return dict(name=nm(r), d1=r.choice([6, 8, 9, 10, 12]), m1=r.choice([20, 25, 30, 40]), d2=r.choice([4, 5, 6, 8, 3]),
                m2=r.choice([15, 20, 35, 30]))


T('cyclist_two_segments_kmh',
  '{name} cycles {d1} km in {m1} minutes, rests, and then cycles {d2} km in {m2} minutes. What is {name}\'s average '
  'cycling speed in km/h (not counting the rest)?', _g,
  dict(d1=('km', 'first distance'), m1=('min', 'first time'), d2=('km', 'second distance'), m2=('min', 'second time')),
  [S('D', 'd1 + d2', 'km', 'the total distance'),
   S('M', 'm1 + m2', 'min', 'the total time in minutes'),
   S('h', 'M / 60[min/h]', 'h', 'the total time in hours'),
   S('v', 'D / h', 'km/h', 'the average speed', f='Average speed = Total distance / Total time')],
  "{name}'s average speed")


def _g(r):
    return dict(P=r.choice([2, 2.5, 3, 4]), m=r.choice([30, 45, 20, 15, 40]), n=r.choice([4, 6, 8, 3]),
                p=r.choice([0.2, 0.25, 0.15, 0.3]))


T('oven_batches_cost',
  'A {P} kW oven bakes one batch of bread in {m} minutes. A baker bakes {n} batches one after another. At ${p} per '
  'kWh, what does the electricity for the oven cost?', _g,
  dict(P=('kW', 'oven power'), m=('min', 'time per batch'), n=('batches', 'number of batches'), p=('$/kWh', 'price')),
  [S('mins', 'm * n', 'min', 'the total baking time in minutes'),
   S('h', 'mins / 60[min/h]', 'h', 'the total baking time in hours'),
   S('kwh', 'P * h', 'kWh', 'the energy used', f='Energy = Power * Time'),
   S('cost', 'kwh * p', '$', 'the cost', f='Cost = Energy * Price')],
  'the cost of running the oven')


def _g(r):
    return dict(rr=r.choice([30, 40, 45, 50, 25]), d=r.choice([5, 10, 20]), c=r.choice([20, 25, 30, 24]),
                p=r.choice([1.5, 1.6, 1.8, 2]))


T('school_bus_fuel_cost',
  'A school bus drives a {rr} km route in the morning and the same {rr} km route in the afternoon. It does this for '
  '{d} school days. The bus uses {c} L of diesel per 100 km, and diesel costs ${p} per liter. What is the total fuel '
  'cost?', _g,
  dict(rr=('km', 'route length'), d=('day', 'school days'), c=('L/100km', 'fuel use'), p=('$/L', 'diesel price')),
  [S('daily', 'rr * 2', 'km', 'the distance per day'),
   S('tot', 'daily * d', 'km', 'the total distance'),
   S('L', 'tot / 100[km] * c', 'L', 'the diesel used'),
   S('cost', 'L * p', '$', 'the fuel cost')],
  'the total fuel cost')
