"""Electricity cost templates (kWh x price)."""
from tpl_dsl import T, S, nm


def _g(r):
    return dict(W=r.choice([100, 150, 200, 250, 400, 500, 1200]), h=r.choice([2, 3, 4, 5, 6, 8]),
                d=r.choice([30, 20, 10, 28]), p=r.choice([0.1, 0.12, 0.15, 0.2, 0.25]))


T('appliance_monthly_cost',
  'A {W} W dehumidifier runs {h} hours a day for {d} days. Electricity costs ${p} per kWh. How much does it cost to '
  'run?', _g,
  dict(W=('W', 'power'), h=('h', 'hours per day'), d=('day', 'number of days'), p=('$/kWh', 'price')),
  [S('wh', 'W * h', 'Wh', 'the energy used per day in watt-hours', f='Energy = Power * Time'),
   S('kwh', 'wh / 1000[Wh/kWh]', 'kWh', 'the energy per day in kWh'),
   S('tot', 'kwh * d', 'kWh', 'the energy for {d} days'),
   S('cost', 'tot * p', '$', 'the cost', f='Cost = Energy * Price')],
  'the cost to run the dehumidifier')


def _g(r):
    return dict(o=r.choice([60, 75, 100]), n=r.choice([8, 10, 12, 15, 9]), h=r.choice([100, 200, 500, 1000]),
                p=r.choice([0.1, 0.15, 0.2, 0.12]))


T('led_bulb_savings',
  'An old {o} W bulb is replaced with a {n} W LED bulb that gives the same light. If the bulb is used for {h} hours, '
  'how much money is saved at ${p} per kWh?', _g,
  dict(o=('W', 'old bulb'), n=('W', 'LED bulb'), h=('h', 'hours of use'), p=('$/kWh', 'price')),
  [S('diff', 'o - n', 'W', 'the power saved'),
   S('wh', 'diff * h', 'Wh', 'the energy saved in watt-hours'),
   S('kwh', 'wh / 1000[Wh/kWh]', 'kWh', 'the energy saved in kWh'),
   S('save', 'kwh * p', '$', 'the money saved')],
  'the money saved')


def _g(r):
    return dict(kw=r.choice([1.5, 2, 2.5, 1.2, 3]), h=r.choice([3, 4, 5, 6, 2]), d=r.choice([30, 31, 28]),
                p=r.choice([0.1, 0.15, 0.2, 0.12, 0.25]))


T('heater_month_cost',
  'A {kw} kW space heater runs for {h} hours every day. How much does it cost to run for {d} days if electricity is '
  '${p} per kWh?', _g,
  dict(kw=('kW', 'power'), h=('h', 'hours per day'), d=('day', 'number of days'), p=('$/kWh', 'price')),
  [S('daily', 'kw * h', 'kWh', 'the energy used per day', f='Energy = Power * Time'),
   S('tot', 'daily * d', 'kWh', 'the energy for {d} days'),
   S('cost', 'tot * p', '$', 'the cost', f='Cost = Energy * Price')],
  'the cost to run the heater')


def _g(r):
    return dict(k=r.choice([8, 10, 12, 15, 9.5, 20]), n=r.choice([30, 31]), p=r.choice([0.12, 0.15, 0.2, 0.1]),
                fee=r.choice([10, 12, 15, 8.5, 9]))


T('monthly_bill_fee',
  'A household uses {k} kWh of electricity per day. Electricity costs ${p} per kWh, plus a fixed fee of ${fee} per '
  'month. What is the bill for a {n}-day month?', _g,
  dict(k=('kWh/day', 'daily use'), n=('day', 'days in the month'), p=('$/kWh', 'price'), fee=('$', 'fixed fee')),
  [S('m', 'k * n', 'kWh', 'the energy used in the month'),
   S('ec', 'm * p', '$', 'the energy charge'),
   S('bill', 'ec + fee', '$', 'the total bill')],
  'the monthly bill')


def _g(r):
    return dict(W=r.choice([250, 300, 350, 400, 200]), s=r.choice([4, 5, 6, 3.5]), n=r.choice([4, 6, 8, 10]))


T('solar_panels_week',
  'A roof has {n} solar panels. Each panel produces {W} W in full sun, and the roof gets the equivalent of {s} hours of '
  'full sun per day. How many kWh do the panels produce in a week?', _g,
  dict(n=('panels', 'number of panels'), W=('W', 'power per panel'), s=('h', 'sun hours per day')),
  [S('tw', 'W * n', 'W', 'the total power'),
   S('wh', 'tw * s', 'Wh', 'the energy per day in watt-hours'),
   S('kwh', 'wh / 1000[Wh/kWh]', 'kWh', 'the energy per day in kWh'),
   S('wk', 'kwh * 7', 'kWh', 'the energy per week')],
  'the energy produced per week')


def _g(r):
    return dict(e=r.choice([15, 16, 18, 20, 12.5]), d=r.choice([200, 300, 400, 250, 500, 150]),
                p=r.choice([0.2, 0.25, 0.3, 0.15, 0.12]))


T('ev_trip_charge_cost',
  'An electric car uses {e} kWh per 100 km. Charging costs ${p} per kWh. How much does it cost to charge for a {d} km '
  'trip?', _g,
  dict(e=('kWh', 'energy per 100 km'), d=('km', 'trip length'), p=('$/kWh', 'price')),
  [S('kwh', 'd / 100[km] * e', 'kWh', 'the energy needed'),
   S('cost', 'kwh * p', '$', 'the charging cost', f='Cost = Energy * Price')],
  'the cost of charging for the trip')


def _g(r):
    return dict(w=r.choice([5, 8, 10, 12, 4]), h=r.choice([20, 22, 18, 24]), d=r.choice([30, 100, 365, 50]),
                p=r.choice([0.1, 0.2, 0.15, 0.25]))


T('standby_power_cost',
  'A TV uses {w} W on standby and sits on standby for {h} hours a day. How much does the standby power cost over {d} '
  'days at ${p} per kWh?', _g,
  dict(w=('W', 'standby power'), h=('h', 'hours per day'), d=('day', 'number of days'), p=('$/kWh', 'price')),
  [S('wh', 'w * h', 'Wh', 'the energy per day'),
   S('tot', 'wh * d', 'Wh', 'the energy over {d} days'),
   S('kwh', 'tot / 1000[Wh/kWh]', 'kWh', 'the energy in kWh'),
   S('cost', 'kwh * p', '$', 'the cost')],
  'the cost of standby power', )


def _g(r):
    return dict(c=r.choice([150, 200, 250, 120]), h1=r.choice([3, 4, 5, 6]), l=r.choice([40, 60, 25, 50]),
                h2=r.choice([4, 5, 6, 8]), p=r.choice([0.15, 0.2, 0.1, 0.25]))


T('two_devices_cost',
  'A computer uses {c} W and runs for {h1} hours. A desk lamp uses {l} W and runs for {h2} hours. At ${p} per kWh, '
  'how much does the electricity for both cost?', _g,
  dict(c=('W', 'computer power'), h1=('h', 'computer time'), l=('W', 'lamp power'), h2=('h', 'lamp time'),
       p=('$/kWh', 'price')),
  [S('e1', 'c * h1', 'Wh', 'the computer energy'),
   S('e2', 'l * h2', 'Wh', 'the lamp energy'),
   S('tot', 'e1 + e2', 'Wh', 'the total energy'),
   S('kwh', 'tot / 1000[Wh/kWh]', 'kWh', 'the total in kWh', dp=3),
   S('cost', 'kwh * p', '$', 'the cost')],
  'the cost of electricity for both devices')


def _g(r):
    return dict(W=r.choice([2000, 2400, 1800, 3000]), m=r.choice([3, 4, 5, 2.5]), n=r.choice([4, 5, 6, 3]),
                p=r.choice([0.2, 0.25, 0.3, 0.15]))


T('kettle_week_cost',
  'A {W} W electric kettle takes {m} minutes to boil, and it is boiled {n} times a day. At ${p} per kWh, what does the '
  'kettle cost to run for a week (7 days)?', _g,
  dict(W=('W', 'power'), m=('min', 'boiling time'), n=('boils', 'boils per day'), p=('$/kWh', 'price')),
  [S('mins', 'm * n * 7', 'min', 'the minutes of use per week'),
   S('h', 'mins / 60[min/h]', 'h', 'the hours of use per week', dp=3),
   S('kwh', 'W * h / 1000[W/kW]', 'kWh', 'the energy used', dp=3),
   S('cost', 'kwh * p', '$', 'the cost')],
  'the cost to run the kettle for a week')


def _g(r):
    return dict(k1=r.choice([1.8, 2, 2.4, 1.5, 2.2]), k2=r.choice([0.8, 1, 1.2, 0.9]), p=r.choice([0.1, 0.15, 0.2, 0.12]))


T('fridge_year_savings',
  'An old refrigerator uses {k1} kWh of electricity per day. A new one uses {k2} kWh per day. Electricity costs ${p} '
  'per kWh. How much money does the new refrigerator save in a 365-day year?', _g,
  dict(k1=('kWh/day', 'old fridge'), k2=('kWh/day', 'new fridge'), p=('$/kWh', 'price')),
  [S('d', 'k1 - k2', 'kWh', 'the energy saved per day'),
   S('y', 'd * 365[day]', 'kWh', 'the energy saved per year'),
   S('save', 'y * p', '$', 'the money saved')],
  'the money saved in a year')


def _g(r):
    return dict(wh=r.choice([15, 12, 20, 10, 18]), d=r.choice([365, 200, 300, 100]), p=r.choice([0.2, 0.15, 0.1, 0.25]))


T('phone_charging_year',
  'Charging a phone from empty uses {wh} Wh of electricity. If the phone is charged once a day for {d} days, how much '
  'does it cost at ${p} per kWh?', _g,
  dict(wh=('Wh', 'energy per charge'), d=('day', 'number of days'), p=('$/kWh', 'price')),
  [S('tot', 'wh * d', 'Wh', 'the total energy in watt-hours'),
   S('kwh', 'tot / 1000[Wh/kWh]', 'kWh', 'the total energy in kWh'),
   S('cost', 'kwh * p', '$', 'the cost')],
  'the cost of charging')
