"""Problem structures for the running / cycling / fitness genre.

Each kind has: params(rng) -> dict, texts: list of problem bodies (format with params),
compute(c, p) -> builds steps on Calc c (last step is the final answer),
answer: sentence template for the final restatement ({v} = shown final value).
"""
from fractions import Fraction as F

NAMES = ["Maya", "Jordan", "Priya", "Luis", "Hannah", "Omar", "Chloe", "Marcus", "Aiko", "Ben",
         "Sofia", "Tariq", "Elena", "Kwame", "Grace", "Dev"]


def mmss(sec):
    sec = int(sec)
    return "%d:%02d" % (sec // 60, sec % 60)


def min_sec_words(sec):
    sec = int(sec)
    m, s = divmod(sec, 60)
    if s == 0:
        return "%d min" % m
    return "%d min %d s" % (m, s)


def hm_words(minutes):
    minutes = int(minutes)
    h, m = divmod(minutes, 60)
    if h == 0:
        return "%d min" % m
    if m == 0:
        return "%d h" % h
    return "%d h %d min" % (h, m)


KINDS = []


def kind(name, texts, answer):
    def deco(cls):
        cls.name = name
        cls.texts = texts
        cls.answer = answer
        KINDS.append(cls)
        return cls
    return deco


def is_int(x):
    return F(x).denominator == 1


# ---------------------------------------------------------------- 1
@kind("pace-hm", [
    "{name} finished a {D} km race in {H} hour {M} minutes. What was {pos} average pace in seconds per kilometre?",
    "{name}'s watch shows {D} km done in {H}:{M:02d}:00. How many seconds per km is that on average?",
], "{name}'s average pace was {v} seconds per km")
class PaceHM:
    @staticmethod
    def params(r):
        while True:
            D = r.choice([8, 10, 12, 15, 16, 18, 20])
            pace = r.randrange(300, 420, 3)
            T = D * pace
            if T % 60 == 0 and 3600 < T < 7200:
                return dict(D=D, H=T // 3600, M=(T % 3600) // 60)

    @staticmethod
    def compute(c, p):
        t = c.step("Total time in minutes", [c.n(p["H"]), "*", c.n(60), "+", c.n(p["M"])], unit="min")
        s = c.step("Total time in seconds", [t, "*", c.n(60)], unit="s")
        c.step("Average pace", [s, "/", c.n(p["D"], "km")], unit="s per km",
               note=lambda v: "(that is %s per km)" % mmss(v) if is_int(v) else None)


# ---------------------------------------------------------------- 2
@kind("finish-time", [
    "{name} plans to hold a pace of {PM}:{PS:02d} per kilometre for a {D} km run. How many minutes will the run take?",
    "If {name} runs {D} km at {PM} min {PS} s per km, how long does the run take in minutes?",
], "the run takes {v} minutes")
class FinishTime:
    @staticmethod
    def params(r):
        while True:
            PM = r.randint(4, 7)
            PS = r.choice([0, 6, 12, 15, 18, 24, 30, 36, 42, 45, 48, 54])
            D = r.choice([5, 6, 8, 10, 12, 14, 15, 21])
            if (PM * 60 + PS) * D % 6 == 0:
                return dict(PM=PM, PS=PS, D=D)

    @staticmethod
    def compute(c, p):
        s = c.step("Pace in seconds", [c.n(p["PM"]), "*", c.n(60), "+", c.n(p["PS"])], unit="s per km")
        t = c.step("Total seconds", [s, "*", c.n(p["D"])], unit="s")
        c.step("Convert to minutes", [t, "/", c.n(60)], dec=1, unit="min",
               note=lambda v: "(%s)" % hm_words(v) if is_int(v) and v >= 60 else None)


# ---------------------------------------------------------------- 3
@kind("splits-avg", [
    "{name}'s kilometre splits were {splits}. What was the average split in seconds?",
    "During a {n} km tempo run {name} recorded these splits: {splits}. Find the mean time per km in seconds.",
], "the average split is {v} seconds")
class SplitsAvg:
    @staticmethod
    def params(r):
        n = r.choice([3, 4, 5])
        base = r.randrange(270, 360)
        sp = [base + r.randint(-14, 14) for _ in range(n)]
        return dict(n=n, sp=sp, splits=", ".join(mmss(x) for x in sp))

    @staticmethod
    def compute(c, p):
        secs = []
        for i, x in enumerate(p["sp"]):
            secs.append(c.step("Split %d (%s)" % (i + 1, mmss(x)),
                               [c.n(x // 60), "*", c.n(60), "+", c.n(x % 60)], unit="s"))
        expr = []
        for i, s in enumerate(secs):
            if i:
                expr.append("+")
            expr.append(s)
        tot = c.step("Total time", expr, unit="s")
        c.step("Average split", [tot, "/", c.n(p["n"])], dec=1, unit="s")


# ---------------------------------------------------------------- 4
@kind("kcal-week", [
    "{name} burns about {R} kcal per minute on the spin bike. {pro} rides {M} minutes per session, {S} sessions a week. How many kcal does {pro_l} burn in a week?",
    "A fitness tracker estimates {R} calories per minute for {name}'s rowing workouts. Each workout lasts {M} minutes and {pro_l} does {S} per week. Total weekly calories?",
], "{name} burns {v} kcal per week")
class KcalWeek:
    @staticmethod
    def params(r):
        return dict(R=r.choice([F(x, 10) for x in range(65, 135, 5)]), M=r.choice([30, 35, 40, 45, 50, 60]),
                    S=r.randint(3, 6))

    @staticmethod
    def compute(c, p):
        a = c.step("Calories per session", [c.n(p["R"], "kcal/min"), "*", c.n(p["M"], "min")], dec=1, unit="kcal")
        c.step("Calories per week", [a, "*", c.n(p["S"])], dec=1, unit="kcal")


# ---------------------------------------------------------------- 5
@kind("steps-goal", [
    "{name}'s step counts this week were {days}. {pos_c} goal is {G} steps a day. By how many steps is {pro_l} above (+) or below (-) {pos} weekly goal?",
    "Step tracker, 7 days: {days}. Daily target: {G} steps. What is the week's total minus the weekly target?",
], "the difference from the weekly goal is {v} steps")
class StepsGoal:
    @staticmethod
    def params(r):
        G = r.choice([7000, 8000, 9000, 10000])
        d = [r.randrange(G - 3500, G + 3000, 10) for _ in range(7)]
        return dict(G=G, d=d, days=", ".join("{:,}".format(x) for x in d))

    @staticmethod
    def compute(c, p):
        expr = []
        for i, x in enumerate(p["d"]):
            if i:
                expr.append("+")
            expr.append(c.n(x))
        t = c.step("Weekly total", expr, unit="steps")
        g = c.step("Weekly goal", [c.n(p["G"]), "*", c.n(7)], unit="steps")
        c.step("Difference", [t, "-", g], unit="steps")


# ---------------------------------------------------------------- 6
@kind("stride-dist", [
    "{name}'s stride length is {L} cm. Today {pro_l} took {N} steps. How many kilometres did {pro_l} walk? Round to two decimals.",
    "With an average step length of {L} cm, how far in km is {N} steps? Give the answer to 2 decimal places.",
], "that is about {v} km")
class StrideDist:
    @staticmethod
    def params(r):
        return dict(L=r.randint(62, 82), N=r.randrange(6000, 16000, 1))

    @staticmethod
    def compute(c, p):
        a = c.step("Distance in cm", [c.n(p["N"]), "*", c.n(p["L"], "cm")], unit="cm")
        b = c.step("Distance in metres", [a, "/", c.n(100)], dec=2, unit="m")
        c.step("Distance in km", [b, "/", c.n(1000)], dec=2, unit="km")


# ---------------------------------------------------------------- 7
@kind("hr-zone", [
    "{name} is {A} years old. Using max HR = 220 - age, what is the width in bpm of {pos} zone from {lo}% to {hi}% of max HR?",
    "For a {A}-year-old athlete, estimate max heart rate as 220 minus age. How many beats per minute wide is the {lo}-{hi}% zone?",
], "the zone is {v} bpm wide")
class HRZone:
    @staticmethod
    def params(r):
        lo = r.choice([50, 60, 70, 80])
        return dict(A=r.randint(19, 62), lo=lo, hi=lo + 10)

    @staticmethod
    def compute(c, p):
        m = c.step("Max heart rate", [c.n(220), "-", c.n(p["A"])], unit="bpm")
        a = c.step("Lower bound", [c.pct(p["lo"]), "of", m], dec=1, unit="bpm")
        b = c.step("Upper bound", [c.pct(p["hi"]), "of", m], dec=1, unit="bpm")
        c.step("Zone width", [b, "-", a], dec=1, unit="bpm")


# ---------------------------------------------------------------- 8
@kind("karvonen", [
    "{name} is {A} with a resting heart rate of {RH} bpm. Using the Karvonen method (max HR = 220 - age), what is {pos} target heart rate at {I}% intensity?",
    "Karvonen formula: target = (HRmax - HRrest) x intensity + HRrest, with HRmax = 220 - age. Age {A}, resting HR {RH} bpm, intensity {I}%. Find the target HR.",
], "the target heart rate is {v} bpm")
class Karvonen:
    @staticmethod
    def params(r):
        return dict(A=r.randint(20, 60), RH=r.randint(48, 75), I=r.choice([55, 60, 65, 70, 75, 80, 85]))

    @staticmethod
    def compute(c, p):
        m = c.step("Max HR", [c.n(220), "-", c.n(p["A"])], unit="bpm")
        h = c.step("Heart rate reserve", [m, "-", c.n(p["RH"])], unit="bpm")
        x = c.step("Reserve times intensity", [h, "*", c.n(F(p["I"], 100))], dec=2, unit="bpm")
        c.step("Target HR", [x, "+", c.n(p["RH"])], dec=2, unit="bpm")


# ---------------------------------------------------------------- 9
@kind("bike-speed", [
    "{name} cycled {D} km in {H} h {M} min. What was {pos} average speed in km/h?",
    "A Strava ride shows {D} km with a moving time of {H} hour(s) {M} minutes. Average speed in km/h (one decimal)?",
], "the average speed is {v} km/h")
class BikeSpeed:
    @staticmethod
    def params(r):
        H = r.randint(1, 3)
        M = r.choice([6, 12, 15, 18, 24, 30, 36, 42, 45, 48, 54])
        D = r.randrange(20, 95) + r.choice([0, F(1, 2)])
        return dict(H=H, M=M, D=D)

    @staticmethod
    def compute(c, p):
        m = c.step("Time in minutes", [c.n(p["H"]), "*", c.n(60), "+", c.n(p["M"])], unit="min")
        h = c.step("Time in hours", [m, "/", c.n(60)], dec=2, unit="h")
        c.step("Average speed", [c.n(p["D"], "km"), "/", h], dec=1, unit="km/h")


# ---------------------------------------------------------------- 10
@kind("plan-linear", [
    "{name}'s training plan starts at {W} km in week 1 and adds {A} km every week. What is the total distance over the {N}-week plan?",
    "A {N}-week base-building plan: week 1 is {W} km and each week adds {A} km. How many km in total?",
], "the plan totals {v} km")
class PlanLinear:
    @staticmethod
    def params(r):
        return dict(W=r.randint(12, 35), A=r.choice([2, 3, 4, 5]), N=r.choice([6, 8, 10, 12]))

    @staticmethod
    def compute(c, p):
        a = c.step("Added by the last week", [c.n(p["N"] - 1), "*", c.n(p["A"])], unit="km")
        l = c.step("Final week distance", [c.n(p["W"]), "+", a], unit="km")
        c.step("Total distance", ["(", c.n(p["W"]), "+", l, ")", "*", c.n(p["N"]), "/", c.n(2)], dec=1, unit="km")


# ---------------------------------------------------------------- 11
@kind("plan-10pct", [
    "{name} runs {W} km this week and follows the 10% rule, raising weekly mileage by 10% each week. Rounding to one decimal each week, what is the mileage in week 4?",
    "Week 1 volume is {W} km. Each following week is 10% more (round to 0.1 km each week). What is week 4's volume?",
], "week 4 is {v} km")
class Plan10:
    @staticmethod
    def params(r):
        return dict(W=r.choice([18, 22, 24, 27, 30, 32, 35, 38, 41, 45]) + r.choice([0, F(1, 2)]))

    @staticmethod
    def compute(c, p):
        w = c.n(p["W"])
        for k in (2, 3, 4):
            w = c.step("Week %d" % k, [w, "*", c.n(F(11, 10))], dec=1, unit="km")


# ---------------------------------------------------------------- 12
@kind("mile-pace", [
    "{name} ran {Mi} miles in {T} minutes. Using 1 mile = 1.609 km, what was {pos} pace in minutes per km, to two decimals?",
    "A {Mi}-mile run took {T} min. Convert to km (1 mi = 1.609 km) and give the pace in min/km rounded to 2 decimals.",
], "the pace is about {v} min per km")
class MilePace:
    @staticmethod
    def params(r):
        Mi = r.choice([3, 4, 5, 6, 7, 8, 10, 13])
        return dict(Mi=Mi, T=Mi * r.randint(7, 11) + r.randint(0, 9))

    @staticmethod
    def compute(c, p):
        k = c.step("Distance in km", [c.n(p["Mi"]), "*", c.n(F(1609, 1000))], dec=3, unit="km")
        c.step("Pace", [c.n(p["T"], "min"), "/", k], dec=2, unit="min per km")


# ---------------------------------------------------------------- 13
@kind("interval-total", [
    "{name}'s workout: {Wu} km warm-up, {R} x {L} m repeats with {J} m jog recoveries between them, then a {Cd} km cool-down. How many km in total?",
    "Track session: warm up {Wu} km, then {R} x {L} m with a {J} m recovery jog between reps, cool down {Cd} km. Total distance in km?",
], "the whole session is {v} km")
class IntervalTotal:
    @staticmethod
    def params(r):
        return dict(Wu=r.choice([F(3, 2), 2, F(5, 2), 3]), R=r.randint(4, 12), L=r.choice([200, 400, 600, 800, 1000]),
                    J=r.choice([100, 200, 400]), Cd=r.choice([1, F(3, 2), 2]))

    @staticmethod
    def compute(c, p):
        a = c.step("Repeats", [c.n(p["R"]), "*", c.n(p["L"], "m")], unit="m")
        b = c.step("Recovery jogs", [c.n(p["R"] - 1), "*", c.n(p["J"], "m")], unit="m")
        m = c.step("Interval block", [a, "+", b], unit="m")
        k = c.step("Interval block in km", [m, "/", c.n(1000)], dec=1, unit="km")
        c.step("Total", [c.n(p["Wu"]), "+", k, "+", c.n(p["Cd"])], dec=1, unit="km")


# ---------------------------------------------------------------- 14
@kind("deficit-weeks", [
    "{name} burns {B} kcal per workout and works out {S} times a week. If 1 lb of fat is about 3,500 kcal, how many weeks to burn the equivalent of {L} lb? Round to one decimal.",
    "Workouts burn {B} calories each, {S} workouts per week. Using 3,500 kcal per pound, how many weeks (1 decimal) to burn {L} pounds' worth?",
], "it takes about {v} weeks")
class DeficitWeeks:
    @staticmethod
    def params(r):
        return dict(B=r.randrange(250, 750, 10), S=r.randint(3, 6), L=r.randint(2, 10))

    @staticmethod
    def compute(c, p):
        w = c.step("Calories per week", [c.n(p["B"]), "*", c.n(p["S"])], unit="kcal")
        t = c.step("Calories needed", [c.n(p["L"]), "*", c.n(3500)], unit="kcal")
        c.step("Weeks", [t, "/", w], dec=1, unit="weeks")


# ---------------------------------------------------------------- 15
@kind("cadence", [
    "{name} runs at a cadence of {C} steps per minute for {M} minutes and covers {D} km. How many steps does {pro_l} take per km?",
    "Cadence {C} spm, run time {M} min, distance {D} km. Steps per kilometre?",
], "that is {v} steps per km")
class Cadence:
    @staticmethod
    def params(r):
        while True:
            C = r.randrange(156, 186, 2)
            M = r.choice([20, 25, 30, 35, 40, 45, 50, 60])
            D = r.choice([4, 5, 6, 8, 10]) + r.choice([0, F(1, 2)])
            if 4 <= D / M * 60 <= 15:
                return dict(C=C, M=M, D=D)

    @staticmethod
    def compute(c, p):
        s = c.step("Total steps", [c.n(p["C"]), "*", c.n(p["M"], "min")], unit="steps")
        c.step("Steps per km", [s, "/", c.n(p["D"], "km")], dec=1, unit="steps per km")


# ---------------------------------------------------------------- 16
@kind("two-seg-speed", [
    "{name} rides {D1} km at {S1} km/h and then {D2} km at {S2} km/h. What is the average speed for the whole ride in km/h?",
    "Bike ride: first leg {D1} km at {S1} km/h, second leg {D2} km at {S2} km/h. Overall average speed (km/h, 1 decimal)?",
], "the overall average speed is about {v} km/h")
class TwoSeg:
    @staticmethod
    def params(r):
        t1 = r.choice([F(1, 2), F(3, 4), 1, F(5, 4), F(3, 2), 2])
        t2 = r.choice([F(1, 4), F(1, 2), F(3, 4), 1, F(3, 2)])
        S1 = r.randrange(16, 34, 2)
        S2 = r.randrange(12, 32, 4)
        return dict(D1=S1 * t1, S1=S1, D2=S2 * t2, S2=S2)

    @staticmethod
    def compute(c, p):
        a = c.step("Time for leg 1", [c.n(p["D1"], "km"), "/", c.n(p["S1"], "km/h")], dec=2, unit="h")
        b = c.step("Time for leg 2", [c.n(p["D2"], "km"), "/", c.n(p["S2"], "km/h")], dec=2, unit="h")
        d = c.step("Total distance", [c.n(p["D1"]), "+", c.n(p["D2"])], dec=1, unit="km")
        t = c.step("Total time", [a, "+", b], dec=2, unit="h")
        c.step("Average speed", [d, "/", t], dec=1, unit="km/h")


# ---------------------------------------------------------------- 17
@kind("month-goal", [
    "{name} wants to run {G} km this month. So far {pro_l} has logged runs of {runs} km. With {Dl} days left, how many km per day does {pro_l} need? Round to two decimals.",
    "Monthly goal {G} km. Logged so far: {runs} km. Days remaining: {Dl}. Required km per day (2 decimals)?",
], "{name} needs about {v} km per day")
class MonthGoal:
    @staticmethod
    def params(r):
        G = r.choice([80, 100, 120, 150, 160, 200])
        runs = [r.randint(5, 16) + r.choice([0, F(1, 2), F(1, 5), F(4, 5)]) for _ in range(4)]
        return dict(G=G, rl=runs, Dl=r.randint(7, 20),
                    runs=", ".join(str(float(x)).rstrip("0").rstrip(".") for x in runs))

    @staticmethod
    def compute(c, p):
        e = []
        for i, x in enumerate(p["rl"]):
            if i:
                e.append("+")
            e.append(c.n(x))
        s = c.step("Logged so far", e, dec=1, unit="km")
        rem = c.step("Remaining", [c.n(p["G"]), "-", s], dec=1, unit="km")
        c.step("Per day", [rem, "/", c.n(p["Dl"], "days")], dec=2, unit="km per day")


# ---------------------------------------------------------------- 18
@kind("treadmill", [
    "{name} jogs on a treadmill at {V} km/h for {M} minutes, {S} times a week. How many km is that per week?",
    "Treadmill setting {V} km/h, {M}-minute sessions, {S} sessions weekly. Weekly distance in km?",
], "that is {v} km per week")
class Treadmill:
    @staticmethod
    def params(r):
        while True:
            V = r.choice([F(x, 2) for x in range(14, 27)])
            M = r.choice([20, 24, 30, 36, 40, 45, 48, 50, 60])
            if (V * M / 60 * 10).denominator == 1:
                return dict(V=V, M=M, S=r.randint(2, 6))

    @staticmethod
    def compute(c, p):
        h = c.step("Session length in hours", [c.n(p["M"]), "/", c.n(60)], dec=2, unit="h")
        d = c.step("Distance per session", [c.n(p["V"], "km/h"), "*", h], dec=2, unit="km")
        c.step("Weekly distance", [d, "*", c.n(p["S"])], dec=2, unit="km")


# ---------------------------------------------------------------- 19
@kind("extra-beats", [
    "During a {M}-minute run {name}'s average heart rate was {H} bpm; {pos} resting rate is {RH} bpm. How many extra heartbeats did the run cost compared with resting?",
    "Average HR {H} bpm over a {M} min workout, resting HR {RH} bpm. How many more beats than at rest?",
], "the run took {v} extra beats")
class ExtraBeats:
    @staticmethod
    def params(r):
        return dict(M=r.choice([25, 30, 40, 45, 50, 60, 75, 90]), H=r.randint(128, 172), RH=r.randint(48, 72))

    @staticmethod
    def compute(c, p):
        w = c.step("Beats during the run", [c.n(p["H"], "bpm"), "*", c.n(p["M"], "min")], unit="beats")
        r = c.step("Beats at rest", [c.n(p["RH"], "bpm"), "*", c.n(p["M"], "min")], unit="beats")
        c.step("Extra beats", [w, "-", r], unit="beats")


# ---------------------------------------------------------------- 20
@kind("track-laps", [
    "On a 400 m track, {name} has run {N} laps. {pro} wants {K} km in total. How many more laps are needed?",
    "{name} is doing {K} km on a 400 m track and has finished {N} laps. Laps remaining?",
], "{v} more laps are needed")
class TrackLaps:
    @staticmethod
    def params(r):
        K = r.choice([5, 6, 8, 10, 12])
        return dict(K=K, N=r.randint(3, K * 5 // 2 - 2))

    @staticmethod
    def compute(c, p):
        m = c.step("Distance so far", [c.n(p["N"]), "*", c.n(400, "m")], unit="m")
        g = c.step("Goal in metres", [c.n(p["K"]), "*", c.n(1000)], unit="m")
        rem = c.step("Remaining", [g, "-", m], unit="m")
        c.step("Laps left", [rem, "/", c.n(400, "m")], dec=1, unit="laps")


# ---------------------------------------------------------------- 21
@kind("bike-kj", [
    "{name} rode for {M} minutes at an average power of {W} watts. How many kilojoules of work is that?",
    "A power meter shows {W} W average over {M} min. Total work in kJ?",
], "the ride was {v} kJ of work")
class BikeKJ:
    @staticmethod
    def params(r):
        return dict(M=r.choice([30, 45, 60, 75, 90, 100, 120]), W=r.randrange(130, 290, 5))

    @staticmethod
    def compute(c, p):
        s = c.step("Time in seconds", [c.n(p["M"]), "*", c.n(60)], unit="s")
        j = c.step("Work in joules", [c.n(p["W"], "W"), "*", s], unit="J")
        c.step("Work in kJ", [j, "/", c.n(1000)], dec=1, unit="kJ",
               note=lambda v: "(roughly the same number of kcal burned)")


# ---------------------------------------------------------------- 22
@kind("gym-cost", [
    "{name}'s gym membership is ${fee} a month. {pro} goes {V} times a week. With 4 weeks in the month, what does each visit cost, to the nearest cent?",
    "A running club costs ${fee} per month and {name} attends {V} sessions a week (count 4 weeks). Cost per session in dollars?",
], "each visit costs about ${v}")
class GymCost:
    @staticmethod
    def params(r):
        return dict(fee=r.choice(["29.99", "34.50", "39.99", "45", "49.99", "59", "64.99", "79.95"]), V=r.randint(2, 5))

    @staticmethod
    def compute(c, p):
        v = c.step("Visits per month", [c.n(p["V"]), "*", c.n(4)], unit="visits")
        c.step("Cost per visit", [c.n(F(p["fee"]), "$"), "/", v], dec=2, unit="$")
