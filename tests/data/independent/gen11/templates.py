"""Problem templates. Each template takes a random.Random and returns a core.P.

Numbers are drawn so that every intermediate result is exact; problems that break
a constraint (non-integer count, negative value, too many decimals) are rejected by
core.P.validate() and redrawn by the generator.
"""
from fractions import Fraction as F
from core import P, M, N, PC, FR, CL, Lit, dec, commify, clock_str

TEMPLATES = []


def T(cat):
    def deco(fn):
        TEMPLATES.append((fn.__name__, cat, fn))
        return fn
    return deco


NAMES = [("Maria", "she"), ("James", "he"), ("Aisha", "she"), ("Liam", "he"), ("Sofia", "she"),
         ("Noah", "he"), ("Priya", "she"), ("Diego", "he"), ("Emma", "she"), ("Kenji", "he"),
         ("Olivia", "she"), ("Mateo", "he"), ("Grace", "she"), ("Omar", "he"), ("Chloe", "she"),
         ("Lucas", "he"), ("Hannah", "she"), ("Ethan", "he"), ("Zoe", "she"), ("Samuel", "he"),
         ("Leila", "she"), ("Ben", "he"), ("Nora", "she"), ("Tariq", "he"), ("Mia", "she"),
         ("Jack", "he"), ("Ava", "she"), ("Ravi", "he"), ("Ella", "she"), ("Marcus", "he")]


class Who:
    def __init__(self, name, he):
        self.n = name
        self.he = he
        self.his = 'her' if he == 'she' else 'his'
        self.him = 'her' if he == 'she' else 'him'
        self.He, self.His = self.he.capitalize(), self.his.capitalize()


def who(r, other=None):
    while True:
        n, h = NAMES[r.randrange(len(NAMES))]
        if other is None or n != other.n:
            return Who(n, h)


def money(r, lo, hi, step):
    a, b, s = round(lo * 100), round(hi * 100), round(step * 100)
    return F(r.randrange(a, b + 1, s), 100)


def fm(v):
    v = F(v)
    return "$" + commify(dec(v, 2 if v.denominator != 1 else 0))


def fn(v):
    return commify(dec(F(v)))


def pick(r, xs):
    return xs[r.randrange(len(xs))]


# =========================================================================== money

@T('money')
def m_fruit_total(r):
    w = who(r)
    a, b = r.randint(3, 9), r.randint(2, 8)
    pa, pb = money(r, 0.5, 2.5, 0.25), money(r, 0.75, 3.0, 0.25)
    p = P(f"{w.n} buys {a} apples at {fm(pa)} each and {b} pears at {fm(pb)} each. "
          f"How much does {w.he} spend in total?")
    x = p.mul("cost of the apples", N(a, 'apples'), M(pa), say="The apples cost {c}.")
    y = p.mul("cost of the pears", N(b, 'pears'), M(pb), say="The pears cost {c}.")
    p.add("total cost", x, y, say=f"In total, {w.he} spends {{c}}.")
    return p


@T('money')
def m_change(r):
    w = who(r)
    a, b = r.randint(2, 6), r.randint(3, 9)
    pa, pb = money(r, 1.5, 4.5, 0.5), money(r, 0.5, 1.75, 0.25)
    tot = a * pa + b * pb
    bill = next(x for x in (10, 20, 50, 100) if x > tot + 2)
    p = P(f"{w.n} buys {a} notebooks for {fm(pa)} each and {b} pens for {fm(pb)} each. "
          f"{w.He} pays with a ${bill} bill. How much change does {w.he} get?")
    x = p.mul("cost of the notebooks", N(a, 'notebooks'), M(pa))
    y = p.mul("cost of the pens", N(b, 'pens'), M(pb))
    t = p.add("total cost", x, y)
    p.sub("change", M(bill), t, say=f"{w.He} gets back {{c}} in change.")
    return p


@T('money')
def m_tickets(r):
    a, c = r.randint(2, 4), r.randint(2, 5)
    pa, pc = r.randint(12, 30), r.randint(6, 15)
    park = pick(r, [5, 8, 10, 12])
    p = P(f"A family of {a} adults and {c} children goes to the zoo. Adult tickets cost ${pa} and child "
          f"tickets cost ${pc}. Parking is ${park}. How much does the family pay altogether?")
    x = p.mul("cost of the adult tickets", N(a, 'adults'), M(pa))
    y = p.mul("cost of the child tickets", N(c, 'children'), M(pc))
    p.add("total cost", x, y, M(park), say="Adding parking, the family pays {c}.")
    return p


@T('money')
def m_coffee_weeks(r):
    w = who(r)
    pr = money(r, 2.25, 5.5, 0.25)
    d = pick(r, [3, 4, 5])
    wk = r.randint(3, 12)
    p = P(f"{w.n} buys a coffee for {fm(pr)} on {d} days every week. How much does {w.he} spend on "
          f"coffee in {wk} weeks?")
    x = p.mul("weekly coffee cost", M(pr), N(d, 'days'), say=f"Each week {w.he} spends {{c}}.")
    p.mul("cost for all the weeks", x, N(wk, 'weeks'), say=f"Over {wk} weeks that is {{c}}.")
    return p


@T('money')
def m_budget_books(r):
    w = who(r)
    n = r.randint(3, 8)
    pr = money(r, 4, 15, 0.5)
    spent = n * pr
    budget = (int(spent) // 10 + 1 + r.randint(0, 4)) * 10
    p = P(f"{w.n} has ${budget} to spend at a book fair. {w.He} buys {n} books that cost {fm(pr)} each. "
          f"How much money does {w.he} have left?")
    x = p.mul("cost of the books", N(n, 'books'), M(pr))
    p.sub("money left", M(budget), x, say=f"{w.He} has {{c}} left.")
    return p


@T('money')
def m_pizza_split(r):
    n = r.randint(2, 5)
    pr = money(r, 9, 18, 0.5)
    tip = r.randint(3, 10)
    k = pick(r, [2, 4, 5, 8])
    p = P(f"A group of {k} friends orders {n} pizzas at {fm(pr)} each and leaves a ${tip} tip. They split "
          f"the cost evenly. How much does each friend pay?")
    x = p.mul("cost of the pizzas", N(n, 'pizzas'), M(pr))
    t = p.add("total bill", x, M(tip), say="With the tip, the total is {c}.")
    p.div("amount each friend pays", t, N(k, 'friends'), say="Each friend pays {c}.")
    return p


@T('money')
def m_allowance_chores(r):
    w = who(r)
    e = money(r, 1.5, 5, 0.5)
    c = r.randint(3, 8)
    wk = r.randint(3, 8)
    s = r.randint(5, 20)
    p = P(f"{w.n} earns {fm(e)} for each chore. {w.He} does {c} chores every week for {wk} weeks, then "
          f"spends ${s} on a game. How much money does {w.he} have left?")
    x = p.mul("money earned per week", M(e), N(c, 'chores'))
    y = p.mul("money earned in all", x, N(wk, 'weeks'))
    p.sub("money left", y, M(s))
    return p


@T('money')
def m_phone_plan(r):
    w = who(r)
    base = r.randint(25, 45)
    gb = r.randint(2, 6)
    rate = pick(r, [F(5, 2), 3, F(7, 2), 4, 5])
    mo = r.randint(2, 6)
    p = P(f"{w.n}'s phone plan costs ${base} a month plus {fm(rate)} for every extra gigabyte. Each month "
          f"{w.he} uses {gb} extra gigabytes. How much does {w.he} pay over {mo} months?")
    x = p.mul("extra data charge", N(gb, 'GB'), M(rate))
    y = p.add("monthly bill", M(base), x)
    p.mul("cost for all the months", y, N(mo, 'months'))
    return p


@T('money')
def m_bulk_pack(r):
    s = money(r, 1, 2.5, 0.25)
    pk = 6 * s - money(r, 0.5, 2, 0.25)
    n = r.randint(2, 7)
    p = P(f"Juice boxes cost {fm(s)} each, or {fm(pk)} for a pack of 6. How much do you save by buying "
          f"{n} packs instead of the same number of single boxes?")
    x = p.mul("price of six single boxes", N(6, 'boxes'), M(s))
    y = p.sub("savings per pack", x, M(pk))
    p.mul("total savings", N(n, 'packs'), y)
    return p


@T('money')
def m_parking(r):
    w = who(r)
    rate = money(r, 1.5, 4, 0.5)
    h = r.randint(2, 6)
    fee = pick(r, [1, 2, 3])
    v = r.randint(3, 8)
    p = P(f"A parking garage charges {fm(rate)} per hour plus a ${fee} entry fee. {w.n} parks there for "
          f"{h} hours on each of {v} visits. How much does {w.he} pay in total?")
    x = p.mul("hourly charge per visit", N(h, 'hours'), M(rate))
    y = p.add("cost per visit", x, M(fee))
    p.mul("total cost", y, N(v, 'visits'))
    return p


@T('money')
def m_grocery3(r):
    w = who(r)
    a, b, c = r.randint(2, 4), r.randint(2, 3), r.randint(2, 5)
    pa, pb, pc = money(r, 2, 4.5, 0.25), money(r, 2.5, 5, 0.5), money(r, 0.5, 1.5, 0.25)
    p = P(f"{w.n} buys {a} cartons of milk at {fm(pa)} each, {b} loaves of bread at {fm(pb)} each, and "
          f"{c} cans of beans at {fm(pc)} each. What is the total cost?")
    x = p.mul("cost of the milk", N(a, 'cartons'), M(pa))
    y = p.mul("cost of the bread", N(b, 'loaves'), M(pb))
    z = p.mul("cost of the beans", N(c, 'cans'), M(pc))
    p.add("total cost", x, y, z)
    return p


@T('money')
def m_gift_split(r):
    g = r.randint(30, 120)
    c = pick(r, [4, 5, 6])
    k = pick(r, [2, 4, 5])
    p = P(f"Some coworkers buy a ${g} gift and a ${c} card for their boss. If {k} coworkers share the "
          f"cost equally, how much does each one pay?")
    t = p.add("total cost", M(g), M(c))
    p.div("share per coworker", t, N(k, 'coworkers'))
    return p


@T('money')
def m_wage_lunch(r):
    w = who(r)
    wage = money(r, 12, 22, 0.5)
    h = r.randint(4, 8)
    d = r.randint(3, 5)
    l = money(r, 6, 12, 0.5)
    p = P(f"{w.n} earns {fm(wage)} an hour and works {h} hours a day for {d} days this week. {w.He} spends "
          f"{fm(l)} on lunch each work day. How much does {w.he} have after paying for lunches?")
    x = p.mul("daily pay", M(wage), N(h, 'hours'))
    y = p.mul("weekly pay", x, N(d, 'days'))
    z = p.mul("cost of lunches", M(l), N(d, 'days'))
    p.sub("money left", y, z)
    return p


# =========================================================================== percent

@T('percent')
def pc_discount(r):
    w = who(r)
    price = r.randint(4, 30) * 5
    d = pick(r, [10, 15, 20, 25, 30, 40])
    p = P(f"A jacket costs ${price}. It is on sale for {d}% off. How much does {w.n} pay for the jacket?")
    x = p.of("discount", PC(d), M(price))
    p.sub("sale price", M(price), x)
    return p


@T('percent')
def pc_tax_items(r):
    n = r.randint(2, 6)
    pr = r.randint(8, 40)
    t = pick(r, [5, 6, 8, 10])
    p = P(f"A store sells lamps for ${pr} each. Sales tax is {t}%. What is the total cost of {n} lamps "
          f"including tax?")
    x = p.mul("subtotal", N(n, 'lamps'), M(pr))
    y = p.of("sales tax", PC(t), x)
    p.add("total cost", x, y)
    return p


@T('percent')
def pc_tip(r):
    b = money(r, 30, 120, 0.5)
    t = pick(r, [15, 18, 20, 25])
    p = P(f"A dinner bill is {fm(b)}. The family leaves a {t}% tip. What is the total amount they pay?")
    x = p.of("tip", PC(t), M(b))
    p.add("total paid", M(b), x)
    return p


@T('percent')
def pc_class_girls(r):
    s = r.randint(2, 6) * 20
    g = pick(r, [25, 35, 40, 45, 55, 60, 65, 75])
    p = P(f"A school club has {s} members. {g}% of them are girls. How many boys are in the club?")
    x = p.of("number of girls", PC(g), N(s, 'members'), u='girls')
    p.sub("number of boys", N(s, 'members'), x, u='boys')
    return p


@T('percent')
def pc_test_wrong(r):
    q = pick(r, [20, 25, 40, 50, 60, 80])
    pc = pick(r, [60, 70, 75, 80, 85, 90, 95])
    pts = pick(r, [2, 3, 4, 5])
    p = P(f"A test has {q} questions. Ravi answers {pc}% of them correctly. Each wrong answer costs "
          f"{pts} points. How many points does Ravi lose?")
    x = p.of("number of correct answers", PC(pc), N(q, 'questions'), u='questions')
    y = p.sub("number of wrong answers", N(q, 'questions'), x, u='questions')
    p.mul("points lost", y, N(pts, 'points'), u='points')
    return p


@T('percent')
def pc_raise(r):
    w = who(r)
    s = r.randint(20, 60) * 100
    rr = pick(r, [2, 3, 4, 5, 6, 8, 10])
    p = P(f"{w.n} earns ${fn(s)} a month. {w.He} gets a {rr}% raise. How much will {w.he} earn in a year "
          f"at the new monthly salary?")
    x = p.of("raise", PC(rr), M(s))
    y = p.add("new monthly salary", M(s), x)
    p.mul("yearly pay", y, N(12, 'months'))
    return p


@T('percent')
def pc_discount_tax(r):
    price = r.randint(3, 15) * 20
    d = pick(r, [10, 20, 25, 30])
    t = pick(r, [5, 10])
    p = P(f"A bike costs ${price}. It is discounted by {d}%, and then a {t}% sales tax is added to the sale "
          f"price. What is the final price?")
    x = p.of("discount", PC(d), M(price))
    y = p.sub("sale price", M(price), x)
    z = p.of("tax", PC(t), y)
    p.add("final price", y, z)
    return p


@T('percent')
def pc_population(r):
    pop = r.randint(20, 90) * 100
    g = pick(r, [2, 3, 4, 5, 6, 8, 12])
    p = P(f"A town has {fn(pop)} residents. Next year the population grows by {g}%. How many residents "
          f"will the town have then?")
    x = p.of("increase", PC(g), N(pop, 'residents'), u='residents')
    p.add("new population", N(pop, 'residents'), x, u='residents')
    return p


@T('percent')
def pc_coupon_then_pct(r):
    price = r.randint(8, 30) * 5
    c = pick(r, [5, 10, 15])
    d = pick(r, [10, 20, 30, 40, 50])
    p = P(f"A pair of shoes costs ${price}. Lena uses a ${c} coupon first, and then gets {d}% off the "
          f"reduced price. How much does she pay?")
    x = p.sub("price after the coupon", M(price), M(c))
    y = p.of("percent discount", PC(d), x)
    p.sub("final price", x, y)
    return p


@T('percent')
def pc_commission(r):
    w = who(r)
    s = r.randint(10, 60) * 100
    c = pick(r, [4, 5, 6, 8, 10, 12, 15])
    base = r.randint(3, 8) * 100
    p = P(f"{w.n} sells cars and earns a base pay of ${base} per week plus {c}% commission on sales. This "
          f"week {w.he} sold ${fn(s)} worth of cars. What is {w.his} total pay for the week?")
    x = p.of("commission", PC(c), M(s))
    p.add("total pay", M(base), x)
    return p


@T('percent')
def pc_rent_savings(r):
    w = who(r)
    inc = r.randint(20, 60) * 100
    rt = pick(r, [25, 30, 35, 40])
    sv = pick(r, [10, 15, 20])
    p = P(f"{w.n} earns ${fn(inc)} a month. {w.He} spends {rt}% on rent and saves {sv}%. How much is left "
          f"for everything else?")
    x = p.of("rent", PC(rt), M(inc))
    y = p.of("savings", PC(sv), M(inc))
    p.sub("amount left", M(inc), x, y)
    return p


@T('percent')
def pc_what_percent(r):
    b = pick(r, [20, 25, 50])
    a = r.randint(b // 2, b - 1)
    p = P(f"Kim scored {a} out of {b} on a quiz. What percent did she score?")
    x = p.div("fraction correct", N(a), N(b), u=None, integer=False)
    p.mul("percent score", x, N(100), u='percent')
    return p


@T('percent')
def pc_markdown_twice(r):
    price = r.randint(5, 20) * 20
    d1 = pick(r, [20, 25, 50])
    d2 = pick(r, [10, 20])
    p = P(f"A TV is priced at ${price}. It is marked down {d1}%, and later the sale price is marked down "
          f"another {d2}%. What is the final price?")
    x = p.of("first discount", PC(d1), M(price))
    y = p.sub("first sale price", M(price), x)
    z = p.of("second discount", PC(d2), y)
    p.sub("final price", y, z)
    return p


@T('percent')
def pc_tip_split(r):
    b = r.randint(12, 40) * 5
    t = pick(r, [10, 15, 20])
    k = pick(r, [2, 4, 5])
    p = P(f"A group of {k} friends have a meal that costs ${b}. They add a {t}% tip and split the total evenly. How "
          f"much does each person pay?")
    x = p.of("tip", PC(t), M(b))
    y = p.add("total with tip", M(b), x)
    p.div("amount per person", y, N(k, 'people'))
    return p


# =========================================================================== fractions

@T('fractions')
def fr_pizza(r):
    n = r.randint(2, 6)
    a = pick(r, [1, 3, 5])
    p = P(f"A party orders {n} pizzas, each cut into 8 slices. The guests eat {a}/8 of all the slices. "
          f"How many slices are left?")
    x = p.mul("total number of slices", N(n, 'pizzas'), N(8, 'slices'), u='slices')
    y = p.of("number of slices eaten", FR(a, 8), x, u='slices')
    p.sub("number of slices left", x, y, u='slices')
    return p


@T('fractions')
def fr_walk_bike_bus(r):
    s = r.randint(2, 8) * 15
    p = P(f"There are {s} students in a grade. 2/5 of them walk to school. 1/3 of the remaining students "
          f"bike, and the rest take the bus. How many students take the bus?")
    x = p.of("number of students who walk", FR(2, 5), N(s, 'students'), u='students')
    y = p.sub("number of remaining students", N(s, 'students'), x, u='students')
    z = p.of("number of students who bike", FR(1, 3), y, u='students')
    p.sub("number of students who take the bus", y, z, u='students')
    return p


@T('fractions')
def fr_money_spend(r):
    w = who(r)
    m = r.randint(5, 30) * 8
    p = P(f"{w.n} has ${m}. {w.He} spends 1/4 of it on books and then 1/2 of what is left on food. How "
          f"much money does {w.he} have now?")
    x = p.of("money spent on books", FR(1, 4), M(m))
    y = p.sub("money left after books", M(m), x)
    z = p.of("money spent on food", FR(1, 2), y)
    p.sub("money left", y, z)
    return p


@T('fractions')
def fr_tank(r):
    c = r.randint(8, 20) * 4
    u = r.randint(5, 15)
    p = P(f"A car's fuel tank holds {c} liters. It is 3/4 full. After a trip that uses {u} liters, how "
          f"many liters are left in the tank?")
    x = p.of("fuel in the tank", FR(3, 4), N(c, 'liters'), u='liters')
    p.sub("fuel left", x, N(u, 'liters'), u='liters')
    return p


@T('fractions')
def fr_recipe_sugar(r):
    b = r.randint(2, 6) * 3
    s = r.randint(int(b * 2 / 3) + 2, 30)
    p = P(f"A cookie recipe uses 2/3 cup of sugar per batch. Dana makes {b} batches from a bag that holds "
          f"{s} cups of sugar. How many cups of sugar are left?")
    x = p.mul("sugar needed", FR(2, 3), N(b, 'batches'), u='cups')
    p.sub("sugar left", N(s, 'cups'), x, u='cups')
    return p


@T('fractions')
def fr_book_pages(r):
    pg = r.randint(5, 20) * 12
    p = P(f"A book has {pg} pages. Theo reads 1/4 of the book on Monday and 1/3 of the remaining pages on "
          f"Tuesday. How many pages does he still have to read?")
    x = p.of("number of pages read on Monday", FR(1, 4), N(pg, 'pages'), u='pages')
    y = p.sub("number of pages left after Monday", N(pg, 'pages'), x, u='pages')
    z = p.of("number of pages read on Tuesday", FR(1, 3), y, u='pages')
    p.sub("number of pages still to read", y, z, u='pages')
    return p


@T('fractions')
def fr_marbles(r):
    n = r.randint(3, 12) * 7
    k = r.randint(5, 20)
    p = P(f"Omar has {n} marbles. He gives 2/7 of them to his sister and then buys {k} more. How many "
          f"marbles does he have now?")
    x = p.of("number of marbles given away", FR(2, 7), N(n, 'marbles'), u='marbles')
    y = p.sub("number of marbles left", N(n, 'marbles'), x, u='marbles')
    p.add("number of marbles now", y, N(k, 'marbles'), u='marbles')
    return p


@T('fractions')
def fr_garden(r):
    a = r.randint(4, 20) * 10
    p = P(f"A garden has an area of {a} square feet. 3/5 of it is planted with tomatoes. Half of the rest "
          f"is planted with peppers. How many square feet are planted with peppers?")
    x = p.of("tomato area", FR(3, 5), N(a, 'square feet'), u='square feet')
    y = p.sub("remaining area", N(a, 'square feet'), x, u='square feet')
    p.of("pepper area", FR(1, 2), y, u='square feet')
    return p


@T('fractions')
def fr_walk_days(r):
    d = r.randint(3, 14)
    p = P(f"Every day Ivy walks 1/2 mile in the morning and 3/4 mile in the evening. How many miles does "
          f"she walk in {d} days?")
    x = p.add("distance per day", FR(1, 2), FR(3, 4), u='miles')
    p.mul("total distance", x, N(d, 'days'), u='miles')
    return p


@T('fractions')
def fr_ribbon(r):
    L = r.randint(3, 12) * 3
    k = r.randint(3, 10)
    p = P(f"A roll has {L} meters of ribbon. It is cut into pieces that are each 3/4 meter long. If {k} "
          f"pieces are used for gifts, how many pieces are left?")
    x = p.div("number of pieces", N(L, 'meters'), FR(3, 4), u='pieces')
    p.sub("number of pieces left", x, N(k, 'pieces'), u='pieces')
    return p


@T('fractions')
def fr_exam_pass(r):
    s = r.randint(3, 12) * 12
    p = P(f"Of the {s} students who took an exam, 3/4 passed. Of the students who passed, 1/3 got an A. "
          f"How many students passed without getting an A?")
    x = p.of("number of students who passed", FR(3, 4), N(s, 'students'), u='students')
    y = p.of("number of students who got an A", FR(1, 3), x, u='students')
    p.sub("number of students who passed without an A", x, y, u='students')
    return p


@T('fractions')
def fr_cakes(r):
    c = r.randint(2, 6)
    p = P(f"A baker cuts each of {c} cakes into 12 pieces. Customers buy 1/4 of the pieces in the morning "
          f"and 1/3 of the remaining pieces in the afternoon. How many pieces are left?")
    x = p.mul("total number of pieces", N(c, 'cakes'), N(12, 'pieces'), u='pieces')
    y = p.of("number of pieces sold in the morning", FR(1, 4), x, u='pieces')
    z = p.sub("number of pieces left after the morning", x, y, u='pieces')
    q = p.of("number of pieces sold in the afternoon", FR(1, 3), z, u='pieces')
    p.sub("number of pieces left", z, q, u='pieces')
    return p


@T('fractions')
def fr_paint_cans(r):
    n = r.randint(2, 5) * 4
    c = n + r.randint(0, 4)
    p = P(f"Each room needs 3/4 of a can of paint. Tom buys {c} cans and paints {n} rooms. How many cans "
          f"of paint are left over?")
    x = p.mul("paint needed", FR(3, 4), N(n, 'rooms'), u='cans', integer=False)
    p.sub("paint left over", N(c, 'cans'), x, u='cans', integer=False)
    return p


# =========================================================================== rates

@T('rates')
def rt_two_legs(r):
    s1, h1 = r.randint(40, 65), r.randint(2, 4)
    s2, h2 = r.randint(30, 60), r.randint(2, 3)
    p = P(f"A truck drives at {s1} miles per hour for {h1} hours, then at {s2} miles per hour for {h2} "
          f"hours. How far does it travel in total?")
    x = p.mul("distance in the first part", N(s1, 'miles per hour'), N(h1, 'hours'), u='miles')
    y = p.mul("distance in the second part", N(s2, 'miles per hour'), N(h2, 'hours'), u='miles')
    p.add("total distance", x, y, u='miles')
    return p


@T('rates')
def rt_time_minutes(r):
    s = pick(r, [40, 48, 50, 60, 64, 80])
    h = pick(r, [F(3, 2), F(5, 2), F(9, 4), F(7, 2), 3, F(5, 4)])
    d = s * h
    if d.denominator != 1:
        d = s * 2
    p = P(f"A train travels {fn(d)} km at a steady speed of {s} km per hour. How many minutes does the "
          f"trip take?")
    x = p.div("travel time in hours", N(d, 'km'), N(s, 'km per hour'), u='hours')
    p.mul("travel time in minutes", x, N(60, 'minutes'), u='minutes')
    return p


@T('rates')
def rt_avg_speed(r):
    t1, t2 = r.randint(2, 4), r.randint(2, 4)
    s1, s2 = r.randint(40, 60), r.randint(40, 60)
    d1, d2 = s1 * t1, s2 * t2
    p = P(f"A bus covers {d1} miles in {t1} hours and then {d2} miles in {t2} hours. What is its average "
          f"speed for the whole trip in miles per hour?")
    x = p.add("total distance", N(d1, 'miles'), N(d2, 'miles'), u='miles')
    y = p.add("total time", N(t1, 'hours'), N(t2, 'hours'), u='hours')
    p.div("average speed", x, y, u='miles per hour')
    return p


@T('rates')
def rt_typing(r):
    wpm = pick(r, [40, 45, 50, 60, 75])
    mins = pick(r, [20, 30, 40, 50, 60])
    wp = pick(r, [250, 300, 400, 500])
    p = P(f"Zoe types {wpm} words per minute. She types for {mins} minutes. If a page holds {wp} words, "
          f"how many pages does she type?")
    x = p.mul("words typed", N(wpm, 'words per minute'), N(mins, 'minutes'), u='words')
    p.div("number of pages typed", x, N(wp, 'words per page'), u='pages', integer=False)
    return p


@T('rates')
def rt_factory(r):
    ph = r.randint(20, 90)
    h = pick(r, [6, 7, 8, 10])
    d = r.randint(3, 6)
    p = P(f"A machine makes {ph} bottles per hour. It runs {h} hours a day. How many bottles does it make "
          f"in {d} days?")
    x = p.mul("number of bottles per day", N(ph, 'bottles per hour'), N(h, 'hours'), u='bottles')
    p.mul("total number of bottles", x, N(d, 'days'), u='bottles')
    return p


@T('rates')
def rt_pipes(r):
    a, b = r.randint(8, 20), r.randint(5, 15)
    t = r.randint(6, 25)
    v = (a + b) * t
    p = P(f"Two hoses fill a pool. One delivers {a} liters per minute and the other {b} liters per minute. "
          f"The pool holds {fn(v)} liters. How many minutes does it take to fill using both hoses?")
    x = p.add("combined rate", N(a, 'liters per minute'), N(b, 'liters per minute'), u='liters per minute')
    p.div("time to fill", N(v, 'liters'), x, u='minutes')
    return p


@T('rates')
def rt_work_together(r):
    a, b = pick(r, [(3, 6), (4, 12), (6, 12), (2, 6), (10, 15), (4, 4), (12, 24), (6, 3), (20, 30), (5, 20)])
    p = P(f"Ana can paint a fence in {a} hours and Ben can paint it in {b} hours. Working together, how "
          f"many minutes do they need to paint the fence?")
    x = p.add("fraction of the fence painted per hour", FR(1, a), FR(1, b), u=None, integer=False,
              fracok=True, fault=False)
    y = p.div("time in hours", N(1), x, u='hours')
    p.mul("time in minutes", y, N(60, 'minutes'), u='minutes')
    return p


@T('rates')
def rt_round_trip(r):
    d = r.randint(3, 12)
    s = pick(r, [12, 15, 16, 20, 24])
    p = P(f"Carla bikes {d} km to the library and back home at {s} km per hour. How many minutes does she "
          f"spend biking?")
    x = p.mul("round-trip distance", N(2), N(d, 'km'), u='km')
    y = p.div("time in hours", x, N(s, 'km per hour'), u='hours', fracok=False)
    p.mul("time in minutes", y, N(60, 'minutes'), u='minutes')
    return p


@T('rates')
def rt_fuel_cost(r):
    mpg = pick(r, [20, 24, 25, 30, 32, 35, 40])
    g = r.randint(4, 15)
    m = mpg * g
    pr = money(r, 2.8, 4.6, 0.1)
    p = P(f"A car gets {mpg} miles per gallon. Gas costs {fm(pr)} per gallon. How much does the gas cost "
          f"for a {fn(m)}-mile trip?")
    x = p.div("gallons needed", N(m, 'miles'), N(mpg, 'miles per gallon'), u='gallons')
    p.mul("cost of gas", x, M(pr))
    return p


@T('rates')
def rt_reading_weeks(r):
    a, b = r.randint(10, 30), r.randint(20, 50)
    wk = r.randint(2, 6)
    book = (5 * a + 2 * b) * wk
    p = P(f"Sam reads {a} pages on each weekday and {b} pages on each weekend day. How many weeks does it "
          f"take him to read a {fn(book)}-page series?")
    x = p.mul("number of weekday pages", N(5, 'days'), N(a, 'pages'), u='pages')
    y = p.mul("number of weekend pages", N(2, 'days'), N(b, 'pages'), u='pages')
    z = p.add("number of pages per week", x, y, u='pages')
    p.div("number of weeks", N(book, 'pages'), z, u='weeks')
    return p


@T('rates')
def rt_printers(r):
    a, b = r.randint(10, 30), r.randint(8, 25)
    t = r.randint(4, 20)
    pg = (a + b) * t
    p = P(f"One printer prints {a} pages per minute and another prints {b} pages per minute. Working "
          f"together, how long will they take to print {fn(pg)} pages?")
    x = p.add("combined speed", N(a, 'pages per minute'), N(b, 'pages per minute'), u='pages per minute')
    p.div("printing time", N(pg, 'pages'), x, u='minutes')
    return p


@T('rates')
def rt_leak(r):
    l = pick(r, [F(1, 2), F(3, 2), 2, F(5, 2), 3, 4])
    d = r.randint(3, 14)
    p = P(f"A leaky faucet drips {dec(F(l))} liters of water per hour. How many liters leak in {d} days?")
    x = p.mul("liters per day", N(l, 'liters per hour'), N(24, 'hours'), u='liters')
    p.mul("total liters", x, N(d, 'days'), u='liters')
    return p


@T('rates')
def rt_runner_pace(r):
    pace = r.randint(7, 12)
    m = pick(r, [4, 6, 8, 10, 12])
    w = r.randint(2, 5)
    p = P(f"Jo runs at a pace of {pace} minutes per mile. She runs {m} miles on each of {w} days. How many "
          f"hours does she run in total?")
    x = p.mul("minutes per run", N(pace, 'minutes per mile'), N(m, 'miles'), u='minutes')
    y = p.mul("total minutes", x, N(w, 'days'), u='minutes')
    p.div("total hours", y, N(60, 'minutes per hour'), u='hours')
    return p


# =========================================================================== time and clocks

@T('time')
def tm_movie_spare(r):
    st = r.randint(17 * 4, 18 * 4) * 15 + pick(r, [0, 5, 10])
    ads, film, drive = pick(r, [10, 15, 20]), r.randint(90, 150), r.randint(15, 40)
    end = st + ads + film + drive
    cur = (end // 30 + r.randint(1, 3)) * 30
    p = P(f"A movie showing starts at {clock_str(st)}. There are {ads} minutes of ads before the film, "
          f"and the film runs {film} minutes. The drive home takes {drive} minutes. Mia must be home by "
          f"{clock_str(cur)}. How many minutes early will she get home?")
    x = p.add("length of the showing", N(ads, 'minutes'), N(film, 'minutes'), u='minutes')
    y = p.add("time the movie ends", CL(st), x)
    z = p.add("time she gets home", y, N(drive, 'minutes'))
    p.sub("minutes early", CL(cur), z, u='minutes')
    return p


@T('time')
def tm_workday(r):
    st = r.randint(7 * 4, 9 * 4) * 15
    ln = pick(r, [30, 45, 60])
    en = st + r.randint(7 * 4, 9 * 4) * 15 + ln
    p = P(f"Alex starts work at {clock_str(st)} and leaves at {clock_str(en)}. He takes a {ln}-minute "
          f"unpaid lunch. How many hours is he paid for?")
    x = p.sub("time at work", CL(en), CL(st), u='minutes')
    y = p.sub("paid minutes", x, N(ln, 'minutes'), u='minutes')
    p.div("paid hours", y, N(60, 'minutes per hour'), u='hours')
    return p


@T('time')
def tm_practice_week(r):
    m = pick(r, [30, 45, 40, 50, 75, 90])
    d = pick(r, [4, 6, 2])
    p = P(f"Lily practices piano for {m} minutes a day, {d} days a week. How many hours does she practice "
          f"each week?")
    x = p.mul("minutes per week", N(m, 'minutes'), N(d, 'days'), u='minutes')
    p.div("hours per week", x, N(60, 'minutes per hour'), u='hours')
    return p


@T('time')
def tm_bus_count(r):
    first = r.randint(5 * 4, 7 * 4) * 15
    gap = pick(r, [15, 20, 25, 30, 40])
    n = r.randint(10, 30)
    last = first + (n - 1) * gap
    if last >= 23 * 60:
        n = 12
        last = first + (n - 1) * gap
    p = P(f"The first bus leaves the station at {clock_str(first)} and the last one leaves at "
          f"{clock_str(last)}. A bus leaves every {gap} minutes. How many buses leave the station that day?")
    x = p.sub("time between the first and last bus", CL(last), CL(first), u='minutes')
    y = p.div("number of gaps", x, N(gap, 'minutes'), u='gaps')
    p.add("number of buses", y, N(1), u='buses')
    return p


@T('time')
def tm_turkey(r):
    mp = pick(r, [13, 15, 18, 20])
    lb = r.randint(10, 20)
    rest = pick(r, [20, 30, 45])
    p = P(f"A turkey needs to roast {mp} minutes per pound and then rest for {rest} minutes. How many hours "
          f"does it take to prepare a {lb}-pound turkey?")
    x = p.muladd("total minutes", N(mp, 'minutes'), N(lb, 'pounds'), N(rest, 'minutes'), u='minutes')
    p.div("total hours", x, N(60, 'minutes per hour'), u='hours')
    return p


@T('time')
def tm_nap_week(r):
    a = r.randint(12 * 4 + 1, 14 * 4) * 15 + pick(r, [0, 5, 10])
    b = a + r.randint(6, 16) * 5
    d = pick(r, [5, 6, 7])
    p = P(f"A toddler naps from {clock_str(a)} to {clock_str(b)} every day. How many minutes does the "
          f"toddler nap in {d} days?")
    x = p.sub("nap length", CL(b), CL(a), u='minutes')
    p.mul("total nap time", x, N(d, 'days'), u='minutes')
    return p


@T('time')
def tm_timesheet(r):
    hrs = [pick(r, [6, F(13, 2), 7, F(15, 2), 8, F(17, 2)]) for _ in range(5)]
    wage = r.randint(14, 24)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    txt = ", ".join(f"{dec(h)} hours on {d}" for h, d in zip(hrs, days))
    p = P(f"Nina worked {txt}. She earns ${wage} per hour. How much did she earn this week?")
    x = p.add("total hours", *[N(h, 'hours') for h in hrs], u='hours')
    p.mul("weekly pay", x, M(wage))
    return p


@T('time')
def tm_race_wait(r):
    pace = r.randint(8, 12)
    mi = pick(r, [5, 6, 8, 10])
    st = r.randint(7 * 4, 8 * 4) * 15
    fin = st + pace * mi
    aw = (fin // 30 + r.randint(1, 4)) * 30
    p = P(f"A race starts at {clock_str(st)}. Raj runs {mi} miles at {pace} minutes per mile. The awards "
          f"ceremony starts at {clock_str(aw)}. How many minutes does Raj wait after finishing?")
    x = p.mul("running time", N(pace, 'minutes per mile'), N(mi, 'miles'), u='minutes')
    y = p.add("finish time", CL(st), x)
    p.sub("waiting time", CL(aw), y, u='minutes')
    return p


@T('time')
def tm_school_day(r):
    k = r.randint(5, 8)
    ln = pick(r, [40, 45, 50, 55])
    g = pick(r, [3, 4, 5])
    lunch = pick(r, [25, 30, 35, 40])
    p = P(f"A school day has {k} classes of {ln} minutes each, {k - 1} breaks of {g} minutes between "
          f"classes, and a {lunch}-minute lunch. How many minutes long is the school day?")
    x = p.mul("class time", N(k, 'classes'), N(ln, 'minutes'), u='minutes')
    y = p.mul("break time", N(k - 1, 'breaks'), N(g, 'minutes'), u='minutes')
    p.add("total time", x, y, N(lunch, 'minutes'), u='minutes')
    return p


@T('time')
def tm_flight_minutes(r):
    h1, m1 = r.randint(1, 4), r.randint(1, 11) * 5
    lay = r.randint(3, 20) * 5
    h2, m2 = r.randint(1, 5), r.randint(1, 11) * 5
    p = P(f"A trip has a flight of {h1} hours {m1} minutes, a {lay}-minute layover, and a second flight of "
          f"{h2} hours {m2} minutes. How many minutes does the whole trip take?")
    x = p.muladd("first flight in minutes", N(h1, 'hours'), N(60), N(m1, 'minutes'), u='minutes')
    y = p.muladd("second flight in minutes", N(h2, 'hours'), N(60), N(m2, 'minutes'), u='minutes')
    p.add("total trip time", x, N(lay, 'minutes'), y, u='minutes')
    return p


@T('time')
def tm_store_hours(r):
    op = r.randint(7 * 2, 10 * 2) * 30
    cl = op + r.randint(14, 26) * 30
    d = pick(r, [5, 6, 7])
    p = P(f"A bakery opens at {clock_str(op)} and closes at {clock_str(cl)}. It is open {d} days a week. "
          f"How many hours is it open each week?")
    x = p.sub("minutes open per day", CL(cl), CL(op), u='minutes')
    y = p.div("hours open per day", x, N(60, 'minutes per hour'), u='hours')
    p.mul("hours open per week", y, N(d, 'days'), u='hours')
    return p


@T('time')
def tm_parking_clock(r):
    a = r.randint(8 * 6, 11 * 6) * 10
    b = a + r.randint(3, 12) * 30
    rate = money(r, 1, 3, 0.25)
    p = P(f"A car parks at {clock_str(a)} and leaves at {clock_str(b)}. Parking costs {fm(rate)} for each "
          f"half hour. How much is the parking fee?")
    x = p.sub("time parked", CL(b), CL(a), u='minutes')
    y = p.div("number of half hours", x, N(30, 'minutes'), u='half-hours', integer=True)
    p.mul("parking fee", y, M(rate))
    return p


@T('time')
def tm_laundry(r):
    wsh, dry = r.randint(6, 9) * 5, r.randint(8, 12) * 5
    n = r.randint(2, 6)
    p = P(f"Each load of laundry takes {wsh} minutes to wash and {dry} minutes to dry. How many hours does "
          f"it take to wash and dry {n} loads, one after another?")
    x = p.add("time per load", N(wsh, 'minutes'), N(dry, 'minutes'), u='minutes')
    y = p.mul("total minutes", N(n, 'loads'), x, u='minutes')
    p.div("total hours", y, N(60, 'minutes per hour'), u='hours')
    return p


# =========================================================================== unit conversions

@T('units')
def uc_height_inches(r):
    f1, i1 = 5, r.randint(3, 11)
    f2, i2 = 4, r.randint(0, 11)
    p = P(f"Maya is {f1} feet {i1} inches tall. Her little brother is {f2} feet {i2} inches tall. How many "
          f"inches taller is Maya?")
    x = p.muladd("Maya's height in inches", N(f1, 'feet'), N(12), N(i1, 'inches'), u='inches')
    y = p.muladd("brother's height in inches", N(f2, 'feet'), N(12), N(i2, 'inches'), u='inches')
    p.sub("difference in height", x, y, u='inches')
    return p


@T('units')
def uc_flour_loaves(r):
    kg = r.randint(2, 9)
    g = pick(r, [200, 250, 400, 500])
    p = P(f"A baker has {kg} kg of flour. Each loaf of bread uses {g} g of flour. How many loaves can the "
          f"baker make?")
    x = p.mul("flour in grams", N(kg, 'kg'), N(1000, 'g per kg'), u='g')
    p.div("number of loaves", x, N(g, 'g'), u='loaves')
    return p


@T('units')
def uc_eggs_dozen(r):
    d = r.randint(3, 10)
    u = r.randint(10, 12 * d - 5)
    p = P(f"A cafe buys {d} dozen eggs and uses {u} eggs at breakfast. How many eggs are left?")
    x = p.mul("number of eggs bought", N(d, 'dozen'), N(12, 'eggs'), u='eggs')
    p.sub("number of eggs left", x, N(u, 'eggs'), u='eggs')
    return p


@T('units')
def uc_hours_sessions(r):
    h = pick(r, [F(3, 2), 2, F(5, 2), 3, F(7, 2), 4, F(9, 2), 5])
    s = pick(r, [10, 15, 20, 30])
    p = P(f"A tutor is available for {dec(h)} hours. Each tutoring session lasts {s} minutes. How many "
          f"sessions can the tutor hold?")
    x = p.mul("time in minutes", N(h, 'hours'), N(60, 'minutes per hour'), u='minutes')
    p.div("number of sessions", x, N(s, 'minutes'), u='sessions')
    return p


@T('units')
def uc_fence_posts(r):
    sp = pick(r, [4, 6, 8, 10])
    yd = sp * r.randint(2, 8)
    p = P(f"A straight fence is {yd} yards long. Posts are placed every {sp} feet, including one at each "
          f"end. How many posts are needed?")
    x = p.mul("length in feet", N(yd, 'yards'), N(3, 'feet per yard'), u='feet')
    y = p.div("number of gaps", x, N(sp, 'feet'), u='gaps')
    p.add("number of posts", y, N(1), u='posts')
    return p


@T('units')
def uc_bottles_glasses(r):
    L = pick(r, [F(3, 2), 2, 3])
    g = pick(r, [250, 300, 500])
    n = r.randint(2, 8)
    p = P(f"A party has {n} bottles of juice, each holding {dec(L)} liters. Each glass holds {g} mL. How many "
          f"glasses can be poured?")
    x = p.mul("juice per bottle in mL", N(L, 'liters'), N(1000, 'mL per liter'), u='mL')
    y = p.div("number of glasses per bottle", x, N(g, 'mL'), u='glasses')
    p.mul("total number of glasses", y, N(n, 'bottles'), u='glasses')
    return p


@T('units')
def uc_minutes_pay(r):
    m = r.randint(4, 16) * 30
    w = r.randint(12, 25)
    p = P(f"Leo worked {m} minutes on a project. He is paid ${w} per hour. How much did he earn?")
    x = p.div("time in hours", N(m, 'minutes'), N(60, 'minutes per hour'), u='hours')
    p.mul("earnings", x, M(w))
    return p


@T('units')
def uc_ribbon_cm(r):
    m = r.randint(2, 9)
    c = pick(r, [20, 25, 50])
    k = r.randint(2, 5)
    p = P(f"Rosa has {m} meters of ribbon. She cuts it into pieces {c} cm long and uses {k} pieces. How "
          f"many pieces are left?")
    x = p.mul("ribbon in centimeters", N(m, 'm'), N(100, 'cm per meter'), u='cm')
    y = p.div("number of pieces", x, N(c, 'cm'), u='pieces')
    p.sub("number of pieces left", y, N(k, 'pieces'), u='pieces')
    return p


@T('units')
def uc_pounds_ounces(r):
    lb = r.randint(2, 10)
    s = pick(r, [4, 8, 16])
    p = P(f"A bag holds {lb} pounds of rice. One serving is {s} ounces. There are 16 ounces in a pound. How "
          f"many servings are in the bag?")
    x = p.mul("rice in ounces", N(lb, 'pounds'), N(16, 'ounces per pound'), u='ounces')
    p.div("number of servings", x, N(s, 'ounces'), u='servings')
    return p


@T('units')
def uc_gallons_cups(r):
    g = r.randint(2, 6)
    c = pick(r, [2, 4])
    p = P(f"A punch bowl holds {g} gallons. One gallon is 16 cups. If each guest drinks {c} cups, how many "
          f"guests can be served?")
    x = p.mul("punch in cups", N(g, 'gallons'), N(16, 'cups per gallon'), u='cups')
    p.div("number of guests", x, N(c, 'cups'), u='guests')
    return p


@T('units')
def uc_weeks_walks(r):
    wk = r.randint(3, 10)
    a = pick(r, [2, 3])
    p = P(f"Dev walks his dog {a} times a day. How many walks does he take in {wk} weeks?")
    x = p.mul("number of days", N(wk, 'weeks'), N(7, 'days per week'), u='days', integer=True)
    p.mul("number of walks", x, N(a, 'walks'), u='walks')
    return p


@T('units')
def uc_km_laps(r):
    km = pick(r, [2, 3, 4, 5, 6, 8, 10])
    tr = pick(r, [400, 250, 500])
    p = P(f"A running track is {tr} meters around. How many laps does Kayla run in a {km} km run?")
    x = p.mul("distance in meters", N(km, 'km'), N(1000, 'meters per km'), u='meters')
    p.div("number of laps", x, N(tr, 'meters'), u='laps')
    return p


@T('units')
def uc_dozen_cookies(r):
    d = r.randint(3, 9)
    pr = money(r, 0.5, 1.5, 0.25)
    k = r.randint(3, 10)
    p = P(f"A bakery bakes {d} dozen cookies. It sells all but {k} of them for {fm(pr)} each. How much "
          f"money does it make?")
    x = p.mul("number of cookies", N(d, 'dozen'), N(12, 'cookies'), u='cookies')
    y = p.sub("number of cookies sold", x, N(k, 'cookies'), u='cookies')
    p.mul("money made", y, M(pr))
    return p


# =========================================================================== ages

@T('ages')
def ag_times_future(r):
    b = r.randint(4, 12)
    k = pick(r, [3, 4, 5])
    y = r.randint(2, 10)
    p = P(f"Ken is {b} years old. His father is {k} times as old as Ken. What will the sum of their ages "
          f"be in {y} years?")
    x = p.mul("father's age now", N(k), N(b, 'years'), u='years', integer=True)
    f = p.add("father's age then", x, N(y, 'years'), u='years', integer=True)
    g = p.add("Ken's age then", N(b, 'years'), N(y, 'years'), u='years', integer=True)
    p.add("sum of their ages", f, g, u='years', integer=True)
    return p


@T('ages')
def ag_mother(r):
    m, d = r.randint(22, 38), r.randint(3, 16)
    p = P(f"Ruth was {m} years old when her daughter was born. Her daughter is now {d}. What is the sum of "
          f"their ages now?")
    x = p.add("Ruth's age now", N(m, 'years'), N(d, 'years'), u='years', integer=True)
    p.add("sum of their ages", x, N(d, 'years'), u='years', integer=True)
    return p


@T('ages')
def ag_chain(r):
    c = r.randint(3, 12)
    d = r.randint(2, 6)
    p = P(f"Cara is {c} years old. Ben is twice as old as Cara, and Amir is {d} years older than Ben. What "
          f"is the total of their three ages?")
    x = p.mul("Ben's age", N(2), N(c, 'years'), u='years', integer=True)
    y = p.add("Amir's age", x, N(d, 'years'), u='years', integer=True)
    p.add("total of their ages", N(c, 'years'), x, y, u='years', integer=True)
    return p


@T('ages')
def ag_years_ago(r):
    s = r.randint(9, 16)
    x0 = r.randint(2, 6)
    k = pick(r, [3, 4])
    p = P(f"Sam is {s} years old. {x0} years ago, his dad was {k} times as old as Sam was then. How old "
          f"is his dad now?")
    a = p.sub("Sam's age then", N(s, 'years'), N(x0, 'years'), u='years', integer=True)
    b = p.mul("dad's age then", N(k), a, u='years', integer=True)
    p.add("dad's age now", b, N(x0, 'years'), u='years', integer=True)
    return p


@T('ages')
def ag_birth_year(r):
    y = r.randint(1960, 2015)
    k = r.randint(3, 20)
    p = P(f"Elena was born in {y}. How old will she be on her birthday in {2026 + k}?")
    x = p.sub("her age this year", N(2026, 'yr'), N(y, 'yr'), u='years', integer=True)
    p.add("age then", x, N(k, 'years'), u='years', integer=True)
    return p


@T('ages')
def ag_dog_years(r):
    d = r.randint(2, 9)
    o = r.randint(5, 7 * d - 1)
    p = P(f"People say each year of a dog's life equals 7 human years. Max's dog is {d} years old and Max "
          f"is {o}. In human years, how much older is the dog than Max?")
    x = p.mul("dog's age in human years", N(d, 'years'), N(7), u='years', integer=True)
    p.sub("difference", x, N(o, 'years'), u='years', integer=True)
    return p


@T('ages')
def ag_grandma(r):
    g = r.randint(8, 15)
    k = pick(r, [5, 6, 7])
    d = r.randint(22, 30)
    p = P(f"Jay is {g} years old. His grandmother is {k} times his age, and his mother is {d} years younger "
          f"than his grandmother. What is the sum of the three ages?")
    x = p.mul("grandmother's age", N(k), N(g, 'years'), u='years', integer=True)
    y = p.sub("mother's age", x, N(d, 'years'), u='years', integer=True)
    p.add("sum of the ages", N(g, 'years'), x, y, u='years', integer=True)
    return p


@T('ages')
def ag_twins_sister(r):
    t = r.randint(4, 14)
    d = r.randint(2, 6)
    p = P(f"Twins are {t} years old each. Their sister is {d} years older than the twins. What is the "
          f"total of all three ages?")
    x = p.add("sister's age", N(t, 'years'), N(d, 'years'), u='years', integer=True)
    p.add("total age", N(t, 'years'), N(t, 'years'), x, u='years', integer=True)
    return p


@T('ages')
def ag_diff_constant(r):
    b = r.randint(5, 15)
    a = b + r.randint(3, 12)
    n = b + r.randint(5, 25)
    p = P(f"Aunt Rosa is {a} and her niece is {b}. How old will Aunt Rosa be when her niece is {n}?")
    x = p.sub("age difference", N(a, 'years'), N(b, 'years'), u='years', integer=True)
    p.add("Aunt Rosa's age then", N(n, 'years'), x, u='years', integer=True)
    return p


@T('ages')
def ag_half_plus(r):
    m = r.randint(15, 25) * 2
    k = r.randint(2, 8)
    y = r.randint(3, 10)
    p = P(f"Jen's age is {k} more than half of her mom's age. Her mom is {m}. How old will Jen be in {y} "
          f"years?")
    x = p.div("half of mom's age", N(m, 'years'), N(2), u='years', integer=True)
    z = p.add("Jen's age now", x, N(k, 'years'), u='years', integer=True)
    p.add("Jen's age then", z, N(y, 'years'), u='years', integer=True)
    return p


@T('ages')
def ag_total_future(r):
    a, b, c = r.randint(2, 15), r.randint(2, 15), r.randint(2, 15)
    y = r.randint(3, 9)
    p = P(f"Three cousins are {a}, {b}, and {c} years old. What will be the sum of their ages in {y} years?")
    x = p.add("sum of their ages now", N(a, 'years'), N(b, 'years'), N(c, 'years'), u='years', integer=True)
    z = p.mul("total increase", N(3), N(y, 'years'), u='years', integer=True)
    p.add("sum of their ages then", x, z, u='years', integer=True)
    return p


# =========================================================================== averages

@T('averages')
def av_tests(r):
    s = [r.randint(65, 100) for _ in range(4)]
    p = P(f"Nico scored {s[0]}, {s[1]}, {s[2]}, and {s[3]} on four tests. What is his average score?")
    x = p.add("total score", *[N(v, 'points') for v in s], u='points')
    p.div("average score", x, N(4, 'tests'), u='points')
    return p


@T('averages')
def av_needed(r):
    n = 5
    A = r.randint(80, 90)
    s = [r.randint(A - 8, A + 8) for _ in range(4)]
    p = P(f"Hana wants an average of {A} on 5 tests. Her first four scores are {s[0]}, {s[1]}, {s[2]}, and "
          f"{s[3]}. What score does she need on the fifth test?")
    x = p.mul("total points needed", N(A, 'points'), N(n, 'tests'), u='points')
    y = p.add("points so far", *[N(v, 'points') for v in s], u='points')
    p.sub("score needed", x, y, u='points')
    return p


@T('averages')
def av_steps_week(r):
    s = [r.randint(40, 120) * 100 for _ in range(5)]
    p = P(f"On five days Ali walked {fn(s[0])}, {fn(s[1])}, {fn(s[2])}, {fn(s[3])}, and {fn(s[4])} steps. "
          f"What was the average number of steps per day?")
    x = p.add("total number of steps", *[N(v, 'steps') for v in s], u='steps')
    p.div("average steps per day", x, N(5, 'days'), u='steps')
    return p


@T('averages')
def av_price(r):
    s = [money(r, 8, 30, 0.5) for _ in range(3)]
    p = P(f"Eve bought three shirts for {fm(s[0])}, {fm(s[1])}, and {fm(s[2])}. What was the average price "
          f"of a shirt?")
    x = p.add("total cost", *[M(v) for v in s])
    p.div("average price", x, N(3, 'shirts'))
    return p


@T('averages')
def av_weighted(r):
    a, b = r.randint(2, 5), r.randint(2, 5)
    x1, x2 = r.randint(4, 12), r.randint(8, 20)
    n = a + b
    p = P(f"A store sells {a} small plants for ${x1} each and {b} large plants for ${x2} each. What is the "
          f"average price per plant sold?")
    x = p.mul("money from small plants", N(a, 'plants'), M(x1))
    y = p.mul("money from large plants", N(b, 'plants'), M(x2))
    z = p.add("total money", x, y)
    c = p.add("number of plants", N(a, 'plants'), N(b, 'plants'), u='plants')
    p.div("average price", z, c)
    return p


@T('averages')
def av_two_classes(r):
    n1, n2 = pick(r, [(20, 30), (15, 25), (10, 30), (24, 16), (30, 20), (25, 25)])
    a1, a2 = r.randint(70, 90), r.randint(70, 90)
    p = P(f"Class A has {n1} students with an average score of {a1}. Class B has {n2} students with an "
          f"average score of {a2}. What is the average score of all the students together?")
    x = p.mul("total points for class A", N(n1, 'students'), N(a1, 'points'), u='points')
    y = p.mul("total points for class B", N(n2, 'students'), N(a2, 'points'), u='points')
    z = p.add("total points", x, y, u='points')
    c = p.add("total number of students", N(n1, 'students'), N(n2, 'students'), u='students')
    p.div("overall average", z, c, u='points')
    return p


@T('averages')
def av_temps(r):
    t = [r.randint(55, 90) for _ in range(5)]
    p = P(f"The high temperatures for five days were {t[0]}, {t[1]}, {t[2]}, {t[3]}, and {t[4]} degrees. "
          f"What was the average high temperature?")
    x = p.add("sum of the temperatures", *[N(v, 'degrees') for v in t], u='degrees')
    p.div("average temperature", x, N(5, 'days'), u='degrees')
    return p


@T('averages')
def av_points_game(r):
    a = r.randint(12, 25)
    g = pick(r, [4, 5, 7, 9])
    s = r.randint(10, 40)
    p = P(f"A player averaged {a} points per game over {g} games. In the next game she scored {s} points. "
          f"What is her new average?")
    x = p.mul("total points so far", N(a, 'points'), N(g, 'games'), u='points')
    y = p.add("new total points", x, N(s, 'points'), u='points')
    z = p.add("number of games played", N(g, 'games'), N(1, 'game'), u='games')
    p.div("new average", y, z, u='points')
    return p


@T('averages')
def av_quiz_new(r):
    a = r.randint(6, 9)
    k = 4
    s = r.randint(5, 10)
    p = P(f"The average of Tom's first {k} quiz scores is {a}. He scores {s} on the next quiz. What is his "
          f"average for all {k + 1} quizzes?")
    x = p.mul("sum of the first scores", N(a, 'points'), N(k, 'quizzes'), u='points')
    y = p.add("new sum", x, N(s, 'points'), u='points')
    p.div("new average", y, N(k + 1, 'quizzes'), u='points')
    return p


@T('averages')
def av_rainfall(r):
    t = [F(r.randint(2, 30), 10) for _ in range(4)]
    p = P(f"Rainfall over four weeks was {dec(t[0])}, {dec(t[1])}, {dec(t[2])}, and {dec(t[3])} inches. What "
          f"was the average weekly rainfall?")
    x = p.add("total rainfall", *[N(v, 'inches') for v in t], u='inches')
    p.div("average rainfall", x, N(4, 'weeks'), u='inches')
    return p


@T('averages')
def av_per_person(r):
    k = pick(r, [2, 4, 5])
    a, b, c = money(r, 40, 90, 1), money(r, 20, 60, 1), money(r, 10, 40, 1)
    p = P(f"A family of {k} spends ${fn(a)} on groceries, ${fn(b)} on gas, and ${fn(c)} on fun in a week. "
          f"What is the average spent per person?")
    x = p.add("total spent", M(a), M(b), M(c))
    p.div("average per person", x, N(k, 'people'))
    return p


# =========================================================================== ratios and sharing

@T('ratios')
def ra_share_money(r):
    a, b = pick(r, [(2, 3), (3, 5), (1, 4), (3, 4), (2, 5), (4, 5)])
    t = (a + b) * r.randint(5, 40)
    p = P(f"Tia and Raj share ${t} in the ratio {a}:{b}. How much more money does Raj get than Tia?")
    x = p.add("total parts", N(a), N(b), u='parts')
    y = p.div("value of one part", M(t), x)
    z = p.mul("Tia's share", N(a), y)
    w = p.mul("Raj's share", N(b), y)
    p.sub("difference", w, z)
    return p


@T('ratios')
def ra_boys_girls(r):
    b, g = pick(r, [(3, 4), (2, 3), (4, 5), (5, 3), (3, 2), (5, 7)])
    t = (b + g) * r.randint(3, 9)
    p = P(f"The ratio of boys to girls in a choir is {b}:{g}. There are {t} singers. How many girls are in "
          f"the choir?")
    x = p.add("total parts", N(b), N(g), u='parts', integer=True)
    y = p.div("number of singers per part", N(t, 'singers'), x, u='singers')
    p.mul("number of girls", N(g), y, u='girls')
    return p


@T('ratios')
def ra_recipe_scale(r):
    c = pick(r, [2, 3])
    base = pick(r, [12, 16, 20, 24])
    k = r.randint(2, 6)
    want = base * k
    p = P(f"A recipe uses {c} cups of flour to make {base} muffins. How many cups of flour are needed for "
          f"{want} muffins?")
    x = p.div("number of batches", N(want, 'muffins'), N(base, 'muffins'), u='batches', integer=True)
    p.mul("flour needed", x, N(c, 'cups'), u='cups')
    return p


@T('ratios')
def ra_paint_mix(r):
    a, b = pick(r, [(3, 2), (2, 1), (3, 1), (4, 1), (5, 3)])
    t = (a + b) * r.randint(2, 8)
    p = P(f"A painter mixes blue and white paint in the ratio {a}:{b}. She needs {t} liters of the mix. "
          f"How many liters of blue paint does she use?")
    x = p.add("total parts", N(a), N(b), u='parts', integer=True)
    y = p.div("liters per part", N(t, 'liters'), x, u='liters')
    p.mul("blue paint", N(a), y, u='liters')
    return p


@T('ratios')
def ra_cats_dogs(r):
    c, d = pick(r, [(3, 5), (2, 3), (4, 7), (5, 2), (3, 4)])
    n = c * r.randint(3, 8)
    p = P(f"At a shelter the ratio of cats to dogs is {c}:{d}. There are {n} cats. How many cats and dogs "
          f"are there altogether?")
    x = p.div("number of animals per part", N(n, 'cats'), N(c), u='animals')
    y = p.mul("number of dogs", N(d), x, u='dogs')
    p.add("total number of animals", N(n, 'cats'), y, u='animals')
    return p


@T('ratios')
def ra_map_scale(r):
    k = pick(r, [5, 10, 20, 25])
    x0 = F(r.randint(4, 30), 2)
    s = pick(r, [50, 60, 80, 100])
    p = P(f"On a map, 1 cm stands for {k} km. Two towns are {dec(x0)} cm apart on the map. How many hours "
          f"does it take to drive between them at {s} km per hour?")
    x = p.mul("real distance", N(x0, 'cm'), N(k, 'km per cm'), u='km')
    p.div("driving time", x, N(s, 'km per hour'), u='hours')
    return p


@T('ratios')
def ra_invest_profit(r):
    a, b = pick(r, [(2, 3), (1, 3), (3, 5), (2, 5), (1, 2)])
    u = r.randint(1, 5) * 1000
    pr = (a + b) * r.randint(2, 30) * 50
    p = P(f"Two partners invest ${fn(a * u)} and ${fn(b * u)} in a shop, a ratio of {a}:{b}. They split a "
          f"profit of ${fn(pr)} in the same ratio. How much does the second partner get?")
    x = p.add("total parts", N(a), N(b), u='parts', integer=True)
    y = p.div("profit per part", M(pr), x)
    p.mul("second partner's share", N(b), y)
    return p


@T('ratios')
def ra_three_way(r):
    t = 6 * r.randint(4, 40)
    p = P(f"Three siblings split ${t} in the ratio 1:2:3. How much more does the sibling with the largest "
          f"share get than the one with the smallest share?")
    x = p.add("total parts", N(1), N(2), N(3), u='parts', integer=True)
    y = p.div("value of one part", M(t), x)
    z = p.mul("largest share", N(3), y)
    p.sub("difference", z, y)
    return p


@T('ratios')
def ra_exchange(r):
    rate = pick(r, [F(9, 10), F(4, 5), F(3, 4), F(11, 10)])
    d = r.randint(4, 40) * 10
    e = r.randint(2, 8) * 10
    p = P(f"One US dollar is worth {dec(rate)} euros. Pia changes ${d} into euros and spends {e} euros. How "
          f"many euros does she have left?")
    x = p.mul("euros received", M(d), N(rate, 'euros per dollar'), u='euros')
    p.sub("euros left", x, N(e, 'euros'), u='euros')
    return p


@T('ratios')
def ra_flour_sugar(r):
    a, b = pick(r, [(5, 2), (3, 1), (4, 3), (7, 2)])
    f = a * r.randint(2, 6)
    p = P(f"A baker uses flour and sugar in the ratio {a}:{b}. She uses {f} cups of flour. How many cups of "
          f"flour and sugar does she use altogether?")
    x = p.div("cups per part", N(f, 'cups'), N(a), u='cups')
    y = p.mul("sugar used", N(b), x, u='cups')
    p.add("total cups", N(f, 'cups'), y, u='cups')
    return p


@T('ratios')
def ra_bill_split(r):
    k = pick(r, [3, 4, 5, 6])
    b = money(r, 40, 150, 1)
    d = pick(r, [6, 9, 12, 15])
    p = P(f"The {k} roommates in an apartment split a ${fn(b)} electricity bill and a ${d} water bill equally. How much does each "
          f"roommate pay?")
    x = p.add("total bills", M(b), M(d))
    p.div("cost per roommate", x, N(k, 'roommates'))
    return p


# =========================================================================== multi-step counting

@T('counting')
def ct_crayons(r):
    k = pick(r, [3, 4, 5, 6])
    b = r.randint(3, 9)
    per = pick(r, [8, 12, 16, 24])
    loose = (k - (b * per) % k) % k + k * r.randint(0, 3)
    p = P(f"A teacher has {b} boxes of {per} crayons and {loose} loose crayons. She shares them equally "
          f"among {k} tables. How many crayons does each table get?")
    x = p.mul("number of crayons in boxes", N(b, 'boxes'), N(per, 'crayons'), u='crayons')
    y = p.add("total number of crayons", x, N(loose, 'crayons'), u='crayons')
    p.div("number of crayons per table", y, N(k, 'tables'), u='crayons')
    return p


@T('counting')
def ct_chairs(r):
    rows, per = r.randint(6, 15), r.randint(8, 14)
    br = r.randint(2, 9)
    g = rows * per - br + r.randint(5, 40)
    p = P(f"A hall has {rows} rows of {per} chairs, but {br} chairs are broken. {g} guests are coming. How "
          f"many more chairs are needed?")
    x = p.mul("total number of chairs", N(rows, 'rows'), N(per, 'chairs'), u='chairs')
    y = p.sub("number of usable chairs", x, N(br, 'chairs'), u='chairs')
    p.sub("number of extra chairs needed", N(g, 'guests'), y, u='chairs')
    return p


@T('counting')
def ct_legs(r):
    c, k = r.randint(5, 30), r.randint(3, 20)
    p = P(f"A farm has {c} chickens and {k} cows. How many legs do the animals have in total?")
    x = p.mul("number of chicken legs", N(c, 'chickens'), N(2, 'legs'), u='legs')
    y = p.mul("number of cow legs", N(k, 'cows'), N(4, 'legs'), u='legs')
    p.add("total number of legs", x, y, u='legs')
    return p


@T('counting')
def ct_eggs_hens(r):
    h = r.randint(5, 20)
    e = pick(r, [1, 2])
    s = r.randint(10, 7 * h * e - 5)
    p = P(f"A farmer has {h} hens. Each hen lays {e} egg{'s' if e > 1 else ''} a day. In one week the "
          f"farmer sells {s} eggs. How many eggs are left from that week?")
    x = p.mul("number of eggs per day", N(h, 'hens'), N(e, 'eggs'), u='eggs')
    y = p.mul("number of eggs per week", x, N(7, 'days'), u='eggs')
    p.sub("number of eggs left", y, N(s, 'eggs'), u='eggs')
    return p


@T('counting')
def ct_books_shelves(r):
    sh, per = r.randint(4, 10), r.randint(15, 40)
    bx = pick(r, [5, 10, 12])
    d = r.randint(10, 60)
    d += (sh * per - d) % bx
    p = P(f"A library has {sh} shelves with {per} books each. It gives away {d} books and packs the rest "
          f"into boxes of {bx} for a move. How many boxes does it fill?")
    x = p.mul("number of books on the shelves", N(sh, 'shelves'), N(per, 'books'), u='books')
    y = p.sub("number of books left", x, N(d, 'books'), u='books')
    p.div("number of boxes filled", y, N(bx, 'books'), u='boxes')
    return p


@T('counting')
def ct_cards(r):
    pk, per = r.randint(3, 9), pick(r, [8, 10, 12, 15])
    g = r.randint(5, 20)
    k = r.randint(4, 15)
    p = P(f"Eli buys {pk} packs of trading cards with {per} cards in each pack. He gives {g} cards to his "
          f"friend and then wins {k} more in a game. How many cards does he have?")
    x = p.mul("number of cards bought", N(pk, 'packs'), N(per, 'cards'), u='cards')
    y = p.sub("number of cards after giving some away", x, N(g, 'cards'), u='cards')
    p.add("number of cards now", y, N(k, 'cards'), u='cards')
    return p


@T('counting')
def ct_bus_seats(r):
    b, s = r.randint(2, 5), pick(r, [40, 44, 48, 52])
    st = r.randint(b * s // 2, b * s - 20)
    t = r.randint(4, 12)
    p = P(f"A school rents {b} buses with {s} seats each for a trip. {st} students and {t} teachers go. "
          f"How many seats are empty?")
    x = p.mul("total number of seats", N(b, 'buses'), N(s, 'seats'), u='seats')
    y = p.add("number of people", N(st, 'students'), N(t, 'teachers'), u='people')
    p.sub("number of empty seats", x, y, u='seats')
    return p


@T('counting')
def ct_orchard(r):
    rows, per = r.randint(4, 12), r.randint(5, 15)
    a = pick(r, [20, 30, 40, 50])
    bk = pick(r, [10, 20, 25, 50])
    p = P(f"An orchard has {rows} rows of {per} apple trees. Each tree gives {a} apples, and the apples are "
          f"packed in baskets of {bk}. How many baskets are filled?")
    x = p.mul("number of trees", N(rows, 'rows'), N(per, 'trees'), u='trees')
    y = p.mul("number of apples", x, N(a, 'apples'), u='apples')
    p.div("number of baskets", y, N(bk, 'apples'), u='baskets')
    return p


@T('counting')
def ct_school_buses(r):
    c, s = r.randint(4, 10), r.randint(20, 30)
    t = r.randint(4, 12)
    cap_ = pick(r, [25, 30, 40, 50])
    tot = c * s + t
    t += (cap_ - tot % cap_) % cap_
    p = P(f"A school has {c} classes of {s} students and {t} adults going on a trip. Each bus holds "
          f"{cap_} people. How many buses are needed if every bus is full?")
    x = p.muladd("number of people", N(c, 'classes'), N(s, 'students'), N(t, 'adults'), u='people')
    p.div("number of buses", x, N(cap_, 'people'), u='buses')
    return p


@T('counting')
def ct_wheels(r):
    b, t = r.randint(5, 25), r.randint(3, 15)
    c = r.randint(2, 8)
    p = P(f"A parking area has {b} bicycles, {t} tricycles, and {c} cars. How many wheels are there in "
          f"total?")
    x = p.mul("number of bicycle wheels", N(b, 'bicycles'), N(2, 'wheels'), u='wheels')
    y = p.mul("number of tricycle wheels", N(t, 'tricycles'), N(3, 'wheels'), u='wheels')
    z = p.mul("number of car wheels", N(c, 'cars'), N(4, 'wheels'), u='wheels')
    p.add("total number of wheels", x, y, z, u='wheels')
    return p


@T('counting')
def ct_stamps(r):
    s = r.randint(40, 200)
    per, wk = r.randint(3, 12), r.randint(4, 10)
    g = r.randint(10, 30)
    p = P(f"Ivan has {s} stamps. He adds {per} stamps a week for {wk} weeks, then gives {g} stamps to his "
          f"cousin. How many stamps does he have now?")
    x = p.mul("number of stamps added", N(per, 'stamps'), N(wk, 'weeks'), u='stamps')
    y = p.add("number of stamps after adding", N(s, 'stamps'), x, u='stamps')
    p.sub("number of stamps now", y, N(g, 'stamps'), u='stamps')
    return p


@T('counting')
def ct_sandwiches(r):
    pe, k = r.randint(8, 30), pick(r, [2, 3])
    sl = pick(r, [16, 20, 24])
    while (pe * k * 2) % sl:
        pe += 1
    p = P(f"For a picnic, {pe} people will each eat {k} sandwiches. Each sandwich uses 2 slices of bread, "
          f"and a loaf has {sl} slices. How many loaves are needed?")
    x = p.mul("number of sandwiches", N(pe, 'people'), N(k, 'sandwiches'), u='sandwiches')
    y = p.mul("number of slices needed", x, N(2, 'slices'), u='slices')
    p.div("number of loaves needed", y, N(sl, 'slices'), u='loaves')
    return p


@T('counting')
def ct_stickers_album(r):
    pg, per = r.randint(10, 30), pick(r, [6, 8, 9, 12])
    have = r.randint(40, pg * per - 10)
    p = P(f"A sticker album has {pg} pages with room for {per} stickers on each page. Gia already has "
          f"{have} stickers in it. How many more stickers fit?")
    x = p.mul("album capacity", N(pg, 'pages'), N(per, 'stickers'), u='stickers')
    p.sub("number of stickers that still fit", x, N(have, 'stickers'), u='stickers')
    return p


# =========================================================================== area and perimeter

@T('geometry')
def ar_fence_cost(r):
    L, W = r.randint(10, 40), r.randint(6, 25)
    c = money(r, 4, 15, 0.5)
    p = P(f"A rectangular yard is {L} feet long and {W} feet wide. Fencing costs {fm(c)} per foot. How much "
          f"does it cost to fence the whole yard?")
    x = p.add("length plus width", N(L, 'feet'), N(W, 'feet'), u='feet')
    y = p.mul("perimeter", N(2), x, u='feet')
    p.mul("cost of fencing", y, M(c))
    return p


@T('geometry')
def ar_carpet(r):
    L, W = r.randint(8, 20), r.randint(6, 15)
    c = money(r, 2, 6, 0.25)
    p = P(f"A room is {L} feet by {W} feet. Carpet costs {fm(c)} per square foot. How much does it cost to "
          f"carpet the room?")
    x = p.mul("area of the room", N(L, 'feet'), N(W, 'feet'), u='square feet')
    p.mul("cost of carpet", x, M(c))
    return p


@T('geometry')
def ar_square_tiles(r):
    s = pick(r, [6, 8, 10, 12, 14, 16, 20])
    t = 4
    bx = pick(r, [5, 10])
    while (s * s // t) % bx:
        s += 2
    p = P(f"A square patio is {s} feet on each side. Each tile covers {t} square feet, and tiles come in "
          f"boxes of {bx}. How many boxes of tiles are needed?")
    x = p.mul("area of the patio", N(s, 'feet'), N(s, 'feet'), u='square feet')
    y = p.div("number of tiles", x, N(t, 'square feet'), u='tiles')
    p.div("number of boxes", y, N(bx, 'tiles'), u='boxes')
    return p


@T('geometry')
def ar_paint_walls(r):
    L, W, H = r.randint(10, 18), r.randint(8, 14), pick(r, [8, 9, 10])
    cov = pick(r, [50, 100])
    a = 2 * (L + W) * H
    while a % cov:
        L += 1
        a = 2 * (L + W) * H
    p = P(f"A room is {L} feet long, {W} feet wide, and {H} feet high. One can of paint covers {cov} square "
          f"feet. How many cans are needed to paint the four walls once?")
    x = p.mul("area of a long wall", N(L, 'feet'), N(H, 'feet'), u='square feet')
    y = p.mul("area of a short wall", N(W, 'feet'), N(H, 'feet'), u='square feet')
    z = p.add("total wall area", x, x, y, y, u='square feet')
    p.div("number of cans of paint", z, N(cov, 'square feet'), u='cans')
    return p


@T('geometry')
def ar_lshape(r):
    a, b = r.randint(8, 20), r.randint(5, 12)
    c, d = r.randint(4, 10), r.randint(3, 8)
    p = P(f"An L-shaped garden is made of two rectangles: one is {a} m by {b} m and the other is {c} m by "
          f"{d} m. What is the total area of the garden?")
    x = p.mul("area of the first rectangle", N(a, 'm'), N(b, 'm'), u='square meters')
    y = p.mul("area of the second rectangle", N(c, 'm'), N(d, 'm'), u='square meters')
    p.add("total area", x, y, u='square meters')
    return p


@T('geometry')
def ar_triangle(r):
    b, h = r.randint(3, 15) * 2, r.randint(4, 20)
    k = r.randint(2, 6)
    p = P(f"A triangular sail has a base of {b} feet and a height of {h} feet. A shop makes {k} such sails. "
          f"How many square feet of cloth do they use?")
    x = p.mul("base times height", N(b, 'feet'), N(h, 'feet'), u='square feet')
    y = p.div("area of one sail", x, N(2), u='square feet')
    p.mul("total cloth", y, N(k, 'sails'), u='square feet')
    return p


@T('geometry')
def ar_floor_tiles(r):
    L, W = r.randint(5, 12) * 2, r.randint(4, 10) * 2
    c = money(r, 2, 8, 0.5)
    p = P(f"A kitchen floor is {L} feet by {W} feet. It is covered with square tiles that are 2 feet on a "
          f"side and cost {fm(c)} each. How much do the tiles cost?")
    x = p.mul("floor area", N(L, 'feet'), N(W, 'feet'), u='square feet')
    y = p.div("number of tiles", x, N(4, 'square feet'), u='tiles')
    p.mul("cost of tiles", y, M(c))
    return p


@T('geometry')
def ar_frame(r):
    s = r.randint(8, 30)
    c = money(r, 0.25, 1.5, 0.25)
    k = r.randint(2, 6)
    p = P(f"A square photo is {s} inches on each side. Framing costs {fm(c)} per inch of border. How much "
          f"does it cost to frame {k} such photos?")
    x = p.mul("perimeter of one photo", N(4), N(s, 'inches'), u='inches')
    y = p.mul("cost for one frame", x, M(c))
    p.mul("total cost", y, N(k, 'photos'))
    return p


@T('geometry')
def ar_grass_seed(r):
    L, W = r.randint(20, 60), r.randint(10, 40)
    cov = pick(r, [100, 200, 250])
    a = L * W
    while a % cov:
        L += 1
        a = L * W
    pr = money(r, 6, 20, 0.5)
    p = P(f"A lawn is {L} feet by {W} feet. One bag of grass seed covers {cov} square feet and costs "
          f"{fm(pr)}. How much does it cost to seed the lawn?")
    x = p.mul("lawn area", N(L, 'feet'), N(W, 'feet'), u='square feet')
    y = p.div("number of bags needed", x, N(cov, 'square feet'), u='bags')
    p.mul("cost of seed", y, M(pr))
    return p


@T('geometry')
def ar_two_rooms(r):
    a, b = r.randint(9, 16), r.randint(8, 14)
    c, d = r.randint(8, 14), r.randint(6, 12)
    pr = money(r, 1.5, 5, 0.5)
    p = P(f"Two bedrooms measure {a} ft by {b} ft and {c} ft by {d} ft. Flooring costs {fm(pr)} per square "
          f"foot. What is the cost to floor both rooms?")
    x = p.mul("area of the first room", N(a, 'feet'), N(b, 'feet'), u='square feet')
    y = p.mul("area of the second room", N(c, 'feet'), N(d, 'feet'), u='square feet')
    z = p.add("total area", x, y, u='square feet')
    p.mul("cost of flooring", z, M(pr))
    return p


@T('geometry')
def ar_square_same_perimeter(r):
    L, W = r.randint(8, 30), r.randint(4, 20)
    if (L + W) % 2:
        L += 1
    p = P(f"A rectangle is {L} cm long and {W} cm wide. A square has the same perimeter. How long is each "
          f"side of the square?")
    x = p.add("length plus width", N(L, 'cm'), N(W, 'cm'), u='cm')
    y = p.mul("perimeter", N(2), x, u='cm')
    p.div("side of the square", y, N(4, 'sides'), u='cm')
    return p


@T('geometry')
def ar_field_laps(r):
    L, W = r.randint(60, 120), r.randint(30, 70)
    k = r.randint(3, 8)
    p = P(f"A soccer field is {L} m long and {W} m wide. Coach has the team run around it {k} times. How "
          f"many meters do they run?")
    x = p.add("length plus width", N(L, 'm'), N(W, 'm'), u='meters')
    y = p.mul("perimeter of the field", N(2), x, u='meters')
    p.mul("total distance", y, N(k, 'laps'), u='meters')
    return p


@T('geometry')
def ar_garden_beds(r):
    L, W = r.randint(4, 10), r.randint(2, 6)
    k = r.randint(3, 8)
    soil = pick(r, [2, 3, 4])
    p = P(f"A community garden has {k} raised beds, each {L} feet by {W} feet. Each square foot needs {soil} "
          f"scoops of soil. How many scoops are needed?")
    x = p.mul("area of one bed", N(L, 'feet'), N(W, 'feet'), u='square feet')
    y = p.mul("total area", x, N(k, 'beds'), u='square feet')
    p.mul("number of scoops of soil", y, N(soil, 'scoops'), u='scoops')
    return p


# =========================================================================== profit

@T('profit')
def pf_lemonade(r):
    c = r.randint(20, 80)
    pr = money(r, 0.5, 2, 0.25)
    sup = r.randint(8, 25)
    p = P(f"Kids at a lemonade stand sell {c} cups at {fm(pr)} per cup. Their supplies cost ${sup}. What "
          f"is their profit?")
    x = p.mul("money from sales", N(c, 'cups'), M(pr))
    p.sub("profit", x, M(sup))
    return p


@T('profit')
def pf_resell(r):
    n = r.randint(5, 30)
    c = money(r, 2, 10, 0.5)
    s = c + money(r, 1, 6, 0.5)
    p = P(f"A vendor buys {n} hats for {fm(c)} each and sells all of them for {fm(s)} each. How much profit "
          f"does the vendor make?")
    x = p.mul("total cost", N(n, 'hats'), M(c))
    y = p.mul("total revenue", N(n, 'hats'), M(s))
    p.sub("profit", y, x)
    return p


@T('profit')
def pf_per_unit(r):
    c = money(r, 0.25, 1, 0.05)
    s = c + money(r, 0.5, 2, 0.25)
    n = r.randint(20, 120)
    p = P(f"Each cookie costs a bakery {fm(c)} to make and sells for {fm(s)}. How much profit does the "
          f"bakery make on {n} cookies?")
    x = p.sub("profit per cookie", M(s), M(c))
    p.mul("total profit", x, N(n, 'cookies'))
    return p


@T('profit')
def pf_bike_flip(r):
    b = r.randint(30, 120)
    rp = r.randint(10, 50)
    s = b + rp + r.randint(20, 100)
    p = P(f"Dan buys a used bike for ${b} and spends ${rp} on repairs. He sells it for ${s}. What is his "
          f"profit?")
    x = p.add("total cost", M(b), M(rp))
    p.sub("profit", M(s), x)
    return p


@T('profit')
def pf_eggs_dozen(r):
    h = r.randint(8, 30)
    per = pick(r, [6])
    eg = h * per
    while eg % 12:
        h += 1
        eg = h * per
    pr = money(r, 2.5, 5, 0.25)
    feed = r.randint(5, 15)
    p = P(f"A farm's {h} hens each lay {per} eggs a week. The eggs sell for {fm(pr)} per dozen, and the "
          f"feed costs ${feed} a week. What is the weekly profit?")
    x = p.mul("number of eggs per week", N(h, 'hens'), N(per, 'eggs'), u='eggs')
    y = p.div("dozens of eggs", x, N(12, 'eggs per dozen'), u='dozens')
    z = p.mul("money from eggs", y, M(pr))
    p.sub("weekly profit", z, M(feed))
    return p


@T('profit')
def pf_tshirts(r):
    n = r.randint(20, 100)
    per = money(r, 3, 8, 0.5)
    setup = r.randint(40, 150)
    pr = per + money(r, 5, 12, 1)
    p = P(f"A club prints {n} T-shirts. There is a ${setup} setup fee and each shirt costs {fm(per)} to "
          f"print. They sell every shirt for {fm(pr)}. What is the club's profit?")
    x = p.muladd("total cost", N(n, 'shirts'), M(per), M(setup))
    y = p.mul("total sales", N(n, 'shirts'), M(pr))
    p.sub("profit", y, x)
    return p


@T('profit')
def pf_markup(r):
    c = r.randint(4, 40) * 5
    m = pick(r, [20, 25, 30, 40, 50])
    n = r.randint(3, 20)
    p = P(f"A store buys chairs for ${c} each and marks them up {m}%. How much profit does it make by selling "
          f"{n} chairs?")
    x = p.of("markup per chair", PC(m), M(c))
    p.mul("total profit", x, N(n, 'chairs'))
    return p


@T('profit')
def pf_cafe_days(r):
    rev = r.randint(30, 90) * 10
    cost = rev - r.randint(5, 30) * 10
    d = pick(r, [5, 6, 7, 30])
    p = P(f"A cafe takes in ${rev} a day and spends ${cost} a day on costs. What is its profit over {d} days?")
    x = p.sub("daily profit", M(rev), M(cost))
    p.mul("total profit", x, N(d, 'days'))
    return p


@T('profit')
def pf_candles(r):
    wax, wick = money(r, 1.5, 4, 0.25), money(r, 0.25, 0.75, 0.25)
    pr = wax + wick + money(r, 2, 8, 0.5)
    n = r.randint(10, 60)
    p = P(f"Each candle uses {fm(wax)} of wax and a {fm(wick)} wick. Candles sell for {fm(pr)} each. What "
          f"is the profit on {n} candles?")
    x = p.add("cost per candle", M(wax), M(wick))
    y = p.sub("profit per candle", M(pr), x)
    p.mul("total profit", y, N(n, 'candles'))
    return p


@T('profit')
def pf_carwash(r):
    c = r.randint(20, 80)
    pr = pick(r, [5, 6, 8, 10, 12])
    sup = r.randint(20, 60)
    p = P(f"A team washes {c} cars at ${pr} each for a fundraiser. Soap and sponges cost ${sup}. How much "
          f"money does the team raise after costs?")
    x = p.mul("money collected", N(c, 'cars'), M(pr))
    p.sub("money raised", x, M(sup))
    return p


@T('profit')
def pf_ticket_fee(r):
    k = r.randint(2, 8)
    c = r.randint(30, 80)
    s = c + r.randint(10, 60)
    f = pick(r, [5, 10])
    p = P(f"Ivy buys {k} concert tickets for ${c} each and resells them for ${s} each. The resale site keeps "
          f"{f}% of her sales. What is her profit?")
    x = p.mul("money from ticket sales", N(k, 'tickets'), M(s))
    y = p.of("site fee", PC(f), x)
    z = p.mul("cost of the tickets", N(k, 'tickets'), M(c))
    p.sub("profit", x, y, z)
    return p


@T('profit')
def pf_bakery_loaves(r):
    L = r.randint(30, 100)
    u = r.randint(2, 10)
    pr = money(r, 3, 7, 0.5)
    c = money(r, 1, 2.5, 0.25)
    p = P(f"A bakery bakes {L} loaves at a cost of {fm(c)} each. It sells all but {u} loaves for {fm(pr)} "
          f"each. What is the profit?")
    x = p.sub("number of loaves sold", N(L, 'loaves'), N(u, 'loaves'), u='loaves')
    y = p.mul("money from sales", x, M(pr))
    z = p.mul("cost of baking", N(L, 'loaves'), M(c))
    p.sub("profit", y, z)
    return p


# =========================================================================== savings over weeks

@T('savings')
def sv_weeks_buy(r):
    w = who(r)
    x0 = r.randint(5, 25)
    wk = r.randint(4, 15)
    item = r.randint(20, x0 * wk - 5)
    p = P(f"{w.n} saves ${x0} every week for {wk} weeks. Then {w.he} buys a game that costs ${item}. How "
          f"much money does {w.he} have left?")
    x = p.mul("total saved", M(x0), N(wk, 'weeks'), say=f"{w.He} saves {{c}}.")
    p.sub("money left", x, M(item))
    return p


@T('savings')
def sv_weeks_needed(r):
    w = who(r)
    x0 = r.randint(5, 25)
    wk = r.randint(3, 15)
    h = r.randint(10, 80)
    price = h + x0 * wk
    p = P(f"{w.n} wants a bike that costs ${price}. {w.He} has ${h} saved and saves ${x0} a week. How many "
          f"weeks will it take to have enough?")
    x = p.sub("amount still needed", M(price), M(h))
    p.div("number of weeks", x, M(x0), u='weeks', integer=True)
    return p


@T('savings')
def sv_half_allowance(r):
    w = who(r)
    a = r.randint(4, 15) * 2
    wk = r.randint(4, 12)
    p = P(f"{w.n} gets ${a} allowance every week and saves half of it. How much does {w.he} save in {wk} "
          f"weeks?")
    x = p.div("amount saved per week", M(a), N(2))
    p.mul("total saved", x, N(wk, 'weeks'))
    return p


@T('savings')
def sv_siblings(r):
    a, b = r.randint(5, 20), r.randint(5, 20)
    wk = r.randint(4, 20)
    p = P(f"Ana saves ${a} a week and her brother saves ${b} a week. How much do they save together in {wk} "
          f"weeks?")
    x = p.add("combined weekly savings", M(a), M(b))
    p.mul("total savings", x, N(wk, 'weeks'))
    return p


@T('savings')
def sv_piggy_quarters(r):
    q, d = r.randint(2, 8), r.randint(10, 60)
    p = P(f"Finn puts {q} quarters in his piggy bank every day for {d} days. How many dollars does he save?")
    x = p.mul("number of quarters", N(q, 'quarters'), N(d, 'days'), u='quarters')
    p.mul("dollars saved", x, M(F(1, 4)))
    return p


@T('savings')
def sv_gift_plus(r):
    w = who(r)
    x0, wk = r.randint(5, 20), r.randint(4, 12)
    g = r.randint(2, 10) * 5
    c = r.randint(30, x0 * wk + g - 5)
    p = P(f"{w.n} saves ${x0} a week for {wk} weeks and also gets ${g} for {w.his} birthday. {w.He} spends "
          f"${c} on a jacket. How much money is left?")
    x = p.mul("weekly savings total", M(x0), N(wk, 'weeks'))
    y = p.add("money with the gift", x, M(g))
    p.sub("money left", y, M(c))
    return p


@T('savings')
def sv_paycheck_pct(r):
    w = who(r)
    pay = r.randint(20, 80) * 10
    s = pick(r, [10, 15, 20, 25])
    wk = r.randint(4, 16)
    p = P(f"{w.n} earns ${pay} a week and saves {s}% of it. How much does {w.he} save in {wk} weeks?")
    x = p.of("weekly savings", PC(s), M(pay))
    p.mul("total savings", x, N(wk, 'weeks'))
    return p


@T('savings')
def sv_monthly_year(r):
    m = r.randint(5, 40) * 10
    sp = r.randint(100, 600)
    p = P(f"A family saves ${m} each month for a year. Then they spend ${sp} on a vacation. How much of "
          f"their savings is left?")
    x = p.mul("savings for the year", M(m), N(12, 'months'))
    p.sub("savings left", x, M(sp))
    return p


@T('savings')
def sv_trip(r):
    wk = pick(r, [4, 5, 8, 10, 12])
    h = r.randint(2, 20) * 10
    per = r.randint(5, 40)
    c = h + per * wk
    p = P(f"A class trip costs ${c} per student. Jada has already saved ${h}. The trip is in {wk} weeks. "
          f"How much must she save each week?")
    x = p.sub("amount left to save", M(c), M(h))
    p.div("weekly savings needed", x, N(wk, 'weeks'))
    return p


@T('savings')
def sv_jar(r):
    s = r.randint(10, 60)
    a, wk = r.randint(3, 15), r.randint(4, 12)
    e = r.randint(5, s + a * wk - 5)
    p = P(f"A savings jar has ${s} in it. Kai adds ${a} each week for {wk} weeks and then takes out ${e}. "
          f"How much is in the jar now?")
    x = p.mul("money added", M(a), N(wk, 'weeks'))
    y = p.add("money in the jar", M(s), x)
    p.sub("money left", y, M(e))
    return p


@T('savings')
def sv_daily(r):
    d = money(r, 1, 6, 0.5)
    wk = r.randint(2, 8)
    p = P(f"Rae saves {fm(d)} every day. How much does she save in {wk} weeks?")
    x = p.mul("weekly savings", M(d), N(7, 'days'))
    p.mul("total savings", x, N(wk, 'weeks'))
    return p


@T('savings')
def sv_two_rates(r):
    a, w1 = r.randint(5, 15), r.randint(3, 8)
    b, w2 = r.randint(16, 30), r.randint(3, 8)
    p = P(f"Sol saves ${a} a week for {w1} weeks. After getting a job he saves ${b} a week for the next {w2} "
          f"weeks. How much does he save in all?")
    x = p.mul("savings before the job", M(a), N(w1, 'weeks'))
    y = p.mul("savings after the job", M(b), N(w2, 'weeks'))
    p.add("total savings", x, y)
    return p


@T('savings')
def sv_goal_left(r):
    goal = r.randint(20, 80) * 10
    x0, wk = r.randint(10, 30), r.randint(5, 15)
    goal = max(goal, x0 * wk + 10)
    p = P(f"Luis wants to save ${goal}. He saves ${x0} a week for {wk} weeks. How much more does he need to "
          f"reach his goal?")
    x = p.mul("amount saved", M(x0), N(wk, 'weeks'))
    p.sub("amount still needed", M(goal), x)
    return p
