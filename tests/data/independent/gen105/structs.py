"""Problem structures for the insurance / taxes / household paperwork genre.

Each structure is a function (r, ph) -> dict with
  inputs: {name: (Decimal, type, unit)}
  steps:  [(name, op, [args], type, label, desc, rnd)]
  setup, question: text
  answer: sentence template with {v}
"""
from decimal import Decimal as D

NAMES = ["Maria", "James", "Priya", "Daniel", "Aisha", "Tom", "Elena", "Marcus", "Sofia", "Kevin",
         "Grace", "Luis", "Hannah", "Omar", "Nina", "Ben", "Chloe", "Ravi", "Julia", "Sam"]


def m(v):
    """money for problem text"""
    v = D(v)
    if v == v.to_integral_value():
        return "${:,}".format(int(v))
    return "${:,.2f}".format(v)


def p(v):
    v = D(v).normalize()
    s = format(v, "f")
    return s + "%"


def I(v, t="money", unit=""):
    return (D(v), t, unit)


def S(name, op, args, typ, label, desc, rnd=False):
    return (name, op, args, typ, label, desc, rnd)


def st_emp_premium(r, ph, nm):
    prem = r.randrange(380, 960, 10)
    share = r.choice([50, 55, 60, 65, 70, 75, 80, 85])
    setups = [f"{nm}'s employer offers a health plan with a total premium of {m(prem)} per month. The employer pays {p(share)} of the premium and {nm} pays the rest through payroll.",
              f"The family health plan at {nm}'s job costs {m(prem)} a month in total. {nm}'s company covers {p(share)} of that premium, and the remainder comes out of {nm}'s paycheck."]
    qs = [f"How much does {nm} pay for the plan over a full year?",
          f"What is {nm}'s share of the premium for 12 months?"]
    return dict(inputs={"prem": I(prem), "share": I(share, "pct"), "mo": I(12, "count", "months")},
                steps=[S("emp", "pct", ["prem", "share"], "money", "employer's share", "Find the employer's monthly share"),
                       S("you", "sub", ["prem", "emp"], "money", "employee's monthly share", "Find what the employee pays each month"),
                       S("yr", "mul", ["you", "mo"], "money", "annual cost to the employee", "Multiply by 12 months")],
                setups=setups, qs=qs, answer=f"{nm} pays {{v}} a year for the health plan.")


def st_ded_coins(r, ph, nm):
    ded = r.choice([500, 750, 1000, 1250, 1500, 2000, 2500])
    bill = r.randrange(ded + 800, 9500, 50)
    co = r.choice([10, 15, 20, 25, 30])
    setups = [f"{nm} has a health plan with a {m(ded)} deductible and {p(co)} coinsurance after the deductible is met. {nm} hasn't paid anything toward the deductible yet this year and then gets a hospital bill of {m(bill)}.",
              f"A hospital bill for {nm}'s outpatient surgery comes to {m(bill)}. The plan has a {m(ded)} annual deductible (none of it met so far), and after that {nm} pays {p(co)} coinsurance."]
    qs = [f"How much will {nm} pay out of pocket for this bill?",
          f"What is {nm}'s total out-of-pocket cost?"]
    return dict(inputs={"bill": I(bill), "ded": I(ded), "co": I(co, "pct")},
                steps=[S("rest", "sub", ["bill", "ded"], "money", "amount left after the deductible", "Subtract the deductible"),
                       S("coin", "pct", ["rest", "co"], "money", "coinsurance", "Apply the coinsurance"),
                       S("tot", "add", ["ded", "coin"], "money", "total out-of-pocket cost", "Add the deductible and coinsurance")],
                setups=setups, qs=qs, answer=f"{nm} pays {{v}} out of pocket.")


def st_copays(r, ph, nm):
    n1 = r.randint(2, 8); c1 = r.randrange(15, 55, 5)
    n2 = r.randint(1, 4); c2 = r.randrange(40, 80, 5)
    n3 = r.randint(3, 12); c3 = r.randrange(10, 30, 5)
    setups = [f"{nm}'s insurance has a {m(c1)} copay for primary care visits, a {m(c2)} copay for specialist visits and a {m(c3)} copay per prescription fill. This year {nm} had {n1} primary care visits, {n2} specialist visits and filled {n3} prescriptions.",
              f"Copays on {nm}'s plan: {m(c1)} per doctor visit, {m(c2)} per specialist visit, {m(c3)} per prescription. Over the year, {nm} went to the doctor {n1} times, saw a specialist {n2} times, and picked up {n3} prescriptions."]
    qs = [f"How much did {nm} spend on copays in total?",
          f"What was the total of {nm}'s copays for the year?"]
    return dict(inputs={"n1": I(n1, "count", "visits"), "c1": I(c1), "n2": I(n2, "count", "visits"), "c2": I(c2),
                        "n3": I(n3, "count", "fills"), "c3": I(c3)},
                steps=[S("a", "mul", ["n1", "c1"], "money", "primary care copays", "Primary care visits"),
                       S("b", "mul", ["n2", "c2"], "money", "specialist copays", "Specialist visits"),
                       S("c", "mul", ["n3", "c3"], "money", "prescription copays", "Prescriptions"),
                       S("t", "add", ["a", "b", "c"], "money", "total copays", "Add everything up")],
                setups=setups, qs=qs, answer=f"{nm} spent {{v}} on copays.")


def st_auto_discount(r, ph, nm):
    prem = r.randrange(540, 1600, 10)
    d = r.choice([5, 8, 10, 12, 15, 20])
    setups = [f"{nm}'s six-month car insurance premium is {m(prem)}. Bundling with renters insurance gives a {p(d)} discount on that premium, and {nm} wants to pay the discounted premium in 6 equal monthly payments.",
              f"A car insurance policy costs {m(prem)} for a 6-month term. {nm} qualifies for a {p(d)} safe-driver discount and plans to split the discounted premium evenly over the 6 months."]
    qs = ["How much is each monthly payment?", f"What will {nm} pay per month, to the nearest cent?"]
    return dict(inputs={"prem": I(prem), "d": I(d, "pct"), "six": I(6, "count", "months")},
                steps=[S("disc", "pct", ["prem", "d"], "money", "discount", "Find the discount"),
                       S("newp", "sub", ["prem", "disc"], "money", "discounted premium", "Subtract the discount"),
                       S("mon", "div", ["newp", "six"], "money", "monthly payment", "Divide by 6 months", True)],
                setups=setups, qs=qs, answer="Each monthly payment is {v}.")


def st_bracket(r, ph, nm):
    gross = r.randrange(31000, 58000, 250)
    sd = 14600; b1 = 11600
    setups = [f"{nm} is single and earned {m(gross)} in wages this year. Use a standard deduction of {m(sd)}. The tax brackets are 10% on the first {m(b1)} of taxable income and 12% on taxable income above {m(b1)} (up to $47,150).",
              f"Simplified tax problem: {nm}'s gross income is {m(gross)}. Subtract the {m(sd)} standard deduction to get taxable income. Tax is 10% of the first {m(b1)} of taxable income plus 12% of the amount over {m(b1)}."]
    qs = [f"How much federal income tax does {nm} owe?", f"What is {nm}'s total income tax?"]
    return dict(inputs={"gross": I(gross), "sd": I(sd), "b1": I(b1), "r1": I(10, "pct"), "r2": I(12, "pct")},
                steps=[S("ti", "sub", ["gross", "sd"], "money", "taxable income", "Find taxable income"),
                       S("t1", "pct", ["b1", "r1"], "money", "tax in the 10% bracket", "Tax on the first bracket"),
                       S("over", "sub", ["ti", "b1"], "money", "income in the 12% bracket", "Income above the first bracket"),
                       S("t2", "pct", ["over", "r2"], "money", "tax in the 12% bracket", "Tax on the second bracket"),
                       S("tax", "add", ["t1", "t2"], "money", "total tax", "Add the two pieces")],
                setups=setups, qs=qs, answer=f"{nm} owes {{v}} in federal income tax.")


def st_refund(r, ph, nm):
    w = r.randrange(110, 420, 1) + r.choice([0, 0, D("0.50"), D("0.25"), D("0.75")])
    tw_exact = D(w) * 26
    cred = r.choice([500, 1000, 2000, 600, 800])
    liab = int(tw_exact) + cred - r.randrange(150, 1400, 5)
    setups = [f"{nm} had {m(w)} of federal income tax withheld from each of 26 biweekly paychecks. {nm}'s tax before credits is {m(liab)}, and {nm} qualifies for a {m(cred)} tax credit.",
              f"On {nm}'s pay stubs, federal withholding is {m(w)} per paycheck, and {nm} is paid every two weeks (26 paychecks). The tax return shows a tax of {m(liab)} before a {m(cred)} credit."]
    qs = [f"How big is {nm}'s refund?", f"How much will {nm} get back when filing?"]
    return dict(inputs={"w": I(w), "n": I(26, "count", "paychecks"), "liab": I(liab), "cred": I(cred)},
                steps=[S("tw", "mul", ["w", "n"], "money", "total withheld", "Total withholding for the year"),
                       S("net", "sub", ["liab", "cred"], "money", "tax after the credit", "Apply the credit"),
                       S("ref", "sub", ["tw", "net"], "money", "refund", "Compare withholding to tax")],
                setups=setups, qs=qs, answer=f"{nm} gets a refund of {{v}}.")


def st_owe_negative(r, ph, nm):
    w1 = r.randrange(90, 260); w2 = r.randrange(40, 160)
    tot = w1 * 26 + w2 * 12
    liab = tot + r.randrange(120, 1800, 10)
    setups = [f"{nm} works two jobs. Job A withholds {m(w1)} of federal tax from each of 26 paychecks, and Job B withholds {m(w2)} from each of 12 monthly paychecks. {nm}'s total tax liability for the year is {m(liab)}.",
              f"{nm}'s tax worksheet asks for \"withholding minus tax\" (a positive number is a refund, a negative number is an amount due). Withholding: {m(w1)} from each of 26 paychecks at the first job, {m(w2)} from each of 12 paychecks at the second job. Tax liability: {m(liab)}."]
    qs = ["What is withholding minus tax? (Enter a negative number if money is owed.)",
          f"Compute {nm}'s balance as withholding minus liability; use a negative number for an amount owed."]
    return dict(inputs={"w1": I(w1), "n1": I(26, "count", "paychecks"), "w2": I(w2), "n2": I(12, "count", "paychecks"), "liab": I(liab)},
                steps=[S("a", "mul", ["w1", "n1"], "money", "withholding from the first job", "Withholding from job A"),
                       S("b", "mul", ["w2", "n2"], "money", "withholding from the second job", "Withholding from job B"),
                       S("t", "add", ["a", "b"], "money", "total withholding", "Total withholding"),
                       S("bal", "sub", ["t", "liab"], "money", "balance (withholding minus tax)", "Withholding minus tax")],
                setups=setups, qs=qs, answer=f"The balance is {{v}}, so {nm} owes money at filing.")


def st_property(r, ph, nm):
    val = r.randrange(180000, 620000, 5000)
    ar = r.choice([40, 50, 60, 80])
    mill = r.choice([D("18.50"), D("21"), D("23.40"), D("25"), D("27.80"), D("30.25"), D("19.75"), D("32")])
    setups = [f"{nm}'s house has a market value of {m(val)}. The county assesses homes at {p(ar)} of market value, and the property tax rate is {m(mill)} per $1,000 of assessed value. {nm} pays the tax through a monthly escrow account.",
              f"In {nm}'s town, property tax is {m(mill)} for every $1,000 of assessed value, and assessed value is {p(ar)} of market value. {nm}'s home is worth {m(val)}, and the lender collects the tax in 12 monthly escrow payments."]
    qs = ["How much goes into escrow each month for property tax?", "What is the monthly escrow amount for the property tax, to the nearest cent?"]
    return dict(inputs={"val": I(val), "ar": I(ar, "pct"), "k": I(1000, "num"), "mill": I(mill), "mo": I(12, "count", "months")},
                steps=[S("av", "pct", ["val", "ar"], "money", "assessed value", "Find the assessed value"),
                       S("th", "div", ["av", "k"], "num", "number of $1,000 units", "Count the thousands"),
                       S("tax", "mul", ["th", "mill"], "money", "annual property tax", "Annual tax"),
                       S("mon", "div", ["tax", "mo"], "money", "monthly escrow", "Monthly escrow", True)],
                setups=setups, qs=qs, answer="The monthly escrow for property tax is {v}.")


def st_sales_tax(r, ph, nm):
    price = r.randrange(289, 1900) + r.choice([0, D("0.99"), D("0.49")])
    rate = r.choice([D("6.25"), D("7"), D("8.5"), D("5.5"), D("6"), D("7.25"), D("8.875"), D("4.75")])
    setups = [f"{nm} buys a new refrigerator for {m(price)}. The sales tax rate is {p(rate)}.",
              f"A washer-dryer set costs {m(price)} before tax, and {nm}'s local sales tax is {p(rate)}."]
    qs = [f"What is the total {nm} pays, including tax?", "How much is the total bill after sales tax (to the nearest cent)?"]
    return dict(inputs={"price": I(price), "rate": I(rate, "pct")},
                steps=[S("tax", "pct", ["price", "rate"], "money", "sales tax", "Compute the sales tax", True),
                       S("tot", "add", ["price", "tax"], "money", "total cost", "Add tax to the price")],
                setups=setups, qs=qs, answer=f"{nm} pays {{v}} in total.")


def st_home_claim(r, ph, nm):
    dmg = r.randrange(4000, 30000, 100)
    dep = r.choice([10, 15, 20, 25, 30])
    ded = r.choice([500, 1000, 1500, 2000, 2500])
    setups = [f"A storm damaged {nm}'s roof. The replacement cost is {m(dmg)}. The policy pays actual cash value, which means the insurer subtracts {p(dep)} depreciation, and then {nm}'s {m(ded)} deductible is subtracted.",
              f"{nm} files a homeowners claim for water damage with a replacement cost of {m(dmg)}. The adjuster applies {p(dep)} depreciation to get actual cash value, and the policy has a {m(ded)} deductible."]
    qs = ["How much will the insurance company pay?", "What is the claim payout?"]
    return dict(inputs={"dmg": I(dmg), "dep": I(dep, "pct"), "ded": I(ded)},
                steps=[S("dv", "pct", ["dmg", "dep"], "money", "depreciation", "Depreciation"),
                       S("acv", "sub", ["dmg", "dv"], "money", "actual cash value", "Actual cash value"),
                       S("pay", "sub", ["acv", "ded"], "money", "payout", "Subtract the deductible")],
                setups=setups, qs=qs, answer="The insurer pays {v}.")


def st_fsa(r, ph, nm):
    c = r.randrange(40, 210, 5)
    n = r.choice([24, 26])
    t = r.choice([12, 22, 24])
    setups = [f"{nm} puts {m(c)} from each paycheck into a health FSA and gets {n} paychecks a year. The contributions avoid {p(t)} federal income tax and 7.65% payroll (FICA) tax.",
              f"Each of {nm}'s {n} paychecks has {m(c)} taken out pre-tax for a flexible spending account. {nm} is in the {p(t)} bracket and also saves 7.65% FICA on that money."]
    qs = [f"About how much tax does {nm} save in a year?", "What are the total tax savings for the year, to the nearest cent?"]
    return dict(inputs={"c": I(c), "n": I(n, "count", "paychecks"), "t": I(t, "pct"), "f": I(D("7.65"), "pct")},
                steps=[S("yr", "mul", ["c", "n"], "money", "annual contribution", "Yearly contribution"),
                       S("fed", "pct", ["yr", "t"], "money", "income tax saved", "Income tax savings"),
                       S("fica", "pct", ["yr", "f"], "money", "FICA saved", "FICA savings", True),
                       S("sav", "add", ["fed", "fica"], "money", "total tax savings", "Total savings")],
                setups=setups, qs=qs, answer=f"{nm} saves about {{v}} in taxes.")


def st_dental(r, ph, nm):
    fill = r.randrange(180, 1400, 10)
    ded = r.choice([50, 75, 100])
    cov = r.choice([50, 70, 80, 90])
    setups = [f"{nm}'s dental plan pays {p(cov)} of basic procedures after a {m(ded)} deductible. {nm} needs a crown-prep filling that costs {m(fill)} and hasn't met the deductible yet.",
              f"A filling costs {m(fill)}. {nm}'s dental insurance has a {m(ded)} deductible (not met yet) and then covers {p(cov)} of the rest."]
    qs = [f"How much does {nm} pay for the filling?", f"What is {nm}'s out-of-pocket cost?"]
    return dict(inputs={"fill": I(fill), "ded": I(ded), "cov": I(cov, "pct")},
                steps=[S("rest", "sub", ["fill", "ded"], "money", "amount after the deductible", "Subtract the deductible"),
                       S("plan", "pct", ["rest", "cov"], "money", "amount the plan pays", "Plan's share"),
                       S("you", "sub", ["fill", "plan"], "money", "out-of-pocket cost", "What's left for the patient")],
                setups=setups, qs=qs, answer=f"{nm} pays {{v}} for the filling.")


def st_quarterly(r, ph, nm):
    q = r.randrange(600, 4200, 25)
    est = q * 4
    paid = r.choice([1, 2, 3])
    setups = [f"{nm} is self-employed and expects to owe {m(est)} in tax for the year, paid in 4 equal quarterly estimated payments. {nm} has made {paid} of the payments so far.",
              f"{nm} freelances and estimates a total tax bill of {m(est)} for the year, split evenly across four quarterly payments. {paid} quarterly payment(s) have been made."]
    qs = [f"How much does {nm} still have to pay for the year?", "What is the remaining estimated tax?"]
    return dict(inputs={"est": I(est), "four": I(4, "count", "quarters"), "paid": I(paid, "count", "payments")},
                steps=[S("q", "div", ["est", "four"], "money", "quarterly payment", "One quarterly payment"),
                       S("pd", "mul", ["q", "paid"], "money", "amount paid so far", "Paid so far"),
                       S("left", "sub", ["est", "pd"], "money", "amount still due", "Remaining")],
                setups=setups, qs=qs, answer=f"{nm} still owes {{v}} in estimated tax.")


def st_paycheck(r, ph, nm):
    g = r.randrange(1500, 4100, 100)
    f = r.choice([10, 12, 15])
    setups = [f"{nm}'s gross pay is {m(g)} per paycheck. Deductions are Social Security at 6.2%, Medicare at 1.45%, and federal income tax withholding of {p(f)} of gross pay.",
              f"Gross pay on {nm}'s paycheck: {m(g)}. Withheld: 6.2% Social Security, 1.45% Medicare, and {p(f)} federal income tax (all on gross pay)."]
    qs = [f"What is {nm}'s take-home pay per paycheck?", "What is the net pay?"]
    return dict(inputs={"g": I(g), "ss": I(D("6.2"), "pct"), "md": I(D("1.45"), "pct"), "f": I(f, "pct")},
                steps=[S("ssv", "pct", ["g", "ss"], "money", "Social Security", "Social Security"),
                       S("mdv", "pct", ["g", "md"], "money", "Medicare", "Medicare"),
                       S("fv", "pct", ["g", "f"], "money", "federal withholding", "Federal withholding"),
                       S("ded", "add", ["ssv", "mdv", "fv"], "money", "total deductions", "Total deductions"),
                       S("net", "sub", ["g", "ded"], "money", "net pay", "Net pay")],
                setups=setups, qs=qs, answer=f"{nm} takes home {{v}} per paycheck.")


def st_utility(r, ph, nm):
    e = r.randrange(60, 240) + r.choice([0, D("0.37"), D("0.82"), D("0.15")])
    w = r.randrange(30, 110) + r.choice([0, D("0.50"), D("0.64")])
    net = r.choice([55, 60, D("64.99"), 70, D("79.99"), 50])
    n = r.choice([3, 4, 5])
    setups = [f"{nm} shares an apartment with {n - 1} roommates, and they split the utilities evenly. This month the electric bill is {m(e)}, water is {m(w)}, and internet is {m(net)}.",
              f"Utilities this month for a {n}-person household: electricity {m(e)}, water and sewer {m(w)}, internet {m(net)}. {nm} and the others split the total equally among the {n} of them."]
    qs = ["How much does each person pay?", "What is each person's share, to the nearest cent?"]
    return dict(inputs={"e": I(e), "w": I(w), "net": I(net), "n": I(n, "count", "people")},
                steps=[S("t", "add", ["e", "w", "net"], "money", "total utilities", "Total the bills"),
                       S("each", "div", ["t", "n"], "money", "share per person", "Split evenly", True)],
                setups=setups, qs=qs, answer="Each person pays {v}.")


def st_life(r, ph, nm):
    cov = r.randrange(100000, 800000, 50000)
    rate = D(r.randrange(80, 360, 5)) / 100
    setups = [f"{nm} is buying a term life insurance policy with {m(cov)} of coverage. The annual premium is {m(rate)} per $1,000 of coverage, and {nm} will pay it monthly in 12 equal installments.",
              f"A term life policy charges {m(rate)} per year for each $1,000 of coverage. {nm} wants {m(cov)} of coverage and will pay monthly (12 equal payments)."]
    qs = ["What is the monthly payment?", "How much is each monthly premium, to the nearest cent?"]
    return dict(inputs={"cov": I(cov), "k": I(1000, "num"), "rate": I(rate), "mo": I(12, "count", "months")},
                steps=[S("u", "div", ["cov", "k"], "num", "number of $1,000 units", "Units of $1,000"),
                       S("yr", "mul", ["u", "rate"], "money", "annual premium", "Annual premium"),
                       S("mon", "div", ["yr", "mo"], "money", "monthly premium", "Monthly premium", True)],
                setups=setups, qs=qs, answer="The monthly premium is {v}.")


def st_pet(r, ph, nm):
    bill = r.randrange(600, 5200, 20)
    ded = r.choice([100, 200, 250, 500])
    rb = r.choice([70, 80, 90])
    setups = [f"{nm}'s dog needed surgery, and the vet bill was {m(bill)}. The pet insurance policy has a {m(ded)} annual deductible (not met yet) and reimburses {p(rb)} of the rest.",
              f"Pet insurance: {m(ded)} deductible, then {p(rb)} reimbursement. {nm}'s cat had an emergency visit costing {m(bill)}, the first claim of the year."]
    qs = [f"How much does {nm} end up paying?", f"What is {nm}'s out-of-pocket cost after reimbursement?"]
    return dict(inputs={"bill": I(bill), "ded": I(ded), "rb": I(rb, "pct")},
                steps=[S("el", "sub", ["bill", "ded"], "money", "eligible amount", "Amount after the deductible"),
                       S("re", "pct", ["el", "rb"], "money", "reimbursement", "Reimbursement"),
                       S("you", "sub", ["bill", "re"], "money", "out-of-pocket cost", "Out-of-pocket")],
                setups=setups, qs=qs, answer=f"{nm} pays {{v}}.")


def st_compare(r, ph, nm):
    pa = r.randrange(260, 520, 5); da = r.choice([500, 750, 1000, 1500])
    pb = r.randrange(90, pa - 120, 5); db = r.choice([3000, 3500, 4000, 4500, 5000])
    if pa * 12 + da <= pb * 12 + db:
        pa = pa + ((pb * 12 + db - pa * 12 - da) // 12 + 15)
    setups = [f"{nm} is choosing between two health plans. Plan A costs {m(pa)} per month with a {m(da)} deductible. Plan B costs {m(pb)} per month with a {m(db)} deductible. {nm} expects enough medical bills to meet the full deductible on either plan.",
              f"Open enrollment: Plan A has a {m(pa)} monthly premium and {m(da)} deductible; Plan B has a {m(pb)} monthly premium and {m(db)} deductible. Assume {nm} pays 12 months of premiums plus the whole deductible."]
    qs = ["How much cheaper is Plan B for the year?", "By how much does Plan A's yearly cost exceed Plan B's?"]
    return dict(inputs={"pa": I(pa), "da": I(da), "pb": I(pb), "db": I(db), "mo": I(12, "count", "months")},
                steps=[S("ya", "mul", ["pa", "mo"], "money", "Plan A premiums", "Plan A premiums"),
                       S("ta", "add", ["ya", "da"], "money", "Plan A total", "Plan A total"),
                       S("yb", "mul", ["pb", "mo"], "money", "Plan B premiums", "Plan B premiums"),
                       S("tb", "add", ["yb", "db"], "money", "Plan B total", "Plan B total"),
                       S("diff", "sub", ["ta", "tb"], "money", "difference", "Compare")],
                setups=setups, qs=qs, answer="Plan B is cheaper by {v} for the year.")


def st_renters(r, ph, nm):
    mon = r.randrange(12, 40) + r.choice([0, D("0.50"), D("0.75")])
    fee = r.choice([5, 10, 12, 15])
    full = int(mon * 12) - r.randrange(8, 40)
    setups = [f"{nm}'s renters insurance costs {m(full)} if paid in full for the year. Paying monthly costs {m(mon)} per month for 12 months plus a one-time {m(fee)} setup fee.",
              f"For renters insurance, {nm} can pay {m(full)} up front, or pay {m(mon)} a month for 12 months with a {m(fee)} installment fee added once."]
    qs = [f"How much more does {nm} pay by choosing the monthly option?", "What is the extra cost of paying monthly?"]
    return dict(inputs={"mon": I(mon), "mo": I(12, "count", "months"), "fee": I(fee), "full": I(full)},
                steps=[S("yr", "mul", ["mon", "mo"], "money", "12 monthly payments", "Monthly payments for a year"),
                       S("tot", "add", ["yr", "fee"], "money", "total for the monthly plan", "Add the fee"),
                       S("ex", "sub", ["tot", "full"], "money", "extra cost", "Compare with paying in full")],
                setups=setups, qs=qs, answer=f"Paying monthly costs {nm} {{v}} more.")


def st_penalty(r, ph, nm):
    owed = r.randrange(800, 9000, 50)
    mo = r.randint(2, 11)
    setups = [f"{nm} filed on time but didn't pay the {m(owed)} balance due. The failure-to-pay penalty is 0.5% of the unpaid tax for each month it is late. {nm} pays {mo} months late (ignore interest).",
              f"A tax bill of {m(owed)} was paid {mo} months late. The late-payment penalty is 0.5% per month of the unpaid amount; there is no interest in this problem."]
    qs = [f"What is the total {nm} pays, including the penalty?", "How much is owed in total with the penalty?"]
    return dict(inputs={"owed": I(owed), "half": I(D("0.5"), "pct"), "mo": I(mo, "count", "months")},
                steps=[S("rt", "mul", ["half", "mo"], "pct", "total penalty rate", "Total penalty rate"),
                       S("pen", "pct", ["owed", "rt"], "money", "penalty", "Penalty amount"),
                       S("tot", "add", ["owed", "pen"], "money", "total due", "Total due")],
                setups=setups, qs=qs, answer=f"{nm} pays {{v}} in total.")


def st_itemize(r, ph, nm):
    mort = r.randrange(9000, 21000, 50)
    salt = r.randrange(4000, 10001, 50)
    ch = r.randrange(600, 5000, 25)
    std = 14600
    mg = r.choice([22, 24])
    if mort + salt + ch <= std + 500:
        mort += std
    setups = [f"{nm} is single and paid {m(mort)} in mortgage interest, {m(salt)} in state and local taxes, and gave {m(ch)} to charity. The standard deduction is {m(std)}, and {nm}'s marginal tax rate is {p(mg)}.",
              f"Itemizing question: mortgage interest {m(mort)}, state and local taxes {m(salt)}, charitable gifts {m(ch)}. {nm}'s standard deduction would be {m(std)}, and {nm} is in the {p(mg)} bracket."]
    qs = [f"How much tax does {nm} save by itemizing instead of taking the standard deduction?", "What are the tax savings from itemizing?"]
    return dict(inputs={"mort": I(mort), "salt": I(salt), "ch": I(ch), "std": I(std), "mg": I(mg, "pct")},
                steps=[S("it", "add", ["mort", "salt", "ch"], "money", "itemized deductions", "Total itemized deductions"),
                       S("ov", "sub", ["it", "std"], "money", "extra deduction", "Amount over the standard deduction"),
                       S("sv", "pct", ["ov", "mg"], "money", "tax savings", "Tax saved")],
                setups=setups, qs=qs, answer=f"Itemizing saves {nm} {{v}} in tax.")


def st_bonus(r, ph, nm):
    b = r.randrange(1000, 15000, 50)
    s = r.choice([4, 5, 6, D("4.5"), D("5.5")])
    setups = [f"{nm} receives a {m(b)} bonus. The employer withholds a flat 22% for federal tax and {p(s)} for state tax.",
              f"A year-end bonus of {m(b)} is paid to {nm}. Withholding: 22% federal supplemental rate and {p(s)} state."]
    qs = [f"How much of the bonus does {nm} actually receive?", "What is the bonus after withholding?"]
    return dict(inputs={"b": I(b), "fr": I(22, "pct"), "sr": I(s, "pct")},
                steps=[S("fed", "pct", ["b", "fr"], "money", "federal withholding", "Federal withholding"),
                       S("st", "pct", ["b", "sr"], "money", "state withholding", "State withholding"),
                       S("wh", "add", ["fed", "st"], "money", "total withheld", "Total withheld"),
                       S("net", "sub", ["b", "wh"], "money", "take-home bonus", "Net bonus")],
                setups=setups, qs=qs, answer=f"{nm} receives {{v}} of the bonus.")


def st_escrow(r, ph, nm):
    t = r.randrange(2400, 9800, 10); h = r.randrange(900, 3200, 5)
    old = r.randrange(200, int((t + h) / 12) - 20, 1)
    setups = [f"{nm}'s lender recalculated the escrow account. Next year's property tax bill is {m(t)} and the homeowners insurance premium is {m(h)}. {nm} currently pays {m(old)} per month into escrow.",
              f"Escrow analysis for {nm}: property taxes {m(t)} per year, homeowners insurance {m(h)} per year, current escrow payment {m(old)} a month. The new payment covers taxes plus insurance spread over 12 months."]
    qs = ["By how much will the monthly escrow payment go up?", "How much higher is the new monthly escrow payment (to the nearest cent)?"]
    return dict(inputs={"t": I(t), "h": I(h), "mo": I(12, "count", "months"), "old": I(old)},
                steps=[S("tot", "add", ["t", "h"], "money", "yearly escrow need", "Total yearly escrow"),
                       S("new", "div", ["tot", "mo"], "money", "new monthly escrow", "New monthly payment", True),
                       S("inc", "sub", ["new", "old"], "money", "increase", "Increase")],
                setups=setups, qs=qs, answer="The escrow payment goes up by {v} per month.")


def st_hsa(r, ph, nm):
    lim, kind = r.choice([(4300, "self-only"), (8550, "family"), (4150, "self-only"), (8300, "family")])
    emp = r.randrange(250, 1500, 50)
    n = r.choice([24, 26])
    setups = [f"{nm} has {kind} HSA coverage, and the annual contribution limit is {m(lim)}. The employer contributes {m(emp)} during the year, which counts toward the limit. {nm} is paid {n} times a year.",
              f"The HSA limit for {nm}'s {kind} coverage is {m(lim)} per year, including {nm}'s employer's {m(emp)} contribution. {nm} wants to max it out with equal payroll deductions over {n} paychecks."]
    qs = [f"How much should {nm} contribute per paycheck?", "What is the per-paycheck contribution, to the nearest cent?"]
    return dict(inputs={"lim": I(lim), "emp": I(emp), "n": I(n, "count", "paychecks")},
                steps=[S("rm", "sub", ["lim", "emp"], "money", "room left for employee contributions", "Remaining room"),
                       S("pp", "div", ["rm", "n"], "money", "contribution per paycheck", "Per paycheck", True)],
                setups=setups, qs=qs, answer=f"{nm} should put in {{v}} per paycheck.")


def st_w4_extra(r, ph, nm):
    short = r.randrange(600, 3600, 10)
    left = r.randint(8, 22)
    setups = [f"Midway through the year, {nm} estimates that withholding will fall {m(short)} short of the tax owed. There are {left} paychecks left, and {nm} wants to add an equal extra amount on line 4(c) of the W-4 for each of them.",
              f"{nm}'s paycheck checkup shows an expected shortfall of {m(short)} at filing time. With {left} paychecks remaining in the year, {nm} will add extra withholding per paycheck on Form W-4 to cover it."]
    qs = ["How much extra should be withheld per paycheck?", "What extra withholding per paycheck covers the shortfall (to the nearest cent)?"]
    return dict(inputs={"short": I(short), "left": I(left, "count", "paychecks")},
                steps=[S("pp", "div", ["short", "left"], "money", "extra withholding per paycheck", "Spread over the remaining paychecks", True)],
                setups=setups, qs=qs, answer="The extra withholding should be {v} per paycheck.")


STRUCTS = [("emp_premium", st_emp_premium), ("ded_coins", st_ded_coins), ("copays", st_copays),
           ("auto_discount", st_auto_discount), ("bracket", st_bracket), ("refund", st_refund),
           ("owe_negative", st_owe_negative), ("property_tax", st_property), ("sales_tax", st_sales_tax),
           ("home_claim", st_home_claim), ("fsa", st_fsa), ("dental", st_dental), ("quarterly", st_quarterly),
           ("paycheck", st_paycheck), ("utility_split", st_utility), ("life_ins", st_life), ("pet_ins", st_pet),
           ("plan_compare", st_compare), ("renters", st_renters), ("penalty", st_penalty),
           ("itemize", st_itemize), ("bonus", st_bonus), ("escrow", st_escrow), ("hsa", st_hsa)]
