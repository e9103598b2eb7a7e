"""Problem structures for the school-trip / classroom-logistics genre."""
from fractions import Fraction as F
import math

TEACHERS = ["Ms. Rivera", "Mr. Okafor", "Mrs. Lindqvist", "Mr. Patel", "Ms. Nguyen", "Mrs. Alvarez",
            "Mr. Brooks", "Ms. Haddad", "Mrs. Kowalski", "Mr. Tanaka", "Ms. Bennett", "Mr. Dube"]
GRADES = ["third", "fourth", "fifth", "sixth", "seventh", "eighth"]
DESTS = ["science museum", "aquarium", "zoo", "planetarium", "state capitol", "apple orchard",
         "history museum", "nature center", "botanical garden", "children's theater"]
SCHOOLS = ["Lincoln Elementary", "Maple Grove Middle School", "Riverside Elementary", "Oak Hill Academy",
           "Westview Middle School", "Cedar Park Elementary"]


def pm(v):
    v = F(v)
    if v.denominator == 1:
        return "$" + format(int(v), ",")
    c = int(v * 100)
    return "$" + format(c // 100, ",") + ".%02d" % (c % 100)


def pt(m):
    h, mm = divmod(int(m), 60)
    return "%d:%02d %s" % (h % 12 or 12, mm, "AM" if h < 12 else "PM")


def M(x):
    return F(str(x))


def cents(r, lo, hi, step=25):
    """random money value in [lo, hi] on a grid of `step` cents"""
    k = r.randrange(int(lo * 100) // step, int(hi * 100) // step + 1)
    return F(k * step, 100)


S = []


def struct(name, ans, funit, texts):
    def deco(fn):
        S.append(dict(name=name, ans=ans, funit=funit, texts=texts, fn=fn))
        return fn
    return deco


# Each fn(r) returns (nums, solve) where solve(c) runs the steps on Ctx c and returns the final.

@struct("bus_empty", "there will be {F} empty seats", "n", [
    "{T}'s {G}-grade trip to the {D}: {s} students, {t} teachers and {h} parent chaperones are going. "
    "Each school bus holds {b} people. If the school books the fewest buses that fit everyone, how many seats will be empty?",
    "{s} students plus {t} teachers and {h} chaperones are riding buses to the {D}. A bus seats {b} passengers. "
    "The school orders just enough buses. How many empty seats will there be in total?",
    "For a field trip, {SC} needs seats for {s} students, {t} teachers, and {h} chaperones. Buses have {b} seats each "
    "and only full buses can be rented. How many seats go unused?"])
def _bus_empty(r):
    b = r.choice([44, 48, 52, 56, 60, 72])
    s = r.randrange(2 * b - 20, 4 * b - 25)
    t, h = r.randrange(3, 9), r.randrange(4, 15)
    n = dict(s=s, t=t, h=h, b=b)

    def solve(c):
        p = c.add([s, t, h], ["n"] * 3, "People going", "total number of people", "people")
        k = c.ceil(p, b, "Buses needed", "number of buses", "buses")
        seats = c.mul([k, b], ["n", "n"], "Seats available", "total number of seats", "seats")
        return c.sub([seats, p], ["n", "n"], "Empty seats", "number of empty seats", "empty seats")
    return n, solve


@struct("bus_share", "each student pays {F}", "$", [
    "The {G} grade ({s} students) is going to the {D}. Each bus holds {b} students and costs {C} to rent for the day. "
    "The cost of the buses is split evenly among the students. How much does each student pay?",
    "{T} needs buses for {s} students. A bus carries {b} students and the rental is {C} per bus. "
    "If the total bus bill is shared equally by all {s} students, what is each student's share?",
    "Bus rental for the {D} trip is {C} per bus, and each bus fits {b} students. {s} students are going, and they split "
    "the total bus cost equally. How much is each student's share?"])
def _bus_share(r):
    while True:
        b = r.choice([40, 44, 48, 50, 52, 56])
        k = r.randrange(2, 5)
        C = r.choice([300, 325, 350, 375, 400, 420, 450, 480, 500, 540, 600])
        cands = [s for s in range((k - 1) * b + 1, k * b + 1) if (F(k * C * 100, s)).denominator == 1]
        if cands:
            s = r.choice(cands)
            break
    n = dict(s=s, b=b, C=pm(C))

    def solve(c):
        k2 = c.ceil(s, b, "Buses needed", "number of buses", "buses")
        tot = c.mul([k2, C], ["n", "$"], "Total bus cost", "total bus cost")
        return c.div(tot, s, ["$", "n"], "Cost per student", "cost per student")
    return n, solve


@struct("permission_fees", "{F} still needs to be collected", "$", [
    "Three {G}-grade classes are going to the {D}: {T}'s class has {c1} students, the second class has {c2}, and the third has {c3}. "
    "The trip fee is {f} per student. So far {p} students have paid. How much money is still owed?",
    "The permission slip for the {D} trip asks for a {f} fee. There are {c1}, {c2} and {c3} students in the three classes going. "
    "If {p} students have already turned in their fee, how much is left to collect?",
    "{SC} is collecting a {f} trip fee from every student in three classes of {c1}, {c2}, and {c3} students. "
    "{p} students have paid so far. How many dollars are still outstanding?"])
def _perm(r):
    c1, c2, c3 = r.randrange(18, 31), r.randrange(18, 31), r.randrange(18, 31)
    f = cents(r, 5, 16, 50)
    tot = c1 + c2 + c3
    p = r.randrange(tot // 3, tot - 5)
    n = dict(c1=c1, c2=c2, c3=c3, f=pm(f), p=p)

    def solve(c):
        s = c.add([c1, c2, c3], ["n"] * 3, "Students going", "total number of students", "students")
        due = c.mul([s, f], ["n", "$"], "Total fees", "total amount of fees")
        got = c.mul([p, f], ["n", "$"], "Collected so far", "amount already collected")
        return c.sub([due, got], ["$", "$"], "Still owed", "amount still owed")
    return n, solve


@struct("chaperones_more", "{F} more chaperones are needed", "n", [
    "The {D} requires 1 adult chaperone for every {k} students. {T}'s grade is bringing {s} students, and {v} parents "
    "have signed up so far. How many more chaperones are needed?",
    "School rules say there must be at least one chaperone per {k} students on a field trip. {s} students are going to the {D} "
    "and {v} chaperones have volunteered. How many more volunteers does the school need?",
    "{s} {G} graders are going on a trip. The ratio must be at least 1 chaperone to {k} students. With {v} chaperones "
    "already confirmed, how many additional chaperones must be found?"])
def _chap(r):
    k = r.choice([6, 8, 10, 12, 15])
    s = r.randrange(5 * k, 12 * k)
    need = math.ceil(s / k)
    v = r.randrange(2, need - 1)
    n = dict(k=k, s=s, v=v)

    def solve(c):
        nd = c.ceil(s, k, "Chaperones required", "number of chaperones required", "chaperones")
        return c.sub([nd, v], ["n", "n"], "More needed", "number of additional chaperones", "chaperones")
    return n, solve


@struct("ticket_group_discount", "the school pays {F}", "$", [
    "At the {D}, student tickets cost {ps} and adult tickets cost {pa}. {s} students and {a} adults are going. "
    "Because it is a school group, the whole order gets {d}% off. What is the total cost after the discount?",
    "{T} is buying {s} student tickets at {ps} each and {a} adult tickets at {pa} each for the {D}. "
    "School groups get a {d}% discount on the total. How much will the tickets cost?",
    "Tickets to the {D}: {ps} per student, {pa} per adult, and {d}% off the entire bill for school groups. "
    "How much does a group of {s} students and {a} adults pay?"])
def _tgd(r):
    while True:
        ps = cents(r, 6, 14, 50)
        pa = cents(r, 12, 22, 50)
        s, a = r.randrange(24, 95), r.randrange(3, 10)
        d = r.choice([10, 15, 20, 25])
        tot = s * ps + a * pa
        if (tot * d / 100 * 100).denominator == 1:
            break
    n = dict(ps=pm(ps), pa=pm(pa), s=s, a=a, d=d)

    def solve(c):
        st = c.mul([s, ps], ["n", "$"], "Student tickets", "cost of the student tickets")
        at = c.mul([a, pa], ["n", "$"], "Adult tickets", "cost of the adult tickets")
        tot2 = c.add([st, at], ["$", "$"], "Subtotal", "subtotal")
        dis = c.pct(d, tot2, "$", "Discount", "discount")
        return c.sub([tot2, dis], ["$", "$"], "Total after discount", "total after the discount")
    return n, solve


@struct("free_adult_tickets", "the tickets cost {F}", "$", [
    "The {D} gives one free adult ticket for every 10 paid student tickets. {T} brings {s} students and {a} adults. "
    "Student tickets are {q} and adult tickets are {p}. How much does the group pay?",
    "For school groups, the {D} lets 1 adult in free per 10 students. A group of {s} students and {a} adults visits. "
    "Students pay {q} each; adults who are not free pay {p}. What is the total?",
    "{s} students and {a} chaperones go to the {D}. Each student ticket is {q}. Adult tickets are {p}, but one adult gets in "
    "free for each full group of 10 students. Find the total ticket cost."])
def _fat(r):
    s = r.randrange(31, 99)
    a = r.randrange(s // 10 + 2, s // 10 + 8)
    q, p = cents(r, 5, 12, 50), cents(r, 10, 20, 100)
    n = dict(s=s, a=a, q=pm(q), p=pm(p))

    def solve(c):
        fr_, _ = c.divmod(s, 10, "Free adults", "number of free adult tickets", "free adults", "students left over")
        paid = c.sub([a, fr_], ["n", "n"], "Paying adults", "number of adults who pay", "adults")
        sc = c.mul([s, q], ["n", "$"], "Student tickets", "cost of student tickets")
        ac = c.mul([paid, p], ["n", "$"], "Adult tickets", "cost of adult tickets")
        return c.add([sc, ac], ["$", "$"], "Total", "total cost")
    return n, solve


@struct("pizza_lunch", "the pizza will cost {F}", "$", [
    "After the {D} trip, {T} is ordering pizza for {s} students and {t} adults. Each person gets {k} slices, a pizza has {z} slices, "
    "and each pizza costs {pp}. The order must be whole pizzas. How much will the pizza cost?",
    "Lunch on the {D} trip is pizza: {k} slices for each of the {s} students and {t} adults. Pizzas are cut into {z} slices "
    "and cost {pp} apiece. What is the cost of the smallest order that is enough?",
    "{s} kids and {t} grown-ups each need {k} slices of pizza. One pizza = {z} slices = {pp}. "
    "How much do the pizzas cost if only whole pizzas can be bought?"])
def _pizza(r):
    s, t = r.randrange(20, 70), r.randrange(2, 7)
    k = r.choice([2, 2, 3])
    z = r.choice([8, 10, 12])
    pp = cents(r, 9, 17, 50)
    n = dict(s=s, t=t, k=k, z=z, pp=pm(pp))

    def solve(c):
        p = c.add([s, t], ["n", "n"], "People", "number of people", "people")
        sl = c.mul([p, k], ["n", "n"], "Slices needed", "number of slices", "slices")
        pz = c.ceil(sl, z, "Pizzas", "number of pizzas", "pizzas")
        return c.mul([pz, pp], ["n", "$"], "Pizza cost", "cost of the pizza")
    return n, solve


@struct("lunch_fraction", "lunch costs {F} in total", "$", [
    "{T}'s class has {n} students. On the {D} trip, {fr} of them order a hot lunch for {h} and the rest order a bag lunch "
    "for {b}. What is the total lunch bill?",
    "Of the {n} students going to the {D}, {fr} choose the hot lunch ({h}) and everyone else picks the bag lunch ({b}). "
    "How much do all the lunches cost together?",
    "Lunch orders for {n} students: {fr} of the class want the {h} hot meal, the others want the {b} sack lunch. "
    "Find the total cost of the lunch order."])
def _lfrac(r):
    nu, de = r.choice([(1, 4), (3, 4), (2, 5), (3, 5), (1, 3), (2, 3), (3, 8), (5, 8), (1, 2)])
    n0 = de * r.randrange(max(2, 16 // de), 34 // de + 1)
    h, b = cents(r, 5, 9, 25), cents(r, 3, 6, 25)
    n = dict(n=n0, fr="%d/%d" % (nu, de), h=pm(h), b=pm(b))

    def solve(c):
        hot = c.fracof(nu, de, n0, "Hot lunches", "number of hot lunches", "hot lunches")
        bag = c.sub([n0, hot], ["n", "n"], "Bag lunches", "number of bag lunches", "bag lunches")
        hc = c.mul([hot, h], ["n", "$"], "Hot lunch cost", "cost of the hot lunches")
        bc = c.mul([bag, b], ["n", "$"], "Bag lunch cost", "cost of the bag lunches")
        return c.add([hc, bc], ["$", "$"], "Total", "total lunch cost")
    return n, solve


@struct("rotation_wait", "they finish {F} minutes before pickup", "min", [
    "At the {D}, each group rotates through {k} stations. Each station lasts {m} minutes and it takes {t} minutes to walk "
    "between stations. The rotations start at {st}. The bus picks them up at {pk}. How many minutes before pickup do they finish?",
    "{T} set up {k} learning stations for the {D} visit: {m} minutes at each station, with {t}-minute transitions between "
    "stations. If the first station starts at {st} and the bus comes at {pk}, how many minutes of free time are left at the end?",
    "Station rotation: {k} stations, {m} min per station, {t} min to move between stations. Start time {st}; bus pickup {pk}. "
    "How many minutes are there between the end of the last station and the pickup?"])
def _rot(r):
    k = r.randrange(3, 7)
    m = r.choice([12, 15, 18, 20, 25, 30])
    t = r.choice([3, 4, 5, 6])
    st = r.randrange(9 * 12, 12 * 12 + 6) * 5
    tot = k * m + (k - 1) * t
    pk = st + tot + r.randrange(2, 14) * 5
    n = dict(k=k, m=m, t=t, st=pt(st), pk=pt(pk))

    def solve(c):
        a = c.mul([k, m], ["n", "n"], "Station time", "time at the stations", "minutes")
        w = c.sub([k, 1], ["n", "n"], "Transitions", "number of transitions", "transitions")
        b = c.mul([w, t], ["n", "n"], "Walking time", "walking time", "minutes")
        tt = c.add([a, b], ["n", "n"], "Total", "total rotation time", "minutes")
        e = c.tadd(st, tt, "Finish time", "finish time")
        return c.tdiff(e, pk, "Time before pickup", "time before pickup")
    return n, solve


@struct("guide_groups", "the guides cost {F}", "$", [
    "{s} students are touring the {D}. They are split into groups of {g}; any students left over join the existing groups. "
    "Each group needs its own guide, who charges {fee}. How much do the guides cost?",
    "The {D} assigns one guide per tour group. {T} divides {s} students into as many groups of {g} as possible and adds "
    "the extra students to those groups. A guide costs {fee}. What is the total guide fee?",
    "Tour guides at the {D} cost {fee} per group. With {s} students put into groups of {g} (leftovers added to other groups), "
    "what will the school pay for guides?"])
def _guide(r):
    while True:
        g = r.choice([6, 8, 9, 10, 12])
        s = r.randrange(4 * g, 11 * g)
        q, rem = divmod(s, g)
        if 0 < rem <= q:
            break
    fee = cents(r, 25, 60, 500)
    n = dict(s=s, g=g, fee=pm(fee))

    def solve(c):
        q2, _ = c.divmod(s, g, "Groups", "number of groups", "groups", "students left over")
        return c.mul([q2, fee], ["n", "$"], "Guide cost", "total guide cost")
    return n, solve


@struct("arrival_wait", "they wait {F} minutes", "min", [
    "The bus leaves {SC} at {dep}. The drive to the {D} takes {d} minutes, plus a {p}-minute rest stop. The {D} opens at {op}. "
    "How many minutes will the class wait before it opens?",
    "{T}'s class departs at {dep}. They drive {d} minutes and stop for {p} minutes on the way. If the {D} opens at {op}, "
    "how long do they wait outside, in minutes?",
    "Departure: {dep}. Driving time: {d} min. Bathroom stop: {p} min. The {D} doors open at {op}. "
    "How many minutes early does the bus arrive?"])
def _arr(r):
    dep = r.randrange(7 * 12 + 3, 9 * 12 + 6) * 5
    d = r.randrange(35, 140)
    p = r.choice([10, 12, 15, 20])
    op = dep + d + p + r.randrange(3, 40)
    op = (op + 14) // 15 * 15
    n = dict(dep=pt(dep), d=d, p=p, op=pt(op))

    def solve(c):
        tt = c.add([d, p], ["n", "n"], "Travel time", "total travel time", "minutes")
        a = c.tadd(dep, tt, "Arrival", "arrival time")
        return c.tdiff(a, op, "Wait", "waiting time")
    return n, solve


@struct("fundraiser_share", "each family pays {F}", "$", [
    "The {D} trip costs {cst} per student and {s} students are going. The class fundraiser raised {R}. "
    "The rest is split equally among the students' families. How much does each family pay?",
    "{T}'s students held a bake sale that raised {R} for their trip. The trip is {cst} per student for {s} students. "
    "If the remaining cost is divided evenly among the {s} students, what does each pay?",
    "Trip cost: {cst} per student, {s} students. Fundraising: {R}. Split what is left evenly per student. "
    "What is each student's share?"])
def _fund(r):
    s = r.randrange(18, 80)
    cst = cents(r, 25, 70, 100)
    p = cents(r, 5, cst - 6, 25)
    R = s * (cst - p)
    n = dict(s=s, cst=pm(cst), R=pm(R))

    def solve(c):
        tot = c.mul([s, cst], ["n", "$"], "Total trip cost", "total cost")
        rem = c.sub([tot, R], ["$", "$"], "Still needed", "amount still needed")
        return c.div(rem, s, ["$", "n"], "Per student", "amount per student")
    return n, solve


@struct("budget_balance", "the balance is {F}", "$", [
    "The PTA gave {T}'s class a trip budget of {B}. The bus costs {bus}, tickets are {tk} for each of the {s} students, "
    "and lunch is {l} per student. How much of the budget is left? (Answer with a negative number if they are over budget.)",
    "A class of {s} students has {B} for a trip to the {D}. Costs: bus {bus}, admission {tk} per student, lunch {l} per student. "
    "What is the budget balance after paying everything? (A negative balance means over budget.)",
    "Budget: {B}. Bus: {bus}. Admission: {tk} x {s} students. Lunch: {l} x {s} students. What is the remaining balance? "
    "Give a negative number if the costs exceed the budget."])
def _budget(r):
    s = r.randrange(20, 60)
    bus = cents(r, 250, 600, 2500)
    tk = cents(r, 5, 15, 50)
    l = cents(r, 4, 9, 25)
    tot = bus + s * (tk + l)
    delta = r.choice([-1, 1]) * r.randrange(2, 40) * 5
    B = ((tot + delta) // 50) * 50
    if B == tot:
        B += 50
    n = dict(s=s, bus=pm(bus), tk=pm(tk), l=pm(l), B=pm(B))

    def solve(c):
        a = c.mul([s, tk], ["n", "$"], "Admission", "cost of admission")
        b = c.mul([s, l], ["n", "$"], "Lunch", "cost of lunch")
        t = c.add([bus, a, b], ["$", "$", "$"], "Total cost", "total cost")
        return c.sub([B, t], ["$", "$"], "Balance", "remaining balance")
    return n, solve


@struct("auditorium", "{F} seats stay empty", "n", [
    "The {D} auditorium has {rw} rows of {k} seats. {cl} classes of {cs} students each attend a show, along with {t} teachers. "
    "How many seats are empty?",
    "For the assembly at the {D}, there are {rw} rows with {k} seats in each row. {cl} classes with {cs} students apiece and "
    "{t} teachers sit down. How many empty seats remain?",
    "A theater has {rw} rows x {k} seats. It is filled by {cl} classes ({cs} students per class) and {t} teachers. "
    "How many seats are left over?"])
def _aud(r):
    rw, k = r.randrange(12, 30), r.randrange(14, 28)
    cl, cs = r.randrange(4, 10), r.randrange(20, 31)
    t = r.randrange(4, 12)
    if cl * cs + t >= rw * k:
        rw = (cl * cs + t) // k + r.randrange(2, 6)
    n = dict(rw=rw, k=k, cl=cl, cs=cs, t=t)

    def solve(c):
        cap = c.mul([rw, k], ["n", "n"], "Seats", "number of seats", "seats")
        st = c.mul([cl, cs], ["n", "n"], "Students", "number of students", "students")
        ppl = c.add([st, t], ["n", "n"], "People", "number of people", "people")
        return c.sub([cap, ppl], ["n", "n"], "Empty seats", "number of empty seats", "seats")
    return n, solve


@struct("vans_vs_bus", "the vans cost {F} more than the bus", "$", [
    "{s} students are going to the {D}. Option A: minivans that hold {v} students each at {vc} per van. "
    "Option B: one coach bus for {bc}. How much more do the vans cost than the bus? (Negative if the vans are cheaper.)",
    "{T} compares two ways to move {s} students: vans seating {v} students for {vc} each, or a single bus for {bc}. "
    "What is the cost of the vans minus the cost of the bus? Give a negative number if the vans cost less.",
    "Vans: {v} students per van, {vc} per van. Bus: {bc} total. {s} students must ride. "
    "Find (van cost) - (bus cost)."])
def _vans(r):
    v = r.choice([7, 8, 12, 15])
    s = r.randrange(3 * v + 1, 8 * v)
    vc = cents(r, 45, 120, 500)
    k = math.ceil(s / v)
    bc = k * vc + r.choice([-1, 1]) * r.randrange(1, 20) * 10
    n = dict(s=s, v=v, vc=pm(vc), bc=pm(bc))

    def solve(c):
        kk = c.ceil(s, v, "Vans needed", "number of vans", "vans")
        vt = c.mul([kk, vc], ["n", "$"], "Van cost", "cost of the vans")
        return c.sub([vt, bc], ["$", "$"], "Difference", "difference")
    return n, solve


@struct("snack_boxes", "the snacks cost {F}", "$", [
    "For the bus ride to the {D}, each of the {s} students gets {k} granola bars. Granola bars come in boxes of {bx}, "
    "and a box costs {pr}. How much does {T} spend on granola bars?",
    "{T} is packing snacks: {k} bars per student for {s} students. Bars are sold only in boxes of {bx} at {pr} a box. "
    "What is the total cost of the boxes needed?",
    "{s} students x {k} snack bars each. Boxes of {bx} cost {pr}. Only whole boxes are sold. How much is spent?"])
def _snack(r):
    s = r.randrange(20, 90)
    k = r.choice([1, 2, 2, 3])
    bx = r.choice([6, 10, 12, 18, 24])
    pr = F(r.randrange(3, 9)) + F(r.choice([0, 25, 49, 50, 99]), 100)
    n = dict(s=s, k=k, bx=bx, pr=pm(pr))

    def solve(c):
        bars = c.mul([s, k], ["n", "n"], "Bars needed", "number of bars", "bars")
        bxs = c.ceil(bars, bx, "Boxes", "number of boxes", "boxes")
        return c.mul([bxs, pr], ["n", "$"], "Cost", "cost of the boxes")
    return n, solve


@struct("water_cases", "the water costs {F}", "$", [
    "Each of the {s} students and {a} adults on the {D} trip gets {k} bottles of water. Water comes in cases of {cs}, "
    "and a case costs {pr}. How much will the water cost?",
    "{T} buys water for {s} students and {a} chaperones, {k} bottles per person. A case holds {cs} bottles and costs {pr}. "
    "What is the total cost for enough whole cases?",
    "Water for the trip: {k} bottles per person, {s} students + {a} adults. Cases: {cs} bottles, {pr} each. Total cost?"])
def _water(r):
    s, a = r.randrange(20, 100), r.randrange(3, 10)
    k = r.choice([1, 2, 2, 3])
    cs = r.choice([12, 24, 24, 32, 35])
    pr = F(r.randrange(3, 8)) + F(r.choice([49, 79, 99, 29]), 100)
    n = dict(s=s, a=a, k=k, cs=cs, pr=pm(pr))

    def solve(c):
        p = c.add([s, a], ["n", "n"], "People", "number of people", "people")
        b = c.mul([p, k], ["n", "n"], "Bottles", "number of bottles", "bottles")
        cc = c.ceil(b, cs, "Cases", "number of cases", "cases")
        return c.mul([cc, pr], ["n", "$"], "Cost", "cost of water")
    return n, solve


@struct("site_time", "they spend {F} minutes at the site", "min", [
    "The bus leaves school at {lv} and returns at {rt}. The ride to the {D} takes {m} minutes each way. "
    "How many minutes does the class spend at the {D}?",
    "{T}'s class leaves at {lv} and is back at school at {rt}. If the bus ride is {m} minutes in each direction, "
    "how many minutes are they actually at the {D}?",
    "Leave school: {lv}. Back at school: {rt}. One-way drive: {m} min. How long (in minutes) is the visit itself?"])
def _site(r):
    lv = r.randrange(8 * 12, 10 * 12) * 5
    rt = r.randrange(12 * 12 + 6, 15 * 12 + 6) * 5
    m = r.randrange(20, 75)
    n = dict(lv=pt(lv), rt=pt(rt), m=m)

    def solve(c):
        tot = c.tdiff(lv, rt, "Trip length", "length of the whole trip")
        bus = c.mul([2, m], ["n", "n"], "Bus time", "total bus time", "minutes")
        return c.sub([tot, bus], ["n", "n"], "At the site", "time at the site", "minutes", unit="min")
    return n, solve


@struct("avg_cost", "it costs {F} per student", "$", [
    "The {D} trip for {s} students costs {bus} for the bus, {tk} per student for admission, and {l} per student for lunch. "
    "What is the average cost per student?",
    "{T} adds up the trip costs: a {bus} bus, tickets at {tk} each and lunches at {l} each, for {s} students. "
    "What is the total cost divided evenly per student?",
    "Bus {bus} + admission {tk}/student + lunch {l}/student, for {s} students. Cost per student?"])
def _avg(r):
    s = r.choice([16, 20, 24, 25, 30, 32, 40, 48, 50, 60])
    be = cents(r, 4, 15, 25)
    bus = s * be
    tk, l = cents(r, 5, 14, 50), cents(r, 4, 9, 25)
    n = dict(s=s, bus=pm(bus), tk=pm(tk), l=pm(l))

    def solve(c):
        a = c.mul([s, tk], ["n", "$"], "Admission", "admission cost")
        b = c.mul([s, l], ["n", "$"], "Lunch", "lunch cost")
        t = c.add([bus, a, b], ["$", "$", "$"], "Total", "total cost")
        return c.div(t, s, ["$", "n"], "Per student", "cost per student")
    return n, solve


@struct("mileage", "the bus bill is {F}", "$", [
    "The {D} is {mi} miles from school. The bus company charges {rate} per mile for the round trip plus {dr} per hour for "
    "the driver, who is paid for {h} hours. What is the total bill?",
    "{T}'s trip is {mi} miles each way. Bus charges: {rate}/mile (both directions) and {dr}/hour for the driver for {h} hours. "
    "How much does the bus cost?",
    "Distance one way: {mi} mi. Rate: {rate} per mile, round trip. Driver: {h} h at {dr}/h. Total bus cost?"])
def _mile(r):
    mi = r.randrange(18, 95)
    rate = cents(r, 2, 4, 25)
    dr = cents(r, 25, 45, 50)
    h = r.randrange(5, 10)
    n = dict(mi=mi, rate=pm(rate), dr=pm(dr), h=h)

    def solve(c):
        rt = c.mul([2, mi], ["n", "n"], "Round trip", "round-trip distance", "miles")
        mc = c.mul([rt, rate], ["n", "$"], "Mileage", "mileage charge")
        dc = c.mul([h, dr], ["n", "$"], "Driver", "driver's pay")
        return c.add([mc, dc], ["$", "$"], "Total", "total bill")
    return n, solve


@struct("refund", "the school keeps {F}", "$", [
    "{s} students each paid {f} for the {D} trip. Then {x} students cancelled and were refunded {pc}% of their fee. "
    "How much money does the school keep?",
    "The {D} trip fee was {f}. All {s} students paid, but {x} later dropped out and got back {pc}% of what they paid. "
    "How much of the collected money is left?",
    "Collected: {f} from each of {s} students. Cancellations: {x}, each refunded {pc}% of the fee. Money kept?"])
def _refund(r):
    s = r.randrange(25, 90)
    f = cents(r, 10, 40, 100)
    x = r.randrange(2, 9)
    pc = r.choice([50, 75, 80, 90])
    n = dict(s=s, f=pm(f), x=x, pc=pc)

    def solve(c):
        col = c.mul([s, f], ["n", "$"], "Collected", "amount collected")
        each = c.pct(pc, f, "$", "Refund each", "refund per student")
        tr = c.mul([x, each], ["n", "$"], "Total refunds", "total refunded")
        return c.sub([col, tr], ["$", "$"], "Kept", "amount kept")
    return n, solve


@struct("tshirts", "the school pays {F}", "$", [
    "Trip T-shirts for the {D}: {y} youth shirts at {p1} each and {ad} adult shirts at {p2} each. "
    "The PTA covers {pc}% of the bill. How much does the school pay?",
    "{T} orders {y} youth T-shirts ({p1} each) and {ad} adult T-shirts ({p2} each) for the trip. "
    "If the PTA pays {pc}% of the total, what is the school's part?",
    "Shirts: {y} youth @ {p1}, {ad} adult @ {p2}. PTA pays {pc}%. School pays the rest. How much?"])
def _shirts(r):
    while True:
        y, ad = r.randrange(20, 80), r.randrange(4, 12)
        p1, p2 = cents(r, 6, 10, 50), cents(r, 9, 14, 50)
        pc = r.choice([20, 25, 40, 50])
        tot = y * p1 + ad * p2
        if (tot * pc).denominator == 1:
            break
    n = dict(y=y, ad=ad, p1=pm(p1), p2=pm(p2), pc=pc)

    def solve(c):
        a = c.mul([y, p1], ["n", "$"], "Youth shirts", "cost of youth shirts")
        b = c.mul([ad, p2], ["n", "$"], "Adult shirts", "cost of adult shirts")
        t = c.add([a, b], ["$", "$"], "Total", "total")
        pta = c.pct(pc, t, "$", "PTA share", "PTA's share")
        return c.sub([t, pta], ["$", "$"], "School pays", "school's share")
    return n, solve


@struct("lunch_tax", "the lunch order totals {F}", "$", [
    "{T} orders {k} sandwiches at {sp} each and {k} juice boxes at {jp} each for the {D} trip. Sales tax is {tx}%. "
    "What is the total with tax?",
    "For lunch at the {D}, the class needs {k} sandwiches ({sp} each) and {k} drinks ({jp} each). "
    "A {tx}% tax is added. How much is the bill?",
    "{k} sandwiches @ {sp} + {k} juices @ {jp}, plus {tx}% sales tax. Total?"])
def _ltax(r):
    while True:
        k = r.randrange(15, 60)
        sp, jp = cents(r, 3, 7, 25), cents(r, 0.5, 1.5, 5)
        tx = r.choice([5, 6, 8, 10])
        sub = k * (sp + jp)
        if (sub * tx).denominator == 1 and jp >= F(1, 2):
            break
    n = dict(k=k, sp=pm(sp), jp=pm(jp), tx=tx)

    def solve(c):
        a = c.mul([k, sp], ["n", "$"], "Sandwiches", "cost of sandwiches")
        b = c.mul([k, jp], ["n", "$"], "Drinks", "cost of drinks")
        s2 = c.add([a, b], ["$", "$"], "Subtotal", "subtotal")
        t = c.pct(tx, s2, "$", "Tax", "sales tax")
        return c.add([s2, t], ["$", "$"], "Total", "total with tax")
    return n, solve


@struct("tiered_tickets", "the tickets cost {F}", "$", [
    "The {D} charges {P} per ticket for the first {f} tickets in a group order, and {d} less per ticket after that. "
    "How much do {s} tickets cost?",
    "{T} buys {s} tickets for the {D}. The first {f} tickets are {P} each; every ticket beyond that gets {d} off. "
    "What is the total?",
    "Group pricing: first {f} tickets {P} each, additional tickets {d} cheaper. Cost of {s} tickets?"])
def _tier(r):
    f = r.choice([10, 15, 20, 25])
    s = r.randrange(f + 5, f + 70)
    P = cents(r, 8, 18, 50)
    d = cents(r, 1, 4, 50)
    n = dict(f=f, s=s, P=pm(P), d=pm(d))

    def solve(c):
        a = c.mul([f, P], ["n", "$"], "First tickets", "cost of the first tickets")
        rest = c.sub([s, f], ["n", "n"], "Extra tickets", "number of extra tickets", "tickets")
        pr = c.sub([P, d], ["$", "$"], "Discounted price", "discounted price")
        b = c.mul([rest, pr], ["n", "$"], "Extra cost", "cost of the extra tickets")
        return c.add([a, b], ["$", "$"], "Total", "total")
    return n, solve


@struct("worksheets", "{F} worksheets must be printed", "n", [
    "{s} students are split evenly into {g} groups for the {D} scavenger hunt. Each student needs one worksheet per station, "
    "and each group visits {k} stations. {T} also prints {sp} spares. How many worksheets are printed?",
    "For station rotations, {T} divides {s} students into {g} equal groups. Every group visits {k} stations, and each student "
    "gets a sheet at each station. Counting {sp} extra copies, how many sheets are needed?",
    "{s} students, {g} equal groups, {k} stations, 1 sheet per student per station, plus {sp} spares. Total sheets?"])
def _ws(r):
    g = r.randrange(3, 9)
    s = g * r.randrange(4, 12)
    k = r.randrange(3, 8)
    sp = r.choice([5, 10, 12, 15, 20])
    n = dict(s=s, g=g, k=k, sp=sp)

    def solve(c):
        sz = c.div(s, g, ["n", "n"], "Group size", "group size", "students")
        per = c.mul([sz, k], ["n", "n"], "Sheets per group", "sheets per group", "sheets")
        tot = c.mul([per, g], ["n", "n"], "All groups", "sheets for all groups", "sheets")
        return c.add([tot, sp], ["n", "n"], "Total", "total sheets", "sheets")
    return n, solve


@struct("bus_rows", "the buses cost {F}", "$", [
    "Each bus has {rw} rows, and each row has two bench seats that hold {per} students each. {s} students are going to the {D}. "
    "A bus costs {bc}. What is the cost of the buses?",
    "A school bus has {rw} rows of 2 benches; {per} students fit on a bench. To take {s} students to the {D}, how much will "
    "the buses cost at {bc} each?",
    "Bus layout: {rw} rows x 2 benches x {per} students per bench. Students: {s}. Price: {bc} per bus. Total cost?"])
def _rows(r):
    rw = r.randrange(10, 14)
    per = r.choice([2, 3])
    s = r.randrange(rw * 2 * per + 5, rw * 2 * per * 4)
    bc = cents(r, 180, 420, 500)
    n = dict(rw=rw, per=per, s=s, bc=pm(bc))

    def solve(c):
        cap = c.mul([rw, 2, per], ["n", "n", "n"], "Bus capacity", "capacity of one bus", "students")
        k = c.ceil(s, cap, "Buses", "number of buses", "buses")
        return c.mul([k, bc], ["n", "$"], "Cost", "bus cost")
    return n, solve


@struct("lunch_milk", "the class collects {F}", "$", [
    "{T}'s class of {n} students is ordering lunch for the {D} trip. {b} students bring their own lunch; the rest buy a "
    "school lunch for {lp}. Every student buys a milk for {mp}. How much money does the class collect?",
    "Of {n} students, {b} pack a lunch and the others buy the {lp} school lunch. Everyone also gets milk at {mp}. "
    "What is the total collected?",
    "{n} students. {b} bring lunch. The rest pay {lp} for lunch. All {n} pay {mp} for milk. Total collected?"])
def _milk(r):
    n0 = r.randrange(18, 32)
    b = r.randrange(2, 10)
    lp = cents(r, 2.5, 4.75, 5)
    mp = cents(r, 0.4, 0.9, 5)
    n = dict(n=n0, b=b, lp=pm(lp), mp=pm(mp))

    def solve(c):
        buy = c.sub([n0, b], ["n", "n"], "Buying lunch", "number buying lunch", "students")
        lc = c.mul([buy, lp], ["n", "$"], "Lunch money", "lunch money")
        mc = c.mul([n0, mp], ["n", "$"], "Milk money", "milk money")
        return c.add([lc, mc], ["$", "$"], "Total", "total")
    return n, solve


@struct("train_trip", "the trip takes {F} minutes", "min", [
    "{T}'s class leaves school at {t0} and walks {w} minutes to the station. Their train departs at {t1} and rides {rd} minutes. "
    "From the train they walk {w2} minutes to the {D}. How many minutes after leaving school do they arrive?",
    "The class walks {w} minutes from school (leaving at {t0}) to catch the {t1} train. The ride is {rd} minutes and the walk "
    "to the {D} is {w2} minutes. How long is the whole journey in minutes?",
    "Leave school {t0}; walk {w} min to station; train leaves {t1}; ride {rd} min; walk {w2} min. Total minutes from school to the {D}?"])
def _train(r):
    t0 = r.randrange(8 * 12, 10 * 12) * 5
    w = r.randrange(8, 25)
    t1 = (t0 + w + r.randrange(2, 20) + 4) // 5 * 5
    rd = r.randrange(15, 65)
    w2 = r.randrange(5, 20)
    n = dict(t0=pt(t0), w=w, t1=pt(t1), rd=rd, w2=w2)

    def solve(c):
        a = c.tadd(t0, w, "At the station", "arrival at the station")
        wt = c.tdiff(a, t1, "Wait", "wait for the train")
        return c.add([w, wt, rd, w2], ["n"] * 4, "Total", "total journey time", "minutes", unit="min")
    return n, solve


@struct("timed_entry", "the last group enters {F} minutes after the first", "min", [
    "The {D} lets school groups in {g} students at a time, with a new group every {m} minutes. {T} brings {s} students. "
    "How many minutes after the first group enters does the last group enter?",
    "Timed entry: groups of at most {g} students, one group every {m} minutes. With {s} students, how long after the first "
    "group goes in does the last group go in?",
    "{s} students enter the {D} in groups of up to {g}, spaced {m} minutes apart. Minutes between the first and last entry?"])
def _timed(r):
    g = r.choice([10, 12, 15, 20, 25])
    s = r.randrange(3 * g, 8 * g)
    m = r.choice([5, 10, 15, 20])
    n = dict(g=g, s=s, m=m)

    def solve(c):
        k = c.ceil(s, g, "Groups", "number of groups", "groups")
        gaps = c.sub([k, 1], ["n", "n"], "Gaps", "number of gaps", "gaps")
        return c.mul([gaps, m], ["n", "n"], "Time", "time span", "minutes", unit="min")
    return n, solve


@struct("savings", "they still need {F}", "$", [
    "To pay for the {D} trip, {T}'s class saves {w} per week for {k} weeks. The trip costs {C}. "
    "How much more money do they need? (Negative if they have saved more than enough.)",
    "The class sets aside {w} each week for {k} weeks toward a {C} field trip. How much is still needed after that? "
    "Use a negative number if they end up with extra.",
    "Weekly savings {w}, for {k} weeks. Trip cost {C}. Amount still needed (negative = surplus)?"])
def _save(r):
    w = cents(r, 20, 75, 500)
    k = r.randrange(6, 20)
    C = k * w + r.choice([-1, 1, 1]) * r.randrange(1, 30) * 10
    n = dict(w=pm(w), k=k, C=pm(C))

    def solve(c):
        sv = c.mul([w, k], ["$", "n"], "Saved", "amount saved")
        return c.sub([C, sv], ["$", "$"], "Still needed", "amount still needed")
    return n, solve


@struct("seat_rows_split", "{F} people ride on the last bus", "n", [
    "{s} students and {t} teachers fill buses in order; each bus holds {b} people, and every bus except the last is full. "
    "How many people ride the last bus?",
    "Buses for the {D} hold {b} riders. {s} students and {t} teachers board, filling one bus before starting the next. "
    "How many are on the last bus?",
    "People: {s} students + {t} teachers. Bus capacity: {b}. Fill buses one at a time. How many people are on the final bus?"])
def _lastbus(r):
    b = r.choice([40, 44, 48, 52, 56])
    while True:
        s, t = r.randrange(2 * b, 5 * b), r.randrange(3, 10)
        if (s + t) % b:
            break
    n = dict(s=s, t=t, b=b)

    def solve(c):
        p = c.add([s, t], ["n", "n"], "People", "total riders", "people")
        q, _ = c.divmod(p, b, "Full buses", "number of full buses", "full buses", "people on the last bus")
        f = c.mul([q, b], ["n", "n"], "On full buses", "people on full buses", "people")
        return c.sub([p, f], ["n", "n"], "Last bus", "people on the last bus", "people")
    return n, solve
