"""Problem structures for manufacturing / small-business arithmetic.

Each kind: gen(r, si) -> dict of numbers; four phrasings (text, extras);
solve(v, S) records the steps; goal/topic/ans describe it for the renderers.
"""
from fractions import Fraction as F

from engine import n, m, pc, of, par, Op, NotExact


class Retry(Exception):
    pass


def need(c):
    if not c:
        raise Retry()


KINDS = []


def kind(name, gen, phr, goal, topic, ans):
    def deco(fn):
        KINDS.append(dict(name=name, gen=gen, phr=phr, solve=fn, goal=goal, topic=topic, ans=ans))
        return fn
    return deco


def pick(r, lo, hi, step=1):
    return r.randrange(lo, hi + 1, step)


# 1 ---------------------------------------------------------------------------
@kind("shift-output",
      lambda r, si: dict(k=pick(r, 2, 6), rate=pick(r, 20, 95, 5), h=r.choice([8, 8, 10, 12])),
      [("A bottling plant runs {k:w} identical filling machines. Each machine fills {rate} bottles per hour, "
        "and a shift lasts {h} hours. How many bottles does the plant fill in one shift?",
        dict(u="bottles", mach="machine", machs="machines")),
       ("quick q - we've got {k} CNC mills, each one cuts {rate} parts an hour. shifts are {h} hrs. "
        "what's total output for one shift across all the mills?",
        dict(u="parts", mach="mill", machs="mills")),
       ("From the plant manager: \"Each of our {k} presses stamps {rate} brackets per hour. Please estimate "
        "how many brackets all presses together will produce over one {h}-hour shift.\"",
        dict(u="brackets", mach="press", machs="presses")),
       ("Machines: {k}\nRate per machine: {rate} units/hour\nShift length: {h} hours\n"
        "How many units are produced per shift?",
        dict(u="units", mach="machine", machs="machines"))],
      "how many {u} are produced in one shift", "Output per shift",
      "the plant turns out {A} {u} per shift")
def s_shift_output(v, S):
    u = v["u"]
    per = S.calc(n(v["rate"], u + "/hour") * n(v["h"], "hours"), "output of one %s per shift" % v["mach"], u,
                 why="Each %s runs for the whole %s-hour shift." % (v["mach"], v["h"]))
    tot = S.calc(n(per, u) * n(v["k"], v["machs"]), "total output per shift", u)
    S.final(tot, "n", u)


# 2 ---------------------------------------------------------------------------
@kind("weekly-output",
      lambda r, si: dict(rate=pick(r, 30, 240, 6), h=r.choice([8, 10, 12, 7.5]), s=r.choice([2, 3]),
                         d=r.choice([5, 6, 5])),
      [("A packaging line produces {rate} cartons per hour. Each shift is {h} hours, the line runs {s:w} shifts "
        "a day, {d:w} days a week. How many cartons does it produce in a week?", dict(u="cartons")),
       ("Our injection molder averages {rate} caps/hour. We run {s} shifts of {h} hours, {d} days a week. "
        "Can you figure out the weekly cap count?", dict(u="caps")),
       ("Weekly capacity estimate needed.\n- Line rate: {rate} units/hr\n- Shift: {h} hr\n- Shifts per day: {s}\n"
        "- Operating days: {d}\nWhat is the weekly output?", dict(u="units")),
       ("A bakery's bun line makes {rate} buns an hour. It runs {s:w} {h}-hour shifts a day and operates "
        "{d:w} days each week. How many buns are made per week?", dict(u="buns"))],
      "the weekly output", "Weekly capacity",
      "the line produces {A} {u} per week")
def s_weekly(v, S):
    u = v["u"]
    need((F(v["rate"]) * F(v["h"])).denominator == 1)
    a = S.calc(n(v["rate"], u + "/hr") * n(v["h"], "hours"), "output per shift", u)
    b = S.calc(n(a, u) * n(v["s"], "shifts"), "output per day", u)
    c = S.calc(n(b, u) * n(v["d"], "days"), "output per week", u)
    S.final(c, "n", u)


# 3 ---------------------------------------------------------------------------
@kind("break-shift",
      lambda r, si: dict(H=r.choice([8, 10, 12]), B=r.choice([30, 45, 60, 30]), rate=pick(r, 12, 96, 4)),
      [("A shift is {H} hours long, but workers take a {B}-minute unpaid break during which the line stops. "
        "The line makes {rate} units per hour while running. How many units are made per shift?", dict(u="units")),
       ("Hey, our assembly cell builds {rate} harnesses an hour when it's running. Shift is {H} hrs with a "
        "{B} min break where everything stops. How many harnesses per shift?", dict(u="harnesses")),
       ("Please confirm the per-shift output for the sealing station: {H}-hour shift, {B}-minute break "
        "(station idle), {rate} pouches/hour when running.", dict(u="pouches")),
       ("Shift length: {H} h | Break: {B} min (line stopped) | Run rate: {rate} pcs/h\n"
        "Find the pieces produced per shift.", dict(u="pieces"))],
      "the output for one shift after the break", "Per-shift output with break",
      "the line produces {A} {u} per shift")
def s_break(v, S):
    u = v["u"]
    mins = S.calc(n(v["H"], "hours") * n(60, "min/hour"), "shift length in minutes", "minutes")
    run = S.calc(n(mins, "minutes") - n(v["B"], "minutes"), "running time", "minutes")
    hrs = S.calc(n(run, "minutes") / n(60), "running time in hours", "hours")
    out = S.calc(n(hrs, "hours") * n(v["rate"], u + "/hour"), "output per shift", u)
    need(out.denominator == 1)
    S.final(out, "n", u)


# 4 ---------------------------------------------------------------------------
def g_two_time(r, si):
    r1, r2 = pick(r, 20, 90, 5), pick(r, 20, 90, 5)
    t = r.choice([4, 5, 6, 7.5, 8, 9, 12, 4.5, 10])
    return dict(r1=r1, r2=r2, t=t, X=F(r1 + r2) * F(t))


@kind("two-machines-time", g_two_time,
      [("Machine A makes {r1} widgets per hour and Machine B makes {r2} widgets per hour. Working together, "
        "how many hours will they take to complete an order of {X} widgets?", dict(u="widgets")),
       ("I have two label printers: the old one does {r1} labels/hour, the new one {r2}/hour. If both run at "
        "the same time, how long to print {X} labels?", dict(u="labels")),
       ("Order #4471 calls for {X} gaskets. Cutter 1 runs at {r1}/hr and Cutter 2 at {r2}/hr. With both "
        "cutters running, how many hours will the order take?", dict(u="gaskets")),
       ("Two ovens bake cookies at {r1} and {r2} trays per hour respectively. The catering order is {X} trays. "
        "How many hours if both ovens are used?", dict(u="trays"))],
      "how long the two machines take together", "Order completion time",
      "the order takes {A} hours")
def s_two_time(v, S):
    u = v["u"]
    c = S.calc(n(v["r1"], u + "/hr") + n(v["r2"], u + "/hr"), "combined rate", u + " per hour")
    t = S.calc(n(v["X"], u) / n(c, u + "/hr"), "time to finish the order", "hours")
    S.final(t, "n", "hours")


# 5 ---------------------------------------------------------------------------
@kind("two-lines-total",
      lambda r, si: dict(r1=pick(r, 25, 120, 5), h1=r.choice([6, 7, 8, 9, 10]), r2=pick(r, 25, 120, 5),
                         h2=r.choice([4, 5, 6, 7.5, 8, 10])),
      [("Line 1 produces {r1} units per hour and runs for {h1} hours. Line 2 produces {r2} units per hour and runs "
        "for {h2} hours. What is the combined output?", dict(u="units")),
       ("Our day shift ran Mixer A at {r1} batches... sorry, {r1} kg per hour for {h1} hours, and Mixer B at {r2} kg "
        "per hour for {h2} hours. How many kg total?", dict(u="kg")),
       ("Daily report: Press #2 averaged {r1} panels/hr over {h1} hr; Press #7 averaged {r2} panels/hr over "
        "{h2} hr. Total panels for the day?", dict(u="panels")),
       ("Two sewing stations: Station A stitches {r1} bags an hour for {h1} hours; Station B stitches {r2} bags "
        "an hour for {h2} hours. How many bags did they make altogether?", dict(u="bags"))],
      "the combined output of both lines", "Combined daily output",
      "together they produce {A} {u}")
def s_two_lines(v, S):
    u = v["u"]
    a = S.calc(n(v["r1"], u + "/hr") * n(v["h1"], "hours"), "first line's output", u)
    b = S.calc(n(v["r2"], u + "/hr") * n(v["h2"], "hours"), "second line's output", u)
    need(b.denominator == 1)
    t = S.calc(n(a, u) + n(b, u), "combined output", u)
    S.final(t, "n", u)


# 6 ---------------------------------------------------------------------------
def g_defect_good(r, si):
    N = pick(r, 8, 120) * 100
    p = r.choice([1, 1.5, 2, 2.5, 3, 4, 5, 6, 0.5, 3.5])
    need((F(N) * F(p) / 100).denominator == 1)
    return dict(N=N, p=p)


@kind("defect-good-units", g_defect_good,
      [("A factory produced {N} light bulbs this week. Quality control found that {p:%} of them were defective. "
        "How many good bulbs were produced?", dict(u="bulbs")),
       ("we made {N} phone cases last month and the defect rate was {p:%}. how many sellable cases is that?",
        dict(u="cases")),
       ("QC Summary - Batch 22-B: Units produced {N}; defect rate {p:%}. Report the number of units that passed.",
        dict(u="units")),
       ("A ceramics studio fired {N} mugs. If {p:%} cracked in the kiln, how many mugs came out good?",
        dict(u="mugs"))],
      "the number of good units", "Good units after QC",
      "{A} {u} passed quality control")
def s_defect_good(v, S):
    u = v["u"]
    d = S.calc(of(pc(v["p"]), n(v["N"], u)), "number of defective " + u, u)
    g = S.calc(n(v["N"], u) - n(d, u), "number of good " + u, u)
    S.check(n(g) + n(d), v["N"])
    S.final(g, "n", u)


# 7 ---------------------------------------------------------------------------
def g_defect_pct(r, si):
    N = r.choice([400, 500, 600, 800, 1200, 1500, 2000, 2500, 3200, 4000])
    p = r.choice([0.5, 1, 1.2, 1.5, 2, 2.4, 2.5, 3, 3.5, 4, 4.5, 5, 0.75, 1.25])
    d = F(N) * F(p) / 100
    need(d.denominator == 1 and d > 1)
    return dict(N=N, d=d, extra=pick(r, 2, 9))


@kind("defect-rate-pct", g_defect_pct,
      [("An inspector checked {N} circuit boards and found {d} defective. What is the defect rate as a percent?",
        dict(u="boards")),
       ("Out of {N} jars we filled yesterday, {d} had bad seals. What's our defect rate in percent?",
        dict(u="jars")),
       ("Inspection log: sample size {N} pcs, rejects {d} pcs. Calculate the reject rate (%) for the weekly "
        "quality memo.", dict(u="pieces")),
       ("A furniture shop inspected {N} chair legs from a supplier and rejected {d}. What percentage was "
        "rejected?", dict(u="legs"))],
      "the defect rate", "Defect rate",
      "the defect rate is {A}")
def s_defect_pct(v, S):
    r = S.calc(n(v["d"]) / n(v["N"]), "defect rate", None, rk="%")
    S.final(r, "%")


# 8 ---------------------------------------------------------------------------
def g_per_k(r, si):
    N1 = pick(r, 12, 40) * 100
    N2 = pick(r, 12, 40) * 100
    rate = r.choice([2, 2.5, 3, 4, 4.5, 5, 6, 8, 1.5, 7.5])
    d = F(N1 + N2) * F(rate) / 1000
    need(d.denominator == 1 and d >= 4)
    d1 = pick(r, 1, int(d) - 1)
    return dict(N1=N1, N2=N2, d1=d1, d2=d - d1, T=r.choice([3, 5, 6, 10]))


@kind("defects-per-thousand", g_per_k,
      [("Day shift made {N1} valves with {d1} defects; night shift made {N2} valves with {d2} defects. "
        "What is the combined defect rate per 1,000 valves?", dict(u="valves")),
       ("we're tracking defects per thousand. this week: line A built {N1} units ({d1} defective), line B built "
        "{N2} units ({d2} defective). what's the overall number per thousand?", dict(u="units")),
       ("Supplier scorecard: Lot 1 - {N1} fasteners received, {d1} nonconforming. Lot 2 - {N2} received, {d2} "
        "nonconforming. Express the total nonconformance as defects per thousand.", dict(u="fasteners")),
       ("A glass plant made {N1} bottles on Monday and {N2} on Tuesday. Inspectors rejected {d1} and {d2} "
        "bottles respectively. How many defects is that per 1,000 bottles?", dict(u="bottles"))],
      "the defect rate per thousand", "Defects per thousand",
      "the combined rate is {A} defects per 1,000 {u}")
def s_per_k(v, S):
    u = v["u"]
    tn = S.calc(n(v["N1"]) + n(v["N2"]), "total produced", u)
    td = S.calc(n(v["d1"]) + n(v["d2"]), "total defects", "defects")
    r = S.calc(n(td) / n(tn) * n(1000), "defects per thousand", "per 1,000")
    S.final(r, "n")


# 9 ---------------------------------------------------------------------------
def g_scrap(r, si):
    N = pick(r, 10, 90) * 100
    p = r.choice([1, 2, 2.5, 3, 4, 5, 1.5])
    need((F(N) * F(p) / 100).denominator == 1)
    c = r.choice([F(pick(r, 2, 40)), F(pick(r, 150, 1800, 25), 100)])
    return dict(N=N, p=p, c=c)


@kind("scrap-cost", g_scrap,
      [("A plant makes {N} brake pads a week. About {p:%} are scrapped, and each scrapped pad costs {c:$} in "
        "materials and labor. What is the weekly scrap cost?", dict(u="pads")),
       ("If we run {N} tins and {p:%} get scrapped at {c:$} each, how much money are we throwing away?",
        dict(u="tins")),
       ("Cost of poor quality - monthly estimate. Volume: {N} housings. Scrap rate: {p:%}. Cost per scrapped "
        "housing: {c:$}. Please compute the scrap cost.", dict(u="housings")),
       ("A candle maker pours {N} candles. If {p:%} of them have to be thrown out and each one costs {c:$} to "
        "make, how much is lost to scrap?", dict(u="candles"))],
      "the cost of the scrapped units", "Scrap cost estimate",
      "scrap costs {A}")
def s_scrap(v, S):
    u = v["u"]
    d = S.calc(of(pc(v["p"]), n(v["N"], u)), "number of scrapped " + u, u)
    c = S.calc(n(d, u) * m(v["c"]), "scrap cost", None, rk="$")
    S.final(c, "$")


# 10 --------------------------------------------------------------------------
def g_yield(r, si):
    N = pick(r, 10, 80) * 100
    p1 = r.choice([2, 4, 5, 10, 8, 6])
    p2 = r.choice([2, 5, 10, 4, 2.5])
    a = F(N) * (1 - F(p1) / 100)
    need((F(N) * p1 / 100).denominator == 1)
    need((a * F(p2) / 100).denominator == 1)
    return dict(N=N, p1=p1, p2=p2)


@kind("two-stage-yield", g_yield,
      [("{N} castings enter machining, where {p1:%} are rejected. The rest go to painting, where {p2:%} of those "
        "are rejected. How many castings make it through both stages?", dict(u="castings")),
       ("Two-step process question: we start {N} boards, soldering kills {p1:%}, then testing fails {p2:%} of "
        "what's left. How many good boards at the end?", dict(u="boards")),
       ("Process yield review: input {N} blanks. Stage 1 (stamping) scrap {p1:%}. Stage 2 (coating) scrap "
        "{p2:%} of stage-1 output. Report final good blanks.", dict(u="blanks")),
       ("A bakery shapes {N} pretzels. {p1:%} are misshapen and discarded before baking, and {p2:%} of the baked "
        "ones burn. How many pretzels are sellable?", dict(u="pretzels"))],
      "how many units survive both stages", "Two-stage yield",
      "{A} {u} make it through both stages")
def s_yield(v, S):
    u = v["u"]
    a = S.calc(of(pc(v["p1"]), n(v["N"], u)), "rejects at stage 1", u)
    b = S.calc(n(v["N"], u) - n(a, u), "units passing stage 1", u)
    c = S.calc(of(pc(v["p2"]), n(b, u)), "rejects at stage 2", u)
    d = S.calc(n(b, u) - n(c, u), "units passing both stages", u)
    S.final(d, "n", u)


# 11 --------------------------------------------------------------------------
def g_be(r, si):
    v = pick(r, 4, 60)
    cm = pick(r, 3, 40)
    p = v + cm
    units = pick(r, 3, 60) * r.choice([20, 25, 50, 100])
    return dict(p=p, var=v, F=units * cm)


@kind("breakeven-units", g_be,
      [("A company sells desk lamps for {p:$} each. The variable cost per lamp is {var:$} and fixed costs are "
        "{F:$} per month. How many lamps must it sell each month to break even?", dict(u="lamps")),
       ("I'm starting a candle business. Fixed costs are {F:$}, each candle costs me {var:$} to make and I sell "
        "them for {p:$}. What's my break-even point in units?", dict(u="candles")),
       ("To: Finance\nRe: New product line\nFixed costs: {F:$}. Selling price: {p:$}/unit. Variable cost: "
        "{var:$}/unit. Please calculate break-even volume.", dict(u="units")),
       ("Price = {p:$}, variable cost = {var:$}, fixed costs = {F:$}. Find the break-even quantity.",
        dict(u="units"))],
      "the break-even quantity", "Break-even volume",
      "the break-even point is {A} {u}")
def s_be(v, S):
    u = v["u"]
    cm = S.calc(m(v["p"]) - m(v["var"]), "contribution margin per unit", None, rk="$",
                why="Each unit sold covers its own variable cost and contributes the rest toward fixed costs.")
    be = S.calc(m(v["F"]) / m(cm), "break-even quantity", u, rk="n")
    S.check(n(be) * m(cm), v["F"])
    S.final(be, "n", u)


# 12 --------------------------------------------------------------------------
@kind("breakeven-revenue", g_be,
      [("A small brewery sells cases of soda for {p:$}. Variable cost per case is {var:$}; monthly fixed costs are "
        "{F:$}. What monthly sales revenue does it need to break even?", dict(u="cases")),
       ("what revenue do I need to break even? fixed = {F:$}/mo, I sell each unit at {p:$} and it costs {var:$} "
        "to make", dict(u="units")),
       ("Break-even analysis for Model T-200 thermostat: fixed costs {F:$}; unit price {p:$}; unit variable "
        "cost {var:$}. Provide break-even units and break-even revenue.", dict(u="thermostats")),
       ("A print shop charges {p:$} per poster. Each poster costs {var:$} in ink and paper, and the shop's fixed "
        "costs are {F:$} a month. How much revenue does it need each month to break even?", dict(u="posters"))],
      "the break-even revenue", "Break-even revenue",
      "break-even revenue is {A}")
def s_be_rev(v, S):
    u = v["u"]
    cm = S.calc(m(v["p"]) - m(v["var"]), "contribution margin per unit", None, rk="$")
    be = S.calc(m(v["F"]) / m(cm), "break-even volume", u, rk="n")
    rev = S.calc(n(be, u) * m(v["p"]), "break-even revenue", None, rk="$")
    S.final(rev, "$")


# 13 --------------------------------------------------------------------------
def g_target(r, si):
    var = pick(r, 5, 50)
    cm = r.choice([4, 5, 6, 8, 10, 12, 15, 20, 25])
    Fc = pick(r, 4, 60) * 500
    T = pick(r, 2, 30) * 500
    need((Fc + T) % cm == 0)
    return dict(var=var, p=var + cm, F=Fc, T=T)


@kind("target-profit-units", g_target,
      [("A company has fixed costs of {F:$} per month. It sells backpacks for {p:$} each, and each costs {var:$} "
        "to make. How many backpacks must it sell to earn a monthly profit of {T:$}?", dict(u="backpacks")),
       ("My fixed costs are {F:$} a month, I sell soap bars at {p:$}, and they cost {var:$} each to make. I want "
        "to clear {T:$} profit per month. How many bars do I need to sell?", dict(u="bars")),
       ("Planning target: monthly profit of {T:$}. Fixed overhead {F:$}. Unit price {p:$}, unit variable cost "
        "{var:$}. Required sales volume?", dict(u="units")),
       ("Fixed costs: {F:$}\nPrice per unit: {p:$}\nVariable cost per unit: {var:$}\nTarget profit: {T:$}\n"
        "Units needed?", dict(u="units"))],
      "the sales volume needed for the target profit", "Volume for target profit",
      "they need to sell {A} {u}")
def s_target(v, S):
    u = v["u"]
    need_ = S.calc(m(v["F"]) + m(v["T"]), "total contribution needed", None, rk="$",
                   why="The contribution has to cover fixed costs plus the target profit.")
    cm = S.calc(m(v["p"]) - m(v["var"]), "contribution margin per unit", None, rk="$")
    q = S.calc(m(need_) / m(cm), "units required", u, rk="n")
    S.final(q, "n", u)


# 14 --------------------------------------------------------------------------
def g_profit(r, si):
    q = pick(r, 5, 60) * 100
    var = pick(r, 3, 40)
    p = var + pick(r, 2, 25)
    contrib = q * (p - var)
    if si == 3:
        Fc = contrib + pick(r, 1, 20) * 250
    else:
        Fc = pick(r, 1, 9) * contrib // 10 // 100 * 100
    need(Fc > 0)
    return dict(q=q, p=p, var=var, F=Fc)


@kind("monthly-profit", g_profit,
      [("A workshop sold {q} birdhouses last month at {p:$} each. Each birdhouse costs {var:$} in materials and "
        "labor, and monthly fixed costs are {F:$}. What was the profit for the month?", dict(u="birdhouses")),
       ("can you check my numbers? sold {q} units at {p:$}, variable cost {var:$} per unit, fixed costs {F:$}. "
        "what's the profit (or loss)?", dict(u="units")),
       ("Monthly P&L draft: Units sold {q}; price {p:$}; variable cost per unit {var:$}; fixed costs {F:$}. "
        "Compute operating profit.", dict(u="units")),
       ("A food truck sold {q} burritos in June for {p:$} apiece. Ingredients and packaging cost {var:$} per "
        "burrito, and fixed costs for the month were {F:$}. What was June's profit?", dict(u="burritos"))],
      "the profit for the month", "Monthly profit",
      "the monthly profit is {A}")
def s_profit(v, S):
    u = v["u"]
    rev = S.calc(n(v["q"], u) * m(v["p"]), "revenue", None, rk="$")
    vc = S.calc(n(v["q"], u) * m(v["var"]), "total variable costs", None, rk="$")
    pr = S.calc(m(rev) - m(vc) - m(v["F"]), "profit", None, rk="$")
    S.final(pr, "$")


# 15 --------------------------------------------------------------------------
def g_margin(r, si):
    g = r.choice([20, 25, 30, 40, 50, 35, 45, 12.5, 37.5, 60])
    p = pick(r, 2, 60) * 4
    c = F(p) * (1 - F(g) / 100)
    need(c.denominator == 1 and c > 0)
    return dict(p=p, c=c)


@kind("margin-vs-markup", g_margin,
      [("A retailer buys a jacket for {c:$} and sells it for {p:$}. What is the markup percentage on cost, and "
        "what is the profit margin percentage? (Give the margin as the final answer.)", dict(u="jacket")),
       ("i buy mugs wholesale at {c:$} and sell for {p:$}. my partner says our margin is the same as our markup. "
        "is that right? what's our actual margin %?", dict(u="mug")),
       ("Pricing memo: Item SKU-118 cost {c:$}, list price {p:$}. Please report markup % and gross margin %; "
        "the board asked specifically for gross margin.", dict(u="item")),
       ("Cost: {c:$}. Selling price: {p:$}. Compute the markup on cost and the profit margin on price. "
        "What is the margin?", dict(u="unit"))],
      "the markup and the profit margin", "Markup vs. margin",
      "the profit margin is {A}")
def s_margin(v, S):
    pr = S.calc(m(v["p"]) - m(v["c"]), "profit per %s" % v["u"], None, rk="$")
    S.calc(m(pr) / m(v["c"]), "markup on cost", None, rk="%",
           why="Markup is measured against cost.")
    g = S.calc(m(pr) / m(v["p"]), "profit margin", None, rk="%",
               why="Margin is measured against the selling price, so it is smaller than the markup.")
    S.final(g, "%")


# 16 --------------------------------------------------------------------------
def g_markup(r, si):
    mu = r.choice([20, 25, 40, 50, 60, 75, 80, 100, 30, 150])
    c = pick(r, 2, 80)
    p = F(c) * (1 + F(mu) / 100)
    need(p.denominator in (1, 2, 4))
    need((p * 100).denominator == 1)
    return dict(c=c, p=p)


@kind("markup-asked", g_markup,
      [("A hardware store pays {c:$} for a drill bit set and sells it for {p:$}. What are the profit margin and "
        "the markup? Give the markup percent.", dict(u="set")),
       ("what's my markup % if I pay {c:$} for a t-shirt and sell it for {p:$}? (I know margin is different, "
        "show both)", dict(u="shirt")),
       ("Vendor review: unit cost {c:$}, our shelf price {p:$}. Calculate gross margin and markup on cost; "
        "report the markup.", dict(u="unit")),
       ("An online shop lists a phone stand at {p:$}. It costs the shop {c:$}. Find the markup percentage.",
        dict(u="stand"))],
      "the markup percentage", "Markup on cost",
      "the markup is {A}")
def s_markup(v, S):
    pr = S.calc(m(v["p"]) - m(v["c"]), "profit per %s" % v["u"], None, rk="$")
    S.calc(m(pr) / m(v["p"]), "profit margin", None, rk="%")
    mu = S.calc(m(pr) / m(v["c"]), "markup on cost", None, rk="%")
    S.final(mu, "%")


# 17 --------------------------------------------------------------------------
def g_pmu(r, si):
    c = r.choice([F(pick(r, 4, 90)), F(pick(r, 400, 9000, 25), 100)])
    mu = r.choice([20, 25, 30, 40, 50, 60, 35, 45])
    a = c * F(mu) / 100
    need((a * 100).denominator == 1)
    return dict(c=c, mu=mu)


@kind("price-from-markup", g_pmu,
      [("A bakery's cost to make a cake is {c:$}. It prices items at a {mu:%} markup on cost. What is the "
        "selling price of the cake?", dict(u="cake")),
       ("we use {mu:%} markup on everything. a part costs us {c:$}. what should we charge?", dict(u="part")),
       ("Pricing rule: cost plus {mu:%}. New SKU landed cost: {c:$}. Please set the list price.",
        dict(u="SKU")),
       ("Cost = {c:$}, markup = {mu:%} of cost. Find the selling price.", dict(u="item"))],
      "the selling price", "List price at standard markup",
      "the selling price is {A}")
def s_pmu(v, S):
    a = S.calc(of(pc(v["mu"]), m(v["c"])), "markup amount", None, rk="$")
    p = S.calc(m(v["c"]) + m(a), "selling price", None, rk="$")
    S.final(p, "$")


# 18 --------------------------------------------------------------------------
def g_pmg(r, si):
    g = r.choice([20, 25, 40, 50, 60, 30, 75])
    c = pick(r, 3, 90)
    p = F(c) / (1 - F(g) / 100)
    need((p * 100).denominator == 1)
    need(((p - c) / c * 10000).denominator != 1 or True)
    return dict(c=c, g=g)


@kind("price-from-margin", g_pmg,
      [("A gift shop wants a {g:%} profit margin on a scarf that costs {c:$}. What price should it charge? "
        "(Careful: margin is based on price, not cost.)", dict(u="scarf")),
       ("product costs me {c:$}, I want a {g:%} margin (not markup). what price?", dict(u="product")),
       ("Target gross margin: {g:%}. Unit cost: {c:$}. Recommend a selling price and confirm the margin.",
        dict(u="unit")),
       ("A furniture maker's cost for a stool is {c:$}. To get a {g:%} margin on the selling price, what must "
        "the stool sell for?", dict(u="stool"))],
      "the price that gives the target margin", "Price for target margin",
      "the price should be {A}")
def s_pmg(v, S):
    k = S.calc(n(1) - n(F(v["g"]) / 100), "cost as a fraction of price", None, rk="n",
               why="If the margin is %s%% of the price, cost is the remaining share of the price." % v["g"])
    p = S.calc(m(v["c"]) / n(k), "selling price", None, rk="$")
    S.check(par(m(p) - m(v["c"])) / m(p), F(v["g"]) / 100)
    S.final(p, "$")


# 19 --------------------------------------------------------------------------
def g_cpu(r, si):
    Fc = pick(r, 2, 80) * 250
    v = r.choice([F(pick(r, 2, 40)), F(pick(r, 150, 2500, 5), 100)])
    q = r.choice([200, 250, 400, 500, 800, 1000, 1250, 1600, 2000, 2500, 4000, 5000])
    need(((Fc + v * q) / q * 100).denominator == 1)
    return dict(F=Fc, v=v, q=q)


@kind("cost-per-unit", g_cpu,
      [("A workshop has fixed costs of {F:$} per month and a variable cost of {v:$} per unit. If it makes "
        "{q} units this month, what is the total cost per unit?", dict(u="units")),
       ("fixed costs {F:$}, materials+labor {v:$}/unit, we're making {q} units. what's the all-in cost per unit?",
        dict(u="units")),
       ("Costing request: Production run of {q} cabinets. Fixed costs allocated: {F:$}. Variable cost: {v:$} per "
        "cabinet. What is the average cost per cabinet?", dict(u="cabinets")),
       ("A jam maker spends {F:$} a month on kitchen rent and equipment, plus {v:$} per jar on fruit, sugar and "
        "jars. If she makes {q} jars, what does each jar cost her on average?", dict(u="jars"))],
      "the average cost per unit", "Average unit cost",
      "the average cost is {A} per unit")
def s_cpu(v, S):
    u = v["u"]
    vc = S.calc(n(v["q"], u) * m(v["v"]), "total variable cost", None, rk="$")
    tc = S.calc(m(v["F"]) + m(vc), "total cost", None, rk="$")
    cu = S.calc(m(tc) / n(v["q"], u), "cost per unit", None, rk="$")
    S.final(cu, "$")


# 20 --------------------------------------------------------------------------
def g_cpu2(r, si):
    Fc = pick(r, 4, 60) * 500
    v = F(pick(r, 2, 30))
    q1 = r.choice([500, 1000, 1250, 2000, 2500])
    q2 = q1 * r.choice([2, 4, 5])
    need((F(Fc) / q1 * 100).denominator == 1 and (F(Fc) / q2 * 100).denominator == 1)
    return dict(F=Fc, v=v, q1=q1, q2=q2)


@kind("unit-cost-scale", g_cpu2,
      [("Fixed costs are {F:$} per run and variable cost is {v:$} per unit. By how much does the cost per unit drop "
        "if the run size goes from {q1} to {q2} units?", dict(u="units")),
       ("If I make {q1} pieces my fixed costs ({F:$}) get spread thin... what's the per-unit saving if I make {q2} "
        "instead? variable cost is {v:$} a piece", dict(u="pieces")),
       ("Run-size analysis: setup/fixed cost {F:$}; variable {v:$}/unit. Compare unit cost at {q1} vs. {q2} "
        "units and state the savings per unit.", dict(u="units")),
       ("A print shop's setup cost for a job is {F:$} and each flyer costs {v:$} to print. How much cheaper per "
        "flyer is a run of {q2} than a run of {q1}?", dict(u="flyers"))],
      "the per-unit savings from the larger run", "Unit cost by run size",
      "the cost per unit drops by {A}")
def s_cpu2(v, S):
    a = S.calc(m(v["F"]) / n(v["q1"]), "fixed cost per unit at %s units" % f"{int(v['q1']):,}", None, rk="$")
    b = S.calc(m(a) + m(v["v"]), "unit cost at %s units" % f"{int(v['q1']):,}", None, rk="$")
    c = S.calc(m(v["F"]) / n(v["q2"]), "fixed cost per unit at %s units" % f"{int(v['q2']):,}", None, rk="$")
    d = S.calc(m(c) + m(v["v"]), "unit cost at %s units" % f"{int(v['q2']):,}", None, rk="$")
    e = S.calc(m(b) - m(d), "savings per unit", None, rk="$")
    S.final(e, "$")


# 21 --------------------------------------------------------------------------
def g_inv(r, si):
    s0 = pick(r, 200, 3000, 10)
    r1, r2 = pick(r, 100, 1500, 10), pick(r, 100, 1500, 10)
    a, b, c = pick(r, 50, 900, 5), pick(r, 50, 900, 5), pick(r, 50, 900, 5)
    need(s0 + r1 + r2 - a - b - c > 0)
    return dict(s0=s0, r1=r1, r2=r2, a=a, b=b, c=c)


@kind("inventory-flow", g_inv,
      [("A warehouse starts the week with {s0} boxes of screws. It receives shipments of {r1} and {r2} boxes, and "
        "ships out orders of {a}, {b}, and {c} boxes. How many boxes are left at the end of the week?",
        dict(u="boxes")),
       ("inventory check: started with {s0} units, got two deliveries ({r1} and {r2}), sent out {a}, {b} and {c}. "
        "what should the count be now?", dict(u="units")),
       ("Stock ledger, item RM-09 (resin, kg): opening balance {s0}; receipts {r1}, {r2}; issues to production "
        "{a}, {b}, {c}. Closing balance?", dict(u="kg")),
       ("A bike shop had {s0} inner tubes on hand. Two deliveries brought {r1} and {r2} more, and over the month it "
        "sold {a}, {b}, and {c} in three weeks of sales. How many tubes does it have now?", dict(u="tubes"))],
      "the ending inventory", "Ending inventory",
      "the ending inventory is {A} {u}")
def s_inv(v, S):
    u = v["u"]
    rin = S.calc(n(v["r1"]) + n(v["r2"]), "total received", u)
    out = S.calc(n(v["a"]) + n(v["b"]) + n(v["c"]), "total shipped out", u)
    end = S.calc(n(v["s0"]) + n(rin) - n(out), "ending inventory", u, chain=False)
    need(end > 0)
    S.final(end, "n", u)


# 22 --------------------------------------------------------------------------
def g_days(r, si):
    u = pick(r, 20, 300, 5)
    s = r.choice([2, 3])
    S_ = pick(r, 2000, 40000, 50)
    d = F(S_) / (u * s)
    need(d.denominator != 1 and (d - int(d)) > F(1, 50) and (d - int(d)) < F(49, 50))
    return dict(u1=u, s=s, S=S_)


@kind("inventory-days", g_days,
      [("A plant has {S} labels in stock. Each shift uses {u1} labels and the plant runs {s:w} shifts a day. "
        "How many full days will the stock last?", dict(u="labels")),
       ("we have {S} kg of flour; each shift uses {u1} kg and we run {s} shifts a day. how many full days before we "
        "run out?", dict(u="kg")),
       ("Materials planning: on-hand {S} fasteners, consumption {u1} per shift, {s} shifts/day. How many complete "
        "days of coverage do we have?", dict(u="fasteners")),
       ("On hand: {S} units. Usage: {u1} per shift, {s} shifts per day. Days of supply (whole days)?",
        dict(u="units"))],
      "how many full days the stock lasts", "Days of supply",
      "the stock covers {A} full days")
def s_days(v, S):
    u = v["u"]
    d = S.calc(n(v["u1"], u + "/shift") * n(v["s"], "shifts"), "daily usage", u)
    k = S.calc(n(v["S"], u) / n(d, u + "/day"), "days of supply", "days", post=("floor",), rem_ok=True)
    S.final(k, "n", "days")


# 23 --------------------------------------------------------------------------
@kind("reorder-point",
      lambda r, si: dict(u1=pick(r, 15, 400, 5), L=pick(r, 3, 21), SS=pick(r, 50, 1500, 50)),
      [("A company uses {u1} filters per day. The supplier takes {L} days to deliver, and the company keeps a "
        "safety stock of {SS} filters. At what inventory level should it reorder?", dict(u="filters")),
       ("we burn through {u1} boxes a day, lead time is {L} days, and I want {SS} boxes of safety stock. what's "
        "my reorder point?", dict(u="boxes")),
       ("Reorder point update for part 7731-C: daily demand {u1} units; supplier lead time {L} days; safety "
        "stock {SS} units.", dict(u="units")),
       ("Daily usage: {u1} lb\nLead time: {L} days\nSafety stock: {SS} lb\nReorder point = ?", dict(u="lb"))],
      "the reorder point", "Reorder point",
      "reorder when stock falls to {A} {u}")
def s_rop(v, S):
    u = v["u"]
    a = S.calc(n(v["u1"], u + "/day") * n(v["L"], "days"), "demand during lead time", u)
    b = S.calc(n(a, u) + n(v["SS"], u), "reorder point", u)
    S.final(b, "n", u)


# 24 --------------------------------------------------------------------------
def g_boxes(r, si):
    b = r.choice([6, 8, 10, 12, 16, 20, 24, 25, 30, 36, 40, 48, 50, 60])
    if si == 0:
        N = b * pick(r, 10, 400)
    else:
        N = pick(r, 200, 12000)
        f = F(N, b) - N // b
        need(f > F(1, 50) and f < F(49, 50))
    return dict(N=N, b=b)


@kind("boxes-needed", g_boxes,
      [("A factory needs to pack {N} candles. Each box holds {b} candles. How many boxes does it need?",
        dict(u="boxes")),
       ("how many cartons do I need to ship {N} bottles if each carton fits {b}?", dict(u="cartons")),
       ("Shipping request: order #5520 is {N} units; standard case pack is {b} units/case. How many cases "
        "should we pull?", dict(u="cases")),
       ("A toy company packs {N} yo-yos into display boxes of {b}. How many boxes are required to pack them all?",
        dict(u="boxes"))],
      "how many boxes are needed", "Box count",
      "they need {A} {u}")
def s_boxes(v, S):
    k = S.calc(n(v["N"]) / n(v["b"]), "number of " + v["u"], v["u"], post=("ceil",), rem_ok=True)
    S.final(k, "n", v["u"])


# 25 --------------------------------------------------------------------------
def g_pallets(r, si):
    b = r.choice([6, 12, 24, 20, 30, 48, 36])
    k = r.choice([20, 24, 30, 36, 40, 48, 50, 60])
    N = pick(r, 1000, 60000)
    f = F(N, b) - N // b
    need(f > F(1, 50) and f < F(49, 50))
    bx = -(-N // b)
    f2 = F(bx, k) - bx // k
    need(f2 > F(1, 50) and f2 < F(49, 50) or f2 == 0)
    return dict(N=N, b=b, k=k)


@kind("pallets-needed", g_pallets,
      [("A warehouse must ship {N} cans of paint. Cans are packed {b} to a box, and each pallet holds {k} boxes. "
        "How many pallets are needed?", dict(u="cans")),
       ("ok so we have {N} jars to ship, {b} jars per case, {k} cases per pallet. how many pallets? (partial "
        "cases and pallets still count as full ones)", dict(u="jars")),
       ("Logistics memo - Order 88-A: {N} units. Pack-out: {b} units/carton, {k} cartons/pallet. Please confirm "
        "pallet count for the carrier booking.", dict(u="units")),
       ("Units: {N}\nUnits per box: {b}\nBoxes per pallet: {k}\nPallets required?", dict(u="units"))],
      "how many pallets are needed", "Pallet count",
      "the shipment needs {A} pallets")
def s_pallets(v, S):
    bx = S.calc(n(v["N"], v["u"]) / n(v["b"], v["u"] + "/box"), "boxes needed", "boxes", post=("ceil",),
                rem_ok=True)
    pl = S.calc(n(bx, "boxes") / n(v["k"], "boxes/pallet"), "pallets needed", "pallets", post=("ceil",),
                rem_ok=True)
    S.final(pl, "n", "pallets")


# 26 --------------------------------------------------------------------------
def g_trucks(r, si):
    T = r.choice([18, 20, 22, 24, 26, 10, 12])
    P = pick(r, 30, 400)
    f = F(P, T) - P // T
    need(f > F(1, 50) and f < F(49, 50))
    c = pick(r, 300, 2500, 25)
    return dict(P=P, T=T, c=c)


@kind("truck-shipping", g_trucks,
      [("A distributor needs to move {P} pallets. Each truck holds {T} pallets and costs {c:$} per trip. What is "
        "the total trucking cost?", dict(u="trucks")),
       ("{P} pallets going out, trailers fit {T} each, {c:$} per truckload. total freight cost?", dict(u="trucks")),
       ("Freight estimate: {P} pallets; capacity {T} pallets per trailer; rate {c:$} per trailer. Provide the "
        "number of trailers and total cost.", dict(u="trailers")),
       ("A farm co-op ships {P} pallets of apples. A truck carries {T} pallets and each truck trip costs {c:$}. "
        "How much will shipping cost?", dict(u="trucks"))],
      "the total shipping cost", "Freight cost",
      "shipping costs {A}")
def s_trucks(v, S):
    t = S.calc(n(v["P"], "pallets") / n(v["T"], "pallets/truck"), v["u"] + " needed", v["u"], post=("ceil",),
               rem_ok=True)
    c = S.calc(n(t, v["u"]) * m(v["c"]), "total shipping cost", None, rk="$")
    S.final(c, "$")


# 27 --------------------------------------------------------------------------
def g_batches(r, si):
    B = r.choice([40, 50, 60, 75, 80, 100, 120, 150, 200, 250])
    D = pick(r, 300, 9000)
    f = F(D, B) - D // B
    need(f > F(1, 50) and f < F(49, 50))
    return dict(B=B, D=D)


@kind("batch-surplus", g_batches,
      [("A bakery makes cookies in batches of {B}. It has orders for {D} cookies and only makes full batches. "
        "How many extra cookies will there be?", dict(u="cookies")),
       ("our mixer does {B} units per batch, no partial batches. demand is {D} units. how many left over after "
        "filling demand?", dict(u="units")),
       ("Production plan: batch size {B} lb; customer demand {D} lb; full batches only. Report the surplus "
        "that will go to finished-goods stock.", dict(u="lb")),
       ("A soap maker pours soap in batches of {B} bars. She needs {D} bars for an order. If she only makes "
        "complete batches, how many bars will be left over?", dict(u="bars"))],
      "the surplus after filling the order", "Batch plan surplus",
      "there will be {A} extra {u}")
def s_batches(v, S):
    u = v["u"]
    k = S.calc(n(v["D"], u) / n(v["B"], u + "/batch"), "batches needed", "batches", post=("ceil",), rem_ok=True)
    t = S.calc(n(k, "batches") * n(v["B"], u + "/batch"), "amount produced", u)
    e = S.calc(n(t, u) - n(v["D"], u), "surplus", u)
    S.final(e, "n", u)


# 28 --------------------------------------------------------------------------
def g_scale(r, si):
    B = r.choice([20, 40, 50, 60, 80, 100, 120, 200])
    kg = r.choice([F(pick(r, 2, 30)), F(pick(r, 5, 60), 2), F(pick(r, 10, 120), 4)])
    q = F(B) * r.choice([F(3, 2), F(5, 2), 3, 4, F(15, 4), 6, F(9, 2), 8, F(5, 4), 10])
    need(q.denominator == 1)
    need(((q / B) * kg * 100).denominator == 1)
    return dict(B=B, kg=kg, q=q)


@kind("recipe-scale", g_scale,
      [("A batch of {B} granola bars uses {kg} kg of oats. How many kilograms of oats are needed for {q} bars?",
        dict(u="kg", item="bars")),
       ("the formula for {B} bottles of cleaner calls for {kg} L of concentrate. we need to make {q} bottles. how "
        "much concentrate?", dict(u="L", item="bottles")),
       ("Bill of materials: {kg} kg resin per {B} molded parts. Work order quantity: {q} parts. Resin required?",
        dict(u="kg", item="parts")),
       ("A candle recipe uses {kg} lb of wax for {B} candles. How much wax is needed for {q} candles?",
        dict(u="lb", item="candles"))],
      "the amount of material needed", "Material requirement",
      "{A} {u} are needed")
def s_scale(v, S):
    k = S.calc(n(v["q"], v["item"]) / n(v["B"], v["item"]), "scale factor", None, rk="n")
    a = S.calc(n(k) * n(v["kg"], v["u"]), "material needed", v["u"])
    S.final(a, "n", v["u"])


# 29 --------------------------------------------------------------------------
def g_fullb(r, si):
    k = r.choice([F(pick(r, 3, 40)), F(pick(r, 7, 60), 2), F(pick(r, 10, 100), 4)])
    M = pick(r, 60, 2000)
    f = F(M) / k - int(F(M) / k)
    need(f > F(1, 50) and f < F(49, 50))
    return dict(k=k, M=M)


@kind("full-batches-left", g_fullb,
      [("A chocolate maker has {M} kg of cocoa paste. Each batch needs {k} kg. After making as many full batches "
        "as possible, how many kilograms are left over?", dict(u="kg")),
       ("got {M} lbs of clay, each kiln load of mugs takes {k} lbs. how much clay is left after doing as many full "
        "loads as I can?", dict(u="lb")),
       ("Material on hand: {M} kg pellets. Consumption per production batch: {k} kg. Determine the number of "
        "complete batches and the remaining material.", dict(u="kg")),
       ("A paint shop has {M} liters of base. Each batch of paint uses {k} liters. How many liters remain after "
        "running all the complete batches it can?", dict(u="liters"))],
      "the material left over", "Leftover material",
      "{A} {u} are left over")
def s_fullb(v, S):
    u = v["u"]
    b = S.calc(n(v["M"], u) / n(v["k"], u + "/batch"), "number of full batches", "batches", post=("floor",),
               rem_ok=True)
    used = S.calc(n(b, "batches") * n(v["k"], u + "/batch"), "material used", u)
    left = S.calc(n(v["M"], u) - n(used, u), "material left over", u)
    S.final(left, "n", u)


# 30 --------------------------------------------------------------------------
def g_growth(r, si):
    q = pick(r, 5, 80) * 100
    g = r.choice([5, 10, 20, 15, 25])
    p = pick(r, 3, 60)
    m2 = F(q) * (1 + F(g) / 100)
    m3 = m2 * (1 + F(g) / 100)
    need(m3.denominator == 1)
    return dict(q=q, g=g, p=p)


@kind("revenue-growth", g_growth,
      [("A startup sells {q} units in Month 1 at {p:$} each. Sales volume grows {g:%} per month. What revenue will "
        "it earn in Month 3?", dict(u="units")),
       ("if we sell {q} kits this month and volume grows {g:%} a month (compounding), what's month 3 revenue at "
        "{p:$} a kit?", dict(u="kits")),
       ("Revenue projection - Q1. January volume: {q} units. Expected growth: {g:%} month over month. Price: "
        "{p:$}/unit. Project March revenue.", dict(u="units")),
       ("A bakery sold {q} loaves in its first month at {p:$} each. If the number of loaves sold grows by {g:%} "
        "each month, how much revenue will the third month bring in?", dict(u="loaves"))],
      "the revenue in the third month", "Revenue projection",
      "month 3 revenue is {A}")
def s_growth(v, S):
    u = v["u"]
    gf = 1 + F(v["g"]) / 100
    a = S.calc(n(v["q"], u) * n(gf), "month 2 volume", u)
    b = S.calc(n(a, u) * n(gf), "month 3 volume", u)
    c = S.calc(n(b, u) * m(v["p"]), "month 3 revenue", None, rk="$")
    S.final(c, "$")


# 31 --------------------------------------------------------------------------
@kind("quarter-revenue",
      lambda r, si: dict(a=pick(r, 200, 5000, 10), b=pick(r, 200, 5000, 10), c=pick(r, 200, 5000, 10),
                         p=r.choice([F(pick(r, 4, 90)), F(pick(r, 400, 4000, 25), 100)])),
      [("A company sold {a} units in April, {b} in May and {c} in June at {p:$} per unit. What was its revenue "
        "for the quarter?", dict(u="units")),
       ("Q2 sales were {a}, {b}, {c} units (Apr/May/Jun). price is {p:$}. total Q2 revenue?", dict(u="units")),
       ("Quarterly summary request: unit sales by month - Month 1: {a}; Month 2: {b}; Month 3: {c}. Average "
        "selling price {p:$}. Please compute quarterly revenue.", dict(u="units")),
       ("A farm stand sold {a} jars of honey in July, {b} in August and {c} in September at {p:$} a jar. How "
        "much money did it take in over those three months?", dict(u="jars"))],
      "the revenue for the quarter", "Quarterly revenue",
      "quarterly revenue is {A}")
def s_quarter(v, S):
    u = v["u"]
    t = S.calc(n(v["a"]) + n(v["b"]) + n(v["c"]), "total units sold", u)
    r = S.calc(n(t, u) * m(v["p"]), "revenue", None, rk="$")
    S.final(r, "$")


# 32 --------------------------------------------------------------------------
def g_annual(r, si):
    q = pick(r, 2, 80) * 50
    v = pick(r, 3, 40)
    p = v + pick(r, 3, 30)
    Fc = pick(r, 2, 9) * q * (p - v) // 10 // 100 * 100
    need(Fc > 0)
    return dict(q=q, p=p, var=v, F=Fc)


@kind("annual-profit", g_annual,
      [("A company expects to sell {q} units a month at {p:$} each. Variable cost is {var:$} per unit and fixed "
        "costs are {F:$} a month. What annual profit should it project?", dict(u="units")),
       ("projecting next year: {q} units/mo, price {p:$}, var cost {var:$}, fixed {F:$}/mo. annual profit?",
        dict(u="units")),
       ("Budget memo: planned volume {q} units per month; price {p:$}; variable cost {var:$}/unit; fixed overhead "
        "{F:$}/month. Please project profit for the full year.", dict(u="units")),
       ("A small brewery plans to sell {q} kegs a month at {p:$} each. Each keg costs {var:$} to brew, and rent, "
        "insurance and salaries total {F:$} a month. What profit can it expect for the year?", dict(u="kegs"))],
      "the projected annual profit", "Annual profit projection",
      "projected annual profit is {A}")
def s_annual(v, S):
    u = v["u"]
    cm = S.calc(m(v["p"]) - m(v["var"]), "contribution per unit", None, rk="$")
    tc = S.calc(n(v["q"], u) * m(cm), "monthly contribution", None, rk="$")
    mp = S.calc(m(tc) - m(v["F"]), "monthly profit", None, rk="$")
    ap = S.calc(m(mp) * n(12, "months"), "annual profit", None, rk="$")
    S.final(ap, "$")


# 33 --------------------------------------------------------------------------
def g_labor(r, si):
    W = pick(r, 2, 12)
    w = r.choice([F(pick(r, 15, 35)), F(pick(r, 30, 70), 2)])
    h = r.choice([8, 10, 7.5])
    q = pick(r, 40, 1200, 10)
    need((F(W) * w * F(h) / q * 100).denominator == 1)
    return dict(W=W, w=w, h=h, q=q)


@kind("labor-cost-per-unit", g_labor,
      [("{W} workers on an assembly line each earn {w:$} per hour. Over one {h}-hour shift they assemble {q} fans. "
        "What is the labor cost per fan?", dict(u="fans")),
       ("crew of {W}, paid {w:$}/hr, {h} hour shift, output was {q} units. labor cost per unit?", dict(u="units")),
       ("Labor costing, Cell 3: headcount {W}; wage {w:$}/hr; shift {h} hrs; output {q} assemblies. Compute "
        "direct labor cost per assembly.", dict(u="assemblies")),
       ("A bakery has {W} bakers who each work {h} hours at {w:$} an hour. They produce {q} cakes. How much "
        "labor goes into each cake?", dict(u="cakes"))],
      "the labor cost per unit", "Direct labor per unit",
      "labor cost is {A} per unit")
def s_labor(v, S):
    h = S.calc(n(v["W"], "workers") * n(v["h"], "hours"), "total labor hours", "hours")
    c = S.calc(n(h, "hours") * m(v["w"]), "total labor cost", None, rk="$")
    need((c * 100).denominator == 1)
    pu = S.calc(m(c) / n(v["q"], v["u"]), "labor cost per unit", None, rk="$")
    S.final(pu, "$")


# 34 --------------------------------------------------------------------------
def g_ot(r, si):
    w = r.choice([F(pick(r, 14, 40)), F(pick(r, 30, 80), 2)])
    H = pick(r, 42, 60)
    if si == 1:
        H = F(pick(r, 85, 120), 2)
    need((w * F(3, 2) * 100).denominator == 1)
    need(((F(H) - 40) * w * F(3, 2) * 100).denominator == 1)
    return dict(w=w, H=H)


@kind("overtime-pay", g_ot,
      [("A machine operator earns {w:$} per hour, with time-and-a-half for hours over 40 in a week. Last week "
        "she worked {H} hours. What was her gross pay?", dict(u="hours")),
       ("payroll question: base rate {w:$}/hr, OT is 1.5x after 40 hrs. employee clocked {H} hrs. gross pay?",
        dict(u="hours")),
       ("Timesheet review: Employee #2209, {H} hours this week, hourly rate {w:$}, overtime at 1.5x over 40 "
        "hours. Calculate gross wages.", dict(u="hours")),
       ("A warehouse worker is paid {w:$} an hour and 1.5 times that rate for every hour beyond 40. How much does "
        "he earn in a week when he works {H} hours?", dict(u="hours"))],
      "the gross pay for the week", "Weekly gross pay",
      "gross pay is {A}")
def s_ot(v, S):
    reg = S.calc(n(40, "hours") * m(v["w"]), "regular pay", None, rk="$")
    oh = S.calc(n(v["H"], "hours") - n(40, "hours"), "overtime hours", "hours")
    orate = S.calc(m(v["w"]) * n(F(3, 2)), "overtime rate", None, rk="$")
    op = S.calc(n(oh, "hours") * m(orate), "overtime pay", None, rk="$")
    tot = S.calc(m(reg) + m(op), "gross pay", None, rk="$")
    S.final(tot, "$")


# 35 --------------------------------------------------------------------------
def g_shifts(r, si):
    rt = pick(r, 20, 150, 5)
    h = r.choice([8, 10, 12])
    N = pick(r, 2000, 60000, 10)
    f = F(N, rt * h) - N // (rt * h)
    need(f > F(1, 50) and f < F(49, 50))
    return dict(rt=rt, h=h, N=N)


@kind("shifts-for-order", g_shifts,
      [("A machine makes {rt} parts per hour. A shift is {h} hours. How many shifts are needed to make {N} parts?",
        dict(u="parts")),
       ("order came in for {N} units. our line does {rt}/hr and shifts are {h} hrs. how many shifts do we need to "
        "schedule?", dict(u="units")),
       ("Scheduling note: PO #7712 requires {N} hinges. Press rate {rt} hinges/hr; shift length {h} hr. How many "
        "shifts should be booked?", dict(u="hinges")),
       ("A printer can produce {rt} booklets an hour. Working {h}-hour shifts, how many shifts will it take to "
        "print {N} booklets?", dict(u="booklets"))],
      "the number of shifts needed", "Shift scheduling",
      "{A} shifts are needed")
def s_shifts(v, S):
    u = v["u"]
    ps = S.calc(n(v["rt"], u + "/hr") * n(v["h"], "hours"), "output per shift", u)
    k = S.calc(n(v["N"], u) / n(ps, u + "/shift"), "shifts needed", "shifts", post=("ceil",), rem_ok=True)
    S.final(k, "n", "shifts")


# 36 --------------------------------------------------------------------------
@kind("cycle-time",
      lambda r, si: dict(c=r.choice([12, 15, 18, 20, 24, 30, 36, 40, 45, 48, 60, 72, 75, 80, 90]),
                         h=r.choice([8, 10, 12, 7.5]), k=pick(r, 1, 4)),
      [("A robot welder has a cycle time of {c} seconds per part. How many parts does it make in one {h}-hour "
        "shift?", dict(u="parts")),
       ("takt question: one unit every {c} seconds, running {h} hours straight. how many units?", dict(u="units")),
       ("Station 4 cycle time is {c} s/unit. Planned run time per shift: {h} hr. Please compute units per shift.",
        dict(u="units")),
       ("A capping machine caps one bottle every {c} seconds. How many bottles can it cap in {h} hours?",
        dict(u="bottles"))],
      "the output for the shift", "Output from cycle time",
      "it produces {A} {u}")
def s_cycle(v, S):
    u = v["u"]
    ph = S.calc(n(3600, "seconds") / n(v["c"], "seconds/" + u[:-1]), "output per hour", u)
    t = S.calc(n(ph, u + "/hour") * n(v["h"], "hours"), "output for the shift", u)
    need(t.denominator == 1)
    S.final(t, "n", u)


# 37 --------------------------------------------------------------------------
def g_eff(r, si):
    s = pick(r, 20, 200, 5)
    h = r.choice([8, 10, 12])
    e = r.choice([80, 85, 90, 92, 95, 96, 75, 88, 110, 105])
    a = F(s * h) * F(e) / 100
    need(a.denominator == 1)
    return dict(s=s, h=h, a=a)


@kind("efficiency",
      g_eff,
      [("A line's standard rate is {s} units per hour. During one {h}-hour shift it produced {a} units. What was "
        "the line's efficiency as a percent?", dict(u="units")),
       ("standard is {s} pcs/hr, we ran {h} hrs and got {a} pcs. what's our efficiency %?", dict(u="pcs")),
       ("Shift efficiency report: standard {s} cartons/hr; scheduled {h} hr; actual output {a} cartons. "
        "Compute efficiency (actual / standard).", dict(u="cartons")),
       ("A packing crew is expected to pack {s} boxes an hour. In one {h}-hour shift they packed {a}. What is "
        "their efficiency?", dict(u="boxes"))],
      "the efficiency for the shift", "Shift efficiency",
      "efficiency was {A}")
def s_eff(v, S):
    u = v["u"]
    st = S.calc(n(v["s"], u + "/hr") * n(v["h"], "hours"), "standard output", u)
    e = S.calc(n(v["a"]) / n(st), "efficiency", None, rk="%")
    S.final(e, "%")


# 38 --------------------------------------------------------------------------
def g_payback(r, si):
    hrs = pick(r, 20, 160, 5)
    w = pick(r, 15, 40)
    C = pick(r, 10, 200) * 500
    f = F(C, hrs * w) - C // (hrs * w)
    need(f > F(1, 50) and f < F(49, 50) and C // (hrs * w) >= 2)
    return dict(hrs=hrs, w=w, C=C)


@kind("payback-months", g_payback,
      [("A new packaging robot costs {C:$} and will save {hrs} hours of labor per month at {w:$} per hour. How "
        "many whole months until the robot has paid for itself?", dict(u="months")),
       ("thinking of buying a {C:$} machine. it saves about {hrs} labor hours a month, labor runs {w:$}/hr. "
        "payback in months (round up)?", dict(u="months")),
       ("Capital request: automated labeler, cost {C:$}. Labor savings: {hrs} hr/month at {w:$}/hr. Provide "
        "simple payback period, rounded up to whole months.", dict(u="months")),
       ("A bakery buys a dough divider for {C:$}. It cuts {hrs} hours of prep work a month, and the bakery pays "
        "{w:$} an hour for that work. After how many full months will savings cover the cost?",
        dict(u="months"))],
      "the payback period", "Payback period",
      "payback takes {A} months")
def s_payback(v, S):
    s = S.calc(n(v["hrs"], "hours") * m(v["w"]), "monthly savings", None, rk="$")
    k = S.calc(m(v["C"]) / m(s), "payback period", "months", rk="n", post=("ceil",))
    S.final(k, "n", "months")


# 39 --------------------------------------------------------------------------
def g_disc(r, si):
    q = pick(r, 20, 2000, 10)
    p = r.choice([F(pick(r, 2, 90)), F(pick(r, 150, 5000, 5), 100)])
    d = r.choice([5, 10, 15, 20, 12, 8, 25, 2.5])
    g = q * p
    need((g * 100).denominator == 1 and (g * F(d) / 100 * 100).denominator == 1)
    return dict(q=q, p=p, d=d)


@kind("bulk-discount", g_disc,
      [("A supplier sells hinges at {p:$} each and gives {d:%} off on orders of this size. A cabinet shop "
        "orders {q} hinges. What is the total after the discount?", dict(u="hinges")),
       ("ordering {q} mailers at {p:$} each, vendor gives {d:%} off for bulk. what do I actually pay?",
        dict(u="mailers")),
       ("Purchase order check: qty {q}, unit price {p:$}, volume discount {d:%}. Confirm the net order total.",
        dict(u="units")),
       ("Quantity: {q}\nUnit price: {p:$}\nDiscount: {d:%}\nNet total?", dict(u="units"))],
      "the order total after the discount", "Net order total",
      "the discounted total is {A}")
def s_disc(v, S):
    g = S.calc(n(v["q"], v["u"]) * m(v["p"]), "gross order total", None, rk="$")
    d = S.calc(of(pc(v["d"]), m(g)), "discount", None, rk="$")
    t = S.calc(m(g) - m(d), "net total", None, rk="$")
    S.final(t, "$")


# 40 --------------------------------------------------------------------------
def g_cmr(r, si):
    ratio = r.choice([F(1, 5), F(1, 4), F(2, 5), F(1, 2), F(3, 5), F(3, 10), F(3, 4), F(7, 20)])
    p = pick(r, 2, 40) * 20
    cm = p * ratio
    need(cm.denominator == 1)
    Fc = pick(r, 4, 200) * 300
    need((Fc / ratio).denominator == 1)
    return dict(p=p, var=p - cm, F=Fc)


@kind("cm-ratio-revenue", g_cmr,
      [("A product sells for {p:$} and has a variable cost of {var:$}. Fixed costs are {F:$}. Using the "
        "contribution margin ratio, find the break-even sales in dollars.", dict(u="unit")),
       ("price {p:$}, variable cost {var:$}, fixed costs {F:$}. what's the CM ratio and break-even revenue?",
        dict(u="unit")),
       ("Finance request: compute contribution margin ratio and break-even sales dollars. Price {p:$}; "
        "variable cost {var:$}; fixed costs {F:$}.", dict(u="unit")),
       ("A salon sells a hair treatment for {p:$}; products and commission cost {var:$} per treatment. Fixed costs "
        "are {F:$} a month. What monthly sales (in dollars) does it need to break even?", dict(u="treatment"))],
      "the break-even sales in dollars", "Break-even sales dollars",
      "break-even sales are {A}")
def s_cmr(v, S):
    cm = S.calc(m(v["p"]) - m(v["var"]), "contribution margin per " + v["u"], None, rk="$")
    r = S.calc(m(cm) / m(v["p"]), "contribution margin ratio", None, rk="%", pct="dec")
    b = S.calc(m(v["F"]) / n(r), "break-even sales", None, rk="$")
    S.final(b, "$")


# 41 --------------------------------------------------------------------------
def g_rent(r, si):
    T = pick(r, 20, 120) * 100
    share = r.choice([F(1, 4), F(1, 5), F(2, 5), F(3, 8), F(3, 10), F(1, 8), F(3, 5), F(7, 20)])
    a = T * share
    need(a.denominator == 1)
    R = pick(r, 20, 300) * 100
    need((R * share).denominator == 1)
    return dict(T=T, a=a, R=R)


@kind("rent-allocation", g_rent,
      [("A factory's monthly rent is {R:$}. The building is {T} square feet, and the machining department "
        "uses {a} square feet. If rent is allocated by floor space, how much rent does machining pay?",
        dict(u="sq ft")),
       ("we split rent by square footage. total space {T} sq ft, rent {R:$}/mo, my packing area is {a} sq ft. "
        "what's packing's share?", dict(u="sq ft")),
       ("Overhead allocation: rent {R:$}/month; total floor area {T} sq ft; Assembly occupies {a} sq ft. Allocate "
        "rent to Assembly on a floor-space basis.", dict(u="sq ft")),
       ("A shared kitchen charges {R:$} a month for {T} square feet. A baker rents {a} square feet of it. "
        "What is her fair share of the rent?", dict(u="sq ft"))],
      "the department's share of the rent", "Rent allocation",
      "the department's share is {A}")
def s_rent(v, S):
    s = S.calc(n(v["a"], "sq ft") / n(v["T"], "sq ft"), "share of floor space", None, rk="%")
    c = S.calc(of(pc(s * 100), m(v["R"])), "rent allocated", None, rk="$")
    S.final(c, "$")


# 42 --------------------------------------------------------------------------
def g_avg(r, si):
    h = r.choice([8, 8, 10, 12])
    o = [pick(r, 200, 1500) for _ in range(3)]
    need(F(sum(o), 3 * h) * 100 == int(F(sum(o), 3 * h) * 100))
    return dict(o1=o[0], o2=o[1], o3=o[2], h=h)


@kind("average-rate", g_avg,
      [("A plant runs three {h}-hour shifts. The shifts produced {o1}, {o2}, and {o3} units. What was the average "
        "output per hour for the day?", dict(u="units")),
       ("day {o1}, swing {o2}, night {o3} pieces. each shift {h} hrs. avg pieces per hour across the whole day?",
        dict(u="pieces")),
       ("Daily production report: Shift A {o1} units, Shift B {o2} units, Shift C {o3} units; {h} hours each. "
        "Report average hourly output.", dict(u="units")),
       ("Over three {h}-hour shifts a packing line filled {o1}, {o2} and {o3} crates. On average, how many crates "
        "per hour is that?", dict(u="crates"))],
      "the average output per hour", "Average hourly output",
      "the average is {A} {u} per hour")
def s_avg(v, S):
    u = v["u"]
    t = S.calc(n(v["o1"]) + n(v["o2"]) + n(v["o3"]), "total output", u)
    h = S.calc(n(3, "shifts") * n(v["h"], "hours"), "total hours", "hours")
    a = S.calc(n(t, u) / n(h, "hours"), "average output per hour", u + "/hour")
    S.final(a, "n", u + " per hour")


# 43 --------------------------------------------------------------------------
def g_pchg(r, si):
    p = pick(r, 2, 40) * 5
    q = pick(r, 2, 50) * 100
    x = r.choice([5, 10, 20, 8, 15])
    y = r.choice([5, 10, 4, 15, 20, 12])
    np_ = F(p) * (1 + F(x) / 100)
    nq = F(q) * (1 - F(y) / 100)
    need((np_ * 100).denominator == 1 and nq.denominator == 1)
    need(np_ * nq != p * q)
    return dict(p=p, q=q, x=x, y=y)


@kind("price-change", g_pchg,
      [("A shop sells {q} planters a month at {p:$} each. It plans to raise the price by {x:%}, expecting sales to "
        "fall by {y:%}. By how much will monthly revenue change? (Use a negative number for a decrease.)",
        dict(u="planters")),
       ("if I raise my price {x:%} from {p:$} and lose {y:%} of my {q} monthly customers, what's the revenue change "
        "(negative if it drops)?", dict(u="customers")),
       ("Pricing scenario: current price {p:$}, current volume {q} units/month. Proposal: +{x:%} price, expected "
        "-{y:%} volume. Report the change in monthly revenue (negative = decrease).", dict(u="units")),
       ("Price {p:$}, volume {q}. New price is {x:%} higher and volume {y:%} lower. Change in revenue?",
        dict(u="units"))],
      "the change in monthly revenue", "Price change scenario",
      "monthly revenue changes by {A}")
def s_pchg(v, S):
    u = v["u"]
    old = S.calc(n(v["q"], u) * m(v["p"]), "current revenue", None, rk="$")
    np_ = S.calc(m(v["p"]) * n(1 + F(v["x"]) / 100), "new price", None, rk="$")
    nq = S.calc(n(v["q"], u) * n(1 - F(v["y"]) / 100), "new volume", u)
    need(nq.denominator == 1 or True)
    nr = S.calc(n(nq, u) * m(np_), "new revenue", None, rk="$")
    d = S.calc(m(nr) - m(old), "change in revenue", None, rk="$")
    S.final(d, "$")


# 44 --------------------------------------------------------------------------
def g_pack(r, si):
    b = r.choice([6, 12, 24, 10, 20, 18, 30])
    N = pick(r, 100, 8000)
    f = F(N, b) - N // b
    need(f > F(1, 50) and f < F(49, 50))
    c = F(pick(r, 35, 450, 5), 100)
    return dict(N=N, b=b, c=c)


@kind("packaging-cost", g_pack,
      [("A company ships {N} mugs. Each box holds {b} mugs and costs {c:$}. What is the total cost of boxes?",
        dict(u="boxes")),
       ("need boxes for {N} soaps, {b} per box, boxes are {c:$} each. how much will boxes cost me?",
        dict(u="boxes")),
       ("Packaging budget: {N} units to pack, {b} units per carton, carton cost {c:$}. Estimate carton spend.",
        dict(u="cartons")),
       ("A tea company packs {N} tins into gift boxes of {b}. Each gift box costs {c:$}. What will the boxes "
        "cost in total?", dict(u="boxes"))],
      "the total packaging cost", "Packaging cost",
      "packaging costs {A}")
def s_pack(v, S):
    u = v["u"]
    k = S.calc(n(v["N"]) / n(v["b"]), u + " needed", u, post=("ceil",), rem_ok=True)
    c = S.calc(n(k, u) * m(v["c"]), "packaging cost", None, rk="$")
    S.final(c, "$")
