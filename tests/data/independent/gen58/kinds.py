"""Problem kinds: templates (phrasings), number sampling and the engine call."""
from fractions import Fraction as Fr
from core import Val, money, deg, dec_str, group
import engines as E

NAMES = [("Mia", "f"), ("Liam", "m"), ("Ava", "f"), ("Noah", "m"), ("Sofia", "f"), ("Ethan", "m"),
         ("Priya", "f"), ("Carlos", "m"), ("Hannah", "f"), ("Omar", "m"), ("Grace", "f"), ("Lucas", "m"),
         ("Zoe", "f"), ("Daniel", "m"), ("Aisha", "f"), ("Ben", "m"), ("Lena", "f"), ("Jamal", "m"),
         ("Chloe", "f"), ("Mateo", "m")]


def people(rng, p):
    ns = rng.sample(NAMES, 3)
    (n1, g1), (n2, _), (n3, _) = ns
    p.update(name=n1, name2=n2, name3=n3)
    if g1 == "f":
        p.update(she="she", She="She", her="her", Her="Her", hers="her")
    else:
        p.update(she="he", She="He", her="his", Her="His", hers="him")


def qf(x):
    if isinstance(x, str):
        return x
    if isinstance(x, Val):
        s = dec_str(abs(x.v))
        ip, _, fp = s.partition(".")
        if x.unit == "$" and fp and len(fp) == 1:
            fp += "0"
        s = group(ip, ",") + ("." + fp if fp else "")
        if x.unit == "$":
            return "$" + s
        if x.unit == "°":
            return s + "°"
        return s
    x = Fr(x)
    s = dec_str(abs(x))
    ip, _, fp = s.partition(".")
    s = group(ip, ",") if len(ip) > 4 or (len(ip) == 4 and not fp) else ip
    s = s + ("." + fp if fp else "")
    return ("-" if x < 0 else "") + s


def fill(q, p):
    import re
    return re.sub(r"\{(\w+)\}", lambda m: qf(p[m.group(1)]), q)


def strings(p):
    return {k: v for k, v in p.items() if isinstance(v, str)}


WORD = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times"}
FRACW = {2: "half", 3: "one third", 4: "one quarter", 5: "one fifth", 6: "one sixth"}


def M(x):
    return money(x)


# =========================================================== lin_plus  a*x + b = c
LIN_PLUS = [
    dict(q="When a number is multiplied by {a} and then {b} is added, the result is {c}. What is the number?",
         v="x", define="Let `{v}` be the number.", lead="Multiplying the number by {a} and adding {bb} gives {cc}",
         ans="The number is {ANS}."),
    dict(q="{b} more than {a} times a number is {c}. Find the number.",
         v="n", define="Let `{v}` be the unknown number.", lead="{bb} more than {a} times the number is {cc}",
         ans="The number is {ANS}."),
    dict(q="{name} thinks of a number. {She} multiplies it by {a} and then adds {b}. The result is {c}. What number did {she} start with?",
         v="x", define="Let `{v}` be the number {name} started with.", lead="Multiplying by {a} and then adding {bb} gives {cc}",
         ans="{name} started with {ANS}."),
    dict(q="If you multiply a number by {a} and add {b}, you get {c}. What is the number?",
         v="x", define="Call the number `{v}`.", lead="The problem says", ans="The number is {ANS}."),
    dict(q="{name} bought {a} identical notebooks and a pen that cost {b}. {She} spent {c} in total. How much did one notebook cost?",
         v="p", money=True, xunit="$", define="Let `{v}` be the price of one notebook in dollars.",
         lead="{a} notebooks plus the {bb} pen cost {cc}", ans="One notebook cost {ANS}."),
    dict(q="{name} has {c} stickers. {She} puts the same number of stickers on each of {a} pages and has {b} stickers left over. How many stickers are on each page?",
         v="s", define="Let `{v}` be the number of stickers on each page.",
         lead="The stickers on {a} pages plus the {bb} left over make {cc}", ans="There are {ANS} stickers on each page."),
    dict(q="A crate that weighs {b} kg is filled with {a} identical boxes. The crate and the boxes weigh {c} kg altogether. How much does each box weigh, in kilograms?",
         v="w", define="Let `{v}` be the weight of one box in kg.", lead="The boxes plus the crate weigh {cc} kg",
         ans="Each box weighs {ANS} kg."),
    dict(q="The sum of {a} times a number and {b} is {c}. What is the number?",
         v="y", define="Let the number be `{v}`.", lead="{a} times the number plus {bb} equals {cc}",
         ans="The number is {ANS}."),
]


def setup_lin_plus(T, rng):
    p = {}
    people(rng, p)
    a = rng.randint(2, 9)
    if T.get("money"):
        x = Fr(rng.randint(2, 12)) + rng.choice([0, 0, Fr(1, 2), Fr(1, 4), Fr(3, 4)])
        b = M(Fr(rng.randint(1, 6)) + rng.choice([0, Fr(1, 2), Fr(1, 4)]))
        p.update(a=a, b=b, c=M(a * x + b.v), x=x)
    else:
        x = rng.randint(3, 45 if a < 6 else 25)
        b = rng.randint(2, 35)
        p.update(a=a, b=b, c=a * x + b, x=x)
    return p


def solve_lin_plus(b, p, T):
    b.set(**strings(p))
    return E.eng_lin(b, dict(v=T["v"], define=T["define"], lead=T["lead"], a=p["a"], bb=p["b"], cc=p["c"],
                             sign="+", xunit=T.get("xunit"), ans=T["ans"],
                             given=[("Multiplier", "{a}"), ("Added", "{bb}"), ("Total", "{cc}")]))


# =========================================================== lin_minus  a*x - b = c
LIN_MINUS = [
    dict(q="When {b} is subtracted from {a} times a number, the result is {c}. What is the number?",
         v="x", define="Let `{v}` be the number.", lead="{a} times the number minus {bb} is {cc}", ans="The number is {ANS}."),
    dict(q="{b} less than {a} times a number is {c}. Find the number.",
         v="n", define="Let `{v}` represent the number.", lead="{bb} less than {a} times the number is {cc}",
         ans="The number is {ANS}."),
    dict(q="I'm thinking of a number. If I multiply it by {a} and then subtract {b}, I get {c}. What's my number?",
         v="x", define="Let `{v}` be your number.", lead="Multiplying by {a} and subtracting {bb} gives {cc}",
         ans="Your number is {ANS}."),
    dict(q="{name} bought {a} packs of pencils. After giving {b} pencils to {her} classmates, {she} has {c} pencils left. How many pencils are in each pack?",
         v="p", define="Let `{v}` be the number of pencils in each pack.", lead="{a} packs minus the {bb} pencils given away leaves {cc}",
         ans="Each pack has {ANS} pencils."),
    dict(q="{name} worked for {a} days and earned the same amount each day. After spending {b} on a jacket, {she} had {c} of {her} earnings left. How much did {she} earn per day?",
         v="d", money=True, xunit="$", define="Let `{v}` be the amount {name} earned per day, in dollars.",
         lead="{a} days of pay minus the {bb} jacket leaves {cc}", ans="{name} earned {ANS} per day."),
    dict(q="A number is multiplied by {a}, and then {b} is subtracted. The answer is {c}. Find the number.",
         v="y", define="Let the number be `{v}`.", lead="This gives", ans="The number is {ANS}."),
    dict(q="{name} baked {a} trays of cookies with the same number of cookies on each tray. {She} gave away {b} cookies and has {c} left. How many cookies were on each tray?",
         v="c", define="Let `{v}` be the number of cookies on each tray.", lead="{a} trays minus the {bb} given away leaves {cc}",
         ans="There were {ANS} cookies on each tray."),
    dict(q="Subtracting {b} from {a} times a number gives {c}. What is the number?",
         v="m", define="Let `{v}` be the number.", lead="{a} times the number minus {bb} equals {cc}",
         ans="The number is {ANS}."),
]


def setup_lin_minus(T, rng):
    p = {}
    people(rng, p)
    a = rng.randint(2, 9)
    while True:
        if T.get("money"):
            x = Fr(rng.randint(30, 120)) + rng.choice([0, 0, Fr(1, 2)])
            b = M(rng.randint(20, 90))
            c = a * x - b.v
            if c > 10:
                p.update(a=a, b=b, c=M(c), x=x)
                return p
        else:
            x = rng.randint(4, 40)
            b = rng.randint(2, 40)
            if a * x - b > 3:
                p.update(a=a, b=b, c=a * x - b, x=x)
                return p


def solve_lin_minus(b, p, T):
    b.set(**strings(p))
    return E.eng_lin(b, dict(v=T["v"], define=T["define"], lead=T["lead"], a=p["a"], bb=p["b"], cc=p["c"],
                             sign="-", xunit=T.get("xunit"), ans=T["ans"],
                             given=[("Multiplier", "{a}"), ("Subtracted", "{bb}"), ("Result", "{cc}")]))


# =========================================================== frac_eq  x/k +- b = c
FRAC_EQ = [
    dict(q="Half of a number plus {b} is {c}. What is the number?", k=2, sign="+", v="x",
         define="Let `{v}` be the number.", lead="Half of the number plus {bb} is {cc}", ans="The number is {ANS}."),
    dict(q="One third of a number, decreased by {b}, equals {c}. Find the number.", k=3, sign="-", v="n",
         define="Let `{v}` be the number.", lead="One third of the number minus {bb} equals {cc}", ans="The number is {ANS}."),
    dict(q="A number is divided by {k}, and then {b} is added. The result is {c}. What is the number?", sign="+", v="x",
         define="Let the number be `{v}`.", lead="Dividing by {a} and adding {bb} gives {cc}", ans="The number is {ANS}."),
    dict(q="If you divide a number by {k} and subtract {b}, the result is {c}. Find the number.", sign="-", v="y",
         define="Let `{v}` be the number.", lead="Dividing by {a} and then subtracting {bb} gives {cc}", ans="The number is {ANS}."),
    dict(q="{name} spent one quarter of {her} savings on a bike helmet, and the helmet plus a {b} lock came to {c}. How much were {her} savings?",
         k=4, sign="+", v="s", money=True, xunit="$", define="Let `{v}` be {name}'s savings in dollars.",
         lead="A quarter of the savings plus the {bb} lock is {cc}", ans="{name}'s savings were {ANS}."),
    dict(q="A bag of marbles is shared equally among {k} children. Then each child is given {b} more marbles, so each child has {c} marbles. How many marbles were in the bag?",
         sign="+", v="m", define="Let `{v}` be the number of marbles in the bag.",
         lead="Each child's share, `{v}//{a}`, plus {bb} more is {cc}", ans="There were {ANS} marbles in the bag."),
    dict(q="A rope is cut into {k} equal pieces. When {b} cm is trimmed off one piece, that piece is {c} cm long. How long was the rope?",
         sign="-", v="L", define="Let `{v}` be the length of the rope in cm.",
         lead="One piece is `{v}//{a}` cm, and trimming {bb} cm leaves {cc} cm", ans="The rope was {ANS} cm long."),
    dict(q="One fifth of a number minus {b} is {c}. Find the number.", k=5, sign="-", v="x",
         define="Let `{v}` be the number.", lead="One fifth of the number minus {bb} is {cc}", ans="The number is {ANS}."),
]


def setup_frac(T, rng):
    p = {}
    people(rng, p)
    k = T.get("k") or rng.choice([2, 3, 4, 5, 6, 8])
    while True:
        q = rng.randint(3, 30)
        bb = rng.randint(2, 20)
        c = q + bb if T["sign"] == "+" else q - bb
        if c > 1:
            break
    if T.get("money"):
        p.update(k=k, b=M(bb), c=M(c), x=q * k)
    else:
        p.update(k=k, b=bb, c=c, x=q * k)
    return p


def solve_frac(b, p, T):
    b.set(**strings(p))
    return E.eng_lin(b, dict(v=T["v"], define=T["define"], lead=T["lead"], a=p["k"], bb=p["b"], cc=p["c"],
                             sign=T["sign"], frac=True, xunit=T.get("xunit"), ans=T["ans"]))


# =========================================================== fixed_rate  f + r*n = C
FIXED_RATE = [
    dict(rates=[2, Fr(9, 4), Fr(5, 2), Fr(11, 4), 3, Fr(7, 2)], fees=[3, Fr(7, 2), 4, Fr(9, 2), 5],
         q="A taxi charges a {f} pickup fee plus {r} per mile. {name}'s ride cost {C}. How many miles long was the ride?",
         v="m", define="Let `{v}` be the number of miles.", lead="The fee plus the mileage charge is {cc}",
         ans="The ride was {ANS} miles long."),
    dict(rates=[45, 60, 65, 75, 80, 90], fees=[50, 60, 75, 85, 95],
         q="A plumber charges {f} for a house call plus {r} per hour of work. The bill came to {C}. How many hours did the plumber work?",
         v="h", define="Let `{v}` be the number of hours worked.", lead="The call-out fee plus the hourly charge equals {cc}",
         ans="The plumber worked {ANS} hours."),
    dict(rates=[20, 25, 30, 35, 40, 45], fees=[25, 39, 49, 50, 75, 99],
         q="A gym charges a one-time sign-up fee of {f} plus {r} per month. {name} has paid {C} in total so far. For how many months has {she} been a member?",
         v="m", define="Let `{v}` be the number of months.", lead="Sign-up fee plus monthly charges total {cc}",
         ans="{name} has been a member for {ANS} months."),
    dict(rates=[4, Fr(9, 2), 5, Fr(11, 2), 6], fees=[3, Fr(7, 2), 4, 5],
         q="At a bowling alley, shoe rental is {f} and each game costs {r}. {name} spent {C} in all. How many games did {she} bowl?",
         v="g", define="Let `{v}` be the number of games.", lead="Shoes plus games cost {cc}",
         ans="{name} bowled {ANS} games."),
    dict(rates=[5, 8, 10, 12, 15], fees=[20, 25, 30, 35, 40],
         q="A phone plan costs {f} per month plus {r} for each gigabyte of data. Last month's bill was {C}. How many gigabytes of data were used?",
         v="g", define="Let `{v}` be the number of gigabytes used.", lead="The base price plus the data charge is {cc}",
         ans="{ANS} gigabytes were used."),
    dict(q="A one-day car rental costs {f} plus {r} per mile driven. {name} paid {C} for one day. How many miles did {she} drive?",
         v="d", rate="mile", define="Let `{v}` be the number of miles driven.", lead="The daily charge plus the mileage charge is {cc}",
         ans="{name} drove {ANS} miles."),
    dict(rates=[10, 12, 15, Fr(25, 2), 20, 25, 30], fees=[20, 35, 40, 50, 60, 85, 100],
         q="{name} has {f} saved and adds {r} to {her} savings every week. After how many weeks will {she} have {C}?",
         v="w", define="Let `{v}` be the number of weeks.", lead="Starting savings plus weekly deposits must reach {cc}",
         ans="It will take {ANS} weeks."),
    dict(q="A sunflower is {f} cm tall and grows {r} cm each week. After how many weeks will it be {C} cm tall?",
         v="w", nomoney=True, define="Let `{v}` be the number of weeks.", lead="Its height after `{v}` weeks is {cc} cm",
         ans="After {ANS} weeks."),
]


def setup_fixed(T, rng):
    p = {}
    people(rng, p)
    if T.get("rate") == "mile":
        r = rng.choice([Fr(15, 100), Fr(20, 100), Fr(25, 100), Fr(30, 100), Fr(35, 100)])
        n = rng.randint(4, 30) * 10
        f = rng.choice([25, 29, 35, 39, 45, 49])
    elif T.get("nomoney"):
        r = rng.choice([Fr(3, 2), 2, Fr(5, 2), 3, 4, Fr(7, 2)])
        n = rng.randint(3, 14)
        f = rng.randint(5, 40)
        p.update(f=f, r=r, C=f + r * n, n=n)
        return p
    else:
        r = Fr(rng.choice(T["rates"]))
        n = rng.randint(3, 16) if r > 3 else rng.randint(3, 24)
        f = rng.choice(T["fees"])
    p.update(f=M(f), r=M(r), C=M(f + r * n), n=n)
    return p


def solve_fixed(b, p, T):
    b.set(**strings(p))
    return E.eng_lin(b, dict(v=T["v"], define=T["define"], lead=T["lead"], a=p["r"], bb=p["f"], cc=p["C"],
                             sign="+", rate_first=b.rng.random() < 0.6, ans=T["ans"],
                             given=[("Fixed charge", "{bb}"), ("Rate", "{a}"), ("Total", "{cc}")]))


# =========================================================== spend_down  G - w*n = R
SPEND_DOWN = [
    dict(q="{name} has {G} in savings and spends {w} each week. After how many weeks will {she} have {R} left?",
         v="w", define="Let `{v}` be the number of weeks.", lead="After `{v}` weeks {name} has {R} left",
         ans="After {ANS} weeks."),
    dict(q="A water tank holds {G} liters. Water drains out at {w} liters per minute. After how many minutes will {R} liters remain?",
         v="t", nomoney=True, define="Let `{v}` be the number of minutes.", lead="The water left after `{v}` minutes is {R} liters",
         ans="{ANS} minutes."),
    dict(q="A candle is {G} cm tall and burns down {w} cm every hour. After how many hours will the candle be {R} cm tall?",
         v="h", nomoney=True, half=True, define="Let `{v}` be the number of hours.", lead="The height after `{v}` hours is {R} cm",
         ans="The candle will be {R} cm tall after {ANS} hours."),
    dict(q="{name}'s gift card had {G} on it. {She} bought some books that cost {w} each and now has {R} left on the card. How many books did {she} buy?",
         v="b", define="Let `{v}` be the number of books.", lead="The card balance after `{v}` books is {R}",
         ans="{name} bought {ANS} books."),
    dict(q="A printer tray has {G} sheets of paper. The printer uses {w} sheets per minute. After how many minutes will there be {R} sheets left?",
         v="m", nomoney=True, define="Let `{v}` be the number of minutes.", lead="The sheets left after `{v}` minutes number {R}",
         ans="After {ANS} minutes."),
    dict(q="A truck's fuel tank holds {G} gallons, and the truck burns {w} gallons per hour. After how many hours of driving will {R} gallons be left?",
         v="h", nomoney=True, half=True, define="Let `{v}` be the number of hours.", lead="The fuel left after `{v}` hours is {R} gallons",
         ans="After {ANS} hours."),
    dict(q="A school starts the year with {G} boxes of paper and uses {w} boxes per week. After how many weeks will {R} boxes remain?",
         v="n", nomoney=True, define="Let `{v}` be the number of weeks.", lead="After `{v}` weeks, {R} boxes remain",
         ans="{ANS} weeks."),
    dict(q="{name} owes {her} sister {G} and pays back {w} every week. After how many weeks will {she} still owe {R}?",
         v="w", define="Let `{v}` be the number of weeks.", lead="After `{v}` weeks the amount owed is {R}",
         ans="After {ANS} weeks {name} will still owe {R}."),
]


def setup_down(T, rng):
    p = {}
    people(rng, p)
    while True:
        if T.get("half"):
            w = rng.choice([Fr(1, 2), Fr(3, 2), Fr(5, 2), 2, 3])
            n = rng.randint(2, 12) * (2 if w.denominator == 2 else 1) if isinstance(w, Fr) else rng.randint(2, 12)
            G = rng.randint(12, 60)
        elif T.get("nomoney"):
            w = rng.choice([4, 5, 6, 8, 12, 15, 20, 25, 30])
            n = rng.randint(3, 20)
            G = rng.randint(10, 80) * 10
        else:
            w = rng.choice([5, 6, 8, 12, 15, 18, 20, 25, 35])
            n = rng.randint(3, 15)
            G = rng.randint(8, 90) * 5
        R = G - Fr(w) * n
        if R > 0:
            break
    if T.get("nomoney"):
        p.update(G=G, w=w, R=R, n=n)
    else:
        p.update(G=M(G), w=M(w), R=M(R), n=n)
    return p


def solve_down(b, p, T):
    b.set(**strings(p))
    return E.eng_down(b, dict(v=T["v"], define=T["define"], lead=T["lead"].replace("{R}", "{R}"), G=p["G"], w=p["w"],
                              R=p["R"], route=b.pick(["neg", "pos", "pos"]), ans=T["ans"],
                              given=[("Start", "{G}"), ("Used per step", "{w}"), ("Left", "{R}")]))


# =========================================================== both_sides  s1 + r1 v = s2 + r2 v
BOTH = [
    dict(q="{r1} times a number, plus {s1}, is equal to {r2} times the number plus {s2}. Find the number.",
         v="x", vfirst=True, define="Let `{v}` be the number.", lead="The two expressions are equal", ans="The number is {ANS}."),
    dict(q="If you multiply a number by {r1} and add {s1}, you get the same result as multiplying it by {r2} and adding {s2}. What is the number?",
         v="n", vfirst=True, define="Let the number be `{v}`.", lead="Setting the two results equal", ans="The number is {ANS}."),
    dict(q="{name} has {s1} and saves {r1} each week. {name2} has {s2} and saves {r2} each week. After how many weeks will they have the same amount of money?",
         v="w", money=True, define="Let `{v}` be the number of weeks.", lead="After `{v}` weeks their savings are equal",
         ans="They will have the same amount after {ANS} weeks."),
    dict(q="Plant A is {s1} cm tall and grows {r1} cm per week. Plant B is {s2} cm tall and grows {r2} cm per week. After how many weeks will the plants be the same height?",
         v="w", define="Let `{v}` be the number of weeks.", lead="The heights are equal when",
         ans="The plants will be the same height after {ANS} weeks."),
    dict(q="Gym A charges a {s1} joining fee plus {r1} per month. Gym B charges a {s2} joining fee plus {r2} per month. After how many months will the total cost be the same?",
         v="m", money=True, define="Let `{v}` be the number of months.", lead="The total costs are equal when",
         ans="The costs are the same after {ANS} months."),
    dict(q="Company A rents a van for {s1} plus {r1} per mile. Company B charges {s2} plus {r2} per mile. For how many miles will the two companies charge the same amount?",
         v="d", money=True, cents=True, define="Let `{v}` be the number of miles.", lead="The two charges are equal when",
         ans="The charges are equal at {ANS} miles."),
    dict(q="{name} has {s1} and saves {r1} a week, while {name2} has {s2} and saves {r2} a week. When they have the same amount saved, how much will each of them have?",
         v="w", money=True, amount=True, define="Let `{v}` be the number of weeks until their savings are equal.",
         lead="Their savings are equal when", ans="Each of them will have {ANS}."),
    dict(q="One phone plan costs {s1} a month plus {r1} per gigabyte. Another costs {s2} a month plus {r2} per gigabyte. At the number of gigabytes where the two bills are equal, what is the bill?",
         v="g", money=True, amount=True, define="Let `{v}` be the number of gigabytes.", lead="The bills are equal when",
         ans="The bill is {ANS}."),
]


def setup_both(T, rng):
    p = {}
    people(rng, p)
    if T.get("cents"):
        dr = rng.choice([Fr(5, 100), Fr(10, 100), Fr(15, 100), Fr(20, 100)])
        r2 = rng.choice([Fr(10, 100), Fr(15, 100), Fr(20, 100), Fr(25, 100)])
        t = rng.randint(2, 30) * 20
        s1 = rng.choice([19, 25, 29, 30, 35, 39])
    else:
        dr = rng.randint(1, 6)
        r2 = rng.randint(1, 12)
        t = rng.randint(2, 15)
        s1 = rng.randint(1, 40)
        if T.get("money"):
            s1 = rng.randint(1, 30) * 5
            r2 = rng.randint(1, 8) * 5
            dr = rng.randint(1, 4) * 5
    r1 = r2 + dr
    s2 = s1 + dr * t
    if T.get("money"):
        p.update(r1=M(r1), r2=M(r2), s1=M(s1), s2=M(s2), t=t)
    else:
        p.update(r1=r1, r2=r2, s1=s1, s2=s2, t=t)
    return p


def solve_both(b, p, T):
    b.set(**strings(p))
    amt = None
    if T.get("amount"):
        amt = b.pick(["After {x} weeks, the amount is %s.", "Plug `{v} = {x}` into the first expression: %s."])
        if T["v"] == "g":
            amt = b.pick(["At {x} GB, the bill is %s.", "Plug `{v} = {x}` into the first plan: %s."])
    return E.eng_both(b, dict(v=T["v"], define=T["define"], lead=T["lead"], r1=p["r1"], r2=p["r2"], s1=p["s1"],
                              s2=p["s2"], vfirst=T.get("vfirst"), amount=amt,
                              amt_unit="$" if T.get("money") else None, ans=T["ans"],
                              ans_name="amt" if T.get("amount") else "x",
                              find_title="Find the amount"))


# =========================================================== consecutive integers
CONSEC = [
    dict(q="The sum of three consecutive integers is {S}. What is the largest of the three integers?", m=3, d=1, ask=-1,
         ans="The largest integer is {ANS}."),
    dict(q="Three consecutive whole numbers add up to {S}. What is the smallest of the numbers?", m=3, d=1, ask=0,
         ans="The smallest number is {ANS}."),
    dict(q="Find three consecutive integers whose sum is {S}. What is the middle integer?", m=3, d=1, ask=1,
         ans="The middle integer is {ANS}."),
    dict(q="The sum of four consecutive integers is {S}. What is the largest of them?", m=4, d=1, ask=-1,
         ans="The largest of the four integers is {ANS}."),
    dict(q="Three consecutive page numbers in a book add up to {S}. What is the first of these page numbers?", m=3, d=1, ask=0,
         ans="The first page number is {ANS}."),
    dict(q="The sum of three consecutive integers is {S}. Find the smallest of the three.", m=3, d=1, ask=0, neg=True,
         ans="The smallest integer is {ANS}."),
    dict(q="The sum of three consecutive even integers is {S}. What is the largest of the three?", m=3, d=2, par=0, ask=-1,
         ans="The largest even integer is {ANS}."),
    dict(q="The sum of three consecutive odd integers is {S}. What is the smallest of them?", m=3, d=2, par=1, ask=0,
         ans="The smallest odd integer is {ANS}."),
    dict(q="Two consecutive odd numbers add up to {S}. What is the larger number?", m=2, d=2, par=1, ask=-1,
         ans="The larger number is {ANS}."),
    dict(q="Three houses next to each other on one side of a street have consecutive even house numbers that add up to {S}. What is the middle house number?",
         m=3, d=2, par=0, ask=1, ans="The middle house number is {ANS}."),
    dict(q="Four consecutive odd integers have a sum of {S}. What is the largest of them?", m=4, d=2, par=1, ask=-1,
         ans="The largest is {ANS}."),
    dict(q="The ages of three siblings are consecutive odd numbers, and their ages add up to {S}. How old is the oldest sibling?",
         m=3, d=2, par=1, ask=-1, small=True, ans="The oldest sibling is {ANS} years old."),
    dict(q="{name} is reading a book. The page numbers of the last three pages {she} read are consecutive and add up to {S}. What was the last page {she} read?",
         m=3, d=1, ask=-1, ans="The last page {name} read was page {ANS}."),
    dict(q="Four consecutive integers have a sum of {S}. What is the smallest of the four integers?", m=4, d=1, ask=0,
         ans="The smallest integer is {ANS}."),
    dict(q="The sum of two consecutive even numbers is {S}. Find the smaller number.", m=2, d=2, par=0, ask=0,
         ans="The smaller number is {ANS}."),
    dict(q="Find three consecutive even numbers whose sum is {S}. What is the middle number?", m=3, d=2, par=0, ask=1,
         ans="The middle number is {ANS}."),
]


def setup_consec(T, rng):
    p = {}
    people(rng, p)
    while True:
        if T.get("neg"):
            n = rng.randint(-40, -3)
        elif T.get("small"):
            n = rng.randint(1, 15)
        else:
            n = rng.randint(5, 300)
        if T["d"] == 2 and n % 2 != T["par"]:
            continue
        break
    m, d = T["m"], T["d"]
    p.update(n=n, S=m * n + d * m * (m - 1) // 2)
    return p


def solve_consec(b, p, T):
    b.set(**strings(p))
    m, d = T["m"], T["d"]
    kind = {1: "integer", 2: "even integer" if T.get("par") == 0 else "odd integer"}[d]
    if "page" in T["q"]:
        kind = "page number"
    v = b.pick(["n", "x", "n"])
    others = ["`%s + %d`" % (v, d * i) for i in range(1, m)]
    olist = others[0] if m == 2 else ", ".join(others[:-1]) + " and " + others[-1]
    parts = [dict(k=1, c=d * i, label="") for i in range(m)]
    ordn = ["first", "second", "third", "fourth"]
    for i in range(1, m):
        parts[i]["label"] = b.pick(["the %s %s" % (ordn[i], kind.split()[-1] if d == 1 else "number"),
                                    "%s %d" % (kind.split()[-1].capitalize() if d == 1 else "Number", i + 1)])
    define = [b.pick(["Let the smallest %s be `{v}`." % kind, "Let `{v}` be the first %s." % kind]),
              b.pick(["Then the next %s %s." % ("one is" if m == 2 else "ones are", olist),
                      "The %s after it %s %s." % ("one" if m == 2 else "numbers", "is" if m == 2 else "are", olist)])]
    if d == 2:
        define.append(b.pick(["(Consecutive %ss differ by 2.)" % kind.split()[0], "Each is 2 more than the one before."]))
    ask = T["ask"] if T["ask"] >= 0 else m - 1
    return E.eng_parts(b, dict(v=v, parts=parts, T=p["S"], define=define,
                               lead=b.pick(["Their sum is {T}", "Adding them gives {T}", "The sum is {T}"]),
                               find_title=b.pick(["Find the numbers", "Find all %d numbers" % m]),
                               find_intro=None, ask=ask, ans=T["ans"]))


# =========================================================== multiple + sum (two quantities)
MULT_SUM = [
    dict(q="One number is {c} more than {k} times another number. Their sum is {S}. Find the smaller number.", cs=1, ask=0,
         v="x", small="the smaller number", big="the larger number", lead="Their sum is {T}",
         ans="The smaller number is {ANS}."),
    dict(q="The larger of two numbers is {cabs} less than {k} times the smaller. The two numbers add up to {S}. What is the larger number?",
         cs=-1, ask=1, v="x", small="the smaller number", big="the larger number", lead="The numbers add up to {T}",
         ans="The larger number is {ANS}."),
    dict(q="{name} has {c} more than {kw} as many stickers as {name2}. Together they have {S} stickers. How many stickers does {name2} have?",
         cs=1, ask=0, v="s", small="the number of stickers {name2} has", big="{name}'s stickers",
         lead="Together they have {T}", ans="{name2} has {ANS} stickers."),
    dict(q="A {S}-meter rope is cut into two pieces. The longer piece is {cabs} m less than {kw} the length of the shorter piece. How long is the longer piece?",
         cs=-1, ask=1, v="x", small="the length of the shorter piece (m)", big="the longer piece", units="m",
         lead="The two pieces make up the whole {T} m rope", ans="The longer piece is {ANS} m long."),
    dict(q="A store sold {S} shirts over the weekend. On Sunday it sold {c} more than {kw} as many shirts as on Saturday. How many shirts were sold on Sunday?",
         cs=1, ask=1, v="s", small="the number of shirts sold on Saturday", big="Sunday's sales",
         lead="The weekend total is {T}", ans="The store sold {ANS} shirts on Sunday."),
    dict(q="Together, a laptop and a printer cost {S}. The laptop costs {c} more than {kw} the price of the printer. How much does the printer cost?",
         cs=1, ask=0, v="p", money=True, small="the price of the printer in dollars", big="the laptop's price",
         lead="Together they cost {T}", ans="The printer costs {ANS}."),
    dict(q="There are {S} students in the chess club and the art club combined. The chess club has {cabs} fewer than {kw} as many members as the art club. How many students are in the chess club?",
         cs=-1, ask=1, v="a", small="the number of art club members", big="the chess club",
         lead="The clubs have {T} students combined", ans="The chess club has {ANS} students."),
    dict(q="The sum of two numbers is {S}. The second number is {c} more than {k} times the first. What is the second number?",
         cs=1, ask=1, v="x", small="the first number", big="the second number", lead="The sum is {T}",
         ans="The second number is {ANS}."),
]


def setup_mult(T, rng):
    p = {}
    people(rng, p)
    while True:
        k = rng.randint(2, 5)
        if T.get("money"):
            x = rng.randint(6, 60) * 5
            c = rng.randint(2, 30) * 5
        else:
            x = rng.randint(4, 60)
            c = rng.randint(1, 15)
        c *= T["cs"]
        y = k * x + c
        if y > x:
            break
    S = x + y
    p.update(k=k, kw=WORD[k], c=abs(c), cabs=abs(c), S=S, x=x)
    if T.get("money"):
        p.update(c=M(abs(c)), S=M(S))
    p["_c"] = c
    return p


def solve_mult(b, p, T):
    b.set(**strings(p))
    k, c = p["k"], p["_c"]
    cv = M(c) if T.get("money") else c
    parts = [dict(k=1, c=0, label=T["small"]), dict(k=k, c=c, label=T["big"])]
    b.set(small=T["small"], big=T["big"], k=k, cabs=abs(c) if not T.get("money") else M(abs(c)))
    sign = "+" if c > 0 else "-"
    define = [b.pick(["Let `{v}` be %s." % T["small"], "Let %s be `{v}`." % T["small"]]),
              b.pick(["Then %s is `{k}{v} %s {cabs}`." % (T["big"], sign),
                      "So %s can be written as `{k}{v} %s {cabs}`." % (T["big"], sign)])]
    b.set(v=T["v"])
    ans_i = T["ask"]
    # constants in the parts engine are magnitudes; set c1 via engine
    return E.eng_parts(b, dict(v=T["v"], parts=[dict(k=1, c=0, label=T["small"]),
                                                  dict(k=k, c=c, label=T["big"])],
                               T=p["S"], define=define, lead=T["lead"], unit="$" if T.get("money") else None,
                               find_title=b.pick(["Find the other quantity", "Find %s" % T["big"]]),
                               ask=ans_i, ans=T["ans"], find_units=T.get("units")))


# =========================================================== ages: sum
AGES_SUM = [
    dict(q="{name} is {d} years older than {her} brother. The sum of their ages is {S}. How old is {name}?", t="diff", ask=1, sib=True,
         young="{name}'s brother", old="{name}", ans="{name} is {ANS} years old."),
    dict(q="{name} is {d} years younger than {her} cousin. Together their ages add up to {S}. How old is {name}?", t="diff", ask=0, sib=True,
         young="{name}", old="{name}'s cousin", ans="{name} is {ANS} years old."),
    dict(q="A father is {k} times as old as his son. The sum of their ages is {S}. How old is the son?", t="mult", ask=0,
         young="the son", old="the father", ans="The son is {ANS} years old."),
    dict(q="{name}'s grandmother is {k} times as old as {name}. Their combined age is {S} years. How old is the grandmother?",
         t="mult", ask=1, young="{name}", old="the grandmother", ans="The grandmother is {ANS} years old."),
    dict(q="The combined age of two sisters is {S}. The older sister is {d} years older than the younger one. How old is the younger sister?",
         t="diff", sib=True, ask=0, young="the younger sister", old="the older sister", ans="The younger sister is {ANS} years old."),
    dict(q="A teacher is {k} times as old as one of her students. If the sum of their ages is {S}, how old is the teacher?",
         t="mult", ask=1, young="the student", old="the teacher", ans="The teacher is {ANS} years old."),
    dict(q="A mother is {d} years older than her daughter. The sum of their ages is {S}. How old is the daughter?",
         t="diff", ask=0, young="the daughter", old="the mother", ans="The daughter is {ANS} years old."),
    dict(q="An old farmhouse is {k} times as old as the barn next to it. Together their ages add up to {S} years. How old is the farmhouse?",
         t="mult", ask=1, young="the barn", old="the farmhouse", ans="The farmhouse is {ANS} years old."),
]


def setup_ages_sum(T, rng):
    p = {}
    people(rng, p)
    if T["t"] == "diff":
        d = rng.randint(2, 12) if T.get("sib") else rng.randint(20, 38)
        x = rng.randint(3, 50)
        p.update(d=d, S=2 * x + d, x=x)
    else:
        while True:
            k = rng.randint(2, 6)
            x = rng.randint(3, 30)
            if "barn" in T["q"] or ((k - 1) * x >= 18 and k * x <= 92):
                break
        p.update(k=k, S=(k + 1) * x, x=x)
    return p


def solve_ages_sum(b, p, T):
    b.set(**strings(p))
    young = b.text(T["young"]) if "{" in T["young"] else T["young"]
    old = b.text(T["old"]) if "{" in T["old"] else T["old"]
    v = b.pick(["x", "a", "y"])
    if T["t"] == "diff":
        parts = [dict(k=1, c=0, label=young + "'s age"), dict(k=1, c=p["d"], label=old + "'s age")]
        b.set(d=p["d"])
        expr = "`{v} + {d}`"
    else:
        parts = [dict(k=1, c=0, label=young + "'s age"), dict(k=p["k"], c=0, label=old + "'s age")]
        b.set(k=p["k"])
        expr = "`{k}{v}`"
    b.set(v=v)
    define = [b.pick(["Let `{v}` be %s's age." % young, "Let %s's age be `{v}`." % young]),
              b.pick(["Then %s's age is %s." % (old, expr), "%s is %s years old." % (old[0].upper() + old[1:], expr)])]
    return E.eng_parts(b, dict(v=v, parts=parts, T=p["S"], define=define,
                               lead=b.pick(["The ages add up to {T}", "The sum of their ages is {T}"]),
                               find_title=b.pick(["Find the other age", "Find %s's age" % old]),
                               ask=T["ask"], ans=T["ans"]))


# =========================================================== split into three
SPLIT3 = [
    dict(q="{name}, {name2}, and {name3} share {T}. {name2} gets twice as much as {name}, and {name3} gets {d} more than {name}. How much does {name3} get?",
         k=2, ds=1, money=True, ask=2, labels=["{name}'s share", "{name2}'s share", "{name3}'s share"],
         base="{name}'s share in dollars", ans="{name3} gets {ANS}."),
    dict(q="A {T}-cm ribbon is cut into three pieces. The second piece is {k} times as long as the first, and the third piece is {d} cm longer than the first. How long is the first piece?",
         ds=1, ask=0, labels=["the first piece", "the second piece", "the third piece"], base="the length of the first piece in cm",
         units="cm", ans="The first piece is {ANS} cm long."),
    dict(q="Three friends collected {T} cans for recycling. {name2} collected {k} times as many cans as {name}, and {name3} collected {d} more than {name}. How many cans did {name2} collect?",
         ds=1, ask=1, labels=["{name}'s cans", "{name2}'s cans", "{name3}'s cans"], base="the number of cans {name} collected",
         ans="{name2} collected {ANS} cans."),
    dict(q="In an election with three candidates, {T} votes were cast. Candidate C got {k} times as many votes as candidate A, and candidate B got {d} more votes than candidate A. How many votes did candidate A get?",
         ds=1, ask=0, big=True, labels=["candidate A's votes", "candidate C's votes", "candidate B's votes"],
         base="the number of votes for candidate A", ans="Candidate A got {ANS} votes."),
    dict(q="A school raised {T} over three days. On the third day it raised {k} times as much as on the first day, and on the second day it raised {d} more than on the first day. How much was raised on the third day?",
         ds=1, ask=1, money=True, big=True, labels=["day 1", "day 3", "day 2"], base="the amount raised on the first day",
         ans="The school raised {ANS} on the third day."),
    dict(q="Three numbers add up to {T}. The second number is {k} times the first, and the third number is {d} less than the first. What is the third number?",
         ds=-1, ask=2, labels=["the first number", "the second number", "the third number"], base="the first number",
         ans="The third number is {ANS}."),
    dict(q="A {T}-page book is divided into three parts. Part 3 is {k} times as long as Part 1, and Part 2 is {d} pages longer than Part 1. How many pages are in Part 1?",
         ds=1, ask=0, labels=["Part 1", "Part 3", "Part 2"], base="the number of pages in Part 1",
         ans="Part 1 has {ANS} pages."),
    dict(q="{name} spent {T} minutes on math, science, and reading homework. Science took {k} times as long as math, and reading took {d} minutes less than math. How many minutes did {she} spend on science?",
         ds=-1, ask=1, labels=["math", "science", "reading"], base="the minutes spent on math",
         ans="{name} spent {ANS} minutes on science."),
]


def setup_split(T, rng):
    p = {}
    people(rng, p)
    k = T.get("k") or rng.randint(2, 4)
    while True:
        if T.get("big"):
            x = rng.randint(100, 3000) * (5 if T.get("money") else 1)
            d = rng.randint(10, 900)
        elif T.get("money"):
            x = rng.randint(5, 80)
            d = rng.randint(2, 40)
        else:
            x = rng.randint(5, 90)
            d = rng.randint(2, 30)
        c = d * T["ds"]
        if x + c > 0:
            break
    Tt = x + k * x + x + c
    p.update(k=k, d=d, T=Tt, x=x, _c=c)
    if T.get("money"):
        p.update(d=M(d), T=M(Tt))
    return p


def solve_split(b, p, T):
    b.set(**strings(p))
    labs = [b.text(l) for l in T["labels"]]
    base = b.text(T["base"])
    k, c = p["k"], p["_c"]
    v = b.pick(["x", "x", "a"])
    b.set(v=v, k=k, d=p["d"])
    sg = "+" if c > 0 else "-"
    define = [b.pick(["Let `{v}` be %s." % base, "Let %s be `{v}`." % base]),
              "Then %s is `{k}{v}` and %s is `{v} %s {d}`." % (labs[1], labs[2], sg)]
    parts = [dict(k=1, c=0, label=labs[0]), dict(k=k, c=0, label=labs[1]), dict(k=1, c=c, label=labs[2])]
    return E.eng_parts(b, dict(v=v, parts=parts, T=p["T"], define=define, unit="$" if T.get("money") else None,
                               lead=b.pick(["All three together make {T}", "The three amounts add up to {T}"]),
                               find_title=b.pick(["Find each part", "Find the three amounts"]),
                               ask=T["ask"], ans=T["ans"], find_units=T.get("units")))


# =========================================================== triangles (perimeter)
TRI = [
    dict(q="A triangle has sides of length x cm, (x + {a}) cm, and (2x - {b}) cm. Its perimeter is {P} cm. What is the length of the longest side?",
         sides=[(1, 0), (1, "a"), (2, "-b")], ask="longest", u="cm"),
    dict(q="The second side of a triangle is {a} inches longer than the first side, and the third side is twice as long as the first side. The perimeter is {P} inches. How long is the first side?",
         sides=[(1, 0), (1, "a"), (2, 0)], ask=0, u="inches"),
    dict(q="In an isosceles triangle, each of the two equal sides is {a} cm longer than the base. The perimeter is {P} cm. How long is the base?",
         sides=[(1, 0), (1, "a"), (1, "a")], ask=0, u="cm", iso=True),
    dict(q="The base of an isosceles triangle is {b} m shorter than each of the two equal sides. The perimeter is {P} m. How long is each equal side?",
         sides=[(1, 0), (1, 0), (1, "-b")], ask=0, u="m", iso2=True),
    dict(q="The longest side of a triangle is {k} times the shortest side, and the middle side is {a} cm longer than the shortest. The perimeter is {P} cm. How long is the longest side?",
         sides=[(1, 0), (1, "a"), ("k", 0)], ask="longest", u="cm"),
    dict(q="A triangle's perimeter is {P} ft. One side is {a} ft longer than the shortest side, and the third side is {b} ft shorter than twice the shortest side. How long is the shortest side?",
         sides=[(1, 0), (1, "a"), (2, "-b")], ask=0, u="ft"),
    dict(q="An isosceles triangle has two equal sides that are each {k} times as long as the base. The perimeter is {P} cm. How long is one of the equal sides?",
         sides=[(1, 0), ("k", 0), ("k", 0)], ask=1, u="cm", iso=True),
    dict(q="The sides of a triangular plot of land measure x m, (x + {a}) m, and (3x - {b}) m. The perimeter of the plot is {P} m. How long is the shortest side?",
         sides=[(1, 0), (1, "a"), (3, "-b")], ask="shortest", u="m"),
]


def setup_tri(T, rng):
    p = {}
    while True:
        x = rng.randint(4, 40)
        a = rng.randint(1, 12)
        bb = rng.randint(1, 12)
        k = rng.randint(2, 3) if "k" in str(T["sides"]) else 2
        vals = []
        for co, cc in T["sides"]:
            co = k if co == "k" else co
            cc = {0: 0, "a": a, "-b": -bb}[cc]
            vals.append(co * x + cc)
        s = sorted(vals)
        if ("k", 0) in T["sides"] and not T.get("iso") and k * x <= x + a:
            continue
        if s[0] > 0 and s[0] + s[1] > s[2] and (not T.get("iso2") or bb < x):
            break
    p.update(x=x, a=a, b=bb, k=k, P=sum(vals))
    return p


def solve_tri(b, p, T):
    u = T["u"]
    v = "x"
    b.set(v=v, u=u)
    parts = []
    k = p["k"]
    for i, (co, cc) in enumerate(T["sides"]):
        co = k if co == "k" else co
        cc = {0: 0, "a": p["a"], "-b": -p["b"]}[cc]
        parts.append(dict(k=co, c=cc, label=["Side 1", "Side 2", "Side 3"][i]))
    x = p["x"]
    values = [pp["k"] * x + pp["c"] for pp in parts]
    if T["ask"] == "longest":
        ask = max(range(3), key=lambda i: (values[i], -i))
    elif T["ask"] == "shortest":
        ask = min(range(3), key=lambda i: (values[i], i))
    else:
        ask = T["ask"]
    if T.get("iso"):
        parts[0]["label"] = "the base"
        parts[1]["label"] = "each equal side"
        parts[2]["label"] = "the other equal side"
        define = ["Let the base be `{v}` %s." % u,
                  "Then each of the two equal sides is `%s` %s." % (E.lin_term("k1", "v", "c1", parts[1]["c"]), u)]
    elif T.get("iso2"):
        parts[0]["label"] = "each equal side"
        parts[1]["label"] = "the other equal side"
        parts[2]["label"] = "the base"
        define = ["Let each equal side be `{v}` %s." % u, "Then the base is `{v} - {c2}` %s." % u]
    else:
        exprs = [E.lin_term(None if pp["k"] == 1 else "k%d" % i, "v", "c%d" % i, pp["c"]) for i, pp in enumerate(parts)]
        define = [b.pick(["Let the shortest side be `{v}`.", "Let `{v}` be the length of the first side."]),
                  "The sides are `%s`, `%s`, and `%s` (in %s)." % (exprs[0], exprs[1], exprs[2], u)]
    if T["ask"] == "longest":
        ans = "The longest side is {ANS} %s." % u
    elif T["ask"] == "shortest":
        ans = "The shortest side is {ANS} %s." % u
    elif T.get("iso2"):
        ans = "Each equal side is {ANS} %s." % u
    elif T.get("iso") and ask == 0:
        ans = "The base is {ANS} %s." % u
    elif T.get("iso"):
        ans = "Each equal side is {ANS} %s." % u
    elif "shortest" in T["q"].split(".")[-1]:
        ans = "The shortest side is {ANS} %s." % u
    else:
        ans = "The first side is {ANS} %s." % u
    return E.eng_parts(b, dict(v=v, parts=parts, T=p["P"], define=define,
                               lead=b.pick(["The perimeter is the sum of the sides, {T} %s" % u,
                                            "Adding the three sides gives the perimeter"]),
                               find_title=b.pick(["Find the side lengths", "Find each side"]),
                               ask=ask, ans=ans, find_units=u))


# =========================================================== angles
ANGLES = [
    dict(q="Two angles are supplementary. One angle is {c}° more than twice the other. What is the measure of the larger angle?",
         tot=180, parts=[(1, 0), (2, "c")], ask=1, labels=["the smaller angle", "the larger angle"], ans="The larger angle measures {ANS}."),
    dict(q="Two angles are complementary. One of them is {c}° less than three times the other. Find the smaller angle.",
         tot=90, parts=[(1, 0), (3, "-c")], ask="min", labels=["the first angle", "the other angle"], ans="The smaller angle is {ANS}."),
    dict(q="In a triangle, the second angle is twice the first, and the third angle is {c}° more than the first. Find the largest angle.",
         tot=180, parts=[(1, 0), (2, 0), (1, "c")], ask="max", labels=["the first angle", "the second angle", "the third angle"],
         ans="The largest angle is {ANS}."),
    dict(q="Two supplementary angles differ by {c}°. What is the measure of the smaller angle?",
         tot=180, parts=[(1, 0), (1, "c")], ask=0, labels=["the smaller angle", "the larger angle"], ans="The smaller angle is {ANS}."),
    dict(q="In a triangle, one angle is {c}° larger than the smallest angle, and the third angle is {k} times the smallest angle. What is the smallest angle?",
         tot=180, parts=[(1, 0), (1, "c"), ("k", 0)], ask=0, labels=["the smallest angle", "the second angle", "the third angle"],
         ans="The smallest angle measures {ANS}."),
    dict(q="An angle measures {c}° more than {k} times its complement. What is the measure of the angle?",
         tot=90, parts=[(1, 0), ("k", "c")], ask=1, labels=["the complement", "the angle"], ans="The angle measures {ANS}."),
    dict(q="Two angles form a straight line. One angle is {k} times the other. What is the measure of the larger angle?",
         tot=180, parts=[(1, 0), ("k", 0)], ask=1, labels=["the smaller angle", "the larger angle"], ans="The larger angle is {ANS}."),
    dict(q="In an isosceles triangle, the vertex angle is {c}° more than each base angle. Find the measure of the vertex angle.",
         tot=180, parts=[(1, 0), (1, 0), (1, "c")], ask=2, labels=["one base angle", "the other base angle", "the vertex angle"],
         ans="The vertex angle measures {ANS}."),
]


def setup_angles(T, rng):
    p = {}
    while True:
        k = rng.randint(2, 5)
        c = rng.randint(1, 12) * 5 if rng.random() < 0.7 else rng.randint(3, 40)
        kk = [k if co == "k" else co for co, _ in T["parts"]]
        cc = [{0: 0, "c": c, "-c": -c}[x] for _, x in T["parts"]]
        K, C = sum(kk), sum(cc)
        if (T["tot"] - C) % K:
            continue
        x = (T["tot"] - C) // K
        vals = [a * x + b for a, b in zip(kk, cc)]
        if min(vals) > 0:
            break
    p.update(k=k, c=c, x=x, _kk=kk, _cc=cc, _vals=vals)
    return p


def solve_angles(b, p, T):
    vals = p["_vals"]
    parts = [dict(k=a, c=c, label=T["labels"][i]) for i, (a, c) in enumerate(zip(p["_kk"], p["_cc"]))]
    if T["ask"] == "max":
        ask = max(range(len(vals)), key=lambda i: (vals[i], -i))
    elif T["ask"] == "min":
        ask = min(range(len(vals)), key=lambda i: (vals[i], i))
    else:
        ask = T["ask"]
    v = b.pick(["x", "x", "a"])
    b.set(v=v)
    exprs = [E.lin_term(None if pp["k"] == 1 else "k%d" % i, "v", "c%d" % i, pp["c"]) for i, pp in enumerate(parts)]
    for i, pp in enumerate(parts):
        b.set(**{"k%d" % i: pp["k"], "c%d" % i: abs(pp["c"])})
    define = [b.pick(["Let `{v}` be %s (in degrees)." % T["labels"][0], "Let %s measure `{v}` degrees." % T["labels"][0]])]
    if len(parts) == 2:
        define.append("Then %s is `%s`." % (T["labels"][1], exprs[1]))
    else:
        define.append("Then %s is `%s` and %s is `%s`." % (T["labels"][1], exprs[1], T["labels"][2], exprs[2]))
    why = {180: b.pick(["Supplementary angles add up to 180°" if len(parts) == 2 else "The angles of a triangle add up to 180°",
                        "The angles sum to 180°"]),
           90: "Complementary angles add up to 90°"}[T["tot"]]
    return E.eng_parts(b, dict(v=v, parts=parts, T=deg(T["tot"]), define=define, lead=why, unit="°",
                               find_title=b.pick(["Find the angles", "Find the other angle" if len(parts) == 2 else "Find the other angles"]),
                               ask=ask, ans=T["ans"]))


# =========================================================== rectangles
RECT = [
    dict(q="The length of a rectangle is {c} {u} more than its width. The perimeter is {P} {u}. What is the width?", k=1, cs=1,
         ask="w", u="cm"),
    dict(q="A rectangular garden is {c} feet longer than twice its width. Its perimeter is {P} feet. Find the length of the garden.",
         k=2, cs=1, ask="L", u="feet"),
    dict(q="The length of a rectangular room is {c} m less than three times its width, and the perimeter of the room is {P} m. What is the area of the room in square meters?",
         k=3, cs=-1, ask="A", u="m"),
    dict(q="A rectangular poster has a perimeter of {P} inches. Its length is {c} inches more than its width. What is its length?",
         k=1, cs=1, ask="L", u="inches"),
    dict(q="A farmer fences a rectangular field using {P} meters of fencing. The length of the field is {c} meters more than twice the width. How wide is the field?",
         k=2, cs=1, ask="w", u="meters"),
    dict(q="The perimeter of a rectangle is {P} cm, and its length is {k} times its width. What is the area of the rectangle in square centimeters?",
         cs=0, ask="A", u="cm"),
    dict(q="A rectangular swimming pool is {c} yards longer than it is wide, and its perimeter is {P} yards. What is the area of the pool in square yards?",
         k=1, cs=1, ask="A", u="yards"),
    dict(q="A rectangular picture frame has a length that is {c} inches shorter than twice its width. The perimeter is {P} inches. How long is the frame?",
         k=2, cs=-1, ask="L", u="inches"),
]


def setup_rect(T, rng):
    p = {}
    while True:
        k = T.get("k") or rng.randint(2, 4)
        w = rng.randint(3, 40)
        c = rng.randint(2, 15) * T["cs"]
        L = k * w + c
        if L > w:
            break
    p.update(k=k, c=abs(c), _c=c, w=w, L=L, P=2 * (L + w), u=T["u"])
    return p


def solve_rect(b, p, T):
    u = T["u"]
    k, c = p["k"], p["_c"]
    b.set(v="w", k=k, cabs=abs(c), u=u)
    sg = "+" if c > 0 else "-"
    lexpr = "{k}w" if c == 0 else "{k}w %s {cabs}" % sg
    define = [b.pick(["Let `w` be the width (in %s)." % u, "Let the width be `w` %s." % u]),
              "Then the length is `%s`." % lexpr]
    parts = [dict(k=k, c=c, m=2, label="Length"), dict(k=1, c=0, m=2, label="Width")]
    # base part must be first for the engine: reorder so width is base
    parts = [dict(k=1, c=0, m=2, label="Width"), dict(k=k, c=c, m=2, label="Length")]
    sq = {"feet": "square feet", "m": "square meters", "cm": "square centimeters", "inches": "square inches",
          "yards": "square yards", "meters": "square meters"}[u]

    def extra(bb):
        if T["ask"] == "A":
            bb.head("find", "Find the area")
            bb.line(bb.pick(["Area = length × width = `[[area:{p1} * {x}]]` %s." % sq,
                             "The area is `[[area:{p1} * {x}]]` %s." % sq]))

    ans = {"w": "The width is {ANS} %s." % u, "L": "The length is {ANS} %s." % u,
           "A": "The area is {ANS} %s." % sq}[T["ask"]]
    return _rect_run(b, p, T, parts, define, ans, extra)


def _rect_run(b, p, T, parts, define, ans, extra):
    c = dict(v="w", parts=parts, T=p["P"], define=define,
             lead=b.pick(["The perimeter is twice the length plus twice the width", "Using P = 2L + 2W"]),
             find_title=b.pick(["Find the length", "Find the dimensions"]),
             ask={"w": 0, "L": 1, "A": 0}[T["ask"]], ans=ans, find_units=T["u"], extra=extra)
    if T["ask"] == "A":
        c["ans_name"] = "area"
    return E.eng_parts(b, c)


# =========================================================== distance (opposite directions / toward each other)
DIST = [
    dict(q="Two cars leave the same town at the same time and drive in opposite directions. One car travels {d} mph faster than the other. After {t} hours they are {D} miles apart. How fast is the slower car going?",
         ask=0, su="mph", du="miles", ans="The slower car is going {ANS} mph."),
    dict(q="Two trains leave a station at the same time, heading in opposite directions. One train is {d} km/h faster than the other. After {t} hours they are {D} km apart. What is the speed of the faster train?",
         ask=1, su="km/h", du="km", ans="The faster train travels at {ANS} km/h."),
    dict(q="Two cyclists start {D} miles apart and ride toward each other. One rides {d} mph faster than the other, and they meet after {t} hours. How fast does the slower cyclist ride?",
         ask=0, su="mph", du="miles", bike=True, ans="The slower cyclist rides at {ANS} mph."),
    dict(q="Two planes leave an airport at the same time and fly in opposite directions. One flies {d} mph faster than the other. After {t} hours they are {D} miles apart. Find the speed of the slower plane.",
         ask=0, su="mph", du="miles", plane=True, ans="The slower plane flies at {ANS} mph."),
    dict(q="Two friends live {D} km apart and walk toward each other. One walks {d} km/h faster than the other, and they meet after {t} hours. What is the faster friend's walking speed?",
         ask=1, su="km/h", du="km", walk=True, ans="The faster friend walks at {ANS} km/h."),
    dict(q="A car and a truck leave the same place at the same time, going in opposite directions. The car is {d} mph faster than the truck. After {t} hours they are {D} miles apart. How far has the truck traveled?",
         ask="dist", su="mph", du="miles", ans="The truck has traveled {ANS} miles."),
    dict(q="Two boats leave a dock at the same time and travel in opposite directions. One boat is {d} km/h slower than the other. After {t} hours they are {D} km apart. What is the speed of the faster boat?",
         ask=1, su="km/h", du="km", ans="The faster boat travels at {ANS} km/h."),
    dict(q="Two runners start at opposite ends of a {D}-meter trail and run toward each other. One runs {d} meters per minute faster than the other. They meet after {t} minutes. How fast does the slower runner run, in meters per minute?",
         ask=0, su="m/min", du="meters", run=True, ans="The slower runner runs {ANS} meters per minute."),
]


def setup_dist(T, rng):
    p = {}
    if T.get("plane"):
        r, d, t = rng.randint(30, 60) * 10, rng.randint(2, 10) * 10, rng.randint(2, 6)
    elif T.get("walk"):
        r, d, t = rng.randint(2, 5), rng.randint(1, 2), rng.randint(2, 5)
    elif T.get("run"):
        r, d, t = rng.randint(100, 220), rng.randint(5, 40), rng.randint(5, 20)
    elif T.get("bike"):
        r, d, t = rng.randint(8, 18), rng.randint(2, 6), rng.randint(2, 5)
    else:
        r, d, t = rng.randint(25, 70), rng.randint(3, 20), rng.randint(2, 6)
    p.update(r=r, d=d, t=t, D=t * (2 * r + d))
    return p


def solve_dist(b, p, T):
    t, d = p["t"], p["d"]
    v = "r"
    b.set(v=v, t=t, d=d, su=T["su"], du=T["du"])
    define = [b.pick(["Let `{v}` be the speed of the slower one (in {su}).", "Let the slower speed be `{v}` {su}."]),
              "Then the faster speed is `{v} + {d}`."]
    parts = [dict(k=1, c=0, m=t, label="Slower speed"), dict(k=1, c=d, m=t, label="Faster speed")]
    b.set(tt=t)

    def extra(bb):
        if T["ask"] == "dist":
            bb.head("find", "Find the distance")
            bb.line(bb.pick(["Truck's distance = speed × time = `[[dist:{x} * {tt}]]` miles.",
                             "The truck traveled `[[dist:{x} * {tt}]]` miles."]))

    c = dict(v=v, parts=parts, T=p["D"], define=define,
             lead=b.pick(["Distance = speed × time for each, and together they cover {T} {du}",
                          "In {t} hours the two distances add up to {T} {du}"]),
             find_title="Find the speeds", find_units=T["su"],
             ask=0 if T["ask"] == "dist" else T["ask"], ans=T["ans"], extra=extra)
    if T["ask"] == "dist":
        c["ans_name"] = "dist"
    return E.eng_parts(b, c)


# =========================================================== two types (coins, tickets, legs)
COINS = [
    dict(q="{name} has {N} coins, all dimes and quarters, worth {V} in total. How many quarters does {she} have?",
         hi=(25, "quarters", "q"), lo=(10, "dimes", "d"), ask="hi"),
    dict(q="A jar holds {N} nickels and dimes with a total value of {V}. How many nickels are in the jar?",
         hi=(10, "dimes", "d"), lo=(5, "nickels", "n"), ask="lo"),
    dict(q="{name} has only nickels and quarters in {her} pocket: {N} coins in all, worth {V}. How many quarters does {she} have?",
         hi=(25, "quarters", "q"), lo=(5, "nickels", "n"), ask="hi"),
    dict(q="A vending machine contains {N} coins, all dimes and quarters. The coins are worth {V}. How many dimes are in the machine?",
         hi=(25, "quarters", "q"), lo=(10, "dimes", "d"), ask="lo"),
    dict(q="At a bake sale, the coin box held {N} coins, all nickels and dimes, totaling {V}. How many dimes were there?",
         hi=(10, "dimes", "d"), lo=(5, "nickels", "n"), ask="hi"),
    dict(q="{name} saved {N} coins, some dimes and the rest quarters. Together they are worth {V}. How many dimes did {she} save?",
         hi=(25, "quarters", "q"), lo=(10, "dimes", "d"), ask="lo"),
    dict(q="A piggy bank has {N} coins, all nickels and quarters, worth {V} altogether. How many nickels are in it?",
         hi=(25, "quarters", "q"), lo=(5, "nickels", "n"), ask="lo"),
    dict(q="{name} paid for a {V} snack using exactly {N} coins, all nickels and dimes. How many nickels did {she} use?",
         hi=(10, "dimes", "d"), lo=(5, "nickels", "n"), ask="lo"),
]


def setup_coins(T, rng):
    p = {}
    people(rng, p)
    hv, lv = T["hi"][0], T["lo"][0]
    h = rng.randint(3, 30)
    l = rng.randint(3, 30)
    p.update(N=h + l, V=M(Fr(hv * h + lv * l, 100)), h=h, l=l)
    return p


def solve_coins(b, p, T):
    b.set(**strings(p))
    hv, hn, hl = T["hi"]
    lv, ln, ll = T["lo"]
    route = b.pick(["subst", "subst", "elim"])
    var_on = T["ask"] if route == "subst" and b.rng.random() < 0.6 else "hi"
    ans = "%s has {ANS} %s." % (p["name"], hn if T["ask"] == "hi" else ln) if "{name}" in T["q"] and "has" in T["q"] else \
        "There are {ANS} %s." % (hn if T["ask"] == "hi" else ln)
    if "paid" in T["q"] or "saved" in T["q"]:
        ans = "%s used {ANS} %s." % (p["name"], ln) if "paid" in T["q"] else "%s saved {ANS} %s." % (p["name"], ln)
    return E.eng_two(b, dict(N=p["N"], tot=p["V"], hi=(hv, hn, hl), lo=(lv, ln, ll), ask=T["ask"], route=route,
                             var_on=var_on, cents=True, lead="The total value in cents is",
                             lead2="Count and value (in cents)", ans=ans,
                             given=[("Coins", "{N}"), ("Total value", "{tot}")]))


TICKETS = [
    dict(q="Tickets to a school play cost {a} for adults and {c} for children. {N} tickets were sold for a total of {R}. How many adult tickets were sold?",
         hn="adult tickets", ln="child tickets", hl="a", ll="c", ask="hi", money=True),
    dict(q="A museum charges {a} per adult and {c} per child. One day, {N} visitors paid a total of {R}. How many children visited?",
         hn="adults", ln="children", hl="a", ll="c", ask="lo", money=True),
    dict(q="At a concert, floor seats cost {a} and balcony seats cost {c}. The concert sold {N} seats and collected {R}. How many floor seats were sold?",
         hn="floor seats", ln="balcony seats", hl="f", ll="b", ask="hi", money=True),
    dict(q="A test has {N} questions. Some are worth {a} points and the rest are worth {c} points, for a total of {R} points. How many {a}-point questions are on the test?",
         hn="{a}-point questions", ln="{c}-point questions", hl="x", ll="y", ask="hi", points=True),
    dict(q="A bakery sold {N} muffins and cookies for {R}. Muffins cost {a} each and cookies cost {c} each. How many cookies were sold?",
         hn="muffins", ln="cookies", hl="m", ll="c", ask="lo", money=True),
    dict(q="A zoo sold {N} tickets in one morning. Adult tickets were {a} and child tickets were {c}. Ticket sales totaled {R}. How many adult tickets were sold?",
         hn="adult tickets", ln="child tickets", hl="a", ll="c", ask="hi", money=True),
    dict(q="A basketball player made {N} baskets in a season, all 2-pointers and 3-pointers, for a total of {R} points. How many 3-pointers did she make?",
         hn="3-pointers", ln="2-pointers", hl="t", ll="w", ask="hi", a=3, c=2),
    dict(q="A farm stand sold {N} baskets of berries. Small baskets cost {c} and large baskets cost {a}. Total sales were {R}. How many small baskets were sold?",
         hn="large baskets", ln="small baskets", hl="L", ll="s", ask="lo", money=True),
    dict(q="{name} has {N} animals on {her} farm, all chickens and cows. Together they have {R} legs. How many cows are there?",
         hn="cows", ln="chickens", hl="w", ll="c", ask="hi", a=4, c=2, legs=True),
    dict(q="A parking lot has cars and motorcycles. There are {N} vehicles and {R} wheels in all. How many motorcycles are there?",
         hn="cars", ln="motorcycles", hl="c", ll="m", ask="lo", a=4, c=2, legs=True),
    dict(q="A playground has {N} bicycles and tricycles with a total of {R} wheels. How many tricycles are there?",
         hn="tricycles", ln="bicycles", hl="t", ll="b", ask="hi", a=3, c=2, legs=True),
    dict(q="A farm has ducks and goats, {N} animals in all, with {R} legs altogether. How many ducks are on the farm?",
         hn="goats", ln="ducks", hl="g", ll="d", ask="lo", a=4, c=2, legs=True),
    dict(q="A collection of spiders and beetles has {N} bugs with {R} legs in total. Spiders have 8 legs and beetles have 6. How many spiders are there?",
         hn="spiders", ln="beetles", hl="s", ll="b", ask="hi", a=8, c=6, legs=True),
    dict(q="A furniture shop has stools with 3 legs and chairs with 4 legs. There are {N} seats with {R} legs in total. How many stools are there?",
         hn="chairs", ln="stools", hl="c", ll="s", ask="lo", a=4, c=3, legs=True),
    dict(q="A zookeeper counts {N} heads and {R} legs in an enclosure that holds only ostriches and zebras. How many zebras are there?",
         hn="zebras", ln="ostriches", hl="z", ll="o", ask="hi", a=4, c=2, legs=True),
    dict(q="A pet store has birds and cats. Together they have {N} heads and {R} legs. How many birds are there?",
         hn="cats", ln="birds", hl="c", ll="b", ask="lo", a=4, c=2, legs=True),
]


def setup_tickets(T, rng):
    p = {}
    people(rng, p)
    if T.get("money"):
        c = rng.choice([4, 5, 6, 8, 10, Fr(9, 2), Fr(15, 2), 12])
        a = Fr(c) + rng.choice([2, 3, 4, 5, 6, Fr(5, 2), 8, 10])
        h, l = rng.randint(10, 150), rng.randint(10, 150)
        p.update(a=M(a), c=M(c), N=h + l, R=M(a * h + Fr(c) * l), h=h, l=l)
    elif T.get("points"):
        a, c = rng.choice([(5, 2), (4, 2), (5, 3), (3, 1), (4, 1), (10, 5)])
        h, l = rng.randint(4, 25), rng.randint(4, 25)
        p.update(a=a, c=c, N=h + l, R=a * h + c * l, h=h, l=l)
    else:
        a, c = T["a"], T["c"]
        h, l = rng.randint(3, 60), rng.randint(3, 60)
        p.update(a=a, c=c, N=h + l, R=a * h + c * l, h=h, l=l)
    return p


def solve_tickets(b, p, T):
    b.set(**strings(p))
    hn = fill(T["hn"], p)
    ln = fill(T["ln"], p)
    ask_noun = hn if T["ask"] == "hi" else ln
    if T.get("legs"):
        ans = "There are {ANS} %s." % ask_noun
        lead, lead2 = "Counting legs (or wheels)", "Counting heads and legs"
        if "wheels" in T["q"]:
            lead, lead2 = "Counting wheels", "Counting vehicles and wheels"
        if "bugs" in T["q"] or "spiders" in T["q"]:
            lead, lead2 = "Counting legs", "Counting bugs and legs"
    elif T.get("points") or "basket" in T["q"] and "points" in T["q"]:
        ans = "There are {ANS} %s." % ask_noun if "test" in T["q"] else "She made {ANS} %s." % ask_noun
        lead, lead2 = "The total points give", "From the counts and the points"
    else:
        ans = "{ANS} %s were sold." % ask_noun
        if "visitors" in T["q"]:
            ans = "{ANS} %s visited." % ask_noun
        lead, lead2 = "The total money collected gives", "From the number sold and the total money"
    route = b.pick(["subst", "subst", "elim"])
    var_on = T["ask"] if route == "subst" and b.rng.random() < 0.5 else "hi"
    return E.eng_two(b, dict(N=p["N"], tot=p["R"], hi=(p["a"], hn, T["hl"]), lo=(p["c"], ln, T["ll"]),
                             ask=T["ask"], route=route, var_on=var_on, lead=lead, lead2=lead2, ans=ans,
                             tunit="$" if T.get("money") else None,
                             given=[("Total count", "{N}"), ("Total", "{tot}")]))


# =========================================================== 2x2 systems
SYSTEMS = [
    dict(q="{a1} pens and {b1} notebooks cost {c1}. {a2} pens and {b2} notebooks cost {c2}. How much does one notebook cost?",
         P="p", Q="n", define="Let `{P}` be the price of a pen and `{Q}` the price of a notebook (in dollars).", ask="q",
         ans="One notebook costs {ANS}.", money=True),
    dict(q="At a café, {a1} coffees and {b1} muffins cost {c1}, while {a2} coffees and {b2} muffins cost {c2}. What is the price of one coffee?",
         P="c", Q="m", define="Let `{P}` = price of a coffee and `{Q}` = price of a muffin.", ask="p",
         ans="One coffee costs {ANS}.", money=True),
    dict(q="{name} buys {a1} apples and {b1} oranges for {c1}. {name2} buys {a2} apples and {b2} oranges for {c2}. How much does one orange cost?",
         P="a", Q="o", define="Let `{P}` be the cost of an apple and `{Q}` the cost of an orange.", ask="q",
         ans="An orange costs {ANS}.", money=True),
    dict(q="A theater sold {a1} adult and {b1} child tickets for {c1} on Friday, and {a2} adult and {b2} child tickets for {c2} on Saturday. What is the price of an adult ticket?",
         P="a", Q="c", define="Let `{P}` be the adult ticket price and `{Q}` the child ticket price.", ask="p",
         ans="An adult ticket costs {ANS}.", money=True),
    dict(q="{a1} burgers and {b1} drinks cost {c1}. {a2} burgers and {b2} drinks cost {c2}. What is the cost of one burger?",
         P="b", Q="d", define="Let `{P}` = cost of one burger, `{Q}` = cost of one drink.", ask="p",
         ans="One burger costs {ANS}.", money=True),
    dict(q="{a1} large boxes and {b1} small boxes weigh {c1} kg together. {a2} large boxes and {b2} small boxes weigh {c2} kg. How much does one small box weigh, in kg?",
         P="L", Q="s", define="Let `{P}` be the weight of a large box and `{Q}` the weight of a small box (kg).", ask="q",
         ans="A small box weighs {ANS} kg."),
    dict(q="Find two numbers such that {a1} times the first plus {b1} times the second is {c1}, and {a2} times the first plus {b2} times the second is {c2}. What is the first number?",
         P="a", Q="b", define="Let the first number be `{P}` and the second be `{Q}`.", ask="p",
         ans="The first number is {ANS}."),
    dict(q="A gardener pays {c1} for {a1} rose bushes and {b1} tulip bulbs, and {c2} for {a2} rose bushes and {b2} tulip bulbs. How much does one rose bush cost?",
         P="r", Q="t", define="Let `{P}` be the price of a rose bush and `{Q}` the price of a tulip bulb.", ask="p",
         ans="One rose bush costs {ANS}.", money=True),
]


def setup_sys(T, rng):
    p = {}
    people(rng, p)
    while True:
        a1, b1, a2, b2 = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6)
        if a1 * b2 == a2 * b1 or b1 == b2:
            continue
        break
    if T.get("money"):
        P = Fr(rng.randint(1, 12)) + rng.choice([0, 0, Fr(1, 2), Fr(1, 4)])
        Q = Fr(rng.randint(1, 12)) + rng.choice([0, 0, Fr(1, 2)])
    else:
        P, Q = Fr(rng.randint(2, 30)), Fr(rng.randint(2, 30))
    c1, c2 = a1 * P + b1 * Q, a2 * P + b2 * Q
    p.update(a1=a1, b1=b1, a2=a2, b2=b2, P=P, Q=Q)
    if T.get("money"):
        p.update(c1=M(c1), c2=M(c2))
    else:
        p.update(c1=c1, c2=c2)
    return p


def solve_sys(b, p, T):
    b.set(**strings(p))
    b.set(P=T["P"], Q=T["Q"])
    define = b.text(T["define"])
    return E.eng_system(b, dict(a1=p["a1"], b1=p["b1"], c1=p["c1"], a2=p["a2"], b2=p["b2"], c2=p["c2"],
                                pv=T["P"], qv=T["Q"], unit="$" if T.get("money") else None, define=T["define"],
                                lead=b.pick(["From the problem", "The two purchases give" if T.get("money") else "The two conditions give"]),
                                ans=T["ans"], ask=T["ask"], find_title="Find %s" % T["P"]))


# =========================================================== sum and difference
SUMDIFF = [
    dict(q="The sum of two numbers is {S} and their difference is {D}. What is the larger number?", X="x", Y="y",
         big="the larger number", small="the smaller number", ask="big", ans="The larger number is {ANS}."),
    dict(q="Two numbers add up to {S}. One number is {D} more than the other. Find the smaller number.", X="a", Y="b",
         big="the larger number", small="the smaller number", ask="small", ans="The smaller number is {ANS}."),
    dict(q="{name} and {name2} have {S} marbles altogether. {name} has {D} more marbles than {name2}. How many marbles does {name} have?",
         X="m", Y="n", big="{name}'s marbles", small="{name2}'s marbles", ask="big", ans="{name} has {ANS} marbles."),
    dict(q="A farmer has {S} animals, all sheep and goats. There are {D} more sheep than goats. How many goats are there?",
         X="s", Y="g", big="the number of sheep", small="the number of goats", ask="small", ans="There are {ANS} goats."),
    dict(q="A class has {S} students. There are {D} more girls than boys. How many girls are in the class?",
         X="g", Y="b", big="the number of girls", small="the number of boys", ask="big", ans="There are {ANS} girls in the class."),
    dict(q="Two numbers have a sum of {S} and a difference of {D}. What is the smaller number?", X="x", Y="y",
         big="the larger number", small="the smaller number", ask="small", ans="The smaller number is {ANS}."),
    dict(q="A {S}-inch board is cut into two pieces so that one piece is {D} inches longer than the other. How long is the longer piece?",
         X="L", Y="s", big="the longer piece", small="the shorter piece", ask="big", ans="The longer piece is {ANS} inches long."),
    dict(q="Together, a shirt and a hat cost {S}. The shirt costs {D} more than the hat. How much does the hat cost?",
         X="s", Y="h", big="the price of the shirt", small="the price of the hat", ask="small", money=True,
         ans="The hat costs {ANS}."),
]


def setup_sumdiff(T, rng):
    p = {}
    people(rng, p)
    if T.get("money"):
        y = Fr(rng.randint(4, 40)) + rng.choice([0, Fr(1, 2)])
        D = Fr(rng.randint(2, 30))
        p.update(S=M(2 * y + D), D=M(D), y=y)
    else:
        y = rng.randint(3, 90)
        D = rng.randint(2, max(3, min(40, y)))
        p.update(S=2 * y + D, D=D, y=y)
    return p


def solve_sumdiff(b, p, T):
    b.set(**strings(p))
    big = fill(T["big"], p)
    small = fill(T["small"], p)
    X, Y = T["X"], T["Y"]
    b.set(bigt=big, smallt=small)
    c = dict(S=p["S"], D=p["D"], X=X, Y=Y, unit="$" if T.get("money") else None,
             route=b.pick(["elim", "subst"]),
             define2="Let `{X}` be %s and `{Y}` be %s." % (big, small),
             lead2=b.pick(["From the problem", "The sum and the difference give two equations"]),
             define1=b.pick(["Let `{Y}` be %s. Then %s is `{Y} + {D}`." % (small, big),
                             "Let %s be `{Y}`, so %s is `{Y} + {D}`." % (small, big)]),
             lead1=b.pick(["The two add up to {S}", "Their sum is {S}"]),
             big=big, ask=T["ask"], ans=T["ans"], find_title="Find the other number")
    return E.eng_sumdiff(b, c)


# =========================================================== ages: future multiple
AGES_FUT = [
    dict(q="A mother is {k} times as old as her son. In {t} years, she will be {mw} as old as he will be. How old is the son now?",
         young="the son", old="the mother", ask="young", ans="The son is {ANS} years old."),
    dict(q="{name}'s father is {k} times as old as {name}. In {t} years, he will be only {mw} as old as {name}. How old is {name} now?",
         young="{name}", old="{name}'s father", ask="young", ans="{name} is {ANS} years old."),
    dict(q="{name}'s father is {k} times as old as {name}. In {t} years, he will be {mw} as old as {name}. How old is the father now?",
         young="{name}", old="the father", ask="old", ans="The father is {ANS} years old."),
    dict(q="A grandfather is {k} times as old as his granddaughter. In {t} years he will be {mw} as old as she is. How old will the granddaughter be in {t} years?",
         young="the granddaughter", old="the grandfather", ask="future", ans="The granddaughter will be {ANS}."),
    dict(q="An aunt is {k} times as old as her nephew. After {t} years, the aunt's age will be {m} times the nephew's age. Find the nephew's present age.",
         young="the nephew", old="the aunt", ask="young", ans="The nephew is {ANS} years old."),
    dict(q="A teacher is {k} times as old as her student. In {t} years, the teacher will be {mw} as old as the student. How old is the teacher now?",
         young="the student", old="the teacher", ask="old", ans="The teacher is {ANS} years old."),
    dict(q="{name} is {k} times as old as {her} little brother. In {t} years, {name} will be {mw} as old as {her} brother. How old is {her} brother now?",
         young="the brother", old="{name}", ask="young", ans="{name}'s brother is {ANS} years old.", sib=True),
    dict(q="A father is {k} times as old as his daughter. {t} years from now, he will be {mw} as old as she will be. What is the father's age now?",
         young="the daughter", old="the father", ask="old", ans="The father is {ANS} years old."),
]


def setup_agefut(T, rng):
    p = {}
    people(rng, p)
    while True:
        m = rng.choice([2, 2, 2, 3])
        k = rng.randint(m + 1, m + 4)
        x = rng.randint(2, 20)
        num = (k - m) * x
        if num % (m - 1):
            continue
        t = num // (m - 1)
        if k * x > 95 or t < 2 or t > 40:
            continue
        if T.get("sib"):
            if k * x > 30 or k > 4:
                continue
        elif (k - 1) * x < 18:
            continue
        break
    p.update(k=k, m=m, mw=WORD[m], t=t, x=x)
    return p


def solve_agefut(b, p, T):
    b.set(**strings(p))
    young, old = fill(T["young"], p), fill(T["old"], p)
    return E.eng_age_future(b, dict(k=p["k"], m=p["m"], t=p["t"], v=b.pick(["x", "s", "a"]),
                                    young=young, old=old, ask=T["ask"],
                                    lead=b.pick(["In {t} years, %s will be {m} times as old as %s" % (old, young),
                                                 "The future ages satisfy"]),
                                    ans=T["ans"], find_title="Find %s's age" % old if T["ask"] == "old" else None))


# =========================================================== ages: past multiple
AGES_PAST = [
    dict(q="{name} is {g} years older than {name2}. {p} years ago, {name} was {kw} as old as {name2}. How old is {name2} now?",
         young="{name2}", old="{name}", ask="young", ans="{name2} is {ANS} years old."),
    dict(q="{name} is {g} years older than {name2}. {p} years ago, {name} was {kw} as old as {name2}. How old is {name} now?",
         young="{name2}", old="{name}", ask="old", ans="{name} is {ANS} years old."),
    dict(q="A father is {g} years older than his son. {p} years ago, the father was {k} times as old as the son. How old is the son now?",
         young="the son", old="the father", parent=True, ask="young", ans="The son is {ANS} years old."),
    dict(q="A mother is {g} years older than her daughter. {p} years ago she was {kw} as old as her daughter. How old is the mother now?",
         young="the daughter", old="the mother", parent=True, ask="old", ans="The mother is {ANS} years old."),
    dict(q="{name}'s uncle is {g} years older than {name}. {p} years ago, the uncle was {k} times {name}'s age. How old is {name} today?",
         young="{name}", old="the uncle", ask="young", parent=True, ans="{name} is {ANS} years old."),
    dict(q="Two cousins are {g} years apart in age. {p} years ago, the older cousin was {kw} as old as the younger one. How old is the younger cousin now?",
         young="the younger cousin", old="the older cousin", ask="young", close=True, ans="The younger cousin is {ANS} years old."),
    dict(q="An oak tree was planted {g} years before a maple tree. {p} years ago, the oak was {k} times as old as the maple. How old is the maple now?",
         young="the maple", old="the oak", ask="young", ans="The maple is {ANS} years old."),
    dict(q="{name} is {g} years older than {her} sister. {p} years ago, {name} was {kw} as old as {her} sister. How old will the sister be in {p} years?",
         young="the sister", old="{name}", ask="future", close=True, ans="The sister will be {ANS} years old."),
]


def setup_agepast(T, rng):
    p = {}
    people(rng, p)
    while True:
        k = rng.choice([2, 2, 3, 3, 4])
        x = rng.randint(5, 40)
        pp = rng.randint(2, 15)
        if pp >= x:
            continue
        g = (k - 1) * (x - pp)
        if g <= pp or x + g > 95:
            continue
        if T.get("parent") and not 18 <= g <= 45:
            continue
        if g > 40:
            continue
        if T.get("close") and g > 12:
            continue
        break
    p.update(k=k, kw=WORD[k], g=g, p=pp, x=x)
    return p


def solve_agepast(b, p, T):
    b.set(**strings(p))
    young, old = fill(T["young"], p), fill(T["old"], p)
    return E.eng_age_past(b, dict(g=p["g"], p=p["p"], k=p["k"], v=b.pick(["x", "a", "y"]), young=young, old=old,
                                  ask=T["ask"], lead=b.pick(["{p} years ago, %s was {k} times as old as %s" % (old, young),
                                                             "Setting up the relationship from {p} years ago"]),
                                  ans=T["ans"], find_title="Find %s's age" % old if T["ask"] == "old" else None))


KINDS = [
    ("lin_plus", LIN_PLUS, setup_lin_plus, solve_lin_plus),
    ("lin_minus", LIN_MINUS, setup_lin_minus, solve_lin_minus),
    ("frac_eq", FRAC_EQ, setup_frac, solve_frac),
    ("fixed_rate", FIXED_RATE, setup_fixed, solve_fixed),
    ("spend_down", SPEND_DOWN, setup_down, solve_down),
    ("both_sides", BOTH, setup_both, solve_both),
    ("consecutive", CONSEC, setup_consec, solve_consec),
    ("multiple_sum", MULT_SUM, setup_mult, solve_mult),
    ("ages_sum", AGES_SUM, setup_ages_sum, solve_ages_sum),
    ("split3", SPLIT3, setup_split, solve_split),
    ("triangle", TRI, setup_tri, solve_tri),
    ("angles", ANGLES, setup_angles, solve_angles),
    ("rectangle", RECT, setup_rect, solve_rect),
    ("distance", DIST, setup_dist, solve_dist),
    ("coins", COINS, setup_coins, solve_coins),
    ("two_types", TICKETS, setup_tickets, solve_tickets),
    ("system", SYSTEMS, setup_sys, solve_sys),
    ("sum_diff", SUMDIFF, setup_sumdiff, solve_sumdiff),
    ("ages_future", AGES_FUT, setup_agefut, solve_agefut),
    ("ages_past", AGES_PAST, setup_agepast, solve_agepast),
]
