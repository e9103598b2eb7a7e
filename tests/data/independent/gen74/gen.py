#!/usr/bin/env python3
"""Held-out set generator: shipping, packaging and logistics word problems (stdlib only).

python3 gen.py --out set.jsonl
"""
import argparse
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Ctx, STYLE_NAMES, canon, plain, fr, cap, term_dp  # noqa: E402


def fm(x):
    return plain(fr(x), None, True)


def mo(x):
    x = fr(x)
    d = 2 if (x * 100).denominator == 1 else 3
    return "$" + plain(x, d, True)


def D(x):
    return F(str(x))


# ====================================================================== structures
# each: (name, nums(rng)->dict, [wordings], solve(c, n)->(value, unit, money))

def n_pallet(r):
    return dict(p=r.randint(4, 12), L=r.randint(3, 7), t=r.choice([10, 12, 18, 20, 22, 24, 26]), k=r.randint(2, 6))


def s_pallet(c, n):
    a = c.calc("number of cartons on one pallet", [(n["p"], "cartons"), ("*", n["L"], "layers")], "cartons",
               what="work out how many cartons fit on one pallet")
    b = c.calc("number of cartons per truck", [(a, "cartons"), ("*", n["t"], "pallets")], "cartons",
               what="multiply by the pallets on each truck")
    t = c.calc("total number of cartons", [(b, "cartons"), ("*", n["k"], "trucks")], "cartons",
               what="multiply by the number of trucks")
    return t, "cartons", False


def n_volume(r):
    return dict(L=r.choice([20, 25, 30, 35, 40, 45, 50, 60]), W=r.choice([20, 25, 30, 40]),
                H=r.choice([10, 15, 20, 25, 30]), n=r.choice([12, 16, 20, 24, 30, 36, 40, 48, 50, 60]))


def s_volume(c, n):
    v = c.calc("volume of one carton", [(n["L"], "cm"), ("*", n["W"], "cm"), ("*", n["H"], "cm")], "cm³",
               what="find the volume of one carton (L × W × H)")
    t = c.calc("total volume in cm³", [(v, "cm³"), ("*", n["n"], "cartons")], "cm³",
               what="multiply by the number of cartons")
    c.say_note("Since 1 m³ = 1,000,000 cm³, divide by 1,000,000 to convert.")
    m = c.calc("total volume in m³", [(t, "cm³"), ("/", 1000000, "")], "m³", what="convert to cubic metres")
    return m, "m³", False


def n_trips(r):
    C = r.choice([400, 500, 750, 800, 1000, 1200, 1500])
    w = r.choice([12, 15, 18, 20, 24, 25, 30, 35, 40])
    if r.random() < 0.2:
        tot = C * r.randint(3, 7)
        cands = [k for k in range(10, 400) if (tot % k == 0 and tot // k in (12, 15, 18, 20, 24, 25, 30, 35, 40, 50))]
        if cands:
            k = r.choice(cands)
            return dict(n=k, w=tot // k, C=C)
    return dict(n=r.randint(35, 260), w=w, C=C)


def s_trips(c, n):
    t = c.calc("total weight", [(n["n"], "sacks"), ("*", n["w"], "kg")], "kg", what="find the total weight")
    k = c.ceil_div("number of trips", t, n["C"], "kg", "trips", what="divide by the weight limit per trip")
    if k * n["C"] >= t:
        c.check([(k, "trips"), ("*", n["C"], "kg")], "kg", f"which is at least {c.num(t)} kg ✓")
    return k, "trips", False


def n_post(r):
    return dict(b=D(r.choice(["4.50", "5.20", "6.75", "7.90", "3.85", "8.40"])),
                a=D(r.choice(["1.10", "1.25", "1.75", "2.40", "0.95", "1.60"])),
                w=r.randint(3, 12), m=r.randint(2, 8))


def s_post(c, n):
    e = c.calc("extra kilograms beyond the first", [(n["w"], "kg"), ("-", 1, "kg")], "kg",
               what="find the weight above the first kilogram")
    ec = c.calc("cost of the extra kilograms", [(e, "kg"), ("*", n["a"], "", True)], money=True,
                what="price the extra kilograms")
    pp = c.calc("postage for one parcel", [(n["b"], "", True), ("+", ec, "", True)], money=True,
                what="add the first-kilogram charge")
    t = c.calc("postage for all parcels", [(pp, "", True), ("*", n["m"], "parcels")], money=True,
               what="multiply by the number of parcels")
    return t, "", True


TIERS = [(D("0.5"), D("3.20")), (D("1"), D("4.15")), (D("2"), D("5.90")), (D("5"), D("8.45")), (D("10"), D("12.60"))]


def n_tiers(r):
    ws = [D(r.choice(["0.4", "0.5", "0.8", "1.2", "1.5", "2", "2.6", "3.4", "4.8", "5", "6.5", "9.1"])) for _ in range(4)]
    return dict(ws=ws, d=r.choice([3, 5, 6]))


def tier_price(w):
    for lim, p in TIERS:
        if w <= lim:
            return p
    return TIERS[-1][1]


def tier_text():
    return "up to 0.5 kg: $3.20; over 0.5 kg up to 1 kg: $4.15; over 1 kg up to 2 kg: $5.90; over 2 kg up to 5 kg: $8.45; over 5 kg up to 10 kg: $12.60"


def s_tiers(c, n):
    names = "ABCD"
    prices = []
    for nm, w in zip(names, n["ws"]):
        p = tier_price(w)
        prices.append(p)
        c.say_note(f"Parcel {nm} weighs {fm(w)} kg, so it is charged {mo(p)}.", keep=True)
    s = c.calc("postage for one day", [(prices[0], "", True)] + [("+", p, "", True) for p in prices[1:]], money=True,
               what="add the four charges")
    t = c.calc("postage for the whole period", [(s, "", True), ("*", n["d"], "days")], money=True,
               what="multiply by the number of days")
    return t, "", True


def n_route(r):
    return dict(d=[D(r.choice(["12", "8.5", "14", "23", "17.5", "9", "31", "6", "26", "11.5"])) for _ in range(4)],
                cons=D(r.choice(["8", "9.5", "10", "12", "11", "7.5"])), price=D(r.choice(["1.62", "1.75", "1.89", "1.49", "1.80"])))


def s_route(c, n):
    d = n["d"]
    t = c.calc("total route distance", [(d[0], "km")] + [("+", x, "km") for x in d[1:]], "km",
               what="add up all the legs, including the return to the depot")
    h = c.calc("distance in hundreds of km", [(t, "km"), ("/", 100, "")], "", what="divide the distance by 100")
    lt = c.calc("fuel used", [(h, ""), ("*", n["cons"], "L")], "L", what="multiply by the consumption per 100 km")
    cost = c.calc("fuel cost", [(lt, "L"), ("*", n["price"], "", True)], money=True, what="multiply by the price per litre")
    return cost, "", True


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def n_stock(r):
    return dict(S=r.randint(300, 1500), io=[(r.randint(0, 40) * 10, r.randint(40, 400)) for _ in range(5)])


def s_stock(c, n):
    s = n["S"]
    for day, (i, o) in zip(DAYS, n["io"]):
        terms = [(s, "units")]
        if i:
            terms.append(("+", i, "units"))
        terms.append(("-", o, "units"))
        s = c.calc(f"stock at end of {day}", terms, "units", what=f"update the stock for {day}")
    return s, "units", False


def n_net(r):
    return dict(S=r.randint(800, 3000), ins=[r.randint(5, 60) * 5 for _ in range(5)], outs=[r.randint(20, 90) * 5 for _ in range(5)])


def s_net(c, n):
    ti = c.calc("total received", [(n["ins"][0], "")] + [("+", x, "") for x in n["ins"][1:]], "units",
                what="add up the deliveries received")
    to = c.calc("total dispatched", [(n["outs"][0], "")] + [("+", x, "") for x in n["outs"][1:]], "units",
                what="add up the units shipped out")
    net = c.calc("net change", [(ti, "units"), ("-", to, "units")], "units", what="subtract to get the net change")
    if net < 0:
        c.say_note(f"The net change is negative, so stock went down over the week.")
        e = c.calc("closing stock", [(n["S"], "units"), ("-", -net, "units")], "units", what="take the decrease off the opening stock")
    else:
        e = c.calc("closing stock", [(n["S"], "units"), ("+", net, "units")], "units", what="add the increase to the opening stock")
    return e, "units", False


def n_pack(r):
    b = r.choice([6, 8, 12, 15, 18, 20, 24, 25, 30, 36])
    n = b * r.randint(4, 40) + (0 if r.random() < 0.15 else r.randint(1, b - 1))
    return dict(n=n, b=b)


def s_pack(c, n):
    q, rem = c.divmod_("full boxes and leftover", n["n"], n["b"], "boxes", "items")
    if rem > 0:
        c.say_note("The leftover items still need a box of their own.")
        k = c.calc("boxes needed", [(q, "boxes"), ("+", 1, "box")], "boxes", what="add one box for the leftovers")
    else:
        c.say_note("There is nothing left over, so no extra box is needed.")
        k = q
    return k, "boxes", False


def n_left(r):
    b = r.choice([6, 8, 12, 16, 24, 30, 40, 48])
    return dict(n=b * r.randint(5, 60) + r.randint(1, b - 1), b=b)


def s_left(c, n):
    x = c.calc("boxes (as a decimal)", [(n["n"], "items"), ("/", n["b"], "")], "", dp=2,
               what="divide the items by the box size")
    q = math.floor(x)
    c.say_note(f"Only whole boxes count, so that is {c.num(q)} full boxes.")
    u = c.calc("items packed in full boxes", [(q, "boxes"), ("*", n["b"], "items")], "items",
               what="find how many items the full boxes hold")
    l = c.calc("items left over", [(n["n"], "items"), ("-", u, "items")], "items", what="subtract from the total")
    return l, "items", False


def n_drive(r):
    v = r.choice([50, 60, 70, 80, 90])
    h = D(r.choice(["2", "2.5", "3", "3.5", "4", "4.5", "5", "5.5", "6"]))
    m = r.choice([10, 15, 20, 30])
    s = r.choice([3, 4, 6, 8, 9, 12])
    while (s * m) % 15:
        s += 1
    return dict(v=v, D=int(v * h), s=s, m=m)


def s_drive(c, n):
    h = c.calc("driving time", [(n["D"], "km"), ("/", n["v"], "km/h")], "hours", what="divide distance by speed")
    mins = c.calc("time spent at stops", [(n["s"], "stops"), ("*", n["m"], "min")], "min", what="add up the stop time")
    sh = c.calc("stop time in hours", [(mins, "min"), ("/", 60, "")], "hours", what="convert the stop time to hours")
    t = c.calc("total time", [(h, "h"), ("+", sh, "h")], "hours", what="add driving and stop time")
    return t, "hours", False


def n_pay(r):
    return dict(days=r.choice([5, 6]), hpd=D(r.choice(["8.5", "9", "9.5", "10", "10.5", "11"])),
                rate=D(r.choice(["18", "19.50", "21", "22.40", "24", "17.80"])))


def s_pay(c, n):
    h = c.calc("weekly hours", [(n["days"], "days"), ("*", n["hpd"], "h")], "hours", what="find the hours worked in the week")
    ot = c.calc("overtime hours", [(h, "h"), ("-", 40, "h")], "hours", what="take off the 40 regular hours")
    reg = c.calc("regular pay", [(40, "h"), ("*", n["rate"], "", True)], money=True, what="price the regular hours")
    otr = c.calc("overtime rate", [(n["rate"], "", True), ("*", D("1.5"), "")], money=True, what="find the time-and-a-half rate")
    otp = c.calc("overtime pay", [(ot, "h"), ("*", otr, "", True)], money=True, what="price the overtime hours")
    t = c.calc("total weekly pay", [(reg, "", True), ("+", otp, "", True)], money=True, what="add the two amounts")
    return t, "", True


def n_dim(r):
    return dict(L=r.choice([30, 35, 40, 45, 50, 55, 60, 70]), W=r.choice([20, 25, 30, 35, 40]),
                H=r.choice([15, 20, 25, 30, 35, 40]), act=D(r.choice(["3.5", "4.2", "6", "7.8", "9.5", "12", "5.4"])),
                rate=D(r.choice(["2.40", "3.10", "1.85", "4.25", "2.95"])))


def s_dim(c, n):
    v = c.calc("volume of the box", [(n["L"], "cm"), ("*", n["W"], "cm"), ("*", n["H"], "cm")], "cm³",
               what="multiply the three dimensions")
    dw = c.calc("dimensional weight", [(v, "cm³"), ("/", 5000, "")], "kg", dp=2, what="divide by the 5,000 divisor")
    if dw > n["act"]:
        c.say_note(f"The dimensional weight ({c.num(dw)} kg) is greater than the actual weight ({c.num(n['act'])} kg), so the chargeable weight is {c.num(dw)} kg.")
        cw = dw
    elif dw < n["act"]:
        c.say_note(f"The actual weight ({c.num(n['act'])} kg) is greater than the dimensional weight ({c.num(dw)} kg), so we bill on the actual weight, {c.num(n['act'])} kg.")
        cw = n["act"]
    else:
        c.say_note(f"Both weights are {c.num(dw)} kg, so the chargeable weight is {c.num(dw)} kg.")
        cw = dw
    cost = c.calc("shipping cost", [(cw, "kg"), ("*", n["rate"], "", True)], money=True, what="multiply the chargeable weight by the rate")
    return cost, "", True


def n_pw(r):
    b = r.choice([20, 24, 30, 36, 40, 48])
    w = D(r.choice(["12.5", "15", "8.4", "10", "18.5", "6.25", "9.6"]))
    tare = r.choice([20, 22, 25, 30])
    p = r.randint(8, 22)
    tot = (b * w + tare) * p
    T = int(math.ceil((tot + r.randint(200, 3000)) / 500) * 500)
    return dict(b=b, w=w, tare=tare, p=p, T=T)


def s_pw(c, n):
    ld = c.calc("weight of the boxes on one pallet", [(n["b"], "boxes"), ("*", n["w"], "kg")], "kg", what="find the load on one pallet")
    pw = c.calc("weight of one loaded pallet", [(ld, "kg"), ("+", n["tare"], "kg")], "kg", what="add the empty pallet")
    tw = c.calc("total load", [(pw, "kg"), ("*", n["p"], "pallets")], "kg", what="multiply by the number of pallets")
    rem = c.calc("remaining capacity", [(n["T"], "kg"), ("-", tw, "kg")], "kg", what="subtract from the truck limit")
    return rem, "kg", False


def n_cpu(r):
    return dict(C=r.choice([850, 1200, 1475, 960, 2300, 640]), s=D(r.choice(["45", "62.50", "80", "37.25", "110"])),
                n=r.choice([140, 175, 220, 365, 480, 96, 310]))


def s_cpu(c, n):
    t = c.calc("total shipment cost", [(n["C"], "", True), ("+", n["s"], "", True)], money=True, what="add the fuel surcharge")
    u = c.calc("cost per unit", [(t, "", True), ("/", n["n"], "units")], money=True, what="divide by the number of units")
    return u, "", True


def n_cont(r):
    cc = r.choice([10, 11, 20, 21, 24, 26])
    return dict(P=cc * r.randint(3, 12) + r.randint(1, cc - 1), c=cc)


def s_cont(c, n):
    k = c.ceil_div("containers needed", n["P"], n["c"], "pallets", "containers", what="divide the pallets by the container capacity")
    f = c.calc("number of full containers", [(k, "containers"), ("-", 1, "")], "containers", what="count the full containers")
    p = c.calc("pallets in the full containers", [(f, "containers"), ("*", n["c"], "pallets")], "pallets", what="count the pallets they hold")
    last = c.calc("pallets in the last container", [(n["P"], "pallets"), ("-", p, "pallets")], "pallets", what="see what is left for the last one")
    return last, "pallets", False


def n_wfuel(r):
    return dict(d=r.choice([120, 145, 180, 210, 265, 320, 96]), days=r.choice([5, 6, 7]),
                cons=D(r.choice(["9", "11.5", "28", "32", "14", "8.5"])), price=D(r.choice(["1.58", "1.72", "1.65", "1.94"])))


def s_wfuel(c, n):
    w = c.calc("weekly distance", [(n["d"], "km"), ("*", n["days"], "days")], "km", what="find the distance for the week")
    h = c.calc("distance in hundreds of km", [(w, "km"), ("/", 100, "")], "", what="divide by 100")
    lt = c.calc("fuel used", [(h, ""), ("*", n["cons"], "L")], "L", what="multiply by litres per 100 km")
    cost = c.calc("weekly fuel cost", [(lt, "L"), ("*", n["price"], "", True)], money=True, what="multiply by the price per litre")
    return cost, "", True


def n_pick(r):
    rate = r.choice([60, 75, 80, 90, 120, 150])
    w = r.choice([2, 3, 4, 5, 6])
    hrs = D(r.choice(["2", "2.5", "3", "4", "4.5", "6", "7.5"]))
    items = int(rate * w * hrs)
    i = r.choice([x for x in (2, 3, 4, 5, 6, 8, 10) if items % x == 0] or [1])
    return dict(o=items // i, i=i, rate=rate, w=w)


def s_pick(c, n):
    it = c.calc("total items to pick", [(n["o"], "orders"), ("*", n["i"], "items")], "items", what="find the total number of items")
    hr = c.calc("total picking hours", [(it, "items"), ("/", n["rate"], "items/h")], "hours", what="divide by the pick rate")
    e = c.calc("hours per picker", [(hr, "h"), ("/", n["w"], "pickers")], "hours", what="split the work between the pickers")
    return e, "hours", False


def n_dmg(r):
    p = r.choice([2, 3, 4, 5, 6, 8, 12])
    return dict(n=r.choice([25, 50]) * r.randint(10, 90), p=p, price=D(r.choice(["4.50", "12", "7.25", "19.99", "3.40"])))


def s_dmg(c, n):
    d = c.calc("damaged units", [(D(n["p"]) / 100, ""), ("*", n["n"], "units")], "units", what=f"take {n['p']}% of the shipment")
    g = c.calc("undamaged units", [(n["n"], "units"), ("-", d, "units")], "units", what="subtract the damaged units")
    v = c.calc("value of the good units", [(g, "units"), ("*", n["price"], "", True)], money=True, what="multiply by the unit price")
    return v, "", True


def n_floor(r):
    pl, pw = r.choice([(120, 80), (120, 100), (110, 110), (100, 80)])
    rows = r.randint(8, 16)
    across = r.choice([2, 3])
    return dict(pl=pl, pw=pw, len=pl * rows, wid=pw * across, lay=r.choice([1, 2]), order=r.randint(30, 140))


def s_floor(c, n):
    rw = c.calc("pallets along the length", [(n["len"], "cm"), ("/", n["pl"], "cm")], "pallets", what="divide the trailer length by the pallet length")
    ac = c.calc("pallets across the width", [(n["wid"], "cm"), ("/", n["pw"], "cm")], "pallets", what="divide the width by the pallet width")
    pl = c.calc("pallets per layer", [(rw, "pallets"), ("*", ac, "")], "pallets", what="multiply to get one layer")
    if n["lay"] == 2:
        pt = c.calc("pallets per trailer", [(pl, "pallets"), ("*", 2, "layers")], "pallets", what="double it for two-high stacking")
    else:
        pt = pl
    k = c.ceil_div("trailers needed", n["order"], pt, "pallets", "trailers", what="divide the order by the trailer capacity")
    return k, "trailers", False


def n_avg(r):
    return dict(v=[r.randint(40, 400) for _ in range(5)])


def s_avg(c, n):
    t = c.calc("total parcels for the week", [(n["v"][0], "")] + [("+", x, "") for x in n["v"][1:]], "parcels", what="add the five days")
    a = c.calc("average per day", [(t, "parcels"), ("/", 5, "days")], "parcels per day", what="divide by 5 days")
    return a, "parcels per day", False


def n_tkm(r):
    return dict(w=r.choice([8500, 12000, 18500, 22750, 6400, 14250]), km=r.choice([120, 240, 315, 480, 560, 95]),
                rate=D(r.choice(["0.12", "0.085", "0.15", "0.09", "0.11"])))


def s_tkm(c, n):
    t = c.calc("weight in tonnes", [(n["w"], "kg"), ("/", 1000, "")], "t", what="convert kilograms to tonnes")
    tk = c.calc("tonne-kilometres", [(t, "t"), ("*", n["km"], "km")], "tkm", what="multiply by the distance")
    cost = c.calc("freight charge", [(tk, "tkm"), ("*", n["rate"], "", True)], money=True, what="multiply by the rate")
    return cost, "", True


# ---------------------------------------------------------------- wordings
def W(n):
    """formatted view of numbers for problem text"""
    out = {}
    for k, v in n.items():
        if isinstance(v, (int, F)):
            out[k] = fm(v)
    return out


STRUCTS = [
    ("pallet", n_pallet, s_pallet, [
        "A distribution centre stacks cartons {p} per layer and {L} layers high on each pallet. Each truck carries {t} pallets. How many cartons are shipped on {k} full trucks?",
        "Our shipment goes out on {k} trucks. Every truck holds {t} pallets, and every pallet has {L} layers of {p} cartons. What is the total number of cartons?"]),
    ("volume", n_volume, s_volume, [
        "A carton measures {L} cm × {W} cm × {H} cm. What is the total volume of {n} of these cartons in cubic metres?",
        "We are shipping {n} boxes, each {L} cm long, {W} cm wide and {H} cm tall. How many m³ of space do they take up in total?"]),
    ("trips", n_trips, s_trips, [
        "A van can carry at most {C} kg per trip. We need to deliver {n} sacks of cement that weigh {w} kg each. How many trips are needed?",
        "There are {n} sacks of feed at {w} kg per sack to move to the farm store. The truck's weight limit is {C} kg. What is the minimum number of trips?"]),
    ("postage", n_post, s_post, [
        "A courier charges {b} for the first kilogram of a parcel and {a} for each additional kilogram. How much does it cost to send {m} parcels that each weigh {w} kg?",
        "Postage is {b} for the first kg plus {a} per extra kg. A shop mails {m} parcels, each weighing exactly {w} kg. What is the total postage?"]),
    ("tiers", n_tiers, s_tiers, [
        "A postal service uses these rates: " + tier_text() + ". Each day an online shop sends four parcels weighing {w0} kg, {w1} kg, {w2} kg and {w3} kg. What is the postage for {d} days?",
        "Parcel rates by weight — " + tier_text() + ". If the same four parcels ({w0} kg, {w1} kg, {w2} kg, {w3} kg) go out every day for {d} days, how much is spent on postage?"]),
    ("route", n_route, s_route, [
        "A delivery van drives from the depot to stop A ({d0} km), then to stop B ({d1} km), then to stop C ({d2} km), and finally {d3} km back to the depot. It uses {cons} L of diesel per 100 km and diesel costs {price} per litre. What is the fuel cost of the route?",
        "Route legs: depot→A {d0} km, A→B {d1} km, B→C {d2} km, C→depot {d3} km. The truck burns {cons} L/100 km and fuel is {price}/L. How much does the fuel for this route cost?"]),
    ("stock", n_stock, s_stock, [
        "A warehouse starts the week with {S} units of a product. Deliveries in / orders out: Monday +{i0}/−{o0}, Tuesday +{i1}/−{o1}, Wednesday +{i2}/−{o2}, Thursday +{i3}/−{o3}, Friday +{i4}/−{o4}. How many units are in stock at the end of Friday?",
        "Opening stock is {S} units. Over the week the stock moves are: Mon in {i0}, out {o0}; Tue in {i1}, out {o1}; Wed in {i2}, out {o2}; Thu in {i3}, out {o3}; Fri in {i4}, out {o4}. What is the closing stock on Friday?"]),
    ("netstock", n_net, s_net, [
        "A warehouse had {S} units on Monday morning. During the week it received {a0}, {a1}, {a2}, {a3} and {a4} units and shipped out {b0}, {b1}, {b2}, {b3} and {b4} units (Monday to Friday). How many units are left at the end of the week?",
        "Opening stock: {S} units. Goods in (Mon–Fri): {a0}, {a1}, {a2}, {a3}, {a4}. Goods out (Mon–Fri): {b0}, {b1}, {b2}, {b3}, {b4}. What is the stock level at the end of Friday?"]),
    ("pack", n_pack, s_pack, [
        "A bakery packs {n} muffins into boxes that hold {b} each. How many boxes does it need to pack all of them?",
        "We have {n} candles to ship, and each shipping box holds {b} candles. How many boxes are needed if every candle must be packed?"]),
    ("leftover", n_left, s_left, [
        "A factory packs {n} bottles into cases of {b}. Only full cases are shipped. How many bottles are left over?",
        "{n} jars need to go into crates of {b}. After filling as many crates as possible, how many jars remain unpacked?"]),
    ("drive", n_drive, s_drive, [
        "A driver has a {D} km route and averages {v} km/h. There are {s} delivery stops of {m} minutes each. How many hours does the whole route take?",
        "A truck travels {D} km at an average speed of {v} km/h and makes {s} stops lasting {m} minutes each. What is the total time on the road in hours?"]),
    ("pay", n_pay, s_pay, [
        "A delivery driver works {days} days this week, {hpd} hours each day. The pay is {rate} per hour for the first 40 hours and time-and-a-half for overtime. What is the driver's pay for the week?",
        "Drivers earn {rate}/h for up to 40 hours a week and 1.5 times that rate for any hours over 40. One driver did {days} shifts of {hpd} hours. How much did they earn?"]),
    ("dimweight", n_dim, s_dim, [
        "A box measures {L} cm × {W} cm × {H} cm and weighs {act} kg. The carrier charges {rate} per kg of chargeable weight, where dimensional weight = L × W × H ÷ 5000 and the chargeable weight is the larger of the actual and dimensional weights. What is the shipping cost?",
        "An air-freight parcel is {L} × {W} × {H} cm and its actual weight is {act} kg. Using a volumetric divisor of 5000 and a rate of {rate}/kg on whichever weight is greater, how much will it cost to ship?"]),
    ("palletweight", n_pw, s_pw, [
        "Each pallet holds {b} boxes weighing {w} kg each, and an empty pallet weighs {tare} kg. A truck with a {T} kg payload limit is loaded with {p} pallets. How much more weight can it carry?",
        "A truck's payload limit is {T} kg. It carries {p} pallets; each pallet weighs {tare} kg empty and holds {b} cartons of {w} kg. How many kilograms of capacity are left?"]),
    ("costunit", n_cpu, s_cpu, [
        "A shipment of {n} units costs {C} for the truck plus a {s} fuel surcharge. What is the shipping cost per unit, to the nearest cent?",
        "Freight for {n} units is {C}, plus a fuel surcharge of {s}. How much shipping cost is that per unit (round to the nearest cent)?"]),
    ("containers", n_cont, s_cont, [
        "An exporter needs to ship {P} pallets. Each container holds {c} pallets, and every container except the last is filled completely. How many pallets go into the last container?",
        "{P} pallets are loaded into containers of {c} pallets each, filling each container before starting the next. How many pallets end up in the final container?"]),
    ("weeklyfuel", n_wfuel, s_wfuel, [
        "A delivery truck drives {d} km a day, {days} days a week. It uses {cons} litres of fuel per 100 km and fuel costs {price} per litre. What is the weekly fuel bill?",
        "Our van covers {d} km per day and runs {days} days a week. Consumption is {cons} L/100 km and diesel is {price}/L. How much do we spend on fuel each week?"]),
    ("picking", n_pick, s_pick, [
        "A warehouse has {o} orders to pick, with {i} items in each order. One picker can pick {rate} items per hour. If {w} pickers share the work equally, how many hours does each picker work?",
        "There are {o} orders of {i} items each waiting in the pick queue. Pickers work at {rate} items per hour, and {w} of them split the job evenly. How long does each one spend picking?"]),
    ("damaged", n_dmg, s_dmg, [
        "A shipment of {n} units arrives and {p}% of them are damaged. The rest are sold at {price} each. How much money do the undamaged units bring in?",
        "Out of {n} units delivered, {p}% were damaged in transit and written off. The remaining units are worth {price} each. What is the total value of the good units?"]),
    ("trailer", n_floor, s_floor, [
        "A trailer's floor is {len} cm long and {wid} cm wide. Pallets measure {pl} cm × {pw} cm and are loaded lengthwise, stacked {lay} high. How many trailers are needed for an order of {order} pallets?",
        "Pallets of {pl} × {pw} cm go into trailers with a {len} cm × {wid} cm floor (length × width), {lay} layer(s) high. The customer ordered {order} pallets. How many trailers do we need?"]),
    ("average", n_avg, s_avg, [
        "A courier depot handled {v0}, {v1}, {v2}, {v3} and {v4} parcels from Monday to Friday. What was the average number of parcels per day?",
        "Parcels processed this week: Mon {v0}, Tue {v1}, Wed {v2}, Thu {v3}, Fri {v4}. What is the daily average?"]),
    ("tonnekm", n_tkm, s_tkm, [
        "A haulier charges {rate} per tonne-kilometre. How much does it cost to move a {w} kg load {km} km?",
        "Freight is priced at {rate} per tonne-km. A {w} kg consignment travels {km} km. What is the freight charge?"]),
]

FRAMES = [
    "{t}",
    "{t} Show your work.",
    "Hi! I handle dispatch for a small company. {t}",
    "{t} Please explain step by step.",
]


def problem_text(sname, wording, frame, n):
    v = W(n)
    if sname == "tiers":
        for i, w in enumerate(n["ws"]):
            v[f"w{i}"] = fm(w)
    if sname == "route":
        for i, d in enumerate(n["d"]):
            v[f"d{i}"] = fm(d)
    if sname == "stock":
        for i, (a, b) in enumerate(n["io"]):
            v[f"i{i}"] = fm(a)
            v[f"o{i}"] = fm(b)
    if sname == "netstock":
        for i in range(5):
            v[f"a{i}"] = fm(n["ins"][i])
            v[f"b{i}"] = fm(n["outs"][i])
    if sname == "average":
        for i in range(5):
            v[f"v{i}"] = fm(n["v"][i])
    for k in ("b", "a", "price", "rate", "C", "s"):
        if k in n and sname in ("postage", "route", "pay", "dimweight", "costunit", "weeklyfuel", "damaged", "tonnekm"):
            if k in ("b", "a") and sname != "postage":
                continue
            if k == "s" and sname != "costunit":
                continue
            if k == "C" and sname != "costunit":
                continue
            v[k] = mo(n[k])
    if sname == "tonnekm":
        v["rate"] = "$" + fm(n["rate"])
    t = wording.format(**v)
    return FRAMES[frame].format(t=t)


# ---------------------------------------------------------------- intros / outros
INTROS = {
    "md_steps": ["## Solution", "Let's solve this step by step.", "## Step-by-step solution"],
    "bold_labels": ["Here's the breakdown:", "Let's work it out.", ""],
    "bullets": ["Let's break this down:", "Here's how to work it out:", "Step by step:"],
    "prose": ["To answer this, we'll work through it one piece at a time.", "Let's work through this carefully.", ""],
    "latex_inline": ["We solve this in a few steps.", "Let's set this up step by step.", ""],
    "latex_display": ["### Solution", "Let's compute each quantity in turn.", ""],
    "table": ["Here is the calculation laid out in a table:", "Let's organise the numbers:", "Working it out:"],
    "terse": ["", "Given the data:", "Solution:"],
    "chatty": ["Great question! Let's break it down together.", "Sure, happy to help with this one!", "Good one — let's walk through it."],
    "gsm8k": [""],
    "numbered": ["Let's go step by step:", "Solution:", "We can do this in a few steps:"],
}


def final_phrase(c, val, unit, money):
    if money:
        s = c.num(val, True, 2) if c.style != "gsm8k" else "$" + plain(fr(val), 2, False)
        return s
    return f"{c.num(val)} {unit}".strip()


def latex_fp(c, val, unit):
    return f"{c.num(val)}{c.unit(unit)}".replace("{,}", ",")


def outro(c, val, unit, money, r):
    fp = final_phrase(c, val, unit, money)
    st = c.style
    c.close_table()
    c.blank()
    if st == "md_steps":
        c.say(r.choice([f"### Answer\n\n**{fp}**", f"**Final answer: {fp}**"]))
    elif st == "bold_labels":
        c.say(r.choice([f"**Answer:** {fp}", f"**Answer: {fp}**"]))
    elif st == "bullets":
        c.say(r.choice([f"So the answer is **{fp}**.", f"**Answer:** {fp}"]))
    elif st == "prose":
        c.say(r.choice([f"So the answer is {fp}.", f"That gives a final answer of {fp}."]))
    elif st == "latex_inline":
        body = fp.replace("$", "\\$") if money else latex_fp(c, val, unit)
        c.say(f"The answer is \\(\\boxed{{{body.replace(',', '{,}')}}}\\)." if r.randrange(2) else f"**Answer:** {fp}")
    elif st == "latex_display":
        body = fp.replace("$", "\\$") if money else latex_fp(c, val, unit)
        c.say(f"\\[\\boxed{{{body.replace(',', '{,}')}}}\\]" if r.randrange(2) else f"**Final answer:** {fp}")
    elif st == "table":
        c.say(r.choice([f"**Answer: {fp}**", f"So the answer is **{fp}**."]))
    elif st == "terse":
        c.say(f"Answer: {fp}")
    elif st == "chatty":
        c.say(r.choice([f"So there you have it — {fp}! Let me know if you need anything else.",
                        f"And that's it: **{fp}**. Hope that helps!"]))
    elif st == "gsm8k":
        pass
    elif st == "numbered":
        c.say(f"**Answer: {fp}**")
    if c.lines and c.lines[-1] != "":
        c.lines.append("")
    c.lines.append(f"#### {canon(val)}")


# ---------------------------------------------------------------- Ctx extras
def say_note(self, text, keep=False):
    st = self.style
    if st == "table":
        if not keep and self.table_open:
            return  # tables skip side notes
        self.close_table()
    if st in ("terse", "gsm8k", "bullets", "bold_labels", "numbered") and not keep and self.R(f"note{self.k}").randrange(2):
        return
    if st in ("md_steps", "prose", "latex_inline", "latex_display", "chatty"):
        self.blank()
    if st == "bullets" and keep:
        text = "- " + text
    if st == "latex_inline" or st == "latex_display":
        text = text.replace("$", "\\$")
    self.say(text)


def check(self, terms, unit, claim):
    T = [(None,) + tuple(terms[0]) + (False,) * (3 - len(terms[0]))]
    for t in terms[1:]:
        T.append(tuple(t) + (False,) * (4 - len(t)))
    v = fr(T[0][1])
    for op, x, _, _ in T[1:]:
        assert op == "*"
        v = v * fr(x)
    ex = self.expr(T)
    if self.style in ("latex_inline", "latex_display"):
        s = f"Check: \\({ex} = {self.num(v)}{self.unit(unit)}\\), {claim}"
    else:
        s = f"Check: {ex} = {self.num(v)} {unit}, {claim}"
    self.close_table()
    self.blank()
    self.say(s)


Ctx.say_note = say_note
Ctx.check = check


# ---------------------------------------------------------------- faults
KINDS = ["off_by_one", "off_by_ten", "transpose", "drop_digit", "double_digit", "wrong_op", "decimal_shift", "sign"]


def mutate(step, kind, r):
    right = step["right"]
    d = step["dp"]
    s = plain(abs(right), d, False)
    neg = right < 0

    def back(t):
        try:
            v = F(t)
        except Exception:
            return None
        return -v if neg else v

    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    if kind == "off_by_one":
        u = F(1, 10 ** d)
        return right + (u if r.randrange(2) else -u)
    if kind == "off_by_ten":
        if d or abs(right) < 20:
            return None
        return right + (10 if r.randrange(2) else -10)
    if kind == "transpose":
        pairs = [(i, j) for i, j in zip(digits, digits[1:]) if j == i + 1 and s[i] != s[j]]
        if not pairs:
            return None
        i, j = r.choice(pairs)
        t = s[:i] + s[j] + s[i] + s[j + 1:]
        if t[0] == "0" and len(t.split(".")[0]) > 1:
            return None
        return back(t)
    if kind == "drop_digit":
        if len(digits) < 3:
            return None
        i = r.choice(digits[1:])
        t = s[:i] + s[i + 1:]
        if t.endswith("."):
            t = t[:-1]
        return back(t)
    if kind == "double_digit":
        if len(digits) < 2:
            return None
        i = r.choice(digits)
        return back(s[:i] + s[i] + s[i:])
    if kind == "wrong_op":
        T = step.get("terms")
        if not T or len(T) != 2:
            return None
        a, b = fr(T[0][1]), fr(T[1][1])
        op = T[1][0]
        alt = {"*": a + b, "+": a * b if b != 1 else a - b, "-": a + b, "/": a * b}.get(op)
        if op == "/" and step["approx"]:
            return None
        if alt is None or term_dp_ok(alt, d) is False:
            return None
        return alt
    if kind == "decimal_shift":
        if d == 0 and not step["money"]:
            return None
        return right * 10 if r.randrange(2) else right / 10
    if kind == "sign":
        if right >= 0:
            return None
        return -right
    return None


def term_dp_ok(x, d):
    return (x * 10 ** d).denominator == 1


def valid_wrong(step, w):
    if w is None or w == step["right"]:
        return False
    if not term_dp_ok(w, step["dp"]):
        return False
    if step["right"] > 0 and w <= 0:
        return False
    if step["typ"] == "rem":
        return 0 <= w < step["divisor"]
    if step["typ"] == "ceil":
        return w > 0
    # must be clearly wrong vs truth (beyond rounding tolerance)
    tol = F(1, 2 * 10 ** step["dp"])
    return abs(w - step["truth"]) > tol


def pick_wrong(step, r):
    if step["typ"] == "rem":
        cands = [x for x in (step["right"] + 1, step["right"] - 1, step["right"] + 2) if 0 <= x < step["divisor"]]
        if not cands:
            return None, None
        return r.choice(cands), "remainder_off"
    kinds = step["kinds"] or KINDS
    ks = list(kinds)
    r.shuffle(ks)
    if step["right"] < 0 and "sign" in ks:
        ks.remove("sign")
        ks.insert(0, "sign")
    for k in ks:
        w = mutate(step, k, r)
        if valid_wrong(step, w):
            return w, k
    return None, None


# ---------------------------------------------------------------- build one problem
def run(pid, style, sidx, n, fault=None, intro_choice=0):
    s = STRUCTS[sidx]
    c = Ctx(pid, style, fault)
    r = random.Random(f"{pid}|{style}|intro")
    intro = INTROS[style][r.randrange(len(INTROS[style]))]
    if intro:
        c.say(intro)
        c.lines.append("")
    val, unit, money = s[2](c, n)
    if fault is None or fault["mode"] != "loopcut":
        outro(c, val, unit, money, random.Random(f"{pid}|{style}|outro"))
    return c, val, unit, money


def spans(lines):
    offs = []
    p = 0
    for ln in lines:
        offs.append((p, p + len(ln)))
        p += len(ln) + 1
    return offs


def build(pid, tname, style, sidx, n, problem):
    rows = []
    c, val, unit, money = run(pid, style, sidx, n)
    gold = canon(val)
    sol = "\n".join(c.lines)
    base = dict(pid=pid, template=tname, style=style, problem=problem)
    rows.append(dict(base, variant="correct", solution=sol, final=gold))
    steps = c.steps
    fz = [st for st in steps if st["faultable"]]
    r = random.Random(f"{pid}|faults")
    for mode in ("slip", "carry"):
        done = None
        order = list(fz)
        r.shuffle(order)
        for st in order * 3:
            w, kind = pick_wrong(st, r)
            if w is None:
                continue
            f = dict(step=st["idx"], wrong=w, mode=mode)
            c2, v2, _, _ = run(pid, style, sidx, n, f)
            fin = canon(v2)
            if mode == "slip" and fin != gold:
                continue
            if mode == "carry" and fin == gold:
                continue
            st2 = c2.steps[st["idx"]]
            li = st2["line"]
            off = spans(c2.lines)[li]
            sol2 = "\n".join(c2.lines)
            wd = c2.num(w, st["money"], st["dp"]) if st["typ"] != "rem" else c2.num(w)
            rd = c2.num(st2["right"], st["money"], st["dp"]) if st["typ"] != "rem" else c2.num(st2["right"])
            if c2.style == "gsm8k":
                wd = c2.num(w, st["money"], st["dp"])
                rd = c2.num(st2["right"], st["money"], st["dp"])
            if wd not in sol2[off[0]:off[1]]:
                continue
            done = dict(base, variant=mode, solution=sol2, final=gold, span=[off[0], off[1]], wrong=wd, right=rd,
                        step=st["idx"] + 1, kind=kind)
            break
        if done is None:
            raise RuntimeError(f"no {mode} fault for {pid}")
        rows.append(done)
    # loop
    lines = c.lines
    comp = sorted(set(st["line"] for st in steps))
    rl = random.Random(f"{pid}|loop")
    cand = [li for li in comp[1:]] or comp
    end = rl.choice(cand) + 1
    b = rl.choice([1, 1, 2, 2, 3])
    # block: last b non-empty lines up to end (including blank lines between them)
    start = end - 1
    got = 1
    while got < b and start > 0:
        start -= 1
        if lines[start] != "" and not lines[start].startswith("#### "):
            got += 1
    if lines[start] == "":
        start += 1
    if end < len(lines) and lines[end] == "" and rl.randrange(2):
        end += 1
    block = lines[start:end]
    reps = rl.randint(8, 30)
    out = lines[:start] + block * reps
    text = "\n".join(out)
    if rl.randrange(3) == 0:
        # truncated mid-way through one more copy
        bt = "\n".join(block).lstrip("\n")
        cut = len(bt) // 2
        for sym in ("=", "≈"):
            if sym in bt:
                cut = min(cut, bt.index(sym))
        part = bt[:cut].rstrip()
        if part:
            text += "\n" + part
    pre = "\n".join(lines[:start])
    s0 = len(pre) + (1 if start > 0 else 0) + len("\n".join(block)) + 1
    s1 = s0 + len("\n".join(block))
    rows.append(dict(base, variant="loop", solution=text, final=gold, span=[s0, s1], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    tcount = 0
    pcount = 0
    for si, s in enumerate(STRUCTS):
        for wi, wording in enumerate(s[3]):
            for fi in range(len(FRAMES)):
                tname = f"{s[0]}-w{wi}-f{fi}"
                for k in range(4):
                    rng = random.Random(f"nums|{tname}|{k}")
                    n = s[1](rng)
                    style = STYLE_NAMES[(tcount * 4 + k + tcount // 3) % len(STYLE_NAMES)]
                    pid = f"{s[0]}-{wi * len(FRAMES) + fi}-{k}"
                    prob = problem_text(s[0], wording, fi, n)
                    rows.extend(build(pid, tname, style, si, n, prob))
                    pcount += 1
                tcount += 1
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            o = {k: row[k] for k in keys if k in row}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"templates={tcount} problems={pcount} rows={len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
