#!/usr/bin/env python3
"""Generator for a held-out set of catering / cooking-for-a-crowd worked solutions.

python3 gen.py --out set.jsonl
Standard library only; output is deterministic (string-seeded random.Random).
"""
import argparse
import json
import random
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR

CENT = D("0.01")

# ----------------------------------------------------------------- numbers

def is_2dp(x):
    return x == x.quantize(CENT)


def strip0(x):
    """Minimal decimal string: 12.50 -> 12.5, 12.00 -> 12."""
    x = D(x)
    if x == x.to_integral_value():
        return str(int(x))
    s = format(x.normalize(), "f")
    return s


def commas(s, use):
    if not use:
        return s
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        ip, fp = s.split(".")
        fp = "." + fp
    else:
        ip, fp = s, ""
    out = ""
    while len(ip) > 3:
        out = "," + ip[-3:] + out
        ip = ip[:-3]
    return ("-" if neg else "") + ip + out + fp


def fmt_num(x, kind, st):
    """kind: money | int | num."""
    c = st["commas"]
    if kind == "money":
        s = format(D(x).quantize(CENT), "f")
        if st.get("money_whole") and D(x) == D(x).to_integral_value():
            s = str(int(x))
        s = commas(s, c)
        if st["dollar"]:
            s = st["dollar"] + s
        return s
    if kind == "pct":
        return strip0(x) + st.get("pct", "%")
    return commas(strip0(x), c)


# ----------------------------------------------------------------- steps
# arg: ("lit", value, kind, unit) or ("ref", step_index)
# step: dict(op, args, kind, unit, label, why)

def lit(v, kind="int", unit=""):
    return ("lit", D(v), kind, unit)


def ref(i):
    return ("ref", i)


def S(op, args, kind, unit, label, why):
    return dict(op=op, args=args, kind=kind, unit=unit, label=label, why=why)


def evaluate(steps, override=None):
    """Return list of records: value (used later), shown (written result), approx, quotient info."""
    override = override or {}
    recs = []
    for i, st in enumerate(steps):
        vals = []
        kinds = []
        units = []
        for a in st["args"]:
            if a[0] == "lit":
                vals.append(a[1]); kinds.append(a[2]); units.append(a[3])
            else:
                r = recs[a[1]]
                vals.append(r["value"]); kinds.append(steps[a[1]]["kind"]); units.append(steps[a[1]]["unit"])
        op = st["op"]
        rec = dict(args=vals, akinds=kinds, aunits=units, approx=False, q=None, qapprox=False)
        if op == "mul":
            raw = D(1)
            for v in vals:
                raw *= v
        elif op == "add":
            raw = sum(vals, D(0))
        elif op == "sub":
            raw = vals[0]
            for v in vals[1:]:
                raw -= v
        elif op == "div":
            raw = vals[0] / vals[1]
        elif op == "pct":
            raw = vals[0] * vals[1] / D(100)
        elif op in ("ceil", "floor"):
            q = vals[0] / vals[1]
            if is_2dp(q):
                rec["q"] = q.quantize(CENT).normalize() if q != q.to_integral_value() else q.to_integral_value()
            else:
                rec["q"] = q.quantize(CENT, ROUND_HALF_UP)
                rec["qapprox"] = True
            raw = q.to_integral_value(ROUND_CEILING if op == "ceil" else ROUND_FLOOR)
        else:
            raise ValueError(op)
        if op in ("ceil", "floor"):
            shown = raw
        elif is_2dp(raw):
            shown = raw.quantize(CENT) if st["kind"] == "money" else raw
        else:
            shown = raw.quantize(CENT, ROUND_HALF_UP)
            rec["approx"] = True
        if i in override:
            shown = override[i]
            rec["approx"] = False
        rec["value"] = shown
        rec["shown"] = shown
        recs.append(rec)
    return recs


# ----------------------------------------------------------------- styles

STYLES = {
    "md_headings": dict(mul="×", div="÷", add="+", sub="-", commas=True, dollar="$", units=True, pct_form="of"),
    "bold_labels": dict(mul="×", div="÷", add="+", sub="−", commas=True, dollar="$", units=False, pct_form="dec"),
    "bullets": dict(mul="×", div="/", add="+", sub="-", commas=True, dollar="$", units=True, pct_form="of", money_whole=True),
    "prose": dict(mul=" times ", div=" divided by ", add=" plus ", sub=" minus ", commas=True, dollar="$", units=True, pct_form="of"),
    "latex_inline": dict(mul=r"\times", div=r"\div", add="+", sub="-", commas=True, dollar=r"\$", units=False, pct_form="dec", pct=r"\%"),
    "latex_display": dict(mul=r"\times", div="frac", add="+", sub="-", commas=True, dollar=r"\$", units=False, pct_form="dec", pct=r"\%"),
    "table": dict(mul="×", div="÷", add="+", sub="−", commas=True, dollar="$", units=False, pct_form="of"),
    "terse": dict(mul="*", div="/", add="+", sub="-", commas=False, dollar="", units=False, pct_form="dec"),
    "chatty": dict(mul="x", div="/", add="+", sub="-", commas=True, dollar="$", units=True, pct_form="of", money_whole=True),
    "numbered": dict(mul="·", div="÷", add="+", sub="-", commas=True, dollar="$", units=False, pct_form="dec"),
}
STYLE_NAMES = list(STYLES)


def unit_word(u, v):
    if not u:
        return ""
    if isinstance(u, tuple):
        return u[0] if v == 1 else u[1]
    return u


def arg_text(v, kind, unit, st, with_units):
    s = fmt_num(v, kind, st)
    if with_units and unit and kind != "money":
        w = unit_word(unit, v)
        if v == 1 and w in ("cups", "servings", "hours", "slices", "guests", "pans"):
            w = w[:-1]
        s += " " + w
    return s


def sp(sym):
    if sym.startswith(" ") or sym.startswith("\\"):
        return sym if sym.startswith(" ") else " " + sym + " "
    return " " + sym + " "


def expr_text(step, rec, st, with_units):
    op = step["op"]
    a = rec["args"]
    ks = rec["akinds"]
    us = rec["aunits"]
    if op == "pct":
        pctv, base = a[0], a[1]
        if st["pct_form"] == "of":
            return fmt_num(pctv, "pct", st) + " of " + arg_text(base, ks[1], us[1], st, with_units)
        dec = strip0(pctv / D(100))
        if dec.startswith("."):
            dec = "0" + dec
        return arg_text(base, ks[1], us[1], st, with_units) + sp(st["mul"]) + dec
    sym = {"mul": st["mul"], "add": st["add"], "sub": st["sub"], "div": st["div"], "ceil": st["div"], "floor": st["div"]}[op]
    parts = [arg_text(v, k, u, st, with_units) for v, k, u in zip(a, ks, us)]
    if sym == "frac":
        return r"\frac{%s}{%s}" % (parts[0], parts[1])
    return sp(sym).join(parts)


def res_text(v, kind, unit, st, with_units):
    return arg_text(v, kind, unit, st, with_units)


# ----------------------------------------------------------------- kinds

EVENTS = ["wedding reception", "graduation party", "church potluck", "office holiday lunch", "family reunion",
          "baby shower", "retirement party", "fundraiser dinner", "block party", "rehearsal dinner",
          "quinceañera", "team banquet"]
HOSTS = ["Maria", "Dev", "Aunt Linda", "Coach Ramirez", "Priya", "Kenji", "Mrs. Okafor", "Tom", "Grace", "Luis"]


def money_choice(rng, lo, hi, step=D("0.25")):
    n = int((hi - lo) / step)
    return lo + step * rng.randint(0, n)


def k_portions(rng):
    meat = rng.choice(["brisket", "pulled pork", "salmon", "chicken breast", "glazed ham", "roast turkey"])
    p = rng.choice([4, 5, 6, 8])
    g = 8 * rng.randint(3, 22)
    c = rng.choice([D("5.49"), D("6.99"), D("8.75"), D("4.25"), D("7.50"), D("9.98"), D("3.89"), D("11.40")])
    ev = rng.choice(EVENTS)
    probs = [
        f"I'm hosting a {ev} for {g} guests and serving {meat}. I'm planning on {p} oz of {meat} per person. If {meat} costs ${c} per pound, how much will the {meat} cost?",
        f"A caterer allows {p} ounces of {meat} per guest. For a party of {g}, how much does the {meat} cost at ${c}/lb? (16 oz = 1 lb)",
        f"We're expecting {g} people at the {ev}. Each plate gets a {p}-ounce portion of {meat}, and the butcher charges ${c} a pound. What's the total cost of the {meat}?",
    ]
    steps = [
        S("mul", [lit(g, "int", "guests"), lit(p, "int", "oz")], "int", "oz", f"Total {meat} needed", f"each of the {g} guests gets {p} oz"),
        S("div", [ref(0), lit(16, "int", "")], "num", "lb", "Convert ounces to pounds", "there are 16 oz in a pound"),
        S("mul", [ref(1), lit(c, "money")], "money", "", f"Cost of the {meat}", f"at ${c} per pound"),
    ]
    ans = [f"The {meat} will cost {{A}}.", f"Total cost of the {meat}: {{A}}."]
    return probs, steps, ans


RECIPES = [("mac and cheese", "milk", "shredded cheddar"), ("chili", "crushed tomatoes", "kidney beans"),
           ("potato salad", "mayonnaise", "diced celery"), ("punch", "pineapple juice", "ginger ale"),
           ("rice pilaf", "uncooked rice", "chicken broth"), ("banana pudding", "vanilla pudding", "whipped cream")]


def k_scale(rng):
    dish, i1, i2 = rng.choice(RECIPES)
    while True:
        s = rng.choice([4, 6, 8, 10, 12])
        f = rng.choice([D(2), D("2.5"), D(3), D(4), D(5), D("1.5"), D(6), D("3.5")])
        g = s * f
        a = rng.choice([D("1.5"), D(2), D(3), D("1.25"), D("0.5"), D(4), D("2.5"), D("0.75")])
        b = rng.choice([D("1.5"), D(2), D(1), D("1.25"), D("0.5"), D(3), D("0.25")])
        if a != b and g == g.to_integral_value() and is_2dp(a * f) and is_2dp(b * f) and g >= 12:
            break
    g = int(g)
    host = rng.choice(HOSTS)
    probs = [
        f"{host}'s {dish} recipe serves {s} and uses {strip0(a)} cups of {i1} and {strip0(b)} cups of {i2}. {host} needs to feed {g} people. How many cups of {i1} and {i2} combined will the scaled recipe need?",
        f"A recipe for {dish} makes {s} servings with {strip0(a)} cups {i1} and {strip0(b)} cups {i2}. If I scale it up to serve {g}, how many cups of those two ingredients do I need in total?",
        f"Scaling up {dish} for a crowd: the original (serves {s}) calls for {strip0(a)} c. {i1} and {strip0(b)} c. {i2}. We need {g} servings. Total cups of {i1} plus {i2}?",
    ]
    steps = [
        S("div", [lit(g, "int", "servings"), lit(s, "int", "servings")], "num", "", "Scale factor", f"we need {g} servings and the recipe makes {s}"),
        S("mul", [lit(a, "num", "cups"), ref(0)], "num", "cups", f"{i1[0].upper() + i1[1:]}", f"the {i1} gets multiplied by the factor"),
        S("mul", [lit(b, "num", "cups"), ref(0)], "num", "cups", f"{i2[0].upper() + i2[1:]}", f"same for the {i2}"),
        S("add", [ref(1), ref(2)], "num", "cups", "Combined", "adding the two together"),
    ]
    ans = [f"The scaled recipe needs {{A}} of {i1} and {i2} combined.", "Total: {A}."]
    return probs, steps, ans


ITEMS = [("mini quiches", "tray"), ("deviled eggs", "platter"), ("meatballs", "pan"), ("slider buns", "pack"),
         ("spring rolls", "box"), ("cupcakes", "batch"), ("chocolate chip cookies", "batch")]


def k_batches(rng):
    item, cont = rng.choice(ITEMS)
    while True:
        g = rng.randint(30, 180)
        k = rng.choice([2, 3, 4])
        t = rng.choice([12, 16, 18, 20, 24, 30, 36, 48])
        if (g * k) % t or rng.random() < 0.15:
            break
    probs = [
        f"For a party of {g}, I want {k} {item} per guest. Each {cont} makes {t}. How many {item} will be left over if I make only as many full {cont}es as I need?".replace("packes", "packs").replace("traes", "trays").replace("panes", "pans").replace("plattees", "platters").replace("plates", "plates").replace("platteres", "platters"),
        f"A caterer plans {k} {item} for each of {g} guests. They come {t} to a {cont}, and only whole {cont}s can be made. How many extra {item} will there be?".replace("boxs", "boxes").replace("batchs", "batches"),
        f"{g} guests, {k} {item} each, {t} {item} per {cont}. If you round up to whole {cont}s, how many {item} are left over?".replace("boxs", "boxes").replace("batchs", "batches"),
    ]
    plural = {"tray": ("tray", "trays"), "platter": ("platter", "platters"), "pan": ("pan", "pans"), "pack": ("pack", "packs"),
              "box": ("box", "boxes"), "batch": ("batch", "batches")}[cont]
    probs[0] = f"For a party of {g}, I want {k} {item} per guest. Each {cont} makes {t}. How many {item} will be left over if I make only as many full {plural[1]} as I need?"
    steps = [
        S("mul", [lit(g, "int", "guests"), lit(k, "int", "")], "int", "pieces", f"Total {item} needed", f"{g} guests eat {k} each"),
        S("ceil", [ref(0), lit(t, "int", "")], "int", plural, f"Number of {plural[1]}", f"each {cont} holds {t}"),
        S("mul", [ref(1), lit(t, "int", "")], "int", "pieces", f"{item[0].upper() + item[1:]} actually made", f"whole {plural[1]} of {t}"),
        S("sub", [ref(2), ref(0)], "int", "pieces", "Leftovers", "made minus needed"),
    ]
    ans = [f"There will be {{A}} {item} left over.", f"{{A}} extra {item}."]
    return probs, steps, ans


def k_cost_plate(rng):
    g = rng.randint(18, 120)
    a = money_choice(rng, D("40"), D("160"), D("0.01"))
    b = money_choice(rng, D("90"), D("420"), D("0.01"))
    c = money_choice(rng, D("15"), D("90"), D("0.01"))
    d = rng.choice([D("0.85"), D("1.25"), D("0.60"), D("1.10"), D("0.75")])
    ev = rng.choice(EVENTS)
    probs = [
        f"For a {ev} with {g} guests I spent ${commas(str(a), True)} on produce, ${commas(str(b), True)} on meat and ${commas(str(c), True)} on bread and rolls. Disposable plates and cutlery add ${d} per guest. What is the cost per plate, to the nearest cent?",
        f"Grocery receipts for a {g}-person dinner: produce ${a}, meat ${b}, bakery ${c}. Add ${d} per plate for disposables. What does each plate cost?",
        f"A home cook feeding {g} people spends ${a} + ${b} + ${c} on food, plus ${d} a head on plates and napkins. Food cost per plate including disposables (round to cents)?",
    ]
    steps = [
        S("add", [lit(a, "money"), lit(b, "money"), lit(c, "money")], "money", "", "Total food cost", "adding up the receipts"),
        S("div", [ref(0), lit(g, "int", "guests")], "money", "", "Food cost per plate", f"split over {g} guests"),
        S("add", [ref(1), lit(d, "money")], "money", "", "Add disposables", f"plus ${d} for disposables"),
    ]
    ans = ["Each plate costs about {A}.", "Cost per plate: {A}."]
    return probs, steps, ans


def k_markup(rng):
    c = money_choice(rng, D("7.50"), D("22.75"), D("0.05"))
    m = rng.choice([20, 25, 30, 35, 40, 50, 60, 75])
    g = rng.randint(25, 220)
    probs = [
        f"Our food cost is ${c} per plate and we mark it up {m}%. What do we charge in total for an event with {g} guests?",
        f"A caterer's cost per plate is ${c}. She adds a {m}% markup to set her price. How much will a client pay for {g} plates?",
        f"Cost per plate ${c}, markup {m}% on cost, {g} guests. What is the total food charge?",
    ]
    steps = [
        S("pct", [lit(m, "pct"), lit(c, "money")], "money", "", "Markup per plate", f"{m}% of the cost"),
        S("add", [lit(c, "money"), ref(0)], "money", "", "Price per plate", "cost plus markup"),
        S("mul", [ref(1), lit(g, "int", "plates")], "money", "", "Total charge", f"for {g} guests"),
    ]
    ans = ["The total charge is {A}.", "Client pays {A}."]
    return probs, steps, ans


def k_fees(rng):
    g = rng.randint(30, 250)
    p = money_choice(rng, D("18.50"), D("65"), D("0.25"))
    fee = rng.choice([15, 18, 20, 22])
    tax = rng.choice([D(6), D(7), D(8), D("8.25"), D("6.5"), D("7.25")])
    probs = [
        f"A banquet menu is ${p} per guest. There's a {fee}% service fee and {strip0(tax)}% sales tax, both charged on the food subtotal only. What's the total bill for {g} guests?",
        f"Catering quote: {g} guests at ${p} each, plus a {fee}% service charge and {strip0(tax)}% tax on the food. How much is the whole bill?",
        f"We booked {g} plates at ${p}. The venue adds {fee}% service and {strip0(tax)}% tax (each on the food subtotal). Total due?",
    ]
    steps = [
        S("mul", [lit(g, "int", "guests"), lit(p, "money")], "money", "", "Food subtotal", f"{g} plates at ${p}"),
        S("pct", [lit(fee, "pct"), ref(0)], "money", "", "Service fee", f"{fee}% of the subtotal"),
        S("pct", [lit(tax, "pct"), ref(0)], "money", "", "Sales tax", f"{strip0(tax)}% of the subtotal"),
        S("add", [ref(0), ref(1), ref(2)], "money", "", "Total bill", "adding it all up"),
    ]
    ans = ["The total bill is {A}.", "Grand total: {A}."]
    return probs, steps, ans


def k_togo(rng):
    while True:
        n = rng.randint(4, 14)
        s = rng.choice([12, 15, 18, 20, 24])
        g = rng.randint(25, 200)
        q = rng.randint(5, 40)
        k = rng.choice([3, 4, 5, 6])
        left = n * s - g - q
        if 10 <= left <= 90 and left % k:
            break
    dish = rng.choice(["lasagna", "enchiladas", "baked ziti", "shepherd's pie", "jambalaya"])
    probs = [
        f"We made {n} pans of {dish} with {s} servings each. {g} guests each had one serving and {q} of them went back for seconds. If a to-go container holds {k} servings, how many containers do we need for the leftovers?",
        f"After the party: {n} trays of {dish} × {s} servings per tray were prepared. Guests ate {g} first servings and {q} seconds. Leftovers are packed {k} servings per container. How many containers?",
        f"{n} pans of {dish}, {s} servings per pan. {g} people ate one serving, and there were {q} second helpings. How many {k}-serving containers are needed to pack up everything left?",
    ]
    steps = [
        S("mul", [lit(n, "int", "pans"), lit(s, "int", "servings")], "int", "servings", "Servings made", f"{n} pans with {s} servings each"),
        S("add", [lit(g, "int", ""), lit(q, "int", "")], "int", "servings", "Servings eaten", "first servings plus seconds"),
        S("sub", [ref(0), ref(1)], "int", "servings", "Servings left", "made minus eaten"),
        S("ceil", [ref(2), lit(k, "int", "")], "int", ("container", "containers"), "Containers", f"each container holds {k}"),
    ]
    ans = ["You need {A} containers.", "{A} to-go containers."]
    return probs, steps, ans


def k_budget(rng):
    while True:
        B = D(50 * rng.randint(50, 180))
        V = D(25 * rng.randint(12, 60))
        R = money_choice(rng, D("120"), D("650"), D("0.50"))
        P = money_choice(rng, D("18.75"), D("42"), D("0.25"))
        rem = B - V - R
        if rem > 20 * P and (rem / P) != (rem / P).to_integral_value():
            break
    probs = [
        f"My budget for a {rng.choice(EVENTS)} is ${commas(str(B), True)}. The hall costs ${commas(str(V), True)} and table and linen rentals are ${R}. Catering is ${P} per person. What is the most guests I can invite?",
        f"Total budget ${B}; venue ${V}; rentals ${R}; food ${P} per plate. How many guests can be fed without going over budget?",
        f"With ${commas(str(B), True)} to spend, after paying ${commas(str(V), True)} for the venue and ${R} for rentals, how many ${P} plates can we afford?",
    ]
    steps = [
        S("add", [lit(V, "money"), lit(R, "money")], "money", "", "Fixed costs", "venue plus rentals"),
        S("sub", [lit(B, "money"), ref(0)], "money", "", "Left for food", "budget minus fixed costs"),
        S("floor", [ref(1), lit(P, "money")], "int", ("guest", "guests"), "Maximum guests", f"each plate is ${P}"),
    ]
    ans = ["You can invite at most {A} guests.", "Max guest count: {A}."]
    return probs, steps, ans


def k_drinks(rng):
    drink, cont, k, lo, hi = rng.choice([("wine", "bottle", 5, D("8.99"), D("18.50")), ("lemonade", "gallon jug", 16, D("3.49"), D("6.99")),
                                          ("iced tea", "gallon", 16, D("2.99"), D("5.49")), ("soda", "2-liter bottle", 8, D("1.79"), D("3.29")),
                                          ("sparkling cider", "bottle", 6, D("3.99"), D("7.49"))])
    g = rng.randint(30, 160)
    d = rng.choice([1, 2])
    h = rng.choice([2, 3, 4, 5])
    pr = money_choice(rng, lo, hi, D("0.01"))
    probs = [
        f"Plan on {d} glass{'es' if d > 1 else ''} of {drink} per guest per hour. The party has {g} guests and lasts {h} hours. One {cont} pours {k} glasses and costs ${pr}. How much will the {drink} cost?",
        f"For {g} guests over {h} hours at {d} drink{'s' if d > 1 else ''} per person per hour, how much {drink} do we buy? Each {cont} gives {k} glasses at ${pr}. Give the cost.",
        f"{drink.capitalize()} for the {rng.choice(EVENTS)}: {g} guests × {h} hours, {d} per guest each hour, {k} glasses per {cont}, ${pr} per {cont}. Total cost?",
    ]
    contp = (cont, "boxes" if cont.endswith("x") else cont + "s")
    steps = [
        S("mul", [lit(g, "int", "guests"), lit(d, "int", ""), lit(h, "int", "hours")], "int", "glasses", "Total glasses", f"{g} guests, {d} per hour, {h} hours"),
        S("ceil", [ref(0), lit(k, "int", "")], "int", contp, f"Number of {contp[1]}", f"each {cont} pours {k}"),
        S("mul", [ref(1), lit(pr, "money")], "money", "", f"Cost of {drink}", f"at ${pr} each"),
    ]
    ans = [f"The {drink} will cost {{A}}.", "Drink cost: {A}."]
    return probs, steps, ans


def k_deposit(rng):
    g = rng.randint(40, 240)
    p = money_choice(rng, D("24"), D("78"), D("0.50"))
    dp = rng.choice([25, 30, 40, 50, 35])
    probs = [
        f"A caterer charges ${p} per guest and requires a {dp}% deposit when you book. For {g} guests, how much is still owed after the deposit?",
        f"Booking {g} guests at ${p} a head. The deposit is {dp}% of the total. What is the remaining balance?",
        f"Quote: ${p}/person × {g} people. {dp}% down at signing. Balance due on the event day?",
    ]
    steps = [
        S("mul", [lit(p, "money"), lit(g, "int", "guests")], "money", "", "Total quote", f"{g} guests at ${p}"),
        S("pct", [lit(dp, "pct"), ref(0)], "money", "", "Deposit", f"{dp}% of the total"),
        S("sub", [ref(0), ref(1)], "money", "", "Balance due", "total minus deposit"),
    ]
    ans = ["The remaining balance is {A}.", "Balance due: {A}."]
    return probs, steps, ans


def k_profit(rng):
    while True:
        c = money_choice(rng, D("28"), D("55"), D("0.50"))
        g = rng.randint(40, 200)
        f = money_choice(rng, D("9"), D("18"), D("0.25"))
        n = rng.randint(3, 8)
        w = money_choice(rng, D("16"), D("25"), D("0.50"))
        h = rng.randint(4, 8)
        prof = c * g - f * g - n * w * h
        if prof > 300:
            break
    probs = [
        f"I charge ${c} per guest for a {g}-guest party. Food costs me ${f} per guest, and I hire {n} servers at ${w}/hour for {h} hours. What is my profit?",
        f"A small catering business bills ${c} a head for {g} guests. Ingredients run ${f} per head, and {n} staff work {h} hours each at ${w} an hour. Profit on the job?",
        f"Revenue: {g} guests × ${c}. Costs: food ${f}/guest, labor {n} workers × {h} h × ${w}/h. Find the profit.",
    ]
    steps = [
        S("mul", [lit(g, "int", "guests"), lit(c, "money")], "money", "", "Revenue", f"{g} guests at ${c}"),
        S("mul", [lit(g, "int", "guests"), lit(f, "money")], "money", "", "Food cost", f"${f} per guest"),
        S("mul", [lit(n, "int", "staff"), lit(w, "money"), lit(h, "int", "hours")], "money", "", "Labor", f"{n} servers for {h} hours"),
        S("sub", [ref(0), ref(1), ref(2)], "money", "", "Profit", "revenue minus costs"),
    ]
    ans = ["The profit is {A}.", "Profit: {A}."]
    return probs, steps, ans


def k_split(rng):
    while True:
        g = 20 * rng.randint(2, 10)
        pc = rng.choice([25, 40, 60, 75, 45, 35, 65, 55])
        if g * pc % 100 == 0:
            break
    co = rng.choice([5, 6, 8])
    vo = rng.choice([4, 6, 7, 10])
    probs = [
        f"Of the {g} RSVPs, {pc}% chose chicken and the rest chose the vegetarian lasagna. Chicken portions are {co} oz and lasagna portions are {vo} oz. How many ounces of entrée do we need in total?",
        f"{g} guests; {pc}% want chicken ({co} oz each), everyone else gets eggplant parm ({vo} oz each). Total ounces of entrées?",
        f"For a plated dinner of {g}, {pc}% of the cards say salmon ({co}-oz portions) and the others say mushroom risotto ({vo}-oz portions). How many ounces of main course must the kitchen prep?",
    ]
    steps = [
        S("pct", [lit(pc, "pct"), lit(g, "int", "guests")], "int", "guests", "First entrée guests", f"{pc}% of {g}"),
        S("sub", [lit(g, "int", "guests"), ref(0)], "int", "guests", "Other entrée guests", "the rest"),
        S("mul", [ref(0), lit(co, "int", "oz")], "int", "oz", "Ounces of first entrée", f"{co} oz each"),
        S("mul", [ref(1), lit(vo, "int", "oz")], "int", "oz", "Ounces of second entrée", f"{vo} oz each"),
        S("add", [ref(2), ref(3)], "int", "oz", "Total ounces", "both entrées together"),
    ]
    ans = ["The kitchen needs {A} oz of entrées.", "Total entrée weight: {A} oz."]
    return probs, steps, ans


def k_pizza(rng):
    g = rng.randint(15, 90)
    sl = rng.choice([2, 3, 4])
    per = rng.choice([8, 10, 12])
    pr = money_choice(rng, D("11.99"), D("19.50"), D("0.01"))
    probs = [
        f"I'm ordering pizza for {g} kids at a {rng.choice(['birthday party', 'team party', 'class party'])}. Figure {sl} slices each; a large pizza has {per} slices and costs ${pr}. What's the cost per kid, to the nearest cent?",
        f"{g} people, {sl} slices per person, {per} slices per pizza, ${pr} per pizza. Round up to whole pizzas. How much per person?",
        f"Pizza lunch for {g}: each gets {sl} slices. Pizzas are cut into {per} and sell for ${pr}. If we only buy whole pizzas, what does it cost per person?",
    ]
    steps = [
        S("mul", [lit(g, "int", "people"), lit(sl, "int", "slices")], "int", "slices", "Slices needed", f"{sl} slices each"),
        S("ceil", [ref(0), lit(per, "int", "")], "int", ("pizza", "pizzas"), "Pizzas", f"{per} slices per pizza"),
        S("mul", [ref(1), lit(pr, "money")], "money", "", "Pizza cost", f"${pr} each"),
        S("div", [ref(2), lit(g, "int", "people")], "money", "", "Cost per person", f"split {g} ways"),
    ]
    ans = ["That's about {A} per person.", "Per person: {A}."]
    return probs, steps, ans


def k_coffee(rng):
    while True:
        g = rng.randint(40, 220)
        cp = rng.choice([D("1.5"), D(2), D("1.5"), D("2.5")])
        urn = rng.choice([30, 40, 50, 55, 60, 100])
        oz = rng.choice([10, 12, 16, 18, 20])
        tot = g * cp
        if tot / urn != (tot / urn).to_integral_value():
            break
    probs = [
        f"For a {g}-person {rng.choice(['conference breakfast', 'church brunch', 'memorial reception'])} we estimate {strip0(cp)} cups of coffee per person. Our urn brews {urn} cups per batch using {oz} oz of grounds. How many ounces of grounds do we need?",
        f"Coffee planning: {g} guests × {strip0(cp)} cups each. One urn batch = {urn} cups and takes {oz} oz of coffee. Only full batches. How many ounces of coffee grounds?",
        f"A {urn}-cup coffee urn needs {oz} ounces of ground coffee per batch. If {g} guests drink about {strip0(cp)} cups each, how much ground coffee should I bring (in ounces)?",
    ]
    steps = [
        S("mul", [lit(g, "int", "guests"), lit(cp, "num", "cups")], "num", "cups", "Cups needed", f"{strip0(cp)} cups each"),
        S("ceil", [ref(0), lit(urn, "int", "")], "int", ("batch", "batches"), "Urn batches", f"{urn} cups per batch"),
        S("mul", [ref(1), lit(oz, "int", "oz")], "int", "oz", "Coffee grounds", f"{oz} oz per batch"),
    ]
    ans = ["Bring {A} oz of ground coffee.", "Grounds needed: {A} oz."]
    return probs, steps, ans


KINDS = [("portions", k_portions), ("scale", k_scale), ("batches", k_batches), ("plate", k_cost_plate),
         ("markup", k_markup), ("fees", k_fees), ("togo", k_togo), ("budget", k_budget), ("drinks", k_drinks),
         ("deposit", k_deposit), ("profit", k_profit), ("split", k_split), ("pizza", k_pizza), ("coffee", k_coffee)]
TEMPLATES_PER_KIND = 12
SETS = 4

# ----------------------------------------------------------------- rendering

CONNECT = ["First", "Next", "Then", "Now", "After that", "Finally"]


def step_lines(style, i, n, step, rec, shown, rng, kind_final):
    """Return (lines, idx_of_result_line)."""
    st = STYLES[style]
    units = st["units"]
    op = step["op"]
    ex = expr_text(step, rec, st, units)
    rel = "≈" if rec["approx"] else "="
    if style.startswith("latex"):
        rel = r"\approx" if rec["approx"] else "="
    res = res_text(shown, step["kind"], step["unit"], st, units or style in ("bullets",))
    if op in ("ceil", "floor"):
        qs = fmt_num(rec["q"], "num", st)
        qrel = ("≈" if rec["qapprox"] else "=") if not style.startswith("latex") else (r"\approx" if rec["qapprox"] else "=")
        uw = unit_word(step["unit"], shown)
        whole = not rec["qapprox"] and rec["q"] == rec["q"].to_integral_value()
        if whole:
            core = f"{ex} {qrel} {qs}"
            tail = f"exactly {fmt_num(shown, 'int', st)} {uw}"
        elif op == "ceil":
            core = f"{ex} {qrel} {qs}"
            tail = rng.choice([f"so round up to {fmt_num(shown, 'int', st)} {uw}", f"which means {fmt_num(shown, 'int', st)} {uw} (we can't make a partial one)",
                               f"→ {fmt_num(shown, 'int', st)} {uw}"])
        else:
            core = f"{ex} {qrel} {qs}"
            tail = rng.choice([f"so round down to {fmt_num(shown, 'int', st)} {uw}", f"so at most {fmt_num(shown, 'int', st)} {uw} (you can't serve part of a guest)"])
        if style == "latex_inline":
            line = f"{step['label']}: \\({core}\\){'' if tail.startswith('→') else ','} {tail}."
            return [line], 0
        if style == "latex_display":
            return [f"**{step['label']}:**", "\\[", core, "\\]", tail[0].upper() + tail[1:] + "."], 2
        if style == "table":
            return [f"| {step['label']} | {core}, round {'up' if op == 'ceil' else 'down'} | {fmt_num(shown, 'int', st)} {uw} |"], 0
        if style == "terse":
            return [f"{core} -> {fmt_num(shown, 'int', st)}"], 0
        body = f"{core} {tail}" if tail.startswith("→") else f"{core}, {tail}"
    else:
        body = f"{ex} {rel} {res}"
    lab = step["label"]
    why = step["why"]
    if style == "md_headings":
        return [f"### Step {i + 1}: {lab}", "", f"{why[0].upper() + why[1:]}:", "", body, ""], 4
    if style == "bold_labels":
        if op not in ("ceil", "floor"):
            body = f"{ex} {rel} **{res}**"
        return [f"**{lab}:** {body}"], 0
    if style == "bullets":
        return [f"- {lab}: {body}"], 0
    if style == "prose":
        c = CONNECT[min(i, 4)] if i < n - 1 else "Finally"
        if op not in ("ceil", "floor") and rng.random() < 0.4 and not rec["approx"]:
            body = f"{ex} equals {res}"
        form = rng.randrange(3)
        if form == 0:
            s = f"{c}, {why}, so {body}."
        elif form == 1:
            s = f"{c}, {lab[0].lower() + lab[1:]}: {body}."
        else:
            s = f"{c} we need the {lab[0].lower() + lab[1:]}. Since {why}, that's {body}."
        if rec["approx"] and step["kind"] == "money":
            s = s[:-1] + " (rounded to the nearest cent)."
        return [s], 0
    if style == "latex_inline":
        if op in ("ceil", "floor"):
            pass
        return [f"{lab}: \\({ex} {rel} {res}\\)" + (f" {unit_word(step['unit'], shown)}" if step['unit'] and step['kind'] != 'money' else "") + "."], 0
    if style == "latex_display":
        u = unit_word(step["unit"], shown)
        ut = f"\\text{{ {u}}}" if u and step["kind"] != "money" else ""
        return [f"**{lab}:**", "\\[", f"{ex} {rel} {res}{ut}", "\\]"], 2
    if style == "table":
        u = unit_word(step["unit"], shown)
        return [f"| {lab} | {ex} | {'≈ ' if rec['approx'] else ''}{res}{(' ' + u) if u and step['kind'] != 'money' else ''} |"], 0
    if style == "terse":
        return [body], 0
    if style == "chatty":
        openers = ["Okay, so", "Alright,", "Now", "Next up,", "Then", "And"]
        o = openers[i] if i < len(openers) else "Then"
        form = rng.randrange(3)
        if form == 0:
            s = f"{o} {why}. That's {body}."
        elif form == 1:
            s = f"{o} let's get the {lab[0].lower() + lab[1:]}: {body}."
        else:
            s = f"{o} {lab[0].lower() + lab[1:]} — {body}."
        return [s], 0
    if style == "numbered":
        return [f"{i + 1}. **{lab}**: {body}"], 0
    raise ValueError(style)


def check_line(style, steps, recs, target, rng):
    """Inverse-operation check on step `target` (exact, non-ceil)."""
    st = STYLES[style]
    step, rec = steps[target], recs[target]
    k = step["kind"]
    a = rec["args"]
    ks = rec["akinds"]
    r = rec["shown"]
    mul, div, add, sub = st["mul"], st["div"], st["add"], st["sub"]
    if div == "frac":
        div = r"\div"
    if step["op"] == "sub" and len(a) == 2:
        e = f"{fmt_num(r, k, st)}{sp(add)}{fmt_num(a[1], ks[1], st)} = {fmt_num(a[0], ks[0], st)}"
    elif step["op"] == "mul" and len(a) == 2 and a[1] != 0:
        e = f"{fmt_num(r, k, st)}{sp(div)}{fmt_num(a[1], ks[1], st)} = {fmt_num(a[0], ks[0], st)}"
    elif step["op"] == "div":
        e = f"{fmt_num(r, k, st)}{sp(mul)}{fmt_num(a[1], ks[1], st)} = {fmt_num(a[0], ks[0], st)}"
    elif step["op"] == "add" and len(a) == 2:
        e = f"{fmt_num(r, k, st)}{sp(sub)}{fmt_num(a[1], ks[1], st)} = {fmt_num(a[0], ks[0], st)}"
    else:
        return None
    if style == "latex_inline":
        return f"Check: \\({e}\\) ✓"
    if style == "latex_display":
        return f"Check: \\({e}\\) ✓"
    if style == "terse":
        return f"check: {e} ok"
    if style == "prose":
        return f"As a check, {e}, which matches."
    if style == "chatty":
        return f"Quick sanity check: {e}. ✓ Looks right!"
    return f"**Check:** {e} ✓" if style in ("bold_labels", "md_headings", "numbered") else f"Check: {e} ✓"


INTROS = {
    "md_headings": ["## Solution", "## Let's work through it"],
    "bold_labels": ["Here's the breakdown:", "Let's calculate step by step."],
    "bullets": ["Let's break this down:", "Step by step:"],
    "prose": ["Let's work this out.", "We can solve this in a few steps."],
    "latex_inline": ["Let's set up the calculation.", "We compute each quantity in turn."],
    "latex_display": ["We'll go step by step.", "Let's solve this carefully."],
    "table": ["Here's the calculation laid out:", "Summary of the math:"],
    "terse": [],
    "chatty": ["Great question — planning food for a crowd is all about the math! Let's go.", "Sure! Let's figure this out together."],
    "numbered": ["**Solution**", "Let's solve it in steps:"],
}


def final_str(v):
    return strip0(v)


def render(style, steps, recs, ans_tpl, rng_seed, shown_override=None, check_target=None):
    """Render; shown_override: {idx: wrong} display-only (slip). Returns text lines and result line indices."""
    rng = random.Random(rng_seed)
    st = STYLES[style]
    lines = []
    res_idx = []
    intro = INTROS[style]
    if intro:
        lines.append(rng.choice(intro))
        lines.append("")
    if style == "table":
        lines += ["| Step | Calculation | Result |", "|---|---|---|"]
    n = len(steps)
    for i, (step, rec) in enumerate(zip(steps, recs)):
        shown = rec["shown"]
        if shown_override and i in shown_override:
            shown = shown_override[i]
        ls, ri = step_lines(style, i, n, step, rec, shown, rng, None)
        res_idx.append(len(lines) + ri)
        lines += ls
    if style == "table":
        lines.append("")
    want_check = check_target is not None
    if want_check:
        cl = check_line(style, steps, recs, check_target, rng)
        if cl:
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(cl)
    last = steps[-1]
    fv = recs[-1]["value"]
    if last["kind"] == "money":
        a = fmt_num(fv, "money", dict(st, dollar=st["dollar"] or "$", commas=st["commas"]))
        if style.startswith("latex"):
            a = fmt_num(fv, "money", dict(st, dollar="\\$"))
    else:
        a = fmt_num(fv, "num", st)
        u = unit_word(last["unit"], fv)
        if u and u not in ("pieces",) and "{A} oz" not in "".join(ans_tpl):
            if u in ("servings", "containers", "guests", "guest", "container"):
                pass
            else:
                a = a + " " + u
    tpl = rng.choice(ans_tpl)
    if "{A} oz" in tpl and a.endswith(" oz"):
        a = a[:-3]
    sent = tpl.replace("{A}", a)
    if lines and lines[-1] != "":
        lines.append("")
    if style == "md_headings":
        lines += ["### Answer", "", sent.replace(a, f"**{a}**", 1)]
    elif style == "latex_display":
        lines += [sent, "", f"\\[\n\\boxed{{{final_str(fv)}}}\n\\]"]
    elif style == "numbered":
        lines += [f"**Answer:** {sent}"]
    elif style == "terse":
        lines += [f"Answer: {final_str(fv)}"]
    elif style == "bold_labels":
        lines += [f"**{sent}**"]
    else:
        lines += [sent]
    lines += ["", f"#### {final_str(fv)}"]
    return lines, res_idx


def join_lines(lines):
    text = "\n".join(lines)
    offs = []
    p = 0
    for l in lines:
        offs.append((p, p + len(l)))
        p += len(l) + 1
    return text, offs


# ----------------------------------------------------------------- faults

def digits_variants(s):
    return s


def make_wrong(rng, right, kind, a, op):
    """Return (wrong Decimal, kind name) or None."""
    kinds = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_operation", "decimal_shift"]
    rng.shuffle(kinds)
    for fk in kinds:
        w = None
        money = kind == "money"
        if fk == "off_by_one":
            d = rng.choice([-1, 1])
            if money and rng.random() < 0.5:
                w = right + D(d) * CENT
            else:
                w = right + d
        elif fk == "off_by_ten":
            w = right + rng.choice([-10, 10])
        elif fk in ("swap_digits", "drop_digit", "double_digit"):
            s = format(right.quantize(CENT), "f") if money else strip0(right)
            ds = [i for i, ch in enumerate(s) if ch.isdigit()]
            if len(ds) < 2:
                continue
            if fk == "swap_digits":
                cands = [(ds[j], ds[j + 1]) for j in range(len(ds) - 1) if s[ds[j]] != s[ds[j + 1]] and ds[j + 1] == ds[j] + 1]
                if not cands:
                    continue
                x, y = rng.choice(cands)
                t = list(s)
                t[x], t[y] = t[y], t[x]
                s2 = "".join(t)
            elif fk == "drop_digit":
                j = rng.choice(ds[1:] if len(ds) > 1 else ds)
                s2 = s[:j] + s[j + 1:]
            else:
                j = rng.choice(ds)
                s2 = s[:j] + s[j] + s[j:]
            if s2.startswith(".") or s2.endswith("."):
                continue
            w = D(s2)
        elif fk == "wrong_operation":
            if op == "mul" and len(a) == 2:
                w = a[0] + a[1]
            elif op == "add" and len(a) == 2:
                w = a[0] * a[1]
            elif op == "sub" and len(a) == 2:
                w = a[0] + a[1]
            elif op == "div":
                w = a[0] - a[1]
            else:
                continue
        elif fk == "decimal_shift":
            if not money and right == right.to_integral_value():
                continue
            w = right * 10 if rng.random() < 0.5 else right / 10
        if w is None:
            continue
        if money:
            if not is_2dp(w):
                continue
            w = w.quantize(CENT)
        elif kind == "int" and w != w.to_integral_value():
            continue
        elif not is_2dp(w):
            continue
        if w <= 0 or w == right:
            continue
        return w, fk
    return None


def faultable(steps, recs):
    return [i for i, (s, r) in enumerate(zip(steps, recs)) if s["op"] not in ("ceil", "floor") and not r["approx"]]


# ----------------------------------------------------------------- build

def build(out):
    rows = []
    for ki, (kname, fn) in enumerate(KINDS):
        for t in range(TEMPLATES_PER_KIND):
            style = STYLE_NAMES[(ki * TEMPLATES_PER_KIND + t) % len(STYLE_NAMES)]
            phr = t % 3
            tid = f"{kname}-t{t}"
            for ns in range(SETS):
                seed = f"cater|{tid}|{ns}"
                rng = random.Random(seed)
                probs, steps, ans = fn(rng)
                recs = evaluate(steps)
                pid = f"{kname}-{t}-{ns}"
                fsteps = faultable(steps, recs)
                use_check = style in ("md_headings", "bold_labels", "chatty", "terse", "numbered", "prose") and (t + ns) % 2 == 0
                check_target = None
                if use_check:
                    cands = [i for i in fsteps if steps[i]["op"] in ("sub", "mul", "div", "add") and len(recs[i]["args"]) == 2]
                    if cands and len(fsteps) > 1:
                        check_target = cands[-1]
                    fsteps2 = [i for i in fsteps if i != check_target]
                else:
                    fsteps2 = fsteps
                rseed = seed + "|render"
                base = dict(pid=pid, template=tid, style=style, problem=probs[phr])
                final = final_str(recs[-1]["value"])
                # correct
                lines, ridx = render(style, steps, recs, ans, rseed, check_target=check_target)
                text, offs = join_lines(lines)
                rows.append(dict(base, variant="correct", solution=text, final=final))
                # slip
                frng = random.Random(seed + "|fault")
                slip_c = [i for i in fsteps2 if i != len(steps) - 1] or fsteps2
                for _ in range(50):
                    k = frng.choice(slip_c)
                    mw = make_wrong(frng, recs[k]["shown"], steps[k]["kind"], recs[k]["args"], steps[k]["op"])
                    if mw:
                        break
                w, fk = mw
                lines, ridx = render(style, steps, recs, ans, rseed, shown_override={k: w}, check_target=check_target)
                text, offs = join_lines(lines)
                s0, s1 = offs[ridx[k]]
                rows.append(dict(base, variant="slip", solution=text, final=final, span=[s0, s1],
                                 wrong=fmt_plain(w, steps[k]["kind"]), right=fmt_plain(recs[k]["shown"], steps[k]["kind"]),
                                 step=k + 1, kind=fk))
                # carry
                got = None
                for _ in range(200):
                    k = frng.choice(fsteps2)
                    mw = make_wrong(frng, recs[k]["shown"], steps[k]["kind"], recs[k]["args"], steps[k]["op"])
                    if not mw:
                        continue
                    w, fk = mw
                    crecs = evaluate(steps, override={k: w})
                    if crecs[-1]["value"] == recs[-1]["value"] or any(r["value"] < 0 for r in crecs):
                        continue
                    if check_target is not None and crecs[check_target]["approx"]:
                        continue
                    got = (k, w, fk, crecs)
                    break
                k, w, fk, crecs = got
                lines, ridx = render(style, steps, crecs, ans, rseed, check_target=check_target)
                text, offs = join_lines(lines)
                s0, s1 = offs[ridx[k]]
                rows.append(dict(base, variant="carry", solution=text, final=final, span=[s0, s1],
                                 wrong=fmt_plain(w, steps[k]["kind"]), right=fmt_plain(recs[k]["shown"], steps[k]["kind"]),
                                 step=k + 1, kind=fk))
                # loop
                lines, ridx = render(style, steps, recs, ans, rseed, check_target=check_target)
                lrng = random.Random(seed + "|loop")
                cut_step = lrng.randrange(0, len(steps) - 1) if len(steps) > 1 else 0
                end = ridx[cut_step] + 1
                u = lrng.choice([1, 1, 2, 3])
                if style == "md_headings":
                    u = 5 if lrng.random() < 0.5 else 1
                if style == "latex_display":
                    u = 4
                    end = ridx[cut_step] + 2
                first = ridx[0] - (4 if style == "md_headings" else 2 if style == "latex_display" else 0)
                start = max(first, end - u)
                while start < end - 1 and lines[start] == "":
                    start += 1
                unit = lines[start:end]
                reps = lrng.randint(8, 30)
                head = lines[:start]
                body = unit * reps
                text_head = "\n".join(head) + ("\n" if head else "")
                unit_text = "\n".join(unit) + "\n"
                text = text_head + unit_text * reps
                # truncated tail (max tokens) in some rows
                if lrng.random() < 0.5:
                    spaces = [j for j, ch in enumerate(unit_text[:-1]) if ch == " " and j > 0]
                    cut = lrng.choice(spaces) if spaces else len(unit_text) // 2
                    text += unit_text[:cut]
                else:
                    text = text[:-1]
                s0 = len(text_head) + len(unit_text)
                s1 = s0 + len(unit_text) - 1
                rows.append(dict(base, variant="loop", solution=text, final=final, span=[s0, s1], repeats=reps))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def fmt_plain(v, kind):
    if kind == "money":
        return format(D(v).quantize(CENT), "f")
    return strip0(v)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = build(args.out)
    print(f"wrote {len(rows)} rows to {args.out}")
