"""Problem structures. Each returns a dict with 4 phrasings of one problem shape."""
from fractions import Fraction as F
from core import S, N, D, P, R, money_txt as m, num_txt as n, compute

NAMES = [('Maria', 'she', 'her', 'her'), ('James', 'he', 'him', 'his'), ('Aisha', 'she', 'her', 'her'),
         ('Carlos', 'he', 'him', 'his'), ('Priya', 'she', 'her', 'her'), ('Liam', 'he', 'him', 'his'),
         ('Sofia', 'she', 'her', 'her'), ('Noah', 'he', 'him', 'his'), ('Mei', 'she', 'her', 'her'),
         ('Ethan', 'he', 'him', 'his'), ('Fatima', 'she', 'her', 'her'), ('Diego', 'he', 'him', 'his'),
         ('Hannah', 'she', 'her', 'her'), ('Omar', 'he', 'him', 'his'), ('Grace', 'she', 'her', 'her'),
         ('Lucas', 'he', 'him', 'his'), ('Zoe', 'she', 'her', 'her'), ('Mateo', 'he', 'him', 'his'),
         ('Chloe', 'she', 'her', 'her'), ('Ben', 'he', 'him', 'his'), ('Nadia', 'she', 'her', 'her'),
         ('Ravi', 'he', 'him', 'his'), ('Elena', 'she', 'her', 'her'), ('Tyler', 'he', 'him', 'his')]

SHOP = [('notebook', 'notebooks', 150, 600), ('pen', 'pens', 50, 300), ('folder', 'folders', 75, 250),
        ('candle', 'candles', 200, 900), ('mug', 'mugs', 300, 1200), ('sticker sheet', 'sticker sheets', 25, 200),
        ('bag of chips', 'bags of chips', 100, 400), ('muffin', 'muffins', 125, 400),
        ('toy car', 'toy cars', 250, 800), ('plant pot', 'plant pots', 400, 1500),
        ('T-shirt', 'T-shirts', 600, 1800), ('bottle of juice', 'bottles of juice', 100, 350)]


def hrs(t):
    return "%s hour%s" % (n(t), "" if t == 1 else "s")


def who(r, k=1):
    return r.sample(NAMES, k) if k > 1 else r.choice(NAMES)


def cents(r, lo, hi, step=25):
    """random money in cents range [lo, hi] multiple of step, as Fraction dollars"""
    v = r.randrange(lo // step, hi // step + 1) * step
    return F(v, 100)


def cap(s):
    return s[:1].upper() + s[1:]


def v(steps):
    """values of steps (for constraint checks)"""
    vals = {}
    for st in steps:
        ops = [vals[a[1]] if a[0] == 'r' else a[1] for a in st.args]
        vals[st.id] = compute(st.op, ops)
    return vals


def ok_money(x):
    return (F(x) * 100).denominator == 1


# ------------------------------------------------------------------ 1 shopping + change

def shop_change(r):
    nm, he, him, his = who(r)
    (a, as_, alo, ahi), (b, bs, blo, bhi) = r.sample(SHOP, 2)
    n1, n2 = r.randint(2, 8), r.randint(2, 6)
    p1, p2 = cents(r, alo, ahi), cents(r, blo, bhi, 5)
    tot = n1 * p1 + n2 * p2
    bill = next(b_ for b_ in (20, 50, 100, 200) if b_ > tot + 2)
    texts = [
        f"{nm} buys {n1} {as_} at {m(p1)} each and {n2} {bs} at {m(p2)} each. {cap(he)} pays with a {m(bill)} bill. How much change does {he} get?",
        f"At the store, {as_} cost {m(p1)} each and {bs} cost {m(p2)} each. {nm} picks up {n1} {as_} and {n2} {bs} and hands the cashier {m(bill)}. How much change should {nm} receive?",
        f"{nm} has a {m(bill)} bill. {cap(he)} spends it on {n1} {as_} priced at {m(p1)} apiece and {n2} {bs} priced at {m(p2)} apiece. How much money does {he} get back?",
        f"A shop sells {as_} for {m(p1)} and {bs} for {m(p2)}. If {nm} buys {n1} {as_} and {n2} {bs}, paying with {m(bill)}, what is {his} change in dollars?",
    ]
    steps = [
        S('c1', 'mul', [N(n1), D(p1)], '$', f"the cost of the {as_}", f"{cap(as_)}", f"{he} buys {n1} {as_} at {m(p1)} each"),
        S('c2', 'mul', [N(n2), D(p2)], '$', f"the cost of the {bs}", f"{cap(bs)}", f"there are {n2} {bs} at {m(p2)} each"),
        S('t', 'add', [R('c1'), R('c2')], '$', "the total cost", "Total", None),
        S('ch', 'sub', [D(bill), R('t')], '$', "the change", "Change", f"{he} pays with {m(bill)}"),
    ]
    return dict(texts=texts, restate=f"{nm} is buying {n1} {as_} at {m(p1)} each plus {n2} {bs} at {m(p2)} each, and pays with {m(bill)}.",
                goal=f"how much change {nm} gets back", steps=steps, ans=f"{nm} gets {{A}} in change.", unit='$')


# ------------------------------------------------------------------ 2 discount then buy several

def discount_many(r):
    nm, he, him, his = who(r)
    item, items, lo, hi = r.choice([('jacket', 'jackets', 40, 120), ('pair of shoes', 'pairs of shoes', 30, 90),
                                    ('lamp', 'lamps', 20, 60), ('backpack', 'backpacks', 25, 70),
                                    ('video game', 'video games', 30, 70), ('T-shirt', 'T-shirts', 10, 30),
                                    ('sweater', 'sweaters', 25, 80)])
    while True:
        p = F(r.randint(lo, hi))
        d = r.choice([10, 15, 20, 25, 30, 40])
        k = r.randint(2, 6)
        if ok_money(p * d / 100):
            break
    texts = [
        f"A {item} normally costs {m(p)}. This week everything is {d}% off. {nm} buys {k} {items}. How much does {he} pay?",
        f"{nm} wants {k} {items}. Each one is priced at {m(p)}, but there is a {d}% discount on the price. What is the total {nm} pays?",
        f"The regular price of a {item} is {m(p)}. During a sale the price is reduced by {d}%. How much would {k} {items} cost at the sale price?",
        f"{cap(items)} are on sale for {d}% off their usual price of {m(p)}. If {nm} buys {k} of them, how many dollars does {he} spend?",
    ]
    steps = [
        S('d', 'pct', [P(d), D(p)], '$', "the discount on one", "Discount per item", f"the discount is {d}% of {m(p)}"),
        S('s', 'sub', [D(p), R('d')], '$', "the sale price of one", "Sale price", f"the sale price is the original {m(p)} minus the discount"),
        S('t', 'mul', [R('s'), N(k)], '$', f"the cost of {k} {items}", "Total", f"{he} buys {k} of them"),
    ]
    return dict(texts=texts, restate=f"A {item} is {m(p)} with {d}% off, and {nm} gets {k} of them.",
                goal=f"the total price for {k} {items} after the discount", steps=steps,
                ans=f"{nm} pays {{A}} in total.", unit='$')


# ------------------------------------------------------------------ 3 weekly savings

def savings(r):
    nm, he, him, his = who(r)
    s = r.choice([5, 6, 7, 8, 9, 12, 15, 18, 25])
    w = r.randint(6, 16)
    g = r.choice([20, 25, 30, 40, 50, 60])
    c = r.randint(3, 9) * 5 + r.choice([0, 0, F(1, 2), F(3, 4)])
    thing = r.choice(['a video game', 'a pair of sneakers', 'a skateboard', 'a backpack', 'a board game'])
    texts = [
        f"{nm} saves {m(s)} every week for {w} weeks. {cap(his)} grandmother also gives {him} {m(g)} for {his} birthday. Then {he} buys {thing} for {m(c)}. How much money does {nm} have left?",
        f"For {w} weeks, {nm} puts {m(s)} a week into a jar. {cap(he)} adds a {m(g)} gift to the jar and later spends {m(c)} on {thing}. How much is left in the jar?",
        f"{nm} earns {m(s)} a week walking dogs and saves all of it for {w} weeks. {cap(he)} also gets {m(g)} as a present. If {he} then spends {m(c)} on {thing}, how much does {he} still have?",
        f"Each week {nm} sets aside {m(s)}. After {w} weeks {he} receives an extra {m(g)} from {his} aunt. {cap(he)} then pays {m(c)} for {thing}. How many dollars does {nm} have now?",
    ]
    steps = [
        S('sv', 'mul', [D(s), N(w)], '$', "the amount saved", "Saved", f"{he} saves {m(s)} a week for {w} weeks"),
        S('t', 'add', [R('sv'), D(g)], '$', "the total with the gift", "With gift", f"the gift adds {m(g)}"),
        S('l', 'sub', [R('t'), D(c)], '$', "the money left", "Left", f"{he} spends {m(c)}"),
    ]
    return dict(texts=texts, restate=f"{nm} saves {m(s)} per week for {w} weeks, gets {m(g)} extra, then spends {m(c)}.",
                goal=f"how much money {nm} has left", steps=steps, ans=f"{nm} has {{A}} left.", unit='$')


# ------------------------------------------------------------------ 4 hourly pay over days

def hourly_pay(r):
    nm, he, him, his = who(r)
    h = r.randint(3, 8)
    dd = r.randint(3, 6)
    w = r.choice([F(12), F(13), F(14), F(15), F(16), F(17), F(18), F(1250, 100), F(1350, 100), F(1550, 100), F(1175, 100)])
    job = r.choice(['at a cafe', 'at the library', 'at a bookstore', 'at a grocery store', 'as a lifeguard'])
    texts = [
        f"{nm} works {job}. {cap(he)} works {h} hours a day for {dd} days and earns {m(w)} per hour. How much does {he} earn in total?",
        f"{nm} gets paid {m(w)} an hour working {job}. This week {he} worked {dd} days, {h} hours each day. How much did {he} make this week?",
        f"If {nm} earns {m(w)} for every hour {he} works {job}, and {he} works {h}-hour shifts on {dd} days, what are {his} total earnings?",
        f"Working {job}, {nm} does {dd} shifts of {h} hours each. {cap(his)} pay is {m(w)} per hour. What is {nm}'s pay for these shifts?",
    ]
    steps = [
        S('hr', 'mul', [N(h), N(dd)], 'hours', "the total hours", "Hours worked", f"{he} works {h} hours a day for {dd} days"),
        S('pay', 'mul', [R('hr'), D(w)], '$', "the total pay", "Pay", f"{he} earns {m(w)} per hour"),
    ]
    return dict(texts=texts, restate=f"{nm} works {h} hours per day on {dd} days at {m(w)} an hour.",
                goal=f"how much {nm} earns", steps=steps, ans=f"{nm} earns {{A}}.", unit='$')


# ------------------------------------------------------------------ 5 two-leg trip distance

def trip_distance(r):
    nm, he, him, his = who(r)
    v1 = r.choice([40, 45, 50, 55, 60, 65, 70])
    t1 = r.choice([2, 3, 4, F(3, 2), F(5, 2)])
    v2 = r.choice([30, 35, 40, 48, 52, 56])
    t2 = r.choice([1, 2, 3, F(1, 2), F(3, 2)])
    texts = [
        f"{nm} drives at {v1} miles per hour for {hrs(t1)}, then at {v2} miles per hour for {hrs(t2)}. How many miles does {he} drive in total?",
        f"On a road trip, {nm} travels {hrs(t1)} on the highway at {v1} mph and then {hrs(t2)} on country roads at {v2} mph. What is the total distance?",
        f"A bus goes {v1} miles per hour for the first {hrs(t1)} of a trip and {v2} miles per hour for the next {hrs(t2)}. How far does the bus travel altogether?",
        f"{nm} drives for {hrs(t1)} at an average of {v1} mph, then {hrs(t2)} at {v2} mph. How many miles is the whole drive?",
    ]
    steps = [
        S('d1', 'mul', [N(v1), N(t1)], 'miles', "the first part of the trip", "First leg", f"the first part is {v1} mph for {hrs(t1)}"),
        S('d2', 'mul', [N(v2), N(t2)], 'miles', "the second part", "Second leg", f"the second part is {v2} mph for {hrs(t2)}"),
        S('d', 'add', [R('d1'), R('d2')], 'miles', "the total distance", "Total distance", None),
    ]
    return dict(texts=texts, restate=f"There are two parts: {v1} mph for {hrs(t1)}, then {v2} mph for {hrs(t2)}.",
                goal="the total distance traveled", steps=steps, ans="The total distance is {A} miles.", unit='miles')


# ------------------------------------------------------------------ 6 fraction given away then eaten

def fraction_away(r):
    nm, he, him, his = who(r)
    thing = r.choice(['cookies', 'stickers', 'marbles', 'apples', 'trading cards', 'cupcakes'])
    while True:
        a, b = r.choice([(1, 3), (2, 5), (1, 4), (3, 8), (2, 3), (3, 5), (1, 6)])
        N0 = b * r.randint(4, 12)
        e = r.randint(2, 9)
        if N0 - N0 * a // b - e > 0:
            break
    texts = [
        f"{nm} has {N0} {thing}. {cap(he)} gives {a}/{b} of them to {his} friends and then {e} more to {his} brother. How many {thing} does {nm} have left?",
        f"There are {N0} {thing} in a box. {nm} gives away {a}/{b} of the {thing}, then uses {e} more. How many {thing} are still in the box?",
        f"{nm} starts with {N0} {thing}. After giving {a}/{b} of them to classmates, {he} loses {e}. How many {thing} remain?",
        f"Out of {N0} {thing}, {nm} shares {a}/{b} with {his} team and gives {e} to a neighbor. How many {thing} does {he} keep?",
    ]
    steps = [
        S('g', 'frac', [N(a), N(b), N(N0)], thing, "the number given away", "Given away", f"{a}/{b} of {N0} are given away"),
        S('l1', 'sub', [N(N0), R('g')], thing, "what is left after that", "After sharing", None),
        S('l2', 'sub', [R('l1'), N(e)], thing, "the number left", "Left", f"then {e} more go"),
    ]
    return dict(texts=texts, restate=f"{nm} starts with {N0} {thing}, gives away {a}/{b} of them, and then {e} more are gone.",
                goal=f"how many {thing} are left", steps=steps, ans=f"{nm} has {{A}} {thing} left.", unit=thing)


# ------------------------------------------------------------------ 7 ages in the future

def ages_future(r):
    (a, _, _, _), (b, _, _, _) = who(r, 2)
    x = r.randint(4, 14)
    k = r.choice([2, 3, 4])
    y = r.randint(3, 12)
    texts = [
        f"{a} is {x} years old. {b} is {k} times as old as {a}. What will be the sum of their ages in {y} years?",
        f"{b}'s age is {k} times {a}'s age, and {a} is {x}. In {y} years, how old will {a} and {b} be together?",
        f"{a} is {x}. {a}'s aunt {b} is {k} times {a}'s age. Find the total of their ages {y} years from now.",
        f"Right now {a} is {x} years old, and {b}'s age is {k} times {a}'s. What is the combined age of the two in {y} years?",
    ]
    steps = [
        S('bb', 'mul', [N(k), N(x)], 'years', f"{b}'s age now", f"{b} now", f"{b} is {k} times {a}'s age"),
        S('af', 'add', [N(x), N(y)], 'years', f"{a}'s age in {y} years", f"{a} later", f"{a} will be {y} years older"),
        S('bf', 'add', [R('bb'), N(y)], 'years', f"{b}'s age in {y} years", f"{b} later", f"{b} also gets {y} years older"),
        S('s', 'add', [R('af'), R('bf')], 'years', "the sum of their ages", "Sum", None),
    ]
    return dict(texts=texts, restate=f"{a} is {x}, {b} is {k} times that, and we jump {y} years ahead.",
                goal=f"the sum of their ages in {y} years", steps=steps, ans="Their ages will add up to {A}.", unit='years')


# ------------------------------------------------------------------ 8 ages sum and difference (algebra)

def ages_algebra(r):
    (a, _, _, _), (b, _, _, _) = who(r, 2)
    x = r.randint(5, 30)
    d = r.randint(2, 9)
    s = 2 * x + d
    texts = [
        f"The sum of {a}'s and {b}'s ages is {s}. {b} is {d} years older than {a}. How old is {a}?",
        f"{a} and {b} are siblings. Together their ages add up to {s} years, and {b} is {d} years older. How old is {a}?",
        f"{b} is {d} years older than {a}. If their ages total {s}, what is {a}'s age?",
        f"Two cousins, {a} and {b}, have a combined age of {s}. {b} is the older one by {d} years. Find {a}'s age.",
    ]
    steps = [
        S('t', 'sub', [N(s), N(d)], 'years', "twice " + a + "'s age", "2x", f"2x + {d} = {s}", lhs='2x'),
        S('x', 'div', [R('t'), N(2)], 'years', f"{a}'s age", f"{a}'s age", None, lhs='x'),
    ]
    return dict(texts=texts, restate=f"Let {a}'s age be x, so {b} is x + {d}, and x + (x + {d}) = {s}, which means 2x + {d} = {s}.",
                goal=f"{a}'s age", steps=steps, ans=f"{a} is {{A}} years old.", unit='years', algebra=True)


# ------------------------------------------------------------------ 9 tasks in minutes

def minutes_total(r):
    nm, he, him, his = who(r)
    t = [r.randint(15, 55), r.randint(20, 70), r.randint(10, 45)]
    k = r.choice([3, 4, 5])
    texts = [
        f"{nm} spends {t[0]} minutes on homework, {t[1]} minutes practicing piano, and {t[2]} minutes reading each day. How many minutes does {he} spend on these activities over {k} days?",
        f"Every afternoon {nm} does {t[0]} minutes of math, {t[1]} minutes of soccer drills, and {t[2]} minutes of reading. How many minutes is that in {k} days?",
        f"A daily routine has three parts: {t[0]} minutes, {t[1]} minutes, and {t[2]} minutes. If {nm} follows it for {k} days, how many minutes does {he} spend in total?",
        f"{nm} cleans for {t[0]} minutes, cooks for {t[1]} minutes, and walks the dog for {t[2]} minutes every day. What is the total number of minutes over {k} days?",
    ]
    steps = [
        S('d', 'add', [N(t[0]), N(t[1]), N(t[2])], 'minutes', "the time per day", "Per day", None),
        S('t', 'mul', [R('d'), N(k)], 'minutes', f"the time for {k} days", "Total", f"that happens on {k} days"),
    ]
    return dict(texts=texts, restate=f"Each day has {t[0]}, {t[1]} and {t[2]} minutes of activities, repeated for {k} days.",
                goal=f"the total minutes over {k} days", steps=steps, ans="That is {A} minutes in total.", unit='minutes', hm=True)


# ------------------------------------------------------------------ 10 test percent wrong

def test_percent(r):
    nm, he, him, his = who(r)
    while True:
        q = r.choice([20, 25, 40, 50, 60, 80])
        p = r.choice([60, 65, 70, 75, 80, 85, 90, 95])
        if (q * p) % 100 == 0:
            break
    texts = [
        f"A test has {q} questions. {nm} answers {p}% of them correctly. How many questions does {he} get wrong?",
        f"{nm} got {p}% on a {q}-question quiz. How many questions did {he} miss?",
        f"There are {q} questions on a science test and {nm} gets {p}% right. How many does {he} answer incorrectly?",
        f"On a {q}-question exam, {nm} scored {p}%. If every question is worth the same, how many questions were wrong?",
    ]
    steps = [
        S('c', 'pct', [P(p), N(q)], 'questions', "the number correct", "Correct", f"{p}% of {q} are right"),
        S('w', 'sub', [N(q), R('c')], 'questions', "the number wrong", "Wrong", None),
    ]
    return dict(texts=texts, restate=f"{nm} gets {p}% of {q} questions right.", goal="how many questions are wrong",
                steps=steps, ans=f"{nm} gets {{A}} questions wrong.", unit='questions')


# ------------------------------------------------------------------ 11 recipe scaling

def recipe(r):
    nm, he, him, his = who(r)
    while True:
        s = r.choice([4, 6, 8, 12])
        a = r.choice([2, 3, F(3, 2), 5, 6, F(5, 2), 9, 10])
        t = r.choice([10, 18, 20, 24, 30, 36, 40])
        per = F(a) / s
        from core import terminating, places
        if t != s and terminating(per) and places(per) <= 3 and (per * t).denominator in (1, 2, 4) and places(per) <= 2:
            break
    ing = r.choice(['cups of flour', 'cups of milk', 'cups of rice', 'cups of sugar'])
    texts = [
        f"A recipe uses {n(a)} {ing} to make {s} servings. How many {ing} are needed for {t} servings?",
        f"{nm} needs {n(a)} {ing} for {s} servings of a dish. {cap(he)} wants to make {t} servings. How many {ing} does {he} need?",
        f"To feed {s} people, a cook uses {n(a)} {ing}. At the same rate, how many {ing} feed {t} people?",
        f"If {s} portions take {n(a)} {ing}, how much is needed for {t} portions?",
    ]
    steps = [
        S('p', 'div', [N(a), N(s)], 'cups', "the amount per serving", "Per serving", f"{n(a)} {ing} make {s} servings"),
        S('t', 'mul', [R('p'), N(t)], 'cups', f"the amount for {t} servings", "Needed", f"we need {t} servings"),
    ]
    return dict(texts=texts, restate=f"{n(a)} {ing} makes {s} servings, and we want {t} servings.",
                goal=f"the {ing} for {t} servings", steps=steps, ans=f"{{A}} {ing} are needed.", unit='cups')


# ------------------------------------------------------------------ 12 bake and sell boxes

def bake_boxes(r):
    nm, he, him, his = who(r)
    b = r.choice([6, 8, 10, 12])
    bx = r.randint(5, 24)
    Nn = b * bx
    p = cents(r, 300, 1200, 50)
    good = r.choice(['cookies', 'muffins', 'brownies', 'donuts'])
    texts = [
        f"{nm} bakes {Nn} {good} and packs them in boxes of {b}. {cap(he)} sells each box for {m(p)}. How much money does {he} make if {he} sells all the boxes?",
        f"A bakery makes {Nn} {good}. They are put into boxes that hold {b} each, and each box sells for {m(p)}. How much money comes in from selling every box?",
        f"{nm} has {Nn} {good} for a bake sale. {cap(he)} puts {b} in each box and charges {m(p)} per box. What is the total money from the sale?",
        f"There are {Nn} {good}, packed {b} to a box. Each box costs {m(p)}. If all boxes are sold, how many dollars are collected?",
    ]
    steps = [
        S('bx', 'div', [N(Nn), N(b)], 'boxes', "the number of boxes", "Boxes", f"{b} {good} go in each box"),
        S('mny', 'mul', [R('bx'), D(p)], '$', "the money from the boxes", "Money", f"each box sells for {m(p)}"),
    ]
    return dict(texts=texts, restate=f"{Nn} {good} go into boxes of {b}, and each box sells for {m(p)}.",
                goal="the total money from selling the boxes", steps=steps, ans="The sale brings in {A}.", unit='$')


# ------------------------------------------------------------------ 13 split bill with tip

def split_bill(r):
    nm, he, him, his = who(r)
    while True:
        B = F(r.randint(40, 180))
        t = r.choice([10, 15, 18, 20])
        k = r.choice([2, 3, 4, 5, 6])
        tip = B * t / 100
        tot = B + tip
        if ok_money(tip) and ok_money(tot / k):
            break
    texts = [
        f"{nm} and {k - 1} friends have dinner. The bill is {m(B)} and they leave a {t}% tip. If they split the total equally, how much does each person pay?",
        f"A group of {k} people eats at a restaurant. The meal costs {m(B)}, plus a {t}% tip. They share the cost evenly. What is each person's share?",
        f"The dinner bill for {k} coworkers comes to {m(B)}. They add a {t}% tip and divide everything equally. How much does each coworker pay?",
        f"{k} friends split a {m(B)} restaurant bill plus a {t}% tip equally. How much does one friend pay?",
    ]
    steps = [
        S('tip', 'pct', [P(t), D(B)], '$', "the tip", "Tip", f"the tip is {t}% of {m(B)}"),
        S('tot', 'add', [D(B), R('tip')], '$', "the total with tip", "Total", None),
        S('each', 'div', [R('tot'), N(k)], '$', "each person's share", "Each person", f"it is split {k} ways"),
    ]
    return dict(texts=texts, restate=f"The bill is {m(B)}, there's a {t}% tip on top, and {k} people share it.",
                goal="how much each person pays", steps=steps, ans="Each person pays {A}.", unit='$')


# ------------------------------------------------------------------ 14 reading pages, days left

def reading(r):
    nm, he, him, his = who(r)
    while True:
        rate = r.choice([12, 15, 18, 20, 24, 25, 30])
        dd = r.randint(3, 9)
        r2 = r.choice([20, 25, 30, 35, 40, 45, 50])
        rem_days = r.randint(2, 8)
        Pg = rate * dd + r2 * rem_days
        if Pg < 600:
            break
    texts = [
        f"A book has {Pg} pages. {nm} reads {rate} pages a day for {dd} days. After that {he} reads {r2} pages a day. How many more days does {he} need to finish the book?",
        f"{nm} is reading a {Pg}-page novel. For the first {dd} days {he} reads {rate} pages per day, then {he} speeds up to {r2} pages per day. How many more days will it take to finish?",
        f"{nm} reads {rate} pages each day for {dd} days of a {Pg}-page book. If {he} then reads {r2} pages per day, how many additional days does {he} need?",
        f"There are {Pg} pages in {nm}'s book. {cap(he)} reads {rate} pages daily for {dd} days, then {r2} pages daily. How many days does the second part take?",
    ]
    steps = [
        S('rd', 'mul', [N(rate), N(dd)], 'pages', "the pages read so far", "Read so far", f"{he} reads {rate} pages a day for {dd} days"),
        S('lf', 'sub', [N(Pg), R('rd')], 'pages', "the pages left", "Pages left", f"the book has {Pg} pages"),
        S('dy', 'div', [R('lf'), N(r2)], 'days', "the days still needed", "Days needed", f"now {he} reads {r2} pages a day"),
    ]
    return dict(texts=texts, restate=f"{Pg} pages total; {rate} pages a day for {dd} days first, then {r2} a day.",
                goal="how many more days are needed", steps=steps, ans=f"{nm} needs {{A}} more days.", unit='days')


# ------------------------------------------------------------------ 15 temperature (can go negative)

def temperature(r):
    city = r.choice(['Denver', 'Fargo', 'a mountain town', 'Minneapolis', 'a small village'])
    while True:
        t0 = r.randint(-5, 12)
        dr = r.randint(8, 25)
        up = r.randint(2, 9)
        if t0 - dr + up < 0:
            break
    t0s = f"{t0}" if t0 >= 0 else f"-{-t0}"
    texts = [
        f"At 6 p.m. the temperature in {city} is {t0s}°F. By midnight it drops {dr} degrees, and by 8 a.m. it rises {up} degrees. What is the temperature at 8 a.m.?",
        f"The temperature in {city} starts at {t0s}°F, falls by {dr}°F overnight, then climbs {up}°F in the morning. What is the morning temperature?",
        f"In {city} it was {t0s} degrees. The temperature went down {dr} degrees and then up {up} degrees. What is the temperature now?",
        f"A thermometer in {city} reads {t0s}°F. It then drops {dr} degrees before rising {up} degrees. What does it read at the end?",
    ]
    steps = [
        S('a', 'sub', [N(t0), N(dr)], 'degrees', "the temperature after the drop", "After drop", f"it drops {dr} degrees"),
        S('b', 'add', [R('a'), N(up)], 'degrees', "the final temperature", "After rise", f"then it rises {up} degrees"),
    ]
    return dict(texts=texts, restate=f"Start at {t0s}°F, go down {dr}, then up {up}.", goal="the final temperature",
                steps=steps, ans="The temperature is {A}°F.", unit='degrees')


# ------------------------------------------------------------------ 16 fence cost (perimeter)

def fence(r):
    nm, he, him, his = who(r)
    l = r.randint(12, 45)
    w = r.randint(8, 30)
    c = r.choice([F(3), F(4), F(5), F(6), F(7), F(15, 2), F(9), F(12), F(25, 2)])
    texts = [
        f"{nm}'s garden is a rectangle {l} feet long and {w} feet wide. Fencing costs {m(c)} per foot. How much will it cost to fence the whole garden?",
        f"A rectangular yard measures {l} ft by {w} ft. {nm} wants to put a fence all the way around it. If fencing is {m(c)} a foot, what is the total cost?",
        f"How much does it cost to fence a {l}-foot by {w}-foot rectangular field if the fence costs {m(c)} per foot?",
        f"{nm} is fencing a rectangular pen that is {l} feet long and {w} feet wide. The fence sells for {m(c)} per foot. What will {nm} spend?",
    ]
    steps = [
        S('lw', 'add', [N(l), N(w)], 'feet', "length plus width", "Length + width", f"the sides are {l} and {w} feet"),
        S('per', 'mul', [N(2), R('lw')], 'feet', "the perimeter", "Perimeter", "the perimeter is twice that"),
        S('cost', 'mul', [R('per'), D(c)], '$', "the cost", "Cost", f"fencing is {m(c)} per foot"),
    ]
    return dict(texts=texts, restate=f"The rectangle is {l} by {w} feet, and fence is {m(c)} per foot.",
                goal="the cost to fence the perimeter", steps=steps, ans="The fence costs {A}.", unit='$')


# ------------------------------------------------------------------ 17 pack vs singles savings

def pack_savings(r):
    nm, he, him, his = who(r)
    item, items, lo, hi = r.choice(SHOP[:8])
    while True:
        p = cents(r, lo, hi)
        k = r.choice([6, 8, 10, 12, 24])
        c = p * k - cents(r, 100, 900, 25)
        if c > 0:
            break
    texts = [
        f"One {item} costs {m(p)}. A pack of {k} {items} costs {m(c)}. How much does {nm} save by buying the pack instead of {k} single {items}?",
        f"{items.capitalize()} are {m(p)} each, or {m(c)} for a pack of {k}. How much money is saved by buying the pack?",
        f"{nm} needs {k} {items}. Buying them one at a time costs {m(p)} each, but a {k}-pack costs {m(c)}. How much cheaper is the pack?",
        f"A store sells {items} individually for {m(p)} or in packs of {k} for {m(c)}. What are the savings from buying one pack rather than {k} separate {items}?",
    ]
    steps = [
        S('sg', 'mul', [D(p), N(k)], '$', f"the cost of {k} singles", f"{k} singles", f"{k} {items} at {m(p)} each"),
        S('sv', 'sub', [R('sg'), D(c)], '$', "the savings", "Savings", f"the pack is {m(c)}"),
    ]
    return dict(texts=texts, restate=f"Singles are {m(p)} each, and a pack of {k} is {m(c)}.", goal="the savings from the pack",
                steps=steps, ans=f"{nm} saves {{A}}.", unit='$')


# ------------------------------------------------------------------ 18 allowance fraction then snack

def allowance(r):
    nm, he, him, his = who(r)
    while True:
        a, b = r.choice([(1, 3), (1, 4), (2, 5), (3, 8), (1, 5), (3, 4)])
        A = F(b * r.randint(4, 20))
        sn = r.choice([F(3), F(4), F(5), F(6), F(15, 2), F(9, 2), F(11, 4)])
        if A - A * a / b - sn > 0:
            break
    thing = r.choice(['books', 'art supplies', 'a video game', 'clothes', 'a concert ticket'])
    texts = [
        f"{nm} has {m(A)}. {cap(he)} spends {a}/{b} of it on {thing} and {m(sn)} on snacks. How much money does {he} have left?",
        f"Out of {his} {m(A)} birthday money, {nm} uses {a}/{b} on {thing} and then spends {m(sn)} on lunch. How much is left?",
        f"{nm} gets {m(A)} for {his} birthday. {cap(he)} spends {a}/{b} of the money on {thing}, then {m(sn)} at a snack bar. How many dollars remain?",
        f"{nm} starts with {m(A)}, puts {a}/{b} of it toward {thing}, and spends {m(sn)} more on a smoothie. What does {he} have left?",
    ]
    steps = [
        S('s1', 'frac', [N(a), N(b), D(A)], '$', f"the amount spent on {thing}", cap(thing), f"{a}/{b} of {m(A)} goes to {thing}"),
        S('l1', 'sub', [D(A), R('s1')], '$', "what is left after that", "After first purchase", None),
        S('l2', 'sub', [R('l1'), D(sn)], '$', "the money left", "Left", f"then {m(sn)} more"),
    ]
    return dict(texts=texts, restate=f"{nm} starts with {m(A)}, spends {a}/{b} of it, then another {m(sn)}.",
                goal=f"how much money {nm} has left", steps=steps, ans=f"{nm} has {{A}} left.", unit='$')


# ------------------------------------------------------------------ 19 tickets with discount

def tickets(r):
    nm, he, him, his = who(r)
    n1, n2 = r.randint(2, 5), r.randint(2, 6)
    p1 = F(r.choice([1200, 1350, 1500, 1650, 1800, 2200, 2450]), 100)
    p2 = F(r.choice([650, 750, 800, 900, 975, 1000, 1125]), 100)
    dsc = F(r.choice([5, 8, 10, 12, 15]))
    place = r.choice(['the zoo', 'a museum', 'an aquarium', 'a water park', 'the science center'])
    texts = [
        f"Tickets to {place} cost {m(p1)} for adults and {m(p2)} for children. A family buys {n1} adult tickets and {n2} child tickets and uses a {m(dsc)} coupon. How much do they pay?",
        f"{nm} takes {his} family to {place}. Adult tickets are {m(p1)}, child tickets are {m(p2)}. They need {n1} adult and {n2} child tickets and get {m(dsc)} off the total. What do they pay?",
        f"At {place}, an adult ticket is {m(p1)} and a child ticket is {m(p2)}. What is the cost of {n1} adult and {n2} child tickets after a {m(dsc)} discount?",
        f"A group of {n1} adults and {n2} kids visits {place}. Adults pay {m(p1)} each and kids pay {m(p2)} each. With a {m(dsc)} group discount, what is the total?",
    ]
    steps = [
        S('ad', 'mul', [N(n1), D(p1)], '$', "the adult tickets", "Adults", f"{n1} adult tickets at {m(p1)}"),
        S('ch', 'mul', [N(n2), D(p2)], '$', "the child tickets", "Children", f"{n2} child tickets at {m(p2)}"),
        S('t', 'add', [R('ad'), R('ch')], '$', "the total before the discount", "Before discount", None),
        S('f', 'sub', [R('t'), D(dsc)], '$', "the final cost", "After discount", f"take off the {m(dsc)}"),
    ]
    return dict(texts=texts, restate=f"{n1} adults at {m(p1)}, {n2} children at {m(p2)}, and {m(dsc)} off.",
                goal="the total they pay", steps=steps, ans="They pay {A}.", unit='$')


# ------------------------------------------------------------------ 20 fuel cost

def fuel(r):
    nm, he, him, his = who(r)
    mpg = r.choice([20, 24, 25, 28, 30, 32, 35, 40])
    gal = r.randint(4, 16)
    Dd = mpg * gal
    g = F(r.choice([289, 315, 340, 360, 375, 399, 420, 450]), 100)
    texts = [
        f"{nm} drives {Dd} miles. {cap(his)} car gets {mpg} miles per gallon, and gas costs {m(g)} per gallon. How much does the gas for the trip cost?",
        f"A car uses one gallon of gas every {mpg} miles. Gas is {m(g)} a gallon. What is the fuel cost of a {Dd}-mile trip?",
        f"{nm}'s van travels {mpg} miles on a gallon. If {he} drives {Dd} miles and pays {m(g)} per gallon, how much does {he} spend on gas?",
        f"How much will gas cost for a {Dd}-mile drive in a car that gets {mpg} mpg, if gas is {m(g)} per gallon?",
    ]
    steps = [
        S('gl', 'div', [N(Dd), N(mpg)], 'gallons', "the gallons needed", "Gallons", f"the car does {mpg} miles per gallon"),
        S('c', 'mul', [R('gl'), D(g)], '$', "the gas cost", "Cost", f"gas is {m(g)} per gallon"),
    ]
    return dict(texts=texts, restate=f"A {Dd}-mile trip at {mpg} mpg with gas at {m(g)}.", goal="the cost of the gas",
                steps=steps, ans="The gas costs {A}.", unit='$')


# ------------------------------------------------------------------ 21 class percent then pencils

def class_pencils(r):
    while True:
        Nn = r.choice([20, 24, 25, 28, 30, 32, 35, 36, 40])
        p = r.choice([25, 40, 45, 50, 55, 60, 75])
        if (Nn * p) % 100 == 0:
            break
    k = r.randint(2, 6)
    texts = [
        f"A class has {Nn} students. {p}% of them are girls. Each boy brings {k} pencils. How many pencils do the boys bring?",
        f"In a class of {Nn}, {p}% of the students are girls and the rest are boys. If every boy has {k} pencils, how many pencils do the boys have in total?",
        f"There are {Nn} students in a room; {p}% are girls. The boys each bring {k} pencils. Find the total number of pencils the boys bring.",
        f"{p}% of the {Nn} students in Ms. Lee's class are girls. Each of the boys donates {k} pencils. How many pencils are donated by boys?",
    ]
    steps = [
        S('g', 'pct', [P(p), N(Nn)], 'girls', "the number of girls", "Girls", f"{p}% of {Nn} are girls"),
        S('b', 'sub', [N(Nn), R('g')], 'boys', "the number of boys", "Boys", None),
        S('pc', 'mul', [R('b'), N(k)], 'pencils', "the pencils", "Pencils", f"each boy brings {k} pencils"),
    ]
    return dict(texts=texts, restate=f"{Nn} students, {p}% girls, and each boy brings {k} pencils.",
                goal="how many pencils the boys bring", steps=steps, ans="The boys bring {A} pencils.", unit='pencils')


# ------------------------------------------------------------------ 22 average of scores

def average(r):
    nm, he, him, his = who(r)
    while True:
        s = [r.randint(62, 99) for _ in range(4)]
        if sum(s) % 4 == 0 or sum(s) % 2 == 0:
            break
    texts = [
        f"{nm} scored {s[0]}, {s[1]}, {s[2]}, and {s[3]} on four tests. What is {his} average score?",
        f"On four quizzes {nm} got {s[0]}, {s[1]}, {s[2]} and {s[3]} points. What is the mean of {his} scores?",
        f"What is the average of {nm}'s four game scores: {s[0]}, {s[1]}, {s[2]}, {s[3]}?",
        f"{nm}'s bowling scores this month were {s[0]}, {s[1]}, {s[2]}, and {s[3]}. Find {his} average.",
    ]
    steps = [
        S('t', 'add', [N(x) for x in s], 'points', "the total of the scores", "Sum", None),
        S('a', 'div', [R('t'), N(4)], 'points', "the average", "Average", "there are 4 scores"),
    ]
    return dict(texts=texts, restate=f"Four scores: {s[0]}, {s[1]}, {s[2]}, {s[3]}.", goal="the average score",
                steps=steps, ans=f"{nm}'s average is {{A}}.", unit='points')


# ------------------------------------------------------------------ 23 phone plan overage

def phone_plan(r):
    nm, he, him, his = who(r)
    base = F(r.choice([25, 30, 35, 40, 45]))
    lim = r.choice([5, 8, 10, 15, 20])
    used = lim + r.randint(2, 12)
    c = F(r.choice([250, 300, 400, 500, 750, 1000, 1250]), 100)
    texts = [
        f"{nm}'s phone plan costs {m(base)} a month and includes {lim} GB of data. Each extra GB costs {m(c)}. This month {he} used {used} GB. What is {his} bill?",
        f"A phone plan is {m(base)} per month for {lim} GB, plus {m(c)} for each GB over the limit. If {nm} uses {used} GB, how much does {he} pay?",
        f"{nm} pays {m(base)} monthly for a plan with {lim} GB. Data above that costs {m(c)} per GB. What is the bill for a month where {he} uses {used} GB?",
        f"How much is {nm}'s phone bill if the plan is {m(base)} with {lim} GB included, overage is {m(c)} per GB, and {he} used {used} GB?",
    ]
    steps = [
        S('ex', 'sub', [N(used), N(lim)], 'GB', "the extra data", "Extra GB", f"{he} used {used} GB but only {lim} are included"),
        S('oc', 'mul', [R('ex'), D(c)], '$', "the overage charge", "Overage", f"each extra GB is {m(c)}"),
        S('bill', 'add', [D(base), R('oc')], '$', "the bill", "Bill", f"plus the {m(base)} base"),
    ]
    return dict(texts=texts, restate=f"Base {m(base)}, {lim} GB included, {m(c)} per extra GB, {used} GB used.",
                goal="the monthly bill", steps=steps, ans=f"{nm}'s bill is {{A}}.", unit='$')


# ------------------------------------------------------------------ 24 marbles transfer comparison

def marbles(r):
    (a, _, _, _), (b, _, _, _) = who(r, 2)
    A = r.randint(30, 90)
    B = r.randint(10, 40)
    g = r.randint(5, 15)
    thing = r.choice(['marbles', 'stickers', 'baseball cards', 'shells'])
    while B + g == A - g:
        g += 1
    if B + g > A - g:
        a, b, A, B = a, b, A, B
    texts = [
        f"{a} has {A} {thing} and {b} has {B}. {a} gives {g} {thing} to {b}. How many more {thing} does {a} have than {b} now?",
        f"{a} owns {A} {thing}; {b} owns {B}. After {a} hands {b} {g} of them, what is the difference between their amounts?",
        f"{a} had {A} {thing} and {b} had {B}. {a} gave {b} {g} {thing}. Now how many {thing} separate them (larger minus smaller)?",
        f"There are {A} {thing} in {a}'s jar and {B} in {b}'s. If {a} moves {g} into {b}'s jar, what is the difference between the two jars?",
    ]
    steps = [
        S('a1', 'sub', [N(A), N(g)], thing, f"{a}'s new total", f"{a} now", f"{a} gives away {g}"),
        S('b1', 'add', [N(B), N(g)], thing, f"{b}'s new total", f"{b} now", f"{b} gets those {g}"),
    ]
    if A - g >= B + g:
        steps.append(S('d', 'sub', [R('a1'), R('b1')], thing, "the difference", "Difference", None))
    else:
        steps.append(S('d', 'sub', [R('b1'), R('a1')], thing, "the difference", "Difference", None))
    return dict(texts=texts, restate=f"{a} starts with {A}, {b} with {B}, and {g} move from {a} to {b}.",
                goal="the difference after the transfer", steps=steps, ans="The difference is {A}.", unit=thing)


# ------------------------------------------------------------------ 25 commission

def commission(r):
    nm, he, him, his = who(r)
    while True:
        k = r.randint(3, 15)
        p = F(r.choice([120, 150, 180, 200, 240, 250, 320, 400, 450]))
        c = r.choice([5, 8, 10, 12, 15])
        if ok_money(k * p * c / 100):
            break
    thing = r.choice(['bikes', 'vacuum cleaners', 'guitars', 'tablets', 'mattresses'])
    texts = [
        f"{nm} sells {k} {thing} at {m(p)} each. {cap(he)} earns a {c}% commission on {his} sales. How much commission does {he} earn?",
        f"A salesperson earns {c}% commission. {nm} sold {k} {thing} for {m(p)} apiece this week. What is {his} commission?",
        f"{nm} works at a store and gets {c}% of the money from every sale. If {he} sells {k} {thing} priced at {m(p)}, how much does {he} earn?",
        f"What commission does {nm} receive for selling {k} {thing} at {m(p)} each, if the commission rate is {c}%?",
    ]
    steps = [
        S('s', 'mul', [N(k), D(p)], '$', "the total sales", "Sales", f"{k} {thing} at {m(p)} each"),
        S('c', 'pct', [P(c), R('s')], '$', "the commission", "Commission", f"the commission is {c}%"),
    ]
    return dict(texts=texts, restate=f"{k} {thing} at {m(p)}, commission {c}%.", goal="the commission",
                steps=steps, ans=f"{nm} earns {{A}} in commission.", unit='$')


# ------------------------------------------------------------------ 26 raise then weekly pay

def raise_pay(r):
    nm, he, him, his = who(r)
    while True:
        w = F(r.choice([12, 14, 15, 16, 18, 20, 22, 24, 25]))
        p = r.choice([5, 10, 15, 20, 25])
        h = r.choice([20, 25, 30, 32, 35, 40])
        if ok_money(w * p / 100):
            break
    texts = [
        f"{nm} earns {m(w)} per hour. {cap(he)} gets a {p}% raise. How much does {he} earn in a {h}-hour week after the raise?",
        f"After a {p}% raise on {his} {m(w)} hourly wage, how much will {nm} make for working {h} hours?",
        f"{nm}'s hourly pay of {m(w)} goes up by {p}%. What is {his} pay for {h} hours at the new rate?",
        f"A worker making {m(w)} an hour gets a {p}% pay increase. How much does the worker earn for {h} hours of work now?",
    ]
    steps = [
        S('rs', 'pct', [P(p), D(w)], '$', "the raise per hour", "Raise", f"the raise is {p}% of {m(w)}"),
        S('nw', 'add', [D(w), R('rs')], '$', "the new hourly wage", "New wage", None),
        S('pay', 'mul', [R('nw'), N(h)], '$', f"the pay for {h} hours", "Weekly pay", f"{he} works {h} hours"),
    ]
    return dict(texts=texts, restate=f"{m(w)} an hour, up {p}%, for {h} hours.", goal=f"the pay for {h} hours at the new wage",
                steps=steps, ans=f"{nm} earns {{A}}.", unit='$')


# ------------------------------------------------------------------ 27 fill tank time

def tank(r):
    while True:
        f_ = r.choice([4, 5, 6, 8, 10, 12, 15])
        tmin = r.randint(6, 40)
        a = r.choice([20, 30, 40, 50, 60, 75, 100])
        C = a + f_ * tmin
        if C < 1000:
            break
    thing = r.choice(['tank', 'pool', 'barrel', 'fish tank'])
    texts = [
        f"A {thing} holds {C} liters and already has {a} liters in it. Water flows in at {f_} liters per minute. How many minutes will it take to fill the {thing}?",
        f"A {C}-liter {thing} contains {a} liters of water. A hose adds {f_} liters every minute. How long, in minutes, until it is full?",
        f"There are {a} liters of water in a {thing} that can hold {C} liters. If water is pumped in at {f_} L per minute, how many minutes until the {thing} is full?",
        f"How many minutes does it take to top up a {thing} with capacity {C} L that has {a} L in it, at a rate of {f_} L per minute?",
    ]
    steps = [
        S('need', 'sub', [N(C), N(a)], 'liters', "the water still needed", "Still needed", f"it holds {C} liters and has {a}"),
        S('t', 'div', [R('need'), N(f_)], 'minutes', "the time to fill", "Time", f"it fills at {f_} liters per minute"),
    ]
    return dict(texts=texts, restate=f"Capacity {C} L, {a} L already in, filling at {f_} L/min.", goal="the minutes to fill it",
                steps=steps, ans="It takes {A} minutes.", unit='minutes')


# ------------------------------------------------------------------ 28 collection growth then half

def collection(r):
    nm, he, him, his = who(r)
    while True:
        s = r.randint(20, 80)
        b = r.randint(4, 15)
        mo = r.randint(3, 10)
        if (s + b * mo) % 2 == 0:
            break
    thing = r.choice(['stamps', 'coins', 'comic books', 'postcards'])
    texts = [
        f"{nm} has {s} {thing}. {cap(he)} buys {b} more every month for {mo} months. Then {he} gives half of {his} collection to {his} cousin. How many {thing} does {he} have left?",
        f"{nm}'s collection starts at {s} {thing}. {cap(he)} adds {b} {thing} each month for {mo} months, then donates half of them. How many {thing} remain?",
        f"Starting with {s} {thing}, {nm} collects {b} more per month for {mo} months and then gives away half. How many does {he} keep?",
        f"{nm} owns {s} {thing} and gets {b} new ones each month. After {mo} months {he} splits the collection in half with {his} sister. How many {thing} does {nm} keep?",
    ]
    steps = [
        S('ad', 'mul', [N(b), N(mo)], thing, "the new ones", "Added", f"{b} a month for {mo} months"),
        S('t', 'add', [N(s), R('ad')], thing, "the collection size", "Collection", f"{he} started with {s}"),
        S('h', 'div', [R('t'), N(2)], thing, "half of the collection", "Kept", f"{he} gives half away"),
    ]
    return dict(texts=texts, restate=f"{s} to start, {b} more each month for {mo} months, then half is given away.",
                goal=f"how many {thing} are left", steps=steps, ans=f"{nm} has {{A}} {thing} left.", unit=thing)


# ------------------------------------------------------------------ 29 swim laps distance

def swim(r):
    nm, he, him, his = who(r)
    L = r.choice([25, 50])
    k = r.randint(8, 40)
    d = r.randint(3, 6)
    texts = [
        f"A pool is {L} meters long. {nm} swims {k} lengths a day, {d} days a week. How many meters does {he} swim in a week?",
        f"{nm} swims {k} lengths of a {L}-meter pool on each of {d} days. What total distance does {he} swim, in meters?",
        f"Each length of the pool is {L} m. If {nm} does {k} lengths per session and has {d} sessions this week, how many meters is that?",
        f"How many meters does {nm} swim if {he} swims {k} lengths of a {L} m pool, {d} times a week?",
    ]
    steps = [
        S('pd', 'mul', [N(k), N(L)], 'meters', "the meters per day", "Per day", f"{k} lengths of {L} meters"),
        S('wk', 'mul', [R('pd'), N(d)], 'meters', "the weekly distance", "Per week", f"{d} days a week"),
    ]
    return dict(texts=texts, restate=f"{k} lengths of {L} m, {d} days.", goal="the meters per week", steps=steps,
                ans=f"{nm} swims {{A}} meters.", unit='meters')


# ------------------------------------------------------------------ 30 showings in a day (remainder)

def showings(r):
    while True:
        mv = r.randint(85, 150)
        ads = r.choice([10, 15, 20])
        cl = r.choice([10, 15, 20, 25])
        hrs = r.choice([10, 12, 14])
        if (hrs * 60) % (mv + ads + cl) != 0:
            break
    texts = [
        f"A movie is {mv} minutes long. Before each showing there are {ads} minutes of ads, and after each showing the theater needs {cl} minutes to clean. If the theater is open {hrs} hours, how many complete showings can it run?",
        f"A theater runs a {mv}-minute film. Every showing also has {ads} minutes of trailers and {cl} minutes of cleanup. How many full showings fit into {hrs} hours?",
        f"Each showing of a movie takes {mv} minutes plus {ads} minutes of previews plus {cl} minutes of cleaning. How many whole showings can happen in a {hrs}-hour day?",
        f"In {hrs} hours of operation, how many complete cycles can a cinema run if one cycle is {ads} minutes of ads, a {mv}-minute movie, and {cl} minutes of cleaning?",
    ]
    steps = [
        S('cy', 'add', [N(ads), N(mv), N(cl)], 'minutes', "one cycle", "One showing", None),
        S('tm', 'mul', [N(hrs), N(60)], 'minutes', "the minutes open", "Minutes open", f"{hrs} hours in minutes"),
        S('n', 'divmod', [R('tm'), R('cy')], 'showings', "the number of showings", "Showings", None, faultable=False),
    ]
    return dict(texts=texts, restate=f"One full cycle is ads + movie + cleaning, and there are {hrs} hours.",
                goal="how many complete showings fit", steps=steps, ans="The theater can run {A} complete showings.",
                unit='showings', hm=True)


# ------------------------------------------------------------------ 31 simple interest

def interest(r):
    nm, he, him, his = who(r)
    while True:
        Pp = F(r.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 4000]))
        rt = r.choice([2, 3, 4, 5, 6])
        t = r.randint(2, 5)
        if ok_money(Pp * rt / 100):
            break
    texts = [
        f"{nm} puts {m(Pp)} in a savings account that pays {rt}% simple interest per year. How much money will be in the account after {t} years?",
        f"A bank pays {rt}% simple interest each year. If {nm} deposits {m(Pp)} and leaves it for {t} years, what is the balance at the end?",
        f"{nm} lends {his} brother {m(Pp)} at {rt}% simple interest per year. How much will {his} brother owe in total after {t} years?",
        f"What is the total amount after {t} years when {m(Pp)} earns {rt}% simple annual interest?",
    ]
    steps = [
        S('yi', 'pct', [P(rt), D(Pp)], '$', "the interest for one year", "Interest per year", f"{rt}% of {m(Pp)}"),
        S('ti', 'mul', [R('yi'), N(t)], '$', f"the interest for {t} years", "Total interest", f"it's simple interest over {t} years"),
        S('bal', 'add', [D(Pp), R('ti')], '$', "the final amount", "Balance", None),
    ]
    return dict(texts=texts, restate=f"{m(Pp)} at {rt}% simple interest for {t} years.", goal="the amount after interest",
                steps=steps, ans="The total is {A}.", unit='$')


# ------------------------------------------------------------------ 32 produce by weight

def produce(r):
    nm, he, him, his = who(r)
    w1 = r.choice([F(2), F(3), F(5, 2), F(3, 2), F(4), F(7, 2)])
    p1 = F(r.choice([120, 160, 180, 200, 240, 280, 320]), 100)
    w2 = r.choice([F(1), F(2), F(3), F(1, 2), F(5, 2)])
    p2 = F(r.choice([150, 220, 250, 300, 340, 400, 480]), 100)
    f1, f2 = r.sample(['apples', 'grapes', 'tomatoes', 'bananas', 'cherries', 'peaches'], 2)
    texts = [
        f"{f1.capitalize()} cost {m(p1)} per pound and {f2} cost {m(p2)} per pound. {nm} buys {n(w1)} pounds of {f1} and {n(w2)} pounds of {f2}. How much does {he} spend?",
        f"At the farmers market, {nm} gets {n(w1)} lb of {f1} at {m(p1)} a pound and {n(w2)} lb of {f2} at {m(p2)} a pound. What is the total cost?",
        f"{nm} buys {n(w1)} pounds of {f1} priced at {m(p1)} per pound, plus {n(w2)} pounds of {f2} at {m(p2)} per pound. How much does {he} pay altogether?",
        f"What do {n(w1)} pounds of {f1} at {m(p1)}/lb and {n(w2)} pounds of {f2} at {m(p2)}/lb cost in total?",
    ]
    steps = [
        S('c1', 'mul', [N(w1), D(p1)], '$', f"the {f1}", cap(f1), f"{n(w1)} pounds at {m(p1)} per pound"),
        S('c2', 'mul', [N(w2), D(p2)], '$', f"the {f2}", cap(f2), f"{n(w2)} pounds at {m(p2)} per pound"),
        S('t', 'add', [R('c1'), R('c2')], '$', "the total", "Total", None),
    ]
    return dict(texts=texts, restate=f"{n(w1)} lb of {f1} at {m(p1)}/lb and {n(w2)} lb of {f2} at {m(p2)}/lb.",
                goal="the total cost", steps=steps, ans=f"{nm} spends {{A}}.", unit='$')


# ------------------------------------------------------------------ 33 balloons in packs

def balloons(r):
    nm, he, him, his = who(r)
    while True:
        g = r.randint(8, 30)
        k = r.choice([2, 3, 4, 5])
        q = r.choice([10, 12, 15, 20, 25])
        if (g * k) % q == 0:
            break
    p = F(r.choice([199, 250, 299, 350, 425, 500]), 100)
    texts = [
        f"{nm} is having a party with {g} guests. Each guest gets {k} balloons. Balloons come in packs of {q} that cost {m(p)} each. How much does {nm} spend on balloons?",
        f"For a party, {nm} wants {k} balloons for each of {g} kids. A pack of {q} balloons costs {m(p)}. What is the cost of the balloons?",
        f"There will be {g} guests, and each one gets {k} balloons. If balloons are sold in {q}-packs for {m(p)} a pack, how much do the balloons cost?",
        f"{nm} needs {k} balloons per guest for {g} guests. Each pack holds {q} balloons and costs {m(p)}. How many dollars will {he} pay?",
    ]
    steps = [
        S('b', 'mul', [N(g), N(k)], 'balloons', "the number of balloons", "Balloons", f"{g} guests with {k} each"),
        S('pk', 'div', [R('b'), N(q)], 'packs', "the number of packs", "Packs", f"packs of {q}"),
        S('c', 'mul', [R('pk'), D(p)], '$', "the cost", "Cost", f"each pack is {m(p)}"),
    ]
    return dict(texts=texts, restate=f"{g} guests, {k} balloons each, packs of {q} at {m(p)}.", goal="the cost of the balloons",
                steps=steps, ans=f"{nm} spends {{A}} on balloons.", unit='$')


# ------------------------------------------------------------------ 34 paint cans

def paint(r):
    nm, he, him, his = who(r)
    while True:
        l = r.randint(10, 20)
        h = r.choice([8, 9, 10])
        c = r.choice([80, 100, 120, 160, 200])
        if (4 * l * h) % c == 0:
            break
    texts = [
        f"{nm} is painting a room with 4 walls. Each wall is {l} feet wide and {h} feet tall. One can of paint covers {c} square feet. How many cans does {he} need?",
        f"A room has four walls, each {l} ft by {h} ft. If a can of paint covers {c} sq ft, how many cans are needed to paint all four walls once?",
        f"{nm} wants to paint 4 identical walls that are {l} feet long and {h} feet high. Each can of paint covers {c} square feet. How many cans should {he} buy?",
        f"How many cans of paint, each covering {c} square feet, are needed for four walls measuring {l} feet by {h} feet?",
    ]
    steps = [
        S('a', 'mul', [N(l), N(h)], 'square feet', "the area of one wall", "One wall", f"each wall is {l} by {h}"),
        S('t', 'mul', [N(4), R('a')], 'square feet', "the area of all four walls", "Four walls", "there are 4 walls"),
        S('cn', 'div', [R('t'), N(c)], 'cans', "the number of cans", "Cans", f"one can covers {c} square feet"),
    ]
    return dict(texts=texts, restate=f"4 walls, each {l} by {h} feet, and one can covers {c} square feet.",
                goal="the number of cans", steps=steps, ans=f"{nm} needs {{A}} cans.", unit='cans')


# ------------------------------------------------------------------ 35 mother's age at birth

def mother_age(r):
    nm, he, him, his = who(r)
    x = r.randint(5, 15)
    k = r.choice([3, 4, 5])
    texts = [
        f"{nm} is {x} years old. {cap(his)} mother is {k} times as old as {him}. How old was {his} mother when {nm} was born?",
        f"{nm}'s mom is {k} times {nm}'s age. If {nm} is {x}, how old was {his} mom when {nm} was born?",
        f"A mother's age is {k} times her child's age. The child, {nm}, is {x}. What was the mother's age at {nm}'s birth?",
        f"{nm} is {x}, and {his} mother's age is {k} times {his}. How old was the mother when {nm} was born?",
    ]
    steps = [
        S('mo', 'mul', [N(k), N(x)], 'years', "the mother's age", "Mother now", f"she is {k} times {x}"),
        S('b', 'sub', [R('mo'), N(x)], 'years', "her age at the birth", "At birth", f"{nm} was born {x} years ago"),
    ]
    return dict(texts=texts, restate=f"{nm} is {x} and the mother is {k} times that.", goal="the mother's age when the child was born",
                steps=steps, ans="She was {A} years old.", unit='years')


# ------------------------------------------------------------------ 36 cart with tax

def cart_tax(r):
    nm, he, him, his = who(r)
    while True:
        a = cents(r, 500, 3000, 25)
        b = cents(r, 300, 2000, 25)
        c = cents(r, 200, 1500, 25)
        t = r.choice([4, 5, 6, 8, 10])
        sub = a + b + c
        if ok_money(sub * t / 100):
            break
    i1, i2, i3 = r.sample(['a shirt', 'a book', 'a lamp', 'a phone case', 'a frying pan', 'a puzzle', 'a hat'], 3)
    texts = [
        f"{nm} buys {i1} for {m(a)}, {i2} for {m(b)}, and {i3} for {m(c)}. Sales tax is {t}%. What is the total cost including tax?",
        f"In {his} cart, {nm} has {i1} ({m(a)}), {i2} ({m(b)}), and {i3} ({m(c)}). With {t}% sales tax, how much does {he} pay?",
        f"{nm}'s purchases are {m(a)}, {m(b)}, and {m(c)}. A {t}% tax is added at the register. What is the final total?",
        f"What does {nm} pay for items costing {m(a)}, {m(b)} and {m(c)} once {t}% sales tax is added?",
    ]
    steps = [
        S('s', 'add', [D(a), D(b), D(c)], '$', "the subtotal", "Subtotal", None),
        S('tx', 'pct', [P(t), R('s')], '$', "the tax", "Tax", f"the tax is {t}%"),
        S('tot', 'add', [R('s'), R('tx')], '$', "the total", "Total", None),
    ]
    return dict(texts=texts, restate=f"Three items at {m(a)}, {m(b)}, {m(c)}, plus {t}% tax.", goal="the total with tax",
                steps=steps, ans=f"{nm} pays {{A}}.", unit='$')


# ------------------------------------------------------------------ 37 overtime pay

def overtime(r):
    nm, he, him, his = who(r)
    w = F(r.choice([12, 14, 16, 18, 20, 22, 24]))
    h = 40 + r.randint(2, 12)
    texts = [
        f"{nm} earns {m(w)} per hour for the first 40 hours a week and 1.5 times that rate for overtime. Last week {he} worked {h} hours. How much did {he} earn?",
        f"A worker is paid {m(w)} an hour up to 40 hours, and time-and-a-half for every hour over 40. How much does the worker earn for a {h}-hour week?",
        f"{nm} worked {h} hours this week. {cap(he)} gets {m(w)} per hour for regular time (40 hours) and 1.5 times {his} regular rate for overtime. What is {his} weekly pay?",
        f"How much does {nm} make in a week of {h} hours if the regular rate is {m(w)} per hour for 40 hours and overtime pays 1.5 times as much?",
    ]
    steps = [
        S('ot', 'sub', [N(h), N(40)], 'hours', "the overtime hours", "Overtime hours", f"{he} worked {h} hours"),
        S('reg', 'mul', [N(40), D(w)], '$', "the regular pay", "Regular pay", f"the first 40 hours are at {m(w)}"),
        S('orate', 'mul', [D(w), N(F(3, 2))], '$', "the overtime rate", "Overtime rate", "overtime is 1.5 times the rate"),
        S('op', 'mul', [R('ot'), R('orate')], '$', "the overtime pay", "Overtime pay", None),
        S('tot', 'add', [R('reg'), R('op')], '$', "the total pay", "Total", None),
    ]
    return dict(texts=texts, restate=f"{m(w)}/hour for 40 hours, 1.5 times that after, {h} hours worked.",
                goal="the total pay for the week", steps=steps, ans=f"{nm} earns {{A}}.", unit='$')


# ------------------------------------------------------------------ 38 unit price comparison

def unit_price(r):
    nm, he, him, his = who(r)
    while True:
        n1, n2 = r.choice([(4, 6), (3, 5), (5, 8), (6, 10), (2, 5), (4, 10)])
        u1 = cents(r, 80, 300, 5)
        u2 = u1 - cents(r, 10, 60, 5)
        k = r.choice([10, 12, 20, 15, 30])
        if u2 > 0:
            break
    c1, c2 = n1 * u1, n2 * u2
    thing = r.choice(['yogurt cups', 'cans of soup', 'granola bars', 'bottles of water'])
    texts = [
        f"Store A sells {n1} {thing} for {m(c1)}. Store B sells {n2} {thing} for {m(c2)}. How much would {nm} save on {k} {thing} by buying at the cheaper store's price per item?",
        f"A {n1}-pack of {thing} costs {m(c1)}, and a {n2}-pack costs {m(c2)}. Comparing the price per item, how much less do {k} {thing} cost at the better rate?",
        f"{nm} sees {thing} at {m(c1)} for {n1} or {m(c2)} for {n2}. Using the price per item, how much cheaper are {k} {thing} at the lower price?",
        f"{n1} {thing} cost {m(c1)} at one shop and {n2} cost {m(c2)} at another. What is the difference in cost for {k} {thing} if you pay each shop's per-item price?",
    ]
    steps = [
        S('a', 'div', [D(c1), N(n1)], '$', "store A's price per item", "Price A", f"{m(c1)} for {n1}"),
        S('b', 'div', [D(c2), N(n2)], '$', "store B's price per item", "Price B", f"{m(c2)} for {n2}"),
        S('d', 'sub', [R('a'), R('b')], '$', "the difference per item", "Difference", None),
        S('t', 'mul', [R('d'), N(k)], '$', f"the savings on {k}", "Savings", f"for {k} {thing}"),
    ]
    return dict(texts=texts, restate=f"{n1} for {m(c1)} versus {n2} for {m(c2)}, compared for {k} items.",
                goal=f"the savings on {k} {thing}", steps=steps, ans=f"The savings are {{A}}.", unit='$')


# ------------------------------------------------------------------ 39 candy colors fractions

def candy(r):
    while True:
        a, b = r.choice([(2, 5), (1, 3), (1, 4), (3, 8), (1, 2)])
        c, d = r.choice([(1, 4), (1, 3), (1, 2), (2, 3)])
        Nn = b * d * r.randint(2, 8)
        rest = Nn - Nn * a // b
        if rest % d == 0 and Nn <= 240:
            break
    texts = [
        f"A jar has {Nn} candies. {a}/{b} of them are red. Of the rest, {c}/{d} are blue, and the others are green. How many green candies are there?",
        f"There are {Nn} candies in a bag: {a}/{b} are red, {c}/{d} of the remaining candies are blue, and the rest are green. How many are green?",
        f"Of {Nn} jelly beans, {a}/{b} are red. {c}/{d} of the non-red ones are blue. The remainder are green. Find the number of green jelly beans.",
        f"In a bowl of {Nn} sweets, {a}/{b} are red and {c}/{d} of what's left are blue. The rest are green. How many green sweets are in the bowl?",
    ]
    steps = [
        S('rd', 'frac', [N(a), N(b), N(Nn)], 'candies', "the red ones", "Red", f"{a}/{b} of {Nn} are red"),
        S('rs', 'sub', [N(Nn), R('rd')], 'candies', "the non-red ones", "Not red", None),
        S('bl', 'frac', [N(c), N(d), R('rs')], 'candies', "the blue ones", "Blue", f"{c}/{d} of the rest are blue"),
        S('gr', 'sub', [R('rs'), R('bl')], 'candies', "the green ones", "Green", None),
    ]
    return dict(texts=texts, restate=f"{Nn} candies; {a}/{b} red, then {c}/{d} of the rest blue, the others green.",
                goal="how many are green", steps=steps, ans="There are {A} green candies.", unit='candies')


# ------------------------------------------------------------------ 40 bike rental with coupon

def rental(r):
    nm, he, him, his = who(r)
    while True:
        fl = F(r.choice([5, 8, 10, 12, 15]))
        hr = F(r.choice([600, 750, 800, 900, 1000, 1200]), 100)
        t = r.randint(2, 6)
        p = r.choice([10, 20, 25])
        sub = fl + hr * t
        if ok_money(sub * p / 100):
            break
    thing = r.choice(['bike', 'kayak', 'paddleboard', 'scooter'])
    texts = [
        f"Renting a {thing} costs a {m(fl)} flat fee plus {m(hr)} per hour. {nm} rents one for {t} hours and has a {p}% off coupon. How much does {he} pay?",
        f"A {thing} rental shop charges {m(fl)} plus {m(hr)} an hour. With a {p}% discount, what does a {t}-hour rental cost?",
        f"{nm} rents a {thing} for {t} hours. The price is {m(hr)} per hour plus a {m(fl)} fee, and {he} gets {p}% off the whole bill. What is {his} final cost?",
        f"What is the cost of a {t}-hour {thing} rental at {m(hr)} per hour plus a {m(fl)} fee, after a {p}% discount?",
    ]
    steps = [
        S('h', 'mul', [D(hr), N(t)], '$', "the hourly charge", "Hourly part", f"{m(hr)} for each of {t} hours"),
        S('s', 'add', [D(fl), R('h')], '$', "the bill before the coupon", "Before discount", f"add the {m(fl)} fee"),
        S('d', 'pct', [P(p), R('s')], '$', "the discount", "Discount", f"the coupon is {p}% off"),
        S('f', 'sub', [R('s'), R('d')], '$', "the final cost", "Final", None),
    ]
    return dict(texts=texts, restate=f"{m(fl)} fee + {m(hr)}/hour for {t} hours, then {p}% off.", goal="the final rental cost",
                steps=steps, ans=f"{nm} pays {{A}}.", unit='$')


# ------------------------------------------------------------------ 41 trains toward each other

def trains(r):
    while True:
        v1 = r.choice([40, 45, 50, 55, 60, 65, 70, 80])
        v2 = r.choice([30, 35, 40, 50, 60, 75])
        t = r.choice([2, 3, 4, 5, F(3, 2), F(5, 2)])
        Dd = (v1 + v2) * t
        if F(Dd).denominator == 1:
            break
    c1, c2 = r.sample(['Ashford', 'Brookville', 'Cedar Falls', 'Dunmore', 'Easton', 'Fairview'], 2)
    texts = [
        f"Two trains leave {c1} and {c2} at the same time, heading toward each other. The towns are {n(Dd)} miles apart. One train goes {v1} mph and the other goes {v2} mph. How many hours until they meet?",
        f"{c1} and {c2} are {n(Dd)} miles apart. A car leaves {c1} at {v1} mph toward {c2}, and at the same moment a truck leaves {c2} at {v2} mph toward {c1}. After how many hours do they meet?",
        f"Two buses start {n(Dd)} miles apart and drive toward each other at {v1} mph and {v2} mph. How long until they meet, in hours?",
        f"How many hours will it take two trains {n(Dd)} miles apart to meet if they travel toward each other at {v1} and {v2} miles per hour?",
    ]
    steps = [
        S('cs', 'add', [N(v1), N(v2)], 'mph', "the closing speed", "Combined speed", "they move toward each other, so the speeds add"),
        S('t', 'div', [N(Dd), R('cs')], 'hours', "the time to meet", "Time", f"they start {n(Dd)} miles apart"),
    ]
    return dict(texts=texts, restate=f"{n(Dd)} miles apart, speeds {v1} and {v2} mph, moving toward each other.",
                goal="the time until they meet", steps=steps, ans="They meet after {A} hours.", unit='hours')


# ------------------------------------------------------------------ 42 population growth two years

def population(r):
    while True:
        Pp = r.choice([2000, 2500, 4000, 5000, 8000, 10000, 12000, 16000, 20000])
        p = r.choice([5, 10, 20, 25])
        y1 = Pp * p // 100
        P1 = Pp + y1
        if (P1 * p) % 100 == 0 and (Pp * p) % 100 == 0:
            break
    town = r.choice(['Millbrook', 'Riverside', 'Oakdale', 'Pine Hill', 'Lakeview'])
    texts = [
        f"The town of {town} has {n(Pp)} people. Its population grows by {p}% each year. What will the population be after 2 years?",
        f"{town}'s population is {n(Pp)} and increases {p}% per year, compounded yearly. How many people live there after two years?",
        f"A town with {n(Pp)} residents grows by {p}% in the first year and by {p}% again in the second year. What is the population at the end of the second year?",
        f"If {town} starts with {n(Pp)} residents and the population rises {p}% every year, what is it after 2 years?",
    ]
    steps = [
        S('g1', 'pct', [P(p), N(Pp)], 'people', "the first year's growth", "Growth year 1", f"{p}% of {n(Pp)}"),
        S('p1', 'add', [N(Pp), R('g1')], 'people', "the population after 1 year", "After year 1", None),
        S('g2', 'pct', [P(p), R('p1')], 'people', "the second year's growth", "Growth year 2", f"{p}% of the new population"),
        S('p2', 'add', [R('p1'), R('g2')], 'people', "the population after 2 years", "After year 2", None),
    ]
    return dict(texts=texts, restate=f"Start at {n(Pp)}, grow {p}% a year for 2 years.", goal="the population after 2 years",
                steps=steps, ans="The population will be {A}.", unit='people')


# ------------------------------------------------------------------ 43 sleep hours vs recommended

def sleep(r):
    nm, he, him, his = who(r)
    h1 = r.choice([F(6), F(13, 2), F(7), F(11, 2)])
    h2 = r.choice([F(8), F(9), F(17, 2), F(10), F(19, 2)])
    rec = r.choice([8, 9])
    texts = [
        f"{nm} sleeps {n(h1)} hours each weeknight (5 nights) and {n(h2)} hours each weekend night (2 nights). The recommended amount is {rec} hours a night. How many hours short of the recommendation is {he} for the week?",
        f"On the 5 school nights {nm} gets {n(h1)} hours of sleep, and on the 2 weekend nights {he} gets {n(h2)} hours. How many fewer hours than {rec} hours a night for 7 nights does {he} sleep?",
        f"A doctor recommends {rec} hours of sleep a night. {nm} sleeps {n(h1)} hours on weeknights and {n(h2)} hours on Friday and Saturday nights. Over a 7-night week, how many hours below the recommendation is {he}?",
        f"{nm} sleeps {n(h1)} hours a night Sunday through Thursday and {n(h2)} hours on Friday and Saturday. Compared to {rec} hours every night, how many hours of sleep does {he} miss in a week?",
    ]
    steps = [
        S('wd', 'mul', [N(5), N(h1)], 'hours', "the weeknight sleep", "Weeknights", f"5 nights of {n(h1)} hours"),
        S('we', 'mul', [N(2), N(h2)], 'hours', "the weekend sleep", "Weekend", f"2 nights of {n(h2)} hours"),
        S('t', 'add', [R('wd'), R('we')], 'hours', "the total sleep", "Total", None),
        S('rc', 'mul', [N(7), N(rec)], 'hours', "the recommended total", "Recommended", f"{rec} hours for 7 nights"),
        S('sh', 'sub', [R('rc'), R('t')], 'hours', "the shortfall", "Short by", None),
    ]
    return dict(texts=texts, restate=f"{n(h1)} hours on 5 nights, {n(h2)} on 2 nights, against {rec} hours a night.",
                goal="how many hours short of the recommendation", steps=steps, ans=f"{nm} is {{A}} hours short.", unit='hours')


# ------------------------------------------------------------------ 44 coins

def coins(r):
    nm, he, him, his = who(r)
    q, d, k = r.randint(5, 40), r.randint(4, 35), r.randint(3, 30)
    texts = [
        f"{nm} has {q} quarters, {d} dimes, and {k} nickels. How much money does {he} have in dollars?",
        f"A piggy bank holds {q} quarters, {d} dimes and {k} nickels. What is the total value in dollars?",
        f"{nm} empties {his} pockets and finds {q} quarters, {d} dimes, and {k} nickels. How many dollars is that?",
        f"What is the value of {q} quarters, {d} dimes, and {k} nickels?",
    ]
    steps = [
        S('q', 'mul', [N(q), D(F(1, 4))], '$', "the quarters", "Quarters", f"{q} quarters at $0.25"),
        S('d', 'mul', [N(d), D(F(1, 10))], '$', "the dimes", "Dimes", f"{d} dimes at $0.10"),
        S('n', 'mul', [N(k), D(F(1, 20))], '$', "the nickels", "Nickels", f"{k} nickels at $0.05"),
        S('t', 'add', [R('q'), R('d'), R('n')], '$', "the total", "Total", None),
    ]
    return dict(texts=texts, restate=f"{q} quarters, {d} dimes, {k} nickels.", goal="the total value",
                steps=steps, ans=f"That's {{A}}.", unit='$')


STRUCTS = [shop_change, discount_many, savings, hourly_pay, trip_distance, fraction_away, ages_future,
           ages_algebra, minutes_total, test_percent, recipe, bake_boxes, split_bill, reading, temperature,
           fence, pack_savings, allowance, tickets, fuel, class_pencils, average, phone_plan, marbles,
           commission, raise_pay, tank, collection, swim, showings, interest, produce, balloons, paint,
           mother_age, cart_tax, overtime, unit_price, candy, rental, trains, population, sleep, coins]
