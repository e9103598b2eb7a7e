"""Plant growth templates."""
from tpl_dsl import T, S, nm


def _g(r):
    return dict(name=nm(r), h0=r.choice([5, 8, 10, 12, 6.5, 7.5]), g=r.choice([1.5, 2, 2.5, 3, 3.5, 4]),
                w=r.choice([4, 5, 6, 8, 10]))


T('plant_height_after_weeks',
  "{name}'s bean plant is {h0} cm tall. It grows {g} cm every week. How tall will it be after {w} weeks?", _g,
  dict(h0=('cm', 'starting height'), g=('cm/week', 'growth rate'), w=('week', 'number of weeks')),
  [S('gr', 'g * w', 'cm', 'the growth in {w} weeks'),
   S('H', 'h0 + gr', 'cm', 'the height after {w} weeks')],
  'the height of the plant after {w} weeks')


def _g(r):
    g = r.choice([1.5, 2, 2.5, 3, 4])
    h0 = r.choice([6, 8, 10, 12, 15])
    return dict(h0=h0, H=h0 + g * r.choice([4, 6, 8, 10, 12]), g=g)


T('plant_weeks_to_height',
  'A tomato seedling is {h0} cm tall and grows {g} cm per week. After how many weeks will it be {H} cm tall?', _g,
  dict(h0=('cm', 'starting height'), H=('cm', 'target height'), g=('cm/week', 'growth rate')),
  [S('diff', 'H - h0', 'cm', 'the growth needed'),
   S('w', 'diff / g', 'week', 'the number of weeks')],
  'the number of weeks needed')


def _g(r):
    return dict(c=r.choice([30, 35, 40, 45, 50, 60]), d=r.choice([5, 6, 8, 10, 12, 14]), h0=r.choice([0.5, 1, 1.2, 2]))


T('bamboo_meters',
  'A bamboo shoot is {h0} m tall. It grows {c} cm per day. How many meters tall will it be after {d} days?', _g,
  dict(h0=('m', 'starting height'), c=('cm/day', 'growth rate'), d=('day', 'number of days')),
  [S('cm', 'c * d', 'cm', 'the growth in centimeters'),
   S('m', 'cm / 100[cm/m]', 'm', 'the growth in meters'),
   S('H', 'h0 + m', 'm', 'the new height')],
  'the height of the bamboo after {d} days')


def _g(r):
    h1, h2 = r.choice([10, 12, 14, 15]), r.choice([4, 5, 6, 8])
    return dict(h1=h1, g1=r.choice([1, 1.5, 2]), h2=h2, g2=r.choice([3, 3.5, 4, 2.5]), w=r.choice([2, 3, 4]))


T('two_plants_difference',
  'Plant A is {h1} cm tall and grows {g1} cm per week. Plant B is {h2} cm tall and grows {g2} cm per week. After {w} '
  'weeks, how much taller is plant A than plant B?', _g,
  dict(h1=('cm', 'plant A height'), g1=('cm/week', 'plant A growth'), h2=('cm', 'plant B height'),
       g2=('cm/week', 'plant B growth'), w=('week', 'number of weeks')),
  [S('ga', 'g1 * w', 'cm', "plant A's growth"),
   S('ha', 'h1 + ga', 'cm', "plant A's height"),
   S('gb', 'g2 * w', 'cm', "plant B's growth"),
   S('hb', 'h2 + gb', 'cm', "plant B's height"),
   S('diff', 'ha - hb', 'cm', 'the difference in height')],
  'the height difference between plant A and plant B')


def _g(r):
    return dict(m=r.choice([2, 3, 4, 5, 2.5, 1.5]), n=r.choice([2, 3, 4, 6]))


T('mm_per_day_weeks_cm',
  'A sunflower grows {m} mm per day. How many centimeters does it grow in {n} weeks?', _g,
  dict(m=('mm/day', 'growth rate'), n=('week', 'number of weeks')),
  [S('d', 'n * 7[day/week]', 'day', 'the number of days'),
   S('mm', 'm * d', 'mm', 'the growth in millimeters'),
   S('cm', 'mm / 10[mm/cm]', 'cm', 'the growth in centimeters')],
  'the growth in centimeters')


def _g(r):
    w = r.choice([4, 5, 6, 8])
    h1 = r.choice([10, 12, 15, 20])
    return dict(name=nm(r), h1=h1, h2=h1 + w * 7 * r.choice([0.5, 1, 1.5, 2, 0.8, 1.2]), w=w)


T('average_weekly_growth',
  '{name} measured a sunflower at {h1} cm. {w} weeks later it was {h2} cm tall. What was its average growth per day, '
  'in centimeters?', _g,
  dict(h1=('cm', 'first height'), h2=('cm', 'second height'), w=('week', 'number of weeks')),
  [S('diff', 'h2 - h1', 'cm', 'the total growth'),
   S('pw', 'diff / w', 'cm', 'the growth per week'),
   S('pd', 'pw / 7[day/week]', 'cm', 'the growth per day')],
  'the average growth per day')


def _g(r):
    n = r.choice([40, 60, 80, 100, 120])
    return dict(n=n, p=r.choice([75, 80, 90, 60, 85, 70]), k=r.choice([4, 5, 6, 3, 2]))


T('seed_germination_rows',
  'A gardener plants {n} seeds and {p}% of them sprout. The seedlings are planted in rows of {k}. How many rows are '
  'needed?', _g,
  dict(n=('seeds', 'seeds planted'), p=('%', 'germination rate'), k=('plants', 'plants per row')),
  [S('s', 'n * p / 100', 'seedlings', 'the number of seedlings'),
   S('rows', 's / k', 'rows', 'the number of rows')],
  'the number of rows needed')


def _g(r):
    return dict(H=r.choice([2, 3, 3.5, 4, 5, 2.5]), c=r.choice([30, 40, 45, 50, 60, 25]), y=r.choice([3, 4, 5, 6, 8]))


T('tree_height_years',
  'A young oak tree is {H} m tall. It grows about {c} cm each year. How tall will it be in {y} years, in meters?', _g,
  dict(H=('m', 'current height'), c=('cm/year', 'growth per year'), y=('year', 'number of years')),
  [S('gc', 'c * y', 'cm', 'the growth in centimeters'),
   S('gm', 'gc / 100[cm/m]', 'm', 'the growth in meters'),
   S('H2', 'H + gm', 'm', 'the new height')],
  'the height of the tree in {y} years')


def _g(r):
    return dict(m=r.choice([150, 200, 250, 300, 125]), n=r.choice([4, 6, 8, 10, 12]))


T('plant_water_week',
  'Each plant in a greenhouse row gets {m} mL of water per day. There are {n} plants in the row. How many liters of '
  'water does the row need in a week?', _g,
  dict(m=('mL', 'water per plant per day'), n=('plants', 'number of plants')),
  [S('pd', 'm * n', 'mL', 'the water per day'),
   S('pw', 'pd * 7[day/week]', 'mL', 'the water per week'),
   S('L', 'pw / 1000[mL/L]', 'L', 'the water per week in liters', dp=3)],
  'the water needed per week in liters')


def _g(r):
    return dict(g=r.choice([0.5, 0.8, 1.2, 1.5, 2]), d=r.choice([10, 14, 20, 21, 30]), h0=r.choice([3, 4, 5, 2]))


T('grass_before_mowing',
  'Grass on a lawn is mowed to {h0} cm. It grows {g} cm per day. How tall is it {d} days after mowing?', _g,
  dict(h0=('cm', 'height after mowing'), g=('cm/day', 'growth rate'), d=('day', 'number of days')),
  [S('gr', 'g * d', 'cm', 'the growth'),
   S('H', 'h0 + gr', 'cm', 'the height of the grass')],
  'the height of the grass')
