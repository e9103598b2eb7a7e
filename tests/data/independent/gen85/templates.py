"""Problem structures for the car-ownership genre: parameters, phrasings, solution steps."""
from core import F, Bad, plain, commas, N, B, SUM, POW, rnd

NAMES = ["Maria", "Jake", "Priya", "Tom", "Aisha", "Carlos", "Emma", "Dev", "Hannah", "Luis", "Grace", "Omar",
         "Kenji", "Rosa", "Sam", "Leah"]
CARS = ["Honda Civic", "Toyota Camry", "Ford F-150", "Subaru Outback", "Mazda CX-5", "Hyundai Elantra",
        "Chevy Malibu", "Jeep Wrangler", "Toyota RAV4", "Kia Sorento", "Nissan Altima", "VW Jetta"]


def M(v):
    v = F(v)
    t = plain(v, 0) if v.denominator == 1 else plain(v, 2)
    return "$" + commas(t)


def I(v):
    return commas(plain(F(v)))


def price(r, lo=279, hi=489):
    return F(r.randint(lo, hi), 100)


# ------------------------------------------------------------------ 1 fuel per month

def p_fuel_month(r):
    return dict(name=r.choice(NAMES), car=r.choice(CARS), d=r.randint(18, 65), k=r.choice([20, 21, 22]),
                mpg=r.randint(19, 41), price=price(r))


def s_fuel_month(c, p):
    m = c.calc("Miles per month", B("*", N(p["d"], "int", "miles/day"), N(p["k"], "int", "days")), 0, "int", "miles")
    g = c.calc("Gallons per month", B("/", N(m, "int", "miles"), N(p["mpg"], "int", "mpg")), 1, "dec", "gallons",
               note=lambda v: "That's roughly %s gallons of gas a month." % c.n(v, "dec"))
    cost = c.calc("Monthly fuel cost", B("*", N(g, "dec", "gal"), N(p["price"], "money", "/gal")), 2, "money")
    return cost, lambda c, v: "about %s a month on gas" % c.m(v)


PH_FUEL_MONTH = [
    lambda p: "%s commutes %d miles a day, %d days a month, in a car that gets %d mpg. Gas costs %s a gallon. How much does %s spend on gas each month?" % (p["name"], p["d"], p["k"], p["mpg"], M(p["price"]), p["name"]),
    lambda p: "My %s averages %d miles per gallon. I drive about %d miles per workday and work %d days a month. If gas is %s/gallon, what's my monthly fuel cost?" % (p["car"], p["mpg"], p["d"], p["k"], M(p["price"])),
    lambda p: "How much would I spend on fuel per month if I drive %d miles a day for %d days, my car gets %d MPG, and regular is %s per gallon?" % (p["d"], p["k"], p["mpg"], M(p["price"])),
    lambda p: "A rideshare driver logs %d miles a day on %d days each month. The car's fuel economy is %d mpg and gas averages %s per gallon. What is the monthly gas bill?" % (p["d"], p["k"], p["mpg"], M(p["price"])),
]

# ------------------------------------------------------------------ 2 fuel by the year, weekly miles

def p_fuel_year(r):
    return dict(name=r.choice(NAMES), car=r.choice(CARS), w=r.randint(15, 45) * 10, mpg=r.randint(20, 38),
                price=price(r))


def s_fuel_year(c, p):
    y = c.calc("Miles per year", B("*", N(p["w"], "int", "miles/week"), N(52, "int", "weeks")), 0, "int", "miles")
    g = c.calc("Gallons per year", B("/", N(y, "int", "miles"), N(p["mpg"], "int", "mpg")), 1, "dec", "gallons")
    cost = c.calc("Fuel cost per year", B("*", N(g, "dec", "gal"), N(p["price"], "money", "/gal")), 2, "money",
                  note=lambda v: "That's the annual gas bill: %s." % c.m(v))
    mo = c.calc("Per month", B("/", N(cost, "money"), N(12, "int", "months")), 2, "money", "per month")
    return mo, lambda c, v: "about %s per month for fuel" % c.m(v)


PH_FUEL_YEAR = [
    lambda p: "%s drives about %d miles a week. %s's %s gets %d mpg, and gas is %s a gallon. What does %s spend on gas per month, averaged over a year?" % (p["name"], p["w"], p["name"], p["car"], p["mpg"], M(p["price"]), p["name"]),
    lambda p: "I put roughly %d miles a week on my car (%d mpg). With gas at %s per gallon, what's my yearly fuel cost, and what does that come to per month?" % (p["w"], p["mpg"], M(p["price"])),
    lambda p: "Estimate the average monthly fuel cost for someone who drives %d miles per week (52 weeks a year) in a %d-mpg car when gas costs %s/gal." % (p["w"], p["mpg"], M(p["price"])),
    lambda p: "A car blog says to budget fuel by the year and divide by 12. If you drive %d miles weekly, get %d mpg, and pay %s per gallon, what's the monthly fuel budget?" % (p["w"], p["mpg"], M(p["price"])),
]

# ------------------------------------------------------------------ 3 insurance + registration per month

def p_ins_reg(r):
    return dict(name=r.choice(NAMES), ins=r.randint(220, 540) * 5, reg=r.randint(60, 420))


def s_ins_reg(c, p):
    t = c.calc("Total per year", B("+", N(p["ins"], "money"), N(p["reg"], "money")), 2, "money", "per year")
    mo = c.calc("Per month", B("/", N(t, "money"), N(12, "int", "months")), 2, "money", "per month",
                note=lambda v: "Set aside about %s each month." % c.m(v))
    return mo, lambda c, v: "about %s per month for insurance and registration" % c.m(v)


PH_INS_REG = [
    lambda p: "%s pays %s a year for car insurance and %s a year for registration. How much is that per month?" % (p["name"], M(p["ins"]), M(p["reg"])),
    lambda p: "My auto insurance is %s/year and my registration renewal is %s/year. What should I set aside each month to cover both?" % (M(p["ins"]), M(p["reg"])),
    lambda p: "Car insurance: %s per year. Registration: %s per year. What's the combined monthly cost?" % (M(p["ins"]), M(p["reg"])),
    lambda p: "A dealer tells a buyer to expect %s annually for full-coverage insurance plus %s for yearly registration. What does that work out to per month?" % (M(p["ins"]), M(p["reg"])),
]

# ------------------------------------------------------------------ 4 six-month premium

def p_ins6(r):
    return dict(name=r.choice(NAMES), prem=r.randint(108, 290) * 5, reg=r.randint(50, 350))


def s_ins6(c, p):
    a = c.calc("Insurance per year", B("*", N(p["prem"], "money"), N(2, "int")), 2, "money", "per year")
    t = c.calc("Insurance + registration", B("+", N(a, "money"), N(p["reg"], "money")), 2, "money", "per year")
    mo = c.calc("Monthly cost", B("/", N(t, "money"), N(12, "int", "months")), 2, "money", "per month")
    return mo, lambda c, v: "about %s a month" % c.m(v)


PH_INS6 = [
    lambda p: "%s's insurance premium is %s every six months, and registration is %s per year. What's the total yearly cost, and how much is it per month?" % (p["name"], M(p["prem"]), M(p["reg"])),
    lambda p: "I get billed %s for car insurance twice a year, plus %s once a year for tags and registration. Monthly cost?" % (M(p["prem"]), M(p["reg"])),
    lambda p: "Insurance is charged in 6-month terms at %s per term. Add a %s annual registration fee. What is the average monthly cost of insuring and registering the car?" % (M(p["prem"]), M(p["reg"])),
    lambda p: "If a six-month auto policy costs %s and the state registration fee is %s a year, how much per month is that?" % (M(p["prem"]), M(p["reg"])),
]

# ------------------------------------------------------------------ 5 depreciation year by year

def p_dep(r):
    return dict(name=r.choice(NAMES), car=r.choice(CARS), P=r.randint(36, 92) * 500,
                rate=r.choice([10, 12, 15, 18, 20, 25]), n=r.choice([2, 3, 3]))


def s_dep(c, p):
    mult = F(100 - p["rate"], 100)
    if p["rate"] % 5:
        c.say("Losing %d%% a year means keeping %d%% of the value, so multiply by %s each year." % (p["rate"], 100 - p["rate"], plain(mult)))
    v = F(p["P"])
    for y in range(1, p["n"] + 1):
        v = c.calc("Value after year %d" % y, B("*", N(v, "money"), N(mult, "mult")), 0, "money")
    return v, lambda c, v: "the car is worth about %s after %d years" % (c.m(v), p["n"])


PH_DEP = [
    lambda p: "A new %s costs %s. If it loses %d%% of its value each year, what is it worth after %d years?" % (p["car"], M(p["P"]), p["rate"], p["n"]),
    lambda p: "I'm buying a car for %s. Assuming %d%% depreciation per year, what will it be worth in %d years?" % (M(p["P"]), p["rate"], p["n"]),
    lambda p: "%s paid %s for a %s. Cars like this depreciate about %d%% a year. Estimate the car's value after %d years (round to the nearest dollar each year)." % (p["name"], M(p["P"]), p["car"], p["rate"], p["n"]),
    lambda p: "Using a flat %d%% annual depreciation rate, what is the value of a %s vehicle after %d years?" % (p["rate"], M(p["P"]), p["n"]),
]

# ------------------------------------------------------------------ 6 total depreciation with a power

def p_dep_loss(r):
    return dict(name=r.choice(NAMES), car=r.choice(CARS), P=r.randint(40, 96) * 500,
                rate=r.choice([10, 15, 20]), n=r.choice([3, 4, 5]))


def s_dep_loss(c, p):
    mult = F(100 - p["rate"], 100)
    f = c.calc("Value factor after %d years" % p["n"], POW(N(mult, "mult"), p["n"]), 4, "mult")
    v = c.calc("Remaining value", B("*", N(p["P"], "money"), N(f, "mult")), 0, "money")
    loss = c.calc("Depreciation", B("-", N(p["P"], "money"), N(v, "money")), 0, "money",
                  note=lambda x: "That's how much value the car loses.")
    return loss, lambda c, x: "the car loses about %s in value over %d years" % (c.m(x), p["n"])


PH_DEP_LOSS = [
    lambda p: "How much value does a %s car lose in %d years if it depreciates %d%% per year (compounded)?" % (M(p["P"]), p["n"], p["rate"]),
    lambda p: "%s's %s cost %s new. At %d%% depreciation a year, how many dollars of value will it have lost after %d years?" % (p["name"], p["car"], M(p["P"]), p["rate"], p["n"]),
    lambda p: "My car was %s. If it drops %d%% in value every year, how much depreciation will I have eaten after %d years?" % (M(p["P"]), p["rate"], p["n"]),
    lambda p: "Calculate the total depreciation over %d years on a %s vehicle that loses %d%% of its value annually." % (p["n"], M(p["P"]), p["rate"]),
]

# ------------------------------------------------------------------ 7 oil changes per year

OIL_PRICES = [F(3999, 100), F(4999, 100), F(5495, 100), F(6499, 100), F(7499, 100), F(8999, 100), F(45), F(60), F(75)]


def p_oil_year(r):
    iv = r.choice([3000, 5000, 7500, 10000])
    k = r.randint(2, 5) if iv >= 7500 else r.randint(2, 4)
    if iv == 3000:
        k = r.randint(3, 6)
    return dict(name=r.choice(NAMES), iv=iv, Y=iv * k, c=r.choice(OIL_PRICES), f=r.choice([F(25), F(2999, 100), F(35), F(4250, 100)]))


def s_oil_year(c, p):
    n = c.calc("Oil changes per year", B("/", N(p["Y"], "int", "miles"), N(p["iv"], "int", "miles")), 0, "int", "oil changes")
    oc = c.calc("Oil change cost", B("*", N(n, "int"), N(p["c"], "money")), 2, "money")
    t = c.calc("Add the cabin filter", B("+", N(oc, "money"), N(p["f"], "money")), 2, "money", "per year")
    return t, lambda c, v: "%s a year for oil changes and the cabin filter" % c.m(v)


PH_OIL_YEAR = [
    lambda p: "%s drives %s miles a year and changes the oil every %s miles at %s per change. Add a %s cabin air filter once a year. What's the yearly cost?" % (p["name"], I(p["Y"]), I(p["iv"]), M(p["c"]), M(p["f"])),
    lambda p: "My car needs an oil change every %s miles. I drive about %s miles a year, each oil change is %s, and I also replace the cabin filter once a year for %s. Annual cost for those?" % (I(p["iv"]), I(p["Y"]), M(p["c"]), M(p["f"])),
    lambda p: "If synthetic oil changes cost %s and are due every %s miles, how much will a driver covering %s miles a year spend on oil changes plus one %s cabin filter?" % (M(p["c"]), I(p["iv"]), I(p["Y"]), M(p["f"])),
    lambda p: "Budget check: %s miles per year, oil change interval %s miles, %s per oil change, and a %s cabin air filter yearly. Total per year?" % (I(p["Y"]), I(p["iv"]), M(p["c"]), M(p["f"])),
]

# ------------------------------------------------------------------ 8 oil changes over a period

def p_oil_period(r):
    for _ in range(500):
        iv = r.choice([3000, 5000, 5000, 7500])
        n = r.choice([12, 18, 24, 30, 36])
        k = r.randint(2, 8)
        tot = iv * k
        if tot % n == 0 and (tot // n) % 25 == 0 and 600 <= tot // n <= 2400:
            return dict(name=r.choice(NAMES), iv=iv, n=n, M=tot // n, c=r.choice(OIL_PRICES))
    raise Bad("params")


def s_oil_period(c, p):
    t = c.calc("Total miles", B("*", N(p["M"], "int", "miles/month"), N(p["n"], "int", "months")), 0, "int", "miles")
    k = c.calc("Number of oil changes", B("/", N(t, "int", "miles"), N(p["iv"], "int", "miles")), 0, "int", "oil changes")
    cost = c.calc("Total cost", B("*", N(k, "int"), N(p["c"], "money")), 2, "money")
    return cost, lambda c, v: "%s on oil changes over %d months" % (c.m(v), p["n"])


PH_OIL_PERIOD = [
    lambda p: "%s drives %s miles a month. With oil changes every %s miles at %s each, how much will oil changes cost over %d months?" % (p["name"], I(p["M"]), I(p["iv"]), M(p["c"]), p["n"]),
    lambda p: "I average %s miles per month. My shop charges %s for an oil change and recommends one every %s miles. What will I spend on oil changes in %d months?" % (I(p["M"]), M(p["c"]), I(p["iv"]), p["n"]),
    lambda p: "Over %d months, a driver puts %s miles a month on the car. Oil changes are due every %s miles and cost %s. Total oil change cost?" % (p["n"], I(p["M"]), I(p["iv"]), M(p["c"])),
    lambda p: "How many oil changes (every %s miles) will a car need over %d months at %s miles per month, and what's the total cost at %s each?" % (I(p["iv"]), p["n"], I(p["M"]), M(p["c"])),
]

# ------------------------------------------------------------------ 9 tire replacement per year

def p_tires(r):
    return dict(name=r.choice(NAMES), L=r.choice([40000, 45000, 50000, 60000, 65000, 70000]),
                Y=r.randint(20, 36) * 500, t=r.randint(95, 240), i=r.choice([15, 20, 25, 30]))


def s_tires(c, p):
    per = c.calc("Cost per tire installed", B("+", N(p["t"], "money"), N(p["i"], "money")), 2, "money")
    st = c.calc("Set of four", B("*", N(per, "money"), N(4, "int", "tires")), 2, "money")
    yrs = c.calc("How long the set lasts", B("/", N(p["L"], "int", "miles"), N(p["Y"], "int", "miles/year")), 1, "dec", "years",
                 note=lambda v: "So the tires last about %s years." % c.n(v, "dec"))
    py = c.calc("Cost per year", B("/", N(st, "money"), N(yrs, "dec", "years")), 2, "money", "per year")
    return py, lambda c, v: "about %s per year on tires" % c.m(v)


PH_TIRES = [
    lambda p: "%s's tires are rated for %s miles and %s drives %s miles a year. A new set costs %s per tire plus %s per tire for mounting and balancing. About how much do tires cost per year?" % (p["name"], I(p["L"]), p["name"], I(p["Y"]), M(p["t"]), M(p["i"])),
    lambda p: "I drive %s miles a year on tires that last about %s miles. Replacing all four runs %s per tire plus %s installation each. What's my yearly tire cost?" % (I(p["Y"]), I(p["L"]), M(p["t"]), M(p["i"])),
    lambda p: "A set of 4 tires costs %s each, with %s per tire for installation, and lasts %s miles. For someone driving %s miles per year, what's the annual tire cost? (Round the years to one decimal.)" % (M(p["t"]), M(p["i"]), I(p["L"]), I(p["Y"])),
    lambda p: "Tire budgeting: %s-mile tread life, %s miles driven per year, %s per tire, %s per tire to install. Cost per year?" % (I(p["L"]), I(p["Y"]), M(p["t"]), M(p["i"])),
]

# ------------------------------------------------------------------ 10 tread wear

def p_tread(r):
    return dict(name=r.choice(NAMES), T=r.choice([10, 11, 12]), mn=r.choice([2, 2, 4]),
                W=r.choice([4000, 5000, 6000, 7000]), Mm=r.randint(16, 32) * 50)


def s_tread(c, p):
    u = c.calc("Usable tread", B("-", N(F(p["T"], 32), "n32"), N(F(p["mn"], 32), "n32")), 0, "n32", "inch")
    mi = c.calc("Miles until replacement", B("*", N(u * 32, "int"), N(p["W"], "int", "miles")), 0, "int", "miles")
    mo = c.calc("Months", B("/", N(mi, "int", "miles"), N(p["Mm"], "int", "miles/month")), 1, "dec", "months")
    return mo, lambda c, v: "about %s months before the tires need replacing" % c.n(v, "dec")


PH_TREAD = [
    lambda p: "New tires on %s's car have %d/32\" of tread, and they should be replaced at %d/32\". If the tires wear about 1/32\" every %s miles and %s drives %s miles a month, how many months until replacement?" % (p["name"], p["T"], p["mn"], I(p["W"]), p["name"], I(p["Mm"])),
    lambda p: "My tires started at %d/32 inch of tread. I want to replace them at %d/32. They lose roughly 1/32 inch per %s miles, and I drive %s miles monthly. How many months will they last?" % (p["T"], p["mn"], I(p["W"]), I(p["Mm"])),
    lambda p: "A tire has %d/32 in. of tread; the replacement point is %d/32 in. At a wear rate of 1/32 in. per %s miles, how long (in months) will it last for a driver covering %s miles a month?" % (p["T"], p["mn"], I(p["W"]), I(p["Mm"])),
    lambda p: "Tread depth: %d/32 new, replace at %d/32. Wear: 1/32 every %s miles. Driving: %s miles per month. Months until new tires (to one decimal)?" % (p["T"], p["mn"], I(p["W"]), I(p["Mm"])),
]

# ------------------------------------------------------------------ 11 cost per mile

def p_cpm(r):
    return dict(name=r.choice(NAMES), Fu=r.randint(120, 320) * 10, Ins=r.randint(90, 240) * 10,
                Mn=r.randint(40, 130) * 10, D=r.randint(18, 45) * 100, Y=r.randint(18, 36) * 500)


def s_cpm(c, p):
    t = c.calc("Total annual cost", SUM(N(p["Fu"], "money"), N(p["Ins"], "money"), N(p["Mn"], "money"), N(p["D"], "money")), 2, "money")
    pm = c.calc("Cost per mile", B("/", N(t, "money"), N(p["Y"], "int", "miles")), 2, "money", "per mile",
                note=lambda v: "That's about %s cents for every mile driven." % plain(v * 100))
    return pm, lambda c, v: "about %s per mile" % c.m(v)


PH_CPM = [
    lambda p: "%s's yearly car costs: fuel %s, insurance %s, maintenance %s, and depreciation %s. %s drives %s miles a year. What's the cost per mile?" % (p["name"], M(p["Fu"]), M(p["Ins"]), M(p["Mn"]), M(p["D"]), p["name"], I(p["Y"])),
    lambda p: "I spent %s on gas, %s on insurance, %s on maintenance and lost about %s to depreciation last year, driving %s miles. What did each mile cost me?" % (M(p["Fu"]), M(p["Ins"]), M(p["Mn"]), M(p["D"]), I(p["Y"])),
    lambda p: "Find the total cost of ownership per mile: fuel %s/yr, insurance %s/yr, maintenance %s/yr, depreciation %s/yr, %s miles driven per year." % (M(p["Fu"]), M(p["Ins"]), M(p["Mn"]), M(p["D"]), I(p["Y"])),
    lambda p: "An owner logs %s miles in a year. Expenses were %s for fuel, %s for insurance, %s for repairs and upkeep, and %s in depreciation. What is the cost per mile, to the nearest cent?" % (I(p["Y"]), M(p["Fu"]), M(p["Ins"]), M(p["Mn"]), M(p["D"])),
]

# ------------------------------------------------------------------ 12 lease vs buy

def p_lease_buy(r):
    while True:
        d = dict(name=r.choice(NAMES), car=r.choice(CARS), S=r.randint(6, 16) * 250, L=r.randint(259, 499),
                 Db=r.randint(4, 12) * 500, Bm=r.randint(389, 689), E=r.randint(12, 26) * 500)
        lease = d["S"] + 36 * d["L"]
        buy = d["Db"] + 36 * d["Bm"] - d["E"]
        if abs(lease - buy) >= 300:
            return d


def s_lease_buy(c, p):
    lp = c.calc("Lease payments", B("*", N(p["L"], "money", "/month"), N(36, "int", "months")), 2, "money")
    lt = c.calc("Lease total", B("+", N(lp, "money"), N(p["S"], "money")), 2, "money")
    bp = c.calc("Loan payments", B("*", N(p["Bm"], "money", "/month"), N(36, "int", "months")), 2, "money")
    bt = c.calc("Paid when buying", B("+", N(bp, "money"), N(p["Db"], "money")), 2, "money")
    bn = c.calc("Net cost of buying", B("-", N(bt, "money"), N(p["E"], "money")), 2, "money",
                note=lambda v: "The equity is money you get back, so it comes off the buying cost.")
    if lt == bn:
        raise Bad("tie")
    if lt > bn:
        d = c.calc("Difference", B("-", N(lt, "money"), N(bn, "money")), 2, "money")
        who = "buying"
    else:
        d = c.calc("Difference", B("-", N(bn, "money"), N(lt, "money")), 2, "money")
        who = "leasing"
    return d, lambda c, v: "%s is cheaper over 3 years by %s" % (who, c.m(v))


PH_LEASE_BUY = [
    lambda p: "Lease: %s due at signing and %s/month for 36 months. Buy: %s down and %s/month, and after 36 months you'd have about %s in equity. Over 3 years, which is cheaper and by how much?" % (M(p["S"]), M(p["L"]), M(p["Db"]), M(p["Bm"]), M(p["E"])),
    lambda p: "%s is deciding between leasing a %s (%s down, %s a month for 36 months) and financing it (%s down, %s a month). After three years, the financed car would leave %s with roughly %s of equity. What's the difference in net cost over the 3 years?" % (p["name"], p["car"], M(p["S"]), M(p["L"]), M(p["Db"]), M(p["Bm"]), p["name"], M(p["E"])),
    lambda p: "I'm comparing a 36-month lease at %s/mo with %s due at signing against buying with %s down at %s/mo. If I'd have %s in equity after 3 years of buying, how much does the cheaper option save?" % (M(p["L"]), M(p["S"]), M(p["Db"]), M(p["Bm"]), M(p["E"])),
    lambda p: "Dealer quote: lease for %s per month (36 months, %s at signing) or buy for %s per month with %s down. Estimated equity after 36 months of ownership is %s. Compare the 3-year net costs." % (M(p["L"]), M(p["S"]), M(p["Bm"]), M(p["Db"]), M(p["E"])),
]

# ------------------------------------------------------------------ 13 lease mileage overage

def p_overage(r):
    A = r.choice([10000, 12000, 15000])
    yrs = r.choice([2, 3, 3])
    s = r.randint(5, 45)
    o = r.randint(24, 160) * 50 + r.randint(0, 49)
    return dict(name=r.choice(NAMES), A=A, yrs=yrs, s=s, O=s + A * yrs + o,
                rate=r.choice([F(15, 100), F(18, 100), F(20, 100), F(25, 100), F(30, 100)]))


def s_overage(c, p):
    al = c.calc("Miles allowed", B("*", N(p["A"], "int", "miles/year"), N(p["yrs"], "int", "years")), 0, "int", "miles")
    dr = c.calc("Miles driven", B("-", N(p["O"], "int"), N(p["s"], "int")), 0, "int", "miles")
    ov = c.calc("Miles over", B("-", N(dr, "int"), N(al, "int")), 0, "int", "miles")
    if ov <= 0:
        raise Bad("no overage")
    fee = c.calc("Overage fee", B("*", N(ov, "int", "miles"), N(p["rate"], "money", "/mile")), 2, "money")
    return fee, lambda c, v: "the excess-mileage charge is %s" % c.m(v)


PH_OVERAGE = [
    lambda p: "%s's %d-year lease allows %s miles per year. The odometer read %d miles at delivery and %s at turn-in. At %s per extra mile, what's the overage charge?" % (p["name"], p["yrs"], I(p["A"]), p["s"], I(p["O"]), M(p["rate"])),
    lambda p: "My lease is %s miles/year for %d years with a %s/mile overage fee. I started at %d miles and I'm turning it in at %s. How much will I owe for extra miles?" % (I(p["A"]), p["yrs"], M(p["rate"]), p["s"], I(p["O"])),
    lambda p: "A %d-year lease includes %s miles a year. The car is returned with %s miles on it (it had %d when new). Excess miles cost %s each. Find the excess mileage charge." % (p["yrs"], I(p["A"]), I(p["O"]), p["s"], M(p["rate"])),
    lambda p: "Lease-end math: allowance %s mi/yr, term %d years, start odometer %d, end odometer %s, penalty %s per mile over. What's the fee?" % (I(p["A"]), p["yrs"], p["s"], I(p["O"]), M(p["rate"])),
]

# ------------------------------------------------------------------ 14 odometer log

def p_odo(r):
    r0 = r.randint(12000, 88000)
    rs = [r0]
    for _ in range(4):
        rs.append(rs[-1] + r.randint(120, 520))
    return dict(name=r.choice(NAMES), rs=rs)


def s_odo(c, p):
    rs = p["rs"]
    ws = []
    for i in range(4):
        ws.append(c.calc("Week %d" % (i + 1), B("-", N(rs[i + 1], "int"), N(rs[i], "int")), 0, "int", "miles"))
    t = c.calc("Total", SUM(*[N(w, "int") for w in ws]), 0, "int", "miles")
    c.calc("Check", B("-", N(rs[4], "int"), N(rs[0], "int")), 0, "int", "miles", nofault=True)
    avg = c.calc("Average per week", B("/", N(t, "int", "miles"), N(4, "int", "weeks")), 2, "dec", "miles")
    return avg, lambda c, v: "an average of %s miles per week" % c.n(v, "dec")


def _rs(p):
    return [I(x) for x in p["rs"]]


PH_ODO = [
    lambda p: "%s logged these odometer readings on Mondays: %s. How many miles were driven each week, and what's the weekly average?" % (p["name"], ", ".join(_rs(p))),
    lambda p: "My mileage log shows the odometer at %s, then %s, %s, and %s at the start of each week. What's my average weekly mileage?" % (_rs(p)[0], _rs(p)[1], ", ".join(_rs(p)[2:4]), _rs(p)[4]),
    lambda p: "Odometer readings taken weekly: %s. Find the miles for each week and the average miles per week." % " → ".join(_rs(p)),
    lambda p: "For an expense report, a sales rep recorded weekly odometer readings of %s and %s. What's the average number of miles per week?" % (", ".join(_rs(p)[:4]), _rs(p)[4]),
]

# ------------------------------------------------------------------ 15 fill-up mpg and cost per mile

def p_fill(r):
    o1 = r.randint(20000, 95000)
    return dict(name=r.choice(NAMES), o1=o1, o2=o1 + r.randint(240, 460), g=F(r.randint(8000, 15500), 1000),
                price=price(r))


def s_fill(c, p):
    mi = c.calc("Miles driven", B("-", N(p["o2"], "int"), N(p["o1"], "int")), 0, "int", "miles")
    c.calc("Fuel economy", B("/", N(mi, "int", "miles"), N(p["g"], "dec", "gallons")), 1, "dec", "mpg")
    cost = c.calc("Cost of the fill-up", B("*", N(p["g"], "dec", "gal"), N(p["price"], "money", "/gal")), 2, "money")
    cpm = c.calc("Fuel cost per mile", B("/", N(cost, "money"), N(mi, "int", "miles")), 3, "money", "per mile",
                 note=lambda v: "That's roughly %s cents a mile." % plain(v * 100))
    return cpm, lambda c, v: "the fuel cost is about %s per mile" % c.m(v)


PH_FILL = [
    lambda p: "At one fill-up %s's odometer read %s; at the next it read %s, and the tank took %s gallons at %s/gal. What mileage did the car get, and what was the fuel cost per mile?" % (p["name"], I(p["o1"]), I(p["o2"]), plain(p["g"]), M(p["price"])),
    lambda p: "I filled up at %s miles and again at %s miles. The second fill took %s gallons at %s per gallon. What's my MPG and gas cost per mile?" % (I(p["o1"]), I(p["o2"]), plain(p["g"]), M(p["price"])),
    lambda p: "Mileage log: odometer %s at fill-up #1, %s at fill-up #2, %s gal added at fill-up #2, price %s/gal. Compute mpg and fuel cost per mile (to a tenth of a cent)." % (I(p["o1"]), I(p["o2"]), plain(p["g"]), M(p["price"])),
    lambda p: "Between two fill-ups a car went from %s to %s miles on the odometer and used %s gallons of gas costing %s a gallon. Find the fuel economy and the fuel cost per mile." % (I(p["o1"]), I(p["o2"]), plain(p["g"]), M(p["price"])),
]

# ------------------------------------------------------------------ 16 road trip split

def p_trip(r):
    return dict(name=r.choice(NAMES), D=r.randint(120, 480), mpg=r.randint(22, 40), price=price(r), n=r.randint(2, 5))


def s_trip(c, p):
    rt = c.calc("Round trip", B("*", N(p["D"], "int", "miles"), N(2, "int")), 0, "int", "miles")
    g = c.calc("Gas needed", B("/", N(rt, "int", "miles"), N(p["mpg"], "int", "mpg")), 1, "dec", "gallons")
    cost = c.calc("Gas cost", B("*", N(g, "dec", "gal"), N(p["price"], "money", "/gal")), 2, "money")
    each = c.calc("Each person's share", B("/", N(cost, "money"), N(p["n"], "int", "people")), 2, "money")
    return each, lambda c, v: "each person chips in about %s" % c.m(v)


PH_TRIP = [
    lambda p: "%s and %d friend%s are driving %d miles each way to a concert. The car gets %d mpg and gas is %s/gallon. If they split gas evenly, how much does each person pay?" % (p["name"], p["n"] - 1, "" if p["n"] == 2 else "s", p["D"], p["mpg"], M(p["price"])),
    lambda p: "Road trip! %d miles there, %d back, %d mpg, gas at %s. Split between %d of us, what's each person's share of gas?" % (p["D"], p["D"], p["mpg"], M(p["price"]), p["n"]),
    lambda p: "A group of %d splits the fuel for a round trip of %d miles each way in a car that gets %d miles per gallon. Gas is %s a gallon. What is each person's share?" % (p["n"], p["D"], p["mpg"], M(p["price"])),
    lambda p: "How much gas money should each of %d passengers chip in for a %d-mile (one way) trip, there and back, in a %d-mpg car with gas at %s per gallon?" % (p["n"], p["D"], p["mpg"], M(p["price"])),
]

# ------------------------------------------------------------------ 17 loan total and finance cost

def p_loan(r):
    P = r.randint(72, 180) * 250
    D = r.randint(2, 12) * 500
    n = r.choice([48, 60, 72])
    rate = F(r.randint(6, 22), 100)
    Mo = rnd((P - D) * (1 + rate) / n, 2)
    return dict(name=r.choice(NAMES), car=r.choice(CARS), P=P, D=D, n=n, Mo=Mo)


def s_loan(c, p):
    paid = c.calc("Total of payments", B("*", N(p["Mo"], "money", "/month"), N(p["n"], "int", "months")), 2, "money")
    tot = c.calc("Total paid", B("+", N(paid, "money"), N(p["D"], "money")), 2, "money",
                 note=lambda v: "That's everything that leaves the buyer's pocket.")
    fc = c.calc("Finance cost", B("-", N(tot, "money"), N(p["P"], "money")), 2, "money")
    return fc, lambda c, v: "about %s more than the sticker price goes to interest and fees" % c.m(v)


PH_LOAN = [
    lambda p: "%s bought a %s priced at %s, put %s down, and financed the rest at %s a month for %d months. How much more than the sticker price did %s pay in total?" % (p["name"], p["car"], M(p["P"]), M(p["D"]), M(p["Mo"]), p["n"], p["name"]),
    lambda p: "My car cost %s. I put down %s and my payment is %s/month for %d months. How much interest and fees am I paying overall?" % (M(p["P"]), M(p["D"]), M(p["Mo"]), p["n"]),
    lambda p: "A car is sold for %s with %s down and %d monthly payments of %s. What is the total amount paid, and how much is the finance cost?" % (M(p["P"]), M(p["D"]), p["n"], M(p["Mo"])),
    lambda p: "Financing math: price %s, down payment %s, %d payments of %s. What's the total finance charge?" % (M(p["P"]), M(p["D"]), p["n"], M(p["Mo"])),
]

# ------------------------------------------------------------------ 18 monthly cost of ownership

def p_own(r):
    return dict(name=r.choice(NAMES), pay=r.randint(289, 649), fuel=r.randint(90, 260),
                ins=r.randint(110, 260) * 10, mn=r.randint(45, 130) * 10)


def s_own(c, p):
    im = c.calc("Insurance per month", B("/", N(p["ins"], "money"), N(12, "int", "months")), 2, "money")
    mm = c.calc("Maintenance per month", B("/", N(p["mn"], "money"), N(12, "int", "months")), 2, "money")
    t = c.calc("Monthly total", SUM(N(p["pay"], "money"), N(p["fuel"], "money"), N(im, "money"), N(mm, "money")), 2, "money",
               note=lambda v: "That's the real monthly cost, not just the payment.")
    return t, lambda c, v: "the car really costs about %s a month" % c.m(v)


PH_OWN = [
    lambda p: "%s's car payment is %s/month, gas runs about %s/month, insurance is %s a year, and maintenance averages %s a year. What's the true monthly cost of the car?" % (p["name"], M(p["pay"]), M(p["fuel"]), M(p["ins"]), M(p["mn"])),
    lambda p: "What does my car really cost per month? Payment %s, gas %s a month, insurance %s/yr, maintenance %s/yr." % (M(p["pay"]), M(p["fuel"]), M(p["ins"]), M(p["mn"])),
    lambda p: "Total monthly cost of ownership: loan payment %s per month, fuel %s per month, annual insurance %s, annual maintenance %s." % (M(p["pay"]), M(p["fuel"]), M(p["ins"]), M(p["mn"])),
    lambda p: "A car blog recommends converting yearly bills to monthly ones. With a %s monthly payment, %s monthly gas, %s yearly insurance and %s yearly maintenance, what's the monthly total?" % (M(p["pay"]), M(p["fuel"]), M(p["ins"]), M(p["mn"])),
]

# ------------------------------------------------------------------ 19 EV vs gas

def p_ev(r):
    return dict(name=r.choice(NAMES), Y=r.randint(18, 36) * 500, mpg=r.randint(24, 38), price=price(r),
                eff=r.choice([F(25, 100), F(28, 100), F(30, 100), F(32, 100), F(35, 100)]),
                rate=F(r.randint(12, 19), 100))


def s_ev(c, p):
    g = c.calc("Gallons per year", B("/", N(p["Y"], "int", "miles"), N(p["mpg"], "int", "mpg")), 1, "dec", "gallons")
    gc = c.calc("Gas cost", B("*", N(g, "dec", "gal"), N(p["price"], "money", "/gal")), 2, "money", "per year")
    kwh = c.calc("Electricity used", B("*", N(p["Y"], "int", "miles"), N(p["eff"], "dec", "kWh/mile")), 0, "int", "kWh")
    ec = c.calc("Charging cost", B("*", N(kwh, "int", "kWh"), N(p["rate"], "money", "/kWh")), 2, "money", "per year")
    if gc <= ec:
        raise Bad("ev not cheaper")
    sv = c.calc("Savings", B("-", N(gc, "money"), N(ec, "money")), 2, "money", "per year")
    return sv, lambda c, v: "the EV saves about %s a year on fuel" % c.m(v)


PH_EV = [
    lambda p: "%s drives %s miles a year. A gas car gets %d mpg with gas at %s/gal; an EV uses %s kWh per mile with electricity at %s/kWh. How much does the EV save per year on fuel?" % (p["name"], I(p["Y"]), p["mpg"], M(p["price"]), plain(p["eff"]), M(p["rate"])),
    lambda p: "Thinking about an EV. I drive %s miles/year. My current car gets %d MPG and gas is %s. The EV would use %s kWh/mile and my power costs %s per kWh. Annual fuel savings?" % (I(p["Y"]), p["mpg"], M(p["price"]), plain(p["eff"]), M(p["rate"])),
    lambda p: "Compare yearly energy costs for %s miles: gasoline car at %d mpg and %s per gallon versus an electric car at %s kWh/mi and %s per kWh. What's the difference?" % (I(p["Y"]), p["mpg"], M(p["price"]), plain(p["eff"]), M(p["rate"])),
    lambda p: "A dealer says switching to electric will cut your fuel bill. If you drive %s miles per year, your gas car gets %d mpg at %s a gallon, and the EV uses %s kWh per mile at %s/kWh, how much would you save each year?" % (I(p["Y"]), p["mpg"], M(p["price"]), plain(p["eff"]), M(p["rate"])),
]

# ------------------------------------------------------------------ 20 registration fee by value

def p_regfee(r):
    return dict(name=r.choice(NAMES), car=r.choice(CARS), V=r.randint(120, 480) * 100,
                pct=r.choice([F(1), F(5, 4), F(3, 2), F(2), F(5, 2)]),
                flat=r.choice([F(25), F(35), F(4650, 100), F(57), F(68)]))


def s_regfee(c, p):
    tax = c.calc("Value-based fee", B("of", N(p["pct"], "pct"), N(p["V"], "money")), 2, "money")
    tot = c.calc("Total registration", B("+", N(tax, "money"), N(p["flat"], "money")), 2, "money", "per year")
    mo = c.calc("Per month", B("/", N(tot, "money"), N(12, "int", "months")), 2, "money", "per month")
    return mo, lambda c, v: "registration works out to about %s per month" % c.m(v)


PH_REGFEE = [
    lambda p: "%s's state charges a registration fee of %s%% of the car's value plus a flat %s. The %s is valued at %s. What's the yearly fee, and what is it per month?" % (p["name"], plain(p["pct"]), M(p["flat"]), p["car"], M(p["V"])),
    lambda p: "My registration is %s%% of my car's %s value plus %s in flat fees. How much is that per month if I budget for it monthly?" % (plain(p["pct"]), M(p["V"]), M(p["flat"])),
    lambda p: "Registration = %s%% of vehicle value + %s. Vehicle value: %s. Find the annual registration and the monthly equivalent." % (plain(p["pct"]), M(p["flat"]), M(p["V"])),
    lambda p: "A dealer estimates registration on a %s car as %s%% of the value plus a %s plate fee. What's the monthly cost of that registration?" % (M(p["V"]), plain(p["pct"]), M(p["flat"])),
]

STRUCTS = [
    ("fuel_month", dict(params=p_fuel_month, solve=s_fuel_month, phr=PH_FUEL_MONTH)),
    ("fuel_year", dict(params=p_fuel_year, solve=s_fuel_year, phr=PH_FUEL_YEAR)),
    ("ins_reg", dict(params=p_ins_reg, solve=s_ins_reg, phr=PH_INS_REG)),
    ("ins_6mo", dict(params=p_ins6, solve=s_ins6, phr=PH_INS6)),
    ("depreciation", dict(params=p_dep, solve=s_dep, phr=PH_DEP)),
    ("dep_loss", dict(params=p_dep_loss, solve=s_dep_loss, phr=PH_DEP_LOSS)),
    ("oil_year", dict(params=p_oil_year, solve=s_oil_year, phr=PH_OIL_YEAR)),
    ("oil_period", dict(params=p_oil_period, solve=s_oil_period, phr=PH_OIL_PERIOD)),
    ("tires", dict(params=p_tires, solve=s_tires, phr=PH_TIRES)),
    ("tread", dict(params=p_tread, solve=s_tread, phr=PH_TREAD)),
    ("cost_per_mile", dict(params=p_cpm, solve=s_cpm, phr=PH_CPM)),
    ("lease_vs_buy", dict(params=p_lease_buy, solve=s_lease_buy, phr=PH_LEASE_BUY)),
    ("lease_overage", dict(params=p_overage, solve=s_overage, phr=PH_OVERAGE)),
    ("odometer_log", dict(params=p_odo, solve=s_odo, phr=PH_ODO)),
    ("fillup", dict(params=p_fill, solve=s_fill, phr=PH_FILL)),
    ("road_trip", dict(params=p_trip, solve=s_trip, phr=PH_TRIP)),
    ("loan_total", dict(params=p_loan, solve=s_loan, phr=PH_LOAN)),
    ("monthly_total", dict(params=p_own, solve=s_own, phr=PH_OWN)),
    ("ev_vs_gas", dict(params=p_ev, solve=s_ev, phr=PH_EV)),
    ("registration", dict(params=p_regfee, solve=s_regfee, phr=PH_REGFEE)),
]

WRAPS = [
    ("", [""]),
    ("", [" Show your work.", " Can you walk me through the math?", " Please explain step by step.",
          " Break it down for me."]),
]
