"""Temperature change templates (values may be negative)."""
from tpl_dsl import T, S, nm


def _g(r):
    return dict(t0=-r.choice([2, 3, 4, 5, 6, 8, 7]), rr=r.choice([2, 3, 1.5, 2.5, 4]), h=r.choice([3, 4, 5, 6, 8]))


T('temp_rise_from_negative',
  'At 6 a.m. the temperature in a mountain town was {t0}°C. It rose by {rr}°C every hour for the next {h} hours. '
  'What was the temperature at the end of that time?', _g,
  dict(t0=('°C', 'starting temperature'), rr=('°C/h', 'rate of rise'), h=('h', 'time')),
  [S('rise', 'rr * h', '°C', 'the total rise', f='Rise = Rate * Time'),
   S('fin', 't0 + rise', '°C', 'the final temperature')],
  'the temperature after {h} hours', neg=True)


def _g(r):
    return dict(T0=r.choice([8, 10, 12, 14, 6, 9]), d=r.choice([1.5, 2, 2.5, 3, 4]), h=r.choice([4, 5, 6, 8]))


T('temp_drop_night',
  'At 8 p.m. the temperature was {T0}°C. It then dropped {d}°C every hour for {h} hours. What was the temperature '
  'after {h} hours?', _g,
  dict(T0=('°C', 'starting temperature'), d=('°C/h', 'rate of drop'), h=('h', 'time')),
  [S('drop', 'd * h', '°C', 'the total drop'),
   S('fin', 'T0 - drop', '°C', 'the temperature after {h} hours')],
  'the temperature after {h} hours', neg=True)


def _g(r):
    vals = [r.choice([-6, -4, -3, -2, -1, 0, 2, 3]) for _ in range(2)] + [r.choice([1, 4, 5, 6, 7, 9]) for _ in range(2)]
    return dict(a=vals[0], b=vals[2], c=vals[1], d=vals[3])


T('temp_average_four',
  'A weather station recorded these noon temperatures over four days: {a}°C, {b}°C, {c}°C and {d}°C. What was the '
  'average noon temperature?', _g,
  dict(a=('°C', 'day 1'), b=('°C', 'day 2'), c=('°C', 'day 3'), d=('°C', 'day 4')),
  [S('s', 'a + b + c + d', '°C', 'the sum of the temperatures'),
   S('avg', 's / 4', '°C', 'the average temperature', f='Average = Sum / Number of days')],
  'the average noon temperature', neg=True)


def _g(r):
    return dict(T0=r.choice([90, 95, 85, 80]), r1=r.choice([3, 4, 2.5]), m1=r.choice([4, 5, 6]),
                r2=r.choice([1, 1.5, 2, 0.5]), m2=r.choice([6, 8, 10]))


T('coffee_cooling_two_rates',
  'A cup of tea starts at {T0}°C. It cools by {r1}°C per minute for the first {m1} minutes, then by {r2}°C per minute '
  'for the next {m2} minutes. What is its temperature after that?', _g,
  dict(T0=('°C', 'starting temperature'), r1=('°C/min', 'first cooling rate'), m1=('min', 'first period'),
       r2=('°C/min', 'second cooling rate'), m2=('min', 'second period')),
  [S('c1', 'r1 * m1', '°C', 'the drop in the first period'),
   S('c2', 'r2 * m2', '°C', 'the drop in the second period'),
   S('tot', 'c1 + c2', '°C', 'the total drop'),
   S('fin', 'T0 - tot', '°C', 'the final temperature')],
  'the temperature of the tea')


def _g(r):
    T0 = r.choice([18, 20, 22, 21, 24])
    rr = r.choice([8, 10, 12, 15, 16, 7.5])
    return dict(T0=T0, Tt=r.choice([180, 200, 220, 160, 190]), rr=rr)


T('oven_preheat_minutes',
  'An oven starts at room temperature, {T0}°C, and heats up by {rr}°C each minute. How many minutes does it take to '
  'reach {Tt}°C?', _g,
  dict(T0=('°C', 'starting temperature'), Tt=('°C', 'target temperature'), rr=('°C/min', 'heating rate')),
  [S('diff', 'Tt - T0', '°C', 'the temperature increase needed'),
   S('m', 'diff / rr', 'min', 'the time needed', f='Time = Temperature change / Rate')],
  'the time to preheat the oven')


def _g(r):
    return dict(T=r.choice([20, 22, 25, 18, 24, 28]), H=r.choice([2000, 3000, 1500, 2500, 4000, 3500]),
                lr=r.choice([6, 6.5, 5]))


T('altitude_lapse',
  'Air temperature drops about {lr}°C for every 1,000 m you climb. If it is {T}°C at sea level, what is the '
  'temperature at the top of a {H} m mountain?', _g,
  dict(T=('°C', 'sea-level temperature'), H=('m', 'height'), lr=('°C', 'drop per 1,000 m')),
  [S('k', 'H / 1000[m]', None, 'the number of 1,000 m intervals'),
   S('drop', 'k * lr', '°C', 'the total temperature drop'),
   S('top', 'T - drop', '°C', 'the temperature at the top')],
  'the temperature at the top of the mountain', neg=True)


def _g(r):
    c1 = r.choice([15, 20, 25, 10])
    return dict(c1=c1, c2=c1 + r.choice([20, 30, 45, 50, 60, 35]))


T('heating_rise_fahrenheit',
  'In a lab, water is heated from {c1}°C to {c2}°C. A temperature change of 1°C equals a change of 1.8°F. By how many '
  'degrees Fahrenheit did the water temperature rise?', _g,
  dict(c1=('°C', 'starting temperature'), c2=('°C', 'final temperature')),
  [S('dc', 'c2 - c1', '°C', 'the rise in Celsius'),
   S('df', 'dc * 1.8', '°F', 'the rise in Fahrenheit')],
  'the temperature rise in °F')


def _g(r):
    return dict(c=r.choice([10, 15, 20, 25, 30, 35, 40, 45]))


T('celsius_to_fahrenheit',
  'A pool is heated to {c}°C. What is this temperature in degrees Fahrenheit? Use F = C × 9/5 + 32.', _g,
  dict(c=('°C', 'temperature')),
  [S('p', 'c * 9 / 5', '°F', 'the scaled value'),
   S('F', 'p + 32', '°F', 'the temperature in Fahrenheit')],
  'the temperature in °F')


def _g(r):
    return dict(f=32 + 9 * r.choice([2, 3, 4, 5, 6, 7, 8, 10]))


T('fahrenheit_to_celsius',
  'A thermometer in Texas reads {f}°F. What is the temperature in degrees Celsius? Use C = (F − 32) × 5/9.', _g,
  dict(f=('°F', 'temperature')),
  [S('d', 'f - 32', '°F', 'the temperature minus 32'),
   S('C', 'd * 5 / 9', '°C', 'the temperature in Celsius')],
  'the temperature in °C')


def _g(r):
    return dict(c1=-r.choice([10, 15, 20, 25, 5]), x=r.choice([30, 40, 45, 50, 60]))


T('kelvin_after_heating',
  'A gas sample starts at {c1}°C and is warmed by {x}°C. What is its final temperature in kelvin? (K = °C + 273)', _g,
  dict(c1=('°C', 'starting temperature'), x=('°C', 'warming')),
  [S('c2', 'c1 + x', '°C', 'the final temperature in Celsius'),
   S('K', 'c2 + 273', 'K', 'the final temperature in kelvin', f='K = C + 273')],
  'the final temperature in kelvin', neg=True)


def _g(r):
    return dict(T0=-r.choice([18, 20, 16, 22]), rr=r.choice([1.5, 2, 2.5, 3]), h=r.choice([2, 3, 4, 5, 6]))


T('freezer_power_cut',
  'A freezer is kept at {T0}°C. During a power cut its temperature rises by {rr}°C per hour. What is the temperature '
  'inside after {h} hours without power?', _g,
  dict(T0=('°C', 'freezer temperature'), rr=('°C/h', 'warming rate'), h=('h', 'time')),
  [S('w', 'rr * h', '°C', 'the total warming'),
   S('fin', 'T0 + w', '°C', 'the temperature after {h} hours')],
  'the freezer temperature after {h} hours', neg=True)


def _g(r):
    return dict(T0=r.choice([48, 52, 55, 60, 45]), rr=r.choice([3, 4, 5, 2.5]), h=r.choice([4, 5, 6, 3]))


T('fahrenheit_morning_rise',
  'The temperature at 8 a.m. was {T0}°F. It rose {rr}°F per hour until the afternoon, {h} hours later. What was the '
  'afternoon temperature?', _g,
  dict(T0=('°F', 'morning temperature'), rr=('°F/h', 'rate of rise'), h=('h', 'time')),
  [S('rise', 'rr * h', '°F', 'the total rise'),
   S('fin', 'T0 + rise', '°F', 'the afternoon temperature')],
  'the afternoon temperature')


def _g(r):
    T0 = r.choice([85, 90, 80, 75])
    return dict(T0=T0, Tt=r.choice([45, 50, 55, 60, 40]), rr=r.choice([2.5, 3, 4, 5, 1.5]))


T('soup_cooling_time',
  'A bowl of soup is {T0}°C and cools by {rr}°C per minute. How many minutes until it reaches {Tt}°C?', _g,
  dict(T0=('°C', 'starting temperature'), Tt=('°C', 'target temperature'), rr=('°C/min', 'cooling rate')),
  [S('diff', 'T0 - Tt', '°C', 'the drop needed'),
   S('m', 'diff / rr', 'min', 'the cooling time', f='Time = Temperature drop / Rate')],
  'the cooling time')


def _g(r):
    return dict(mx=r.choice([4, 6, 8, 3, 7, 11]), mn=-r.choice([2, 4, 6, 8, 10, 5]), y=r.choice([2, 3, -1, 0.5]))


T('daily_mean_compare',
  "Today's high was {mx}°C and the low was {mn}°C. Yesterday's mean temperature was {y}°C. How many degrees higher "
  "or lower is today's mean (the average of the high and low) than yesterday's? Give today's mean minus yesterday's.",
  _g, dict(mx=('°C', 'high'), mn=('°C', 'low'), y=('°C', "yesterday's mean")),
  [S('s', 'mx + mn', '°C', 'the sum of the high and the low'),
   S('mean', 's / 2', '°C', "today's mean temperature"),
   S('d', 'mean - y', '°C', 'the difference from yesterday')],
  "the difference between today's and yesterday's mean", neg=True)
