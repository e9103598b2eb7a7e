"""Problem templates. Step = (name, noun phrase, expression, unit).
unit: '$' money, '' plain number, '%' percent result, 'f' fraction result,
'word' integer count with that unit, '~word' decimal allowed."""
from fractions import Fraction as Fr


class S:
    def __init__(self, kind, fn):
        self.kind = kind; self.fn = fn


def q(x):
    return Fr(str(x))


def I(lo, hi, step=1):
    return S('n', lambda r: Fr(r.randrange(lo, hi + 1, step)))


def M(lo, hi, step=0.25):
    a, b, c = round(lo * 100), round(hi * 100), round(step * 100)
    return S('$', lambda r: Fr(r.randrange(a, b + 1, c), 100))


def MC(*ch):
    return S('$', lambda r: q(r.choice(ch)))


def C(*ch):
    return S('n', lambda r: q(r.choice(ch)))


def P(*ch):
    return S('%', lambda r: q(r.choice(ch)) / 100)


def F(*ch):
    return S('f', lambda r: Fr(r.choice(ch)))


TEMPLATES = []
CATS = {}


def T(tid, cat, text, params, steps, cond=None, distinct=()):
    from core import parse_expr
    st = [dict(name=n, what=w, tree=parse_expr(e), src=e, unit=u) for n, w, e, u in steps]
    TEMPLATES.append(dict(id=tid, cat=cat, text=text, params=params, steps=st, cond=cond, distinct=list(distinct)))
    CATS.setdefault(cat, []).append(tid)


def load():
    if TEMPLATES:
        return
    # ------------------------------------------------------------ money / shopping
    T('apples_change', 'money',
      "{A} buys {n} apples at {p} each and a loaf of bread for {b}. {He} pays with a {bill} bill. How much change does {he} get?",
      dict(n=I(3, 9), p=M(0.25, 1.5, 0.05), b=M(1.5, 4.5, 0.25), bill=MC(20, 50)),
      [('ap', 'the cost of the apples', 'n*p', '$'), ('tot', 'the total cost', 'ap+b', '$'),
       ('chg', 'the change', 'bill-tot', '$')])
    T('notebooks_pens', 'money',
      "{A} buys {n} notebooks for {p} each and {m} pens for {r} each. How much does {he} spend in total?",
      dict(n=I(2, 8), p=M(1.5, 6, 0.25), m=I(3, 12), r=M(0.5, 2, 0.05)),
      [('nb', 'the cost of the notebooks', 'n*p', '$'), ('pn', 'the cost of the pens', 'm*r', '$'),
       ('tot', 'the total amount spent', 'nb+pn', '$')])
    T('bulk_discount', 'percent',
      "A store sells T-shirts for {p} each. Customers who buy 5 or more get {d} off the whole order. {A} buys {k} T-shirts. How much does {he} pay?",
      dict(p=MC(8, 10, 12, 15, 16, 18, 20, 24, 25), d=P(10, 15, 20, 25, 30), k=I(5, 12)),
      [('sub', 'the price before the discount', 'k*p', '$'), ('disc', 'the discount', 'd*sub', '$'),
       ('pay', 'the amount paid', 'sub-disc', '$')])
    T('tip_split', 'tax_tip',
      "{A} and {m} friends eat dinner together. The bill is {b}, and they leave a {t} tip. They split the total equally. How much does each person pay?",
      dict(m=I(1, 5), b=MC(40, 48, 60, 72, 80, 96, 100, 120, 150), t=P(15, 20, 25)),
      [('tip', 'the tip', 't*b', '$'), ('tot', 'the total with tip', 'b+tip', '$'),
       ('ppl', 'the number of people', 'm+1', 'people'), ('each', 'the amount each person pays', 'tot/ppl', '$')])
    T('sales_tax', 'tax_tip',
      "{A} buys a jacket for {p} and a pair of shoes for {r}. The sales tax is {t}. What is the total cost including tax?",
      dict(p=MC(40, 45, 50, 60, 64, 75, 80), r=MC(30, 35, 40, 55, 60, 70), t=P(5, 6, 8, 10)),
      [('sub', 'the cost before tax', 'p+r', '$'), ('tax', 'the sales tax', 't*sub', '$'),
       ('tot', 'the total cost', 'sub+tax', '$')])
    T('bike_saving', 'money',
      "{A} wants a bike that costs {c}. {He} has already saved {s} and saves {w} every week. How many weeks will it take {him} to have enough money?",
      dict(c=MC(180, 240, 300, 360, 420, 450), s=MC(20, 40, 60, 80, 90), w=MC(10, 15, 20, 25, 30)),
      [('need', 'the amount still needed', 'c-s', '$'), ('wk', 'the number of weeks', 'need/w', 'weeks')])
    T('overtime', 'money',
      "{A} earns {r} per hour for the first 40 hours each week and 1.5 times that rate for every hour over 40. Last week {he} worked {h} hours. How much did {he} earn?",
      dict(r=MC(12, 14, 16, 18, 20, 22, 24), h=I(42, 52)),
      [('reg', 'the pay for the first 40 hours', '40*r', '$'), ('oth', 'the overtime hours', 'h-40', 'hours'),
       ('otr', 'the overtime rate', '1.5*r', '$'), ('otp', 'the overtime pay', 'oth*otr', '$'),
       ('tot', 'the total earnings', 'reg+otp', '$')])
    T('pizza_coupon', 'money',
      "A large pizza costs {p}. {A} orders {n} pizzas, uses a coupon for {c} off the order, and pays a {f} delivery fee. How much does {he} pay in total?",
      dict(p=M(9, 16, 0.5), n=I(2, 6), c=MC(3, 5, 8, 10), f=MC(2, 3, 4, 5)),
      [('sub', 'the cost of the pizzas', 'n*p', '$'), ('afc', 'the cost after the coupon', 'sub-c', '$'),
       ('tot', 'the total paid', 'afc+f', '$')])
    T('lemonade_profit', 'money',
      "{A} sells {n} cups of lemonade for {p} per cup. {He} spent {c} on lemons, sugar and cups. What is {his} profit?",
      dict(n=I(20, 80), p=M(0.5, 2, 0.25), c=M(8, 20, 0.5)),
      [('rev', 'the money from sales', 'n*p', '$'), ('prof', 'the profit', 'rev-c', '$')])
    T('allowance_save', 'fractions',
      "{A} gets {a} allowance each week. {He} spends {f} of it on snacks and saves the rest. How much does {he} save in {w} weeks?",
      dict(a=MC(8, 10, 12, 16, 20, 24), f=F('1/4', '1/2', '3/8', '1/5', '3/4'), w=I(4, 12)),
      [('sn', 'the amount spent on snacks each week', 'f*a', '$'), ('sv', 'the amount saved each week', 'a-sn', '$'),
       ('tot', 'the total saved', 'sv*w', '$')])
    T('movie_tickets', 'money',
      "Adult movie tickets cost {a} and child tickets cost {c}. A family buys {x} adult tickets, {y} child tickets and {z} buckets of popcorn at {p} each. How much do they spend?",
      dict(a=M(9, 15, 0.5), c=M(5, 9, 0.5), x=I(2, 3), y=I(1, 4), z=I(1, 3), p=M(4, 8, 0.25)),
      [('ad', 'the cost of the adult tickets', 'x*a', '$'), ('ch', 'the cost of the child tickets', 'y*c', '$'),
       ('pc', 'the cost of the popcorn', 'z*p', '$'), ('tot', 'the total spent', 'ad+ch+pc', '$')])
    T('juice_unit_price', 'rates',
      "A {n}-pack of juice boxes costs {p}. At the same price per box, how much would {m} juice boxes cost?",
      dict(n=C(4, 6, 8, 10, 12), p=M(3, 9, 0.2), m=I(3, 30)),
      [('unit', 'the price of one juice box', 'p/n', '$'), ('cost', 'the cost of the juice boxes', 'unit*m', '$')],
      distinct=[('n', 'm')])
    T('phone_plan', 'money',
      "A phone plan costs {b} per month plus {r} for each gigabyte of data. {A} uses {g} gigabytes every month. How much does {he} pay for {mo} months?",
      dict(b=M(15, 35, 5), r=M(2, 6, 0.5), g=I(3, 12), mo=I(3, 12)),
      [('data', 'the data charge per month', 'r*g', '$'), ('month', 'the monthly bill', 'b+data', '$'),
       ('tot', 'the total for all the months', 'month*mo', '$')])
    T('gas_trip', 'rates',
      "{A}'s car travels {m} miles on one gallon of gas. Gas costs {p} per gallon. How much will gas cost for a {d}-mile trip?",
      dict(m=C(20, 25, 30, 32, 40), p=M(3, 4.5, 0.1), d=I(60, 480, 20)),
      [('gal', 'the gallons of gas needed', 'd/m', '~gallons'), ('cost', 'the cost of the gas', 'gal*p', '$')])
    T('rent_split', 'money',
      "{n} roommates share an apartment. The rent is {r} per month and utilities are {u} per month. If they split everything equally, how much does each roommate pay in a year?",
      dict(n=C(2, 3, 4, 5), r=MC(1200, 1500, 1800, 2100, 2400), u=MC(120, 150, 180, 240, 300)),
      [('m', 'the total monthly cost', 'r+u', '$'), ('each', 'each roommate\'s monthly share', 'm/n', '$'),
       ('yr', 'each roommate\'s yearly cost', 'each*12', '$')])
    T('bake_sale', 'counting',
      "{A} bakes {t} trays of cookies with {c} cookies on each tray. {He} sells them in bags of {b} cookies for {p} per bag. How much money does {he} make if {he} sells every bag?",
      dict(t=I(3, 8), c=C(12, 15, 16, 18, 20, 24), b=C(3, 4, 6), p=M(1.5, 5, 0.25)),
      [('ck', 'the total number of cookies', 't*c', 'cookies'), ('bg', 'the number of bags', 'ck/b', 'bags'),
       ('mon', 'the money made', 'bg*p', '$')])
    T('game_price_up', 'percent',
      "A video game used to cost {p}. The price went up by {r}. {A} buys {n} copies at the new price for {his} friends. How much does {he} spend?",
      dict(p=MC(20, 30, 40, 50, 60, 80), r=P(5, 10, 15, 20, 25), n=I(2, 5)),
      [('inc', 'the price increase', 'r*p', '$'), ('new', 'the new price', 'p+inc', '$'),
       ('tot', 'the total spent', 'new*n', '$')])
    T('town_pop', 'percent',
      "A town had {p} people last year. This year the population decreased by {r}, and then {m} new people moved in. How many people live in the town now?",
      dict(p=I(2000, 9000, 100), r=P(2, 4, 5, 8, 10, 12), m=I(20, 300, 10)),
      [('dec', 'the decrease', 'r*p', 'people'), ('aft', 'the population after the decrease', 'p-dec', 'people'),
       ('now', 'the population now', 'aft+m', 'people')])
    T('commission', 'percent',
      "{A} earns a base salary of {b} per month plus a {c} commission on sales. In March {he} sold {s} worth of products. What were {his} total earnings for March?",
      dict(b=MC(1800, 2000, 2200, 2500, 3000), c=P(3, 4, 5, 6, 8, 10), s=I(5000, 40000, 500)),
      [('com', 'the commission', 'c*s', '$'), ('tot', 'the total earnings', 'b+com', '$')],
      cond=None)
    T('simple_interest', 'percent',
      "{A} puts {p} in a savings account that pays {r} simple interest per year. How much money will be in the account after {y} years?",
      dict(p=MC(500, 800, 1000, 1200, 1500, 2000, 2500), r=P(2, 3, 4, 5, 6), y=I(2, 6)),
      [('yi', 'the interest for one year', 'r*p', '$'), ('ti', 'the total interest', 'yi*y', '$'),
       ('bal', 'the final balance', 'p+ti', '$')])
    # ------------------------------------------------------------ rates
    T('train_two_legs', 'rates',
      "A train travels at {s} miles per hour for {h} hours and then at {t} miles per hour for {k} hours. How many miles does it travel in total?",
      dict(s=I(40, 80, 5), h=I(2, 5), t=I(30, 70, 5), k=I(1, 4)),
      [('d1', 'the distance for the first part', 's*h', 'miles'), ('d2', 'the distance for the second part', 't*k', 'miles'),
       ('tot', 'the total distance', 'd1+d2', 'miles')])
    T('avg_speed_trip', 'rates',
      "{A} drives {a} miles in {h} hours, stops for lunch, and then drives {b} miles in {k} hours. What is {his} average driving speed for the whole trip in miles per hour?",
      dict(a=I(100, 240, 10), h=I(2, 4), b=I(60, 200, 10), k=I(1, 3)),
      [('d', 'the total distance', 'a+b', 'miles'), ('t', 'the total driving time', 'h+k', 'hours'),
       ('avg', 'the average speed', 'd/t', '~miles per hour')])
    T('typing_essay', 'rates',
      "{A} types {w} words per minute. {He} needs to type a {n}-word essay and will also take a {b}-minute break. How many minutes will it take {him} in total?",
      dict(w=C(30, 40, 45, 50, 60, 75), n=I(600, 3000, 150), b=C(5, 10, 15)),
      [('ty', 'the typing time', 'n/w', 'minutes'), ('tot', 'the total time', 'ty+b', 'minutes')])
    T('reading_days', 'rates',
      "A book has {n} pages. {A} has already read {r} pages and reads {p} pages every day. How many more days will it take {him} to finish the book?",
      dict(n=I(200, 600, 10), r=I(20, 150, 10), p=C(10, 15, 20, 25, 30)),
      [('left', 'the pages left', 'n-r', 'pages'), ('days', 'the number of days', 'left/p', 'days')])
    T('faucet_tank', 'rates',
      "A tank holds {c} liters and already has {a} liters of water in it. A faucet adds {r} liters per minute. How many minutes will it take to fill the tank?",
      dict(c=I(200, 1000, 50), a=I(20, 150, 10), r=C(5, 8, 10, 12, 15, 20)),
      [('need', 'the water still needed', 'c-a', 'liters'), ('min', 'the time to fill the tank', 'need/r', 'minutes')])
    T('widget_boxes', 'counting',
      "A machine makes {r} widgets per hour. It runs {h} hours a day for {d} days. The widgets are packed {b} to a box. How many boxes are filled?",
      dict(r=I(20, 90, 5), h=C(6, 8, 10, 12), d=I(3, 7), b=C(10, 12, 20, 24, 25, 50)),
      [('pd', 'the widgets made per day', 'r*h', 'widgets'), ('tot', 'the total widgets', 'pd*d', 'widgets'),
       ('bx', 'the number of boxes', 'tot/b', 'boxes')])
    T('walk_minutes', 'conversions',
      "{A} walks at a steady {s} miles per hour. How many minutes does it take {him} to walk {d} miles to the park and back?",
      dict(s=C(2, 3, 4, 5), d=C(1, 1.5, 2, 2.5, 3, 4)),
      [('dist', 'the round-trip distance', '2*d', '~miles'), ('hr', 'the walking time in hours', 'dist/s', '~hours'),
       ('mn', 'the walking time in minutes', "conv(hr, 60, 'hours', 'minutes')", 'minutes')])
    T('heartbeats', 'conversions',
      "A resting heart beats {b} times per minute. How many times does it beat in {h} hours?",
      dict(b=I(60, 90), h=I(2, 9)),
      [('mn', 'the number of minutes', "conv(h, 60, 'hours', 'minutes')", 'minutes'), ('bt', 'the number of beats', 'mn*b', 'beats')])
    T('printer_copies', 'rates',
      "A printer prints {p} pages per minute. How many minutes will it take to print {c} copies of a {n}-page report?",
      dict(p=C(10, 12, 15, 20, 25, 30), c=I(5, 40), n=I(6, 30)),
      [('pg', 'the total number of pages', 'c*n', 'pages'), ('mn', 'the printing time', 'pg/p', 'minutes')])
    T('fuel_km', 'rates',
      "A car uses {l} liters of fuel for every 100 kilometers. Fuel costs {p} per liter. How much does the fuel cost for a {d}-kilometer trip?",
      dict(l=C(5, 6, 7, 8, 9, 10), p=M(1.2, 2, 0.1), d=I(100, 900, 50)),
      [('fu', 'the fuel needed', 'd/100*l', '~liters'), ('cost', 'the fuel cost', 'fu*p', '$')])
    # ------------------------------------------------------------ time
    T('movie_marathon', 'time',
      "{A} watches {n} movies that are each {h} hours and {m} minutes long. How many hours does {he} spend watching movies?",
      dict(n=I(2, 6), h=C(1, 2), m=C(15, 30, 45)),
      [('each', 'the length of one movie in minutes', 'h*60+m', 'minutes'), ('tot', 'the total minutes', 'each*n', 'minutes'),
       ('hr', 'the total hours', "convd(tot, 60, 'minutes', 'hours')", '~hours')])
    T('work_shift', 'time',
      "{A} starts work at {s}:00 AM and finishes at {e}:30 PM. {He} takes a {l}-minute lunch break. How many minutes does {he} actually work each day?",
      dict(s=C(6, 7, 8, 9), e=C(2, 3, 4, 5), l=C(30, 45, 60)),
      [('h', 'the whole hours from start to finish', '12-s+e', 'hours'), ('mn', 'the time at work in minutes', 'h*60+30', 'minutes'),
       ('wk', 'the working time', 'mn-l', 'minutes')])
    T('piano_week', 'time',
      "{A} practices piano for {m} minutes on each weekday and {w} minutes on each day of the weekend. How many hours does {he} practice in one week?",
      dict(m=C(20, 30, 40, 45, 50, 60), w=C(30, 45, 60, 75, 90)),
      [('wd', 'the weekday practice', '5*m', 'minutes'), ('we', 'the weekend practice', '2*w', 'minutes'),
       ('tot', 'the total practice time', 'wd+we', 'minutes'), ('hr', 'the practice time in hours', "convd(tot, 60, 'minutes', 'hours')", '~hours')])
    T('turkey_time', 'time',
      "A turkey needs to cook for {m} minutes per pound. {A}'s turkey weighs {p} pounds, and it also has to rest for {r} minutes after cooking. How many hours does the whole process take?",
      dict(m=C(12, 13, 15, 18, 20), p=I(8, 20), r=C(15, 20, 30)),
      [('ck', 'the cooking time', 'm*p', 'minutes'), ('tot', 'the total time in minutes', 'ck+r', 'minutes'),
       ('hr', 'the total time in hours', "convd(tot, 60, 'minutes', 'hours')", '~hours')])
    T('commute_weeks', 'time',
      "{A}'s commute takes {m} minutes each way. {He} works {d} days a week. How many hours does {he} spend commuting in {w} weeks?",
      dict(m=C(15, 20, 25, 30, 35, 40, 45), d=C(4, 5), w=C(2, 3, 4, 6)),
      [('day', 'the commuting time per day', '2*m', 'minutes'), ('wk', 'the commuting time per week', 'day*d', 'minutes'),
       ('tot', 'the total commuting time', 'wk*w', 'minutes'), ('hr', 'the commuting time in hours', "convd(tot, 60, 'minutes', 'hours')", '~hours')])
    T('sleep_nights', 'time',
      "{A} goes to bed at {s}:00 PM and wakes up at {e}:00 AM every night. How many hours does {he} sleep in {n} nights?",
      dict(s=C(8, 9, 10, 11), e=C(5, 6, 7, 8), n=C(5, 7, 10, 14)),
      [('per', 'the hours of sleep per night', '12-s+e', 'hours'), ('tot', 'the total hours of sleep', 'per*n', 'hours')])
    T('parking_fee', 'time',
      "A parking garage charges {f} for the first hour and {r} for each additional hour. {A} parks from {s}:00 AM to {e}:00 PM. How much does {he} pay?",
      dict(f=M(3, 6, 0.5), r=M(1.5, 3.5, 0.25), s=C(8, 9, 10, 11), e=C(1, 2, 3, 4, 5)),
      [('hr', 'the number of hours parked', '12-s+e', 'hours'), ('ex', 'the additional hours', 'hr-1', 'hours'),
       ('exc', 'the charge for the additional hours', 'ex*r', '$'), ('tot', 'the total fee', 'f+exc', '$')])
    T('laps_seconds', 'time',
      "{A} runs {n} laps around a track. Each lap takes {m} minutes and {s} seconds. How many minutes does {he} run in total?",
      dict(n=C(4, 6, 8, 10, 12), m=C(1, 2, 3), s=C(15, 30, 45)),
      [('lap', 'the time for one lap in seconds', 'm*60+s', 'seconds'), ('tot', 'the total time in seconds', 'lap*n', 'seconds'),
       ('mn', 'the total time in minutes', "convd(tot, 60, 'seconds', 'minutes')", '~minutes')])
    T('babysit_pay', 'time',
      "{A} babysits from {s}:30 PM until {e}:00 PM and earns {r} per hour. How much does {he} earn?",
      dict(s=C(1, 2, 3, 4), e=C(6, 7, 8, 9), r=MC(10, 12, 14, 15, 16, 18, 20)),
      [('mn', 'the babysitting time in minutes', '(e-s)*60-30', 'minutes'),
       ('hr', 'the babysitting time in hours', "convd(mn, 60, 'minutes', 'hours')", '~hours'), ('pay', 'the earnings', 'hr*r', '$')])
    T('bus_schedule', 'time',
      "A bus leaves the station every {m} minutes, starting at 6:00 AM. How many buses leave from 6:00 AM up to and including {e}:00 AM?",
      dict(m=C(10, 12, 15, 20, 30), e=C(8, 9, 10, 11)),
      [('h', 'the number of hours', 'e-6', 'hours'), ('mn', 'the number of minutes', "conv(h, 60, 'hours', 'minutes')", 'minutes'),
       ('iv', 'the number of intervals', 'mn/m', 'intervals'), ('bus', 'the number of buses', 'iv+1', 'buses')])
    # ------------------------------------------------------------ fractions of quantities
    T('marbles_give', 'fractions',
      "{A} has {n} marbles. {He} gives {f} of them to {B} and then {g} of the remaining marbles to {C}. How many marbles does {A} have left?",
      dict(n=I(24, 120, 12), f=F('1/4', '1/3', '1/2', '1/6'), g=F('1/2', '1/3', '1/4', '2/3')),
      [('g1', 'the marbles given to the first friend', 'f*n', 'marbles'), ('r1', 'the marbles remaining', 'n-g1', 'marbles'),
       ('g2', 'the marbles given to the second friend', 'g*r1', 'marbles'), ('left', 'the marbles left', 'r1-g2', 'marbles')])
    T('class_glasses', 'fractions',
      "There are {n} students in a class. {f} of them are girls, and {g} of the girls wear glasses. How many girls in the class do not wear glasses?",
      dict(n=I(20, 40), f=F('1/2', '2/5', '3/5', '3/4', '1/3', '2/3'), g=F('1/4', '1/3', '1/2', '1/5')),
      [('gi', 'the number of girls', 'f*n', 'girls'), ('gl', 'the girls who wear glasses', 'g*gi', 'girls'),
       ('no', 'the girls without glasses', 'gi-gl', 'girls')])
    T('pizza_slices', 'fractions',
      "{A} orders {p} pizzas, and each pizza is cut into {s} slices. At the party, the guests eat {f} of all the slices. How many slices are left?",
      dict(p=I(2, 8), s=C(6, 8, 10, 12), f=F('3/4', '2/3', '5/6', '3/5', '7/8')),
      [('sl', 'the total number of slices', 'p*s', 'slices'), ('ea', 'the slices eaten', 'f*sl', 'slices'),
       ('lf', 'the slices left', 'sl-ea', 'slices')])
    T('money_fraction', 'fractions',
      "{A} has {m}. {He} spends {f} of it on a book and then {g} of what is left on lunch. How much money does {he} have left?",
      dict(m=MC(24, 30, 36, 40, 48, 60, 72, 80, 90, 120), f=F('1/3', '1/4', '1/2', '2/5', '1/6'), g=F('1/2', '1/4', '1/3', '3/4')),
      [('bk', 'the amount spent on the book', 'f*m', '$'), ('r1', 'the money left after the book', 'm-bk', '$'),
       ('lu', 'the amount spent on lunch', 'g*r1', '$'), ('lf', 'the money left', 'r1-lu', '$')])
    T('garden_beans', 'fractions',
      "A garden has {n} plants. {f} of them are tomato plants, {g} are pepper plants, and the rest are bean plants. How many bean plants are there?",
      dict(n=I(24, 120, 12), f=F('1/3', '1/4', '1/2', '1/6'), g=F('1/4', '1/3', '1/6', '1/12')),
      [('to', 'the number of tomato plants', 'f*n', 'plants'), ('pe', 'the number of pepper plants', 'g*n', 'plants'),
       ('be', 'the number of bean plants', 'n-to-pe', 'plants')])
    T('tank_fill', 'fractions',
      "A water tank holds {c} gallons. It is {f} full. Water costs {p} per gallon. How much will it cost to fill the rest of the tank?",
      dict(c=I(40, 400, 20), f=F('1/4', '1/2', '3/4', '2/5', '3/5', '1/5'), p=MC(0.02, 0.05, 0.1, 0.04, 0.2)),
      [('cur', 'the water already in the tank', 'f*c', 'gallons'), ('more', 'the water needed', 'c-cur', 'gallons'),
       ('cost', 'the cost of the water', 'more*p', '$')])
    T('book_two_days', 'fractions',
      "A book has {n} pages. On Monday {A} reads {f} of the book, and on Tuesday {he} reads {g} of the remaining pages. How many pages does {he} still have to read?",
      dict(n=I(120, 480, 24), f=F('1/4', '1/3', '1/6', '1/8'), g=F('1/2', '1/3', '1/4', '2/3')),
      [('mo', 'the pages read on Monday', 'f*n', 'pages'), ('rm', 'the pages remaining after Monday', 'n-mo', 'pages'),
       ('tu', 'the pages read on Tuesday', 'g*rm', 'pages'), ('lf', 'the pages still to read', 'rm-tu', 'pages')])
    T('paint_chairs', 'fractions',
      "{A} needs {f} of a can of paint for each chair. {He} is painting {n} chairs, and each can costs {p}. How much will the paint cost?",
      dict(f=F('1/2', '1/3', '1/4', '2/3', '3/4'), n=I(4, 24), p=M(6, 15, 0.5)),
      [('cans', 'the number of cans', 'f*n', 'cans'), ('cost', 'the cost of the paint', 'cans*p', '$')])
    T('recipe_scale', 'ratios',
      "A recipe uses {c} cups of flour to make {s} muffins. How many cups of flour are needed to make {t} muffins?",
      dict(c=C(2, 3, 4, 1.5, 2.5), s=C(8, 10, 12, 16, 20), t=I(24, 80, 4)),
      [('per', 'the flour per muffin', 'c/s', '~cups'), ('need', 'the flour needed', 'per*t', '~cups')])
    T('ribbon_pieces', 'fractions',
      "{A} has a ribbon that is {l} feet long. {He} cuts off {f} of it for a gift and cuts the rest into pieces that are {p} feet long. How many pieces does {he} get?",
      dict(l=I(12, 60, 6), f=F('1/3', '1/4', '1/2', '1/6'), p=C(0.5, 1, 1.5, 2, 3)),
      [('cut', 'the length cut off', 'f*l', '~feet'), ('rest', 'the remaining length', 'l-cut', '~feet'),
       ('pc', 'the number of pieces', 'rest/p', 'pieces')])
    # ------------------------------------------------------------ conversions
    T('board_inches', 'conversions',
      "A wooden board is {f} feet long. {A} cuts off {k} pieces that are each {i} inches long. How many inches of the board are left?",
      dict(f=I(4, 12), k=I(2, 5), i=C(6, 8, 9, 10, 12, 14)),
      [('tot', 'the length of the board in inches', "conv(f, 12, 'feet', 'inches')", 'inches'),
       ('cut', 'the length cut off', 'k*i', 'inches'), ('lf', 'the length left', 'tot-cut', 'inches')])
    T('flour_ounces', 'conversions',
      "A bag of flour weighs {p} pounds. Each batch of bread uses {o} ounces of flour. How many batches can {A} make with the whole bag?",
      dict(p=C(2, 3, 4, 5, 6, 10), o=C(4, 6, 8, 12, 16)),
      [('oz', 'the weight in ounces', "conv(p, 16, 'pounds', 'ounces')", 'ounces'), ('b', 'the number of batches', 'oz/o', 'batches')])
    T('string_cm', 'conversions',
      "{A} has {m} meters of string. {He} cuts it into pieces that are {c} centimeters long and gives {g} pieces away. How many pieces does {he} keep?",
      dict(m=C(2, 3, 4, 5, 6, 8, 10), c=C(20, 25, 40, 50), g=I(1, 5)),
      [('cm', 'the length in centimeters', "conv(m, 100, 'meters', 'centimeters')", 'centimeters'),
       ('pc', 'the number of pieces', 'cm/c', 'pieces'), ('kp', 'the pieces kept', 'pc-g', 'pieces')])
    T('race_stations', 'conversions',
      "A race is {k} kilometers long. There is a water station every {s} meters, including one at the finish line. Each station needs {b} bottles of water. How many bottles are needed?",
      dict(k=C(5, 10, 15, 20, 21), s=C(500, 1000, 2500), b=I(40, 120, 10)),
      [('m', 'the race length in meters', "conv(k, 1000, 'kilometers', 'meters')", 'meters'),
       ('st', 'the number of stations', 'm/s', 'stations'), ('bt', 'the number of bottles', 'st*b', 'bottles')])
    T('punch_gallons', 'conversions',
      "A punch recipe needs {q} quarts of juice per batch. {A} makes {b} batches for a party. How many gallons of juice does {he} need?",
      dict(q=C(2, 3, 5, 6), b=C(2, 4, 6, 8, 10)),
      [('qt', 'the total quarts', 'q*b', 'quarts'), ('gal', 'the juice in gallons', "convd(qt, 4, 'quarts', 'gallons')", '~gallons')])
    T('dozen_eggs', 'conversions',
      "A bakery uses {d} dozen eggs every day. How many eggs does it use in {w} weeks?",
      dict(d=I(3, 15), w=I(2, 5)),
      [('ed', 'the eggs used per day', "conv(d, 12, 'dozen', 'eggs')", 'eggs'), ('dy', 'the number of days', "conv(w, 7, 'weeks', 'days')", 'days'),
       ('tot', 'the total eggs', 'ed*dy', 'eggs')])
    T('bottle_glasses', 'conversions',
      "A jug holds {l} liters of water. {A} pours it into glasses that hold {g} milliliters each. How many glasses can {he} fill?",
      dict(l=C(1, 1.5, 2, 3, 4, 5), g=C(100, 125, 200, 250, 500)),
      [('ml', 'the water in milliliters', "conv(l, 1000, 'liters', 'milliliters')", 'milliliters'), ('gl', 'the number of glasses', 'ml/g', 'glasses')])
    T('fence_feet', 'conversions',
      "A fence needs {y} yards of wire. The wire is sold for {p} per foot. How much will the wire cost?",
      dict(y=I(10, 80, 5), p=M(0.5, 2.5, 0.25)),
      [('ft', 'the length in feet', "conv(y, 3, 'yards', 'feet')", 'feet'), ('cost', 'the cost of the wire', 'ft*p', '$')])
    T('video_seconds', 'time',
      "A video is {m} minutes and {s} seconds long. {A} watches it {n} times. How many seconds does {he} spend watching?",
      dict(m=I(2, 9), s=I(5, 55, 5), n=I(2, 8)),
      [('len', 'the length of the video in seconds', 'm*60+s', 'seconds'), ('tot', 'the total seconds', 'len*n', 'seconds')])
    T('coin_jar', 'conversions',
      "{A} has {a} quarters, {d} dimes and {n} nickels in a jar. How much money is in the jar, in dollars?",
      dict(a=I(5, 40), d=I(5, 40), n=I(4, 30)),
      [('qc', 'the value of the quarters', 'a*25', 'cents'), ('dc', 'the value of the dimes', 'd*10', 'cents'),
       ('nc', 'the value of the nickels', 'n*5', 'cents'), ('tot', 'the total value in cents', 'qc+dc+nc', 'cents'),
       ('usd', 'the total in dollars', "convd(tot, 100, 'cents', 'dollars')", '~dollars')])
    T('rice_grams', 'conversions',
      "A bag of rice weighs {k} kilograms. {A}'s family cooks {g} grams of rice every day. How many days will the bag last?",
      dict(k=C(2, 4, 5, 10, 20), g=C(200, 250, 400, 500)),
      [('gr', 'the weight in grams', "conv(k, 1000, 'kilograms', 'grams')", 'grams'), ('dy', 'the number of days', 'gr/g', 'days')])
    T('battery_days', 'conversions',
      "A phone battery lasts {h} hours on standby. How many days does it last if it is fully charged {n} times?",
      dict(h=C(12, 18, 24, 30, 36, 48, 60), n=I(2, 8)),
      [('tot', 'the total hours', 'h*n', 'hours'), ('dy', 'the number of days', "convd(tot, 24, 'hours', 'days')", '~days')])
    # ------------------------------------------------------------ geometry
    T('carpet_cost', 'geometry',
      "A rectangular room is {l} feet long and {w} feet wide. Carpet costs {p} per square foot. How much will it cost to carpet the room?",
      dict(l=I(8, 24), w=I(8, 18), p=M(1.5, 6, 0.25)),
      [('ar', 'the area of the room', 'l*w', 'square feet'), ('cost', 'the cost of the carpet', 'ar*p', '$')])
    T('fence_perimeter', 'geometry',
      "A rectangular garden is {l} meters long and {w} meters wide. Fencing costs {p} per meter. How much does it cost to fence the whole garden?",
      dict(l=I(8, 40), w=I(5, 25), p=M(4, 15, 0.5)),
      [('pm', 'the perimeter', '2*(l+w)', 'meters'), ('cost', 'the cost of the fence', 'pm*p', '$')])
    T('floor_tiles', 'geometry',
      "A kitchen floor is {l} feet by {w} feet. Each square tile is {t} feet on a side, and tiles cost {p} each. How much do the tiles cost?",
      dict(l=I(6, 24, 2), w=I(6, 18, 2), t=C(1, 2), p=M(1.5, 6, 0.5)),
      [('ar', 'the floor area', 'l*w', 'square feet'), ('ta', 'the area of one tile', 't*t', 'square feet'),
       ('n', 'the number of tiles', 'ar/ta', 'tiles'), ('cost', 'the cost of the tiles', 'n*p', '$')])
    T('box_cubes', 'geometry',
      "A box is {l} cm long, {w} cm wide and {h} cm tall. How many cubes with {c} cm sides fit exactly inside it?",
      dict(l=I(4, 24, 2), w=I(4, 16, 2), h=I(4, 12, 2), c=C(2)),
      [('vol', 'the volume of the box', 'l*w*h', 'cubic centimeters'), ('cv', 'the volume of one cube', 'c*c*c', 'cubic centimeters'),
       ('n', 'the number of cubes', 'vol/cv', 'cubes')])
    T('square_area', 'geometry',
      "A square picture frame has a perimeter of {p} inches. What is the area of the picture frame in square inches?",
      dict(p=I(16, 120, 4)),
      [('sd', 'the side length', 'p/4', 'inches'), ('ar', 'the area', 'sd*sd', 'square inches')])
    T('triangle_sail', 'geometry',
      "A triangular sail has a base of {b} feet and a height of {h} feet. Sailcloth costs {p} per square foot. How much does the cloth for the sail cost?",
      dict(b=I(6, 20), h=I(8, 30), p=M(2, 8, 0.5)),
      [('ar', 'the area of the sail', 'b*h/2', '~square feet'), ('cost', 'the cost of the cloth', 'ar*p', '$')])
    T('wall_paint', 'geometry',
      "A wall is {l} feet long and {h} feet high. It has a window that is {a} feet by {b} feet. One can of paint covers {c} square feet. How many cans are needed to paint the wall?",
      dict(l=I(10, 30), h=C(8, 9, 10, 12), a=C(2, 3, 4), b=C(3, 4, 5), c=C(10, 20, 25, 50)),
      [('wa', 'the area of the wall', 'l*h', 'square feet'), ('wi', 'the area of the window', 'a*b', 'square feet'),
       ('pa', 'the area to paint', 'wa-wi', 'square feet'), ('cn', 'the number of cans', 'pa/c', 'cans')])
    T('pool_fill', 'geometry',
      "A swimming pool is {l} meters long, {w} meters wide and {d} meters deep. A pump fills it at {r} cubic meters per hour. How many hours does it take to fill the pool?",
      dict(l=C(8, 10, 12, 15, 20, 25), w=C(4, 5, 6, 8, 10), d=C(1, 2, 1.5), r=C(10, 15, 20, 25, 30, 40)),
      [('vol', 'the volume of the pool', 'l*w*d', '~cubic meters'), ('hr', 'the time to fill it', 'vol/r', '~hours')])
    T('garden_path', 'geometry',
      "A rectangular garden is {l} feet by {w} feet. A path {p} feet wide is built all around the outside of the garden. What is the area of the path in square feet?",
      dict(l=I(10, 40), w=I(8, 30), p=C(2, 3, 4, 5)),
      [('ol', 'the outer length', 'l+2*p', 'feet'), ('ow', 'the outer width', 'w+2*p', 'feet'),
       ('oa', 'the outer area', 'ol*ow', 'square feet'), ('ia', 'the garden area', 'l*w', 'square feet'),
       ('pa', 'the area of the path', 'oa-ia', 'square feet')])
    # ------------------------------------------------------------ percent
    T('test_wrong', 'percent',
      "A test has {n} questions. {A} answered {p} of them correctly. Each wrong answer loses {k} points from a starting score of 100. What is {his} final score?",
      dict(n=C(20, 25, 40, 50, 60), p=P(70, 75, 80, 85, 90, 95), k=C(1, 2, 3)),
      [('ri', 'the number of correct answers', 'p*n', 'questions'), ('wr', 'the number of wrong answers', 'n-ri', 'questions'),
       ('lo', 'the points lost', 'wr*k', 'points'), ('sc', 'the final score', '100-lo', 'points')])
    T('laptop_sale_tax', 'tax_tip',
      "A laptop costs {p}. It is on sale for {d} off, and then {t} sales tax is added to the sale price. What is the final price?",
      dict(p=MC(400, 500, 600, 800, 900, 1000, 1200), d=P(10, 15, 20, 25), t=P(5, 6, 8, 10)),
      [('dc', 'the discount', 'd*p', '$'), ('sp', 'the sale price', 'p-dc', '$'), ('tx', 'the tax', 't*sp', '$'),
       ('fp', 'the final price', 'sp+tx', '$')])
    T('salary_raise', 'percent',
      "{A} earns {s} per year. {He} gets a {r} raise. How much will {he} earn per month after the raise?",
      dict(s=C(36000, 42000, 48000, 54000, 60000, 72000), r=P(2, 3, 4, 5, 10)),
      [('ra', 'the raise', 'r*s', '$'), ('ns', 'the new yearly salary', 's+ra', '$'), ('mo', 'the new monthly pay', 'ns/12', '$')],
      cond=None)
    T('school_absent', 'percent',
      "A school has {n} students. On Monday {p} of the students were absent. Each student present gets {k} pencils. How many pencils are handed out?",
      dict(n=I(200, 900, 20), p=P(5, 10, 15, 20, 4), k=C(2, 3)),
      [('ab', 'the number of absent students', 'p*n', 'students'), ('pr', 'the number of students present', 'n-ab', 'students'),
       ('pc', 'the number of pencils', 'pr*k', 'pencils')])
    T('markup_sale', 'percent',
      "A store buys a chair for {c} and marks up the price by {m}. Later, the marked price is reduced by {d} in a sale. What is the sale price of the chair?",
      dict(c=MC(40, 60, 80, 100, 120, 150, 200), m=P(20, 25, 40, 50), d=P(10, 20, 25)),
      [('mu', 'the markup', 'm*c', '$'), ('mp', 'the marked price', 'c+mu', '$'), ('rd', 'the reduction', 'd*mp', '$'),
       ('sp', 'the sale price', 'mp-rd', '$')])
    T('visitors_pct', 'percent',
      "A museum had {a} visitors in June and {b} visitors in July. By what percent did the number of visitors increase?",
      dict(a=C(200, 400, 500, 800, 1000, 1200, 2000), b=I(220, 2600, 20)),
      [('df', 'the increase in visitors', 'b-a', 'visitors'), ('pc', 'the percent increase', 'df/a*100', '%')],
      cond=lambda e: e['pc'].denominator == 1 and e['pc'] <= 100)
    T('save_percent', 'percent',
      "{A} earns {e} per month and saves {p} of it. How much does {he} save in a year?",
      dict(e=MC(1800, 2000, 2400, 2500, 3000, 3200, 3600), p=P(5, 10, 12, 15, 20, 25)),
      [('mo', 'the monthly savings', 'p*e', '$'), ('yr', 'the yearly savings', 'mo*12', '$')])
    T('meal_tax_tip', 'tax_tip',
      "A meal costs {m}. {A} pays {x} tax on the meal and leaves a {t} tip based on the meal price. How much does {he} pay in total?",
      dict(m=M(20, 90, 2), x=P(5, 6, 8, 10), t=P(15, 18, 20, 25)),
      [('tx', 'the tax', 'x*m', '$'), ('tp', 'the tip', 't*m', '$'), ('tot', 'the total paid', 'm+tx+tp', '$')])
    # ------------------------------------------------------------ ratios
    T('club_ratio', 'ratios',
      "The ratio of boys to girls in a chess club is {a}:{b}. There are {n} members in total. How many girls are in the club?",
      dict(a=I(1, 5), b=I(2, 7), n=I(20, 120, 4)),
      [('pt', 'the total number of parts', 'a+b', 'parts'), ('per', 'the members per part', 'n/pt', 'members'),
       ('gi', 'the number of girls', 'per*b', 'girls')], distinct=[('a', 'b')])
    T('paint_ratio', 'ratios',
      "Blue and white paint are mixed in the ratio {a}:{b}. {A} uses {w} liters of white paint. How many liters of paint does {he} use in total?",
      dict(a=I(1, 5), b=I(1, 4), w=I(2, 24)),
      [('per', 'the liters per part', 'w/b', '~liters'), ('bl', 'the blue paint', 'per*a', '~liters'),
       ('tot', 'the total paint', 'bl+w', '~liters')], distinct=[('a', 'b')])
    T('share_ratio', 'ratios',
      "{A} and {B} share {m} in the ratio {a}:{b}. How much more money does {B} get than {A}?",
      dict(m=MC(60, 90, 120, 150, 180, 240, 300, 360), a=I(1, 4), b=I(2, 7)),
      [('pt', 'the total number of parts', 'a+b', 'parts'), ('one', 'the value of one part', 'm/pt', '$'),
       ('sa', 'the first share', 'one*a', '$'), ('sb', 'the second share', 'one*b', '$'), ('df', 'the difference', 'sb-sa', '$')],
      cond=lambda e: e['b'] > e['a'])
    T('sugar_ratio', 'ratios',
      "A cookie recipe uses {a} cups of sugar for every {b} cups of flour. {A} uses {f} cups of flour. How many cups of sugar does {he} need?",
      dict(a=C(1, 2, 3), b=C(2, 3, 4, 5), f=I(6, 30)),
      [('per', 'the sugar per cup of flour', 'a/b', '~cups'), ('su', 'the sugar needed', 'per*f', '~cups')],
      cond=lambda e: e['a'] < e['b'])
    T('map_scale', 'ratios',
      "On a map, 1 centimeter represents {k} kilometers. Two towns are {c} centimeters apart on the map. How many hours will it take to drive between them at {s} kilometers per hour?",
      dict(k=C(5, 10, 20, 25, 50), c=I(2, 15), s=C(40, 50, 60, 80, 100)),
      [('d', 'the real distance', 'c*k', 'kilometers'), ('t', 'the driving time', 'd/s', '~hours')])
    T('shelter_ratio', 'ratios',
      "An animal shelter has cats and dogs in the ratio {a}:{b}. There are {d} dogs. If {x} cats are adopted, how many cats are left?",
      dict(a=I(2, 7), b=I(1, 5), d=I(10, 60, 2), x=I(2, 9)),
      [('per', 'the animals per part', 'd/b', 'animals'), ('ca', 'the number of cats', 'per*a', 'cats'),
       ('lf', 'the cats left', 'ca-x', 'cats')], distinct=[('a', 'b')])
    # ------------------------------------------------------------ averages
    T('test_average', 'averages',
      "{A}'s scores on four tests are {a}, {b}, {c} and {d}. What is {his} average score?",
      dict(a=I(60, 100), b=I(60, 100), c=I(60, 100), d=I(60, 100)),
      [('sm', 'the sum of the scores', 'a+b+c+d', ''), ('av', 'the average score', 'sm/4', '~')])
    T('score_needed', 'averages',
      "{A} scored {a}, {b} and {c} on three tests. What score does {he} need on the fourth test to have an average of {t}?",
      dict(a=I(70, 98), b=I(70, 98), c=I(70, 98), t=C(80, 82, 85, 88, 90)),
      [('nt', 'the total needed', 't*4', 'points'), ('hv', 'the total so far', 'a+b+c', 'points'), ('fo', 'the fourth score needed', 'nt-hv', 'points')],
      cond=lambda e: e['fo'] <= 100)
    T('steps_avg', 'averages',
      "{A} walked {a}, {b}, {c}, {d} and {e} steps on five days. What was the average number of steps per day?",
      dict(a=I(4000, 12000, 50), b=I(4000, 12000, 50), c=I(4000, 12000, 50), d=I(4000, 12000, 50), e=I(4000, 12000, 50)),
      [('sm', 'the total steps', 'a+b+c+d+e', 'steps'), ('av', 'the average', 'sm/5', 'steps')])
    T('shirt_avg_price', 'averages',
      "{A} bought {n} shirts for {p} each and {m} shirts for {r} each. What was the average price per shirt?",
      dict(n=I(2, 6), p=MC(10, 12, 15, 18, 20, 25), m=I(2, 6), r=MC(8, 14, 16, 22, 30)),
      [('c1', 'the cost of the first shirts', 'n*p', '$'), ('c2', 'the cost of the other shirts', 'm*r', '$'),
       ('tot', 'the total cost', 'c1+c2', '$'), ('cnt', 'the number of shirts', 'n+m', 'shirts'), ('av', 'the average price', 'tot/cnt', '$')])
    T('rain_avg', 'averages',
      "It rained {a} inches in April, {b} inches in May and {c} inches in June. What was the average monthly rainfall over these three months?",
      dict(a=C(2.5, 3, 3.2, 4.1, 1.8, 2.4), b=C(3.6, 2.7, 4.5, 1.5, 3.3), c=C(1.2, 2.1, 3.9, 0.9, 2.4, 3)),
      [('sm', 'the total rainfall', 'a+b+c', '~inches'), ('av', 'the average rainfall', 'sm/3', '~inches')])
    # ------------------------------------------------------------ ages
    T('ages_sum', 'ages',
      "{A} is {a} years old. {B} is {k} times as old as {A}, and {C} is {d} years younger than {B}. What is the sum of their three ages?",
      dict(a=I(3, 15), k=C(2, 3, 4), d=I(2, 9)),
      [('b', 'the second person\'s age', 'k*a', 'years'), ('c', 'the third person\'s age', 'b-d', 'years'),
       ('sm', 'the sum of the ages', 'a+b+c', 'years')])
    T('ages_future', 'ages',
      "{A} is {a} years old. {His} mother is {m} years older than {him}. What will the sum of their ages be in {y} years?",
      dict(a=I(5, 16), m=I(22, 38), y=I(3, 12)),
      [('mo', 'the mother\'s age now', 'a+m', 'years'), ('af', 'the child\'s age then', 'a+y', 'years'),
       ('mf', 'the mother\'s age then', 'mo+y', 'years'), ('sm', 'the sum of the ages then', 'af+mf', 'years')])
    T('father_son', 'ages',
      "{A} is {k} times as old as {his} son, who is {s} years old. How old will {A} be when {his} son is {t}?",
      dict(k=C(3, 4, 5), s=I(5, 11), t=C(18, 20, 21, 25, 30)),
      [('fa', 'the father\'s age now', 'k*s', 'years'), ('df', 'the number of years until then', 't-s', 'years'),
       ('fu', 'the father\'s age then', 'fa+df', 'years')])
    T('ages_half', 'ages',
      "{A} is half as old as {B}. {B} is {d} years older than {C}, who is {c} years old. How old will {A} be in {y} years?",
      dict(d=I(2, 12), c=I(8, 30), y=I(2, 10)),
      [('b', 'the second person\'s age', 'c+d', 'years'), ('a', 'the first person\'s age now', 'b/2', 'years'),
       ('af', 'the age in the future', 'a+y', 'years')])
    T('sibling_ages', 'ages',
      "The sum of the ages of {A} and {his} sister is {s}. {His} sister is {d} years older. {A}'s grandfather is {k} times as old as {A}'s sister. How old is the grandfather?",
      dict(s=I(14, 40), d=I(2, 8), k=C(3, 4, 5)),
      [('tw', 'twice the younger age', 's-d', 'years'), ('yo', 'the younger age', 'tw/2', 'years'),
       ('si', 'the sister\'s age', 'yo+d', 'years'), ('gf', 'the grandfather\'s age', 'k*si', 'years')])
    # ------------------------------------------------------------ work rates
    T('fence_together', 'work',
      "{A} can paint a fence in {a} hours, and {B} can paint the same fence in {b} hours. Working together, they split a payment of {p} per hour of work. How much do they earn together for painting the fence?",
      dict(a=C(2, 3, 4, 6, 10, 12), b=C(3, 4, 6, 12, 15, 24), p=MC(20, 24, 30, 36, 40)),
      [('ra', 'the first painter\'s rate', '1/a', 'f'), ('rb', 'the second painter\'s rate', '1/b', 'f'),
       ('rt', 'the combined rate', 'ra+rb', 'f'), ('t', 'the time working together', '1/rt', '~hours'), ('pay', 'the payment', 't*p', '$')],
      distinct=[('a', 'b')])
    T('machines_parts', 'work',
      "Machine A makes {a} parts per hour and machine B makes {b} parts per hour. Running both machines costs {c} per hour. How much does it cost to make {n} parts using both machines?",
      dict(a=I(20, 60, 5), b=I(15, 50, 5), c=MC(10, 12, 15, 18, 20, 24), n=I(100, 1200, 50)),
      [('rt', 'the combined rate', 'a+b', 'parts per hour'), ('t', 'the time needed', 'n/rt', '~hours'), ('cost', 'the cost', 't*c', '$')])
    T('workers_wall', 'work',
      "{w} workers can build a wall in {d} days. How many days would it take {v} workers working at the same rate to build {k} such walls?",
      dict(w=C(3, 4, 5, 6, 8, 10, 12), d=C(2, 3, 4, 5, 6, 8), v=C(2, 3, 4, 5, 6, 8), k=C(1, 2, 3)),
      [('wd', 'the worker-days for one wall', 'w*d', 'worker-days'), ('all', 'the worker-days for all the walls', 'wd*k', 'worker-days'),
       ('dy', 'the number of days', 'all/v', 'days')], distinct=[('w', 'v')])
    T('painters_rooms', 'work',
      "One painter can paint {r} rooms per day. A hotel has {f} floors with {n} rooms on each floor. How many days will it take {p} painters to paint every room?",
      dict(r=C(2, 3, 4), f=I(2, 8), n=C(6, 8, 10, 12, 15, 16, 20), p=C(2, 3, 4, 5)),
      [('rm', 'the total number of rooms', 'f*n', 'rooms'), ('pd', 'the rooms painted per day', 'r*p', 'rooms'),
       ('dy', 'the number of days', 'rm/pd', 'days')])
    T('leaky_tank', 'work',
      "A tank holds {c} liters. Water flows in at {f} liters per minute, but the tank leaks {l} liters per minute. Starting empty, how many minutes does it take to fill the tank?",
      dict(c=I(60, 600, 20), f=C(8, 10, 12, 15, 20, 25), l=C(2, 3, 4, 5)),
      [('net', 'the net filling rate', 'f-l', 'liters per minute'), ('t', 'the time to fill the tank', 'c/net', 'minutes')])
    # ------------------------------------------------------------ remainders
    T('cookie_boxes_rem', 'remainders',
      "{A} baked {n} cookies and packs them into boxes of {b}. How many more cookies would {he} need to bake to fill one more box completely?",
      dict(n=I(40, 200), b=C(6, 8, 12, 15, 24)),
      [('bx', 'the number of full boxes', 'dm(n, b)', 'boxes'), ('us', 'the cookies in full boxes', 'bx*b', 'cookies'),
       ('lf', 'the cookies left over', 'n-us', 'cookies'), ('mo', 'the extra cookies needed', 'b-lf', 'cookies')],
      cond=lambda e: e['bx_r'] > 0)
    T('field_trip_buses', 'remainders',
      "{n} students are going on a field trip. Each bus holds {c} students, and renting a bus costs {p}. How much does it cost to rent enough buses for everyone?",
      dict(n=I(100, 400), c=C(30, 36, 40, 45, 48, 52), p=MC(150, 180, 200, 250, 300)),
      [('full', 'the number of full buses', 'dm(n, c)', 'buses'), ('bus', 'the number of buses needed', 'full+1', 'buses'),
       ('cost', 'the total cost', 'bus*p', '$')],
      cond=lambda e: e['full_r'] > 0)
    T('teams_balls', 'remainders',
      "{n} kids sign up for a soccer league. Each team has {t} players, and the extra kids help as referees. Every full team gets {b} balls. How many balls are needed?",
      dict(n=I(50, 160), t=C(7, 9, 11, 12), b=C(3, 4, 5, 6)),
      [('tm', 'the number of full teams', 'dm(n, t)', 'teams'), ('bl', 'the number of balls', 'tm*b', 'balls')],
      cond=lambda e: e['tm_r'] > 0)
    T('ribbon_leftover', 'remainders',
      "{A} has {l} centimeters of ribbon. {He} cuts as many {p}-centimeter pieces as possible. How many centimeters of ribbon are left over?",
      dict(l=I(100, 500), p=C(12, 15, 18, 24, 35)),
      [('pc', 'the number of pieces', 'dm(l, p)', 'pieces'), ('us', 'the ribbon used', 'pc*p', 'centimeters'),
       ('lf', 'the ribbon left over', 'l-us', 'centimeters')],
      cond=lambda e: e['pc_r'] > 0)
    T('egg_cartons', 'remainders',
      "A farm collects {n} eggs a day for {d} days. The eggs are packed in full cartons of 12, and each full carton sells for {p}. How much money does the farm make from the full cartons?",
      dict(n=I(30, 90), d=I(3, 7), p=M(2.5, 5, 0.25)),
      [('tot', 'the total eggs', 'n*d', 'eggs'), ('ct', 'the number of full cartons', 'dm(tot, 12)', 'cartons'),
       ('mon', 'the money made', 'ct*p', '$')],
      cond=lambda e: e['ct_r'] > 0)
    T('seats_rows', 'remainders',
      "An auditorium has {s} seats in each row. {n} people arrive and fill the rows from the front, one row at a time. How many empty seats are in the last row that has people in it?",
      dict(s=C(12, 15, 18, 20, 24, 25), n=I(80, 400)),
      [('rw', 'the number of full rows', 'dm(n, s)', 'rows'), ('sd', 'the people in full rows', 'rw*s', 'people'),
       ('lr', 'the people in the last row', 'n-sd', 'people'), ('em', 'the empty seats in the last row', 's-lr', 'seats')],
      cond=lambda e: e['rw_r'] > 0)
    # ------------------------------------------------------------ counting
    T('farm_legs', 'counting',
      "A farm has {c} chickens, {g} cows and {d} ducks. How many legs do the animals have altogether?",
      dict(c=I(5, 40), g=I(3, 20), d=I(4, 30)),
      [('cl', 'the chicken legs', 'c*2', 'legs'), ('gl', 'the cow legs', 'g*4', 'legs'), ('dl', 'the duck legs', 'd*2', 'legs'),
       ('tot', 'the total number of legs', 'cl+gl+dl', 'legs')])
    T('pencils_class', 'counting',
      "A teacher buys {b} boxes of pencils with {p} pencils in each box. {He} gives {k} pencils to each of {s} students. How many pencils are left?",
      dict(b=I(3, 10), p=C(10, 12, 20, 24), k=C(2, 3, 4), s=I(15, 32)),
      [('tot', 'the total pencils', 'b*p', 'pencils'), ('gv', 'the pencils given out', 'k*s', 'pencils'),
       ('lf', 'the pencils left', 'tot-gv', 'pencils')])
    T('library_books', 'counting',
      "A library has {s} shelves with {b} books on each shelf. On Monday {n} books are checked out and {r} books are returned. How many books are on the shelves now?",
      dict(s=I(10, 40), b=C(25, 30, 40, 45, 50), n=I(40, 150), r=I(10, 60)),
      [('tot', 'the books at the start', 's*b', 'books'), ('out', 'the books after checkouts', 'tot-n', 'books'),
       ('now', 'the books on the shelves now', 'out+r', 'books')])
    T('wheels_lot', 'counting',
      "A parking lot has {c} cars, {b} bicycles and {t} tricycles. How many wheels are there in total?",
      dict(c=I(10, 60), b=I(5, 30), t=I(2, 12)),
      [('cw', 'the car wheels', 'c*4', 'wheels'), ('bw', 'the bicycle wheels', 'b*2', 'wheels'), ('tw', 'the tricycle wheels', 't*3', 'wheels'),
       ('tot', 'the total number of wheels', 'cw+bw+tw', 'wheels')])
    T('stickers', 'counting',
      "{A} has {n} stickers. {He} buys {p} packs with {k} stickers in each pack, and then gives {g} stickers to each of {f} friends. How many stickers does {he} have now?",
      dict(n=I(10, 60), p=I(2, 6), k=C(8, 10, 12, 15), g=C(3, 4, 5, 6), f=I(2, 6)),
      [('bt', 'the stickers bought', 'p*k', 'stickers'), ('tot', 'the stickers after buying', 'n+bt', 'stickers'),
       ('gv', 'the stickers given away', 'g*f', 'stickers'), ('now', 'the stickers left', 'tot-gv', 'stickers')])
    T('empty_chairs', 'counting',
      "A banquet hall has {t} tables with {c} chairs at each table. Before the event, {x} tables and their chairs are removed. If {g} guests arrive, how many chairs are empty?",
      dict(t=I(12, 40), c=C(6, 8, 10), x=I(2, 6), g=I(50, 200)),
      [('tl', 'the tables left', 't-x', 'tables'), ('ch', 'the number of chairs', 'tl*c', 'chairs'), ('em', 'the empty chairs', 'ch-g', 'chairs')])
    T('rows_plants', 'counting',
      "{A} plants {r} rows of lettuce with {p} plants in each row. Rabbits eat {f} of the plants. {He} sells the rest for {m} each. How much money does {he} make?",
      dict(r=I(4, 12), p=C(8, 10, 12, 15, 16, 20), f=F('1/4', '1/5', '1/8', '1/10', '1/3'), m=M(0.75, 3, 0.25)),
      [('tot', 'the number of plants', 'r*p', 'plants'), ('ea', 'the plants eaten', 'f*tot', 'plants'),
       ('lf', 'the plants left', 'tot-ea', 'plants'), ('mon', 'the money made', 'lf*m', '$')])
    T('fruit_baskets', 'counting',
      "{A} picks {a} apples and {o} oranges. {He} puts the fruit into baskets of {b} pieces each and sells each basket for {p}. How much money does {he} get?",
      dict(a=I(20, 80), o=I(10, 60), b=C(5, 6, 8, 10), p=M(4, 12, 0.5)),
      [('tot', 'the total fruit', 'a+o', 'pieces'), ('bk', 'the number of baskets', 'tot/b', 'baskets'), ('mon', 'the money', 'bk*p', '$')])
    T('coin_jar_days', 'money',
      "{A} puts {x} in a jar every day for {d} days. Then {he} spends {s} on a gift. How much money is left in the jar?",
      dict(x=M(0.5, 5, 0.25), d=I(10, 60), s=M(5, 25, 0.5)),
      [('sv', 'the money saved', 'x*d', '$'), ('lf', 'the money left', 'sv-s', '$')])
    T('basketball_pct', 'percent',
      "In a basketball game, {A} made {t} two-point shots, {h} three-point shots and {f} free throws worth 1 point each. {His} team scored {T} points. What percent of the team's points did {A} score?",
      dict(t=I(2, 12), h=I(0, 6), f=I(1, 10), T=C(50, 60, 75, 80, 100, 120)),
      [('tw', 'the points from two-pointers', 't*2', 'points'), ('th', 'the points from three-pointers', 'h*3', 'points'),
       ('tot', 'the total points scored', 'tw+th+f', 'points'), ('pc', 'the percent of the team\'s points', 'tot/T*100', '%')],
      cond=lambda e: e['pc'].denominator == 1 and e['pc'] < 100)
    T('plane_pax', 'percent',
      "A plane has {r} rows with {s} seats in each row. On one flight, {p} of the seats are filled, and each passenger paid {c}. How much money did the airline collect?",
      dict(r=I(20, 40), s=C(4, 6), p=P(75, 80, 90, 95, 85, 70), c=MC(120, 150, 180, 200, 250)),
      [('st', 'the number of seats', 'r*s', 'seats'), ('px', 'the number of passengers', 'p*st', 'passengers'),
       ('mon', 'the money collected', 'px*c', '$')])
    T('concert_band', 'percent',
      "A concert sold {a} regular tickets at {p} each and {b} VIP tickets at {r} each. The venue keeps {k} of the ticket money. How much does the band get?",
      dict(a=I(100, 900, 50), p=MC(20, 25, 30, 35, 40), b=I(10, 100, 10), r=MC(60, 75, 80, 100, 120), k=P(10, 20, 25, 30, 40)),
      [('ra', 'the money from regular tickets', 'a*p', '$'), ('rv', 'the money from VIP tickets', 'b*r', '$'),
       ('tot', 'the total ticket money', 'ra+rv', '$'), ('vn', 'the venue\'s share', 'k*tot', '$'), ('bd', 'the band\'s share', 'tot-vn', '$')])
    T('water_week', 'conversions',
      "{A} drinks {g} glasses of water a day, and each glass holds {m} milliliters. How many liters of water does {he} drink in a week?",
      dict(g=I(4, 10), m=C(200, 250, 300, 400, 500)),
      [('dy', 'the water per day', 'g*m', 'milliliters'), ('wk', 'the water per week', 'dy*7', 'milliliters'),
       ('l', 'the water in liters', "convd(wk, 1000, 'milliliters', 'liters')", '~liters')])
    T('candy_share', 'counting',
      "{A} has {n} candies. {He} keeps {k} for {him}self and shares the rest equally among {f} friends. How many candies does each friend get?",
      dict(n=I(30, 150), k=I(4, 20), f=C(3, 4, 5, 6, 8)),
      [('rs', 'the candies to share', 'n-k', 'candies'), ('ea', 'the candies per friend', 'rs/f', 'candies')])
    T('bakery_eggs', 'counting',
      "A bakery makes {c} cakes a day, and each cake needs {e} eggs. Eggs come in cartons of 12 that cost {p} each. How much does the bakery spend on eggs in a week?",
      dict(c=I(4, 24), e=C(2, 3, 4, 6), p=M(2.5, 5, 0.25)),
      [('ed', 'the eggs per day', 'c*e', 'eggs'), ('ew', 'the eggs per week', 'ed*7', 'eggs'), ('ct', 'the cartons needed', 'ew/12', 'cartons'),
       ('cost', 'the cost of the eggs', 'ct*p', '$')])
    T('dog_food', 'money',
      "A dog eats {c} cups of food per day. A bag of dog food holds {b} cups and costs {p}. How much does it cost to feed the dog for {d} days?",
      dict(c=C(2, 3, 4, 1.5, 2.5), b=C(30, 40, 60, 90, 120), p=M(18, 45, 1), d=C(30, 60, 90, 120, 180)),
      [('cu', 'the cups needed', 'c*d', 'cups'), ('bg', 'the number of bags', 'cu/b', 'bags'), ('cost', 'the cost', 'bg*p', '$')])
    T('chores_game', 'money',
      "{A} earns {p} for each car {he} washes and {r} for each dog {he} walks. This week {he} washed {a} cars and walked {b} dogs. {He} then buys a game for {g}. How much money does {he} have left?",
      dict(p=MC(5, 6, 8, 10, 12), r=M(3, 7, 0.5), a=I(2, 8), b=I(2, 10), g=M(19.99, 49.99, 5)),
      [('cw', 'the money from washing cars', 'a*p', '$'), ('dw', 'the money from walking dogs', 'b*r', '$'),
       ('tot', 'the total earned', 'cw+dw', '$'), ('lf', 'the money left', 'tot-g', '$')])
    T('stairs_week', 'counting',
      "A building has {f} floors, with {s} steps between each pair of floors. {A} walks from the first floor to the top floor {t} times a day. How many steps does {he} climb in a week?",
      dict(f=I(3, 12), s=C(12, 14, 16, 18, 20), t=C(1, 2, 3)),
      [('fl', 'the number of flights', 'f-1', 'flights'), ('tr', 'the steps per trip', 'fl*s', 'steps'),
       ('dy', 'the steps per day', 'tr*t', 'steps'), ('wk', 'the steps per week', 'dy*7', 'steps')])
    T('school_books_budget', 'money',
      "A school has a budget of {b}. It orders {n} books at {p} each and pays {s} for shipping. How much of the budget is left?",
      dict(b=MC(1000, 1500, 2000, 2500, 3000), n=I(20, 80), p=M(8, 25, 0.5), s=MC(25, 30, 40, 50)),
      [('bk', 'the cost of the books', 'n*p', '$'), ('tot', 'the total spent', 'bk+s', '$'), ('lf', 'the money left', 'b-tot', '$')])
    T('heater_cost', 'rates',
      "A space heater uses {w} kilowatt-hours of electricity per hour. It runs {h} hours a day, and electricity costs {c} per kilowatt-hour. How much does it cost to run the heater for 30 days?",
      dict(w=C(1, 1.5, 2, 0.5, 1.2), h=C(4, 5, 6, 8, 10), c=MC(0.1, 0.12, 0.15, 0.2, 0.25)),
      [('dk', 'the energy used per day', 'w*h', '~kilowatt-hours'), ('mk', 'the energy used in 30 days', 'dk*30', '~kilowatt-hours'),
       ('cost', 'the cost', 'mk*c', '$')])
    # ------------------------------------------------------------ more mixed templates
    T('car_rental', 'money',
      "A car rental costs {d} per day plus {m} per mile. {A} rents a car for {n} days and drives {k} miles. How much does {he} pay?",
      dict(d=MC(25, 30, 35, 40, 45), m=MC(0.1, 0.15, 0.2, 0.25), n=I(2, 7), k=I(100, 600, 20)),
      [('dc', 'the daily charges', 'd*n', '$'), ('mc', 'the mileage charge', 'm*k', '$'), ('tot', 'the total cost', 'dc+mc', '$')])
    T('gym_membership', 'money',
      "A gym charges a {j} joining fee and {m} per month. A second gym has no joining fee but charges {n} per month. How much money does {A} save in the first year by choosing the cheaper gym?",
      dict(j=MC(50, 60, 75, 100), m=MC(20, 25, 30, 35), n=MC(30, 35, 40, 45, 50)),
      [('g1', 'the first gym\'s yearly cost', 'j+m*12', '$'), ('g2', 'the second gym\'s yearly cost', 'n*12', '$'),
       ('sv', 'the savings', 'g2-g1', '$')], cond=lambda e: e['g2'] > e['g1'])
    T('fundraiser', 'money',
      "A class is raising money for a trip that costs {c}. They sell {n} raffle tickets at {p} each and get a {d} donation. How much more money do they need?",
      dict(c=MC(800, 1000, 1200, 1500), n=I(40, 200, 5), p=MC(2, 3, 4, 5), d=MC(50, 100, 150, 200)),
      [('rf', 'the raffle money', 'n*p', '$'), ('tot', 'the money raised', 'rf+d', '$'), ('need', 'the money still needed', 'c-tot', '$')])
    T('orchard_crates', 'counting',
      "An orchard has {r} rows of trees with {t} trees in each row. Each tree produces {a} apples. The apples are packed in crates of {c}. How many crates are filled?",
      dict(r=I(4, 15), t=C(8, 10, 12, 15, 20), a=C(40, 50, 60, 80, 100), c=C(20, 25, 40, 50)),
      [('tr', 'the number of trees', 'r*t', 'trees'), ('ap', 'the number of apples', 'tr*a', 'apples'), ('cr', 'the number of crates', 'ap/c', 'crates')])
    T('swim_laps', 'rates',
      "A pool is {l} meters long. {A} swims {n} laps (one lap is down and back) every day. How many kilometers does {he} swim in {d} days?",
      dict(l=C(25, 50), n=C(10, 12, 16, 20, 24, 30, 40), d=C(5, 6, 7, 10)),
      [('lp', 'the distance of one lap', '2*l', 'meters'), ('dy', 'the distance per day', 'lp*n', 'meters'),
       ('tot', 'the total distance', 'dy*d', 'meters'), ('km', 'the distance in kilometers', "convd(tot, 1000, 'meters', 'kilometers')", '~kilometers')])
    T('store_inventory', 'counting',
      "A store has {n} cans of soup. It sells {s} cans each day for {d} days and then receives a delivery of {c} cases with {k} cans in each case. How many cans does the store have now?",
      dict(n=I(200, 600, 10), s=I(10, 40), d=I(3, 7), c=I(3, 10), k=C(12, 24)),
      [('sd', 'the cans sold', 's*d', 'cans'), ('af', 'the cans after selling', 'n-sd', 'cans'), ('dl', 'the cans delivered', 'c*k', 'cans'),
       ('now', 'the cans now', 'af+dl', 'cans')])
    T('cupcake_profit', 'money',
      "It costs {A} {c} to make each cupcake. {He} makes {n} cupcakes and sells all of them for {p} each. What is {his} profit?",
      dict(c=M(0.4, 1.2, 0.05), n=I(24, 120, 12), p=M(1.5, 3.5, 0.25)),
      [('co', 'the total cost', 'c*n', '$'), ('rv', 'the money from sales', 'p*n', '$'), ('pr', 'the profit', 'rv-co', '$')])
    T('hourly_two_jobs', 'money',
      "{A} works {a} hours a week at a cafe for {p} per hour and {b} hours a week tutoring for {r} per hour. How much does {he} earn in {w} weeks?",
      dict(a=I(6, 20), p=M(11, 16, 0.5), b=I(2, 8), r=MC(20, 25, 30, 35), w=C(2, 4, 6, 8)),
      [('cf', 'the weekly cafe pay', 'a*p', '$'), ('tu', 'the weekly tutoring pay', 'b*r', '$'),
       ('wk', 'the weekly total', 'cf+tu', '$'), ('tot', 'the total earnings', 'wk*w', '$')])
    T('fabric_yards', 'conversions',
      "Each costume needs {i} inches of fabric. {A} is making {n} costumes. Fabric is sold by the yard (36 inches) for {p} per yard. How much does the fabric cost?",
      dict(i=C(18, 27, 36, 45, 54, 72), n=C(4, 6, 8, 10, 12), p=M(4, 12, 0.5)),
      [('ti', 'the total inches of fabric', 'i*n', 'inches'), ('yd', 'the fabric in yards', "convd(ti, 36, 'inches', 'yards')", '~yards'),
       ('cost', 'the cost of the fabric', 'yd*p', '$')])
    T('cyclist_time', 'rates',
      "{A} rides {his} bike at {s} kilometers per hour. {He} rides {d} kilometers to a lake and the same distance back. How many minutes does the whole ride take?",
      dict(s=C(10, 12, 15, 16, 18, 20, 24), d=I(3, 24)),
      [('tot', 'the total distance', 'd*2', 'kilometers'), ('hr', 'the riding time in hours', 'tot/s', '~hours'),
       ('mn', 'the riding time in minutes', "conv(hr, 60, 'hours', 'minutes')", 'minutes')])
    T('grades_percent_boys', 'percent',
      "A school has {n} students. {p} of them are in the band, and {g} of the band members play the drums. How many students play the drums?",
      dict(n=I(200, 1000, 20), p=P(10, 15, 20, 25, 30), g=F('1/4', '1/5', '1/10', '1/2', '1/3')),
      [('bd', 'the number of band members', 'p*n', 'students'), ('dr', 'the number of drummers', 'g*bd', 'students')])
    T('tickets_revenue_pct', 'percent',
      "A theater has {s} seats. On Friday {p} of the seats were sold, and on Saturday every seat was sold. Tickets cost {c}. How much money did the theater make on the two nights?",
      dict(s=I(100, 500, 20), p=P(50, 60, 75, 80, 90), c=MC(12, 15, 18, 20, 25)),
      [('fr', 'the Friday tickets', 'p*s', 'tickets'), ('tt', 'the total tickets', 'fr+s', 'tickets'), ('mon', 'the money made', 'tt*c', '$')])
    T('marathon_pace', 'time',
      "{A} runs {k} kilometers at a pace of {m} minutes per kilometer, then walks {w} kilometers at {v} minutes per kilometer. How many hours does {he} spend in total?",
      dict(k=I(4, 20), m=C(5, 6, 7, 8), w=I(1, 6), v=C(10, 12, 15)),
      [('rn', 'the running time', 'k*m', 'minutes'), ('wl', 'the walking time', 'w*v', 'minutes'), ('tot', 'the total time', 'rn+wl', 'minutes'),
       ('hr', 'the total time in hours', "convd(tot, 60, 'minutes', 'hours')", '~hours')])
    T('paper_reams', 'counting',
      "An office uses {s} sheets of paper a day. A ream has 500 sheets, and a box holds {r} reams. How many boxes of paper does the office use in {d} days?",
      dict(s=I(100, 500, 25), r=C(5, 8, 10), d=C(20, 40, 60, 80, 100)),
      [('sh', 'the total sheets', 's*d', 'sheets'), ('rm', 'the number of reams', 'sh/500', 'reams'), ('bx', 'the number of boxes', 'rm/r', 'boxes')])
    T('aquarium_fish', 'counting',
      "An aquarium has {t} tanks. Each tank holds {f} fish, and each fish eats {g} grams of food a day. How many kilograms of food are needed for {d} days?",
      dict(t=I(4, 20), f=C(10, 12, 15, 20, 25), g=C(2, 4, 5, 8), d=C(5, 10, 20, 25, 30)),
      [('fs', 'the number of fish', 't*f', 'fish'), ('gd', 'the food per day', 'fs*g', 'grams'), ('tot', 'the total food', 'gd*d', 'grams'),
       ('kg', 'the food in kilograms', "convd(tot, 1000, 'grams', 'kilograms')", '~kilograms')])
    T('garden_water', 'rates',
      "A sprinkler uses {r} liters of water per minute. {A} runs it for {m} minutes every morning and {e} minutes every evening. How many liters does it use in {d} days?",
      dict(r=C(4, 5, 6, 8, 10, 12), m=C(10, 15, 20, 25, 30), e=C(10, 15, 20), d=C(7, 10, 14, 30)),
      [('mn', 'the minutes per day', 'm+e', 'minutes'), ('ld', 'the water per day', 'mn*r', 'liters'), ('tot', 'the total water', 'ld*d', 'liters')])
    T('sandwich_shop', 'money',
      "A sandwich shop sells sandwiches for {s} and drinks for {k}. On Saturday it sold {a} sandwiches and {b} drinks. Its costs for the day were {c}. What was its profit?",
      dict(s=M(5, 9, 0.25), k=M(1.25, 3, 0.25), a=I(40, 150), b=I(30, 120), c=MC(200, 250, 300, 350)),
      [('sw', 'the sandwich sales', 'a*s', '$'), ('dr', 'the drink sales', 'b*k', '$'), ('tot', 'the total sales', 'sw+dr', '$'),
       ('pr', 'the profit', 'tot-c', '$')])
    T('temperature_change', 'counting',
      "At 6 AM the temperature was {a} degrees. It rose {r} degrees every hour until noon, then fell {f} degrees every hour until 5 PM. What was the temperature at 5 PM?",
      dict(a=I(40, 65), r=C(2, 3, 4, 5), f=C(1, 2, 3)),
      [('up', 'the rise in the morning', '6*r', 'degrees'), ('noon', 'the temperature at noon', 'a+up', 'degrees'),
       ('dn', 'the drop in the afternoon', '5*f', 'degrees'), ('fin', 'the temperature at 5 PM', 'noon-dn', 'degrees')])
    T('shipping_weight', 'conversions',
      "A shipment has {n} boxes that each weigh {w} pounds. Shipping costs {p} per pound, plus a {f} handling fee. How much does it cost to ship?",
      dict(n=I(3, 20), w=C(4, 5, 8, 10, 12, 15, 2.5), p=MC(0.5, 0.75, 1.2, 1.5, 2), f=MC(5, 8, 10, 15)),
      [('wt', 'the total weight', 'n*w', '~pounds'), ('sc', 'the weight charge', 'wt*p', '$'), ('tot', 'the total cost', 'sc+f', '$')])
    T('charity_run', 'money',
      "{A} runs {k} kilometers in a charity run. {B} sponsors {him} {p} per kilometer and {C} gives a flat {f}. {A} doubles the total from {his} own savings. How much money is donated in all?",
      dict(k=I(3, 21), p=M(1, 5, 0.5), f=MC(10, 20, 25, 30)),
      [('sp', 'the per-kilometer sponsorship', 'k*p', '$'), ('sub', 'the sponsorship total', 'sp+f', '$'), ('all', 'the total donated', 'sub*2', '$')])
    T('snack_packs', 'remainders',
      "A teacher has {n} granola bars and puts {b} bars in each snack pack. Each full pack is given to one student. If there are {s} students in the class, how many students do not get a pack?",
      dict(n=I(40, 150), b=C(2, 3, 4, 5), s=I(25, 60)),
      [('pk', 'the number of full packs', 'dm(n, b)', 'packs'), ('no', 'the students without a pack', 's-pk', 'students')],
      cond=lambda e: e['pk_r'] > 0 and e['s'] > e['pk'])


load()
