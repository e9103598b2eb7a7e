"""Problem structures for the space/astronomy genre.

Each kind: bodies (3) x questions (2) = 6 phrasings; gen(rng) -> params; solve(C, p).
"""
from fractions import Fraction as F
from core import N, is_term

C_KMS = 300000
KINDS = []


def kind(name, bodies, questions, gen, nocomma=()):
    def deco(fn):
        KINDS.append({'name': name, 'bodies': bodies, 'questions': questions,
                      'gen': gen, 'solve': fn, 'nocomma': nocomma})
        return fn
    return deco


def pick(rng, xs):
    return rng.choice(xs)


# 1 -------------------------------------------------------------------------
def g_light_time(rng):
    m = pick(rng, [F(3), F(9, 2), F(8), F(25, 2), F(20), F(43), F(13, 2), F(15), F(5, 2), F(55, 2), F(35), F(9), F(11), F(21, 2)])
    return {'D': 18000000 * m, 'obj': pick(rng, ['a space probe', 'a comet', 'an asteroid', 'a spacecraft'])}


@kind('light_time',
      ['{obj} is {D} km from Earth. Radio signals travel at the speed of light, 300,000 km per second.',
       'Mission control sends a command to {obj} that is {D} km away. The signal moves at 300,000 km/s.',
       'Light travels 300,000 kilometers every second. The distance from Earth to {obj} is {D} km.'],
      ['How many minutes does the signal take to arrive?',
       'How long, in minutes, is the one-way travel time?'], g_light_time)
def s_light_time(C, p):
    C.note('The speed of light is about {} km/s.', C_KMS)
    t = C.calc([N(p['D'], 'km'), '/', N(C_KMS, 'km/s')], 's', 'divide the distance by the speed of light', 'travel time in seconds')
    m = C.calc([N(t, 's'), '/', N(60, 's/min')], 'minutes', 'convert seconds to minutes', 'travel time in minutes')
    C.answer(m, 'minutes', 'the signal takes {} to arrive.')


# 2 -------------------------------------------------------------------------
def g_light_min(rng):
    return {'M': pick(rng, [F(8), F(12), F(7, 2), F(20), F(43), F(3), F(15), F(11, 2), F(25), F(4)]),
            'what': pick(rng, ['a radio message', 'sunlight', 'a laser pulse', 'a signal from a probe'])}


@kind('light_minutes_km',
      ['It takes {what} {M} minutes to travel from a spacecraft to Earth. Light travels 300,000 km each second.',
       'A light signal needs {M} minutes to cross the gap between a planet and Earth, moving at 300,000 km/s.',
       'Astronomers say {what} took {M} minutes to reach us. The speed of light is 300,000 km per second.'],
      ['How many kilometers did it travel?', 'What is the distance in km?'], g_light_min)
def s_light_min(C, p):
    s = C.calc([N(p['M'], 'min'), '*', N(60, 's/min')], 's', 'convert the minutes to seconds', 'time in seconds')
    d = C.calc([N(s, 's'), '*', N(C_KMS, 'km/s')], 'km', 'multiply the time by the speed of light', 'distance')
    C.answer(d, 'km', 'the distance is {}.')


# 3 -------------------------------------------------------------------------
def g_round(rng):
    D, who = pick(rng, [(384000, 'the Moon'), (78000000, 'a rover on Mars'), (225000000, 'an orbiter at Mars'),
                        (55500000, 'a Mars lander'), (101400000, 'a probe near Venus'), (42000, 'a satellite'),
                        (1500000, 'a telescope at L2'), (628500000, 'a Jupiter probe')])
    return {'D': D, 'who': who}


@kind('radio_round_trip',
      ['Engineers send a radio ping to {who}, {D} km away, and wait for the echo. Radio waves travel at 300,000 km/s.',
       'A signal goes from Earth to {who} ({D} km) and straight back. It travels at 300,000 kilometers per second.',
       'The distance to {who} is {D} km. A command is sent and the reply comes back at the speed of light (300,000 km/s).'],
      ['How many seconds pass before the reply arrives?', 'What is the total round-trip time in seconds?'], g_round)
def s_round(C, p):
    tot = C.calc([N(2), '*', N(p['D'], 'km')], 'km', 'double the distance for the round trip', 'round-trip distance')
    t = C.calc([N(tot, 'km'), '/', N(C_KMS, 'km/s')], 's', 'divide by the speed of light', 'round-trip time')
    C.answer(t, 'seconds', 'the reply arrives after {}.')


# 4 -------------------------------------------------------------------------
def g_ly(rng):
    a, b = rng.sample([F(43, 10), F(6), F(83, 10), F(86, 10), F(111, 10), F(16), F(25), F(65), F(39, 10), F(102, 10), F(47, 10)], 2)
    if a < b:
        a, b = b, a
    return {'A': a, 'B': b, 'sa': pick(rng, ['Star A', 'A red dwarf', 'Sirius-like star']),
            'sb': pick(rng, ['Star B', 'a nearby star', 'a white dwarf'])}


@kind('light_year_gap',
      ['{sa} is {A} light-years away and {sb} is {B} light-years away. One light-year is about 9.46 trillion km.',
       'A star map lists {sa} at {A} ly and {sb} at {B} ly. Use 1 light-year = 9.46 trillion kilometers.',
       'Using 9.46 trillion km per light-year, compare {sa} ({A} light-years) with {sb} ({B} light-years).'],
      ['How many trillion km farther away is the first star?', 'How much farther is the first one, in trillions of km?'], g_ly)
def s_ly(C, p):
    C.note('One light-year is about {} trillion km.', F(946, 100))
    d = C.calc([N(p['A'], 'ly'), '-', N(p['B'], 'ly')], 'ly', 'find the difference in light-years', 'difference in light-years')
    k = C.calc([N(d, 'ly'), '*', N(F(946, 100), 'trillion km/ly')], 'trillion km', 'convert light-years to trillions of km', 'extra distance')
    C.answer(k, 'trillion km', 'the first star is {} farther away.')


# 5 -------------------------------------------------------------------------
def g_age(rng):
    P, pl = pick(rng, [(88, 'Mercury'), (225, 'Venus'), (687, 'Mars'), (4333, 'Jupiter')])
    Y = pick(rng, list(range(8, 61)))
    return {'P': P, 'pl': pl, 'Y': Y, 'who': pick(rng, ['Maya', 'Leo', 'Priya', 'Sam', 'an astronaut', 'a student'])}


@kind('planet_age',
      ['{who} is {Y} Earth years old. A year on {pl} lasts {P} Earth days. Use 365 days per Earth year.',
       'One orbit of {pl} around the Sun takes {P} days. {who} has lived for {Y} years (365 days each).',
       'If a year on {pl} is {P} Earth days long, think about someone who is {Y} (Earth years, 365 days each).'],
      ['How old would they be in {pl} years? Round to two decimal places if needed.',
       'What is their age in {pl} years (to 2 decimal places if it is not exact)?'], g_age)
def s_age(C, p):
    d = C.calc([N(p['Y'], 'years'), '*', N(365, 'days/year')], 'days', 'convert the age to days', 'age in days')
    a = C.calc([N(d, 'days'), '/', N(p['P'], 'days')], p['pl'] + ' years', 'divide by the length of a ' + p['pl'] + ' year', 'age in ' + p['pl'] + ' years', approx=2)
    C.answer(a, p['pl'] + ' years', 'the age is {}.')


# 6 -------------------------------------------------------------------------
def g_pday(rng):
    while True:
        H, pl = pick(rng, [(10, 'Jupiter'), (F(21, 2), 'Saturn'), (17, 'Uranus'), (16, 'Neptune'), (1408, 'Mercury'), (5832, 'Venus'), (153, 'Pluto')])
        n = pick(rng, list(range(2, 40)))
        if (n * F(H)) % 3 == 0:
            return {'H': F(H), 'pl': pl, 'n': n}


@kind('planet_day_length',
      ['A day on {pl} (one full spin) lasts about {H} hours. A rover team plans for {n} {pl} days.',
       'One rotation of {pl} takes {H} hours. A probe watches {n} full rotations.',
       'Suppose a day on {pl} is {H} hours long and a mission lasts {n} of those days.'],
      ['How many Earth days (24 hours each) is that?', 'How long is this in Earth days?'], g_pday)
def s_pday(C, p):
    h = C.calc([N(p['n'], 'days'), '*', N(p['H'], 'h/day')], 'hours', 'multiply the number of days by the hours per day', 'total hours')
    d = C.calc([N(h, 'h'), '/', N(24, 'h')], 'Earth days', 'divide by 24 hours per Earth day', 'Earth days')
    C.answer(d, 'Earth days', 'that is {}.')


# 7 -------------------------------------------------------------------------
def g_orbits(rng):
    return {'P': pick(rng, [90, 92, 93, 95, 96, 100, 120, 88]), 'D': pick(rng, [1, 2, 3, 5, 7, 10, 14, 30]),
            'sat': pick(rng, ['The ISS', 'A weather satellite', 'A space station', 'A small satellite'])}


@kind('orbit_count',
      ['{sat} goes around Earth once every {P} minutes.',
       '{sat} completes one orbit in {P} minutes and keeps the same speed.',
       'Each lap of Earth takes {sat} {P} minutes.'],
      ['How many complete orbits does it make in {D} days?', 'In {D} days, how many full orbits does it finish?'], g_orbits)
def s_orbits(C, p):
    h = C.calc([N(p['D'], 'days'), '*', N(24, 'h/day')], 'hours', 'convert the days to hours', 'hours')
    m = C.calc([N(h, 'h'), '*', N(60, 'min/h')], 'minutes', 'convert the hours to minutes', 'minutes')
    q = C.rem(N(m), N(p['P']), 'orbits', 'divide by the orbit time', 'complete orbits', runit='orbits')
    C.answer(q, 'orbits', 'it makes {}.')


# 8 -------------------------------------------------------------------------
def g_burn(rng):
    R = pick(rng, [2500, 1800, 3200, 950, 4100, 1250, 2750])
    T = pick(rng, [120, 150, 162, 85, 210, 48, 300])
    return {'R': R, 'T': T, 'F': R * T + pick(rng, [12000, 35500, 4800, 60250, 7300])}


@kind('fuel_burn',
      ['A rocket stage holds {F} kg of propellant. Its engines burn {R} kg every second for {T} seconds.',
       'The first stage starts with {F} kg of fuel and burns it at {R} kg/s. The burn lasts {T} s.',
       'An engine uses {R} kilograms of fuel per second. It fires for {T} seconds from a tank of {F} kg.'],
      ['How much fuel is left after the burn?', 'How many kilograms remain in the tank?'], g_burn)
def s_burn(C, p):
    u = C.calc([N(p['R'], 'kg/s'), '*', N(p['T'], 's')], 'kg', 'find the fuel burned', 'fuel burned')
    r = C.calc([N(p['F'], 'kg'), '-', N(u, 'kg')], 'kg', 'subtract it from the starting amount', 'fuel left')
    C.answer(r, 'kg', '{} of fuel remain.')


# 9 -------------------------------------------------------------------------
def g_pct(rng):
    return {'M': pick(rng, [500, 2800, 1200, 550, 3000, 420, 1450, 640]), 'p': pick(rng, [85, 90, 88, 92, 80, 75, 94]), 'pct': rng.random() < 0.5}


@kind('fuel_percent',
      ['A rocket has a launch mass of {M} tonnes, and {p}% of that mass is propellant.',
       'Propellant makes up {p}% of a {M}-tonne rocket.',
       'At liftoff a launcher weighs {M} t. Fuel and oxidizer are {p}% of the total.'],
      ['What is the mass of everything else (the dry mass), in tonnes?', 'How many tonnes are not propellant?'], g_pct)
def s_pct(C, p):
    f = C.calc([N(F(p['p'], 100), '%' if p['pct'] else ''), '*', N(p['M'], 't')], 't', 'find {}% of the launch mass'.format(p['p']), 'propellant mass')
    d = C.calc([N(p['M'], 't'), '-', N(f, 't')], 't', 'subtract the propellant from the total', 'dry mass')
    C.answer(d, 'tonnes', 'the dry mass is {}.')


# 10 ------------------------------------------------------------------------
def g_stages(rng):
    return {'a': pick(rng, [F(4115, 10), 395, F(2875, 10), 520, 410]), 'b': pick(rng, [F(1075, 10), 96, 120, F(825, 10), 75]),
            'c': pick(rng, [F(155, 10), 18, F(225, 10), 12, 27])}


@kind('stage_fuel',
      ['A three-stage rocket carries {a} tonnes of fuel in stage 1, {b} tonnes in stage 2 and {c} tonnes in stage 3.',
       'Stage 1 holds {a} t of propellant, stage 2 holds {b} t and the upper stage holds {c} t.',
       'Fuel loads for a launch: first stage {a} tonnes, second stage {b} tonnes, third stage {c} tonnes.'],
      ['How many kilograms of fuel is that in total? (1 tonne = 1,000 kg)', 'What is the total fuel in kg? Use 1 t = 1,000 kg.'], g_stages)
def s_stages(C, p):
    t = C.calc([N(p['a'], 't'), '+', N(p['b'], 't'), '+', N(p['c'], 't')], 't', 'add the three stages', 'total fuel')
    k = C.calc([N(t, 't'), '*', N(1000, 'kg/t')], 'kg', 'convert tonnes to kilograms', 'total in kg')
    C.answer(k, 'kg', 'the rocket carries {} of fuel.')


# 11 ------------------------------------------------------------------------
def g_cruise(rng):
    return {'v': pick(rng, [17, 11, F(75, 10), 28, 15, 38, 61]), 'h': pick(rng, [2, 5, 8, 12, 24, F(3, 2), 36])}


@kind('cruise_distance',
      ['A probe coasts at {v} km/s for {h} hours.', 'Moving at {v} kilometers per second, a spacecraft flies for {h} hours.',
       'A spacecraft keeps a steady speed of {v} km/s during a {h}-hour cruise.'],
      ['How far does it go, in km?', 'How many kilometers does it cover?'], g_cruise)
def s_cruise(C, p):
    s = C.calc([N(p['h'], 'h'), '*', N(3600, 's/h')], 's', 'convert hours to seconds', 'time in seconds')
    d = C.calc([N(s, 's'), '*', N(p['v'], 'km/s')], 'km', 'multiply by the speed', 'distance')
    C.answer(d, 'km', 'it travels {}.')


# 12 ------------------------------------------------------------------------
def g_kmh(rng):
    v = pick(rng, [5, 8, 10, 12, 4, 20, 15])
    t = pick(rng, [10, 25, 40, 72, 150, 8, 500])
    return {'v': v, 'D': v * 3600 * t}


@kind('speed_convert_time',
      ['A spacecraft travels at {v} km/s toward an asteroid {D} km away.', 'The distance to a target is {D} km and the ship moves at {v} km per second.',
       'A cargo ship heads for a station {D} km away at a steady {v} km/s.'],
      ['First find its speed in km/h. How many hours does the trip take?', 'Convert the speed to km per hour, then find the travel time in hours.'], g_kmh)
def s_kmh(C, p):
    kmh = C.calc([N(p['v'], 'km/s'), '*', N(3600, 's/h')], 'km/h', 'convert the speed to km/h', 'speed in km/h')
    t = C.calc([N(p['D'], 'km'), '/', N(kmh, 'km/h')], 'hours', 'divide the distance by the speed', 'travel time')
    C.answer(t, 'hours', 'the trip takes {}.')


# 13 ------------------------------------------------------------------------
def g_moon(rng):
    return {'S': pick(rng, [1600, 2000, 3100, 1240, 6200, 3875, 2480, 4000, 1550, 3200]),
            'ship': pick(rng, ['a spacecraft', 'a lunar lander', 'a capsule', 'a cargo ship'])}


@kind('moon_trip',
      ['The Moon is about 384,400 km from Earth. {ship} travels there at an average of {S} km/h.',
       'Suppose {ship} flies the 384,400 km to the Moon at {S} kilometers per hour.',
       'At a steady {S} km/h, {ship} covers the 384,400 km distance to the Moon.'],
      ['How many hours does the trip take, and about how many days is that (one decimal place)? Give the days.',
       'Find the time in hours, then in days rounded to one decimal place. What is the number of days?'], g_moon)
def s_moon(C, p):
    h = C.calc([N(384400, 'km'), '/', N(p['S'], 'km/h')], 'hours', 'divide the distance by the speed', 'travel time in hours')
    d = C.calc([N(h, 'h'), '/', N(24, 'h/day')], 'days', 'convert hours to days', 'travel time in days', approx=1)
    C.answer(d, 'days', 'the trip takes about {}.')


# 14 ------------------------------------------------------------------------
def g_scale_d(rng):
    K = pick(rng, [100000, 1000000, 500000, 250000, 2000000])
    D, pl = pick(rng, [(150000000, 'Earth'), (228000000, 'Mars'), (778000000, 'Jupiter'), (1430000000, 'Saturn'),
                       (4500000000, 'Neptune'), (108000000, 'Venus'), (58000000, 'Mercury')])
    return {'K': K, 'D': D, 'pl': pl}


@kind('scale_model_distance',
      ['A class builds a solar system model where 1 cm stands for {K} km. {pl} is {D} km from the Sun.',
       'On a scale model, 1 centimeter = {K} kilometers. The real Sun-{pl} distance is {D} km.',
       'In a hallway model of the solar system each cm represents {K} km, and {pl} orbits {D} km from the Sun.'],
      ['How many meters from the model Sun should {pl} go?', 'How far, in meters, is {pl} from the Sun in the model?'], g_scale_d)
def s_scale_d(C, p):
    cm = C.calc([N(p['D'], 'km'), '/', N(p['K'], 'km/cm')], 'cm', 'divide the real distance by the scale', 'model distance in cm')
    m = C.calc([N(cm, 'cm'), '/', N(100, 'cm/m')], 'm', 'convert centimeters to meters', 'model distance in meters')
    C.answer(m, 'm', '{pl} goes {{}} from the model Sun.'.format(pl=p['pl']))


# 15 ------------------------------------------------------------------------
def g_scale_s(rng):
    S = pick(rng, [F(1392, 10), F(696, 10), F(2784, 100), F(2784, 10), F(1392, 100)])
    P, pl = pick(rng, [(12756, 'Earth'), (142984, 'Jupiter'), (6792, 'Mars'), (120536, 'Saturn'), (49528, 'Neptune'), (3475, 'the Moon')])
    return {'S': S, 'P': P, 'pl': pl}


@kind('scale_model_size',
      ['The Sun is 1,392,000 km across. In a model, the Sun is a ball {S} cm wide. {pl} has a diameter of {P} km.',
       'A model Sun measures {S} cm across (the real one is 1,392,000 km). The real diameter of {pl} is {P} km.',
       'Make a scale model: the 1,392,000 km Sun becomes a {S} cm sphere. {pl} is {P} km wide.'],
      ['How wide should the model of {pl} be, in cm?', 'What diameter (cm) should {pl} have on the same scale?'], g_scale_s)
def s_scale_s(C, p):
    k = C.calc([N(1392000, 'km'), '/', N(p['S'], 'cm')], 'km per cm', 'find the scale', 'scale')
    d = C.calc([N(p['P'], 'km'), '/', N(k, 'km/cm')], 'cm', 'divide the diameter by the scale', 'model diameter')
    C.answer(d, 'cm', 'the model of {pl} is {{}} wide.'.format(pl=p['pl']))


# 16 ------------------------------------------------------------------------
def g_stars(rng):
    return {'a': pick(rng, [1, 2, 4, F(25, 10), 3, F(15, 10)]), 'n': pick(rng, [5, 8, 12, 40, 6, 20]),
            'k': pick(rng, [1000, 100, 500, 200])}


@kind('star_count_sci',
      ['A galaxy cluster has {n} galaxies, each with about {a} × 10^11 stars. About 1 in every {k} stars hosts a planet we could detect.',
       'Astronomers estimate {a} × 10^11 stars per galaxy in a group of {n} galaxies, and that 1 out of {k} stars has a detectable planet.',
       'Each of {n} galaxies holds roughly {a} × 10^11 stars. Suppose one star in {k} has a planet we can see.'],
      ['How many stars with detectable planets is that?', 'Estimate the number of such stars.'], g_stars)
def s_stars(C, p):
    t = C.calc([N(p['a'] * 10 ** 11, sci=True), '*', N(p['n'])], 'stars', 'multiply stars per galaxy by the number of galaxies', 'total stars', forms=['sci', 'plain'])
    w = C.calc([N(t), '/', N(p['k'])], 'stars', 'divide by {:,}'.format(p['k']), 'stars with planets')
    C.answer(w, 'stars', 'about {} have detectable planets.')


# 17 ------------------------------------------------------------------------
def g_scidiv(rng):
    D, S = pick(rng, [(F(15, 10) * 10 ** 8, 5 * 10 ** 4), (F(24, 10) * 10 ** 8, 4 * 10 ** 4), (F(72, 10) * 10 ** 8, 6 * 10 ** 4),
                      (F(12, 10) * 10 ** 9, 5 * 10 ** 4), (F(36, 10) * 10 ** 8, 2 * 10 ** 4), (F(48, 10) * 10 ** 8, 8 * 10 ** 4),
                      (F(96, 10) * 10 ** 8, 4 * 10 ** 4), (F(144, 100) * 10 ** 9, 6 * 10 ** 4)])
    return {'D': D, 'S': S}


@kind('sci_divide_time',
      ['A probe must travel {Dsci} km at a speed of {Ssci} km/h.', 'The route to a gas giant is {Dsci} km long; the spacecraft cruises at {Ssci} km per hour.',
       'Distance: {Dsci} km. Speed: {Ssci} km/h.'],
      ['How many days does the trip take?', 'Find the travel time in hours and then in days. How many days?'], g_scidiv)
def s_scidiv(C, p):
    e1 = len(str(int(p['D']))) - 1
    e2 = len(str(int(p['S']))) - 1
    h = C.calc([N(p['D'], 'km', sci=True), '/', N(p['S'], 'km/h', sci=True)], 'hours', 'divide distance by speed', 'time in hours', forms=['unnorm:%d' % (e1 - e2), 'sci', 'plain'])
    d = C.calc([N(h, 'h'), '/', N(24, 'h/day')], 'days', 'convert hours to days', 'time in days')
    C.answer(d, 'days', 'the trip takes {}.')


# 18 ------------------------------------------------------------------------
AU = [(F(39, 100), 'Mercury'), (F(72, 100), 'Venus'), (F(1), 'Earth'), (F(152, 100), 'Mars'), (F(52, 10), 'Jupiter'),
      (F(954, 100), 'Saturn'), (F(192, 10), 'Uranus'), (F(301, 10), 'Neptune')]


def g_au(rng):
    i, j = sorted(rng.sample(range(len(AU)), 2))
    return {'A1': AU[i][0], 'p1': AU[i][1], 'A2': AU[j][0], 'p2': AU[j][1]}


@kind('au_gap',
      ['{p1} orbits {A1} AU from the Sun and {p2} orbits {A2} AU from the Sun. 1 AU = 149,600,000 km.',
       'Take 1 astronomical unit as 149,600,000 km. {p2} is at {A2} AU and {p1} is at {A1} AU.',
       'The average orbit of {p1} is {A1} AU; for {p2} it is {A2} AU. One AU is 149,600,000 kilometers.'],
      ['What is the distance between the two orbits in km, when the planets line up on the same side of the Sun?',
       'How many km apart are they at their closest (lined up on the same side)?'], g_au)
def s_au(C, p):
    d = C.calc([N(p['A2'], 'AU'), '-', N(p['A1'], 'AU')], 'AU', 'subtract the two orbit sizes', 'gap in AU')
    k = C.calc([N(d, 'AU'), '*', N(149600000, 'km/AU')], 'km', 'convert AU to km', 'gap in km')
    C.answer(k, 'km', 'they are {} apart.')


# 19 ------------------------------------------------------------------------
def g_weight(rng):
    g, w = pick(rng, [(F(165, 1000), 'the Moon'), (F(38, 100), 'Mars'), (F(38, 100), 'Mercury'), (F(14, 100), 'Titan'), (F(91, 100), 'Venus')])
    return {'g': g, 'where': w, 'W': pick(rng, [60, 75, 80, 90, 48, 120, 95]), 'who': pick(rng, ['An astronaut', 'A rover', 'A robot', 'A student'])}


@kind('planet_weight',
      ['{who} weighs {W} kg on a bathroom scale on Earth. On {where}, a scale reads {g} times the Earth value.',
       'Gravity on {where} is {g} of Earth gravity. {who} registers {W} kg on Earth.',
       '{who} has an Earth scale reading of {W} kg. Scales on {where} show {g} × the Earth reading.'],
      ['How many kg less would the scale show on {where}?', 'By how much does the reading drop on {where}?'], g_weight)
def s_weight(C, p):
    r = C.calc([N(p['W'], 'kg'), '*', N(p['g'])], 'kg', 'find the reading on ' + p['where'], 'reading on ' + p['where'])
    d = C.calc([N(p['W'], 'kg'), '-', N(r, 'kg')], 'kg', 'subtract to find the drop', 'drop')
    C.answer(d, 'kg', 'the scale shows {} less.')


# 20 ------------------------------------------------------------------------
def g_temp(rng):
    while True:
        h = pick(rng, [20, 10, -5, 0, 35, 15, -20])
        l = pick(rng, [-80, -125, -60, -140, -90, -153, -73])
        if (h + l) % 2 == 0 or True:
            return {'h': h, 'l': l, 'where': pick(rng, ['Mars', 'the Moon', 'a moon of Jupiter', 'a rover site'])}


@kind('temperature_swing',
      ['On {where}, the daytime high is {h} °C and the night low is {l} °C.',
       'A probe on {where} records a high of {h} °C and a low of {l} °C in one day.',
       'Temperatures at {where} go from {l} °C at night up to {h} °C in the day.'],
      ['What is the average of the high and the low?', 'Find the mean of the two temperatures.'], g_temp)
def s_temp(C, p):
    s = C.calc([N(p['h'], '°C'), '+', N(p['l'], '°C')], '°C', 'add the high and the low', 'sum')
    a = C.calc([N(s, '°C'), '/', N(2)], '°C', 'divide by 2', 'average')
    C.answer(a, '°C', 'the average is {}.')


# 21 ------------------------------------------------------------------------
def g_circ(rng):
    r, T = pick(rng, [(6800, F(3, 2)), (6700, F(3, 2)), (42000, 24), (7000, 2), (26600, 12), (6900, F(8, 5)), (384400, 655)])
    return {'r': r, 'T': T}


@kind('orbit_speed',
      ['A satellite moves in a circular orbit of radius {r} km and takes {T} hours per orbit. Use π ≈ 3.14.',
       'The orbit radius is {r} km and one revolution takes {T} h. Take pi as 3.14.',
       'Using 3.14 for π: a spacecraft circles at a radius of {r} km, completing a lap every {T} hours.'],
      ['What is its speed in km/h, rounded to the nearest whole number?', 'Find the orbital speed in km per hour (nearest whole number).'], g_circ)
def s_circ(C, p):
    c = C.calc([N(2), '*', N(F(314, 100)), '*', N(p['r'], 'km')], 'km', 'find the circumference 2πr', 'orbit length')
    v = C.calc([N(c, 'km'), '/', N(p['T'], 'h')], 'km/h', 'divide by the orbit time', 'speed', approx=0)
    C.answer(v, 'km/h', 'the speed is about {}.')


# 22 ------------------------------------------------------------------------
def g_water(rng):
    return {'n': pick(rng, [3, 4, 6, 7, 2, 5]), 'w': pick(rng, [F(35, 10), 3, F(25, 10), 4, F(45, 10)]), 'd': pick(rng, [30, 180, 14, 60, 90, 200])}


@kind('crew_supplies',
      ['A crew of {n} astronauts each uses {w} kg of water per day on a {d}-day mission. Planners add a 10% reserve.',
       'Each of {n} crew members needs {w} kg of water daily. The mission lasts {d} days, plus a 10% safety margin.',
       'For a {d}-day trip, {n} astronauts use {w} kg of water each per day, and 10% extra is packed.'],
      ['How many kg of water must be packed?', 'What total mass of water, including the reserve, is needed?'], g_water)
def s_water(C, p):
    a = C.calc([N(p['n']), '*', N(p['w'], 'kg')], 'kg per day', 'find the water used per day by the crew', 'daily use')
    b = C.calc([N(a, 'kg'), '*', N(p['d'], 'days')], 'kg', 'multiply by the mission length', 'mission total')
    r = C.calc([N(F(1, 10), '%'), '*', N(b, 'kg')] if p['d'] % 60 == 0 else [N(b, 'kg'), '*', N(F(1, 10))], 'kg', 'find the 10% reserve', 'reserve')
    t = C.calc([N(b, 'kg'), '+', N(r, 'kg')], 'kg', 'add the reserve', 'water packed')
    C.answer(t, 'kg', '{} of water must be packed.')


# 23 ------------------------------------------------------------------------
def g_packs(rng):
    return {'b': pick(rng, [12, 15, 18, 24, 9, 30]), 'per': pick(rng, [25, 40, 36, 16, 48, 22]), 'c': pick(rng, [4, 6, 7, 3, 5])}


@kind('food_packs',
      ['A space station receives {b} boxes of food with {per} packs in each box. The packs are shared equally among {c} astronauts.',
       'There are {b} boxes, each holding {per} meal packs, to split evenly between {c} crew members.',
       'Cargo delivered: {b} boxes × {per} food packs. {c} astronauts share them equally; leftovers go to storage.'],
      ['How many whole packs does each astronaut get?', 'How many full packs does each crew member receive?'], g_packs)
def s_packs(C, p):
    t = C.calc([N(p['b'], 'boxes'), '*', N(p['per'], 'packs')], 'packs', 'find the total number of packs', 'total packs')
    q = C.rem(N(t), N(p['c']), 'packs each', 'share them among the crew', 'packs per astronaut', runit='each')
    C.answer(q, 'packs', 'each astronaut gets {}.')


# 24 ------------------------------------------------------------------------
def g_comet(rng):
    P, nm = pick(rng, [(76, "Halley's Comet"), (133, 'Comet Swift-Tuttle'), (6, 'a short-period comet'), (33, 'Comet Tempel-Tuttle'), (71, 'a bright comet')])
    return {'P': P, 'nm': nm, 'Y': pick(rng, [1986, 1992, 1998, 2001, 2010, 1965])}


@kind('comet_return',
      ['{nm} returns every {P} years. It was last near the Sun in {Y}.',
       'The orbital period of {nm} is {P} years, and its last close pass was in {Y}.',
       'In {Y}, {nm} came close to the Sun. It comes back every {P} years.'],
      ['In what year will it return for the second time after that?', 'What is the year of its second return from now?'], g_comet, nocomma=('Y',))
def s_comet(C, p):
    a = C.calc([N(p['Y'], nocomma=True), '+', N(p['P'])], '', 'add one period', 'next return', nocomma=True)
    b = C.calc([N(a, nocomma=True), '+', N(p['P'])], '', 'add another period', 'second return', nocomma=True)
    C.answer(b, '', 'it returns for the second time in {}.', nocomma=True)


# 25 ------------------------------------------------------------------------
def g_sats(rng):
    return {'L': pick(rng, [3, 4, 6, 8, 2]), 'S': pick(rng, [22, 60, 24, 54, 40]), 'M': pick(rng, [12, 6, 18, 9, 24]),
            'E': pick(rng, [1250, 3400, 5120, 860, 2015])}


@kind('satellite_fleet',
      ['A company already has {E} satellites in orbit. It launches {L} rockets per month, each carrying {S} satellites.',
       'Each month, {L} launches put {S} satellites apiece into orbit. The fleet currently has {E} satellites.',
       'Starting with {E} satellites, an operator adds {L} rocket loads of {S} satellites every month.'],
      ['How many satellites will it have after {M} months (assume none fail)?', 'What is the fleet size after {M} months?'], g_sats)
def s_sats(C, p):
    a = C.calc([N(p['L']), '*', N(p['S'])], 'satellites', 'find satellites launched per month', 'per month')
    b = C.calc([N(a), '*', N(p['M'], 'months')], 'satellites', 'multiply by the number of months', 'new satellites')
    c = C.calc([N(p['E']), '+', N(b)], 'satellites', 'add the existing fleet', 'fleet size')
    C.answer(c, 'satellites', 'the fleet will have {}.')


# 26 ------------------------------------------------------------------------
def g_lday(rng):
    n = pick(rng, [1, 2, 3, 5, 7, 10, 30])
    return {'n': n, 'nd': '1 day' if n == 1 else '%d days' % n}


@kind('light_per_days',
      ['Light moves at 300,000 km every second.', 'The speed of light is about 300,000 km/s.',
       'Take the speed of light to be 300,000 kilometers per second.'],
      ['How many kilometers does light travel in {nd}?', 'How far does light go in {nd}, in km?'], g_lday)
def s_lday(C, p):
    a = C.calc([N(C_KMS, 'km/s'), '*', N(60, 's/min')], 'km per minute', 'find the distance per minute', 'per minute')
    b = C.calc([N(a, 'km/min'), '*', N(60, 'min/h')], 'km per hour', 'find the distance per hour', 'per hour')
    c = C.calc([N(b, 'km/h'), '*', N(24, 'h/day')], 'km per day', 'find the distance per day', 'per day')
    d = C.calc([N(c, 'km/day'), '*', N(p['n'], 'days')], 'km', 'multiply by the number of days', 'total distance')
    C.answer(d, 'km', 'light travels {}.')


# 27 ------------------------------------------------------------------------
def g_voy(rng):
    Y = pick(rng, [1, 2, 5, 10, 3])
    return {'v': pick(rng, [17, 15, 16, 11, 19, 12]), 'Y': Y, 'ny': '1 year' if Y == 1 else '%d years' % Y,
            'nm': pick(rng, ['Voyager 1', 'a deep-space probe', 'New Horizons', 'an interstellar probe'])}


@kind('probe_year_distance',
      ['{nm} moves away from the Sun at about {v} km/s.', 'Suppose {nm} keeps a speed of {v} km per second.',
       'The speed of {nm} relative to the Sun is {v} km/s.'],
      ['How far does it travel in {ny} of 365 days?', 'How many km does it cover in {ny}? Use 365 days per year.'], g_voy)
def s_voy(C, p):
    a = C.calc([N(p['v'], 'km/s'), '*', N(3600, 's/h')], 'km/h', 'convert to km per hour', 'speed per hour')
    b = C.calc([N(a, 'km/h'), '*', N(24, 'h/day')], 'km/day', 'convert to km per day', 'distance per day')
    c = C.calc([N(b, 'km/day'), '*', N(365, 'days')], 'km', 'multiply by 365 days', 'distance per year')
    if p['Y'] != 1:
        c = C.calc([N(c, 'km'), '*', N(p['Y'])], 'km', 'multiply by the number of years', 'total distance')
    C.answer(c, 'km', 'it travels {}.')


# 28 ------------------------------------------------------------------------
def g_accel(rng):
    return {'v0': pick(rng, [0, 120, 350, 1500, 7800, 250]), 'a': pick(rng, [12, 25, 30, F(155, 10), 40, 18]), 't': pick(rng, [60, 90, 150, 45, 120, 200])}


@kind('rocket_speedup',
      ['A rocket moving at {v0} m/s fires its engine and speeds up by {a} m/s every second for {t} seconds.',
       'Starting at {v0} m/s, a spacecraft gains {a} m/s each second during a {t}-second burn.',
       'An upper stage accelerates at {a} m/s per second for {t} s. Its speed before the burn was {v0} m/s.'],
      ['What is its speed after the burn, in m/s?', 'How fast is it going at the end of the burn (m/s)?'], g_accel)
def s_accel(C, p):
    g = C.calc([N(p['a'], 'm/s'), '*', N(p['t'], 's')], 'm/s', 'find the speed gained', 'speed gained')
    v = C.calc([N(p['v0'], 'm/s'), '+', N(g, 'm/s')], 'm/s', 'add the starting speed', 'final speed')
    C.answer(v, 'm/s', 'its final speed is {}.')
