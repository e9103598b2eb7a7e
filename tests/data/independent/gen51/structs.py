"""Problem structures: sampler, five phrasings, solver, goal."""
from fractions import Fraction as F

from engine import Val, M, A, S_, D, PC, places_of, plain

STRUCTS = []

NAMES = ['Maria', 'Daniel', 'Priya', 'Kenji', 'Olivia', 'Mateo', 'Aisha', 'Liam', 'Sofia',
         'Ethan', 'Fatima', 'Noah', 'Chen', 'Isabella', 'Omar', 'Grace', 'Tomás', 'Hannah',
         'Ravi', 'Zoe']
COMPANIES = ['Apex Manufacturing', 'Northwind Logistics', 'BrightPath Foods', 'Summit Electronics',
             'Harbor Textiles', 'Redwood Tools', 'Bluewater Shipping', 'Cedar Grove Farms',
             'Ironclad Components', 'Meridian Supply Co.', 'Silverline Motors', 'Keystone Paper']
CITIES = ['Port Calder', 'Riverton', 'Lakemont', 'Eastfield', 'Granville', 'New Harlow',
          'Westbrook', 'Fairhaven', 'Stonebridge', 'Millbrook']


def money(x, unit=''):
    return Val(F(x), 'money', unit)


def rate(x, unit=''):
    return Val(F(x), 'rate', unit)


def I(x, unit=''):
    return Val(F(x), 'int', unit)


def dec(x, unit=''):
    return Val(F(x), 'dec', unit)


def pct(x):
    return Val(F(x), 'pct')


def mil(x, money_=False):
    return Val(F(x), 'mmil' if money_ else 'mil')


def cents(r, lo, hi, step=1):
    """random money amount in [lo, hi] dollars with cents multiple of step"""
    c = r.randrange(lo * 100 // step, hi * 100 // step + 1) * step
    return F(c, 100)


def pick_pct(r, choices):
    return F(r.choice(choices))


def fp(v):
    """format a Val for the problem statement"""
    x = v.v
    if v.kind in ('mil', 'mmil'):
        m = plain(x / 10 ** 6)
        return ('$' if v.kind == 'mmil' else '') + m + ' million'
    if v.kind == 'pct':
        return plain(x) + '%'
    pl = places_of(x, 8)
    neg = x < 0
    ax = abs(x)
    if v.kind in ('money', 'eur'):
        pl = 2 if pl > 0 else 0
    ip, frac = divmod(ax * 10 ** pl, 10 ** pl)
    ip = int(ip)
    s = '{:,}'.format(ip)
    if pl:
        s += '.' + str(int(frac)).zfill(pl)
    if v.kind in ('money', 'rate'):
        s = '$' + s
    if v.kind == 'eur':
        s = '€' + s
    return ('-' if neg else '') + s


class St:
    def __init__(self, name, sample, texts, solve, goal):
        self.name, self.sample, self.texts, self.solve, self.goal = name, sample, texts, solve, goal


def reg(name, texts, goal):
    def deco(fn_pair):
        sample, solve = fn_pair()
        STRUCTS.append(St(name, sample, texts, solve, goal))
        return fn_pair
    return deco


def big(v):
    """pass-through for Vals that may be stated in millions in the problem"""
    return v


# ---------------------------------------------------------------- 1 wages with overtime
def _wages():
    def sample(r):
        return dict(name=r.choice(NAMES), rate=money(cents(r, 28, 96, 2)), reg=I(40, 'hours'),
                    ot=I(r.randint(5, 19), 'hours'), weeks=I(r.choice([48, 50, 52]), 'weeks'),
                    tax=pct(r.choice(['18.5', '22', '24.75', '21.4', '19.6', '23.25', '17.8'])),
                    mult=dec('1.5'))

    def solve(S, d):
        n = d['name']
        S.given('Hourly rate', d['rate'])
        S.given('Overtime hours per week', d['ot'])
        S.given('Weeks worked', d['weeks'])
        reg = S.calc('Regular weekly pay', f"{n}'s regular pay for 40 hours is {{e}}.", M(d['reg'], d['rate']), 'money',
                     restate="That's {r} before overtime.")
        otr = S.calc('Overtime rate', "The overtime rate is time-and-a-half: {e} per hour.", M(d['rate'], d['mult']), 'money')
        otp = S.calc('Overtime pay', f"Overtime pay each week is {{e}}.", M(d['ot'], otr), 'money')
        wk = S.calc('Total weekly pay', "Total weekly pay is {e}.", A(reg, otp), 'money',
                    restate=f"So {n} makes {{r}} in a typical week.")
        yr = S.calc('Yearly gross pay', "Over the year the gross pay is {e}.", M(wk, d['weeks']), 'money')
        tax = S.calc('Income tax', "The tax withheld is {e}.", PC(d['tax'], yr), 'money', rnd=2)
        net = S.calc('Take-home pay', "Subtracting the tax gives {e}.", S_(yr, tax), 'money')
        S.check(A(net, tax), yr)
        S.answer(net, '')
    return sample, solve


reg('wages_overtime', [
    "{name} earns {rate} per hour for the first 40 hours each week and 1.5 times that rate for overtime. "
    "{name} works {ot} overtime hours every week for {weeks} weeks. If {tax} of the gross pay is withheld for taxes "
    "(rounded to the nearest cent), how much does {name} take home for the year?",
    "An engineer named {name} is paid {rate} an hour. Hours beyond 40 in a week are paid at time-and-a-half. "
    "In each of {weeks} weeks, {name} works 40 regular hours plus {ot} hours of overtime. After {tax} income tax "
    "(to the nearest cent) is taken out, what is {name}'s take-home pay for those weeks?",
    "{name}'s hourly wage is {rate}. Every week {name} works 40 hours at the regular rate and {ot} more hours at "
    "1.5 times the regular rate. {name} works {weeks} weeks this year, and {tax} of total earnings goes to tax, "
    "rounded to the cent. Find {name}'s net pay for the year.",
    "A contractor, {name}, charges {rate}/hour, with overtime (anything past 40 hours a week) billed at 1.5x. "
    "If {name} logs 40 + {ot} hours per week for {weeks} weeks and pays {tax} of the gross in tax (round the tax "
    "to the nearest cent), how much money is left after tax?",
    "Pay: {rate} per hour, overtime at 1.5 times the hourly rate. Schedule: 40 regular hours and {ot} overtime "
    "hours a week, {weeks} weeks a year. Tax: {tax} of gross, rounded to the nearest cent. What is {name}'s yearly "
    "take-home pay in dollars?",
], lambda d: "the yearly take-home pay")(_wages)


# ---------------------------------------------------------------- 2 bulk order with discount, tax, shipping
def _bulk():
    def sample(r):
        per = r.choice([24, 40, 48, 60, 80, 96, 120])
        pallets = r.randint(150, 1900)
        return dict(co=r.choice(COMPANIES), n=I(per * pallets, 'units'), price=money(cents(r, 12, 980, 5)),
                    disc=pct(r.choice(['5', '7.5', '8', '12', '12.5', '6.25', '10'])), per=I(per, 'units'),
                    fee=money(cents(r, 45, 390, 25)), tax=pct(r.choice(['6.25', '7', '8.875', '5.5', '7.25', '6'])))

    def solve(S, d):
        sub = S.calc('Subtotal', "The subtotal before any discount is {e}.", M(d['n'], d['price']), 'money', mil=True)
        disc = S.calc('Bulk discount', "The bulk discount is {e}.", PC(d['disc'], sub), 'money', rnd=2)
        after = S.calc('Price after discount', "After the discount the order costs {e}.", S_(sub, disc), 'money')
        pal = S.calc('Number of pallets', "The order fills {e} pallets.", D(d['n'], d['per']), 'int', unit='pallets')
        ship = S.calc('Shipping cost', "Shipping is {e}.", M(pal, d['fee']), 'money')
        tax = S.calc('Sales tax', "Sales tax on the discounted price is {e}.", PC(d['tax'], after), 'money', rnd=2)
        tot = S.calc('Total cost', "Adding everything up, the total is {e}.", A(after, tax, ship), 'money', mil=True)
        S.check(S_(tot, ship), A(after, tax))
        S.answer(tot, '')
    return sample, solve


reg('bulk_order', [
    "{co} orders {n} units of a part that costs {price} each. The supplier gives a {disc} bulk discount. "
    "The parts ship on pallets of {per} units, and shipping costs {fee} per pallet. Sales tax of {tax} is charged "
    "on the discounted price (not on shipping), rounded to the nearest cent. What is the total cost of the order?",
    "A warehouse buys {n} items at {price} apiece. It gets {disc} off the item cost, pays {tax} sales tax on the "
    "discounted amount (round to the cent), and pays {fee} to ship each pallet of {per} items. How much does the "
    "warehouse pay in total?",
    "{co} is restocking: {n} units at {price} per unit, less a {disc} volume discount. Tax is {tax} of the "
    "discounted goods (rounded to the nearest cent). Units are packed {per} to a pallet and freight is {fee} a "
    "pallet. Find the grand total.",
    "The unit price is {price} and {co} needs {n} units. With a {disc} discount, {tax} tax on the discounted "
    "subtotal (nearest cent), and {fee} shipping for every pallet of {per} units, what will the full order cost?",
    "A school district orders {n} tablets costing {price} each. The vendor takes {disc} off, charges {tax} sales "
    "tax on the discounted price (rounded to the cent), and ships them {per} per pallet at {fee} per pallet. "
    "What is the total bill?",
], lambda d: "the total cost of the order")(_bulk)


# ---------------------------------------------------------------- 3 factory production
def _factory():
    def sample(r):
        return dict(co=r.choice(COMPANIES), m=I(r.randint(12, 48), 'machines'), u=I(r.randrange(1250, 4801, 5), 'units'),
                    h=I(r.choice([16, 18, 20, 22, 24]), 'hours'), days=I(r.choice([22, 24, 25, 26, 30]), 'days'),
                    rate=pct(r.choice(['0.8', '1.25', '2.4', '1.5', '0.75', '2', '3.2'])),
                    box=I(r.choice([24, 36, 48, 144, 72]), 'units'))

    def solve(S, d):
        S.given('Machines', d['m'])
        S.given('Output per machine per hour', d['u'])
        per = S.calc('Units per machine per day', "Each machine makes {e} per day.", M(d['u'], d['h']), unit='units')
        day = S.calc('Units per day, all machines', "All the machines together make {e} per day.", M(per, d['m']), unit='units')
        tot = S.calc('Units in the period', "Over the whole period that is {e}.", M(day, d['days']), unit='units', mil=True)
        bad = S.calc('Defective units', "The defective units number {e}.", PC(d['rate'], tot), unit='units')
        good = S.calc('Good units', "That leaves {e} that pass.", S_(tot, bad), unit='units',
                      restate="So {r} units pass inspection.")
        q, rem = S.divmod_('Boxes', "Packing them gives {e}.", good, d['box'], qunit='boxes')
        S.note("So there are {q} full boxes, with {rem} units left over.", q=q, rem=rem)
        S.check(A(M(q, d['box']), rem), good)
        S.answer(q, '')
    return sample, solve


reg('factory_boxes', [
    "{co} runs {m} machines. Each machine produces {u} units per hour and runs {h} hours a day for {days} days. "
    "{rate} of all units are defective and thrown away. The good units are packed in boxes of {box}. How many full "
    "boxes are packed?",
    "A plant has {m} identical machines, each making {u} units an hour. They operate {h} hours daily for {days} "
    "days. If {rate} of the output fails inspection, and passing units go into boxes holding {box} each, how many "
    "boxes can be completely filled?",
    "Each of {co}'s {m} machines turns out {u} units per hour, {h} hours a day, for {days} days. Inspectors "
    "reject {rate} of everything made. How many full boxes of {box} can be shipped?",
    "Machines: {m}. Rate: {u} units per machine per hour. Schedule: {h} hours/day, {days} days. Defect rate: "
    "{rate}. Box size: {box} units. How many completely full boxes of good units are there?",
    "In {days} days, {m} machines each working {h} hours a day at {u} units per hour produce a batch of units, "
    "of which {rate} are defective. If the good units are boxed {box} to a box, how many full boxes result?",
], lambda d: "the number of full boxes")(_factory)


# ---------------------------------------------------------------- 4 population growth
def _population():
    def sample(r):
        P = r.randrange(1200, 9800) * 1000
        usemil = r.random() < 0.5
        if usemil:
            P = r.randrange(120, 980) * 10000
        return dict(city=r.choice(CITIES), P=(mil(P) if usemil else I(P, 'people')),
                    g1=pct(r.choice(['1.5', '2.5', '3.2', '4', '2.25', '1.8', '3.75'])),
                    g2=pct(r.choice(['1.2', '2', '2.6', '3.5', '1.75', '2.4'])),
                    out=I(r.randrange(10000, 90000, 1), 'people'), yr=r.choice([2024, 2025, 2026]))

    def solve(S, d):
        P = d['P']
        if P.kind == 'mil':
            P = S.conv('Starting population', "Starting population: {e}.", P, unit='people')
        i1 = S.calc('Growth in year 1', "In the first year the city grows by {e}.", PC(d['g1'], P), unit='people')
        p1 = S.calc('Population after year 1', "The population after one year is {e}.", A(P, i1), unit='people')
        i2 = S.calc('Growth in year 2', "In the second year it grows by {e}.", PC(d['g2'], p1), unit='people')
        p2 = S.calc('Population after year 2', "So after two years it is {e}.", A(p1, i2), unit='people', mil=True)
        p3 = S.calc('After people move away', "Subtracting the people who moved away: {e}.", S_(p2, d['out']),
                    unit='people', restate="The final population is {r}.")
        S.check(A(p3, d['out']), p2)
        S.answer(p3, '')
    return sample, solve


reg('population_growth', [
    "{city} had a population of {P} at the start of {yr}. The population grew by {g1} in the first year and by "
    "{g2} in the second year (based on the new total). At the end of the second year, {out} people moved away. "
    "What was the population after that?",
    "The population of {city} is {P}. It increases {g1} over one year, then {g2} the following year. Then {out} "
    "residents relocate. How many people live in {city} now?",
    "A city of {P} people grows by {g1} in year one and {g2} in year two, where each increase is on the current "
    "population. If {out} people then leave, what is the new population?",
    "Start: {P} residents in {city}. Year 1 growth: {g1}. Year 2 growth: {g2}. Then {out} people move out. Find the "
    "final population.",
    "Census takers count {P} people in {city}. Over the next two years the population rises by {g1} and then by "
    "{g2}, each time compounding on the previous year's figure. Afterward {out} people move to other cities. What "
    "is the final population?",
], lambda d: "the final population")(_population)


# ---------------------------------------------------------------- 5 city budget
def _budget():
    def sample(r):
        B = r.randrange(180, 990) * 100000
        usemil = r.random() < 0.6
        return dict(city=r.choice(CITIES), B=(mil(B, True) if usemil else money(B)),
                    a=pct(r.choice(['32', '35.5', '28', '30.25', '41', '36'])),
                    b=pct(r.choice(['18', '15.5', '12.75', '20', '17'])),
                    c=pct(r.choice(['9', '11.5', '8.25', '10', '12'])),
                    k=I(r.choice([4, 5, 6, 8, 12, 15]), 'departments'))

    def solve(S, d):
        B = d['B']
        if B.kind == 'mmil':
            B = S.conv('Total budget', "The total budget is {e}.", B, 'money')
        ed = S.calc('Education', "Education gets {e}.", PC(d['a'], B), 'money', rnd=2)
        rd = S.calc('Roads', "Roads get {e}.", PC(d['b'], B), 'money', rnd=2)
        hl = S.calc('Health', "Health services get {e}.", PC(d['c'], B), 'money', rnd=2)
        used = S.calc('Total for the three areas', "Together these three take {e}.", A(ed, rd, hl), 'money')
        left = S.calc('Remaining budget', "The amount left over is {e}.", S_(B, used), 'money', mil=True)
        each = S.calc('Each other department', "Split equally, each department gets {e}.", D(left, d['k']), 'money', rnd=2)
        S.answer(each, '')
    return sample, solve


reg('city_budget', [
    "The city of {city} has an annual budget of {B}. It spends {a} on education, {b} on roads, and {c} on health "
    "services. The rest is split equally among {k} other departments. How much does each of those departments "
    "get? Round to the nearest cent.",
    "{city}'s budget this year is {B}: {a} goes to schools, {b} to road repair, {c} to health, and whatever remains "
    "is divided evenly among {k} departments. What does each department receive (to the nearest cent)?",
    "A budget of {B} is allocated as follows: {a} education, {b} roads, {c} health. The remainder is shared equally "
    "by {k} departments. Find each department's share, rounded to the nearest cent.",
    "Out of a {B} budget, {city} sets aside {a} for education, {b} for roads and {c} for health care. If the "
    "leftover money is divided equally among {k} departments, how much does one department get? (Round to the "
    "cent.)",
    "A county plans to spend {B}. Education receives {a}, transportation {b}, and public health {c} of the total. "
    "The other {k} departments split what is left equally. What is each department's share to the nearest cent?",
], lambda d: "each department's share")(_budget)


# ---------------------------------------------------------------- 6 delivery fuel and tolls
def _fuel():
    def sample(r):
        return dict(co=r.choice(COMPANIES), t=I(r.randint(6, 28), 'trips'), w=I(r.choice([48, 50, 52, 26]), 'weeks'),
                    dist=dec(F(r.randrange(3200, 19000), 10), 'km'), eff=dec(r.choice(['2.5', '3.2', '4', '2.8', '3.5', '5']), 'km/L'),
                    fuel=rate(F(r.randrange(1450, 2150), 1000)), toll=money(cents(r, 8, 95, 5)))

    def solve(S, d):
        trips = S.calc('Total trips', "The total number of trips is {e}.", M(d['t'], d['w']), unit='trips')
        km = S.calc('Total distance', "The total distance driven is {e}.", M(trips, d['dist']), 'dec', unit='km', rnd=1)
        L = S.calc('Fuel used', "The fuel used is {e}.", D(km, d['eff']), 'dec', unit='liters', rnd=2)
        fc = S.calc('Fuel cost', "The fuel cost is {e}.", M(L, d['fuel']), 'money', rnd=2)
        tc = S.calc('Tolls', "Tolls come to {e}.", M(trips, d['toll']), 'money')
        tot = S.calc('Total cost', "The total is {e}.", A(fc, tc), 'money')
        S.answer(tot, '')
    return sample, solve


reg('fuel_and_tolls', [
    "A {co} truck makes {t} round trips a week for {w} weeks. Each round trip is {dist} km. The truck gets {eff} km "
    "per liter, and diesel costs {fuel} per liter. Each trip also costs {toll} in tolls. Rounding the fuel amount and "
    "the fuel cost to the nearest hundredth, what is the total cost of fuel and tolls?",
    "A driver does {t} trips of {dist} km each week for {w} weeks. The vehicle uses 1 liter of fuel every {eff} km, "
    "fuel is {fuel}/L, and there is a {toll} toll per trip. What do fuel and tolls cost altogether? (Round liters "
    "and dollars to two decimal places.)",
    "Trips per week: {t}. Weeks: {w}. Distance per trip: {dist} km. Fuel economy: {eff} km/L. Fuel price: {fuel} "
    "per liter. Toll: {toll} per trip. Find the total spent on fuel and tolls, rounding liters and the fuel cost to "
    "2 decimal places.",
    "{co} runs a delivery route {t} times a week. The route is {dist} km long, and the company keeps it running for "
    "{w} weeks. Its van covers {eff} km on a liter of fuel that costs {fuel}. A toll of {toll} is paid on every "
    "trip. How much does the company spend on fuel plus tolls (round to the cent; round liters to 2 decimals)?",
    "Over {w} weeks a bus company runs {t} trips per week, each {dist} km. Buses get {eff} km per liter; fuel is "
    "{fuel} a liter; tolls are {toll} a trip. With liters and fuel cost rounded to hundredths, what is the combined "
    "cost?",
], lambda d: "the total cost of fuel and tolls")(_fuel)


# ---------------------------------------------------------------- 7 savings goal (months, round up)
def _savings():
    def sample(r):
        return dict(name=r.choice(NAMES), sal=money(cents(r, 4200, 18900, 25)),
                    s=pct(r.choice(['12', '15', '18', '22.5', '25', '16', '20'])),
                    have=money(cents(r, 3000, 42000, 100)), goal=money(r.randrange(95, 980) * 1000),
                    item=r.choice(['a house down payment', 'a new boat', 'a small cabin', 'a franchise fee']))

    def solve(S, d):
        n = d['name']
        save = S.calc('Monthly savings', f"{n} saves {{e}} each month.", PC(d['s'], d['sal']), 'money', rnd=2)
        need = S.calc('Amount still needed', "The amount still needed is {e}.", S_(d['goal'], d['have']), 'money')
        mo = S.calc('Months (exact)', "Dividing gives {e} months.", D(need, save), 'dec', rnd=2)
        m = S.ceil_("That is exactly {n} months.",
                    "Since {x} is not a whole number, {n} round up to {n} full months.".replace('{n} round up', 'we round up'),
                    mo, 'months')
        tot = S.calc('Saved in that time', f"In {m.v} months {n} saves {{e}}.", M(m, save), 'money')
        have = S.calc('Total available', "Adding the starting amount gives {e}.", A(d['have'], tot), 'money')
        over = S.calc('Extra beyond the goal', "That is {e} more than needed.", S_(have, d['goal']), 'money')
        S.answer(m, '')
    return sample, solve


reg('savings_months', [
    "{name} earns {sal} a month and saves {s} of it (rounded to the nearest cent). {name} already has {have} "
    "saved and wants {goal} for {item}. How many months will it take to reach the goal?",
    "To afford {item} costing {goal}, {name} puts aside {s} of a {sal} monthly salary, rounded to the cent. "
    "Starting with {have}, after how many whole months will {name} have enough?",
    "{name} has {have} in the bank. Each month {name} saves {s} of a {sal} paycheck (round the monthly amount to "
    "the cent). What is the fewest number of months needed to have at least {goal}?",
    "Monthly income: {sal}. Savings rate: {s} (round to cents). Current savings: {have}. Target: {goal}. How many "
    "full months until the target is reached?",
    "A family saving for {item} needs {goal}. They have {have} now and save {s} of their {sal} monthly income, "
    "rounded to the nearest cent. How many months must they save?",
], lambda d: "the number of months needed")(_savings)


# ---------------------------------------------------------------- 8 ages of ancient trees (in years)
def _ages():
    def sample(r):
        a = r.randrange(1800, 4900)
        return dict(a=I(a, 'years'), y=I(r.randrange(350, a - 600), 'years'), k=dec(r.choice(['1.5', '2.5', '1.25', '2', '3'])),
                    fut=I(r.choice([125, 250, 340, 500, 75, 1200]), 'years'),
                    park=r.choice(['Sierra Ridge', 'Cedar Hollow', 'Old Pine Valley', 'Granite Peak']))

    def solve(S, d):
        oak = S.calc('Age of the oak', "The oak is {e}.", S_(d['a'], d['y']), unit='years old')
        pine = S.calc('Age of the pine', "The pine is {e}.", M(oak, d['k']), unit='years old')
        tot = S.calc('Combined age now', "Their combined age now is {e}.", A(d['a'], oak, pine), unit='years')
        add = S.calc('Years added', "In the future each tree gains the same number of years, so the total grows by {e}.",
                     M(I(3), d['fut']), unit='years')
        fut = S.calc('Combined age later', "Their combined age then will be {e}.", A(tot, add), unit='years')
        avg = S.calc('Average age later', "The average age then is {e}.", D(fut, I(3)), 'dec', rnd=2, unit='years')
        S.answer(fut, '')
    return sample, solve


reg('tree_ages', [
    "In {park} park, a sequoia is {a} years old. An oak is {y} years younger than the sequoia, and a pine is {k} "
    "times as old as the oak. What will the combined age of the three trees be in {fut} years?",
    "A giant sequoia has lived {a} years. A nearby oak is {y} years younger, and an ancient pine is {k} times the "
    "oak's age. In {fut} years, what will the three trees' ages add up to?",
    "Tree A is {a} years old. Tree B is {y} years younger than tree A. Tree C is {k} times as old as tree B. Find "
    "the sum of their ages {fut} years from now.",
    "Rangers at {park} date a sequoia at {a} years. An oak there is {y} years younger, while a bristlecone pine is "
    "{k} times as old as the oak. How old will the three be together after {fut} more years?",
    "The oldest tree in {park} is {a} years old. The second is {y} years younger than that, and the third is {k} "
    "times the age of the second. What is their total age {fut} years from today?",
], lambda d: "the combined age of the three trees")(_ages)


# ---------------------------------------------------------------- 9 streaming minutes to days
def _stream():
    def sample(r):
        return dict(svc=r.choice(['StreamBox', 'ViewNow', 'ClipHub', 'Flixly']), mon=I(r.randrange(12000000, 98000000), 'minutes'),
                    g=pct(r.choice(['3.2', '4', '2.5', '5', '6.25', '1.6', '7.5'])))

    def solve(S, d):
        inc = S.calc('Increase on Tuesday', "Tuesday's increase is {e}.", PC(d['g'], d['mon']), unit='minutes')
        tue = S.calc("Tuesday's minutes", "So Tuesday had {e}.", A(d['mon'], inc), unit='minutes')
        tot = S.calc('Total minutes', "Both days together: {e}.", A(d['mon'], tue), unit='minutes', mil=True)
        h, m = S.divmod_('Convert to hours', "In hours: {e}.", tot, I(60))
        S.note("That is {h} full hours and {m} minutes.", h=h, m=m)
        dd, hh = S.divmod_('Convert to days', "In days: {e}.", h, I(24))
        S.note("So the viewing time is {dd} full days, {hh} hours and {m} minutes.", dd=dd, hh=hh, m=m)
        S.check(A(M(dd, I(24)), hh), h, kind='int')
        S.answer(dd, '')
    return sample, solve


reg('streaming_days', [
    "Viewers on {svc} watched {mon} minutes of video on Monday. On Tuesday they watched {g} more minutes than on "
    "Monday. How many full days of video were watched over the two days?",
    "{svc} logged {mon} minutes streamed on Monday and {g} more than that on Tuesday. Express the two-day total in "
    "days, hours and minutes. How many complete days is it?",
    "Monday: {mon} minutes watched. Tuesday: {g} more than Monday. Convert the total to full days (ignore leftover "
    "hours and minutes).",
    "A streaming service counted {mon} viewing minutes on day one and {g} more on day two. How many whole 24-hour "
    "days of viewing is that altogether?",
    "On Monday {svc} users watched {mon} minutes; Tuesday's total was {g} higher. How many full days does the "
    "combined watch time add up to?",
], lambda d: "the number of full days")(_stream)


# ---------------------------------------------------------------- 10 inheritance
def _estate():
    def sample(r):
        return dict(name=r.choice(NAMES), E=money(cents(r, 1200000, 9800000, 1)),
                    c=pct(r.choice(['10', '12.5', '15', '8', '5', '7.5'])), fee=money(cents(r, 18000, 96000, 1)),
                    k=I(r.choice([3, 4, 5, 6, 7]), 'children'))

    def solve(S, d):
        ch = S.calc('Charity', "The charity receives {e}.", PC(d['c'], d['E']), 'money', rnd=2)
        a1 = S.calc('After charity', "After the donation, {e} remains.", S_(d['E'], ch), 'money')
        a2 = S.calc('After legal fees', "After the legal fees, {e} remains.", S_(a1, d['fee']), 'money')
        sp = S.calc("Spouse's half", "The spouse gets half: {e}.", D(a2, I(2)), 'money', rnd=2)
        kids = S.calc("Children's half", "The children share the rest: {e}.", S_(a2, sp), 'money')
        each = S.calc('Each child', "Each child receives {e}.", D(kids, d['k']), 'money', rnd=2)
        S.answer(each, '')
    return sample, solve


reg('estate_split', [
    "{name}'s estate is worth {E}. First {c} goes to charity (rounded to the cent), then legal fees of {fee} are "
    "paid. The spouse gets half of what is left (to the cent) and the {k} children split the rest equally. How much "
    "does each child get, to the nearest cent?",
    "An estate of {E} is settled as follows: {c} to charity, then {fee} in legal fees. Of the remainder, half "
    "goes to the surviving spouse and the other half is divided equally among {k} children. What is one child's "
    "share? Round each amount to the nearest cent.",
    "After {c} of a {E} estate is donated and {fee} is paid to lawyers, the spouse takes half of the remaining money "
    "and {k} children divide the rest evenly. Find each child's inheritance to the nearest cent.",
    "Estate: {E}. Charity: {c}. Legal fees: {fee}. Spouse: half of what remains. Children: {k}, sharing the other "
    "half equally. How much does each child inherit (nearest cent)?",
    "When {name} passed away, the estate totaled {E}. The will gives {c} to a hospital, the lawyers charge {fee}, "
    "the spouse gets half of the balance, and {k} children split the remaining balance equally. How much does each "
    "child get? (Round to cents.)",
], lambda d: "each child's share")(_estate)


# ---------------------------------------------------------------- 11 profit sharing by ratio
def _ratio():
    def sample(r):
        a, b, c = r.sample(range(2, 12), 3)
        parts = a + b + c
        unit = cents(r, 12000, 390000, 1)
        return dict(co=r.choice(COMPANIES), a=I(a), b=I(b), c=I(c), P=money(unit * parts))

    def solve(S, d):
        parts = S.calc('Total parts', "The ratio has {e} in total.", A(d['a'], d['b'], d['c']), unit='parts')
        one = S.calc('Value of one part', "One part is worth {e}.", D(d['P'], parts), 'money')
        sa = S.calc("First partner's share", "The first partner gets {e}.", M(d['a'], one), 'money')
        sb = S.calc("Second partner's share", "The second partner gets {e}.", M(d['b'], one), 'money')
        sc = S.calc("Third partner's share", "The third partner gets {e}.", M(d['c'], one), 'money')
        S.check(A(sa, sb, sc), d['P'])
        vals = sorted([(sa.v, 0, sa), (sb.v, 1, sb), (sc.v, 2, sc)], key=lambda t: (t[0], t[1]))
        hi, lo = vals[2][2], vals[0][2]
        diff = S.calc('Difference', "The largest share minus the smallest is {e}.", S_(hi, lo), 'money')
        S.answer(diff, '')
    return sample, solve


reg('ratio_profit', [
    "Three partners at {co} share a profit of {P} in the ratio {a}:{b}:{c}. How much more does the partner with the "
    "largest share get than the partner with the smallest share?",
    "A profit of {P} is divided among three owners in the ratio {a} : {b} : {c}. What is the difference between "
    "the biggest and smallest shares?",
    "{co} made {P} this year. The three founders split it {a}:{b}:{c}. Find the difference between the largest "
    "and the smallest payout.",
    "Split {P} in the ratio {a}:{b}:{c}. By how many dollars does the largest part exceed the smallest part?",
    "Three investors divide {P} of earnings in proportion {a} to {b} to {c}. How much larger is the top share than "
    "the bottom share?",
], lambda d: "the difference between the largest and smallest shares")(_ratio)


# ---------------------------------------------------------------- 12 filling a reservoir
def _tank():
    def sample(r):
        a = r.randrange(1800, 9600, 5)
        b = r.randrange(1200, 7800, 5)
        l = r.randrange(150, 900, 5)
        net = a + b - l
        mins = r.randrange(300, 2800)
        rem = net * mins
        full = r.choice([20, 25, 40, 50, 60])
        # V such that (100-full)% of V == rem
        V = F(rem * 100, 100 - full)
        return dict(V=I(V, 'liters'), a=I(a, 'L/min'), b=I(b, 'L/min'), l=I(l, 'L/min'), full=pct(full))

    def solve(S, d):
        cur = S.calc('Water already in', "The tank already holds {e}.", PC(d['full'], d['V']), unit='liters')
        rem = S.calc('Water still needed', "Still needed: {e}.", S_(d['V'], cur), unit='liters')
        inflow = S.calc('Combined pumping rate', "The two pumps together add {e} per minute.", A(d['a'], d['b']), unit='L/min')
        net = S.calc('Net rate', "After the leak, the net rate is {e} per minute.", S_(inflow, d['l']), unit='L/min')
        mins = S.calc('Time in minutes', "The time needed is {e} minutes.", D(rem, net))
        h, m = S.divmod_('Hours and minutes', "In hours: {e}.", mins, I(60))
        S.note("So it takes {h} hours and {m} minutes.", h=h, m=m)
        S.answer(mins, '')
    return sample, solve


reg('reservoir_fill', [
    "A reservoir holds {V} liters and is {full} full. Pump A adds {a} liters per minute and pump B adds {b} liters "
    "per minute, but a leak drains {l} liters per minute. How many minutes will it take to fill the reservoir?",
    "A tank with a capacity of {V} L is currently {full} full. Two pumps fill it at {a} L/min and {b} L/min while "
    "water leaks out at {l} L/min. How long, in minutes, until it is full?",
    "Capacity: {V} liters. Current level: {full}. Inflow: {a} L/min and {b} L/min. Leak: {l} L/min. Find the "
    "number of minutes needed to fill it.",
    "An industrial tank that can hold {V} liters is already {full} full. Pumps pushing {a} and {b} liters per minute "
    "are switched on, and a crack lets {l} liters per minute escape. How many minutes does it take to finish filling?",
    "Engineers must top up a {V}-liter reservoir that is {full} full. They use pumps rated {a} and {b} liters per "
    "minute; meanwhile {l} liters per minute is lost. How many minutes will filling take?",
], lambda d: "the filling time in minutes")(_tank)


# ---------------------------------------------------------------- 13 stadium ticket revenue
def _stadium():
    def sample(r):
        return dict(team=r.choice(['the Riverton Hawks', 'the Lakemont Lions', 'the Granville Comets', 'the Eastfield Bears']),
                    C=I(r.randrange(42000, 96000, 100), 'seats'), g=I(r.choice([8, 10, 12, 16, 41]), 'games'),
                    att=pct(r.choice(['85', '92', '78', '96', '88', '90'])), ad=pct(r.choice(['70', '75', '65', '80', '60'])),
                    pa=money(cents(r, 45, 189, 25)), pc=money(cents(r, 18, 60, 25)))

    def solve(S, d):
        per = S.calc('Fans per game', "Each game draws {e}.", PC(d['att'], d['C']), unit='fans')
        tot = S.calc('Total fans', "Over the season that is {e}.", M(per, d['g']), unit='fans')
        ad = S.calc('Adult tickets', "Adult tickets: {e}.", PC(d['ad'], tot), unit='tickets')
        ch = S.calc('Child tickets', "Child tickets: {e}.", S_(tot, ad), unit='tickets')
        ra = S.calc('Adult revenue', "Adult revenue is {e}.", M(ad, d['pa']), 'money', mil=True)
        rc = S.calc('Child revenue', "Child revenue is {e}.", M(ch, d['pc']), 'money')
        rt = S.calc('Total revenue', "Total ticket revenue is {e}.", A(ra, rc), 'money', mil=True)
        S.answer(rt, '')
    return sample, solve


reg('stadium_revenue', [
    "The stadium of {team} seats {C} people. Over {g} home games it is {att} full on average. {ad} of the tickets "
    "are adult tickets at {pa} each and the rest are child tickets at {pc} each. What is the total ticket revenue?",
    "A stadium has {C} seats. For each of {g} games, {att} of the seats are sold. Adults buy {ad} of those tickets "
    "at {pa}; children buy the rest at {pc}. How much money do the tickets bring in?",
    "Seats: {C}. Games: {g}. Attendance: {att} of capacity per game. Adult share: {ad} at {pa}. Child tickets: "
    "{pc}. Find the season's ticket revenue.",
    "{team} sold {att} of their {C} seats at every one of {g} home games. If {ad} of tickets sold were adult tickets "
    "priced at {pa} and the others were child tickets priced at {pc}, what was the total revenue?",
    "At {g} games, a {C}-seat arena is {att} full each time. Adult tickets ({ad} of sales) cost {pa} and child "
    "tickets cost {pc}. How much revenue is collected?",
], lambda d: "the total ticket revenue")(_stadium)


# ---------------------------------------------------------------- 14 rent increases
def _rent():
    def sample(r):
        inc = r.choice(['1.035', '1.04', '1.025', '1.05', '1.03', '1.045'])
        return dict(name=r.choice(NAMES), R=money(cents(r, 1850, 14800, 5)), inc=inc,
                    incp=pct((F(inc) - 1) * 100), co=r.choice(COMPANIES))

    def solve(S, d):
        m = dec(d['inc'])
        y1 = S.calc('Year 1 total', "In year 1 the rent paid is {e}.", M(d['R'], I(12)), 'money')
        r2 = S.calc('Year 2 monthly rent', "In year 2 the monthly rent is {e}.", M(d['R'], m), 'money', rnd=2)
        y2 = S.calc('Year 2 total', "Year 2 total: {e}.", M(r2, I(12)), 'money')
        r3 = S.calc('Year 3 monthly rent', "In year 3 the monthly rent is {e}.", M(r2, m), 'money', rnd=2)
        y3 = S.calc('Year 3 total', "Year 3 total: {e}.", M(r3, I(12)), 'money')
        tot = S.calc('Three-year total', "Over three years the total is {e}.", A(y1, y2, y3), 'money')
        S.answer(tot, '')
    return sample, solve


def _inc_txt(d):
    return plain((F(d['inc']) - 1) * 100) + '%'


reg('rent_increase', [
    "{co} rents an office for {R} per month. Each year the monthly rent goes up by {incp} (rounded to the nearest "
    "cent). How much rent does the company pay in total over 3 years?",
    "The monthly rent on a warehouse is {R} in year 1. It rises {incp} at the start of year 2 and again by {incp} at "
    "the start of year 3, with each new rent rounded to the cent. What is the total rent for the three years?",
    "{name} leases a shop at {R} a month. The lease says the rent increases by {incp} per year, compounded and "
    "rounded to the nearest cent. Find the total paid over 36 months.",
    "Year 1 rent: {R} per month. Annual increase: {incp}, applied to the previous year's rent and rounded to cents. "
    "Total rent over 3 years?",
    "A restaurant pays {R} in monthly rent. The landlord raises the rent {incp} each year (round each new monthly "
    "rent to the nearest cent). How much does the restaurant pay in rent over three full years?",
], lambda d: "the total rent over three years")(_rent)


# ---------------------------------------------------------------- 15 commission
def _commission():
    def sample(r):
        n = r.randint(18, 140)
        p = cents(r, 18000, 89000, 100)
        T = r.randrange(2, max(3, int(n * p / 100000) - 1)) * 100000
        return dict(name=r.choice(NAMES), base=money(cents(r, 3200, 7400, 100)), n=I(n, 'cars'), p=money(p),
                    c=pct(r.choice(['1.5', '2', '2.25', '3', '1.75', '2.5'])), T=money(T),
                    tax=pct(r.choice(['22', '24', '28.5', '31', '26.25'])))

    def solve(S, d):
        sales = S.calc('Total sales', "Total sales are {e}.", M(d['n'], d['p']), 'money', mil=True)
        ex = S.calc('Sales above the threshold', "The amount above the threshold is {e}.", S_(sales, d['T']), 'money')
        com = S.calc('Commission', "The commission is {e}.", PC(d['c'], ex), 'money', rnd=2)
        gross = S.calc('Gross pay', "Gross pay for the quarter is {e}.", A(M(d['base'], I(3)), com), 'money')
        tax = S.calc('Tax', "Tax on that is {e}.", PC(d['tax'], gross), 'money', rnd=2)
        net = S.calc('Net pay', "Net pay is {e}.", S_(gross, tax), 'money')
        S.answer(net, '')
    return sample, solve


reg('sales_commission', [
    "{name} sells cars and earns a base salary of {base} per month plus a {c} commission on quarterly sales above "
    "{T}. This quarter {name} sold {n} cars at an average price of {p}. If {tax} of the quarter's gross pay is "
    "withheld (rounded to the cent), what is {name}'s net pay for the quarter? Round the commission to the cent.",
    "A sales rep gets {base} a month in salary and {c} of all sales beyond {T} in a quarter. The rep sold {n} "
    "vehicles averaging {p} each. After {tax} tax, how much does the rep take home for the 3 months? (Round money "
    "to the nearest cent.)",
    "Base pay: {base}/month for 3 months. Commission: {c} of quarterly sales over {T}. Sales: {n} units at {p}. "
    "Tax: {tax} of gross. Find the net quarterly pay, rounding to cents.",
    "{name} sold {n} trucks for {p} apiece last quarter. The dealership pays {base} per month plus {c} on any sales "
    "above {T} for the quarter. Taxes take {tax}. What is the after-tax pay for the quarter, to the nearest cent?",
    "For one quarter, {name} had {n} sales at {p} each. Pay is {base} monthly plus a {c} commission on the sales "
    "total in excess of {T}. With {tax} withheld for taxes, what is the net pay? Round to the nearest cent.",
], lambda d: "the net pay for the quarter")(_commission)


# ---------------------------------------------------------------- 16 currency exchange
def _fx():
    def sample(r):
        return dict(name=r.choice(NAMES), X=money(cents(r, 12000, 98000, 100)), fee=pct(r.choice(['1.5', '2', '2.5', '1.25', '3'])),
                    r1=dec(F(r.randrange(8800, 9450), 10000)), s1=Val(cents(r, 2400, 9000, 1), 'eur'),
                    s2=Val(cents(r, 1200, 5000, 1), 'eur'), r2=dec(F(r.randrange(10500, 11400), 10000)))

    def solve(S, d):
        fee = S.calc('Exchange fee', "The fee is {e}.", PC(d['fee'], d['X']), 'money', rnd=2)
        net = S.calc('Dollars converted', "Dollars actually converted: {e}.", S_(d['X'], fee), 'money')
        eur = S.calc('Euros received', "In euros that is {e}.", M(net, d['r1']), 'eur', rnd=2)
        sp = S.calc('Euros spent', "Spending totals {e}.", A(d['s1'], d['s2']), 'eur')
        left = S.calc('Euros left', "Euros left over: {e}.", S_(eur, sp), 'eur')
        back = S.calc('Dollars back', "Converting back gives {e}.", M(left, d['r2']), 'money', rnd=2)
        S.answer(back, '')
    return sample, solve


reg('currency_exchange', [
    "{name} exchanges {X} for euros. The bank keeps a {fee} fee from the dollars first, then converts the rest at "
    "1 USD = {r1} EUR. On the trip {name} spends {s1} on hotels and {s2} on food, then changes "
    "the remaining euros back at 1 EUR = {r2} USD. Rounding every amount to the nearest hundredth, how many dollars "
    "does {name} get back?",
    "A company converts {X} into euros after paying a {fee} fee on the dollar amount. The rate is {r1} euros per "
    "dollar. It spends {s1} and {s2}, and converts what is left to dollars at {r2} dollars per euro. How many "
    "dollars does it get back? Round each conversion to two decimal places.",
    "Start: {X} USD. Fee: {fee} of the USD. Rate out: {r1} EUR per USD. Spending: {s1} and {s2}. Rate back: {r2} "
    "USD per EUR. Round to 2 decimals at each step. How many USD are left at the end?",
    "Before a conference, {name} converts {X} at a kiosk that charges {fee} of the amount and pays {r1} euros per "
    "dollar on the rest. {name} spends {s1} on the venue and {s2} on travel, and exchanges the leftover "
    "euros at {r2} dollars each. How many dollars is that, to the cent?",
    "Exchange {X} into euros ({fee} fee taken from the dollars, rate {r1}), spend {s1} and {s2}, then convert "
    "the remaining euros back at {r2} dollars per euro. What is the final dollar amount (rounded to cents at each "
    "step)?",
], lambda d: "the amount of dollars received back")(_fx)


# ---------------------------------------------------------------- 17 farm harvest profit
def _farm():
    def sample(r):
        return dict(farm=r.choice(['Cedar Grove Farms', 'Prairie Wind Ranch', 'Golden Acres', 'Miller Family Farm']),
                    A=I(r.randrange(1250, 9800), 'acres'), y=dec(F(r.randrange(1400, 2100), 10), 'bushels'),
                    pr=rate(F(r.randrange(380, 690), 100)), c=money(cents(r, 380, 720, 1)),
                    crop=r.choice(['corn', 'wheat', 'soybeans']))

    def solve(S, d):
        bu = S.calc('Total harvest', "The harvest is {e}.", M(d['A'], d['y']), 'dec', rnd=1, unit='bushels')
        rev = S.calc('Revenue', "Selling it brings in {e}.", M(bu, d['pr']), 'money', rnd=2, mil=True)
        cost = S.calc('Total costs', "Costs are {e}.", M(d['A'], d['c']), 'money')
        prof = S.calc('Profit', "The profit is {e}.", S_(rev, cost), 'money')
        pa = S.calc('Profit per acre', "Per acre that is {e}.", D(prof, d['A']), 'money', rnd=2)
        S.answer(prof, '')
    return sample, solve


reg('farm_profit', [
    "{farm} plants {A} acres of {crop}. Each acre yields {y} bushels, which sell for {pr} per bushel. It costs {c} "
    "per acre to grow the crop. What is the farm's profit, rounded to the nearest cent?",
    "A farm grows {crop} on {A} acres with an average yield of {y} bushels per acre. The crop sells at {pr} a "
    "bushel, and growing costs are {c} an acre. Find the total profit to the nearest cent.",
    "Acres: {A}. Yield: {y} bushels/acre. Price: {pr}/bushel. Cost: {c}/acre. What is the profit (round the "
    "revenue to the cent)?",
    "{farm} harvested {y} bushels of {crop} from each of its {A} acres and sold all of it at {pr} per bushel. "
    "Expenses were {c} per acre. How much profit did the farm make, to the cent?",
    "If {A} acres each produce {y} bushels, the harvest sells at {pr} per bushel, and each acre costs {c} to farm, "
    "what is the overall profit? Round to the nearest cent.",
], lambda d: "the profit")(_farm)


# ---------------------------------------------------------------- 18 shipping containers
def _containers():
    def sample(r):
        return dict(co=r.choice(COMPANIES), n=I(r.randrange(120000, 980000), 'crates'), w=dec(F(r.randrange(450, 3800), 100), 'kg'),
                    cap=I(r.choice([24000, 26500, 28200, 21700]), 'kg'), c=money(cents(r, 1800, 6400, 25)),
                    ins=pct(r.choice(['1.5', '2', '0.8', '1.25', '2.4'])))

    def solve(S, d):
        tw = S.calc('Total weight', "The total weight is {e}.", M(d['n'], d['w']), 'dec', rnd=2, unit='kg')
        cn = S.calc('Containers (exact)', "Dividing by the container limit gives {e}.", D(tw, d['cap']), 'dec', rnd=2)
        k = S.ceil_("That is exactly {n} containers.", "A partial container still has to be shipped, so {n} containers are needed.",
                    cn, 'containers')
        sc = S.calc('Shipping cost', "Shipping costs {e}.", M(k, d['c']), 'money')
        ins = S.calc('Insurance', "Insurance is {e}.", PC(d['ins'], sc), 'money', rnd=2)
        tot = S.calc('Total cost', "The total is {e}.", A(sc, ins), 'money')
        S.answer(tot, '')
    return sample, solve


reg('shipping_containers', [
    "{co} must ship {n} crates that weigh {w} kg each. A container can carry at most {cap} kg. Each container "
    "costs {c} to ship, and insurance is {ins} of the shipping cost (rounded to the cent). What is the total cost?",
    "A shipment of {n} boxes, each weighing {w} kg, goes out in containers with a {cap} kg weight limit. Shipping "
    "is {c} per container plus {ins} insurance on the shipping charge. How much does the shipment cost in total? "
    "(Round to the nearest cent.)",
    "Crates: {n} at {w} kg. Container limit: {cap} kg. Price: {c} per container. Insurance: {ins} of shipping. "
    "Find the total cost (nearest cent).",
    "{co} exports {n} crates of machine parts, {w} kg per crate. Containers hold up to {cap} kg and cost {c} each "
    "to send. Insurance adds {ins} of the shipping bill. What does the export cost altogether, to the cent?",
    "How much will it cost to ship {n} crates weighing {w} kg apiece if each container carries at most {cap} kg, "
    "each container costs {c}, and insurance is {ins} of the container charges? Round to the nearest cent.",
], lambda d: "the total shipping cost")(_containers)


# ---------------------------------------------------------------- 19 tiered electricity bill
def _power():
    def sample(r):
        t1 = r.choice([25000, 40000, 50000, 60000])
        return dict(co=r.choice(COMPANIES), use=I(r.randrange(t1 + 5000, 480000), 'kWh'), t1=I(t1, 'kWh'),
                    p1=rate(F(r.randrange(1050, 1690), 10000)), p2=rate(F(r.randrange(780, 1040), 10000)),
                    fix=money(cents(r, 150, 950, 50)), tax=pct(r.choice(['6.5', '5', '7.25', '8', '4.75'])))

    def solve(S, d):
        c1 = S.calc('First-tier cost', "The first tier costs {e}.", M(d['t1'], d['p1']), 'money', rnd=2)
        rest = S.calc('Remaining kWh', "The usage above the first tier is {e}.", S_(d['use'], d['t1']), unit='kWh')
        c2 = S.calc('Second-tier cost', "The second tier costs {e}.", M(rest, d['p2']), 'money', rnd=2)
        en = S.calc('Energy charges', "Energy charges total {e}.", A(c1, c2), 'money')
        sub = S.calc('Subtotal', "With the fixed charge the subtotal is {e}.", A(en, d['fix']), 'money')
        tax = S.calc('Tax', "Tax is {e}.", PC(d['tax'], sub), 'money', rnd=2)
        tot = S.calc('Total bill', "The total bill is {e}.", A(sub, tax), 'money')
        S.answer(tot, '')
    return sample, solve


reg('electricity_bill', [
    "{co} used {use} kWh of electricity last month. The first {t1} kWh cost {p1} per kWh and every kWh after that "
    "costs {p2}. There is also a fixed charge of {fix}, and tax of {tax} is added to the whole bill. Rounding each "
    "charge to the nearest cent, what is the total bill?",
    "A factory's meter shows {use} kWh for the month. The utility charges {p1}/kWh for the first {t1} kWh and {p2}/kWh "
    "beyond that, plus a {fix} service fee. Sales tax is {tax}. What is the bill, to the nearest cent at each step?",
    "Usage: {use} kWh. Tier 1: first {t1} kWh at {p1}. Tier 2: the rest at {p2}. Fixed fee: {fix}. Tax: {tax} on "
    "everything. Total owed (round each amount to the cent)?",
    "The electricity rate for businesses is {p1} per kWh up to {t1} kWh and {p2} per kWh above that. {co} used {use} "
    "kWh and pays a monthly base charge of {fix}. After {tax} tax, how much does it owe? Round to cents as you go.",
    "A data center consumed {use} kWh in June. Its plan bills {p1} for each of the first {t1} kWh, {p2} for each "
    "additional kWh, and a flat {fix}. A {tax} tax applies to the total. Find the amount due, rounding to the "
    "nearest cent at each step.",
], lambda d: "the total electricity bill")(_power)


# ---------------------------------------------------------------- 20 data storage
def _storage():
    def sample(r):
        return dict(name=r.choice(NAMES), ph=I(r.randrange(120000, 980000), 'photos'), ps=dec(F(r.randrange(180, 960), 100), 'MB'),
                    vd=I(r.randrange(2400, 38000), 'videos'), vs=dec(F(r.randrange(3500, 48000), 10), 'MB'),
                    dr=I(r.choice([2000, 4000, 8000, 12000]), 'GB'), pr=money(cents(r, 60, 320, 1)))

    def solve(S, d):
        pm = S.calc('Photo storage', "The photos take up {e}.", M(d['ph'], d['ps']), 'dec', rnd=2, unit='MB')
        vm = S.calc('Video storage', "The videos take up {e}.", M(d['vd'], d['vs']), 'dec', rnd=1, unit='MB')
        tm = S.calc('Total storage', "Together that is {e}.", A(pm, vm), 'dec', rnd=2, unit='MB')
        gb = S.calc('In gigabytes', "Converting to gigabytes: {e}.", D(tm, I(1000)), 'dec', rnd=5, unit='GB')
        nd = S.calc('Drives (exact)', "Dividing by the drive size gives {e}.", D(gb, d['dr']), 'dec', rnd=2)
        k = S.ceil_("That is exactly {n} drives.", "Rounding up, {n} drives are needed.", nd, 'drives')
        cost = S.calc('Cost of drives', "The drives cost {e}.", M(k, d['pr']), 'money')
        S.answer(cost, '')
    return sample, solve


reg('data_storage', [
    "{name} is backing up {ph} photos averaging {ps} MB each and {vd} videos averaging {vs} MB each. Drives hold "
    "{dr} GB (1 GB = 1,000 MB) and cost {pr} each. How much will the drives cost?",
    "An archive has {ph} images of {ps} MB apiece and {vd} video files of {vs} MB apiece. If each storage drive "
    "holds {dr} GB, with 1,000 MB in a GB, and a drive costs {pr}, what is the cost of enough drives for everything?",
    "Photos: {ph} × {ps} MB. Videos: {vd} × {vs} MB. Drive capacity: {dr} GB (use 1 GB = 1,000 MB). Drive price: "
    "{pr}. What is the total cost of the drives needed?",
    "A newsroom must store {ph} photographs ({ps} MB each on average) and {vd} clips ({vs} MB each on average). "
    "It buys {dr}-GB drives at {pr} apiece. Using 1,000 MB per GB, how much does it spend?",
    "How much does it cost to buy enough {dr} GB drives, at {pr} per drive, to hold {ph} photos of {ps} MB and {vd} "
    "videos of {vs} MB? Use 1 GB = 1,000 MB.",
], lambda d: "the cost of the drives")(_storage)


# ---------------------------------------------------------------- 21 school supplies shortfall
def _supplies():
    def sample(r):
        return dict(city=r.choice(CITIES), k=I(r.randint(18, 96), 'schools'), s=I(r.randrange(420, 2400), 'students'),
                    kit=money(cents(r, 18, 95, 5)), disc=pct(r.choice(['5', '8', '10', '12.5', '15'])),
                    G=money(r.randrange(300, 2400) * 1000))

    def solve(S, d):
        st = S.calc('Total students', "The district has {e}.", M(d['k'], d['s']), unit='students')
        cost = S.calc('Cost before discount', "Kits for everyone cost {e}.", M(st, d['kit']), 'money')
        disc = S.calc('Discount', "The discount is {e}.", PC(d['disc'], cost), 'money', rnd=2)
        after = S.calc('Cost after discount', "After the discount the kits cost {e}.", S_(cost, disc), 'money')
        short = S.calc('Shortfall', "Compared with the grant, the difference is {e}.", S_(after, d['G']), 'money')
        per = S.calc('Per school', "Split across the schools, that is {e} each.", D(short, d['k']), 'money', rnd=2)
        S.answer(short, '')
    return sample, solve


reg('supplies_shortfall', [
    "The {city} school district has {k} schools with {s} students each. Every student needs a supply kit costing "
    "{kit}. The supplier gives a {disc} discount on the whole order (rounded to the cent). The district has a grant "
    "of {G}. How much more money does the district need?",
    "A district buys a {kit} kit for each of its students: {k} schools, {s} students per school. After a {disc} "
    "discount (to the nearest cent), how much more than its {G} grant does it have to spend?",
    "Schools: {k}. Students per school: {s}. Kit price: {kit}. Discount: {disc}. Grant: {G}. By how much does the "
    "discounted cost exceed the grant? Round to the nearest cent.",
    "{city} wants to give every student a tablet case that costs {kit}. There are {k} schools averaging {s} "
    "students. With {disc} off the total and a {G} grant to cover part of it, how much must the district pay from "
    "its own budget? (Nearest cent.)",
    "Each of {k} schools enrolls {s} students, and each student will get a {kit} science kit. The vendor takes {disc} "
    "off the full order. A state grant pays {G}. What is the remaining amount the district owes, to the cent?",
], lambda d: "the shortfall")(_supplies)


# ---------------------------------------------------------------- 22 simple interest loan
def _loan():
    def sample(r):
        return dict(name=r.choice(NAMES), P=money(r.randrange(850, 9800) * 100), rt=pct(r.choice(['4.5', '5.25', '6', '3.75', '7.2', '6.8'])),
                    t=I(r.choice([3, 4, 5, 6, 8, 10, 15]), 'years'), what=r.choice(['a warehouse', 'a fleet of trucks', 'a restaurant', 'farm equipment']))

    def solve(S, d):
        yi = S.calc('Interest per year', "Each year's interest is {e}.", PC(d['rt'], d['P']), 'money', rnd=2)
        ti = S.calc('Total interest', "Over the loan that is {e}.", M(yi, d['t']), 'money')
        tot = S.calc('Total to repay', "The total to repay is {e}.", A(d['P'], ti), 'money')
        mo = S.calc('Number of payments', "The number of monthly payments is {e}.", M(d['t'], I(12)), unit='payments')
        pay = S.calc('Monthly payment', "Each monthly payment is {e}.", D(tot, mo), 'money', rnd=2)
        S.answer(pay, '')
    return sample, solve


reg('simple_interest_loan', [
    "{name} borrows {P} to buy {what}. The loan charges {rt} simple interest per year for {t} years, and the total "
    "is repaid in equal monthly payments. What is each monthly payment, to the nearest cent?",
    "A business takes a {t}-year loan of {P} at {rt} simple annual interest. If principal plus interest is split "
    "into equal monthly installments, how much is each installment? Round to the cent.",
    "Loan: {P}. Simple interest: {rt} per year. Term: {t} years. Payments: monthly, all equal. Find the monthly "
    "payment (nearest cent).",
    "To pay for {what}, {name} gets a loan of {P}. Interest is simple, {rt} a year, over {t} years. What will the "
    "monthly payment be if the total owed is spread evenly over every month of the loan? (Round to the cent.)",
    "How much is the monthly payment on a {P} loan with {rt} yearly simple interest over {t} years, if all the "
    "money owed is paid in equal monthly amounts? Give the answer to the nearest cent.",
], lambda d: "the monthly payment")(_loan)


# ---------------------------------------------------------------- 23 freight trains
def _trains():
    def sample(r):
        return dict(co=r.choice(['Northline Rail', 'Coastal Freight', 'Prairie Rail Co.', 'Summit Railways']),
                    v1=I(r.randrange(62, 118), 'km/h'), t1=dec(r.choice(['3.5', '4.25', '5', '6.5', '2.75'])),
                    v2=I(r.randrange(48, 96), 'km/h'), t2=dec(r.choice(['2.5', '3', '4.5', '1.75', '5.5'])),
                    n=I(r.randint(24, 180), 'trains'), days=I(r.choice([30, 31, 90, 365, 52]), 'days'))

    def solve(S, d):
        d1 = S.calc('First leg', "The first leg covers {e}.", M(d['v1'], d['t1']), 'dec', unit='km')
        d2 = S.calc('Second leg', "The second leg covers {e}.", M(d['v2'], d['t2']), 'dec', unit='km')
        one = S.calc('Distance per train per day', "Each train covers {e} per day.", A(d1, d2), 'dec', unit='km')
        fleet = S.calc('Fleet distance per day', "All trains together cover {e} per day.", M(one, d['n']), 'dec', unit='km')
        tot = S.calc('Total distance', "Over the whole period that is {e}.", M(fleet, d['days']), 'dec', unit='km', mil=True)
        hrs = S.calc('Hours per day', "Each train runs {e} hours a day.", A(d['t1'], d['t2']), 'dec')
        avg = S.calc('Average speed', "Its average speed is {e}.", D(one, hrs), 'dec', rnd=2, unit='km/h')
        S.answer(tot, '')
    return sample, solve


reg('freight_trains', [
    "Each of {co}'s {n} freight trains travels at {v1} km/h for {t1} hours and then at {v2} km/h for {t2} hours "
    "every day. How many kilometers do all the trains travel together in {days} days?",
    "A railway runs {n} trains. Every day, each train goes {v1} km/h for {t1} h, then {v2} km/h for {t2} h. Find "
    "the total distance covered by the fleet over {days} days.",
    "Trains: {n}. Daily schedule per train: {t1} h at {v1} km/h, then {t2} h at {v2} km/h. Period: {days} days. "
    "Total kilometers?",
    "{co} operates {n} trains on the same daily pattern: {t1} hours at {v1} km/h followed by {t2} hours at {v2} "
    "km/h. What is the combined distance traveled by all trains in {days} days?",
    "If one train travels {t1} hours at {v1} km/h and {t2} hours at {v2} km/h each day, how far do {n} such trains "
    "travel altogether over {days} days?",
], lambda d: "the total distance")(_trains)


# ---------------------------------------------------------------- 24 catering
def _catering():
    def sample(r):
        return dict(ev=r.choice(['a charity gala', 'a tech conference', 'a wedding expo', 'a company retreat']),
                    n=I(r.randrange(850, 9800), 'guests'), p=money(cents(r, 28, 140, 5)), b=money(cents(r, 6, 32, 5)),
                    sc=pct(r.choice(['18', '20', '15', '22.5', '12.5'])), tax=pct(r.choice(['6', '7.5', '8.25', '5.75'])))

    def solve(S, d):
        food = S.calc('Food', "Food costs {e}.", M(d['n'], d['p']), 'money')
        bev = S.calc('Beverages', "Beverages cost {e}.", M(d['n'], d['b']), 'money')
        sub = S.calc('Subtotal', "The subtotal is {e}.", A(food, bev), 'money')
        sc = S.calc('Service charge', "The service charge is {e}.", PC(d['sc'], sub), 'money', rnd=2)
        tax = S.calc('Tax', "Tax on the subtotal is {e}.", PC(d['tax'], sub), 'money', rnd=2)
        tot = S.calc('Total', "The total is {e}.", A(sub, sc, tax), 'money')
        per = S.calc('Per guest', "That works out to {e} per guest.", D(tot, d['n']), 'money', rnd=2)
        S.answer(tot, '')
    return sample, solve


reg('catering_event', [
    "A caterer is serving {n} guests at {ev}. Each meal costs {p} and drinks cost {b} per guest. A {sc} service "
    "charge and {tax} tax are each calculated on the food-and-drink subtotal and rounded to the cent. What is the "
    "total bill?",
    "For {ev}, the organizers order {n} plates at {p} each plus a beverage package of {b} per person. They pay a "
    "{sc} service charge and {tax} sales tax, both based on the subtotal (round each to the nearest cent). How much "
    "do they pay in total?",
    "Guests: {n}. Meal: {p} each. Drinks: {b} each. Service charge: {sc} of subtotal. Tax: {tax} of subtotal. Round "
    "charges to cents. Find the total.",
    "The catering quote for {ev} lists {p} per dinner and {b} per drink package for {n} attendees, plus {sc} "
    "service and {tax} tax, each on the subtotal and rounded to the cent. What is the grand total?",
    "How much does it cost to feed {n} people at {p} per meal with {b} of drinks each, if a {sc} service charge and "
    "a {tax} tax are added on the subtotal? Round each added charge to the nearest cent.",
], lambda d: "the total catering bill")(_catering)


# ---------------------------------------------------------------- 25 stock trade
def _stock():
    def sample(r):
        p = cents(r, 12, 480, 1)
        q = p + cents(r, 2, 90, 1)
        return dict(name=r.choice(NAMES), n=I(r.randrange(1200, 48000, 10), 'shares'), p=money(p), q=money(q),
                    fee=money(cents(r, 5, 45, 5)), tax=pct(r.choice(['15', '20', '18.8', '23.8', '12.5'])),
                    tick=r.choice(['ACME', 'NWLG', 'BRPT', 'SMTE', 'HRBT']))

    def solve(S, d):
        cost = S.calc('Cost of shares', "Buying the shares costs {e}.", M(d['n'], d['p']), 'money')
        paid = S.calc('Total paid', "With the commission, the total paid is {e}.", A(cost, d['fee']), 'money')
        sale = S.calc('Sale value', "Selling brings in {e}.", M(d['n'], d['q']), 'money')
        recv = S.calc('Amount received', "After the commission, {e} is received.", S_(sale, d['fee']), 'money')
        prof = S.calc('Profit before tax', "The profit before tax is {e}.", S_(recv, paid), 'money')
        tax = S.calc('Tax on profit', "The tax is {e}.", PC(d['tax'], prof), 'money', rnd=2)
        net = S.calc('Profit after tax', "The profit after tax is {e}.", S_(prof, tax), 'money')
        S.answer(net, '')
    return sample, solve


reg('stock_profit', [
    "{name} buys {n} shares of {tick} at {p} per share and later sells all of them at {q} per share. The broker "
    "charges {fee} per trade (once to buy, once to sell). If {tax} of the profit goes to tax (rounded to the cent), "
    "what is the profit after tax?",
    "An investor purchases {n} shares at {p} each and sells them at {q} each. Each trade has a {fee} commission. "
    "Capital gains tax is {tax} of the profit, rounded to the nearest cent. Find the after-tax profit.",
    "Shares: {n}. Buy price: {p}. Sell price: {q}. Commission: {fee} per trade. Tax: {tax} of profit. What is the "
    "profit after tax, to the cent?",
    "{name} bought {n} {tick} shares for {p} apiece and sold them for {q} apiece, paying a {fee} commission on "
    "the purchase and on the sale. After paying {tax} tax on the gain (nearest cent), how much did {name} make?",
    "A fund buys {n} shares at {p} and sells them at {q}. It pays {fee} in commission for each of the two trades "
    "and {tax} tax on the profit, rounded to the cent. What is the profit after tax?",
], lambda d: "the profit after tax")(_stock)


# ---------------------------------------------------------------- 26 bakery scaling
def _bakery():
    def sample(r):
        b = r.choice([24, 36, 48, 60, 72])
        return dict(shop=r.choice(['Golden Crust Bakery', 'Sweet Rise', 'Maple Street Bakery', 'The Flour Mill']),
                    b=I(b, 'cookies'), n=I(b * r.randrange(900, 9800), 'cookies'), g=I(r.randrange(850, 2400, 5), 'grams'),
                    e=I(r.choice([4, 5, 6, 8]), 'eggs'), bag=money(cents(r, 14, 39, 1)), tray=money(cents(r, 4, 12, 1)))

    def solve(S, d):
        bt = S.calc('Batches', "The number of batches is {e}.", D(d['n'], d['b']), unit='batches')
        fg = S.calc('Flour in grams', "Flour needed: {e}.", M(bt, d['g']), unit='g')
        fk = S.calc('Flour in kilograms', "In kilograms that is {e}.", D(fg, I(1000)), 'dec', unit='kg')
        bg = S.calc('Bags (exact)', "In 25 kg bags that is {e}.", D(fk, I(25)), 'dec', rnd=2)
        nb = S.ceil_("So exactly {n} bags are needed.", "We can't buy part of a bag, so {n} bags are needed.", bg, 'bags')
        fc = S.calc('Flour cost', "The flour costs {e}.", M(nb, d['bag']), 'money')
        eg = S.calc('Eggs', "Eggs needed: {e}.", M(bt, d['e']), unit='eggs')
        tr = S.calc('Trays (exact)', "At 30 eggs per tray that is {e} trays.", D(eg, I(30)), 'dec', rnd=2)
        nt = S.ceil_("So exactly {n} trays are needed.", "Rounding up gives {n} trays.", tr, 'trays')
        ec = S.calc('Egg cost', "The eggs cost {e}.", M(nt, d['tray']), 'money')
        tot = S.calc('Total cost', "Flour and eggs together cost {e}.", A(fc, ec), 'money')
        S.answer(tot, '')
    return sample, solve


reg('bakery_scaling', [
    "{shop} got an order for {n} cookies. One batch makes {b} cookies and uses {g} grams of flour and {e} eggs. "
    "Flour comes in 25 kg bags at {bag} a bag, and eggs come in trays of 30 at {tray} a tray. What do the flour and "
    "eggs cost?",
    "A recipe yields {b} cookies per batch using {g} g of flour and {e} eggs. To make {n} cookies, a bakery buys "
    "flour in 25-kilogram bags ({bag} each) and eggs by the tray of 30 ({tray} each). How much does it spend on "
    "flour and eggs?",
    "Order: {n} cookies. Per batch: {b} cookies, {g} g flour, {e} eggs. Flour: 25 kg bags at {bag}. Eggs: trays "
    "of 30 at {tray}. Only whole bags and trays can be bought. Total cost of flour and eggs?",
    "{shop} needs to bake {n} cookies for a festival. Each batch of {b} takes {g} grams of flour and {e} eggs. If "
    "flour is sold only in 25 kg bags costing {bag} and eggs only in 30-egg trays costing {tray}, what is the cost "
    "of the flour and eggs?",
    "How much will flour and eggs cost for {n} cookies if each batch of {b} cookies needs {g} g of flour and {e} "
    "eggs, flour costs {bag} per 25 kg bag, and eggs cost {tray} per tray of 30 (whole bags and trays only)?",
], lambda d: "the cost of flour and eggs")(_bakery)


# ---------------------------------------------------------------- 27 subscription revenue
def _subs():
    def sample(r):
        return dict(svc=r.choice(['StreamBox', 'CloudNote', 'FitTrack', 'NewsNow']), N=I(r.randrange(400, 4800) * 100, 'subscribers'),
                    pr=money(r.choice(['9.99', '12.99', '14.49', '7.99', '19.99', '4.99'])),
                    ch=pct(r.choice(['2.5', '3', '4', '1.5', '5'])), new=I(r.randrange(12000, 180000), 'subscribers'))

    def solve(S, d):
        r1 = S.calc('Month 1 revenue', "Revenue in month 1 is {e}.", M(d['N'], d['pr']), 'money', mil=True)
        lost = S.calc('Subscribers lost', "Cancellations: {e}.", PC(d['ch'], d['N']), unit='subscribers')
        after = S.calc('After cancellations', "After cancellations there are {e}.", S_(d['N'], lost), unit='subscribers')
        m2 = S.calc('Month 2 subscribers', "Adding new sign-ups gives {e}.", A(after, d['new']), unit='subscribers')
        r2 = S.calc('Month 2 revenue', "Revenue in month 2 is {e}.", M(m2, d['pr']), 'money', mil=True)
        tot = S.calc('Two-month revenue', "Total revenue for both months is {e}.", A(r1, r2), 'money', mil=True)
        S.answer(tot, '')
    return sample, solve


reg('subscription_revenue', [
    "{svc} has {N} subscribers paying {pr} a month. At the end of month 1, {ch} of them cancel, and {new} new "
    "subscribers join for month 2. What is the total revenue for the two months?",
    "A subscription app charges {pr} per month. In month 1 it has {N} paying users. Before month 2, {ch} of those "
    "users cancel and {new} new users sign up. Find the combined revenue of months 1 and 2.",
    "Subscribers in month 1: {N}. Price: {pr}/month. Churn after month 1: {ch}. New subscribers for month 2: {new}. "
    "Total revenue for both months?",
    "{svc} billed {N} customers {pr} each in January. {ch} of those customers canceled before February, while {new} "
    "new customers joined. How much did {svc} bill in January and February combined?",
    "How much revenue does a {pr}-per-month service earn over two months if it starts with {N} subscribers, loses "
    "{ch} of them after the first month, and gains {new} new ones for the second month?",
], lambda d: "the total revenue")(_subs)


# ---------------------------------------------------------------- 28 overdraft (negative result)
def _overdraft():
    def sample(r):
        B = cents(r, 2000, 48000, 1)
        a = cents(r, 1500, 30000, 1)
        b = cents(r, 1500, 30000, 1)
        c = cents(r, 500, 9000, 1)
        return dict(co=r.choice(COMPANIES), B=money(B), a=money(a), b=money(b), c=money(c),
                    fee=money(r.choice([35, 39, 45, 48, 60])), dep=money(cents(r, 500, 9000, 1)))

    def solve(S, d):
        bills = S.calc('Total payments', "The payments add up to {e}.", A(d['a'], d['b'], d['c']), 'money')
        bal = S.calc('Balance after payments', "After the payments the balance is {e}.", S_(d['B'], bills), 'money')
        if bal.v >= 0:
            from engine import Reject
            raise Reject('not overdrawn')
        fees = S.calc('Overdraft fees', "Three overdraft fees cost {e}.", M(I(3), d['fee']), 'money')
        bal2 = S.calc('Balance after fees', "Subtracting the fees gives {e}.", S_(bal, fees), 'money')
        bal3 = S.calc('Balance after deposit', "After the deposit the balance is {e}.", A(bal2, d['dep']), 'money')
        S.answer(bal3, '')
    return sample, solve


reg('overdraft_balance', [
    "{co}'s checking account has {B}. It pays three invoices of {a}, {b} and {c}. The bank charges a {fee} "
    "overdraft fee for each of the three payments, and then a deposit of {dep} arrives. What is the final balance? "
    "(Use a negative number if the account is overdrawn.)",
    "An account starts at {B}. Payments of {a}, {b} and {c} go out, each triggering a {fee} overdraft fee. Then "
    "{dep} is deposited. What is the balance now? Give a negative number if it is below zero.",
    "Starting balance: {B}. Payments: {a}, {b}, {c}. Overdraft fee: {fee} per payment (3 payments). Deposit: {dep}. "
    "Final balance (negative if overdrawn)?",
    "A small business had {B} in the bank when three checks cleared: {a}, {b} and {c}. Each check was hit with a {fee} "
    "overdraft fee. A customer then paid {dep} into the account. What is the balance, as a signed number?",
    "After paying {a}, {b} and {c} out of an account holding {B}, and being charged {fee} for each of the three "
    "overdrawn payments, the account receives {dep}. What is the ending balance? (Negative means overdrawn.)",
], lambda d: "the final balance")(_overdraft)


# ---------------------------------------------------------------- 29 markup and clearance (long chain)
def _markup():
    def sample(r):
        n = r.randrange(40, 960) * 25
        return dict(co=r.choice(COMPANIES), n=I(n, 'items'), c=money(cents(r, 8, 480, 4)),
                    m=pct(r.choice(['25', '40', '35', '50', '60', '45'])), s=pct(r.choice(['60', '72', '80', '64', '76'])),
                    dsc=pct(r.choice(['30', '25', '40', '35', '20'])), item=r.choice(['jackets', 'lamps', 'blenders', 'backpacks']))

    def solve(S, d):
        tc = S.calc('Total cost', "The store pays {e}.", M(d['n'], d['c']), 'money')
        mu = S.calc('Markup per item', "The markup on each item is {e}.", PC(d['m'], d['c']), 'money', rnd=2)
        pr = S.calc('Selling price', "So the regular price is {e}.", A(d['c'], mu), 'money')
        sold = S.calc('Sold at full price', "At full price the store sells {e}.", PC(d['s'], d['n']), unit='items')
        r1 = S.calc('Full-price revenue', "Revenue from those is {e}.", M(sold, pr), 'money')
        off = S.calc('Clearance discount', "The clearance discount per item is {e}.", PC(d['dsc'], pr), 'money', rnd=2)
        cp = S.calc('Clearance price', "The clearance price is {e}.", S_(pr, off), 'money')
        left = S.calc('Items on clearance', "Items left for clearance: {e}.", S_(d['n'], sold), unit='items')
        r2 = S.calc('Clearance revenue', "Clearance revenue is {e}.", M(left, cp), 'money')
        rev = S.calc('Total revenue', "Total revenue is {e}.", A(r1, r2), 'money')
        prof = S.calc('Profit', "The profit is {e}.", S_(rev, tc), 'money')
        S.answer(prof, '')
    return sample, solve


reg('markup_clearance', [
    "A store buys {n} {item} at {c} each and marks them up {m} (rounded to the cent). It sells {s} of them at the "
    "regular price. The rest are sold on clearance at {dsc} off the regular price (rounded to the cent). What is the "
    "store's profit?",
    "{co} purchases {n} {item} for {c} apiece. The selling price is the cost plus a {m} markup, rounded to the nearest "
    "cent. {s} of the {item} sell at that price, and the remaining ones sell at {dsc} off (the discount also rounded to "
    "the cent). Find the total profit.",
    "Units: {n}. Unit cost: {c}. Markup: {m}. Sold at full price: {s} of units. Remainder sold at {dsc} off. Round "
    "the markup and the discount to cents. Profit?",
    "A retailer stocks {n} {item} that cost {c} each, prices them {m} above cost (nearest cent), sells {s} of them "
    "at that price, and clears out the rest at a {dsc} discount (nearest cent). How much profit does it make?",
    "If {n} {item} cost {c} each, are marked up {m}, and {s} sell at full price while the others sell for {dsc} off, "
    "what is the profit? Round the markup and discount amounts per item to the nearest cent.",
], lambda d: "the profit")(_markup)


# ---------------------------------------------------------------- 30 hotel chain profit
def _hotel():
    def sample(r):
        return dict(co=r.choice(['Harborview Hotels', 'Summit Inns', 'Lakeside Resorts', 'Metro Suites']),
                    h=I(r.randint(12, 85), 'hotels'), R=I(r.randrange(120, 640), 'rooms'),
                    o=pct(r.choice(['75', '80', '68', '85', '90', '72'])), n=I(r.choice([30, 31, 90, 92, 365]), 'nights'),
                    rt=money(cents(r, 89, 389, 1)), ex=money(cents(r, 22, 85, 1)))

    def solve(S, d):
        rooms = S.calc('Total rooms', "The chain has {e}.", M(d['h'], d['R']), unit='rooms')
        occ = S.calc('Occupied rooms per night', "Each night {e} are occupied.", PC(d['o'], rooms), unit='rooms')
        rn = S.calc('Room-nights', "Over the period that is {e}.", M(occ, d['n']), unit='room-nights')
        rev = S.calc('Revenue', "Revenue is {e}.", M(rn, d['rt']), 'money', mil=True)
        cost = S.calc('Expenses', "Expenses are {e}.", M(rn, d['ex']), 'money')
        prof = S.calc('Profit', "Profit is {e}.", S_(rev, cost), 'money', mil=True)
        S.check(A(prof, cost), rev)
        S.answer(prof, '')
    return sample, solve


reg('hotel_profit', [
    "{co} owns {h} hotels with {R} rooms each. On average {o} of the rooms are occupied every night. Over {n} nights, "
    "each occupied room earns {rt} per night and costs {ex} per night to service. What is the chain's profit?",
    "A hotel chain has {h} properties, each with {R} rooms. Occupancy is {o} every night for {n} nights. The nightly "
    "rate is {rt} and the cost of each occupied room-night is {ex}. Find the profit.",
    "Hotels: {h}. Rooms per hotel: {R}. Occupancy: {o}. Nights: {n}. Rate: {rt} per room-night. Cost: {ex} per "
    "occupied room-night. Profit?",
    "Across its {h} hotels of {R} rooms each, {co} fills {o} of the rooms each night. A room goes for {rt} a night, "
    "while cleaning and staff cost {ex} per occupied room per night. What profit does the chain make in {n} nights?",
    "How much profit does a chain of {h} hotels ({R} rooms each, {o} occupancy) make in {n} nights if it charges {rt} "
    "per occupied room per night and spends {ex} per occupied room per night?",
], lambda d: "the profit")(_hotel)


# ---------------------------------------------------------------- 31 painting an apartment complex
def _paint():
    def sample(r):
        return dict(co=r.choice(['Brightwall Painters', 'ProCoat Inc.', 'Evergreen Painting']),
                    b=I(r.randint(6, 40), 'buildings'), f=I(r.randint(4, 22), 'floors'),
                    a=dec(F(r.randrange(4800, 19800), 10), 'm²'), cov=dec(r.choice(['10', '12', '11.5', '9.5', '12.5']), 'm² per liter'),
                    can=dec(r.choice(['18.9', '20', '15', '18']), 'L'), pr=money(cents(r, 79, 249, 1)))

    def solve(S, d):
        fl = S.calc('Total floors', "There are {e} floors in all.", M(d['b'], d['f']), unit='floors')
        ar = S.calc('Wall area', "The wall area is {e}.", M(fl, d['a']), 'dec', rnd=1, unit='m²')
        two = S.calc('Area for two coats', "With two coats that is {e}.", M(ar, I(2)), 'dec', rnd=1, unit='m²')
        L = S.calc('Paint needed', "The paint needed is {e}.", D(two, d['cov']), 'dec', rnd=2, unit='liters')
        cn = S.calc('Cans (exact)', "In cans that is {e}.", D(L, d['can']), 'dec', rnd=2)
        k = S.ceil_("That is exactly {n} cans.", "Partial cans aren't sold, so {n} cans are needed.", cn, 'cans')
        cost = S.calc('Paint cost', "The paint costs {e}.", M(k, d['pr']), 'money')
        S.answer(cost, '')
    return sample, solve


reg('paint_complex', [
    "{co} is painting {b} apartment buildings, each with {f} floors. Each floor has {a} square meters of wall. Two "
    "coats are needed, one liter covers {cov} square meters, and paint comes in {can}-liter cans costing {pr}. Round "
    "the liters to two decimals. How much does the paint cost?",
    "An apartment complex has {b} buildings of {f} floors. Every floor has {a} m² of walls to paint with 2 coats. "
    "Paint covers {cov} m² per liter and is sold in {can} L cans for {pr} each (round liters to hundredths). What is "
    "the cost of the paint?",
    "Buildings: {b}. Floors each: {f}. Wall area per floor: {a} m². Coats: 2. Coverage: {cov} m²/L (round liters to 2 "
    "decimals). Can size: {can} L. Can price: {pr}. Total paint cost?",
    "To repaint {b} buildings with {f} floors each, a crew must cover {a} m² of wall per floor, twice. With coverage of "
    "{cov} m² per liter and {can}-liter cans at {pr}, how much will the paint cost? (Round the liters to two decimal "
    "places.)",
    "Each of {b} towers has {f} floors, and each floor needs {a} square meters of wall painted with two coats. If a "
    "liter of paint covers {cov} m² (round the liters to hundredths) and a {can} L can costs {pr}, find the paint "
    "cost.",
], lambda d: "the cost of the paint")(_paint)


# ---------------------------------------------------------------- 32 city water supply
def _water():
    def sample(r):
        return dict(city=r.choice(CITIES), H=I(r.randrange(120000, 890000), 'households'), L=dec(F(r.randrange(2800, 6400), 10), 'liters'),
                    k=I(r.randrange(4000, 60000), 'households'), cap=Val(r.randrange(180, 990) * 10 ** 8, 'int', 'liters'))

    def solve(S, d):
        day = S.calc('Daily use now', "The city uses {e} per day.", M(d['H'], d['L']), 'dec', rnd=1, unit='liters')
        yr = S.calc('Yearly use now', "In a year that is {e}.", M(day, I(365)), 'dec', rnd=1, unit='liters', sci=True)
        hh = S.calc('Households later', "After growth there are {e}.", A(d['H'], d['k']), unit='households')
        day2 = S.calc('Daily use later', "Daily use becomes {e}.", M(hh, d['L']), 'dec', rnd=1, unit='liters')
        dd = S.calc('Days of supply', "The reservoir would last {e} days.", D(d['cap'], day2), 'dec', rnd=2)
        n = S.floor_("That is exactly {n} full days.", "So it lasts {n} full days.", dd, 'days')
        S.answer(n, '')
    return sample, solve


reg('water_supply', [
    "{city} has {H} households, and each uses {L} liters of water a day. How much water does the city use in a "
    "year (365 days)? If {k} more households move in, how many full days would a reservoir of {cap} liters last?",
    "Each of {H} homes in {city} uses {L} liters of water daily. The city expects {k} new homes with the same usage. "
    "First find the current yearly use (365 days). Then find how many complete days a {cap}-liter reservoir would "
    "supply all homes after the growth.",
    "Households: {H}. Use per household: {L} L/day. New households: {k}. Reservoir: {cap} L. Find the current annual "
    "use (365 days) and the number of full days the reservoir lasts after growth. Give the number of days as the "
    "answer.",
    "A water utility serves {H} households that each use {L} liters a day. After {k} households are added, how many "
    "whole days could its {cap}-liter reservoir meet demand with no refilling? (Also compute the current yearly "
    "use over 365 days.)",
    "{city}'s reservoir holds {cap} liters. The town has {H} households using {L} liters each per day and is about "
    "to gain {k} households. How many full days would the reservoir last for the larger town? Compute the current "
    "yearly consumption (365 days) along the way.",
], lambda d: "the number of full days")(_water)
