"""Problem structures of the real-estate / renting genre."""
from fractions import Fraction as F
from engine import N, M, P, mul, div, add, sub, digits, shown_dp


def m(v):
    v = F(v)
    return "$" + digits(v, shown_dp(v, "money", 2))


def n(v):
    v = F(v)
    return digits(v, shown_dp(v, "num", 4))


def pc(v):
    return n(v) + "%"


S = []


def structure(fn):
    S.append(fn())
    return fn


# 1 ------------------------------------------------------------ price per square foot, two homes
@structure
def ppsf_compare():
    def gen(r):
        a_sq = r.randrange(12, 32) * 100 + r.choice([0, 50])
        b_sq = a_sq + r.randrange(2, 9) * 100
        a_pp = r.randrange(150, 420)
        b_pp = a_pp + r.choice([-1, 1]) * r.randrange(5, 40)
        return dict(a_sq=a_sq, b_sq=b_sq, a=a_sq * a_pp + r.choice([0, 0, 2500, -1500]),
                    b=b_sq * b_pp + r.choice([0, 0, 1000, 3500]))

    texts = [
        lambda d: "House A is listed at %s for %s sq ft, and House B is listed at %s for %s sq ft. How much more (or less) per square foot does House B cost than House A? Round each price per square foot to the cent." % (m(d["a"]), n(d["a_sq"]), m(d["b"]), n(d["b_sq"])),
        lambda d: "Two comps on the same street: one sold for %s with %s square feet, the other for %s with %s square feet. What's the difference in price per sq ft (second minus first), rounded to the cent?" % (m(d["a"]), n(d["a_sq"]), m(d["b"]), n(d["b_sq"])),
        lambda d: "My realtor sent me two listings. The first is %s sq ft asking %s; the second is %s sq ft asking %s. By how many dollars per square foot does the second differ from the first? (Round $/sq ft to cents.)" % (n(d["a_sq"]), m(d["a"]), n(d["b_sq"]), m(d["b"])),
    ]

    def solve(c, d):
        c.say("Price per square foot is the price divided by the square footage.")
        a = c.step("House A's price per square foot", div(M(d["a"]), N(d["a_sq"], unit="sq ft")))
        b = c.step("House B's price per square foot", div(M(d["b"]), N(d["b_sq"], unit="sq ft")))
        diff = c.step("the difference", sub(M(b), M(a)))
        w = "more" if diff >= 0 else "less"
        return c.answer("House B costs %s per square foot %s than House A%s." % (c.fmt(abs(diff)), w, " (a difference of %s)" % c.fmt(diff) if diff < 0 else ""), diff)

    return dict(name="ppsf_compare", gen=gen, texts=texts, solve=solve)


# 2 ------------------------------------------------------------ lot area and acres
@structure
def lot_acres():
    def gen(r):
        return dict(w=r.randrange(50, 160), l=r.randrange(90, 320), ppa=r.randrange(20, 120) * 1000)

    texts = [
        lambda d: "A rectangular lot measures %d ft × %d ft. How many acres is it? (1 acre = 43,560 sq ft; round to the nearest hundredth.)" % (d["w"], d["l"]),
        lambda d: "The survey shows a lot that is %d feet wide and %d feet deep. Express the lot size in acres, to two decimal places. Use 43,560 square feet per acre." % (d["w"], d["l"]),
        lambda d: "A client asks how big a %d' x %d' parcel is in acres. Using 43,560 sq ft per acre, what's the answer rounded to 0.01 acre?" % (d["w"], d["l"]),
    ]

    def solve(c, d):
        a = c.step("the lot area", mul(N(d["w"], unit="ft"), N(d["l"], unit="ft")), kind="num", unit="sq ft", dp=0)
        c.say("There are 43,560 sq ft in one acre.")
        ac = c.step("the size in acres", div(N(a, unit="sq ft"), N(43560, unit="sq ft")), kind="num", unit="acres", dp=2)
        if c.r.random() < 0.5:
            c.step("converting back", mul(N(ac, unit="acres"), N(43560)), kind="num", unit="sq ft", dp=1, check=True)
            c.say("That is close to the lot area, so the rounding to %s acres is reasonable." % c.fmt(ac, "num"))
        return c.answer("The lot is about %s acres." % c.fmt(ac, "num"), ac, "num")

    return dict(name="lot_acres", gen=gen, texts=texts, solve=solve)


# 3 ------------------------------------------------------------ rent split by room size
@structure
def rent_split_rooms():
    def gen(r):
        rooms = [(r.randrange(9, 16), r.randrange(10, 17)) for _ in range(3)]
        return dict(rooms=rooms, rent=r.randrange(180, 420) * 10)

    def rs(d):
        return ", ".join("%d × %d" % x for x in d["rooms"][:2]) + ", and %d × %d" % d["rooms"][2]

    texts = [
        lambda d: "Three roommates split %s/month rent in proportion to bedroom size. The bedrooms are %s feet. How much does the person in the first room pay? Round to the cent." % (m(d["rent"]), rs(d)),
        lambda d: "We rent a 3-bedroom for %s a month and want to divide it by square footage. Room 1 is %d ft by %d ft, room 2 is %d ft by %d ft, room 3 is %d ft by %d ft. What is room 1's share?" % ((m(d["rent"]),) + d["rooms"][0] + d["rooms"][1] + d["rooms"][2]),
        lambda d: "Landlord question: a shared house rents for %s per month. Tenants want to split by room area: %s (in feet). What should the tenant in the first bedroom pay each month, to the nearest cent?" % (m(d["rent"]), rs(d)),
    ]

    def solve(c, d):
        ar = []
        for k, (x, y) in enumerate(d["rooms"]):
            ar.append(c.step("room %s's area" % "ABC"[k] if False else ["the first room's area", "the second room's area", "the third room's area"][k],
                             mul(N(x, unit="ft"), N(y, unit="ft")), kind="num", unit="sq ft", dp=0))
        tot = c.step("the total bedroom area", add(*[N(a, unit="sq ft") for a in ar]), kind="num", unit="sq ft", dp=0)
        share = c.step("the first room's share of the rent", div(mul(M(d["rent"]), N(ar[0], unit="sq ft")), N(tot, unit="sq ft")))
        return c.answer("The tenant in the first room pays about %s per month." % c.fmt(share), share)

    return dict(name="rent_split_rooms", gen=gen, texts=texts, solve=solve)


# 4 ------------------------------------------------------------ move-in cost
@structure
def move_in():
    def gen(r):
        rent = r.randrange(95, 330) * 10 + r.choice([0, 0, 5])
        return dict(rent=rent, dep=r.choice([F(1), F(3, 2), F(2)]), pet=r.choice([250, 300, 400, 500]),
                    fee=r.choice([0, 35, 50, 75]))

    def depw(d):
        return {F(1): "one month's rent", F(3, 2): "1.5 times the monthly rent", F(2): "two months' rent"}[d["dep"]]

    texts = [
        lambda d: "An apartment rents for %s per month. To move in, the landlord wants first month's rent, a security deposit equal to %s, a %s pet deposit, and a %s application fee. How much is due at move-in?" % (m(d["rent"]), depw(d), m(d["pet"]), m(d["fee"])),
        lambda d: "I'm signing a lease at %s/mo. Move-in costs: first month, security deposit of %s, pet deposit %s, application fee %s. What's the total I need to bring?" % (m(d["rent"]), depw(d), m(d["pet"]), m(d["fee"])),
        lambda d: "Your new tenant's rent is %s monthly. The lease requires the first month's rent plus a deposit of %s, plus %s for the pet deposit and a %s admin fee. What is the total move-in amount?" % (m(d["rent"]), depw(d), m(d["pet"]), m(d["fee"])),
    ]

    def solve(c, d):
        dep = c.step("the security deposit", mul(M(d["rent"]), N(d["dep"])))
        tot = c.step("the total due at move-in", add(M(d["rent"]), M(dep), M(d["pet"]), M(d["fee"])))
        return c.answer("The total due at move-in is %s." % c.fmt(tot), tot)

    return dict(name="move_in", gen=gen, texts=texts, solve=solve)


# 5 ------------------------------------------------------------ mill rate tax
@structure
def mill_tax():
    def gen(r):
        return dict(v=r.randrange(120, 700) * 1000 + r.choice([0, 500, 250]), mill=F(r.randrange(120, 380), 10))

    texts = [
        lambda d: "A home is assessed at %s and the town's mill rate is %s mills (%s per $1,000 of assessed value). What is the annual property tax, and how much is that per month for escrow?" % (m(d["v"]), n(d["mill"]), m(d["mill"])),
        lambda d: "The assessed value of my house is %s. Property tax is %s per $1,000 of assessed value. How much do I owe per month if it's paid in 12 equal escrow payments?" % (m(d["v"]), m(d["mill"])),
        lambda d: "With a mill rate of %s and an assessment of %s, what's the monthly property tax escrow on this listing? Round to the cent." % (n(d["mill"]), m(d["v"])),
    ]

    def solve(c, d):
        th = c.step("the number of thousands of assessed value", div(M(d["v"]), M(1000)), kind="num", dp=3)
        tax = c.step("the annual property tax", mul(N(th), M(d["mill"])))
        mo = c.step("the monthly escrow amount", div(M(tax), N(12)))
        if mo * 12 != tax:
            c.step("twelve escrow payments", mul(M(mo), N(12)), check=True)
            c.say("That's within a few cents of the annual tax; the difference is just rounding.")
        return c.answer("The property tax is %s a year, or about %s per month." % (c.fmt(tax), c.fmt(mo)), mo)

    return dict(name="mill_tax", gen=gen, texts=texts, solve=solve)


# 6 ------------------------------------------------------------ assessment ratio + rate per 1000
@structure
def assess_ratio():
    def gen(r):
        return dict(mv=r.randrange(180, 900) * 1000, ratio=r.choice([70, 60, 80, 85, 40, 50]),
                    rate=F(r.randrange(90, 450), 10))

    texts = [
        lambda d: "The market value of a house is %s. The county assesses homes at %s of market value, and the tax rate is %s per $1,000 of assessed value. What is the yearly property tax?" % (m(d["mv"]), pc(d["ratio"]), m(d["rate"])),
        lambda d: "Our town assesses property at %s of market value. If a home's market value is %s and the rate is %s mills, how much is the annual tax bill?" % (pc(d["ratio"]), m(d["mv"]), n(d["rate"])),
        lambda d: "A buyer wants to estimate taxes on a %s home. Assessment ratio: %s. Tax rate: %s per thousand. What's the annual tax?" % (m(d["mv"]), pc(d["ratio"]), m(d["rate"])),
    ]

    def solve(c, d):
        av = c.step("the assessed value", mul(P(d["ratio"]), M(d["mv"])))
        tax = c.step("the annual tax", mul(div(M(av), M(1000)), M(d["rate"])))
        return c.answer("The annual property tax is %s." % c.fmt(tax), tax)

    return dict(name="assess_ratio", gen=gen, texts=texts, solve=solve)


# 7 ------------------------------------------------------------ agent commission split
@structure
def commission():
    def gen(r):
        return dict(p=r.randrange(180, 950) * 1000 + r.choice([0, 5000, 2500]), rate=r.choice([5, 6, F(11, 2), 5, 6]),
                    split=r.choice([70, 60, 80, 75]))

    texts = [
        lambda d: "A house sells for %s with a %s commission, split evenly between the listing and buyer's agents. The listing agent keeps %s of her side and the rest goes to her brokerage. How much does the listing agent take home?" % (m(d["p"]), pc(d["rate"]), pc(d["split"])),
        lambda d: "Sale price %s, total commission %s, 50/50 co-op split. My broker split is %s/%s (I keep %s). What's my gross commission check?" % (m(d["p"]), pc(d["rate"]), n(d["split"]), n(100 - d["split"]), pc(d["split"])),
        lambda d: "If a listing closes at %s and the commission is %s, half to each side, and the agent is on a %s split with the brokerage, what does the agent earn?" % (m(d["p"]), pc(d["rate"]), pc(d["split"])),
    ]

    def solve(c, d):
        tot = c.step("the total commission", mul(P(d["rate"]), M(d["p"])))
        side = c.step("each side's share", div(M(tot), N(2)))
        ag = c.step("the agent's take-home", mul(M(side), P(d["split"])))
        return c.answer("The agent takes home %s." % c.fmt(ag), ag)

    return dict(name="commission", gen=gen, texts=texts, solve=solve)


# 8 ------------------------------------------------------------ down payment and cash to close
@structure
def down_payment():
    def gen(r):
        return dict(p=r.randrange(150, 800) * 1000 + r.choice([0, 9000, 4500, 500]), dp=r.choice([3, F(7, 2), 5, 10, 20, 15]),
                    cc=r.choice([2, 3, F(5, 2), 4]))

    texts = [
        lambda d: "A buyer is purchasing a %s home with %s down. Closing costs are estimated at %s of the loan amount. How much cash does the buyer need at closing (down payment + closing costs)?" % (m(d["p"]), pc(d["dp"]), pc(d["cc"])),
        lambda d: "We're putting %s down on a %s condo. The lender estimates closing costs at %s of the mortgage. What's our total cash to close?" % (pc(d["dp"]), m(d["p"]), pc(d["cc"])),
        lambda d: "Purchase price: %s. Down payment: %s. Closing costs: %s of the loan. Find the total cash needed to close." % (m(d["p"]), pc(d["dp"]), pc(d["cc"])),
    ]

    def solve(c, d):
        dn = c.step("the down payment", mul(M(d["p"]), P(d["dp"])))
        ln = c.step("the loan amount", sub(M(d["p"]), M(dn)))
        cc = c.step("the closing costs", mul(M(ln), P(d["cc"])))
        c.step("down payment plus loan", add(M(dn), M(ln)), check=True)
        tot = c.step("the cash to close", add(M(dn), M(cc)))
        return c.answer("The buyer needs %s in cash at closing." % c.fmt(tot), tot)

    return dict(name="down_payment", gen=gen, texts=texts, solve=solve)


# 9 ------------------------------------------------------------ rent increase over two years
@structure
def rent_increase():
    def gen(r):
        return dict(rent=r.randrange(90, 360) * 10 + r.choice([0, 0, 5]), p1=r.choice([3, 4, 5, F(7, 2), F(5, 2), 6]),
                    p2=r.choice([3, 4, 5, F(9, 2), 2, 7]))

    texts = [
        lambda d: "Rent is %s per month. The landlord raises it by %s this year and by another %s next year. What will the monthly rent be after both increases? Round to the cent." % (m(d["rent"]), pc(d["p1"]), pc(d["p2"])),
        lambda d: "My lease renewal says %s increase on my %s rent, and the year after they're planning %s more. What will I be paying per month in two years?" % (pc(d["p1"]), m(d["rent"]), pc(d["p2"])),
        lambda d: "A unit currently rents at %s/mo. If rents go up %s, then %s the following year, what's the new monthly rent?" % (m(d["rent"]), pc(d["p1"]), pc(d["p2"])),
    ]

    def solve(c, d):
        i1 = c.step("the first increase", mul(M(d["rent"]), P(d["p1"])))
        r1 = c.step("the rent after year one", add(M(d["rent"]), M(i1)))
        i2 = c.step("the second increase", mul(M(r1), P(d["p2"])))
        r2 = c.step("the rent after year two", add(M(r1), M(i2)))
        return c.answer("After both increases, the rent will be %s per month." % c.fmt(r2), r2)

    return dict(name="rent_increase", gen=gen, texts=texts, solve=solve)


# 10 ------------------------------------------------------------ own vs rent per year (can be negative)
@structure
def own_vs_rent():
    def gen(r):
        return dict(mort=r.randrange(120, 380) * 10 + r.choice([0, 7, 3]), tax=r.randrange(24, 90) * 100,
                    ins=r.randrange(9, 30) * 100, maint=r.randrange(10, 60) * 100, rent=r.randrange(150, 420) * 10)

    texts = [
        lambda d: "Owning: mortgage %s/month, property tax %s/year, insurance %s/year, maintenance %s/year. Renting: %s/month. How much more per year does owning cost than renting? (A negative answer means owning is cheaper.)" % (m(d["mort"]), m(d["tax"]), m(d["ins"]), m(d["maint"]), m(d["rent"])),
        lambda d: "I'm comparing buying vs renting. The mortgage payment would be %s a month, plus %s in annual taxes, %s homeowners insurance per year and about %s a year for upkeep. A comparable rental is %s a month. What's the yearly cost of owning minus the yearly cost of renting?" % (m(d["mort"]), m(d["tax"]), m(d["ins"]), m(d["maint"]), m(d["rent"])),
        lambda d: "Compute annual cost to own minus annual cost to rent: P&I %s/mo, taxes %s/yr, insurance %s/yr, maintenance %s/yr, rent %s/mo." % (m(d["mort"]), m(d["tax"]), m(d["ins"]), m(d["maint"]), m(d["rent"])),
    ]

    def solve(c, d):
        ym = c.step("the yearly mortgage payments", mul(M(d["mort"]), N(12)))
        own = c.step("the yearly cost of owning", add(M(ym), M(d["tax"]), M(d["ins"]), M(d["maint"])))
        rent = c.step("the yearly cost of renting", mul(M(d["rent"]), N(12)))
        diff = c.step("the difference (own minus rent)", sub(M(own), M(rent)))
        if diff < 0:
            s = "Owning costs %s per year, which is %s less than renting (own − rent = %s)." % (c.fmt(own), c.fmt(-diff), c.fmt(diff))
        else:
            s = "Owning costs %s more per year than renting." % c.fmt(diff)
        return c.answer(s, diff)

    return dict(name="own_vs_rent", gen=gen, texts=texts, solve=solve)


# 11 ------------------------------------------------------------ flooring cost for rooms
@structure
def flooring():
    def gen(r):
        return dict(a=(r.randrange(10, 18), r.randrange(11, 20)), b=(r.randrange(8, 14), r.randrange(9, 15)),
                    price=F(r.randrange(250, 900), 100), waste=r.choice([10, 5, 15]))

    texts = [
        lambda d: "You're putting new flooring in a %d ft × %d ft living room and a %d ft × %d ft bedroom. Flooring costs %s per square foot, and you should buy %s extra for waste. What's the cost of the flooring?" % (d["a"] + d["b"] + (m(d["price"]), pc(d["waste"]))),
        lambda d: "Before listing, the seller wants LVP in two rooms: %d' x %d' and %d' x %d'. Material is %s/sq ft, plus %s overage. How much will the material cost?" % (d["a"] + d["b"] + (m(d["price"]), pc(d["waste"]))),
        lambda d: "A landlord is replacing carpet in two rooms measuring %d by %d feet and %d by %d feet. With %s added for waste and carpet at %s per square foot, what's the total?" % (d["a"] + d["b"] + (pc(d["waste"]), m(d["price"]))),
    ]

    def solve(c, d):
        a = c.step("the first room's area", mul(N(d["a"][0], unit="ft"), N(d["a"][1], unit="ft")), kind="num", unit="sq ft", dp=0)
        b = c.step("the second room's area", mul(N(d["b"][0], unit="ft"), N(d["b"][1], unit="ft")), kind="num", unit="sq ft", dp=0)
        t = c.step("the total area", add(N(a, unit="sq ft"), N(b, unit="sq ft")), kind="num", unit="sq ft", dp=0)
        w = c.step("the area including waste", mul(N(t, unit="sq ft"), N(1 + F(d["waste"]) / 100)), kind="num", unit="sq ft", dp=1)
        cost = c.step("the flooring cost", mul(N(w, unit="sq ft"), M(d["price"])))
        return c.answer("The flooring will cost about %s." % c.fmt(cost), cost)

    return dict(name="flooring", gen=gen, texts=texts, solve=solve)


# 12 ------------------------------------------------------------ seller net proceeds
@structure
def seller_net():
    def gen(r):
        p = r.randrange(200, 900) * 1000 + r.choice([0, 5000, 7500])
        return dict(p=p, rate=r.choice([5, 6, F(11, 2), F(9, 2)]), cc=r.randrange(30, 120) * 100,
                    payoff=r.randrange(int(p * 0.3) // 1000, int(p * 0.8) // 1000) * 1000 + r.randrange(0, 999))

    texts = [
        lambda d: "A seller accepts an offer of %s. She pays a %s commission, %s in other closing costs, and has a mortgage payoff of %s. What are her net proceeds?" % (m(d["p"]), pc(d["rate"]), m(d["cc"]), m(d["payoff"])),
        lambda d: "Estimate the seller's net sheet: sale price %s, commission %s, closing costs %s, loan payoff %s." % (m(d["p"]), pc(d["rate"]), m(d["cc"]), m(d["payoff"])),
        lambda d: "If we sell at %s and owe %s on the mortgage, with %s commission and %s of seller closing costs, how much do we walk away with?" % (m(d["p"]), m(d["payoff"]), pc(d["rate"]), m(d["cc"])),
    ]

    def solve(c, d):
        com = c.step("the commission", mul(P(d["rate"]), M(d["p"])))
        ded = c.step("the total deductions", add(M(com), M(d["cc"]), M(d["payoff"])))
        net = c.step("the net proceeds", sub(M(d["p"]), M(ded)))
        return c.answer("The seller nets %s." % c.fmt(net), net)

    return dict(name="seller_net", gen=gen, texts=texts, solve=solve)


# 13 ------------------------------------------------------------ commercial rent per sq ft per year
@structure
def commercial_rent():
    def gen(r):
        return dict(sq=r.randrange(8, 60) * 100 + r.choice([0, 50]), rate=F(r.randrange(1400, 4800), 100),
                    cam=F(r.randrange(200, 900), 100))

    texts = [
        lambda d: "A %s sq ft retail space leases for %s per square foot per year, plus CAM charges of %s per square foot per year. What is the monthly rent including CAM?" % (n(d["sq"]), m(d["rate"]), m(d["cam"])),
        lambda d: "Office listing: %s SF at %s/SF/yr base rent + %s/SF/yr NNN. What's the monthly payment?" % (n(d["sq"]), m(d["rate"]), m(d["cam"])),
        lambda d: "My client wants %s square feet of warehouse at %s per sq ft annually, with %s per sq ft annually in operating expenses. How much per month is that?" % (n(d["sq"]), m(d["rate"]), m(d["cam"])),
    ]

    def solve(c, d):
        r_ = c.step("the total rate per square foot", add(M(d["rate"]), M(d["cam"])))
        y = c.step("the annual rent", mul(N(d["sq"], unit="sq ft"), M(r_)))
        mo = c.step("the monthly rent", div(M(y), N(12)))
        return c.answer("The monthly rent including charges is about %s." % c.fmt(mo), mo)

    return dict(name="commercial_rent", gen=gen, texts=texts, solve=solve)


# 14 ------------------------------------------------------------ prorated rent
@structure
def prorated():
    def gen(r):
        return dict(rent=r.randrange(90, 330) * 10 + r.choice([0, 5]), days=r.choice([30, 31]),
                    move=r.randrange(5, 27))

    def occ(d):
        return d["days"] - d["move"] + 1

    texts = [
        lambda d: "A tenant moves in on day %d of a %d-day month. Rent is %s per month, prorated by the day (move-in day included). What is the prorated rent for that month?" % (d["move"], d["days"], m(d["rent"])),
        lambda d: "Rent is %s/mo and the month has %d days. If the lease starts on the %dth, how much prorated rent is due for the first month, counting the start date?" % (m(d["rent"]), d["days"], d["move"]),
        lambda d: "I'm moving in partway through a %d-day month, on day %d. My rent is %s. Using a daily rate, what's my first partial month's rent?" % (d["days"], d["move"], m(d["rent"])),
    ]

    def solve(c, d):
        days = c.step("the number of days occupied", add(sub(N(d["days"]), N(d["move"])), N(1)), kind="num", dp=0)
        dr = c.step("the daily rate", div(M(d["rent"]), N(d["days"])))
        pr = c.step("the prorated rent", mul(M(dr), N(days)))
        return c.answer("The prorated rent is %s." % c.fmt(pr), pr)

    return dict(name="prorated", gen=gen, texts=texts, solve=solve)


# 15 ------------------------------------------------------------ deposit refund split among roommates
@structure
def deposit_refund():
    def gen(r):
        k = r.choice([2, 3, 4])
        return dict(dep=r.randrange(100, 400) * 10 * k // k, clean=r.randrange(8, 35) * 5, carpet=r.randrange(10, 60) * 5,
                    paint=r.choice([0, 125, 180, 240]), k=k)

    texts = [
        lambda d: "The security deposit was %s. At move-out the landlord deducts %s for cleaning, %s for carpet repair, and %s for paint. The refund is split evenly among %d roommates. How much does each get?" % (m(d["dep"]), m(d["clean"]), m(d["carpet"]), m(d["paint"]), d["k"]),
        lambda d: "We paid a %s deposit. The itemized deductions: cleaning %s, carpet %s, paint touch-up %s. There are %d of us splitting what's left. What's each person's share?" % (m(d["dep"]), m(d["clean"]), m(d["carpet"]), m(d["paint"]), d["k"]),
        lambda d: "As the landlord, I'm returning a %s deposit minus %s cleaning, %s carpet and %s paint, divided equally among the %d tenants. How much goes to each tenant?" % (m(d["dep"]), m(d["clean"]), m(d["carpet"]), m(d["paint"]), d["k"]),
    ]

    def solve(c, d):
        ded = c.step("the total deductions", add(M(d["clean"]), M(d["carpet"]), M(d["paint"])))
        ref = c.step("the refund", sub(M(d["dep"]), M(ded)))
        each = c.step("each roommate's share", div(M(ref), N(d["k"])))
        c.step("the shares added back", mul(M(each), N(d["k"])), check=True)
        return c.answer("Each roommate gets back about %s." % c.fmt(each), each)

    return dict(name="deposit_refund", gen=gen, texts=texts, solve=solve)


# 16 ------------------------------------------------------------ land price from acres
@structure
def land_price():
    def gen(r):
        return dict(ac=F(r.randrange(15, 140), 10), ppa=r.randrange(8, 95) * 500, dp=r.choice([20, 25, 30, 35]))

    texts = [
        lambda d: "A %s-acre parcel is listed at %s per acre. The buyer puts %s down. What is the down payment?" % (n(d["ac"]), m(d["ppa"]), pc(d["dp"])),
        lambda d: "Raw land: %s acres at %s/acre. Land loans need %s down. How much is the down payment?" % (n(d["ac"]), m(d["ppa"]), pc(d["dp"])),
        lambda d: "My client found %s acres priced at %s an acre, and the bank wants %s down. How much cash is that?" % (n(d["ac"]), m(d["ppa"]), pc(d["dp"])),
    ]

    def solve(c, d):
        pr = c.step("the price of the land", mul(N(d["ac"], unit="acres"), M(d["ppa"])))
        dn = c.step("the down payment", mul(P(d["dp"]), M(pr)))
        return c.answer("The down payment is %s." % c.fmt(dn), dn)

    return dict(name="land_price", gen=gen, texts=texts, solve=solve)


# 17 ------------------------------------------------------------ cap rate
@structure
def cap_rate():
    def gen(r):
        units = r.choice([2, 3, 4, 6, 8])
        rent = r.randrange(80, 220) * 10
        gross = units * rent * 12
        exp = int(gross * r.randrange(25, 45) / 100) // 100 * 100
        price = int((gross - exp) * 100 / F(r.randrange(45, 95), 10)) // 5000 * 5000
        return dict(units=units, rent=rent, exp=exp, price=price)

    texts = [
        lambda d: "A %d-unit building rents each unit for %s per month. Annual operating expenses are %s and the asking price is %s. What is the cap rate, as a percent rounded to two decimals?" % (d["units"], m(d["rent"]), m(d["exp"]), m(d["price"])),
        lambda d: "Investor question: %d units × %s/mo, expenses %s/yr, price %s. Cap rate?" % (d["units"], m(d["rent"]), m(d["exp"]), m(d["price"])),
        lambda d: "I'm looking at a %d-plex listed for %s. Each unit brings in %s a month and yearly expenses run %s. What cap rate is that (NOI ÷ price)?" % (d["units"], m(d["price"]), m(d["rent"]), m(d["exp"])),
    ]

    def solve(c, d):
        gi = c.step("the gross annual rent", mul(N(d["units"]), M(d["rent"]), N(12)))
        noi = c.step("the net operating income", sub(M(gi), M(d["exp"])))
        cr = c.step("the cap rate", mul(div(M(noi), M(d["price"])), N(100)), kind="pct", dp=2)
        return c.answer("The cap rate is about %s." % c.fmt(cr, "pct"), cr, "num")

    return dict(name="cap_rate", gen=gen, texts=texts, solve=solve)


# 18 ------------------------------------------------------------ roommates rent + utilities
@structure
def roommate_utils():
    def gen(r):
        return dict(rent=r.randrange(140, 480) * 10, k=r.choice([2, 3, 4, 5]), el=F(r.randrange(6000, 21000), 100),
                    net=r.choice([F(5999, 100), F(7000, 100), F(8499, 100), 65]), water=r.randrange(30, 95))

    texts = [
        lambda d: "%d roommates share a %s/month apartment. Utilities this month were electric %s, internet %s, and water %s. If everything is split evenly, how much does each person owe?" % (d["k"], m(d["rent"]), m(d["el"]), m(d["net"]), m(d["water"])),
        lambda d: "Our rent is %s and there are %d of us. This month's bills: %s electricity, %s wifi, %s water. What's each person's share of rent plus utilities?" % (m(d["rent"]), d["k"], m(d["el"]), m(d["net"]), m(d["water"])),
        lambda d: "Split evenly among %d tenants: rent %s, electric %s, internet %s, water %s. Per person total?" % (d["k"], m(d["rent"]), m(d["el"]), m(d["net"]), m(d["water"])),
    ]

    def solve(c, d):
        u = c.step("the utilities total", add(M(d["el"]), M(d["net"]), M(d["water"])))
        t = c.step("the total for the month", add(M(d["rent"]), M(u)))
        e = c.step("each person's share", div(M(t), N(d["k"])))
        return c.answer("Each person owes about %s this month." % c.fmt(e), e)

    return dict(name="roommate_utils", gen=gen, texts=texts, solve=solve)


# 19 ------------------------------------------------------------ late fee
@structure
def late_fee():
    def gen(r):
        return dict(rent=r.randrange(90, 330) * 10 + r.choice([0, 5]), pct=r.choice([5, 10, 4, 8]),
                    daily=r.choice([10, 15, 20, 25]), days=r.randrange(2, 9))

    texts = [
        lambda d: "Rent is %s. The lease charges an initial late fee of %s of the rent plus %s per day for each additional day late. If rent is paid with %d additional days late, what's the total amount due?" % (m(d["rent"]), pc(d["pct"]), m(d["daily"]), d["days"]),
        lambda d: "My tenant pays %s/mo. Late fee: %s of rent, then %s/day. They paid %d extra days after the first late day. Total to collect?" % (m(d["rent"]), pc(d["pct"]), m(d["daily"]), d["days"]),
        lambda d: "If my %s rent is late, I'm charged %s of the rent and then %s for each additional day. I'm %d additional days late. How much do I owe in total?" % (m(d["rent"]), pc(d["pct"]), m(d["daily"]), d["days"]),
    ]

    def solve(c, d):
        f1 = c.step("the initial late fee", mul(P(d["pct"]), M(d["rent"])))
        f2 = c.step("the daily late charges", mul(M(d["daily"]), N(d["days"])))
        t = c.step("the total due", add(M(d["rent"]), M(f1), M(f2)))
        return c.answer("The total due is %s." % c.fmt(t), t)

    return dict(name="late_fee", gen=gen, texts=texts, solve=solve)


# 20 ------------------------------------------------------------ income requirement
@structure
def income_req():
    def gen(r):
        return dict(rent=r.randrange(100, 400) * 10 + r.choice([0, 25, 50]), mult=r.choice([3, F(5, 2), 3, 4]))

    texts = [
        lambda d: "The landlord requires gross monthly income of at least %s times the rent. The rent is %s per month. What minimum annual income does an applicant need?" % (n(d["mult"]), m(d["rent"])),
        lambda d: "Apartment rent is %s/mo and the income requirement is %sx rent. What's the minimum yearly salary to qualify?" % (m(d["rent"]), n(d["mult"])),
        lambda d: "To qualify for a %s apartment, you need to earn %s times the monthly rent each month. How much is that per year?" % (m(d["rent"]), n(d["mult"])),
    ]

    def solve(c, d):
        mo = c.step("the required monthly income", mul(M(d["rent"]), N(d["mult"])))
        yr = c.step("the required annual income", mul(M(mo), N(12)))
        c.step("the ratio back", div(div(M(yr), N(12)), M(d["rent"])), kind="num", dp=2, check=True)
        return c.answer("An applicant needs at least %s per year." % c.fmt(yr), yr)

    return dict(name="income_req", gen=gen, texts=texts, solve=solve)


# 21 ------------------------------------------------------------ price reduction then ppsf
@structure
def price_cut():
    def gen(r):
        return dict(p=r.randrange(200, 900) * 1000 + r.choice([0, 9900, 4900]), cut=r.choice([3, 5, 4, F(5, 2), 2, 6]),
                    sq=r.randrange(12, 38) * 100 + r.choice([0, 25, 60]))

    texts = [
        lambda d: "A %s sq ft house is listed at %s. After %s days on market, the seller cuts the price by %s. What is the new price per square foot, to the cent?" % (n(d["sq"]), m(d["p"]), "45", pc(d["cut"])),
        lambda d: "Price improvement! The listing was %s and dropped %s. The home has %s square feet. What's the new $/sq ft?" % (m(d["p"]), pc(d["cut"]), n(d["sq"])),
        lambda d: "If a %s home with %s sq ft gets a %s price reduction, what's the reduced price per square foot?" % (m(d["p"]), n(d["sq"]), pc(d["cut"])),
    ]

    def solve(c, d):
        red = c.step("the price reduction", mul(M(d["p"]), P(d["cut"])))
        np_ = c.step("the new list price", sub(M(d["p"]), M(red)))
        pp = c.step("the new price per square foot", div(M(np_), N(d["sq"], unit="sq ft")))
        return c.answer("The new price is %s, which is about %s per square foot." % (c.fmt(np_), c.fmt(pp)), pp)

    return dict(name="price_cut", gen=gen, texts=texts, solve=solve)


# 22 ------------------------------------------------------------ housing cost vs income
@structure
def housing_ratio():
    def gen(r):
        return dict(pi=r.randrange(110, 400) * 10 + r.choice([0, 3, 8]), tax=r.randrange(24, 96) * 100,
                    ins=r.randrange(9, 30) * 100, hoa=r.choice([0, 150, 225, 310, 95]), inc=r.randrange(60, 200) * 1000)

    texts = [
        lambda d: "A buyer's principal and interest payment is %s/month, property taxes are %s/year, insurance is %s/year, and HOA dues are %s/month. Gross income is %s a year. What percent of gross monthly income goes to housing? Round to two decimals." % (m(d["pi"]), m(d["tax"]), m(d["ins"]), m(d["hoa"]), m(d["inc"])),
        lambda d: "Front-end ratio check: P&I %s, taxes %s/yr, insurance %s/yr, HOA %s/mo, income %s/yr. What's the housing ratio as a percent?" % (m(d["pi"]), m(d["tax"]), m(d["ins"]), m(d["hoa"]), m(d["inc"])),
        lambda d: "My lender says PITI plus HOA should be under 28%% of gross monthly income. My P&I is %s, taxes are %s a year, insurance %s a year, HOA %s a month, and I make %s a year. What's my ratio?" % (m(d["pi"]), m(d["tax"]), m(d["ins"]), m(d["hoa"]), m(d["inc"])),
    ]

    def solve(c, d):
        ti = c.step("the monthly taxes and insurance", div(add(M(d["tax"]), M(d["ins"])), N(12)))
        h = c.step("the total monthly housing cost", add(M(d["pi"]), M(ti), M(d["hoa"])))
        gm = c.step("the gross monthly income", div(M(d["inc"]), N(12)))
        pct = c.step("the housing ratio", mul(div(M(h), M(gm)), N(100)), kind="pct", dp=2)
        return c.answer("Housing takes about %s of gross monthly income." % c.fmt(pct, "pct"), pct, "num")

    return dict(name="housing_ratio", gen=gen, texts=texts, solve=solve)
