"""Problem templates: grade-school word problems with exact step structure.

Each template: id, category, problem text (placeholders {var}, {n} name, {he}/{his}/{He}),
value generators, and computation steps (name, expression, label, unit).
Four number sets per template are drawn by build_problems() with a seeded RNG.
"""
import random
from fractions import Fraction as Fr
from engine import (Template, I, CH, D, M, MC, P, F, CL, is_2dp, KINDS, perturb)

NAMES = [("Maria", "she", "her"), ("James", "he", "his"), ("Aisha", "she", "her"),
         ("Carlos", "he", "his"), ("Priya", "she", "her"), ("Liam", "he", "his"),
         ("Sofia", "she", "her"), ("Noah", "he", "his"), ("Mei", "she", "her"),
         ("Omar", "he", "his"), ("Hannah", "she", "her"), ("Diego", "he", "his"),
         ("Grace", "she", "her"), ("Ethan", "he", "his"), ("Zoe", "she", "her"),
         ("Lucas", "he", "his"), ("Nina", "she", "her"), ("Ben", "he", "his")]

TEMPLATES = []


def T(tid, cat, text, gens, steps, ok=None):
    TEMPLATES.append(Template(tid, cat, text, gens, steps, ok))


# ============================================================ money with cents
T('fruit_bags', 'money',
  "{n} buys {a} bags of apples at {p} per bag and {b} bags of pears at {q} per bag. How much does {n} spend in total?",
  dict(a=I(2, 9), p=M(1, 6, unit='$/bag'), b=I(2, 9), q=M(1, 6, unit='$/bag')),
  [('apples', 'a*p', 'cost of the apples', '$'), ('pears', 'b*q', 'cost of the pears', '$'),
   ('total', 'apples+pears', 'total cost', '$')])
T('school_supplies', 'money',
  "{n} buys {a} notebooks at {p} each and {b} pens at {q} each. {He} pays with a {B} bill. How much change does {he} get?",
  dict(a=I(2, 6), p=M(1, 4, '0.25'), b=I(2, 8), q=M('0.5', 2), B=MC(20, 50)),
  [('nb', 'a*p', 'cost of the notebooks', '$'), ('pens', 'b*q', 'cost of the pens', '$'),
   ('spent', 'nb+pens', 'total spent', '$'), ('change', 'B-spent', 'change', '$')])
T('coffee_weeks', 'money',
  "{n} buys a coffee for {p} on {d} days each week. How much does {he} spend on coffee in {w} weeks?",
  dict(p=M(2, 6), d=I(3, 6), w=I(2, 8)),
  [('weekly', 'd*p', 'weekly coffee cost', '$'), ('total', 'weekly*w', 'total coffee cost', '$')])
T('lunch_split', 'money',
  "{k} coworkers order lunch together: pizza for {a}, salads for {b}, and drinks for {c}. They split the bill evenly. How much does each person pay?",
  dict(k=I(2, 5), a=M(15, 40, '0.5'), b=M(10, 30, '0.5'), c=M(5, 15, '0.25')),
  [('bill', 'a+b+c', 'total bill', '$'), ('each', 'bill/k', 'amount each person pays', '$')])
T('movie_tickets', 'money',
  "A family buys {A} adult movie tickets at {p} each and {C} child tickets at {q} each, plus a popcorn combo for {r}. What is the total cost?",
  dict(A=I(2, 4), p=M(9, 16, '0.25'), C=I(2, 5), q=M(5, 10, '0.25'), r=M(6, 14, '0.5')),
  [('adults', 'A*p', 'cost of the adult tickets', '$'), ('kids', 'C*q', 'cost of the child tickets', '$'),
   ('total', 'adults+kids+r', 'total cost', '$')])
T('save_spend', 'money',
  "{n} saves {s} every week for {w} weeks, then spends {x} on a video game. How much money does {he} have left?",
  dict(s=M(5, 25, '0.5'), w=I(4, 12), x=M(20, 80, '0.01')),
  [('saved', 's*w', 'amount saved', '$'), ('left', 'saved-x', 'money left', '$')])
T('gas_wash', 'money',
  "{n} buys {g} gallons of gas at {p} per gallon and a car wash for {c}. How much does {he} pay altogether?",
  dict(g=I(8, 16, 'gal'), p=M(3, 5, '0.1', '$/gal'), c=M(6, 12, '1')),
  [('fuel', 'g*p', 'cost of the gas', '$'), ('total', 'fuel+c', 'total paid', '$')])
T('bakery_dozen', 'money',
  "A bakery sells cookies for {p} per dozen or {q} each. {n} buys {k} dozen and {m} single cookies. How much does {he} pay?",
  dict(p=M(6, 12, '0.5'), q=M('0.75', '1.5', '0.25'), k=I(2, 5), m=I(2, 9)),
  [('dozens', 'k*p', 'cost of the dozens', '$'), ('singles', 'm*q', 'cost of the single cookies', '$'),
   ('total', 'dozens+singles', 'total cost', '$')])
T('coin_jar', 'money',
  "{n}'s coin jar has {q} quarters, {d} dimes and {k} nickels. How much money is in the jar?",
  dict(q=I(6, 40), d=I(5, 30), k=I(4, 25)),
  [('qv', 'q*0.25', 'value of the quarters', '$'), ('dv', 'd*0.1', 'value of the dimes', '$'),
   ('nv', 'k*0.05', 'value of the nickels', '$'), ('total', 'qv+dv+nv', 'total in the jar', '$')])
T('chore_money', 'money',
  "{n} earns {p} per chore and does {c} chores a week. After {w} weeks {he} buys a book for {x}. How much money does {he} have left?",
  dict(p=M('1.5', 4, '0.25'), c=I(3, 7), w=I(3, 6), x=M(10, 25, '0.01')),
  [('weekly', 'c*p', 'weekly earnings', '$'), ('earned', 'weekly*w', 'total earned', '$'),
   ('left', 'earned-x', 'money left', '$')])
T('stamps_envelopes', 'money',
  "{n} buys {s} stamps at {p} each and {e} packs of envelopes at {q} per pack. How much does {he} spend?",
  dict(s=I(5, 20), p=M('0.55', '0.75'), e=I(2, 5), q=M(2, 5, '0.25')),
  [('st', 's*p', 'cost of the stamps', '$'), ('env', 'e*q', 'cost of the envelopes', '$'),
   ('total', 'st+env', 'total cost', '$')])
T('market_pounds', 'money',
  "At the farmers' market, tomatoes cost {a} per pound and peppers cost {b} per pound. {n} buys {t} pounds of tomatoes and {u} pounds of peppers. How much does {he} spend?",
  dict(a=M(2, 4, '0.5', '$/lb'), b=M(1, 3, '0.5', '$/lb'), t=D(1, 5, '0.5', 'lb'), u=D(1, 4, '0.5', 'lb')),
  [('tom', 't*a', 'cost of the tomatoes', '$'), ('pep', 'u*b', 'cost of the peppers', '$'),
   ('total', 'tom+pep', 'total cost', '$')])
T('subscription_plan', 'money',
  "A streaming service costs {m} per month, or {y} for a full year paid at once. How much does {n} save by choosing the yearly plan?",
  dict(m=M(8, 16, '0.5'), y=M(80, 150, '1')),
  [('yearly', 'm*12', 'cost of a year of monthly payments', '$'), ('save', 'yearly-y', 'amount saved', '$')],
  ok=lambda e: e['save'] > 0)
T('parking_meter', 'money',
  "A parking lot charges {r} per hour plus an entry fee of {f}. {n} parks for {h} hours. How much does {he} pay?",
  dict(r=M('1.5', 4, '0.25', '$/h'), f=M(2, 5, '0.5'), h=I(2, 8, 'h')),
  [('time', 'h*r', 'hourly charge', '$'), ('total', 'time+f', 'total parking cost', '$')])
T('phone_plan', 'money',
  "A phone plan costs {b} per month plus {g} for each gigabyte of data. {n} uses {k} gigabytes this month. What is the bill?",
  dict(b=M(15, 35, '1'), g=M(2, 6, '0.5'), k=I(2, 12)),
  [('extra', 'k*g', 'data charge', '$'), ('bill', 'b+extra', 'monthly bill', '$')])
T('concert_fees', 'money',
  "Concert tickets cost {p} each plus a service fee of {f} per ticket. {n} buys {t} tickets. What is the total cost?",
  dict(p=M(25, 60, '0.5'), f=M(3, 8, '0.25'), t=I(2, 6)),
  [('per', 'p+f', 'cost per ticket', '$'), ('total', 'per*t', 'total cost', '$')])
T('pizza_delivery', 'money',
  "{n} orders {k} pizzas at {a} each. Delivery costs {d} and {he} adds a {t} tip. How much does {he} pay in all?",
  dict(k=I(2, 5), a=M(9, 16, '0.25'), d=M(2, 5, '0.5'), t=M(3, 8, '1')),
  [('pizzas', 'k*a', 'cost of the pizzas', '$'), ('total', 'pizzas+d+t', 'total paid', '$')])

# ============================================================ discounts / tax / tips
T('shirt_discount', 'discount',
  "A shirt costs {x}. It is on sale for {r} off. What is the sale price?",
  dict(x=M(20, 80, '1'), r=P(10, 15, 20, 25, 30, 40)),
  [('disc', 'pct(r, x)', 'discount', '$'), ('sale', 'x-disc', 'sale price', '$')])
T('jackets_off', 'discount',
  "Jackets normally cost {x} each and are marked {r} off. {n} buys {q} jackets. How much does {he} pay?",
  dict(x=M(30, 90, '1'), r=P(10, 20, 25, 30, 50), q=I(2, 4)),
  [('sale', 'off(r, x)', 'sale price of one jacket', '$'), ('total', 'sale*q', 'total paid', '$')])
T('meal_tip', 'tips',
  "{n}'s dinner bill is {b}. {He} leaves a {t} tip. How much does {he} pay in total?",
  dict(b=M(20, 90, '0.5'), t=P(10, 15, 18, 20)),
  [('tip', 'pct(t, b)', 'tip', '$'), ('total', 'b+tip', 'total paid', '$')])
T('sales_tax_items', 'tax',
  "{n} buys {a} picture frames at {p} each. Sales tax is {r}. What is the total with tax?",
  dict(a=I(2, 6), p=M(5, 20, '0.5'), r=P(5, 6, 8, 10)),
  [('sub', 'a*p', 'subtotal', '$'), ('tax', 'pct(r, sub)', 'sales tax', '$'), ('total', 'sub+tax', 'total with tax', '$')])
T('coupon_tax', 'tax',
  "A blender costs {x}. {n} uses a {c} coupon, then pays {r} sales tax on the reduced price. How much does {he} pay?",
  dict(x=M(40, 120, '1'), c=MC(5, 10, 15, 20), r=P(5, 8, 10)),
  [('after', 'x-c', 'price after the coupon', '$'), ('tax', 'pct(r, after)', 'sales tax', '$'),
   ('total', 'after+tax', 'total paid', '$')])
T('discount_split', 'discount',
  "{k} friends share a vacation rental that costs {x}. They get {r} off and split the discounted price evenly. How much does each friend pay?",
  dict(k=I(2, 6), x=M(200, 900, '10'), r=P(10, 15, 20, 25)),
  [('price', 'off(r, x)', 'discounted price', '$'), ('each', 'price/k', 'share for each friend', '$')])
T('bogo_half', 'discount',
  "A store has a deal: buy one pair of shoes and get the second pair at {f} price. Each pair costs {p}. How much do two pairs cost?",
  dict(f=F('1/2'), p=M(30, 90, '1')),
  [('second', 'frac(f, p)', 'price of the second pair', '$'), ('total', 'p+second', 'cost of two pairs', '$')])
T('markup_price', 'profit',
  "A shop buys a lamp for {c} and marks it up by {m}. What is the selling price?",
  dict(c=M(10, 60, '1'), m=P(20, 25, 40, 50, 60)),
  [('mk', 'pct(m, c)', 'markup', '$'), ('price', 'c+mk', 'selling price', '$')])
T('tip_split', 'tips',
  "{k} friends have a dinner bill of {b}. They add a {t} tip and split the total evenly. How much does each friend pay?",
  dict(k=I(2, 5), b=M(40, 160, '2'), t=P(10, 15, 20)),
  [('tip', 'pct(t, b)', 'tip', '$'), ('total', 'b+tip', 'total with tip', '$'), ('each', 'total/k', 'amount per friend', '$')])
T('double_discount', 'discount',
  "A bike costs {x}. It is marked {a} off, and then an extra {b} off the sale price. What is the final price?",
  dict(x=M(100, 400, '20'), a=P(10, 20, 25), b=P(10, 20)),
  [('first', 'off(a, x)', 'price after the first discount', '$'), ('final', 'off(b, first)', 'final price', '$')])
T('commission_pay', 'profit',
  "{n} earns a base pay of {B} per week plus {r} commission on sales. This week {he} sold {s} worth of furniture. What is {his} pay for the week?",
  dict(B=M(200, 500, '10'), r=P(4, 5, 8, 10), s=M(1000, 6000, '100')),
  [('comm', 'pct(r, s)', 'commission', '$'), ('pay', 'B+comm', 'weekly pay', '$')])
T('clearance_saved', 'discount',
  "A coat originally priced at {x} is on clearance for {r} off. How much money does {n} save by buying it on clearance?",
  dict(x=M(40, 200, '4'), r=P(15, 25, 30, 35, 45)),
  [('sale', 'off(r, x)', 'clearance price', '$'), ('saved', 'x-sale', 'amount saved', '$')])
T('restaurant_full', 'tips',
  "At a restaurant {n} orders dishes costing {a}, {b} and {c}. Tax is {r} and {he} tips {t} of the pre-tax subtotal. What is the total?",
  dict(a=M(8, 20, '1'), b=M(8, 20, '1'), c=M(4, 12, '1'), r=P(5, 8, 10), t=P(10, 15, 20)),
  [('sub', 'a+b+c', 'subtotal', '$'), ('tax', 'pct(r, sub)', 'tax', '$'), ('tip', 'pct(t, sub)', 'tip', '$'),
   ('total', 'sub+tax+tip', 'total cost', '$')])
T('rent_increase', 'discount',
  "{n} pays {x} rent per month. Next year the rent goes up by {r}. How much rent will {he} pay over the next year?",
  dict(x=M(800, 2000, '50'), r=P(2, 4, 5, 6, 10)),
  [('inc', 'pct(r, x)', 'monthly increase', '$'), ('new', 'x+inc', 'new monthly rent', '$'),
   ('year', 'new*12', 'rent for the year', '$')])
T('simple_interest', 'money',
  "{n} deposits {A} in an account that pays {r} simple interest per year. How much is in the account after {y} years?",
  dict(A=M(500, 5000, '100'), r=P(2, 3, 4, 5), y=I(2, 6)),
  [('yearly', 'pct(r, A)', 'interest per year', '$'), ('interest', 'yearly*y', 'total interest', '$'),
   ('total', 'A+interest', 'final balance', '$')])
T('sale_then_tax', 'tax',
  "A video game costs {x}. It is {r} off, and then {t} sales tax is added to the sale price. What does {n} pay?",
  dict(x=M(20, 70, '2'), r=P(10, 20, 25, 50), t=P(5, 8, 10)),
  [('sale', 'off(r, x)', 'sale price', '$'), ('tax', 'pct(t, sale)', 'sales tax', '$'), ('total', 'sale+tax', 'total paid', '$')])
T('member_discount', 'discount',
  "{n} buys {k} bags of dog food at {p} each. Members get {r} off the whole order. How much does {he} pay?",
  dict(k=I(2, 6), p=M(10, 30, '0.5'), r=P(5, 10, 20)),
  [('sub', 'k*p', 'order subtotal', '$'), ('disc', 'pct(r, sub)', 'member discount', '$'), ('total', 'sub-disc', 'amount paid', '$')])
T('hotel_tax', 'tax',
  "A hotel room costs {p} per night. {n} stays {k} nights, and there is a {r} hotel tax. What is the total bill?",
  dict(p=M(60, 180, '5'), k=I(2, 6), r=P(5, 8, 10, 12)),
  [('room', 'k*p', 'room charge', '$'), ('tax', 'pct(r, room)', 'hotel tax', '$'), ('total', 'room+tax', 'total bill', '$')])

# ============================================================ rates and speeds
T('two_legs', 'rates',
  "{n} drives at {s1} miles per hour for {h1} hours, then at {s2} miles per hour for {h2} hours. How far does {he} drive in total?",
  dict(s1=I(40, 70, 'mph'), h1=D(1, 4, '0.5', 'h'), s2=I(30, 65, 'mph'), h2=D('0.5', 3, '0.5', 'h')),
  [('d1', 's1*h1', 'distance of the first part', 'mi'), ('d2', 's2*h2', 'distance of the second part', 'mi'),
   ('total', 'd1+d2', 'total distance', 'mi')])
T('travel_time', 'rates',
  "A bus travels {d} miles at an average speed of {s} miles per hour. How many minutes does the trip take?",
  dict(d=I(30, 240, 'mi'), s=CH(40, 48, 50, 60, 64, 80, unit='mph')),
  [('hours', 'd/s', 'travel time in hours', 'h'), ('minutes', 'hours*60', 'travel time in minutes', 'min')],
  ok=lambda e: e['minutes'].denominator == 1)
T('average_speed', 'rates',
  "A cyclist rides {d1} km in {h1} hours and then {d2} km in {h2} hours. What is the average speed for the whole ride in km/h?",
  dict(d1=I(20, 60, 'km'), h1=D(1, 3, '0.5', 'h'), d2=I(10, 40, 'km'), h2=D('0.5', 2, '0.5', 'h')),
  [('dist', 'd1+d2', 'total distance', 'km'), ('time', 'h1+h2', 'total time', 'h'), ('avg', 'dist/time', 'average speed', 'kmh')])
T('mpg_cost', 'rates',
  "{n}'s car gets {e} miles per gallon. Gas costs {p} per gallon. How much does gas cost for a {m}-mile trip?",
  dict(e=CH(20, 25, 30, 32, 40, unit='mpg'), p=M(3, 5, '0.2', '$/gal'), m=CH(100, 120, 150, 160, 200, 240, 300, 320, 400, unit='mi')),
  [('gal', 'm/e', 'gallons needed', 'gal'), ('cost', 'gal*p', 'cost of gas', '$')])
T('typing_pages', 'rates',
  "{n} types {w} words per minute. {He} types for {m} minutes. If a page holds {k} words, how many pages does {he} type?",
  dict(w=CH(40, 45, 50, 60, 75, 80), m=CH(10, 20, 30, 40, 60, unit='min'), k=CH(250, 300, 400, 500)),
  [('words', 'w*m', 'words typed', 'words'), ('pages', 'words/k', 'number of pages', 'pages')])
T('pump_buckets', 'rates',
  "A pump moves {r} liters of water per minute. It runs for {m} minutes. How many {b}-liter buckets could be filled with that water?",
  dict(r=I(6, 30), m=I(5, 20, 'min'), b=CH(4, 5, 8, 10)),
  [('liters', 'r*m', 'liters pumped', 'L'), ('buckets', 'liters/b', 'number of buckets', 'buckets')])
T('track_laps', 'rates',
  "A running track is {m} meters around. {n} runs {k} laps. How many kilometers does {he} run?",
  dict(m=CH(200, 250, 400, 500), k=I(3, 16)),
  [('meters', 'm*k', 'distance in meters', 'm'), ('km', 'meters/1000', 'distance in kilometers', 'km')])
T('cycle_remaining', 'rates',
  "{n} is cycling a {L} km route. {He} rides at {s} km/h for {h} hours. How many kilometers are left?",
  dict(L=I(60, 150, 'km'), s=I(12, 25, 'kmh'), h=D(1, 4, '0.5', 'h')),
  [('done', 's*h', 'distance ridden', 'km'), ('left', 'L-done', 'distance left', 'km')],
  ok=lambda e: e['left'] > 0)
T('printer_jobs', 'rates',
  "A printer prints {r} pages per minute. {n} prints a report of {a} pages and a handout of {b} pages. How many minutes does printing take?",
  dict(r=CH(10, 12, 15, 20, 25), a=I(40, 300), b=I(20, 150)),
  [('pages', 'a+b', 'total pages', 'pages'), ('minutes', 'pages/r', 'printing time', 'min')])
T('tank_fill_time', 'rates',
  "A water tank holds {c} liters. A hose fills it at {r} liters per minute. How many hours does it take to fill the empty tank?",
  dict(c=CH(600, 900, 1200, 1500, 1800, 2400, 3000), r=CH(10, 12, 15, 20, 25)),
  [('minutes', 'c/r', 'filling time in minutes', 'min'), ('hours', 'minutes/60', 'filling time in hours', 'h')])
T('train_segments', 'rates',
  "A train travels {d1} miles at {s1} mph and then {d2} miles at {s2} mph. How many hours does the whole trip take?",
  dict(d1=I(50, 300, 'mi'), s1=CH(50, 60, 80, 100, unit='mph'), d2=I(20, 200, 'mi'), s2=CH(40, 50, 80, unit='mph')),
  [('t1', 'd1/s1', 'time for the first part', 'h'), ('t2', 'd2/s2', 'time for the second part', 'h'),
   ('total', 't1+t2', 'total time', 'h')])
T('steps_walked', 'rates',
  "{n} walks at {s} steps per minute for {m} minutes every day. How many steps does {he} walk in {d} days?",
  dict(s=I(90, 130), m=CH(20, 25, 30, 40, 45, unit='min'), d=I(3, 7)),
  [('daily', 's*m', 'steps per day', 'steps'), ('total', 'daily*d', 'total steps', 'steps')])
T('heart_rates', 'rates',
  "At rest {n}'s heart beats {a} times per minute; while jogging it beats {b} times per minute. How many more beats are there during {m} minutes of jogging than during {m} minutes of rest?",
  dict(a=I(55, 80), b=I(120, 160), m=I(10, 40, 'min')),
  [('rest', 'a*m', 'beats at rest', 'beats'), ('jog', 'b*m', 'beats while jogging', 'beats'), ('diff', 'jog-rest', 'difference', 'beats')])
T('factory_shifts', 'rates',
  "A machine makes {r} bottles per hour. Each shift is {h} hours long. How many bottles does it make in {s} shifts?",
  dict(r=I(40, 250), h=CH(6, 7, 8, 10, 12, unit='h'), s=I(2, 6)),
  [('shift', 'r*h', 'bottles per shift', 'bottles'), ('total', 'shift*s', 'total bottles', 'bottles')])
T('overtime_pay', 'rates',
  "{n} earns {r} per hour, and 1.5 times that rate for overtime. This week {he} worked {H} regular hours and {O} overtime hours. How much did {he} earn?",
  dict(r=M(12, 30, '0.5', '$/h'), H=CH(30, 35, 40, unit='h'), O=I(2, 10, 'h')),
  [('reg', 'H*r', 'regular pay', '$'), ('otr', 'r*1.5', 'overtime rate', '$/h'), ('ot', 'O*otr', 'overtime pay', '$'),
   ('pay', 'reg+ot', 'total pay', '$')])
T('reading_rate', 'rates',
  "{n} reads {p} pages per hour and reads {h} hours each day. How many days does it take to read a {k}-page book?",
  dict(p=CH(20, 25, 30, 40, 50), h=CH(2, 3, '0.5', '1.5'), k=CH(150, 200, 240, 300, 360, 400, 450, 600)),
  [('daily', 'p*h', 'pages per day', 'pages'), ('days', 'k/daily', 'number of days', 'days')])

# ============================================================ time and durations
T('shift_pay', 'time',
  "{n} works from {t1} to {t2} and earns {r} per hour. How much does {he} earn for the shift?",
  dict(t1=CL(7, 10, 30), t2=CL(13, 18, 30), r=M(12, 24, '0.5', '$/h')),
  [('hours', 'tdiffh(t1, t2)', 'hours worked', 'h'), ('pay', 'hours*r', 'pay for the shift', '$')])
T('work_minus_break', 'time',
  "{n} is at the library from {t1} to {t2} and takes a {b}-minute snack break. How many minutes does {he} spend studying?",
  dict(t1=CL(8, 11, 15), t2=CL(12, 16, 15), b=CH(15, 20, 25, 30, 45)),
  [('total', 'tdiff(t1, t2)', 'time at the library', 'min'), ('study', 'total-b', 'study time', 'min')])
T('school_week', 'time',
  "School runs from {t1} to {t2}. How many hours is {n} at school in a {d}-day week?",
  dict(t1=CL(7, 8, 15), t2=CL(14, 15, 15), d=CH(4, 5)),
  [('day', 'tdiffh(t1, t2)', 'hours per day', 'h'), ('week', 'day*d', 'hours per week', 'h')])
T('baking_time', 'time',
  "A recipe needs {a} minutes of prep, {b} minutes of baking and {c} minutes of cooling. How many hours does it take in total?",
  dict(a=CH(15, 20, 25, 30, 45), b=CH(30, 35, 40, 45, 50, 60, 75), c=CH(15, 20, 30, 45)),
  [('total', 'a+b+c', 'total time in minutes', 'min'), ('hours', 'total/60', 'total time in hours', 'h')])
T('practice_hours', 'time',
  "{n} practices piano for {m} minutes a day. How many hours does {he} practice in {d} days?",
  dict(m=CH(20, 30, 40, 45, 50, 60, 90), d=CH(6, 8, 10, 12, 14, 15, 20, 30)),
  [('minutes', 'm*d', 'total minutes', 'min'), ('hours', 'minutes/60', 'total hours', 'h')])
T('flight_speed', 'time',
  "A plane leaves at {t1} and lands at {t2} the same day, flying {D} miles. What is its average speed in miles per hour?",
  dict(t1=CL(6, 11, 30), t2=CL(12, 18, 30), D=CH(600, 750, 900, 1200, 1500, 1800, 2100, 2400, unit='mi')),
  [('hours', 'tdiffh(t1, t2)', 'flight time', 'h'), ('speed', 'D/hours', 'average speed', 'mph')])
T('weekly_reading', 'time',
  "{n} reads {p} pages each weekday and {q} pages on each day of the weekend. How many pages does {he} read in {w} weeks?",
  dict(p=I(10, 30), q=I(20, 60), w=I(2, 6)),
  [('wk', '5*p', 'weekday pages', 'pages'), ('we', '2*q', 'weekend pages', 'pages'),
   ('week', 'wk+we', 'pages per week', 'pages'), ('total', 'week*w', 'total pages', 'pages')])
T('commute_hours', 'time',
  "{n}'s commute is {m} minutes each way. {He} goes to work and back {d} days a week. How many hours a week does {he} spend commuting?",
  dict(m=CH(15, 20, 25, 30, 35, 40, 45, 50), d=CH(3, 4, 5, 6)),
  [('daily', 'm*2', 'minutes per day', 'min'), ('weekly', 'daily*d', 'minutes per week', 'min'),
   ('hours', 'weekly/60', 'hours per week', 'h')])
T('garage_time', 'time',
  "{n} parks in a garage from {t1} to {t2}. The garage charges {r} per hour plus a {f} fee. What does {he} pay?",
  dict(t1=CL(8, 12, 30), t2=CL(13, 19, 30), r=M(2, 5, '0.5', '$/h'), f=M(1, 4, '0.5')),
  [('hours', 'tdiffh(t1, t2)', 'time parked', 'h'), ('charge', 'hours*r', 'hourly charge', '$'), ('total', 'charge+f', 'total cost', '$')])
T('babysitting', 'time',
  "{n} babysits from {t1} to {t2} for {r} per hour and also gets a {t} tip. How much does {he} earn?",
  dict(t1=CL(12, 17, 30), t2=CL(18, 22, 30), r=M(10, 20, '0.5', '$/h'), t=MC(5, 10, 15)),
  [('hours', 'tdiffh(t1, t2)', 'hours babysitting', 'h'), ('pay', 'hours*r', 'hourly pay', '$'), ('total', 'pay+t', 'total earned', '$')])
T('lap_times', 'time',
  "A swimmer swims {k} laps, each taking {s} seconds. How many minutes does the swim take?",
  dict(k=CH(10, 12, 15, 20, 24, 30, 40), s=CH(30, 36, 40, 45, 48, 50, 54, 60)),
  [('secs', 'k*s', 'total seconds', 's'), ('mins', 'secs/60', 'total minutes', 'min')])
T('meeting_day', 'time',
  "A manager has {k} meetings of {m} minutes each with {b}-minute breaks between consecutive meetings. How many hours does this take from the start of the first meeting to the end of the last?",
  dict(k=I(3, 6), m=CH(30, 45, 50, 60), b=CH(10, 15, 20, 30)),
  [('meet', 'k*m', 'meeting time', 'min'), ('breaks', '(k-1)*b', 'break time', 'min'), ('total', 'meet+breaks', 'total minutes', 'min'),
   ('hours', 'total/60', 'total hours', 'h')])
T('movie_marathon', 'time',
  "{n} watches three movies that are {a}, {b} and {c} minutes long. How many hours is that?",
  dict(a=CH(90, 96, 105, 110, 120), b=CH(95, 100, 114, 120, 135), c=CH(85, 90, 102, 126, 150)),
  [('total', 'a+b+c', 'total minutes', 'min'), ('hours', 'total/60', 'total hours', 'h')])
T('store_customers', 'time',
  "A bakery is open from {t1} to {t2}. On average a customer arrives every {c} minutes. About how many customers come in one day?",
  dict(t1=CL(6, 9, 30), t2=CL(13, 18, 30), c=CH(2, 3, 4, 5, 6, 10)),
  [('mins', 'tdiff(t1, t2)', 'minutes open', 'min'), ('cust', 'mins/c', 'number of customers', 'customers')],
  ok=lambda e: e['cust'].denominator == 1)
T('run_intervals', 'time',
  "{n} starts a run at {t1} and finishes at {t2}. {He} runs {k} km. How many minutes per kilometer is that?",
  dict(t1=CL(6, 8, 15), t2=CL(8, 9, 15), k=CH(5, 6, 8, 10, 12, 15)),
  [('mins', 'tdiff(t1, t2)', 'running time', 'min'), ('pace', 'mins/k', 'pace in minutes per kilometer', 'min')])

# ============================================================ unit conversions
T('feet_inches', 'units',
  "A board is {f} feet {i} inches long. How long is it in inches?",
  dict(f=I(2, 12, 'ft'), i=I(2, 11, 'in')),
  [('fi', 'f*12', 'inches in the feet part', 'in'), ('total', 'fi+i', 'total length', 'in')])
T('flour_portions', 'units',
  "A bakery has {k} kilograms of flour. Each loaf uses {g} grams. How many loaves can it make?",
  dict(k=CH(2, 3, 4, 5, 6, 10, unit='kg'), g=CH(250, 400, 500, 200, 125)),
  [('grams', 'k*1000', 'flour in grams', 'g'), ('loaves', 'grams/g', 'number of loaves', 'loaves')])
T('juice_glasses', 'units',
  "{n} has {L} liters of juice and pours it into glasses that hold {g} mL each. How many glasses can {he} fill?",
  dict(L=CH(2, 3, '1.5', '2.5', 4, unit='L'), g=CH(150, 200, 250, 300, 500)),
  [('ml', 'L*1000', 'juice in milliliters', 'mL'), ('glasses', 'ml/g', 'number of glasses', 'glasses')])
T('hours_minutes', 'units',
  "A road trip takes {h} hours and {m} minutes. A podcast episode lasts {e} minutes. How many episodes fit in the trip?",
  dict(h=I(2, 8, 'h'), m=CH(0, 10, 15, 20, 30, 40, 45, 50, unit='min'), e=CH(10, 15, 20, 25, 30, 40, 50)),
  [('hm', 'h*60', 'minutes in the hours', 'min'), ('total', 'hm+m', 'trip length in minutes', 'min'),
   ('eps', 'total/e', 'number of episodes', 'episodes')], ok=lambda e: e['eps'].denominator == 1 and e['m'] > 0)
T('dozen_eggs', 'units',
  "{n} buys {d} dozen eggs, and {b} of them are broken. How many good eggs are there?",
  dict(d=I(2, 8), b=I(1, 7)),
  [('eggs', 'd*12', 'total eggs', 'eggs'), ('good', 'eggs-b', 'good eggs', 'eggs')])
T('rope_pieces', 'units',
  "A rope is {f} feet long. {n} cuts it into pieces that are {p} inches long. How many pieces does {he} get?",
  dict(f=I(3, 20, 'ft'), p=CH(3, 4, 6, 8, 9, 12, 16, 18)),
  [('inches', 'f*12', 'length in inches', 'in'), ('pieces', 'inches/p', 'number of pieces', 'pieces')],
  ok=lambda e: e['pieces'].denominator == 1)
T('ribbon_cm', 'units',
  "A roll holds {m} meters of ribbon. Each bow needs {c} cm. How many bows can be made?",
  dict(m=CH(2, 3, 4, 5, 6, '1.5', '2.5', unit='m'), c=CH(10, 20, 25, 30, 50)),
  [('cm', 'm*100', 'ribbon in centimeters', 'cm'), ('bows', 'cm/c', 'number of bows', 'bows')],
  ok=lambda e: e['bows'].denominator == 1)
T('pounds_ounces', 'units',
  "A bag of trail mix weighs {l} pounds. One serving is {s} ounces. How many servings are in the bag?",
  dict(l=CH(2, 3, 4, 5, 6, unit='lb'), s=CH(2, 4, 8)),
  [('oz', 'l*16', 'weight in ounces', 'oz'), ('serv', 'oz/s', 'number of servings', 'servings')])
T('gallon_cups', 'units',
  "A punch bowl holds {g} gallons. There are 4 quarts in a gallon and 4 cups in a quart. How many {c}-cup servings does it hold?",
  dict(g=CH(2, 3, '1.5', '2.5'), c=CH(1, 2, '0.5')),
  [('qt', 'g*4', 'quarts', 'qt'), ('cups', 'qt*4', 'cups', 'cups'), ('serv', 'cups/c', 'number of servings', 'servings')])
T('weeks_days', 'units',
  "A summer camp lasts {w} weeks and {d} days. Campers swim {m} minutes each day. How many minutes do they swim in total?",
  dict(w=I(2, 5), d=I(2, 6), m=CH(20, 30, 40, 45, 60)),
  [('wd', 'w*7', 'days in the full weeks', 'days'), ('days', 'wd+d', 'total days', 'days'), ('mins', 'days*m', 'total swim time', 'min')])
T('boards_meters', 'units',
  "Three boards are {a} cm, {b} cm and {c} cm long. What is their total length in meters?",
  dict(a=I(80, 250, 'cm'), b=I(60, 200, 'cm'), c=I(50, 180, 'cm')),
  [('cm', 'a+b+c', 'total length in centimeters', 'cm'), ('m', 'cm/100', 'total length in meters', 'm')])
T('minutes_pay', 'units',
  "{n} tutors for {m} minutes this week and charges {r} per hour. How much does {he} earn?",
  dict(m=CH(90, 120, 150, 180, 210, 240, 270, 300, 330, 360), r=M(15, 40, '1', '$/h')),
  [('hours', 'm/60', 'hours tutored', 'h'), ('pay', 'hours*r', 'earnings', '$')])
T('yards_feet', 'units',
  "{n} buys {y} yards of fabric. Each pillow cover needs {f} feet. How many covers can {he} make?",
  dict(y=I(2, 12), f=CH(2, 3, '1.5')),
  [('ft', 'y*3', 'fabric in feet', 'ft'), ('covers', 'ft/f', 'number of covers', 'covers')],
  ok=lambda e: e['covers'].denominator == 1)
T('medicine_doses', 'units',
  "A bottle holds {L} liters of cough syrup. Each dose is {d} mL. How many doses are in the bottle?",
  dict(L=CH('0.5', '0.25', '0.75', 2), d=CH(5, 10, 15, 25)),
  [('ml', 'L*1000', 'syrup in milliliters', 'mL'), ('doses', 'ml/d', 'number of doses', 'doses')],
  ok=lambda e: e['doses'].denominator == 1)

# ============================================================ fractions of quantities
T('class_girls', 'fractions',
  "A class has {N} students and {f} of them are girls. How many boys are in the class?",
  dict(N=CH(20, 24, 28, 30, 32, 36, 40), f=F('1/2', '1/4', '3/4', '2/5', '3/5', '5/8', '3/8', '1/3', '2/3')),
  [('girls', 'frac(f, N)', 'number of girls', 'girls'), ('boys', 'N-girls', 'number of boys', 'boys')],
  ok=lambda e: e['girls'].denominator == 1)
T('spend_then_rest', 'fractions',
  "{n} has {A}. {He} spends {f} of it on a jacket and then {g} of what is left on shoes. How much money remains?",
  dict(A=MC(60, 80, 120, 160, 180, 200, 240), f=F('1/4', '1/3', '1/2', '2/5'), g=F('1/2', '1/3', '1/4', '3/4')),
  [('jacket', 'frac(f, A)', 'cost of the jacket', '$'), ('rest', 'A-jacket', 'money left after the jacket', '$'),
   ('shoes', 'frac(g, rest)', 'cost of the shoes', '$'), ('left', 'rest-shoes', 'money remaining', '$')])
T('pizza_eaten', 'fractions',
  "There are {p} pizzas, each cut into {s} slices. The party eats {f} of the slices. How many slices are left?",
  dict(p=I(2, 6), s=CH(8, 10, 12), f=F('1/2', '3/4', '2/3', '5/8', '3/5')),
  [('slices', 'p*s', 'total slices', 'slices'), ('eaten', 'frac(f, slices)', 'slices eaten', 'slices'),
   ('left', 'slices-eaten', 'slices left', 'slices')], ok=lambda e: e['eaten'].denominator == 1)
T('tank_fraction', 'fractions',
  "A car's gas tank holds {C} liters and is {f} full. How many liters are needed to fill it?",
  dict(C=CH(40, 48, 50, 60, 64, 72, 80), f=F('1/4', '3/4', '1/2', '3/8', '5/8', '2/5')),
  [('have', 'frac(f, C)', 'gas in the tank', 'L'), ('need', 'C-have', 'gas needed', 'L')])
T('book_fraction', 'fractions',
  "A book has {N} pages. {n} has read {f} of it and wants to finish the rest in {d} days. How many pages per day must {he} read?",
  dict(N=CH(120, 180, 200, 240, 300, 360, 400), f=F('1/4', '1/3', '2/5', '1/2', '3/5'), d=CH(2, 3, 4, 5, 6)),
  [('read', 'frac(f, N)', 'pages read', 'pages'), ('rest', 'N-read', 'pages left', 'pages'), ('per', 'rest/d', 'pages per day', 'pages')])
T('garden_tomatoes', 'fractions',
  "A garden is {l} m by {w} m. {f} of the area is planted with tomatoes. How many square meters is that?",
  dict(l=I(4, 15, 'm'), w=I(3, 12, 'm'), f=F('1/2', '1/4', '3/4', '1/3', '2/3', '2/5')),
  [('area', 'l*w', 'area of the garden', 'sqm'), ('tom', 'frac(f, area)', 'tomato area', 'sqm')])
T('marbles_give', 'fractions',
  "{n} has {M} marbles. {He} gives {f} of them to a friend and then {g} of the rest to {his} sister. How many marbles does {he} keep?",
  dict(M=CH(24, 36, 48, 60, 72, 96, 120), f=F('1/4', '1/3', '1/6', '1/2'), g=F('1/2', '1/3', '1/4')),
  [('friend', 'frac(f, M)', 'marbles for the friend', 'marbles'), ('rest', 'M-friend', 'marbles left', 'marbles'),
   ('sister', 'frac(g, rest)', 'marbles for the sister', 'marbles'), ('keep', 'rest-sister', 'marbles kept', 'marbles')],
  ok=lambda e: e['sister'].denominator == 1)
T('salary_saving', 'fractions',
  "{n} earns {S} per month and saves {f} of it. How much does {he} save in a year?",
  dict(S=MC(1800, 2000, 2400, 3000, 3600, 4200), f=F('1/5', '1/4', '1/10', '1/8', '3/10')),
  [('saved', 'frac(f, S)', 'monthly savings', '$'), ('year', 'saved*12', 'yearly savings', '$')])
T('flour_bag_frac', 'fractions',
  "A bag holds {B} cups of flour. {n} uses {f} of the bag for bread. How many cups of flour are left?",
  dict(B=CH(12, 16, 20, 24), f=F('1/4', '3/8', '1/2', '5/8', '3/4')),
  [('used', 'frac(f, B)', 'flour used', 'cups'), ('left', 'B-used', 'flour left', 'cups')])
T('students_passed', 'fractions',
  "{N} students took a test and {f} of them passed. How many students did not pass?",
  dict(N=CH(30, 40, 45, 60, 80, 90, 120), f=F('4/5', '5/6', '3/4', '7/10', '9/10', '2/3')),
  [('passed', 'frac(f, N)', 'students who passed', 'students'), ('failed', 'N-passed', 'students who did not pass', 'students')],
  ok=lambda e: e['passed'].denominator == 1)
T('trip_fraction', 'fractions',
  "A family is driving {D} miles to a lake. They have driven {f} of the way. How many miles are left?",
  dict(D=CH(120, 180, 240, 300, 360, 420), f=F('1/3', '2/3', '1/4', '3/4', '3/5', '5/6')),
  [('driven', 'frac(f, D)', 'miles driven', 'mi'), ('left', 'D-driven', 'miles left', 'mi')])
T('candy_half_third', 'fractions',
  "{n} has {C} candies. {He} eats {f} of them, then gives {g} of the remaining candies to a friend. How many candies are left?",
  dict(C=CH(24, 30, 36, 42, 48, 54, 60), f=F('1/2', '1/3'), g=F('1/3', '1/2')),
  [('ate', 'frac(f, C)', 'candies eaten', 'candies'), ('rest', 'C-ate', 'candies remaining', 'candies'),
   ('gave', 'frac(g, rest)', 'candies given away', 'candies'), ('left', 'rest-gave', 'candies left', 'candies')],
  ok=lambda e: e['gave'].denominator == 1)
T('hour_fraction', 'fractions',
  "{n} spends {f} of an hour on homework every school day. How many minutes is that over {d} days?",
  dict(f=F('1/4', '1/2', '3/4', '2/3', '5/6', '1/3'), d=I(3, 10)),
  [('daily', 'frac(f, 60)', 'minutes per day', 'min'), ('total', 'daily*d', 'total minutes', 'min')])
T('two_fractions_spend', 'fractions',
  "{n} gets {M} for {his} birthday. {He} spends {f} of it on books and {g} of it on clothes. How much is left?",
  dict(M=MC(60, 80, 100, 120, 200, 240), f=F('1/4', '1/5', '1/10', '1/2'), g=F('1/4', '1/5', '3/10', '1/3')),
  [('books', 'frac(f, M)', 'spent on books', '$'), ('clothes', 'frac(g, M)', 'spent on clothes', '$'),
   ('spent', 'books+clothes', 'total spent', '$'), ('left', 'M-spent', 'money left', '$')])
T('juice_left', 'fractions',
  "A jug holds {L} liters of juice. The kids drink {f} of it. How many liters are left?",
  dict(L=CH(2, 3, 4, 5, 6), f=F('1/2', '1/4', '3/4', '2/5', '3/5')),
  [('drank', 'frac(f, L)', 'juice drunk', 'L'), ('left', 'L-drank', 'juice left', 'L')])

# ============================================================ ratios
T('ratio_class', 'ratios',
  "The ratio of boys to girls in a club is {a}:{b}. There are {N} members. How many boys are there?",
  dict(a=I(1, 5), b=I(1, 5), N=CH(24, 30, 36, 40, 42, 48, 56, 60)),
  [('parts', 'a+b', 'total parts', ''), ('per', 'N/parts', 'members per part', 'members'), ('boys', 'a*per', 'number of boys', 'boys')],
  ok=lambda e: e['per'].denominator == 1 and e['a'] != e['b'])
T('flour_sugar_ratio', 'ratios',
  "A recipe uses flour and sugar in the ratio {a}:{b}. If {n} uses {x} cups of flour, how many cups of sugar are needed?",
  dict(a=CH(2, 3, 4, 5), b=CH(1, 2, 3), x=CH(6, 8, 9, 10, 12, 15, 16, 20)),
  [('per', 'x/a', 'cups per part', 'cups'), ('sugar', 'per*b', 'sugar needed', 'cups')])
T('paint_mix', 'ratios',
  "A painter mixes blue and white paint in the ratio {a}:{b} to make {L} liters of paint. How many liters of blue paint are used?",
  dict(a=I(1, 4), b=I(1, 5), L=CH(6, 8, 10, 12, 15, 18, 20, 24)),
  [('parts', 'a+b', 'total parts', ''), ('each', 'L/parts', 'liters per part', 'L'), ('blue', 'a*each', 'blue paint', 'L')])
T('share_ratio', 'ratios',
  "{n} and {n2} share {M} in the ratio {a}:{b}. How much does {n2} get?",
  dict(M=MC(40, 60, 72, 90, 100, 120, 150, 180), a=I(1, 4), b=I(2, 5)),
  [('parts', 'a+b', 'total parts', ''), ('per', 'M/parts', 'value of one part', '$'), ('share', 'b*per', "share of the second person", '$')])
T('map_scale', 'ratios',
  "On a map, 1 cm represents {k} km. Two towns are {c} cm apart on the map. How long does it take to drive between them at {s} km/h?",
  dict(k=CH(5, 10, 20, 25, 50), c=D(2, 12, '0.5', 'cm'), s=CH(50, 60, 80, 100, unit='kmh')),
  [('km', 'c*k', 'real distance', 'km'), ('hours', 'km/s', 'driving time', 'h')])
T('cats_dogs', 'ratios',
  "At a shelter the ratio of cats to dogs is {a}:{b}. There are {D} dogs. How many cats and dogs are there altogether?",
  dict(a=I(2, 7), b=I(2, 5), D=CH(10, 12, 15, 20, 24, 30, 36, 40)),
  [('per', 'D/b', 'animals per part', ''), ('cats', 'per*a', 'number of cats', 'cats'), ('total', 'cats+D', 'total animals', 'animals')],
  ok=lambda e: e['per'].denominator == 1)
T('ages_ratio', 'ratios',
  "The ages of two sisters are in the ratio {a}:{b}, and their ages add up to {S}. How old is the older sister?",
  dict(a=I(1, 4), b=I(2, 6), S=CH(12, 15, 18, 20, 24, 28, 30, 36)),
  [('parts', 'a+b', 'total parts', ''), ('per', 'S/parts', 'years per part', 'years'), ('older', 'b*per', "older sister's age", 'years')],
  ok=lambda e: e['b'] > e['a'] and e['per'].denominator == 1)
T('concentrate', 'ratios',
  "Juice is made by mixing 1 part concentrate with {w} parts water. How many cups of concentrate are in {T} cups of juice?",
  dict(w=I(2, 5), T=CH(12, 15, 18, 20, 24, 30, 36)),
  [('parts', '1+w', 'total parts', ''), ('conc', 'T/parts', 'cups of concentrate', 'cups')])
T('arcade_tokens', 'ratios',
  "An arcade gives {k} tokens for every dollar. {n} spends {d} dollars and gets {b} bonus tokens. How many tokens does {he} have?",
  dict(k=CH(3, 4, 5, 6), d=I(5, 25), b=CH(5, 10, 15, 20, 25)),
  [('tokens', 'd*k', 'tokens bought', 'tokens'), ('total', 'tokens+b', 'total tokens', 'tokens')])
T('scale_model', 'ratios',
  "A model ship is built at a scale of 1:{s}. The model is {m} cm long. How long is the real ship in meters?",
  dict(s=CH(50, 100, 150, 200, 250), m=CH(20, 24, 30, 36, 40, 45, 60)),
  [('cm', 'm*s', 'real length in centimeters', 'cm'), ('meters', 'cm/100', 'real length in meters', 'm')])
T('rice_water', 'ratios',
  "Rice is cooked with water and rice in the ratio {a}:{b}. How many cups of water are needed for {R} cups of rice?",
  dict(a=CH(2, 3, 5), b=CH(1, 2), R=CH(2, 3, 4, 6, 8)),
  [('per', 'R/b', 'cups per part', 'cups'), ('water', 'per*a', 'water needed', 'cups')])

# ============================================================ averages
T('test_average', 'averages',
  "{n} scored {a}, {b}, {c} and {d} on four tests. What is {his} average score?",
  dict(a=I(60, 100), b=I(60, 100), c=I(60, 100), d=I(60, 100)),
  [('sum', 'a+b+c+d', 'total of the scores', 'points'), ('avg', 'sum/4', 'average score', 'points')])
T('temp_average', 'averages',
  "The high temperatures for five days were {a}, {b}, {c}, {d} and {e} degrees. What was the average high?",
  dict(a=I(50, 90), b=I(50, 90), c=I(50, 90), d=I(50, 90), e=I(50, 90)),
  [('sum', 'a+b+c+d+e', 'sum of the temperatures', 'degrees'), ('avg', 'sum/5', 'average temperature', 'degrees')])
T('needed_score', 'averages',
  "{n} wants an average of {T} over four tests. {He} scored {a}, {b} and {c} on the first three. What must {he} score on the fourth?",
  dict(T=CH(80, 85, 88, 90), a=I(70, 98), b=I(70, 98), c=I(70, 98)),
  [('need', 'T*4', 'total points needed', 'points'), ('have', 'a+b+c', 'points so far', 'points'),
   ('last', 'need-have', 'score needed on the fourth test', 'points')], ok=lambda e: 0 < e['last'] <= 100)
T('daily_spending', 'averages',
  "{n} spent {W} on groceries over {w} weeks. What is the average amount spent per day?",
  dict(W=MC(210, 280, 350, 420, 490, 560, 630, 700, 840), w=I(2, 4)),
  [('days', 'w*7', 'number of days', 'days'), ('avg', 'W/days', 'average per day', '$')])
T('weighted_class', 'averages',
  "One class of {k1} students averaged {a1} on a quiz, and another class of {k2} students averaged {a2}. What is the average for all the students?",
  dict(k1=CH(20, 25, 30), a1=I(70, 90), k2=CH(20, 25, 30), a2=I(70, 90)),
  [('t1', 'k1*a1', 'points for the first class', 'points'), ('t2', 'k2*a2', 'points for the second class', 'points'),
   ('total', 't1+t2', 'total points', 'points'), ('count', 'k1+k2', 'total students', 'students'), ('avg', 'total/count', 'overall average', 'points')])
T('height_average', 'averages',
  "Four friends are {a} cm, {b} cm, {c} cm and {d} cm tall. What is their average height?",
  dict(a=I(130, 180, 'cm'), b=I(130, 180, 'cm'), c=I(130, 180, 'cm'), d=I(130, 180, 'cm')),
  [('sum', 'a+b+c+d', 'total height', 'cm'), ('avg', 'sum/4', 'average height', 'cm')])
T('bowling_average', 'averages',
  "{n} bowled three games with scores of {a}, {b} and {c}. What was {his} average score?",
  dict(a=I(90, 210), b=I(90, 210), c=I(90, 210)),
  [('sum', 'a+b+c', 'total pins', 'points'), ('avg', 'sum/3', 'average score', 'points')], ok=lambda e: e['avg'].denominator == 1)
T('box_average', 'averages',
  "Five boxes hold {a}, {b}, {c}, {d} and {e} books. On average, how many books are in a box?",
  dict(a=I(10, 40), b=I(10, 40), c=I(10, 40), d=I(10, 40), e=I(10, 40)),
  [('sum', 'a+b+c+d+e', 'total books', 'books'), ('avg', 'sum/5', 'average per box', 'books')])
T('avg_cost_item', 'averages',
  "{n} buys {k1} notebooks at {p1} each and {k2} binders at {p2} each. What is the average cost per item?",
  dict(k1=I(2, 6), p1=M(1, 4, '0.5'), k2=I(2, 6), p2=M(3, 8, '0.5')),
  [('c1', 'k1*p1', 'cost of the notebooks', '$'), ('c2', 'k2*p2', 'cost of the binders', '$'), ('total', 'c1+c2', 'total cost', '$'),
   ('items', 'k1+k2', 'number of items', 'items'), ('avg', 'total/items', 'average cost per item', '$')])
T('rain_average', 'averages',
  "Rainfall over four months was {a} in, {b} in, {c} in and {d} in. What was the average monthly rainfall in inches?",
  dict(a=D(1, 6, '0.5', 'in'), b=D(1, 6, '0.5', 'in'), c=D(1, 6, '0.5', 'in'), d=D(1, 6, '0.5', 'in')),
  [('sum', 'a+b+c+d', 'total rainfall', 'in'), ('avg', 'sum/4', 'average rainfall', 'in')])

# ============================================================ ages
T('ages_times', 'ages',
  "{n} is {x} years old. {His} father is {k} times as old, and {his} aunt is {d} years younger than {his} father. What is the sum of their three ages?",
  dict(x=I(6, 14), k=CH(3, 4), d=I(2, 9)),
  [('father', 'x*k', "father's age", 'years'), ('aunt', 'father-d', "aunt's age", 'years'), ('sum', 'x+father+aunt', 'sum of the ages', 'years')])
T('ages_future', 'ages',
  "{n} is {x} and {n2} is {y}. What will the sum of their ages be in {k} years?",
  dict(x=I(5, 40), y=I(5, 40), k=I(2, 15)),
  [('a', 'x+k', "first person's future age", 'years'), ('b', 'y+k', "second person's future age", 'years'), ('sum', 'a+b', 'sum of the ages', 'years')])
T('father_son', 'ages',
  "A son is {s} years old and his father is {k} times as old. How old will the father be in {y} years?",
  dict(s=I(4, 12), k=CH(3, 4, 5), y=I(2, 15)),
  [('father', 's*k', "father's age now", 'years'), ('later', 'father+y', "father's future age", 'years')])
T('age_difference', 'ages',
  "{n} is {x} years old and {n2} is {d} years older. How old will {n2} be in {y} years?",
  dict(x=I(5, 30), d=I(2, 12), y=I(3, 20)),
  [('other', 'x+d', "second person's age now", 'years'), ('later', 'other+y', 'future age', 'years')])
T('sibling_half', 'ages',
  "{n} is {x} years old and {his} younger brother is half {his} age. In {y} years, what will their combined age be?",
  dict(x=CH(8, 10, 12, 14, 16, 18), y=I(2, 10)),
  [('bro', 'x/2', "brother's age", 'years'), ('now', 'x+bro', 'combined age now', 'years'), ('later', 'now+y*2', 'combined age later', 'years')])
T('grandma_age', 'ages',
  "{n}'s mom is {m} years old. Grandma is {c} years older than twice mom's age. How old is grandma?",
  dict(m=I(28, 40), c=I(1, 8)),
  [('twice', 'm*2', "twice mom's age", 'years'), ('grandma', 'twice+c', "grandma's age", 'years')],
  ok=lambda e: e['grandma'] < 95)
T('family_avg_age', 'ages',
  "A family's ages are {a}, {b}, {c} and {d}. What is the average age?",
  dict(a=I(35, 50), b=I(33, 48), c=I(5, 16), d=I(2, 12)),
  [('sum', 'a+b+c+d', 'total age', 'years'), ('avg', 'sum/4', 'average age', 'years')])
T('ages_ago', 'ages',
  "{n} is {x} and {n2} is {y}. What was the sum of their ages {k} years ago?",
  dict(x=I(12, 40), y=I(12, 40), k=I(2, 10)),
  [('a', 'x-k', "first person's age then", 'years'), ('b', 'y-k', "second person's age then", 'years'), ('sum', 'a+b', 'sum of the ages', 'years')])

# ============================================================ areas and perimeters
T('fence_cost', 'geometry',
  "A rectangular yard is {l} feet long and {w} feet wide. Fencing costs {p} per foot. How much does it cost to fence the yard?",
  dict(l=I(20, 80, 'ft'), w=I(10, 50, 'ft'), p=M(4, 15, '0.5', '$/ft')),
  [('perim', '2*(l+w)', 'perimeter', 'ft'), ('cost', 'perim*p', 'fencing cost', '$')])
T('carpet_cost', 'geometry',
  "A room is {l} ft by {w} ft. Carpet costs {p} per square foot. How much will carpet for the room cost?",
  dict(l=I(9, 20, 'ft'), w=I(8, 16, 'ft'), p=M(2, 6, '0.25', '$/sqft')),
  [('area', 'l*w', 'area of the room', 'sqft'), ('cost', 'area*p', 'carpet cost', '$')])
T('paint_wall', 'geometry',
  "A wall is {l} ft wide and {h} ft tall, with a window {a} ft by {b} ft. One gallon of paint covers {c} square feet. How many gallons are needed?",
  dict(l=I(12, 30, 'ft'), h=CH(8, 9, 10, 12, unit='ft'), a=I(2, 5, 'ft'), b=I(3, 5, 'ft'), c=CH(50, 100, 200, 25)),
  [('wall', 'l*h', 'wall area', 'sqft'), ('win', 'a*b', 'window area', 'sqft'), ('paint', 'wall-win', 'area to paint', 'sqft'),
   ('gal', 'paint/c', 'gallons of paint', 'gal')])
T('floor_tiles', 'geometry',
  "A kitchen floor is {l} ft by {w} ft. Each tile covers {t} square feet. How many tiles are needed?",
  dict(l=I(8, 20, 'ft'), w=I(6, 16, 'ft'), t=CH(2, 4)),
  [('area', 'l*w', 'floor area', 'sqft'), ('tiles', 'area/t', 'number of tiles', 'tiles')], ok=lambda e: e['tiles'].denominator == 1)
T('garden_patio', 'geometry',
  "A yard has a garden {a} m by {b} m and a patio {c} m by {d} m. What is their combined area?",
  dict(a=I(3, 12, 'm'), b=I(2, 10, 'm'), c=I(2, 8, 'm'), d=D(2, 6, '0.5', 'm')),
  [('g', 'a*b', 'garden area', 'sqm'), ('p', 'c*d', 'patio area', 'sqm'), ('total', 'g+p', 'combined area', 'sqm')])
T('square_plot', 'geometry',
  "A square plot has sides of {s} m. Edging costs {p} per meter. How much does edging around the plot cost?",
  dict(s=I(5, 40, 'm'), p=M(2, 9, '0.5', '$/m')),
  [('perim', '4*s', 'perimeter', 'm'), ('cost', 'perim*p', 'cost of edging', '$')])
T('triangle_sail', 'geometry',
  "A triangular sail has a base of {b} ft and a height of {h} ft. Sail cloth costs {p} per square foot. How much does the cloth cost?",
  dict(b=I(6, 20, 'ft'), h=I(8, 30, 'ft'), p=M(2, 8, '0.5', '$/sqft')),
  [('prod', 'b*h', 'base times height', ''), ('area', 'prod/2', 'sail area', 'sqft'), ('cost', 'area*p', 'cloth cost', '$')])
T('aquarium_volume', 'geometry',
  "An aquarium is {l} cm long, {w} cm wide and {h} cm tall. How many liters of water does it hold when full? (1 liter = 1000 cubic cm)",
  dict(l=CH(40, 50, 60, 80, 100, unit='cm'), w=CH(20, 25, 30, 40, unit='cm'), h=CH(25, 30, 40, 50, unit='cm')),
  [('base', 'l*w', 'base area', 'sqcm'), ('vol', 'base*h', 'volume', 'cc'), ('liters', 'vol/1000', 'capacity in liters', 'L')])
T('two_rooms', 'geometry',
  "A house has a bedroom {a} ft by {b} ft and an office {c} ft by {d} ft. How many square feet of flooring are needed for both rooms?",
  dict(a=I(10, 16, 'ft'), b=I(9, 14, 'ft'), c=I(7, 12, 'ft'), d=I(6, 11, 'ft')),
  [('bed', 'a*b', 'bedroom area', 'sqft'), ('office', 'c*d', 'office area', 'sqft'), ('total', 'bed+office', 'total area', 'sqft')])
T('lawn_seed', 'geometry',
  "A lawn is {l} m by {w} m. One bag of grass seed covers {c} square meters. How many bags are needed?",
  dict(l=I(10, 30, 'm'), w=I(5, 20, 'm'), c=CH(10, 20, 25, 50)),
  [('area', 'l*w', 'lawn area', 'sqm'), ('bags', 'area/c', 'bags of seed', 'bags')], ok=lambda e: e['bags'].denominator == 1)
T('mowing_pay', 'geometry',
  "{n} charges {p} for every 100 square feet of lawn mowed. A lawn is {l} ft by {w} ft. How much does {he} charge?",
  dict(p=M(1, 3, '0.5'), l=CH(40, 50, 60, 80, 100, unit='ft'), w=CH(20, 30, 40, 50, unit='ft')),
  [('area', 'l*w', 'lawn area', 'sqft'), ('hund', 'area/100', 'hundreds of square feet', ''), ('pay', 'hund*p', 'charge', '$')])
T('picture_border', 'geometry',
  "A photo is {l} inches by {w} inches. {n} glues ribbon around its edge and also buys a frame. Ribbon costs {p} per inch. How much does the ribbon cost?",
  dict(l=CH(4, 5, 6, 8, 10, 12), w=CH(4, 6, 7, 8, 10), p=M('0.05', '0.25', '0.05', '$/in')),
  [('perim', '2*(l+w)', 'perimeter of the photo', 'in'), ('cost', 'perim*p', 'ribbon cost', '$')])

# ============================================================ work rates
T('two_workers', 'work',
  "{n} packs {a} boxes per hour and {n2} packs {b} boxes per hour. Working together, how many hours will it take to pack {N} boxes?",
  dict(a=I(8, 25), b=I(6, 20), N=CH(120, 180, 240, 300, 360, 480, 600)),
  [('rate', 'a+b', 'combined rate', 'boxes/h'), ('hours', 'N/rate', 'time needed', 'h')])
T('two_pumps', 'work',
  "Two pumps fill a pool. One pumps {a} liters per minute and the other {b} liters per minute. The pool holds {P} liters. How many hours does it take to fill?",
  dict(a=CH(20, 25, 30, 40, 50), b=CH(10, 15, 20, 30), P=CH(9000, 12000, 18000, 24000, 36000)),
  [('rate', 'a+b', 'combined rate', 'L/min'), ('mins', 'P/rate', 'time in minutes', 'min'), ('hours', 'mins/60', 'time in hours', 'h')])
T('workers_items', 'work',
  "Each of {w} workers assembles {r} chairs per hour. They work {h} hours. How many chairs are assembled?",
  dict(w=I(3, 12), r=I(2, 6), h=CH(4, 6, 7, 8)),
  [('per', 'h*r', 'chairs per worker', 'chairs'), ('total', 'per*w', 'total chairs', 'chairs')])
T('team_days', 'work',
  "A team of {k} volunteers each plants {m} trees per day. How many days will it take them to plant {N} trees?",
  dict(k=I(3, 10), m=CH(5, 8, 10, 12, 15), N=CH(240, 300, 360, 480, 600, 720, 900, 1200)),
  [('daily', 'k*m', 'trees per day', 'trees'), ('days', 'N/daily', 'days needed', 'days')])
T('machines_order', 'work',
  "Machine A makes {a} parts per hour. It runs alone for {h} hours, then machine B, making {b} parts per hour, joins it. How many more hours are needed to finish an order of {N} parts?",
  dict(a=CH(20, 30, 40, 50), h=I(2, 4), b=CH(10, 20, 30, 40), N=CH(300, 400, 500, 600, 800)),
  [('done', 'a*h', 'parts made by A alone', 'parts'), ('left', 'N-done', 'parts left', 'parts'), ('rate', 'a+b', 'combined rate', 'parts/h'),
   ('hours', 'left/rate', 'additional hours', 'h')], ok=lambda e: e['left'] > 0)
T('leaky_tank', 'work',
  "A hose adds {r} liters per minute to a tank, but a leak drains {l} liters per minute. How many minutes does it take to collect {C} liters?",
  dict(r=CH(12, 15, 18, 20, 25, 30), l=CH(2, 3, 5, 6), C=CH(120, 180, 240, 300, 360, 600)),
  [('net', 'r-l', 'net fill rate', 'L/min'), ('mins', 'C/net', 'time needed', 'min')])
T('person_hours', 'work',
  "A painting job takes {H} person-hours. If {k} painters share the work equally and each works 8 hours a day, how many days will the job take?",
  dict(H=CH(96, 120, 160, 192, 240, 320, 480), k=CH(2, 3, 4, 5, 6)),
  [('hours', 'H/k', 'hours per painter', 'h'), ('days', 'hours/8', 'days needed', 'days')])
T('two_printers', 'work',
  "One printer prints {a} pages per minute and a second prints {b} pages per minute. How many minutes do they need together to print {N} pages?",
  dict(a=CH(12, 15, 18, 20, 25), b=CH(10, 15, 20, 30), N=CH(450, 600, 900, 1200, 1500, 1800)),
  [('rate', 'a+b', 'combined rate', 'pages/min'), ('mins', 'N/rate', 'printing time', 'min')])

# ============================================================ profit
T('resell_profit', 'profit',
  "{n} buys {k} used bikes for {c} each, fixes them up, and sells each for {p}. What is {his} total profit?",
  dict(k=I(2, 8), c=M(20, 60, '5'), p=M(60, 120, '5')),
  [('cost', 'k*c', 'total cost', '$'), ('rev', 'k*p', 'total sales', '$'), ('profit', 'rev-cost', 'profit', '$')], ok=lambda e: e['profit'] > 0)
T('lemonade_stand', 'profit',
  "{n} sells {c} cups of lemonade at {p} each. Supplies cost {s}. What is {his} profit?",
  dict(c=I(20, 80), p=M('0.5', 2, '0.25'), s=M(5, 20, '0.5')),
  [('rev', 'c*p', 'money from sales', '$'), ('profit', 'rev-s', 'profit', '$')], ok=lambda e: e['profit'] > 0)
T('bake_sale', 'profit',
  "At a bake sale, {a} cookies sell for {p} each and {b} brownies sell for {q} each. Ingredients cost {s}. What is the profit?",
  dict(a=I(20, 60), p=M('0.5', '1.5', '0.25'), b=I(10, 40), q=M(1, '2.5', '0.25'), s=M(10, 35, '1')),
  [('r1', 'a*p', 'cookie sales', '$'), ('r2', 'b*q', 'brownie sales', '$'), ('rev', 'r1+r2', 'total sales', '$'),
   ('profit', 'rev-s', 'profit', '$')], ok=lambda e: e['profit'] > 0)
T('sale_profit', 'profit',
  "A shop buys a vase for {c} and lists it at {p}. It sells during a {r} off sale. What is the shop's profit on the vase?",
  dict(c=M(10, 30, '1'), p=M(40, 80, '2'), r=P(10, 20, 25)),
  [('sale', 'off(r, p)', 'sale price', '$'), ('profit', 'sale-c', 'profit', '$')])
T('profit_margin', 'profit',
  "A store had revenue of {R} last month and kept {r} of it as profit. How much were its costs?",
  dict(R=MC(12000, 15000, 20000, 24000, 30000, 45000), r=P(10, 12, 15, 20, 25)),
  [('profit', 'pct(r, R)', 'profit', '$'), ('costs', 'R-profit', 'costs', '$')])
T('car_wash_fund', 'profit',
  "A club washes {k} cars at {p} each. Supplies cost {s}, and the rest is split equally among {m} members. How much does each member get?",
  dict(k=I(20, 60), p=MC(5, 6, 8, 10), s=M(20, 60, '5'), m=CH(4, 5, 8, 10)),
  [('rev', 'k*p', 'money collected', '$'), ('profit', 'rev-s', 'money after supplies', '$'), ('each', 'profit/m', 'share per member', '$')],
  ok=lambda e: e['profit'] > 0)
T('craft_fair', 'profit',
  "{n} makes {k} bracelets. Materials cost {m} in total. {He} sells {s} of them at {p} each. What is {his} profit?",
  dict(k=I(20, 40), m=M(15, 40, '1'), s=I(10, 20), p=M(3, 8, '0.5')),
  [('rev', 's*p', 'sales', '$'), ('profit', 'rev-m', 'profit', '$')], ok=lambda e: e['profit'] > 0)
T('egg_sales', 'profit',
  "A farmer has {h} hens that each lay {e} eggs a week. {He} sells the eggs for {p} per dozen. How much does {he} earn in a week?",
  dict(h=CH(12, 18, 24, 30, 36), e=CH(4, 5, 6), p=M(3, 6, '0.5')),
  [('eggs', 'h*e', 'eggs per week', 'eggs'), ('dozens', 'eggs/12', 'dozens of eggs', 'dozen'), ('earn', 'dozens*p', 'weekly earnings', '$')],
  ok=lambda e: e['dozens'].denominator == 1)

# ============================================================ recipe scaling
T('recipe_scale', 'recipes',
  "A recipe for {s} servings uses {c} cups of flour. How many cups are needed for {t} servings?",
  dict(s=CH(2, 4, 6, 8), c=CH('1.5', 2, '2.5', 3, '0.5'), t=CH(4, 6, 8, 12, 16, 24)),
  [('factor', 't/s', 'scale factor', ''), ('cups', 'c*factor', 'flour needed', 'cups')], ok=lambda e: e['t'] != e['s'])
T('butter_sticks', 'recipes',
  "One batch of cookies needs {s} sticks of butter, and each stick is 8 tablespoons. How many tablespoons of butter are needed for {k} batches?",
  dict(s=CH('0.5', '1.5', 2, '2.5'), k=I(2, 6)),
  [('sticks', 's*k', 'sticks needed', 'sticks'), ('tbsp', 'sticks*8', 'tablespoons needed', 'tbsp')])
T('eggs_batches', 'recipes',
  "Each batch of muffins needs {e} eggs. {n} makes {k} batches and already has {h} eggs. How many more eggs does {he} need?",
  dict(e=I(2, 4), k=I(3, 8), h=I(2, 9)),
  [('need', 'e*k', 'eggs needed', 'eggs'), ('buy', 'need-h', 'eggs to buy', 'eggs')], ok=lambda e: e['buy'] > 0)
T('pancake_milk', 'recipes',
  "A pancake recipe makes {m} pancakes using {c} cups of milk. How much milk is needed for {p} pancakes?",
  dict(m=CH(8, 10, 12), c=CH('1.5', 2, 3), p=CH(16, 20, 24, 30, 36, 40)),
  [('factor', 'p/m', 'scale factor', ''), ('milk', 'c*factor', 'milk needed', 'cups')])
T('sugar_cups', 'recipes',
  "Each batch of jam uses {t} tablespoons of sugar. There are 16 tablespoons in a cup. How many cups of sugar do {k} batches use?",
  dict(t=CH(4, 6, 8, 12), k=CH(4, 6, 8, 10, 12)),
  [('tbsp', 't*k', 'tablespoons of sugar', 'tbsp'), ('cups', 'tbsp/16', 'cups of sugar', 'cups')])
T('cookie_scale_down', 'recipes',
  "A recipe makes {m} cookies and uses {c} cups of sugar. {n} only wants {w} cookies. How much sugar should {he} use?",
  dict(m=CH(24, 36, 48), c=CH('1.5', 2, 3), w=CH(12, 18, 24)),
  [('factor', 'w/m', 'scale factor', ''), ('sugar', 'c*factor', 'sugar needed', 'cups')], ok=lambda e: e['w'] < e['m'])
T('smoothie_cups', 'recipes',
  "Each smoothie needs {a} cups of fruit and {b} cups of yogurt. How many cups of ingredients are needed for {k} smoothies?",
  dict(a=CH('1.5', 2, '0.5', '2.5'), b=CH('0.5', '0.25', '0.75'), k=I(2, 8)),
  [('per', 'a+b', 'cups per smoothie', 'cups'), ('total', 'per*k', 'total cups', 'cups')])
T('lemonade_sugar', 'recipes',
  "Each pitcher of lemonade uses {a} cups of sugar. {n} makes {p} pitchers from a bag holding {B} cups. How much sugar is left?",
  dict(a=CH('0.5', '0.75', '1.25', '1.5'), p=I(2, 6), B=CH(8, 10, 12)),
  [('used', 'a*p', 'sugar used', 'cups'), ('left', 'B-used', 'sugar left', 'cups')], ok=lambda e: e['left'] > 0)

# ============================================================ multi-step counting
T('crayon_boxes', 'counting',
  "{n} has {b} boxes of crayons with {k} crayons each, plus {l} loose crayons. How many crayons does {he} have?",
  dict(b=I(2, 9), k=CH(8, 12, 16, 24, 24, 64), l=I(2, 15)),
  [('boxed', 'b*k', 'crayons in boxes', 'crayons'), ('total', 'boxed+l', 'total crayons', 'crayons')])
T('chair_rows', 'counting',
  "A hall has {r} rows of {c} chairs. {x} chairs are broken. How many chairs can be used?",
  dict(r=I(8, 25), c=I(10, 30), x=I(2, 15)),
  [('chairs', 'r*c', 'total chairs', 'chairs'), ('good', 'chairs-x', 'usable chairs', 'chairs')])
T('farm_legs', 'counting',
  "A farm has {c} chickens and {w} cows. How many legs are there in total?",
  dict(c=I(5, 40), w=I(3, 25)),
  [('cl', 'c*2', 'chicken legs', 'legs'), ('wl', 'w*4', 'cow legs', 'legs'), ('total', 'cl+wl', 'total legs', 'legs')])
T('shelf_books', 'counting',
  "A library has {s} shelves with {b} books each. It donates {d} books. How many books remain?",
  dict(s=I(5, 20), b=I(20, 45), d=I(10, 80)),
  [('books', 's*b', 'total books', 'books'), ('left', 'books-d', 'books remaining', 'books')], ok=lambda e: e['left'] > 0)
T('sticker_packs', 'counting',
  "{n} buys {p} packs of {k} stickers and gives {f} friends {m} stickers each. How many stickers does {he} have left?",
  dict(p=I(3, 8), k=CH(10, 12, 15, 20, 25), f=I(2, 6), m=I(3, 10)),
  [('got', 'p*k', 'stickers bought', 'stickers'), ('gave', 'f*m', 'stickers given away', 'stickers'), ('left', 'got-gave', 'stickers left', 'stickers')],
  ok=lambda e: e['left'] > 0)
T('field_trip_buses', 'counting',
  "{c} classes of {k} students go on a field trip. Each bus holds {b} students. How many buses are needed?",
  dict(c=I(3, 8), k=I(20, 32), b=CH(40, 44, 48, 50, 52, 56)),
  [('students', 'c*k', 'number of students', 'students'), ('full', 'idiv(students, b)', 'full buses', 'buses'), ('buses', 'full+1', 'buses needed', 'buses')],
  ok=lambda e: (e['students'] % e['b']) != 0)
T('garden_rows', 'counting',
  "{n} plants {r} rows of lettuce with {p} plants in each row. Rabbits eat {d} plants. How many plants are left?",
  dict(r=I(4, 12), p=I(6, 15), d=I(3, 20)),
  [('plants', 'r*p', 'plants planted', 'plants'), ('left', 'plants-d', 'plants left', 'plants')])
T('bike_wheels', 'counting',
  "A shop has {b} bicycles and {t} tricycles. How many wheels are there altogether?",
  dict(b=I(5, 30), t=I(3, 20)),
  [('bw', 'b*2', 'bicycle wheels', 'wheels'), ('tw', 't*3', 'tricycle wheels', 'wheels'), ('total', 'bw+tw', 'total wheels', 'wheels')])
T('trading_cards', 'counting',
  "{n} has {c} trading cards. {He} buys {p} packs of {k} cards and trades away {t} cards. How many cards does {he} have now?",
  dict(c=I(20, 120), p=I(2, 6), k=CH(5, 8, 10, 12), t=I(5, 30)),
  [('bought', 'p*k', 'cards bought', 'cards'), ('total', 'c+bought', 'cards before trading', 'cards'), ('now', 'total-t', 'cards now', 'cards')])
T('muffin_trays', 'counting',
  "A bakery makes {t} trays of {m} muffins and sells {s} muffins. How many muffins are left?",
  dict(t=I(3, 10), m=CH(6, 12, 24), s=I(10, 60)),
  [('made', 't*m', 'muffins made', 'muffins'), ('left', 'made-s', 'muffins left', 'muffins')], ok=lambda e: e['left'] > 0)
T('fish_tanks', 'counting',
  "A pet store has {k} tanks with {f} fish each. It sells {s} fish and gets a new shipment of {n2n} fish. How many fish does it have now?",
  dict(k=I(3, 12), f=I(8, 25), s=I(5, 40), n2n=I(10, 50)),
  [('fish', 'k*f', 'fish at the start', 'fish'), ('after', 'fish-s', 'fish after the sale', 'fish'), ('now', 'after+n2n', 'fish now', 'fish')],
  ok=lambda e: e['after'] > 0)
T('pages_printed', 'counting',
  "A teacher prints {k} copies of a {p}-page handout and {m} copies of a {q}-page quiz. How many pages are printed?",
  dict(k=I(15, 35), p=I(2, 6), m=I(15, 35), q=I(1, 4)),
  [('h', 'k*p', 'handout pages', 'pages'), ('qz', 'm*q', 'quiz pages', 'pages'), ('total', 'h+qz', 'total pages', 'pages')])

# ============================================================ sharing with remainders
T('cookie_share', 'sharing',
  "{n} has {C} cookies to share equally among {k} children, giving each child as many whole cookies as possible. How many cookies are left over?",
  dict(C=I(20, 80), k=I(3, 9)),
  [('each', 'idiv(C, k)', 'cookies per child', 'cookies'), ('given', 'each*k', 'cookies given out', 'cookies'), ('left', 'C-given', 'cookies left over', 'cookies')])
T('pencil_boxes', 'sharing',
  "{n} packs {P} pencils into boxes of {b}. How many pencils are left after filling as many boxes as possible?",
  dict(P=I(50, 200), b=CH(6, 8, 10, 12, 24)),
  [('full', 'idiv(P, b)', 'full boxes', 'boxes'), ('packed', 'full*b', 'pencils packed', 'pencils'), ('loose', 'P-packed', 'pencils left', 'pencils')])
T('money_share', 'sharing',
  "{n} splits {D} among {k} grandchildren in whole dollars, as evenly as possible, and keeps the rest. How many dollars does {n} keep?",
  dict(D=MC(50, 65, 77, 83, 100, 125, 149, 158), k=I(3, 7)),
  [('each', 'idiv(D, k)', 'dollars per grandchild', '$'), ('given', 'each*k', 'dollars given', '$'), ('kept', 'D-given', 'dollars kept', '$')])
T('egg_cartons', 'sharing',
  "A farm collects {E} eggs and packs them into cartons of 12. How many eggs do not fit in a full carton?",
  dict(E=I(50, 250)),
  [('cartons', 'idiv(E, 12)', 'full cartons', 'cartons'), ('packed', 'cartons*12', 'eggs packed', 'eggs'), ('left', 'E-packed', 'eggs left over', 'eggs')])
T('candy_bags_share', 'sharing',
  "{n} has {b} bags with {k} candies each and shares them equally among {f} friends, as many whole candies each as possible. How many candies are left?",
  dict(b=I(2, 6), k=CH(10, 12, 15, 18, 20), f=CH(3, 4, 7, 8, 9)),
  [('total', 'b*k', 'total candies', 'candies'), ('each', 'idiv(total, f)', 'candies per friend', 'candies'),
   ('left', 'total-each*f', 'candies left', 'candies')])
T('team_split', 'sharing',
  "{N} students are split into teams of {k}. Students who don't fit in a full team become referees. How many referees are there?",
  dict(N=I(25, 60), k=CH(4, 5, 6, 7)),
  [('teams', 'idiv(N, k)', 'full teams', 'teams'), ('inteams', 'teams*k', 'students on teams', 'students'), ('refs', 'N-inteams', 'referees', 'students')])
T('sticker_pages', 'sharing',
  "{n} has {S} stickers and puts {p} on each page of an album, filling as many pages as possible. How many stickers are left?",
  dict(S=I(40, 150), p=CH(6, 8, 9, 12)),
  [('pages', 'idiv(S, p)', 'full pages', 'pages'), ('used', 'pages*p', 'stickers used', 'stickers'), ('left', 'S-used', 'stickers left', 'stickers')])
T('marble_bags', 'sharing',
  "{n} puts {M} marbles into bags of {b}, filling as many bags as possible, then buys {x} more marbles. How many loose marbles does {he} have?",
  dict(M=I(40, 130), b=CH(5, 6, 8, 10), x=I(2, 9)),
  [('bags', 'idiv(M, b)', 'full bags', 'bags'), ('inbags', 'bags*b', 'marbles in bags', 'marbles'), ('loose', 'M-inbags', 'loose marbles from the bags', 'marbles'),
   ('total', 'loose+x', 'loose marbles', 'marbles')])


# ============================================================ number sets
def clock_str(m):
    m = int(m)
    h, mm = divmod(m, 60)
    suf = 'AM' if h < 12 else 'PM'
    h12 = h % 12 or 12
    return '%d:%02d %s' % (h12, mm, suf)


def text_value(v, unit):
    from engine import canon
    if unit == 'clock':
        return clock_str(v)
    if unit == 'frac':
        return '%d/%d' % (v.numerator, v.denominator)
    if unit == '%':
        return canon(v) + '%'
    if unit.startswith('$'):
        s = canon(v) if v.denominator == 1 else '%.2f' % v
        if v.denominator == 1 and v >= 1000:
            s = '{:,}'.format(int(v))
        return '$' + s
    return canon(v)


def carry_options(t, givens, env):
    """All (step_index, kind, wrong_value) producing a valid consistent wrong chain."""
    out = []
    last = len(t.steps) - 1
    for i, s in enumerate(t.steps[:-1]):
        if s.tree[0] == 'idiv':
            continue
        for kind in KINDS:
            w = perturb(env[s.name], kind, random.Random('%s:%d:%s' % (t.tid, i, kind)),
                        money=s.unit.startswith('$'))
            if w is None:
                continue
            e2 = t.compute(givens, {s.name: w})
            if not t.valid_env(e2):
                continue
            if e2[t.steps[last].name] == env[t.steps[last].name]:
                continue
            out.append((i, kind))
    return out


def draw_set(t, r):
    givens = {}
    for k, g in t.gens.items():
        givens[k] = g.draw(r)
    for s in t.steps:
        if s.tree[0] in ('tdiff', 'tdiffh'):
            a, b = givens[s.tree[1][1]], givens[s.tree[2][1]]
            if b <= a:
                return None
    for k, g in t.gens.items():
        if g.kind == 'num' and not is_2dp(givens[k]):
            return None
    env = t.compute(givens)
    if not t.valid_env(env):
        return None
    if t.ok and not t.ok(env):
        return None
    if not carry_options(t, givens, env):
        return None
    return givens, env


def build_problems(seed):
    probs = []
    for t in TEMPLATES:
        r = random.Random('%s:%s' % (seed, t.tid))
        seen = set()
        got = 0
        for attempt in range(5000):
            res = draw_set(t, r)
            if res is None:
                continue
            givens, env = res
            key = tuple(sorted((k, v) for k, v in givens.items()))
            if key in seen:
                continue
            seen.add(key)
            ni = r.randrange(len(NAMES))
            n2 = r.randrange(len(NAMES) - 1)
            if n2 >= ni:
                n2 += 1
            name, he, his = NAMES[ni]
            fmt = {k: text_value(givens[k], t.units[k]) for k in t.gens}
            fmt.update(n=name, he=he, his=his, He=he.capitalize(), His=his.capitalize(), n2=NAMES[n2][0])
            text = t.text.format(**fmt)
            text = text[0].upper() + text[1:]
            probs.append(dict(pid='%s-%d' % (t.tid, got), template=t, givens=givens, env=env, problem=text))
            got += 1
            if got == 4:
                break
        if got < 4:
            raise SystemExit('template %s: only %d number sets' % (t.tid, got))
    return probs
