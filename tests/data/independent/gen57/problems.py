"""Problem structures for the grading/critique evaluation set.

Each structure has four phrasings (the user's word problem), a parameter
generator and a list of computation steps.  Values are Fractions.
Parameter kinds: n (count), $ (money), d (decimal measure), pct (percent
number), t (temperature, signed), z (signed integer), lit (plain number).
"""
from fractions import Fraction as F

STRUCTS = []


def st(name, op, args, kind, title, q, unit="", nofault=False, rem=False):
    return dict(name=name, op=op, args=list(args), kind=kind, title=title, q=q,
                unit=unit, nofault=nofault, rem=rem)


def struct(key, qs, gen, pk, steps):
    assert len(qs) == 4, key
    STRUCTS.append(dict(key=key, qs=qs, gen=gen, pk=pk, steps=steps))


def M(cents):
    return F(cents, 100)


# 1
def g_muffins(r):
    a, b = r.randint(3, 12), r.randint(6, 24)
    return dict(a=a, b=b, c=r.randint(10, a * b - 5))
struct("muffins", [
    "A bakery bakes {a} trays of muffins with {b} muffins on each tray. By closing time it has sold {c} muffins. How many muffins are left?",
    "Mrs. Lopez baked {a} trays of muffins for the school fair, and each tray held {b} muffins. She sold {c} of them. How many muffins does she have left?",
    "There are {a} trays with {b} muffins on each. If {c} muffins get eaten, how many muffins remain?",
    "A cafe fills {a} trays with {b} muffins apiece and then sells {c} muffins. How many muffins are still unsold?",
], g_muffins, dict(a="n", b="n", c="n"), [
    st("t", "mul", ["a", "b"], "n", "Muffins baked", "how many muffins were baked", "muffins"),
    st("x", "sub", ["t", "c"], "n", "Muffins left", "how many muffins are left", "muffins"),
])


# 2
def g_supplies(r):
    return dict(a=r.randint(3, 9), p=M(25 * r.randint(5, 19)), q=M(50 * r.randint(30, 90)))
struct("supplies", [
    "Jin buys {a} notebooks at {p} each and a backpack for {q}. How much does he spend in total?",
    "For school, Maria picks up {a} notebooks that cost {p} apiece, plus one backpack priced at {q}. What is her total bill?",
    "Notebooks cost {p} each and a backpack costs {q}. How much do {a} notebooks and one backpack cost altogether?",
    "A parent spends money on {a} notebooks ({p} each) and a {q} backpack. How much money is spent in all?",
], g_supplies, dict(a="n", p="$", q="$"), [
    st("n", "mul", ["a", "p"], "$", "Cost of the notebooks", "the cost of the notebooks"),
    st("t", "add", ["n", "q"], "$", "Total cost", "the total cost"),
])


# 3
def g_savings(r):
    a, w = r.randint(5, 25), r.randint(4, 15)
    return dict(a=F(a), w=w, c=F(r.randint(a * w // 3, a * w - 3)))
struct("savings", [
    "Ava saves {a} every week for {w} weeks. Then she spends {c} on a bike. How much money does she have left?",
    "Each week Tom puts {a} into his piggy bank. After {w} weeks he takes out {c} to buy a game. How much is left in the bank?",
    "Priya earns {a} a week walking dogs. She saves all of it for {w} weeks and then spends {c} on headphones. How much money remains?",
    "If you save {a} per week for {w} weeks and then spend {c}, how much money do you have left?",
], g_savings, dict(a="$", w="n", c="$"), [
    st("s", "mul", ["a", "w"], "$", "Amount saved", "how much was saved"),
    st("x", "sub", ["s", "c"], "$", "Money left", "how much money is left"),
])


# 4
def g_garden(r):
    return dict(r=r.randint(4, 15), p=r.randint(6, 18), e=r.randint(5, 40))
struct("garden", [
    "A garden has {r} rows with {p} tomato plants in each row. The gardener plants {e} more plants along the fence. How many tomato plants are there now?",
    "Ben plants {r} rows of tomatoes with {p} plants per row. Later he adds {e} plants by the gate. How many tomato plants does he have?",
    "In a community garden there are {r} rows of {p} tomato plants, and volunteers add another {e} plants. How many tomato plants are in the garden?",
    "A farmer sets out {p} tomato plants in each of {r} rows, then plants {e} extra. What is the total number of tomato plants?",
], g_garden, dict(r="n", p="n", e="n"), [
    st("g", "mul", ["r", "p"], "n", "Plants in the rows", "how many plants are in the rows", "plants"),
    st("x", "add", ["g", "e"], "n", "Total plants", "the total number of plants", "plants"),
])


# 5
def g_shelves(r):
    s, q = r.randint(4, 12), r.randint(12, 45)
    return dict(t=s * q, s=s, k=r.randint(3, 15))
struct("shelves", [
    "A library has {t} books shared equally among {s} shelves. Then {k} more books are put on each shelf. How many books are on each shelf now?",
    "{t} books are split evenly across {s} shelves. If the librarian adds {k} books to every shelf, how many books does each shelf hold?",
    "A bookstore arranges {t} books equally on {s} shelves and later places {k} new books on each shelf. How many books are on one shelf?",
    "Mr. Green puts {t} books equally on {s} shelves. He then adds {k} more to each shelf. How many books are on each shelf?",
], g_shelves, dict(t="n", s="n", k="n"), [
    st("e", "div", ["t", "s"], "n", "Books per shelf at first", "how many books were on each shelf at first", "books"),
    st("x", "add", ["e", "k"], "n", "Books per shelf now", "how many books are on each shelf now", "books"),
])


# 6
def g_buses(r):
    while True:
        b, g, c = r.randint(20, 90), r.randint(20, 90), r.choice([24, 30, 36, 40, 45, 48, 50])
        if (b + g) % c and (b + g) // c >= 2:
            return dict(b=b, g=g, c=c)
struct("buses", [
    "{b} boys and {g} girls are going on a field trip. Each bus holds {c} students. How many buses are needed?",
    "A school is taking {b} boys and {g} girls to the museum. If one bus can carry {c} students, how many buses does the school need?",
    "For a trip, {b} boys and {g} girls sign up. Buses seat {c} students each. What is the smallest number of buses needed?",
    "There are {b} boys and {g} girls in the fifth grade. How many buses that hold {c} students each are needed to take all of them on a trip?",
], g_buses, dict(b="n", g="n", c="n"), [
    st("s", "add", ["b", "g"], "n", "Total students", "how many students are going", "students"),
    st("q", "divr", ["s", "c"], "n", "Full buses", "how many buses are filled", "buses", nofault=True, rem=True),
    st("x", "add", ["q", 1], "n", "Buses needed", "how many buses are needed", "buses"),
])


# 7
def g_temp(r):
    t = r.randint(2, 9)
    d = r.randint(t + 4, t + 16)
    u = r.randint(1, d - t - 2)
    return dict(t=t, d=d, u=u)
struct("temperature", [
    "At midnight the temperature was {t}°C. It dropped {d} degrees before dawn, then rose {u} degrees by 9 a.m. What was the temperature at 9 a.m.?",
    "The temperature in a mountain town is {t}°C at sunset. Overnight it falls {d} degrees, and in the morning it climbs {u} degrees. What is the morning temperature?",
    "It was {t}°C in the evening. The temperature went down by {d} degrees overnight and then up by {u} degrees. What is the temperature now?",
    "A thermometer reads {t}°C. The temperature drops {d} degrees and then rises {u} degrees. What does the thermometer read now?",
], g_temp, dict(t="n", d="n", u="n"), [
    st("a", "sub", ["t", "d"], "t", "Temperature after the drop", "the temperature after the drop", "°C"),
    st("x", "add", ["a", "u"], "t", "Final temperature", "the final temperature", "°C"),
])


# 8
def g_pizza(r):
    n, d = r.choice([(1, 2), (2, 3), (3, 4), (3, 5), (5, 8), (1, 4)])
    while True:
        p, s = r.randint(3, 12), r.choice([6, 8, 10, 12])
        if (p * s) % d == 0:
            return dict(p=p, s=s, n=n, d=d)
struct("pizza", [
    "{p} pizzas are each cut into {s} slices. The guests eat {n}/{d} of all the slices. How many slices are left?",
    "For a party, Dad orders {p} pizzas, and each one is cut into {s} slices. If {n}/{d} of the slices are eaten, how many slices are left over?",
    "A team orders {p} pizzas with {s} slices each. The players eat {n}/{d} of the slices. How many slices remain?",
    "There are {p} pizzas, {s} slices per pizza. After {n}/{d} of the slices are eaten, how many slices are still there?",
], g_pizza, dict(p="n", s="n", n="lit", d="lit"), [
    st("t", "mul", ["p", "s"], "n", "Total slices", "the total number of slices", "slices"),
    st("e", "fof", ["n", "d", "t"], "n", "Slices eaten", "how many slices were eaten", "slices"),
    st("x", "sub", ["t", "e"], "n", "Slices left", "how many slices are left", "slices"),
])


# 9
def g_discount(r):
    return dict(P=F(r.randint(8, 60) * 5), r=r.choice([10, 15, 20, 25, 30, 40]))
struct("discount", [
    "A jacket costs {P}. It is on sale for {r}% off. What is the sale price?",
    "A store marks down a {P} pair of boots by {r}%. How much do the boots cost now?",
    "Leah wants a bike that normally costs {P}. This week it is {r}% off. How much will she pay?",
    "What is the price of a {P} tent after a {r}% discount?",
], g_discount, dict(P="$", r="pct"), [
    st("d", "pct", ["r", "P"], "$", "Discount", "the discount"),
    st("x", "sub", ["P", "d"], "$", "Sale price", "the sale price"),
])


# 10
def g_tip(r):
    while True:
        m, rr = r.randint(1800, 12000), r.choice([15, 18, 20])
        if (m * rr) % 100 == 0:
            return dict(M=M(m), r=rr)
struct("tip", [
    "A dinner bill is {M}. The family leaves a {r}% tip. What is the total amount they pay?",
    "Four friends have lunch and the bill comes to {M}. They add a {r}% tip. How much do they pay in total?",
    "The check at a restaurant is {M}, and Sara wants to tip {r}%. What is the total including the tip?",
    "A meal costs {M} before tip. With a {r}% tip, what is the total cost?",
], g_tip, dict(M="$", r="pct"), [
    st("t", "pct", ["r", "M"], "$", "Tip", "the tip"),
    st("x", "add", ["M", "t"], "$", "Total paid", "the total paid"),
])


# 11
def g_trip(r):
    return dict(h1=r.randint(2, 5), v1=r.choice([45, 50, 55, 60, 65, 70]),
                h2=r.randint(1, 4), v2=r.choice([30, 35, 40, 45, 50]))
struct("roadtrip", [
    "A family drives {h1} hours at {v1} miles per hour, then {h2} hours at {v2} miles per hour. How many miles do they drive in total?",
    "On a road trip, Mr. Kim drives for {h1} hours at {v1} mph and then for {h2} hours at {v2} mph. What total distance does he cover?",
    "A bus travels at {v1} miles per hour for {h1} hours and then at {v2} miles per hour for {h2} hours. How far does it go?",
    "Nora rides {h1} hours at a speed of {v1} mph and {h2} more hours at {v2} mph. How many miles does she travel?",
], g_trip, dict(h1="n", v1="n", h2="n", v2="n"), [
    st("a", "mul", ["h1", "v1"], "n", "First part", "the distance for the first part", "miles"),
    st("b", "mul", ["h2", "v2"], "n", "Second part", "the distance for the second part", "miles"),
    st("x", "add", ["a", "b"], "n", "Total distance", "the total distance", "miles"),
])


# 12
def g_practice(r):
    return dict(h=r.randint(2, 3), m=r.choice([5, 10, 15, 20, 25, 30, 40, 45]), d=r.randint(5, 14))
struct("practice", [
    "Leo practices piano for {h} hours and {m} minutes every day. How many minutes does he practice in {d} days?",
    "A swimmer trains {h} hours {m} minutes a day. How many minutes of training is that over {d} days?",
    "Each day Ana studies for {h} hours and {m} minutes. How many minutes does she study in {d} days?",
    "How many minutes are in {d} practice sessions if each session lasts {h} hours and {m} minutes?",
], g_practice, dict(h="n", m="n", d="n"), [
    st("a", "mul", ["h", 60], "n", "Minutes in the hours", "how many minutes are in the hours", "minutes"),
    st("b", "add", ["a", "m"], "n", "Minutes per day", "the minutes per day", "minutes"),
    st("x", "mul", ["b", "d"], "n", "Total minutes", "the total minutes", "minutes"),
])


# 13
def g_avg(r):
    while True:
        v = [r.randint(62, 99) for _ in range(4)]
        if sum(v) % 4 == 0:
            return dict(a=v[0], b=v[1], c=v[2], d=v[3])
struct("average", [
    "Maya's test scores are {a}, {b}, {c}, and {d}. What is her average score?",
    "A student scored {a}, {b}, {c} and {d} on four quizzes. What was the mean score?",
    "On four spelling tests Omar got {a}, {b}, {c}, and {d} points. What is his average?",
    "Find the average of these four game scores: {a}, {b}, {c}, {d}.",
], g_avg, dict(a="n", b="n", c="n", d="n"), [
    st("s", "add", ["a", "b", "c", "d"], "n", "Sum of the scores", "the sum of the scores", "points"),
    st("x", "div", ["s", 4], "n", "Average", "the average", "points"),
])


# 14
def g_marbles(r):
    n, d = r.choice([(1, 4), (1, 3), (2, 5), (1, 2), (3, 8)])
    while True:
        m, k = r.randint(4, 30) * d, r.choice([2, 3, 4, 5, 6])
        rest = m - m * n // d
        if rest % k == 0 and rest // k >= 2:
            return dict(m=m, n=n, d=d, k=k)
struct("marbles", [
    "Sam has {m} marbles. He gives {n}/{d} of them to his cousin and shares the rest equally among {k} friends. How many marbles does each friend get?",
    "A jar holds {m} marbles. Kate takes out {n}/{d} of them, then divides the remaining marbles equally into {k} bags. How many marbles go in each bag?",
    "Eli collected {m} marbles. He gives {n}/{d} of them away, and the rest are split evenly among {k} classmates. How many does each classmate get?",
    "Out of {m} marbles, {n}/{d} are given to a younger brother and the others are shared equally by {k} friends. How many marbles does each friend receive?",
], g_marbles, dict(m="n", n="lit", d="lit", k="n"), [
    st("g", "fof", ["n", "d", "m"], "n", "Marbles given away", "how many marbles were given away", "marbles"),
    st("r", "sub", ["m", "g"], "n", "Marbles left", "how many marbles are left", "marbles"),
    st("x", "div", ["r", "k"], "n", "Marbles per friend", "how many marbles each friend gets", "marbles"),
])


# 15
def g_lemonade(r):
    n, p = r.randint(20, 80), M(25 * r.randint(2, 6))
    return dict(n=n, p=p, c=M(25 * r.randint(20, int(n * p * 4) - 8)))
struct("lemonade", [
    "Zoe sells {n} cups of lemonade for {p} each. Her supplies cost {c}. What is her profit?",
    "At his lemonade stand, Max sold {n} cups at {p} a cup. He had spent {c} on lemons and sugar. How much profit did he make?",
    "A lemonade stand sells {n} cups at {p} per cup. Supplies cost {c}. How much money did the stand earn after paying for supplies?",
    "Two sisters spent {c} on supplies and sold {n} cups of lemonade for {p} each. What was their profit?",
], g_lemonade, dict(n="n", p="$", c="$"), [
    st("s", "mul", ["n", "p"], "$", "Sales", "the money from sales"),
    st("x", "sub", ["s", "c"], "$", "Profit", "the profit"),
])


# 16
def g_legs(r):
    return dict(c=r.randint(8, 60), w=r.randint(3, 30))
struct("legs", [
    "A farm has {c} chickens and {w} cows. How many legs do the animals have altogether?",
    "On Grandpa's farm there are {c} chickens and {w} cows. Counting all the animals, how many legs are there?",
    "How many legs are there in total on {c} chickens and {w} cows?",
    "A petting zoo has {w} cows and {c} chickens. How many legs do these animals have in all?",
], g_legs, dict(c="n", w="n"), [
    st("a", "mul", ["c", 2], "n", "Chicken legs", "how many legs the chickens have", "legs"),
    st("b", "mul", ["w", 4], "n", "Cow legs", "how many legs the cows have", "legs"),
    st("x", "add", ["a", "b"], "n", "Total legs", "the total number of legs", "legs"),
])


# 17
def g_rug(r):
    L, W = r.randint(10, 24), r.randint(8, 18)
    return dict(L=L, W=W, s=r.randint(3, min(L, W) - 2))
struct("rug", [
    "A room is {L} feet long and {W} feet wide. A square rug with sides of {s} feet is placed on the floor. How many square feet of floor are not covered?",
    "Jen's bedroom floor measures {L} ft by {W} ft. She puts down a square rug that is {s} ft on each side. How much floor area is left uncovered?",
    "A rectangular hall is {L} feet by {W} feet. A square mat {s} feet on a side covers part of it. What area of the floor is still showing?",
    "A {L}-by-{W} foot patio has a square planter box, {s} feet per side, on it. How many square feet of the patio are uncovered?",
], g_rug, dict(L="n", W="n", s="n"), [
    st("a", "mul", ["L", "W"], "n", "Floor area", "the area of the floor", "square feet"),
    st("b", "mul", ["s", "s"], "n", "Rug area", "the area of the rug", "square feet"),
    st("x", "sub", ["a", "b"], "n", "Uncovered area", "the uncovered area", "square feet"),
])


# 18
def g_stamps(r):
    a, k = r.randint(12, 60), r.randint(2, 4)
    return dict(a=a, k=k, f=r.randint(4, a * k - 5))
struct("stamps", [
    "Ann has {a} stamps. Ben has {k} times as many stamps as Ann, and Cara has {f} fewer stamps than Ben. How many stamps do the three of them have altogether?",
    "Ivy owns {a} stamps. Her brother owns {k} times as many, and her cousin owns {f} fewer than her brother. How many stamps do all three own?",
    "In a stamp club, Raj has {a} stamps, Lena has {k} times as many as Raj, and Tom has {f} fewer than Lena. What is the total number of stamps?",
    "Ann collected {a} stamps. Ben collected {k} times as many as Ann. Cara collected {f} fewer than Ben. How many stamps were collected in all?",
], g_stamps, dict(a="n", k="n", f="n"), [
    st("b", "mul", ["a", "k"], "n", "Second person's stamps", "how many stamps the second person has", "stamps"),
    st("c", "sub", ["b", "f"], "n", "Third person's stamps", "how many stamps the third person has", "stamps"),
    st("x", "add", ["a", "b", "c"], "n", "Total stamps", "the total number of stamps", "stamps"),
])


# 19
def g_reading(r):
    rr, d = r.randint(12, 45), r.randint(3, 9)
    return dict(r=rr, d=d, p=rr * d + r.randint(15, 180))
struct("reading", [
    "A book has {p} pages. Nina reads {r} pages a day for {d} days. How many pages does she still have to read?",
    "Carlos is reading a {p}-page novel. He reads {r} pages every day for {d} days. How many pages are left?",
    "A {p}-page book is being read at {r} pages per day. After {d} days, how many pages remain unread?",
    "Hana's book is {p} pages long. If she reads {r} pages each day for {d} days, how many pages will she have left?",
], g_reading, dict(p="n", r="n", d="n"), [
    st("a", "mul", ["r", "d"], "n", "Pages read", "how many pages were read", "pages"),
    st("x", "sub", ["p", "a"], "n", "Pages left", "how many pages are left", "pages"),
])


# 20
def g_bakesale(r):
    return dict(c=r.randint(20, 90), pc=M(r.choice([50, 75, 25])), b=r.randint(10, 60),
                pb=M(r.choice([125, 150, 175, 200])))
struct("bakesale", [
    "At a bake sale, {c} cookies sold for {pc} each and {b} brownies sold for {pb} each. How much money was raised?",
    "The class sold {c} cookies at {pc} apiece and {b} brownies at {pb} apiece. How much money did the class make?",
    "Cookies cost {pc} and brownies cost {pb}. If {c} cookies and {b} brownies are sold, how much money comes in?",
    "A bake sale table sells {b} brownies at {pb} each and {c} cookies at {pc} each. What is the total money collected?",
], g_bakesale, dict(c="n", pc="$", b="n", pb="$"), [
    st("a", "mul", ["c", "pc"], "$", "Cookie sales", "the money from cookies"),
    st("b2", "mul", ["b", "pb"], "$", "Brownie sales", "the money from brownies"),
    st("x", "add", ["a", "b2"], "$", "Total raised", "the total raised"),
])


# 21
def g_tank(r):
    f, t = r.randint(4, 25), r.randint(8, 40)
    s = r.randint(20, 300)
    return dict(L=s + f * t, s=s, f=f)
struct("tank", [
    "A water tank holds {L} liters. It already has {s} liters in it. A hose adds {f} liters per minute. How many minutes will it take to fill the tank?",
    "A pool needs {L} liters of water to be full and currently contains {s} liters. Water flows in at {f} liters a minute. How long, in minutes, until it is full?",
    "A rain barrel holds {L} liters and has {s} liters in it. If a pipe fills it at {f} liters per minute, how many minutes until the barrel is full?",
    "How many minutes does it take to fill a {L}-liter tank that already contains {s} liters, if water is added at {f} liters per minute?",
], g_tank, dict(L="n", s="n", f="n"), [
    st("a", "sub", ["L", "s"], "n", "Liters still needed", "how many liters are still needed", "liters"),
    st("x", "div", ["a", "f"], "n", "Minutes to fill", "how many minutes it takes", "minutes"),
])


# 22
def g_tickets(r):
    return dict(A=M(50 * r.randint(16, 40)), C=M(50 * r.randint(8, 20)), a=r.randint(2, 9), c=r.randint(2, 9))
struct("tickets", [
    "Tickets to a play cost {A} for adults and {C} for children. A group buys {a} adult tickets and {c} child tickets. What is the total cost?",
    "A museum charges {A} per adult and {C} per child. How much does it cost for {a} adults and {c} children to get in?",
    "For the school concert, {a} adult tickets at {A} each and {c} child tickets at {C} each were bought. How much was spent?",
    "Adult tickets are {A} and kids' tickets are {C}. What do {a} adult and {c} kids' tickets cost together?",
], g_tickets, dict(A="$", C="$", a="n", c="n"), [
    st("p", "mul", ["a", "A"], "$", "Adult tickets", "the cost of the adult tickets"),
    st("k", "mul", ["c", "C"], "$", "Child tickets", "the cost of the child tickets"),
    st("x", "add", ["p", "k"], "$", "Total cost", "the total cost"),
])


# 23
def g_phone(r):
    return dict(base=F(r.randint(15, 45)), xg=F(r.choice([5, 6, 8, 10, 12, 15])), g=r.randint(2, 7), m=r.choice([3, 4, 6, 12]))
struct("phone", [
    "A phone plan costs {base} per month plus {xg} for each gigabyte over the limit. Priya goes {g} gigabytes over every month. How much does she pay in {m} months?",
    "Each month Dev pays a {base} base fee and {xg} per extra gigabyte. He uses {g} extra gigabytes a month. What does he pay over {m} months?",
    "An internet plan has a monthly charge of {base} and costs {xg} for every gigabyte above the cap. If a family is {g} gigabytes over each month, how much do they pay for {m} months?",
    "What is the total phone bill for {m} months if the plan is {base} a month plus {xg} per gigabyte of overage, and the overage is {g} gigabytes each month?",
], g_phone, dict(base="$", xg="$", g="n", m="n"), [
    st("o", "mul", ["g", "xg"], "$", "Overage charge", "the monthly overage charge"),
    st("b", "add", ["base", "o"], "$", "Monthly bill", "the monthly bill"),
    st("x", "mul", ["b", "m"], "$", "Total bill", "the total bill"),
])


# 24
def g_eggs(r):
    while True:
        k, n = r.choice([6, 12, 10, 18]), r.randint(40, 250)
        if n % k:
            return dict(n=n, k=k)
struct("eggs", [
    "A farmer collects {n} eggs and packs them into cartons of {k}. After filling as many cartons as possible, how many eggs are left over?",
    "There are {n} eggs to be packed in boxes that hold {k} eggs each. Only full boxes are shipped. How many eggs are not shipped?",
    "A bakery gets {n} eggs and puts them in trays of {k}. How many eggs are left after all the full trays are made?",
    "How many eggs are left over if {n} eggs are packed into as many full cartons of {k} as possible?",
], g_eggs, dict(n="n", k="n"), [
    st("q", "divr", ["n", "k"], "n", "Full cartons", "how many full cartons there are", "cartons", nofault=True),
    st("p", "mul", ["q", "k"], "n", "Eggs packed", "how many eggs are packed", "eggs"),
    st("x", "sub", ["n", "p"], "n", "Eggs left over", "how many eggs are left over", "eggs"),
])


# 25
def g_overtime(r):
    return dict(r=F(r.choice([12, 14, 16, 18, 20, 22, 24, 26, 30])), h=r.randint(42, 55))
struct("overtime", [
    "Omar earns {r} an hour for the first 40 hours of a week and 1.5 times that rate for every hour over 40. Last week he worked {h} hours. How much did he earn?",
    "A nurse is paid {r} per hour for up to 40 hours a week, and time-and-a-half (1.5 times the rate) for overtime. How much does she earn in a week when she works {h} hours?",
    "Jess gets {r} an hour. Any hours beyond 40 in a week are paid at 1.5 times her hourly rate. What are her earnings for a {h}-hour week?",
    "Pay is {r} per hour for the first 40 hours and 1.5 times as much per hour after that. How much is earned for working {h} hours in one week?",
], g_overtime, dict(r="$", h="n"), [
    st("a", "mul", [40, "r"], "$", "Regular pay", "the regular pay"),
    st("o", "sub", ["h", 40], "n", "Overtime hours", "the number of overtime hours", "hours"),
    st("t", "mul", ["r", F(3, 2)], "$", "Overtime rate", "the overtime rate"),
    st("p", "mul", ["o", "t"], "$", "Overtime pay", "the overtime pay"),
    st("x", "add", ["a", "p"], "$", "Total pay", "the total pay"),
])


# 26
def g_recipe(r):
    n = r.choice([12, 18, 20, 24, 30])
    return dict(c=r.choice([2, 3, 4, 5]), n=n, m=n * r.randint(2, 6))
struct("recipe", [
    "A recipe uses {c} cups of flour to make {n} cookies. How many cups of flour are needed to make {m} cookies?",
    "To bake {n} cookies, Grandma uses {c} cups of flour. How much flour does she need for {m} cookies?",
    "A batch of {n} cookies takes {c} cups of flour. How many cups of flour go into {m} cookies?",
    "If {c} cups of flour make {n} cookies, how many cups are needed for {m} cookies?",
], g_recipe, dict(c="n", n="n", m="n"), [
    st("b", "div", ["m", "n"], "n", "Batches", "how many batches are needed", "batches"),
    st("x", "mul", ["b", "c"], "n", "Cups of flour", "how many cups of flour are needed", "cups"),
])


# 27
def g_markers(r):
    g = r.choice([3, 4, 5, 6])
    return dict(s=g * r.randint(5, 12), g=g, k=r.randint(3, 12))
struct("markers", [
    "A class of {s} students is split into groups of {g}. Each group gets {k} markers. How many markers are needed?",
    "Ms. Patel divides her {s} students into teams of {g}. Every team needs {k} markers. How many markers should she hand out?",
    "{s} campers are put into groups of {g}, and each group receives {k} markers. How many markers are used?",
    "If {s} students work in groups of {g} and each group uses {k} markers, how many markers are needed in all?",
], g_markers, dict(s="n", g="n", k="n"), [
    st("a", "div", ["s", "g"], "n", "Number of groups", "how many groups there are", "groups"),
    st("x", "mul", ["a", "k"], "n", "Markers needed", "how many markers are needed", "markers"),
])


# 28
def g_diver(r):
    d = r.randint(8, 30)
    u = r.randint(2, d - 3)
    return dict(d=d, nd=-d, u=u, v=r.randint(3, 20))
struct("diver", [
    "A diver is {d} meters below sea level (at -{d} m). She swims up {u} meters, then dives down {v} meters. What is her position now, as a signed number of meters?",
    "A submarine sits at -{d} meters. It rises {u} meters and then descends {v} meters. At what depth, written as a signed number, is it now?",
    "Starting at {d} m below the surface (-{d} m), a diver goes up {u} m and then down {v} m. What is the diver's new position in meters?",
    "A robot explorer is at an elevation of -{d} meters. It climbs {u} meters, then drops {v} meters. What is its elevation now?",
], g_diver, dict(d="n", nd="z", u="n", v="n"), [
    st("a", "add", ["nd", "u"], "z", "Position after rising", "the position after going up", "m"),
    st("x", "sub", ["a", "v"], "z", "Final position", "the final position", "m"),
])


# 29
def g_bank(r):
    B = r.randint(40, 200)
    W = B + r.randint(10, 90)
    return dict(B=F(B), W=F(W), D=F(r.randint(20, 150)))
struct("bank", [
    "Carlos has {B} in his checking account. He pays a bill of {W}, which overdraws the account, and then deposits {D}. What is his balance now?",
    "A checking account has {B}. A payment of {W} goes through, and then a deposit of {D} is made. What is the balance afterward? (A negative balance means the account is overdrawn.)",
    "Mia's account balance is {B}. She spends {W} with her debit card and later deposits {D}. What is her new balance?",
    "Starting with {B} in the bank, Leo writes a check for {W} and then deposits {D}. What is his account balance now?",
], g_bank, dict(B="$", W="$", D="$"), [
    st("a", "sub", ["B", "W"], "$", "Balance after the payment", "the balance after the payment"),
    st("x", "add", ["a", "D"], "$", "New balance", "the new balance"),
])


# 30
def g_fuel(r):
    k = r.choice([20, 24, 25, 28, 30, 32, 35, 40])
    return dict(k=k, D=k * r.randint(4, 15), p=M(r.choice([289, 315, 340, 350, 375, 399, 425])))
struct("fuel", [
    "Kai's car travels {k} miles on one gallon of gas. He drives {D} miles, and gas costs {p} per gallon. How much does the gas for the trip cost?",
    "A van gets {k} miles per gallon. Gas is {p} a gallon. What is the cost of gas for a {D}-mile trip?",
    "Mr. Diaz drives {D} miles in a car that goes {k} miles per gallon. If gas costs {p} per gallon, how much does he spend on gas?",
    "How much does gas cost for a {D}-mile drive if the car gets {k} miles to the gallon and gas is {p} per gallon?",
], g_fuel, dict(k="n", D="n", p="$"), [
    st("g", "div", ["D", "k"], "n", "Gallons used", "how many gallons are used", "gallons"),
    st("x", "mul", ["g", "p"], "$", "Cost of gas", "the cost of the gas"),
])


# 31
def g_ages(r):
    return dict(t=r.randint(5, 12), k=r.randint(2, 4), e=r.randint(1, 9), y=r.randint(3, 12))
struct("ages", [
    "Lily is {t} years old. Her mother's age is {k} times Lily's age plus {e} years. How old will her mother be in {y} years?",
    "Sam is {t}. His dad is {e} years older than {k} times Sam's age. How old will Sam's dad be {y} years from now?",
    "A girl is {t} years old. Her aunt is {e} years more than {k} times the girl's age. What will the aunt's age be in {y} years?",
    "Noah is {t} years old, and his grandfather's age is {k} times Noah's age plus {e}. How old will the grandfather be in {y} years?",
], g_ages, dict(t="n", k="n", e="n", y="n"), [
    st("a", "mul", ["t", "k"], "n", "Multiple of the age", "the multiple of the child's age", "years"),
    st("b", "add", ["a", "e"], "n", "Adult's age now", "the adult's age now", "years"),
    st("x", "add", ["b", "y"], "n", "Age later", "the age later", "years"),
])


# 32
def g_football(r):
    return dict(x=r.randint(2, 7), y=r.randint(1, 5), z=r.randint(1, 6))
struct("football", [
    "A football team scores {x} touchdowns worth 6 points each, {y} field goals worth 3 points each, and {z} extra points worth 1 point each. How many points does the team score?",
    "In a game the Eagles got {x} touchdowns (6 points each), {y} field goals (3 points each) and {z} extra points (1 point each). What was their score?",
    "Touchdowns are worth 6 points, field goals 3 points and extra points 1 point. A team makes {x} touchdowns, {y} field goals and {z} extra points. How many points is that?",
    "How many points does a team have after {x} six-point touchdowns, {y} three-point field goals and {z} one-point extra points?",
], g_football, dict(x="n", y="n", z="n"), [
    st("a", "mul", ["x", 6], "n", "Touchdown points", "the points from touchdowns", "points"),
    st("b", "mul", ["y", 3], "n", "Field goal points", "the points from field goals", "points"),
    st("c", "add", ["a", "b", "z"], "n", "Total points", "the total points", "points"),
])


# 33
def g_candy(r):
    b = r.choice([5, 6, 8, 10, 12])
    return dict(c=b * r.randint(8, 40), b=b, p=M(25 * r.randint(3, 12)))
struct("candy", [
    "A shop has {c} candies. It packs them in bags of {b} and sells each bag for {p}. How much money does the shop make if it sells every bag?",
    "Kim makes {c} caramels and puts {b} in each gift bag. She sells the bags for {p} each. How much does she earn if all the bags sell?",
    "{c} candies are packed {b} to a bag, and each bag sells for {p}. What is the total from selling all the bags?",
    "A candy maker bags {c} pieces of candy, {b} per bag, and charges {p} per bag. How much money is made from all the bags?",
], g_candy, dict(c="n", b="n", p="$"), [
    st("a", "div", ["c", "b"], "n", "Number of bags", "how many bags there are", "bags"),
    st("x", "mul", ["a", "p"], "$", "Money made", "the money made"),
])


# 34
def g_split(r):
    while True:
        k, P, c = r.randint(3, 6), M(25 * r.randint(32, 72)), F(r.choice([5, 10, 15]))
        tot = k * P - c
        if (tot * 100) % k == 0:
            return dict(k=k, P=P, c=c)
struct("splitbill", [
    "{k} friends each buy a concert ticket for {P}. They use a {c} coupon on the total and split the cost evenly. How much does each friend pay?",
    "A group of {k} cousins buys {k} tickets at {P} apiece, gets {c} off the whole order, and shares the cost equally. What does each cousin pay?",
    "Tickets cost {P} each. {k} friends buy one ticket each, apply a {c} discount to the total, and divide the bill equally. How much is each share?",
    "After buying {k} tickets at {P} each and subtracting a {c} coupon, {k} friends split the total evenly. How much does each person owe?",
], g_split, dict(k="n", P="$", c="$"), [
    st("t", "mul", ["k", "P"], "$", "Ticket total", "the total for the tickets"),
    st("a", "sub", ["t", "c"], "$", "After the coupon", "the total after the coupon"),
    st("x", "div", ["a", "k"], "$", "Each share", "each person's share"),
])


# 35
def g_increase(r):
    return dict(P=F(r.randint(12, 90) * 10), r=r.choice([5, 8, 10, 12, 15, 20, 25]))
struct("increase", [
    "A bike cost {P} last year. This year the price went up by {r}%. What does the bike cost now?",
    "The price of a laptop was {P}. It increased by {r}%. What is the new price?",
    "Rent for a small shop was {P} a month, and it is raised by {r}%. What is the new monthly rent?",
    "A {P} television gets a {r}% price increase. How much does it cost after the increase?",
], g_increase, dict(P="$", r="pct"), [
    st("a", "pct", ["r", "P"], "$", "Increase", "the amount of the increase"),
    st("x", "add", ["P", "a"], "$", "New price", "the new price"),
])


# 36
def g_test(r):
    while True:
        q, rr = r.choice([20, 25, 30, 40, 50, 60, 80]), r.choice([60, 70, 75, 80, 85, 90, 95])
        if (q * rr) % 100 == 0:
            return dict(q=q, r=rr)
struct("testpct", [
    "A test has {q} questions. Eli answers {r}% of them correctly. How many questions did he get wrong?",
    "On a {q}-question quiz, Rosa got {r}% right. How many questions did she miss?",
    "A spelling test has {q} words. If a student spells {r}% of them correctly, how many words are spelled wrong?",
    "Out of {q} questions, a student gets {r}% correct. How many does the student get wrong?",
], g_test, dict(q="n", r="pct"), [
    st("c", "pct", ["r", "q"], "n", "Correct answers", "how many answers are correct", "questions"),
    st("x", "sub", ["q", "c"], "n", "Questions missed", "how many questions were missed", "questions"),
])


# 37
def g_rope(r):
    while True:
        n, d = r.choice([(1, 4), (1, 3), (2, 5), (1, 2), (1, 5)])
        L = d * r.randint(2, 12)
        p = r.choice([F(1, 2), F(3, 2), F(2), F(5, 2), F(3), F(1)])
        rest = L - F(L * n, d)
        if (rest / p).denominator == 1 and rest / p >= 2:
            return dict(L=L, n=n, d=d, p=p)
struct("rope", [
    "A rope is {L} meters long. Dana uses {n}/{d} of it for a project and cuts the rest into pieces {p} meters long. How many pieces does she get?",
    "Ali has {L} m of ribbon. He uses {n}/{d} of it to wrap a gift and cuts what's left into {p} m strips. How many strips does he get?",
    "A {L}-meter length of pipe has {n}/{d} of it cut off. The remaining pipe is cut into sections of {p} meters. How many sections are there?",
    "From a {L} m roll of fabric, {n}/{d} is used for curtains. The rest is cut into pieces that are {p} m long. How many pieces are made?",
], g_rope, dict(L="n", n="lit", d="lit", p="d"), [
    st("a", "fof", ["n", "d", "L"], "d", "Length used", "the length used", "m"),
    st("b", "sub", ["L", "a"], "d", "Length left", "the length left", "m"),
    st("x", "div", ["b", "p"], "n", "Number of pieces", "how many pieces there are", "pieces"),
])


# 38
def g_pens(r):
    while True:
        n, P, k = r.choice([3, 6, 7, 9, 12]), M(r.randint(250, 1500)), r.randint(2, 4)
        tot, pens = k * P * 100, k * n
        rem = tot % pens
        if rem and rem * 2 != pens:
            return dict(n=n, P=P, k=k)
struct("pens", [
    "A store sells a pack of {n} pens for {P}. Mei buys {k} packs. To the nearest cent, what is the cost per pen?",
    "Markers come in packs of {n} that cost {P} each. If a teacher buys {k} packs, what does one marker cost, rounded to the nearest cent?",
    "Tom buys {k} boxes of {n} pencils at {P} per box. What is the price of one pencil, rounded to the nearest cent?",
    "A pack of {n} gel pens costs {P}. After buying {k} packs, what is the cost of each pen to the nearest cent?",
], g_pens, dict(n="n", P="$", k="n"), [
    st("t", "mul", ["k", "P"], "$", "Total cost", "the total cost"),
    st("p", "mul", ["k", "n"], "n", "Number of pens", "how many pens there are", "pens"),
    st("x", "round", ["t", "p"], "$", "Cost per pen", "the cost per pen", nofault=True),
])


# 39
def g_laps(r):
    return dict(t=r.choice([200, 400, 250, 500]), l=r.randint(3, 12), d=r.randint(2, 7))
struct("laps", [
    "A running track is {t} meters around. Jo runs {l} laps a day for {d} days. How many kilometers does she run in total?",
    "A track loop is {t} m long. Over {d} days, Theo runs {l} laps each day. How many kilometers is that?",
    "Every day for {d} days, Ella jogs {l} laps of a {t}-meter track. What is her total distance in kilometers?",
    "How many kilometers does a runner cover by running {l} laps of a {t} m track on each of {d} days?",
], g_laps, dict(t="n", l="n", d="n"), [
    st("a", "mul", ["t", "l"], "n", "Meters per day", "the meters run each day", "m"),
    st("b", "mul", ["a", "d"], "n", "Total meters", "the total meters", "m"),
    st("x", "div", ["b", 1000], "d", "Total kilometers", "the total in kilometers", "km"),
])


# 40
def g_change(r):
    a, b, c = M(r.randint(350, 899)), M(r.randint(99, 349)), M(r.randint(75, 299))
    return dict(a=a, b=b, c=c, P=F(20) if a + b + c < 19 else F(50))
struct("change", [
    "Ravi buys a sandwich for {a}, a drink for {b}, and a cookie for {c}. He pays with a {P} bill. How much change does he get?",
    "At the cafe, Lucy orders a salad for {a}, juice for {b}, and a muffin for {c}. She hands the cashier {P}. What is her change?",
    "A sandwich costs {a}, a smoothie costs {b}, and a snack bar costs {c}. How much change is left from {P}?",
    "Ian pays for items costing {a}, {b} and {c} with a {P} bill. How much change should he receive?",
], g_change, dict(a="$", b="$", c="$", P="$"), [
    st("t", "add", ["a", "b", "c"], "$", "Total cost", "the total cost"),
    st("x", "sub", ["P", "t"], "$", "Change", "the change"),
])


# 41
def g_tiles(r):
    while True:
        L, W, c = r.randint(8, 30), r.randint(6, 20), r.choice([10, 12, 15, 16, 20, 25])
        if (L * W) % c and L * W // c >= 3:
            return dict(L=L, W=W, c=c)
struct("tiles", [
    "A patio is {L} feet by {W} feet. One box of tiles covers {c} square feet. How many boxes are needed to cover the patio?",
    "Rosa is tiling a floor that measures {L} ft by {W} ft. Each box of tile covers {c} square feet, and she can only buy whole boxes. How many boxes does she need?",
    "A kitchen floor is {L} feet long and {W} feet wide. If a box of tiles covers {c} square feet, how many boxes must be bought?",
    "How many boxes of tiles, each covering {c} square feet, are needed for a {L} ft by {W} ft room?",
], g_tiles, dict(L="n", W="n", c="n"), [
    st("a", "mul", ["L", "W"], "n", "Area", "the area", "square feet"),
    st("q", "divr", ["a", "c"], "n", "Full boxes", "how many boxes are completely used", "boxes", nofault=True, rem=True),
    st("x", "add", ["q", 1], "n", "Boxes needed", "how many boxes are needed", "boxes"),
])


# 42
def g_steps(r):
    return dict(s=r.randint(60, 140) * 100 + r.choice([0, 50, 25, 75]), t=r.randint(40, 160) * 100 + r.choice([0, 50]))
struct("steps", [
    "Grace walks {s} steps a day on weekdays and {t} steps a day on weekends. How many steps does she walk in one week?",
    "A fitness tracker shows Ben averages {s} steps each weekday and {t} steps each weekend day. How many steps is that per week?",
    "On each of the 5 weekdays Kira walks {s} steps, and on each of the 2 weekend days she walks {t} steps. What is her weekly total?",
    "Someone walks {s} steps every weekday and {t} steps on each weekend day. How many steps do they take in a week?",
], g_steps, dict(s="n", t="n"), [
    st("a", "mul", ["s", 5], "n", "Weekday steps", "the weekday steps", "steps"),
    st("b", "mul", ["t", 2], "n", "Weekend steps", "the weekend steps", "steps"),
    st("x", "add", ["a", "b"], "n", "Weekly steps", "the total steps for the week", "steps"),
])


# 43
def g_stadium(r):
    s = r.randint(12, 40)
    return dict(s=s, r=r.randint(15, 40), n=r.randint(18, 35), c=r.randint(2, s // 3))
struct("stadium", [
    "A stadium has {s} sections. Each section has {r} rows of {n} seats. For one game, {c} sections are closed. How many seats are open?",
    "An arena is divided into {s} sections, each with {r} rows of {n} seats. If {c} sections are roped off, how many seats can be used?",
    "There are {s} seating sections in a ballpark, and every section has {r} rows with {n} seats per row. During repairs {c} sections are closed. How many seats are available?",
    "A theater complex has {s} sections of {r} rows with {n} seats in each row. {c} sections are closed for cleaning. How many seats are open?",
], g_stadium, dict(s="n", r="n", n="n", c="n"), [
    st("a", "mul", ["r", "n"], "n", "Seats per section", "the seats in one section", "seats"),
    st("b", "sub", ["s", "c"], "n", "Open sections", "how many sections are open", "sections"),
    st("x", "mul", ["a", "b"], "n", "Open seats", "how many seats are open", "seats"),
])


# 44
def g_compare(r):
    while True:
        a, b, c, d = r.randint(12, 60), r.randint(12, 60), r.randint(20, 45), r.randint(3, 6)
        if c * d - a - b >= 5:
            return dict(a=a, b=b, c=c, d=d)
struct("compare", [
    "Mia read {a} pages on Monday and {b} pages on Tuesday. Leo read {c} pages each day for {d} days. How many more pages did Leo read than Mia?",
    "Over two days, Sofia read {a} pages and then {b} pages. Her brother read {c} pages a day for {d} days. How many more pages did her brother read?",
    "Team A collected {a} cans on Friday and {b} cans on Saturday. Team B collected {c} cans a day for {d} days. How many more cans did Team B collect?",
    "Aya swam {a} laps on Monday and {b} laps on Wednesday. Ken swam {c} laps on each of {d} days. How many more laps did Ken swim than Aya?",
], g_compare, dict(a="n", b="n", c="n", d="n"), [
    st("m", "add", ["a", "b"], "n", "First total", "the first total"),
    st("l", "mul", ["c", "d"], "n", "Second total", "the second total"),
    st("x", "sub", ["l", "m"], "n", "Difference", "the difference"),
])
