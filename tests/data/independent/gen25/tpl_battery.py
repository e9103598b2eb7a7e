"""Battery percentage and capacity templates."""
from tpl_dsl import T, S, nm


def _g(r):
    return dict(name=nm(r), p0=r.choice([100, 95, 90, 85, 80]), d=r.choice([8, 10, 12, 15, 7.5]), h=r.choice([2, 3, 4, 5]),
                c=r.choice([1, 1.5, 2]), m=r.choice([10, 15, 20]))


T('phone_battery_after',
  "{name}'s phone is at {p0}% battery. While streaming video it uses {d}% per hour. After {h} hours of streaming, "
  '{name} plugs it in, and it charges at {c}% per minute for {m} minutes. What is the battery level then?', _g,
  dict(p0=('%', 'starting charge'), d=('%/h', 'drain rate'), h=('h', 'streaming time'), c=('%/min', 'charging rate'),
       m=('min', 'charging time')),
  [S('used', 'd * h', '%', 'the battery used while streaming'),
   S('left', 'p0 - used', '%', 'the battery left after streaming'),
   S('gain', 'c * m', '%', 'the charge gained'),
   S('fin', 'left + gain', '%', 'the final battery level')],
  'the battery level after charging')


def _g(r):
    d = r.choice([5, 8, 10, 12, 15, 20])
    p0 = r.choice([100, 90, 80, 95])
    return dict(p0=p0, p1=p0 - d * r.choice([2, 3, 4, 5]), d=d)


T('hours_until_battery_level',
  'A tablet starts at {p0}% charge and loses {d}% every hour. After how many hours will it be at {p1}%?', _g,
  dict(p0=('%', 'starting charge'), p1=('%', 'target charge'), d=('%/h', 'drain rate')),
  [S('diff', 'p0 - p1', '%', 'the charge used'),
   S('h', 'diff / d', 'h', 'the time')],
  'the number of hours')


def _g(r):
    return dict(a=r.choice([10, 15, 20, 25, 30, 40, 35]), c=r.choice([1, 1.5, 2, 2.5, 5]))


T('charging_minutes_full',
  'A phone is at {a}% and charges at {c}% per minute. How many minutes until it is fully charged at 100%?', _g,
  dict(a=('%', 'current charge'), c=('%/min', 'charging rate')),
  [S('need', '100[%] - a', '%', 'the charge still needed'),
   S('m', 'need / c', 'min', 'the charging time')],
  'the charging time')


def _g(r):
    d = r.choice([200, 250, 400, 500, 150, 300])
    return dict(cap=d * r.choice([4, 5, 6, 8, 10, 12, 2.5]), d=d)


T('mah_runtime_minutes',
  'A toy robot has a {cap} mAh battery and draws {d} mA while running. How many minutes can it run on a full charge?',
  _g, dict(cap=('mAh', 'capacity'), d=('mA', 'current draw')),
  [S('h', 'cap / d', 'h', 'the run time in hours', f='Time = Capacity / Current'),
   S('m', 'h * 60[min/h]', 'min', 'the run time in minutes')],
  'the run time in minutes')


def _g(r):
    return dict(name=nm(r), v=r.choice([15, 20, 18, 12]), h1=r.choice([1, 2, 1.5]), b=r.choice([8, 10, 6, 12]),
                h2=r.choice([2, 3, 2.5, 1.5]))


T('laptop_mixed_use',
  "{name}'s laptop starts fully charged at 100%. Watching videos uses {v}% per hour and browsing uses {b}% per hour. "
  '{name} watches videos for {h1} hours and then browses for {h2} hours. What percent charge is left?', _g,
  dict(v=('%/h', 'video drain'), h1=('h', 'video time'), b=('%/h', 'browsing drain'), h2=('h', 'browsing time')),
  [S('u1', 'v * h1', '%', 'the charge used watching videos'),
   S('u2', 'b * h2', '%', 'the charge used browsing'),
   S('tot', 'u1 + u2', '%', 'the total charge used'),
   S('left', '100[%] - tot', '%', 'the charge left')],
  'the charge left')


def _g(r):
    rate = r.choice([10, 12.5, 15, 20, 25])
    return dict(kwh=r.choice([0.4, 0.5, 0.6, 0.75, 1]), rate=rate)


T('ebike_range_km',
  'An e-bike battery stores {kwh} kWh. The bike uses {rate} Wh of energy per kilometer. How many kilometers can it '
  'travel on a full battery?', _g,
  dict(kwh=('kWh', 'battery capacity'), rate=('Wh', 'energy per km')),
  [S('wh', 'kwh * 1000[Wh/kWh]', 'Wh', 'the capacity in watt-hours'),
   S('km', 'wh / rate', 'km', 'the range')],
  'the range of the e-bike')


def _g(r):
    return dict(p0=r.choice([100, 90, 85, 80]), d=r.choice([0.25, 0.2, 0.3, 0.15, 0.5]), h=r.choice([2, 3, 4]))


T('drain_per_minute_hours',
  'A game console controller loses {d}% of its charge every minute while in use. It starts at {p0}%. What is the '
  'charge after {h} hours of play?', _g,
  dict(d=('%/min', 'drain per minute'), p0=('%', 'starting charge'), h=('h', 'play time')),
  [S('ph', 'd * 60[min/h]', '%', 'the drain per hour'),
   S('used', 'ph * h', '%', 'the charge used'),
   S('left', 'p0 - used', '%', 'the charge left')],
  'the charge after {h} hours')


def _g(r):
    return dict(cap=r.choice([10000, 20000, 5000, 15000]), e=r.choice([80, 75, 90, 60]), ph=r.choice([2500, 2000, 4000, 3000]))


T('power_bank_charges',
  'A power bank holds {cap} mAh, but only {e}% of that reaches the phone. The phone battery is {ph} mAh. How many full '
  'phone charges can the power bank give?', _g,
  dict(cap=('mAh', 'power bank capacity'), e=('%', 'efficiency'), ph=('mAh', 'phone battery')),
  [S('use', 'cap * e / 100', 'mAh', 'the usable capacity'),
   S('n', 'use / ph', 'charges', 'the number of full charges')],
  'the number of full charges')


def _g(r):
    return dict(name=nm(r), p=r.choice([100, 90, 80, 70]), x=r.choice([2, 3, 4, 5, 2.5]), m=r.choice([15, 10, 20, 30]),
                h=r.choice([1, 2, 1.5, 3]))


T('game_drain_per_15min',
  "{name}'s handheld game is at {p}% charge. Playing uses {x}% every {m} minutes. What is the charge after {h} hours "
  'of playing?', _g,
  dict(p=('%', 'starting charge'), x=('%', 'charge used per period'), m=('min', 'period'), h=('h', 'play time')),
  [S('mins', 'h * 60[min/h]', 'min', 'the play time in minutes'),
   S('k', 'mins / m', None, 'the number of {m}-minute periods'),
   S('used', 'k * x', '%', 'the charge used'),
   S('left', 'p - used', '%', 'the charge left')],
  'the charge after {h} hours')


def _g(r):
    return dict(a=r.choice([20, 25, 30, 15, 10]), s=r.choice([8, 10, 12, 15, 7.5]), h=r.choice([2, 3, 4]),
                u=r.choice([4, 5, 6, 2.5]), n=r.choice([4, 5, 6]))


T('solar_lamp_charge',
  'A solar garden lamp is at {a}% charge in the morning. In direct sun it gains {s}% per hour, and it gets {h} hours of '
  'sun. At night the lamp uses {u}% per hour and stays on for {n} hours. What is its charge at the end of the night?',
  _g, dict(a=('%', 'morning charge'), s=('%/h', 'charging rate'), h=('h', 'hours of sun'), u=('%/h', 'use at night'),
           n=('h', 'hours on at night')),
  [S('gain', 's * h', '%', 'the charge gained'),
   S('full', 'a + gain', '%', 'the charge at sunset'),
   S('use', 'u * n', '%', 'the charge used at night'),
   S('fin', 'full - use', '%', 'the charge at the end of the night')],
  'the charge of the lamp at the end of the night')
