"""Problem structures for the events & fundraising genre.

Each structure is a function(rng) -> dict with
  inputs: {key: (Decimal, unit)}
  texts:  [two phrasings of the problem]
  steps:  [Step(...)]
  checks: [(op, [keys], target_key)]
  final:  key of the answer step
  answer: sentence with {v}
  ask:    unit of the final answer
"""
from decimal import Decimal as D


def fm(v):
    """money for problem text"""
    v = D(v)
    if v == v.to_integral_value():
        return "${:,}".format(int(v))
    return "${:,.2f}".format(v)


def fc(v):
    return "{:,}".format(int(v))


def fp(v):
    v = D(v)
    if v == v.to_integral_value():
        return "{}%".format(int(v))
    return "{}%".format(v.normalize())


class Step:
    def __init__(self, key, label, op, args, unit, say=None, noun=None):
        self.key, self.label, self.op, self.args, self.unit = key, label, op, args, unit
        self.say = say
        self.noun = noun


def money_choice(r, lo, hi, cents=False):
    if cents:
        return D(r.choice(range(lo * 4, hi * 4 + 1))) / 4
    return D(r.randint(lo, hi))


# ---------------------------------------------------------------- structures

def two_prices(r):
    a, c = r.randint(40, 260), r.randint(25, 180)
    p = money_choice(r, 8, 25, cents=r.random() < 0.4)
    q = D(r.randint(3, int(p) - 2)) + (D("0.50") if r.random() < 0.3 else 0)
    ev = r.choice(["spring musical", "school play", "talent show", "winter concert"])
    return dict(
        inputs={"a": (D(a), "count"), "p": (p, "money"), "c": (D(c), "count"), "q": (q, "money")},
        texts=[
            f"The {ev} sold {fc(a)} adult tickets at {fm(p)} each and {fc(c)} student tickets at {fm(q)} each. How much money did ticket sales bring in?",
            f"Tickets for our {ev} were {fm(p)} for adults and {fm(q)} for students. We sold {fc(a)} adult tickets and {fc(c)} student tickets. What was the total from ticket sales?",
        ],
        steps=[
            Step("ra", "adult ticket sales", "mul", ["a", "p"], "money", "adult tickets brought in {v}", "tickets"),
            Step("rc", "student ticket sales", "mul", ["c", "q"], "money", "student tickets brought in {v}", "tickets"),
            Step("t", "total ticket sales", "add", ["ra", "rc"], "money", "ticket sales total {v}"),
        ],
        checks=[("sub", ["t", "rc"], "ra")],
        final="t", answer="Ticket sales brought in {v}.",
    )


def three_prices_profit(r):
    a, s, e = r.randint(60, 220), r.randint(30, 150), r.randint(20, 90)
    pa = D(r.randint(12, 30)); ps = pa - r.randint(3, 6); pe = ps - r.randint(1, 3)
    venue = D(r.randint(8, 30) * 50)
    return dict(
        inputs={"a": (D(a), "count"), "pa": (pa, "money"), "s": (D(s), "count"), "ps": (ps, "money"),
                "e": (D(e), "count"), "pe": (pe, "money"), "v": (venue, "money")},
        texts=[
            f"A benefit concert charged {fm(pa)} for general admission, {fm(ps)} for students and {fm(pe)} for seniors. They sold {fc(a)} general, {fc(s)} student and {fc(e)} senior tickets. Renting the hall cost {fm(venue)}. What was the profit?",
            f"Our band boosters rented the auditorium for {fm(venue)}. At the door we sold {fc(a)} regular tickets ({fm(pa)}), {fc(s)} student tickets ({fm(ps)}) and {fc(e)} senior tickets ({fm(pe)}). How much did we clear after paying for the hall?",
        ],
        steps=[
            Step("ra", "general admission sales", "mul", ["a", "pa"], "money", "general admission brought in {v}", "tickets"),
            Step("rs", "student ticket sales", "mul", ["s", "ps"], "money", "student tickets brought in {v}", "tickets"),
            Step("re", "senior ticket sales", "mul", ["e", "pe"], "money", "senior tickets brought in {v}", "tickets"),
            Step("t", "total ticket revenue", "add", ["ra", "rs", "re"], "money", "total revenue is {v}"),
            Step("pr", "profit after the hall rental", "sub", ["t", "v"], "money", "the profit is {v}"),
        ],
        checks=[("add", ["pr", "v"], "t")],
        final="pr", answer="The concert made a profit of {v}.",
    )


def rows_empty(r):
    rows, seats = r.randint(12, 32), r.randint(14, 28)
    sold = r.randint(rows * seats // 2, rows * seats - 5)
    return dict(
        inputs={"r": (D(rows), "count"), "s": (D(seats), "count"), "n": (D(sold), "count")},
        texts=[
            f"The school auditorium has {rows} rows with {seats} seats in each row. {fc(sold)} tickets have been sold for Friday's show. How many seats are still available?",
            f"For the holiday recital the gym is set up with {rows} rows of {seats} chairs. If {fc(sold)} people have reserved a seat, how many chairs are left open?",
        ],
        steps=[
            Step("tot", "total number of seats", "mul", ["r", "s"], "count", "there are {v} seats in all", "rows"),
            Step("left", "seats still available", "sub", ["tot", "n"], "count", "{v} seats are still open"),
        ],
        checks=[("add", ["left", "n"], "tot")],
        final="left", answer="There are {v} seats still available.",
    )


def tables_linens(r):
    k = r.choice([6, 8, 10, 12])
    g = r.randint(9, 30) * k + r.choice([0, 0, r.randint(1, k - 1)])
    c = money_choice(r, 6, 18, cents=r.random() < 0.5)
    return dict(
        inputs={"g": (D(g), "count"), "k": (D(k), "count"), "c": (c, "money")},
        texts=[
            f"{fc(g)} guests have RSVP'd for the charity dinner. Each round table seats {k} people, and renting a tablecloth costs {fm(c)} per table. How much will the tablecloths cost?",
            f"We're planning the banquet for {fc(g)} guests. Tables seat {k}, and each table needs a linen rental at {fm(c)}. What's the total linen cost if we only rent the tables we need?",
        ],
        steps=[
            Step("n", "number of tables needed", "ceil", ["g", "k"], "count", "we need {v} tables", "tables"),
            Step("cost", "linen cost", "mul", ["n", "c"], "money", "the linens cost {v}", "tables"),
        ],
        checks=[],
        final="cost", answer="The tablecloths will cost {v}.",
    )


def raffle_books(r):
    p = D(r.choice([1, 2, 2, 3, 5]))
    bk = r.choice([5, 6, 10])
    bp = p * bk - r.randint(1, max(1, int(p * bk) // 3))
    x, y = r.randint(40, 250), r.randint(15, 90)
    prize = D(r.randint(4, 30) * 10)
    return dict(
        inputs={"x": (D(x), "count"), "p": (p, "money"), "y": (D(y), "count"), "bp": (bp, "money"), "z": (prize, "money")},
        texts=[
            f"Raffle tickets cost {fm(p)} each or {fm(bp)} for a book of {bk}. The PTO sold {fc(x)} single tickets and {fc(y)} books. The prizes cost {fm(prize)}. How much did the raffle raise after paying for prizes?",
            f"At the fall festival we sold {fc(x)} raffle tickets at {fm(p)} apiece plus {fc(y)} ticket books ({bk} tickets for {fm(bp)}). If the prize basket cost us {fm(prize)}, what was our net from the raffle?",
        ],
        steps=[
            Step("s1", "single ticket sales", "mul", ["x", "p"], "money", "single tickets brought in {v}", "tickets"),
            Step("s2", "book sales", "mul", ["y", "bp"], "money", "books brought in {v}", "books"),
            Step("t", "total raffle sales", "add", ["s1", "s2"], "money", "raffle sales total {v}"),
            Step("net", "net after prizes", "sub", ["t", "z"], "money", "the raffle netted {v}"),
        ],
        checks=[("add", ["net", "z"], "t")],
        final="net", answer="The raffle raised {v} after prizes.",
    )


def bake_sale(r):
    n, m, b = r.randint(40, 160), r.randint(20, 90), r.randint(15, 60)
    pn = r.choice([D("0.50"), D("0.75"), D("1"), D("1.25")])
    pm = r.choice([D("1.50"), D("2"), D("2.50"), D("3")])
    pb = r.choice([D("1"), D("1.50"), D("2")])
    cost = D(r.randint(25, 90)) + r.choice([D(0), D("0.50"), D("0.75")])
    return dict(
        inputs={"n": (D(n), "count"), "pn": (pn, "money"), "m": (D(m), "count"), "pm": (pm, "money"),
                "b": (D(b), "count"), "pb": (pb, "money"), "cost": (cost, "money")},
        texts=[
            f"At the bake sale the 4th grade sold {n} cookies at {fm(pn)} each, {m} cupcakes at {fm(pm)} each and {b} brownies at {fm(pb)} each. Ingredients cost {fm(cost)}. What was the profit?",
            f"Bake sale results are in! Cookies ({fm(pn)}): {n} sold. Cupcakes ({fm(pm)}): {m} sold. Brownies ({fm(pb)}): {b} sold. Supplies came to {fm(cost)}. How much profit did the class make?",
        ],
        steps=[
            Step("rn", "cookie sales", "mul", ["n", "pn"], "money", "cookies brought in {v}", "cookies"),
            Step("rm", "cupcake sales", "mul", ["m", "pm"], "money", "cupcakes brought in {v}", "cupcakes"),
            Step("rb", "brownie sales", "mul", ["b", "pb"], "money", "brownies brought in {v}", "brownies"),
            Step("t", "total sales", "add", ["rn", "rm", "rb"], "money", "total sales were {v}"),
            Step("pr", "profit", "sub", ["t", "cost"], "money", "the profit is {v}"),
        ],
        checks=[("add", ["pr", "cost"], "t")],
        final="pr", answer="The bake sale made a profit of {v}.",
    )


def walk_pledges(r):
    k = r.randint(3, 12)
    a = r.choice([D("0.50"), D("1"), D("1.50"), D("2"), D("2.50"), D("3"), D("5")])
    mi = r.choice([D(3), D(5), D(6), D("6.2"), D(8), D(10), D("13.1")])
    return dict(
        inputs={"k": (D(k), "count"), "a": (a, "money"), "mi": (mi, "plain")},
        texts=[
            f"Maya has {k} sponsors for the charity walk, and each one pledged {fm(a)} per mile. If she walks {mi} miles, how much money will she raise?",
            f"For the Walk for Hunger, Jordan signed up {k} sponsors who each promised {fm(a)} for every mile he walks. He finished all {mi} miles. How much did he raise?",
        ],
        steps=[
            Step("pm", "total pledged per mile", "mul", ["k", "a"], "money", "that's {v} per mile", "sponsors"),
            Step("t", "total raised", "mul", ["pm", "mi"], "money", "the total raised is {v}", "miles"),
        ],
        checks=[],
        final="t", answer="The walk raised {v}.",
    )


def matching(r):
    a, b, c = (D(r.randint(4, 60) * 25) for _ in range(3))
    rate = r.choice([D("0.50"), D("0.25"), D("0.50"), D("0.75")])
    return dict(
        inputs={"a": (a, "money"), "b": (b, "money"), "c": (c, "money"), "rate": (rate, "money")},
        texts=[
            f"Our library fundraiser took in {fm(a)} online, {fm(b)} at the door and {fm(c)} in checks. A local business matches every $1 raised with {fm(rate)}. What is the total including the match?",
            f"A sponsor has agreed to match donations at {fm(rate)} for every dollar we raise. So far we have {fm(a)} from the online page, {fm(b)} in cash and {fm(c)} in checks. How much will we have once the match comes in?",
        ],
        steps=[
            Step("s", "amount raised before the match", "add", ["a", "b", "c"], "money", "we raised {v} on our own"),
            Step("mt", "matching gift", "mul", ["s", "rate"], "money", "the match adds {v}"),
            Step("t", "total with the match", "add", ["s", "mt"], "money", "the total is {v}"),
        ],
        checks=[("sub", ["t", "s"], "mt")],
        final="t", answer="With the match, the total is {v}.",
    )


def goal_remaining(r):
    goal = D(r.randint(20, 150) * 100)
    a = D(r.randint(int(goal) // 10, int(goal) // 3))
    b = D(r.randint(int(goal) // 10, int(goal) // 4))
    c = D(r.randint(50, int(goal) // 5)) + r.choice([D(0), D("0.50"), D("0.25")])
    return dict(
        inputs={"g": (goal, "money"), "a": (a, "money"), "b": (b, "money"), "c": (c, "money")},
        texts=[
            f"The playground fund has a goal of {fm(goal)}. So far the carnival raised {fm(a)}, the read-a-thon raised {fm(b)}, and online donations total {fm(c)}. How much more is needed to reach the goal?",
            f"Update for families: we're raising {fm(goal)} for new playground equipment. The carnival brought in {fm(a)}, the read-a-thon {fm(b)}, and online gifts {fm(c)}. How much do we still need?",
        ],
        steps=[
            Step("s", "amount raised so far", "add", ["a", "b", "c"], "money", "we've raised {v}"),
            Step("rem", "amount still needed", "sub", ["g", "s"], "money", "we still need {v}"),
        ],
        checks=[("add", ["rem", "s"], "g")],
        final="rem", answer="{v} is still needed to reach the goal.",
    )


def pct_goal(r):
    goal = D(r.choice([2000, 2500, 4000, 5000, 8000, 10000, 12000, 15000, 20000]))
    frac = D(r.randint(30, 95))
    if r.random() < 0.45:
        frac = frac + D(r.randint(1, 9)) / 10
    s = (goal * frac / 100).quantize(D("1"))
    a = D(r.randint(int(s) // 4, int(s) // 2))
    b = s - a
    return dict(
        inputs={"g": (goal, "money"), "a": (a, "money"), "b": (b, "money")},
        texts=[
            f"The robotics team wants to raise {fm(goal)}. They have collected {fm(a)} from a car wash and {fm(b)} from a spaghetti dinner. What percent of their goal have they reached? (Round to the nearest tenth of a percent if needed.)",
            f"We set a goal of {fm(goal)} for the band trip. The spaghetti dinner raised {fm(a)} and the car wash raised {fm(b)}. What percentage of the goal is that? Give the answer to one decimal place if it isn't a whole number.",
        ],
        steps=[
            Step("s", "total raised", "add", ["a", "b"], "money", "they have {v}"),
            Step("pc", "percent of the goal", "pct", ["s", "g"], "pct", "that's {v} of the goal"),
        ],
        checks=[],
        final="pc", answer="They have reached {v} of their goal.",
    )


def cost_per_guest(r):
    g = r.choice([40, 50, 60, 75, 80, 100, 120, 125, 150, 200, 250])
    venue = D(r.randint(4, 40) * 25)
    food = money_choice(r, 9, 32, cents=r.random() < 0.5)
    dec = D(r.randint(6, 40) * 10)
    return dict(
        inputs={"g": (D(g), "count"), "v": (venue, "money"), "f": (food, "money"), "d": (dec, "money")},
        texts=[
            f"A gala for {g} guests costs {fm(venue)} for the venue, {fm(food)} per guest for catering, and {fm(dec)} for decorations. What is the cost per guest? (Round to the nearest cent if needed.)",
            f"I'm budgeting the alumni dinner: venue {fm(venue)}, food {fm(food)} a head, decorations {fm(dec)}, and we expect {g} guests. What does it work out to per guest, to the nearest cent?",
        ],
        steps=[
            Step("fo", "total food cost", "mul", ["g", "f"], "money", "food comes to {v}", "guests"),
            Step("t", "total cost", "add", ["v", "fo", "d"], "money", "everything costs {v}"),
            Step("pg", "cost per guest", "div", ["t", "g"], "money", "the cost is {v} per guest", "guests"),
        ],
        checks=[],
        final="pg", answer="The event costs {v} per guest.",
    )


def profit_dinner(r):
    n = r.randint(60, 240)
    p = D(r.randint(15, 45))
    f = money_choice(r, 8, 22, cents=r.random() < 0.4)
    v = D(r.randint(4, 30) * 50)
    d = D(r.randint(5, 40) * 10)
    if r.random() < 0.25:  # make a loss sometimes
        p = f + D(r.randint(1, 4))
        v = D(((n * (p - f) + 200) // 50 + 2) * 50)
    return dict(
        inputs={"n": (D(n), "count"), "p": (p, "money"), "f": (f, "money"), "v": (v, "money"), "d": (d, "money")},
        texts=[
            f"The booster club's spaghetti dinner sold {n} tickets at {fm(p)} each. Food cost {fm(f)} per person, the hall rental was {fm(v)}, and decorations were {fm(d)}. What was the profit? (Give a loss as a negative number.)",
            f"Quick budget check for our fundraiser dinner: {n} guests paid {fm(p)} each. Our costs were {fm(f)} per guest for food, {fm(v)} for the venue and {fm(d)} for decorations. Did we make money, and how much? (Use a negative number for a loss.)",
        ],
        steps=[
            Step("rev", "ticket revenue", "mul", ["n", "p"], "money", "tickets brought in {v}", "tickets"),
            Step("fo", "food cost", "mul", ["n", "f"], "money", "food cost {v}", "guests"),
            Step("ex", "total expenses", "add", ["fo", "v", "d"], "money", "expenses total {v}"),
            Step("pr", "profit", "sub", ["rev", "ex"], "money", "the profit is {v}"),
        ],
        checks=[("add", ["pr", "ex"], "rev")],
        final="pr", answer="The profit is {v}.",
    )


def break_even(r):
    n = r.choice([40, 50, 60, 80, 100, 120, 150, 200])
    per = D(r.randint(8, 30))
    v = D(r.randint(4, 30) * 50)
    d = D(r.randint(3, 20) * 20)
    return dict(
        inputs={"n": (D(n), "count"), "v": (v, "money"), "per": (per, "money"), "d": (d, "money")},
        texts=[
            f"We expect {n} people at the fundraiser. The venue costs {fm(v)}, catering is {fm(per)} per person, and decorations cost {fm(d)}. What ticket price would exactly cover our costs? (Round to the nearest cent.)",
            f"To break even on the dance, ticket sales must cover a {fm(v)} venue, {fm(d)} in decorations and {fm(per)} per attendee for snacks. With {n} attendees, what is the break-even ticket price, to the nearest cent?",
        ],
        steps=[
            Step("c", "catering cost", "mul", ["n", "per"], "money", "catering costs {v}", "people"),
            Step("t", "total cost", "add", ["v", "c", "d"], "money", "the total cost is {v}"),
            Step("pp", "break-even price per ticket", "div", ["t", "n"], "money", "each ticket must be {v}", "people"),
        ],
        checks=[],
        final="pp", answer="The break-even ticket price is {v}.",
    )


def team_walk_goal(r):
    w = r.randint(4, 15)
    a = r.choice([D(2), D("2.50"), D(3), D(4), D(5), D("7.50"), D(10)])
    m = r.choice([3, 4, 5, 6, 10])
    goal = D(r.randint(int(w * a * m) // 100 + 2, int(w * a * m) // 100 + 25) * 100)
    return dict(
        inputs={"w": (D(w), "count"), "a": (a, "money"), "m": (D(m), "plain"), "g": (goal, "money")},
        texts=[
            f"A team of {w} walkers each raised an average of {fm(a)} per mile on a {m}-mile charity walk. Their team goal was {fm(goal)}. How much more do they need to reach it?",
            f"Our walk team has {w} members. Each member collects {fm(a)} in pledges for every mile, and the route is {m} miles long. If our goal is {fm(goal)}, how much short will we be?",
        ],
        steps=[
            Step("per", "amount per walker", "mul", ["a", "m"], "money", "each walker raises {v}", "miles"),
            Step("t", "team total", "mul", ["w", "per"], "money", "the team raises {v}", "walkers"),
            Step("rem", "amount still needed", "sub", ["g", "t"], "money", "they still need {v}"),
        ],
        checks=[("add", ["rem", "t"], "g")],
        final="rem", answer="They still need {v} to reach the goal.",
    )


def auction_fee(r):
    bids = [D(r.randint(3, 60) * 5) for _ in range(4)]
    fee = r.choice([D(5), D(8), D(10), D(12), D(15), D(20)])
    return dict(
        inputs={"b1": (bids[0], "money"), "b2": (bids[1], "money"), "b3": (bids[2], "money"), "b4": (bids[3], "money"),
                "fee": (fee, "pct")},
        texts=[
            f"At the silent auction, the four items sold for {fm(bids[0])}, {fm(bids[1])}, {fm(bids[2])} and {fm(bids[3])}. The online bidding platform keeps {fp(fee)} of the total. How much does the school receive?",
            f"Our silent auction closed with winning bids of {fm(bids[0])}, {fm(bids[1])}, {fm(bids[2])} and {fm(bids[3])}. If the auction service takes a {fp(fee)} fee, what is left for the PTA?",
        ],
        steps=[
            Step("t", "total of the winning bids", "add", ["b1", "b2", "b3", "b4"], "money", "the bids total {v}"),
            Step("f", "platform fee", "pctof", ["fee", "t"], "money", "the fee is {v}"),
            Step("net", "amount the school keeps", "sub", ["t", "f"], "money", "the school keeps {v}"),
        ],
        checks=[("add", ["net", "f"], "t")],
        final="net", answer="The school receives {v}.",
    )


def car_wash_split(r):
    k = r.choice([2, 3, 4, 5])
    p = r.choice([D(5), D(8), D(10), D(12)])
    n = r.randint(30, 140)
    tips = D(r.randint(20, 150))
    while (n * p + tips) % k:
        tips += 1
    return dict(
        inputs={"n": (D(n), "count"), "p": (p, "money"), "tips": (tips, "money"), "k": (D(k), "count")},
        texts=[
            f"The scouts washed {n} cars at {fm(p)} each and collected {fm(tips)} in tips. They split the money equally among {k} troops. How much does each troop get?",
            f"Saturday's car wash: {n} cars at {fm(p)} a car, plus {fm(tips)} in the tip jar. The money is shared equally by {k} clubs. What is each club's share?",
        ],
        steps=[
            Step("w", "money from washes", "mul", ["n", "p"], "money", "washes brought in {v}", "cars"),
            Step("t", "total collected", "add", ["w", "tips"], "money", "the total is {v}"),
            Step("each", "each share", "div", ["t", "k"], "money", "each share is {v}", "clubs"),
        ],
        checks=[("mul", ["each", "k"], "t")],
        final="each", answer="Each group gets {v}.",
    )


def early_bird(r):
    p = D(r.randint(4, 16) * 5)
    d = r.choice([D(10), D(15), D(20), D(25), D(30)])
    e, n = r.randint(20, 120), r.randint(40, 200)
    return dict(
        inputs={"p": (p, "money"), "d": (d, "pct"), "e": (D(e), "count"), "n": (D(n), "count")},
        texts=[
            f"Gala tickets are {fm(p)}, but early-bird buyers get {fp(d)} off. {e} people bought early-bird tickets and {n} paid full price. How much was collected in ticket sales?",
            f"We offered a {fp(d)} early-bird discount on our {fm(p)} fundraiser tickets. {e} tickets sold at the early-bird price and {n} at the regular price. What was the total ticket revenue?",
        ],
        steps=[
            Step("off", "early-bird discount", "pctof", ["d", "p"], "money", "the discount is {v}"),
            Step("ep", "early-bird price", "sub", ["p", "off"], "money", "early-bird tickets cost {v}"),
            Step("r1", "early-bird sales", "mul", ["e", "ep"], "money", "early-bird tickets brought in {v}", "tickets"),
            Step("r2", "full-price sales", "mul", ["n", "p"], "money", "full-price tickets brought in {v}", "tickets"),
            Step("t", "total ticket revenue", "add", ["r1", "r2"], "money", "ticket revenue is {v}"),
        ],
        checks=[],
        final="t", answer="Ticket sales brought in {v}.",
    )


def laps_pledge(r):
    laps = r.randint(12, 40)
    per = r.choice([D("0.25"), D("0.50"), D("0.75"), D(1), D("1.50"), D(2)])
    flat = D(r.randint(2, 10) * 5)
    return dict(
        inputs={"laps": (D(laps), "count"), "per": (per, "money"), "flat": (flat, "money")},
        texts=[
            f"In the school fun run, Eli's grandma pledged {fm(per)} per lap, and his uncle gave a flat donation of {fm(flat)}. Eli ran {laps} laps. How much did Eli raise?",
            f"Fun run pledges: one sponsor is paying {fm(per)} for each lap and another is giving {fm(flat)} no matter what. If my daughter runs {laps} laps, how much will she bring in?",
        ],
        steps=[
            Step("lp", "lap pledges", "mul", ["laps", "per"], "money", "the lap pledge comes to {v}", "laps"),
            Step("t", "total raised", "add", ["lp", "flat"], "money", "the total is {v}"),
        ],
        checks=[("sub", ["t", "flat"], "lp")],
        final="t", answer="The total raised is {v}.",
    )


def gala_tables(r):
    tsz = r.choice([8, 10])
    tp = D(r.randint(6, 20) * 100)
    nt = r.randint(5, 25)
    s = r.randint(10, 70)
    sp = D(r.randint(8, 25) * 10)
    c = money_choice(r, 35, 80, cents=r.random() < 0.3)
    return dict(
        inputs={"nt": (D(nt), "count"), "tp": (tp, "money"), "tsz": (D(tsz), "count"), "s": (D(s), "count"),
                "sp": (sp, "money"), "c": (c, "money")},
        texts=[
            f"For the hospital gala, {nt} sponsors each bought a table of {tsz} for {fm(tp)}, and {s} individual seats were sold at {fm(sp)} each. Catering costs {fm(c)} per guest. How much is left after catering?",
            f"Gala numbers: {nt} full tables ({tsz} seats each) sold at {fm(tp)} per table, plus {s} single seats at {fm(sp)}. The caterer charges {fm(c)} per guest. What do we net after the caterer is paid?",
        ],
        steps=[
            Step("rt", "table sales", "mul", ["nt", "tp"], "money", "tables brought in {v}", "tables"),
            Step("ri", "individual seat sales", "mul", ["s", "sp"], "money", "single seats brought in {v}", "seats"),
            Step("inc", "total income", "add", ["rt", "ri"], "money", "income is {v}"),
            Step("gt", "guests at tables", "mul", ["nt", "tsz"], "count", "{v} guests sit at sponsor tables", "tables"),
            Step("g", "total guests", "add", ["gt", "s"], "count", "there are {v} guests"),
            Step("cc", "catering cost", "mul", ["g", "c"], "money", "catering costs {v}", "guests"),
            Step("net", "net after catering", "sub", ["inc", "cc"], "money", "the net is {v}"),
        ],
        checks=[("add", ["net", "cc"], "inc")],
        final="net", answer="The gala nets {v} after catering.",
    )


def pct_increase(r):
    last = D(r.randint(20, 120) * 50)
    inc = r.choice([D(4), D(5), D(8), D(10), D(12), D(15), D(20), D(25), D(30), D(40)])
    if r.random() < 0.4:
        inc = inc + D(r.choice([1, 2, 3, 4, 6, 7, 8, 9])) / 10
    this = (last * (100 + inc) / 100).quantize(D("1"))
    return dict(
        inputs={"last": (last, "money"), "this": (this, "money")},
        texts=[
            f"Last year's fall festival raised {fm(last)}. This year it raised {fm(this)}. By what percent did the amount raised increase? (Round to the nearest tenth of a percent if needed.)",
            f"For the newsletter: our annual fund drive brought in {fm(this)} this year compared with {fm(last)} last year. What's the percent increase? Round to one decimal place if necessary.",
        ],
        steps=[
            Step("d", "increase", "sub", ["this", "last"], "money", "the increase is {v}"),
            Step("pc", "percent increase", "pct", ["d", "last"], "pct", "that's a {v} increase"),
        ],
        checks=[],
        final="pc", answer="The amount raised increased by {v}.",
    )


def employer_match(r):
    emp = r.randint(8, 40)
    avg = D(r.randint(5, 40) * 5)
    ratio = r.choice([D(2), D(1), D("1.5"), D(3)])
    return dict(
        inputs={"emp": (D(emp), "count"), "avg": (avg, "money"), "ratio": (ratio, "plain")},
        texts=[
            f"{emp} employees each donated {fm(avg)} to the food bank drive. Their company matches every $1 with {fm(ratio)}. How much does the food bank receive in total?",
            f"At our office giving campaign, {emp} coworkers gave {fm(avg)} apiece, and the company adds {fm(ratio)} for every dollar donated. What's the grand total for the charity?",
        ],
        steps=[
            Step("s", "employee donations", "mul", ["emp", "avg"], "money", "employees gave {v}", "employees"),
            Step("m", "company match", "mul", ["s", "ratio"], "money", "the company adds {v}"),
            Step("t", "total to the food bank", "add", ["s", "m"], "money", "the total is {v}"),
        ],
        checks=[("sub", ["t", "m"], "s")],
        final="t", answer="The charity receives {v} in total.",
    )


def concessions(r):
    h, dr = r.randint(60, 300), r.randint(80, 350)
    ph, ch = r.choice([D(2), D("2.50"), D(3)]), r.choice([D("0.80"), D("0.90"), D("1.10"), D("1.25")])
    pd, cd = r.choice([D(1), D("1.50"), D(2)]), r.choice([D("0.35"), D("0.40"), D("0.45"), D("0.60")])
    return dict(
        inputs={"h": (D(h), "count"), "ph": (ph, "money"), "ch": (ch, "money"), "dr": (D(dr), "count"),
                "pd": (pd, "money"), "cd": (cd, "money")},
        texts=[
            f"At the homecoming game the concession stand sold {h} hot dogs for {fm(ph)} each (they cost {fm(ch)} each to buy) and {dr} drinks for {fm(pd)} each (cost {fm(cd)} each). What was the total profit?",
            f"Concession stand report: hot dogs sell for {fm(ph)} and cost us {fm(ch)}; drinks sell for {fm(pd)} and cost us {fm(cd)}. We sold {h} hot dogs and {dr} drinks. How much profit did the stand make?",
        ],
        steps=[
            Step("mh", "profit per hot dog", "sub", ["ph", "ch"], "money", "each hot dog makes {v}"),
            Step("ph2", "hot dog profit", "mul", ["h", "mh"], "money", "hot dogs made {v}", "hot dogs"),
            Step("md", "profit per drink", "sub", ["pd", "cd"], "money", "each drink makes {v}"),
            Step("pd2", "drink profit", "mul", ["dr", "md"], "money", "drinks made {v}", "drinks"),
            Step("t", "total profit", "add", ["ph2", "pd2"], "money", "the stand made {v}"),
        ],
        checks=[],
        final="t", answer="The concession stand made {v} in profit.",
    )


def fun_run_net(r):
    n = r.randint(80, 400)
    fee = r.choice([D(15), D(20), D(25), D(30), D(35)])
    sh = money_choice(r, 5, 12, cents=r.random() < 0.5)
    sp = D(r.randint(2, 20) * 100)
    return dict(
        inputs={"n": (D(n), "count"), "fee": (fee, "money"), "sh": (sh, "money"), "sp": (sp, "money")},
        texts=[
            f"{n} runners registered for the 5K at {fm(fee)} each. Every runner gets a T-shirt that costs {fm(sh)}, and a local bank sponsored the race with {fm(sp)}. How much did the race raise?",
            f"Our 5K had {n} registrations at {fm(fee)}. Shirts cost us {fm(sh)} per runner, and we got a {fm(sp)} sponsorship. What's the net amount raised?",
        ],
        steps=[
            Step("reg", "registration money", "mul", ["n", "fee"], "money", "registrations brought in {v}", "runners"),
            Step("shc", "T-shirt cost", "mul", ["n", "sh"], "money", "shirts cost {v}", "runners"),
            Step("net", "net raised", "sub", ["reg", "shc"], "money", "registrations net {v}"),
            Step("t", "total including the sponsor", "add", ["net", "sp"], "money", "the total is {v}"),
        ],
        checks=[],
        final="t", answer="The race raised {v}.",
    )


def raffle_tickets_needed(r):
    p = r.choice([D(2), D(5), D(10), D(20), D(25)])
    goal = D(r.randint(10, 80) * 100)
    sold = r.randint(10, int(goal / p) - 10)
    return dict(
        inputs={"p": (p, "money"), "g": (goal, "money"), "sold": (D(sold), "count")},
        texts=[
            f"The drama club is selling raffle tickets for {fm(p)} each. Their goal is {fm(goal)}, and they've sold {sold} tickets so far. How many more tickets do they need to sell to reach the goal?",
            f"Raffle tickets are {fm(p)} apiece and we want to raise {fm(goal)}. We've already sold {sold}. How many more tickets do we have to sell?",
        ],
        steps=[
            Step("so", "money raised so far", "mul", ["sold", "p"], "money", "they have raised {v}", "tickets"),
            Step("rem", "amount still needed", "sub", ["g", "so"], "money", "they still need {v}"),
            Step("n", "tickets still needed", "ceil", ["rem", "p"], "count", "they need {v} more tickets", "tickets"),
        ],
        checks=[],
        final="n", answer="They need to sell {v} more tickets.",
    )


def weeks_to_goal(r):
    goal = D(r.randint(20, 120) * 100)
    have = D(r.randint(int(goal) // 10, int(goal) // 2))
    wk = D(r.randint(8, 60) * 10)
    return dict(
        inputs={"g": (goal, "money"), "have": (have, "money"), "wk": (wk, "money")},
        texts=[
            f"The animal shelter needs {fm(goal)} for a new van. It has {fm(have)} so far and raises about {fm(wk)} a week from donations. How many more weeks until it reaches the goal?",
            f"Our class trip costs {fm(goal)}. We've saved {fm(have)}, and weekly fundraisers bring in {fm(wk)}. How many more weeks of fundraising will it take to have enough?",
        ],
        steps=[
            Step("rem", "amount still needed", "sub", ["g", "have"], "money", "{v} is still needed"),
            Step("w", "weeks needed", "ceil", ["rem", "wk"], "count", "it takes {v} weeks", "weeks"),
        ],
        checks=[],
        final="w", answer="It will take {v} more weeks.",
    )


def auditorium_sections(r):
    a, x = r.randint(5, 12), r.randint(16, 30)
    b, y = r.randint(6, 15), r.randint(20, 34)
    p = money_choice(r, 8, 25, cents=r.random() < 0.3)
    return dict(
        inputs={"a": (D(a), "count"), "x": (D(x), "count"), "b": (D(b), "count"), "y": (D(y), "count"), "p": (p, "money")},
        texts=[
            f"The theater has {a} front rows with {x} seats each and {b} back rows with {y} seats each. If every seat sells at {fm(p)}, how much will the benefit show raise?",
            f"For the benefit performance, the front section has {a} rows of {x} seats and the balcony has {b} rows of {y} seats. Tickets are {fm(p)}. What's the revenue from a sellout?",
        ],
        steps=[
            Step("f", "seats in the front section", "mul", ["a", "x"], "count", "the front has {v} seats", "rows"),
            Step("bk", "seats in the back section", "mul", ["b", "y"], "count", "the back has {v} seats", "rows"),
            Step("t", "total seats", "add", ["f", "bk"], "count", "there are {v} seats"),
            Step("rev", "revenue from a sellout", "mul", ["t", "p"], "money", "a sellout brings in {v}", "seats"),
        ],
        checks=[],
        final="rev", answer="A sellout would raise {v}.",
    )


def split_proceeds(r):
    prof = D(r.randint(10, 200) * 20)
    pct = r.choice([D(40), D(55), D(60), D(65), D(70), D(75), D(80)])
    return dict(
        inputs={"prof": (prof, "money"), "pct": (pct, "pct")},
        texts=[
            f"The trivia night made {fm(prof)} in profit. {fp(pct)} goes to the children's hospital and the rest goes to the school library. How much does the library get?",
            f"We're splitting the {fm(prof)} raised at trivia night: {fp(pct)} to the hospital, the remainder to the library. What is the library's share?",
        ],
        steps=[
            Step("h", "hospital share", "pctof", ["pct", "prof"], "money", "the hospital gets {v}"),
            Step("l", "library share", "sub", ["prof", "h"], "money", "the library gets {v}"),
        ],
        checks=[("add", ["h", "l"], "prof")],
        final="l", answer="The library gets {v}.",
    )


def dozens_bake(r):
    dz = r.randint(6, 30)
    p = r.choice([D("0.50"), D("0.75"), D(1), D("1.25"), D("1.50")])
    un = r.randint(3, 20)
    return dict(
        inputs={"dz": (D(dz), "count"), "twelve": (D(12), "count"), "un": (D(un), "count"), "p": (p, "money")},
        texts=[
            f"Parents baked {dz} dozen cookies for the bake sale. Cookies sold for {fm(p)} each, and {un} cookies were left at the end. How much money did the cookies bring in?",
            f"We had {dz} dozen cookies donated. We priced them at {fm(p)} each and only {un} didn't sell. How much did we make on cookies?",
        ],
        steps=[
            Step("c", "total cookies", "mul", ["dz", "twelve"], "count", "there were {v} cookies", "dozen"),
            Step("s", "cookies sold", "sub", ["c", "un"], "count", "{v} cookies sold"),
            Step("m", "cookie money", "mul", ["s", "p"], "money", "cookies brought in {v}", "cookies"),
        ],
        checks=[],
        final="m", answer="The cookies brought in {v}.",
    )


STRUCTS = [
    ("two_prices", two_prices), ("three_prices_profit", three_prices_profit), ("rows_empty", rows_empty),
    ("tables_linens", tables_linens), ("raffle_books", raffle_books), ("bake_sale", bake_sale),
    ("walk_pledges", walk_pledges), ("matching", matching), ("goal_remaining", goal_remaining),
    ("pct_goal", pct_goal), ("cost_per_guest", cost_per_guest), ("profit_dinner", profit_dinner),
    ("break_even", break_even), ("team_walk_goal", team_walk_goal), ("auction_fee", auction_fee),
    ("car_wash_split", car_wash_split), ("early_bird", early_bird), ("laps_pledge", laps_pledge),
    ("gala_tables", gala_tables), ("pct_increase", pct_increase), ("employer_match", employer_match),
    ("concessions", concessions), ("fun_run_net", fun_run_net), ("raffle_tickets_needed", raffle_tickets_needed),
    ("weeks_to_goal", weeks_to_goal), ("auditorium_sections", auditorium_sections),
    ("split_proceeds", split_proceeds), ("dozens_bake", dozens_bake),
]
