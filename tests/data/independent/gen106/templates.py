"""Problem structures for the sports-team logistics genre.

Each structure: params(r) -> dict, texts (problem phrasings), build(b, p) -> final value,
answer(p, v) -> closing sentence. Steps are created through the builder b.
"""
from fractions import Fraction as F

SPORTS = ["soccer", "basketball", "volleyball", "baseball", "softball", "hockey", "lacrosse", "water polo"]
TEAMS = ["Lakeside Hornets", "Riverside Rockets", "Maple Grove Mustangs", "Eastview Eagles", "Northside Comets",
         "Harbor City Sharks", "Pine Ridge Panthers", "Westfield Wolves", "Cedar Park Falcons", "Oak Hill Otters"]
AGES = ["U10", "U12", "U14", "U16", "14U", "12U", "varsity", "JV"]
COACHES = ["Coach Rivera", "Coach Kim", "Coach Patel", "Coach Okafor", "Coach Dubois", "Coach Lind", "Ms. Alvarez",
           "Mr. Novak"]


def money(v):
    v = F(v)
    neg = v < 0
    v = abs(v)
    if v.denominator == 1:
        s = f"{int(v):,}"
    else:
        s = f"{float(v):,.2f}"
    return ("-$" if neg else "$") + s


def num(v):
    v = F(v)
    if v.denominator == 1:
        return f"{int(v):,}"
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return s


def ctx(r):
    return {"sport": r.choice(SPORTS), "team": r.choice(TEAMS), "age": r.choice(AGES), "coach": r.choice(COACHES)}


S = {}


def structure(name):
    def deco(cls):
        S[name] = cls
        cls.name = name
        return cls
    return deco


@structure("fee_split")
class FeeSplit:
    def params(r):
        n = r.randint(9, 18)
        each = F(r.choice([2200, 2500, 2750, 3000, 3250, 3500, 4000, 4500, 5250]), 100)
        total = each * n
        ref = F(r.randint(3, 12) * 10)
        while ref >= total - 20:
            ref = F(r.randint(2, 5) * 10)
        return dict(n=n, field=total - ref, ref=ref)
    texts = [
        "The {age} {sport} team has {n} players. Field rental for the season costs {field_m} and referee fees add up to {ref_m}. If the players split the total evenly, how much does each player pay?",
        "{coach} paid {field_m} to rent the field and {ref_m} for referees. The {n} players on the {team} are splitting both costs equally. How many dollars does each player owe?",
        "Our {sport} team ({n} kids) needs to cover {field_m} for field time plus {ref_m} in ref fees. Split evenly, what is each kid's share?",
        "A {sport} club spent {field_m} on field rentals and {ref_m} on officials this season. The cost is divided equally among the {n} players. What does each player pay?",
        "Field rental: {field_m}. Referees: {ref_m}. Players: {n}. If the {team} split everything evenly, how much does one player pay?",
    ]
    def build(b, p):
        t = b.add([(p["field"], "$"), (p["ref"], "$")], "$", "total cost")
        return b.div([(t, "$"), (p["n"], "players")], "$", "cost per player")
    def answer(p, v):
        return f"Each player pays {money(v)}."


@structure("sibling_discount")
class SiblingDiscount:
    def params(r):
        fee = F(r.choice([80, 100, 120, 140, 150, 160, 200, 240]))
        pct = r.choice([10, 15, 20, 25])
        n = r.randint(12, 20)
        k = r.randint(2, 5)
        return dict(fee=fee, pct=pct, n=n, k=k, nk=n - k)
    texts = [
        "Registration for the {team} is {fee_m} per player, but players with a sibling on the team get {pct}% off. Of the {n} players, {k} get the sibling discount. How much registration money does the team collect?",
        "The {age} {sport} league charges {fee_m} per player. Siblings get a {pct}% discount. If {k} of the {n} players are siblings, what is the total collected?",
        "{coach}'s team has {n} players. The season fee is {fee_m}, and {k} players qualify for a {pct}% sibling discount. How much is collected in total?",
        "A {sport} team charges {fee_m} per player with a {pct}% discount for siblings. There are {n} players, {k} of whom pay the discounted price. Find the total fees collected.",
        "Season fee: {fee_m}. Sibling discount: {pct}%. Team size: {n}, with {k} siblings. What does the club take in altogether?",
    ]
    def build(b, p):
        d = b.pct(p["pct"], (p["fee"], "$"), "$", "sibling discount")
        red = b.sub([(p["fee"], "$"), (d, "$")], "$", "discounted fee")
        full = b.sub([(p["n"], "players"), (p["k"], "players")], "players", "number of full-price players")
        a = b.mul([(full, "players"), (p["fee"], "$")], "$", "full-price total")
        c = b.mul([(p["k"], "players"), (red, "$")], "$", "sibling total")
        return b.add([(a, "$"), (c, "$")], "$", "total collected")
    def answer(p, v):
        return f"The team collects {money(v)} in registration fees."


@structure("uniform_kit")
class UniformKit:
    def params(r):
        j = F(r.choice([1850, 2200, 2499, 2500, 2875, 3200, 3450]), 100)
        s = F(r.choice([1200, 1450, 1500, 1675, 1800]), 100)
        c = F(r.choice([600, 650, 799, 800, 925]), 100)
        n = r.randint(11, 22)
        ship = F(r.choice([15, 20, 25, 30, 35]))
        return dict(j=j, s=s, c=c, n=n, ship=ship)
    texts = [
        "The {team} are ordering uniforms for {n} players. Each uniform is a jersey ({j_m}), shorts ({s_m}) and socks ({c_m}). Shipping is a flat {ship_m}. What is the total cost of the order?",
        "A {sport} coach orders a full kit for each of {n} players: jersey {j_m}, shorts {s_m}, socks {c_m}. The store charges {ship_m} to ship the whole order. How much does the order cost?",
        "Uniform prices: jerseys {j_m}, shorts {s_m}, socks {c_m}. {coach} needs kits for {n} players plus {ship_m} shipping. What's the total?",
        "Each of the {n} players on the {age} team needs a jersey, shorts and socks. Jerseys cost {j_m}, shorts {s_m}, and socks {c_m} a pair. With {ship_m} shipping, how much is the order?",
        "For {n} players, the team buys one jersey at {j_m}, one pair of shorts at {s_m}, and one pair of socks at {c_m} each, and pays {ship_m} for shipping. Total cost?",
    ]
    def build(b, p):
        k = b.add([(p["j"], "$"), (p["s"], "$"), (p["c"], "$")], "$", "cost of one kit")
        t = b.mul([(k, "$"), (p["n"], "kits")], "$", "cost of all kits")
        return b.add([(t, "$"), (p["ship"], "$")], "$", "total order cost")
    def answer(p, v):
        return f"The uniform order costs {money(v)} in total."


@structure("uniform_tax")
class UniformTax:
    def params(r):
        n = r.randint(10, 25)
        price = F(r.choice([20, 24, 25, 30, 32, 40, 45, 50]))
        tax = r.choice([5, 6, 8, 10])
        return dict(n=n, price=price, tax=tax)
    texts = [
        "The {team} order {n} warm-up jackets at {price_m} each. Sales tax is {tax}%. What is the total with tax?",
        "{coach} buys {n} team hoodies for {price_m} apiece. With {tax}% sales tax added, how much does she pay?",
        "A {sport} team needs {n} practice pinnies that cost {price_m} each, plus {tax}% tax. Find the total cost.",
        "Jackets cost {price_m} each and tax is {tax}%. How much do {n} jackets for the {age} squad cost after tax?",
        "The booster club is buying {n} team bags at {price_m} each. If tax is {tax}%, what is the final bill?",
    ]
    def build(b, p):
        sub = b.mul([(p["n"], "jackets"), (p["price"], "$")], "$", "subtotal")
        t = b.pct(p["tax"], (sub, "$"), "$", "sales tax")
        return b.add([(sub, "$"), (t, "$")], "$", "total with tax")
    def answer(p, v):
        return f"The total comes to {money(v)}."


@structure("practice_hours")
class PracticeHours:
    def params(r):
        w = r.choice([2, 3, 4])
        m = r.choice([60, 75, 90, 105, 120])
        k = r.choice([6, 8, 10, 12])
        return dict(w=w, m=m, k=k)
    texts = [
        "The {age} {sport} team practices {w} times a week for {m} minutes each time. How many hours do they practice over a {k}-week season?",
        "{coach} runs {w} practices per week, each lasting {m} minutes. The season is {k} weeks long. How many hours of practice is that?",
        "Practices are {m} minutes long and happen {w} days a week. Over {k} weeks, how many hours does the team practice?",
        "A {sport} team holds {w} sessions a week of {m} minutes. Find the total practice time in hours for {k} weeks.",
        "The {team} train {w}x per week, {m} min per session, for {k} weeks. Total hours of training?",
    ]
    def build(b, p):
        wk = b.mul([(p["w"], "practices"), (p["m"], "minutes")], "minutes", "weekly practice time")
        tot = b.mul([(wk, "minutes"), (p["k"], "weeks")], "minutes", "total practice time")
        return b.div([(tot, "minutes"), (60, "minutes")], "hours", "total time in hours")
    def answer(p, v):
        return f"They practice {num(v)} hours over the season."


@structure("practice_plan")
class PracticePlan:
    def params(r):
        T = r.choice([90, 105, 120, 150])
        a = r.choice([10, 12, 15])
        d = r.choice([20, 25, 30, 35, 40])
        c = r.choice([5, 8, 10])
        return dict(T=T, a=a, d=d, c=c)
    texts = [
        "A {T}-minute {sport} practice starts with a {a}-minute warm-up, then {d} minutes of drills, and ends with a {c}-minute cool-down. The rest is scrimmage. How many minutes of scrimmage are there?",
        "{coach} plans a {T}-minute practice: warm-up {a} min, drills {d} min, cool-down {c} min, and scrimmage for whatever time is left. How long is the scrimmage?",
        "Practice runs {T} minutes. If {a} minutes go to warm-ups, {d} to skill drills, and {c} to stretching at the end, how many minutes remain for a scrimmage?",
        "The {age} team has the gym for {T} minutes. They spend {a} minutes warming up, {d} minutes on drills and {c} minutes cooling down. How much time is left to scrimmage?",
        "In a {T} minute session the {team} do a {a} minute warm-up, {d} minutes of drills and a {c} minute cool-down. Minutes left for scrimmage?",
    ]
    def build(b, p):
        u = b.add([(p["a"], "minutes"), (p["d"], "minutes"), (p["c"], "minutes")], "minutes", "time already planned")
        return b.sub([(p["T"], "minutes"), (u, "minutes")], "minutes", "scrimmage time")
    def answer(p, v):
        return f"The scrimmage lasts {num(v)} minutes."


@structure("round_robin")
class RoundRobin:
    def params(r):
        n = r.randint(5, 12)
        m = r.choice([40, 45, 50, 60])
        return dict(n=n, m=m)
    texts = [
        "In a round-robin {sport} tournament, each of {n} teams plays every other team exactly once. Each game lasts {m} minutes. How many minutes of play are there in total?",
        "{n} {age} teams enter a round robin where every team plays every other team once. If each game takes {m} minutes, how many total minutes of games are scheduled?",
        "A league with {n} teams plays a single round robin. Games are {m} minutes long. How many minutes of field time are needed for all the games?",
        "The {team} are in a {n}-team pool; each pair of teams meets once. Every game is {m} minutes. Total minutes of play?",
        "How many minutes of {sport} are played if {n} teams each play each other once and every game runs {m} minutes?",
    ]
    def build(b, p):
        x = b.mul([(p["n"], "teams"), (p["n"] - 1, "opponents")], "pairings", "number of ordered pairings")
        g = b.div([(x, "pairings"), (2, "")], "games", "number of games")
        return b.mul([(g, "games"), (p["m"], "minutes")], "minutes", "total minutes of play")
    def answer(p, v):
        return f"There are {num(v)} minutes of play in total."


@structure("single_elim")
class SingleElim:
    def params(r):
        n = r.choice([8, 12, 16, 20, 24, 32])
        refs = r.choice([2, 3])
        pay = F(r.choice([25, 30, 35, 40, 45, 50]))
        return dict(n=n, refs=refs, pay=pay)
    texts = [
        "A single-elimination {sport} tournament has {n} teams. Every game needs {refs} referees, each paid {pay_m}. How much will the tournament spend on referees?",
        "{n} teams enter a knockout bracket (lose once and you're out). Each game uses {refs} officials at {pay_m} per official. What is the total referee cost?",
        "In a single-elimination bracket with {n} teams, how much do referees cost if each game has {refs} refs paid {pay_m} each?",
        "The {age} tournament is single elimination with {n} teams. Refs: {refs} per game, {pay_m} per ref per game. Find the total paid to refs.",
        "The {team} host a {n}-team single-elimination tournament. They pay {refs} referees {pay_m} each for every game. What is the total referee bill?",
    ]
    def build(b, p):
        g = b.sub([(p["n"], "teams"), (1, "")], "games", "number of games")
        pg = b.mul([(p["refs"], "referees"), (p["pay"], "$")], "$", "referee cost per game")
        return b.mul([(g, "games"), (pg, "$")], "$", "total referee cost")
    def answer(p, v):
        return f"The tournament spends {money(v)} on referees."


@structure("league_points")
class LeaguePoints:
    def params(r):
        w = r.randint(4, 14)
        d = r.randint(1, 6)
        l = r.randint(1, 6)
        return dict(w=w, d=d, l=l, g=w + d + l)
    texts = [
        "In the {age} {sport} league a win is worth 3 points, a draw 1 point and a loss 0. The {team} finished {w}-{d}-{l} (wins-draws-losses). How many points did they earn?",
        "The {team} played {g} games: {w} wins, {d} draws, and {l} losses. With 3 points per win and 1 per draw, what is their point total?",
        "A team's record is {w} W, {d} D, {l} L. Wins give 3 points and draws give 1. How many points does the team have?",
        "{coach}'s squad won {w} games, tied {d}, and lost {l}. If wins are 3 points and ties are 1 point, how many points did they get?",
        "Standings use 3 points for a win and 1 for a tie. After going {w}-{l}-{d} (W-L-T), how many points do the {team} have?",
    ]
    def build(b, p):
        a = b.mul([(p["w"], "wins"), (3, "points")], "points", "point total from wins")
        return b.add([(a, "points"), (p["d"], "points")], "points", "point total")
    def answer(p, v):
        return f"They earned {num(v)} points."


@structure("goal_diff")
class GoalDiff:
    def params(r):
        sc = [r.randint(0, 5) for _ in range(4)]
        co = [r.randint(0, 6) for _ in range(4)]
        return dict(s1=sc[0], s2=sc[1], s3=sc[2], s4=sc[3], c1=co[0], c2=co[1], c3=co[2], c4=co[3])
    texts = [
        "In four {sport} games the {team} scored {s1}, {s2}, {s3} and {s4} goals and allowed {c1}, {c2}, {c3} and {c4}. What is their goal differential (goals for minus goals against)?",
        "Game scores for the {age} team: {s1}-{c1}, {s2}-{c2}, {s3}-{c3}, {s4}-{c4} (their score first). What is the team's goal difference?",
        "The {team} scored {s1}, {s2}, {s3}, {s4} in their last four games and conceded {c1}, {c2}, {c3}, {c4}. Find goals for minus goals against.",
        "Over a 4-game weekend tournament a team scored {s1}, {s2}, {s3} and {s4} goals and gave up {c1}, {c2}, {c3} and {c4}. Compute the goal differential.",
        "{coach} tracks goal differential. Goals for: {s1}, {s2}, {s3}, {s4}. Goals against: {c1}, {c2}, {c3}, {c4}. What is it?",
    ]
    def build(b, p):
        f = b.add([(p["s1"], ""), (p["s2"], ""), (p["s3"], ""), (p["s4"], "")], "goals", "total goals scored")
        a = b.add([(p["c1"], ""), (p["c2"], ""), (p["c3"], ""), (p["c4"], "")], "goals", "total goals allowed")
        return b.sub([(f, "goals"), (a, "goals")], "", "goal differential", signed=True)
    def answer(p, v):
        return f"The goal differential is {'+' if v > 0 else ''}{num(v)}."


@structure("buses")
class Buses:
    def params(r):
        n = r.randint(14, 40)
        c = r.randint(2, 5)
        pa = r.randint(5, 30)
        s = r.choice([12, 15, 24, 30])
        while (n + c + pa) % s == 0:
            pa += 1
        return dict(n=n, c=c, pa=pa, s=s)
    texts = [
        "The club is taking {n} players, {c} coaches and {pa} parents to an away tournament. Each van holds {s} people. How many vans are needed?",
        "{n} athletes, {c} coaches, and {pa} parent chaperones are traveling to the {sport} regional. Shuttles seat {s} people each. How many shuttles must they book?",
        "For the trip to the {age} finals, {n} players, {c} staff and {pa} family members need rides. Each minibus carries {s}. How many minibuses?",
        "Travel party: {n} players, {c} coaches, {pa} parents. Vehicle capacity: {s}. Minimum number of vehicles?",
        "The {team} need transportation for {n} players, {c} coaches and {pa} parents. If each bus seats {s}, how many buses do they need?",
    ]
    def build(b, p):
        t = b.add([(p["n"], "players"), (p["c"], "coaches"), (p["pa"], "parents")], "people", "number of travelers")
        q, rem = b.divmod([(t, "people"), (p["s"], "seats")], "vehicles", "number of full vehicles")
        return q + (1 if rem else 0)
    def answer(p, v):
        return f"They need {num(v)} vehicles."


@structure("hotel_split")
class HotelSplit:
    def params(r):
        rooms = r.randint(4, 9)
        nights = r.choice([1, 2, 3])
        rate = F(r.choice([89, 99, 109, 119, 129, 135, 149]))
        n = r.choice([8, 10, 12, 16, 20])
        tot = rooms * nights * rate
        gas = F(r.randint(6, 30) * 10)
        # make total divisible to cents by n
        while ((tot + gas) * 100) % n != 0:
            gas += 5
        return dict(rooms=rooms, nights=nights, rate=rate, n=n, gas=gas)
    texts = [
        "For an away tournament the team books {rooms} hotel rooms for {nights} night(s) at {rate_m} per room per night. Gas for the trip costs {gas_m}. If the {n} players split everything equally, what does each pay?",
        "The {team} reserve {rooms} rooms at {rate_m} a night for {nights} night(s), and fuel costs {gas_m}. Split among {n} players, how much is each share?",
        "{coach} is planning travel: {rooms} rooms x {nights} night(s) at {rate_m}/night, plus {gas_m} in gas. The {n} families split the cost evenly. How much per family?",
        "Hotel: {rooms} rooms, {nights} night(s), {rate_m} per room-night. Fuel: {gas_m}. Players: {n}. What is the cost per player?",
        "The {age} {sport} team needs {rooms} hotel rooms for {nights} night(s) ({rate_m} per room each night) and spends {gas_m} on gas. Divided evenly among {n} players, what does each player owe?",
    ]
    def build(b, p):
        h = b.mul([(p["rooms"], "rooms"), (p["nights"], "nights"), (p["rate"], "$")], "$", "hotel cost")
        t = b.add([(h, "$"), (p["gas"], "$")], "$", "total trip cost")
        return b.div([(t, "$"), (p["n"], "players")], "$", "cost per player")
    def answer(p, v):
        return f"Each player pays {money(v)}."


@structure("mileage")
class Mileage:
    def params(r):
        d = r.randint(35, 180)
        rate = F(r.choice([40, 50, 55, 60, 65, 70]), 100)
        cars = r.randint(3, 7)
        return dict(d=d, rate=rate, cars=cars)
    texts = [
        "The tournament is {d} miles away. The club reimburses drivers {rate_m} per mile for the round trip. If {cars} parents drive, how much does the club pay in total?",
        "{cars} parents drive players to a {sport} game {d} miles away and back. Mileage is reimbursed at {rate_m} a mile. What is the total reimbursement?",
        "Each of {cars} carpool drivers goes {d} miles each way to the {age} tournament. At {rate_m} per mile, how much mileage does the team pay?",
        "Round trip to the away game: {d} miles each way. Reimbursement: {rate_m}/mile. Drivers: {cars}. Total paid?",
        "The {team} pay drivers {rate_m} per mile. The field is {d} miles from home and {cars} cars make the round trip. Find the total mileage payment.",
    ]
    def build(b, p):
        rt = b.mul([(p["d"], "miles"), (2, "")], "miles", "round-trip distance")
        pc = b.mul([(rt, "miles"), (p["rate"], "$")], "$", "reimbursement per driver")
        return b.mul([(pc, "$"), (p["cars"], "drivers")], "$", "total reimbursement")
    def answer(p, v):
        return f"The club pays {money(v)} in mileage."


@structure("car_wash")
class CarWash:
    def params(r):
        cars = r.randint(30, 140)
        price = F(r.choice([5, 8, 10, 12, 15]))
        don = F(r.randint(4, 40) * 5)
        sup = F(r.randint(3, 12) * 5 + r.choice([0, F(1, 2), F(3, 4)]))
        return dict(cars=cars, price=price, don=don, sup=sup)
    texts = [
        "The {team} held a car wash fundraiser. They washed {cars} cars at {price_m} each and got {don_m} in extra donations. Supplies cost {sup_m}. How much money did they raise after expenses?",
        "At a {sport} team car wash, {cars} cars were washed for {price_m} apiece. Donations added {don_m}, and soap and sponges cost {sup_m}. What was the profit?",
        "The {age} team charged {price_m} per car and washed {cars} cars. People also donated {don_m}. After paying {sup_m} for supplies, how much did the team keep?",
        "Car wash: {cars} cars x {price_m}, donations {don_m}, supplies {sup_m}. Net raised?",
        "{coach}'s players washed {cars} cars for {price_m} each, collected {don_m} in tips, and spent {sup_m} on supplies. How much did they net?",
    ]
    def build(b, p):
        w = b.mul([(p["cars"], "cars"), (p["price"], "$")], "$", "car wash income")
        t = b.add([(w, "$"), (p["don"], "$")], "$", "total income")
        return b.sub([(t, "$"), (p["sup"], "$")], "$", "amount raised after expenses")
    def answer(p, v):
        return f"The team raised {money(v)} after expenses."


@structure("fund_goal")
class FundGoal:
    def params(r):
        n = r.choice([10, 12, 14, 15, 16, 18, 20])
        each = r.randint(12, 60)
        a = F(r.randint(20, 90) * 10)
        bb = F(r.randint(5, 60) * 5)
        G = a + bb + n * each
        return dict(n=n, a=a, b=bb, G=G)
    texts = [
        "The {team} want to raise {G_m} for a tournament trip. A bake sale brought in {a_m} and a raffle brought in {b_m}. If the {n} players split the rest equally, how much must each player raise?",
        "Goal: {G_m}. Raised so far: {a_m} from a bake sale and {b_m} from sponsors. The remainder is split among {n} players. How much is each player's share?",
        "{coach}'s {sport} team needs {G_m} for new equipment. They have {a_m} from a car wash and {b_m} from donations. How much does each of the {n} players still need to bring in?",
        "A team fundraising goal is {G_m}. After raising {a_m} and then {b_m}, the {n} players divide what's left evenly. What does each player need to raise?",
        "The {age} squad's trip costs {G_m}. Fundraisers have collected {a_m} and {b_m}. Split the remaining amount among {n} players. Amount per player?",
    ]
    def build(b, p):
        s = b.add([(p["a"], "$"), (p["b"], "$")], "$", "amount raised so far")
        rem = b.sub([(p["G"], "$"), (s, "$")], "$", "amount still needed")
        return b.div([(rem, "$"), (p["n"], "players")], "$", "amount per player")
    def answer(p, v):
        return f"Each player needs to raise {money(v)}."


@structure("candy_sale")
class CandySale:
    def params(r):
        sell = F(r.choice([2, 3, 4, 5, 6]))
        cost = F(r.choice([50, 75, 100, 125, 150, 175]), 100)
        boxes = r.randint(8, 30) * 12
        return dict(sell=sell, cost=cost, boxes=boxes)
    texts = [
        "The {team} sell candy bars to raise money. Each bar sells for {sell_m} and costs the team {cost_m}. If they sell {boxes} bars, what is their profit?",
        "A {sport} team buys candy bars at {cost_m} each and sells them for {sell_m}. They sold {boxes} bars. How much profit did they make?",
        "The {age} team's fundraiser: {boxes} chocolate bars sold at {sell_m}; each bar cost {cost_m}. Profit?",
        "Players sold {boxes} bars of candy for {sell_m} each. The candy cost {cost_m} per bar. How much did the team earn?",
        "{coach} orders candy bars at {cost_m} per bar. The team sells {boxes} of them at {sell_m} each. Find the profit.",
    ]
    def build(b, p):
        pb = b.sub([(p["sell"], "$"), (p["cost"], "$")], "$", "profit per bar")
        return b.mul([(p["boxes"], "bars"), (pb, "$")], "$", "total profit")
    def answer(p, v):
        return f"The profit is {money(v)}."


@structure("snack_rotation")
class SnackRotation:
    def params(r):
        fam = r.choice([6, 8, 9, 10, 12])
        turns = r.choice([1, 2, 3])
        games = fam * turns
        cost = F(r.choice([1800, 2000, 2250, 2400, 2575, 3000]), 100)
        return dict(fam=fam, games=games, cost=cost)
    texts = [
        "The {team} have {games} games this season, and {fam} families take turns bringing snacks, one family per game. If snacks cost {cost_m} per game, how much will each family spend over the season?",
        "There are {games} {sport} games and {fam} families sharing snack duty equally. Each snack day costs about {cost_m}. What does one family spend?",
        "{coach} made a snack schedule: {fam} families rotate through {games} games. Snacks run {cost_m} a game. How much does each family pay for the season?",
        "Snack duty for the {age} team: {games} games, {fam} families, {cost_m} per game. Total spent per family?",
        "Each game one family brings snacks costing {cost_m}. With {games} games split evenly among {fam} families, how much does each family spend?",
    ]
    def build(b, p):
        t = b.div([(p["games"], "games"), (p["fam"], "families")], "turns", "number of turns per family")
        return b.mul([(t, "turns"), (p["cost"], "$")], "$", "cost per family")
    def answer(p, v):
        return f"Each family spends {money(v)}."


@structure("entry_fee")
class EntryFee:
    def params(r):
        n = r.choice([10, 12, 14, 15, 16, 18])
        ins = F(r.choice([5, 8, 10, 12, 15]))
        per = r.randint(20, 45)
        E = per * n - ins * n
        while E <= 0:
            per += 10
            E = per * n - ins * n
        return dict(n=n, ins=ins, E=F(E))
    texts = [
        "The tournament entry fee is {E_m} per team, plus {ins_m} per player for insurance. The {team} have {n} players. If they split the total evenly, how much does each player pay?",
        "To enter the {age} {sport} showcase, a team pays {E_m} plus {ins_m} insurance for each player. With {n} players sharing the cost equally, what is each share?",
        "{coach} registers {n} players for a tournament: {E_m} team entry and {ins_m} per player insurance. Cost per player if split evenly?",
        "Team entry: {E_m}. Player insurance: {ins_m} each. Roster: {n}. What does each player owe?",
        "A {sport} tournament charges {E_m} per team and {ins_m} per rostered player. How much does each of the {n} players on the {team} pay if costs are shared equally?",
    ]
    def build(b, p):
        i = b.mul([(p["n"], "players"), (p["ins"], "$")], "$", "insurance cost")
        t = b.add([(p["E"], "$"), (i, "$")], "$", "total tournament cost")
        return b.div([(t, "$"), (p["n"], "players")], "$", "cost per player")
    def answer(p, v):
        return f"Each player pays {money(v)}."


@structure("equipment_share")
class EquipmentShare:
    def params(r):
        nb = r.randint(6, 15)
        pb = F(r.choice([18, 22, 25, 28, 30, 35]))
        nc = r.choice([12, 20, 24, 30])
        pc = F(r.choice([1, 2, 3]))
        n = r.choice([10, 12, 15, 16, 20])
        tot = nb * pb + nc * pc
        sp = F(r.randint(2, 8) * 25)
        while sp >= tot:
            sp -= 25
        while ((tot - sp) * 100) % n:
            sp += 1
        return dict(nb=nb, pb=pb, nc=nc, pc=pc, n=n, sp=sp)
    texts = [
        "The {team} buy {nb} {sport} balls at {pb_m} each and {nc} cones at {pc_m} each. A sponsor covers {sp_m}. The {n} players split the rest. How much does each player pay?",
        "{coach} orders {nb} balls ({pb_m} each) and {nc} training cones ({pc_m} each). A local pizza shop donates {sp_m} toward the cost. Split among {n} players, what is each share?",
        "Equipment: {nb} balls @ {pb_m}, {nc} cones @ {pc_m}. Sponsor pays {sp_m}. {n} players share the remaining cost equally. Per-player cost?",
        "The {age} team needs {nb} new balls costing {pb_m} apiece and {nc} cones costing {pc_m} apiece. After a {sp_m} sponsorship, how much does each of the {n} players chip in?",
        "A {sport} team spends on {nb} balls at {pb_m} and {nc} cones at {pc_m}; a sponsor gives {sp_m}. If {n} players cover the rest equally, how much is each payment?",
    ]
    def build(b, p):
        x = b.mul([(p["nb"], "balls"), (p["pb"], "$")], "$", "cost of the balls")
        y = b.mul([(p["nc"], "cones"), (p["pc"], "$")], "$", "cost of the cones")
        t = b.add([(x, "$"), (y, "$")], "$", "total equipment cost")
        rem = b.sub([(t, "$"), (p["sp"], "$")], "$", "cost after the sponsor")
        return b.div([(rem, "$"), (p["n"], "players")], "$", "cost per player")
    def answer(p, v):
        return f"Each player pays {money(v)}."


@structure("ball_buckets")
class BallBuckets:
    def params(r):
        n = r.randint(9, 16)
        k = r.choice([20, 24, 30, 36, 40, 48])
        pitches = r.choice([15, 20, 24, 25, 30])
        while (n * pitches) % k:
            pitches += 1
        return dict(n=n, k=k, pitches=pitches)
    texts = [
        "At batting practice each of {n} players takes {pitches} pitches. A bucket holds {k} balls. How many full buckets of balls get used?",
        "{coach} pitches {pitches} balls to every one of the {n} hitters. If each bucket has {k} balls, how many buckets does she go through?",
        "The {team} have {n} hitters, and each gets {pitches} swings. Balls come {k} to a bucket. How many buckets are needed?",
        "Batting practice: {n} players x {pitches} pitches. Bucket size: {k} balls. Buckets used?",
        "In {sport} practice, {n} players each hit {pitches} balls from buckets of {k}. How many buckets are emptied?",
    ]
    def build(b, p):
        t = b.mul([(p["n"], "players"), (p["pitches"], "pitches")], "pitches", "total number of pitches")
        return b.div([(t, "pitches"), (p["k"], "balls")], "buckets", "number of buckets")
    def answer(p, v):
        return f"They use {num(v)} buckets."


@structure("field_rental")
class FieldRental:
    def params(r):
        w = r.choice([2, 3])
        h = F(r.choice([3, 4, 5]), 2)
        k = r.choice([6, 8, 10, 12])
        rate = F(r.choice([40, 45, 50, 60, 75, 80]))
        return dict(w=w, h=h, k=k, rate=rate)
    texts = [
        "The {team} rent a turf field {w} times a week for {h} hours each time. The field costs {rate_m} per hour. What is the rental cost for a {k}-week season?",
        "{coach} books the gym {w} nights a week, {h} hours a night, at {rate_m} an hour. How much does the gym cost for {k} weeks?",
        "A {sport} club rents a field at {rate_m}/hour for {h}-hour practices, {w} per week, for {k} weeks. Total rental?",
        "Field time: {w} sessions a week x {h} hours. Rate: {rate_m} per hour. Season: {k} weeks. How much does the team pay?",
        "The {age} team practices {w} days a week on a rented field, {h} hours per practice, for {k} weeks. At {rate_m} per hour, what is the total?",
    ]
    def build(b, p):
        wh = b.mul([(p["w"], "sessions"), (p["h"], "hours")], "hours", "weekly field time")
        th = b.mul([(wh, "hours"), (p["k"], "weeks")], "hours", "total field time")
        return b.mul([(th, "hours"), (p["rate"], "$")], "$", "total rental cost")
    def answer(p, v):
        return f"The rental costs {money(v)} for the season."


@structure("attendance")
class Attendance:
    def params(r):
        pct = r.choice([60, 75, 80, 85, 90])
        n = r.choice([20, 24, 28, 32, 36, 40])
        while (n * pct) % 100:
            n += 4
        return dict(pct=pct, n=n)
    texts = [
        "The {team} roster has {n} players. At Tuesday's practice, {pct}% showed up. How many players missed practice?",
        "{pct}% of the {n} players in the {age} {sport} program came to the early-morning conditioning session. How many did not come?",
        "{coach} counted attendance: {pct}% of {n} players were present. How many were absent?",
        "Roster {n}, attendance {pct}%. How many players were absent?",
        "Only {pct}% of the {n} registered players came to tryouts. How many registered players skipped tryouts?",
    ]
    def build(b, p):
        a = b.pct(p["pct"], (p["n"], "players"), "players", "number of players present")
        return b.sub([(p["n"], "players"), (a, "players")], "players", "number of players absent")
    def answer(p, v):
        return f"{num(v)} players were absent."


@structure("size_order")
class SizeOrder:
    def params(r):
        a, bb, c = r.randint(3, 8), r.randint(4, 10), r.randint(2, 7)
        x = r.randint(1, 4)
        price = F(r.choice([18, 20, 22, 25, 28]))
        extra = F(r.choice([2, 3, 4, 5]))
        return dict(a=a, b=bb, c=c, x=x, price=price, extra=extra)
    texts = [
        "The {team} order shirts: {a} small, {b} medium, {c} large and {x} XL. Every shirt costs {price_m}, and XL shirts cost {extra_m} extra each. What is the total cost?",
        "{coach} orders team shirts in four sizes: {a} S, {b} M, {c} L, {x} XL. Shirts are {price_m} each with a {extra_m} upcharge for XL. How much is the order?",
        "A {sport} team needs {a} small, {b} medium, {c} large, and {x} extra-large jerseys. Base price {price_m}; XL adds {extra_m}. Find the total.",
        "Shirt order for the {age} team: S {a}, M {b}, L {c}, XL {x}. Price {price_m} each, XL surcharge {extra_m} per shirt. Total?",
        "Team t-shirts cost {price_m}, plus {extra_m} more for size XL. The team orders {a} smalls, {b} mediums, {c} larges and {x} XLs. How much do they pay?",
    ]
    def build(b, p):
        t = b.add([(p["a"], ""), (p["b"], ""), (p["c"], ""), (p["x"], "")], "shirts", "total number of shirts")
        base = b.mul([(t, "shirts"), (p["price"], "$")], "$", "base cost")
        ex = b.mul([(p["x"], "XL shirts"), (p["extra"], "$")], "$", "XL surcharge")
        return b.add([(base, "$"), (ex, "$")], "$", "total cost")
    def answer(p, v):
        return f"The shirt order costs {money(v)}."


@structure("tourney_day")
class TourneyDay:
    def params(r):
        g = r.randint(5, 10)
        m = r.choice([30, 35, 40, 45, 50, 60])
        br = r.choice([10, 15, 20])
        return dict(g=g, m=m, br=br)
    texts = [
        "One field will host {g} {sport} games back to back. Each game lasts {m} minutes, with a {br}-minute break between consecutive games. How many minutes from the first kickoff to the end of the last game?",
        "The {age} tournament puts {g} games on court 1. Games are {m} minutes with {br} minutes between games. How long does court 1 run, in minutes?",
        "{coach} schedules {g} games on one field, each {m} minutes, separated by {br}-minute breaks. Total minutes from start to finish?",
        "Games on field 2: {g}, length {m} min, gap {br} min between games. Total time in minutes?",
        "The {team} host {g} consecutive games on their home field. Each takes {m} minutes and there is a {br}-minute changeover between games. How many minutes does the schedule take?",
    ]
    def build(b, p):
        play = b.mul([(p["g"], "games"), (p["m"], "minutes")], "minutes", "playing time")
        gaps = b.sub([(p["g"], "games"), (1, "")], "breaks", "number of breaks")
        bt = b.mul([(gaps, "breaks"), (p["br"], "minutes")], "minutes", "break time")
        return b.add([(play, "minutes"), (bt, "minutes")], "minutes", "total time")
    def answer(p, v):
        return f"The schedule takes {num(v)} minutes."


@structure("meals")
class Meals:
    def params(r):
        n = r.randint(10, 22)
        c = F(r.choice([8, 9, 10, 12, 15]))
        m = r.choice([2, 3])
        d = r.choice([2, 3, 4])
        return dict(n=n, c=c, m=m, d=d)
    texts = [
        "The {team} travel with {n} people to a {d}-day tournament. The budget is {c_m} per person per meal, {m} meals a day. What is the total meal budget?",
        "For a {d}-day {sport} trip, {n} players each get {m} meals a day at {c_m} per meal. How much will meals cost?",
        "{coach} budgets {c_m} per meal for {n} travelers, {m} meals per day, over {d} days. Total food cost?",
        "Meal money: {n} people x {m} meals/day x {d} days at {c_m} per meal. Total?",
        "The {age} team's tournament lasts {d} days. Each of {n} players eats {m} team meals a day, and each meal costs {c_m}. What is the meal bill?",
    ]
    def build(b, p):
        pm = b.mul([(p["n"], "people"), (p["c"], "$")], "$", "cost of one team meal")
        pd = b.mul([(pm, "$"), (p["m"], "meals")], "$", "cost per day")
        return b.mul([(pd, "$"), (p["d"], "days")], "$", "total meal cost")
    def answer(p, v):
        return f"Meals cost {money(v)}."


@structure("installments")
class Installments:
    def params(r):
        k = r.choice([3, 4, 5, 6])
        each = r.randint(30, 95)
        D = F(r.choice([50, 75, 100, 125, 150]))
        return dict(k=k, D=D, Fee=D + k * each)
    texts = [
        "The club season fee is {Fee_m}. Families pay a {D_m} deposit and split the rest into {k} equal monthly payments. How much is each monthly payment?",
        "{sport} travel team dues are {Fee_m}. After a {D_m} deposit, the balance is paid in {k} equal installments. What is each installment?",
        "{coach} tells parents: {Fee_m} for the season, {D_m} down, the rest in {k} equal payments. How much is each payment?",
        "Fee {Fee_m}, deposit {D_m}, {k} equal payments for the balance. Payment amount?",
        "The {team} charge {Fee_m} per player. If a player pays {D_m} up front and the remainder over {k} equal payments, what is each payment?",
    ]
    def build(b, p):
        rest = b.sub([(p["Fee"], "$"), (p["D"], "$")], "$", "remaining balance")
        return b.div([(rest, "$"), (p["k"], "payments")], "$", "monthly payment")
    def answer(p, v):
        return f"Each payment is {money(v)}."


@structure("cleats_discount")
class CleatsDiscount:
    def params(r):
        p_ = F(r.choice([60, 80, 90, 100, 120, 140, 160]))
        d = r.choice([10, 15, 20, 25, 30])
        n = r.randint(6, 18)
        return dict(price=p_, d=d, n=n)
    texts = [
        "Cleats cost {price_m} a pair, and the store gives the {team} a {d}% team discount. If {n} players buy cleats, how much do they spend in total?",
        "A sports shop offers {d}% off {price_m} shoes for the {age} {sport} team. {n} players each buy a pair. What is the total?",
        "{n} players order shoes that normally cost {price_m}. With the {d}% team discount, how much is the whole order?",
        "Shoes: {price_m}. Team discount: {d}%. Pairs: {n}. Total spent?",
        "{coach} arranged a {d}% discount on {price_m} cleats. How much do {n} pairs cost after the discount?",
    ]
    def build(b, p):
        d = b.pct(p["d"], (p["price"], "$"), "$", "discount per pair")
        s = b.sub([(p["price"], "$"), (d, "$")], "$", "sale price")
        return b.mul([(p["n"], "pairs"), (s, "$")], "$", "total cost")
    def answer(p, v):
        return f"They spend {money(v)} in total."


@structure("laps")
class Laps:
    def params(r):
        L = r.randint(4, 16)
        lap = r.choice([400, 200, 300])
        n = r.randint(8, 20)
        return dict(L=L, lap=lap, n=n)
    texts = [
        "At conditioning, each of {n} players runs {L} laps of a {lap}-meter track. How many kilometers do the players run altogether?",
        "{coach} has the {team} run {L} laps around a {lap} m track. There are {n} players. What is the combined distance in kilometers?",
        "{n} {sport} players each jog {L} laps; one lap is {lap} meters. How many km is that in total?",
        "Laps: {L} per player. Track: {lap} m. Players: {n}. Total distance in km?",
        "The {age} squad warms up with {L} laps of a {lap}-meter loop. If {n} players do it, how many kilometers are run in all?",
    ]
    def build(b, p):
        pm = b.mul([(p["L"], "laps"), (p["lap"], "meters")], "meters", "distance per player")
        t = b.mul([(pm, "meters"), (p["n"], "players")], "meters", "total distance")
        return b.div([(t, "meters"), (1000, "")], "km", "total distance in kilometers")
    def answer(p, v):
        return f"They run {num(v)} km altogether."


@structure("hotel_rooms")
class HotelRooms:
    def params(r):
        per = r.choice([2, 3, 4])
        rooms = r.randint(4, 9)
        nights = r.choice([1, 2, 3])
        rate = F(r.choice([79, 95, 110, 125, 139, 150]))
        return dict(per=per, n=per * rooms, nights=nights, rate=rate)
    texts = [
        "{n} players are going to an overnight tournament and will sleep {per} to a room. Rooms cost {rate_m} per night and they stay {nights} night(s). What is the hotel bill?",
        "The {team} put {per} players in each hotel room. With {n} players and {nights} night(s) at {rate_m} a night, how much is the hotel?",
        "{coach} needs rooms for {n} athletes, {per} per room, for {nights} night(s) at {rate_m} per room per night. Total cost?",
        "Players: {n}. Per room: {per}. Nights: {nights}. Rate: {rate_m}/room/night. Hotel cost?",
        "For the {age} {sport} regionals, {n} players share rooms {per} at a time. Each room is {rate_m} a night for {nights} night(s). Find the total.",
    ]
    def build(b, p):
        rm = b.div([(p["n"], "players"), (p["per"], "players")], "rooms", "number of rooms")
        rn = b.mul([(rm, "rooms"), (p["nights"], "nights")], "room-nights", "number of room-nights")
        return b.mul([(rn, "room-nights"), (p["rate"], "$")], "$", "hotel cost")
    def answer(p, v):
        return f"The hotel bill is {money(v)}."


@structure("sponsors")
class Sponsors:
    def params(r):
        g = r.randint(1, 5)
        gv = F(r.choice([250, 300, 500, 750]))
        s = r.randint(2, 9)
        sv = F(r.choice([100, 125, 150, 200]))
        ban = F(r.choice([85, 120, 145, 180, 240]) + r.choice([0, F(1, 2)]))
        return dict(g=g, gv=gv, s=s, sv=sv, ban=ban)
    texts = [
        "The {team} sign {g} gold sponsors at {gv_m} each and {s} silver sponsors at {sv_m} each. Printing the sponsor banner costs {ban_m}. How much sponsorship money is left after the banner?",
        "A {sport} team gets {g} gold-level sponsors ({gv_m} each) and {s} silver-level sponsors ({sv_m} each). They spend {ban_m} on a banner. How much remains?",
        "{coach} lined up {g} sponsors paying {gv_m} and {s} paying {sv_m}. After a {ban_m} banner, how much does the team have?",
        "Gold sponsors: {g} x {gv_m}. Silver: {s} x {sv_m}. Banner: {ban_m}. Net sponsorship?",
        "The {age} club earns {gv_m} from each of {g} gold sponsors and {sv_m} from each of {s} silver sponsors, then pays {ban_m} for a banner. What is left?",
    ]
    def build(b, p):
        a = b.mul([(p["g"], "sponsors"), (p["gv"], "$")], "$", "gold sponsorship")
        c = b.mul([(p["s"], "sponsors"), (p["sv"], "$")], "$", "silver sponsorship")
        t = b.add([(a, "$"), (c, "$")], "$", "total sponsorship")
        return b.sub([(t, "$"), (p["ban"], "$")], "$", "amount left")
    def answer(p, v):
        return f"{money(v)} is left after the banner."


@structure("scoring_avg")
class ScoringAvg:
    def params(r):
        while True:
            xs = [r.randint(38, 92) for _ in range(4)]
            if sum(xs) % 2 == 0 or True:
                break
        return dict(p1=xs[0], p2=xs[1], p3=xs[2], p4=xs[3])
    texts = [
        "The {team} scored {p1}, {p2}, {p3} and {p4} points in their four {sport} tournament games. What was their average score per game?",
        "Over four games the {age} team put up {p1}, {p2}, {p3}, and {p4} points. Find the mean points per game.",
        "{coach} wants the team's scoring average. Game scores: {p1}, {p2}, {p3}, {p4}. What is the average?",
        "Points by game: {p1} / {p2} / {p3} / {p4}. Average points per game?",
        "A {sport} team scored {p1} points on Friday, {p2} on Saturday morning, {p3} Saturday night and {p4} on Sunday. What is its average per game?",
    ]
    def build(b, p):
        t = b.add([(p["p1"], ""), (p["p2"], ""), (p["p3"], ""), (p["p4"], "")], "points", "point total")
        return b.div([(t, "points"), (4, "games")], "points", "average points per game")
    def answer(p, v):
        return f"The average is {num(v)} points per game."


@structure("ref_season")
class RefSeason:
    def params(r):
        g = r.randint(8, 24)
        k = r.choice([2, 3])
        pay = F(r.choice([30, 35, 40, 45, 55, 60]))
        fee = F(r.choice([6, 8, 10]))
        return dict(g=g, k=k, pay=pay, fee=fee)
    texts = [
        "The {team} play {g} home games. Each game needs {k} referees paid {pay_m} each, and the assigning service charges {fee_m} per game. What do referees cost for the season?",
        "For {g} {sport} games, the league pays {k} officials {pay_m} apiece per game plus an assignor fee of {fee_m} a game. Total cost?",
        "{coach} budgets for officials: {g} games, {k} refs per game at {pay_m}, plus {fee_m} per game in booking fees. How much is that?",
        "Games: {g}. Refs per game: {k} at {pay_m}. Booking fee: {fee_m} per game. Season referee cost?",
        "Each of the {age} team's {g} home games has {k} referees earning {pay_m} and a {fee_m} scheduling fee. What is the season total?",
    ]
    def build(b, p):
        per = b.mul([(p["k"], "referees"), (p["pay"], "$")], "$", "referee pay per game")
        pg = b.add([(per, "$"), (p["fee"], "$")], "$", "cost per game")
        return b.mul([(p["g"], "games"), (pg, "$")], "$", "season cost")
    def answer(p, v):
        return f"Referees cost {money(v)} for the season."


@structure("round_up_share")
class RoundUpShare:
    def params(r):
        n = r.choice([7, 9, 11, 12, 13, 14])
        while True:
            T = F(r.randint(18, 60) * 10)
            P = F(r.randint(6, 30) * 5)
            if ((T + P) * 100) % n:
                break
        return dict(n=n, T=T, P=P)
    texts = [
        "The {team} owe {T_m} for a tournament entry and {P_m} for a team photo. The {n} players will split the total, with each share rounded up to the next whole dollar so the bill is covered. How many dollars does each player pay?",
        "A {sport} team of {n} must pay a {T_m} field bill and a {P_m} ref bill. Each player pays the same whole-dollar amount, as small as possible but enough to cover both bills. How much is that?",
        "{coach} splits a {T_m} field invoice and a {P_m} lights fee among {n} players and rounds each share up to a whole dollar. What does each player pay?",
        "Bills: {T_m} and {P_m}. Players: {n}. Each pays an equal whole-dollar amount (rounded up). Amount per player?",
        "The {age} team's {T_m} trophy order and {P_m} photo package are divided among {n} families, rounded up to the nearest dollar each. How much does each family pay?",
    ]
    def build(b, p):
        import math
        t = b.add([(p["T"], "$"), (p["P"], "$")], "$", "total bill")
        q = b.approx_div([(t, "$"), (p["n"], "players")], "$", "exact share")
        return F(math.ceil(q))
    def answer(p, v):
        return f"Each pays {money(v)}."


@structure("budget_balance")
class BudgetBalance:
    def params(r):
        bal = F(r.randint(30, 120) * 10)
        u = F(r.randint(20, 60) * 10)
        t = F(r.randint(15, 50) * 10)
        e = F(r.randint(5, 30) * 5)
        return dict(bal=bal, u=u, t=t, e=e)
    texts = [
        "The {team} account has {bal_m}. The team pays {u_m} for uniforms, {t_m} for tournament fees and {e_m} for equipment. What is the balance afterward? (A negative number means the account is overdrawn.)",
        "A {sport} team starts with {bal_m} in its budget and spends {u_m} on jerseys, {t_m} on entry fees and {e_m} on balls. What is the ending balance? Give a negative number if they overspent.",
        "{coach}'s team fund holds {bal_m}. Expenses: {u_m} uniforms, {t_m} tournaments, {e_m} equipment. Ending balance (negative if short)?",
        "Start: {bal_m}. Spend {u_m}, {t_m}, and {e_m}. Balance left (use a negative number for a shortfall)?",
        "The {age} booster fund has {bal_m}. It covers uniforms ({u_m}), a tournament ({t_m}) and equipment ({e_m}). How much is left? Answer with a negative number if the fund is short.",
    ]
    def build(b, p):
        s = b.add([(p["u"], "$"), (p["t"], "$"), (p["e"], "$")], "$", "total expenses")
        return b.sub([(p["bal"], "$"), (s, "$")], "$", "ending balance", signed=True)
    def answer(p, v):
        if v < 0:
            return f"The balance is {money(v)}, so the account is short by {money(-v)}."
        return f"The balance is {money(v)}."
