"""Problem structures for the travel-and-trips genre.

Each structure: name, us (whether 12-hour clocks are plausible), texts (4 phrasings),
params(rng) -> dict, build(S, p) that records the worked solution.
"""
import math
from fractions import Fraction as F
from core import (Q, money, num, pct, clock, dur, M, N, CLK, DUR, CUR, fr, rnd)
from render import fmt_q, Opt, fmt_clock, fmt_dur

NAMES = ['Maria', 'James', 'Priya', 'Liam', 'Sofia', 'Chen', 'Aisha', 'Noah', 'Emma',
         'Diego', 'Hannah', 'Kenji', 'Olivia', 'Mateo', 'Zara', 'Lucas', 'Fatima', 'Ben']
GROUPS = ['friends', 'coworkers', 'cousins', 'college friends', 'teammates']
CITIES = {
    'EUR': ['Paris', 'Rome', 'Lisbon', 'Barcelona', 'Berlin', 'Vienna', 'Amsterdam', 'Athens'],
    'GBP': ['London', 'Edinburgh', 'Manchester'],
    'JPY': ['Tokyo', 'Osaka', 'Kyoto'],
    'MXN': ['Mexico City', 'Cancún', 'Oaxaca'],
    'CAD': ['Toronto', 'Vancouver', 'Montreal'],
    'CHF': ['Zurich', 'Geneva', 'Lucerne'],
    'THB': ['Bangkok', 'Chiang Mai', 'Phuket'],
    'AUD': ['Sydney', 'Melbourne', 'Brisbane'],
}
RATES = {  # foreign units per USD: (lo, hi, decimals choices)
    'EUR': (0.86, 0.95, [2, 2, 4]), 'GBP': (0.74, 0.82, [2, 2, 4]),
    'JPY': (142, 158, [0, 1, 2]), 'MXN': (16.8, 19.6, [2]), 'CAD': (1.31, 1.39, [2, 4]),
    'CHF': (0.84, 0.91, [2, 4]), 'THB': (33.5, 36.8, [2]), 'AUD': (1.45, 1.58, [2, 4]),
}
TZ = [('New York', -5), ('Chicago', -6), ('Denver', -7), ('Los Angeles', -8),
      ('London', 0), ('Paris', 1), ('Madrid', 1), ('Berlin', 1), ('Athens', 2),
      ('Cairo', 2), ('Istanbul', 3), ('Dubai', 4), ('Delhi', F(11, 2)), ('Bangkok', 7),
      ('Singapore', 8), ('Tokyo', 9), ('Sydney', 10), ('Auckland', 12), ('Honolulu', -10),
      ('São Paulo', -3), ('Reykjavík', 0), ('Toronto', -5), ('Mumbai', F(11, 2))]
US_TZ = {'New York', 'Chicago', 'Denver', 'Los Angeles', 'Honolulu', 'Toronto'}


def T(q, o=None):
    oo = Opt(sep=True, units=True, money_mode='sym', trim=True, long_units=True, us_spelling=True)
    if o:
        oo.update(o)
    return fmt_q(q, oo)


def dec_val(r, lo, hi, d):
    s = 10 ** d
    return F(r.randint(int(round(lo * s)), int(round(hi * s))), s)


def pick_cur(r, allowed=None):
    allowed = allowed or ['EUR', 'GBP', 'JPY', 'MXN', 'CHF', 'THB', 'CAD', 'AUD']
    c = r.choice(allowed)
    return c, r.choice(CITIES[c])


def rate_q(r, cur):
    lo, hi, ds = RATES[cur]
    d = r.choice(ds)
    v = dec_val(r, lo, hi, d)
    return num(v, '', d)


def tzs(off, r=None, minus='−'):
    off = fr(off)
    if off == 0:
        return 'UTC+0'
    sign = '+' if off > 0 else minus
    a = abs(off)
    h = int(a)
    m = int((a - h) * 60)
    return f"UTC{sign}{h}" + (f":{m:02d}" if m else '')


def cname(cur, plural=True):
    return CUR[cur][3 if plural else 2]


H100 = num(100, '__100')
STRUCTS = []


def structure(name, texts, us=False):
    def deco(fn_pair):
        params, build = fn_pair()
        STRUCTS.append(dict(name=name, texts=texts, params=params, build=build, us=us))
        return fn_pair
    return deco


# ============================================================ currency exchange
@structure('fx_fee', [
    "I'm exchanging {amt} for {curp} at the airport. The rate is 1 USD = {rate} {cur}, and the booth keeps a {fee} commission on the amount exchanged. How many {curp} will I actually get?",
    "{name} converts {amt} into {curp} before a trip to {city}. The exchange rate is {rate} {cur} per dollar, and the bureau deducts {fee} of the converted amount as a fee. How much does {name} receive in {cur}?",
    "Exchange {amt} at 1 USD = {rate} {cur} with a {fee} commission taken from the {cur} amount. How much {cur} do you end up with?",
    "Heading to {city} next week! If I swap {amt} at {rate} {cur} to the dollar and a {fee} fee comes off the {curp} I get, what do I walk away with?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'JPY', 'MXN', 'CHF', 'THB'])
        p = dict(cur=cur, city=city, curp=cname(cur), name=r.choice(NAMES),
                 amt=money(r.choice([200, 250, 300, 400, 450, 500, 600, 750, 800, 1000, 1200, 1500]), 'USD'),
                 rate=rate_q(r, cur), fee=pct(r.choice(['1.5', 2, '2.5', 3, '3.5', 4, 5])))
        return p

    def build(S, p):
        c = p['cur']
        S.note(f"1 USD = {T(p['rate'])} {c}")
        conv = S.step("convert the dollars at the quoted rate", f"amount in {p['curp']}",
                      [p['amt'], '*', p['rate']], M(c))
        fee = S.step("work out the commission", "commission", [p['fee'], '*', conv], M(c))
        net = S.step("subtract the commission", "amount received", [conv, '-', fee], M(c))
        S.check([net, '+', fee], conv)
        S.final(net, "you'll receive {v}")
    return params, build


@structure('fx_card', [
    "A dinner in {city} costs {price}. My card converts at 1 USD = {rate} {cur} and adds a {fee} foreign transaction fee on the dollar amount. What's the total charge in dollars?",
    "{name} pays {price} for a museum pass in {city}. The bank uses a rate of {rate} {cur} per US dollar and charges a {fee} foreign transaction fee. How many dollars is {name} charged in total? Round to the nearest cent.",
    "Convert {price} to USD at 1 USD = {rate} {cur}, then add a {fee} card fee. Total in USD?",
    "My hotel in {city} charged {price} to my US card. If the exchange rate was {rate} {cur} to the dollar and there's a {fee} fee on foreign purchases, how much will show up on my statement?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'JPY', 'CHF', 'MXN', 'THB'])
        rate = rate_q(r, cur)
        if cur == 'JPY':
            pr = money(r.randrange(40, 480) * 100, 'JPY')
        elif cur in ('MXN', 'THB'):
            pr = money(r.randrange(60, 400) * 10, cur)
        else:
            pr = money(r.choice([r.randrange(45, 480), dec_val(r, 40, 400, 2)]), cur)
        return dict(cur=cur, city=city, name=r.choice(NAMES), price=pr, rate=rate,
                    fee=pct(r.choice([1, '1.5', 2, '2.5', 3])))

    def build(S, p):
        S.note(f"1 USD = {T(p['rate'])} {p['cur']}")
        usd = S.step("convert the price to dollars", "price in dollars",
                     [p['price'], '/', p['rate']], M('USD'))
        fee = S.step("calculate the foreign transaction fee", "card fee", [usd, '*', p['fee']], M('USD'))
        tot = S.step("add the fee to the converted price", "total charge", [usd, '+', fee], M('USD'))
        S.check([usd, '*', p['rate']], p['price'])
        S.final(tot, "the total charge is {v}")
    return params, build


@structure('fx_spread', [
    "Before flying to {city}, {name} bought {buy} at the bank's selling rate of {b} per {one}. After the trip, {name} sold the leftover {left} back at the buying rate of {s} per {one}. How many dollars did {name} spend on currency in the end?",
    "A currency desk sells {curp} at {b} each and buys them back at {s}. I buy {buy} and later return {left}. What is my net cost in dollars?",
    "Buy {buy} at {b}/{cur}, sell {left} back at {s}/{cur}. Net dollars spent?",
    "We got {buy} for our {city} trip (bank rate {b} per {one}) and came home with {left}, which the bank bought back at {s} per {one}. How much did the {curp} we actually used cost us in dollars, net?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'CHF'])
        base = {'EUR': 1.10, 'GBP': 1.28, 'CHF': 1.14}[cur]
        b = dec_val(r, base + 0.02, base + 0.08, 2)
        s = b - dec_val(r, 0.04, 0.12, 2)
        buy = r.choice([300, 400, 500, 600, 800, 1000, 1200])
        left = r.choice([35, 40, 45, 60, 75, 80, 90, 120, 150])
        return dict(cur=cur, city=city, name=r.choice(NAMES), curp=cname(cur), one=cname(cur, False),
                    buy=money(buy, cur), left=money(left, cur),
                    b=money(b, 'USD'), s=money(s, 'USD'))

    def build(S, p):
        cost = S.step(f"find the cost of buying the {p['curp']}", "cost of the purchase",
                      [p['buy'], '*', p['b']], M('USD'))
        back = S.step("find what the leftover currency sells back for", "money back",
                      [p['left'], '*', p['s']], M('USD'))
        net = S.step("subtract the refund from the cost", "net cost", [cost, '-', back], M('USD'))
        S.final(net, "the net cost is {v}")
    return params, build


@structure('fx_compare', [
    "Two ways to get {curp} for {amt}: the airport kiosk gives {a} {cur} per dollar with no fee, while a bank in town gives {b} {cur} per dollar but charges a flat {f} fee first. How many more {curp} does the better option give?",
    "{name} has {amt} to change. Option 1: rate {a} {cur}/USD, no commission. Option 2: rate {b} {cur}/USD after a {f} fixed fee is taken out of the dollars. How many more {cur} does option 2 give?",
    "Compare: exchange {amt} at {a} (no fee) vs. at {b} after a {f} fee. Difference in {cur}?",
    "I'm changing {amt} for my trip to {city}. The hotel desk offers {a} {cur} to the dollar, fee-free. An exchange office offers {b} but takes {f} off the top. Which is better, and by how many {curp}?",
])
def _():
    def params(r):
        while True:
            cur, city = pick_cur(r, ['EUR', 'GBP', 'MXN', 'CHF', 'THB'])
            a = rate_q(r, cur)
            bump = {'EUR': 0.04, 'GBP': 0.03, 'MXN': 0.9, 'CHF': 0.04, 'THB': 1.6}[cur]
            b = num(a.v + dec_val(r, bump / 2, bump, a.dec if a.dec else 2), '', max(a.dec, 2))
            amt = money(r.choice([300, 400, 500, 600, 800, 1000, 1500]), 'USD')
            f = money(r.choice([5, 7, 8, 10, 12, 15]), 'USD')
            if (amt.v - f.v) * b.v - amt.v * a.v > 3:
                return dict(cur=cur, city=city, name=r.choice(NAMES), curp=cname(cur),
                            amt=amt, a=a, b=b, f=f)

    def build(S, p):
        c = p['cur']
        A = S.step("convert at the fee-free rate", "no-fee option", [p['amt'], '*', p['a']], M(c))
        left = S.step("take the flat fee off the dollars", "amount left after the fee",
                      [p['amt'], '-', p['f']], M('USD'))
        B = S.step("convert what's left at the better rate", "fee option", [left, '*', p['b']], M(c))
        d = S.step("compare the two amounts", "difference", [B, '-', A], M(c))
        S.final(d, "the option with the fee still gives {v} more")
    return params, build


@structure('fx_purchases', [
    "On my last day in {city} I bought souvenirs for {p1}, lunch for {p2} and a taxi for {p3}, all on my US credit card. At 1 USD = {rate} {cur} with a {fee} foreign transaction fee, how much did I pay in dollars?",
    "{name} spent {p1}, {p2} and {p3} in {city}. The card rate was {rate} {cur} per dollar plus a {fee} fee on the dollar amount. What was the total in USD (to the cent)?",
    "Purchases: {p1}, {p2}, {p3}. Rate 1 USD = {rate} {cur}. Fee {fee}. Total USD?",
    "Trying to reconcile my card statement from {city}: three charges of {p1}, {p2} and {p3}. The bank converted at {rate} {cur} to the dollar and added a {fee} fee. What should the total be in dollars?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'JPY', 'CHF'])
        if cur == 'JPY':
            ps = [money(r.randrange(8, 150) * 100, 'JPY') for _ in range(3)]
        else:
            ps = [money(r.choice([r.randrange(12, 160), dec_val(r, 8, 140, 2)]), cur) for _ in range(3)]
        return dict(cur=cur, city=city, name=r.choice(NAMES), p1=ps[0], p2=ps[1], p3=ps[2],
                    rate=rate_q(r, cur), fee=pct(r.choice([1, 2, '2.5', 3])))

    def build(S, p):
        c = p['cur']
        tot = S.step("add up the purchases", f"total in {c}", [p['p1'], '+', p['p2'], '+', p['p3']], M(c))
        usd = S.step("convert the total to dollars", "total in USD", [tot, '/', p['rate']], M('USD'))
        fee = S.step("work out the transaction fee", "fee", [usd, '*', p['fee']], M('USD'))
        out = S.step("add the fee", "amount charged", [usd, '+', fee], M('USD'))
        S.final(out, "the card is charged {v}")
    return params, build


@structure('fx_budget_days', [
    "I'm taking {budget} to {city} and exchanging it all at 1 USD = {rate} {cur}. My hotel is prepaid except for a city tax of {tax} total. If I split the rest evenly over {days} days, how much can I spend per day in {cur}?",
    "{name} converts a {budget} travel budget at {rate} {cur} per dollar. After setting aside {tax} for tourist tax, the remainder is spread over {days} days. What's the daily spending money in {curp}? Round to the nearest cent if needed.",
    "Budget {budget}, rate {rate} {cur}/USD, set aside {tax}, spread over {days} days. Daily amount?",
    "Planning money for {city}: {budget} exchanged at {rate} {cur} to the dollar, minus {tax} I owe the hotel in tax, then divided across {days} days. What's my daily budget?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'MXN', 'JPY', 'THB'])
        rate = rate_q(r, cur)
        bud = money(r.choice([600, 800, 900, 1000, 1200, 1500, 2000]), 'USD')
        days = num(r.choice([4, 5, 6, 7, 8, 9, 10]), 'days')
        tv = {'EUR': r.randrange(12, 60), 'GBP': r.randrange(10, 40), 'MXN': r.randrange(20, 90) * 10,
              'JPY': r.randrange(10, 60) * 100, 'THB': r.randrange(20, 90) * 10}[cur]
        return dict(cur=cur, city=city, name=r.choice(NAMES), curp=cname(cur), budget=bud, rate=rate,
                    days=days, tax=money(tv, cur))

    def build(S, p):
        c = p['cur']
        conv = S.step("convert the budget", f"budget in {c}", [p['budget'], '*', p['rate']], M(c))
        left = S.step("set aside the tax", "amount left", [conv, '-', p['tax']], M(c))
        per = S.step("divide by the number of days", "daily budget", [left, '/', p['days']], M(c))
        S.check([per, '*', p['days']], left)
        S.final(per, "that's about {v} per day")
    return params, build


@structure('fx_vat_refund', [
    "I bought a jacket in {city} for {price}, which includes {vat} VAT. The refund company returns the VAT minus a {h} handling fee. How much do I get back?",
    "{name} spends {price} (VAT of {vat} included) at a shop in {city}. At the airport, the VAT is refunded but a {h} processing fee is deducted. What is the refund?",
    "Price {price} incl. {vat} VAT; refund = VAT − {h} fee. Refund amount?",
    "Tax-free shopping question: my receipt from {city} says {price} including {vat} VAT. The refund desk keeps {h}. How much VAT will I actually get back?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'EUR'])
        vat = r.choice([19, 20, 21, 22]) if cur == 'EUR' else 20
        pv = r.choice([r.randrange(180, 900), dec_val(r, 150, 800, 2)])
        return dict(cur=cur, city=city, name=r.choice(NAMES), price=money(pv, cur), vat=pct(vat),
                    mult=num(1 + F(vat, 100), '', 2), h=money(r.choice([3, 4, 5, 6, 8, 10]), cur))

    def build(S, p):
        c = p['cur']
        net = S.step("strip the VAT out of the price", "price before VAT",
                     [p['price'], '/', p['mult']], M(c))
        vat = S.step("find the VAT portion", "VAT paid", [p['price'], '-', net], M(c))
        ref = S.step("subtract the handling fee", "refund", [vat, '-', p['h']], M(c))
        S.check([net, '*', p['mult']], p['price'])
        S.final(ref, "the refund comes to {v}")
    return params, build


@structure('fx_leftover', [
    "{name} brought {budget} to {city} and spent an average of {daily} per day for {days} days. At the end, the bank buys the leftover {curp} back at {s} each. How many dollars does {name} get?",
    "I had {budget} for my trip and spent {daily} a day for {days} days. If I sell what's left at {s} per {one}, how much USD do I get back?",
    "Start {budget}; spend {daily}/day for {days} days; sell remainder at {s} per {one}. USD received?",
    "Back from {city} with some {curp} left over. I started with {budget} and spent {daily} per day over {days} days. The buy-back rate is {s} per {one}. What will I get in dollars?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'CHF'])
        days = r.choice([4, 5, 6, 7, 8])
        daily = r.choice([60, 65, 70, 75, 80, 85, 90, 110, 120])
        bud = daily * days + r.choice([40, 55, 60, 75, 90, 120, 135, 150])
        bud = int(math.ceil(bud / 50) * 50)
        base = {'EUR': 1.04, 'GBP': 1.22, 'CHF': 1.08}[cur]
        return dict(cur=cur, city=city, name=r.choice(NAMES), curp=cname(cur), one=cname(cur, False),
                    budget=money(bud, cur), daily=money(daily, cur), days=num(days, 'days'),
                    s=money(dec_val(r, base, base + 0.08, 2), 'USD'))

    def build(S, p):
        c = p['cur']
        spent = S.step("work out the total spent", "amount spent", [p['daily'], '*', p['days']], M(c))
        left = S.step("find the leftover currency", "leftover", [p['budget'], '-', spent], M(c))
        usd = S.step("sell the leftover back", "amount in dollars", [left, '*', p['s']], M('USD'))
        S.final(usd, "the buy-back comes to {v}")
    return params, build


# ============================================================ fuel and road trips
@structure('fuel_l100', [
    "We're driving {dist} from {a} to {b}. The car uses {cons} and fuel costs {price} per litre. How much will fuel cost for the drive?",
    "{name}'s rental car is rated at {cons}. For a {dist} trip with fuel at {price} a litre, what is the fuel cost?",
    "Distance {dist}, consumption {cons}, fuel {price}/L. Fuel cost?",
    "Road trip planning: {a} to {b} is {dist}. My car averages {cons}, and petrol is about {price} per litre. What should I budget for fuel?",
])
def _():
    def params(r):
        cur = r.choice(['EUR', 'EUR', 'GBP', 'CHF'])
        places = {'EUR': [('Lyon', 'Bordeaux'), ('Munich', 'Hamburg'), ('Madrid', 'Seville'), ('Rome', 'Milan')],
                  'GBP': [('London', 'Edinburgh'), ('Bristol', 'York')],
                  'CHF': [('Geneva', 'St. Moritz'), ('Basel', 'Lugano')]}[cur]
        a, b = r.choice(places)
        return dict(a=a, b=b, name=r.choice(NAMES), dist=num(r.randrange(180, 900), 'km'),
                    cons=num(dec_val(r, 5.2, 9.6, 1), 'L100', 1),
                    price=money(dec_val(r, 1.55, 2.05, 2), cur, per='L'))

    def build(S, p):
        c = p['price'].cur
        fuel = S.step("work out how much fuel the trip needs", "fuel needed",
                      [p['dist'], '*', p['cons'], '/', H100], N('L', 2))
        cost = S.step("multiply by the fuel price", "fuel cost", [fuel, '*', p['price'].like(p['price'].v)], M(c))
        S.final(cost, "fuel will cost about {v}")
    return params, build


@structure('fuel_mpg', [
    "We're driving from {a} to {b} and back, {miles} each way. The car gets {mpg} and gas is {price} a gallon. How much will gas cost for the round trip?",
    "{name} plans a round trip of {miles} each way in a car that averages {mpg}. With gas at {price} per gallon, what is the total gas cost?",
    "Round trip, {miles} each way, {mpg}, gas {price}/gal. Gas cost?",
    "Weekend getaway: it's {miles} from {a} to {b}. My SUV does about {mpg} and gas around here is {price} a gallon. What will gas run me there and back?",
], us=True)
def _():
    def params(r):
        a, b = r.choice([('Chicago', 'Nashville'), ('Denver', 'Moab'), ('Austin', 'Santa Fe'),
                         ('Boston', 'Montreal'), ('Seattle', 'Portland'), ('Atlanta', 'Savannah'),
                         ('Phoenix', 'Las Vegas')])
        return dict(a=a, b=b, name=r.choice(NAMES), miles=num(r.randrange(110, 520), 'mi'),
                    mpg=num(r.choice([22, 24, 25, 26, 28, 30, 32, 34, 36, 38]), 'mpg'),
                    price=money(dec_val(r, 3.05, 4.69, 2), 'USD', per='gal'))

    def build(S, p):
        tot = S.step("double the one-way distance", "round-trip distance", [p['miles'], '*', num(2)], N('mi'))
        gal = S.step("find the gallons needed", "gas needed", [tot, '/', p['mpg']], N('gal', 2))
        cost = S.step("multiply by the price per gallon", "gas cost", [gal, '*', p['price']], M('USD'))
        S.final(cost, "gas will cost about {v}")
    return params, build


@structure('mpg_to_l100', [
    "My car is rated at {mpg} (US). Using 1 mpg ≈ 235.21 L/100 km in reverse (L/100 km = 235.21 ÷ mpg), what is its consumption in L/100 km, and how many litres will it burn on a {dist} drive?",
    "{name} is renting a car in {country} that's rated {mpg}. Convert that to L/100 km with L/100 km = 235.21 ÷ mpg, then find the fuel used on a {dist} route. Give the litres.",
    "Convert {mpg} to L/100 km (235.21 ÷ mpg), then fuel for {dist}?",
    "I know my car gets {mpg} at home. On a {dist} trip in {country}, how many litres of fuel should I expect to use? (L/100 km = 235.21 ÷ mpg)",
])
def _():
    def params(r):
        return dict(name=r.choice(NAMES), country=r.choice(['Ireland', 'Portugal', 'Italy', 'Germany', 'Spain']),
                    mpg=num(r.choice([24, 26, 28, 30, 32, 33, 35, 36, 40, 42]), 'mpg'),
                    dist=num(r.randrange(150, 800), 'km'), k=num(F('235.21'), '', 2))

    def build(S, p):
        l100 = S.step("convert mpg to L/100 km", "consumption", [p['k'], '/', p['mpg']], N('L100', 2))
        fuel = S.step("find the fuel for the trip", "fuel used", [p['dist'], '*', l100, '/', H100], N('L', 1))
        S.final(fuel, "the trip uses about {v} of fuel")
    return params, build


@structure('km_to_gal', [
    "Our route in {country} is {dist}. I think in miles: 1 km = 0.6214 mi. The car averages {mpg}, and gas back home is {price} per gallon. How many miles is it, how many gallons will it take, and what would that cost at home prices?",
    "{name} drives {dist} on vacation in a car that gets {mpg}. Converting with 1 km ≈ 0.6214 miles and pricing gas at {price}/gal, what does the fuel cost in dollars?",
    "{dist} → miles (× 0.6214), then gallons at {mpg}, then cost at {price}/gal.",
    "How much would a {dist} drive in {country} cost me in gas if my car does {mpg} and I pay {price} per gallon? (Use 1 km = 0.6214 mi.)",
], us=True)
def _():
    def params(r):
        return dict(name=r.choice(NAMES), country=r.choice(['Canada', 'Mexico', 'Scotland', 'Iceland', 'New Zealand']),
                    dist=num(r.randrange(200, 1400), 'km'), k=num(F('0.6214'), '', 4),
                    mpg=num(r.choice([24, 25, 27, 28, 30, 31, 33, 35, 38]), 'mpg'),
                    price=money(dec_val(r, 3.05, 4.59, 2), 'USD', per='gal'))

    def build(S, p):
        mi = S.step("convert kilometres to miles", "distance in miles", [p['dist'], '*', p['k']], N('mi', 1))
        gal = S.step("find the gallons", "fuel in gallons", [mi, '/', p['mpg']], N('gal', 2))
        cost = S.step("price the fuel", "fuel cost", [gal, '*', p['price']], M('USD'))
        S.final(cost, "the fuel would cost about {v}")
    return params, build


@structure('road_split', [
    "{n} {group} are driving {dist} to {dest}. The car uses {cons}, fuel is {price} per litre, tolls come to {tolls} and parking is {park}. If they split everything equally, how much does each person pay?",
    "Road trip cost split: {dist}, car consumption {cons}, fuel at {price}/L, {tolls} in tolls, {park} for parking, {n} people sharing. Per-person cost?",
    "{name} and {m} friends drive {dist} to {dest}. Fuel costs {price} per litre, the car burns {cons}, and they pay {tolls} in tolls plus {park} parking. Each person's share?",
    "We're {n} people going to {dest} by car — {dist} total. Car does {cons}, fuel is {price}/L, tolls {tolls}, parking {park}. What does each of us owe?",
])
def _():
    def params(r):
        cur = r.choice(['EUR', 'EUR', 'GBP'])
        n = r.choice([3, 4, 5, 6])
        return dict(n=str(n), m=str(n - 1), nq=num(n, 'people'), group=r.choice(GROUPS), name=r.choice(NAMES),
                    dest=r.choice(['the coast', 'the Alps', 'a music festival', 'the lake house', 'Provence']),
                    dist=num(r.randrange(250, 1100), 'km'), cons=num(dec_val(r, 5.5, 8.9, 1), 'L100', 1),
                    price=money(dec_val(r, 1.59, 1.99, 2), cur, per='L'),
                    tolls=money(r.choice([r.randrange(12, 70), dec_val(r, 10, 60, 2)]), cur),
                    park=money(r.choice([15, 18, 20, 24, 25, 30, 36, 40]), cur))

    def build(S, p):
        c = p['price'].cur
        fuel = S.step("work out the fuel used", "fuel used", [p['dist'], '*', p['cons'], '/', H100], N('L', 1))
        fc = S.step("price the fuel", "fuel cost", [fuel, '*', p['price']], M(c))
        tot = S.step("add tolls and parking", "total cost", [fc, '+', p['tolls'], '+', p['park']], M(c))
        each = S.step("split it evenly", "cost per person", [tot, '/', p['nq']], M(c))
        S.final(each, "each person pays about {v}")
    return params, build


@structure('road_settle', [
    "On our road trip, {a} paid {g} for gas, {b} paid {h} for the cabin, and {c} paid {f} for groceries. We want to split everything evenly three ways. How much does {c} still owe?",
    "Three friends share trip costs equally. {a} covered gas ({g}), {b} covered lodging ({h}), and {c} covered food ({f}). How much should {c} pay to even things out?",
    "Gas {g} ({a}), lodging {h} ({b}), food {f} ({c}); split 3 ways. {c} owes?",
    "Settling up after a weekend away: {a} put {g} on gas, {b} booked the Airbnb for {h}, and {c} only bought food, {f}. What does {c} need to pay so everyone's even?",
], us=True)
def _():
    def params(r):
        names = r.sample(NAMES, 3)
        g = r.choice([r.randrange(80, 260), dec_val(r, 70, 250, 2)])
        h = r.randrange(240, 720)
        f = r.choice([r.randrange(45, 120), dec_val(r, 40, 110, 2)])
        return dict(a=names[0], b=names[1], c=names[2], g=money(g, 'USD'), h=money(h, 'USD'),
                    f=money(f, 'USD'), three=num(3, 'people'))

    def build(S, p):
        tot = S.step("add up everything that was spent", "total spent", [p['g'], '+', p['h'], '+', p['f']], M('USD'))
        sh = S.step("divide by three", "fair share", [tot, '/', p['three']], M('USD'))
        owe = S.step(f"subtract what {p['c']} already paid", f"amount {p['c']} owes", [sh, '-', p['f']], M('USD'))
        S.check([owe, '+', p['f']], sh)
        S.final(owe, p['c'] + " owes {v}")
    return params, build


@structure('gas_tanks', [
    "My car's tank holds {tank} and it uses {cons}. How many full tanks will a {dist} trip take?",
    "{name} is driving {dist} across {country}. The car has a {tank} tank and burns {cons}. How many tankfuls of fuel is that (round up to whole tanks)?",
    "Tank {tank}, consumption {cons}, trip {dist}. Number of tanks (rounded up)?",
    "Long drive coming up: {dist}. With a {tank} tank and consumption around {cons}, how many times will I need to fill the tank (counting the first fill)?",
])
def _():
    def params(r):
        while True:
            tank = r.choice([40, 45, 50, 55, 60, 65, 70])
            cons = dec_val(r, 5.0, 9.5, 1)
            rng_km = F(tank) / cons * 100
            dist = r.randrange(600, 3200, 10)
            x = F(dist) / rnd(rng_km, 0)
            if abs(x - round(x)) > F(1, 10) and x > 1:
                return dict(name=r.choice(NAMES), country=r.choice(['Spain', 'France', 'Australia', 'Canada', 'Norway']),
                            tank=num(tank, 'L'), cons=num(cons, 'L100', 1), dist=num(dist, 'km'))

    def build(S, p):
        rng_ = S.step("find the range on one tank", "range per tank",
                      [p['tank'], '/', p['cons'], '*', H100], N('km', 0))
        t = S.step("divide the trip by the range", "number of tanks", [p['dist'], '/', rng_], N('', 2),
                   extra=lambda q: f", so round up to {math.ceil(q.v)} tanks")
        tanks = num(math.ceil(t.v), 'tanks')
        S.final(tanks, "you'll need {v}")
    return params, build


@structure('ev_trip', [
    "Our EV uses {eff} and public charging costs {price} per kWh. For a {dist} trip, plus a {fee} session fee, what will charging cost?",
    "{name} drives an electric car rated at {eff} on a {dist} trip. Charging is {price}/kWh plus a one-time {fee} connection fee. What's the total charging cost?",
    "EV: {eff}, {dist}, {price}/kWh, {fee} fee. Total cost?",
    "Taking the EV on a {dist} trip. It averages {eff}; fast chargers on the route are {price} per kWh and charge a {fee} session fee. Roughly what will I spend?",
])
def _():
    def params(r):
        cur = r.choice(['USD', 'EUR', 'GBP'])
        return dict(name=r.choice(NAMES), eff=num(dec_val(r, 14, 21, 1), 'kWh100', 1),
                    dist=num(r.randrange(150, 700), 'km'),
                    price=money(dec_val(r, 0.28, 0.62, 2), cur, per='kWh'),
                    fee=money(r.choice([1, 2, 3, '1.50', '2.50']), cur))

    def build(S, p):
        c = p['price'].cur
        e = S.step("work out the energy needed", "energy used", [p['dist'], '*', p['eff'], '/', H100], N('kWh', 1))
        cost = S.step("price the energy", "energy cost", [e, '*', p['price']], M(c))
        tot = S.step("add the session fee", "total charging cost", [cost, '+', p['fee']], M(c))
        S.final(tot, "charging will cost {v}")
    return params, build


@structure('rental_car', [
    "Renting a car for {days} days at {rate} per day, with insurance at {ins} per day and a one-time {fee} airport fee. Tax is {tax} on everything. What's the total?",
    "{name} rents a car for {days} days. The daily rate is {rate}, collision insurance adds {ins} a day, there is a {fee} one-time fee, and a {tax} tax applies to the whole bill. Find the total cost.",
    "Car rental: {days} days × {rate}, insurance {ins}/day, {fee} fee, {tax} tax. Total?",
    "Quote check: {days}-day rental at {rate}/day + {ins}/day insurance + {fee} airport surcharge, then {tax} sales tax. Does the total come out right? What should it be?",
], us=True)
def _():
    def params(r):
        return dict(name=r.choice(NAMES), days=num(r.choice([3, 4, 5, 6, 7, 8, 10, 12, 14]), 'days'),
                    rate=money(r.choice([r.randrange(32, 89), dec_val(r, 29, 85, 2)]), 'USD', per='day'),
                    ins=money(r.choice([12, 15, 18, '19.99', '14.50', 21]), 'USD', per='day'),
                    fee=money(r.choice([25, 30, 35, 40, '29.95']), 'USD'),
                    tax=pct(r.choice([6, '7.5', 8, '8.25', 9, 10, 11])))

    def build(S, p):
        base = S.step("multiply the days by the daily rate", "base rental", [p['days'], '*', p['rate']], M('USD'))
        ins = S.step("add up the insurance", "insurance", [p['days'], '*', p['ins']], M('USD'))
        sub = S.step("add base, insurance and the fee", "subtotal", [base, '+', ins, '+', p['fee']], M('USD'))
        tax = S.step("compute the tax", "tax", [sub, '*', p['tax']], M('USD'))
        tot = S.step("add the tax", "total", [sub, '+', tax], M('USD'))
        S.final(tot, "the total comes to {v}")
    return params, build


@structure('car_vs_train', [
    "{n} of us are going from {a} to {b} ({dist} round trip). Train tickets are {ticket} per person round trip. Or we rent a car for {rent} total; it uses {cons} and fuel is {price} per litre. How much do we save by driving?",
    "Compare for a group of {n}: train at {ticket} each, or a rental car at {rent} plus fuel for {dist} at {cons} with fuel at {price}/L. How much cheaper is the car?",
    "Train {ticket} × {n} vs car {rent} + fuel ({dist}, {cons}, {price}/L). Savings?",
    "Should we drive or take the train? {n} people, {a}–{b} return, {dist}. Train {ticket}/person. Car rental {rent}, {cons}, fuel {price} per litre. What's the difference?",
])
def _():
    def params(r):
        while True:
            cur = r.choice(['EUR', 'GBP'])
            n = r.choice([3, 4, 5])
            d = r.randrange(300, 900)
            cons = dec_val(r, 5.5, 8.5, 1)
            pr = dec_val(r, 1.6, 1.95, 2)
            rent = r.randrange(90, 260)
            t = r.randrange(45, 160)
            if n * t - (rent + d * cons / 100 * pr) > 15:
                a, b = r.choice([('Paris', 'Lyon'), ('Berlin', 'Prague'), ('London', 'Bath'), ('Madrid', 'Valencia')])
                return dict(n=str(n), nq=num(n, 'people'), a=a, b=b, dist=num(d, 'km'),
                            cons=num(cons, 'L100', 1), price=money(pr, cur, per='L'),
                            rent=money(rent, cur), ticket=money(t, cur))

    def build(S, p):
        c = p['rent'].cur
        fuel = S.step("work out the fuel for the drive", "fuel needed", [p['dist'], '*', p['cons'], '/', H100], N('L', 1))
        fc = S.step("price the fuel", "fuel cost", [fuel, '*', p['price']], M(c))
        car = S.step("add the rental", "car total", [p['rent'], '+', fc], M(c))
        train = S.step("price the train for everyone", "train total", [p['nq'], '*', p['ticket']], M(c))
        sv = S.step("compare the two", "saving by car", [train, '-', car], M(c))
        S.final(sv, "driving saves {v}")
    return params, build


# ============================================================ hotels
@structure('hotel_tax', [
    "A hotel in {city} is {rate} per night. I'm staying {nights} nights. There's a {tax} occupancy tax on the room rate plus a resort fee of {rf} per night (not taxed). What's my total bill?",
    "{name} books {nights} nights at {rate}/night. Taxes are {tax} of the room charges, and there's a {rf} nightly resort fee. What is the total cost of the stay?",
    "{nights} nights × {rate}, {tax} tax, {rf}/night resort fee. Total?",
    "Booking a hotel for {nights} nights in {city} at {rate} a night. The fine print says {tax} tax on the room and a {rf} per-night resort fee. What will I actually pay?",
], us=True)
def _():
    def params(r):
        return dict(city=r.choice(['Las Vegas', 'Miami', 'Orlando', 'Honolulu', 'San Diego', 'New Orleans']),
                    name=r.choice(NAMES), nights=num(r.choice([2, 3, 4, 5, 6, 7]), 'nights'),
                    rate=money(r.choice([r.randrange(109, 389), dec_val(r, 99, 350, 2)]), 'USD', per='night'),
                    tax=pct(r.choice([10, 11, '12.5', 13, 14, '14.75', 15])),
                    rf=money(r.choice([25, 30, 35, 39, 45, '32.50']), 'USD', per='night'))

    def build(S, p):
        room = S.step("find the room charges", "room charge", [p['nights'], '*', p['rate']], M('USD'))
        tax = S.step("calculate the tax on the room", "tax", [room, '*', p['tax']], M('USD'))
        rf = S.step("add up the resort fees", "resort fee total", [p['nights'], '*', p['rf']], M('USD'))
        tot = S.step("add everything together", "total", [room, '+', tax, '+', rf], M('USD'))
        S.final(tot, "the total bill is {v}")
    return params, build


@structure('hotel_dates', [
    "We check in to our hotel in {city} on {month} {a} and check out on {month} {b}. The room is {rate} per night and taxes add {taxp} (multiply by {mult}). What's the total?",
    "{name} stays at a guesthouse from {month} {a} to {month} {b} (check-out day). The nightly rate is {rate}, and a {taxp} tax is added to the whole stay. How much is the stay with tax?",
    "Check-in {month} {a}, check-out {month} {b}, {rate}/night, +{taxp} tax. Total?",
    "I booked {city} from the {a}th to the {b}th of {month} at {rate} a night. With {taxp} tax on top, what do I owe?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'EUR', 'CHF'])
        a = r.randrange(4, 20)
        b = a + r.randrange(2, 9)
        tp = r.choice([7, 8, 10, 12, 15])
        return dict(city=city, name=r.choice(NAMES), month=r.choice(['June', 'July', 'August', 'September', 'May']),
                    a=str(a), b=str(b), aq=num(a), bq=num(b),
                    rate=money(r.choice([r.randrange(85, 260), dec_val(r, 80, 240, 2)]), cur, per='night'),
                    taxp=f"{tp}%", mult=num(1 + F(tp, 100), '', 2))

    def build(S, p):
        c = p['rate'].cur
        n = S.step("count the nights", "number of nights", [p['bq'], '-', p['aq']], N('nights'))
        cost = S.step("multiply by the nightly rate", "room cost", [n, '*', p['rate']], M(c))
        tot = S.step("add the tax", "total with tax", [cost, '*', p['mult']], M(c))
        S.final(tot, "the stay costs {v} in total")
    return params, build


@structure('hotel_rooms', [
    "A group of {P} is staying {nights} nights in {city}. Each room sleeps at most {k} people and costs {rate} per night. If the cost is shared equally, how much does each person pay?",
    "{P} {group} book rooms for {nights} nights. Rooms hold {k} people max and cost {rate} a night. What's the cost per person (to the cent)?",
    "{P} people, {k} per room max, {nights} nights, {rate}/room/night. Per-person cost?",
    "Organizing a trip to {city} for {P} people. The hotel's rooms fit {k} each, {rate} per night, {nights} nights. Splitting evenly, what does each person owe?",
])
def _():
    def params(r):
        while True:
            k = r.choice([2, 3, 4])
            P = r.randrange(5, 23)
            if P % k:
                break
        cur, city = pick_cur(r, ['EUR', 'GBP', 'EUR'])
        return dict(P=str(P), Pq=num(P, 'people'), k=str(k), kq=num(k, ''), group=r.choice(GROUPS),
                    city=city, nights=num(r.choice([2, 3, 4, 5]), 'nights'),
                    rate=money(r.choice([r.randrange(70, 210), dec_val(r, 65, 200, 2)]), cur, per='night'))

    def build(S, p):
        c = p['rate'].cur
        a, b = int(p['Pq'].v), int(p['kq'].v)
        q = S.step("work out how many rooms are needed", "number of rooms", [p['Pq'], '/', p['kq']], N('rooms'), divmod=True,
                   extra=lambda x: f", so {int(x.v) + 1} rooms")
        rooms = num(q.v + 1, 'rooms')
        cost = S.step("price the rooms for the whole stay", "total room cost",
                      [rooms, '*', p['nights'], '*', p['rate']], M(c))
        each = S.step("split the cost", "cost per person", [cost, '/', p['Pq']], M(c))
        S.final(each, "each person pays {v}")
    return params, build


@structure('hotel_compare', [
    "For {nights} nights, Hotel A costs {a} per night but breakfast is {bf} per person per day extra; Hotel B costs {c} per night with breakfast included. There are {pp} of us. Which is cheaper, and by how much?",
    "{name} is choosing between two hotels for {nights} nights for {pp} people. Hotel A: {a}/night, breakfast {bf} per person per day. Hotel B: {c}/night including breakfast. What's the difference in total cost?",
    "A: {a}/night + {bf} pp/day breakfast. B: {c}/night incl. breakfast. {nights} nights, {pp} people. Difference?",
    "Trying to decide where to stay in {city}: one place is {a} a night plus {bf} per person for breakfast, the other is {c} a night with breakfast included. {pp} people, {nights} nights. How much do we save with the cheaper one?",
])
def _():
    def params(r):
        while True:
            cur, city = pick_cur(r, ['EUR', 'GBP', 'EUR'])
            n = r.choice([3, 4, 5, 6, 7])
            pp = r.choice([2, 3, 4])
            a = r.randrange(90, 200)
            bf = r.choice([9, 12, 14, 15, 16, 18, '12.50', '14.50'])
            c = a + r.randrange(10, 70)
            A = n * a + fr(bf) * pp * n
            B = n * c
            if abs(A - B) > 10:
                return dict(city=city, name=r.choice(NAMES), nights=num(n, 'nights'), pp=str(pp),
                            ppq=num(pp, 'people'), a=money(a, cur), bf=money(bf, cur), c=money(c, cur),
                            a_more=A > B)

    def build(S, p):
        c = p['a'].cur
        ar = S.step("find Hotel A's room cost", "Hotel A room cost", [p['nights'], '*', p['a']], M(c))
        bf = S.step("add up breakfast at Hotel A", "Hotel A breakfast cost",
                    [p['bf'], '*', p['ppq'], '*', p['nights']], M(c))
        at = S.step("total Hotel A", "Hotel A total", [ar, '+', bf], M(c))
        bt = S.step("total Hotel B", "Hotel B total", [p['nights'], '*', p['c']], M(c))
        if p['a_more']:
            d = S.step("compare the totals", "difference", [at, '-', bt], M(c))
            S.final(d, "Hotel B is cheaper by {v}")
        else:
            d = S.step("compare the totals", "difference", [bt, '-', at], M(c))
            S.final(d, "Hotel A is cheaper by {v}")
    return params, build


@structure('hostel_vs_private', [
    "In {city}, a private room is {R} per night and we'd split it {pp} ways. A dorm bed is {h} per person per night. For {nights} nights, how much more (or less) does one person pay for the private room than for a dorm bed?",
    "{name} can share a private room ({R}/night, split among {pp}) or take a hostel bed at {h}/night. Over {nights} nights, what's the difference per person?",
    "Private {R}/night ÷ {pp} people vs dorm {h}/night, {nights} nights. Per-person difference?",
    "Backpacking question: {nights} nights in {city}. Private room for {pp} at {R} a night vs. dorm beds at {h} each. How much does each of us save or spend extra going private?",
])
def _():
    def params(r):
        while True:
            cur, city = pick_cur(r, ['EUR', 'GBP', 'THB', 'EUR'])
            pp = r.choice([2, 3, 4])
            n = r.choice([3, 4, 5, 6, 7])
            if cur == 'THB':
                R = r.randrange(90, 300) * 10
                h = r.randrange(25, 90) * 10
            else:
                R = r.randrange(60, 180)
                h = r.choice([r.randrange(22, 55), dec_val(r, 20, 50, 2)])
            per = F(R) * n / pp
            if abs(per - h * n) > 5:
                return dict(city=city, name=r.choice(NAMES), pp=str(pp), ppq=num(pp, 'people'),
                            nights=num(n, 'nights'), R=money(R, cur), h=money(h, cur),
                            priv_more=per > h * n)

    def build(S, p):
        c = p['R'].cur
        tot = S.step("find the private room total", "private room total", [p['R'], '*', p['nights']], M(c))
        per = S.step("split it", "private room per person", [tot, '/', p['ppq']], M(c))
        dorm = S.step("find the dorm total", "dorm total", [p['h'], '*', p['nights']], M(c))
        if p['priv_more']:
            d = S.step("compare", "difference", [per, '-', dorm], M(c))
            S.final(d, "the private room costs each person {v} more")
        else:
            d = S.step("compare", "difference", [dorm, '-', per], M(c))
            S.final(d, "the private room saves each person {v}")
    return params, build


# ============================================================ luggage
@structure('lug_lb_to_kg', [
    "My suitcase weighs {w} on my bathroom scale. The airline's limit is {lim} and overweight bags are charged {fee} per kg over. Using 1 kg = 2.2046 lb, how much will I pay?",
    "{name}'s checked bag weighs {w}. The limit is {lim}; the excess fee is {fee} per kilogram. Convert with 1 kg = 2.2046 lb (round to 0.1 kg). What is the fee?",
    "Bag {w}, limit {lim}, {fee}/kg over. 1 kg = 2.2046 lb. Fee?",
    "Packing question: my bag is {w} and the limit is {lim}. They charge {fee} for every kilo over. (1 kg = 2.2046 lb, round the kg to one decimal.) What's the overweight charge?",
])
def _():
    def params(r):
        cur = r.choice(['EUR', 'GBP', 'USD'])
        lim = r.choice([20, 23, 23])
        return dict(name=r.choice(NAMES), w=num(dec_val(r, lim * 2.2046 + 3, lim * 2.2046 + 16, 1), 'lb', 1),
                    k=num(F('2.2046'), '', 4), lim=num(lim, 'kg'), fee=money(r.choice([10, 12, 15, 20, 25]), cur, per='kg'))

    def build(S, p):
        kg = S.step("convert the weight to kilograms", "weight in kg", [p['w'], '/', p['k']], N('kg', 1))
        S.check([kg, '*', p['k']], p['w'])
        over = S.step("find how much it's over", "excess weight", [kg, '-', p['lim']], N('kg', 1))
        fee = S.step("apply the per-kg fee", "overweight fee", [over, '*', p['fee']], M(p['fee'].cur))
        S.final(fee, "the overweight fee is {v}")
    return params, build


@structure('lug_fee_sum', [
    "I packed a suitcase with clothes ({x1}), shoes ({x2}) and gifts ({x3}); the empty case weighs {x4}. The limit is {lim} and each extra kilo costs {fee}. What's the fee?",
    "{name}'s bag contains {x1} of clothes, {x2} of shoes and {x3} of souvenirs, in a case weighing {x4}. With a {lim} allowance and {fee} per kg over, how much is the excess charge?",
    "Items {x1} + {x2} + {x3} + case {x4}; limit {lim}; {fee}/kg over. Charge?",
    "Weighing my bag piece by piece: {x1} clothes, {x2} shoes, {x3} gifts, {x4} suitcase. Allowance {lim}, excess {fee} per kilo. How much extra will I pay?",
])
def _():
    def params(r):
        while True:
            cur = r.choice(['EUR', 'GBP', 'USD'])
            lim = r.choice([20, 23])
            xs = [dec_val(r, 6, 11, 1), dec_val(r, 2, 4.5, 1), dec_val(r, 2.5, 7, 1), dec_val(r, 3.2, 5.2, 1)]
            if sum(xs) - lim > 1:
                return dict(name=r.choice(NAMES), x1=num(xs[0], 'kg', 1), x2=num(xs[1], 'kg', 1),
                            x3=num(xs[2], 'kg', 1), x4=num(xs[3], 'kg', 1), lim=num(lim, 'kg'),
                            fee=money(r.choice([8, 10, 12, 15]), cur, per='kg'))

    def build(S, p):
        tot = S.step("add up the weights", "total weight", [p['x1'], '+', p['x2'], '+', p['x3'], '+', p['x4']], N('kg', 1))
        over = S.step("subtract the allowance", "excess", [tot, '-', p['lim']], N('kg', 1))
        fee = S.step("multiply by the fee per kilo", "excess charge", [over, '*', p['fee']], M(p['fee'].cur))
        S.final(fee, "the excess charge is {v}")
    return params, build


@structure('lug_kg_to_lb', [
    "The airline allows {lim} per checked bag. My scale only shows pounds: clothes {x1}, toiletries {x2}, and the suitcase itself {x3}. Using 1 kg = 2.2046 lb, how many more pounds can I pack?",
    "{name}'s bag limit is {lim}. So far the bag holds {x1} and {x2}, and the empty case is {x3}. Converting the limit with 1 kg = 2.2046 lb (to 0.1 lb), how much weight is left?",
    "Limit {lim} (1 kg = 2.2046 lb). Packed: {x1} + {x2} + case {x3}. Pounds remaining?",
    "Quick luggage check before my flight: limit is {lim}. I've got {x1} of clothes, {x2} of gear, and the bag weighs {x3} empty. How many pounds of souvenirs can I still fit?",
], us=True)
def _():
    def params(r):
        while True:
            lim = r.choice([20, 23, 23, 32])
            xs = [dec_val(r, 14, 30, 1), dec_val(r, 3, 9, 1), dec_val(r, 7, 12, 1)]
            if lim * 2.2046 - float(sum(xs)) > 2:
                return dict(name=r.choice(NAMES), lim=num(lim, 'kg'), k=num(F('2.2046'), '', 4),
                            x1=num(xs[0], 'lb', 1), x2=num(xs[1], 'lb', 1), x3=num(xs[2], 'lb', 1))

    def build(S, p):
        lb = S.step("convert the limit to pounds", "limit in pounds", [p['lim'], '*', p['k']], N('lb', 1))
        packed = S.step("add up what's packed", "current weight", [p['x1'], '+', p['x2'], '+', p['x3']], N('lb', 1))
        left = S.step("subtract", "room left", [lb, '-', packed], N('lb', 1))
        S.final(left, "you can add about {v} more")
    return params, build


@structure('lug_family', [
    "A family of {n} each gets a {k} checked-bag allowance, and they can pool it. Their bags weigh {ws}. How many kilograms of allowance do they have left?",
    "{name}'s family ({n} people) has {k} per person for checked luggage, shared. Bags: {ws}. Remaining allowance?",
    "{n} × {k} allowance; bags {ws}. Left?",
    "We're {n} travelling together with {k} each (pooled). Our bags came in at {ws}. How much more can we pack in total?",
])
def _():
    def params(r):
        while True:
            n = r.choice([3, 4])
            k = r.choice([20, 23])
            ws = [num(dec_val(r, k - 9, k - 0.5, 1), 'kg', 1) for _ in range(n)]
            if n * k - sum(w.v for w in ws) > 2:
                return dict(name=r.choice(NAMES), n=str(n), nq=num(n, 'people'), k=num(k, 'kg'),
                            ws=", ".join(T(w) for w in ws[:-1]) + " and " + T(ws[-1]), wl=ws)

    def build(S, p):
        al = S.step("find the total allowance", "total allowance", [p['nq'], '*', p['k']], N('kg'))
        ex = []
        for w in p['wl']:
            ex += [w, '+']
        tot = S.step("add up the bags", "total packed", ex[:-1], N('kg', 1))
        left = S.step("subtract", "allowance left", [al, '-', tot], N('kg', 1))
        S.final(left, "they have {v} left")
    return params, build


# ============================================================ time zones and flights
def _tzpair(r, cross=True):
    while True:
        a, b = r.sample(TZ, 2)
        if a[1] != b[1] and (not cross or abs(a[1] - b[1]) >= 3):
            return a, b


@structure('flight_arrival', [
    "My flight leaves {A} at {dep} local time ({tza}). The flight takes {fl}. {B} is on {tzb}. What local time do I land?",
    "{name} departs {A} ({tza}) at {dep} on a {fl} nonstop to {B} ({tzb}). What is the local arrival time in {B}?",
    "Departs {dep} {tza}, flight time {fl}, destination {tzb}. Local arrival time?",
    "Flying {A} → {B}. Wheels up at {dep} ({tza}), block time {fl}, and {B} is {tzb}. When do I get in, local time?",
], us=True)
def _():
    def params(r):
        (A, oa), (B, ob) = _tzpair(r)
        dep = clock(r.randrange(6, 24), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
        fl = dur(r.randrange(4, 15) * 60 + r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
        minus = r.choice(['−', '-'])
        return dict(A=A, B=B, name=r.choice(NAMES), dep=dep, fl=fl, oa=oa, ob=ob,
                    tza=tzs(oa, minus=minus), tzb=tzs(ob, minus=minus),
                    oaq=num(oa, 'h', 0 if fr(oa).denominator == 1 else 1, signed=True),
                    obq=num(ob, 'h', 0 if fr(ob).denominator == 1 else 1, signed=True),
                    h12=(A in US_TZ))

    def build(S, p):
        S.note(f"{p['A']} is {p['tza']} and {p['B']} is {p['tzb']}")
        arr = S.step(f"add the flight time in {p['A']} time", f"arrival in {p['A']} time",
                     [p['dep'], '+', p['fl']], CLK())
        d = S.step("find the time difference", "time difference", [p['obq'], '-', p['oaq']],
                   N('h', max(p['oaq'].dec, p['obq'].dec), signed=True))
        loc = S.step(f"shift to {p['B']} time", "local arrival time", [arr, '+', dur(d.v * 60)], CLK())
        S.check([p['dep'], '+', p['fl'], '+', dur(d.v * 60)], loc)
        S.final(loc, "you land at {v} local time")
    return params, build


@structure('flight_duration', [
    "A flight leaves {A} at {dep} local time ({tza}) and lands in {B} at {arr} local time ({tzb}) the next day. How long is the flight?",
    "{name}'s ticket says: depart {A} {dep} ({tza}), arrive {B} {arr} (+1 day, {tzb}). What is the actual flight time?",
    "Dep {dep} {tza}, arr {arr} next day {tzb}. Flight duration?",
    "My boarding pass shows {dep} out of {A} and {arr} into {B} the following day. {A} is {tza}, {B} is {tzb}. How long am I actually in the air?",
])
def _():
    def params(r):
        while True:
            (A, oa), (B, ob) = _tzpair(r)
            if oa == 0 or ob == 0:
                continue
            depm = r.randrange(15, 23) * 60 + r.choice([0, 10, 15, 20, 30, 40, 45, 50])
            fl = r.randrange(6, 16) * 60 + r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
            dep_utc = depm - fr(oa) * 60
            arr_utc = dep_utc + fl
            arr_loc = arr_utc + fr(ob) * 60
            if 1440 <= arr_loc < 2880 and 0 <= dep_utc < 1440 and 1440 <= arr_utc < 2880:
                minus = r.choice(['−', '-'])
                return dict(A=A, B=B, name=r.choice(NAMES), dep=Q(depm, 'clock'), arr=Q(arr_loc - 1440, 'clock'),
                            tza=tzs(oa, minus=minus), tzb=tzs(ob, minus=minus), oa=fr(oa), ob=fr(ob))

    def build(S, p):
        du = S.step("convert departure to UTC", "departure in UTC", [p['dep'], '+', dur(-p['oa'] * 60)], CLK())
        au = S.step("convert arrival to UTC", "arrival in UTC", [p['arr'], '+', dur(-p['ob'] * 60)], CLK(),
                    extra=lambda q: ", " + ("which is " if True else "") + fmt_clock(int(q.v) % 1440 + 1440, Opt(), True)
                    + " counted from the departure day")
        a2 = Q(au.v % 1440 + 1440, 'clock', raw=True)
        fl = S.step("subtract to get the flight time", "flight time", [a2, '-', du], DUR())
        S.final(fl, "the flight takes {v}")
    return params, build


@structure('layover', [
    "My itinerary: leave {A} at {dep}, fly {l1} to {hub}, wait {lay} for my connection, then fly {l2} to {B}. Ignoring time zones (all times in {A} time), when do I arrive?",
    "{name} flies {A} → {hub} ({l1}), has a {lay} layover, then {hub} → {B} ({l2}). Departure is at {dep}. Using {A} time throughout, what time does {name} arrive?",
    "Leg 1 {l1}, layover {lay}, leg 2 {l2}, depart {dep}. Arrival ({A} time)?",
    "Day 1: depart {A} {dep}. Flight to {hub}: {l1}. Layover: {lay}. Flight to {B}: {l2}. What's the arrival time, counting everything in {A} time?",
], us=True)
def _():
    def params(r):
        A, hub, B = r.choice([('Chicago', 'Atlanta', 'Miami'), ('Denver', 'Dallas', 'Orlando'),
                              ('Boston', 'Charlotte', 'Tampa'), ('Seattle', 'Phoenix', 'Austin'),
                              ('Lisbon', 'Frankfurt', 'Vienna'), ('Madrid', 'Paris', 'Oslo')])
        mins = [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]
        return dict(A=A, hub=hub, B=B, name=r.choice(NAMES),
                    dep=clock(r.randrange(5, 22), r.choice(mins)),
                    l1=dur(r.randrange(1, 5) * 60 + r.choice(mins)),
                    lay=dur(r.choice([45, 50, 55, 65, 70, 75, 80, 90, 95, 105, 110, 125, 140])),
                    l2=dur(r.randrange(1, 6) * 60 + r.choice(mins)), h12=A in US_TZ)

    def build(S, p):
        tot = S.step("add up the travel time", "total journey time", [p['l1'], '+', p['lay'], '+', p['l2']], DUR())
        arr = S.step("add it to the departure time", "arrival time", [p['dep'], '+', tot], CLK())
        S.final(arr, "you arrive at {v}")
    return params, build


@structure('call_tz', [
    "I have a video call starting at {t} in {A} ({tza}) that runs {m}. What time will it be in {B} ({tzb}) when the call ends?",
    "{name} is in {A} ({tza}) and joins a {m} meeting at {t} local time. A colleague is in {B} ({tzb}). What time is it for the colleague when the meeting ends?",
    "Meeting {t} {tza}, length {m}. End time in {tzb}?",
    "Scheduling across zones: the call is at {t} {A} time ({tza}) and lasts {m}. My friend is in {B}, {tzb}. What's the clock there at the end?",
], us=True)
def _():
    def params(r):
        (A, oa), (B, ob) = _tzpair(r, cross=False)
        minus = r.choice(['−', '-'])
        return dict(A=A, B=B, name=r.choice(NAMES), t=clock(r.randrange(6, 22), r.choice([0, 15, 30, 45])),
                    m=dur(r.choice([30, 45, 50, 75, 80, 90, 105, 120, 135])),
                    tza=tzs(oa, minus=minus), tzb=tzs(ob, minus=minus),
                    oaq=num(oa, 'h', 0 if fr(oa).denominator == 1 else 1, signed=True),
                    obq=num(ob, 'h', 0 if fr(ob).denominator == 1 else 1, signed=True), h12=A in US_TZ)

    def build(S, p):
        e = S.step(f"find the end time in {p['A']}", f"end time in {p['A']}", [p['t'], '+', p['m']], CLK())
        d = S.step("work out the time difference", "offset difference", [p['obq'], '-', p['oaq']],
                   N('h', max(p['oaq'].dec, p['obq'].dec), signed=True))
        x = S.step(f"convert to {p['B']} time", f"end time in {p['B']}", [e, '+', dur(d.v * 60)], CLK())
        S.final(x, "it will be {v} in " + p['B'])
    return params, build


@structure('drive_arrival', [
    "We leave at {dep} and have {dist} to drive at an average of {v}. We'll also stop for {brk} in total. What time do we arrive?",
    "{name} drives {dist} at an average speed of {v}, with {brk} of breaks, leaving at {dep}. When does {name} arrive?",
    "{dist} at {v}, {brk} breaks, depart {dep}. Arrival time?",
    "Day 2 of the road trip: {dist} to the next stop. If we average {v}, take {brk} of stops, and leave at {dep}, when do we get in?",
], us=True)
def _():
    def params(r):
        us = r.random() < 0.5
        v = r.choice([50, 55, 60, 65, 70, 75, 80]) if us else r.choice([80, 90, 100, 110, 120])
        t = F(r.randrange(6, 26), 4)
        dist = t * v
        if dist.denominator != 1:
            t = F(r.randrange(3, 13), 2)
            dist = t * v
        return dict(name=r.choice(NAMES), dist=num(dist, 'mi' if us else 'km', 0 if dist.denominator == 1 else 1),
                    v=num(v, 'mph' if us else 'kmh'), brk=dur(r.choice([20, 30, 40, 45, 50, 60, 75, 90])),
                    dep=clock(r.randrange(6, 12), r.choice([0, 15, 30, 45])), h12=us,
                    sixty=num(60))

    def build(S, p):
        t = S.step("work out the driving time", "driving time", [p['dist'], '/', p['v']], N('h', 2))
        m = S.step("convert to minutes", "driving time in minutes", [t, '*', p['sixty']], N('min'))
        tot = S.step("add the breaks", "total time", [m, '+', Q(p['brk'].v, 'num', 'min')], N('min'))
        arr = S.step("add to the departure time", "arrival", [p['dep'], '+', Q(tot.v, 'dur', 'min')], CLK())
        S.final(arr, "you arrive at {v}")
    return params, build


@structure('itinerary_legs', [
    "Our road-trip plan:\nDay 1: {a} to {b}, {d1} at about {v1}\nDay 2: {b} to {c}, {d2} at about {v2}\nDay 3: {c} to {d}, {d3} at about {v3}\nHow many hours of driving is that in total?",
    "{name} plans three driving legs: {d1} at {v1}, {d2} at {v2}, and {d3} at {v3}. What's the total driving time in hours (to two decimals)?",
    "Legs: {d1} @ {v1}, {d2} @ {v2}, {d3} @ {v3}. Total hours?",
    "Itinerary check — Leg 1 {a}→{b}: {d1} ({v1} average). Leg 2 {b}→{c}: {d2} ({v2}). Leg 3 {c}→{d}: {d3} ({v3}). Total time behind the wheel?",
], us=True)
def _():
    def params(r):
        route = r.choice([('Denver', 'Moab', 'Page', 'Las Vegas'), ('Seattle', 'Portland', 'Bend', 'Boise'),
                          ('Austin', 'El Paso', 'Tucson', 'San Diego'), ('Chicago', 'St. Louis', 'Tulsa', 'Amarillo')])
        vs = [r.choice([55, 60, 62, 65, 68, 70]) for _ in range(3)]
        ds = [r.randrange(140, 420) for _ in range(3)]
        p = dict(zip('abcd', route))
        p.update(name=r.choice(NAMES))
        for i in range(3):
            p[f'd{i+1}'] = num(ds[i], 'mi')
            p[f'v{i+1}'] = num(vs[i], 'mph')
        return p

    def build(S, p):
        ts = []
        for i in range(3):
            ts.append(S.step(f"work out the time for leg {i+1}", f"leg {i+1} time",
                             [p[f'd{i+1}'], '/', p[f'v{i+1}']], N('h', 2)))
        tot = S.step("add the legs", "total driving time", [ts[0], '+', ts[1], '+', ts[2]], N('h', 2))
        S.final(tot, "the total is about {v} of driving")
    return params, build


@structure('avg_speed', [
    "On a trip, {name} drives {d1} at {v1}, then {d2} at {v2}. What is the average speed for the whole trip (to 0.1)?",
    "First leg: {d1} at {v1}. Second leg: {d2} at {v2}. What's my overall average speed?",
    "{d1} @ {v1} + {d2} @ {v2}. Average speed?",
    "We did {d1} on the highway at {v1} and then {d2} on mountain roads at {v2}. What was our average speed overall?",
])
def _():
    def params(r):
        us = r.random() < 0.4
        u, su = ('mi', 'mph') if us else ('km', 'kmh')
        v1 = r.choice([60, 65, 70, 75] if us else [90, 100, 110, 120])
        v2 = r.choice([30, 35, 40, 45] if us else [40, 50, 60, 70])
        t1 = F(r.randrange(4, 14), 4)
        t2 = F(r.randrange(2, 9), 4)
        return dict(name=r.choice(NAMES), d1=num(t1 * v1, u, 0 if (t1 * v1).denominator == 1 else 1),
                    v1=num(v1, su), d2=num(t2 * v2, u, 0 if (t2 * v2).denominator == 1 else 1),
                    v2=num(v2, su), u=u, su=su)

    def build(S, p):
        t1 = S.step("find the time for the first leg", "time for leg 1", [p['d1'], '/', p['v1']], N('h', 2))
        t2 = S.step("find the time for the second leg", "time for leg 2", [p['d2'], '/', p['v2']], N('h', 2))
        D = S.step("add the distances", "total distance", [p['d1'], '+', p['d2']], N(p['u'], max(p['d1'].dec, p['d2'].dec)))
        Tt = S.step("add the times", "total time", [t1, '+', t2], N('h', 2))
        avg = S.step("divide distance by time", "average speed", [D, '/', Tt], N(p['su'], 1))
        S.final(avg, "the average speed is about {v}")
    return params, build


@structure('speed_limit', [
    "Driving in {country}, the limit is {lim}. My rental's speedometer shows mph and I'm doing {s}. Using 1 km/h = 0.6214 mph, how many mph over the limit am I?",
    "{name} sees a {lim} sign in {country} while driving at {s}. Convert the limit with 1 km/h ≈ 0.6214 mph (to 0.1 mph). By how much is {name} speeding?",
    "Limit {lim} (× 0.6214 → mph), speed {s}. Over by?",
    "American driving in {country}: signs say {lim}, I'm cruising at {s}. How far over am I in mph? (0.6214 mph per km/h)",
], us=True)
def _():
    def params(r):
        while True:
            lim = r.choice([50, 80, 90, 100, 110, 120, 130])
            s = r.randrange(int(lim * 0.6214) + 2, int(lim * 0.6214) + 15)
            return dict(name=r.choice(NAMES), country=r.choice(['France', 'Germany', 'Italy', 'Spain', 'Ireland', 'Canada']),
                        lim=num(lim, 'kmh'), s=num(s, 'mph'), k=num(F('0.6214'), '', 4))

    def build(S, p):
        m = S.step("convert the limit to mph", "limit in mph", [p['lim'], '*', p['k']], N('mph', 1))
        o = S.step("subtract from your speed", "amount over", [p['s'], '-', m], N('mph', 1))
        S.final(o, "you're about {v} over")
    return params, build


@structure('miles_to_km_time', [
    "A scenic route is {mi} long. Using 1 mile = 1.609 km, how many kilometres is that, and how long will it take at an average of {v}?",
    "{name} will cover {mi} in {country}, where speeds are in km/h. Convert with 1 mi = 1.609 km and find the driving time at {v} (to 0.01 h).",
    "{mi} × 1.609 → km; time at {v}?",
    "The guidebook says the coastal drive is {mi}. My GPS is in metric and I'll average around {v}. How many hours is that? (1 mi = 1.609 km)",
])
def _():
    def params(r):
        return dict(name=r.choice(NAMES), country=r.choice(['Portugal', 'Ireland', 'Croatia', 'Greece', 'Norway']),
                    mi=num(r.randrange(60, 420), 'mi'), k=num(F('1.609'), '', 3),
                    v=num(r.choice([60, 70, 75, 80, 85, 90, 100]), 'kmh'))

    def build(S, p):
        km = S.step("convert miles to kilometres", "distance in km", [p['mi'], '*', p['k']], N('km', 1))
        t = S.step("divide by the speed", "driving time", [km, '/', p['v']], N('h', 2))
        S.final(t, "the drive takes about {v}")
    return params, build


# ============================================================ budgets and other costs
@structure('trip_budget', [
    "{n} of us are going to {city} for {nights} nights. Flights are {fl} per person, the hotel is {rate} per night for one room, and we budget {food} per person per day for food. Our total budget is {bud}. How much is left for activities?",
    "{name} and {m} friends plan a {nights}-night trip. Flights {fl} each, one hotel room at {rate}/night, food {food} per person per day. With a {bud} budget, what remains?",
    "{n} people, flights {fl} pp, hotel {rate}/night × {nights}, food {food} pp/day for {nights} days, budget {bud}. Remaining?",
    "Budget planner: {bud} total for {n} travellers. Flights: {fl} each. Hotel: {nights} nights at {rate}. Food: {food}/person/day for {nights} days. What's left over?",
], us=True)
def _():
    def params(r):
        while True:
            n = r.choice([2, 3, 4])
            nights = r.choice([3, 4, 5, 6, 7])
            fl = r.randrange(180, 650)
            rate = r.randrange(110, 290)
            food = r.choice([35, 40, 45, 50, 55, 60, 65, 75])
            tot = n * fl + nights * rate + n * nights * food
            bud = int(math.ceil((tot + r.randrange(150, 900)) / 100) * 100)
            return dict(n=str(n), m=str(n - 1), nq=num(n, 'people'), nights=num(nights, 'nights'),
                        days=num(nights, 'days'), city=r.choice(['Cancún', 'Lisbon', 'Reykjavík', 'Montreal', 'San Juan']),
                        name=r.choice(NAMES), fl=money(fl, 'USD'), rate=money(rate, 'USD', per='night'),
                        food=money(food, 'USD'), bud=money(bud, 'USD'))

    def build(S, p):
        f = S.step("add up the flights", "flight cost", [p['nq'], '*', p['fl']], M('USD'))
        h = S.step("price the hotel", "hotel cost", [p['nights'], '*', p['rate']], M('USD'))
        fo = S.step("work out the food budget", "food cost", [p['nq'], '*', p['days'], '*', p['food']], M('USD'))
        t = S.step("add the costs", "total planned", [f, '+', h, '+', fo], M('USD'))
        left = S.step("subtract from the budget", "amount left for activities", [p['bud'], '-', t], M('USD'))
        S.check([t, '+', left], p['bud'])
        S.final(left, "{v} is left for activities")
    return params, build


@structure('tour_tickets', [
    "A day tour in {city} costs {A} per adult and {C} per child. We're {a} adults and {k} kids, and groups of 5 or more get {disc} off the total. What do we pay?",
    "{name} books a boat tour for {a} adults ({A} each) and {k} children ({C} each). A {disc} group discount applies to the whole booking. What is the final price?",
    "{a} adults × {A}, {k} kids × {C}, {disc} off. Total?",
    "Booking museum + guided walk tickets in {city}: adults {A}, kids {C}. There are {a} adults and {k} kids in our group, and we get a {disc} group discount. Total cost?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'GBP', 'USD' if False else 'EUR', 'JPY'])
        if cur == 'JPY':
            A, C = r.randrange(40, 120) * 100, r.randrange(15, 40) * 100
        else:
            A = r.choice([r.randrange(28, 95), dec_val(r, 25, 90, 2)])
            C = r.choice([r.randrange(12, 45), dec_val(r, 10, 40, 2)])
        a, k = r.choice([(2, 3), (3, 2), (2, 4), (4, 2), (3, 3), (4, 3), (2, 5)])
        return dict(city=city, name=r.choice(NAMES), A=money(A, cur), C=money(C, cur), a=str(a), k=str(k),
                    aq=num(a, 'adults'), kq=num(k, 'children'), disc=pct(r.choice([10, 12, 15, 20])))

    def build(S, p):
        c = p['A'].cur
        at = S.step("price the adult tickets", "adult total", [p['aq'], '*', p['A']], M(c))
        kt = S.step("price the children's tickets", "children's total", [p['kq'], '*', p['C']], M(c))
        sub = S.step("add them", "subtotal", [at, '+', kt], M(c))
        d = S.step("work out the discount", "discount", [sub, '*', p['disc']], M(c))
        tot = S.step("subtract the discount", "total", [sub, '-', d], M(c))
        S.check([tot, '+', d], sub)
        S.final(tot, "the total is {v}")
    return params, build


@structure('meal_tip_split', [
    "Dinner in {city} came to {bill}. We left a {tip} tip and split the total evenly among {n}. At 1 USD = {rate} {cur}, how much is each share in dollars?",
    "{name} and {m} friends eat out in {city}. The bill is {bill}, they add a {tip} tip, and split it {n} ways. Converting at {rate} {cur} per dollar, what does each person pay in USD?",
    "Bill {bill}, tip {tip}, {n} people, 1 USD = {rate} {cur}. Per person in USD?",
    "Group dinner abroad: {bill} before tip, {tip} tip, {n} of us. Rate is {rate} {cur} to the dollar. What's my share in dollars?",
])
def _():
    def params(r):
        cur, city = pick_cur(r, ['EUR', 'MXN', 'THB', 'GBP', 'JPY'])
        n = r.choice([3, 4, 5, 6])
        if cur in ('MXN', 'THB'):
            bill = r.randrange(80, 500) * 10
        elif cur == 'JPY':
            bill = r.randrange(80, 400) * 100
        else:
            bill = r.choice([r.randrange(90, 420), dec_val(r, 80, 400, 2)])
        return dict(city=city, name=r.choice(NAMES), cur=cur, bill=money(bill, cur), tip=pct(r.choice([10, 12, 15, 18, 20])),
                    n=str(n), m=str(n - 1), nq=num(n, 'people'), rate=rate_q(r, cur))

    def build(S, p):
        c = p['cur']
        t = S.step("work out the tip", "tip", [p['bill'], '*', p['tip']], M(c))
        tot = S.step("add the tip", "total", [p['bill'], '+', t], M(c))
        each = S.step("split it", "share per person", [tot, '/', p['nq']], M(c))
        usd = S.step("convert the share to dollars", "share in USD", [each, '/', p['rate']], M('USD'))
        S.check([usd, '*', p['rate']], each)
        S.final(usd, "each person pays about {v}")
    return params, build


@structure('metro_pass', [
    "In {city}, a single metro ride is {s}. I'll take about {k} rides a day for {d} days. A {d}-day pass costs {P}. How much do I save with the pass?",
    "{name} expects to ride the subway {k} times a day during a {d}-day stay in {city}. Single fares are {s}; a travel pass is {P}. How much does the pass save?",
    "{k} rides/day × {d} days at {s} vs pass {P}. Savings?",
    "Is the transit pass worth it? {city}, {d} days, roughly {k} rides per day, {s} per ride, pass {P}. How much would I save?",
])
def _():
    def params(r):
        while True:
            cur, city = pick_cur(r, ['EUR', 'GBP', 'JPY', 'EUR'])
            k = r.choice([3, 4, 5])
            d = r.choice([3, 4, 5, 7])
            if cur == 'JPY':
                s = r.choice([180, 210, 240, 260, 290])
                P = r.randrange(10, 35) * 100
            else:
                s = dec_val(r, 1.9, 3.4, 2) if cur != 'GBP' else dec_val(r, 2.5, 3.5, 2)
                P = r.choice([r.randrange(15, 45), dec_val(r, 15, 45, 2)])
            if s * k * d - P > 3:
                return dict(city=city, name=r.choice(NAMES), k=str(k), d=str(d), kq=num(k, 'rides'),
                            dq=num(d, 'days'), s=money(s, cur), P=money(P, cur))

    def build(S, p):
        c = p['s'].cur
        n = S.step("count the rides", "number of rides", [p['kq'], '*', p['dq']], N('rides'))
        sc = S.step("price them as single tickets", "cost in single tickets", [n, '*', p['s']], M(c))
        sv = S.step("subtract the pass price", "amount saved", [sc, '-', p['P']], M(c))
        S.check([p['P'], '+', sv], sc)
        S.final(sv, "the pass saves {v}")
    return params, build


@structure('rideshare_cars', [
    "{n} people need rides from the airport to the hotel. Each taxi takes at most {k} passengers and costs {fare}. If we split the fares evenly, how much does each person pay?",
    "A group of {n} {group} arrives in {city}. Cars seat {k} passengers, and each ride costs {fare}. What's the cost per person, split evenly?",
    "{n} people, {k} per car, {fare} per car. Per person?",
    "Airport transfer for {n}: vans hold {k} people each and cost {fare} per van. Splitting equally, what does each of us pay?",
])
def _():
    def params(r):
        while True:
            k = r.choice([4, 5, 6, 7])
            n = r.randrange(6, 30)
            if n % k and n > k:
                break
        cur, city = pick_cur(r, ['EUR', 'GBP', 'MXN', 'THB', 'EUR'])
        if cur in ('MXN', 'THB'):
            fare = r.randrange(25, 90) * 10
        else:
            fare = r.choice([r.randrange(30, 95), dec_val(r, 28, 90, 2)])
        return dict(n=str(n), k=str(k), nq=num(n, 'people'), kq=num(k, ''), group=r.choice(GROUPS),
                    city=city, fare=money(fare, cur))

    def build(S, p):
        c = p['fare'].cur
        q = S.step("work out how many cars are needed", "number of cars", [p['nq'], '/', p['kq']], N('cars'), divmod=True,
                   extra=lambda x: f", so we need {int(x.v) + 1} cars")
        cars = num(q.v + 1, 'cars')
        cost = S.step("price the rides", "total fare", [cars, '*', p['fare']], M(c))
        each = S.step("split the fare", "cost per person", [cost, '/', p['nq']], M(c))
        S.final(each, "each person pays {v}")
    return params, build
