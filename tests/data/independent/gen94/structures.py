"""Problem structures for the aviation genre. Each structure: params, texts, solve, answer."""
from fractions import Fraction as F
from math import gcd

FMT = None  # set by gen.py (fmt_val)

NAMES = ["Maya", "Daniel", "Priya", "Tom", "Aisha", "Lucas", "Sofia", "Kenji", "Elena", "Omar",
         "Grace", "Mateo", "Hannah", "Ravi", "Chloe", "Ben"]
AIRLINES = ["SkyJet", "Northwind Air", "BlueHorizon", "Coastal Airways", "FlyLink", "Polar Air",
            "Sunline", "TransGlobal"]
AIRCRAFT = ["Boeing 737", "Boeing 787", "narrow-body jet", "regional jet", "Dash 8", "Bombardier CRJ900", "wide-body jet"]
ROUTES = [("Boston", "Denver"), ("Chicago", "Miami"), ("London", "Dubai"), ("Toronto", "Vancouver"),
          ("Madrid", "Athens"), ("Sydney", "Perth"), ("Seattle", "Atlanta"), ("Paris", "Oslo"),
          ("Dallas", "Phoenix"), ("Tokyo", "Manila")]


def I(v, u=None):
    return (F(v), "int", u)


def M(v):
    return (F(v), "money", None)


def D(v, u=None):
    return (F(v), "dec", u)


def P(v):
    return (F(v), "pct", None)


def C(v):
    return (F(v), "clock", None)


def HM(v):
    return (F(v), "hm", None)


def fv(v, fmt, o, unit=None):
    return FMT(v, fmt, o, unit, True)


def hm_post(v, o):
    v = F(v)
    if v.denominator != 1 or v < 60:
        return ""
    h, m = divmod(int(v), 60)
    if m == 0:
        return ", which is %d hours" % h if h != 1 else ", which is 1 hour"
    return " (that's %d h %d min)" % (h, m)


def hours_post(v, o):
    v = F(v)
    mins = v * 60
    if mins.denominator != 1 or v.denominator == 1:
        return ""
    h, m = divmod(int(mins), 60)
    return ", i.e. %d h %d min" % (h, m)


class S:
    pass


STRUCTURES = []


def structure(name, goal):
    def deco(cls):
        s = cls()
        s.name, s.goal = name, goal
        STRUCTURES.append(s)
        return s
    return deco


def ctx(rng, p):
    p["name"] = rng.choice(NAMES)
    p["air"] = rng.choice(AIRLINES)
    p["ac"] = rng.choice(AIRCRAFT)
    p["c1"], p["c2"] = rng.choice(ROUTES)
    return p


def c(n):
    return "{:,}".format(n)


def money(v):
    v = F(v)
    if v.denominator == 1:
        return "$" + c(int(v))
    return "$" + c(int(v)) + "." + ("%02d" % int((v - int(v)) * 100))


def clk(m):
    h, mi = divmod(m, 60)
    return "%d:%02d %s" % (h % 12 or 12, mi, "AM" if h < 12 else "PM")


# ------------------------------------------------------------------ 1 fuel load
@structure("fuel_load", "add the cruise burn, reserve and taxi fuel")
class _:
    def params(self, rng):
        return ctx(rng, dict(r=rng.choice([2250, 2400, 2600, 2750, 2800, 3100, 3400, 4800, 5600]),
                             h=rng.choice([2, 3, 4, 5, 6, 7]),
                             res=rng.choice([1800, 2100, 2500, 3200]), taxi=rng.choice([200, 250, 300, 350])))
    texts = [
        lambda p: "A %s burns about %s kg of fuel per hour in cruise. The flight from %s to %s is planned at %d hours of cruise. The captain also wants %s kg of reserve fuel and %d kg for taxiing. How many kilograms of fuel should be loaded?" % (p["ac"], c(p["r"]), p["c1"], p["c2"], p["h"], c(p["res"]), p["taxi"]),
        lambda p: "%s plans a %d-hour flight. Its jet uses %s kg of fuel each hour, and the rules require an extra %s kg reserve plus %d kg for taxi. What is the total fuel load in kg?" % (p["air"], p["h"], c(p["r"]), c(p["res"]), p["taxi"]),
    ]

    def solve(self, b, p):
        burn = b.calc("Cruise fuel", "Multiply the hourly burn by the cruise time", [I(p["r"], "kg/h"), I(p["h"], "h")], ["*"], unit="kg", short="cruise", verb="find the cruise fuel")
        b.calc("Total fuel", "Add the reserve and the taxi fuel", [I(burn, "kg"), I(p["res"], "kg"), I(p["taxi"], "kg")], ["+", "+"], unit="kg", short="total", verb="add the reserve and taxi fuel")

    def answer(self, v, o):
        return "The aircraft should be loaded with %s of fuel." % fv(v, "int", o, "kg")

    def given(self, p, o):
        return ["Burn rate: %s kg/h" % c(p["r"]), "Cruise time: %d h" % p["h"], "Reserve: %s kg" % c(p["res"]), "Taxi: %d kg" % p["taxi"]]


# ------------------------------------------------------------------ 2 fuel cost
@structure("fuel_cost", "find the weekly fuel bill")
class _:
    def params(self, rng):
        g = rng.choice([850, 900, 1200, 1450, 1600, 2400, 3100])
        pr = F(rng.choice([240, 255, 280, 315, 325, 360, 405]), 100)
        return ctx(rng, dict(g=g, pr=pr, n=rng.choice([5, 6, 7, 12, 14])))
    texts = [
        lambda p: "A %s on the %s-%s route uses %s gallons of jet fuel per flight. Fuel costs %s per gallon. If %s flies the route %d times a week, how much does it spend on fuel each week?" % (p["ac"], p["c1"], p["c2"], c(p["g"]), money(p["pr"]), p["air"], p["n"]),
        lambda p: "Jet fuel is %s a gallon. Each flight needs %s gallons, and there are %d flights per week. What is the weekly fuel cost?" % (money(p["pr"]), c(p["g"]), p["n"]),
    ]

    def solve(self, b, p):
        one = b.calc("Cost per flight", "Find the fuel cost of one flight", [I(p["g"], "gal"), M(p["pr"])], ["*"], rfmt="money", short="per flight", verb="work out the cost of one flight")
        b.calc("Weekly cost", "Multiply by the number of flights per week", [M(one), I(p["n"])], ["*"], rfmt="money", short="week", verb="multiply by the weekly flights")

    def answer(self, v, o):
        return "The airline spends %s on fuel per week." % fv(v, "money", o)

    def given(self, p, o):
        return ["Fuel per flight: %s gal" % c(p["g"]), "Price: %s/gal" % money(p["pr"]), "Flights per week: %d" % p["n"]]


# ------------------------------------------------------------------ 3 headwind time
@structure("headwind_time", "find the ground speed and then the flight time in minutes")
class _:
    def params(self, rng):
        tas = rng.choice([420, 450, 460, 480, 500, 520, 540])
        w = rng.choice([20, 30, 40, 45, 60, 80])
        t = F(rng.choice([3, 4, 5, 6, 7, 8, 9]), 2)
        return ctx(rng, dict(tas=tas, w=w, d=int((tas - w) * t)))
    texts = [
        lambda p: "A plane has an airspeed of %d knots and is flying into a %d-knot headwind. The trip from %s to %s is %s nautical miles. How many minutes will the flight take?" % (p["tas"], p["w"], p["c1"], p["c2"], c(p["d"])),
        lambda p: "%s's flight cruises at %d mph through the air, but a steady headwind of %d mph slows it down. If the distance is %s miles, how long is the flight in minutes?" % (p["name"], p["tas"], p["w"], c(p["d"])),
    ]

    def solve(self, b, p):
        gs = b.calc("Ground speed", "Subtract the headwind from the airspeed", [I(p["tas"]), I(p["w"])], ["-"], short="GS", verb="find the ground speed")
        h = b.calc("Time in hours", "Divide the distance by the ground speed", [I(p["d"]), I(gs)], ["/"], rfmt="dec", unit="h", post=hours_post, short="t", verb="divide distance by ground speed")
        b.calc("Time in minutes", "Convert hours to minutes", [D(h, "h"), I(60)], ["*"], unit="min", short="min", verb="convert to minutes")

    def answer(self, v, o):
        return "The flight takes %s minutes." % fv(v, "dec", o)

    def given(self, p, o):
        return ["Airspeed: %d" % p["tas"], "Headwind: %d" % p["w"], "Distance: %s" % c(p["d"])]


# ------------------------------------------------------------------ 4 round trip wind
RT = [(450, 50, 2000), (270, 30, 1200), (550, 50, 3000), (350, 50, 1200), (225, 25, 1000), (540, 60, 2400),
      (330, 30, 1800), (480, 80, 2800), (500, 100, 2400), (300, 60, 1440), (495, 45, 2160)]


@structure("round_trip_wind", "find the time for each leg and add them")
class _:
    def params(self, rng):
        tas, w, d = rng.choice(RT)
        return ctx(rng, dict(tas=tas, w=w, d=d))
    texts = [
        lambda p: "A plane flies %s miles from %s to %s with a %d mph tailwind, then flies back against the same wind as a headwind. Its airspeed is %d mph. How many hours does the round trip take in total?" % (c(p["d"]), p["c1"], p["c2"], p["w"], p["tas"]),
        lambda p: "%s's plane cruises at %d km/h in still air. Going out, the wind adds %d km/h; coming back, it takes %d km/h away. Each way is %s km. What is the total flying time in hours?" % (p["name"], p["tas"], p["w"], p["w"], c(p["d"])),
    ]

    def solve(self, b, p):
        g1 = b.calc("Outbound ground speed", "Add the tailwind to the airspeed", [I(p["tas"]), I(p["w"])], ["+"], short="out GS", verb="find the outbound ground speed")
        g2 = b.calc("Return ground speed", "Subtract the headwind from the airspeed", [I(p["tas"]), I(p["w"])], ["-"], short="back GS", verb="find the return ground speed")
        t1 = b.calc("Outbound time", "Outbound time is distance over ground speed", [I(p["d"]), I(g1)], ["/"], rfmt="dec", unit="h", post=hours_post, short="t1", verb="get the outbound time")
        t2 = b.calc("Return time", "Return time is distance over ground speed", [I(p["d"]), I(g2)], ["/"], rfmt="dec", unit="h", post=hours_post, short="t2", verb="get the return time")
        b.calc("Total time", "Add the two legs", [D(t1, "h"), D(t2, "h")], ["+"], rfmt="dec", unit="h", post=hours_post, short="total", verb="add the two legs")

    def answer(self, v, o):
        return "The round trip takes %s hours of flying." % fv(v, "dec", o)

    def given(self, p, o):
        return ["Airspeed: %d" % p["tas"], "Wind: %d" % p["w"], "Distance each way: %s" % c(p["d"])]


# ------------------------------------------------------------------ 5 arrival time zones
@structure("arrival_local", "add the flight time to the departure time and then adjust for the time zone")
class _:
    def params(self, rng):
        dep = rng.choice(range(6 * 60, 13 * 60, 5))
        dur = rng.choice(range(95, 470, 5))
        z = rng.choice([-3, -2, -1, 1, 2, 3, 5])
        if z > 0:
            z = min(z, (23 * 60 - dep - dur) // 60)
            z = max(z, 1)
        return ctx(rng, dict(dep=dep, dur=dur, z=z))
    texts = [
        lambda p: "A flight leaves %s at %s local time. The flight lasts %d h %d min. %s is %d hour%s %s of %s. What is the local time in %s when the plane lands?" % (p["c1"], clk(p["dep"]), p["dur"] // 60, p["dur"] % 60, p["c2"], abs(p["z"]), "" if abs(p["z"]) == 1 else "s", "ahead" if p["z"] > 0 else "behind", p["c1"], p["c2"]),
        lambda p: "%s boards a %s flight departing at %s. Flight time is %d hours %d minutes, and the destination is %d hour%s %s. What time will it be at the destination on landing?" % (p["name"], p["air"], clk(p["dep"]), p["dur"] // 60, p["dur"] % 60, abs(p["z"]), "" if abs(p["z"]) == 1 else "s", "ahead" if p["z"] > 0 else "behind"),
    ]

    def solve(self, b, p):
        a = b.calc("Arrival (origin time)", "Add the flight time to the departure time", [C(p["dep"]), HM(p["dur"])], ["+"], rfmt="clock", short="arr", verb="add the flight time to the departure")
        z = p["z"]
        b.calc("Local arrival time", "%s %d hour%s for the time zone" % ("Add" if z > 0 else "Subtract", abs(z), "" if abs(z) == 1 else "s"),
               [C(a), HM(abs(z) * 60)], ["+" if z > 0 else "-"], rfmt="clock", short="local", verb="%s the time difference" % ("add" if z > 0 else "subtract"))

    def answer(self, v, o):
        return "The plane lands at %s local time." % fv(v, "clock", o)

    def given(self, p, o):
        return ["Departure: %s" % fv(p["dep"], "clock", o), "Flight time: %d h %d min" % (p["dur"] // 60, p["dur"] % 60), "Time difference: %+d h" % p["z"]]


# ------------------------------------------------------------------ 6 itinerary
@structure("itinerary_minutes", "convert each part of the trip to minutes and add them")
class _:
    def params(self, rng):
        return ctx(rng, dict(h1=rng.choice([1, 2, 3]), m1=rng.choice([5, 10, 15, 20, 35, 40, 50, 55]),
                             lay=rng.choice([45, 55, 65, 75, 80, 95, 110, 125]),
                             h2=rng.choice([1, 2, 4, 5]), m2=rng.choice([0, 10, 25, 30, 45, 50])))
    texts = [
        lambda p: "%s flies from %s to %s with one connection. The first leg takes %d h %d min, the layover is %d minutes, and the second leg takes %d h %d min. How many minutes does the whole trip take?" % (p["name"], p["c1"], p["c2"], p["h1"], p["m1"], p["lay"], p["h2"], p["m2"]),
        lambda p: "A %s itinerary has a %d hour %d minute first flight, a %d-minute connection, and a %d hour %d minute second flight. What is the total travel time in minutes?" % (p["air"], p["h1"], p["m1"], p["lay"], p["h2"], p["m2"]),
    ]

    def solve(self, b, p):
        l1 = b.calc("Leg 1 in minutes", "Convert the first leg to minutes", [I(p["h1"]), I(60), I(p["m1"])], ["*", "+"], unit="min", short="leg1", verb="convert leg 1 to minutes")
        l2 = b.calc("Leg 2 in minutes", "Convert the second leg to minutes", [I(p["h2"]), I(60), I(p["m2"])], ["*", "+"], unit="min", short="leg2", verb="convert leg 2 to minutes")
        b.calc("Total", "Add both legs and the layover", [I(l1), I(p["lay"]), I(l2)], ["+", "+"], unit="min", post=hm_post, short="total", verb="add everything up")

    def answer(self, v, o):
        return "The whole trip takes %s minutes." % fv(v, "int", o)

    def given(self, p, o):
        return ["Leg 1: %d h %d min" % (p["h1"], p["m1"]), "Layover: %d min" % p["lay"], "Leg 2: %d h %d min" % (p["h2"], p["m2"])]


# ------------------------------------------------------------------ 7 baggage family
@structure("bag_fees_family", "add up first-bag and second-bag fees, then double for the round trip")
class _:
    def params(self, rng):
        n = rng.choice([3, 4, 5, 6])
        return ctx(rng, dict(n=n, k=rng.randint(1, n - 1), f1=rng.choice([30, 35, 40]), f2=rng.choice([45, 50, 60])))
    texts = [
        lambda p: "A family of %d is flying %s round trip. Each person checks one bag, and %d of them also check a second bag. The first bag costs %s and a second bag costs %s, each way. How much do they pay in bag fees for the round trip?" % (p["n"], p["air"], p["k"], money(p["f1"]), money(p["f2"])),
        lambda p: "%s and %d friends fly %s to %s and back. Everyone checks 1 bag at %s per direction; %d of the group add a second bag at %s per direction. What is the total baggage cost?" % (p["name"], p["n"] - 1, p["c1"], p["c2"], money(p["f1"]), p["k"], money(p["f2"])),
    ]

    def solve(self, b, p):
        a = b.calc("First bags (one way)", "Cost of the first bags", [I(p["n"]), M(p["f1"])], ["*"], rfmt="money", short="1st bags", verb="price the first bags")
        s = b.calc("Second bags (one way)", "Cost of the second bags", [I(p["k"]), M(p["f2"])], ["*"], rfmt="money", short="2nd bags", verb="price the second bags")
        one = b.calc("One way total", "Add them for one direction", [M(a), M(s)], ["+"], rfmt="money", short="one way", verb="add them for one direction")
        b.calc("Round trip", "Double it for the round trip", [M(one), I(2)], ["*"], rfmt="money", short="round trip", verb="double it for the return")

    def answer(self, v, o):
        return "They pay %s in baggage fees." % fv(v, "money", o)

    def given(self, p, o):
        return ["Travelers: %d" % p["n"], "Second bags: %d" % p["k"], "Fees: %s / %s each way" % (money(p["f1"]), money(p["f2"]))]


# ------------------------------------------------------------------ 8 overweight bag
@structure("overweight_bag", "find the extra kilograms, the overweight charge and the total")
class _:
    def params(self, rng):
        lim = rng.choice([20, 23, 23, 32])
        return ctx(rng, dict(lim=lim, w=lim + rng.randint(2, 9), e=rng.choice([12, 15, 18, 25]), base=rng.choice([35, 40, 60, 75])))
    texts = [
        lambda p: "%s's suitcase weighs %d kg. %s allows %d kg and charges %s for every kilogram over the limit, on top of the %s checked-bag fee. How much does %s pay for this bag?" % (p["name"], p["w"], p["air"], p["lim"], money(p["e"]), money(p["base"]), p["name"]),
        lambda p: "The checked bag limit is %d kg. Extra weight costs %s per kg, plus a standard bag fee of %s. A bag weighs %d kg. What is the total charge?" % (p["lim"], money(p["e"]), money(p["base"]), p["w"]),
    ]

    def solve(self, b, p):
        x = b.calc("Extra weight", "Find the weight over the limit", [I(p["w"], "kg"), I(p["lim"], "kg")], ["-"], unit="kg", short="over", verb="find the extra weight")
        fee = b.calc("Overweight charge", "Multiply by the per-kg charge", [I(x, "kg"), M(p["e"])], ["*"], rfmt="money", short="overweight", verb="multiply by the per-kg rate")
        b.calc("Total", "Add the standard bag fee", [M(fee), M(p["base"])], ["+"], rfmt="money", short="total", verb="add the bag fee")

    def answer(self, v, o):
        return "The bag costs %s in total." % fv(v, "money", o)

    def given(self, p, o):
        return ["Bag: %d kg" % p["w"], "Limit: %d kg" % p["lim"], "Overweight: %s/kg" % money(p["e"]), "Bag fee: %s" % money(p["base"])]


# ------------------------------------------------------------------ 9 miles earned
@structure("miles_to_award", "find the miles earned including the status bonus and compare with the award price")
class _:
    def params(self, rng):
        d = rng.choice([642, 874, 1120, 1386, 1740, 2150, 2475])
        pct = rng.choice([25, 50, 100])
        while (2 * d * pct) % 100:
            pct = 50
        base = 2 * d
        tot = base + base * pct // 100
        award = ((tot // 5000) + rng.randint(1, 4)) * 5000
        return ctx(rng, dict(d=d, pct=pct, award=award))
    texts = [
        lambda p: "%s flies round trip from %s to %s, which is %s miles each way. %s's elite status gives a %d%% bonus on the miles flown. A free ticket costs %s miles. How many more miles does %s need after this trip (starting from zero)?" % (p["name"], p["c1"], p["c2"], c(p["d"]), p["name"], p["pct"], c(p["award"]), p["name"]),
        lambda p: "A round trip covers %s miles in each direction. The frequent-flyer program adds a %d%% status bonus. An award seat needs %s miles. How many miles short of the award is a member with no other miles?" % (c(p["d"]), p["pct"], c(p["award"])),
    ]

    def solve(self, b, p):
        base = b.calc("Base miles", "Miles flown for the round trip", [I(p["d"]), I(2)], ["*"], unit="miles", short="base", verb="find the base miles")
        bon = b.calc("Status bonus", "Work out the bonus", [P(F(p["pct"], 100)), I(base)], ["*"], unit="miles", short="bonus", verb="work out the bonus")
        tot = b.calc("Total earned", "Add base and bonus", [I(base), I(bon)], ["+"], unit="miles", short="earned", verb="add base and bonus")
        b.calc("Still needed", "Subtract from the award price", [I(p["award"]), I(tot)], ["-"], unit="miles", short="needed", verb="subtract from the award price")

    def answer(self, v, o):
        return "%s more miles are needed." % fv(v, "int", o)

    def given(self, p, o):
        return ["Distance each way: %s mi" % c(p["d"]), "Bonus: %d%%" % p["pct"], "Award: %s mi" % c(p["award"])]


# ------------------------------------------------------------------ 10 card points
@structure("card_points", "add points from regular spending, airline spending and the sign-up bonus")
class _:
    def params(self, rng):
        return ctx(rng, dict(s=rng.choice([850, 1240, 1575, 2300, 3460]), a=rng.choice([420, 615, 780, 1150]),
                             m=rng.choice([2, 3, 5]), bonus=rng.choice([10000, 15000, 20000, 40000]), months=rng.choice([3, 4, 6])))
    texts = [
        lambda p: "%s's airline credit card earns 1 mile per dollar on everyday purchases and %d miles per dollar on %s tickets. Each month %s spends %s on everyday purchases and %s on %s tickets. After %d months, the card also pays a %s-mile sign-up bonus. How many miles does %s have after %d months?" % (p["name"], p["m"], p["air"], p["name"], money(p["s"]), money(p["a"]), p["air"], p["months"], c(p["bonus"]), p["name"], p["months"]),
        lambda p: "A co-branded card gives 1 point per $1 in general spending and %d points per $1 on airfare, plus a %s-point bonus once %d months pass. Monthly spending is %s general and %s airfare. What is the point total at the end of %d months?" % (p["m"], c(p["bonus"]), p["months"], money(p["s"]), money(p["a"]), p["months"]),
    ]

    def solve(self, b, p):
        air = b.calc("Airfare miles per month", "Multiply airfare spending by the multiplier", [I(p["a"]), I(p["m"])], ["*"], unit="miles", short="airfare", verb="find the monthly airfare miles")
        mon = b.calc("Miles per month", "Add the everyday miles", [I(air), I(p["s"])], ["+"], unit="miles", short="monthly", verb="add the everyday miles")
        tot = b.calc("Over the period", "Multiply by the number of months", [I(mon), I(p["months"])], ["*"], unit="miles", short="months", verb="multiply by the months")
        b.calc("With bonus", "Add the sign-up bonus", [I(tot), I(p["bonus"])], ["+"], unit="miles", short="total", verb="add the bonus")

    def answer(self, v, o):
        return "The balance is %s miles." % fv(v, "int", o)

    def given(self, p, o):
        return ["Everyday: %s/month at 1x" % money(p["s"]), "Airfare: %s/month at %dx" % (money(p["a"]), p["m"]), "Bonus: %s" % c(p["bonus"])]


# ------------------------------------------------------------------ 11 seats and load
@structure("load_factor", "find the capacity, the passengers at the given load factor and the empty seats")
class _:
    def params(self, rng):
        while True:
            r = rng.choice([25, 28, 30, 32, 36, 40, 42])
            s = rng.choice([4, 6, 6, 9, 10])
            pct = rng.choice([75, 80, 85, 90, 95])
            if (r * s * pct) % 100 == 0:
                return ctx(rng, dict(r=r, s=s, pct=pct))
    texts = [
        lambda p: "A %s has %d rows with %d seats in each row. On today's flight %d%% of the seats are filled. How many seats are empty?" % (p["ac"], p["r"], p["s"], p["pct"]),
        lambda p: "%s's plane has %d rows of %d seats. The load factor for the %s flight is %d%%. How many seats are left empty?" % (p["air"], p["r"], p["s"], p["c1"], p["pct"]),
    ]

    def solve(self, b, p):
        cap = b.calc("Capacity", "Multiply rows by seats per row", [I(p["r"], "rows"), I(p["s"])], ["*"], unit="seats", short="seats", verb="find the capacity")
        pax = b.calc("Passengers", "Apply the load factor", [P(F(p["pct"], 100)), I(cap)], ["*"], unit="passengers", short="pax", verb="apply the load factor")
        b.calc("Empty seats", "Subtract passengers from capacity", [I(cap), I(pax)], ["-"], unit="seats", short="empty", verb="subtract to get the empty seats")

    def answer(self, v, o):
        return "%s seats are empty." % fv(v, "int", o)

    def given(self, p, o):
        return ["Rows: %d" % p["r"], "Seats per row: %d" % p["s"], "Load factor: %d%%" % p["pct"]]


# ------------------------------------------------------------------ 12 weekly seats
@structure("weekly_seats", "find the seats per day, then per week, then subtract the unsold seats")
class _:
    def params(self, rng):
        return ctx(rng, dict(f=rng.choice([3, 4, 5, 6, 8]), s=rng.choice([138, 150, 174, 186, 220, 296]),
                             e=rng.choice([45, 72, 96, 118, 153])))
    texts = [
        lambda p: "%s runs %d flights a day between %s and %s, each with %d seats. Last week, %d seats went unsold in total. How many seats were sold that week?" % (p["air"], p["f"], p["c1"], p["c2"], p["s"], p["e"]),
        lambda p: "Each day there are %d departures on a route, using planes with %d seats. Over a 7-day week, %d seats stay empty. How many passengers flew the route that week?" % (p["f"], p["s"], p["e"]),
    ]

    def solve(self, b, p):
        d = b.calc("Seats per day", "Seats offered per day", [I(p["f"]), I(p["s"])], ["*"], unit="seats", short="day", verb="find the daily seats")
        w = b.calc("Seats per week", "Multiply by 7 days", [I(d), I(7)], ["*"], unit="seats", short="week", verb="multiply by 7 days")
        b.calc("Seats sold", "Subtract the unsold seats", [I(w), I(p["e"])], ["-"], unit="seats", short="sold", verb="subtract the unsold seats")

    def answer(self, v, o):
        return "%s seats were sold." % fv(v, "int", o)

    def given(self, p, o):
        return ["Flights/day: %d" % p["f"], "Seats/flight: %d" % p["s"], "Unsold: %d" % p["e"]]


# ------------------------------------------------------------------ 13 flights needed (round up)
@structure("charter_flights", "divide the group by the seats per plane, round up, and count the empty seats")
class _:
    def params(self, rng):
        while True:
            s = rng.choice([150, 162, 180, 186, 220])
            g = rng.randint(2 * s + 1, 5 * s - 1)
            if g % s:
                return ctx(rng, dict(s=s, g=g))
    texts = [
        lambda p: "A tour company must fly %s people to %s. Each chartered plane seats %d. If they use the fewest planes possible, how many seats will be empty in total?" % (c(p["g"]), p["c2"], p["s"]),
        lambda p: "%s has %s fans to move to an away game, using %d-seat jets. How many seats go unused if the minimum number of jets is booked?" % (p["air"], c(p["g"]), p["s"]),
    ]

    def solve(self, b, p):
        q = b.calc("Planes needed", "Divide the group by the seats per plane", [I(p["g"]), I(p["s"])], ["/"], rfmt="dec", unit="planes", short="planes")
        n = -(-p["g"] // p["s"])
        b.steps[-1].post = lambda v, o, n=n: ", so round up to %d planes" % n
        cap = b.calc("Seats booked", "Total seats on those planes", [I(n), I(p["s"])], ["*"], unit="seats", short="seats", verb="count the seats on %d planes" % n)
        b.calc("Empty seats", "Subtract the passengers", [I(cap), I(p["g"])], ["-"], unit="seats", short="empty", verb="subtract the passengers")

    def answer(self, v, o):
        return "%s seats will be empty." % fv(v, "int", o)

    def given(self, p, o):
        return ["People: %s" % c(p["g"]), "Seats per plane: %d" % p["s"]]


# ------------------------------------------------------------------ 14 payload
@structure("payload_margin", "add passenger and bag weights and compare with the payload limit")
class _:
    def params(self, rng):
        pax = rng.choice([112, 138, 156, 174, 189])
        bags = pax - rng.randint(10, 40)
        aw = rng.choice([84, 88, 90, 95])
        bw = rng.choice([16, 18, 20, 23])
        mx = ((pax * aw + bags * bw) // 1000 + rng.randint(1, 3)) * 1000
        return ctx(rng, dict(pax=pax, bags=bags, aw=aw, bw=bw, mx=mx))
    texts = [
        lambda p: "A %s carries %d passengers at a standard weight of %d kg each, plus %d checked bags at %d kg each. The maximum payload is %s kg. How many more kilograms of cargo can be loaded?" % (p["ac"], p["pax"], p["aw"], p["bags"], p["bw"], c(p["mx"])),
        lambda p: "For load planning, %s counts each passenger as %d kg and each checked bag as %d kg. A flight has %d passengers and %d bags, and the payload limit is %s kg. How much payload capacity is left for cargo?" % (p["air"], p["aw"], p["bw"], p["pax"], p["bags"], c(p["mx"])),
    ]

    def solve(self, b, p):
        a = b.calc("Passenger weight", "Weigh the passengers", [I(p["pax"]), I(p["aw"], "kg")], ["*"], unit="kg", short="pax", verb="weigh the passengers")
        g = b.calc("Bag weight", "Weigh the bags", [I(p["bags"]), I(p["bw"], "kg")], ["*"], unit="kg", short="bags", verb="weigh the bags")
        t = b.calc("Total load", "Add them", [I(a, "kg"), I(g, "kg")], ["+"], unit="kg", short="load", verb="add them")
        b.calc("Cargo capacity left", "Subtract from the payload limit", [I(p["mx"], "kg"), I(t, "kg")], ["-"], unit="kg", short="left", verb="subtract from the limit")

    def answer(self, v, o):
        return "%s of cargo can still be loaded." % fv(v, "int", o, "kg")

    def given(self, p, o):
        return ["Passengers: %d x %d kg" % (p["pax"], p["aw"]), "Bags: %d x %d kg" % (p["bags"], p["bw"]), "Max payload: %s kg" % c(p["mx"])]


# ------------------------------------------------------------------ 15 fuel per passenger
@structure("fuel_per_pax", "find the trip fuel and share it among the passengers")
class _:
    def params(self, rng):
        while True:
            r = rng.choice([2400, 2500, 3000, 3600, 4200])
            h = rng.choice([2, 3, 4, 5])
            pax = rng.choice([120, 125, 150, 160, 180, 200, 240, 250])
            if (r * h * 10) % pax == 0:
                return ctx(rng, dict(r=r, h=h, pax=pax))
    texts = [
        lambda p: "A %s burns %s kg of fuel per hour. On a %d-hour flight it carries %d passengers. How many kilograms of fuel is that per passenger?" % (p["ac"], c(p["r"]), p["h"], p["pax"]),
        lambda p: "%s's %s-%s flight lasts %d hours with a burn rate of %s kg/h and %d people on board. What is the fuel burn per passenger in kg?" % (p["air"], p["c1"], p["c2"], p["h"], c(p["r"]), p["pax"]),
    ]

    def solve(self, b, p):
        f = b.calc("Trip fuel", "Multiply the burn rate by the flight time", [I(p["r"], "kg/h"), I(p["h"], "h")], ["*"], unit="kg", short="fuel", verb="find the trip fuel")
        b.calc("Per passenger", "Divide by the number of passengers", [I(f, "kg"), I(p["pax"])], ["/"], rfmt="dec", unit="kg", short="per pax", verb="divide by the passengers")

    def answer(self, v, o):
        return "That is %s of fuel per passenger." % fv(v, "dec", o, "kg")

    def given(self, p, o):
        return ["Burn: %s kg/h" % c(p["r"]), "Time: %d h" % p["h"], "Passengers: %d" % p["pax"]]


# ------------------------------------------------------------------ 16 average speed
@structure("avg_speed", "turn the flight time into hours and divide the distance by it")
class _:
    def params(self, rng):
        m = rng.choice([15, 30, 45, 12, 36, 24])
        h = rng.choice([1, 2, 3, 4])
        t = h + F(m, 60)
        v = rng.choice([400, 420, 440, 460, 480, 500, 520, 560])
        while (v * t).denominator != 1:
            v += 20
        return ctx(rng, dict(h=h, m=m, d=int(v * t)))
    texts = [
        lambda p: "The flight from %s to %s covers %s miles and takes %d hours %d minutes gate to gate in the air. What is the average ground speed in mph?" % (p["c1"], p["c2"], c(p["d"]), p["h"], p["m"]),
        lambda p: "%s's plane flew %s km in %d h %d min. What was its average speed in km/h?" % (p["name"], c(p["d"]), p["h"], p["m"]),
    ]

    def solve(self, b, p):
        fr = b.calc("Minutes as hours", "Convert the minutes to hours", [I(p["m"], "min"), I(60)], ["/"], rfmt="dec", unit="h", short="min->h", verb="convert the minutes to hours")
        t = b.calc("Total time", "Add the whole hours", [I(p["h"], "h"), D(fr, "h")], ["+"], rfmt="dec", unit="h", short="t", verb="add the whole hours")
        b.calc("Average speed", "Divide distance by time", [I(p["d"]), D(t, "h")], ["/"], rfmt="dec", short="speed", verb="divide distance by time")

    def answer(self, v, o):
        return "The average speed is %s per hour." % fv(v, "dec", o)

    def given(self, p, o):
        return ["Distance: %s" % c(p["d"]), "Time: %d h %d min" % (p["h"], p["m"])]


# ------------------------------------------------------------------ 17 ticket revenue
@structure("ticket_revenue", "add the economy and business revenue")
class _:
    def params(self, rng):
        return ctx(rng, dict(e=rng.choice([118, 132, 146, 157, 163]), pe=rng.choice([129, 189, 215, 249, 312]),
                             bz=rng.choice([12, 16, 20, 24]), pb=rng.choice([640, 780, 899, 1150, 1425])))
    texts = [
        lambda p: "On a %s flight, %d economy tickets were sold at %s each and %d business tickets at %s each. What was the total ticket revenue?" % (p["air"], p["e"], money(p["pe"]), p["bz"], money(p["pb"])),
        lambda p: "A %s flying %s to %s sold %d economy seats (average fare %s) and %d business seats (average fare %s). How much revenue did the flight bring in?" % (p["ac"], p["c1"], p["c2"], p["e"], money(p["pe"]), p["bz"], money(p["pb"])),
    ]

    def solve(self, b, p):
        a = b.calc("Economy revenue", "Economy revenue", [I(p["e"]), M(p["pe"])], ["*"], rfmt="money", short="econ", verb="find the economy revenue")
        z = b.calc("Business revenue", "Business revenue", [I(p["bz"]), M(p["pb"])], ["*"], rfmt="money", short="biz", verb="find the business revenue")
        b.calc("Total revenue", "Add the two cabins", [M(a), M(z)], ["+"], rfmt="money", short="total", verb="add the two cabins")

    def answer(self, v, o):
        return "The flight earned %s in ticket revenue." % fv(v, "money", o)

    def given(self, p, o):
        return ["Economy: %d x %s" % (p["e"], money(p["pe"])), "Business: %d x %s" % (p["bz"], money(p["pb"]))]


# ------------------------------------------------------------------ 18 descent
@structure("descent_time", "find the altitude to lose, the descent time, and when to start down")
class _:
    def params(self, rng):
        rate = rng.choice([1500, 1800, 2000, 2500])
        t = rng.choice([12, 14, 15, 16, 18, 20])
        tgt = rng.choice([2000, 3000, 4000])
        land = rng.choice(range(9 * 60, 20 * 60, 5))
        return ctx(rng, dict(rate=rate, alt=tgt + rate * t, tgt=tgt, land=land))
    texts = [
        lambda p: "A jet is cruising at %s feet and must descend to %s feet for the approach. It descends at %s feet per minute and should reach %s feet at %s. At what time should it start descending?" % (c(p["alt"]), c(p["tgt"]), c(p["rate"]), c(p["tgt"]), clk(p["land"])),
        lambda p: "%s's flight needs to get from %s ft down to %s ft by %s. With a descent rate of %s ft/min, when must the descent begin?" % (p["air"], c(p["alt"]), c(p["tgt"]), clk(p["land"]), c(p["rate"])),
    ]

    def solve(self, b, p):
        lose = b.calc("Altitude to lose", "Find the altitude to lose", [I(p["alt"], "ft"), I(p["tgt"], "ft")], ["-"], unit="ft", short="drop", verb="find the altitude to lose")
        m = b.calc("Descent time", "Divide by the descent rate", [I(lose, "ft"), I(p["rate"], "ft/min")], ["/"], rfmt="dec", unit="min", short="time", verb="divide by the descent rate")
        b.calc("Start of descent", "Count back from the target time", [C(p["land"]), D(m, "min")], ["-"], rfmt="clock", short="start", verb="count back from the target time")

    def answer(self, v, o):
        return "The descent should start at %s." % fv(v, "clock", o)

    def given(self, p, o):
        return ["Cruise: %s ft" % c(p["alt"]), "Target: %s ft" % c(p["tgt"]), "Rate: %s ft/min" % c(p["rate"])]


# ------------------------------------------------------------------ 19 fuel remaining / endurance
@structure("fuel_endurance", "find the fuel used, the fuel left, and how long it lasts")
class _:
    def params(self, rng):
        r = rng.choice([40, 48, 50, 60, 64, 80])
        t = rng.choice([2, 3, 4])
        left_h = F(rng.choice([3, 4, 5, 6, 7, 9]), 2)
        return ctx(rng, dict(r=r, t=t, start=int(r * t + r * left_h)))
    texts = [
        lambda p: "A small plane takes off with %d gallons of fuel and burns %d gallons per hour. After flying for %d hours, how many more hours can it fly before the tanks are empty?" % (p["start"], p["r"], p["t"]),
        lambda p: "%s's aircraft starts with %d gal of fuel and uses %d gal/h. %d hours into the flight, how many hours of fuel remain?" % (p["name"], p["start"], p["r"], p["t"]),
    ]

    def solve(self, b, p):
        u = b.calc("Fuel used", "Fuel used so far", [I(p["r"], "gal/h"), I(p["t"], "h")], ["*"], unit="gal", short="used", verb="find the fuel used")
        l = b.calc("Fuel left", "Subtract from the starting fuel", [I(p["start"], "gal"), I(u, "gal")], ["-"], unit="gal", short="left", verb="subtract from the start")
        b.calc("Endurance", "Divide by the burn rate", [I(l, "gal"), I(p["r"], "gal/h")], ["/"], rfmt="dec", unit="h", post=hours_post, short="hours", verb="divide by the burn rate")

    def answer(self, v, o):
        return "It can fly about %s more hours." % fv(v, "dec", o) if False else "It can fly %s more hours." % fv(v, "dec", o)

    def given(self, p, o):
        return ["Start: %d gal" % p["start"], "Burn: %d gal/h" % p["r"], "Elapsed: %d h" % p["t"]]


# ------------------------------------------------------------------ 20 fare discount
@structure("fare_discount", "take the discount off the base fare, add taxes, and multiply by the travelers")
class _:
    def params(self, rng):
        while True:
            pf = rng.choice([180, 240, 320, 360, 450, 520, 680])
            d = rng.choice([10, 15, 20, 25, 30])
            if (pf * d) % 100 == 0:
                return ctx(rng, dict(pf=pf, d=d, tax=rng.choice([F(3450, 100), F(4820, 100), 56, F(7215, 100)]), n=rng.choice([2, 3, 4])))
    texts = [
        lambda p: "A base fare from %s to %s is %s. %s offers %d%% off the base fare, and then taxes of %s per ticket are added. How much do %d tickets cost?" % (p["c1"], p["c2"], money(p["pf"]), p["air"], p["d"], money(p["tax"]), p["n"]),
        lambda p: "%s finds a ticket with a base fare of %s, discounted by %d%%. Taxes and fees are %s per ticket and are not discounted. What is the total for %d travelers?" % (p["name"], money(p["pf"]), p["d"], money(p["tax"]), p["n"]),
    ]

    def solve(self, b, p):
        dd = b.calc("Discount", "Find the discount", [P(F(p["d"], 100)), M(p["pf"])], ["*"], rfmt="money", short="disc", verb="find the discount")
        f = b.calc("Discounted fare", "Subtract it from the base fare", [M(p["pf"]), M(dd)], ["-"], rfmt="money", short="fare", verb="subtract the discount")
        t = b.calc("Price per ticket", "Add the taxes", [M(f), M(p["tax"])], ["+"], rfmt="money", short="ticket", verb="add the taxes")
        b.calc("Total", "Multiply by the number of travelers", [M(t), I(p["n"])], ["*"], rfmt="money", short="total", verb="multiply by the travelers")

    def answer(self, v, o):
        return "The tickets cost %s in total." % fv(v, "money", o)

    def given(self, p, o):
        return ["Base fare: %s" % money(p["pf"]), "Discount: %d%%" % p["d"], "Taxes: %s" % money(p["tax"]), "Travelers: %d" % p["n"]]


# ------------------------------------------------------------------ 21 pilot hours
@structure("pilot_hours", "find the hours flown and subtract from the monthly limit")
class _:
    def params(self, rng):
        h = rng.choice([F(55, 10), 6, F(65, 10), 7, F(75, 10), 8])
        d = rng.choice([3, 4, 5])
        w = rng.choice([2, 3])
        return ctx(rng, dict(h=h, d=d, w=w, lim=rng.choice([100, 110, 120]) + (20 if h * d * w >= 100 else 0)))
    texts = [
        lambda p: "Captain %s flies %s hours a day, %d days a week. The monthly flight-time limit is %d hours. After %d weeks, how many hours can the captain still fly this month?" % (p["name"], dec(p["h"]), p["d"], p["lim"], p["w"]),
        lambda p: "A %s first officer logs %s block hours per duty day and works %d duty days each week. With a %d-hour monthly cap, how many hours remain after %d weeks?" % (p["air"], dec(p["h"]), p["d"], p["lim"], p["w"]),
    ]

    def solve(self, b, p):
        wk = b.calc("Hours per week", "Hours per week", [D(p["h"], "h"), I(p["d"])], ["*"], rfmt="dec", unit="h", short="week", verb="find the weekly hours")
        tot = b.calc("Hours so far", "Multiply by the weeks", [D(wk, "h"), I(p["w"])], ["*"], rfmt="dec", unit="h", short="so far", verb="multiply by the weeks")
        b.calc("Hours remaining", "Subtract from the limit", [I(p["lim"], "h"), D(tot, "h")], ["-"], rfmt="dec", unit="h", short="left", verb="subtract from the cap")

    def answer(self, v, o):
        return "%s hours of flying remain this month." % fv(v, "dec", o)

    def given(self, p, o):
        return ["Per day: %s h" % dec(p["h"]), "Days/week: %d" % p["d"], "Limit: %d h" % p["lim"]]


def dec(v):
    v = F(v)
    if v.denominator == 1:
        return str(int(v))
    return "%d.%d" % (int(v), int((v - int(v)) * 10))


# ------------------------------------------------------------------ 22 fuel pounds to kg
@structure("fuel_lb_kg", "convert gallons to pounds and then pounds to kilograms")
class _:
    def params(self, rng):
        return ctx(rng, dict(g=rng.choice([1250, 1875, 2340, 3120, 4460, 5200]), dens=F(rng.choice([67, 68]), 10)))
    texts = [
        lambda p: "A fuel truck pumps %s gallons of Jet A into a %s. Jet A weighs about %s pounds per gallon, and 1 kg is 2.2 lb. About how many kilograms of fuel were added? Round to the nearest tenth." % (c(p["g"]), p["ac"], dec(p["dens"])),
        lambda p: "The crew uplifts %s gal of fuel. Using %s lb per gallon and 2.2 lb per kg, what is the fuel mass in kg, to one decimal place?" % (c(p["g"]), dec(p["dens"])),
    ]

    def solve(self, b, p):
        lb = b.calc("Weight in pounds", "Multiply gallons by pounds per gallon", [I(p["g"], "gal"), D(p["dens"], "lb/gal")], ["*"], rfmt="dec", unit="lb", short="lb", verb="convert to pounds")
        b.calc("Mass in kg", "Divide by 2.2 to get kilograms", [D(lb, "lb"), D(F(22, 10))], ["/"], rfmt="dec", unit="kg", dp=1, short="kg", verb="divide by 2.2")

    def answer(self, v, o):
        return "About %s of fuel was added." % fv(v, "dec", o, "kg")

    def given(self, p, o):
        return ["Fuel: %s gal" % c(p["g"]), "Density: %s lb/gal" % dec(p["dens"]), "1 kg = 2.2 lb"]


# ------------------------------------------------------------------ 23 knots to km/h distance
@structure("knots_distance", "convert the speed to km/h and multiply by the flight time")
class _:
    def params(self, rng):
        return ctx(rng, dict(k=rng.choice([240, 280, 320, 450, 460, 480, 510]), t=F(rng.choice([3, 4, 5, 7]), 2)))
    texts = [
        lambda p: "A plane's ground speed is %d knots. One knot is 1.852 km/h. How many kilometres does it cover in %s hours?" % (p["k"], dec(p["t"])),
        lambda p: "%s's %s holds %d kt over the ground for %s hours. Using 1 kt = 1.852 km/h, how far does it travel in km?" % (p["air"], p["ac"], p["k"], dec(p["t"])),
    ]

    def solve(self, b, p):
        kmh = b.calc("Speed in km/h", "Convert knots to km/h", [I(p["k"], "kt"), D(F(1852, 1000))], ["*"], rfmt="dec", unit="km/h", short="km/h", verb="convert knots to km/h")
        b.calc("Distance", "Multiply by the time", [D(kmh, "km/h"), D(p["t"], "h")], ["*"], rfmt="dec", unit="km", short="dist", verb="multiply by the time")

    def answer(self, v, o):
        return "It covers %s." % fv(v, "dec", o, "km")

    def given(self, p, o):
        return ["Speed: %d kt" % p["k"], "Time: %s h" % dec(p["t"]), "1 kt = 1.852 km/h"]
