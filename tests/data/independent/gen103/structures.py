"""Problem structures for the hobby-building genre (3D printing, model kits, woodworking)."""
from fractions import Fraction as F


def N(v, unit="", money=False):
    return ("n", F(v), unit, money)


def M(v, unit=""):
    return ("n", F(v), unit, True)


def T(op, *ch):
    return (op, list(ch))


def P(p, child):
    return ("%", p, child)


def fs(v):
    """plain number for problem text"""
    v = F(v)
    if v.denominator == 1:
        return f"{v.numerator:,}"
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return s


def money(v):
    v = F(v)
    if v.denominator == 1:
        return f"${v.numerator}"
    return f"${float(v):.2f}"


NAMES = ["Maya", "Jonas", "Priya", "Leo", "Aiko", "Marcus", "Elena", "Sam", "Tomás", "Grace",
         "Dev", "Hannah", "Omar", "Nina", "Ruth", "Carlos", "Ines", "Ben", "Yuki", "Farah"]

S = []

# 1 filament cost -----------------------------------------------------------

def g_fil_cost(r):
    n = r.randint(4, 16)
    g = r.randint(18, 96)
    price = r.choice([18, 20, F(45, 2), 24, 25, 28, 30, F(39, 2)])
    return dict(n=n, g=g, price=price, price_s=money(price))


def s_fil_cost(sv, p, chk):
    tot = sv.step(T("*", N(p["n"], "prints"), N(p["g"], "g")), "total filament", "g")
    kg = sv.step(T("/", N(tot, "g"), N(1000)), "weight in kilograms", "kg")
    cost = sv.step(T("*", N(kg, "kg"), M(p["price"], "/kg")), "filament cost", "", True)
    if chk:
        sv.chk(T("/", N(tot, "g"), N(p["n"])), "check")
    return cost, True, "", "The filament for all {n} {item} costs {v}."


S.append(dict(name="filcost", gen=g_fil_cost, solve=s_fil_cost,
              items=["dragon figurines", "planter pots", "cable clips", "chess pieces"],
              intro="We need the total grams, then the price per kilogram.",
              frames=["{name} is 3D printing {n} {item} for a craft fair. Each one uses {g} g of PLA, and filament costs {price_s} per kilogram. How much does the filament for all of them cost, to the nearest cent?",
                      "A batch of {n} {item} is going on {name}'s printer. The slicer says each uses {g} grams of filament. If a 1 kg spool costs {price_s}, what is the filament cost of the batch (nearest cent)?"]))

# 2 spools needed -------------------------------------------------------------

def g_spools(r):
    while True:
        n = r.randint(6, 40)
        g = r.choice(range(40, 260, 5))
        w = r.choice([5, 10, 15, 20])
        tot = n * g * F(100 + w, 100)
        if tot > 1100 and (tot / 1000).denominator != 1:
            return dict(n=n, g=g, w=w)


def s_spools(sv, p, chk):
    tot = sv.step(T("*", N(p["n"], "parts"), N(p["g"], "g")), "filament for the parts", "g")
    ww = sv.step(T("*", N(tot, "g"), N(F(100 + p["w"], 100))), f"total with the {p['w']}% allowance", "g")
    sp = sv.step(T("/", N(ww, "g"), N(1000, "g")), "number of spools", "", post=("ceil", "spools"))
    return sp, False, "spools", "{name} needs to buy {v}."


S.append(dict(name="spools", gen=g_spools, solve=s_spools,
              items=["drawer organizers", "miniature terrain pieces", "gear housings", "lamp shades"],
              intro="Total the grams, add the waste allowance, then divide by 1,000 g per spool.",
              frames=["{name} wants to print {n} {item}, each using {g} g of filament. To allow for supports and failed prints, {name} adds {w}% extra. Filament comes in 1 kg spools. How many spools must {name} buy?",
                      "Each of {n} {item} takes {g} g of PETG. Add a {w}% allowance for waste. If filament is sold only in full 1,000 g spools, how many spools are needed?"]))

# 3 print hours ----------------------------------------------------------------

def g_hours(r):
    while True:
        n = r.randint(3, 24)
        m = r.choice(range(25, 200, 5))
        if (n * m) % 15 == 0 and n * m > 120:
            return dict(n=n, m=m)


def s_hours(sv, p, chk):
    tot = sv.step(T("*", N(p["n"], "parts"), N(p["m"], "min")), "total print time in minutes", "min")
    h = sv.step(T("/", N(tot, "min"), N(60)), "time in hours", "hours")
    if chk:
        sv.chk(T("*", N(h, "h"), N(60)), "check")
    return h, False, "hours", "Printing all the {item} takes {v}."


S.append(dict(name="printhours", gen=g_hours, solve=s_hours,
              items=["phone stands", "keychains", "replacement knobs", "desk tidies"],
              intro="Multiply the time per part by the number of parts, then convert to hours.",
              frames=["{name} needs {n} {item}. Each one takes {m} minutes to print, one at a time. How many hours of printing is that in total?",
                      "The slicer estimates {m} minutes per print for {name}'s {item}. How many hours will {n} of them take if printed one after another?"]))

# 4 print days -----------------------------------------------------------------

def g_days(r):
    while True:
        pl = r.randint(5, 30)
        h = r.choice([F(5, 2), 3, F(7, 2), 4, F(9, 2), 5, 6, F(13, 2), 7])
        d = r.choice([8, 10, 12, 14, 16])
        h = F(h)
        tot = pl * h
        if (tot / d).denominator != 1 and tot / d > 1:
            return dict(pl=pl, h=h, d=d, h_s=fs(h))


def s_days(sv, p, chk):
    tot = sv.step(T("*", N(p["pl"], "plates"), N(p["h"], "h")), "total printing hours", "h")
    d = sv.step(T("/", N(tot, "h"), N(p["d"], "h")), "number of days", "", post=("ceil", "days"))
    return d, False, "days", "It will take {v} to finish the {item}."


S.append(dict(name="printdays", gen=g_days, solve=s_days,
              items=["cosplay armor", "board game inserts", "RC car body", "wall tiles"],
              intro="Find the total print hours, then see how many days that spreads over.",
              frames=["{name}'s {item} project is split into {pl} build plates, and each plate takes {h_s} hours. {name} only runs the printer {d} hours a day. How many days will the printing take?",
                      "To print the {item}, {name} needs {pl} plates at {h_s} hours each. With the printer running at most {d} hours per day, how many days does the job need?"]))

# 5 electricity cost -------------------------------------------------------------

def g_elec(r):
    while True:
        W = r.choice([120, 150, 180, 200, 220, 250, 300, 350])
        n = r.randint(2, 12)
        h = r.choice([F(3, 2), 2, F(5, 2), 3, 4, F(9, 2), 5, 6, 8])
        rate = r.choice([F(12, 100), F(15, 100), F(16, 100), F(18, 100), F(22, 100), F(25, 100), F(30, 100)])
        kwh = W * n * h / 1000
        if kwh * rate >= F(1, 2):
            return dict(W=W, n=n, h=h, rate=rate, h_s=fs(h), rate_s=money(rate))


def s_elec(sv, p, chk):
    hrs = sv.step(T("*", N(p["n"], "prints"), N(p["h"], "h")), "total running time", "h")
    kwh = sv.step(T("/", T("*", N(p["W"], "W"), N(hrs, "h")), N(1000)), "energy used", "kWh")
    c = sv.step(T("*", N(kwh, "kWh"), M(p["rate"], "/kWh")), "electricity cost", "", True)
    return c, True, "", "The electricity for the {item} costs about {v}."


S.append(dict(name="eleccost", gen=g_elec, solve=s_elec,
              items=["vase prints", "helmet parts", "tabletop buildings", "bracket prints"],
              intro="Energy in kWh is watts × hours ÷ 1,000; then multiply by the rate.",
              frames=["{name}'s printer draws about {W} W while printing. {name} runs {n} {item}, each taking {h_s} hours. Electricity costs {rate_s} per kWh. What does the electricity cost, to the nearest cent?",
                      "A printer averaging {W} watts prints {n} {item} at {h_s} hours apiece. At {rate_s} per kilowatt-hour, how much is the power bill for these prints (round to the cent)?"]))

# 6 profit per batch ------------------------------------------------------------

def g_profit(r):
    while True:
        g = r.choice(range(30, 180, 5))
        price = r.choice([20, 22, 24, 25])
        elec = r.choice([F(15, 100), F(20, 100), F(25, 100), F(30, 100), F(40, 100)])
        sell = r.choice([5, 6, 8, 10, 12, 15, F(25, 2)])
        n = r.randint(5, 40)
        mat = F(g) * price / 1000
        if sell > mat + elec + 1:
            return dict(g=g, price=price, elec=elec, sell=sell, n=n,
                        elec_s=money(elec), sell_s=money(sell))


def s_profit(sv, p, chk):
    mat = sv.step(T("/", T("*", N(p["g"], "g"), M(p["price"], "/kg")), N(1000)), "material per print", "", True)
    per = sv.step(T("+", M(mat), M(p["elec"])), "cost per print", "", True)
    pr = sv.step(T("-", M(p["sell"]), M(per)), "profit per print", "", True)
    tot = sv.step(T("*", N(p["n"], "prints"), M(pr)), "profit for the batch", "", True)
    return tot, True, "", "{name} makes {v} profit on the {n} {item}."


S.append(dict(name="profit", gen=g_profit, solve=s_profit,
              items=["articulated dragons", "planters", "fidget toys", "headphone stands"],
              intro="Work out the cost of one print, the profit per print, then scale up.",
              frames=["{name} sells {item} for {sell_s} each. Each uses {g} g of filament that costs ${price} per kg, plus about {elec_s} of electricity. What is {name}'s profit on {n} of them?",
                      "One of {name}'s {item} needs {g} grams of filament (${price}/kg) and {elec_s} of power. They sell for {sell_s} apiece. How much profit do {n} sales bring in?"]))

# 7 board feet cost ---------------------------------------------------------------

def g_bf(r):
    while True:
        t = r.choice([1, 2, 1, F(5, 4), F(3, 2)])
        w = r.choice([4, 6, 8, 10, 12])
        l = r.choice([48, 72, 96, 120, 144])
        c = r.randint(2, 12)
        pr = r.choice([F(7, 2), 4, F(9, 2), 5, 6, F(13, 2), 8, F(19, 2), 12])
        t = F(t)
        bf = t * w * l / 144
        if bf.denominator <= 4:
            return dict(t=t, w=w, l=l, c=c, pr=pr, t_s=fs(t), pr_s=money(pr))


def s_bf(sv, p, chk):
    bf = sv.step(T("/", T("*", N(p["t"], "in"), N(p["w"], "in"), N(p["l"], "in")), N(144)), "board feet per board", "bf")
    tot = sv.step(T("*", N(bf, "bf"), N(p["c"])), "board feet for all boards", "bf")
    cost = sv.step(T("*", N(tot, "bf"), M(p["pr"], "/bf")), "cost", "", True)
    return cost, True, "", "The lumber for the {item} costs {v}."


S.append(dict(name="bfcost", gen=g_bf, solve=s_bf,
              items=["workbench", "bookshelf", "dining table", "garden bench"],
              intro="Board feet = thickness (in) × width (in) × length (in) ÷ 144.",
              frames=["For a {item}, {name} buys {c} boards of walnut, each {t_s} in thick, {w} in wide and {l} in long. The yard charges {pr_s} per board foot. What is the total cost?",
                      "{name} needs {c} pieces of {t_s}\" × {w}\" × {l}\" oak for a {item}. At {pr_s} per board foot, how much will the wood cost?"]))

# 8 board feet with feet length ------------------------------------------------------

def g_bf2(r):
    while True:
        t = r.choice([1, 2, F(3, 2), F(5, 4), 1])
        w = r.choice([3, 4, 6, 8, 10, 12])
        l = r.choice([6, 8, 10, 12, 14, 16])
        c = r.randint(3, 20)
        t = F(t)
        bf = t * w * l / 12
        if bf.denominator <= 4:
            return dict(t=t, w=w, l=l, c=c, t_s=fs(t))


def s_bf2(sv, p, chk):
    bf = sv.step(T("/", T("*", N(p["t"], "in"), N(p["w"], "in"), N(p["l"], "ft")), N(12)), "board feet per board", "bf")
    tot = sv.step(T("*", N(p["c"], "boards"), N(bf, "bf")), "total board feet", "board feet")
    if chk:
        sv.chk(T("/", N(tot, "bf"), N(p["c"])), "check")
    return tot, False, "board feet", "{name} is buying {v} in total."


S.append(dict(name="bfft", gen=g_bf2, solve=s_bf2,
              items=["deck railing", "raised garden beds", "picnic table", "shop cabinets"],
              intro="With the length in feet, board feet = T (in) × W (in) × L (ft) ÷ 12.",
              frames=["{name} orders {c} boards for the {item}. Each board is {t_s} inch thick, {w} inches wide and {l} feet long. How many board feet is that?",
                      "The cut list for the {item} calls for {c} boards measuring {t_s}\" thick by {w}\" wide by {l}' long. How many board feet of lumber is {name} buying?"]))

# 9 cuts per board / boards needed -------------------------------------------------

def g_cuts(r):
    while True:
        Lb = r.choice([48, 72, 96, 120])
        pc = r.choice([F(x, 2) for x in range(16, 60)])
        k = r.choice([F(1, 8), F(1, 8), F(1, 4)])
        per = F(Lb) / (pc + k)
        n = int(per)
        need = r.randint(8, 60)
        if n >= 2 and need % n != 0 and need > n:
            return dict(Lb=Lb, pc=pc, k=k, need=need, pc_s=fs(pc), k_s=("1/8" if k == F(1, 8) else "1/4"))


def s_cuts(sv, p, chk):
    per = sv.step(T("+", N(p["pc"], "in"), N(p["k"], "in")), "length used per piece including the kerf", "in")
    n = sv.step(T("/", N(p["Lb"], "in"), N(per, "in")), "pieces per board", "", post=("floor", "pieces"))
    b = sv.step(T("/", N(p["need"], "pieces"), N(n, "per board")), "boards needed", "", post=("ceil", "boards"))
    return b, False, "boards", "{name} needs {v}."


S.append(dict(name="cuts", gen=g_cuts, solve=s_cuts,
              items=["slats", "drawer sides", "shelf cleats", "chair spindles"],
              intro="Each cut also eats the blade kerf, so add it to every piece.",
              frames=["{name} is cutting {item} that are {pc_s} inches long from {Lb}-inch boards. The saw blade removes {k_s} inch with each cut. {name} needs {need} {item}. How many boards must be bought?",
                      "A project needs {need} {item}, each {pc_s}\" long. They come from {Lb}\" boards, and each cut loses a {k_s}\" kerf. How many boards does {name} need?"]))

# 10 leftover after cuts -------------------------------------------------------------

def g_left(r):
    while True:
        Lb = r.choice([72, 96, 120, 144])
        pc = r.choice([F(x, 4) for x in range(40, 160)])
        k = r.choice([F(1, 8), F(1, 8), F(1, 4)])
        n = r.randint(2, 9)
        left = Lb - n * pc - n * k
        if left > 2:
            return dict(Lb=Lb, pc=pc, k=k, n=n, pc_s=fs(pc), k_s=("0.125" if k == F(1, 8) else "0.25"))


def s_left(sv, p, chk):
    used = sv.step(T("*", N(p["n"], "pieces"), N(p["pc"], "in")), "length of the pieces", "in")
    kerf = sv.step(T("*", N(p["n"], "cuts"), N(p["k"], "in")), "length lost to the kerf", "in")
    left = sv.step(T("-", N(p["Lb"], "in"), N(used, "in"), N(kerf, "in")), "leftover length", "in")
    if chk:
        sv.chk(T("+", N(used, "in"), N(kerf, "in"), N(left, "in")), "check")
    return left, False, "inches", "The leftover offcut is {v} long."


S.append(dict(name="leftover", gen=g_left, solve=s_left,
              items=["picture-frame rails", "table aprons", "stair balusters", "box sides"],
              intro="Subtract the pieces and the saw kerf from the board length.",
              frames=["{name} cuts {n} {item}, each {pc_s} inches long, from a {Lb}-inch board, making {n} cuts with a blade that removes {k_s} inch per cut. How long is the leftover piece?",
                      "From a {Lb}\" board {name} cuts {n} {item} of {pc_s}\" each. Every one of the {n} cuts loses {k_s}\" to the kerf. How many inches are left over?"]))

# 11 boards with waste factor ------------------------------------------------------------

def g_waste(r):
    while True:
        s = r.randint(3, 14)
        l = r.choice([24, 30, 32, 36, 40, 42, 48])
        w = r.choice([10, 15, 20, 25])
        bl = r.choice([6, 8, 10])
        pr = r.choice([F(27, 2), 9, 12, F(37, 2), 15, 22, 28])
        ft = F(s * l, 12)
        tot = ft * F(100 + w, 100)
        if (tot / bl).denominator != 1 and tot / bl > 1:
            return dict(s=s, l=l, w=w, bl=bl, pr=pr, pr_s=money(pr))


def s_waste(sv, p, chk):
    ti = sv.step(T("*", N(p["s"], "pieces"), N(p["l"], "in")), "total length in inches", "in")
    ft = sv.step(T("/", N(ti, "in"), N(12)), "length in feet", "ft")
    wf = sv.step(T("*", N(ft, "ft"), N(F(100 + p["w"], 100))), f"length with {p['w']}% waste", "ft")
    b = sv.step(T("/", N(wf, "ft"), N(p["bl"], "ft")), "number of boards", "", post=("ceil", "boards"))
    c = sv.step(T("*", N(b, "boards"), M(p["pr"])), "cost", "", True)
    return c, True, "", "The boards for the {item} cost {v}."


S.append(dict(name="wasteboards", gen=g_waste, solve=s_waste,
              items=["floating shelves", "fence pickets", "bed slats", "bench seat boards"],
              intro="Total the length, add the waste factor, then count whole boards.",
              frames=["{name} needs {s} {item}, each {l} inches long. Adding {w}% for waste and defects, and buying {bl}-foot boards at {pr_s} each, how much will the boards cost?",
                      "For {s} {item} of {l}\" each, {name} plans a {w}% waste allowance. Boards are {bl} ft long and cost {pr_s} apiece. What is the lumber bill?"]))

# 12 paint coverage on a project -------------------------------------------------------------

def g_paint(r):
    while True:
        a = r.choice([F(x, 2) for x in range(8, 40)])
        b = r.choice([F(x, 2) for x in range(6, 24)])
        coats = r.choice([2, 2, 3])
        cov = r.choice([50, 75, 100, 125])
        pr = r.choice([F(1299, 100), F(1499, 100), F(1850, 100), 16, 22])
        tot = a * b * coats
        if (tot / cov).denominator != 1 and tot / cov > 1:
            return dict(a=a, b=b, coats=coats, cov=cov, pr=pr, a_s=fs(a), b_s=fs(b), pr_s=money(pr))


def s_paint(sv, p, chk):
    area = sv.step(T("*", N(p["a"], "ft"), N(p["b"], "ft")), "area", "sq ft")
    tot = sv.step(T("*", N(area, "sq ft"), N(p["coats"], "coats")), "area to cover for all coats", "sq ft")
    q = sv.step(T("/", N(tot, "sq ft"), N(p["cov"], "sq ft")), "number of quarts", "", post=("ceil", "quarts"))
    c = sv.step(T("*", N(q, "quarts"), M(p["pr"])), "paint cost", "", True)
    return c, True, "", "Painting the {item} costs {v}."


S.append(dict(name="paint", gen=g_paint, solve=s_paint,
              items=["shed wall", "playhouse floor", "tabletop", "headboard panels"],
              intro="Area × coats, divided by coverage per quart, rounded up to whole quarts.",
              frames=["{name} is painting a {item} that measures {a_s} ft by {b_s} ft with {coats} coats. One quart covers {cov} square feet and costs {pr_s}. How much will the paint cost?",
                      "The {item} is {a_s} ft × {b_s} ft. {name} wants {coats} coats, a quart covers about {cov} sq ft, and quarts are {pr_s} each. What does the paint cost?"]))

# 13 model paint pots -------------------------------------------------------------------

def g_mpaint(r):
    while True:
        n = r.randint(8, 60)
        ml = r.choice([F(x, 10) for x in range(4, 30)])
        pot = r.choice([12, 17, 18, 24])
        pr = r.choice([F(399, 100), F(450, 100), F(525, 100), 4, 5, F(625, 100)])
        tot = n * ml
        if (tot / pot).denominator != 1 and tot / pot > 1:
            return dict(n=n, ml=ml, pot=pot, pr=pr, ml_s=fs(ml), pr_s=money(pr))


def s_mpaint(sv, p, chk):
    tot = sv.step(T("*", N(p["n"], "minis"), N(p["ml"], "mL")), "paint needed", "mL")
    pots = sv.step(T("/", N(tot, "mL"), N(p["pot"], "mL")), "number of pots", "", post=("ceil", "pots"))
    c = sv.step(T("*", N(pots, "pots"), M(p["pr"])), "cost", "", True)
    return c, True, "", "The base-coat paint costs {v}."


S.append(dict(name="modelpaint", gen=g_mpaint, solve=s_mpaint,
              items=["infantry miniatures", "tank models", "fantasy warriors", "railway figures"],
              intro="Total the paint, then round up to whole pots.",
              frames=["{name} is base-coating {n} {item}; each takes about {ml_s} mL of paint. The paint comes in {pot} mL pots costing {pr_s}. How much does {name} spend on paint?",
                      "Each of {n} {item} needs {ml_s} mL of base coat. Pots hold {pot} mL and cost {pr_s} each. What is the paint cost if {name} buys only whole pots?"]))

# 14 glue leftover -------------------------------------------------------------------------

def g_glue(r):
    while True:
        j = r.randint(6, 48)
        ml = r.choice([F(x, 4) for x in range(2, 16)])
        b = r.choice([59, 118, 237, 120, 250])
        k = r.randint(1, 4)
        if b - j * ml * k > 3 and k * j * ml > 10:
            return dict(j=j, ml=ml, b=b, k=k, ml_s=fs(ml))


def s_glue(sv, p, chk):
    per = sv.step(T("*", N(p["j"], "joints"), N(p["ml"], "mL")), "glue per chair", "mL")
    tot = sv.step(T("*", N(p["k"], "chairs"), N(per, "mL")), "glue for all chairs", "mL")
    left = sv.step(T("-", N(p["b"], "mL"), N(tot, "mL")), "glue left in the bottle", "mL")
    return left, False, "mL", "There will be {v} of glue left."


S.append(dict(name="glue", gen=g_glue, solve=s_glue,
              items=["mortise-and-tenon", "dowel", "biscuit", "half-lap"],
              intro="Glue per chair, times chairs, subtracted from the bottle.",
              frames=["Each of {name}'s chairs has {j} {item} joints, and each joint takes {ml_s} mL of wood glue. {name} builds {k} chairs from a {b} mL bottle. How much glue is left?",
                      "A chair design uses {j} {item} joints at {ml_s} mL of glue per joint. If {name} glues up {k} chairs from a fresh {b} mL bottle, how many mL remain?"]))

# 15 kit budget with discount ------------------------------------------------------------------

def g_kits(r):
    while True:
        k = r.randint(2, 6)
        kp = r.choice([F(2499, 100), F(3250, 100), 45, F(1899, 100), 60, F(4875, 100)])
        pn = r.randint(3, 15)
        pp = r.choice([F(399, 100), 4, F(450, 100), F(325, 100), 5])
        d = r.choice([10, 15, 20, 25])
        return dict(k=k, kp=kp, pn=pn, pp=pp, d=d, kp_s=money(kp), pp_s=money(pp))


def s_kits(sv, p, chk):
    kits = sv.step(T("*", N(p["k"], "kits"), M(p["kp"])), "cost of the kits", "", True)
    paints = sv.step(T("*", N(p["pn"], "pots"), M(p["pp"])), "cost of the paints", "", True)
    sub = sv.step(T("+", M(kits), M(paints)), "subtotal", "", True)
    disc = sv.step(P(p["d"], M(sub)), "discount", "", True)
    tot = sv.step(T("-", M(sub), M(disc)), "total after discount", "", True)
    return tot, True, "", "{name} pays {v}."


S.append(dict(name="kitbudget", gen=g_kits, solve=s_kits,
              items=["1/72 aircraft", "1/35 tank", "Gundam", "sailing ship"],
              intro="Add up the kits and paints, then take off the club discount.",
              frames=["{name} buys {k} {item} kits at {kp_s} each and {pn} paint pots at {pp_s} each. The hobby shop gives club members {d}% off the whole order. How much does {name} pay?",
                      "At the model shop, {item} kits are {kp_s} and paints are {pp_s}. {name} picks {k} kits and {pn} paints and gets a {d}% discount. What is the total?"]))

# 16 resin cost ------------------------------------------------------------------------------

def g_resin(r):
    n = r.randint(3, 30)
    ml = r.choice(range(8, 120, 2))
    X = r.choice([28, 32, 35, F(6999, 200) * 2, 40, 45, F(2999, 100)])
    return dict(n=n, ml=ml, X=X, X_s=money(X))


def s_resin(sv, p, chk):
    tot = sv.step(T("*", N(p["n"], "prints"), N(p["ml"], "mL")), "resin used", "mL")
    c = sv.step(T("/", T("*", N(tot, "mL"), M(p["X"])), N(1000, "mL")), "resin cost", "", True)
    return c, True, "", "The resin for the {item} costs about {v}."


S.append(dict(name="resin", gen=g_resin, solve=s_resin,
              items=["tabletop miniatures", "jewelry masters", "dental models", "bust prints"],
              intro="Find the total millilitres, then the share of a 1,000 mL bottle.",
              frames=["{name} prints {n} {item} on a resin printer, each using {ml} mL of resin. A 1,000 mL bottle costs {X_s}. What is the resin cost, to the nearest cent?",
                      "Each of {name}'s {item} needs {ml} mL of resin, and resin is {X_s} per 1 L bottle. How much resin money do {n} prints use (nearest cent)?"]))

# 17 stain cans -----------------------------------------------------------------------------

def g_stain(r):
    while True:
        n = r.randint(2, 12)
        a = r.choice([12, 16, 18, 24, 30, 36])
        b = r.choice([12, 18, 24, 36, 48])
        cov = r.choice([20, 25, 30, 40])
        sq = F(n * a * b * 2, 144)
        if sq.denominator <= 4 and (sq / cov).denominator != 1 and sq / cov > 1:
            return dict(n=n, a=a, b=b, cov=cov)


def s_stain(sv, p, chk):
    one = sv.step(T("*", N(p["a"], "in"), N(p["b"], "in")), "area of one side", "sq in")
    all_ = sv.step(T("*", N(one, "sq in"), N(p["n"], "panels"), N(2, "sides")), "both sides of every panel", "sq in")
    sq = sv.step(T("/", N(all_, "sq in"), N(144)), "area in square feet", "sq ft")
    cans = sv.step(T("/", N(sq, "sq ft"), N(p["cov"], "sq ft")), "number of cans", "", post=("ceil", "cans"))
    return cans, False, "cans", "{name} needs {v} of stain."


S.append(dict(name="stain", gen=g_stain, solve=s_stain,
              items=["cabinet doors", "shutters", "wainscot panels", "drawer fronts"],
              intro="Work in square inches, convert with 144 sq in per sq ft, then divide by coverage.",
              frames=["{name} is staining both sides of {n} {item}, each {a} in by {b} in. A small can of stain covers {cov} square feet. How many cans should {name} buy?",
                      "There are {n} {item} measuring {a}\" × {b}\", stained on both faces. If one can covers {cov} sq ft, how many whole cans does {name} need?"]))

# 18 shelf lumber cost -------------------------------------------------------------------------

def g_shelf(r):
    while True:
        s = r.randint(3, 7)
        w = r.choice([24, 28, 30, 32, 34, 36, 40])
        h = r.choice([36, 42, 48, 60, 66, 72, 84])
        pr = r.choice([F(3, 2), 2, F(5, 2), F(11, 4), 3, F(7, 2)])
        tot = s * w + 2 * h
        if tot % 3 == 0:
            return dict(s=s, w=w, h=h, pr=pr, pr_s=money(pr))


def s_shelf(sv, p, chk):
    tot = sv.step(T("+", T("*", N(p["s"], "shelves"), N(p["w"], "in")), T("*", N(2, "sides"), N(p["h"], "in"))), "total length", "in")
    ft = sv.step(T("/", N(tot, "in"), N(12)), "length in feet", "ft")
    c = sv.step(T("*", N(ft, "ft"), M(p["pr"], "/ft")), "cost", "", True)
    return c, True, "", "The pine for the {item} costs {v}."


S.append(dict(name="shelf", gen=g_shelf, solve=s_shelf,
              items=["bookcase", "pantry shelf unit", "garage rack", "record shelf"],
              intro="Add the shelves and the two sides, convert to feet, then price it.",
              frames=["{name}'s {item} has {s} shelves, each {w} inches wide, and 2 sides, each {h} inches tall. Pine board costs {pr_s} per linear foot. Ignoring waste, what does the board cost?",
                      "A {item} uses {s} shelves of {w}\" and two {h}\" uprights cut from the same board stock, which sells at {pr_s} per foot. How much is the wood?"]))

# 19 filament length ---------------------------------------------------------------------------

def g_flen(r):
    while True:
        n = r.randint(3, 20)
        g = r.choice(range(20, 150))
        gpm = F(r.choice([F(5, 2), 3, 4, F(3, 2)]))
        tot = n * g
        if (tot / gpm).denominator <= 2:
            return dict(n=n, g=g, gpm=gpm, gpm_s=fs(gpm))


def s_flen(sv, p, chk):
    tot = sv.step(T("*", N(p["n"], "prints"), N(p["g"], "g")), "total mass", "g")
    m = sv.step(T("/", N(tot, "g"), N(p["gpm"], "g/m")), "length of filament", "m")
    if chk:
        sv.chk(T("*", N(m, "m"), N(p["gpm"], "g/m")), "check")
    return m, False, "m", "The {item} use {v} of filament."


S.append(dict(name="filength", gen=g_flen, solve=s_flen,
              items=["bag clips", "hex bins", "plant labels", "coasters"],
              intro="Total grams divided by grams per meter gives meters.",
              frames=["{name} prints {n} {item} at {g} g each. The filament weighs {gpm_s} g per meter. How many meters of filament is that?",
                      "A roll of {name}'s filament weighs {gpm_s} grams per metre. How many metres do {n} {item} use if each is {g} g?"]))

# 20 sanding / finishing time ---------------------------------------------------------------------

def g_sand(r):
    while True:
        n = r.randint(4, 20)
        m = r.choice(range(6, 40))
        c = r.randint(2, 4)
        d = r.choice([30, 45, 60, 90, 120])
        tot = n * m + c * d
        if tot % 15 == 0:
            return dict(n=n, m=m, c=c, d=d)


def s_sand(sv, p, chk):
    sand = sv.step(T("*", N(p["n"], "pieces"), N(p["m"], "min")), "sanding time", "min")
    dry = sv.step(T("*", N(p["c"], "coats"), N(p["d"], "min")), "drying time", "min")
    tot = sv.step(T("+", N(sand, "min"), N(dry, "min")), "total time", "min")
    h = sv.step(T("/", N(tot, "min"), N(60)), "time in hours", "hours")
    return h, False, "hours", "Finishing the {item} takes {v}."


S.append(dict(name="finish", gen=g_sand, solve=s_sand,
              items=["toy cars", "cutting boards", "spoons", "coasters"],
              intro="Add sanding time and drying time, then convert minutes to hours.",
              frames=["{name} sands {n} wooden {item} for {m} minutes each, then applies {c} coats of oil with {d} minutes of drying per coat. How many hours does the finishing take?",
                      "Finishing a batch of {n} {item}: {m} minutes of sanding per piece, and {c} coats that each need {d} minutes to dry. What is the total time in hours?"]))

# 21 scale model length ------------------------------------------------------------------------

def g_scale(r):
    while True:
        sc = r.choice([24, 35, 48, 72, 87, 144, 350])
        Lm = r.choice([F(x, 10) for x in range(30, 3000, 7)])
        mm = Lm * 1000 / sc
        if mm >= 20 and mm <= 900:
            return dict(sc=sc, Lm=Lm, Lm_s=fs(Lm))


def s_scale(sv, p, chk):
    mm = sv.step(T("*", N(p["Lm"], "m"), N(1000)), "real length in millimetres", "mm")
    s = sv.step(T("/", N(mm, "mm"), N(p["sc"])), "model length", "mm", adp=1)
    return s, False, "mm", "The {item} model is {v} long."


S.append(dict(name="scale", gen=g_scale, solve=s_scale,
              items=["fighter jet", "battleship", "locomotive", "tank"],
              intro="Convert to millimetres, then divide by the scale factor.",
              frames=["A real {item} is {Lm_s} m long. How long is {name}'s 1:{sc} scale model of it, in millimetres, to the nearest tenth?",
                      "{name} is building a 1/{sc} {item}. The real one measures {Lm_s} metres. What is the model's length in mm (round to one decimal place)?"]))

# 22 cost per hour of printing -----------------------------------------------------------------

def g_rate(r):
    while True:
        hp = r.choice([F(3, 2), 2, F(5, 2), 3, 4, F(9, 2), 6])
        n = r.randint(3, 20)
        rate = r.choice([F(1, 2), F(3, 4), 1, F(5, 4), F(3, 2), 2])
        mat = r.choice([F(120, 100), F(180, 100), F(250, 100), F(340, 100), 2, 3])
        return dict(hp=hp, n=n, rate=rate, mat=mat, hp_s=fs(hp), rate_s=money(rate), mat_s=money(mat))


def s_rate(sv, p, chk):
    mach = sv.step(T("*", N(p["hp"], "h"), M(p["rate"], "/h")), "machine time per print", "", True)
    per = sv.step(T("+", M(mach), M(p["mat"])), "cost per print", "", True)
    tot = sv.step(T("*", N(p["n"], "prints"), M(per)), "cost of the order", "", True)
    if chk:
        sv.chk(T("/", M(tot), N(p["n"])), "check")
    return tot, True, "", "The order of {n} {item} costs {v} to produce."


S.append(dict(name="machrate", gen=g_rate, solve=s_rate,
              items=["custom nameplates", "drone frames", "prosthetic hand parts", "pen holders"],
              intro="Machine time plus material gives the cost per print.",
              frames=["{name}'s print shop charges its printer time at {rate_s} per hour. One of the {item} takes {hp_s} hours and {mat_s} of material. What does an order of {n} cost to produce?",
                      "Each of the {item} needs {hp_s} h of printer time (valued at {rate_s}/h) and {mat_s} in filament. What is the production cost for {n} of them?"]))

STRUCTURES = S
