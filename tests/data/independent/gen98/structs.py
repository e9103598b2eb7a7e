"""Problem structures for the boats / fishing / sea genre.
Each structure: (name, texts[4], sample(rng) -> params, solve(ctx, params))."""
from fractions import Fraction as F

from engine import G, Leaf, add, mul, sub, div, pct

H = ("hour", "hours")
NM = ("nautical mile", "nautical miles")
GAL = ("gallon", "gallons")
LIT = ("liter", "liters")
MIN = ("minute", "minutes")
FT = ("foot", "feet")
M = ("meter", "meters")

CAPT = ["Maya", "Tom", "Captain Ruiz", "Ingrid", "Kofi", "Dale", "Priya", "Sean", "Lena", "Marco", "Hana", "Olu"]
BOAT = ["Sea Breeze", "Osprey", "Marlin II", "Blue Heron", "Wanderer", "Salty Dog", "Kestrel", "Northern Star", "Tern", "Puffin"]
PLACE = ["Gull Rock", "the outer bank", "Pelican Reef", "the canyon edge", "Hook Point", "the shoals", "Seal Island", "the wreck site"]

S = []


def st(name, texts):
    def deco(pair):
        sample, solve = pair
        assert len(texts) == 4, name
        S.append((name, texts, sample, solve))
        return pair
    return deco


def base(r):
    return dict(name=r.choice(CAPT), boat=r.choice(BOAT), place=r.choice(PLACE))


QT = [F(3, 2), 2, F(5, 2), 3, F(13, 4), F(7, 2), 4, F(9, 2), F(11, 4), F(9, 4)]

# 1 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["s"] = r.choice([6, 8, 10, 12, 14, 16, 18, 20, 22, 24])
    p["t"] = r.choice(QT)
    p["d"] = p["s"] * p["t"]
    return p


def _v(c, p):
    t = c.calc("Travel time", div(G(p["d"], "dec", NM, "Distance"), G(p["s"], "dec", "knots", "Speed")), H)
    c.hm(t)
    m = c.calc("Time in minutes", mul(t, G(60)), MIN)
    c.answer(m, "the trip takes {}")


st("trip_time", [
    "{name}'s boat cruises at {s} knots. {place} is {d} nautical miles from the harbor. How many minutes does it take to get there?",
    "A fishing boat travels {d} nautical miles to {place} at a steady {s} knots. How long is the trip in minutes?",
    "The {boat} heads out to {place}, {d} nautical miles away, making {s} knots the whole way. How many minutes will the run take?",
    "If a boat goes {s} knots, how many minutes does it need to cover {d} nautical miles?",
])((_s, _v))

# 2 ------------------------------------------------------------------
def _s(r):
    p = _s1(r)
    p["b"] = r.choice([4, 5, 6, 8, 9, 10, 12, 14, 16])
    p["pr_usd"] = r.choice([F("3.85"), F("4.20"), F("4.59"), F("5.10"), F("4.75"), F("3.99")])
    return p


def _s1(r):
    p = base(r)
    p["s"] = r.choice([8, 10, 12, 15, 16, 20, 24, 25])
    p["t"] = r.choice([2, F(5, 2), 3, F(7, 2), 4, F(3, 2), 5])
    p["d"] = p["s"] * p["t"]
    return p


def _v(c, p):
    t = c.calc("Time underway", div(G(p["d"], "dec", NM, "Distance"), G(p["s"], "dec", "knots", "Speed")), H)
    f = c.calc("Fuel burned", mul(G(p["b"], "dec", "gal/h", "Burn rate"), t), GAL)
    k = c.calc("Fuel cost", mul(f, G(p["pr_usd"], "money", None, "Price")), None, "money")
    c.answer(k, "the fuel for the trip costs {}")


st("fuel_trip_cost", [
    "{name} runs the {boat} {d} nautical miles at {s} knots. The engine burns {b} gallons per hour and fuel costs ${pr_usd} a gallon. How much does the fuel for the run cost?",
    "A charter boat travels {d} nautical miles at {s} knots. It uses {b} gallons of fuel per hour. At ${pr_usd} per gallon, what is the fuel cost?",
    "The {boat} burns {b} gal/h. Today's trip is {d} nautical miles at {s} knots, and marina fuel is ${pr_usd}/gal. What will the fuel cost be in dollars?",
    "Fuel is ${pr_usd} per gallon at the dock. If {name}'s boat goes {d} nautical miles at {s} knots and burns {b} gallons every hour, how much is spent on fuel?",
])((_s, _v))

# 3 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["e"] = r.choice([2, F(5, 2), 3, 4, F(3, 2)])
    p["o"] = r.choice([4, 5, 6, 8, 10, 12, 14])
    p["d"] = p["e"] * p["o"]
    p["tank"] = p["o"] * 3 + r.choice([4, 6, 10, 15, 20])
    return p


def _v(c, p):
    o = c.calc("Fuel for the trip out", div(G(p["d"], "dec", NM, "Distance"), G(p["e"], "dec", "nm/gal", "Economy")), GAL)
    t = c.calc("Total fuel with the rule of thirds", mul(o, G(3)), GAL)
    s = c.calc("Spare tank capacity", sub(G(p["tank"], "dec", GAL, "Tank"), t), GAL)
    c.answer(s, "there are {} of tank capacity to spare")


st("rule_of_thirds", [
    "{name} follows the rule of thirds: one third of the fuel to go out, one third to come back, one third in reserve. The boat gets {e} nautical miles per gallon and {place} is {d} nautical miles away. The tank holds {tank} gallons. How many gallons of capacity are left over after loading the fuel the rule calls for?",
    "Using the rule of thirds for fuel planning, a skipper needs three times the outbound fuel. The outbound leg is {d} nautical miles and the boat makes {e} nm per gallon. With a {tank}-gallon tank, how many gallons of space remain?",
    "The {boat} gets {e} nm/gal. The trip out is {d} nm. The skipper loads 3 times the fuel needed to get out (rule of thirds). If the tank holds {tank} gallons, how much capacity is unused?",
    "A boat's tank holds {tank} gallons. For a {d} nautical mile run out at {e} nautical miles per gallon, the rule of thirds says to carry three times the outbound fuel. How many gallons short of full will the tank be?",
])((_s, _v))

# 4 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["b"] = r.choice([F(15, 2), 9, 11, 12, F(25, 2), 14, 18, 22])
        p["h"] = r.choice([3, 4, 5, 6, 7, F(13, 2)])
        p["can"] = r.choice([20, 25, 10])
        if (p["b"] * p["h"]) % p["can"] != 0:
            return p


def _v(c, p):
    n = c.calc("Fuel needed", mul(G(p["b"], "dec", "L/h", "Burn"), G(p["h"], "dec", H, "Time")), LIT)
    k = c.calc("Number of cans", div(n, G(p["can"], "dec", "L", "Can size")), ("can", "cans"), rd=2)
    w = c.ceil(k, ("can", "cans"), "a partly filled can still has to be brought")
    c.answer(w, "{} are needed")


st("fuel_cans", [
    "{name}'s outboard burns {b} liters per hour. A day of trolling is {h} hours. Fuel comes in {can}-liter cans. How many cans must be brought?",
    "An outboard uses {b} L of fuel each hour. For {h} hours on the water, how many {can} L jerry cans are needed?",
    "The {boat} will fish for {h} hours and the motor uses {b} liters an hour. If each fuel can holds {can} liters, how many cans should they carry?",
    "Fuel cans hold {can} liters. A skiff burns {b} liters per hour for {h} hours. How many full cans does the trip require at minimum?",
])((_s, _v))

# 5 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["a"] = r.randrange(800, 2600, 5)
    p["b"] = r.randrange(800, 2600, 5)
    p["c"] = r.randrange(600, 2400, 5)
    p["Q"] = p["a"] + p["b"] + p["c"] + r.randrange(500, 4000, 50)
    return p


def _v(c, p):
    l = c.calc("Landed so far", add(G(p["a"], "dec", "kg"), G(p["b"], "dec", "kg"), G(p["c"], "dec", "kg")), "kg")
    q = c.calc("Quota remaining", sub(G(p["Q"], "dec", "kg", "Quota"), l), "kg")
    c.answer(q, "{} of quota remain")


st("quota_remaining", [
    "The {boat} has a season quota of {Q} kg of cod. Its first three trips landed {a} kg, {b} kg, and {c} kg. How many kilograms of quota are left?",
    "A trawler may land {Q} kg of haddock this season. So far it has landed {a} kg, {b} kg and {c} kg. How much quota remains?",
    "{name}'s quota is {Q} kilograms. Trips so far: {a} kg, {b} kg, {c} kg. How many kilograms can still be landed?",
    "After landing {a} kg, {b} kg, and {c} kg of fish on three trips, how much of a {Q} kg quota does a boat have left?",
])((_s, _v))

# 6 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["wa"] = r.randrange(40, 320, 5)
    p["pa_usd"] = r.choice([F("2.50"), F("3.25"), F("4.10"), F("6.80"), F("5.50"), F("7.25")])
    p["wb"] = r.randrange(20, 200, 2)
    p["pb_usd"] = r.choice([F("8.50"), F("9.75"), F("12.40"), F("11"), F("14.25")])
    p["fuel_usd"] = r.randrange(120, 600, 5)
    return p


def _v(c, p):
    rv = c.calc("Revenue", add(mul(G(p["wa"], "dec", "lb"), G(p["pa_usd"], "money")), mul(G(p["wb"], "dec", "lb"), G(p["pb_usd"], "money"))), None, "money", chain=True)
    pr = c.calc("Profit after fuel", sub(rv, G(p["fuel_usd"], "money")), None, "money")
    c.answer(pr, "the profit is {}")


st("catch_sale_profit", [
    "{name} sells {wa} lb of mackerel at ${pa_usd}/lb and {wb} lb of snapper at ${pb_usd}/lb. Fuel for the trip cost ${fuel_usd}. What is the profit?",
    "A boat lands {wa} pounds of squid, sold for ${pa_usd} per pound, and {wb} pounds of halibut at ${pb_usd} per pound. After paying ${fuel_usd} for fuel, how much money is left?",
    "The {boat} brings in {wa} lb of whiting (${pa_usd} a pound) and {wb} lb of grouper (${pb_usd} a pound). The trip's fuel bill is ${fuel_usd}. Find the profit.",
    "Fish prices at the dock: whiting ${pa_usd}/lb, tuna ${pb_usd}/lb. A skipper sells {wa} lb of whiting and {wb} lb of tuna, and spent ${fuel_usd} on fuel. What is the profit?",
])((_s, _v))

# 7 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["L"] = r.choice([24, 28, 30, 32, 35, 36, 40, 42, 45])
    p["rate_usd"] = r.choice([F("2.50"), F("3"), F("3.25"), F("1.75"), F("4")])
    p["n"] = r.choice([3, 4, 5, 6, 7])
    p["pw_usd"] = r.choice([8, 10, 12, 15])
    return p


def _v(c, p):
    nt = c.calc("Dockage per night", mul(G(p["L"], "dec", "ft", "Length"), G(p["rate_usd"], "money")), None, "money")
    dk = c.calc("Dockage for the stay", mul(nt, G(p["n"], "dec", ("night", "nights"), "Nights")), None, "money")
    pw = c.calc("Shore power", mul(G(p["pw_usd"], "money"), G(p["n"], "dec", ("night", "nights"))), None, "money")
    tt = c.calc("Total marina bill", add(dk, pw), None, "money")
    c.answer(tt, "the total marina bill is {}")


st("marina_fee", [
    "A marina charges ${rate_usd} per foot per night. {name}'s boat is {L} feet long and stays {n} nights, with shore power at ${pw_usd} per night. What is the total bill?",
    "Transient dockage is ${rate_usd}/ft/night, plus ${pw_usd} a night for electricity. How much does a {L}-foot boat pay for {n} nights?",
    "The {boat} is {L} ft. The marina rate is ${rate_usd} per foot each night and power costs ${pw_usd} per night. For a {n}-night stay, what is the total?",
    "For {n} nights at a marina that charges ${rate_usd} per foot of boat length per night, plus ${pw_usd} nightly for shore power, what does a {L} ft sailboat owe?",
])((_s, _v))

# 8 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["L"] = r.choice([26, 30, 32, 34, 38, 40])
    p["night_usd"] = r.choice([75, 85, 90, 95, 110])
    p["mrate_usd"] = r.choice([F("28"), F("32.50"), F("35"), F("41"), F("45.50")])
    p["n"] = 30
    return p


def _v(c, p):
    a = c.calc("Cost at the nightly rate", mul(G(p["night_usd"], "money"), G(30, "dec", ("night", "nights"))), None, "money")
    b = c.calc("Monthly rate", mul(G(p["L"], "dec", "ft"), G(p["mrate_usd"], "money")), None, "money")
    s = c.calc("Savings", sub(a, b), None, "money")
    c.answer(s, "the monthly rate saves {}")


st("monthly_vs_nightly", [
    "A marina charges ${night_usd} per night, or ${mrate_usd} per foot for a whole month. {name}'s boat is {L} feet. How much does the monthly rate save over 30 nights?",
    "Slip rental: ${night_usd} a night, or a monthly rate of ${mrate_usd}/ft. For a {L}-foot boat staying 30 nights, how much cheaper is the monthly rate?",
    "The {boat}, {L} ft long, needs a slip for 30 nights. The nightly price is ${night_usd}; the monthly price is ${mrate_usd} per foot. What are the savings with the monthly option?",
    "How much does the owner of a {L} ft boat save by paying ${mrate_usd} per foot for the month instead of ${night_usd} per night for 30 nights?",
])((_s, _v))

# 9 ------------------------------------------------------------------
def _s(r):
    p = base(r)
    p["dep"] = r.choice([4, F(9, 2), 5, 6, F(13, 2), 8, F(15, 2)])
    p["bow"] = r.choice([1, F(3, 2), F(1, 2), 2])
    p["sc"] = r.choice([5, 7])
    p["ch"] = r.choice([10, 15, 20])
    return p


def _v(c, p):
    d = c.calc("Depth plus bow height", add(G(p["dep"], "dec", "m", "Depth"), G(p["bow"], "dec", "m", "Bow height")), "m")
    rd = c.calc("Total rode", mul(d, G(p["sc"])), "m")
    rp = c.calc("Rope needed after the chain", sub(rd, G(p["ch"], "dec", "m", "Chain")), "m")
    c.answer(rp, "{} of rope is needed")


st("anchor_scope", [
    "{name} anchors in {dep} m of water. The bow is {bow} m above the water, and she wants a scope of {sc}:1. Her rode has {ch} m of chain, and the rest is rope. How many meters of rope must be let out?",
    "The water is {dep} meters deep and the bow roller is {bow} m above the surface. For a {sc}:1 scope, with {ch} m of chain first, how much rope is needed?",
    "A skipper wants {sc} to 1 scope. Depth: {dep} m. Bow height: {bow} m. Chain: {ch} m. How many meters of anchor rope go out after the chain?",
    "To anchor the {boat} with {sc}:1 scope in {dep} m of water (bow {bow} m above the water), using {ch} m of chain plus rope, how much rope is required?",
])((_s, _v))

# 10 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["coils"] = r.choice([2, 3, 4])
        p["len"] = r.choice([30, 45, 50, 60, 25])
        p["pc"] = r.choice([4, F(7, 2), 6, 7, F(9, 2), 8])
        tot = p["coils"] * p["len"]
        if tot % p["pc"] != 0:
            return p


def _v(c, p):
    t = c.calc("Total rope", mul(G(p["coils"], "dec", ("coil", "coils"), "Coils"), G(p["len"], "dec", "m", "Coil length")), "m")
    q, rem = c.divmod("Cutting the dock lines", t, G(p["pc"], "dec", "m"), ("dock line", "dock lines"), ("meter", "meters"))
    u = c.calc("Rope used for the lines", mul(q, G(p["pc"], "dec", "m")), "m")
    lf = c.calc("Rope left over", sub(t, u), "m")
    c.answer(lf, "{} of rope is left over")


st("rope_pieces", [
    "{name} buys {coils} coils of rope, each {len} m long, and cuts dock lines {pc} m long. How many full dock lines can she cut, and how many meters of rope are left over?",
    "A chandlery sells {len}-meter coils. With {coils} coils, how many {pc} m dock lines can be cut, and how much rope is left?",
    "The crew of the {boat} has {coils} rope coils of {len} m each. Each mooring line must be {pc} meters. How many complete lines can they make, and how many meters are left over?",
    "How many meters of rope are left after cutting as many {pc}-meter lines as possible from {coils} coils of {len} meters each?",
])((_s, _v))

# 11 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["lw"] = r.choice([F("0.4"), F("0.8"), F("-0.2"), F("1.1"), F("0.6"), F("-0.3")])
    p["rng"] = r.choice([F("3.6"), F("4.8"), F("2.4"), F("6"), F("5.28"), F("3.96")])
    p["hw"] = p["lw"] + p["rng"]
    p["k"] = r.choice([1, 2, 3, 4])
    return p


def _v(c, p):
    k = p["k"]
    tw = {1: 1, 2: 3, 3: 6, 4: 9}[k]
    rg = c.calc("Tidal range", sub(G(p["hw"], "dec", "m", "High water"), G(p["lw"], "dec", "m", "Low water")), "m")
    one = c.calc("One twelfth of the range", div(rg, G(12)), "m")
    if k == 1:
        ntw = Leaf(1)
    else:
        parts = [G(x) for x in [1, 2, 3, 3][:k]]
        ntw = c.calc("Twelfths risen", add(*parts), ("twelfth", "twelfths"))
    rise = c.calc("Rise since low water", mul(ntw, one), "m")
    h = c.calc("Height of tide", add(G(p["lw"], "dec", "m"), rise), "m")
    c.answer(h, "the height of tide is {}")


st("rule_of_twelfths", [
    "Low water is {lw} m and high water is {hw} m. Using the rule of twelfths (1, 2, 3, 3, 2, 1), what is the height of tide {k} hour(s) after low water?",
    "{name} uses the rule of twelfths. Today LW = {lw} m and HW = {hw} m. What will the tide height be {k} hour(s) after low water?",
    "The tide table gives low water {lw} m and high water {hw} m above chart datum. By the rule of twelfths, how high is the tide {k} hour(s) after low water?",
    "A harbor has low tide at {lw} m and high tide at {hw} m. With the 1-2-3-3-2-1 rule of twelfths, find the height {k} hour(s) after low water.",
])((_s, _v))

# 12 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["cd"] = r.choice([F("1.8"), F("2.2"), F("2.5"), F("3.1"), F("1.6")])
    p["tide"] = r.choice([F("-0.4"), F("-0.3"), F("0.6"), F("1.2"), F("-0.6"), F("0.9")])
    p["dr"] = r.choice([F("1.5"), F("1.9"), F("2.1"), F("1.2"), F("2.4")])
    return p


def _v(c, p):
    w = c.calc("Actual depth", add(G(p["cd"], "dec", "m", "Charted depth"), G(p["tide"], "dec", "m", "Height of tide")), "m")
    k = c.calc("Clearance under the keel", sub(w, G(p["dr"], "dec", "m", "Draft")), "m")
    c.answer(k, "the clearance under the keel is {}")


st("keel_clearance", [
    "The chart shows {cd} m at a harbor entrance. The height of tide is {tide} m, and {name}'s boat draws {dr} m. What is the clearance under the keel in meters? (Negative means she would touch bottom.)",
    "Charted depth: {cd} m. Height of tide: {tide} m. Draft of the {boat}: {dr} m. How much water is under the keel? Give a negative number if the boat would ground.",
    "A boat drawing {dr} m crosses a bar charted at {cd} m when the tide height is {tide} m. What is the under-keel clearance (negative if aground)?",
    "Depth = charted depth + height of tide. If the charted depth is {cd} m, the tide is {tide} m and the keel goes {dr} m below the waterline, what is the clearance? Use a negative answer for grounding.",
])((_s, _v))

# 13 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["s"] = r.choice([10, 12, 15, 20, 25, 8, 30])
    p["t"] = r.choice([2, F(5, 2), 3, F(3, 2), 4, F(1, 2)])
    return p


def _v(c, p):
    k = c.calc("Speed in km/h", mul(G(p["s"], "dec", "knots", "Speed"), G(F("1.852"), "dec", "km/h")), "km/h")
    d = c.calc("Distance in km", mul(k, G(p["t"], "dec", H, "Time")), "km")
    c.answer(d, "the boat covers {}")


st("knots_to_km", [
    "A ferry travels at {s} knots. One knot is 1.852 km/h. How many kilometers does it cover in {t} hours?",
    "{name}'s boat makes {s} knots for {t} hours. Using 1 knot = 1.852 km/h, find the distance in km.",
    "The {boat} cruises at {s} kn. If 1 nautical mile is 1.852 km, how many km does she go in {t} h?",
    "How far, in kilometers, does a boat travelling {s} knots go in {t} hours? (1 knot = 1.852 km per hour)",
])((_s, _v))

# 14 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["s1"] = r.choice([6, 8, 10, 12])
    p["t1"] = r.choice([2, 3, F(3, 2), F(5, 2)])
    p["s2"] = r.choice([4, 5, 9, 15])
    p["t2"] = r.choice([1, 2, F(1, 2), 3])
    p["d1"] = p["s1"] * p["t1"]
    p["d2"] = p["s2"] * p["t2"]
    return p


def _v(c, p):
    t1 = c.calc("Time on the first leg", div(G(p["d1"], "dec", NM), G(p["s1"], "dec", "knots")), H)
    t2 = c.calc("Time on the second leg", div(G(p["d2"], "dec", NM), G(p["s2"], "dec", "knots")), H)
    D = c.calc("Total distance", add(G(p["d1"], "dec", NM), G(p["d2"], "dec", NM)), NM)
    T = c.calc("Total time", add(t1, t2), H)
    a = c.calc("Average speed", div(D, T), "knots", rd=2)
    c.answer(a, "the average speed is {}")


st("average_speed", [
    "A sailboat covers {d1} nautical miles at {s1} knots, then {d2} nautical miles at {s2} knots. What is its average speed for the whole passage in knots?",
    "{name} motors {d1} nm at {s1} kn and then sails {d2} nm at {s2} kn. Find the average speed over both legs (round to two decimals if needed).",
    "The {boat} does two legs: {d1} nm at {s1} knots and {d2} nm at {s2} knots. What is the average speed in knots?",
    "Leg one: {d1} nautical miles at {s1} knots. Leg two: {d2} nautical miles at {s2} knots. Average speed for the trip? (Round to the nearest hundredth.)",
])((_s, _v))

# 15 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["V_usd"] = r.randrange(3000, 18000, 50)
    p["bp"] = r.choice([F(40, 100), F(35, 100), F(50, 100), F(45, 100), F(30, 100)])
    p["n"] = r.choice([3, 4, 5, 6])
    p["bpc"] = p["bp"] * 100
    return p


def _v(c, p):
    b = c.calc("Boat's share", pct(G(p["bp"], "pct"), G(p["V_usd"], "money")), None, "money")
    pool = c.calc("Crew pool", sub(G(p["V_usd"], "money"), b), None, "money")
    e = c.calc("Each crew member's share", div(pool, G(p["n"], "dec", ("person", "people"))), None, "money")
    c.answer(e, "each crew member gets {}")


st("crew_share", [
    "A trip's catch sells for ${V_usd}. The boat takes {bpc}% and the rest is split evenly among {n} crew. How much does each crew member get?",
    "On the {boat}, the owner keeps {bpc}% of the catch value and the crew of {n} split the remainder equally. If the catch brought ${V_usd}, what is each share?",
    "{name}'s boat grossed ${V_usd}. After the boat's {bpc}% share, the remaining money is divided among {n} deckhands. How much does each one receive?",
    "The catch is worth ${V_usd}. {bpc}% goes to the vessel; {n} crew share what's left equally. What is one crew member's share (to the nearest cent)?",
])((_s, _v))

# 16 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["fk"] = r.randrange(84, 640, 2)
        p["bag"] = r.choice([10, 20, 25])
        if (p["fk"] // 2) % p["bag"] != 0:
            break
    p["pr_usd"] = r.choice([F("4.50"), F("3.75"), F("6"), F("5.25")])
    return p


def _v(c, p):
    ice = c.calc("Ice needed", div(G(p["fk"], "dec", "kg", "Fish"), G(2)), "kg")
    b = c.calc("Bags of ice", div(ice, G(p["bag"], "dec", "kg")), ("bag", "bags"), rd=2)
    w = c.ceil(b, ("bag", "bags"), "you can't buy part of a bag")
    cost = c.calc("Cost of ice", mul(w, G(p["pr_usd"], "money")), None, "money")
    c.answer(cost, "the ice costs {}")


st("ice_bags", [
    "Fish should be packed with 1 kg of ice for every 2 kg of fish. {name} expects {fk} kg of fish. Ice comes in {bag} kg bags at ${pr_usd} each. How much will the ice cost?",
    "The {boat} needs half as much ice as fish by weight. With {fk} kg of fish and ice sold in {bag} kg bags for ${pr_usd} a bag, what is the cost of the ice?",
    "A crew lands {fk} kilograms of fish. They use 1 kg of ice per 2 kg of fish, sold in {bag}-kg bags costing ${pr_usd}. Find the total ice cost.",
    "Ice ratio: 1 kg ice to 2 kg fish. Catch: {fk} kg. Ice bags: {bag} kg, ${pr_usd} each. Cost?",
])((_s, _v))

# 17 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["a"] = r.choice([3, 4, 5, 6, 8])
        p["bph"] = r.choice([4, 5, 6, 8])
        p["h"] = r.choice([3, 4, 5, 6])
        p["pk"] = r.choice([24, 30, 36, 50])
        if (p["a"] * p["bph"] * p["h"]) % p["pk"]:
            return p


def _v(c, p):
    b = c.calc("Baits used", mul(G(p["a"], "dec", ("angler", "anglers")), G(p["bph"], "dec", "baits/h"), G(p["h"], "dec", H)), ("bait", "baits"))
    k = c.calc("Packs", div(b, G(p["pk"])), ("pack", "packs"), rd=2)
    w = c.ceil(k, ("pack", "packs"), "bait is sold only in whole packs")
    c.answer(w, "they need {}")


st("bait_packs", [
    "{a} anglers each use about {bph} baits per hour over a {h}-hour trip. Bait comes in packs of {pk}. How many packs are needed?",
    "On a party boat, each of {a} anglers goes through {bph} shrimp an hour. The trip lasts {h} hours, and shrimp are sold in packs of {pk}. How many packs should {name} buy?",
    "The {boat} carries {a} anglers for {h} hours. Every angler uses {bph} baits per hour. Bait packs hold {pk}. How many packs will cover the trip?",
    "How many packs of {pk} baits are needed for {a} people fishing {h} hours if each person uses {bph} baits per hour?",
])((_s, _v))

# 18 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["pp_usd"] = r.choice([85, 95, 120, 135, 150, 175, 210])
    p["n"] = r.choice([2, 3, 4, 5, 6])
    p["tp"] = r.choice([F(15, 100), F(18, 100), F(20, 100), F(10, 100)])
    p["tpc"] = p["tp"] * 100
    return p


def _v(c, p):
    b = c.calc("Charter price", mul(G(p["pp_usd"], "money"), G(p["n"], "dec", ("person", "people"))), None, "money")
    t = c.calc("Tip for the mate", pct(G(p["tp"], "pct"), b), None, "money")
    T = c.calc("Total paid", add(b, t), None, "money")
    c.answer(T, "the group pays {} in total")


st("charter_tip", [
    "A fishing charter costs ${pp_usd} per person. A group of {n} books it and tips the mate {tpc}% of the charter price. What do they pay in total?",
    "{n} friends go out on the {boat} at ${pp_usd} each. They add a {tpc}% tip. What is the total cost?",
    "{name} books a half-day charter for {n} people at ${pp_usd} per person, plus a {tpc}% gratuity. How much is paid altogether?",
    "Charter: ${pp_usd}/person, {n} people, tip {tpc}% on top. Total?",
])((_s, _v))

# 19 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["C_usd"] = r.choice([650, 800, 975, 1100, 1250, 1400])
    p["X_usd"] = r.choice([F("142.80"), F("187.50"), F("96.25"), F("210"), F("163.40")])
    p["n"] = r.choice([3, 4, 5, 6, 7])
    return p


def _v(c, p):
    t = c.calc("Total cost", add(G(p["C_usd"], "money"), G(p["X_usd"], "money")), None, "money")
    e = c.calc("Cost per person", div(t, G(p["n"], "dec", ("person", "people"))), None, "money")
    c.answer(e, "each person pays {}")


st("split_charter", [
    "A boat charter costs ${C_usd} plus ${X_usd} for fuel. {n} anglers split the cost evenly. How much does each pay, to the nearest cent?",
    "{name} and friends ({n} people in all) rent the {boat} for ${C_usd}. Fuel adds ${X_usd}. What is each person's share?",
    "The day rate is ${C_usd} and the fuel surcharge is ${X_usd}. Split equally among {n} people, what does each person owe?",
    "If {n} people share a ${C_usd} charter and a ${X_usd} fuel bill equally, how much is each share?",
])((_s, _v))

# 20 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["T"] = r.choice([40, 60, 80, 120, 150, 200])
    p["k"] = r.choice([2, 3, F(3, 2), F(5, 2)])
    p["sh"] = r.randrange(8, 40)
    p["w"] = r.choice([F("1.5"), F("1.25"), F("1.75"), F("2")])
    p["pr_usd"] = r.choice([F("7.50"), F("9"), F("8.25"), F("11.40")])
    return p


def _v(c, p):
    cg = c.calc("Lobsters caught", mul(G(p["T"], "dec", ("trap", "traps")), G(p["k"])), ("lobster", "lobsters"))
    kp = c.calc("Keepers", sub(cg, G(p["sh"])), ("lobster", "lobsters"))
    wt = c.calc("Weight of keepers", mul(kp, G(p["w"], "dec", "lb")), "lb")
    v = c.calc("Value", mul(wt, G(p["pr_usd"], "money")), None, "money")
    c.answer(v, "the keepers are worth {}")


st("lobster_traps", [
    "{name} hauls {T} traps that average {k} lobsters each. {sh} are shorts and go back. The keepers average {w} lb and sell for ${pr_usd}/lb. What is the catch worth?",
    "A lobster boat pulls {T} traps with an average of {k} lobsters per trap. After throwing back {sh} undersized ones, each keeper weighs about {w} pounds. At ${pr_usd} per pound, how much are they worth?",
    "The {boat} checks {T} pots, averaging {k} lobsters a pot. {sh} lobsters are too small. Keepers weigh {w} lb on average and bring ${pr_usd} a pound. Total value?",
    "Traps: {T}. Average per trap: {k}. Shorts released: {sh}. Average keeper weight: {w} lb. Price: ${pr_usd}/lb. Value of the keepers?",
])((_s, _v))

# 21 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["lim"] = r.choice([3, 4, 5, 10, 15])
    p["a"] = r.choice([2, 3, 4, 5, 6])
    p["d"] = r.choice([2, 3, 4])
    p["got"] = r.randrange(1, p["lim"] * p["a"] * p["d"] - 1)
    return p


def _v(c, p):
    mx = c.calc("Maximum the group may keep", mul(G(p["lim"], "dec", ("fish", "fish")), G(p["a"], "dec", ("angler", "anglers")), G(p["d"], "dec", ("day", "days"))), ("fish", "fish"))
    lf = c.calc("Fish still allowed", sub(mx, G(p["got"], "dec", ("fish", "fish"))), ("fish", "fish"))
    c.answer(lf, "they can keep {} more")


st("bag_limit", [
    "The daily bag limit is {lim} fish per angler. {a} anglers fish for {d} days and have kept {got} fish so far. How many more fish may they keep?",
    "{name}'s group of {a} anglers is on a {d}-day trip. Each angler may keep {lim} fish per day. They've kept {got}. How many more can they legally keep?",
    "With a limit of {lim} fish per person per day, {a} people fishing {d} days have kept {got} fish. How many more fish are allowed?",
    "Bag limit: {lim} per angler per day. Anglers: {a}. Days: {d}. Kept so far: {got}. Remaining allowance?",
])((_s, _v))

# 22 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["s"] = r.choice([6, 7, 8, 9, 10, 12])
        p["cu"] = r.choice([1, 2, 3])
        p["d"] = r.choice([12, 18, 20, 24, 30, 36, 42])
        if (F(p["d"], p["s"] - p["cu"]) * 4).denominator == 1 and (F(p["d"], p["s"] + p["cu"]) * 4).denominator == 1:
            return p


def _v(c, p):
    up = c.calc("Speed against the current", sub(G(p["s"], "dec", "knots"), G(p["cu"], "dec", "knots")), "knots")
    dn = c.calc("Speed with the current", add(G(p["s"], "dec", "knots"), G(p["cu"], "dec", "knots")), "knots")
    t1 = c.calc("Time going out", div(G(p["d"], "dec", NM), up), H)
    t2 = c.calc("Time coming back", div(G(p["d"], "dec", NM), dn), H)
    T = c.calc("Round-trip time", add(t1, t2), H)
    c.answer(T, "the round trip takes {}")


st("current_round_trip", [
    "{name}'s boat makes {s} knots through the water. Going out to {place}, {d} nautical miles away, she fights a {cu}-knot current; coming back the current helps. How many hours does the round trip take?",
    "A boat with a water speed of {s} knots travels {d} nm against a {cu} knot current and then returns with it. Total time in hours?",
    "The {boat} cruises at {s} kn. The tidal stream runs at {cu} kn against her on the way out and with her on the way back. The destination is {d} nm away. How long is the round trip?",
    "Speed through water: {s} knots. Current: {cu} knots (against going out, with coming back). Distance each way: {d} nautical miles. Find the total time.",
])((_s, _v))

# 23 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["Hh"] = r.choice([10, 12, 14, 9])
        p["n"] = r.choice([3, 4, 5, 6])
        if (F(p["Hh"], p["n"]) * 60).denominator == 1 and F(p["Hh"], p["n"]).denominator != 1:
            return p


def _v(c, p):
    e = c.calc("Watch length", div(G(p["Hh"], "dec", H), G(p["n"], "dec", ("person", "people"))), H, rd=2)
    tm = c.calc("Night in minutes", mul(G(p["Hh"], "dec", H), G(60)), MIN)
    m = c.calc("Watch length in minutes", div(tm, G(p["n"], "dec", ("person", "people"))), MIN)
    c.answer(m, "each watch lasts {}")


st("watch_schedule", [
    "An overnight passage has {Hh} hours of darkness. {n} crew split the night watch equally with no overlap. How many minutes is each watch?",
    "{name} and crew ({n} people) share {Hh} hours of night watches evenly. How long, in minutes, is each person's watch?",
    "The {boat}'s crew of {n} divides a {Hh}-hour night into equal watches. How many minutes does each watch last?",
    "Night watch: {Hh} hours total, {n} watchkeepers, equal shifts. Length of one shift in minutes?",
])((_s, _v))

# 24 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["n"] = r.choice([2, 3, 4, 5, 6])
    p["l"] = r.choice([3, 4, 5, F(7, 2), F(9, 2)])
    p["d"] = r.choice([3, 4, 5, 7, 10])
    p["rp"] = r.choice([F(10, 100), F(20, 100), F(15, 100), F(25, 100)])
    p["rpc"] = p["rp"] * 100
    return p


def _v(c, p):
    b = c.calc("Water for the trip", mul(G(p["n"], "dec", ("person", "people")), G(p["l"], "dec", "L")), LIT)
    b2 = c.calc("Water for all days", mul(b, G(p["d"], "dec", ("day", "days"))), LIT)
    rs = c.calc("Reserve", pct(G(p["rp"], "pct"), b2), LIT)
    t = c.calc("Total water to carry", add(b2, rs), LIT)
    c.answer(t, "they should carry {}")


st("water_supply", [
    "{n} sailors each drink {l} liters of water a day on a {d}-day passage. They also carry a {rpc}% reserve. How many liters should be loaded?",
    "For a {d}-day trip on the {boat}, each of the {n} crew needs {l} L of water per day, plus {rpc}% extra for safety. How much water in total?",
    "{name} plans {l} L of drinking water per person per day for {n} people over {d} days, then adds {rpc}% as a reserve. Total liters?",
    "How much water do {n} people need for {d} days at {l} liters per person per day, including a {rpc}% reserve?",
])((_s, _v))

# 25 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["L"] = r.choice([22, 26, 28, 31, 34, 38, 42])
    p["st_usd"] = r.choice([F("45"), F("52.50"), F("38"), F("60")])
    p["haul_usd"] = r.choice([250, 300, 375, 420])
    p["wrap_usd"] = r.choice([F("18"), F("21.50"), F("15"), F("24")])
    return p


def _v(c, p):
    a = c.calc("Storage plus shrink wrap", add(mul(G(p["L"], "dec", "ft"), G(p["st_usd"], "money")), mul(G(p["L"], "dec", "ft"), G(p["wrap_usd"], "money"))), None, "money", chain=True)
    t = c.calc("Total winter cost", add(a, G(p["haul_usd"], "money")), None, "money")
    c.answer(t, "winterizing costs {}")


st("winter_storage", [
    "A boatyard charges ${st_usd} per foot for winter storage, ${wrap_usd} per foot for shrink wrap, and a flat ${haul_usd} for haul-out. What does it cost for a {L}-foot boat?",
    "{name}'s {L} ft boat is stored for the winter: storage ${st_usd}/ft, shrink-wrap ${wrap_usd}/ft, haul-out ${haul_usd}. Total cost?",
    "Winter storage for the {boat} ({L} feet): ${st_usd} per foot for storage, ${wrap_usd} per foot to shrink-wrap, plus ${haul_usd} to haul her out. How much altogether?",
    "What is the total winter bill for a {L}-foot boat if storage is ${st_usd}/ft, wrapping is ${wrap_usd}/ft and hauling is ${haul_usd}?",
])((_s, _v))

# 26 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["A"] = r.choice([180, 240, 310, 365, 420, 275])
        p["cov"] = r.choice([200, 250, 300, 350])
        p["coats"] = r.choice([2, 3])
        if (p["A"] * p["coats"]) % p["cov"]:
            break
    p["pr_usd"] = r.choice([F("189.99"), F("229"), F("165.50"), F("249.95")])
    return p


def _v(c, p):
    a = c.calc("Area to cover", mul(G(p["A"], "dec", "sq ft"), G(p["coats"], "dec", ("coat", "coats"))), "sq ft")
    g = c.calc("Paint needed", div(a, G(p["cov"], "dec", "sq ft/gal")), GAL, rd=2)
    w = c.ceil(g, GAL, "paint is sold by the gallon")
    cost = c.calc("Cost of paint", mul(w, G(p["pr_usd"], "money")), None, "money")
    c.answer(cost, "the paint costs {}")


st("bottom_paint", [
    "The underwater hull of {name}'s boat is {A} sq ft. Antifouling covers {cov} sq ft per gallon and she wants {coats} coats. Paint costs ${pr_usd} a gallon. What will she spend?",
    "Bottom paint covers {cov} square feet per gallon. A hull with {A} square feet of bottom needs {coats} coats. At ${pr_usd} per gallon, how much is the paint?",
    "The {boat} has {A} sq ft of bottom to paint, {coats} coats. One gallon covers {cov} sq ft and costs ${pr_usd}. Whole gallons only. Cost?",
    "How much does it cost to put {coats} coats of antifouling on {A} sq ft of hull if a ${pr_usd} gallon covers {cov} sq ft?",
])((_s, _v))

# 27 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["tank"] = r.choice([40, 60, 80, 100, 120, 150, 200])
    p["pr_usd"] = r.choice([F("4.25"), F("5.10"), F("3.89"), F("4.60")])
    return p


def _v(c, p):
    cur = c.calc("Fuel in the tank now", div(G(p["tank"], "dec", GAL, "Tank"), G(4)), GAL)
    nd = c.calc("Fuel to add", sub(G(p["tank"], "dec", GAL), cur), GAL)
    cost = c.calc("Cost to fill", mul(nd, G(p["pr_usd"], "money")), None, "money")
    c.answer(cost, "filling up costs {}")


st("fill_tank", [
    "{name}'s boat has a {tank}-gallon tank that is one quarter full. Marine fuel is ${pr_usd} per gallon. How much does it cost to fill it up?",
    "The fuel gauge on the {boat} reads 1/4 of a {tank} gallon tank. At ${pr_usd}/gal, what does it cost to top off?",
    "A {tank} gal tank is a quarter full. Fuel costs ${pr_usd} a gallon. Cost to fill the rest?",
    "How much will it cost to fill a quarter-full {tank}-gallon boat tank with fuel at ${pr_usd} per gallon?",
])((_s, _v))

# 28 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["T"] = r.randrange(1200, 9600, 40)
    p["cp"] = r.choice([F(35, 100), F(40, 100), F(25, 100), F(55, 100), F(60, 100)])
    p["cpc"] = p["cp"] * 100
    return p


def _v(c, p):
    cod = c.calc("Cod", pct(G(p["cp"], "pct"), G(p["T"], "dec", "kg", "Catch")), "kg")
    hd = c.calc("Haddock", sub(G(p["T"], "dec", "kg"), cod), "kg")
    c.answer(hd, "the haddock weighs {}")


st("species_split", [
    "A trawler lands {T} kg of fish. {cpc}% is cod and the rest is haddock. How many kilograms of haddock?",
    "The {boat}'s catch of {T} kg is {cpc}% cod; everything else is haddock. Find the haddock weight.",
    "{name} lands {T} kilograms. Cod makes up {cpc}% of it and haddock the remainder. How much haddock is there?",
    "Of a {T} kg landing, {cpc}% is cod. The rest is haddock. Haddock in kg?",
])((_s, _v))

# 29 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["a"] = r.randrange(1500, 4000, 10)
    p["b"] = r.randrange(1500, 4000, 10)
    p["c"] = r.randrange(1500, 4000, 10)
    p["Q"] = p["a"] + p["b"] + p["c"] - r.randrange(60, 900, 10)
    p["fine_usd"] = r.choice([F("2.50"), F("3"), F("4.25"), F("1.80")])
    return p


def _v(c, p):
    l = c.calc("Total landed", add(G(p["a"], "dec", "kg"), G(p["b"], "dec", "kg"), G(p["c"], "dec", "kg")), "kg")
    o = c.calc("Amount over quota", sub(l, G(p["Q"], "dec", "kg", "Quota")), "kg")
    f = c.calc("Penalty", mul(o, G(p["fine_usd"], "money")), None, "money")
    c.answer(f, "the penalty is {}")


st("quota_penalty", [
    "A boat's monthly quota is {Q} kg. It landed {a} kg, {b} kg and {c} kg. Every kilogram over quota is fined ${fine_usd}. What is the fine?",
    "{name} had a {Q} kg quota but landed {a} kg, {b} kg, and {c} kg on three trips. The penalty is ${fine_usd} per kg over. How much is the penalty?",
    "The {boat} landed three trips of {a}, {b} and {c} kg against a quota of {Q} kg. Overages cost ${fine_usd}/kg. Find the penalty.",
    "Quota {Q} kg; landings {a} kg + {b} kg + {c} kg; fine ${fine_usd} per kg over. Total fine?",
])((_s, _v))

# 30 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["lw"] = r.choice([F("-0.4"), F("-0.2"), F("-0.6"), F("0.3"), F("-0.5")])
    p["hw"] = r.choice([F("4.2"), F("3.8"), F("5.1"), F("2.9"), F("4.6")])
    return p


def _v(c, p):
    rg = c.calc("Range", sub(G(p["hw"], "dec", "m", "High water"), G(p["lw"], "dec", "m", "Low water")), "m")
    hf = c.calc("Half the range", div(rg, G(2)), "m")
    mt = c.calc("Mid-tide height", add(G(p["lw"], "dec", "m"), hf), "m")
    c.answer(mt, "the mid-tide height is {}")


st("mid_tide", [
    "Low water is {lw} m (relative to chart datum) and high water is {hw} m. What is the height of tide halfway between them, in meters?",
    "The tide falls to {lw} m at low water and rises to {hw} m at high water. Find the tidal range and then the mid-tide height.",
    "{name}'s tide table: LW {lw} m, HW {hw} m. What height is exactly half the range above low water?",
    "Given LW = {lw} m and HW = {hw} m, what is the mid-tide level?",
])((_s, _v))

# 31 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["s1"] = r.choice([6, 7, 8, 10, 12])
    p["t1"] = r.choice([2, 3, F(3, 2), F(5, 2), 4])
    p["s2"] = r.choice([5, 9, 11, 14])
    p["t2"] = r.choice([1, 2, F(1, 2), 3, F(3, 2)])
    p["D"] = p["s1"] * p["t1"] + p["s2"] * p["t2"] + r.choice([4, 7, 11, F(25, 2), 15])
    return p


def _v(c, p):
    g = c.calc("Distance logged", add(mul(G(p["s1"], "dec", "knots"), G(p["t1"], "dec", "h")), mul(G(p["s2"], "dec", "knots"), G(p["t2"], "dec", "h"))), NM, chain=True)
    rm = c.calc("Distance still to go", sub(G(p["D"], "dec", NM, "Passage"), g), NM)
    c.answer(rm, "{} remain")


st("log_legs", [
    "On a {D} nautical mile passage, {name} sails {t1} hours at {s1} knots, then motors {t2} hours at {s2} knots. How many nautical miles are left?",
    "The {boat} is bound for a harbor {D} nm away. She makes {s1} kn for {t1} h and then {s2} kn for {t2} h. How far is left?",
    "A yacht goes {s1} knots for {t1} hours and {s2} knots for {t2} hours on a {D}-nautical-mile passage. Distance remaining?",
    "Passage length {D} nm. Leg 1: {t1} h at {s1} kn. Leg 2: {t2} h at {s2} kn. How many nm to go?",
])((_s, _v))

# 32 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["n"] = r.choice([5, 8, 12, 20, 25, 40, 15])
    return p


def _v(c, p):
    km = c.calc("Distance in km", mul(G(p["n"], "dec", NM), G(F("1.852"))), "km")
    mi = c.calc("Distance in statute miles", mul(G(p["n"], "dec", NM), G(F("1.15"))), ("mile", "miles"))
    df = c.calc("Difference", sub(km, mi), None)
    c.answer(df, "the km figure is {} larger")


st("nm_conversions", [
    "A race course is {n} nautical miles. Using 1 nm = 1.852 km and 1 nm = 1.15 statute miles, how much larger is the distance in kilometers than in miles?",
    "{name} converts a {n} nm passage to km (×1.852) and to statute miles (×1.15). What is the difference between the two numbers?",
    "The {boat} sails {n} nautical miles. Express this in km (1 nm = 1.852 km) and in miles (1 nm = 1.15 mi). By how much does the km number exceed the mile number?",
    "Convert {n} nautical miles to kilometers and to statute miles (1.852 km and 1.15 mi per nm). Subtract the miles from the kilometers.",
])((_s, _v))

# 33 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["fa"] = r.choice([3, 4, 5, 6, 8, 10, 12])
    p["fb"] = r.choice([3, 4, 5, 6])
    p["sc"] = r.choice([5, 6, 7])
    return p


def _v(c, p):
    ft = c.calc("Depth in feet", mul(G(p["fa"], "dec", ("fathom", "fathoms"), "Depth"), G(6)), "ft")
    tot = c.calc("Depth plus freeboard", add(ft, G(p["fb"], "dec", "ft", "Freeboard")), "ft")
    ln = c.calc("Anchor line", mul(tot, G(p["sc"])), "ft")
    c.answer(ln, "{} of anchor line are needed")


st("fathoms_line", [
    "The chart shows {fa} fathoms (1 fathom = 6 feet). The bow is {fb} ft above the water and {name} wants {sc}:1 scope. How many feet of anchor line does she need?",
    "Water depth is {fa} fathoms. Add {fb} feet of freeboard, then use a scope of {sc} to 1. How long should the anchor line be in feet? (6 ft per fathom)",
    "The {boat} anchors in {fa} fathoms. Freeboard at the bow: {fb} ft. Scope: {sc}:1. One fathom is 6 feet. Rode length in feet?",
    "How many feet of rode give a {sc}:1 scope in {fa} fathoms of water if the bow roller is {fb} feet up? (1 fathom = 6 ft)",
])((_s, _v))

# 34 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["W"] = r.choice([24, 36, 45, 60, 72, 85, 120])
    p["y"] = r.choice([F(40, 100), F(45, 100), F(35, 100), F(50, 100)])
    p["yc"] = p["y"] * 100
    p["pr_usd"] = r.choice([F("12"), F("14.50"), F("16.75"), F("18")])
    return p


def _v(c, p):
    f = c.calc("Fillet weight", pct(G(p["y"], "pct"), G(p["W"], "dec", "lb")), "lb")
    v = c.calc("Value of the fillets", mul(f, G(p["pr_usd"], "money")), None, "money")
    c.answer(v, "the fillets are worth {}")


st("fillet_yield", [
    "{name} catches {W} lb of whole fish. Fillets are {yc}% of the whole weight and sell for ${pr_usd} per pound. What are the fillets worth?",
    "A whole-fish catch of {W} pounds yields {yc}% fillets by weight. At ${pr_usd}/lb, what is the fillet value?",
    "The {boat} lands {W} lb of mahi. The fillet yield is {yc}%. Fillets go for ${pr_usd} a pound. How much money?",
    "Whole weight: {W} lb. Yield: {yc}%. Price: ${pr_usd}/lb of fillet. Value?",
])((_s, _v))

# 35 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["ad"] = r.choice([2, 3, 4])
    p["pa_usd"] = r.choice([F("18.50"), F("22"), F("14.75"), F("26.40")])
    p["ki"] = r.choice([1, 2, 3])
    p["pk_usd"] = r.choice([F("9.25"), F("11"), F("7.50")])
    p["car_usd"] = r.choice([45, 62, 58, 75])
    return p


def _v(c, p):
    fa = c.calc("Passenger fares", add(mul(G(p["ad"], "dec", ("adult", "adults")), G(p["pa_usd"], "money")), mul(G(p["ki"], "dec", ("child", "children")), G(p["pk_usd"], "money"))), None, "money", chain=True)
    t = c.calc("Total ferry cost", add(fa, G(p["car_usd"], "money")), None, "money")
    c.answer(t, "the ferry costs {}")


st("ferry_fares", [
    "A ferry charges ${pa_usd} per adult, ${pk_usd} per child and ${car_usd} for a car. How much does a family of {ad} adults and {ki} children with one car pay?",
    "{name} takes the island ferry with {ad} adults (${pa_usd} each), {ki} kids (${pk_usd} each) and the car (${car_usd}). Total fare?",
    "Ferry prices: adult ${pa_usd}, child ${pk_usd}, vehicle ${car_usd}. What is the cost for {ad} adults, {ki} children and a vehicle?",
    "What do {ad} adults and {ki} children pay to cross on a ferry with their car if tickets are ${pa_usd} and ${pk_usd} and the car is ${car_usd}?",
])((_s, _v))

# 36 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["k"] = r.choice([2, 3, 4, 5])
    p["h"] = r.choice([2, 3, 4, F(5, 2), F(3, 2)])
    p["rt_usd"] = r.choice([F("18"), F("22.50"), F("15"), F("27.50")])
    p["dep_usd"] = r.choice([50, 75, 100])
    return p


def _v(c, p):
    kh = c.calc("Kayak-hours", mul(G(p["k"], "dec", ("kayak", "kayaks")), G(p["h"], "dec", H)), ("kayak-hour", "kayak-hours"))
    rent = c.calc("Rental", mul(kh, G(p["rt_usd"], "money")), None, "money")
    tt = c.calc("Paid at the counter", add(rent, G(p["dep_usd"], "money")), None, "money")
    c.answer(tt, "the counter charge is {}")


st("kayak_rental", [
    "Sea kayaks rent for ${rt_usd} per hour each, plus a refundable ${dep_usd} deposit for the group. {name} rents {k} kayaks for {h} hours. How much is paid at the counter?",
    "A group takes {k} kayaks out for {h} hours at ${rt_usd} per kayak per hour and leaves a ${dep_usd} deposit. What do they hand over in total?",
    "Kayak rental: ${rt_usd}/hour per kayak, ${dep_usd} deposit. {k} kayaks, {h} hours. Total paid up front?",
    "How much is charged up front for {k} kayaks rented {h} hours at ${rt_usd} an hour each, with a ${dep_usd} deposit?",
])((_s, _v))

# 37 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    while True:
        p["hrs"] = r.randrange(1210, 2890, 10)
        p["nx"] = (p["hrs"] // 100 + 1) * 100
        p["tr"] = r.choice([F(13, 2), 5, 8, F(15, 2), 7, F(11, 2)])
        if (p["nx"] - p["hrs"]) % p["tr"] != 0 and (p["nx"] - p["hrs"]) > p["tr"]:
            return p


def _v(c, p):
    rem = c.calc("Hours until the service", sub(G(p["nx"], "dec", H), G(p["hrs"], "dec", H, "Engine hours")), H)
    tr = c.calc("Trips that fit", div(rem, G(p["tr"], "dec", H)), ("trip", "trips"), rd=2)
    w = c.floor(tr, ("trip", "trips"), "a trip can't be cut short")
    c.answer(w, "{} can be made before the service")


st("engine_service", [
    "The engine on the {boat} reads {hrs} hours and needs servicing at {nx} hours. Each fishing trip uses {tr} engine hours. How many full trips can be made before the service?",
    "{name}'s outboard is at {hrs} h. The next oil change is due at {nx} h. Trips run {tr} hours each. How many complete trips fit before the oil change?",
    "An inboard has logged {hrs} hours; service is due at {nx}. With {tr}-hour trips, how many whole trips remain before service?",
    "Engine hours now: {hrs}. Service due: {nx}. Hours per trip: {tr}. How many full trips until service?",
])((_s, _v))

# 38 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["n"] = r.choice([12, 16, 18, 24, 30, 36])
    p["h"] = r.choice([3, 4, 6, F(3, 2), F(5, 2)])
    p["avg"] = r.choice([F("1.25"), F("2.4"), F("0.75"), F("3.5")])
    p["W"] = p["n"] * p["avg"]
    return p


def _v(c, p):
    rt = c.calc("Catch rate", div(G(p["n"], "dec", ("fish", "fish")), G(p["h"], "dec", H)), "fish per hour", rd=2)
    aw = c.calc("Average weight", div(G(p["W"], "dec", "kg"), G(p["n"], "dec", ("fish", "fish"))), "kg")
    c.answer(aw, "the average fish weighs {}")


st("catch_rate", [
    "{name} catches {n} fish in {h} hours with a total weight of {W} kg. What is the catch rate per hour, and what is the average weight per fish in kg?",
    "On the {boat}, {n} fish totaling {W} kg were landed in {h} hours. Find the fish caught per hour and the average weight of a fish.",
    "In {h} hours, anglers landed {n} fish weighing {W} kg in all. How many fish per hour is that, and what does an average fish weigh?",
    "{n} fish, {W} kg total, {h} hours of fishing. Rate per hour? Average weight per fish?",
])((_s, _v))

# 39 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["L"] = r.choice([24, 28, 32, 36, 40, 44])
    p["pf_usd"] = r.choice([F("1.80"), F("2.25"), F("1.45"), F("2.60")])
    return p


def _v(c, p):
    bow = c.calc("One bow or stern line", mul(G(p["L"], "dec", "ft", "Boat length"), G(F("0.75"))), "ft")
    ends = c.calc("Bow and stern lines together", mul(bow, G(2)), "ft")
    spr = c.calc("Two spring lines", mul(G(2), G(p["L"], "dec", "ft")), "ft")
    tot = c.calc("Total line", add(ends, spr), "ft")
    cost = c.calc("Cost of the line", mul(tot, G(p["pf_usd"], "money")), None, "money")
    c.answer(cost, "the dock lines cost {}")


st("dock_lines", [
    "For a {L}-foot boat, bow and stern lines should each be 75% of the boat's length and the two spring lines should each equal the boat's length. Line costs ${pf_usd} per foot. How much does a full set cost?",
    "{name} is rigging dock lines for a {L} ft boat: a bow line and a stern line, each 0.75 × boat length, plus two springs as long as the boat. At ${pf_usd}/ft, what's the cost?",
    "The {boat} is {L} feet. Bow and stern lines are 3/4 of her length each; each of the 2 springs is her full length. Rope is ${pf_usd} a foot. Total cost?",
    "Dock lines: bow + stern at 0.75 × length each, 2 springs at 1 × length each. Boat: {L} ft. Rope: ${pf_usd}/ft. Cost?",
])((_s, _v))

# 40 -----------------------------------------------------------------
def _s(r):
    p = base(r)
    p["s"] = r.choice([6, 8, 10, 12, 16, 20])
    p["t"] = r.choice([F(5, 4), F(7, 4), F(5, 2), F(11, 4), F(13, 4), F(7, 2)])
    p["d"] = p["s"] * p["t"]
    p["hh"] = r.choice([5, 6, 7, 8, 9])
    p["mm"] = r.choice([0, 15, 30, 45])
    p["dep"] = f"{p['hh']:02d}:{p['mm']:02d}"
    return p


def _v(c, p):
    t = c.calc("Passage time", div(G(p["d"], "dec", NM, "Distance"), G(p["s"], "dec", "knots", "Speed")), H)
    c.hm(t)
    mins = t.v * 60
    if mins.denominator == 1:
        tot = p["hh"] * 60 + p["mm"] + int(mins)
        arr = f"{(tot // 60) % 24:02d}:{tot % 60:02d}"
        c.note(f"Leaving at {p['dep']}, the arrival is about {arr}.")
    c.answer(t, "the passage takes {}")


st("eta_passage", [
    "{name} leaves the harbor at {dep} and sails {d} nautical miles at {s} knots. How many hours does the passage take?",
    "The {boat} departs at {dep} for a port {d} nm away, averaging {s} kn. How long is the passage in hours?",
    "A yacht motoring at {s} knots has {d} nautical miles to go, leaving at {dep}. Passage time in hours?",
    "Departure {dep}. Distance {d} nm. Speed {s} knots. How many hours underway?",
])((_s, _v))
