"""Word-problem templates (time, clocks, dates, schedules, durations) for gen.py.

Each template is f(r, P) -> spec dict with keys problem, solve, goal, givens (optional), clock24 (optional).
solve(b) drives a build.Builder and must end with b.answer(...).
"""
from fractions import Fraction as F

from core import Invalid, Clock, Dur, Date, WD, WEEKDAYS, MONTHS, MDAYS, N

T = []


def tpl(f):
    T.append(f)
    return f


def hm(h, m=0):
    return h * 60 + m


def rc(r, lo, hi, step=5):
    return Clock(r.randrange(lo, hi + 1, step))


def rd(r, lo, hi, step=5):
    return Dur(r.randrange(lo, hi + 1, step))


def money_choice(r, lo, hi, step=F(1, 2)):
    n = int((hi - lo) / step)
    return F(lo) + step * r.randint(0, n)


# ==================================================================== clocks: start / end
@tpl
def movie_curfew(r, P):
    n = P.person()
    s = rc(r, hm(18, 30), hm(20, 15))
    L = rd(r, 95, 160)
    drive = r.randrange(10, 40, 5)
    spare = r.randrange(10, 60, 5)
    cur = Clock(s.m + L.m + drive + spare)
    if cur.m % 30:
        raise Invalid('round')
    problem = (f"{n.N}'s movie starts at {P.c(s)} and runs for {P.d(L)}. After it ends, it takes {n.obj} "
               f"{drive} minutes to get home. {n.Pos} curfew is {P.c(cur)}. How many minutes before {n.pos} "
               f"curfew does {n.N} get home?")

    def solve(b):
        end = b.clock(s, L, t="Find when the movie ends",
                      l=f"The movie starts at {b.f(s)} and lasts {b.f(L)}, so it ends at",
                      lb="Movie ends", cx=f"The movie starts at {b.f(s)} and lasts {b.f(L)}.")
        home = b.clock(end, Dur(drive), t="Add the drive home",
                       l=f"The drive takes {drive} minutes, so {n.subj} gets home at", lb="Home")
        left = b.elapsed(home, cur, as_min=True, maxm=240, t="Find the time left before curfew",
                         l="Time left before curfew:", lb="Time to spare")
        b.answer(left, f"{n.N} gets home {{a}} before {n.pos} curfew", 'minutes')
    return dict(problem=problem, solve=solve,
                goal=f"find how many minutes before {n.pos} curfew {n.N} gets home",
                givens=[("Movie starts", s), ("Length", L), ("Drive home", Dur(drive)), ("Curfew", cur)])


@tpl
def school_day(r, P):
    s = rc(r, hm(7, 45), hm(8, 40))
    e = rc(r, hm(14, 40), hm(15, 45))
    lunch = r.choice([25, 30, 35, 40, 45])
    recess = r.choice([10, 15, 20])
    school = P.place(['Maple Grove Elementary', 'Lincoln Middle School', 'Riverside School', 'Oak Hill Academy'])
    problem = (f"At {school}, the school day starts at {P.c(s)} and ends at {P.c(e)}. Students get a "
               f"{lunch}-minute lunch break and a {recess}-minute recess. The rest of the day is class time. "
               f"How many minutes of class time are there each day?")

    def solve(b):
        d = b.elapsed(s, e, split=720, t="Find the length of the school day",
                      l="The school day lasts", lb="School day")
        tot = b.d2m(d, t="Convert the school day to minutes", l="In minutes, that is", lb="Day in minutes")
        br = b.calc(N(lunch) + N(recess), unit='minutes', t="Add up the breaks",
                    l="Lunch and recess together take", lb="Breaks")
        cls = b.calc(N(tot) - N(br), unit='minutes', t="Subtract the breaks",
                     l="Class time is", lb="Class time")
        b.answer(cls, "There are {a} of class time each day", 'minutes')
    return dict(problem=problem, solve=solve, goal="find the number of minutes of class time each day",
                givens=[("Start", s), ("End", e), ("Lunch", Dur(lunch)), ("Recess", Dur(recess))])


@tpl
def flight_movies_24h(r, P):
    n = P.person()
    dep = rc(r, hm(6, 20), hm(11, 55))
    L = rd(r, hm(3, 10), hm(6, 50))
    if L.m % 60 == 0:
        raise Invalid('x')
    arr = Clock(dep.m + L.m)
    m1, m2 = r.randrange(85, 135, 1), r.randrange(85, 135, 1)
    if m1 + m2 >= L.m - 15:
        raise Invalid('x')
    city1, city2 = P.pair(['Madrid', 'Berlin', 'Oslo', 'Rome', 'Vienna', 'Lisbon', 'Prague', 'Athens'])
    problem = (f"{n.N}'s flight from {city1} leaves at {P.c(dep)} and lands in {city2} at {P.c(arr)} "
               f"(both times in the same time zone). During the flight {n.subj} watches two movies that are "
               f"{m1} minutes and {m2} minutes long. How many minutes of the flight are left when {n.subj} is "
               f"not watching a movie?")

    def solve(b):
        d = b.elapsed(dep, arr, t="Find the flight time", l="The flight lasts", lb="Flight time")
        tot = b.d2m(d, t="Convert the flight time to minutes", l="In minutes, that is", lb="Flight minutes")
        mv = b.calc(N(m1) + N(m2), unit='minutes', t="Add the two movies",
                    l="The two movies take", lb="Movies")
        left = b.calc(N(tot) - N(mv), unit='minutes', t="Subtract the movie time",
                      l="Time not watching movies:", lb="Not watching")
        b.answer(left, f"{n.N} spends {{a}} of the flight not watching a movie", 'minutes')
    return dict(problem=problem, solve=solve, clock24=True,
                goal=f"find how many minutes of the flight {n.N} spends not watching movies",
                givens=[("Departure", dep), ("Arrival", arr), ("Movie 1", Dur(m1)), ("Movie 2", Dur(m2))])


@tpl
def sleep_week(r, P):
    n = P.person()
    bed = rc(r, hm(21, 15), hm(23, 30), 15)
    wake = rc(r, hm(5, 45), hm(7, 30), 15)
    nights = r.choice([5, 7])
    if (wake.m - bed.m) % 60 == 0:
        raise Invalid('x')
    span = 'school night' if nights == 5 else 'night'
    when = 'from Sunday night to Thursday night' if nights == 5 else 'for a whole week'
    problem = (f"{n.N} goes to bed at {P.c(bed)} and wakes up at {P.c(wake)} every {span}. How many hours "
               f"does {n.N} sleep in total over {nights} nights ({when})?")

    def solve(b):
        d = b.elapsed(bed, wake, split=0, t="Find how long one night of sleep is",
                      l="One night of sleep is", lb="One night")
        h = b.d2h(d, t="Convert one night to hours", l="As a decimal, that is", lb="Hours per night")
        tot = b.calc(N(h) * N(nights), unit='hours', t=f"Multiply by {nights} nights",
                     l=f"Over {nights} nights, {n.subj} sleeps", lb="Total sleep")
        b.answer(tot, f"{n.N} sleeps {{a}} in total", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many hours {n.N} sleeps over {nights} nights",
                givens=[("Bedtime", bed), ("Wake-up", wake), ("Nights", str(nights))])


@tpl
def bus_count(r, P):
    first = rc(r, hm(5, 40), hm(6, 45))
    gap = r.choice([12, 15, 18, 20, 25, 30, 35, 40])
    last = rc(r, hm(8, 0), hm(10, 0), 15)
    M = last.m - first.m
    if M % gap == 0 or M // gap < 3:
        raise Invalid('x')
    stop = P.place(['Main Street', 'the central station', 'Elm Avenue', 'the airport terminal', 'Harbor Road'])
    problem = (f"The first bus leaves {stop} at {P.c(first)}, and after that a bus leaves every {gap} minutes. "
               f"How many buses leave {stop} from {P.c(first)} up to {P.c(last)}?")

    def solve(b):
        d = b.elapsed(first, last, as_min=True, t=f"Find the minutes between {b.f(first)} and {b.f(last)}",
                      l="The time window is", lb="Window")
        q = b.divrem(d.m, gap, t=f"Count the full {gap}-minute gaps",
                     l="Dividing by the gap,", lb="Full gaps")
        tot = b.calc(N(q) + N(1), unit='buses', t="Add the first bus",
                     l=f"Counting the first bus at {b.f(first)}, that is", lb="Buses")
        b.answer(tot, "{a} leave the stop in that time", 'buses')
    return dict(problem=problem, solve=solve, goal=f"count how many buses leave {stop} in that time window",
                givens=[("First bus", first), ("Every", Dur(gap)), ("Last time", last)])


@tpl
def roast_dinner(r, P):
    n = P.person()
    dinner = rc(r, hm(17, 30), hm(19, 30), 15)
    roast = rd(r, hm(1, 45), hm(3, 10))
    rest = r.choice([15, 20, 25, 30])
    prep = r.choice([10, 15, 20, 25])
    if roast.m % 60 + rest + prep < 60:
        raise Invalid('want carry')
    start = dinner.m - roast.m - rest - prep
    home = start - r.randrange(20, 100, 5)
    problem = (f"{n.N} wants dinner on the table at {P.c(dinner)}. The roast needs {P.d(roast)} in the oven, "
               f"then {rest} minutes to rest, and before it goes in {n.subj} needs {prep} minutes to prepare it. "
               f"{n.N} gets home from work at {P.c(Clock(home))}. How many minutes does {n.subj} have before "
               f"{n.subj} must start preparing the roast?")

    def solve(b):
        tot = b.dadd([roast, Dur(rest), Dur(prep)], t="Add up all the cooking time",
                     l="The total time needed is", lb="Total time")
        st = b.clock(dinner, tot, sub=True, t="Work back from dinner time",
                     l=f"{n.N} must start at", lb="Start preparing")
        free = b.elapsed(Clock(home), st, as_min=True, maxm=300, t="Find the free time",
                         l=f"After getting home, {n.subj} has", lb="Free time")
        b.answer(free, f"{n.N} has {{a}} before starting", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how much free time {n.N} has before starting the roast",
                givens=[("Dinner", dinner), ("Roast", roast), ("Rest", Dur(rest)), ("Prep", Dur(prep)),
                        ("Home", Clock(home))])


@tpl
def parking_meter(r, P):
    n = P.person()
    a = rc(r, hm(9, 20), hm(11, 50))
    lv = rc(r, hm(12, 25), hm(15, 40))
    rate = r.choice([F(5, 100), F(4, 100), F(6, 100), F(8, 100), F(10, 100), F(3, 100)])
    problem = (f"{n.N} parks downtown at {P.c(a)} and leaves at {P.c(lv)}. Parking costs "
               f"{int(rate * 100)} cents per minute. How much does {n.N} pay for parking?")

    def solve(b):
        d = b.elapsed(a, lv, split=720, t="Find how long the car was parked",
                      l="The car was parked for", lb="Parked")
        mins = b.d2m(d, t="Convert to minutes", l="That is", lb="Minutes")
        cost = b.calc(N(mins) * N(rate, u='per minute', money=True), money=True,
                      t="Multiply by the rate", l=f"At {b.m(rate)} per minute, the cost is",
                      lb="Cost")
        b.answer(cost, f"{n.N} pays {{a}} for parking", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} pays for parking",
                givens=[("Arrive", a), ("Leave", lv), ("Rate", f"${P.money(rate)} per minute")])


@tpl
def race_brunch(r, P):
    n = P.person()
    pace = r.choice([5, 6, 7, 8])
    dist = r.choice([10, 12, 14, 15, 16, 18, 21])
    st = rc(r, hm(6, 30), hm(8, 30), 15)
    tot = pace * dist
    if tot < 60 or tot % 60 == 0:
        raise Invalid('x')
    brunch = Clock(st.m + tot + r.randrange(15, 75, 5))
    if brunch.m % 15:
        raise Invalid('x')
    problem = (f"{n.N} starts a {dist}-kilometer run at {P.c(st)} and runs at a steady pace of {pace} minutes "
               f"per kilometer. {n.Pos} brunch reservation is at {P.c(brunch)}. How many minutes does {n.N} have "
               f"between finishing the run and brunch?")

    def solve(b):
        m = b.calc(N(pace, 'minutes per km') * N(dist, 'km'), unit='minutes', t="Find the running time",
                   l=f"The run takes", lb="Run time")
        d = b.m2d(m, t="Convert to hours and minutes", l="That is", lb="Run time")
        fin = b.clock(st, d, t="Find the finish time", l=f"{n.N} finishes at", lb="Finish")
        gap = b.elapsed(fin, brunch, as_min=True, maxm=200, t="Find the time until brunch",
                        l="The time until brunch is", lb="Gap")
        b.answer(gap, f"{n.N} has {{a}} between finishing and brunch", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes {n.N} has between the run and brunch",
                givens=[("Start", st), ("Pace", f"{pace} min per km"), ("Distance", f"{dist} km"),
                        ("Brunch", brunch)])


@tpl
def shift_weekpay(r, P):
    n = P.person()
    s = rc(r, hm(7, 0), hm(9, 0), 15)
    e = rc(r, hm(15, 0), hm(18, 0), 15)
    lunch = r.choice([30, 45, 60])
    wage = money_choice(r, 13, 24, F(1, 2))
    days = r.choice([4, 5])
    if (e.m - s.m - lunch) % 60 == 0:
        raise Invalid('x')
    problem = (f"{n.N} works from {P.c(s)} to {P.c(e)}, {days} days a week, and takes an unpaid "
               f"{lunch}-minute lunch break each day. {n.Subj} earns ${P.money(wage)} per hour. How much does "
               f"{n.N} earn in one week?")

    def solve(b):
        d = b.elapsed(s, e, split=720, t="Find the length of each workday", l="Each workday lasts",
                      lb="Workday")
        paid = b.dsub(d, Dur(lunch), t="Subtract the unpaid lunch", l="Paid time per day:",
                      lb="Paid time")
        h = b.d2h(paid, t="Convert paid time to hours", l="In hours, that is", lb="Paid hours")
        day = b.calc(N(h, 'hours') * N(wage, 'per hour', money=True), money=True,
                     t="Find the daily pay", l="Each day, " + n.subj + " earns", lb="Daily pay")
        wk = b.calc(N(day, money=True) * N(days, 'days'), money=True, t="Find the weekly pay",
                    l=f"For {days} days, {n.subj} earns", lb="Weekly pay")
        b.answer(wk, f"{n.N} earns {{a}} in one week", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} earns in one week",
                givens=[("Shift", f"{P.sc(s)} to {P.sc(e)}"), ("Unpaid lunch", Dur(lunch)),
                        ("Wage", wage, '$'), ("Days", str(days))])


@tpl
def overtime(r, P):
    n = P.person()
    hpd = r.choice([F(17, 2), 9, F(19, 2), 10])
    sat = r.choice([3, 4, 5, 6])
    rate = r.choice([16, 18, 20, 22, 24, 26, 28, 15, 17])
    problem = (f"{n.N} works {P.num(hpd)} hours a day from Monday to Friday and {sat} hours on Saturday. "
               f"{n.Subj} earns ${rate} per hour for the first 40 hours of the week and time-and-a-half for "
               f"every hour after that. How much does {n.N} earn this week?")

    def solve(b):
        wd = b.calc(N(hpd, 'hours') * N(5, 'days'), unit='hours', t="Find the weekday hours",
                    l="From Monday to Friday, " + n.subj + " works", lb="Weekday hours")
        tot = b.calc(N(wd) + N(sat), unit='hours', t="Add Saturday", l="Adding Saturday gives",
                     lb="Total hours")
        ot = b.calc(N(tot) - N(40), unit='hours', t="Find the overtime hours", l="Overtime hours:",
                    lb="Overtime")
        otr = b.calc(N(rate, money=True) * N(F(3, 2)), money=True, t="Find the overtime rate",
                     l="The overtime rate is", lb="Overtime rate")
        reg = b.calc(N(40, 'hours') * N(rate, 'per hour', money=True), money=True,
                     t="Find the regular pay", l="Regular pay is", lb="Regular pay")
        op = b.calc(N(ot, 'hours') * N(otr, 'per hour', money=True), money=True, t="Find the overtime pay",
                    l="Overtime pay is", lb="Overtime pay")
        tp = b.calc(N(reg, money=True) + N(op, money=True), money=True, t="Add the two amounts",
                    l="In total, " + n.subj + " earns", lb="Total pay")
        b.answer(tp, f"{n.N} earns {{a}} this week", '', True)
    return dict(problem=problem, solve=solve, goal=f"find {n.N}'s pay for the week including overtime",
                givens=[("Weekday hours", f"{P.num(hpd)} h x 5 days"), ("Saturday", f"{sat} h"),
                        ("Rate", F(rate), '$')])


@tpl
def night_train_24h(r, P):
    n = P.person()
    dep = rc(r, hm(20, 50), hm(23, 50))
    arr = rc(r, hm(5, 10), hm(8, 40))
    asleep = r.choice([30, 40, 45, 50, 60])
    early = r.choice([20, 25, 30, 35, 40])
    problem = (f"A night train leaves at {P.c(dep)} and arrives at {P.c(arr)} the next morning. {n.N} falls "
               f"asleep {asleep} minutes after the train leaves and wakes up {early} minutes before it arrives. "
               f"For how many minutes does {n.N} sleep on the train?")

    def solve(b):
        d = b.elapsed(dep, arr, split=0, t="Find the length of the trip", l="The trip takes", lb="Trip")
        m = b.d2m(d, t="Convert the trip to minutes", l="That is", lb="Trip minutes")
        aw = b.calc(N(asleep) + N(early), unit='minutes', t="Add the time awake",
                    l=f"{n.Subj} is awake for", lb="Awake")
        sl = b.calc(N(m) - N(aw), unit='minutes', t="Subtract the awake time", l=f"{n.N} sleeps",
                    lb="Sleep")
        b.answer(sl, f"{n.N} sleeps for {{a}} on the train", 'minutes')
    return dict(problem=problem, solve=solve, clock24=True,
                goal=f"find how many minutes {n.N} sleeps on the train",
                givens=[("Departs", dep), ("Arrives", arr), ("Awake at start", Dur(asleep)),
                        ("Awake at end", Dur(early))])


@tpl
def laps_seconds(r, P):
    n = P.person()
    lap = Dur.hm(0, r.choice([1, 2]), r.randrange(5, 56, 1))
    laps = r.choice([3, 4, 5, 6])
    tot_s = int(lap.m * 60) * laps
    target = (tot_s // 60 + r.choice([1, 2])) * 60
    problem = (f"{n.N} swims {laps} laps, and each lap takes {P.d(lap)}. {n.Pos} coach set a goal of finishing "
               f"in under {target // 60} minutes. By how many seconds does {n.N} beat the goal?")

    def solve(b):
        s1 = b.d2m(lap, secs=True, t="Convert one lap to seconds", l="One lap is", lb="One lap")
        tot = b.calc(N(s1, 'seconds') * N(laps, 'laps'), unit='seconds', t="Find the total time",
                     l=f"All {laps} laps take", lb="Total")
        goal = b.calc(N(target // 60, 'minutes') * N(60), unit='seconds', t="Convert the goal to seconds",
                      l="The goal is", lb="Goal")
        diff = b.calc(N(goal) - N(tot), unit='seconds', t="Subtract", l=f"{n.N} beats the goal by",
                      lb="Difference")
        b.answer(diff, f"{n.N} beats the goal by {{a}}", 'seconds')
    return dict(problem=problem, solve=solve, goal=f"find by how many seconds {n.N} beats the goal",
                givens=[("Lap", lap), ("Laps", str(laps)), ("Goal", f"{target // 60} min")])


@tpl
def alarm_snooze(r, P):
    n = P.person()
    al = rc(r, hm(5, 50), hm(6, 45))
    sn = r.choice([5, 7, 8, 9, 10])
    k = r.choice([2, 3, 4])
    ready = r.randrange(20, 50, 5)
    spare = r.randrange(5, 30, 5)
    bus = Clock(al.m + sn * k + ready + spare)
    problem = (f"{n.N}'s alarm goes off at {P.c(al)}. {n.Subj} hits snooze {k} times, and each snooze lasts "
               f"{sn} minutes. After getting up, {n.subj} needs {ready} minutes to get ready. The school bus comes "
               f"at {P.c(bus)}. How many minutes early is {n.N} for the bus?")

    def solve(b):
        z = b.calc(N(k, 'snoozes') * N(sn, 'minutes'), unit='minutes', t="Find the total snooze time",
                   l="Snoozing takes", lb="Snooze")
        up = b.clock(al, Dur(z), t="Find when " + n.subj + " gets up", l=f"{n.Subj} gets up at",
                     lb="Up")
        done = b.clock(up, Dur(ready), t="Find when " + n.subj + " is ready", l=f"{n.Subj} is ready at",
                       lb="Ready")
        sp = b.elapsed(done, bus, as_min=True, maxm=120, t="Compare with the bus time",
                       l="Time before the bus:", lb="Early by")
        b.answer(sp, f"{n.N} is {{a}} early for the bus", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes early {n.N} is for the bus",
                givens=[("Alarm", al), ("Snooze", f"{k} x {sn} min"), ("Get ready", Dur(ready)), ("Bus", bus)])


@tpl
def practice_week(r, P):
    n = P.person()
    inst = r.choice(['piano', 'violin', 'guitar', 'drums', 'flute', 'cello'])
    ds = [rd(r, 35, 95), rd(r, 35, 95), rd(r, 35, 95)]
    goal_h = r.choice([4, 5, 6])
    tot = sum(d.m for d in ds)
    if sum(d.parts()[1] for d in ds) < 60 or tot >= goal_h * 60 or tot < 120:
        raise Invalid('x')
    days = ['Monday', 'Wednesday', 'Friday']
    problem = (f"{n.N} practiced {inst} for {P.d(ds[0])} on Monday, {P.d(ds[1])} on Wednesday and "
               f"{P.d(ds[2])} on Friday. {n.Pos} weekly goal is {goal_h} hours. How many more minutes does "
               f"{n.subj} need to practice this week to reach the goal?")

    def solve(b):
        t = b.dadd(ds, t="Add up the practice time", l="So far " + n.subj + " has practiced", lb="Practiced")
        m = b.d2m(t, t="Convert to minutes", l="In minutes, that is", lb="Practiced minutes")
        g = b.calc(N(goal_h, 'hours') * N(60, 'minutes per hour'), unit='minutes',
                   t="Convert the goal to minutes", l="The goal is", lb="Goal")
        left = b.calc(N(g) - N(m), unit='minutes', t="Find the remaining time", l=f"{n.Subj} still needs",
                      lb="Remaining")
        b.answer(left, f"{n.N} needs {{a}} more of practice", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many more minutes {n.N} must practice",
                givens=[("Monday", ds[0]), ("Wednesday", ds[1]), ("Friday", ds[2]), ("Goal", f"{goal_h} h")])


@tpl
def movie_marathon(r, P):
    n = P.person()
    mv = [rd(r, 88, 150, 1), rd(r, 88, 150, 1), rd(r, 88, 150, 1)]
    br = r.choice([10, 15, 20])
    if sum(d.parts()[1] for d in mv) < 60:
        raise Invalid('x')
    problem = (f"{n.N} is hosting a movie marathon with three films that run {P.d(mv[0])}, {P.d(mv[1])} and "
               f"{P.d(mv[2])}. There is a {br}-minute snack break between each film and the next. How many "
               f"minutes long is the whole marathon?")

    def solve(b):
        t = b.dadd(mv, t="Add the movie lengths", l="The movies run", lb="Movies")
        m = b.d2m(t, t="Convert the movie time to minutes", l="In minutes:", lb="Movie minutes")
        bk = b.calc(N(2, 'breaks') * N(br, 'minutes'), unit='minutes', t="Add the breaks",
                    l="There are 2 breaks, so breaks take", lb="Breaks")
        tot = b.calc(N(m) + N(bk), unit='minutes', t="Find the total", l="The whole marathon is",
                     lb="Total")
        b.answer(tot, "The marathon lasts {a}", 'minutes')
    return dict(problem=problem, solve=solve, goal="find the total length of the marathon in minutes",
                givens=[("Film 1", mv[0]), ("Film 2", mv[1]), ("Film 3", mv[2]), ("Break", Dur(br))])


# ==================================================================== conversions and rates
@tpl
def bottles_seconds(r, P):
    S = r.choice([15, 20, 24, 30, 36, 40, 45, 12, 18])
    H = r.choice([F(3, 2), 2, F(5, 2), 3, F(9, 2), 4, 5])
    if (H * 3600) % S:
        raise Invalid('x')
    item = r.choice(['bottle', 'jar', 'can', 'carton'])
    problem = (f"A machine at a factory fills one {item} every {S} seconds. How many {item}s does it fill in "
               f"{P.num(H)} hours?")

    def solve(b):
        m = b.calc(N(H, 'hours') * N(60, 'minutes per hour'), unit='minutes', t="Convert hours to minutes",
                   l=f"{P.num(H)} hours is", lb="Minutes", extra=[('hundred_minutes', H * 100)])
        s = b.calc(N(m, 'minutes') * N(60, 'seconds per minute'), unit='seconds',
                   t="Convert minutes to seconds", l="That is", lb="Seconds")
        c = b.calc(N(s, 'seconds') / N(S, 'seconds'), unit=item + 's', t=f"Divide by {S} seconds",
                   l="The machine fills", lb=item.capitalize() + 's')
        b.answer(c, f"The machine fills {{a}}", item + 's')
    return dict(problem=problem, solve=solve, goal=f"find how many {item}s the machine fills",
                givens=[("Rate", f"1 {item} per {S} s"), ("Time", f"{P.num(H)} h")])


@tpl
def reading_days(r, P):
    n = P.person()
    rate = r.choice([20, 24, 30, 36, 40, 48, 60])
    d = r.choice([Dur(45), Dur(90), Dur(75), Dur(50), Dur(105), Dur(100)])
    ppd = rate * d.m / 60
    if ppd.denominator != 1:
        raise Invalid('x')
    days = r.randint(4, 12)
    pages = ppd * days
    problem = (f"{n.N} reads {rate} pages per hour. {n.Subj} reads for {P.d(d)} every day. How many days will it "
               f"take {n.obj} to finish a {P.num(pages)}-page book?")

    def solve(b):
        h = b.d2h(d, t="Convert the daily reading time to hours", l="Each day " + n.subj + " reads for",
                  lb="Hours per day") if d.m % 60 else None
        if h is None:
            raise Invalid('x')
        p = b.calc(N(h, 'hours') * N(rate, 'pages per hour'), unit='pages', t="Find the pages per day",
                   l="Each day " + n.subj + " reads", lb="Pages per day")
        k = b.calc(N(pages, 'pages') / N(p, 'pages per day'), unit='days', t="Divide the book by the daily pages",
                   l="It takes", lb="Days")
        b.answer(k, f"It takes {n.N} {{a}} to finish the book", 'days')
    return dict(problem=problem, solve=solve, goal=f"find how many days {n.N} needs to finish the book",
                givens=[("Rate", f"{rate} pages/h"), ("Daily", d), ("Book", f"{P.num(pages)} pages")])


@tpl
def typing_essay(r, P):
    n = P.person()
    wpm = r.choice([30, 35, 40, 45, 50, 60])
    mins = r.randint(24, 60)
    words = wpm * mins
    edit = r.randrange(15, 45, 5)
    st = rc(r, hm(18, 30), hm(20, 30))
    dl = Clock(st.m + mins + edit + r.randrange(10, 60, 5))
    if dl.m % 15:
        raise Invalid('x')
    problem = (f"{n.N} types at {wpm} words per minute and needs to type a {P.num(words)}-word essay. After "
               f"typing, {n.subj} spends {edit} minutes editing. {n.Subj} starts at {P.c(st)}, and the essay is due "
               f"at {P.c(dl)}. How many minutes before the deadline does {n.N} finish?")

    def solve(b):
        ty = b.calc(N(words, 'words') / N(wpm, 'words per minute'), unit='minutes', t="Find the typing time",
                    l="Typing takes", lb="Typing")
        tot = b.calc(N(ty) + N(edit), unit='minutes', t="Add the editing time", l="With editing, that is",
                     lb="Total work")
        fin = b.clock(st, Dur(tot), t="Find the finish time", l=f"{n.Subj} finishes at", lb="Finish")
        sp = b.elapsed(fin, dl, as_min=True, maxm=180, t="Compare with the deadline",
                       l="Time before the deadline:", lb="Early by")
        b.answer(sp, f"{n.N} finishes {{a}} before the deadline", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how early {n.N} finishes the essay",
                givens=[("Speed", f"{wpm} wpm"), ("Essay", f"{P.num(words)} words"), ("Editing", Dur(edit)),
                        ("Start", st), ("Due", dl)])


@tpl
def drive_distance(r, P):
    n = P.person()
    sp = r.choice([44, 48, 52, 56, 60, 64, 68, 72, 80])
    d = r.choice([Dur(75), Dur(90), Dur(105), Dur(135), Dur(150), Dur(165), Dur(45), Dur(195)])
    unit = r.choice(['km', 'miles'])
    su = 'km/h' if unit == 'km' else 'mph'
    problem = (f"{n.N} drives to {n.pos} grandparents' house at an average speed of {sp} {su}. The drive takes "
               f"{P.d(d)}. {n.Subj} drives back home the same way. How many {unit} does {n.N} drive in total?")

    def solve(b):
        h = b.d2h(d, t="Convert the driving time to hours", l="The drive takes", lb="Hours")
        one = b.calc(N(sp, su) * N(h, 'hours'), unit=unit, t="Find the one-way distance",
                     l="One way is", lb="One way")
        tot = b.calc(N(one) * N(2), unit=unit, t="Double it for the round trip", l="The round trip is",
                     lb="Round trip")
        b.answer(tot, f"{n.N} drives {{a}} in total", unit)
    return dict(problem=problem, solve=solve, goal=f"find the total distance {n.N} drives",
                givens=[("Speed", f"{sp} {su}"), ("Time one way", d)])


@tpl
def drive_arrival(r, P):
    n = P.person()
    sp = r.choice([40, 50, 60, 70, 80])
    h = r.choice([F(3, 2), F(5, 2), F(7, 2), F(9, 4), F(11, 4), F(13, 4), 2, 3, F(5, 4)])
    dist = sp * h
    if dist.denominator != 1:
        raise Invalid('x')
    stop = r.randrange(15, 50, 5)
    dep = rc(r, hm(7, 0), hm(11, 0), 15)
    meet = Clock(dep.m + h * 60 + stop + r.randrange(10, 60, 5))
    if meet.m % 15:
        raise Invalid('x')
    unit, su = r.choice([('miles', 'mph'), ('km', 'km/h')])
    problem = (f"{n.N} leaves home at {P.c(dep)} to drive {P.num(dist)} {unit} to a meeting. {n.Subj} drives at "
               f"{sp} {su} and makes one {stop}-minute stop for coffee. The meeting starts at {P.c(meet)}. How many "
               f"minutes early does {n.N} arrive?")

    def solve(b):
        hh = b.calc(N(dist, unit) / N(sp, su), unit='hours', t="Find the driving time",
                    l="Driving takes", lb="Driving hours")
        mm = b.calc(N(hh, 'hours') * N(60), unit='minutes', t="Convert to minutes",
                    l="In minutes, that is", lb="Driving minutes", extra=[('hundred_minutes', hh * 100)])
        tot = b.calc(N(mm) + N(stop), unit='minutes', t="Add the coffee stop", l="With the stop, the trip takes",
                     lb="Trip")
        ar = b.clock(dep, Dur(tot), t="Find the arrival time", l=f"{n.Subj} arrives at", lb="Arrival")
        e = b.elapsed(ar, meet, as_min=True, maxm=180, t="Compare with the meeting time",
                      l="Time before the meeting:", lb="Early by")
        b.answer(e, f"{n.N} arrives {{a}} early", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes early {n.N} arrives",
                givens=[("Leave", dep), ("Distance", f"{P.num(dist)} {unit}"), ("Speed", f"{sp} {su}"),
                        ("Stop", Dur(stop)), ("Meeting", meet)])


@tpl
def walk_school(r, P):
    n = P.person()
    sp = r.choice([4, 5, 6])
    dist = r.choice([F(1), F(3, 2), F(2), F(5, 2), F(12, 10), F(8, 10), F(6, 10), F(9, 10), F(3)])
    h = dist / sp
    if (h * 60).denominator != 1 or ndp_ok(h) is False:
        raise Invalid('x')
    lv = rc(r, hm(7, 15), hm(8, 0))
    bell = Clock(lv.m + h * 60 + r.randrange(3, 20))
    if bell.m % 5:
        raise Invalid('x')
    problem = (f"{n.N} walks {P.num(dist)} km to school at {sp} km/h. {n.Subj} leaves home at {P.c(lv)}, and "
               f"the first bell rings at {P.c(bell)}. How many minutes before the bell does {n.N} arrive?")

    def solve(b):
        hh = b.calc(N(dist, 'km') / N(sp, 'km/h'), unit='hours', t="Find the walking time in hours",
                    l="The walk takes", lb="Walk (hours)")
        mm = b.calc(N(hh, 'hours') * N(60, 'minutes per hour'), unit='minutes', t="Convert to minutes",
                    l="That is", lb="Walk (minutes)", extra=[('hundred_minutes', hh * 100)])
        ar = b.clock(lv, Dur(mm), t="Find the arrival time", l=f"{n.Subj} arrives at", lb="Arrival")
        e = b.elapsed(ar, bell, as_min=True, maxm=120, t="Compare with the bell", l="Time before the bell:",
                      lb="Early by")
        b.answer(e, f"{n.N} arrives {{a}} before the bell", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes before the bell {n.N} arrives",
                givens=[("Distance", f"{P.num(dist)} km"), ("Speed", f"{sp} km/h"), ("Leaves", lv), ("Bell", bell)])


def ndp_ok(x):
    try:
        from core import ndp
        return ndp(x) <= 3
    except Invalid:
        return False


@tpl
def cycling_speed(r, P):
    n = P.person()
    sp = r.choice([12, 14, 15, 16, 18, 20, 22, 24])
    h = r.choice([F(5, 4), F(3, 2), F(7, 4), F(9, 4), F(5, 2), F(11, 4), F(13, 4)])
    dist = sp * h
    if dist.denominator != 1:
        raise Invalid('x')
    st = rc(r, hm(7, 30), hm(10, 30))
    en = Clock(st.m + h * 60)
    problem = (f"{n.N} set off on a {P.num(dist)}-kilometer bike ride at {P.c(st)} and got back at {P.c(en)} "
               f"without stopping. What was {n.pos} average speed in kilometers per hour?")

    def solve(b):
        d = b.elapsed(st, en, split=720 if st.m < 720 < en.m else None, t="Find the riding time",
                      l="The ride lasted", lb="Ride time")
        hh = b.d2h(d, t="Convert the time to hours", l="In hours, that is", lb="Hours")
        v = b.calc(N(dist, 'km') / N(hh, 'hours'), unit='km/h', t="Divide distance by time",
                   l="The average speed is", lb="Speed")
        b.answer(v, f"{n.N}'s average speed was {{a}}", 'km/h')
    return dict(problem=problem, solve=solve, goal=f"find {n.N}'s average speed",
                givens=[("Distance", f"{P.num(dist)} km"), ("Start", st), ("End", en)])


@tpl
def train_speed_24h(r, P):
    sp = r.choice([64, 72, 76, 80, 84, 88, 92, 96, 100, 120])
    h = r.choice([F(5, 2), F(7, 2), F(9, 4), F(11, 4), F(13, 4), F(15, 4), F(17, 4), F(9, 2)])
    dist = sp * h
    if dist.denominator != 1:
        raise Invalid('x')
    st = rc(r, hm(6, 0), hm(15, 30))
    en = Clock(st.m + h * 60)
    c1, c2 = P.pair(['Lyon', 'Milan', 'Zurich', 'Munich', 'Hamburg', 'Krakow', 'Seville', 'Porto', 'Turin'])
    problem = (f"A train leaves {c1} at {P.c(st)} and arrives in {c2} at {P.c(en)}. The distance between the two "
               f"cities is {P.num(dist)} km. What is the train's average speed in km/h?")

    def solve(b):
        d = b.elapsed(st, en, t="Find the travel time", l="The trip takes", lb="Travel time")
        hh = b.d2h(d, t="Convert the travel time to hours", l="In hours:", lb="Hours")
        v = b.calc(N(dist, 'km') / N(hh, 'hours'), unit='km/h', t="Divide the distance by the time",
                   l="Average speed =", lb="Speed")
        b.answer(v, "The train's average speed is {a}", 'km/h')
    return dict(problem=problem, solve=solve, clock24=True, goal="find the train's average speed",
                givens=[("Departs", st), ("Arrives", en), ("Distance", f"{P.num(dist)} km")])


# ==================================================================== ages, days, weeks, years
@tpl
def ages_future(r, P):
    a, s = P.person(), P.person()
    born = r.randint(2008, 2017)
    cur = r.randint(2023, 2025)
    diff = r.randint(2, 5)
    k = r.randint(3, 9)
    problem = (f"{a.N} was born in {born}. {a.Pos} {s.rel} {s.N} is {diff} years younger. How old will the two of "
               f"them be altogether {k} years after {cur}?")

    def solve(b):
        b.fm.commas = False  # years are never grouped
        age = b.calc(N(cur) - N(born), unit='years old', t=f"Find {a.N}'s age in {cur}",
                     l=f"In {cur}, {a.N} is", lb=f"{a.N} now")
        sa = b.calc(N(age) - N(diff), unit='years old', t=f"Find {s.N}'s age in {cur}",
                    l=f"{s.N} is", lb=f"{s.N} now")
        a2 = b.calc(N(age) + N(k), unit='years old', t=f"Find {a.N}'s age later", l=f"Later, {a.N} will be",
                    lb=f"{a.N} later")
        s2 = b.calc(N(sa) + N(k), unit='years old', t=f"Find {s.N}'s age later", l=f"{s.N} will be",
                    lb=f"{s.N} later")
        tot = b.calc(N(a2) + N(s2), unit='years', t="Add the two ages", l="Together they will be",
                     lb="Combined")
        b.answer(tot, "Together they will be {a} old", 'years')
    return dict(problem=problem, solve=solve, goal=f"find the combined age of {a.N} and {s.N}")


@tpl
def baby_months(r, P):
    n = P.person()
    y = r.randint(1, 3)
    mo = r.randint(1, 11)
    tgt = r.randint(y + 1, 5)
    problem = (f"{n.N}'s little {n.sib} is {y} year{'s' if y > 1 else ''} and {mo} month{'s' if mo > 1 else ''} "
               f"old. How many months is it until the {n.sib} turns {tgt}? If every month is counted as 30 days, "
               f"about how many days is that?")

    def solve(b):
        now = b.calc(N(y, 'years') * N(12, 'months per year') + N(mo), unit='months', t="Find the age in months",
                     l="Right now the " + n.sib + " is", lb="Age now")
        t = b.calc(N(tgt) * N(12), unit='months', t=f"Find {tgt} years in months", l=f"{tgt} years is",
                   lb="Target")
        left = b.calc(N(t) - N(now), unit='months', t="Find the months left", l="Months left:",
                      lb="Months left")
        dd = b.calc(N(left, 'months') * N(30, 'days per month'), unit='days', t="Convert to days",
                    l="In days, that is about", lb="Days")
        b.answer(dd, "It is about {a}", 'days')
    return dict(problem=problem, solve=solve, goal=f"find how long until {n.N}'s {n.sib} turns {tgt}")


@tpl
def birthday_countdown2(r, P):
    n = P.person()
    m1 = r.choice([1, 3, 4, 5, 6, 7, 8, 9, 10])
    d1 = r.randint(3, MDAYS[m1 - 1] - 2)
    m2 = m1 + r.choice([1, 2])
    d2 = r.randint(2, 26)
    year = r.choice([2023, 2025, 2026])
    gift = r.choice([2, 3, 4, 5])
    problem = (f"Today is {MONTHS[m1 - 1]} {d1}, {year}. {n.N}'s birthday is on {MONTHS[m2 - 1]} {d2}, and "
               f"{n.subj} puts ${gift} into a gift jar every day until then, starting tomorrow and including "
               f"the birthday itself. How much money will be in the jar on {n.pos} birthday?")

    def solve(b):
        rest = b.calc(N(MDAYS[m1 - 1]) - N(d1), unit='days', t=f"Count the rest of {MONTHS[m1 - 1]}",
                      l=f"{MONTHS[m1 - 1]} has {MDAYS[m1 - 1]} days, so there are",
                      lb=f"Rest of {MONTHS[m1 - 1]}")
        if m2 - m1 == 2:
            mid = MDAYS[m1]
            tot = b.calc(N(rest) + N(mid) + N(d2), unit='days', t="Add the remaining months",
                         l=f"Adding all of {MONTHS[m1]} and the first {d2} days of {MONTHS[m2 - 1]} gives",
                         lb="Days")
        else:
            tot = b.calc(N(rest) + N(d2), unit='days', t=f"Add the days in {MONTHS[m2 - 1]}",
                         l=f"Adding the first {d2} days of {MONTHS[m2 - 1]} gives", lb="Days")
        money = b.calc(N(tot, 'days') * N(gift, 'per day', money=True), money=True, t="Multiply by the daily amount",
                       l="The jar will hold", lb="Money")
        b.answer(money, "There will be {a} in the jar", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much money {n.N} saves by the birthday",
                givens=[("Today", f"{MONTHS[m1 - 1]} {d1}"), ("Birthday", f"{MONTHS[m2 - 1]} {d2}"),
                        ("Per day", F(gift), '$')])


@tpl
def library_due(r, P):
    n = P.person()
    mo = r.choice([3, 4, 5, 6, 8, 9, 10])
    d = r.randint(5, 28)
    wks = r.choice([2, 3, 4])
    late = r.randint(2, 9)
    fee = r.choice([F(1, 4), F(3, 10), F(1, 2), F(15, 100), F(2, 10), F(35, 100)])
    bor = Date.md(mo, d)
    due = Date(bor.n + wks * 7)
    ret = Date(due.n + late)
    problem = (f"{n.N} borrowed a book from the library on {P.date(bor)}. Books can be kept for {wks} weeks. "
               f"{n.Subj} returned it on {P.date(ret)}. The library charges ${P.money(fee)} for each day a book is "
               f"late. How much is {n.pos} late fee?")

    def solve(b):
        k = b.calc(N(wks, 'weeks') * N(7, 'days per week'), unit='days', t="Convert the loan period to days",
                   l=f"{wks} weeks is", lb="Loan days")
        du = b.date_add(bor, int(k), t="Find the due date", l="The book was due on", lb="Due date")
        lt = b.date_diff(du, ret, t="Count the late days", l="The number of late days is", lb="Days late")
        c = b.calc(N(lt, 'days') * N(fee, 'per day', money=True), money=True, t="Find the fee",
                   l="The late fee is", lb="Fee")
        b.answer(c, f"{n.N}'s late fee is {{a}}", '', True)
    return dict(problem=problem, solve=solve, goal=f"find {n.N}'s late fee",
                givens=[("Borrowed", P.date(bor)), ("Loan", f"{wks} weeks"), ("Returned", P.date(ret)),
                        ("Fee", fee, '$')])


@tpl
def weekday_savings(r, P):
    n = P.person()
    wd = r.randint(0, 6)
    k = r.randint(2, 7)
    rem = r.randint(1, 6)
    days = 7 * k + rem
    per = r.choice([3, 4, 5, 6, 8, 10, 12, 15])
    ev = r.choice(['vacation', 'camping trip', 'school trip', 'visit to the aquarium', 'concert'])
    problem = (f"Today is {WEEKDAYS[wd]}. {n.N}'s {ev} starts in {days} days. {n.Subj} saves ${per} every day until "
               f"then, starting today. On what day of the week does the {ev} start, and how much will {n.N} have "
               f"saved by then?")

    def solve(b):
        q = b.divrem(days, 7, t="Split the days into weeks", l=f"{days} days is", lb="Weeks")
        b.wd_add(WD(wd), days, t="Find the weekday", lb="Weekday",
                 cx="Whole weeks land on the same weekday.")
        s = b.calc(N(days, 'days') * N(per, 'per day', money=True), money=True, t="Find the total savings",
                   l=f"{n.Subj} saves", lb="Savings")
        b.answer(s, f"The {ev} starts on a {WEEKDAYS[(wd + days) % 7]}, and {n.N} will have saved {{a}}", '', True)
    return dict(problem=problem, solve=solve, goal=f"find the weekday of the {ev} and {n.N}'s savings",
                givens=[("Today", WEEKDAYS[wd]), ("Days until", str(days)), ("Saves", F(per), '$')])


@tpl
def exercise_weeks(r, P):
    n = P.person()
    m = r.choice([20, 25, 30, 35, 40, 45, 50])
    dw = r.choice([3, 4, 5, 6])
    wk = r.choice([4, 5, 6, 8, 10, 12])
    if (m * dw * wk) % 15:
        raise Invalid('x')
    act = r.choice(['jogs', 'does yoga', 'swims', 'rides an exercise bike', 'lifts weights'])
    problem = (f"{n.N} {act} for {m} minutes a day, {dw} days a week. How many hours does {n.subj} exercise in "
               f"{wk} weeks?")

    def solve(b):
        w1 = b.calc(N(m, 'minutes') * N(dw, 'days'), unit='minutes', t="Find the minutes per week",
                    l="Each week " + n.subj + " exercises", lb="Per week")
        tot = b.calc(N(w1) * N(wk), unit='minutes', t=f"Multiply by {wk} weeks", l=f"In {wk} weeks that is",
                     lb="Total minutes")
        h = b.calc(N(tot, 'minutes') / N(60, 'minutes per hour'), unit='hours', t="Convert to hours",
                   l="In hours:", lb="Hours")
        b.answer(h, f"{n.N} exercises for {{a}}", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many hours {n.N} exercises",
                givens=[("Per session", Dur(m)), ("Days per week", str(dw)), ("Weeks", str(wk))])


@tpl
def playlist_songs(r, P):
    n = P.person()
    song = Dur.hm(0, r.choice([2, 3, 4]), r.randrange(6, 57, 2))
    k = r.choice([10, 12, 15, 20, 25, 30, 18])
    tot = int(song.m * 60) * k
    if tot % 30:
        raise Invalid('x')
    problem = (f"{n.N} made a playlist of {k} songs. Each song is exactly {P.d(song)} long. How many minutes long "
               f"is the playlist?")

    def solve(b):
        s = b.d2m(song, secs=True, t="Convert one song to seconds", l="One song is", lb="One song")
        t = b.calc(N(s, 'seconds') * N(k, 'songs'), unit='seconds', t="Find the total seconds",
                   l=f"All {k} songs take", lb="Total seconds")
        mm = b.calc(N(t, 'seconds') / N(60), unit='minutes', t="Convert to minutes", l="In minutes, that is",
                    lb="Minutes")
        b.answer(mm, "The playlist is {a} long", 'minutes')
    return dict(problem=problem, solve=solve, goal="find the length of the playlist in minutes",
                givens=[("Songs", str(k)), ("Each", song)])


@tpl
def blink_day(r, P):
    S = r.choice([4, 5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 25, 30, 32, 36, 40, 45])
    days = r.choice([1, 1, 2, 3])
    thing = r.choice(['A lighthouse lamp flashes', 'A warning light blinks', 'A sprinkler clicks',
                      'A smoke detector light blinks'])
    when = 'one day' if days == 1 else f'{days} days'
    problem = f"{thing} once every {S} seconds. How many times does it happen in {when}?"

    def solve(b):
        h = b.calc(N(days, 'days') * N(24, 'hours per day'), unit='hours', t="Convert to hours",
                   l=f"{when.capitalize()} is", lb="Hours") if days > 1 else None
        hh = h if h else 24
        m = b.calc(N(hh, 'hours') * N(60, 'minutes per hour'), unit='minutes', t="Convert hours to minutes",
                   l=f"{hh} hours is", lb="Minutes")
        s = b.calc(N(m, 'minutes') * N(60, 'seconds per minute'), unit='seconds', t="Convert minutes to seconds",
                   l="That is", lb="Seconds")
        c = b.calc(N(s, 'seconds') / N(S, 'seconds'), unit='times', t=f"Divide by {S}", l="So it happens",
                   lb="Count")
        b.answer(c, "It happens {a}", 'times')
    return dict(problem=problem, solve=solve, goal="find how many times it happens",
                givens=[("Every", f"{S} s"), ("Time", when)])


@tpl
def heartbeats(r, P):
    n = P.person()
    d = rd(r, 65, 150)
    if d.m % 60 == 0:
        raise Invalid('x')
    jog = r.randrange(15, 45, 5)
    rest = r.randint(60, 80)
    jb = r.randrange(120, 160, 2)
    problem = (f"{n.N} wears a heart-rate monitor for {P.d(d)}. For {jog} minutes of that time {n.subj} is jogging "
               f"and {n.pos} heart beats {jb} times per minute. The rest of the time it beats {rest} times per "
               f"minute. How many times does {n.pos} heart beat in total?")

    def solve(b):
        m = b.d2m(d, t="Convert the total time to minutes", l="The total time is", lb="Minutes")
        rm = b.calc(N(m) - N(jog), unit='minutes', t="Find the resting minutes", l="Resting time:",
                    lb="Resting")
        b1 = b.calc(N(rm, 'minutes') * N(rest, 'beats per minute'), unit='beats', t="Find the resting beats",
                    l="Resting beats:", lb="Resting beats")
        b2 = b.calc(N(jog, 'minutes') * N(jb, 'beats per minute'), unit='beats', t="Find the jogging beats",
                    l="Jogging beats:", lb="Jogging beats")
        tot = b.calc(N(b1) + N(b2), unit='beats', t="Add them", l="Total beats:", lb="Total")
        b.answer(tot, f"{n.N}'s heart beats {{a}} times", '')
    return dict(problem=problem, solve=solve, goal=f"find how many times {n.N}'s heart beats",
                givens=[("Total", d), ("Jogging", f"{jog} min at {jb} bpm"), ("Resting rate", f"{rest} bpm")])


@tpl
def drip_faucet(r, P):
    S = r.choice([5, 6, 8, 10, 12, 15, 20, 30])
    ml = r.choice([F(1, 2), 1, F(3, 2), 2, F(5, 2), 3, F(1, 4), F(3, 4)])
    days = r.choice([1, 7, 30])
    per_h = F(3600, S) * ml
    if ndp_ok(per_h * 24 * days / 1000) is False:
        raise Invalid('x')
    when = {1: 'one day', 7: 'one week', 30: 'a 30-day month'}[days]
    problem = (f"A leaky faucet drips {P.num(ml)} mL of water every {S} seconds. How many liters of water does it "
               f"waste in {when}?")

    def solve(b):
        dh = b.calc(N(3600, 'seconds per hour') / N(S, 'seconds'), unit='drips', t="Find the drips per hour",
                    l="There are 3,600 seconds in an hour, so it drips", lb="Drips per hour")
        mh = b.calc(N(dh, 'drips') * N(ml, 'mL'), unit='mL', t="Find the water per hour", l="Per hour that is",
                    lb="mL per hour")
        md = b.calc(N(mh, 'mL') * N(24, 'hours'), unit='mL', t="Find the water per day", l="Per day that is",
                    lb="mL per day")
        if days > 1:
            md = b.calc(N(md) * N(days, 'days'), unit='mL', t=f"Multiply by {days} days",
                        l=f"Over {days} days that is", lb="Total mL")
        lit = b.calc(N(md, 'mL') / N(1000), unit='liters', t="Convert to liters", l="In liters:", lb="Liters")
        b.answer(lit, "The faucet wastes {a}", 'liters')
    return dict(problem=problem, solve=solve, goal="find how many liters the faucet wastes",
                givens=[("Drip", f"{P.num(ml)} mL every {S} s"), ("Time", when)])


# ==================================================================== schedules
@tpl
def class_periods(r, P):
    n = P.person()
    st = rc(r, hm(7, 50), hm(8, 30))
    k = r.choice([5, 6, 7])
    p = r.choice([42, 45, 48, 50, 52, 55])
    g = r.choice([3, 4, 5])
    lunch = r.choice([25, 30, 35, 40])
    tot = k * p + (k - 1) * g + lunch
    pick = Clock(st.m + tot + r.randrange(5, 40, 5))
    if pick.m % 5:
        raise Invalid('x')
    problem = (f"{n.N}'s school starts at {P.c(st)}. There are {k} class periods of {p} minutes each, {g} minutes "
               f"between one period and the next, and a {lunch}-minute lunch. School ends right after the last "
               f"period. {n.Pos} dad picks {n.obj} up at {P.c(pick)}. How many minutes does {n.N} wait after "
               f"school ends?")

    def solve(b):
        cl = b.calc(N(k, 'periods') * N(p, 'minutes'), unit='minutes', t="Find the class time",
                    l="Class time is", lb="Classes")
        pa = b.calc(N(k - 1, 'breaks') * N(g, 'minutes'), unit='minutes', t="Find the passing time",
                    l=f"There are {k - 1} passing breaks, which take", lb="Passing")
        tot = b.calc(N(cl) + N(pa) + N(lunch), unit='minutes', t="Add the lunch break",
                     l="The school day is", lb="School day")
        d = b.m2d(tot, t="Convert to hours and minutes", l="That is", lb="School day")
        end = b.clock(st, d, t="Find when school ends", l="School ends at", lb="End")
        wt = b.elapsed(end, pick, as_min=True, maxm=180, t="Find the waiting time", l=f"{n.N} waits",
                       lb="Wait")
        b.answer(wt, f"{n.N} waits {{a}}", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how long {n.N} waits after school",
                givens=[("Start", st), ("Periods", f"{k} x {p} min"), ("Passing", f"{g} min"),
                        ("Lunch", Dur(lunch)), ("Pickup", pick)])


@tpl
def meetings_block(r, P):
    n = P.person()
    st = rc(r, hm(12, 30), hm(14, 30), 15)
    k = r.choice([3, 4, 5, 6])
    m = r.choice([20, 25, 30, 35, 40, 45])
    g = r.choice([5, 10, 15])
    lv = Clock(st.m + k * m + (k - 1) * g + r.randrange(15, 90, 5))
    if lv.m % 30:
        raise Invalid('x')
    problem = (f"{n.N} has {k} meetings in a row starting at {P.c(st)}. Each meeting lasts {m} minutes, and there is "
               f"a {g}-minute gap between one meeting and the next. {n.Subj} leaves the office at {P.c(lv)}. How "
               f"many minutes does {n.subj} have after the last meeting before leaving?")

    def solve(b):
        mt = b.calc(N(k, 'meetings') * N(m, 'minutes'), unit='minutes', t="Find the meeting time",
                    l="The meetings take", lb="Meetings")
        gp = b.calc(N(k - 1, 'gaps') * N(g, 'minutes'), unit='minutes', t="Find the gap time",
                    l=f"There are {k - 1} gaps, which take", lb="Gaps")
        tot = b.calc(N(mt) + N(gp), unit='minutes', t="Add them", l="Altogether that is", lb="Block")
        end = b.clock(st, Dur(tot), t="Find when the last meeting ends", l="The last meeting ends at",
                      lb="Last meeting ends")
        fr = b.elapsed(end, lv, as_min=True, maxm=240, t="Find the time before leaving",
                       l="Time before leaving:", lb="Free")
        b.answer(fr, f"{n.N} has {{a}} before leaving", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how much time {n.N} has after the meetings",
                givens=[("Start", st), ("Meetings", f"{k} x {m} min"), ("Gaps", f"{g} min"), ("Leaves", lv)])


@tpl
def medicine_doses(r, P):
    n = P.person()
    every = r.choice([4, 6, 8, 12])
    days = r.randint(3, 10)
    mg = r.choice([125, 200, 250, 325, 400, 500])
    problem = (f"{n.N}'s doctor tells {n.obj} to take one {mg} mg tablet every {every} hours, day and night, for "
               f"{days} days. How many milligrams of medicine will {n.N} take in all?")

    def solve(b):
        pd = b.calc(N(24, 'hours') / N(every, 'hours'), unit='tablets', t="Find the tablets per day",
                    l="Each day " + n.subj + " takes", lb="Per day")
        tot = b.calc(N(pd) * N(days, 'days'), unit='tablets', t=f"Multiply by {days} days",
                     l=f"Over {days} days, that is", lb="Tablets")
        mgs = b.calc(N(tot, 'tablets') * N(mg, 'mg'), unit='mg', t="Find the total milligrams",
                     l="The total dose is", lb="Total mg")
        b.answer(mgs, f"{n.N} takes {{a}} in all", 'mg')
    return dict(problem=problem, solve=solve, goal=f"find the total amount of medicine {n.N} takes",
                givens=[("Dose", f"{mg} mg every {every} h"), ("Days", str(days))])


@tpl
def sprinkler(r, P):
    z = r.choice([4, 5, 6, 7, 8])
    m = r.choice([8, 10, 12, 14, 15, 18, 20])
    st = rc(r, hm(4, 30), hm(6, 0), 10)
    dw = r.choice([2, 3, 4])
    wk = r.choice([4, 6, 8, 12])
    problem = (f"A sprinkler system waters {z} zones one after another, {m} minutes per zone. It starts at "
               f"{P.c(st)} on {dw} days each week. How many minutes does it run over {wk} weeks?")

    def solve(b):
        run = b.calc(N(z, 'zones') * N(m, 'minutes'), unit='minutes', t="Find the length of one run",
                     l="One run lasts", lb="One run")
        b.clock(st, Dur(run), t="Find when a run ends", l="Each run ends at", lb="Ends")
        w = b.calc(N(run) * N(dw), unit='minutes', t="Find the minutes per week", l="Each week it runs",
                   lb="Per week")
        tot = b.calc(N(w) * N(wk), unit='minutes', t=f"Multiply by {wk} weeks", l=f"Over {wk} weeks:",
                     lb="Total")
        b.answer(tot, "The sprinklers run for {a}", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes the sprinklers run in {wk} weeks",
                givens=[("Zones", f"{z} x {m} min"), ("Start", st), ("Days per week", str(dw))])


@tpl
def night_shift_pay(r, P):
    n = P.person()
    s = rc(r, hm(18, 0), hm(20, 0), 30)
    e = rc(r, hm(6, 0), hm(8, 0), 15)
    k = r.choice([3, 4])
    rate = r.choice([24, 26, 28, 30, 32, 35, 38, 40])
    problem = (f"{n.N} is a nurse who works night shifts from {P.c(s)} to {P.c(e)} the next morning, {k} nights a "
               f"week. {n.Subj} is paid ${rate} per hour. How much does {n.N} earn each week?")

    def solve(b):
        d = b.elapsed(s, e, split=0, t="Find the length of one shift", l="One shift is", lb="Shift")
        if d.m % 60:
            h = b.d2h(d, t="Convert the shift to hours", l="In hours, that is", lb="Shift hours")
        else:
            raise Invalid('x')
        wh = b.calc(N(h, 'hours') * N(k, 'shifts'), unit='hours', t="Find the weekly hours",
                    l="Each week " + n.subj + " works", lb="Weekly hours")
        pay = b.calc(N(wh, 'hours') * N(rate, 'per hour', money=True), money=True, t="Find the weekly pay",
                     l=n.Subj + " earns", lb="Pay")
        b.answer(pay, f"{n.N} earns {{a}} each week", '', True)
    return dict(problem=problem, solve=solve, goal=f"find {n.N}'s weekly pay",
                givens=[("Shift", f"{P.sc(s)} to {P.sc(e)}"), ("Nights", str(k)), ("Rate", F(rate), '$')])


@tpl
def babysitting(r, P):
    n = P.person()
    s = rc(r, hm(17, 45), hm(19, 30), 15)
    e = rc(r, hm(21, 30), hm(23, 45), 15)
    rate = r.choice([12, 13, 14, 15, 16, 18, 20])
    tip = r.choice([5, 8, 10, 12, 15])
    if (e.m - s.m) % 60 == 0:
        raise Invalid('x')
    problem = (f"{n.N} babysits from {P.c(s)} to {P.c(e)} and is paid ${rate} an hour. At the end of the night "
               f"{n.subj} also gets a ${tip} tip. How much money does {n.N} get altogether?")

    def solve(b):
        d = b.elapsed(s, e, t="Find how long " + n.subj + " babysits", l=f"{n.N} babysits for", lb="Time")
        h = b.d2h(d, t="Convert to hours", l="In hours:", lb="Hours")
        p = b.calc(N(h, 'hours') * N(rate, 'per hour', money=True), money=True, t="Find the pay",
                   l="The hourly pay comes to", lb="Pay")
        tot = b.calc(N(p, money=True) + N(tip, money=True), money=True, t="Add the tip", l="With the tip:",
                     lb="Total")
        b.answer(tot, f"{n.N} gets {{a}} altogether", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} earns babysitting",
                givens=[("Start", s), ("End", e), ("Rate", F(rate), '$'), ("Tip", F(tip), '$')])


@tpl
def bike_rental(r, P):
    n = P.person()
    s = rc(r, hm(9, 30), hm(11, 30), 10)
    L = r.choice([120, 150, 180, 210, 240, 270])
    e = Clock(s.m + L)
    price = money_choice(r, 2, 6, F(1, 2))
    problem = (f"{n.N} rents a bike at {P.c(s)} and returns it at {P.c(e)}. The rental shop charges "
               f"${P.money(price)} for every half hour. How much does {n.N} pay?")

    def solve(b):
        d = b.elapsed(s, e, split=720 if s.m < 720 < e.m else None, t="Find the rental time",
                      l="The bike was rented for", lb="Rental time")
        m = b.d2m(d, t="Convert to minutes", l="In minutes:", lb="Minutes")
        hh = b.calc(N(m, 'minutes') / N(30, 'minutes'), unit='half hours', t="Count the half hours",
                    l="That is", lb="Half hours")
        c = b.calc(N(hh) * N(price, money=True), money=True, t="Find the cost", l="The cost is", lb="Cost")
        b.answer(c, f"{n.N} pays {{a}}", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} pays for the bike",
                givens=[("Rented", s), ("Returned", e), ("Price", f"${P.money(price)} per half hour")])


@tpl
def gym_week(r, P):
    n = P.person()
    a = rd(r, 65, 105, 5)
    if a.m % 60 == 0:
        raise Invalid('x')
    ka = r.choice([2, 3])
    bm = r.choice([30, 35, 40, 45, 50, 55])
    kb = r.choice([2, 3, 4])
    tot = a.m * ka + bm * kb
    if tot % 15:
        raise Invalid('x')
    c1 = r.choice(['yoga', 'spin', 'boxing', 'pilates', 'dance'])
    c2 = r.choice(['swimming', 'rowing', 'stretching', 'running club'])
    problem = (f"Each week {n.N} goes to {ka} {c1} classes that last {P.d(a)} each and {kb} {c2} sessions that last "
               f"{bm} minutes each. How many hours does {n.N} spend on these activities each week?")

    def solve(b):
        am = b.d2m(a, t=f"Convert one {c1} class to minutes", l=f"One {c1} class is", lb=f"{c1.capitalize()} class")
        ta = b.calc(N(am, 'minutes') * N(ka), unit='minutes', t=f"Find the {c1} time", l=f"{c1.capitalize()} time:",
                    lb=c1.capitalize())
        tb = b.calc(N(bm, 'minutes') * N(kb), unit='minutes', t=f"Find the {c2} time", l=f"{c2.capitalize()} time:",
                    lb=c2.capitalize())
        tt = b.calc(N(ta) + N(tb), unit='minutes', t="Add them", l="Altogether:", lb="Total")
        h = b.calc(N(tt, 'minutes') / N(60), unit='hours', t="Convert to hours", l="In hours:", lb="Hours")
        b.answer(h, f"{n.N} spends {{a}} a week on these activities", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many hours {n.N} spends at the gym each week",
                givens=[(c1.capitalize(), f"{ka} x {P.d(a)}"), (c2.capitalize(), f"{kb} x {bm} min")])


@tpl
def commute_month(r, P):
    n = P.person()
    m = r.choice([18, 20, 24, 25, 27, 30, 33, 35, 36, 40, 42, 45, 48, 50])
    days = r.choice([4, 5])
    wk = 4
    tot = m * 2 * days * wk
    if tot % 15:
        raise Invalid('x')
    problem = (f"{n.N}'s commute to work takes {m} minutes each way. {n.Subj} works {days} days a week. How many "
               f"hours does {n.N} spend commuting in 4 weeks?")

    def solve(b):
        d1 = b.calc(N(m, 'minutes') * N(2), unit='minutes', t="Find the daily commute", l="Each day:", lb="Daily")
        w = b.calc(N(d1) * N(days, 'days'), unit='minutes', t="Find the weekly commute", l="Each week:",
                   lb="Weekly")
        t4 = b.calc(N(w) * N(4, 'weeks'), unit='minutes', t="Find 4 weeks of commuting", l="In 4 weeks:",
                    lb="Four weeks")
        h = b.calc(N(t4, 'minutes') / N(60, 'minutes per hour'), unit='hours', t="Convert to hours",
                   l="In hours:", lb="Hours")
        b.answer(h, f"{n.N} spends {{a}} commuting", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many hours {n.N} spends commuting",
                givens=[("One way", Dur(m)), ("Days per week", str(days)), ("Weeks", "4")])


@tpl
def lecture_speed(r, P):
    n = P.person()
    sp = r.choice([F(5, 4), F(3, 2), 2, F(3, 2), F(5, 4)])
    L = rd(r, 65, 150, 5)
    if L.m % 60 == 0 or ndp_ok(L.m / sp) is False or (L.m / sp).denominator != 1:
        raise Invalid('x')
    problem = (f"{n.N} has a recorded lecture that is {P.d(L)} long. {n.Subj} watches it at {P.num(sp)}x speed. "
               f"How many minutes does {n.subj} save compared with watching it at normal speed?")

    def solve(b):
        m = b.d2m(L, t="Convert the lecture to minutes", l="The lecture is", lb="Lecture")
        w = b.calc(N(m, 'minutes') / N(sp), unit='minutes', t=f"Find the time at {P.num(sp)}x speed",
                   l="At the faster speed it takes", lb="Watch time")
        sv = b.calc(N(m) - N(w), unit='minutes', t="Find the time saved", l=f"{n.Subj} saves", lb="Saved")
        b.answer(sv, f"{n.N} saves {{a}}", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes {n.N} saves",
                givens=[("Lecture", L), ("Speed", f"{P.num(sp)}x")])


@tpl
def download_time(r, P):
    gb = r.choice([F(6, 5), F(3, 2), F(9, 5), 2, F(12, 5), 3, F(18, 5), F(9, 2), 6, F(27, 5)])
    sp = r.choice([10, 12, 15, 20, 25, 30, 40, 50])
    mb = F(gb) * 1000
    s = mb / sp
    if s.denominator != 1 or s % 60:
        raise Invalid('x')
    n = P.person()
    what = r.choice(['game update', 'movie file', 'software package', 'photo backup'])
    problem = (f"{n.N} is downloading a {P.num(gb)} GB {what}. The download speed is {sp} MB per second, and "
               f"1 GB = 1,000 MB. How many minutes will the download take?")

    def solve(b):
        m = b.calc(N(gb, 'GB') * N(1000, 'MB per GB'), unit='MB', t="Convert GB to MB", l="The file is",
                   lb="Size")
        sec = b.calc(N(m, 'MB') / N(sp, 'MB per second'), unit='seconds', t="Find the time in seconds",
                     l="At that speed it takes", lb="Seconds")
        mm = b.calc(N(sec, 'seconds') / N(60), unit='minutes', t="Convert to minutes", l="In minutes:",
                    lb="Minutes")
        b.answer(mm, "The download takes {a}", 'minutes')
    return dict(problem=problem, solve=solve, goal="find how long the download takes",
                givens=[("Size", f"{P.num(gb)} GB"), ("Speed", f"{sp} MB/s")])


@tpl
def tv_binge(r, P):
    n = P.person()
    s = r.choice([2, 3])
    e = r.choice([8, 10, 12])
    m = r.choice([22, 24, 30, 42, 45, 48, 50, 55])
    per = r.choice([2, 3, 4])
    tot = s * e * m
    if tot % (per * 60):
        raise Invalid('x')
    show = r.choice(['a cooking show', 'a mystery series', 'a cartoon', 'a nature documentary series'])
    problem = (f"{n.N} wants to watch {s} seasons of {show}. Each season has {e} episodes, and each episode is "
               f"{m} minutes long. If {n.subj} watches {per} hours a day, how many days will it take?")

    def solve(b):
        ep = b.calc(N(s, 'seasons') * N(e, 'episodes'), unit='episodes', t="Count the episodes",
                    l="There are", lb="Episodes")
        mm = b.calc(N(ep, 'episodes') * N(m, 'minutes'), unit='minutes', t="Find the total minutes",
                    l="That is", lb="Minutes")
        h = b.calc(N(mm, 'minutes') / N(60), unit='hours', t="Convert to hours", l="In hours:", lb="Hours")
        d = b.calc(N(h, 'hours') / N(per, 'hours per day'), unit='days', t="Divide by the daily viewing time",
                   l="It takes", lb="Days")
        b.answer(d, f"It takes {n.N} {{a}}", 'days')
    return dict(problem=problem, solve=solve, goal=f"find how many days {n.N} needs to watch the show",
                givens=[("Seasons", str(s)), ("Episodes", str(e)), ("Length", Dur(m)), ("Per day", f"{per} h")])


@tpl
def turkey(r, P):
    n = P.person()
    lb_ = r.randint(10, 22)
    mpl = r.choice([13, 15, 12, 14])
    rest = r.choice([20, 25, 30, 40])
    cook = lb_ * mpl
    if (cook + rest) < 120 or (cook + rest) % 5:
        raise Invalid('x')
    din = rc(r, hm(16, 0), hm(19, 0), 30)
    put = Clock(din.m - cook - rest - r.randrange(15, 75, 5))
    problem = (f"{n.N} is roasting a {lb_}-pound turkey. It needs {mpl} minutes per pound in the oven and then "
               f"{rest} minutes to rest before carving. Dinner is at {P.c(din)}, but {n.N} puts the turkey in the "
               f"oven at {P.c(put)}. How many minutes earlier than necessary did {n.subj} start?")

    def solve(b):
        c = b.calc(N(lb_, 'pounds') * N(mpl, 'minutes per pound'), unit='minutes', t="Find the cooking time",
                   l="The turkey cooks for", lb="Cooking")
        t = b.calc(N(c) + N(rest), unit='minutes', t="Add the resting time", l="With resting, it needs",
                   lb="Total")
        d = b.m2d(t, t="Convert to hours and minutes", l="That is", lb="Total")
        st = b.clock(din, d, sub=True, t="Find the latest start time", l="The latest start time is",
                     lb="Latest start")
        e = b.elapsed(put, st, as_min=True, maxm=180, t="Compare with the actual start", l=f"{n.N} started",
                      lb="Early by")
        b.answer(e, f"{n.N} started {{a}} earlier than necessary", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how early {n.N} started the turkey",
                givens=[("Turkey", f"{lb_} lb"), ("Time", f"{mpl} min per lb"), ("Rest", Dur(rest)),
                        ("Dinner", din), ("In oven", put)])


@tpl
def timecard_two_days(r, P):
    n = P.person()
    s1, e1 = rc(r, hm(7, 30), hm(9, 30), 15), rc(r, hm(15, 0), hm(17, 45), 15)
    s2, e2 = rc(r, hm(7, 30), hm(9, 30), 15), rc(r, hm(15, 0), hm(17, 45), 15)
    wage = money_choice(r, 14, 22, F(1, 2))
    d1, d2 = e1.m - s1.m, e2.m - s2.m
    if (d1 % 60) + (d2 % 60) < 60 or (d1 + d2) % 60 == 0:
        raise Invalid('x')
    problem = (f"On Monday {n.N} worked from {P.c(s1)} to {P.c(e1)}. On Tuesday {n.subj} worked from {P.c(s2)} to "
               f"{P.c(e2)}. {n.Subj} earns ${P.money(wage)} per hour. How much did {n.N} earn for the two days?")

    def solve(b):
        a = b.elapsed(s1, e1, t="Find Monday's hours", l="On Monday " + n.subj + " worked", lb="Monday")
        c = b.elapsed(s2, e2, t="Find Tuesday's hours", l="On Tuesday " + n.subj + " worked", lb="Tuesday")
        t = b.dadd([a, c], t="Add the two days", l="Together:", lb="Total")
        h = b.d2h(t, t="Convert to hours", l="In hours:", lb="Hours")
        p = b.calc(N(h, 'hours') * N(wage, 'per hour', money=True), money=True, t="Find the pay",
                   l=n.Subj + " earned", lb="Pay")
        b.answer(p, f"{n.N} earned {{a}} for the two days", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} earned on Monday and Tuesday",
                givens=[("Monday", f"{P.sc(s1)} to {P.sc(e1)}"), ("Tuesday", f"{P.sc(s2)} to {P.sc(e2)}"),
                        ("Wage", wage, '$')])


@tpl
def lap_pace(r, P):
    n = P.person()
    laps = r.choice([4, 5, 8, 10, 12])
    per = r.choice([80, 90, 96, 100, 120, 75, 72, 64])
    tot = laps * per
    if tot < 60 or tot % 60 == 0:
        raise Invalid('x')
    track = r.choice([200, 400])
    if F(track, per).denominator not in (1, 2, 4, 5, 10, 20, 25, 50, 100):
        raise Invalid('x')
    problem = (f"{n.N} runs {laps} laps around a {track}-meter track in {P.d(Dur(F(tot, 60)))}. Each lap takes the "
               f"same time. What is {n.pos} average speed in meters per second?")

    def solve(b):
        s = b.d2m(Dur(F(tot, 60)), secs=True, t="Convert the time to seconds", l="The total time is",
                  lb="Seconds")
        pl = b.calc(N(s, 'seconds') / N(laps, 'laps'), unit='seconds', t="Find the time per lap",
                    l="Each lap takes", lb="Per lap")
        v = b.calc(N(track, 'meters') / N(pl, 'seconds'), unit='m/s', t="Find the speed",
                   l="The speed is", lb="Speed")
        b.answer(v, f"{n.N}'s average speed is {{a}}", 'meters per second')
    return dict(problem=problem, solve=solve, goal=f"find {n.N}'s average speed",
                givens=[("Laps", f"{laps} x {track} m"), ("Time", Dur(F(tot, 60)))])


@tpl
def hotel_nights(r, P):
    n = P.person()
    m1 = r.choice([4, 5, 6, 7, 8, 9, 10])
    d1 = r.randint(MDAYS[m1 - 1] - 8, MDAYS[m1 - 1] - 1)
    d2 = r.randint(2, 12)
    rate = r.choice([79, 85, 89, 95, 110, 120, 135, 149])
    fee = r.choice([25, 30, 40, 50])
    ci, co = Date.md(m1, d1), Date.md(m1 + 1, d2)
    problem = (f"{n.N} checks into a hotel on {P.date(ci)} and checks out on {P.date(co)}. The room costs ${rate} per "
               f"night, plus a one-time cleaning fee of ${fee}. How much does the stay cost?")

    def solve(b):
        k = b.calc(N(MDAYS[m1 - 1]) - N(d1) + N(d2), unit='nights', t="Count the nights",
                   l=f"{MONTHS[m1 - 1]} has {MDAYS[m1 - 1]} days, so the number of nights is", lb="Nights")
        c = b.calc(N(k, 'nights') * N(rate, 'per night', money=True), money=True, t="Find the room cost",
                   l="The room costs", lb="Room")
        t = b.calc(N(c, money=True) + N(fee, money=True), money=True, t="Add the cleaning fee",
                   l="With the fee, the total is", lb="Total")
        b.answer(t, "The stay costs {a}", '', True)
    return dict(problem=problem, solve=solve, goal=f"find the cost of {n.N}'s hotel stay",
                givens=[("Check-in", P.date(ci)), ("Check-out", P.date(co)), ("Rate", F(rate), '$'),
                        ("Cleaning", F(fee), '$')])


@tpl
def party_countdown(r, P):
    n = P.person()
    now = rc(r, hm(13, 20), hm(15, 50))
    party = rc(r, hm(17, 30), hm(19, 30), 30)
    tasks = [rd(r, 30, 75), rd(r, 20, 50), rd(r, 15, 35)]
    tot = sum(d.m for d in tasks)
    av = (party.m - now.m)
    if tot >= av - 10 or sum(d.parts()[1] for d in tasks) < 60 or av % 60 == 0:
        raise Invalid('x')
    w = ['baking the cake', 'decorating', 'getting dressed']
    problem = (f"It is {P.c(now)}, and {n.N}'s party starts at {P.c(party)}. Before the party {n.subj} still has to "
               f"spend {P.d(tasks[0])} {w[0]}, {P.d(tasks[1])} {w[1]} and {P.d(tasks[2])} {w[2]}. How many minutes "
               f"of free time will {n.subj} have before the party?")

    def solve(b):
        d = b.elapsed(now, party, t="Find the time until the party", l="Until the party there are",
                      lb="Time left")
        m = b.d2m(d, t="Convert to minutes", l="That is", lb="Minutes left")
        tk = b.dadd(tasks, as_min=True, t="Add the task times", l="The tasks take", lb="Tasks")
        fr = b.calc(N(m) - N(tk.m), unit='minutes', t="Subtract the task time", l="Free time:", lb="Free")
        b.answer(fr, f"{n.N} will have {{a}} of free time", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how much free time {n.N} has before the party",
                givens=[("Now", now), ("Party", party)] + [(w[i].capitalize(), tasks[i]) for i in range(3)])


@tpl
def plant_growth(r, P):
    n = P.person()
    wk = r.randint(3, 12)
    days = wk * 7
    g = r.choice([F(1, 2), F(3, 4), F(6, 5), F(3, 2), F(5, 2), 2, 3, F(7, 4)])
    h0 = r.randint(4, 30)
    plant = r.choice(['sunflower', 'bean plant', 'tomato plant', 'bamboo shoot'])
    problem = (f"{n.N}'s {plant} is {h0} cm tall and grows {P.num(g)} cm every week. How tall will it be in "
               f"{days} days?")

    def solve(b):
        w = b.calc(N(days, 'days') / N(7, 'days per week'), unit='weeks', t="Convert days to weeks",
                   l=f"{days} days is", lb="Weeks")
        gr = b.calc(N(w, 'weeks') * N(g, 'cm per week'), unit='cm', t="Find the growth", l="It grows",
                    lb="Growth")
        h = b.calc(N(h0) + N(gr), unit='cm', t="Add the starting height", l="Its new height is", lb="Height")
        b.answer(h, f"The {plant} will be {{a}} tall", 'cm')
    return dict(problem=problem, solve=solve, goal=f"find the height of the {plant} after {days} days",
                givens=[("Start", f"{h0} cm"), ("Growth", f"{P.num(g)} cm/week"), ("Time", f"{days} days")])


@tpl
def savings_months(r, P):
    n = P.person()
    y = r.randint(1, 3)
    mo = r.randint(1, 11)
    amt = r.choice([25, 30, 35, 40, 45, 50, 60, 75, 80])
    goal = (y * 12 + mo) * amt + r.randrange(50, 600, 25)
    thing = r.choice(['a used car', 'a new laptop', 'a trip abroad', 'an electric bike'])
    problem = (f"{n.N} saves ${amt} every month for {y} year{'s' if y > 1 else ''} and {mo} month{'s' if mo > 1 else ''}. "
               f"{n.Subj} wants to buy {thing} that costs ${P.num(goal)}. How much more money does {n.subj} need?")

    def solve(b):
        k = b.calc(N(y, 'years') * N(12, 'months per year') + N(mo), unit='months', t="Count the months",
                   l="The saving period is", lb="Months")
        s = b.calc(N(k, 'months') * N(amt, 'per month', money=True), money=True, t="Find the amount saved",
                   l=f"{n.Subj} saves", lb="Saved")
        need = b.calc(N(goal, money=True) - N(s, money=True), money=True, t="Find how much more is needed",
                      l=f"{n.Subj} still needs", lb="Still needed")
        b.answer(need, f"{n.N} needs {{a}} more", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much more money {n.N} needs",
                givens=[("Per month", F(amt), '$'), ("Time", f"{y} yr {mo} mo"), ("Price", F(goal), '$')])


@tpl
def printer_job(r, P):
    ppm = r.choice([12, 15, 18, 20, 24, 25, 30, 36, 40])
    mins = r.randint(25, 75)
    pages = ppm * mins
    st = rc(r, hm(15, 30), hm(16, 50))
    close = Clock(st.m + mins + r.randrange(5, 40, 5))
    if close.m % 15:
        raise Invalid('x')
    shop = P.place(['The print shop', 'The copy center', 'The school office'])
    problem = (f"{shop} has to print {P.num(pages)} pages on a printer that prints {ppm} pages per minute. The job "
               f"starts at {P.c(st)}, and the shop closes at {P.c(close)}. How many minutes before closing will the "
               f"job be finished?")

    def solve(b):
        m = b.calc(N(pages, 'pages') / N(ppm, 'pages per minute'), unit='minutes', t="Find the printing time",
                   l="Printing takes", lb="Printing")
        fin = b.clock(st, Dur(m), t="Find the finish time", l="The job finishes at", lb="Finish")
        sp = b.elapsed(fin, close, as_min=True, maxm=120, t="Compare with closing time",
                       l="Time before closing:", lb="Spare")
        b.answer(sp, "The job finishes {a} before closing", 'minutes')
    return dict(problem=problem, solve=solve, goal="find how many minutes before closing the job finishes",
                givens=[("Pages", P.num(pages)), ("Speed", f"{ppm} pages/min"), ("Start", st), ("Closes", close)])


@tpl
def ferry_trips(r, P):
    cr = r.choice([25, 30, 35, 40, 45, 50])
    dock = r.choice([5, 10, 15])
    first = rc(r, hm(6, 0), hm(7, 0), 15)
    last = rc(r, hm(11, 0), hm(14, 0), 30)
    rt = 2 * cr + 2 * dock
    M = last.m - first.m
    if M % rt == 0 or M < 2 * rt:
        raise Invalid('x')
    problem = (f"A ferry takes {cr} minutes to cross the lake and waits {dock} minutes at each dock before leaving "
               f"again. It leaves the main dock for the first time at {P.c(first)}. How many complete round trips "
               f"(there and back, including both waits) can it finish by {P.c(last)}?")

    def solve(b):
        one = b.calc(N(2) * N(cr) + N(2) * N(dock), unit='minutes', t="Find the length of one round trip",
                     l="One round trip takes", lb="Round trip")
        w = b.elapsed(first, last, as_min=True, t="Find the time available", l="The time available is",
                      lb="Available")
        q = b.divrem(w.m, one, t="Divide by the round-trip time", l="Dividing,", lb="Round trips")
        b.answer(q, "The ferry can finish {a}", 'complete round trips')
    return dict(problem=problem, solve=solve, goal="find how many complete round trips the ferry makes",
                givens=[("Crossing", Dur(cr)), ("Wait", Dur(dock)), ("First", first), ("Until", last)])


@tpl
def sprint_speed(r, P):
    n = P.person()
    dist, t = r.choice([(100, F(25, 2)), (100, 16), (100, 20), (100, F(25, 2)), (200, 25), (200, 32), (200, 40),
                        (100, 25), (400, 80), (400, 64), (100, F(40, 3))])
    if ndp_ok(F(dist) / t) is False:
        raise Invalid('x')
    problem = (f"{n.N} runs {dist} meters in {P.num(t)} seconds. What is {n.pos} average speed in kilometers per "
               f"hour?")

    def solve(b):
        v = b.calc(N(dist, 'meters') / N(t, 'seconds'), unit='meters per second', t="Find the speed in m/s",
                   l="The speed is", lb="Speed (m/s)")
        mh = b.calc(N(v, 'm/s') * N(3600, 'seconds per hour'), unit='meters per hour',
                    t="Convert to meters per hour", l="In one hour that is", lb="Meters per hour")
        kh = b.calc(N(mh) / N(1000), unit='km/h', t="Convert to km/h", l="In km/h:", lb="km/h")
        b.answer(kh, f"{n.N}'s average speed is {{a}}", 'km/h')
    return dict(problem=problem, solve=solve, goal=f"find {n.N}'s speed in km/h",
                givens=[("Distance", f"{dist} m"), ("Time", f"{P.num(t)} s")])


@tpl
def pomodoro(r, P):
    n = P.person()
    w = r.choice([25, 30, 40, 45, 50])
    br = r.choice([5, 10])
    k = r.randint(3, 6)
    st = rc(r, hm(13, 0), hm(16, 30), 10)
    e = Clock(st.m + k * (w + br))
    problem = (f"{n.N} studies in cycles of {w} minutes of work followed by a {br}-minute break. {n.Subj} starts at "
               f"{P.c(st)} and stops at {P.c(e)}, right at the end of a break. How many minutes of actual work does "
               f"{n.subj} do?")

    def solve(b):
        d = b.elapsed(st, e, split=720 if st.m < 720 < e.m else None, t="Find the total study time",
                      l="The study session lasts", lb="Session")
        m = b.d2m(d, t="Convert to minutes", l="That is", lb="Session minutes") if d.m >= 60 else d.m
        c = b.calc(N(m, 'minutes') / N(w + br, 'minutes per cycle'), unit='cycles', t="Count the cycles",
                   l=f"Each cycle is {w + br} minutes, so there are", lb="Cycles")
        wk = b.calc(N(c, 'cycles') * N(w, 'minutes'), unit='minutes', t="Find the work time",
                    l=f"{n.Subj} works", lb="Work")
        b.answer(wk, f"{n.N} does {{a}} of actual work", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes {n.N} actually works",
                givens=[("Cycle", f"{w} min work + {br} min break"), ("Start", st), ("Stop", e)])


@tpl
def bakery_oven_24h(r, P):
    on = rc(r, hm(3, 30), hm(5, 30), 15)
    off = rc(r, hm(11, 30), hm(14, 45), 15)
    if (off.m - on.m) % 60 == 0:
        raise Invalid('x')
    kw = r.choice([4, 6, 8, 10, 12, 5])
    days = r.choice([6, 7, 5, 30])
    problem = (f"A bakery's oven is switched on at {P.c(on)} and off at {P.c(off)} every day. It uses {kw} kWh of "
               f"electricity per hour. How many kWh does it use in {days} days?")

    def solve(b):
        d = b.elapsed(on, off, t="Find how long the oven runs each day", l="The oven runs for", lb="Run time")
        h = b.d2h(d, t="Convert to hours", l="In hours:", lb="Hours")
        e1 = b.calc(N(h, 'hours') * N(kw, 'kWh per hour'), unit='kWh', t="Find the daily energy",
                    l="Each day it uses", lb="Daily kWh")
        tot = b.calc(N(e1) * N(days, 'days'), unit='kWh', t=f"Multiply by {days} days", l=f"In {days} days:",
                     lb="Total kWh")
        b.answer(tot, "The oven uses {a}", 'kWh')
    return dict(problem=problem, solve=solve, clock24=True, goal="find how much energy the oven uses",
                givens=[("On", on), ("Off", off), ("Power", f"{kw} kWh per hour")])


@tpl
def pace_seconds_race(r, P):
    n = P.person()
    pace = Dur.hm(0, r.choice([4, 5, 6]), r.choice([0, 10, 12, 15, 20, 24, 30, 36, 40, 45, 48, 50]))
    km = r.choice([5, 10, 8, 12, 15, 20])
    tot = int(pace.m * 60) * km
    if tot % 60 or pace.parts()[2] == 0:
        raise Invalid('x')
    st = rc(r, hm(7, 0), hm(9, 0), 15)
    meet = Clock(st.m + tot // 60 + r.randrange(10, 60, 5))
    if meet.m % 15:
        raise Invalid('x')
    problem = (f"{n.N} runs {km} km at a pace of {P.d(pace)} per kilometer, starting at {P.c(st)}. {n.Subj} is "
               f"meeting friends at {P.c(meet)}. How many minutes does {n.subj} have after the run before meeting "
               f"them?")

    def solve(b):
        s = b.d2m(pace, secs=True, t="Convert the pace to seconds", l="The pace is", lb="Pace")
        ts = b.calc(N(s, 'seconds per km') * N(km, 'km'), unit='seconds', t="Find the total time in seconds",
                    l="The run takes", lb="Run seconds")
        tm = b.calc(N(ts, 'seconds') / N(60), unit='minutes', t="Convert to minutes", l="That is",
                    lb="Run minutes")
        fin = b.clock(st, Dur(tm), t="Find the finish time", l=f"{n.Subj} finishes at", lb="Finish")
        sp = b.elapsed(fin, meet, as_min=True, maxm=180, t="Find the time before meeting",
                       l="Time before meeting:", lb="Spare")
        b.answer(sp, f"{n.N} has {{a}} before meeting friends", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how much time {n.N} has after the run",
                givens=[("Distance", f"{km} km"), ("Pace", pace), ("Start", st), ("Meeting", meet)])


@tpl
def project_deadline(r, P):
    n = P.person()
    mo = r.choice([1, 3, 4, 5, 6, 8, 9])
    d = r.randint(1, 20)
    wks = r.choice([3, 4, 5, 6])
    st = Date.md(mo, d)
    end = Date(st.n + wks * 7)
    dl = Date(end.n + r.randint(3, 20))
    if mo == 1 and end.n > 31:
        raise Invalid('feb')
    problem = (f"{n.N}'s team starts a project on {P.date(st)}, {r.choice([2023, 2025])}. The work is planned to "
               f"take {wks} weeks. The deadline is {P.date(dl)}. If everything goes to plan, how many days before "
               f"the deadline will the project be done?")

    def solve(b):
        k = b.calc(N(wks, 'weeks') * N(7, 'days per week'), unit='days', t="Convert weeks to days",
                   l=f"{wks} weeks is", lb="Days")
        fin = b.date_add(st, int(k), t="Find the finish date", l="The project finishes on", lb="Finish")
        sl = b.date_diff(fin, dl, t="Count the days to the deadline", l="Days before the deadline:",
                         lb="Slack")
        b.answer(sl, "The project will be done {a} before the deadline", 'days')
    return dict(problem=problem, solve=solve, goal="find how many days early the project will finish",
                givens=[("Start", P.date(st)), ("Length", f"{wks} weeks"), ("Deadline", P.date(dl))])


@tpl
def reading_groups(r, P):
    n = P.person()
    p = r.choice([2, 3, 4, 5])
    m = r.choice([3, 4, 5, 6, 8, 10])
    if p == m:
        raise Invalid('x')
    k = r.randint(20, 90)
    pages = p * k
    ev = r.choice([30, 40, 45, 50, 60])
    tot = k * m
    if tot % ev:
        raise Invalid('x')
    problem = (f"{n.N} reads {p} pages every {m} minutes. {n.Pos} book has {pages} pages. If {n.subj} reads for "
               f"{ev} minutes each evening, how many evenings will it take to finish the book?")

    def solve(b):
        g = b.calc(N(pages, 'pages') / N(p, 'pages'), unit='groups', t=f"Count the groups of {p} pages",
                   l=f"The book has", lb="Groups")
        tm = b.calc(N(g) * N(m, 'minutes'), unit='minutes', t="Find the total reading time",
                    l="Reading the whole book takes", lb="Reading time")
        ev_ = b.calc(N(tm, 'minutes') / N(ev, 'minutes'), unit='evenings', t="Divide by the evening sessions",
                     l="It takes", lb="Evenings")
        b.answer(ev_, f"It takes {n.N} {{a}}", 'evenings')
    return dict(problem=problem, solve=solve, goal=f"find how many evenings {n.N} needs",
                givens=[("Rate", f"{p} pages per {m} min"), ("Book", f"{pages} pages"), ("Each evening", Dur(ev))])


@tpl
def bus_timetable_24h(r, P):
    n = P.person()
    dep = rc(r, hm(6, 30), hm(10, 30))
    j = rd(r, 100, 200)
    stop = r.choice([15, 20, 25, 30, 35])
    if j.parts()[1] + stop < 60 or j.m % 60 == 0:
        raise Invalid('x')
    ap = Clock(dep.m + j.m + stop + r.randrange(10, 60, 5))
    if ap.m % 15:
        raise Invalid('x')
    c = P.place(['Leeds', 'York', 'Bristol', 'Cardiff', 'Bath', 'Oxford', 'Glasgow'])
    problem = (f"{n.N} takes a coach to {c} that departs at {P.c(dep)}. The driving time is {P.d(j)}, plus a "
               f"{stop}-minute rest stop. {n.N} has an appointment in {c} at {P.c(ap)}. How many minutes does "
               f"{n.subj} have between arriving and the appointment?")

    def solve(b):
        t = b.dadd([j, Dur(stop)], t="Find the total travel time", l="The journey takes", lb="Journey")
        ar = b.clock(dep, t, t="Find the arrival time", l="The coach arrives at", lb="Arrival")
        g = b.elapsed(ar, ap, as_min=True, maxm=180, t="Find the time before the appointment",
                      l="Time before the appointment:", lb="Spare")
        b.answer(g, f"{n.N} has {{a}} before the appointment", 'minutes')
    return dict(problem=problem, solve=solve, clock24=True, goal=f"find how much time {n.N} has before the appointment",
                givens=[("Departs", dep), ("Driving", j), ("Rest stop", Dur(stop)), ("Appointment", ap)])


@tpl
def freelancer_invoice(r, P):
    n = P.person()
    ds = [rd(r, 40, 170, 5), rd(r, 40, 170, 5), rd(r, 40, 170, 5)]
    tot = sum(d.m for d in ds)
    if tot % 15 or tot % 60 == 0 or sum(d.parts()[1] for d in ds) < 60:
        raise Invalid('x')
    rate = r.choice([36, 40, 44, 48, 52, 60, 64, 72, 80])
    problem = (f"{n.N} is a freelance designer who charges ${rate} per hour. This week {n.subj} worked {P.d(ds[0])} "
               f"on Monday, {P.d(ds[1])} on Wednesday and {P.d(ds[2])} on Thursday for one client. How much should "
               f"{n.subj} bill the client?")

    def solve(b):
        t = b.dadd(ds, t="Add up the hours worked", l="The total time is", lb="Total time")
        h = b.d2h(t, t="Convert to hours", l="In hours:", lb="Hours")
        c = b.calc(N(h, 'hours') * N(rate, 'per hour', money=True), money=True, t="Multiply by the rate",
                   l="The bill is", lb="Bill")
        b.answer(c, f"{n.N} should bill {{a}}", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} should bill",
                givens=[("Monday", ds[0]), ("Wednesday", ds[1]), ("Thursday", ds[2]), ("Rate", F(rate), '$')])


@tpl
def cookie_batches(r, P):
    n = P.person()
    k = r.choice([3, 4, 5, 6])
    bake = r.choice([10, 11, 12, 14, 15, 18])
    cool = r.choice([2, 3, 5])
    st = rc(r, hm(14, 0), hm(16, 30))
    tot = k * bake + (k - 1) * cool
    lv = Clock(st.m + tot + r.randrange(10, 50, 5))
    if lv.m % 15:
        raise Invalid('x')
    problem = (f"{n.N} bakes {k} batches of cookies one after another. Each batch bakes for {bake} minutes, and "
               f"{n.subj} needs {cool} minutes between batches to reload the tray. {n.Subj} puts the first batch in at "
               f"{P.c(st)} and has to leave for a bake sale at {P.c(lv)}. How many minutes does {n.subj} have left "
               f"after the last batch comes out?")

    def solve(b):
        bt = b.calc(N(k, 'batches') * N(bake, 'minutes'), unit='minutes', t="Find the baking time",
                    l="Baking takes", lb="Baking")
        rl = b.calc(N(k - 1) * N(cool), unit='minutes', t="Find the reloading time",
                    l=f"There are {k - 1} reloads, which take", lb="Reloading")
        t = b.calc(N(bt) + N(rl), unit='minutes', t="Add them", l="Altogether:", lb="Total")
        en = b.clock(st, Dur(t), t="Find when the last batch is done", l="The last batch comes out at",
                     lb="Done")
        g = b.elapsed(en, lv, as_min=True, maxm=120, t="Compare with the leaving time", l="Time left:",
                      lb="Spare")
        b.answer(g, f"{n.N} has {{a}} left", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how many minutes {n.N} has left",
                givens=[("Batches", f"{k} x {bake} min"), ("Reload", Dur(cool)), ("Start", st), ("Leave", lv)])


@tpl
def concert_setlist(r, P):
    songs = r.randint(14, 24)
    avg = Dur.hm(0, r.choice([3, 4]), r.choice([0, 15, 30, 45]))
    enc = r.choice([2, 3])
    st = rc(r, hm(19, 30), hm(21, 0), 15)
    band = r.choice(['The Lanterns', 'Blue Harbor', 'Static Bloom', 'The Night Owls'])
    if avg.parts()[2] == 0:
        raise Invalid('x')
    tot_s = int(avg.m * 60) * (songs + enc)
    if tot_s % 60:
        raise Invalid('x')
    problem = (f"{band} play {songs} songs in their main set and {enc} more as an encore. On average each song "
               f"lasts {P.d(avg)}, and they start at {P.c(st)} and play without breaks. How many minutes long is "
               f"the concert?")

    def solve(b):
        k = b.calc(N(songs) + N(enc), unit='songs', t="Count all the songs", l="They play", lb="Songs")
        s = b.d2m(avg, secs=True, t="Convert one song to seconds", l="One song is", lb="Song")
        ts = b.calc(N(k, 'songs') * N(s, 'seconds'), unit='seconds', t="Find the total seconds",
                    l="All the songs take", lb="Total seconds")
        tm = b.calc(N(ts) / N(60), unit='minutes', t="Convert to minutes", l="In minutes:", lb="Minutes")
        b.answer(tm, "The concert is {a} long", 'minutes')
    return dict(problem=problem, solve=solve, goal="find the length of the concert in minutes",
                givens=[("Songs", f"{songs} + {enc}"), ("Average", avg)])


@tpl
def train_connection(r, P):
    n = P.person()
    dep = rc(r, hm(7, 0), hm(12, 0))
    l1 = rd(r, 50, 140)
    wait = r.randrange(10, 40, 5)
    l2 = rd(r, 40, 110)
    problem = (f"{n.N}'s first train leaves at {P.c(dep)} and the ride takes {P.d(l1)}. {n.Subj} then waits "
               f"{wait} minutes for a connecting train, which takes {P.d(l2)}. How many minutes does the whole trip "
               f"take, from the first departure to the final arrival?")

    def solve(b):
        a1 = b.clock(dep, l1, t="Find when the first train arrives", l="The first train arrives at",
                     lb="First arrival")
        d2 = b.clock(a1, Dur(wait), t="Find when the connecting train leaves", l="The connection leaves at",
                     lb="Second departure")
        a2 = b.clock(d2, l2, t="Find the final arrival time", l=f"{n.Subj} arrives at", lb="Final arrival")
        tot = b.elapsed(dep, a2, as_min=True, maxm=600, t="Find the total trip time", l="The whole trip takes",
                        lb="Trip")
        b.answer(tot, "The whole trip takes {a}", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how long {n.N}'s whole trip takes",
                givens=[("Leaves", dep), ("Train 1", l1), ("Wait", Dur(wait)), ("Train 2", l2)])


@tpl
def car_wash_queue(r, P):
    k = r.randint(5, 14)
    each = r.choice([6, 7, 8, 9, 12, 15])
    st = rc(r, hm(8, 0), hm(10, 0), 15)
    close = Clock(st.m + k * each + r.randrange(10, 70, 5))
    if close.m % 30:
        raise Invalid('x')
    problem = (f"A car wash opens at {P.c(st)} with {k} cars already in line. Washing one car takes {each} minutes, "
               f"and cars are washed one at a time. The owner wants to take a break at {P.c(close)}. How many minutes "
               f"of break time does the owner have before that if no other cars arrive?")

    def solve(b):
        t = b.calc(N(k, 'cars') * N(each, 'minutes'), unit='minutes', t="Find the washing time",
                   l="Washing all the cars takes", lb="Washing")
        d = b.m2d(t, t="Convert to hours and minutes", l="That is", lb="Washing") if t >= 60 else Dur(t)
        en = b.clock(st, d, t="Find when the last car is done", l="The last car is done at", lb="Done")
        g = b.elapsed(en, close, as_min=True, maxm=180, t="Compare with the break time", l="Time left:",
                      lb="Spare")
        b.answer(g, "The owner has {a} before the break", 'minutes')
    return dict(problem=problem, solve=solve, goal="find how much time is left before the break",
                givens=[("Opens", st), ("Cars", str(k)), ("Each", Dur(each)), ("Break", close)])


@tpl
def study_schedule_exam(r, P):
    n = P.person()
    days = r.randint(10, 30)
    per = rd(r, 40, 100, 5)
    if per.m % 60 == 0:
        raise Invalid('x')
    off = r.randint(1, 4)
    tot = (days - off) * per.m
    if tot % 15:
        raise Invalid('x')
    problem = (f"{n.N}'s exam is in {days} days. {n.Subj} plans to study {P.d(per)} every day except for {off} "
               f"days off. How many hours will {n.subj} study before the exam?")

    def solve(b):
        sd = b.calc(N(days) - N(off), unit='days', t="Count the study days", l=f"{n.Subj} studies on",
                    lb="Study days")
        m = b.d2m(per, t="Convert the daily study time to minutes", l="Each day is", lb="Daily minutes")
        tm = b.calc(N(sd, 'days') * N(m, 'minutes'), unit='minutes', t="Find the total minutes",
                    l="In total that is", lb="Total minutes")
        h = b.calc(N(tm, 'minutes') / N(60), unit='hours', t="Convert to hours", l="In hours:", lb="Hours")
        b.answer(h, f"{n.N} will study for {{a}}", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many hours {n.N} studies before the exam",
                givens=[("Days", str(days)), ("Per day", per), ("Days off", str(off))])


@tpl
def anniversary_years(r, P):
    a, c = P.person(), P.person()
    wy = r.randint(1985, 2012)
    cy = r.randint(2024, 2026)
    kid = r.randint(2, 8)
    problem = (f"{a.N} and {c.N} got married in {wy}. Their first child was born {kid} years after the wedding. In "
               f"{cy}, they celebrate their anniversary. How many years have they been married, and how old is "
               f"their first child that year? Give the sum of the two numbers.")

    def solve(b):
        b.fm.commas = False  # years are never grouped
        y = b.calc(N(cy) - N(wy), unit='years', t="Find how long they have been married",
                   l="They have been married for", lb="Married")
        by = b.calc(N(wy) + N(kid), unit='', t="Find the child's birth year", l="The child was born in",
                    lb="Birth year")
        ca = b.calc(N(cy) - N(by), unit='years old', t="Find the child's age", l=f"In {cy}, the child is",
                    lb="Child's age")
        s = b.calc(N(y) + N(ca), unit='', t="Add the two numbers", l="The sum is", lb="Sum")
        b.answer(s, "The sum is {a}", '')
    return dict(problem=problem, solve=solve, goal="find the years married plus the child's age")


@tpl
def recipe_timeline(r, P):
    n = P.person()
    rise1 = rd(r, 60, 120, 15)
    rise2 = rd(r, 30, 60, 15)
    bake = r.choice([25, 30, 35, 40, 45])
    mix = r.choice([15, 20, 25])
    st = rc(r, hm(8, 0), hm(11, 0), 15)
    problem = (f"{n.N} is making bread. Mixing and kneading take {mix} minutes, the first rise takes {P.d(rise1)}, "
               f"the second rise takes {P.d(rise2)}, and baking takes {bake} minutes. If {n.subj} starts at "
               f"{P.c(st)}, how many minutes after starting will the bread come out of the oven?")

    def solve(b):
        rs = b.dadd([rise1, rise2], t="Add the two rises", l="The rises take", lb="Rising")
        rm = b.d2m(rs, t="Convert the rising time to minutes", l="In minutes:", lb="Rising minutes")
        tot = b.calc(N(mix) + N(rm) + N(bake), unit='minutes', t="Add mixing and baking",
                     l="The total time is", lb="Total")
        b.answer(tot, "The bread comes out {a} after starting", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how long {n.N}'s bread takes",
                givens=[("Mixing", Dur(mix)), ("Rise 1", rise1), ("Rise 2", rise2), ("Baking", Dur(bake))])


@tpl
def parking_garage_rate(r, P):
    n = P.person()
    s = rc(r, hm(8, 0), hm(10, 30), 15)
    L = r.choice([225, 255, 285, 315, 345, 375, 405, 195])
    e = Clock(s.m + L)
    first = r.choice([3, 4, 5])
    rate = r.choice([F(3, 2), 2, F(5, 2), 3])
    problem = (f"A parking garage charges ${first} for the first hour and ${P.money(rate)} for each additional "
               f"half hour or part of one. {n.N} parks from {P.c(s)} to {P.c(e)}. How much does {n.N} pay?")

    def solve(b):
        d = b.elapsed(s, e, split=720 if s.m < 720 < e.m else None, t="Find the parking time",
                      l=f"{n.N} parks for", lb="Parked")
        m = b.d2m(d, t="Convert to minutes", l="In minutes:", lb="Minutes")
        ex = b.calc(N(m) - N(60), unit='minutes', t="Subtract the first hour", l="After the first hour there are",
                    lb="Extra minutes")
        q = b.divrem(ex, 30, t="Count the extra half hours", l="In half hours,", lb="Half hours")
        k = b.calc(N(q) + N(1), unit='half hours', t="Round up the partial half hour",
                   l="The leftover minutes count as one more, so there are", lb="Charged half hours")
        c = b.calc(N(first, money=True) + N(k) * N(rate, money=True), money=True, t="Find the total cost",
                   l="The total cost is", lb="Cost")
        b.answer(c, f"{n.N} pays {{a}}", '', True)
    return dict(problem=problem, solve=solve, goal=f"find how much {n.N} pays for parking",
                givens=[("In", s), ("Out", e), ("First hour", F(first), '$'),
                        ("Each extra half hour", rate, '$')])


@tpl
def volunteer_hours(r, P):
    n = P.person()
    sats = r.randint(4, 12)
    s = rc(r, hm(8, 30), hm(10, 30), 15)
    e = rc(r, hm(12, 15), hm(14, 30), 15)
    need = r.choice([40, 50, 60, 75, 80, 100])
    d = e.m - s.m
    if d % 60 == 0 or (d * sats) % 15 or d * sats >= need * 60:
        raise Invalid('x')
    problem = (f"{n.N} volunteers at an animal shelter every Saturday from {P.c(s)} to {P.c(e)}. {n.Subj} has "
               f"volunteered for {sats} Saturdays. {n.Pos} school requires {need} volunteer hours. How many more "
               f"hours does {n.subj} need?")

    def solve(b):
        dd = b.elapsed(s, e, split=720 if s.m < 720 < e.m else None, t="Find the length of one shift",
                       l="Each Saturday " + n.subj + " volunteers for", lb="Shift")
        h = b.d2h(dd, t="Convert the shift to hours", l="In hours:", lb="Shift hours")
        tot = b.calc(N(h, 'hours') * N(sats, 'Saturdays'), unit='hours', t="Find the hours so far",
                     l="So far " + n.subj + " has", lb="Hours so far")
        left = b.calc(N(need) - N(tot), unit='hours', t="Find the hours still needed", l=f"{n.Subj} still needs",
                      lb="Still needed")
        b.answer(left, f"{n.N} needs {{a}} more", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many more volunteer hours {n.N} needs",
                givens=[("Shift", f"{P.sc(s)} to {P.sc(e)}"), ("Saturdays", str(sats)), ("Required", f"{need} h")])


@tpl
def seconds_in_period(r, P):
    h = r.choice([2, 3, 5, 6, 8, 12])
    m = r.choice([10, 15, 20, 30, 40, 45])
    k = r.choice([3, 4, 5, 6])
    problem = (f"A time-lapse camera takes one photo every {k} seconds. It records for {h} hours and {m} minutes. "
               f"How many photos does it take?")

    def solve(b):
        mm = b.d2m(Dur.hm(h, m), t="Convert the recording time to minutes", l="The recording lasts",
                   lb="Minutes")
        ss = b.calc(N(mm, 'minutes') * N(60, 'seconds per minute'), unit='seconds', t="Convert to seconds",
                    l="In seconds:", lb="Seconds")
        ph = b.calc(N(ss, 'seconds') / N(k, 'seconds'), unit='photos', t=f"Divide by {k} seconds",
                    l="The camera takes", lb="Photos")
        b.answer(ph, "The camera takes {a}", 'photos')
    return dict(problem=problem, solve=solve, goal="find how many photos the camera takes",
                givens=[("Recording", Dur.hm(h, m)), ("Interval", f"{k} s")])


@tpl
def dog_walker(r, P):
    n = P.person()
    dogs = r.randint(3, 7)
    walk = r.choice([20, 25, 30, 35, 40, 45])
    travel = r.choice([5, 10])
    pay = r.choice([12, 15, 18, 20, 22, 25])
    st = rc(r, hm(13, 0), hm(15, 0), 15)
    problem = (f"{n.N} walks {dogs} dogs one at a time, starting at {P.c(st)}. Each walk lasts {walk} minutes, and "
               f"it takes {n.obj} {travel} minutes to get from one dog's house to the next. {n.Subj} charges ${pay} "
               f"per walk. How many minutes does {n.N} spend from the start of the first walk to the end of the last "
               f"walk?")

    def solve(b):
        wt = b.calc(N(dogs, 'walks') * N(walk, 'minutes'), unit='minutes', t="Find the walking time",
                    l="Walking takes", lb="Walking")
        tt = b.calc(N(dogs - 1) * N(travel), unit='minutes', t="Find the travel time between houses",
                    l=f"There are {dogs - 1} trips between houses, taking", lb="Travel")
        tot = b.calc(N(wt) + N(tt), unit='minutes', t="Add them", l="The total time is", lb="Total")
        b.answer(tot, f"{n.N} spends {{a}} from the first walk to the last", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find how long {n.N}'s dog walks take altogether",
                givens=[("Dogs", str(dogs)), ("Walk", Dur(walk)), ("Travel", Dur(travel)), ("Start", st)])


@tpl
def leap_hours_month(r, P):
    mo = r.choice([4, 6, 9, 11, 1, 3, 5, 7])
    hrs = r.choice([6, 7, 8, 9])
    share = r.choice([F(1, 2), F(1, 4), F(3, 4)])
    n = P.person()
    problem = (f"{MONTHS[mo - 1]} has {MDAYS[mo - 1]} days. {n.N} sleeps {hrs} hours every night. How many hours "
               f"is {n.subj} awake in {MONTHS[mo - 1]}?")

    def solve(b):
        tot = b.calc(N(MDAYS[mo - 1], 'days') * N(24, 'hours per day'), unit='hours', t="Find the hours in the month",
                     l=f"{MONTHS[mo - 1]} has", lb="Hours in month")
        sl = b.calc(N(MDAYS[mo - 1], 'nights') * N(hrs, 'hours'), unit='hours', t="Find the hours asleep",
                    l=f"{n.Subj} sleeps", lb="Asleep")
        aw = b.calc(N(tot) - N(sl), unit='hours', t="Subtract", l=f"{n.Subj} is awake for", lb="Awake")
        b.answer(aw, f"{n.N} is awake for {{a}}", 'hours')
    return dict(problem=problem, solve=solve, goal=f"find how many hours {n.N} is awake in {MONTHS[mo - 1]}",
                givens=[("Days", str(MDAYS[mo - 1])), ("Sleep", f"{hrs} h per night")])


@tpl
def garden_watering(r, P):
    n = P.person()
    beds = r.randint(3, 8)
    per = r.choice([6, 8, 10, 12, 15])
    lpm = r.choice([4, 5, 6, 8, 10, 12])
    days = r.choice([7, 10, 14, 30])
    problem = (f"{n.N} waters {beds} garden beds for {per} minutes each. The hose delivers {lpm} liters of water per "
               f"minute. How many liters of water does {n.subj} use if {n.subj} waters every day for {days} days?")

    def solve(b):
        m = b.calc(N(beds, 'beds') * N(per, 'minutes'), unit='minutes', t="Find the watering time per day",
                   l="Each day " + n.subj + " waters for", lb="Minutes per day")
        l1 = b.calc(N(m, 'minutes') * N(lpm, 'liters per minute'), unit='liters', t="Find the water per day",
                    l="Each day that uses", lb="Liters per day")
        t = b.calc(N(l1) * N(days, 'days'), unit='liters', t=f"Multiply by {days} days", l=f"Over {days} days:",
                   lb="Total")
        b.answer(t, f"{n.N} uses {{a}} of water", 'liters')
    return dict(problem=problem, solve=solve, goal=f"find how much water {n.N} uses",
                givens=[("Beds", f"{beds} x {per} min"), ("Flow", f"{lpm} L/min"), ("Days", str(days))])


@tpl
def runner_catch_up(r, P):
    a = P.person()
    v1 = r.choice([6, 8, 9, 10])
    v2 = v1 + r.choice([2, 3, 4, 6])
    head = r.choice([10, 15, 20, 30])
    st = rc(r, hm(8, 0), hm(9, 30), 15)
    d0 = F(v1 * head, 60)
    tc = d0 / (v2 - v1)
    if (tc * 60).denominator != 1 or ndp_ok(d0) is False:
        raise Invalid('x')
    c = P.person()
    problem = (f"{a.N} starts jogging at {v1} km/h. {head} minutes later, {c.N} starts from the same place on the "
               f"same path, cycling at {v2} km/h. How many minutes after {c.N} starts does {c.N} catch up with "
               f"{a.N}?")

    def solve(b):
        hh = b.calc(N(head, 'minutes') / N(60), unit='hours', t=f"Convert the head start to hours",
                    l="The head start is", lb="Head start (h)")
        d = b.calc(N(v1, 'km/h') * N(hh, 'hours'), unit='km', t=f"Find {a.N}'s lead", l=f"{a.N}'s lead is",
                   lb="Lead")
        g = b.calc(N(v2) - N(v1), unit='km/h', t="Find how fast the gap closes", l="The gap closes at",
                   lb="Closing speed")
        t = b.calc(N(d, 'km') / N(g, 'km/h'), unit='hours', t="Find the catch-up time in hours",
                   l="Catching up takes", lb="Time (h)")
        m = b.calc(N(t, 'hours') * N(60), unit='minutes', t="Convert to minutes", l="In minutes:",
                   lb="Time (min)")
        b.answer(m, f"{c.N} catches up {{a}} after starting", 'minutes')
    return dict(problem=problem, solve=solve, goal=f"find when {c.N} catches up with {a.N}",
                givens=[(a.N, f"{v1} km/h"), (c.N, f"{v2} km/h, {head} min later")])
