#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (pets & animal care genre)
with seeded arithmetic faults.  Standard library only, fully deterministic.

    python3 gen.py --out set.jsonl
"""
import argparse
import ast
import json
import math
import random
import sys
from collections import namedtuple
from fractions import Fraction as F

SEED = "mcrgen-pets-v1"
N_PROBLEMS = 612

# ---------------------------------------------------------------- numbers

def fixed(n, d):
    """integer n scaled by 10**-d as a plain decimal string"""
    neg = n < 0
    s = str(abs(n)).rjust(d + 1, "0")
    if d:
        s = s[:-d] + "." + s[-d:]
    return ("-" if neg else "") + s


def term_str(q, maxd=12):
    """exact decimal string of q, or None if it does not terminate within maxd places"""
    for d in range(maxd + 1):
        x = q * 10 ** d
        if x.denominator == 1:
            return fixed(x.numerator, d)
    return None


def ndec(s):
    return len(s.split(".")[1]) if "." in s else 0


def round_half_up(q, d):
    return fixed(math.floor(q * 10 ** d + F(1, 2)), d)


def money_str(s):
    """normalise a plain decimal string to money convention: integer or 2 decimals"""
    if "." not in s:
        return s
    q = F(s)
    if q.denominator == 1:
        return str(q.numerator)
    return round_half_up(q, 2) if ndec(s) <= 2 else s


def group(s, sep):
    """thousands separators on a plain decimal string"""
    if not sep:
        return s
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, _, fp = s.partition(".")
    if len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ("-" if neg else "") + ip + ("." + fp if fp else "")


def unit_for(value, unit):
    if not unit:
        return ""
    if value == 1 and unit.endswith("s") and unit not in ("lbs",) and " " not in unit:
        return unit[:-1]
    return unit


# ---------------------------------------------------------------- model

G = namedtuple("G", "v fmt unit label")  # given value


class Step:
    def __init__(self, name, expr, label, says, unit="", fmt="num", dec=2, mid=False,
                 integral=False):
        self.name, self.label, self.says = name, label, says
        self.kind = "calc"
        self.src = expr
        self.expr = parse_expr(expr)
        self.unit, self.fmt, self.dec, self.mid, self.integral = unit, fmt, dec, mid, integral


class Ceil:
    def __init__(self, name, src, label, why, unit):
        self.name, self.srcname, self.label, self.why, self.unit = name, src, label, why, unit
        self.kind = "ceil"
        self.fmt = "num"


class Check:
    def __init__(self, expr, target, fmt="num", dec=2):
        self.expr = parse_expr(expr)
        self.target, self.fmt, self.dec = target, fmt, dec
        self.unit = ""
        self.mid = False


class Template:
    def __init__(self, name, sample, problems, steps, final, closings, checks=(), ok=None):
        self.name, self.sample, self.problems = name, sample, problems
        self.steps, self.final, self.closings = steps, final, closings
        self.checks, self.ok = list(checks), ok


def parse_expr(src):
    tree = ast.parse(src, mode="eval").body

    def conv(n):
        if isinstance(n, ast.BinOp):
            op = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}[type(n.op)]
            return ("op", op, conv(n.left), conv(n.right))
        if isinstance(n, ast.Name):
            return ("ref", n.id)
        if isinstance(n, ast.Constant):
            return ("const", ast.get_source_segment(src, n))
        raise ValueError(src)
    return conv(tree)


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
       "*": lambda a, b: a * b, "/": lambda a, b: a / b}


def ev(node, env):
    t = node[0]
    if t == "const":
        return F(node[1])
    if t == "ref":
        return env[node[1]][0]
    return OPS[node[1]](ev(node[2], env), ev(node[3], env))


def write_result(q, fmt, dec):
    """-> (written plain string, approx flag)"""
    t = term_str(q)
    if t is not None and ndec(t) <= dec:
        if fmt == "money":
            t = money_str(t) if ndec(t) == 0 else round_half_up(F(t), 2)
        return t, False
    return round_half_up(q, dec), True


class Fault:
    def __init__(self, step, wrong, mode, kind):
        self.step, self.wrong, self.mode, self.kind = step, wrong, mode, kind


def evaluate(tpl, g, fault=None):
    """Returns (records, checks, env).  env maps name -> (value, plain string, fmt, unit)."""
    env = {}
    for k, gv in g.items():
        env[k] = (gv.v, term_str(gv.v), gv.fmt, gv.unit)
    recs = []
    for st in tpl.steps:
        if st.kind == "calc":
            exact = ev(st.expr, env)
            written, approx = write_result(exact, st.fmt, st.dec)
            rec = dict(step=st, exact=exact, written=written, approx=approx, right=written)
            vstr = written
            if fault is not None and fault.step == st.name:
                rec["written"] = fault.wrong
                if fault.mode == "carry":
                    vstr = fault.wrong
            rec["env"] = dict(env)
            rec["vstr"] = vstr
            env[st.name] = (F(vstr), vstr, st.fmt, st.unit)
        else:
            x = env[st.srcname][0]
            n = math.ceil(x)
            rec = dict(step=st, x=env[st.srcname][1], xval=x, n=n, written=str(n), vstr=str(n), approx=False)
            env[st.name] = (F(n), str(n), "num", st.unit)
        recs.append(rec)
    checks = []
    for ck in tpl.checks:
        exact = ev(ck.expr, env)
        written, approx = write_result(exact, ck.fmt, ck.dec)
        checks.append(dict(step=ck, exact=exact, written=written, approx=approx, env=dict(env),
                           holds=(F(written) == env[ck.target][0] and not approx)))
    return recs, checks, env


def valid_state(tpl, g, recs, env):
    for rec in recs:
        st = rec["step"]
        if st.kind == "calc":
            v = F(rec["written"]) if rec["written"] == rec["right"] else env[st.name][0]
            if env[st.name][0] <= 0 or rec["exact"] <= 0:
                return False
            if st.integral and env[st.name][0].denominator != 1:
                return False
        else:
            x = rec["xval"]
            if x.denominator == 1 or x <= 0:
                return False
            if x - math.floor(x) < F(1, 20):
                return False
    return True


# ---------------------------------------------------------------- templates

PETS = ["Max", "Bella", "Luna", "Charlie", "Daisy", "Cooper", "Milo", "Rocky", "Sadie", "Bailey",
        "Ollie", "Pepper", "Biscuit", "Rosie", "Zeus", "Nala", "Winston", "Hazel", "Toby", "Juniper"]
OWNERS = ["Maria", "Jake", "Priya", "Tom", "Aisha", "Ben", "Chloe", "Diego", "Hannah", "Kenji",
          "Lena", "Omar", "Rachel", "Sam", "Tessa", "Will", "Noor", "Grace", "Luis", "Mei"]
SHELTERS = ["Happy Tails Rescue", "Second Chance Shelter", "Paws & Whiskers Shelter",
            "Riverside Animal Shelter", "Hope Hollow Rescue", "Cedar County Animal Shelter"]
DOGS = ["beagle", "Labrador", "border collie", "golden retriever", "boxer", "corgi", "husky",
        "mixed-breed dog", "German shepherd", "cocker spaniel"]


def D(x):
    return F(str(x))


def ch(r, xs):
    return D(r.choice(xs))


def base_words(r):
    return dict(pet=r.choice(PETS), owner=r.choice(OWNERS), shelter=r.choice(SHELTERS),
                breed=r.choice(DOGS))


TEMPLATES = []


def T(*a, **k):
    TEMPLATES.append(Template(*a, **k))


# 1 ---------------------------------------------------------------
def s_food_bags(r):
    g = dict(cups_meal=G(ch(r, ["1.25", "1.5", "1.75", "2", "2.25", "2.5", "3"]), "num", "cups", "Food per meal"),
             meals=G(ch(r, [2, 3]), "num", "meals", "Meals per day"),
             days=G(ch(r, [30, 45, 60, 90]), "num", "days", "Days to cover"),
             cups_lb=G(ch(r, ["4", "3.5", "4.5"]), "num", "cups/lb", "Cups per pound"),
             bag_lb=G(ch(r, [15, 20, 24, 30, 35, 40]), "num", "lb/bag", "Bag size"),
             price=G(ch(r, ["32.99", "38.50", "42.75", "45", "49.99", "54.25", "61.80"]), "money", "", "Price per bag"))
    return g, {}


T("dog_food_bags", s_food_bags, [
    "{owner}'s dog {pet} eats {cups_meal} cups of kibble at each meal and gets {meals} meals a day. One pound of the kibble is about {cups_lb} cups, and it comes in {bag_lb}-pound bags that cost {price} each. How much will {owner} spend on kibble for {days} days if only whole bags can be bought?",
    "{pet} the {breed} is fed {meals} times a day, {cups_meal} cups per feeding. The food {owner} buys measures {cups_lb} cups to the pound and is sold in {bag_lb} lb bags for {price}. What does it cost to buy enough whole bags to feed {pet} for {days} days?",
    "A {bag_lb}-pound bag of dog food costs {price}, and each pound holds about {cups_lb} cups. If {pet} eats {cups_meal} cups per meal, {meals} meals per day, how much money does {owner} need to buy enough bags for the next {days} days?",
], [
    Step("daily", "cups_meal * meals", "Cups per day", ["{pet} eats {c} cups a day", "each day {pet} gets {c} cups", "daily, that's {c} cups"], unit="cups"),
    Step("total", "daily * days", "Total cups", ["over the whole period {pet} needs {c} cups", "the full stretch takes {c} cups"], unit="cups"),
    Step("pounds", "total / cups_lb", "Pounds of food", ["in pounds that is {c} lb", "converting to weight gives {c} lb"], unit="lb"),
    Step("bags_exact", "pounds / bag_lb", "Bags needed", ["dividing by the bag size gives {c} bags", "that works out to {c} bags"], unit="bags"),
    Ceil("bags", "bags_exact", "Bags to buy", "only whole bags can be bought", "bags"),
    Step("cost", "bags * price", "Total cost", ["the kibble costs {c}", "the bill comes out to {c}"], fmt="money"),
], "cost", checks=[Check("pounds * cups_lb", "total")], closings=["{owner} will spend {ans} on kibble.", "The kibble for {pet} costs {ans} in total.",
            "So the food budget for this period is {ans}."])


# 2 ---------------------------------------------------------------
def s_med_liquid(r):
    g = dict(weight_lb=G(D(r.randint(12, 95)), "num", "lb", "Weight"),
             rate=G(ch(r, ["2", "2.5", "5", "10"]), "num", "mg/kg", "Dose rate"),
             conc=G(ch(r, [10, 25, 50]), "num", "mg/mL", "Concentration"),
             times=G(ch(r, [2, 3]), "num", "doses", "Doses per day"),
             days=G(ch(r, [5, 7, 10, 14]), "num", "days", "Course length"))
    w = {"times_word": {2: "twice", 3: "three times"}[int(g["times"].v)]}
    return g, w


T("med_dose_liquid", s_med_liquid, [
    "{pet} the {breed} weighs {weight_lb} pounds. The vet prescribes an antibiotic at {rate} mg per kg of body weight, given {times_word} a day for {days} days. The liquid contains {conc} mg per mL. Using 1 kg = 2.2 lb and rounding the weight to the nearest tenth of a kilogram, how many mL of medicine are needed for the full course?",
    "A vet orders {rate} mg/kg of a liquid medication for {owner}'s dog {pet}, who weighs {weight_lb} lb. The suspension is {conc} mg/mL and is given {times_word} daily for {days} days. Convert the weight to kilograms (2.2 lb per kg, nearest tenth). How many milliliters will the whole course use?",
    "{owner} has to give {pet} a liquid anti-inflammatory dosed at {rate} mg per kilogram, {times_word} a day, for {days} days. {pet} weighs {weight_lb} lb, and the bottle is labeled {conc} mg/mL. With 2.2 lb in a kilogram (round the kilograms to one decimal), how much liquid, in mL, is needed in total?",
], [
    Step("kg", "weight_lb / 2.2", "Weight in kilograms", ["{pet} weighs {c} kg", "in kilograms {pet} weighs {c} kg"], unit="kg", dec=1),
    Step("dose", "rate * kg", "Dose per administration", ["each dose is {c} mg", "one dose comes to {c} mg"], unit="mg"),
    Step("ml", "dose / conc", "Volume per dose", ["each dose is {c} mL of liquid", "that is {c} mL per dose"], unit="mL"),
    Step("ml_day", "ml * times", "Volume per day", ["per day that's {c} mL", "daily, {pet} gets {c} mL"], unit="mL"),
    Step("ml_total", "ml_day * days", "Total volume", ["the whole course needs {c} mL", "over the course that adds up to {c} mL"], unit="mL"),
], "ml_total", checks=[Check("ml * conc", "dose")], closings=["{pet} needs {ans} mL of the medicine for the full course.",
                "The full course uses {ans} mL.", "So {owner} will need {ans} mL of the liquid in total."])


# 3 ---------------------------------------------------------------
def s_aquarium(r):
    g = dict(L=G(ch(r, [20, 24, 30, 36, 48]), "num", "inches", "Length"),
             W=G(ch(r, [10, 12, 13, 18]), "num", "inches", "Width"),
             H=G(ch(r, [12, 16, 18, 20, 21]), "num", "inches", "Height"),
             pct=G(ch(r, [10, 15, 20, 25, 30]) / 100, "pct", "", "Weekly water change"))
    return g, {}


T("aquarium_water_change", s_aquarium, [
    "{owner} has a rectangular aquarium that measures {L} by {W} by {H} inches. A gallon is 231 cubic inches and about 3.785 liters. Each week {owner} replaces {pct} of the water. Rounding gallons and liters to one decimal place, how many liters of water does {owner} replace over 4 weekly changes?",
    "A fish tank is {L} inches long, {W} inches wide and {H} inches tall. Using 231 cubic inches per gallon and 3.785 liters per gallon (round to the nearest tenth each time), how many liters are swapped out in a month of 4 weekly {pct} water changes?",
    "{owner}'s new tank for {pet} the goldfish is {L} in × {W} in × {H} in. If a weekly water change is {pct} of the tank, how many liters does {owner} change over 4 weeks? (1 gallon = 231 cubic inches = 3.785 L; round to one decimal place.)",
], [
    Step("cuin", "L * W * H", "Volume in cubic inches", ["the tank holds {c} cubic inches", "the volume is {c} cubic inches"], unit="cubic inches", dec=0),
    Step("gal", "cuin / 231", "Volume in gallons", ["that is {c} gallons", "in gallons it is {c} gallons"], unit="gallons", dec=1),
    Step("liters", "gal * 3.785", "Volume in liters", ["in liters the tank is {c} L", "converting, the tank holds {c} L"], unit="L", dec=1),
    Step("change", "liters * pct", "Water per change", ["each weekly change is {c} L", "one change replaces {c} L"], unit="L", dec=1),
    Step("month", "change * 4", "Water over 4 changes", ["four changes replace {c} L", "over 4 weeks that adds up to {c} L"], unit="L", dec=1),
], "month", ["{owner} replaces about {ans} liters of water over the 4 weeks.",
             "That is roughly {ans} L of water changed in four weeks.",
             "So about {ans} liters get replaced."])


# 4 ---------------------------------------------------------------
def s_sitting(r):
    days = r.randint(3, 10)
    g = dict(rate=G(ch(r, [18, 20, 22, 24, 25, 28, 30]), "money", "/visit", "Rate per visit"),
             visits_day=G(ch(r, [2, 3]), "num", "visits", "Visits per day"),
             days=G(D(days), "num", "days", "Days"),
             overnight=G(ch(r, [45, 50, 55, 60, 65, 75]), "money", "/night", "Overnight fee"),
             nights=G(D(r.randint(2, days - 1)), "num", "nights", "Overnight stays"),
             pct=G(ch(r, [10, 15, 20]) / 100, "pct", "", "Holiday surcharge"))
    return g, {}


T("pet_sitting_bill", s_sitting, [
    "A pet sitter charges {rate} per drop-in visit and {overnight} for each overnight stay. {owner} books {visits_day} visits a day for {days} days plus {nights} overnight stays. Because it is a holiday week, a {pct} surcharge is added to the whole bill. What is the total?",
    "{owner} is going away for {days} days and hires a sitter for {pet}. Drop-in visits are {rate} each, {visits_day} per day, and overnights cost {overnight} apiece; {owner} needs {nights} of them. A {pct} holiday surcharge applies to everything. How much will {owner} pay?",
    "For a {days}-day trip, {owner} schedules {visits_day} pet-sitting visits per day at {rate} each and {nights} overnight stays at {overnight} each. The sitter adds {pct} for holiday bookings. Find the total cost.",
], [
    Step("visits", "visits_day * days", "Number of visits", ["there are {c} visits", "the sitter makes {c} visits"], unit="visits", integral=True),
    Step("visit_cost", "visits * rate", "Cost of visits", ["the visits cost {c}", "drop-ins come to {c}"], fmt="money"),
    Step("night_cost", "nights * overnight", "Cost of overnights", ["the overnights cost {c}", "overnight stays add {c}"], fmt="money"),
    Step("subtotal", "visit_cost + night_cost", "Subtotal", ["before the surcharge the bill is {c}", "the subtotal is {c}"], fmt="money"),
    Step("surcharge", "subtotal * pct", "Holiday surcharge", ["the surcharge is {c}", "the holiday fee adds {c}"], fmt="money"),
    Step("total", "subtotal + surcharge", "Total bill", ["the total is {c}", "altogether {owner} pays {c}"], fmt="money"),
], "total", ["{owner} pays {ans} for the pet sitting.", "The total bill comes to {ans}.",
             "So the sitter's total charge is {ans}."],
  checks=[Check("visit_cost + night_cost + surcharge", "total", fmt="money")])


# 5 ---------------------------------------------------------------
def s_capacity(r):
    intake = r.randint(10, 24)
    g = dict(kennels=G(D(r.randint(20, 60)), "num", "kennels", "Dog kennels"),
             condos=G(D(r.randint(16, 48)), "num", "condos", "Cat condos"),
             pct=G(ch(r, [60, 65, 70, 75, 80, 85, 90]) / 100, "pct", "", "Currently occupied"),
             intake=G(D(intake), "num", "animals", "Intakes per week"),
             adopt=G(D(r.randint(4, intake - 3)), "num", "animals", "Adoptions per week"))
    return g, {}


T("shelter_capacity", s_capacity, [
    "{shelter} has {kennels} dog kennels and {condos} cat condos, each holding one animal. Right now {pct} of the spaces are filled. Every week about {intake} animals come in and {adopt} are adopted. During which week will the shelter run out of space?",
    "A shelter's capacity is {kennels} kennels for dogs plus {condos} condos for cats. It is {pct} full. If it takes in {intake} animals a week and adopts out {adopt} a week, how many weeks (counting a partial week as a whole week) until it is full?",
    "The manager at {shelter} counts {kennels} kennels and {condos} cat condos, and {pct} of them are occupied. With {intake} new arrivals and {adopt} adoptions each week, in how many weeks will every space be taken? Count any partial week as a full week.",
], [
    Step("capacity", "kennels + condos", "Total capacity", ["the shelter has {c} spaces", "total capacity is {c} spaces"], unit="spaces", integral=True),
    Step("occupied", "capacity * pct", "Occupied spaces", ["{c} spaces are already filled", "currently {c} animals are housed"], unit="spaces", integral=True),
    Step("open", "capacity - occupied", "Open spaces", ["{c} spaces are open", "that leaves {c} spaces open"], unit="spaces", integral=True),
    Step("net", "intake - adopt", "Net gain per week", ["the shelter gains {c} animals a week", "the net increase is {c} animals per week"], unit="animals", integral=True),
    Step("weeks_exact", "open / net", "Weeks to fill", ["filling up takes {c} weeks", "the open spaces last {c} weeks"], unit="weeks", dec=1),
    Ceil("weeks", "weeks_exact", "Week it fills", "a partial week counts as a whole week", "weeks"),
], "weeks", ["The shelter fills up during week {ans}.", "It runs out of space in {ans} weeks.",
             "So the shelter will be full within {ans} weeks."],
  checks=[Check("occupied + open", "capacity")],
  ok=lambda g, env: env["open"][0] > env["net"][0])


# 6 ---------------------------------------------------------------
def s_adoption(r):
    g = dict(dog_fee=G(ch(r, [150, 175, 200, 225, 250, 275, 300]), "money", "", "Dog adoption fee"),
             cat_fee=G(ch(r, [75, 85, 90, 95, 100, 120, 125]), "money", "", "Cat adoption fee"),
             pct=G(ch(r, [20, 25, 40, 50]) / 100, "pct", "", "Cat discount"),
             n_dogs=G(D(r.randint(6, 30)), "num", "dogs", "Dogs adopted"),
             n_cats=G(D(r.randint(8, 40)), "num", "cats", "Cats adopted"),
             vax=G(ch(r, [18, 22, 25, 30, 35]), "money", "", "Vaccine cost per animal"))
    return g, {}


T("adoption_event", s_adoption, [
    "At an adoption weekend, {shelter} charges {dog_fee} to adopt a dog and {cat_fee} to adopt a cat, but cat fees are {pct} off. {n_dogs} dogs and {n_cats} cats go home. The shelter spent {vax} per adopted animal on vaccinations. How much money is left from the fees after covering the vaccinations?",
    "Dog adoptions cost {dog_fee} and cat adoptions normally cost {cat_fee}. During a promotion, cats are discounted {pct}. The shelter places {n_dogs} dogs and {n_cats} cats, and each adopted animal had {vax} of vaccines. What are the fees minus the vaccine costs?",
    "{shelter} ran a {pct}-off cat adoption special (regular cat fee {cat_fee}; dog fee {dog_fee}, no discount). They adopted out {n_dogs} dogs and {n_cats} cats. If vaccines cost {vax} for every adopted animal, what is the net amount the event brought in?",
], [
    Step("dog_rev", "n_dogs * dog_fee", "Dog fees", ["dog adoptions bring in {c}", "the dogs bring in {c}"], fmt="money"),
    Step("disc", "cat_fee * pct", "Cat discount", ["the discount per cat is {c}", "each cat fee is reduced by {c}"], fmt="money"),
    Step("cat_price", "cat_fee - disc", "Discounted cat fee", ["a cat now costs {c}", "the sale price per cat is {c}"], fmt="money"),
    Step("cat_rev", "n_cats * cat_price", "Cat fees", ["cat adoptions bring in {c}", "the cats bring in {c}"], fmt="money"),
    Step("total", "dog_rev + cat_rev", "Total fees", ["all fees total {c}", "the fees add up to {c}"], fmt="money"),
    Step("vax_cost", "(n_dogs + n_cats) * vax", "Vaccine costs", ["vaccines cost {c}", "the vaccinations come to {c}"], fmt="money", mid=True),
    Step("net", "total - vax_cost", "Net from fees", ["the net is {c}", "what's left is {c}"], fmt="money"),
], "net", ["The event nets {ans} after vaccinations.", "After covering vaccines, {ans} is left from the fees.",
           "So the shelter keeps {ans} from the adoption fees."],
  checks=[Check("vax_cost + net", "total", fmt="money")])


# 7 ---------------------------------------------------------------
def s_grooming(r):
    g = dict(every=G(ch(r, [2, 3, 4, 6]), "num", "months", "Grooming interval"),
             price=G(ch(r, [55, 60, 65, 70, 75, 80, 85, 90, 95]), "money", "", "Groom price"),
             tip=G(ch(r, [15, 18, 20]) / 100, "pct", "", "Tip"),
             nail=G(ch(r, [10, 12, 15, 18, 20]), "money", "", "Nail trim price"))
    return g, {}


T("grooming_budget", s_grooming, [
    "{pet} the {breed} gets a full groom every {every} months for {price}, and {owner} always tips {tip}. {pet} also gets a nail trim once a month for {nail}. On average, how much does {owner} spend on grooming per month over a year?",
    "{owner} books {pet} for a groom every {every} months at {price} plus a {tip} tip, and a monthly nail trim at {nail}. What is the average monthly grooming cost over 12 months, to the nearest cent?",
    "A full grooming session costs {price} and {owner} adds a {tip} tip; {pet} goes every {every} months. Nail trims are {nail} each, once a month. Spread over a year, what does grooming cost per month?",
], [
    Step("grooms", "12 / every", "Grooms per year", ["{pet} is groomed {c} times a year", "there are {c} grooms in a year"], unit="grooms", integral=True),
    Step("tip_amt", "price * tip", "Tip per groom", ["the tip is {c}", "each tip is {c}"], fmt="money"),
    Step("per_visit", "price + tip_amt", "Cost per groom", ["each groom costs {c}", "one visit with tip is {c}"], fmt="money"),
    Step("groom_year", "grooms * per_visit", "Grooming per year", ["grooms cost {c} a year", "the yearly grooming bill is {c}"], fmt="money"),
    Step("nails", "12 * nail", "Nail trims per year", ["nail trims cost {c} a year", "the trims add {c}"], fmt="money"),
    Step("year", "groom_year + nails", "Yearly total", ["the year's total is {c}", "all together the year costs {c}"], fmt="money"),
    Step("month", "year / 12", "Monthly average", ["per month that averages {c}", "the monthly average is {c}"], fmt="money"),
], "month", checks=[Check("month * 12", "year", fmt="money")], closings=["{owner} spends about {ans} a month on grooming.", "Grooming averages {ans} per month.",
             "So the average monthly grooming cost is {ans}."])


# 8 ---------------------------------------------------------------
def s_vaccines(r):
    g = dict(shots=G(ch(r, [3, 4]), "num", "shots", "DHPP shots"),
             dhpp=G(ch(r, ["25", "28", "30", "32.50", "35", "38"]), "money", "", "DHPP price"),
             lepto=G(ch(r, ["22", "24.50", "27", "30"]), "money", "", "Lepto price"),
             rabies=G(ch(r, ["15", "18", "20", "25", "28.50"]), "money", "", "Rabies price"),
             exam=G(ch(r, [45, 50, 55, 60, 65, 70]), "money", "", "Exam fee"),
             visits=G(ch(r, [3, 4]), "num", "visits", "Visits"),
             pct=G(ch(r, [5, 10, 15]) / 100, "pct", "", "Discount"))
    return g, {}


T("puppy_vaccines", s_vaccines, [
    "{owner}'s new puppy {pet} needs {shots} DHPP shots at {dhpp} each, 2 leptospirosis shots at {lepto} each, and one rabies shot for {rabies}. The shots are spread over {visits} vet visits with a {exam} exam fee per visit. The clinic's puppy package takes {pct} off the whole bill. What does {owner} pay?",
    "A puppy vaccine series includes {shots} distemper/parvo (DHPP) boosters at {dhpp}, two lepto shots at {lepto}, and a {rabies} rabies vaccine. There are {visits} visits, each with a {exam} exam. With a {pct} new-puppy discount on the total, how much does the series cost?",
    "{pet} the puppy will have {visits} vet appointments ({exam} exam each). Across them {pet} gets {shots} DHPP vaccines ({dhpp} each), 2 lepto vaccines ({lepto} each) and 1 rabies vaccine ({rabies}). The vet gives {pct} off everything. Find the final cost.",
], [
    Step("dhpp_cost", "shots * dhpp", "DHPP shots", ["the DHPP shots cost {c}", "distemper boosters come to {c}"], fmt="money"),
    Step("lepto_cost", "2 * lepto", "Lepto shots", ["the lepto shots cost {c}", "two lepto shots are {c}"], fmt="money"),
    Step("vaccines", "dhpp_cost + lepto_cost + rabies", "All vaccines", ["the vaccines total {c}", "all shots together cost {c}"], fmt="money"),
    Step("exams", "visits * exam", "Exam fees", ["the exams cost {c}", "exam fees add {c}"], fmt="money"),
    Step("subtotal", "vaccines + exams", "Subtotal", ["before the discount the bill is {c}", "the subtotal is {c}"], fmt="money"),
    Step("discount", "subtotal * pct", "Discount", ["the discount is {c}", "the package saves {c}"], fmt="money"),
    Step("total", "subtotal - discount", "Final cost", ["{owner} pays {c}", "the final bill is {c}"], fmt="money"),
], "total", ["{owner} pays {ans} for {pet}'s vaccine series.", "The vaccine series costs {ans} after the discount.",
             "So the final bill is {ans}."],
  checks=[Check("total + discount", "subtotal", fmt="money")])


# 9 ---------------------------------------------------------------
def s_cans(r):
    g = dict(cats=G(ch(r, [2, 3, 4, 5]), "num", "cats", "Cats"),
             per_cat=G(ch(r, ["0.5", "0.75", "1", "1.5"]), "frac", "cans", "Cans per cat per day"),
             case=G(ch(r, [12, 24]), "num", "cans/case", "Cans per case"),
             price=G(ch(r, ["14.40", "18.96", "21.60", "24", "27.36", "32.40"]), "money", "", "Price per case"))
    w = {"per_cat_word": {F(1, 2): "half a can", F(3, 4): "three-quarters of a can", F(1): "one can",
                          F(3, 2): "one and a half cans"}[g["per_cat"].v]}
    return g, w


T("cat_food_cans", s_cans, [
    "{owner} has {cats} cats, and each one eats {per_cat_word} of wet food a day. Cans come in cases of {case} for {price} a case. How much will {owner} spend on wet food for a 30-day month, buying only full cases?",
    "Each of {owner}'s {cats} cats gets {per_cat_word} of wet food daily. The store sells {case}-can cases at {price}. If {owner} must buy whole cases, what is the cost of food for 30 days?",
    "A cat rescue volunteer feeds {cats} foster cats {per_cat_word} each per day. Wet food is sold in cases of {case} cans costing {price}. What does a 30-day supply cost if partial cases are not sold?",
], [
    Step("daily", "cats * per_cat", "Cans per day", ["the cats eat {c} cans a day", "together they go through {c} cans a day"], unit="cans"),
    Step("monthly", "daily * 30", "Cans per month", ["a 30-day month needs {c} cans", "over 30 days that is {c} cans"], unit="cans"),
    Step("cases_exact", "monthly / case", "Cases needed", ["that is {c} cases", "dividing by the case size gives {c} cases"], unit="cases"),
    Ceil("cases", "cases_exact", "Cases to buy", "partial cases are not sold", "cases"),
    Step("cost", "cases * price", "Cost", ["the food costs {c}", "the month of wet food costs {c}"], fmt="money"),
], "cost", ["{owner} spends {ans} on wet food for the month.", "The 30-day supply costs {ans}.",
            "So the wet food bill is {ans}."])


# 10 --------------------------------------------------------------
def s_raw(r):
    g = dict(weight=G(D(5 * r.randint(4, 24)), "num", "lb", "Body weight"),
             pct=G(ch(r, ["2", "2.5", "3"]) / 100, "pct", "", "Daily ration"),
             meals=G(ch(r, [2, 3]), "num", "meals", "Meals per day"))
    return g, {}


T("raw_feeding_ration", s_raw, [
    "{owner} feeds {pet} a raw diet at {pct} of body weight per day. {pet} weighs {weight} pounds and eats {meals} meals a day. How many ounces of food go in each meal? (1 lb = 16 oz; round to one decimal place if needed.)",
    "Raw-feeding guidelines say an adult dog should eat {pct} of its body weight daily. For a {weight}-lb {breed} fed {meals} times a day, how many ounces are in each meal? (16 ounces per pound)",
    "{pet} weighs {weight} lb. The daily raw ration is {pct} of that weight, split evenly into {meals} meals. How many ounces is one meal?",
], [
    Step("daily_lb", "weight * pct", "Food per day (lb)", ["{pet} eats {c} lb a day", "the daily ration is {c} lb"], unit="lb"),
    Step("daily_oz", "daily_lb * 16", "Food per day (oz)", ["in ounces that is {c} oz", "converting gives {c} oz per day"], unit="oz"),
    Step("meal_oz", "daily_oz / meals", "Food per meal", ["each meal is {c} oz", "one meal is {c} oz"], unit="oz", dec=1),
], "meal_oz", checks=[Check("meal_oz * meals", "daily_oz")], closings=["Each meal should be {ans} ounces.", "{pet} gets {ans} oz of food per meal.",
               "So one meal is {ans} oz."])


# 11 --------------------------------------------------------------
def s_calories(r):
    g = dict(kcal=G(D(10 * r.randint(50, 180)), "num", "kcal", "Daily calories"),
             kcal_cup=G(ch(r, [330, 350, 360, 375, 390, 400, 420, 450]), "num", "kcal/cup", "Calories per cup"),
             pct=G(ch(r, [5, 10]) / 100, "pct", "", "Treat allowance"),
             meals=G(ch(r, [2, 3]), "num", "meals", "Meals per day"))
    return g, {}


T("calorie_cups", s_calories, [
    "The vet says {pet} should eat {kcal} calories a day, with {pct} of those coming from treats. {pet}'s kibble has {kcal_cup} kcal per cup. If the rest is split into {meals} equal meals, how many cups go in each meal? Round to the nearest hundredth.",
    "{owner}'s dog needs {kcal} kcal per day. Treats are allowed to make up {pct} of the calories, and the remaining calories come from food with {kcal_cup} kcal per cup, fed in {meals} meals. How many cups per meal (to two decimal places)?",
    "A weight-loss plan for {pet} allows {kcal} kcal daily, {pct} of it from training treats. The diet food is {kcal_cup} kcal/cup. How many cups should each of the {meals} daily meals be? Give the answer to the hundredth of a cup.",
], [
    Step("treat", "kcal * pct", "Treat calories", ["treats get {c} kcal", "the treat allowance is {c} kcal"], unit="kcal", dec=1),
    Step("meal_kcal", "kcal - treat", "Food calories", ["food must supply {c} kcal", "the meals get {c} kcal"], unit="kcal", dec=1),
    Step("kcal_meal", "meal_kcal / meals", "Calories per meal", ["each meal gets {c} kcal", "per meal that is {c} kcal"], unit="kcal"),
    Step("cups_meal", "kcal_meal / kcal_cup", "Cups per meal", ["each meal is {c} cups", "one meal is {c} cups"], unit="cups"),
], "cups_meal", ["Each meal should be about {ans} cups.", "{pet} gets roughly {ans} cups per meal.",
                 "So one meal is about {ans} cups of kibble."],
  checks=[Check("treat + meal_kcal", "kcal", dec=1)])


# 12 --------------------------------------------------------------
def s_tank_med(r):
    g = dict(liters=G(ch(r, [75, 95, 110, 120, 150, 190, 200, 240, 300, 375]), "num", "L", "Tank volume"),
             dose10=G(ch(r, ["5", "2.5", "10"]), "num", "mL", "Dose per 10 gallons"),
             days=G(ch(r, [3, 5, 7]), "num", "days", "Treatment days"),
             bottle=G(ch(r, [30, 60, 120]), "num", "mL/bottle", "Bottle size"),
             price=G(ch(r, ["8.99", "11.49", "12.75", "15.99"]), "money", "", "Bottle price"))
    return g, {}


T("aquarium_medication", s_tank_med, [
    "{owner}'s aquarium holds {liters} liters. An ich treatment is dosed at {dose10} mL per 10 gallons once a day for {days} days. Bottles hold {bottle} mL and cost {price}. Using 3.785 liters per gallon (round gallons to one decimal), how much will {owner} spend on enough whole bottles?",
    "A {liters}-liter fish tank needs medicine at {dose10} mL for every 10 gallons, daily for {days} days. Each {bottle} mL bottle costs {price}. Convert liters to gallons with 1 gal = 3.785 L, rounded to the tenth. What is the cost of the bottles needed?",
    "To treat {pet} the betta's community tank ({liters} L), the label says {dose10} mL per 10 gallons per day for {days} days. The medicine comes in {bottle} mL bottles at {price}. How much does the treatment cost if only whole bottles can be bought? (3.785 L = 1 gal; round gallons to one decimal place.)",
], [
    Step("gal", "liters / 3.785", "Tank in gallons", ["the tank is {c} gallons", "in gallons it holds {c} gallons"], unit="gallons", dec=1),
    Step("dose", "gal / 10 * dose10", "Daily dose", ["each daily dose is {c} mL", "one day's dose is {c} mL"], unit="mL"),
    Step("course", "dose * days", "Total medicine", ["the whole treatment uses {c} mL", "over the treatment that is {c} mL"], unit="mL"),
    Step("bottles_exact", "course / bottle", "Bottles needed", ["that is {c} bottles", "it takes {c} bottles"], unit="bottles"),
    Ceil("bottles", "bottles_exact", "Bottles to buy", "only whole bottles can be bought", "bottles"),
    Step("cost", "bottles * price", "Cost", ["the medicine costs {c}", "the bottles cost {c}"], fmt="money"),
], "cost", ["The treatment costs {ans}.", "{owner} spends {ans} on medicine.", "So the bottles cost {ans} in total."])


# 13 --------------------------------------------------------------
def s_boarding(r):
    g = dict(nightly=G(ch(r, [35, 40, 45, 50, 55, 60, 65]), "money", "/night", "Nightly rate"),
             nights=G(D(r.randint(3, 14)), "num", "nights", "Nights"),
             pct=G(ch(r, [20, 25, 30, 50]) / 100, "pct", "", "Second-dog discount"),
             bath=G(ch(r, [15, 18, 20, 25]), "money", "", "Bath price"))
    return g, {}


T("kennel_boarding", s_boarding, [
    "A boarding kennel charges {nightly} per night for one dog and gives {pct} off the nightly rate for a second dog from the same family. {owner} boards two dogs for {nights} nights and adds a {bath} going-home bath for each dog. What is the total bill?",
    "{owner} is boarding {pet} and a second dog for {nights} nights. The first dog costs {nightly} a night; the second dog gets {pct} off that rate. Both dogs get a bath before pickup at {bath} each. How much is the bill?",
    "Boarding costs {nightly} per night per dog, with a {pct} sibling discount on the second dog's nightly rate. For {nights} nights with two dogs, plus a {bath} bath for each dog, what does {owner} owe?",
], [
    Step("first", "nightly * nights", "First dog", ["the first dog costs {c}", "boarding the first dog is {c}"], fmt="money"),
    Step("disc", "nightly * pct", "Discount per night", ["the discount is {c} a night", "the second dog saves {c} per night"], fmt="money"),
    Step("second_rate", "nightly - disc", "Second dog's rate", ["the second dog costs {c} a night", "the sibling rate is {c} per night"], fmt="money"),
    Step("second", "second_rate * nights", "Second dog", ["the second dog's stay is {c}", "boarding the second dog is {c}"], fmt="money"),
    Step("baths", "2 * bath", "Baths", ["the baths cost {c}", "two baths add {c}"], fmt="money"),
    Step("total", "first + second + baths", "Total", ["the total is {c}", "the bill comes to {c}"], fmt="money"),
], "total", checks=[Check("second_rate + disc", "nightly", fmt="money")], closings=["{owner} owes {ans} for boarding.", "The boarding bill is {ans}.", "So the total comes to {ans}."])


# 14 --------------------------------------------------------------
def s_leftover(r):
    g = dict(a=G(ch(r, ["0.75", "1", "1.25", "1.5", "2"]), "num", "lb", "Dog 1 per day"),
             b=G(ch(r, ["0.5", "0.75", "1", "1.25"]), "num", "lb", "Dog 2 per day"),
             bag=G(ch(r, [15, 20, 25, 30, 35, 40]), "num", "lb/bag", "Bag size"))
    w = dict(pet2=r.choice([p for p in PETS]))
    return g, w


T("multi_dog_leftover", s_leftover, [
    "{owner} has two dogs. {pet} eats {a} lb of food a day and {pet2} eats {b} lb a day. Food comes in {bag}-pound bags. If {owner} buys just enough whole bags for a 30-day month, how many pounds will be left over at the end of the month?",
    "Two dogs share a house: one eats {a} lb of kibble daily and the other eats {b} lb. Kibble is sold in {bag} lb bags. Buying the fewest whole bags that cover 30 days, how much food is left after the 30 days?",
    "{pet} needs {a} lb of food per day and {pet2} needs {b} lb per day. {owner} buys {bag}-lb bags, enough whole bags for 30 days. How many pounds remain once the month is over?",
], [
    Step("both", "a + b", "Food per day", ["the dogs eat {c} lb a day", "together they eat {c} lb daily"], unit="lb"),
    Step("month", "both * 30", "Food per month", ["a 30-day month needs {c} lb", "over 30 days they eat {c} lb"], unit="lb"),
    Step("bags_exact", "month / bag", "Bags needed", ["that is {c} bags", "it takes {c} bags"], unit="bags"),
    Ceil("bags", "bags_exact", "Bags to buy", "only whole bags can be bought", "bags"),
    Step("left", "bags * bag - month", "Leftover food", ["{c} lb is left over", "the leftover is {c} lb"], unit="lb", mid=True),
], "left", checks=[Check("bags * bag - left", "month")], closings=["{owner} will have {ans} pounds of food left over.", "About {ans} lb remains at the end of the month.",
            "So {ans} lb of kibble is left."],
  )


# 15 --------------------------------------------------------------
def s_tablets(r):
    while True:
        w = ch(r, ["4", "5", "8", "10", "12.5", "20", "25", "32"])
        rate = ch(r, ["1", "2", "2.5", "5", "10"])
        tab = ch(r, [10, 20, 25, 50, 100])
        k = w * rate / tab
        if k in (F(1, 4), F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2), F(3)):
            break
    g = dict(weight=G(w, "num", "kg", "Body weight"), rate=G(rate, "num", "mg/kg", "Dose rate"),
             tab=G(tab, "num", "mg/tablet", "Tablet strength"),
             times=G(ch(r, [2, 3]), "num", "doses", "Doses per day"),
             days=G(ch(r, [7, 10, 14, 21, 30]), "num", "days", "Days"),
             price=G(ch(r, ["0.45", "0.60", "0.85", "1.10", "1.25"]), "money", "/tablet", "Price per tablet"))
    w2 = {"times_word": {2: "twice", 3: "three times"}[int(g["times"].v)],
          "animal": "cat" if w <= 8 else "dog"}
    return g, w2


T("tablet_course", s_tablets, [
    "{owner}'s {animal} {pet} weighs {weight} kg. The vet prescribes {rate} mg per kg, {times_word} a day for {days} days. The tablets are {tab} mg each (they can be split) and cost {price} per tablet. How much does the course of tablets cost?",
    "A {weight} kg {animal} needs a drug at {rate} mg/kg per dose, given {times_word} daily for {days} days. The pharmacy has {tab} mg scored tablets at {price} each. What is the cost of all the tablets?",
    "{pet} ({weight} kg) is put on {rate} mg/kg {times_word} a day for {days} days. Each {tab} mg tablet costs {price}, and tablets may be split. What will {owner} pay for the tablets?",
], [
    Step("dose", "rate * weight", "Dose", ["each dose is {c} mg", "one dose is {c} mg"], unit="mg"),
    Step("per_dose", "dose / tab", "Tablets per dose", ["that is {c} tablets per dose", "each dose takes {c} tablets"], unit="tablets"),
    Step("per_day", "per_dose * times", "Tablets per day", ["per day {pet} takes {c} tablets", "daily that is {c} tablets"], unit="tablets"),
    Step("total", "per_day * days", "Tablets for the course", ["the course needs {c} tablets", "over the course that is {c} tablets"], unit="tablets"),
    Step("cost", "total * price", "Cost", ["the tablets cost {c}", "that costs {c}"], fmt="money"),
], "cost", ["The tablets for the course cost {ans}.", "{owner} pays {ans} for {pet}'s tablets.",
            "So the medication costs {ans}."],
  checks=[Check("per_dose * tab", "dose")])


# 16 --------------------------------------------------------------
def s_budget(r):
    g = dict(dogs=G(D(r.randint(12, 60)), "num", "dogs", "Dogs"),
             cats=G(D(r.randint(10, 50)), "num", "cats", "Cats"),
             dog_lb=G(ch(r, ["0.75", "1", "1.25", "1.5"]), "num", "lb", "Food per dog per day"),
             cat_lb=G(ch(r, ["0.2", "0.25", "0.3"]), "num", "lb", "Food per cat per day"),
             dog_p=G(ch(r, ["1.10", "1.25", "1.40", "1.60"]), "money", "/lb", "Dog food price"),
             cat_p=G(ch(r, ["2", "2.40", "2.80", "3.10"]), "money", "/lb", "Cat food price"))
    return g, {}


T("shelter_food_budget", s_budget, [
    "{shelter} houses {dogs} dogs and {cats} cats. Each dog eats {dog_lb} lb of food a day and each cat eats {cat_lb} lb. Dog food costs {dog_p} per pound and cat food costs {cat_p} per pound. What is the shelter's weekly food bill?",
    "A shelter feeds {dogs} dogs at {dog_lb} pounds each per day and {cats} cats at {cat_lb} pounds each per day. If dog food is {dog_p}/lb and cat food is {cat_p}/lb, how much does one week of food cost?",
    "The volunteers at {shelter} need to budget a week of food for {dogs} dogs ({dog_lb} lb per dog daily, {dog_p} a pound) and {cats} cats ({cat_lb} lb per cat daily, {cat_p} a pound). What is the total for 7 days?",
], [
    Step("dog_day", "dogs * dog_lb", "Dog food per day", ["the dogs eat {c} lb a day", "dogs need {c} lb daily"], unit="lb"),
    Step("cat_day", "cats * cat_lb", "Cat food per day", ["the cats eat {c} lb a day", "cats need {c} lb daily"], unit="lb"),
    Step("dog_week", "dog_day * 7", "Dog food per week", ["for the week the dogs need {c} lb", "a week of dog food is {c} lb"], unit="lb"),
    Step("cat_week", "cat_day * 7", "Cat food per week", ["for the week the cats need {c} lb", "a week of cat food is {c} lb"], unit="lb"),
    Step("dog_cost", "dog_week * dog_p", "Dog food cost", ["dog food costs {c}", "the dog food bill is {c}"], fmt="money"),
    Step("cat_cost", "cat_week * cat_p", "Cat food cost", ["cat food costs {c}", "the cat food bill is {c}"], fmt="money"),
    Step("total", "dog_cost + cat_cost", "Weekly total", ["the week's food costs {c}", "the weekly total is {c}"], fmt="money"),
], "total", ["The weekly food bill is {ans}.", "{shelter} spends {ans} a week on food.",
             "So one week of food costs {ans}."])


# 17 --------------------------------------------------------------
def s_growth(r):
    start = ch(r, ["4", "5.5", "6", "7.5", "8", "10", "12", "15"])
    gain = ch(r, ["1.5", "2", "2.5", "3", "4.5", "6", "7"])
    g = dict(start=G(start, "num", "lb", "Starting weight"),
             now=G(start + gain, "num", "lb", "Current weight"),
             weeks=G(ch(r, [3, 4, 5, 6, 8]), "num", "weeks", "Weeks"))
    return g, {}


T("puppy_growth", s_growth, [
    "{pet} the puppy weighed {start} pounds at the first vet visit and {now} pounds {weeks} weeks later. The vet notes the average weekly gain and asks {owner} one more thing: by what percent did {pet}'s weight increase? Give the percent to one decimal place.",
    "At adoption, {owner}'s puppy weighed {start} lb. After {weeks} weeks it weighs {now} lb. Work out the average weekly gain along the way, but the question is: what is the percent increase in weight (nearest tenth of a percent)?",
    "A foster puppy went from {start} lb to {now} lb in {weeks} weeks. What was the percentage increase in its weight, rounded to one decimal place?",
], [
    Step("gain", "now - start", "Weight gained", ["{pet} gained {c} lb", "the gain is {c} lb"], unit="lb"),
    Step("per_week", "gain / weeks", "Gain per week", ["that's {c} lb per week", "per week the gain is {c} lb"], unit="lb"),
    Step("pct_up", "gain / start * 100", "Percent increase", ["the weight went up {c}", "the increase is {c}"], fmt="pctnum", dec=1),
], "pct_up", ["{pet}'s weight increased by about {ans}.", "That is a {ans} increase in body weight.",
              "So the puppy's weight went up about {ans}."],
  checks=[Check("start + gain", "now")])


# 18 --------------------------------------------------------------
def s_water(r):
    g = dict(weight=G(D(r.randint(15, 110)), "num", "lb", "Weight"),
             mlkg=G(ch(r, [50, 60]), "num", "mL/kg", "Water per kg"))
    return g, {}


T("water_intake", s_water, [
    "A healthy dog drinks about {mlkg} mL of water per kilogram of body weight each day. {pet} weighs {weight} pounds. Using 2.2 lb = 1 kg (round kg to one decimal) and 240 mL per cup, about how many cups of water does {pet} need daily? Round to one decimal place.",
    "{owner} wants to check whether {pet} is drinking enough. The guideline is {mlkg} mL per kg per day, and {pet} weighs {weight} lb. Convert to kilograms (÷ 2.2, nearest tenth), then to cups (240 mL each, nearest tenth). How many cups per day?",
    "{pet} the {breed} weighs {weight} lb. If a dog needs {mlkg} mL of water per kg daily, how many cups is that per day? (1 kg = 2.2 lb, 1 cup = 240 mL; round each conversion to one decimal place.)",
], [
    Step("kg", "weight / 2.2", "Weight in kg", ["{pet} weighs {c} kg", "in kilograms that's {c} kg"], unit="kg", dec=1),
    Step("ml", "kg * mlkg", "Water per day (mL)", ["{pet} needs {c} mL a day", "daily water is {c} mL"], unit="mL", dec=1),
    Step("cups", "ml / 240", "Water per day (cups)", ["that is {c} cups", "in cups that's {c} cups"], unit="cups", dec=1),
], "cups", ["{pet} needs about {ans} cups of water a day.", "That's roughly {ans} cups of water daily.",
            "So {pet} should drink about {ans} cups per day."])


# ---------------------------------------------------------------- rendering

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


class Ctx:
    def __init__(self, **kw):
        self.sep = ","
        self.dollar = "$"
        self.pctsign = "%"
        self.sym = {"+": "+", "-": "−", "*": "×", "/": "÷"}
        self.eq, self.approx = "=", "≈"
        self.pct_decimal = False
        self.frac_mode = "dec"
        self.opunits = False
        self.tight = False
        self.words = False
        self.__dict__.update(kw)

    # numbers ---------------------------------------------------------
    def num(self, plain, fmt):
        if fmt == "money":
            return self.dollar + group(money_str(plain), self.sep)
        if fmt == "pctnum":
            return group(plain, self.sep) + self.pctsign
        return group(plain, self.sep)

    def given(self, gv):
        """restatement of a given value with unit"""
        if gv.fmt == "pct":
            return term_str(gv.v * 100) + self.pctsign
        s = self.num(term_str(gv.v), "money" if gv.fmt == "money" else "num")
        if gv.unit.startswith("/"):
            return s + gv.unit
        if gv.unit:
            return s + " " + unit_for(gv.v, gv.unit)
        return s

    def leaf(self, name, env, parent, side):
        v, plain, fmt, unit = env[name]
        if fmt == "pct":
            if self.pct_decimal:
                return term_str(v)
            return term_str(v * 100) + self.pctsign
        if fmt == "frac":
            if v.denominator != 1 and self.frac_mode != "dec":
                if self.frac_mode == "latex":
                    return r"\frac{%d}{%d}" % (v.numerator, v.denominator)
                s = "%d/%d" % (v.numerator, v.denominator)
                if parent == "/" and side == "R":
                    s = "(" + s + ")"
                return s
            s = plain
        else:
            s = self.num(plain, fmt)
        if self.opunits and unit:
            if unit.startswith("/"):
                s += unit
            elif fmt != "money":
                s += " " + unit_for(v, unit)
        return s

    def expr(self, node, env, parent=None, side=None):
        t = node[0]
        if t == "const":
            return group(node[1], self.sep)
        if t == "val":
            return self.num(node[1], node[2])
        if t == "ref":
            return self.leaf(node[1], env, parent, side)
        op = node[1]
        if op == "/" and self.frac_mode == "latex" and not self.words:
            return r"\frac{%s}{%s}" % (self.expr(node[2], env), self.expr(node[3], env))
        a = self.expr(node[2], env, op, "L")
        b = self.expr(node[3], env, op, "R")
        s = (a + self.sym[op] + b) if self.tight else "%s %s %s" % (a, self.sym[op], b)
        if parent and (PREC[op] < PREC[parent] or (PREC[op] == PREC[parent] and side == "R" and parent in "-/")):
            s = "(" + s + ")"
        return s

    # computations ----------------------------------------------------
    def lhs(self, rec, with_mid=True):
        s = self.expr(rec["step"].expr, rec["env"])
        if with_mid and rec["step"].mid and not self.words:
            red = reduce_mid(rec["step"].expr, rec["env"])
            if red != rec["step"].expr:
                sep = self.eq if self.tight else " %s " % self.eq
                s = s + sep + self.expr(red, rec["env"])
        return s

    def res(self, rec):
        return self.num(rec["written"], rec["step"].fmt)

    def conn(self, rec):
        return self.approx if rec["approx"] else self.eq

    def calc(self, rec):
        c = self.conn(rec)
        if self.tight:
            return self.lhs(rec) + c + self.res(rec)
        return "%s %s %s" % (self.lhs(rec), c, self.res(rec))

    def unit(self, rec, lead=" "):
        st = rec["step"]
        if st.kind == "calc" and st.fmt in ("money", "pctnum"):
            return ""
        u = unit_for(F(rec["written"]), st.unit)
        return (lead + u) if u else ""


def subtree_fmt(node, env):
    if node[0] == "ref":
        return "money" if env[node[1]][2] == "money" else "num"
    if node[0] == "op":
        a, b = subtree_fmt(node[2], env), subtree_fmt(node[3], env)
        return "money" if "money" in (a, b) else "num"
    return "num"


def reduce_mid(node, env, root=True):
    if node[0] != "op":
        return node
    if not root and node[2][0] != "op" and node[3][0] != "op":
        return ("val", term_str(ev(node, env)), subtree_fmt(node, env))
    return ("op", node[1], reduce_mid(node[2], env, False), reduce_mid(node[3], env, False))


_ev_orig = ev


def ev(node, env):  # noqa: F811  (extend with reduced 'val' leaves)
    if node[0] == "val":
        return F(node[1])
    if node[0] == "op":
        return OPS[node[1]](ev(node[2], env), ev(node[3], env))
    return _ev_orig(node, env)


_PLURAL = __import__("re").compile(
    r"(?<![\d.,$])1((?:\*\*)? )(tablets|weeks|spaces|bottles|cases|bags|cups|cans|animals|grooms|visits|nights|"
    r"days|doses|meals|shots|gallons|liters|pounds)\b")


def fix_plural(text):
    return _PLURAL.sub(lambda m: "1" + m.group(1) + m.group(2)[:-1], text)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


class Doc:
    """line accumulator that remembers where each computation was written"""

    def __init__(self):
        self.lines = []
        self.where = {}  # rec index -> line index

    def add(self, line, recs=()):
        line = fix_plural(line)
        for k in recs:
            self.where[k] = len(self.lines)
        self.lines.append(line)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


def says(rec, c, words, rng):
    s = rng.choice(rec["step"].says)
    return s.format(c=c, **words)


def closing_text(P, ans):
    return P["closing"].format(ans=ans, **P["words"])


def ans_fmt(P, ctx, bold=False):
    st = P["final_step"]
    fmt = st.fmt if st.kind == "calc" else "num"
    s = ctx.num(P["final_written"], fmt)
    return "**%s**" % s if bold else s


def title(rec, rng):
    verb = rng.choice(["Calculate the", "Find the", "Work out the", "Determine the", ""])
    lab = rec["step"].label
    return (verb + " " + low(lab)) if verb else lab


def given_lines(P, ctx, rng, bullet="- "):
    out = []
    for k, gv in P["g"].items():
        out.append("%s%s: %s" % (bullet, gv.label, ctx.given(gv)))
    return out


# ---------------------------------------------------------------- styles

def ceil_arrow(ctx, rec, arrow="→"):
    return "%s %s %s" % (ctx.num(rec["x"], "num"), arrow, rec["written"])


def shown_checks(P, rng, p):
    """decide (value independently) whether checks are shown; return those that hold"""
    show = rng.random() < p
    return [c for c in P["checks"] if c["holds"]] if show else []


def st_gpt4o_md(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "−", "*": rng.choice(["×", "×", "*"]), "/": "÷"},
              pct_decimal=rng.random() < 0.3)
    d = Doc()
    d.add(rng.choice(["Let's break this down step by step.", "Let's solve this step by step.",
                      "We'll work through this one piece at a time.", "Let's go through it carefully."]))
    d.blank()
    if rng.random() < 0.35:
        d.add("**Given:**")
        for ln in given_lines(P, ctx, rng):
            d.add(ln)
        d.blank()
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        tt = title(rec, rng)
        mode = rng.random()
        if st.kind == "ceil":
            d.add("### Step %d: Round up to whole %s" % (k + 1, st.unit))
            d.add("Since %s, round up:" % st.why)
            d.blank()
            d.add("%s → **%s%s**" % (ctx.num(rec["x"], "num"), rec["written"], ctx.unit(rec)))
            d.blank()
            continue
        d.add("### Step %d: %s" % (k + 1, tt))
        if mode < 0.5:
            d.blank()
            d.add("%s %s **%s%s**" % (ctx.lhs(rec), ctx.conn(rec), ctx.res(rec), ctx.unit(rec)), [k])
        else:
            c = "%s %s **%s**" % (ctx.lhs(rec), ctx.conn(rec), ctx.res(rec))
            d.add(cap(says(rec, c, P["words"], rng)) + ".", [k])
        d.blank()
    for c in shown_checks(P, rng, 0.5):
        d.add("**Check:** %s ✓" % ctx.calc(c))
        d.blank()
    d.add(rng.choice(["### Final Answer", "**Final answer:**", "---"]))
    d.blank()
    d.add(closing_text(P, ans_fmt(P, ctx, bold=True)))
    return d, ctx


def st_claude_bold(P, rng):
    ctx = Ctx(sym={"+": "+", "-": rng.choice(["−", "-"]), "*": "×", "/": rng.choice(["÷", "/"])},
              opunits=rng.random() < 0.5)
    d = Doc()
    d.add(rng.choice(["I'll work through this step by step.", "Let me solve this step by step.",
                      "I'll break this into parts.", "Let me work through this carefully."]))
    d.blank()
    if rng.random() < 0.5:
        d.add("**Given:**")
        for ln in given_lines(P, ctx, rng):
            d.add(ln)
        d.blank()
    spaced = rng.random() < 0.5
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("**%s:** %s%s (rounding up, since %s)" % (st.label, ceil_arrow(ctx, rec), ctx.unit(rec), st.why))
        else:
            d.add("**%s:** %s%s" % (st.label, ctx.calc(rec), ctx.unit(rec)), [k])
        if spaced:
            d.blank()
    d.blank()
    for c in shown_checks(P, rng, 0.7):
        d.add("**Check:** %s ✓" % ctx.calc(c))
        d.blank()
    d.add(rng.choice(["", "**Answer:** ", "So: "]) + closing_text(P, ans_fmt(P, ctx, bold=True)))
    return d, ctx


def st_bullets(P, rng):
    ctx = Ctx(sym={"+": "+", "-": rng.choice(["-", "−"]), "*": rng.choice(["×", "x", "*"]),
                   "/": rng.choice(["÷", "/"])}, opunits=rng.random() < 0.4,
              pct_decimal=rng.random() < 0.5)
    d = Doc()
    d.add(rng.choice(["Here's the breakdown:", "Let's work it out:", "Breaking it down:",
                      "Here's how the numbers work out:"]))
    d.blank()
    if rng.random() < 0.4:
        d.add(rng.choice(["Given:", "What we know:"]))
        for ln in given_lines(P, ctx, rng):
            d.add(ln)
        d.blank()
        d.add(rng.choice(["Steps:", "Working:", "Calculations:"]))
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("- %s: %s%s (round up)" % (st.label, ceil_arrow(ctx, rec), ctx.unit(rec)))
        else:
            d.add("- %s: %s%s" % (st.label, ctx.calc(rec), ctx.unit(rec)), [k])
    for c in shown_checks(P, rng, 0.4):
        d.add("- Check: %s ✓" % ctx.calc(c))
    d.blank()
    d.add(closing_text(P, ans_fmt(P, ctx)))
    return d, ctx


def st_prose(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "-", "*": rng.choice(["×", "x"]), "/": rng.choice(["÷", "/"])},
              frac_mode=rng.choice(["dec", "slash"]), opunits=rng.random() < 0.3)
    d = Doc()
    if rng.random() < 0.5:
        d.add(rng.choice(["Let's work through it.", "Here's how to figure it out.",
                          "Let's take this one step at a time."]))
        d.blank()
    recs = P["recs"]
    i = 0
    first = True
    while i < len(recs):
        n = rng.choice([1, 2, 2, 3])
        chunk = list(range(i, min(len(recs), i + n)))
        sents = []
        for k in chunk:
            rec = recs[k]
            st = rec["step"]
            if first:
                conn = rng.choice(["First, ", "To start, ", ""])
            elif k == len(recs) - 1:
                conn = rng.choice(["Finally, ", "Last, ", "That means ", ""])
            else:
                conn = rng.choice(["Then ", "Next, ", "After that, ", "So ", ""])
            first = False
            if st.kind == "ceil":
                sents.append("Since %s, %s%s rounds up to %s%s." % (
                    st.why, ctx.num(rec["x"], "num"), ctx.unit(rec), rec["written"], ctx.unit(rec)))
            else:
                body = says(rec, ctx.calc(rec), P["words"], rng)
                sents.append((conn + body if conn else cap(body)) + ".")
        d.add(" ".join(sents), [k for k in chunk if recs[k]["step"].kind == "calc"])
        d.blank()
        i += len(chunk)
    for c in shown_checks(P, rng, 0.4):
        d.add("As a quick check, %s ✓" % ctx.calc(c))
        d.blank()
    d.add(closing_text(P, ans_fmt(P, ctx)))
    return d, ctx


def st_latex_inline(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "-", "*": rng.choice([r"\times", r"\times", r"\cdot"]), "/": r"\div"},
              dollar=r"\$", pctsign=r"\%", eq="=", approx=r"\approx",
              frac_mode=rng.choice(["latex", "latex", "dec"]), pct_decimal=rng.random() < 0.4)
    d = Doc()
    d.add(rng.choice(["Let's solve this step by step.", "Here's the step-by-step solution.",
                      "We can solve this in a few steps."]))
    d.blank()
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add(r"%d. **%s:** since %s, round up: \( %s \to %s \)%s." % (
                k + 1, st.label, st.why, ctx.num(rec["x"], "num"), rec["written"], ctx.unit(rec)))
            continue
        c = r"\( %s \)" % ctx.calc(rec)
        if rng.random() < 0.5:
            d.add("%d. **%s:** %s%s" % (k + 1, st.label, c, ctx.unit(rec)), [k])
        else:
            d.add("%d. %s." % (k + 1, cap(says(rec, c, P["words"], rng))), [k])
    d.blank()
    for c in shown_checks(P, rng, 0.4):
        d.add(r"Check: \( %s \) ✓" % ctx.calc(c))
        d.blank()
    d.add("**Answer:** " + closing_text(P, ans_fmt(P, ctx)))
    return d, ctx


def st_latex_display(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "-", "*": r"\times", "/": r"\div"},
              dollar=r"\$", pctsign=r"\%", eq="=", approx=r"\approx", sep="{,}",
              frac_mode=rng.choice(["latex", "dec"]), pct_decimal=rng.random() < 0.5)
    d = Doc()
    d.add(rng.choice(["Let's work through the problem step by step.", "We'll solve this in stages.",
                      "Let's set up each quantity in turn."]))
    d.blank()
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("**Step %d: Round up**" % (k + 1))
            d.blank()
            d.add("Since %s:" % st.why)
            d.add(r"\[")
            d.add(r"\lceil %s \rceil = %s \text{ %s}" % (ctx.num(rec["x"], "num"), rec["written"],
                                                         unit_for(rec["n"], st.unit)))
            d.add(r"\]")
            d.blank()
            continue
        d.add("**Step %d: %s**" % (k + 1, title(rec, rng)))
        d.blank()
        u = ctx.unit(rec, lead="")
        d.add(r"\[")
        d.add(ctx.calc(rec) + (r" \text{ %s}" % u if u else ""), [k])
        d.add(r"\]")
        d.blank()
    d.add("**Final answer:** " + closing_text(P, ans_fmt(P, ctx)))
    return d, ctx


def st_md_table(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "−", "*": rng.choice(["×", "x"]), "/": rng.choice(["÷", "/"])},
              pct_decimal=rng.random() < 0.5)
    d = Doc()
    d.add(rng.choice(["Here's a summary of the calculation:", "Let's organize the work in a table:",
                      "Setting the numbers out step by step:"]))
    d.blank()
    d.add(rng.choice(["| Quantity | Calculation | Result |", "| Step | Calculation | Result |"]))
    d.add("|---|---|---|")
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("| %s | %s (round up) | %s%s |" % (st.label, ceil_arrow(ctx, rec), rec["written"], ctx.unit(rec)))
        else:
            pre = "≈ " if rec["approx"] else ""
            d.add("| %s | %s | %s%s%s |" % (st.label, ctx.lhs(rec), pre, ctx.res(rec), ctx.unit(rec)), [k])
    d.blank()
    for c in shown_checks(P, rng, 0.5):
        d.add("Check: %s ✓" % ctx.calc(c))
        d.blank()
    d.add(closing_text(P, ans_fmt(P, ctx, bold=True)))
    return d, ctx


def st_terse(P, rng):
    m = rng.choice(["*", "x", "·"])
    ctx = Ctx(sym={"+": "+", "-": "-", "*": m, "/": "/"}, pct_decimal=rng.random() < 0.6,
              opunits=rng.random() < 0.3)
    d = Doc()
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("%s: %s%s" % (st.label, ceil_arrow(ctx, rec), ctx.unit(rec)))
        else:
            d.add("%s: %s%s" % (st.label, ctx.calc(rec), ctx.unit(rec)), [k])
    for c in shown_checks(P, rng, 0.5):
        d.add("Check: %s ✓" % ctx.calc(c))
    d.add("Answer: " + ans_fmt(P, ctx))
    return d, ctx


def st_gsm8k(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "-", "*": "*", "/": "/"}, sep="", dollar="", tight=True, pct_decimal=True)
    d = Doc()
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("Since %s, %s %s rounds up to %s%s." % (st.why, rec["x"], st.unit, rec["written"], ctx.unit(rec)))
            continue
        lhs = ctx.lhs(rec, with_mid=False)
        if rec["approx"]:
            c = "%s≈%s%s" % (lhs, "$" if st.fmt == "money" else "", ctx.res(rec))
        else:
            dollar = "$" if st.fmt == "money" else ""
            c = "%s=%s<<%s=%s>>%s" % (lhs, dollar, lhs, rec["written"], rec["written"])
            if st.fmt == "pctnum":
                c += "%"
        d.add(cap(says(rec, c, P["words"], rng)) + ".", [k])
    return d, ctx


VERB = {"*": ("multiply", "Multiplying"), "/": ("divide", "Dividing"), "+": ("add", "Adding"),
        "-": ("subtract", "Subtracting")}


def st_tutor(P, rng):
    ctx = Ctx(sym={"+": "plus", "-": "minus", "*": rng.choice(["times", "times", "multiplied by"]),
                   "/": "divided by"}, words=True, frac_mode="dec", pct_decimal=rng.random() < 0.3)
    d = Doc()
    d.add(rng.choice(["Great question! Let's work through it together.", "Okay, let's figure this out step by step!",
                      "Sure! Let's take it one piece at a time.", "Let's think about this together."]))
    d.blank()
    first = True
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        ceq = rng.choice(["equals", "is", "gives us"])
        cap_ = rng.choice(["is about", "comes to about", "equals about", "is approximately"])
        frame = rng.choice([0, 1, 2])
        if first:
            lead = rng.choice(["First, let's find the %s.", "Let's start with the %s."])
        else:
            lead = rng.choice(["Next, we need the %s.", "Now for the %s.", "Then we work out the %s.",
                               "Next up: the %s."])
        first = False
        if st.kind == "ceil":
            d.add("Since %s, %s %s rounds up to %s%s." % (st.why, ctx.num(rec["x"], "num"), st.unit,
                                                        rec["written"], ctx.unit(rec)))
            d.blank()
            continue
        c = "%s %s %s" % (ctx.lhs(rec), cap_ if rec["approx"] else ceq, ctx.res(rec))
        root = st.expr[1] if st.expr[0] == "op" else "*"
        v, V = VERB[root]
        body = ["We %s: %s%s." % (v, c, ctx.unit(rec)),
                "%s, %s%s." % (V, c, ctx.unit(rec)),
                "So %s%s." % (c, ctx.unit(rec))][frame]
        d.add((lead % low(st.label)) + " " + body, [k])
        d.blank()
    for c in shown_checks(P, rng, 0.4):
        d.add("Let's double-check: %s %s %s. ✓" % (ctx.lhs(c), ctx.eq if False else "equals", ctx.res(c)))
        d.blank()
    d.add(closing_text(P, ans_fmt(P, ctx)) + rng.choice(["", " Hope that helps!", " Nice work sticking with it!"]))
    return d, ctx


def st_llama(P, rng):
    ctx = Ctx(sym={"+": "+", "-": "-", "*": rng.choice(["*", "×"]), "/": rng.choice(["/", "÷"])},
              pct_decimal=rng.random() < 0.5)
    d = Doc()
    for k, rec in enumerate(P["recs"]):
        st = rec["step"]
        if st.kind == "ceil":
            d.add("## Step %d: Round up to whole %s" % (k + 1, st.unit))
            d.add("Since %s, we round %s up to %s%s." % (st.why, ctx.num(rec["x"], "num"), rec["written"], ctx.unit(rec)))
            d.blank()
            continue
        d.add("## Step %d: %s" % (k + 1, title(rec, rng)))
        d.add(cap(says(rec, ctx.calc(rec), P["words"], rng)) + ".", [k])
        d.blank()
    d.add("The final answer is: $\\boxed{%s}$" % P["final_written"])
    return d, ctx


STYLES = [("gpt4o_md", st_gpt4o_md), ("claude_bold", st_claude_bold), ("bullets", st_bullets),
          ("prose", st_prose), ("latex_inline", st_latex_inline), ("latex_display", st_latex_display),
          ("md_table", st_md_table), ("terse", st_terse), ("gsm8k", st_gsm8k), ("tutor", st_tutor),
          ("llama_boxed", st_llama)]


# ---------------------------------------------------------------- faults

KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]
_NUMRE = __import__("re").compile(r"^(0|[1-9][0-9]*)(\.[0-9]+)?$")


def wrong_candidates(rec, kind):
    st = rec["step"]
    r = rec["right"]
    rv = F(r)
    money = st.fmt == "money"
    out = []
    if kind in ("off_by_one", "off_by_ten"):
        delta = 1 if kind == "off_by_one" else 10
        nd = ndec(r)
        for sgn in (1, -1):
            out.append(fixed(int((rv + sgn * delta) * 10 ** nd), nd))
    elif kind == "decimal_shift":
        for q in (rv * 10, rv / 10):
            t = term_str(q)
            out.append(money_str(t) if money else t)
    elif kind == "wrong_op":
        e = st.expr
        if e[0] == "op" and e[2][0] != "op" and e[3][0] != "op":
            env = rec["env"]
            for node in (e[2], e[3]):
                if node[0] == "ref" and env[node[1]][2] in ("pct", "frac"):
                    return []
            a, b = ev(e[2], env), ev(e[3], env)
            for op in "+-*/":
                if op == e[1]:
                    continue
                q = OPS[op](a, b)
                t = term_str(q, 4)
                if t is None:
                    continue
                out.append(money_str(t) if money else t)
    else:
        idx = [i for i, c in enumerate(r) if c.isdigit()]
        if kind == "swap_digits":
            for a, b in zip(idx, idx[1:]):
                if r[a] != r[b]:
                    t = list(r)
                    t[a], t[b] = t[b], t[a]
                    out.append("".join(t))
        elif kind == "drop_digit":
            if len(idx) >= 2:
                for i in idx:
                    out.append(r[:i] + r[i + 1:])
        elif kind == "double_digit":
            for i in idx:
                out.append(r[:i] + r[i] + r[i:])
    good = []
    for w in out:
        if w is None or not _NUMRE.match(w) or w in good:
            continue
        wv = F(w)
        if wv <= 0 or wv == rv:
            continue
        if money and ndec(w) not in (0, 2):
            continue
        if not money and "." in w and w.endswith("0") and ndec(w) != ndec(r):
            continue
        if ndec(w) > 4:
            continue
        if abs(wv - rec["exact"]) <= F(1, 2) / 10 ** ndec(w):
            continue
        good.append(w)
    return good


def choose_fault(tpl, g, recs, mode, rng, pref):
    calc_idx = [k for k, rec in enumerate(recs) if rec["step"].kind == "calc"]
    gold = recs[[s.name for s in tpl.steps].index(tpl.final)]["written"]
    kinds = KINDS[pref:] + KINDS[:pref]
    for kind in kinds:
        order = calc_idx[:]
        rng.shuffle(order)
        for k in order:
            cands = wrong_candidates(recs[k], kind)
            rng.shuffle(cands)
            for w in cands:
                f = Fault(recs[k]["step"].name, w, mode, kind)
                frecs, fchecks, fenv = evaluate(tpl, g, f)
                if mode == "carry":
                    if not valid_state(tpl, g, frecs, fenv):
                        continue
                    fin = frecs[[s.name for s in tpl.steps].index(tpl.final)]["vstr"]
                    if F(fin) == F(gold):
                        continue
                return f, k, frecs, fchecks
    raise RuntimeError("no fault for " + tpl.name)


# ---------------------------------------------------------------- assembly

def problem_text(tpl, g, words, rng):
    ctx = Ctx()
    vals = dict(words)
    for k, gv in g.items():
        if gv.fmt == "pct":
            vals[k] = term_str(gv.v * 100) + "%"
        elif gv.fmt == "money":
            vals[k] = ctx.num(term_str(gv.v), "money")
        else:
            vals[k] = ctx.num(term_str(gv.v), "num")
    return fix_plural(rng.choice(tpl.problems).format(**vals))


def render(pid, style_fn, tpl, g, words, recs, checks, closing):
    fi = [s.name for s in tpl.steps].index(tpl.final)
    P = dict(tpl=tpl, g=g, words=words, recs=recs, checks=checks, closing=closing,
             final_step=tpl.steps[fi], final_written=recs[fi]["vstr"])
    rng = random.Random("%s|render|%s" % (SEED, pid))
    d, ctx = style_fn(P, rng)
    lines = list(d.lines)
    while lines and lines[-1] == "":
        lines.pop()
    return lines, d.where, P["final_written"]


def offsets(lines, i):
    start = sum(len(l) + 1 for l in lines[:i])
    return start, start + len(lines[i])


def make_problem(pid_num):
    pid = "pets-%04d" % pid_num
    tpl = TEMPLATES[pid_num % len(TEMPLATES)]
    sname, sfn = STYLES[(pid_num // len(TEMPLATES) + pid_num) % len(STYLES)]
    rng = random.Random("%s|sample|%d" % (SEED, pid_num))
    for _ in range(500):
        words = base_words(rng)
        g, extra = tpl.sample(rng)
        words.update(extra)
        if words.get("pet2") == words["pet"]:
            words["pet2"] = PETS[(PETS.index(words["pet"]) + 1) % len(PETS)]
        recs, checks, env = evaluate(tpl, g)
        if not valid_state(tpl, g, recs, env):
            continue
        if tpl.ok and not tpl.ok(g, env):
            continue
        break
    else:
        raise RuntimeError("sampling failed " + tpl.name)
    problem = problem_text(tpl, g, words, rng)
    closing = rng.choice(tpl.closings)
    base = dict(pid=pid, template=tpl.name, style=sname, problem=problem)
    rows = []

    # correct
    lines, where, fin = render(pid, sfn, tpl, g, words, recs, checks, closing)
    gold = fin
    sep = [] if sname == "gsm8k" else [""]
    clines = lines + sep + ["#### " + gold]
    rows.append(dict(base, variant="correct", solution="\n".join(clines), final=gold))
    calc_order = [k for k, rec in enumerate(recs) if rec["step"].kind == "calc"]

    # slip / carry
    frng = random.Random("%s|fault|%d" % (SEED, pid_num))
    for vi, mode in enumerate(("slip", "carry")):
        pref = (pid_num * 2 + vi * 3) % len(KINDS)
        f, k, frecs, fchecks = choose_fault(tpl, g, recs, mode, frng, pref)
        flines, fwhere, ffin = render(pid, sfn, tpl, g, words, frecs, fchecks, closing)
        if mode == "slip":
            assert ffin == gold
        fl = flines + sep + ["#### " + ffin]
        s0, s1 = offsets(fl, fwhere[k])
        rows.append(dict(base, variant=mode, solution="\n".join(fl), final=gold, span=[s0, s1],
                         wrong=f.wrong, right=recs[k]["right"], step=calc_order.index(k) + 1, kind=f.kind))

    # loop
    lrng = random.Random("%s|loop|%d" % (SEED, pid_num))
    want_partial = lrng.random() < 0.42
    reps = lrng.randint(8, 30)
    comp_lines = sorted(set(where.values()))
    options = []
    for e in comp_lines:
        for u in (1, 2, 3):
            s = e - u + 1
            if s < 0 or lines[s] == "" or lines[s].startswith("#### "):
                continue
            first = lines[s]
            fd = next((i for i, c in enumerate(first) if c.isdigit()), len(first))
            maxcut = min(fd, len(first) - 1)
            options.append((e, u, maxcut))
    if want_partial and any(o[2] >= 3 for o in options):
        options = [o for o in options if o[2] >= 3]
    else:
        want_partial = False
    e, u, maxcut = lrng.choice(options)
    unit_lines = lines[e - u + 1:e + 1]
    unit = "\n".join(unit_lines)
    prefix = "\n".join(lines[:e + 1])
    text = prefix + ("\n" + unit) * (reps - 1)
    cut = lrng.randint(3, maxcut) if want_partial else 0
    if want_partial:
        text += "\n" + unit_lines[0][:cut]
    s0 = len(prefix) + 1
    rows.append(dict(base, variant="loop", solution=text, final=gold, span=[s0, s0 + len(unit)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("-n", type=int, default=N_PROBLEMS)
    a = ap.parse_args()
    rows = []
    for i in range(a.n):
        rows.extend(make_problem(i))
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("rows:", len(rows), dict(Counter(r["variant"] for r in rows)), file=sys.stderr)
    print("kinds slip:", dict(Counter(r["kind"] for r in rows if r["variant"] == "slip")), file=sys.stderr)
    print("kinds carry:", dict(Counter(r["kind"] for r in rows if r["variant"] == "carry")), file=sys.stderr)
    print("partial loops:", sum(1 for r in rows if r["variant"] == "loop" and not r["solution"].endswith(
        r["solution"][r["span"][0]:r["span"][1]])), file=sys.stderr)


if __name__ == "__main__":
    main()
