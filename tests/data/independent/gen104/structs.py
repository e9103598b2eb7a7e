"""Problem structures for the tourism / hotel genre. Each has gen(rng, k) and solve(S, p)."""
from fractions import Fraction as F
import math
from core import V

NAMES = ["Maya", "Daniel", "Priya", "Tom", "Lucia", "Kenji", "Amara", "Oliver", "Sofia", "Marcus",
         "Hannah", "Diego", "Aisha", "Ben", "Chloe", "Ravi", "Elena", "Jamal", "Nora", "Victor"]
HOTELS = ["the Seaview Inn", "the Grand Palms Resort", "Harbor Lights Hotel", "the Alpine Lodge",
          "the Coral Bay Resort", "Maple Court Suites", "the Riverside Hotel", "the Desert Rose Resort"]
CITIES = ["Miami", "Lisbon", "Denver", "Honolulu", "Cancún", "Chicago", "Savannah", "Las Vegas"]
MONTHS = ["June", "July", "August", "March", "October", "May"]
TAXES = [F(8), F(9), F(10), F(11), F(12), F(F(25, 2)), F(13), F(14), F(15), F(F(33, 2)), F(F(1325, 100))]


def pct_s(p):
    p = F(p)
    if p.denominator == 1:
        return f"{p.numerator}%"
    return f"{float(p):g}%"


def money_s(x, cur="$"):
    x = F(x)
    if x.denominator == 1:
        return f"{cur}{x.numerator:,}"
    return f"{cur}{float(x):,.2f}"


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


class Base:
    name = "base"
    final_d = 2

    def ctx(self, rng):
        return dict(name=pick(rng, NAMES), hotel=pick(rng, HOTELS), city=pick(rng, CITIES),
                    month=pick(rng, MONTHS))


# 1 ---------------------------------------------------------------------------------------------
class NightlyTotal(Base):
    name = "nightly-total"
    W = [
        "{name} is booking {n} nights at {hotel} in {city}. The room is {r} per night, the city adds a {t} occupancy tax on the room rate, and there is a {f} resort fee per night that is not taxed. What will {name}'s total bill be?",
        "A room at {hotel} costs {r} a night. Occupancy tax is {t} of the room charge, and the hotel also charges a daily resort fee of {f} (no tax on the fee). If {name} stays from {month} {a} to {month} {b}, how much does the stay cost in total?",
        "I'm staying {n} nights at a resort. Rate is {r}/night + {t} tax on the rate, plus a {f}/night resort fee (untaxed). How much is the total?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        n = rng.randint(2, 7)
        a = rng.randint(2, 20)
        p = dict(r=rng.randint(89, 349), n=n, t=pick(rng, TAXES), f=rng.choice([15, 20, 25, 28, 30, 35, 39, 45]))
        txt = self.W[k % 3].format(name=c["name"], hotel=c["hotel"], city=c["city"], month=c["month"], n=n,
                                   a=a, b=a + n, r=money_s(p["r"]), t=pct_s(p["t"]), f=money_s(p["f"]))
        p["range"] = (k % 3 == 1, c["month"], a, a + n)
        return txt, p

    def solve(self, S, p):
        if p["range"][0]:
            _, mo, a, b = p["range"]
            S.note(["The stay is {mo} {a}–{b}: checking in on {mo} {a} and out on {mo} {b}.".format(mo=mo, a=a, b=b)])
            n = S.calc([V(b), "-", V(a)], "count", unit="nights", label="Number of nights",
                       leads=["Counting the nights", "The number of nights is"], faultable=True)
        else:
            n = V(p["n"], unit="nights")
        room = S.calc([V(p["r"], "money"), "*", V(n.v, unit="nights")], label="Room charge",
                      leads=["The room charge is", "For the room alone"])
        tax = S.calc([room, "*", V(p["t"], "pct")], label="Occupancy tax", leads=["The tax on the room is", "Tax"],
                     show_exact=True)
        fee = S.calc([V(p["f"], "money"), "*", V(n.v, unit="nights")], label="Resort fees",
                     leads=["The resort fees add up to", "Resort fee for all nights"])
        tot = S.calc([room, "+", tax, "+", fee], label="Total", leads=["Adding everything", "The total bill is"])
        S.calc([tot, "-", fee, "-", tax], label="Check", role="check", faultable=False)
        return tot


# 2 ---------------------------------------------------------------------------------------------
class SplitRoom(Base):
    name = "split-room"
    W = [
        "{k} friends share a suite at {hotel} for {n} nights. The suite is {r} per night and tax is {t} of the room charge. If they split the bill evenly, how much does each friend pay (to the nearest cent)?",
        "A group of {k} coworkers books one large room for {n} nights at {r} per night plus {t} hotel tax. They divide the cost equally. What is each person's share, rounded to the cent?",
        "We're {k} people splitting a {r}/night condo for {n} nights, and there's {t} lodging tax. What does each of us owe?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(k=rng.randint(3, 6), n=rng.randint(2, 6), r=rng.randint(140, 480), t=pick(rng, TAXES))
        return self.W[k % 3].format(hotel=c["hotel"], k=p["k"], n=p["n"], r=money_s(p["r"]), t=pct_s(p["t"])), p

    def solve(self, S, p):
        room = S.calc([V(p["r"], "money"), "*", V(p["n"], unit="nights")], label="Room cost",
                      leads=["The room for all nights costs", "Room charge"])
        tax = S.calc([room, "*", V(p["t"], "pct")], label="Tax", leads=["The tax comes to", "Tax"], show_exact=True)
        tot = S.calc([room, "+", tax], label="Total bill", leads=["The full bill is", "Total with tax"])
        each = S.calc([tot, "/", V(p["k"], unit="people")], label="Each person's share",
                      leads=["Split evenly, each person pays", "Per person"], show_exact=True)
        return each


# 3 ---------------------------------------------------------------------------------------------
class PointsLeft(Base):
    name = "points-left"
    final_d = 0
    W = [
        "{name} has {P} hotel points. On a {s} stay {name} earns {e} points per dollar spent. A free night costs {C} points. After the stay, {name} books as many free nights as possible. How many points are left over?",
        "A loyalty program gives {e} points for every dollar spent. {name} already has {P} points and spends {s} at {hotel}. Award nights cost {C} points each. If {name} redeems the most award nights possible, how many points remain?",
        "I have {P} points, I'm about to spend {s} on a hotel stay that earns {e} pts per dollar, and a reward night is {C} points. If I book as many reward nights as I can, how many points will I have left?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(P=rng.randint(8, 60) * 500, s=rng.randint(180, 1400), e=rng.choice([5, 10, 10, 12, 15]),
                 C=rng.choice([12000, 15000, 17500, 20000, 25000, 30000]))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], P=f"{p['P']:,}", s=money_s(p["s"]),
                                    e=p["e"], C=f"{p['C']:,}"), p

    def solve(self, S, p):
        earned = S.calc([V(p["s"], "money"), "*", V(p["e"])], "count", unit="points",
                        label="Points earned", leads=["The stay earns", "Points earned on the stay"])
        tot = S.calc([V(p["P"], unit="points"), "+", earned], "count", unit="points", label="Total points",
                     leads=["Adding the points already in the account", "Total points"])
        q = S.calc([tot, "/", V(p["C"], unit="points")], "num", d=2, label="Free nights",
                   leads=["Dividing by the cost of a free night", "Nights affordable"])
        nights = math.floor(q.v)
        S.note(["Only whole nights can be booked, so that's {0} free nights.",
                "You can't book part of a night, so round down to {0} free nights."], [V(nights, unit="nights")])
        used = S.calc([V(nights, unit="nights"), "*", V(p["C"], unit="points")], "count", unit="points",
                      label="Points spent", leads=["Those nights use", "Points redeemed"])
        left = S.calc([tot, "-", used], "count", unit="points", label="Points left",
                      leads=["Points remaining", "That leaves"])
        return left


# 4 ---------------------------------------------------------------------------------------------
class PointValue(Base):
    name = "point-value"
    W = [
        "A room at {hotel} costs {r} per night plus {t} tax, or {Y} points per night. {name} wants to stay {n} nights. How many cents per point does {name} get by paying with points? Round to two decimal places.",
        "For a {n}-night stay, {name} can pay cash ({r}/night plus {t} tax) or use {Y} points per night. What is the value of each point in cents, to the nearest hundredth?",
        "Cash rate {r} a night + {t} taxes, award rate {Y} points a night, {n} nights. What's my redemption value in cents per point?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(r=rng.randint(120, 420), t=pick(rng, TAXES), Y=rng.choice([15000, 20000, 25000, 30000, 35000, 40000]),
                 n=rng.randint(2, 5))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], r=money_s(p["r"]), t=pct_s(p["t"]),
                                    Y=f"{p['Y']:,}", n=p["n"]), p

    def solve(self, S, p):
        cash = S.calc([V(p["r"], "money"), "*", V(p["n"], unit="nights")], label="Cash room cost",
                      leads=["Paying cash, the room costs", "Room cost in cash"])
        tax = S.calc([cash, "*", V(p["t"], "pct")], label="Tax", leads=["Tax on that is", "Taxes"], show_exact=True)
        tot = S.calc([cash, "+", tax], label="Total cash price", leads=["So the cash price is", "Total cash"])
        pts = S.calc([V(p["Y"], unit="points"), "*", V(p["n"], unit="nights")], "count", unit="points",
                     label="Total points", leads=["The points price is", "Points needed"])
        S.note(["In cents, {0} is {1} cents."], [tot, V(tot.v * 100, "num", d=None)])
        cents = S.calc([V(tot.v * 100, "num", d=None), "/", pts], "num", d=2, label="Cents per point",
                       leads=["Cents per point", "Value per point"])
        return cents


# 5 ---------------------------------------------------------------------------------------------
class Upgrade(Base):
    name = "upgrade"
    W = [
        "{name} booked a standard room at {r} per night for {n} nights. At check-in, the front desk offers an ocean-view upgrade for an extra {u} per night. Tax is {t} on the whole room rate. What is the total cost of the stay with the upgrade?",
        "At {hotel}, a king room is {r}/night. Upgrading to a junior suite adds {u} per night. With {t} tax on the nightly rate, how much will {name} pay for {n} nights in the suite?",
        "My room is {r} a night and they offered me an upgrade for {u} more per night. I'm staying {n} nights and tax is {t}. What's the total if I take it?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(r=rng.randint(99, 299), u=rng.choice([25, 30, 35, 40, 45, 50, 60, 75, 85]), n=rng.randint(2, 6),
                 t=pick(rng, TAXES))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], r=money_s(p["r"]), u=money_s(p["u"]),
                                    n=p["n"], t=pct_s(p["t"])), p

    def solve(self, S, p):
        nightly = S.calc([V(p["r"], "money"), "+", V(p["u"], "money")], label="Upgraded nightly rate",
                         leads=["The upgraded rate per night is", "New nightly rate"])
        room = S.calc([nightly, "*", V(p["n"], unit="nights")], label="Room charge",
                      leads=["For all nights that's", "Room charge"])
        tax = S.calc([room, "*", V(p["t"], "pct")], label="Tax", leads=["Tax adds", "Tax"], show_exact=True)
        tot = S.calc([room, "+", tax], label="Total", leads=["The total with the upgrade is", "Total"])
        return tot


# 6 ---------------------------------------------------------------------------------------------
class Vans(Base):
    name = "tour-vans"
    final_d = 0
    W = [
        "A tour of {city} has {G} tourists and {g} guides. Each van holds {c} people. The company uses the fewest vans possible. How many seats will be empty?",
        "{G} guests from {hotel} sign up for a day trip, and {g} guides go with them. Vans seat {c} people each. If they book just enough vans for everyone, how many empty seats will there be?",
        "We have {G} people on the excursion plus {g} guides, and the shuttles hold {c} each. Using as few shuttles as possible, how many seats are left empty?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        while True:
            p = dict(G=rng.randint(23, 95), g=rng.randint(1, 4), c=rng.choice([8, 11, 12, 14, 15, 16]))
            if (p["G"] + p["g"]) % p["c"]:
                break
        return self.W[k % 3].format(city=c["city"], hotel=c["hotel"], **p), p

    def solve(self, S, p):
        tot = S.calc([V(p["G"], unit="tourists"), "+", V(p["g"], unit="guides")], "count", unit="people",
                     label="People", leads=["Total people", "Everyone riding"])
        q = S.calc([tot, "/", V(p["c"])], "num", d=2, label="Vans needed", leads=["Dividing by van capacity", "Vans"])
        vans = math.ceil(q.v)
        S.note(["You can't use part of a van, so round up to {0} vans.",
                "Round up: they need {0} vans."], [V(vans, unit="vans")])
        seats = S.calc([V(vans, unit="vans"), "*", V(p["c"])], "count", unit="seats", label="Seats available",
                       leads=["Those vans have", "Total seats"])
        empty = S.calc([seats, "-", tot], "count", unit="seats", label="Empty seats",
                       leads=["Empty seats", "Seats left empty"])
        return empty


# 7 ---------------------------------------------------------------------------------------------
class GuideFees(Base):
    name = "guide-fees"
    W = [
        "A museum tour in {city} allows at most {m} people per group, and each group needs its own guide who is paid {g}. If {P} tourists sign up, what is the total paid to guides?",
        "{P} hotel guests want the walking tour. Groups can have no more than {m} people, and every group's guide charges {g}. How much will the hotel pay in guide fees?",
        "There are {P} people on our trip, max {m} per tour group, and each guide costs {g}. Total guide fees?",
    ]
    final_d = 0

    def gen(self, rng, k):
        c = self.ctx(rng)
        while True:
            p = dict(P=rng.randint(30, 140), m=rng.choice([10, 12, 15, 18, 20, 25]), g=rng.choice([75, 80, 90, 110, 120, 150, 175]))
            if p["P"] % p["m"]:
                break
        return self.W[k % 3].format(city=c["city"], m=p["m"], g=money_s(p["g"]), P=p["P"]), p

    def solve(self, S, p):
        q, r = S.divmod(V(p["P"]), V(p["m"]), label="Full groups", leads=["Dividing people into groups", "Groups"])
        groups = S.calc([q, "+", V(1)], "count", unit="groups", label="Groups needed",
                        leads=["The leftover people need one more group, so", "Groups needed"])
        fee = S.calc([groups, "*", V(p["g"], "money")], label="Guide fees", leads=["Guide fees total", "Total fees"])
        return fee


# 8 ---------------------------------------------------------------------------------------------
class GroupTickets(Base):
    name = "group-tickets"
    W = [
        "A boat tour costs {pa} per adult and {pk} per child. A group of {a} adults and {kk} children gets a {d} group discount on the whole order. How much does the group pay?",
        "{name}'s family reunion books a {city} sightseeing tour for {a} adults and {kk} kids. Tickets are {pa} for adults and {pk} for kids, and groups of 10 or more save {d}. What is the total?",
        "Tour tickets: adults {pa}, kids {pk}. We're {a} adults and {kk} kids, and we get {d} off as a group. What do we pay?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(pa=rng.choice([34, 39, 42, 45, 49, 55, 59, 65, 72]), a=rng.randint(6, 14), kk=rng.randint(4, 9),
                 d=rng.choice([F(10), F(15), F(12), F(20), F(25, 2)]))
        p["pk"] = p["pa"] - rng.choice([10, 12, 15, 20])
        return self.W[k % 3].format(name=c["name"], city=c["city"], pa=money_s(p["pa"]), pk=money_s(p["pk"]),
                                    a=p["a"], kk=p["kk"], d=pct_s(p["d"])), p

    def solve(self, S, p):
        A = S.calc([V(p["a"], unit="adults"), "*", V(p["pa"], "money")], label="Adult tickets",
                   leads=["Adult tickets cost", "Adults"])
        K = S.calc([V(p["kk"], unit="kids"), "*", V(p["pk"], "money")], label="Child tickets",
                   leads=["Children's tickets cost", "Kids"])
        sub = S.calc([A, "+", K], label="Subtotal", leads=["Before the discount", "Subtotal"])
        disc = S.calc([sub, "*", V(p["d"], "pct")], label="Discount", leads=["The discount is", "Discount"],
                      show_exact=True)
        tot = S.calc([sub, "-", disc], label="Total", leads=["After the discount the group pays", "Total"])
        return tot


# 9 ---------------------------------------------------------------------------------------------
class LateCheckout(Base):
    name = "late-checkout"
    W = [
        "{name} stays {n} nights at {hotel} at {r} per night. Checkout is at {co}:00 AM, but {name} leaves at {h}:00 PM. Late checkout costs {f} per hour. How much does {name} pay in total for the room and the late checkout (no tax)?",
        "Standard check-out at {hotel} is {co} AM. Guests who stay later pay {f} for each extra hour. {name}'s room is {r} a night for {n} nights, and {name} checks out at {h} PM. What is the total charge?",
        "Room is {r}/night, {n} nights. Checkout is {co}am and it's {f}/hour after that. If I leave at {h}pm, what's my total?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(n=rng.randint(1, 5), r=rng.randint(95, 260), co=rng.choice([10, 11]), h=rng.randint(1, 5),
                 f=rng.choice([15, 20, 25, 30, 35, 40]))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], n=p["n"], r=money_s(p["r"]), co=p["co"],
                                    h=p["h"], f=money_s(p["f"])), p

    def solve(self, S, p):
        S.note(["On a 24-hour clock, {h} PM is {H}:00.".format(h=p["h"], H=p["h"] + 12)])
        hrs = S.calc([V(p["h"] + 12), "-", V(p["co"])], "count", unit="hours", label="Extra hours",
                     leads=["Hours past checkout", "Extra hours"])
        late = S.calc([hrs, "*", V(p["f"], "money")], label="Late fee", leads=["The late checkout fee is", "Late fee"])
        room = S.calc([V(p["r"], "money"), "*", V(p["n"], unit="nights")], label="Room",
                      leads=["The room costs", "Room charge"])
        tot = S.calc([room, "+", late], label="Total", leads=["Total charge", "Altogether"])
        return tot


# 10 --------------------------------------------------------------------------------------------
class CostPerHour(Base):
    name = "cost-per-hour"
    W = [
        "{name} checks in at {hotel} at 3 PM and checks out at 11 AM after {n} nights. The room costs {r} per night. To the nearest cent, how much did {name} pay per hour actually spent with the room?",
        "Check-in is 3:00 PM and check-out is 11:00 AM. If a {n}-night stay costs {r} per night, what is the cost per hour the room was available, rounded to the nearest cent?",
        "Hotel is {r}/night, check-in 3pm, checkout 11am, {n} nights. How much am I paying per hour of actual room time?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(n=rng.randint(1, 6), r=rng.randint(89, 390))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], n=p["n"], r=money_s(p["r"])), p

    def solve(self, S, p):
        room = S.calc([V(p["r"], "money"), "*", V(p["n"], unit="nights")], label="Room cost",
                      leads=["The stay costs", "Room cost"])
        full = S.calc([V(p["n"], unit="nights"), "*", V(24)], "count", unit="hours", label="Full days",
                      leads=["Counting full 24-hour days", "Hours in the nights"])
        S.note(["Check-in at 3 PM (15:00) and check-out at 11 AM means each end loses some time."])
        gap = S.calc([V(15), "-", V(11)], "count", unit="hours", label="Gap",
                     leads=["The missing time between 11:00 and 15:00 is", "Gap"])
        hrs = S.calc([full, "-", gap], "count", unit="hours", label="Hours in room",
                     leads=["So the room is yours for", "Actual hours"])
        per = S.calc([room, "/", hrs], label="Cost per hour", leads=["Per hour", "Cost per hour"], show_exact=True)
        return per


# 11 --------------------------------------------------------------------------------------------
class TipCurrency(Base):
    name = "tip-currency"
    W = [
        "On a {d}-day tour in {place}, {name} plans to tip the guide {t} per day and the driver {u} per day. If 1 {cc} = {x} USD, how much is the total tip in US dollars (to the nearest cent)?",
        "{name} is told the custom is to tip a tour guide {t} a day and the bus driver {u} a day. The tour lasts {d} days. With an exchange rate of {x} US dollars per {cc}, what do the tips come to in dollars?",
        "Tipping the guide {t}/day and driver {u}/day for {d} days. Exchange rate is 1 {cc} = ${x}. How much is that in USD?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        cur, cc, place, x = pick(rng, [("€", "EUR", "Italy", [F(108, 100), F(109, 100), F(1085, 1000), F(112, 100)]),
                                        ("£", "GBP", "Scotland", [F(127, 100), F(126, 100), F(1265, 1000)]),
                                        ("€", "EUR", "Greece", [F(107, 100), F(11, 10), F(1075, 1000)])])
        p = dict(d=rng.randint(3, 9), t=rng.choice([5, 6, 8, 10, 12]), u=rng.choice([3, 4, 5, 6]), cur=cur, cc=cc,
                 x=pick(rng, x))
        return self.W[k % 3].format(name=c["name"], place=place, d=p["d"], t=money_s(p["t"], cur),
                                    u=money_s(p["u"], cur), cc=cc, x=f"{float(p['x']):g}"), p

    def solve(self, S, p):
        cur = p["cur"]
        g = S.calc([V(p["t"], "money", cur), "*", V(p["d"], unit="days")], cur=cur, label="Guide tips",
                   leads=["For the guide", "Guide"])
        dr = S.calc([V(p["u"], "money", cur), "*", V(p["d"], unit="days")], cur=cur, label="Driver tips",
                    leads=["For the driver", "Driver"])
        tot = S.calc([g, "+", dr], cur=cur, label="Total tips", leads=["Total in local currency", "All tips"])
        usd = S.calc([tot, "*", V(p["x"], "num", d=len(str(float(p["x"])).split(".")[1]))], label="In US dollars",
                     leads=["Converting to dollars", "In USD"], show_exact=True)
        return usd


# 12 --------------------------------------------------------------------------------------------
class SpaTip(Base):
    name = "spa-tip"
    W = [
        "{name} gets a massage at the {hotel_s} spa for {b}. Sales tax is {t} of the service price, and {name} tips {q} of the pre-tax price. What is the total cost?",
        "Room-service dinner at {hotel} costs {b} before tax. Tax is {t}, and {name} adds a {q} tip calculated on the pre-tax amount. How much does {name} pay in all?",
        "Spa treatment was {b}. Tax {t}, and I want to tip {q} on the amount before tax. What's the total?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(b=rng.choice([85, 95, 110, 120, 135, 140, 149, 165, 180, 210, 64, 78]) + rng.choice([0, 0, F(1, 2)]),
                 t=pick(rng, [F(6), F(7), F(F(65, 10)), F(8), F(F(875, 100))]), q=rng.choice([F(15), F(18), F(20), F(22)]))
        return self.W[k % 3].format(name=c["name"], hotel_s=c["hotel"].replace("the ", ""), hotel=c["hotel"],
                                    b=money_s(p["b"]), t=pct_s(p["t"]), q=pct_s(p["q"])), p

    def solve(self, S, p):
        b = V(p["b"], "money")
        tax = S.calc([b, "*", V(p["t"], "pct")], label="Tax", leads=["Tax", "The tax is"], show_exact=True)
        tip = S.calc([b, "*", V(p["q"], "pct")], label="Tip", leads=["The tip", "Tip on the pre-tax price"],
                     show_exact=True)
        tot = S.calc([b, "+", tax, "+", tip], label="Total", leads=["Altogether", "Total cost"])
        return tot


# 13 --------------------------------------------------------------------------------------------
class OccRevenue(Base):
    name = "occupancy-revenue"
    W = [
        "{hotel} has {R} rooms. On a busy weekend it is {o} occupied each night, and the average rate is {a} per room-night. What is the room revenue for {d} nights?",
        "A {R}-room hotel in {city} expects {o} occupancy for {d} nights during a festival. If the average daily rate is {a}, how much room revenue will it earn?",
        "Our hotel has {R} rooms, we're forecasting {o} occupancy, ADR is {a}. What's room revenue over {d} nights?",
    ]
    final_d = 0

    def gen(self, rng, k):
        c = self.ctx(rng)
        while True:
            R = rng.choice([80, 120, 150, 160, 200, 240, 250, 300, 320, 400])
            o = rng.choice([F(65), F(70), F(75), F(80), F(85), F(90), F(95), F(F(175, 2))])
            if (R * o / 100).denominator == 1:
                break
        p = dict(R=R, o=o, a=rng.randint(109, 289), d=rng.randint(2, 4))
        return self.W[k % 3].format(hotel=c["hotel"][0].upper() + c["hotel"][1:], city=c["city"], R=R, o=pct_s(o),
                                    a=money_s(p["a"]), d=p["d"]), p

    def solve(self, S, p):
        occ = S.calc([V(p["R"], unit="rooms"), "*", V(p["o"], "pct")], "count", unit="rooms",
                     label="Occupied rooms per night", leads=["Rooms sold each night", "Occupied rooms"])
        per = S.calc([occ, "*", V(p["a"], "money")], label="Revenue per night",
                     leads=["Revenue for one night", "Nightly revenue"])
        tot = S.calc([per, "*", V(p["d"], unit="nights")], label="Total revenue",
                     leads=["Over all nights", "Total room revenue"])
        return tot


# 14 --------------------------------------------------------------------------------------------
class OccRate(Base):
    name = "occupancy-rate"
    final_d = 1
    W = [
        "{hotel} has {R} rooms. It sold {a} rooms on Friday, {b} on Saturday, and {c} on Sunday. What was its occupancy rate for the three nights, as a percent to one decimal place?",
        "Over a long weekend a {R}-room inn in {city} had {a}, {b}, and {c} rooms occupied on its three nights. What was the overall occupancy percentage (one decimal)?",
        "Hotel with {R} rooms: Fri {a} occupied, Sat {b}, Sun {c}. What's the weekend occupancy %?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        R = rng.choice([48, 60, 72, 85, 96, 110, 120, 140, 180])
        p = dict(R=R, a=rng.randint(R // 2, R), b=rng.randint(R * 2 // 3, R), c=rng.randint(R // 3, R * 3 // 4))
        return self.W[k % 3].format(hotel=c["hotel"][0].upper() + c["hotel"][1:], city=c["city"], **p), p

    def solve(self, S, p):
        sold = S.calc([V(p["a"]), "+", V(p["b"]), "+", V(p["c"])], "count", unit="room-nights",
                      label="Room-nights sold", leads=["Rooms sold over the weekend", "Room-nights sold"])
        avail = S.calc([V(p["R"], unit="rooms"), "*", V(3, unit="nights")], "count", unit="room-nights",
                       label="Room-nights available", leads=["Rooms available", "Available room-nights"])
        occ = S.calc([sold, "/", avail, "*", V(100)], "num", d=1, label="Occupancy",
                     leads=["Occupancy", "The occupancy rate is"])
        S.note(["So the hotel was about {0}% full."], [occ])
        return occ


# 15 --------------------------------------------------------------------------------------------
class Compare(Base):
    name = "resort-compare"
    final_d = 2
    W = [
        "Hotel A charges {ra} per night plus a {fa} nightly resort fee. Hotel B charges {rb} per night with no resort fee. For {n} nights, how much more does Hotel A cost than Hotel B? (Give a negative number if Hotel A is cheaper.)",
        "{name} is comparing two {city} hotels for a {n}-night trip: one advertises {ra}/night but adds a {fa} daily resort fee, the other is {rb}/night all-in. What is the cost of the first hotel minus the cost of the second?",
        "Option 1: {ra}/night + {fa}/night resort fee. Option 2: {rb}/night, no fees. {n} nights. Option 1 total minus Option 2 total = ?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        ra = rng.randint(119, 259)
        fa = rng.choice([25, 30, 35, 38, 40, 45, 49])
        rb = ra + fa + rng.choice([-22, -15, -9, -6, 7, 12, 18, 26])
        p = dict(ra=ra, fa=fa, rb=rb, n=rng.randint(2, 6))
        return self.W[k % 3].format(name=c["name"], city=c["city"], ra=money_s(ra), fa=money_s(fa), rb=money_s(rb),
                                    n=p["n"]), p

    def solve(self, S, p):
        a1 = S.calc([V(p["ra"], "money"), "+", V(p["fa"], "money")], label="Hotel A per night",
                    leads=["Hotel A's real nightly cost is", "Hotel A per night"])
        A = S.calc([a1, "*", V(p["n"], unit="nights")], label="Hotel A total", leads=["Hotel A total", "For the stay, A costs"])
        B = S.calc([V(p["rb"], "money"), "*", V(p["n"], unit="nights")], label="Hotel B total",
                   leads=["Hotel B total", "B costs"])
        diff = S.calc([A, "-", B], label="Difference", leads=["The difference is", "Difference"])
        return diff


# 16 --------------------------------------------------------------------------------------------
class Breakfast(Base):
    name = "breakfast"
    W = [
        "The breakfast buffet at {hotel} is {pa} per adult and {pk} per child. {name}'s family of {a} adults and {kk} children eats there every morning for {d} days, and a {s} service charge is added to the bill. What is the total breakfast cost?",
        "A breakfast package costs {pa} for each adult and {pk} for each kid per day, plus a {s} service charge. How much will {a} adults and {kk} kids pay for {d} days of breakfast?",
        "Hotel breakfast: {pa}/adult, {pk}/kid, per day. {a} adults, {kk} kids, {d} days, and they add {s} service. Total?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        pa = rng.choice([18, 22, 24, 26, 28, 32, 35])
        p = dict(pa=pa, pk=rng.choice([9, 11, 12, 14, 15]), a=rng.randint(2, 4), kk=rng.randint(1, 4),
                 d=rng.randint(3, 7), s=rng.choice([F(10), F(12), F(15), F(18)]))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], pa=money_s(pa), pk=money_s(p["pk"]),
                                    a=p["a"], kk=p["kk"], d=p["d"], s=pct_s(p["s"])), p

    def solve(self, S, p):
        A = S.calc([V(p["a"], unit="adults"), "*", V(p["pa"], "money")], label="Adults per day",
                   leads=["Adults each day", "Adult breakfasts per day"])
        K = S.calc([V(p["kk"], unit="kids"), "*", V(p["pk"], "money")], label="Kids per day",
                   leads=["Kids each day", "Kids' breakfasts per day"])
        day = S.calc([A, "+", K], label="Per day", leads=["One day of breakfast", "Daily cost"])
        alld = S.calc([day, "*", V(p["d"], unit="days")], label="All days", leads=["For all the days", "Before service"])
        svc = S.calc([alld, "*", V(p["s"], "pct")], label="Service charge", leads=["Service charge", "The service charge is"],
                     show_exact=True)
        tot = S.calc([alld, "+", svc], label="Total", leads=["Total breakfast cost", "Total"])
        return tot


# 17 --------------------------------------------------------------------------------------------
class YenBudget(Base):
    name = "yen-budget"
    final_d = 0
    W = [
        "{name} exchanges {B} for yen at a rate of ¥{y} per dollar. A ryokan in Kyoto costs ¥{h} per night, and {name} stays {n} nights. How many yen are left after paying for the ryokan?",
        "Before a trip to Tokyo, {name} converts {B} into yen at ¥{y} = $1. The hotel is ¥{h} a night for {n} nights. How much yen remains?",
        "I'm changing {B} to yen at {y} yen per dollar. Hotel is ¥{h}/night for {n} nights. How many yen do I have left?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        y = pick(rng, [F(148), F(150), F(1495, 10), F(152), F(1465, 10), F(155)])
        while True:
            p = dict(B=rng.choice([800, 1000, 1200, 1500, 2000, 2500]), y=y, h=rng.randint(9, 32) * 1000 + rng.choice([0, 500]),
                     n=rng.randint(2, 6))
            if p["B"] * y > p["h"] * p["n"] * F(11, 10):
                break
        return self.W[k % 3].format(name=c["name"], B=money_s(p["B"]), y=f"{float(y):g}", h=f"{p['h']:,}", n=p["n"]), p

    def solve(self, S, p):
        yen = S.calc([V(p["B"], "money"), "*", V(p["y"], "num", d=1 if p["y"].denominator != 1 else 0)], cur="¥",
                     label="Yen received", leads=["The exchange gives", "In yen"])
        hotel = S.calc([V(p["h"], "money", "¥"), "*", V(p["n"], unit="nights")], cur="¥", label="Hotel cost",
                       leads=["The stay costs", "Hotel"])
        left = S.calc([yen, "-", hotel], cur="¥", label="Yen left", leads=["Remaining", "Left over"])
        return left


# 18 --------------------------------------------------------------------------------------------
class StatusTrips(Base):
    name = "status-trips"
    final_d = 0
    W = [
        "{name} needs {N} qualifying nights this year to reach Gold status and already has {s}. Each business trip is {k} nights. How many more trips does {name} need to reach Gold?",
        "To earn Platinum elite status, a guest needs {N} nights. {name} has stayed {s} nights so far and takes {k}-night trips. What is the minimum number of additional trips?",
        "I have {s} elite nights, need {N} for status, and my trips are {k} nights each. How many more trips?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        while True:
            p = dict(N=rng.choice([25, 40, 50, 60, 75]), k=rng.randint(2, 5))
            p["s"] = rng.randint(3, p["N"] - 6)
            if (p["N"] - p["s"]) % p["k"]:
                break
        return self.W[k % 3].format(name=c["name"], **p), p

    def solve(self, S, p):
        rem = S.calc([V(p["N"], unit="nights"), "-", V(p["s"], unit="nights")], "count", unit="nights",
                     label="Nights still needed", leads=["Nights still needed", "Remaining nights"])
        q = S.calc([rem, "/", V(p["k"], unit="nights")], "num", d=2, label="Trips", leads=["Trips needed", "Dividing by trip length"])
        trips = math.ceil(q.v)
        S.note(["A partial trip doesn't count, so round up to {0} trips.", "Rounding up gives {0} trips."],
               [V(trips, unit="trips")])
        after = S.calc([V(p["s"], unit="nights"), "+", V(trips, unit="trips"), "*", V(p["k"])], "count", unit="nights",
                       label="Check", role="check", faultable=False)
        return V(trips)


# 19 --------------------------------------------------------------------------------------------
class Deposit(Base):
    name = "deposit"
    W = [
        "{name} books {n} nights at {hotel} for {r} per night plus {t} tax. The hotel takes a {d} deposit of the total when booking. How much is due at check-in?",
        "A {n}-night reservation costs {r} a night plus {t} in taxes. {name} pays {d} of the total up front as a deposit. What balance remains to be paid at the hotel?",
        "Booking {n} nights at {r}/night, {t} tax, {d} deposit now. How much will I owe at check-in?",
    ]

    def gen(self, rng, k):
        c = self.ctx(rng)
        p = dict(n=rng.randint(2, 7), r=rng.randint(99, 329), t=pick(rng, TAXES), d=rng.choice([F(20), F(25), F(30), F(50)]))
        return self.W[k % 3].format(name=c["name"], hotel=c["hotel"], n=p["n"], r=money_s(p["r"]), t=pct_s(p["t"]),
                                    d=pct_s(p["d"])), p

    def solve(self, S, p):
        room = S.calc([V(p["r"], "money"), "*", V(p["n"], unit="nights")], label="Room", leads=["The room costs", "Room"])
        tax = S.calc([room, "*", V(p["t"], "pct")], label="Tax", leads=["Tax", "The tax is"], show_exact=True)
        tot = S.calc([room, "+", tax], label="Total", leads=["The total is", "Total"])
        dep = S.calc([tot, "*", V(p["d"], "pct")], label="Deposit", leads=["The deposit is", "Deposit"], show_exact=True)
        bal = S.calc([tot, "-", dep], label="Balance due", leads=["Due at check-in", "Balance"])
        return bal


STRUCTS = [NightlyTotal(), SplitRoom(), PointsLeft(), PointValue(), Upgrade(), Vans(), GuideFees(), GroupTickets(),
           LateCheckout(), CostPerHour(), TipCurrency(), SpaTip(), OccRevenue(), OccRate(), Compare(), Breakfast(),
           YenBudget(), StatusTrips(), Deposit()]
