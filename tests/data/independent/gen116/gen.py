#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (nutrition labels / meal
planning) with seeded arithmetic faults.  Standard library only, deterministic.

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import math
import random
from fractions import Fraction as Fr

# ----------------------------------------------------------------------------
# numbers
# ----------------------------------------------------------------------------


def q(x):
    return x if isinstance(x, Fr) else Fr(str(x))


def rnd(v, d):
    """half-up rounding of a non-negative Fraction to d decimals"""
    m = Fr(10) ** d
    return Fr(math.floor(v * m + Fr(1, 2))) / m


def ndec(v, maxd=8):
    for d in range(maxd + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def fmt(v, d, sep=","):
    n = v * 10 ** d
    assert n.denominator == 1, (v, d)
    n = int(n)
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, 10 ** d)
    s = str(ip)
    if sep and ip >= 1000:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = sep.join(parts)
    if d:
        s += "." + str(fp).zfill(d)
    return ("-" if neg else "") + s


def plain(v, d):
    s = fmt(v, d, "")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def money_given(rng, lo, hi):
    return Fr(rng.randint(lo, hi) * 100 + rng.choice([49, 99, 29, 79, 50, 25, 0, 89]), 100)


# ----------------------------------------------------------------------------
# expression trees
# ----------------------------------------------------------------------------
# ('L', value, unit, kind)   kind: 'n' | 'money' | 'pct'(value is the percent number)
# ('R', step_index, unit_override_or_None)
# ('O', op, a, b)


def L(v, unit=None, kind="n"):
    return ("L", q(v), unit, kind)


def M(v, unit=None):
    return ("L", q(v), unit, "money")


def P(v):
    return ("L", q(v), None, "pct")


def R(i, unit=None):
    return ("R", i, unit)


def O(op, a, b):
    return ("O", op, a, b)


def add(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = O("+", e, x)
    return e


def mul(a, b):
    return O("*", a, b)


def div(a, b):
    return O("/", a, b)


def sub(a, b):
    return O("-", a, b)


def leafval(node):
    if node[3] == "pct":
        return node[1] / 100
    return node[1]


def ev(node, vals):
    t = node[0]
    if t == "L":
        return leafval(node)
    if t == "R":
        return vals[node[1]]
    op, a, b = node[1], ev(node[2], vals), ev(node[3], vals)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def has_ref(node, j):
    if node[0] == "R":
        return node[1] == j
    if node[0] == "O":
        return has_ref(node[2], j) or has_ref(node[3], j)
    return False


# step constructors ------------------------------------------------------------


def C(label, expr, unit="", dec=0, money=False, pct=None, mid=False):
    return dict(kind="calc", label=label, expr=expr, unit=unit, dec=2 if money else dec,
                money=money, pct=pct, mid=mid)


def CEIL(label, src, unit, noun):
    return dict(kind="ceil", label=label, src=src, unit=unit, dec=0, money=False, pct=None,
                noun=noun)


def FLOOR(label, src, unit, noun):
    return dict(kind="floor", label=label, src=src, unit=unit, dec=0, money=False, pct=None,
                noun=noun)


def CHK(expr, target, unit="", dec=2, money=False, mid=False):
    return dict(kind="check", label="Check", expr=expr, target=target, unit=unit,
                dec=2 if money else dec, money=money, pct=None, mid=mid)


# ----------------------------------------------------------------------------
# evaluation of a solution plan
# ----------------------------------------------------------------------------


def compute(steps, override=None):
    """returns list of per-step info dicts.  override: {i: (value, decimals)} used for
    the step's shown value AND for every later step (carry)."""
    override = override or {}
    vals, info = [], []
    for i, s in enumerate(steps):
        k = s["kind"]
        if k in ("calc", "check"):
            ex = ev(s["expr"], vals)
            shown_ex = ex * 100 if s["pct"] == "frac" else ex
            shown = rnd(shown_ex, s["dec"]) if shown_ex >= 0 else None
            if shown is None:
                raise ValueError("negative")
            approx = shown != shown_ex
            if s["money"] or approx:
                dw = s["dec"]
            else:
                dw = ndec(shown)
            if i in override:
                shown, dw = override[i]
                approx = approx  # keep the sign used for the step
            val = shown / 100 if s["pct"] == "frac" else shown
            info.append(dict(shown=shown, exact=shown_ex, approx=approx, dw=dw, val=val))
        else:
            src = vals[s["src"]]
            shown = Fr(math.ceil(src)) if k == "ceil" else Fr(math.floor(src))
            info.append(dict(shown=shown, exact=src, approx=False, dw=0, val=shown))
            val = shown
        vals.append(info[-1]["val"])
    for i, s in enumerate(steps):
        if s["kind"] == "check":
            t = s["target"]
            tv = info[t[1]]["val"] if t[0] == "s" else q(t[1])
            info[i]["holds"] = (info[i]["shown"] == tv)
    return info


def valid_plan(steps, info, final):
    for i, s in enumerate(steps):
        if info[i]["shown"] <= 0:
            return False
        if s["kind"] in ("ceil", "floor"):
            src = info[s["src"]]["val"]
            if src.denominator == 1 or src < 1:
                return False
            if info[i]["shown"] < 1:
                return False
        if s["kind"] == "check" and not info[i]["holds"]:
            return False
    return True


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------

NAMES = [("Maya", "she", "her"), ("Leo", "he", "his"), ("Priya", "she", "her"),
         ("Sam", "he", "his"), ("Jordan", "he", "his"), ("Aisha", "she", "her"),
         ("Ben", "he", "his"), ("Chloe", "she", "her"), ("Diego", "he", "his"),
         ("Hana", "she", "her"), ("Marcus", "he", "his"), ("Nora", "she", "her"),
         ("Owen", "he", "his"), ("Rosa", "she", "her"), ("Tyler", "he", "his"),
         ("Zoe", "she", "her"), ("Kenji", "he", "his"), ("Lena", "she", "her"),
         ("Omar", "he", "his"), ("Ivy", "she", "her"), ("Grace", "she", "her"),
         ("Malik", "he", "his"), ("Elena", "she", "her"), ("Theo", "he", "his")]


def F(v, d=None):
    v = q(v)
    return fmt(v, ndec(v) if d is None else d)


def FM(v):
    return "$" + fmt(q(v), 2)


def person(rng):
    n, p, h = rng.choice(NAMES)
    return dict(name=n, he=p, his=h, He=p.capitalize(), His=h.capitalize())


def t_jar_cost(rng):
    f = person(rng)
    food, unitw = rng.choice([("peanut butter", "jar"), ("hummus", "tub"), ("Greek yogurt", "tub"),
                              ("almond butter", "jar"), ("cottage cheese", "tub")])
    k = rng.choice([1, 2, 2, 3])
    D = rng.choice([7, 10, 14, 21, 28, 30])
    S = rng.choice([12, 14, 15, 16, 28, 32, 9, 7])
    price = money_given(rng, 2, 8)
    f.update(food=food, u=unitw, k=k, D=D, S=S, price=FM(price), kcal=rng.choice([90, 100, 120, 190]))
    probs = [
        "{name} eats {k} servings of {food} every day for {D} days. Each {u} holds {S} servings and costs {price}. "
        "{He} can only buy whole {u}s. How much does {he} spend on {food}?",
        "A {u} of {food} lists {S} servings per container and sells for {price}. {name} plans to have {k} "
        "servings a day for the next {D} days. If {he} buys only full {u}s, what will {he} pay in total?",
        "The nutrition label on a {u} of {food} says: serving size 2 tbsp, {kcal} calories, servings per container "
        "{S}. {name} wants {k} servings a day for {D} days. Each {u} costs {price}. How much money will the {food} "
        "cost {him}?",
    ]
    f["him"] = "her" if f["he"] == "she" else "him"
    steps = [
        C("Servings needed", mul(L(k, "servings"), L(D, "days")), "servings"),
        C(f"{unitw.capitalize()}s needed", div(R(0, "servings"), L(S, "servings")), f"{unitw}s", dec=2),
        CEIL(f"Whole {unitw}s to buy", 1, f"{unitw}s", unitw),
        C("Total cost", mul(R(2, f"{unitw}s"), M(price)), money=True),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Servings per day", str(k)), ("Days", str(D)), (f"Servings per {unitw}", str(S)),
                        (f"Price per {unitw}", FM(price))],
                answer=[f"{f['name']} spends {{v}} on {food}.", f"The total cost is {{v}}.",
                        f"{f['name']} will pay {{v}} for the {food}."])


def t_macro_bar(rng):
    f = person(rng)
    item = rng.choice(["granola bar", "protein bar", "frozen burrito", "cup of trail mix", "breakfast sandwich",
                       "serving of pasta salad"])
    Pg = q(rng.choice([4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 18, 20, 21, 24]))
    Cg = q(rng.choice(range(12, 49)))
    Fg = q(rng.choice([3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 2.5, 4.5, 6.5, 8.5]))
    N = rng.choice([3, 4, 5, 6, 7, 8, 10, 12, 14])
    f.update(item=item, P=F(Pg), Cc=F(Cg), Fa=F(Fg), N=N)
    probs = [
        "One {item} has {P} g of protein, {Cc} g of carbohydrates and {Fa} g of fat. Using 4 calories per gram "
        "for protein and carbs and 9 calories per gram for fat, how many calories are in {N} of them?",
        "{name} is tracking macros. Each {item} {he} eats contains {P} g protein, {Cc} g carbs and {Fa} g fat. "
        "Over the week {he} eats {N} of them. How many calories does that add up to (4/4/9 kcal per gram)?",
        "A label for a {item} shows Protein {P} g, Total Carbohydrate {Cc} g, Total Fat {Fa} g. Counting 4 kcal/g "
        "for protein and carbohydrate and 9 kcal/g for fat, how many calories do {N} servings provide?",
    ]
    combined = rng.random() < 0.45
    if combined:
        steps = [
            C("Calories per item", add(mul(L(Pg, "g"), L(4)), mul(L(Cg, "g"), L(4)), mul(L(Fg, "g"), L(9))),
              "kcal", dec=1, mid=True),
            C(f"Calories in {N}", mul(R(0, "kcal"), L(N)), "kcal", dec=1),
        ]
    else:
        steps = [
            C("Calories from protein", mul(L(Pg, "g"), L(4, "kcal")), "kcal", dec=1),
            C("Calories from carbs", mul(L(Cg, "g"), L(4, "kcal")), "kcal", dec=1),
            C("Calories from fat", mul(L(Fg, "g"), L(9, "kcal")), "kcal", dec=1),
            C("Calories per item", add(R(0), R(1), R(2)), "kcal", dec=1),
            C(f"Calories in {N}", mul(R(3, "kcal"), L(N)), "kcal", dec=1),
        ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Protein", F(Pg) + " g"), ("Carbs", F(Cg) + " g"), ("Fat", F(Fg) + " g"),
                        ("Count", str(N))],
                answer=["{v} in total.", f"{N} of them provide {{v}}.", "So the total is {v}."])


def t_sodium_dv(rng):
    f = person(rng)
    X = rng.randrange(380, 900, 10)
    sp = q(rng.choice(["2", "2.5", "1.5", "3"]))
    cans = rng.choice([1, 2, 2, 3])
    f.update(X=X, sp=F(sp), cans=cans, food=rng.choice(["soup", "chili", "ramen", "broth"]))
    probs = [
        "A can of {food} lists {X} mg of sodium per serving and {sp} servings per can. {name} eats {cans} whole "
        "can(s) in a day. The daily value for sodium is 2,300 mg. What percent of the daily value is that, to the "
        "nearest tenth of a percent?",
        "{name} checks the label on {his} {food}: Sodium {X} mg per serving, about {sp} servings per container. "
        "{He} finishes {cans} container(s). Using a 2,300 mg daily value, what percent of the DV did {he} get "
        "(round to one decimal place)?",
        "Each serving of canned {food} has {X} mg sodium, and each can holds {sp} servings. If {name} eats {cans} "
        "can(s), what percentage of the 2,300 mg daily limit is that? Give the answer to the nearest 0.1%.",
    ]
    steps = [
        C("Servings eaten", mul(L(cans, "cans"), L(sp, "servings")), "servings", dec=1),
        C("Sodium eaten", mul(R(0, "servings"), L(X, "mg")), "mg", dec=1),
        C("Percent of daily value", mul(div(R(1, "mg"), L(2300, "mg")), L(100)), "%", dec=1, pct="label"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Sodium per serving", f"{X} mg"), ("Servings per can", F(sp)), ("Cans", str(cans)),
                        ("Daily value", "2,300 mg")],
                answer=[f"{f['name']} gets about {{v}} of the daily value for sodium.",
                        "That is about {v} of the daily value.", "The sodium is about {v} of the DV."])


def t_chicken_prep(rng):
    f = person(rng)
    Lm = rng.choice([4, 5, 5, 6, 7])
    Dn = rng.choice([3, 4, 5, 6, 7])
    g = rng.choice([113, 120, 125, 140, 150, 170, 180])
    W = rng.choice([454, 500, 680, 907, 1000, 750])
    price = money_given(rng, 4, 12)
    meat = rng.choice(["chicken breast", "ground turkey", "lean beef", "tofu"])
    f.update(Lm=Lm, Dn=Dn, g=g, W=F(W), price=FM(price), meat=meat)
    probs = [
        "{name} meal-preps {Lm} lunches and {Dn} dinners for the week. Each meal uses {g} g of raw {meat}. "
        "The store sells {meat} in {W} g packs for {price} each. How much does {he} spend on {meat}?",
        "For weekly meal prep, {name} portions {g} grams of {meat} into each container. {He} makes {Lm} lunch "
        "containers and {Dn} dinner containers. Packs of {meat} weigh {W} g and cost {price}. If {he} must buy "
        "whole packs, what is the cost?",
        "A meal-prep plan calls for {Lm} lunches and {Dn} dinners, each with {g} g of {meat}. {meat_c} comes in "
        "{W}-gram packages priced at {price}. How much will {name} pay for the {meat}?",
    ]
    f["meat_c"] = meat[0].upper() + meat[1:]
    steps = [
        C("Total meals", add(L(Lm, "lunches"), L(Dn, "dinners")), "meals"),
        C(f"Grams of {meat}", mul(R(0, "meals"), L(g, "g")), "g"),
        C("Packs needed", div(R(1, "g"), L(W, "g")), "packs", dec=2),
        CEIL("Packs to buy", 2, "packs", "pack"),
        C("Cost", mul(R(3, "packs"), M(price)), money=True),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Lunches", str(Lm)), ("Dinners", str(Dn)), ("Per meal", f"{g} g"),
                        ("Pack size", F(W) + " g"), ("Pack price", FM(price))],
                answer=[f"{f['name']} spends {{v}} on {meat}.", "The {meat} costs {v}.".replace("{meat}", meat),
                        "Total: {v}."])


def t_dinner_budget(rng):
    f = person(rng)
    for _ in range(100):
        T = rng.randrange(1600, 2450, 50)
        b = rng.randrange(280, 560, 5)
        l = rng.randrange(420, 760, 5)
        s = rng.randrange(90, 320, 5)
        left = T - b - l - s
        if 300 <= left <= 900:
            break
    c = rng.choice([142, 182, 206, 208, 234, 165, 196, 172])
    fish = rng.choice(["salmon", "chicken thigh", "tilapia", "shrimp", "pork loin"])
    f.update(T=F(T), b=b, l=l, s=s, c=c, fish=fish)
    probs = [
        "{name}'s calorie target is {T} kcal per day. {He} has had breakfast ({b} kcal), lunch ({l} kcal) and a "
        "snack ({s} kcal). Dinner is {fish}, which has {c} kcal per 100 g. How many grams of {fish} can {he} eat "
        "and hit the target exactly? Round to the nearest gram.",
        "A daily plan allows {T} calories. So far {name} logged {b}, {l} and {s} calories. If the rest of the "
        "calories come from {fish} at {c} kcal per 100 grams, how many grams can {he} have (nearest gram)?",
        "{name} aims for {T} kcal a day. Breakfast was {b} kcal, lunch {l} kcal, and an afternoon snack {s} kcal. "
        "The {fish} label says {c} kcal per 100 g. To the nearest gram, how much {fish} fits in the remaining "
        "budget?",
    ]
    eaten = C("Calories eaten so far", add(L(b), L(l), L(s)), "kcal")
    leftc = C("Calories left", sub(L(T, "kcal"), R(0, "kcal")), "kcal")
    chk = CHK(add(R(0), R(1)), ("v", T), "kcal", dec=0)
    perg = C(f"Calories per gram of {fish}", div(L(c, "kcal"), L(100, "g")), "kcal per g", dec=2)
    if rng.random() < 0.5:
        steps = [eaten, leftc, perg, C(f"Grams of {fish}", div(R(1, "kcal"), R(2)), "g", dec=0), chk]
        final = 3
    else:
        steps = [eaten, leftc, chk, perg, C(f"Grams of {fish}", div(R(1, "kcal"), R(3)), "g", dec=0)]
        final = 4
    return dict(problem=rng.choice(probs).format(**f), steps=steps, final=final,
                givens=[("Target", F(T) + " kcal"), ("Eaten", f"{b}, {l}, {s} kcal"),
                        (fish.capitalize(), f"{c} kcal per 100 g")],
                answer=[f"{f['name']} can eat about {{v}} of {fish}.", "That's about {v} for dinner.",
                        f"About {{v}} of {fish} fits the budget."])


def t_protein_shakes(rng):
    f = person(rng)
    for _ in range(100):
        W = rng.randint(52, 98)
        fac = q(rng.choice(["1.2", "1.4", "1.6", "1.8", "2"]))
        goal = W * fac
        food = rng.randrange(40, 110, 5)
        p = rng.choice([20, 22, 24, 25, 27, 30])
        gap = goal - food
        if 15 < gap < 95 and (gap / p).denominator != 1:
            break
    days = rng.choice([7, 7, 14, 5])
    f.update(W=W, fac=F(fac), food=food, p=p, days=days)
    probs = [
        "{name} weighs {W} kg and wants {fac} g of protein per kg of body weight each day. {His} meals give {food} "
        "g of protein. Each protein shake has {p} g. How many shakes does {he} need over {days} days if {he} "
        "drinks whole shakes only?",
        "A coach tells {name} ({W} kg) to eat {fac} g protein per kilogram daily. Food covers {food} g, and the rest "
        "comes from shakes with {p} g protein each (whole shakes only, rounded up). How many shakes is that over "
        "{days} days?",
        "Protein goal: {fac} g per kg. Body weight: {W} kg. {name} already gets {food} g a day from food and tops "
        "up with {p}-gram protein shakes, always drinking a whole number of shakes. How many shakes in {days} days?",
    ]
    steps = [
        C("Daily protein goal", mul(L(W, "kg"), L(fac, "g")), "g", dec=1),
        C("Protein still needed", sub(R(0, "g"), L(food, "g")), "g", dec=1),
        C("Shakes per day", div(R(1, "g"), L(p, "g")), "shakes", dec=2),
        CEIL("Whole shakes per day", 2, "shakes", "shake"),
        C(f"Shakes in {days} days", mul(R(3, "shakes"), L(days, "days")), "shakes"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Body weight", f"{W} kg"), ("Target", F(fac) + " g/kg"), ("From food", f"{food} g"),
                        ("Per shake", f"{p} g")],
                answer=[f"{f['name']} needs {{v}}.", "That comes to {v}.", f"Over {days} days: {{v}}."])


def t_breakfast_cost(rng):
    f = person(rng)
    for _ in range(100):
        Pp = money_given(rng, 24, 52)
        S = rng.choice([20, 24, 28, 30, 32, 45, 60, 71, 80])
        Qp = money_given(rng, 3, 7)
        Rr = rng.choice([10, 13, 15, 18, 24, 30])
        if (Pp / S * 100).denominator != 1 or (Qp / Rr * 100).denominator != 1:
            break
    days = rng.choice([28, 30, 31, 14, 21])
    f.update(Pp=FM(Pp), S=S, Qp=FM(Qp), Rr=Rr, days=days)
    probs = [
        "A tub of protein powder costs {Pp} and has {S} servings. A canister of oats costs {Qp} and has {Rr} "
        "servings. {name}'s breakfast is one serving of each. Rounding each cost per serving to the nearest cent, "
        "what do {his} breakfasts cost over {days} days?",
        "{name} makes overnight oats with 1 serving of oats (a {Qp} canister has {Rr} servings) and 1 scoop of "
        "protein powder (a {Pp} tub has {S} scoops). Find the cost per serving of each to the nearest cent, then "
        "the cost of {days} breakfasts.",
        "Protein powder: {Pp} for {S} servings. Oats: {Qp} for {Rr} servings. One breakfast = 1 serving of each. "
        "Using per-serving costs rounded to the cent, how much do {days} breakfasts cost?",
    ]
    steps = [
        C("Protein powder per serving", div(M(Pp), L(S, "servings")), money=True),
        C("Oats per serving", div(M(Qp), L(Rr, "servings")), money=True),
        C("Cost per breakfast", add(R(0), R(1)), money=True),
        C(f"Cost for {days} days", mul(R(2), L(days, "days")), money=True),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Protein powder", f"{FM(Pp)} / {S} servings"), ("Oats", f"{FM(Qp)} / {Rr} servings")],
                answer=[f"{days} breakfasts cost about {{v}}.", "The total is {v}.", f"{f['name']} spends {{v}}."])


def t_fat_pct(rng):
    f = person(rng)
    Fg = rng.choice([6, 8, 9, 11, 12, 14, 15, 17, 19, 22, 24])
    Cg = rng.choice(range(18, 66))
    Pg = rng.choice(range(8, 36))
    meal = rng.choice(["frozen lasagna", "chicken burrito bowl", "veggie pizza slice", "beef stir-fry",
                       "mac and cheese cup"])
    f.update(Fg=Fg, Cg=Cg, Pg=Pg, meal=meal)
    probs = [
        "A {meal} has {Fg} g fat, {Cg} g carbohydrate and {Pg} g protein. Using 9 kcal/g for fat and 4 kcal/g for "
        "carbs and protein, what percent of its calories come from fat? Round to the nearest tenth.",
        "{name} reads the label on a {meal}: Total Fat {Fg} g, Total Carbohydrate {Cg} g, Protein {Pg} g. What "
        "percentage of the calories (from these macros) is fat, to one decimal place?",
        "Per serving, a {meal} contains {Pg} g of protein, {Cg} g of carbs and {Fg} g of fat. Counting calories "
        "with the 4-4-9 rule, find the share of calories from fat to the nearest 0.1%.",
    ]
    steps = [
        C("Fat calories", mul(L(Fg, "g"), L(9)), "kcal"),
        C("Carb calories", mul(L(Cg, "g"), L(4)), "kcal"),
        C("Protein calories", mul(L(Pg, "g"), L(4)), "kcal"),
        C("Total calories", add(R(0), R(1), R(2)), "kcal"),
        C("Percent from fat", mul(div(R(0), R(3)), L(100)), "%", dec=1, pct="label"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Fat", f"{Fg} g"), ("Carbs", f"{Cg} g"), ("Protein", f"{Pg} g")],
                answer=["About {v} of the calories come from fat.", "Fat supplies about {v} of the calories.",
                        "The fat share is about {v}."])


def t_recipe_scale(rng):
    f = person(rng)
    n = rng.choice([4, 6, 8, 10, 12])
    p = rng.randint(18, 44)
    tot = p * n
    per_day = rng.choice([1, 2])
    days = rng.choice([3, 4, 5, 6, 7])
    dish = rng.choice(["turkey chili", "lentil stew", "chicken curry", "black bean soup", "egg muffins"])
    f.update(n=n, tot=F(tot), per_day=per_day, days=days, dish=dish)
    probs = [
        "A batch of {dish} makes {n} equal servings and contains {tot} g of protein in total. {name} eats "
        "{per_day} serving(s) a day for {days} days. How many grams of protein does {he} get from the {dish}?",
        "{name} cooks {dish}; the whole pot has {tot} g protein and is split into {n} servings. If {he} has "
        "{per_day} serving(s) daily for {days} days, how much protein is that?",
        "Recipe: {dish}, yields {n} servings, {tot} g protein per batch. Eating {per_day} serving(s) per day for "
        "{days} days, how many grams of protein does {name} eat?",
    ]
    steps = [
        C("Protein per serving", div(L(tot, "g"), L(n, "servings")), "g", dec=1),
        C("Servings eaten", mul(L(per_day, "servings"), L(days, "days")), "servings"),
        C("Protein eaten", mul(R(1, "servings"), R(0, "g")), "g", dec=1),
    ]
    if rng.random() < 0.6:
        steps.append(CHK(mul(R(0), L(n)), ("v", tot), "g", dec=1))
    return dict(problem=rng.choice(probs).format(**f), steps=steps, final=2,
                givens=[("Servings per batch", str(n)), ("Protein per batch", F(tot) + " g")],
                answer=[f"{f['name']} gets {{v}} of protein from the {dish}.", "That's {v} of protein.",
                        "Protein total: {v}."])


def t_almonds(rng):
    f = person(rng)
    for _ in range(100):
        K = rng.randint(155, 205)
        oz = q(rng.choice(["28", "28.35"]))
        if (K / oz * 100).denominator != 1:
            break
    g = rng.choice([20, 25, 30, 35, 40, 45, 50])
    days = rng.choice([5, 7])
    nut = rng.choice(["almonds", "cashews", "walnuts", "pistachios", "dark chocolate"])
    f.update(K=K, oz=F(oz), g=g, days=days, nut=nut)
    probs = [
        "A bag of {nut} lists {K} calories per 1 oz serving, and 1 oz is {oz} g. {name} eats {g} g a day, {days} "
        "days a week. Rounding the calories per gram to the nearest hundredth, how many calories is that per week?",
        "{name} snacks on {g} grams of {nut} {days} days a week. The label gives {K} kcal per ounce ({oz} g). Using "
        "kcal per gram rounded to two decimals, find the weekly calories.",
        "The serving size on a {nut} label is 1 oz ({oz} g) with {K} calories. How many calories does {name} get "
        "each week from {g} g a day on {days} days? Round calories per gram to 2 decimal places first.",
    ]
    steps = [
        C("Calories per gram", div(L(K, "kcal"), L(oz, "g")), "kcal per g", dec=2),
        C("Calories per day", mul(R(0), L(g, "g")), "kcal", dec=2),
        C("Calories per week", mul(R(1, "kcal"), L(days, "days")), "kcal", dec=2),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Per serving", f"{K} kcal per {F(oz)} g"), ("Daily amount", f"{g} g"),
                        ("Days", str(days))],
                answer=["That's about {v} per week.", f"{f['name']} gets about {{v}} a week from {nut}.",
                        "Weekly total: about {v}."])


def t_fiber(rng):
    f = person(rng)
    G = rng.choice([25, 28, 30, 34, 38])
    a = q(rng.choice(["4", "3.5", "5", "4.5"]))
    b = q(rng.choice(["4.4", "3.1", "5.5", "2.6", "4"]))
    c = q(rng.choice(["7.8", "6.5", "7.5", "8", "5.2"]))
    m = rng.choice([2, 3])
    f.update(G=G, a=F(a), b=F(b), c=F(c), m=m)
    probs = [
        "{name}'s fiber goal is {G} g a day. Today {he} had oatmeal ({a} g fiber), an apple ({b} g) and {m} "
        "half-cup servings of lentils ({c} g each). What percent of the goal did {he} reach, to the nearest whole "
        "percent?",
        "Fiber tracker: goal {G} g. Foods eaten: oatmeal {a} g, apple {b} g, lentils {c} g per half cup x {m}. "
        "To the nearest percent, how much of the goal is that?",
        "A dietitian suggests {G} grams of fiber daily. {name} eats a bowl of oatmeal with {a} g, an apple with {b} "
        "g, and {m} portions of lentils at {c} g each. What percent of the suggested amount is this (round to a "
        "whole number)?",
    ]
    steps = [
        C("Fiber from lentils", mul(L(m, "servings"), L(c, "g")), "g", dec=1),
        C("Total fiber", add(L(a), L(b), R(0)), "g", dec=1),
        C("Percent of goal", mul(div(R(1, "g"), L(G, "g")), L(100)), "%", dec=0, pct="label"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Goal", f"{G} g"), ("Oatmeal", F(a) + " g"), ("Apple", F(b) + " g"),
                        ("Lentils", f"{F(c)} g each, {m} servings")],
                answer=[f"{f['name']} reached about {{v}} of the goal.", "That's about {v} of the fiber goal.",
                        "About {v} of the goal."])


def t_net_carbs(rng):
    f = person(rng)
    for _ in range(200):
        Lm = rng.choice([20, 25, 30, 35, 50])
        e = rng.randint(4, Lm - 6)
        c = rng.randint(7, 22)
        fi = rng.randint(2, c - 3)
        net = c - fi
        left = Lm - e
        if left > net and left % net != 0:
            break
    item = rng.choice(["low-carb tortilla", "keto cracker pack", "protein wrap", "slice of seed bread"])
    f.update(Lm=Lm, e=e, c=c, fi=fi, item=item)
    probs = [
        "{name} limits net carbs to {Lm} g a day and has already eaten {e} g. Each {item} has {c} g total carbs and "
        "{fi} g fiber (net carbs = carbs − fiber). If {he} eats as many whole ones as fit, how many grams of net "
        "carbs are left over?",
        "On a {Lm} g net-carb budget, {name} has used {e} g so far. A {item} lists {c} g carbohydrate with {fi} g "
        "fiber. {He} eats the largest whole number of them that stays within budget. How many net grams remain?",
        "Net carbs are total carbs minus fiber. {name}'s daily cap is {Lm} g and {he} is at {e} g. Each {item} has "
        "{c} g carbs and {fi} g fiber. After eating as many whole ones as allowed, how much of the cap is unused?",
    ]
    steps = [
        C("Net carbs per item", sub(L(c, "g"), L(fi, "g")), "g"),
        C("Net carbs left today", sub(L(Lm, "g"), L(e, "g")), "g"),
        C("Items that fit", div(R(1, "g"), R(0, "g")), "items", dec=2),
        FLOOR("Whole items", 2, "items", "item"),
        C("Net carbs used", mul(R(3), R(0, "g")), "g"),
        C("Net carbs left over", sub(R(1, "g"), R(4, "g")), "g"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Cap", f"{Lm} g"), ("Eaten", f"{e} g"), ("Per item", f"{c} g carbs, {fi} g fiber")],
                answer=["{v} of net carbs are left.", f"{f['name']} has {{v}} of net carbs to spare.",
                        "Left over: {v}."])


def t_sugar(rng):
    f = person(rng)
    s = rng.choice([39, 41, 44, 46, 49, 52, 55, 65, 77])
    n = rng.choice([3, 4, 5, 6, 7, 9, 10])
    drink = rng.choice(["cola", "sweet tea", "energy drink", "lemonade", "sports drink"])
    f.update(s=s, n=n, drink=drink)
    probs = [
        "One bottle of {drink} has {s} g of sugar. A teaspoon of sugar is about 4 g. {name} drinks {n} bottles a "
        "week. How many teaspoons of sugar is that per week?",
        "{name} has {n} {drink}s a week, each with {s} grams of added sugar. If 4 g of sugar is one teaspoon, how "
        "many teaspoons of sugar does {he} drink weekly?",
        "The label on a {drink} shows Total Sugars {s} g. Counting 4 g per teaspoon, how many teaspoons does "
        "{name} get from {n} of them in a week?",
    ]
    steps = [
        C("Teaspoons per drink", div(L(s, "g"), L(4, "g")), "tsp", dec=2),
        C("Sugar per week", mul(L(n), L(s, "g")), "g"),
        C("Teaspoons per week", div(R(1, "g"), L(4, "g")), "tsp", dec=2),
        CHK(mul(R(0, "tsp"), L(n)), ("s", 2), "tsp", dec=2),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps, final=2,
                givens=[("Sugar per drink", f"{s} g"), ("Drinks per week", str(n)), ("1 tsp", "4 g")],
                answer=["That's {v} of sugar a week.", f"{f['name']} drinks {{v}} of sugar each week.",
                        "Weekly: {v}."])


def t_deficit(rng):
    f = person(rng)
    for _ in range(100):
        T = rng.randrange(1950, 3100, 50)
        I = rng.randrange(1400, 2600, 50)
        if 250 <= T - I <= 900:
            break
    W = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
    f.update(T=F(T), I=F(I), W=W)
    probs = [
        "{name} burns about {T} kcal a day and eats {I} kcal a day. Using 3,500 kcal per pound of fat, about how "
        "many pounds could {he} lose in {W} weeks? Round to the nearest tenth.",
        "A meal plan puts {name} at {I} calories per day while {his} maintenance is {T} calories. With the 3,500 "
        "kcal ≈ 1 lb rule, estimate the weight loss after {W} weeks (nearest 0.1 lb).",
        "Maintenance: {T} kcal/day. Planned intake: {I} kcal/day. Duration: {W} weeks. One pound of fat is about "
        "3,500 kcal. To one decimal place, how many pounds would {name} lose?",
    ]
    steps = [
        C("Daily deficit", sub(L(T, "kcal"), L(I, "kcal")), "kcal"),
        C("Weekly deficit", mul(R(0, "kcal"), L(7, "days")), "kcal"),
        C(f"Deficit over {W} weeks", mul(R(1, "kcal"), L(W, "weeks")), "kcal"),
        C("Pounds lost", div(R(2, "kcal"), L(3500, "kcal")), "lb", dec=1),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Maintenance", F(T) + " kcal"), ("Intake", F(I) + " kcal"), ("Weeks", str(W))],
                answer=[f"{f['name']} could lose about {{v}}.", "About {v} in total.", "Estimated loss: {v}."])


def t_label_container(rng):
    f = person(rng)
    s = q(rng.choice(["2", "2.5", "3", "3.5", "4", "1.5"]))
    c = rng.randrange(110, 400, 10)
    share = rng.choice([1, 2, 2, 3])
    snack = rng.choice(["chips", "ice cream", "pretzels", "popcorn", "frozen dumplings", "cereal"])
    f.update(s=F(s), c=c, share=share, snack=snack)
    probs = [
        "A container of {snack} says: servings per container {s}, calories per serving {c}. {name} splits the "
        "whole container equally among {share} people. What percent of a 2,000-calorie diet does each person eat? "
        "Round to the nearest tenth.",
        "Nutrition facts for {snack}: {s} servings per container, {c} calories per serving. If the container is "
        "shared evenly by {share} people, each person's calories are what percent of 2,000 kcal (one decimal)?",
        "{name} and friends ({share} people in all) finish a package of {snack} with {s} servings of {c} calories "
        "each, sharing equally. As a percent of a 2,000-calorie day, how much did each person eat (nearest 0.1%)?",
    ]
    steps = [
        C("Calories in container", mul(L(s, "servings"), L(c, "kcal")), "kcal", dec=1),
        C("Calories per person", div(R(0, "kcal"), L(share, "people")), "kcal", dec=1),
        C("Percent of 2,000 kcal", mul(div(R(1, "kcal"), L(2000, "kcal")), L(100)), "%", dec=1, pct="label"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Servings per container", F(s)), ("Calories per serving", str(c)), ("People", str(share))],
                answer=["Each person eats about {v} of a 2,000-calorie diet.", "That's about {v} each.",
                        "About {v} of the daily calories."])


def t_lunchbox(rng):
    f = person(rng)
    a = rng.randrange(250, 480, 5)
    b = rng.choice([52, 72, 95, 105, 62, 80])
    c = rng.choice([90, 110, 120, 140, 150, 100])
    d = rng.choice([140, 160, 180, 210, 230, 75])
    f.update(a=a, b=b, c=c, d=d)
    probs = [
        "{name} packs the same school lunch Monday to Friday: a sandwich ({a} kcal), a piece of fruit ({b} kcal) "
        "and a yogurt ({c} kcal). On Friday {he} also adds a cookie ({d} kcal). What is the average lunch calories "
        "per day over the 5 days, to the nearest tenth?",
        "Weekday lunches: sandwich {a} kcal, fruit {b} kcal, yogurt {c} kcal, every day for 5 days, plus a {d} kcal "
        "treat on Friday only. Find the mean calories per lunch (one decimal).",
        "For five school days {name}'s lunchbox has a {a}-calorie sandwich, a {b}-calorie fruit and a {c}-calorie "
        "yogurt. Friday's box also has a {d}-calorie cookie. On average, how many calories per lunch? Round to 0.1.",
    ]
    steps = [
        C("Calories per regular lunch", add(L(a), L(b), L(c)), "kcal"),
        C("Five regular lunches", mul(R(0, "kcal"), L(5)), "kcal"),
        C("Week total with cookie", add(R(1, "kcal"), L(d, "kcal")), "kcal"),
        C("Average per lunch", div(R(2, "kcal"), L(5, "days")), "kcal", dec=1),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Sandwich", f"{a} kcal"), ("Fruit", f"{b} kcal"), ("Yogurt", f"{c} kcal"),
                        ("Friday cookie", f"{d} kcal")],
                answer=["The average is {v} per lunch.", "About {v} per lunch on average.",
                        f"{f['name']}'s lunches average {{v}}."])


def t_smoothie(rng):
    f = person(rng)
    y = q(rng.choice(["15", "17", "18", "20", "23", "16.5"]))
    pb = q(rng.choice(["3.6", "4", "3.5", "4.2"]))
    z = rng.choice([20, 22, 24, 25, 30])
    K = rng.randrange(380, 560, 5)
    f.update(y=F(y), pb=F(pb), z=z, K=K)
    probs = [
        "{name}'s smoothie has a banana (1.3 g protein), a cup of Greek yogurt ({y} g), 2 tablespoons of peanut "
        "butter ({pb} g per tablespoon) and a scoop of whey ({z} g). The smoothie has {K} calories. What percent of "
        "its calories come from protein (4 kcal/g), to the nearest whole percent?",
        "Smoothie recipe: 1 banana = 1.3 g protein, Greek yogurt = {y} g, peanut butter = {pb} g per tbsp (uses 2 "
        "tbsp), whey scoop = {z} g. Total energy {K} kcal. Using 4 kcal per gram of protein, what percent of calories "
        "is protein? Round to a whole number.",
        "A {K}-calorie smoothie is made from a banana (1.3 g protein), Greek yogurt ({y} g protein), two tablespoons "
        "of peanut butter at {pb} g protein each and one {z} g protein scoop. Roughly what percent of the calories "
        "are from protein (4 kcal per g, nearest percent)?",
    ]
    steps = [
        C("Protein from peanut butter", mul(L(2, "tbsp"), L(pb, "g")), "g", dec=1),
        C("Total protein", add(L("1.3"), L(y), R(0), L(z)), "g", dec=1),
        C("Protein calories", mul(R(1, "g"), L(4)), "kcal", dec=1),
        C("Percent from protein", mul(div(R(2), L(K)), L(100)), "%", dec=0, pct="label"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Banana", "1.3 g"), ("Yogurt", F(y) + " g"), ("Peanut butter", f"{F(pb)} g per tbsp"),
                        ("Whey", f"{z} g"), ("Smoothie", f"{K} kcal")],
                answer=["About {v} of the calories come from protein.", "Protein is about {v} of the calories.",
                        "Roughly {v}."])


def t_rice(rng):
    f = person(rng)
    n = rng.choice([6, 7, 8, 9, 10, 11, 12, 14])
    cup = q(rng.choice(["0.75", "0.5", "1.5", "1.25"]))
    k = rng.choice([205, 242, 216, 199, 218])
    grain = {205: "white rice", 242: "jasmine rice", 216: "brown rice", 199: "basmati rice", 218: "wild rice"}[k]
    f.update(n=n, cup=F(cup), k=k, grain=grain)
    probs = [
        "{name} is meal-prepping {n} bowls, each with {cup} cup of cooked {grain}. One cup of cooked {grain} has "
        "{k} calories. How many calories of rice are in all the bowls?",
        "A meal-prep plan uses {cup} cup of cooked {grain} per bowl for {n} bowls. The label says {k} kcal per cup "
        "cooked. What's the total calories from rice?",
        "Cooked {grain}: {k} kcal per cup. {name} portions {cup} cup into each of {n} containers. How many rice "
        "calories is that altogether?",
    ]
    steps = [
        C("Cups of rice", mul(L(n, "bowls"), L(cup, "cup")), "cups", dec=2),
        C("Rice calories", mul(R(0, "cups"), L(k, "kcal")), "kcal", dec=2),
        C("Calories per bowl", mul(L(k), L(cup)), "kcal", dec=2),
        CHK(mul(R(2), L(n)), ("s", 1), "kcal", dec=2),
    ]
    if rng.random() < 0.5:
        steps = steps[:2]
    return dict(problem=rng.choice(probs).format(**f), steps=steps, final=1,
                givens=[("Bowls", str(n)), ("Rice per bowl", F(cup) + " cup"), ("Calories per cup", str(k))],
                answer=["The bowls contain {v} from rice.", "Total rice calories: {v}.",
                        "That's {v} of rice altogether."])


def t_kj(rng):
    f = person(rng)
    E = rng.randrange(1380, 2100, 10)
    g = rng.choice([30, 40, 45, 50, 60, 25])
    d = rng.choice([5, 6, 7, 10, 12])
    food = rng.choice(["muesli", "granola", "crispbread", "oat biscuits", "muesli bars"])
    f.update(E=F(E), g=g, d=d, food=food)
    probs = [
        "An imported box of {food} lists energy as {E} kJ per 100 g. {name} eats a {g} g serving on {d} days. Using "
        "1 kcal = 4.184 kJ and rounding each serving to the nearest kcal, how many kcal does {he} eat in total?",
        "The label on {food} gives {E} kJ per 100 g. A serving is {g} g. Convert one serving to kilocalories (1 kcal = "
        "4.184 kJ, nearest whole kcal), then find the total for {d} servings.",
        "{name}'s {food} says {E} kJ/100 g. {He} has {g} g per serving and {d} servings. With 4.184 kJ in a kcal, "
        "and rounding per-serving calories to a whole number, what are the total calories?",
    ]
    steps = [
        C("Energy per serving (kJ)", div(mul(L(E, "kJ"), L(g, "g")), L(100, "g")), "kJ", dec=1),
        C("Energy per serving (kcal)", div(R(0, "kJ"), L("4.184")), "kcal", dec=0),
        C(f"Total for {d} servings", mul(R(1, "kcal"), L(d, "servings")), "kcal"),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Energy", F(E) + " kJ per 100 g"), ("Serving", f"{g} g"), ("Servings", str(d))],
                answer=["That's about {v} in total.", f"{f['name']} eats about {{v}}.", "Total: about {v}."])


def t_protein_cents(rng):
    f = person(rng)
    for _ in range(200):
        pe = money_given(rng, 2, 5)
        pt = money_given(rng, 1, 2)
        tg = rng.choice([16, 20, 22, 25, 27])
        eggs = 12
        ce = pe * 100 / (eggs * 6)
        ct = pt * 100 / tg
        if abs(rnd(ce, 2) - rnd(ct, 2)) > Fr(1, 2) and ce.denominator != 1:
            break
    f.update(pe=FM(pe), pt=FM(pt), tg=tg)
    eggs_first = rnd(ce, 2) > rnd(ct, 2)
    probs = [
        "A dozen eggs costs {pe}, and each egg has 6 g of protein. A can of tuna costs {pt} and has {tg} g of "
        "protein. Rounding to the nearest hundredth of a cent, how many more cents per gram of protein does the "
        "pricier option cost?",
        "{name} compares protein prices: eggs at {pe} per dozen (6 g protein per egg) versus tuna at {pt} per can "
        "({tg} g protein). What is the difference in cost per gram of protein, in cents (to 2 decimal places)?",
        "Eggs: {pe}/dozen, 6 g protein each. Tuna: {pt}/can, {tg} g protein. Find each cost per gram of protein in "
        "cents (2 decimals) and the difference between them.",
    ]
    steps = [
        C("Protein in a dozen eggs", mul(L(12, "eggs"), L(6, "g")), "g"),
        C("Egg price in cents", mul(L(pe), L(100)), "cents"),
        C("Eggs, cents per gram", div(R(1, "cents"), R(0, "g")), "cents", dec=2),
        C("Tuna price in cents", mul(L(pt), L(100)), "cents"),
        C("Tuna, cents per gram", div(R(3, "cents"), L(tg, "g")), "cents", dec=2),
        C("Difference", sub(R(2), R(4)) if eggs_first else sub(R(4), R(2)), "cents", dec=2),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Eggs", f"{FM(pe)} per dozen, 6 g each"), ("Tuna", f"{FM(pt)} per can, {tg} g")],
                answer=["The difference is {v} per gram of protein.",
                        ("Eggs" if eggs_first else "Tuna") + " cost {v} more per gram of protein.",
                        "Difference: {v} per gram."])


def t_weekly_prep_kcal(rng):
    f = person(rng)
    b = rng.randrange(300, 520, 10)
    l = rng.randrange(450, 720, 10)
    dn = rng.randrange(480, 800, 10)
    days = rng.choice([5, 6, 7])
    goal = rng.randrange(1600, 2600, 100)
    f.update(b=b, l=l, dn=dn, days=days, goal=F(goal))
    probs = [
        "{name} meal-preps breakfast ({b} kcal), lunch ({l} kcal) and dinner ({dn} kcal) for {days} days. {His} "
        "daily target is {goal} kcal. Over the {days} days, how many calories are left for snacks in total?",
        "Prepped meals for {days} days: breakfast {b} kcal, lunch {l} kcal, dinner {dn} kcal each day. With a "
        "target of {goal} kcal per day, what is the total snack allowance for the whole period?",
        "Each prepped day has a {b}-calorie breakfast, a {l}-calorie lunch and a {dn}-calorie dinner. {name} eats "
        "{goal} calories a day. How many snack calories does that leave across {days} days?",
    ]
    for _ in range(50):
        if goal - (b + l + dn) > 50:
            break
        goal += 100
        f["goal"] = F(goal)
    steps = [
        C("Calories from prepped meals per day", add(L(b), L(l), L(dn)), "kcal"),
        C("Prepped calories for the period", mul(R(0, "kcal"), L(days, "days")), "kcal"),
        C("Target for the period", mul(L(goal, "kcal"), L(days, "days")), "kcal"),
        C("Snack calories left", sub(R(2, "kcal"), R(1, "kcal")), "kcal"),
        CHK(mul(sub(L(goal), R(0)), L(days)), ("s", 3), "kcal", dec=0, mid=True),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps, final=3,
                givens=[("Meals", f"{b}, {l}, {dn} kcal"), ("Target", F(goal) + " kcal/day"), ("Days", str(days))],
                answer=["{v} are left for snacks.", "The snack allowance is {v}.", "That leaves {v} for snacks."])


def t_macro_split(rng):
    f = person(rng)
    for _ in range(100):
        Ck = rng.randrange(1500, 3000, 100)
        pp = rng.choice([20, 25, 30, 35, 40])
        fp = rng.choice([20, 25, 30, 35])
        cp = 100 - pp - fp
        if cp >= 25 and Fr(Ck * fp, 900).denominator != 1:
            break
    f.update(Ck=F(Ck), pp=pp, cp=cp, fp=fp)
    probs = [
        "{name} follows a {Ck}-calorie plan split {pp}% protein, {cp}% carbs and {fp}% fat. Using 4 kcal/g for "
        "protein and carbs and 9 kcal/g for fat (round fat grams to one decimal), how many total grams of macros "
        "is that per day?",
        "A meal plan gives {Ck} kcal per day with a macro split of {pp}/{cp}/{fp} (protein/carbs/fat, percent of "
        "calories). Convert each to grams (fat to the nearest tenth) and add them up.",
        "A dietitian sets {name}'s intake at {Ck} calories: {pp}% from protein, {cp}% from carbohydrate, {fp}% from "
        "fat. How many grams of protein, carbs and fat is that altogether? Round the fat grams to 0.1 g.",
    ]
    steps = [
        C("Protein calories", mul(P(pp), L(Ck, "kcal")), "kcal", dec=1),
        C("Protein grams", div(R(0, "kcal"), L(4)), "g", dec=1),
        C("Carb calories", mul(P(cp), L(Ck, "kcal")), "kcal", dec=1),
        C("Carb grams", div(R(2, "kcal"), L(4)), "g", dec=1),
        C("Fat calories", mul(P(fp), L(Ck, "kcal")), "kcal", dec=1),
        C("Fat grams", div(R(4, "kcal"), L(9)), "g", dec=1),
        C("Total grams", add(R(1), R(3), R(5)), "g", dec=1),
    ]
    return dict(problem=rng.choice(probs).format(**f), steps=steps,
                givens=[("Calories", F(Ck) + " kcal"), ("Split", f"{pp}% / {cp}% / {fp}%")],
                answer=["That's about {v} of macros per day.", "In total about {v}.",
                        f"{f['name']}'s macros add up to about {{v}}."])


TEMPLATES = [
    ("jar_cost", t_jar_cost), ("macro_calories", t_macro_bar), ("sodium_dv", t_sodium_dv),
    ("meal_prep_packs", t_chicken_prep), ("dinner_budget", t_dinner_budget), ("protein_shakes", t_protein_shakes),
    ("breakfast_cost", t_breakfast_cost), ("fat_percent", t_fat_pct), ("recipe_protein", t_recipe_scale),
    ("oz_to_grams", t_almonds), ("fiber_goal", t_fiber), ("net_carbs", t_net_carbs), ("sugar_teaspoons", t_sugar),
    ("calorie_deficit", t_deficit), ("label_container", t_label_container), ("lunchbox_average", t_lunchbox),
    ("smoothie_protein", t_smoothie), ("rice_bowls", t_rice), ("kj_conversion", t_kj),
    ("protein_cents", t_protein_cents), ("weekly_snacks", t_weekly_prep_kcal), ("macro_split", t_macro_split),
]

# ----------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


class Sty:
    def __init__(self, name, sep=",", ops=None, eq=" = ", ap=" ≈ ", latex=False, words=False, frac=False,
                 pct_leaf="pct", units_p=0.0, bold_res=False, money_sign=True):
        self.name, self.sep, self.ops, self.eq, self.ap = name, sep, ops, eq, ap
        self.latex, self.words, self.frac, self.pct_leaf = latex, words, frac, pct_leaf
        self.units_p, self.bold_res, self.money_sign = units_p, bold_res, money_sign


class Ctx:
    def __init__(self, plan, info, st, res_over=None):
        self.plan, self.steps, self.info, self.st = plan, plan["steps"], info, st
        self.res_over = res_over or {}  # {i: (value, decimals)} display-only override

    # numbers -------------------------------------------------------------
    def n(self, v, d):
        return fmt(v, d, self.st.sep)

    def money(self, s):
        if not self.st.money_sign:
            return s
        return ("\\$" if self.st.latex else "$") + s

    def unit(self, s, u):
        if not u:
            return s
        if u == "%":
            return s + ("\\%" if self.st.latex else "%")
        if self.st.latex:
            return s + "\\text{ " + u + "}"
        return s + " " + u

    def step_num(self, i):
        inf = self.info[i]
        if i in self.res_over:
            v, d = self.res_over[i]
            return self.n(v, d)
        return self.n(inf["shown"], inf["dw"])

    def step_res(self, i, with_unit=True):
        s = self.steps[i]
        t = self.step_num(i)
        if s["money"]:
            return self.money(t)
        if s["pct"]:
            return self.unit(t, "%")
        return self.unit(t, s["unit"]) if with_unit else t

    def ref_num(self, j):
        inf = self.info[j]
        return self.n(inf["shown"], inf["dw"])

    # expressions ---------------------------------------------------------
    def leaf(self, node, units):
        _, v, u, kind = node
        if kind == "money":
            return self.money(self.n(v, 2))
        if kind == "pct":
            if self.st.pct_leaf == "pct":
                return self.unit(self.n(v, ndec(v)), "%")
            vv = v / 100
            return self.n(vv, ndec(vv))
        t = self.n(v, ndec(v))
        return self.unit(t, u) if (units and u) else t

    def ref(self, node, units):
        j, u = node[1], node[2]
        s = self.steps[j]
        t = self.ref_num(j)
        if s["money"]:
            return self.money(t)
        if s["pct"]:
            return self.unit(t, "%")
        return self.unit(t, u) if (units and u) else t

    def expr(self, node, units=False, top=True):
        t = node[0]
        if t == "L":
            return self.leaf(node, units), 3
        if t == "R":
            return self.ref(node, units), 3
        op, a, b = node[1], node[2], node[3]
        if self.st.frac and op == "/" and a[0] != "O" and b[0] != "O":
            return "\\frac{%s}{%s}" % (self.expr(a, False)[0], self.expr(b, False)[0]), 3
        ta, pa = self.expr(a, units, False)
        tb, pb = self.expr(b, units, False)
        p = PREC[op]
        if pa < p:
            ta = "(" + ta + ")"
        if pb < p or (pb == p and op in "-/"):
            tb = "(" + tb + ")"
        return ta + self.st.ops[op] + tb, p

    def reduce_once(self, node):
        """evaluate every operator node whose children are both leaves"""
        vals = [x["val"] for x in self.info]
        if node[0] != "O":
            return node
        a, b = node[2], node[3]
        if a[0] != "O" and b[0] != "O":
            v = ev(node, vals)
            if ndec(v, 4) is None or v < 0:
                raise ValueError("mid")
            return ("L", v, None, "n")
        return ("O", node[1], self.reduce_once(a), self.reduce_once(b))

    def chain(self, i, units=False, eqw=None, apw=None, bold=False, res_text=None):
        s = self.steps[i]
        lhs = self.expr(s["expr"], units)[0]
        parts = [lhs]
        if s.get("mid"):
            try:
                r = self.reduce_once(s["expr"])
                if r[0] == "O":
                    parts.append((eqw or self.st.eq) + self.expr(r, False)[0])
            except ValueError:
                pass
        res = res_text if res_text is not None else self.step_res(i)
        if bold:
            res = "**" + res + "**"
        approx = self.info[i]["approx"]
        parts.append(((apw or self.st.ap) if approx else (eqw or self.st.eq)) + res)
        return "".join(parts)

    def visible(self, i):
        s = self.steps[i]
        if s["kind"] == "check":
            return self.info[i]["holds"]
        return True


U = " × "
STYLES = {
    "gpt4o_md": Sty("gpt4o_md", ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, units_p=0.25, bold_res=True),
    "claude_bold": Sty("claude_bold", ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, units_p=0.4),
    "bullets": Sty("bullets", ops={"+": " + ", "-": " - ", "*": " x ", "/": " / "}, units_p=0.35),
    "prose": Sty("prose", ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, units_p=0.3),
    "latex_inline": Sty("latex_inline", ops={"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "},
                        ap=" \\approx ", latex=True, frac=True, units_p=0.2),
    "latex_display": Sty("latex_display", sep="{,}", ops={"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "},
                         ap=" \\approx ", latex=True, frac=True, units_p=0.3),
    "table": Sty("table", ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, units_p=0.0),
    "terse": Sty("terse", ops={"+": " + ", "-": " - ", "*": " * ", "/": " / "}, units_p=0.0, pct_leaf="dec"),
    "gsm8k": Sty("gsm8k", sep="", ops={"+": "+", "-": "-", "*": "*", "/": "/"}, eq="=", ap=" ≈ ", pct_leaf="dec",
                 money_sign=False),
    "tutor": Sty("tutor", ops={"+": " plus ", "-": " minus ", "*": " times ", "/": " divided by "},
                 eq=" equals ", ap=" is about ", words=True, units_p=0.45),
    "llama": Sty("llama", ops={"+": " + ", "-": " - ", "*": " * ", "/": " / "}, units_p=0.15),
}
STYLE_ORDER = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline", "latex_display", "table", "terse",
               "gsm8k", "tutor", "llama"]


PROPER = {n for n, _, _ in NAMES} | {"Eggs", "Tuna"}


def lc(s):
    if not s or s.split(" ")[0].rstrip("'s") in PROPER or s.split("'")[0] in PROPER or s[:2].isupper():
        return s
    return s[0].lower() + s[1:]


def round_line(ctx, i, form):
    s = ctx.steps[i]
    a = ctx.ref_num(s["src"])
    b = ctx.step_num(i)
    up = s["kind"] == "ceil"
    unit = s["unit"]
    if form == "arrow":
        why = (f"you can't buy part of a {s['noun']}" if up else f"only whole {s['noun']}s count")
        return f"{a} → {b} {unit} ({'round up' if up else 'round down'}, since {why})"
    if form == "latex":
        return f"\\( {a} \\rightarrow {b} \\) {unit} ({'rounding up' if up else 'rounding down'})"
    if form == "words":
        return (f"Since we can't have part of a {s['noun']}, we round {'up' if up else 'down'} to {b} {unit}.")
    return f"{a} rounds {'up' if up else 'down'} to {b} {unit}."


def final_text(ctx):
    f = ctx.plan["final"]
    s, inf = ctx.steps[f], ctx.info[f]
    t = fmt(inf["shown"], inf["dw"], ",")
    if s["money"]:
        return "$" + t
    if s["pct"]:
        return t + "%"
    return t + (" " + s["unit"] if s["unit"] else "")


def render(style, plan, info, rng, res_over=None):
    """returns list of (line, [step ids with chains])"""
    st = STYLES[style]
    ctx = Ctx(plan, info, st, res_over)
    steps = plan["steps"]
    # pre-draw per-step choices (value independent)
    ch = []
    for _ in steps:
        ch.append(dict(u=rng.random() < st.units_p, x=rng.random(), c=rng.randrange(1000)))
    g = dict(intro=rng.randrange(1000), close=rng.randrange(1000), ans=rng.randrange(1000), a=rng.random(),
             b=rng.random(), c=rng.random())
    ans = plan["answer"][g["ans"] % len(plan["answer"])].replace("{v}", final_text(ctx))
    fin = plain(info[plan["final"]]["shown"], info[plan["final"]]["dw"])
    out = []

    def emit(text, ids=()):
        out.append((text, list(ids)))

    def pickc(lst, k):
        return lst[k % len(lst)]

    calc_idx = [i for i, s in enumerate(steps) if s["kind"] != "check"]
    checks = [i for i, s in enumerate(steps) if s["kind"] == "check"]

    if style == "gpt4o_md":
        emit(pickc(["Let's break this down step by step.", "Let's solve this step by step.",
                    "Here's how to work it out.", "Let's work through the numbers."], g["intro"]))
        emit("")
        k = 0
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("**Check:** " + ctx.chain(i) + " ✓", [i])
                    emit("")
                continue
            k += 1
            emit(f"### Step {k}: {s['label']}")
            if s["kind"] in ("ceil", "floor"):
                up = s["kind"] == "ceil"
                emit(f"{'Round up' if up else 'Round down'} to a whole number of {s['noun']}s: "
                     f"{ctx.ref_num(s['src'])} → **{ctx.step_num(i)} {s['unit']}**")
            else:
                lead = "" if ch[i]["x"] < 0.6 else s["label"] + " = "
                emit(lead + ctx.chain(i, ch[i]["u"], bold=True), [i])
            emit("")
        emit("### Final Answer")
        emit("**" + ans + "**")
        emit("")
        emit("#### " + fin)
    elif style == "claude_bold":
        emit(pickc(["Let me work through this step by step.", "I'll lay out the numbers and compute each piece.",
                    "Let's break this down.", "Here's the calculation."], g["intro"]))
        emit("")
        if g["a"] < 0.5:
            emit("**Given:**")
            for lab, val in plan["givens"]:
                emit(f"- {lab}: {val}")
            emit("")
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("")
                    emit("**Check:** " + ctx.chain(i) + " ✓", [i])
                continue
            if s["kind"] in ("ceil", "floor"):
                emit(f"**{s['label']}:** " + round_line(ctx, i, "arrow"))
            else:
                emit(f"**{s['label']}:** " + ctx.chain(i, ch[i]["u"]), [i])
        emit("")
        emit(ans)
        emit("")
        emit("#### " + fin)
    elif style == "bullets":
        emit(pickc(["Here's the breakdown:", "Step by step:", "Let's break it down:", "Working it out:"],
                   g["intro"]))
        emit("")
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("- Check: " + ctx.chain(i) + " ✓", [i])
                continue
            if s["kind"] in ("ceil", "floor"):
                emit("  - " + round_line(ctx, i, "arrow"))
            else:
                emit(f"- {s['label']}: " + ctx.chain(i, ch[i]["u"]), [i])
        emit("")
        emit(pickc(["**Answer:** ", "So: ", "**Result:** "], g["close"]) + ans)
        emit("")
        emit("#### " + fin)
    elif style == "prose":
        emit(pickc(["Let's break this down.", "We can solve this in a few steps.", "Let's think it through.",
                    "Let's start with what we know."], g["intro"]))
        emit("")
        cons_first = ["First, ", "To start, ", "We begin with "]
        cons = ["Then ", "Next, ", "After that, ", "Now ", "Also, "]
        line, ids, n_in = "", [], 0
        first = True
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    if line:
                        emit(line, ids)
                        line, ids, n_in = "", [], 0
                    emit("")
                    emit("As a check, " + ctx.chain(i) + ", which matches.", [i])
                continue
            if s["kind"] in ("ceil", "floor"):
                x = round_line(ctx, i, "plain")
                line = (line + " " + x) if line else x
                continue
            con = pickc(cons_first if first else cons, ch[i]["c"])
            first = False
            sent = f"{con}{lc(s['label'])}: {ctx.chain(i, ch[i]['u'])}."
            line = (line + " " + sent) if line else sent
            ids.append(i)
            n_in += 1
            if n_in >= 2 + (ch[i]["c"] % 2):
                emit(line, ids)
                emit("")
                line, ids, n_in = "", [], 0
        if line:
            emit(line, ids)
            emit("")
        if out and out[-1][0] == "":
            pass
        else:
            emit("")
        emit(pickc(["So, ", "Therefore, ", "Putting it together, "], g["close"]) + lc(ans))
        emit("")
        emit("#### " + fin)
    elif style == "latex_inline":
        emit(pickc(["Let's compute this step by step.", "We'll work through the label math.",
                    "Let's set up each quantity."], g["intro"]))
        emit("")
        k = 0
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("")
                    emit("Check: \\( " + ctx.chain(i) + " \\) ✓", [i])
                continue
            k += 1
            if s["kind"] in ("ceil", "floor"):
                emit(f"{k}. **{s['label']}:** " + round_line(ctx, i, "latex"))
            else:
                emit(f"{k}. **{s['label']}:** \\( " + ctx.chain(i, ch[i]["u"]) + " \\)", [i])
        emit("")
        emit(pickc(["So ", "Therefore, ", "Hence "], g["close"]) + lc(ans).replace("%", "%"))
        emit("")
        emit("#### " + fin)
    elif style == "latex_display":
        emit(pickc(["To solve this problem, we proceed step by step.",
                    "To find the answer, we need to work through each quantity.",
                    "Let's solve this step by step."], g["intro"]))
        emit("")
        k = 0
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("We can verify:")
                    emit("\\[")
                    emit(ctx.chain(i), [i])
                    emit("\\]")
                    emit("")
                continue
            k += 1
            emit(f"{k}. **{s['label']}:**")
            if s["kind"] in ("ceil", "floor"):
                up = s["kind"] == "ceil"
                emit(f"   Since only whole {s['noun']}s make sense, we round {'up' if up else 'down'}: "
                     f"\\( {ctx.ref_num(s['src'])} \\rightarrow {ctx.step_num(i)} \\).")
            else:
                emit("   \\[")
                emit("   " + ctx.chain(i, ch[i]["u"]), [i])
                emit("   \\]")
            emit("")
        emit(pickc(["Therefore, the answer is ", "Thus, the final answer is ", "The answer is "], g["close"])
             + "\\(\\boxed{" + fin + "}\\).")
        emit("")
        emit("#### " + fin)
    elif style == "table":
        emit(pickc(["Here's the calculation laid out in a table:", "Let's organize the numbers:",
                    "Breaking it down:"], g["intro"]))
        emit("")
        emit("| Quantity | Calculation | Result |")
        emit("|---|---|---|")
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                continue
            if s["kind"] in ("ceil", "floor"):
                w = "round up" if s["kind"] == "ceil" else "round down"
                emit(f"| {s['label']} | {w} {ctx.ref_num(s['src'])} → {ctx.step_num(i)} | "
                     f"{ctx.step_num(i)} {s['unit']} |")
                continue
            c = ctx.chain(i)
            lhs = ctx.expr(s["expr"])[0]
            mid = c[len(lhs):]
            # split off the final result
            res = ctx.step_res(i)
            sign = st.ap if ctx.info[i]["approx"] else st.eq
            assert mid.endswith(sign + res)
            calc = lhs + mid[: len(mid) - len(sign + res)]
            rcell = ("≈ " + res) if ctx.info[i]["approx"] else res
            emit(f"| {s['label']} | {calc} | {rcell} |", [i])
        emit("")
        for i in checks:
            if ctx.visible(i):
                emit("Check: " + ctx.chain(i) + " ✓", [i])
                emit("")
        emit(ans)
        emit("")
        emit("#### " + fin)
    elif style == "terse":
        if g["a"] < 0.5:
            emit("Solution:")
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("check: " + ctx.chain(i) + " ok", [i])
                continue
            if s["kind"] in ("ceil", "floor"):
                emit(f"{s['label']}: {ctx.ref_num(s['src'])} → {ctx.step_num(i)}")
            else:
                emit(f"{s['label']}: " + ctx.chain(i), [i])
        emit("Answer: " + final_text(ctx))
        emit("#### " + fin)
    elif style == "gsm8k":
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                continue
            if s["kind"] in ("ceil", "floor"):
                emit(f"Since only whole {s['noun']}s count, {ctx.ref_num(s['src'])} rounds "
                     f"{'up' if s['kind'] == 'ceil' else 'down'} to {ctx.step_num(i)} {s['unit']}.")
                continue
            lhs = ctx.expr(s["expr"])[0]
            num = ctx.step_num(i)
            inf = ctx.info[i]
            dw = ctx.res_over[i][1] if i in ctx.res_over else inf["dw"]
            unit = "" if (s["money"] or s["pct"]) else (" " + s["unit"] if s["unit"] else "")
            pre = "$" if s["money"] else ""
            post = "%" if s["pct"] else ""
            lab = pickc(["{L}: ", "{L} = ", "So {l} = ", "{L}: "], ch[i]["c"]).format(
                l=lc(s["label"]), L=s["label"])
            if inf["approx"] and dw == 0:
                emit(f"{lab}{lhs} ≈ {pre}{num}{post}{unit}.", [i])
            else:
                emit(f"{lab}{lhs}={pre}<<{lhs}={num}>>{num}{post}{unit}.", [i])
        emit("#### " + fin)
    elif style == "tutor":
        emit(pickc(["Great question! Let's work through it together.", "Sure! Let's take this one piece at a time.",
                    "Happy to help! Let's go step by step.", "Okay, let's figure this out together."],
                   g["intro"]))
        emit("")
        eqws = [" equals ", " is ", " gives us ", " comes to "]
        apws = [" is about ", " comes to about ", " is roughly ", " works out to about "]
        opener = ["First, let's find the {l}.", "Let's start with the {l}.", "Next, the {l}.",
                  "Now let's get the {l}.", "Then we need the {l}."]
        first = True
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                if ctx.visible(i):
                    emit("Let's double-check: " + ctx.chain(i, False, eqws[ch[i]["c"] % 4], apws[ch[i]["c"] % 4])
                         + ". ✓ Looks good!", [i])
                    emit("")
                continue
            if s["kind"] in ("ceil", "floor"):
                emit(round_line(ctx, i, "words"))
                emit("")
                continue
            op = opener[0] if first else opener[1 + ch[i]["c"] % 4]
            first = False
            emit(op.format(l=lc(s["label"])) + " " +
                 ctx.chain(i, ch[i]["u"], eqws[ch[i]["c"] % 4], apws[(ch[i]["c"] // 4) % 4]) + ".", [i])
            emit("")
        emit(pickc(["So there you have it: ", "And that's it! ", "Putting it all together, "], g["close"]) + lc(ans))
        emit("")
        emit("#### " + fin)
    elif style == "llama":
        k = 0
        for i, s in enumerate(steps):
            if s["kind"] == "check":
                continue
            k += 1
            emit(f"## Step {k}: {pickc(['Calculate', 'Determine', 'Find'], ch[i]['c'])} the {lc(s['label'])}")
            if s["kind"] in ("ceil", "floor"):
                up = s["kind"] == "ceil"
                emit(f"Since only whole {s['noun']}s count, we round {ctx.ref_num(s['src'])} "
                     f"{'up' if up else 'down'} to {ctx.step_num(i)} {s['unit']}.")
            else:
                emit(pickc(["The {l} is ", "This gives ", "We have "], ch[i]["c"] // 3).format(l=lc(s["label"]))
                     + ctx.chain(i, ch[i]["u"]) + ".", [i])
            emit("")
        emit(f"The final answer is: $\\boxed{{{fin}}}$")
        emit("")
        emit("#### " + fin)
    else:
        raise KeyError(style)
    return out


def join(lines):
    text = "\n".join(t for t, _ in lines)
    offs, p = [], 0
    for t, _ in lines:
        offs.append((p, p + len(t)))
        p += len(t) + 1
    return text, offs


# ----------------------------------------------------------------------------
# faults
# ----------------------------------------------------------------------------

KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]


def from_digits(ds, d):
    if not ds or (len(ds) - d) < 1:
        return None
    if len(ds) - d > 1 and ds[0] == "0":
        return None
    return Fr(int(ds), 10 ** d)


def wrong_value(kind, step, inf, vals_before, rng):
    """returns (value, decimals) or None"""
    right, d = inf["shown"], inf["dw"]
    ds = fmt(right, d, "").replace(".", "")
    cands = []
    if kind == "off_by_one":
        cands = [(right + 1, d), (right - 1, d)]
    elif kind == "off_by_ten":
        cands = [(right + 10, d), (right - 10, d)]
    elif kind == "swap_digits":
        for k in range(len(ds) - 1):
            if ds[k] != ds[k + 1]:
                v = from_digits(ds[:k] + ds[k + 1] + ds[k] + ds[k + 2:], d)
                if v is not None:
                    cands.append((v, d))
    elif kind == "drop_digit":
        if len(ds) >= 2:
            for k in range(len(ds)):
                v = from_digits(ds[:k] + ds[k + 1:], d)
                if v is not None:
                    cands.append((v, d))
    elif kind == "double_digit":
        for k in range(len(ds)):
            v = from_digits(ds[:k] + ds[k] + ds[k:], d)
            if v is not None:
                cands.append((v, d))
    elif kind == "wrong_op":
        e = step["expr"]
        if e[0] == "O" and not inf["approx"]:
            a, b = ev(e[2], vals_before), ev(e[3], vals_before)
            alt = {"+": ["-", "*"], "-": ["+"], "*": ["+", "/"], "/": ["*"]}[e[1]]
            for op in alt:
                if op == "-":
                    v = a - b
                elif op == "+":
                    v = a + b
                elif op == "*":
                    v = a * b
                else:
                    v = a / b
                if step["pct"] == "frac":
                    v = v * 100
                dd = ndec(v, 2)
                if dd is not None:
                    cands.append((v, max(dd, d) if step["money"] else dd))
    elif kind == "decimal_shift":
        for v in (right * 10, right / 10):
            dd = ndec(v, 3)
            if dd is not None:
                cands.append((v, max(dd, d) if step["money"] else max(d - 1, 0, dd)))
    good = []
    for v, dd in cands:
        if v <= 0 or v == right:
            continue
        if ndec(v, dd) is None:
            continue
        if rnd(inf["exact"], dd) == v:
            continue
        good.append((v, dd))
    if not good:
        return None
    return good[rng.randrange(len(good))]


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------


def build_plan(tfun, rng):
    for _ in range(300):
        plan = tfun(rng)
        steps = plan["steps"]
        if "final" not in plan:
            plan["final"] = max(i for i, s in enumerate(steps) if s["kind"] != "check")
        try:
            info = compute(steps)
        except (ValueError, ZeroDivisionError):
            continue
        if not valid_plan(steps, info, plan["final"]):
            continue
        fi = info[plan["final"]]
        plan["final_plain"] = plain(fi["shown"], fi["dw"])
        return plan, info
    raise RuntimeError("could not build plan")


def faulty(plan, info, kind_pref, rng, carry):
    steps = plan["steps"]
    calc = [i for i, s in enumerate(steps) if s["kind"] == "calc"]
    order = KINDS[KINDS.index(kind_pref):] + KINDS[:KINDS.index(kind_pref)]
    for kind in order:
        cand = calc[:]
        rng.shuffle(cand)
        for i in cand:
            vals_before = [x["val"] for x in info[:i]]
            w = wrong_value(kind, steps[i], info[i], vals_before, rng)
            if w is None:
                continue
            if not carry:
                return kind, i, w, info
            try:
                inf2 = compute(steps, {i: w})
            except (ValueError, ZeroDivisionError):
                continue
            ok = True
            for j, s in enumerate(steps):
                if j == i:
                    continue
                if inf2[j]["shown"] <= 0:
                    ok = False
                if s["kind"] in ("ceil", "floor"):
                    src = inf2[s["src"]]["val"]
                    if src.denominator == 1 or src < 1 or inf2[j]["shown"] < 1:
                        ok = False
            fi2 = inf2[plan["final"]]
            if plain(fi2["shown"], fi2["dw"]) == plan["final_plain"]:
                ok = False
            if not ok:
                continue
            return kind, i, w, inf2
    return None


def make_rows(pid, tname, style, plan, info, seed, kind_s, kind_c):
    rows = []
    base = dict(pid=pid, template=tname, style=style, problem=plan["problem"])
    # correct
    lines = render(style, plan, info, random.Random(seed))
    text, offs = join(lines)
    rows.append(dict(base, variant="correct", solution=text, final=plan["final_plain"]))
    chain_order = [i for _, ids in lines for i in ids]

    # slip
    frng = random.Random(seed + "|slip")
    kind, i, w, _ = faulty(plan, info, kind_s, frng, carry=False)
    sl = render(style, plan, info, random.Random(seed), res_over={i: w})
    stext, soffs = join(sl)
    li = [n for n, (_, ids) in enumerate(sl) if i in ids][0]
    a, b = soffs[li]
    ctx = Ctx(plan, info, STYLES[style])
    rows.append(dict(base, variant="slip", solution=stext, final=plan["final_plain"], span=[a, b],
                     wrong=fmt(w[0], w[1], STYLES[style].sep), right=plain(info[i]["shown"], info[i]["dw"]),
                     step=chain_order.index(i) + 1, kind=kind))

    # carry
    frng = random.Random(seed + "|carry")
    r = faulty(plan, info, kind_c, frng, carry=True)
    kind, i, w, inf2 = r
    cl = render(style, plan, inf2, random.Random(seed))
    ctext, coffs = join(cl)
    c_order = [j for _, ids in cl for j in ids]
    li = [n for n, (_, ids) in enumerate(cl) if i in ids][0]
    a, b = coffs[li]
    rows.append(dict(base, variant="carry", solution=ctext, final=plan["final_plain"], span=[a, b],
                     wrong=fmt(w[0], w[1], STYLES[style].sep), right=plain(info[i]["shown"], info[i]["dw"]),
                     step=c_order.index(i) + 1, kind=kind))

    # loop
    lrng = random.Random(seed + "|loop")
    comp_lines = [n for n, (_, ids) in enumerate(lines) if ids]
    # avoid cutting after the last computation only when there are others
    cut = comp_lines[lrng.randrange(len(comp_lines))]
    u = lrng.choice([1, 2, 2, 3, 3])
    u = min(u, cut + 1)
    unit_lines = [t for t, _ in lines[cut - u + 1: cut + 1]]
    while unit_lines and unit_lines[0] == "" and len(unit_lines) > 1:
        unit_lines = unit_lines[1:]
    unit = "\n".join(unit_lines)
    reps = lrng.randint(8, 30)
    prefix = "\n".join(t for t, _ in lines[: cut + 1])
    start2 = len(prefix) + 1
    body = prefix + ("\n" + unit) * (reps - 1)
    tail_roll = lrng.random()
    first = unit_lines[0]
    m = 0
    while m < len(first) and not first[m].isdigit():
        m += 1
    m = min(m, len(first) - 1)
    lo = len(first) - len(first.lstrip()) + 3
    if tail_roll < 0.5 and m >= lo:
        cutpos = lrng.randint(lo, m)
        body += "\n" + first[:cutpos]
    rows.append(dict(base, variant="loop", solution=body, final=plan["final_plain"],
                     span=[start2, start2 + len(unit)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--per-template", type=int, default=30)
    args = ap.parse_args()
    jobs = []
    for ti, (tname, tfun) in enumerate(TEMPLATES):
        for k in range(args.per_template):
            jobs.append((ti, tname, tfun, k))
    random.Random("nutrition-order-v1").shuffle(jobs)
    n_kind = len(KINDS)
    all_rows = []
    for n, (ti, tname, tfun, k) in enumerate(jobs):
        pid = f"nut{n + 1:04d}"
        seed = f"nutrition-v1|{tname}|{k}"
        plan, info = build_plan(tfun, random.Random(seed + "|plan"))
        style = STYLE_ORDER[(k + ti) % len(STYLE_ORDER)]
        kind_s = KINDS[n % n_kind]
        kind_c = KINDS[(n * 3 + 2) % n_kind]
        all_rows.extend(make_rows(pid, tname, style, plan, info, seed, kind_s, kind_c))
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
            "step", "kind", "repeats"]
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in all_rows:
            o = {k: r[k] for k in keys if k in r}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
