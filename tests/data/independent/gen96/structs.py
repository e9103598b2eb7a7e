"""Problem structures for the groceries / unit-price genre."""
from core import T, fr, Fr, exact_str, group, round_places
import math

NAMES = ["Maya", "Jordan", "Priya", "Luis", "Hannah", "Omar", "Keiko", "Daniel", "Aisha", "Tom",
         "Sofia", "Ben", "Grace", "Mateo", "Nora", "Ravi", "Elena", "Sam", "Chloe", "Marcus"]


def M(v):
    v = fr(v)
    s = exact_str(abs(v), 2)
    if abs(v) >= 1000:
        s = group(s)
    return ("-" if v < 0 else "") + "$" + s


def N(v):
    return group(exact_str(fr(v)))


def cents(rng, lo, hi, step=1):
    return Fr(rng.randrange(lo, hi + 1, step), 100)


def price99(rng, lo, hi):
    # realistic shelf price: whole dollars + .29/.49/.79/.99 etc
    d = rng.randint(lo, hi)
    return Fr(d * 100 + rng.choice([29, 39, 49, 59, 79, 89, 99, 19, 69]), 100)


REG = []


def reg(name, unit, intro, phr):
    def deco(cls):
        REG.append(dict(name=name, unit=unit, intro=intro, phr=phr, gen=cls.gen, solve=cls.solve))
        return cls
    return deco


# 1 ------------------------------------------------------------------
@reg("unit_oz_exact", "$",
     ["To compare, find the price per ounce of each size.",
      "The better buy is the one with the lower unit price, so let's compute price per ounce."],
     ["A {s1}-oz jar of {item} costs {P1} and a {s2}-oz jar costs {P2}. Which jar is cheaper per ounce, and by how much per ounce?",
      "{name} sees {item} in two sizes: {s1} ounces for {P1} or {s2} ounces for {P2}. How much less per ounce does the better deal cost?",
      "At the store, the {s1} oz {item} is {P1} and the {s2} oz {item} is {P2}. What is the difference in price per ounce between the two sizes?"])
class UnitOzExact:
    @staticmethod
    def gen(rng):
        item = rng.choice(["peanut butter", "salsa", "honey", "mayonnaise", "pasta sauce", "jam", "coffee"])
        s1 = rng.choice([10, 12, 16, 20])
        s2 = rng.choice([24, 28, 32, 40, 48])
        while True:
            u1 = rng.randint(12, 60)
            u2 = u1 - rng.randint(1, 9) if rng.random() < 0.8 else u1 + rng.randint(1, 6)
            if u2 > 5:
                break
        return dict(item=item, s1=s1, s2=s2, u1=Fr(u1, 100), u2=Fr(u2, 100),
                    P1=M(Fr(u1 * s1, 100)), P2=M(Fr(u2 * s2, 100)), p1=Fr(u1 * s1, 100), p2=Fr(u2 * s2, 100),
                    name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("Price per ounce, %d-oz jar" % p["s1"], [T(p["p1"], "$"), "/", T(p["s1"], "oz")], "$", suffix=" per ounce")
        b = c.calc("Price per ounce, %d-oz jar" % p["s2"], [T(p["p2"], "$"), "/", T(p["s2"], "oz")], "$", suffix=" per ounce")
        small = "the %d-oz jar is the better deal" % p["s1"]
        big = "the %d-oz jar is the better deal" % p["s2"]
        if c.cmp(a, b, "$", small, big):
            d = c.calc("Difference per ounce", [T(b, "$"), "-", T(a, "$")], "$")
            w = p["s1"]
        else:
            d = c.calc("Difference per ounce", [T(a, "$"), "-", T(b, "$")], "$")
            w = p["s2"]
        c.answer(d, "$", "The %d-oz jar is cheaper by {A} per ounce." % w)


# 2 ------------------------------------------------------------------
@reg("per_100g_kg", "$",
     ["Let's put both packages on the same basis: price per 100 g.",
      "Compare the price per 100 grams, then scale the cheaper rate up to 1 kg."],
     ["A {g1} g bag of {item} costs {P1}, and a {g2} g bag costs {P2}. Using the cheaper price per 100 g, how much would 1 kg cost?",
      "{name} is choosing between {g1} g of {item} for {P1} and {g2} g for {P2}. At the better rate per 100 grams, what would a kilogram cost?",
      "Shelf tags: {item}, {g1} g, {P1}; {item}, {g2} g, {P2}. Work out the price per 100 g of each and the cost of 1 kg at the lower rate."])
class Per100g:
    @staticmethod
    def gen(rng):
        item = rng.choice(["rice", "oats", "lentils", "pasta", "almonds", "flour", "cheddar", "coffee beans"])
        g1 = rng.choice([250, 400, 500])
        g2 = rng.choice([750, 1000, 1500, 2000])
        r1 = rng.randrange(30, 240, 5)
        r2 = r1 + rng.choice([-1, 1]) * rng.randrange(5, 40, 5)
        if r2 <= 10:
            r2 = r1 + 15
        return dict(item=item, g1=g1, g2=g2, p1=Fr(r1 * g1, 10000), p2=Fr(r2 * g2, 10000),
                    P1=M(Fr(r1 * g1, 10000)), P2=M(Fr(r2 * g2, 10000)), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("%d g bag per 100 g" % p["g1"], [T(p["p1"], "$"), "/", T(p["g1"], "g"), "*", T(100, "x")], "$", suffix=" per 100 g")
        b = c.calc("%d g bag per 100 g" % p["g2"], [T(p["p2"], "$"), "/", T(p["g2"], "g"), "*", T(100, "x")], "$", suffix=" per 100 g")
        lo = a if c.cmp(a, b, "$", "the %d g bag is cheaper per 100 g" % p["g1"], "the %d g bag is cheaper per 100 g" % p["g2"]) else b
        k = c.calc("Cost of 1 kg (ten 100 g portions)", [T(lo, "$"), "*", T(10, "x")], "$")
        c.answer(k, "$", "At the better rate, 1 kg would cost {A}.")


# 3 ------------------------------------------------------------------
@reg("unit_oz_round", "$",
     ["Unit price = price ÷ ounces. These won't divide evenly, so I'll round to the nearest tenth of a cent first.",
      "Let's find each unit price (rounded) and compare."],
     ["Cereal A is {P1} for {s1} oz and Cereal B is {P2} for {s2} oz. What is the price per ounce of the cheaper one, to the nearest cent?",
      "{name} compares two boxes of {item}: {s1} oz at {P1} and {s2} oz at {P2}. Which has the lower price per ounce? Give that price rounded to the nearest cent.",
      "Which is the better buy per ounce: {s1} oz of {item} for {P1} or {s2} oz for {P2}? State its unit price to the nearest cent."])
class UnitOzRound:
    @staticmethod
    def gen(rng):
        item = rng.choice(["cereal", "granola", "crackers", "pretzels", "trail mix"])
        while True:
            s1 = rng.choice([9, 11, 12, 13, 14])
            s2 = rng.choice([18, 19, 21, 22, 23, 26])
            p1 = price99(rng, 2, 5)
            p2 = price99(rng, 4, 8)
            a = round_places(p1 / s1, 3)
            b = round_places(p2 / s2, 3)
            if round_places(a, 2) != round_places(b, 2) and (p1 / s1).denominator > 1000 and (p2 / s2).denominator > 1000:
                break
        return dict(item=item, s1=s1, s2=s2, p1=p1, p2=p2, P1=M(p1), P2=M(p2), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("Unit price, %d oz" % p["s1"], [T(p["p1"], "$"), "/", T(p["s1"], "oz")], "$", places=3, suffix=" per oz")
        b = c.calc("Unit price, %d oz" % p["s2"], [T(p["p2"], "$"), "/", T(p["s2"], "oz")], "$", places=3, suffix=" per oz")
        lo = a if c.cmp(a, b, "$", "the %d oz box wins" % p["s1"], "the %d oz box wins" % p["s2"], places=3) else b
        r = round_places(lo, 2)
        c.note("To the nearest cent, $%s per oz rounds to $%s." % (exact_str(lo, 3), exact_str(r, 2)))
        c.answer(r, "$", "The cheaper option costs about {A} per ounce.")


# 4 ------------------------------------------------------------------
@reg("bulk_vs_single", "$",
     ["Compare buying the pack with buying the same number of single items.",
      "Work out what the singles would cost, then subtract the pack price."],
     ["A {n}-pack of {item} costs {P}. A single {one} costs {S}. How much do you save by buying the {n}-pack instead of {n} singles?",
      "{name} needs {n} {item}. They're {S} each, or {P} for a {n}-pack. How much money does the pack save?",
      "Singles: {S} per {one}. Multipack: {n} for {P}. What's the savings from the multipack?"])
class BulkVsSingle:
    @staticmethod
    def gen(rng):
        item, one = rng.choice([("yogurt cups", "cup"), ("cans of soda", "can"), ("granola bars", "bar"),
                                 ("bottles of water", "bottle"), ("cans of tuna", "can"), ("rolls of paper towels", "roll")])
        n = rng.choice([4, 6, 8, 10, 12, 18, 24])
        s = cents(rng, 45, 249)
        tot = n * s
        disc = Fr(rng.randint(int(tot * 8), int(tot * 30)), 100)
        P = tot - disc
        return dict(item=item, one=one, n=n, s=s, Pv=P, P=M(P), S=M(s), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("Cost of %d singles" % p["n"], [T(p["n"], "x"), "*", T(p["s"], "$")], "$")
        d = c.calc("Savings", [T(a, "$"), "-", T(p["Pv"], "$")], "$")
        c.answer(d, "$", "Buying the %d-pack saves {A}." % p["n"])


# 5 ------------------------------------------------------------------
@reg("per_can_pack", "$",
     ["First find the price per item in the pack, then compare to the single price.",
      "Let's get the per-unit price of the pack and multiply the difference out."],
     ["A {n}-pack of {item} is {P}, while one {one} costs {S}. If {name} buys {k} {item} over the month using packs instead of singles, how much is saved?",
      "{item} cost {S} each or {P} per {n}-pack. How much would you save on {k} of them by buying packs?",
      "The {n}-pack of {item} sells for {P}. Single {one}: {S}. What is the total saving on {k} {item} bought in packs?"])
class PerCanPack:
    @staticmethod
    def gen(rng):
        item, one = rng.choice([("sparkling waters", "can"), ("juice boxes", "box"), ("bagels", "bagel"),
                                 ("cans of cat food", "can"), ("energy drinks", "can")])
        n = rng.choice([6, 8, 12, 24])
        u = cents(rng, 35, 180)
        s = u + cents(rng, 10, 60)
        k = n * rng.randint(2, 5)
        return dict(item=item, one=one, n=n, Pv=u * n, P=M(u * n), s=s, S=M(s), k=k, name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        u = c.calc("Price per %s in the pack" % p["one"], [T(p["Pv"], "$"), "/", T(p["n"], "x")], "$", suffix=" each")
        d = c.calc("Saving per %s" % p["one"], [T(p["s"], "$"), "-", T(u, "$")], "$")
        t = c.calc("Saving on %d" % p["k"], [T(d, "$"), "*", T(p["k"], "x")], "$")
        c.answer(t, "$", "Buying packs saves {A}.")


# 6 ------------------------------------------------------------------
@reg("pct_off", "$",
     ["Find the subtotal, take the percent discount, and subtract.",
      "Subtotal first, then the discount amount, then what's left to pay."],
     ["{name} buys {k} packages of {item} at {P} each. The store takes {d}% off. What does {name} pay?",
      "{item} is {P} a package, and this week everything in the aisle is {d}% off. What do {k} packages cost?",
      "With a {d}% store discount, how much are {k} packs of {item} priced at {P} each?"])
class PctOff:
    @staticmethod
    def gen(rng):
        item = rng.choice(["chicken thighs", "ground beef", "salmon fillets", "cheese", "berries", "coffee pods"])
        d = rng.choice([10, 15, 20, 25, 30, 40])
        while True:
            k = rng.randint(2, 6)
            pv = cents(rng, 199, 1299)
            if (k * pv * d / 100 * 100).denominator == 1:
                break
        return dict(item=item, d=d, k=k, pv=pv, P=M(pv), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        s = c.calc("Subtotal", [T(p["k"], "x"), "*", T(p["pv"], "$")], "$")
        d = c.calc("Discount", [T(p["d"], "%"), "of", T(s, "$")], "$")
        t = c.calc("Total after discount", [T(s, "$"), "-", T(d, "$")], "$")
        c.check("", [T(t, "$"), "+", T(d, "$")], "$")
        c.answer(t, "$", "The total comes to {A}.")


# 7 ------------------------------------------------------------------
@reg("pct_multiplier", "$",
     ["A discount of d% means paying (100 − d)% of the price.",
      "Apply the sale as a multiplier, then multiply by the quantity."],
     ["A bag of {item} is normally {P}. It's {d}% off today. How much do {k} bags cost?",
      "{name} grabs {k} bags of {item}, regularly {P} each, now marked {d}% off. What's the total?",
      "Regular price {P}, sale {d}% off, quantity {k}: what is the total cost of the {item}?"])
class PctMult:
    @staticmethod
    def gen(rng):
        item = rng.choice(["frozen shrimp", "dog food", "potatoes", "coffee", "avocados", "mixed nuts"])
        while True:
            d = rng.choice([10, 20, 25, 30, 40, 50])
            pv = cents(rng, 199, 1599)
            if (pv * (100 - d)).denominator == 1:
                break
        return dict(item=item, d=d, pv=pv, P=M(pv), k=rng.randint(2, 5), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        r = c.calc("Sale price", [T(p["pv"], "$"), "*", [T(1, "x"), "-", T(Fr(p["d"], 100), "x")]], "$")
        t = c.calc("Total for %d bags" % p["k"], [T(r, "$"), "*", T(p["k"], "x")], "$")
        c.answer(t, "$", "The %d bags cost {A}." % p["k"])


# 8 ------------------------------------------------------------------
@reg("discount_then_coupon", "$",
     ["The percent discount applies first, then the coupon comes off.",
      "Add up the items, take the store discount, then subtract the coupon."],
     ["{name} buys {item1} for {P1} and {item2} for {P2}. The store gives {d}% off the order, and then {name} uses a {C} coupon. What is the final cost?",
      "Order: {item1} ({P1}) and {item2} ({P2}). Loyalty members get {d}% off, then a {C} manufacturer coupon applies. How much is paid?",
      "After a {d}% member discount and a {C} coupon, what does an order of {item1} at {P1} plus {item2} at {P2} cost?"])
class DiscCoupon:
    @staticmethod
    def gen(rng):
        i1, i2 = rng.sample(["laundry detergent", "olive oil", "a roast", "diapers", "a cheese board", "a bag of coffee"], 2)
        while True:
            d = rng.choice([5, 10, 15, 20])
            p1, p2 = cents(rng, 499, 1999), cents(rng, 299, 1499)
            if ((p1 + p2) * d).denominator == 1:
                break
        cp = rng.choice([Fr(1), Fr(2), Fr(3), Fr(5), Fr(3, 2)])
        return dict(item1=i1, item2=i2, d=d, p1=p1, p2=p2, P1=M(p1), P2=M(p2), cv=cp, C=M(cp), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        s = c.calc("Subtotal", [T(p["p1"], "$"), "+", T(p["p2"], "$")], "$")
        d = c.calc("%d%% discount" % p["d"], [T(p["d"], "%"), "of", T(s, "$")], "$")
        a = c.calc("After discount", [T(s, "$"), "-", T(d, "$")], "$")
        f = c.calc("After the coupon", [T(a, "$"), "-", T(p["cv"], "$")], "$")
        c.answer(f, "$", "The final cost is {A}.")


# 9 ------------------------------------------------------------------
@reg("bogo", "$",
     ["With buy-one-get-one-free, you pay for half the items (rounding up if the count is odd).",
      "Every second item is free, so count how many you actually pay for."],
     ["{item} are buy one, get one free at {P} each. {name} takes {n}. How much does {name} pay?",
      "BOGO deal: {item}, {P} each. What do {n} of them cost?",
      "The store runs buy-one-get-one-free on {item} ({P} each). If you put {n} in your cart, what's the charge?"])
class Bogo:
    @staticmethod
    def gen(rng):
        item = rng.choice(["boxes of pasta", "cartons of ice cream", "bags of chips", "jars of salsa", "loaves of bread"])
        pv = cents(rng, 129, 699)
        return dict(item=item, n=rng.randint(3, 11), pv=pv, P=M(pv), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        k = c.calc("Items paid for", [T(p["n"], "x"), "/", T(2, "x")], "n", post="ceil")
        t = c.calc("Cost", [T(k, "x"), "*", T(p["pv"], "$")], "$")
        c.answer(t, "$", "The charge is {A}.")


# 10 -----------------------------------------------------------------
@reg("buy2get1", "$",
     ["In 'buy 2, get 1 free', every full group of 3 has one free item.",
      "Count the free items (one per complete set of three), then pay for the rest."],
     ["{item} are {P} each with a 'buy 2, get 1 free' offer. How much do {n} cost?",
      "{name} buys {n} {item} at {P} apiece. The deal is buy two, get the third free. What's the total?",
      "Offer: buy 2 {item}, get 1 free. Price {P} each. Total for {n}?"])
class B2G1:
    @staticmethod
    def gen(rng):
        item = rng.choice(["cans of soup", "yogurts", "avocados", "bottles of juice", "boxes of cereal"])
        pv = cents(rng, 89, 499)
        return dict(item=item, n=rng.randint(4, 14), pv=pv, P=M(pv), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        f = c.calc("Free items", [T(p["n"], "x"), "/", T(3, "x")], "n", post="floor")
        k = c.calc("Items paid for", [T(p["n"], "x"), "-", T(f, "x")], "n")
        t = c.calc("Total", [T(k, "x"), "*", T(p["pv"], "$")], "$")
        c.answer(t, "$", "The total is {A}.")


# 11 -----------------------------------------------------------------
@reg("basket_total", "$",
     ["Multiply each quantity by its price, then add.",
      "Let's total the cart item by item."],
     ["{name} buys {q1} {i1} at {P1} each, {q2} {i2} at {P2} each, and {q3} {i3} at {P3} each. What is the total?",
      "Shopping list: {q1} × {i1} ({P1}), {q2} × {i2} ({P2}), {q3} × {i3} ({P3}). How much is the bill?",
      "What does a cart with {q1} {i1} at {P1}, {q2} {i2} at {P2}, and {q3} {i3} at {P3} cost in total?"])
class Basket:
    @staticmethod
    def gen(rng):
        its = rng.sample(["cartons of milk", "loaves of bread", "dozen eggs", "bags of spinach", "boxes of cereal",
                          "cans of beans", "packs of chicken", "bunches of bananas", "tubs of yogurt"], 3)
        d = dict(name=rng.choice(NAMES))
        for i in range(3):
            d["i%d" % (i + 1)] = its[i]
            d["q%d" % (i + 1)] = rng.randint(2, 6)
            d["p%d" % (i + 1)] = price99(rng, 0, 7)
            d["P%d" % (i + 1)] = M(d["p%d" % (i + 1)])
        return d

    @staticmethod
    def solve(c, p):
        xs = []
        for i in (1, 2, 3):
            xs.append(c.calc(p["i%d" % i][0].upper() + p["i%d" % i][1:],
                             [T(p["q%d" % i], "x"), "*", T(p["p%d" % i], "$")], "$"))
        t = c.calc("Total", [T(xs[0], "$"), "+", T(xs[1], "$"), "+", T(xs[2], "$")], "$")
        c.answer(t, "$", "The total is {A}.")


# 12 -----------------------------------------------------------------
@reg("budget_left", "$",
     ["Add up the purchases and subtract from the budget (a negative result means over budget).",
      "Total the cart, then compare with the weekly budget."],
     ["{name} has a weekly grocery budget of {B}. The cart has produce for {P1}, meat for {P2}, and pantry items for {P3}. How much of the budget is left? (Use a negative number if over budget.)",
      "Weekly budget: {B}. Spent: {P1} on produce, {P2} on meat, {P3} on pantry staples. What's left in the budget? Negative means overspent.",
      "If the grocery budget is {B} and the receipt shows {P1}, {P2}, and {P3}, how much remains (negative if over)?"])
class BudgetLeft:
    @staticmethod
    def gen(rng):
        p = [cents(rng, 1200, 4500), cents(rng, 1500, 5500), cents(rng, 800, 3500)]
        tot = sum(p)
        B = Fr(int(tot) // 5 * 5 + rng.choice([-15, -10, -5, 5, 10, 20, 25, 30]))
        return dict(B=M(B), Bv=B, p1=p[0], p2=p[1], p3=p[2], P1=M(p[0]), P2=M(p[1]), P3=M(p[2]), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        t = c.calc("Total spent", [T(p["p1"], "$"), "+", T(p["p2"], "$"), "+", T(p["p3"], "$")], "$")
        l = c.calc("Left in budget", [T(p["Bv"], "$"), "-", T(t, "$")], "$")
        c.check("", [T(t, "$"), "+", T(l, "$")], "$")
        if l < 0:
            c.answer(l, "$", "The cart is over budget, so what's left is {A}.")
        else:
            c.answer(l, "$", "There is {A} left in the budget.")


# 13 -----------------------------------------------------------------
@reg("budget_per_day", "$",
     ["Find what's left of the budget, then divide by the remaining days.",
      "Remaining budget ÷ remaining days gives the daily amount."],
     ["{name}'s grocery budget is {B} for the week. After spending {P} by {day}, {d} days remain. How much can be spent per day for the rest of the week?",
      "A family budgets {B} a week for food. They've used {P} so far, with {d} days to go. What's the daily allowance now?",
      "Budget {B}; spent {P}; {d} days left. Equal spending per day?"])
class BudgetPerDay:
    @staticmethod
    def gen(rng):
        d = rng.choice([2, 3, 4, 5])
        per = cents(rng, 500, 3000, 5)
        B = Fr(rng.choice([100, 120, 150, 175, 200, 225, 250, 300]))
        P = B - per * d
        if P <= 0:
            per = Fr(int(B / d / 2 * 100), 100)
            P = B - per * d
        return dict(B=M(B), Bv=B, Pv=P, P=M(P), d=d, day=rng.choice(["Tuesday night", "Wednesday", "midweek", "Thursday morning"]), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        l = c.calc("Remaining budget", [T(p["Bv"], "$"), "-", T(p["Pv"], "$")], "$")
        r = c.calc("Per day", [T(l, "$"), "/", T(p["d"], "x")], "$", suffix=" per day")
        c.answer(r, "$", "That leaves {A} per day.")


# 14 -----------------------------------------------------------------
@reg("monthly_avg", "$",
     ["Annualize the weekly amount (52 weeks), then divide by 12 months.",
      "A month isn't exactly 4 weeks, so go through the yearly total."],
     ["{name} spends {W} on groceries every week. What is the average monthly grocery spending, using 52 weeks in a year?",
      "Weekly grocery bill: {W}. Over a year of 52 weeks, what's the average per month?",
      "If a household spends {W} per week on food, what is that per month on average (52 weeks, 12 months)?"])
class MonthlyAvg:
    @staticmethod
    def gen(rng):
        while True:
            w = cents(rng, 6000, 24000, 3)
            if (w * 100).numerator % 3 == 0:
                break
        return dict(wv=w, W=M(w), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        y = c.calc("Yearly total", [T(p["wv"], "$"), "*", T(52, "x")], "$")
        m = c.calc("Monthly average", [T(y, "$"), "/", T(12, "x")], "$")
        c.answer(m, "$", "The average monthly grocery spending is {A}.")


# 15 -----------------------------------------------------------------
@reg("points_earn", "pt",
     ["Points come from the dollars spent plus the bonus offers.",
      "Let's count the base points, the bonus points, and add them."],
     ["{name}'s store card gives {r} points per dollar. {name} spends ${S} and also buys {k} items with a {b}-point bonus each. How many points are earned?",
      "Loyalty program: {r} points for every $1 spent, plus {b} bonus points on each of {k} featured items. A ${S} trip earns how many points?",
      "How many rewards points does a ${S} shop earn at {r} points per dollar, if {k} of the items carry a {b}-point bonus?"])
class PointsEarn:
    @staticmethod
    def gen(rng):
        return dict(r=rng.choice([1, 2, 3, 5, 10]), S=rng.randint(35, 260), k=rng.randint(2, 5),
                    b=rng.choice([25, 50, 75, 100, 150, 250]), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("Base points", [T(p["S"], "x"), "*", T(p["r"], "x")], "pt")
        b = c.calc("Bonus points", [T(p["k"], "x"), "*", T(p["b"], "x")], "pt")
        t = c.calc("Total points", [T(a, "x"), "+", T(b, "x")], "pt")
        c.answer(t, "n", "That's {A} points in total.")


# 16 -----------------------------------------------------------------
@reg("points_redeem", "$",
     ["Only complete blocks of points can be redeemed, so find how many full rewards fit.",
      "Figure out the number of whole rewards, their value, and the amount still owed."],
     ["{name} has {B} loyalty points. Every {k} points can be redeemed for ${v} off. The grocery bill is {T}. After redeeming as many rewards as possible, how much does {name} pay?",
      "A store gives ${v} off for each {k} points. With {B} points and a {T} order, what's the amount due after using all the full rewards?",
      "Rewards: {k} points = ${v} off. Balance: {B} points. Order total: {T}. What is paid out of pocket?"])
class PointsRedeem:
    @staticmethod
    def gen(rng):
        k = rng.choice([100, 250, 500, 1000])
        v = {100: rng.choice([1, 2]), 250: rng.choice([2, 3, 5]), 500: 5, 1000: rng.choice([10, 15])}[k]
        B = k * rng.randint(2, 7) + rng.randint(1, k - 1)
        T_ = cents(rng, 4500, 16000)
        return dict(k=k, v=v, Bv=B, B=N(B), Tv=T_, T=M(T_), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        r = c.calc("Rewards available", [T(p["Bv"], "x"), "/", T(p["k"], "x")], "n", post="floor")
        v = c.calc("Value of rewards", [T(r, "x"), "*", T(p["v"], "$")], "$")
        t = c.calc("Amount to pay", [T(p["Tv"], "$"), "-", T(v, "$")], "$")
        c.answer(t, "$", "After the rewards, the bill is {A}.")


# 17 -----------------------------------------------------------------
@reg("deli_by_lb", "$",
     ["The deli charges by weight, rounded to the nearest cent.",
      "Multiply weight by price per pound, round to cents, then add."],
     ["At the deli, {name} gets {w1} lb of {i1} at {P1}/lb and {w2} lb of {i2} at {P2}/lb. Each item's price is rounded to the nearest cent. What is the total?",
      "{i1}: {w1} lb at {P1} per pound; {i2}: {w2} lb at {P2} per pound. Rounding each line to the nearest cent, what's the deli total?",
      "What do {w1} pounds of {i1} ({P1}/lb) and {w2} pounds of {i2} ({P2}/lb) cost, rounding each item to the cent?"])
class Deli:
    @staticmethod
    def gen(rng):
        i1, i2 = rng.sample(["turkey", "ham", "roast beef", "swiss cheese", "provolone", "salami", "potato salad"], 2)
        while True:
            w1 = Fr(rng.choice([3, 5, 7, 9, 11, 13, 15, 6]), rng.choice([4, 8]))
            w2 = Fr(rng.randint(1, 9), rng.choice([2, 4]))
            p1, p2 = price99(rng, 4, 12), price99(rng, 3, 11)
            if (w1 * p1 * 100).denominator != 1:
                break
        return dict(i1=i1, i2=i2, w1=exact_str(w1), w2=exact_str(w2), wv1=w1, wv2=w2, p1=p1, p2=p2,
                    P1=M(p1), P2=M(p2), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc(p["i1"][0].upper() + p["i1"][1:], [T(p["wv1"], "lb"), "*", T(p["p1"], "$")], "$", places=2)
        b = c.calc(p["i2"][0].upper() + p["i2"][1:], [T(p["wv2"], "lb"), "*", T(p["p2"], "$")], "$", places=2)
        t = c.calc("Deli total", [T(a, "$"), "+", T(b, "$")], "$")
        c.answer(t, "$", "The deli total is {A}.")


# 18 -----------------------------------------------------------------
@reg("oz_to_lb", "$",
     ["Convert to the same unit: find the price per ounce, then multiply by 16 oz in a pound.",
      "There are 16 ounces in a pound, so get a per-pound price for the package."],
     ["A {s}-oz package of {item} costs {P}. The butcher sells the same {item} for {L} per pound. Which is cheaper, and by how much per pound?",
      "{name} can buy {item} pre-packed ({s} oz for {P}) or loose at {L}/lb. What's the difference in price per pound?",
      "Pre-packed {item}: {s} oz, {P}. Loose: {L} a pound. How much more per pound is the more expensive option?"])
class OzToLb:
    @staticmethod
    def gen(rng):
        item = rng.choice(["ground turkey", "shrimp", "bacon", "cheddar", "mushrooms", "grapes"])
        s = rng.choice([8, 10, 12, 20, 24])
        u = cents(rng, 20, 75)
        L = u * 16 + rng.choice([-1, 1]) * cents(rng, 20, 150)
        return dict(item=item, s=s, u=u, Pv=u * s, P=M(u * s), Lv=L, L=M(L), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        u = c.calc("Price per ounce (package)", [T(p["Pv"], "$"), "/", T(p["s"], "oz")], "$", suffix=" per oz")
        lb = c.calc("Package price per pound", [T(u, "$"), "*", T(16, "x")], "$", suffix=" per lb")
        if c.cmp(lb, p["Lv"], "$", "the package is cheaper", "the loose %s is cheaper" % p["item"]):
            d = c.calc("Difference per pound", [T(p["Lv"], "$"), "-", T(lb, "$")], "$")
        else:
            d = c.calc("Difference per pound", [T(lb, "$"), "-", T(p["Lv"], "$")], "$")
        c.answer(d, "$", "The cheaper option saves {A} per pound.")


# 19 -----------------------------------------------------------------
@reg("sales_tax_nonfood", "$",
     ["Food isn't taxed here, only the household items; tax is rounded to the nearest cent.",
      "Apply the tax only to the taxable items, then add everything up."],
     ["{name}'s receipt has {F} of food (not taxed) and {H} of household goods taxed at {r}%. With tax rounded to the nearest cent, what is the total?",
      "Groceries: {F} (tax-exempt). Paper goods and cleaners: {H}, taxed at {r}%. What's the final total after tax (nearest cent)?",
      "If only the {H} of non-food items is taxed at {r}% and the {F} of food isn't, what is the total bill?"])
class SalesTax:
    @staticmethod
    def gen(rng):
        while True:
            r = rng.choice([Fr(6), Fr(7), Fr(13, 2), Fr(35, 4), Fr(8), Fr(29, 4)])
            H = cents(rng, 800, 4500)
            if (H * r).denominator != 1 or (H * r * 100 % 100) != 0:
                break
        F = cents(rng, 2500, 12000)
        return dict(r=exact_str(r), rv=r, Hv=H, H=M(H), Fv=F, F=M(F), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        t = c.calc("Tax", [T(p["rv"], "%"), "of", T(p["Hv"], "$")], "$", places=2)
        s = c.calc("Total", [T(p["Fv"], "$"), "+", T(p["Hv"], "$"), "+", T(t, "$")], "$")
        c.answer(s, "$", "The total after tax is {A}.")


# 20 -----------------------------------------------------------------
@reg("split_bill", "$",
     ["Add up the shared items and divide evenly.",
      "Total first, then each person's share."],
     ["{k} roommates split a grocery run: {P1} at the market and {P2} at the bakery. How much does each pay?",
      "{name} and {k1} roommates share the groceries equally. The two receipts are {P1} and {P2}. What's each person's share?",
      "Two receipts, {P1} and {P2}, are split evenly among {k} people. How much is each share?"])
class SplitBill:
    @staticmethod
    def gen(rng):
        k = rng.choice([2, 3, 4, 5])
        per = cents(rng, 1500, 6000)
        t = per * k
        p1 = Fr(rng.randint(int(t * 30), int(t * 70)), 100)
        return dict(k=k, k1=k - 1, p1=p1, p2=t - p1, P1=M(p1), P2=M(t - p1), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        t = c.calc("Total", [T(p["p1"], "$"), "+", T(p["p2"], "$")], "$")
        s = c.calc("Each share", [T(t, "$"), "/", T(p["k"], "x")], "$")
        c.check("", [T(s, "$"), "*", T(p["k"], "x")], "$")
        c.answer(s, "$", "Each person pays {A}.")


# 21 -----------------------------------------------------------------
@reg("cents_change", "$",
     ["Prices are in cents, so convert to dollars and find the change.",
      "Multiply the cents price by the count, then subtract from the amount paid."],
     ["{name} buys {k} {item} at {c}¢ each and pays with a ${B} bill. How much change?",
      "{item} are {c}¢ apiece. If you buy {k} and hand over ${B}, what change do you get?",
      "What's the change from ${B} for {k} {item} priced at {c}¢ each?"])
class CentsChange:
    @staticmethod
    def gen(rng):
        item = rng.choice(["limes", "bananas", "apples", "cans of tomato paste", "packets of ramen", "lemons"])
        c_ = rng.choice([29, 39, 45, 49, 59, 69, 79, 89, 99])
        k = rng.randint(3, 12)
        B = 5 if k * c_ < 450 else (10 if k * c_ < 950 else 20)
        return dict(item=item, c=c_, k=k, B=B, name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        t = c.calc("Cost of the %s" % p["item"], [T(p["k"], "x"), "*", T(p["c"], "c")], "$")
        ch = c.calc("Change", [T(p["B"], "$"), "-", T(t, "$")], "$")
        c.answer(ch, "$", "The change is {A}.")


# 22 -----------------------------------------------------------------
@reg("servings_boxes", "$",
     ["Work out how many boxes are needed (you can't buy part of a box), then the cost.",
      "Servings needed ÷ servings per box, rounded up, gives the number of boxes."],
     ["A box of {item} has {s} servings and costs {P}. {name}'s family eats {d} servings a day for {days} days. How much will the boxes cost?",
      "Each {P} box of {item} holds {s} servings. If you need {d} servings daily for {days} days, what do you spend on whole boxes?",
      "{item}: {s} servings per box, {P} per box. Needed: {d} servings/day × {days} days. Total cost of boxes?"])
class Servings:
    @staticmethod
    def gen(rng):
        item = rng.choice(["oatmeal", "cereal", "granola", "instant rice", "pancake mix"])
        while True:
            s = rng.choice([8, 10, 12, 14, 16, 20])
            d, days = rng.randint(2, 5), rng.choice([7, 10, 14])
            if (d * days) % s:
                break
        pv = price99(rng, 2, 6)
        return dict(item=item, s=s, d=d, days=days, pv=pv, P=M(pv), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        n = c.calc("Servings needed", [T(p["d"], "x"), "*", T(p["days"], "x")], "n")
        b = c.calc("Boxes needed", [T(n, "x"), "/", T(p["s"], "x")], "n", post="ceil")
        t = c.calc("Cost of boxes", [T(b, "x"), "*", T(p["pv"], "$")], "$")
        c.answer(t, "$", "The boxes cost {A}.")


# 23 -----------------------------------------------------------------
@reg("six_vs_twelve", "$",
     ["Find the price per bottle for each pack size, then buy the needed amount in the cheaper packs.",
      "Compare per-bottle prices, then cost out the whole order."],
     ["A 6-pack of {item} is {P6} and a 12-pack is {P12}. {name} needs {n} bottles. Using only the cheaper pack size (per bottle), what's the cost?",
      "{item}: {P6} for 6 or {P12} for 12. For {n} bottles, buying only the pack with the lower per-bottle price, how much do you spend?",
      "Which pack of {item} is cheaper per bottle, {P6} for six or {P12} for twelve, and what would {n} bottles cost in that pack size?"])
class SixTwelve:
    @staticmethod
    def gen(rng):
        item = rng.choice(["kombucha", "sparkling water", "root beer", "iced tea", "lemonade"])
        a = cents(rng, 60, 180)
        b = a + rng.choice([-1, 1]) * cents(rng, 3, 25)
        return dict(item=item, p6=a * 6, p12=b * 12, P6=M(a * 6), P12=M(b * 12), n=12 * rng.randint(2, 5), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("6-pack per bottle", [T(p["p6"], "$"), "/", T(6, "x")], "$", suffix=" per bottle")
        b = c.calc("12-pack per bottle", [T(p["p12"], "$"), "/", T(12, "x")], "$", suffix=" per bottle")
        if c.cmp(a, b, "$", "the 6-pack is cheaper per bottle", "the 12-pack is cheaper per bottle"):
            k = c.calc("6-packs needed", [T(p["n"], "x"), "/", T(6, "x")], "n")
            t = c.calc("Cost", [T(k, "x"), "*", T(p["p6"], "$")], "$")
        else:
            k = c.calc("12-packs needed", [T(p["n"], "x"), "/", T(12, "x")], "n")
            t = c.calc("Cost", [T(k, "x"), "*", T(p["p12"], "$")], "$")
        c.answer(t, "$", "The %d bottles cost {A}." % p["n"])


# 24 -----------------------------------------------------------------
@reg("spend_threshold", "$",
     ["Check the subtotal against the coupon's minimum, then subtract.",
      "The coupon only works above the minimum spend, so total the cart first."],
     ["A coupon takes {C} off orders of {Mn} or more. {name} buys {q1} {i1} at {P1} each and {q2} {i2} at {P2} each. What is paid?",
      "Spend {Mn}, save {C}. Cart: {q1} {i1} ({P1} each) and {q2} {i2} ({P2} each). Final total?",
      "{name} has a '{C} off {Mn}+' coupon. With {q1} {i1} at {P1} and {q2} {i2} at {P2}, how much is the bill?"])
class Threshold:
    @staticmethod
    def gen(rng):
        i1, i2 = rng.sample(["steaks", "bottles of wine", "bags of coffee", "packs of salmon", "cheese wedges"], 2)
        while True:
            q1, q2 = rng.randint(2, 4), rng.randint(2, 5)
            p1, p2 = price99(rng, 6, 14), price99(rng, 3, 9)
            s = q1 * p1 + q2 * p2
            mn = rng.choice([40, 50, 60, 75])
            if s >= mn + 8:
                break
        cv = rng.choice([5, 10, 15])
        return dict(i1=i1, i2=i2, q1=q1, q2=q2, p1=p1, p2=p2, P1=M(p1), P2=M(p2), Mn="$%d" % mn, mn=mn, cv=cv, C="$%d" % cv, name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc(p["i1"][0].upper() + p["i1"][1:], [T(p["q1"], "x"), "*", T(p["p1"], "$")], "$")
        b = c.calc(p["i2"][0].upper() + p["i2"][1:], [T(p["q2"], "x"), "*", T(p["p2"], "$")], "$")
        s = c.calc("Subtotal", [T(a, "$"), "+", T(b, "$")], "$")
        if s >= p["mn"]:
            c.note("That's at least %s, so the coupon applies." % p["Mn"])
            t = c.calc("After coupon", [T(s, "$"), "-", T(p["cv"], "$")], "$")
        else:
            c.note("That's under %s, so the coupon doesn't apply." % p["Mn"])
            t = s
        c.answer(t, "$", "The bill is {A}.")


# 25 -----------------------------------------------------------------
@reg("price_increase_pct", "%",
     ["Percent change = (new − old) ÷ old × 100.",
      "Find the increase, then divide by the original price."],
     ["A carton of {item} went from {A} to {B}. By what percent did the price go up?",
      "{name} noticed {item} now costs {B}; last month it was {A}. What is the percent increase?",
      "Old price {A}, new price {B} for {item}. Percent increase?"])
class PctInc:
    @staticmethod
    def gen(rng):
        item = rng.choice(["eggs", "orange juice", "milk", "butter", "coffee creamer"])
        pct = rng.choice([Fr(5), Fr(10), Fr(12), Fr(15), Fr(20), Fr(25), Fr(25, 2), Fr(35, 2), Fr(30), Fr(8)])
        while True:
            a = cents(rng, 150, 800, 2)
            b = a * (1 + pct / 100)
            if (b * 100).denominator == 1:
                break
        return dict(item=item, av=a, bv=b, A=M(a), B=M(b), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        d = c.calc("Increase", [T(p["bv"], "$"), "-", T(p["av"], "$")], "$")
        r = c.calc("Percent increase", [T(d, "$"), "/", T(p["av"], "$"), "*", T(100, "x")], "%")
        c.answer(r, "%", "The price went up by {A}.")


# 26 -----------------------------------------------------------------
@reg("store_brand", "$",
     ["Find the savings per item, then scale up by the weekly quantity and number of weeks.",
      "Per-item difference × items per week × weeks."],
     ["Name-brand {item} costs {P1} and the store brand costs {P2}. {name} buys {n} a week. How much is saved over {w} weeks by switching?",
      "Switching from {P1} name-brand {item} to the {P2} store brand, with {n} per week, saves how much in {w} weeks?",
      "{item}: brand {P1}, store brand {P2}. Usage: {n}/week. Savings over {w} weeks?"])
class StoreBrand:
    @staticmethod
    def gen(rng):
        item = rng.choice(["cereal", "ketchup", "paper towels", "yogurt", "shredded cheese", "bread"])
        p2 = cents(rng, 149, 499)
        p1 = p2 + cents(rng, 30, 180)
        return dict(item=item, p1=p1, p2=p2, P1=M(p1), P2=M(p2), n=rng.randint(2, 6), w=rng.choice([4, 8, 12, 26, 52]), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        d = c.calc("Saving per item", [T(p["p1"], "$"), "-", T(p["p2"], "$")], "$")
        wk = c.calc("Saving per week", [T(d, "$"), "*", T(p["n"], "x")], "$")
        t = c.calc("Saving over %d weeks" % p["w"], [T(wk, "$"), "*", T(p["w"], "x")], "$")
        c.answer(t, "$", "Switching saves {A} over %d weeks." % p["w"])


# 27 -----------------------------------------------------------------
@reg("eggs_per_egg", "$",
     ["Compare price per egg, then buy the needed eggs in the cheaper carton.",
      "Price per egg decides it; then multiply out."],
     ["A dozen eggs costs {P12} and an 18-count carton costs {P18}. {name} needs {n} eggs. Buying only the carton size with the lower price per egg, what's the cost?",
      "Eggs: 12 for {P12} or 18 for {P18}. What do {n} eggs cost if you buy only the better-value carton?",
      "{name} bakes for a fundraiser and needs {n} eggs. Cartons: dozen {P12}, 18-pack {P18}. Cost using the cheaper-per-egg carton?"])
class Eggs:
    @staticmethod
    def gen(rng):
        a = cents(rng, 18, 60)
        b = a + rng.choice([-1, 1]) * cents(rng, 1, 6)
        return dict(p12=a * 12, p18=b * 18, P12=M(a * 12), P18=M(b * 18), n=36 * rng.randint(1, 4), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("Dozen, per egg", [T(p["p12"], "$"), "/", T(12, "x")], "$", suffix=" per egg")
        b = c.calc("18-count, per egg", [T(p["p18"], "$"), "/", T(18, "x")], "$", suffix=" per egg")
        if c.cmp(a, b, "$", "the dozen is the better value", "the 18-count is the better value"):
            k = c.calc("Dozens needed", [T(p["n"], "x"), "/", T(12, "x")], "n")
            t = c.calc("Cost", [T(k, "x"), "*", T(p["p12"], "$")], "$")
        else:
            k = c.calc("18-count cartons needed", [T(p["n"], "x"), "/", T(18, "x")], "n")
            t = c.calc("Cost", [T(k, "x"), "*", T(p["p18"], "$")], "$")
        c.answer(t, "$", "The %d eggs cost {A}." % p["n"])


# 28 -----------------------------------------------------------------
@reg("recipe_grams", "$",
     ["Convert grams to kilograms (÷ 1000) and multiply by the price per kg.",
      "Price per kg × kilograms needed, for each ingredient."],
     ["A recipe needs {g1} g of {i1} (priced at {K1} per kg) and {g2} g of {i2} ({K2} per kg). What do these ingredients cost?",
      "{name} buys {g1} g of {i1} at {K1}/kg and {g2} g of {i2} at {K2}/kg from the bulk bins. Total cost?",
      "From the bulk section: {i1} {K1} per kilogram, {i2} {K2} per kilogram. Cost of {g1} g and {g2} g respectively, combined?"])
class RecipeGrams:
    @staticmethod
    def gen(rng):
        i1, i2 = rng.sample(["parmesan", "walnuts", "dark chocolate", "quinoa", "dried cranberries", "cashews"], 2)
        g1, g2 = rng.choice([150, 200, 250, 300, 400, 500, 750]), rng.choice([100, 200, 250, 350, 600])
        k1, k2 = Fr(rng.randrange(600, 3200, 20), 100), Fr(rng.randrange(400, 2400, 20), 100)
        return dict(i1=i1, i2=i2, g1=g1, g2=g2, k1=k1, k2=k2, K1=M(k1), K2=M(k2), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc(p["i1"][0].upper() + p["i1"][1:], [T(p["g1"], "g"), "/", T(1000, "x"), "*", T(p["k1"], "$")], "$")
        b = c.calc(p["i2"][0].upper() + p["i2"][1:], [T(p["g2"], "g"), "/", T(1000, "x"), "*", T(p["k2"], "$")], "$")
        t = c.calc("Total", [T(a, "$"), "+", T(b, "$")], "$")
        c.answer(t, "$", "The ingredients cost {A}.")


# 29 -----------------------------------------------------------------
@reg("produce_weight", "$",
     ["Weight × price per pound for each fruit, then add.",
      "Price each bag of produce by weight and sum."],
     ["{name} buys {w1} lb of {i1} at {P1} per pound and {w2} lb of {i2} at {P2} per pound. What's the total?",
      "Produce: {i1} {P1}/lb, {i2} {P2}/lb. Weights: {w1} lb and {w2} lb. Total cost?",
      "How much for {w1} pounds of {i1} at {P1} a pound plus {w2} pounds of {i2} at {P2} a pound?"])
class Produce:
    @staticmethod
    def gen(rng):
        i1, i2 = rng.sample(["apples", "bananas", "pears", "grapes", "tomatoes", "onions", "peaches"], 2)
        w1 = Fr(rng.randint(2, 12), 2)
        w2 = Fr(rng.randint(2, 8), rng.choice([1, 2, 4]))
        p1 = cents(rng, 58, 398, 2)
        p2 = cents(rng, 40, 400, 4)
        return dict(i1=i1, i2=i2, w1=exact_str(w1), w2=exact_str(w2), wv1=w1, wv2=w2, p1=p1, p2=p2, P1=M(p1), P2=M(p2), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc(p["i1"][0].upper() + p["i1"][1:], [T(p["wv1"], "lb"), "*", T(p["p1"], "$")], "$")
        b = c.calc(p["i2"][0].upper() + p["i2"][1:], [T(p["wv2"], "lb"), "*", T(p["p2"], "$")], "$")
        t = c.calc("Total", [T(a, "$"), "+", T(b, "$")], "$")
        c.answer(t, "$", "The produce costs {A} in total.")


# 30 -----------------------------------------------------------------
@reg("coupon_limit", "$",
     ["The coupon only covers a limited number of items, so apply it that many times.",
      "Subtotal, then the coupon discount up to the limit."],
     ["A digital coupon gives {D} off each box of {item}, limit {L}. {name} buys {n} boxes at {P} each. What's the total?",
      "{item} are {P} each, and there's a {D}-off-each coupon good on up to {L} boxes. How much do {n} boxes cost?",
      "Price {P} per box; coupon {D} off per box, max {L} boxes; buying {n}. Total?"])
class CouponLimit:
    @staticmethod
    def gen(rng):
        item = rng.choice(["cereal", "granola bars", "crackers", "frozen pizzas", "pasta"])
        L = rng.choice([2, 3, 4, 5])
        d = rng.choice([Fr(1, 2), Fr(3, 4), Fr(1), Fr(3, 2), Fr(2)])
        pv = price99(rng, 2, 6)
        return dict(item=item, L=L, dv=d, D=M(d), n=L + rng.randint(1, 4), pv=pv, P=M(pv), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        s = c.calc("Subtotal", [T(p["n"], "x"), "*", T(p["pv"], "$")], "$")
        d = c.calc("Coupon savings (limit %d)" % p["L"], [T(p["L"], "x"), "*", T(p["dv"], "$")], "$")
        t = c.calc("Total", [T(s, "$"), "-", T(d, "$")], "$")
        c.answer(t, "$", "The total is {A}.")


# 31 -----------------------------------------------------------------
@reg("fuel_points", "$",
     ["Every full 100 points takes 10¢ off each gallon.",
      "Count the full blocks of 100 points, convert to cents off per gallon, then multiply by the gallons."],
     ["{name} earns 1 fuel point per dollar and spent ${S} on groceries this month. Every 100 points gives 10¢ off per gallon. How much is saved on a {g}-gallon fill-up?",
      "Fuel rewards: 100 points = 10¢ off per gallon, and you earn 1 point per $1. After ${S} of groceries, what's the discount on {g} gallons?",
      "Grocery spending of ${S} earns 1 fuel point per dollar. Each full 100 points = $0.10 off per gallon. Savings on {g} gallons?"])
class FuelPoints:
    @staticmethod
    def gen(rng):
        return dict(S=rng.randint(120, 999), g=rng.randint(8, 20), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        b = c.calc("Full blocks of 100 points", [T(p["S"], "x"), "/", T(100, "x")], "n", post="floor")
        o = c.calc("Discount per gallon", [T(b, "x"), "*", T(Fr(10), "c")], "$", suffix=" per gallon")
        t = c.calc("Savings on %d gallons" % p["g"], [T(o, "$"), "*", T(p["g"], "x")], "$")
        c.answer(t, "$", "The fill-up saves {A}.")


# 32 -----------------------------------------------------------------
@reg("cash_back", "$",
     ["Cash back is a percent of spending; scale the monthly amount to a year.",
      "Monthly cash back × 12 months."],
     ["A credit card pays {r}% cash back on groceries. {name} spends {M} a month on groceries. How much cash back is earned in a year?",
      "With {r}% back at supermarkets and {M} of monthly grocery spending, what's the yearly cash back?",
      "{M}/month on groceries at {r}% cash back: annual reward?"])
class CashBack:
    @staticmethod
    def gen(rng):
        while True:
            r = rng.choice([Fr(2), Fr(3), Fr(4), Fr(5), Fr(3, 2)])
            m = Fr(rng.randrange(250, 1400, 5))
            if (m * r).denominator == 1:
                break
        return dict(r=exact_str(r), rv=r, mv=m, M=M(m), name=rng.choice(NAMES))

    @staticmethod
    def solve(c, p):
        a = c.calc("Monthly cash back", [T(p["rv"], "%"), "of", T(p["mv"], "$")], "$")
        y = c.calc("Yearly cash back", [T(a, "$"), "*", T(12, "x")], "$")
        c.answer(y, "$", "That's {A} cash back per year.")
