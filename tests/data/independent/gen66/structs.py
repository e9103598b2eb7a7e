"""Problem structures for the utility-bill genre.  Each structure has
params(rng) -> dict, problem(P, ph) -> str, build(P, X) -> final Num."""
from decimal import Decimal as D
from core import (Num, M, Rt, Qy, Cn, Pc, add, sub, mul, div, pof, lin, q, ndp)


def pm(v):
    v = D(v)
    if v == v.to_integral_value():
        return "$" + format(v, ",.0f")
    return "$" + format(v, ",.2f")


def pr(v):
    v = D(v)
    return "$" + format(v, ",.%df" % max(2, ndp(v)))


def pn(v):
    v = D(v)
    return format(v, ",.%df" % ndp(v))


def pp(v):
    return pn(v) + "%"


def dch(r, xs):
    return D(r.choice(xs))


def money_between(r, lo, hi):
    return D(r.randint(lo * 100, hi * 100)) / 100


def ok(v):
    return " ✓"


# ------------------------------------------------------------------ 1
def p_tier2(r):
    A = r.choice([300, 400, 500, 600, 750, 1000])
    usage = A + r.randint(25, 900)
    prev = r.randint(10000, 95000)
    r1 = dch(r, ["0.09", "0.095", "0.10", "0.105", "0.11", "0.115", "0.12", "0.125", "0.13"])
    r2 = r1 + dch(r, ["0.02", "0.025", "0.03", "0.04", "0.05", "0.035"])
    return dict(A=A, prev=prev, cur=prev + usage, r1=r1, r2=r2,
                fixed=dch(r, ["8.50", "9.00", "9.95", "10.00", "11.25", "12.00", "12.50", "15.00"]),
                chk=r.random() < .5)


def t_tier2(P, ph):
    if ph == 0:
        return ("My electric meter read {prev} kWh at the start of the month and {cur} kWh at the end. "
                "The utility charges {r1} per kWh for the first {A} kWh and {r2} per kWh for anything "
                "above that, plus a {f} monthly service charge. How much is my bill?").format(
            prev=pn(P["prev"]), cur=pn(P["cur"]), r1=pr(P["r1"]), A=pn(P["A"]), r2=pr(P["r2"]),
            f=pm(P["fixed"]))
    return ("An electric company bills the first {A} kWh each month at {r1}/kWh and every additional "
            "kWh at {r2}/kWh. There is also a fixed customer charge of {f}. If a home's meter went from "
            "{prev} to {cur} this month, what is the total bill?").format(
        prev=pn(P["prev"]), cur=pn(P["cur"]), r1=pr(P["r1"]), A=pn(P["A"]), r2=pr(P["r2"]),
        f=pm(P["fixed"]))


def b_tier2(P, X):
    A = P["A"]
    X.intro("the total electric bill", "The bill has two energy tiers plus a fixed charge, so I "
            "need the usage first.")
    u = X.calc(sub(Cn(P["cur"]), Cn(P["prev"])), "q", unit="kWh", dp=0, title="Electricity used",
               lead="Subtract the earlier meter reading from the later one",
               say=lambda v: "That's %s for the month." % v)
    X.note("Since %s is more than %s kWh, the first %s kWh are billed at %s and the rest at %s."
           % (X.t(u), pn(A), pn(A), pr(P["r1"]), pr(P["r2"])))
    ex = X.calc(sub(u, Qy(A, "kWh")), "q", unit="kWh", dp=0, title="kWh above %s" % pn(A),
                lead="Find how many kWh fall above the first %s" % pn(A),
                say=lambda v: "So %s are billed at the higher rate." % v)
    if P["chk"]:
        X.check(add(Qy(A, "kWh"), ex), "q", ok, unit="kWh", dp=0)
    X.items("Energy charges")
    t1 = X.calc(mul(Qy(A, "kWh"), Rt(P["r1"], "kWh")), title="First %s kWh" % pn(A))
    t2 = X.calc(mul(ex, Rt(P["r2"], "kWh")), title="Next %s" % X.t(ex))
    X.fixed_item("Service charge", M(P["fixed"]))
    X.end_items()
    tot = X.calc(add(t1, t2, M(P["fixed"])), title="Total bill", total=True,
                 lead="Add the two energy charges and the service charge")
    X.answer(lambda v: "The total electric bill is %s." % v, tot)
    return tot


# ------------------------------------------------------------------ 2
def p_tier3(r):
    T1 = r.choice([400, 500, 600])
    T2 = r.choice([300, 400, 500])
    usage = T1 + T2 + r.randint(30, 900)
    r1 = dch(r, ["0.08", "0.085", "0.09", "0.10", "0.11", "0.12"])
    r2 = r1 + dch(r, ["0.02", "0.03", "0.025"])
    r3 = r2 + dch(r, ["0.02", "0.03", "0.04", "0.05"])
    return dict(T1=T1, T2=T2, U=usage, r1=r1, r2=r2, r3=r3,
                tax=dch(r, ["4", "5", "6", "6.5", "7", "8.25", "3.5", "2.5"]))


def t_tier3(P, ph):
    f = dict(T1=pn(P["T1"]), T2=pn(P["T2"]), U=pn(P["U"]), r1=pr(P["r1"]), r2=pr(P["r2"]),
             r3=pr(P["r3"]), tax=pp(P["tax"]))
    if ph == 0:
        return ("We used {U} kWh last month. Our utility charges {r1}/kWh for the first {T1} kWh, "
                "{r2}/kWh for the next {T2} kWh, and {r3}/kWh for everything after that. Then a {tax} "
                "tax is added to the energy charges. What's our total bill?").format(**f)
    return ("Electricity rates: first {T1} kWh at {r1}, the next {T2} kWh at {r2}, and any usage "
            "beyond that at {r3} per kWh. Sales tax of {tax} applies to the whole energy charge. How "
            "much does a customer who uses {U} kWh pay in total?").format(**f)


def b_tier3(P, X):
    T1, T2 = P["T1"], P["T2"]
    X.intro("the total bill for %s kWh" % pn(P["U"]))
    X.items("Tier charges (first two tiers)")
    t1 = X.calc(mul(Qy(T1, "kWh"), Rt(P["r1"], "kWh")), title="First %s kWh" % pn(T1))
    t2 = X.calc(mul(Qy(T2, "kWh"), Rt(P["r2"], "kWh")), title="Next %s kWh" % pn(T2))
    X.end_items()
    X.note("The first two tiers cover %s kWh, and the rest is billed at %s per kWh."
           % (pn(T1 + T2), pr(P["r3"])))
    rest = X.calc(lin((1, Qy(P["U"], "kWh")), (-1, Qy(T1, "kWh")), (-1, Qy(T2, "kWh"))), "q",
                  unit="kWh", dp=0, title="Usage in the top tier",
                  lead="Subtract both lower tiers from the total usage",
                  say=lambda v: "That leaves %s in the third tier." % v)
    t3 = X.calc(mul(rest, Rt(P["r3"], "kWh")), title="Top-tier charge",
                lead="Multiply the top-tier kWh by the top rate")
    en = X.calc(add(t1, t2, t3), title="Energy charges",
                lead="Add the three tier charges", say=lambda v: "Energy comes to %s before tax." % v)
    tax = X.calc(pof(Pc(P["tax"]), en), title="Tax (%s)" % pp(P["tax"]),
                 lead="Apply the %s tax" % pp(P["tax"]))
    tot = X.calc(add(en, tax), title="Total bill", total=True, lead="Add the tax to the energy charges")
    X.answer(lambda v: "The total bill is %s." % v, tot)
    return tot


# ------------------------------------------------------------------ 3
def p_supply(r):
    return dict(U=r.randint(320, 1650), s=D(r.randint(700, 1400)) / 10000,
                d=D(r.randint(250, 700)) / 10000,
                fixed=dch(r, ["7.50", "9.95", "10.00", "12.00", "14.50", "6.25"]))


def t_supply(P, ph):
    f = dict(U=pn(P["U"]), s=pr(P["s"]), d=pr(P["d"]), fx=pm(P["fixed"]))
    if ph == 0:
        return ("My bill lists {U} kWh of usage. The supply rate is {s} per kWh, the delivery rate is "
                "{d} per kWh, and there's a {fx} customer charge. What should the total be?").format(**f)
    return ("A household used {U} kWh. Their electricity supplier charges {s}/kWh for generation and "
            "the utility charges {d}/kWh for delivery, plus a monthly customer charge of {fx}. Each "
            "charge is rounded to the nearest cent. Find the total bill.").format(**f)


def b_supply(P, X):
    X.intro("the total of the supply, delivery and customer charges")
    U = Qy(P["U"], "kWh")
    X.items("Usage charges")
    s = X.calc(mul(U, Rt(P["s"], "kWh")), title="Supply charge")
    d = X.calc(mul(U, Rt(P["d"], "kWh")), title="Delivery charge")
    X.fixed_item("Customer charge", M(P["fixed"]))
    X.end_items()
    tot = X.calc(add(s, d, M(P["fixed"])), title="Total", total=True,
                 lead="Add the supply, delivery and customer charges")
    X.answer(lambda v: "The total bill should be %s." % v, tot)
    return tot


# ------------------------------------------------------------------ 4
def p_water(r):
    prev = r.randint(100, 900) * 1000 + r.randint(0, 9) * 100
    use = r.randint(20, 140) * 100
    return dict(prev=prev, cur=prev + use,
                w=dch(r, ["4.25", "5.10", "6.35", "3.80", "7.15", "4.62", "5.48"]),
                s=dch(r, ["3.90", "6.10", "5.25", "4.75", "8.40", "2.95"]),
                base=dch(r, ["12.00", "15.50", "18.00", "9.75", "21.00"]))


def t_water(P, ph):
    f = dict(prev=pn(P["prev"]), cur=pn(P["cur"]), w=pr(P["w"]), s=pr(P["s"]), b=pm(P["base"]))
    if ph == 0:
        return ("Our water meter went from {prev} gallons to {cur} gallons this billing period. The city "
                "charges {w} per 1,000 gallons for water and {s} per 1,000 gallons for sewer, plus a "
                "{b} base fee. How much is the water bill?").format(**f)
    return ("Water is billed at {w} per thousand gallons and sewer at {s} per thousand gallons, with a "
            "flat base charge of {b}. Last reading: {prev} gal. Current reading: {cur} gal. What is the "
            "total charge?").format(**f)


def b_water(P, X):
    X.intro("the water bill")
    g = X.calc(sub(Cn(P["prev"] * 0 + P["cur"]), Cn(P["prev"])), "q", unit="gallons", dp=0,
               title="Water used", lead="Subtract the previous reading from the current reading",
               say=lambda v: "That's %s." % v)
    k = X.calc(div(g, Cn(1000)), "q", unit="thousand gallons", dp=1,
               title="Usage in thousands of gallons",
               lead="Convert to thousands of gallons, since the rates are per 1,000 gallons")
    X.items("Usage charges")
    w = X.calc(mul(k, Rt(P["w"], "1,000 gallons")), title="Water")
    s = X.calc(mul(k, Rt(P["s"], "1,000 gallons")), title="Sewer")
    X.fixed_item("Base fee", M(P["base"]))
    X.end_items()
    tot = X.calc(add(w, s, M(P["base"])), title="Total water bill", total=True,
                 lead="Add water, sewer and the base fee")
    X.answer(lambda v: "The water bill comes to %s." % v, tot)
    return tot


# ------------------------------------------------------------------ 5
def p_gas(r):
    prev = r.randint(1200, 8800)
    return dict(prev=prev, cur=prev + r.randint(24, 160),
                f=dch(r, ["1.02", "1.03", "1.04", "1.05", "1.037", "1.024"]),
                rate=dch(r, ["0.89", "0.95", "1.12", "1.24", "0.78", "1.05", "0.8450", "1.1875"]),
                cc=dch(r, ["10.00", "12.50", "14.25", "9.75", "16.00"]))


def t_gas(P, ph):
    f = dict(prev=pn(P["prev"]), cur=pn(P["cur"]), f=pn(P["f"]), r=pr(P["rate"]), cc=pm(P["cc"]))
    if ph == 0:
        return ("The gas meter read {prev} CCF last month and {cur} CCF this month. Gas is billed per "
                "therm, and 1 CCF = {f} therms. At {r} per therm plus a {cc} customer charge, what is "
                "the bill? (Round therms and dollar amounts to two decimals.)").format(**f)
    return ("How much is my gas bill? Meter readings: previous {prev}, current {cur} (in CCF). The "
            "conversion factor is {f} therms per CCF, the rate is {r}/therm, and there's a monthly "
            "customer charge of {cc}. Round to two decimal places as you go.").format(**f)


def b_gas(P, X):
    X.intro("the gas bill")
    c = X.calc(sub(Cn(P["cur"]), Cn(P["prev"])), "q", unit="CCF", dp=0, title="Gas used",
               lead="Subtract the readings", say=lambda v: "You used %s." % v)
    th = X.calc(mul(c, Num(P["f"], "n", None, ndp(P["f"]))), "q", unit="therms", dp=2,
                title="Convert to therms", lead="Multiply by the therm factor")
    g = X.calc(mul(th, Rt(P["rate"], "therm")), title="Gas charge",
               lead="Multiply the therms by the rate")
    tot = X.calc(add(g, M(P["cc"])), title="Total", total=True,
                 lead="Add the customer charge")
    X.answer(lambda v: "The gas bill is %s." % v, tot)
    return tot


# ------------------------------------------------------------------ 6
def p_phone(r):
    G = r.choice([5, 8, 10, 12, 15, 20])
    dec = r.random() < .6
    U = D(G + r.randint(1, 9)) + (D(r.randint(1, 9)) / 10 if dec else 0)
    return dict(P=dch(r, ["35", "40", "45", "50", "55", "60", "65", "39.99", "49.99"]), G=G, U=U,
                o=dch(r, ["10", "15", "5", "7.50", "8", "12"]),
                ceil=dec and r.random() < .5,
                fees=dch(r, ["4.87", "6.12", "3.50", "5.29", "7.45"]))


def t_phone(P, ph):
    f = dict(P=pm(P["P"]), G=pn(P["G"]), U=pn(P["U"]), o=pm(P["o"]), fe=pm(P["fees"]))
    rule = (" Any partial GB of overage is billed as a full GB." if P["ceil"] else "")
    if ph == 0:
        return ("My phone plan is {P} a month for {G} GB of data, and each extra GB costs {o}.{rule} "
                "This month I used {U} GB, and the bill also has {fe} in taxes and fees. What's my "
                "total?").format(rule=rule, **f)
    return ("A cell plan costs {P}/month and includes {G} GB. Overage is {o} per GB.{rule} A customer "
            "used {U} GB this month. Taxes and surcharges add {fe}. How much is the bill?").format(
        rule=rule, **f)


def b_phone(P, X):
    X.intro("the phone bill")
    ov = X.calc(sub(Qy(P["U"], "GB"), Qy(P["G"], "GB")), "q", unit="GB", dp=ndp(P["U"]),
                title="Data over the limit", lead="Subtract the included data from what you used",
                say=lambda v: "You went %s over." % v)
    if P["ceil"]:
        cg = (ov.v).to_integral_value(rounding="ROUND_CEILING")
        X.note("Because partial gigabytes are billed as full ones, %s of overage is billed as %s GB."
               % (X.t(ov), pn(cg)), key=True)
        oc = X.calc(mul(Cn(cg, "GB"), M(P["o"])), title="Overage charge",
                    lead="Multiply the billed GB by the overage rate")
    else:
        oc = X.calc(mul(ov, Rt(P["o"], "GB")), title="Overage charge",
                    lead="Multiply the extra data by the overage rate")
    tot = X.calc(add(M(P["P"]), oc, M(P["fees"])), title="Total bill", total=True,
                 lead="Add the plan price, the overage and the taxes and fees")
    X.answer(lambda v: "Your total bill this month is %s." % v, tot)
    return tot


# ------------------------------------------------------------------ 7
def p_family(r):
    return dict(n=r.choice([3, 4, 5, 6]), p=dch(r, ["25", "30", "35", "40", "45", "50", "32.50"]),
                d=dch(r, ["5", "10", "5", "2.50"]),
                dev=dch(r, ["27.78", "33.34", "41.67", "19.99", "22.50"]))


def t_family(P, ph):
    f = dict(n=P["n"], p=pm(P["p"]), d=pm(P["d"]), dev=pm(P["dev"]))
    if ph == 0:
        return ("Our family plan has {n} lines at {p} per line each month. Autopay takes {d} off each "
                "line. We're also paying off a phone at {dev} a month. How much do we pay for the whole "
                "year?").format(**f)
    return ("A family plan charges {p} per line per month for {n} lines, with an autopay discount of "
            "{d} per line. A device installment of {dev}/month is added to the bill. What is the total "
            "cost over 12 months?").format(**f)


def b_family(P, X):
    X.intro("the yearly cost of the family plan")
    n = Cn(P["n"], "lines")
    base = X.calc(mul(n, M(P["p"])), title="Lines before discount",
                  lead="Multiply the number of lines by the price per line")
    disc = X.calc(mul(n, M(P["d"])), title="Autopay discount",
                  lead="Work out the total autopay discount")
    net = X.calc(sub(base, disc), title="Plan after discount", lead="Subtract the discount")
    mon = X.calc(add(net, M(P["dev"])), title="Monthly bill", lead="Add the device payment",
                 say=lambda v: "So each month's bill is %s." % v)
    yr = X.calc(mul(mon, Cn(12, "months")), title="Yearly cost", total=True,
                lead="Multiply by 12 months")
    X.answer(lambda v: "Over a year you pay %s." % v, yr)
    return yr


# ------------------------------------------------------------------ 8
def p_stream(r):
    m = dch(r, ["15.49", "13.99", "17.99", "11.99", "9.99", "22.99", "6.99", "10.99", "8.99"])
    A = q(m * r.choice([9, 10, 10, 11]), 0) - D("0.01")
    if A >= m * 12:
        A = q(m * 10, 0) - D("0.01")
    return dict(m=m, A=A, svc=r.choice(["streaming service", "music app", "video service",
                                        "cloud storage plan", "news subscription"]))


def t_stream(P, ph):
    f = dict(m=pm(P["m"]), A=pm(P["A"]), svc=P["svc"])
    if ph == 0:
        return ("My {svc} costs {m} a month, or I can pay {A} for a full year up front. How much would "
                "I save in a year with the annual plan?").format(**f)
    return ("A {svc} offers a monthly plan at {m}/month and an annual plan at {A}/year. How much "
            "cheaper is the annual plan over 12 months?").format(**f)


def b_stream(P, X):
    X.intro("the yearly savings")
    ym = X.calc(mul(M(P["m"]), Cn(12, "months")), title="Monthly plan for a year",
                lead="Multiply the monthly price by 12",
                say=lambda v: "Paying monthly costs %s a year." % v)
    sv = X.calc(sub(ym, M(P["A"])), title="Savings", total=True,
                lead="Subtract the annual price")
    X.calc(div(M(P["A"]), Cn(12)), title="Annual plan per month",
           lead="For comparison, spread the annual price over 12 months",
           say=lambda v: "That's about %s a month instead of %s." % (v, X.t(M(P["m"]))))
    X.answer(lambda v: "The annual plan saves %s per year." % v, sv)
    return sv


# ------------------------------------------------------------------ 9
def p_gym(r):
    while True:
        m = dch(r, ["29.99", "39", "45", "24.99", "49.99", "34.50", "19.99"])
        s = dch(r, ["0", "49", "25", "99", "59", "0"])
        A = dch(r, ["299", "349", "399", "449", "499", "249", "379"])
        f = dch(r, ["0", "35", "49", "0"])
        if m * 12 + s != A + f:
            return dict(m=m, s=s, A=A, f=f)


def t_gym(P, ph):
    su = (" plus a one-time {s} sign-up fee".format(s=pm(P["s"])) if P["s"] else "")
    fe = (" plus a {f} annual maintenance fee".format(f=pm(P["f"])) if P["f"] else "")
    if ph == 0:
        return ("My gym costs {m} per month{su}. They also offer a yearly membership for {A}{fe}. For "
                "the first year, which option is cheaper and by how much?").format(
            m=pm(P["m"]), su=su, A=pm(P["A"]), fe=fe)
    return ("Compare two gym memberships for one year: a monthly plan at {m}/month{su}, or an annual "
            "plan at {A}{fe}. What is the difference in cost for the first year?").format(
        m=pm(P["m"]), su=su, A=pm(P["A"]), fe=fe)


def b_gym(P, X):
    X.intro("the first-year cost of each option")
    my = X.calc(mul(M(P["m"]), Cn(12, "months")), title="Monthly payments for a year",
                lead="Multiply the monthly fee by 12")
    if P["s"]:
        my = X.calc(add(my, M(P["s"])), title="Monthly plan, first year",
                    lead="Add the sign-up fee", say=lambda v: "The monthly option costs %s." % v)
    an = M(P["A"])
    if P["f"]:
        an = X.calc(add(an, M(P["f"])), title="Annual plan, first year",
                    lead="Add the maintenance fee to the annual price",
                    say=lambda v: "The annual option costs %s." % v)
    if my.v > an.v:
        X.note("The annual plan is cheaper.")
        d = X.calc(sub(my, an), title="Difference", total=True, lead="Subtract to compare")
        X.answer(lambda v: "The annual membership is cheaper by %s in the first year." % v, d)
    else:
        X.note("The monthly plan is cheaper.")
        d = X.calc(sub(an, my), title="Difference", total=True, lead="Subtract to compare")
        X.answer(lambda v: "Paying monthly is cheaper by %s in the first year." % v, d)
    return d


# ------------------------------------------------------------------ 10
def p_split(r):
    n = r.choice([2, 3, 4, 5, 3, 4])
    bills = [("Electric", money_between(r, 55, 190)), ("Gas", money_between(r, 22, 95)),
             ("Water", money_between(r, 28, 85)),
             ("Internet", dch(r, ["49.99", "59.99", "65.00", "70.00", "79.99", "55.00"]))]
    k = r.choice([3, 4, 4])
    if k == 3:
        bills.pop(r.choice([1, 2]))
    return dict(n=n, bills=bills)


def t_split(P, ph):
    names = ", ".join("%s %s" % (b[0].lower(), pm(b[1])) for b in P["bills"][:-1])
    last = "%s %s" % (P["bills"][-1][0].lower(), pm(P["bills"][-1][1]))
    if ph == 0:
        return ("{n} roommates split the utilities evenly. This month's bills: {names}, and {last}. How "
                "much does each roommate owe (to the nearest cent)?").format(
            n=P["n"], names=names, last=last)
    return ("Me and my {m} roommates share these bills equally: {names}, {last}. What's each person's "
            "share?").format(m=P["n"] - 1, names=names, last=last)


def b_split(P, X):
    X.intro("each roommate's share")
    tot = X.calc(add(*[M(v) for _, v in P["bills"]]), title="Total utilities",
                 lead="Add up all the bills", say=lambda v: "The bills total %s." % v)
    sh = X.calc(div(tot, Cn(P["n"], "roommates")), title="Each share", total=True,
                lead="Divide by the %d people" % P["n"])
    T = tot.v

    def tail(v):
        dlt = v - T
        if dlt == 0:
            return " ✓"
        if abs(dlt) < D("0.05"):
            c = int(abs(dlt) * 100)
            return ", which is %d cent%s %s the total because of rounding." % (
                c, "" if c == 1 else "s", "over" if dlt > 0 else "under")
        return ""
    X.check(mul(Cn(P["n"]), sh), "usd", tail)
    X.answer(lambda v: "Each roommate owes %s." % v, sh)
    return sh


# ------------------------------------------------------------------ 11
def p_ac(r):
    return dict(n=r.choice([3, 4, 5]), E=money_between(r, 90, 260),
                p=dch(r, ["40", "30", "35", "50", "25"]),
                I=dch(r, ["60.00", "75.00", "49.99", "80.00", "64.50"]), who=r.choice(
                    ["Sam", "Priya", "Jordan", "Lena", "Marcus"]))


def t_ac(P, ph):
    f = dict(n=P["n"], E=pm(P["E"]), p=pp(P["p"]), I=pm(P["I"]), who=P["who"], o=P["n"] - 1)
    if ph == 0:
        return ("There are {n} of us in the apartment. {who} runs a window AC all day, so we agreed "
                "{who} pays {p} of the electric bill and the other {o} of us split the rest evenly. The "
                "internet bill is split evenly among all {n}. If electric is {E} and internet is {I}, "
                "how much does one of the other roommates pay in total?").format(**f)
    return ("{n} roommates share an electric bill of {E} and an internet bill of {I}. {who} pays {p} of "
            "the electric bill; the remaining electricity is split equally among the other {o} "
            "roommates, and internet is split equally among everyone. What does each of the other "
            "roommates pay (nearest cent)?").format(**f)


def b_ac(P, X):
    X.intro("what each of the other roommates pays")
    w = P["who"]
    a = X.calc(pof(Pc(P["p"]), M(P["E"])), title="%s's electric share" % w,
               lead="Find %s of the electric bill" % pp(P["p"]))
    rest = X.calc(sub(M(P["E"]), a), title="Remaining electric", lead="Subtract that from the bill",
                  say=lambda v: "%s of electricity is left for the others." % v)
    e = X.calc(div(rest, Cn(P["n"] - 1)), title="Electric per other roommate",
               lead="Split it among the other %d roommates" % (P["n"] - 1))
    i = X.calc(div(M(P["I"]), Cn(P["n"])), title="Internet per person",
               lead="Split the internet among all %d" % P["n"])
    t = X.calc(add(e, i), title="Each other roommate pays", total=True,
               lead="Add the two shares")
    X.answer(lambda v: "Each of the other roommates pays %s." % v, t)
    return t


# ------------------------------------------------------------------ 12
def p_compare(r):
    while True:
        U = r.randint(55, 140) * 10
        fa = dch(r, ["12.00", "15.00", "9.95", "19.95", "4.95"])
        ra = dch(r, ["0.099", "0.104", "0.109", "0.112", "0.115", "0.119", "0.1049"])
        fb = dch(r, ["0", "5.00", "0"])
        rb = ra + dch(r, ["0.005", "0.008", "0.01", "0.012", "0.015", "0.02"])
        a = q(U * ra, 2) + fa
        b = q(U * rb, 2) + fb
        if a != b:
            return dict(U=U, fa=fa, ra=ra, fb=fb, rb=rb, way=r.random() < .5)


def t_compare(P, ph):
    pb = ("{rb} per kWh with no monthly fee" if not P["fb"] else "{rb} per kWh plus {fb} a month"
          ).format(rb=pr(P["rb"]), fb=pm(P["fb"]))
    f = dict(U=pn(P["U"]), fa=pm(P["fa"]), ra=pr(P["ra"]), pb=pb)
    if ph == 0:
        return ("I'm choosing between two electricity plans. Plan A is {fa} a month plus {ra} per kWh. "
                "Plan B is {pb}. We use about {U} kWh a month. Which plan is cheaper over a year, and "
                "by how much?").format(**f)
    return ("Plan A: {fa} monthly fee + {ra}/kWh. Plan B: {pb}. For a home using {U} kWh every month, "
            "how much would the cheaper plan save over 12 months? (Round each month's energy charge to "
            "the nearest cent.)").format(**f)


def b_compare(P, X):
    X.intro("the yearly cost of both plans")
    U = Qy(P["U"], "kWh")
    ea = X.calc(mul(U, Rt(P["ra"], "kWh")), title="Plan A energy", lead="Price Plan A's energy")
    a = X.calc(add(M(P["fa"]), ea), title="Plan A per month", lead="Add Plan A's monthly fee")
    eb = X.calc(mul(U, Rt(P["rb"], "kWh")), title="Plan B energy", lead="Price Plan B's energy")
    if P["fb"]:
        b = X.calc(add(M(P["fb"]), eb), title="Plan B per month", lead="Add Plan B's monthly fee")
    else:
        b = eb
        X.note("Plan B has no monthly fee, so %s is its whole monthly cost." % X.t(eb))
    cheap = "A" if a.v < b.v else "B"
    hi, lo = (b, a) if cheap == "A" else (a, b)
    if P["way"]:
        d = X.calc(sub(hi, lo), title="Monthly difference",
                   lead="Subtract the cheaper monthly cost from the other",
                   say=lambda v: "Plan %s is %s cheaper each month." % (cheap, v))
        y = X.calc(mul(d, Cn(12, "months")), title="Yearly savings", total=True,
                   lead="Multiply by 12")
    else:
        ya = X.calc(mul(a, Cn(12, "months")), title="Plan A per year", lead="Plan A for 12 months")
        yb = X.calc(mul(b, Cn(12, "months")), title="Plan B per year", lead="Plan B for 12 months")
        hy, ly = (yb, ya) if cheap == "A" else (ya, yb)
        y = X.calc(sub(hy, ly), title="Yearly savings", total=True, lead="Take the difference")
    X.answer(lambda v: "Plan %s is cheaper, saving %s over the year." % (cheap, v), y)
    return y


# ------------------------------------------------------------------ 13
def p_fees(r):
    return dict(E=money_between(r, 40, 210), Dl=money_between(r, 18, 95),
                C=dch(r, ["9.95", "12.00", "8.50", "14.00"]),
                t1=dch(r, ["4", "5", "6", "6.25", "7", "3"]),
                t2=dch(r, ["1.5", "2", "3", "2.5", "1"]))


def t_fees(P, ph):
    f = dict(E=pm(P["E"]), Dl=pm(P["Dl"]), C=pm(P["C"]), t1=pp(P["t1"]), t2=pp(P["t2"]))
    if ph == 0:
        return ("My bill shows an energy charge of {E}, a delivery charge of {Dl}, and a {C} customer "
                "charge. Then there's a {t1} state tax and a {t2} city franchise fee, both on the "
                "subtotal. What's the total amount due?").format(**f)
    return ("A utility bill has these charges: energy {E}, delivery {Dl}, customer charge {C}. A state "
            "tax of {t1} and a municipal fee of {t2} are each applied to the subtotal and rounded to "
            "the cent. What is the total?").format(**f)


def b_fees(P, X):
    X.intro("the amount due")
    st = X.calc(add(M(P["E"]), M(P["Dl"]), M(P["C"])), title="Subtotal",
                lead="Add the three charges", say=lambda v: "The subtotal is %s." % v)
    X.items("Taxes and fees")
    a = X.calc(pof(Pc(P["t1"]), st), title="State tax (%s)" % pp(P["t1"]))
    b = X.calc(pof(Pc(P["t2"]), st), title="City fee (%s)" % pp(P["t2"]))
    X.end_items()
    t = X.calc(add(st, a, b), title="Total due", total=True,
               lead="Add the taxes and fees to the subtotal")
    X.answer(lambda v: "The total amount due is %s." % v, t)
    return t


# ------------------------------------------------------------------ 14
def p_avg(r):
    m = r.choice([3, 4, 3, 4, 5])
    diffs = [r.randint(380, 990) for _ in range(m)]
    if m in (3, 5):
        diffs[-1] += (-sum(diffs)) % m
    start = r.randint(20000, 80000)
    reads = [start]
    for d in diffs:
        reads.append(reads[-1] + d)
    months = ["January", "February", "March", "April", "May", "June", "July"]
    k = r.randint(0, 1)
    return dict(reads=reads, names=months[k:k + m + 1])


def t_avg(P, ph):
    pairs = ", ".join("%s 1: %s" % (n, pn(v)) for n, v in zip(P["names"], P["reads"]))
    m = len(P["reads"]) - 1
    if ph == 0:
        return ("Here are my electric meter readings (kWh) on the first of each month: %s. What was my "
                "average monthly usage over those %d months?" % (pairs, m))
    return ("Meter readings taken on the 1st of each month were %s. Find the average number of kWh used "
            "per month." % pairs)


def b_avg(P, X):
    X.intro("the average monthly usage")
    R, N = P["reads"], P["names"]
    X.items("Monthly usage")
    ds = []
    for i in range(1, len(R)):
        ds.append(X.calc(sub(Cn(R[i]), Cn(R[i - 1])), "q", unit="kWh", dp=0,
                         title="%s usage" % N[i - 1]))
    X.end_items()
    tot = X.calc(add(*ds), "q", unit="kWh", dp=0, title="Total usage",
                 lead="Add the monthly amounts", say=lambda v: "That's %s in all." % v)
    avg = X.calc(div(tot, Cn(len(ds), "months")), "q", unit="kWh", title="Average",
                 total=True, lead="Divide by the %d months" % len(ds))
    X.answer(lambda v: "The average usage was %s per month." % v, avg)
    return avg


# ------------------------------------------------------------------ 15
def p_unl(r):
    while True:
        P_ = dch(r, ["30", "35", "40", "45", "25"])
        G = r.choice([3, 5, 10, 4])
        o = dch(r, ["10", "15", "8", "12"])
        U = G + r.randint(1, 6)
        Q = dch(r, ["55", "60", "65", "70", "75", "80", "59.99"])
        if P_ + (U - G) * o != Q:
            return dict(P=P_, G=G, o=o, U=U, Q=Q)


def t_unl(P, ph):
    f = dict(P=pm(P["P"]), G=P["G"], o=pm(P["o"]), U=P["U"], Q=pm(P["Q"]))
    if ph == 0:
        return ("Right now I pay {P}/month for {G} GB and {o} for each extra GB. I use about {U} GB "
                "every month. An unlimited plan is {Q}/month. Over a year, how much would I save with "
                "the cheaper option?").format(**f)
    return ("Plan 1: {P} per month with {G} GB included, {o} per additional GB. Plan 2: unlimited data "
            "for {Q} per month. A user consistently uses {U} GB a month. What is the difference in cost "
            "over one year?").format(**f)


def b_unl(P, X):
    X.intro("the yearly difference between the plans")
    ov = X.calc(sub(Qy(P["U"], "GB"), Qy(P["G"], "GB")), "q", unit="GB", dp=0,
                title="Extra data each month", lead="Find the overage")
    oc = X.calc(mul(ov, Rt(P["o"], "GB")), title="Overage charge", lead="Price the overage")
    lim = X.calc(add(M(P["P"]), oc), title="Current plan per month",
                 lead="Add the base price", say=lambda v: "The current plan really costs %s a month." % v)
    if lim.v > P["Q"]:
        d = X.calc(sub(lim, M(P["Q"])), title="Monthly difference", lead="Compare with unlimited")
        who = "unlimited plan"
    else:
        d = X.calc(sub(M(P["Q"]), lim), title="Monthly difference", lead="Compare with unlimited")
        who = "current plan"
    y = X.calc(mul(d, Cn(12, "months")), title="Yearly difference", total=True,
               lead="Multiply by 12 months")
    X.answer(lambda v: "The %s is cheaper by %s over a year." % (who, v), y)
    return y


# ------------------------------------------------------------------ 16
def p_solar(r):
    U = r.randint(38, 110) * 10
    neg = r.random() < .5
    G = U + r.randint(4, 30) * 10 if neg else U - r.randint(5, 40) * 10
    return dict(U=U, G=G, r=dch(r, ["0.11", "0.12", "0.13", "0.14", "0.15", "0.16", "0.125"]),
                f=dch(r, ["10.00", "12.00", "15.00", "8.50", "9.25"]))


def t_solar(P, ph):
    f = dict(U=pn(P["U"]), G=pn(P["G"]), r=pr(P["r"]), fx=pm(P["f"]))
    if ph == 0:
        return ("We have solar panels with net metering. This month the house used {U} kWh and the "
                "panels produced {G} kWh. Net usage is billed (or credited) at {r} per kWh, plus a {fx} "
                "connection fee. What is this month's bill? (A negative amount is a credit.)").format(**f)
    return ("Net metering question: consumption {U} kWh, solar generation {G} kWh, rate {r}/kWh for "
            "net usage (negative net usage earns a credit at the same rate), fixed charge {fx}. Find "
            "the bill amount; give a credit as a negative number.").format(**f)


def b_solar(P, X):
    X.intro("the net-metered bill")
    net = X.calc(sub(Qy(P["U"], "kWh"), Qy(P["G"], "kWh")), "q", unit="kWh", dp=0,
                 title="Net usage", lead="Subtract solar production from consumption")
    if net.v < 0:
        X.note("The net usage is negative, so the panels sent more to the grid than the house used; "
               "that becomes a credit.")
    en = X.calc(mul(net, Rt(P["r"], "kWh")), title="Net energy charge",
                lead="Multiply the net usage by the rate")
    t = X.calc(add(M(P["f"]), en), title="Bill", total=True, lead="Add the fixed charge")
    if t.v < 0:
        X.answer(lambda v: "The bill is %s, meaning a credit of %s." % (v, X.t(M(-t.v))), t)
    else:
        X.answer(lambda v: "This month's bill is %s." % v, t)
    return t


# ------------------------------------------------------------------ 17
def p_late(r):
    B = money_between(r, 80, 260)
    C = money_between(r, 60, 220)
    return dict(B=B, p=dch(r, ["1.5", "2", "5", "1.25", "3"]), C=C,
                pay=D(r.choice([50, 75, 100, 120, 150, 200])))


def t_late(P, ph):
    f = dict(B=pm(P["B"]), p=pp(P["p"]), C=pm(P["C"]), pay=pm(P["pay"]))
    if ph == 0:
        return ("I forgot to pay last month's electric bill of {B}, so they added a {p} late fee on that "
                "balance. This month's new charges are {C}, and I just paid {pay}. What's my balance "
                "now?").format(**f)
    return ("An unpaid balance of {B} gets a late fee of {p} of the balance. New charges of {C} are "
            "added, and a payment of {pay} is made. What is the remaining balance?").format(**f)


def b_late(P, X):
    X.intro("the new balance")
    fee = X.calc(pof(Pc(P["p"]), M(P["B"])), title="Late fee", lead="Work out the late fee")
    owed = X.calc(add(M(P["B"]), fee, M(P["C"])), title="Total owed",
                  lead="Add the old balance, the late fee and the new charges",
                  say=lambda v: "Before the payment you owed %s." % v)
    bal = X.calc(sub(owed, M(P["pay"])), title="Remaining balance", total=True,
                 lead="Subtract the payment")
    X.answer(lambda v: "The remaining balance is %s." % v, bal)
    return bal


# ------------------------------------------------------------------ 18
def p_roll(r):
    d = r.choice([4, 5])
    top = 10 ** d
    prev = top - r.randint(40, 700)
    use = r.randint(150, 1200)
    if prev + use <= top:
        use = top - prev + r.randint(20, 300)
    return dict(d=d, prev=prev, cur=prev + use - top,
                r=dch(r, ["0.118", "0.125", "0.132", "0.1415", "0.109", "0.15"]),
                f=dch(r, ["9.00", "10.50", "12.00", "7.95"]))


def t_roll(P, ph):
    d = P["d"]
    f = dict(d=d, prev=str(P["prev"]).zfill(d), cur=str(P["cur"]).zfill(d), r=pr(P["r"]),
             fx=pm(P["f"]))
    if ph == 0:
        return ("My old {d}-digit electric meter read {prev} last month and now reads {cur}, so it rolled "
                "over. At {r} per kWh plus a {fx} service charge, what's my bill?").format(**f)
    return ("A {d}-digit meter goes from {prev} to {cur} (it passed its maximum and started over at "
            "zero). Electricity costs {r}/kWh and there is a fixed charge of {fx}. Find the bill, "
            "rounded to the nearest cent.").format(**f)


def b_roll(P, X):
    d, top = P["d"], 10 ** P["d"]
    X.intro("the bill")
    X.note("The meter can only show %d digits, so after %s it wraps around to %s. The usage is the "
           "distance up to %s plus the current reading." % (d, "9" * d, "0" * d, pn(top)), key=True)
    a = X.calc(sub(Cn(top), Cn(P["prev"])), "q", unit="kWh", dp=0, title="Up to the rollover",
               lead="Find the kWh from the old reading up to %s" % pn(top))
    u = X.calc(add(a, Cn(P["cur"], "kWh")), "q", unit="kWh", dp=0, title="Total usage",
               lead="Add the current reading", say=lambda v: "So %s were used." % v)
    c = X.calc(mul(u, Rt(P["r"], "kWh")), title="Energy charge", lead="Multiply by the rate")
    t = X.calc(add(c, M(P["f"])), title="Total bill", total=True, lead="Add the service charge")
    X.answer(lambda v: "The bill is %s." % v, t)
    return t


STRUCTS = [
    ("elec_tier2", p_tier2, t_tier2, b_tier2, 2),
    ("elec_tier3_tax", p_tier3, t_tier3, b_tier3, 2),
    ("elec_supply_delivery", p_supply, t_supply, b_supply, 2),
    ("water_kgal", p_water, t_water, b_water, 2),
    ("gas_therms", p_gas, t_gas, b_gas, 2),
    ("phone_overage", p_phone, t_phone, b_phone, 2),
    ("family_plan_year", p_family, t_family, b_family, 2),
    ("stream_annual", p_stream, t_stream, b_stream, 2),
    ("gym_compare", p_gym, t_gym, b_gym, 2),
    ("roommate_split", p_split, t_split, b_split, 2),
    ("roommate_ac", p_ac, t_ac, b_ac, 2),
    ("plan_compare_year", p_compare, t_compare, b_compare, 2),
    ("taxes_fees", p_fees, t_fees, b_fees, 2),
    ("avg_meter", p_avg, t_avg, b_avg, 2),
    ("data_vs_unlimited", p_unl, t_unl, b_unl, 2),
    ("solar_net", p_solar, t_solar, b_solar, 2),
    ("late_fee", p_late, t_late, b_late, 2),
    ("meter_rollover", p_roll, t_roll, b_roll, 2),
]
