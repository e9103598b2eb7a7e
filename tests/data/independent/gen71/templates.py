"""Problem structures x phrasings for metric/imperial conversions."""
from fractions import Fraction as Fr
from core import L, Fa, Frac, Par, Ref, mul, div, add, sub, par, canon

T = []


def tpl(key, sampler, asks, solve):
    T.append((key, sampler, asks, solve))


NAMES = ["Maya", "Liam", "Priya", "Carlos", "Emma", "Kenji", "Sofia", "Omar", "Hannah", "Diego", "Aisha",
         "Lucas", "Grace", "Mateo", "Zoe", "Ravi", "Nina", "Tom", "Leila", "Ben"]
RP = {  # rounding phrase for the question
    -1: ["the nearest ten"],
    0: ["the nearest whole number", "a whole number"],
    1: ["one decimal place", "the nearest tenth"],
    2: ["two decimal places", "the nearest hundredth"],
}
RL = {  # rounding step labels
    -1: ["Round to the nearest ten"],
    0: ["Round to the nearest whole number", "Round to a whole number"],
    1: ["Round to one decimal place", "Round to the nearest tenth"],
    2: ["Round to two decimal places", "Round to the nearest hundredth"],
}


def dec(r, lo, hi, step):
    step = Fr(str(step))
    n = r.randint(int(Fr(str(lo)) / step), int(Fr(str(hi)) / step))
    return canon(n * step)


def base(r, pls=(0, 1, 2)):
    pl = r.choice(pls)
    return dict(pl=pl, rp=r.choice(RP[pl]), name=r.choice(NAMES))


def R(pl):
    return (pl, RL[pl])


# =============================================================== LENGTH
def sp_ht(r):
    p = base(r, (0, 1))
    p.update(ft=r.choice([4, 5, 5, 5, 6, 6]), inch=r.randint(0, 11))
    return p


def so_ht(b, p):
    ft, inch = p['ft'], p['inch']
    b.start([f"To convert {ft} ft {inch} in to centimetres, first express the whole height in inches, then multiply by 2.54.",
             f"A height of {ft} feet {inch} inches has to be turned into inches first; after that it's a single multiplication.",
             f"We'll change {ft} ft {inch} in into inches and then into centimetres."])
    b.facts([('1', 'ft', '=', '12', 'in'), ('1', 'in', '=', '2.54', 'cm')])
    t = b.calc(add(mul(L(ft, 'ft'), Fa(12, 'in', 'ft')), L(inch, 'in')), 2, 'in')
    b.step(["Convert the height to inches", "Express the height in inches", "Find the total number of inches"], t,
           note=lambda q: b.pick([f"So {ft} ft {inch} in is {b.n(q)} inches.", f"That's {b.n(q)} inches in total.", None]))
    c = b.calc(mul(t, Fa('2.54', 'cm', 'in')), 2, 'cm')
    fin = b.step(["Convert inches to centimetres", "Multiply by 2.54 to get centimetres"], c, rnd=R(p['pl']))
    b.answer(fin, ["The height is about {v} cm.", f"{p['name']} is approximately {{v}} cm tall.", "That comes to roughly {v} cm."])


tpl('ht_ftin_cm', sp_ht, [
    "{name} is {ft} ft {inch} in tall. What is that height in centimetres, rounded to {rp}?",
    "Convert {ft} feet {inch} inches to centimetres. Use 1 in = 2.54 cm and round to {rp}.",
    "I'm filling out a visa form that wants my height in cm. I'm {ft}'{inch}\". What should I write? Round to {rp}.",
    "How tall is {ft} foot {inch} in centimeters? Give it to {rp}.",
], so_ht)


def sp_cm_in(r):
    p = base(r, (0,))
    p.update(cm=r.randint(150, 195))
    return p


def so_cm_in(b, p):
    b.start([f"Divide {p['cm']} cm by 2.54 to get inches, round, then split the inches into feet and inches.",
             f"{p['cm']} cm ÷ 2.54 gives inches; then 12 inches make a foot."])
    b.facts([('1', 'in', '=', '2.54', 'cm'), ('1', 'ft', '=', '12', 'in')])
    i = b.calc(div(L(p['cm'], 'cm'), Fa('2.54', 'cm', 'in')), 2, 'in')
    fin = b.step(["Convert centimetres to inches", "Divide by 2.54"], i, rnd=R(0))
    ft = int(fin.v) // 12
    rem = b.calc(sub(Ref(fin, show_unit=False), mul(L(12), L(ft))), 0, 'in')
    b.step(["Split into feet and inches", "Take out whole feet"], rem,
           pre=f"{ft} feet is {12 * ft} inches, so subtract that.",
           note=lambda q: b.pick([f"({b.n(fin)} ÷ 12 = {ft} remainder {b.n(q)}.)", f"So it's {ft} ft {b.n(q)} in.",
                                  f"Check: {b.n(fin)} ÷ 12 = {ft} R {b.n(q)}."]))
    b.answer(fin, ["The height is about {v} inches" + f" ({ft} ft {rem.t} in).",
                   "So it's roughly {v} inches, i.e. " + f"{ft}'{rem.t}\"."])


tpl('ht_cm_in', sp_cm_in, [
    "{name} is {cm} cm tall. How many inches is that, to the nearest inch? Also give it in feet and inches.",
    "Convert {cm} cm to inches (nearest whole inch), then write it as feet and inches.",
    "My doctor in Spain wrote my height as {cm} cm. What's that in inches, rounded to the nearest inch?",
    "What is {cm} centimeters in inches? Round to the nearest inch and say how many feet and inches that is.",
], so_cm_in)


def sp_tv(r):
    p = base(r, (0, 1))
    p.update(x=r.choice([24, 27, 32, 40, 43, 50, 55, 58, 65, 70, 75, 77, 85, 13, 14, 15, 16, 17]) if r.random() < 0.8 else dec(r, 10, 40, '0.5'))
    return p


def so_tv(b, p):
    b.start([f"Multiply the size in inches by 2.54 (exactly 2.54 cm per inch).",
             f"Inches to centimetres is a single multiplication by 2.54."])
    b.facts([('1', 'in', '=', '2.54', 'cm')])
    c = b.calc(mul(L(p['x'], 'in'), Fa('2.54', 'cm', 'in')), 3, 'cm')
    fin = b.step(["Multiply by 2.54", "Convert inches to centimetres"], c, rnd=R(p['pl']))
    b.answer(fin, ["The measurement is about {v} cm.", "That's roughly {v} cm."])


tpl('in_cm', sp_tv, [
    "A TV is advertised as {x} inches (diagonal). What is the diagonal in centimetres, to {rp}?",
    "Convert {x} in to cm. Round to {rp}.",
    "My laptop screen is {x} inches. How many centimeters is that? Round to {rp} please.",
    "A board is {x} inches long. Express its length in centimetres, rounded to {rp}.",
], so_tv)


def sp_cm_in2(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 5, 120, 1), dec(r, 5, 60, '0.5')]))
    return p


def so_cm_in2(b, p):
    b.start(["Divide the length in centimetres by 2.54 to get inches.", "Since 1 inch is 2.54 cm, divide by 2.54."])
    b.facts([('1', 'in', '=', '2.54', 'cm')])
    i = b.calc(div(L(p['x'], 'cm'), Fa('2.54', 'cm', 'in')), 3, 'in')
    fin = b.step(["Divide by 2.54", "Convert centimetres to inches"], i, rnd=R(p['pl']))
    if b.pick([True, False]):
        ch = b.calc(mul(fin, Fa('2.54', 'cm', 'in')), 3, 'cm')
        b.step(["Check", "Check by converting back"], ch, rnd=R(1))
    b.answer(fin, ["The length is about {v} inches.", "That's approximately {v} in."])


tpl('cm_in', sp_cm_in2, [
    "A ruler is {x} cm long. How long is it in inches? Round to {rp}.",
    "Convert {x} centimetres to inches, giving the answer to {rp}.",
    "The shelf in the IKEA manual is {x} cm wide. How many inches is that (round to {rp})?",
    "What's {x} cm in inches? Round to {rp}.",
], so_cm_in2)


def sp_ft_m(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 20, 1500, 5), dec(r, 3, 40, 1)]), thing=r.choice(["building", "tower", "waterfall", "cliff", "tree", "bridge"]))
    return p


def so_ft_m(b, p):
    b.start([f"Multiply the height in feet by 0.3048, since 1 ft = 0.3048 m exactly.",
             f"Feet to metres: multiply by 0.3048."])
    b.facts([('1', 'ft', '=', '0.3048', 'm')])
    m = b.calc(mul(L(p['x'], 'ft'), Fa('0.3048', 'm', 'ft')), 4, 'm')
    fin = b.step(["Multiply by 0.3048", "Convert feet to metres"], m, rnd=R(p['pl']))
    b.answer(fin, ["It is about {v} m.", f"The {p['thing']} is approximately {{v}} metres."])


tpl('ft_m', sp_ft_m, [
    "A {thing} is {x} feet tall. How tall is it in metres, to {rp}?",
    "Convert {x} ft to metres (1 ft = 0.3048 m). Round to {rp}.",
    "The guidebook says the {thing} is {x} ft high. What's that in meters? Round to {rp}.",
    "How many meters is {x} feet? Round your answer to {rp}.",
], so_ft_m)


def sp_m_ft(r):
    p = base(r, (0, 0, 1))
    p.update(x=r.choice([dec(r, 1000, 8849, 1), dec(r, 100, 999, 1)]), thing=r.choice(["mountain", "peak", "volcano", "pass", "summit"]))
    return p


def so_m_ft(b, p):
    b.start(["Divide the metres by 0.3048 to get feet.", "One foot is 0.3048 m, so divide by 0.3048."])
    b.facts([('1', 'ft', '=', '0.3048', 'm')])
    f = b.calc(div(L(p['x'], 'm'), Fa('0.3048', 'm', 'ft')), 2, 'ft')
    fin = b.step(["Divide by 0.3048", "Convert metres to feet"], f, rnd=R(p['pl']))
    b.answer(fin, ["The elevation is about {v} ft.", f"The {p['thing']} is roughly {{v}} feet high."])


tpl('m_ft', sp_m_ft, [
    "A {thing} has an elevation of {x} m. What is this in feet? Round to {rp}.",
    "Convert {x} metres to feet, to {rp}. (1 ft = 0.3048 m)",
    "We're hiking to a {thing} at {x} m. My friend back home wants it in feet — what is it, to {rp}?",
    "How many feet is {x} meters? Round to {rp}.",
], so_m_ft)


def sp_mi_km(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 1, 500, 1), dec(r, 1, 30, '0.1'), '26.2', '13.1']))
    return p


def so_mi_km(b, p):
    b.start(["Multiply miles by 1.609 to get kilometres.", "1 mile is about 1.609 km, so multiply by 1.609."])
    b.facts([('1', 'mi', '≈', '1.609', 'km')])
    k = b.calc(mul(L(p['x'], 'mi'), Fa('1.609', 'km', 'mi')), 4, 'km')
    fin = b.step(["Multiply by 1.609", "Convert miles to kilometres"], k, rnd=R(p['pl']))
    b.answer(fin, ["The distance is about {v} km.", "That's approximately {v} kilometres."])


tpl('mi_km', sp_mi_km, [
    "A race is {x} miles long. How long is it in kilometres? Use 1 mi ≈ 1.609 km and round to {rp}.",
    "Convert {x} mi to km (1 mile ≈ 1.609 km), rounding to {rp}.",
    "The rental car GPS says the hotel is {x} miles away. How many km is that (round to {rp})?",
    "{name} cycled {x} miles. How many kilometers is that? Round to {rp}.",
], so_mi_km)


def sp_km_mi(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 1, 400, 1), '5', '10', '21.1', '42.2', dec(r, 1, 50, '0.5')]), f=r.choice(['div', 'mul']))
    return p


def so_km_mi(b, p):
    if p['f'] == 'div':
        b.start(["Divide kilometres by 1.609 to get miles.", "Since 1 mile ≈ 1.609 km, divide by 1.609."])
        b.facts([('1', 'mi', '≈', '1.609', 'km')])
        m = b.calc(div(L(p['x'], 'km'), Fa('1.609', 'km', 'mi')), 3, 'mi')
        fin = b.step(["Divide by 1.609", "Convert kilometres to miles"], m, rnd=R(p['pl']))
    else:
        b.start(["Multiply kilometres by 0.6214 to get miles.", "1 km is about 0.6214 miles, so multiply."])
        b.facts([('1', 'km', '≈', '0.6214', 'mi')])
        m = b.calc(mul(L(p['x'], 'km'), Fa('0.6214', 'mi', 'km')), 4, 'mi')
        fin = b.step(["Multiply by 0.6214", "Convert kilometres to miles"], m, rnd=R(p['pl']))
    b.answer(fin, ["The distance is about {v} miles.", "That's roughly {v} mi."])


tpl('km_mi', sp_km_mi, [
    "A trail is {x} km long. How many miles is that, to {rp}?",
    "Convert {x} kilometres to miles. Round to {rp}.",
    "I'm signing up for a {x} km run in Berlin. How far is that in miles (round to {rp})?",
    "How many miles is {x} km? Round to {rp}.",
], so_km_mi)


def sp_trip(r):
    p = base(r, (2,))
    p.update(km=dec(r, 80, 900, 5), mph=r.choice([45, 50, 55, 60, 65, 70]))
    return p


def so_trip(b, p):
    b.start([f"Convert {p['km']} km to miles, then divide by the speed of {p['mph']} mph to get the time.",
             f"First get the distance in miles, then time = distance ÷ speed."])
    b.facts([('1', 'mi', '≈', '1.609', 'km')])
    m = b.calc(div(L(p['km'], 'km'), Fa('1.609', 'km', 'mi')), 2, 'mi')
    b.step(["Convert the distance to miles", "Distance in miles"], m)
    h = b.calc(div(Ref(m), L(p['mph'], 'mph')), 2, 'h')
    b.step(["Divide by the speed", "Time = distance ÷ speed"], h,
           note=lambda q: b.pick([None, f"So the drive takes about {b.n(q)} hours."]))
    b.answer(h, ["The trip takes about {v} hours.", "Roughly {v} hours of driving."])


tpl('trip_time', sp_trip, [
    "A road trip is {km} km. If you average {mph} mph, how many hours will it take? Use 1 mi ≈ 1.609 km and round to two decimal places.",
    "Convert {km} km to miles (1 mi ≈ 1.609 km, round to 2 d.p.), then find the time at {mph} mph, to two decimal places.",
    "We're driving {km} km across Ireland in a car from the US that shows mph. At {mph} mph, how long will it take (hours, 2 decimals)?",
    "How long does it take to drive {km} kilometers at {mph} miles per hour? Give hours to two decimal places.",
], so_trip)


def sp_yd(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 5, 440, 5), '100', dec(r, 10, 90, 1)]), m=r.choice(['chain', 'direct']))
    return p


def so_yd(b, p):
    b.start(["A yard is 3 feet and a foot is 0.3048 m.", "Convert yards to metres (1 yd = 0.9144 m)."])
    if p['m'] == 'chain':
        b.facts([('1', 'yd', '=', '3', 'ft'), ('1', 'ft', '=', '0.3048', 'm')])
        f = b.calc(mul(L(p['x'], 'yd'), Fa(3, 'ft', 'yd')), 2, 'ft')
        b.step(["Convert yards to feet", "Multiply by 3 to get feet"], f)
        m = b.calc(mul(f, Fa('0.3048', 'm', 'ft')), 4, 'm')
        fin = b.step(["Convert feet to metres", "Multiply by 0.3048"], m, rnd=R(p['pl']))
    else:
        b.facts([('1', 'yd', '=', '0.9144', 'm')])
        m = b.calc(mul(L(p['x'], 'yd'), Fa('0.9144', 'm', 'yd')), 4, 'm')
        fin = b.step(["Multiply by 0.9144", "Convert yards to metres"], m, rnd=R(p['pl']))
    b.answer(fin, ["The distance is about {v} m.", "That's approximately {v} metres."])


tpl('yd_m', sp_yd, [
    "A football drive covered {x} yards. How many metres is that, to {rp}?",
    "Convert {x} yd to metres. Round to {rp}.",
    "The pool at my hotel is marked {x} yards. How many meters? Round to {rp}.",
    "Fabric is sold by the yard. {name} buys {x} yards. What is that in metres (to {rp})?",
], so_yd)


def sp_rain(r):
    p = base(r, (0, 1))
    p.update(x=r.choice([dec(r, '0.1', 12, '0.1'), dec(r, '0.25', 5, '0.25')]))
    return p


def so_rain(b, p):
    b.start(["1 inch is exactly 25.4 mm, so multiply by 25.4.", "Multiply inches by 25.4 to get millimetres."])
    b.facts([('1', 'in', '=', '25.4', 'mm')])
    m = b.calc(mul(L(p['x'], 'in'), Fa('25.4', 'mm', 'in')), 3, 'mm')
    fin = b.step(["Multiply by 25.4", "Convert inches to millimetres"], m, rnd=R(p['pl']))
    b.answer(fin, ["That is about {v} mm.", "The amount is approximately {v} mm."])


tpl('in_mm', sp_rain, [
    "A storm dropped {x} inches of rain. How many millimetres is that, to {rp}?",
    "Convert {x} in to mm. Round to {rp}.",
    "The weather app says {x}\" of snow. What's that in millimeters (round to {rp})?",
    "A bolt is {x} inches long. Express the length in millimetres to {rp}.",
], so_rain)


def sp_cmp(r):
    p = base(r, (1, 2))
    n2 = r.choice([n for n in NAMES if n != p['name']])
    p.update(ft=5, inch=r.randint(2, 11), cm=r.randint(150, 190), name2=n2)
    return p


def so_cmp(b, p):
    b.start([f"Convert {p['name']}'s height to centimetres and subtract.",
             f"Put both heights in centimetres, then find the difference."])
    b.facts([('1', 'ft', '=', '12', 'in'), ('1', 'in', '=', '2.54', 'cm')])
    t = b.calc(add(mul(L(p['ft'], 'ft'), Fa(12, 'in', 'ft')), L(p['inch'], 'in')), 2, 'in')
    b.step([f"{p['name']}'s height in inches", "Convert to inches"], t)
    c = b.calc(mul(t, Fa('2.54', 'cm', 'in')), 2, 'cm')
    b.step(["Convert to centimetres", "Multiply by 2.54"], c)
    big = c.v >= p['cm']
    d = b.calc(sub(c, L(p['cm'], 'cm')) if big else sub(L(p['cm'], 'cm'), c), 2, 'cm')
    b.step(["Find the difference", "Subtract"], d, note=lambda q: f"{p['name'] if big else p['name2']} is the taller one.")
    fin = d
    if b.needs_round(d, p['pl']):
        fin = b.step(RL[p['pl']], [Ref(d), b.rnd(d, p['pl'])])
    b.answer(fin, ["The difference is about {v} cm.", "They differ by roughly {v} cm."])


tpl('ht_compare', sp_cmp, [
    "{name} is {ft} ft {inch} in tall and {name2} is {cm} cm tall. What is the difference in their heights in cm, to {rp}?",
    "Compare {ft} ft {inch} in with {cm} cm. How many centimetres apart are they? Round to {rp}.",
    "My pen pal {name2} says she's {cm} cm; I'm ({name}) {ft}'{inch}\". How much taller or shorter am I, in cm? (round to {rp})",
    "Who is taller, {name} at {ft} feet {inch} inches or {name2} at {cm} centimeters, and by how many centimeters (to {rp})?",
], so_cmp)


def sp_runs(r):
    p = base(r, (1, 2))
    p.update(n=r.randint(2, 7), km=r.choice(['5', '8', '10', '3.5', '6.5', '12', '4.2', '7.5']))
    return p


def so_runs(b, p):
    b.start(["Add up the total distance in km, then convert to miles.", "Total kilometres first, then divide by 1.609."])
    b.facts([('1', 'mi', '≈', '1.609', 'km')])
    t = b.calc(mul(L(p['n']), L(p['km'], 'km')), 2, 'km')
    b.step(["Total distance", "Find the total in kilometres"], t)
    m = b.calc(div(t, Fa('1.609', 'km', 'mi')), 3, 'mi')
    fin = b.step(["Convert to miles", "Divide by 1.609"], m, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} miles in total.", f"{p['name']} ran approximately {{v}} miles."])


tpl('runs_mi', sp_runs, [
    "{name} ran {n} runs of {km} km each this week. How many miles is that in total? Round to {rp}.",
    "Find the total of {n} × {km} km and convert it to miles (1 mi ≈ 1.609 km). Round to {rp}.",
    "My running app is in km: {n} runs of {km} km. My US coach wants miles. What's the total in miles (round to {rp})?",
    "If you walk {km} kilometers a day for {n} days, how many miles is that? Round to {rp}.",
], so_runs)


# =============================================================== SPEED
def sp_mph(r):
    p = base(r, (0, 1))
    p.update(x=r.choice([25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, r.randint(10, 200)]))
    return p


def so_mph(b, p):
    b.start(["Multiply mph by 1.609 to get km/h.", "A mile is about 1.609 km, so multiply the speed by 1.609."])
    b.facts([('1', 'mi', '≈', '1.609', 'km')])
    k = b.calc(mul(L(p['x'], 'mph'), Fa('1.609', 'km', 'mi')), 3, 'km/h')
    fin = b.step(["Multiply by 1.609", "Convert mph to km/h"], k, rnd=R(p['pl']))
    b.answer(fin, ["The speed is about {v} km/h.", "That's roughly {v} km/h."])


tpl('mph_kmh', sp_mph, [
    "A car is travelling at {x} mph. What is its speed in km/h, to {rp}?",
    "Convert {x} miles per hour to kilometres per hour (1 mi ≈ 1.609 km). Round to {rp}.",
    "The speed limit on this US highway is {x} mph. How fast is that in km/h? Round to {rp}.",
    "What is {x} mph in km/h? Round to {rp}.",
], so_mph)


def sp_kmh(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([30, 50, 60, 80, 90, 100, 110, 120, 130]), lim=r.choice([45, 55, 60, 65, 70]))
    return p


def so_kmh(b, p):
    b.start(["Divide km/h by 1.609 to get mph, then compare with the limit.", "Convert the speed to mph first."])
    b.facts([('1', 'mi', '≈', '1.609', 'km')])
    m = b.calc(div(L(p['x'], 'km/h'), Fa('1.609', 'km', 'mi')), 2, 'mph')
    b.step(["Convert to mph", "Divide by 1.609"], m)
    if m.v >= p['lim']:
        d = b.calc(sub(m, L(p['lim'], 'mph')), 2, 'mph')
        b.step(["Compare with the limit", "Subtract the limit"], d, note=lambda q: "That is over the limit.")
    else:
        d = b.calc(sub(L(p['lim'], 'mph'), m), 2, 'mph')
        b.step(["Compare with the limit", "Subtract from the limit"], d, note=lambda q: "That is under the limit.")
    fin = d
    if b.needs_round(d, p['pl']):
        fin = b.step(RL[p['pl']], [Ref(d), b.rnd(d, p['pl'])])
    b.answer(fin, ["The difference is about {v} mph.", "The speeds differ by roughly {v} mph."])


tpl('kmh_mph_cmp', sp_kmh, [
    "A car's speedometer reads {x} km/h. The speed limit is {lim} mph. By how many mph do the two differ? Round to {rp}.",
    "Convert {x} km/h to mph (÷ 1.609, 2 d.p.) and find the difference from {lim} mph, to {rp}.",
    "I rented a car in Canada; the cruise control is set to {x} km/h. Back home the limit is {lim} mph. How far over or under is that in mph (round to {rp})?",
    "How many mph over or under a {lim} mph limit is {x} km/h? Round to {rp}.",
], so_kmh)


def sp_ms(r):
    p = base(r, (1, 2))
    u = r.choice(['mph', 'kmh'])
    p.update(x=r.choice([20, 25, 30, 40, 50, 60, 70, 75]), u=u, us='mph' if u == 'mph' else 'km/h')
    return p


def so_ms(b, p):
    if p['u'] == 'kmh':
        b.start(["Divide km/h by 3.6 to get m/s (1 km/h = 1000 m ÷ 3600 s).", "1 m/s = 3.6 km/h, so divide by 3.6."])
        b.facts([('1', 'm/s', '=', '3.6', 'km/h')])
        s = b.calc(div(L(p['x'], 'km/h'), L('3.6')), 3, 'm/s')
        fin = b.step(["Divide by 3.6", "Convert km/h to m/s"], s, rnd=R(p['pl']))
    else:
        b.start(["Go mph → km/h → m/s.", "Convert to km/h first, then divide by 3.6."])
        b.facts([('1', 'mi', '≈', '1.609', 'km'), ('1', 'm/s', '=', '3.6', 'km/h')])
        k = b.calc(mul(L(p['x'], 'mph'), Fa('1.609', 'km', 'mi')), 3, 'km/h')
        b.step(["Convert mph to km/h", "Multiply by 1.609"], k)
        s = b.calc(div(k, L('3.6')), 3, 'm/s')
        fin = b.step(["Convert km/h to m/s", "Divide by 3.6"], s, rnd=R(p['pl']))
    b.answer(fin, ["The speed is about {v} m/s.", "That's roughly {v} metres per second."])


tpl('speed_ms', sp_ms, [
    "A cyclist rides at {x} {us}. What is this speed in metres per second? Round to {rp}.",
    "Express {x} {us} in m/s, to {rp}.",
    "My physics homework gives a speed of {x} {us} but wants m/s. What is it (round to {rp})?",
    "How many meters per second is {x} {us}? Round to {rp}.",
], so_ms)


def sp_pace(r):
    p = base(r, (2,))
    p.update(x=r.choice(['7', '8', '9', '10', '11', '12', '8.5', '9.5', '7.5', '10.5']))
    return p


def so_pace(b, p):
    b.start(["A kilometre is shorter than a mile, so divide the pace by 1.609.",
             "Pace per km = pace per mile ÷ 1.609."])
    b.facts([('1', 'mi', '≈', '1.609', 'km')])
    k = b.calc(div(L(p['x'], 'min'), L('1.609')), 3, 'min')
    fin = b.step(["Divide by 1.609", "Convert the pace"], k, rnd=R(2))
    s = b.calc(mul(Ref(fin, show_unit=False), L(60)), 1, 's')
    b.step(["Convert to seconds", "Turn minutes into seconds"], s, rnd=R(0))
    b.answer(fin, ["The pace is about {v} minutes per km.", "That's roughly {v} min/km."])


tpl('pace', sp_pace, [
    "{name} runs at a pace of {x} minutes per mile. What is this pace in minutes per kilometre? Round to two decimal places.",
    "Convert a pace of {x} min/mi to min/km (1 mi ≈ 1.609 km), to two decimal places.",
    "My watch shows {x} min/mile but the race in Paris uses km splits. What's my pace per km (2 decimals)?",
    "If I run a mile in {x} minutes, how many minutes per kilometer is that? Round to 2 decimal places.",
], so_pace)


# =============================================================== MASS
def sp_lb_kg(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 90, 280, 1), dec(r, 1, 60, '0.5')]), f=r.choice(['div', 'mul']))
    return p


def so_lb_kg(b, p):
    if p['f'] == 'div':
        b.start(["Divide pounds by 2.205 to get kilograms.", "1 kg ≈ 2.205 lb, so divide by 2.205."])
        b.facts([('1', 'kg', '≈', '2.205', 'lb')])
        k = b.calc(div(L(p['x'], 'lb'), Fa('2.205', 'lb', 'kg')), 3, 'kg')
        fin = b.step(["Divide by 2.205", "Convert pounds to kilograms"], k, rnd=R(p['pl']))
    else:
        b.start(["Multiply pounds by 0.4536 to get kilograms.", "1 lb ≈ 0.4536 kg, so multiply."])
        b.facts([('1', 'lb', '≈', '0.4536', 'kg')])
        k = b.calc(mul(L(p['x'], 'lb'), Fa('0.4536', 'kg', 'lb')), 4, 'kg')
        fin = b.step(["Multiply by 0.4536", "Convert pounds to kilograms"], k, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} kg.", "The mass is approximately {v} kg."])


tpl('lb_kg', sp_lb_kg, [
    "{name} weighs {x} lb. What is that in kilograms, to {rp}?",
    "Convert {x} pounds to kilograms. Round to {rp}.",
    "The gym in London lists weights in kg. I usually lift {x} lb. What's that in kg (round to {rp})?",
    "How many kg is {x} lbs? Round to {rp}.",
], so_lb_kg)


def sp_kg_lb(r):
    p = base(r, (1, 2))
    p.update(x=r.choice(['23', '20', '32', '7', '10', '15', dec(r, 1, 120, '0.5')]))
    return p


def so_kg_lb(b, p):
    b.start(["Multiply kilograms by 2.205 to get pounds.", "Each kilogram is about 2.205 lb."])
    b.facts([('1', 'kg', '≈', '2.205', 'lb')])
    k = b.calc(mul(L(p['x'], 'kg'), Fa('2.205', 'lb', 'kg')), 3, 'lb')
    fin = b.step(["Multiply by 2.205", "Convert kilograms to pounds"], k, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} lb.", "The weight is roughly {v} pounds."])


tpl('kg_lb', sp_kg_lb, [
    "The airline's baggage limit is {x} kg. What is that in pounds, to {rp}?",
    "Convert {x} kg to lb (1 kg ≈ 2.205 lb). Round to {rp}.",
    "A bag of dog food says {x} kg. How many pounds is that? Round to {rp}.",
    "How many pounds is {x} kilograms? Round to {rp}.",
], so_kg_lb)


def sp_baby(r):
    p = base(r, (2,))
    p.update(lb=r.randint(5, 10), oz=r.randint(1, 15))
    return p


def so_baby(b, p):
    b.start([f"Turn {p['lb']} lb {p['oz']} oz into ounces, then into pounds as a decimal, then multiply by 0.4536.",
             "Convert everything to ounces, back to decimal pounds, then to kilograms."])
    b.facts([('1', 'lb', '=', '16', 'oz'), ('1', 'lb', '≈', '0.4536', 'kg')])
    o = b.calc(add(mul(L(p['lb'], 'lb'), Fa(16, 'oz', 'lb')), L(p['oz'], 'oz')), 2, 'oz')
    b.step(["Total ounces", "Convert to ounces"], o)
    lb = b.calc(div(o, Fa(16, 'oz', 'lb')), 4, 'lb')
    b.step(["Convert ounces to pounds", "Divide by 16"], lb)
    k = b.calc(mul(lb, Fa('0.4536', 'kg', 'lb')), 4, 'kg')
    fin = b.step(["Convert pounds to kilograms", "Multiply by 0.4536"], k, rnd=R(2))
    b.answer(fin, ["The baby weighs about {v} kg.", "That's approximately {v} kg."])


tpl('lb_oz_kg', sp_baby, [
    "A baby weighs {lb} lb {oz} oz. What is the baby's weight in kilograms, to two decimal places? (1 lb = 16 oz, 1 lb ≈ 0.4536 kg)",
    "Convert {lb} pounds {oz} ounces to kilograms. Round to 2 decimal places.",
    "My niece was born at {lb} lb {oz} oz and my family in Germany asked for kg. What do I tell them (2 decimals)?",
    "How many kg is {lb} lbs {oz} oz? Round to two decimal places.",
], so_baby)


def sp_loss(r):
    p = base(r, (1, 2))
    a = r.randint(150, 260)
    p.update(a=a, b=a - r.randint(5, 40))
    return p


def so_loss(b, p):
    b.start(["Find the change in pounds, then convert it to kilograms.", "Subtract first, then convert the difference."])
    b.facts([('1', 'lb', '≈', '0.4536', 'kg')])
    d = b.calc(sub(L(p['a'], 'lb'), L(p['b'], 'lb')), 2, 'lb')
    b.step(["Find the weight lost", "Subtract"], d)
    k = b.calc(mul(d, Fa('0.4536', 'kg', 'lb')), 4, 'kg')
    fin = b.step(["Convert to kilograms", "Multiply by 0.4536"], k, rnd=R(p['pl']))
    b.answer(fin, [f"{p['name']} lost about {{v}} kg.", "The loss is roughly {v} kg."])


tpl('loss_kg', sp_loss, [
    "{name} went from {a} lb to {b} lb. How many kilograms did {name} lose? Round to {rp}.",
    "A weight drops from {a} pounds to {b} pounds. Express the loss in kg (1 lb ≈ 0.4536 kg), to {rp}.",
    "I've gone from {a} lbs to {b} lbs! My friend in Australia asked how many kilos that is. Round to {rp}.",
    "How many kilograms is the difference between {a} lb and {b} lb? Round to {rp}.",
], so_loss)


def sp_st(r):
    p = base(r, (1, 2))
    p.update(st=r.randint(8, 17), lb=r.randint(0, 13))
    return p


def so_st(b, p):
    b.start([f"Change {p['st']} st {p['lb']} lb into pounds (14 lb per stone), then to kilograms.",
             "Stones to pounds first, then pounds to kilograms."])
    b.facts([('1', 'st', '=', '14', 'lb'), ('1', 'lb', '≈', '0.4536', 'kg')])
    t = b.calc(add(mul(L(p['st'], 'st'), Fa(14, 'lb', 'st')), L(p['lb'], 'lb')), 2, 'lb')
    b.step(["Convert to pounds", "Total pounds"], t)
    k = b.calc(mul(t, Fa('0.4536', 'kg', 'lb')), 4, 'kg')
    fin = b.step(["Convert to kilograms", "Multiply by 0.4536"], k, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} kg.", f"{p['name']} weighs roughly {{v}} kg."])


tpl('st_kg', sp_st, [
    "{name} weighs {st} st {lb} lb. What is this in kilograms? Round to {rp}.",
    "Convert {st} stone {lb} pounds to kg, to {rp}. (1 st = 14 lb, 1 lb ≈ 0.4536 kg)",
    "My UK doctor's note says {st} st {lb} lb. What's that in kg (round to {rp})?",
    "How many kilograms is {st} stone {lb}? Round to {rp}.",
], so_st)


def sp_bag(r):
    p = base(r, (2,))
    p.update(x=r.choice([dec(r, 40, 70, 1), dec(r, 40, 60, '0.5')]), lim=r.choice([20, 23, 25, 32]))
    return p


def so_bag(b, p):
    b.start(["Convert the bag's weight to kilograms and compare it with the limit.", "Get the bag weight in kg first."])
    b.facts([('1', 'kg', '≈', '2.205', 'lb')])
    k = b.calc(div(L(p['x'], 'lb'), Fa('2.205', 'lb', 'kg')), 2, 'kg')
    b.step(["Convert the bag's weight to kg", "Divide by 2.205"], k)
    if k.v >= p['lim']:
        d = b.calc(sub(k, L(p['lim'], 'kg')), 2, 'kg')
        b.step(["Compare with the limit", "Subtract the limit"], d, note="The bag is over the limit by that much.")
    else:
        d = b.calc(sub(L(p['lim'], 'kg'), k), 2, 'kg')
        b.step(["Compare with the limit", "Subtract from the limit"], d, note="The bag is under the limit by that much.")
    b.answer(d, ["The difference is about {v} kg.", "The bag is roughly {v} kg away from the limit."])


tpl('bag_limit', sp_bag, [
    "A suitcase weighs {x} lb and the airline limit is {lim} kg. By how many kilograms is the bag over or under the limit? Use 1 kg ≈ 2.205 lb and round to 2 decimal places.",
    "Convert {x} lb to kg (÷ 2.205, 2 d.p.) and find the difference from {lim} kg.",
    "My bathroom scale says my checked bag is {x} lbs. The limit is {lim} kg. Am I over? By how much in kg (2 decimals)?",
    "How far is a {x} lb bag from a {lim} kg limit, in kilograms? Round to two decimal places.",
], so_bag)


# =============================================================== VOLUME
def sp_gal(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 1, 30, 1), dec(r, 1, 20, '0.5'), dec(r, 5, 25, '0.1')]))
    return p


def so_gal(b, p):
    b.start(["Multiply gallons by 3.785 to get litres.", "A US gallon is about 3.785 L."])
    b.facts([('1', 'gal', '≈', '3.785', 'L')])
    l = b.calc(mul(L(p['x'], 'gal'), Fa('3.785', 'L', 'gal')), 4, 'L')
    fin = b.step(["Multiply by 3.785", "Convert gallons to litres"], l, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} L.", "The volume is approximately {v} litres."])


tpl('gal_L', sp_gal, [
    "A fish tank holds {x} US gallons. How many litres is that? Round to {rp}.",
    "Convert {x} gal to litres (1 gal ≈ 3.785 L), to {rp}.",
    "I just filled up with {x} gallons in Texas. How many liters is that? Round to {rp}.",
    "How many liters are in {x} gallons? Round to {rp}.",
], so_gal)


def sp_L(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([dec(r, 2, 80, 1), '1.5', '2', '0.5', dec(r, 1, 10, '0.25')]))
    return p


def so_L(b, p):
    b.start(["Divide litres by 3.785 to get US gallons.", "Since 1 gal ≈ 3.785 L, divide."])
    b.facts([('1', 'gal', '≈', '3.785', 'L')])
    g = b.calc(div(L(p['x'], 'L'), Fa('3.785', 'L', 'gal')), 3, 'gal')
    fin = b.step(["Divide by 3.785", "Convert litres to gallons"], g, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} gallons.", "The volume is roughly {v} gal."])


tpl('L_gal', sp_L, [
    "A car's fuel tank holds {x} L. How many US gallons is that, to {rp}?",
    "Convert {x} litres to US gallons. Round to {rp}.",
    "The jug of water I bought in Mexico is {x} L. How many gallons is that (round to {rp})?",
    "How many gallons is {x} liters? Round to {rp}.",
], so_L)


def sp_usd(r):
    p = base(r, (2,))
    p.update(x=dec(r, '2.49', '5.99', '0.01'))
    return p


def so_usd(b, p):
    b.start(["A gallon is about 3.785 L, so divide the per-gallon price by 3.785.",
             "Price per litre = price per gallon ÷ 3.785."])
    b.facts([('1', 'gal', '≈', '3.785', 'L')])
    c = b.calc(div(L(p['x'], '$'), L('3.785')), 4, '$')
    fin = b.step(["Divide by 3.785", "Convert to a per-litre price"], c, rnd=R(2))
    b.answer(fin, ["Gas costs about ${v} per litre.", "That's roughly ${v} per litre."])


tpl('fuel_usd_L', sp_usd, [
    "Gas costs ${x} per US gallon. What is the price per litre, to the nearest cent? (1 gal ≈ 3.785 L)",
    "Convert a fuel price of ${x}/gal to dollars per litre. Round to the nearest cent.",
    "My Canadian cousin asked what gas costs here. It's ${x} a gallon. What's that per liter (nearest cent)?",
    "What is ${x} per gallon in dollars per liter? Round to the nearest cent.",
], so_usd)


def sp_eur(r):
    p = base(r, (2,))
    p.update(e=dec(r, '1.45', '2.20', '0.01'))
    return p


def so_eur(b, p):
    b.start(["Multiply the per-litre price by 3.785 to get the per-gallon price.",
             "A gallon is about 3.785 L, so one gallon costs 3.785 times as much."])
    b.facts([('1', 'gal', '≈', '3.785', 'L')])
    c = b.calc(mul(L(p['e'], '€'), L('3.785')), 4, '€')
    fin = b.step(["Multiply by 3.785", "Convert to a per-gallon price"], c, rnd=R(2))
    b.answer(fin, ["Fuel costs about €{v} per gallon.", "That's roughly €{v} per gallon."])


tpl('fuel_eur_gal', sp_eur, [
    "Petrol in France costs €{e} per litre. What is that per US gallon, to the nearest cent? (1 gal ≈ 3.785 L)",
    "Convert €{e}/L to euros per gallon. Round to the nearest cent.",
    "Diesel in Italy is €{e} a liter. My dad only thinks in gallons — what's that per gallon (nearest cent)?",
    "What is €{e} per liter in euros per gallon? Round to the nearest cent.",
], so_eur)


def sp_cost(r):
    p = base(r, (2,))
    p.update(mi=r.choice([120, 150, 180, 200, 240, 250, 270, 300, 320, 360, 400, 450]), mpg=r.choice([20, 24, 25, 30, 36, 40]),
             e=dec(r, '1.50', '2.10', '0.01'))
    return p


def so_cost(b, p):
    b.start(["Find the gallons used, convert to litres, then multiply by the price per litre.",
             "Fuel used = distance ÷ mpg; then convert gallons to litres and price it."])
    b.facts([('1', 'gal', '≈', '3.785', 'L')])
    g = b.calc(div(L(p['mi'], 'mi'), L(p['mpg'], 'mpg')), 2, 'gal')
    b.step(["Gallons used", "Divide distance by fuel economy"], g)
    l = b.calc(mul(g, Fa('3.785', 'L', 'gal')), 2, 'L')
    b.step(["Convert to litres", "Multiply by 3.785"], l)
    c = b.calc(mul(l, L(p['e'], '€')), 2, '€')
    b.step(["Multiply by the price", "Cost of the fuel"], c)
    b.answer(c, ["The fuel costs about €{v}.", "Expect to pay roughly €{v}."])


tpl('trip_fuel_cost', sp_cost, [
    "A car gets {mpg} miles per US gallon. A trip is {mi} miles and fuel costs €{e} per litre. How much does the fuel cost? Round gallons and litres to 2 d.p. and the cost to the nearest cent.",
    "Drive {mi} mi at {mpg} mpg with fuel at €{e}/L (1 gal ≈ 3.785 L). Find the fuel cost, rounding each step to 2 decimal places.",
    "We're taking our American RV ({mpg} mpg) on a {mi}-mile tour of Portugal where diesel is €{e} per liter. Roughly what will fuel cost? (2 decimals at each step)",
    "How much is fuel for {mi} miles at {mpg} mpg if it costs €{e} a liter? Round each step to the nearest hundredth.",
], so_cost)


def sp_mpg(r):
    p = base(r, (1, 2))
    p.update(x=r.choice([18, 20, 22, 25, 28, 30, 32, 35, 40, 45, 50]))
    return p


def so_mpg(b, p):
    b.start(["Convert miles to km (× 1.609), then gallons to litres (÷ 3.785).",
             "Miles per gallon → km per gallon → km per litre."])
    b.facts([('1', 'mi', '≈', '1.609', 'km'), ('1', 'gal', '≈', '3.785', 'L')])
    k = b.calc(mul(L(p['x'], 'mpg'), L('1.609')), 3, 'km/gal')
    b.step(["Miles to kilometres", "Multiply by 1.609"], k)
    kl = b.calc(div(k, L('3.785')), 3, 'km/L')
    fin = b.step(["Per gallon to per litre", "Divide by 3.785"], kl, rnd=R(p['pl']))
    b.answer(fin, ["The car does about {v} km per litre.", "That's roughly {v} km/L."])


tpl('mpg_kmL', sp_mpg, [
    "A car gets {x} miles per US gallon. What is this in kilometres per litre? Round to {rp}.",
    "Convert {x} mpg to km/L (1 mi ≈ 1.609 km, 1 gal ≈ 3.785 L). Round to {rp}.",
    "The rental listing says {x} mpg, but I'm used to km/L. What is it in km/L (round to {rp})?",
    "What's {x} mpg in km per liter? Round to {rp}.",
], so_mpg)


def sp_floz(r):
    p = base(r, (0, 1))
    p.update(x=r.choice(['12', '16', '8', '20', '4', '6', '32', '1.5', dec(r, 1, 64, 1)]))
    return p


def so_floz(b, p):
    b.start(["Multiply fluid ounces by 29.57 to get millilitres.", "1 US fl oz ≈ 29.57 mL."])
    b.facts([('1', 'fl oz', '≈', '29.57', 'mL')])
    m = b.calc(mul(L(p['x'], 'fl oz'), Fa('29.57', 'mL', 'fl oz')), 3, 'mL')
    fin = b.step(["Multiply by 29.57", "Convert fl oz to mL"], m, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} mL.", "The volume is roughly {v} millilitres."])


tpl('floz_mL', sp_floz, [
    "A can holds {x} fl oz. How many millilitres is that? Round to {rp}.",
    "Convert {x} US fluid ounces to mL (1 fl oz ≈ 29.57 mL), to {rp}.",
    "The baby bottle instructions are in fl oz: {x} fl oz. How many ml is that? Round to {rp}.",
    "How many ml is {x} oz of liquid? Round to {rp}.",
], so_floz)


def sp_tank(r):
    p = base(r, (1,))
    p.update(x=r.choice([5, 10, 20, 29, 30, 40, 55, 75]))
    return p


def so_tank(b, p):
    b.start(["Convert gallons to litres; 1 L of water has a mass of about 1 kg; then convert kg to lb.",
             "Gallons → litres → kilograms → pounds."])
    b.facts([('1', 'gal', '≈', '3.785', 'L'), ('1', 'L', '≈', '1', 'kg'), ('1', 'kg', '≈', '2.205', 'lb')])
    l = b.calc(mul(L(p['x'], 'gal'), Fa('3.785', 'L', 'gal')), 3, 'L')
    b.step(["Convert to litres", "Multiply by 3.785"], l, note=lambda q: f"So the water has a mass of about {b.n(q)} kg.")
    lb = b.calc(mul(Ref(l, show_unit=False), Fa('2.205', 'lb', 'kg')), 3, 'lb')
    fin = b.step(["Convert kilograms to pounds", "Multiply by 2.205"], lb, rnd=R(1))
    b.answer(fin, ["The water weighs about {v} lb.", "That's roughly {v} pounds of water."])


tpl('tank_weight', sp_tank, [
    "A {x}-gallon aquarium is filled with water. About how many pounds does the water weigh? Use 1 gal ≈ 3.785 L, 1 L of water ≈ 1 kg, 1 kg ≈ 2.205 lb, and round to one decimal place.",
    "Find the weight in pounds of {x} US gallons of water via litres and kilograms. Round to one decimal place.",
    "I'm putting a {x} gallon tank on a shelf. Roughly how heavy is the water in pounds (1 decimal)?",
    "How much does {x} gallons of water weigh in lbs? Go through liters and kg and round to 1 decimal place.",
], so_tank)


# =============================================================== COOKING
def sp_oz_g(r):
    p = base(r, (0, 1))
    p.update(x=r.choice(['8', '16', '4', '12', '6', '2', '3.5', '1.5', dec(r, 1, 32, '0.5')]))
    return p


def so_oz_g(b, p):
    b.start(["Multiply ounces by 28.35 to get grams.", "One ounce is about 28.35 g."])
    b.facts([('1', 'oz', '≈', '28.35', 'g')])
    g = b.calc(mul(L(p['x'], 'oz'), Fa('28.35', 'g', 'oz')), 3, 'g')
    fin = b.step(["Multiply by 28.35", "Convert ounces to grams"], g, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} g.", "You need roughly {v} grams."])


tpl('oz_g', sp_oz_g, [
    "A recipe calls for {x} oz of cheese. How many grams is that? Round to {rp}.",
    "Convert {x} ounces to grams (1 oz ≈ 28.35 g), to {rp}.",
    "My American cookbook wants {x} oz of chocolate, but my scale is in grams. How many grams (round to {rp})?",
    "How many grams is {x} oz? Round to {rp}.",
], so_oz_g)


def sp_g_oz(r):
    p = base(r, (1, 2))
    p.update(x=r.choice(['100', '250', '500', '125', '200', '75', '454', dec(r, 20, 900, 5)]))
    return p


def so_g_oz(b, p):
    b.start(["Divide grams by 28.35 to get ounces.", "Since 1 oz ≈ 28.35 g, divide by 28.35."])
    b.facts([('1', 'oz', '≈', '28.35', 'g')])
    o = b.calc(div(L(p['x'], 'g'), Fa('28.35', 'g', 'oz')), 3, 'oz')
    fin = b.step(["Divide by 28.35", "Convert grams to ounces"], o, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} oz.", "It comes to roughly {v} ounces."])


tpl('g_oz', sp_g_oz, [
    "A bar of chocolate weighs {x} g. How many ounces is that, to {rp}?",
    "Convert {x} grams to ounces. Round to {rp}.",
    "The British recipe says {x} g of butter. How many ounces is that (round to {rp})?",
    "How many oz is {x} grams? Round to {rp}.",
], so_g_oz)


def sp_cups(r):
    p = base(r, (0, 1))
    p.update(x=r.choice(['0.5', '0.75', '1.5', '2', '2.5', '3', '1.25', '0.25', '4']), c=r.choice(['236.6', '240', '250']))
    return p


def so_cups(b, p):
    cups = {'236.6': "a US cup is about 236.6 mL", '240': "a US cup is about 240 mL (the nutrition-label cup)",
            '250': "a metric cup is 250 mL"}[p['c']]
    b.start([f"Multiply by the cup size; {cups}.", f"For this one, {cups}."])
    b.facts([('1', 'cup', '≈' if p['c'] != '250' else '=', p['c'], 'mL')])
    m = b.calc(mul(L(p['x'], 'cups'), Fa(p['c'], 'mL', 'cup')), 3, 'mL')
    fin = b.step(["Multiply by " + p['c'], "Convert cups to millilitres"], m, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} mL.", "You need roughly {v} millilitres."])


tpl('cups_mL', sp_cups, [
    "A recipe needs {x} cups of milk. Using 1 cup ≈ {c} mL, how many millilitres is that? Round to {rp}.",
    "Convert {x} cups to mL, taking 1 cup = {c} mL. Round to {rp}.",
    "I only have a measuring jug in ml. The recipe says {x} cups of stock — with 1 cup ≈ {c} ml, how much is that (round to {rp})?",
    "How many mL is {x} cups if a cup is {c} mL? Round to {rp}.",
], so_cups)


def sp_scale(r):
    p = base(r, (0,))
    s1 = r.choice([2, 4, 6, 8])
    s2 = r.choice([n for n in (3, 4, 6, 8, 10, 12) if n != s1])
    p.update(x=r.choice(['1.5', '2', '0.75', '1', '2.5', '3']), s1=s1, s2=s2)
    return p


def so_scale(b, p):
    b.start(["Scale the cups first, then convert to millilitres (1 cup ≈ 240 mL).",
             "Work out the new amount in cups, then convert."])
    b.facts([('1', 'cup', '≈', '240', 'mL')])
    c = b.calc(mul(L(p['x'], 'cups'), Frac(p['s2'], p['s1'])), 4, 'cups')
    b.step(["Scale the recipe", f"Multiply by {p['s2']}/{p['s1']}"], c)
    m = b.calc(mul(c, Fa('240', 'mL', 'cup')), 2, 'mL')
    fin = b.step(["Convert to millilitres", "Multiply by 240"], m, rnd=R(0))
    b.answer(fin, ["You need about {v} mL.", "That's roughly {v} mL."])


tpl('scale_cups', sp_scale, [
    "A recipe for {s1} people uses {x} cups of broth. How many millilitres are needed for {s2} people? (1 cup ≈ 240 mL, round to the nearest mL)",
    "Scale {x} cups from {s1} servings to {s2} servings and convert to mL using 1 cup ≈ 240 mL. Round to a whole number.",
    "Grandma's soup recipe serves {s1} and uses {x} cups of water. I'm cooking for {s2} and only have a metric jug. How many ml (nearest ml)?",
    "If {x} cups serves {s1}, how many mL for {s2} servings? Use 240 mL per cup; round to the nearest whole mL.",
], so_scale)


def sp_spoon(r):
    p = base(r, (0,))
    p.update(a=r.randint(1, 6), t=r.randint(1, 5), f=r.choice(['round', 'exact']))
    return p


def so_spoon(b, p):
    if p['f'] == 'round':
        tb, ts = '15', '5'
    else:
        tb, ts = '14.79', '4.93'
    b.start(["Convert the tablespoons and teaspoons separately, then add.",
             "Work out each spoon measure in mL and add them up."])
    b.facts([('1', 'tbsp', '≈', tb, 'mL'), ('1', 'tsp', '≈', ts, 'mL')])
    a = b.calc(mul(L(p['a'], 'tbsp'), Fa(tb, 'mL', 'tbsp')), 2, 'mL')
    b.step(["Tablespoons to mL", "Convert the tablespoons"], a)
    t = b.calc(mul(L(p['t'], 'tsp'), Fa(ts, 'mL', 'tsp')), 2, 'mL')
    b.step(["Teaspoons to mL", "Convert the teaspoons"], t)
    s = b.calc(add(a, t), 2, 'mL')
    fin = b.step(["Add them", "Total"], s, rnd=R(0))
    b.answer(fin, ["That's about {v} mL in total.", "Altogether roughly {v} mL."])


tpl('spoons_mL', sp_spoon, [
    "A sauce uses {a} tablespoons of soy sauce and {t} teaspoons of vinegar. How many millilitres of liquid is that in total? Round to the nearest mL.",
    "Convert {a} tbsp + {t} tsp to mL and add. Round to the nearest whole number.",
    "I'm using a metric syringe for my kid's medicine recipe: {a} tbsp plus {t} tsp. How many ml altogether (nearest ml)?",
    "How many mL is {a} tbsp and {t} tsp combined? Round to the nearest mL.",
], so_spoon)


def sp_butter(r):
    p = base(r, (0, 1))
    p.update(x=r.choice(['0.25', '0.5', '0.75', '1.5', '1', '2', '1.25']))
    return p


def so_butter(b, p):
    b.start(["Convert pounds to ounces (16 oz per lb), then ounces to grams.",
             "Go from pounds to ounces to grams."])
    b.facts([('1', 'lb', '=', '16', 'oz'), ('1', 'oz', '≈', '28.35', 'g')])
    o = b.calc(mul(L(p['x'], 'lb'), Fa(16, 'oz', 'lb')), 2, 'oz')
    b.step(["Convert to ounces", "Multiply by 16"], o)
    g = b.calc(mul(o, Fa('28.35', 'g', 'oz')), 2, 'g')
    fin = b.step(["Convert to grams", "Multiply by 28.35"], g, rnd=R(p['pl']))
    b.answer(fin, ["That's about {v} g of butter.", "You need roughly {v} grams."])


tpl('butter_g', sp_butter, [
    "A recipe calls for {x} lb of butter. How many grams is that? Round to {rp}.",
    "Convert {x} pounds to grams via ounces (16 oz = 1 lb, 1 oz ≈ 28.35 g). Round to {rp}.",
    "US recipe: {x} lb butter. My kitchen scale only does grams. How many grams (round to {rp})?",
    "How many grams is {x} pound of butter? Round to {rp}.",
], so_butter)


# =============================================================== TEMPERATURE
def sp_f2c(r):
    p = base(r, (0, 1))
    p.update(x=r.choice(['98.6', '-40', '14', '-4', '5', '-13', '212', '32', '0']) if r.random() < 0.4 else
             r.choice(['350', '375', '400', '425', '68', '77', '100', '101.3', '102.2', '450', '325', dec(r, -20, 110, 1)]))
    return p


def so_f2c(b, p):
    b.start(["Use C = (F − 32) × 5/9.", "Subtract 32, then multiply by 5/9.", "The formula is °C = (°F − 32) × 5/9."])
    x = p['x']
    d = b.calc(sub(L(x, '°F', show_unit=False), L(32)), 2)
    if b.pick([True, False]):
        c = b.calc(mul(d, Frac(5, 9)), p['pl'], '°C')
        fin = b.step(["Apply the formula", "Convert to Celsius"], [mul(par(sub(L(x, '°F', show_unit=False), L(32))), Frac(5, 9)), mul(Ref(d, show_unit=False), Frac(5, 9)), c])
    else:
        b.step(["Subtract 32", "Subtract 32 from the Fahrenheit temperature"], d)
        c = b.calc(mul(d, Frac(5, 9)), p['pl'], '°C')
        fin = b.step(["Multiply by 5/9", "Multiply by 5/9"], c)
    b.answer(fin, ["The temperature is about {v} °C.", "That's {v} °C (rounded)." if fin.rel == '≈' else "That's exactly {v} °C."])


tpl('f_to_c', sp_f2c, [
    "Convert {x} °F to degrees Celsius. Round to {rp}.",
    "The oven dial reads {x} °F. What is that in °C (to {rp})?",
    "The forecast for my trip to Chicago says {x}°F. What's that in Celsius? Round to {rp}.",
    "What is {x} degrees Fahrenheit in Celsius, to {rp}?",
], so_f2c)


def sp_c2f(r):
    p = base(r, (0, 1))
    p.update(x=r.choice(['-40', '-10', '-5', '-18', '-25', '37', '0']) if r.random() < 0.4 else
             r.choice(['25', '30', '180', '200', '15', '22', '36.6', '12.5', dec(r, -30, 45, 1)]),
             f=r.choice(['frac', 'dec']))
    return p


def so_c2f(b, p):
    x = p['x']
    fac = Frac(9, 5) if p['f'] == 'frac' else L('1.8')
    b.start(["Use F = C × 9/5 + 32." if p['f'] == 'frac' else "Use F = 1.8 × C + 32, i.e. multiply by 1.8 and add 32.",
             "Multiply by " + ("9/5" if p['f'] == 'frac' else "1.8") + ", then add 32."])
    m = b.calc(mul(L(x, '°C', show_unit=False), fac), 2)
    b.step(["Multiply by " + ("9/5" if p['f'] == 'frac' else "1.8"), "Scale the Celsius value"], m)
    f = b.calc(add(m, L(32)), 2, '°F')
    fin = b.step(["Add 32", "Add 32"], f, rnd=R(p['pl']))
    b.answer(fin, ["The temperature is about {v} °F.", "That's {v} °F."])


tpl('c_to_f', sp_c2f, [
    "Convert {x} °C to Fahrenheit. Round to {rp}.",
    "A European recipe says to bake at {x} °C. What is that in °F, to {rp}?",
    "It's {x}°C in Lisbon today. What's that in Fahrenheit for my friends in Ohio? Round to {rp}.",
    "What is {x} degrees Celsius in Fahrenheit? Round to {rp}.",
], so_c2f)


def sp_tdiff(r):
    p = base(r, (1,))
    a = r.randint(20, 80)
    p.update(a=a, b=a + r.randint(5, 40))
    return p


def so_tdiff(b, p):
    b.start(["For a temperature *change*, the 32 cancels out: only multiply the difference by 5/9.",
             "A change of 1 °F is a change of 5/9 °C, so find the rise in °F and scale it (no −32 for differences)."])
    d = b.calc(sub(L(p['b'], '°F', show_unit=False), L(p['a'], '°F', show_unit=False)), 2, '°F')
    b.step(["Rise in Fahrenheit", "Find the change in °F"], d)
    c = b.calc(mul(d, Frac(5, 9)), 2, '°C')
    fin = b.step(["Convert the change", "Multiply by 5/9"], c, rnd=R(1))
    b.answer(fin, ["The temperature rose by about {v} °C.", "That's a rise of roughly {v} °C."])


tpl('temp_rise', sp_tdiff, [
    "The temperature rose from {a} °F to {b} °F. By how many degrees Celsius did it rise? Round to one decimal place.",
    "Find the change from {a} °F to {b} °F in Celsius degrees (to 1 d.p.).",
    "Yesterday it was {a}°F and today it's {b}°F. How big is the jump in °C? Round to one decimal.",
    "How many °C is a rise from {a}°F to {b}°F? Give one decimal place.",
], so_tdiff)


def sp_est(r):
    p = base(r, (0,))
    p.update(x=r.choice([5, 10, 12, 15, 18, 20, 22, 24, 25, 28, 30, 32, 35]))
    return p


def so_est(b, p):
    x = p['x']
    b.start(["Compare the quick rule (double it and add 30) with the exact formula F = C × 1.8 + 32.",
             "Rule of thumb: F ≈ 2C + 30. Exact: F = 1.8C + 32."])
    e1 = b.calc(mul(L(x, '°C', show_unit=False), L(2)), 2)
    e = b.calc(add(e1, L(30)), 2, '°F')
    b.step(["Estimate with the rule of thumb", "Quick estimate"], [add(mul(L(x, '°C', show_unit=False), L(2)), L(30)), add(Ref(e1, show_unit=False), L(30)), e])
    x1 = b.calc(mul(L(x, '°C', show_unit=False), L('1.8')), 2)
    xf = b.calc(add(x1, L(32)), 2, '°F')
    b.step(["Exact conversion", "Use the exact formula"], [add(mul(L(x, '°C', show_unit=False), L('1.8')), L(32)), add(Ref(x1, show_unit=False), L(32)), xf])
    big = e.v >= xf.v
    d = b.calc(sub(e, xf) if big else sub(xf, e), 2, '°F')
    b.step(["Difference", "Compare the two"], d)
    b.answer(d, ["The rule of thumb is off by {v} °F.", "The estimate differs from the exact value by {v} °F."])


tpl('temp_estimate', sp_est, [
    "A traveller converts {x} °C to Fahrenheit with the rule 'double it and add 30'. How many °F is this estimate off from the exact value?",
    "Compare 2C + 30 with 1.8C + 32 for C = {x}. What is the difference in °F?",
    "My trick for Celsius is double and add 30. For {x}°C, how far off is that from the real Fahrenheit number?",
    "How many degrees F does the 'double plus 30' shortcut miss by at {x} °C?",
], so_est)


# =============================================================== AREA
def sp_area(r):
    p = base(r, (1,))
    p.update(l=r.randint(8, 30), w=r.randint(6, 20))
    return p


def so_area(b, p):
    b.start(["Find the area in square feet, then multiply by 0.0929 (1 sq ft ≈ 0.0929 m²).",
             "Area first, then convert square feet to square metres."])
    b.facts([('1', 'ft²', '≈', '0.0929', 'm²')])
    a = b.calc(mul(L(p['l'], 'ft'), L(p['w'], 'ft')), 2, 'ft²')
    b.step(["Area in square feet", "Multiply length by width"], a)
    m = b.calc(mul(a, Fa('0.0929', 'm²', 'ft²')), 4, 'm²')
    fin = b.step(["Convert to square metres", "Multiply by 0.0929"], m, rnd=R(1))
    b.answer(fin, ["The room is about {v} m².", "That's roughly {v} square metres."])


tpl('sqft_m2', sp_area, [
    "A room measures {l} ft by {w} ft. What is its area in square metres? Use 1 sq ft ≈ 0.0929 m² and round to one decimal place.",
    "Find the area of a {l} ft × {w} ft floor in m², to one decimal place.",
    "The apartment listing in New York says the bedroom is {l}' x {w}'. How many square meters is that (1 decimal)?",
    "How many m² is a {l} by {w} foot room? Round to one decimal place.",
], so_area)
