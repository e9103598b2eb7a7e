#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (concert / theater /
event-ticketing word problems) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: only random.Random seeded with strings/ints, no hash(), no set
iteration, no clock.  Standard library only.
"""
import argparse
import json
import random
from fractions import Fraction as F

SEED = "mcr-eval124-v1"
N_PROBLEMS = 646
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
         "double_digit", "wrong_op", "decimal_shift"]

# ---------------------------------------------------------------- numbers

def ndec(x, limit=8):
    x = F(x)
    for d in range(limit + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def rhu(x, d):
    """round half up (x >= 0) to d decimals"""
    x = F(x)
    q = x * 10 ** d
    fl = q.numerator // q.denominator
    if q - fl >= F(1, 2):
        fl += 1
    return F(fl, 10 ** d)


def fixed(v, d, sep=""):
    v = F(v)
    neg = v < 0
    v = abs(v)
    iv = int(rhu(v, d) * 10 ** d)
    s = str(iv).rjust(d + 1, "0")
    ip, fp = (s[:-d], s[-d:]) if d > 0 else (s, "")
    if sep and len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = sep.join(groups)
    out = ip + ("." + fp if d > 0 else "")
    return ("-" if neg else "") + out


def money_d(v):
    return 0 if F(v).denominator == 1 else 2


def M_(v):
    """money for problem text"""
    return "$" + fixed(v, money_d(v), ",")


def I_(v):
    return fixed(v, ndec(v) or 0, ",")

# ---------------------------------------------------------------- expressions

class N:
    __slots__ = ("v", "k", "w")

    def __init__(self, v, k="int", w=None):
        self.v = F(v)
        self.k = k          # int | money | pct | dec
        self.w = w          # optional unit word printed after the number


class Op:
    __slots__ = ("op", "args")

    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)


class P:
    __slots__ = ("e",)

    def __init__(self, e):
        self.e = e


def M(v, w=None):
    return N(v, "money", w)


def PC(v):
    return N(v, "pct")


def FR(v):
    return N(v, "frac")


def ev(e):
    if isinstance(e, N):
        return e.v / 100 if e.k == "pct" else e.v
    if isinstance(e, P):
        return ev(e.e)
    vals = [ev(a) for a in e.args]
    acc = vals[0]
    for v in vals[1:]:
        if e.op == "+":
            acc += v
        elif e.op == "-":
            acc -= v
        elif e.op == "*":
            acc *= v
        else:
            acc /= v
    return acc


def leaves_kind(e):
    if isinstance(e, N):
        return [e.k]
    if isinstance(e, P):
        return leaves_kind(e.e)
    out = []
    for a in e.args:
        out += leaves_kind(a)
    return out


def has_paren(e):
    if isinstance(e, P):
        return True
    if isinstance(e, Op):
        return any(has_paren(a) for a in e.args)
    return False


def partial(e):
    if isinstance(e, P):
        v = ev(e.e)
        k = "money" if "money" in leaves_kind(e.e) else ("int" if v.denominator == 1 else "dec")
        return N(v, k)
    if isinstance(e, Op):
        return Op(e.op, *[partial(a) for a in e.args])
    return e


class Step:
    def __init__(self, expr, kind, title, unit, dmax, role, approx, value, exact, ceil=None, faultable=True):
        self.expr, self.kind, self.title, self.unit = expr, kind, title, unit
        self.dmax, self.role, self.approx = dmax, role, approx
        self.value, self.exact, self.ceil, self.faultable = value, exact, ceil, faultable


class B:
    def __init__(self, override=None):
        self.steps = []
        self.ov = override or {}
        self.final = None

    def _mk(self, expr, kind, dmax):
        exact = ev(expr)
        nd = ndec(exact)
        if nd is not None and nd <= dmax:
            return False, exact, exact
        return True, rhu(exact, dmax), exact

    def st(self, expr, kind, title, unit="", dmax=2):
        approx, val, exact = self._mk(expr, kind, dmax)
        idx = len(self.steps)
        if idx in self.ov:
            val = self.ov[idx]
        self.steps.append(Step(expr, kind, title, unit, dmax, "main", approx, val, exact))
        return val

    def ceil(self, expr, title, unit, dmax=2):
        approx, val, exact = self._mk(expr, "dec", dmax)
        c = -((-exact.numerator) // exact.denominator)
        self.steps.append(Step(expr, "dec", title, unit, dmax, "ceil", approx, val, exact,
                               ceil=F(c), faultable=False))
        return F(c)

    def done(self, val, kind, closings, unit=""):
        self.final = (F(val), kind, unit, closings)

    def add_check(self, skip=None):
        tgt = None
        for i in range(len(self.steps) - 1, -1, -1):
            s = self.steps[i]
            if s.role != "main" or s.approx or s.kind == "frac":
                continue
            e = s.expr
            if not isinstance(e, Op) or not all(isinstance(a, N) for a in e.args):
                continue
            if e.op in "-/" and len(e.args) != 2:
                continue
            tgt = i
            break
        if tgt is None or tgt == skip:
            return False
        s = self.steps[tgt]
        e = s.expr
        rk = s.kind if s.kind in ("money", "int", "dec") else "dec"
        res = N(s.value, rk)
        if e.op == "+":
            ce = Op("+", *list(reversed(e.args)))
        elif e.op == "*":
            ce = Op("*", e.args[1], e.args[0])
        elif e.op == "-":
            ce = Op("+", res, e.args[1])
        else:
            ce = Op("*", res, e.args[1])
        if e.op in "+*":
            kind = s.kind
        else:
            kind = e.args[0].k if e.args[0].k != "pct" else "dec"
        val = ev(ce)
        self.steps.append(Step(ce, kind, "Check", s.unit, 2, "check", False, val, val, faultable=False))
        return True

# ---------------------------------------------------------------- flavour

NAMES = ["Maya", "Jordan", "Priya", "Luis", "Hannah", "Omar", "Chloe", "Ethan", "Zoe", "Marcus",
         "Aisha", "Noah", "Sofia", "Liam", "Grace", "Diego", "Nina", "Theo", "Rosa", "Kenji"]
BANDS = ["the Velvet Owls", "Neon Harbor", "the Juniper Lights", "Static Bloom", "Copper Canyon",
         "the Midnight Tides", "Saltwater Radio", "the Amber Foxes", "Glass Parade", "Northbound"]
VENUES = ["the Riverside Amphitheater", "the Grand Palace Theater", "Civic Arena", "the Blue Door Playhouse",
          "Lakeside Pavilion", "the Orpheum", "Harbor Hall", "the Elm Street Theater", "Summit Arena",
          "the Lyric Opera House"]
SHOWS = ["the spring musical", "a touring production of a Broadway hit", "the holiday ballet",
         "a jazz night", "an orchestra gala", "a comedy showcase", "the summer opera"]


def pick(r, xs):
    return xs[r.randrange(len(xs))]

# ---------------------------------------------------------------- templates
# each template: draw(r) -> dict with 'problem', 'givens' ; solve(p, b)

def d_fees(r):
    n = r.randint(2, 9)
    p = F(r.randint(28, 129)) + (F(1, 2) if r.random() < 0.25 else 0)
    f = F(r.randint(13, 51), 4)
    o = pick(r, [F(2), F(5, 2), F(3), F(395, 100), F(4), F(11, 2), F(6)])
    nm, band, ven = pick(r, NAMES), pick(r, BANDS), pick(r, VENUES)
    ph = [
        f"{nm} is buying {n} tickets to see {band} at {ven}. Each ticket costs {M_(p)} plus a {M_(f)} service fee per ticket, and there is a one-time order processing fee of {M_(o)}. How much does {nm} pay in total?",
        f"Tickets for {band} are {M_(p)} each. The ticketing site adds a service fee of {M_(f)} to every ticket and a flat {M_(o)} processing fee per order. If {nm} orders {n} tickets, what is the total charge?",
        f"A group of {n} friends buys tickets to a concert at {ven}. The face value is {M_(p)} per ticket, each ticket carries a {M_(f)} convenience fee, and the whole order has a {M_(o)} facility charge. What is the total cost of the order in dollars?",
    ]
    return dict(n=n, p=p, f=f, o=o, nm=nm, problem=pick(r, ph),
                givens=[f"{n} tickets at {M_(p)} each", f"{M_(f)} service fee per ticket", f"{M_(o)} order fee"])


def s_fees(p, b):
    t = b.st(Op("*", N(p["n"], w="tickets"), M(p["p"])), "money", "Ticket cost")
    fe = b.st(Op("*", N(p["n"]), M(p["f"])), "money", "Service fees")
    tot = b.st(Op("+", M(t), M(fe), M(p["o"])), "money", "Total cost")
    b.done(tot, "money", ["The total charge for the order is {A}.", "So " + p["nm"] + " pays {A} in total.",
                          "Altogether, the order costs {A}."])


def d_sections(r):
    a, bb = r.randint(2, 8), r.randint(2, 8)
    p1, p2 = F(r.randint(65, 160)), F(r.randint(25, 60)) + (F(1, 2) if r.random() < 0.3 else 0)
    ven = pick(r, VENUES)
    ph = [
        f"A school club buys {a} orchestra seats at {M_(p1)} each and {bb} balcony seats at {M_(p2)} each for a show at {ven}. What is the average price they paid per ticket, rounded to the nearest cent?",
        f"For {pick(r, SHOWS)}, a family buys {a} orchestra tickets priced at {M_(p1)} and {bb} balcony tickets priced at {M_(p2)}. To the nearest cent, what was the average cost per ticket?",
        f"At {ven}, orchestra seats cost {M_(p1)} and balcony seats cost {M_(p2)}. An office group purchases {a} orchestra and {bb} balcony seats. What is the mean price per seat (round to the nearest cent)?",
    ]
    return dict(a=a, b=bb, p1=p1, p2=p2, problem=pick(r, ph),
                givens=[f"{a} orchestra seats at {M_(p1)}", f"{bb} balcony seats at {M_(p2)}"])


def s_sections(p, b):
    o = b.st(Op("*", N(p["a"]), M(p["p1"])), "money", "Orchestra seats")
    bl = b.st(Op("*", N(p["b"]), M(p["p2"])), "money", "Balcony seats")
    tot = b.st(Op("+", M(o), M(bl)), "money", "Total spent")
    cnt = b.st(Op("+", N(p["a"]), N(p["b"])), "int", "Number of tickets", "tickets")
    avg = b.st(Op("/", M(tot), N(cnt)), "money", "Average price per ticket")
    b.done(avg, "money", ["The average price per ticket is about {A}.", "They paid roughly {A} per ticket on average."])


def d_groupdisc(r):
    n = r.randint(10, 40)
    pr = F(r.randint(22, 95))
    d = pick(r, [10, 15, 20, 25, 30])
    nm, show = pick(r, NAMES), pick(r, SHOWS)
    ph = [
        f"A theater offers a {d}% group discount on orders of 10 or more tickets. {nm} books {n} tickets for {show} at the regular price of {M_(pr)} each. After the discount, how much does each ticket cost on average?",
        f"Regular tickets for {show} are {M_(pr)}. Groups of 10 or more get {d}% off the whole order. A youth choir orders {n} tickets. What does the choir pay per ticket after the discount?",
        f"{nm} is organizing a trip to {show} for {n} people. Tickets are normally {M_(pr)} each, but the box office takes {d}% off group orders. How much is each person's ticket after the discount?",
    ]
    return dict(n=n, p=pr, d=d, problem=pick(r, ph),
                givens=[f"{n} tickets at {M_(pr)}", f"{d}% group discount"])


def s_groupdisc(p, b):
    sub = b.st(Op("*", N(p["n"], w="tickets"), M(p["p"])), "money", "Subtotal")
    dis = b.st(Op("*", M(sub), PC(p["d"])), "money", "Discount")
    aft = b.st(Op("-", M(sub), M(dis)), "money", "Total after discount")
    per = b.st(Op("/", M(aft), N(p["n"])), "money", "Price per ticket")
    b.done(per, "money", ["Each ticket costs {A} after the group discount.", "So each person pays {A}."])


def d_pcttax(r):
    n = r.randint(2, 6)
    pr = F(r.randint(35, 150)) + (F(1, 2) if r.random() < 0.3 else 0)
    fac = pick(r, [5, 8, 10, 12])
    tax = pick(r, [F(6), F(13, 2), F(7), F(29, 4), F(8), F(71, 8)])
    nm, band = pick(r, NAMES), pick(r, BANDS)
    ph = [
        f"{nm} buys {n} tickets to see {band} at {M_(pr)} each. The venue adds a {fac}% facility fee to the ticket subtotal, and then {I_(tax)}% sales tax is charged on the subtotal plus the facility fee. What is the final total, to the nearest cent?",
        f"Tickets for {band} cost {M_(pr)} apiece. On an order of {n} tickets, a {fac}% facility fee is added to the subtotal, and {I_(tax)}% tax is applied to the subtotal including that fee. How much is the order, rounded to the nearest cent?",
        f"An order of {n} concert tickets at {M_(pr)} each gets a {fac}% facility surcharge. Sales tax of {I_(tax)}% is then charged on the amount after the surcharge. Find the total amount paid to the nearest cent.",
    ]
    return dict(n=n, p=pr, fac=fac, tax=tax, problem=pick(r, ph),
                givens=[f"{n} tickets at {M_(pr)}", f"{fac}% facility fee", f"{I_(tax)}% sales tax"])


def s_pcttax(p, b):
    sub = b.st(Op("*", N(p["n"]), M(p["p"])), "money", "Ticket subtotal")
    fac = b.st(Op("*", M(sub), PC(p["fac"])), "money", "Facility fee")
    tx = b.st(Op("+", M(sub), M(fac)), "money", "Taxable amount")
    tax = b.st(Op("*", M(tx), PC(p["tax"])), "money", "Sales tax")
    tot = b.st(Op("+", M(tx), M(tax)), "money", "Final total")
    b.done(tot, "money", ["The final total is {A}.", "The order comes out to {A} including fees and tax."])


def d_capacity(r):
    r1, s1 = r.randint(12, 30), r.randint(18, 40)
    r2, s2 = r.randint(5, 15), r.randint(15, 32)
    cap = r1 * s1 + r2 * s2
    sold = r.randint(int(cap * 0.6), cap - 5)
    ven = pick(r, VENUES)
    ph = [
        f"{ven[0].upper() + ven[1:]} has {r1} rows of {s1} seats on the main floor and {r2} rows of {s2} seats in the balcony. If {I_(sold)} tickets have been sold, how many seats are still available?",
        f"The main floor of a theater has {r1} rows with {s1} seats each, and the balcony has {r2} rows with {s2} seats each. For opening night, {I_(sold)} seats are sold. How many seats remain unsold?",
        f"A concert hall seats {s1} people in each of its {r1} floor rows and {s2} people in each of its {r2} balcony rows. The box office reports {I_(sold)} tickets sold. How many tickets are left?",
    ]
    return dict(r1=r1, s1=s1, r2=r2, s2=s2, sold=sold, problem=pick(r, ph),
                givens=[f"floor: {r1} rows of {s1} seats", f"balcony: {r2} rows of {s2} seats", f"{I_(sold)} tickets sold"])


def s_capacity(p, b):
    fl = b.st(Op("*", N(p["r1"], w="rows"), N(p["s1"], w="seats")), "int", "Floor seats", "seats")
    bc = b.st(Op("*", N(p["r2"], w="rows"), N(p["s2"], w="seats")), "int", "Balcony seats", "seats")
    cap = b.st(Op("+", N(fl), N(bc)), "int", "Total capacity", "seats")
    rem = b.st(Op("-", N(cap), N(p["sold"])), "int", "Seats still available", "seats")
    b.done(rem, "int", ["There are {A} still available.", "So {A} remain unsold."], unit="seats")


def d_sellout(r):
    cap = r.randint(8, 30) * 100 + pick(r, [0, 50])
    ns = [r.randint(int(cap * 0.7), cap) for _ in range(3)]
    band = pick(r, BANDS)
    ph = [
        f"{band[0].upper() + band[1:]} played three nights at a venue that holds {I_(cap)} people. Attendance was {I_(ns[0])}, {I_(ns[1])}, and {I_(ns[2])}. What percent of the total available seats were filled over the three nights, to the nearest tenth of a percent?",
        f"A theater with {I_(cap)} seats ran a show for three nights. It sold {I_(ns[0])} tickets the first night, {I_(ns[1])} the second, and {I_(ns[2])} the third. To the nearest tenth, what percentage of the available seats was sold?",
        f"Over a three-night run in a {I_(cap)}-seat hall, attendance figures were {I_(ns[0])}, {I_(ns[1])}, and {I_(ns[2])}. What was the overall occupancy rate as a percent (one decimal place)?",
    ]
    return dict(cap=cap, ns=ns, problem=pick(r, ph),
                givens=[f"capacity {I_(cap)} per night", f"attendance {I_(ns[0])}, {I_(ns[1])}, {I_(ns[2])}"])


def s_sellout(p, b):
    tot = b.st(Op("+", *[N(x) for x in p["ns"]]), "int", "Total attendance", "people")
    avail = b.st(Op("*", N(3, w="nights"), N(p["cap"])), "int", "Seats available", "seats")
    pct = b.st(Op("*", Op("/", N(tot), N(avail)), N(100)), "pctres", "Occupancy rate", "", dmax=1)
    b.done(pct, "pctres", ["About {A} of the seats were filled.", "The occupancy rate was about {A}."])


def d_buses(r):
    c = r.randint(40, 60)
    while True:
        n = r.randint(95, 420)
        if n % c:
            break
    cost = F(r.randint(14, 38) * 25)
    band = pick(r, BANDS)
    ph = [
        f"A fan club is taking {n} members to see {band}. Each charter bus holds {c} people and costs {M_(cost)} to rent. If every bus is rented whole and the cost is shared equally, how much does each member pay, to the nearest cent?",
        f"{n} students are going to a concert. Buses carry at most {c} riders each and cost {M_(cost)} per bus. The total bus cost is split evenly among the students. What is each student's share, rounded to the nearest cent?",
        f"For a festival trip, {n} fans need transportation. A bus company charges {M_(cost)} per bus, and each bus seats {c}. How much does each fan owe if the bill is divided equally (round to the nearest cent)?",
    ]
    return dict(n=n, c=c, cost=cost, problem=pick(r, ph),
                givens=[f"{n} people", f"{c} seats per bus", f"{M_(cost)} per bus"])


def s_buses(p, b):
    k = b.ceil(Op("/", N(p["n"]), N(p["c"])), "Buses needed", "buses")
    tot = b.st(Op("*", N(k, w="buses"), M(p["cost"])), "money", "Total bus cost")
    per = b.st(Op("/", M(tot), N(p["n"])), "money", "Cost per person")
    b.done(per, "money", ["Each person pays about {A}.", "That works out to roughly {A} per person."])


def d_split(r):
    k = r.randint(3, 8)
    pr = F(r.randint(30, 110)) + (F(1, 2) if r.random() < 0.3 else 0)
    park = F(r.randint(15, 45))
    food = F(r.randint(2400, 9800), 100)
    nm, ven = pick(r, NAMES), pick(r, VENUES)
    ph = [
        f"{nm} and {k - 1} friends go to a concert at {ven}. Each ticket is {M_(pr)}, parking for the group is {M_(park)}, and they share a late dinner that costs {M_(food)}. If they split everything evenly, how much does each person pay, to the nearest cent?",
        f"{k} friends buy concert tickets at {M_(pr)} each. They also pay {M_(park)} for one parking spot and {M_(food)} for food at the venue. Splitting the whole bill equally, what is each person's share (nearest cent)?",
        f"A group of {k} coworkers attends a show. Tickets cost {M_(pr)} per person, the group pays {M_(park)} for parking and {M_(food)} for snacks. If the costs are divided evenly, how much does each coworker owe, rounded to the nearest cent?",
    ]
    return dict(k=k, p=pr, park=park, food=food, problem=pick(r, ph),
                givens=[f"{k} people", f"tickets {M_(pr)} each", f"parking {M_(park)}", f"food {M_(food)}"])


def s_split(p, b):
    t = b.st(Op("*", N(p["k"], w="tickets"), M(p["p"])), "money", "Tickets")
    sh = b.st(Op("+", M(p["park"]), M(p["food"])), "money", "Shared costs")
    tot = b.st(Op("+", M(t), M(sh)), "money", "Total bill")
    per = b.st(Op("/", M(tot), N(p["k"])), "money", "Share per person")
    b.done(per, "money", ["Each person pays about {A}.", "Everyone owes roughly {A}."])


def d_resale(r):
    while True:
        n = r.randint(2, 6)
        pr = F(r.randint(40, 120))
        f = F(r.randint(10, 30), 2)
        m = pick(r, [20, 25, 30, 40, 50])
        x = pick(r, [10, 12, 15])
        resale = pr * (1 + F(m, 100))
        if resale * (1 - F(x, 100)) > pr + f + 2:
            break
    nm, band = pick(r, NAMES), pick(r, BANDS)
    ph = [
        f"{nm} bought {n} tickets to see {band} at {M_(pr)} each plus a {M_(f)} fee per ticket. Later {nm} resold all of them at {m}% above face value on a platform that keeps {x}% of the sale. How much profit did {nm} make?",
        f"A reseller buys {n} concert tickets with a face value of {M_(pr)}, paying an extra {M_(f)} fee on each. The tickets are resold for {m}% more than face value, and the resale site takes a {x}% commission on the total sale. What is the reseller's profit?",
        f"{nm} purchased {n} tickets ({M_(pr)} face value, {M_(f)} fee each) but can't attend. The tickets sell for {m}% over face value, and the marketplace deducts {x}% of the sale amount. What is {nm}'s profit after all costs?",
    ]
    return dict(n=n, p=pr, f=f, m=m, x=x, problem=pick(r, ph),
                givens=[f"{n} tickets at {M_(pr)} + {M_(f)} fee each", f"resold at {m}% above face value", f"{x}% platform commission"])


def s_resale(p, b):
    cost = b.st(Op("*", N(p["n"]), P(Op("+", M(p["p"]), M(p["f"])))), "money", "Total cost")
    mk = b.st(Op("*", M(p["p"]), PC(p["m"])), "money", "Markup per ticket")
    rp = b.st(Op("+", M(p["p"]), M(mk)), "money", "Resale price")
    rev = b.st(Op("*", N(p["n"]), M(rp)), "money", "Sale total")
    com = b.st(Op("*", M(rev), PC(p["x"])), "money", "Platform commission")
    net = b.st(Op("-", M(rev), M(com)), "money", "Amount received")
    pro = b.st(Op("-", M(net), M(cost)), "money", "Profit")
    b.done(pro, "money", ["The profit is {A}.", "After all costs, the profit comes to {A}."])


def d_duration(r):
    a, h, e = r.randint(25, 50), r.randint(75, 130), r.randint(10, 25)
    i = pick(r, [15, 20, 25, 30])
    band = pick(r, BANDS)
    ph = [
        f"At a concert, the opening act plays for {a} minutes, {band} play for {h} minutes, and the encore lasts {e} minutes. There are 2 intermissions of {i} minutes each. How long is the whole event in hours, rounded to the nearest hundredth?",
        f"A show has an opener ({a} minutes), a main set ({h} minutes), an encore ({e} minutes), and two {i}-minute intermissions. What is the total running time in hours, to two decimal places?",
        f"{band[0].upper() + band[1:]} are headlining a {h}-minute set after a {a}-minute opening act, followed by a {e}-minute encore. The schedule also includes two intermissions of {i} minutes. How many hours does the event last (nearest hundredth)?",
    ]
    return dict(a=a, h=h, e=e, i=i, problem=pick(r, ph),
                givens=[f"opener {a} min", f"main set {h} min", f"encore {e} min", f"2 intermissions of {i} min"])


def s_duration(p, b):
    br = b.st(Op("*", N(2), N(p["i"], w="minutes")), "int", "Intermissions", "minutes")
    tot = b.st(Op("+", N(p["a"]), N(p["h"]), N(p["e"]), N(br)), "int", "Total minutes", "minutes")
    hrs = b.st(Op("/", N(tot, w="minutes"), N(60)), "dec", "Time in hours", "hours")
    b.done(hrs, "dec", ["The event lasts about {A}.", "That's roughly {A} from start to finish."], unit="hours")


def d_cents(r):
    n = r.randint(3, 12)
    pr = F(r.randint(25, 95))
    c = r.randint(25, 95)
    ven = pick(r, VENUES)
    ph = [
        f"{ven[0].upper() + ven[1:]} charges a restoration surcharge of {c} cents on every ticket. A group buys {n} tickets at {M_(pr)} each. What is the total cost in dollars, including the surcharge?",
        f"Tickets to {pick(r, SHOWS)} cost {M_(pr)} each, plus a {c}-cent historic-building fee per ticket. How much do {n} tickets cost altogether, in dollars?",
        f"A theater adds {c}¢ to each ticket for its building fund. If a family buys {n} tickets priced at {M_(pr)}, what is the total in dollars?",
    ]
    return dict(n=n, p=pr, c=c, problem=pick(r, ph),
                givens=[f"{n} tickets at {M_(pr)}", f"{c} cents surcharge per ticket"])


def s_cents(p, b):
    t = b.st(Op("*", N(p["n"]), M(p["p"])), "money", "Ticket cost")
    sc = b.st(Op("*", N(p["n"]), N(p["c"], w="cents")), "int", "Surcharge in cents", "cents")
    sd = b.st(Op("/", N(sc, w="cents"), N(100)), "money", "Surcharge in dollars")
    tot = b.st(Op("+", M(t), M(sd)), "money", "Total")
    b.done(tot, "money", ["The total comes to {A}.", "Altogether they pay {A}."])


def d_earlybird(r):
    n = r.randint(3, 10)
    door = F(r.randint(32, 95))
    eb = door - r.randint(5, 25)
    band = pick(r, BANDS)
    ph = [
        f"Early-bird tickets for {band} cost {M_(eb)}, while tickets bought at the door cost {M_(door)}. How much does a group of {n} save by buying early-bird tickets?",
        f"A club sells tickets for {M_(door)} at the door or {M_(eb)} if bought a month ahead. {pick(r, NAMES)} buys {n} tickets in advance. How much money is saved compared with paying at the door?",
        f"Door price for a comedy showcase is {M_(door)}; the advance price is {M_(eb)}. What is the total savings on {n} advance tickets?",
    ]
    return dict(n=n, door=door, eb=eb, problem=pick(r, ph),
                givens=[f"door price {M_(door)}", f"early-bird price {M_(eb)}", f"{n} tickets"])


def s_earlybird(p, b):
    dt = b.st(Op("*", N(p["n"]), M(p["door"])), "money", "Cost at the door")
    et = b.st(Op("*", N(p["n"]), M(p["eb"])), "money", "Cost with early-bird tickets")
    sv = b.st(Op("-", M(dt), M(et)), "money", "Savings")
    b.done(sv, "money", ["The group saves {A}.", "Buying early saves {A}."])


def d_pass(r):
    while True:
        s = F(r.randint(25, 70))
        pa = F(r.randint(150, 600))
        if (pa / s).denominator != 1 and pa / s < 17:
            break
    m = r.randint(int(pa / s) + 2, 20)
    ven = pick(r, VENUES)
    ph = [
        f"A season pass at {ven} costs {M_(pa)}, and a single ticket costs {M_(s)}. How many shows must you attend for the pass to pay off, and how much do you save with the pass if you attend {m} shows?",
        f"{pick(r, NAMES)} can buy a {M_(pa)} season pass or pay {M_(s)} per show. Find the smallest number of shows for which the pass is cheaper or equal, then find the savings if {pick(r, NAMES)} goes to {m} shows. Give the savings.",
        f"Single tickets for a theater's season are {M_(s)}; a pass for all shows is {M_(pa)}. If a subscriber sees {m} shows, how much do they save with the pass? (Also note the break-even number of shows.)",
    ]
    return dict(s=s, pa=pa, m=m, problem=pick(r, ph),
                givens=[f"pass {M_(pa)}", f"single ticket {M_(s)}", f"{m} shows"])


def s_pass(p, b):
    b.ceil(Op("/", M(p["pa"]), M(p["s"])), "Break-even shows", "shows")
    full = b.st(Op("*", N(p["m"], w="shows"), M(p["s"])), "money", "Cost with single tickets")
    sv = b.st(Op("-", M(full), M(p["pa"])), "money", "Savings with the pass")
    b.done(sv, "money", ["With the pass, the savings are {A}.", "The pass saves {A}."])


def d_bandshare(r):
    g = r.randint(200, 1500)
    pg = F(r.randint(25, 60))
    v = r.randint(20, 150)
    pv = F(r.randint(90, 250))
    comps = r.randint(10, 60)
    x = pick(r, [15, 20, 25, 30])
    band = pick(r, BANDS)
    ph = [
        f"At a show by {band}, {I_(g)} general admission tickets sold for {M_(pg)} each and {v} VIP tickets sold for {M_(pv)} each. Another {comps} complimentary tickets were given away. The venue keeps {x}% of ticket revenue. How much does the band receive?",
        f"A concert sold {I_(g)} GA tickets at {M_(pg)} and {v} VIP packages at {M_(pv)}; {comps} guest-list tickets were free. If the venue takes a {x}% cut of ticket sales, what is the band's share?",
        f"Ticket sales for {band}: {I_(g)} general admission at {M_(pg)}, {v} VIP at {M_(pv)}, plus {comps} comps at no charge. The promoter's contract gives the venue {x}% of gross ticket revenue. How much goes to the band?",
    ]
    return dict(g=g, pg=pg, v=v, pv=pv, comps=comps, x=x, problem=pick(r, ph),
                givens=[f"{I_(g)} GA at {M_(pg)}", f"{v} VIP at {M_(pv)}", f"{comps} comps (free)", f"venue keeps {x}%"])


def s_bandshare(p, b):
    ga = b.st(Op("*", N(p["g"]), M(p["pg"])), "money", "General admission revenue")
    vip = b.st(Op("*", N(p["v"]), M(p["pv"])), "money", "VIP revenue")
    gr = b.st(Op("+", M(ga), M(vip)), "money", "Gross revenue")
    cut = b.st(Op("*", M(gr), PC(p["x"])), "money", "Venue's cut")
    bd = b.st(Op("-", M(gr), M(cut)), "money", "Band's share")
    b.done(bd, "money", ["The band receives {A}.", "So the band's share is {A}."])


def d_increase(r):
    pr = F(r.randint(40, 120))
    i = pick(r, [5, 8, 10, 12, 15, 20])
    n = r.randint(2, 6)
    s = pick(r, [5, 8, 10, 12])
    nm, show = pick(r, NAMES), pick(r, SHOWS)
    ph = [
        f"Last year a ticket to {show} cost {M_(pr)}. This year the price went up {i}%. {nm} buys {n} tickets online and pays a {s}% service charge on the ticket subtotal. What is the total, to the nearest cent?",
        f"A ticket that cost {M_(pr)} last season now costs {i}% more. If {n} tickets are bought and the website adds {s}% of the subtotal as a fee, how much is paid in total (nearest cent)?",
        f"Prices for {show} rose by {i}% from last year's {M_(pr)}. What do {n} tickets cost this year once a {s}% online service fee on the subtotal is included? Round to the nearest cent.",
    ]
    return dict(p=pr, i=i, n=n, s=s, problem=pick(r, ph),
                givens=[f"old price {M_(pr)}", f"{i}% increase", f"{n} tickets", f"{s}% service charge"])


def s_increase(p, b):
    inc = b.st(Op("*", M(p["p"]), PC(p["i"])), "money", "Price increase")
    new = b.st(Op("+", M(p["p"]), M(inc)), "money", "New ticket price")
    sub = b.st(Op("*", N(p["n"]), M(new)), "money", "Subtotal")
    fee = b.st(Op("*", M(sub), PC(p["s"])), "money", "Service charge")
    tot = b.st(Op("+", M(sub), M(fee)), "money", "Total")
    b.done(tot, "money", ["The total is {A}.", "Altogether the tickets cost {A}."])


def d_boxoffice(r):
    rate, h, k = r.randint(40, 120), r.randint(3, 8), r.randint(2, 5)
    box = rate * h
    cap = box * (k + 1) + r.randint(50, 1500)
    ven = pick(r, VENUES)
    ph = [
        f"{ven[0].upper() + ven[1:]} holds {I_(cap)} people. On the first day of sales, the box office sold {rate} tickets per hour for {h} hours, and online sales were {k} times the box office total. How many tickets are left?",
        f"A concert has {I_(cap)} seats. The box office sells tickets at a rate of {rate} per hour for {h} hours, while the website sells {k} times as many as the box office. How many seats are still unsold?",
        f"For a {I_(cap)}-seat show, walk-up sales ran at {rate} tickets an hour for {h} hours. Online sales were {k} times that number. How many tickets remain?",
    ]
    return dict(rate=rate, h=h, k=k, cap=cap, problem=pick(r, ph),
                givens=[f"capacity {I_(cap)}", f"{rate} tickets per hour for {h} hours", f"online = {k} times box office"])


def s_boxoffice(p, b):
    bx = b.st(Op("*", N(p["rate"]), N(p["h"], w="hours")), "int", "Box office sales", "tickets")
    on = b.st(Op("*", N(p["k"]), N(bx)), "int", "Online sales", "tickets")
    sold = b.st(Op("+", N(bx), N(on)), "int", "Total sold", "tickets")
    left = b.st(Op("-", N(p["cap"]), N(sold)), "int", "Tickets left", "tickets")
    b.done(left, "int", ["There are {A} left.", "So {A} remain."], unit="tickets")


def d_budget(r):
    pr = F(r.randint(45, 140))
    f = F(r.randint(14, 60), 4)
    s = F(r.randint(25, 45))
    d = pick(r, [10, 15, 20, 25])
    food = F(r.randint(800, 2500), 100)
    bud = F(r.randint(int(pr + f + s + food) + 10, 400))
    nm, band = pick(r, NAMES), pick(r, BANDS)
    ph = [
        f"{nm} has {M_(bud)} to spend at a {band} concert. The ticket is {M_(pr)} plus a {M_(f)} fee. A tour T-shirt costs {M_(s)}, but fan-club members get {d}% off, and {nm} is a member. {nm} also spends {M_(food)} on food. How much money is left?",
        f"With a budget of {M_(bud)}, {nm} buys a concert ticket for {M_(pr)} (plus a {M_(f)} fee), a {M_(s)} hoodie with a {d}% member discount, and {M_(food)} of snacks. How much of the budget remains?",
        f"{nm} brings {M_(bud)} to a show. Costs: ticket {M_(pr)}, ticket fee {M_(f)}, a {M_(s)} poster discounted {d}%, and {M_(food)} for dinner at the venue. What is left over?",
    ]
    return dict(p=pr, f=f, s=s, d=d, food=food, bud=bud, problem=pick(r, ph),
                givens=[f"budget {M_(bud)}", f"ticket {M_(pr)} + {M_(f)} fee", f"merch {M_(s)} with {d}% off", f"food {M_(food)}"])


def s_budget(p, b):
    tk = b.st(Op("+", M(p["p"]), M(p["f"])), "money", "Ticket with fee")
    ds = b.st(Op("*", M(p["s"]), PC(p["d"])), "money", "Member discount")
    it = b.st(Op("-", M(p["s"]), M(ds)), "money", "Discounted merch price")
    sp = b.st(Op("+", M(tk), M(it), M(p["food"])), "money", "Total spent")
    lf = b.st(Op("-", M(p["bud"]), M(sp)), "money", "Money left")
    b.done(lf, "money", ["There is {A} left.", "So {A} of the budget remains."])


def d_projected(r):
    a, bb = r.randint(120, 600), r.randint(40, 300)
    pa, pb = F(r.randint(45, 120)), F(r.randint(20, 44))
    n2 = r.randint(300, 1200)
    ven = pick(r, VENUES)
    tiers = [("Floor", "Balcony"), ("Premium", "Standard"), ("Higher-priced", "Lower-priced")]
    ph = [
        f"On opening night at {ven}, {a} floor tickets sold at {M_(pa)} and {bb} balcony tickets sold at {M_(pb)}. The manager rounds the average ticket price to the nearest cent and uses it to project revenue for the second night, when {I_(n2)} tickets are expected to sell. What is the projected revenue?",
        f"A theater sold {a} premium seats for {M_(pa)} each and {bb} standard seats for {M_(pb)} each on Friday. Using Friday's average price per ticket (rounded to the nearest cent), estimate revenue for Saturday if {I_(n2)} tickets sell.",
        f"Night one of a concert series: {a} tickets at {M_(pa)}, {bb} tickets at {M_(pb)}. The promoter projects night two as {I_(n2)} tickets times night one's average ticket price, rounded to the cent. What is the projection?",
    ]
    j = r.randrange(3)
    return dict(a=a, b=bb, pa=pa, pb=pb, n2=n2, problem=ph[j], tiers=tiers[j],
                givens=[f"{a} tickets at {M_(pa)}", f"{bb} tickets at {M_(pb)}", f"{I_(n2)} tickets expected"])


def s_projected(p, b):
    fa = b.st(Op("*", N(p["a"]), M(p["pa"])), "money", p["tiers"][0] + " ticket revenue")
    fb = b.st(Op("*", N(p["b"]), M(p["pb"])), "money", p["tiers"][1] + " ticket revenue")
    rv = b.st(Op("+", M(fa), M(fb)), "money", "Night one revenue")
    n1 = b.st(Op("+", N(p["a"]), N(p["b"])), "int", "Tickets sold", "tickets")
    av = b.st(Op("/", M(rv), N(n1)), "money", "Average price")
    pj = b.st(Op("*", N(p["n2"]), M(av)), "money", "Projected revenue")
    b.done(pj, "money", ["The projected revenue is {A}.", "Night two should bring in about {A}."])


def d_comps(r):
    cap = r.randint(15, 60) * 20
    x = r.randint(12, 19) * 5
    k = r.randint(5, 40)
    show = pick(r, SHOWS)
    ph = [
        f"A theater has {I_(cap)} seats. For {show}, {x}% of the seats were sold and {k} more were given out as complimentary tickets. How many seats were empty?",
        f"The {I_(cap)}-seat hall sold {x}% of its tickets for a matinee, and the cast handed out {k} comps. Assuming every ticket holder came, how many seats were left empty?",
        f"{x}% of the {I_(cap)} seats at a playhouse were sold for opening night, plus {k} complimentary seats went to press. How many seats stayed empty?",
    ]
    return dict(cap=cap, x=x, k=k, problem=pick(r, ph),
                givens=[f"{I_(cap)} seats", f"{x}% sold", f"{k} comps"])


def s_comps(p, b):
    sold = b.st(Op("*", N(p["cap"]), PC(p["x"])), "int", "Seats sold", "seats")
    occ = b.st(Op("+", N(sold), N(p["k"])), "int", "Seats filled", "seats")
    emp = b.st(Op("-", N(p["cap"]), N(occ)), "int", "Empty seats", "seats")
    b.done(emp, "int", ["There were {A} left empty.", "So {A} were empty."], unit="seats")


def d_rowpricing(r):
    front, mid, back = r.randint(3, 8), r.randint(6, 14), r.randint(5, 12)
    seats = r.randint(16, 30)
    pf = F(r.randint(90, 180))
    pm = F(r.randint(50, 89))
    pbk = F(r.randint(25, 49))
    ven = pick(r, VENUES)
    ph = [
        f"Every row at {ven} has {seats} seats. The first {front} rows are premium seats at {M_(pf)}, the next {mid} rows are standard at {M_(pm)}, and the last {back} rows are value seats at {M_(pbk)}. What is the revenue from a sold-out show?",
        f"A theater prices seats by row: {front} premium rows at {M_(pf)}, {mid} standard rows at {M_(pm)}, and {back} rear rows at {M_(pbk)}. Each row holds {seats} seats. How much money does a full house bring in?",
        f"A small concert hall has {front} front rows ({M_(pf)} per seat), {mid} middle rows ({M_(pm)} per seat), and {back} back rows ({M_(pbk)} per seat), with {seats} seats in every row. Find the ticket revenue if every seat sells.",
    ]
    return dict(front=front, mid=mid, back=back, seats=seats, pf=pf, pm=pm, pb=pbk, problem=pick(r, ph),
                givens=[f"{seats} seats per row", f"{front} rows at {M_(pf)}", f"{mid} rows at {M_(pm)}", f"{back} rows at {M_(pbk)}"])


def s_rowpricing(p, b):
    s = p["seats"]
    a = b.st(Op("*", N(p["front"], w="rows"), N(s)), "int", "Premium seats", "seats")
    m = b.st(Op("*", N(p["mid"], w="rows"), N(s)), "int", "Standard seats", "seats")
    k = b.st(Op("*", N(p["back"], w="rows"), N(s)), "int", "Value seats", "seats")
    ra = b.st(Op("*", N(a), M(p["pf"])), "money", "Premium revenue")
    rm = b.st(Op("*", N(m), M(p["pm"])), "money", "Standard revenue")
    rk = b.st(Op("*", N(k), M(p["pb"])), "money", "Value revenue")
    tot = b.st(Op("+", M(ra), M(rm), M(rk)), "money", "Total revenue")
    b.done(tot, "money", ["A sold-out show brings in {A}.", "The full-house revenue is {A}."])


def d_bundle(r):
    n = pick(r, [4, 6, 8])
    pr = F(r.randint(30, 80))
    f = F(r.randint(12, 40), 4)
    bundle_disc = pick(r, [10, 12, 15, 20])
    nm, band = pick(r, NAMES), pick(r, BANDS)
    ph = [
        f"A {n}-ticket family bundle for {band} costs the regular price of {M_(pr)} per ticket minus {bundle_disc}%, plus a {M_(f)} fee per ticket. What does the bundle cost in total?",
        f"{nm} buys a bundle of {n} tickets. Tickets are normally {M_(pr)}, the bundle takes {bundle_disc}% off the ticket price, and each ticket still has a {M_(f)} service fee. What is the total?",
        f"For {pick(r, SHOWS)}, a {n}-pack of tickets is sold at {bundle_disc}% off the {M_(pr)} single-ticket price. A {M_(f)} handling fee applies to each ticket. How much does the {n}-pack cost with fees?",
    ]
    return dict(n=n, p=pr, f=f, d=bundle_disc, problem=pick(r, ph),
                givens=[f"{n} tickets", f"{M_(pr)} regular price", f"{bundle_disc}% off", f"{M_(f)} fee per ticket"])


def s_bundle(p, b):
    pct = b.st(Op("-", PC(100), PC(p["d"])), "frac", "Share of price paid", "")
    pr = b.st(Op("*", M(p["p"]), FR(pct)), "money", "Discounted ticket price")
    per = b.st(Op("+", M(pr), M(p["f"])), "money", "Price per ticket with fee")
    tot = b.st(Op("*", N(p["n"], w="tickets"), M(per)), "money", "Bundle total")
    b.done(tot, "money", ["The bundle costs {A} in total.", "So the total is {A}."])


TEMPLATES = [
    ("fees_per_ticket", d_fees, s_fees),
    ("section_average", d_sections, s_sections),
    ("group_discount", d_groupdisc, s_groupdisc),
    ("facility_fee_tax", d_pcttax, s_pcttax),
    ("capacity_remaining", d_capacity, s_capacity),
    ("sellout_percent", d_sellout, s_sellout),
    ("bus_roundup", d_buses, s_buses),
    ("split_bill", d_split, s_split),
    ("resale_profit", d_resale, s_resale),
    ("event_duration", d_duration, s_duration),
    ("cents_surcharge", d_cents, s_cents),
    ("early_bird", d_earlybird, s_earlybird),
    ("season_pass", d_pass, s_pass),
    ("band_share", d_bandshare, s_bandshare),
    ("price_increase", d_increase, s_increase),
    ("box_office_rate", d_boxoffice, s_boxoffice),
    ("merch_budget", d_budget, s_budget),
    ("projected_revenue", d_projected, s_projected),
    ("comp_tickets", d_comps, s_comps),
    ("row_pricing", d_rowpricing, s_rowpricing),
    ("bundle_discount", d_bundle, s_bundle),
]

# ---------------------------------------------------------------- styles

class Style:
    name = "base"
    sep = ","
    latex = False
    gsm = False
    words = False
    bold = False

    def __init__(self, r):
        self.r = r
        self.mul = "×"
        self.div = "÷"
        self.sub = "−"
        self.add = "+"
        self.pct_dec = False
        self.eq = " = "
        self.apx = " ≈ "
        self.setup()

    def setup(self):
        pass

    # ---- numbers
    def wdec(self, v, kind):
        v = F(v)
        if kind == "money":
            if self.gsm:
                return ndec(v)
            return money_d(v)
        return ndec(v) or 0

    def core(self, v, kind, d=None):
        if d is None:
            d = self.wdec(v, kind)
        return fixed(v, d, "" if self.gsm else self.sep)

    def num(self, v, kind, d=None, word=None):
        if kind == "frac":
            v = F(v)
            if self.pct_dec or self.gsm:
                return fixed(v, ndec(v))
            return fixed(v * 100, ndec(v * 100)) + ("\\%" if self.latex else "%")
        if kind == "pct":
            if self.pct_dec:
                return fixed(F(v) / 100, ndec(F(v) / 100))
            return fixed(v, ndec(v)) + ("\\%" if self.latex else "%")
        s = self.core(v, kind, d)
        if kind == "money" and not self.gsm:
            s = ("\\$" if self.latex else "$") + s
        if kind == "pctres":
            s += "\\%" if self.latex else "%"
        if word and self.words:
            s += " " + word
        return s

    # ---- expressions
    def expr(self, e):
        if isinstance(e, N):
            return self.num(e.v, e.k, word=e.w)
        if isinstance(e, P):
            return "(" + self.expr(e.e) + ")"
        sym = {"+": self.add, "-": self.sub, "*": self.mul, "/": self.div}[e.op]
        if self.gsm:
            return sym.join(self.expr(a) for a in e.args)
        return (" %s " % sym).join(self.expr(a) for a in e.args)

    def result(self, st, val):
        s = self.num(val, st.kind)
        return s

    def comp(self, st, val=None, bold=None):
        """expression chain with written result"""
        val = st.value if val is None else val
        parts = [self.expr(st.expr)]
        if has_paren(st.expr):
            parts.append(self.expr(partial(st.expr)))
        res = self.result(st, val)
        if st.unit and st.kind not in ("money", "pctres") and self.unit_ok():
            res += " " + st.unit
        if (self.bold if bold is None else bold):
            res = "**" + res + "**"
        out = self.eq.join(parts)
        out += (self.apx if st.approx else self.eq) + res
        return out

    def unit_ok(self):
        return True

    def rel(self, st):
        return self.apx if st.approx else self.eq

    def ceil_text(self, st):
        c = fixed(st.ceil, 0)
        base = self.expr(st.expr) + self.rel(st) + self.num(st.value, "dec")
        tail = pick(self.r, [" → {c} {u}", " → round up to {c} {u}", " → {c} {u} (round up)"])
        return base + tail.format(c=c, u=st.unit)


PLURAL = ["Service fees", "Orchestra seats", "Balcony seats", "Floor seats", "Seats still available",
          "Seats available", "Intermissions", "Total minutes", "Savings", "Tickets", "Shared costs", "Seats sold",
          "Seats filled", "Empty seats", "Premium seats", "Standard seats", "Value seats", "Tickets left",
          "Tickets sold", "Online sales", "Box office sales", "Buses needed", "Break-even shows",
          "Savings with the pass"]


def be(t):
    return "are" if t in PLURAL else "is"


def lc(t):
    return t[0].lower() + t[1:] if len(t) > 1 and t[1].islower() else t


def fin_text(S, final):
    v, kind, unit, _ = final
    if kind == "money":
        s = "$" + fixed(v, money_d(v), ",")
    elif kind == "pctres":
        s = fixed(v, ndec(v), ",") + "%"
    else:
        s = fixed(v, ndec(v), ",")
    if unit:
        s += " " + unit
    return s


def hash_final(final):
    v, kind, unit, _ = final
    if kind == "money":
        return fixed(v, money_d(v))
    return fixed(v, ndec(v) or 0)


class Render:
    """collect lines; remember which line holds each step's result"""

    def __init__(self):
        self.lines = []
        self.loc = {}

    def add(self, text, steps=()):
        for s in steps:
            self.loc[s] = len(self.lines)
        self.lines.append(text)


def closing_lc(c):
    if c.startswith("So "):
        c = c[3:]
    w = c.split()[0]
    return c if w in NAMES else lc(c)


def closing(S, b, bold=False):
    A = fin_text(S, b.final)
    if bold:
        A = "**" + A + "**"
    return pick(S.r, b.final[3]).replace("{A}", A)


def step_val(b, i, slip):
    if slip is not None and slip[0] == i:
        return slip[1]
    return b.steps[i].value


class GPTMarkdown(Style):
    name = "gpt4o_markdown"
    bold = True

    def setup(self):
        self.words = self.r.random() < 0.5

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["Let's break this down step by step.", "Let's solve this step by step.",
                            "We'll work through the costs one piece at a time.", "Let's work through it."]))
        R.add("")
        k = 0
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add(pick(self.r, ["Check: ", "Quick check: "]) + self.comp(st, bold=False) + " ✓", [i])
                R.add("")
                continue
            k += 1
            R.add(f"### Step {k}: {st.title}")
            if st.role == "ceil":
                R.add(self.ceil_text(st), [i])
            else:
                form = pick(self.r, ["{c}", "{T}: {c}", "The {t} {be} {c}."])
                R.add(form.format(c=self.comp(st, step_val(b, i, slip)), T=st.title, t=lc(st.title), be=be(st.title)), [i])
            R.add("")
        R.add(pick(self.r, ["### Final Answer", "---"]))
        R.add(closing(self, b, bold=True))
        return R


class ClaudeBold(Style):
    name = "claude_bold"

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["I'll work through this step by step.", "Let me break this down.",
                            "Let me work through this carefully."]))
        R.add("")
        if self.r.random() < 0.5:
            R.add("**Given:** " + "; ".join(b.givens))
            R.add("")
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add("")
                R.add("**Check:** " + self.comp(st) + " ✓", [i])
            elif st.role == "ceil":
                R.add(f"**{st.title}:** " + self.ceil_text(st), [i])
            else:
                R.add(f"**{st.title}:** " + self.comp(st, step_val(b, i, slip)), [i])
        R.add("")
        R.add(closing(self, b, bold=True))
        return R


class Bullets(Style):
    name = "bullet_list"

    def setup(self):
        self.mul = pick(self.r, ["×", "x"])
        self.words = self.r.random() < 0.4

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["Here's the breakdown:", "Let's break this down.", "Here's how it works out:"]))
        R.add("")
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add("- Check: " + self.comp(st) + " ✓", [i])
            elif st.role == "ceil":
                R.add(f"- {st.title}: " + self.ceil_text(st), [i])
            else:
                R.add(f"- {st.title}: " + self.comp(st, step_val(b, i, slip)), [i])
        R.add("")
        R.add(closing(self, b))
        return R


class Prose(Style):
    name = "prose"

    def setup(self):
        self.mul = pick(self.r, ["×", "·", "×"])
        self.sub = pick(self.r, ["−", "-"])
        self.div = pick(self.r, ["÷", "/"])
        self.words = self.r.random() < 0.5

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["Let's break this down.", "Let's think it through.", "Here's the reasoning."]))
        R.add("")
        sents, ids = [], []
        mains = [i for i, s in enumerate(b.steps) if s.role != "check"]
        per_line = 2 if len(mains) <= 4 else 3
        for j, i in enumerate(mains):
            st = b.steps[i]
            if j == 0:
                conn = pick(self.r, ["First,", "To start,"])
            elif j == len(mains) - 1:
                conn = pick(self.r, ["Finally,", "Last,", "That means"])
            else:
                conn = pick(self.r, ["Next,", "Then", "After that,", "Now"])
            if st.role == "ceil":
                s = f"{conn} for the {lc(st.title)}, {self.ceil_text(st)}."
            else:
                s = f"{conn} the {lc(st.title)} {be(st.title)} {self.comp(st, step_val(b, i, slip))}."
            sents.append(s)
            ids.append(i)
            if len(sents) == per_line or j == len(mains) - 1:
                R.add(" ".join(sents), ids)
                R.add("")
                sents, ids = [], []
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add(pick(self.r, ["As a quick check, ", "Checking: "]) + self.comp(st) + " ✓", [i])
                R.add("")
        R.add(closing(self, b))
        return R


class LatexInline(Style):
    name = "latex_inline"
    latex = True

    def setup(self):
        self.mul = "\\times"
        self.div = "\\div"
        self.sub = "-"
        self.apx = " \\approx "
        self.pct_dec = self.r.random() < 0.5

    def expr(self, e):
        if isinstance(e, Op) and e.op == "/" and len(e.args) == 2:
            return "\\frac{%s}{%s}" % (self.expr(e.args[0]), self.expr(e.args[1]))
        if isinstance(e, P):
            return "\\left(" + self.expr(e.e) + "\\right)"
        return Style.expr(self, e)

    def unit_ok(self):
        return False

    def ceil_text(self, st):
        return "\\( %s%s%s \\), so round up to %s %s" % (
            self.expr(st.expr), self.rel(st), self.num(st.value, "dec"), fixed(st.ceil, 0), st.unit)

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["Let's solve this step by step.", "Let's work through the calculation."]))
        R.add("")
        k = 0
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add("")
                R.add("Check: \\( " + self.comp(st) + " \\) ✓", [i])
                continue
            k += 1
            if st.role == "ceil":
                R.add(f"{k}. **{st.title}:** " + self.ceil_text(st) + ".", [i])
            else:
                u = (" " + st.unit) if st.unit and st.kind not in ("money", "pctres") else ""
                R.add(f"{k}. **{st.title}:** \\( " + self.comp(st, step_val(b, i, slip)) + " \\)" + u, [i])
        R.add("")
        R.add("So, " + closing_lc(closing(self, b)))
        return R


class LatexDisplay(Style):
    name = "latex_display"
    latex = True
    sep = "{,}"

    def setup(self):
        self.mul = pick(self.r, ["\\times", "\\cdot"])
        self.div = "\\div"
        self.sub = "-"
        self.apx = " \\approx "
        self.pct_dec = self.r.random() < 0.6
        self.head = pick(self.r, ["**Step {k}: {T}**", "{k}. **{T}**", "### {T}"])

    def expr(self, e):
        if isinstance(e, Op) and e.op == "/" and len(e.args) == 2:
            return "\\frac{%s}{%s}" % (self.expr(e.args[0]), self.expr(e.args[1]))
        return Style.expr(self, e)

    def unit_ok(self):
        return False

    def comp(self, st, val=None, bold=None):
        s = Style.comp(self, st, val, bold)
        if st.unit and st.kind not in ("money", "pctres"):
            s += " \\text{ %s}" % st.unit
        return s

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["To find the answer, we'll go step by step.", "Let's set up each quantity and compute it."]))
        R.add("")
        k = 0
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add("**Check:**")
                R.add("\\[")
                R.add(self.comp(st) + " \\quad \\checkmark", [i])
                R.add("\\]")
                R.add("")
                continue
            k += 1
            R.add(self.head.format(k=k, T=st.title))
            R.add("")
            R.add("\\[")
            if st.role == "ceil":
                R.add("%s%s%s \\;\\rightarrow\\; %s" % (self.expr(st.expr), self.rel(st), self.num(st.value, "dec"),
                                                               fixed(st.ceil, 0)), [i])
            else:
                R.add(self.comp(st, step_val(b, i, slip)), [i])
            R.add("\\]")
            if st.role == "ceil":
                R.add(f"We round up to {fixed(st.ceil, 0)} {st.unit}.")
            R.add("")
        R.add("Therefore, " + closing_lc(closing(self, b, bold=True)))
        return R


class Table(Style):
    name = "markdown_table"

    def setup(self):
        self.mul = pick(self.r, ["×", "x"])

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["Let's organize the calculations in a table.", "Here is the work, laid out in a table:"]))
        R.add("")
        R.add(pick(self.r, ["| Quantity | Calculation | Result |", "| Item | Computation | Value |"]))
        R.add("|---|---|---|")
        for i, st in enumerate(b.steps):
            val = step_val(b, i, slip)
            calc = self.expr(st.expr)
            if has_paren(st.expr):
                calc += " = " + self.expr(partial(st.expr))
            if st.role == "ceil":
                res = f"{'≈' if st.approx else '='} {self.num(st.value, 'dec')} → {fixed(st.ceil, 0)} {st.unit}"
            else:
                res = self.num(val, st.kind)
                if st.unit and st.kind not in ("money", "pctres"):
                    res += " " + st.unit
                if st.approx:
                    res = "≈ " + res
            if st.role == "check":
                res += " ✓"
            R.add(f"| {st.title} | {calc} | {res} |", [i])
        R.add("")
        R.add(closing(self, b, bold=True))
        return R


class Terse(Style):
    name = "terse_lines"

    def setup(self):
        self.mul = pick(self.r, ["*", "x", "·"])
        self.div = "/"
        self.sub = "-"

    def unit_ok(self):
        return False

    def render(self, b, slip):
        R = Render()
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add("Check: " + self.comp(st) + " ✓", [i])
            elif st.role == "ceil":
                R.add(f"{st.title}: " + self.expr(st.expr) + self.rel(st) + self.num(st.value, "dec")
                      + " → " + fixed(st.ceil, 0), [i])
            else:
                R.add(f"{st.title}: " + self.comp(st, step_val(b, i, slip)), [i])
        R.add("Answer: " + fin_text(self, b.final))
        return R


class GSM8K(Style):
    name = "gsm8k_gold"
    gsm = True
    sep = ""

    def setup(self):
        self.mul = "*"
        self.div = "/"
        self.sub = "-"
        self.pct_dec = True

    def render(self, b, slip):
        R = Render()
        for i, st in enumerate(b.steps):
            if st.role == "check":
                continue
            e = self.expr(st.expr)
            if st.role == "ceil":
                v = self.num(st.value, "dec")
                R.add(f"{pick(self.r, ['They need', 'That is'])} {e}{'≈' if st.approx else '='}<<{e}={v}>>{v}, which rounds up to {fixed(st.ceil, 0)} {st.unit}.", [i])
                continue
            val = step_val(b, i, slip)
            v = self.core(val, st.kind)
            rel = "≈" if st.approx else "="
            dollar = "$" if st.kind == "money" else ""
            pct = "%" if st.kind == "pctres" else ""
            unit = (" " + st.unit) if st.unit and st.kind not in ("money", "pctres") else ""
            R.add(f"The {lc(st.title)} {be(st.title)} {e}{rel}{dollar}<<{e}={v}>>{v}{pct}{unit}.", [i])
        return R


class Tutor(Style):
    name = "chatty_tutor"

    def setup(self):
        self.mul = "times"
        self.div = "divided by"
        self.sub = "minus"
        self.add = "plus"

    def comp(self, st, val=None, bold=None):
        val = st.value if val is None else val
        eqs = ["equals", "gives us", "is equal to", ", which is", ", and that gives us"]
        apx = ["is about", "is approximately", ", which is about", "comes to about"]
        parts = [self.expr(st.expr)]
        if has_paren(st.expr):
            parts.append(self.expr(partial(st.expr)))
        res = self.num(val, st.kind)
        if st.unit and st.kind not in ("money", "pctres"):
            res += " " + st.unit
        out = parts[0]
        for q in parts[1:]:
            out += ", which is " + q
        rel = pick(self.r, apx if st.approx else eqs)
        out += ("" if rel.startswith(",") else " ") + rel + " " + res
        return out

    def render(self, b, slip):
        R = Render()
        R.add(pick(self.r, ["Great question! Let's work through it together.", "Sure! Let's take this one piece at a time.",
                            "Happy to help! Let's go step by step."]))
        R.add("")
        mains = [i for i, s in enumerate(b.steps) if s.role != "check"]
        for j, i in enumerate(mains):
            st = b.steps[i]
            conn = "First" if j == 0 else ("Finally" if j == len(mains) - 1 else pick(self.r, ["Next", "Now", "Then"]))
            if st.role == "ceil":
                R.add(f"{conn}, let's figure out the {lc(st.title)}. {self.expr(st.expr)} {'is about' if st.approx else 'equals'} "
                      f"{self.num(st.value, 'dec')}, but we can't have part of one, so we round up to {fixed(st.ceil, 0)} {st.unit}.", [i])
            else:
                R.add(f"{conn}, let's find the {lc(st.title)}. " + self.comp(st, step_val(b, i, slip)) + ".", [i])
            R.add("")
        for i, st in enumerate(b.steps):
            if st.role == "check":
                R.add("Let's double-check: " + self.comp(st) + " ✓", [i])
                R.add("")
        R.add(closing(self, b) + pick(self.r, [" Nice work!", " Hope that helps!", ""]))
        return R


class Llama(Style):
    name = "llama_boxed"

    def setup(self):
        self.mul = pick(self.r, ["×", "*"])
        self.div = pick(self.r, ["/", "÷"])
        self.sub = "-"

    def render(self, b, slip):
        R = Render()
        k = 0
        for i, st in enumerate(b.steps):
            if st.role == "check":
                continue
            k += 1
            R.add(f"## Step {k}: Calculate the {lc(st.title)}")
            if st.role == "ceil":
                R.add(f"We compute {self.expr(st.expr)}{self.rel(st)}{self.num(st.value, 'dec')}, and since we need whole {st.unit}, we round up to {fixed(st.ceil, 0)} {st.unit}.", [i])
            else:
                R.add(f"The {lc(st.title)} {be(st.title)} {self.comp(st, step_val(b, i, slip))}.", [i])
            R.add("")
        R.add("The final answer is: $\\boxed{" + hash_final(b.final) + "}$")
        return R


STYLES = [GPTMarkdown, ClaudeBold, Bullets, Prose, LatexInline, LatexDisplay, Table, Terse, GSM8K, Tutor, Llama]
CHECK_PROB = {"gpt4o_markdown": 0.35, "claude_bold": 1.0, "bullet_list": 0.35, "prose": 0.3,
              "latex_inline": 0.3, "latex_display": 0.3, "markdown_table": 0.4, "terse_lines": 0.35,
              "gsm8k_gold": 0.0, "chatty_tutor": 0.3, "llama_boxed": 0.0}

# ---------------------------------------------------------------- assembly

def build(tpl, params, override=None, want_check=False, check_skip=None):
    b = B(override)
    tpl[2](params, b)
    b.givens = params["givens"]
    if want_check:
        b.add_check(skip=check_skip)
    return b


def render(style_cls, pid, b, slip=None):
    S = style_cls(random.Random(f"{SEED}:style:{pid}"))
    R = S.render(b, slip)
    lines = R.lines
    gap = "\n" if style_cls in (GSM8K, Terse, Llama) else "\n\n"
    text = "\n".join(lines) + gap + "#### " + hash_final(b.final)
    return S, R, text


def line_span(lines, li):
    start = sum(len(x) + 1 for x in lines[:li])
    return [start, start + len(lines[li])]


def mutate_string(s, kind, r):
    """s: canonical digits (no separators), maybe with '.'; return list of candidate strings"""
    ip = s.split(".")[0]
    out = []
    if kind == "swap_digits":
        for j in range(len(s) - 1):
            a, c = s[j], s[j + 1]
            if a == "." or c == "." or a == c:
                continue
            t = s[:j] + c + a + s[j + 2:]
            if t[0] == "0" and len(t.split(".")[0]) > 1:
                continue
            out.append(t)
    elif kind == "drop_digit":
        if len(ip) >= 2:
            for j in range(len(ip)):
                t = s[:j] + s[j + 1:]
                if t[0] == "0":
                    continue
                out.append(t)
    elif kind == "double_digit":
        if ip != "0":
            for j in range(len(ip)):
                out.append(s[:j + 1] + s[j] + s[j + 1:])
    return out


def wrong_candidates(S, st, kind, r):
    right = st.value
    rs = S.core(right, st.kind).replace("{,}", "").replace(",", "")
    cands = []
    if kind == "off_by_one":
        cands = [right + 1, right - 1]
    elif kind == "off_by_ten":
        cands = [right + 10, right - 10]
    elif kind == "decimal_shift":
        cands = [right * 10, right / 10]
    elif kind in ("swap_digits", "drop_digit", "double_digit"):
        for t in mutate_string(rs, kind, r):
            w = F(t) if "." not in t else F(t)
            if S.core(w, st.kind).replace("{,}", "").replace(",", "") == t:
                cands.append(w)
    elif kind == "wrong_op":
        e = partial(st.expr)
        if isinstance(e, Op) and len(e.args) == 2 and all(isinstance(a, N) for a in e.args):
            x, y = ev(e.args[0]), ev(e.args[1])
            for op in "+-*/":
                if op == e.op:
                    continue
                if op == "+":
                    v = x + y
                elif op == "-":
                    v = x - y
                elif op == "*":
                    v = x * y
                else:
                    if y == 0:
                        continue
                    v = x / y
                if st.approx:
                    v = rhu(v, st.dmax)
                else:
                    lim = 2 if st.kind == "money" else (0 if st.kind == "int" else st.dmax)
                    nd = ndec(v)
                    if nd is None or nd > lim:
                        continue
                cands.append(v)
    good = []
    for w in cands:
        if w <= 0 or w == right:
            continue
        if st.kind == "int" and w.denominator != 1:
            continue
        wd = ndec(w)
        if wd is None or wd > 3:
            continue
        if st.kind == "money" and wd > 2:
            continue
        # beyond rounding tolerance of the written decimals
        if rhu(st.exact, S.wdec(w, st.kind)) == w:
            continue
        good.append(w)
    r.shuffle(good)
    return good


def pick_fault(tpl, params, style_cls, pid, b0, r, kind_start, carry, want_check, avoid=()):
    faultable = [i for i, s in enumerate(b0.steps) if s.role == "main" and s.kind != "frac" and i not in avoid]
    S = style_cls(random.Random(0))
    for kk in range(len(KINDS)):
        kind = KINDS[(kind_start + kk) % len(KINDS)]
        order = faultable[:]
        r.shuffle(order)
        for i in order:
            for w in wrong_candidates(S, b0.steps[i], kind, r):
                if not carry:
                    return i, kind, w, None
                bc = build(tpl, params, {i: w}, want_check, check_skip=i)
                ok = len([s for s in bc.steps if s.role != "check"]) == len([s for s in b0.steps if s.role != "check"])
                for s in bc.steps:
                    if s.value <= 0 or (s.kind == "int" and s.value.denominator != 1):
                        ok = False
                    if s.role == "ceil" and s.ceil > 200:
                        ok = False
                if ok and hash_final(bc.final) != hash_final(b0.final) and bc.final[0] > 0:
                    return i, kind, w, bc
    return None


def make_rows(pid_num):
    tpl = TEMPLATES[pid_num % len(TEMPLATES)]
    style_cls = STYLES[(pid_num + 2 * (pid_num // len(TEMPLATES))) % len(STYLES)]
    r = random.Random(f"{SEED}:problem:{pid_num}")
    params = tpl[1](r)
    want_check = r.random() < CHECK_PROB[style_cls.name]
    b0 = build(tpl, params, None, want_check)
    pid = f"e124-{pid_num:04d}"
    S, R0, text0 = render(style_cls, pid, b0)
    gold = hash_final(b0.final)
    base = {"pid": pid, "template": tpl[0], "style": style_cls.name, "problem": params["problem"]}
    rows = [dict(base, variant="correct", solution=text0, final=gold)]

    # slip
    fr = random.Random(f"{SEED}:fault:{pid_num}")
    bad_lines = [R0.loc[j] for j, s in enumerate(b0.steps) if s.role != "main"]
    avoid = [j for j in sorted(R0.loc) if R0.loc[j] in bad_lines]
    i, kind, w, _ = pick_fault(tpl, params, style_cls, pid, b0, fr, pid_num % 7, False, want_check, avoid)
    S1, R1, text1 = render(style_cls, pid, b0, slip=(i, w))
    st = b0.steps[i]
    rows.append(dict(base, variant="slip", solution=text1, final=gold,
                     span=line_span(R1.lines, R1.loc[i]), wrong=S1.core(w, st.kind),
                     right=S1.core(st.value, st.kind), step=i + 1, kind=kind))
    # carry
    res = pick_fault(tpl, params, style_cls, pid, b0, fr, (pid_num * 3 + 2) % 7, True, want_check, avoid)
    if res is None:
        raise RuntimeError("no carry fault for %s" % pid)
    i, kind, w, bc = res
    S2, R2, text2 = render(style_cls, pid, bc)
    rows.append(dict(base, variant="carry", solution=text2, final=gold,
                     span=line_span(R2.lines, R2.loc[i]), wrong=S2.core(w, b0.steps[i].kind),
                     right=S2.core(b0.steps[i].value, b0.steps[i].kind), step=i + 1, kind=kind))
    # loop
    lr = random.Random(f"{SEED}:loop:{pid_num}")
    lines = R0.lines
    comp_lines = sorted(set(R0.loc.values()))
    want_partial = (pid_num * 7 + 3) % 5 < 2
    options = []
    for L in comp_lines:
        for u in (1, 2, 3):
            s0 = L - u + 1
            if s0 < 0 or not lines[s0].strip():
                continue
            first = lines[s0]
            fd = next((j for j, ch in enumerate(first) if ch.isdigit()), len(first))
            options.append((L, u, fd))
    if want_partial:
        po = [o for o in options if o[2] >= 3]
        if po:
            options = po
        else:
            want_partial = False
    L, u, fd = options[lr.randrange(len(options))]
    unit = lines[L - u + 1:L + 1]
    unit_text = "\n".join(unit)
    reps = lr.randint(8, 30)
    prefix = "\n".join(lines[:L + 1])
    text = prefix + ("\n" + unit_text) * (reps - 1)
    if want_partial:
        cut = lr.randint(1, min(fd, len(unit[0]) - 1))
        text += "\n" + unit[0][:cut]
    s = len(prefix) + 1
    rows.append(dict(base, variant="loop", solution=text, final=gold, span=[s, s + len(unit_text)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for k in range(N_PROBLEMS):
            for row in make_rows(k):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
