"""Problem templates. Each template samples numbers and returns the problem text plus a
solve(ctx) function that records every computation as a Step (values computed, never typed)."""
from core import Fr, F_, Q, M, N, P, money_str, group, dec

TEMPLATES = []


def tpl(name, cat, cents=False):
    def deco(f):
        TEMPLATES.append(dict(name=name, cat=cat, fn=f, cents=cents))
        return f
    return deco


PEOPLE = [("Maria", "she", "her", "her"), ("James", "he", "him", "his"), ("Aisha", "she", "her", "her"),
          ("Liam", "he", "him", "his"), ("Sofia", "she", "her", "her"), ("Noah", "he", "him", "his"),
          ("Priya", "she", "her", "her"), ("Ethan", "he", "him", "his"), ("Mei", "she", "her", "her"),
          ("Carlos", "he", "him", "his"), ("Hannah", "she", "her", "her"), ("Omar", "he", "him", "his"),
          ("Grace", "she", "her", "her"), ("Lucas", "he", "him", "his"), ("Zoe", "she", "her", "her"),
          ("Daniel", "he", "him", "his"), ("Fatima", "she", "her", "her"), ("Ben", "he", "him", "his"),
          ("Chloe", "she", "her", "her"), ("Ravi", "he", "him", "his"), ("Emma", "she", "her", "her"),
          ("Jack", "he", "him", "his"), ("Nina", "she", "her", "her"), ("Leo", "he", "him", "his"),
          ("Isabel", "she", "her", "her"), ("Tom", "he", "him", "his"), ("Amara", "she", "her", "her"),
          ("Kevin", "he", "him", "his"), ("Julia", "she", "her", "her"), ("Sam", "he", "him", "his")]


def person(r, exclude=()):
    while True:
        p = r.choice(PEOPLE)
        if p[0] not in exclude:
            return p


def usd(x, cents=False):
    return "$" + group(money_str(F_(x), cents))


def num(x):
    return group(dec(F_(x)))


def hrs(t):
    return "%s hour%s" % (num(t), "" if F_(t) == 1 else "s")


def cap(s):
    return s[0].upper() + s[1:]


# ------------------------------------------------------------------ shopping
CHEAP = [("notebooks", [1.5, 2, 2.25, 2.5, 3, 3.5]), ("pens", [0.75, 1, 1.25, 1.5, 2]),
         ("apples", [0.5, 0.75, 0.8, 1.2]), ("sandwiches", [4.5, 5, 6.25, 7, 8]),
         ("candles", [3, 4.5, 6, 7.5]), ("comic books", [3.99, 4.5, 5.25]),
         ("bottles of juice", [1.75, 2.5, 3]), ("packs of stickers", [1.25, 2, 2.75]),
         ("muffins", [2.25, 2.5, 3.25]), ("tennis balls", [1.5, 2, 2.5])]


@tpl("shop_two_items", "shopping")
def _(r):
    n = person(r)[0]
    (i1, l1), (i2, l2) = r.sample(CHEAP, 2)
    p1, p2 = r.choice(l1), r.choice(l2)
    a, b = r.randint(2, 9), r.randint(2, 9)
    prob = f"{n} buys {a} {i1} for {usd(p1)} each and {b} {i2} for {usd(p2)} each. How much does {n} spend in total?"

    def solve(c):
        x = c.mul([N(a), M(p1)], f"the cost of the {i1}")
        y = c.mul([N(b), M(p2)], f"the cost of the {i2}")
        return c.add([x, y], "the total cost")
    return dict(problem=prob, goal=f"how much {n} spends in total", answer=f"{n} spends {{A}} in total.", solve=solve)


@tpl("shop_change", "shopping", cents=True)
def _(r):
    n, s, o, ps = person(r)
    item, lst = r.choice(CHEAP)
    p = r.choice(lst)
    k = r.randint(3, 8)
    bill = r.choice([20, 50, 100])
    prob = f"{n} buys {k} {item} that cost {usd(p, True)} each and pays with a {usd(bill)} bill. How much change should {s} get back?"

    def solve(c):
        cost = c.mul([N(k), M(p)], f"the cost of the {item}")
        return c.sub([M(bill), cost], "the change")
    return dict(problem=prob, goal=f"how much change {n} gets back", answer=f"{n} gets {{A}} in change.", solve=solve,
                ok=lambda st: st[-1].value > 0)


@tpl("shop_budget", "shopping")
def _(r):
    n, s, o, ps = person(r)
    m = r.choice([120, 150, 200, 250, 300])
    a = r.randint(2, 4)
    p = r.choice([12, 15, 18, 22.5, 24, 19.5])
    q = r.choice([35, 42, 48, 55, 60, 64])
    prob = (f"{n} has {usd(m)} to spend on clothes. {cap(s)} buys {a} shirts that cost {usd(p)} each and a pair of shoes "
            f"that costs {usd(q)}. How much money does {n} have left?")

    def solve(c):
        sh = c.mul([N(a), M(p)], "the cost of the shirts")
        tot = c.add([sh, M(q)], "the total spent")
        return c.sub([M(m), tot], "the money left")
    return dict(problem=prob, goal=f"how much money {n} has left", answer=f"{n} has {{A}} left.", solve=solve,
                ok=lambda st: st[-1].value > 0)


@tpl("shop_bulk_packs", "shopping")
def _(r):
    n = person(r)[0]
    item = r.choice(["pencils", "markers", "balloons", "paper cups", "glue sticks"])
    k = r.choice([6, 8, 10, 12, 24])
    packs = r.randint(3, 12)
    need = k * packs
    cost = r.choice([2.5, 3, 3.75, 4.25, 5, 6.5])
    prob = f"{n} needs {need} {item} for a class project. The {item} come in packs of {k}, and each pack costs {usd(cost)}. How much will {n} pay for exactly enough packs?"

    def solve(c):
        pk = c.div(N(need, item), N(k), "the number of packs needed", unit="packs")
        return c.mul([pk, M(cost)], "the total cost")
    return dict(problem=prob, goal=f"how much {n} will pay", answer=f"{n} will pay {{A}}.", solve=solve)


@tpl("shop_unit_price", "shopping")
def _(r):
    item = r.choice(["yogurt cups", "granola bars", "water bottles", "batteries"])
    a, b = r.sample([4, 5, 6, 8, 10, 12], 2)
    u1 = Fr(r.randint(10, 40) * 5, 100)
    u2 = u1 - Fr(r.randint(1, 6) * 5, 100)
    if r.random() < 0.5:
        u1, u2 = u2, u1
    x, y = a * u1, b * u2
    prob = (f"Store A sells a pack of {a} {item} for {usd(x)}, and Store B sells a pack of {b} {item} for {usd(y)}. "
            f"How much cheaper per item, in dollars, is the cheaper store?")

    def solve(c):
        pa = c.div(M(x), N(a), "the price per item at Store A")
        pb = c.div(M(y), N(b), "the price per item at Store B")
        if pa.v >= pb.v:
            return c.sub([pa, pb], "the difference per item")
        return c.sub([pb, pa], "the difference per item")
    return dict(problem=prob, goal="how much cheaper per item the cheaper store is",
                answer="The cheaper store is {A} cheaper per item.", solve=solve)


@tpl("shop_coupon", "shopping", cents=True)
def _(r):
    n = person(r)[0]
    items = r.sample([("a box of cereal", [3.49, 4.29, 4.99]), ("a gallon of milk", [3.25, 3.79, 4.15]),
                      ("a loaf of bread", [2.5, 2.89, 3.2]), ("a bag of rice", [5.6, 6.45, 7.25]),
                      ("a jar of peanut butter", [3.85, 4.4, 5.1])], 3)
    ps = [r.choice(l) for _, l in items]
    cp = r.choice([1.5, 2, 2.5, 3])
    prob = (f"At the grocery store, {n} buys {items[0][0]} for {usd(ps[0], True)}, {items[1][0]} for {usd(ps[1], True)}, "
            f"and {items[2][0]} for {usd(ps[2], True)}. {n} uses a coupon for {usd(cp, True)} off the total. How much does {n} pay?")

    def solve(c):
        t = c.add([M(p) for p in ps], "the total before the coupon")
        return c.sub([t, M(cp)], "the amount paid after the coupon")
    return dict(problem=prob, goal=f"how much {n} pays", answer=f"{n} pays {{A}}.", solve=solve)


@tpl("shop_eggs_dozen", "shopping")
def _(r):
    n = person(r)[0]
    dz = r.randint(2, 8)
    p = r.choice([2.5, 3, 3.25, 3.6, 4.2, 4.8])
    prob = f"Eggs cost {usd(p)} per dozen. {n} needs {dz * 12} eggs for a bake sale. How much will the eggs cost?"

    def solve(c):
        d = c.div(N(dz * 12, "eggs"), N(12), "the number of dozens", unit="dozen")
        return c.mul([d, M(p)], "the cost of the eggs")
    return dict(problem=prob, goal="how much the eggs will cost", answer="The eggs will cost {A}.", solve=solve)


# ------------------------------------------------------------------ rates / speed
@tpl("rate_two_legs", "rates")
def _(r):
    n, s, o, ps = person(r)
    s1, s2 = r.choice([40, 45, 50, 55, 60, 65]), r.choice([30, 35, 50, 70])
    t1, t2 = r.choice([2, 3, 1.5, 2.5]), r.choice([1, 2, 0.5, 1.5])
    prob = f"{n} drives at {s1} miles per hour for {hrs(t1)} and then at {s2} miles per hour for {hrs(t2)}. How many miles does {n} drive in total?"

    def solve(c):
        d1 = c.mul([N(s1), N(t1)], "the distance of the first part", unit="miles")
        d2 = c.mul([N(s2), N(t2)], "the distance of the second part", unit="miles")
        return c.add([d1, d2], "the total distance", unit="miles")
    return dict(problem=prob, goal=f"how many miles {n} drives in total", answer=f"{n} drives {{A}} miles in total.", solve=solve)


@tpl("rate_avg_speed", "rates")
def _(r):
    n = person(r)[0]
    while True:
        t1, t2 = r.choice([1, 2, 1.5, 3]), r.choice([1, 2, 0.5, 2.5])
        v1, v2 = r.choice([12, 14, 16, 18, 20]), r.choice([10, 12, 15, 24])
        d1, d2 = F_(t1) * v1, F_(t2) * v2
        avg = (d1 + d2) / (F_(t1) + F_(t2))
        if (avg * 100).denominator == 1 and d1.denominator == 1 and d2.denominator == 1:
            break
    prob = f"{n} cycles {num(d1)} km in {hrs(t1)}, takes a break, and then cycles {num(d2)} km in {hrs(t2)}. What is {n}'s average cycling speed in km per hour?"

    def solve(c):
        d = c.add([N(d1), N(d2)], "the total distance", unit="km")
        t = c.add([N(t1), N(t2)], "the total cycling time", unit="hours")
        return c.div(d, t, "the average speed", unit="km/h")
    return dict(problem=prob, goal=f"{n}'s average speed", answer=f"{n}'s average speed is {{A}} km per hour.", solve=solve)


@tpl("rate_travel_minutes", "rates")
def _(r):
    s = r.choice([40, 48, 60, 72, 80, 90, 120])
    h = r.choice([Fr(1, 2), Fr(3, 4), Fr(5, 4), Fr(3, 2), Fr(9, 4), Fr(5, 2)])
    d = s * h
    if d.denominator != 1:
        d = s * Fr(3, 2)
        h = Fr(3, 2)
    prob = f"A train travels {num(d)} kilometers at a constant speed of {s} kilometers per hour. How many minutes does the trip take?"

    def solve(c):
        t = c.div(N(d), N(s), "the travel time in hours", unit="hours")
        return c.mul([t, N(60)], "the travel time in minutes", unit="minutes")
    return dict(problem=prob, goal="how many minutes the trip takes", answer="The trip takes {A} minutes.", solve=solve)


@tpl("rate_pages", "rates")
def _(r):
    n, s, o, ps = person(r)
    rate, days = r.choice([15, 20, 25, 30, 40]), r.randint(3, 7)
    r2 = r.choice([x for x in [10, 20, 25, 30, 50] if x != rate])
    left_days = r.randint(2, 6)
    total = rate * days + r2 * left_days
    prob = (f"{n}'s book has {total} pages. {cap(s)} reads {rate} pages a day for {days} days. If {s} then reads {r2} pages a day, "
            f"how many more days will it take {o} to finish the book?")

    def solve(c):
        rd = c.mul([N(rate), N(days)], "the pages read in the first days", unit="pages")
        lf = c.sub([N(total), rd], "the pages left", unit="pages")
        return c.div(lf, N(r2), "the number of extra days", unit="days")
    return dict(problem=prob, goal=f"how many more days {n} needs", answer=f"It will take {n} {{A}} more days.", solve=solve)


@tpl("rate_fill_pool", "rates")
def _(r):
    cap_ = r.choice([2000, 3000, 4500, 6000, 8000])
    rate = r.choice([20, 25, 40, 50])
    mins = r.randint(20, 90)
    have = cap_ - rate * mins
    if have <= 0:
        have, mins = cap_ // 2, (cap_ - cap_ // 2) // rate
        have = cap_ - rate * mins
    prob = f"A pool holds {num(cap_)} liters of water and already has {num(have)} liters in it. A hose adds {rate} liters per minute. How many minutes will it take to fill the pool?"

    def solve(c):
        need = c.sub([N(cap_), N(have)], "the water still needed", unit="liters")
        return c.div(need, N(rate), "the time to fill the pool", unit="minutes")
    return dict(problem=prob, goal="how long it takes to fill the pool", answer="It will take {A} minutes to fill the pool.", solve=solve)


@tpl("rate_typing", "rates")
def _(r):
    n, s, o, ps = person(r)
    w = r.choice([35, 40, 45, 52, 60, 65])
    m1, m2 = r.choice([15, 20, 25, 30]), r.choice([10, 12, 18, 35])
    prob = f"{n} types {w} words per minute. {cap(s)} types for {m1} minutes in the morning and {m2} minutes in the evening. How many words does {n} type in total?"

    def solve(c):
        t = c.add([N(m1), N(m2)], "the total typing time", unit="minutes")
        return c.mul([N(w), t], "the total words typed", unit="words")
    return dict(problem=prob, goal=f"how many words {n} types", answer=f"{n} types {{A}} words in total.", solve=solve)


@tpl("rate_factory", "rates")
def _(r):
    u, h, d = r.choice([45, 60, 75, 120, 150]), r.choice([6, 8, 10, 12]), r.choice([5, 6, 7])
    thing = r.choice(["bottles", "toy cars", "boxes", "shirts"])
    prob = f"A machine makes {u} {thing} per hour. It runs {h} hours a day for {d} days. How many {thing} does it make?"

    def solve(c):
        per = c.mul([N(u), N(h)], f"the {thing} made per day", unit=thing)
        return c.mul([per, N(d)], f"the total {thing} made", unit=thing)
    return dict(problem=prob, goal=f"how many {thing} the machine makes", answer=f"The machine makes {{A}} {thing}.", solve=solve)


# ------------------------------------------------------------------ time / clock
def _hm(r, lo, hi):
    return r.randint(lo, hi), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])


def clock(h, m, ampm):
    return "%d:%02d %s" % (h, m, ampm)


@tpl("clock_movie", "time")
def _(r):
    while True:
        h1, m1 = _hm(r, 1, 7)
        h2, m2 = _hm(r, h1 + 1, 10)
        if (h2 * 60 + m2) - (h1 * 60 + m1) >= 80:
            break
    prob = f"A movie starts at {clock(h1, m1, 'PM')} and ends at {clock(h2, m2, 'PM')}. How many minutes long is the movie?"

    def solve(c):
        a = c.mul([N(h1), N(60)], f"the minutes from noon to {h1}:00 PM", unit="minutes")
        s = c.add([a, N(m1)], "the start time in minutes after noon", unit="minutes")
        b = c.mul([N(h2), N(60)], f"the minutes from noon to {h2}:00 PM", unit="minutes")
        e = c.add([b, N(m2)], "the end time in minutes after noon", unit="minutes")
        return c.sub([e, s], "the length of the movie", unit="minutes")
    return dict(problem=prob, goal="how long the movie is", answer="The movie is {A} minutes long.", solve=solve)


@tpl("clock_sleep", "time")
def _(r):
    n, s, o, ps = person(r)
    bh, bm = _hm(r, 9, 11)
    wh, wm = _hm(r, 5, 7)
    prob = f"{n} goes to bed at {clock(bh, bm, 'PM')} and wakes up at {clock(wh, wm, 'AM')} the next morning. How many minutes does {n} sleep?"

    def solve(c):
        a = c.mul([N(bh), N(60)], f"the minutes from noon to {bh}:00 PM", unit="minutes")
        b = c.add([a, N(bm)], "the bedtime in minutes after noon", unit="minutes")
        un = c.sub([N(720), b], "the minutes until midnight", unit="minutes")
        w = c.mul([N(wh), N(60)], f"the minutes from midnight to {wh}:00 AM", unit="minutes")
        w2 = c.add([w, N(wm)], "the minutes from midnight until waking up", unit="minutes")
        return c.add([un, w2], "the total sleep time", unit="minutes")
    return dict(problem=prob, goal=f"how many minutes {n} sleeps", answer=f"{n} sleeps for {{A}} minutes.", solve=solve)


@tpl("time_sessions_breaks", "time")
def _(r):
    k = r.randint(3, 6)
    sl = r.choice([25, 30, 40, 45, 50])
    b = r.choice([5, 10, 15])
    ev = r.choice(["workshop", "training day", "study group", "conference"])
    prob = f"A {ev} has {k} sessions that are {sl} minutes each, with a {b}-minute break between each pair of consecutive sessions. How many minutes does the {ev} last from start to finish?"

    def solve(c):
        ses = c.mul([N(k), N(sl)], "the total session time", unit="minutes")
        nb = c.sub([N(k), N(1)], "the number of breaks", unit="breaks")
        bt = c.mul([nb, N(b)], f"the time spent on {b}-minute breaks", unit="minutes")
        return c.add([ses, bt], "the total length", unit="minutes")
    return dict(problem=prob, goal=f"how long the {ev} lasts", answer=f"The {ev} lasts {{A}} minutes.", solve=solve)


@tpl("time_study_hours", "time")
def _(r):
    n, s, o, ps = person(r)
    while True:
        m, d = r.choice([25, 35, 40, 45, 50, 75, 90]), r.randint(4, 12)
        if (Fr(m * d, 60) * 100).denominator == 1:
            break
    prob = f"{n} studies for {m} minutes every day for {d} days. How many hours does {n} study in total?"

    def solve(c):
        t = c.mul([N(m), N(d)], "the total study time in minutes", unit="minutes")
        return c.div(t, N(60), "the total study time in hours", unit="hours")
    return dict(problem=prob, goal=f"how many hours {n} studies", answer=f"{n} studies for {{A}} hours in total.", solve=solve)


@tpl("time_bus_count", "time")
def _(r):
    first = r.choice([5, 6, 7])
    last = first + r.randint(2, 5)
    k = r.choice([10, 12, 15, 20, 30])
    prob = f"The first bus leaves the station at {first}:00 AM and the last one leaves at {last}:00 AM. A bus leaves every {k} minutes. How many buses leave the station in that time, counting the first and the last?"

    def solve(c):
        hrs = c.sub([N(last), N(first)], "the number of hours between the first and last bus", unit="hours")
        mins = c.mul([hrs, N(60)], "the number of minutes", unit="minutes")
        gaps = c.div(mins, N(k), "the number of gaps between buses", unit="gaps")
        return c.add([gaps, N(1)], "the number of buses", unit="buses")
    return dict(problem=prob, goal="how many buses leave", answer="{A} buses leave the station.", solve=solve)


@tpl("time_roast", "time")
def _(r):
    n = person(r)[0]
    m, w, rest = r.choice([15, 18, 20]), r.randint(8, 16), r.choice([20, 30, 45])
    prob = f"{n} is roasting a {w}-pound turkey. It needs {m} minutes of cooking per pound and then has to rest for {rest} minutes. How many minutes will it take from oven to table?"

    def solve(c):
        ck = c.mul([N(w), N(m)], "the cooking time", unit="minutes")
        return c.add([ck, N(rest)], "the total time", unit="minutes")
    return dict(problem=prob, goal="how long it takes", answer="It will take {A} minutes.", solve=solve)


@tpl("time_parking", "time", cents=True)
def _(r):
    while True:
        h1, m1 = r.randint(8, 11), r.choice([0, 15, 30, 45])
        h2, m2 = r.randint(1, 5), r.choice([0, 15, 30, 45])
        tot = (h2 + 12) * 60 + m2 - (h1 * 60 + m1)
        if tot % 30 == 0:
            break
    p = r.choice([1.25, 1.5, 1.75, 2, 2.5])
    prob = f"Parking costs {usd(p, True)} for every 30-minute block. Dana parks from {clock(h1, m1, 'AM')} to {clock(h2, m2, 'PM')}. How much does Dana pay for parking?"

    def solve(c):
        a = c.mul([N(h1), N(60)], "the start time in minutes after midnight (hours part)", unit="minutes")
        st = c.add([a, N(m1)], "the start time in minutes after midnight", unit="minutes")
        b = c.mul([N(h2 + 12), N(60)], "the end time in minutes after midnight (hours part)", unit="minutes")
        en = c.add([b, N(m2)], "the end time in minutes after midnight", unit="minutes")
        d = c.sub([en, st], "the parking time", unit="minutes")
        bl = c.div(d, N(30), "the number of 30-minute blocks", unit="blocks")
        return c.mul([bl, M(p)], "the parking cost")
    return dict(problem=prob, goal="how much Dana pays", answer="Dana pays {A} for parking.", solve=solve)


@tpl("time_screen_week", "time")
def _(r):
    n = person(r)[0]
    while True:
        a, b = r.choice([30, 45, 50, 60, 75]), r.choice([90, 100, 120, 150])
        if ((5 * a + 2 * b) * 100) % 60 == 0 and (Fr(5 * a + 2 * b, 60) * 100).denominator == 1:
            break
    prob = f"{n} watches TV for {a} minutes each weekday and {b} minutes each day on the weekend. How many hours of TV does {n} watch in a week?"

    def solve(c):
        wd = c.mul([N(5), N(a)], "the weekday viewing time", unit="minutes")
        we = c.mul([N(2), N(b)], "the weekend viewing time", unit="minutes")
        t = c.add([wd, we], "the total viewing time", unit="minutes")
        return c.div(t, N(60), "the viewing time in hours", unit="hours")
    return dict(problem=prob, goal=f"how many hours of TV {n} watches", answer=f"{n} watches {{A}} hours of TV a week.", solve=solve)


# ------------------------------------------------------------------ percentages
@tpl("pct_discount", "percent")
def _(r):
    item = r.choice(["jacket", "bicycle", "lamp", "pair of boots", "backpack", "guitar"])
    p = r.choice([40, 60, 80, 120, 150, 240, 360])
    d = r.choice([10, 15, 20, 25, 30, 35])
    prob = f"A {item} normally costs {usd(p)}. It is on sale for {d}% off. What is the sale price of the {item}?"

    def solve(c):
        off = c.pct(M(p), d, "the discount")
        return c.sub([M(p), off], "the sale price")
    return dict(problem=prob, goal=f"the sale price of the {item}", answer=f"The sale price of the {item} is {{A}}.", solve=solve)


@tpl("pct_tax", "percent", cents=True)
def _(r):
    n = person(r)[0]
    a, b = r.choice([24, 36, 45, 60, 18]), r.choice([12, 16, 30, 55, 40])
    t = r.choice([5, 6, 7.5, 8, 10])
    prob = f"{n} buys a sweater for {usd(a)} and a scarf for {usd(b)}. The sales tax is {num(t)}%. How much does {n} pay in total, including tax?"

    def solve(c):
        sub = c.add([M(a), M(b)], "the subtotal")
        tax = c.pct(sub, t, "the sales tax")
        return c.add([sub, tax], "the total with tax")
    return dict(problem=prob, goal=f"how much {n} pays including tax", answer=f"{n} pays {{A}} in total.", solve=solve)


@tpl("pct_tip_split", "percent", cents=True)
def _(r):
    k = r.choice([2, 4, 5])
    while True:
        bill = r.choice([48, 60, 72, 80, 96, 120, 135])
        t = r.choice([15, 18, 20, 25])
        tot = F_(bill) * (100 + t) / 100
        if ((tot / k) * 100).denominator == 1:
            break
    prob = f"A group of {k} friends has a dinner bill of {usd(bill)}. They add a {t}% tip and split the total equally. How much does each friend pay?"

    def solve(c):
        tip = c.pct(M(bill), t, "the tip")
        tot = c.add([M(bill), tip], "the total with tip")
        return c.div(tot, N(k), "each friend's share")
    return dict(problem=prob, goal="how much each friend pays", answer="Each friend pays {A}.", solve=solve)


@tpl("pct_rent_increase", "percent")
def _(r):
    rent = r.choice([800, 950, 1200, 1500, 1800])
    p = r.choice([2, 4, 5, 6, 10])
    prob = f"An apartment's rent is {usd(rent)} per month. Next year the rent goes up by {p}%. How much rent will be paid over all 12 months of next year?"

    def solve(c):
        inc = c.pct(M(rent), p, "the monthly increase")
        nw = c.add([M(rent), inc], "the new monthly rent")
        return c.mul([nw, N(12)], "the rent for the year")
    return dict(problem=prob, goal="the total rent next year", answer="The rent next year will be {A}.", solve=solve)


@tpl("pct_test_score", "percent")
def _(r):
    n = person(r)[0]
    q = r.choice([20, 25, 40, 50, 80])
    c_ = r.randint(int(q * 0.6), q - 1)
    prob = f"{n} answered {c_} out of {q} questions correctly on a test. What percentage of the questions did {n} answer correctly?"

    def solve(c):
        f = c.div(N(c_), N(q), "the fraction answered correctly")
        return c.mul([f, N(100)], "the percentage", kind="pct")
    return dict(problem=prob, goal=f"the percentage {n} got right", answer=f"{n} answered {{A}} of the questions correctly.", solve=solve)


@tpl("pct_discount_tax", "percent", cents=True)
def _(r):
    item = r.choice(["coffee maker", "desk chair", "pair of headphones", "blender"])
    p = r.choice([50, 80, 120, 160, 200])
    d = r.choice([10, 20, 25])
    t = r.choice([5, 8, 10])
    prob = f"A {item} costs {usd(p)}. It is discounted by {d}%, and then sales tax of {t}% is added to the discounted price. What is the final price?"

    def solve(c):
        off = c.pct(M(p), d, "the discount")
        sp = c.sub([M(p), off], "the discounted price")
        tax = c.pct(sp, t, "the tax")
        return c.add([sp, tax], "the final price")
    return dict(problem=prob, goal=f"the final price of the {item}", answer="The final price is {A}.", solve=solve)


@tpl("pct_commission", "percent")
def _(r):
    n, s, o, ps = person(r)
    base = r.choice([1500, 1800, 2000, 2400])
    cm = r.choice([3, 4, 5, 8, 10])
    sales = r.choice([12000, 15500, 18000, 24500, 30000])
    prob = f"{n} earns a base salary of {usd(base)} a month plus a {cm}% commission on {ps} sales. Last month {s} sold {usd(sales)} worth of goods. How much did {n} earn last month?"

    def solve(c):
        com = c.pct(M(sales), cm, "the commission")
        return c.add([M(base), com], "the total earnings")
    return dict(problem=prob, goal=f"how much {n} earned", answer=f"{n} earned {{A}} last month.", solve=solve)


@tpl("pct_class_boys", "percent")
def _(r):
    n = r.choice([20, 25, 30, 40, 32])
    while True:
        p = r.choice([40, 45, 55, 60, 75, 35, 62.5])
        if (F_(n) * F_(p) / 100).denominator == 1:
            break
    prob = f"There are {n} students in a class, and {num(p)}% of them are girls. How many boys are in the class?"

    def solve(c):
        g = c.pct(N(n), p, "the number of girls", unit="girls")
        return c.sub([N(n), g], "the number of boys", unit="boys")
    return dict(problem=prob, goal="how many boys are in the class", answer="There are {A} boys in the class.", solve=solve)


@tpl("pct_simple_interest", "percent")
def _(r):
    n = person(r)[0]
    pr = r.choice([1000, 2500, 4000, 5000, 1200])
    rate = r.choice([2, 3, 4, 5, 3.5])
    yrs = r.randint(2, 5)
    prob = f"{n} deposits {usd(pr)} in an account that pays {num(rate)}% simple interest per year. How much money will be in the account after {yrs} years?"

    def solve(c):
        i1 = c.pct(M(pr), rate, "the interest for one year")
        it = c.mul([i1, N(yrs)], f"the interest for {yrs} years")
        return c.add([M(pr), it], "the final balance")
    return dict(problem=prob, goal="the final balance", answer="There will be {A} in the account.", solve=solve)


@tpl("pct_battery", "percent")
def _(r):
    n, s, o, ps = person(r)
    b = r.choice([80, 90, 95, 100, 85])
    u = r.choice([8, 12, 15, 18])
    h = r.randint(2, 4)
    prob = f"{n}'s phone battery is at {b}%. Playing a game uses {u}% of the battery per hour. If {s} plays for {h} hours, what percentage of battery will be left?"

    def solve(c):
        used = c.mul([P(u), N(h)], "the battery used")
        return c.sub([P(b), used], "the battery left")
    return dict(problem=prob, goal="how much battery is left", answer="The battery will be at {A}.", solve=solve,
                ok=lambda st: st[-1].value > 0)


# ------------------------------------------------------------------ fractions
@tpl("frac_money_spent", "fractions")
def _(r):
    n, s, o, ps = person(r)
    m = r.choice([48, 60, 72, 96, 120, 144, 180])
    prob = f"{n} has {usd(m)}. {cap(s)} spends 1/4 of it on books and then 1/3 of what is left on lunch. How much money does {n} have now?"

    def solve(c):
        bk = c.frac(M(m), 1, 4, "the money spent on books")
        lf = c.sub([M(m), bk], "the money left after books")
        ln = c.frac(lf, 1, 3, "the money spent on lunch")
        return c.sub([lf, ln], "the money left")
    return dict(problem=prob, goal=f"how much money {n} has left", answer=f"{n} has {{A}} left.", solve=solve)


@tpl("frac_pizza", "fractions")
def _(r):
    k = r.randint(2, 6)
    sl = r.choice([8, 12])
    fn, fd = r.choice([(3, 4), (5, 8), (2, 3), (1, 2), (3, 8)]) if sl == 12 else r.choice([(3, 4), (5, 8), (1, 2), (3, 8)])
    if (k * sl * fn) % fd:
        fn, fd = 1, 2
    prob = f"At a party there are {k} pizzas, each cut into {sl} slices. The guests eat {fn}/{fd} of all the slices. How many slices are left?"

    def solve(c):
        t = c.mul([N(k), N(sl)], "the total number of slices", unit="slices")
        e = c.frac(t, fn, fd, "the slices eaten", unit="slices")
        return c.sub([t, e], "the slices left", unit="slices")
    return dict(problem=prob, goal="how many slices are left", answer="There are {A} slices left.", solve=solve)


@tpl("frac_commute", "fractions")
def _(r):
    n = r.choice([30, 45, 60, 75, 90, 120, 150])
    prob = f"A school has {n} students in grade 5. Two-fifths of them walk to school, one-third of the rest take the bus, and the others come by car. How many students come by car?"

    def solve(c):
        w = c.frac(N(n), 2, 5, "the students who walk", unit="students")
        rest = c.sub([N(n), w], "the students who do not walk", unit="students")
        b = c.frac(rest, 1, 3, "the students who take the bus", unit="students")
        return c.sub([rest, b], "the students who come by car", unit="students")
    return dict(problem=prob, goal="how many students come by car", answer="{A} students come by car.", solve=solve)


@tpl("frac_ribbon", "fractions")
def _(r):
    n = person(r)[0]
    piece = r.choice([Fr(1, 2), Fr(3, 4), Fr(3, 2), 2, Fr(5, 4)])
    bows = r.randint(4, 16)
    used = bows * F_(piece)
    L = used * Fr(4, 3)
    if L.denominator != 1:
        bows = 12
        used = bows * F_(piece)
        L = used * Fr(4, 3)
    prob = f"{n} has a ribbon that is {num(L)} meters long. {n} uses 3/4 of it to make bows, and each bow needs {num(piece)} meters of ribbon. How many bows does {n} make?"

    def solve(c):
        u = c.frac(N(L), 3, 4, "the ribbon used for bows", unit="meters")
        return c.div(u, N(piece), "the number of bows", unit="bows")
    return dict(problem=prob, goal=f"how many bows {n} makes", answer=f"{n} makes {{A}} bows.", solve=solve)


@tpl("frac_tank", "fractions")
def _(r):
    cap_ = r.choice([15, 20, 25, 40, 60])
    fn, fd = r.choice([(3, 5), (2, 5), (1, 4), (3, 4), (1, 2)])
    if (cap_ * fn) % fd:
        fn, fd = 1, 5
    prob = f"A car's gas tank holds {cap_} gallons. The tank is {fn}/{fd} full. How many gallons are needed to fill it up?"

    def solve(c):
        h = c.frac(N(cap_), fn, fd, "the gas already in the tank", unit="gallons")
        return c.sub([N(cap_), h], "the gas needed", unit="gallons")
    return dict(problem=prob, goal="how many gallons are needed", answer="{A} gallons are needed to fill the tank.", solve=solve)


@tpl("frac_garden", "fractions")
def _(r):
    n = r.choice([24, 36, 48, 60, 72, 96, 120])
    prob = f"A garden has {n} plants. One-third of them are tomato plants and one-quarter are pepper plants. The rest are herbs. How many herb plants are in the garden?"

    def solve(c):
        t = c.frac(N(n), 1, 3, "the tomato plants", unit="plants")
        p = c.frac(N(n), 1, 4, "the pepper plants", unit="plants")
        tp = c.add([t, p], "the tomato and pepper plants together", unit="plants")
        return c.sub([N(n), tp], "the herb plants", unit="plants")
    return dict(problem=prob, goal="how many herb plants there are", answer="There are {A} herb plants.", solve=solve)


# ------------------------------------------------------------------ ages
@tpl("age_future_sum", "ages")
def _(r):
    a_, b_ = person(r), None
    b_ = person(r, exclude=(a_[0],))
    a = r.randint(4, 12)
    k = r.choice([2, 3, 4])
    yrs = r.randint(2, 10)
    prob = f"{a_[0]} is {a} years old, and {b_[0]} is {k} times as old as {a_[0]}. What will be the sum of their ages in {yrs} years?"

    def solve(c):
        b = c.mul([N(a), N(k)], f"{b_[0]}'s age now", unit="years")
        fa = c.add([N(a), N(yrs)], f"{a_[0]}'s age in {yrs} years", unit="years")
        fb = c.add([b, N(yrs)], f"{b_[0]}'s age in {yrs} years", unit="years")
        return c.add([fa, fb], "the sum of their ages", unit="years")
    return dict(problem=prob, goal=f"the sum of their ages in {yrs} years", answer="The sum of their ages will be {A} years.", solve=solve)


@tpl("age_chain", "ages")
def _(r):
    t = r.randint(12, 18)
    y = r.randint(2, 6)
    k = r.choice([3, 4])
    prob = f"Tom is {t} years old. His sister is {y} years younger than he is, and their grandfather is {k} times as old as the sister. How old is their grandfather?"

    def solve(c):
        s = c.sub([N(t), N(y)], "the sister's age", unit="years")
        return c.mul([s, N(k)], "the grandfather's age", unit="years")
    return dict(problem=prob, goal="the grandfather's age", answer="Their grandfather is {A} years old.", solve=solve)


@tpl("age_past_multiple", "ages")
def _(r):
    n, s, o, ps = person(r)
    k = r.choice([3, 4])
    yrs = r.randint(2, 6)
    child_then = r.randint(8, 12)
    mom = child_then * k + yrs
    prob = f"{n}'s mother is {mom} years old. {yrs} years ago, she was {k} times as old as {n} was then. How old is {n} now?"

    def solve(c):
        mt = c.sub([N(mom), N(yrs)], f"the mother's age {yrs} years ago", unit="years")
        ct = c.div(mt, N(k), f"{n}'s age {yrs} years ago", unit="years")
        return c.add([ct, N(yrs)], f"{n}'s age now", unit="years")
    return dict(problem=prob, goal=f"how old {n} is now", answer=f"{n} is {{A}} years old now.", solve=solve)


@tpl("age_average", "ages")
def _(r):
    while True:
        ages = [r.randint(3, 17) for _ in range(4)]
        if (Fr(sum(ages), 4) * 100).denominator == 1:
            break
    prob = f"Four siblings are {ages[0]}, {ages[1]}, {ages[2]}, and {ages[3]} years old. What is their average age?"

    def solve(c):
        t = c.add([N(a) for a in ages], "the sum of their ages", unit="years")
        return c.div(t, N(4), "the average age", unit="years")
    return dict(problem=prob, goal="the average age", answer="Their average age is {A} years.", solve=solve)


@tpl("age_sum_target", "ages")
def _(r):
    g, s = r.randint(60, 75), r.randint(8, 15)
    yrs = r.randint(3, 10)
    target = g + s + 2 * yrs
    prob = f"A grandfather is {g} years old and his grandson is {s} years old. In how many years will the sum of their ages be {target}?"

    def solve(c):
        now = c.add([N(g), N(s)], "the sum of their ages now", unit="years")
        gap = c.sub([N(target), now], "the increase needed", unit="years")
        return c.div(gap, N(2), "the number of years", unit="years")
    return dict(problem=prob, goal="how many years it takes", answer="In {A} years the sum of their ages will be " + str(target) + ".", solve=solve)


# ------------------------------------------------------------------ unit conversions
@tpl("conv_km_m", "conversion")
def _(r):
    n = person(r)[0]
    d, k = r.choice([2.5, 3, 4.2, 5, 1.8]), r.randint(3, 7)
    prob = f"{n} runs {num(d)} kilometers every day for {k} days. How many meters does {n} run in total?"

    def solve(c):
        km = c.mul([N(d), N(k)], "the total distance in kilometers", unit="km")
        return c.mul([km, N(1000)], "the total distance in meters", unit="meters")
    return dict(problem=prob, goal=f"how many meters {n} runs", answer=f"{n} runs {{A}} meters in total.", solve=solve)


@tpl("conv_liters_glasses", "conversion")
def _(r):
    k = r.randint(2, 6)
    v = r.choice([1.5, 2, 1.25])
    g = r.choice([250, 125])
    prob = f"There are {k} bottles of juice, and each holds {num(v)} liters. How many {g} mL glasses can be filled with all the juice?"

    def solve(c):
        L = c.mul([N(k), N(v)], "the total juice in liters", unit="liters")
        ml = c.mul([L, N(1000)], "the total juice in milliliters", unit="mL")
        return c.div(ml, N(g), "the number of glasses", unit="glasses")
    return dict(problem=prob, goal="how many glasses can be filled", answer="{A} glasses can be filled.", solve=solve)


@tpl("conv_feet_inches", "conversion")
def _(r):
    n = person(r)[0]
    while True:
        f, i = r.choice([6, 8, 10, 12]), r.choice([8, 9, 16, 18, 24])
        if (f * 12) % i == 0:
            break
    prob = f"{n} has a board that is {f} feet long. {n} cuts it into pieces that are each {i} inches long. How many pieces does {n} get?"

    def solve(c):
        inch = c.mul([N(f), N(12)], "the length of the board in inches", unit="inches")
        return c.div(inch, N(i), "the number of pieces", unit="pieces")
    return dict(problem=prob, goal=f"how many pieces {n} gets", answer=f"{n} gets {{A}} pieces.", solve=solve)


@tpl("conv_cups_quarts", "conversion")
def _(r):
    while True:
        cpb, b = r.choice([1.5, 2, 2.5, 3]), r.randint(2, 8)
        if (F_(cpb) * b / 4 * 100).denominator == 1:
            break
    prob = f"A soup recipe uses {num(cpb)} cups of broth per batch, and there are 4 cups in a quart. How many quarts of broth are needed for {b} batches?"

    def solve(c):
        cups = c.mul([N(cpb), N(b)], "the cups of broth needed", unit="cups")
        return c.div(cups, N(4), "the quarts of broth needed", unit="quarts")
    return dict(problem=prob, goal="how many quarts are needed", answer="{A} quarts of broth are needed.", solve=solve)


@tpl("conv_grams_kg", "conversion")
def _(r):
    n, g = r.randint(6, 24), r.choice([250, 400, 500, 750, 125])
    thing = r.choice(["flour", "rice", "coffee beans", "sugar"])
    prob = f"A shop has {n} bags of {thing}, and each bag weighs {g} grams. How many kilograms of {thing} does the shop have?"

    def solve(c):
        t = c.mul([N(n), N(g)], "the total weight in grams", unit="grams")
        return c.div(t, N(1000), "the total weight in kilograms", unit="kg")
    return dict(problem=prob, goal="the total weight in kilograms", answer=f"The shop has {{A}} kilograms of {thing}.", solve=solve)


@tpl("conv_podcast_hours", "conversion")
def _(r):
    while True:
        e, m = r.randint(4, 15), r.choice([24, 35, 42, 45, 50, 54])
        if (Fr(e * m, 60) * 100).denominator == 1:
            break
    prob = f"A podcast season has {e} episodes, and each episode is {m} minutes long. How many hours does it take to listen to the whole season?"

    def solve(c):
        t = c.mul([N(e), N(m)], "the total listening time in minutes", unit="minutes")
        return c.div(t, N(60), "the total listening time in hours", unit="hours")
    return dict(problem=prob, goal="how many hours the season takes", answer="It takes {A} hours to listen to the season.", solve=solve)


@tpl("conv_ounces_pounds", "conversion")
def _(r):
    while True:
        k, oz = r.randint(3, 12), r.choice([6, 8, 10, 12, 20])
        if (Fr(k * oz, 16) * 100).denominator == 1:
            break
    prob = f"A baker fills {k} bags with {oz} ounces of cookies each. If 1 pound is 16 ounces, how many pounds of cookies is that in total?"

    def solve(c):
        t = c.mul([N(k), N(oz)], "the total weight in ounces", unit="ounces")
        return c.div(t, N(16), "the total weight in pounds", unit="pounds")
    return dict(problem=prob, goal="the total weight in pounds", answer="That is {A} pounds of cookies.", solve=solve)


# ------------------------------------------------------------------ averages
@tpl("avg_scores", "averages")
def _(r):
    n = person(r)[0]
    while True:
        sc = [r.randint(68, 99) for _ in range(4)]
        if (Fr(sum(sc), 4) * 100).denominator == 1:
            break
    prob = f"{n} scored {sc[0]}, {sc[1]}, {sc[2]}, and {sc[3]} on four math tests. What is {n}'s average score?"

    def solve(c):
        t = c.add([N(x) for x in sc], "the sum of the scores", unit="points")
        return c.div(t, N(4), "the average score", unit="points")
    return dict(problem=prob, goal=f"{n}'s average score", answer=f"{n}'s average score is {{A}}.", solve=solve)


@tpl("avg_needed_score", "averages")
def _(r):
    n, s, o, ps = person(r)
    while True:
        sc = [r.randint(72, 95) for _ in range(4)]
        tgt = r.choice([82, 84, 85, 86, 88])
        need = tgt * 5 - sum(sc)
        if 60 <= need <= 100:
            break
    prob = f"{n}'s first four quiz scores are {sc[0]}, {sc[1]}, {sc[2]}, and {sc[3]}. What score does {s} need on the fifth quiz to have an average of exactly {tgt}?"

    def solve(c):
        tt = c.mul([N(tgt), N(5)], "the total needed for all five quizzes", unit="points")
        hv = c.add([N(x) for x in sc], "the sum of the first four scores", unit="points")
        return c.sub([tt, hv], "the score needed on the fifth quiz", unit="points")
    return dict(problem=prob, goal=f"the score {n} needs", answer=f"{n} needs a score of {{A}} on the fifth quiz.", solve=solve)


@tpl("avg_steps_week", "averages")
def _(r):
    n = person(r)[0]
    while True:
        a, b = r.choice([6000, 7500, 8200, 9000, 10500]), r.choice([4000, 5600, 12000, 13500])
        if (5 * a + 2 * b) % 7 == 0:
            break
    prob = f"{n} walks {num(a)} steps on each weekday and {num(b)} steps on each day of the weekend. What is {n}'s average number of steps per day over the week?"

    def solve(c):
        wd = c.mul([N(5), N(a)], "the weekday steps", unit="steps")
        we = c.mul([N(2), N(b)], "the weekend steps", unit="steps")
        t = c.add([wd, we], "the total steps for the week", unit="steps")
        return c.div(t, N(7), "the average steps per day", unit="steps")
    return dict(problem=prob, goal=f"{n}'s average daily steps", answer=f"{n} averages {{A}} steps per day.", solve=solve)


@tpl("avg_temperature", "averages")
def _(r):
    while True:
        ts = [r.randint(55, 88) for _ in range(5)]
        if (Fr(sum(ts), 5) * 100).denominator == 1:
            break
    prob = f"The high temperatures for five days were {ts[0]}, {ts[1]}, {ts[2]}, {ts[3]}, and {ts[4]} degrees Fahrenheit. What was the average high temperature?"

    def solve(c):
        t = c.add([N(x) for x in ts], "the sum of the temperatures", unit="degrees")
        return c.div(t, N(5), "the average temperature", unit="degrees")
    return dict(problem=prob, goal="the average high temperature", answer="The average high temperature was {A} degrees Fahrenheit.", solve=solve)


@tpl("avg_price", "averages", cents=True)
def _(r):
    while True:
        ps = [r.choice([8.5, 12, 14.25, 9.75, 11.5, 15, 6.8]) for _ in range(3)]
        if (sum(F_(p) for p in ps) / 3 * 100).denominator == 1 and len(set(ps)) == 3:
            break
    prob = f"Three books cost {usd(ps[0], True)}, {usd(ps[1], True)}, and {usd(ps[2], True)}. What is the average price of the books?"

    def solve(c):
        t = c.add([M(p) for p in ps], "the total price")
        return c.div(t, N(3), "the average price")
    return dict(problem=prob, goal="the average price", answer="The average price is {A}.", solve=solve)


# ------------------------------------------------------------------ ratios
@tpl("ratio_split", "ratios")
def _(r):
    a_, b_ = person(r), None
    b_ = person(r, exclude=(a_[0],))
    x, y = r.choice([(2, 3), (3, 5), (1, 4), (4, 5), (3, 7)])
    m = (x + y) * r.choice([10, 15, 20, 25, 30, 45])
    prob = f"{a_[0]} and {b_[0]} share {usd(m)} in the ratio {x}:{y}. How much money does {b_[0]} get?"

    def solve(c):
        parts = c.add([N(x), N(y)], "the total number of parts", unit="parts")
        one = c.div(M(m), parts, "the value of one part")
        return c.mul([one, N(y)], f"{b_[0]}'s share")
    return dict(problem=prob, goal=f"how much {b_[0]} gets", answer=f"{b_[0]} gets {{A}}.", solve=solve)


@tpl("ratio_recipe", "ratios")
def _(r):
    a, b = r.choice([(3, 2), (4, 3), (5, 2), (2, 1), (5, 3)])
    x = a * r.choice([Fr(1, 2), 1, Fr(3, 2), 2, 3])
    prob = f"A recipe uses flour and sugar in the ratio {a}:{b}. If a baker uses {num(x)} cups of flour, how many cups of sugar are needed?"

    def solve(c):
        one = c.div(N(x), N(a), "the size of one part", unit="cups")
        return c.mul([one, N(b)], "the cups of sugar", unit="cups")
    return dict(problem=prob, goal="how many cups of sugar are needed", answer="{A} cups of sugar are needed.", solve=solve)


@tpl("ratio_boys_girls", "ratios")
def _(r):
    b, g = r.choice([(3, 5), (2, 3), (4, 5), (5, 7)])
    n = (b + g) * r.randint(3, 8)
    prob = f"The ratio of boys to girls in a school club is {b}:{g}. There are {n} members in the club. How many more girls than boys are there?"

    def solve(c):
        pts = c.add([N(b), N(g)], "the total parts", unit="parts")
        one = c.div(N(n), pts, "the members per part", unit="members")
        gs = c.mul([one, N(g)], "the number of girls", unit="girls")
        bs = c.mul([one, N(b)], "the number of boys", unit="boys")
        return c.sub([gs, bs], "the difference", unit="girls")
    return dict(problem=prob, goal="how many more girls than boys there are", answer="There are {A} more girls than boys.", solve=solve)


@tpl("ratio_map_scale", "ratios")
def _(r):
    k = r.choice([5, 10, 20, 25, 50])
    d = r.choice([3, 4, 6, 7.5, 8, 12])
    while True:
        s = r.choice([40, 50, 60, 75, 80, 100])
        if (F_(d) * k / s * 100).denominator == 1:
            break
    prob = f"On a map, 1 cm represents {k} km. Two towns are {num(d)} cm apart on the map. How many hours will it take to drive between them at {s} km per hour?"

    def solve(c):
        km = c.mul([N(d), N(k)], "the real distance", unit="km")
        return c.div(km, N(s), "the driving time", unit="hours")
    return dict(problem=prob, goal="how long the drive takes", answer="The drive takes {A} hours.", solve=solve)


@tpl("ratio_paint", "ratios")
def _(r):
    a, b = r.choice([(1, 3), (2, 3), (1, 4), (3, 5)])
    t = (a + b) * r.choice([Fr(1, 2), 1, 2, 3, Fr(5, 2)])
    prob = f"To make light blue paint, Lina mixes blue paint and white paint in the ratio {a}:{b}. How many liters of white paint does she need to make {num(t)} liters of light blue paint?"

    def solve(c):
        pts = c.add([N(a), N(b)], "the total parts", unit="parts")
        one = c.div(N(t), pts, "the liters in one part", unit="liters")
        return c.mul([one, N(b)], "the white paint needed", unit="liters")
    return dict(problem=prob, goal="how much white paint is needed", answer="She needs {A} liters of white paint.", solve=solve)


# ------------------------------------------------------------------ multi-step totals
@tpl("multi_eggs", "multistep")
def _(r):
    n = person(r)[0]
    while True:
        h, e = r.randint(6, 24), r.choice([1, 2])
        if (h * e * 7) % 12 == 0:
            break
    p = r.choice([3, 3.5, 4, 4.5, 5])
    prob = f"{n} has {h} hens, and each hen lays {e} egg{'s' if e > 1 else ''} a day. {n} sells the eggs for {usd(p)} per dozen. How much money does {n} make from one week of eggs?"

    def solve(c):
        pd = c.mul([N(h), N(e)], "the eggs per day", unit="eggs")
        wk = c.mul([pd, N(7)], "the eggs per week", unit="eggs")
        dz = c.div(wk, N(12), "the number of dozens", unit="dozen")
        return c.mul([dz, M(p)], "the money made")
    return dict(problem=prob, goal=f"how much {n} makes in a week", answer=f"{n} makes {{A}} in a week.", solve=solve)


@tpl("multi_class_supplies", "multistep", cents=True)
def _(r):
    s_ = r.randint(18, 32)
    a = r.randint(2, 5)
    p, q = r.choice([0.25, 0.35, 0.4, 0.5]), r.choice([1.2, 1.5, 2.25, 2.75])
    prob = f"A teacher buys supplies for {s_} students. Each student gets {a} pencils that cost {usd(p, True)} each and one notebook that costs {usd(q, True)}. How much does the teacher spend?"

    def solve(c):
        pen = c.mul([N(a), M(p)], "the cost of pencils per student")
        per = c.add([pen, M(q)], "the cost per student")
        return c.mul([per, N(s_)], "the total cost")
    return dict(problem=prob, goal="how much the teacher spends", answer="The teacher spends {A}.", solve=solve)


@tpl("multi_party_split", "multistep")
def _(r):
    f = r.choice([4, 5, 6, 8])
    while True:
        k, p = r.randint(3, 6), r.choice([12, 13.5, 14, 15.5, 18])
        sd, q = r.randint(6, 12), r.choice([1.25, 1.5, 2])
        tot = k * F_(p) + sd * F_(q)
        if (tot / f * 100).denominator == 1:
            break
    prob = f"{f} friends order {k} pizzas at {usd(p)} each and {sd} sodas at {usd(q)} each. They split the cost equally. How much does each friend pay?"

    def solve(c):
        pz = c.mul([N(k), M(p)], "the cost of the pizzas")
        so = c.mul([N(sd), M(q)], "the cost of the sodas")
        t = c.add([pz, so], "the total cost")
        return c.div(t, N(f), "each friend's share")
    return dict(problem=prob, goal="how much each friend pays", answer="Each friend pays {A}.", solve=solve)


@tpl("multi_savings_goal", "multistep")
def _(r):
    n, s, o, ps = person(r)
    w = r.choice([15, 20, 25, 30, 40])
    wk = r.randint(4, 12)
    have = r.choice([35, 50, 60, 85, 100])
    cost = have + w * wk
    item = r.choice(["bike", "video game console", "tablet", "skateboard"])
    prob = f"{n} wants a {item} that costs {usd(cost)}. {cap(s)} has already saved {usd(have)} and saves {usd(w)} each week. How many more weeks does {n} need to save?"

    def solve(c):
        need = c.sub([M(cost), M(have)], "the amount still needed")
        return c.div(need, M(w), "the number of weeks", unit="weeks")
    return dict(problem=prob, goal=f"how many weeks {n} needs", answer=f"{n} needs {{A}} more weeks.", solve=solve)


@tpl("multi_tickets", "multistep")
def _(r):
    a, ch = r.randint(2, 6), r.randint(2, 8)
    pa, pc = r.choice([12, 14.5, 18, 22]), r.choice([6, 7.5, 8, 9.25])
    prob = f"A museum charges {usd(pa)} for an adult ticket and {usd(pc)} for a child ticket. A group of {a} adults and {ch} children visits. How much do they pay in total?"

    def solve(c):
        ad = c.mul([N(a), M(pa)], "the cost of adult tickets")
        cd = c.mul([N(ch), M(pc)], "the cost of child tickets")
        return c.add([ad, cd], "the total cost")
    return dict(problem=prob, goal="the total cost of the tickets", answer="They pay {A} in total.", solve=solve)


@tpl("multi_books_shelves", "multistep")
def _(r):
    sh, rows, per = r.randint(3, 6), r.randint(3, 5), r.choice([18, 20, 24, 25, 30])
    rm = r.randint(10, 40)
    prob = f"A library has {sh} bookcases. Each bookcase has {rows} shelves, and each shelf holds {per} books. If {rm} books are checked out, how many books are still on the shelves, assuming all shelves were full?"

    def solve(c):
        s = c.mul([N(sh), N(rows)], "the total shelves", unit="shelves")
        b = c.mul([s, N(per)], "the total books", unit="books")
        return c.sub([b, N(rm)], "the books still on the shelves", unit="books")
    return dict(problem=prob, goal="how many books are on the shelves", answer="There are {A} books still on the shelves.", solve=solve)


# ------------------------------------------------------------------ area / perimeter
@tpl("geo_fence_cost", "geometry")
def _(r):
    L, W = r.choice([20, 25, 30, 40, 45]), r.choice([12, 15, 18, 20])
    c_ = r.choice([8, 9.5, 12, 14.25, 15])
    prob = f"A rectangular yard is {L} feet long and {W} feet wide. Fencing costs {usd(c_)} per foot. How much will it cost to fence the whole yard?"

    def solve(c):
        s = c.add([N(L), N(W)], "the length plus the width", unit="feet")
        p = c.mul([N(2), s], "the perimeter", unit="feet")
        return c.mul([p, M(c_)], "the cost of the fence")
    return dict(problem=prob, goal="the cost of fencing the yard", answer="It will cost {A} to fence the yard.", solve=solve)


@tpl("geo_carpet", "geometry")
def _(r):
    L, W = r.choice([10, 12, 14, 15]), r.choice([9, 10, 11, 12])
    c_ = r.choice([2.5, 3, 3.75, 4.2, 5])
    prob = f"A room is {L} feet long and {W} feet wide. Carpet costs {usd(c_)} per square foot. How much will it cost to carpet the room?"

    def solve(c):
        a = c.mul([N(L), N(W)], "the area of the room", unit="square feet")
        return c.mul([a, M(c_)], "the cost of the carpet")
    return dict(problem=prob, goal="the cost of the carpet", answer="It will cost {A} to carpet the room.", solve=solve)


@tpl("geo_lawn", "geometry")
def _(r):
    L, W = r.choice([30, 40, 50, 60]), r.choice([20, 25, 30])
    l, w = r.choice([6, 8, 10]), r.choice([4, 5, 6])
    prob = f"A rectangular garden is {L} meters by {W} meters. A flower bed that is {l} meters by {w} meters sits inside it, and the rest is lawn. What is the area of the lawn in square meters?"

    def solve(c):
        g = c.mul([N(L), N(W)], "the area of the garden", unit="square meters")
        f = c.mul([N(l), N(w)], "the area of the flower bed", unit="square meters")
        return c.sub([g, f], "the area of the lawn", unit="square meters")
    return dict(problem=prob, goal="the area of the lawn", answer="The lawn is {A} square meters.", solve=solve)


@tpl("geo_tiles", "geometry")
def _(r):
    L, W = r.choice([10, 12, 14, 16]), r.choice([8, 10, 12])
    c_ = r.choice([3.5, 4, 5.25, 6])
    prob = f"A floor is {L} feet by {W} feet. It will be covered with square tiles that are 2 feet on each side, and each tile costs {usd(c_)}. How much will the tiles cost?"

    def solve(c):
        a = c.mul([N(L), N(W)], "the floor area", unit="square feet")
        t = c.mul([N(2), N(2)], "the area of one tile", unit="square feet")
        n = c.div(a, t, "the number of tiles", unit="tiles")
        return c.mul([n, M(c_)], "the cost of the tiles")
    return dict(problem=prob, goal="how much the tiles cost", answer="The tiles will cost {A}.", solve=solve)


@tpl("geo_paint_cans", "geometry")
def _(r):
    while True:
        L, H = r.choice([10, 12, 14, 15]), r.choice([8, 9, 10])
        cov = r.choice([40, 60, 80, 100])
        if (4 * L * H) % cov == 0:
            break
    prob = f"A room has 4 walls, and each wall is {L} feet wide and {H} feet tall. One can of paint covers {cov} square feet. How many cans of paint are needed to paint all the walls once?"

    def solve(c):
        w = c.mul([N(L), N(H)], "the area of one wall", unit="square feet")
        t = c.mul([N(4), w], "the total wall area", unit="square feet")
        return c.div(t, N(cov), "the number of cans", unit="cans")
    return dict(problem=prob, goal="how many cans are needed", answer="{A} cans of paint are needed.", solve=solve)


@tpl("geo_square_border", "geometry")
def _(r):
    while True:
        s, k = r.choice([12, 15, 18, 20, 24, 30]), r.choice([2, 3, 4, 5, 6])
        if (4 * s) % k == 0:
            break
    prob = f"A square garden has sides that are {s} feet long. A gardener plants a bush every {k} feet around the edge. How many bushes are planted?"

    def solve(c):
        p = c.mul([N(4), N(s)], "the perimeter", unit="feet")
        return c.div(p, N(k), "the number of bushes", unit="bushes")
    return dict(problem=prob, goal="how many bushes are planted", answer="{A} bushes are planted.", solve=solve)


# ------------------------------------------------------------------ profit
@tpl("profit_lemonade", "profit", cents=True)
def _(r):
    n = person(r)[0]
    k = r.randint(30, 80)
    p, c0 = r.choice([1.5, 2, 2.5]), r.choice([0.35, 0.4, 0.45, 0.6])
    f = r.choice([8, 10, 12.5, 15])
    prob = f"{n} sells {k} cups of lemonade for {usd(p, True)} each. Each cup costs {usd(c0, True)} to make, and the stand cost {usd(f, True)} to set up. What is {n}'s profit?"

    def solve(c):
        rev = c.mul([N(k), M(p)], "the revenue")
        ing = c.mul([N(k), M(c0)], "the cost of making the cups")
        cost = c.add([ing, M(f)], "the total cost")
        return c.sub([rev, cost], "the profit")
    return dict(problem=prob, goal=f"{n}'s profit", answer=f"{n}'s profit is {{A}}.", solve=solve)


@tpl("profit_resale", "profit")
def _(r):
    n = person(r)[0]
    k = r.randint(10, 30)
    c0 = r.choice([4, 5.5, 6, 8, 12])
    s = F_(c0) * 2 + r.choice([0, 1, 2.5])
    sold = k - r.randint(1, 5)
    thing = r.choice(["plants", "T-shirts", "phone cases", "mugs"])
    prob = f"{n} buys {k} {thing} for {usd(c0)} each and sells {sold} of them for {usd(s)} each. The rest are not sold. What is {n}'s profit?"

    def solve(c):
        cost = c.mul([N(k), M(c0)], "the total cost")
        rev = c.mul([N(sold), M(s)], "the revenue")
        return c.sub([rev, cost], "the profit")
    return dict(problem=prob, goal=f"{n}'s profit", answer=f"{n}'s profit is {{A}}.", solve=solve,
                ok=lambda st: st[-1].value > 0)


@tpl("profit_percent", "profit")
def _(r):
    c0 = r.choice([40, 50, 80, 120, 200, 250])
    p = r.choice([10, 15, 20, 25, 30, 40])
    s = F_(c0) * (100 + p) / 100
    thing = r.choice(["bicycle", "used laptop", "painting", "chair"])
    prob = f"A shop buys a {thing} for {usd(c0)} and sells it for {usd(s)}. What is the profit as a percentage of the cost?"

    def solve(c):
        pr = c.sub([M(s), M(c0)], "the profit")
        f = c.div(pr, M(c0), "the profit divided by the cost")
        return c.mul([f, N(100)], "the profit percentage", kind="pct")
    return dict(problem=prob, goal="the profit percentage", answer="The profit is {A} of the cost.", solve=solve)


@tpl("profit_bakery_week", "profit")
def _(r):
    b = r.randint(20, 60)
    p, c0 = r.choice([4, 4.5, 5, 6]), r.choice([1.5, 1.75, 2, 2.25])
    d = r.choice([5, 6, 7])
    prob = f"A bakery sells {b} loaves of bread a day for {usd(p)} each. Each loaf costs {usd(c0)} to make. How much profit does the bakery make from bread in {d} days?"

    def solve(c):
        pl = c.sub([M(p), M(c0)], "the profit per loaf")
        pd = c.mul([N(b), pl], "the profit per day")
        return c.mul([pd, N(d)], f"the profit for {d} days")
    return dict(problem=prob, goal=f"the profit in {d} days", answer=f"The bakery makes {{A}} in {d} days.", solve=solve)


# ------------------------------------------------------------------ work / hours
@tpl("work_overtime", "work")
def _(r):
    n = person(r)[0]
    rate = r.choice([14, 16, 18, 20, 22, 25])
    ot = r.randint(2, 10)
    prob = f"{n} earns {usd(rate)} per hour for the first 40 hours of a week and 1.5 times that rate for overtime. Last week {n} worked {40 + ot} hours. How much did {n} earn?"

    def solve(c):
        reg = c.mul([N(40), M(rate)], "the regular pay")
        otr = c.mul([M(rate), N(1.5)], "the overtime rate")
        otp = c.mul([N(ot), otr], "the overtime pay")
        return c.add([reg, otp], "the total pay")
    return dict(problem=prob, goal=f"how much {n} earned", answer=f"{n} earned {{A}} last week.", solve=solve)


@tpl("work_painters", "work")
def _(r):
    a, b = r.randint(2, 5), r.randint(2, 3)
    n = (a + b) * r.randint(3, 8)
    prob = f"One painter can paint {a} rooms a day and a second painter can paint {b} rooms a day. Working together, how many days will they need to paint {n} rooms?"

    def solve(c):
        t = c.add([N(a), N(b)], "the rooms painted per day together", unit="rooms")
        return c.div(N(n), t, "the number of days", unit="days")
    return dict(problem=prob, goal="how many days they need", answer="They need {A} days.", solve=solve)


@tpl("work_shifts", "work")
def _(r):
    n, s, o, ps = person(r)
    h, d = r.choice([4, 5, 6, 7.5, 8]), r.randint(3, 5)
    rate = r.choice([12, 13.5, 15, 16.25])
    prob = f"{n} works {num(h)} hours a day, {d} days a week, at {usd(rate)} per hour. How much does {n} earn in 4 weeks?"

    def solve(c):
        hw = c.mul([N(h), N(d)], "the hours per week", unit="hours")
        pw = c.mul([hw, M(rate)], "the pay per week")
        return c.mul([pw, N(4)], "the pay for 4 weeks")
    return dict(problem=prob, goal=f"how much {n} earns in 4 weeks", answer=f"{n} earns {{A}} in 4 weeks.", solve=solve)


@tpl("work_babysit_goal", "work")
def _(r):
    n, s, o, ps = person(r)
    rate = r.choice([10, 12, 12.5, 15])
    h1, h2 = r.randint(2, 5), r.randint(2, 6)
    extra = r.choice([15, 20, 35, 40, 55])
    cost = F_(rate) * (h1 + h2) + extra
    item = r.choice(["pair of sneakers", "concert ticket", "new phone case and charger", "art set"])
    prob = f"{n} charges {usd(rate)} per hour for babysitting. {cap(s)} babysits for {h1} hours on Saturday and {h2} hours on Sunday. {cap(s)} wants to buy a {item} that costs {usd(cost)}. How much more money does {n} need?"

    def solve(c):
        hrs = c.add([N(h1), N(h2)], "the total hours", unit="hours")
        earn = c.mul([hrs, M(rate)], "the money earned")
        return c.sub([M(cost), earn], "the money still needed")
    return dict(problem=prob, goal=f"how much more money {n} needs", answer=f"{n} needs {{A}} more.", solve=solve)


@tpl("work_hourly_days", "work")
def _(r):
    n = person(r)[0]
    d1, h1 = r.randint(2, 3), r.choice([6, 7, 8])
    d2, h2 = r.randint(1, 2), r.choice([3, 4, 5])
    rate = r.choice([15, 17.5, 18, 21])
    prob = f"{n} works {h1} hours a day on {d1} days and {h2} hours a day on {d2} days this week. {n} is paid {usd(rate)} per hour. How much does {n} earn this week?"

    def solve(c):
        a = c.mul([N(d1), N(h1)], "the hours on the long days", unit="hours")
        b = c.mul([N(d2), N(h2)], "the hours on the short days", unit="hours")
        t = c.add([a, b], "the total hours", unit="hours")
        return c.mul([t, M(rate)], "the weekly pay")
    return dict(problem=prob, goal=f"how much {n} earns", answer=f"{n} earns {{A}} this week.", solve=solve)


# ------------------------------------------------------------------ money with cents
@tpl("cents_coins", "cents", cents=True)
def _(r):
    n = person(r)[0]
    q, d, k = r.randint(5, 30), r.randint(4, 25), r.randint(3, 20)
    prob = f"{n}'s piggy bank has {q} quarters, {d} dimes, and {k} nickels. How much money is in the piggy bank?"

    def solve(c):
        a = c.mul([N(q), M(0.25)], "the value of the quarters")
        b = c.mul([N(d), M(0.10)], "the value of the dimes")
        e = c.mul([N(k), M(0.05)], "the value of the nickels")
        return c.add([a, b, e], "the total amount")
    return dict(problem=prob, goal="how much money is in the piggy bank", answer="There is {A} in the piggy bank.", solve=solve)


@tpl("cents_cafe", "cents", cents=True)
def _(r):
    n, s, o, ps = person(r)
    a, p = r.randint(2, 3), r.choice([3.75, 4.25, 2.95, 3.4])
    b, q = r.randint(2, 4), r.choice([2.45, 1.85, 3.1, 2.6])
    prob = f"{n} orders {a} coffees at {usd(p, True)} each and {b} bagels at {usd(q, True)} each. {cap(s)} pays with a $50 bill. How much change does {n} get?"

    def solve(c):
        x = c.mul([N(a), M(p)], "the cost of the coffees")
        y = c.mul([N(b), M(q)], "the cost of the bagels")
        t = c.add([x, y], "the total bill")
        return c.sub([M(50), t], "the change")
    return dict(problem=prob, goal=f"how much change {n} gets", answer=f"{n} gets {{A}} in change.", solve=solve)


@tpl("cents_gas", "cents", cents=True)
def _(r):
    n = person(r)[0]
    g = r.choice([8, 10, 12, 14, 15, 20])
    p = r.choice([3.49, 3.25, 2.99, 3.8, 4.1])
    w = r.choice([7.5, 8.25, 9.99, 12])
    prob = f"{n} buys {g} gallons of gas at {usd(p, True)} per gallon and gets a car wash for {usd(w, True)}. How much does {n} spend?"

    def solve(c):
        gs = c.mul([N(g), M(p)], "the cost of the gas")
        return c.add([gs, M(w)], "the total spent")
    return dict(problem=prob, goal=f"how much {n} spends", answer=f"{n} spends {{A}}.", solve=solve)


@tpl("cents_split_bill", "cents", cents=True)
def _(r):
    k = r.choice([3, 4, 5, 6])
    while True:
        meal = Fr(r.randint(3000, 9000), 100)
        des = r.choice([Fr(1250, 100), Fr(895, 100), Fr(1480, 100), Fr(600, 100)])
        if ((meal + des) / k * 100).denominator == 1:
            break
    prob = f"{k} coworkers have lunch together. The meals cost {usd(meal, True)} and dessert costs {usd(des, True)}. If they split the bill evenly, how much does each person pay?"

    def solve(c):
        t = c.add([M(meal), M(des)], "the total bill")
        return c.div(t, N(k), "each person's share")
    return dict(problem=prob, goal="how much each person pays", answer="Each person pays {A}.", solve=solve)


@tpl("cents_unit_cost", "cents", cents=True)
def _(r):
    n = person(r)[0]
    k = r.choice([4, 5, 8, 10])
    while True:
        tot = Fr(r.randint(500, 4000), 100)
        if (tot / k * 100).denominator == 1:
            break
    extra = r.randint(2, 6)
    prob = f"{n} paid {usd(tot, True)} for {k} identical bags of chips. How much would {extra} bags cost at the same price?"

    def solve(c):
        one = c.div(M(tot), N(k), "the price of one bag")
        return c.mul([N(extra), one], f"the cost of {extra} bags")
    return dict(problem=prob, goal=f"the cost of {extra} bags", answer=f"{extra} bags would cost {{A}}.", solve=solve)
