"""Problem structures for the environment & recycling genre."""
from fractions import Fraction as F

NAMES = ["Maya", "Tom\u00e1s", "Priya", "Jordan", "Aisha", "Liam", "Sofia", "Kenji",
         "Grace", "Mateo", "Nadia", "Owen", "Chloe", "Ravi", "Emma", "Diego"]
TOWNS = ["Millbrook", "Riverton", "Ashford", "Lakeside", "Greenvale", "Harborview",
         "Oakridge", "Westfield"]


def cm(n):
    s = str(n)
    ip, _, fp = s.partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    return ",".join(g) + ("." + fp if fp else "")


def lit(s, u=""):
    s = str(s).replace(",", "")
    v = F(s) / 100 if u == "\u00a2" else F(s)
    return {"t": "lit", "v": v, "p": s, "u": u}


def ref(n):
    return {"t": "ref", "n": n}


def step(name, op, args, unit, dp, title, lead, rest=None):
    return {"name": name, "op": op, "args": args, "unit": unit, "dp": dp,
            "title": title, "lead": lead, "rest": rest}


def dec(rng, lo, hi, d):
    """random decimal string in [lo, hi] with d decimals (last digit non-zero if d)."""
    while True:
        n = rng.randint(int(lo * 10 ** d), int(hi * 10 ** d))
        if d == 0 or n % 10:
            s = str(n).rjust(d + 1, "0")
            return s[:-d] + "." + s[-d:] if d else s


# ---------------------------------------------------------------- structures

def car_commute(rng):
    d = rng.randint(14, 68)
    w = rng.choice([4, 5, 5, 6])
    wk = rng.choice([44, 46, 48, 50])
    f = rng.choice(["0.12", "0.15", "0.17", "0.18", "0.19", "0.21", "0.23", "0.171", "0.192"])
    return dict(
        ctx=dict(name=rng.choice(NAMES), d=d, w=w, wk=wk, f=f),
        goal="the yearly CO\u2082 from the commute",
        answer="the commute produces {r} of CO\u2082 per year",
        steps=[
            step("week", "mul", [lit(d, "km"), lit(w, "days")], "km", 0, "Weekly distance",
                 "multiply the daily distance by the days driven each week", "the car covers {r} a week"),
            step("year", "mul", [ref("week"), lit(wk, "weeks")], "km", 0, "Yearly distance",
                 "multiply by the number of working weeks", "that's {r} a year"),
            step("co2", "mul", [ref("year"), lit(f, "kg/km")], "kg", 1, "Yearly CO\u2082",
                 "multiply the distance by the emission factor", "the emissions are {r}"),
        ])


def ev_vs_petrol(rng):
    K = rng.randrange(8000, 19001, 500)
    P = rng.choice(["0.15", "0.16", "0.17", "0.18", "0.19", "0.21", "0.164", "0.187"])
    e = rng.choice(["0.04", "0.05", "0.06", "0.07", "0.053", "0.048"])
    return dict(
        ctx=dict(K=cm(K), P=P, e=e),
        goal="the CO\u2082 saved per year by switching",
        answer="switching to the EV saves about {r} of CO\u2082 a year",
        steps=[
            step("pet", "mul", [lit(K, "km"), lit(P, "kg/km")], "kg", 1, "Petrol car emissions",
                 "work out the petrol car's yearly emissions", "the petrol car emits {r}"),
            step("ev", "mul", [lit(K, "km"), lit(e, "kg/km")], "kg", 1, "EV emissions",
                 "work out the EV's yearly emissions", "the EV accounts for {r}"),
            step("sav", "sub", [ref("pet"), ref("ev")], "kg", 1, "Savings",
                 "subtract to get the savings", "the saving is {r}"),
        ])


def home_electricity(rng):
    m = rng.randint(240, 980)
    g = rng.choice(["0.233", "0.386", "0.42", "0.45", "0.38", "0.7", "0.52", "0.61"])
    return dict(
        ctx=dict(m=m, g=g, town=rng.choice(TOWNS)),
        goal="the household's yearly electricity emissions in tonnes",
        answer="the household's electricity use is responsible for {r} of CO\u2082 a year",
        steps=[
            step("yr", "mul", [lit(m, "kWh"), lit(12, "months")], "kWh", 0, "Yearly use",
                 "multiply the monthly use by 12", "the home uses {r} a year"),
            step("kg", "mul", [ref("yr"), lit(g, "kg/kWh")], "kg", 1, "Emissions in kg",
                 "multiply by the grid emission factor", "that's {r} of CO\u2082"),
            step("t", "div", [ref("kg"), lit(1000)], "t", 2, "Convert to tonnes",
                 "divide by 1,000 to convert kilograms to tonnes", None),
        ])


def solar_vs_grid(rng):
    A = rng.randrange(3600, 9801, 100)
    g = rng.choice(["0.45", "0.38", "0.42", "0.52", "0.61", "0.7"])
    s = rng.choice(["0.04", "0.05", "0.041", "0.048"])
    p = rng.choice([40, 45, 50, 55, 60, 65, 70, 75, 80, 85])
    return dict(
        ctx=dict(A=cm(A), g=g, s=s, p=p),
        goal="how much CO\u2082 the solar panels avoid each year",
        answer="the panels cut emissions by {r} of CO\u2082 per year",
        steps=[
            step("sk", "pctof", [lit(p, "%"), lit(A, "kWh")], "kWh", 1, "Solar output",
                 "find how much electricity the panels supply", "the panels supply {r}"),
            step("gr", "mul", [ref("sk"), lit(g, "kg/kWh")], "kg", 1, "Grid emissions for that energy",
                 "find the grid emissions for that much electricity", None),
            step("so", "mul", [ref("sk"), lit(s, "kg/kWh")], "kg", 1, "Solar lifecycle emissions",
                 "find the solar lifecycle emissions", None),
            step("sv", "sub", [ref("gr"), ref("so")], "kg", 1, "Net saving",
                 "subtract the solar emissions from the grid emissions", "the net saving is {r}"),
        ])


def recycling_rate(rng):
    W = rng.randrange(1800, 26001, 50)
    R = rng.randrange(int(W * 0.15), int(W * 0.35))
    C = rng.randrange(int(W * 0.05), int(W * 0.18))
    return dict(
        ctx=dict(W=cm(W), R=cm(R), C=cm(C), town=rng.choice(TOWNS)),
        goal="the diversion rate",
        answer="the diversion rate is {r}",
        steps=[
            step("dv", "add", [lit(R, "t"), lit(C, "t")], "t", 0, "Waste diverted",
                 "add the recycled and composted tonnage", "{r} was kept out of landfill"),
            step("rt", "ratio", [ref("dv"), lit(W, "t")], "%", 1, "Diversion rate",
                 "divide by the total and multiply by 100", "the rate is {r}"),
        ])


def rate_increase(rng):
    H = rng.randrange(2400, 18001, 100)
    w = rng.choice([320, 350, 380, 400, 420, 450, 480, 510])
    a = rng.randint(22, 38)
    b = a + rng.randint(4, 15)
    return dict(
        ctx=dict(H=cm(H), w=w, a=a, b=b, town=rng.choice(TOWNS)),
        goal="the extra tonnes recycled per year",
        answer="about {r} more waste would be recycled each year",
        steps=[
            step("kg", "mul", [lit(H, "households"), lit(w, "kg")], "kg", 0, "Total waste (kg)",
                 "find the total household waste", "the town throws out {r} a year"),
            step("t", "div", [ref("kg"), lit(1000)], "t", 1, "Total waste (t)",
                 "convert to tonnes", None),
            step("pp", "sub", [lit(b, "%"), lit(a, "%")], "%", 0, "Increase in rate",
                 "find the increase in percentage points", "the rate rises by {r}"),
            step("ex", "pctof", [ref("pp"), ref("t")], "t", 1, "Extra recycling",
                 "take that share of the total", None),
        ])


def deposit_mixed(rng):
    c = rng.randint(120, 940)
    b = rng.randint(30, 420)
    dc = rng.choice(["0.05", "0.10"])
    db = "0.25" if dc == "0.10" else rng.choice(["0.10", "0.15", "0.20"])
    return dict(
        ctx=dict(name=rng.choice(NAMES), c=c, b=b, dc=dc, db=db),
        goal="the total deposit refund",
        answer="the total refund is {r}",
        steps=[
            step("cr", "mul", [lit(c, "cans"), lit(dc, "$")], "$", 2, "Can refund",
                 "find the refund on the cans", "the cans are worth {r}"),
            step("br", "mul", [lit(b, "bottles"), lit(db, "$")], "$", 2, "Bottle refund",
                 "find the refund on the bottles", "the bottles bring in {r}"),
            step("tot", "add", [ref("cr"), ref("br")], "$", 2, "Total refund",
                 "add the two refunds", "the total is {r}"),
        ])


def deposit_cents(rng):
    k = rng.randint(48, 260)
    w = rng.randint(4, 14)
    c = rng.choice([5, 10])
    return dict(
        ctx=dict(k=k, w=w, c=c, town=rng.choice(TOWNS)),
        goal="the total refund",
        answer="the club earns {r} in refunds",
        steps=[
            step("n", "mul", [lit(k, "containers"), lit(w, "weeks")], "containers", 0, "Containers collected",
                 "find the total number of containers", "the club collects {r}"),
            step("m", "mul", [ref("n"), lit(c, "\u00a2")], "$", 2, "Refund",
                 "multiply by the deposit per container", None),
        ])


def trees_absorb(rng):
    T = rng.randint(24, 480)
    a = rng.choice([21, 22, 25, 20, "21.8", "22.5", 48])
    y = rng.choice([5, 10, 15, 20])
    return dict(
        ctx=dict(T=T, a=a, y=y, town=rng.choice(TOWNS)),
        goal="the total CO\u2082 absorbed, in tonnes",
        answer="the trees absorb {r} of CO\u2082 over that time",
        steps=[
            step("py", "mul", [lit(T, "trees"), lit(a, "kg")], "kg", 1, "CO\u2082 per year",
                 "multiply the number of trees by the CO\u2082 each absorbs per year", "the grove absorbs {r} a year"),
            step("tot", "mul", [ref("py"), lit(y, "years")], "kg", 1, "Total over the period",
                 "multiply by the number of years", None),
            step("t", "div", [ref("tot"), lit(1000)], "t", 2, "In tonnes",
                 "convert kilograms to tonnes", None),
        ])


def trees_needed(rng):
    E = dec(rng, 4.2, 16.8, 1)
    a = rng.choice([21, 22, 25, 48, 60])
    return dict(
        ctx=dict(E=E, a=a, name=rng.choice(NAMES)),
        goal="how many trees are needed",
        answer="{r} would be needed to absorb a year of emissions",
        steps=[
            step("kg", "mul", [lit(E, "t"), lit(1000)], "kg", 0, "Emissions in kg",
                 "convert the emissions to kilograms", "that's {r} of CO\u2082"),
            step("tr", "div", [ref("kg"), lit(a, "kg/tree")], "trees", 1, "Trees (exact)",
                 "divide by what one tree absorbs in a year", None),
            step("n", "ceil", [ref("tr")], "trees", 0, "Trees needed", "round up to a whole number of trees", None),
        ])


def lowflow_shower(rng):
    o = rng.choice([9, "9.5", 10, 11, 12, "12.5", 13, 15])
    n = rng.choice([6, "6.6", "7.6", 7, "5.7"])
    m = rng.choice([5, 6, 7, 8, 9, 10])
    s = rng.randint(7, 24)
    return dict(
        ctx=dict(o=o, n=n, m=m, s=s, name=rng.choice(NAMES)),
        goal="the water saved per year",
        answer="the low-flow showerhead saves {r} of water a year",
        steps=[
            step("d", "sub", [lit(o, "L/min"), lit(n, "L/min")], "L/min", 1, "Flow saved",
                 "find the difference in flow rate", "each minute saves {r}"),
            step("ps", "mul", [ref("d"), lit(m, "min")], "L", 1, "Saved per shower",
                 "multiply by the shower length", None),
            step("pw", "mul", [ref("ps"), lit(s, "showers")], "L", 1, "Saved per week",
                 "multiply by the showers per week", "the household saves {r} a week"),
            step("py", "mul", [ref("pw"), lit(52, "weeks")], "L", 1, "Saved per year",
                 "multiply by 52 weeks", None),
        ])


def lowflow_toilet(rng):
    o = rng.choice([13, 12, 11, 9, 15])
    n = rng.choice(["4.8", 6, "4.5", "3.8"])
    f = rng.choice([4, 5, 6])
    p = rng.randint(2, 6)
    return dict(
        ctx=dict(o=o, n=n, f=f, p=p),
        goal="the litres saved per year",
        answer="the new toilet saves {r} a year",
        steps=[
            step("d", "sub", [lit(o, "L"), lit(n, "L")], "L", 1, "Saving per flush",
                 "find the saving per flush", "each flush saves {r}"),
            step("day", "mul", [ref("d"), lit(f, "flushes"), lit(p, "people")], "L", 1, "Saving per day",
                 "multiply by flushes per person and the number of people", "the home saves {r} a day"),
            step("yr", "mul", [ref("day"), lit(365, "days")], "L", 1, "Saving per year",
                 "multiply by 365 days", None),
        ])


def food_waste_town(rng):
    k = dec(rng, 1.8, 4.9, 1)
    H = rng.randrange(3200, 48001, 100)
    return dict(
        ctx=dict(k=k, H=cm(H), town=rng.choice(TOWNS)),
        goal="the town's yearly food waste in tonnes",
        answer="{town} households throw away about {{r}} of food a year",
        steps=[
            step("hy", "mul", [lit(k, "kg"), lit(52, "weeks")], "kg", 1, "Per household per year",
                 "find one household's yearly food waste", "each household wastes {r} a year"),
            step("tk", "mul", [ref("hy"), lit(H, "households")], "kg", 0, "Town total (kg)",
                 "scale up to the whole town", None),
            step("tt", "div", [ref("tk"), lit(1000)], "t", 1, "Town total (t)",
                 "convert to tonnes", None),
        ])


def food_waste_cost(rng):
    S = rng.randrange(110, 281, 5)
    p = rng.choice([12, 15, 18, 20, 22, 25, 28, 30, 32, 35])
    return dict(
        ctx=dict(S=S, p=p, name=rng.choice(NAMES)),
        goal="the yearly cost of wasted food",
        answer="the family throws away {r} worth of food a year",
        steps=[
            step("wk", "pctof", [lit(p, "%"), lit(S, "$")], "$", 2, "Wasted per week",
                 "find the value of the food wasted each week", "they waste {r} a week"),
            step("yr", "mul", [ref("wk"), lit(52, "weeks")], "$", 2, "Wasted per year",
                 "multiply by 52 weeks", None),
        ])


def led_bulbs(rng):
    n = rng.randint(6, 32)
    ow = rng.choice([60, 75, 100, 40])
    nw = {60: rng.choice([8, 9, 10]), 75: rng.choice([11, 12, 13]), 100: rng.choice([14, 15, 16]),
          40: rng.choice([5, 6])}[ow]
    h = rng.choice([3, 4, 5, 6, "3.5", "4.5"])
    g = rng.choice(["0.4", "0.45", "0.38", "0.233", "0.5"])
    return dict(
        ctx=dict(n=n, ow=ow, nw=nw, h=h, g=g),
        goal="the yearly CO\u2082 saved by switching to LEDs",
        answer="switching to LEDs saves about {r} of CO\u2082 a year",
        steps=[
            step("dw", "sub", [lit(ow, "W"), lit(nw, "W")], "W", 0, "Watts saved per bulb",
                 "find the power saved by each bulb", "each bulb saves {r}"),
            step("tw", "mul", [ref("dw"), lit(n, "bulbs")], "W", 0, "Watts saved in total",
                 "multiply by the number of bulbs", None),
            step("kd", "mdiv", [ref("tw"), lit(h, "h"), lit(1000)], "kWh", 3, "Energy saved per day",
                 "multiply by the daily hours and divide by 1,000 to get kWh", "that's {r} a day"),
            step("ky", "mul", [ref("kd"), lit(365, "days")], "kWh", 1, "Energy saved per year",
                 "multiply by 365 days", None),
            step("co", "mul", [ref("ky"), lit(g, "kg/kWh")], "kg", 1, "CO\u2082 saved",
                 "multiply by the grid emission factor", None),
        ])


def flight_offset(rng):
    D = rng.randrange(1200, 9801, 50)
    g = rng.choice(["0.09", "0.1", "0.115", "0.133", "0.15", "0.12"])
    p = rng.randint(2, 5)
    pr = rng.choice(["12", "15", "18", "22.50", "25", "30"])
    return dict(
        ctx=dict(D=cm(D), g=g, p=p, pr=pr if "." not in pr else pr),
        goal="the cost of offsetting the trip",
        answer="offsetting the trip costs about {r}",
        steps=[
            step("pk", "mul", [lit(D, "km"), lit(g, "kg/km")], "kg", 1, "CO\u2082 per passenger",
                 "find one passenger's emissions", "each traveller is responsible for {r}"),
            step("fk", "mul", [ref("pk"), lit(p, "passengers")], "kg", 1, "Family total",
                 "multiply by the number of travellers", None),
            step("ft", "div", [ref("fk"), lit(1000)], "t", 3, "In tonnes",
                 "convert to tonnes", None),
            step("c", "mul", [ref("ft"), lit(pr, "$")], "$", 2, "Offset cost",
                 "multiply by the price per tonne", None),
        ])


def bike_commute(rng):
    d = rng.randint(6, 32)
    n = rng.randint(150, 235)
    c = rng.choice(["6.5", "7", "7.8", "8.2", "5.9", "9"])
    pr = rng.choice(["1.65", "1.72", "1.89", "1.55", "2.05", "1.79"])
    return dict(
        ctx=dict(name=rng.choice(NAMES), d=d, n=n, c=c, pr=pr),
        goal="how much fuel money biking saves in a year",
        answer="biking saves {r} in fuel a year",
        steps=[
            step("km", "mul", [lit(d, "km"), lit(n, "days")], "km", 0, "Distance per year",
                 "find the yearly distance", "that's {r} a year"),
            step("L", "mdiv", [ref("km"), lit(c, "L"), lit(100)], "L", 1, "Fuel used",
                 "work out the fuel the car would burn", None),
            step("m", "mul", [ref("L"), lit(pr, "$")], "$", 2, "Fuel cost",
                 "multiply by the fuel price", None),
        ])


def emissions_change(rng):
    X = rng.randrange(1200, 9800, 10)
    Y = X - rng.randrange(60, int(X * 0.3), 5)
    y0 = rng.choice([2021, 2022, 2023])
    return dict(
        ctx=dict(X=cm(X), Y=cm(Y), y0=y0, y1=y0 + 1, town=rng.choice(TOWNS)),
        goal="the percentage drop in emissions",
        answer="emissions fell by {r}",
        steps=[
            step("ch", "sub", [lit(Y, "t"), lit(X, "t")], "t", 0, "Change",
                 "find the change (new minus old)", None),
            step("dr", "abs", [ref("ch")], "t", 0, "Decrease", "take the size of the drop", None),
            step("pc", "ratio", [ref("dr"), lit(X, "t")], "%", 1, "Percentage drop",
                 "divide the drop by the starting value and multiply by 100", None),
        ])


def bottle_drive(rng):
    ns = [rng.randint(90, 480) for _ in range(4)]
    cl = rng.choice([3, 4, 6, 7, 8, 9, 12])
    dp = rng.choice(["0.05", "0.10"])
    return dict(
        ctx=dict(a=ns[0], b=ns[1], c=ns[2], d=ns[3], cl=cl, dp=dp),
        goal="each class's share of the refund",
        answer="each class gets {r}",
        steps=[
            step("n", "add", [lit(x) for x in ns], "bottles", 0, "Total bottles",
                 "add up the bottles from all four weeks", "the school collected {r}"),
            step("m", "mul", [ref("n"), lit(dp, "$")], "$", 2, "Refund",
                 "multiply by the deposit", "the refund comes to {r}"),
            step("e", "div", [ref("m"), lit(cl, "classes")], "$", 2, "Per class",
                 "split it evenly between the classes", None),
        ])


def compost(rng):
    H = rng.randrange(1200, 20001, 100)
    p = rng.choice([15, 20, 25, 30, 35, 40, 45, 60])
    k = dec(rng, 1.5, 4.5, 1)
    return dict(
        ctx=dict(H=cm(H), p=p, k=k, town=rng.choice(TOWNS)),
        goal="the compost diverted per year in tonnes",
        answer="the program keeps {r} of food scraps out of landfill each year",
        steps=[
            step("ph", "pctof", [lit(p, "%"), lit(H, "households")], "households", 0, "Households taking part",
                 "find how many households take part", "{r} take part"),
            step("hy", "mul", [lit(k, "kg"), lit(52, "weeks")], "kg", 1, "Per household per year",
                 "find each household's yearly compost", None),
            step("tk", "mul", [ref("hy"), ref("ph")], "kg", 1, "Total (kg)",
                 "multiply by the participating households", None),
            step("tt", "div", [ref("tk"), lit(1000)], "t", 1, "Total (t)",
                 "convert to tonnes", None),
        ])


def rain_barrel(rng):
    A = rng.randint(40, 160)
    R = rng.randrange(450, 1201, 5)
    e = rng.choice([75, 80, 85, 90])
    return dict(
        ctx=dict(A=A, R=cm(R), e=e, name=rng.choice(NAMES)),
        goal="the rainwater collected per year",
        answer="the system collects {r} of rainwater a year",
        steps=[
            step("raw", "mul", [lit(A, "m\u00b2"), lit(R, "mm")], "L", 0, "Rain falling on the roof",
                 "multiply roof area by rainfall (1 mm on 1 m\u00b2 is 1 L)", "{r} lands on the roof"),
            step("col", "pctof", [lit(e, "%"), ref("raw")], "L", 0, "Water captured",
                 "apply the collection efficiency", None),
        ])


def plastic_bags(rng):
    P = rng.randrange(5000, 90001, 500)
    b = rng.choice(["1.5", "2", "2.5", "3", "3.5", "4"])
    r = rng.choice([40, 50, 60, 65, 70, 75, 80, 85, 90])
    return dict(
        ctx=dict(P=cm(P), b=b, r=r, town=rng.choice(TOWNS)),
        goal="the number of bags avoided per year",
        answer="the ban avoids about {r} a year",
        steps=[
            step("wk", "mul", [lit(P, "people"), lit(b, "bags")], "bags", 0, "Bags per week",
                 "find the bags used each week", None),
            step("yr", "mul", [ref("wk"), lit(52, "weeks")], "bags", 0, "Bags per year",
                 "multiply by 52", "the town uses {r} a year"),
            step("av", "pctof", [lit(r, "%"), ref("yr")], "bags", 0, "Bags avoided",
                 "take the reduction percentage", None),
        ])


def fix_answer(gen):
    def g(rng):
        d = gen(rng)
        d["answer"] = d["answer"].format(**d["ctx"]) if "{{r}}" in d["answer"] else d["answer"]
        return d
    return g


STRUCTS = [
    ("car_commute", dict(gen=car_commute, qs=[
        "{name} drives {d} km to work and back each day, {w} days a week, for {wk} weeks a year. The car emits {f} kg of CO\u2082 per kilometre. How many kilograms of CO\u2082 does the commute produce in a year?",
        "A delivery van covers {d} km per shift, does {w} shifts a week and works {wk} weeks a year. If it emits {f} kg CO2/km, what are its yearly emissions in kg?"])),
    ("ev_vs_petrol", dict(gen=ev_vs_petrol, qs=[
        "A family drives {K} km a year. Their petrol car emits {P} kg of CO\u2082 per km, while an electric car charged on their grid would be responsible for about {e} kg per km. How many kg of CO\u2082 a year would switching to the EV save?",
        "Petrol car: {P} kg CO2 per km. EV: {e} kg CO2 per km. If I drive {K} km a year, how much CO2 (in kg) do I avoid per year by going electric?"])),
    ("home_electricity", dict(gen=home_electricity, qs=[
        "A home in {town} uses {m} kWh of electricity per month. The local grid emits {g} kg of CO\u2082 per kWh. How many tonnes of CO\u2082 does the home's electricity produce in a year?",
        "Our apartment averages {m} kWh a month and our utility says its grid intensity is {g} kg CO2/kWh. What's our annual footprint from electricity, in tonnes?"])),
    ("solar_vs_grid", dict(gen=solar_vs_grid, qs=[
        "A house uses {A} kWh of electricity a year. Rooftop solar panels will supply {p}% of it. Grid electricity emits {g} kg CO\u2082/kWh, while solar has lifecycle emissions of about {s} kg CO\u2082/kWh. How many kg of CO\u2082 per year do the panels save?",
        "If solar covers {p}% of a household's {A} kWh annual demand, and the grid factor is {g} kg/kWh versus {s} kg/kWh for solar, what is the net yearly CO2 saving in kg?"])),
    ("recycling_rate", dict(gen=recycling_rate, qs=[
        "Last year {town} collected {W} tonnes of municipal waste. Of this, {R} t was recycled and {C} t was composted. What percentage of the waste was diverted from landfill? Round to one decimal place.",
        "A county handled {W} t of waste; {R} t went to recycling and {C} t to composting. What is its diversion rate, to the nearest tenth of a percent?"])),
    ("rate_increase", dict(gen=rate_increase, qs=[
        "{town} has {H} households, and each produces about {w} kg of waste a year. If the recycling rate rises from {a}% to {b}%, how many more tonnes will be recycled each year?",
        "A council wants to lift its recycling rate from {a}% to {b}%. It serves {H} homes that each throw out {w} kg of waste per year. How many extra tonnes of material would be recycled annually?"])),
    ("deposit_mixed", dict(gen=deposit_mixed, qs=[
        "{name} returns {c} cans with a ${dc} deposit each and {b} bottles with a ${db} deposit each. How much money does {name} get back?",
        "At the depot, cans are refunded at ${dc} and bottles at ${db}. A scout troop brings in {c} cans and {b} bottles. What's the total refund in dollars?"])),
    ("deposit_cents", dict(gen=deposit_cents, qs=[
        "The {town} eco club collects about {k} drink containers a week for {w} weeks. Each container returns a {c}\u00a2 deposit. How many dollars does the club earn?",
        "Our school collected {k} containers every week for {w} weeks. With a {c}-cent refund per container, how much did we raise?"])),
    ("trees_absorb", dict(gen=trees_absorb, qs=[
        "Volunteers in {town} planted {T} trees. If each tree absorbs about {a} kg of CO\u2082 per year, how many tonnes of CO\u2082 will the trees absorb in {y} years?",
        "A company plants {T} trees as part of its climate pledge. Assuming {a} kg of CO2 absorbed per tree per year, what is the total absorbed over {y} years, in tonnes?"])),
    ("trees_needed", dict(gen=trees_needed, qs=[
        "{name}'s carbon footprint is {E} t of CO\u2082 per year. If one tree absorbs about {a} kg of CO\u2082 a year, how many trees would be needed to absorb that amount each year?",
        "How many trees would it take to soak up {E} tonnes of CO2 a year if each tree absorbs {a} kg per year?"])),
    ("lowflow_shower", dict(gen=lowflow_shower, qs=[
        "{name} replaces a {o} L/min showerhead with a low-flow {n} L/min model. The household takes {s} showers a week, each lasting {m} minutes. How many litres of water are saved per year (52 weeks)?",
        "A low-flow showerhead uses {n} L per minute instead of {o} L per minute. With {s} showers of {m} minutes every week, how much water does it save in a year?"])),
    ("lowflow_toilet", dict(gen=lowflow_toilet, qs=[
        "An old toilet uses {o} L per flush and a new dual-flush model uses {n} L. In a home of {p} people who each flush {f} times a day, how many litres are saved in a year (365 days)?",
        "Replacing a {o}-litre toilet with a {n}-litre one: if {p} people each flush {f} times a day, what's the yearly water saving?"])),
    ("food_waste_town", dict(gen=fix_answer(food_waste_town), qs=[
        "The average household in {town} throws away {k} kg of food each week. There are {H} households in the town. How many tonnes of food are wasted in a year?",
        "If each of {town}'s {H} households wastes {k} kg of food per week, what's the town's total food waste per year in tonnes?"])),
    ("food_waste_cost", dict(gen=food_waste_cost, qs=[
        "{name}'s family spends ${S} a week on groceries and throws away about {p}% of the food they buy. How much money does that wasted food cost them in a year?",
        "A household's grocery bill is ${S} per week, and {p}% of it ends up in the bin. What's the yearly cost of the wasted food?"])),
    ("led_bulbs", dict(gen=led_bulbs, qs=[
        "A house replaces {n} bulbs of {ow} W with {nw} W LEDs. The lights are on {h} hours a day. If the grid emits {g} kg CO\u2082 per kWh, how many kg of CO\u2082 does the switch save in a year?",
        "Swapping {n} old {ow}-watt bulbs for {nw}-watt LEDs, used {h} h/day: how much CO2 is saved per year at {g} kg/kWh?"])),
    ("flight_offset", dict(gen=flight_offset, qs=[
        "A family of {p} flies {D} km. The airline estimates {g} kg of CO\u2082 per passenger-km. If offsets cost ${pr} per tonne, how much will it cost to offset the flight?",
        "Our flight is {D} km one way. Emissions are {g} kg CO2 per passenger per km, we're {p} people, and offsets are ${pr}/t. What's the offset cost?"])),
    ("bike_commute", dict(gen=bike_commute, qs=[
        "{name} starts cycling to work instead of driving. The round trip is {d} km and {name} commutes {n} days a year. The car uses {c} L of fuel per 100 km and fuel costs ${pr} per litre. How much does she save on fuel in a year?",
        "If I bike a {d} km round trip on {n} days a year instead of driving a car that burns {c} L/100 km, with fuel at ${pr}/L, how much money do I save?"])),
    ("emissions_change", dict(gen=emissions_change, qs=[
        "A factory in {town} emitted {X} t of CO\u2082 in {y0} and {Y} t in {y1}. By what percentage did its emissions fall? Round to one decimal place.",
        "Company emissions went from {X} tCO2e ({y0}) to {Y} tCO2e ({y1}). What was the percentage reduction, to one decimal place?"])),
    ("bottle_drive", dict(gen=bottle_drive, qs=[
        "During a four-week bottle drive a school collected {a}, {b}, {c} and {d} bottles. Each bottle has a ${dp} deposit, and the refund is shared equally among {cl} classes. How much does each class get?",
        "Bottle drive totals: week 1 {a}, week 2 {b}, week 3 {c}, week 4 {d}. Refund is ${dp} per bottle, split evenly between {cl} classes. What's each class's share?"])),
    ("compost", dict(gen=compost, qs=[
        "{town} has {H} households, and {p}% of them join a food-scrap composting program. Each participating household composts {k} kg a week. How many tonnes are diverted from landfill per year?",
        "A composting pilot signs up {p}% of {H} homes. If each composts {k} kg of scraps weekly, how many tonnes does the pilot divert in 52 weeks?"])),
    ("rain_barrel", dict(gen=rain_barrel, qs=[
        "{name}'s roof has an area of {A} m\u00b2 and the area gets {R} mm of rain a year. If the gutters and tank capture {e}% of the rain that falls on the roof, how many litres are collected in a year? (1 mm of rain on 1 m\u00b2 = 1 L.)",
        "How many litres of rainwater can a {A} m2 roof harvest in a year with {R} mm annual rainfall and {e}% collection efficiency?"])),
    ("plastic_bags", dict(gen=plastic_bags, qs=[
        "{town} has {P} residents, and each uses about {b} plastic bags a week. A bag ban is expected to cut use by {r}%. How many bags would be avoided each year?",
        "With {P} people using {b} single-use bags per week each, how many bags per year does a {r}% reduction avoid?"])),
]


def _f0(q, rng):
    return q


def _f1(q, rng):
    return q + " " + rng.choice(["Show your working.", "Please show the steps.", "Explain step by step."])


def _f2(q, rng):
    return rng.choice(["I'm putting together our school's sustainability report. ",
                       "For our office green team newsletter: ",
                       "Working on a community garden flyer. "]) + q


def _f3(q, rng):
    return rng.choice(["Quick math check for my eco blog post: ", "Can you help with this? ",
                       "hey, need help with this one: "]) + q


FRAMES = [_f0, _f1, _f2, _f3]
