#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (camping / hiking / outdoor gear)
with seeded arithmetic faults.  Deterministic: only random.Random seeded with strings is used.

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import math
import random
from fractions import Fraction as F

N_PER_TEMPLATE = 34

# ----------------------------------------------------------------------------- numbers

def dec_places(v, limit=10):
    for d in range(limit + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def rhu(v, dp):
    """round half-up (away from zero at .5) to dp decimals"""
    q = F(10) ** dp
    x = v * q
    n = math.floor(abs(x) + F(1, 2))
    return F(n if x >= 0 else -n) / q


def to_plain(v, d):
    q = v * 10 ** d
    assert q.denominator == 1, (v, d)
    n = q.numerator
    s = str(abs(n)).rjust(d + 1, "0")
    if d:
        s = s[:-d] + "." + s[-d:]
    return ("-" if n < 0 else "") + s


def canon(v, money=False):
    d = dec_places(v)
    assert d is not None
    if money:
        assert d <= 2, v
        d = 0 if d == 0 else 2
    return to_plain(v, d)


def pdec(plain):
    return len(plain.split(".")[1]) if "." in plain else 0


# ----------------------------------------------------------------------------- templates

class Step:
    def __init__(self, name, expr, label, unit, money=False, rdp=2, xdp=None, ceil=None):
        self.name, self.expr, self.label, self.unit = name, expr, label, unit
        self.money, self.rdp = money, rdp
        self.xdp = rdp if xdp is None else xdp
        self.ceil = ceil  # name of source step for round-up steps

    @property
    def is_ceil(self):
        return self.ceil is not None


def C(name, src, label, unit):
    return Step(name, None, label, unit, ceil=src)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def frange(a, b, step):
    out, x = [], F(a)
    while x <= F(b):
        out.append(x)
        x += F(step)
    return out


TEMPLATES = []


def template(fn):
    TEMPLATES.append(fn())
    return fn


# Each template: dict(name, draw(rng)->vars {name: (Fraction, kind, unit)}, steps, final,
# check (step name or None), phrasings, given [(label, var, unit)], answer)

@template
def t_trail_days():
    def draw(rng):
        a = rng.randint(12, 20)
        n = rng.randint(2, 4)
        b = rng.randint(a + 1, min(a + 6, 24))
        r = rng.randint(2, 5) * b + rng.randint(1, b - 1)
        return {"D": (F(a * n + r), "num"), "a": (F(a), "num"), "n": (F(n), "num"), "b": (F(b), "num")}
    return dict(
        name="trail_days", draw=draw,
        steps=[Step("s1", ("*", "a", "n"), "distance covered at the starting pace", "km"),
               Step("s2", ("-", "D", "s1"), "distance still to go", "km"),
               Step("s3", ("/", "s2", "b"), "days needed at the faster pace", "days", rdp=2),
               C("s4", "s3", "full days at the faster pace", "days"),
               Step("s5", ("+", "n", "s4"), "total days on the trail", "days")],
        final="s5", check="s2",
        phrasings=[
            "A section of the Long Ridge Trail is {D} km long. Maya hikes {a} km per day for the first {n} days, then speeds up to {b} km per day. Counting a partial day as a full day, how many days does the whole section take her?",
            "Jonah plans to hike a route of {D} km. He covers {a} km each day for {n} days while his legs adjust, and after that he averages {b} km a day. If any partial day counts as a full hiking day, how many days will the hike take?",
            "A scout troop is hiking a {D} km trail. They walk {a} km per day for the first {n} days and {b} km per day afterward. The last day counts as a full day even if it is short. How many days do they spend on the trail?",
        ],
        given=[("Trail length", "D", "km"), ("Starting pace", "a", "km per day"), ("Days at the starting pace", "n", "days"), ("Faster pace", "b", "km per day")],
        answer="the hike takes {ans} in total")


@template
def t_water_filter():
    def draw(rng):
        while True:
            p = rng.randint(3, 8); L = pick(rng, [F(2), F(5, 2), F(3), F(7, 2), F(4)])
            d = rng.randint(2, 5); c = pick(rng, [4, 6, 8, 10]); m = rng.randint(4, 9)
            if (p * L * d / c).denominator != 1:
                return {"p": (F(p), "num"), "L": (L, "num"), "d": (F(d), "num"), "c": (F(c), "num"), "m": (F(m), "num")}
    return dict(
        name="water_filter", draw=draw,
        steps=[Step("s1", ("*", "p", "L"), "water the group drinks per day", "liters"),
               Step("s2", ("*", "s1", "d"), "water needed for the whole trip", "liters"),
               Step("s3", ("/", "s2", "c"), "number of filter fills", "fills", rdp=2),
               C("s4", "s3", "fills needed", "fills"),
               Step("s5", ("*", "s4", "m"), "time spent filtering", "minutes")],
        final="s5", check="s2",
        phrasings=[
            "{p} friends are backpacking for {d} days. Each person drinks {L} liters of water per day. Their gravity filter bag holds {c} liters, and each fill takes {m} minutes to filter. How many minutes will they spend filtering water over the trip?",
            "On a {d}-day canoe-camping trip, {p} campers each need {L} L of drinking water a day. They treat water with a {c}-liter gravity filter, which takes {m} minutes per fill, and a partly full bag still counts as a fill. How much time, in minutes, goes into filtering?",
            "A group of {p} hikers needs {L} liters of water per person each day for {d} days. Their filter processes {c} liters per fill and every fill takes {m} minutes. How many minutes of filtering do they need in total?",
        ],
        given=[("Hikers", "p", ""), ("Water per person per day", "L", "L"), ("Days", "d", ""), ("Filter capacity", "c", "L"), ("Time per fill", "m", "minutes")],
        answer="they spend {ans} filtering water")


@template
def t_snack_bars():
    def draw(rng):
        while True:
            p = rng.randint(2, 6); Cc = rng.randrange(600, 1201, 50); d = rng.randint(2, 5)
            k = rng.randrange(180, 291, 10); pr = pick(rng, [F(5, 4), F(3, 2), F(7, 4), F(9, 4), F(5, 2)])
            x = F(Cc * p * d, k)
            if dec_places(x) is None or dec_places(x) > 1:
                if rhu(x, 1).denominator != 1:
                    return {"p": (F(p), "num"), "C": (F(Cc), "num"), "d": (F(d), "num"), "k": (F(k), "num"), "pr": (pr, "money")}
    return dict(
        name="snack_bars", draw=draw,
        steps=[Step("s1", ("*", "C", "p", "d"), "calories needed from bars", "kcal"),
               Step("s2", ("/", "s1", "k"), "number of bars", "bars", rdp=1),
               C("s3", "s2", "bars to buy", "bars"),
               Step("s4", ("*", "s3", "pr"), "cost of the bars", "", money=True)],
        final="s4", check=None,
        phrasings=[
            "{p} hikers are going on a {d}-day trek. Each hiker wants {C} calories per day from energy bars. Each bar has {k} calories and costs ${pr}. How much will the bars cost if they buy whole bars only?",
            "For a {d}-day backpacking trip, each of the {p} people plans to eat {C} kcal a day in snack bars. The bars contain {k} kcal each and sell for ${pr} apiece. What is the cost of the bars they need?",
            "A trail crew of {p} wants {C} calories of energy bars per person per day for {d} days. One bar provides {k} calories and costs ${pr}. How much do they spend on bars?",
        ],
        given=[("Hikers", "p", ""), ("Calories from bars per hiker per day", "C", "kcal"), ("Days", "d", ""), ("Calories per bar", "k", "kcal"), ("Price per bar", "pr", "")],
        answer="the bars cost {ans}")


@template
def t_rental_gear():
    def draw(rng):
        return {"t": (F(rng.randint(18, 35)), "money"), "b": (F(rng.randint(6, 12)), "money"),
                "p": (F(rng.randint(2, 5)), "num"), "d": (F(rng.randint(2, 7)), "num"),
                "pc": (F(pick(rng, [10, 15, 20, 25]), 100), "pct")}
    return dict(
        name="rental_gear", draw=draw,
        steps=[Step("s1", ("*", "b", "p"), "sleeping bag rental per day", "", money=True),
               Step("s2", ("+", "t", "s1"), "rental cost per day", "", money=True),
               Step("s3", ("*", "s2", "d"), "cost before the discount", "", money=True),
               Step("s4", ("*", "s3", "pc"), "discount", "", money=True),
               Step("s5", ("-", "s3", "s4"), "total rental cost", "", money=True)],
        final="s5", check="s5",
        phrasings=[
            "An outfitter rents a tent for ${t} per day and sleeping bags for ${b} per bag per day. A family rents one tent and {p} sleeping bags for {d} days, and the shop gives {pc}% off multi-day rentals. How much does the family pay?",
            "For a {d}-day trip, Priya rents a tent at ${t} a day plus {p} sleeping bags at ${b} each per day. The rental counter takes {pc}% off the whole bill. What is the total rental cost?",
            "The campground store charges ${t} per day for a tent and ${b} per day for each sleeping bag. A group takes one tent and {p} bags for {d} days and gets a {pc}% discount. What do they pay in total?",
        ],
        given=[("Tent", "t", "per day"), ("Sleeping bag", "b", "per day each"), ("Sleeping bags", "p", ""), ("Days", "d", ""), ("Discount", "pc", "")],
        answer="the rental costs {ans} in total")


@template
def t_campsite_split():
    def draw(rng):
        while True:
            n = rng.randint(2, 5); Fe = rng.randint(22, 48); w = rng.randint(3, 8)
            wp = pick(rng, [F(6), F(7), F(15, 2), F(17, 2)]); P = rng.randint(10, 30); k = rng.randint(3, 7)
            tot = Fe * n + w * wp + P
            if dec_places(tot / k) is None or dec_places(tot / k) > 2:
                return {"n": (F(n), "num"), "Fe": (F(Fe), "money"), "w": (F(w), "num"), "wp": (wp, "money"),
                        "P": (F(P), "money"), "k": (F(k), "num")}
    return dict(
        name="campsite_split", draw=draw,
        steps=[Step("s1", ("*", "Fe", "n"), "campsite fees", "", money=True),
               Step("s2", ("*", "w", "wp"), "firewood cost", "", money=True),
               Step("s3", ("+", "s1", "s2", "P"), "total cost", "", money=True),
               Step("s4", ("/", "s3", "k"), "share per person", "", money=True)],
        final="s4", check="s1",
        phrasings=[
            "{k} friends book a campsite for {n} nights at ${Fe} per night. They also buy {w} bundles of firewood at ${wp} each and pay a ${P} parking fee. If they split the cost evenly, how much does each person pay, to the nearest cent?",
            "A campsite costs ${Fe} a night and {k} campers stay {n} nights. They buy {w} firewood bundles for ${wp} apiece and one ${P} vehicle pass. Split evenly, what is each camper's share (rounded to the cent)?",
            "For a {n}-night stay, the site fee is ${Fe} per night, firewood is ${wp} per bundle ({w} bundles), and parking is a flat ${P}. The {k} people on the trip share everything equally. How much does each owe, to the nearest cent?",
        ],
        given=[("Site fee", "Fe", "per night"), ("Nights", "n", ""), ("Firewood bundles", "w", ""), ("Price per bundle", "wp", ""), ("Parking", "P", ""), ("People", "k", "")],
        answer="each person pays about {ans}")


@template
def t_pace_time():
    def draw(rng):
        return {"L": (pick(rng, frange(5, 12, F(1, 2))), "num"), "m": (F(rng.randint(18, 28)), "num"),
                "b": (F(rng.randint(2, 5)), "num"), "t": (F(pick(rng, [10, 12, 15, 20])), "num")}
    return dict(
        name="pace_time", draw=draw,
        steps=[Step("s1", ("*", "L", "m"), "moving time", "minutes", xdp=1),
               Step("s2", ("*", "b", "t"), "break time", "minutes"),
               Step("s3", ("+", "s1", "s2"), "total time", "minutes", xdp=1),
               Step("s4", ("/", "s3", "60"), "total time in hours", "hours", rdp=2)],
        final="s4", check="s3",
        phrasings=[
            "A loop trail is {L} miles long. Dana hikes at a pace of {m} minutes per mile and takes {b} breaks of {t} minutes each. How many hours does the hike take, to the nearest hundredth?",
            "Ravi's hiking pace on rocky ground is {m} minutes per mile. The route he picked is {L} miles, and he plans {b} rest stops of {t} minutes. About how many hours will the outing last (round to two decimal places)?",
            "The guidebook lists a {L}-mile trail. If a group moves at {m} minutes per mile and stops {b} times for {t} minutes, how long is the hike in hours, rounded to two decimals?",
        ],
        given=[("Distance", "L", "miles"), ("Pace", "m", "minutes per mile"), ("Breaks", "b", ""), ("Break length", "t", "minutes")],
        answer="the hike takes about {ans}")


@template
def t_naismith():
    def draw(rng):
        return {"D": (pick(rng, frange(10, 24, F(1, 2))), "num"), "A": (F(rng.randrange(400, 1501, 50)), "num")}
    return dict(
        name="naismith", draw=draw,
        steps=[Step("s1", ("/", "D", "5"), "time for the distance", "hours", xdp=2),
               Step("s2", ("/", "A", "600"), "time for the climb", "hours", rdp=2),
               Step("s3", ("+", "s1", "s2"), "estimated hiking time", "hours"),
               Step("s4", ("*", "s3", "60"), "estimated time in minutes", "minutes", xdp=2)],
        final="s4", check=None,
        phrasings=[
            "Naismith's rule allows 1 hour for every 5 km walked plus 1 hour for every 600 m of climbing. A hill walk is {D} km long with {A} m of ascent. Using hours rounded to two decimals, how many minutes should the walk take?",
            "A fell route covers {D} km and climbs {A} m. Using Naismith's rule (5 km per hour on the flat, plus an hour for each 600 m of ascent), and rounding the climbing time to two decimal places of an hour, estimate the walking time in minutes.",
            "Lena uses Naismith's rule to plan a day hike: 1 hour per 5 km of distance, plus 1 hour per 600 m of ascent. Her route is {D} km with {A} m of elevation gain. With hours rounded to the hundredth, what is the estimate in minutes?",
        ],
        given=[("Distance", "D", "km"), ("Ascent", "A", "m")],
        answer="the walk should take about {ans}")


@template
def t_lapse_temp():
    def draw(rng):
        e1 = rng.randrange(600, 1801, 50); g = rng.randrange(900, 2601, 50)
        return {"E1": (F(e1), "num"), "E2": (F(e1 + g), "num"), "T": (F(rng.randint(6, 22)), "num")}
    return dict(
        name="lapse_temp", draw=draw,
        steps=[Step("s1", ("-", "E2", "E1"), "elevation gain", "m"),
               Step("s2", ("/", "s1", "1000"), "gain in kilometers", "km", xdp=3),
               Step("s3", ("*", "s2", "6.5"), "temperature drop", "°C", rdp=1),
               Step("s4", ("-", "T", "s3"), "summit temperature", "°C")],
        final="s4", check="s1",
        phrasings=[
            "The trailhead is at {E1} m, where it is {T}°C. The summit is at {E2} m. If the air cools by 6.5°C for every 1,000 m of elevation, what is the temperature at the summit (round the drop to one decimal place)?",
            "A climber starts at an elevation of {E1} meters in {T}°C weather and heads for a peak at {E2} meters. Temperature falls about 6.5 degrees Celsius per 1,000 meters of gain. Rounding the drop to the nearest tenth, what temperature should she expect on top?",
            "Base camp sits at {E1} m and reads {T}°C; the ridge is at {E2} m. With a lapse rate of 6.5°C per 1,000 m, what is the expected temperature on the ridge, with the drop rounded to a tenth of a degree?",
        ],
        given=[("Trailhead elevation", "E1", "m"), ("Summit elevation", "E2", "m"), ("Trailhead temperature", "T", "°C")],
        answer="the summit temperature is about {ans}")


@template
def t_stove_fuel():
    def draw(rng):
        while True:
            p = rng.randint(2, 6); w = pick(rng, [F(1), F(3, 2), F(2)]); d = rng.randint(2, 6)
            f = pick(rng, [10, 11, 12, 14]); c = pick(rng, [110, 230, 450])
            pr = pick(rng, [F(549, 100), F(699, 100), F(17, 2), F(599, 100)])
            x = p * w * d * f / c
            if x.denominator != 1 and rhu(x, 2).denominator != 1 and x > F(6, 5):
                return {"p": (F(p), "num"), "w": (w, "num"), "d": (F(d), "num"), "f": (F(f), "num"), "c": (F(c), "num"), "pr": (pr, "money")}
    return dict(
        name="stove_fuel", draw=draw,
        steps=[Step("s1", ("*", "p", "w", "d"), "water to boil", "liters"),
               Step("s2", ("*", "s1", "f"), "fuel needed", "grams"),
               Step("s3", ("/", "s2", "c"), "canisters", "canisters", rdp=2),
               C("s4", "s3", "canisters to buy", "canisters"),
               Step("s5", ("*", "s4", "pr"), "fuel cost", "", money=True)],
        final="s5", check="s2",
        phrasings=[
            "{p} backpackers will boil {w} liters of water per person per day for {d} days. Their stove burns {f} grams of fuel per liter boiled. Fuel comes in {c}-gram canisters costing ${pr} each. How much will they spend on fuel?",
            "On a {d}-day trip, each of {p} campers needs {w} L of boiled water daily for meals and drinks. The canister stove uses {f} g of gas per liter, and gas canisters hold {c} g and sell for ${pr}. What is the cost of the canisters they must buy?",
            "A group of {p} plans meals needing {w} liters of boiling water per person each day, for {d} days. Boiling takes {f} g of fuel per liter. Canisters contain {c} g and cost ${pr}. How much do they pay for fuel?",
        ],
        given=[("People", "p", ""), ("Water per person per day", "w", "L"), ("Days", "d", ""), ("Fuel per liter", "f", "g"), ("Canister size", "c", "g"), ("Canister price", "pr", "")],
        answer="the fuel costs {ans}")


@template
def t_pack_weight():
    def draw(rng):
        while True:
            v = {"tent": (pick(rng, frange("1.2", "2.4", "0.1")), "num"), "bag": (pick(rng, frange("0.8", "1.4", "0.1")), "num"),
                 "pad": (pick(rng, frange("0.35", "0.7", "0.05")), "num"), "stv": (pick(rng, frange("0.4", "0.8", "0.05")), "num"),
                 "food": (pick(rng, frange("0.6", "0.9", "0.05")), "num"), "d": (F(rng.randint(2, 5)), "num"),
                 "wat": (F(rng.randint(1, 3)), "num"), "body": (F(rng.randint(55, 90)), "num")}
            tot = sum(v[k][0] for k in ("tent", "bag", "pad", "stv")) + v["food"][0] * v["d"][0] + v["wat"][0]
            if dec_places(tot / v["body"][0]) is None or dec_places(tot / v["body"][0]) > 3:
                return v
    return dict(
        name="pack_weight", draw=draw,
        steps=[Step("s1", ("+", "tent", "bag", "pad", "stv"), "base weight", "kg"),
               Step("s2", ("*", "food", "d"), "food weight", "kg"),
               Step("s3", ("+", "s1", "s2", "wat"), "total pack weight", "kg"),
               Step("s4", ("/", "s3", "body"), "pack weight as a fraction of body weight", "", rdp=3),
               Step("s5", ("*", "s4", "100"), "percentage of body weight", "%", xdp=1)],
        final="s5", check=None,
        phrasings=[
            "Sam packs a {tent} kg tent, a {bag} kg sleeping bag, a {pad} kg sleeping pad and a {stv} kg stove kit. He adds {food} kg of food per day for {d} days and {wat} kg of water. Sam weighs {body} kg. Rounding the ratio to three decimals, what percent of his body weight is the pack?",
            "A hiker weighing {body} kg carries a tent ({tent} kg), a sleeping bag ({bag} kg), a pad ({pad} kg) and a cook kit ({stv} kg), plus {food} kg of food for each of {d} days and {wat} kg of water. With the weight ratio rounded to three decimal places, what percentage of body weight is she carrying?",
            "Gear list: tent {tent} kg, sleeping bag {bag} kg, pad {pad} kg, stove and pot {stv} kg. Food is {food} kg per day for a {d}-day trip, and water weighs {wat} kg. The backpacker weighs {body} kg. Round the ratio to three decimals and give the pack weight as a percentage of body weight.",
        ],
        given=[("Tent", "tent", "kg"), ("Sleeping bag", "bag", "kg"), ("Pad", "pad", "kg"), ("Stove kit", "stv", "kg"), ("Food per day", "food", "kg"), ("Days", "d", ""), ("Water", "wat", "kg"), ("Body weight", "body", "kg")],
        answer="the pack is about {ans} of body weight")


@template
def t_out_and_back():
    def draw(rng):
        return {"M": (pick(rng, frange("3.5", "9.5", "0.5")), "num"), "v": (pick(rng, [F(3), F(7, 2), F(4), F(9, 2)]), "num")}
    return dict(
        name="out_and_back", draw=draw,
        steps=[Step("s1", ("*", "M", "2"), "round-trip distance", "miles"),
               Step("s2", ("*", "s1", "1.609"), "round-trip distance in kilometers", "km", rdp=2),
               Step("s3", ("/", "s2", "v"), "hiking time", "hours", rdp=2),
               Step("s4", ("*", "s3", "60"), "hiking time in minutes", "minutes", xdp=2)],
        final="s4", check=None,
        phrasings=[
            "An out-and-back trail goes {M} miles to a waterfall. Theo hikes at {v} km per hour. Using 1 mile = 1.609 km and rounding each result to two decimals, how many minutes does the round trip take?",
            "The lookout is {M} miles from the parking lot, and hikers return the same way. A family walks {v} km/h. Converting with 1 mile = 1.609 km (round to hundredths at each step), how long is the round trip in minutes?",
            "A trail map gives {M} miles one way to the lake. If you hike there and back at {v} km per hour, how many minutes will it take? Use 1.609 km per mile and round intermediate values to two decimal places.",
        ],
        given=[("One-way distance", "M", "miles"), ("Speed", "v", "km per hour")],
        answer="the round trip takes about {ans}")


@template
def t_group_tents():
    def draw(rng):
        while True:
            a = rng.randint(4, 12); k = rng.randint(2, 9); cap = pick(rng, [3, 4])
            if (a + k) % cap:
                return {"a": (F(a), "num"), "k": (F(k), "num"), "cap": (F(cap), "num"),
                        "f": (F(rng.randint(15, 30)), "money"), "n": (F(rng.randint(2, 5)), "num"),
                        "dep": (F(pick(rng, [20, 25, 40, 50])), "money")}
    return dict(
        name="group_tents", draw=draw,
        steps=[Step("s1", ("+", "a", "k"), "people in the group", "people"),
               Step("s2", ("/", "s1", "cap"), "tents by capacity", "tents", rdp=2),
               C("s3", "s2", "tents to rent", "tents"),
               Step("s4", ("*", "s3", "f", "n"), "tent fees", "", money=True),
               Step("s5", ("*", "s3", "dep"), "deposits", "", money=True),
               Step("s6", ("+", "s4", "s5"), "total due at pickup", "", money=True)],
        final="s6", check="s6",
        phrasings=[
            "A youth group of {a} adults and {k} kids is renting tents that sleep {cap} people each. Each tent costs ${f} per night, and there is a ${dep} refundable deposit per tent. They stay {n} nights. How much do they pay at pickup, fees plus deposits?",
            "{a} adults and {k} children need tents for {n} nights. The outfitter's tents sleep {cap}, rent for ${f} a night, and need a ${dep} deposit each. What is the total due when they collect the tents?",
            "For a {n}-night camp-out, a club brings {a} adults and {k} kids. Every rental tent holds {cap} people and costs ${f} per night plus a one-time ${dep} deposit. What does the club pay up front?",
        ],
        given=[("Adults", "a", ""), ("Kids", "k", ""), ("People per tent", "cap", ""), ("Fee per tent per night", "f", ""), ("Nights", "n", ""), ("Deposit per tent", "dep", "")],
        answer="they pay {ans} at pickup")


@template
def t_permits_fee():
    def draw(rng):
        return {"q": (F(pick(rng, [5, 6, 8, 10, 12])), "money"), "p": (F(rng.randint(3, 8)), "num"),
                "n": (F(rng.randint(2, 5)), "num"), "s": (pick(rng, frange(12, 25, F(1, 2))), "money"),
                "pc": (F(pick(rng, [3, 4, 5, 6]), 100), "pct")}
    return dict(
        name="permits_fee", draw=draw,
        steps=[Step("s1", ("*", "q", "p", "n"), "permit cost", "", money=True),
               Step("s2", ("*", "s", "2", "p"), "shuttle tickets", "", money=True),
               Step("s3", ("+", "s1", "s2"), "subtotal", "", money=True),
               Step("s4", ("*", "s3", "pc"), "booking fee", "", money=True),
               Step("s5", ("+", "s3", "s4"), "total charged", "", money=True)],
        final="s5", check="s5",
        phrasings=[
            "Wilderness permits cost ${q} per person per night. A party of {p} is going for {n} nights and also needs shuttle rides at ${s} per person each way, there and back. The booking site adds a {pc}% fee to the whole order. What is the total charge?",
            "{p} backpackers reserve permits for {n} nights at ${q} per person per night, plus a round-trip trailhead shuttle that costs ${s} per person each way. A {pc}% online booking fee is added. How much is charged in total?",
            "For a {n}-night trip, a group of {p} pays ${q} per person per night for permits. The shuttle is ${s} per person per ride, and they ride out and back. If the reservation system charges {pc}% on top, what is the final charge?",
        ],
        given=[("Permit", "q", "per person per night"), ("People", "p", ""), ("Nights", "n", ""), ("Shuttle", "s", "per person each way"), ("Booking fee", "pc", "")],
        answer="the total charge is {ans}")


@template
def t_meadow_loop():
    def draw(rng):
        return {"L": (F(rng.randrange(250, 901, 10)), "num"), "W": (F(rng.randrange(120, 481, 10)), "num"),
                "k": (F(rng.randint(2, 5)), "num")}
    return dict(
        name="meadow_loop", draw=draw,
        steps=[Step("s1", ("*", "2", ("+", "L", "W")), "perimeter of the loop", "m"),
               Step("s2", ("*", "s1", "k"), "total distance", "m"),
               Step("s3", ("/", "s2", "1000"), "total distance in kilometers", "km", xdp=3)],
        final="s3", check="s2",
        phrasings=[
            "A trail runs around the edge of a rectangular meadow that is {L} m long and {W} m wide. Kai jogs {k} laps as a warm-up before a hike. How many kilometers does he cover?",
            "At the campground, a walking path follows the border of a rectangular field {L} meters by {W} meters. If campers walk the loop {k} times, how far do they go, in km?",
            "A nature loop traces a rectangle measuring {L} m by {W} m around a pond. A ranger walks it {k} times on patrol. What distance is that in kilometers?",
        ],
        given=[("Length", "L", "m"), ("Width", "W", "m"), ("Laps", "k", "")],
        answer="the distance is {ans}")


@template
def t_trail_mix():
    def draw(rng):
        while True:
            nu = rng.randrange(200, 401, 25); ra = rng.randrange(100, 251, 25); ch = rng.randrange(50, 151, 25)
            p = rng.randint(2, 6); g = pick(rng, [80, 100, 120, 150]); d = rng.randint(2, 6)
            x = F(p * g * d, nu + ra + ch)
            if x > F(6, 5) and (dec_places(x) is None or dec_places(x) > 1) and rhu(x, 1).denominator != 1:
                return {"nu": (F(nu), "num"), "ra": (F(ra), "num"), "ch": (F(ch), "num"), "p": (F(p), "num"),
                        "g": (F(g), "num"), "d": (F(d), "num"), "cb": (pick(rng, frange("6.5", "12", "0.25")), "money")}
    return dict(
        name="trail_mix", draw=draw,
        steps=[Step("s1", ("+", "nu", "ra", "ch"), "weight of one batch", "g"),
               Step("s2", ("*", "p", "g", "d"), "trail mix needed", "g"),
               Step("s3", ("/", "s2", "s1"), "number of batches", "batches", rdp=1),
               C("s4", "s3", "batches to make", "batches"),
               Step("s5", ("*", "s4", "cb"), "cost of the batches", "", money=True)],
        final="s5", check=None,
        phrasings=[
            "One batch of homemade trail mix uses {nu} g of nuts, {ra} g of raisins and {ch} g of chocolate chips. {p} hikers each want {g} g per day for {d} days. Each batch costs ${cb} to make. If they make whole batches only, how much do they spend?",
            "A trail mix recipe combines {nu} grams of nuts, {ra} grams of raisins and {ch} grams of chocolate. For a {d}-day trip, {p} people plan on {g} grams each per day. A batch costs ${cb}. What is the cost of the batches they need?",
            "Mia mixes trail mix in batches: {nu} g nuts, {ra} g dried fruit, {ch} g chocolate per batch, at a cost of ${cb} a batch. Her group of {p} wants {g} g per person per day over {d} days. How much will the trail mix cost?",
        ],
        given=[("Nuts", "nu", "g"), ("Raisins", "ra", "g"), ("Chocolate", "ch", "g"), ("Hikers", "p", ""), ("Per hiker per day", "g", "g"), ("Days", "d", ""), ("Cost per batch", "cb", "")],
        answer="the trail mix costs {ans}")


@template
def t_gear_sale():
    def draw(rng):
        P = F(rng.randint(89, 219)) + pick(rng, [F(0), F(99, 100), F(1, 2)])
        Q = F(rng.randint(79, 189)) + pick(rng, [F(0), F(99, 100), F(1, 2)])
        return {"P": (P, "money"), "p1": (F(pick(rng, [20, 25, 30, 35]), 100), "pct"), "Q": (Q, "money"),
                "p2": (F(pick(rng, [10, 15, 20]), 100), "pct"), "tx": (F(pick(rng, [5, 6, 7, 8, 9]), 100), "pct")}
    return dict(
        name="gear_sale", draw=draw,
        steps=[Step("s1", ("*", "P", "p1"), "backpack discount", "", money=True),
               Step("s2", ("-", "P", "s1"), "sale price of the backpack", "", money=True),
               Step("s3", ("*", "Q", "p2"), "boot discount", "", money=True),
               Step("s4", ("-", "Q", "s3"), "sale price of the boots", "", money=True),
               Step("s5", ("+", "s2", "s4"), "subtotal", "", money=True),
               Step("s6", ("*", "s5", "tx"), "sales tax", "", money=True),
               Step("s7", ("+", "s5", "s6"), "total", "", money=True)],
        final="s7", check="s7",
        phrasings=[
            "An outdoor store has a backpack priced ${P} at {p1}% off and hiking boots priced ${Q} at {p2}% off. Sales tax is {tx}%. Rounding each amount to the nearest cent, what is the total for both items?",
            "During the gear sale, Leo buys a ${P} backpack discounted {p1}% and a pair of ${Q} boots discounted {p2}%. Tax of {tx}% is charged on the discounted subtotal. What does he pay, with every amount rounded to the cent?",
            "A backpack lists for ${P} and boots list for ${Q}. The pack is {p1}% off, the boots are {p2}% off, and {tx}% sales tax applies after discounts. Round each step to the nearest cent. What is the final total?",
        ],
        given=[("Backpack", "P", ""), ("Backpack discount", "p1", ""), ("Boots", "Q", ""), ("Boot discount", "p2", ""), ("Sales tax", "tx", "")],
        answer="the total comes to {ans}")


@template
def t_headlamp():
    def draw(rng):
        while True:
            p = rng.randint(2, 6); h = pick(rng, [F(2), F(5, 2), F(3), F(7, 2)]); n = rng.randint(3, 7)
            B = pick(rng, [20, 25, 30, 40])
            x = p * h * n / B
            if x.denominator == 1 or rhu(x, 2).denominator == 1:
                continue
            sets = math.ceil(rhu(x, 2)) if dec_places(x) is None or dec_places(x) > 2 else math.ceil(x)
            y = F(sets * 3, 8)
            if y.denominator == 1 or y < 1:
                continue
            return {"p": (F(p), "num"), "h": (h, "num"), "n": (F(n), "num"), "B": (F(B), "num"),
                    "pr": (pick(rng, [F(15, 2), F(899, 100), F(999, 100), F(6)]), "money")}
    return dict(
        name="headlamp", draw=draw,
        steps=[Step("s1", ("*", "p", "h", "n"), "headlamp hours", "hours"),
               Step("s2", ("/", "s1", "B"), "battery sets", "sets", rdp=2),
               C("s3", "s2", "sets needed", "sets"),
               Step("s4", ("*", "s3", "3"), "batteries needed", "batteries"),
               Step("s5", ("/", "s4", "8"), "packs of batteries", "packs", xdp=3, rdp=2),
               C("s6", "s5", "packs to buy", "packs"),
               Step("s7", ("*", "s6", "pr"), "battery cost", "", money=True)],
        final="s7", check="s4",
        phrasings=[
            "{p} campers each use a headlamp for {h} hours a night for {n} nights. A set of 3 AAA batteries lasts {B} hours. Batteries come in packs of 8 for ${pr}. How much do they spend on batteries?",
            "On a {n}-night trip, {p} headlamps run {h} hours each night. One set of three AAA batteries powers a lamp for {B} hours, and AAA batteries are sold 8 to a pack at ${pr} per pack. What is the battery cost?",
            "A group brings {p} headlamps and expects to use each for {h} hours per night over {n} nights. Each lamp takes 3 AAA batteries, and a set lasts {B} hours. Packs of 8 AAA cost ${pr}. How much should they budget for batteries?",
        ],
        given=[("Headlamps", "p", ""), ("Hours per night", "h", ""), ("Nights", "n", ""), ("Hours per set of 3", "B", ""), ("Pack of 8", "pr", "")],
        answer="the batteries cost {ans}")


@template
def t_canoe_trip():
    def draw(rng):
        while True:
            p = rng.randint(5, 15); cap = pick(rng, [2, 3])
            if p % cap:
                h = rng.randint(12, 22); t = rng.randint(2, 5)
                ncan = -(-p // cap)
                if dec_places(F(h * t * ncan, p)) is None or dec_places(F(h * t * ncan, p)) > 2:
                    return {"p": (F(p), "num"), "cap": (F(cap), "num"), "h": (F(h), "money"), "t": (F(t), "num")}
    return dict(
        name="canoe_trip", draw=draw,
        steps=[Step("s1", ("/", "p", "cap"), "canoes by capacity", "canoes", rdp=2),
               C("s2", "s1", "canoes to rent", "canoes"),
               Step("s3", ("*", "h", "t"), "rental per canoe", "", money=True),
               Step("s4", ("*", "s3", "s2"), "total rental", "", money=True),
               Step("s5", ("/", "s4", "p"), "cost per person", "", money=True)],
        final="s5", check="s4",
        phrasings=[
            "{p} campers want to paddle across the lake. Each canoe holds {cap} people and rents for ${h} per hour. They keep the canoes for {t} hours and split the bill evenly. How much does each person pay, to the nearest cent?",
            "A canoe livery rents {cap}-person canoes at ${h} an hour. A group of {p} rents enough canoes for everyone for {t} hours. Shared equally, what is each person's cost (nearest cent)?",
            "For a {t}-hour paddle, {p} friends rent canoes that seat {cap} each, at ${h} per canoe per hour. If they divide the total evenly, how much does each one owe, rounded to the cent?",
        ],
        given=[("People", "p", ""), ("Seats per canoe", "cap", ""), ("Rate", "h", "per hour"), ("Hours", "t", "")],
        answer="each person pays about {ans}")


@template
def t_avg_speed():
    def draw(rng):
        while True:
            d1 = pick(rng, frange(10, 22, F(1, 2))); d2 = pick(rng, frange(10, 22, F(1, 2)))
            t1 = pick(rng, frange(3, 6, F(1, 2))); t2 = pick(rng, frange(3, 6, F(1, 2)))
            x = (d1 + d2) / (t1 + t2)
            if dec_places(x) is None or dec_places(x) > 2:
                return {"d1": (d1, "num"), "t1": (t1, "num"), "d2": (d2, "num"), "t2": (t2, "num")}
    return dict(
        name="avg_speed", draw=draw,
        steps=[Step("s1", ("+", "d1", "d2"), "total distance", "km"),
               Step("s2", ("+", "t1", "t2"), "total hiking time", "hours"),
               Step("s3", ("/", "s1", "s2"), "average speed", "km/h", rdp=2)],
        final="s3", check="s1",
        phrasings=[
            "On the first day of a two-day hike, Ana covers {d1} km in {t1} hours. On the second day she covers {d2} km in {t2} hours. What is her average speed over both days, in km/h rounded to two decimals?",
            "A hiking club walks {d1} km on Saturday in {t1} hours and {d2} km on Sunday in {t2} hours. To the nearest hundredth, what was their average speed for the weekend in kilometers per hour?",
            "Day one of the trek: {d1} km in {t1} hours of walking. Day two: {d2} km in {t2} hours. Find the overall average hiking speed in km/h, rounded to two decimal places.",
        ],
        given=[("Day one", "d1", "km"), ("Day one time", "t1", "hours"), ("Day two", "d2", "km"), ("Day two time", "t2", "hours")],
        answer="the average speed is about {ans}")


@template
def t_ration_weight():
    def draw(rng):
        while True:
            p = rng.randint(2, 6); d = rng.randint(3, 8)
            m = pick(rng, [F(3, 10), F(7, 20), F(2, 5), F(9, 20), F(1, 2)])  # kg dried meals per person per day
            cap = pick(rng, [F(3), F(7, 2), F(4), F(5)])  # bear canister capacity kg
            x = p * d * m / cap
            if (dec_places(x) is None or dec_places(x) > 2) and rhu(x, 2).denominator != 1 and x > 1:
                return {"p": (F(p), "num"), "d": (F(d), "num"), "m": (m, "num"), "cap": (cap, "num"),
                        "rent": (F(pick(rng, [3, 4, 5])), "money")}
    return dict(
        name="bear_canisters", draw=draw,
        steps=[Step("s1", ("*", "p", "d"), "person-days of food", "person-days"),
               Step("s2", ("*", "s1", "m"), "total food weight", "kg"),
               Step("s3", ("/", "s2", "cap"), "canisters by weight", "canisters", rdp=2),
               C("s4", "s3", "canisters to rent", "canisters"),
               Step("s5", ("*", "s4", "rent", "d"), "canister rental", "", money=True)],
        final="s5", check="s2",
        phrasings=[
            "{p} backpackers on a {d}-day trip each eat {m} kg of dried food per day. All food must go in bear canisters that hold {cap} kg each, rented at ${rent} per canister per day. What is the rental cost?",
            "A park requires bear canisters. Each canister holds {cap} kg of food and rents for ${rent} a day. A group of {p} is out for {d} days and packs {m} kg of food per person per day. How much is the canister rental?",
            "For {d} days in bear country, {p} hikers will carry {m} kg of food per person per day. Rental canisters fit {cap} kg and cost ${rent} per day each. What do the canisters cost to rent for the trip?",
        ],
        given=[("Hikers", "p", ""), ("Days", "d", ""), ("Food per person per day", "m", "kg"), ("Canister capacity", "cap", "kg"), ("Rental", "rent", "per canister per day")],
        answer="the canister rental is {ans}")


# ----------------------------------------------------------------------------- styles

STYLES = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline", "latex_display",
          "md_table", "terse", "gsm8k", "tutor", "llama_steps"]


class Sty:
    def __init__(self, name, rng):
        self.name = name
        self.latex = name in ("latex_inline", "latex_display")
        self.words = name == "tutor"
        if self.latex:
            self.sym = {"*": r"\times", "/": r"\div", "-": "-", "+": "+"}
            self.frac = rng.random() < 0.6
            self.sep = "{,}" if (name == "latex_display" or rng.random() < 0.5) else ","
            self.dollar = r"\$"
            self.pctsign = r"\%"
            self.neg = "-"
        else:
            self.frac = False
            self.dollar = "$"
            self.pctsign = "%"
            mul = {"gpt4o_md": ["×"], "claude_bold": ["×"], "bullets": ["×", "x"], "prose": ["×"],
                   "md_table": ["×", "x"], "terse": ["*", "x", "×", "·"], "gsm8k": ["*"],
                   "llama_steps": ["×", "*"], "tutor": ["times"]}[name]
            div = {"gpt4o_md": ["÷"], "claude_bold": ["÷"], "bullets": ["÷", "/"], "prose": ["÷", "/"],
                   "md_table": ["÷", "/"], "terse": ["/", "÷"], "gsm8k": ["/"],
                   "llama_steps": ["÷", "/"], "tutor": ["divided by"]}[name]
            minus = {"gpt4o_md": ["−", "-"], "claude_bold": ["−"], "bullets": ["-"], "prose": ["−", "-"],
                     "md_table": ["−", "-"], "terse": ["-"], "gsm8k": ["-"], "llama_steps": ["-"],
                     "tutor": ["minus"]}[name]
            self.sym = {"*": pick(rng, mul), "/": pick(rng, div), "-": pick(rng, minus),
                        "+": "plus" if self.words else "+"}
            self.sep = None if name == "gsm8k" else ","
            if name == "gsm8k":
                self.dollar = ""  # GSM8K gold puts $ only before the annotation
            self.neg = "−" if self.sym["-"] == "−" else "-"
        self.pct_mode = {"prose": "of", "tutor": "of", "claude_bold": "of", "bullets": "pct", "terse": "pct",
                         "md_table": "pct"}.get(name, "dec")
        self.show_mid = name != "gsm8k"
        self.tight = name == "gsm8k"

    def num(self, plain, kind="num"):
        neg = plain.startswith("-")
        s = plain.lstrip("-")
        if kind == "pct":
            if self.pct_mode == "dec":
                if self.name == "gsm8k" and s.startswith("0."):
                    return "." + s[2:]
                return s
            v = canon(F(s) * 100)
            return v + self.pctsign
        ip, _, dp = s.partition(".")
        if self.sep and len(ip) >= 4:
            parts = []
            while len(ip) > 3:
                parts.insert(0, ip[-3:]); ip = ip[:-3]
            parts.insert(0, ip)
            ip = self.sep.join(parts)
        s = ip + ("." + dp if dp else "")
        if kind == "money":
            s = self.dollar + s
        return (self.neg if neg else "") + s

    def unit(self, u):
        if not u:
            return ""
        if self.latex:
            if u == "°C":
                return r"^\circ\text{C}"
            if u == "%":
                return r"\%"
            return r"\text{ " + u + "}"
        if u in ("%", "°C"):
            return u
        return " " + u


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def is_leaf(e):
    return isinstance(e, str)


def rexpr(e, leaf, sty, parent=None, right=False):
    """leaf(name) -> (plain, kind)"""
    if is_leaf(e):
        plain, kind = leaf(e)
        return sty.num(plain, kind)
    op, args = e[0], e[1:]
    if op == "/" and sty.frac and all(is_leaf(a) for a in args):
        s = r"\frac{%s}{%s}" % (rexpr(args[0], leaf, sty), rexpr(args[1], leaf, sty))
        return s
    if op == "*" and len(args) == 2 and is_leaf(args[1]) and leaf(args[1])[1] == "pct" and sty.pct_mode == "of":
        s = "%s of %s" % (rexpr(args[1], leaf, sty), rexpr(args[0], leaf, sty, "*"))
    else:
        parts = [rexpr(a, leaf, sty, op, i > 0) for i, a in enumerate(args)]
        j = "" if sty.tight else " "
        s = (j + sty.sym[op] + j).join(parts)
    if parent is not None and (PREC[op] < PREC[parent] or (PREC[op] == PREC[parent] and right and parent in "-/")):
        s = "(" + s + ")"
    return s


def ev(e, vals):
    if is_leaf(e):
        return vals[e] if e in vals else F(e)
    op, args = e[0], [ev(a, vals) for a in e[1:]]
    if op == "+":
        return sum(args, F(0))
    if op == "*":
        r = F(1)
        for a in args:
            r *= a
        return r
    if op == "-":
        return args[0] - args[1]
    return args[0] / args[1]


# ----------------------------------------------------------------------------- computing a solution

class Bad(Exception):
    pass


def compute(T, gv, override=None):
    """Return dict name -> record.  override = (step name, wrong plain) for carry."""
    vals, kinds, plains = {}, {}, {}
    for k, (v, kind) in gv.items():
        vals[k] = v; kinds[k] = kind
        plains[k] = canon(v, kind == "money")
    recs = []
    for st in T["steps"]:
        if st.is_ceil:
            src = vals[st.ceil]
            if src.denominator == 1:
                raise Bad("ceil of integer")
            srec = [r for r in recs if r["name"] == st.ceil][0]
            if srec["rel"] == "≈" and F(plains[st.ceil]).denominator == 1:
                raise Bad("rounded to integer before ceil")
            v = F(math.ceil(src))
            rec = dict(name=st.name, ceil=True, src=plains[st.ceil], res=canon(v), value=v, step=st)
        else:
            exact = ev(st.expr, vals)
            if exact <= 0:
                if not (st.name == T["final"] and T["name"] == "lapse_temp"):
                    raise Bad("non-positive")
            money = st.money
            maxd = 2 if money else st.xdp
            d = dec_places(exact)
            if d is not None and d <= maxd:
                rel, res, exact_plain, dp = "=", canon(exact, money), None, d
            else:
                dp = 2 if money else st.rdp
                r = rhu(exact, dp)
                res = to_plain(r, 2) if money else canon(r)
                rel = "≈"
                exact_plain = canon(exact) if (d is not None and d <= 4) else None
            mid = None
            if any(not is_leaf(a) for a in st.expr[1:]):
                mid_e = [st.expr[0]]
                for i, a in enumerate(st.expr[1:]):
                    if is_leaf(a):
                        mid_e.append(a)
                    else:
                        nm = "_mid%d" % i
                        mv = ev(a, vals)
                        vals[nm] = mv; kinds[nm] = "money" if money else "num"; plains[nm] = canon(mv, money)
                        mid_e.append(nm)
                mid = tuple(mid_e)
            rec = dict(name=st.name, ceil=False, expr=st.expr, mid=mid, rel=rel, res=res, exact=exact,
                       exact_plain=exact_plain, dp=dp, step=st, money=money)
            if override and override[0] == st.name:
                rec["res"] = override[1]
                rec["wrong"] = True
            v = F(rec["res"])
        vals[st.name] = v
        kinds[st.name] = "money" if (not st.is_ceil and st.money) else "num"
        plains[st.name] = rec["res"]
        rec["value"] = v
        recs.append(rec)
    return recs, vals, kinds, plains


# ----------------------------------------------------------------------------- faults

KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]


def fault_candidates(rec, kind, plains, rng):
    r = rec["res"]
    money = rec["money"]
    rv = F(r)
    d = pdec(r)
    out = []

    def fmt_same(v):
        if v == 0:
            return None
        try:
            return to_plain(v, d)
        except AssertionError:
            return None
    if kind in ("off_by_one", "off_by_ten"):
        delta = 1 if kind == "off_by_one" else 10
        for sgn in (1, -1):
            w = rv + sgn * delta
            if w > 0 or (rv < 0):
                out.append(fmt_same(w))
    elif kind == "swap_digits":
        sign = "-" if r.startswith("-") else ""
        body = r.lstrip("-")
        digits = body.replace(".", "")
        pos = body.find(".")
        for i in range(len(digits) - 1):
            if digits[i] != digits[i + 1]:
                nd = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
                s = nd if pos < 0 else nd[:pos] + "." + nd[pos:]
                out.append(sign + s)
    elif kind in ("drop_digit", "double_digit"):
        sign = "-" if r.startswith("-") else ""
        ip, _, dp = r.lstrip("-").partition(".")
        if ip != "0":
            for i in range(len(ip)):
                if kind == "drop_digit":
                    if len(ip) < 2:
                        continue
                    ni = ip[:i] + ip[i + 1:]
                else:
                    ni = ip[:i + 1] + ip[i] + ip[i + 1:]
                out.append(sign + ni + ("." + dp if dp else ""))
    elif kind == "decimal_shift":
        for w in (rv * 10, rv / 10):
            dd = dec_places(w)
            if dd is not None and dd <= (2 if money else 4):
                out.append(to_plain(w, 2) if money else canon(w))
    elif kind == "wrong_op":
        e = rec["expr"]
        if rec["mid"] is None and rec["exact_plain"] is None and len(e) == 3 and all(is_leaf(a) for a in e[1:]):
            a, b = F(plains[e[1]]) if e[1] in plains else F(e[1]), F(plains[e[2]]) if e[2] in plains else F(e[2])
            if not (plains["__kind__"](e[1]) == "pct" or plains["__kind__"](e[2]) == "pct"):
                for op in "+-*/":
                    if op == e[0]:
                        continue
                    w = ev((op, "a", "b"), {"a": a, "b": b})
                    if w <= 0:
                        continue
                    if rec["rel"] == "=":
                        dd = dec_places(w)
                        if dd is None or dd > (2 if money else max(d, 2)):
                            continue
                        out.append(canon(w, money))
                    else:
                        out.append(to_plain(rhu(w, rec["dp"]), 2) if money else canon(rhu(w, rec["dp"])))
    res = []
    for w in out:
        if w is None or w == r or w in res:
            continue
        body = w.lstrip("-")
        ip = body.split(".")[0]
        if len(ip) > 1 and ip.startswith("0"):
            continue
        if not money and "." in body and body.endswith("0"):
            continue
        if money and "." in body and pdec(body) != 2:
            continue
        wv = F(w)
        if wv == 0:
            continue
        # must be wrong beyond the rounding tolerance of the written decimals
        if abs(wv - rec["exact"]) <= F(1, 2) / F(10) ** pdec(w):
            continue
        if rec["rel"] == "≈" and rhu(rec["exact"], pdec(w)) == wv:
            continue
        if rec["rel"] == "=" and rec["exact"] == wv:
            continue
        res.append(w)
    return res


# ----------------------------------------------------------------------------- rendering

LEADS = ["First,", "Next,", "Then", "After that,", "Now", "So", "Next,", "Finally,"]


PLURAL_HEADS = ("days", "fills", "bars", "canisters", "tents", "deposits", "shuttle tickets", "battery sets",
                "sets", "batteries", "packs", "canoes", "campsite fees", "tent fees", "person-days", "full days", "total days")


def isare(label):
    return "are" if label.startswith(PLURAL_HEADS) else "is"


def cap1(s):
    return s[0].upper() + s[1:]


class Renderer:
    def __init__(self, T, gv, sty, rng, recs, kinds, plains, show_exact, check_rec, final_plain, meta):
        self.T, self.gv, self.sty, self.rng = T, gv, sty, rng
        self.recs, self.kinds, self.plains = recs, kinds, plains
        self.show_exact, self.check_rec, self.final_plain = show_exact, check_rec, final_plain
        self.meta = meta  # per-problem stable choices (phrases) dict

    def leaf(self, name):
        if name in self.plains:
            return self.plains[name], self.kinds[name]
        return name, "num"

    def runit(self, rec):
        return self.sty.unit(rec["step"].unit)

    def res_str(self, rec):
        k = "money" if rec.get("money") else "num"
        return self.sty.num(rec["res"], k)

    # ---- equation pieces
    def eq(self, rec, bold=False):
        sty = self.sty
        if rec["ceil"]:
            src = sty.num(rec["src"])
            res = sty.num(rec["res"]) + self.runit(rec)
            if bold:
                res = "**" + res + "**"
            if sty.latex:
                return r"\lceil %s \rceil = %s" % (src, res)
            if sty.words or sty.name in ("prose", "gsm8k"):
                return "%s rounds up to %s" % (src, res)
            return "%s → %s" % (src, res)
        lhs = rexpr(rec["expr"], self.leaf, sty)
        res = self.res_str(rec)
        unit = self.runit(rec)
        if sty.name == "gsm8k":
            if rec["rel"] == "=":
                dollar = "$" if rec["money"] else ""
                return "%s=%s<<%s=%s>>%s%s" % (lhs, dollar, lhs, rec["res"], rec["res"], unit)
            return "%s ≈ %s%s%s" % (lhs, "$" if rec["money"] else "", res, unit)
        segs = [lhs]
        rels = []
        if rec["mid"] is not None and sty.show_mid:
            segs.append(rexpr(rec["mid"], self.leaf, sty))
            rels.append("=")
        if rec["rel"] == "≈" and rec["exact_plain"] is not None and self.show_exact.get(rec["name"]):
            segs.append(sty.num(rec["exact_plain"], "num"))
            rels.append("=")
        rels.append(rec["rel"])
        resu = res + unit
        if bold:
            resu = "**" + resu + "**"
        segs.append(resu)
        out = segs[0]
        for i, rl in enumerate(rels):
            out += self.relword(rl, i, len(rels)) + segs[i + 1]
        return out

    def relword(self, rl, i, n):
        sty = self.sty
        if sty.latex:
            return " = " if rl == "=" else r" \approx "
        if sty.words:
            if rl == "≈":
                return ", which is about " if i > 0 else pick(self.rng, [" is about ", " is roughly ", " comes to about "])
            if i < n - 1 or n == 1:
                return pick(self.rng, [" equals ", " gives us ", " comes to "]) if i == 0 else ", which is "
            return ", which is "
        return " = " if rl == "=" else " ≈ "

    def table_cells(self, rec):
        sty = self.sty
        if rec["ceil"]:
            return "%s → %s" % (sty.num(rec["src"]), sty.num(rec["res"])), sty.num(rec["res"]) + self.runit(rec)
        lhs = rexpr(rec["expr"], self.leaf, sty)
        calc = lhs
        if rec["mid"] is not None:
            calc += " = " + rexpr(rec["mid"], self.leaf, sty)
        res = self.res_str(rec) + self.runit(rec)
        if rec["rel"] == "≈":
            if rec["exact_plain"] is not None and self.show_exact.get(rec["name"]):
                calc += " = " + sty.num(rec["exact_plain"])
            res = "≈ " + res
        return calc, res

    def check_line(self):
        """returns text of the check computation (without prefix) or None"""
        cr = self.check_rec
        if cr is None:
            return None
        e = cr["expr"]
        op = e[0]
        a, b = e[1], e[2]
        inv = {"*": "/", "+": "-", "-": "+", "/": "*"}[op]
        res_name = cr["name"]
        expr = (inv, res_name, b)
        lhs = rexpr(expr, self.leaf, self.sty)
        pa, ka = self.leaf(a)
        rhs = self.sty.num(pa, ka)
        if self.sty.words:
            return "%s equals %s" % (lhs, rhs)
        return "%s = %s" % (lhs, rhs)

    def given_items(self):
        items = []
        for lab, var, u in self.T["given"]:
            v, kind = self.gv[var]
            s = self.sty.num(canon(v, kind == "money"), kind) if kind != "pct" else canon(v * 100) + "%"
            if kind == "pct" and self.sty.latex:
                s = canon(v * 100) + r"\%"
            items.append((lab, s + ((" " + u) if u else "")))
        return items

    def answer_text(self, bold=False):
        st = [s for s in self.T["steps"] if s.name == self.T["final"]][0]
        money = (not st.is_ceil) and st.money
        num = Sty("prose", random.Random(0)).num(self.final_plain, "money" if money else "num")
        if self.sty.name == "gsm8k":
            num = self.sty.num(self.final_plain, "money" if money else "num")
        u = st.unit
        if u in ("%", "°C"):
            ans = num + u
        elif u:
            ans = num + " " + u
        else:
            ans = num
        if bold:
            ans = "**" + ans + "**"
        return self.T["answer"].format(ans=ans)

    # ---- styles
    def render(self):
        fn = getattr(self, "r_" + self.sty.name)
        lines, where = fn()
        return lines, where

    def steps(self):
        return [r for r in self.recs]

    def r_gpt4o_md(self):
        L, W = [], {}
        m = self.meta
        L.append(pick(self.rng, ["Let's break this down step by step.", "To solve this, we'll go through it step by step.", "Let's solve this step by step."]))
        L.append("")
        if m["given"]:
            L.append("**Given:**")
            for lab, s in self.given_items():
                L.append("- %s: %s" % (lab, s))
            L.append("")
        k = 0
        for rec in self.recs:
            if rec["ceil"]:
                L.append(pick(self.rng, ["Since we can't have a partial amount, round up:", "We round up to a whole number:"]))
                L.append("%s" % self.eq(rec, bold=True))
                L.append("")
                continue
            k += 1
            L.append("### Step %d: %s" % (k, cap1(rec["step"].label)))
            L.append(pick(self.rng, ["", "Calculate the %s:" % rec["step"].label, "The %s %s:" % (rec["step"].label, isare(rec["step"].label))]))
            if L[-1] == "":
                L.pop()
            W[rec["name"]] = len(L)
            L.append(self.eq(rec, bold=True))
            L.append("")
        c = self.check_line()
        if c:
            L.append("Check: %s ✓" % c)
            L.append("")
        L.append("### Final Answer")
        L.append(cap1(self.answer_text(bold=True)) + ".")
        return L, W

    def r_claude_bold(self):
        L, W = [], {}
        L.append(pick(self.rng, ["Let me work through this step by step.", "I'll break this into parts.", "Let me set up the calculation."]))
        L.append("")
        if self.meta["given"]:
            L.append("We know: " + "; ".join("%s %s" % (lab.lower(), s) for lab, s in self.given_items()) + ".")
            L.append("")
        for rec in self.recs:
            if rec["ceil"]:
                W[rec["name"]] = len(L)
                L.append("**%s:** %s (rounding up)" % (cap1(rec["step"].label), self.eq(rec)))
                continue
            W[rec["name"]] = len(L)
            L.append("**%s:** %s" % (cap1(rec["step"].label), self.eq(rec)))
        c = self.check_line()
        if c:
            L.append("")
            L.append("**Check:** %s ✓" % c)
        L.append("")
        L.append(pick(self.rng, ["So ", "Therefore, ", "That means "]) + self.answer_text(bold=True) + ".")
        return L, W

    def r_bullets(self):
        L, W = [], {}
        L.append(pick(self.rng, ["Here's the breakdown:", "Let's break this down.", "Breaking it down:"]))
        L.append("")
        if self.meta["given"]:
            for lab, s in self.given_items():
                L.append("- %s: %s" % (lab, s))
            L.append("")
        for rec in self.recs:
            W[rec["name"]] = len(L)
            if rec["ceil"]:
                L.append("- Round up %s: %s" % (rec["step"].label, self.eq(rec)))
            else:
                L.append("- %s: %s" % (cap1(rec["step"].label), self.eq(rec)))
        c = self.check_line()
        if c:
            L.append("- Check: %s ✓" % c)
        L.append("")
        L.append(pick(self.rng, ["So ", "Therefore ", "Answer: "]) + self.answer_text() + ".")
        return L, W

    def r_prose(self):
        L, W = [], {}
        intro = pick(self.rng, ["Let's think through this.", "We can work this out in a few steps.", ""])
        if intro:
            L.append(intro)
            L.append("")
        sent = []
        li = 0
        groups = []
        cur = []
        for rec in self.recs:
            cur.append(rec)
            if len(cur) >= self.meta["pgroup"]:
                groups.append(cur); cur = []
        if cur:
            groups.append(cur)
        for gi, g in enumerate(groups):
            parts = []
            for rec in g:
                if rec["ceil"]:
                    parts.append(pick(self.rng, ["Since a partial one doesn't make sense, %s." % self.eq(rec),
                                                 "We need whole %s, and %s." % (rec["step"].unit, self.eq(rec))]))
                else:
                    lead = LEADS[li] if li < len(LEADS) else "Then"
                    li += 1
                    parts.append("%s the %s %s %s." % (lead, rec["step"].label, isare(rec["step"].label), self.eq(rec)))
                W[rec["name"]] = len(L)
            L.append(" ".join(parts))
            L.append("")
        c = self.check_line()
        if c:
            L.append("As a check, %s ✓" % c)
            L.append("")
        L.append(pick(self.rng, ["So ", "Therefore, ", "That means "]) + self.answer_text() + ".")
        return L, W

    def r_latex_inline(self):
        L, W = [], {}
        L.append(pick(self.rng, ["Let's solve this step by step.", "We compute each quantity in turn."]))
        L.append("")
        k = 0
        for rec in self.recs:
            k += 1
            W[rec["name"]] = len(L)
            if rec["ceil"]:
                L.append(r"%d. Round up the %s: \( %s \)" % (k, rec["step"].label, self.eq(rec)))
            else:
                L.append(r"%d. **%s:** \( %s \)" % (k, cap1(rec["step"].label), self.eq(rec)))
        L.append("")
        c = self.check_line()
        if c:
            L.append(r"Check: \( %s \) ✓" % c)
            L.append("")
        L.append(pick(self.rng, ["So ", "Therefore, "]) + self.answer_text(bold=True) + ".")
        return L, W

    def r_latex_display(self):
        L, W = [], {}
        L.append(pick(self.rng, ["Let's work through the calculation.", "We proceed step by step."]))
        L.append("")
        for rec in self.recs:
            L.append("**%s%s**" % (cap1(rec["step"].label), " (round up)" if rec["ceil"] else ""))
            L.append(r"\[")
            W[rec["name"]] = len(L)
            L.append(self.eq(rec))
            L.append(r"\]")
            L.append("")
        L.append(pick(self.rng, ["So ", "Hence ", "Therefore, "]) + self.answer_text() + ".")
        return L, W

    def r_md_table(self):
        L, W = [], {}
        L.append(pick(self.rng, ["Let's organize the calculation in a table.", "Here is the calculation laid out:"]))
        L.append("")
        L.append("| Quantity | Calculation | Result |")
        L.append("|---|---|---|")
        for rec in self.recs:
            calc, res = self.table_cells(rec)
            W[rec["name"]] = len(L)
            lab = cap1(rec["step"].label) + (" (rounded up)" if rec["ceil"] else "")
            L.append("| %s | %s | %s |" % (lab, calc, res))
        L.append("")
        c = self.check_line()
        if c:
            L.append("Check: %s ✓" % c)
            L.append("")
        L.append(pick(self.rng, ["So ", "Therefore, "]) + self.answer_text(bold=True) + ".")
        return L, W

    def r_terse(self):
        L, W = [], {}
        if self.meta["given"]:
            L.append("Solution:")
        for rec in self.recs:
            W[rec["name"]] = len(L)
            L.append("%s: %s" % (cap1(rec["step"].label), self.eq(rec)))
        c = self.check_line()
        if c:
            L.append("Check: %s ✓" % c)
        L.append("Answer: " + self.answer_text())
        return L, W

    def r_gsm8k(self):
        L, W = [], {}
        tmpl = ["The %s {v} %s.", "So the %s {v} %s.", "That makes the %s %s.", "The %s come{s} out to %s."]
        for rec in self.recs:
            W[rec["name"]] = len(L)
            if rec["ceil"]:
                L.append("Since only whole %s can be used, %s." % (rec["step"].unit, self.eq(rec)))
            else:
                v = isare(rec["step"].label)
                t = pick(self.rng, tmpl).replace("{v}", v).replace("{s}", "s" if v == "is" else "")
                L.append(t % (rec["step"].label, self.eq(rec)))
        return L, W

    def r_tutor(self):
        L, W = [], {}
        L.append(pick(self.rng, ["Great question! Let's work through it together.", "Okay, let's take this one piece at a time.",
                                  "Let's figure this out together, step by step."]))
        L.append("")
        if self.meta["given"]:
            L.append("Here's what we know: " + ", ".join("%s %s" % (lab.lower(), s) for lab, s in self.given_items()) + ".")
            L.append("")
        for i, rec in enumerate(self.recs):
            W[rec["name"]] = len(L)
            if rec["ceil"]:
                L.append(pick(self.rng, ["We can't have part of one, so %s." % self.eq(rec),
                                          "Remember to round up here: %s." % self.eq(rec)]))
            else:
                opener = pick(self.rng, ["Let's find the %s: " % rec["step"].label, "Now for the %s. " % rec["step"].label,
                                          "Next, the %s. " % rec["step"].label]) if i else "First, let's find the %s. " % rec["step"].label
                L.append(opener + self.eq(rec) + ".")
        c = self.check_line()
        if c:
            L.append("")
            L.append("Quick check: %s ✓" % c)
        L.append("")
        L.append(pick(self.rng, ["So ", "And there we go: ", "That means "]) + self.answer_text() + "!")
        return L, W

    def r_llama_steps(self):
        L, W = [], {}
        k = 0
        for rec in self.recs:
            k += 1
            if rec["ceil"]:
                L.append("## Step %d: Round up to get the %s" % (k, rec["step"].label))
                W[rec["name"]] = len(L)
                L.append("Since we need a whole number, %s." % self.eq(rec))
            else:
                L.append("## Step %d: Calculate the %s" % (k, rec["step"].label))
                W[rec["name"]] = len(L)
                L.append(pick(self.rng, ["The %s " + isare(rec["step"].label) + " %s.", "We find the %s: %s."]) % (rec["step"].label, self.eq(rec)))
            L.append("")
        L.append("The final answer is: $\\boxed{%s}$" % self.final_plain)
        return L, W


# ----------------------------------------------------------------------------- problem assembly

def phrase_problem(T, gv, rng):
    fmt = {}
    for k, (v, kind) in gv.items():
        if kind == "money":
            fmt[k] = canon(v, True)
        elif kind == "pct":
            fmt[k] = canon(v * 100)
        else:
            s = canon(v)
            ip, _, dp = s.partition(".")
            if len(ip) >= 4:
                ip = "{:,}".format(int(ip))
            fmt[k] = ip + ("." + dp if dp else "")
    return pick(rng, T["phrasings"]).format(**fmt)


def final_of(recs, T):
    rec = [r for r in recs if r["name"] == T["final"]][0]
    return rec["res"]


def build(T, gv, sty_name, seed, override=None, slip=None):
    """Render a solution. override: carry fault (propagated); slip: (step name, wrong plain) shown only."""
    recs, vals, kinds, plains = compute(T, gv, override)
    good = {r["name"]: r for r in compute(T, gv)[0]}
    if slip:
        for r in recs:
            if r["name"] == slip[0]:
                r["res"] = slip[1]
                r["wrong"] = True
        fin = good[T["final"]]["res"]
    else:
        fin = final_of(recs, T)
    rng = random.Random(seed)  # same stream for every variant
    sty = Sty(sty_name, random.Random(seed + "|sty"))
    mrng = random.Random(seed + "|meta")
    meta = {"given": mrng.random() < 0.5, "pgroup": mrng.choice([2, 3])}
    show_exact = {st.name: mrng.random() < 0.5 for st in T["steps"]}
    want_check = mrng.random() < (0.75 if sty_name == "claude_bold" else 0.35)
    check_rec = None
    if T["check"] and want_check and sty_name not in ("gsm8k", "llama_steps", "latex_display"):
        cr = [r for r in recs if r["name"] == T["check"]][0]
        crc = good[T["check"]] if slip else cr
        # the check is an inverse operation on the checked step; only written if it holds with the
        # values this row carries (slip rows carry the correct values downstream)
        if crc["rel"] == "=" and len(crc["expr"]) == 3 and all(is_leaf(a) for a in crc["expr"][1:]) \
                and F(crc["res"]) == crc["exact"]:
            check_rec = crc
    R = Renderer(T, gv, sty, rng, recs, kinds, plains, show_exact, check_rec, fin, meta)
    lines, where = R.render()
    lines.append("#### " + fin)
    return lines, where, recs, fin


def spans_of(lines):
    out, pos = [], 0
    for ln in lines:
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rows = []
    pid = 0
    kind_ctr = {"slip": 0, "carry": 0}
    for ti, T in enumerate(TEMPLATES):
        for i in range(N_PER_TEMPLATE):
            seed = "%s#%d" % (T["name"], i)
            prng = random.Random(seed + "|draw")
            while True:
                gv = T["draw"](prng)
                try:
                    recs, vals, kinds, plains = compute(T, gv)
                except Bad:
                    continue
                break
            pid += 1
            spid = "camp-%04d" % pid
            sty_name = STYLES[(i + ti * 4) % len(STYLES)]
            problem = phrase_problem(T, gv, random.Random(seed + "|phr"))
            lines, where, recs0, fin = build(T, gv, sty_name, seed)
            calc_names = [r["name"] for r in recs0 if not r["ceil"]]
            base = dict(pid=spid, template=T["name"], style=sty_name, problem=problem)
            sol = "\n".join(lines)
            rows.append(dict(base, variant="correct", solution=sol, final=fin))
            frng = random.Random(seed + "|fault")
            plains_k = dict(plains)
            plains_k["__kind__"] = lambda n, kinds=kinds: kinds.get(n, "num")

            def choose(variant):
                order = KINDS[kind_ctr[variant] % len(KINDS):] + KINDS[:kind_ctr[variant] % len(KINDS)]
                for kind in order:
                    steps = list(calc_names)
                    frng.shuffle(steps)
                    for sn in steps:
                        rec = [r for r in recs0 if r["name"] == sn][0]
                        cands = fault_candidates(rec, kind, plains_k, frng)
                        frng.shuffle(cands)
                        for w in cands:
                            if variant == "carry":
                                try:
                                    r2 = compute(T, gv, (sn, w))[0]
                                except (Bad, ZeroDivisionError):
                                    continue
                                if final_of(r2, T) == fin:
                                    continue
                            kind_ctr[variant] += 1
                            return kind, sn, w
                raise RuntimeError("no fault for " + seed)
            for variant in ("slip", "carry"):
                kind, sn, w = choose(variant)
                if variant == "slip":
                    fl, fw, frecs, ffin = build(T, gv, sty_name, seed, slip=(sn, w))
                else:
                    fl, fw, frecs, ffin = build(T, gv, sty_name, seed, override=(sn, w))
                li = fw[sn]
                sp = spans_of(fl)[li]
                rec = [r for r in recs0 if r["name"] == sn][0]
                sty = Sty(sty_name, random.Random(seed + "|sty"))
                kk = "money" if rec["money"] else "num"
                wrong_w = sty.num(w, kk).replace(sty.dollar, "")
                right_w = sty.num(rec["res"], kk).replace(sty.dollar, "")
                if sty_name == "gsm8k":
                    wrong_w, right_w = w, rec["res"]
                row = dict(base, variant=variant, solution="\n".join(fl), final=fin,
                           span=[sp[0], sp[1]], wrong=wrong_w, right=right_w,
                           step=calc_names.index(sn) + 1, kind=kind)
                assert wrong_w in fl[li], (seed, wrong_w, fl[li])
                rows.append(row)
            # loop
            lrng = random.Random(seed + "|loop")
            comp_lines = sorted(where[n] for n in calc_names)
            want_partial = lrng.random() < 0.42
            cut = lrng.choice(comp_lines)
            ks = [1, 2, 3]
            lrng.shuffle(ks)
            chosen = None
            for k in ks:
                if k > cut + 1:
                    continue
                first = lines[cut - k + 1]
                fd = next((j for j, ch in enumerate(first) if ch.isdigit()), len(first))
                can_partial = fd >= 4 and len(first) >= 6
                if not want_partial or can_partial:
                    chosen = (k, can_partial)
                    break
            if chosen is None:
                chosen = (min(ks[0], cut + 1), False)
                want_partial = False
            k = chosen[0]
            unit = lines[cut - k + 1: cut + 1]
            reps = lrng.randint(8, 30)
            ll = lines[:cut + 1] + unit * (reps - 1)
            text = "\n".join(ll)
            start2 = len("\n".join(lines[:cut + 1])) + 1
            utext = "\n".join(unit)
            span = [start2, start2 + len(utext)]
            if want_partial:
                first = unit[0]
                fd = next((j for j, ch in enumerate(first) if ch.isdigit()), len(first))
                spaces = [j for j in range(2, min(fd, len(first) - 1)) if first[j] == " "]
                if spaces and lrng.random() < 0.7:
                    cutp = lrng.choice(spaces)
                else:
                    cutp = lrng.randint(2, min(fd, len(first) - 1))
                cutp = max(1, min(cutp, fd, len(first) - 1))
                text += "\n" + first[:cutp]
            assert text[span[0]:span[1]] == utext
            rows.append(dict(base, variant="loop", solution=text, final=fin, span=span, repeats=reps))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems, %d templates)" % (len(rows), pid, len(TEMPLATES)))


if __name__ == "__main__":
    main()
