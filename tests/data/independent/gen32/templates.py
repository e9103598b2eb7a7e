"""Problem templates: fractions, mixed numbers, ratios, proportions, unit rates, percents.

Step tuple: (key, "op arg arg ...", result_format, label, goal, sentence, unit)
"""
from fractions import Fraction as Fr
from math import gcd

from core import Template as T


def lcm(a, b):
    return a * b // gcd(a, b)


def fr(r, dens, lo=None, hi=None):
    while True:
        d = r.choice(dens)
        n = r.choice([k for k in range(1, d) if gcd(k, d) == 1])
        f = Fr(n, d)
        if (lo is None or f >= lo) and (hi is None or f <= hi):
            return f


def mixed(r, dens, wlo, whi):
    return r.randint(wlo, whi) + fr(r, dens)


def money_cents(r, lo, hi, step=5):
    """a non-integer money amount in [lo, hi] dollars, multiple of `step` cents."""
    while True:
        c = r.randrange(lo * 100, hi * 100 + 1, step)
        if c % 100:
            return Fr(c, 100)


TEMPLATES = []


def add(*a, **k):
    TEMPLATES.append(T(*a, **k))


# ====================================================================== A: fraction of a quantity

def g_a01(r):
    f = fr(r, [3, 4, 5, 6, 8])
    return {"f": f, "n": f.denominator * r.randint(4, 12)}


add("cookies_given",
    "{name} baked {n} cookies for a bake sale. {He} gave {f} of them to {his} neighbors. How many cookies does {name} have left?",
    g_a01,
    [("gave", "of f n", "int", "cookies given away", "find how many cookies {name} gave away", "{name} gave away {} cookies", "cookies"),
     ("left", "sub n gave", "int", "cookies left", "find how many cookies are left", "{name} has {} cookies left", "cookies")],
    "how many cookies {name} has left", "{name} has {} cookies left", "cookies", pu={"n": "cookies"})


def g_a02(r):
    f1 = fr(r, [3, 4, 5, 8])
    f2 = fr(r, [2, 3, 4])
    k = f2.denominator * r.randint(1, 4)
    n = f1.denominator * k
    if n > 90 or n < 16:
        return None
    return {"f1": f1, "f2": f2, "n": n}


add("walk_bike",
    "There are {n} students in a class. {f1} of them walk to school, and {f2} of the remaining students ride bikes. How many students ride bikes to school?",
    g_a02,
    [("walk", "of f1 n", "int", "students who walk", "find how many students walk", "{} students walk to school", "students"),
     ("rest", "sub n walk", "int", "students who do not walk", "find how many students do not walk", "{} students do not walk", "students"),
     ("bike", "of f2 rest", "int", "students who ride bikes", "find how many of those students ride bikes", "{} students ride bikes", "students")],
    "how many students ride bikes to school", "{} students ride bikes to school", "students", pu={"n": "students"})


def g_a03(r):
    f1 = fr(r, [3, 4, 5])
    f2 = fr(r, [2, 3, 4])
    m = f1.denominator * f2.denominator * r.randint(2, 8)
    if m < 40 or m > 480:
        return None
    return {"f1": f1, "f2": f2, "m": m}


add("money_jacket",
    "{name} had {m} in savings. {He} spent {f1} of it on a jacket and then spent {f2} of what was left on a book. How much money does {name} have left?",
    g_a03,
    [("jacket", "of f1 m", "money", "cost of the jacket", "find how much the jacket cost", "the jacket cost {}"),
     ("rem", "sub m jacket", "money", "money left after the jacket", "find how much money was left after buying the jacket", "{he} had {} left after the jacket"),
     ("book", "of f2 rem", "money", "cost of the book", "find how much {he} spent on the book", "the book cost {}"),
     ("left", "sub rem book", "money", "money left", "find how much money is left", "{name} has {} left")],
    "how much money {name} has left", "{name} has {} left", "", fmt={"m": "money"})


def g_a04(r):
    s = r.choice([8, 12, 16, 24])
    dens = [d for d in [2, 3, 4, 6, 8, 12] if s % d == 0 and d > 2]
    f1 = fr(r, dens)
    f2 = fr(r, dens)
    if f1 + f2 >= 1:
        return None
    return {"s": s, "f1": f1, "f2": f2}


add("pizza_slices",
    "A large pizza is cut into {s} equal slices. {name} ate {f1} of the pizza and {his} brother ate {f2} of it. How many slices are left?",
    g_a04,
    [("a", "of f1 s", "int", "slices {name} ate", "find how many slices {name} ate", "{name} ate {} slices", "slices"),
     ("b", "of f2 s", "int", "slices {his} brother ate", "find how many slices {his} brother ate", "{his} brother ate {} slices", "slices"),
     ("eaten", "add a b", "int", "slices eaten", "find the total number of slices eaten", "they ate {} slices in all", "slices"),
     ("left", "sub s eaten", "int", "slices left", "find how many slices are left", "{} slices are left", "slices")],
    "how many slices are left", "{} slices are left", "slices", pu={"s": "slices"})


def g_a05(r):
    f1 = fr(r, [3, 4, 5, 6, 8, 10])
    f2 = fr(r, [3, 4, 5, 6, 8, 10])
    if f1 + f2 >= 1 or f1.denominator == f2.denominator:
        return None
    l = lcm(f1.denominator, f2.denominator)
    n = l * r.randint(2, 12)
    if n > 600 or n < 40:
        return None
    return {"f1": f1, "f2": f2, "n": n}


add("garden_lawn",
    "A backyard has an area of {n} square meters. {f1} of it is a vegetable garden and {f2} of it is a patio. The rest is lawn. How many square meters of lawn are there?",
    g_a05,
    [("veg", "of f1 n", "int", "vegetable garden", "find the area of the vegetable garden", "the vegetable garden is {} square meters", "square meters"),
     ("pat", "of f2 n", "int", "patio", "find the area of the patio", "the patio is {} square meters", "square meters"),
     ("lawn", "sub n veg pat", "int", "lawn", "find the area of the lawn", "the lawn is {} square meters", "square meters")],
    "how many square meters of lawn there are", "there are {} square meters of lawn", "square meters", pu={"n": "square meters"})


def g_a06(r):
    f1 = fr(r, [3, 4, 5, 6, 8, 10, 12])
    f2 = fr(r, [3, 4, 5, 6, 8, 10, 12])
    if f1 + f2 >= 1 or f1.denominator == f2.denominator:
        return None
    l = lcm(f1.denominator, f2.denominator)
    if l > 40:
        return None
    n = l * r.randint(1, 5)
    if n < 20 or n > 120:
        return None
    return {"f1": f1, "f2": f2, "n": n}


add("marbles_green",
    "A bag holds {n} marbles. {f1} of the marbles are red, {f2} are blue, and the rest are green. How many green marbles are in the bag?",
    g_a06,
    [("rb", "fadd f1 f2", "frac", "fraction that is red or blue", "find the fraction of the marbles that are red or blue", "{} of the marbles are red or blue"),
     ("g", "oneminus rb", "frac", "fraction that is green", "find the fraction that is green", "{} of the marbles are green"),
     ("gm", "of g n", "int", "green marbles", "find the number of green marbles", "there are {} green marbles", "marbles")],
    "how many green marbles are in the bag", "there are {} green marbles in the bag", "marbles", pu={"n": "marbles"})


def g_a07(r):
    f1 = fr(r, [3, 4, 5, 6])
    f2 = fr(r, [2, 3, 4, 5])
    k = f2.denominator * r.randint(2, 8)
    n = f1.denominator * k
    if n < 60 or n > 480:
        return None
    return {"f1": f1, "f2": f2, "n": n}


add("book_pages",
    "{name}'s book has {n} pages. On Monday {he} read {f1} of the book. On Tuesday {he} read {f2} of the remaining pages. How many pages does {he} still have to read?",
    g_a07,
    [("mon", "of f1 n", "int", "pages read on Monday", "find how many pages {he} read on Monday", "{he} read {} pages on Monday", "pages"),
     ("rem", "sub n mon", "int", "pages left after Monday", "find how many pages were left after Monday", "{} pages were left after Monday", "pages"),
     ("tue", "of f2 rem", "int", "pages read on Tuesday", "find how many pages {he} read on Tuesday", "{he} read {} pages on Tuesday", "pages"),
     ("left", "sub rem tue", "int", "pages still to read", "find how many pages are still left", "{he} still has {} pages to read", "pages")],
    "how many pages {name} still has to read", "{name} still has {} pages to read", "pages", pu={"n": "pages"})


def g_a08(r):
    f = fr(r, [3, 4, 5, 8])
    n = f.denominator * r.randint(5, 40)
    need = n - n * f
    ks = [k for k in [4, 5, 6, 8, 10, 12, 15, 20, 25] if need % k == 0 and 3 <= need // k <= 60]
    if not ks:
        return None
    return {"f": f, "n": n, "k": r.choice(ks)}


add("tank_fill",
    "A water tank holds {n} liters when it is full. Right now it is only {f} full. A hose adds {k} liters of water per minute. How many minutes will it take to fill the tank?",
    g_a08,
    [("now", "of f n", "int", "water in the tank now", "find how much water is in the tank now", "the tank has {} liters in it now", "liters"),
     ("need", "sub n now", "int", "water still needed", "find how much more water is needed", "{} more liters are needed", "liters"),
     ("mins", "div need k", "int", "time to fill", "find how many minutes the hose needs", "it will take {} minutes", "minutes")],
    "how many minutes it will take to fill the tank", "it will take {} minutes to fill the tank", "minutes", pu={"n": "liters", "k": "liters"})


def g_a09(r):
    f = r.choice([Fr(3, 5), Fr(2, 3), Fr(3, 4), Fr(5, 8), Fr(4, 7), Fr(5, 9), Fr(7, 10), Fr(5, 6), Fr(7, 12)])
    n = f.denominator * r.randint(3, 9)
    return {"f": f, "n": n}


add("girls_more",
    "A chess club has {n} members, and {f} of them are girls. How many more girls than boys are in the club?",
    g_a09,
    [("g", "of f n", "int", "girls", "find the number of girls", "there are {} girls", "girls"),
     ("b", "sub n g", "int", "boys", "find the number of boys", "there are {} boys", "boys"),
     ("d", "sub g b", "int", "difference", "find how many more girls there are than boys", "there are {} more girls than boys", "girls")],
    "how many more girls than boys are in the club", "there are {} more girls than boys in the club", "more girls", pu={"n": "members"})


def g_a10(r):
    f = fr(r, [3, 4, 5, 6, 8])
    n = f.denominator * r.randint(5, 12)
    if n < 30 or n > 80:
        return None
    return {"f": f, "n": n, "k": r.choice([8, 9, 10, 11, 12, 14, 15])}


add("fuel_km",
    "A car's gas tank holds {n} liters. {name} started a trip with a full tank and used {f} of the gas. The car can go {k} kilometers on one liter of gas. How many more kilometers can {he} drive with the gas that is left?",
    g_a10,
    [("used", "of f n", "int", "gas used", "find how much gas was used", "{name} used {} liters", "liters"),
     ("left", "sub n used", "int", "gas left", "find how much gas is left", "{} liters are left", "liters"),
     ("km", "mul left k", "int", "distance left", "find how far {he} can still drive", "{he} can drive {} more kilometers", "km")],
    "how many more kilometers {name} can drive", "{name} can drive {} more kilometers", "km", pu={"n": "liters"})


def g_a11(r):
    f1 = fr(r, [3, 4, 5, 8, 10])
    f2 = fr(r, [4, 5, 6, 8, 10])
    if f1 + f2 >= Fr(9, 10) or f1.denominator == f2.denominator:
        return None
    l = lcm(f1.denominator, f2.denominator)
    m = l * r.randint(1, 120)
    if m < 1200 or m > 6000 or m % 10:
        return None
    return {"f1": f1, "f2": f2, "m": m}


add("salary_savings",
    "{name} earns {m} each month. {He} spends {f1} of it on rent and {f2} of it on food. {He} saves the rest. How much does {he} save each month?",
    g_a11,
    [("rent", "of f1 m", "money", "rent", "find how much {he} spends on rent", "{he} spends {} on rent"),
     ("food", "of f2 m", "money", "food", "find how much {he} spends on food", "{he} spends {} on food"),
     ("save", "sub m rent food", "money", "savings", "find how much is left to save", "{he} saves {} each month")],
    "how much {name} saves each month", "{name} saves {} each month", "", fmt={"m": "money"})


def g_a12(r):
    f = fr(r, [3, 4, 5, 6])
    v = r.choice([40, 45, 50, 60, 65])
    n = f.denominator * r.randint(10, 60)
    rest = n - n * f
    q = Fr(rest, v)
    if q.denominator not in (1, 2, 4) or q < 1 or q > 8 or n > 500:
        return None
    return {"f": f, "v": v, "n": n}


add("drive_hours",
    "The Lopez family is driving {n} miles to a lake. They drove {f} of the distance before lunch. After lunch they drive at {v} miles per hour. How many hours will the rest of the trip take?",
    g_a12,
    [("before", "of f n", "int", "miles before lunch", "find how far they drove before lunch", "they drove {} miles before lunch", "miles"),
     ("rest", "sub n before", "int", "miles left", "find how many miles are left", "{} miles are left", "miles"),
     ("hrs", "div rest v", "q", "time for the rest", "find how long the rest of the trip takes", "the rest of the trip takes {} hours", "hours")],
    "how many hours the rest of the trip will take", "the rest of the trip will take {} hours", "hours", pu={"n": "miles"})


def g_a13(r):
    f = fr(r, [3, 4, 5, 6])
    k = r.randint(3, 8)
    m = r.randint(2, 12)
    rest = k * m
    if rest % (f.denominator - f.numerator):
        return None
    n = rest // (f.denominator - f.numerator) * f.denominator
    if n > 150:
        return None
    return {"f": f, "k": k, "n": n}


add("candy_share",
    "{name} had {n} candies. {He} kept {f} of them and shared the rest equally among {k} friends. How many candies did each friend get?",
    g_a13,
    [("kept", "of f n", "int", "candies kept", "find how many candies {he} kept", "{he} kept {} candies", "candies"),
     ("rest", "sub n kept", "int", "candies shared", "find how many candies were shared", "{he} shared {} candies", "candies"),
     ("each", "div rest k", "int", "candies per friend", "find how many candies each friend got", "each friend got {} candies", "candies")],
    "how many candies each friend got", "each friend got {} candies", "candies", pu={"n": "candies"})


def g_a14(r):
    f = r.choice([Fr(1, 2), Fr(2, 3), Fr(3, 4), Fr(3, 5), Fr(5, 6), Fr(3, 8), Fr(4, 5), Fr(5, 8)])
    return {"f": f, "n": f.denominator * r.randint(4, 15)}


add("stickers_as_many",
    "{friend} has {n} stickers. {name} has {f} as many stickers as {friend}. How many stickers do they have altogether?",
    g_a14,
    [("h", "of f n", "int", "{name}'s stickers", "find how many stickers {name} has", "{name} has {} stickers", "stickers"),
     ("tot", "add n h", "int", "total stickers", "find the total number of stickers", "together they have {} stickers", "stickers")],
    "how many stickers they have altogether", "they have {} stickers altogether", "stickers", pu={"n": "stickers"})


def g_a15(r):
    f = fr(r, [3, 4, 5, 6, 8])
    g = fr(r, [2, 3, 4, 5, 6, 8])
    num = lcm(f.denominator, g.denominator) * r.randint(1, 6)
    if num < 12 or num > 200 or f == g:
        return None
    return {"f": f, "g": g, "a": f * num}


add("number_reverse",
    "{f} of a number is {a}. What is {g} of the same number?",
    g_a15,
    [("num", "fdiv a f", "int", "the number", "find the number", "the number is {}"),
     ("ans", "of g num", "int", "{g} of the number", "find {g} of the number", "{g} of the number is {}")],
    "{g} of the number", "{g} of the number is {}", "")


def g_a16(r):
    f = fr(r, [3, 4, 5, 6, 8])
    tot = f.denominator * r.randint(3, 30)
    a = tot * (1 - f)
    if tot > 400:
        return None
    return {"f": f, "a": a}


add("savings_reverse",
    "After spending {f} of {his} savings on a new bike, {name} had {a} left. How much money did {name} have before buying the bike?",
    g_a16,
    [("lf", "oneminus f", "frac", "fraction of savings left", "find what fraction of the savings was left", "{} of the savings was left"),
     ("tot", "fdiv a lf", "money", "original savings", "find the original amount of savings", "{name} had {} at first")],
    "how much money {name} had before buying the bike", "{name} had {} before buying the bike", "", fmt={"a": "money"})


def g_a17(r):
    f = fr(r, [2, 3, 4, 5, 6, 10, 12])
    g = fr(r, [3, 4, 5, 6, 10, 12])
    if f == g:
        return None
    return {"f": f, "g": g}


add("minutes_homework",
    "{name} spent {f} of an hour on math homework and {g} of an hour reading. How many minutes did {he} spend on both activities?",
    g_a17,
    [("m1", "of f 60", "int", "minutes on math", "find the minutes spent on math", "{he} spent {} minutes on math", "minutes"),
     ("m2", "of g 60", "int", "minutes reading", "find the minutes spent reading", "{he} spent {} minutes reading", "minutes"),
     ("tot", "add m1 m2", "int", "total minutes", "find the total time in minutes", "{he} spent {} minutes in all", "minutes")],
    "how many minutes {name} spent on both activities", "{name} spent {} minutes on both activities", "minutes")


def g_a18(r):
    f1 = fr(r, [3, 4, 5, 6])
    f2 = fr(r, [2, 3, 4, 5])
    k = f2.denominator * r.randint(1, 6)
    n = f1.denominator * k
    if n < 24 or n > 240:
        return None
    return {"f1": f1, "f2": f2, "n": n}


add("muffins_sold",
    "A bakery made {n} muffins. In the morning it sold {f1} of them. In the afternoon it sold {f2} of the remaining muffins. How many muffins did the bakery sell in all?",
    g_a18,
    [("morn", "of f1 n", "int", "muffins sold in the morning", "find how many muffins were sold in the morning", "the bakery sold {} muffins in the morning", "muffins"),
     ("rem", "sub n morn", "int", "muffins remaining", "find how many muffins remained", "{} muffins remained", "muffins"),
     ("aft", "of f2 rem", "int", "muffins sold in the afternoon", "find how many were sold in the afternoon", "it sold {} muffins in the afternoon", "muffins"),
     ("sold", "add morn aft", "int", "total sold", "find the total number of muffins sold", "the bakery sold {} muffins in all", "muffins")],
    "how many muffins the bakery sold in all", "the bakery sold {} muffins in all", "muffins", pu={"n": "muffins"})


def g_a19(r):
    f = fr(r, [2, 3, 4, 5, 6, 8, 10])
    h = f.denominator * r.randint(3, 20)
    if h < 30 or h > 180:
        return None
    return {"f": f, "h": h, "g": r.randint(4, 25)}


add("sunflower_growth",
    "A sunflower was {h} cm tall. During June it grew by {f} of its height. In July it grew another {g} cm. How tall was the sunflower at the end of July?",
    g_a19,
    [("gr", "of f h", "int", "growth in June", "find how much it grew in June", "it grew {} cm in June", "cm"),
     ("jun", "add h gr", "int", "height after June", "find its height at the end of June", "it was {} cm tall at the end of June", "cm"),
     ("jul", "add jun g", "int", "height after July", "find its height at the end of July", "it was {} cm tall at the end of July", "cm")],
    "how tall the sunflower was at the end of July", "the sunflower was {} cm tall at the end of July", "cm", pu={"h": "cm", "g": "cm"})


def g_a20(r):
    f = fr(r, [3, 4, 5, 6, 8])
    n = f.denominator * r.randint(6, 30)
    if n > 240:
        return None
    school = n - n * f
    k = r.randint(2, 9)
    if k >= school:
        return None
    return {"f": f, "n": n, "k": k}


add("field_trip_present",
    "There are {n} students in a grade. On Friday, {f} of them went on a field trip and the rest stayed at school. Of the students who stayed, {k} were absent. How many students were in class at school on Friday?",
    g_a20,
    [("trip", "of f n", "int", "students on the trip", "find how many students went on the trip", "{} students went on the field trip", "students"),
     ("stay", "sub n trip", "int", "students who stayed", "find how many students stayed at school", "{} students stayed at school", "students"),
     ("cls", "sub stay k", "int", "students in class", "find how many were in class", "{} students were in class", "students")],
    "how many students were in class on Friday", "{} students were in class on Friday", "students", pu={"n": "students", "k": "students"})


def g_a21(r):
    f1 = fr(r, [2, 3, 4, 5])
    f2 = fr(r, [2, 3, 4, 5, 6])
    n = f1.denominator * f2.denominator * r.randint(1, 8)
    if n < 20 or n > 200:
        return None
    return {"f1": f1, "f2": f2, "n": n}


add("orange_guppies",
    "An aquarium has {n} fish. {f1} of the fish are guppies, and {f2} of the guppies are orange. How many fish in the aquarium are not orange guppies?",
    g_a21,
    [("g", "of f1 n", "int", "guppies", "find the number of guppies", "there are {} guppies", "fish"),
     ("o", "of f2 g", "int", "orange guppies", "find the number of orange guppies", "{} of the guppies are orange", "fish"),
     ("other", "sub n o", "int", "fish that are not orange guppies", "find how many fish are not orange guppies", "{} fish are not orange guppies", "fish")],
    "how many fish are not orange guppies", "{} fish are not orange guppies", "fish", pu={"n": "fish"})


def g_a22(r):
    f = fr(r, [3, 4, 5, 6, 8])
    n = f.denominator * r.randint(4, 20)
    return {"f": f, "n": n, "k": r.choice([15, 20, 24, 25, 30, 35, 40, 45, 50])}


add("apple_orchard",
    "An orchard has {n} trees. {f} of the trees are apple trees. Each apple tree produces {k} kilograms of apples. How many kilograms of apples does the orchard produce?",
    g_a22,
    [("a", "of f n", "int", "apple trees", "find how many apple trees there are", "there are {} apple trees", "trees"),
     ("kg", "mul a k", "int", "apples produced", "find the total kilograms of apples", "the orchard produces {} kilograms of apples", "kg")],
    "how many kilograms of apples the orchard produces", "the orchard produces {} kilograms of apples", "kg", pu={"n": "trees", "k": "kg"})


def g_a23(r):
    f1 = fr(r, [2, 3, 4, 5])
    f2 = fr(r, [3, 4, 5, 6])
    n = f1.denominator * f2.denominator * r.randint(2, 20)
    if n < 60 or n > 900:
        return None
    return {"f1": f1, "f2": f2, "n": n, "k": r.randint(4, 30)}


add("library_mysteries",
    "A school library has {n} books. {f1} of them are fiction, and {f2} of the fiction books are mysteries. The library then buys {k} new mystery books. How many mystery books does the library have now?",
    g_a23,
    [("fic", "of f1 n", "int", "fiction books", "find the number of fiction books", "there are {} fiction books", "books"),
     ("mys", "of f2 fic", "int", "mystery books", "find the number of mystery books", "there are {} mystery books", "books"),
     ("now", "add mys k", "int", "mystery books now", "add the new books", "the library now has {} mystery books", "books")],
    "how many mystery books the library has now", "the library now has {} mystery books", "books", pu={"n": "books", "k": "books"})


def g_a24(r):
    f = fr(r, [3, 4, 5, 6, 8])
    n = f.denominator * r.randint(4, 10)
    if n < 24 or n > 72:
        return None
    filled = n * f
    k = r.randint(2, 12)
    if filled + k >= n:
        return None
    return {"f": f, "n": n, "k": k}


add("bus_seats",
    "A bus has {n} seats. At the first stop, {f} of the seats were filled. At the second stop, {k} more people got on and each took an empty seat. How many seats are still empty?",
    g_a24,
    [("filled", "of f n", "int", "seats filled at the first stop", "find how many seats were filled at the first stop", "{} seats were filled", "seats"),
     ("now", "add filled k", "int", "seats filled now", "find how many seats are filled now", "{} seats are filled now", "seats"),
     ("empty", "sub n now", "int", "empty seats", "find how many seats are empty", "{} seats are still empty", "seats")],
    "how many seats are still empty", "{} seats are still empty", "seats", pu={"n": "seats", "k": "seats"})


# ====================================================================== B: adding / subtracting fractions

def g_b01(r):
    s = r.choice([8, 12, 16, 24])
    dens = [d for d in [2, 3, 4, 6, 8, 12] if s % d == 0]
    f1 = fr(r, dens)
    f2 = fr(r, dens)
    if f1 + f2 >= 1 or f1.denominator == f2.denominator:
        return None
    return {"s": s, "f1": f1, "f2": f2}


add("pizza_fraction_left",
    "{name} ordered a pizza cut into {s} equal slices. {He} ate {f1} of the pizza, and {his} friend ate {f2} of it. How many slices of pizza are left?",
    g_b01,
    [("eaten", "fadd f1 f2", "frac", "fraction eaten", "find the fraction of the pizza that was eaten", "they ate {} of the pizza"),
     ("lf", "oneminus eaten", "frac", "fraction left", "find the fraction that is left", "{} of the pizza is left"),
     ("sl", "of lf s", "int", "slices left", "find how many slices are left", "{} slices are left", "slices")],
    "how many slices of pizza are left", "{} slices of pizza are left", "slices", pu={"s": "slices"})


def g_b02(r):
    m1 = mixed(r, [2, 4, 8], 1, 5)
    m2 = mixed(r, [2, 4, 8], 1, 5)
    L = r.randint(8, 20)
    if m1 + m2 >= L - 1 or m1.denominator == m2.denominator == 2:
        return None
    return {"L": L, "m1": m1, "m2": m2}


add("rope_cut",
    "A rope is {L} meters long. {name} cuts off a piece that is {m1} meters long and another piece that is {m2} meters long. How much rope is left?",
    g_b02,
    [("cut", "add m1 m2", "q", "total cut off", "find the total length cut off", "{name} cut off {} meters in all", "meters"),
     ("left", "sub L cut", "q", "rope left", "find how much rope is left", "{} meters of rope are left", "meters")],
    "how much rope is left", "{} meters of rope are left", "meters", pu={"L": "meters", "m1": "meters", "m2": "meters"})


def g_b03(r):
    ms = [mixed(r, [2, 4, 8], 1, 4) for _ in range(3)]
    tot = sum(ms)
    G = int(tot) + r.randint(2, 6)
    if len(set(m.denominator for m in ms)) < 2:
        return None
    return {"m1": ms[0], "m2": ms[1], "m3": ms[2], "G": G}


add("walk_goal",
    "{name} walked {m1} miles on Monday, {m2} miles on Tuesday, and {m3} miles on Wednesday. {His} goal for the three days was {G} miles. How many more miles does {he} need to walk to reach {his} goal?",
    g_b03,
    [("tot", "add m1 m2 m3", "q", "miles walked so far", "find the total distance walked", "{he} walked {} miles in all", "miles"),
     ("more", "sub G tot", "q", "miles still needed", "find how many more miles are needed", "{he} needs {} more miles", "miles")],
    "how many more miles {name} needs to walk", "{name} needs to walk {} more miles", "miles", pu={"G": "miles"})


def g_b04(r):
    m1 = mixed(r, [2, 3, 4, 8], 1, 3)
    m2 = mixed(r, [2, 3, 4, 8], 1, 3)
    if m1.denominator == m2.denominator or m1.denominator * m2.denominator in (6, 12, 24):
        if (m1 + m2).denominator not in (1, 2, 4, 8):
            return None
    G = r.randint(6, 12)
    if m1 + m2 >= G - Fr(1, 2):
        return None
    return {"G": G, "m1": m1, "m2": m2}


add("paint_left",
    "{name} bought {G} gallons of paint. {He} used {m1} gallons on the fence and {m2} gallons on the shed. How many gallons of paint are left?",
    g_b04,
    [("l1", "sub G m1", "q", "paint left after the fence", "find how much paint was left after painting the fence", "{} gallons were left after the fence", "gallons"),
     ("l2", "sub l1 m2", "q", "paint left after the shed", "find how much paint is left after the shed", "{} gallons are left", "gallons")],
    "how many gallons of paint are left", "{} gallons of paint are left", "gallons", pu={"G": "gallons", "m1": "gallons", "m2": "gallons"})


def g_b05(r):
    m1 = mixed(r, [2, 4, 8], 1, 4)
    m2 = mixed(r, [2, 4, 8], 1, 4)
    m3 = mixed(r, [2, 4, 8], 1, 3)
    if m3 >= m1 + m2 - 1 or m1.denominator == m2.denominator:
        return None
    return {"m1": m1, "m2": m2, "m3": m3}


add("rain_may",
    "It rained {m1} inches in March and {m2} inches in April. May had {m3} inches less rain than March and April combined. How many inches of rain fell in May?",
    g_b05,
    [("ma", "add m1 m2", "q", "March and April rain", "find the rain in March and April combined", "March and April had {} inches combined", "inches"),
     ("may", "sub ma m3", "q", "May rain", "find the rain in May", "May had {} inches of rain", "inches")],
    "how many inches of rain fell in May", "{} inches of rain fell in May", "inches", pu={"m1": "inches", "m2": "inches", "m3": "inches"})


def g_b06(r):
    m1 = mixed(r, [2, 4, 3], 1, 3)
    f1 = fr(r, [2, 3, 4, 8])
    f2 = fr(r, [2, 3, 4, 8])
    s = m1 + f1 + f2
    if s.denominator not in (1, 2, 4, 8) or len({m1.denominator, f1.denominator, f2.denominator}) < 2:
        return None
    return {"m1": m1, "f1": f1, "f2": f2}


add("granola_double",
    "A granola recipe uses {m1} cups of oats, {f1} cup of nuts, and {f2} cup of raisins. {name} wants to make a double batch. How many cups of these ingredients will {he} need in all?",
    g_b06,
    [("one", "add m1 f1 f2", "q", "cups in one batch", "find the total for one batch", "one batch uses {} cups", "cups"),
     ("dbl", "mul one 2", "q", "cups for a double batch", "double the amount", "a double batch needs {} cups", "cups")],
    "how many cups {name} will need in all", "{name} will need {} cups in all", "cups", pu={"m1": "cups"})


def g_b07(r):
    f1 = fr(r, [3, 4, 5, 6, 10, 12])
    f2 = fr(r, [3, 4, 5, 6, 10, 12])
    if f1 + f2 >= 1 or f1.denominator == f2.denominator:
        return None
    return {"f1": f1, "f2": f2}


add("homework_fraction_hours",
    "{name} spent {f1} of an hour on science and {f2} of an hour on spelling. How many minutes did {he} spend in all?",
    g_b07,
    [("t", "fadd f1 f2", "frac", "time in hours", "add the two fractions of an hour", "{he} spent {} of an hour in all"),
     ("m", "of t 60", "int", "time in minutes", "convert that to minutes", "{he} spent {} minutes", "minutes")],
    "how many minutes {name} spent in all", "{name} spent {} minutes in all", "minutes")


def g_b08(r):
    f1 = fr(r, [4, 5, 8, 10])
    f2 = fr(r, [4, 5, 8, 10, 20])
    if f1 + f2 >= 1 or f1.denominator == f2.denominator:
        return None
    return {"f1": f1, "f2": f2}


add("pie_percent_left",
    "A pie is cut into equal pieces. {name} ate {f1} of the pie and {his} sister ate {f2} of the pie. What percent of the pie is left?",
    g_b08,
    [("eaten", "fadd f1 f2", "frac", "fraction eaten", "find the fraction of the pie eaten", "they ate {} of the pie"),
     ("lf", "oneminus eaten", "frac", "fraction left", "find the fraction left", "{} of the pie is left"),
     ("pct", "topct lf", "pct", "percent left", "convert the fraction left to a percent", "{} of the pie is left")],
    "what percent of the pie is left", "{} of the pie is left", "")


def g_b09(r):
    f1 = fr(r, [2, 3, 4, 5, 6, 8, 10, 12, 16])
    f2 = fr(r, [2, 3, 4, 5, 6, 8, 10, 12, 16])
    if f1 <= f2 or f1.denominator == f2.denominator:
        return None
    return {"f1": f1, "f2": f2}


add("run_feet",
    "{name} ran {f1} of a mile and {friend} ran {f2} of a mile. How many feet farther did {name} run than {friend}? (There are 5280 feet in a mile.)",
    g_b09,
    [("diff", "fsub f1 f2", "frac", "difference in miles", "find the difference in miles", "{name} ran {} of a mile farther"),
     ("ft", "of diff 5280", "int", "difference in feet", "convert the difference to feet", "that is {} feet", "feet")],
    "how many feet farther {name} ran", "{name} ran {} feet farther than {friend}", "feet")


def g_b10(r):
    m1 = mixed(r, [2, 4, 8], 1, 4)
    m2 = mixed(r, [2, 4, 8], 1, 4)
    L = r.randint(7, 15)
    if m1 + m2 >= L - 1 or m1.denominator == m2.denominator:
        return None
    return {"L": L, "m1": m1, "m2": m2}


add("trail_left",
    "A hiking trail is {L} miles long. {name} hiked {m1} miles before lunch and {m2} miles after lunch. How many miles of the trail does {he} have left?",
    g_b10,
    [("done", "add m1 m2", "q", "miles hiked", "find how far {he} has hiked", "{he} has hiked {} miles", "miles"),
     ("left", "sub L done", "q", "miles left", "find how many miles are left", "{he} has {} miles left", "miles")],
    "how many miles of the trail {name} has left", "{name} has {} miles of the trail left", "miles", pu={"L": "miles"})


def g_b11(r):
    f = fr(r, [2, 3, 4, 8])
    cnt = r.randint(5, 20)
    m = f * cnt
    if m.denominator == 1 or m < 2:
        return None
    k = r.randint(1, cnt - 2)
    return {"f": f, "m": m, "k": k}


add("ribbon_bows",
    "{name} has a ribbon that is {m} yards long. Each bow uses {f} yard of ribbon. How many bows can {he} make? If {he} gives away {k} of the bows, how many bows will {he} have left?",
    g_b11,
    [("bows", "fdiv m f", "int", "bows made", "find how many bows {he} can make", "{he} can make {} bows", "bows"),
     ("left", "sub bows k", "int", "bows left", "find how many bows are left", "{he} has {} bows left", "bows")],
    "how many bows {name} will have left", "{name} will have {} bows left", "bows", pu={"k": "bows"})


def g_b12(r):
    f = fr(r, [2, 3, 4])
    if f == Fr(1, 2) and r.random() < 0.5:
        return None
    cnt = r.randint(6, 30)
    c = f * cnt
    if c.denominator != 1:
        return None
    p = money_cents(r, 2, 6, 25)
    return {"f": f, "c": c, "p": p}


add("soup_bowls",
    "A pot holds {c} cups of soup. Each bowl holds {f} cup. How many bowls can be filled? If each bowl of soup sells for {p}, how much money will all the bowls bring in?",
    g_b12,
    [("b", "fdiv c f", "int", "bowls", "find how many bowls can be filled", "{} bowls can be filled", "bowls"),
     ("money", "mul b p", "money", "money from the bowls", "find how much money the bowls bring in", "the bowls bring in {}")],
    "how much money all the bowls bring in", "all the bowls bring in {}", "", fmt={"p": "money"}, pu={"c": "cups"})


def g_b13(r):
    m1 = mixed(r, [2, 4], 1, 4)
    L = r.randint(6, 14)
    k = r.choice([2, 3, 4, 5])
    rest = L - m1
    e = rest / k
    if e.denominator not in (2, 4, 8) or e < Fr(1, 2):
        return None
    return {"L": L, "m1": m1, "k": k}


add("board_parts",
    "A board is {L} feet long. {name} cuts off {m1} feet. Then {he} cuts the rest of the board into {k} equal pieces. How long is each piece?",
    g_b13,
    [("rest", "sub L m1", "q", "board left", "find how much board is left", "{} feet of board are left", "feet"),
     ("each", "div rest k", "q", "length of each piece", "find the length of each piece", "each piece is {} feet long", "feet")],
    "how long each piece is", "each piece is {} feet long", "feet", pu={"L": "feet", "m1": "feet"})


def g_b14(r):
    m1 = mixed(r, [2, 3, 4, 6], 1, 3)
    m2 = mixed(r, [2, 3, 4, 6], 1, 3)
    if m1.denominator == m2.denominator:
        return None
    return {"m1": m1, "m2": m2}


add("piano_minutes",
    "{name} practiced piano for {m1} hours on Saturday and {m2} hours on Sunday. How many minutes did {he} practice in all over the weekend?",
    g_b14,
    [("h", "add m1 m2", "q", "hours practiced", "find the total hours", "{he} practiced {} hours", "hours"),
     ("mins", "mul h 60", "int", "minutes practiced", "convert the hours to minutes", "{he} practiced {} minutes", "minutes")],
    "how many minutes {name} practiced", "{name} practiced {} minutes in all", "minutes")


def g_b15(r):
    f1 = fr(r, [2, 4, 8, 16], Fr(1, 2))
    f2 = fr(r, [4, 8, 16])
    if f2 >= f1 or f1.denominator == f2.denominator:
        return None
    return {"f1": f1, "f2": f2}


add("jug_cups_left",
    "A water jug had {f1} of a gallon of water in it. {name} drank {f2} of a gallon. How many cups of water are left in the jug? (1 gallon = 16 cups)",
    g_b15,
    [("left", "fsub f1 f2", "frac", "water left in gallons", "find how much water is left in gallons", "{} of a gallon is left"),
     ("cups", "of left 16", "int", "water left in cups", "convert to cups", "that is {} cups", "cups")],
    "how many cups of water are left", "{} cups of water are left", "cups")


# ====================================================================== C: multiplying and dividing fractions / mixed numbers

def g_c01(r):
    s = r.choice([6, 8, 10, 12, 24])
    k = r.randint(2, 5)
    m = mixed(r, [2, 3, 4], 1, 3)
    return {"s": s, "t": s * k, "m": m}


add("muffin_flour_scale",
    "A recipe for {s} muffins needs {m} cups of flour. How many cups of flour are needed to make {t} muffins?",
    g_c01,
    [("k", "div t s", "int", "number of batches", "find how many batches are needed", "that is {} batches"),
     ("fl", "mul m k", "q", "flour needed", "find the flour needed", "{} cups of flour are needed", "cups")],
    "how many cups of flour are needed", "{} cups of flour are needed", "cups", pu={"s": "muffins", "t": "muffins"})


def g_c02(r):
    m = mixed(r, [2, 4], 2, 3)
    h = r.randint(1, 3)
    g = r.randint(1, 3)
    if (m * (h + g)).denominator not in (1, 2, 4):
        return None
    return {"m": m, "h": h, "g": g}


add("hike_distance",
    "{name} hikes at a steady pace of {m} miles per hour. {He} hikes for {h} hours in the morning and {g} hours in the afternoon. How many miles does {he} hike in all?",
    g_c02,
    [("th", "add h g", "int", "hours hiked", "find the total hours", "{he} hikes {} hours", "hours"),
     ("d", "mul m th", "q", "distance", "find the distance", "{he} hikes {} miles", "miles")],
    "how many miles {name} hikes", "{name} hikes {} miles in all", "miles", pu={"h": "hours", "g": "hours"})


def g_c03(r):
    m = mixed(r, [2, 4], 2, 5)
    k = m.denominator * r.randint(1, 4)
    p = r.choice([Fr(1), Fr(2), Fr(3), Fr(3, 2), Fr(5, 4), Fr(9, 4), Fr(5, 2)])
    return {"m": m, "k": k, "p": p}


add("rice_cost",
    "Each bag of rice weighs {m} pounds. A restaurant buys {k} bags. Rice costs {p} per pound. How much does the restaurant pay for the rice?",
    g_c03,
    [("w", "mul m k", "q", "total weight", "find the total weight of rice", "the rice weighs {} pounds", "pounds"),
     ("cost", "mul w p", "money", "cost", "find the total cost", "the rice costs {}")],
    "how much the restaurant pays", "the restaurant pays {}", "", fmt={"p": "money"}, pu={"k": "bags"})


def g_c04(r):
    m = mixed(r, [2, 3, 4], 1, 3)
    f = fr(r, [2, 3, 4])
    need = f * m
    if need.denominator not in (1, 2, 3, 4, 6, 8):
        return None
    h = r.randint(int(need) + 1, int(need) + 4)
    return {"m": m, "f": f, "h": h}


add("milk_fraction_recipe",
    "A pancake recipe calls for {m} cups of milk. {name} wants to make only {f} of the recipe. {He} has {h} cups of milk. How much milk will {he} have left after making the pancakes?",
    g_c04,
    [("need", "mul f m", "q", "milk needed", "find how much milk {he} needs", "{he} needs {} cups of milk", "cups"),
     ("left", "sub h need", "q", "milk left", "find how much milk will be left", "{he} will have {} cups left", "cups")],
    "how much milk {name} will have left", "{name} will have {} cups of milk left", "cups", pu={"h": "cups"})


def g_c05(r):
    m = mixed(r, [2, 4], 1, 3)
    f = fr(r, [4, 8])
    if (m / 2 + f).denominator not in (1, 2, 4, 8):
        return None
    return {"m": m, "f": f}


add("half_batch_water",
    "A bread recipe uses {m} cups of water. {name} makes half a batch, but then adds {f} cup of extra water because the dough is too dry. How much water does {he} use in total?",
    g_c05,
    [("h", "div m 2", "q", "water for half a batch", "find the water for half a batch", "half a batch needs {} cups", "cups"),
     ("tot", "add h f", "q", "total water", "add the extra water", "{he} uses {} cups in total", "cups")],
    "how much water {name} uses in total", "{name} uses {} cups of water in total", "cups")


def g_c06(r):
    f = fr(r, [2, 3, 4])
    k = r.randint(2, 7)
    need = f * k
    h = r.randint(int(need) + 1, int(need) + 5)
    if need.denominator == 1 and r.random() < 0.7:
        return None
    return {"f": f, "k": k, "h": h}


add("sugar_pitchers",
    "Each pitcher of lemonade uses {f} cup of sugar. {name} has {h} cups of sugar and makes {k} pitchers. How much sugar does {he} have left?",
    g_c06,
    [("need", "mul f k", "q", "sugar used", "find how much sugar {he} uses", "{he} uses {} cups of sugar", "cups"),
     ("left", "sub h need", "q", "sugar left", "find how much sugar is left", "{he} has {} cups left", "cups")],
    "how much sugar {name} has left", "{name} has {} cups of sugar left", "cups", pu={"h": "cups"})


def g_c07(r):
    a = mixed(r, [2, 4, 3], 1, 5)
    b = r.randint(2, 8)
    if (a * b).denominator != 1:
        return None
    return {"a": a, "b": b, "k": r.randint(2, 6)}


add("flower_bed",
    "A rectangular flower bed is {a} meters long and {b} meters wide. {name} plants {k} flowers in every square meter. How many flowers does {he} plant?",
    g_c07,
    [("area", "mul a b", "q", "area", "find the area of the bed", "the area is {} square meters", "square meters"),
     ("fl", "mul area k", "int", "flowers", "find the number of flowers", "{he} plants {} flowers", "flowers")],
    "how many flowers {name} plants", "{name} plants {} flowers", "flowers", pu={"a": "m", "b": "m"})


def g_c08(r):
    a = mixed(r, [2], 6, 15)
    b = mixed(r, [2], 4, 10)
    if b >= a:
        return None
    return {"a": a, "b": b, "p": r.choice([2, 3, 4, 5, 6])}


add("patio_edging",
    "A rectangular patio is {a} feet long and {b} feet wide. Edging goes all the way around the patio and costs {p} per foot. How much does the edging cost?",
    g_c08,
    [("s", "add a b", "q", "length plus width", "add the length and width", "length plus width is {} feet", "feet"),
     ("per", "mul s 2", "q", "perimeter", "find the perimeter", "the perimeter is {} feet", "feet"),
     ("cost", "mul per p", "money", "cost", "find the cost of the edging", "the edging costs {}")],
    "how much the edging costs", "the edging costs {}", "", fmt={"p": "money"})


def g_c09(r):
    f = fr(r, [2, 3, 4, 5, 6, 8], Fr(1, 3))
    k = r.randint(2, 4)
    each = f / k
    s = each.denominator * r.randint(1, 3)
    if s > 48 or s < 6:
        return None
    return {"f": f, "k": k, "s": s}


add("cake_share",
    "{name} has {f} of a cake left. {He} shares it equally among {k} friends. What fraction of the whole cake does each friend get? If the whole cake was cut into {s} slices, how many slices does each friend get?",
    g_c09,
    [("each", "div f k", "frac", "share of the cake", "find each friend's share of the cake", "each friend gets {} of the cake"),
     ("sl", "of each s", "int", "slices each", "find the number of slices each friend gets", "each friend gets {} slices", "slices")],
    "how many slices each friend gets", "each friend gets {} slices", "slices")


def g_c10(r):
    f = r.choice([Fr(1, 4), Fr(1, 2), Fr(3, 4), Fr(2, 5), Fr(3, 8), Fr(1, 3)])
    k = r.randint(2, 8)
    d = r.randint(3, 7)
    if (f * k * d).denominator not in (1, 2, 4):
        return None
    return {"f": f, "k": k, "d": d}


add("track_laps",
    "A running track is {f} of a mile around. {name} runs {k} laps every day for {d} days. How many miles does {he} run in all?",
    g_c10,
    [("day", "mul f k", "q", "miles per day", "find how far {he} runs each day", "{he} runs {} miles a day", "miles"),
     ("tot", "mul day d", "q", "total miles", "find the total distance", "{he} runs {} miles in all", "miles")],
    "how many miles {name} runs in all", "{name} runs {} miles in all", "miles", pu={"d": "days"})


def g_c11(r):
    f = r.choice([Fr(3, 2), Fr(5, 4), Fr(5, 2), Fr(7, 4), Fr(4, 3), Fr(9, 4)])
    k = r.randint(3, 12)
    m = f * k
    return {"f": f, "m": m, "p": r.choice([6, 8, 10, 12, 15])}


add("pancake_batches",
    "{name} has {m} cups of flour. Each batch of pancakes needs {f} cups of flour and makes {p} pancakes. How many pancakes can {he} make if {he} uses all the flour?",
    g_c11,
    [("b", "fdiv m f", "int", "batches", "find how many batches {he} can make", "{he} can make {} batches", "batches"),
     ("pan", "mul b p", "int", "pancakes", "find how many pancakes that makes", "that makes {} pancakes", "pancakes")],
    "how many pancakes {name} can make", "{name} can make {} pancakes", "pancakes", pu={"p": "pancakes"})


def g_c12(r):
    m = mixed(r, [2, 4], 1, 4)
    k = r.randint(3, 9)
    used = m * k
    L = int(used) + r.randint(5, 30)
    return {"m": m, "k": k, "L": L}


add("tape_left",
    "A roll of packing tape is {L} feet long. {name} uses {m} feet of tape on each box. After taping {k} boxes, how much tape is left on the roll?",
    g_c12,
    [("used", "mul m k", "q", "tape used", "find how much tape was used", "{he} used {} feet of tape", "feet"),
     ("left", "sub L used", "q", "tape left", "find how much tape is left", "{} feet of tape are left", "feet")],
    "how much tape is left on the roll", "{} feet of tape are left on the roll", "feet", pu={"L": "feet"})


def g_c13(r):
    f = fr(r, [2, 3, 4, 5])
    g = fr(r, [2, 3, 4, 5, 6])
    p = f * g
    if (f.numerator * g.numerator) == p.numerator:
        return None
    n = p.denominator * r.randint(10, 60)
    if n > 900:
        return None
    return {"f": f, "g": g, "n": n}


add("soccer_fraction",
    "At a school, {f} of the students play a sport, and {g} of those students play soccer. What fraction of all the students play soccer? If the school has {n} students, how many play soccer?",
    g_c13,
    [("fr", "mul f g", "frac", "fraction who play soccer", "find the fraction of all students who play soccer", "{} of the students play soccer"),
     ("num", "of fr n", "int", "students who play soccer", "find the number of soccer players", "{} students play soccer", "students")],
    "how many students play soccer", "{} students play soccer", "students", pu={"n": "students"})


def g_c14(r):
    m = mixed(r, [2, 4], 3, 7)
    d = m.denominator * r.randint(1, 3)
    return {"m": m, "d": d, "p": r.choice([9, 10, 12, 14, 15, 16, 18, 20])}


add("pay_hours_mixed",
    "{name} works {m} hours a day for {d} days and earns {p} per hour. How much does {he} earn in total?",
    g_c14,
    [("h", "mul m d", "q", "hours worked", "find the total hours worked", "{he} works {} hours", "hours"),
     ("pay", "mul h p", "money", "earnings", "find the total pay", "{he} earns {}")],
    "how much {name} earns in total", "{name} earns {} in total", "", fmt={"p": "money"}, pu={"d": "days"})


def g_c15(r):
    m = mixed(r, [2, 4], 2, 6)
    f = fr(r, [2, 3, 4, 5])
    p = f * m
    if p.denominator not in (1, 2, 4, 8, 16):
        return None
    return {"m": m, "f": f}


add("trail_mix_peanuts",
    "A bag of trail mix weighs {m} pounds. {f} of the mix is peanuts. How many ounces of peanuts are in the bag? (1 pound = 16 ounces)",
    g_c15,
    [("pn", "mul f m", "q", "peanuts in pounds", "find the weight of the peanuts in pounds", "there are {} pounds of peanuts", "pounds"),
     ("oz", "mul pn 16", "int", "peanuts in ounces", "convert to ounces", "that is {} ounces", "ounces")],
    "how many ounces of peanuts are in the bag", "there are {} ounces of peanuts in the bag", "ounces")


# ====================================================================== D: ratios

def ratio_pair(r, lo=1, hi=9):
    while True:
        a, b = r.randint(lo, hi), r.randint(lo, hi)
        if a != b and gcd(a, b) == 1:
            return a, b


def g_d01(r):
    a, b = ratio_pair(r, 2, 9)
    n = (a + b) * r.randint(2, 8)
    if n > 60:
        return None
    return {"a": a, "b": b, "n": n}


add("boys_girls_ratio",
    "The ratio of boys to girls in a class is {a}:{b}. There are {n} students in the class. How many girls are there?",
    g_d01,
    [("parts", "add a b", "int", "total parts", "find the total number of parts", "there are {} parts in all", "parts"),
     ("each", "div n parts", "int", "students per part", "find how many students are in each part", "each part is {} students", "students"),
     ("girls", "mul b each", "int", "girls", "find the number of girls", "there are {} girls", "girls")],
    "how many girls there are", "there are {} girls in the class", "girls", pu={"n": "students"})


def g_d02(r):
    a, b = ratio_pair(r, 2, 9)
    if b <= a:
        a, b = b, a
    each = r.randint(2, 12)
    return {"a": a, "b": b, "d": (b - a) * each}


add("shelter_more_dogs",
    "At an animal shelter, the ratio of cats to dogs is {a}:{b}. There are {d} more dogs than cats. How many cats and dogs are there in all?",
    g_d02,
    [("pd", "sub b a", "int", "difference in parts", "find the difference in parts", "dogs have {} more parts than cats", "parts"),
     ("each", "div d pd", "int", "animals per part", "find how many animals one part stands for", "one part is {} animals", "animals"),
     ("tp", "add a b", "int", "total parts", "find the total number of parts", "there are {} parts in all", "parts"),
     ("tot", "mul tp each", "int", "total animals", "find the total number of animals", "there are {} cats and dogs in all", "animals")],
    "how many cats and dogs there are", "there are {} cats and dogs in all", "animals", pu={"d": "dogs"})


def g_d03(r):
    a, b, c = r.randint(1, 6), r.randint(1, 6), r.randint(2, 7)
    if len({a, b, c}) < 3:
        return None
    s = a + b + c
    m = s * r.choice([5, 10, 12, 15, 20, 25, 30])
    if m > 900:
        return None
    return {"a": a, "b": b, "c": c, "m": m}


add("share_three",
    "{n1}, {n2}, and {n3} share {m} in the ratio {a}:{b}:{c}. How much money does {n3} get?",
    g_d03,
    [("parts", "add a b c", "int", "total parts", "find the total number of parts", "there are {} parts"),
     ("each", "div m parts", "money", "value of one part", "find the value of one part", "each part is worth {}"),
     ("share", "mul c each", "money", "{n3}'s share", "find {n3}'s share", "{n3} gets {}")],
    "how much money {n3} gets", "{n3} gets {}", "", fmt={"m": "money"})


def g_d04(r):
    a, b = ratio_pair(r, 1, 7)
    n = (a + b) * r.randint(2, 9)
    return {"a": a, "b": b, "n": n}


add("paint_yellow",
    "A shade of green paint is made by mixing blue paint and yellow paint in the ratio {a}:{b}. How many liters of yellow paint are needed to make {n} liters of green paint?",
    g_d04,
    [("parts", "add a b", "int", "total parts", "find the total number of parts", "the mix has {} parts", "parts"),
     ("each", "div n parts", "int", "liters per part", "find the liters in each part", "each part is {} liters", "liters"),
     ("y", "mul b each", "int", "yellow paint", "find the amount of yellow paint", "{} liters of yellow paint are needed", "liters")],
    "how many liters of yellow paint are needed", "{} liters of yellow paint are needed", "liters", pu={"n": "liters"})


def g_d05(r):
    a, b = ratio_pair(r, 2, 7)
    g = a * r.randint(2, 8)
    return {"a": a, "b": b, "g": g}


add("party_for_every",
    "At a party, for every {a} boys there are {b} girls. There are {g} boys at the party. How many children are at the party in all?",
    g_d05,
    [("groups", "div g a", "int", "groups of boys", "find how many groups of {a} boys there are", "there are {} groups", "groups"),
     ("girls", "mul groups b", "int", "girls", "find the number of girls", "there are {} girls", "girls"),
     ("tot", "add g girls", "int", "children", "find the total number of children", "there are {} children in all", "children")],
    "how many children are at the party", "there are {} children at the party", "children", pu={"g": "boys"})


def g_d06(r):
    a, b = ratio_pair(r, 1, 5)
    f = a * r.randint(2, 5)
    return {"a": a, "b": b, "f": f}


add("flour_sugar_ratio",
    "A cake recipe uses flour and sugar in the ratio {a}:{b}. If a baker uses {f} cups of flour, how many cups of sugar are needed? How many cups of flour and sugar is that altogether?",
    g_d06,
    [("sugar", "prop b a f", "int", "sugar needed", "find the cups of sugar", "{} cups of sugar are needed", "cups"),
     ("tot", "add f sugar", "int", "flour and sugar", "find the total", "that is {} cups altogether", "cups")],
    "how many cups of flour and sugar are used altogether", "that is {} cups of flour and sugar altogether", "cups", pu={"f": "cups"})


def g_d07(r):
    x = r.randint(6, 20)
    y = r.randint(6, 20)
    tot = x + y
    g = gcd(x, tot)
    if g == 1:
        return None
    fb = Fr(x, tot)
    s = fb.denominator * r.randint(20, 90)
    if s > 1000:
        return None
    return {"x": x, "y": y, "s": s}


add("fraction_boys_school",
    "A class has {x} boys and {y} girls. The whole school has {s} students, and the fraction of boys in the school is the same as in this class. How many boys are in the school?",
    g_d07,
    [("tot", "add x y", "int", "students in the class", "find the number of students in the class", "the class has {} students", "students"),
     ("fb", "simp x tot", "frac", "fraction of boys", "find the fraction of the class that is boys", "{} of the class is boys"),
     ("boys", "of fb s", "int", "boys in the school", "find the number of boys in the school", "there are {} boys in the school", "boys")],
    "how many boys are in the school", "there are {} boys in the school", "boys", pu={"s": "students"})


def g_d08(r):
    a, b = ratio_pair(r, 1, 6)
    if a > b:
        a, b = b, a
    w = b * r.randint(2, 5)
    if a * w % b:
        return None
    return {"a": a, "b": b, "w": w}


add("lemon_juice_ratio",
    "A lemonade recipe uses {a} cups of lemon juice for every {b} cups of water. How many cups of lemon juice are needed for {w} cups of water? How many cups of lemonade will that make in total?",
    g_d08,
    [("lj", "prop a b w", "int", "lemon juice", "find the cups of lemon juice", "{} cups of lemon juice are needed", "cups"),
     ("tot", "add lj w", "int", "lemonade", "find the total amount of lemonade", "that makes {} cups of lemonade", "cups")],
    "how many cups of lemonade that will make", "it will make {} cups of lemonade", "cups", pu={"w": "cups"})


def g_d09(r):
    a, b = ratio_pair(r, 1, 9)
    if b < 3 * a:
        return None
    each = r.randint(3, 14)
    if b * each > 70 or a * each < 4:
        return None
    return {"a": a, "b": b, "s": (a + b) * each, "k": r.randint(2, 10)}


add("ages_ratio",
    "The ratio of {name}'s age to {his} mother's age is {a}:{b}. The sum of their ages is {s}. How old will {name} be in {k} years?",
    g_d09,
    [("parts", "add a b", "int", "total parts", "find the total number of parts", "there are {} parts"),
     ("each", "div s parts", "int", "years per part", "find the value of one part", "one part is {} years"),
     ("age", "mul a each", "int", "{name}'s age now", "find {name}'s age now", "{name} is {} years old now"),
     ("fut", "add age k", "int", "age in {k} years", "add {k} years", "{name} will be {} years old")],
    "how old {name} will be in {k} years", "{name} will be {} years old", "years old")


def g_d10(r):
    a, b, c = r.randint(1, 3), r.randint(2, 5), r.randint(3, 7)
    if len({a, b, c}) < 3:
        return None
    n = (a + b + c) * r.choice([5, 10, 20, 25, 50])
    return {"a": a, "b": b, "c": c, "n": n}


add("concrete_mix",
    "Concrete is made by mixing cement, sand, and gravel in the ratio {a}:{b}:{c} by weight. How many kilograms of sand are needed to make {n} kilograms of concrete?",
    g_d10,
    [("parts", "add a b c", "int", "total parts", "find the total number of parts", "there are {} parts", "parts"),
     ("each", "div n parts", "int", "kilograms per part", "find the weight of one part", "one part is {} kg", "kg"),
     ("sand", "mul b each", "int", "sand", "find the weight of sand", "{} kg of sand are needed", "kg")],
    "how many kilograms of sand are needed", "{} kilograms of sand are needed", "kg", pu={"n": "kg"})


def g_d11(r):
    a, b = ratio_pair(r, 2, 9)
    rr = a * r.randint(2, 9)
    return {"a": a, "b": b, "r": rr}


add("jar_marbles_ratio",
    "The ratio of red marbles to blue marbles in a jar is {a}:{b}. There are {r} red marbles. How many marbles are in the jar altogether?",
    g_d11,
    [("each", "div r a", "int", "marbles per part", "find the number of marbles in one part", "one part is {} marbles", "marbles"),
     ("blue", "mul b each", "int", "blue marbles", "find the number of blue marbles", "there are {} blue marbles", "marbles"),
     ("tot", "add r blue", "int", "total marbles", "find the total", "there are {} marbles altogether", "marbles")],
    "how many marbles are in the jar altogether", "there are {} marbles in the jar", "marbles", pu={"r": "marbles"})


def g_d12(r):
    c = r.choice([1, 2, 4, 5])
    per = r.choice([Fr(5, 2), 2, 3, 4, 5, Fr(15, 2), 10, 20, 25])
    k = per * c
    if Fr(k).denominator != 1:
        return None
    d = Fr(r.randint(3, 30), 2)
    if d.denominator == 1:
        return None
    return {"c": c, "k": k, "d": d}


add("map_scale",
    "On a map, {c} centimeters represent {k} kilometers. Two towns are {d} centimeters apart on the map. How many kilometers apart are the towns?",
    g_d12,
    [("per", "div k c", "dec", "kilometers per centimeter", "find how many kilometers 1 centimeter represents", "1 centimeter represents {} kilometers", "km"),
     ("real", "mul d per", "dec", "real distance", "find the real distance", "the towns are {} kilometers apart", "km")],
    "how many kilometers apart the towns are", "the towns are {} kilometers apart", "km", fmt={"d": "dec"}, pu={"k": "km", "d": "cm"})


def g_d13(r):
    a, b = ratio_pair(r, 2, 7)
    each = r.randint(2, 8)
    k = r.randint(1, b * each - 1)
    return {"a": a, "b": b, "t": (a + b) * each, "k": k}


add("fruit_bowl_ratio",
    "A fruit bowl has apples and oranges in the ratio {a}:{b}. There are {t} pieces of fruit in the bowl. If {k} oranges are eaten, how many oranges are left?",
    g_d13,
    [("parts", "add a b", "int", "total parts", "find the total number of parts", "there are {} parts", "parts"),
     ("each", "div t parts", "int", "fruit per part", "find the number of fruit in one part", "one part is {} pieces of fruit", "pieces"),
     ("ora", "mul b each", "int", "oranges", "find the number of oranges", "there are {} oranges", "oranges"),
     ("left", "sub ora k", "int", "oranges left", "subtract the oranges eaten", "{} oranges are left", "oranges")],
    "how many oranges are left", "{} oranges are left", "oranges", pu={"t": "pieces", "k": "oranges"})


def g_d14(r):
    a = r.choice([2, 2, 3])
    b = r.choice([10, 12, 15, 16, 20])
    n = b * r.randint(3, 10)
    return {"a": a, "b": b, "n": n}


add("field_trip_adults",
    "A school requires {a} adults for every {b} students on a field trip. If {n} students are going on the trip, how many people will go in total, counting the adults?",
    g_d14,
    [("groups", "div n b", "int", "groups of students", "find how many groups of {b} students there are", "there are {} groups", "groups"),
     ("adults", "mul groups a", "int", "adults", "find the number of adults", "{} adults are needed", "adults"),
     ("tot", "add n adults", "int", "people in total", "find the total number of people", "{} people will go", "people")],
    "how many people will go in total", "{} people will go on the trip", "people", pu={"n": "students"})


def g_d15(r):
    a, b = ratio_pair(r, 1, 19)
    if (a + b) not in (4, 5, 8, 10, 16, 20, 25):
        return None
    return {"a": a, "b": b}


add("fiction_percent",
    "The ratio of fiction books to nonfiction books on a shelf is {a}:{b}. What percent of the books on the shelf are fiction?",
    g_d15,
    [("parts", "add a b", "int", "total parts", "find the total number of parts", "there are {} parts in all"),
     ("pct", "topct a parts", "pct", "percent fiction", "write the fiction share as a fraction and convert it to a percent", "{} of the books are fiction")],
    "what percent of the books are fiction", "{} of the books are fiction", "")


def g_d16(r):
    a, b = ratio_pair(r, 1, 7)
    x = a * r.choice([4, 5, 6, 8, 10, 12, 15, 20])
    return {"a": a, "b": b, "x": x}


add("savings_ratio",
    "{name} and {friend} save money in the ratio {a}:{b}. {name} saved {x}. How much did they save together?",
    g_d16,
    [("each", "div x a", "money", "value of one part", "find the value of one part", "one part is {}"),
     ("fr", "mul b each", "money", "{friend}'s savings", "find how much {friend} saved", "{friend} saved {}"),
     ("tot", "add x fr", "money", "total savings", "find the total savings", "together they saved {}")],
    "how much they saved together", "they saved {} together", "", fmt={"x": "money"})


def g_d17(r):
    a, b, c = r.randint(1, 5), r.randint(1, 5), r.randint(2, 6)
    if len({a, b, c}) < 3:
        return None
    f = fr(r, [2, 3, 4, 5])
    each = f.denominator * r.randint(1, 3)
    if c * each < 4:
        return None
    return {"a": a, "b": b, "c": c, "n": (a + b + c) * each, "f": f}


add("fruit_basket_plums",
    "A fruit basket has apples, pears, and plums in the ratio {a}:{b}:{c}. There are {n} pieces of fruit in all. {name} eats {f} of the plums. How many plums are left?",
    g_d17,
    [("parts", "add a b c", "int", "total parts", "find the total number of parts", "there are {} parts"),
     ("each", "div n parts", "int", "fruit per part", "find the number of fruit in one part", "one part is {} pieces of fruit"),
     ("plums", "mul c each", "int", "plums", "find the number of plums", "there are {} plums", "plums"),
     ("eaten", "of f plums", "int", "plums eaten", "find how many plums {name} eats", "{name} eats {} plums", "plums"),
     ("left", "sub plums eaten", "int", "plums left", "find how many plums are left", "{} plums are left", "plums")],
    "how many plums are left", "{} plums are left", "plums", pu={"n": "pieces"})


def g_d18(r):
    a, b = ratio_pair(r, 1, 5)
    s = a * r.randint(2, 6)
    cups = b * s // a
    gs = [g for g in [2, 3, 4, 5] if cups % g == 0 and cups // g >= 2]
    if not gs or b * s % a:
        return None
    return {"a": a, "b": b, "s": s, "g": r.choice(gs)}


add("drink_mix",
    "A drink mix uses {a} scoops of powder for every {b} cups of water. {name} uses {s} scoops of powder. How many cups of water should {he} use? Each glass holds {g} cups. How many glasses can {he} fill?",
    g_d18,
    [("cups", "prop b a s", "int", "water needed", "find how many cups of water are needed", "{he} should use {} cups of water", "cups"),
     ("gl", "div cups g", "int", "glasses", "find how many glasses {he} can fill", "{he} can fill {} glasses", "glasses")],
    "how many glasses {name} can fill", "{name} can fill {} glasses", "glasses", pu={"s": "scoops", "g": "cups"})


def g_d19(r):
    a, b = ratio_pair(r, 2, 8)
    g = a * r.randint(2, 6)
    return {"a": a, "b": b, "g": g, "k": r.randint(2, 9)}


add("club_new_boys",
    "The ratio of girls to boys in a club is {a}:{b}. There are {g} girls in the club. After {k} new boys join, how many members does the club have?",
    g_d19,
    [("each", "div g a", "int", "members per part", "find the number of members in one part", "one part is {} members", "members"),
     ("boys", "mul b each", "int", "boys before", "find the number of boys before", "there were {} boys", "boys"),
     ("nb", "add boys k", "int", "boys after", "add the new boys", "there are now {} boys", "boys"),
     ("tot", "add g nb", "int", "total members", "find the total number of members", "the club has {} members", "members")],
    "how many members the club has", "the club has {} members", "members", pu={"g": "girls", "k": "boys"})


def g_d20(r):
    a, b = ratio_pair(r, 2, 9)
    if a <= b:
        a, b = b, a
    each = r.randint(3, 15)
    return {"a": a, "b": b, "d": (a - b) * each}


add("cars_trucks_diff",
    "In a parking lot, the ratio of cars to trucks is {a}:{b}. There are {d} more cars than trucks. How many cars are in the parking lot?",
    g_d20,
    [("pd", "sub a b", "int", "difference in parts", "find the difference in parts", "cars have {} more parts", "parts"),
     ("each", "div d pd", "int", "vehicles per part", "find the value of one part", "one part is {} vehicles", "vehicles"),
     ("cars", "mul a each", "int", "cars", "find the number of cars", "there are {} cars", "cars")],
    "how many cars are in the parking lot", "there are {} cars in the parking lot", "cars", pu={"d": "cars"})


def g_d21(r):
    p, q = ratio_pair(r, 1, 7)
    k = r.randint(2, 6)
    x, y = p * k, q * k
    z = q * r.randint(2, 8)
    if z == y:
        return None
    return {"x": x, "y": y, "z": z}


add("juice_ratio_simplest",
    "A fruit punch is made with {x} cups of orange juice and {y} cups of pineapple juice. Write the ratio of orange juice to pineapple juice as a fraction in simplest form. Using the same ratio, how many cups of orange juice go with {z} cups of pineapple juice?",
    g_d21,
    [("rt", "simp x y", "frac", "ratio in simplest form", "simplify the ratio", "the ratio is {}"),
     ("oj", "of rt z", "int", "orange juice needed", "find the orange juice for {z} cups of pineapple juice", "{} cups of orange juice are needed", "cups")],
    "how many cups of orange juice go with {z} cups of pineapple juice", "{} cups of orange juice go with {z} cups of pineapple juice", "cups", pu={"z": "cups"})


# ====================================================================== E: proportions

def g_e01(r):
    a = r.randint(2, 6)
    unit = money_cents(r, 0, 2, 5)
    if unit < Fr(1, 4):
        return None
    b = r.randint(a + 1, 15)
    cost = unit * b
    B = r.choice([5, 10, 20])
    if B <= cost:
        return None
    return {"a": a, "c": unit * a, "b": b, "B": B}


add("pencils_cost",
    "{a} pencils cost {c}. At the same price, how much do {b} pencils cost? If {name} pays for {b} pencils with a {B} bill, how much change does {he} get?",
    g_e01,
    [("cost", "prop c a b", "money", "cost of {b} pencils", "find the cost of {b} pencils", "{b} pencils cost {}"),
     ("ch", "sub B cost", "money", "change", "find the change", "{he} gets {} in change")],
    "how much change {name} gets", "{name} gets {} in change", "", fmt={"c": "money", "B": "money"})


def g_e02(r):
    a = r.randint(2, 8)
    per = r.choice([5, 10, 15, 20, 25, 40, 50])
    b = r.randint(3, 20)
    if b == a:
        return None
    t = per * b + r.randint(1, 30) * 10
    return {"a": a, "w": per * a, "b": b, "t": t}


add("sand_bags",
    "If {a} bags of sand weigh {w} kilograms, how much do {b} bags of sand weigh? A truck can carry {t} kilograms. How many more kilograms could the truck carry after loading the {b} bags?",
    g_e02,
    [("wt", "prop w a b", "int", "weight of {b} bags", "find the weight of {b} bags", "{b} bags weigh {} kilograms", "kg"),
     ("more", "sub t wt", "int", "extra capacity", "find how many more kilograms the truck could carry", "the truck could carry {} more kilograms", "kg")],
    "how many more kilograms the truck could carry", "the truck could carry {} more kilograms", "kg", pu={"w": "kg", "t": "kg"})


def g_e03(r):
    mpg = r.choice([20, 24, 25, 28, 30, 32, 35])
    g = r.randint(2, 8)
    g2 = r.randint(3, 15)
    if g2 == g:
        return None
    return {"d": mpg * g, "g": g, "d2": mpg * g2, "p": money_cents(r, 3, 5, 10)}


add("car_gallons_cost",
    "A car travels {d} miles on {g} gallons of gas. At that rate, how many gallons are needed to travel {d2} miles? If gas costs {p} per gallon, how much will the gas cost?",
    g_e03,
    [("gal", "prop g d d2", "int", "gallons needed", "find the gallons needed", "{} gallons are needed", "gallons"),
     ("cost", "mul gal p", "money", "gas cost", "find the cost of the gas", "the gas costs {}")],
    "how much the gas will cost", "the gas will cost {}", "", fmt={"p": "money"}, pu={"d": "miles", "g": "gallons", "d2": "miles"})


def g_e04(r):
    per = r.choice([6, 8, 9, 12, 15, 18, 20, 24])
    m = r.randint(2, 5)
    t = r.randint(3, 12)
    if t == m:
        return None
    R = per * t + r.randint(5, 80)
    return {"p": per * m, "m": m, "t": t, "R": R}


add("printer_pages",
    "A printer prints {p} pages in {m} minutes. At this rate, how many pages can it print in {t} minutes? A report has {R} pages. How many pages will still need to be printed after {t} minutes?",
    g_e04,
    [("pages", "prop p m t", "int", "pages in {t} minutes", "find the pages printed in {t} minutes", "it prints {} pages in {t} minutes", "pages"),
     ("left", "sub R pages", "int", "pages left", "find how many pages are still left", "{} pages still need to be printed", "pages")],
    "how many pages still need to be printed", "{} pages still need to be printed", "pages", pu={"p": "pages", "m": "minutes", "t": "minutes", "R": "pages"})


def g_e05(r):
    e = r.randint(2, 4)
    c = r.choice([12, 18, 20, 24, 30])
    k = r.randint(2, 5)
    c2 = c * k
    eggs = e * k
    cart = (eggs + 11) // 12 + r.randint(0, 1)
    if cart * 12 <= eggs:
        return None
    return {"e": e, "c": c, "c2": c2, "k": cart}


add("cookies_eggs",
    "A cookie recipe uses {e} eggs to make {c} cookies. How many eggs are needed to make {c2} cookies? {name} has {k} cartons of 12 eggs. How many eggs will be left after baking?",
    g_e05,
    [("eggs", "prop e c c2", "int", "eggs needed", "find the eggs needed for {c2} cookies", "{} eggs are needed", "eggs"),
     ("have", "mul k 12", "int", "eggs {name} has", "find how many eggs {name} has", "{name} has {} eggs", "eggs"),
     ("left", "sub have eggs", "int", "eggs left", "find how many eggs will be left", "{} eggs will be left", "eggs")],
    "how many eggs will be left", "{} eggs will be left", "eggs", pu={"e": "eggs", "c": "cookies", "c2": "cookies"})


def g_e06(r):
    a = r.choice([2, 3, 4])
    b = r.choice([2, 3, 5, 6])
    if a == b:
        return None
    m = a * r.randint(2, 6)
    ft = Fr(b * m, a)
    if (ft * 12).denominator != 1:
        return None
    return {"a": a, "b": b, "m": m}


add("model_car",
    "A model car is built to scale: {a} inches on the model stand for {b} feet on the real car. The model is {m} inches long. How long is the real car in feet? How many inches is that?",
    g_e06,
    [("ft", "prop b a m", "int", "real length in feet", "find the real length in feet", "the real car is {} feet long", "feet"),
     ("inch", "mul ft 12", "int", "real length in inches", "convert to inches", "that is {} inches", "inches")],
    "how many inches long the real car is", "the real car is {} inches long", "inches", pu={"m": "inches"})


def g_e07(r):
    h = r.randint(3, 8)
    s = r.randint(2, 12)
    if s == h:
        return None
    k = r.randint(2, 6)
    t = s * k
    return {"h": h, "s": s, "t": t}


add("tree_shadow",
    "A pole that is {h} feet tall casts a shadow that is {s} feet long. At the same time, a tree casts a shadow that is {t} feet long. How tall is the tree? How much taller is the tree than the pole?",
    g_e07,
    [("tree", "prop h s t", "int", "height of the tree", "find the height of the tree", "the tree is {} feet tall", "feet"),
     ("diff", "sub tree h", "int", "difference", "find how much taller the tree is", "the tree is {} feet taller", "feet")],
    "how much taller the tree is than the pole", "the tree is {} feet taller than the pole", "feet", pu={"h": "feet", "s": "feet", "t": "feet"})


def g_e08(r):
    a, b = ratio_pair(r, 2, 8)
    c = b * r.randint(2, 5)
    return {"a": a, "b": b, "c": c, "p": money_cents(r, 0, 1, 5)}


add("lemons_cost",
    "It takes {a} lemons to make {b} cups of lemonade. How many lemons are needed to make {c} cups? If lemons cost {p} each, how much will the lemons cost?",
    g_e08,
    [("lem", "prop a b c", "int", "lemons needed", "find the lemons needed", "{} lemons are needed", "lemons"),
     ("cost", "mul lem p", "money", "cost of lemons", "find the cost of the lemons", "the lemons cost {}")],
    "how much the lemons will cost", "the lemons will cost {}", "", fmt={"p": "money"}, pu={"a": "lemons", "b": "cups", "c": "cups"})


def g_e09(r):
    per = r.choice([25, 30, 35, 40, 45, 50, 60])
    m = r.randint(2, 5)
    t = r.randint(6, 20)
    E = per * t + r.randint(10, 60) * 10
    return {"w": per * m, "m": m, "t": t, "E": E}


add("typing_words",
    "{name} can type {w} words in {m} minutes. At the same speed, how many words can {he} type in {t} minutes? {His} essay has {E} words. How many words will be left to type after {t} minutes?",
    g_e09,
    [("words", "prop w m t", "int", "words in {t} minutes", "find the words typed in {t} minutes", "{he} can type {} words", "words"),
     ("left", "sub E words", "int", "words left", "find the words left", "{} words will be left", "words")],
    "how many words will be left to type", "{} words will be left to type", "words", pu={"w": "words", "m": "minutes", "t": "minutes", "E": "words"})


def g_e10(r):
    a = r.choice([5, 10, 20])
    b = a * r.choice([Fr(9, 10), Fr(4, 5), Fr(17, 20)])
    if b.denominator != 1:
        return None
    c = a * r.randint(3, 20)
    eur = b * c / a
    s = r.randint(5, int(eur) - 5)
    return {"a": a, "b": b, "c": c, "s": s}


add("euros_exchange",
    "At a currency exchange, {a} US dollars can be traded for {b} euros. How many euros can {name} get for {c} dollars? If {he} then spends {s} euros, how many euros does {he} have left?",
    g_e10,
    [("eur", "prop b a c", "int", "euros received", "find the euros for {c} dollars", "{he} gets {} euros", "euros"),
     ("left", "sub eur s", "int", "euros left", "find the euros left", "{he} has {} euros left", "euros")],
    "how many euros {name} has left", "{name} has {} euros left", "euros", pu={"a": "dollars", "b": "euros", "c": "dollars", "s": "euros"})


def g_e11(r):
    a1, b1 = ratio_pair(r, 2, 9)
    b2 = b1 * r.randint(2, 6)
    return {"a1": a1, "b1": b1, "b2": b2, "k": r.randint(2, 5)}


add("solve_x",
    "Find the value of x that makes the proportion x/{b2} = {a1}/{b1} true. Then find the value of {k}x.",
    g_e11,
    [("x", "prop a1 b1 b2", "int", "x", "solve for x", "x is {}"),
     ("kx", "mul k x", "int", "{k}x", "find {k}x", "{k}x is {}")],
    "the value of {k}x", "{k}x is {}", "")


def g_e12(r):
    g = r.randint(2, 4)
    per = r.choice([250, 300, 350, 400])
    k = r.randint(2, 7)
    if k == g:
        return None
    return {"g": g, "a": per * g, "b": per * k, "p": r.choice([18, 22, 25, 28, 32, 35])}


add("paint_gallons",
    "{g} gallons of paint cover {a} square feet. How many gallons are needed to cover {b} square feet? If paint costs {p} per gallon, how much will the paint cost?",
    g_e12,
    [("gal", "prop g a b", "int", "gallons needed", "find the gallons needed", "{} gallons are needed", "gallons"),
     ("cost", "mul gal p", "money", "cost", "find the cost of the paint", "the paint costs {}")],
    "how much the paint will cost", "the paint will cost {}", "", fmt={"p": "money"}, pu={"g": "gallons", "a": "square feet", "b": "square feet"})


def g_e13(r):
    s = r.choice([2, 4, 6, 8])
    m = mixed(r, [2, 4], 1, 4)
    t = s * r.randint(2, 4) // 1
    if s == t:
        return None
    need = m * t / s
    h = r.randint(1, int(need))
    if need - h < Fr(1, 4):
        return None
    return {"s": s, "m": m, "t": t, "h": h}


add("soup_broth",
    "A soup recipe serves {s} people and uses {m} cups of broth. {name} wants to serve {t} people. {He} has {h} cups of broth. How many more cups of broth does {he} need?",
    g_e13,
    [("need", "prop m s t", "q", "broth needed", "find the broth needed for {t} people", "{he} needs {} cups of broth", "cups"),
     ("more", "sub need h", "q", "more broth", "find how much more broth is needed", "{he} needs {} more cups", "cups")],
    "how many more cups of broth {name} needs", "{name} needs {} more cups of broth", "cups", pu={"s": "people", "t": "people", "h": "cups"})


def g_e14(r):
    sp = r.choice([60, 80, 90, 100, 120])
    h = r.randint(2, 5)
    d2 = sp * r.choice([Fr(3, 2), Fr(5, 2), Fr(7, 2), Fr(9, 4), Fr(11, 4), Fr(13, 4), 3, 4, 5])
    if Fr(d2).denominator != 1 or d2 == sp * h:
        return None
    return {"d": sp * h, "h": h, "d2": d2}


add("train_time",
    "A train travels {d} kilometers in {h} hours. At the same speed, how many hours will it take to travel {d2} kilometers? How many minutes is that?",
    g_e14,
    [("hrs", "prop h d d2", "q", "time in hours", "find the time in hours", "it takes {} hours", "hours"),
     ("mins", "mul hrs 60", "int", "time in minutes", "convert to minutes", "that is {} minutes", "minutes")],
    "how many minutes the trip takes", "the trip takes {} minutes", "minutes", pu={"d": "km", "h": "hours", "d2": "km"})


def g_e15(r):
    a = r.randint(2, 6)
    per = r.choice([8, 10, 12, 15, 20, 25])
    c = r.randint(3, 12)
    if c == a:
        return None
    return {"a": a, "b": per * a, "c": c, "t": r.randint(2, 8)}


add("workers_boxes",
    "{a} workers can pack {b} boxes in an hour. Working at the same rate, how many boxes can {c} workers pack in an hour? How many boxes can they pack in {t} hours?",
    g_e15,
    [("boxes", "prop b a c", "int", "boxes per hour", "find how many boxes {c} workers pack in an hour", "{c} workers pack {} boxes an hour", "boxes"),
     ("tot", "mul boxes t", "int", "boxes in {t} hours", "find the boxes packed in {t} hours", "they pack {} boxes in {t} hours", "boxes")],
    "how many boxes they can pack in {t} hours", "they can pack {} boxes in {t} hours", "boxes", pu={"a": "workers", "b": "boxes", "c": "workers", "t": "hours"})


# ====================================================================== F: unit rates

def g_f01(r):
    w = r.randint(2, 8)
    per = money_cents(r, 0, 3, 5)
    if per < Fr(1, 2):
        return None
    w2 = r.randint(2, 15)
    if w2 == w:
        return None
    return {"w": w, "c": per * w, "w2": w2}


add("apples_per_pound",
    "{w} pounds of apples cost {c}. What is the price per pound? How much would {w2} pounds of apples cost?",
    g_f01,
    [("per", "div c w", "money", "price per pound", "find the price per pound", "apples cost {} per pound"),
     ("cost", "mul per w2", "money", "cost of {w2} pounds", "find the cost of {w2} pounds", "{w2} pounds cost {}")],
    "how much {w2} pounds of apples would cost", "{w2} pounds of apples would cost {}", "", fmt={"c": "money"})


def g_f02(r):
    a = r.choice([10, 12, 14, 16, 18, 20])
    b = r.choice([24, 28, 30, 32, 36, 40])
    u1 = Fr(r.randint(18, 40), 100)
    u2 = u1 - Fr(r.randint(1, 9), 100)
    if u2 <= Fr(1, 10):
        return None
    return {"a": a, "p": u1 * a, "b": b, "q": u2 * b}


add("cereal_unit_price",
    "A {a}-ounce box of cereal costs {p}, and a {b}-ounce box costs {q}. What is the difference in price per ounce between the two boxes?",
    g_f02,
    [("u1", "div p a", "money", "price per ounce, small box", "find the price per ounce of the small box", "the small box costs {} per ounce"),
     ("u2", "div q b", "money", "price per ounce, large box", "find the price per ounce of the large box", "the large box costs {} per ounce"),
     ("diff", "sub u1 u2", "money", "difference per ounce", "find the difference", "the difference is {} per ounce")],
    "the difference in price per ounce", "the difference is {} per ounce", "", fmt={"p": "money", "q": "money"})


def g_f03(r):
    sp = r.choice([40, 45, 48, 50, 55, 60, 64, 65])
    h = r.randint(2, 5)
    d2 = sp * r.choice([Fr(3, 2), Fr(5, 2), Fr(7, 2), Fr(9, 2), Fr(5, 4), Fr(7, 4), 3, 6])
    if Fr(d2).denominator != 1:
        return None
    return {"d": sp * h, "h": h, "d2": d2}


add("drive_time_speed",
    "{name} drove {d} miles in {h} hours. At the same speed, how many hours will it take {him} to drive {d2} miles?",
    g_f03,
    [("sp", "div d h", "int", "speed", "find the speed", "{his} speed is {} miles per hour", "mph"),
     ("t", "div d2 sp", "q", "time", "find the time for {d2} miles", "it will take {} hours", "hours")],
    "how many hours it will take to drive {d2} miles", "it will take {} hours", "hours", pu={"d": "miles", "h": "hours", "d2": "miles"})


def g_f04(r):
    rate = r.choice([Fr(25, 2), Fr(27, 2), Fr(29, 2), 12, 14, 15, 16, 18, Fr(35, 2), Fr(33, 2), 20, Fr(45, 4)])
    h = r.randint(3, 8)
    h2 = r.randint(10, 40)
    return {"e": rate * h, "h": h, "h2": h2}


add("hourly_earnings",
    "{name} earned {e} for working {h} hours. At the same rate, how much will {he} earn for working {h2} hours?",
    g_f04,
    [("rate", "div e h", "money", "hourly rate", "find {his} hourly rate", "{he} earns {} per hour"),
     ("earn", "mul rate h2", "money", "earnings for {h2} hours", "find the pay for {h2} hours", "{he} will earn {}")],
    "how much {name} will earn for {h2} hours", "{name} will earn {} for {h2} hours", "", fmt={"e": "money"}, pu={"h": "hours", "h2": "hours"})


def g_f05(r):
    rate = r.choice([25, 30, 32, 40, 45, 50])
    l = r.randint(2, 6)
    need = Fr(r.randint(2, 20), 2)
    k2 = rate * need
    if k2.denominator != 1 or need == l:
        return None
    return {"k": rate * l, "l": l, "k2": k2}


add("scooter_fuel",
    "A scooter travels {k} kilometers on {l} liters of fuel. How many liters of fuel does it need to travel {k2} kilometers?",
    g_f05,
    [("rate", "div k l", "int", "kilometers per liter", "find the kilometers per liter", "it goes {} kilometers per liter", "km per liter"),
     ("need", "div k2 rate", "q", "fuel needed", "find the fuel needed for {k2} kilometers", "it needs {} liters", "liters")],
    "how many liters of fuel are needed", "it needs {} liters of fuel", "liters", pu={"k": "km", "l": "liters", "k2": "km"})


def g_f06(r):
    rate = r.choice([2, 3, 4, Fr(3, 2), Fr(5, 2)])
    m = r.choice([4, 6, 8, 10, 12])
    p = rate * m
    if Fr(p).denominator != 1:
        return None
    P = rate * r.choice([90, 120, 150, 180, 210, 240, 300])
    if Fr(P).denominator != 1:
        return None
    mins = P / rate
    return {"p": p, "m": m, "P": P}


add("reading_rate_hours",
    "{name} read {p} pages in {m} minutes. At this rate, how many hours will it take {him} to read a {P}-page book?",
    g_f06,
    [("rate", "div p m", "q", "pages per minute", "find {his} reading rate in pages per minute", "{he} reads {} pages per minute", "pages per minute"),
     ("mins", "div P rate", "int", "time in minutes", "find the time in minutes", "it takes {} minutes", "minutes"),
     ("hrs", "div mins 60", "q", "time in hours", "convert to hours", "it takes {} hours", "hours")],
    "how many hours it will take to read the book", "it will take {} hours to read the book", "hours", pu={"p": "pages", "m": "minutes"})


def g_f07(r):
    a = r.randint(2, 6)
    h = r.choice([2, 3, 4, 6, 8, 12])
    per = Fr(a, h)
    if per.denominator not in (1, 2, 4) or a == h:
        return None
    return {"a": a, "h": h}


add("faucet_leak",
    "A leaky faucet drips {a} liters of water every {h} hours. At that rate, how many liters of water does it waste in one week?",
    g_f07,
    [("per", "div a h", "q", "liters per hour", "find the liters per hour", "it drips {} liters per hour", "liters"),
     ("day", "mul per 24", "int", "liters per day", "find the liters per day", "it wastes {} liters a day", "liters"),
     ("week", "mul day 7", "int", "liters per week", "find the liters per week", "it wastes {} liters in a week", "liters")],
    "how many liters it wastes in one week", "it wastes {} liters in one week", "liters", pu={"a": "liters", "h": "hours"})


def g_f08(r):
    f = fr(r, [2, 3, 4, 5, 8])
    g = fr(r, [3, 4, 5, 6, 10, 12])
    sp = f / g
    if sp.denominator not in (1, 2) or sp < 2 or sp > 6:
        return None
    h = r.choice([2, 3, 4, Fr(3, 2), Fr(5, 2)])
    if (sp * h).denominator not in (1, 2, 4):
        return None
    return {"f": f, "g": g, "h": h}


add("walk_speed_fraction",
    "{name} walks {f} of a mile in {g} of an hour. What is {his} walking speed in miles per hour? At that speed, how far will {he} walk in {h} hours?",
    g_f08,
    [("sp", "fdiv f g", "q", "speed", "find {his} speed in miles per hour", "{his} speed is {} miles per hour", "mph"),
     ("dist", "mul sp h", "q", "distance", "find the distance in {h} hours", "{he} walks {} miles", "miles")],
    "how far {name} walks", "{name} walks {} miles", "miles")


def g_f09(r):
    f = fr(r, [2, 3, 4, 5, 8])
    per = r.choice([4, 6, 8, 9, 10, 12, 15, 16])
    c = f * per
    if dec_ok(c) is False:
        return None
    return {"f": f, "c": c, "w": r.randint(2, 6)}


def dec_ok(v):
    v = Fr(v)
    k = 0
    while v.denominator != 1:
        v *= 10
        k += 1
        if k > 2:
            return False
    return True


add("cheese_price",
    "{f} pound of cheese costs {c}. What is the price of 1 pound of cheese? How much would {w} pounds cost?",
    g_f09,
    [("per", "fdiv c f", "money", "price per pound", "find the price of 1 pound", "1 pound costs {}"),
     ("cost", "mul per w", "money", "cost of {w} pounds", "find the cost of {w} pounds", "{w} pounds cost {}")],
    "how much {w} pounds of cheese would cost", "{w} pounds of cheese would cost {}", "", fmt={"c": "money"})


def g_f10(r):
    n = r.choice([4, 6, 8, 10, 12])
    per = money_cents(r, 0, 2, 5)
    if per < Fr(1, 4):
        return None
    k = r.randint(3, 30)
    if k == n:
        return None
    return {"n": n, "c": per * n, "k": k}


add("batteries_unit",
    "A pack of {n} batteries costs {c}. How much does one battery cost? How much would {k} batteries cost at the same price?",
    g_f10,
    [("per", "div c n", "money", "cost of one battery", "find the cost of one battery", "one battery costs {}"),
     ("cost", "mul per k", "money", "cost of {k} batteries", "find the cost of {k} batteries", "{k} batteries cost {}")],
    "how much {k} batteries would cost", "{k} batteries would cost {}", "", fmt={"c": "money"})


def g_f11(r):
    p = r.choice([4, 5, 8, 10])
    per = r.choice([Fr(1, 2), Fr(1, 4), Fr(3, 4), Fr(3, 2), Fr(5, 2), 1, 2])
    L = per * p
    if Fr(L).denominator != 1 or L < 2:
        return None
    p2 = r.choice([6, 12, 14, 16, 20, 24])
    return {"p": p, "L": L, "p2": p2, "d": r.randint(3, 10)}


add("plant_water",
    "{name} waters {p} plants with {L} liters of water, giving each plant the same amount. At that rate, how much water does {he} need for {p2} plants? If {he} waters the {p2} plants every day for {d} days, how much water does {he} use?",
    g_f11,
    [("per", "div L p", "dec", "water per plant", "find the water for one plant", "each plant gets {} liters", "liters"),
     ("need", "mul per p2", "dec", "water for {p2} plants", "find the water for {p2} plants", "{p2} plants need {} liters", "liters"),
     ("tot", "mul need d", "dec", "water for {d} days", "find the water for {d} days", "{he} uses {} liters", "liters")],
    "how much water {name} uses", "{name} uses {} liters of water", "liters", pu={"p": "plants", "p2": "plants", "d": "days"})


def g_f12(r):
    s = r.choice([10, 12, 15, 20, 30])
    bpm = r.choice([60, 66, 72, 78, 84, 90, 96])
    b = bpm * s // 60
    if b * 60 != bpm * s:
        return None
    return {"b": b, "s": s}


add("heart_rate",
    "{name} counted {b} heartbeats in {s} seconds. What is {his} heart rate in beats per minute?",
    g_f12,
    [("k", "div 60 s", "int", "number of {s}-second periods in a minute", "find how many {s}-second periods are in one minute", "there are {} periods of {s} seconds in a minute"),
     ("bpm", "mul b k", "int", "beats per minute", "find the beats per minute", "{his} heart rate is {} beats per minute", "beats")],
    "{name}'s heart rate in beats per minute", "{name}'s heart rate is {} beats per minute", "beats per minute", pu={"b": "beats"})


def g_f13(r):
    r1 = r.choice([Fr(25, 2), 13, 14, 15, Fr(31, 2), 16, 18, Fr(35, 2), 20])
    r2 = r1 - r.choice([Fr(1, 2), 1, Fr(3, 2), 2, Fr(5, 2), 3])
    h = r.randint(3, 8)
    k = r.randint(3, 8)
    if h == k:
        return None
    return {"a": r1 * h, "h": h, "b": r2 * k, "k": k}


add("jobs_compare",
    "Job A pays {a} for {h} hours of work. Job B pays {b} for {k} hours of work. How much more per hour does the better-paying job pay?",
    g_f13,
    [("r1", "div a h", "money", "Job A per hour", "find Job A's hourly pay", "Job A pays {} per hour"),
     ("r2", "div b k", "money", "Job B per hour", "find Job B's hourly pay", "Job B pays {} per hour"),
     ("diff", "sub r1 r2", "money", "difference", "find the difference per hour", "Job A pays {} more per hour")],
    "how much more per hour the better job pays", "the better-paying job pays {} more per hour", "", fmt={"a": "money", "b": "money"}, pu={"h": "hours", "k": "hours"})


def g_f14(r):
    m = r.choice([20, 24, 25, 28, 30, 32, 35, 40])
    gal = r.randint(3, 15)
    return {"m": m, "d": m * gal, "p": money_cents(r, 3, 5, 10)}


add("gas_trip_cost",
    "A car gets {m} miles per gallon. Gas costs {p} per gallon. How much will gas cost for a {d}-mile trip?",
    g_f14,
    [("gal", "div d m", "int", "gallons needed", "find the gallons needed", "the trip needs {} gallons", "gallons"),
     ("cost", "mul gal p", "money", "cost of gas", "find the cost of the gas", "the gas costs {}")],
    "how much the gas will cost", "gas for the trip will cost {}", "", fmt={"p": "money"}, pu={"d": "miles", "m": "miles"})


def g_f15(r):
    f = fr(r, [3, 4, 5, 6, 8])
    h = f.numerator * r.randint(1, 3)
    if h < 2:
        return None
    full = h / f
    L = full * r.choice([50, 60, 75, 80, 100, 120, 150])
    if Fr(full).denominator != 1 or Fr(L).denominator != 1 or full > 24:
        return None
    return {"f": f, "h": h, "L": L}


add("pool_fill_rate",
    "A hose fills {f} of a pool in {h} hours. At that rate, how many hours does it take to fill the whole pool? The pool holds {L} liters. How many liters does the hose pump each hour?",
    g_f15,
    [("full", "fdiv h f", "int", "hours to fill the pool", "find the hours to fill the whole pool", "it takes {} hours to fill the pool", "hours"),
     ("rate", "div L full", "int", "liters per hour", "find the liters per hour", "the hose pumps {} liters per hour", "liters")],
    "how many liters the hose pumps each hour", "the hose pumps {} liters each hour", "liters", pu={"h": "hours", "L": "liters"})


# ====================================================================== G: percents, fractions and decimals

def g_g01(r):
    n = r.choice([20, 24, 25, 30, 32, 40, 50])
    a = r.randint(1, n // 4)
    pres = n - a
    if gcd(pres, n) == 1:
        return None
    if dec_ok(Fr(pres * 100, n)) is False:
        return None
    return {"n": n, "a": a}


add("present_percent",
    "In a class of {n} students, {a} students were absent today. What percent of the class was present?",
    g_g01,
    [("pres", "sub n a", "int", "students present", "find how many students were present", "{} students were present", "students"),
     ("fr", "simp pres n", "frac", "fraction present", "write the fraction present in simplest form", "{} of the class was present"),
     ("pct", "topct fr", "pct", "percent present", "convert the fraction to a percent", "{} of the class was present")],
    "what percent of the class was present", "{} of the class was present", "", pu={"n": "students", "a": "students"})


def g_g02(r):
    d = r.choice([Fr(1, 4), Fr(1, 5), Fr(3, 10), Fr(2, 5), Fr(3, 20), Fr(1, 10), Fr(7, 20)])
    p = r.choice([20, 24, 30, 36, 40, 45, 48, 50, 60, 64, 75, 80, 90, 120])
    if dec_ok(d * p) is False:
        return None
    return {"d": d, "p": p, "k": r.randint(2, 4)}


add("jacket_sale",
    "A jacket normally costs {p}. This week it is on sale for {d} off. {name} buys {k} jackets at the sale price. How much does {he} spend?",
    g_g02,
    [("off", "pct d p", "money", "discount", "find the discount", "the discount is {}"),
     ("sale", "sub p off", "money", "sale price", "find the sale price", "the sale price is {}"),
     ("tot", "mul sale k", "money", "total spent", "find the cost of {k} jackets", "{he} spends {}")],
    "how much {name} spends", "{name} spends {}", "", fmt={"d": "pct", "p": "money"})


def g_g03(r):
    t = r.choice([8, 10, 12, 16, 20, 24, 25, 40, 50])
    c = r.randint(t // 2, t - 1)
    if gcd(c, t) == 1 or dec_ok(Fr(c * 100, t)) is False:
        return None
    return {"c": c, "t": t}


add("quiz_percent",
    "{name} answered {c} out of {t} questions correctly on a quiz. What percent of the questions did {he} answer correctly?",
    g_g03,
    [("fr", "simp c t", "frac", "fraction correct", "write the fraction correct in simplest form", "{he} got {} of the questions right"),
     ("pct", "topct fr", "pct", "percent correct", "convert to a percent", "{he} got {} of the questions right")],
    "what percent of the questions {name} answered correctly", "{name} answered {} of the questions correctly", "")


def g_g04(r):
    p = r.choice([Fr(1, 4), Fr(1, 5), Fr(2, 5), Fr(3, 10), Fr(1, 10), Fr(3, 5), Fr(1, 2)])
    f = fr(r, [2, 3, 4, 5])
    m = r.choice([40, 50, 60, 80, 100, 120, 150, 200])
    rem = m - m * p
    if (rem * f).denominator != 1:
        return None
    return {"p": p, "f": f, "m": m}


add("game_snacks",
    "{name} had {m}. {He} spent {p} of it on a video game and {f} of the remaining money on snacks. How much money does {he} have left?",
    g_g04,
    [("g", "pct p m", "money", "cost of the game", "find the cost of the game", "the game cost {}"),
     ("rem", "sub m g", "money", "money after the game", "find the money left after the game", "{he} had {} left"),
     ("s", "of f rem", "money", "snacks", "find the amount spent on snacks", "{he} spent {} on snacks"),
     ("left", "sub rem s", "money", "money left", "find the money left", "{he} has {} left")],
    "how much money {name} has left", "{name} has {} left", "", fmt={"p": "pct", "m": "money"})


def g_g05(r):
    p = r.choice([Fr(3, 20), Fr(1, 5), Fr(9, 50), Fr(1, 10), Fr(1, 4)])
    b = r.choice([20, 40, 60, 80, 100, 120, 140, 160])
    tot = b + b * p
    n = r.choice([2, 3, 4, 5])
    if dec_ok(tot / n) is False:
        return None
    return {"p": p, "b": b, "n": n}


add("restaurant_tip_split",
    "A restaurant bill comes to {b}. {name} and {his} friends leave a {p} tip and split the total evenly among {n} people. How much does each person pay?",
    g_g05,
    [("tip", "pct p b", "money", "tip", "find the tip", "the tip is {}"),
     ("tot", "add b tip", "money", "total", "find the total with tip", "the total is {}"),
     ("each", "div tot n", "money", "each person's share", "split the total", "each person pays {}")],
    "how much each person pays", "each person pays {}", "", fmt={"p": "pct", "b": "money"})


def g_g06(r):
    f = fr(r, [3, 4, 5])
    q = r.choice([Fr(1, 10), Fr(1, 5), Fr(1, 4), Fr(3, 20)])
    p = f.denominator * r.randint(20, 120)
    s1 = p - p * f
    if dec_ok(s1 * q) is False or p > 600:
        return None
    return {"f": f, "q": q, "p": p}


add("bike_double_discount",
    "A bike costs {p}. The store takes {f} off the price, and then {name} uses a coupon for {q} off the sale price. How much does {name} pay for the bike?",
    g_g06,
    [("off1", "of f p", "money", "first discount", "find the first discount", "the first discount is {}"),
     ("s1", "sub p off1", "money", "sale price", "find the sale price", "the sale price is {}"),
     ("off2", "pct q s1", "money", "coupon discount", "find the coupon discount", "the coupon takes off {}"),
     ("pay", "sub s1 off2", "money", "final price", "find the final price", "{name} pays {}")],
    "how much {name} pays for the bike", "{name} pays {} for the bike", "", fmt={"q": "pct", "p": "money"})


def g_g07(r):
    b = r.choice([10, 12, 16, 20, 25, 40])
    a = r.randint(b // 2, b - 1)
    fr_ = Fr(a, b)
    if gcd(a, b) == 1 or dec_ok(fr_ * 100) is False:
        return None
    c = fr_.denominator * r.randint(3, 12)
    if c == b:
        return None
    return {"a": a, "b": b, "c": c}


add("free_throws",
    "{name} made {a} out of {b} free throws in practice. What percent of the free throws did {he} make? At the same rate, how many free throws would {he} make out of {c} shots?",
    g_g07,
    [("fr", "simp a b", "frac", "fraction made", "write the fraction made in simplest form", "{he} made {} of the free throws"),
     ("pct", "topct fr", "pct", "percent made", "convert to a percent", "{he} made {} of the free throws"),
     ("made", "of fr c", "int", "free throws made out of {c}", "find how many out of {c} {he} would make", "{he} would make {} free throws", "free throws")],
    "how many free throws {name} would make out of {c}", "{name} would make {} free throws out of {c}", "free throws")


def g_g08(r):
    p = money_cents(r, 0, 3, 5)
    if p < Fr(1, 2):
        return None
    k = r.randint(3, 12)
    cost = p * k
    B = r.choice([5, 10, 20, 50])
    if B <= cost:
        return None
    return {"p": p, "k": k, "B": B}


add("notebooks_change",
    "Notebooks cost {p} each. {name} buys {k} notebooks and pays with a {B} bill. How much change does {he} get?",
    g_g08,
    [("cost", "mul p k", "money", "cost of the notebooks", "find the cost of {k} notebooks", "the notebooks cost {}"),
     ("ch", "sub B cost", "money", "change", "find the change", "{he} gets {} in change")],
    "how much change {name} gets", "{name} gets {} in change", "", fmt={"p": "money", "B": "money"})


def g_g09(r):
    L = r.choice([1, 2, 3, 4, 5])
    d = Fr(r.randint(1, 2 * L - 1), 4) if L > 1 else Fr(r.choice([1, 2]), 4)
    rem = L - d
    f = fr(r, [2, 3, 4, 5])
    if dec_ok(rem * f) is False or dec_ok(d) is False or d.denominator == 1:
        return None
    return {"L": L, "d": d, "f": f}


add("bottle_decimal",
    "{name} has a {L}-liter bottle of water. {He} drank {d} liters in the morning and {f} of what was left in the afternoon. How many liters of water are left in the bottle?",
    g_g09,
    [("rem", "sub L d", "dec", "water after the morning", "find the water left after the morning", "{} liters were left after the morning", "liters"),
     ("aft", "of f rem", "dec", "water drunk in the afternoon", "find how much {he} drank in the afternoon", "{he} drank {} liters in the afternoon", "liters"),
     ("left", "sub rem aft", "dec", "water left", "find the water left", "{} liters are left", "liters")],
    "how many liters of water are left", "{} liters of water are left", "liters", fmt={"d": "dec"})


def g_g10(r):
    p = r.choice([Fr(1, 20), Fr(1, 10), Fr(3, 25), Fr(2, 25), Fr(3, 20), Fr(1, 25), Fr(6, 25)])
    n = r.choice([1200, 1500, 2000, 2400, 2500, 3000, 3600, 4000, 4500, 5000, 6000, 8000])
    if (p * n).denominator != 1:
        return None
    return {"p": p, "n": n}


add("town_growth",
    "A town had {n} residents last year. This year the population grew by {p}. How many residents does the town have now?",
    g_g10,
    [("inc", "pct p n", "int", "increase", "find the increase", "the town gained {} residents", "residents"),
     ("new", "add n inc", "int", "new population", "find the new population", "the town now has {} residents", "residents")],
    "how many residents the town has now", "the town now has {} residents", "residents", fmt={"p": "pct"}, pu={"n": "residents"})


def g_g11(r):
    f = fr(r, [3, 4, 5, 8])
    p = r.choice([Fr(1, 5), Fr(1, 4), Fr(3, 10), Fr(1, 10), Fr(3, 20), Fr(2, 5)])
    if f + p >= Fr(9, 10):
        return None
    n = lcm(f.denominator, p.denominator) * r.randint(2, 20)
    if n > 600:
        return None
    return {"f": f, "p": p, "n": n}


add("survey_burgers",
    "In a survey of {n} people, {f} chose pizza as their favorite food, {p} chose tacos, and the rest chose burgers. How many people chose burgers?",
    g_g11,
    [("pz", "of f n", "int", "pizza", "find how many chose pizza", "{} people chose pizza", "people"),
     ("tc", "pct p n", "int", "tacos", "find how many chose tacos", "{} people chose tacos", "people"),
     ("bg", "sub n pz tc", "int", "burgers", "find how many chose burgers", "{} people chose burgers", "people")],
    "how many people chose burgers", "{} people chose burgers", "people", fmt={"p": "pct"}, pu={"n": "people"})


def g_g12(r):
    f = fr(r, [3, 4, 5, 8])
    a = f.denominator * r.randint(4, 20)
    p = r.choice([Fr(1, 5), Fr(1, 4), Fr(3, 10), Fr(2, 5), Fr(3, 5), Fr(3, 4), Fr(1, 10)])
    b = r.choice([40, 60, 80, 120, 150, 200, 240, 300])
    x, y = f * a, p * b
    if y.denominator != 1 or x <= y:
        return None
    return {"f": f, "a": a, "p": p, "b": b}


add("compare_frac_pct",
    "Which is greater, {f} of {a} or {p} of {b}? By how much is it greater?",
    g_g12,
    [("x", "of f a", "int", "first amount", "find {f} of {a}", "the first amount is {}"),
     ("y", "pct p b", "int", "second amount", "find {p} of {b}", "the second amount is {}"),
     ("diff", "sub x y", "int", "difference", "find the difference", "the difference is {}")],
    "which amount is greater and by how much", "{f} of {a} is greater, by {}", "", fmt={"p": "pct"})


def g_g13(r):
    P = r.choice([20, 25, 30, 35, 40, 45, 55, 60, 65, 75, 80])
    fr_ = Fr(P, 100)
    f = fr(r, [2, 3, 4, 5])
    n = fr_.denominator * f.denominator * r.randint(2, 10)
    if n > 600 or n < 40:
        return None
    return {"P": P, "n": n, "f": f}


add("oak_trees",
    "{P}% of the {n} trees in a park are oak trees. {f} of the oak trees are more than a hundred years old. How many oak trees in the park are more than a hundred years old?",
    g_g13,
    [("fr", "simp P 100", "frac", "{P}% as a fraction", "write {P}% as a fraction in simplest form", "{P}% is {}"),
     ("oak", "of fr n", "int", "oak trees", "find the number of oak trees", "there are {} oak trees", "trees"),
     ("old", "of f oak", "int", "old oak trees", "find the number of old oak trees", "{} oak trees are more than a hundred years old", "trees")],
    "how many oak trees are more than a hundred years old", "{} oak trees are more than a hundred years old", "trees", pu={"n": "trees"})


def g_g14(r):
    t = r.choice([Fr(1, 20), Fr(3, 50), Fr(2, 25), Fr(7, 100), Fr(1, 10), Fr(3, 40)])
    p = r.choice([20, 24, 25, 30, 36, 40, 45, 48, 50, 60, 75, 80])
    if dec_ok(t * p) is False:
        return None
    return {"t": t, "p": p}


add("game_sales_tax",
    "A board game costs {p}. The sales tax is {t}. What is the total cost of the game including tax?",
    g_g14,
    [("tax", "pct t p", "money", "tax", "find the tax", "the tax is {}"),
     ("tot", "add p tax", "money", "total cost", "find the total cost", "the total cost is {}")],
    "the total cost of the game", "the total cost is {}", "", fmt={"t": "pct", "p": "money"})


def g_g15(r):
    d = Fr(r.randint(5, 40), 4)
    if d.denominator == 1:
        return None
    f = mixed(r, [2, 4, 5], 1, 4)
    return {"d": d, "f": f}


add("run_decimal_mixed",
    "{name} ran {d} kilometers on Monday and {f} kilometers on Tuesday. How many kilometers did {he} run on the two days? Give your answer as a decimal.",
    g_g15,
    [("fd", "todec f", "dec", "Tuesday's distance as a decimal", "write {f} as a decimal", "Tuesday's run was {} kilometers"),
     ("tot", "add d fd", "dec", "total distance", "add the two distances", "{he} ran {} kilometers in all", "km")],
    "how many kilometers {name} ran on the two days", "{name} ran {} kilometers on the two days", "km", fmt={"d": "dec"}, pu={"d": "km"})


def g_g16(r):
    p = r.choice([20, 24, 30, 36, 40, 45, 48, 50, 60, 64, 75, 80, 100])
    q = r.randint(p // 2, p - 1)
    off = p - q
    if gcd(off, p) == 1 or dec_ok(Fr(off * 100, p)) is False:
        return None
    return {"p": p, "q": q}


add("price_drop_percent",
    "The price of a pair of headphones dropped from {p} to {q}. What fraction of the original price is the discount? What percent is that?",
    g_g16,
    [("off", "sub p q", "money", "discount", "find the amount of the discount", "the discount is {}"),
     ("fr", "simp off p", "frac", "fraction of the original price", "write the discount as a fraction of the original price", "the discount is {} of the original price"),
     ("pct", "topct fr", "pct", "percent discount", "convert to a percent", "the discount is {}")],
    "what percent of the original price the discount is", "the discount is {} of the original price", "", fmt={"p": "money", "q": "money"})


def g_g17(r):
    p = r.choice([Fr(3, 4), Fr(2, 5), Fr(3, 10), Fr(1, 4), Fr(3, 5), Fr(1, 5), Fr(7, 10)])
    f = fr(r, [2, 3, 4, 5])
    n = r.choice([40, 60, 80, 100, 120, 150, 160, 200, 240])
    rem = n - n * p
    if (n * p).denominator != 1 or (rem * f).denominator != 1:
        return None
    return {"p": p, "f": f, "n": n}


add("tshirts_sold",
    "A store had {n} T-shirts. It sold {p} of them on Saturday and {f} of the rest on Sunday. How many T-shirts are left?",
    g_g17,
    [("sat", "pct p n", "int", "sold on Saturday", "find how many were sold on Saturday", "{} T-shirts were sold on Saturday", "T-shirts"),
     ("rem", "sub n sat", "int", "left after Saturday", "find how many were left after Saturday", "{} T-shirts were left", "T-shirts"),
     ("sun", "of f rem", "int", "sold on Sunday", "find how many were sold on Sunday", "{} T-shirts were sold on Sunday", "T-shirts"),
     ("left", "sub rem sun", "int", "T-shirts left", "find how many are left", "{} T-shirts are left", "T-shirts")],
    "how many T-shirts are left", "{} T-shirts are left", "T-shirts", fmt={"p": "pct"}, pu={"n": "T-shirts"})
