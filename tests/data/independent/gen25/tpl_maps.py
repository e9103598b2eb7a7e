"""Map scale templates."""
from tpl_dsl import T, S, nm


def _g(r):
    k = r.choice([2, 4, 5, 10, 20, 25])
    v = r.choice([40, 50, 60, 80, 100])
    return dict(name=nm(r), k=k, d=r.choice([3, 4, 4.5, 6, 7.5, 8, 12]), v=v)


T('map_distance_drive_time',
  'On a road map, 1 cm represents {k} km. Two cities are {d} cm apart on the map. {name} drives between them at an '
  'average of {v} km/h. How many hours does the drive take?', _g,
  dict(k=('km', 'km per cm'), d=('cm', 'map distance'), v=('km/h', 'speed')),
  [S('D', 'd * k', 'km', 'the real distance'),
   S('t', 'D / v', 'h', 'the driving time', f='Time = Distance / Speed')],
  'the driving time')


def _g(r):
    k = r.choice([5, 10, 20, 25, 50])
    return dict(k=k, D=k * r.choice([3, 4.5, 6, 7, 8.4, 9.2, 2.6]))


T('real_to_map_mm',
  'A map uses the scale 1 cm : {k} km. Two lighthouses are {D} km apart. How many millimeters apart are they on the map?',
  _g, dict(k=('km', 'km per cm'), D=('km', 'real distance')),
  [S('cm', 'D / k', 'cm', 'the map distance in centimeters'),
   S('mm', 'cm * 10[mm/cm]', 'mm', 'the map distance in millimeters')],
  'the distance on the map in millimeters')


def _g(r):
    return dict(d=r.choice([2, 3, 4, 5, 6, 8, 3.5, 7]))


T('scale_1_50000',
  'A hiking map has a scale of 1:50,000. A trail measures {d} cm on the map. How long is the real trail in kilometers?',
  _g, dict(d=('cm', 'map distance')),
  [S('cm', 'd * 50000', 'cm', 'the real length in centimeters'),
   S('m', 'cm / 100[cm/m]', 'm', 'the real length in meters'),
   S('km', 'm / 1000[m/km]', 'km', 'the real length in kilometers')],
  'the length of the trail')


def _g(r):
    return dict(L=r.choice([18, 20, 17.5, 16, 19, 22]), s=r.choice([24, 18, 20]))


T('model_car_scale',
  'A model car is built at a scale of 1:{s}. The model is {L} cm long. How long is the real car in meters?', _g,
  dict(L=('cm', 'model length'), s=(None, 'scale factor')),
  [S('cm', 'L * s', 'cm', 'the real length in centimeters'),
   S('m', 'cm / 100[cm/m]', 'm', 'the real length in meters', dp=3)],
  'the length of the real car')


def _g(r):
    return dict(k=r.choice([2, 5, 10, 25, 4]), d1=r.choice([3, 4.5, 6, 2.5, 5]), d2=r.choice([2, 3.5, 4, 7, 1.5]))


T('map_two_legs_total',
  'On a map with a scale of 1 cm : {k} km, a bike route has two parts that measure {d1} cm and {d2} cm. What is the '
  'total real length of the route?', _g,
  dict(k=('km', 'km per cm'), d1=('cm', 'first part'), d2=('cm', 'second part')),
  [S('md', 'd1 + d2', 'cm', 'the total map distance'),
   S('D', 'md * k', 'km', 'the real length')],
  'the total length of the route')


def _g(r):
    return dict(a=r.choice([2, 3, 4, 5, 2.5]), b=r.choice([1.5, 2, 3, 4]), s=r.choice([20, 50, 100, 40]))


T('map_park_area',
  'On a town plan, 1 cm represents {s} m. A rectangular park is {a} cm by {b} cm on the plan. What is the real area of '
  'the park in square meters?', _g,
  dict(s=('m', 'meters per cm'), a=('cm', 'plan length'), b=('cm', 'plan width')),
  [S('L', 'a * s', 'm', 'the real length'),
   S('W', 'b * s', 'm', 'the real width'),
   S('A', 'L * W', 'm2', 'the real area', f='Area = Length * Width')],
  'the area of the park')


def _g(r):
    return dict(d=r.choice([8, 12, 16, 20, 10, 24]), v=r.choice([4, 5, 3, 2.5]))


T('hike_map_25000_time',
  'On a 1:25,000 map, a walking route is {d} cm long. Walking at {v} km/h, how many hours will the route take?', _g,
  dict(d=('cm', 'map distance'), v=('km/h', 'walking speed')),
  [S('cm', 'd * 25000', 'cm', 'the real distance in centimeters'),
   S('km', 'cm / 100000[cm/km]', 'km', 'the real distance in kilometers'),
   S('t', 'km / v', 'h', 'the walking time', f='Time = Distance / Speed')],
  'the walking time')


def _g(r):
    return dict(s=r.choice([0.5, 0.25, 0.2]), a=r.choice([8, 10, 12, 16, 20]), b=r.choice([6, 8, 10, 12, 15]))


T('blueprint_room_area',
  'On a house blueprint, 1 cm represents {s} m. A bedroom measures {a} cm by {b} cm on the blueprint. What is the real '
  'floor area of the bedroom?', _g,
  dict(s=('m', 'meters per cm'), a=('cm', 'plan length'), b=('cm', 'plan width')),
  [S('L', 'a * s', 'm', 'the real length'),
   S('W', 'b * s', 'm', 'the real width'),
   S('A', 'L * W', 'm2', 'the floor area', f='Area = Length * Width')],
  'the floor area of the bedroom')


def _g(r):
    k = r.choice([2, 2.5, 4, 5, 8, 12.5])
    d = r.choice([4, 6, 8, 10])
    return dict(d=d, D=d * k, d2=r.choice([3, 5, 7, 9, 14, 11]))


T('find_scale_then_distance',
  'On a map, {d} cm represents {D} km. On the same map, two villages are {d2} cm apart. How far apart are they in real '
  'life?', _g,
  dict(d=('cm', 'map distance'), D=('km', 'real distance'), d2=('cm', 'second map distance')),
  [S('k', 'D / d', 'km', 'the real distance represented by 1 cm'),
   S('R', 'k * d2', 'km', 'the real distance between the villages')],
  'the real distance between the villages')


def _g(r):
    k = r.choice([5, 10, 20, 50])
    return dict(k=k, D1=k * r.choice([4, 6, 8, 10, 12]), D2=k * r.choice([1, 2, 3, 5]))


T('map_difference_cm',
  'A map uses the scale 1 cm : {k} km. Route A is {D1} km long and route B is {D2} km long. How many centimeters longer '
  'is route A than route B on the map?', _g,
  dict(k=('km', 'km per cm'), D1=('km', 'route A'), D2=('km', 'route B')),
  [S('a', 'D1 / k', 'cm', 'route A on the map'),
   S('b', 'D2 / k', 'cm', 'route B on the map'),
   S('diff', 'a - b', 'cm', 'the difference on the map')],
  'the difference between the routes on the map')
