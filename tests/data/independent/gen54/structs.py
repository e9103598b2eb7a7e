"""Problem structures for the work / rates / inverse-proportion genre.

Each structure has: contexts, problem shapes (phrasings), a parameter sampler and a solver.
The solver writes the solution through a W (writer) and returns nothing; W.answer sets the final.
"""
from fractions import Fraction as F
import math

from engine import Reject, L, V, dec_digits

PEOPLE = ["Anna", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hiro", "Isla", "Jamal", "Kira",
          "Luis", "Maya", "Noah", "Omar", "Priya", "Rosa", "Sam", "Tariq", "Uma", "Victor", "Wen",
          "Yusuf", "Zoe", "Marco", "Nadia", "Owen", "Leah"]

JOBS = {
    "fence": dict(agents="people", verb="paint", s3="paints", obj="the fence", thing="fence", tu="hour",
                  who="painter", both="if they work together"),
    "lawn": dict(agents="people", verb="mow", s3="mows", obj="the lawn", thing="lawn", tu="hour",
                 who="person", both="if they mow it together"),
    "house": dict(agents="people", verb="clean", s3="cleans", obj="the house", thing="house", tu="hour",
                  who="cleaner", both="working together"),
    "wall": dict(agents="people", verb="build", s3="builds", obj="the wall", thing="wall", tu="day",
                 who="bricklayer", both="if they work together"),
    "mural": dict(agents="people", verb="paint", s3="paints", obj="the mural", thing="mural", tu="day",
                  who="artist", both="working together"),
    "tank": dict(agents=["Pipe A", "Pipe B", "Pipe C"], verb="fill", s3="fills", obj="the tank", thing="tank",
                 tu="hour", who="pipe", both="if both pipes are open"),
    "pool": dict(agents=["Pump A", "Pump B", "Pump C"], verb="drain", s3="drains", obj="the pool", thing="pool",
                 tu="hour", who="pump", both="if both pumps run at the same time"),
    "report": dict(agents=["Printer A", "Printer B", "Printer C"], verb="print", s3="prints", obj="the report",
                   thing="report", tu="minute", who="printer", both="if both printers work on it together"),
    "order": dict(agents=["Machine X", "Machine Y", "Machine Z"], verb="pack", s3="packs", obj="the order",
                  thing="order", tu="hour", who="machine", both="if both machines run together"),
    "field": dict(agents=["Harvester A", "Harvester B", "Harvester C"], verb="harvest", s3="harvests",
                  obj="the field", thing="field", tu="day", who="harvester", both="working together"),
    "essay": dict(agents="people", verb="type", s3="types", obj="the manuscript", thing="manuscript",
                  tu="hour", who="typist", both="if they split the typing"),
}

# fill/drain contexts: (thing, filler, drainer)
FD = {
    "tank": dict(obj="the tank", thing="tank", F1="Pipe A", F2="Pipe B", D="Pipe C", fillv="fill", fills="fills",
                 drainv="empty", drains="empties", tu="hour", fnoun="pipe", dnoun="outlet pipe"),
    "tub": dict(obj="the bathtub", thing="tub", F1="the hot tap", F2="the cold tap", D="the drain", fillv="fill",
                fills="fills", drainv="empty", drains="empties", tu="minute", fnoun="tap", dnoun="drain"),
    "pool": dict(obj="the pool", thing="pool", F1="the inlet pipe", F2="the garden hose", D="the outlet pipe",
                 fillv="fill", fills="fills", drainv="drain", drains="drains", tu="hour", fnoun="inlet",
                 dnoun="outlet pipe"),
    "cistern": dict(obj="the cistern", thing="cistern", F1="the main tap", F2="the second tap", D="a leak",
                    fillv="fill", fills="fills", drainv="empty", drains="empties", tu="hour", fnoun="tap",
                    dnoun="leak"),
}

# crew contexts for man-days / inverse proportion
CREW = {
    "builders": dict(w="workers", w1="worker", job="build a garden wall", tu="day", wd="worker-days"),
    "painters": dict(w="painters", w1="painter", job="paint a school", tu="day", wd="painter-days"),
    "pumps": dict(w="pumps", w1="pump", job="empty a reservoir", tu="hour", wd="pump-hours"),
    "machines": dict(w="machines", w1="machine", job="fill an order of cans", tu="hour", wd="machine-hours"),
    "farmhands": dict(w="farmhands", w1="farmhand", job="harvest an orchard", tu="day", wd="farmhand-days"),
    "cooks": dict(w="cooks", w1="cook", job="prepare food for a festival", tu="hour", wd="cook-hours"),
    "roofers": dict(w="roofers", w1="roofer", job="re-roof a warehouse", tu="day", wd="roofer-days"),
}

# unit-rate contexts (machines producing items)
PROD = {
    "widgets": dict(m="machines", m1="machine", item="widgets", verb="make"),
    "bottles": dict(m="bottling machines", m1="bottling machine", item="bottles", verb="fill"),
    "bread": dict(m="ovens", m1="oven", item="loaves", verb="bake"),
    "shirts": dict(m="sewing machines", m1="sewing machine", item="shirts", verb="stitch"),
    "boxes": dict(m="robots", m1="robot", item="boxes", verb="pack"),
    "labels": dict(m="printers", m1="printer", item="labels", verb="print"),
}


def pl(word, n):
    return word if n == 1 else word + "s"


def lcm(a, b):
    return a * b // math.gcd(a, b)


def nice(v, dp=2):
    return dec_digits(F(v), dp) is not None


def job_ctx(key, rng):
    C = dict(JOBS[key])
    names = rng.sample(PEOPLE, 3) if C["agents"] == "people" else list(C["agents"])
    C["A"], C["B"], C["Cn"] = names
    C["tus"] = C["tu"] + "s"
    C["per"] = (f"of {C['obj']} per {C['tu']}", f"{C['thing']} per {C['tu']}")
    C["perS"] = f"{C['thing']}/{C['tu']}"
    C["Obj"] = C["obj"][0].upper() + C["obj"][1:]
    C["key"] = key
    return C


def fd_ctx(key, rng):
    C = dict(FD[key])
    C["tus"] = C["tu"] + "s"
    C["per"] = (f"of {C['obj']} per {C['tu']}", f"{C['thing']} per {C['tu']}")
    C["Obj"] = C["obj"][0].upper() + C["obj"][1:]
    C["F1c"] = C["F1"][0].upper() + C["F1"][1:]
    C["F2c"] = C["F2"][0].upper() + C["F2"][1:]
    C["Dc"] = C["D"][0].upper() + C["D"][1:]
    C["key"] = key
    return C


def crew_ctx(key, rng):
    C = dict(CREW[key])
    C["tus"] = C["tu"] + "s"
    C["W"] = C["w"][0].upper() + C["w"][1:]
    C["key"] = key
    return C


def prod_ctx(key, rng):
    C = dict(PROD[key])
    C["M"] = C["m"][0].upper() + C["m"][1:]
    C["key"] = key
    return C


# ----------------------------------------------------------------------------- shared steps

def rate(X, tag, who, t, C, p_calc=0.35):
    """Rate of one agent that needs t time units for the whole job."""
    r = V(F(1, t), "frac")
    ex = dict(verb=C["verb"], s3=C["s3"], obj=C["obj"], tu=C["tu"], tus=C["tus"])
    if X.chance(tag + "calc", p_calc):
        return X.calc(tag, who + "'s rate", [
            who + " needs {t} {tus}, so " + who + "'s rate is {c}.",
            who + ": {c}.",
            who + "'s rate is {c}.",
        ], L(1) / L(t), forms=("frac",), unit=C["per"], t=t, **ex)
    X.fact(tag, who + "'s rate", [
        who + " can {verb} {obj} in {t} {tus}, so " + who + " {s3} {r} {obj2} each {tu}.",
        who + " {s3} {r} {obj2} per {tu}.",
        "In one {tu}, " + who + " does {r} of the job.",
        who + "'s rate is {r} {obj2} per {tu}.",
    ], "{r} {objS} per {tu}", t=t, r=r, obj2="of " + C["obj"], objS=C["thing"], **ex)
    return r


def hm(X, t, tag="hm"):
    """Write a decimal number of hours as hours and minutes."""
    whole = math.floor(t.v)
    frac = t.v - whole
    if frac == 0:
        return None
    m = X.calc(tag, "Minutes", [
        "The extra {f} of an hour is {c}.",
        "Convert the decimal part: {c}.",
        "{f} of an hour is {c}.",
    ], L(frac, unit="hours") * L(60), forms=("num",), unit="minutes", f=V(frac))
    if m.v.denominator != 1:
        raise Reject("minutes")
    hw = f"{whole} {pl('hour', whole)} " if whole else ""
    if X.chance(tag + "eq", 0.5) and whole:
        X.note(tag + "n", ["So {t} hours = {hw}{m} minutes.", "That is, {t} hours = {hw}{m} minutes."],
               t=t, hw=hw, m=m)
    else:
        X.note(tag + "n", ["So the time is {hw}{m} minutes.", "In other words, {hw}{m} minutes."],
               t=t, hw=hw, m=m)
    return m


def finish_time(X, t, C, P, ans, check=None):
    """Answer a time in C['tu'] or convert to minutes when P['ask'] == 'min'."""
    if P.get("ask") == "min":
        m = X.calc("tmin", "In minutes", [
            "In minutes, that is {c}.",
            "Converting to minutes: {c}.",
            "Since the question asks for minutes: {c}.",
        ], L(t, unit="hours") * L(60), forms=("num",), unit="minutes")
        X.need(m.v > 0)
        if check:
            check()
        X.answer("ans", ans, m, "minutes")
        return
    if C.get("tu") == "hour" and t.v.denominator != 1 and X.chance("hmc", 0.6):
        hm(X, t)
    X.need(t.v > 0)
    if check:
        check()
    X.answer("ans", ans, t, C["tus"])


def ask_time(P, C, subj="it"):
    if P.get("ask") == "min":
        return "How many minutes will " + subj + " take?"
    return f"How many {C['tus']} will {subj} take?"


ANS_TOGETHER = ["Working together, they need {a}.", "It takes them {a} together.",
                "Together they finish in {a}.", "They will take {a}."]


# ============================================================================ structures

STRUCTS = []


def struct(name, kind, ctxs, shapes):
    def deco(pair):
        params, solve = pair
        STRUCTS.append(dict(name=name, kind=kind, ctxs=ctxs, shapes=shapes, params=params, solve=solve))
        return pair
    return deco


def time_ask(C, t, rng, allow_min=True):
    """Choose how the time is asked: in the context's unit or in minutes."""
    if C["tu"] == "hour" and allow_min and t.denominator != 1 and (t * 60).denominator == 1 and rng.random() < 0.5:
        return "min"
    if nice(t, 2):
        return "tu"
    if C["tu"] == "hour" and (t * 60).denominator == 1:
        return "min"
    return None


# ---------------------------------------------------------------- 1. two together (rates)

def p_two(rng, C):
    a = rng.randint(2, 30)
    b = rng.randint(2, 40)
    if a == b or a * b > 600:
        return None
    t = F(a * b, a + b)
    ask = time_ask(C, t, rng)
    if ask is None:
        return None
    return dict(a=a, b=b, ask=ask)


def s_two(P, C, X):
    X.intro("in", ["We add the two rates, then find how long the whole job takes at the combined rate.",
                   "Think of each rate as the fraction of {obj} done in one {tu}.",
                   "Work problems are easiest with rates: job per unit of time."])
    X.sec("s1", ["Find each rate", "Individual rates", "Work out the rates"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    rb = rate(X, "rb", C["B"], P["b"], C)
    X.sec("s2", ["Add the rates", "Combined rate", "Work together"])
    r = X.calc("r", "Combined rate", [
        "Together they {verb} {c}.",
        "Working together: {c}.",
        "Their combined rate is {c}.",
        "Adding the rates gives {c}.",
    ], ra.L() + rb.L(), forms=("frac",), unit=C["per"], expand=True)
    X.sec("s3", ["Find the time", "Time for the whole job", "Time together"])
    t = X.calc("t", "Time together", [
        "The whole job takes {c}.",
        "Time = 1 ÷ combined rate = {c}.",
        "So the time needed is {c}.",
        "One full job at this rate takes {c}.",
    ], L(1) / r.L(), forms=("frac", "dec"), unit=C["tus"])
    def ck():
        if X.want_check("ck", 0.4):
            X.check_begin("ckb")
            X.calc("ck1", "", [""], L(t) * ra.L(), forms=("frac",), check=True, hold=True)
            X.calc("ck2", "", [""], L(t) * rb.L(), forms=("frac",), check=True, hold=True)
            c1 = V(t.v * ra.v, "frac")
            c2 = V(t.v * rb.v, "frac")
            X.calc("ck3", "", [""], c1.L() + c2.L(), forms=("frac",), check=True, hold=True)
            X.flush("ckl", "Check", [
                "In {t} {tus}, {A} does {c0} and {B} does {c1}; {c2} whole job. ✓",
                "{A}: {c0}, {B}: {c1}, total {c2} ✓",
            ], t=t)
    finish_time(X, t, C, P, ANS_TOGETHER, ck)


struct("two_together", "job", ["fence", "tank", "report", "lawn", "order"], [
    "{A} can {verb} {obj} in {a} {tus}. {B} can {verb} {obj} in {b} {tus}. {q}",
    "Working alone, {A} takes {a} {tus} to {verb} {obj}, while {B} takes {b} {tus}. {Q}",
])((p_two, s_two))


# ---------------------------------------------------------------- 2. LCM method, two agents

def s_lcm2(P, C, X):
    a, b = P["a"], P["b"]
    U = lcm(a, b)
    X.intro("in", ["A neat trick: pretend {obj} is made of {U} equal units, since {U} is the LCM of {a} and {b}.",
                   "Instead of fractions, let the whole job be {U} units (the least common multiple of {a} and {b})."],
            U=U, a=a, b=b)
    X.sec("s1", ["Units per {tu}", "Split the job into units"])
    X.fact("U", "Job size", ["The LCM of {a} and {b} is {U}, so call the whole job {U} units.",
                             "Take the job as {U} units."], "{U} units", U=U, a=a, b=b)
    ua = X.calc("ua", "{A}", ["{A} does {c}.", "{A} covers {c}.", "In one {tu}, {A} does {c}."],
                L(U, unit="units") / L(a, unit=C["tus"]), forms=("num",), unit=("units per " + C["tu"], "units/" + C["tu"]))
    ub = X.calc("ub", "{B}", ["{B} does {c}.", "{B} covers {c}.", "And {B} does {c}."],
                L(U, unit="units") / L(b, unit=C["tus"]), forms=("num",), unit=("units per " + C["tu"], "units/" + C["tu"]))
    X.sec("s2", ["Combine", "Work together"])
    u = X.calc("u", "Together", ["Together they do {c}.", "Combined: {c}.", "Working at the same time: {c}."],
               ua.L() + ub.L(), forms=("num",), unit=("units per " + C["tu"], "units/" + C["tu"]))
    t = X.calc("t", "Time", ["So the job takes {c}.", "Time = {c}.", "The {U} units take {c}."],
               L(U, unit="units") / u.L(), forms=("dec",), unit=C["tus"], U=U)
    def ck():
        if X.want_check("ck", 0.3):
            X.check_begin("ckb")
            X.calc("ck1", "Check", ["Check: {c} ✓", "Check: {c}, the whole job. ✓"], L(t, unit=C["tus"]) * u.L(), forms=("num",),
                   check=True, unit="units")
    finish_time(X, t, C, P, ANS_TOGETHER, ck)


struct("lcm_two", "job", ["tank", "fence", "house", "pool"], [
    "{A} can {verb} {obj} in {a} {tus} and {B} can do it in {b} {tus}. {q}",
    "It takes {A} {a} {tus} to {verb} {obj}. {B} needs {b} {tus} for the same job. {Q}",
])((p_two, s_lcm2))


# ---------------------------------------------------------------- 3. three together

def p_three(rng, C):
    a, b, c = rng.randint(2, 24), rng.randint(2, 30), rng.randint(3, 40)
    if len({a, b, c}) < 3:
        return None
    r = F(1, a) + F(1, b) + F(1, c)
    t = 1 / r
    ask = time_ask(C, t, rng)
    if ask is None or lcm(lcm(a, b), c) > 240:
        return None
    return dict(a=a, b=b, c=c, ask=ask)


def s_three(P, C, X):
    X.intro("in", ["Add all three rates, then divide one whole job by the total rate.",
                   "Each {who} does a fraction of {obj} per {tu}; the fractions add."])
    X.sec("s1", ["Write the rates", "Individual rates"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    rb = rate(X, "rb", C["B"], P["b"], C)
    rc = rate(X, "rc", C["Cn"], P["c"], C)
    X.sec("s2", ["Add the rates", "Combined rate"])
    r = X.calc("r", "Combined rate", [
        "All three together: {c}.",
        "Together they {verb} {c}.",
        "The combined rate is {c}.",
    ], ra.L() + rb.L() + rc.L(), forms=("frac",), unit=C["per"], expand=True)
    X.sec("s3", ["Time for the job", "Find the time"])
    t = X.calc("t", "Time", ["Time = {c}.", "So they need {c}.", "The job takes {c}."],
               L(1) / r.L(), forms=("frac", "dec"), unit=C["tus"])
    finish_time(X, t, C, P, ANS_TOGETHER)


struct("three_together", "job", ["fence", "tank", "wall", "order"], [
    "{A}, {B} and {Cn} can each {verb} {obj} alone in {a}, {b} and {c} {tus} respectively. {q}",
    "Alone, {A} needs {a} {tus} to {verb} {obj}, {B} needs {b} {tus} and {Cn} needs {c} {tus}. {Q3}",
])((p_three, s_three))


# ---------------------------------------------------------------- 4. LCM method, three

def s_lcm3(P, C, X):
    a, b, c = P["a"], P["b"], P["c"]
    U = lcm(lcm(a, b), c)
    X.intro("in", ["Let the whole job be {U} units, the LCM of {a}, {b} and {c}.",
                   "Use the LCM trick: {U} is divisible by {a}, {b} and {c}, so make the job {U} units."],
            U=U, a=a, b=b, c=c)
    X.sec("s1", ["Units per {tu}"])
    uu = []
    for tg, who, n in (("ua", C["A"], a), ("ub", C["B"], b), ("uc", C["Cn"], c)):
        uu.append(X.calc(tg, who, [who + " does {c}.", who + ": {c}."],
                         L(U, unit="units") / L(n), forms=("num",),
                         unit=("units per " + C["tu"], "units/" + C["tu"])))
    X.sec("s2", ["Combine and divide"])
    u = X.calc("u", "Together", ["Together: {c}.", "All three do {c}."], uu[0].L() + uu[1].L() + uu[2].L(),
               forms=("num",), unit=("units per " + C["tu"], "units/" + C["tu"]))
    t = X.calc("t", "Time", ["Time = {c}.", "So the job takes {c}."], L(U, unit="units") / u.L(),
               forms=("dec",), unit=C["tus"])
    finish_time(X, t, C, P, ANS_TOGETHER)


struct("lcm_three", "job", ["tank", "lawn", "field"], [
    "{A} can {verb} {obj} in {a} {tus}, {B} in {b} {tus} and {Cn} in {c} {tus}. {q}",
    "Three {who}s work on {obj}. Alone they would take {a}, {b} and {c} {tus}. {Q3}",
])((p_three, s_lcm3))


# ---------------------------------------------------------------- 5. find the partner's time

def p_partner(rng, C):
    a = rng.randint(3, 40)
    b = rng.randint(3, 60)
    if a == b:
        return None
    t = F(a * b, a + b)
    if t.denominator != 1 and not (t.denominator == 2 and C["tu"] == "hour"):
        return None
    return dict(a=a, b=b, t=t)


def s_partner(P, C, X):
    X.intro("in", ["The rates add, so {B}'s rate = (rate together) − ({A}'s rate).",
                   "Subtract {A}'s rate from the combined rate to get {B}'s rate."])
    X.sec("s1", ["Rates we know"])
    if X.chance("rtc", 0.4):
        rt = X.calc("rt", "Rate together", ["Together they do {c}.", "Combined rate: {c}."],
                    L(1) / L(P["t"]), forms=("frac",), unit=C["per"])
    else:
        rt = V(1 / P["t"], "frac")
        X.fact("rt", "Together", ["Together they {verb} {obj} in {t} {tus}, so they do {r} of it per {tu}.",
                                  "Their combined rate is {r} of the job per {tu}."], "{r} {thing} per {tu}",
               t=P["t"], r=rt)
    ra = rate(X, "ra", C["A"], P["a"], C)
    X.sec("s2", ["Find {B}'s rate"])
    rb = X.calc("rb", "{B}'s rate", ["{B}'s rate is {c}.", "So {B} does {c}.", "{B}: {c}."],
                rt.L() - ra.L(), forms=("frac",), unit=C["per"], expand=True)
    X.need(rb.v > 0)
    X.sec("s3", ["Time for {B} alone"])
    tb = X.calc("tb", "{B} alone", ["Alone, {B} needs {c}.", "{B}'s time = {c}.", "Working alone, {B} takes {c}."],
                L(1) / rb.L(), forms=("frac", "dec"), unit=C["tus"])
    X.need(tb.v > 0)
    X.answer("ans", ["{B} would take {a} alone.", "Alone, {B} needs {a}.", "{B} takes {a} working alone."],
             tb, C["tus"])


struct("find_partner", "job", ["fence", "tank", "report", "wall", "essay"], [
    "Together, {A} and {B} can {verb} {obj} in {t} {tus}. {A} alone takes {a} {tus}. How many {tus} would {B} take alone?",
    "{A} and {B} working together {verb} {obj} in {t} {tus}. If {A} could do it alone in {a} {tus}, how long would it take {B} alone, in {tus}?",
])((p_partner, s_partner))


# ---------------------------------------------------------------- 6. fill and drain

def p_filldrain(rng, C):
    a = rng.randint(2, 15)
    b = rng.randint(a + 1, 40)
    net = F(1, a) - F(1, b)
    t = 1 / net
    ask = time_ask(C, t, rng)
    if ask is None:
        return None
    return dict(a=a, b=b, ask=ask)


def s_filldrain(P, C, X):
    X.intro("in", ["The drain works against the filling, so subtract its rate.",
                   "Filling adds to {obj} and draining takes away, so the net rate is fill rate − drain rate."])
    X.sec("s1", ["Rates", "Fill and drain rates"])
    X.ctx.update(obj2="of " + C["obj"])
    rf = rate(X, "rf", C["F1c"], P["a"], dict(C, verb=C["fillv"], s3=C["fills"]))
    rd_v = V(F(1, P["b"]), "frac")
    X.fact("rd", "{Dc} (emptying)", ["{Dc} {drains} {r} {obj2} per {tu}.",
                                      "{Dc} can {drainv} {obj} in {b} {tus}, so it removes {r} of it each {tu}."],
           "{r} {thing} per {tu}", r=rd_v, b=P["b"])
    X.sec("s2", ["Net rate"])
    net = X.calc("net", "Net rate", ["With both open, the net rate is {c}.", "Net: {c}.",
                                     "Each {tu} the water level rises by {c}."],
                 rf.L() - rd_v.L(), forms=("frac",), unit=C["per"], expand=True)
    X.need(net.v > 0)
    X.sec("s3", ["Time to fill"])
    t = X.calc("t", "Time to fill", ["Time to fill = {c}.", "So it fills in {c}.", "{Obj} is full after {c}."],
               L(1) / net.L(), forms=("frac", "dec"), unit=C["tus"])
    finish_time(X, t, C, P, ["{Obj} fills in {a}.", "It takes {a} to fill {obj}.", "With both open, {obj} is full after {a}."])


struct("fill_drain", "fd", ["tank", "tub", "pool", "cistern"], [
    "{F1c} can fill {obj} in {a} {tus}. {Dc} can {drainv} a full {thing} in {b} {tus}. If {obj} is empty and both are open, {q2}",
    "An empty {thing} is being filled by {F1}, which alone would fill it in {a} {tus}. By mistake, {D} is also open, and it can {drainv} the full {thing} in {b} {tus}. {Q2}",
])((p_filldrain, s_filldrain))


# ---------------------------------------------------------------- 7. two fill, one drain

def p_twofd(rng, C):
    a, b = rng.randint(2, 20), rng.randint(2, 24)
    c = rng.randint(2, 40)
    if len({a, b, c}) < 3:
        return None
    net = F(1, a) + F(1, b) - F(1, c)
    if net <= 0:
        return None
    t = 1 / net
    ask = time_ask(C, t, rng)
    if ask is None or lcm(lcm(a, b), c) > 240:
        return None
    return dict(a=a, b=b, c=c, ask=ask)


def s_twofd(P, C, X):
    X.intro("in", ["Add the two filling rates and subtract the draining rate.",
                   "Net rate = (rate of {F1}) + (rate of {F2}) − (rate of {D})."])
    X.sec("s1", ["Rates"])
    X.ctx.update(obj2="of " + C["obj"])
    r1 = V(F(1, P["a"]), "frac")
    r2 = V(F(1, P["b"]), "frac")
    r3 = V(F(1, P["c"]), "frac")
    X.fact("r1", "{F1c}", ["{F1c} {fills} {r} {obj2} per {tu}.", "{F1c} adds {r} of {obj} each {tu}."],
           "+{r} per {tu}", r=r1)
    X.fact("r2", "{F2c}", ["{F2c} {fills} {r} {obj2} per {tu}.", "{F2c} adds {r} each {tu}."],
           "+{r} per {tu}", r=r2)
    X.fact("r3", "{Dc}", ["{Dc} {drains} {r} {obj2} per {tu}.", "{Dc} removes {r} each {tu}."],
           "−{r} per {tu}", r=r3)
    X.sec("s2", ["Net rate"])
    net = X.calc("net", "Net rate", ["Net rate = {c}.", "All three open: {c}.", "Together the level rises by {c}."],
                 r1.L() + r2.L() - r3.L(), forms=("frac",), unit=C["per"], expand=True)
    X.need(net.v > 0)
    X.sec("s3", ["Time"])
    t = X.calc("t", "Time", ["Time = {c}.", "So filling takes {c}.", "{Obj} is full after {c}."],
               L(1) / net.L(), forms=("frac", "dec"), unit=C["tus"])
    finish_time(X, t, C, P, ["{Obj} is full after {a}.", "It takes {a}.", "Filling takes {a}."])


struct("two_fill_drain", "fd", ["tank", "pool", "tub"], [
    "{F1c} fills {obj} in {a} {tus} and {F2} fills it in {b} {tus}. {Dc} can {drainv} the full {thing} in {c} {tus}. Starting empty with all three open, {q2}",
    "Two taps and a drain: {F1} alone fills {obj} in {a} {tus}, {F2} alone in {b} {tus}, and {D} empties it in {c} {tus}. {Q2}",
])((p_twofd, s_twofd))


# ---------------------------------------------------------------- 8. empty a full tank against an inflow

def p_empty(rng, C):
    a = rng.randint(2, 15)
    b = rng.randint(a + 1, 40)
    t = 1 / (F(1, a) - F(1, b))
    ask = time_ask(C, t, rng)
    if ask is None:
        return None
    return dict(a=a, b=b, ask=ask)


def s_empty(P, C, X):
    X.intro("in", ["Count filling as positive and draining as negative.",
                   "Use signed rates: the inflow is +, the outflow is −."])
    X.sec("s1", ["Signed rates"])
    rin = V(F(1, P["b"]), "frac")
    rout = V(F(1, P["a"]), "frac")
    X.fact("ri", "{F1c}", ["{F1c} adds {r} of {obj} per {tu}.", "Inflow: +{r} of {obj} per {tu}."],
           "+{r} per {tu}", r=rin)
    X.fact("ro", "{Dc}", ["{Dc} removes {r} of {obj} per {tu}.", "Outflow: {r} of {obj} per {tu}."],
           "−{r} per {tu}", r=rout)
    X.sec("s2", ["Net rate"])
    net = X.calc("net", "Net change", ["Net change per {tu}: {c}.", "Net rate = {c}.",
                                       "Each {tu} the level changes by {c}."],
                 rin.L() - rout.L(), forms=("frac",), unit=(f"of {C['obj']} per {C['tu']}", C["thing"] + " per " + C["tu"]),
                 expand=True)
    X.need(net.v < 0)
    pos = V(-net.v, "frac")
    X.note("neg", ["The minus sign means {obj} is emptying, at {p} of it per {tu}.",
                   "Negative, so the level drops by {p} of {obj} every {tu}."], p=pos)
    X.sec("s3", ["Time to empty"])
    t = X.calc("t", "Time to empty", ["Time to empty = {c}.", "So it empties in {c}.", "A full {thing} lasts {c}."],
               L(1) / pos.L(), forms=("frac", "dec"), unit=C["tus"])
    finish_time(X, t, C, P, ["{Obj} is empty after {a}.", "It takes {a} to empty.", "It empties in {a}."])


struct("empty_inflow", "fd", ["tank", "pool", "cistern"], [
    "{Obj} is full. {Dc} can {drainv} it in {a} {tus}, but {F1} keeps running and would fill it in {b} {tus}. With both running, {q3}",
    "A full {thing} has {D} that can {drainv} it in {a} {tus}. At the same time {F1}, which fills the {thing} in {b} {tus}, is left on. {Q3b}",
])((p_empty, s_empty))


# ---------------------------------------------------------------- 9. drain opened later

def p_later(rng, C):
    a = rng.randint(2, 12)
    b = rng.randint(a + 1, 30)
    if a < 3:
        return None
    k = rng.randint(2, a - 1)
    done = F(k, a)
    rem = 1 - done
    net = F(1, a) - F(1, b)
    t2 = rem / net
    tot = k + t2
    if not nice(t2, 2) or not nice(tot, 2):
        return None
    return dict(a=a, b=b, k=k)


def s_later(P, C, X):
    X.intro("in", ["Split the time into two parts: filling alone, then filling with the drain open.",
                   "First see how much gets filled before {D} is opened."])
    X.ctx.update(obj2="of " + C["obj"])
    X.sec("s1", ["Filling alone"])
    ra = rate(X, "ra", C["F1c"], P["a"], dict(C, verb=C["fillv"], s3=C["fills"]))
    done = X.calc("done", "Filled in first {k} {tus}", ["In the first {k} {tus}: {c} of {obj}.",
                                                       "After {k} {tus}, {F1} has filled {c}.",
                                                       "{k} {tus} alone: {c}."],
                  L(P["k"], unit=C["tus"]) * ra.L(), forms=("frac",), k=P["k"])
    rem = X.calc("rem", "Still to fill", ["That leaves {c}.", "Remaining: {c}.", "Still empty: {c}."],
                 L(1) - done.L(), forms=("frac",), unit="of " + C["obj"])
    X.need(rem.v > 0)
    X.sec("s2", ["Net rate with {D} open"])
    rd = V(F(1, P["b"]), "frac")
    net = X.calc("net", "Net rate", ["With {D} open the net rate is {c}.", "Net rate: {c}."],
                 ra.L() - rd.L(), forms=("frac",), unit=C["per"], expand=True)
    X.need(net.v > 0)
    t2 = X.calc("t2", "Time for the rest", ["The rest takes {c}.", "Time for the remainder: {c}."],
                rem.L() / net.L(), forms=("frac", "dec"), unit=C["tus"])
    X.sec("s3", ["Total time"])
    tot = X.calc("tot", "Total", ["Total time = {c}.", "Altogether: {c}.", "In total {c}."],
                 L(P["k"]) + L(t2), forms=("num",), unit=C["tus"])
    X.answer("ans", ["{Obj} is full {a} after {F1} was turned on.", "It takes {a} in all.", "Total: {a}."],
             tot, C["tus"])


struct("drain_later", "fd", ["tank", "pool", "cistern"], [
    "{F1c} can fill {obj} in {a} {tus}. It runs alone for {k} {tus}, and then {D}, which can {drainv} a full {thing} in {b} {tus}, is opened as well. How many {tus} after the start is {obj} full?",
    "An empty {thing} is filled by {F1} (alone it takes {a} {tus}). After {k} {tus}, someone opens {D}, which would {drainv} the full {thing} in {b} {tus}. How long does it take in total to fill {obj}, in {tus}?",
])((p_later, s_later))


# ---------------------------------------------------------------- 10. one leaves after k units of time

def p_leave(rng, C):
    a, b = rng.randint(3, 24), rng.randint(3, 30)
    if a == b:
        return None
    r = F(1, a) + F(1, b)
    k = rng.randint(2, 8)
    done = k * r
    if done >= 1:
        return None
    rem = 1 - done
    tb = rem * b
    tot = k + tb
    if not nice(tb, 2) or not nice(tot, 2):
        return None
    return dict(a=a, b=b, k=k)


def s_leave(P, C, X):
    X.intro("in", ["Work out how much gets done together, then how long {B} needs for the rest.",
                   "Two phases: both working for {k} {tus}, then {B} alone."], k=P["k"])
    X.sec("s1", ["Rates"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    rb = rate(X, "rb", C["B"], P["b"], C)
    r = X.calc("r", "Together", ["Together they do {c}.", "Combined rate: {c}."],
               ra.L() + rb.L(), forms=("frac",), unit=C["per"], expand=True)
    X.sec("s2", ["Work done in the first {k} {tus}"], k=P["k"])
    done = X.calc("done", "Done together", ["In {k} {tus} they finish {c} of {obj}.", "Work done: {c}.",
                                            "After {k} {tus}: {c} of the job."],
                  L(P["k"], unit=C["tus"]) * r.L(), forms=("frac",), k=P["k"])
    rem = X.calc("rem", "Left for {B}", ["So {c} is left.", "Remaining work: {c}.", "That leaves {c} of the job."],
                 L(1) - done.L(), forms=("frac",))
    X.need(0 < rem.v)
    X.sec("s3", ["{B} finishes alone"])
    tb = X.calc("tb", "{B}'s extra time", ["{B} needs {c} to finish.", "Time for {B}: {c}.",
                                           "{B} finishes the rest in {c}."],
                rem.L() / rb.L(), forms=("frac", "dec"), unit=C["tus"])
    X.sec("s4", ["Total time"])
    tot = X.calc("tot", "Total time", ["Total time = {c}.", "Altogether the job takes {c}."],
                 L(P["k"]) + L(tb), forms=("num",), unit=C["tus"])
    X.answer("ans", ["The job takes {a} in total.", "{Obj} is finished after {a}.", "Total time: {a}."],
             tot, C["tus"])


struct("leave_after", "job", ["fence", "wall", "mural", "field", "house"], [
    "{A} can {verb} {obj} in {a} {tus} and {B} can do it in {b} {tus}. They start together, but after {k} {tus} {A} leaves and {B} finishes alone. How many {tus} does the whole job take?",
    "Working alone, {A} would need {a} {tus} to {verb} {obj}; {B} would need {b} {tus}. They work together for {k} {tus}, then {A} is called away. How long does it take to finish {obj} altogether, in {tus}?",
])((p_leave, s_leave))


# ---------------------------------------------------------------- 11. B joins later

def p_join(rng, C):
    a, b = rng.randint(3, 30), rng.randint(3, 30)
    if a == b:
        return None
    k = rng.randint(2, a - 1)
    rem = 1 - F(k, a)
    t = rem / (F(1, a) + F(1, b))
    if not nice(t, 2):
        return None
    return dict(a=a, b=b, k=k)


def s_join(P, C, X):
    X.intro("in", ["First find what {A} finishes alone, then share the rest at the combined rate.",
                   "{A} works alone for {k} {tus}; after that both work."], k=P["k"])
    X.sec("s1", ["{A} alone"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    done = X.calc("done", "{A}'s work first", ["In {k} {tus}, {A} does {c}.", "Done by {A}: {c}.",
                                               "{A} completes {c} of {obj}."],
                  L(P["k"], unit=C["tus"]) * ra.L(), forms=("frac",), k=P["k"])
    rem = X.calc("rem", "Remaining", ["Remaining: {c}.", "Left: {c}.", "So {c} still needs doing."],
                 L(1) - done.L(), forms=("frac",))
    X.need(rem.v > 0)
    X.sec("s2", ["Both together"])
    rb = rate(X, "rb", C["B"], P["b"], C)
    r = X.calc("r", "Combined rate", ["Together: {c}.", "Combined rate = {c}."], ra.L() + rb.L(),
               forms=("frac",), unit=C["per"], expand=True)
    t = X.calc("t", "Time together", ["Time together = {c}.", "They need {c} more.", "Remaining time: {c}."],
               rem.L() / r.L(), forms=("frac", "dec"), unit=C["tus"])
    X.answer("ans", ["They work together for {a}.", "{B} works {a} before {obj} is done.",
                     "After {B} joins, it takes {a} more."], t, C["tus"])


struct("join_later", "job", ["fence", "lawn", "wall", "order"], [
    "{A} can {verb} {obj} in {a} {tus} and {B} can do it in {b} {tus}. {A} works alone for {k} {tus}, then {B} joins. How many more {tus} until {obj} is done?",
    "{A} starts to {verb} {obj}, a job {A} could finish alone in {a} {tus}. After {k} {tus}, {B} (who would need {b} {tus} alone) joins in. How many {tus} do they work together?",
])((p_join, s_join))


# ---------------------------------------------------------------- 12. one leaves halfway

def p_half(rng, C):
    a, b = rng.randint(2, 24), rng.randint(2, 30)
    if a == b:
        return None
    r = F(1, a) + F(1, b)
    t1 = F(1, 2) / r
    t2 = F(b, 2)
    if not nice(t1, 2) or not nice(t1 + t2, 2):
        return None
    return dict(a=a, b=b)


def s_half(P, C, X):
    X.intro("in", ["Half the job is done at the combined rate, the other half at {B}'s rate.",
                   "Split the job into two halves and time each one."])
    X.sec("s1", ["Rates"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    rb = rate(X, "rb", C["B"], P["b"], C)
    r = X.calc("r", "Combined rate", ["Together: {c}.", "Combined rate = {c}."], ra.L() + rb.L(),
               forms=("frac",), unit=C["per"], expand=True)
    X.sec("s2", ["First half"])
    t1 = X.calc("t1", "First half", ["The first half takes {c}.", "Time for half the job together: {c}."],
                L(F(1, 2), fmt="frac") / r.L(), forms=("frac", "dec"), unit=C["tus"])
    X.sec("s3", ["Second half"])
    t2 = X.calc("t2", "Second half", ["{B} alone needs {c} for the second half.", "Second half: {c}."],
                L(F(1, 2), fmt="frac") / rb.L(), forms=("frac", "dec"), unit=C["tus"])
    X.sec("s4", ["Total"])
    tot = X.calc("tot", "Total", ["Total = {c}.", "Altogether: {c}."], L(t1) + L(t2), forms=("num",),
                 unit=C["tus"])
    X.answer("ans", ["The whole job takes {a}.", "It takes {a} in total."], tot, C["tus"])


struct("leave_halfway", "job", ["fence", "tank", "report", "mural"], [
    "{A} can {verb} {obj} in {a} {tus}; {B} can do it in {b} {tus}. They work together until half of {obj} is done, then {A} stops and {B} does the rest. How many {tus} does the job take?",
    "{A} ({a} {tus} alone) and {B} ({b} {tus} alone) start to {verb} {obj} together. Halfway through, {A} leaves. How long does the whole job take, in {tus}?",
])((p_half, s_half))


# ---------------------------------------------------------------- 13. A works some days, B finishes

def p_partial(rng, C):
    a = rng.randint(4, 30)
    k = rng.randint(2, a - 1)
    m = rng.randint(2, 30)
    rem = 1 - F(k, a)
    tb = m / rem
    if not nice(tb, 1):
        return None
    return dict(a=a, k=k, m=m)


def s_partial(P, C, X):
    X.intro("in", ["Find the part {A} finished, then {B}'s rate from the part {B} finished.",
                   "{B}'s rate = (work {B} did) ÷ (time {B} took)."])
    X.sec("s1", ["What {A} did"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    done = X.calc("done", "{A}'s part", ["In {k} {tus}, {A} did {c} of {obj}.", "{A}'s share: {c}."],
                  L(P["k"], unit=C["tus"]) * ra.L(), forms=("frac",), k=P["k"])
    rem = X.calc("rem", "{B}'s part", ["So {B} did {c}.", "Left for {B}: {c}."], L(1) - done.L(), forms=("frac",))
    X.need(rem.v > 0)
    X.sec("s2", ["{B}'s rate"])
    rb = X.calc("rb", "{B}'s rate", ["{B}'s rate = {c}.", "{B} works at {c}."], rem.L() / L(P["m"], unit=C["tus"]),
                forms=("frac",), unit=C["per"])
    X.sec("s3", ["{B} alone"])
    tb = X.calc("tb", "{B} alone", ["Alone, {B} would take {c}.", "{B}'s time alone = {c}."],
                L(1) / rb.L(), forms=("frac", "dec"), unit=C["tus"])
    X.answer("ans", ["{B} would need {a} working alone.", "Alone, {B} takes {a}."], tb, C["tus"])


struct("partial_then_other", "job", ["wall", "mural", "field", "essay"], [
    "{A} can {verb} {obj} in {a} {tus}. {A} works on it for {k} {tus} and then {B} finishes the rest in {m} {tus}. How many {tus} would {B} need to {verb} the whole of {obj} alone?",
    "{A}, who needs {a} {tus} to {verb} {obj}, worked for {k} {tus} and stopped. {B} completed the job in another {m} {tus}. How long would {B} take alone, in {tus}?",
])((p_partial, s_partial))


# ---------------------------------------------------------------- 14. A is m times as fast as B

def p_fast(rng, C):
    m = rng.choice([2, 2, 3, 3, 4])
    t = rng.randint(2, 20)
    B = (m + 1) * t
    A = F((m + 1) * t, m)
    if not nice(A, 1):
        return None
    return dict(m=m, t=t, who=rng.choice(["fast", "slow"]),
                mt={2: "twice", 3: "three times", 4: "four times"}[m])


def s_fast(P, C, X):
    m, t = P["m"], P["t"]
    X.intro("in", ["If {B} does 1 part per {tu}, {A} does {m} parts, so together they do {m1} parts.",
                   "Let {B}'s rate be one share; {A}'s rate is then {m} shares."], m=m, m1=m + 1)
    X.sec("s1", ["Combined rate"])
    rt = V(F(1, t), "frac")
    X.fact("rt", "Together", ["Together they finish in {t} {tus}, so they do {r} of {obj} per {tu}.",
                              "Combined rate: {r} of the job per {tu}."], "{r} {thing} per {tu}", t=t, r=rt)
    parts = X.calc("pts", "Shares", ["That is {c} shares.", "Shares per {tu}: {c}."], L(m) + L(1), forms=("num",))
    X.sec("s2", ["{B}'s rate"])
    rb = X.calc("rb", "{B}'s rate", ["One share is {c}.", "{B}'s rate = {c}."], rt.L() / parts.L(),
                forms=("frac",), unit=C["per"])
    if P["who"] == "slow":
        X.sec("s3", ["{B} alone"])
        tb = X.calc("tb", "{B} alone", ["{B} alone takes {c}.", "So {B} needs {c}."], L(1) / rb.L(),
                    forms=("num",), unit=C["tus"])
        X.answer("ans", ["{B} would take {a} alone.", "Alone, {B} needs {a}."], tb, C["tus"])
    else:
        ra = X.calc("ra", "{A}'s rate", ["{A}'s rate is {c}.", "{A} does {c}."], L(m) * rb.L(), forms=("frac",),
                    unit=C["per"])
        X.sec("s3", ["{A} alone"])
        ta = X.calc("ta", "{A} alone", ["{A} alone takes {c}.", "So {A} needs {c}."], L(1) / ra.L(),
                    forms=("frac", "dec"), unit=C["tus"])
        X.answer("ans", ["{A} would take {a} alone.", "Alone, {A} needs {a}."], ta, C["tus"])


struct("times_as_fast", "job", ["fence", "order", "field", "wall"], [
    "{A} works {mt} as fast as {B}. Together they can {verb} {obj} in {t} {tus}. How many {tus} would {Wq} need working alone?",
    "Together, {A} and {B} {verb} {obj} in {t} {tus}. {A} is {mt} as fast as {B}. How long would it take {Wq} alone, in {tus}?",
])((p_fast, s_fast))


# ---------------------------------------------------------------- 15. pairwise times

def p_pair(rng, C):
    p, q, s = rng.randint(2, 20), rng.randint(2, 24), rng.randint(2, 30)
    if len({p, q, s}) < 3:
        return None
    tot = F(1, p) + F(1, q) + F(1, s)
    allr = tot / 2
    if F(1, p) >= allr or F(1, q) >= allr or F(1, s) >= allr:
        return None
    t = 1 / allr
    if not nice(t, 2) or lcm(lcm(p, q), s) > 120:
        return None
    return dict(p=p, q=q, s=s)


def s_pair(P, C, X):
    X.intro("in", ["Adding the three pair rates counts every {who} twice.",
                   "Each person appears in two of the pairs, so the sum of the pair rates is twice the rate of all three."])
    X.sec("s1", ["Add the pair rates"])
    s = X.calc("sum", "Sum of pair rates", ["Sum of the pair rates: {c}.", "Adding: {c}."],
               L(F(1, P["p"]), fmt="frac") + L(F(1, P["q"]), fmt="frac") + L(F(1, P["s"]), fmt="frac"),
               forms=("frac",), unit=C["per"], expand=True)
    X.sec("s2", ["Rate of all three"])
    r = X.calc("r", "All three", ["This is twice the combined rate, so all three do {c}.", "Halve it: {c}."],
               s.L() / L(2), forms=("frac",), unit=C["per"])
    X.sec("s3", ["Time"])
    t = X.calc("t", "Time", ["Time = {c}.", "Together they need {c}."], L(1) / r.L(), forms=("frac", "dec"),
               unit=C["tus"])
    X.answer("ans", ["All three together take {a}.", "Working together, the three need {a}."], t, C["tus"])


struct("pairwise_three", "job", ["fence", "tank", "field"], [
    "{A} and {B} together can {verb} {obj} in {p} {tus}, {B} and {Cn} in {q} {tus}, and {A} and {Cn} in {s} {tus}. How many {tus} would all three take working together?",
    "Working in pairs: {A} and {B} take {p} {tus} to {verb} {obj}; {B} and {Cn} take {q} {tus}; {A} and {Cn} take {s} {tus}. How long would it take all three together, in {tus}?",
])((p_pair, s_pair))


# ---------------------------------------------------------------- 16. percent done after k time units

def p_pct(rng, C):
    a, b = rng.randint(2, 30), rng.randint(2, 40)
    if a == b:
        return None
    k = rng.randint(2, 6)
    done = k * (F(1, a) + F(1, b))
    if done >= 1 or not nice(done * 100, 1):
        return None
    return dict(a=a, b=b, k=k, rem=rng.random() < 0.5)


def s_pct(P, C, X):
    X.intro("in", ["Multiply the combined rate by the time worked.",
                   "Work done = rate × time."])
    X.sec("s1", ["Combined rate"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    rb = rate(X, "rb", C["B"], P["b"], C)
    r = X.calc("r", "Together", ["Together: {c}.", "They do {c} together."], ra.L() + rb.L(), forms=("frac",),
               unit=C["per"], expand=True)
    X.sec("s2", ["Work done in {k} {tus}"], k=P["k"])
    done = X.calc("done", "Done in {k} {tus}", ["In {k} {tus}: {c} of {obj}.", "Work done: {c}."],
                  L(P["k"], unit=C["tus"]) * r.L(), forms=("frac", "pct"), k=P["k"])
    X.need(done.v < 1)
    if P["rem"]:
        rem = X.calc("rem", "Left", ["So {c} is still left.", "Remaining: {c}."], L(1) - done.L(),
                     forms=("frac", "pct"))
        X.answer("ans", ["{a} of {obj} is left.", "They still have {a} to go."],
                 V(rem.v * 100), "%")
    else:
        X.answer("ans", ["They have done {a} of {obj}.", "{a} of the job is done."], V(done.v * 100), "%")


struct("percent_done", "job", ["fence", "lawn", "tank", "house"], [
    "{A} can {verb} {obj} in {a} {tus} and {B} can {verb} it in {b} {tus}. If they work together for {k} {tus}, what percent of {obj} {pq}?",
    "Alone, {A} takes {a} {tus} and {B} takes {b} {tus} to {verb} {obj}. They work together for {k} {tus}. What percentage of the job {pq}?",
])((p_pct, s_pct))


# ---------------------------------------------------------------- 17. sharing the pay

def p_pay(rng, C):
    a, b = rng.randint(2, 20), rng.randint(2, 30)
    if a == b:
        return None
    U = lcm(a, b)
    ua, ub = U // a, U // b
    pay = rng.choice([120, 150, 180, 240, 300, 360, 420, 450, 480, 600, 720, 750, 840, 900, 960, 1200, 1500, 1800, 2400])
    per = F(pay, ua + ub)
    if not nice(per, 2) or U > 120:
        return None
    return dict(a=a, b=b, pay=pay, who=rng.choice(["A", "B"]))


def s_pay(P, C, X):
    a, b = P["a"], P["b"]
    U = lcm(a, b)
    X.intro("in", ["The pay should be split in the same ratio as the work each person does per {tu}.",
                   "Share the money in proportion to their rates."])
    X.sec("s1", ["Work per {tu}"])
    X.fact("U", "Job", ["Take the job as {U} units (LCM of {a} and {b}).", "Let the job be {U} units."],
           "{U} units", U=U, a=a, b=b)
    ua = X.calc("ua", "{A}", ["{A} does {c}.", "{A}: {c}."], L(U) / L(a), forms=("num",), unit="units per " + C["tu"])
    ub = X.calc("ub", "{B}", ["{B} does {c}.", "{B}: {c}."], L(U) / L(b), forms=("num",), unit="units per " + C["tu"])
    X.sec("s2", ["Split the money"])
    tot = X.calc("tot", "Total shares", ["Total shares: {c}.", "Together: {c}."], ua.L() + ub.L(), forms=("num",),
                 unit="shares")
    per = X.calc("per", "One share", ["One share is worth {c}.", "Each share: {c}."],
                 L(P["pay"], fmt="money") / tot.L(), forms=("money",))
    mine = ua if P["who"] == "A" else ub
    name = C["A"] if P["who"] == "A" else C["B"]
    share = X.calc("sh", name + "'s pay", [name + " gets {c}.", name + "'s share: {c}."], L(mine) * per.L(),
                   forms=("money",))
    if X.want_check("ck", 0.35):
        other = ub if P["who"] == "A" else ua
        X.check_begin("ckb")
        o = X.calc("ck1", "Other share", ["The other share is {c}.", "The other person gets {c}."],
                   L(other) * per.L(), forms=("money",), check=True)
        X.calc("ck2", "Total", ["Check: {c} ✓", "And {c}, the full amount. ✓"], L(share, fmt="money") + L(o, fmt="money"),
               forms=("money",), check=True)
    X.answer("ans", [name + " should receive {a}.", name + "'s share is {a}."], V(share.v, "money"), None)


struct("pay_share", "job", ["fence", "house", "wall", "mural"], [
    "{A} can {verb} {obj} in {a} {tus}, {B} in {b} {tus}. They do it together and are paid ${pay} in total, shared according to the work each did. How much does {Pn} get?",
    "{A} and {B} {verb} {obj} together for a fee of ${pay}. Alone, {A} would take {a} {tus} and {B} {b} {tus}. If the fee is split by the amount of work done, how many dollars does {Pn} receive?",
])((p_pay, s_pay))


# ---------------------------------------------------------------- 18. man-days inverse proportion

def p_md(rng, C):
    n = rng.randint(2, 24)
    d = rng.randint(2, 40)
    m = rng.randint(2, 36)
    if m == n or n * d > 900:
        return None
    t = F(n * d, m)
    if not nice(t, 1):
        return None
    return dict(n=n, d=d, m=m)


def s_md(P, C, X):
    X.intro("in", ["More {w} means fewer {tus}: the total amount of work, in {wd}, stays the same.",
                   "This is inverse proportion. Find the total work first.",
                   "Work = number of {w} × time, and that product is fixed."])
    X.sec("s1", ["Total work"])
    tot = X.calc("tot", "Total work", ["The job is {c} of work.", "Total work = {c}.", "{n} {w} for {d} {tus} is {c}."],
                 L(P["n"], unit=C["w"]) * L(P["d"], unit=C["tus"]), forms=("num",), unit=C["wd"], n=P["n"], d=P["d"])
    X.sec("s2", ["Share among {m} {w}"], m=P["m"])
    t = X.calc("t", "Time with {m} {w}", ["With {m} {w}: {c}.", "So {m} {w} need {c}.", "Time = {c}."],
               tot.L(unit=C["wd"]) / L(P["m"], unit=C["w"]), forms=("num",), unit=C["tus"], m=P["m"])
    X.need(t.v > 0)
    X.answer("ans", ["{m} {w} would need {a}.", "It would take {a}."], t, C["tus"], m=P["m"])


struct("man_days", "crew", ["builders", "painters", "pumps", "machines", "farmhands", "cooks", "roofers"], [
    "{n} {w} can {job} in {d} {tus}. How many {tus} would {m} {w} take, working at the same rate?",
    "It takes {n} {w} {d} {tus} to {job}. At the same rate, how long would it take {m} {w}, in {tus}?",
])((p_md, s_md))


# ---------------------------------------------------------------- 19. how many workers are needed

def p_need(rng, C):
    n = rng.randint(2, 20)
    d = rng.randint(3, 40)
    d2 = rng.randint(2, d - 1)
    if (n * d) % d2:
        return None
    m = n * d // d2
    if m > 80:
        return None
    return dict(n=n, d=d, d2=d2, extra=rng.random() < 0.6)


def s_need(P, C, X):
    X.intro("in", ["Keep the total work fixed and divide by the new number of {tus}.",
                   "Find the total {wd}, then see how many {w} fit the shorter deadline."])
    X.sec("s1", ["Total work"])
    tot = X.calc("tot", "Total work", ["Total work = {c}.", "The job needs {c}."],
                 L(P["n"], unit=C["w"]) * L(P["d"], unit=C["tus"]), forms=("num",), unit=C["wd"])
    X.sec("s2", ["{W} needed"])
    m = X.calc("m", "{W} for {d2} {tus}", ["To finish in {d2} {tus}: {c}.", "{W} needed = {c}."],
               tot.L(unit=C["wd"]) / L(P["d2"], unit=C["tus"]), forms=("num",), unit=C["w"], d2=P["d2"])
    if m.v.denominator != 1:
        raise Reject("int workers")
    if P["extra"]:
        ex = X.calc("ex", "Extra {w}", ["That is {c} more.", "Extra {w}: {c}."], m.L() - L(P["n"]), forms=("num",),
                    unit=C["w"])
        X.need(ex.v > 0)
        X.answer("ans", ["They need to add {a}.", "So {a} must be added."], ex, C["w"])
    else:
        X.answer("ans", ["{a} are needed.", "The job needs {a}."], m, C["w"])


struct("workers_needed", "crew", ["builders", "painters", "pumps", "farmhands", "roofers"], [
    "{n} {w} can {job} in {d} {tus}. The job must now be finished in {d2} {tus}. {nq}",
    "A team of {n} {w} would take {d} {tus} to {job}. To get it done in only {d2} {tus}, {nq2}",
])((p_need, s_need))


# ---------------------------------------------------------------- 20. workers, hours per day, days

def p_mhd(rng, C):
    n, h, d = rng.randint(2, 15), rng.randint(4, 10), rng.randint(2, 30)
    m, h2 = rng.randint(2, 20), rng.randint(4, 12)
    if (m, h2) == (n, h) or n * h * d > 3000:
        return None
    t = F(n * h * d, m * h2)
    if not nice(t, 1):
        return None
    return dict(n=n, h=h, d=d, m=m, h2=h2)


def s_mhd(P, C, X):
    X.intro("in", ["Count the job in person-hours: workers × hours per day × days.",
                   "The total number of person-hours is the same in both cases."])
    X.sec("s1", ["Total person-hours"])
    tot = X.calc("tot", "Total work", ["The job takes {c}.", "Total = {c}."],
                 L(P["n"], unit=C["w"]) * L(P["h"], unit="hours") * L(P["d"], unit="days"), forms=("num",),
                 unit="person-hours")
    X.sec("s2", ["Hours per day for the new team"])
    per = X.calc("per", "Per day", ["Each day the new team gives {c}.", "New team per day: {c}."],
                 L(P["m"], unit=C["w"]) * L(P["h2"], unit="hours"), forms=("num",), unit="person-hours")
    X.sec("s3", ["Days needed"])
    t = X.calc("t", "Days", ["Days needed = {c}.", "So it takes {c}."], tot.L(unit="person-hours") / per.L(unit="person-hours"),
               forms=("num",), unit="days")
    X.answer("ans", ["The new team needs {a}.", "It will take {a}."], t, "days")


struct("worker_hours_days", "crew", ["builders", "painters", "farmhands", "roofers"], [
    "{n} {w} working {h} hours a day can {job} in {d} days. How many days will {m} {w} working {h2} hours a day need?",
    "A crew of {n} {w} works {h} hours per day and takes {d} days to {job}. If {m} {w} work {h2} hours per day instead, how many days will the job take?",
])((p_mhd, s_mhd))


# ---------------------------------------------------------------- 21. some workers leave partway

def p_wleave(rng, C):
    n = rng.randint(6, 30)
    D = rng.randint(6, 40)
    k = rng.randint(2, D - 2)
    j = rng.randint(2, n - 2)
    rem = n * (D - k)
    t = F(rem, n - j)
    if t.denominator != 1:
        return None
    return dict(n=n, D=D, k=k, j=j)


def s_wleave(P, C, X):
    n, D, k, j = P["n"], P["D"], P["k"], P["j"]
    X.intro("in", ["Track the remaining work in {wd}.", "Use {wd}: the work left does not change when {w} leave."])
    X.sec("s1", ["Total and completed work"])
    tot = X.calc("tot", "Total work", ["Total work: {c}.", "The whole job is {c}."], L(n, unit=C["w"]) * L(D, unit=C["tus"]),
                 forms=("num",), unit=C["wd"])
    done = X.calc("done", "Done in {k} {tus}", ["In the first {k} {tus}: {c}.", "Work done so far: {c}."],
                  L(n, unit=C["w"]) * L(k, unit=C["tus"]), forms=("num",), unit=C["wd"], k=k)
    rem = X.calc("rem", "Work left", ["Work left: {c}.", "Remaining: {c}."], tot.L() - done.L(), forms=("num",),
                 unit=C["wd"])
    X.sec("s2", ["After {j} leave"], j=j)
    left = X.calc("left", "{W} remaining", ["{W} left on the job: {c}.", "Now there are {c}."], L(n) - L(j),
                  forms=("num",), unit=C["w"])
    X.need(left.v > 0)
    t = X.calc("t", "Time for the rest", ["They need {c} more.", "Time for the rest: {c}."], rem.L(unit=C["wd"]) / left.L(unit=C["w"]),
               forms=("num",), unit=C["tus"])
    X.sec("s3", ["Total"])
    T = X.calc("T", "Total time", ["Total time = {c}.", "Altogether: {c}."], L(k) + L(t), forms=("num",), unit=C["tus"])
    X.answer("ans", ["The job takes {a} in total.", "It is finished after {a}."], T, C["tus"])


struct("workers_leave", "crew", ["builders", "painters", "farmhands", "roofers", "cooks"], [
    "{n} {w} were hired to {job} in {D} {tus}. After {k} {tus}, {j} of them left. How many {tus} did the whole job take?",
    "A job to {job} was planned for {n} {w} over {D} {tus}. {j} {w} quit after {k} {tus}, and the rest kept working at the same rate. How long did the job take in total, in {tus}?",
])((p_wleave, s_wleave))


# ---------------------------------------------------------------- 22. extra workers join partway

def p_wjoin(rng, C):
    n = rng.randint(4, 24)
    D = rng.randint(6, 40)
    k = rng.randint(2, D - 2)
    j = rng.randint(2, 20)
    rem = n * (D - k)
    t = F(rem, n + j)
    if t.denominator != 1 or k + t >= D:
        return None
    return dict(n=n, D=D, k=k, j=j, sooner=rng.random() < 0.5)


def s_wjoin(P, C, X):
    n, D, k, j = P["n"], P["D"], P["k"], P["j"]
    X.intro("in", ["After {k} {tus}, the {w} have {Dk} {tus} of work left at the original size.",
                   "Work out what is left in {wd} and share it among the bigger team."], k=k, Dk=D - k)
    X.sec("s1", ["Work left"])
    dl = X.calc("dl", "{tus} left on the plan", ["On the original plan, {c} remain.", "Days left in the plan: {c}."],
                L(D) - L(k), forms=("num",), unit=C["tus"])
    rem = X.calc("rem", "Work left", ["That is {c}.", "Work left: {c}."], L(n, unit=C["w"]) * dl.L(unit=C["tus"]),
                 forms=("num",), unit=C["wd"])
    X.sec("s2", ["Bigger team"])
    big = X.calc("big", "New team", ["The team grows to {c}.", "New team size: {c}."], L(n) + L(j), forms=("num",),
                 unit=C["w"])
    t = X.calc("t", "Time for the rest", ["They need {c}.", "Time for the rest: {c}."], rem.L(unit=C["wd"]) / big.L(unit=C["w"]),
               forms=("num",), unit=C["tus"])
    X.sec("s3", ["Answer the question"])
    T = X.calc("T", "Total", ["Total time = {c}.", "The job takes {c}."], L(k) + L(t), forms=("num",), unit=C["tus"])
    if P["sooner"]:
        s = X.calc("s", "Saved", ["Compared with the plan, that is {c} sooner.", "Time saved: {c}."], L(D) - L(T),
                   forms=("num",), unit=C["tus"])
        X.answer("ans", ["They finish {a} early.", "The job ends {a} ahead of schedule."], s, C["tus"])
    else:
        X.answer("ans", ["The job takes {a} in total.", "It is finished after {a}."], T, C["tus"])


struct("workers_join", "crew", ["builders", "painters", "farmhands", "cooks"], [
    "{n} {w} are scheduled to {job} in {D} {tus}. After {k} {tus}, {j} more {w} join them. {jq}",
    "A team of {n} {w} can {job} in {D} {tus}. They work for {k} {tus}, and then {j} extra {w} arrive to help. {jq}",
])((p_wjoin, s_wjoin))


# ---------------------------------------------------------------- 23. unit rate scaling (machines, items, hours)

def p_scale(rng, C):
    m = rng.randint(2, 12)
    h = rng.randint(2, 10)
    r = rng.choice([5, 6, 8, 10, 12, 15, 18, 20, 24, 25, 30, 36, 40, 45, 50, 60, 75, 80, 120])
    P_ = m * h * r
    m2 = rng.randint(2, 15)
    h2 = rng.randint(2, 12)
    if (m2, h2) == (m, h) or m2 == m:
        return None
    return dict(n1=m, h=h, P=P_, n2=m2, h2=h2)


def s_scale(P, C, X):
    X.intro("in", ["Find the rate of one {m1} for one hour, then scale up.",
                   "Unit rate first: {item} per {m1} per hour."])
    X.sec("s1", ["Unit rate"])
    if X.chance("one", 0.4):
        u = X.calc("u", "Per {m1} per hour", ["One {m1} makes {c}.", "Per {m1} per hour: {c}."],
                   L(P["P"], unit=C["item"]) / (L(P["n1"]) * L(P["h"])), forms=("num",), unit=C["item"] + " per hour")
    else:
        a = X.calc("a", "Per hour (all {m})", ["In one hour the {m} make {c}.", "All {m} per hour: {c}."],
                   L(P["P"], unit=C["item"]) / L(P["h"], unit="hours"), forms=("num",), unit=C["item"])
        u = X.calc("u", "Per {m1} per hour", ["So one {m1} makes {c} per hour.", "One {m1}: {c} per hour."],
                   a.L() / L(P["n1"]), forms=("num",), unit=C["item"])
    X.sec("s2", ["Scale up"])
    tot = X.calc("tot", "{n2} {m} for {h2} hours",
                 ["{n2} {m} for {h2} hours: {c}.", "So {n2} {m} running {h2} hours make {c}."],
                 u.L() * L(P["n2"]) * L(P["h2"]), forms=("num",), unit=C["item"], n2=P["n2"], h2=P["h2"])
    X.answer("ans", ["They make {a}.", "That is {a}."], tot, C["item"])


struct("unit_rate_scale", "prod", ["widgets", "bottles", "bread", "shirts", "boxes", "labels"], [
    "{n1} {m} can {verb} {P} {item} in {h} hours. How many {item} can {n2} {m} {verb} in {h2} hours at the same rate?",
    "In {h} hours, {n1} identical {m} {verb} {P} {item}. At that rate, how many {item} will {n2} {m} {verb} in {h2} hours?",
])((p_scale, s_scale))


# ---------------------------------------------------------------- 24. two machines with item rates, N items

def p_items(rng, C):
    r1 = rng.choice([12, 15, 18, 20, 24, 25, 30, 35, 40, 45, 50, 60, 75, 80, 90])
    r2 = rng.choice([10, 15, 16, 20, 25, 30, 36, 40, 48, 50, 55, 60, 70, 84])
    if r1 == r2:
        return None
    N = (r1 + r2) * rng.randint(6, 150)
    t = F(N, r1 + r2)
    if N > 20000:
        return None
    hm_ = t > 60 and t % 60 != 0 and rng.random() < 0.6
    return dict(r1=r1, r2=r2, N=N, hm=hm_)


def s_items(P, C, X):
    X.intro("in", ["Add the per-minute rates and divide the total by the combined rate.",
                   "Rates in {item} per minute add up."])
    X.sec("s1", ["Combined rate"])
    r = X.calc("r", "Combined", ["Together they {verb} {c}.", "Combined rate: {c}."],
               L(P["r1"]) + L(P["r2"]), forms=("num",), unit=(C["item"] + " per minute", C["item"] + "/min"))
    X.sec("s2", ["Time"])
    t = X.calc("t", "Time", ["Time = {c}.", "So it takes {c}.", "{N} {item} take {c}."],
               L(P["N"], unit=C["item"]) / r.L(unit=C["item"] + " per minute"), forms=("num",), unit="minutes",
               N=P["N"])
    if P["hm"] and t.v.denominator == 1 and t.v > 60:
        h = t.v // 60
        mm = X.calc("mm", "In hours", ["That is {c} ...", "{c}"], L(t) - L(h * 60), forms=("num",), unit="minutes",
                    hold=True)
        X.flush("hml", "In hours and minutes", ["Since {h60} minutes is {h} {hs}, {c0} left over, i.e. {h} h {mm} min.",
                                               "{h60} minutes = {h} {hs}, and {c0}, so {h} h {mm} min."],
                h60=h * 60, h=h, mm=mm, hs=pl("hour", h))
    X.answer("ans", ["It takes {a}.", "Both together need {a}."], t, "minutes")


struct("two_machines_items", "prod", ["bottles", "labels", "boxes", "widgets", "bread"], [
    "One {m1} can {verb} {r1} {item} per minute and a second, newer {m1} can {verb} {r2} {item} per minute. Working together, how many minutes will they take to {verb} {N} {item}?",
    "Two {m} {verb} {item} at {r1} and {r2} {item} per minute. How many minutes do they need, running together, for an order of {N} {item}?",
])((p_items, s_items))


# ---------------------------------------------------------------- 25. rates from totals

def p_totals(rng, C):
    r1 = rng.choice([10, 12, 15, 18, 20, 24, 25, 30, 40, 45])
    r2 = rng.choice([8, 12, 16, 20, 25, 30, 35, 36, 50, 60])
    t1, t2 = rng.randint(2, 30), rng.randint(2, 30)
    if r1 == r2 or t1 == t2:
        return None
    N = (r1 + r2) * rng.randint(5, 60)
    return dict(x1=r1 * t1, t1=t1, x2=r2 * t2, t2=t2, N=N)


def s_totals(P, C, X):
    X.intro("in", ["Turn each total into a per-minute rate first.", "Find {item} per minute for each {m1}."])
    X.sec("s1", ["Individual rates"])
    r1 = X.calc("r1", "First {m1}", ["The first {m1} does {c}.", "First: {c}."],
                L(P["x1"], unit=C["item"]) / L(P["t1"], unit="minutes"), forms=("num",), unit=C["item"] + " per minute")
    r2 = X.calc("r2", "Second {m1}", ["The second does {c}.", "Second: {c}."],
                L(P["x2"], unit=C["item"]) / L(P["t2"], unit="minutes"), forms=("num",), unit=C["item"] + " per minute")
    X.sec("s2", ["Together"])
    r = X.calc("r", "Combined", ["Together: {c}.", "Combined rate: {c}."], r1.L() + r2.L(), forms=("num",),
               unit=C["item"] + " per minute")
    t = X.calc("t", "Time", ["Time for {N} {item}: {c}.", "So it takes {c}."], L(P["N"]) / r.L(), forms=("num",),
               unit="minutes", N=P["N"])
    X.answer("ans", ["They need {a}.", "It takes {a} together."], t, "minutes")


struct("rates_from_totals", "prod", ["labels", "bottles", "shirts", "boxes"], [
    "One {m1} can {verb} {x1} {item} in {t1} minutes. Another {m1} can {verb} {x2} {item} in {t2} minutes. How many minutes will both take together to {verb} {N} {item}?",
    "A {m1} {verb}s {x1} {item} every {t1} minutes; a faster model {verb}s {x2} {item} in {t2} minutes. Running side by side, how long will they take, in minutes, to {verb} {N} {item}?",
])((p_totals, s_totals))


# ---------------------------------------------------------------- 26. litres in and out

def p_litres(rng, C):
    f = rng.randint(6, 60)
    g = rng.randint(1, f - 2)
    cap = rng.choice([200, 240, 300, 360, 400, 450, 480, 500, 600, 720, 800, 900, 1000, 1200, 1500, 1800, 2000, 2400])
    start = rng.choice([0, 0, 0, 20, 40, 50, 60, 100, 120, 150, 200])
    if start >= cap:
        return None
    t = F(cap - start, f - g)
    if t.denominator != 1:
        return None
    return dict(f=f, g=g, cap=cap, start=start, hm=t >= 90 and rng.random() < 0.5)


def s_litres(P, C, X):
    X.intro("in", ["Net inflow = inflow − outflow; then divide the litres still needed by the net rate.",
                   "Work with litres per minute."])
    X.sec("s1", ["Net rate"])
    net = X.calc("net", "Net inflow", ["Net inflow: {c}.", "Each minute the {thing} gains {c}."],
                 L(P["f"]) - L(P["g"]), forms=("num",), unit=("litres per minute", "L/min"))
    X.need(net.v > 0)
    X.sec("s2", ["Litres needed"])
    if P["start"]:
        need = X.calc("need", "Still needed", ["It still needs {c}.", "Litres to add: {c}."],
                      L(P["cap"], unit="L") - L(P["start"], unit="L"), forms=("num",), unit="litres")
    else:
        need = V(P["cap"])
        X.fact("need", "Capacity", ["The {thing} starts empty, so it needs all {n} litres.",
                                    "Empty start: {n} litres to fill."], "{n} L", n=P["cap"])
    X.sec("s3", ["Time"])
    t = X.calc("t", "Time", ["Time = {c}.", "So it takes {c}."], need.L(unit="litres") / net.L(unit="L/min"),
               forms=("num",), unit="minutes")
    X.need(t.v > 0)
    if P["hm"] and t.v.denominator == 1 and t.v >= 60:
        hrs = X.calc("hh", "In hours", ["That is {c}.", "In hours: {c}."], L(t, unit="minutes") / L(60),
                     forms=("frac", "dec"), unit="hours", words_ok=False)
        if hrs.v.denominator != 1 and X.chance("hmx", 0.6):
            hm(X, hrs)
    X.answer("ans", ["The {thing} is full after {a}.", "It takes {a}."], t, "minutes")


struct("litres_in_out", "fd", ["tank", "pool", "tub", "cistern"], [
    "{Obj} holds {cap} litres{startq}. Water flows in at {f} litres per minute, but it leaks out at {g} litres per minute. How many minutes until it is full?",
    "{F1c} pours {f} L of water per minute into {obj}, which holds {cap} L, while {D} lets out {g} L per minute.{startq2} How long, in minutes, until {obj} is full?",
])((p_litres, s_litres))


# ---------------------------------------------------------------- 27. per minute to hours

def p_perhour(rng, C):
    r = rng.choice([4, 5, 6, 8, 10, 12, 15, 16, 18, 20, 24, 25, 30, 32, 40, 45, 48, 50, 60, 75, 80, 90, 120])
    mins = rng.choice([30, 45, 60, 75, 90, 100, 105, 120, 135, 150, 180, 200, 210, 225, 240, 270, 300, 330, 360, 420, 450, 480])
    N = r * mins
    return dict(r=r, N=N)


def s_perhour(P, C, X):
    X.intro("in", ["Divide to get minutes, then convert minutes to hours.",
                   "First the time in minutes, then ÷ 60 for hours."])
    X.sec("s1", ["Time in minutes"])
    t = X.calc("t", "Minutes", ["At {r} {item} per minute: {c}.", "Time = {c}."],
               L(P["N"], unit=C["item"]) / L(P["r"], unit=C["item"] + " per minute"), forms=("num",), unit="minutes",
               r=P["r"])
    X.sec("s2", ["Convert to hours"])
    h = X.calc("h", "Hours", ["In hours: {c}.", "Divide by 60: {c}.", "Since 1 hour = 60 minutes, {c}."],
               L(t, unit="minutes") / L(60), forms=("frac", "dec"), unit="hours", words_ok=False)
    if h.v.denominator != 1 and X.chance("hmx", 0.5):
        hm(X, h)
    X.answer("ans", ["The job takes {a}.", "It needs {a}."], h, "hours")


struct("per_minute_to_hours", "prod", ["bottles", "labels", "boxes", "shirts", "widgets"], [
    "A {m1} can {verb} {r} {item} per minute. How many hours will it take to {verb} {N} {item}?",
    "At a steady {r} {item} a minute, how many hours does a {m1} need to {verb} {N} {item}?",
])((p_perhour, s_perhour))


# ---------------------------------------------------------------- 28. labour cost

def p_cost(rng, C):
    n = rng.randint(2, 12)
    h = rng.randint(3, 10)
    d = rng.randint(2, 12)
    w = rng.choice([12, 14, 15, 16, 18, 20, 22, 24, 25, 28, 30, 32, 35, 40, 45, 18.5, 22.5, 27.5, 16.25])
    return dict(n=n, h=h, d=d, wage=F(str(w)))


def s_cost(P, C, X):
    X.intro("in", ["Find the total number of worker-hours, then multiply by the hourly wage.",
                   "Cost = worker-hours × wage."])
    X.sec("s1", ["Worker-hours"])
    if X.chance("pd", 0.5):
        pd = X.calc("pd", "Per day", ["Each day: {c}.", "Worker-hours per day: {c}."],
                    L(P["n"], unit=C["w"]) * L(P["h"], unit="hours"), forms=("num",), unit="worker-hours")
        wh = X.calc("wh", "Total", ["Over {d} days: {c}.", "Total: {c}."], pd.L() * L(P["d"], unit="days"), forms=("num",),
                    unit="worker-hours", d=P["d"])
    else:
        wh = X.calc("wh", "Worker-hours", ["Total worker-hours: {c}.", "That is {c}."],
                    L(P["n"]) * L(P["h"]) * L(P["d"]), forms=("num",), unit="worker-hours")
    X.sec("s2", ["Cost"])
    cost = X.calc("cost", "Cost", ["Cost = {c}.", "So the labour costs {c}."], wh.L() * L(P["wage"], fmt="money"),
                  forms=("money",))
    X.answer("ans", ["The labour costs {a}.", "Total cost: {a}."], V(cost.v, "money"), None)


struct("labour_cost", "crew", ["builders", "painters", "farmhands", "roofers", "cooks"], [
    "{n} {w} each work {h} hours a day for {d} days. Each is paid ${wg} per hour. What is the total labour cost in dollars?",
    "A contractor hires {n} {w} at ${wg} an hour. They work {h} hours per day for {d} days. How much does the contractor pay in wages, in dollars?",
])((p_cost, s_cost))


# ---------------------------------------------------------------- 29. compare rates

def p_cmp(rng, C):
    r1 = rng.randint(8, 120)
    r2 = rng.randint(8, 120)
    if r1 == r2:
        return None
    t1, t2 = rng.randint(2, 12), rng.randint(2, 12)
    H = rng.randint(2, 12)
    if t1 == t2:
        return None
    return dict(x1=r1 * t1, t1=t1, x2=r2 * t2, t2=t2, H=H)


def s_cmp(P, C, X):
    X.intro("in", ["Compare hourly rates.", "Put both {m} on a per-hour basis."])
    X.sec("s1", ["Hourly rates"])
    r1 = X.calc("r1", "First", ["The first {m1} makes {c}.", "First {m1}: {c}."],
                L(P["x1"], unit=C["item"]) / L(P["t1"], unit="hours"), forms=("num",), unit=C["item"] + " per hour")
    r2 = X.calc("r2", "Second", ["The second makes {c}.", "Second {m1}: {c}."],
                L(P["x2"], unit=C["item"]) / L(P["t2"], unit="hours"), forms=("num",), unit=C["item"] + " per hour")
    X.sec("s2", ["Difference"])
    hi, lo = (r1, r2) if r1.v > r2.v else (r2, r1)
    X.need(hi.v != lo.v)
    d = X.calc("d", "Difference per hour", ["Difference: {c}.", "The faster one makes {c} more."],
               hi.L() - lo.L(), forms=("num",), unit=C["item"] + " per hour")
    X.need(d.v > 0)
    tot = X.calc("tot", "Over {H} hours", ["Over {H} hours: {c}.", "In {H} hours that is {c} more."],
                 d.L() * L(P["H"], unit="hours"), forms=("num",), unit=C["item"], H=P["H"])
    X.answer("ans", ["The faster {m1} makes {a} more.", "That is {a} more."], tot, C["item"])


struct("compare_rates", "prod", ["widgets", "bread", "shirts", "boxes"], [
    "One {m1} can {verb} {x1} {item} in {t1} hours. Another can {verb} {x2} {item} in {t2} hours. How many more {item} does the faster one {verb} in {H} hours?",
    "{M} A and B run at steady rates: A makes {x1} {item} in {t1} hours and B makes {x2} in {t2} hours. Over a {H}-hour shift, how many more {item} does the faster one make?",
])((p_cmp, s_cmp))


# ---------------------------------------------------------------- 30. nearest minute (rounding)

def p_round(rng, C):
    a, b = rng.randint(2, 12), rng.randint(3, 15)
    if a == b:
        return None
    t = F(a * b, a + b)
    m = t * 60
    if m.denominator == 1 or m.denominator > 30:
        return None
    return dict(a=a, b=b)


def s_round(P, C, X):
    X.intro("in", ["Add the rates, find the time as a fraction, then convert to minutes and round.",
                   "Rates first; the exact time will not be a whole number of minutes, so round at the end."])
    X.sec("s1", ["Rates"])
    ra = rate(X, "ra", C["A"], P["a"], C)
    rb = rate(X, "rb", C["B"], P["b"], C)
    r = X.calc("r", "Combined rate", ["Together: {c}.", "Combined: {c}."], ra.L() + rb.L(), forms=("frac",),
               unit=C["per"], expand=True)
    X.sec("s2", ["Exact time"])
    t = X.calc("t", "Time", ["Time = {c}.", "Exact time: {c}."], L(1) / r.L(), forms=("frac", "dec"),
               unit="hours", approx=2)
    X.sec("s3", ["Minutes"])
    m = X.calc("m", "Minutes", ["In minutes: {c}.", "That is {c}."], L(t, fmt="frac") * L(60), forms=("frac", "dec"),
               unit="minutes", approx=2)
    mr = V(F(math.floor(m.v + F(1, 2))))
    X.note("rnd", ["To the nearest minute, that is {mr} minutes.", "Rounded: {mr} minutes."], mr=mr)
    X.answer("ans", ["It takes about {a}.", "They finish in about {a}."], mr, "minutes")


struct("nearest_minute", "job", ["fence", "tank", "lawn"], [
    "{A} can {verb} {obj} in {a} hours and {B} can do it in {b} hours. Working together, how many minutes will it take, to the nearest minute?",
    "Alone, {A} takes {a} hours and {B} takes {b} hours to {verb} {obj}. To the nearest minute, how long does it take them together (in minutes)?",
])((p_round, s_round))


# ---------------------------------------------------------------- 31. typing / reading words per minute

def p_type(rng, C):
    w1 = rng.choice([35, 40, 45, 50, 55, 60, 65, 70, 75, 80])
    w2 = rng.choice([30, 40, 45, 50, 60, 70, 80, 90])
    if w1 == w2:
        return None
    N = (w1 + w2) * rng.randint(10, 120)
    return dict(w1=w1, w2=w2, N=N)


def s_type(P, C, X):
    X.intro("in", ["Words per minute add when two people type different parts.",
                   "Add their speeds and divide the word count."])
    X.sec("s1", ["Combined speed"])
    r = X.calc("r", "Combined speed", ["Together they type {c}.", "Combined: {c}."], L(P["w1"]) + L(P["w2"]),
               forms=("num",), unit=("words per minute", "wpm"))
    X.sec("s2", ["Time"])
    t = X.calc("t", "Time", ["Time = {c}.", "The {N} words take {c}."], L(P["N"], unit="words") / r.L(unit="wpm"),
               forms=("num",), unit="minutes", N=P["N"])
    if t.v >= 60 and t.v % 60 and X.chance("hh", 0.5):
        hrs = X.calc("hh", "In hours", ["That is {c}.", "In hours: {c}."], L(t, unit="minutes") / L(60),
                     forms=("frac", "dec"), unit="hours", words_ok=False)
        if hrs.v.denominator != 1 and nice(hrs.v, 4):
            hm(X, hrs)
    X.answer("ans", ["They finish in {a}.", "It takes {a}."], t, "minutes")


struct("typing_split", "job", ["essay"], [
    "{A} types {w1} words per minute and {B} types {w2} words per minute. They split a {N}-word report so that both keep typing until it is done. How many minutes does it take?",
    "A {N}-word document is shared between {A} ({w1} words per minute) and {B} ({w2} words per minute), who type at the same time and finish together. How long does it take, in minutes?",
    "{A} and {B} type {w1} and {w2} words a minute. If they share a {N}-word manuscript and type simultaneously without a break, how many minutes do they need?",
])((p_type, s_type))
