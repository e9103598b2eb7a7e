"""Problem kinds: averages, weighted averages, mixtures and sports statistics.

Each kind has contexts (wording + nouns), a number generator and a solver that writes
the solution through a core.Builder.  Solvers only use values returned by the builder,
so a faulty result written in a 'carry' run flows into every later step.
"""
from fractions import Fraction as F
from core import N, V, O, S, M, D, Sub, Shown, cap


class _PT:
    latex = False
    commas = True
    minus = "-"


PT = _PT()


def t(v, fmt="auto"):
    return Shown(v, fmt, PT).text()


def lst(vals, fmt="auto", oxford=True):
    xs = [t(v, fmt) for v in vals]
    if len(xs) == 2:
        return xs[0] + " and " + xs[1]
    return ", ".join(xs[:-1]) + ("," if oxford else "") + " and " + xs[-1]


NAMES = [("Maya", "f"), ("Jordan", "m"), ("Priya", "f"), ("Liam", "m"), ("Sofia", "f"),
         ("Marcus", "m"), ("Chloe", "f"), ("Mateo", "m"), ("Hannah", "f"), ("Tariq", "m"),
         ("Emma", "f"), ("Noah", "m"), ("Keiko", "f"), ("Diego", "m"), ("Zoe", "f"),
         ("Ravi", "m"), ("Olivia", "f"), ("Ethan", "m"), ("Amara", "f"), ("Kofi", "m"),
         ("Lucia", "f"), ("Owen", "m"), ("Nadia", "f"), ("Samir", "m")]
TEAMS = ["Rockets", "Falcons", "Tigers", "Hornets", "Wolves", "Comets", "Mustangs", "Sharks",
         "Lions", "Panthers", "Eagles", "Bulldogs"]
CITIES = ["Denver", "Tucson", "Boise", "Omaha", "Raleigh", "Fresno", "Tulsa", "Madison"]
ORD = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth"]
NW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]


def person(r):
    nm, g = r.choice(NAMES)
    if g == "f":
        return dict(name=nm, sub="she", pos="her", obj="her", Sub="She", Pos="Her")
    return dict(name=nm, sub="he", pos="his", obj="him", Sub="He", Pos="His")


def pick(r, lo, hi, step=1):
    return lo + step * r.randrange((hi - lo) // step + 1)


def fq(v, fmt="auto"):
    return t(v, fmt)


# ======================================================================= 1 mean of a list
MEAN = [
    dict(noun="quiz scores", items="quizzes", item="Quiz", n=(5, 5), lo=62, hi=100, rf="d1", unit="points", col="Score",
         q=["{name} scored {lst} on {pos} last five math quizzes. What is {pos} mean quiz score? Round to the nearest tenth if needed.",
            "Here are {name}'s five quiz scores: {lst}. Find the average score, to one decimal place if necessary."]),
    dict(noun="daily highs", items="days", item="Day", n=(7, 7), lo=58, hi=89, rf="d1", unit="°F", col="High (°F)",
         labels=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
         q=["The daily high temperatures in {city} last week were {lst} degrees Fahrenheit. What was the average daily high, to the nearest tenth of a degree?"]),
    dict(noun="game scores", items="games", item="Game", n=(4, 6), lo=118, hi=236, rf="d1", unit="pins", col="Score",
         q=["{name} bowled {nw} games on Saturday with scores of {lst}. What was {pos} average score per game? Round to the nearest tenth.",
            "Bowling scores for {name} this weekend: {lst}. What's {pos} average per game (nearest tenth)?"]),
    dict(noun="daily step counts", items="days", item="Day", n=(7, 7), lo=4000, hi=14999, rf="d0", unit="steps", col="Steps",
         labels=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
         q=["{name}'s fitness tracker logged {lst} steps over the past seven days. To the nearest whole step, how many steps did {sub} average per day?"]),
    dict(noun="monthly totals", items="months", item="Month", n=(6, 6), lo=12, hi=58, scale=10, rf="d2", unit="inches", col="Rainfall (in)",
         labels=["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
         q=["Monthly rainfall totals for January through June were {lst} inches. What was the mean monthly rainfall, rounded to the nearest hundredth of an inch?"]),
    dict(noun="game totals", items="games", item="Game", n=(6, 8), lo=78, hi=124, rf="d1", unit="points", col="Points", team=True,
         q=["The {team} scored {lst} points in their last {nw} games. What is their scoring average over those games, to the nearest tenth?",
            "A basketball team, the {team}, put up {lst} points in {nw} straight games. Find their points per game, rounded to one decimal place."]),
    dict(noun="round scores", items="rounds", item="Round", n=(4, 4), lo=66, hi=81, rf="d2", unit="strokes", col="Score",
         q=["{name} shot rounds of {lst} at the club championship. What was {pos} scoring average for the tournament?"]),
    dict(noun="daily sales", items="days", item="Day", n=(5, 5), lo=600, hi=1920, scale=4, fmt="money", rf="money", unit="", col="Sales",
         labels=["Mon", "Tue", "Wed", "Thu", "Fri"],
         q=["A food truck took in {lst} over five days. What were its average daily sales, to the nearest cent?"]),
    dict(noun="race times", items="races", item="Race", n=(5, 6), lo=1210, hi=1385, scale=100, rf="d2", unit="seconds", col="Time (s)",
         q=["{name}'s times in the 100-meter dash this season were {lst} seconds. What is {pos} mean time, to the nearest hundredth of a second?"]),
]


def gen_mean(r, c):
    P = person(r)
    n = r.randint(*c["n"])
    sc = c.get("scale", 1)
    vals = [F(r.randint(c["lo"], c["hi"]), sc) for _ in range(n)]
    P.update(vals=vals, city=r.choice(CITIES), team=r.choice(TEAMS), nw=NW[n],
             lst=lst(vals, c.get("fmt", "auto")), sorted_note=r.random() < 0.45, sane=r.random() < 0.4)
    return P


def solve_mean(b, P, c):
    vals, n = P["vals"], len(P["vals"])
    fmt = c.get("fmt", "auto")
    unit = c["unit"] if c["unit"] not in ("°F",) else ""
    b.intro(b.r.choice([
        "To find the mean, add up all %d values and divide by %d." % (n, n),
        "The average (mean) is the sum of the %s divided by how many %s there are." % (c["items"], c["items"]),
        "Mean = (sum of the values) ÷ (number of values).",
    ]))
    if P["sorted_note"]:
        b.say("Sorted from lowest to highest, the values are %s." % ", ".join(b.n(v, fmt) for v in sorted(vals)))
    b.section("Add up the %s" % c["items"])
    labels = c.get("labels") or ["%s %d" % (c["item"], i + 1) for i in range(n)]
    tot = b.sum_table("sum of the %s" % c["noun"], (c["item"] if not c.get("labels") else c["item"], c["col"]),
                      list(zip(labels, vals)), fmt, unit)
    b.section("Divide by the number of %s" % c["items"])
    b.say("There are %s %s." % (NW[n], c["items"]))
    mean = b.calc("mean", D(N(tot, fmt), N(n, "int")), c["rf"], unit, sym=b.tex(r"\bar{x}"), worded=True, rep=True)
    if P["sane"] and min(vals) <= mean <= max(vals):
        b.say("That sits between the lowest value (%s) and the highest (%s), so it's reasonable." %
              (b.n(min(vals), fmt), b.n(max(vals), fmt)))
    b.check(M(N(mean, c["rf"] if c["rf"] == "money" else "auto"), N(n, "int")), tot, fmt)
    u = {"°F": "°F", "": ""}.get(c["unit"], " " + c["unit"])
    return b.final(mean, c["rf"], "The mean is **{a}**%s." % u)


# ======================================================================= 2 missing score
MISS = [
    dict(k=3, lo=70, hi=98, T=(80, 92), need=(70, 100), items="tests", item="test", unit="points",
         q=["{name} scored {lst} on {pos} first three tests. What score does {sub} need on the fourth test to have an average of exactly {T}?",
            "{name} has test scores of {lst}. What must {sub} score on the next test so that {pos} average for all four tests is {T}?"]),
    dict(k=4, lo=64, hi=99, T=(78, 90), need=(65, 100), items="quizzes", item="quiz", unit="points",
         q=["On {pos} first four quizzes {name} earned {lst}. What does {sub} need on the fifth quiz for a quiz average of {T}?"]),
    dict(k=2, lo=140, hi=230, T=(170, 210), need=(120, 290), items="games", item="game", unit="pins",
         q=["In a three-game bowling series, {name} rolled {lst} in the first two games. What does {sub} need in game three to finish with a {T} average?",
            "{name} wants a {T} average for tonight's three-game bowling series. {Sub} bowled {lst} in the first two games. What score does {sub} need in the last game?"]),
    dict(k=4, lo=8, hi=32, T=(15, 24), need=(6, 40), items="games", item="game", unit="points",
         q=["{name} scored {lst} points in {pos} first four games of the tournament. How many points does {sub} need in the fifth game to average {T} points per game?"]),
    dict(k=3, lo=64, hi=136, step=50, T=(90, 110), tstep=50, need=(60, 140), items="months", item="month", unit="",
         fmt="usd", q=["A salesperson's sales for the first three months of the quarter were {lst}. How much must {sub} sell in the fourth month to average {T} per month?"]),
    dict(k=5, lo=72, hi=100, T=(82, 92), need=(70, 100), items="lab reports", item="lab report", unit="points",
         q=["{name}'s first five lab report grades are {lst}. What grade does {sub} need on the sixth lab report to bring {pos} lab average to {T}?"]),
    dict(k=3, lo=68, hi=79, T=(71, 75), need=(64, 80), items="rounds", item="round", unit="strokes",
         q=["After three rounds of a four-round golf tournament, {name} has scores of {lst}. What does {sub} need to shoot in the final round to average {T} strokes per round?"]),
]


def gen_miss(r, c):
    P = person(r)
    st = c.get("step", 1)
    ts = c.get("tstep", 1)
    for _ in range(500):
        vals = [pick(r, c["lo"] * st, c["hi"] * st, st) for _ in range(c["k"])]
        T = pick(r, c["T"][0] * ts, c["T"][1] * ts, ts)
        need = (c["k"] + 1) * T - sum(vals)
        if c["need"][0] * st <= need <= c["need"][1] * st:
            break
    fmt = c.get("fmt", "auto")
    P.update(vals=[F(v) for v in vals], Tv=F(T), lst=lst(vals, fmt), approach=r.random(), k=c["k"])
    P["T"] = t(T, fmt)
    return P


def solve_miss(b, P, c):
    vals, T, k = P["vals"], P["Tv"], P["k"]
    n = k + 1
    fmt = c.get("fmt", "auto")
    U = c["unit"]
    name = P["name"]
    nm = b.st.name
    a = P["approach"]
    if nm in ("gpt_md", "latex_inline", "llama_steps", "prose", "chatty", "bold_labels"):
        mode = "alg" if a < 0.5 else "tot"
    else:
        mode = "one" if a < 0.4 else "tot"
    b.intro(b.r.choice([
        "For an average of %s over %d %s, the %d scores have to add up to %d × %s." % (b.n(T, fmt), n, c["items"], n, n, b.n(T, fmt)),
        "To average %s over %d %s, the scores have to add up to %d times %s." % (b.n(T, fmt), n, c["items"], n, b.n(T, fmt)),
        "We need the %s score that makes the average of all %d %s equal %s." % (ORD[n], n, c["items"], b.n(T, fmt)),
    ]))
    if mode == "alg":
        b.say("Let x be %s's score on the %s %s." % (name, ORD[n], c["item"]), keep=True)
        b.eq(D(S(*[N(v, fmt) for v in vals], V()), N(n, "int")), N(T, fmt))
        b.say("Multiply both sides by %d." % n)
        tn = b.calc("total needed", M(N(n, "int"), N(T, fmt)), fmt, U, lead="The right side becomes")
        b.section("Add the known scores")
        cur = b.sum_table("sum of the first %d %s" % (k, c["items"]), (cap(c["item"]), "Score"),
                          [("%s %d" % (cap(c["item"]), i + 1), v) for i, v in enumerate(vals)], fmt, U)
        b.eq(S(N(cur, fmt), V()), N(tn, fmt))
        x = b.calc("missing score", Sub(N(tn, fmt), N(cur, fmt)), fmt, U, sym="x")
    elif mode == "one":
        b.say("Needed score = %d × %s − (sum of the first %d)." % (n, b.n(T, fmt), k))
        x = b.calc("score needed", Sub(M(N(n, "int"), N(T, fmt)), S(*[N(v, fmt) for v in vals])), fmt, U, chain=True)
    else:
        b.section("Total needed")
        tn = b.calc("total needed for an average of %s" % b.n(T, fmt), M(N(n, "int"), N(T, fmt)), fmt, U, worded=True)
        b.section("Current total")
        cur = b.sum_table("sum of the first %d %s" % (k, c["items"]), (cap(c["item"]), "Score"),
                          [("%s %d" % (cap(c["item"]), i + 1), v) for i, v in enumerate(vals)], fmt, U)
        b.section("Score needed")
        x = b.calc("score needed", Sub(N(tn, fmt), N(cur, fmt)), fmt, U, worded=True)
    b.check(D(S(*[N(v, fmt) for v in vals], N(x, fmt)), N(n, "int")), T, fmt)
    return b.final(x, fmt, "%s needs **{a}** on the %s %s." % (name, ORD[n], c["item"]))


# ======================================================================= 3 new average after adding one
ADD = [
    dict(n=(4, 9), A=(72, 92), s=(60, 100), items="tests", item="test", rf="d2", unit="points",
         q=["{name}'s average on {pos} first {n} tests is {A}. If {sub} scores {s} on the next test, what will {pos} new average be? Round to the nearest hundredth if needed."]),
    dict(n=(6, 12), A=(150, 195), s=(120, 260), items="games", item="game", rf="d1", unit="pins",
         q=["{name} has a {A} average after {n} games of bowling league. {Sub} bowls a {s} in the next game. What is {pos} new average, to the nearest tenth?",
            "A bowler averaging {A} over {n} games rolls {s} in game {n1}. What's the updated average (nearest tenth)?"]),
    dict(n=(8, 15), A=(12, 24), s=(25, 44), items="games", item="game", rf="d1", unit="points",
         q=["{name} is averaging {A} points per game through {n} games. If {sub} scores {s} points tonight, what will {pos} scoring average be? Round to one decimal place."]),
    dict(n=(5, 9), A=(24, 38), s=(45, 72), items="people", item="person", rf="d1", unit="years",
         q=["The mean age of the {n} people in a room is {A}. A {s}-year-old walks in. What is the new mean age, to the nearest tenth of a year?"]),
    dict(n=(4, 6), A=(900, 1600), s=(1200, 2400), step=50, items="days", item="day", rf="money", unit="", fmt="usd",
         q=["A bakery averaged {A} in sales per day over {n} days. On the next day it sold {s}. What is the new daily average, to the nearest cent?"]),
    dict(n=(5, 10), A=(8, 15), s=(16, 24), items="boxes", item="box", rf="d2", unit="kg",
         q=["The average weight of {n} boxes on a truck is {A} kg. A {s} kg box is loaded on. What is the new average weight, to the nearest hundredth of a kilogram?"]),
]


def gen_add(r, c):
    P = person(r)
    st = c.get("step", 1)
    n = r.randint(*c["n"])
    A = pick(r, c["A"][0], c["A"][1], st)
    s = pick(r, c["s"][0], c["s"][1], st)
    fmt = c.get("fmt", "auto")
    P.update(n=n, Av=F(A), sv=F(s), n1=n + 1, chg=r.random() < 0.5)
    P["A"], P["s"] = t(A, fmt), t(s, fmt)
    return P


def solve_add(b, P, c):
    n, A, s = P["n"], P["Av"], P["sv"]
    fmt = c.get("fmt", "auto")
    U = c["unit"]
    b.intro(b.r.choice([
        "An average doesn't change by simple addition — work with the total instead.",
        "Turn the old average back into a total, add the new value, then divide by the new count.",
        "Average × count = total, so start by finding the total so far.",
    ]))
    b.section("Total of the first %d %s" % (n, c["items"]))
    tot = b.calc("total so far", M(N(n, "int"), N(A, fmt)), fmt, U, worded=True)
    b.section("Add the new %s" % c["item"])
    nt = b.calc("new total", S(N(tot, fmt), N(s, fmt)), fmt, U, worded=True)
    b.section("Divide by %d" % (n + 1))
    b.say("Now there are %d + 1 = %d %s." % (n, n + 1, c["items"]))
    na = b.calc("new average", D(N(nt, fmt), N(n + 1, "int")), c["rf"], U, sym=b.tex(r"\bar{x}_{\text{new}}"), rep=True)
    if P["chg"]:
        b.calc("change in the average", Sub(N(na, c["rf"]), N(A, fmt)), c["rf"] if c["rf"] != "money" else "money", U,
               lead="compared with before, the average changed by")
    return b.final(na, c["rf"], "The new average is **{a}**%s." % ((" " + U) if U else ""))


# ======================================================================= 4 value removed
REM = [
    dict(n=(5, 9), A=(18, 40), d=(-4, -1), fmt="auto", what="removed number", unit="",
         q=["The mean of {n} numbers is {A}. When one number is removed, the mean of the remaining {m} numbers is {B}. What number was removed?",
            "{n} numbers have an average of {A}. Take one away and the other {m} average {B}. Which number was taken away?"]),
    dict(n=(5, 6), A=(22, 30), d=(-8, -3), fmt="auto", what="grandmother's age", unit="years",
         q=["The average age of the {n} members of a family is {A}. Without the grandmother, the average age of the other {m} members is {B}. How old is the grandmother?"]),
    dict(n=(7, 7), A=(80, 92), scale=10, d=(-4, -1), fmt="auto", what="highest score", unit="points",
         q=["Seven judges' scores for a dive average {A}. After the highest score is dropped, the remaining six scores average {B}. What was the highest score?"]),
    dict(n=(10, 12), A=(146, 152), scale=2, d=(-3, -1), fmt="auto", what="height of the player who left", unit="inches",
         q=["The {n} players on a basketball roster average {A} inches in height. After one player is traded, the remaining {m} players average {B} inches. How tall was the traded player?"]),
    dict(n=(6, 8), A=(70, 80), d=(-5, -1), fmt="auto", what="slowest lap", unit="seconds",
         q=["{name} ran {n} laps with an average lap time of {A} seconds. Leaving out the slowest lap, the other {m} laps average {B} seconds. How long was the slowest lap?"]),
    dict(n=(20, 30), A=(70, 84), d=(-2, -1), fmt="auto", what="score removed", unit="points",
         q=["A class of {n} students averaged {A} on an exam. One student's exam was thrown out for a scanning error, and the average of the remaining {m} became {B}. What score was thrown out?"]),
]


def gen_rem(r, c):
    P = person(r)
    sc = c.get("scale", 1)
    for _ in range(500):
        n = r.randint(*c["n"])
        A = F(r.randint(*c["A"]), sc)
        B = A + F(r.randint(*c["d"]), sc * (2 if n >= 20 else 1))
        x = n * A - (n - 1) * B
        if x > 0 and x.denominator <= sc and term_ok(x):
            break
    P.update(n=n, m=n - 1, Av=A, Bv=B, x=x, alg=r.random() < 0.4)
    P["A"], P["B"] = t(A), t(B)
    return P


def term_ok4(v):
    v = F(v)
    return any((v * 10 ** d).denominator == 1 for d in range(5))


def term_ok(v):
    v = F(v)
    for d in range(4):
        if (v * 10 ** d).denominator == 1:
            return True
    return False


def solve_rem(b, P, c):
    n, A, B = P["n"], P["Av"], P["Bv"]
    U = c["unit"]
    b.intro(b.r.choice([
        "Convert each average into a total; the difference between the totals is the removed value.",
        "The key is that average × count gives the sum.",
    ]))
    b.section("Sum of all %d" % n)
    t1 = b.calc("sum of all %d" % n, M(N(n, "int"), N(A)), "auto", U, worded=True)
    b.section("Sum of the remaining %d" % (n - 1))
    t2 = b.calc("sum of the remaining %d" % (n - 1), M(N(n - 1, "int"), N(B)), "auto", U, worded=True)
    b.section("Difference")
    if P["alg"]:
        b.say("If x is the %s, then %s + x = %s." % (c["what"], b.n(t2), b.n(t1)), keep=True)
        x = b.calc(c["what"], Sub(N(t1), N(t2)), "auto", U, sym="x")
    else:
        x = b.calc(c["what"], Sub(N(t1), N(t2)), "auto", U, worded=True)
    b.check(D(Sub(N(t1), N(x)), N(n - 1, "int")), B)
    return b.final(x, "auto", "The %s is **{a}**%s." % (c["what"], (" " + U) if U else ""))


# ======================================================================= 5 raise (or lower) an average
RAISE = [
    dict(n=(6, 11), A=(150, 185), up=(2, 6), items="games", unit="pins", verb="raise",
         q=["{name} has a bowling average of {A} after {n} games. What must {sub} bowl in the next game to raise {pos} average to {B}?",
            "Through {n} games {name} averages {A}. What score in game {n1} would bring the average up to exactly {B}?"]),
    dict(n=(7, 14), A=(12, 21), up=(1, 2), items="games", unit="points", verb="raise",
         q=["{name} averages {A} points per game over {n} games. How many points does {sub} need in the next game to raise {pos} average to {B}?"]),
    dict(n=(4, 8), A=(74, 86), up=(1, 3), items="quizzes", unit="points", verb="raise",
         q=["{name}'s average on {n} quizzes is {A}. What does {sub} need on the next quiz to pull {pos} average up to {B}?"]),
    dict(n=(4, 7), A=(82, 92), up=(-3, -1), items="rounds", unit="strokes", verb="lower",
         q=["{name} has averaged {A} strokes per round over {n} rounds of golf. What must {sub} shoot next round to lower {pos} average to {B}?"]),
    dict(n=(6, 10), A=(28, 42), up=(1, 3), items="innings", unit="runs", verb="raise",
         q=["A cricketer has averaged {A} runs over {n} innings. How many runs must {sub} score in the next innings to lift {pos} average to {B}?"]),
    dict(n=(4, 6), A=(36, 52), up=(1, 3), items="months", unit="cars", verb="raise",
         q=["A car dealer sold an average of {A} cars per month for {n} months. How many cars must it sell next month to raise the monthly average to {B}?"]),
]


def gen_raise(r, c):
    P = person(r)
    for _ in range(500):
        n = r.randint(*c["n"])
        A = r.randint(*c["A"])
        B = A + r.randint(*c["up"])
        x = (n + 1) * B - n * A
        if x > 0 and (c["unit"] != "pins" or x <= 300):
            break
    P.update(n=n, n1=n + 1, A=F(A), B=F(B), x=x, one=r.random() < 0.35)
    return P


def solve_raise(b, P, c):
    n, A, B = P["n"], P["A"], P["B"]
    U = c["unit"]
    b.intro("Compare the total %s has now with the total %s needs after %d %s." % (P["sub"], P["sub"], n + 1, c["items"]))
    if P["one"] and b.st.name in ("terse", "gsm8k", "bullets", "bold_labels", "latex_inline"):
        x = b.calc("score needed", Sub(M(N(n + 1, "int"), N(B)), M(N(n, "int"), N(A))), "auto", U, chain=True)
    else:
        b.section("Current total")
        t1 = b.calc("current total", M(N(n, "int"), N(A)), "auto", U, worded=True)
        b.section("Total needed after %d %s" % (n + 1, c["items"]))
        t2 = b.calc("total needed", M(N(n + 1, "int"), N(B)), "auto", U, worded=True)
        b.section("Score needed")
        x = b.calc("score needed", Sub(N(t2), N(t1)), "auto", U, worded=True)
        b.check(D(S(N(t1), N(x)), N(n + 1, "int")), B)
    return b.final(x, "auto", "%s needs **{a}**%s in the next one." % (P["name"], (" " + U) if U else ""))


# ======================================================================= 6 combined average of two groups
COMB = [
    dict(g=("Class A", "Class B"), cnt=(18, 32), avg=(68, 92), rf="d2", unit="points", col="Students",
         q=["Class A has {n1} students with a mean test score of {a1}. Class B has {n2} students with a mean of {a2}. What is the mean score of all the students combined? Round to the nearest hundredth."]),
    dict(g=("Morning", "Afternoon"), cnt=(12, 30), avg=(70, 95), rf="d1", unit="points", col="Students",
         q=["The morning section's {n1} students averaged {a1} on the midterm, and the afternoon section's {n2} students averaged {a2}. What was the overall average, to the nearest tenth?",
            "Two sections took the same midterm: {n1} morning students averaged {a1}, {n2} afternoon students averaged {a2}. Find the combined average (nearest tenth)."]),
    dict(g=("Boys", "Girls"), cnt=(10, 20), avg=(140, 162), rf="d1", unit="cm", col="Students",
         q=["In a class, the {n1} boys have an average height of {a1} cm and the {n2} girls average {a2} cm. What is the average height of the whole class, to the nearest tenth of a centimeter?"]),
    dict(g=("Starters", "Bench"), cnt=(5, 5), cnt2=(6, 9), avg=(11, 19), avg2=(2, 6), rf="d2", unit="points", col="Players",
         q=["A team's {n1} starters average {a1} points per game and its {n2} bench players average {a2}. What is the average points per game per player for the whole roster? Round to the nearest hundredth."]),
    dict(g=("Sales", "Engineering"), cnt=(8, 25), avg=(48, 96), step=1000, rf="money", unit="", col="Employees", fmt="usd",
         q=["A company's sales department has {n1} employees with an average salary of {a1}, and its engineering department has {n2} employees averaging {a2}. What is the average salary across both departments, to the nearest cent?"]),
    dict(g=("Batch 1", "Batch 2"), cnt=(20, 60), avg=(140, 190), rf="d1", unit="g", col="Apples",
         q=["One batch of {n1} apples averages {a1} g each and a second batch of {n2} apples averages {a2} g. What is the average weight of all the apples together, to the nearest tenth of a gram?"]),
]


def gen_comb(r, c):
    P = person(r)
    st = c.get("step", 1)
    fmt = c.get("fmt", "auto")
    n1 = r.randint(*c["cnt"])
    n2 = r.randint(*c.get("cnt2", c["cnt"]))
    while n2 == n1:
        n2 = r.randint(*c.get("cnt2", c["cnt"]))
    a1 = r.randint(*c["avg"]) * st
    a2 = r.randint(*c.get("avg2", c["avg"])) * st
    while a2 == a1:
        a2 += st
    P.update(n1=n1, n2=n2, A1=F(a1), A2=F(a2), naive=r.random() < 0.5)
    P["a1"], P["a2"] = t(a1, fmt), t(a2, fmt)
    return P


def solve_comb(b, P, c):
    fmt = c.get("fmt", "auto")
    U = c["unit"]
    rows = [(c["g"][0], F(P["n1"]), P["A1"]), (c["g"][1], F(P["n2"]), P["A2"])]
    b.intro(b.r.choice([
        "The groups are different sizes, so this is a weighted average: total of everything ÷ total count.",
        "We can't just average the two averages — the bigger group should count more.",
    ]))
    b.section("Totals for each group")
    pr, tp, ta, _ = b.prod_table(("Group", c["col"], "Average", "Total"), rows, pfmt=fmt, afmt="int", bfmt=fmt,
                                 sum_label="combined total", a_label="total count",
                                 formula="Total (%s × Average)" % c["col"])
    b.section("Combined average")
    avg = b.calc("combined average", D(N(tp, fmt), N(ta, "int")), c["rf"], U, rep=True)
    if P["naive"]:
        b.note("(For comparison, the unweighted", D(S(N(P["A1"], fmt), N(P["A2"], fmt)), N(2, "int")), "d2" if fmt != "usd" else "money",
               " is wrong here because the groups differ in size.)")
    return b.final(avg, c["rf"], "The combined average is **{a}**%s." % ((" " + U) if U else ""))


# ======================================================================= 7 weighted grade
WG = [
    dict(comp=[("Homework", 20), ("Quizzes", 30), ("Final exam", 50)],
         q=["In {name}'s class, homework counts {w0}%, quizzes {w1}%, and the final exam {w2}%. {Sub} has a homework average of {s0}, a quiz average of {s1}, and scored {s2} on the final. What is {pos} course grade?"]),
    dict(comp=[("Coursework", 30), ("Exam", 70)],
         q=["A course grade is 30% coursework and 70% exam. {name} has {s0} on coursework and {s1} on the exam. What is {pos} overall grade?",
            "{name} got {s0} on coursework (worth 30%) and {s1} on the exam (worth 70%). Find the weighted grade."]),
    dict(comp=[("Labs", 15), ("Homework", 25), ("Midterm", 25), ("Final", 35)],
         q=["The grading breakdown is labs 15%, homework 25%, midterm 25%, final 35%. {name}'s scores are: labs {s0}, homework {s1}, midterm {s2}, final {s3}. What is {pos} weighted average?"]),
    dict(comp=[("Creativity", 40), ("Scientific method", 35), ("Presentation", 25)],
         q=["At a science fair, projects are scored on creativity (40%), scientific method (35%) and presentation (25%). {name}'s project got {s0}, {s1} and {s2} in those categories. What is the project's overall score?"]),
    dict(comp=[("Interview", 50), ("Skills test", 30), ("References", 20)],
         q=["A job candidate is rated 50% on the interview, 30% on a skills test and 20% on references. {name} scored {s0}, {s1} and {s2}. What is {pos} weighted rating?"]),
    dict(comp=[("Participation", 10), ("Projects", 40), ("Tests", 50)],
         q=["Participation is worth 10% of the grade, projects 40%, and tests 50%. {name} has {s0} for participation, {s1} on projects, and {s2} on tests. What is {pos} final grade?",
            "Grade weights: participation 10%, projects 40%, tests 50%. If {name}'s averages are {s0}, {s1} and {s2} respectively, what's the overall grade?"]),
]


def gen_wg(r, c):
    P = person(r)
    for i, (nm, w) in enumerate(c["comp"]):
        P["w%d" % i] = w
        P["s%d" % i] = r.randint(64, 99)
    P["pctw"] = r.random() < 0.5
    P["chain"] = r.random()
    return P


def solve_wg(b, P, c):
    comp = c["comp"]
    rows = [(nm, F(P["s%d" % i]), F(w, 100)) for i, (nm, w) in enumerate(comp)]
    wf = "pct0" if P["pctw"] else "f2"
    b.intro(b.r.choice([
        "Multiply each score by its weight and add the results. The weights add to 100%, so no extra division is needed.",
        "A weighted average: each category contributes score × weight.",
        "Each part of the grade counts for its percentage of the total.",
    ]))
    if len(comp) == 2 and P["chain"] < 0.6 and b.st.name != "table":
        e = S(*[M(N(w, "f1" if not P["pctw"] else "pct0"), N(s)) for _, s, w in rows])
        g = b.calc("weighted grade", e, "auto", "", chain=True)
    else:
        b.section("Score × weight for each part")
        pr, g, _, _ = b.prod_table(("Category", "Score", "Weight", "Score × Weight"), rows, pfmt="auto", afmt="auto",
                                   bfmt=wf, sum_a=False, sum_b=True, sum_label="weighted grade",
                                   formula="Score × Weight")
    return b.final(g, "auto", "%s's weighted grade is **{a}**." % P["name"])


# ======================================================================= 8 final exam needed
FIN = [
    dict(w=(25, 20, 30, 40), q=["{name}'s average before the final exam is {C}, and that counts for {cw}% of the course grade. The final exam is worth {w}%. What does {sub} need on the final to finish with a course grade of {T}?",
                               "Going into the final (worth {w}% of the grade) {name} has a {C}. What final exam score gives {obj} exactly {T} overall?"]),
    dict(w=(20, 25), q=["Homework and tests make up {cw}% of {name}'s grade, and {sub} has a {C} in that part. The final is the other {w}%. What score on the final would give {obj} an overall {T}?"]),
    dict(w=(30, 40, 50), q=["A course is {cw}% coursework and {w}% final exam. {name} has a coursework mark of {C}. What exam mark does {sub} need to get {T} overall?"]),
    dict(w=(25, 20), q=["To keep {pos} scholarship {name} needs a course grade of at least {T}. {Pos} current grade of {C} counts {cw}%, and the final exam counts {w}%. What is the lowest final exam score that works?"]),
    dict(w=(40, 30, 20), q=["The final project counts {w}% of a class grade and everything else counts {cw}%. If {name} has a {C} on everything else, what project score does {sub} need for a final grade of {T}?"]),
]


def gen_fin(r, c):
    P = person(r)
    for _ in range(2000):
        w = F(r.choice(c["w"]), 100)
        C = r.randint(68, 94)
        x = r.randint(70, 100)
        T = (1 - w) * C + w * x
        if T.denominator == 1 and T != C:
            break
    P.update(w=int(w * 100), cw=100 - int(w * 100), W=w, C=F(C), x=x, T=T, alg=r.random() < 0.5)
    return P


def solve_fin(b, P, c):
    w, C, T = P["W"], P["C"], P["T"]
    b.intro(b.r.choice([
        "The course grade is a weighted average of the current grade and the final exam.",
        "Split the grade into the part already earned and the part that depends on the final.",
    ]))
    b.section("Weight of the current grade")
    cw = b.calc("weight of the current grade", Sub(N(1, "pct0"), N(w, "pct0")), "pct0")
    b.section("What the current grade contributes")
    contrib = b.calc("contribution of the current grade", M(N(cw, "f2"), N(C)), "auto", "points", worded=True)
    if P["alg"]:
        b.say("Let x be the final exam score.", keep=True)
        b.eq(S(N(contrib), V("x", w)), N(T))
        rem = b.calc("points the final must supply", Sub(N(T), N(contrib)), "auto", sym=b.n(w, "auto") + "x")
        x = b.calc("final exam score", D(N(rem), N(w, "f2")), "auto", sym="x")
    else:
        b.section("Points still needed from the final")
        rem = b.calc("points still needed", Sub(N(T), N(contrib)), "auto", "points", worded=True)
        b.section("Divide by the final's weight")
        x = b.calc("final exam score needed", D(N(rem), N(w, "f2")), "auto", worded=True)
    b.check(S(M(N(cw, "f2"), N(C)), M(N(w, "f2"), N(x))), T)
    return b.final(x, "auto", "%s needs **{a}** on the final." % P["name"])


# ======================================================================= 9 GPA with credit hours
SCALE = [("A", F(4)), ("A-", F(37, 10)), ("B+", F(33, 10)), ("B", F(3)), ("B-", F(27, 10)),
         ("C+", F(23, 10)), ("C", F(2))]
COURSES = ["Calculus", "Biology", "English", "History", "Chemistry", "Spanish", "Physics",
           "Economics", "Art", "Psychology", "Statistics", "Music"]
GPA = [
    dict(n=4, letters=True, q=["This semester {name} took {courses}. Using A = 4.0, A- = 3.7, B+ = 3.3, B = 3.0, B- = 2.7, C+ = 2.3, C = 2.0, what is {pos} GPA, rounded to two decimal places?"]),
    dict(n=5, letters=True, q=["{name}'s grades: {courses}. On a 4.0 scale (A = 4.0, A- = 3.7, B+ = 3.3, B = 3.0, B- = 2.7, C+ = 2.3, C = 2.0), compute {pos} semester GPA to two decimals.",
                              "Find {name}'s GPA for the term. Courses: {courses}. Scale: A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0. Round to the nearest hundredth."]),
    dict(n=4, letters=False, q=["{name} earned grade points of {courses}. What is {pos} credit-weighted GPA, to two decimal places?"]),
    dict(n=3, letters=False, q=["A student took three courses: {courses}. What is the GPA for these courses, rounded to the nearest hundredth?"]),
]


def gen_gpa(r, c):
    P = person(r)
    cs = r.sample(COURSES, c["n"])
    rows = []
    parts = []
    for nm in cs:
        cr = r.choice([1, 2, 3, 3, 3, 4, 4])
        L, pt = r.choice(SCALE)
        rows.append((nm, cr, L, pt))
        if c["letters"]:
            parts.append("%s (%d credit%s, %s)" % (nm, cr, "" if cr == 1 else "s", L))
        else:
            parts.append("%s in %s (%d credit%s)" % (t(pt, "f1"), nm, cr, "" if cr == 1 else "s"))
    P.update(rows=rows, courses=lst(parts) if False else (", ".join(parts[:-1]) + ", and " + parts[-1]))
    return P


def solve_gpa(b, P, c):
    rows = P["rows"]
    b.intro(b.r.choice([
        "GPA is a weighted average: multiply each course's grade points by its credits, add those up, and divide by the total credits.",
        "Weight each grade by the course's credit hours.",
    ]))
    if c["letters"]:
        b.say("Grade points: " + ", ".join("%s = %s" % (L, b.n(pt, "f1")) for nm, cr, L, pt in rows) + ".")
    b.section("Quality points for each course")
    pr, tp, ta, _ = b.prod_table(("Course", "Credits", "Grade points", "Quality points"),
                                 [(nm, F(cr), pt) for nm, cr, L, pt in rows], pfmt="auto", afmt="int", bfmt="f1",
                                 sum_label="total quality points", a_label="total credits",
                                 formula="Quality points (Credits × Grade points)")
    b.section("Divide by total credits")
    g = b.calc("GPA", D(N(tp), N(ta, "int")), "f2")
    return b.final(g, "f2", "The GPA is **{a}**.")


# ======================================================================= 10 cumulative GPA
CUM = [
    dict(mode="fwd", q=["{name} has a {g1} GPA over {c1} credits. This semester {sub} earned a {g2} GPA over {c2} credits. What is {pos} new cumulative GPA, to two decimal places?"]),
    dict(mode="fwd", q=["After freshman year {name} had {c1} credits and a {g1} GPA. Sophomore year {sub} took {c2} credits and earned a {g2}. What is {pos} cumulative GPA now (two decimals)?",
                       "Semester 1: {c1} credits, GPA {g1}. Semester 2: {c2} credits, GPA {g2}. What's the combined GPA? Round to the hundredths place."]),
    dict(mode="inv", q=["{name} has a {g1} GPA over {c1} credits. {Sub} is taking {c2} credits next semester. What semester GPA does {sub} need to bring {pos} cumulative GPA to {T}?"]),
    dict(mode="inv", q=["With {c1} credits completed at a {g1} GPA, what GPA must {name} earn over the next {c2} credits to reach a cumulative {T}?"]),
]


def gen_cum(r, c):
    P = person(r)
    for _ in range(5000):
        c1 = r.choice([15, 30, 32, 45, 48, 60, 64])
        c2 = r.choice([12, 15, 16, 18])
        g1 = F(r.randint(24, 36), 10)
        g2 = F(r.randint(26, 40), 10)
        T = (g1 * c1 + g2 * c2) / (c1 + c2)
        if c["mode"] == "inv":
            if (T * 100).denominator == 1 and T > g1:
                break
        else:
            if g2 != g1:
                break
    P.update(c1=c1, c2=c2, G1=g1, G2=g2, TT=T)
    P["g1"], P["g2"] = t(g1, "f2"), t(g2, "f2")
    P["T"] = t(T, "f2")
    return P


def solve_cum(b, P, c):
    c1, c2, g1, g2 = F(P["c1"]), F(P["c2"]), P["G1"], P["G2"]
    b.intro("Cumulative GPA = total quality points ÷ total credits.")
    if c["mode"] == "fwd":
        b.section("Quality points")
        pr, tp, ta, _ = b.prod_table(("Period", "Credits", "GPA", "Quality points"),
                                     [("Before", c1, g1), ("This semester", c2, g2)], pfmt="auto", afmt="int", bfmt="f2",
                                     sum_label="total quality points", a_label="total credits",
                                     formula="Quality points (Credits × GPA)")
        b.section("Cumulative GPA")
        g = b.calc("cumulative GPA", D(N(tp), N(ta, "int")), "f2")
        return b.final(g, "f2", "The new cumulative GPA is **{a}**.")
    T = P["TT"]
    b.section("Quality points so far")
    q1 = b.calc("quality points so far", M(N(c1, "int"), N(g1, "f2")), "auto", worded=True)
    b.section("Quality points needed")
    tc = b.calc("total credits", S(N(c1, "int"), N(c2, "int")), "int")
    qt = b.calc("quality points needed", M(N(tc, "int"), N(T, "f2")), "auto")
    b.section("Semester GPA needed")
    qn = b.calc("quality points to earn next semester", Sub(N(qt), N(q1)), "auto")
    g = b.calc("GPA needed", D(N(qn), N(c2, "int")), "f2")
    return b.final(g, "f2", "%s needs a **{a}** GPA next semester." % P["name"])


# ======================================================================= 11 average speed over legs
SPEEDS = [30, 36, 40, 45, 48, 50, 54, 55, 60, 64, 65, 70, 72, 75, 80]
TIMES = [F(1, 2), F(3, 4), F(1), F(5, 4), F(3, 2), F(2), F(5, 2), F(3), F(9, 4), F(7, 4)]
LEGS = [
    dict(mode="dist", u="miles", su="mph", who="{name} drives", q=["{name} drives {d1} miles at {v1} mph and then {d2} miles at {v2} mph. What is {pos} average speed for the whole trip, to the nearest tenth of a mile per hour?",
                                                                 "A road trip has two legs: {d1} miles at {v1} mph, then {d2} miles at {v2} mph. Find the average speed for the entire trip (nearest tenth)."]),
    dict(mode="dist", u="km", su="km/h", sp=[12, 15, 16, 18, 20, 24, 25, 30], q=["A cyclist rides {d1} km at {v1} km/h and then {d2} km at {v2} km/h. What is the cyclist's average speed for the ride, to the nearest tenth?"]),
    dict(mode="time", u="miles", su="mph", q=["{name} drove for {t1} hours at {v1} mph and then {t2} hours at {v2} mph. What was {pos} average speed for the whole drive, to the nearest tenth of a mile per hour?",
                                             "A bus travels {v1} mph for {t1} hours, then {v2} mph for {t2} hours. What is its average speed over the whole trip (nearest tenth)?"]),
    dict(mode="min", u="miles", su="mph", q=["{name} drives {m1} minutes at {v1} mph, then {m2} minutes at {v2} mph. What is {pos} average speed for the trip, to the nearest tenth?"]),
    dict(mode="dist", u="miles", su="mph", sp=[4, 5, 6, 8, 10], q=["{name} runs {d1} miles at {v1} mph and then walks {d2} miles at {v2} mph. What is {pos} average speed over the whole distance, to the nearest tenth?"]),
    dict(mode="time", u="km", su="km/h", sp=[60, 80, 90, 100, 120, 150], q=["A train runs at {v1} km/h for {t1} hours and then at {v2} km/h for {t2} hours. What is its average speed, to the nearest tenth of a km/h?"]),
]


def gen_legs(r, c):
    P = person(r)
    sp = c.get("sp", SPEEDS)
    while True:
        v1, v2 = r.choice(sp), r.choice(sp)
        if v1 == v2:
            continue
        if c["mode"] == "min":
            m1, m2 = r.choice([15, 20, 30, 40, 45, 48, 50, 54]), r.choice([10, 12, 15, 20, 24, 30, 36, 45])
            t1, t2 = F(m1, 60), F(m2, 60)
            if (v1 * t1).denominator == 1 and (v2 * t2).denominator == 1 and ((t1 * 100).denominator == 1) and ((t2 * 100).denominator == 1):
                P.update(m1=m1, m2=m2)
                break
            continue
        t1, t2 = r.choice(TIMES), r.choice(TIMES)
        if (v1 * t1).denominator == 1 and (v2 * t2).denominator == 1:
            break
    P.update(v1=v1, v2=v2, T1=t1, T2=t2, d1=int(v1 * t1), d2=int(v2 * t2), naive=r.random() < 0.5)
    P["t1"], P["t2"] = t(t1), t(t2)
    return P


def solve_legs(b, P, c):
    v1, v2, t1, t2 = F(P["v1"]), F(P["v2"]), P["T1"], P["T2"]
    d1, d2 = F(P["d1"]), F(P["d2"])
    u, su = c["u"], c["su"]
    b.intro(b.r.choice([
        "Average speed = total distance ÷ total time (not the average of the two speeds).",
        "For average speed we need the total distance and the total time.",
    ]))
    if c["mode"] == "dist":
        b.section("Time for each leg")
        ts = b.ratio_table(("Leg", "Distance (%s)" % u, "Speed (%s)" % su, "Time"),
                           [("Leg 1", d1, v1), ("Leg 2", d2, v2)], "auto", "auto", "auto",
                           "Time in h (Distance ÷ Speed)", row_lead=lambda l: "the time for %s is" % l.lower(), unit="hours")
        b.section("Totals")
        td = b.calc("total distance", S(N(d1), N(d2)), "auto", u)
        tt = b.calc("total time", S(N(ts[0]), N(ts[1])), "auto", "hours")
    else:
        if c["mode"] == "min":
            b.section("Convert minutes to hours")
            t1 = b.calc("first leg time", D(N(P["m1"], "int"), N(60, "int")), "auto", "hours")
            t2 = b.calc("second leg time", D(N(P["m2"], "int"), N(60, "int")), "auto", "hours")
        b.section("Distance for each leg")
        pr, td, _, _ = b.prod_table(("Leg", "Speed (%s)" % su, "Time (h)", "Distance"),
                                    [("Leg 1", v1, t1), ("Leg 2", v2, t2)], pfmt="auto", afmt="auto", bfmt="auto",
                                    sum_a=False, sum_label="total distance", unit_p=u,
                                    formula="Distance (Speed × Time)")
        b.section("Total time")
        tt = b.calc("total time", S(N(t1), N(t2)), "auto", "hours")
    b.section("Average speed")
    avg = b.calc("average speed", D(N(td), N(tt)), "d1", su, worded=True, rep=True)
    if P["naive"]:
        b.note("Note: simply averaging the speeds would give", D(S(N(v1), N(v2)), N(2, "int")), "d1",
               " %s, which is wrong because the legs take different amounts of time." % su)
    return b.final(avg, "d1", "The average speed is **{a} %s**." % su)


# ======================================================================= 12 round trip
RT = [
    dict(u="miles", su="mph", pairs=[(60, 40), (30, 20), (50, 75), (45, 30), (60, 90), (40, 60), (48, 32), (55, 44)],
         q=["{name} drives {d} miles to work at {v1} mph and drives home the same way at {v2} mph. What is {pos} average speed for the round trip?",
            "On the way to work {name} averages {v1} mph over {d} miles; on the way home, traffic slows {obj} to {v2} mph. What is the average speed for the whole round trip?"]),
    dict(u="miles", su="mph", pairs=[(60, 40), (50, 70), (65, 52), (72, 48), (45, 60), (70, 42)],
         q=["A family drives {d} miles to visit relatives at {v1} mph and returns at {v2} mph. Find the average speed for the round trip, to the nearest tenth."]),
    dict(u="km", su="km/h", pairs=[(12, 20), (10, 15), (8, 24), (9, 18), (12, 24), (10, 30)],
         q=["A cyclist climbs a {d} km hill road at {v1} km/h and comes back down at {v2} km/h. What is the average speed for the whole ride, to the nearest tenth?"]),
    dict(u="km", su="km/h", pairs=[(6, 10), (8, 12), (5, 20), (12, 18), (9, 15)],
         q=["A boat goes {d} km upstream at {v1} km/h and returns downstream at {v2} km/h. What is its average speed for the round trip, to the nearest tenth?"]),
    dict(u="miles", su="mph", pairs=[(400, 600), (450, 500), (500, 300), (480, 320)],
         q=["A small plane flies {d} miles at {v1} mph and makes the return flight at {v2} mph. What is its average speed for the round trip, to the nearest tenth?"]),
]


def gen_rt(r, c):
    P = person(r)
    v1, v2 = r.choice(c["pairs"])
    if r.random() < 0.5:
        v1, v2 = v2, v1
    for _ in range(1000):
        d = r.randint(2, 40) * (30 if c["u"] == "miles" and v1 >= 100 else 1) * (5 if v1 >= 40 and v1 < 100 else 1)
        t1, t2 = F(d, v1), F(d, v2)
        if term_ok(t1) and term_ok(t2) and (t1 * 100).denominator == 1 and (t2 * 100).denominator == 1:
            break
    P.update(d=d, v1=v1, v2=v2, naive=r.random() < 0.5, harm=r.random() < 0.5)
    return P


def solve_rt(b, P, c):
    d, v1, v2 = F(P["d"]), F(P["v1"]), F(P["v2"])
    u, su = c["u"], c["su"]
    b.intro("Average speed for a round trip is total distance ÷ total time.")
    b.section("Time each way")
    ts = b.ratio_table(("Direction", "Distance (%s)" % u, "Speed (%s)" % su, "Time"),
                       [("Going", d, v1), ("Returning", d, v2)], "auto", "auto", "auto",
                       "Time in h (Distance ÷ Speed)", row_lead=lambda l: "the time %s is" % l.lower(), unit="hours")
    b.section("Totals")
    td = b.calc("total distance", M(N(2, "int"), N(d)), "auto", u, worded=True)
    tt = b.calc("total time", S(N(ts[0]), N(ts[1])), "auto", "hours")
    b.section("Average speed")
    avg = b.calc("average speed", D(N(td), N(tt)), "d1", su)
    if P["harm"]:
        b.check(D(M(M(N(2, "int"), N(v1)), N(v2)), S(N(v1), N(v2))), avg)
    if P["naive"]:
        b.note("(Not", D(S(N(v1), N(v2)), N(2, "int")), "d1", " %s — the slower leg takes longer, so it counts more.)" % su)
    return b.final(avg, "d1", "The average speed for the round trip is **{a} %s**." % su)


# ======================================================================= 13 blend price per pound
BLEND = [
    dict(items=[("Colombian coffee", (900, 1300)), ("Brazilian coffee", (600, 900))], q=["A coffee shop mixes {w0} pounds of Colombian coffee costing {p0} per pound with {w1} pounds of Brazilian coffee costing {p1} per pound. What is the cost per pound of the blend, to the nearest cent?",
                                                                                         "How much per pound should a shop charge (at cost) for a blend of {w0} lb of Colombian coffee at {p0}/lb and {w1} lb of Brazilian coffee at {p1}/lb? Round to the nearest cent."]),
    dict(items=[("Green tea", (1400, 2200)), ("Black tea", (800, 1300))], q=["A tea merchant blends {w0} lb of green tea at {p0} per pound with {w1} lb of black tea at {p1} per pound. What is the price per pound of the mixture, to the nearest cent?"]),
    dict(items=[("Cashews", (900, 1200)), ("Almonds", (700, 950)), ("Peanuts", (250, 450))], q=["A store makes a nut mix from {w0} lb of cashews at {p0}/lb, {w1} lb of almonds at {p1}/lb, and {w2} lb of peanuts at {p2}/lb. What should the mix cost per pound, to the nearest cent?"]),
    dict(items=[("Chocolate drops", (450, 700)), ("Jelly beans", (250, 400))], q=["A candy shop combines {w0} pounds of chocolate drops selling for {p0} per pound with {w1} pounds of jelly beans at {p1} per pound. What is the price per pound of the candy mix, to the nearest cent?"]),
    dict(items=[("Premium seed", (350, 500)), ("Standard seed", (180, 300))], q=["A landscaper mixes {w0} lb of premium grass seed at {p0} per pound with {w1} lb of standard seed at {p1} per pound. What is the cost per pound of the mixture, to the nearest cent?"]),
    dict(items=[("Raisins", (300, 450)), ("Granola", (500, 700)), ("Dried cranberries", (600, 800))], q=["For trail mix, {name} combines {w0} lb of raisins at {p0}/lb, {w1} lb of granola at {p1}/lb, and {w2} lb of dried cranberries at {p2}/lb. What does the trail mix cost per pound, to the nearest cent?"]),
]


def gen_blend(r, c):
    P = person(r)
    rows = []
    for i, (nm, (lo, hi)) in enumerate(c["items"]):
        w = F(r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25]) * (1 if r.random() < 0.8 else 1)) if i < 2 else F(r.choice([2, 3, 4, 5]))
        if r.random() < 0.2:
            w += F(1, 2)
        p = F(pick(r, lo, hi, 5), 100)
        rows.append((nm, w, p))
        P["w%d" % i] = t(w)
        P["p%d" % i] = t(p, "money")
    P["rows"] = rows
    return P


def solve_blend(b, P, c):
    rows = P["rows"]
    b.intro(b.r.choice([
        "Price per pound of the blend = total cost ÷ total pounds.",
        "Find what all the ingredients cost together, then spread that over the total weight.",
    ]))
    b.section("Cost of each ingredient")
    pr, tc, tw, _ = b.prod_table(("Ingredient", "Pounds", "Price per lb", "Cost"), rows, pfmt="money", afmt="auto",
                                 bfmt="money", sum_label="total cost", a_label="total weight", unit_a="lb",
                                 formula="Cost (Pounds × Price per lb)")
    b.section("Price per pound")
    p = b.calc("price per pound", D(N(tc, "money"), N(tw)), "money", "per pound")
    return b.final(p, "money", "The blend costs **{a}** per pound.")


# ======================================================================= 14 mixing solutions
SOL = [
    dict(ask="pct", sub="acid", u="liters", cs=[10, 15, 20, 25, 30, 40, 50, 60], q=["{v0} liters of a {c0}% acid solution are mixed with {v1} liters of a {c1}% acid solution. What is the concentration of acid in the mixture, as a percent (to the nearest tenth if needed)?",
                                                                                    "If you mix {v0} L of {c0}% acid with {v1} L of {c1}% acid, what percent acid is the result? Round to one decimal place if needed."]),
    dict(ask="amt", sub="acid", u="liters", cs=[10, 20, 25, 30, 40, 50], q=["A chemist combines {v0} liters of a {c0}% acid solution with {v1} liters of a {c1}% acid solution. How many liters of pure acid are in the mixture?"]),
    dict(ask="pct", sub="salt", u="mL", vs=[100, 150, 200, 250, 300, 400, 500], cs=[2, 3, 4, 5, 6, 8, 10], q=["A nurse mixes {v0} mL of {c0}% saline with {v1} mL of {c1}% saline. What is the salt concentration of the mixture, to the nearest tenth of a percent?"]),
    dict(ask="pct", sub="alcohol", u="liters", cs=[12, 15, 35, 40, 60, 70], q=["{v0} liters of a solution that is {c0}% alcohol are combined with {v1} liters of a {c1}% alcohol solution. What percent of the mixture is alcohol, to the nearest tenth?"]),
    dict(ask="pct", sub="juice", u="cups", vs=[2, 3, 4, 5, 6, 8], cs=[10, 20, 25, 50, 100], q=["{name} mixes {v0} cups of a drink that is {c0}% juice with {v1} cups of a drink that is {c1}% juice. What percent juice is the mixture, to the nearest tenth?"]),
    dict(ask="amt", sub="antifreeze", u="gallons", vs=[2, 3, 4, 5, 6], cs=[20, 30, 40, 50, 60, 80], q=["A mechanic mixes {v0} gallons of {c0}% antifreeze with {v1} gallons of {c1}% antifreeze. How many gallons of pure antifreeze does the mixture contain?"]),
]


def gen_sol(r, c):
    P = person(r)
    vs = c.get("vs", [5, 8, 10, 12, 15, 20, 25, 30, 40])
    while True:
        v0, v1 = r.choice(vs), r.choice(vs)
        c0, c1 = r.sample(c["cs"], 2)
        if term_ok(F(c0 * v0 + c1 * v1, 100)):
            break
    P.update(v0=v0, v1=v1, c0=c0, c1=c1, mode=r.random())
    return P


def solve_sol(b, P, c):
    v0, v1, c0, c1 = F(P["v0"]), F(P["v1"]), F(P["c0"], 100), F(P["c1"], 100)
    u, sub = c["u"], c["sub"]
    b.intro(b.r.choice([
        "Track the amount of pure %s in each solution: amount = volume × concentration." % sub,
        "The %s in the mixture is the %s from the first solution plus the %s from the second." % (sub, sub, sub),
    ]))
    b.section("Pure %s in each solution" % sub)
    if P["mode"] < 0.4 and b.st.name != "table":
        amt = b.calc("total %s" % sub, S(M(N(c0, "auto"), N(v0)), M(N(c1, "auto"), N(v1))), "auto", "%s of %s" % (u, sub), chain=True)
    else:
        pr, amt, tv, _ = b.prod_table(("Solution", "Volume (%s)" % u, "Concentration", "Pure %s" % sub),
                                      [("Solution 1", v0, c0), ("Solution 2", v1, c1)], pfmt="auto", afmt="auto",
                                      bfmt="pct0", sum_a=(c["ask"] == "pct"), sum_label="total %s" % sub,
                                      a_label="total volume", unit_p=u, unit_a=u,
                                      formula="Pure %s (Volume × Concentration)" % sub)
    if c["ask"] == "amt":
        return b.final(amt, "auto", "The mixture contains **{a} %s** of pure %s." % (u, sub))
    if not (P["mode"] >= 0.4 or b.st.name == "table"):
        tv = b.calc("total volume", S(N(v0), N(v1)), "auto", u)
    b.section("Concentration")
    if P["mode"] < 0.25 or P["mode"] > 0.8:
        conc = b.calc("concentration", M(D(N(amt), N(tv)), N(100, "int")), "rp1")
    else:
        conc = b.calc("concentration", D(N(amt), N(tv)), "pct1", worded=True) * 100
    return b.final(conc, "d1", "The mixture is **{a}%%** %s." % sub)


# ======================================================================= 15 how much of one ingredient (algebra)
MIXT = [
    dict(kind="price", a="Kenyan coffee", bname="Sumatran coffee", u="lb", q=["How many pounds of coffee costing {p1} per pound must be mixed with {w2} pounds of coffee costing {p2} per pound to make a blend worth {p} per pound?",
                                                                              "A roaster has {w2} lb of beans worth {p2}/lb. How many pounds of {p1}/lb beans should be added so the blend is worth {p}/lb?"]),
    dict(kind="price", a="peanuts", bname="cashews", u="lb", q=["A grocer wants to mix peanuts worth {p1} per pound with {w2} pounds of cashews worth {p2} per pound so that the mixture sells for {p} per pound. How many pounds of peanuts are needed?"]),
    dict(kind="pct", a="the weaker solution", bname="the stronger solution", u="liters", q=["How many liters of a {p1}% acid solution must be added to {w2} liters of a {p2}% acid solution to get a {p}% acid solution?",
                                                                                           "A lab has {w2} L of {p2}% acid. How many liters of {p1}% acid should be mixed in to produce a {p}% solution?"]),
    dict(kind="price", a="black tea", bname="jasmine tea", u="lb", q=["A tea shop blends black tea at {p1} per pound with {w2} pounds of jasmine tea at {p2} per pound. How many pounds of black tea make a blend that costs {p} per pound?"]),
    dict(kind="pct", a="the 5% saline", bname="the 20% saline", u="mL", q=["How many mL of {p1}% saline must be mixed with {w2} mL of {p2}% saline to make a {p}% saline solution?"]),
]


def gen_mixt(r, c):
    P = person(r)
    for _ in range(5000):
        if c["kind"] == "price":
            p1 = F(pick(r, 300, 800, 25), 100)
            p2 = p1 + F(pick(r, 200, 600, 25), 100)
            w2 = r.choice([10, 12, 15, 20, 24, 25, 30, 40])
            x = r.choice([5, 8, 10, 12, 15, 16, 20, 25, 30, 40, 45, 50, 60])
        else:
            pc = [5, 10, 15, 20] if c["u"] == "mL" else [10, 15, 20, 25, 30]
            p1 = F(r.choice(pc if c["u"] != "mL" else [5]), 1)
            p2 = p1 + r.choice([10, 15, 20, 25, 30, 40])
            w2 = r.choice([20, 30, 40, 50, 60, 80, 100] if c["u"] != "mL" else [100, 150, 200, 300, 400])
            x = r.choice([10, 20, 25, 30, 40, 50, 60, 80, 100] if c["u"] != "mL" else [50, 100, 150, 200, 300, 600])
        p = (p1 * x + p2 * w2) / (x + w2)
        ok = (p * 100).denominator == 1 if c["kind"] == "price" else p.denominator == 1
        if ok and p1 < p < p2:
            break
    fm = "money" if c["kind"] == "price" else "auto"
    P.update(P1=p1, P2=p2, W2=F(w2), X=F(x), P=p, w2=t(w2), p1=t(p1, fm), p2=t(p2, fm), p=t(p, fm))
    return P


def solve_mixt(b, P, c):
    p1, p2, w2, p = P["P1"], P["P2"], P["W2"], P["P"]
    pct = c["kind"] == "pct"
    if pct:
        k1, k2, kp = p1 / 100, p2 / 100, p / 100
    else:
        k1, k2, kp = p1, p2, p
    b.intro("Set up an equation for the %s: the parts must add up to the %s of the final mix." %
            (("amount of acid" if pct else "cost"), ("acid content" if pct else "total value")))
    b.say("Let x be the number of %s of %s." % (c["u"], ("the %s%% solution" % t(p1)) if pct else ("the %s/%s %s" % (b.n(p1, "money"), c["u"], c["a"].split()[-1]))), keep=True)
    b.eq(S(V("x", k1), M(N(k2), N(w2))), O("imp", N(kp), S(V("x"), N(w2))))
    b.section("Simplify")
    k = b.calc("value of the %s %s" % (t(w2), c["u"]), M(N(k2), N(w2)), "auto", lead="the known part of the left side is")
    rr = b.calc("right-side constant", M(N(kp), N(w2)), "auto", lead="distributing on the right gives")
    b.eq(S(V("x", k1), N(k)), S(V("x", kp), N(rr)))
    b.section("Solve for x")
    cf = b.calc("coefficient of x", Sub(N(kp), N(k1)), "auto", lead="collecting the x terms gives a coefficient of")
    dd = b.calc("constant", Sub(N(k), N(rr)), "auto", lead="and the constants give")
    b.eq(V("x", cf), N(dd))
    x = b.calc("amount needed", D(N(dd), N(cf)), "auto", sym="x")
    b.check(D(S(M(N(k1), N(x)), M(N(k2), N(w2))), S(N(x), N(w2))), kp)
    return b.final(x, "auto", "You need **{a} %s** of %s." % (c["u"], c["a"]))


# ======================================================================= 16 batting
BAT = [
    dict(mode="avg", q=["{name} has {h} hits in {ab} at-bats this season. What is {pos} batting average (to three decimal places)?",
                       "A shortstop went {h} for {ab} this season. What is the batting average, rounded to three decimals?"]),
    dict(mode="log", q=["Over five games {name} went {log}. What is {pos} batting average for those games, to three decimal places?"]),
    dict(mode="need", q=["{name} has {h} hits in {ab} at-bats. If {sub} gets {k} more at-bats, how many hits does {sub} need in them to finish with a .300 average?",
                        "A hitter is {h}-for-{ab}. With {k} at-bats left in the season, how many more hits would bring the average to exactly .300?"]),
    dict(mode="two", q=["Last season {name} had {h1} hits in {ab1} at-bats; this season {sub} has {h2} hits in {ab2} at-bats. What is {pos} combined batting average over both seasons, to three decimals?"]),
    dict(mode="slg", q=["In {ab} at-bats {name} has {s1} singles, {s2} doubles, {s3} triples and {s4} home runs. What is {pos} slugging percentage (total bases ÷ at-bats), to three decimals?"]),
]


def gen_bat(r, c):
    P = person(r)
    P["lead0"] = r.random() < 0.4
    m = c["mode"]
    if m == "avg":
        ab = r.randint(120, 560)
        h = round(ab * r.uniform(0.21, 0.34))
        P.update(h=h, ab=ab)
    elif m == "log":
        log = []
        for _ in range(5):
            a = r.randint(3, 5)
            log.append((r.randint(0, min(3, a)), a))
        P["logv"] = log
        P["log"] = ", ".join("%d-for-%d" % x for x in log[:-1]) + ", and %d-for-%d" % log[-1]
    elif m == "need":
        while True:
            ab = r.randint(150, 480)
            k = r.choice([10, 20, 30, 40, 50])
            tot = ab + k
            if (tot * 3) % 10:
                continue
            need = tot * 3 // 10
            h = need - r.randint(3, min(12, k - 1))
            if h / ab < 0.3:
                break
        P.update(ab=ab, k=k, h=h)
    elif m == "two":
        ab1, ab2 = r.randint(300, 560), r.randint(120, 520)
        P.update(ab1=ab1, ab2=ab2, h1=round(ab1 * r.uniform(0.22, 0.33)), h2=round(ab2 * r.uniform(0.22, 0.33)))
    else:
        ab = r.randint(150, 500)
        s2, s3, s4 = r.randint(10, 35), r.randint(0, 6), r.randint(3, 30)
        s1 = round(ab * r.uniform(0.14, 0.2))
        P.update(ab=ab, s1=s1, s2=s2, s3=s3, s4=s4)
    return P


def bat_final(P):
    return (lambda sh: sh.text(plain=True) if not sh.core.startswith(".") else ("0" + sh.core if P["lead0"] else sh.core))


def solve_bat(b, P, c):
    m = c["mode"]
    if m == "avg":
        b.intro("Batting average = hits ÷ at-bats, written to three decimals.")
        avg = b.calc("batting average", D(N(P["h"], "int"), N(P["ab"], "int")), "bat", worded=True)
        b.say("Batting averages are usually written without the leading zero, so that's %s." % b.n(avg, "bat"))
        return b.final(avg, "bat", "The batting average is **{a}**.", final_plain=bat_final(P))
    if m == "log":
        b.intro("Add up all the hits and all the at-bats, then divide.")
        b.section("Totals")
        th, tab = b.cols_table(("Game", "Hits", "At-bats"), [("Game %d" % (i + 1), [F(h), F(a)]) for i, (h, a) in enumerate(P["logv"])],
                               ["int", "int"], ["total hits", "total at-bats"])
        b.section("Batting average")
        avg = b.calc("batting average", D(N(th, "int"), N(tab, "int")), "bat")
        return b.final(avg, "bat", "{a} is the batting average for the five games.", final_plain=bat_final(P))
    if m == "need":
        b.intro("A .300 average means hits = 0.300 × at-bats.")
        b.section("Total at-bats")
        tab = b.calc("total at-bats", S(N(P["ab"], "int"), N(P["k"], "int")), "int", worded=True)
        b.section("Hits needed in total")
        hn = b.calc("hits needed for .300", M(N(F(3, 10), "f3"), N(tab, "int")), "auto", worded=True)
        b.section("More hits needed")
        more = b.calc("additional hits", Sub(N(hn), N(P["h"], "int")), "auto", worded=True)
        b.check(D(S(N(P["h"], "int"), N(more)), N(tab, "int")), F(3, 10), "bat")
        return b.final(more, "auto", "%s needs **{a}** more hits." % P["name"])
    if m == "two":
        b.intro("Combine the raw numbers — don't average the two batting averages.")
        b.section("Combined totals")
        th = b.calc("total hits", S(N(P["h1"], "int"), N(P["h2"], "int")), "int")
        tab = b.calc("total at-bats", S(N(P["ab1"], "int"), N(P["ab2"], "int")), "int")
        b.section("Combined average")
        avg = b.calc("combined average", D(N(th, "int"), N(tab, "int")), "bat")
        return b.final(avg, "bat", "The combined batting average is **{a}**.", final_plain=bat_final(P))
    b.intro("Slugging percentage = total bases ÷ at-bats, where a single is 1 base, a double 2, a triple 3, and a home run 4.")
    b.section("Total bases")
    rows = [("Singles", F(P["s1"]), F(1)), ("Doubles", F(P["s2"]), F(2)), ("Triples", F(P["s3"]), F(3)), ("Home runs", F(P["s4"]), F(4))]
    pr, tb, _, _ = b.prod_table(("Hit type", "Hits", "Bases", "Total bases"), rows, pfmt="int", afmt="int", bfmt="int",
                                sum_a=False, sum_label="total bases", formula="Total bases (Hits × Bases)")
    b.section("Slugging percentage")
    slg = b.calc("slugging percentage", D(N(tb, "int"), N(P["ab"], "int")), "bat")
    return b.final(slg, "bat", "The slugging percentage is **{a}**.", final_plain=bat_final(P))


# ======================================================================= 17 shooting
SHOOT = [
    dict(mode="fg", what="field goals", q=["{name} made {m} of {a} field-goal attempts this season. What is {pos} field-goal percentage, to the nearest tenth of a percent?",
                                          "{name} shot {m}-for-{a} from the field. What's the field-goal percentage (nearest tenth)?"]),
    dict(mode="fg", what="free throws", q=["{name} hit {m} of {a} free throws. What is {pos} free-throw percentage, rounded to one decimal place?"]),
    dict(mode="combo", q=["In a game {name} made {m2} of {a2} two-point shots and {m3} of {a3} three-point shots. What was {pos} overall field-goal percentage, to the nearest tenth of a percent?"]),
    dict(mode="save", q=["A hockey goalie faced {sh} shots and allowed {g} goals. What is the goalie's save percentage, written to three decimals?",
                        "Goalie {name} has allowed {g} goals on {sh} shots. What is {pos} save percentage (three decimal places)?"]),
    dict(mode="pts", q=["{name} made {m2} two-pointers, {m3} three-pointers and {ft} free throws. How many points did {sub} score?"]),
    dict(mode="fg", what="penalty kicks", q=["A soccer striker has converted {m} of {a} penalty kicks in {pos} career. What is the conversion rate, as a percent to the nearest tenth?"]),
]


def gen_shoot(r, c):
    P = person(r)
    m = c["mode"]
    P["style"] = r.random()
    P["lead0"] = r.random() < 0.4
    if m == "fg":
        a = r.randint(12, 420) if c["what"] != "penalty kicks" else r.randint(9, 40)
        P.update(a=a, m=round(a * r.uniform(0.38, 0.9 if c["what"] != "field goals" else 0.6)))
    elif m == "combo":
        a2, a3 = r.randint(6, 18), r.randint(3, 12)
        P.update(a2=a2, a3=a3, m2=r.randint(2, a2 - 1), m3=r.randint(0, a3 - 1))
    elif m == "save":
        sh = r.randint(22, 1400)
        P.update(sh=sh, g=max(1, round(sh * r.uniform(0.06, 0.12))))
    else:
        P.update(m2=r.randint(2, 14), m3=r.randint(0, 8), ft=r.randint(0, 12))
    return P


def solve_shoot(b, P, c):
    m = c["mode"]
    if m in ("fg", "combo"):
        if m == "combo":
            b.intro("Field-goal percentage counts every shot from the field, twos and threes together.")
            b.section("Total makes and attempts")
            made = b.calc("total made", S(N(P["m2"], "int"), N(P["m3"], "int")), "int", "shots")
            att = b.calc("total attempts", S(N(P["a2"], "int"), N(P["a3"], "int")), "int", "shots")
        else:
            b.intro("Percentage = made ÷ attempted × 100.")
            made, att = F(P["m"]), F(P["a"])
        b.section("Percentage")
        if P["style"] < 0.35 and term_ok4(made / att):
            fr = b.calc("fraction made", D(N(made, "int"), N(att, "int")), "d4")
            pc = b.calc("percentage", M(N(fr, "auto"), N(100, "int")), "rp1")
            b.say("In other words, %s = %s of the shots went in." % (b.n(fr), b.n(pc, "rp1")))
        elif P["style"] < 0.7:
            pc = b.calc("percentage", M(D(N(made, "int"), N(att, "int")), N(100, "int")), "rp1")
        else:
            pc = b.calc("percentage", D(N(made, "int"), N(att, "int")), "pct1") * 100
        return b.final(pc, "d1", "That's **{a}%%**%s." % (" from the field" if m == "combo" else ""))
    if m == "save":
        b.intro("Save percentage = saves ÷ shots faced.")
        b.section("Saves")
        sv = b.calc("saves", Sub(N(P["sh"], "int"), N(P["g"], "int")), "int", worded=True)
        b.section("Save percentage")
        sp = b.calc("save percentage", D(N(sv, "int"), N(P["sh"], "int")), "bat")
        b.say("In hockey this is written like a batting average: %s." % b.n(sp, "bat"))
        return b.final(sp, "bat", "The save percentage is **{a}**.", final_plain=bat_final(P))
    b.intro("Each two-pointer is 2 points, each three-pointer 3, and each free throw 1.")
    b.section("Points by shot type")
    rows = [("Two-pointers", F(P["m2"]), F(2)), ("Three-pointers", F(P["m3"]), F(3)), ("Free throws", F(P["ft"]), F(1))]
    pr, tp, _, _ = b.prod_table(("Shot", "Made", "Points each", "Points"), rows, pfmt="int", afmt="int", bfmt="int",
                                sum_a=False, sum_label="total points", unit_p="points",
                                formula="Points (Made × Points each)")
    return b.final(tp, "int", "%s scored **{a}** points." % P["name"])


# ======================================================================= 18 win-loss
WIN = [
    dict(mode="pct", q=["The {team} finished the season {w}–{l}. What was their winning percentage, written to three decimals?",
                       "With a record of {w} wins and {l} losses, what is the {team}' winning percentage (three decimal places)?"]),
    dict(mode="ties", q=["A hockey team went {w}–{l}–{tt} (wins–losses–ties). Counting each tie as half a win, what is its winning percentage, to three decimals?"]),
    dict(mode="need", q=["The {team} are {w}–{l} with {rem} games left. How many of the remaining games must they win to finish with a .600 winning percentage?"]),
    dict(mode="pcent", q=["A volleyball team won {w} matches and lost {l}. What percent of its matches did it win, to the nearest tenth of a percent?"]),
    dict(mode="gb", q=["The {team} are {w}–{l} and the {team2} are {w2}–{l2}. How many games behind the {team} are the {team2}?",
                      "Standings: {team} {w}–{l}, {team2} {w2}–{l2}. Compute the {team2}' games behind the leader."]),
]


def gen_win(r, c):
    P = person(r)
    tm = r.sample(TEAMS, 2)
    P.update(team=tm[0], team2=tm[1], lead0=r.random() < 0.4)
    m = c["mode"]
    if m == "pct":
        w = r.randint(20, 110)
        P.update(w=w, l=r.randint(max(12, int(w * 0.45)), int(w * 1.6)))
    elif m == "ties":
        P.update(w=r.randint(10, 45), l=r.randint(8, 35), tt=r.randint(1, 9))
    elif m == "need":
        while True:
            w, l, rem = r.randint(20, 70), r.randint(15, 60), r.randint(10, 40)
            tot = w + l + rem
            if (tot * 6) % 10 == 0 and 0 < tot * 6 // 10 - w <= rem:
                break
        P.update(w=w, l=l, rem=rem)
    elif m == "pcent":
        P.update(w=r.randint(5, 30), l=r.randint(3, 25))
    else:
        w, l = r.randint(40, 90), r.randint(30, 70)
        P.update(w=w, l=l, w2=w - r.randint(2, 12), l2=l + r.randint(0, 9))
    return P


def solve_win(b, P, c):
    m = c["mode"]
    w, l = F(P["w"]), F(P["l"])
    if m in ("pct", "pcent"):
        b.intro("Winning percentage = wins ÷ games played.")
        b.section("Games played")
        g = b.calc("games played", S(N(w, "int"), N(l, "int")), "int", "games", worded=True)
        b.section("Winning percentage")
        if m == "pct":
            p = b.calc("winning percentage", D(N(w, "int"), N(g, "int")), "bat")
            return b.final(p, "bat", "The winning percentage is **{a}**.", final_plain=bat_final(P))
        dec = b.calc("fraction of matches won", D(N(w, "int"), N(g, "int")), "d4")
        p = b.calc("winning percentage", M(N(dec), N(100, "int")), "rp1")
        b.say("So %s of the matches is the same as %s." % (b.n(dec), b.n(p, "rp1")))
        return b.final(p, "d1", "They won **{a}%** of their matches.")
    if m == "ties":
        tt = F(P["tt"])
        b.intro("Count each tie as half a win, and divide by all games played.")
        b.section("Win credit")
        half = b.calc("credit from ties", M(N(F(1, 2), "auto"), N(tt, "int")), "auto", worded=True)
        wc = b.calc("win credit", S(N(w, "int"), N(half)), "auto")
        b.section("Games played")
        g = b.calc("games played", S(N(w, "int"), N(l, "int"), N(tt, "int")), "int")
        b.section("Winning percentage")
        p = b.calc("winning percentage", D(N(wc), N(g, "int")), "bat")
        return b.final(p, "bat", "The winning percentage is **{a}**.", final_plain=bat_final(P))
    if m == "need":
        rem = F(P["rem"])
        b.intro("Find how many total wins a .600 season needs, then subtract the wins they already have.")
        b.section("Total games")
        g = b.calc("total games", S(N(w, "int"), N(l, "int"), N(rem, "int")), "int", "games")
        b.section("Wins needed for .600")
        wn = b.calc("wins needed", M(N(F(6, 10), "f3"), N(g, "int")), "auto", "wins", worded=True)
        b.section("Remaining wins needed")
        more = b.calc("additional wins", Sub(N(wn), N(w, "int")), "auto", "wins", worded=True)
        b.check(D(S(N(w, "int"), N(more)), N(g, "int")), F(6, 10), "bat")
        return b.final(more, "auto", "They need to win **{a}** of their last %d games." % P["rem"])
    w2, l2 = F(P["w2"]), F(P["l2"])
    b.intro("Games behind = ((leader's wins − other team's wins) + (other team's losses − leader's losses)) ÷ 2.")
    b.section("Differences")
    dw = b.calc("difference in wins", Sub(N(w, "int"), N(w2, "int")), "int")
    dl = b.calc("difference in losses", Sub(N(l2, "int"), N(l, "int")), "int")
    b.section("Games behind")
    gb = b.calc("games behind", D(S(N(dw, "int"), N(dl, "int")), N(2, "int")), "auto", chain=True)
    return b.final(gb, "auto", "The %s are **{a}** games behind." % P["team2"])


# ======================================================================= 19 goal difference
OPP = ["Rovers", "United", "City", "Athletic", "Wanderers", "Albion", "Town", "Dynamo", "Rangers"]
GD = [
    dict(ask="gd", sport="soccer", q=["In group play, {team} {results}. What is their goal difference?",
                                     "Here are {teamp} results: {results}. Find the goal difference (goals for minus goals against)."]),
    dict(ask="pts", sport="soccer", q=["A soccer team {results}. With 3 points for a win, 1 for a draw and 0 for a loss, how many points did they earn?"]),
    dict(ask="gd", sport="hockey", q=["Over a road trip the {team} {results}. What was their goal differential for the trip?"]),
    dict(ask="gpg", sport="soccer", q=["{team} {results}. How many goals per game did they score, to the nearest hundredth?"]),
    dict(ask="gd", sport="lacrosse", q=["A lacrosse team {results}. What is the team's goal differential over these games?"]),
]


def gen_gd(r, c):
    P = person(r)
    nm = r.randint(4, 6)
    opp = r.sample(OPP, nm)
    hi = 5 if c["sport"] != "lacrosse" else 16
    lo = 0 if c["sport"] != "lacrosse" else 4
    games = [(r.randint(lo, hi), r.randint(lo, hi)) for _ in range(nm)]
    parts = []
    for o, (f, a) in zip(opp, games):
        if f > a:
            parts.append("beat %s %d–%d" % (o, f, a))
        elif f < a:
            parts.append("lost to %s %d–%d" % (o, a, f))
        else:
            parts.append("drew with %s %d–%d" % (o, f, a))
    tm = r.choice(TEAMS) if c["sport"] != "soccer" else r.choice(["Northfield FC", "Harbor City", "Riverside SC", "Eastgate FC"])
    P.update(teamp=(("the " + tm + "'") if tm.endswith("s") else (tm + "'s")),
             team=("the " + tm) if c["sport"] == "hockey" else tm,
             games=games, opp=opp, results=", ".join(parts[:-1]) + ", and " + parts[-1])
    return P


def solve_gd(b, P, c):
    games, opp = P["games"], P["opp"]
    rows = [("vs %s" % o, [F(f), F(a)]) for o, (f, a) in zip(opp, games)]
    if c["ask"] == "pts":
        W = sum(1 for f, a in games if f > a)
        Dr = sum(1 for f, a in games if f == a)
        L = len(games) - W - Dr
        b.intro("Count the wins, draws and losses first.")
        b.say("That's %d win%s, %d draw%s and %d loss%s." % (W, "" if W == 1 else "s", Dr, "" if Dr == 1 else "s", L, "" if L == 1 else "es"), keep=True)
        b.section("Points")
        pr, tp, _, _ = b.prod_table(("Result", "Games", "Points each", "Points"),
                                    [("Wins", F(W), F(3)), ("Draws", F(Dr), F(1)), ("Losses", F(L), F(0))],
                                    pfmt="int", afmt="int", bfmt="int", sum_a=False, sum_label="total points",
                                    formula="Points (Games × Points each)")
        return b.final(tp, "int", "They earned **{a}** points.")
    b.intro("List goals scored (for) and goals conceded (against) in each game.")
    b.section("Goals for and against")
    gf, ga = b.cols_table(("Game", "GF", "GA"), rows, ["int", "int"], ["Goals for", "Goals against"])
    if c["ask"] == "gpg":
        b.section("Goals per game")
        g = b.calc("goals per game", D(N(gf, "int"), N(len(games), "int")), "d2")
        return b.final(g, "d2", "They scored **{a}** goals per game.")
    b.section("Difference")
    gd = b.calc("goal difference", Sub(N(gf, "int"), N(ga, "int")), "int", worded=True)
    if gd > 0:
        b.say("A positive goal difference: +%s." % b.n(gd, "int"))
    elif gd < 0:
        b.say("They conceded more than they scored, so the difference is negative.")
    return b.final(gd, "int", "The goal difference is **{a}**.")


# ======================================================================= 20 league points
LP = [
    dict(mode="pts", q=["A soccer club has {W} wins, {Dd} draws and {L} losses. At 3 points per win and 1 per draw, how many points does it have?",
                       "{team} are {W}-{Dd}-{L} (W-D-L) in the league. How many points is that, with 3 for a win and 1 for a draw?"]),
    dict(mode="ppg", q=["A team has {W} wins, {Dd} draws and {L} losses (3 points for a win, 1 for a draw). What is its points per game, to two decimal places?"]),
    dict(mode="diff", q=["{team} have {W} wins and {Dd} draws; {team2} have {W2} wins and {D2} draws. With 3 points per win and 1 per draw, how many points ahead are {team}?"]),
    dict(mode="max", q=["With {rem} games left, a club has {W} wins, {Dd} draws and {L} losses. If it wins every remaining game (3 points each, 1 per draw), how many points will it finish with?"]),
]


def gen_lp(r, c):
    P = person(r)
    tm = r.sample(["Northfield FC", "Harbor City", "Riverside SC", "Eastgate FC", "Lakeside United", "Westbrook Town"], 2)
    W, Dd, L = r.randint(6, 24), r.randint(2, 11), r.randint(2, 14)
    W2, D2 = max(1, W - r.randint(1, 5)), r.randint(1, 12)
    while 3 * W + Dd <= 3 * W2 + D2:
        W2 -= 1
    P.update(team=tm[0], team2=tm[1], W=W, Dd=Dd, L=L, W2=W2, D2=D2, rem=r.randint(3, 12))
    return P


def solve_lp(b, P, c):
    W, Dd, L = F(P["W"]), F(P["Dd"]), F(P["L"])
    m = c["mode"]
    b.intro("Points = 3 × wins + 1 × draws (losses are worth 0).")
    if m == "diff":
        b.section("%s" % P["team"])
        p1 = b.calc("%s points" % P["team"], lead="%s:" % P["team"], e=S(M(N(3, "int"), N(W, "int")), N(Dd, "int")), fmt="int", unit="points", chain=True)
        b.section("%s" % P["team2"])
        p2 = b.calc("%s points" % P["team2"], lead="%s:" % P["team2"], e=S(M(N(3, "int"), N(F(P["W2"]), "int")), N(F(P["D2"]), "int")), fmt="int", unit="points", chain=True)
        b.section("Gap")
        d = b.calc("gap", Sub(N(p1, "int"), N(p2, "int")), "int", "points", worded=True)
        return b.final(d, "int", "%s are **{a}** points ahead." % P["team"])
    b.section("Points from each result")
    pr, tp, gp, _ = b.prod_table(("Result", "Games", "Points each", "Points"),
                                 [("Wins", W, F(3)), ("Draws", Dd, F(1)), ("Losses", L, F(0))],
                                 pfmt="int", afmt="int", bfmt="int", sum_a=(m == "ppg"), sum_label="total points",
                                 a_label="games played", formula="Points (Games × Points each)")
    if m == "pts":
        return b.final(tp, "int", "That's **{a}** points.")
    if m == "ppg":
        b.section("Points per game")
        ppg = b.calc("points per game", D(N(tp, "int"), N(gp, "int")), "d2")
        return b.final(ppg, "d2", "The team earns **{a}** points per game.")
    b.section("Remaining games")
    ex = b.calc("points from the remaining games", M(N(3, "int"), N(P["rem"], "int")), "int", "points", worded=True)
    fin = b.calc("final total", S(N(tp, "int"), N(ex, "int")), "int", "points", worded=True)
    return b.final(fin, "int", "The club would finish with **{a}** points.")


# ======================================================================= 21 running totals
RUN = [
    dict(ask="avg", unit="points", fmtv="int", rf="d1", item="Game", lo=6, hi=34, n=(5, 7),
         q=["{name} scored {lst} points in {pos} first {nw} games. Keep a running total and find {pos} average points per game, to the nearest tenth."]),
    dict(ask="tot", unit="pages", fmtv="int", rf="int", item="Day", lo=18, hi=64, n=(5, 7),
         q=["{name} read {lst} pages on consecutive days. How many pages had {sub} read in total by the end?"]),
    dict(ask="tot", unit="miles", fmtv="auto", scale=10, rf="auto", item="Week", lo=85, hi=260, n=(4, 6),
         q=["A runner logged {lst} miles in consecutive weeks of training. What is the total mileage?",
            "Weekly mileage for {name}: {lst}. What is {pos} total for the training block?"]),
    dict(ask="avg", unit="points", fmtv="auto", scale=10, rf="d2", item="Week", lo=62, hi=318, n=(5, 8),
         q=["{name}'s fantasy football team scored {lst} points over the first {nw} weeks. What is the team's average per week, to the nearest hundredth?"]),
    dict(ask="tot", unit="pins", fmtv="int", rf="int", item="Game", lo=540, hi=720, n=(4, 5),
         q=["A bowling team's series totals were {lst} pins over {nw} nights. What is the team's total pinfall?"]),
]


def gen_run(r, c):
    P = person(r)
    n = r.randint(*c["n"])
    sc = c.get("scale", 1)
    vals = [F(r.randint(c["lo"], c["hi"]), sc) for _ in range(n)]
    P.update(vals=vals, nw=NW[n], lst=lst(vals, "auto"))
    return P


def solve_run(b, P, c):
    vals, n = P["vals"], len(P["vals"])
    fv = c["fmtv"]
    b.intro("Keep a running total, adding one %s at a time." % c["item"].lower())
    b.section("Running total")
    rows = [("%s %d" % (c["item"], i + 1), v) for i, v in enumerate(vals)]
    tots = b.run_table((c["item"], cap(c["unit"]), "Running total"), rows, fv, c["unit"],
                       row_label=lambda lab: "after %s" % lab.lower())
    tot = tots[-1]
    if c["ask"] == "tot":
        return b.final(tot, "auto", "The total is **{a} %s**." % c["unit"])
    b.section("Average")
    avg = b.calc("average", D(N(tot, fv), N(n, "int")), c["rf"], c["unit"], worded=True)
    return b.final(avg, c["rf"], "The average is **{a} %s** per %s." % (c["unit"], c["item"].lower()))


# ======================================================================= 22 team totals and shares
SHARE = [
    dict(ask="pct", sport="basketball", unit="points", q=["In a game, {p0} scored {s0} points, {p1} scored {s1}, {p2} scored {s2}, and the rest of the team scored {s3}. What percent of the team's points did {p0} score, to the nearest tenth?"]),
    dict(ask="rest", sport="hockey", unit="points", q=["A hockey team had {tot} total points this season. {p0} had {s0}, {p1} had {s1}, and {p2} had {s2}. How many points did the rest of the team have?",
                                                     "Of the {tot} points a hockey team recorded, its top three players had {s0}, {s1} and {s2}. How many points came from everyone else?"]),
    dict(ask="pct", sport="soccer", unit="goals", q=["A soccer team scored {s0} goals from {p0}, {s1} from {p1}, {s2} from {p2}, and {s3} from other players. What percentage of the goals did {p0} score (nearest tenth)?"]),
    dict(ask="avg", sport="volleyball", unit="kills", q=["In a match, the hitters recorded {s0}, {s1}, {s2} and {s3} kills. What was the team total, and what was the average per hitter? Give the average."]),
    dict(ask="split", sport="prize", unit="", q=["A team of {k} players wins a {prize} prize. After a {fee} entry-fee reimbursement to the coach, they split the rest equally. How much does each player get?"]),
]


def gen_share(r, c):
    P = person(r)
    ps = r.sample([n for n, _ in NAMES], 3)
    P.update(p0=ps[0], p1=ps[1], p2=ps[2])
    if c["sport"] == "basketball":
        s = [r.randint(12, 34), r.randint(8, 24), r.randint(6, 20), r.randint(15, 45)]
    elif c["sport"] == "hockey":
        s = [r.randint(40, 95), r.randint(30, 80), r.randint(25, 70)]
        P["tot"] = sum(s) + r.randint(120, 260)
    elif c["sport"] == "soccer":
        s = [r.randint(8, 24), r.randint(4, 15), r.randint(3, 12), r.randint(10, 30)]
    elif c["sport"] == "volleyball":
        s = [r.randint(6, 22) for _ in range(4)]
    else:
        k = r.choice([5, 6, 8, 10, 12])
        fee = r.choice([150, 200, 250, 300, 400])
        per = r.randint(120, 900) * 5
        P.update(k=k, feev=F(fee), prize_v=F(per * k + fee), prize=t(per * k + fee, "usd"), fee=t(fee, "usd"))
        s = []
    for i, v in enumerate(s):
        P["s%d" % i] = v
    P["s"] = [F(v) for v in s]
    if c["sport"] == "hockey":
        P["tot"] = t(P["tot"])
    return P


def solve_share(b, P, c):
    s = P["s"]
    U = c["unit"]
    if c["ask"] == "split":
        b.intro("Take out the reimbursement first, then divide by the number of players.")
        b.section("Amount to split")
        rest = b.calc("amount left to split", Sub(N(P["prize_v"], "usd"), N(P["feev"], "usd")), "usd", worded=True)
        b.section("Each player's share")
        each = b.calc("each player's share", D(N(rest, "usd"), N(P["k"], "int")), "money", worded=True)
        return b.final(each, "money", "Each player gets **{a}**.")
    if c["ask"] == "rest":
        b.intro("Subtract the top three players' points from the team total.")
        b.section("Top three combined")
        top = b.sum_table("top three combined", ("Player", "Points"), list(zip([P["p0"], P["p1"], P["p2"]], s)), "int", U)
        b.section("Everyone else")
        tot = F(P["tot"].replace(",", ""))
        rest = b.calc("rest of the team", Sub(N(tot, "int"), N(top, "int")), "int", U, worded=True)
        return b.final(rest, "int", "The rest of the team had **{a}** points.")
    if c["ask"] == "avg":
        b.intro("Add the kills, then divide by the number of hitters.")
        b.section("Team total")
        tot = b.sum_table("team total", ("Hitter", "Kills"), [("Hitter %d" % (i + 1), v) for i, v in enumerate(s)], "int", U)
        b.section("Average per hitter")
        avg = b.calc("average per hitter", D(N(tot, "int"), N(4, "int")), "auto", U, worded=True)
        return b.final(avg, "auto", "The average is **{a}** kills per hitter.")
    b.intro("Find the team total first, then %s's share of it." % P["p0"])
    b.section("Team total")
    tot = b.sum_table("team total", ("Player", cap(U)), list(zip([P["p0"], P["p1"], P["p2"], "Others"], s)), "int", U)
    b.section("%s's share" % P["p0"])
    if P["s0"] % 2:
        pc = b.calc("%s's share" % P["p0"], M(D(N(s[0], "int"), N(tot, "int")), N(100, "int")), "rp1")
    else:
        pc = b.calc("%s's share" % P["p0"], D(N(s[0], "int"), N(tot, "int")), "pct1") * 100
    return b.final(pc, "d1", "%s scored **{a}%%** of the team's %s." % (P["p0"], U))


# ======================================================================= 23 points per game (one player)
PPG = [
    dict(mode="basic", q=["{name} scored {pts} points in {g} games this season. What is {pos} scoring average, to the nearest tenth of a point per game?",
                         "Season totals for {name}: {pts} points in {g} games played. Find {pos} points per game (one decimal place)."]),
    dict(mode="pace", q=["Through {g} games {name} has {pts} points. At this rate, how many points will {sub} have after an {G}-game season?"]),
    dict(mode="log", q=["{name}'s point totals in {pos} last {nw} games were {lst}. What is {pos} points-per-game average over that stretch, to the nearest tenth?"]),
    dict(mode="goal", q=["{name} has {pts} points through {g} games and wants to reach {goal} points in an {G}-game season. How many points per game must {sub} average over the remaining games, to the nearest tenth?"]),
]


def gen_ppg(r, c):
    P = person(r)
    m = c["mode"]
    G = 82
    if m == "basic":
        g = r.randint(18, 82)
        P.update(g=g, pts=r.randint(int(g * 8), int(g * 31)))
    elif m == "pace":
        while True:
            g = r.randint(10, 60)
            ppg = F(r.randint(80, 300), 10)
            pts = ppg * g
            if pts.denominator == 1 and (ppg * G).denominator == 1:
                break
        P.update(g=g, pts=int(pts), G=G)
    elif m == "log":
        n = r.randint(5, 8)
        vals = [F(r.randint(6, 41)) for _ in range(n)]
        P.update(vals=vals, nw=NW[n], lst=lst(vals))
    else:
        g = r.randint(30, 70)
        pts = r.randint(g * 10, g * 22)
        goal = (pts // 100 + r.randint(3, 8)) * 100
        P.update(g=g, pts=pts, goal=goal, G=G)
    P["pts_t"] = t(P.get("pts", 0))
    return P


def solve_ppg(b, P, c):
    m = c["mode"]
    if m == "basic":
        b.intro("Points per game = total points ÷ games played.")
        ppg = b.calc("points per game", D(N(P["pts"], "int"), N(P["g"], "int")), "d1", "points per game", worded=True)
        return b.final(ppg, "d1", "%s averages **{a}** points per game." % P["name"])
    if m == "pace":
        b.intro("Find the per-game rate, then multiply by the number of games in the season.")
        b.section("Points per game")
        ppg = b.calc("points per game", D(N(P["pts"], "int"), N(P["g"], "int")), "auto", worded=True)
        b.section("Projected season total")
        tot = b.calc("projected total", M(N(ppg), N(P["G"], "int")), "auto", "points", worded=True)
        return b.final(tot, "auto", "At that pace %s would finish with **{a}** points." % P["name"])
    if m == "log":
        vals = P["vals"]
        b.intro("Add up the points and divide by the number of games.")
        b.section("Total points")
        tot = b.sum_table("total points", ("Game", "Points"), [("Game %d" % (i + 1), v) for i, v in enumerate(vals)], "int", "points")
        b.section("Average")
        ppg = b.calc("points per game", D(N(tot, "int"), N(len(vals), "int")), "d1", worded=True)
        return b.final(ppg, "d1", "That's **{a}** points per game.")
    b.intro("Work out the points still needed and the games still left.")
    b.section("Points still needed")
    need = b.calc("points still needed", Sub(N(P["goal"], "int"), N(P["pts"], "int")), "int", "points", worded=True)
    b.section("Games remaining")
    gr = b.calc("games remaining", Sub(N(P["G"], "int"), N(P["g"], "int")), "int", "games", worded=True)
    b.section("Required average")
    req = b.calc("required average", D(N(need, "int"), N(gr, "int")), "d1", "points per game")
    return b.final(req, "d1", "%s needs about **{a}** points per game the rest of the way." % P["name"])


# ======================================================================= 24 compare per-game rates
CMP = [
    dict(stat="Points", short="PPG", rf="d1", lo=6, hi=31, q=["Three players' season totals: {r0}; {r1}; {r2}. Who has the highest points per game, and what is it (to the nearest tenth)?"]),
    dict(stat="Rebounds", short="RPG", rf="d1", lo=3, hi=13, q=["Rebounding totals: {r0}; {r1}; {r2}. Which player averages the most rebounds per game, and how many (nearest tenth)?"]),
    dict(stat="Goals", short="GPG", rf="d2", lo=F(1, 10), hi=F(9, 10), q=["Goal-scoring records: {r0}; {r1}; {r2}. Which striker has the best goals-per-game rate, and what is it to the nearest hundredth?",
                                                                        "Compare goals per game for three strikers — {r0}; {r1}; {r2}. Give the highest rate, rounded to two decimals."]),
    dict(stat="Assists", short="APG", rf="d1", lo=2, hi=11, q=["Assist totals for three guards: {r0}; {r1}; {r2}. Which guard averages the most assists per game, and what is that average (nearest tenth)?"]),
]


def gen_cmp(r, c):
    P = person(r)
    ps = r.sample([n for n, _ in NAMES], 3)
    rows = []
    while True:
        rows = []
        for p in ps:
            g = r.randint(20, 82) if c["stat"] != "Goals" else r.randint(18, 38)
            rate = F(r.randint(int(F(c["lo"]) * 100), int(F(c["hi"]) * 100)), 100)
            tot = max(1, int(round(rate * g)))
            rows.append((p, F(tot), F(g)))
        rs = sorted([a / g for _, a, g in rows])
        if rs[-1] - rs[-2] > F(2, 10) if c["stat"] != "Goals" else rs[-1] - rs[-2] > F(3, 100):
            break
    P["rows"] = rows
    for i, (p, a, g) in enumerate(rows):
        P["r%d" % i] = "%s, %s %s in %s games" % (p, t(a), c["stat"].lower(), t(g))
    return P


def solve_cmp(b, P, c):
    rows = P["rows"]
    b.intro("Divide each player's total by games played and compare.")
    b.section("%s for each player" % c["short"])
    rates = b.ratio_table(("Player", c["stat"], "Games", c["short"]), rows, "int", "int", c["rf"],
                          "%s (%s ÷ Games)" % (c["short"], c["stat"]), row_lead=lambda p: "%s's %s is" % (p, c["short"]))
    best = max(range(3), key=lambda i: rates[i])
    b.section("Compare")
    b.say("The highest is %s with %s." % (rows[best][0], b.n(rates[best], c["rf"])))
    return b.final(rates[best], c["rf"], "%s leads with **{a}** %s." % (rows[best][0], c["short"]))


KINDS = [
    ("mean", MEAN, gen_mean, solve_mean),
    ("missing", MISS, gen_miss, solve_miss),
    ("newavg", ADD, gen_add, solve_add),
    ("removed", REM, gen_rem, solve_rem),
    ("raise", RAISE, gen_raise, solve_raise),
    ("groups", COMB, gen_comb, solve_comb),
    ("wgrade", WG, gen_wg, solve_wg),
    ("finalneed", FIN, gen_fin, solve_fin),
    ("gpa", GPA, gen_gpa, solve_gpa),
    ("cumgpa", CUM, gen_cum, solve_cum),
    ("speed", LEGS, gen_legs, solve_legs),
    ("roundtrip", RT, gen_rt, solve_rt),
    ("blend", BLEND, gen_blend, solve_blend),
    ("solution", SOL, gen_sol, solve_sol),
    ("mixalg", MIXT, gen_mixt, solve_mixt),
    ("batting", BAT, gen_bat, solve_bat),
    ("shooting", SHOOT, gen_shoot, solve_shoot),
    ("winpct", WIN, gen_win, solve_win),
    ("goaldiff", GD, gen_gd, solve_gd),
    ("league", LP, gen_lp, solve_lp),
    ("running", RUN, gen_run, solve_run),
    ("share", SHARE, gen_share, solve_share),
    ("ppg", PPG, gen_ppg, solve_ppg),
    ("compare", CMP, gen_cmp, solve_cmp),
]
