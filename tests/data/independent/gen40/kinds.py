"""Problem structures for rates / speed / work word problems. Each kind: gen(rng)->params, sol(S,p), phrasings."""
from core import T, F, raw_frac_sum, hm_tail, min_tail, num_str, round2


def approx_note(v):
    """Hard-but-correct: a rounded decimal next to an exact fraction of an hour."""
    v = F(v)
    if num_str(v, False, 4) is not None:
        return None
    r = round2(v)
    return '(%d/%d h is about %s h, so we keep the exact fraction.)' % (v.numerator, v.denominator, num_str(r))

PEOPLE = [('Maria', 'she', 'her'), ('James', 'he', 'his'), ('Aisha', 'she', 'her'), ('Tom', 'he', 'his'),
          ('Priya', 'she', 'her'), ('Carlos', 'he', 'his'), ('Lena', 'she', 'her'), ('Omar', 'he', 'his'),
          ('Sofia', 'she', 'her'), ('Ben', 'he', 'his'), ('Mei', 'she', 'her'), ('Diego', 'he', 'his'),
          ('Hannah', 'she', 'her'), ('Kwame', 'he', 'his'), ('Rosa', 'she', 'her'), ('Ethan', 'he', 'his')]


def person(r, p, key=''):
    n, pr, pos = r.choice(PEOPLE)
    p['name' + key], p['pr' + key], p['pos' + key] = n, pr, pos
    p['Pr' + key] = pr.capitalize()
    p['Pos' + key] = pos.capitalize()


def two_people(r, p):
    a, b = r.sample(PEOPLE, 2)
    p['name'], p['pr'], p['pos'] = a
    p['name2'], p['pr2'], p['pos2'] = b


KINDS = []


def kind(name, phr, final_unit=None):
    def deco(fn_pair):
        gen, sol = fn_pair
        KINDS.append(dict(name=name, gen=gen, sol=sol, phr=phr))
        return fn_pair
    return deco


# ------------------------------------------------------------------ 1 two-part drive, total distance
def g1(r):
    p = {}
    person(r, p)
    p['s1'] = r.choice([40, 45, 50, 55, 60, 65, 70])
    p['t1'] = r.choice([F(3, 2), F(5, 2), 2, 3, F(9, 4), F(7, 2)])
    p['s2'] = r.choice([30, 35, 48, 52, 62, 75])
    p['t2'] = r.choice([F(1, 2), F(3, 4), 1, F(5, 4), F(3, 2), 2])
    p['veh'] = r.choice(['car', 'van', 'truck', 'bus'])
    return p


def s1(S, p):
    S.given('Speed, first part', p['s1'], 'mph')
    S.given('Time, first part', p['t1'], 'h')
    S.given('Speed, second part', p['s2'], 'mph')
    S.given('Time, second part', p['t2'], 'h')
    d1 = S.calc('Distance for the first part', [T(p['s1'], 'mph'), T(p['t1'], 'h')], ['*'], 'mi', sym='d1',
                formula='Distance = Speed × Time', say='In the first part, %s covers {c}.' % p['name'],
                note='So the first part is {v}.')
    d2 = S.calc('Distance for the second part', [T(p['s2'], 'mph'), T(p['t2'], 'h')], ['*'], 'mi', sym='d2',
                say='In the second part, %s covers {c}.' % p['name'])
    tot = S.calc('Total distance', [T(d1, 'mi'), T(d2, 'mi')], ['+'], 'mi', sym='total',
                 say='Altogether that is {c}.')
    S.answer(tot, 'mi', 'num', '%s drives {v} in total.' % p['name'])


KINDS.append(dict(name='two_part_drive', anon='the driver', gen=g1, sol=s1, phr=[
    "{name} drives {pos} {veh} at {s1} mph for {t1} hours, then slows to {s2} mph for another {t2} hours. How many miles does {pr} drive in total?",
    "A {veh} travels for {t1} hours at an average speed of {s1} miles per hour and then for {t2} hours at {s2} miles per hour. What is the total distance it travels, in miles?",
    "On a road trip, {name} kept a steady {s1} mph for {t1} h. After a stop, {pr} drove {t2} h more at {s2} mph. How far did {pr} go altogether?",
    "{name}'s {veh} goes {s1} mph on the highway and {s2} mph on back roads. {Pr} spends {t1} hours on the highway and {t2} hours on back roads. How many miles is the whole trip?",
    "How many miles does a {veh} cover if it moves at {s1} mph for {t1} hours and then at {s2} mph for {t2} hours?",
]))


# ------------------------------------------------------------------ 2 time in minutes
def g2(r):
    p = {}
    person(r, p)
    s = r.choice([40, 48, 60, 64, 72, 80, 90])
    t = r.choice([F(5, 4), F(3, 2), F(5, 2), F(3, 4), F(9, 4), F(7, 4), F(11, 4), F(7, 2)])
    if (s * t).denominator != 1:
        return None
    p['s'], p['d'], p['t'] = s, s * t, t
    p['place'] = r.choice(['the lake', 'the airport', "her grandmother's house", 'the coast', 'the city', 'the stadium'])
    return p


def s2(S, p):
    S.given('Distance', p['d'], 'km')
    S.given('Speed', p['s'], 'kmh')
    t = S.calc('Time in hours', [T(p['d'], 'km'), T(p['s'], 'kmh')], ['/'], 'h', sym='t',
               formula='Time = Distance ÷ Speed', say='The trip takes {c}.', tail=hm_tail)
    m = S.calc('Convert to minutes', [T(t, 'h'), T(60)], ['*'], 'min', sym='minutes',
               say='In minutes, that is {c}.')
    S.check([T(p['s'], 'kmh'), T(t, 'h')], ['*'], 'km')
    S.answer(m, 'min', 'num', 'The trip takes {v}.')


KINDS.append(dict(name='time_in_minutes', anon='the driver', gen=g2, sol=s2, phr=[
    "{name} drives {d} km to {place} at a constant speed of {s} km/h. How many minutes does the trip take?",
    "A train covers {d} km at {s} km/h. How long does the journey take, in minutes?",
    "The distance to {place} is {d} kilometers. If the bus averages {s} km/h, how many minutes will the ride last?",
    "At {s} km/h, how many minutes does it take to travel {d} km?",
    "{name} wants to know how many minutes {pr} will spend driving {d} km if {pr} keeps a speed of {s} km per hour. Find the time in minutes.",
]))


# ------------------------------------------------------------------ 3 speed from minutes
def g3(r):
    p = {}
    person(r, p)
    m = r.choice([15, 20, 30, 40, 45, 50, 75, 90, 36, 48])
    sp = r.choice([12, 15, 18, 24, 30, 20, 10])
    d = F(sp * m, 60)
    if d.denominator not in (1, 2):
        return None
    p['m'], p['sp'], p['d'] = m, sp, d
    p['act'] = r.choice(['cycles', 'rides a scooter', 'skates', 'jogs'])
    return p


def s3(S, p):
    S.given('Distance', p['d'], 'km')
    S.given('Time', p['m'], 'min')
    h = S.calc('Convert minutes to hours', [T(p['m'], 'min'), T(60)], ['/'], 'h', fmt='fnum', sym='t',
               say='First convert the time: {c}.', note=approx_note)
    v = S.calc('Speed', [T(p['d'], 'km'), T(h, 'h', 'fnum')], ['/'], 'kmh', sym='speed',
               formula='Speed = Distance ÷ Time', say='The speed is {c}.')
    S.check([T(v, 'kmh'), T(h, 'h', 'fnum')], ['*'], 'km')
    S.answer(v, 'kmh', 'num', '%s\'s average speed is {v}.' % p['name'])


KINDS.append(dict(name='speed_from_minutes', anon='the rider', gen=g3, sol=s3, phr=[
    "{name} {act} {d} km in {m} minutes. What is {pos} average speed in km/h?",
    "It takes {name} {m} minutes to cover {d} kilometers. Find {pos} speed in kilometers per hour.",
    "A delivery rider travels {d} km in {m} min. What is the rider's average speed in km/h?",
    "{name} {act} to school, a distance of {d} km, and the trip takes {m} minutes. How fast does {pr} go, in km/h?",
    "If someone covers {d} km in {m} minutes at a steady pace, what is that speed in km/h?",
]))


# ------------------------------------------------------------------ 4 average speed, two legs by distance
def g4(r):
    p = {}
    person(r, p)
    s1, s2 = r.sample([30, 40, 45, 50, 60, 75, 80], 2)
    t1 = F(r.choice([1, F(3, 2), 2, F(5, 2), 3]))
    t2 = F(r.choice([F(1, 2), 1, F(3, 2), 2, 3]))
    d1, d2 = s1 * t1, s2 * t2
    if d1.denominator != 1 or d2.denominator != 1:
        return None
    avg = (d1 + d2) / (t1 + t2)
    if (avg * 100).denominator != 1 or avg == F(s1 + s2, 2):
        return None
    p.update(s1=s1, s2=s2, d1=d1, d2=d2)
    return p


def s4(S, p):
    S.given('First leg', p['d1'], 'mi')
    S.given('Speed on first leg', p['s1'], 'mph')
    S.given('Second leg', p['d2'], 'mi')
    S.given('Speed on second leg', p['s2'], 'mph')
    t1 = S.calc('Time for the first leg', [T(p['d1'], 'mi'), T(p['s1'], 'mph')], ['/'], 'h', sym='t1',
                formula='Time = Distance ÷ Speed', say='The first leg takes {c}.', tail=hm_tail)
    t2 = S.calc('Time for the second leg', [T(p['d2'], 'mi'), T(p['s2'], 'mph')], ['/'], 'h', sym='t2',
                say='The second leg takes {c}.', tail=hm_tail)
    D = S.calc('Total distance', [T(p['d1'], 'mi'), T(p['d2'], 'mi')], ['+'], 'mi', sym='D',
               say='The total distance is {c}.')
    Tt = S.calc('Total time', [T(t1, 'h'), T(t2, 'h')], ['+'], 'h', sym='T', say='The total time is {c}.')
    a = S.calc('Average speed', [T(D, 'mi'), T(Tt, 'h')], ['/'], 'mph', sym='avg',
               formula='Average_speed = Total_distance ÷ Total_time',
               say='The average speed is total distance over total time: {c}.',
               note='(Not the simple mean of %d and %d mph, because the legs take different times.)' % (p['s1'], p['s2']))
    S.answer(a, 'mph', 'num', 'The average speed for the whole trip is {v}.')


KINDS.append(dict(name='avg_speed_two_legs', gen=g4, sol=s4, phr=[
    "{name} drives {d1} miles at {s1} mph and then {d2} miles at {s2} mph. What is {pos} average speed for the whole trip?",
    "A cyclist-turned-driver covers the first {d1} miles of a trip at {s1} miles per hour and the remaining {d2} miles at {s2} miles per hour. Find the average speed for the entire trip in mph.",
    "A truck travels {d1} mi at {s1} mph, then {d2} mi at {s2} mph. What is the truck's average speed over both legs?",
    "The first part of {name}'s journey is {d1} miles long and {pr} averages {s1} mph. The second part is {d2} miles at {s2} mph. What is the average speed for the journey?",
    "Find the average speed, in mph, of a bus that goes {d1} miles at {s1} mph and then another {d2} miles at {s2} mph.",
]))


# ------------------------------------------------------------------ 5 round trip
RT = [(30, 60), (40, 60), (60, 90), (20, 30), (45, 90), (48, 72), (50, 75), (60, 40), (90, 60), (36, 45), (60, 30)]


def g5(r):
    p = {}
    person(r, p)
    a, b = r.choice(RT)
    from math import lcm
    base = lcm(a, b)
    d = base * r.choice([1, 2, 3]) if base <= 120 else base
    if d > 400:
        d = base
    p.update(a=a, b=b, d=d)
    p['place'] = r.choice(['the beach', 'a conference', 'the mountains', 'a friend\'s farm'])
    return p


def s5(S, p):
    S.given('One-way distance', p['d'], 'km')
    S.given('Speed going', p['a'], 'kmh')
    S.given('Speed returning', p['b'], 'kmh')
    t1 = S.calc('Time going', [T(p['d'], 'km'), T(p['a'], 'kmh')], ['/'], 'h', sym='t_out',
                formula='Time = Distance ÷ Speed', say='Going there takes {c}.', tail=hm_tail)
    t2 = S.calc('Time returning', [T(p['d'], 'km'), T(p['b'], 'kmh')], ['/'], 'h', sym='t_back',
                say='Coming back takes {c}.', tail=hm_tail)
    D = S.calc('Total distance', [T(p['d'], 'km'), T(2)], ['*'], 'km', sym='D', say='The round trip is {c}.')
    Tt = S.calc('Total time', [T(t1, 'h'), T(t2, 'h')], ['+'], 'h', sym='T', say='The total time is {c}.')
    a = S.calc('Average speed', [T(D, 'km'), T(Tt, 'h')], ['/'], 'kmh', sym='avg',
               formula='Average_speed = Total_distance ÷ Total_time', say='So the average speed is {c}.')
    S.answer(a, 'kmh', 'num', 'The average speed for the round trip is {v}.')


KINDS.append(dict(name='round_trip_avg', gen=g5, sol=s5, phr=[
    "{name} drives {d} km to {place} at {a} km/h and returns along the same road at {b} km/h. What is {pos} average speed for the round trip?",
    "A car goes {d} km at {a} km/h and comes back the same {d} km at {b} km/h. Find the average speed for the whole round trip in km/h.",
    "The road to {place} is {d} km long. {name} goes there at {a} km/h and back at {b} km/h. What is the average speed over the entire trip?",
    "On the way out a bus averages {a} km/h over {d} km; on the way back it averages {b} km/h. What is its average speed for the round trip? (Hint: it's not just the mean of the two speeds.)",
    "{name} commutes {d} km each way. In the morning {pr} averages {a} km/h and in the evening {b} km/h. What is {pos} average speed for the day's round trip?",
]))


# ------------------------------------------------------------------ 6 average speed given times
def g6(r):
    p = {}
    person(r, p)
    s1, s2 = r.sample([40, 44, 50, 55, 60, 65, 70, 72], 2)
    t1 = F(r.choice([1, 2, 3, F(3, 2), F(5, 2)]))
    t2 = F(r.choice([1, 2, 3, F(1, 2), 4]))
    d1, d2 = s1 * t1, s2 * t2
    if d1.denominator != 1 or d2.denominator != 1 or t1 == t2:
        return None
    avg = (d1 + d2) / (t1 + t2)
    if (avg * 100).denominator != 1:
        return None
    p.update(s1=s1, s2=s2, t1=t1, t2=t2)
    return p


def s6(S, p):
    S.given('Speed 1', p['s1'], 'mph')
    S.given('Time 1', p['t1'], 'h')
    S.given('Speed 2', p['s2'], 'mph')
    S.given('Time 2', p['t2'], 'h')
    d1 = S.calc('Distance in the first stretch', [T(p['s1'], 'mph'), T(p['t1'], 'h')], ['*'], 'mi', sym='d1',
                formula='Distance = Speed × Time', say='First stretch: {c}.')
    d2 = S.calc('Distance in the second stretch', [T(p['s2'], 'mph'), T(p['t2'], 'h')], ['*'], 'mi', sym='d2',
                say='Second stretch: {c}.')
    D = S.calc('Total distance', [T(d1, 'mi'), T(d2, 'mi')], ['+'], 'mi', sym='D', say='Total distance: {c}.')
    Tt = S.calc('Total time', [T(p['t1'], 'h'), T(p['t2'], 'h')], ['+'], 'h', sym='T', say='Total time: {c}.')
    a = S.calc('Average speed', [T(D, 'mi'), T(Tt, 'h')], ['/'], 'mph', sym='avg',
               say='Average speed: {c}.')
    S.answer(a, 'mph', 'num', 'The average speed is {v}.')


KINDS.append(dict(name='avg_speed_given_times', gen=g6, sol=s6, phr=[
    "{name} drives for {t1} hours at {s1} mph and then for {t2} hours at {s2} mph. What is {pos} average speed for the whole drive?",
    "A train runs at {s1} mph for {t1} h and then at {s2} mph for {t2} h. What is its average speed in mph?",
    "For the first {t1} hours of a trip the speed was {s1} miles per hour; for the next {t2} hours it was {s2} miles per hour. Find the average speed.",
    "{name} spent {t1} hours driving at {s1} mph before traffic changed, and then {t2} hours at {s2} mph. Compute the average speed over the entire time.",
    "What is the average speed of a car that goes {s1} mph for {t1} hours and {s2} mph for {t2} hours?",
]))


# ------------------------------------------------------------------ 7 meeting head-on
def g7(r):
    p = {}
    two_people(r, p)
    a = r.choice([40, 45, 50, 55, 60, 65, 70])
    b = r.choice([35, 45, 50, 55, 60, 75, 80])
    t = r.choice([F(3, 2), 2, F(5, 2), 3, F(3, 4), F(5, 4), 4])
    D = (a + b) * t
    if D.denominator != 1:
        return None
    p.update(a=a, b=b, D=D, t=t)
    p['c1'], p['c2'] = r.choice([('Denver', 'Omaha'), ('Town A', 'Town B'), ('Lyon', 'Paris'), ('Riverside', 'Hillview')])
    return p


def s7(S, p):
    S.given('Distance apart', p['D'], 'km')
    S.given('Speed of first', p['a'], 'kmh')
    S.given('Speed of second', p['b'], 'kmh')
    c = S.calc('Closing speed', [T(p['a'], 'kmh'), T(p['b'], 'kmh')], ['+'], 'kmh', sym='v_close',
               say='Since they move toward each other, the gap shrinks at {c}.')
    t = S.calc('Time until they meet', [T(p['D'], 'km'), T(c, 'kmh')], ['/'], 'h', sym='t',
               formula='Time = Distance ÷ Closing_speed', say='They meet after {c}.', tail=hm_tail)
    S.check([T(p['a'], 'kmh'), T(t, 'h')], ['*'], 'km')
    S.answer(t, 'h', 'num', 'They meet after {v}.')


KINDS.append(dict(name='meeting_head_on', gen=g7, sol=s7, phr=[
    "Two trains start at the same time from {c1} and {c2}, which are {D} km apart, and travel toward each other. One goes {a} km/h and the other {b} km/h. After how many hours do they meet?",
    "{name} and {name2} live {D} km apart. They drive toward each other at {a} km/h and {b} km/h. How many hours until they meet?",
    "Two cyclists-in-cars (really, two cars) leave towns {D} km apart at noon heading toward each other at {a} km/h and {b} km/h. In how many hours do they meet?",
    "A bus leaves {c1} for {c2} at {a} km/h just as a truck leaves {c2} for {c1} at {b} km/h. The towns are {D} km apart. How long, in hours, before they pass each other?",
    "Two drones are {D} km apart and fly straight at each other with speeds of {a} km/h and {b} km/h. Find the time in hours until they meet.",
]))


# ------------------------------------------------------------------ 8 overtaking
def g8(r):
    p = {}
    two_people(r, p)
    s1 = r.choice([40, 45, 48, 50, 55, 60])
    s2 = s1 + r.choice([5, 10, 12, 15, 20])
    h = F(r.choice([F(1, 2), 1, F(3, 2), 2, F(3, 4)]))
    head = s1 * h
    t = head / (s2 - s1)
    if head.denominator != 1 or (t * 4).denominator != 1 or t > 12:
        return None
    p.update(s1=s1, s2=s2, h=h)
    return p


def s8(S, p):
    S.given('Speed of first car', p['s1'], 'mph')
    S.given('Speed of second car', p['s2'], 'mph')
    S.given('Head start', p['h'], 'h')
    hs = S.calc('Head start distance', [T(p['s1'], 'mph'), T(p['h'], 'h')], ['*'], 'mi', sym='gap',
                say='When the second car leaves, the first car is already {c} ahead.')
    cl = S.calc('Closing speed', [T(p['s2'], 'mph'), T(p['s1'], 'mph')], ['-'], 'mph', sym='v_close',
                say='The second car gains {c} on the first.')
    t = S.calc('Time to catch up', [T(hs, 'mi'), T(cl, 'mph')], ['/'], 'h', sym='t',
               formula='Time = Gap ÷ Closing_speed', say='It catches up after {c}.', tail=hm_tail)
    S.check([T(p['s2'], 'mph'), T(t, 'h')], ['*'], 'mi')
    S.answer(t, 'h', 'num', 'The second car catches up {v} after it leaves.')


KINDS.append(dict(name='overtaking', gen=g8, sol=s8, phr=[
    "{name} leaves home driving at {s1} mph. {h} hours later, {name2} leaves from the same place on the same road at {s2} mph. How many hours after {name2} leaves will {pr2} catch up?",
    "A freight train departs at {s1} mph. {h} h later an express train follows on a parallel track at {s2} mph. How long after it departs does the express train overtake the freight train?",
    "Car A starts out at {s1} mph. Car B starts from the same point {h} hours later going {s2} mph in the same direction. How many hours does Car B need to catch Car A?",
    "{name2} is chasing {name}, who left {h} hours earlier. {name} rides at {s1} mph and {name2} at {s2} mph. In how many hours will {name2} catch up?",
    "A truck going {s1} mph has a {h}-hour head start on a van going {s2} mph along the same highway. How many hours after the van starts does it pass the truck?",
]))


# ------------------------------------------------------------------ 9 moving apart, minutes
def g9(r):
    p = {}
    two_people(r, p)
    a = r.choice([4, 5, 6, 12, 15, 18])
    b = r.choice([3, 5, 8, 10, 14, 20])
    m = r.choice([15, 20, 30, 40, 45, 90, 36, 24])
    h = F(m, 60)
    if ((a + b) * h * 10).denominator != 1:
        return None
    p.update(a=a, b=b, m=m)
    return p


def s9(S, p):
    S.given('Speed of first', p['a'], 'kmh')
    S.given('Speed of second', p['b'], 'kmh')
    S.given('Time', p['m'], 'min')
    v = S.calc('Rate of separation', [T(p['a'], 'kmh'), T(p['b'], 'kmh')], ['+'], 'kmh', sym='v_apart',
               say='Moving in opposite directions, the distance between them grows at {c}.')
    h = S.calc('Time in hours', [T(p['m'], 'min'), T(60)], ['/'], 'h', fmt='fnum', sym='t',
               say='The time in hours is {c}.', note=approx_note)
    d = S.calc('Distance apart', [T(v, 'kmh'), T(h, 'h', 'fnum')], ['*'], 'km', sym='d',
               formula='Distance = Speed × Time', say='So they end up {c} apart.')
    S.answer(d, 'km', 'num', 'They are {v} apart.')


KINDS.append(dict(name='moving_apart', gen=g9, sol=s9, phr=[
    "{name} and {name2} start at the same spot and walk/ride in opposite directions, {name} at {a} km/h and {name2} at {b} km/h. How far apart are they after {m} minutes?",
    "Two boats leave the same dock at the same time, one heading east at {a} km/h and the other heading west at {b} km/h. How many kilometers apart are they after {m} minutes?",
    "From a crossroads, one runner heads north at {a} km/h while another heads south at {b} km/h. What is the distance between them after {m} min?",
    "{name} jogs away from the park gate at {a} km/h, and at the same moment {name2} cycles the opposite way at {b} km/h. How far apart are they {m} minutes later?",
    "Two scooters start back-to-back and move in opposite directions at {a} km/h and {b} km/h. After {m} minutes, how far apart are they in km?",
]))


# ------------------------------------------------------------------ 10 unit price
def g10(r):
    p = {}
    person(r, p)
    u = F(r.choice([45, 60, 75, 80, 85, 120, 125, 140, 175, 250]), 100)
    n = r.choice([4, 6, 8, 12, 5, 10])
    m = r.choice([9, 15, 20, 7, 14, 30])
    p.update(n=n, m=m, u=u, m_P=u * n)
    p['item'] = r.choice([('cans of soup', 'can'), ('granola bars', 'bar'), ('bottles of water', 'bottle'),
                          ('notebooks', 'notebook'), ('muffins', 'muffin')])
    p['items'], p['one'] = p['item']
    return p


def s10(S, p):
    S.given('Price of pack', p['m_P'], None, 'money')
    S.given('Items in pack', p['n'], 'items')
    u = S.calc('Price per %s' % p['one'], [T(p['m_P'], None, 'money'), T(p['n'], 'items')], ['/'], 'each', fmt='money',
               sym='unit_price', formula='Unit_price = Total_cost ÷ Number_of_items',
               say='Each %s costs {c}.' % p['one'], note='That is {v}.')
    c = S.calc('Cost of %d %s' % (p['m'], p['items']), [T(u, None, 'money'), T(p['m'], 'items')], ['*'], None, fmt='money',
               sym='cost', say='For %d of them: {c}.' % p['m'])
    S.answer(c, None, 'money', '%d %s cost {v}.' % (p['m'], p['items']))


KINDS.append(dict(name='unit_price', anon='the shopper', gen=g10, sol=s10, phr=[
    "A pack of {n} {items} costs {m_P}. At the same price per item, how much would {m} {items} cost?",
    "{name} pays {m_P} for {n} {items}. How much will {pr} pay for {m} {items} at that rate?",
    "If {n} {items} sell for {m_P}, what do {m} {items} cost?",
    "The store prices {items} at {m_P} for {n}. {name} needs {m}. How much will that cost, assuming the same unit price?",
    "At {m_P} per {n} {items}, find the cost of {m} {items}.",
]))


# ------------------------------------------------------------------ 11 better deal
def g11(r):
    p = {}
    person(r, p)
    na, nb = r.sample([8, 10, 12, 16, 20, 24, 32], 2)
    ua = F(r.choice([15, 18, 20, 22, 25, 30, 35]), 100)
    ub = ua - F(r.choice([2, 3, 4, 5]), 100)
    p.update(na=na, nb=nb, m_Pa=ua * na, m_Pb=ub * nb, N=r.choice([48, 64, 80, 96, 120]))
    p['prod'] = r.choice(['cereal', 'coffee', 'peanut butter', 'shampoo', 'juice'])
    return p


def s11(S, p):
    S.given('Small size', p['na'], 'oz')
    S.given('Small price', p['m_Pa'], None, 'money')
    S.given('Large size', p['nb'], 'oz')
    S.given('Large price', p['m_Pb'], None, 'money')
    ua = S.calc('Unit price of the %d-oz size' % p['na'], [T(p['m_Pa'], None, 'money'), T(p['na'], 'oz')], ['/'],
                'peroz', fmt='money', sym='u1', say='The %d-ounce size costs {c}.' % p['na'])
    ub = S.calc('Unit price of the %d-oz size' % p['nb'], [T(p['m_Pb'], None, 'money'), T(p['nb'], 'oz')], ['/'],
                'peroz', fmt='money', sym='u2', say='The %d-ounce size costs {c}.' % p['nb'])
    d = S.calc('Savings per ounce', [T(ua, 'peroz', 'money'), T(ub, 'peroz', 'money')], ['-'], 'peroz', fmt='money',
               sym='diff', say='The %d-oz size is cheaper by {c}.' % p['nb'])
    s = S.calc('Savings on %d ounces' % p['N'], [T(d, 'peroz', 'money'), T(p['N'], 'oz')], ['*'], None, fmt='money',
               sym='savings', say='Over %d ounces that saves {c}.' % p['N'])
    S.answer(s, None, 'money', 'Buying the better deal saves {v}.')


KINDS.append(dict(name='better_deal', anon='the shopper', gen=g11, sol=s11, phr=[
    "A {na}-oz jar of {prod} costs {m_Pa} and a {nb}-oz jar costs {m_Pb}. If {name} buys {N} ounces' worth at the cheaper unit price instead of the other, how much does {pr} save?",
    "Store brand {prod}: {na} oz for {m_Pa}. Name brand: {nb} oz for {m_Pb}. Compare prices per ounce and find how much is saved on {N} ounces by choosing the cheaper one.",
    "{name} compares two sizes of {prod}: {na} ounces for {m_Pa}, or {nb} ounces for {m_Pb}. How much money does the cheaper-per-ounce option save on {N} ounces?",
    "Which is the better buy, {na} oz of {prod} for {m_Pa} or {nb} oz for {m_Pb}? How much would you save on {N} oz by picking it?",
    "Unit pricing: a {na} oz box is {m_Pa}; a {nb} oz box is {m_Pb}. Find the savings on {N} oz when you buy at the lower price per ounce.",
]))


# ------------------------------------------------------------------ 12 combined work two
WP = [(3, 6), (4, 12), (6, 3), (10, 15), (12, 24), (20, 30), (2, 6), (6, 12), (5, 20), (12, 4), (8, 24), (3, 5), (6, 10), (9, 18)]


def g12(r):
    p = {}
    two_people(r, p)
    a, b = r.choice(WP)
    t = 1 / (F(1, a) + F(1, b))
    if (t * 60).denominator != 1:
        return None
    p.update(a=a, b=b)
    p['task'] = r.choice(['paint a fence', 'mow the lawn', 'clean the garage', 'stack the firewood', 'wash all the windows'])
    return p


def s12(S, p):
    S.given('%s alone' % p['name'], p['a'], 'h')
    S.given('%s alone' % p['name2'], p['b'], 'h')
    ra, rb = F(1, p['a']), F(1, p['b'])
    tot = S.calc('Combined rate', [T(ra, None, 'frac'), T(rb, None, 'frac')], ['+'], 'job', fmt='frac', sym='rate',
                 mids=raw_frac_sum([ra, rb]), formula='Combined_rate = Rate_1 + Rate_2',
                 say='%s does 1/%d of the job per hour and %s does 1/%d, so together: {c}.' % (p['name'], p['a'], p['name2'], p['b']))
    t = S.calc('Time together', [T(1), T(tot, None, 'frac')], ['/'], 'h', sym='t',
               formula='Time = 1_job ÷ Combined_rate', say='Working together they need {c}.', tail=hm_tail)
    S.answer(t, 'h', 'num', 'Together they finish in {v}.')


KINDS.append(dict(name='combined_work_two', gen=g12, sol=s12, phr=[
    "{name} can {task} in {a} hours. {name2} can do it in {b} hours. How long will it take them working together?",
    "Working alone, {name} takes {a} hours to {task}, and {name2} takes {b} hours. If they work together, how many hours will it take?",
    "It takes {name} {a} h and {name2} {b} h to {task} on their own. Working at those rates together, how long does the job take?",
    "One machine finishes a batch in {a} hours and a second machine finishes the same batch in {b} hours. How many hours do both machines need together?",
    "{name} needs {a} hours to {task}; {name2} needs {b}. How many hours if they team up?",
]))


# ------------------------------------------------------------------ 13 fill and drain
FD = [(3, 6), (4, 12), (2, 6), (6, 10), (4, 6), (3, 4), (5, 10), (6, 15), (2, 3), (8, 12), (10, 15), (3, 12)]


def g13(r):
    p = {}
    a, b = r.choice(FD)
    t = 1 / (F(1, a) - F(1, b))
    p.update(a=a, b=b)
    p['vessel'] = r.choice(['tank', 'pool', 'cistern', 'reservoir'])
    return p


def s13(S, p):
    S.given('Fill time (inlet)', p['a'], 'h')
    S.given('Drain time (outlet)', p['b'], 'h')
    ra, rb = F(1, p['a']), F(1, p['b'])
    net = S.calc('Net filling rate', [T(ra, None, 'frac'), T(rb, None, 'frac')], ['-'], 'tank', fmt='frac',
                 sym='net', mids=raw_frac_sum([ra, rb], ['-']), formula='Net_rate = Fill_rate - Drain_rate',
                 say='The inlet adds 1/%d of the %s per hour and the drain removes 1/%d, so the net rate is {c}.' % (p['a'], p['vessel'], p['b']))
    t = S.calc('Time to fill', [T(1), T(net, None, 'frac')], ['/'], 'h', sym='t',
               say='Filling the whole %s takes {c}.' % p['vessel'], tail=hm_tail)
    S.answer(t, 'h', 'num', 'The %s fills in {v}.' % p['vessel'])


KINDS.append(dict(name='fill_and_drain', gen=g13, sol=s13, phr=[
    "An inlet pipe can fill a {vessel} in {a} hours, and a drain can empty it in {b} hours. If both are open, how long does it take to fill the empty {vessel}?",
    "A {vessel} is filled by one pipe in {a} h. A leak would empty the full {vessel} in {b} h. With the leak open, how many hours does filling take?",
    "Pipe A fills a {vessel} in {a} hours; pipe B drains it in {b} hours. Both are opened at once on an empty {vessel}. When is it full?",
    "Someone forgot to close the drain! The tap fills the {vessel} in {a} hours, and the open drain empties it in {b} hours. How many hours until the {vessel} is full?",
    "A hose fills a {vessel} in {a} hours while an outlet empties it in {b} hours. Starting empty, with both running, how long until it is full?",
]))


# ------------------------------------------------------------------ 14 tank volume net rate
def g14(r):
    p = {}
    r1 = r.choice([12, 15, 18, 20, 25, 30, 40])
    r2 = r.choice([2, 3, 4, 5, 6, 8, 10])
    net = r1 - r2
    mins = r.choice([30, 45, 60, 75, 90, 120, 150])
    p.update(r1=r1, r2=r2, V=net * mins)
    p['vessel'] = r.choice(['tank', 'aquarium', 'water trough', 'storage tank'])
    return p


def s14(S, p):
    S.given('Tank volume', p['V'], 'L')
    S.given('Inflow', p['r1'], 'Lmin')
    S.given('Leak', p['r2'], 'Lmin')
    net = S.calc('Net rate', [T(p['r1'], 'Lmin'), T(p['r2'], 'Lmin')], ['-'], 'Lmin', sym='net',
                 say='Water actually accumulates at {c}.')
    m = S.calc('Time in minutes', [T(p['V'], 'L'), T(net, 'Lmin')], ['/'], 'min', sym='t',
               formula='Time = Volume ÷ Net_rate', say='Filling takes {c}.')
    h = S.calc('Time in hours', [T(m, 'min'), T(60)], ['/'], 'h', sym='t_h', say='In hours: {c}.', tail=hm_tail)
    S.check([T(net, 'Lmin'), T(m, 'min')], ['*'], 'L')
    S.answer(h, 'h', 'num', 'The %s is full after {v}.' % p['vessel'])


KINDS.append(dict(name='tank_net_volume', gen=g14, sol=s14, phr=[
    "A {V}-liter {vessel} is being filled at {r1} liters per minute, but it leaks {r2} liters per minute. How many hours does it take to fill the empty {vessel}?",
    "Water flows into an empty {vessel} at {r1} L/min while {r2} L/min leaks out. The {vessel} holds {V} L. How long does it take to fill, in hours?",
    "An empty {vessel} with capacity {V} liters gets {r1} L every minute from a hose and loses {r2} L every minute through a crack. Find the filling time in hours.",
    "A pump adds {r1} liters per minute to a {vessel} that holds {V} liters, while a drain removes {r2} liters per minute. How many hours until it is full?",
    "How many hours are needed to fill a {V} L {vessel} if water comes in at {r1} L/min and goes out at {r2} L/min?",
]))


# ------------------------------------------------------------------ 15 printer
def g15(r):
    p = {}
    person(r, p)
    rate = r.choice([12, 15, 18, 20, 24, 25, 30, 40])
    N = r.choice([8, 12, 15, 20, 24, 30, 36, 40])
    k = r.choice([10, 15, 20, 25, 30, 45, 50])
    if F(N * k, rate).denominator not in (1, 2, 4):
        return None
    p.update(rate=rate, N=N, k=k)
    return p


def s15(S, p):
    S.given('Pages per copy', p['N'], 'pages')
    S.given('Copies', p['k'], 'copies')
    S.given('Printer speed', p['rate'], 'ppm')
    tp = S.calc('Total pages', [T(p['N'], 'pages'), T(p['k'], 'copies')], ['*'], 'pages', sym='pages',
                say='%s needs {c}.' % p['name'])
    m = S.calc('Printing time', [T(tp, 'pages'), T(p['rate'], 'ppm')], ['/'], 'min', sym='t',
               formula='Time = Pages ÷ Rate', say='At %d pages per minute this takes {c}.' % p['rate'], tail=min_tail)
    S.answer(m, 'min', 'num', 'The job takes {v}.')


KINDS.append(dict(name='printer_time', anon='the office', gen=g15, sol=s15, phr=[
    "{name} needs to print {k} copies of a {N}-page handout. The printer prints {rate} pages per minute. How many minutes will the job take?",
    "A printer produces {rate} pages/min. How long, in minutes, does it take to print {k} copies of a {N}-page report?",
    "For a workshop, {name} prints {k} booklets that are {N} pages each on a printer rated at {rate} pages per minute. How many minutes does printing take?",
    "How many minutes will a {rate}-page-per-minute printer need to print {k} copies of a document that is {N} pages long?",
    "The school copier runs at {rate} ppm. {name} has to make {k} copies of a {N}-page packet. Find the printing time in minutes.",
]))


# ------------------------------------------------------------------ 16 reading rate
def g16(r):
    p = {}
    person(r, p)
    n = r.choice([6, 8, 9, 10, 12, 15, 18])
    m = r.choice([10, 15, 20, 30, 12, 24])
    rate = F(n, m)
    if (rate * 100).denominator != 1:
        return None
    B = r.choice([180, 240, 300, 360, 450, 480, 270])
    mins = B / rate
    if mins.denominator != 1 or (mins / 60 * 100).denominator != 1:
        return None
    p.update(n=n, m=m, B=B)
    return p


def s16(S, p):
    S.given('Pages read', p['n'], 'pages')
    S.given('Time', p['m'], 'min')
    S.given('Book length', p['B'], 'pages')
    rate = S.calc('Reading rate', [T(p['n'], 'pages'), T(p['m'], 'min')], ['/'], 'ppm', sym='rate',
                  formula='Rate = Pages ÷ Time', say='%s reads {c}.' % p['name'])
    m = S.calc('Minutes for the book', [T(p['B'], 'pages'), T(rate, 'ppm')], ['/'], 'min', sym='t',
               say='The whole book takes {c}.')
    h = S.calc('Convert to hours', [T(m, 'min'), T(60)], ['/'], 'h', sym='t_h', say='That is {c}.', tail=hm_tail)
    S.answer(h, 'h', 'num', '%s needs {v} to read the book.' % p['name'])


KINDS.append(dict(name='reading_rate', anon='the reader', gen=g16, sol=s16, phr=[
    "{name} reads {n} pages in {m} minutes. At this rate, how many hours will it take {pos} to read a {B}-page book?",
    "If a reader gets through {n} pages every {m} minutes, how many hours does a {B}-page novel take?",
    "{name} timed {pos} reading: {n} pages in {m} min. {Pr} wants to finish a {B}-page book. How many hours will that take?",
    "At a steady pace of {n} pages per {m} minutes, how long, in hours, is needed to read {B} pages?",
    "{name}'s book has {B} pages. {Pr} reads {n} pages in {m} minutes. How many hours of reading is that?",
]))


# ------------------------------------------------------------------ 17 overtime pay
def g17(r):
    p = {}
    person(r, p)
    rate = F(r.choice([12, 14, 15, 16, 18, 20, 22, 24, 25, 1650, 1850, 2150]))
    if rate > 100:
        rate = rate / 100
    H = 40 + r.choice([3, 4, 5, 6, 8, 10, 12])
    if (rate * 3 / 2 * 100).denominator != 1:
        return None
    p.update(m_rate=rate, H=H)
    return p


def s17(S, p):
    S.given('Hourly wage', p['m_rate'], 'perh', 'money')
    S.given('Hours worked', p['H'], 'h')
    reg = S.calc('Regular pay', [T(40, 'h'), T(p['m_rate'], 'perh', 'money')], ['*'], None, fmt='money', sym='regular',
                 say='For the first 40 hours %s earns {c}.' % p['name'])
    ot = S.calc('Overtime hours', [T(p['H'], 'h'), T(40, 'h')], ['-'], 'h', sym='ot_hours',
                say='Overtime hours: {c}.')
    orate = S.calc('Overtime rate', [T(F(3, 2)), T(p['m_rate'], 'perh', 'money')], ['*'], 'perh', fmt='money',
                   sym='ot_rate', formula='Overtime_rate = 1.5 × Regular_rate', say='The overtime rate is {c}.')
    op = S.calc('Overtime pay', [T(ot, 'h'), T(orate, 'perh', 'money')], ['*'], None, fmt='money', sym='ot_pay',
                say='Overtime pay is {c}.')
    tot = S.calc('Total pay', [T(reg, None, 'money'), T(op, None, 'money')], ['+'], None, fmt='money', sym='total',
                 say='Total for the week: {c}.')
    S.answer(tot, None, 'money', '%s earns {v} this week.' % p['name'])


KINDS.append(dict(name='overtime_pay', anon='the worker', gen=g17, sol=s17, phr=[
    "{name} earns {m_rate} per hour and gets time-and-a-half for every hour over 40 in a week. This week {pr} worked {H} hours. How much did {pr} earn?",
    "A worker is paid {m_rate}/hour for the first 40 hours and 1.5 times that rate for overtime. How much does the worker make in a {H}-hour week?",
    "{name}'s base pay is {m_rate} an hour. Hours beyond 40 are paid at 1.5x. What is {pos} pay for a week in which {pr} works {H} hours?",
    "If overtime (hours over 40) pays 1.5 times the regular rate of {m_rate} per hour, what are the total earnings for {H} hours of work?",
    "{name} clocked {H} hours last week. Regular pay is {m_rate} per hour up to 40 hours, and overtime pays time and a half. What was {pos} total pay?",
]))


# ------------------------------------------------------------------ 18 hourly from total
def g18(r):
    p = {}
    person(r, p)
    rate = F(r.choice([1150, 1250, 1400, 1575, 1620, 1800, 2240, 1325]), 100)
    h = r.choice([4, 5, 6, 8, 12, 20])
    H = r.choice([3, 7, 9, 15, 25, 30])
    p.update(m_rate=rate, h=h, H=H, m_E=rate * h)
    return p


def s18(S, p):
    S.given('Earned', p['m_E'], None, 'money')
    S.given('Hours', p['h'], 'h')
    r_ = S.calc('Hourly rate', [T(p['m_E'], None, 'money'), T(p['h'], 'h')], ['/'], 'perh', fmt='money', sym='rate',
                formula='Rate = Earnings ÷ Hours', say='%s makes {c}.' % p['name'])
    e = S.calc('Earnings for %d hours' % p['H'], [T(r_, 'perh', 'money'), T(p['H'], 'h')], ['*'], None, fmt='money',
               sym='pay', say='For %d hours: {c}.' % p['H'])
    S.answer(e, None, 'money', '%s would earn {v}.' % p['name'])


KINDS.append(dict(name='hourly_rate', anon='the worker', gen=g18, sol=s18, phr=[
    "{name} earned {m_E} for {h} hours of tutoring. At the same hourly rate, how much will {pr} earn for {H} hours?",
    "A part-time job paid {m_E} for a {h}-hour shift. How much would {H} hours pay at that rate?",
    "{name} made {m_E} working {h} hours at the cafe. How much does {pr} make if {pr} works {H} hours next week?",
    "If {h} hours of work earn {m_E}, what do {H} hours earn?",
    "For {h} hours of dog walking {name} was paid {m_E}. What should {pr} be paid for {H} hours?",
]))


# ------------------------------------------------------------------ 19 km/h to m/min
def g19(r):
    p = {}
    person(r, p)
    s = F(r.choice([3, F(9, 2), 6, 9, 12, 15, 18, F(27, 5)]))
    mm = s * 1000 / 60
    X = mm * r.choice([8, 12, 15, 20, 24, 30])
    if mm.denominator != 1 or X.denominator != 1:
        return None
    p.update(s=s, X=X)
    return p


def s19(S, p):
    S.given('Speed', p['s'], 'kmh')
    S.given('Distance', p['X'], 'm')
    mh = S.calc('Speed in meters per hour', [T(p['s'], 'kmh'), T(1000)], ['*'], 'mh', sym='v',
                say='First, {c}, since 1 km = 1000 m.')
    mm = S.calc('Speed in meters per minute', [T(mh, 'mh'), T(60)], ['/'], 'mmin', sym='v',
                say='Per minute that is {c}.')
    t = S.calc('Time for %s m' % p['X'], [T(p['X'], 'm'), T(mm, 'mmin')], ['/'], 'min', sym='t',
               formula='Time = Distance ÷ Speed', say='So the distance takes {c}.')
    S.answer(t, 'min', 'num', 'It takes {v}.')


KINDS.append(dict(name='kmh_to_m_per_min', gen=g19, sol=s19, phr=[
    "{name} walks at {s} km/h. How many minutes does it take {pos} to walk {X} meters?",
    "A robot moves at {s} kilometers per hour. Convert this to meters per minute and find how many minutes it needs to travel {X} m.",
    "How long, in minutes, does it take to cover {X} meters at a speed of {s} km/h?",
    "{name} rows at {s} km/h. The far side of the lake is {X} m away. How many minutes will {pr} take to get there?",
    "A conveyor belt runs at {s} km/h. How many minutes does a box take to travel {X} meters along it?",
]))


# ------------------------------------------------------------------ 20 two activities, minutes, total distance
def g20(r):
    p = {}
    person(r, p)
    s1 = r.choice([3, 4, 5, 6])
    m1 = r.choice([20, 30, 40, 45, 15])
    s2 = r.choice([9, 10, 12, 15, 18])
    m2 = r.choice([20, 30, 40, 45, 50, 15])
    d1, d2 = s1 * F(m1, 60), s2 * F(m2, 60)
    if (d1 * 100).denominator != 1 or (d2 * 100).denominator != 1 or m1 == m2:
        return None
    p.update(s1=s1, m1=m1, s2=s2, m2=m2)
    return p


def s20(S, p):
    S.given('Walking speed', p['s1'], 'kmh')
    S.given('Walking time', p['m1'], 'min')
    S.given('Second speed', p['s2'], 'kmh')
    S.given('Second time', p['m2'], 'min')
    h1 = S.calc('Walking time in hours', [T(p['m1'], 'min'), T(60)], ['/'], 'h', fmt='fnum', sym='t1',
                say='Walking time: {c}.', note=approx_note)
    d1 = S.calc('Walking distance', [T(p['s1'], 'kmh'), T(h1, 'h', 'fnum')], ['*'], 'km', sym='d1',
                formula='Distance = Speed × Time', say='Walking distance: {c}.')
    h2 = S.calc('Second part, time in hours', [T(p['m2'], 'min'), T(60)], ['/'], 'h', fmt='fnum', sym='t2',
                say='Second part time: {c}.', note=approx_note)
    d2 = S.calc('Second part, distance', [T(p['s2'], 'kmh'), T(h2, 'h', 'fnum')], ['*'], 'km', sym='d2',
                say='Second part distance: {c}.')
    D = S.calc('Total distance', [T(d1, 'km'), T(d2, 'km')], ['+'], 'km', sym='D', say='Total: {c}.')
    S.answer(D, 'km', 'num', '%s covers {v} in all.' % p['name'])


KINDS.append(dict(name='walk_then_run', anon='the hiker', gen=g20, sol=s20, phr=[
    "{name} walks at {s1} km/h for {m1} minutes to warm up, then runs at {s2} km/h for {m2} minutes. How many kilometers does {pr} cover in total?",
    "During training, {name} walks {m1} min at {s1} km/h and then runs {m2} min at {s2} km/h. What total distance does {pr} cover?",
    "A hiker walks for {m1} minutes at {s1} km/h and then bikes for {m2} minutes at {s2} km/h. Find the total distance in km.",
    "How far does {name} travel if {pr} walks at {s1} km/h for {m1} minutes and then cycles at {s2} km/h for {m2} minutes?",
    "{name}'s commute: {m1} minutes on foot at {s1} km/h, then {m2} minutes on a bike at {s2} km/h. How long is the commute in kilometers?",
]))


# ------------------------------------------------------------------ 21 fuel
def g21(r):
    p = {}
    person(r, p)
    mpg = r.choice([20, 24, 25, 28, 30, 32, 35, 40])
    g1 = r.choice([5, 6, 8, 10, 12])
    trip = mpg * r.choice([3, 4, 5, 7, 9, 11, F(15, 2)])
    price = F(r.choice([329, 345, 360, 380, 399, 412, 350]), 100)
    if trip.denominator != 1:
        return None
    p.update(d1=mpg * g1, g1=g1, trip=trip, m_price=price)
    return p


def s21(S, p):
    S.given('Distance on a tank test', p['d1'], 'mi')
    S.given('Gas used', p['g1'], 'gal')
    S.given('Trip', p['trip'], 'mi')
    S.given('Gas price', p['m_price'], 'pergal', 'money')
    mpg = S.calc('Fuel efficiency', [T(p['d1'], 'mi'), T(p['g1'], 'gal')], ['/'], 'mpg', sym='mpg',
                 say='The car gets {c}.')
    g = S.calc('Gas needed for the trip', [T(p['trip'], 'mi'), T(mpg, 'mpg')], ['/'], 'gal', sym='gallons',
               say='The trip needs {c}.')
    c = S.calc('Cost of gas', [T(g, 'gal'), T(p['m_price'], 'pergal', 'money')], ['*'], None, fmt='money', sym='cost',
               say='The gas costs {c}.')
    S.answer(c, None, 'money', 'The gas for the trip costs {v}.')


KINDS.append(dict(name='fuel_cost', anon='the driver', gen=g21, sol=s21, phr=[
    "{name}'s car went {d1} miles on {g1} gallons of gas. Gas costs {m_price} per gallon. How much will gas cost for a {trip}-mile trip?",
    "A car uses {g1} gallons to travel {d1} miles. How much does it cost to drive {trip} miles if gasoline is {m_price} a gallon?",
    "{name} drove {d1} miles and used {g1} gallons. {Pr} is planning a {trip}-mile road trip and gas is {m_price}/gal. What will the fuel cost?",
    "With {g1} gallons a van covers {d1} miles. At {m_price} per gallon, find the fuel cost of a {trip} mile drive.",
    "If a truck needs {g1} gallons for every {d1} miles and fuel sells for {m_price} per gallon, what does fuel for {trip} miles cost?",
]))


# ------------------------------------------------------------------ 22 typing remaining
def g22(r):
    p = {}
    person(r, p)
    w = r.choice([30, 35, 40, 45, 50, 60, 65, 72])
    rem = w * r.choice([12, 15, 18, 20, 24, 25, 30, 36, 45])
    k = r.choice([350, 480, 600, 750, 900, 1200])
    p.update(w=w, k=k, W=k + rem)
    return p


def s22(S, p):
    S.given('Essay length', p['W'], 'words')
    S.given('Already typed', p['k'], 'words')
    S.given('Typing speed', p['w'], 'wpm')
    rem = S.calc('Words left', [T(p['W'], 'words'), T(p['k'], 'words')], ['-'], 'words', sym='left',
                 say='%s still has to type {c}.' % p['name'])
    t = S.calc('Time needed', [T(rem, 'words'), T(p['w'], 'wpm')], ['/'], 'min', sym='t',
               formula='Time = Words ÷ Speed', say='At %d words per minute that takes {c}.' % p['w'], tail=min_tail)
    S.check([T(p['w'], 'wpm'), T(t, 'min')], ['*'], 'words')
    S.answer(t, 'min', 'num', '%s needs {v} more.' % p['name'])


KINDS.append(dict(name='typing_remaining', anon='the typist', gen=g22, sol=s22, phr=[
    "{name} types {w} words per minute. {Pr} has typed {k} words of a {W}-word essay. How many more minutes of typing does {pr} need?",
    "An essay must be {W} words long. {name} has {k} words so far and types at {w} wpm. How many minutes until it's done?",
    "A transcriptionist types {w} words a minute. A {W}-word document is already {k} words in. How many minutes are left?",
    "{name} has written {k} of the {W} words required. If {pr} types {w} words per minute, how many more minutes will it take?",
    "How many minutes does it take to finish a {W}-word report when {k} words are done and the typist averages {w} words per minute?",
]))


# ------------------------------------------------------------------ 23 workers scaling
def g23(r):
    p = {}
    n = r.choice([4, 5, 6, 8, 9, 10, 12, 15])
    d = r.choice([6, 8, 9, 10, 12, 15, 18, 20])
    m = r.choice([3, 4, 5, 6, 8, 10, 12, 16, 18, 20, 24, 30])
    if m == n or F(n * d, m).denominator not in (1, 2):
        return None
    p.update(n=n, d=d, m=m)
    p['job'] = r.choice(['build a shed', 'paint a school', 'harvest a field', 'lay a patio', 'pave a driveway'])
    return p


def s23(S, p):
    S.given('Workers (first crew)', p['n'], 'workers')
    S.given('Days (first crew)', p['d'], 'day')
    S.given('Workers (new crew)', p['m'], 'workers')
    wd = S.calc('Total work', [T(p['n'], 'workers'), T(p['d'], 'day')], ['*'], 'wd', sym='work',
                say='The job is {c}.')
    t = S.calc('Days for %d workers' % p['m'], [T(wd, 'wd'), T(p['m'], 'workers')], ['/'], 'day', sym='days',
               say='With %d workers it takes {c}.' % p['m'])
    S.check([T(p['m'], 'workers'), T(t, 'day')], ['*'], 'wd')
    S.answer(t, 'day', 'num', 'It takes {v}.')


KINDS.append(dict(name='workers_days', gen=g23, sol=s23, phr=[
    "{n} workers can {job} in {d} days. How many days would it take {m} workers working at the same rate?",
    "It takes a crew of {n} people {d} days to {job}. If the crew has {m} people instead, how many days will it take?",
    "A contractor knows {n} workers need {d} days to {job}. How long would {m} workers need, assuming everyone works at the same pace?",
    "If {d} days are needed for {n} workers to {job}, how many days are needed for {m} workers?",
    "{n} volunteers finish the task ({job}) in {d} days. With {m} volunteers, how many days will it take?",
]))


# ------------------------------------------------------------------ 24 machines output boxes
def g24(r):
    p = {}
    rate = r.choice([45, 60, 72, 80, 90, 120, 150])
    k = r.choice([3, 4, 5, 6, 8])
    h = r.choice([6, 7, 8, 10, 12])
    b = r.choice([12, 20, 24, 30, 40, 48, 50])
    if (rate * k * h) % b:
        return None
    p.update(rate=rate, k=k, h=h, b=b)
    p['thing'] = r.choice(['widgets', 'bottles', 'bolts', 'toy cars', 'candles'])
    return p


def s24(S, p):
    S.given('Rate per machine', p['rate'], 'partsh')
    S.given('Machines', p['k'], 'machines')
    S.given('Hours', p['h'], 'h')
    S.given('Per box', p['b'], 'parts')
    per = S.calc('Output per hour, all machines', [T(p['rate'], 'partsh'), T(p['k'], 'machines')], ['*'], 'partsh',
                 sym='per_hour', say='Together the machines make {c}.')
    tot = S.calc('Output in %d hours' % p['h'], [T(per, 'partsh'), T(p['h'], 'h')], ['*'], 'parts', sym='total',
                 say='In %d hours they make {c}.' % p['h'])
    bx = S.calc('Boxes filled', [T(tot, 'parts'), T(p['b'], 'parts')], ['/'], 'boxes', sym='boxes',
                say='That fills {c}.')
    S.answer(bx, 'boxes', 'num', 'They fill {v}.')


KINDS.append(dict(name='machines_boxes', gen=g24, sol=s24, phr=[
    "A factory has {k} machines that each make {rate} {thing} per hour. The {thing} are packed {b} to a box. How many boxes are filled in a {h}-hour shift?",
    "Each of {k} machines produces {rate} {thing} an hour. In {h} hours, how many boxes of {b} can be filled?",
    "{k} identical machines run for {h} hours at {rate} {thing}/hour each. If a box holds {b} {thing}, how many full boxes result?",
    "How many boxes of {b} {thing} come from {k} machines running {h} hours if each machine's rate is {rate} per hour?",
    "A workshop runs {k} machines for {h} hours; every machine turns out {rate} {thing} per hour. Packing {b} per box, how many boxes are needed?",
]))


# ------------------------------------------------------------------ 25 speed needed for rest of trip
def g25(r):
    p = {}
    person(r, p)
    s1 = r.choice([50, 55, 60, 65, 70])
    t1 = r.choice([2, 3, F(3, 2), F(5, 2), 4])
    rem_speed = r.choice([48, 52, 56, 64, 72, 75, 80])
    t2 = r.choice([1, 2, F(3, 2), F(5, 2), 3])
    c = s1 * t1
    rem = rem_speed * t2
    if c.denominator != 1 or rem.denominator != 1:
        return None
    p.update(s1=s1, t1=t1, t2=t2, D=c + rem)
    return p


def s25(S, p):
    S.given('Total distance', p['D'], 'mi')
    S.given('Speed so far', p['s1'], 'mph')
    S.given('Time so far', p['t1'], 'h')
    S.given('Time left', p['t2'], 'h')
    c = S.calc('Distance covered so far', [T(p['s1'], 'mph'), T(p['t1'], 'h')], ['*'], 'mi', sym='covered',
               say='So far %s has driven {c}.' % p['name'])
    rem = S.calc('Distance remaining', [T(p['D'], 'mi'), T(c, 'mi')], ['-'], 'mi', sym='left',
                 say='That leaves {c}.')
    v = S.calc('Required speed', [T(rem, 'mi'), T(p['t2'], 'h')], ['/'], 'mph', sym='v',
               formula='Speed = Distance ÷ Time', say='The required speed is {c}.')
    S.answer(v, 'mph', 'num', '%s must average {v} for the rest of the trip.' % p['name'])


KINDS.append(dict(name='required_speed', anon='the driver', gen=g25, sol=s25, phr=[
    "{name} has to drive {D} miles. {Pr} drives at {s1} mph for {t1} hours. What speed must {pr} average to cover the rest in {t2} hours?",
    "A trip is {D} miles long. After {t1} hours at {s1} mph, the driver wants to arrive in exactly {t2} more hours. What average speed is needed for the remaining distance?",
    "{name} is driving {D} miles to a wedding. {Pr} has gone {t1} h at {s1} mph and has {t2} h left. How fast must {pr} go, in mph, to make it on time?",
    "Of a {D}-mile delivery route, a driver covers the first part at {s1} mph for {t1} hours. What speed is needed to finish the remaining miles in {t2} hours?",
    "What average speed is required for the last {t2} hours of a {D}-mile drive, if the first {t1} hours were driven at {s1} mph?",
]))


# ------------------------------------------------------------------ 26 two hoses fill pool
def g26(r):
    p = {}
    person(r, p)
    a = r.choice([6, 8, 10, 12, 15])
    b = r.choice([4, 5, 7, 9, 10, 14])
    m = r.choice([90, 100, 120, 150, 180, 200, 240, 75])
    p.update(a=a, b=b, V=(a + b) * m)
    return p


def s26(S, p):
    S.given('Pool volume', p['V'], 'gal')
    S.given('Hose 1', p['a'], 'galmin')
    S.given('Hose 2', p['b'], 'galmin')
    c = S.calc('Combined rate', [T(p['a'], 'galmin'), T(p['b'], 'galmin')], ['+'], 'galmin', sym='rate',
               say='Both hoses together deliver {c}.')
    t = S.calc('Filling time', [T(p['V'], 'gal'), T(c, 'galmin')], ['/'], 'min', sym='t',
               formula='Time = Volume ÷ Rate', say='Filling the pool takes {c}.', tail=min_tail)
    S.check([T(c, 'galmin'), T(t, 'min')], ['*'], 'gal')
    S.answer(t, 'min', 'num', 'The pool fills in {v}.')


KINDS.append(dict(name='two_hoses', anon='the owner', gen=g26, sol=s26, phr=[
    "{name} fills a {V}-gallon pool using two hoses. One delivers {a} gallons per minute and the other {b} gallons per minute. How many minutes does it take to fill the pool?",
    "Two hoses, at {a} gal/min and {b} gal/min, fill an empty {V}-gallon pool together. How long does it take, in minutes?",
    "A kiddie pool holds {V} gallons. With a {a} gpm hose and a {b} gpm hose both running, how many minutes until it's full?",
    "How many minutes are needed to fill {V} gallons if water comes from two hoses at rates of {a} and {b} gallons per minute?",
    "{name} connects two hoses to fill a {V} gallon tank: the first pours {a} gallons every minute, the second {b} gallons every minute. Find the time in minutes.",
]))


# ------------------------------------------------------------------ 27 running pace
def g27(r):
    p = {}
    person(r, p)
    pace = F(r.choice([45, 50, 54, 55, 60, 66, 75]), 10)
    d = r.choice([3, 4, 5, 6, 8])
    D = r.choice([10, 12, 15, 21, 25])
    if (pace * d).denominator != 1 or D == d:
        return None
    p.update(d=d, m=pace * d, D=D)
    return p


def s27(S, p):
    S.given('Practice run', p['d'], 'km')
    S.given('Practice time', p['m'], 'min')
    S.given('Race distance', p['D'], 'km')
    pace = S.calc('Pace', [T(p['m'], 'min'), T(p['d'], 'km')], ['/'], 'mpk', sym='pace',
                  formula='Pace = Time ÷ Distance', say='%s\'s pace is {c}.' % p['name'])
    t = S.calc('Race time', [T(pace, 'mpk'), T(p['D'], 'km')], ['*'], 'min', sym='t',
               say='For %d km that is {c}.' % p['D'], tail=min_tail)
    S.answer(t, 'min', 'num', 'The race would take {v}.')


KINDS.append(dict(name='running_pace', anon='the runner', gen=g27, sol=s27, phr=[
    "{name} runs {d} km in {m} minutes. At the same pace, how many minutes would a {D} km race take {pos}?",
    "A runner finishes a {d}-kilometer loop in {m} min. Keeping that pace, how long would {D} km take, in minutes?",
    "{name}'s training run was {d} km in {m} minutes. If {pr} holds the same pace for {D} km, how many minutes will it take?",
    "At a pace that covers {d} km in {m} minutes, how many minutes are needed for {D} km?",
    "Find the time in minutes for a {D} km run if the runner's pace matches a {d} km run done in {m} minutes.",
]))


# ------------------------------------------------------------------ 28 trip with rest, minutes
def g28(r):
    p = {}
    person(r, p)
    s1 = r.choice([12, 15, 16, 18, 20])
    d1 = s1 * r.choice([F(1, 2), F(3, 4), 1, F(3, 2), 2])
    s2 = r.choice([10, 12, 14, 15, 24])
    d2 = s2 * r.choice([F(1, 2), F(1, 4), 1, F(5, 4), F(3, 2)])
    rest = r.choice([10, 15, 20, 25, 30])
    if d1.denominator != 1 or d2.denominator != 1:
        return None
    p.update(s1=s1, d1=d1, s2=s2, d2=d2, rest=rest)
    return p


def s28(S, p):
    S.given('First ride', p['d1'], 'km')
    S.given('First speed', p['s1'], 'kmh')
    S.given('Rest', p['rest'], 'min')
    S.given('Second ride', p['d2'], 'km')
    S.given('Second speed', p['s2'], 'kmh')
    t1 = S.calc('Time for the first ride', [T(p['d1'], 'km'), T(p['s1'], 'kmh')], ['/'], 'h', sym='t1',
                formula='Time = Distance ÷ Speed', say='The first ride takes {c}.')
    m1 = S.calc('First ride in minutes', [T(t1, 'h'), T(60)], ['*'], 'min', sym='m1', say='That is {c}.')
    t2 = S.calc('Time for the second ride', [T(p['d2'], 'km'), T(p['s2'], 'kmh')], ['/'], 'h', sym='t2',
                say='The second ride takes {c}.')
    m2 = S.calc('Second ride in minutes', [T(t2, 'h'), T(60)], ['*'], 'min', sym='m2', say='That is {c}.')
    tot = S.calc('Total time', [T(m1, 'min'), T(p['rest'], 'min'), T(m2, 'min')], ['+', '+'], 'min', sym='total',
                 say='Adding the rest stop, the total is {c}.', tail=min_tail)
    S.answer(tot, 'min', 'num', 'The whole outing takes {v}.')


KINDS.append(dict(name='trip_with_rest', anon='the cyclist', gen=g28, sol=s28, phr=[
    "{name} cycles {d1} km at {s1} km/h, rests for {rest} minutes, and then cycles another {d2} km at {s2} km/h. How many minutes does the whole trip take?",
    "A cyclist rides {d1} km at {s1} km/h, takes a {rest}-minute break, then rides {d2} km at {s2} km/h. Find the total time in minutes.",
    "On Saturday {name} biked {d1} km at an average of {s1} km/h, stopped {rest} min for lunch, and biked {d2} km more at {s2} km/h. How long was {pos} trip, in minutes?",
    "How many minutes does a trip take that consists of {d1} km at {s1} km/h, a {rest} minute rest, and {d2} km at {s2} km/h?",
    "{name} skates {d1} km at {s1} km/h, sits for {rest} minutes, then skates {d2} km home at {s2} km/h. Total time in minutes?",
]))


# ------------------------------------------------------------------ 29 three workers
W3 = [(2, 3, 6), (4, 6, 12), (3, 6, 6), (6, 12, 12), (10, 15, 30), (12, 18, 36), (6, 9, 18), (4, 12, 6), (8, 12, 24), (5, 20, 4)]


def g29(r):
    p = {}
    a, b, c = r.choice(W3)
    p.update(a=a, b=b, c=c)
    p['who'] = r.choice([('Ann', 'Ben', 'Cara'), ('pump A', 'pump B', 'pump C'), ('Raj', 'Sam', 'Tia'), ('the first printer', 'the second printer', 'the third printer')])
    p['A'], p['B'], p['C'] = p['who']
    return p


def s29(S, p):
    S.given(p['A'].capitalize(), p['a'], 'h')
    S.given(p['B'].capitalize(), p['b'], 'h')
    S.given(p['C'].capitalize(), p['c'], 'h')
    vs = [F(1, p['a']), F(1, p['b']), F(1, p['c'])]
    tot = S.calc('Combined rate', [T(v, None, 'frac') for v in vs], ['+', '+'], 'job', fmt='frac', sym='rate',
                 mids=raw_frac_sum(vs), formula='Combined_rate = Sum_of_rates',
                 say='Adding the three rates gives {c}.')
    t = S.calc('Time together', [T(1), T(tot, None, 'frac')], ['/'], 'h', sym='t',
               say='So the job takes {c}.', tail=hm_tail)
    S.answer(t, 'h', 'num', 'Together they need {v}.')


KINDS.append(dict(name='combined_work_three', gen=g29, sol=s29, phr=[
    "{A} can do a job in {a} hours, {B} in {b} hours, and {C} in {c} hours. How long does the job take if all three work together?",
    "Working alone, {A} needs {a} h, {B} needs {b} h, and {C} needs {c} h to finish a task. How many hours will it take all three together?",
    "A tank can be filled by {A} in {a} hours, by {B} in {b} hours, and by {C} in {c} hours. How many hours if all three run at once?",
    "If {A}, {B}, and {C} can each complete the project alone in {a}, {b}, and {c} hours respectively, how long will it take them together?",
    "Three helpers: {A} ({a} hours alone), {B} ({b} hours alone), {C} ({c} hours alone). Find the time in hours when they work together.",
]))


# ------------------------------------------------------------------ 30 babysitting minutes
def g30(r):
    p = {}
    person(r, p)
    rate = F(r.choice([12, 15, 18, 20, 24, 14, 16]))
    m = r.choice([45, 50, 40, 75, 90, 100, 150, 20])
    days = r.choice([3, 4, 5, 6, 7])
    if (rate * m / 60 * 100).denominator != 1:
        return None
    p.update(m_rate=rate, m=m, days=days)
    p['job'] = r.choice(['babysits', 'tutors', 'walks dogs', 'mows lawns'])
    return p


def s30(S, p):
    S.given('Pay rate', p['m_rate'], 'perh', 'money')
    S.given('Time per day', p['m'], 'min')
    S.given('Days', p['days'], 'day')
    h = S.calc('Time per day in hours', [T(p['m'], 'min'), T(60)], ['/'], 'h', fmt='fnum', sym='t',
               say='Each day %s works {c}.' % p['name'], note=approx_note)
    d = S.calc('Pay per day', [T(p['m_rate'], 'perh', 'money'), T(h, 'h', 'fnum')], ['*'], None, fmt='money',
               sym='daily', say='Daily pay is {c}.')
    tot = S.calc('Total pay', [T(d, None, 'money'), T(p['days'], 'day')], ['*'], None, fmt='money', sym='total',
                 say='Over %d days: {c}.' % p['days'])
    S.answer(tot, None, 'money', '%s earns {v}.' % p['name'])


KINDS.append(dict(name='pay_for_minutes', anon='the student', gen=g30, sol=s30, phr=[
    "{name} {job} for {m} minutes a day and is paid {m_rate} per hour. How much does {pr} earn in {days} days?",
    "At {m_rate} an hour, how much does {name} make working {m} minutes per day for {days} days?",
    "{name} earns {m_rate}/hour. Each day {pr} works {m} min. What are {pos} total earnings after {days} days?",
    "A student {job} {m} minutes daily at a rate of {m_rate} per hour. Find the earnings for {days} days.",
    "If the pay is {m_rate} per hour and {name} works {m} minutes on each of {days} days, how much money does {pr} earn?",
]))


# ------------------------------------------------------------------ 31 boat up/downstream
def g31(r):
    p = {}
    person(r, p)
    b = r.choice([8, 10, 12, 15, 18, 20])
    c = r.choice([2, 3, 4, 5])
    d = r.choice([12, 18, 24, 30, 36, 40, 45, 60])
    t1, t2 = F(d, b + c), F(d, b - c)
    if (t1 * 4).denominator != 1 or (t2 * 4).denominator != 1:
        return None
    p.update(b=b, c=c, d=d)
    return p


def s31(S, p):
    S.given('Boat speed in still water', p['b'], 'kmh')
    S.given('Current', p['c'], 'kmh')
    S.given('Distance each way', p['d'], 'km')
    dn = S.calc('Downstream speed', [T(p['b'], 'kmh'), T(p['c'], 'kmh')], ['+'], 'kmh', sym='v_down',
                say='Downstream the current helps: {c}.')
    up = S.calc('Upstream speed', [T(p['b'], 'kmh'), T(p['c'], 'kmh')], ['-'], 'kmh', sym='v_up',
                say='Upstream it works against the boat: {c}.')
    t1 = S.calc('Time downstream', [T(p['d'], 'km'), T(dn, 'kmh')], ['/'], 'h', sym='t_down',
                formula='Time = Distance ÷ Speed', say='Going downstream takes {c}.', tail=hm_tail)
    t2 = S.calc('Time upstream', [T(p['d'], 'km'), T(up, 'kmh')], ['/'], 'h', sym='t_up',
                say='Coming back upstream takes {c}.', tail=hm_tail)
    tt = S.calc('Total time', [T(t1, 'h'), T(t2, 'h')], ['+'], 'h', sym='total', say='The round trip takes {c}.',
                tail=hm_tail)
    S.answer(tt, 'h', 'num', 'The round trip takes {v}.')


KINDS.append(dict(name='boat_current', anon='the boat', gen=g31, sol=s31, phr=[
    "A boat goes {b} km/h in still water. The river current is {c} km/h. How many hours does it take the boat to go {d} km downstream and come back?",
    "{name} paddles at {b} km/h in still water on a river flowing at {c} km/h. {Pr} goes {d} km downstream and returns. What is the total time in hours?",
    "A motorboat with a still-water speed of {b} km/h travels {d} km down a river and {d} km back up. The current flows at {c} km/h. Find the total travel time in hours.",
    "How long, in hours, is a round trip of {d} km each way on a river with a {c} km/h current, for a boat that does {b} km/h in still water?",
    "The ferry's speed in calm water is {b} km/h and the current is {c} km/h. It makes a {d} km trip downstream and then returns upstream. How many hours does the round trip take?",
]))
