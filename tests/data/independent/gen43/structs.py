"""Problem structures for ages, calendars and dates.

Each structure: name, params(rng) -> dict, phrasings (list of p -> str), solve(p, C) -> plan.
"""
import calendar
import re
import datetime
from engine import Yr, I, need, n, Bad, WEEKDAYS, MONTHS, R

PEOPLE = [("Maya", "she", "her"), ("Liam", "he", "his"), ("Sofia", "she", "her"),
          ("Noah", "he", "his"), ("Aisha", "she", "her"), ("Ethan", "he", "his"),
          ("Priya", "she", "her"), ("Lucas", "he", "his"), ("Chloe", "she", "her"),
          ("Mateo", "he", "his"), ("Hannah", "she", "her"), ("Omar", "he", "his"),
          ("Zoe", "she", "her"), ("Daniel", "he", "his"), ("Mei", "she", "her"),
          ("Jonah", "he", "his"), ("Elena", "she", "her"), ("Ravi", "he", "his"),
          ("Grace", "she", "her"), ("Kwame", "he", "his"), ("Ines", "she", "her"),
          ("Theo", "he", "his"), ("Leila", "she", "her"), ("Marcus", "he", "his")]
ALLNAMES = [p[0] for p in PEOPLE]
SUN_FIRST = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]


def person(rng, avoid=()):
    while True:
        p = rng.choice(PEOPLE)
        if p[0] not in avoid:
            return p


def dim(y, m):
    return calendar.monthrange(y, m)[1]


def leap(y):
    return calendar.isleap(y)


def ordn(k):
    k = int(k)
    if 10 <= k % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return "%d%s" % (k, suf)


def fd(y, m, d, f):
    mn = MONTHS[m - 1]
    if f == "long":
        return "%s %d" % (mn, d)
    if f == "longy":
        return "%s %d, %d" % (mn, d, y)
    if f == "dmy":
        return "%d %s %d" % (d, mn, y)
    if f == "dm":
        return "%d %s" % (d, mn)
    if f == "us":
        return "%d/%d/%d" % (m, d, y)
    if f == "usnoy":
        return "%d/%d" % (m, d)
    if f == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if f == "ord":
        return "%s %s" % (mn, ordn(d))
    if f == "abbr":
        return "%s %d" % (mn[:3], d)
    raise ValueError(f)


def wd(y, m, d):
    return datetime.date(y, m, d).weekday()  # 0 = Monday


def fwd_list(w, k):
    return [WEEKDAYS[(w + i) % 7] for i in range(1, k + 1)]


def bwd_list(w, k):
    return [WEEKDAYS[(w - i) % 7] for i in range(1, k + 1)]


def count_words(days):
    return ", ".join("%s (%d)" % (d, i + 1) for i, d in enumerate(days))


def plan(goal, answer, final, short, names, numeric=True, given="", **kw):
    if re.fullmatch(r"-?[\d,]+(\.\d+)?", final):
        final = final.replace(",", "")
    d = dict(goal=goal, answer=answer, final=final, short_answer=short, names=list(names),
             numeric=numeric, given=given or goal)
    d.update(kw)
    return d


def pl_(k, unit):
    return "%d %s%s" % (k, unit, "" if k == 1 else "s")


def ym(y, m):
    if m == 0:
        return pl_(y, "year")
    return "%s %s" % (pl_(y, "year"), pl_(m, "month"))


def cap(s):
    return s[0].upper() + s[1:]


STRUCTS = []


def struct(name, phr):
    def deco(fn):
        STRUCTS.append(dict(name=name, phr=phr, params=fn.params, solve=fn))
        return fn
    return deco


def with_params(pf):
    def deco(fn):
        fn.params = pf
        return fn
    return deco


# =========================================================== AGES
def p_born(rng):
    nm, pr, po = person(rng)
    by = rng.randint(1938, 2014)
    y = rng.randint(max(by + 6, 2019), 2034)
    return dict(name=nm, pr=pr, po=po, by=by, y=y)


@struct("born_turns", [
    lambda p: "%s was born in %d. How old will %s turn on %s birthday in %d?" % (p["name"], p["by"], p["pr"], p["po"], p["y"]),
    lambda p: "If someone was born in %d, what age do they reach in %d?" % (p["by"], p["y"]),
    lambda p: "%s's birth year is %d. How old will %s be at the end of %d?" % (p["name"], p["by"], p["pr"], p["y"]),
    lambda p: "born %d... how old in %d?" % (p["by"], p["y"]),
    lambda p: "My grandmother was born in %d. How old will she be on her birthday in %d?" % (p["by"], p["y"]),
])
@with_params(p_born)
def s_born_turns(p, C):
    who = p["name"] if p.get("ph") not in (1, 3, 4) else {1: "Someone born in %d" % p["by"], 3: "A person born in %d" % p["by"], 4: "Grandma"}[p["ph"]]
    if p["ph"] == 4:
        need(p["by"] <= 1965)
    age = C.ex(Yr(p["y"]), "-", Yr(p["by"]), unit="years")
    need(age > 0)
    C.step("Subtract the birth year",
           lead=["Subtract the birth year from %d" % p["y"],
                 "The age on the %d birthday is the difference of the years" % p["y"]],
           tail="%s turns %s in %d." % (who, n(age), p["y"]),
           var=("a", "the age in %d" % p["y"]), short="age")
    C.ex(Yr(p["by"]), "+", age, year=True)
    C.check()
    ans = "%s turns %s in %d." % (who, n(age), p["y"])
    return plan("find the age reached in %d" % p["y"], ans, n(age), "%s years old" % n(age),
                [p["name"], who], birthday=True)


def p_turns(rng):
    nm, pr, po = person(rng)
    by = rng.randint(1950, 2015)
    a = rng.choice([16, 18, 21, 30, 40, 50, 60, 65, 70, 75, 80, 90, 100, rng.randint(10, 60)])
    return dict(name=nm, pr=pr, po=po, by=by, a=a)


@struct("turns_age_year", [
    lambda p: "%s was born in %d. In what year will %s turn %d?" % (p["name"], p["by"], p["pr"], p["a"]),
    lambda p: "A company founded in %d will celebrate its %s anniversary in which year?" % (p["by"], ordn(p["a"])),
    lambda p: "Planning ahead: %s was born in %d. In which year is %s %s birthday?" % (p["name"], p["by"], p["po"], ordn(p["a"])),
    lambda p: "If you were born in %d, what year will you be %d years old?" % (p["by"], p["a"]),
])
@with_params(p_turns)
def s_turns_age_year(p, C):
    yr = C.ex(Yr(p["by"]), "+", p["a"], year=True)
    what = "the %s anniversary" % ordn(p["a"]) if p["ph"] == 1 else "age %d" % p["a"]
    C.step("Add the age to the starting year",
           lead=["Add %d years to %d" % (p["a"], p["by"]), "Start from %d and add %d" % (p["by"], p["a"])],
           tail="So %s is reached in %s." % (what, n(yr, year=True)), var=("Y", "the year"), short="year")
    C.ex(Yr(yr), "-", Yr(p["by"]))
    C.check()
    return plan("find the year of %s" % what, "%s comes in %s." % (cap(what), n(yr, year=True)),
                n(yr, year=True), n(yr, year=True), [p["name"]])


def p_parent_birth(rng):
    nm, pr, po = person(rng)
    par = rng.choice(["Mom", "Dad", "Grandma", "Aunt Rosa", "Uncle Ben"])
    gap = rng.randint(20, 41) if par[0] in "MDAU" else rng.randint(45, 70)
    s = rng.randint(3, 30)
    return dict(name=nm, pr=pr, po=po, par=par, s=s, m=s + gap)


@struct("parent_at_birth", [
    lambda p: "%s is %d years old and %s is %d. How old was %s when %s was born?" % (p["par"], p["m"], p["name"], p["s"], p["par"], p["name"]),
    lambda p: "%s is %d. %s %s is %d now. What was %s's age when %s was born?" % (p["name"], p["s"], cap(p["po"]), p["par"].lower() if p["par"] in ("Mom", "Dad", "Grandma") else "relative " + p["par"], p["m"], p["par"], p["name"]),
    lambda p: "Right now %s is %d and %s is %d. How old was %s on the day %s was born?" % (p["par"], p["m"], p["name"], p["s"], p["par"], p["name"]),
    lambda p: "%s: %d years old. %s: %d years old. %s's age at %s's birth?" % (p["par"], p["m"], p["name"], p["s"], p["par"], p["name"]),
])
@with_params(p_parent_birth)
def s_parent_at_birth(p, C):
    d = C.ex(p["m"], "-", p["s"], unit="years", lo=1)
    C.step("Age difference",
           lead=["The age gap never changes, so subtract",
                 "%s was born %d years ago, so go back %d years from %s's age" % (p["name"], p["s"], p["s"], p["par"])],
           tail="%s was %s when %s was born." % (p["par"], n(d), p["name"]), var=("d", "the age difference"), short="gap")
    C.ex(p["s"], "+", d)
    C.check()
    return plan("find %s's age when %s was born" % (p["par"], p["name"]),
                "%s was %s years old when %s was born." % (p["par"], n(d), p["name"]), n(d),
                "%s years old" % n(d), [p["name"], p["par"], "Aunt", "Uncle"])


def p_pwct(rng):
    nm, pr, po = person(rng)
    par = rng.choice(["dad", "mom"])
    py = rng.randint(1955, 1995)
    cy = py + rng.randint(21, 40)
    k = rng.choice([16, 18, 21, 25, 30, rng.randint(5, 30)])
    return dict(name=nm, pr=pr, po=po, par=par, py=py, cy=cy, k=k)


@struct("parent_when_child_turns", [
    lambda p: "%s's %s was born in %d and %s was born in %d. How old will %s %s be when %s turns %d?" % (p["name"], p["par"], p["py"], p["name"], p["cy"], p["po"], p["par"], p["pr"], p["k"]),
    lambda p: "A %s born in %d has a child born in %d. What is the parent's age in the year the child turns %d?" % ("father" if p["par"] == "dad" else "mother", p["py"], p["cy"], p["k"]),
    lambda p: "Birth years: %s %d, %s %d. When %s is %d, how old is %s %s?" % (p["par"], p["py"], p["name"], p["cy"], p["name"], p["k"], p["po"], p["par"]),
    lambda p: "%s was born in %d; %s %s in %d. Find the %s's age on %s's %s birthday." % (p["name"], p["cy"], p["po"], p["par"], p["py"], p["par"], p["name"], ordn(p["k"])),
])
@with_params(p_pwct)
def s_pwct(p, C):
    meth = R(p["pid"], "meth").choice(["year", "gap"])
    if p["ph"] == 1:
        p = dict(p, name="the child", par="father" if p["par"] == "dad" else "mother")
    if meth == "year":
        yk = C.ex(Yr(p["cy"]), "+", p["k"], year=True)
        C.step("Year of the birthday", lead=["%s turns %d in" % (p["name"], p["k"]), "Find the year %s turns %d" % (p["name"], p["k"])],
               tail="That happens in %s." % n(yk, year=True), var=("Y", "the year %s turns %d" % (p["name"], p["k"])), short="year")
        age = C.ex(Yr(yk), "-", Yr(p["py"]), unit="years")
        C.step("Parent's age that year", lead=["Subtract the %s's birth year" % p["par"], "Now the %s's age in %s" % (p["par"], n(yk, year=True))],
               tail="The %s will be %s." % (p["par"], n(age)), var=("A", "the %s's age then" % p["par"]), short="age")
    else:
        gap = C.ex(Yr(p["cy"]), "-", Yr(p["py"]), unit="years")
        C.step("Age gap", lead=["The %s is older by" % p["par"], "Find the age difference"],
               tail="The gap is always %s years." % n(gap), var=("g", "the age gap"), short="gap")
        age = C.ex(gap, "+", p["k"], unit="years")
        C.step("Add the gap", lead=["When %s is %d, add the gap" % (p["name"], p["k"]), "Add the gap to %d" % p["k"]],
               tail="So the %s is %s." % (p["par"], n(age)), var=("A", "the %s's age then" % p["par"]), short="age")
    need(age > 0)
    return plan("find the %s's age when %s turns %d" % (p["par"], p["name"], p["k"]),
                "The %s will be %s years old." % (p["par"], n(age)), n(age), "%s" % n(age), [p["name"]])


def p_sumdiff(rng):
    a, b = rng.sample(PEOPLE, 2)
    y = rng.randint(4, 40)
    d = rng.randint(1, 19)
    ask = rng.choice(["old", "young"])
    return dict(A=a[0], B=b[0], y=y, d=d, o=y + d, S=2 * y + d, ask=ask)


@struct("age_sum_diff", [
    lambda p: "The sum of %s's and %s's ages is %d. %s is %d years older than %s. How old is %s?" % (p["A"], p["B"], p["S"], p["A"], p["d"], p["B"], p["A"] if p["ask"] == "old" else p["B"]),
    lambda p: "%s and %s are %d years apart in age, and together their ages add up to %d. What is the %s one's age?" % (p["A"], p["B"], p["d"], p["S"], "older" if p["ask"] == "old" else "younger"),
    lambda p: "Together, %s (the older) and %s have a combined age of %d years. The difference in their ages is %d. Find %s's age." % (p["A"], p["B"], p["S"], p["d"], p["A"] if p["ask"] == "old" else p["B"]),
    lambda p: "Two siblings' ages total %d. One is %d years older than the other. How old is the %s sibling?" % (p["S"], p["d"], "older" if p["ask"] == "old" else "younger"),
])
@with_params(p_sumdiff)
def s_sumdiff(p, C):
    A, B = (p["A"], p["B"]) if p["ph"] != 3 else ("the older sibling", "the younger sibling")
    C.eq("Set up", "Let y be %s's age, so %s is y + %d:" % (B, A, p["d"]),
         ["y + (y + %d) = %d" % (p["d"], p["S"]), "2y + %d = %d" % (p["d"], p["S"])])
    t = C.ex(p["S"], "-", p["d"])
    C.step("Remove the difference", lead=["Subtract %d from both sides" % p["d"], "Take away the %d-year difference" % p["d"]],
           tail="", var=("2y", None), short="2y")
    y = C.ex(t, "/", 2, unit="years")
    C.step("Younger age", lead=["Divide by 2", "Halve it"], tail="So %s is %s." % (B, n(y)), var=("y", None), short="y")
    res, who = y, B
    if p["ask"] == "old":
        o = C.ex(y, "+", p["d"], unit="years")
        C.step("Older age", lead=["Add the %d years back" % p["d"], "%s is %d years older" % (cap(A), p["d"])],
               tail="So %s is %s." % (A, n(o)), var=("o", "%s's age" % A), short="older")
        res, who = o, A
        C.ex(y, "+", o)
        C.check()
    else:
        C.ex(y, "+", y + p["d"])
        C.check()
    need(res > 0)
    return plan("find the %s age" % ("older" if p["ask"] == "old" else "younger"),
                "%s is %s years old." % (cap(who), n(res)), n(res), n(res), [p["A"], p["B"]])


def p_twice(rng):
    c = person(rng)
    par = rng.choice(["father", "mother", "aunt", "uncle"])
    b = rng.randint(3, 14)
    x = rng.randint(max(2, 20 - b), 30 - b)
    return dict(name=c[0], pr=c[1], po=c[2], par=par, b=b, x=x, a=2 * b + x)


@struct("twice_future", [
    lambda p: "%s is %d years old and %s %s is %d. In how many years will the %s be twice as old as %s?" % (p["name"], p["b"], p["po"], p["par"], p["a"], p["par"], p["name"]),
    lambda p: "A %s is %d and %s child is %d. After how many years will the %s's age be double the child's age?" % (p["par"], p["a"], "the", p["b"], p["par"]),
    lambda p: "%s's %s is %d. %s is %d. When will the %s be exactly twice %s's age? (Give the number of years from now.)" % (p["name"], p["par"], p["a"], p["name"], p["b"], p["par"], p["name"]),
    lambda p: "In N years a %d-year-old %s will be 2 times as old as a %d-year-old. Find N." % (p["a"], p["par"], p["b"]),
])
@with_params(p_twice)
def s_twice(p, C):
    C.eq("Set up the equation", "Let x be the number of years. In x years the %s is %d + x and %s is %d + x, so" % (p["par"], p["a"], p["name"] if p["ph"] != 3 else "the child", p["b"]),
         ["%d + x = 2(%d + x)" % (p["a"], p["b"])])
    tb = C.ex(2, "*", p["b"])
    C.step("Expand", lead=["Expand the right side", "Distribute the 2"], tail="so %d + x = %s + 2x." % (p["a"], n(tb)),
           var=("c", None), short="2*%d" % p["b"])
    x = C.ex(p["a"], "-", tb, unit="years")
    need(x > 0)
    C.step("Solve for x", lead=["Subtract %s and x from both sides" % n(tb), "Move x to one side and numbers to the other"],
           tail="So x = %s." % n(x), var=("x", None), short="x")
    a2 = C.ex(p["a"], "+", x)
    b2 = C.ex(p["b"], "+", x)
    C.ex(2, "*", b2)
    C.check("in %s years:" % n(x))
    return plan("find when the %s is twice as old" % p["par"],
                "In %s years the %s will be twice as old." % (n(x), p["par"]), n(x), "%s years" % n(x), [p["name"]])


def p_ago(rng):
    a, b = rng.sample(PEOPLE, 2)
    N = rng.randint(2, 12)
    bt = rng.randint(2, 12)
    k = rng.choice([2, 3, 3, 4, 5])
    return dict(A=a[0], B=b[0], N=N, b=bt + N, k=k)


@struct("ago_times", [
    lambda p: "%d years ago, %s was %d times as old as %s. %s is %d now. How old is %s now?" % (p["N"], p["A"], p["k"], p["B"], p["B"], p["b"], p["A"]),
    lambda p: "%s is %d years old today. %d years ago, %s's age was %d times %s's age back then. What is %s's current age?" % (p["B"], p["b"], p["N"], p["A"], p["k"], p["B"], p["A"]),
    lambda p: "Back %d years, %s's age was %d × %s's age. If %s is now %d, find %s's present age." % (p["N"], p["A"], p["k"], p["B"], p["B"], p["b"], p["A"]),
    lambda p: "%s is %d. %d years ago %s was %s as old as %s was then. How old is %s today?" % (p["B"], p["b"], p["N"], p["A"], {2: "twice", 3: "three times", 4: "four times", 5: "five times"}[p["k"]], p["B"], p["A"]),
])
@with_params(p_ago)
def s_ago(p, C):
    bt = C.ex(p["b"], "-", p["N"], unit="years", lo=1)
    C.step("%s's age back then" % p["B"], lead=["%d years ago %s was" % (p["N"], p["B"]), "Go back %d years for %s" % (p["N"], p["B"])],
           tail="", var=("b", "%s's age %d years ago" % (p["B"], p["N"])), short="%s then" % p["B"])
    at = C.ex(p["k"], "*", bt, unit="years")
    C.step("%s's age back then" % p["A"], lead=["%s was %d times that" % (p["A"], p["k"]), "Multiply by %d" % p["k"]],
           tail="", var=("t", "%s's age %d years ago" % (p["A"], p["N"])), short="%s then" % p["A"])
    an = C.ex(at, "+", p["N"], unit="years")
    C.step("%s's age now" % p["A"], lead=["Add the %d years back on" % p["N"], "Come forward %d years" % p["N"]],
           tail="%s is %s now." % (p["A"], n(an)), var=("a", "%s's age now" % p["A"]), short="%s now" % p["A"])
    C.ex(at, "/", bt)
    C.check()
    return plan("find %s's age now" % p["A"], "%s is %s years old now." % (p["A"], n(an)), n(an), n(an), [p["A"], p["B"]])


def p_diffc(rng):
    a = person(rng)
    sib = rng.choice(["sister", "brother", "cousin"])
    t1 = rng.randint(3, 15)
    d = rng.randint(1, 12)
    t2 = t1 + rng.randint(3, 30)
    return dict(name=a[0], pr=a[1], po=a[2], sib=sib, t1=t1, s1=t1 + d, t2=t2)


@struct("diff_constant", [
    lambda p: "When %s was %d, %s %s was %d. Now %s is %d. How old is %s %s now?" % (p["name"], p["t1"], p["po"], p["sib"], p["s1"], p["name"], p["t2"], p["po"], p["sib"]),
    lambda p: "%s's %s was %d years old when %s was %d. If %s is %d today, how old is the %s?" % (p["name"], p["sib"], p["s1"], p["name"], p["t1"], p["name"], p["t2"], p["sib"]),
    lambda p: "At age %d, %s had a %d-year-old %s. %s just turned %d. What's the %s's age?" % (p["t1"], p["name"], p["s1"], p["sib"], p["name"], p["t2"], p["sib"]),
    lambda p: "%s: %d then, %d now. %s %s: %d then. How old is the %s now?" % (p["name"], p["t1"], p["t2"], cap(p["po"]), p["sib"], p["s1"], p["sib"]),
])
@with_params(p_diffc)
def s_diffc(p, C):
    d = C.ex(p["s1"], "-", p["t1"], unit="years", lo=1)
    C.step("Age difference", lead=["The %s is older by" % p["sib"], "Find the gap between their ages"],
           tail="This difference stays the same forever.", var=("d", "the age difference"), short="gap")
    s2 = C.ex(p["t2"], "+", d, unit="years")
    C.step("%s's age now" % cap(p["sib"]), lead=["Add the gap to %s's current age" % p["name"], "Now %s is %d, so" % (p["name"], p["t2"])],
           tail="The %s is %s now." % (p["sib"], n(s2)), var=("s", "the %s's age now" % p["sib"]), short="%s now" % p["sib"])
    C.ex(s2, "-", p["t2"])
    C.check()
    return plan("find the %s's age now" % p["sib"], "The %s is %s years old now." % (p["sib"], n(s2)), n(s2), n(s2), [p["name"]])


def p_three(rng):
    a, b, c = rng.sample(PEOPLE, 3)
    y = rng.randint(3, 14)
    d = rng.randint(1, 5)
    k = rng.choice([2, 2, 3])
    return dict(Y=a[0], M=b[0], O=c[0], y=y, d=d, k=k, T=y + y + d + k * y)


@struct("three_siblings", [
    lambda p: "%s is %d years older than %s, and %s is %s as old as %s. Their ages add up to %d. How old is %s?" % (p["M"], p["d"], p["Y"], p["O"], "twice" if p["k"] == 2 else "three times", p["Y"], p["T"], p["O"]),
    lambda p: "Three cousins have a total age of %d. %s is the youngest; %s is %d years older than %s; %s is %d times %s's age. Find %s's age." % (p["T"], p["Y"], p["M"], p["d"], p["Y"], p["O"], p["k"], p["Y"], p["O"]),
    lambda p: "The ages of %s, %s and %s sum to %d. %s's age = %s's age + %d, and %s's age = %d × %s's age. What is %s's age?" % (p["Y"], p["M"], p["O"], p["T"], p["M"], p["Y"], p["d"], p["O"], p["k"], p["Y"], p["O"]),
    lambda p: "%s's age is %d more than %s's. %s is %s %s's age. Together the three are %d. How old is %s?" % (p["M"], p["d"], p["Y"], p["O"], "double" if p["k"] == 2 else "triple", p["Y"], p["T"], p["O"]),
])
@with_params(p_three)
def s_three(p, C):
    k, d, T = p["k"], p["d"], p["T"]
    C.eq("Set up", "Let b be %s's age. Then %s is b + %d and %s is %db:" % (p["Y"], p["M"], d, p["O"], k),
         ["b + (b + %d) + %db = %d" % (d, k, T), "%db + %d = %d" % (k + 2, d, T)])
    t = C.ex(T, "-", d)
    C.step("Subtract %d" % d, lead=["Subtract %d from both sides" % d, "Take %d away from %d" % (d, T)],
           tail="", var=("%db" % (k + 2), None), short="%db" % (k + 2))
    b = C.ex(t, "/", k + 2, unit="years")
    C.step("Solve for b", lead=["Divide by %d" % (k + 2), "Now divide both sides by %d" % (k + 2)],
           tail="So %s is %s." % (p["Y"], n(b)), var=("b", None), short="b")
    o = C.ex(k, "*", b, unit="years")
    C.step("%s's age" % p["O"], lead=["%s is %d times as old" % (p["O"], k), "Multiply by %d" % k],
           tail="%s is %s years old." % (p["O"], n(o)), var=("o", "%s's age" % p["O"]), short=p["O"])
    m = C.ex(b, "+", d)
    C.ex(b, "+", m, "+", o)
    C.check()
    return plan("find %s's age" % p["O"], "%s is %s years old." % (p["O"], n(o)), n(o), n(o), [p["Y"], p["M"], p["O"]])


def p_ratio_later(rng):
    a = person(rng)
    while True:
        k = rng.randint(3, 6)
        m = rng.randint(2, k - 1)
        s = rng.randint(4, 16)
        if (s * (k - m)) % (m - 1) == 0:
            nn = s * (k - m) // (m - 1)
            if 2 <= nn <= 24 and k * s >= 22 and k * s <= 70 and k - m >= 2:
                break
    return dict(name=a[0], pr=a[1], po=a[2], k=k, m=m, s=s, N=nn, par=rng.choice(["father", "mother"]))


@struct("ratio_now_later", [
    lambda p: "%s's %s is %d times as old as %s. In %d years, the %s will be %d times as old as %s. How old is the %s now?" % (p["name"], p["par"], p["k"], p["name"], p["N"], p["par"], p["m"], p["name"], p["par"]),
    lambda p: "A %s's age is %d times %s son's age. After %d years, it will be only %d times the son's age. Find the %s's present age." % (p["par"], p["k"], "her" if p["par"] == "mother" else "his", p["N"], p["m"], p["par"]),
    lambda p: "Right now a %s is %d× as old as %s child. %d years from now the %s will be %d× as old. What is the %s's age today?" % (p["par"], p["k"], "her" if p["par"] == "mother" else "his", p["N"], p["par"], p["m"], p["par"]),
    lambda p: "%s's %s: age = %d × %s's age. In %d years: age = %d × %s's age. Current age of the %s?" % (p["name"], p["par"], p["k"], p["name"], p["N"], p["m"], p["name"], p["par"]),
])
@with_params(p_ratio_later)
def s_ratio_later(p, C):
    k, m, N = p["k"], p["m"], p["N"]
    C.eq("Set up", "Let s be the child's age now, so the %s is %ds. In %d years:" % (p["par"], k, N),
         ["%ds + %d = %d(s + %d)" % (k, N, m, N)])
    mn = C.ex(m, "*", N)
    C.step("Expand", lead=["Expand the right side", "Distribute"], tail="so %ds + %d = %ds + %s." % (k, N, m, n(mn)),
           var=("r", None), short="%d*%d" % (m, N))
    km = C.ex(k, "-", m)
    C.step("Collect the s terms", lead=["Subtract %ds from both sides" % m, "Collect s on the left"],
           tail="", var=("c", None), short="coef")
    rhs = C.ex(mn, "-", N)
    C.step("Collect the numbers", lead=["Subtract %d from both sides" % N, "Move the %d over" % N],
           tail="so %ss = %s." % (n(km), n(rhs)), var=("q", None), short="rhs")
    need(km != 0)
    s = C.ex(rhs, "/", km, unit="years")
    need(s > 0)
    C.step("Solve for s", lead=["Divide", "Divide both sides by %s" % n(km)], tail="The child is %s." % n(s), var=("s", None), short="s")
    f = C.ex(k, "*", s, unit="years")
    C.step("The %s's age" % p["par"], lead=["Multiply by %d" % k, "The %s is %d times as old" % (p["par"], k)],
           tail="The %s is %s now." % (p["par"], n(f)), var=("f", "the %s's age" % p["par"]), short=p["par"])
    f2 = C.ex(f, "+", N)
    s2 = C.ex(s, "+", N)
    C.ex(m, "*", s2)
    C.check("in %d years:" % N)
    return plan("find the %s's current age" % p["par"], "The %s is %s years old now." % (p["par"], n(f)), n(f), n(f), [p["name"]])


def p_sumfut(rng):
    k = rng.randint(2, 6)
    ages = [rng.randint(1, 17) for _ in range(k)]
    y = rng.randint(2, 15)
    fam = rng.choice(["the %d children in the Lopez family" % k, "%d cousins" % k, "%d puppies" % k if False else "%d siblings" % k])
    return dict(k=k, S=sum(ages), y=y, fam=fam)


@struct("sum_future", [
    lambda p: "The ages of %s add up to %d. What will the sum of their ages be in %d years?" % (p["fam"], p["S"], p["y"]),
    lambda p: "Right now, the combined age of %s is %d years. What will their combined age be %d years from now?" % (p["fam"], p["S"], p["y"]),
    lambda p: "Total age today: %d (%s). Total age in %d years = ?" % (p["S"], p["fam"], p["y"]),
    lambda p: "If %s have a total age of %d now, find their total age after %d years." % (p["fam"], p["S"], p["y"]),
])
@with_params(p_sumfut)
def s_sumfut(p, C):
    inc = C.ex(p["k"], "*", p["y"], unit="years")
    C.step("Total increase", lead=["Each of the %d people gets %d years older" % (p["k"], p["y"]),
                                   "All %d ages grow by %d" % (p["k"], p["y"])],
           tail="", var=("g", "the total increase"), short="increase")
    tot = C.ex(p["S"], "+", inc, unit="years")
    C.step("New total", lead=["Add that to the current total", "Add to %d" % p["S"]],
           tail="The total will be %s." % n(tot), var=("T", "the new total"), short="total")
    return plan("find the total age in %d years" % p["y"], "Their ages will add up to %s." % n(tot), n(tot), n(tot), [])


def p_avg(rng):
    k = rng.choice([4, 5])
    while True:
        ages = [rng.randint(6, 16) for _ in range(k)]
        if sum(ages) % k == 0:
            break
    names = [q[0] for q in rng.sample(PEOPLE, k)]
    return dict(k=k, ages=ages, names=names)


@struct("average_age", [
    lambda p: "The ages of %d friends are %s. What is their average age?" % (p["k"], ", ".join(str(a) for a in p["ages"][:-1]) + " and %d" % p["ages"][-1]),
    lambda p: "%s are %s years old. Find the mean age." % (", ".join(p["names"][:-1]) + " and " + p["names"][-1], ", ".join(str(a) for a in p["ages"][:-1]) + " and %d" % p["ages"][-1]),
    lambda p: "A team has %d players aged %s. What's the average age of the team?" % (p["k"], ", ".join(str(a) for a in p["ages"])),
    lambda p: "Average age of %s?" % ", ".join("%s (%d)" % (a, b) for a, b in zip(p["names"], p["ages"])),
])
@with_params(p_avg)
def s_avg(p, C):
    toks = []
    for a in p["ages"]:
        toks += [a, "+"]
    tot = C.ex(*toks[:-1], unit="years")
    C.step("Add the ages", lead=["Add all the ages", "First, the total"], tail="", var=("S", "the sum of the ages"), short="sum")
    av = C.ex(tot, "/", p["k"], unit="years")
    C.step("Divide by the number of people", lead=["Divide by %d" % p["k"], "There are %d people, so divide" % p["k"]],
           tail="The average age is %s." % n(av), var=("m", "the mean"), short="average")
    return plan("find the mean age", "The average age is %s years." % n(av), n(av), n(av), p["names"])


def p_ratio(rng):
    a, b = rng.sample(PEOPLE, 2)
    while True:
        pp, qq = rng.randint(1, 7), rng.randint(2, 9)
        if pp != qq and __import__("math").gcd(pp, qq) == 1:
            break
    u = rng.randint(2, 9)
    return dict(A=a[0], B=b[0], p=pp, q=qq, u=u, S=(pp + qq) * u)


@struct("ratio_ages", [
    lambda p: "The ratio of %s's age to %s's age is %d:%d. Their ages add up to %d. How old is %s?" % (p["A"], p["B"], p["p"], p["q"], p["S"], p["A"]),
    lambda p: "%s and %s's ages are in the ratio %d : %d, and the sum of their ages is %d years. Find %s's age." % (p["A"], p["B"], p["p"], p["q"], p["S"], p["A"]),
    lambda p: "Ages %s:%s = %d:%d, total %d. %s = ?" % (p["A"], p["B"], p["p"], p["q"], p["S"], p["A"]),
    lambda p: "For every %d years of %s's age, %s has %d years. Together they are %d. What is %s's age?" % (p["p"], p["A"], p["B"], p["q"], p["S"], p["A"]),
])
@with_params(p_ratio)
def s_ratio(p, C):
    parts = C.ex(p["p"], "+", p["q"])
    C.step("Total parts", lead=["Add the parts of the ratio", "Count the parts"], tail="", var=("P", "the number of parts"), short="parts")
    need(parts > 0)
    u = C.ex(p["S"], "/", parts, unit="years")
    C.step("One part", lead=["Divide the total by the parts", "Each part is worth"], tail="", var=("u", "one part"), short="1 part")
    a = C.ex(p["p"], "*", u, unit="years")
    C.step("%s's age" % p["A"], lead=["%s has %d parts" % (p["A"], p["p"]), "Multiply by %d" % p["p"]],
           tail="%s is %s." % (p["A"], n(a)), var=("a", "%s's age" % p["A"]), short=p["A"])
    b = C.ex(p["q"], "*", u)
    C.ex(a, "+", b)
    C.check()
    return plan("find %s's age" % p["A"], "%s is %s years old." % (p["A"], n(a)), n(a), n(a), [p["A"], p["B"]])


def p_ym(rng):
    a = person(rng)
    return dict(name=a[0], pr=a[1], po=a[2], y=rng.randint(1, 15), m=rng.randint(1, 11))


@struct("ym_to_months", [
    lambda p: "%s is %d years and %d months old. How many months old is %s?" % (p["name"], p["y"], p["m"], p["pr"]),
    lambda p: "A child's age is %d years %d months. Express this age in months only." % (p["y"], p["m"]),
    lambda p: "How many months is %d yr %d mo?" % (p["y"], p["m"]),
    lambda p: "%s's puppy is %d years and %d months old. What is the puppy's age in months?" % (p["name"], p["y"], p["m"]),
])
@with_params(p_ym)
def s_ym(p, C):
    a = C.ex(p["y"], "*", 12, unit="months")
    C.step("Convert the years", lead=["Each year has 12 months", "%d years in months" % p["y"]], tail="", var=("y", "the months in the full years"), short="years→months")
    t = C.ex(a, "+", p["m"], unit="months")
    C.step("Add the extra months", lead=["Add the %d extra months" % p["m"], "Then add %d" % p["m"]],
           tail="That is %s months in total." % n(t), var=("t", "the age in months"), short="total")
    return plan("convert the age to months", "The age is %s months." % n(t), n(t), "%s months" % n(t), [p["name"]])


def p_m2y(rng):
    a = person(rng)
    N = rng.randint(13, 200)
    if N % 12 == 0:
        N += rng.randint(1, 11)
    return dict(name=a[0], pr=a[1], po=a[2], N=N)


@struct("months_to_years", [
    lambda p: "%s is %d months old. How many full years old is %s?" % (p["name"], p["N"], p["pr"]),
    lambda p: "A baby elephant at the zoo is %d months old. How many complete years is that?" % p["N"],
    lambda p: "Convert %d months into whole years (ignore the leftover months)." % p["N"],
    lambda p: "%s has been working at the bakery for %d months. How many full years is that?" % (p["name"], p["N"]),
])
@with_params(p_m2y)
def s_m2y(p, C):
    if p["N"] % 3 == 0 and R(p["pid"], "m2y").random() < 0.6:
        v = C.ex(p["N"], "/", 12, unit="years")
        C.step("Divide by 12", lead=["There are 12 months in a year, so divide", "Divide the months by 12"],
               tail="", short="÷12")
        q = v.numerator // v.denominator
        fr = v - q
        C.note("Whole years", "The whole-number part is %d, so that's %d full year%s." % (q, q, "" if q == 1 else "s"))
        if fr:
            mo = C.ex(fr, "*", 12, unit="months")
            C.step("Leftover months", lead=["The leftover part in months", "Convert the decimal part back to months"],
                   tail="", short="months")
        else:
            mo = 0
        return plan("turn months into years", "That is %d full year%s (plus %s month%s)." % (q, "" if q == 1 else "s", n(mo), "" if mo == 1 else "s"),
                    str(q), "%d years" % q, [p["name"]])
    q, r = C.dm(p["N"], 12, uq="years", ur="months")
    C.step("Divide by 12", lead=["There are 12 months in a year, so divide", "Divide the months by 12"],
           tail="That's %s full year%s and %s month%s left over." % (n(q), "" if q == 1 else "s", n(r), "" if r == 1 else "s"), short="÷12")
    return plan("turn months into years", "That is %s full year%s (%s)." % (n(q), "" if q == 1 else "s", ym(I(q), I(r))), n(q), "%s years" % n(q), [p["name"]])


def p_agedate(rng):
    a = person(rng)
    y1 = rng.randint(2008, 2021)
    m1 = rng.randint(1, 12)
    y2 = rng.randint(y1 + 1, 2027)
    m2 = rng.randint(1, 12)
    while m2 == m1:
        m2 = rng.randint(1, 12)
    return dict(name=a[0], pr=a[1], po=a[2], y1=y1, m1=m1, y2=y2, m2=m2)


@struct("age_in_months_on_date", [
    lambda p: "%s was born in %s %d. How many months old will %s be in %s %d?" % (p["name"], MONTHS[p["m1"] - 1], p["y1"], p["pr"], MONTHS[p["m2"] - 1], p["y2"]),
    lambda p: "A lease started in %s %d and ends in %s %d. How many months long is it?" % (MONTHS[p["m1"] - 1], p["y1"], MONTHS[p["m2"] - 1], p["y2"]),
    lambda p: "How many months are there from %02d/%d to %02d/%d (month/year)?" % (p["m1"], p["y1"], p["m2"], p["y2"]),
    lambda p: "%s started piano lessons in %s %d. How many months of lessons will %s have had by %s %d?" % (p["name"], MONTHS[p["m1"] - 1], p["y1"], p["pr"], MONTHS[p["m2"] - 1], p["y2"]),
])
@with_params(p_agedate)
def s_agedate(p, C):
    if p["ph"] == 2:
        C.note("Read the dates", "Here %02d/%d means %s %d and %02d/%d means %s %d." % (
            p["m1"], p["y1"], MONTHS[p["m1"] - 1], p["y1"], p["m2"], p["y2"], MONTHS[p["m2"] - 1], p["y2"]))
    yd = C.ex(Yr(p["y2"]), "-", Yr(p["y1"]), unit="years", lo=0)
    C.step("Whole years between", lead=["Years between %d and %d" % (p["y1"], p["y2"]), "Count the years"],
           tail="", var=("y", "the difference of the years"), short="years")
    mm = C.ex(yd, "*", 12, unit="months")
    C.step("Years to months", lead=["Multiply by 12", "Turn that into months"], tail="", var=("m", None), short="months")
    dm_ = p["m2"] - p["m1"]
    if dm_ > 0:
        tot = C.ex(mm, "+", dm_, unit="months")
        lead = ["%s is %s after %s, so add %d" % (MONTHS[p["m2"] - 1], pl_(dm_, "month"), MONTHS[p["m1"] - 1], dm_),
                "Add the %s from %s to %s" % (pl_(dm_, "month"), MONTHS[p["m1"] - 1], MONTHS[p["m2"] - 1])]
    else:
        tot = C.ex(mm, "-", -dm_, unit="months")
        lead = ["%s comes %s before %s, so subtract %d" % (MONTHS[p["m2"] - 1], pl_(-dm_, "month"), MONTHS[p["m1"] - 1], -dm_),
                "Take away %s because %s is earlier in the year than %s" % (pl_(-dm_, "month"), MONTHS[p["m2"] - 1], MONTHS[p["m1"] - 1])]
    need(tot > 0)
    ti = I(tot)
    C.step("Adjust for the months", lead=lead, tail="That's %s months (%s)." % (n(tot), ym(ti // 12, ti % 12)),
           var=("t", "the total months"), short="total")
    return plan("count the months", "The answer is %s months." % n(tot), n(tot), "%s months" % n(tot), [p["name"]])


# =========================================================== WEEKDAYS
def p_dow_after(rng):
    a = person(rng)
    return dict(name=a[0], w=rng.randint(0, 6), N=rng.choice([rng.randint(9, 99), rng.randint(100, 400), rng.randint(15, 60)]))


def _fwd(p, C, N, w, back=False):
    meth = R(p["pid"], "dowmeth").choice(["rem", "rem", "idx"] if not back else ["rem", "rem", "comp"])
    if meth == "idx":
        i0 = (w + 1) % 7
        C.note("Number the days", "Number the days Sunday = 0, Monday = 1, …, Saturday = 6, so %s = %d." % (WEEKDAYS[w], i0))
        s = C.ex(i0, "+", N)
        C.step("Add the days", lead=["Add %d" % N, "Move forward %d days" % N], tail="", short="add")
        r = C.md(s, 7)
        C.step("Reduce mod 7", lead=["Take the remainder after dividing by 7", "Reduce modulo 7"],
               tail="Day number %s is %s." % (n(r), SUN_FIRST[I(r) % 7]), short="mod 7")
        return SUN_FIRST[I(r) % 7]
    q, r = C.dm(N, 7, uq="weeks", ur="days")
    C.step("Full weeks and leftover days", lead=["Divide %d by 7" % N, "Split %d days into weeks" % N],
           tail=("The %s full weeks bring us back to %s." % (n(q), WEEKDAYS[w])) if q != 1 else "The 1 full week brings us back to %s." % WEEKDAYS[w], short="÷7")
    r = I(r)
    if not back:
        res = WEEKDAYS[(w + r) % 7]
        if r == 0:
            C.note("Count the extra days", "There are no extra days, so it is %s again." % res)
        else:
            C.note("Count the extra days", "Counting %d more day%s forward from %s: %s." % (r, "s" if r != 1 else "", WEEKDAYS[w], count_words(fwd_list(w, r))))
        return res
    if meth == "comp":
        f = C.ex(7, "-", r, lo=0, hi=7)
        C.step("Go forward instead", lead=["Going back %d days is the same as going forward" % r, "Instead of %d days back, go forward" % r],
               tail="", short="7 - r")
        f = I(f)
        res = WEEKDAYS[(w + f) % 7]
        C.note("Count", "%d days after %s is %s." % (f, WEEKDAYS[w], res))
        return res
    res = WEEKDAYS[(w - r) % 7]
    if r == 0:
        C.note("Count back", "No extra days, so it is also a %s." % res)
    else:
        C.note("Count back", "Counting back %d day%s from %s: %s." % (r, "s" if r != 1 else "", WEEKDAYS[w], count_words(bwd_list(w, r))))
    return res


@struct("dow_after", [
    lambda p: "Today is %s. What day of the week will it be %d days from today?" % (WEEKDAYS[p["w"]], p["N"]),
    lambda p: "%s's vacation starts in %d days. If today is a %s, on what day of the week does the vacation start?" % (p["name"], p["N"], WEEKDAYS[p["w"]]),
    lambda p: "What day is it %d days after a %s?" % (p["N"], WEEKDAYS[p["w"]]),
    lambda p: "It's %s. A package will arrive in %d days. Which weekday will that be?" % (WEEKDAYS[p["w"]], p["N"]),
    lambda p: "If the %s of this week is day 0, which day of the week is day %d?" % (WEEKDAYS[p["w"]], p["N"]),
])
@with_params(p_dow_after)
def s_dow_after(p, C):
    res = _fwd(p, C, p["N"], p["w"])
    return plan("find the weekday %d days after %s" % (p["N"], WEEKDAYS[p["w"]]),
                "%d days after %s is a %s." % (p["N"], WEEKDAYS[p["w"]], res), res, res, [p["name"]], numeric=False)


@struct("dow_before", [
    lambda p: "Today is %s. What day of the week was it %d days ago?" % (WEEKDAYS[p["w"]], p["N"]),
    lambda p: "%s's exam is on a %s. %s started studying %d days before the exam. On which weekday did %s start?" % (p["name"], WEEKDAYS[p["w"]], p["name"], p["N"], p["name"]),
    lambda p: "What day of the week comes %d days before a %s?" % (p["N"], WEEKDAYS[p["w"]]),
    lambda p: "A plant bloomed on %s after growing for %d days. What weekday was it planted?" % (WEEKDAYS[p["w"]], p["N"]),
])
@with_params(p_dow_after)
def s_dow_before(p, C):
    res = _fwd(p, C, p["N"], p["w"], back=True)
    return plan("find the weekday %d days before %s" % (p["N"], WEEKDAYS[p["w"]]),
                "%d days before %s it was a %s." % (p["N"], WEEKDAYS[p["w"]], res), res, res, [p["name"]], numeric=False)


def p_dow_month(rng):
    y = rng.randint(2019, 2030)
    m = rng.randint(1, 12)
    d1 = rng.randint(1, 12)
    d2 = rng.randint(d1 + 8, dim(y, m))
    return dict(y=y, m=m, d1=d1, d2=d2, fmt=rng.choice(["long", "ord", "dm", "longy"]))


@struct("dow_same_month", [
    lambda p: "%s is a %s. What day of the week is %s?" % (fd(p["y"], p["m"], p["d1"], "longy"), WEEKDAYS[wd(p["y"], p["m"], p["d1"])], fd(p["y"], p["m"], p["d2"], "long")),
    lambda p: "In %s %d, the %s falls on a %s. On which day of the week is the %s?" % (MONTHS[p["m"] - 1], p["y"], ordn(p["d1"]), WEEKDAYS[wd(p["y"], p["m"], p["d1"])], ordn(p["d2"])),
    lambda p: "The school fair is on %s. If %s is a %s, what day is the fair?" % (fd(p["y"], p["m"], p["d2"], "dm"), fd(p["y"], p["m"], p["d1"], "dm"), WEEKDAYS[wd(p["y"], p["m"], p["d1"])]),
    lambda p: "%s was a %s. What weekday was %s?" % (fd(p["y"], p["m"], p["d1"], "us"), WEEKDAYS[wd(p["y"], p["m"], p["d1"])], fd(p["y"], p["m"], p["d2"], "us")),
])
@with_params(p_dow_month)
def s_dow_month(p, C):
    y, m, d1, d2 = p["y"], p["m"], p["d1"], p["d2"]
    w = wd(y, m, d1)
    if p["ph"] == 3:
        C.note("Read the dates", "%s is %s and %s is %s (month/day/year)." % (fd(y, m, d1, "us"), fd(y, m, d1, "longy"), fd(y, m, d2, "us"), fd(y, m, d2, "longy")))
    g = C.ex(d2, "-", d1, unit="days")
    C.step("Days between", lead=["From the %s to the %s is" % (ordn(d1), ordn(d2)), "Count the days from %s to %s" % (fd(y, m, d1, "long"), fd(y, m, d2, "long"))],
           tail="", var=("d", "the number of days later"), short="gap")
    q, r = C.dm(g, 7, uq="weeks", ur="days")
    C.step("Weeks and extra days", lead=["Divide by 7", "Now split into whole weeks"], tail="", short="÷7")
    r = I(r)
    res = WEEKDAYS[(w + r) % 7]
    C.note("Move forward", ("%d extra day%s after %s lands on %s." % (r, "s" if r != 1 else "", WEEKDAYS[w], res)) if r else "No extra days, so it's %s again." % res)
    return plan("find the weekday of %s" % fd(y, m, d2, "long"), "%s is a %s." % (fd(y, m, d2, "long"), res), res, res, [], numeric=False)


def p_across(rng):
    y = rng.randint(2019, 2030)
    m1 = rng.randint(1, 10)
    span = rng.choice([1, 1, 2, 2, 3])
    m2 = min(12, m1 + span)
    d1 = rng.randint(1, 28)
    d2 = rng.randint(1, dim(y, m2))
    return dict(y=y, m1=m1, m2=m2, d1=d1, d2=d2, name=person(rng)[0])


def _between(p, C, y, m1, d1, m2, d2, inclusive=False):
    """Days from (m1,d1) to (m2,d2) in year y; one step per month."""
    parts = []
    if m1 == m2:
        tok = [d2, "-", d1] + (["+", 1] if inclusive else [])
        v = C.ex(*tok, unit="days", lo=1)
        C.step(MONTHS[m1 - 1], lead=["Within %s" % MONTHS[m1 - 1], "Both dates are in %s" % MONTHS[m1 - 1]],
               tail="", short=MONTHS[m1 - 1][:3])
        return v
    feb = any(mm == 2 for mm in range(m1, m2 + 1))
    if feb:
        lv = C.ex(Yr(y), "/", 4, lo=None)
        C.step("Leap year?", lead=["Check %d for a leap year" % y, "Is %d a leap year?" % y],
               tail=("It divides evenly, so February %d has 29 days." % y) if leap(y) else ("Not a whole number, so %d is not a leap year and February has 28 days." % y),
               short="leap?")
    first = dim(y, m1)
    tok = [first, "-", d1] + (["+", 1] if inclusive else [])
    a = C.ex(*tok, unit="days", lo=0)
    C.step(MONTHS[m1 - 1], lead=["Days left in %s after the %s" % (MONTHS[m1 - 1], ordn(d1)) if not inclusive else "Days in %s from the %s on, counting the %s itself" % (MONTHS[m1 - 1], ordn(d1), ordn(d1)),
                                 "Rest of %s (%d days in the month)" % (MONTHS[m1 - 1], first)],
           tail="", short=MONTHS[m1 - 1][:3])
    parts.append(a)
    for mm in range(m1 + 1, m2):
        C.note(MONTHS[mm - 1], "All of %s: %d days." % (MONTHS[mm - 1], dim(y, mm)))
        parts.append(dim(y, mm))
    C.note(MONTHS[m2 - 1], "%s 1 to %s %d: %d days." % (MONTHS[m2 - 1], MONTHS[m2 - 1], d2, d2))
    parts.append(d2)
    tok = []
    for v in parts:
        tok += [v, "+"]
    tot = C.ex(*tok[:-1], unit="days")
    C.step("Total", lead=["Add them up", "Add the parts", "Sum the days"], tail="", var=("D", "the total number of days"), short="total")
    return tot


@struct("dow_across_months", [
    lambda p: "%s is a %s. What day of the week is %s?" % (fd(p["y"], p["m1"], p["d1"], "longy"), WEEKDAYS[wd(p["y"], p["m1"], p["d1"])], fd(p["y"], p["m2"], p["d2"], "longy")),
    lambda p: "%s's birthday is on %s. If %s is a %s, what day of the week is the birthday?" % (p["name"], fd(p["y"], p["m2"], p["d2"], "dm"), fd(p["y"], p["m1"], p["d1"], "dmy"), WEEKDAYS[wd(p["y"], p["m1"], p["d1"])]),
    lambda p: "Given that %s was a %s, find the weekday of %s." % (fd(p["y"], p["m1"], p["d1"], "iso"), WEEKDAYS[wd(p["y"], p["m1"], p["d1"])], fd(p["y"], p["m2"], p["d2"], "iso")),
    lambda p: "%s %d is a %s. The concert is on %s %d, %d. Which day of the week is the concert?" % (MONTHS[p["m1"] - 1], p["d1"], WEEKDAYS[wd(p["y"], p["m1"], p["d1"])], MONTHS[p["m2"] - 1], p["d2"], p["y"]),
])
@with_params(p_across)
def s_across(p, C):
    y, m1, d1, m2, d2 = p["y"], p["m1"], p["d1"], p["m2"], p["d2"]
    w = wd(y, m1, d1)
    if p["ph"] == 2:
        C.note("Read the dates", "%s is %s, and %s is %s." % (fd(y, m1, d1, "iso"), fd(y, m1, d1, "longy"), fd(y, m2, d2, "iso"), fd(y, m2, d2, "longy")))
    tot = _between(p, C, y, m1, d1, m2, d2)
    q, r = C.dm(tot, 7, uq="weeks", ur="days")
    C.step("Weeks and extra days", lead=["Divide by 7", "Whole weeks don't change the weekday, so find the remainder"], tail="", short="÷7")
    r = I(r)
    res = WEEKDAYS[(w + r) % 7]
    C.note("Shift the weekday", ("%s + %d day%s → %s." % (WEEKDAYS[w], r, "s" if r != 1 else "", res)) if r else "Remainder 0, so it is also a %s." % res)
    return plan("find the weekday of %s" % fd(y, m2, d2, "long"), "%s is a %s." % (fd(y, m2, d2, "longy"), res), res, res, [p["name"]], numeric=False,
                table_head=("Part", "Days"))


# =========================================================== DAY COUNTS
def p_between(rng):
    y = rng.choice([2023, 2024, 2025, 2026, 2027, 2028, 2020, 2019])
    m1 = rng.randint(1, 9)
    m2 = min(12, m1 + rng.choice([1, 2, 2, 3]))
    d1 = rng.randint(1, 27)
    d2 = rng.randint(1, 28)
    return dict(y=y, m1=m1, m2=m2, d1=d1, d2=d2, name=person(rng)[0])


@struct("days_between", [
    lambda p: "How many days are there from %s to %s, %d?" % (fd(p["y"], p["m1"], p["d1"], "long"), fd(p["y"], p["m2"], p["d2"], "long"), p["y"]),
    lambda p: "%s borrowed a library book on %s and returned it on %s. How many days did %s keep it?" % (p["name"], fd(p["y"], p["m1"], p["d1"], "longy"), fd(p["y"], p["m2"], p["d2"], "longy"), p["name"]),
    lambda p: "Count the days between %s and %s (don't count the first day)." % (fd(p["y"], p["m1"], p["d1"], "us"), fd(p["y"], p["m2"], p["d2"], "us")),
    lambda p: "A seed was planted on %s. It flowered on %s. How many days did that take?" % (fd(p["y"], p["m1"], p["d1"], "dmy"), fd(p["y"], p["m2"], p["d2"], "dmy")),
])
@with_params(p_between)
def s_between(p, C):
    y = p["y"]
    if p["ph"] == 2:
        C.note("Read the dates", "%s means %s and %s means %s." % (fd(y, p["m1"], p["d1"], "us"), fd(y, p["m1"], p["d1"], "longy"), fd(y, p["m2"], p["d2"], "us"), fd(y, p["m2"], p["d2"], "longy")))
    tot = _between(p, C, y, p["m1"], p["d1"], p["m2"], p["d2"])
    return plan("count the days from %s to %s" % (fd(y, p["m1"], p["d1"], "long"), fd(y, p["m2"], p["d2"], "long")),
                "There are %s days from %s to %s." % (n(tot), fd(y, p["m1"], p["d1"], "long"), fd(y, p["m2"], p["d2"], "long")),
                n(tot), "%s days" % n(tot), [p["name"]], table_head=("Month", "Days"))


def p_countdown(rng):
    y = rng.choice([2024, 2025, 2026, 2027])
    m1 = rng.randint(1, 10)
    m2 = min(12, m1 + rng.choice([1, 1, 2, 3]))
    return dict(y=y, m1=m1, m2=m2, d1=rng.randint(2, 28), d2=rng.randint(1, 28), name=person(rng)[0])


@struct("birthday_countdown", [
    lambda p: "Today is %s. %s's birthday is on %s. How many days until %s birthday?" % (fd(p["y"], p["m1"], p["d1"], "long"), p["name"], fd(p["y"], p["m2"], p["d2"], "long"), "her" if p["name"] in [q[0] for q in PEOPLE if q[1] == "she"] else "his"),
    lambda p: "It's %s, %d. How many days are left until %s?" % (fd(p["y"], p["m1"], p["d1"], "ord"), p["y"], fd(p["y"], p["m2"], p["d2"], "ord")),
    lambda p: "%s and %s got married on %s. Today is %s. In how many days is their anniversary?" % (p["name"], "Sam", fd(p["y"] - 9, p["m2"], p["d2"], "longy"), fd(p["y"], p["m1"], p["d1"], "longy")),
    lambda p: "Countdown: from %s to %s (%d, dates as month/day). How many sleeps?" % (fd(p["y"], p["m1"], p["d1"], "usnoy"), fd(p["y"], p["m2"], p["d2"], "usnoy"), p["y"]),
])
@with_params(p_countdown)
def s_countdown(p, C):
    y = p["y"]
    if p["ph"] == 0:
        need(not (p["m1"] <= 2 <= p["m2"]))
    if p["ph"] == 3:
        C.note("Read the dates", "%s is %s and %s is %s." % (fd(y, p["m1"], p["d1"], "usnoy"), fd(y, p["m1"], p["d1"], "long"),
                                                              fd(y, p["m2"], p["d2"], "usnoy"), fd(y, p["m2"], p["d2"], "long")))
    tot = _between(p, C, y, p["m1"], p["d1"], p["m2"], p["d2"])
    return plan("count the days until %s" % fd(y, p["m2"], p["d2"], "long"),
                "It is %s days until %s." % (n(tot), fd(y, p["m2"], p["d2"], "long")), n(tot), "%s days" % n(tot),
                [p["name"], "Sam"], birthday=True, table_head=("Month", "Days counted"))


def p_incl(rng):
    y = rng.choice([2024, 2025, 2026])
    m1 = rng.randint(1, 11)
    same = rng.random() < 0.4
    if same:
        d1 = rng.randint(1, 15)
        d2 = rng.randint(d1 + 2, dim(y, m1))
        m2 = m1
    else:
        m2 = m1 + 1
        d1 = rng.randint(15, dim(y, m1))
        d2 = rng.randint(1, 14)
    return dict(y=y, m1=m1, m2=m2, d1=d1, d2=d2, ev=rng.choice(["festival", "book fair", "summer camp", "art exhibit"]))


@struct("days_inclusive", [
    lambda p: "The %s runs from %s to %s, including both days. How many days long is it?" % (p["ev"], fd(p["y"], p["m1"], p["d1"], "long"), fd(p["y"], p["m2"], p["d2"], "long")),
    lambda p: "%s %s is open every day from %s through %s, %d inclusive. For how many days is it open?" % ("An" if p["ev"][0] in "aeiou" else "A", p["ev"], fd(p["y"], p["m1"], p["d1"], "ord"), fd(p["y"], p["m2"], p["d2"], "ord"), p["y"]),
    lambda p: "How many days is %s–%s inclusive?" % (fd(p["y"], p["m1"], p["d1"], "dm"), fd(p["y"], p["m2"], p["d2"], "dm")),
    lambda p: "Tickets for the %s are valid from %s to %s (both dates included). How many days can you use them?" % (p["ev"], fd(p["y"], p["m1"], p["d1"], "iso"), fd(p["y"], p["m2"], p["d2"], "iso")),
])
@with_params(p_incl)
def s_incl(p, C):
    y = p["y"]
    if p["ph"] in (0, 2):
        need(not (p["m1"] <= 2 <= p["m2"]) or p["m1"] == p["m2"])
    if p["m1"] == p["m2"]:
        C.note("Inclusive counting", "When both the first and the last day count, take the difference and add 1.")
    else:
        C.note("Inclusive counting", "Both end days count, so include %s itself." % fd(y, p["m1"], p["d1"], "long"))
    tot = _between(p, C, y, p["m1"], p["d1"], p["m2"], p["d2"], inclusive=True)
    return plan("count the days of the %s inclusively" % p["ev"], "The %s lasts %s days." % (p["ev"], n(tot)), n(tot), "%s days" % n(tot), [],
                table_head=("Month", "Days"))


def p_doy(rng):
    y = rng.choice([2023, 2024, 2025, 2026, 2028, 2019, 2020])
    m = rng.randint(2, 9)
    return dict(y=y, m=m, d=rng.randint(1, dim(y, m)))


@struct("day_of_year", [
    lambda p: "What day of the year is %s? (January 1 is day 1.)" % fd(p["y"], p["m"], p["d"], "longy"),
    lambda p: "%s is the ___th day of the year. Fill in the blank." % fd(p["y"], p["m"], p["d"], "dmy"),
    lambda p: "Which day number of %d is %s?" % (p["y"], fd(p["y"], p["m"], p["d"], "iso")),
    lambda p: "Counting January 1, %d as day 1, what number day is %s?" % (p["y"], fd(p["y"], p["m"], p["d"], "ord")),
])
@with_params(p_doy)
def s_doy(p, C):
    y, m, d = p["y"], p["m"], p["d"]
    if m > 2:
        C.ex(Yr(y), "/", 4, lo=None)
        C.step("Leap year?", lead=["Check whether %d is a leap year" % y, "Leap-year check"],
               tail=("So %d is a leap year: February has 29 days." % y) if leap(y) else ("So %d is not a leap year: February has 28 days." % y), short="leap?")
    tok = []
    for mm in range(1, m):
        tok += [dim(y, mm), "+"]
    if len(tok) > 2:
        before = C.ex(*tok[:-1], unit="days")
        C.step("Full months before %s" % MONTHS[m - 1], lead=["Add the days of %s" % ", ".join(MONTHS[i][:3] for i in range(m - 1)),
                                                              "Days in the months before %s" % MONTHS[m - 1]],
               tail="", var=("B", "the days before %s" % MONTHS[m - 1]), short="before")
    else:
        before = dim(y, 1)
        C.note("Full months before %s" % MONTHS[m - 1], "January has 31 days.")
    k = C.ex(before, "+", d, unit=None)
    C.step("Add the day of the month", lead=["Add %d" % d, "Then add the %d days of %s" % (d, MONTHS[m - 1])],
           tail="So %s is the %s day of the year." % (fd(y, m, d, "long"), ordn(I(k))), var=("n", "the day number"), short="day #")
    return plan("find the day number of %s" % fd(y, m, d, "long"), "%s is day %s of %d." % (fd(y, m, d, "longy"), n(k), y), n(k), "day %s" % n(k), [])


def p_ord2date(rng):
    y = rng.choice([2023, 2024, 2025, 2026, 2028])
    N = rng.randint(40, 150)
    return dict(y=y, N=N)


@struct("ordinal_to_date", [
    lambda p: "What is the date of the %s day of %d?" % (ordn(p["N"]), p["y"]),
    lambda p: "Day %d of %d falls on which date?" % (p["N"], p["y"]),
    lambda p: "A 'day %d' challenge starts on January 1, %d (day 1). On what date is day %d?" % (p["N"], p["y"], p["N"]),
    lambda p: "If January 1st, %d is day 1, which calendar date is day number %d?" % (p["y"], p["N"]),
])
@with_params(p_ord2date)
def s_ord2date(p, C):
    y = p["y"]
    rem = p["N"]
    m = 1
    if p["N"] > 59:
        C.ex(Yr(y), "/", 4, lo=None)
        C.step("Leap year?", lead=["Check %d" % y, "Is %d a leap year?" % y],
               tail=("Yes, so February has 29 days." if leap(y) else "No, so February has 28 days."), short="leap?")
    while True:
        need(rem > 0)
        if rem <= dim(y, m):
            break
        rem = C.ex(rem, "-", dim(y, m), unit="days", lo=None)
        C.step("Take away %s" % MONTHS[m - 1], lead=["Subtract the %d days of %s" % (dim(y, m), MONTHS[m - 1]), "Remove %s (%d days)" % (MONTHS[m - 1], dim(y, m))],
               tail="", short="-%s" % MONTHS[m - 1][:3])
        m += 1
        need(m <= 12)
    d = I(rem)
    need(d >= 1)
    res = "%s %d" % (MONTHS[m - 1], d)
    C.note("Read off the date", "%s is not more than the %d days of %s, so day %d is %s." % (n(rem), dim(y, m), MONTHS[m - 1], p["N"], res))
    return plan("find the date of day %d" % p["N"], "Day %d of %d is %s." % (p["N"], y, res), res, res, [], numeric=False)


def p_wd2d(rng):
    a = person(rng)
    ctx = rng.choice(["baby", "countdown", "plant", "trip"])
    W = rng.randint(2, 60)
    D = rng.randint(1, 6)
    if rng.random() < 0.15:
        W, D = 52, 1
    return dict(name=a[0], pr=a[1], W=W, D=D, ctx=ctx)


@struct("weeks_days_to_days", [
    lambda p: "%s's baby cousin is %d weeks and %d day%s old. How many days old is the baby?" % (p["name"], p["W"], p["D"], "s" if p["D"] > 1 else ""),
    lambda p: "How many days are in %d weeks and %d day%s?" % (p["W"], p["D"], "s" if p["D"] > 1 else ""),
    lambda p: "The trip is %d weeks %d days away. How many days is that?" % (p["W"], p["D"]),
    lambda p: "A project lasted %d wk + %d d. Give the length in days." % (p["W"], p["D"]),
])
@with_params(p_wd2d)
def s_wd2d(p, C):
    a = C.ex(p["W"], "*", 7, unit="days")
    C.step("Weeks to days", lead=["Each week has 7 days", "Convert the weeks"], tail="", var=("w", "the days in %d weeks" % p["W"]), short="weeks")
    t = C.ex(a, "+", p["D"], unit="days")
    C.step("Add the extra days", lead=["Add the %d extra day%s" % (p["D"], "s" if p["D"] > 1 else ""), "Add on the leftover days"],
           tail="That's %s days in all." % n(t), var=("t", "the total days"), short="total")
    return plan("convert to days", "It is %s days." % n(t), n(t), "%s days" % n(t), [p["name"]])


def p_d2w(rng):
    N = rng.randint(20, 400)
    if N % 7 == 0:
        N += rng.randint(1, 6)
    return dict(N=N, name=person(rng)[0])


@struct("days_to_weeks", [
    lambda p: "How many full weeks are there in %d days?" % p["N"],
    lambda p: "%s's summer break is %d days long. How many complete weeks is that?" % (p["name"], p["N"]),
    lambda p: "Write %d days as weeks and days. How many whole weeks is it?" % p["N"],
    lambda p: "A streak of %d days — how many full weeks is that?" % p["N"],
])
@with_params(p_d2w)
def s_d2w(p, C):
    q, r = C.dm(p["N"], 7, uq="weeks", ur="days")
    C.step("Divide by 7", lead=["A week has 7 days, so divide", "Divide %d by 7" % p["N"]],
           tail="So %d days = %s weeks and %s days." % (p["N"], n(q), n(r)), short="÷7")
    if R(p["pid"], "approx").random() < 0.4:
        ap = "%.2f" % (p["N"] / 7)
        C.note("Decimal view", "(On a calculator, %d ÷ 7 ≈ %s, and only the whole-number part, %d, counts as full weeks.)" % (p["N"], ap, p["N"] // 7))
    return plan("find the number of full weeks", "There are %s full weeks (with %s days left over)." % (n(q), n(r)), n(q), "%s weeks" % n(q), [p["name"]])


# =========================================================== YEARS
def p_leapc(rng):
    if rng.random() < 0.25:
        y1 = rng.randint(1880, 1898)
        y2 = rng.randint(1902, 1960)
    else:
        y1 = rng.randint(1901, 2010)
        y2 = rng.randint(y1 + 9, min(2099, y1 + 90))
    return dict(y1=y1, y2=y2)


@struct("leap_count", [
    lambda p: "How many leap years are there from %d to %d, inclusive?" % (p["y1"], p["y2"]),
    lambda p: "Count the leap years in the period %d–%d." % (p["y1"], p["y2"]),
    lambda p: "Between %d and %d (including both years), how many years have a February 29?" % (p["y1"], p["y2"]),
    lambda p: "Someone lived %d-%d. How many leap years did that span include?" % (p["y1"], p["y2"]),
])
@with_params(p_leapc)
def s_leapc(p, C):
    y1, y2 = p["y1"], p["y2"]
    f = y1 + (-y1) % 4
    l = y2 - y2 % 4
    C.note("First leap year", "The first leap year in the range is %d (divisible by 4)." % f)
    C.note("Last leap year", "The last one is %d." % l)
    if f <= 2000 <= l:
        C.note("Century check", "2000 is divisible by 400, so it is a leap year too; no century year is skipped here.")
    sp = C.ex(Yr(l), "-", Yr(f), unit="years")
    C.step("Span", lead=["Distance between them", "Subtract"], tail="", var=("s", None), short="span")
    k = C.ex(sp, "/", 4)
    C.step("Steps of 4", lead=["Leap years come every 4 years", "Divide by 4"], tail="", var=("k", None), short="/4")
    k = I(k)
    c = C.ex(k, "+", 1)
    cent = f <= 1900 <= l
    C.step("Count both ends", lead=["Add 1 to include the first one", "Add 1 (fence-post)"],
           tail="" if cent else "So there are %s leap years." % n(c), var=("L", "the multiples of 4"), short="count")
    if cent:
        C.note("Century rule", "But 1900 is divisible by 100 and not by 400, so it is NOT a leap year.")
        c = C.ex(c, "-", 1)
        C.step("Remove 1900", lead=["Subtract it", "Take 1900 out"], tail="So there are %s leap years." % n(c), var=("L", None), short="minus 1900")
    return plan("count the leap years from %d to %d" % (y1, y2), "There are %s leap years." % n(c), n(c), n(c), [])


def p_diny(rng):
    y1 = rng.randint(1995, 2030)
    k = rng.randint(2, 6)
    return dict(y1=y1, y2=y1 + k - 1)


@struct("days_in_years", [
    lambda p: "How many days are there in the years %d through %d altogether?" % (p["y1"], p["y2"]),
    lambda p: "A warranty covers every day of %d to %d inclusive. How many days is that?" % (p["y1"], p["y2"]),
    lambda p: "Total number of days in %d–%d (full calendar years)?" % (p["y1"], p["y2"]),
    lambda p: "%s kept a diary every day from January 1, %d to December 31, %d. How many entries did %s write?" % ("Ines", p["y1"], p["y2"], "she"),
])
@with_params(p_diny)
def s_diny(p, C):
    y1, y2 = p["y1"], p["y2"]
    ny = C.ex(Yr(y2), "-", Yr(y1), "+", 1, unit="years")
    C.step("Number of years", lead=["Count the years (inclusive, so add 1)", "Years from %d to %d inclusive" % (y1, y2)],
           tail="", var=("N", "the number of years"), short="years")
    ny = I(ny)
    need(ny >= 1)
    ls = [yy for yy in range(y1, y1 + ny) if leap(yy)]
    L = len(ls)
    C.note("Leap years", ("Leap years among them: %s, so %d of the years %s 366 days." % (", ".join(map(str, ls)), L, "has" if L == 1 else "have")) if L else "None of these years is a leap year.")
    base = C.ex(365, "*", ny, unit="days")
    C.step("365 days each", lead=["If every year had 365 days", "Start with 365 per year"], tail="", var=("b", None), short="365 each")
    if L:
        tot = C.ex(base, "+", L, unit="days")
        C.step("Add leap days", lead=["Add one day for each leap year", "Add the %d leap day%s" % (L, "s" if L > 1 else "")],
               tail="The total is %s days." % n(tot), var=("T", "the total"), short="total")
    else:
        tot = base
    return plan("count the days from %d to %d" % (y1, y2), "There are %s days in total." % n(tot), n(tot), "%s days" % n(tot), ["Ines"])


def p_hours(rng):
    y = rng.choice([2023, 2024, 2025, 2026, 2028])
    m = rng.choice([2, 2, 2, rng.randint(1, 12)])
    return dict(y=y, m=m)


@struct("hours_in_month", [
    lambda p: "How many hours are there in %s %d?" % (MONTHS[p["m"] - 1], p["y"]),
    lambda p: "A shop's security camera records nonstop for all of %s %d. How many hours of video is that?" % (MONTHS[p["m"] - 1], p["y"]),
    lambda p: "Hours in the month %02d/%d?" % (p["m"], p["y"]),
    lambda p: "If a clock runs for the whole month of %s in %d, how many hours does it tick through?" % (MONTHS[p["m"] - 1], p["y"]),
])
@with_params(p_hours)
def s_hours(p, C):
    y, m = p["y"], p["m"]
    if m == 2:
        C.ex(Yr(y), "/", 4, lo=None)
        C.step("Leap year?", lead=["Check %d" % y, "February depends on the year"],
               tail=("%d is a leap year, so February has 29 days." % y) if leap(y) else ("%d is not a leap year, so February has 28 days." % y), short="leap?")
    else:
        C.note("Days in the month", "%s has %d days." % (MONTHS[m - 1], dim(y, m)))
    h = C.ex(dim(y, m), "*", 24, unit="hours")
    C.step("Hours", lead=["Multiply by 24 hours per day", "Each day has 24 hours"], tail="", var=("h", "the hours"), short="hours")
    return plan("find the hours in %s %d" % (MONTHS[m - 1], y), "There are %s hours." % n(h), n(h), "%s hours" % n(h), [])


def p_read(rng):
    a = person(rng)
    d1 = rng.randint(1, 15)
    d2 = rng.randint(d1 + 3, 30)
    return dict(name=a[0], pr=a[1], d1=d1, d2=d2, pp=rng.randint(5, 40), m=rng.randint(1, 12))


@struct("reading_inclusive", [
    lambda p: "%s reads %d pages every day from %s %s to %s %s, including both days. How many pages does %s read?" % (p["name"], p["pp"], MONTHS[p["m"] - 1], ordn(p["d1"]), MONTHS[p["m"] - 1], ordn(p["d2"]), p["pr"]),
    lambda p: "From day %d to day %d inclusive, a runner runs %d km each day. How many km in total?" % (p["d1"], p["d2"], p["pp"]),
    lambda p: "%s practiced violin %d minutes a day from the %s to the %s of %s (both days included). Total minutes?" % (p["name"], p["pp"], ordn(p["d1"]), ordn(p["d2"]), MONTHS[p["m"] - 1]),
    lambda p: "A bakery sells %d loaves a day. How many loaves does it sell from %d %s through %d %s?" % (p["pp"], p["d1"], MONTHS[p["m"] - 1], p["d2"], MONTHS[p["m"] - 1]),
])
@with_params(p_read)
def s_read(p, C):
    days = C.ex(p["d2"], "-", p["d1"], "+", 1, unit="days")
    C.step("Count the days", lead=["Both ends count, so subtract and add 1", "Inclusive count"],
           tail="", var=("d", "the number of days"), short="days")
    unit = ["pages", "km", "minutes", "loaves"][p["ph"]]
    t = C.ex(days, "*", p["pp"], unit=unit)
    C.step("Total", lead=["Multiply by %d per day" % p["pp"], "%d each day" % p["pp"]],
           tail="", var=("T", "the total"), short="total")
    return plan("find the total", "The total is %s %s." % (n(t), unit), n(t), "%s %s" % (n(t), unit), [p["name"]])


def p_every(rng):
    y = rng.choice([2024, 2025, 2026])
    m = rng.randint(1, 12)
    k = rng.randint(2, 6)
    d = rng.randint(1, 10)
    return dict(y=y, m=m, k=k, d=d, name=person(rng)[0])


@struct("every_n_days", [
    lambda p: "%s waters the plants every %d days, starting on %s. How many times does %s water them in %s (including %s)?" % (p["name"], p["k"], fd(p["y"], p["m"], p["d"], "long"), "they" if False else p["name"], MONTHS[p["m"] - 1], fd(p["y"], p["m"], p["d"], "long")),
    lambda p: "A bus pass must be renewed every %d days. The first renewal is on %s %s, %d. How many renewals happen in %s?" % (p["k"], MONTHS[p["m"] - 1], ordn(p["d"]), p["y"], MONTHS[p["m"] - 1]),
    lambda p: "Starting on %s, a pill is taken every %d days. How many pills are taken during that month?" % (fd(p["y"], p["m"], p["d"], "iso"), p["k"]),
    lambda p: "The %s of %s %d is the first practice; practices happen every %d days. How many practices in that month?" % (ordn(p["d"]), MONTHS[p["m"] - 1], p["y"], p["k"]),
])
@with_params(p_every)
def s_every(p, C):
    y, m, k, d = p["y"], p["m"], p["k"], p["d"]
    D = dim(y, m)
    C.note("Days in the month", "%s %d has %d days." % (MONTHS[m - 1], y, D))
    g = C.ex(D, "-", d, unit="days", lo=0)
    C.step("Days after the first one", lead=["From the %s to the %s" % (ordn(d), ordn(D)), "Days remaining after day %d" % d],
           tail="", short="gap")
    q, r = C.dm(g, k)
    C.step("How many more", lead=["Divide by %d" % k, "Each repeat is %d days later" % k],
           tail="So %s more after the first." % n(q), short="÷%d" % k)
    c = C.ex(q, "+", 1)
    C.step("Include the first day", lead=["Add 1 for the first day", "Don't forget the starting day"],
           tail="", var=("c", "the count"), short="count")
    return plan("count the repeats in %s" % MONTHS[m - 1], "It happens %s times in %s." % (n(c), MONTHS[m - 1]), n(c), n(c), [p["name"]])


def p_term(rng):
    return dict(W=rng.randint(8, 40), H=rng.randint(2, 12), dpw=rng.choice([5, 5, 5, 4]))


@struct("school_term", [
    lambda p: "A school term is %d weeks long, with classes %d days a week. There are %d holidays on school days. How many school days are in the term?" % (p["W"], p["dpw"], p["H"]),
    lambda p: "The spring semester has %d weeks of %d-day school weeks, minus %d days off. How many days of school?" % (p["W"], p["dpw"], p["H"]),
    lambda p: "%d weeks × %d school days, but %d days are cancelled. School days = ?" % (p["W"], p["dpw"], p["H"]),
    lambda p: "A coach plans training %d days every week for %d weeks, skipping %d of those days for holidays. How many training days?" % (p["dpw"], p["W"], p["H"]),
])
@with_params(p_term)
def s_term(p, C):
    a = C.ex(p["W"], "*", p["dpw"], unit="days")
    C.step("Days if no holidays", lead=["Multiply weeks by days per week", "%d weeks of %d days" % (p["W"], p["dpw"])],
           tail="", var=("S", "the scheduled days"), short="scheduled")
    t = C.ex(a, "-", p["H"], unit="days", lo=1)
    C.step("Subtract the days off", lead=["Take away the %d holidays" % p["H"], "Subtract %d" % p["H"]],
           tail="That leaves %s days." % n(t), var=("T", "the actual days"), short="actual")
    return plan("count the days", "There are %s days." % n(t), n(t), "%s days" % n(t), [])


def p_anniv(rng):
    y1 = rng.randint(1970, 2015)
    y2 = rng.randint(max(y1 + 1, 2020), min(y1 + 49, 2030))
    k = rng.choice([25, 50, 50, 40, 60])
    while y1 + k <= y2:
        k += 10
    return dict(y1=y1, y2=y2, k=k, name=person(rng)[0])


@struct("anniversary", [
    lambda p: "A couple married in %d. In what year is their %s anniversary, and how many years after %d is that? (Answer with the number of years.)" % (p["y1"], ordn(p["k"]), p["y2"]),
    lambda p: "%s's parents got married in %d. It is now %d. How many more years until their %s anniversary?" % (p["name"], p["y1"], p["y2"], ordn(p["k"])),
    lambda p: "A library opened in %d. How many years after %d will it celebrate %d years?" % (p["y1"], p["y2"], p["k"]),
    lambda p: "Married %d. Current year %d. Years left until the %s anniversary?" % (p["y1"], p["y2"], ordn(p["k"])),
])
@with_params(p_anniv)
def s_anniv(p, C):
    y1, y2, k = p["y1"], p["y2"], p["k"]
    now = C.ex(Yr(y2), "-", Yr(y1), unit="years")
    C.step("Years so far", lead=["In %d they mark" % y2, "Years since %d" % y1],
           tail="so %d is their %s anniversary year." % (y2, ordn(I(now))) if now > 0 else "", var=("a", None), short="so far")
    yk = C.ex(Yr(y1), "+", k, year=True)
    C.step("Year of the %s" % ordn(k), lead=["Add %d years to %d" % (k, y1), "The %s anniversary is in" % ordn(k)],
           tail="", var=("Y", "the anniversary year"), short="year")
    left = C.ex(Yr(yk), "-", Yr(y2), unit="years")
    need(left > 0)
    C.step("Years to wait", lead=["Subtract the current year", "From %d to %s" % (y2, n(yk, year=True))],
           tail="%s more years to go." % n(left), var=("w", "the wait"), short="left")
    return plan("find the years until the %s anniversary" % ordn(k), "The %s anniversary is %s years after %d." % (ordn(k), n(left), y2), n(left), "%s years" % n(left), [p["name"]])


def p_cwm(rng):
    y = rng.randint(2019, 2030)
    m = rng.randint(1, 12)
    while dim(y, m) == 28:
        m = rng.randint(1, 12)
    first = wd(y, m, 1)
    D = dim(y, m)
    r = D - 28
    five = [(first + i) % 7 for i in range(r)]
    if rng.random() < 0.6:
        t = rng.choice(five)
    else:
        t = rng.choice([x for x in range(7) if x not in five])
    return dict(y=y, m=m, t=t)


@struct("count_weekday_in_month", [
    lambda p: "%s %d begins on a %s. How many %ss are in %s %d?" % (MONTHS[p["m"] - 1], p["y"], WEEKDAYS[wd(p["y"], p["m"], 1)], WEEKDAYS[p["t"]], MONTHS[p["m"] - 1], p["y"]),
    lambda p: "The 1st of %s %d is a %s. %s has a swim class every %s. How many classes in that month?" % (MONTHS[p["m"] - 1], p["y"], WEEKDAYS[wd(p["y"], p["m"], 1)], "Leila", WEEKDAYS[p["t"]]),
    lambda p: "A %d-day month starts on %s. How many %ss does it have?" % (dim(p["y"], p["m"]), WEEKDAYS[wd(p["y"], p["m"], 1)], WEEKDAYS[p["t"]]),
    lambda p: "If %s is a %s, how many %ss fall in that month?" % (fd(p["y"], p["m"], 1, "iso"), WEEKDAYS[wd(p["y"], p["m"], 1)], WEEKDAYS[p["t"]]),
])
@with_params(p_cwm)
def s_cwm(p, C):
    y, m, t = p["y"], p["m"], p["t"]
    D = dim(y, m)
    w = wd(y, m, 1)
    if p["ph"] != 2:
        C.note("Days in the month", "%s has %d days." % (MONTHS[m - 1], D))
    q, r = C.dm(D, 7, uq="weeks", ur="days")
    C.step("Weeks and extra days", lead=["Split into weeks", "Divide by 7"], tail="Every weekday appears %s times in the full weeks." % n(q), short="÷7")
    r = I(r)
    extra = [WEEKDAYS[(w + i) % 7] for i in range(r)]
    need(0 <= r <= 6)
    cnt = I(q) + (1 if WEEKDAYS[t] in extra else 0)
    C.note("The extra days", "The %d extra day%s are the first %s of the month: %s." % (r, "s" if r != 1 else "", "ones" if r != 1 else "one", ", ".join(extra) if extra else "none"))
    C.note("Count", ("%s is one of them, so there are %d %ss." % (WEEKDAYS[t], cnt, WEEKDAYS[t])) if WEEKDAYS[t] in extra else
           ("%s is not one of them, so there are %d %ss." % (WEEKDAYS[t], cnt, WEEKDAYS[t])))
    return plan("count the %ss" % WEEKDAYS[t], "There are %d %ss in the month." % (cnt, WEEKDAYS[t]), str(cnt), "%d" % cnt, ["Leila"])


def p_nextyr(rng):
    y = rng.randint(2019, 2030)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return dict(y=y, m=m, d=d, name=person(rng)[0])


@struct("next_year_same_date", [
    lambda p: "%s is a %s. What day of the week is %s?" % (fd(p["y"], p["m"], p["d"], "longy"), WEEKDAYS[wd(p["y"], p["m"], p["d"])], fd(p["y"] + 1, p["m"], p["d"], "longy")),
    lambda p: "%s's birthday, %s, was a %s in %d. On which weekday is %s birthday in %d?" % (p["name"], fd(p["y"], p["m"], p["d"], "long"), WEEKDAYS[wd(p["y"], p["m"], p["d"])], p["y"], "the", p["y"] + 1),
    lambda p: "%s fell on a %s. Which weekday is %s?" % (fd(p["y"], p["m"], p["d"], "us"), WEEKDAYS[wd(p["y"], p["m"], p["d"])], fd(p["y"] + 1, p["m"], p["d"], "us")),
    lambda p: "If %s is a %s, then %s one year later is what day?" % (fd(p["y"], p["m"], p["d"], "dmy"), WEEKDAYS[wd(p["y"], p["m"], p["d"])], fd(p["y"], p["m"], p["d"], "dm")),
])
@with_params(p_nextyr)
def s_nextyr(p, C):
    y, m, d = p["y"], p["m"], p["d"]
    w = wd(y, m, d)
    if m <= 2:
        ly = y
        C.note("Does a February 29 fall in between?", "The dates span February %d%s." % (y, " — and %d is a leap year" % y if leap(y) else ", which has only 28 days"))
    else:
        ly = y + 1
        C.note("Does a February 29 fall in between?", "The dates span February %d%s." % (y + 1, " — and %d is a leap year" % (y + 1) if leap(y + 1) else ", which has only 28 days"))
    days = 366 if leap(ly) else 365
    C.note("Days in between", "So there are %d days from one date to the next." % days)
    q, r = C.dm(days, 7, uq="weeks", ur="days")
    C.step("Weeks and extra days", lead=["Divide by 7", "Split into weeks"], tail="", short="÷7")
    r = I(r)
    res = WEEKDAYS[(w + r) % 7]
    C.note("Shift", "Move %d day%s forward from %s: %s." % (r, "s" if r != 1 else "", WEEKDAYS[w], res) if r else "No shift, so it is %s again." % res)
    return plan("find the weekday a year later", "%s is a %s." % (fd(y + 1, m, d, "longy"), res), res, res, [p["name"]], numeric=False)


def p_timeline(rng):
    a = person(rng)
    y1 = rng.randint(1975, 2020)
    A = rng.randint(5, 40)
    y2 = rng.randint(max(y1 + 1, 2021), 2030)
    return dict(name=a[0], pr=a[1], po=a[2], y1=y1, A=A, y2=y2, ev=rng.choice(["moved to Toronto", "started college", "got a first job", "learned to swim"]))


@struct("age_timeline", [
    lambda p: "%s was %d years old when %s %s in %d. How old is %s in %d?" % (p["name"], p["A"], p["pr"], p["ev"], p["y1"], p["pr"], p["y2"]),
    lambda p: "In %d, %s turned %d. What age does %s turn in %d?" % (p["y1"], p["name"], p["A"], p["pr"], p["y2"]),
    lambda p: "%s (age %d in %d). Age in %d?" % (p["name"], p["A"], p["y1"], p["y2"]),
    lambda p: "A tree was %d years old in %d. How old will it be in %d?" % (p["A"], p["y1"], p["y2"]),
])
@with_params(p_timeline)
def s_timeline(p, C):
    g = C.ex(Yr(p["y2"]), "-", Yr(p["y1"]), unit="years")
    C.step("Years passed", lead=["Years from %d to %d" % (p["y1"], p["y2"]), "Time elapsed"], tail="", var=("g", "the years passed"), short="elapsed")
    a = C.ex(p["A"], "+", g, unit="years")
    who = "the tree" if p["ph"] == 3 else p["name"]
    C.step("Add to the earlier age", lead=["Add that to %d" % p["A"], "Add the elapsed years to %d" % p["A"]], tail="%s is %s in %d." % (cap(who), n(a), p["y2"]),
           var=("a", "the age in %d" % p["y2"]), short="age")
    by = C.ex(Yr(p["y1"]), "-", p["A"], year=True)
    C.ex(Yr(p["y2"]), "-", Yr(by))
    C.check("born around %d:" % (p["y1"] - p["A"]))
    return plan("find the age in %d" % p["y2"], "%s is %s years old in %d." % (cap(who), n(a), p["y2"]), n(a), n(a), [p["name"]])


def p_decades(rng):
    y1 = rng.randint(1900, 1990)
    y2 = rng.randint(y1 + 12, 2030)
    return dict(y1=y1, y2=y2)


@struct("decades", [
    lambda p: "How many complete decades are there between %d and %d?" % (p["y1"], p["y2"]),
    lambda p: "A bridge was built in %d. How many full decades old is it in %d?" % (p["y1"], p["y2"]),
    lambda p: "Full decades from %d to %d = ?" % (p["y1"], p["y2"]),
    lambda p: "A family business started in %d. By %d, how many whole decades has it run?" % (p["y1"], p["y2"]),
])
@with_params(p_decades)
def s_decades(p, C):
    g = C.ex(Yr(p["y2"]), "-", Yr(p["y1"]), unit="years")
    C.step("Years between", lead=["First find the number of years", "Subtract the years"], tail="", var=("g", "the years"), short="years")
    q, r = C.dm(g, 10, uq="decades", ur="years", forms=["R", "rem", "rem2", "eq", "wk"])
    C.step("Divide by 10", lead=["A decade is 10 years", "Divide by 10"], tail="That's %s full decades." % n(q), short="÷10")
    return plan("count the full decades", "It is %s full decades." % n(q), n(q), n(q), [])


def p_week(rng):
    N = rng.randint(10, 360)
    if N % 7 == 0:
        N += 1
    return dict(N=N)


@struct("week_of_year", [
    lambda p: "If week 1 is days 1–7 of the year, in which week does day %d fall?" % p["N"],
    lambda p: "A 365-day challenge is split into weeks of 7 days (days 1–7 are week 1). Which week contains day %d?" % p["N"],
    lambda p: "Day %d of a course: what week number is it? (Week 1 = days 1-7.)" % p["N"],
    lambda p: "Counting in 7-day weeks starting from day 1, which week is the %s day in?" % ordn(p["N"]),
])
@with_params(p_week)
def s_week(p, C):
    q, r = C.dm(p["N"], 7, uq="weeks", ur="days")
    C.step("Divide by 7", lead=["Divide the day number by 7", "Split %d into weeks" % p["N"]], tail="", short="÷7")
    q, r = I(q), I(r)
    if r > 0:
        C.note("Partial week", "%d full weeks end on day %d, and the %s day is %d days into the next week." % (q, 7 * q, ordn(p["N"]), r))
        wk = C.ex(q, "+", 1)
        C.step("Week number", lead=["So it is in week", "Add 1 for the partial week"], tail="", var=("w", "the week number"), short="week")
    else:
        wk = q
        C.note("Exact", "Day %d is the last day of week %d." % (p["N"], q))
    return plan("find the week containing day %d" % p["N"], "Day %d is in week %s." % (p["N"], n(wk)), n(wk), "week %s" % n(wk), [])
