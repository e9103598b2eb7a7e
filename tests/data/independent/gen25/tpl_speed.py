"""Speed / distance / time templates."""
from tpl_dsl import T, S, nm


def _g(r):
    t = r.choice([2, 3, 4, 5, 6])
    v = r.randrange(40, 130, 5)
    return dict(d=v * t, t=t, t2=r.choice([x for x in range(2, 10) if x != t]))


T('train_distance',
  'A train travels {d} km in {t} hours. At the same speed, how far will it travel in {t2} hours?', _g,
  dict(d=('km', 'distance'), t=('h', 'time'), t2=('h', 'new travel time')),
  [S('v', 'd / t', 'km/h', "the train's speed", f='Speed = Distance / Time',
     say='The train covers {d} km in {t} hours, so its speed is {calc}.'),
   S('d2', 'v * t2', 'km', 'the distance in {t2} hours', f='Distance = Speed * Time')],
  'the distance the train travels in {t2} hours')


def _g(r):
    return dict(name=nm(r), v1=r.randrange(50, 100, 5), t1=r.choice([1.5, 2, 2.5, 3]),
                v2=r.randrange(60, 120, 10), t2=r.choice([1, 1.5, 2, 0.5]))


T('car_two_legs',
  '{name} drives at {v1} km/h for {t1} hours, then speeds up to {v2} km/h for another {t2} hours. '
  'How many kilometers does {name} drive in total?', _g,
  dict(v1=('km/h', 'first speed'), t1=('h', 'first time'), v2=('km/h', 'second speed'), t2=('h', 'second time')),
  [S('d1', 'v1 * t1', 'km', 'the distance of the first part', f='Distance = Speed * Time'),
   S('d2', 'v2 * t2', 'km', 'the distance of the second part', f='Distance = Speed * Time'),
   S('tot', 'd1 + d2', 'km', 'the total distance')],
  'the total distance {name} drives')


def _g(r):
    t1, t2 = r.choice([2, 3, 4]), r.choice([1, 2, 3])
    v = r.randrange(40, 90, 5)
    return dict(d1=t1 * v + r.choice([-20, -10, 0, 10, 20]), t1=t1, d2=t2 * r.randrange(40, 90, 5), t2=t2)


T('avg_speed_two_legs',
  'A bus travels {d1} km in {t1} hours, stops, and then travels {d2} km in {t2} hours. '
  'What is its average speed for the whole trip (not counting the stop)?', _g,
  dict(d1=('km', 'first distance'), t1=('h', 'first time'), d2=('km', 'second distance'), t2=('h', 'second time')),
  [S('D', 'd1 + d2', 'km', 'the total distance'),
   S('Tt', 't1 + t2', 'h', 'the total time'),
   S('avg', 'D / Tt', 'km/h', 'the average speed', f='Average speed = Total distance / Total time')],
  'the average speed of the bus')


def _g(r):
    v = r.choice([40, 48, 50, 60, 64, 72, 80, 90, 100])
    h = r.choice([0.25, 0.5, 0.75, 1.25, 1.5, 1.75, 2.5, 0.4, 0.6, 1.2])
    return dict(name=nm(r), d=v * h, v=v)


T('trip_minutes',
  '{name} drives {d} km to a science museum at an average speed of {v} km/h. How many minutes does the drive take?',
  _g, dict(d=('km', 'distance'), v=('km/h', 'speed')),
  [S('h', 'd / v', 'h', 'the time in hours', f='Time = Distance / Speed'),
   S('m', 'h * 60[min/h]', 'min', 'the time in minutes')],
  'the driving time in minutes')


def _g(r):
    return dict(name=nm(r), v=r.choice([4, 5, 6, 7, 8, 5.5, 4.5]), m=r.choice([10, 15, 20, 25, 30, 40, 45, 50]))


T('cyclist_ms_km',
  '{name} cycles at a steady {v} m/s for {m} minutes. How many kilometers does {name} cycle?', _g,
  dict(v=('m/s', 'speed'), m=('min', 'time')),
  [S('s', 'm * 60[s/min]', 's', 'the time in seconds'),
   S('dist', 'v * s', 'm', 'the distance in meters', f='Distance = Speed * Time'),
   S('km', 'dist / 1000[m/km]', 'km', 'the distance in kilometers', dp=3)],
  'the distance {name} cycles in kilometers')


def _g(r):
    return dict(v=r.choice([36, 54, 72, 90, 108, 126, 144]), t=r.choice([5, 8, 10, 12, 15, 20, 30]))


T('kmh_to_ms_distance',
  'A car is moving at {v} km/h. How many meters does it travel in {t} seconds?', _g,
  dict(v=('km/h', 'speed'), t=('s', 'time')),
  [S('mh', 'v * 1000[m/km]', 'm/h', 'the speed in meters per hour'),
   S('ms', 'mh / 3600[s/h]', 'm/s', 'the speed in meters per second'),
   S('dist', 'ms * t', 'm', 'the distance in {t} seconds', f='Distance = Speed * Time')],
  'the distance the car travels in {t} seconds')


def _g(r):
    v = r.choice([30, 40, 45, 50, 60, 55, 65])
    h = r.choice([1.5, 2, 2.5, 3, 0.8, 1.2, 3.5]) if v != 45 else r.choice([2, 3, 4, 1.2])
    return dict(name=nm(r), d=v * h, v=v, s=r.choice([10, 15, 20, 25, 30]))


T('mph_trip_stop',
  '{name} drives {d} miles at an average speed of {v} mph and makes one {s}-minute stop for gas. '
  'How many minutes does the whole trip take?', _g,
  dict(d=('mi', 'distance'), v=('mi/h', 'speed'), s=('min', 'stop time')),
  [S('h', 'd / v', 'h', 'the driving time in hours', f='Time = Distance / Speed'),
   S('m', 'h * 60[min/h]', 'min', 'the driving time in minutes'),
   S('tot', 'm + s', 'min', 'the total trip time')],
  'the total trip time in minutes')


def _g(r):
    l = r.choice([200, 250, 400, 300])
    n = r.choice([4, 5, 6, 8, 10, 12])
    return dict(name=nm(r), l=l, n=n, t=r.choice([8, 10, 12, 15, 16, 20, 24, 25, 30]))


T('runner_laps_speed',
  'A running track is {l} m long. {name} runs {n} laps in {t} minutes. What is {name}\'s average speed in kilometers '
  'per hour?',
  _g, dict(l=('m', 'lap length'), n=('laps', 'number of laps'), t=('min', 'time')),
  [S('tot', 'l * n', 'm', 'the total distance'),
   S('sp', 'tot / t', 'm/min', 'the speed in meters per minute', f='Speed = Distance / Time'),
   S('mh', 'sp * 60[min/h]', 'm/h', 'the speed in meters per hour'),
   S('kmh', 'mh / 1000[m/km]', 'km/h', 'the speed in kilometers per hour')],
  "{name}'s average speed in km/h")


def _g(r):
    v1, v2 = r.randrange(40, 90, 5), r.randrange(50, 110, 10)
    h = r.choice([1.5, 2, 2.5, 3, 4])
    return dict(D=(v1 + v2) * h, v1=v1, v2=v2)


T('cars_toward_each_other',
  'Two towns are {D} km apart. A car leaves one town at {v1} km/h and at the same time a truck leaves the other '
  'town at {v2} km/h, driving toward each other. How far from its own town is the car when they meet?', _g,
  dict(D=('km', 'distance between the towns'), v1=('km/h', 'car speed'), v2=('km/h', 'truck speed')),
  [S('cs', 'v1 + v2', 'km/h', 'the combined closing speed'),
   S('tm', 'D / cs', 'h', 'the time until they meet', f='Time = Distance / Speed'),
   S('dc', 'v1 * tm', 'km', 'the distance the car covers', f='Distance = Speed * Time')],
  "the car's distance from its starting town when they meet")


def _g(r):
    k = r.choice([2, 3, 4, 5])
    per = r.choice([10, 11, 12, 13, 14, 15])
    D = r.choice([6, 9, 12, 15, 18, 20, 24, 30, 10])
    return dict(name=nm(r), k=k, m=k * per, D=D)


T('walk_pace_hours',
  '{name} walks {k} km in {m} minutes. At this pace, how many hours will it take {name} to walk {D} km?', _g,
  dict(k=('km', 'distance walked'), m=('min', 'time taken'), D=('km', 'new distance')),
  [S('pace', 'm / k', 'min', 'the time per kilometer'),
   S('tot', 'pace * D', 'min', 'the time for {D} km'),
   S('h', 'tot / 60[min/h]', 'h', 'the time in hours')],
  'the time to walk {D} km in hours')


def _g(r):
    t = r.choice([2, 3, 4, 5])
    v = r.randrange(600, 950, 50)
    return dict(d=v * t, t=t, D=v * r.choice([1.5, 2.5, 3.5, 4.5, 6, 7, 8]))


T('plane_time',
  'A plane flies {d} km in {t} hours. At the same speed, how many hours will it take to fly {D} km?', _g,
  dict(d=('km', 'distance'), t=('h', 'time'), D=('km', 'new distance')),
  [S('v', 'd / t', 'km/h', "the plane's speed", f='Speed = Distance / Time'),
   S('tm', 'D / v', 'h', 'the time to fly {D} km', f='Time = Distance / Speed')],
  'the time to fly {D} km')


def _g(r):
    b = r.randrange(12, 30, 2)
    return dict(b=b, c=r.choice([2, 3, 4, 5]), t=r.choice([2, 3, 1.5, 2.5, 4]))


T('boat_down_up',
  'A boat moves at {b} km/h in still water. The river current flows at {c} km/h. The boat goes downstream for '
  '{t} hours and then upstream for {t} hours. What total distance does the boat cover?', _g,
  dict(b=('km/h', 'boat speed in still water'), c=('km/h', 'current speed'), t=('h', 'time each way')),
  [S('dn', 'b + c', 'km/h', 'the downstream speed'),
   S('up', 'b - c', 'km/h', 'the upstream speed'),
   S('dd', 'dn * t', 'km', 'the downstream distance'),
   S('du', 'up * t', 'km', 'the upstream distance'),
   S('tot', 'dd + du', 'km', 'the total distance')],
  'the total distance the boat covers')


def _g(r):
    s = r.choice([10, 12.5, 16, 20, 25])
    return dict(name=nm(r), s=s, t=r.choice([30, 40, 45, 60, 90, 120]))


T('sprinter_speed',
  '{name} runs 100 m in {s} seconds. If {name} could keep the same speed, how many meters would {name} run in {t} seconds?',
  _g, dict(s=('s', 'time for 100 m'), t=('s', 'new time')),
  [S('v', '100[m] / s', 'm/s', "{name}'s speed", f='Speed = Distance / Time'),
   S('d', 'v * t', 'm', 'the distance in {t} seconds', f='Distance = Speed * Time')],
  'the distance {name} would run in {t} seconds')


def _rt(r):
    from fractions import Fraction as F
    while True:
        t1, t2 = r.choice([(2, 3), (3, 2), (2, 2.5), (3, 4), (1.5, 2), (4, 5), (2, 4)])
        d = r.choice([60, 120, 180, 240])
        v1, v2 = F(d) / F(str(t1)), F(d) / F(str(t2))
        if v1.denominator == 1 and v2.denominator == 1:
            return dict(name=nm(r), d=d, v1=int(v1), v2=int(v2))


T('round_trip_average',
  '{name} drives {d} km to the coast at {v1} km/h and drives back the same way at {v2} km/h. '
  'What is the average speed for the whole round trip?', _rt,
  dict(d=('km', 'distance each way'), v1=('km/h', 'speed there'), v2=('km/h', 'speed back')),
  [S('t1', 'd / v1', 'h', 'the time there'),
   S('t2', 'd / v2', 'h', 'the time back'),
   S('tt', 't1 + t2', 'h', 'the total time'),
   S('td', 'd * 2', 'km', 'the total distance'),
   S('avg', 'td / tt', 'km/h', 'the average speed', f='Average speed = Total distance / Total time')],
  'the average speed for the round trip')


def _g(r):
    v = r.choice([30, 40, 45, 50, 60])
    return dict(name=nm(r), d=r.choice([9, 12, 15, 18, 20, 24, 25, 30]), n=r.choice([4, 5, 6]), v=v)


T('weekly_commute_hours',
  '{name} lives {d} km from work and drives there and back {n} days a week. {name}\'s average driving speed is '
  '{v} km/h. How many hours does {name} spend commuting each week?', _g,
  dict(d=('km', 'one-way distance'), n=('day', 'days per week'), v=('km/h', 'average speed')),
  [S('daily', 'd * 2', 'km', 'the daily round trip'),
   S('wk', 'daily * n', 'km', 'the weekly distance'),
   S('h', 'wk / v', 'h', 'the weekly driving time', f='Time = Distance / Speed')],
  'the weekly commuting time')


def _g(r):
    return dict(c=r.choice([4, 5, 6, 8, 10, 12, 15]), h=r.choice([2, 3, 4, 5, 2.5, 1.5]))


T('snail_meters',
  'A snail crawls {c} cm every minute. How many meters does it crawl in {h} hours?', _g,
  dict(c=('cm/min', 'speed'), h=('h', 'time')),
  [S('mins', 'h * 60[min/h]', 'min', 'the time in minutes'),
   S('cm', 'c * mins', 'cm', 'the distance in centimeters'),
   S('m', 'cm / 100[cm/m]', 'm', 'the distance in meters')],
  'the distance in meters')


def _g(r):
    v = r.choice([10, 12, 15, 20, 25, 16])
    return dict(km=r.choice([3, 4.5, 6, 7.2, 9, 12, 3.6, 4.8]), v=v)


T('drone_minutes',
  'A delivery drone flies at {v} m/s. How many minutes does it take to fly {km} km?', _g,
  dict(km=('km', 'distance'), v=('m/s', 'speed')),
  [S('m', 'km * 1000[m/km]', 'm', 'the distance in meters'),
   S('s', 'm / v', 's', 'the flight time in seconds', f='Time = Distance / Speed'),
   S('mins', 's / 60[s/min]', 'min', 'the flight time in minutes')],
  'the flight time in minutes')


def _g(r):
    v = r.choice([20, 24, 30, 36, 40])
    return dict(d=v * r.choice([0.5, 0.75, 1, 1.5, 1.25]), v=v, n=r.choice([6, 8, 10, 12, 15]),
                s=r.choice([1, 1.5, 2, 0.5]))


T('bus_route_stops',
  'A city bus route is {d} km long. The bus drives at an average of {v} km/h between stops and makes {n} stops '
  'of {s} minutes each. How many minutes does one trip along the route take?', _g,
  dict(d=('km', 'route length'), v=('km/h', 'driving speed'), n=('stops', 'number of stops'),
       s=('min', 'time per stop')),
  [S('h', 'd / v', 'h', 'the driving time in hours'),
   S('m', 'h * 60[min/h]', 'min', 'the driving time in minutes'),
   S('st', 'n * s', 'min', 'the time spent at stops'),
   S('tot', 'm + st', 'min', 'the total trip time')],
  'the time for one trip in minutes')


def _g(r):
    l = r.choice([25, 50])
    return dict(name=nm(r), l=l, n=r.choice([8, 10, 12, 16, 20, 24, 30]), t=r.choice([10, 12, 15, 16, 20, 25]))


T('swimmer_pool_speed',
  '{name} swims {n} lengths of a {l} m pool in {t} minutes. What is {name}\'s average speed in meters per minute?',
  _g, dict(n=('lengths', 'number of lengths'), l=('m', 'pool length'), t=('min', 'time')),
  [S('tot', 'n * l', 'm', 'the total distance'),
   S('sp', 'tot / t', 'm/min', 'the average speed', f='Speed = Distance / Time')],
  "{name}'s average speed")


def _g(r):
    return dict(vs=r.choice([340, 343]), t=r.choice([2, 3, 4, 5, 6, 8, 10]))


T('thunder_distance',
  'Sound travels at about {vs} m/s in air. A student hears thunder {t} seconds after seeing the lightning. '
  'About how many kilometers away was the lightning?', _g,
  dict(vs=('m/s', 'speed of sound'), t=('s', 'delay')),
  [S('m', 'vs * t', 'm', 'the distance in meters', f='Distance = Speed * Time'),
   S('km', 'm / 1000[m/km]', 'km', 'the distance in kilometers', dp=3)],
  'the distance to the lightning')


def _g(r):
    G = r.choice([600, 800, 900, 1200, 1500, 1000])
    return dict(name=nm(r), G=G, ru=r.choice([200, 300, 400, 250]), rd=r.choice([500, 600, 400]))


T('hiker_up_down',
  '{name} hikes up a mountain trail that gains {G} m of elevation. {name} climbs {ru} m of elevation per hour on '
  'the way up and descends {rd} m per hour on the way down. How many hours does the hike take in total?', _g,
  dict(G=('m', 'elevation gain'), ru=('m/h', 'climbing rate'), rd=('m/h', 'descending rate')),
  [S('up', 'G / ru', 'h', 'the time going up'),
   S('dn', 'G / rd', 'h', 'the time coming down'),
   S('tot', 'up + dn', 'h', 'the total hiking time')],
  'the total time of the hike')


def _g(r):
    v1 = r.choice([1, 1.5, 1.2])
    v2 = r.choice([0.5, 1, 0.8])
    return dict(L=(v1 + v2) * r.choice([20, 30, 40, 50, 60]), v1=v1, v2=v2)


T('moving_walkway',
  'At an airport, a moving walkway is {L} m long and moves at {v2} m/s. A traveler walks on it at {v1} m/s. '
  'How many seconds does it take the traveler to reach the end?', _g,
  dict(L=('m', 'walkway length'), v1=('m/s', 'walking speed'), v2=('m/s', 'walkway speed')),
  [S('comb', 'v1 + v2', 'm/s', 'the combined speed'),
   S('t', 'L / comb', 's', 'the time', f='Time = Distance / Speed')],
  'the time to reach the end')


def _g(r):
    return dict(c=r.choice([2, 4, 5, 2.5, 1.5, 3]), m=r.choice([10, 20, 30, 40, 50]))


T('rover_cm_per_s',
  'A Mars rover moves at {c} cm per second. How many meters can it move in {m} minutes?', _g,
  dict(c=('cm/s', 'speed'), m=('min', 'time')),
  [S('s', 'm * 60[s/min]', 's', 'the time in seconds'),
   S('cm', 'c * s', 'cm', 'the distance in centimeters'),
   S('meters', 'cm / 100[cm/m]', 'm', 'the distance in meters')],
  'the distance the rover moves in meters')


def _g(r):
    v = r.choice([80, 100, 120, 90])
    v2 = r.choice([60, 75, 80, 50])
    d = r.choice([240, 300, 360, 400, 600, 450])
    return dict(d=d, v=v, v2=v2)


T('train_delay_minutes',
  'A train is scheduled to cover {d} km at {v} km/h. Because of track work it can only average {v2} km/h. '
  'How many minutes later than scheduled does it arrive?', _g,
  dict(d=('km', 'distance'), v=('km/h', 'scheduled speed'), v2=('km/h', 'actual speed')),
  [S('t1', 'd / v', 'h', 'the scheduled time', f='Time = Distance / Speed'),
   S('t2', 'd / v2', 'h', 'the actual time', f='Time = Distance / Speed'),
   S('diff', 't2 - t1', 'h', 'the delay in hours'),
   S('mins', 'diff * 60[min/h]', 'min', 'the delay in minutes')],
  'the delay in minutes')


def _g(r):
    pace = r.choice([5, 5.5, 6, 6.5, 4.5])
    return dict(name=nm(r), m=pace * 10, D=r.choice([12, 20, 24, 30, 36]))


T('race_pace_hours',
  '{name} finishes a 10 km race in {m} minutes. Running at the same pace, how many hours would it take {name} to '
  'run {D} km?', _g,
  dict(m=('min', 'time for 10 km'), D=('km', 'new distance')),
  [S('pace', 'm / 10[km]', 'min', 'the pace per kilometer'),
   S('tot', 'pace * D', 'min', 'the time for {D} km'),
   S('h', 'tot / 60[min/h]', 'h', 'the time in hours')],
  'the time to run {D} km')


def _g(r):
    v = r.choice([6, 8, 9, 10, 12, 15])
    return dict(name=nm(r), v=v, m=r.choice([20, 30, 40, 45, 50, 90]))


T('jog_kmh_minutes',
  '{name} jogs at {v} km/h for {m} minutes. How many kilometers does {name} jog?', _g,
  dict(v=('km/h', 'speed'), m=('min', 'time')),
  [S('h', 'm / 60[min/h]', 'h', 'the time in hours', dp=3),
   S('d', 'v * h', 'km', 'the distance', f='Distance = Speed * Time')],
  'the distance {name} jogs')


def _g(r):
    return dict(v1=r.choice([50, 60, 70, 80]), v2=r.choice([80, 90, 100, 110, 120]), t=r.choice([2, 3, 1.5, 2.5, 4]))


T('two_trains_apart',
  'Two trains leave the same station at the same time heading in opposite directions. One travels at {v1} km/h '
  'and the other at {v2} km/h. How far apart are they after {t} hours?', _g,
  dict(v1=('km/h', 'first speed'), v2=('km/h', 'second speed'), t=('h', 'time')),
  [S('d1', 'v1 * t', 'km', 'the distance of the first train'),
   S('d2', 'v2 * t', 'km', 'the distance of the second train'),
   S('tot', 'd1 + d2', 'km', 'the distance between them')],
  'the distance between the trains after {t} hours')
