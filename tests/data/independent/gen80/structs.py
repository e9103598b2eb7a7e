"""Problem structures for the electricity / energy genre.

Each structure: name, ctx (10 contexts -> 10 phrasings), frames (question shapes), draw(rng, ctx, fr),
problem(P, ctx, fr) -> text, solve(B, P, ctx, fr) -> (final Q, conclusion(fv, approx) -> str).
"""
from fractions import Fraction as F
from core import D, Q, mul, div, add, sub, num, dstr, exact_dp


def pn(v):
    v = F(v)
    return dstr(v, exact_dp(v), True)


def pm(v):
    v = F(v)
    d = exact_dp(v)
    return '$' + dstr(v, 0 if d == 0 else max(2, d), True)


def art(word):
    w = str(word)
    return 'an' if (w[:1].lower() in 'aeiou' or w.startswith('RV') or w.startswith('8') or w.startswith('11') or w.startswith('18')) \
        else 'a'


def about(a):
    return 'about ' if a else ''


STRUCTS = []


def hm_note(B, t):
    v = t.val
    if v <= 0:
        return
    H = int(v)
    mins = (v - H) * 60
    M = int(mins + F(1, 2))
    if M == 60:
        H, M = H + 1, 0
    rel = '=' if mins == M else '≈'
    ts = dstr(v, t.dp)
    B.note(f"In hours and minutes: {ts} h {rel} {H} h {M} min.")


def struct(fn):
    STRUCTS.append(fn())
    return fn


def price_d(rng):
    return D(rng.choice(['0.12', '0.13', '0.14', '0.15', '0.16', '0.17', '0.18', '0.21', '0.22', '0.25',
                         '0.28', '0.30', '0.32', '0.11', '0.19', '0.24']))


def price_c(rng):
    return D(rng.choice(['12', '13', '14', '15', '16', '17', '18', '13.5', '16.5', '21', '22', '24', '27']))


# 1 ------------------------------------------------------------------------------------------------
@struct
def run_cost():
    ctx = [('TV', [90, 110, 120, 150]), ('gaming PC', [300, 350, 400, 450]), ('space heater', [1200, 1500]),
           ('box fan', [40, 55, 75]), ('dehumidifier', [280, 300, 350]), ('aquarium heater', [100, 150, 200]),
           ('desktop computer', [150, 200, 250]), ('window air conditioner', [800, 900, 1000, 1200]),
           ('electric blanket', [60, 80, 100]), ('pool pump', [750, 1100, 1500])]

    def draw(rng, c, fr):
        return dict(W=D(rng.choice(c[1])), h=D(rng.choice([2, 3, 4, 5, 6, 8, 2.5, 1.5, 7])),
                    p=price_c(rng) if fr == 1 else price_d(rng), days=D(rng.choice([30, 31, 28])))

    def problem(P, c, fr):
        n = c[0]
        if fr == 0:
            return (f"A {n} uses {pn(P['W'])} watts and runs for {pn(P['h'])} hours a day. "
                    f"Electricity costs {pm(P['p'])} per kWh. How much does it cost to run the {n} each day?")
        if fr == 1:
            return (f"My {n} is rated at {pn(P['W'])} W. If I use it {pn(P['h'])} hours every day for 30 days, "
                    f"what will it cost me at {pn(P['p'])} cents per kWh?")
        if fr == 2:
            return (f"How much does it cost per year to run a {pn(P['W'])} W {n} for {pn(P['h'])} hours a day, "
                    f"every day of the year, if power costs {pm(P['p'])}/kWh?")
        return (f"A {pn(P['W'])}-watt {n} is on {pn(P['h'])} hours per day. With electricity at {pm(P['p'])} "
                f"per kilowatt-hour, what is the cost for a {pn(P['days'])}-day month?")

    def solve(B, P, c, fr):
        W, h = Q(P['W'], 'W'), Q(P['h'], 'h')
        E = B.calc('Daily energy', 'Multiply the power by the hours of use', mul(W, h), 'Wh', 'E_day')
        k = B.calc('Convert to kWh', 'Divide by 1,000 to get kilowatt-hours', div(E, Q(1000)), 'kWh', 'E_kWh')
        if fr == 1 and c[0] in ('gaming PC', 'dehumidifier', 'window air conditioner', 'pool pump'):
            B.note(f"The price is in cents, so convert it: {pn(P['p'])} cents = {pm(P['p'] / 100)} per kWh.")
            p = Q(P['p'] / 100, '$/kWh')
        elif fr == 1:
            p = B.calc('Price in dollars', 'Convert the price from cents to dollars',
                       div(Q(P['p'], 'c/kWh'), Q(100)), '$/kWh', 'p')
        else:
            p = Q(P['p'], '$/kWh')
        if fr == 0:
            cost = B.calc('Daily cost', 'Multiply the energy by the price', mul(k, p), '$', 'C')
            return cost, lambda fv, a: f"Running the {c[0]} costs {about(a)}{fv} per day."
        if fr in (1, 2):
            days = Q(30 if fr == 1 else 365, 'd')
            Ep = B.calc('Energy for the period', f'Multiply by {days.val} days', mul(k, days), 'kWh', 'E_total')
            cost = B.calc('Cost', 'Multiply the energy by the price', mul(Ep, p), '$', 'C')
            per = '30 days' if fr == 1 else 'a year'
            return cost, lambda fv, a: f"It will cost {about(a)}{fv} to run the {c[0]} for {per}."
        cd = B.calc('Daily cost', 'Multiply the daily energy by the price', mul(k, p), '$', 'C_day')
        cost = B.calc('Monthly cost', f"Multiply by {P['days']} days", mul(cd, Q(P['days'], 'd')), '$', 'C_month')
        B.calc('Check', '', div(cost, Q(P['days'], 'd')), '$', check=True) if c[0] in ('TV', 'box fan') else None
        return cost, lambda fv, a: f"The {c[0]} costs {about(a)}{fv} for the month."

    return dict(name='run_cost', ctx=ctx, nfr=4, draw=draw, problem=problem, solve=solve)


# 2 ------------------------------------------------------------------------------------------------
@struct
def short_use():
    ctx = [('electric kettle', ['2.2', '3']), ('microwave', ['1.1', '1.2']), ('hair dryer', ['1.8', '2']),
           ('toaster', ['0.9', '1.2']), ('coffee maker', ['1', '1.5']), ('induction hob', ['1.8', '2.4']),
           ('clothes iron', ['1.2', '1.4']), ('vacuum cleaner', ['1.4', '1.6']), ('electric shower', ['8.5', '9.5']),
           ('oven', ['2.4', '3.2'])]

    def draw(rng, c, fr):
        return dict(kW=D(rng.choice(c[1])), m=D(rng.choice([6, 12, 15, 18, 24, 30, 36, 45, 48, 10, 20, 40])),
                    p=price_c(rng) if fr == 2 else price_d(rng), days=D(rng.choice([7, 30, 365])))

    def problem(P, c, fr):
        n = c[0]
        wstr = pn(P['kW'] * 1000) + ' W' if fr == 1 else pn(P['kW']) + ' kW'
        if fr == 0:
            return (f"An {n} draws {wstr} and is used for {pn(P['m'])} minutes a day. At {pm(P['p'])} per kWh, "
                    f"what does it cost to use it over 30 days?") if n[0] in 'aeiou' else (
                f"A {n} draws {wstr} and is used for {pn(P['m'])} minutes a day. At {pm(P['p'])} per kWh, "
                f"what does it cost to use it over 30 days?")
        if fr == 1:
            return (f"Our {n} is rated {wstr}. We run it about {pn(P['m'])} minutes every day. How many kWh does "
                    f"it use in a week?")
        return (f"If a {wstr} {n} is used {pn(P['m'])} minutes per day, what is the yearly cost (365 days) at "
                f"{pn(P['p'])}¢ per kWh?")

    def solve(B, P, c, fr):
        if fr == 1:
            kW = B.calc('Power in kW', 'Convert watts to kilowatts', div(Q(P['kW'] * 1000, 'W'), Q(1000)), 'kW', 'P')
        else:
            kW = Q(P['kW'], 'kW')
        m = Q(P['m'], 'min')
        if (P['m'] / 60).denominator in (1, 2, 4, 5, 10, 20):
            h = B.calc('Time in hours', 'Convert minutes to hours', div(m, Q(60)), 'h', 't')
            k = B.calc('Daily energy', 'Multiply power by time', mul(kW, h), 'kWh', 'E_day')
        else:
            k = B.calc('Daily energy', 'Multiply the power by the minutes and divide by 60',
                       div(mul(kW, m), Q(60)), 'kWh', 'E_day', rdp=3)
        days = Q({0: 30, 1: 7, 2: 365}[fr], 'd')
        Ep = B.calc('Energy over the period', f'Multiply by {days.val} days', mul(k, days), 'kWh', 'E', rdp=2)
        if fr == 1:
            return Ep, lambda fv, a: f"The {c[0]} uses {about(a)}{fv} in a week."
        if fr == 2:
            p = B.calc('Price in dollars', 'Convert cents to dollars', div(Q(P['p'], 'c/kWh'), Q(100)), '$/kWh', 'p')
        else:
            p = Q(P['p'], '$/kWh')
        cost = B.calc('Cost', 'Multiply by the price per kWh', mul(Ep, p), '$', 'C')
        per = 'over 30 days' if fr == 0 else 'per year'
        return cost, lambda fv, a: f"Using the {c[0]} costs {about(a)}{fv} {per}."

    return dict(name='short_use', ctx=ctx, nfr=3, draw=draw, problem=problem, solve=solve)


# 3 ------------------------------------------------------------------------------------------------
@struct
def meter_bill():
    ctx = ['March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

    def draw(rng, c, fr):
        s = rng.randint(10000, 89999)
        u = rng.randint(180, 1400)
        return dict(s=D(s), e=D(s + u), p=price_c(rng) if fr == 3 else price_d(rng),
                    fee=D(rng.choice(['9.95', '12', '15.50', '10', '8.75', '14.25'])),
                    daily=D(rng.choice(['0.35', '0.45', '0.52', '0.60', '0.28'])), days=D(rng.choice([30, 31])))

    def problem(P, c, fr):
        if fr == 0:
            return (f"At the start of {c} the electric meter read {pn(P['s'])} kWh, and at the end it read "
                    f"{pn(P['e'])} kWh. Energy costs {pm(P['p'])} per kWh plus a fixed monthly charge of "
                    f"{pm(P['fee'])}. What is the {c} bill?")
        if fr == 1:
            return (f"Meter readings: {pn(P['s'])} on the 1st of {c} and {pn(P['e'])} one month later "
                    f"({pn(P['days'])} days). The tariff is {pm(P['p'])}/kWh plus a standing charge of "
                    f"{pm(P['daily'])} per day. How much is the bill?")
        if fr == 2:
            return (f"My meter went from {pn(P['s'])} to {pn(P['e'])} kWh during {c}. At {pm(P['p'])} per kWh, "
                    f"how much did the electricity cost?")
        return (f"The meter showed {pn(P['s'])} kWh on {c} 1 and {pn(P['e'])} kWh a month later. "
                f"The rate is {pn(P['p'])} cents per kWh. What was the cost of the electricity used?")

    def solve(B, P, c, fr):
        used = B.calc('Energy used', 'Subtract the earlier reading from the later one',
                      sub(Q(P['e'], 'kWh'), Q(P['s'], 'kWh')), 'kWh', 'E')
        if fr == 3:
            p = B.calc('Rate in dollars', 'Convert cents to dollars', div(Q(P['p'], 'c/kWh'), Q(100)), '$/kWh', 'p')
        else:
            p = Q(P['p'], '$/kWh')
        ec = B.calc('Energy charge', 'Multiply the usage by the rate', mul(used, p), '$', 'C_energy')
        if fr == 0:
            tot = B.calc('Total bill', 'Add the fixed charge', add(ec, Q(P['fee'], '$')), '$', 'C')
        elif fr == 1:
            sc = B.calc('Standing charge', f"Multiply the daily charge by {P['days']} days",
                        mul(Q(P['daily'], '$/d'), Q(P['days'], 'd')), '$', 'C_fixed')
            tot = B.calc('Total bill', 'Add the two charges', add(ec, sc), '$', 'C')
        else:
            tot = ec
        if int(P['s']) % 2 == 0:
            B.calc('Check', '', add(Q(P['s'], 'kWh'), used), 'kWh', check=True)
        return tot, lambda fv, a: f"The {c} electricity bill comes to {about(a)}{fv}."

    return dict(name='meter_bill', ctx=ctx, nfr=4, draw=draw, problem=problem, solve=solve)


# 4 ------------------------------------------------------------------------------------------------
@struct
def meter_avg():
    ctx = [('week', 7), ('fortnight', 14), ('30-day billing period', 30), ('month of January', 31),
           ('month of February', 28), ('quarter', 90), ('10-day trip', 10), ('holiday period', 12),
           ('billing cycle', 29), ('31-day month', 31)]

    def draw(rng, c, fr):
        s = rng.randint(2000, 98000)
        per_day = rng.choice([8, 11, 14, 17, 19, 23, 26, 31, 35, 9.5, 12.5])
        u = int(per_day * c[1]) + rng.randint(-5, 9)
        return dict(s=D(s), e=D(s + u), d=D(c[1]), p=price_d(rng))

    def problem(P, c, fr):
        if fr == 0:
            return (f"Over a {c[0]} of {pn(P['d'])} days, the meter went from {pn(P['s'])} kWh to "
                    f"{pn(P['e'])} kWh. What was the average daily usage in kWh (to one decimal place)?")
        if fr == 1:
            return (f"A household's meter read {pn(P['s'])} at the start of a {pn(P['d'])}-day {c[0]} and "
                    f"{pn(P['e'])} at the end. If that average daily use continued, how many kWh would they use "
                    f"in 30 days? Round the daily average to one decimal first.")
        return (f"Readings taken {pn(P['d'])} days apart were {pn(P['s'])} kWh and {pn(P['e'])} kWh. At "
                f"{pm(P['p'])} per kWh, what is the average cost per day?")

    def solve(B, P, c, fr):
        used = B.calc('Energy used', 'Subtract the readings', sub(Q(P['e'], 'kWh'), Q(P['s'], 'kWh')), 'kWh', 'E')
        d = Q(P['d'], 'd')
        if fr == 2:
            cost = B.calc('Total cost', 'Multiply by the price', mul(used, Q(P['p'], '$/kWh')), '$', 'C')
            avg = B.calc('Average per day', 'Divide by the number of days', div(cost, d), '$/d', 'C_day')
            return avg, lambda fv, a: f"That is {about(a)}{fv} per day on average."
        avg = B.calc('Daily average', 'Divide by the number of days', div(used, d), 'kWh/d', 'E_day', rdp=1, maxdp=1)
        if fr == 0:
            return avg, lambda fv, a: f"The average usage was {about(a)}{fv}."
        m = B.calc('30-day estimate', 'Multiply the daily average by 30', mul(avg, Q(30, 'd')), 'kWh', 'E_30')
        return m, lambda fv, a: f"At that rate they would use {about(a)}{fv} in 30 days."

    return dict(name='meter_avg', ctx=ctx, nfr=3, draw=draw, problem=problem, solve=solve)


# 5 ------------------------------------------------------------------------------------------------
@struct
def led_savings():
    ctx = [('kitchen', 60, '9'), ('living room', 60, '8.5'), ('hallway', 40, '6'), ('garage', 100, '14'),
           ('office', 75, '11'), ('basement', 60, '10'), ('porch', 40, '5'), ('bathroom', 60, '9'),
           ('shop', 100, '15'), ('bedroom', 75, '12')]

    def draw(rng, c, fr):
        return dict(n=D(rng.choice([2, 3, 4, 5, 6, 8, 10, 12])), Wi=D(c[1]), Wl=D(c[2]),
                    h=D(rng.choice([2, 3, 4, 5, 6, 8, 10, 12])), p=price_d(rng))

    def problem(P, c, fr):
        if fr == 0:
            return (f"The {c[0]} has {pn(P['n'])} incandescent bulbs rated {pn(P['Wi'])} W that are on "
                    f"{pn(P['h'])} hours a day. Replacing them with {pn(P['Wl'])} W LEDs, how much money is saved "
                    f"in a year (365 days) if electricity costs {pm(P['p'])} per kWh?")
        if fr == 1:
            return (f"How many kWh per year would I save by swapping {pn(P['n'])} {pn(P['Wi'])}-watt bulbs in my "
                    f"{c[0]} for {pn(P['Wl'])}-watt LEDs? They're on {pn(P['h'])} hours every day.")
        return (f"An incandescent bulb uses {pn(P['Wi'])} W and an equivalent LED uses {pn(P['Wl'])} W. The "
                f"{c[0]} has {pn(P['n'])} of them running {pn(P['h'])} h/day. At {pm(P['p'])}/kWh, what are the "
                f"yearly savings from switching to LEDs?")

    def solve(B, P, c, fr):
        if fr == 2:
            ki = B.calc('Incandescent energy per year', 'Watts × bulbs × hours × 365 days ÷ 1,000',
                        div(mul(Q(P['Wi'], 'W'), P['n'], Q(P['h'], 'h'), Q(365, 'd')), Q(1000)), 'kWh', 'E_inc')
            kl = B.calc('LED energy per year', 'Same calculation for the LEDs',
                        div(mul(Q(P['Wl'], 'W'), P['n'], Q(P['h'], 'h'), Q(365, 'd')), Q(1000)), 'kWh', 'E_LED',
                        maxdp=2)
            sv = B.calc('Energy saved', 'Subtract', sub(ki, kl), 'kWh', 'ΔE')
        else:
            dW = B.calc('Savings per bulb', 'Subtract the LED wattage from the incandescent wattage',
                        sub(Q(P['Wi'], 'W'), Q(P['Wl'], 'W')), 'W', 'ΔP')
            tW = B.calc('Savings for all bulbs', 'Multiply by the number of bulbs', mul(dW, P['n']), 'W', 'ΔP_total')
            wh = B.calc('Daily energy saved', 'Multiply by the hours per day', mul(tW, Q(P['h'], 'h')), 'Wh', 'E_day')
            sv = B.calc('Yearly energy saved', 'Multiply by 365 days and divide by 1,000',
                        div(mul(wh, Q(365, 'd')), Q(1000)), 'kWh', 'E_year')
        if fr == 1:
            return sv, lambda fv, a: f"You would save {about(a)}{fv} per year."
        m = B.calc('Money saved', 'Multiply by the electricity price', mul(sv, Q(P['p'], '$/kWh')), '$', 'S')
        return m, lambda fv, a: f"Switching the {c[0]} to LEDs saves {about(a)}{fv} a year."

    return dict(name='led_savings', ctx=ctx, nfr=3, draw=draw, problem=problem, solve=solve)


# 6 ------------------------------------------------------------------------------------------------
@struct
def led_payback():
    ctx = [('a desk lamp', 60, '9'), ('a reading lamp', 40, '6'), ('a ceiling fixture', 75, '11'),
           ('a porch light', 60, '8'), ('a floor lamp', 100, '14'), ('the hallway light', 40, '5'),
           ('a garage light', 100, '15'), ('a kitchen pendant', 60, '10'), ('a bedside lamp', 40, '7'),
           ('a yard light', 75, '12')]

    def draw(rng, c, fr):
        return dict(Wi=D(c[1]), Wl=D(c[2]), h=D(rng.choice([3, 4, 5, 6, 8, 10, 12])), p=price_d(rng),
                    led=D(rng.choice(['4.99', '6.50', '7.99', '3.49', '8.25', '5.75'])),
                    inc=D(rng.choice(['0.99', '1.25', '1.50', '0.75'])))

    def problem(P, c, fr):
        if fr == 0:
            return (f"An LED bulb costs {pm(P['led'])} and an incandescent costs {pm(P['inc'])}. For {c[0]}, the "
                    f"incandescent uses {pn(P['Wi'])} W and the LED uses {pn(P['Wl'])} W. The light is on "
                    f"{pn(P['h'])} hours a day and electricity is {pm(P['p'])}/kWh. How many days until the LED "
                    f"pays for its extra cost?")
        return (f"I'm replacing a {pn(P['Wi'])} W bulb in {c[0]} with a {pn(P['Wl'])} W LED that costs "
                f"{pm(P['led'])} (the old-style bulb would cost {pm(P['inc'])}). It runs {pn(P['h'])} h per day "
                f"and I pay {pm(P['p'])} per kWh. After how many months does the LED pay off? (Use 30-day months, "
                f"one decimal place.)")

    def solve(B, P, c, fr):
        dW = B.calc('Power saved', 'Find the difference in wattage', sub(Q(P['Wi'], 'W'), Q(P['Wl'], 'W')), 'W', 'ΔP')
        kd = B.calc('Energy saved per day', 'Multiply by the hours and divide by 1,000',
                    div(mul(dW, Q(P['h'], 'h')), Q(1000)), 'kWh', 'E_day', maxdp=3)
        sd = B.calc('Money saved per day', 'Multiply by the price', mul(kd, Q(P['p'], '$/kWh')), '$/d', 'S_day',
                    rdp=4, money=False, maxdp=4)
        ex = B.calc('Extra cost of the LED', 'Subtract the bulb prices', sub(Q(P['led'], '$'), Q(P['inc'], '$')),
                    '$', 'ΔC')
        days = B.calc('Payback time', 'Divide the extra cost by the daily savings', div(ex, sd), 'd', 't', rdp=1,
                      maxdp=1)
        if fr == 0:
            dd = B.ceil(days, 'days', 'The savings only cover the difference once that day is complete')
            return dd, lambda fv, a: f"The LED pays for itself after {fv}."
        mo = B.calc('Payback in months', 'Divide by 30', div(days, Q(30)), 'mo', 't_mo', rdp=1, maxdp=1)
        return mo, lambda fv, a: f"The LED pays for itself in {about(a)}{fv}."

    return dict(name='led_payback', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)


# 7 ------------------------------------------------------------------------------------------------
@struct
def solar_daily():
    ctx = [('rooftop', [300, 350, 400]), ('shed', [100, 150]), ('RV', [100, 200]), ('cabin', [250, 300]),
           ('balcony', [300, 400]), ('barn', [400, 450]), ('garage roof', [350, 370]), ('boat', [100, 120]),
           ('carport', [400, 420]), ('ground-mount', [450, 500])]

    def draw(rng, c, fr):
        return dict(n=D(rng.choice([2, 4, 6, 8, 10, 12, 16, 20] if c[1][0] >= 250 else [1, 2, 3, 4])),
                    W=D(rng.choice(c[1])), sh=D(rng.choice([3, 3.5, 4, 4.5, 5, 5.5, 6])),
                    eff=D(rng.choice(['0.75', '0.8', '0.85', '0.9', '0.78'])))

    def problem(P, c, fr):
        pe = pn(P['eff'] * 100) + '%'
        if fr == 0:
            return (f"A {c[0]} solar array has {pn(P['n'])} panels rated {pn(P['W'])} W each. The site gets "
                    f"{pn(P['sh'])} peak sun hours a day and the system runs at {pe} efficiency after losses. "
                    f"How many kWh does it produce per day?")
        if fr == 1:
            return (f"{pn(P['n'])} × {pn(P['W'])} W panels on a {c[0]}, {pn(P['sh'])} peak sun hours per day, "
                    f"and {pe} of the rated output actually delivered. How much energy in a 30-day month (kWh)?")
        return (f"How many watt-hours per day will my {c[0]} setup make? It's {pn(P['n'])} panels at "
                f"{pn(P['W'])} W, about {pn(P['sh'])} sun hours, and I lose {pn(100 - P['eff'] * 100)}% to "
                f"wiring and inverter losses.")

    def solve(B, P, c, fr):
        arr = B.calc('Array size', 'Multiply the number of panels by the rating', mul(P['n'], Q(P['W'], 'W')), 'W',
                     'P')
        wh = B.calc('Ideal daily output', 'Multiply by the peak sun hours', mul(arr, Q(P['sh'], 'h')), 'Wh', 'E_ideal')
        if fr == 2:
            B.note(f"Losing {pn(100 - P['eff'] * 100)}% means keeping {pn(P['eff'] * 100)}% of the output.")
        re = B.calc('Real daily output', 'Apply the efficiency', mul(wh, Q(P['eff'], '%')), 'Wh', 'E_real')
        if fr == 2:
            return re, lambda fv, a: f"The setup makes {about(a)}{fv} per day."
        k = B.calc('Convert to kWh', 'Divide by 1,000', div(re, Q(1000)), 'kWh', 'E_kWh', maxdp=3)
        if fr == 0:
            return k, lambda fv, a: f"The array produces {about(a)}{fv} per day."
        m = B.calc('Monthly output', 'Multiply by 30 days', mul(k, Q(30, 'd')), 'kWh', 'E_month')
        return m, lambda fv, a: f"That's {about(a)}{fv} in a 30-day month."

    return dict(name='solar_daily', ctx=ctx, nfr=3, draw=draw, problem=problem, solve=solve)


# 8 ------------------------------------------------------------------------------------------------
@struct
def solar_payback():
    ctx = ['Arizona', 'Texas', 'Florida', 'Ohio', 'Colorado', 'Georgia', 'Nevada', 'Oregon', 'Utah', 'Virginia']

    def draw(rng, c, fr):
        kw = D(rng.choice([4, 5, 6, 6.5, 7, 8, 9, 10]))
        cpw = D(rng.choice(['2.50', '2.75', '3', '2.80', '3.20']))
        return dict(kw=kw, cost=kw * 1000 * cpw, sh=D(rng.choice([4, 4.5, 5, 5.5, 6])), p=price_d(rng),
                    cred=D(rng.choice(['0.3', '0.26', '0.3'])))

    def problem(P, c, fr):
        cr = pn(P['cred'] * 100) + '%'
        if fr == 0:
            return (f"A homeowner in {c} installs a {pn(P['kw'])} kW solar system for {pm(P['cost'])}. They get "
                    f"a {cr} tax credit. The system averages {pn(P['sh'])} sun hours a day and electricity costs "
                    f"{pm(P['p'])}/kWh. How many years will it take to pay back the net cost? Round to one decimal.")
        return (f"Solar quote ({c}): {pn(P['kw'])} kW for {pm(P['cost'])} before a {cr} federal credit. Expected "
                f"production is {pn(P['sh'])} kWh per kW per day, and grid power is {pm(P['p'])} per kWh. "
                f"Estimate the payback period in years.")

    def solve(B, P, c, fr):
        cost = Q(P['cost'], '$')
        cr = B.calc('Tax credit', 'Multiply the cost by the credit rate', mul(cost, Q(P['cred'], '%')), '$', 'T')
        net = B.calc('Net cost', 'Subtract the credit', sub(cost, cr), '$', 'C_net')
        yr = B.calc('Yearly production', 'System size × sun hours × 365 days',
                    mul(Q(P['kw'], 'kW'), Q(P['sh'], 'h'), Q(365, 'd')), 'kWh', 'E_year')
        sv = B.calc('Yearly savings', 'Multiply by the price', mul(yr, Q(P['p'], '$/kWh')), '$', 'S')
        pb = B.calc('Payback period', 'Divide the net cost by the yearly savings', div(net, sv), 'yr', 't', rdp=1,
                    maxdp=1)
        return pb, lambda fv, a: f"The system pays for itself in {about(a)}{fv}."

    return dict(name='solar_payback', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)


# 9 ------------------------------------------------------------------------------------------------
@struct
def battery_wh():
    ctx = [('phone', [3000, 3700, 4352, 4500, 5000], ['3.85', '3.87', '3.8']),
           ('tablet', [7500, 8000, 8827, 10090], ['3.7', '3.77', '3.85']),
           ('power bank', [10000, 20000, 26800], ['3.6', '3.7']),
           ('drone battery', [2450, 3850, 5935], ['7.7', '15.4', '11.55']),
           ('camera battery', [1020, 1280, 2280], ['7.2', '7.4']),
           ('laptop battery', [4500, 5280, 6200], ['11.1', '11.4', '15.2']),
           ('e-reader', [1500, 1700], ['3.7', '3.8']),
           ('smartwatch', [300, 410, 470], ['3.8', '3.85']),
           ('handheld game console', [4310, 5000], ['3.7', '3.85']),
           ('Bluetooth speaker', [2600, 4000, 5200], ['3.6', '7.4'])]

    def draw(rng, c, fr):
        return dict(mAh=D(rng.choice(c[1])), V=D(rng.choice(c[2])))

    def problem(P, c, fr):
        if fr == 0:
            return (f"A {c[0]} has a {pn(P['mAh'])} mAh battery at {pn(P['V'])} V. What is its capacity in "
                    f"watt-hours?")
        if fr == 1:
            return (f"Airlines limit batteries to 100 Wh. My {c[0]} battery is labeled {pn(P['mAh'])} mAh, "
                    f"{pn(P['V'])} V. How many Wh is it (to two decimal places)?")
        return f"Convert a {pn(P['mAh'])} mAh, {pn(P['V'])} V {c[0]} battery to Wh."

    def solve(B, P, c, fr):
        if fr == 1:
            ah = B.calc('Capacity in Ah', 'Convert mAh to Ah', div(Q(P['mAh'], 'mAh'), Q(1000)), 'Ah', 'Q', maxdp=4)
            wh = B.calc('Energy', 'Multiply amp-hours by volts', mul(ah, Q(P['V'], 'V')), 'Wh', 'E', maxdp=2)
            under = 'under' if wh.val < 100 else 'over'
            return wh, lambda fv, a: f"The battery is {about(a)}{fv}, {under} the 100 Wh limit."
        wh = B.calc('Energy', 'Multiply mAh by volts and divide by 1,000',
                    div(mul(Q(P['mAh'], 'mAh'), Q(P['V'], 'V')), Q(1000)), 'Wh', 'E', maxdp=2)
        return wh, lambda fv, a: f"The {c[0]} battery stores {about(a)}{fv}."

    return dict(name='battery_wh', ctx=ctx, nfr=3, draw=draw, problem=problem, solve=solve)


# 10 -----------------------------------------------------------------------------------------------
@struct
def bank_charges():
    ctx = [('phone', 3000, '3.85'), ('phone', 4500, '3.87'), ('earbuds case', 500, '3.7'), ('tablet', 7600, '3.8'),
           ('smartwatch', 300, '3.85'), ('phone', 5000, '3.85'), ('handheld console', 4310, '3.7'),
           ('e-reader', 1500, '3.7'), ('phone', 3700, '3.8'), ('camera', 2280, '7.2')]

    def draw(rng, c, fr):
        return dict(bank=D(rng.choice([5000, 10000, 20000, 26800])), bv=D(rng.choice(['3.7', '3.6'])),
                    eff=D(rng.choice(['0.8', '0.85', '0.7', '0.75'])), mAh=D(c[1]), V=D(c[2]))

    def problem(P, c, fr):
        e = pn(P['eff'] * 100) + '%'
        if fr == 0:
            return (f"A {pn(P['bank'])} mAh power bank ({pn(P['bv'])} V cells) delivers about {e} of its energy. "
                    f"How many times can it charge {art(c[0])} {c[0]} with a {pn(P['mAh'])} mAh, {pn(P['V'])} V battery? "
                    f"Give one decimal place.")
        return (f"How many full charges of my {c[0]} ({pn(P['mAh'])} mAh at {pn(P['V'])} V) can I get from a "
                f"{pn(P['bank'])} mAh / {pn(P['bv'])} V power bank if conversion efficiency is {e}?")

    def solve(B, P, c, fr):
        bw = B.calc('Power bank energy', 'Multiply mAh by volts and divide by 1,000', div(mul(Q(P['bank'], 'mAh'), Q(P['bv'], 'V')), Q(1000)),
                    'Wh', 'E_bank')
        us = B.calc('Usable energy', 'Apply the efficiency', mul(bw, Q(P['eff'], '%')), 'Wh', 'E_use', maxdp=2)
        dw = B.calc('Device battery energy', 'Do the same for the device battery', div(mul(Q(P['mAh'], 'mAh'), Q(P['V'], 'V')),
                                                                     Q(1000)), 'Wh', 'E_dev', maxdp=3)
        ch = B.calc('Number of charges', 'Divide usable energy by the device battery', div(us, dw), '', 'N', rdp=1,
                    maxdp=1)
        if fr == 0:
            return ch, lambda fv, a: f"The power bank can charge the {c[0]} {about(a)}{fv} times."
        fl = B.floor(ch, 'full charges', 'Only complete charges count')
        return fl, lambda fv, a: f"You get {fv} full charges of the {c[0]}."

    return dict(name='bank_charges', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)


# 11 -----------------------------------------------------------------------------------------------
@struct
def charge_time():
    ctx = [('phone', [3000, 4000, 4500, 5000], ['1', '2', '1.5']), ('tablet', [7000, 8000, 10000], ['2', '3']),
           ('power bank', [10000, 20000], ['2', '3', '2.4']), ('drone battery', [3850, 5000], ['2', '2.5']),
           ('camera battery', [1200, 2000], ['0.5', '1']), ('e-bike', ['500', '625', '400'], ['2', '3', '4']),
           ('electric scooter', ['360', '460', '280'], ['1.7', '2']), ('laptop', ['60', '72', '99'], None),
           ('RV battery', ['1200', '1280'], ['10', '20']), ('lawn mower battery', ['200', '288'], ['2', '4'])]

    def draw(rng, c, fr):
        if c[0] in ('e-bike', 'electric scooter', 'RV battery', 'lawn mower battery'):
            V = {'e-bike': '42', 'electric scooter': '42', 'RV battery': '14.4', 'lawn mower battery': '42'}[c[0]]
            return dict(kind='wh', Wh=D(rng.choice(c[1])), A=D(rng.choice(c[2])), V=D(V))
        if c[0] == 'laptop':
            return dict(kind='w', Wh=D(rng.choice(c[1])), W=D(rng.choice([45, 65, 90, 100])),
                        eff=D(rng.choice(['0.85', '0.9', '0.8'])))
        return dict(kind='mah', mAh=D(rng.choice(c[1])), A=D(rng.choice(c[2])), eff=D(rng.choice(['0.8', '0.85', '0.9'])))

    def problem(P, c, fr):
        if P['kind'] == 'wh':
            return (f"{art(c[0]).capitalize()} {c[0]} holds {pn(P['Wh'])} Wh. The charger supplies {pn(P['A'])} A at "
                    f"{pn(P['V'])} V. Ignoring losses, how many hours does a full charge from empty take?")
        if P['kind'] == 'w':
            return (f"A {pn(P['Wh'])} Wh laptop battery is charged with a {pn(P['W'])} W adapter. If charging is "
                    f"{pn(P['eff'] * 100)}% efficient, how many hours does a full charge take? Give two decimals.")
        return (f"A {c[0]} has a {pn(P['mAh'])} mAh battery and the charger puts out {pn(P['A'])} A. Charging is "
                f"about {pn(P['eff'] * 100)}% efficient. Roughly how long does a full charge take, in hours?")

    def solve(B, P, c, fr):
        if P['kind'] == 'wh':
            pw = B.calc('Charger power', 'Power = volts × amps', mul(Q(P['V'], 'V'), Q(P['A'], 'A')), 'W', 'P')
            t = B.calc('Charge time', 'Divide the battery energy by the charger power', div(Q(P['Wh'], 'Wh'), pw),
                       'h', 't', rdp=2)
            hm_note(B, t)
            return t, lambda fv, a: f"A full charge takes {about(a)}{fv}."
        if P['kind'] == 'w':
            ep = B.calc('Effective charging power', 'Multiply the adapter power by the efficiency',
                        mul(Q(P['W'], 'W'), Q(P['eff'], '%')), 'W', 'P_eff')
            t = B.calc('Charge time', 'Divide the battery capacity by the effective power', div(Q(P['Wh'], 'Wh'), ep),
                       'h', 't', rdp=2)
            return t, lambda fv, a: f"The laptop needs {about(a)}{fv} to charge fully."
        ma = B.calc('Charger current in mA', 'Convert amps to milliamps', mul(Q(P['A'], 'A'), Q(1000)), 'mA', 'I')
        t0 = B.calc('Ideal time', 'Divide capacity by current', div(Q(P['mAh'], 'mAh'), ma), 'h', 't_0', rdp=2)
        t = B.calc('Time with losses', 'Divide by the efficiency', div(t0, Q(P['eff'], '%')), 'h', 't', rdp=2)
        hm_note(B, t)
        return t, lambda fv, a: f"A full charge takes {about(a)}{fv}."

    return dict(name='charge_time', ctx=ctx, nfr=1, draw=draw, problem=problem, solve=solve)


# 12 -----------------------------------------------------------------------------------------------
@struct
def volt_amp_cost():
    ctx = [('well pump', '240'), ('electric dryer', '240'), ('shop vacuum', '120'), ('table saw', '120'),
           ('space heater', '120'), ('hot tub heater', '240'), ('air compressor', '120'), ('EV charger', '240'),
           ('window AC unit', '120'), ('welder', '240')]

    def draw(rng, c, fr):
        A = D(rng.choice(['5', '7.5', '8', '10', '12', '12.5', '15', '16', '20', '6.5']))
        return dict(V=D(c[1]), A=A, h=D(rng.choice([0.5, 1.5, 2, 3, 4, 6, 2.5])), p=price_d(rng))

    def problem(P, c, fr):
        if fr == 0:
            return (f"A {c[0]} runs on {pn(P['V'])} V and draws {pn(P['A'])} A. How much power does it use, in "
                    f"watts?")
        if fr == 1:
            return (f"A {pn(P['V'])}-volt {c[0]} pulls {pn(P['A'])} amps. If it runs {pn(P['h'])} hours a day, "
                    f"how many kWh does it use per day?")
        return (f"My {c[0]} is on a {pn(P['V'])} V circuit and draws {pn(P['A'])} A. It runs {pn(P['h'])} hours "
                f"each day and electricity is {pm(P['p'])} per kWh. What does it cost per day?")

    def solve(B, P, c, fr):
        pw = B.calc('Power', 'Use P = V × I', mul(Q(P['V'], 'V'), Q(P['A'], 'A')), 'W', 'P')
        if fr == 0:
            B.note(f"In kilowatts that is {pn(pw.val)} W = {pn(pw.val / 1000)} kW.")
            return pw, lambda fv, a: f"The {c[0]} uses {fv}."
        kw = B.calc('Power in kW', 'Divide by 1,000', div(pw, Q(1000)), 'kW', 'P_kW')
        e = B.calc('Daily energy', 'Multiply by the hours', mul(kw, Q(P['h'], 'h')), 'kWh', 'E')
        if fr == 1:
            return e, lambda fv, a: f"It uses {about(a)}{fv} per day."
        cost = B.calc('Daily cost', 'Multiply by the price', mul(e, Q(P['p'], '$/kWh')), '$', 'C')
        return cost, lambda fv, a: f"Running the {c[0]} costs {about(a)}{fv} per day."

    return dict(name='volt_amp_cost', ctx=ctx, nfr=3, draw=draw, problem=problem, solve=solve)


# 13 -----------------------------------------------------------------------------------------------
@struct
def breaker():
    ctx = [('kitchen', ['1500', '1100', '800'], '120'), ('garage', ['1800', '650'], '120'),
           ('office', ['450', '300', '1200'], '120'), ('bathroom', ['1875', '300'], '120'),
           ('workshop', ['1500', '1200'], '120'), ('laundry room', ['1000', '600'], '120'),
           ('dorm room', ['1200', '700', '150'], '120'), ('workshop', ['3600', '2400'], '240'),
           ('living room', ['1500', '400', '90'], '120'), ('UK kitchen', ['2200', '1200'], '230')]

    def draw(rng, c, fr):
        ws = [D(w) + (D(rng.choice([0, 0, 50, 100, -100])) if D(w) >= 500 else 0) for w in c[1]]
        return dict(ws=ws, V=D(c[2]), br=D(rng.choice([15, 20]) if c[2] == '120' else rng.choice([30, 32])))

    def problem(P, c, fr):
        lst = ', '.join(pn(w) + ' W' for w in P['ws'][:-1]) + ' and ' + pn(P['ws'][-1]) + ' W'
        if fr == 0:
            return (f"In the {c[0]}, appliances of {lst} are all on the same {pn(P['V'])} V circuit. How much "
                    f"current do they draw together, in amps (two decimals)?")
        return (f"A {pn(P['br'])} A breaker protects a {pn(P['V'])} V circuit in the {c[0]}. If {lst} loads run "
                f"at the same time, how many amps of headroom are left?")

    def solve(B, P, c, fr):
        tot = B.calc('Total power', 'Add up the wattages', add(*[Q(w, 'W') for w in P['ws']]), 'W', 'P')
        I = B.calc('Current', 'Use I = P ÷ V', div(tot, Q(P['V'], 'V')), 'A', 'I', rdp=2)
        if fr == 0:
            return I, lambda fv, a: f"Together they draw {about(a)}{fv}."
        hr = B.calc('Headroom', 'Subtract from the breaker rating', sub(Q(P['br'], 'A'), I), 'A', 'I_left')
        if hr.val < 0:
            B.note('A negative number means the circuit is overloaded and the breaker would trip.')
        return hr, lambda fv, a: f"The headroom is {about(a)}{fv}."

    return dict(name='breaker', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)


# 14 -----------------------------------------------------------------------------------------------
@struct
def panels_needed():
    ctx = ['apartment', 'cottage', 'farmhouse', 'tiny house', 'townhouse', 'bungalow', 'ranch house', 'duplex',
           'off-grid cabin', 'family home']

    def draw(rng, c, fr):
        return dict(mo=D(rng.choice([450, 600, 720, 840, 900, 950, 1020, 1150, 300])),
                    W=D(rng.choice([300, 350, 370, 400, 430])), sh=D(rng.choice([4, 4.5, 5, 5.5, 6])))

    def problem(P, c, fr):
        if fr == 0:
            return (f"{art(c).capitalize()} {c} uses {pn(P['mo'])} kWh per 30-day month. Panels are rated {pn(P['W'])} W and the area "
                    f"gets {pn(P['sh'])} peak sun hours daily. How many panels are needed to cover the usage?")
        return (f"To go fully solar, my {c} needs to cover {pn(P['mo'])} kWh a month (30 days). With "
                f"{pn(P['W'])}-watt panels and {pn(P['sh'])} hours of peak sun, how many panels should I buy?")

    def solve(B, P, c, fr):
        d = B.calc('Daily usage', 'Divide the monthly usage by 30', div(Q(P['mo'], 'kWh'), Q(30, 'd')), 'kWh/d', 'E_day')
        pp = B.calc('Output per panel per day', 'Panel watts × sun hours ÷ 1,000',
                    div(mul(Q(P['W'], 'W'), Q(P['sh'], 'h')), Q(1000)), 'kWh', 'E_panel', maxdp=3)
        n = B.calc('Panels needed', 'Divide daily usage by output per panel', div(d, pp), '', 'N', rdp=2)
        if n.val.denominator == 1:
            return n, lambda fv, a: f"The {c} needs exactly {fv} panels."
        r = B.ceil(n, 'panels', "You can't install part of a panel")
        return r, lambda fv, a: f"The {c} needs {fv}."

    return dict(name='panels_needed', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)


# 15 -----------------------------------------------------------------------------------------------
@struct
def runtime():
    ctx = [('camping', ['12'], [('fridge', 45), ('lights', 12)]), ('RV', ['12'], [('TV', 60), ('fan', 25)]),
           ('boat', ['12'], [('fish finder', 15), ('nav lights', 20)]),
           ('home backup', ['48'], [('fridge', 150), ('router', 10), ('lights', 40)]),
           ('van', ['12'], [('laptop', 65), ('fan', 18)]), ('cabin', ['24'], [('pump', 120), ('lights', 30)]),
           ('CPAP', ['12'], [('CPAP machine', 40)]), ('food truck', ['12'], [('freezer', 90), ('lights', 24)]),
           ('ham radio', ['12'], [('radio', 55)]), ('tiny house', ['24'], [('TV', 80), ('modem', 12), ('fan', 35)])]

    def draw(rng, c, fr):
        return dict(Ah=D(rng.choice([50, 100, 120, 200, 280])), V=D(c[1][0]),
                    dod=D(rng.choice(['0.5', '0.8', '0.9'])), loads=c[2],
                    adj=[D(rng.choice([0, 0, 5, 10])) for _ in c[2]])

    def problem(P, c, fr):
        loads = [(n, w + a) for (n, w), a in zip(P['loads'], P['adj'])]
        lst = ', '.join(f"a {pn(w)} W {n}" if not n.endswith('s') else f"{pn(w)} W of {n}" for n, w in loads)
        kind = 'lead-acid' if P['dod'] == D('0.5') else 'lithium'
        lst = (lst.rsplit(', ', 1)[0] + ' and ' + lst.rsplit(', ', 1)[1]) if ', ' in lst else lst
        return (f"{art(c[0]).capitalize()} {c[0]} setup uses a {pn(P['V'])} V, {pn(P['Ah'])} Ah {kind} battery, and only "
                f"{pn(P['dod'] * 100)}% of its capacity should be used. It powers {lst}. How many hours will it run? "
                f"(One decimal place.)")

    def solve(B, P, c, fr):
        wh = B.calc('Battery energy', 'Multiply amp-hours by volts', mul(Q(P['Ah'], 'Ah'), Q(P['V'], 'V')), 'Wh', 'E')
        us = B.calc('Usable energy', 'Apply the usable fraction', mul(wh, Q(P['dod'], '%')), 'Wh', 'E_use')
        ws = [w + a for (n, w), a in zip(P['loads'], P['adj'])]
        if len(ws) > 1:
            ld = B.calc('Total load', 'Add the loads', add(*[Q(w, 'W') for w in ws]), 'W', 'P')
        else:
            ld = Q(ws[0], 'W')
        t = B.calc('Run time', 'Divide usable energy by the load', div(us, ld), 'h', 't', rdp=1, maxdp=1)
        return t, lambda fv, a: f"The battery runs the {c[0]} loads for {about(a)}{fv}."

    return dict(name='runtime', ctx=ctx, nfr=1, draw=draw, problem=problem, solve=solve)


# 16 -----------------------------------------------------------------------------------------------
@struct
def ev_charge():
    ctx = [('Nissan Leaf', ['40', '62']), ('Tesla Model 3', ['57.5', '75']), ('Chevy Bolt', ['65']),
           ('Hyundai Kona', ['64', '48']), ('Ford Mustang Mach-E', ['72', '91']), ('Kia EV6', ['58', '77.4']),
           ('VW ID.4', ['62', '82']), ('Mini Cooper SE', ['32.6']), ('Rivian R1T', ['135']),
           ('BMW i4', ['81.5'])]

    def draw(rng, c, fr):
        lo, hi = rng.choice([(20, 80), (10, 90), (30, 80), (15, 100), (25, 75), (20, 100)])
        return dict(kwh=D(rng.choice(c[1])), lo=D(lo), hi=D(hi), kw=D(rng.choice(['7.2', '11', '7.4', '9.6', '3.6'])),
                    p=price_d(rng))

    def problem(P, c, fr):
        if fr == 0:
            return (f"A {c[0]} has {art(pn(P['kwh']))} {pn(P['kwh'])} kWh battery. How long will {art(pn(P['kw']))} {pn(P['kw'])} kW home charger "
                    f"take to charge it from {pn(P['lo'])}% to {pn(P['hi'])}%? (Ignore losses, answer in hours to "
                    f"two decimals.)")
        return (f"Charging my {c[0]} ({pn(P['kwh'])} kWh pack) from {pn(P['lo'])}% to {pn(P['hi'])}% at home: "
                f"what does it cost if electricity is {pm(P['p'])} per kWh?")

    def solve(B, P, c, fr):
        fr_ = B.calc('Fraction to add', 'Subtract the starting charge from the target',
                     sub(Q(P['hi'] / 100, '%'), Q(P['lo'] / 100, '%')), '%', 'Δ')
        need = B.calc('Energy needed', 'Multiply by the battery size', mul(fr_, Q(P['kwh'], 'kWh')), 'kWh', 'E',
                      maxdp=3)
        if fr == 0:
            t = B.calc('Charge time', 'Divide by the charger power', div(need, Q(P['kw'], 'kW')), 'h', 't', rdp=2)
            return t, lambda fv, a: f"The charge takes {about(a)}{fv}."
        cost = B.calc('Cost', 'Multiply by the price', mul(need, Q(P['p'], '$/kWh')), '$', 'C')
        return cost, lambda fv, a: f"That charge costs {about(a)}{fv}."

    return dict(name='ev_charge', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)


# 17 -----------------------------------------------------------------------------------------------
@struct
def upgrade():
    ctx = [('refrigerator', [1200, 1100, 900], [400, 450, 380]), ('freezer', [800, 700], [300, 250]),
           ('dishwasher', [420, 500], [270, 240]), ('washing machine', [400, 350], [150, 120]),
           ('clothes dryer', [900, 1000], [600, 500]), ('water heater', [4500, 4800], [1300, 1200]),
           ('dehumidifier', [1000, 800], [600, 500]), ('pool pump', [2800, 3200], [900, 800]),
           ('window AC', [900, 1100], [600, 700]), ('wine fridge', [500, 450], [250, 200])]

    def draw(rng, c, fr):
        return dict(old=D(rng.choice(c[1]) + rng.choice([0, 20, 35, 60])), new=D(rng.choice(c[2])),
                    p=price_d(rng), price=D(rng.choice(['899', '649', '1,199'.replace(',', ''), '549', '1450'])),
                    yrs=D(rng.choice([5, 10, 12, 15])))

    def problem(P, c, fr):
        if fr == 0:
            return (f"An old {c[0]} uses {pn(P['old'])} kWh per year. A new ENERGY STAR model uses "
                    f"{pn(P['new'])} kWh per year and costs {pm(P['price'])}. At {pm(P['p'])}/kWh, how many years "
                    f"until the new one pays for itself through savings? (Round to one decimal.)")
        return (f"Replacing a {c[0]} that uses {pn(P['old'])} kWh/year with one that uses {pn(P['new'])} "
                f"kWh/year: how much is saved over {pn(P['yrs'])} years at {pm(P['p'])} per kWh?")

    def solve(B, P, c, fr):
        s = B.calc('Energy saved per year', 'Subtract the new usage from the old',
                   sub(Q(P['old'], 'kWh'), Q(P['new'], 'kWh')), 'kWh', 'ΔE')
        m = B.calc('Money saved per year', 'Multiply by the price', mul(s, Q(P['p'], '$/kWh')), '$', 'S')
        if fr == 0:
            pb = B.calc('Payback time', 'Divide the price by the yearly savings', div(Q(P['price'], '$'), m), 'yr',
                        't', rdp=1, maxdp=1)
            return pb, lambda fv, a: f"The new {c[0]} pays for itself in {about(a)}{fv}."
        tot = B.calc('Total savings', f"Multiply by {P['yrs']} years", mul(m, Q(P['yrs'], 'yr')), '$', 'S_total')
        return tot, lambda fv, a: f"Over {pn(P['yrs'])} years you save {about(a)}{fv}."

    return dict(name='upgrade', ctx=ctx, nfr=2, draw=draw, problem=problem, solve=solve)
