"""Problem structures (kinds) with their phrasings for the payroll genre."""
from decimal import Decimal as D
from core import Q, numstr, r2

NAMES = [("Maria", "f"), ("James", "m"), ("Priya", "f"), ("Luis", "m"), ("Aisha", "f"), ("Tom", "m"),
         ("Keiko", "f"), ("Darnell", "m"), ("Sofia", "f"), ("Ethan", "m"), ("Mei", "f"), ("Omar", "m"),
         ("Hannah", "f"), ("Carlos", "m"), ("Grace", "f"), ("Ben", "m"), ("Nadia", "f"), ("Raj", "m"),
         ("Elena", "f"), ("Marcus", "m"), ("Chloe", "f"), ("Diego", "m"), ("Fatima", "f"), ("Kevin", "m"),
         ("Lena", "f"), ("Andre", "m"), ("Rosa", "f"), ("Sam", "m"), ("Tanya", "f"), ("Victor", "m")]


def M(v, cents=None):
    """Money as written in a problem statement."""
    v = D(v)
    if cents is None:
        cents = not (v == v.to_integral_value() and v >= 100)
    return "$" + numstr(v, 2 if cents else 0)


def P_(v):
    return numstr(D(v), None) + "%"


def H(v):
    return numstr(D(v), None)


def person(rng, P):
    n, g = rng.choice(NAMES)
    P["name"] = n
    if g == "f":
        P.update(pr="she", Pr="She", pos="her", Pos="Her", obj="her")
    else:
        P.update(pr="he", Pr="He", pos="his", Pos="His", obj="him")


def rate(rng, lo=14, hi=36, step=25):
    return D(rng.randrange(lo * 100, hi * 100 + 1, step)) / 100


def pick(rng, xs):
    return D(str(rng.choice(xs)))


HR = Q(40, "h")
OT15 = Q(D("1.5"), "x")
SS = Q(D("6.2"), "%")
MED = Q(D("1.45"), "%")

KINDS = []


def kind(**k):
    KINDS.append(k)


# ------------------------------------------------------------------ 1 overtime, weekly
def g_ot_weekly(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng)
    P["hours"] = 40 + pick(rng, [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, "4.5", "6.5", "7.5", "3.5"])
    return P


def s_ot_weekly(P, C):
    r = Q(P["rate"], "r")
    oth = C.sub("overtime hours", Q(P["hours"], "h"), HR, unit="h", rnd_="none", pl=True,
                why="Only the hours beyond 40 are overtime.")
    reg = C.mul("regular pay", HR, r, why="The first 40 hours are paid at the normal rate.")
    otr = C.mul("overtime rate", OT15, r, unit="r", why="Time-and-a-half means 1.5 times the regular rate.")
    otp = C.mul("overtime pay", oth, otr)
    return C.add("gross pay", [reg, otp], why="Add regular and overtime pay.")


kind(id="otweek", gen=g_ot_weekly, solve=s_ot_weekly,
     goal="{name}'s gross pay for the week", ans="{name}'s gross pay for the week is {A}.",
     givens=lambda P: [("Hourly rate", Q(P["rate"], "r")), ("Hours worked", Q(P["hours"], "h"))],
     texts=[
         "{name} earns {rate} per hour and worked {hours} hours last week. {Pr} is paid time-and-a-half for every hour over 40. What is {pos} gross pay for the week?",
         "A warehouse worker makes {rate}/hour. Overtime (hours beyond 40 in a week) pays 1.5 times the regular rate. If {name} clocked {hours} hours this week, how much did {pr} earn before taxes?",
         "{name}'s regular wage is {rate} an hour. This week {pr} put in {hours} hours. Hours over 40 are paid at time-and-a-half. Find {pos} total pay for the week.",
         "How much does {name} make in a week where {pr} works {hours} hours, if {pos} hourly rate is {rate} and overtime over 40 hours is paid at 1.5x?",
         "{name} is a nurse's aide paid {rate} per hour with time-and-a-half after 40 hours. Last week's timesheet shows {hours} hours. What is {pos} gross weekly pay?",
         "At {rate} an hour, with overtime at time-and-a-half for hours past 40, what does {name} gross for a {hours}-hour week?",
     ],
     fmt=lambda P: dict(rate=M(P["rate"]), hours=H(P["hours"])))


# ------------------------------------------------------------------ 2 overtime from daily hours
def g_ot_daily(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 13, 32)
    while True:
        days = [pick(rng, [7, "7.5", 8, "8.5", 9, "9.5", 10, "10.5", 11]) for _ in range(5)]
        if sum(days) > 41:
            break
    P["days"] = days
    return P


def s_ot_daily(P, C):
    r = Q(P["rate"], "r")
    tot = C.add("total hours", [Q(d, "h") for d in P["days"]], unit="h", rnd_="none", pl=True,
                why="First add up the hours for the week.")
    oth = C.sub("overtime hours", tot, HR, unit="h", rnd_="none", pl=True)
    reg = C.mul("regular pay", HR, r)
    otr = C.mul("overtime rate", OT15, r, unit="r")
    otp = C.mul("overtime pay", oth, otr)
    return C.add("gross pay", [reg, otp])


def f_days(P):
    d = [H(x) for x in P["days"]]
    return dict(rate=M(P["rate"]), d1=d[0], d2=d[1], d3=d[2], d4=d[3], d5=d[4],
                dl=", ".join(d[:4]) + ", and " + d[4])


kind(id="otdaily", gen=g_ot_daily, solve=s_ot_daily,
     goal="{name}'s gross pay for the week", ans="{name} earned {A} this week.",
     givens=lambda P: [("Hourly rate", Q(P["rate"], "r"))],
     texts=[
         "{name} logged these hours this week: Monday {d1}, Tuesday {d2}, Wednesday {d3}, Thursday {d4}, Friday {d5}. {Pr} earns {rate} an hour, and any hours beyond 40 in the week are paid at time-and-a-half. What is {pos} gross pay?",
         "A line cook's timecard reads {dl} hours for Monday through Friday. The pay rate is {rate}/hour with 1.5x pay for weekly hours over 40. How much did the cook, {name}, earn this week?",
         "{name} worked {dl} hours over five days. At {rate} per hour plus time-and-a-half for overtime past 40 hours, find {pos} weekly gross.",
         "Timesheet for {name}: M {d1} h, T {d2} h, W {d3} h, Th {d4} h, F {d5} h. Rate: {rate}/hr. Overtime (over 40 h/week) at 1.5x. Compute gross pay.",
         "{name} is paid {rate} an hour. This week {pr} worked {d1}, {d2}, {d3}, {d4}, and {d5} hours on five shifts. Overtime is time-and-a-half for all hours above 40. What did {pr} earn?",
         "Over a five-day week {name} worked {dl} hours. {Pos} employer pays {rate} per hour and 1.5 times that rate for each hour over 40. Calculate {pos} pay for the week before deductions.",
     ], fmt=f_days)


# ------------------------------------------------------------------ 3 salaried non-exempt overtime
def g_ot_sal(rng, ph, n):
    P = {}
    person(rng, P)
    P["wk"] = pick(rng, [680, 720, 760, 800, 850, 875, 900, 925, 950, 1000, 1050, 1100, 1150, 1175, 1230])
    P["hours"] = 40 + pick(rng, [2, 3, 4, 5, 6, 8, 10, 12])
    return P


def s_ot_sal(P, C):
    w = Q(P["wk"], "$")
    rr = C.div("regular hourly rate", w, HR, unit="r", why="The weekly salary covers 40 hours.")
    otr = C.mul("overtime rate", OT15, rr, unit="r")
    oth = C.sub("overtime hours", Q(P["hours"], "h"), HR, unit="h", rnd_="none", pl=True)
    otp = C.mul("overtime pay", oth, otr)
    return C.add("total pay", [w, otp])


kind(id="otsal", gen=g_ot_sal, solve=s_ot_sal,
     goal="{name}'s pay for the week", ans="{name}'s total pay for the week is {A}.",
     givens=lambda P: [("Weekly salary", Q(P["wk"], "$")), ("Hours worked", Q(P["hours"], "h"))],
     texts=[
         "{name} is a non-exempt employee with a weekly salary of {wk} for a 40-hour week. Last week {pr} worked {hours} hours, and overtime is paid at 1.5 times {pos} regular hourly rate. What was {pos} total pay?",
         "A salaried (non-exempt) office assistant earns {wk} per 40-hour week. {name} worked {hours} hours this week. With overtime at time-and-a-half, how much should {pr} be paid?",
         "{name}'s salary is {wk} a week, based on 40 hours. Hours over 40 are paid at time-and-a-half of the equivalent hourly rate. Find {pos} pay for a {hours}-hour week.",
         "Weekly salary {wk} covers 40 hours. {name} worked {hours} hours. Overtime is 1.5x the hourly equivalent. What is the week's gross pay?",
         "{name} gets {wk} per week for 40 hours and is owed overtime at one and a half times {pos} hourly rate. If {pr} worked {hours} hours, what does {pr} earn in total?",
         "A company pays {name} a {wk} weekly salary for 40 hours of work. This week {pr} logged {hours} hours. How much is {pos} gross pay including time-and-a-half overtime?",
     ], fmt=lambda P: dict(wk=M(P["wk"], True), hours=H(P["hours"])))


# ------------------------------------------------------------------ 4 California daily OT
def g_ot_ca(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 16, 34)
    P["hours"] = pick(rng, [13, "13.5", 14, "14.5", 15, 16])
    return P


def s_ot_ca(P, C):
    r = Q(P["rate"], "r")
    dth = C.sub("double-time hours", Q(P["hours"], "h"), Q(12, "h"), unit="h", rnd_="none", pl=True,
                why="Hours after 12 are double time; hours 9 through 12 are time-and-a-half.")
    reg = C.mul("regular pay", Q(8, "h"), r)
    otr = C.mul("overtime rate", OT15, r, unit="r")
    otp = C.mul("overtime pay", Q(4, "h"), otr, why="Hours 9 to 12 give 4 hours of overtime.")
    dtr = C.mul("double-time rate", Q(2, "x"), r, unit="r")
    dtp = C.mul("double-time pay", dth, dtr)
    return C.add("total pay for the day", [reg, otp, dtp])


kind(id="otca", gen=g_ot_ca, solve=s_ot_ca,
     goal="{name}'s pay for that day", ans="{name} earns {A} for the day.",
     givens=lambda P: [("Hourly rate", Q(P["rate"], "r")), ("Hours that day", Q(P["hours"], "h"))],
     texts=[
         "Under California rules, hours over 8 in a workday are paid at 1.5 times the regular rate and hours over 12 at double time. {name} earns {rate} per hour and worked {hours} hours on Saturday. What is {pos} pay for that day?",
         "{name} works in California at {rate}/hour. On one very long day {pr} worked {hours} hours. The first 8 hours are regular, hours 9 through 12 are time-and-a-half, and anything past 12 is double time. How much did {pr} earn that day?",
         "A film crew member paid {rate} an hour works a {hours}-hour day. Daily overtime applies: 1.5x after 8 hours, 2x after 12 hours. Find {name}'s pay for the day.",
         "Daily overtime rules: regular pay up to 8 hours, time-and-a-half from 8 to 12 hours, double time beyond 12 hours. If {name} earns {rate} per hour and works {hours} hours in one day, what does {pr} make?",
         "{name} (hourly rate {rate}) pulled a {hours}-hour shift. {Pos} employer pays 1.5x for hours 9-12 and 2x for every hour after 12. What is {pos} gross pay for the shift?",
         "What does a worker earning {rate} per hour make for a {hours}-hour day if hours beyond 8 pay time-and-a-half and hours beyond 12 pay double time? The worker is {name}.",
     ], fmt=lambda P: dict(rate=M(P["rate"]), hours=H(P["hours"])))


# ------------------------------------------------------------------ 5 holiday premium
def g_holiday(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 13, 30)
    P["reg"] = pick(rng, [24, 30, 32, 16, 20, "22.5"])
    P["hol"] = pick(rng, [6, 8, 10, 12, "7.5"])
    P["mult"] = D("2") if n % 2 == 0 else D("1.5")
    return P


def s_holiday(P, C):
    r = Q(P["rate"], "r")
    reg = C.mul("pay for regular hours", Q(P["reg"], "h"), r)
    hr_ = C.mul("holiday rate", Q(P["mult"], "x"), r, unit="r")
    hp = C.mul("holiday pay", Q(P["hol"], "h"), hr_)
    return C.add("total pay", [reg, hp])


kind(id="holiday", gen=g_holiday, solve=s_holiday,
     goal="{name}'s total pay", ans="{name}'s pay for the week is {A}.",
     givens=lambda P: [("Base rate", Q(P["rate"], "r")), ("Regular hours", Q(P["reg"], "h")),
                       ("Holiday hours", Q(P["hol"], "h"))],
     texts=[
         "{name} earns {rate} per hour. During Thanksgiving week {pr} worked {reg} regular hours and {hol} hours on the holiday, which are paid at {mw} the normal rate. What is {pos} pay for the week?",
         "A grocery clerk makes {rate}/hr. Holiday hours pay {mw}. {name} worked {reg} ordinary hours plus {hol} holiday hours. Find {pos} gross pay.",
         "{name}'s employer pays {mw} for work on July 4th. {Pr} worked {hol} hours on the 4th and {reg} hours on other days that week, at a base rate of {rate}. How much did {pr} earn?",
         "Base wage: {rate} per hour. Holiday premium: {mw}. {name} logged {reg} regular hours and {hol} holiday hours. Compute the week's earnings.",
         "On New Year's Day {name} worked {hol} hours at {mw} {pos} usual {rate} hourly wage. {Pr} also worked {reg} hours at the usual rate. What was {pos} total pay?",
         "How much does {name} gross if {pr} works {reg} hours at {rate} an hour and {hol} more hours on a holiday paid at {mw}?",
     ], fmt=lambda P: dict(rate=M(P["rate"]), reg=H(P["reg"]), hol=H(P["hol"]),
                           mw="double time" if P["mult"] == 2 else "time-and-a-half"))


# ------------------------------------------------------------------ 6 shift differential
def g_shift(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 14, 30)
    P["diff"] = pick(rng, ["1.00", "1.25", "1.50", "2.00", "2.50", "3.00", "0.75"])
    P["day"] = pick(rng, [16, 20, 24, 8, 12, "22.5"])
    P["night"] = pick(rng, [8, 12, 16, "7.5", 10])
    return P


def s_shift(P, C):
    r = Q(P["rate"], "r")
    nr = C.add("night rate", [r, Q(P["diff"], "r")], unit="r", why="The differential is added to the base rate.")
    dp = C.mul("day-shift pay", Q(P["day"], "h"), r)
    npay = C.mul("night-shift pay", Q(P["night"], "h"), nr)
    return C.add("total pay", [dp, npay])


kind(id="shiftdiff", gen=g_shift, solve=s_shift,
     goal="{name}'s gross pay", ans="{name}'s gross pay is {A}.",
     givens=lambda P: [("Base rate", Q(P["rate"], "r")), ("Night differential", Q(P["diff"], "r"))],
     texts=[
         "{name} earns {rate} per hour on day shifts and gets a night-shift differential of {diff} per hour. This week {pr} worked {day} day hours and {night} night hours. What is {pos} gross pay?",
         "A hospital pays CNAs {rate}/hour plus a {diff}/hour differential for night shifts. {name} worked {day} hours of days and {night} hours of nights. How much did {pr} earn?",
         "{name}'s base pay is {rate} an hour. Night hours earn an extra {diff} an hour. Find {pos} pay for {day} day hours and {night} night hours.",
         "Base rate {rate}, night differential +{diff}/hr. Hours: {day} day, {night} night. Total pay?",
         "At a distribution center, the night shift pays {diff} more per hour than the {rate} day rate. {name} worked {night} night hours and {day} day hours last week. What were {pos} total earnings?",
         "How much does {name} make for a week with {day} hours on the day shift and {night} hours on the overnight shift, if the day rate is {rate} and the overnight shift adds {diff} per hour?",
     ], fmt=lambda P: dict(rate=M(P["rate"]), diff=M(P["diff"]), day=H(P["day"]), night=H(P["night"])))


# ------------------------------------------------------------------ 7 hourly from salary
def g_hourly(rng, ph, n):
    P = {}
    person(rng, P)
    if n % 2 == 1:
        P["sal"] = rate(rng, 15, 45, 25) * 2080
    else:
        P["sal"] = D(rng.randrange(62, 196) * 500)
    return P


def s_hourly(P, C):
    hy = C.mul("hours in a year", Q(40, "h"), Q(52, "n", "weeks"), unit="h", rnd_="none", pl=True,
               why="A full-time year is 40 hours a week for 52 weeks.")
    return C.div("hourly rate", Q(P["sal"], "$"), hy, unit="r")


kind(id="sal2hr", gen=g_hourly, solve=s_hourly,
     goal="the hourly equivalent of {name}'s salary", ans="{name}'s salary works out to {A} per hour.",
     givens=lambda P: [("Annual salary", Q(P["sal"], "$"))],
     texts=[
         "{name} was offered a job paying {sal} a year for a 40-hour week. Assuming 52 weeks of work, what is that per hour, rounded to the nearest cent?",
         "What hourly wage is equivalent to an annual salary of {sal}, based on 40 hours per week and 52 weeks per year? Round to the cent.",
         "{name} earns {sal} per year. If {pr} works 40 hours a week, 52 weeks a year, how much does {pr} make per hour?",
         "Convert {name}'s salary of {sal}/year to an hourly rate (40 h/week, 52 weeks). Give the answer to the nearest cent.",
         "A job listing shows an annual salary of {sal}. {name} wants to compare it with hourly jobs. Using a standard 2,080-hour work year (40 hours x 52 weeks), what is the hourly rate?",
         "{name}'s annual pay is {sal}. How much is that per hour for a full-time schedule of 40 hours a week, every week of the year?",
     ], fmt=lambda P: dict(sal=M(P["sal"])))


# ------------------------------------------------------------------ 8 annual / monthly from hourly
def g_annual(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 12, 40)
    P["hw"] = pick(rng, [40, "37.5", 35, 32, 30, 25])
    P["weeks"] = D(52) if ph % 2 == 0 else D(50)
    return P


def s_annual(P, C):
    wk = C.mul("weekly pay", Q(P["hw"], "h"), Q(P["rate"], "r"))
    yr = C.mul("annual pay", wk, Q(P["weeks"], "n", "weeks"))
    return C.div("average monthly pay", yr, Q(12, "n", "months"))


kind(id="annual", gen=g_annual, solve=s_annual,
     goal="{name}'s average monthly income", ans="{name} makes about {A} per month on average.",
     givens=lambda P: [("Hourly rate", Q(P["rate"], "r")), ("Hours per week", Q(P["hw"], "h"))],
     texts=[
         "{name} works {hw} hours a week at {rate} per hour, 52 weeks a year. What is {pos} average monthly gross income, to the nearest cent?",
         "A part-time barista earns {rate}/hour for {hw} hours each week and takes 2 unpaid weeks off, so {pr} works 50 weeks a year. What is {name}'s average monthly pay?",
         "{name} makes {rate} an hour and works {hw} hours every week of the year (52 weeks). Find {pos} average gross pay per month.",
         "{name} works {hw} h/week at {rate}/h for 50 weeks a year. What does that average out to per month?",
         "If {name} is paid {rate} hourly for a {hw}-hour week, all 52 weeks, how much does {pr} earn in an average month?",
         "{name} earns {rate} per hour, works {hw} hours weekly, and is paid for 50 weeks a year. Compute {pos} yearly pay and then the average monthly amount.",
     ], fmt=lambda P: dict(rate=M(P["rate"]), hw=H(P["hw"])))


# ------------------------------------------------------------------ 9 compare offers
def g_offers(rng, ph, n):
    P = {}
    person(rng, P)
    while True:
        P["rate"] = rate(rng, 18, 45)
        P["sal"] = D(rng.randrange(70, 190) * 500)
        diff = abs(P["rate"] * 2080 - P["sal"])
        if diff >= 1500:
            break
    P["hourly_more"] = P["rate"] * 2080 > P["sal"]
    return P


def s_offers(P, C):
    hy = C.mul("hours per year", Q(40, "h"), Q(52, "n", "weeks"), unit="h", rnd_="none", pl=True)
    ann = C.mul("annual pay from the hourly job", Q(P["rate"], "r"), hy)
    if P["hourly_more"]:
        return C.sub("difference", ann, Q(P["sal"], "$"))
    return C.sub("difference", Q(P["sal"], "$"), ann)


kind(id="offers", gen=g_offers, solve=s_offers,
     goal="how much more the better offer pays per year",
     ans="The {better} pays {A} more per year.",
     givens=lambda P: [("Hourly offer", Q(P["rate"], "r")), ("Salary offer", Q(P["sal"], "$"))],
     texts=[
         "{name} has two job offers: one pays {rate} per hour for 40 hours a week, the other pays a salary of {sal} per year. Assuming 52 weeks of work, how much more per year does the better offer pay?",
         "Job A: {rate}/hour, 40 hours/week, 52 weeks. Job B: {sal}/year. What is the difference in annual pay?",
         "{name} is deciding between an hourly position at {rate} an hour (full time, 40 hours a week, all year) and a salaried one at {sal}. By how much does the higher-paying option beat the other each year?",
         "A recruiter tells {name} that a {sal} salary is better than {pos} current {rate} hourly wage. Assuming 2,080 work hours per year, what is the yearly difference between the two?",
         "Compare {rate} per hour (40 hours a week, 52 weeks a year) with a salary of {sal}. How many dollars a year separate them?",
         "{name} currently earns {rate} an hour working 40 hours every week of the year. A new job offers {sal} a year. What is the difference in yearly gross pay?",
     ], fmt=lambda P: dict(rate=M(P["rate"]), sal=M(P["sal"]),
                           better="hourly job" if P["hourly_more"] else "salaried job"))


# ------------------------------------------------------------------ 10 raise, hourly
def g_raise_hr(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 14, 38, 5)
    P["p"] = pick(rng, [2, "2.5", 3, "3.5", 4, "4.5", 5, 6, 7])
    return P


def s_raise_hr(P, C):
    r = Q(P["rate"], "r")
    amt = C.pct("raise amount", Q(P["p"], "%"), r, unit="r")
    nr = C.add("new hourly rate", [r, amt], unit="r")
    hy = Q(2080, "h")
    return C.mul("new annual pay", nr, hy, why="A full-time year is 2,080 hours.")


kind(id="raisehr", gen=g_raise_hr, solve=s_raise_hr,
     goal="{name}'s new annual pay", ans="With the raise, {name} will earn {A} per year.",
     givens=lambda P: [("Current rate", Q(P["rate"], "r")), ("Raise", Q(P["p"], "%"))],
     texts=[
         "{name} earns {rate} per hour and just got a {p} raise. Rounding the new rate to the nearest cent, how much will {pr} earn in a year of 2,080 hours?",
         "After a {p} raise on {pos} {rate} hourly wage, what is {name}'s new annual pay for a full-time year (2,080 hours)? Round the new hourly rate to the cent first.",
         "{name}'s manager approved a {p} increase to {pos} pay rate of {rate}/hour. Find the new rate (to the cent) and {pos} new yearly gross for 2,080 hours.",
         "Current wage: {rate}/hr. Raise: {p}. What is the new annual pay at 2,080 hours per year (round the new rate to cents)?",
         "A cashier making {rate} an hour receives a cost-of-living raise of {p}. If {name} works 2,080 hours a year, what will {pr} earn annually at the new rate (rounded to the nearest cent)?",
         "{name} gets a {p} raise. {Pr} was earning {rate} an hour. How much will {pr} make in a 2,080-hour year after the raise? Round the hourly rate to the nearest cent.",
     ], fmt=lambda P: dict(rate=M(P["rate"]), p=P_(P["p"])))


# ------------------------------------------------------------------ 11 raise, salary -> biweekly
def g_raise_sal(rng, ph, n):
    P = {}
    person(rng, P)
    P["sal"] = D(rng.randrange(80, 240) * 250)
    P["p"] = pick(rng, [2, "2.5", 3, "3.5", 4, "4.5", 5, 6, 8])
    return P


def s_raise_sal(P, C):
    s = Q(P["sal"], "$")
    amt = C.pct("raise", Q(P["p"], "%"), s)
    ns = C.add("new salary", [s, amt])
    return C.div("new biweekly gross pay", ns, Q(26, "n", "paychecks"), why="Biweekly means 26 paychecks a year.")


kind(id="raisesal", gen=g_raise_sal, solve=s_raise_sal,
     goal="{name}'s new biweekly gross pay", ans="{name}'s new biweekly paycheck (gross) is {A}.",
     givens=lambda P: [("Current salary", Q(P["sal"], "$")), ("Raise", Q(P["p"], "%"))],
     texts=[
         "{name} earns {sal} a year and receives a {p} raise. {Pr} is paid biweekly (26 paychecks a year). What will {pos} gross pay per paycheck be?",
         "After a {p} raise, what is the biweekly gross pay on a salary that was {sal}? Assume 26 pay periods and round to the cent.",
         "{name}'s salary of {sal} is going up by {p}. How much will each of {pos} 26 biweekly paychecks be before deductions?",
         "Salary: {sal}. Raise: {p}. Pay frequency: biweekly (26/year). New gross per paycheck?",
         "A teacher earning {sal} gets a {p} step increase. If the district pays every two weeks (26 times a year), what is {name}'s new gross paycheck?",
         "{name} negotiated a {p} raise on {pos} {sal} salary. Paychecks come every other week. Find {pos} new gross pay per check, to the nearest cent.",
     ], fmt=lambda P: dict(sal=M(P["sal"]), p=P_(P["p"])))


# ------------------------------------------------------------------ 12 FICA only
def g_fica(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 12, 34)
    P["hours"] = pick(rng, [20, 24, 25, 28, 30, 32, "32.5", 35, "37.5", 38, 40, "18.5", "26.5"])
    return P


def s_fica(P, C):
    g = C.mul("gross pay", Q(P["hours"], "h"), Q(P["rate"], "r"))
    ss = C.pct("Social Security tax", SS, g, why="Social Security is 6.2% of gross wages.")
    md = C.pct("Medicare tax", MED, g, why="Medicare is 1.45% of gross wages.")
    tot = C.add("total FICA", [ss, md])
    return C.sub("pay after FICA", g, tot)


kind(id="fica", gen=g_fica, solve=s_fica,
     goal="{name}'s pay after FICA taxes", ans="After FICA, {name} takes home {A}.",
     givens=lambda P: [("Hours", Q(P["hours"], "h")), ("Rate", Q(P["rate"], "r"))],
     texts=[
         "{name} worked {hours} hours this week at {rate} per hour. Social Security (6.2%) and Medicare (1.45%) are withheld from {pos} pay. How much does {pr} take home if there are no other deductions? Round each tax to the cent.",
         "A student works {hours} hours a week at {rate}/hr. Only FICA is withheld: 6.2% for Social Security and 1.45% for Medicare. What is {name}'s weekly pay after FICA?",
         "{name}'s paycheck covers {hours} hours at {rate}. Compute the Social Security tax (6.2%), the Medicare tax (1.45%), and {pos} pay after both taxes.",
         "Hours: {hours}. Rate: {rate}/h. Withholding: Social Security 6.2%, Medicare 1.45%, each rounded to the nearest cent. Net after FICA = ?",
         "After FICA taxes (6.2% Social Security plus 1.45% Medicare), how much is left of {name}'s pay for {hours} hours at {rate} an hour?",
         "{name} earns {rate} an hour and worked {hours} hours. {Pos} employer withholds 6.2% for Social Security and 1.45% for Medicare. What is {pos} pay after those withholdings?",
     ], fmt=lambda P: dict(rate=M(P["rate"]), hours=H(P["hours"])))


# ------------------------------------------------------------------ 13 gross to net, hourly biweekly
def g_net_hr(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 15, 42)
    P["hours"] = pick(rng, [80, 80, 72, 76, 64, "78.5"])
    P["k"] = pick(rng, [3, 4, 5, 6, 8, 10])
    P["fed"] = pick(rng, [10, 12, 15])
    P["health"] = pick(rng, ["42.50", "55.00", "68.25", "87.40", "120.00", "96.15", "38.75"])
    return P


def s_net_hr(P, C):
    g = C.mul("gross pay", Q(P["hours"], "h"), Q(P["rate"], "r"))
    k = C.pct("401(k) contribution", Q(P["k"], "%"), g)
    tw = C.sub("taxable wages", g, k, why="The 401(k) contribution is pre-tax for federal income tax.")
    fed = C.pct("federal withholding", Q(P["fed"], "%"), tw)
    ss = C.pct("Social Security tax", SS, g, why="FICA applies to the full gross pay.")
    md = C.pct("Medicare tax", MED, g)
    tot = C.add("total deductions", [k, fed, ss, md, Q(P["health"], "$")])
    return C.sub("net pay", g, tot)


kind(id="nethr", gen=g_net_hr, solve=s_net_hr,
     goal="{name}'s net pay for the pay period", ans="{name}'s net (take-home) pay is {A}.",
     givens=lambda P: [("Hours", Q(P["hours"], "h")), ("Rate", Q(P["rate"], "r")),
                       ("Health premium", Q(P["health"], "$"))],
     texts=[
         "{name} worked {hours} hours in a biweekly pay period at {rate} per hour. Deductions: {k} of gross to a 401(k) (pre-tax), federal withholding of {fed} of gross minus the 401(k), Social Security 6.2% and Medicare 1.45% of gross, and a {health} health premium. What is {pos} net pay? Round each deduction to the cent.",
         "Pay stub question: {hours} hours x {rate}/hr. 401(k): {k} of gross. Federal tax: {fed} of (gross - 401(k)). FICA: 6.2% + 1.45% of gross. Health insurance: {health}. Find the net pay.",
         "{name} earns {rate} an hour and logged {hours} hours this pay period. {Pr} contributes {k} to a 401(k), pays {health} for health insurance, and has Social Security (6.2%), Medicare (1.45%), and federal withholding of {fed} on wages after the 401(k) taken out. How much is {pos} take-home pay?",
         "A biweekly paycheck for {hours} hours at {rate}/hour has these deductions: 401(k) {k}, federal income tax {fed} of taxable wages (gross less 401(k)), Social Security 6.2%, Medicare 1.45%, and medical premium {health}. Compute {name}'s net pay.",
         "How much does {name} actually take home for {hours} hours at {rate} an hour, after a {k} 401(k) deferral, {fed} federal withholding on (gross - 401(k)), 7.65% FICA split as 6.2% Social Security and 1.45% Medicare on gross, and {health} for health coverage?",
         "{name}'s gross pay is {pos} {hours} hours times {rate}. Take out {k} for the 401(k), {fed} federal tax on the remaining taxable wages, 6.2% Social Security and 1.45% Medicare on the full gross, plus a {health} health premium. What is the net?",
     ], fmt=lambda P: dict(rate=M(P["rate"]), hours=H(P["hours"]), k=P_(P["k"]), fed=P_(P["fed"]),
                           health=M(P["health"])))


# ------------------------------------------------------------------ 14 salary paycheck net
def g_net_sal(rng, ph, n):
    P = {}
    person(rng, P)
    P["sal"] = D(rng.randrange(70, 260) * 250)
    P["per"] = D(26) if ph % 2 == 0 else D(24)
    P["k"] = pick(rng, [3, 4, 5, 6, 7, 8])
    P["health"] = pick(rng, ["45.00", "62.30", "75.50", "110.25", "134.80", "58.60"])
    return P


def s_net_sal(P, C):
    g = C.div("gross pay per paycheck", Q(P["sal"], "$"), Q(P["per"], "n", "paychecks"))
    ss = C.pct("Social Security tax", SS, g)
    md = C.pct("Medicare tax", MED, g)
    k = C.pct("401(k) deferral", Q(P["k"], "%"), g)
    tot = C.add("total deductions", [ss, md, k, Q(P["health"], "$")])
    return C.sub("net pay", g, tot)


kind(id="netsal", gen=g_net_sal, solve=s_net_sal,
     goal="{name}'s net pay per paycheck", ans="Each paycheck nets {name} {A}.",
     givens=lambda P: [("Salary", Q(P["sal"], "$")), ("Paychecks per year", Q(P["per"], "n", "paychecks"))],
     texts=[
         "{name} earns {sal} a year, paid biweekly (26 paychecks). Each check has Social Security (6.2%), Medicare (1.45%), a {k} 401(k) contribution, and a {health} health premium taken out. What is {pos} net pay per paycheck? Round gross and each deduction to the cent.",
         "{name}'s salary is {sal}, paid semimonthly (24 paychecks a year). Deductions per check: 6.2% Social Security, 1.45% Medicare, {k} to a 401(k), and {health} for dental and medical. Find the take-home amount per check.",
         "Annual salary {sal}; 26 pay periods. Per period: SS 6.2%, Medicare 1.45%, 401(k) {k} of gross, health {health}. Net pay per period?",
         "A salaried designer makes {sal} per year and is paid twice a month (24 times a year). {Pr} puts {k} of each gross paycheck in a 401(k), pays {health} per check for insurance, and has 7.65% FICA (6.2% + 1.45%) withheld. How much is {name}'s net paycheck?",
         "How much lands in {name}'s bank account each payday if {pr} earns {sal} a year paid every other week, and each check loses 6.2% to Social Security, 1.45% to Medicare, {k} to {pos} 401(k), and {health} to health insurance?",
         "{name} is paid {sal} annually in 24 equal semimonthly checks. Subtract Social Security (6.2%), Medicare (1.45%), a {k} retirement deferral, and a {health} premium from one check. What remains?",
     ], fmt=lambda P: dict(sal=M(P["sal"]), k=P_(P["k"]), health=M(P["health"])))


# ------------------------------------------------------------------ 15 SS wage base
def g_ssbase(rng, ph, n):
    P = {}
    person(rng, P)
    P["base"] = D(168600) if ph % 2 == 0 else D(160200)
    P["year"] = "2024" if ph % 2 == 0 else "2023"
    P["sal"] = P["base"] + D(rng.randrange(6, 62) * 500)
    return P


def s_ssbase(P, C):
    ss = C.pct("Social Security tax", SS, Q(P["base"], "$"),
               why="Social Security only applies up to the wage base, so the tax is capped.")
    md = C.pct("Medicare tax", MED, Q(P["sal"], "$"), why="Medicare has no wage cap.")
    return C.add("total FICA for the year", [ss, md])


kind(id="ssbase", gen=g_ssbase, solve=s_ssbase,
     goal="{name}'s total FICA tax for the year", ans="{name} pays {A} in FICA taxes for the year.",
     givens=lambda P: [("Salary", Q(P["sal"], "$")), ("Wage base", Q(P["base"], "$"))],
     texts=[
         "{name} earns {sal} in {year}. Social Security tax is 6.2% but only on the first {base} of wages; Medicare is 1.45% of all wages. How much FICA tax does {pr} pay for the year?",
         "In {year} the Social Security wage base was {base}. An engineer earning {sal} pays 6.2% Social Security up to the base and 1.45% Medicare on everything. What is {name}'s total FICA?",
         "{name}'s {year} salary is {sal}. Find {pos} Social Security tax (6.2%, capped at wages of {base}) and Medicare tax (1.45%, no cap), and add them.",
         "Salary {sal}. SS: 6.2% up to {base}. Medicare: 1.45% of full salary. Total employee FICA for {year}?",
         "How much total FICA does someone with {sal} of wages owe for {year}, given Social Security is 6.2% of wages up to {base} and Medicare is 1.45% of all wages? The employee is {name}.",
         "{name} made {sal} last year ({year}). Wages above {base} aren't subject to the 6.2% Social Security tax, but all wages pay 1.45% Medicare. Compute {pos} total FICA.",
     ], fmt=lambda P: dict(sal=M(P["sal"]), base=M(P["base"]), year=P["year"]))


# ------------------------------------------------------------------ bracket helpers
BRK = {
    "2023": [(D(11000), D(10)), (D(44725), D(12)), (D(95375), D(22)), (None, D(24))],
    "2024": [(D(11600), D(10)), (D(47150), D(12)), (D(100525), D(22)), (None, D(24))],
    "fict": [(D(20000), D(5)), (D(50000), D(15)), (D(120000), D(25)), (None, D(30))],
}


def brk_text(name, upto):
    b = BRK[name]
    parts = []
    lo = D(0)
    for j in range(upto):
        hi, rt = b[j]
        if j == 0:
            parts.append("%s on the first %s" % (P_(rt), M(hi)))
        else:
            parts.append("%s on income from %s to %s" % (P_(rt), M(lo), M(hi)))
        lo = hi
    parts.append("%s on income above %s" % (P_(b[upto][1]), M(lo)))
    return "; ".join(parts)


def tax_steps(C, name, taxable, nb):
    """Progressive tax with nb full brackets below the top one used."""
    b = BRK[name]
    parts = []
    lo = D(0)
    for j in range(nb):
        hi, rt = b[j]
        if j == 0:
            t = C.pct("tax in the %s bracket" % P_(rt), Q(rt, "%"), Q(hi, "$"))
        else:
            w = C.sub("width of the %s bracket" % P_(rt), Q(hi, "$"), Q(lo, "$"))
            t = C.pct("tax in the %s bracket" % P_(rt), Q(rt, "%"), w)
        parts.append(t)
        lo = hi
    rt = b[nb][1]
    above = C.sub("income above %s" % M(lo), taxable, Q(lo, "$"))
    parts.append(C.pct("tax in the %s bracket" % P_(rt), Q(rt, "%"), above))
    return C.add("total tax", parts)


# ------------------------------------------------------------------ 16 progressive tax
def g_prog(rng, ph, n):
    P = {}
    person(rng, P)
    P["sys"] = ["2023", "2024", "fict"][ph % 3]
    b = BRK[P["sys"]]
    P["nb"] = 2 if n % 2 == 1 else 1
    lo = b[P["nb"] - 1][0]
    hi = b[P["nb"]][0]
    P["inc"] = D(rng.randrange(int(lo) // 25 + 20, int(hi) // 25 - 20) * 25)
    return P


def s_prog(P, C):
    return tax_steps(C, P["sys"], Q(P["inc"], "$"), P["nb"])


def f_prog(P):
    return dict(inc=M(P["inc"]), brk=brk_text(P["sys"], P["nb"]), yr=P["sys"])


kind(id="progtax", gen=g_prog, solve=s_prog,
     goal="the income tax on {name}'s taxable income", ans="{name}'s income tax is {A}.",
     givens=lambda P: [("Taxable income", Q(P["inc"], "$"))],
     texts=[
         "{name} has taxable income of {inc}. The tax rates are: {brk}. How much income tax does {pr} owe?",
         "Using these brackets: {brk}. Compute the tax on a taxable income of {inc}.",
         "A single filer, {name}, has {inc} of taxable income. Tax is charged at {brk}. What is the total tax?",
         "Brackets: {brk}. {name}'s taxable income: {inc}. Find the tax owed (each rate applies only to the income inside its bracket).",
         "How much tax is due on {inc} of taxable income when the schedule is {brk}? The taxpayer is {name}.",
         "{name} wants to know {pos} income tax. {Pos} taxable income is {inc}, and the progressive rates are {brk}. Work it out bracket by bracket.",
     ], fmt=f_prog)


# ------------------------------------------------------------------ 17 tax after standard deduction
def g_taxded(rng, ph, n):
    P = {}
    person(rng, P)
    P["sys"] = "2023" if ph % 2 == 0 else "2024"
    P["sd"] = D(13850) if P["sys"] == "2023" else D(14600)
    P["nb"] = 2 if n % 2 == 0 else 1
    b = BRK[P["sys"]]
    lo = b[P["nb"] - 1][0] + P["sd"]
    hi = b[P["nb"]][0] + P["sd"]
    P["inc"] = D(rng.randrange(int(lo) // 50 + 10, int(hi) // 50 - 10) * 50)
    return P


def s_taxded(P, C):
    t = C.sub("taxable income", Q(P["inc"], "$"), Q(P["sd"], "$"), why="Subtract the standard deduction first.")
    return tax_steps(C, P["sys"], t, P["nb"])


kind(id="taxded", gen=g_taxded, solve=s_taxded,
     goal="{name}'s federal income tax", ans="{name} owes {A} in federal income tax.",
     givens=lambda P: [("Gross income", Q(P["inc"], "$")), ("Standard deduction", Q(P["sd"], "$"))],
     texts=[
         "{name} is single and earned {inc} in {yr}. {Pr} takes the standard deduction of {sd}. The brackets are {brk}. What is {pos} federal income tax?",
         "Gross income {inc}, standard deduction {sd} ({yr}, single). Rates: {brk}. Find the tax.",
         "For tax year {yr}, a single filer with {inc} of income subtracts the {sd} standard deduction and then pays {brk}. How much tax does {name} owe?",
         "{name} made {inc} last year ({yr}). After the {sd} standard deduction, {pos} taxable income is taxed at {brk}. Compute {pos} tax.",
         "What is the federal income tax for {name}, single, with {inc} of wages in {yr}? Use the standard deduction of {sd} and the brackets {brk}.",
         "{name} earns {inc}. Step one: subtract the {yr} standard deduction ({sd}). Step two: apply {brk}. What is the tax?",
     ], fmt=lambda P: dict(inc=M(P["inc"]), sd=M(P["sd"]), yr=P["sys"], brk=brk_text(P["sys"], P["nb"])))


# ------------------------------------------------------------------ 18 effective rate
def g_eff(rng, ph, n):
    P = g_prog(rng, ph, n)
    return P


def s_eff(P, C):
    t = tax_steps(C, P["sys"], Q(P["inc"], "$"), P["nb"])
    return C.ratio("effective tax rate", t, Q(P["inc"], "$"))


kind(id="effrate", gen=g_eff, solve=s_eff, fu="p",
     goal="{name}'s effective tax rate", ans="{name}'s effective tax rate is about {A}.",
     givens=lambda P: [("Taxable income", Q(P["inc"], "$"))],
     texts=[
         "{name} has taxable income of {inc}. Rates: {brk}. Find {pos} total tax and {pos} effective tax rate (tax divided by taxable income), as a percent rounded to two decimal places.",
         "With brackets {brk}, what is the effective tax rate on {inc} of taxable income? Give the percent to two decimals.",
         "{name}'s marginal rate is the top bracket {pr} reaches, but {pr} wants {pos} effective rate. Taxable income: {inc}. Brackets: {brk}. Compute the effective rate to the nearest hundredth of a percent.",
         "Taxable income {inc}; schedule {brk}. Effective rate = total tax / income. Round to 0.01%.",
         "What percent of {pos} {inc} taxable income does {name} actually pay in tax, if the brackets are {brk}? Round to two decimal places.",
         "Compute the tax on {inc} under {brk}, then express it as a percentage of the income (two decimal places). The filer is {name}.",
     ], fmt=f_prog)


# ------------------------------------------------------------------ 19 refund or balance due
def g_refund(rng, ph, n):
    P = {}
    person(rng, P)
    P["sys"] = "2023" if ph % 2 == 0 else "2024"
    b = BRK[P["sys"]]
    P["inc"] = D(rng.randrange(int(b[0][0]) // 50 + 40, int(b[1][0]) // 50 - 10) * 50)
    tax = b[0][0] * b[0][1] / 100 + (P["inc"] - b[0][0]) * b[1][1] / 100
    per = tax / 26
    shift = D(rng.choice([-1, 1])) * D(rng.randrange(4, 30))
    P["wh"] = r2(per + shift)
    return P


def s_refund(P, C):
    b = BRK[P["sys"]]
    t1 = C.pct("tax in the 10% bracket", Q(b[0][1], "%"), Q(b[0][0], "$"))
    ab = C.sub("income above %s" % M(b[0][0]), Q(P["inc"], "$"), Q(b[0][0], "$"))
    t2 = C.pct("tax in the 12% bracket", Q(b[1][1], "%"), ab)
    tt = C.add("total tax", [t1, t2])
    wh = C.mul("total withheld", Q(P["wh"], "$"), Q(26, "n", "paychecks"))
    return C.sub("balance due", tt, wh, allow_neg=True,
                 why="A negative balance means a refund.")


kind(id="refund", gen=g_refund, solve=s_refund,
     goal="{name}'s balance due (negative means a refund)",
     ans="{name}'s balance is {A}{note}.",
     givens=lambda P: [("Taxable income", Q(P["inc"], "$")), ("Withholding per paycheck", Q(P["wh"], "$"))],
     texts=[
         "{name}'s {yr} taxable income is {inc}. Tax is 10% of the first {b1} and 12% of the rest (up to {b2}). {Pr} had {wh} withheld from each of 26 paychecks. What is {pos} balance due at filing? Give a negative number if it is a refund.",
         "Taxable income: {inc}. Rates: 10% up to {b1}, 12% from {b1} to {b2}. Federal withholding: {wh} per biweekly check, 26 checks. Balance due (tax minus withholding; negative = refund)?",
         "{name} had {wh} of federal tax withheld every two weeks ({yr}, 26 paychecks). With taxable income of {inc} taxed at 10% on the first {b1} and 12% above that, how much does {pr} owe, or get back? Answer as tax minus withholding.",
         "Compute tax minus withholding for a filer with {inc} of taxable income (10% on the first {b1}, 12% on income over {b1}), whose employer withheld {wh} per paycheck for 26 paychecks. The filer is {name}.",
         "{name} wonders whether {pr}'ll get a refund. Taxable income {inc}; brackets 10% to {b1}, then 12% to {b2}; withholding {wh} x 26. Find the balance due (negative if refund).",
         "Will {name} owe money? {Pos} taxable income is {inc} in {yr}. The first {b1} is taxed at 10%, the rest at 12%. {Pos} paychecks (26 of them) each had {wh} withheld. State the balance as tax owed minus tax withheld.",
     ], fmt=lambda P: dict(inc=M(P["inc"]), b1=M(BRK[P["sys"]][0][0]), b2=M(BRK[P["sys"]][1][0]),
                           wh=M(P["wh"]), yr=P["sys"]))


# ------------------------------------------------------------------ 20 commission tiers
TIERS = [
    [(D(10000), D(3)), (D(25000), D(5)), (None, D(8))],
    [(D(20000), D(4)), (D(50000), D(6)), (None, D(9))],
    [(D(5000), D(2)), (D(15000), D(5)), (None, D("7.5"))],
]


def g_comm(rng, ph, n):
    P = {}
    person(rng, P)
    P["t"] = ph % 3
    t = TIERS[P["t"]]
    P["base"] = pick(rng, [1200, 1500, 1800, 2000, 2200, 2500, 950])
    P["sales"] = D(rng.randrange(int(t[1][0]) // 10 + 100, int(t[1][0]) // 10 * 4) * 10) + pick(rng, [0, "0.00", 5, "7.50"])
    return P


def s_comm(P, C):
    t = TIERS[P["t"]]
    c1 = C.pct("commission on tier 1", Q(t[0][1], "%"), Q(t[0][0], "$"))
    w2 = C.sub("size of tier 2", Q(t[1][0], "$"), Q(t[0][0], "$"))
    c2 = C.pct("commission on tier 2", Q(t[1][1], "%"), w2)
    a3 = C.sub("sales above %s" % M(t[1][0]), Q(P["sales"], "$"), Q(t[1][0], "$"))
    c3 = C.pct("commission on tier 3", Q(t[2][1], "%"), a3)
    cm = C.add("total commission", [c1, c2, c3])
    return C.add("total pay for the month", [Q(P["base"], "$"), cm])


def f_comm(P):
    t = TIERS[P["t"]]
    return dict(base=M(P["base"]), sales=M(P["sales"], True),
                r1=P_(t[0][1]), r2=P_(t[1][1]), r3=P_(t[2][1]), a=M(t[0][0]), b=M(t[1][0]))


kind(id="commtier", gen=g_comm, solve=s_comm,
     goal="{name}'s total pay for the month", ans="{name}'s total pay for the month is {A}.",
     givens=lambda P: [("Base salary", Q(P["base"], "$")), ("Sales", Q(P["sales"], "$"))],
     texts=[
         "{name} sells cars and earns a base salary of {base} per month plus commission: {r1} on the first {a} of sales, {r2} on sales from {a} to {b}, and {r3} on sales above {b}. This month {pr} sold {sales}. What is {pos} total pay?",
         "Commission plan: {r1} of sales up to {a}, {r2} of sales between {a} and {b}, {r3} of everything over {b}, plus a {base} monthly base. Monthly sales were {sales}. Find the total pay.",
         "A sales rep, {name}, had {sales} in sales. {Pos} pay is {base} plus tiered commission ({r1} up to {a}; {r2} for the portion from {a} to {b}; {r3} beyond {b}). How much did {pr} earn this month?",
         "Base {base}/month. Tiers: {r1} (first {a}), {r2} ({a}-{b}), {r3} (over {b}). Sales {sales}. Total monthly earnings?",
         "How much does {name} earn in a month with {sales} of sales if {pr} gets {base} base pay, {r1} commission on the first {a}, {r2} on the next portion up to {b}, and {r3} on anything above {b}?",
         "{name}'s employer pays a monthly draw of {base} plus a graduated commission: {r1} of the first {a} sold, {r2} of sales from {a} up to {b}, and {r3} of sales past {b}. {Pr} sold {sales} in March. What was {pos} total pay?",
     ], fmt=f_comm)


# ------------------------------------------------------------------ 21 commission over quota
def g_quota(rng, ph, n):
    P = {}
    person(rng, P)
    P["base"] = pick(rng, [450, 500, 600, 650, 725, 800])
    P["quota"] = pick(rng, [5000, 8000, 10000, 12000, 15000])
    P["sales"] = P["quota"] + D(rng.randrange(150, 2400) * 5) + pick(rng, [0, "0.50", "0.25", 0])
    P["c"] = pick(rng, [4, 5, 6, "6.5", 7, 8, 10, 12])
    return P


def s_quota(P, C):
    a = C.sub("sales above quota", Q(P["sales"], "$"), Q(P["quota"], "$"))
    cm = C.pct("commission", Q(P["c"], "%"), a)
    return C.add("total weekly pay", [Q(P["base"], "$"), cm])


kind(id="quota", gen=g_quota, solve=s_quota,
     goal="{name}'s total pay for the week", ans="{name} earns {A} for the week.",
     givens=lambda P: [("Base pay", Q(P["base"], "$")), ("Quota", Q(P["quota"], "$")), ("Sales", Q(P["sales"], "$"))],
     texts=[
         "{name} earns {base} a week plus {c} commission on sales above a weekly quota of {quota}. This week {pr} sold {sales}. What is {pos} pay for the week?",
         "A rep gets {base} per week and {c} of every dollar sold beyond {quota}. With weekly sales of {sales}, how much does {name} earn?",
         "{name}'s weekly sales were {sales}. {Pr} is paid a {base} base plus {c} of sales over {quota}. Find {pos} total weekly pay.",
         "Base: {base}/wk. Commission: {c} on sales over {quota}. Sales: {sales}. Weekly pay?",
         "How much will {name} make this week if {pr} sold {sales} of furniture, {pos} base pay is {base}, and {pr} earns {c} on the amount by which sales exceed {quota}?",
         "{name} works in electronics sales for {base} a week plus {c} commission, but commission only counts on sales above {quota}. Sales this week totaled {sales}. What is {pos} gross pay?",
     ], fmt=lambda P: dict(base=M(P["base"]), quota=M(P["quota"]), sales=M(P["sales"], True), c=P_(P["c"])))


# ------------------------------------------------------------------ 22 tips pooled by hours
STAFF = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Ivy", "Jon", "Kim"]


def g_tips(rng, ph, n):
    P = {}
    person(rng, P)
    k = 3 if ph % 2 == 0 else 4
    others = [s for s in STAFF if s != P["name"]]
    rng.shuffle(others)
    P["who"] = [P["name"]] + others[:k - 1]
    P["hrs"] = [pick(rng, [4, 5, 6, "6.5", 7, "7.5", 8, 9, 10]) for _ in range(k)]
    H_ = sum(P["hrs"])
    if n % 4 == 0:
        P["tips"] = D(rng.randrange(300, 1400)) + pick(rng, [0, "0.50", "0.75", "0.25"])
    else:
        P["tips"] = H_ * D(rng.randrange(900, 3200)) / 100
    return P


def s_tips(P, C):
    th = C.add("total hours", [Q(h, "h") for h in P["hrs"]], unit="h", rnd_="none", pl=True)
    per = C.div("tips per hour", Q(P["tips"], "$"), th, unit="r", pl=True)
    return C.mul("%s's share" % P["name"], Q(P["hrs"][0], "h"), per)


def f_tips(P):
    parts = ["%s worked %s hours" % (w, H(h)) for w, h in zip(P["who"], P["hrs"])]
    lst = ", ".join(parts[:-1]) + ", and " + parts[-1]
    short = ", ".join("%s %s h" % (w, H(h)) for w, h in zip(P["who"], P["hrs"]))
    return dict(tips=M(P["tips"], True), lst=lst, short=short, k=str(len(P["who"])), h1=H(P["hrs"][0]))


kind(id="tipshr", gen=g_tips, solve=s_tips,
     goal="{name}'s share of the tip pool", ans="{name}'s share of the tips is {A}.",
     givens=lambda P: [("Tip pool", Q(P["tips"], "$"))],
     texts=[
         "At a restaurant the servers pool their tips and split them by hours worked. Tonight's pool is {tips}. {lst}. How much does {name} get (rounded to the cent)?",
         "Tip pool: {tips}. Hours: {short}. Tips are shared in proportion to hours. What is {name}'s share?",
         "{k} bartenders shared {tips} in tips according to hours on shift: {lst}. Find {name}'s cut, rounding the hourly tip rate to the nearest cent.",
         "A coffee shop splits its weekly tip jar of {tips} by hours worked. {lst}. How much should {name} receive?",
         "{name} and {pos} coworkers pool tips ({tips} total) and divide them per hour worked. {lst}. Work out the tips per hour (to the cent) and {name}'s share.",
         "The tip pool of {tips} is divided by hours: {short}. Round the per-hour amount to the cent. What does {name} take home from the pool?",
     ], fmt=f_tips)


# ------------------------------------------------------------------ 23 tips with kitchen share
def g_tipk(rng, ph, n):
    P = {}
    person(rng, P)
    P["tips"] = D(rng.randrange(240, 1900)) + pick(rng, [0, "0.50", "0.75", "0.25", "0.40"])
    P["p"] = pick(rng, [10, 15, 20, 25, "12.5"])
    P["k"] = D(rng.randrange(3, 8))
    return P


def s_tipk(P, C):
    t = Q(P["tips"], "$")
    kt = C.pct("kitchen share", Q(P["p"], "%"), t)
    rem = C.sub("amount left for the servers", t, kt)
    return C.div("share per server", rem, Q(P["k"], "n", "servers"))


kind(id="tipkitchen", gen=g_tipk, solve=s_tipk,
     goal="each server's share", ans="Each server gets {A}.",
     givens=lambda P: [("Total tips", Q(P["tips"], "$")), ("Kitchen share", Q(P["p"], "%"))],
     texts=[
         "A restaurant's servers collected {tips} in tips on Saturday. {p} of the tips go to the kitchen staff, and the rest is split equally among the {k} servers, including {name}. How much does each server get, to the nearest cent?",
         "Total tips {tips}. Tip-out to the kitchen: {p}. Remaining tips divided evenly among {k} servers. What is one server's share?",
         "{name} works at a bistro where {p} of pooled tips is given to the cooks and dishwashers. The servers' pool tonight was {tips}, shared equally by {k} servers. What is {name}'s share?",
         "{k} servers pool {tips} in tips. First {p} is tipped out to the back of house; the remainder is split evenly. How much does each server take home (rounded to the cent)?",
         "How much does each of {k} servers receive if {tips} of tips is pooled, {p} is paid to the kitchen, and the rest is divided equally? One of the servers is {name}.",
         "After giving {p} of the night's {tips} tip pool to the kitchen, {name} and the other servers ({k} in all) split what's left evenly. What is each share?",
     ], fmt=lambda P: dict(tips=M(P["tips"], True), p=P_(P["p"]), k=str(P["k"])))


# ------------------------------------------------------------------ 24 YTD pay stub
def g_ytd(rng, ph, n):
    P = {}
    person(rng, P)
    P["rate"] = rate(rng, 15, 40)
    P["hours"] = pick(rng, [80, 80, 76, 72, 64, "78.5"])
    P["fed"] = pick(rng, ["112.40", "134.75", "98.20", "156.00", "187.35", "143.60", "121.05"])
    P["ngp"] = D(rng.randrange(3, 20))
    g = r2(P["hours"] * P["rate"])
    P["ytdg"] = g * P["ngp"] + pick(rng, [0, "120.00", "-84.50", "215.25"])
    net = g - r2(g * D("0.062")) - r2(g * D("0.0145")) - P["fed"]
    P["ytdn"] = r2(net * P["ngp"]) + pick(rng, [0, "96.40", "-61.15", "170.80"])
    return P


def s_ytd(P, C):
    g = C.mul("current gross pay", Q(P["hours"], "h"), Q(P["rate"], "r"))
    ss = C.pct("Social Security tax", SS, g)
    md = C.pct("Medicare tax", MED, g)
    tot = C.add("current deductions", [Q(P["fed"], "$"), ss, md], pl=True)
    net = C.sub("current net pay", g, tot)
    C.add("YTD gross", [Q(P["ytdg"], "$"), g])
    return C.add("YTD net pay", [Q(P["ytdn"], "$"), net])


kind(id="ytd", gen=g_ytd, solve=s_ytd,
     goal="{name}'s year-to-date net pay after this paycheck",
     ans="{name}'s new year-to-date net pay is {A}.",
     givens=lambda P: [("Hours", Q(P["hours"], "h")), ("Rate", Q(P["rate"], "r")),
                       ("Prior YTD gross", Q(P["ytdg"], "$")), ("Prior YTD net", Q(P["ytdn"], "$"))],
     texts=[
         "{name}'s pay stub before this period shows YTD gross {ytdg} and YTD net {ytdn}. This biweekly period {pr} worked {hours} hours at {rate}/hour. Deductions: federal withholding {fed}, Social Security 6.2%, Medicare 1.45%. What are the new YTD gross and YTD net? Give the YTD net as the answer.",
         "Fill in the pay stub: hours {hours}, rate {rate}, federal tax {fed}, Social Security 6.2%, Medicare 1.45%. Prior year-to-date: gross {ytdg}, net {ytdn}. What is the YTD net pay after this check?",
         "{name} is checking {pos} pay stub. Current period: {hours} hours x {rate}. Withholding: {fed} federal, plus 6.2% SS and 1.45% Medicare. Before this check, {pos} year-to-date gross was {ytdg} and YTD net was {ytdn}. Update the YTD figures; what is the new YTD net?",
         "Prior YTD gross: {ytdg}. Prior YTD net: {ytdn}. This period: {hours} h @ {rate}, fed {fed}, SS 6.2%, Medicare 1.45%. New YTD net = ?",
         "How much has {name} taken home so far this year after {pos} latest paycheck? Year-to-date before the check: {ytdg} gross, {ytdn} net. Latest check: {hours} hours at {rate} an hour, minus {fed} federal tax and 7.65% FICA (6.2% Social Security + 1.45% Medicare).",
         "{name}'s payroll record lists YTD gross {ytdg} and YTD net {ytdn}. The new period adds {hours} hours at {rate}/hr with {fed} federal withholding and the usual 6.2% Social Security and 1.45% Medicare. Find the updated YTD gross and YTD net (answer with the YTD net).",
     ], fmt=lambda P: dict(rate=M(P["rate"]), hours=H(P["hours"]), fed=M(P["fed"]),
                           ytdg=M(P["ytdg"], True), ytdn=M(P["ytdn"], True)))


# ------------------------------------------------------------------ 25 bonus
def g_bonus(rng, ph, n):
    P = {}
    person(rng, P)
    P["b"] = pick(rng, [750, 1200, 1500, 1800, 2500, 3000, 3750, 4200, 5000, 6500, "2250.50", "1875"])
    P["st"] = pick(rng, [3, "4.25", 5, "5.75", "3.07", "6.5", 4])
    return P


def s_bonus(P, C):
    b = Q(P["b"], "$")
    f = C.pct("federal withholding", Q(22, "%"), b, why="Bonuses are supplemental wages, withheld at a flat 22%.")
    ss = C.pct("Social Security tax", SS, b)
    md = C.pct("Medicare tax", MED, b)
    st = C.pct("state tax", Q(P["st"], "%"), b)
    tot = C.add("total withheld", [f, ss, md, st])
    return C.sub("net bonus", b, tot)


kind(id="bonus", gen=g_bonus, solve=s_bonus,
     goal="the net amount of {name}'s bonus", ans="{name}'s bonus check comes to {A}.",
     givens=lambda P: [("Bonus", Q(P["b"], "$")), ("State rate", Q(P["st"], "%"))],
     texts=[
         "{name} received a year-end bonus of {b}. Withholding: 22% federal (supplemental rate), 6.2% Social Security, 1.45% Medicare, and {st} state tax. How much is the net bonus?",
         "A {b} bonus is taxed at the 22% federal supplemental rate, plus FICA (6.2% and 1.45%) and {st} state withholding. What does {name} actually receive?",
         "{name}'s employer paid {obj} a {b} performance bonus. After 22% federal, 6.2% Social Security, 1.45% Medicare, and {st} state withholding, what is the check amount?",
         "Bonus: {b}. Withhold 22% federal, 6.2% SS, 1.45% Medicare, {st} state. Net?",
         "How much of a {b} signing bonus does {name} keep after withholdings of 22% (federal supplemental), 7.65% FICA (6.2% + 1.45%), and {st} for the state?",
         "{name} got a {b} bonus. Each withholding is rounded to the cent: federal 22%, Social Security 6.2%, Medicare 1.45%, state {st}. Find the take-home amount.",
     ], fmt=lambda P: dict(b=M(P["b"]), st=P_(P["st"])))


# ------------------------------------------------------------------ 26 semimonthly vs biweekly
def g_semi(rng, ph, n):
    P = {}
    person(rng, P)
    P["sal"] = D(rng.randrange(120, 520) * 250)
    return P


def s_semi(P, C):
    s = Q(P["sal"], "$")
    a = C.div("semimonthly paycheck", s, Q(24, "n", "paychecks"))
    b = C.div("biweekly paycheck", s, Q(26, "n", "paychecks"))
    return C.sub("difference per paycheck", a, b)


kind(id="semibi", gen=g_semi, solve=s_semi,
     goal="how much bigger the semimonthly paycheck is",
     ans="A semimonthly check is {A} larger than a biweekly one.",
     givens=lambda P: [("Annual salary", Q(P["sal"], "$"))],
     texts=[
         "{name} earns {sal} a year. {Pos} company is switching from semimonthly pay (24 checks) to biweekly pay (26 checks). How much smaller will each gross paycheck be? Round each paycheck to the cent.",
         "On a {sal} salary, what is the difference between a semimonthly gross paycheck (24 per year) and a biweekly one (26 per year)?",
         "{name} compares two pay schedules for {pos} {sal} salary: twice a month versus every two weeks. By how much does the twice-a-month check exceed the every-two-weeks check?",
         "Salary {sal}. Semimonthly = 24 pays, biweekly = 26 pays. Difference per paycheck (to the cent)?",
         "How much more is each paycheck when a {sal} salary is paid in 24 installments instead of 26? The employee is {name}.",
         "{name}'s gross annual pay is {sal}. Find the gross amount per check when paid semimonthly and when paid biweekly, rounded to cents, and give the difference.",
     ], fmt=lambda P: dict(sal=M(P["sal"])))
