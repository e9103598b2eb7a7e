"""Problem structures (kinds): parameter samplers, wordings and step-by-step solvers."""
from fractions import Fraction as Fr
from core import V, fr, rnd, min_dp, dstr, group_int

NAMES = [("Maria", "she", "her"), ("James", "he", "his"), ("Priya", "she", "her"), ("Daniel", "he", "his"),
         ("Aisha", "she", "her"), ("Tom", "he", "his"), ("Sofia", "she", "her"), ("Marcus", "he", "his"),
         ("Lena", "she", "her"), ("Carlos", "he", "his"), ("Hannah", "she", "her"), ("Kenji", "he", "his"),
         ("Olivia", "she", "her"), ("Ravi", "he", "his"), ("Grace", "she", "her"), ("Ethan", "he", "his"),
         ("Fatima", "she", "her"), ("Noah", "he", "his"), ("Chloe", "she", "her"), ("Mateo", "he", "his"),
         ("Jordan", "they", "their"), ("Alex", "they", "their")]
LENDERS = ["a credit union", "a local bank", "an online lender", "the bank", "a community bank"]
PURPOSES = ["a used car", "home repairs", "college tuition", "new furniture", "a new roof", "a small business",
            "a kitchen remodel", "medical bills"]
ITEMS = ["refrigerator", "sofa set", "washer and dryer", "laptop", "piano", "riding mower"]


def tm(x):
    x = fr(x)
    if x.denominator == 1:
        return "$" + group_int(dstr(x, 0))
    s = dstr(x, 2)
    a, b = s.split(".")
    return "$" + group_int(a) + "." + b


def tp(x):
    """x is a fraction (0.18) -> '18%'"""
    y = fr(x) * 100
    return dstr(y, min_dp(y)) + "%"


def tn(x):
    x = fr(x)
    return dstr(x, min_dp(x))


def pmt(L, apr, n):
    r = float(apr) / 12
    p = float(L) * r / (1 - (1 + r) ** (-n))
    return Fr(str(round(p, 2)))


def person(rng):
    n, he, his = rng.choice(NAMES)
    verb_s = "" if he == "they" else "s"
    return dict(N=n, he=he, He=he.capitalize(), his=his, His=his.capitalize(), s=verb_s,
                has="have" if he == "they" else "has")


# ---------------------------------------------------------------- helpers used by solvers
def M(x):
    return V(x, "money")


def P_(x):
    return V(fr(x) / 100, "pct")


def N_(x, unit=None):
    return V(x, "num", unit)


MONTHLY_APRS = [12, 15, 16.8, 18, 19.2, 19.8, 20.4, 21, 21.6, 22.8, 23.4, 24, 25.2, 26.4, 17.4, 13.2]
CASH_APRS = [24, 25.2, 26.4, 27.6, 28.8, 29.4]
MORT_APRS = [3.6, 4.2, 4.8, 5.4, 6, 6.6, 7.2, 5.7, 6.3, 4.5, 6.9]
CAR_APRS = [3.9, 4.9, 5.9, 6.9, 7.9, 8.9]


# ================================================================ 1. simple interest (years)
def si_sample(rng, ask, v):
    while True:
        P = rng.choice(range(1000, 20001, 500))
        r = rng.choice([2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 8, 9])
        t = rng.choice([2, 3, 4, 5, 6, 7])
        I = fr(P) * fr(r) / 100 * t
        if min_dp(I) <= 2:
            return dict(P=P, r=r, t=t)


def si_solve(c, p, ask):
    P, r, t = M(p["P"]), P_(p["r"]), N_(p["t"], "years")
    c.given([("Principal", P), ("Annual interest rate", r), ("Time", t)])
    I = c.calc("interest", [P, "*", r, "*", t], sym="I", verb="Apply the simple interest formula",
               formula=["I", "=", "P", "*", "r", "*", "t"], title="Interest")
    if ask == "interest":
        return I, lambda f: c.pick("ci", ["{who_c} will pay %s in interest." % f.t(I),
                                          "The simple interest is %s." % f.t(I),
                                          "Total interest over the %s years: %s." % (tn(p["t"]), f.t(I))])
    A = c.calc("total amount owed", [P, "+", I], sym="A", verb="Add the interest to the principal",
               title="Total to repay")
    if c.opt("chk", 0.4):
        c.calc("check", [A, "-", P], sym="I", eligible=False, check=True)
    return A, lambda f: c.pick("ca", ["{who_c} must repay %s in total." % f.t(A),
                                      "The total amount owed is %s." % f.t(A),
                                      "After %s years the amount due is %s (the %s borrowed plus %s interest)."
                                      % (tn(p["t"]), f.t(A), f.t(P), f.t(I))])


SI_BODIES = [
    ("{N} borrows {P} from {lender} at a simple interest rate of {r} per year for {t} years.", "{N}"),
    ("A loan of {P} is taken out for {t} years at {r} simple annual interest.", "the borrower"),
    ("{N} took out a {P} loan to pay for {purpose}. The loan charges {r} simple interest per year, and {he} will "
     "pay it back in one lump sum after {t} years.", "{N}"),
    ("You borrow {P} at {r} per year simple interest. The loan lasts {t} years.", "you"),
    ("{Lender} lends {N} {P} for {purpose} at {r} annual simple interest over {t} years.", "{N}"),
]
SI_Q = {"interest": ["How much interest will be paid?", "How much interest is owed at the end of the loan?",
                     "What is the total simple interest?"],
        "total": ["What is the total amount to be repaid?", "How much must be paid back in total?",
                  "What is the total amount owed when the loan ends?"]}


def si_text(p):
    return dict(P=tm(p["P"]), r=tp(fr(p["r"]) / 100), t=tn(p["t"]))


# ================================================================ 2. simple interest, months
def sim_sample(rng, ask, v):
    while True:
        P = rng.choice(list(range(600, 12001, 100)))
        r = rng.choice([3, 4, 5, 6, 7.5, 8, 9, 10, 12])
        m = rng.choice([6, 9, 15, 18, 30, 3, 21, 8, 10, 20, 24, 36])
        I = fr(P) * fr(r) / 100 * m / 12
        if min_dp(I) is not None and min_dp(I) <= 2:
            return dict(P=P, r=r, m=m)


def sim_solve(c, p, ask):
    P, r, m = M(p["P"]), P_(p["r"]), N_(p["m"], "months")
    c.given([("Principal", P), ("Annual rate", r), ("Time", m)])
    if min_dp(Fr(p["m"], 12)) is not None and (Fr(p["m"], 12)).denominator != 1:
        t = c.calc("time in years", [m, "/", N_(12)], k="num", unit="years", sym="t",
                   verb="Convert the months to years", title="Time in years")
        I = c.calc("interest", [P, "*", r, "*", t], sym="I", verb="Find the interest",
                   formula=["I", "=", "P", "*", "r", "*", "t"], title="Interest")
    elif Fr(p["m"], 12).denominator == 1:
        t = c.calc("time in years", [m, "/", N_(12)], k="num", unit="years", sym="t",
                   verb="Convert the months to years", title="Time in years")
        I = c.calc("interest", [P, "*", r, "*", t], sym="I", verb="Find the interest",
                   formula=["I", "=", "P", "*", "r", "*", "t"], title="Interest")
    else:
        c.note(lambda f: c.pick("nm", ["Since the time is in months, use %s/12 of a year." % tn(p["m"]),
                                       "The time is %s months, which is %s/12 of a year." % (tn(p["m"]), tn(p["m"]))]))
        I = c.calc("interest", [P, "*", r, "*", m, "/", N_(12)], sym="I", verb="Find the interest",
                   title="Interest")
    if ask == "interest":
        return I, lambda f: c.pick("ci", ["The interest charged is %s." % f.t(I),
                                          "{who_c} will pay %s in interest." % f.t(I)])
    A = c.calc("total to repay", [P, "+", I], sym="A", verb="Add the interest to the principal",
               title="Total amount")
    if ask == "total":
        return A, lambda f: c.pick("ca", ["The total to repay is %s." % f.t(A),
                                          "{who_c} will repay %s altogether." % f.t(A)])
    pay = c.calc("monthly payment", [A, "/", m], dp=2, sym="payment", verb="Divide the total by the number of payments",
                 title="Monthly payment")
    return pay, lambda f: c.pick("cp", ["Each monthly payment is %s." % f.t(pay),
                                        "{who_c} will pay %s per month." % f.t(pay)])


SIM_BODIES = [
    ("{N} borrows {P} for {m} months at a simple interest rate of {r} per year.", "{N}"),
    ("An appliance store finances a {P} {item} for {m} months, charging {r} simple interest per year.",
     "the buyer"),
    ("{N} gets a {m}-month loan of {P} from {lender}. The lender charges simple interest at {r} annually.", "{N}"),
    ("A {P} loan carries {r} annual simple interest and must be repaid after {m} months.", "the borrower"),
]
SIM_Q = {"interest": ["How much interest is charged?", "How much interest will be owed?"],
         "total": ["How much is repaid in total?", "What is the total amount due at the end?"],
         "payment": ["If the total is repaid in {m} equal monthly payments, how much is each payment?",
                     "The total (principal plus interest) is split into {m} equal monthly payments. How much is "
                     "each payment, to the nearest cent?"]}


def sim_text(p):
    return dict(P=tm(p["P"]), r=tp(fr(p["r"]) / 100), m=tn(p["m"]))


# ================================================================ 3. simple interest, find rate or time
def sif_sample(rng, ask, v):
    while True:
        P = rng.choice(range(1000, 25001, 500))
        r = rng.choice([2, 2.5, 3, 4, 4.5, 5, 6, 7, 8])
        t = rng.choice([2, 3, 4, 5, 6, 8])
        I = fr(P) * fr(r) / 100 * t
        if min_dp(I) <= 2:
            return dict(P=P, r=r, t=t, I=I)


def sif_solve(c, p, ask):
    P, I = M(p["P"]), M(p["I"])
    if ask == "rate":
        t = N_(p["t"], "years")
        c.given([("Principal", P), ("Interest", I), ("Time", t)])
        c.note(lambda f: c.pick("nf", ["Rearrange I = P × r × t to get r = I ÷ (P × t).",
                                       "Since I = Prt, the rate is r = I / (Pt).",
                                       "We solve the simple interest formula for r."]))
        pt = c.calc("principal times time", [P, "*", t], sym="P × t", verb="Multiply the principal by the time",
                    title="P × t")
        r = c.calc("annual rate", [I, "/", pt], k="pct", sym="r", verb="Divide the interest by that product",
                   title="Rate")
        return r, lambda f: c.pick("cr", ["The annual simple interest rate is %s." % f.tp(r),
                                          "The loan charged %s per year." % f.tp(r)])
    r = P_(p["r"])
    c.given([("Principal", P), ("Interest", I), ("Annual rate", r)])
    c.note(lambda f: c.pick("nf", ["Rearrange I = P × r × t to get t = I ÷ (P × r).",
                                   "Solve I = Prt for t: t = I / (Pr).",
                                   "First find one year of interest, then see how many years it takes."]))
    pr = c.calc("interest for one year", [P, "*", r], sym="P × r", verb="Find one year's interest",
                title="One year of interest")
    t = c.calc("time", [I, "/", pr], k="num", unit="years", sym="t", verb="Divide the total interest by one year's interest",
               title="Time")
    return t, lambda f: c.pick("ct", ["The loan lasted %s years." % tn(t.v),
                                      "It takes %s years." % tn(t.v)])


SIF_BODIES = [
    ("rate", "{N} borrowed {P} and paid {I} in simple interest over {t} years. What was the annual interest rate?", "{N}"),
    ("rate", "A {t}-year loan of {P} cost {I} in simple interest. What annual rate was charged?", "the borrower"),
    ("rate", "{Lender} charged {N} {I} of simple interest on a {P} loan that lasted {t} years. Find the yearly "
             "interest rate.", "{N}"),
    ("rate", "You repay a {P} loan after {t} years and the interest comes to {I}. What simple interest rate per "
             "year did you pay?", "you"),
    ("time", "{N} borrowed {P} at {r} simple interest per year and paid {I} in interest. For how many years was the "
             "loan?", "{N}"),
    ("time", "How long does it take for a {P} loan at {r} annual simple interest to build up {I} of interest?",
     "the borrower"),
    ("time", "A {P} loan at {r} simple interest per year ended with {I} of interest owed. How many years did the "
             "loan last?", "the borrower"),
    ("time", "{N} paid {I} of simple interest on {P} borrowed at {r} a year. How many years was the money "
             "borrowed for?", "{N}"),
]


def sif_text(p):
    return dict(P=tm(p["P"]), r=tp(fr(p["r"]) / 100), t=tn(p["t"]), I=tm(p["I"]))


# ================================================================ 4. one month of interest from an APR
def apr_sample(rng, ask, v):
    B = Fr(rng.choice(range(30000, 600000, 1))) / 100
    if rng.random() < 0.4:
        B = Fr(rng.choice(range(300, 6000, 25)))
    return dict(B=B, apr=rng.choice(MONTHLY_APRS))


def apr_solve(c, p, ask):
    B, apr = M(p["B"]), P_(p["apr"])
    c.given([("Balance", B), ("APR", apr)])
    mr = c.calc("monthly rate", [apr, "/", N_(12)], k="pct", sym="r", verb="Convert the APR to a monthly rate",
                title="Monthly rate")
    I = c.calc("interest for the month", [B, "*", mr], dp=2, sym="I", verb="Multiply the balance by the monthly rate",
               title="Monthly interest")
    if ask == "interest":
        return I, lambda f: c.pick("ci", ["One month of interest is %s." % f.t(I),
                                          "The interest charge for the month is %s." % f.t(I)])
    nb = c.calc("new balance", [B, "+", I], sym="B", verb="Add the interest to the balance", title="New balance")
    return nb, lambda f: c.pick("cb", ["The new balance is %s." % f.t(nb),
                                       "After one month the balance grows to %s." % f.t(nb)])


APR_BODIES = [
    ("{N}'s credit card has an APR of {apr} and a balance of {B}.", "{N}"),
    ("A credit card charges {apr} APR, and interest is applied monthly. The balance this month is {B}.", "the cardholder"),
    ("You carry a balance of {B} on a store card with an annual percentage rate of {apr}.", "you"),
    ("{N} has {B} on a credit card with {apr} APR. Interest is charged each month at one-twelfth of the APR.", "{N}"),
    ("A bank explains that its card's APR is {apr} and that the monthly interest rate is the APR divided by 12. "
     "A customer has a balance of {B}.", "the customer"),
]
APR_Q = {"interest": ["How much interest is charged for one month?", "What is one month's interest, to the nearest cent?"],
         "newbal": ["What is the balance after one month of interest, with no payments or new purchases?",
                    "If nothing is paid and nothing new is charged, what will the balance be after one month?"]}


def apr_text(p):
    return dict(B=tm(p["B"]), apr=tp(fr(p["apr"]) / 100))


# ================================================================ 5. credit card month by month
def cc_sample(rng, ask, v):
    B = Fr(rng.choice(range(80000, 650000))) / 100
    if rng.random() < 0.35:
        B = Fr(rng.choice(range(800, 6500, 50)))
    pay = rng.choice([50, 75, 100, 120, 125, 150, 175, 200, 250, 300])
    while pay * 3 > B * Fr(6, 10) and pay > 50:
        pay -= 25
    return dict(B=B, apr=rng.choice(MONTHLY_APRS), pay=pay, n=rng.choice([2, 3, 3]))


def cc_solve(c, p, ask, order):
    B, apr, pay = M(p["B"]), P_(p["apr"]), M(p["pay"])
    c.given([("Starting balance", B), ("APR", apr), ("Monthly payment", pay)])
    mr = c.calc("monthly rate", [apr, "/", N_(12)], k="pct", sym="r", verb="Find the monthly rate",
                title="Monthly rate")
    bal = B
    ints = []
    for g in range(1, p["n"] + 1):
        c.head(g, "Month %d" % g)
        if order == "int":
            I = c.calc("interest for month %d" % g, [bal, "*", mr], dp=2, sym="I%d" % g, group=g, col="Interest",
                       verb="Interest on %s" % "the balance", title="Interest")
            bal = c.calc("balance after month %d" % g, [bal, "+", I, "-", pay], sym="B%d" % g, group=g,
                         col="New balance", verb="Add the interest and subtract the payment", title="New balance")
        else:
            after = c.calc("balance after the payment in month %d" % g, [bal, "-", pay], sym="A%d" % g, group=g,
                           col="After payment", verb="Subtract the payment", title="After payment")
            I = c.calc("interest for month %d" % g, [after, "*", mr], dp=2, sym="I%d" % g, group=g, col="Interest",
                       verb="Charge interest on what is left", title="Interest")
            bal = c.calc("balance at the end of month %d" % g, [after, "+", I], sym="B%d" % g, group=g,
                         col="New balance", verb="Add the interest", title="New balance")
        ints.append(I)
    if ask == "balance":
        return bal, lambda f: c.pick("cb", ["After %d months the balance is %s." % (p["n"], f.t(bal)),
                                            "{who_c} will still owe %s after %d months." % (f.t(bal), p["n"]),
                                            "The balance at the end of month %d is %s." % (p["n"], f.t(bal))])
    toks = []
    for i, I in enumerate(ints):
        if i:
            toks.append("+")
        toks.append(I)
    tot = c.calc("total interest", toks, sym="I", verb="Add up the monthly interest charges", title="Total interest")
    return tot, lambda f: c.pick("ct", ["Total interest over %d months: %s." % (p["n"], f.t(tot)),
                                        "{who_c} pays %s in interest over the %d months." % (f.t(tot), p["n"])])


CC_BODIES = [
    ("{N} has a credit card balance of {B} at {apr} APR. {He} stops using the card and pays {pay} at the end of each "
     "month.", "{N}"),
    ("A credit card statement shows a balance of {B}. The card's APR is {apr}, and the cardholder makes a {pay} "
     "payment every month with no new purchases.", "the cardholder"),
    ("You owe {B} on a credit card with an APR of {apr}. You pay {pay} each month and don't charge anything new.",
     "you"),
]
CC_ORDER = {"int": "Each month, interest (APR ÷ 12) is added to the balance first and then the payment is subtracted.",
            "pay": "Each month, the payment is applied first, and then interest (APR ÷ 12) is charged on the remaining "
                   "balance."}
CC_Q = {"balance": ["Rounding interest to the nearest cent each month, what is the balance after {n} months?",
                    "What is the balance after {n} months? Round each month's interest to the cent."],
        "tint": ["Rounding each month's interest to the nearest cent, how much interest is paid in total over {n} "
                 "months?", "How much total interest is charged in the first {n} months (round each month to the "
                                "cent)?"]}


def cc_text(p):
    return dict(B=tm(p["B"]), apr=tp(fr(p["apr"]) / 100), pay=tm(p["pay"]), n=str(p["n"]))


# ================================================================ 6. minimum payment
def min_sample(rng, ask, rule):
    while True:
        B = Fr(rng.choice(range(40000, 900000))) / 100
        apr = rng.choice(MONTHLY_APRS)
        if rule == "greater":
            pct = rng.choice([2, 3, 4])
            floor = rng.choice([25, 35, 40, 30])
            pp = rnd(B * pct / 100, 2)
            if ask == "minpay" and pp <= floor:
                continue
            if ask == "newbal" and rng.random() < 0.5 and pp > floor:
                continue
            return dict(B=B, apr=apr, pct=pct, floor=floor)
        return dict(B=B, apr=apr, pct=1, floor=0)


def min_solve(c, p, ask, rule):
    B, apr = M(p["B"]), P_(p["apr"])
    pct = P_(p["pct"])
    c.given([("Statement balance", B), ("APR", apr)])
    I = None
    if ask == "newbal" or rule == "plus":
        mr = c.calc("monthly rate", [apr, "/", N_(12)], k="pct", sym="r", verb="Find the monthly rate",
                    title="Monthly rate")
        I = c.calc("interest for the month", [B, "*", mr], dp=2, sym="I", verb="Find this month's interest",
                   title="Interest")
    pp = c.calc("percent-of-balance amount", [pct, "*", B], dp=2, sym="p", verb="Take %s of the balance" % tp(pct.v),
                title="%s of balance" % tp(pct.v))
    if rule == "greater":
        fl = M(p["floor"])
        if pp.v > fl.v:
            mn = pp
            c.note(lambda f: c.pick("ng", ["Since %s is more than %s, the minimum payment is %s." % (f.t(pp), f.t(fl), f.t(pp)),
                                           "%s is greater than the %s floor, so the minimum is %s." % (f.t(pp), f.t(fl), f.t(pp))]))
        else:
            mn = fl
            c.note(lambda f: c.pick("ng", ["Since %s is less than %s, the minimum payment is %s." % (f.t(pp), f.t(fl), f.t(fl)),
                                           "%s is below the %s floor, so the minimum is the flat %s." % (f.t(pp), f.t(fl), f.t(fl))]))
    else:
        mn = c.calc("minimum payment", [pp, "+", I], sym="min", verb="Add the interest", title="Minimum payment")
    if ask == "minpay":
        return mn, lambda f: c.pick("cm", ["The minimum payment is %s." % f.t(mn),
                                           "{who_c} must pay at least %s this month." % f.t(mn)])
    nb = c.calc("new balance", [B, "+", I, "-", mn], sym="B", verb="Add the interest and subtract the minimum payment",
                title="New balance")
    return nb, lambda f: c.pick("cb", ["The new balance is %s." % f.t(nb),
                                       "After paying only the minimum, {who} will owe %s." % f.t(nb)])


MIN_BODIES = [
    ("{N}'s credit card statement shows a balance of {B}. The card has an APR of {apr}. {rule}", "{N}"),
    ("The terms of a credit card say: \"{rule}\" The APR is {apr}, and this month's statement balance is {B}.",
     "the cardholder"),
    ("A cardholder owes {B} on a card with {apr} APR. {rule}", "the cardholder"),
]
MIN_RULE = {"greater": "The minimum payment is {pct} of the balance or {floor}, whichever is greater.",
            "plus": "The minimum payment is {pct} of the balance plus that month's interest."}
MIN_Q = {"minpay": ["What is the minimum payment? (Interest for the month is the balance times APR ÷ 12.)",
                    "How much is the minimum payment this month? Round to the cent."],
         "newbal": ["If only the minimum is paid, what is the balance after one month's interest (APR ÷ 12, rounded "
                    "to the cent) is added and the payment is subtracted?",
                    "Suppose the cardholder pays just the minimum. What is the new balance once one month of interest "
                    "is added and the minimum payment is taken off?"]}


def min_text(p):
    return dict(B=tm(p["B"]), apr=tp(fr(p["apr"]) / 100), pct=tp(fr(p["pct"]) / 100), floor=tm(p["floor"]))


# ================================================================ 7. car loan
def car_sample(rng, ask, down):
    price = rng.choice(range(14000, 46001, 500))
    years = rng.choice([3, 4, 5, 6])
    apr = rng.choice(CAR_APRS) / 100
    if down == "pct":
        d = rng.choice([10, 15, 20, 25])
        dv = Fr(price) * d / 100
    else:
        dv = Fr(rng.choice(range(1000, 8001, 500)))
        d = None
    L = price - dv
    M_ = pmt(L, apr, years * 12)
    if rng.random() < 0.5:
        M_ = Fr(int(M_) + 1)
    return dict(price=price, years=years, d=d, down=dv, M=M_)


def car_solve(c, p, ask, down):
    price, Mo = M(p["price"]), M(p["M"])
    yrs = N_(p["years"], "years")
    c.given([("Price", price), ("Monthly payment", Mo), ("Term", yrs)])
    if down == "pct":
        dv = c.calc("down payment", [P_(p["d"]), "*", price], sym="D", verb="Find the down payment",
                    title="Down payment")
    else:
        dv = M(p["down"])
    L = c.calc("amount financed", [price, "-", dv], sym="L", verb="Subtract the down payment from the price",
               title="Loan amount")
    n = c.calc("number of payments", [yrs, "*", N_(12)], k="num", unit="months", sym="n",
               verb="Count the monthly payments", title="Number of payments")
    tot = c.calc("total of the monthly payments", [Mo, "*", n], sym="T", verb="Multiply the payment by the number of months",
                 title="Total of payments")
    if ask == "interest":
        I = c.calc("total interest", [tot, "-", L], sym="I", verb="Subtract the amount financed",
                   title="Total interest")
        return I, lambda f: c.pick("ci", ["{who_c} pays %s in interest over the loan." % f.t(I),
                                          "The interest on the car loan comes to %s." % f.t(I)])
    cost = c.calc("total cost", [tot, "+", dv], sym="C", verb="Add the down payment back in", title="Total cost")
    return cost, lambda f: c.pick("cc", ["The car ends up costing %s in total." % f.t(cost),
                                         "Total cost including the down payment: %s." % f.t(cost)])


CAR_BODIES = [
    ("{N} buys a car for {price} and makes a down payment of {down}. {He} finances the rest with a {years}-year loan "
     "and pays {M} per month.", "{N}"),
    ("A used car costs {price}. After a down payment of {down}, the buyer takes a loan for the remainder and pays {M} "
     "a month for {years} years.", "the buyer"),
    ("The dealership offers {N} this deal on a {price} car: put {down} down, then pay {M} monthly for {years} years.",
     "{N}"),
]
CAR_Q = {"interest": ["How much interest is paid over the life of the loan?",
                      "What is the total interest paid on the loan?"],
         "cost": ["What is the total cost of the car, including the down payment and all monthly payments?",
                  "Counting the down payment and every monthly payment, how much is paid for the car in total?"]}


def car_text(p):
    return dict(price=tm(p["price"]), years=tn(p["years"]), M=tm(p["M"]),
                down=(tp(Fr(p["d"], 100)) if p["d"] else tm(p["down"])))


# ================================================================ 8. down payment as a percent
def dp_sample(rng, ask, v):
    while True:
        price = rng.choice(range(150000, 720001, 5000))
        d = rng.choice([3.5, 5, 10, 12, 15, 20, 25])
        cc = rng.choice([2, 2.5, 3, 3.5, 4])
        dv = Fr(price) * fr(d) / 100
        L = price - dv
        if min_dp(dv) <= 2 and min_dp(L * fr(cc) / 100) <= 2:
            return dict(price=price, d=d, cc=cc)


def dp_solve(c, p, ask):
    price, d = M(p["price"]), P_(p["d"])
    c.given([("Home price", price), ("Down payment", d)])
    dv = c.calc("down payment", [price, "*", d], sym="D", verb="Find the down payment", title="Down payment")
    L = c.calc("loan amount", [price, "-", dv], sym="L", verb="Subtract the down payment from the price",
               title="Mortgage amount")
    if ask == "loan":
        return L, lambda f: c.pick("cl", ["The mortgage will be for %s." % f.t(L),
                                          "{who_c} needs to borrow %s." % f.t(L)])
    cc = c.calc("closing costs", [L, "*", P_(p["cc"])], sym="C", verb="Find the closing costs on the loan",
                title="Closing costs")
    cash = c.calc("cash needed at closing", [dv, "+", cc], sym="cash", verb="Add the down payment and closing costs",
                  title="Cash needed")
    return cash, lambda f: c.pick("cc", ["{who_c} needs %s in cash at closing." % f.t(cash),
                                         "Cash due at closing: %s." % f.t(cash)])


DP_BODIES = [
    ("{N} is buying a home priced at {price}. The lender requires a {d} down payment.", "{N}"),
    ("A house sells for {price}. The buyers put {d} down and take a mortgage for the rest.", "the buyers"),
    ("{N} and {his} partner found a condo listed at {price}. They plan to make a {d} down payment.", "they"),
    ("For a {price} townhouse, a bank asks for a down payment of {d} of the purchase price.", "the buyer"),
    ("You are buying a {price} house with {d} down.", "you"),
]
DP_Q = {"loan": ["How much is the mortgage loan?", "How much money must be borrowed?"],
        "cash": ["Closing costs are {cc} of the loan amount. How much cash is needed at closing for the down payment "
                 "and closing costs together?",
                 "If closing costs are {cc} of the amount borrowed, what is the total cash due at closing (down payment "
                 "plus closing costs)?"]}


def dp_text(p):
    return dict(price=tm(p["price"]), d=tp(fr(p["d"]) / 100), cc=tp(fr(p["cc"]) / 100))


# ================================================================ 9. mortgage total interest
def mort_sample(rng, ask, v):
    while True:
        price = rng.choice(range(180000, 650001, 5000))
        d = rng.choice([5, 10, 15, 20, 25])
        years = rng.choice([15, 30, 30, 20])
        apr = rng.choice(MORT_APRS) / 100
        L = Fr(price) * d / 100
        L = price - L
        if L.denominator != 1:
            continue
        return dict(price=price, d=d, years=years, M=pmt(L, apr, years * 12))


def mort_solve(c, p, ask):
    price, d, Mo = M(p["price"]), P_(p["d"]), M(p["M"])
    yrs = N_(p["years"], "years")
    c.given([("Price", price), ("Down payment", d), ("Monthly payment", Mo), ("Term", yrs)])
    dv = c.calc("down payment", [price, "*", d], sym="D", verb="Find the down payment", title="Down payment")
    L = c.calc("loan amount", [price, "-", dv], sym="L", verb="Find the amount borrowed", title="Loan amount")
    n = c.calc("number of payments", [yrs, "*", N_(12)], k="num", unit="payments", sym="n",
               verb="Count the payments", title="Number of payments")
    tot = c.calc("total of all payments", [Mo, "*", n], sym="T", verb="Multiply the monthly payment by the number of payments",
                 title="Total paid to the lender")
    if ask == "interest":
        I = c.calc("total interest", [tot, "-", L], sym="I", verb="Subtract the loan amount", title="Total interest")
        return I, lambda f: c.pick("ci", ["Over %s years, the interest adds up to %s." % (tn(p["years"]), f.t(I)),
                                          "Total interest paid: %s." % f.t(I)])
    all_ = c.calc("total paid for the home", [tot, "+", dv], sym="total", verb="Add the down payment",
                  title="Total paid for the house")
    return all_, lambda f: c.pick("ct", ["In total, %s is paid for the home." % f.t(all_),
                                         "{who_c} pays %s altogether." % f.t(all_)])


MORT_BODIES = [
    ("{N} buys a house for {price} with {d} down. The {years}-year mortgage payment (principal and interest) is {M} "
     "per month.", "{N}"),
    ("A family buys a {price} home, puts {d} down, and gets a {years}-year fixed mortgage with a monthly payment of "
     "{M}.", "the family"),
    ("The price of a condo is {price}. With a down payment of {d}, the monthly payment on a {years}-year loan is {M}.",
     "the buyer"),
    ("You put {d} down on a {price} house and finance the rest over {years} years at {M} a month.", "you"),
    ("{N} and {his} spouse take out a {years}-year mortgage on a {price} house after paying {d} down. Their monthly "
     "payment is {M}.", "they"),
]
MORT_Q = {"interest": ["How much interest is paid over the full term?",
                       "What is the total interest paid if every payment is made on schedule?"],
          "all": ["How much is paid for the house in total, counting the down payment and all monthly payments?",
                  "What is the total amount paid for the home, including the down payment?"]}


def mort_text(p):
    return dict(price=tm(p["price"]), d=tp(Fr(p["d"], 100)), years=tn(p["years"]), M=tm(p["M"]))


# ================================================================ 10. amortization rows
def am_sample(rng, ask, v):
    if rng.random() < 0.5:
        L = Fr(rng.choice(range(120000, 450001, 1000)))
        apr = rng.choice(MORT_APRS)
        n = rng.choice([180, 360])
    else:
        L = Fr(rng.choice(range(8000, 40001, 250)))
        apr = rng.choice([4.8, 6, 7.2, 8.4, 9, 3.6, 5.4])
        n = rng.choice([36, 48, 60])
    return dict(L=L, apr=apr, M=pmt(L, fr(apr) / 100, n), n=n,
                rows=(1 if ask == "princ" else rng.choice([2, 3])))


def am_solve(c, p, ask):
    L, apr, Mo = M(p["L"]), P_(p["apr"]), M(p["M"])
    c.given([("Loan balance", L), ("APR", apr), ("Monthly payment", Mo)])
    mr = c.calc("monthly rate", [apr, "/", N_(12)], k="pct", sym="r", verb="Find the monthly interest rate",
                title="Monthly rate")
    bal = L
    ints = []
    pr = None
    for g in range(1, p["rows"] + 1):
        c.head(g, "Payment %d" % g)
        I = c.calc("interest in payment %d" % g, [bal, "*", mr], dp=2, sym="I%d" % g, group=g, col="Interest",
                   verb="Interest portion", title="Interest")
        pr = c.calc("principal in payment %d" % g, [Mo, "-", I], sym="P%d" % g, group=g, col="Principal",
                    verb="Principal portion", title="Principal")
        bal = c.calc("balance after payment %d" % g, [bal, "-", pr], sym="B%d" % g, group=g, col="Balance",
                     verb="New balance", title="Remaining balance")
        ints.append(I)
    if ask == "princ":
        return pr, lambda f: c.pick("cp", ["Of the first payment, %s goes to principal." % f.t(pr),
                                           "The principal portion of payment 1 is %s." % f.t(pr)])
    if ask == "bal":
        return bal, lambda f: c.pick("cb", ["After %d payments the balance is %s." % (p["rows"], f.t(bal)),
                                            "Remaining balance after payment %d: %s." % (p["rows"], f.t(bal))])
    toks = []
    for i, I in enumerate(ints):
        if i:
            toks.append("+")
        toks.append(I)
    tot = c.calc("total interest", toks, sym="I", verb="Add the interest portions", title="Total interest")
    return tot, lambda f: c.pick("ct", ["The first %d payments include %s of interest." % (p["rows"], f.t(tot)),
                                        "Interest paid in the first %d payments: %s." % (p["rows"], f.t(tot))])


AM_BODIES = [
    ("A loan of {L} has an APR of {apr} and a monthly payment of {M}.", "the borrower"),
    ("{N} takes out a {L} loan at {apr} APR with monthly payments of {M}. Each month's interest is the balance "
     "times APR ÷ 12, rounded to the cent, and the rest of the payment reduces the principal.", "{N}"),
    ("Build the first rows of an amortization table for a {L} loan at {apr} annual interest with a {M} monthly "
     "payment.", "the borrower"),
    ("Your loan balance is {L}, the rate is {apr} per year, and you pay {M} every month.", "you"),
]
AM_Q = {"bal": ["What is the balance after {rows} payments? Round each interest amount to the cent.",
                "Using interest = balance × APR/12 (rounded to the cent), find the balance after {rows} payments."],
        "princ": ["How much of the first payment goes to principal?",
                  "Split the first payment into interest and principal. How much is principal?"],
        "tint": ["How much interest is paid in the first {rows} payments (round each month to the cent)?",
                 "What is the total interest in the first {rows} payments?"]}


def am_text(p):
    return dict(L=tm(p["L"]), apr=tp(fr(p["apr"]) / 100), M=tm(p["M"]), rows=str(p["rows"]))


# ================================================================ 11. compare two loans
def cmp_sample(rng, ask, v):
    L = Fr(rng.choice(range(6000, 36001, 500)))
    if v == "rate":
        yrs = rng.choice([3, 4, 5])
        a1, a2 = sorted(rng.sample(CAR_APRS, 2))
        return dict(L=L, ya=yrs, yb=yrs, Ma=pmt(L, a1 / 100, yrs * 12), Mb=pmt(L, a2 / 100, yrs * 12))
    ya, yb = sorted(rng.sample([3, 4, 5, 6], 2))
    a = rng.choice(CAR_APRS) / 100
    return dict(L=L, ya=ya, yb=yb, Ma=pmt(L, a, ya * 12), Mb=pmt(L, a, yb * 12))


def cmp_solve(c, p, ask, v):
    L, Ma, Mb = M(p["L"]), M(p["Ma"]), M(p["Mb"])
    c.given([("Amount borrowed", L), ("Offer A payment", Ma), ("Offer B payment", Mb)])
    if v == "rate":
        n = c.calc("number of payments", [N_(p["ya"], "years"), "*", N_(12)], k="num", unit="months", sym="n",
                   verb="Count the payments", title="Number of payments")
        na = nb = n
    else:
        na = c.calc("payments for offer A", [N_(p["ya"], "years"), "*", N_(12)], k="num", unit="months", sym="n_A",
                    verb="Count offer A's payments", title="Offer A payments")
        nb = c.calc("payments for offer B", [N_(p["yb"], "years"), "*", N_(12)], k="num", unit="months", sym="n_B",
                    verb="Count offer B's payments", title="Offer B payments")
    ta = c.calc("total paid on offer A", [Ma, "*", na], sym="T_A", verb="Total for offer A", title="Offer A total")
    ia = c.calc("interest on offer A", [ta, "-", L], sym="I_A", verb="Interest for offer A", title="Offer A interest")
    tb = c.calc("total paid on offer B", [Mb, "*", nb], sym="T_B", verb="Total for offer B", title="Offer B total")
    ib = c.calc("interest on offer B", [tb, "-", L], sym="I_B", verb="Interest for offer B", title="Offer B interest")
    if ia.v <= ib.v:
        d = c.calc("difference in interest", [ib, "-", ia], sym="diff", verb="Compare the two", title="Difference")
        cheap = "A"
    else:
        d = c.calc("difference in interest", [ia, "-", ib], sym="diff", verb="Compare the two", title="Difference")
        cheap = "B"
    return d, lambda f: c.pick("cd", ["Offer %s saves %s in interest." % (cheap, f.t(d)),
                                      "Offer %s costs %s less in interest." % (cheap, f.t(d))])


CMP_BODIES = [
    ("rate", "{N} needs to borrow {L} for a car. Offer A: {Ma} per month for {ya} years. Offer B: {Mb} per month for "
             "{yb} years. How much less interest does the cheaper offer charge?", "{N}"),
    ("rate", "Two banks quote a {L}, {ya}-year loan. Bank A's payment is {Ma}/month and Bank B's payment is "
             "{Mb}/month. (Call them offer A and offer B.) What is the difference in total interest?", "the borrower"),
    ("rate", "A credit union offers {L} at {Ma} a month for {ya} years (offer A); a dealer offers the same amount at "
             "{Mb} a month for {ya} years (offer B). How much interest would the cheaper loan save?", "the buyer"),
    ("rate", "You compare two {ya}-year loans for {L}: offer A costs {Ma} per month, offer B costs {Mb} per month. "
             "By how much do their total interest charges differ?", "you"),
    ("rate", "For a {L} loan, offer A has payments of {Ma} per month and offer B has payments of {Mb} per month, both "
             "for {ya} years. Find the difference in the interest paid.", "the borrower"),
    ("term", "{N} can repay a {L} loan with offer A ({Ma} per month for {ya} years) or offer B ({Mb} per month for "
             "{yb} years). How much more interest does the longer loan cost?", "{N}"),
    ("term", "A {L} car loan can be paid off over {ya} years at {Ma}/month (offer A) or over {yb} years at "
             "{Mb}/month (offer B). What is the difference in total interest?", "the buyer"),
    ("term", "Offer A: {Ma} a month for {ya} years. Offer B: {Mb} a month for {yb} years. Both are for the same {L} "
             "loan. How much interest does choosing offer A save?", "the borrower"),
    ("term", "You borrow {L}. The lender lets you choose {ya} years at {Ma} per month (offer A) or {yb} years at {Mb} "
             "per month (offer B). How much extra interest comes with the longer term?", "you"),
    ("term", "{N} compares a {ya}-year plan at {Ma} monthly (offer A) with a {yb}-year plan at {Mb} monthly (offer B) "
             "for a {L} loan. What is the difference in interest?", "{N}"),
]


def cmp_text(p):
    return dict(L=tm(p["L"]), Ma=tm(p["Ma"]), Mb=tm(p["Mb"]), ya=tn(p["ya"]), yb=tn(p["yb"]))


# ================================================================ 12. saving for a down payment
def save_sample(rng, ask, v):
    while True:
        price = rng.choice(range(160000, 600001, 5000))
        d = rng.choice([5, 10, 15, 20])
        S = rng.choice(range(2000, 40001, 500))
        dv = Fr(price) * d / 100
        need = dv - S
        if need <= 1000:
            continue
        s = rng.choice([250, 300, 400, 450, 500, 600, 750, 800, 900, 1000, 1200, 1500])
        q = need / s
        if v == "exact" and q.denominator == 1 and 3 <= q <= 120:
            return dict(price=price, d=d, S=S, s=s)
        if v == "ceil" and q.denominator != 1 and 3 <= q <= 120:
            return dict(price=price, d=d, S=S, s=s)
        if v == "exact":
            # nudge savings so the division is exact
            k = need // s
            S2 = dv - k * s
            if S2 > 0 and 3 <= k <= 120 and S2 == int(S2):
                return dict(price=price, d=d, S=int(S2), s=s)


def save_solve(c, p, ask, v):
    price, d, S, s = M(p["price"]), P_(p["d"]), M(p["S"]), M(p["s"])
    c.given([("Price", price), ("Down payment", d), ("Saved so far", S), ("Saving per month", s)])
    dv = c.calc("down payment", [price, "*", d], sym="D", verb="Find the down payment", title="Down payment needed")
    need = c.calc("amount still needed", [dv, "-", S], sym="need", verb="Subtract the savings", title="Still needed")
    ex = need.v / s.v
    dp = None if min_dp(ex, 2) is not None else 2
    mo = c.calc("months of saving", [need, "/", s], k="num", dp=dp, unit="months", sym="months",
                verb="Divide by the monthly savings", title="Months")
    if mo.v.denominator == 1:
        fin = mo
    else:
        up = -((-mo.v.numerator) // mo.v.denominator)
        fin = N_(up, "months")
        c.note(lambda f: c.pick("nc", ["%s months isn't enough, so round up to %d months." % (tn(mo.v), up),
                                       "That's not a whole number of months, so {who} needs %d months." % up,
                                       "Round up: %d months." % up]))
    return fin, lambda f: c.pick("cm", ["{who_c} needs %s months of saving." % tn(fin.v),
                                        "It will take %s months." % tn(fin.v)])


SAVE_BODIES = [
    ("{N} wants to buy a {price} home with {d} down. {He} {has} saved {S} and can save {s} a month.", "{N}"),
    ("A couple needs a {d} down payment on a {price} house. They have {S} saved and put away {s} per month.",
     "the couple"),
    ("To buy a {price} condo, {N} needs {d} of the price as a down payment. {His} savings are {S}, and {he} adds {s} "
     "every month.", "{N}"),
    ("You have {S} saved toward a {d} down payment on a {price} home, and you save {s} per month.", "you"),
    ("The lender wants {d} down on a {price} house. {N} has {S} and saves {s} each month.", "{N}"),
]
SAVE_Q = {"exact": ["How many months until the down payment is saved?",
                    "How many more months of saving are needed?"],
          "ceil": ["How many whole months will it take to have enough for the down payment?",
                   "After how many full months of saving will there be enough for the down payment?"]}


def save_text(p):
    return dict(price=tm(p["price"]), d=tp(Fr(p["d"], 100)), S=tm(p["S"]), s=tm(p["s"]))


# ================================================================ 13. interest share
def share_sample(rng, ask, v):
    while True:
        if rng.random() < 0.5:
            L = Fr(rng.choice(range(10000, 40001, 500)))
            yrs = rng.choice([4, 5, 6])
            apr = rng.choice(CAR_APRS) / 100
        else:
            L = Fr(rng.choice(range(150000, 500001, 5000)))
            yrs = rng.choice([15, 20, 30])
            apr = rng.choice(MORT_APRS) / 100
        Mo = pmt(L, apr, yrs * 12)
        tot = Mo * yrs * 12
        I = tot - L
        q = I / (tot if ask == "tot" else L) * 100
        if abs(q * 10 - int(q * 10) - Fr(1, 2)) < Fr(1, 20):
            continue  # stay away from rounding ties
        return dict(L=L, yrs=yrs, M=Mo)


def share_solve(c, p, ask):
    L, Mo, yrs = M(p["L"]), M(p["M"]), N_(p["yrs"], "years")
    c.given([("Loan amount", L), ("Monthly payment", Mo), ("Term", yrs)])
    n = c.calc("number of payments", [yrs, "*", N_(12)], k="num", unit="payments", sym="n", verb="Count the payments",
               title="Number of payments")
    tot = c.calc("total paid", [Mo, "*", n], sym="T", verb="Multiply by the number of payments", title="Total paid")
    I = c.calc("total interest", [tot, "-", L], sym="I", verb="Subtract the amount borrowed", title="Interest")
    base = tot if ask == "tot" else L
    sh = c.calc("interest share", [I, "/", base], k="pct", dp=1, sym="share", verb="Divide",
                title="Percent")
    what = "of everything paid" if ask == "tot" else "of the amount borrowed"
    return sh, lambda f: c.pick("cs", ["Interest is about %s %s." % (f.tp(sh), what),
                                       "About %s %s goes to interest." % (f.tp(sh), what) if ask == "tot" else
                                       "The interest equals about %s %s." % (f.tp(sh), what)])


SHARE_BODIES = [
    ("{N} borrows {L} and repays it with {M} monthly payments for {yrs} years.", "{N}"),
    ("A {yrs}-year loan of {L} has a monthly payment of {M}.", "the borrower"),
    ("You take a {L} loan with payments of {M} per month over {yrs} years.", "you"),
    ("{Lender} approves {N} for {L}. The payment is {M} a month for {yrs} years.", "{N}"),
]
SHARE_Q = {"tot": ["What percent of the total amount paid is interest? Round to the nearest tenth of a percent.",
                   "To the nearest tenth of a percent, what share of all the payments is interest?"],
           "loan": ["The total interest is what percent of the amount borrowed? Round to one decimal place.",
                    "Express the total interest as a percent of the loan amount, to the nearest tenth."]}


def share_text(p):
    return dict(L=tm(p["L"]), M=tm(p["M"]), yrs=tn(p["yrs"]))


# ================================================================ 14. origination fee
def fee_sample(rng, ask, v):
    while True:
        L = rng.choice(range(2000, 30001, 500))
        f = rng.choice([1, 1.5, 2, 3, 4, 5])
        r = rng.choice([4, 5, 6, 7, 8, 9, 10])
        t = rng.choice([2, 3, 4, 5])
        if min_dp(fr(L) * fr(f) / 100) <= 2:
            return dict(L=L, f=f, r=r, t=t)


def fee_solve(c, p, ask):
    L, f_, r, t = M(p["L"]), P_(p["f"]), P_(p["r"]), N_(p["t"], "years")
    c.given([("Loan", L), ("Origination fee", f_), ("Simple interest rate", r), ("Time", t)])
    fee = c.calc("origination fee", [L, "*", f_], sym="F", verb="Find the fee", title="Origination fee")
    if ask == "recv":
        rec = c.calc("amount received", [L, "-", fee], sym="R", verb="Subtract the fee from the loan",
                     title="Amount received")
        return rec, lambda f: c.pick("cr", ["{who_c} actually receives %s." % f.t(rec),
                                            "The cash in hand is %s." % f.t(rec)])
    I = c.calc("interest", [L, "*", r, "*", t], sym="I", verb="Find the simple interest",
               formula=["I", "=", "P", "*", "r", "*", "t"], title="Interest")
    cost = c.calc("total cost of borrowing", [fee, "+", I], sym="cost", verb="Add the fee and the interest",
                  title="Cost of borrowing")
    return cost, lambda f: c.pick("cc", ["The loan costs %s in fees and interest." % f.t(cost),
                                         "Total borrowing cost: %s." % f.t(cost)])


FEE_BODIES = [
    ("{N} takes out a {L} personal loan with a {f} origination fee, deducted from the loan, and {r} simple interest "
     "per year for {t} years.", "{N}"),
    ("A lender charges an origination fee of {f} on a {L} loan. The loan also charges {r} simple annual interest "
     "and lasts {t} years.", "the borrower"),
    ("You borrow {L} for {t} years. There is a {f} origination fee taken out up front, and the interest is {r} per "
     "year (simple).", "you"),
    ("{Lender} approves {N} for {L} at {r} simple interest for {t} years, with an origination fee of {f} subtracted "
     "from the amount paid out.", "{N}"),
]
FEE_Q = {"cost": ["What is the total cost of borrowing (fee plus interest on the full loan)?",
                  "How much do the fee and the interest (on the full {L}) cost together?"],
         "recv": ["How much money does the borrower actually receive?",
                  "After the fee is deducted, how much is paid out?"]}


def fee_text(p):
    return dict(L=tm(p["L"]), f=tp(fr(p["f"]) / 100), r=tp(Fr(p["r"], 100)), t=tn(p["t"]))


# ================================================================ 15. cash advance
def cash_sample(rng, ask, v):
    amt = rng.choice([150, 200, 250, 300, 400, 500, 600, 750, 800, 1000, 1200, 1500])
    fp = rng.choice([3, 4, 5])
    floor = rng.choice([10, 12, 15])
    return dict(amt=amt, fp=fp, floor=floor, apr=rng.choice(CASH_APRS))


def cash_solve(c, p, ask):
    amt, fp, apr = M(p["amt"]), P_(p["fp"]), P_(p["apr"])
    fl = M(p["floor"])
    c.given([("Cash advance", amt), ("Fee", fp), ("Cash APR", apr)])
    pf = c.calc("percentage fee", [amt, "*", fp], sym="fee", verb="Compute the percentage fee", title="Percentage fee")
    if pf.v >= fl.v:
        fee = pf
        c.note(lambda f: c.pick("nf", ["That is at least %s, so the fee is %s." % (f.t(fl), f.t(pf)),
                                       "%s beats the %s minimum, so the fee is %s." % (f.t(pf), f.t(fl), f.t(pf))]))
    else:
        fee = fl
        c.note(lambda f: c.pick("nf", ["That is less than %s, so the fee is the minimum %s." % (f.t(fl), f.t(fl)),
                                       "%s is under the %s minimum, so the fee is %s." % (f.t(pf), f.t(fl), f.t(fl))]))
    bal = c.calc("balance with fee", [amt, "+", fee], sym="B", verb="Add the fee to the advance", title="Balance")
    mr = c.calc("monthly rate", [apr, "/", N_(12)], k="pct", sym="r", verb="Find the monthly rate", title="Monthly rate")
    I = c.calc("one month of interest", [bal, "*", mr], dp=2, sym="I", verb="Find one month of interest",
               title="Interest")
    if ask == "total":
        tot = c.calc("amount owed", [bal, "+", I], sym="owed", verb="Add the interest", title="Amount owed")
        return tot, lambda f: c.pick("ct", ["After one month, %s is owed." % f.t(tot),
                                            "{who_c} will owe %s." % f.t(tot)])
    cost = c.calc("cost of the advance", [fee, "+", I], sym="cost", verb="Add the fee and the interest",
                  title="Cost")
    return cost, lambda f: c.pick("cc", ["The advance costs %s for the month." % f.t(cost),
                                         "Fee plus interest: %s." % f.t(cost)])


CASH_BODIES = [
    ("{N} takes a {amt} cash advance on a credit card. The fee is {fp} of the advance or {floor}, whichever is "
     "greater, and the fee is added to the balance. The cash-advance APR is {apr}.", "{N}"),
    ("A card charges a cash advance fee of {fp} (minimum {floor}), added to the balance, and {apr} APR on cash "
     "advances. A customer withdraws {amt}.", "the customer"),
    ("You get {amt} from an ATM with your credit card. The fee is the greater of {floor} or {fp}, and it goes onto "
     "the balance. Cash advances carry {apr} APR.", "you"),
    ("{N}'s card terms: cash advance fee {fp} or {floor}, whichever is more (added to the balance); cash APR {apr}. "
     "{He} takes out {amt}.", "{N}"),
]
CASH_Q = {"total": ["Interest is charged monthly at APR ÷ 12 on the balance including the fee. How much is owed "
                    "after one month (to the cent)?",
                    "Using APR ÷ 12 for one month on the advance plus fee, what is the balance after one month?"],
          "cost": ["How much do the fee plus one month of interest (APR ÷ 12 on advance plus fee, to the cent) cost?",
                   "What is the total cost of the advance for one month: the fee plus one month's interest on the "
                   "advance and fee?"]}


def cash_text(p):
    return dict(amt=tm(p["amt"]), fp=tp(Fr(p["fp"], 100)), floor=tm(p["floor"]), apr=tp(fr(p["apr"]) / 100))


# ================================================================ registry of templates
def build_templates():
    T = []  # (kind, tid, ask, variant, body, who, questions, sample, solve, text)

    def add(kind, bodies, asks, variants, qs, sample, solve, text, extra=None):
        for bi, (body, who) in enumerate(bodies):
            for a in asks:
                for v in variants:
                    T.append(dict(kind=kind, body=body, who=who, ask=a, var=v, qs=qs[a] if a in qs else qs[v],
                                  sample=sample, solve=solve, text=text, extra=extra, bi=bi))

    add("simple_interest", SI_BODIES, ["interest", "total"], [None], SI_Q, si_sample,
        lambda c, p, a, v: si_solve(c, p, a), si_text)
    add("simple_interest_months", SIM_BODIES, ["interest", "total", "payment"], [None], SIM_Q, sim_sample,
        lambda c, p, a, v: sim_solve(c, p, a), sim_text)
    for bi, (a, body, who) in enumerate(SIF_BODIES):
        T.append(dict(kind="simple_interest_solve", body=body, who=who, ask=a, var=None, qs=[""],
                      sample=sif_sample, solve=lambda c, p, a, v: sif_solve(c, p, a), text=sif_text, extra=None,
                      bi=bi))
    add("apr_monthly_interest", APR_BODIES, ["interest", "newbal"], [None], APR_Q, apr_sample,
        lambda c, p, a, v: apr_solve(c, p, a), apr_text)
    for bi, (body, who) in enumerate(CC_BODIES):
        for order in ("int", "pay"):
            for a in ("balance", "tint"):
                T.append(dict(kind="credit_card_months", body=body + " " + CC_ORDER[order], who=who, ask=a,
                              var=order, qs=CC_Q[a], sample=cc_sample,
                              solve=lambda c, p, a, v: cc_solve(c, p, a, v), text=cc_text, extra=None, bi=bi))
    for bi, (body, who) in enumerate(MIN_BODIES):
        for rule in ("greater", "plus"):
            for a in ("minpay", "newbal"):
                T.append(dict(kind="minimum_payment", body=body.replace("{rule}", MIN_RULE[rule]), who=who, ask=a,
                              var=rule, qs=MIN_Q[a], sample=min_sample,
                              solve=lambda c, p, a, v: min_solve(c, p, a, v), text=min_text, extra=None, bi=bi))
    add("car_loan", CAR_BODIES, ["interest", "cost"], ["amount", "pct"], CAR_Q, car_sample,
        lambda c, p, a, v: car_solve(c, p, a, v), car_text)
    add("down_payment", DP_BODIES, ["loan", "cash"], [None], DP_Q, dp_sample,
        lambda c, p, a, v: dp_solve(c, p, a), dp_text)
    add("mortgage_total", MORT_BODIES, ["interest", "all"], [None], MORT_Q, mort_sample,
        lambda c, p, a, v: mort_solve(c, p, a), mort_text)
    add("amortization", AM_BODIES, ["bal", "princ", "tint"], [None], AM_Q, am_sample,
        lambda c, p, a, v: am_solve(c, p, a), am_text)
    for bi, (v, body, who) in enumerate(CMP_BODIES):
        T.append(dict(kind="compare_loans", body=body, who=who, ask="diff", var=v, qs=[""], sample=cmp_sample,
                      solve=lambda c, p, a, v: cmp_solve(c, p, a, v), text=cmp_text, extra=None, bi=bi))
    add("save_down_payment", SAVE_BODIES, ["months"], ["exact", "ceil"], SAVE_Q, save_sample,
        lambda c, p, a, v: save_solve(c, p, a, v), save_text)
    add("interest_share", SHARE_BODIES, ["tot", "loan"], [None], SHARE_Q, share_sample,
        lambda c, p, a, v: share_solve(c, p, a), share_text)
    add("origination_fee", FEE_BODIES, ["cost", "recv"], [None], FEE_Q, fee_sample,
        lambda c, p, a, v: fee_solve(c, p, a), fee_text)
    add("cash_advance", CASH_BODIES, ["total", "cost"], [None], CASH_Q, cash_sample,
        lambda c, p, a, v: cash_solve(c, p, a), cash_text)
    return T
