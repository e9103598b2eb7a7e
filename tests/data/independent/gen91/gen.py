#!/usr/bin/env python3
"""Generator: freelancing & invoices worked solutions (correct / slip / carry / loop)."""
import argparse
import json
import random
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 28
CENT = D("0.01")
MONEY = {"m", "r", "dr", "mr"}

NAMES = ["Maya", "Jordan", "Priya", "Liam", "Sofia", "Diego", "Hannah", "Kenji", "Amara", "Tom",
         "Elena", "Marcus", "Aisha", "Noah", "Chloe", "Ravi", "Greta", "Omar", "Lucy", "Felix"]
JOBS = ["graphic designer", "web developer", "copywriter", "translator", "photographer",
        "video editor", "bookkeeper", "UX consultant", "illustrator", "marketing consultant"]
PRON = {"Maya": "she", "Jordan": "he", "Priya": "she", "Liam": "he", "Sofia": "she", "Diego": "he",
        "Hannah": "she", "Kenji": "he", "Amara": "she", "Tom": "he", "Elena": "she", "Marcus": "he",
        "Aisha": "she", "Noah": "he", "Chloe": "she", "Ravi": "he", "Greta": "she", "Omar": "he",
        "Lucy": "she", "Felix": "he"}


def q2(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def trim(d):
    d = D(d)
    if d == d.to_integral_value():
        return str(int(d))
    s = format(d.normalize(), "f")
    return s


def commas(s):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        i, f = s.split(".")
    else:
        i, f = s, None
    out = ""
    while len(i) > 3:
        out = "," + i[-3:] + out
        i = i[:-3]
    out = i + out
    if f is not None:
        out += "." + f
    return ("-" if neg else "") + out


# ---------------------------------------------------------------- stepper
class Stepper:
    def __init__(self, ov=None):
        self.ov = ov or {}
        self.steps = []

    def op(self, op, terms, unit, label):
        vals = [(v / 100 if u == "p" else v) for v, u in terms]
        ex = vals[0]
        for v in vals[1:]:
            if op == "*":
                ex = ex * v
            elif op == "+":
                ex = ex + v
            elif op == "-":
                ex = ex - v
            elif op == "/":
                ex = ex / v
        if unit == "p":
            ex = ex * 100
        if unit in MONEY:
            val = q2(ex)
        else:
            val = ex
        rounded = val != ex
        idx = len(self.steps) + 1
        if idx in self.ov:
            val = self.ov[idx]
        self.steps.append(dict(idx=idx, op=op, terms=list(terms), unit=unit, label=label,
                               exact=ex, value=val, rounded=rounded))
        return val


# ---------------------------------------------------------------- kinds
def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def person(rng):
    n = pick(rng, NAMES)
    return dict(name=n, pro=PRON[n], pos="her" if PRON[n] == "she" else "his", job=pick(rng, JOBS))


def K_hourly_exp(rng):
    p = person(rng)
    p.update(h=D(pick(rng, ["8", "12", "14.5", "16", "22", "27.5", "31", "38", "40", "9.5"])),
             r=D(rng.randrange(45, 151)), e1=D(rng.randrange(20, 300)) + pick(rng, [D(0), D("0.50"), D("0.99"), D("0.25")]),
             e2=D(rng.randrange(10, 120)))
    return p


def C_hourly_exp(S, p):
    lab = S.op("*", [(p["h"], "h"), (p["r"], "r")], "m", "labor charge")
    return S.op("+", [(lab, "m"), (p["e1"], "m"), (p["e2"], "m")], "m", "invoice total")


def K_sales_tax(rng):
    p = person(rng)
    p.update(h=D(pick(rng, ["12", "15", "18.5", "20", "24", "33", "36.5", "45"])), r=D(rng.randrange(40, 131)),
             t=D(pick(rng, ["6", "6.25", "7", "7.5", "8", "8.25", "8.875", "9.5", "5.3"])))
    return p


def C_sales_tax(S, p):
    sub = S.op("*", [(p["h"], "h"), (p["r"], "r")], "m", "subtotal")
    tax = S.op("*", [(sub, "m"), (p["t"], "p")], "m", "sales tax")
    return S.op("+", [(sub, "m"), (tax, "m")], "m", "total due")


def K_vat(rng):
    p = person(rng)
    p.update(d=D(rng.randrange(3, 23)), r=D(rng.randrange(25, 66) * 10),
             v=D(pick(rng, ["20", "20", "19", "21", "23"])))
    p["cur"] = "£" if p["v"] == 20 else "€"
    return p


def C_vat(S, p):
    net = S.op("*", [(p["d"], "d"), (p["r"], "dr")], "m", "net fee")
    vat = S.op("*", [(net, "m"), (p["v"], "p")], "m", "VAT")
    return S.op("+", [(net, "m"), (vat, "m")], "m", "gross invoice amount")


def K_deposit(rng):
    p = person(rng)
    p.update(F=D(rng.randrange(40, 240) * 50), dp=D(pick(rng, ["25", "30", "40", "50", "35"])),
             h=D(pick(rng, ["3", "4.5", "6", "7", "10", "2.5"])), r=D(rng.randrange(50, 141)))
    return p


def C_deposit(S, p):
    dep = S.op("*", [(p["dp"], "p"), (p["F"], "m")], "m", "deposit")
    bal = S.op("-", [(p["F"], "m"), (dep, "m")], "m", "remaining balance")
    ex = S.op("*", [(p["h"], "h"), (p["r"], "r")], "m", "extra work")
    return S.op("+", [(bal, "m"), (ex, "m")], "m", "final invoice")


def K_late_month(rng):
    p = person(rng)
    p.update(A=D(rng.randrange(600, 9000)) + pick(rng, [D(0), D("0.50"), D(0)]),
             lp=D(pick(rng, ["1.5", "2", "1", "1.25", "3"])), m=D(rng.randrange(2, 6)))
    return p


def C_late_month(S, p):
    f = S.op("*", [(p["A"], "m"), (p["lp"], "p")], "m", "monthly late fee")
    tf = S.op("*", [(f, "m"), (p["m"], "mo")], "m", "total late fees")
    return S.op("+", [(p["A"], "m"), (tf, "m")], "m", "amount now owed")


def K_late_flat(rng):
    p = person(rng)
    p.update(A=D(rng.randrange(400, 7000)), fl=D(pick(rng, ["25", "35", "40", "50", "15"])),
             lp=D(pick(rng, ["5", "2", "1.5", "10", "3"])))
    return p


def C_late_flat(S, p):
    pf = S.op("*", [(p["lp"], "p"), (p["A"], "m")], "m", "percentage fee")
    lf = S.op("+", [(p["fl"], "m"), (pf, "m")], "m", "total late charge")
    return S.op("+", [(p["A"], "m"), (lf, "m")], "m", "new balance")


def K_net_income(rng):
    p = person(rng)
    p.update(I1=D(rng.randrange(800, 4000)), I2=D(rng.randrange(500, 3000)), I3=D(rng.randrange(200, 2500)),
             E1=D(rng.randrange(20, 200)) + pick(rng, [D("0.99"), D(0), D("0.49")]), E2=D(rng.randrange(150, 450)),
             tp=D(pick(rng, ["25", "30", "20", "28"])))
    return p


def C_net_income(S, p):
    g = S.op("+", [(p["I1"], "m"), (p["I2"], "m"), (p["I3"], "m")], "m", "gross income")
    e = S.op("+", [(p["E1"], "m"), (p["E2"], "m")], "m", "expenses")
    pr = S.op("-", [(g, "m"), (e, "m")], "m", "profit")
    sa = S.op("*", [(pr, "m"), (p["tp"], "p")], "m", "tax set-aside")
    return S.op("-", [(pr, "m"), (sa, "m")], "m", "take-home amount")


def K_two_rates(rng):
    p = person(rng)
    p.update(h1=D(pick(rng, ["6", "10", "12.5", "18", "21", "7.5"])), r1=D(rng.randrange(60, 161)),
             h2=D(pick(rng, ["2", "3", "4.5", "5", "1.5", "8"])), r2=D(rng.randrange(35, 96)))
    return p


def C_two_rates(S, p):
    a = S.op("*", [(p["h1"], "h"), (p["r1"], "r")], "m", "strategy work")
    b = S.op("*", [(p["h2"], "h"), (p["r2"], "r")], "m", "admin work")
    return S.op("+", [(a, "m"), (b, "m")], "m", "invoice total")


def K_disc_tax(rng):
    p = person(rng)
    p.update(h=D(pick(rng, ["10", "16", "20", "25", "32", "40", "14"])), r=D(rng.randrange(50, 126)),
             dc=D(pick(rng, ["5", "10", "15", "12", "20"])), t=D(pick(rng, ["6", "7", "8", "8.25", "6.5", "7.25"])))
    return p


def C_disc_tax(S, p):
    sub = S.op("*", [(p["h"], "h"), (p["r"], "r")], "m", "subtotal")
    dc = S.op("*", [(sub, "m"), (p["dc"], "p")], "m", "discount")
    af = S.op("-", [(sub, "m"), (dc, "m")], "m", "discounted subtotal")
    tx = S.op("*", [(af, "m"), (p["t"], "p")], "m", "sales tax")
    return S.op("+", [(af, "m"), (tx, "m")], "m", "total")


def K_rush(rng):
    p = person(rng)
    p.update(hb=D(pick(rng, ["20", "25", "30", "16", "35"])), r=D(rng.randrange(40, 121)),
             hr=D(pick(rng, ["4", "6", "5", "8", "3.5", "10"])), f=D(pick(rng, ["1.5", "1.5", "2", "1.25"])))
    return p


def C_rush(S, p):
    base = S.op("*", [(p["hb"], "h"), (p["r"], "r")], "m", "regular hours charge")
    rr = S.op("*", [(p["r"], "r"), (p["f"], "n")], "r", "rush rate")
    rush = S.op("*", [(p["hr"], "h"), (rr, "r")], "m", "rush hours charge")
    return S.op("+", [(base, "m"), (rush, "m")], "m", "total bill")


def K_retainer(rng):
    p = person(rng)
    N = D(pick(rng, ["10", "15", "20", "25", "30"]))
    p.update(R=D(rng.randrange(15, 60) * 100), N=N, W=N + D(pick(rng, ["3", "4.5", "7", "9", "2.5", "12"])),
             r=D(rng.randrange(70, 176)))
    return p


def C_retainer(S, p):
    ex = S.op("-", [(p["W"], "h"), (p["N"], "h")], "h", "extra hours")
    ec = S.op("*", [(ex, "h"), (p["r"], "r")], "m", "overage charge")
    return S.op("+", [(p["R"], "m"), (ec, "m")], "m", "month's invoice")


def K_platform(rng):
    p = person(rng)
    p.update(P=D(rng.randrange(150, 5000)) + pick(rng, [D(0), D(0), D("0.50")]), f=D(pick(rng, ["10", "20", "5", "15"])),
             w=D(pick(rng, ["2", "1.50", "3", "0.99", "5"])))
    return p


def C_platform(S, p):
    fee = S.op("*", [(p["P"], "m"), (p["f"], "p")], "m", "platform fee")
    af = S.op("-", [(p["P"], "m"), (fee, "m")], "m", "amount after the platform fee")
    return S.op("-", [(af, "m"), (p["w"], "m")], "m", "amount received")


def K_rev_vat(rng):
    p = person(rng)
    p.update(h=D(pick(rng, ["8", "12", "20", "25", "15", "30", "16"])), r=D(rng.randrange(8, 31) * 5))
    p["G"] = p["h"] * p["r"] * D("1.2")
    p["cur"] = "£"
    return p


def C_rev_vat(S, p):
    net = S.op("/", [(p["G"], "m"), (D("1.2"), "n")], "m", "net amount")
    S.op("-", [(p["G"], "m"), (net, "m")], "m", "VAT portion")
    return S.op("/", [(net, "m"), (p["h"], "h")], "r", "net hourly rate")


def K_mileage(rng):
    p = person(rng)
    p.update(mi=D(rng.randrange(18, 260)), mr=D(pick(rng, ["0.67", "0.655", "0.70", "0.58", "0.625"])),
             h=D(pick(rng, ["3", "4", "5.5", "6", "8", "2.5"])), r=D(rng.randrange(60, 181)),
             pk=D(pick(rng, ["12", "18.50", "9", "22", "15.75"])))
    return p


def C_mileage(S, p):
    lab = S.op("*", [(p["h"], "h"), (p["r"], "r")], "m", "shoot fee")
    mil = S.op("*", [(p["mi"], "mi"), (p["mr"], "mr")], "m", "mileage")
    return S.op("+", [(lab, "m"), (mil, "m"), (p["pk"], "m")], "m", "invoice total")


def K_timetrack(rng):
    p = person(rng)
    p.update(m1=D(rng.randrange(2, 12) * 15), m2=D(rng.randrange(2, 12) * 15), m3=D(rng.randrange(1, 9) * 15),
             r=D(rng.randrange(12, 40) * 4))
    return p


def C_timetrack(S, p):
    tm = S.op("+", [(p["m1"], "min"), (p["m2"], "min"), (p["m3"], "min")], "min", "total time")
    hrs = S.op("/", [(tm, "min"), (D(60), "n")], "h", "time in hours")
    return S.op("*", [(hrs, "h"), (p["r"], "r")], "m", "amount to bill")


def K_eff_rate(rng):
    p = person(rng)
    while True:
        F = D(rng.randrange(12, 80) * 100)
        H = D(rng.randrange(17, 61))
        if (F / H) != q2(F / H) and F / H > 30:
            break
    p.update(F=F, H=H, r=D(int(F / H)) + D(rng.randrange(5, 40)))
    return p


def C_eff_rate(S, p):
    eff = S.op("/", [(p["F"], "m"), (p["H"], "h")], "r", "effective hourly rate")
    return S.op("-", [(p["r"], "r"), (eff, "r")], "r", "shortfall per hour")


def K_quarterly(rng):
    p = person(rng)
    p.update(R=D(rng.randrange(40, 140) * 1000 + rng.randrange(0, 1000)), E=D(rng.randrange(4, 25) * 1000 + rng.randrange(0, 1000)),
             tp=D(pick(rng, ["25", "22", "28", "30", "24"])))
    return p


def C_quarterly(S, p):
    pr = S.op("-", [(p["R"], "m"), (p["E"], "m")], "m", "net profit")
    tx = S.op("*", [(pr, "m"), (p["tp"], "p")], "m", "estimated annual tax")
    return S.op("/", [(tx, "m"), (D(4), "n")], "m", "quarterly payment")


def K_install(rng):
    p = person(rng)
    p.update(T=D(rng.randrange(30, 200) * 50), t=D(pick(rng, ["6", "7", "8.25", "5", "9"])),
             n=D(pick(rng, ["3", "4", "6", "3"])))
    return p


def C_install(S, p):
    tx = S.op("*", [(p["T"], "m"), (p["t"], "p")], "m", "sales tax")
    tot = S.op("+", [(p["T"], "m"), (tx, "m")], "m", "total contract value")
    return S.op("/", [(tot, "m"), (p["n"], "n")], "m", "installment amount")


# scenario texts: 3 per kind; question noun phrase
KINDS = [
    ("hourly-exp", K_hourly_exp, C_hourly_exp, [
        "{name} is a freelance {job}. This month {pro} logged {h} hours for a client at {r} per hour. {Pro} also bills the client for {e1} in stock assets and {e2} in software licenses.",
        "A freelance {job} named {name} charges {r} an hour. For one project {pro} worked {h} hours and had two reimbursable expenses: {e1} for materials and {e2} for a courier.",
        "{name} invoices a client for {h} hours of work at an hourly rate of {r}, plus expenses of {e1} and {e2}.",
    ], "the total on {pos} invoice"),
    ("sales-tax", K_sales_tax, C_sales_tax, [
        "{name}, a freelance {job}, worked {h} hours at {r} per hour. {Pos} state requires {t}% sales tax on the service.",
        "A {job} bills {h} hours at {r}/hour. Sales tax of {t}% is added to the invoice.",
        "{name} charges {r} per hour and spent {h} hours on a client job. The invoice must include {t}% sales tax, rounded to the nearest cent.",
    ], "the total amount due"),
    ("vat", K_vat, C_vat, [
        "{name} is a VAT-registered freelance {job} who worked {d} days for a client at a day rate of {r}. VAT is charged at {v}%.",
        "A contractor charges {r} per day and billed {d} days this month. {v}% VAT has to be added on top.",
        "{name} sends an invoice for {d} days of consulting at {r} a day, plus VAT at {v}%.",
    ], "the gross amount of the invoice including VAT"),
    ("deposit", K_deposit, C_deposit, [
        "{name}, a freelance {job}, quoted {F} for a project and took a {dp}% deposit up front. Later the client asked for extra work: {h} hours at {r} per hour, billed on the final invoice.",
        "A {job} agreed on a project price of {F}. The client paid a {dp}% deposit. At the end, {h} additional hours at {r}/hour were added.",
        "{name}'s contract is {F} with {dp}% due before work starts. The final invoice covers the rest of the fee plus {h} hours of change requests at {r} an hour.",
    ], "the amount of the final invoice"),
    ("late-month", K_late_month, C_late_month, [
        "{name} sent a client an invoice for {A}. The contract charges a late fee of {lp}% of the invoice amount for each month it is overdue. The client paid {m} months late.",
        "An invoice for {A} went unpaid for {m} months. The freelancer's terms add {lp}% of the original amount per month late (no compounding).",
        "{name}'s payment terms say overdue invoices incur {lp}% per month, simple interest on the original amount. A {A} invoice is {m} months overdue.",
    ], "how much the client owes now"),
    ("late-flat", K_late_flat, C_late_flat, [
        "{name} charges a late fee of {fl} plus {lp}% of the invoice amount on overdue invoices. A client is late on an invoice for {A}.",
        "A freelance {job}'s terms: if an invoice is overdue, add a flat {fl} fee and {lp}% of the invoice. An invoice of {A} is overdue.",
        "A client missed the due date on a {A} invoice. {name}'s late policy is a {fl} flat charge plus {lp}% of the original amount.",
    ], "the new balance the client owes"),
    ("net-income", K_net_income, C_net_income, [
        "In March, freelance {job} {name} was paid three invoices: {I1}, {I2} and {I3}. {Pos} business expenses were {E1} for software and {E2} for a coworking desk. {Pro} sets aside {tp}% of profit for taxes.",
        "{name} earned {I1}, {I2}, and {I3} from three clients this month, spent {E1} on subscriptions and {E2} on rent for a studio, and saves {tp}% of the profit for income tax.",
        "A freelancer's monthly income came from invoices of {I1}, {I2} and {I3}. Expenses were {E1} and {E2}. After expenses, {tp}% of the profit goes into a tax savings account.",
    ], "the take-home amount after expenses and the tax set-aside"),
    ("two-rates", K_two_rates, C_two_rates, [
        "{name} bills strategy work at {r1} per hour and admin work at {r2} per hour. Last week {pro} did {h1} hours of strategy and {h2} hours of admin for one client.",
        "A freelance {job} charges {r1}/hour for core work and {r2}/hour for admin. A client's invoice covers {h1} hours of core work and {h2} hours of admin.",
        "{name} logged {h1} hours at {pos} senior rate of {r1} and {h2} hours at {pos} reduced rate of {r2}.",
    ], "the invoice total"),
    ("disc-tax", K_disc_tax, C_disc_tax, [
        "{name} worked {h} hours at {r} per hour. As a loyalty discount {pro} takes {dc}% off the subtotal, and then {t}% sales tax is applied to the discounted amount.",
        "A {job} bills {h} hours at {r}/hour, gives the client a {dc}% discount, then adds {t}% sales tax on the discounted price.",
        "An invoice lists {h} hours at {r} each hour. A {dc}% discount is applied first, and sales tax of {t}% is charged after the discount.",
    ], "the final invoice total"),
    ("rush", K_rush, C_rush, [
        "{name} normally charges {r} per hour. On a rush job {pro} worked {hb} regular hours and {hr} weekend hours, which are billed at {f} times the normal rate.",
        "A freelance {job} bills {r}/hour, and rush hours at {f}x that rate. A project took {hb} normal hours and {hr} rush hours.",
        "{name}'s contract says after-hours work is billed at {f} times the standard {r} hourly rate. {Pro} worked {hb} standard hours and {hr} after-hours hours.",
    ], "the total bill"),
    ("retainer", K_retainer, C_retainer, [
        "{name} has a monthly retainer of {R} that covers {N} hours of work. Extra hours are billed at {r} per hour. This month {pro} worked {W} hours.",
        "A client pays a {job} a {R} retainer each month for up to {N} hours. Any overage is billed at {r}/hour. The freelancer logged {W} hours this month.",
        "{name}'s retainer is {R} per month including {N} hours; hours beyond that cost {r} each. {Pro} tracked {W} hours in October.",
    ], "the total invoice for the month"),
    ("platform", K_platform, C_platform, [
        "{name} completed a project on a freelance platform for {P}. The platform keeps a {f}% service fee, and withdrawing the money costs a flat {w}.",
        "A client pays {P} through a marketplace that takes {f}% of every payment. The freelancer then pays a {w} withdrawal fee.",
        "A {job} earns {P} on a gig site. The site deducts {f}% and charges {w} to transfer the rest to a bank.",
    ], "how much {name} actually receives"),
    ("rev-vat", K_rev_vat, C_rev_vat, [
        "{name} received {G} for {h} hours of work. That amount includes 20% VAT.",
        "A freelance {job}'s invoice total of {G} includes VAT at 20%. The invoice was for {h} hours.",
        "A client paid {name} {G}, VAT included (20%), for a job that took {h} hours.",
    ], "{name}'s hourly rate before VAT"),
    ("mileage", K_mileage, C_mileage, [
        "{name}, a freelance {job}, worked a {h}-hour event at {r} per hour, drove {mi} miles (billed at {mr} per mile) and paid {pk} for parking, which the client reimburses.",
        "A {job} bills {h} hours at {r}/hour, plus {mi} miles of travel at {mr}/mile and {pk} for parking.",
        "{name} charges {r} an hour. A job took {h} hours; {pro} also bills mileage of {mi} miles at {mr} a mile and a parking fee of {pk}.",
    ], "the invoice total"),
    ("timetrack", K_timetrack, C_timetrack, [
        "{name}'s time tracker shows three sessions on a client project: {m1} minutes, {m2} minutes and {m3} minutes. {Pro} bills {r} per hour.",
        "A freelance {job} worked {m1} minutes on Monday, {m2} minutes on Tuesday and {m3} minutes on Friday, at {r} per hour.",
        "{name} tracked {m1}, {m2} and {m3} minutes of work for a client and charges an hourly rate of {r}.",
    ], "how much {name} should bill"),
    ("eff-rate", K_eff_rate, C_eff_rate, [
        "{name} took a fixed-price project for {F} and it ended up taking {H} hours. {Pos} usual hourly rate is {r}.",
        "A {job} quoted a flat {F} for a website. The work took {H} hours. Normally the freelancer charges {r} per hour.",
        "{name} was paid {F} for a project that took {H} hours, compared with {pos} normal rate of {r} an hour.",
    ], "how much less per hour {name} earned than the usual rate, to the nearest cent"),
    ("quarterly", K_quarterly, C_quarterly, [
        "{name} expects {R} in freelance revenue this year and {E} in deductible business expenses. {Pro} estimates {pos} tax at {tp}% of net profit and pays it in four equal quarterly payments.",
        "A freelancer projects annual revenue of {R} and expenses of {E}. Estimated tax is {tp}% of profit, paid in 4 equal quarterly installments.",
        "{name}'s freelance business will bring in {R} with {E} of expenses. {Pro} budgets {tp}% of the profit for taxes, split evenly across four quarters.",
    ], "each quarterly tax payment"),
    ("install", K_install, C_install, [
        "{name} signed a {T} contract. Sales tax of {t}% applies, and the client will pay the total in {n} equal installments.",
        "A {job}'s project fee is {T} before {t}% sales tax. The client pays the taxed total in {n} equal payments.",
        "A contract for {T} plus {t}% tax is split into {n} equal monthly payments.",
    ], "the amount of each installment"),
]
QFORMS = ["What is {q}?", "How much is {q}?", "Find {q}."]
QFORMS_HOW = ["Work out {q}.", "Can you figure out {q}?", "Determine {q}."]


# ---------------------------------------------------------------- formatting
def money(v, o, latex=None):
    latex = o["latex"] if latex is None else latex
    v = D(v)
    if o["cents"] or v != v.to_integral_value():
        s = format(q2(v), "f") if v == q2(v) else trim(v)
    else:
        s = str(int(v))
    if o["commas"]:
        s = commas(s)
    if latex:
        s = s.replace(",", "{,}")
    cur = o["cur"]
    if latex and cur == "$":
        cur = "\\$"
    if latex and cur != "\\$":
        cur = {"£": "\\pounds ", "€": "€"}.get(cur, cur)
        if cur == "\\pounds ":
            cur = "£"
    if o.get("nocur"):
        cur = ""
    return cur + s


def num(v, o):
    s = trim(v)
    if o["commas"]:
        s = commas(s)
    if o["latex"]:
        s = s.replace(",", "{,}")
    return s


UNITW = {"h": [" hours", " h", " hrs", ""], "mi": [" miles", " mi", ""], "min": [" min", " minutes", ""],
         "d": [" days", ""], "mo": [" months", ""]}
RATEW = {"r": ["/hour", "/h", "/hr", "", " per hour"], "dr": ["/day", "", " per day"],
         "mr": ["/mile", "", " per mile"]}


def term(v, u, o):
    if u in ("m",):
        return money(v, o)
    if u in RATEW:
        suf = o["ratew"][u]
        if o["latex"] and suf:
            suf = "\\text{" + suf + "}"
        return money(v, o) + suf
    if u == "p":
        if o["pct"] == "dec":
            return trim(v / 100) if v / 100 >= 1 else "0" + trim(v / 100) if trim(v / 100).startswith(".") else trim(v / 100)
        return trim(v) + ("\\%" if o["latex"] else "%")
    if u in UNITW:
        w = o["unitw"][u]
        if o["latex"] and w:
            w = "\\text{" + w + "}"
        return num(v, o) + w
    return num(v, o)


def opsym(op, o):
    return o["ops"][op]


def expr(st, o):
    parts = []
    terms = st["terms"]
    # percent-of form
    if st["op"] == "*" and len(terms) == 2 and terms[0][1] == "p" and o["pct"] == "pct" and o["of"]:
        return term(*terms[0], o) + " of " + term(*terms[1], o)
    if st["op"] == "*" and len(terms) == 2 and terms[1][1] == "p" and o["pct"] == "pct" and o["of"]:
        return term(*terms[1], o) + " of " + term(*terms[0], o)
    for i, (v, u) in enumerate(terms):
        if i:
            parts.append(" " + opsym(st["op"], o) + " ")
        parts.append(term(v, u, o))
    return "".join(parts)


def result(st, shown, o, rmode):
    """returns the '= ...' tail for a step. shown: value to display."""
    r = term(shown, st["unit"], o) if st["unit"] not in RATEW else money(shown, o) + (
        ("\\text{" + o["ratew"][st["unit"]] + "}" if o["latex"] else o["ratew"][st["unit"]]) if o["ratew"][st["unit"]] else "")
    appr = "\\approx" if o["latex"] else "≈"
    if not st["rounded"]:
        return "= " + r
    ex = st["exact"]
    term_ok = ex == ex.quantize(D("0.000001"))
    if rmode == "exact" and term_ok:
        e = num(ex, o)
        return "= " + e + " " + appr + " " + r
    if rmode == "eqround" and not o["latex"]:
        return "= " + r + " (rounded to the nearest cent)"
    return appr + " " + r


def plainnum(v):
    return trim(v)


def gsm_expr(st):
    ops = {"*": "*", "+": "+", "-": "-", "/": "/"}
    vals = [plainnum(v / 100 if u == "p" else v) for v, u in st["terms"]]
    return ops[st["op"]].join(vals)


# ---------------------------------------------------------------- styles
STYLES = ["md_steps", "bold", "bullets", "prose", "latex_inline", "latex_display", "table", "terse", "tutor", "gsm8k"]


def style_opts(style, cur, rng):
    o = dict(cur=cur, cents=rng.random() < 0.5, commas=True, latex=False, pct=pick(rng, ["pct", "pct", "dec"]),
             of=rng.random() < 0.4,
             ops={"*": "×", "+": "+", "-": "−" if rng.random() < 0.5 else "-", "/": "÷"},
             unitw={k: pick(rng, v) for k, v in sorted(UNITW.items())},
             ratew={k: pick(rng, v) for k, v in sorted(RATEW.items())})
    if style == "bullets":
        o["ops"]["*"] = pick(rng, ["×", "x", "*"])
        o["ops"]["/"] = pick(rng, ["÷", "/"])
    if style == "prose":
        if rng.random() < 0.5:
            o["ops"] = {"*": "times", "+": "plus", "-": "minus", "/": "divided by"}
    if style in ("latex_inline", "latex_display"):
        o["latex"] = True
        o["ops"] = {"*": "\\times", "+": "+", "-": "-", "/": "\\div"}
        if rng.random() < 0.5:
            o["ops"]["*"] = "\\cdot"
        o["of"] = False
        o["ratew"] = {k: pick(rng, ["", "/h" if k == "r" else ""]) for k in sorted(RATEW)}
    if style == "terse":
        o.update(commas=False, cents=False, nocur=rng.random() < 0.6,
                 ops={"*": "*", "+": "+", "-": "-", "/": "/"}, of=False)
        o["unitw"] = {k: "" for k in UNITW}
        o["ratew"] = {k: "" for k in RATEW}
    if style == "gsm8k":
        o.update(commas=False, cents=False, ops={"*": "*", "+": "+", "-": "-", "/": "/"}, of=False, pct="dec")
        o["unitw"] = {k: "" for k in UNITW}
        o["ratew"] = {k: "" for k in RATEW}
    if style == "tutor":
        o["ops"]["*"] = pick(rng, ["×", "·"])
    return o


def cap(s):
    return s[0].upper() + s[1:]


PROSE_T = {
    "*": ["The {label} is {e} {r}.", "For the {label}: {e} {r}.", "Multiplying, the {label} comes to {e} {r}.",
          "That makes the {label} {e} {r}."],
    "+": ["Adding everything up, the {label} is {e} {r}.", "The {label} is {e} {r}.", "Summing: {e} {r}, which is the {label}."],
    "-": ["Subtracting, the {label} is {e} {r}.", "The {label} is {e} {r}.", "Taking that away leaves {e} {r} as the {label}."],
    "/": ["Dividing, the {label} is {e} {r}.", "The {label} works out to {e} {r}.", "So the {label} is {e} {r}."],
}
TUTOR_OPEN = ["Great question! Let's break this invoice down step by step.", "Sure! Let's work through this together.",
              "Let's tackle this one piece at a time. 😊", "Happy to help! We'll build the invoice up in steps."]
TUTOR_STEP = ["First, let's find the {label}: {e} {r}.", "Next, the {label}: {e} {r}.", "Now we work out the {label}: {e} {r}.",
              "Then the {label} is {e} {r}.", "After that, the {label}: {e} {r}.", "Finally, the {label}: {e} {r}."]


def render(style, steps, shown, final_shown, p, o, rng, q, final_is_money, want_check):
    """Return list of (line, step_idx or None)."""
    L = []
    rmode = pick(rng, ["approx", "exact", "eqround"])
    n = len(steps)
    do_check = rng.random() < 0.5
    intro_i = rng.randrange(4)
    sent_is = [rng.randrange(4) for _ in steps]
    fin_money = term(final_shown, steps[-1]["unit"], o) if steps[-1]["unit"] not in RATEW else money(final_shown, o)

    def R(st):
        return result(st, shown[st["idx"]], o, rmode)

    def E(st):
        return expr(st, o)

    if style == "md_steps":
        if intro_i % 2 == 0:
            L += [("## Solution", None), ("", None)]
        for st in steps:
            L.append(("### Step %d: %s" % (st["idx"], cap(st["label"])), None))
            L.append(("%s %s" % (E(st), R(st)), st["idx"]))
            L.append(("", None))
        L.append(("### Answer", None))
        L.append(("%s is **%s**." % (cap(q), fin_money), None))
    elif style == "bold":
        for st in steps:
            if sent_is[st["idx"] - 1] % 2:
                L.append(("**%s:** %s %s" % (cap(st["label"]), E(st), R(st).replace("= ", "= **", 1).replace("≈ ", "≈ **", 1) + "**"), st["idx"]))
            else:
                L.append(("**%s:** %s %s" % (cap(st["label"]), E(st), R(st)), st["idx"]))
        L.append(("", None))
        L.append(("**Answer:** %s is %s." % (cap(q), fin_money), None))
    elif style == "bullets":
        L.append((["Let's compute each piece:", "Breaking it down:", "Here's the calculation:", "Step by step:"][intro_i], None))
        L.append(("", None))
        for st in steps:
            L.append(("- %s: %s %s" % (cap(st["label"]), E(st), R(st)), st["idx"]))
        L.append(("", None))
        L.append(("So %s is %s." % (q, fin_money), None))
    elif style == "prose":
        for st in steps:
            t = PROSE_T[st["op"]][sent_is[st["idx"] - 1] % len(PROSE_T[st["op"]])]
            L.append((t.format(label=st["label"], e=E(st), r=R(st)), st["idx"]))
        L.append(("", None))
        L.append(("Therefore, %s is %s." % (q, fin_money), None))
    elif style == "latex_inline":
        for st in steps:
            L.append(("%s: \\( %s %s \\)" % (cap(st["label"]), E(st), R(st)), st["idx"]))
            L.append(("", None))
        L.append(("So %s is %s." % (q, money(final_shown, dict(o, latex=False)) if final_is_money else trim(final_shown)), None))
    elif style == "latex_display":
        for st in steps:
            L.append((["We compute the %s:", "The %s is", "Now the %s:", "For the %s:"][sent_is[st["idx"] - 1]] % st["label"], None))
            L.append(("\\[ %s %s \\]" % (E(st), R(st)), st["idx"]))
            L.append(("", None))
        fm = money(final_shown, dict(o, latex=True))
        L.append(("\\[ \\boxed{%s} \\]" % fm, None))
    elif style == "table":
        L.append(("| Item | Calculation | Amount |", None))
        L.append(("|---|---|---|", None))
        for st in steps:
            r = R(st)
            if st["rounded"]:
                r = "≈ " + r[2:].split(" (")[0] if "(" in r else r
            amt = r.split(" ", 1)[1] if r.startswith("= ") and "≈" not in r else None
            if amt is None or "(" in r:
                if "≈" in r:
                    amt = r.split("≈ ", 1)[1]
                    L.append(("| %s | %s | ≈ %s |" % (cap(st["label"]), E(st), amt), st["idx"]))
                    continue
                amt = r.split(" (")[0][2:]
            L.append(("| %s | %s | %s |" % (cap(st["label"]), E(st), amt), st["idx"]))
        L.append(("", None))
        L.append(("**%s: %s**" % (cap(q), fin_money), None))
    elif style == "terse":
        for st in steps:
            L.append(("%s %s" % (E(st), R(st)), st["idx"]))
    elif style == "tutor":
        L.append((TUTOR_OPEN[intro_i], None))
        L.append(("", None))
        for i, st in enumerate(steps):
            t = TUTOR_STEP[0] if i == 0 else (TUTOR_STEP[5] if i == n - 1 else TUTOR_STEP[1 + sent_is[i] % 4])
            L.append((t.format(label=st["label"], e=E(st), r=R(st)), st["idx"]))
        L.append(("", None))
        L.append(("So %s is **%s**. 🎉" % (q, fin_money), None))
    elif style == "gsm8k":
        for st in steps:
            v = shown[st["idx"]]
            cur = "" if st["unit"] not in MONEY else o["cur"]
            if st["rounded"]:
                ex = st["exact"]
                if ex == ex.quantize(D("0.000001")):
                    line = "The %s is %s = %s<<%s=%s>>%s ≈ %s%s." % (st["label"], gsm_expr(st), cur, gsm_expr(st), trim(ex), trim(ex), cur, plainnum(v))
                else:
                    line = "The %s is %s ≈ %s%s." % (st["label"], gsm_expr(st), cur, plainnum(v))
            else:
                line = "The %s is %s = %s<<%s=%s>>%s." % (st["label"], gsm_expr(st), cur, gsm_expr(st), plainnum(v), plainnum(v))
            L.append((line, st["idx"]))
    # check line
    if want_check and do_check and style in ("md_steps", "bold", "bullets", "tutor", "prose"):
        st = steps[-1]
        tv = final_shown
        ts = st["terms"]
        if not st["rounded"] and st["op"] in "+-" and all(u not in ("p",) for _, u in ts):
            if st["op"] == "+":
                rest = [tv] + [v for v, _ in ts[1:]]
                res = ts[0][0]
                acc = tv
                for v, _ in ts[1:]:
                    acc -= v
                symm = o["ops"]["-"] if o["ops"]["-"] != "minus" else "minus"
                e = (" " + symm + " ").join(term(x, "m", o) for x in rest)
            else:
                acc = tv + ts[1][0]
                sp = o["ops"]["+"]
                e = term(tv, "m", o) + " " + sp + " " + term(ts[1][0], "m", o)
                res = ts[0][0]
            if acc == res:
                if o["latex"]:
                    L.append(("Check: \\( %s = %s \\) ✓" % (e, term(res, "m", o)), None))
                else:
                    L.append(("Check: %s = %s ✓" % (e, term(res, "m", o)), None))
    L.append(("", None))
    L.append(("#### " + trim(final_shown), None))
    return L


# ---------------------------------------------------------------- faults
FKINDS = ["off_by_one", "off_by_ten", "transposed", "dropped_digit", "doubled_digit", "decimal_shift", "wrong_op"]


def dig_mut(v, fk, rng):
    s = format(v, "f")
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, ""
    if fk == "transposed":
        ds = ip + fp
        cands = [i for i in range(len(ds) - 1) if ds[i] != ds[i + 1] and not (i == 0 and ds[1] == "0")]
        if not cands:
            return None
        i = pick(rng, cands)
        ds = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
        ip2, fp2 = ds[:len(ip)], ds[len(ip):]
        return D(ip2 + ("." + fp2 if fp2 else ""))
    if fk == "dropped_digit":
        if len(ip) < 2:
            return None
        i = rng.randrange(1, len(ip))
        return D(ip[:i] + ip[i + 1:] + ("." + fp if fp else ""))
    if fk == "doubled_digit":
        i = rng.randrange(len(ip))
        return D(ip[:i + 1] + ip[i] + ip[i + 1:] + ("." + fp if fp else ""))
    return None


def make_wrong(st, right, fk, rng):
    if fk == "off_by_one":
        return right + pick(rng, [D(1), D(-1)])
    if fk == "off_by_ten":
        return right + pick(rng, [D(10), D(-10)])
    if fk in ("transposed", "dropped_digit", "doubled_digit"):
        return dig_mut(right, fk, rng)
    if fk == "decimal_shift":
        w = right * 10 if rng.random() < 0.5 or right < 10 else right / 10
        if st["unit"] in MONEY and w != q2(w):
            w = right * 10
        return w
    if fk == "wrong_op":
        ts = st["terms"]
        vals = [(v / 100 if u == "p" else v) for v, u in ts]
        if st["op"] == "*" and ts[-1][1] != "p" and ts[0][1] != "p":
            w = sum(vals)
        elif st["op"] == "+" and len(vals) == 2:
            w = vals[0] - vals[1]
        elif st["op"] == "+":
            w = sum(vals[:-1])  # dropped last term
        elif st["op"] == "-":
            w = vals[0] + sum(vals[1:])
        else:
            return None
        if st["unit"] == "p":
            return None
        return q2(w) if st["unit"] in MONEY else w
    return None


def canon_ok(w, st):
    if w is None or w <= 0:
        return False
    if st["unit"] in MONEY and w != q2(w):
        return False
    if w != w.quantize(D("0.0001")):
        return False
    return True


# ---------------------------------------------------------------- build
def fmt_problem(text, p, cur):
    o = dict(cur=cur, cents=False, commas=True, latex=False)
    f = {}
    for k, v in p.items():
        if isinstance(v, D):
            f[k] = v
    out = {}
    for k, v in f.items():
        out[k] = v
    d = dict(p)
    for k in ("h", "hb", "hr", "h1", "h2", "d", "N", "W", "H", "m", "m1", "m2", "m3", "mi", "n", "f", "t", "v", "dp", "lp", "dc", "tp"):
        if k in d and isinstance(d[k], D):
            d[k] = trim(d[k])
    for k in ("r", "e1", "e2", "F", "A", "fl", "I1", "I2", "I3", "E1", "E2", "R", "P", "w", "G", "pk", "T", "r1", "r2"):
        if k in d and isinstance(d[k], D):
            d[k] = money(d[k], o)
    if "mr" in d:
        d["mr"] = cur + trim(d["mr"]) if d["mr"] >= 1 else cur + format(d["mr"], "f")
    d["Pro"] = cap(p["pro"])
    d["Pos"] = cap(p["pos"])
    return text.format(**d)


def build():
    rows = []
    tcount = 0
    for kname, kgen, kcomp, scen, qn in KINDS:
        for si, sc in enumerate(scen):
            for qi, qf in enumerate(QFORMS):
                tname = "%s-s%d-q%d" % (kname, si, qi)
                tcount += 1
                for ns in range(4):
                    pid = "%s-%d-%d" % (kname, si * 3 + qi, ns)
                    rng = random.Random("mcrgen91|" + pid)
                    p = kgen(rng)
                    cur = p.get("cur", "$")
                    S0 = Stepper()
                    fin = kcomp(S0, p)
                    steps = S0.steps
                    qtext = qn.format(name=p["name"], pos=p["pos"])
                    qf2 = QFORMS_HOW[qi] if qtext.startswith("how") else qf
                    problem = fmt_problem(sc, p, cur) + " " + qf2.format(q=qtext)
                    style = STYLES[(tcount * 4 + ns * 7) % len(STYLES)]
                    oseed = "opts|" + pid
                    final_money = steps[-1]["unit"] in MONEY
                    final_s = trim(fin)

                    def do_render(stps, shown, fshown, check=True):
                        o = style_opts(style, cur, random.Random(oseed))
                        return render(style, stps, shown, fshown, p, o, random.Random("r|" + pid), qtext, final_money, check)

                    def join(L):
                        text = ""
                        spans = {}
                        for line, si_ in L:
                            start = len(text)
                            text += line
                            if si_ is not None:
                                spans[si_] = (start, len(text))
                            text += "\n"
                        return text.rstrip("\n"), spans

                    shown0 = {st["idx"]: st["value"] for st in steps}
                    Lc = do_render(steps, shown0, fin)
                    sol, _ = join(Lc)
                    base = dict(pid=pid, template=tname, style=style, problem=problem)
                    rows.append(dict(base, variant="correct", solution=sol, final=final_s))
                    # faults
                    frng = random.Random("fault|" + pid)
                    for variant in ("slip", "carry"):
                        for _try in range(200):
                            k = frng.randrange(1, len(steps) + 1)
                            st = steps[k - 1]
                            fk = pick(frng, FKINDS)
                            right = st["value"]
                            w = make_wrong(st, right, fk, frng)
                            if not canon_ok(w, st) or w == right:
                                continue
                            if abs(w - right) < D("0.02"):
                                continue
                            if variant == "slip":
                                shown = dict(shown0)
                                shown[k] = w
                                L = do_render(steps, shown, fin)
                                sol2, spans = join(L)
                                rows.append(dict(base, variant="slip", solution=sol2, final=final_s, span=list(spans[k]),
                                                 wrong=trim(w), right=trim(right), step=k, kind=fk))
                                break
                            S1 = Stepper({k: w})
                            fin1 = kcomp(S1, p)
                            if any(s["value"] <= 0 or (s["unit"] not in MONEY and s["value"] != s["value"].quantize(D("0.0001")))
                                   for s in S1.steps) or fin1 == fin:
                                continue
                            shown1 = {s["idx"]: s["value"] for s in S1.steps}
                            L = do_render(S1.steps, shown1, fin1, check=(k != len(steps)))
                            sol2, spans = join(L)
                            rows.append(dict(base, variant="carry", solution=sol2, final=trim(fin1), span=list(spans[k]),
                                             wrong=trim(w), right=trim(right), step=k, kind=fk))
                            break
                        else:
                            raise SystemExit("no fault for " + pid)
                    # loop
                    lr = random.Random("loop|" + pid)
                    body = [ln for ln, _ in Lc]
                    body = body[:-2]  # drop blank + ####
                    while body and body[-1] == "":
                        body.pop()
                    cand = [j for j in range(1, len(body)) if body[j] != ""]
                    if not cand:
                        cand = [len(body) - 1]
                    j = pick(lr, cand[: max(1, len(cand) - 1)] if len(cand) > 2 else cand)
                    u = lr.randrange(1, 4)
                    u = min(u, j + 1)
                    unit = body[j - u + 1:j + 1]
                    if all(x == "" for x in unit):
                        unit = [body[j]]
                        u = 1
                    reps = lr.randrange(8, 31)
                    pre = "\n".join(body[:j + 1])
                    unit_s = "\n".join(body[j - u + 1:j + 1])
                    text = pre
                    start2 = len(pre) + 1
                    for _ in range(reps - 1):
                        text += "\n" + unit_s
                    rows.append(dict(base, variant="loop", solution=text, final=final_s,
                                     span=[start2, start2 + len(unit_s)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows" % len(rows))


if __name__ == "__main__":
    main()
