"""Problem templates. Each template samples its own numbers from a seeded RNG
and returns (problem_text, Builder). All arithmetic is done with Fractions."""
from fractions import Fraction as F


class Retry(Exception):
    pass


def need(c):
    if not c:
        raise Retry()


class Lit:
    def __init__(self, v, kind='n', unit=''):
        self.v = F(v)
        self.kind = kind  # 'n' number, 'm' money, 'p' percent
        self.unit = unit


def N(v, unit=''):
    return Lit(v, 'n', unit)


def Fr(a, b):
    return Lit(F(a, b), 'f')


def M(v):
    return Lit(v, 'm')


def P(v):
    return Lit(v, 'p')  # value given in percent, e.g. P(15) -> 15%


class Step:
    def __init__(self, idx, title, expr, kind, unit, say, approx, integer, fdiv):
        self.idx, self.title, self.expr = idx, title, expr
        self.kind, self.unit, self.say = kind, unit, say
        self.approx, self.integer, self.fdiv = approx, integer, fdiv


class Builder:
    def __init__(self):
        self.steps = []

    def s(self, title, expr, kind='n', unit='', say='', approx=False, integer=False, fdiv=False):
        st = Step(len(self.steps), title, expr, kind, unit, say, approx, integer, fdiv)
        self.steps.append(st)
        return st


NAMES = [("Maria", "she"), ("James", "he"), ("Aisha", "she"), ("Diego", "he"), ("Priya", "she"),
         ("Liam", "he"), ("Sofia", "she"), ("Noah", "he"), ("Mei", "she"), ("Omar", "he"),
         ("Hannah", "she"), ("Lucas", "he"), ("Fatima", "she"), ("Ethan", "he"), ("Chloe", "she"),
         ("Mateo", "he"), ("Grace", "she"), ("Kenji", "he"), ("Zara", "she"), ("Ben", "he")]


class Nm:
    def __init__(self, r):
        self.name, p = r.choice(NAMES)
        self.she = p
        self.She = p.capitalize()
        self.her = 'her' if p == 'she' else 'his'
        self.Her = self.her.capitalize()
        self.obj = 'her' if p == 'she' else 'him'


def mq(r, lo, hi, q=F(1, 4)):
    q = F(q)
    return r.randint(int(F(lo) / q), int(F(hi) / q)) * q


def fm(v):
    v = F(v)
    cents = v * 100
    assert cents.denominator == 1
    c = int(cents)
    d, m = divmod(c, 100)
    s = f"{d:,}"
    return f"${s}" if m == 0 else f"${s}.{m:02d}"


def fn(v):
    v = F(v)
    if v.denominator == 1:
        return f"{v.numerator:,}"
    for d in range(1, 7):
        if (v * 10 ** d).denominator == 1:
            i = int(v * 10 ** d)
            a, b = divmod(i, 10 ** d)
            return f"{a:,}." + str(b).rjust(d, '0').rstrip('0')
    raise ValueError(v)


TEMPLATES = []


def T(name, cat):
    def deco(f):
        TEMPLATES.append((name, cat, f))
        return f
    return deco


# ---------------------------------------------------------------- money
@T("change_from_bill", "money")
def _(r):
    n = Nm(r); it = r.choice(["notebooks", "pens", "muffins", "bags of chips", "pencil cases", "bottles of juice"])
    q = r.randint(3, 8); p = mq(r, 1, 7); paid = r.choice([20, 50, 100])
    need(q * p < paid - 1)
    b = Builder()
    t = b.s("Find the total cost", [N(q, it), '*', M(p)], 'm', say=f"The {it} cost {{v}} altogether.")
    b.s("Find the change", [M(paid), '-', t], 'm', say=f"{n.name} gets {{v}} back.")
    return (f"{n.name} buys {q} {it} that cost {fm(p)} each. {n.She} pays with a {fm(paid)} bill. "
            f"How much change does {n.name} receive?"), b


@T("unit_price", "money")
def _(r):
    n = Nm(r); it = r.choice(["apples", "candles", "tennis balls", "markers", "cupcakes"])
    q = r.choice([4, 5, 6, 8, 10, 12, 16, 20]); p = mq(r, F(1, 2), 4, F(1, 20))
    tot = q * p; extra = r.randint(3, 9)
    b = Builder()
    u = b.s("Find the price of one item", [M(tot), '/', N(q, it)], 'm', say=f"Each of the {it} costs {{v}}.")
    b.s("Find the cost of the larger order", [N(q + extra, it), '*', u], 'm', say=f"{q + extra} {it} would cost {{v}}.")
    return (f"A pack of {q} {it} costs {fm(tot)}. At the same price per item, how much would {n.name} pay "
            f"for {q + extra} {it}?"), b


@T("bulk_discount", "money")
def _(r):
    it = r.choice(["T-shirts", "water bottles", "backpacks", "board games"])
    q = r.randint(10, 40); p = mq(r, 6, 25, F(1, 2)); d = r.choice([10, 15, 20, 25])
    b = Builder()
    s = b.s("Find the cost before the discount", [N(q, it), '*', M(p)], 'm', say="Before the discount the order costs {v}.")
    dd = b.s("Find the discount", [P(d), '*', s], 'm', say="The discount saves {v}.")
    b.s("Subtract the discount", [s, '-', dd], 'm', say="The school pays {v}.")
    return (f"A school orders {q} {it} at {fm(p)} each. Because the order is large, the store takes {d}% off "
            f"the total. How much does the school pay?"), b


@T("sales_tax", "money")
def _(r):
    n = Nm(r); it = r.choice(["a jacket", "a lamp", "a pair of shoes", "a desk chair"])
    p = mq(r, 20, 150, F(1, 2)); t = r.choice([5, 6, 8, 10])
    p2 = mq(r, 5, 30, F(1, 2))
    b = Builder()
    s = b.s("Find the subtotal", [M(p), '+', M(p2)], 'm', say="The subtotal is {v}.")
    tx = b.s("Find the tax", [P(t), '*', s], 'm', say="The tax is {v}.")
    b.s("Add the tax to the subtotal", [s, '+', tx], 'm', say=f"{n.name} pays {{v}} in total.")
    return (f"{n.name} buys {it} for {fm(p)} and a belt for {fm(p2)}. Sales tax is {t}%. "
            f"What is the total cost including tax?"), b


@T("tip_split", "money")
def _(r):
    bill = mq(r, 40, 180, F(1, 2)); tp = r.choice([15, 18, 20]); k = r.choice([3, 6, 7, 9])
    need((bill * tp / 100 * 100).denominator == 1)
    b = Builder()
    t = b.s("Find the tip", [P(tp), '*', M(bill)], 'm', say="The tip is {v}.")
    s = b.s("Find the total with tip", [M(bill), '+', t], 'm', say="The total comes to {v}.")
    b.s("Split the total", [s, '/', N(k, 'people')], 'm', approx=True, say="Each person pays {v}.")
    return (f"A dinner bill for {k} friends is {fm(bill)}. They leave a {tp}% tip and split the total "
            f"(bill plus tip) equally. How much does each friend pay, to the nearest cent?"), b


@T("overtime_wage", "money")
def _(r):
    n = Nm(r); rate = mq(r, 14, 26, F(1, 2)); ot = r.randint(2, 9)
    b = Builder()
    reg = b.s("Find the regular pay", [N(40, 'h'), '*', M(rate)], 'm', say="Regular pay is {v}.")
    orate = b.s("Find the overtime rate", [M(rate), '*', N(F(3, 2))], 'm', say="The overtime rate is {v} per hour.")
    op = b.s("Find the overtime pay", [N(ot, 'h'), '*', orate], 'm', say="Overtime pay is {v}.")
    b.s("Add the two amounts", [reg, '+', op], 'm', say=f"{n.name} earns {{v}} that week.")
    return (f"{n.name} earns {fm(rate)} per hour for the first 40 hours each week and 1.5 times that rate for "
            f"every hour beyond 40. Last week {n.she} worked {40 + ot} hours. How much did {n.she} earn?"), b


@T("commission", "money")
def _(r):
    n = Nm(r); base = r.choice([400, 450, 500, 600]); c = r.choice([4, 5, 6, 8, 10]); sales = r.randint(20, 90) * 100
    b = Builder()
    cm = b.s("Find the commission", [P(c), '*', M(sales)], 'm', say="The commission is {v}.")
    b.s("Add the base pay", [M(base), '+', cm], 'm', say=f"{n.name} earns {{v}} for the week.")
    return (f"{n.name} sells furniture. {n.She} is paid {fm(base)} per week plus a {c}% commission on sales. "
            f"This week {n.she} sold {fm(sales)} of furniture. How much did {n.she} earn this week?"), b


@T("savings_goal_weeks", "money")
def _(r):
    n = Nm(r); w = r.choice([15, 20, 25, 30, 40]); have = r.randint(4, 12); goal_weeks = r.randint(4, 15)
    item = r.choice(["a bike", "a game console", "a telescope", "a guitar"])
    goal = w * (have + goal_weeks)
    b = Builder()
    sv = b.s("Find how much is saved so far", [M(w), '*', N(have, 'weeks')], 'm', say=f"{n.name} has saved {{v}} so far.")
    rem = b.s("Find how much is still needed", [M(goal), '-', sv], 'm', say=f"{n.She} still needs {{v}}.")
    b.s("Find the number of weeks left", [rem, '/', M(w)], 'n', 'weeks', integer=True, say=f"{n.She} needs {{v}} more weeks.")
    return (f"{n.name} wants to buy {item} that costs {fm(goal)}. {n.She} saves {fm(w)} every week and has "
            f"been saving for {have} weeks. How many more weeks must {n.she} save?"), b


@T("daily_wage_week", "money")
def _(r):
    n = Nm(r); h = r.choice([4, 5, 6, 7, 8]); d = r.randint(3, 6); rate = mq(r, 12, 22, F(1, 4))
    b = Builder()
    hh = b.s("Find the total hours", [N(h, 'h'), '*', N(d, 'days')], 'n', 'hours', integer=True, say=f"Working {d} {h}-hour shifts means {{v}} hours on the job.")
    b.s("Find the pay", [hh, '*', M(rate)], 'm', say=f"{n.name} earns {{v}}.")
    return (f"{n.name} works a {h}-hour shift on each of {d} days this week and is paid {fm(rate)} per hour. "
            f"How much does {n.she} earn this week?"), b


@T("pack_vs_single", "money")
def _(r):
    it = r.choice(["yogurt cups", "juice boxes", "granola bars"]); k = r.choice([4, 6, 8])
    single = mq(r, F(3, 4), 2, F(1, 4)); packs = r.randint(2, 5)
    pack = k * single - mq(r, F(1, 2), 2, F(1, 4)); need(pack > 0)
    b = Builder()
    sg = b.s("Find the cost if bought singly", [N(k * packs, it), '*', M(single)], 'm', say="Bought one at a time they cost {v}.")
    pk = b.s("Find the cost in packs", [N(packs, 'packs'), '*', M(pack)], 'm', say="Bought in packs they cost {v}.")
    b.s("Find the savings", [sg, '-', pk], 'm', say="Buying packs saves {v}.")
    return (f"{it.capitalize()} cost {fm(single)} each, or {fm(pack)} for a pack of {k}. How much money is saved "
            f"by buying {packs} packs instead of {k * packs} single {it}?"), b


@T("coupon_each", "money")
def _(r):
    n = Nm(r); it = r.choice(["movie tickets", "museum passes", "pizzas"]); p = mq(r, 8, 18, F(1, 2))
    c = mq(r, 1, 3, F(1, 2)); q = r.randint(3, 7)
    b = Builder()
    e = b.s("Find the price after the coupon", [M(p), '-', M(c)], 'm', say="Each one costs {v} after the coupon.")
    b.s("Multiply by the number bought", [e, '*', N(q, it)], 'm', say=f"{n.name} pays {{v}}.")
    return (f"{it.capitalize()} cost {fm(p)} each. {n.name} has a coupon that takes {fm(c)} off each one. "
            f"How much does {n.name} pay for {q} {it}?"), b


@T("allowance_fraction", "money")
def _(r):
    n = Nm(r); a = r.choice([40, 48, 60, 72, 80, 120]); fr = r.choice([(1, 4), (1, 3), (2, 5), (3, 8)])
    need((a * F(*fr)).denominator == 1); sp = r.randint(2, 9)
    b = Builder()
    f1 = b.s("Find the amount spent on books", [M(a), '*', Fr(*fr)], 'm', say="That is {v} on books.")
    l = b.s("Find what is left after books", [M(a), '-', f1], 'm', say=f"{n.She} has {{v}} left.")
    b.s("Subtract the snack money", [l, '-', M(sp)], 'm', say=f"{n.name} has {{v}} left in the end.")
    return (f"{n.name} gets {fm(a)} for {n.her} birthday. {n.She} spends {fr[0]}/{fr[1]} of it on books and then "
            f"{fm(sp)} on snacks. How much money does {n.she} have left?"), b


@T("shared_meal", "money")
def _(r):
    a = mq(r, 12, 30, F(1, 2)); c = mq(r, 12, 30, F(1, 2)); d = mq(r, 4, 12, F(1, 2)); k = r.choice([2, 3, 4])
    need(((a + c + d) / k * 100).denominator == 1)
    b = Builder()
    s = b.s("Add up the bill", [M(a), '+', M(c), '+', M(d)], 'm', say="The bill is {v}.")
    b.s("Divide the bill evenly", [s, '/', N(k, 'people')], 'm', say="Each person pays {v}.")
    return (f"{k} coworkers order a pasta dish for {fm(a)}, a salad platter for {fm(c)} and desserts for {fm(d)}. "
            f"They split the bill evenly. How much does each person pay?"), b


@T("simple_interest", "money")
def _(r):
    n = Nm(r); pr = r.choice([500, 800, 1200, 1500, 2000, 2500]); rt = r.choice([2, 3, 4, 5]); y = r.randint(2, 5)
    b = Builder()
    i1 = b.s("Find one year of interest", [P(rt), '*', M(pr)], 'm', say="One year of interest is {v}.")
    it = b.s("Find the interest for all years", [i1, '*', N(y, 'years')], 'm', say="The total interest is {v}.")
    b.s("Add the interest to the deposit", [M(pr), '+', it], 'm', say="The account will hold {v}.")
    return (f"{n.name} deposits {fm(pr)} in an account that pays {rt}% simple interest per year. How much will "
            f"be in the account after {y} years?"), b


@T("price_increase", "money")
def _(r):
    it = r.choice(["a monthly bus pass", "a gym membership", "a streaming plan"]); p = mq(r, 20, 90, F(1, 2))
    pc = r.choice([5, 10, 12, 15, 20]); need((p * pc).denominator == 1)
    b = Builder()
    inc = b.s("Find the increase", [P(pc), '*', M(p)], 'm', say="The price goes up by {v}.")
    b.s("Find the new price", [M(p), '+', inc], 'm', say="The new price is {v}.")
    return f"The price of {it} is {fm(p)}. It goes up by {pc}%. What is the new price?", b


@T("fence_cost", "money")
def _(r):
    l = r.randint(8, 30); w = r.randint(5, 20); c = mq(r, 6, 20, F(1, 2))
    b = Builder()
    p = b.s("Find the perimeter", [N(2), '*', N(l, 'm'), '+', N(2), '*', N(w, 'm')], 'n', 'm', say="The perimeter is {v} m.")
    b.s("Find the cost of the fence", [p, '*', M(c)], 'm', say="The fence costs {v}.")
    return (f"A rectangular garden is {l} m long and {w} m wide. Fencing costs {fm(c)} per meter. How much does it "
            f"cost to fence the whole garden?"), b


@T("profit_units", "money")
def _(r):
    n = Nm(r); it = r.choice(["bracelets", "candles", "birdhouses"]); cost = mq(r, 2, 10, F(1, 4))
    sell = cost + mq(r, 1, 8, F(1, 4)); q = r.randint(15, 60)
    b = Builder()
    pu = b.s("Find the profit per item", [M(sell), '-', M(cost)], 'm', say="The profit on each one is {v}.")
    b.s("Find the total profit", [pu, '*', N(q, it)], 'm', say=f"{n.name} makes {{v}} in profit.")
    return (f"{n.name} makes {it} for {fm(cost)} each and sells them for {fm(sell)} each. What is {n.her} profit "
            f"after selling {q} {it}?"), b


# ---------------------------------------------------------------- rates
@T("distance_speed_time", "rate")
def _(r):
    n = Nm(r); v = r.choice([45, 55, 60, 64, 72, 80, 90]); h = r.choice([F(3, 2), 2, F(5, 2), 3, F(7, 2), 4])
    b = Builder()
    b.s("Multiply speed by time", [N(v, 'km/h'), '*', N(h, 'h')], 'n', 'km', say=f"{n.name} drives {{v}} km.")
    d2 = r.randint(20, 80)
    b.s("Add the last part of the trip", [b.steps[0], '+', N(d2, 'km')], 'n', 'km', say="The whole trip is {v} km.")
    return (f"{n.name} drives at {v} km/h for {fn(h)} hours, then drives another {d2} km on a country road. "
            f"How many kilometers does {n.she} drive in total?"), b


@T("time_from_distance", "rate")
def _(r):
    n = Nm(r); v = r.choice([12, 15, 16, 18, 20, 24]); d = v * r.choice([F(1, 2), F(3, 4), F(5, 4), F(3, 2), 2])
    need(d.denominator == 1)
    b = Builder()
    h = b.s("Find the time in hours", [N(d, 'km'), '/', N(v, 'km/h')], 'n', 'h', say="The ride takes {v} hours.")
    b.s("Convert hours to minutes", [h, '*', N(60, 'min')], 'n', 'minutes', integer=True, say="That is {v} minutes.")
    return (f"{n.name} cycles {fn(d)} km at a steady {v} km/h. How many minutes does the ride take?"), b


@T("average_speed_two_legs", "rate")
def _(r):
    d1 = r.randint(60, 200); d2 = r.randint(40, 180); t1 = r.randint(1, 3); t2 = r.randint(1, 3)
    need(((d1 + d2) / F(t1 + t2) * 100).denominator == 1)
    b = Builder()
    d = b.s("Find the total distance", [N(d1, 'km'), '+', N(d2, 'km')], 'n', 'km', say="The total distance is {v} km.")
    t = b.s("Find the total time", [N(t1, 'h'), '+', N(t2, 'h')], 'n', 'h', say="The total time is {v} hours.")
    b.s("Divide distance by time", [d, '/', t], 'n', 'km/h', say="The average speed is {v} km/h.")
    return (f"A bus travels {d1} km in {t1} hours, then {d2} km in {t2} hours. What is its average speed for "
            f"the whole trip, in km/h?"), b


@T("tank_fill_time", "rate")
def _(r):
    cap = r.choice([600, 750, 900, 1200, 1500, 1800]); have = r.choice([0, 100, 150, 300]); rt = r.choice([15, 20, 25, 30, 50])
    need(have < cap and ((cap - have) % rt == 0))
    b = Builder()
    rm = b.s("Find how much water is still needed", [N(cap, 'L'), '-', N(have, 'L')], 'n', 'L', say="{v} liters are still needed.")
    b.s("Divide by the flow rate", [rm, '/', N(rt, 'L/min')], 'n', 'minutes', integer=True, say="It takes {v} minutes.")
    return (f"A water tank holds {cap} liters and already has {have} liters in it. A hose adds {rt} liters per "
            f"minute. How many minutes will it take to fill the tank?"), b


@T("typing_speed", "rate")
def _(r):
    n = Nm(r); wpm = r.choice([35, 40, 45, 50, 55, 60, 65]); mins = r.choice([15, 20, 25, 30])
    essay = wpm * mins + r.choice([-1, 1]) * r.randint(1, 5) * wpm
    b = Builder()
    w = b.s("Find the words typed", [N(wpm, 'words per minute'), '*', N(mins, 'min')], 'n', 'words', integer=True,
            say=f"{n.name} types {{v}} words.")
    return _typing_rest(b, w, n, wpm, mins, essay)


def _typing_rest(b, w, n, wpm, mins, essay):
    need(essay > wpm * mins)
    b.s("Find the words still to type", [N(essay, 'words'), '-', w], 'n', 'words', integer=True, say="{v} words are left.")
    b.s("Find the extra time", [b.steps[-1], '/', N(wpm, 'words per minute')], 'n', 'minutes', integer=True,
        say="That takes {v} more minutes.")
    return (f"{n.name} types {wpm} words per minute. {n.She} types for {mins} minutes on an essay that is {essay:,} "
            f"words long. How many more minutes does {n.she} need to finish?"), b


@T("pages_per_hour", "rate")
def _(r):
    n = Nm(r); pph = r.choice([20, 24, 30, 35, 40]); book = pph * r.randint(5, 14); read = pph * r.randint(1, 4)
    need(read < book)
    b = Builder()
    lft = b.s("Find the pages left", [N(book, 'pages'), '-', N(read, 'pages')], 'n', 'pages', integer=True, say="{v} pages are left.")
    b.s("Divide by the reading rate", [lft, '/', N(pph, 'pages per hour')], 'n', 'hours', integer=True, say=f"{n.She} needs {{v}} more hours.")
    return (f"{n.name} reads {pph} pages per hour. {n.Her} book has {book} pages and {n.she} has read {read} "
            f"pages. How many more hours of reading does {n.she} need?"), b


@T("combined_workers", "rate")
def _(r):
    a = r.randint(8, 20); c = r.randint(6, 18); tot = (a + c) * r.randint(3, 9)
    b = Builder()
    cr = b.s("Add the two rates", [N(a, 'boxes per hour'), '+', N(c, 'boxes per hour')], 'n', 'boxes per hour',
             integer=True, say="Together they pack {v} boxes per hour.")
    b.s("Divide the boxes by the combined rate", [N(tot, 'boxes'), '/', cr], 'n', 'hours', integer=True, say="It takes {v} hours.")
    return (f"Alex packs {a} boxes per hour and Jordan packs {c} boxes per hour. Working together, how many hours "
            f"will they take to pack {tot} boxes?"), b


@T("fuel_cost", "rate")
def _(r):
    d = r.choice([240, 300, 360, 420, 480, 540]); eff = r.choice([12, 15, 20]); pr = mq(r, F(3, 2), 2, F(1, 20))
    need(d % eff == 0)
    b = Builder()
    lt = b.s("Find the fuel used", [N(d, 'km'), '/', N(eff, 'km per liter')], 'n', 'L', say="The car uses {v} L of fuel.")
    b.s("Find the fuel cost", [lt, '*', M(pr)], 'm', say="The fuel costs {v}.")
    return (f"A car travels {eff} km on one liter of fuel. Fuel costs {fm(pr)} per liter. How much does the fuel "
            f"cost for a {d} km trip?"), b


@T("leaky_faucet", "rate")
def _(r):
    ml = r.choice([5, 10, 15, 20, 25]); days = r.randint(2, 7)
    b = Builder()
    h = b.s("Find the water lost per hour", [N(ml, 'mL'), '*', N(60, 'min')], 'n', 'mL', integer=True, say="That is {v} mL per hour.")
    d = b.s("Find the water lost per day", [h, '*', N(24, 'h')], 'n', 'mL', integer=True, say="That is {v} mL per day.")
    t = b.s("Find the water lost over all days", [d, '*', N(days, 'days')], 'n', 'mL', integer=True, say="That is {v} mL in total.")
    b.s("Convert milliliters to liters", [t, '/', N(1000, 'mL per liter')], 'n', 'L', say="The faucet wastes {v} L.")
    return (f"A leaky faucet drips {ml} mL of water every minute. How many liters of water are wasted in "
            f"{days} days?"), b


@T("printer_rate", "rate")
def _(r):
    ppm = r.choice([12, 15, 18, 20, 25, 30]); copies = r.randint(5, 30); pages = r.randint(6, 24)
    need((copies * pages) % ppm == 0)
    b = Builder()
    tp = b.s("Find the total pages", [N(copies, 'copies'), '*', N(pages, 'pages')], 'n', 'pages', integer=True, say=f"{copies} copies of the {pages}-page handout come to {{v}} pages.")
    b.s("Divide by the printing rate", [tp, '/', N(ppm, 'pages per minute')], 'n', 'minutes', integer=True, say="Printing takes {v} minutes.")
    return (f"A printer prints {ppm} pages per minute. A teacher needs {copies} copies of a {pages}-page handout. "
            f"How many minutes will the printing take?"), b


# ---------------------------------------------------------------- time
@T("duration_across_noon", "time")
def _(r):
    sh = r.randint(8, 11); sm = r.choice([0, 10, 15, 20, 30, 40, 45, 50]); eh = r.randint(1, 5); em = r.choice([0, 5, 15, 25, 30, 35, 55])
    n = Nm(r)
    b = Builder()
    s = b.s("Convert the start time to minutes after midnight", [N(sh), '*', N(60), '+', N(sm)], 'n', 'minutes',
            integer=True, say=f"{sh}:{sm:02d} AM is {{v}} minutes after midnight.")
    e = b.s("Convert the end time to minutes after midnight", [N(eh + 12), '*', N(60), '+', N(em)], 'n', 'minutes',
            integer=True, say=f"{eh}:{em:02d} PM is {{v}} minutes after midnight.")
    b.s("Subtract to get the length", [e, '-', s], 'n', 'minutes', integer=True, say="The event lasts {v} minutes.")
    ev = r.choice(["a hike", "a field trip", "a volunteering shift", "a chess tournament"])
    return (f"{n.name} went on {ev} that started at {sh}:{sm:02d} AM and ended at {eh}:{em:02d} PM the same day. "
            f"How many minutes long was it?"), b


@T("minutes_to_hours", "time")
def _(r):
    n = Nm(r); a = r.choice([35, 40, 45, 50, 55, 70, 75, 80, 85, 95]); c = r.choice([25, 40, 55, 65, 85, 100])
    need(((a + c) / F(60) * 100).denominator == 1)
    b = Builder()
    m = b.s("Add the minutes", [N(a, 'min'), '+', N(c, 'min')], 'n', 'minutes', integer=True, say="That is {v} minutes in total.")
    b.s("Convert to hours", [m, '/', N(60, 'min per hour')], 'n', 'hours', say="That is {v} hours.")
    return (f"{n.name} spent {a} minutes on homework and {c} minutes practicing piano. How many hours did {n.she} "
            f"spend on the two activities altogether?"), b


@T("hours_to_seconds", "time")
def _(r):
    h = r.choice([F(1, 2), F(3, 4), 1, F(5, 4), F(3, 2), 2, F(5, 2)])
    b = Builder()
    m = b.s("Convert hours to minutes", [N(h, 'h'), '*', N(60)], 'n', 'minutes', integer=True, say=f"A {fn(h)}-hour episode lasts {{v}} minutes.")
    b.s("Convert minutes to seconds", [m, '*', N(60)], 'n', 'seconds', integer=True, say="That is {v} seconds.")
    return f"A podcast episode is {fn(h)} hours long. How many seconds long is it?", b


@T("schedule_remaining", "time")
def _(r):
    n = Nm(r); tot = r.choice([3, 4, 5]); a = r.choice([30, 45, 50, 60, 75]); c = r.choice([20, 25, 35, 40]); d = r.choice([15, 30, 45])
    b = Builder()
    tm = b.s("Convert the free time to minutes", [N(tot, 'h'), '*', N(60)], 'n', 'minutes', integer=True, say="That is {v} minutes.")
    used = b.s("Add up the planned activities", [N(a, 'min'), '+', N(c, 'min'), '+', N(d, 'min')], 'n', 'minutes',
               integer=True, say=f"The {a}-minute ride, the reading and the {d}-minute call take {{v}} minutes.")
    b.s("Find the time left", [tm, '-', used], 'n', 'minutes', integer=True, say="That leaves {v} minutes.")
    return (f"{n.name} has {tot} hours of free time on Saturday. {n.She} plans a {a}-minute bike ride, {c} minutes "
            f"of reading and a {d}-minute call with {n.her} grandmother. How many minutes of free time are left?"), b


@T("weekly_practice", "time")
def _(r):
    n = Nm(r); m = r.choice([30, 40, 45, 50, 75, 90]); d = r.randint(3, 6); w = r.randint(2, 4)
    need((F(m * d * w) / 60 * 100).denominator == 1)
    b = Builder()
    wk = b.s("Find the minutes per week", [N(m, 'min'), '*', N(d, 'days')], 'n', 'minutes', integer=True, say=f"{d} sessions of a {m}-minute practice add up to {{v}} minutes per week.")
    tt = b.s("Find the minutes for all weeks", [wk, '*', N(w, 'weeks')], 'n', 'minutes', integer=True, say="That is {v} minutes.")
    b.s("Convert to hours", [tt, '/', N(60)], 'n', 'hours', say="That is {v} hours.")
    return (f"{n.name} does a {m}-minute swim practice {d} days a week. How many hours does {n.she} practice in "
            f"{w} weeks?"), b


@T("movie_marathon", "time")
def _(r):
    a = r.randint(85, 150); c = r.randint(85, 150); d = r.randint(85, 150); br = r.choice([10, 15, 20])
    need(((a + c + d + 2 * br) / F(60) * 100).denominator == 1)
    b = Builder()
    mv = b.s("Add the movie lengths", [N(a, 'min'), '+', N(c, 'min'), '+', N(d, 'min')], 'n', 'minutes', integer=True,
             say="The movies run {v} minutes.")
    bk = b.s("Find the break time", [N(2, 'breaks'), '*', N(br, 'min')], 'n', 'minutes', integer=True, say=f"Two {br}-minute breaks add {{v}} minutes.")
    t = b.s("Add movies and breaks", [mv, '+', bk], 'n', 'minutes', integer=True, say="The marathon lasts {v} minutes.")
    b.s("Convert to hours", [t, '/', N(60)], 'n', 'hours', say="That is {v} hours.")
    return (f"A movie marathon shows three films lasting {a}, {c} and {d} minutes, with a {br}-minute break "
            f"between films. How many hours does the marathon last?"), b


@T("seconds_to_minutes", "time")
def _(r):
    n = Nm(r); laps = r.randint(4, 12); s = r.choice([45, 48, 54, 75, 84, 90, 96])
    need((F(laps * s) / 60 * 100).denominator == 1)
    b = Builder()
    t = b.s("Find the total seconds", [N(laps, 'laps'), '*', N(s, 's')], 'n', 'seconds', integer=True, say="That is {v} seconds.")
    b.s("Convert seconds to minutes", [t, '/', N(60)], 'n', 'minutes', say="That is {v} minutes.")
    return (f"{n.name} swims {laps} laps, and each lap takes {s} seconds. How many minutes does {n.she} swim?"), b


# ---------------------------------------------------------------- fractions and percents
@T("fraction_of_class", "fraction")
def _(r):
    tot = r.choice([24, 28, 30, 32, 35, 36, 40]); fr = r.choice([(3, 5), (2, 3), (3, 4), (5, 8), (4, 7)])
    need((tot * F(*fr)).denominator == 1)
    b = Builder()
    g = b.s("Find the number of students who walk", [N(tot, 'students'), '*', Fr(*fr)], 'n', 'students', integer=True,
            say="{v} students walk to school.")
    b.s("Find the students who do not walk", [N(tot, 'students'), '-', g], 'n', 'students', integer=True,
        say="{v} students get to school another way.")
    return (f"A class has {tot} students. {fr[0]}/{fr[1]} of them walk to school. How many students do not walk "
            f"to school?"), b


@T("percent_correct", "percent")
def _(r):
    n = Nm(r); q = r.choice([20, 25, 40, 50, 60, 80]); p = r.choice([70, 75, 80, 85, 90, 95]); need((q * p) % 100 == 0)
    b = Builder()
    c = b.s("Find the number answered correctly", [P(p), '*', N(q, 'questions')], 'n', 'questions', integer=True,
            say=f"{n.name} got {{v}} questions right.")
    b.s("Find the number missed", [N(q, 'questions'), '-', c], 'n', 'questions', integer=True, say=f"{n.She} missed {{v}} questions.")
    return f"A test has {q} questions. {n.name} answered {p}% of them correctly. How many questions did {n.she} miss?", b


@T("fraction_then_fraction", "fraction")
def _(r):
    n = Nm(r); tot = r.choice([120, 144, 180, 240, 360]); f1 = r.choice([(1, 3), (1, 4), (1, 6)]); f2 = r.choice([(1, 2), (1, 4), (2, 5)])
    need((tot * F(*f1)).denominator == 1 and ((tot - tot * F(*f1)) * F(*f2)).denominator == 1)
    b = Builder()
    a = b.s("Find the stickers given to the brother", [N(tot, 'stickers'), '*', Fr(*f1)], 'n', 'stickers', integer=True, say="The brother gets {v} stickers.")
    lf = b.s("Find the stickers left", [N(tot, 'stickers'), '-', a], 'n', 'stickers', integer=True, say="{v} stickers are left.")
    c = b.s("Find the stickers given to the friend", [lf, '*', Fr(*f2)], 'n', 'stickers', integer=True, say="The friend gets {v} stickers.")
    b.s("Find the stickers kept", [lf, '-', c], 'n', 'stickers', integer=True, say=f"{n.name} keeps {{v}} stickers.")
    return (f"{n.name} has {tot} stickers. {n.She} gives {f1[0]}/{f1[1]} of them to {n.her} brother, then gives "
            f"{f2[0]}/{f2[1]} of the remaining stickers to a friend. How many stickers does {n.name} keep?"), b


@T("what_percent", "percent")
def _(r):
    whole = r.choice([20, 25, 40, 50, 80, 200, 250, 400]); part = r.randint(1, whole - 1)
    need((F(part, whole) * 100 * 100).denominator == 1)
    b = Builder()
    fr = b.s("Find the fraction of seeds that sprouted", [N(part, 'seeds'), '/', N(whole, 'seeds')], 'n', '',
             say="{v} of the seeds sprouted.")
    b.s("Convert the fraction to a percent", [fr, '*', N(100)], 'n', '%', say="That is {v}%.")
    return f"A gardener planted {whole} seeds and {part} of them sprouted. What percent of the seeds sprouted?", b


@T("percent_increase_pop", "percent")
def _(r):
    pop = r.randint(20, 90) * 100; p = r.choice([2, 3, 4, 5, 6, 8, 10]); need((pop * p) % 100 == 0)
    b = Builder()
    inc = b.s("Find the increase", [P(p), '*', N(pop, 'people')], 'n', 'people', integer=True, say="The town gains {v} people.")
    b.s("Add the increase", [N(pop, 'people'), '+', inc], 'n', 'people', integer=True, say="The new population is {v}.")
    return f"A town has {pop:,} people. Its population grows by {p}% this year. What is the new population?", b


@T("pizza_slices_fraction", "fraction")
def _(r):
    pz = r.randint(2, 6); sl = r.choice([8, 10, 12]); fr = r.choice([(3, 4), (2, 3), (5, 6), (1, 2), (3, 8)])
    need((pz * sl * F(*fr)).denominator == 1)
    b = Builder()
    t = b.s("Find the total slices", [N(pz, 'pizzas'), '*', N(sl, 'slices')], 'n', 'slices', integer=True, say="There are {v} slices.")
    e = b.s("Find the slices eaten", [t, '*', Fr(*fr)], 'n', 'slices', integer=True, say="{v} slices were eaten.")
    b.s("Find the slices left", [t, '-', e], 'n', 'slices', integer=True, say="{v} slices are left over.")
    return (f"At a party there are {pz} pizzas, each cut into {sl} slices. The guests eat {fr[0]}/{fr[1]} of all "
            f"the slices. How many slices are left?"), b


@T("battery_percent", "percent")
def _(r):
    cap = r.choice([3000, 4000, 4500, 5000]); p = r.choice([15, 20, 25, 35, 40, 60]); ch = r.choice([10, 20, 25])
    need(p < 100 and (cap * p) % 100 == 0)
    b = Builder()
    have = b.s("Find the charge left", [P(p), '*', N(cap, 'mAh')], 'n', 'mAh', integer=True, say="The battery holds {v} mAh now.")
    need_ = b.s("Find the charge needed", [N(cap, 'mAh'), '-', have], 'n', 'mAh', integer=True, say="It needs {v} mAh more.")
    need((cap - cap * p // 100) % ch == 0)
    b.s("Divide by the charging rate", [need_, '/', N(ch, 'mAh per minute')], 'n', 'minutes', integer=True, say="Charging takes {v} minutes.")
    return (f"A phone battery holds {cap:,} mAh when full and is at {p}%. The charger adds {ch} mAh per minute. "
            f"How many minutes until it is full?"), b


# ---------------------------------------------------------------- ratios
@T("ratio_split", "ratio")
def _(r):
    a = r.randint(2, 5); c = r.randint(1, 4); need(a != c); unit = r.choice([5, 6, 8, 10, 12, 15, 20])
    tot = (a + c) * unit * r.randint(1, 5)
    b = Builder()
    pt = b.s("Find the number of parts", [N(a), '+', N(c)], 'n', 'parts', integer=True, say="There are {v} parts.")
    one = b.s("Find the value of one part", [M(tot), '/', pt], 'm', say="One part is worth {v}.")
    b.s("Find the larger share", [N(max(a, c), 'parts'), '*', one], 'm', say="The larger share is {v}.")
    return (f"Two siblings share {fm(tot)} in the ratio {a}:{c}. How much money is the larger share?"), b


@T("recipe_scaling", "ratio")
def _(r):
    fl = r.choice([F(3, 2), 2, F(5, 2), 3, F(9, 4)]); serv = r.choice([4, 6, 8]); want = serv * r.choice([F(3, 2), 2, F(5, 2), 3])
    need(want.denominator == 1)
    b = Builder()
    s = b.s("Find the scaling factor", [N(want, 'servings'), '/', N(serv, 'servings')], 'n', '', say="The recipe must be multiplied by {v}.")
    b.s("Scale the flour", [N(fl, 'cups'), '*', s], 'n', 'cups', say="{v} cups of flour are needed.")
    return (f"A pancake recipe uses {fn(fl)} cups of flour for {serv} servings. How many cups of flour are needed "
            f"for {want} servings?"), b


@T("ratio_given_part", "ratio")
def _(r):
    a = r.randint(2, 5); c = r.randint(2, 7); need(a != c); boys = a * r.randint(2, 6)
    b = Builder()
    g1 = b.s("Find the size of one ratio part", [N(boys, 'boys'), '/', N(a)], 'n', '', integer=True, say="One part is {v} students.")
    g = b.s("Find the number of girls", [g1, '*', N(c)], 'n', 'girls', integer=True, say="There are {v} girls.")
    b.s("Find the total members", [N(boys, 'boys'), '+', g], 'n', 'members', integer=True, say="The club has {v} members.")
    return (f"In a chess club the ratio of boys to girls is {a}:{c}. There are {boys} boys. How many members does "
            f"the club have in total?"), b


@T("paint_mixing", "ratio")
def _(r):
    bl = r.randint(1, 4); wh = r.randint(2, 6); need(bl != wh); tot = (bl + wh) * r.choice([F(1, 2), 1, F(3, 2), 2])
    b = Builder()
    pt = b.s("Add the parts", [N(bl), '+', N(wh)], 'n', 'parts', integer=True, say="A batch has {v} parts.")
    one = b.s("Find the liters in one part", [N(tot, 'L'), '/', pt], 'n', 'L', say="One part is {v} L.")
    b.s("Find the white paint", [N(wh, 'parts'), '*', one], 'n', 'L', say="{v} L of white paint are needed.")
    return (f"A light blue paint is mixed from blue and white paint in the ratio {bl}:{wh}. How many liters of white "
            f"paint are in {fn(tot)} L of the mix?"), b


@T("map_scale", "ratio")
def _(r):
    cm = r.choice([F(5, 2), 3, F(7, 2), 4, F(9, 2), 6, F(15, 2)]); sc = r.choice([2, 5, 10, 25])
    b = Builder()
    km = b.s("Use the scale", [N(cm, 'cm'), '*', N(sc, 'km per cm')], 'n', 'km', say="The real distance is {v} km.")
    b.s("Convert kilometers to meters", [km, '*', N(1000)], 'n', 'm', integer=True, say="That is {v} meters.")
    return (f"On a map, 1 cm stands for {sc} km. Two towns are {fn(cm)} cm apart on the map. How many meters apart "
            f"are they in real life?"), b


# ---------------------------------------------------------------- averages
@T("mean_of_four_scores", "average")
def _(r):
    n = Nm(r); sc = [r.randint(65, 99) for _ in range(4)]; need((F(sum(sc), 4) * 100).denominator == 1)
    b = Builder()
    s = b.s("Add the four scores", [N(sc[0]), '+', N(sc[1]), '+', N(sc[2]), '+', N(sc[3])], 'n', 'points', integer=True,
            say="The scores add up to {v}.")
    b.s("Divide by the number of tests", [s, '/', N(4)], 'n', 'points', say="The mean score is {v}.")
    return (f"{n.name} scored {sc[0]}, {sc[1]}, {sc[2]} and {sc[3]} on four math tests. What is the mean of "
            f"{n.her} 4 scores?"), b


@T("score_needed", "average")
def _(r):
    n = Nm(r); sc = [r.randint(70, 95) for _ in range(4)]; tgt = r.choice([80, 85, 88, 90])
    need(70 <= 5 * tgt - sum(sc) <= 100)
    b = Builder()
    t = b.s("Find the total needed for all five tests", [N(tgt), '*', N(5)], 'n', 'points', integer=True, say="The five scores must add up to {v}.")
    s = b.s("Add the first four scores", [N(sc[0]), '+', N(sc[1]), '+', N(sc[2]), '+', N(sc[3])], 'n', 'points',
            integer=True, say="So far the total is {v}.")
    b.s("Find the fifth score needed", [t, '-', s], 'n', 'points', integer=True, say=f"{n.She} needs {{v}} on the fifth test.")
    return (f"{n.name}'s first four quiz scores are {sc[0]}, {sc[1]}, {sc[2]} and {sc[3]}. What score does {n.she} "
            f"need on the fifth quiz to have an average of {tgt}?"), b


@T("average_daily_steps", "average")
def _(r):
    n = Nm(r); d = [r.randint(40, 130) * 100 for _ in range(5)]; need((F(sum(d), 5) * 100).denominator == 1)
    b = Builder()
    s = b.s("Add the daily step counts", [N(d[0]), '+', N(d[1]), '+', N(d[2]), '+', N(d[3]), '+', N(d[4])], 'n', 'steps', integer=True,
            say="The total is {v} steps.")
    b.s("Divide by the number of days", [s, '/', N(5, 'days')], 'n', 'steps', say=f"{n.She} averages {{v}} steps per day.")
    ds = ", ".join(f"{x:,}" for x in d[:4]) + f" and {d[4]:,}"
    return (f"From Monday to Friday, {n.name} walked {ds} steps. What was {n.her} average number of steps per day?"), b


@T("average_price", "average")
def _(r):
    p = [mq(r, 2, 9, F(1, 4)) for _ in range(3)]; need((sum(p) / 3 * 100).denominator == 1)
    b = Builder()
    s = b.s("Add the three prices", [M(p[0]), '+', M(p[1]), '+', M(p[2])], 'm', say="The prices add up to {v}.")
    b.s("Divide by 3", [s, '/', N(3)], 'm', say="The average price is {v}.")
    return (f"A coffee shop sells a latte for {fm(p[0])}, a tea for {fm(p[1])} and a hot chocolate for {fm(p[2])}. "
            f"What is the average price of the three drinks?"), b


@T("average_temperature", "average")
def _(r):
    t = [r.randint(12, 31) for _ in range(6)]; need((F(sum(t), 6) * 100).denominator == 1)
    b = Builder()
    s = b.s("Add the six temperatures", [N(t[0]), '+', N(t[1]), '+', N(t[2]), '+', N(t[3]), '+', N(t[4]), '+', N(t[5])],
            'n', 'degrees', integer=True, say="The readings add up to {v} degrees.")
    b.s("Divide by the number of readings", [s, '/', N(6)], 'n', 'degrees', say="The average is {v} degrees Celsius.")
    return (f"The high temperatures for six days were {t[0]}, {t[1]}, {t[2]}, {t[3]}, {t[4]} and {t[5]} degrees "
            f"Celsius. What was the average high temperature?"), b


# ---------------------------------------------------------------- ages
@T("age_older_future", "age")
def _(r):
    n = Nm(r); a = r.randint(6, 15); d = r.randint(2, 9); y = r.randint(3, 10)
    b = Builder()
    s = b.s("Find the sister's age now", [N(a, 'years'), '+', N(d, 'years')], 'n', 'years', integer=True, say="The sister is {v} now.")
    f = b.s("Find the sister's age in the future", [s, '+', N(y, 'years')], 'n', 'years', integer=True, say="She will be {v}.")
    b.s("Find the sum of their future ages", [f, '+', N(a + y, 'years')], 'n', 'years', integer=True, say="Their ages will add up to {v}.")
    return (f"{n.name} is {a} years old. {n.Her} sister is {d} years older. In {y} years, {n.name} will be {a + y}. "
            f"What will the sum of their ages be in {y} years?"), b


@T("age_multiple", "age")
def _(r):
    n = Nm(r); a = r.randint(5, 14); k = r.choice([3, 4]); y = r.randint(4, 12)
    b = Builder()
    m = b.s("Find the mother's age now", [N(k), '*', N(a, 'years')], 'n', 'years', integer=True, say="The mother is {v} years old.")
    b.s("Find the mother's age later", [m, '+', N(y, 'years')], 'n', 'years', integer=True, say="She will be {v} years old.")
    return (f"{n.name} is {a} years old, and {n.her} mother is {k} times as old. How old will the mother be in "
            f"{y} years?"), b


@T("age_sum_family", "age")
def _(r):
    n = Nm(r); a = r.randint(7, 14); br = a - r.randint(2, 5); dad = a + r.randint(24, 34)
    b = Builder()
    s = b.s("Add the three ages now", [N(a), '+', N(br), '+', N(dad)], 'n', 'years', integer=True, say="Their ages add up to {v} now.")
    g = b.s("Find how much the total grows", [N(3, 'people'), '*', N(6, 'years')], 'n', 'years', integer=True, say="The total grows by {v} years.")
    b.s("Add the growth", [s, '+', g], 'n', 'years', integer=True, say="In 6 years the total will be {v}.")
    return (f"{n.name} is {a}, {n.her} brother is {br}, and their father is {dad}. What will the sum of their three "
            f"ages be in 6 years?"), b


@T("age_birth_year", "age")
def _(r):
    y = r.randint(2020, 2025); a = r.randint(9, 70); c = r.randint(2030, 2045)
    b = Builder()
    by = b.s("Find the birth year", [N(y), '-', N(a)], 'n', '', integer=True, say="The person was born in {v}.")
    b.s("Find the age in the later year", [N(c), '-', by], 'n', 'years', integer=True, say="They will turn {v} in that year.")
    return f"In {y}, a woman turned {a} years old. How old will she turn in {c}?", b


# ---------------------------------------------------------------- geometry
@T("floor_area_cost", "geometry")
def _(r):
    l = r.randint(3, 9); w = r.randint(3, 8); c = mq(r, 12, 45, F(1, 2))
    b = Builder()
    a = b.s("Find the floor area", [N(l, 'm'), '*', N(w, 'm')], 'n', 'square meters', integer=True, say="The area is {v} square meters.")
    b.s("Find the cost of the flooring", [a, '*', M(c)], 'm', say="The flooring costs {v}.")
    return (f"A room is {l} m long and {w} m wide. Flooring costs {fm(c)} per square meter. How much does it cost "
            f"to cover the floor?"), b


@T("square_perimeter_area", "geometry")
def _(r):
    p = r.choice([24, 28, 36, 40, 48, 52, 60, 64])
    b = Builder()
    s = b.s("Find the side length", [N(p, 'cm'), '/', N(4, 'sides')], 'n', 'cm', integer=True, say="Each side is {v} cm.")
    b.s("Find the area", [s, '*', s], 'n', 'square cm', integer=True, say="The area is {v} square centimeters.")
    return f"A square has a perimeter of {p} cm. What is its area in square centimeters?", b


@T("circle_area", "geometry")
def _(r):
    rad = r.choice([2, 3, 4, 5, 6, 7, 8, 10, 12])
    b = Builder()
    b.s("Apply the area formula", [N(F(314, 100)), '*', N(rad, 'm'), '*', N(rad, 'm')], 'n', 'square meters',
        say="The area is {v} square meters.")
    return (f"A circular flower bed has a radius of {rad} m. Using pi = 3.14, what is its area in square "
            f"meters?"), _circle_more(b, rad, r)


def _circle_more(b, rad, r):
    c = mq(r, 2, 6, F(1, 2))
    b.s("Find the cost of the mulch", [b.steps[0], '*', M(c)], 'm', approx=True, say="Mulching costs {v}.")
    return b


@T("circle_circumference", "geometry")
def _(r):
    d = r.choice([10, 14, 20, 25, 30, 40, 50]); laps = r.randint(3, 12)
    b = Builder()
    c = b.s("Find the circumference", [N(F(314, 100)), '*', N(d, 'm')], 'n', 'm', say="One lap is {v} m.")
    b.s("Multiply by the number of laps", [c, '*', N(laps, 'laps')], 'n', 'm', say="The total distance is {v} m.")
    return (f"A circular track has a diameter of {d} m. Using pi = 3.14, how far does a runner go in {laps} laps "
            f"around it?"), b


@T("box_volume", "geometry")
def _(r):
    l = r.randint(10, 40); w = r.randint(10, 30); h = r.randint(5, 20)
    b = Builder()
    v = b.s("Find the volume", [N(l, 'cm'), '*', N(w, 'cm'), '*', N(h, 'cm')], 'n', 'cubic cm', integer=True,
            say="The box holds {v} cubic centimeters.")
    b.s("Convert to liters", [v, '/', N(1000)], 'n', 'L', say="That is {v} liters.")
    return (f"A box is {l} cm long, {w} cm wide and {h} cm tall. What is its volume in liters? "
            f"(1 liter = 1,000 cubic centimeters)"), b


@T("wall_paint", "geometry")
def _(r):
    l = r.randint(4, 9); h = r.choice([F(5, 2), 3]); win = r.choice([2, 3, 4]); cov = r.choice([F(5, 2), 5, 10])
    b = Builder()
    wa = b.s("Find the wall area", [N(l, 'm'), '*', N(h, 'm')], 'n', 'square meters', say="The wall is {v} square meters.")
    pa = b.s("Subtract the window", [wa, '-', N(win, 'square meters')], 'n', 'square meters', say="{v} square meters need paint.")
    b.s("Find the liters of paint", [pa, '/', N(cov, 'square meters per liter')], 'n', 'L', say="That takes {v} liters of paint.")
    return (f"A wall is {l} m wide and {fn(h)} m high, with a window of {win} square meters. One liter of paint "
            f"covers {fn(cov)} square meters. How many liters of paint are needed for the wall?"), b


@T("tiles_count", "geometry")
def _(r):
    l = r.choice([3, 4, 5, 6]); w = r.choice([2, 3, 4]); t = r.choice([F(1, 4), F(1, 2)])
    b = Builder()
    lc = b.s("Find the tiles along the length", [N(l, 'm'), '/', N(t, 'm')], 'n', 'tiles', integer=True, say="{v} tiles fit along the length.")
    wc = b.s("Find the tiles along the width", [N(w, 'm'), '/', N(t, 'm')], 'n', 'tiles', integer=True, say="{v} tiles fit along the width.")
    b.s("Multiply to get the number of tiles", [lc, '*', wc], 'n', 'tiles', integer=True, say="{v} tiles are needed.")
    return (f"A patio is {l} m by {w} m. It is covered with square tiles that are {fn(t)} m on each side. How many "
            f"tiles are needed?"), b


@T("rectangle_from_perimeter", "geometry")
def _(r):
    w = r.randint(4, 20); l = w + r.randint(2, 15); p = 2 * (l + w)
    b = Builder()
    hp = b.s("Find half the perimeter", [N(p, 'm'), '/', N(2)], 'n', 'm', integer=True, say="Length plus width is {v} m.")
    ln = b.s("Find the length", [hp, '-', N(w, 'm')], 'n', 'm', integer=True, say="The length is {v} m.")
    b.s("Find the area", [ln, '*', N(w, 'm')], 'n', 'square meters', integer=True, say="The area is {v} square meters.")
    return (f"A rectangular field has a perimeter of {p} m and a width of {w} m. What is its area in square "
            f"meters?"), b


# ---------------------------------------------------------------- conversions
@T("km_laps", "conversion")
def _(r):
    km = r.choice([2, 3, 4, 5, 6, 8, 10]); track = r.choice([200, 250, 400, 500])
    b = Builder()
    m = b.s("Convert kilometers to meters", [N(km, 'km'), '*', N(1000)], 'n', 'm', integer=True, say="That is {v} meters.")
    b.s("Divide by the track length", [m, '/', N(track, 'm')], 'n', 'laps', integer=True, say="That is {v} laps.")
    return f"A track is {track} m around. How many laps does a runner need to complete to run {km} km?", b


@T("ribbon_cm_pieces", "conversion")
def _(r):
    m = r.choice([F(5, 2), 3, F(7, 2), 4, F(9, 2), 5]); pc = r.choice([15, 18, 22, 24, 35, 40])
    need((m * 100) % pc != 0)
    b = Builder()
    cm = b.s("Convert meters to centimeters", [N(m, 'm'), '*', N(100)], 'n', 'cm', integer=True, say="The ribbon is {v} cm long.")
    b.s("Divide into pieces", [cm, '/', N(pc, 'cm')], 'n', 'pieces', integer=True, fdiv=True, say="{v} full pieces can be cut.")
    return (f"A ribbon is {fn(m)} m long. How many full {pc} cm pieces can be cut from it?"), b


@T("kg_servings", "conversion")
def _(r):
    kg = r.choice([F(3, 2), 2, F(5, 2), 3, 4, 5]); g = r.choice([125, 150, 200, 250]); eat = r.randint(1, 3)
    need((kg * 1000) % g == 0)
    b = Builder()
    gg = b.s("Convert kilograms to grams", [N(kg, 'kg'), '*', N(1000)], 'n', 'g', integer=True, say="That is {v} g of rice.")
    s = b.s("Find the number of servings", [gg, '/', N(g, 'g')], 'n', 'servings', integer=True, say="The bag makes {v} servings.")
    b.s("Find the days the rice lasts", [s, '/', N(eat, 'servings per day')], 'n', 'days', approx=True, say="The rice lasts about {v} days.")
    return (f"A bag holds {fn(kg)} kg of rice. One serving is {g} g, and a family eats {eat} servings a day. "
            f"How many days does the bag last? (Round to two decimal places if needed.)"), b


@T("liters_glasses", "conversion")
def _(r):
    bot = r.randint(2, 6); l = r.choice([F(3, 2), 2]); gl = r.choice([200, 250, 300]); need((bot * l * 1000) % gl == 0)
    b = Builder()
    tl = b.s("Find the total liters", [N(bot, 'bottles'), '*', N(l, 'L')], 'n', 'L', say="There are {v} L of lemonade.")
    ml = b.s("Convert liters to milliliters", [tl, '*', N(1000)], 'n', 'mL', integer=True, say="That is {v} mL.")
    b.s("Divide into glasses", [ml, '/', N(gl, 'mL')], 'n', 'glasses', integer=True, say="That fills {v} glasses.")
    return (f"There are {bot} bottles of lemonade, each holding {fn(l)} L. How many {gl} mL glasses can be "
            f"filled?"), b


@T("dozens_eggs", "conversion")
def _(r):
    n = Nm(r); dz = r.randint(3, 10); used = r.randint(5, 30); need(used < dz * 12)
    b = Builder()
    e = b.s("Convert dozens to eggs", [N(dz, 'dozen'), '*', N(12)], 'n', 'eggs', integer=True, say="That is {v} eggs.")
    b.s("Subtract the eggs used", [e, '-', N(used, 'eggs')], 'n', 'eggs', integer=True, say="{v} eggs are left.")
    return f"{n.name}'s bakery buys {dz} dozen eggs and uses {used} eggs in the morning. How many eggs are left?", b


@T("grams_to_kg_total", "conversion")
def _(r):
    q = r.randint(6, 24); g = r.choice([125, 250, 350, 400, 450, 500, 750])
    b = Builder()
    t = b.s("Find the total grams", [N(q, 'cans'), '*', N(g, 'g')], 'n', 'g', integer=True, say="The cans weigh {v} g.")
    b.s("Convert grams to kilograms", [t, '/', N(1000)], 'n', 'kg', say="That is {v} kg.")
    return f"A crate holds {q} cans of beans, and each can weighs {g} g. How many kilograms do the cans weigh?", b


@T("cm_to_m_height", "conversion")
def _(r):
    s = r.randint(12, 30); h = r.choice([15, 16, 17, 18, 20])
    b = Builder()
    t = b.s("Find the total height in centimeters", [N(s, 'steps'), '*', N(h, 'cm')], 'n', 'cm', integer=True, say="The stairs rise {v} cm.")
    b.s("Convert to meters", [t, '/', N(100)], 'n', 'm', say="That is {v} m.")
    return f"A staircase has {s} steps, and each step is {h} cm high. How many meters high is the staircase?", b


# ---------------------------------------------------------------- inventory and sharing
@T("store_inventory", "inventory")
def _(r):
    s = r.randint(80, 300); d = r.randint(40, 200); a = r.randint(30, 150); c = r.randint(20, 120)
    need(a + c < s + d)
    it = r.choice(["cans of soup", "loaves of bread", "bags of flour", "cartons of milk"])
    b = Builder()
    t = b.s("Add the delivery", [N(s), '+', N(d)], 'n', it, integer=True, say=f"The store has {{v}} {it} after the delivery.")
    b.s("Subtract the sales", [t, '-', N(a), '-', N(c)], 'n', it, integer=True, say=f"{{v}} {it} are left.")
    return (f"A store has {s} {it}. A truck delivers {d} more. Then the store sells {a} on Saturday and {c} on "
            f"Sunday. How many {it} are left?"), b


@T("candy_share_leftover", "sharing")
def _(r):
    n = Nm(r); bags = r.randint(3, 8); per = r.randint(12, 30); k = r.randint(4, 9); need((bags * per) % k != 0)
    b = Builder()
    t = b.s("Find the total candies", [N(bags, 'bags'), '*', N(per, 'candies')], 'n', 'candies', integer=True, say="There are {v} candies.")
    b.s("Share the candies equally", [t, '/', N(k, 'friends')], 'n', 'candies', integer=True, fdiv=True,
        say="Each friend gets {v} candies.")
    return (f"{n.name} has {bags} bags with {per} candies in each. {n.She} shares them equally among {k} friends, "
            f"keeping the leftovers. How many candies does each friend get?"), b


@T("full_boxes", "remainder")
def _(r):
    it = r.choice(["cookies", "cupcakes", "muffins"]); tr = r.randint(3, 9); per = r.choice([12, 16, 18, 20, 24]); box = r.choice([6, 8, 10])
    need((tr * per) % box != 0)
    b = Builder()
    t = b.s("Find the total baked", [N(tr, 'trays'), '*', N(per, it)], 'n', it, integer=True, say=f"The bakery makes {{v}} {it}.")
    b.s("Find the number of full boxes", [t, '/', N(box, it)], 'n', 'boxes', integer=True, fdiv=True, say="{v} boxes can be filled.")
    return (f"A bakery bakes {tr} trays of {it} with {per} on each tray. The {it} are packed in boxes of {box}. "
            f"How many full boxes can be packed?"), b


@T("sticker_packs_share", "sharing")
def _(r):
    n = Nm(r); p = r.randint(3, 9); per = r.choice([10, 12, 15, 20, 25]); k = r.randint(3, 6); keep = r.randint(5, 20)
    need(p * per > keep and (p * per - keep) % k == 0)
    b = Builder()
    t = b.s("Find the total stickers", [N(p, 'packs'), '*', N(per, 'stickers')], 'n', 'stickers', integer=True, say="That is {v} stickers.")
    g = b.s("Take away the stickers kept", [t, '-', N(keep, 'stickers')], 'n', 'stickers', integer=True, say="{v} stickers are given away.")
    b.s("Divide among the friends", [g, '/', N(k, 'friends')], 'n', 'stickers', integer=True, say="Each friend gets {v} stickers.")
    return (f"{n.name} buys {p} packs of {per} stickers. {n.She} keeps {keep} stickers and shares the rest equally "
            f"among {k} friends. How many stickers does each friend get?"), b


@T("library_books", "inventory")
def _(r):
    sh = r.randint(5, 15); per = r.randint(20, 45); out = r.randint(15, 80); ret = r.randint(5, 30)
    need(out < sh * per)
    b = Builder()
    t = b.s("Find the books on the shelves", [N(sh, 'shelves'), '*', N(per, 'books')], 'n', 'books', integer=True, say="The shelves hold {v} books.")
    b.s("Account for checkouts and returns", [t, '-', N(out, 'books'), '+', N(ret, 'books')], 'n', 'books', integer=True,
        say="There are {v} books in the library now.")
    return (f"A classroom library has {sh} full shelves with {per} books each. Students check out {out} books and "
            f"later return {ret}. How many books are in the library now?"), b


@T("bus_seats", "remainder")
def _(r):
    st = r.randint(80, 250); seats = r.choice([30, 40, 45, 50]); need(st % seats != 0)
    b = Builder()
    f = b.s("Find the full buses", [N(st, 'students'), '/', N(seats, 'seats')], 'n', 'buses', integer=True, fdiv=True,
            say="{v} buses are completely full.")
    b.s("Add one bus for the remaining students", [f, '+', N(1, 'bus')], 'n', 'buses', integer=True, say="They need {v} buses.")
    return (f"{st} students are going on a trip. Each bus holds {seats} students. How many buses are needed so that "
            f"every student has a seat?"), b


@T("garden_rows", "inventory")
def _(r):
    rows = r.randint(4, 12); per = r.randint(6, 15); died = r.randint(2, 10); new = r.randint(5, 20)
    b = Builder()
    t = b.s("Find the plants first planted", [N(rows, 'rows'), '*', N(per, 'plants')], 'n', 'plants', integer=True, say="{v} plants were planted.")
    b.s("Adjust for the plants that died and the new ones", [t, '-', N(died, 'plants'), '+', N(new, 'plants')], 'n', 'plants',
        integer=True, say="The garden now has {v} plants.")
    return (f"A gardener plants {rows} rows of tomato plants with {per} plants in each row. {died} plants die, and "
            f"she plants {new} new ones. How many tomato plants are in the garden now?"), b


@T("water_bottles_team", "sharing")
def _(r):
    cases = r.randint(2, 6); per = r.choice([12, 24]); pl = r.randint(11, 22); games = r.randint(2, 3)
    need(cases * per >= pl * games)
    b = Builder()
    t = b.s("Find the total bottles", [N(cases, 'cases'), '*', N(per, 'bottles')], 'n', 'bottles', integer=True, say="There are {v} bottles.")
    u = b.s("Find the bottles used", [N(pl, 'players'), '*', N(games, 'games')], 'n', 'bottles', integer=True, say="{v} bottles are used.")
    b.s("Find the bottles left", [t, '-', u], 'n', 'bottles', integer=True, say="{v} bottles are left.")
    return (f"A coach buys {cases} cases of water with {per} bottles in each case. Each of the {pl} players drinks one "
            f"bottle per game. After {games} games, how many bottles are left?"), b


# ---------------------------------------------------------------- rounding cases
@T("price_per_100g", "money")
def _(r):
    g = r.choice([350, 450, 600, 700, 750, 900]); p = mq(r, 2, 9, F(1, 100))
    need((p / (F(g) / 100) * 100).denominator != 1)
    b = Builder()
    k = b.s("Find the number of 100 g portions", [N(g, 'g'), '/', N(100, 'g')], 'n', '', say="The box holds {v} portions of 100 g.")
    b.s("Find the price per 100 g", [M(p), '/', k], 'm', approx=True, say="The cereal costs about {v} per 100 g.")
    return (f"A {g} g box of cereal costs {fm(p)}. What is the price per 100 g, rounded to the nearest cent?"), b


@T("rent_split", "money")
def _(r):
    rent = r.randint(120, 260) * 10; ut = mq(r, 90, 240, F(1, 2)); k = r.choice([3, 3, 6, 7])
    need(((rent + ut) / k * 100).denominator != 1)
    b = Builder()
    t = b.s("Find the total monthly cost", [M(rent), '+', M(ut)], 'm', say="The total is {v} per month.")
    b.s("Split the cost", [t, '/', N(k, 'people')], 'm', approx=True, say="Each roommate pays about {v}.")
    return (f"{k} roommates share an apartment. The rent is {fm(rent)} per month and utilities are {fm(ut)}. "
            f"They split the total equally. How much does each roommate pay, to the nearest cent?"), b
