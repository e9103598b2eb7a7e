#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (laundromat / dry-cleaning genre)
with seeded arithmetic faults.  Deterministic: python3 gen.py --out set.jsonl"""
import argparse
import json
import math
import random
from fractions import Fraction as Fr

N_PER_TEMPLATE = 32
KINDS = ['off_by_one', 'off_by_ten', 'swap_digits', 'drop_digit', 'double_digit', 'wrong_op', 'decimal_shift']


def R(*parts):
    return random.Random('|'.join(str(p) for p in parts))


def pk(pid, key, options):
    return options[R(pid, key).randrange(len(options))]


def pr(pid, key):
    return R(pid, key).random()


# ---------------------------------------------------------------- numbers
def rhu(x, d):
    q = Fr(10) ** d
    return Fr(math.floor(x * q + Fr(1, 2))) / q


def min_dec(x, maxd):
    for d in range(maxd + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def plain(x, d):
    """x exactly representable with d decimals (x >= 0)"""
    n = x * 10 ** d
    assert n.denominator == 1, (x, d)
    n = n.numerator
    neg = n < 0
    s = str(abs(n)).rjust(d + 1, '0')
    out = s if d == 0 else s[:-d] + '.' + s[-d:]
    return ('-' if neg else '') + out


def group(s, sep):
    if not sep:
        return s
    ip, _, fp = s.partition('.')
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts) + ('.' + fp if fp else '')


def dec_of(s):
    return len(s.split('.')[1]) if '.' in s else 0


# ---------------------------------------------------------------- expression DSL
def G(n):
    return ('g', n)


def S(i):
    return ('s', i)


def C(i):
    return ('c', i)


def K(v, kind='qty', unit=''):
    return ('k', v, kind, unit)


def add(*a):
    return ('+', list(a))


def mul(*a):
    return ('*', list(a))


def sub(a, b):
    return ('-', [a, b])


def div(a, b):
    return ('/', [a, b])


def apply(op, vals):
    r = vals[0]
    for v in vals[1:]:
        if op == '+':
            r = r + v
        elif op == '-':
            r = r - v
        elif op == '*':
            r = r * v
        else:
            if v == 0:
                raise ZeroDivisionError
            r = r / v
    return r


class Bad(Exception):
    pass


class Ctx:
    def __init__(self, gv):
        self.gv = gv
        self.used = []   # (value, dec)
        self.ceil = []

    def ev(self, node):
        t = node[0]
        if t == 'g':
            return self.gv[node[1]][0]
        if t == 's':
            return self.used[node[1]][0]
        if t == 'c':
            return Fr(self.ceil[node[1]])
        if t == 'k':
            return Fr(node[1])
        if t == 'v':
            return node[1]
        return apply(t, [self.ev(c) for c in node[1]])


# ---------------------------------------------------------------- templates
NAMES = ['Maria', 'Dev', 'Keisha', 'Tom', 'Priya', 'Luis', 'Hannah', 'Omar', 'Grace', 'Mateo', 'Aisha', 'Ben',
         'Sofia', 'Jamal', 'Lena', 'Carlos', 'Mei', 'Noah', 'Fatima', 'Ethan']
SHOPS = ['Suds & Duds', 'the Clean Spin laundromat', 'Bubbles Laundromat', 'Fresh Press Cleaners',
         'the corner laundromat', 'Spin City', 'Main Street Dry Cleaning', 'Wash World']


def st(e, k, u, label, head, desc, maxd=2, rd=2, ceil=None, chain=False):
    return dict(e=e, k=k, u=u, label=label, head=head, desc=desc, maxd=maxd, rd=rd, ceil=ceil, chain=chain)


def t_washfold(r):
    g = dict(L=(str(r.randint(2, 6)), 'qty', 'loads'),
             W=(r.choice(['8', '9', '10', '12', '12.5', '14', '15', '11']), 'qty', 'lb'),
             p=(r.choice(['1.25', '1.35', '1.49', '1.50', '1.75', '1.89', '2.00', '2.25']), 'money', ''),
             f=(r.choice(['4.99', '5.00', '6.00', '7.50', '3.95']), 'money', ''))
    steps = [st(mul(G('L'), G('W')), 'qty', 'lb', 'Total weight', 'Find the total weight', 'the total weight', maxd=1),
             st(mul(S(0), G('p')), 'money', '', 'Per-pound charge', 'Apply the per-pound price', 'the per-pound charge'),
             st(add(S(1), G('f')), 'money', '', 'Total with pickup fee', 'Add the pickup fee', 'the total with the pickup fee')]
    probs = ["{name} drops off {L} loads of laundry at a wash-and-fold service. Each load weighs about {W} pounds, the service charges {p} per pound, and there is a flat {f} pickup fee. How much does {name} pay in total?",
             "A wash-and-fold shop charges {p} per pound plus a {f} pickup fee. {name} sends {L} loads that average {W} pounds each. What is the total bill?",
             "At {shop}, drop-off laundry costs {p} a pound, and every order has a {f} pickup charge. If {name} has {L} loads weighing {W} lb apiece, how much will the order cost?",
             "{name} uses a pickup laundry service: {p} per pound of laundry plus a one-time {f} fee. This week there are {L} loads, each about {W} pounds. What does {name} owe?"]
    gph = ["{L} loads", "{W} lb per load", "{p} per pound", "{f} pickup fee"]
    ans = ["{name} pays {ans} in total.", "The total bill is {ans}.", "So the order costs {ans}."]
    return g, steps, S(2), probs, gph, ans


def t_cycle_time(r):
    g = dict(N=(str(r.randint(3, 7)), 'qty', 'loads'),
             M=(r.choice(['28', '30', '32', '35', '38', '40', '45']), 'qty', 'minutes'),
             D=(r.choice(['40', '45', '50', '55', '60', '48']), 'qty', 'minutes'))
    if r.random() < 0.5:
        steps = [st(mul(G('N'), add(G('M'), G('D'))), 'qty', 'minutes', 'Total time', 'Find the total machine time',
                    'the total time', chain=True),
                 st(div(S(0), K('60')), 'qty', 'hours', 'Convert to hours', 'Convert minutes to hours', 'the time in hours')]
        a = S(1)
    else:
        steps = [st(add(G('M'), G('D')), 'qty', 'minutes', 'Time per load', 'Find the time for one load', 'the time per load'),
                 st(mul(G('N'), S(0)), 'qty', 'minutes', 'Total time', 'Multiply by the number of loads', 'the total time'),
                 st(div(S(1), K('60')), 'qty', 'hours', 'Convert to hours', 'Convert minutes to hours', 'the time in hours')]
        a = S(2)
    probs = ["{name} has {N} loads of laundry and uses one washer and one dryer, finishing each load completely before starting the next. A wash cycle takes {M} minutes and a dry cycle takes {D} minutes. How many hours does all the laundry take? Round to the nearest hundredth if needed.",
             "At {shop}, the washers run {M}-minute cycles and the dryers run {D}-minute cycles. {name} washes and then dries {N} loads one after another with a single washer and dryer. How many hours is that?",
             "A load of towels needs a {M} minute wash and a {D} minute dry. If {name} does {N} loads back to back (wash, then dry, then the next load), how long does it take in hours?"]
    gph = ["{N} loads", "wash cycle: {M} minutes", "dry cycle: {D} minutes"]
    ans = ["All the laundry takes {ans} hours.", "That's {ans} hours in total.", "{name} spends {ans} hours on laundry."]
    return g, steps, a, probs, gph, ans


def t_coin_dryer(r):
    q = r.choice([5, 6, 8, 10])
    g = dict(w=(r.choice(['2.50', '2.75', '3.00', '3.25', '3.50']), 'money', ''),
             q=(str(q), 'qty', 'minutes'),
             T=(str(q * r.randint(4, 9)), 'qty', 'minutes'),
             N=(str(r.randint(2, 5)), 'qty', 'loads'),
             c=('0.25', 'money', ''))
    steps = [st(div(G('T'), G('q')), 'qty', 'quarters', 'Quarters per dry', 'Count the quarters for the dryer', 'the number of quarters for one dry'),
             st(mul(S(0), G('c')), 'money', '', 'Dryer cost per load', 'Find the dryer cost per load', 'the dryer cost per load'),
             st(add(G('w'), S(1)), 'money', '', 'Cost per load', 'Add the washer price', 'the cost of one load'),
             st(mul(G('N'), S(2)), 'money', '', 'Total cost', 'Multiply by the number of loads', 'the total cost')]
    probs = ["At {shop}, a washer costs {w} per load and the dryer takes {c} for every {q} minutes. {name} dries each load for {T} minutes. How much does {name} spend to wash and dry {N} loads?",
             "{name} does {N} loads at a coin laundry. Each wash is {w}, and the dryers run {q} minutes per quarter ({c}). Every load needs {T} minutes of drying. What is the total cost?",
             "A laundromat dryer gives {q} minutes for each {c}. Washing costs {w} a load. If {name} washes {N} loads and dries each one for {T} minutes, how much money is needed?"]
    gph = ["washer: {w} per load", "dryer: {c} per {q} minutes", "drying time: {T} minutes per load", "{N} loads"]
    ans = ["{name} spends {ans} altogether.", "The total cost is {ans}.", "Washing and drying all {N} loads costs {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_dryclean_order(r):
    g = dict(s=(str(r.randint(3, 12)), 'qty', 'shirts'),
             a=(r.choice(['2.50', '2.75', '3.25', '3.99', '4.50']), 'money', ''),
             p=(str(r.randint(1, 5)), 'qty', 'pairs'),
             b=(r.choice(['6.50', '7.25', '8.00', '8.75']), 'money', ''),
             j=(str(r.randint(1, 3)), 'qty', 'jackets'),
             c=(r.choice(['11.50', '12.99', '14.00', '15.75']), 'money', ''),
             d=(r.choice(['10', '15', '20', '12']), 'pct', ''))
    steps = [st(mul(G('s'), G('a')), 'money', '', 'Shirts', 'Price the shirts', 'the cost of the shirts'),
             st(mul(G('p'), G('b')), 'money', '', 'Pants', 'Price the pants', 'the cost of the pants'),
             st(mul(G('j'), G('c')), 'money', '', 'Jackets', 'Price the jackets', 'the cost of the jackets'),
             st(add(S(0), S(1), S(2)), 'money', '', 'Subtotal', 'Add up the subtotal', 'the subtotal'),
             st(mul(S(3), G('d')), 'money', '', 'Discount', 'Find the discount', 'the discount'),
             st(sub(S(3), S(4)), 'money', '', 'Total after discount', 'Subtract the discount', 'the amount due')]
    probs = ["{name} takes {s} shirts, {p} pairs of pants, and {j} jackets to {shop}. Shirts cost {a} each, pants {b} a pair, and jackets {c} each. With a {d} loyalty discount on the whole order, how much does {name} pay?",
             "A dry cleaner charges {a} per shirt, {b} per pair of pants, and {c} per jacket. {name}'s order is {s} shirts, {p} pairs of pants and {j} jackets, and a coupon takes {d} off the total. What is the final cost?",
             "Dry cleaning prices: shirts {a}, pants {b}, jackets {c}. {name} brings in {s} shirts, {p} pants and {j} jackets and gets {d} off for paying in advance. How much is the bill?"]
    gph = ["{s} shirts at {a}", "{p} pants at {b}", "{j} jackets at {c}", "{d} discount"]
    ans = ["{name} pays {ans}.", "The final cost is {ans}.", "After the discount, the bill comes to {ans}."]
    return g, steps, S(5), probs, gph, ans


def t_detergent(r):
    g = dict(N=(str(r.randint(40, 130)), 'qty', 'loads'),
             u=(r.choice(['1.5', '2', '2.5', '3']), 'qty', 'oz'),
             V=(r.choice(['64', '96', '100', '150']), 'qty', 'oz'),
             c=(r.choice(['8.99', '11.49', '12.99', '14.50']), 'money', ''))
    steps = [st(mul(G('N'), G('u')), 'qty', 'oz', 'Detergent needed', 'Find the total detergent', 'the detergent needed', maxd=1),
             st(div(S(0), G('V')), 'qty', 'jugs', 'Jugs needed', 'Find how many jugs', 'the number of jugs', ceil='jugs'),
             st(mul(C(1), G('c')), 'money', '', 'Cost', 'Find the cost', 'the cost of the jugs')]
    probs = ["{shop} plans to run {N} loads this week. Each load uses {u} ounces of detergent, and detergent comes in {V}-ounce jugs that cost {c} each. Only whole jugs can be bought. How much will the detergent cost?",
             "{name} manages a small laundromat and needs detergent for {N} loads. Every load takes {u} oz, a jug holds {V} oz, and each jug sells for {c}. What is the cost of the jugs needed?",
             "Detergent jugs hold {V} ounces and cost {c}. If each wash load needs {u} ounces and {name} has {N} loads to do, how much does {name} spend on full jugs?"]
    gph = ["{N} loads", "{u} oz per load", "{V} oz per jug", "{c} per jug"]
    ans = ["The detergent costs {ans}.", "{name} spends {ans} on detergent.", "So the jugs cost {ans} in total."]
    return g, steps, S(2), probs, gph, ans


def t_revenue_profit(r):
    g = dict(X=(r.choice(['8', '10', '12', '15', '16', '20', '24']), 'qty', 'washers'),
             n=(str(r.randint(4, 9)), 'qty', 'uses'),
             p=(r.choice(['2.50', '3.00', '3.25', '3.75', '4.00']), 'money', ''),
             E=(str(25 * r.randint(12, 36)), 'money', ''))
    steps = [st(mul(G('X'), G('n')), 'qty', 'uses', 'Uses per day', 'Find the daily uses', 'the number of uses per day'),
             st(mul(S(0), G('p')), 'money', '', 'Daily revenue', 'Find the daily revenue', 'the daily revenue'),
             st(mul(S(1), K('7')), 'money', '', 'Weekly revenue', 'Find the weekly revenue', 'the weekly revenue'),
             st(sub(S(2), G('E')), 'money', '', 'Weekly profit', 'Subtract the weekly expenses', 'the weekly profit')]
    probs = ["{shop} has {X} washers. Each washer gets about {n} uses per day at {p} per use. Weekly costs for water, power and rent are {E}. What is the weekly profit, assuming it is open 7 days a week?",
             "A laundromat owner has {X} washing machines, each used {n} times a day. A wash costs {p}. If weekly expenses are {E}, how much profit does the laundromat make in a 7-day week?",
             "{name} runs a laundromat with {X} washers that average {n} loads each per day at {p} a load. Expenses come to {E} per week. What is the profit for one week (7 days)?"]
    gph = ["{X} washers", "{n} uses per washer per day", "{p} per use", "{E} weekly expenses"]
    ans = ["The weekly profit is {ans}.", "The laundromat makes {ans} in profit each week.", "So the profit for the week is {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_capacity(r):
    g = dict(W=(str(r.randint(35, 95)), 'qty', 'lb'),
             C=(r.choice(['12', '15', '18', '20', '25']), 'qty', 'lb'),
             a=(r.choice(['3.50', '4.25', '4.75', '5.50']), 'money', ''),
             b=(r.choice(['2.00', '2.50', '3.00', '2.25']), 'money', ''))
    steps = [st(div(G('W'), G('C')), 'qty', 'machines', 'Machines needed', 'Find how many machines', 'the number of machines', ceil='machines'),
             st(mul(C(0), G('a')), 'money', '', 'Washing cost', 'Find the washing cost', 'the washing cost'),
             st(mul(C(0), G('b')), 'money', '', 'Drying cost', 'Find the drying cost', 'the drying cost'),
             st(add(S(1), S(2)), 'money', '', 'Total', 'Add them together', 'the total cost')]
    probs = ["{name} has {W} pounds of bedding to wash. Each large washer at {shop} holds {C} pounds and costs {a} per cycle, and each load then needs one dryer cycle at {b}. How much will it cost to wash and dry everything?",
             "The big front-loaders hold {C} lb of laundry each. {name} brings {W} lb of laundry; washing costs {a} per machine and drying costs {b} per load. What is the total cost?",
             "A laundromat's washers take at most {C} pounds. Washing costs {a} per machine and drying {b} per load. How much does {name} pay to wash and dry {W} pounds of clothes?"]
    gph = ["{W} lb of laundry", "{C} lb per machine", "{a} per wash", "{b} per dry"]
    ans = ["It costs {ans} to wash and dry everything.", "The total is {ans}.", "{name} pays {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_oz_to_lb(r):
    g = dict(K=(str(r.randint(20, 60)), 'qty', 'sheets'),
             o=(r.choice(['24', '28', '30', '36', '40', '26']), 'qty', 'oz'),
             p=(r.choice(['0.95', '1.10', '1.25', '1.40', '1.15']), 'money', ''))
    steps = [st(mul(G('K'), G('o')), 'qty', 'oz', 'Total ounces', 'Find the total weight in ounces', 'the total weight in ounces'),
             st(div(S(0), K('16')), 'qty', 'lb', 'Convert to pounds', 'Convert ounces to pounds', 'the weight in pounds'),
             st(mul(S(1), G('p')), 'money', '', 'Cost', 'Find the cost', 'the cost')]
    probs = ["A small hotel sends {K} bed sheets to a laundry service. Each sheet weighs {o} ounces, and the service charges {p} per pound. How much does the laundry cost? (There are 16 ounces in a pound.)",
             "{name} runs a bed-and-breakfast and sends out {K} sheets at {o} oz each. The laundry charges {p} per pound (16 oz = 1 lb). What is the bill, to the nearest cent?",
             "Each flat sheet weighs {o} ounces. {shop} charges {p} per pound to launder linens. What does it cost to launder {K} sheets? Use 16 ounces per pound."]
    gph = ["{K} sheets", "{o} oz per sheet", "{p} per pound"]
    ans = ["The laundry bill is {ans}.", "It costs {ans} to launder the sheets.", "The service charges {ans}."]
    return g, steps, S(2), probs, gph, ans


def t_price_increase(r):
    g = dict(a=(r.choice(['1.20', '1.40', '1.50', '1.60', '1.80', '2.00', '1.30']), 'money', ''),
             r=(r.choice(['5', '10', '15', '20', '25']), 'pct', ''),
             W=(str(r.randint(15, 40)), 'qty', 'lb'))
    steps = [st(mul(G('a'), G('r')), 'money', '', 'Price increase', 'Find the increase per pound', 'the increase per pound'),
             st(add(G('a'), S(0)), 'money', '', 'New price', 'Find the new price', 'the new price per pound'),
             st(mul(G('W'), S(1)), 'money', '', 'New weekly cost', 'Weekly cost at the new price', 'the weekly cost at the new price'),
             st(mul(G('W'), G('a')), 'money', '', 'Old weekly cost', 'Weekly cost at the old price', 'the weekly cost at the old price'),
             st(sub(S(2), S(3)), 'money', '', 'Extra per week', 'Find the difference', 'the extra cost per week')]
    probs = ["{shop} charged {a} per pound for wash-and-fold, but raised the price by {r} (rounded to the nearest cent). {name} sends {W} pounds every week. How much more does {name} pay per week now?",
             "The per-pound price at a wash-and-fold service was {a}. It went up {r}, rounded to the cent. If {name} brings in {W} lb each week, how much extra does that cost per week?",
             "A laundry service increases its {a}/lb rate by {r}, rounding the new rate to the nearest cent. For {W} pounds of laundry a week, what is the weekly increase in cost?"]
    gph = ["old price: {a} per lb", "increase: {r}", "{W} lb per week"]
    ans = ["{name} pays {ans} more per week.", "The weekly cost goes up by {ans}.", "That's an extra {ans} every week."]
    return g, steps, S(4), probs, gph, ans


def t_open_hours(r):
    H = r.randint(12, 16)
    M = r.choice([m for m in [30, 36, 40, 45, 48, 60] if (H * 60) % m == 0])
    g = dict(H=(str(H), 'qty', 'hours'), M=(str(M), 'qty', 'minutes'),
             X=(str(r.randint(6, 14)), 'qty', 'washers'),
             p=(r.choice(['3.00', '3.50', '4.00', '2.75']), 'money', ''))
    steps = [st(mul(G('H'), K('60')), 'qty', 'minutes', 'Minutes open', 'Convert hours to minutes', 'the number of minutes open'),
             st(div(S(0), G('M')), 'qty', 'cycles', 'Cycles per washer', 'Find the cycles per washer', 'the number of cycles per washer'),
             st(mul(S(1), G('X')), 'qty', 'cycles', 'Total cycles', 'Find the total cycles', 'the total number of cycles'),
             st(mul(S(2), G('p')), 'money', '', 'Maximum revenue', 'Find the maximum revenue', 'the maximum revenue')]
    probs = ["{shop} is open {H} hours a day. Each wash cycle takes {M} minutes, there are {X} washers, and a cycle costs {p}. If every washer runs nonstop, what is the most the washers can earn in a day?",
             "A laundromat has {X} washers and stays open {H} hours daily. One cycle lasts {M} minutes and costs {p}. What is the maximum daily revenue from the washers if they never sit idle?",
             "{name}'s laundromat runs {X} machines for {H} hours a day. With {M}-minute cycles at {p} each, how much money could the machines bring in per day at full use?"]
    gph = ["{H} hours open", "{M} minutes per cycle", "{X} washers", "{p} per cycle"]
    ans = ["The washers can earn at most {ans} per day.", "The maximum daily revenue is {ans}.", "At full use, the machines bring in {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_pressing(r):
    g = dict(N=(str(r.randint(60, 180)), 'qty', 'shirts'),
             R=(r.choice(['18', '20', '24', '25', '30', '16']), 'qty', 'shirts/hour'),
             w=(r.choice(['15.50', '16.00', '17.25', '18.50', '16.75']), 'money', ''))
    steps = [st(div(G('N'), G('R')), 'qty', 'hours', 'Hours of pressing', 'Find the pressing time', 'the pressing time'),
             st(mul(S(0), G('w')), 'money', '', 'Labor cost', 'Find the labor cost', 'the labor cost'),
             st(div(S(1), G('N')), 'money', '', 'Labor per shirt', 'Find the cost per shirt', 'the labor cost per shirt')]
    probs = ["A presser at {shop} can finish {R} shirts per hour and earns {w} an hour. How much labor does it cost per shirt to press an order of {N} shirts? Round hours and money to two decimal places.",
             "{name} presses shirts at a dry cleaner at a rate of {R} shirts an hour and is paid {w} per hour. For a batch of {N} shirts, what is the labor cost per shirt, to the nearest cent? (Round the hours to the hundredth.)",
             "A dry cleaner's pressing station handles {R} shirts per hour; the operator's wage is {w}/hour. What is the labor cost per shirt for {N} shirts? Round intermediate values to 2 decimals."]
    gph = ["{N} shirts", "{R} shirts per hour", "{w} per hour"]
    ans = ["The labor cost is about {ans} per shirt.", "That works out to {ans} per shirt.", "Each shirt costs about {ans} in labor."]
    return g, steps, S(2), probs, gph, ans


def t_loyalty(r):
    b = r.choice(['3.50', '3.75', '4.00', '4.50'])
    a = str(Fr(b) - Fr(r.choice(['0.50', '0.75', '1.00'])))
    a = plain(Fr(a), 2)
    g = dict(F=(r.choice(['10', '15', '20', '25']), 'money', ''),
             b=(b, 'money', ''), a=(a, 'money', ''),
             N=(str(r.randint(24, 52)), 'qty', 'washes'))
    steps = [st(mul(G('N'), G('b')), 'money', '', 'Regular cost', 'Cost without the card', 'the cost without the card'),
             st(mul(G('N'), G('a')), 'money', '', 'Card washes', 'Cost of the washes with the card', 'the cost of the washes with the card'),
             st(add(G('F'), S(1)), 'money', '', 'Card total', 'Add the card fee', 'the total with the card'),
             st(sub(S(0), S(2)), 'money', '', 'Savings', 'Find the savings', 'the savings')]
    probs = ["{shop} sells a loyalty card for {F}. With the card a wash costs {a} instead of {b}. If {name} does {N} washes this year, how much does the card save?",
             "A wash normally costs {b}, but card holders pay {a}. The card itself costs {F}. How much money does {name} save over {N} washes by buying the card?",
             "{name} is deciding whether to buy a {F} laundromat membership that lowers each wash from {b} to {a}. For {N} washes, how much would {name} save with the membership?"]
    gph = ["card fee: {F}", "regular wash: {b}", "card wash: {a}", "{N} washes"]
    ans = ["The card saves {ans}.", "{name} saves {ans} with the card.", "So buying the card saves {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_hotel_linens(r):
    g = dict(A=(str(r.randint(4, 15)), 'qty', 'comforters'),
             c=(r.choice(['18.50', '22.00', '24.75', '27.50']), 'money', ''),
             B=(str(r.randint(6, 20)), 'qty', 'covers'),
             d=(r.choice(['6.25', '7.50', '8.95', '5.80']), 'money', ''),
             w=(str(r.randint(4, 8)), 'qty', 'weeks'),
             t=(r.choice(['6', '7', '8.25', '8.5']), 'pct', ''))
    steps = [st(mul(G('A'), G('c')), 'money', '', 'Comforters', 'Cost of comforters', 'the comforter cost'),
             st(mul(G('B'), G('d')), 'money', '', 'Duvet covers', 'Cost of duvet covers', 'the duvet cover cost'),
             st(add(S(0), S(1)), 'money', '', 'Weekly cost', 'Weekly total', 'the weekly cost'),
             st(mul(S(2), G('w')), 'money', '', 'Cost before tax', 'Multiply by the number of weeks', 'the cost before tax'),
             st(mul(S(3), G('t')), 'money', '', 'Sales tax', 'Find the tax', 'the sales tax'),
             st(add(S(3), S(4)), 'money', '', 'Total with tax', 'Add the tax', 'the total with tax')]
    probs = ["A hotel sends {A} comforters and {B} duvet covers to {shop} every week. Comforters cost {c} each to clean and duvet covers cost {d} each. Sales tax is {t}. How much does the hotel pay over {w} weeks?",
             "Every week an inn has {A} comforters ({c} each) and {B} duvet covers ({d} each) dry-cleaned. With {t} tax added, what is the total for {w} weeks?",
             "{name} manages a motel that sends out {A} comforters and {B} duvet covers weekly. The cleaner charges {c} per comforter and {d} per cover, plus {t} sales tax. What is the cost for {w} weeks?"]
    gph = ["{A} comforters at {c}", "{B} duvet covers at {d}", "{w} weeks", "{t} tax"]
    ans = ["The total comes to {ans}.", "The hotel pays {ans} for the {w} weeks.", "Including tax, the cost is {ans}."]
    return g, steps, S(5), probs, gph, ans


def t_water(r):
    g = dict(G=(r.choice(['18', '20', '25', '28', '30', '35']), 'qty', 'gallons'),
             X=(str(r.randint(8, 20)), 'qty', 'machines'),
             n=(str(r.randint(5, 10)), 'qty', 'cycles'),
             k=(r.choice(['4.50', '5.25', '6.80', '7.10']), 'money', ''))
    steps = [st(mul(G('G'), G('X'), G('n')), 'qty', 'gallons', 'Gallons per day', 'Find the daily water use', 'the daily water use'),
             st(mul(S(0), K('7')), 'qty', 'gallons', 'Gallons per week', 'Find the weekly water use', 'the weekly water use'),
             st(div(S(1), K('1000')), 'qty', 'thousand gallons', 'Thousands of gallons', 'Convert to thousands of gallons', 'the number of thousands of gallons', maxd=3),
             st(mul(S(2), G('k')), 'money', '', 'Water bill', 'Find the weekly water bill', 'the weekly water bill')]
    probs = ["Each washer at {shop} uses {G} gallons of water per cycle. There are {X} washers, and each runs {n} cycles a day. Water costs {k} per 1,000 gallons. What is the weekly water bill (7 days)?",
             "A laundromat has {X} machines that each run {n} cycles daily, using {G} gallons per cycle. The city charges {k} per thousand gallons. How much is the water bill for a week?",
             "{name} wants to estimate a laundromat's water cost. There are {X} washers, {n} cycles per washer per day, {G} gallons per cycle, and water is {k} per 1,000 gallons. What does one 7-day week of water cost?"]
    gph = ["{G} gallons per cycle", "{X} machines", "{n} cycles per day", "{k} per 1,000 gallons"]
    ans = ["The weekly water bill is about {ans}.", "Water costs about {ans} per week.", "So the week's water comes to about {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_roommates(r):
    g = dict(R=(r.choice(['2', '3', '4', '3']), 'qty', 'roommates'),
             L=(str(r.randint(6, 15)), 'qty', 'loads'),
             w=(r.choice(['2.25', '2.50', '3.00', '3.50']), 'money', ''),
             d=(r.choice(['1.50', '1.75', '2.00', '2.25']), 'money', ''))
    steps = [st(add(G('w'), G('d')), 'money', '', 'Cost per load', 'Find the cost per load', 'the cost per load'),
             st(mul(G('L'), S(0)), 'money', '', 'Total cost', 'Find the total', 'the total cost'),
             st(div(S(1), G('R')), 'money', '', 'Each person', 'Split the cost', "each person's share")]
    probs = ["{R} roommates share the laundry bill. This month they did {L} loads; each load costs {w} to wash and {d} to dry. If they split the cost evenly, how much does each roommate pay (to the nearest cent)?",
             "{name} and the other roommates ({R} people in all) split laundromat costs equally. Washing is {w} a load and drying is {d} a load, and they ran {L} loads. What is each person's share?",
             "At {shop}, a wash is {w} and a dry is {d}. A group of {R} roommates washes and dries {L} loads and divides the total evenly. How much does each roommate owe?"]
    gph = ["{R} roommates", "{L} loads", "wash {w}", "dry {d}"]
    ans = ["Each roommate pays about {ans}.", "Each person's share is {ans}.", "They each owe {ans}."]
    return g, steps, S(2), probs, gph, ans


def t_dryer_roundup(r):
    q = r.choice([6, 7, 8, 9, 10])
    T = r.randint(35, 70)
    while T % q == 0:
        T += 1
    g = dict(q=(str(q), 'qty', 'minutes'), T=(str(T), 'qty', 'minutes'),
             N=(str(r.randint(2, 6)), 'qty', 'loads'), c=('0.25', 'money', ''))
    steps = [st(div(G('T'), G('q')), 'qty', 'quarters', 'Quarters per load', 'Find the quarters per load', 'the number of quarters per load', ceil='quarters'),
             st(mul(C(0), G('c')), 'money', '', 'Cost per load', 'Find the cost per load', 'the dryer cost per load'),
             st(mul(G('N'), S(1)), 'money', '', 'Total', 'Find the total', 'the total dryer cost')]
    probs = ["A dryer at {shop} runs {q} minutes for each quarter. {name}'s loads each need {T} minutes to dry. How much does it cost to dry {N} loads? (The dryer only accepts whole quarters.)",
             "Dryers give {q} minutes per {c}. If each of {name}'s {N} loads needs at least {T} minutes, how much will drying cost in total?",
             "{name} needs {T} minutes of dryer time for every load and has {N} loads. Each quarter buys {q} minutes. What is the total drying cost?"]
    gph = ["{q} minutes per quarter", "{T} minutes per load", "{N} loads"]
    ans = ["Drying costs {ans} in total.", "{name} spends {ans} on the dryers.", "The total drying cost is {ans}."]
    return g, steps, S(2), probs, gph, ans


def t_delivery_tip(r):
    g = dict(W=(r.choice([str(x) for x in range(12, 36)] + ['18.5', '22.5', '27.5']), 'qty', 'lb'),
             p=(r.choice(['1.60', '1.75', '1.95', '2.15']), 'money', ''),
             f=(r.choice(['3.99', '4.95', '5.00', '6.50']), 'money', ''),
             t=(r.choice(['10', '15', '18', '20']), 'pct', ''))
    steps = [st(mul(G('W'), G('p')), 'money', '', 'Laundry charge', 'Find the laundry charge', 'the laundry charge'),
             st(add(S(0), G('f')), 'money', '', 'Subtotal', 'Add the delivery fee', 'the subtotal'),
             st(mul(S(1), G('t')), 'money', '', 'Tip', 'Find the tip', 'the tip'),
             st(add(S(1), S(2)), 'money', '', 'Total', 'Add the tip', 'the total')]
    probs = ["{name} orders laundry delivery: {W} pounds at {p} per pound, plus a {f} delivery fee. {name} tips the driver {t} of the subtotal, rounded to the nearest cent. What is the total?",
             "A delivery laundry service charges {p}/lb and a flat {f} delivery fee. For {W} lb of laundry, with a {t} tip on the subtotal (to the nearest cent), how much is paid?",
             "{shop} picks up {W} pounds of {name}'s laundry, charging {p} per pound and {f} for delivery. Adding a {t} tip on that subtotal, what does {name} pay in all?"]
    gph = ["{W} lb", "{p} per lb", "{f} delivery fee", "{t} tip"]
    ans = ["{name} pays {ans} in all.", "The total with tip is {ans}.", "Altogether that's {ans}."]
    return g, steps, S(3), probs, gph, ans


def t_weekly_average(r):
    g = dict(a=(str(r.randint(18, 60)), 'qty', 'loads'), b=(str(r.randint(18, 60)), 'qty', 'loads'),
             c=(str(r.randint(18, 60)), 'qty', 'loads'), d=(str(r.randint(18, 60)), 'qty', 'loads'),
             e=(str(r.randint(18, 60)), 'qty', 'loads'),
             p=(r.choice(['3.25', '3.50', '4.75', '4.25']), 'money', ''))
    steps = [st(add(G('a'), G('b'), G('c'), G('d'), G('e')), 'qty', 'loads', 'Total loads', 'Add the loads', 'the total number of loads'),
             st(div(S(0), K('5')), 'qty', 'loads', 'Average per day', 'Find the daily average', 'the average per day', maxd=1),
             st(mul(S(1), G('p')), 'money', '', 'Average daily revenue', 'Find the average revenue', 'the average daily revenue')]
    probs = ["{shop} washed {a}, {b}, {c}, {d}, and {e} loads from Monday through Friday. Each load brings in {p}. What was the average revenue per day?",
             "Over five weekdays a laundromat ran {a}, {b}, {c}, {d} and {e} loads. At {p} per load, what is the average daily revenue?",
             "{name} tracked the loads at a laundromat for a week of weekdays: {a}, {b}, {c}, {d}, {e}. If each load costs customers {p}, how much did the laundromat take in per day on average?"]
    gph = ["loads: {a}, {b}, {c}, {d}, {e}", "{p} per load"]
    ans = ["The average daily revenue is {ans}.", "On average the laundromat made {ans} per day.", "That's {ans} per day on average."]
    return g, steps, S(2), probs, gph, ans


def t_payback(r):
    g = dict(Cw=(str(50 * r.randint(24, 68)), 'money', ''),
             e=(r.choice(['2.50', '3.00', '3.25', '2.75']), 'money', ''),
             L=(str(r.randint(6, 14)), 'qty', 'loads'))
    steps = [st(mul(G('e'), G('L')), 'money', '', 'Daily earnings', 'Find the daily earnings', 'the amount earned per day'),
             st(div(G('Cw'), S(0)), 'qty', 'days', 'Days to pay off', 'Find the payback time', 'the payback time', ceil='days')]
    probs = ["{shop} buys a new washer for {Cw}. It earns {e} in profit per load and runs {L} loads a day. How many full days until the washer has paid for itself?",
             "A new commercial washer costs {Cw}. If it makes {e} profit per load and does {L} loads per day, after how many whole days will it be paid off?",
             "{name} is replacing a washer that costs {Cw}. Each load earns {e} after expenses, and the machine averages {L} loads per day. How many days does it take to earn back the cost (count whole days)?"]
    gph = ["washer cost: {Cw}", "{e} per load", "{L} loads per day"]
    ans = ["The washer pays for itself after {ans} days.", "It takes {ans} days.", "So {ans} days are needed."]
    return g, steps, C(1), probs, gph, ans


def t_compare_pricing(r):
    g = dict(W=(str(r.randint(10, 30)), 'qty', 'lb'),
             p=(r.choice(['1.50', '1.75', '1.99', '2.25']), 'money', ''),
             n=(str(r.randint(8, 25)), 'qty', 'items'),
             q=(r.choice(['1.25', '2.00', '2.50', '3.10']), 'money', ''))
    steps = [st(mul(G('W'), G('p')), 'money', '', 'Per-pound price', 'Price by the pound', 'the per-pound price'),
             st(mul(G('n'), G('q')), 'money', '', 'Per-item price', 'Price by the item', 'the per-item price'),
             None]
    probs = ["{name} has {n} items of clothing weighing {W} pounds in total. {shop} charges {p} per pound, while a competitor charges {q} per item. How much cheaper is the cheaper option?",
             "One cleaner charges {p} per pound; another charges {q} per garment. {name}'s bag has {n} garments and weighs {W} lb. What is the difference between the two prices?",
             "A laundry bag with {n} pieces weighs {W} pounds. Option A: {p} per pound. Option B: {q} per piece. By how much do the two options differ?"]
    gph = ["{W} lb", "{n} items", "{p} per lb", "{q} per item"]
    ans = ["The cheaper option saves {ans}.", "The difference is {ans}.", "The two prices differ by {ans}."]
    return g, steps, S(2), probs, gph, ans


def t_cents(r):
    g = dict(k=(str(r.randint(2, 6)), 'qty', 'pods'),
             a=(r.choice(['85', '75', '95', '65']), 'qty', 'cents'),
             m=(str(r.randint(2, 8)), 'qty', 'sheets'),
             b=(r.choice(['35', '40', '25', '45']), 'qty', 'cents'),
             P=(r.choice(['10', '20']), 'money', ''))
    steps = [st(mul(G('k'), G('a')), 'qty', 'cents', 'Pods', 'Cost of the pods', 'the cost of the pods'),
             st(mul(G('m'), G('b')), 'qty', 'cents', 'Dryer sheets', 'Cost of the dryer sheets', 'the cost of the dryer sheets'),
             st(add(S(0), S(1)), 'qty', 'cents', 'Total in cents', 'Total in cents', 'the total in cents'),
             st(div(S(2), K('100')), 'money', '', 'In dollars', 'Convert to dollars', 'the total in dollars'),
             st(sub(G('P'), S(3)), 'money', '', 'Change', 'Find the change', 'the change')]
    probs = ["The vending machine at {shop} sells detergent pods for {a} cents each and dryer sheets for {b} cents each. {name} buys {k} pods and {m} dryer sheets and pays with a {P} bill. How much change does {name} get?",
             "{name} buys {k} detergent pods at {a} cents apiece and {m} dryer sheets at {b} cents apiece, paying with {P}. What is the change in dollars?",
             "Laundromat supplies: pods are {a}¢ each, dryer sheets are {b}¢ each. If {name} gets {k} pods and {m} sheets and hands over {P}, how much change comes back?"]
    gph = ["{k} pods at {a} cents", "{m} sheets at {b} cents", "paid {P}"]
    ans = ["{name} gets {ans} in change.", "The change is {ans}.", "So {ans} comes back as change."]
    return g, steps, S(4), probs, gph, ans


TEMPLATES = [('washfold', t_washfold), ('cycle_time', t_cycle_time), ('coin_dryer', t_coin_dryer),
             ('dryclean_order', t_dryclean_order), ('detergent_jugs', t_detergent), ('revenue_profit', t_revenue_profit),
             ('machine_capacity', t_capacity), ('oz_to_lb', t_oz_to_lb), ('price_increase', t_price_increase),
             ('open_hours_cycles', t_open_hours), ('pressing_labor', t_pressing), ('loyalty_card', t_loyalty),
             ('hotel_linens', t_hotel_linens), ('water_usage', t_water), ('roommates_split', t_roommates),
             ('dryer_quarters', t_dryer_roundup), ('delivery_tip', t_delivery_tip), ('weekly_average', t_weekly_average),
             ('washer_payback', t_payback), ('compare_pricing', t_compare_pricing), ('vending_cents', t_cents)]

STYLES = ['gpt4o_md', 'claude_bold', 'bullets', 'prose', 'latex_inline', 'latex_display', 'table', 'terse',
          'gsm8k', 'tutor', 'llama_steps']


# ---------------------------------------------------------------- computing
def build(tname, tfun, r):
    g, steps, ans, probs, gph, anss = tfun(r)
    gv = {}
    for k, (s, kind, unit) in g.items():
        v = Fr(s)
        if kind == 'pct':
            v = v / 100
        gv[k] = (v, dec_of(s), kind, unit, s)
    if tname == 'compare_pricing':
        a = gv['W'][0] * gv['p'][0]
        b = gv['n'][0] * gv['q'][0]
        if a == b:
            raise Bad('tie')
        steps[2] = st(sub(S(0), S(1)) if a > b else sub(S(1), S(0)), 'money', '', 'Difference',
                      'Compare the two prices', 'the difference')
    return dict(g=g, gv=gv, steps=steps, ans=ans, probs=probs, gph=gph, anss=anss)


def settle(exact, s):
    if s['k'] == 'money':
        if (exact * 100).denominator == 1:
            return '=', exact, (0 if exact.denominator == 1 else 2)
        return '≈', rhu(exact, 2), 2
    d = min_dec(exact, s['maxd'])
    if d is not None:
        return '=', exact, d
    return '≈', rhu(exact, s['rd']), s['rd']


def alt_op(op):
    return {'*': ['+'], '+': ['-', '*'], '-': ['+'], '/': ['*', '-']}[op]


def wrong_op_value(node, ctx):
    op = node[0]
    vals = [ctx.ev(c) for c in node[1]]
    head = apply(op, vals[:-1]) if len(vals) > 2 else vals[0]
    out = []
    for a in alt_op(op):
        try:
            out.append(apply(a, [head, vals[-1]]))
        except ZeroDivisionError:
            pass
    return out


def compute(P, fault=None, mode=None):
    """fault: (idx, Fr value, dec). returns list of dict per step."""
    ctx = Ctx(P['gv'])
    out = []
    for i, s in enumerate(P['steps']):
        exact = ctx.ev(s['e'])
        if exact <= 0:
            raise Bad('nonpositive')
        rel, val, d = settle(exact, s)
        ent = dict(exact=exact, rel=rel, val=val, dec=d, sval=val, sdec=d,
                   ops_ctx=(list(ctx.used), list(ctx.ceil)))
        uval, udec = val, d
        if fault is not None and fault[0] == i:
            ent['sval'], ent['sdec'] = fault[1], fault[2]
            if mode == 'carry':
                uval, udec = fault[1], fault[2]
        ctx.used.append((uval, udec))
        ent['uval'], ent['udec'] = uval, udec
        if s['ceil']:
            if uval.denominator == 1:
                raise Bad('integer ceil source')
            ctx.ceil.append(math.ceil(uval))
            ent['ceilv'] = math.ceil(uval)
            if fault is None and ent['ceilv'] < 2:
                raise Bad('trivial ceil')
        else:
            ctx.ceil.append(None)
        out.append(ent)
    return out, ctx


def final_of(P, ents, ctx, trim=False):
    f = final_raw(P, ents, ctx)
    if trim and '.' in f:
        f = f.rstrip('0').rstrip('.')
    return f


def final_raw(P, ents, ctx):
    a = P['ans']
    if a[0] == 'c':
        return str(ctx.ceil[a[1]])
    v, d = ctx.used[a[1]]
    s = P['steps'][a[1]]
    if s['k'] == 'money':
        return plain(v, 0) if v.denominator == 1 else plain(v, 2)
    return plain(v, d)


# ---------------------------------------------------------------- faults
def digits_variants(s, kind, money):
    """string-level fault candidates for written plain number s"""
    ip, _, fp = s.partition('.')
    cands = []
    if kind == 'swap_digits':
        ds = ip + fp
        for i in range(len(ds) - 1):
            if ds[i] != ds[i + 1]:
                t = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
                cands.append(t[:len(ip)] + ('.' + t[len(ip):] if fp else ''))
    elif kind == 'drop_digit':
        for i in range(len(ip)):
            if len(ip) > 1:
                cands.append(ip[:i] + ip[i + 1:] + ('.' + fp if fp else ''))
        if not money:
            for i in range(len(fp)):
                nf = fp[:i] + fp[i + 1:]
                cands.append(ip + ('.' + nf if nf else ''))
    elif kind == 'double_digit':
        for i in range(len(ip)):
            cands.append(ip[:i + 1] + ip[i] + ip[i + 1:] + ('.' + fp if fp else ''))
        if not money:
            for i in range(len(fp)):
                cands.append(ip + '.' + fp[:i + 1] + fp[i] + fp[i + 1:])
    elif kind == 'decimal_shift':
        v = Fr(s)
        d = dec_of(s)
        cands.append(plain(v * 10, d))
        if (v / 10 * 10 ** d).denominator == 1:
            cands.append(plain(v / 10, d))
        elif not money:
            cands.append(plain(v / 10, d + 1))
    out = []
    for c in cands:
        ci = c.partition('.')[0]
        if len(ci) > 1 and ci[0] == '0':
            continue
        if c == s:
            continue
        out.append(c)
    return out


def fault_candidates(kind, P, i, ents, ctx_used_before, written):
    s = P['steps'][i]
    ent = ents[i]
    money = s['k'] == 'money'
    d = ent['dec']
    if money and d == 0 and kind in ('off_by_one', 'off_by_ten'):
        pass
    v = ent['val']
    cands = []
    if kind == 'off_by_one':
        cands = [plain(v + 1, d), plain(v - 1, d)]
    elif kind == 'off_by_ten':
        cands = [plain(v + 10, d), plain(v - 10, d)]
    elif kind == 'wrong_op':
        ctx = Ctx(P['gv'])
        ctx.used, ctx.ceil = ctx_used_before
        for w in wrong_op_value(s['e'], ctx):
            if w <= 0:
                continue
            if ent['rel'] == '≈':
                cands.append(plain(rhu(w, d), d))
                continue
            md = min_dec(w, 2 if money else 3)
            if md is None:
                continue
            if money:
                md = 0 if w.denominator == 1 else 2
            cands.append(plain(w, md))
    else:
        cands = digits_variants(written, kind, money)
    good = []
    for c in cands:
        if c.startswith('-'):
            continue
        w = Fr(c)
        if w <= 0:
            continue
        dw = dec_of(c)
        if abs(w - ent['exact']) <= Fr(1, 2) / 10 ** dw:
            continue
        if money and dw not in (0, 2):
            continue
        if money and dw == 0 and ent['dec'] == 2:
            continue
        good.append(c)
    return good


# ---------------------------------------------------------------- rendering
class Fmt:
    def __init__(self, **kw):
        self.mul = '×'
        self.div = '÷'
        self.minus = '−'
        self.plus = '+'
        self.sep = ','
        self.cur = '$'
        self.cents = True
        self.op_units = False
        self.res_units = True
        self.latex = None
        self.pct_dec = False
        self.pct = '%'
        self.bold = False
        self.tight = False
        self.trim = False
        self.worded = False
        self.__dict__.update(kw)


def style_fmt(style, pid):
    p = lambda key, opts: pk(pid, 'fmt-' + key, opts)
    if style == 'gpt4o_md':
        return Fmt(mul='×', div=p('div', ['÷', '/']), minus=p('mi', ['−', '-']), bold=True,
                   op_units=p('ou', [True, False]), pct_dec=p('pd', [False, True]))
    if style == 'claude_bold':
        return Fmt(mul='×', div='÷', minus='−', op_units=p('ou', [False, True]), cents=p('c', [True, False]))
    if style == 'bullets':
        return Fmt(mul=p('mul', ['×', 'x']), div=p('div', ['÷', '/']), minus=p('mi', ['−', '-']),
                   op_units=p('ou', [True, False]), cents=p('c', [True, False]))
    if style == 'prose':
        return Fmt(mul=p('mul', ['×', 'x', '·']), div=p('div', ['÷', '/']), minus=p('mi', ['−', '-']),
                   cents=p('c', [True, False]), pct_dec=p('pd', [False, True]))
    if style == 'latex_inline':
        return Fmt(mul='\\times', div=p('div', ['frac', '\\div']), minus='-', cur='\\$', latex='inline',
                   pct='\\%', res_units=False, pct_dec=p('pd', [False, True]))
    if style == 'latex_display':
        return Fmt(mul=p('mul', ['\\times', '\\cdot']), div=p('div', ['frac', '\\div']), minus='-', cur='\\$',
                   sep='{,}', latex='display', pct='\\%', pct_dec=p('pd', [True, False]))
    if style == 'table':
        return Fmt(mul=p('mul', ['×', '*']), div=p('div', ['÷', '/']), minus=p('mi', ['−', '-']),
                   cents=p('c', [True, False]))
    if style == 'terse':
        return Fmt(mul=p('mul', ['*', '×', '·', 'x']), div='/', minus='-', res_units=p('ru', [False, True]),
                   cents=p('c', [False, True]), pct_dec=p('pd', [True, False]))
    if style == 'gsm8k':
        return Fmt(mul='*', div='/', minus='-', sep='', cur='', cents=False, pct_dec=True, tight=True, trim=True)
    if style == 'tutor':
        return Fmt(mul='times', div='divided by', minus='minus', plus='plus', worded=True,
                   op_units=p('ou', [True, False]), cents=p('c', [False, True]))
    if style == 'llama_steps':
        return Fmt(mul=p('mul', ['*', '×']), div='/', minus='-', cents=True, op_units=p('ou', [False, True]))
    raise ValueError(style)


def fnum(v, d, F, trim=False):
    s = plain(v, d)
    if trim and '.' in s:
        s = s.rstrip('0').rstrip('.')
    return group(s, F.sep)


def unit_str(u, F):
    if not u:
        return ''
    if F.latex == 'display':
        return '\\text{ ' + u + '}'
    if F.latex == 'inline':
        return ''
    return ' ' + u


def money_str(v, d, F, trim=False):
    if d == 0 and F.cents and v.denominator == 1 and not trim:
        d = 2
    return F.cur + fnum(v, d, F, trim=trim)


def val_str(v, d, kind, unit, F, units, trim=False):
    if kind == 'money':
        return money_str(v, d, F, trim)
    return fnum(v, d, F, trim) + (unit_str(unit, F) if units else '')


PREC = {'+': 1, '-': 1, '*': 2, '/': 2}


class Renderer:
    def __init__(self, P, F, ents):
        self.P, self.F, self.ents = P, F, ents

    def leaf(self, node, used, ceil, units):
        F = self.F
        t = node[0]
        if t == 'g':
            v, d, kind, unit, s = self.P['gv'][node[1]]
            if kind == 'pct':
                if F.pct_dec:
                    return plain(v, min_dec(v, 6))
                return s + F.pct
            return val_str(v, d, kind, unit, F, units, trim=F.trim)
        if t == 's':
            v, d = used[node[1]]
            s = self.P['steps'][node[1]]
            return val_str(v, d, s['k'], s['u'], F, units, trim=F.trim)
        if t == 'c':
            s = self.P['steps'][node[1]]
            return fnum(Fr(ceil[node[1]]), 0, F) + (unit_str(s['ceil'], F) if units else '')
        if t == 'k':
            v = Fr(node[1])
            return val_str(v, min_dec(v, 6), node[2], node[3], F, units, trim=F.trim)
        if t == 'v':
            return val_str(node[1], node[2], node[3], node[4], F, units, trim=F.trim)
        raise ValueError(t)

    def expr(self, node, used, ceil, units=None):
        F = self.F
        if units is None:
            units = F.op_units
        t = node[0]
        if t in ('g', 's', 'c', 'k', 'v'):
            return self.leaf(node, used, ceil, units)
        if t == '/' and F.div == 'frac':
            return '\\frac{%s}{%s}' % (self.expr(node[1][0], used, ceil, False), self.expr(node[1][1], used, ceil, False))
        sym = {'+': F.plus, '-': F.minus, '*': F.mul, '/': F.div}[t]
        parts = []
        for j, c in enumerate(node[1]):
            s = self.expr(c, used, ceil, units)
            if c[0] in PREC and (PREC[c[0]] < PREC[t] or (j > 0 and PREC[c[0]] == PREC[t] and t in '-/')):
                s = '(' + s + ')'
            parts.append(s)
        j = sym if F.tight else ' ' + sym + ' '
        return j.join(parts)

    def kind_of(self, node):
        t = node[0]
        if t == 'g':
            g = self.P['gv'][node[1]]
            return g[2], g[3]
        if t == 's':
            s = self.P['steps'][node[1]]
            return s['k'], s['u']
        if t == 'k':
            return node[2], node[3]
        if t == 'c':
            return 'qty', self.P['steps'][node[1]]['ceil']
        return self.kind_of(node[1][0])

    def calc(self, i, written=True):
        """returns dict(lhs, mid, rel, res, resnum, ceil) pieces."""
        F = self.F
        s = self.P['steps'][i]
        ent = self.ents[i]
        used, ceil = ent['ops_ctx']
        ctx = Ctx(self.P['gv'])
        ctx.used, ctx.ceil = used, ceil
        lhs = self.expr(s['e'], used, ceil)
        mid = None
        if s['chain'] and any(c[0] in PREC for c in s['e'][1]):
            kids = []
            for c in s['e'][1]:
                if c[0] in PREC:
                    v = ctx.ev(c)
                    k, u = self.kind_of(c)
                    kids.append(('v', v, min_dec(v, 6), k, u))
                else:
                    kids.append(c)
            mid = self.expr((s['e'][0], kids), used, ceil)
        v, d = ent['sval'], ent['sdec']
        trim = F.trim and ent['rel'] == '='
        resnum = fnum(v, d, F, trim=trim)
        if s['k'] == 'money':
            res = money_str(v, d, F, trim=trim)
            resnum_plain = res.replace(F.cur, '')
        else:
            res = resnum + unit_str(s['u'], F) if F.res_units else resnum
            resnum_plain = resnum
        c = None
        if s['ceil']:
            cu = F.sep
            cu = s['ceil'][:-1] if ent['ceilv'] == 1 and s['ceil'].endswith('s') else s['ceil']
            c = (fnum(Fr(ent['ceilv']), 0, F), cu)
        written_plain = resnum_plain.replace('{,}', '').replace(',', '')
        return dict(lhs=lhs, mid=mid, rel=ent['rel'], res=res, ceil=c, written=written_plain)

    def eq(self, i, bold=None, relmap=None):
        """standard one-line computation text"""
        F = self.F
        c = self.calc(i)
        if F.latex:
            rel = {'=': '=', '≈': '\\approx'}[c['rel']]
        else:
            rel = c['rel']
        res = c['res']
        if bold if bold is not None else F.bold:
            res = '**' + res + '**'
        segs = [c['lhs']]
        if c['mid']:
            segs.append(c['mid'])
        if F.worded:
            txt = c['lhs']
            if c['mid']:
                txt += pk(self.P['pid'], 'wm%d' % i, [' equals ', ', which equals ']) + c['mid']
            if c['rel'] == '=':
                txt += pk(self.P['pid'], 'wr%d' % i, [' equals ', ', which equals ', ' — that gives us ', ', which is '])
            else:
                txt += pk(self.P['pid'], 'wr%d' % i, [' is about ', ', which is about '])
            txt += res
        else:
            txt = (' = '.join(segs)) + ' ' + rel + ' ' + res
        return txt, c


def check_line(R, P, ents, F):
    """verification computation for the last main step (None if not neat)"""
    last = len(P['steps']) - 1
    s = P['steps'][last]
    ent = ents[last]
    if ent['rel'] != '=' or s['e'][0] not in ('+', '-', '/') or s['ceil']:
        return None
    used, ceil = ent['ops_ctx']
    ctx = Ctx(P['gv'])
    ctx.used, ctx.ceil = used, ceil
    kids = s['e'][1]
    res = ('v', ent['uval'], ent['udec'], s['k'], s['u'])
    op = s['e'][0]
    if op == '+':
        if len(kids) > 2:
            return None
        node = ('-', [res, kids[-1]])
        other = kids[0]
    elif op == '-':
        node = ('+', [res, kids[1]])
        other = kids[0]
    else:
        node = ('*', [res, kids[1]])
        other = kids[0]
    v = ctx.ev(node)
    if v <= 0:
        return None
    d = min_dec(v, 4)
    if d is None:
        return None
    k, u = R.kind_of(other)
    if k == 'pct':
        return None
    if k == 'money' and d not in (0, 2):
        if d == 1:
            d = 2
        else:
            return None
    lhs = R.expr(node, used, ceil)
    rhs = val_str(v, d, k, u, F, F.res_units if k != 'money' else False)
    rel = '='
    return lhs + ' ' + rel + ' ' + rhs + ' ✓'


INTROS = {
    'gpt4o_md': ["Let's break this down step by step.", "Let's solve this step by step.", "To find the answer, we'll work through it one step at a time."],
    'claude_bold': ["I'll work through this step by step.", "Let me work through this carefully.", "Let's break this down."],
    'bullets': ["Here's the breakdown:", "Let's break this down.", "Working it out:"],
    'prose': ["Let's break this down.", "Let's work through the problem.", ""],
    'latex_inline': ["Let's compute each piece.", "We can solve this in a few steps.", "Let's set up the calculation."],
    'latex_display': ["Let's solve this step by step.", "We'll go through the calculation carefully.", "Here is the step-by-step solution."],
    'table': ["Let's organize the calculation in a table.", "Here's the calculation laid out:", "Let's break this down."],
    'terse': [""],
    'gsm8k': [""],
    'tutor': ["Great question! Let's work through it together.", "Sure! Let's take this one piece at a time.", "Good one! We'll go slowly so every step is clear."],
    'llama_steps': [""],
}
CONN = ['First,', 'Next,', 'Then', 'After that,', 'Now', 'Finally,']


def cap(s):
    return s[0].upper() + s[1:] if s else s


def render(P, style, ents, ctx_final, final_str, pid):
    F = style_fmt(style, pid)
    Rr = Renderer(P, F, ents)
    n = len(P['steps'])
    lines = []
    where = {}
    key = lambda k: pk(pid, 'r-' + k, [0, 1, 2, 3, 4, 5])
    intro = pk(pid, 'intro', INTROS[style])
    gfmt = P['gfmt']
    gph = [x.format(**gfmt) for x in P['gph']]
    ansv = ctx_final
    anss = pk(pid, 'anss', P['anss'])
    names = dict(gfmt)

    def ans_text(bold=False, latex=False):
        a = P['ans']
        s = P['steps'][a[1]]
        if a[0] == 'c':
            t = final_str
        elif s['k'] == 'money':
            v = Fr(final_str)
            t = money_str(v, 0 if v.denominator == 1 else 2, F if not latex else F)
        else:
            t = group(final_str, F.sep)
        if latex:
            t = '\\( ' + t + ' \\)'
        if bold:
            t = '**' + t + '**'
        return t

    def ceil_txt(i, c, mode='arrow'):
        if not c['ceil']:
            return ''
        num, u = c['ceil']
        if mode == 'arrow':
            return ' → ' + num + ' ' + u
        if mode == 'words':
            return pk(pid, 'cw%d' % i, [', so round up to ', ', which rounds up to ']) + num + ' ' + u
        if mode == 'latex':
            return ' \\to ' + num + '\\text{ ' + u + '}'
        return ''

    use_given = pr(pid, 'given') < 0.5
    use_check = pr(pid, 'check')
    chk = check_line(Rr, P, ents, F)
    closing = anss.format(ans='{ANS}', **{k: v for k, v in names.items() if k != 'ans'})

    def add_line(t):
        lines.append(t)
        return len(lines) - 1

    if style == 'gpt4o_md':
        add_line(intro)
        add_line('')
        if use_given:
            add_line('**Given:**')
            for x in gph:
                add_line('- ' + x)
            add_line('')
        form = pk(pid, 'g4form', [0, 1])
        for i in range(n):
            s = P['steps'][i]
            add_line('### Step %d: %s' % (i + 1, s['head']))
            txt, c = Rr.eq(i)
            t = (s['label'] + ' = ' + txt) if form == 0 and not s['chain'] else txt
            if c['ceil']:
                t += pk(pid, 'g4c%d' % i, [', so round up to ', ' → ']) + '**' + c['ceil'][0] + ' ' + c['ceil'][1] + '**'
            where[i] = add_line(t)
            add_line('')
        if chk and use_check < 0.3:
            add_line('✅ Check: ' + chk)
            add_line('')
        add_line('### Final Answer')
        add_line(closing.replace('{ANS}', ans_text(bold=True)))
    elif style == 'claude_bold':
        add_line(intro)
        add_line('')
        if use_given:
            add_line('Given: ' + ', '.join(gph) + '.')
            add_line('')
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            where[i] = add_line('**%s:** %s%s' % (s['label'], txt, ceil_txt(i, c)))
        if chk and use_check < 0.7:
            add_line('')
            add_line('**Check:** ' + chk)
        add_line('')
        add_line(closing.replace('{ANS}', ans_text(bold=True)))
    elif style == 'bullets':
        add_line(intro)
        add_line('')
        b = pk(pid, 'bul', ['- ', '* ', '• '])
        if use_given:
            for x in gph:
                add_line(b + cap(x))
            add_line('')
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            where[i] = add_line('%s%s: %s%s' % (b, s['label'], txt, ceil_txt(i, c)))
        if chk and use_check < 0.3:
            add_line(b + 'Check: ' + chk)
        add_line('')
        add_line(closing.replace('{ANS}', ans_text()))
    elif style == 'prose':
        if intro:
            add_line(intro)
            add_line('')
        if use_given:
            add_line("We're told: " + '; '.join(gph) + '.')
            add_line('')
        per = pk(pid, 'per', [2, 3])
        cur = []
        curidx = []
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            conn = CONN[min(i, 4)] if i < n - 1 or n == 1 else 'Finally,'
            sent = '%s %s is %s%s.' % (conn, s['desc'], txt, ceil_txt(i, c, 'words'))
            cur.append(cap(sent))
            curidx.append(i)
            if len(cur) == per or i == n - 1:
                li = add_line(' '.join(cur))
                for j in curidx:
                    where[j] = li
                cur, curidx = [], []
                add_line('')
        if chk and use_check < 0.2:
            add_line('As a quick check, ' + chk)
            add_line('')
        add_line(closing.replace('{ANS}', ans_text()))
    elif style == 'latex_inline':
        add_line(intro)
        add_line('')
        numbered = pk(pid, 'numbered', [True, False])
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            u = s['u'] if s['k'] != 'money' and not s['ceil'] else ''
            tail = (' ' + u) if u else ''
            if c['ceil']:
                tail = pk(pid, 'lc%d' % i, [', so round up to ', ', which rounds up to ']) + c['ceil'][0] + ' ' + c['ceil'][1]
            num = ('%d. ' % (i + 1)) if numbered else ''
            where[i] = add_line('%s**%s:** \\( %s \\)%s' % (num, s['label'], txt, tail))
        add_line('')
        add_line(closing.replace('{ANS}', ans_text(latex=True)))
    elif style == 'latex_display':
        add_line(intro)
        add_line('')
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            if pk(pid, 'ldh', [0, 1]) == 0:
                add_line('**Step %d: %s**' % (i + 1, s['head']))
            else:
                add_line(cap(s['desc']) + ':')
            add_line('\\[')
            where[i] = add_line(txt + ceil_txt(i, c, 'latex'))
            add_line('\\]')
            add_line('')
        add_line(closing.replace('{ANS}', ans_text(bold=True)))
    elif style == 'table':
        add_line(intro)
        add_line('')
        add_line('| Quantity | Calculation | Result |')
        add_line('|---|---|---|')
        for i in range(n):
            s = P['steps'][i]
            c = Rr.calc(i)
            calc = c['lhs'] + (' = ' + c['mid'] if c['mid'] else '')
            res = c['res'] if c['rel'] == '=' else '≈ ' + c['res']
            if c['ceil']:
                res += ' → ' + c['ceil'][0] + ' ' + c['ceil'][1]
            where[i] = add_line('| %s | %s | %s |' % (s['label'], calc, res))
        add_line('')
        if chk and use_check < 0.3:
            add_line('Check: ' + chk)
            add_line('')
        add_line(closing.replace('{ANS}', ans_text(bold=True)))
    elif style == 'terse':
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            where[i] = add_line('%s: %s%s' % (s['label'], txt, ceil_txt(i, c)))
        if chk and use_check < 0.3:
            add_line('check: ' + chk)
        add_line(pk(pid, 'tclose', ['Answer: ', 'Final: ']) + ans_text())
    elif style == 'gsm8k':
        for i in range(n):
            s = P['steps'][i]
            c = Rr.calc(i)
            if c['rel'] == '=':
                cur = '$' if s['k'] == 'money' else ''
                plain_lhs = c['lhs']
                body = '%s=%s<<%s=%s>>%s' % (plain_lhs, cur, plain_lhs, c['written'], c['written'])
                if s['k'] != 'money':
                    body += (' ' + s['u']) if s['u'] else ''
            else:
                body = '%s ≈ %s%s' % (c['lhs'], '$' if s['k'] == 'money' else '', c['res'])
            if c['ceil']:
                body += ', which rounds up to %s %s' % c['ceil']
            where[i] = add_line('%s is %s.' % (cap(s['desc']), body))
    elif style == 'tutor':
        add_line(intro)
        add_line('')
        if use_given:
            add_line("Let's list what we know: " + ', '.join(gph) + '.')
            add_line('')
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            form = pk(pid, 'tf%d' % i, [0, 1, 2])
            ct = ceil_txt(i, c, 'words')
            if form == 0:
                t = "%s let's find %s. We take %s%s." % (CONN[min(i, 4)] if i < n - 1 else 'Finally,', s['desc'], txt, ct)
            elif form == 1:
                t = 'To get %s, we do %s%s.' % (s['desc'], txt, ct)
            else:
                t = 'Now for %s: %s%s.' % (s['desc'], txt, ct)
            where[i] = add_line(cap(t))
            add_line('')
        add_line(closing.replace('{ANS}', ans_text()) + ' ' + pk(pid, 'tend', ['Nice work sticking with it!', 'Hope that helps!', 'You’ve got this!']))
    elif style == 'llama_steps':
        for i in range(n):
            s = P['steps'][i]
            txt, c = Rr.eq(i)
            add_line('## Step %d: %s' % (i + 1, s['head']))
            where[i] = add_line('%s is %s%s.' % (cap(s['desc']), txt, ceil_txt(i, c, 'words')))
            add_line('')
        add_line('The final answer is: $\\boxed{%s}$' % final_str)
    lines.append('#### ' + final_str)
    return lines, where


def gfmt_of(P, name, shop):
    out = dict(name=name, shop=shop)
    for k, (s, kind, unit) in P['g'].items():
        if kind == 'money':
            out[k] = '$' + group(s, ',')
        elif kind == 'pct':
            out[k] = s + '%'
        else:
            out[k] = group(s, ',')
    return out


def joined(lines):
    return '\n'.join(lines)


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def make_problem(pid, ti, tname, tfun, style):
    for attempt in range(200):
        r = R('num', pid, tname, attempt)
        try:
            P = build(tname, tfun, r)
            P['pid'] = pid
            ents, ctx = compute(P)
        except (Bad, ZeroDivisionError):
            continue
        if not (2 <= len(P['steps']) <= 8):
            continue
        name = r.choice(NAMES)
        shop = r.choice(SHOPS)
        P['gfmt'] = gfmt_of(P, name, shop)
        ptext = r.choice(P['probs']).format(**P['gfmt'])
        ptext = ptext[0].upper() + ptext[1:]
        final = final_of(P, ents, ctx, style == 'gsm8k')
        lines, where = render(P, style, ents, ctx, final, pid)
        # faults
        res = {}
        ok = True
        for mode in ('slip', 'carry'):
            fr = R('fault', pid, mode)
            base_kind = KINDS[(ti * 3 + pid + (0 if mode == 'slip' else 3)) % len(KINDS)]
            kinds = [base_kind] + [k for k in fr.sample(KINDS, len(KINDS)) if k != base_kind]
            idxs = list(range(len(P['steps'])))
            fr.shuffle(idxs)
            found = None
            for kind in kinds:
                for i in idxs:
                    s = P['steps'][i]
                    if mode == 'slip' and s['ceil']:
                        continue
                    F = style_fmt(style, pid)
                    written = Renderer(P, F, ents).calc(i)['written']
                    cands = fault_candidates(kind, P, i, ents, ents[i]['ops_ctx'], written)
                    fr.shuffle(cands)
                    for cand in cands:
                        wv = Fr(cand)
                        fault = (i, wv, dec_of(cand))
                        try:
                            fents, fctx = compute(P, fault, mode)
                        except (Bad, ZeroDivisionError):
                            continue
                        ffinal = final_of(P, fents, fctx, style == 'gsm8k')
                        if mode == 'carry' and Fr(ffinal) == Fr(final):
                            continue
                        if mode == 'slip' and ffinal != final:
                            continue
                        flines, fwhere = render(P, style, fents, fctx, ffinal if mode == 'carry' else final, pid)
                        fw = Renderer(P, style_fmt(style, pid), fents).calc(i)['written']
                        if Fr(fw) != wv:
                            continue
                        found = (kind, i, cand, flines, fwhere, fw)
                        break
                    if found:
                        break
                if found:
                    break
            if not found:
                ok = False
                break
            res[mode] = found
        if not ok:
            continue
        return P, ptext, final, lines, where, res, ents
    raise RuntimeError('could not build problem %d' % pid)


def make_loop(pid, lines, where, n_steps):
    r = R('loop', pid)
    comp_lines = sorted(set(where[i] for i in range(n_steps)))
    want_partial = r.random() < 0.4
    reps = r.randint(8, 30)
    for attempt in range(60):
        L = r.choice(comp_lines)
        k = min(r.randint(1, 3), L + 1)
        while k > 1 and not lines[L - k + 1].strip():
            k -= 1
        unit_lines = lines[L - k + 1:L + 1]
        part = ''
        if want_partial:
            first = unit_lines[0]
            fd = next((j for j, ch in enumerate(first) if ch.isdigit()), None)
            if fd is None:
                fd = len(first) - 1
            if fd < 3:
                continue
            part = first[:r.randint(2, fd)]
            if not part.strip():
                continue
        unit = '\n'.join(unit_lines)
        base = '\n'.join(lines[:L + 1])
        text = base + ('\n' + unit) * (reps - 1) + ('\n' + part if part else '')
        return text, [len(base) + 1, len(base) + 1 + len(unit)], reps
    L = comp_lines[-1]
    unit = lines[L]
    base = '\n'.join(lines[:L + 1])
    return base + ('\n' + unit) * (reps - 1), [len(base) + 1, len(base) + 1 + len(unit)], reps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    args = ap.parse_args()
    rows = []
    pid = 0
    order = []
    for ti in range(len(TEMPLATES)):
        for j in range(N_PER_TEMPLATE):
            order.append(ti)
    R('order').shuffle(order)
    style_bag = []
    sr = R('styles')
    for ti in order:
        tname, tfun = TEMPLATES[ti]
        if not style_bag:
            style_bag = list(STYLES)
            sr.shuffle(style_bag)
        style = style_bag.pop()
        P, ptext, final, lines, where, res, ents = make_problem(pid, ti, tname, tfun, style)
        base = dict(pid='p%04d' % pid, template=tname, style=style, problem=ptext)
        sol = joined(lines)
        rows.append(dict(base, variant='correct', solution=sol, final=final))
        for mode in ('slip', 'carry'):
            kind, i, cand, flines, fwhere, fw = res[mode]
            right = Renderer(P, style_fmt(style, pid), ents).calc(i)['written']
            rows.append(dict(base, variant=mode, solution=joined(flines), final=final,
                             span=line_span(flines, fwhere[i]), wrong=fw, right=right, step=i + 1, kind=kind))
        text, span, reps = make_loop(pid, lines, where, len(P['steps']))
        rows.append(dict(base, variant='loop', solution=text, final=final, span=span, repeats=reps))
        pid += 1
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
