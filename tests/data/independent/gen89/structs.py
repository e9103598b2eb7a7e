"""Problem structures for the public-transit genre.

Each builder gets (rng, setup_index, question_index) and returns a dict:
  problem, given {name: (Fraction, kind)}, steps [dict], final (step name),
  answer (sentence with {v}), clock ('12h' or '24h').
Step dict keys: n, op, a (arg names), k (kind), lab, lead, unit, [s signs], [check].
"""
from fractions import Fraction as F

PEOPLE = [("Maya", "she", "her"), ("Jordan", "he", "his"), ("Priya", "she", "her"),
          ("Luis", "he", "his"), ("Aisha", "she", "her"), ("Tom", "he", "his"),
          ("Keiko", "she", "her"), ("Marcus", "he", "his"), ("Elena", "she", "her"),
          ("Owen", "he", "his"), ("Fatima", "she", "her"), ("Diego", "he", "his"),
          ("Grace", "she", "her"), ("Ravi", "he", "his"), ("Nadia", "she", "her"),
          ("Sam", "he", "his")]
ROUTES = ["Route 12", "the 47 bus", "the Crosstown 9", "Route 3", "the 22 Express",
          "Line 8", "the 60 bus", "Route 115"]
LINES = ["the Blue Line", "the Red Line", "the Green Line", "the Harbor Line",
         "the Airport Express", "the Northern Line"]
AGENCIES = ["Metro Transit", "City Bus", "RiverLink", "the regional transit authority",
            "Valley Transit", "CapMetro-style city buses"]
STOPS = ["Elm Street", "Main & 3rd", "Central Station", "the Library", "Oak Avenue",
         "Riverside", "Market Square", "the Hospital", "College Park", "Union Depot",
         "Pine Road", "City Hall", "Harbor View", "5th & Grand"]


def money(v, cents=None):
    q = int(v * 100)
    assert q == v * 100
    if cents is None:
        cents = q % 100 != 0
    if cents:
        return "$%s.%02d" % (format(q // 100, ","), q % 100)
    return "$" + format(q // 100, ",")


def clock(m, mode="12h", ampm=True):
    m = int(m) % 1440
    h, mm = divmod(m, 60)
    if mode == "24h":
        return "%02d:%02d" % (h, mm)
    h12 = h % 12 or 12
    s = "%d:%02d" % (h12, mm)
    if ampm:
        s += " a.m." if h < 12 else " p.m."
    return s


def num(v):
    if v == int(v):
        return format(int(v), ",")
    for d in (1, 2):
        if v * 10 ** d == int(v * 10 ** d):
            return format(float(v), ",.%df" % d)
    raise ValueError(v)


def person(r):
    return r.choice(PEOPLE)


def st(n, op, a, k, lab, lead, unit="", **kw):
    d = dict(n=n, op=op, a=list(a), k=k, lab=lab, lead=lead, unit=unit)
    d.update(kw)
    return d


def pick(lst, i):
    return lst[i % len(lst)]


# 1 ---------------------------------------------------------------
def weekly_pass(r, si, qi):
    nm, pr, ps = person(r)
    f = F(r.choice([200, 225, 250, 275, 290, 300, 325, 350]), 100)
    t = r.choice([2, 2, 2, 3])
    d = r.choice([5, 5, 6])
    cost = f * t * d
    save = F(r.choice(range(6, int(cost * 4 // 3))), 4)
    P = cost - save
    route = r.choice(ROUTES)
    setups = [
        f"{nm} rides {route} to work. A single ticket costs {money(f)}, and {pr} takes {t} rides a day, {d} days a week. A 7-day pass costs {money(P)}.",
        f"On {r.choice(AGENCIES)}, one ride is {money(f)} and a weekly pass is {money(P)}. {nm} makes {t} trips on every day {pr} works, and {pr} works {d} days a week.",
        f"Fares: single ride {money(f)}; 7-day unlimited pass {money(P)}. {nm} commutes {d} days a week and takes {t} rides on each of those days.",
    ]
    qs = [f"How much does {nm} save per week by buying the pass instead of single tickets?",
          "How many dollars cheaper is the weekly pass than paying per ride for a week?",
          f"If {pr} switches to the pass, how much money does {pr} save each week?"]
    given = dict(f=(f, "usd"), t=(F(t), "n"), d=(F(d), "n"), P=(P, "usd"))
    steps = [
        st("rides", "mul", ["t", "d"], "n", "Rides per week", "count the rides in one week", "rides"),
        st("cost", "mul", ["rides", "f"], "usd", "Cost with single tickets", "multiply the rides by the single fare"),
        st("save", "sub", ["cost", "P"], "usd", "Savings with the pass", "subtract the price of the pass"),
        st("chk", "add", ["P", "save"], "usd", "Check", "pass price plus savings should give back the single-ticket total", check=True),
    ]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=given, steps=steps,
                final="save", answer=f"{nm} saves {{v}} per week with the pass.")


# 2 ---------------------------------------------------------------
def breakeven(r, si, qi):
    nm, pr, ps = person(r)
    while True:
        f = F(r.choice([175, 200, 225, 250, 275, 300, 325]), 100)
        X = F(r.choice(range(70, 130)))
        Y = F(r.choice([10, 12, 15, 18, 20, 25]))
        M = X - Y
        if (M / f).denominator != 1:
            break
    setups = [
        f"A 30-day pass on {r.choice(LINES)} normally costs {money(X)}, but {nm} gets a student discount of {money(Y)} off. A single ride costs {money(f)}.",
        f"{nm} is deciding between paying {money(f)} per ride and buying a monthly pass. The pass lists at {money(X)}, and {ps} employer knocks {money(Y)} off the price.",
        f"Monthly pass: {money(X)} (minus a {money(Y)} reduced-fare discount). Single fare: {money(f)}. {nm} qualifies for the discount.",
    ]
    qs = [f"What is the smallest number of rides in a month for which the discounted pass costs less than (or the same as) paying per ride?",
          f"How many rides does {nm} need to take in a month for the pass to pay for itself?",
          "At least how many single rides would cost as much as or more than the discounted pass?"]
    given = dict(f=(f, "usd"), X=(X, "usd"), Y=(Y, "usd"), one=(F(1), "n"))
    steps = [
        st("M", "sub", ["X", "Y"], "usd", "Discounted pass price", "take the discount off the pass"),
        st("N", "ceil", ["M", "f"], "n", "Break-even rides", "divide the pass price by the single fare", "rides"),
        st("c1", "mul", ["N", "f"], "usd", "Check", "that many rides cost", check=True),
        st("N1", "sub", ["N", "one"], "n", "One ride fewer", "one ride fewer would be", "rides", check=True),
        st("c2", "mul", ["N1", "f"], "usd", "Check", "and those would cost only", check=True),
    ]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=given, steps=steps,
                final="N", answer=f"{nm} needs at least {{v}} rides in a month for the pass to pay off.")


# 3 ---------------------------------------------------------------
def running_count(r, si, qi):
    route = r.choice(ROUTES)
    stops = r.sample(STOPS, 4)
    cur = r.randint(8, 30)
    start = cur
    g = dict(s0=(F(start), "n"))
    steps = []
    lines = []
    prev = "s0"
    for i, sp in enumerate(stops):
        off = r.randint(0, min(cur, 12)) if i else r.randint(1, min(cur, 9))
        on = r.randint(0, 14) if i < 3 else r.randint(0, 6)
        if off == 0 and on == 0:
            on = 3
        g["off%d" % i] = (F(off), "n")
        g["on%d" % i] = (F(on), "n")
        cur = cur - off + on
        lines.append((sp, off, on))
        steps.append(st("b%d" % i, "lin", [prev, "off%d" % i, "on%d" % i], "n",
                        "After " + sp, f"at {sp}, {off} get off and {on} get on", "passengers", s=["-", "+"]))
        prev = "b%d" % i
    tot_on = sum(x[2] for x in lines)
    tot_off = sum(x[1] for x in lines)
    g["TON"] = (F(tot_on), "n")
    g["TOFF"] = (F(tot_off), "n")
    steps.append(st("chk", "lin", ["s0", "TON", "TOFF"], "n", "Check",
                    f"start plus everyone who boarded ({tot_on}) minus everyone who got off ({tot_off})",
                    "passengers", s=["+", "-"], check=True))
    desc = "; ".join(f"at {sp}, {off} get off and {on} get on" for sp, off, on in lines)
    desc2 = "\n".join(f"- {sp}: {off} off, {on} on" for sp, off, on in lines)
    setups = [
        f"{route} leaves the terminal with {start} passengers. At the next four stops: {desc}.",
        f"A bus on {route} pulls out with {start} riders on board. Then:\n{desc2}",
        f"The driver counts {start} people on the bus when it leaves the depot. Stop by stop, {desc}.",
    ]
    last = stops[-1]
    qs = [f"How many passengers are on the bus when it leaves {last}?",
          "How many riders are on board after the fourth stop?",
          f"What is the passenger count as the bus pulls away from {last}?"]
    return dict(problem=pick(setups, si) + "\n\n" + pick(qs, qi) if si == 1 else pick(setups, si) + " " + pick(qs, qi),
                given=g, steps=steps, final="b3",
                answer=f"There are {{v}} passengers on the bus after {last}.")


# 4 ---------------------------------------------------------------
def buses_needed(r, si, qi):
    while True:
        N = r.randint(90, 420)
        T = r.randint(4, 24)
        C = r.choice([40, 44, 48, 52, 55, 56, 60, 72])
        if (N + T) % C:
            break
    setups = [
        f"A school is taking {N} students and {T} teachers to the museum by charter bus. Each bus seats {C} people.",
        f"For a field trip, {N} students and {T} chaperones need rides. The transit agency's buses carry {C} passengers each (seated).",
        f"{r.choice(AGENCIES)} is running a shuttle for a stadium event: {N} fans plus {T} staff members must be moved in one trip, and each shuttle bus holds {C} people.",
    ]
    qs = ["How many buses are needed?", "What is the fewest number of buses they need so everyone has a seat?",
          "How many buses must be booked?"]
    g = dict(N=(F(N), "n"), T=(F(T), "n"), C=(F(C), "n"))
    steps = [st("tot", "add", ["N", "T"], "n", "Total people", "add everyone who needs a seat", "people"),
             st("B", "ceil", ["tot", "C"], "n", "Buses needed", "divide by the seats per bus", "buses"),
             st("cap", "mul", ["B", "C"], "n", "Check", "total seats", "seats", check=True)]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="B",
                answer="They need {v} buses.")


# 5 ---------------------------------------------------------------
def standing(r, si, qi):
    k = r.choice([4, 5, 6, 8, 10])
    s = r.choice([56, 64, 72, 76, 80, 84, 90])
    cap = k * s
    p = cap + r.randint(15, 260)
    line = r.choice(LINES)
    setups = [
        f"A train on {line} has {k} cars, and each car has {s} seats. At the busiest station {p} passengers are on board.",
        f"During rush hour, {p} commuters ride a {k}-car train on {line}. Every car seats {s}.",
        f"Rolling stock: {k} cars x {s} seats per car. Peak load on {line}: {p} riders.",
    ]
    qs = ["How many passengers have to stand?", "How many riders are without a seat?",
          "How many people are standing if every seat is taken?"]
    g = dict(k=(F(k), "n"), s=(F(s), "n"), p=(F(p), "n"))
    steps = [st("cap", "mul", ["k", "s"], "n", "Total seats", "find the seats on the whole train", "seats"),
             st("std", "sub", ["p", "cap"], "n", "Standing passengers", "subtract the seats from the riders", "passengers"),
             st("chk", "add", ["cap", "std"], "n", "Check", "seated plus standing", "passengers", check=True)]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="std",
                answer="{v} passengers have to stand.")


# 6 ---------------------------------------------------------------
def departures(r, si, qi):
    while True:
        h = r.choice([8, 10, 12, 15, 20, 25])
        t0 = r.choice(range(5 * 60, 7 * 60, 5))
        t1 = t0 + r.randint(60, 200) // 5 * 5
        if (t1 - t0) % h:
            break
    route = r.choice(ROUTES)
    setups = [
        f"The first bus on {route} leaves at {clock(t0)} and then every {h} minutes.",
        f"Weekday schedule for {route}: first departure {clock(t0)}, then every {h} min.",
        f"A commuter's guide says buses depart the terminal at {clock(t0)} and run every {h} minutes after that.",
    ]
    qs = [f"How many buses leave the terminal from {clock(t0)} up to and including {clock(t1)}?",
          f"Counting the first one, how many departures are there by {clock(t1)}?",
          f"How many buses have left by {clock(t1)} (including the {clock(t0)} bus)?"]
    g = dict(t0=(F(t0), "time"), t1=(F(t1), "time"), h=(F(h), "min"), one=(F(1), "n"))
    steps = [st("span", "tdiff", ["t1", "t0"], "min", "Time window", "find the minutes in the window", "minutes"),
             st("q", "divq", ["span", "h"], "n", "Full headways", "see how many full headways fit"),
             st("cnt", "add", ["q", "one"], "n", "Departures", "add the first bus itself", "departures"),
             ]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="cnt",
                answer="{v} buses depart in that window.")


# 7 ---------------------------------------------------------------
def wait_time(r, si, qi):
    while True:
        h = r.choice([7, 8, 9, 10, 12, 15, 18, 20])
        t0 = r.choice(range(5 * 60 + 30, 12 * 60 + 40, 5))
        ta = t0 + r.randint(20, 110)
        if (ta - t0) % h:
            break
    nm, pr, ps = person(r)
    route = r.choice(ROUTES)
    setups = [
        f"Buses on {route} leave {r.choice(STOPS)} every {h} minutes, starting at {clock(t0)}. {nm} gets to the stop at {clock(ta)}.",
        f"{nm} arrives at the stop at {clock(ta)}. The timetable shows the first bus at {clock(t0)} and a bus every {h} minutes after that.",
        f"Headway on {route}: {h} min. First trip: {clock(t0)}. {nm} reaches the platform at {clock(ta)} and just misses one.",
    ]
    qs = [f"How many minutes does {nm} wait for the next bus?", "How long is the wait, in minutes, until the next departure?",
          f"How many minutes will {pr} wait?"]
    g = dict(t0=(F(t0), "time"), ta=(F(ta), "time"), h=(F(h), "min"), one=(F(1), "n"))
    steps = [st("el", "tdiff", ["ta", "t0"], "min", "Time since first bus", "find how long after the first bus she arrives".replace("she", pr), "minutes"),
             st("q", "divq", ["el", "h"], "n", "Buses already gone", "divide by the headway"),
             st("k", "add", ["q", "one"], "n", "Next bus number", "the next bus is one more interval", "intervals"),
             st("off", "mul", ["k", "h"], "min", "Minutes after first bus", "multiply by the headway", "minutes"),
             st("nx", "tadd", ["t0", "off"], "time", "Next departure", "add that to the first departure"),
             st("w", "tdiff", ["nx", "ta"], "min", "Wait", "subtract the arrival time", "minutes")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="w",
                answer=f"{nm} waits {{v}} minutes.")


# 8 ---------------------------------------------------------------
def avg_speed(r, si, qi):
    while True:
        Tm = r.choice([12, 15, 18, 24, 30, 36, 42, 45, 48, 54])
        v = r.randint(18, 48)
        D = F(v * Tm, 60)
        if (D * 10).denominator == 1 and D > 3:
            break
    d1 = F(r.randint(8, int(D * 10 * 0.45)), 10)
    d2 = F(r.randint(6, int((D - d1) * 10) - 4), 10)
    d3 = D - d1 - d2
    t1 = r.randint(3, Tm // 2)
    t2 = r.randint(2, Tm - t1 - 2)
    t3 = Tm - t1 - t2
    route = r.choice(ROUTES + LINES)
    stops = r.sample(STOPS, 4)
    setups = [
        f"On {route}, the stretch from {stops[0]} to {stops[1]} is {num(d1)} km and takes {t1} minutes, {stops[1]} to {stops[2]} is {num(d2)} km in {t2} minutes, and {stops[2]} to {stops[3]} is {num(d3)} km in {t3} minutes.",
        f"A vehicle on {route} covers three segments: {num(d1)} km ({t1} min), {num(d2)} km ({t2} min) and {num(d3)} km ({t3} min).",
        f"Segment table for {route}:\n| Segment | Distance | Running time |\n|---|---|---|\n| {stops[0]} to {stops[1]} | {num(d1)} km | {t1} min |\n| {stops[1]} to {stops[2]} | {num(d2)} km | {t2} min |\n| {stops[2]} to {stops[3]} | {num(d3)} km | {t3} min |",
    ]
    qs = ["What is the average speed over the whole trip, in km/h?", "What is the average speed in kilometres per hour?",
          "Find the average running speed (km/h) for the three segments combined."]
    g = dict(d1=(d1, "km"), d2=(d2, "km"), d3=(d3, "km"), t1=(F(t1), "min"), t2=(F(t2), "min"),
             t3=(F(t3), "min"), sixty=(F(60), "n"))
    steps = [st("D", "add", ["d1", "d2", "d3"], "km", "Total distance", "add the three distances", "km"),
             st("T", "add", ["t1", "t2", "t3"], "min", "Total time", "add the running times", "minutes"),
             st("H", "div", ["T", "sixty"], "h", "Time in hours", "convert minutes to hours", "h"),
             st("V", "div", ["D", "H"], "kmh", "Average speed", "divide distance by time", "km/h")]
    return dict(problem=pick(setups, si) + ("\n\n" if si == 2 else " ") + pick(qs, qi), given=g, steps=steps,
                final="V", answer="The average speed is {v} km/h.")


# 9 ---------------------------------------------------------------
def arrive_early(r, si, qi):
    nm, pr, ps = person(r)
    t0 = r.choice(range(6 * 60 + 30, 8 * 60 + 30, 5))
    r1 = r.randint(9, 35)
    w = r.randint(3, 14)
    r2 = r.randint(6, 28)
    k = r.randint(3, 11)
    tot = r1 + w + r2 + k
    sh = (t0 + tot + r.randint(3, 25) + 14) // 15 * 15
    line = r.choice(LINES)
    route = r.choice(ROUTES)
    setups = [
        f"{nm} boards {line} at {clock(t0)}. The train ride takes {r1} minutes, then {pr} waits {w} minutes to transfer to {route}, which takes {r2} minutes. From the bus stop it is a {k}-minute walk to work.",
        f"{nm}'s commute: leave on {line} at {clock(t0)}; {r1} min on the train; {w} min transfer wait; {r2} min on {route}; {k} min walk.",
        f"Trip planner result for {nm}: depart {clock(t0)} on {line} ({r1} min), transfer ({w} min wait), {route} ({r2} min), then walk {k} min.",
    ]
    qs = [f"{ps.capitalize()} shift starts at {clock(sh)}. How many minutes early does {pr} arrive?",
          f"If work starts at {clock(sh)}, how many minutes before the start does {nm} get there?",
          f"How many minutes of slack does {pr} have before {ps} {clock(sh)} start?"]
    g = dict(t0=(F(t0), "time"), r1=(F(r1), "min"), w=(F(w), "min"), r2=(F(r2), "min"), k=(F(k), "min"),
             sh=(F(sh), "time"))
    steps = [st("tot", "add", ["r1", "w", "r2", "k"], "min", "Total travel time", "add up every leg, including the wait", "minutes"),
             st("arr", "tadd", ["t0", "tot"], "time", "Arrival time", "add it to the departure time"),
             st("e", "tdiff", ["sh", "arr"], "min", "Minutes early", "compare with the start time", "minutes")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="e",
                answer=f"{nm} arrives {{v}} minutes early.")


# 10 --------------------------------------------------------------
def fleet(r, si, qi):
    while True:
        run = r.randint(22, 70)
        L = r.choice([5, 6, 8, 10, 12, 15])
        h = r.choice([6, 8, 10, 12, 15, 20])
        cyc = 2 * run + 2 * L
        if cyc % h:
            break
    route = r.choice(ROUTES)
    setups = [
        f"{route} takes {run} minutes end to end. Each bus gets a {L}-minute layover at each terminal before heading back. The agency wants a bus every {h} minutes.",
        f"A planner is scheduling {route}: one-way running time {run} min, layover {L} min at both ends, target headway {h} min.",
        f"One trip on {route} is {run} minutes each way, drivers rest {L} minutes at each end, and buses should come every {h} minutes.",
    ]
    qs = ["How many buses are needed to run the route?", "What is the minimum number of buses required to keep that headway?",
          "How many vehicles does the route need?"]
    g = dict(run=(F(run), "min"), L=(F(L), "min"), h=(F(h), "min"), two=(F(2), "n"))
    steps = [st("rr", "mul", ["two", "run"], "min", "Running time, both ways", "double the one-way time", "minutes"),
             st("ll", "mul", ["two", "L"], "min", "Layovers", "double the layover", "minutes"),
             st("cy", "add", ["rr", "ll"], "min", "Cycle time", "add them for the full round trip", "minutes"),
             st("B", "ceil", ["cy", "h"], "n", "Buses needed", "divide the cycle by the headway", "buses")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="B",
                answer="The route needs {v} buses.")


# 11 --------------------------------------------------------------
def monthly_compare(r, si, qi):
    nm, pr, ps = person(r)
    while True:
        wd = r.randint(19, 23)
        e = r.randint(2, 8)
        f = F(r.choice([225, 250, 275, 290, 300, 325, 340, 375]), 100)
        cost = (wd * 2 + e) * f
        M = F(int(cost) - r.randint(4, 25))
        if M > 40:
            break
    setups = [
        f"{nm} works {wd} days this month and takes the train there and back each workday, plus {e} extra rides on weekends. A ride costs {money(f)}; a monthly pass costs {money(M)}.",
        f"Single fare {money(f)}. Monthly pass {money(M)}. {nm} expects {wd} workdays (2 rides each) and {e} weekend rides this month.",
        f"This month {nm} has {wd} commuting days with a round trip on each, and {pr} plans {e} more rides for errands. Tickets are {money(f)} each, or {pr} can buy a {money(M)} monthly pass.",
    ]
    qs = ["How much cheaper is the monthly pass than paying per ride?", f"How much would {nm} save by buying the pass?",
          "By how many dollars does paying per ride exceed the pass price?"]
    g = dict(wd=(F(wd), "n"), e=(F(e), "n"), f=(f, "usd"), M=(M, "usd"), two=(F(2), "n"))
    steps = [st("c1", "mul", ["wd", "two"], "n", "Commute rides", "count the workday rides", "rides"),
             st("R", "add", ["c1", "e"], "n", "All rides", "add the weekend rides", "rides"),
             st("C", "mul", ["R", "f"], "usd", "Pay-per-ride cost", "multiply by the fare"),
             st("S", "sub", ["C", "M"], "usd", "Savings", "subtract the pass price")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="S",
                answer=f"The pass saves {nm} {{v}} this month.")


# 12 --------------------------------------------------------------
def revenue(r, si, qi):
    n = r.randint(24, 96)
    p = r.randint(18, 64)
    f = F(r.choice([125, 150, 175, 200, 225, 250, 275]), 100)
    route = r.choice(ROUTES)
    setups = [
        f"{route} runs {n} trips on a weekday, and each trip carries an average of {p} paying riders. The fare is {money(f)}.",
        f"Ridership report: {n} weekday trips on {route}, average {p} fare-paying boardings per trip, base fare {money(f)}.",
        f"A transit analyst notes that {route} makes {n} runs a day with about {p} paying passengers per run, each paying {money(f)}.",
    ]
    qs = ["How much fare revenue does the route collect on a weekday?", "What is the daily fare revenue?",
          "How many dollars in fares does the route take in per weekday?"]
    g = dict(n=(F(n), "n"), p=(F(p), "n"), f=(f, "usd"))
    steps = [st("R", "mul", ["n", "p"], "n", "Riders per day", "find the paying riders per day", "riders"),
             st("V", "mul", ["R", "f"], "usd", "Revenue", "multiply by the fare")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="V",
                answer="The route collects {v} in fares per weekday.")


# 13 --------------------------------------------------------------
def service_trips(r, si, qi):
    while True:
        h = r.choice([10, 12, 15, 20, 30])
        a = r.choice(range(4 * 60 + 30, 7 * 60, 10))
        b = r.choice(range(21 * 60, 24 * 60, 10))
        if (b - a) % h == 0:
            break
    line = r.choice(LINES)
    setups = [
        f"{line.capitalize() if line.startswith('the') else line} runs from {clock(a, '24h')} to {clock(b, '24h')}, with a train every {h} minutes and the last train leaving exactly at {clock(b, '24h')}.",
        f"Timetable (24-hour clock): first train {clock(a, '24h')}, last train {clock(b, '24h')}, frequency every {h} min.",
        f"Trains leave the terminus every {h} minutes between {clock(a, '24h')} and {clock(b, '24h')} inclusive.",
    ]
    qs = ["How many trains leave the terminus in a day?", "How many departures are there in one direction per day?",
          "How many trips does the timetable have from that terminus?"]
    g = dict(a=(F(a), "time"), b=(F(b), "time"), h=(F(h), "min"), one=(F(1), "n"))
    steps = [st("sp", "tdiff", ["b", "a"], "min", "Service span", "find the length of the service day", "minutes"),
             st("iv", "div", ["sp", "h"], "n", "Intervals", "divide by the headway", "intervals"),
             st("tr", "add", ["iv", "one"], "n", "Trains", "add one for the first train", "trains")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="tr",
                answer="{v} trains leave the terminus each day.", clock="24h")


# 14 --------------------------------------------------------------
def ten_ride(r, si, qi):
    nm, pr, ps = person(r)
    f = F(r.choice([250, 275, 300, 325, 350, 400]), 100)
    c = f * 10 - F(r.randint(2, 12) * 10 + r.choice([0, 5]), 10)
    c = F(int(c * 10), 10)
    n = r.choice([20, 30, 40, 50, 60, 80])
    setups = [
        f"A single ticket on {r.choice(LINES)} costs {money(f)}. A 10-ride card costs {money(c)}. {nm} rides {n} times over the term.",
        f"{nm} can pay {money(f)} per trip or buy 10-trip carnets at {money(c)} each. {pr.capitalize()} will make {n} trips.",
        f"Fare table: single {money(f)}, 10-ride ticket {money(c)}. {nm} needs {n} rides.",
    ]
    qs = [f"How much does {nm} save in total by using 10-ride cards?", f"How much money does {pr} save on {n} rides with the 10-ride cards?",
          "What is the total saving compared with single tickets?"]
    g = dict(f=(f, "usd"), c=(c, "usd"), n=(F(n), "n"), ten=(F(10), "n"))
    steps = [st("pr", "div", ["c", "ten"], "usd", "Cost per ride on the card", "divide the card price by 10"),
             st("sv", "sub", ["f", "pr"], "usd", "Saving per ride", "compare with a single ticket"),
             st("T", "mul", ["sv", "n"], "usd", "Total saving", "multiply by the number of rides")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="T",
                answer=f"{nm} saves {{v}} in total.")


# 15 --------------------------------------------------------------
def family_fare(r, si, qi):
    nm, pr, ps = person(r)
    while True:
        f = F(r.choice([210, 230, 250, 270, 290, 310, 330, 350]), 100)
        a = r.randint(1, 3)
        k = r.randint(2, 5)
        bill = r.choice([20, 20, 30, 40])
        tot = a * f + k * f / 2
        if tot < bill:
            break
    setups = [
        f"Adult fare on {r.choice(ROUTES)} is {money(f)} and children ride for half fare. {nm} boards with {a} adult(s) (counting {ps}self) and {k} children.".replace(ps + "self", "herself" if pr == "she" else "himself"),
        f"{nm}'s group is {a} adult(s) and {k} kids. Fares: adult {money(f)}, child half price.",
        f"A family of {a} adult(s) and {k} children buys single tickets. Adults pay {money(f)}; a child ticket is half the adult fare.",
    ]
    qs = [f"They pay with a ${bill} bill. How much change do they get?", f"If they hand over ${bill}, what is the change?",
          f"How much is left from ${bill} after buying the tickets?"]
    g = dict(f=(f, "usd"), a=(F(a), "n"), k=(F(k), "n"), two=(F(2), "n"), bill=(F(bill), "usd"))
    steps = [st("cf", "div", ["f", "two"], "usd", "Child fare", "halve the adult fare"),
             st("A", "mul", ["a", "f"], "usd", "Adult tickets", "price the adult tickets"),
             st("K", "mul", ["k", "cf"], "usd", "Child tickets", "price the child tickets"),
             st("TT", "add", ["A", "K"], "usd", "Total fare", "add them"),
             st("ch", "sub", ["bill", "TT"], "usd", "Change", "subtract from the bill")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="ch",
                answer="The change is {v}.")


# 16 --------------------------------------------------------------
def transfer_window(r, si, qi):
    nm, pr, ps = person(r)
    V = r.choice([60, 75, 90, 120])
    ride = r.randint(15, V - 25)
    w = r.randint(3, min(20, V - ride - 2))
    t1 = r.choice(range(7 * 60, 18 * 60, 1))
    setups = [
        f"A transfer on {r.choice(AGENCIES)} is valid for {V} minutes from the first tap. {nm} taps on at {clock(t1)}, rides {ride} minutes, then waits {w} minutes for the connecting bus.",
        f"Transfer rule: free transfers within {V} min of the first boarding. {nm}'s first boarding is {clock(t1)}; the first ride lasts {ride} min and the wait for the connection is {w} min.",
        f"{nm} starts a trip at {clock(t1)} with a {V}-minute transfer window. First leg: {ride} minutes. Wait at the transfer stop: {w} minutes.",
    ]
    qs = ["How many minutes are left on the transfer when the second bus is boarded?",
          f"When {pr} boards the connecting bus, how many minutes of the transfer window remain?",
          "How much of the transfer window (in minutes) is still unused at the second boarding?"]
    g = dict(V=(F(V), "min"), ride=(F(ride), "min"), w=(F(w), "min"), t1=(F(t1), "time"))
    steps = [st("gap", "add", ["ride", "w"], "min", "Time used", "add the ride and the wait", "minutes"),
             st("t2", "tadd", ["t1", "gap"], "time", "Second boarding", "so the second boarding is at"),
             st("left", "sub", ["V", "gap"], "min", "Time left", "subtract from the window", "minutes")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="left",
                answer="{v} minutes are left on the transfer.")


# 17 --------------------------------------------------------------
def commute_hours(r, si, qi):
    nm, pr, ps = person(r)
    m = r.choice(range(18, 96, 3))
    d = r.choice([4, 5, 5])
    setups = [
        f"{nm}'s bus ride to work takes {m} minutes each way, and {pr} commutes {d} days a week.",
        f"One-way commute by {r.choice(LINES)}: {m} min. {nm} goes in {d} days a week and rides home the same way.",
        f"{nm} spends {m} minutes on transit going to the office and {m} minutes coming back, {d} days each week.",
    ]
    qs = ["How many hours a week does the commute take?", "How many hours per week is that on transit?",
          f"How many hours does {nm} spend riding each week?"]
    g = dict(m=(F(m), "min"), d=(F(d), "n"), two=(F(2), "n"), sixty=(F(60), "n"))
    steps = [st("pd", "mul", ["m", "two"], "min", "Minutes per day", "double for the round trip", "minutes"),
             st("pw", "mul", ["pd", "d"], "min", "Minutes per week", "multiply by the days", "minutes"),
             st("hw", "div", ["pw", "sixty"], "h", "Hours per week", "convert to hours", "hours")]
    return dict(problem=pick(setups, si) + " " + pick(qs, qi), given=g, steps=steps, final="hw",
                answer=f"{nm} spends {{v}} hours a week commuting.")


# 18 --------------------------------------------------------------
def avg_ridership(r, si, qi):
    base = r.randint(800, 6000)
    xs = [base + r.randint(-400, 400) for _ in range(5)]
    route = r.choice(ROUTES + LINES)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    tab = "\n".join(f"| {dd} | {format(x, ',')} |" for dd, x in zip(days, xs))
    setups = [
        f"Boardings on {route} last week were " + ", ".join(format(x, ",") for x in xs[:4]) + f" and {format(xs[4], ',')} (Monday to Friday).",
        f"Weekday ridership for {route}:\n\n| Day | Boardings |\n|---|---|\n{tab}",
        f"The daily counts for {route} from Monday through Friday were {'; '.join(format(x, ',') for x in xs)}.",
    ]
    qs = ["What was the average weekday ridership?", "What is the mean number of boardings per weekday?",
          "Find the average daily boardings for the week."]
    g = {"x%d" % i: (F(x), "n") for i, x in enumerate(xs)}
    g["five"] = (F(5), "n")
    steps = [st("S", "add", ["x%d" % i for i in range(5)], "n", "Total boardings", "add the five days", "boardings"),
             st("A", "div", ["S", "five"], "d", "Average", "divide by 5", "boardings per day")]
    return dict(problem=pick(setups, si) + ("\n\n" if si == 1 else " ") + pick(qs, qi), given=g, steps=steps,
                final="A", answer="The average was {v} boardings per weekday.")


STRUCTS = [weekly_pass, breakeven, running_count, buses_needed, standing, departures, wait_time,
           avg_speed, arrive_early, fleet, monthly_compare, revenue, service_trips, ten_ride,
           family_fare, transfer_window, commute_hours, avg_ridership]
