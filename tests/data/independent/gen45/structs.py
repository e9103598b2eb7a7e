"""Problem structures: number generation, problem text, and the worked solution (via Ctx)."""
from fractions import Fraction as F
from engine import V, Pct, FracOf, Invalid

NAMES = [('Maya', 'f'), ('Liam', 'm'), ('Priya', 'f'), ('Carlos', 'm'), ('Aisha', 'f'), ('Ben', 'm'),
         ('Sofia', 'f'), ('Noah', 'm'), ('Emma', 'f'), ('Jamal', 'm'), ('Mei', 'f'), ('Lucas', 'm'),
         ('Zara', 'f'), ('Mateo', 'm'), ('Hana', 'f'), ('Owen', 'm'), ('Leila', 'f'), ('Ravi', 'm'),
         ('Grace', 'f'), ('Diego', 'm'), ('Nora', 'f'), ('Sam', 'm'), ('Ines', 'f'), ('Kofi', 'm')]


class P:
    def __init__(s, r):
        s.name, g = r.choice(NAMES)
        s.she, s.her, s.hers = ('she', 'her', 'her') if g == 'f' else ('he', 'his', 'him')
        s.She, s.Her = s.she.capitalize(), s.her.capitalize()


class NS:
    def __init__(self, **k):
        self.__dict__.update(k)


def I(x, unit=None): return V(x, 'int', unit)
def M(x): return V(F(str(x)), 'money')
def D(x, unit=None): return V(F(str(x)), 'dec', unit)
def PC(x): return V(x, 'pct')


def mt(v):
    """money for problem text"""
    a = v.v if isinstance(v, V) else F(v)
    if a.denominator == 1:
        return f"${int(a):,}"
    return f"${float(a):,.2f}"


def nt(v):
    a = v.v if isinstance(v, V) else F(v)
    if a.denominator == 1:
        return f"{int(a):,}"
    s = f"{float(a):.3f}".rstrip('0').rstrip('.')
    return s


def rnd(x, to):
    x = F(x)
    return V((x / to + F(1, 2)).__floor__() * to, 'int')


STRUCTS = []


def struct(sid, topic):
    def deco(cls):
        cls.sid = sid
        cls.topic = topic
        STRUCTS.append(cls)
        return cls
    return deco


# ============================================================ shopping
@struct('notebooks', 'shopping')
class Notebooks:
    def gen(r):
        while True:
            q1 = r.randint(3, 8); p1 = F(r.choice(['1.25', '1.50', '1.75', '2.25', '2.50', '2.75', '3.25', '3.50']))
            q2 = r.randint(2, 6); p2 = F(r.choice(['0.75', '0.85', '0.90', '1.10', '1.20', '1.35', '1.45']))
            tot = q1 * p1 + q2 * p2
            bill = min(b for b in (20, 30, 40, 50, 100) if b > tot + 1)
            return NS(P=P(r), q1=I(q1), p1=M(p1), q2=I(q2), p2=M(p2), bill=M(bill))

    def setup(N):
        return (f"{N.P.name} buys {nt(N.q1)} notebooks that cost {mt(N.p1)} each and {nt(N.q2)} pens that cost "
                f"{mt(N.p2)} each. {N.P.She} pays with a {mt(N.bill)} bill.")

    def qs(N):
        return ["How much do the notebooks cost?", "What is the total cost of the notebooks and pens?",
                f"How much change should {N.P.she} get?"]

    def solve(S, N):
        S.part('a', 'Cost of the notebooks')
        nb = S.step(N.q1 * N.p1, 'money', label='cost of the notebooks',
                    how='multiply the number of notebooks by the price of one')
        S.answer(nb, "The notebooks cost {v}.")
        S.part('b', 'Total cost')
        pens = S.step(N.q2 * N.p2, 'money', label='cost of the pens', how='multiply the number of pens by the price per pen')
        tot = S.step(nb + pens, 'money', label='total cost', how='add the notebooks and the pens')
        S.answer(tot, f"{N.P.name} spends {{v}} altogether.")
        S.part('c', 'Change')
        ch = S.step(N.bill - tot, 'money', label='change', how='subtract the total from the amount paid')
        S.check(ch + tot, 'money', note='change + total')
        S.answer(ch, f"{N.P.She} should get {{v}} in change.")


@struct('bulkpack', 'shopping')
class BulkPack:
    def gen(r):
        n = r.choice([6, 8, 10, 12])
        u = F(r.choice([45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95]), 100)
        single = u + F(r.choice([10, 15, 20, 25, 30, 35, 40]), 100)
        return NS(P=P(r), n=I(n), pack=M(n * u), single=M(single))

    def setup(N):
        return (f"At the corner store, a pack of {nt(N.n)} juice boxes costs {mt(N.pack)}. "
                f"A single juice box costs {mt(N.single)}.")

    def qs(N):
        return ["How much does each juice box cost when you buy the pack?",
                f"How much would {nt(N.n)} juice boxes cost if you bought them one at a time?",
                "How much do you save by buying the pack?"]

    def solve(S, N):
        S.part('a', 'Price per juice box in the pack')
        u = S.step(N.pack / N.n, 'money', label='price per box', how='divide the pack price by the number of boxes')
        S.check(u * N.n, 'money')
        S.answer(u, "Each juice box in the pack costs {v}.")
        S.part('b', 'Buying them one at a time')
        singles = S.step(N.n * N.single, 'money', label='cost of single boxes', how='multiply the single price by the number of boxes')
        S.answer(singles, f"Buying {nt(N.n)} single boxes costs {{v}}.")
        S.part('c', 'Savings')
        sav = S.step(singles - N.pack, 'money', label='savings', how='subtract the pack price from the singles total')
        S.check(sav + N.pack, 'money', note='savings + pack price')
        S.answer(sav, "You save {v} by buying the pack.")


@struct('discount', 'shopping')
class Discount:
    def gen(r):
        price = r.choice([40, 45, 60, 64, 72, 80, 90, 96, 120, 125, 150])
        pct = r.choice([10, 15, 20, 25, 30, 40])
        k = r.randint(2, 4)
        item = r.choice(['jacket', 'pair of sneakers', 'backpack', 'lamp', 'board game'])
        return NS(P=P(r), price=M(price), pct=PC(pct), k=I(k), item=item)

    def setup(N):
        return f"A {N.item} regularly costs {mt(N.price)}. This week it is on sale for {nt(N.pct)}% off."

    def qs(N):
        return ["How much is the discount?", "What is the sale price?",
                f"How much would {nt(N.k)} of them cost at the sale price?"]

    def solve(S, N):
        S.part('a', 'The discount')
        disc = S.step(Pct(N.pct, N.price), 'money', label='discount', how=f'take {nt(N.pct)}% of the regular price')
        S.answer(disc, "The discount is {v}.")
        S.part('b', 'Sale price')
        S.method(1, 'subtract the discount')
        sale = S.step(N.price - disc, 'money', label='sale price', how='subtract the discount from the regular price')
        S.method(2, 'percent you pay')
        rest = S.step(PC(100) - N.pct, 'pct', label='percent paid', how='find the percent you still pay')
        sale2 = S.step(Pct(rest, N.price), 'money', label='sale price', how=f'take that percent of the regular price')
        S.same(sale, sale2)
        S.answer(sale, "The sale price is {v}.")
        S.part('c', f'Cost of {nt(N.k)}')
        tot = S.step(N.k * sale, 'money', label='cost of the order', how='multiply the sale price by how many you buy')
        S.answer(tot, f"{nt(N.k)} of them cost {{v}}.")


@struct('saving', 'shopping')
class Saving:
    def gen(r):
        save = r.randint(4, 9)
        allow = save + r.randint(3, 8)
        w = r.randint(3, 6)
        k = r.randint(6, 15)
        game = r.choice(['video game', 'skateboard', 'pair of headphones', 'telescope'])
        return NS(P=P(r), save=M(save), allow=M(allow), w=I(w), cost=M(save * k), game=game)

    def setup(N):
        return (f"{N.P.name} gets {mt(N.allow)} of allowance each week and saves {mt(N.save)} of it. "
                f"{N.P.She} wants a {N.game} that costs {mt(N.cost)}.")

    def qs(N):
        return [f"How much does {N.P.she} save in {nt(N.w)} weeks?",
                f"How many weeks will it take {N.P.hers} to save enough for the {N.game}?",
                f"How much of {N.P.her} allowance does {N.P.she} spend during those weeks?"]

    def solve(S, N):
        S.part('a', f'Savings after {nt(N.w)} weeks')
        a = S.step(N.w * N.save, 'money', label='savings so far', how='multiply the weekly savings by the number of weeks')
        S.answer(a, f"{N.P.She} saves {{v}} in {nt(N.w)} weeks.")
        S.part('b', 'Weeks needed')
        wk = S.step(N.cost / N.save, 'int', label='number of weeks', how='divide the price by the weekly savings')
        S.check(wk * N.save, 'money')
        S.answer(wk, f"It takes {{v}} weeks.", short='{v} weeks')
        S.part('c', 'Allowance spent')
        sp = S.step(N.allow - N.save, 'money', label='amount spent each week', how='subtract the savings from the allowance')
        tot = S.step(wk * sp, 'money', label='amount spent in total', how='multiply by the number of weeks')
        S.answer(tot, f"{N.P.She} spends {{v}} of {N.P.her} allowance in that time.")


@struct('bakery', 'sharing')
class Bakery:
    def gen(r):
        while True:
            trays = r.randint(3, 9); per = r.choice([8, 10, 12, 15, 16, 18, 20, 24])
            box = r.choice([4, 6, 8])
            if (trays * per) % box == 0 and trays * per // box >= 4:
                price = F(r.choice(['5', '6', '7.50', '8', '9', '4.50', '10']))
                return NS(P=P(r), trays=I(trays), per=I(per), box=I(box), price=M(price))

    def setup(N):
        return (f"A bakery makes {nt(N.trays)} trays of muffins with {nt(N.per)} muffins on each tray. "
                f"The muffins are packed in boxes of {nt(N.box)}, and each box sells for {mt(N.price)}.")

    def qs(N):
        return ["How many muffins does the bakery make?", "How many boxes can be filled?",
                "How much money does the bakery make if it sells every box?"]

    def solve(S, N):
        S.part('a', 'Total muffins')
        tot = S.step(N.trays * N.per, 'int', label='number of muffins', how='multiply the trays by the muffins per tray')
        S.answer(tot, "The bakery makes {v} muffins.", short='{v} muffins')
        S.part('b', 'Boxes')
        bx = S.step(tot / N.box, 'int', label='number of boxes', how='divide the muffins by the box size')
        S.check(bx * N.box, 'int')
        S.answer(bx, "They can fill {v} boxes.", short='{v} boxes')
        S.part('c', 'Money from sales')
        money = S.step(bx * N.price, 'money', label='sales', how='multiply the boxes by the price per box')
        S.answer(money, "The bakery makes {v}.")


@struct('fruit', 'shopping')
class Fruit:
    def gen(r):
        pa = F(r.choice(['2.40', '3.20', '2.80', '3.60', '1.80', '4.20']))
        pg = F(r.choice(['4.50', '5.00', '3.80', '6.20', '4.40']))
        wa = F(r.choice(['1.5', '2', '2.5', '3', '0.5', '3.5']))
        wg = F(r.choice(['0.5', '1', '1.5', '2']))
        return NS(P=P(r), pa=M(pa), pg=M(pg), wa=D(wa, 'kg'), wg=D(wg, 'kg'))

    def setup(N):
        return (f"At the market, apples cost {mt(N.pa)} per kilogram and grapes cost {mt(N.pg)} per kilogram. "
                f"{N.P.name} buys {nt(N.wa)} kg of apples and {nt(N.wg)} kg of grapes.")

    def qs(N):
        return ["How much do the apples cost?", "How much do the grapes cost?", "What is the total cost?"]

    def solve(S, N):
        S.part('a', 'Apples')
        a = S.step(N.wa * N.pa, 'money', label='cost of the apples', how='multiply the weight by the price per kilogram')
        S.answer(a, "The apples cost {v}.")
        S.part('b', 'Grapes')
        g = S.step(N.wg * N.pg, 'money', label='cost of the grapes', how='multiply the weight of grapes by their price per kilogram')
        S.answer(g, "The grapes cost {v}.")
        S.part('c', 'Total')
        t = S.step(a + g, 'money', label='total cost', how='add the two costs')
        S.check(t - g, 'money', note='total minus grapes')
        S.answer(t, f"{N.P.name} pays {{v}} in total.")


@struct('tickets', 'shopping')
class Tickets:
    def gen(r):
        adult = F(r.choice(['12', '14.50', '15', '16.25', '18', '22.50', '11.75']))
        child = F(r.choice(['6', '7.25', '8', '8.50', '9', '5.75']))
        return NS(P=P(r), adult=M(adult), child=M(child), na=I(r.randint(2, 6)), nc=I(r.randint(3, 9)),
                  place=r.choice(['museum', 'zoo', 'science center', 'aquarium']))

    def setup(N):
        return (f"Tickets to the {N.place} cost {mt(N.adult)} for adults and {mt(N.child)} for children. "
                f"A group of {nt(N.na)} adults and {nt(N.nc)} children visits.")

    def qs(N):
        return ["How much do the adult tickets cost?", "How much do the children's tickets cost?",
                "What is the total cost for the group?"]

    def solve(S, N):
        S.part('a', 'Adult tickets')
        a = S.step(N.na * N.adult, 'money', label='adult total', how='multiply the number of adults by the adult price')
        S.answer(a, "The adult tickets cost {v}.")
        S.part('b', "Children's tickets")
        c = S.step(N.nc * N.child, 'money', label="children's total", how="multiply the number of children by the child price")
        S.answer(c, "The children's tickets cost {v}.")
        S.part('c', 'Total for the group')
        t = S.step(a + c, 'money', label='total', how='add the two amounts')
        S.check(t - a, 'money', note="total minus adults")
        S.answer(t, "The group pays {v} in total.")


@struct('restaurant', 'sharing')
class Restaurant:
    def gen(r):
        while True:
            n = r.choice([2, 3, 4, 5, 6])
            pct = r.choice([10, 15, 20])
            bill = r.randint(24, 120)
            tot = F(bill) * (100 + pct) / 100
            if (tot / n * 100).denominator == 1 and (F(bill) * pct / 100 * 100).denominator == 1:
                return NS(P=P(r), n=I(n), pct=PC(pct), bill=M(bill))

    def setup(N):
        return (f"{nt(N.n)} friends have dinner, and the bill comes to {mt(N.bill)}. "
                f"They add a {nt(N.pct)}% tip and split the total equally.")

    def qs(N):
        return ["How much is the tip?", "What is the total including the tip?", "How much does each friend pay?"]

    def solve(S, N):
        S.part('a', 'The tip')
        tip = S.step(Pct(N.pct, N.bill), 'money', label='tip', how=f'find {nt(N.pct)}% of the bill')
        S.answer(tip, "The tip is {v}.")
        S.part('b', 'Total with tip')
        S.method(1, 'add the tip')
        tot = S.step(N.bill + tip, 'money', label='total', how='add the tip to the bill')
        S.method(2, 'percent of the bill')
        pp = S.step(PC(100) + N.pct, 'pct', label='percent of the bill paid', how='add the tip percent to 100%')
        tot2 = S.step(Pct(pp, N.bill), 'money', label='total', how='take that percent of the bill')
        S.same(tot, tot2)
        S.answer(tot, "The total comes to {v}.")
        S.part('c', 'Each share')
        each = S.step(tot / N.n, 'money', label='share per person', how='divide the total by the number of friends')
        S.check(each * N.n, 'money', note='multiply back')
        S.answer(each, "Each friend pays {v}.")


@struct('budget', 'shopping')
class Budget:
    def gen(r):
        while True:
            money = r.choice([20, 25, 30, 40, 50])
            a = F(r.randint(450, 1200), 100); b = F(r.randint(300, 1500), 100)
            k = r.randint(2, 6); st = F(r.choice([25, 35, 40, 45, 50, 75]), 100)
            if money - a - b - k * st > 1:
                return NS(P=P(r), money=M(money), a=M(a), b=M(b), k=I(k), st=M(st))

    def setup(N):
        return (f"{N.P.name} has {mt(N.money)}. {N.P.She} spends {mt(N.a)} on lunch and {mt(N.b)} on a book. "
                f"Later {N.P.she} buys {nt(N.k)} stickers for {mt(N.st)} each.")

    def qs(N):
        return ["How much does lunch and the book cost together?", "How much money is left after lunch and the book?",
                "How much money is left after buying the stickers?"]

    def solve(S, N):
        S.part('a', 'Lunch and book')
        sp = S.step(N.a + N.b, 'money', label='amount spent', how='add the lunch and the book')
        S.answer(sp, "Lunch and the book cost {v} together.")
        S.part('b', 'Money left')
        left = S.step(N.money - sp, 'money', label='money left', how='subtract the spending from what she started with'
                      if N.P.she == 'she' else 'subtract the spending from what he started with')
        S.check(left + sp, 'money')
        S.answer(left, f"{N.P.She} has {{v}} left.")
        S.part('c', 'After the stickers')
        stk = S.step(N.k * N.st, 'money', label='cost of the stickers', how='multiply the stickers by the price of one')
        fin = S.step(left - stk, 'money', label='money left', how='subtract that from the money left')
        S.answer(fin, f"{N.P.She} has {{v}} left at the end.")


@struct('unitprice', 'shopping')
class UnitPrice:
    def gen(r):
        while True:
            s1, s2 = r.choice([(12, 18), (10, 16), (12, 20), (8, 14), (15, 24)])
            p1 = F(r.randint(250, 480), 100); p2 = F(r.randint(320, 650), 100)
            u1, u2 = p1 / s1, p2 / s2
            try:
                r1 = round_c(u1); r2 = round_c(u2)
            except Invalid:
                continue
            if p2 > p1 and u2 < u1 and r1 - r2 >= F(1, 100):
                return NS(P=P(r), s1=I(s1), s2=I(s2), p1=M(p1), p2=M(p2), item=r.choice(['cereal', 'crackers', 'granola']))

    def setup(N):
        return (f"A {nt(N.s1)}-ounce box of {N.item} costs {mt(N.p1)} and a {nt(N.s2)}-ounce box costs {mt(N.p2)}.")

    def qs(N):
        return ["What is the price per ounce of the small box, to the nearest cent?",
                "What is the price per ounce of the large box, to the nearest cent?",
                "How much more does the large box cost than the small box?"]

    def solve(S, N):
        S.part('a', 'Small box per ounce')
        a = S.approx(N.p1 / N.s1, 2, 'money', label='price per ounce', how='divide the price by the number of ounces')
        S.answer(a, "The small box costs about {v} per ounce.", short='about {v} per ounce')
        S.part('b', 'Large box per ounce')
        b = S.approx(N.p2 / N.s2, 2, 'money', label='price per ounce', how='divide the price by the number of ounces')
        S.text(f"The large box is cheaper per ounce.", f"So the large box is the better deal per ounce.")
        S.answer(b, "The large box costs about {v} per ounce.", short='about {v} per ounce')
        S.part('c', 'Difference in price')
        d = S.step(N.p2 - N.p1, 'money', label='difference', how='subtract the small price from the large price')
        S.check(d + N.p1, 'money')
        S.answer(d, "The large box costs {v} more.")


def round_c(x):
    x = F(x) * 100
    fl = x.numerator // x.denominator
    if x - fl == F(1, 2):
        raise Invalid('tie')
    return F(fl + (1 if x - fl > F(1, 2) else 0), 100)


# ============================================================ travel
@struct('roadtrip', 'travel')
class RoadTrip:
    def gen(r):
        s1 = r.choice([58, 62, 65, 72, 75, 88, 92, 95, 105]); h1 = r.randint(2, 5)
        s2 = r.choice([40, 45, 50, 55, 60, 80]); h2 = r.randint(2, 3)
        return NS(P=P(r), s1=I(s1, 'km/h'), h1=I(h1, 'h'), s2=I(s2, 'km/h'), h2=I(h2, 'h'))

    def setup(N):
        return (f"{N.P.name}'s family drives at {nt(N.s1)} km/h for {nt(N.h1)} hours on the highway, then at "
                f"{nt(N.s2)} km/h for {nt(N.h2)} hours on country roads.")

    def qs(N):
        return ["How far do they drive on the highway?", "How far do they drive on country roads?",
                "How far do they drive in total?"]

    def solve(S, N):
        S.part('a', 'Highway distance')
        if N.s1.v % 10:
            e = S.est(rnd(N.s1.v, 10) * N.h1, 'int', 'km')
        h = S.step(N.s1 * N.h1, 'int', 'km', label='highway distance', how='multiply the speed by the time')
        if N.s1.v % 10:
            S.close(e, h)
        S.answer(h, "They drive {v} on the highway.")
        S.part('b', 'Country-road distance')
        c = S.step(N.s2 * N.h2, 'int', 'km', label='country-road distance', how='multiply that speed by its time')
        S.answer(c, "They drive {v} on country roads.")
        S.part('c', 'Total distance')
        t = S.step(h + c, 'int', 'km', label='total distance', how='add the two distances')
        S.check(t - c, 'int', 'km')
        S.answer(t, "They drive {v} altogether.")


@struct('fuel', 'travel')
class Fuel:
    def gen(r):
        kpl = r.choice([8, 10, 12, 15, 16, 20]); L = r.randint(6, 30)
        price = F(r.choice(['1.50', '1.60', '1.75', '1.80', '1.25', '2.00']))
        return NS(P=P(r), kpl=I(kpl, 'km'), dist=I(kpl * L, 'km'), price=M(price))

    def setup(N):
        return (f"{N.P.name}'s car goes {nt(N.kpl)} km on 1 liter of fuel. {N.P.She} drives to a town "
                f"{nt(N.dist)} km away. Fuel costs {mt(N.price)} per liter.")

    def qs(N):
        return ["How many liters of fuel does the trip there use?", "How much does that fuel cost?",
                "How much does fuel for the round trip cost?"]

    def solve(S, N):
        S.part('a', 'Fuel used')
        L = S.step(N.dist / N.kpl, 'int', 'L', label='fuel used', how='divide the distance by the kilometers per liter')
        S.check(L * N.kpl, 'int', 'km')
        S.answer(L, "The trip uses {v} of fuel.")
        S.part('b', 'Cost of the fuel')
        c = S.step(L * N.price, 'money', label='fuel cost', how='multiply the liters by the price per liter')
        S.answer(c, "The fuel costs {v}.")
        S.part('c', 'Round trip')
        S.method(1, 'double the cost')
        rt = S.step(2 * c, 'money', label='round-trip cost', how='double the one-way cost')
        S.method(2, 'double the fuel first')
        L2 = S.step(2 * L, 'int', 'L', label='round-trip fuel', how='double the liters')
        rt2 = S.step(L2 * N.price, 'money', label='round-trip cost', how='multiply by the price per liter')
        S.same(rt, rt2)
        S.answer(rt, "Fuel for the round trip costs {v}.")


@struct('train', 'time')
class Train:
    def gen(r):
        return NS(P=P(r), h=I(r.randint(2, 4), 'h'), m=I(r.choice([5, 10, 15, 20, 25, 35, 40, 45, 50]), 'min'),
                  extra=I(r.choice([12, 15, 18, 20, 25, 30]), 'min'))

    def setup(N):
        return (f"A train trip from Easton to Bayview takes {nt(N.h)} hours and {nt(N.m)} minutes. "
                f"The return trip takes {nt(N.extra)} minutes longer.")

    def qs(N):
        return ["How many minutes does the trip to Bayview take?", "How many minutes does the return trip take?",
                "How many minutes do the two trips take altogether?"]

    def solve(S, N):
        S.part('a', 'Trip to Bayview in minutes')
        S.fact('1 hour = 60 minutes')
        hm = S.step(N.h * 60, 'int', 'min', label='minutes in the whole hours', how='multiply the hours by 60')
        a = S.step(hm + N.m, 'int', 'min', label='trip length', how='add the extra minutes')
        S.answer(a, "The trip takes {v}.")
        S.part('b', 'Return trip')
        b = S.step(a + N.extra, 'int', 'min', label='return trip', how='add the extra minutes to the first trip')
        S.answer(b, "The return trip takes {v}.")
        S.part('c', 'Both trips')
        c = S.step(a + b, 'int', 'min', label='total time', how='add the two trips')
        S.check(c - b, 'int', 'min')
        S.answer(c, "Together the trips take {v}.")


@struct('laps', 'travel')
class Laps:
    def gen(r):
        while True:
            lap = r.choice([400, 250, 500, 800]); n = r.randint(4, 18)
            m = lap * n
            goal = r.choice([5, 8, 10, 12, 15])
            if goal * 1000 > m + 500:
                return NS(P=P(r), lap=I(lap, 'm'), n=I(n), goal=I(goal, 'km'))

    def setup(N):
        return (f"{N.P.name} bikes around a track that is {nt(N.lap)} meters long. {N.P.She} rides {nt(N.n)} laps. "
                f"{N.P.Her} goal for the day is {nt(N.goal)} km.")

    def qs(N):
        return ["How many meters does she ride?".replace('she', N.P.she), "How many kilometers is that?",
                f"How many more kilometers does {N.P.she} need to reach {N.P.her} goal?"]

    def solve(S, N):
        S.part('a', 'Meters ridden')
        m = S.step(N.lap * N.n, 'int', 'm', label='distance in meters', how='multiply the lap length by the number of laps')
        S.answer(m, f"{N.P.She} rides {{v}}.")
        S.part('b', 'In kilometers')
        S.fact('1 km = 1,000 m')
        km = S.step(m / 1000, 'dec', 'km', label='distance in kilometers', how='divide the meters by 1,000')
        S.answer(km, "That's {v}.")
        S.part('c', 'Distance still to go')
        rest = S.step(N.goal - km, 'dec', 'km', label='distance left', how='subtract from the goal')
        S.check(rest + km, 'dec', 'km')
        S.answer(rest, f"{N.P.She} needs {{v}} more.")


@struct('avgspeed', 'travel')
class AvgSpeed:
    def gen(r):
        while True:
            t1 = r.randint(2, 4); t2 = r.randint(2, 3); sp = r.choice([12, 14, 15, 16, 18, 20])
            T = t1 + t2; D = sp * T
            d1 = r.randint(8, D - 8)
            return NS(P=P(r), d1=I(d1, 'km'), d2=I(D - d1, 'km'), t1=I(t1, 'h'), t2=I(t2, 'h'))

    def setup(N):
        return (f"A cyclist rides {nt(N.d1)} km in the morning and {nt(N.d2)} km in the afternoon. The morning ride "
                f"takes {nt(N.t1)} hours and the afternoon ride takes {nt(N.t2)} hours.")

    def qs(N):
        return ["What is the total distance?", "What is the total riding time?", "What is the average speed for the day?"]

    def solve(S, N):
        S.part('a', 'Total distance')
        D = S.step(N.d1 + N.d2, 'int', 'km', label='total distance', how='add the two distances')
        S.answer(D, "The cyclist rides {v} in all.")
        S.part('b', 'Total time')
        T = S.step(N.t1 + N.t2, 'int', 'h', label='total time', how='add the two times')
        S.answer(T, "The riding time is {v}.", short='{v}')
        S.part('c', 'Average speed')
        sp = S.step(D / T, 'int', 'km/h', label='average speed', how='divide the total distance by the total time')
        S.check(sp * T, 'int', 'km')
        S.answer(sp, "The average speed is {v}.")


@struct('walkschool', 'travel')
class WalkSchool:
    def gen(r):
        d = F(r.choice(['1.2', '1.5', '0.8', '2.4', '1.6', '0.9', '1.3']))
        return NS(P=P(r), d=D(d, 'km'), days=I(5), weeks=I(r.choice([3, 4, 6])))

    def setup(N):
        return (f"{N.P.name} lives {nt(N.d)} km from school. {N.P.She} walks to school and back home every school day, "
                f"5 days a week.")

    def qs(N):
        return ["How far does she walk each school day?".replace('she', N.P.she), "How far does she walk in a week?".replace('she', N.P.she),
                f"How far does {N.P.she} walk in {nt(N.weeks)} weeks?"]

    def solve(S, N):
        S.part('a', 'Each day')
        day = S.step(2 * N.d, 'dec', 'km', label='daily distance', how='double the distance, since it is there and back')
        S.answer(day, f"{N.P.She} walks {{v}} each day.")
        S.part('b', 'Each week')
        naive = S.step(N.days * N.d, 'dec', 'km', label='one-way trips in a week', how='multiply the distance to school by 5 days')
        S.trap('That only counts the walks to school, so use the daily round trip instead.',
               'that only counts the walks to school. Each day is a round trip, so I should use the daily distance.')
        wk = S.step(N.days * day, 'dec', 'km', label='weekly distance', how='multiply the daily distance by 5', not_val=naive)
        S.answer(wk, f"{N.P.She} walks {{v}} in a week.")
        S.part('c', f'{nt(N.weeks)} weeks')
        S.method(1, 'week by week')
        t = S.step(N.weeks * wk, 'dec', 'km', label='total distance', how='multiply the weekly distance by the number of weeks')
        S.method(2, 'count the school days')
        nd = S.step(N.weeks * N.days, 'int', label='school days', how='count the school days')
        t2 = S.step(nd * day, 'dec', 'km', label='total distance', how='multiply by the daily distance')
        S.same(t, t2)
        S.answer(t, f"{N.P.She} walks {{v}} in {nt(N.weeks)} weeks.")


@struct('buses', 'sharing')
class Buses:
    def gen(r):
        while True:
            c = r.randint(3, 8); per = r.randint(22, 31); cap = r.choice([30, 40, 45, 50, 52])
            tot = c * per
            if tot % cap and tot > 2 * cap:
                return NS(P=P(r), c=I(c), per=I(per), cap=I(cap))

    def setup(N):
        return (f"{nt(N.c)} classes with {nt(N.per)} students each are going on a field trip. Each bus holds "
                f"{nt(N.cap)} students.")

    def qs(N):
        return ["How many students are going?", "How many buses are needed?", "How many empty seats will there be?"]

    def solve(S, N):
        S.part('a', 'Students')
        tot = S.step(N.c * N.per, 'int', label='number of students', how='multiply the classes by the students per class')
        S.answer(tot, "{v} students are going.", short='{v} students')
        S.part('b', 'Buses')
        q, rm = S.divmod(tot, N.cap, label='full buses', how='divide the students by the bus size')
        if rm.v > 0:
            S.trap(f"The {nt(rm)} extra students still need a bus, so round up.",
                   f"{nt(q)} buses would leave {nt(rm)} students behind. They need one more bus.")
            b = S.step(q + 1, 'int', label='buses needed', how='add one bus for the leftover students', not_val=q)
        else:
            b = q
        S.answer(b, "They need {v} buses.", short='{v} buses')
        S.part('c', 'Empty seats')
        seats = S.step(b * N.cap, 'int', label='seats', how='multiply the buses by the seats per bus')
        e = S.step(seats - tot, 'int', label='empty seats', how='subtract the students')
        S.answer(e, "There will be {v} empty seats.", short='{v} empty seats')


# ============================================================ sharing
@struct('stickers', 'sharing')
class Stickers:
    def gen(r):
        while True:
            packs = r.randint(3, 9); per = r.choice([8, 10, 12, 15, 24, 25]); k = r.randint(3, 8)
            if (packs * per) % k:
                return NS(P=P(r), packs=I(packs), per=I(per), k=I(k))

    def setup(N):
        return (f"{N.P.name} has {nt(N.packs)} packs of stickers with {nt(N.per)} stickers in each pack. "
                f"{N.P.She} shares them as evenly as possible among {nt(N.k)} friends, giving each friend the same number.")

    def qs(N):
        return ["How many stickers are there in all?", "How many stickers does each friend get?",
                "How many stickers are left over?"]

    def solve(S, N):
        S.part('a', 'Total stickers')
        tot = S.step(N.packs * N.per, 'int', label='total stickers', how='multiply the packs by the stickers per pack')
        S.answer(tot, "There are {v} stickers.", short='{v} stickers')
        S.part('b', 'Stickers per friend')
        q, rm = S.divmod(tot, N.k, label='share per friend', how='divide the stickers among the friends')
        S.answer(q, "Each friend gets {v} stickers.", short='{v} each')
        S.part('c', 'Left over')
        S.text(f"The remainder is what is left over.")
        back = S.check(q * N.k + rm, 'int', note='shares plus leftover')
        S.answer(rm, "{v} stickers are left over.", short='{v} left over')


@struct('pizza', 'sharing')
class Pizza:
    def gen(r):
        while True:
            n = r.randint(2, 6); sl = r.choice([6, 8, 10, 12]); p = r.randint(3, 9)
            if (n * sl) % p == 0 and n * sl // p >= 3:
                each = n * sl // p
                e = r.randint(2, each - 1)
                return NS(P=P(r), n=I(n), sl=I(sl), p=I(p), e=I(e))

    def setup(N):
        return (f"For a party, {nt(N.n)} pizzas are each cut into {nt(N.sl)} slices. The {nt(N.p)} guests share "
                f"all the slices equally, and each guest eats {nt(N.e)} slices right away.")

    def qs(N):
        return ["How many slices are there?", "How many slices does each guest get?",
                "How many slices are not eaten right away?"]

    def solve(S, N):
        S.part('a', 'Slices')
        t = S.step(N.n * N.sl, 'int', label='number of slices', how='multiply the pizzas by the slices per pizza')
        S.answer(t, "There are {v} slices.", short='{v} slices')
        S.part('b', 'Slices per guest')
        each = S.step(t / N.p, 'int', label='slices per guest', how='divide the slices by the number of guests')
        S.check(each * N.p, 'int')
        S.answer(each, "Each guest gets {v} slices.", short='{v} slices each')
        S.part('c', 'Slices left')
        l1 = S.step(each - N.e, 'int', label='slices left per guest', how='subtract what each guest eats')
        left = S.step(l1 * N.p, 'int', label='slices left', how='multiply by the number of guests')
        S.check(left / N.p, 'int', note='share it back out')
        S.answer(left, "{v} slices are not eaten right away.", short='{v} slices')


@struct('marbles', 'sharing')
class Marbles:
    def gen(r):
        while True:
            n, d = r.choice([(1, 4), (1, 3), (2, 5), (3, 8), (1, 5), (3, 4)])
            k = r.randint(2, 6)
            m = d * r.randint(4, 20)
            rest = m - m * n // d
            if rest % k == 0:
                return NS(P=P(r), m=I(m), n=n, d=d, k=I(k))

    def setup(N):
        return (f"{N.P.name} has {nt(N.m)} marbles. {N.P.She} gives {N.n}/{N.d} of them to {N.P.her} cousin, "
                f"then shares the rest equally among {nt(N.k)} friends.")

    def qs(N):
        return ["How many marbles does the cousin get?", "How many marbles are left to share?",
                "How many marbles does each friend get?"]

    def solve(S, N):
        S.part('a', "Cousin's marbles")
        c = S.step(FracOf(N.n, N.d, N.m), 'int', label="cousin's share", how=f'find {N.n}/{N.d} of the marbles')
        S.answer(c, "The cousin gets {v} marbles.", short='{v} marbles')
        S.part('b', 'Marbles left')
        rest = S.step(N.m - c, 'int', label='marbles left', how='subtract the cousin\'s marbles')
        S.answer(rest, "{v} marbles are left.", short='{v} marbles')
        S.part('c', 'Each friend')
        each = S.step(rest / N.k, 'int', label='marbles per friend', how='divide the rest by the number of friends')
        S.check(each * N.k, 'int', note='multiply back')
        S.answer(each, "Each friend gets {v} marbles.", short='{v} marbles each')


@struct('carwash', 'sharing')
class CarWash:
    def gen(r):
        while True:
            kids = r.randint(3, 8); cars = r.randint(15, 60); price = r.choice([5, 6, 8, 10, 12])
            sup = r.randint(10, 60)
            if (cars * price - sup) % kids == 0 and cars * price > sup:
                return NS(P=P(r), kids=I(kids), cars=I(cars), price=M(price), sup=M(sup))

    def setup(N):
        return (f"{nt(N.kids)} kids run a car wash. They wash {nt(N.cars)} cars and charge {mt(N.price)} per car. "
                f"They spent {mt(N.sup)} on soap and sponges.")

    def qs(N):
        return ["How much money do they take in?", "How much is left after paying for supplies?",
                "If they split what is left equally, how much does each kid get?"]

    def solve(S, N):
        S.part('a', 'Money taken in')
        if N.cars.v % 10:
            e = S.est(rnd(N.cars.v, 10) * N.price, 'money')
        t = S.step(N.cars * N.price, 'money', label='money taken in', how='multiply the cars by the price per car')
        if N.cars.v % 10:
            S.close(e, t)
        S.answer(t, "They take in {v}.")
        S.part('b', 'After supplies')
        left = S.step(t - N.sup, 'money', label='money left', how='subtract the cost of supplies')
        S.answer(left, "{v} is left.")
        S.part('c', 'Each share')
        each = S.step(left / N.kids, 'money', label='share per kid', how='divide by the number of kids')
        S.check(each * N.kids, 'money', note='multiply back')
        S.answer(each, "Each kid gets {v}.")


@struct('goodybags', 'shopping')
class GoodyBags:
    def gen(r):
        while True:
            kids = r.randint(8, 24); per = r.randint(3, 8); pack = r.choice([20, 24, 25, 30, 40, 50])
            need = kids * per
            if need % pack and need > 2 * pack:
                price = F(r.choice(['2.50', '3', '3.25', '4', '4.75', '5.50']))
                return NS(P=P(r), kids=I(kids), per=I(per), pack=I(pack), price=M(price))

    def setup(N):
        return (f"{N.P.name} is making goody bags for {nt(N.kids)} kids, with {nt(N.per)} candies in each bag. "
                f"Candies come in bags of {nt(N.pack)}, and each bag costs {mt(N.price)}.")

    def qs(N):
        return ["How many candies are needed?", "How many bags of candy must be bought?",
                "How much will the candy cost?"]

    def solve(S, N):
        S.part('a', 'Candies needed')
        need = S.step(N.kids * N.per, 'int', label='candies needed', how='multiply the kids by the candies per bag')
        S.answer(need, "{v} candies are needed.", short='{v} candies')
        S.part('b', 'Bags to buy')
        q, rm = S.divmod(need, N.pack, label='full bags', how='divide the candies needed by the bag size')
        if rm.v > 0:
            S.trap(f"{nt(q)} bags are not quite enough, so round up to the next whole bag.",
                   f"{nt(q)} bags would be {nt(rm)} candies short, so one more bag is needed.")
            b = S.step(q + 1, 'int', label='bags to buy', how='round up by one bag', not_val=q)
        else:
            b = q
        S.answer(b, f"{N.P.She} must buy {{v}} bags.", short='{v} bags')
        S.part('c', 'Cost')
        c = S.step(b * N.price, 'money', label='cost', how='multiply the bags by the price per bag')
        S.answer(c, "The candy costs {v}.")


# ============================================================ area
@struct('garden', 'area')
class Garden:
    def gen(r):
        l = r.randint(6, 25); w = r.randint(3, l - 1)
        pf = F(r.choice(['4', '5.50', '6', '7.25', '8', '9.50', '12']))
        return NS(P=P(r), l=I(l, 'm'), w=I(w, 'm'), pf=M(pf))

    def setup(N):
        return (f"A rectangular garden is {nt(N.l)} m long and {nt(N.w)} m wide. Fencing costs {mt(N.pf)} per meter.")

    def qs(N):
        return ["What is the area of the garden?", "What is the perimeter of the garden?",
                "How much will it cost to fence the whole garden?"]

    def solve(S, N):
        S.part('a', 'Area')
        a = S.step(N.l * N.w, 'int', 'm²', label='area', how='multiply the length by the width')
        S.answer(a, "The area is {v}.")
        S.part('b', 'Perimeter')
        S.method(1, 'twice length plus width')
        p = S.step(2 * (N.l + N.w), 'int', 'm', label='perimeter', how='add the length and width and double it')
        S.method(2, 'add all four sides')
        p2 = S.step(N.l + N.w + N.l + N.w, 'int', 'm', label='perimeter', how='add all four sides', chain=False)
        S.same(p, p2)
        S.answer(p, "The perimeter is {v}.")
        S.part('c', 'Cost of fencing')
        c = S.step(p * N.pf, 'money', label='fencing cost', how='multiply the perimeter by the price per meter')
        S.answer(c, "Fencing the garden costs {v}.")


@struct('carpet', 'area')
class Carpet:
    def gen(r):
        l = r.randint(9, 22); w = r.randint(8, 16)
        c = F(r.choice(['2', '2.50', '3', '3.25', '4', '1.75']))
        fee = r.choice([40, 50, 75, 80, 99, 120])
        return NS(P=P(r), l=I(l, 'ft'), w=I(w, 'ft'), c=M(c), fee=M(fee))

    def setup(N):
        return (f"A living room is {nt(N.l)} ft long and {nt(N.w)} ft wide. Carpet costs {mt(N.c)} per square foot, "
                f"and the store charges {mt(N.fee)} to install it.")

    def qs(N):
        return ["What is the area of the room?", "How much does the carpet cost before installation?",
                "What is the total cost with installation?"]

    def solve(S, N):
        S.part('a', 'Area')
        a = S.step(N.l * N.w, 'int', 'ft²', label='area', how='multiply the length by the width')
        S.answer(a, "The room's area is {v}.")
        S.part('b', 'Carpet cost')
        e = S.est(rnd(a.v, 10) * N.c, 'money') if a.v % 10 else None
        c = S.step(a * N.c, 'money', label='carpet cost', how='multiply the area by the price per square foot')
        if e is not None:
            S.close(e, c)
        S.answer(c, "The carpet costs {v}.")
        S.part('c', 'Total with installation')
        t = S.step(c + N.fee, 'money', label='total cost', how='add the installation fee')
        S.answer(t, "The total is {v}.")


@struct('paint', 'area')
class Paint:
    def gen(r):
        while True:
            l = r.randint(4, 9); h = r.choice([2, 3]); wl = r.randint(1, 2); wh = r.randint(1, 2)
            cov = r.choice([4, 5, 6, 8])
            area = l * h - wl * wh
            if area % cov and area > 2 * cov:
                return NS(P=P(r), l=I(l, 'm'), h=I(h, 'm'), wl=I(wl, 'm'), wh=I(wh, 'm'), cov=I(cov, 'm²'))

    def setup(N):
        return (f"A wall is {nt(N.l)} m long and {nt(N.h)} m high. It has a window that is {nt(N.wl)} m by {nt(N.wh)} m. "
                f"One can of paint covers {nt(N.cov)} square meters.")

    def qs(N):
        return ["What is the area of the whole wall?", "What area needs to be painted?",
                "How many cans of paint are needed?"]

    def solve(S, N):
        S.part('a', 'Area of the wall')
        wall = S.step(N.l * N.h, 'int', 'm²', label='wall area', how='multiply the length by the height')
        S.answer(wall, "The wall is {v}.")
        S.part('b', 'Area to paint')
        win = S.step(N.wl * N.wh, 'int', 'm²', label='window area', how='multiply the window sides')
        pa = S.step(wall - win, 'int', 'm²', label='area to paint', how='subtract the window from the wall')
        S.answer(pa, "The area to paint is {v}.")
        S.part('c', 'Cans of paint')
        q, rm = S.divmod(pa, N.cov, label='full cans', how='divide the area by the coverage per can')
        if rm.v > 0:
            S.trap("A part of a can is still needed, so round up.",
                   f"{nt(q)} cans leave {nt(rm)} m² unpainted, so I need one more can.")
            c = S.step(q + 1, 'int', label='cans needed', how='round up', not_val=q)
        else:
            c = q
        S.answer(c, "{v} cans of paint are needed.", short='{v} cans')


@struct('tiles', 'area')
class Tiles:
    def gen(r):
        t = r.choice([20, 25, 30, 40, 50])
        a = r.randint(8, 20); b = r.randint(6, 14)
        return NS(P=P(r), t=I(t, 'cm'), L=I(a * t, 'cm'), W=I(b * t, 'cm'))

    def setup(N):
        return (f"A rectangular floor measures {nt(N.L)} cm by {nt(N.W)} cm. It will be covered with square tiles "
                f"that are {nt(N.t)} cm on each side.")

    def qs(N):
        return ["How many tiles fit along the length?", "How many tiles fit along the width?",
                "How many tiles are needed to cover the floor?"]

    def solve(S, N):
        S.part('a', 'Tiles along the length')
        a = S.step(N.L / N.t, 'int', label='tiles along the length', how='divide the length by the tile size')
        S.answer(a, "{v} tiles fit along the length.", short='{v} tiles')
        S.part('b', 'Tiles along the width')
        b = S.step(N.W / N.t, 'int', label='tiles along the width', how='divide the width by the tile size')
        S.answer(b, "{v} tiles fit along the width.", short='{v} tiles')
        S.part('c', 'Total tiles')
        t = S.step(a * b, 'int', label='number of tiles', how='multiply the two counts')
        S.check(t / a, 'int', note='tiles ÷ tiles per row')
        S.answer(t, "{v} tiles are needed.", short='{v} tiles')


@struct('patios', 'area')
class Patios:
    def gen(r):
        while True:
            s = r.randint(5, 14); l = r.randint(s + 1, s + 8); w = 2 * s - l
            if w >= 2:
                return NS(P=P(r), s=I(s, 'm'), l=I(l, 'm'), w=I(w, 'm'))

    def setup(N):
        return (f"A square patio has sides of {nt(N.s)} m. A rectangular patio is {nt(N.l)} m long and {nt(N.w)} m wide.")

    def qs(N):
        return ["What is the area of the square patio?", "What is the area of the rectangular patio?",
                "How much larger is the square patio's area?"]

    def solve(S, N):
        S.part('a', 'Square patio')
        a = S.step(N.s * N.s, 'int', 'm²', label='area of the square', how='multiply the side by itself')
        S.answer(a, "The square patio has an area of {v}.")
        S.part('b', 'Rectangular patio')
        b = S.step(N.l * N.w, 'int', 'm²', label='area of the rectangle', how='multiply the length by the width')
        S.answer(b, "The rectangular patio has an area of {v}.")
        S.part('c', 'Difference')
        d = S.step(a - b, 'int', 'm²', label='difference', how='subtract the smaller area from the larger')
        S.check(b + d, 'int', 'm²')
        S.answer(d, "The square patio is {v} larger.")


@struct('lshape', 'area')
class LShape:
    def gen(r):
        return NS(P=P(r), a=I(r.randint(6, 15), 'm'), b=I(r.randint(3, 8), 'm'), c=I(r.randint(3, 9), 'm'),
                  d=I(r.randint(2, 6), 'm'))

    def setup(N):
        return (f"An L-shaped lawn is made of two rectangles. One is {nt(N.a)} m by {nt(N.b)} m, and the other is "
                f"{nt(N.c)} m by {nt(N.d)} m.")

    def qs(N):
        return ["What is the area of the first rectangle?", "What is the area of the second rectangle?",
                "What is the total area of the lawn?"]

    def solve(S, N):
        S.part('a', 'First rectangle')
        x = S.step(N.a * N.b, 'int', 'm²', label='first area', how='multiply its sides')
        S.answer(x, "The first rectangle is {v}.")
        S.part('b', 'Second rectangle')
        y = S.step(N.c * N.d, 'int', 'm²', label='second area', how='multiply its sides')
        S.answer(y, "The second rectangle is {v}.")
        S.part('c', 'Whole lawn')
        t = S.step(x + y, 'int', 'm²', label='total area', how='add the two areas')
        S.check(t - x, 'int', 'm²')
        S.answer(t, "The lawn's area is {v}.")


@struct('fenceposts', 'area')
class FencePosts:
    def gen(r):
        g = r.choice([2, 3, 4, 5, 6]); n = r.randint(6, 20)
        p = F(r.choice(['6', '7.50', '8', '9.25', '11', '12.50']))
        wc = F(r.choice(['1.50', '2', '2.25', '3', '0.75']))
        return NS(P=P(r), g=I(g, 'm'), L=I(g * n, 'm'), p=M(p), wc=M(wc))

    def setup(N):
        return (f"A straight fence is {nt(N.L)} m long. Posts go every {nt(N.g)} m, with a post at each end. "
                f"Each post costs {mt(N.p)}, and wire costs {mt(N.wc)} per meter.")

    def qs(N):
        return ["How many posts are needed?", "How much do the posts cost?",
                "What is the total cost of the posts and the wire?"]

    def solve(S, N):
        S.part('a', 'Number of posts')
        gaps = S.step(N.L / N.g, 'int', label='number of gaps', how='divide the length by the spacing')
        S.trap('There is a post at both ends, so there is one more post than gaps.',
               f"that's the number of gaps, not posts. With a post at each end there's one more post than gaps.")
        posts = S.step(gaps + 1, 'int', label='number of posts', how='add one post', not_val=gaps)
        S.answer(posts, "{v} posts are needed.", short='{v} posts')
        S.part('b', 'Cost of posts')
        pc = S.step(posts * N.p, 'money', label='cost of the posts', how='multiply the posts by the price per post')
        S.answer(pc, "The posts cost {v}.")
        S.part('c', 'Total cost')
        wire = S.step(N.L * N.wc, 'money', label='cost of the wire', how='multiply the length by the wire price')
        t = S.step(pc + wire, 'money', label='total cost', how='add the posts and the wire')
        S.answer(t, "The total cost is {v}.")


# ============================================================ time
@struct('reading', 'time')
class Reading:
    def gen(r):
        while True:
            rate = r.choice([5, 6, 8, 10, 12, 15]); d2 = r.choice([4, 5, 6, 8, 10])
            from math import lcm
            base = lcm(rate, d2)
            k = r.randint(1, 6)
            pages = base * k
            if 40 <= pages <= 300:
                a = r.randint(5, 60)
                return NS(P=P(r), a=I(a), b=I(a + pages - 1), rate=I(rate), d2=I(d2))

    def setup(N):
        return (f"{N.P.name} has to read a book from page {nt(N.a)} through page {nt(N.b)}, including both of those pages.")

    def qs(N):
        return ["How many pages does she have to read?".replace('she', N.P.she),
                f"If {N.P.she} reads {nt(N.rate)} pages a day, how many days will it take?",
                f"How many pages a day would {N.P.she} need to read to finish in {nt(N.d2)} days?"]

    def solve(S, N):
        S.part('a', 'Pages to read')
        diff = S.step(N.b - N.a, 'int', label='difference of the page numbers', how='subtract the first page from the last')
        S.trap('Both the first and the last page are read, so add 1.',
               f"that leaves out page {nt(N.a)} itself. Both ends count, so I need to add 1.")
        pg = S.step(diff + 1, 'int', label='pages to read', how='add 1 to include both ends', not_val=diff)
        S.answer(pg, f"{N.P.She} has to read {{v}} pages.", short='{v} pages')
        S.part('b', 'Days needed')
        dy = S.step(pg / N.rate, 'int', label='days', how='divide the pages by the pages per day')
        S.check(dy * N.rate, 'int')
        S.answer(dy, "It takes {v} days.", short='{v} days')
        S.part('c', f'Finishing in {nt(N.d2)} days')
        pd = S.step(pg / N.d2, 'int', label='pages per day', how=f'divide the pages by {nt(N.d2)}')
        S.check(pd * N.d2, 'int')
        S.answer(pd, f"{N.P.She} would need to read {{v}} pages a day.", short='{v} pages a day')


@struct('practice', 'time')
class Practice:
    def gen(r):
        while True:
            m = r.choice([15, 20, 25, 30, 35, 40, 45, 50]); d = r.randint(3, 6)
            if (m * d) % 60 and m * d > 120:
                return NS(P=P(r), m=I(m, 'min'), d=I(d), w=I(r.choice([3, 4, 5])),
                          inst=r.choice(['piano', 'violin', 'guitar', 'trumpet']))

    def setup(N):
        return f"{N.P.name} practices {N.inst} for {nt(N.m)} minutes a day, {nt(N.d)} days a week."

    def qs(N):
        return ["How many minutes does she practice each week?".replace('she', N.P.she),
                "How many hours and minutes is that?",
                f"How many minutes does {N.P.she} practice in {nt(N.w)} weeks?"]

    def solve(S, N):
        S.part('a', 'Minutes per week')
        wk = S.step(N.m * N.d, 'int', 'min', label='minutes per week', how='multiply the minutes per day by the days')
        S.answer(wk, f"{N.P.She} practices {{v}} a week.")
        S.part('b', 'Hours and minutes')
        h, mm = S.divmod(wk, 60, label='hours', how='divide by 60 minutes per hour')
        S.check(h * 60 + mm, 'int', 'min')
        S.answer(mm, f"That is {nt(h)} hours and {{v}} minutes.", short=f"{nt(h)} h {{v}} min")
        S.part('c', f'{nt(N.w)} weeks')
        t = S.step(N.w * wk, 'int', 'min', label='total minutes', how='multiply the weekly minutes by the weeks')
        S.check(t / N.w, 'int', 'min')
        S.answer(t, f"{N.P.She} practices {{v}} in {nt(N.w)} weeks.")


@struct('baking', 'time')
class Baking:
    def gen(r):
        b = r.choice([4, 6, 8]); t = r.choice([10, 12, 14, 15, 18]); prep = r.choice([20, 25, 30, 35, 40])
        return NS(P=P(r), b=I(b), t=I(t, 'min'), prep=I(prep, 'min'))

    def setup(N):
        return (f"{N.P.name} is baking {nt(N.b)} batches of cookies. Each batch bakes for {nt(N.t)} minutes, one batch "
                f"at a time, and {N.P.she} needs {nt(N.prep)} minutes to mix the dough first.")

    def qs(N):
        return ["How many minutes of baking time is that?", "How long does the whole job take, including mixing?",
                f"If {N.P.she} could bake two batches at once, how many minutes of baking would it take?"]

    def solve(S, N):
        S.part('a', 'Baking time')
        bt = S.step(N.b * N.t, 'int', 'min', label='baking time', how='multiply the batches by the minutes per batch')
        S.answer(bt, "Baking takes {v}.")
        S.part('b', 'Whole job')
        tot = S.step(bt + N.prep, 'int', 'min', label='total time', how='add the mixing time')
        S.answer(tot, "The whole job takes {v}.")
        S.part('c', 'Two batches at once')
        rounds = S.step(N.b / 2, 'int', label='rounds in the oven', how='halve the number of batches')
        t2 = S.step(rounds * N.t, 'int', 'min', label='baking time', how='multiply the rounds by the minutes per batch')
        S.answer(t2, "Baking would take {v}.")


@struct('movies', 'time')
class Movies:
    def gen(r):
        return NS(P=P(r), m1=I(r.randint(85, 130), 'min'), m2=I(r.randint(85, 140), 'min'),
                  m3=I(r.randint(90, 125), 'min'), br=I(r.choice([10, 12, 15, 20]), 'min'))

    def setup(N):
        return (f"{N.P.name} plans a movie marathon with three movies that are {nt(N.m1)}, {nt(N.m2)}, and "
                f"{nt(N.m3)} minutes long. There is a {nt(N.br)}-minute break between one movie and the next.")

    def qs(N):
        return ["How many minutes of movies are there?", "How many minutes of breaks are there?",
                "How long is the whole marathon, in minutes?"]

    def solve(S, N):
        S.part('a', 'Movie time')
        mv = S.step(N.m1 + N.m2 + N.m3, 'int', 'min', label='movie time', how='add the three lengths', chain=True)
        S.answer(mv, "The movies last {v}.")
        S.part('b', 'Breaks')
        naive = S.step(3 * N.br, 'int', 'min', label='break time', how='multiply the break by 3')
        S.trap('There are only 2 breaks, since the breaks fall between the 3 movies.',
               'there are only 2 breaks between 3 movies, not 3.')
        br = S.step(2 * N.br, 'int', 'min', label='break time', how='multiply the break by 2', not_val=naive)
        S.answer(br, "The breaks add up to {v}.")
        S.part('c', 'Whole marathon')
        t = S.step(mv + br, 'int', 'min', label='total time', how='add the movies and the breaks')
        S.check(t - br, 'int', 'min')
        S.answer(t, "The marathon lasts {v}.")


@struct('wage', 'time')
class Wage:
    def gen(r):
        w = F(r.choice(['12.50', '14', '15.25', '16', '13.75', '18.50', '11']))
        return NS(P=P(r), w=M(w), h=I(r.randint(4, 8), 'h'), d=I(r.randint(3, 5)), pct=PC(r.choice([10, 20, 25, 50])))

    def setup(N):
        return (f"{N.P.name} earns {mt(N.w)} an hour at a summer job. {N.P.She} works {nt(N.h)} hours a day, "
                f"{nt(N.d)} days a week, and saves {nt(N.pct)}% of what {N.P.she} earns.")

    def qs(N):
        return ["How much does she earn in a day?".replace('she', N.P.she), "How much does she earn in a week?".replace('she', N.P.she),
                "How much does she save each week?".replace('she', N.P.she)]

    def solve(S, N):
        S.part('a', 'Daily pay')
        dp = S.step(N.h * N.w, 'money', label='daily pay', how='multiply the hours by the hourly wage')
        S.answer(dp, f"{N.P.She} earns {{v}} a day.")
        S.part('b', 'Weekly pay')
        wp = S.step(N.d * dp, 'money', label='weekly pay', how='multiply the daily pay by the days')
        S.answer(wp, f"{N.P.She} earns {{v}} a week.")
        S.part('c', 'Weekly savings')
        sv = S.step(Pct(N.pct, wp), 'money', label='savings', how=f'take {nt(N.pct)}% of the weekly pay')
        S.answer(sv, f"{N.P.She} saves {{v}} a week.")


@struct('camp', 'time')
class Camp:
    def gen(r):
        a = r.randint(1, 12); n = r.randint(5, 15)
        c = r.choice([25, 30, 35, 40, 45, 18, 22])
        return NS(P=P(r), a=I(a), b=I(a + n - 1), c=M(c), fee=M(r.choice([15, 20, 25, 30, 50])),
                  month=r.choice(['June', 'July', 'August']))

    def setup(N):
        return (f"Day camp runs from {N.month} {nt(N.a)} to {N.month} {nt(N.b)}, including both days. Each day costs "
                f"{mt(N.c)}, and there is a one-time {mt(N.fee)} registration fee.")

    def qs(N):
        return ["How many days does camp last?", "How much do the camp days cost?",
                "What is the total cost including the fee?"]

    def solve(S, N):
        S.part('a', 'Number of days')
        diff = S.step(N.b - N.a, 'int', label='difference of the dates', how='subtract the start date from the end date')
        S.trap('Both the first and last days count, so add 1.',
               f"subtracting leaves out {N.month} {nt(N.a)} itself. Counting both ends, I add 1.")
        days = S.step(diff + 1, 'int', label='days of camp', how='add 1 for the first day', not_val=diff)
        S.answer(days, "Camp lasts {v} days.", short='{v} days')
        S.part('b', 'Cost of the days')
        c = S.step(days * N.c, 'money', label='cost of the days', how='multiply the days by the daily cost')
        S.answer(c, "The days cost {v}.")
        S.part('c', 'Total with fee')
        t = S.step(c + N.fee, 'money', label='total', how='add the registration fee')
        S.answer(t, "The total is {v}.")


@struct('temperature', 'time')
class Temperature:
    def gen(r):
        while True:
            t0 = r.randint(-9, -1); up = r.randint(4, 14); down = r.randint(6, 20); up2 = r.randint(2, 8)
            noon = t0 + up; mid = noon - down; nxt = mid + up2
            if mid < 0 and nxt < 0 and noon > 0:
                return NS(P=P(r), t0=I(t0, '°C'), up=I(up, '°C'), down=I(down, '°C'), up2=I(up2, '°C'))

    def setup(N):
        return (f"At 6 a.m. the temperature was {nt(N.t0).replace('-', '−')}°C. By noon it had risen {nt(N.up)} degrees. "
                f"By midnight it had fallen {nt(N.down)} degrees from the noon temperature. The next morning it rose "
                f"{nt(N.up2)} degrees.")

    def qs(N):
        return ["What was the temperature at noon?", "What was the temperature at midnight?",
                "What was the temperature the next morning?"]

    def solve(S, N):
        S.part('a', 'Noon')
        n = S.step(N.t0 + N.up, 'int', '°C', label='noon temperature', how='add the rise to the starting temperature',
                   nonneg=False)
        S.answer(n, "At noon it was {v}.")
        S.part('b', 'Midnight')
        m = S.step(n - N.down, 'int', '°C', label='midnight temperature', how='subtract the drop', nonneg=False)
        S.check(m + N.down, 'int', '°C')
        S.answer(m, "At midnight it was {v}.")
        S.part('c', 'Next morning')
        x = S.step(m + N.up2, 'int', '°C', label='next-morning temperature', how='add the rise', nonneg=False)
        S.answer(x, "The next morning it was {v}.")


@struct('elevator', 'time')
class Elevator:
    def gen(r):
        while True:
            f0 = r.randint(2, 9); u = r.randint(3, 12); d = r.randint(f0 + u + 1, f0 + u + 4)
            return NS(P=P(r), f0=I(f0), u=I(u), d=I(d))

    def setup(N):
        return (f"{N.P.name} gets on an elevator at floor {nt(N.f0)}. It goes up {nt(N.u)} floors, then down {nt(N.d)} "
                f"floors to a parking level. (Ground is floor 0, and levels below ground are −1, −2, and so on.)")

    def qs(N):
        return ["Which floor is the elevator on after going up?", "Which floor does it stop on at the end?",
                "How many floors did the elevator travel in all?"]

    def solve(S, N):
        S.part('a', 'After going up')
        a = S.step(N.f0 + N.u, 'int', label='floor after going up', how='add the floors going up')
        S.answer(a, "It is on floor {v}.", short='floor {v}')
        S.part('b', 'After going down')
        b = S.step(a - N.d, 'int', label='final floor', how='subtract the floors going down', nonneg=False)
        S.answer(b, "It ends on floor {v}.", short='floor {v}')
        S.part('c', 'Floors traveled')
        t = S.step(N.u + N.d, 'int', label='floors traveled', how='add the floors up and the floors down')
        S.answer(t, "It traveled {v} floors.", short='{v} floors')


# ============================================================ misc
@struct('recipe', 'sharing')
class Recipe:
    def gen(r):
        s = r.choice([2, 3, 4, 6]); k = r.choice([2, 3, 4])
        f = F(r.choice(['1.5', '2.25', '0.75', '1.25', '2.5', '1.75']))
        e = r.randint(2, 4)
        return NS(P=P(r), s=I(s), t=I(s * k), f=D(f, 'cups'), e=I(e))

    def setup(N):
        return (f"A pancake recipe for {nt(N.s)} people uses {nt(N.f)} cups of flour and {nt(N.e)} eggs. "
                f"{N.P.name} wants to make pancakes for {nt(N.t)} people.")

    def qs(N):
        return ["How many times bigger is the new batch?", "How many cups of flour are needed?",
                "How many eggs are needed?"]

    def solve(S, N):
        S.part('a', 'Scale factor')
        k = S.step(N.t / N.s, 'int', label='scale factor', how='divide the new number of people by the old')
        S.answer(k, "The batch is {v} times bigger.", short='{v} times')
        S.part('b', 'Flour')
        fl = S.step(N.f * k, 'dec', 'cups', label='flour', how='multiply the flour by the scale factor')
        S.answer(fl, "{v} of flour are needed.")
        S.part('c', 'Eggs')
        eg = S.step(N.e * k, 'int', label='eggs', how='multiply the eggs by the scale factor')
        S.answer(eg, "{v} eggs are needed.", short='{v} eggs')


@struct('tomatoes', 'sharing')
class Tomatoes:
    def gen(r):
        w = F(r.choice(['0.5', '1.5', '2', '2.5', '0.75', '1.25']))
        return NS(P=P(r), rows=I(r.randint(4, 15)), per=I(r.randint(6, 18)), w=D(w, 'L'))

    def setup(N):
        return (f"A farmer plants {nt(N.rows)} rows of tomato plants with {nt(N.per)} plants in each row. "
                f"Each plant needs {nt(N.w)} liters of water a day.")

    def qs(N):
        return ["How many plants are there?", "How much water do they need each day?",
                "How much water do they need in a week?"]

    def solve(S, N):
        S.part('a', 'Plants')
        p = S.step(N.rows * N.per, 'int', label='number of plants', how='multiply the rows by the plants per row')
        S.answer(p, "There are {v} plants.", short='{v} plants')
        S.part('b', 'Water per day')
        wd = S.step(p * N.w, 'dec', 'L', label='water per day', how='multiply the plants by the water per plant')
        S.answer(wd, "They need {v} a day.")
        S.part('c', 'Water per week')
        ww = S.step(7 * wd, 'dec', 'L', label='water per week', how='multiply the daily water by 7')
        S.check(ww / 7, 'dec', 'L')
        S.answer(ww, "They need {v} a week.")


@struct('libfine', 'shopping')
class LibFine:
    def gen(r):
        f = F(r.choice(['0.25', '0.15', '0.20', '0.35', '0.50', '0.10']))
        n = r.randint(2, 5); d = r.randint(3, 14)
        tot = f * n * d
        bill = min(b for b in (5, 10, 20) if b > tot)
        return NS(P=P(r), f=M(f), n=I(n), d=I(d), bill=M(bill))

    def setup(N):
        return (f"A library charges {mt(N.f)} per day for each overdue book. {N.P.name} returns {nt(N.n)} books that are "
                f"each {nt(N.d)} days late and pays with a {mt(N.bill)} bill.")

    def qs(N):
        return ["What is the fine for one book?", "What is the total fine?", "How much change does she get?".replace('she', N.P.she)]

    def solve(S, N):
        S.part('a', 'Fine for one book')
        one = S.step(N.d * N.f, 'money', label='fine for one book', how='multiply the days late by the daily fine')
        S.answer(one, "The fine for one book is {v}.")
        S.part('b', 'Total fine')
        S.method(1, 'per book')
        t = S.step(N.n * one, 'money', label='total fine', how='multiply by the number of books')
        S.method(2, 'book-days')
        bd = S.step(N.n * N.d, 'int', label='book-days', how='multiply the books by the days late')
        t2 = S.step(bd * N.f, 'money', label='total fine', how='multiply by the daily fine')
        S.same(t, t2)
        S.answer(t, "The total fine is {v}.")
        S.part('c', 'Change')
        ch = S.step(N.bill - t, 'money', label='change', how='subtract the fine from the bill')
        S.check(ch + t, 'money')
        S.answer(ch, f"{N.P.She} gets {{v}} in change.")


@struct('phoneplan', 'shopping')
class PhonePlan:
    def gen(r):
        inc = r.choice([2, 3, 5, 10]); used = inc + r.randint(1, 7)
        return NS(P=P(r), base=M(r.choice([15, 20, 25, 30, 35])), gb=M(F(r.choice(['4', '5', '6.50', '7.25', '8']))),
                  inc=I(inc, 'GB'), used=I(used, 'GB'))

    def setup(N):
        return (f"{N.P.name}'s phone plan costs {mt(N.base)} a month and includes {nt(N.inc)} GB of data. Each extra GB "
                f"costs {mt(N.gb)}. In March, {N.P.she} used {nt(N.used)} GB.")

    def qs(N):
        return ["How many extra GB did she use?".replace('she', N.P.she), "How much did the extra data cost?",
                "What was the bill for March?"]

    def solve(S, N):
        S.part('a', 'Extra data')
        x = S.step(N.used - N.inc, 'int', 'GB', label='extra data', how='subtract the included data')
        S.answer(x, f"{N.P.She} used {{v}} extra.")
        S.part('b', 'Cost of extra data')
        c = S.step(x * N.gb, 'money', label='extra charge', how='multiply the extra GB by the price per GB')
        S.answer(c, "The extra data cost {v}.")
        S.part('c', 'March bill')
        b = S.step(N.base + c, 'money', label='March bill', how='add the monthly fee')
        S.check(b - N.base, 'money')
        S.answer(b, "The March bill was {v}.")


@struct('fundraiser', 'shopping')
class Fundraiser:
    def gen(r):
        n = r.randint(28, 96)
        price = F(r.choice(['4', '5', '6', '4.50', '3.50']))
        cost = price - F(r.choice(['1.25', '1.50', '2', '1.75', '2.25']))
        return NS(P=P(r), n=I(n), price=M(price), cost=M(cost))

    def setup(N):
        return (f"A class sells {nt(N.n)} boxes of cookies for {mt(N.price)} each. The cookies cost the class "
                f"{mt(N.cost)} per box.")

    def qs(N):
        return ["How much money do the sales bring in?", "How much did the cookies cost the class?",
                "How much profit does the class make?"]

    def solve(S, N):
        S.part('a', 'Sales')
        if N.n.v % 10:
            e = S.est(rnd(N.n.v, 10) * rnd(N.price.v, 1), 'money')
        s = S.step(N.n * N.price, 'money', label='sales', how='multiply the boxes by the price')
        if N.n.v % 10:
            S.close(e, s)
        S.answer(s, "Sales bring in {v}.")
        S.part('b', 'Cost')
        c = S.step(N.n * N.cost, 'money', label='cost', how='multiply the boxes by the cost per box')
        S.answer(c, "The cookies cost {v}.")
        S.part('c', 'Profit')
        p = S.step(s - c, 'money', label='profit', how='subtract the cost from the sales')
        S.check(p + c, 'money', note='profit + cost')
        S.answer(p, "The class makes {v} profit.")


@struct('chairs', 'sharing')
class Chairs:
    def gen(r):
        while True:
            rows = r.randint(8, 25); per = r.randint(10, 24); guests = r.randint(rows * per // 2, rows * per - 5)
            em = rows * per - guests
            if em < 2 * per or em % per == 0:
                continue
            return NS(P=P(r), rows=I(rows), per=I(per), guests=I(guests), hall=r.choice(['school hall', 'theater', 'gym']))

    def setup(N):
        return (f"The {N.hall} has {nt(N.rows)} rows of chairs with {nt(N.per)} chairs in each row. "
                f"{nt(N.guests)} people come to the concert.")

    def qs(N):
        return ["How many chairs are there?", "How many chairs are empty?",
                "How many full rows could be cleared away without making anyone stand?"]

    def solve(S, N):
        S.part('a', 'Chairs')
        if N.rows.v % 10 and N.per.v % 10:
            e = S.est(rnd(N.rows.v, 10) * rnd(N.per.v, 10), 'int')
        ch = S.step(N.rows * N.per, 'int', label='number of chairs', how='multiply the rows by the chairs per row')
        S.answer(ch, "There are {v} chairs.", short='{v} chairs')
        S.part('b', 'Empty chairs')
        em = S.step(ch - N.guests, 'int', label='empty chairs', how='subtract the number of people')
        S.check(em + N.guests, 'int')
        S.answer(em, "{v} chairs are empty.", short='{v} chairs')
        S.part('c', 'Rows that could be cleared')
        q, rm = S.divmod(em, N.per, label='full rows of empty chairs', how='divide the empty chairs by the chairs per row')
        S.text("Only whole rows can be cleared, so the remainder is ignored.",
               f"The {nt(rm)} extra empty chairs don't make a whole row, so they don't count.")
        S.answer(q, "{v} full rows could be cleared.", short='{v} rows')


@struct('coins', 'sharing')
class Coins:
    def gen(r):
        while True:
            q = r.randint(5, 30); d = r.randint(5, 40); n = r.randint(5, 40); k = r.choice([2, 3, 4, 5])
            tot = 25 * q + 10 * d + 5 * n
            if tot % (5 * k) == 0 and (F(tot, 100) / k * 100).denominator == 1:
                return NS(P=P(r), q=I(q), d=I(d), n=I(n), k=I(k))

    def setup(N):
        sib = 'sibling' if N.k.v == 2 else 'siblings'
        return (f"{N.P.name}'s piggy bank has {nt(N.q)} quarters, {nt(N.d)} dimes, and {nt(N.n)} nickels. "
                f"{N.P.She} splits the money equally among {N.P.hers}self and {nt(N.k.v - 1)} {sib}.")

    def qs(N):
        return ["How much are the quarters worth?", "How much money is in the piggy bank altogether?",
                "How much does each person get?"]

    def solve(S, N):
        S.part('a', 'Quarters')
        qv = S.step(N.q * M('0.25'), 'money', label='value of the quarters', how='multiply the quarters by $0.25')
        S.answer(qv, "The quarters are worth {v}.")
        S.part('b', 'Total money')
        dv = S.step(N.d * M('0.10'), 'money', label='value of the dimes', how='multiply the dimes by $0.10')
        nv = S.step(N.n * M('0.05'), 'money', label='value of the nickels', how='multiply the nickels by $0.05')
        t = S.step(qv + dv + nv, 'money', label='total', how='add the three amounts')
        S.answer(t, "There is {v} in all.")
        S.part('c', 'Each share')
        each = S.step(t / N.k, 'money', label='share per person', how='divide the total by the number of people')
        S.check(each * N.k, 'money', note='multiply back')
        S.answer(each, "Each person gets {v}.")


@struct('aquarium', 'area')
class Aquarium:
    def gen(r):
        return NS(P=P(r), l=I(r.choice([40, 50, 60, 80, 90, 100]), 'cm'), w=I(r.choice([20, 25, 30, 35, 40]), 'cm'),
                  h=I(r.choice([25, 30, 40, 45, 50]), 'cm'))

    def setup(N):
        return (f"A fish tank is {nt(N.l)} cm long, {nt(N.w)} cm wide, and {nt(N.h)} cm tall.")

    def qs(N):
        return ["What is the area of the bottom of the tank?", "What is the volume of the tank in cubic centimeters?",
                "How many liters of water does the tank hold when full? (1 liter = 1,000 cubic centimeters)"]

    def solve(S, N):
        S.part('a', 'Area of the base')
        b = S.step(N.l * N.w, 'int', 'cm²', label='base area', how='multiply the length by the width')
        S.answer(b, "The base is {v}.")
        S.part('b', 'Volume')
        v = S.step(b * N.h, 'int', label='volume in cubic centimeters', how='multiply the base area by the height')
        S.answer(v, "The volume is {v} cubic centimeters.", short='{v} cm³')
        S.part('c', 'Liters')
        S.fact('1 L = 1,000 cm³')
        L = S.step(v / 1000, 'dec', 'L', label='capacity', how='divide the volume by 1,000')
        S.check(L * 1000, 'int')
        S.answer(L, "The tank holds {v} of water.")
