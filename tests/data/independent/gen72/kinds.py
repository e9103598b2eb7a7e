"""Problem structures for the cooking/baking genre. Each kind has 9 templates
(context i, question frame i % 3), a number generator and a solution builder."""
from fractions import Fraction as F
from core import N
from numfmt import fmt_value, terminating, rhu

CUPS = [F(1, 4), F(1, 3), F(1, 2), F(2, 3), F(3, 4), F(1), F(5, 4), F(4, 3), F(3, 2), F(7, 4),
        F(2), F(9, 4), F(5, 2), F(3)]
CUPS24 = [c for c in CUPS if c.denominator in (1, 2, 4)]


def pf(v):
    return fmt_value(v, "frac")


def pd(v):
    return fmt_value(v, "dec")


def pm(v):
    return fmt_value(v, "money")


def ffmt(f):
    return "dec" if f.denominator in (1, 2, 4, 5, 8, 10) else "frac"


def cupfmt(v):
    return "ifrac" if (v > 1 and v.denominator != 1) else "frac"


def hm(total):
    total = int(total)
    h, m = divmod(total, 60)
    hs = "1 hour" if h == 1 else "%d hours" % h
    if m == 0:
        return hs
    return "%s %d min" % (hs, m)


KINDS = {}


def kind(name):
    def deco(cls):
        KINDS[name] = cls()
        cls.name = name
        return cls
    return deco


# ---------------------------------------------------------------- scale one ingredient
@kind("scale1")
class Scale1:
    ctxs = [("sugar", "lemon bars", "serving"), ("flour", "banana bread", "serving"),
            ("milk", "pancakes", "pancake"), ("heavy cream", "potato gratin", "serving"),
            ("rolled oats", "granola bars", "bar"), ("cocoa powder", "brownies", "brownie"),
            ("brown sugar", "oatmeal cookies", "cookie"), ("chicken broth", "risotto", "serving"),
            ("long-grain rice", "pilaf", "serving")]

    def gen(self, rng):
        while True:
            s0 = rng.choice([2, 4, 6, 8, 12, 16, 24])
            f = rng.choice([F(1, 2), F(3, 2), F(2), F(5, 2), F(3), F(3, 4), F(1, 4), F(5, 4), F(4, 3), F(2, 3)])
            s1 = s0 * f
            if s1.denominator != 1 or s1 < 2:
                continue
            q = rng.choice(CUPS)
            new = q * f
            if new.denominator in (1, 2, 4, 8) and new <= 10:
                return dict(s0=s0, s1=int(s1), q=q)

    def problem(self, t, n):
        ing, dish, u = self.ctxs[t]
        U = u + "s"
        fr = t % 3
        if fr == 0:
            return (f"A recipe for {dish} makes {n['s0']} {U} and calls for {pf(n['q'])} cup{'s' if n['q'] > 1 else ''} of {ing}. "
                    f"How many cups of {ing} do I need to make {n['s1']} {U}?")
        if fr == 1:
            return (f"My {dish} recipe yields {n['s0']} {U} and uses {pf(n['q'])} cup{'s' if n['q'] > 1 else ''} {ing}. I need {n['s1']} {U} for a party. "
                    f"How much {ing} should I use, in cups?")
        return (f"Scaling question: {pf(n['q'])} c {ing} makes {n['s0']} {U}" + (f" of {dish}. " if u == "serving" else ". ") +
                f"I want {n['s1']} {U}. How many cups of {ing}?")

    def build(self, c, t, n):
        ing, dish, u = self.ctxs[t]
        s0, s1, q = n["s0"], n["s1"], n["q"]
        f = c.calc("Scale factor", f"Divide the {u}s you want by the {u}s the recipe makes",
                   [N(s1, "int", u + "s"), "/", N(s0, "int", u + "s")], ffmt(F(s1, s0)))
        fm = ffmt(F(s1, s0))
        new = c.calc(ing.capitalize(), f"Multiply the {ing} by the scale factor",
                     [N(q, "frac", "cup"), "*", N(f, fm)], cupfmt(q * F(s1, s0)), "cup",
                     chain=[("frac", None)] if cupfmt(q * F(s1, s0)) == "ifrac" else [])
        c.calc("Check", "Check", [N(new, "frac", "cup"), "/", N(f, fm)], "frac", "cup", check=True)
        c.answer(new, "dec", lambda fv: f"You'll need {fv(new, 'frac', 'cup')} of {ing} for {s1} {u}s" + (
            f" (that's {fv(new, 'dec')} cups as a decimal)." if F(new).denominator != 1 else "."))


# ---------------------------------------------------------------- scale three ingredients
@kind("scale3")
class Scale3:
    ctxs = [("chocolate chip cookies", ("flour", "sugar", "brown sugar")),
            ("cornbread", ("cornmeal", "flour", "sugar")),
            ("banana muffins", ("flour", "sugar", "oats")),
            ("pancake mix", ("flour", "buttermilk powder", "sugar")),
            ("granola", ("oats", "chopped nuts", "coconut flakes")),
            ("crumb topping", ("flour", "brown sugar", "oats")),
            ("scones", ("flour", "sugar", "dried cranberries")),
            ("trail mix cookies", ("oats", "flour", "raisins")),
            ("coffee cake", ("flour", "sugar", "sour cream"))]

    def gen(self, rng):
        while True:
            s0 = rng.choice([4, 6, 8, 12, 24])
            f = rng.choice([F(1, 2), F(3, 4), F(3, 2), F(2), F(5, 2), F(3)])
            s1 = s0 * f
            if s1.denominator != 1:
                continue
            a, b, d = rng.choice(CUPS24), rng.choice(CUPS24), rng.choice(CUPS24)
            if len({a, b, d}) < 3:
                continue
            tot = (a + b + d) * f
            if tot.denominator in (1, 2, 4, 8):
                return dict(s0=s0, s1=int(s1), a=a, b=b, d=d)

    def problem(self, t, n):
        dish, ings = self.ctxs[t]
        amts = ", ".join(f"{pf(n[k])} cup{'s' if n[k] > 1 else ''} {i}" for k, i in zip("abd", ings))
        fr = t % 3
        if fr == 0:
            return (f"A recipe for {dish} that serves {n['s0']} uses {amts}. If I scale it to serve {n['s1']}, "
                    f"how many cups of these three ingredients will I use in total?")
        if fr == 1:
            return (f"My {dish} recipe ({n['s0']} servings): {amts}. I'm making it for {n['s1']} people. "
                    f"What's the total volume of {ings[0]}, {ings[1]} and {ings[2]} in cups?")
        return (f"Recipe for {dish}, makes {n['s0']} servings — {amts}. Adjust it for {n['s1']} servings and tell me how many cups "
                f"of dry ingredients that is altogether.")

    def build(self, c, t, n):
        dish, ings = self.ctxs[t]
        fv0 = F(n["s1"], n["s0"])
        fm = ffmt(fv0)
        f = c.calc("Scale factor", "Find the scale factor (new servings ÷ original servings)",
                   [N(n["s1"], "int", "servings"), "/", N(n["s0"], "int", "servings")], fm)
        vals = []
        for k, ing in zip("abd", ings):
            v = c.calc(ing.capitalize(), f"Scale the {ing}", [N(n[k], "frac", "cup"), "*", N(f, fm)],
                       "frac", "cup")
            vals.append(v)
        tot = c.calc("Total", "Add the scaled amounts",
                     [N(vals[0], "frac", "cup"), "+", N(vals[1], "frac", "cup"), "+", N(vals[2], "frac", "cup")],
                     "frac", "cup")
        c.answer(tot, "dec", lambda fv: f"Altogether that's {fv(tot, 'frac', 'cup')}" + (
            f" ({fv(tot, 'dec')} cups)" if F(tot).denominator != 1 else "") + f" of {ings[0]}, {ings[1]} and {ings[2]}.")


# ---------------------------------------------------------------- tbsp + tsp over batches
@kind("spoons")
class Spoons:
    ctxs = [("vinegar", "vinaigrette"), ("soy sauce", "stir-fry sauce"), ("lemon juice", "dressing"),
            ("maple syrup", "glaze"), ("vanilla extract", "frosting"), ("olive oil", "marinade"),
            ("honey", "granola clusters"), ("lime juice", "salsa"), ("sesame oil", "noodle sauce")]

    def gen(self, rng):
        return dict(a=rng.choice([1, 2, 3, 4]), b=rng.choice([1, 2]), n=rng.choice([3, 6, 9, 12, 15]))

    def problem(self, t, n):
        ing, dish = self.ctxs[t]
        fr = t % 3
        A = f"{n['a']} tbsp" if n['a'] > 1 else "1 tbsp"
        B = f"{n['b']} tsp"
        if fr == 0:
            return f"One batch of {dish} takes {A} plus {B} of {ing}. How many tablespoons of {ing} do I need for {n['n']} batches?"
        if fr == 1:
            return f"I'm meal-prepping {n['n']} batches of {dish}. Each batch needs {A} + {B} {ing}. How many tbsp of {ing} is that in total?"
        return f"Each jar of {dish} uses {A} and {B} of {ing}. If I make {n['n']} jars, how many tablespoons of {ing} will I use?"

    def build(self, c, t, n):
        ing, dish = self.ctxs[t]
        a1 = c.calc("Tablespoons to teaspoons", f"Convert the {n['a']} tbsp to teaspoons (1 tbsp = 3 tsp)",
                    [N(n["a"], "int", "tbsp"), "*", N(3, "int", "tsp/tbsp")], "int", "tsp")
        per = c.calc("Per batch", "Add the extra teaspoons",
                     [N(a1, "int", "tsp"), "+", N(n["b"], "int", "tsp")], "int", "tsp")
        tot = c.calc("All batches", f"Multiply by {n['n']} batches",
                     [N(per, "int", "tsp"), "*", N(n["n"], "int")], "int", "tsp")
        tb = c.calc("Back to tablespoons", "Convert back to tablespoons",
                    [N(tot, "int", "tsp"), "/", N(3, "int")], "int" if tot % 3 == 0 else "frac", "tbsp")
        if tb >= 16:
            c.note(lambda fv: "(For reference, 16 tbsp = 1 cup, so this is more than a cup.)")
        c.calc("Check", "Check", [N(tb, "int" if F(tb).denominator == 1 else "frac", "tbsp"), "*", N(3, "int")],
               "int" if (F(tb) * 3).denominator == 1 else "frac", "tsp", check=True)
        if F(tb).denominator != 1:
            raise ValueError("non-integer tbsp")
        c.answer(tb, "int", lambda fv: f"You'll need {fv(tb, 'int')} tbsp of {ing} for {n['n']} batches.")


# ---------------------------------------------------------------- scale down, cups -> tbsp -> tsp
@kind("cups_tbsp")
class CupsTbsp:
    ctxs = [("butter", "cornbread"), ("vegetable oil", "carrot cake"), ("honey", "granola"),
            ("maple syrup", "baked oatmeal"), ("melted butter", "brownies"), ("olive oil", "focaccia"),
            ("sour cream", "coffee cake"), ("milk", "biscuits"), ("molasses", "gingerbread")]

    def gen(self, rng):
        while True:
            s0 = rng.choice([6, 8, 12, 16, 24])
            s1 = rng.choice(range(2, s0))
            q = rng.choice(CUPS[:12])
            f = F(s1, s0)
            new = q * f
            if (new * 48).denominator == 1 and (new * 16).denominator <= 3 and new < 1 and new.denominator <= 16 \
                    and f.denominator <= 12:
                return dict(s0=s0, s1=s1, q=q)

    def problem(self, t, n):
        ing, dish = self.ctxs[t]
        fr = t % 3
        q = pf(n["q"])
        if fr == 0:
            return (f"My {dish} recipe makes {n['s0']} servings and uses {q} cup{'s' if n['q'] > 1 else ''} {ing}. I only want {n['s1']} servings. "
                    f"How many teaspoons of {ing} is that?")
        if fr == 1:
            return (f"Recipe: {dish}, serves {n['s0']}, {q} c {ing}. Scaling down to {n['s1']} servings — how much {ing} in tsp?")
        return (f"I'm cutting a {n['s0']}-serving {dish} recipe down to {n['s1']} servings. It calls for {q} cup{'s' if n['q'] > 1 else ''} of {ing}. "
                f"I want to measure with spoons; how many teaspoons do I need?")

    def build(self, c, t, n):
        ing, dish = self.ctxs[t]
        f0 = F(n["s1"], n["s0"])
        fm = ffmt(f0)
        f = c.calc("Scale factor", "Work out the scale factor",
                   [N(n["s1"], "int", "servings"), "/", N(n["s0"], "int", "servings")], fm)
        new = c.calc("Scaled amount", f"Scale the {ing}", [N(n["q"], "frac", "cup"), "*", N(f, fm)], "frac", "cup")
        tb = c.calc("Cups to tablespoons", "Convert to tablespoons (1 cup = 16 tbsp)",
                    [N(new, "frac", "cup"), "*", N(16, "int", "tbsp/cup")], "frac", "tbsp")
        if F(tb).denominator != 1:
            c.note(lambda fv: f"{fv(tb, 'frac', 'tbsp')} isn't a clean spoon measure, so go to teaspoons (1 tbsp = 3 tsp).")
        ts = c.calc("Tablespoons to teaspoons", "Convert to teaspoons",
                    [N(tb, "frac", "tbsp"), "*", N(3, "int", "tsp/tbsp")], "int", "tsp")
        c.answer(ts, "int", lambda fv: f"For {n['s1']} servings you need {fv(ts, 'int')} tsp of {ing}.")


# ---------------------------------------------------------------- grams per cup
@kind("grams")
class Grams:
    ctxs = [("all-purpose flour", 125), ("granulated sugar", 200), ("bread flour", 130), ("rolled oats", 90),
            ("powdered sugar", 120), ("brown sugar", 220), ("almond flour", 96), ("cocoa powder", 100),
            ("whole wheat flour", 120)]

    def gen(self, rng):
        while True:
            q = rng.choice(CUPS[1:])
            m = rng.choice([F(2), F(3), F(4), F(5), F(6), F(3, 2), F(5, 2), F(8)])
            tot = q * m
            if (tot * self.G).denominator == 1 and tot.denominator <= 4:
                return dict(q=q, m=m)

    def problem(self, t, n):
        ing, G = self.ctxs[t]
        fr = t % 3
        q = pf(n["q"])
        mb = pd(n["m"])
        if fr == 0:
            return (f"One batch needs {q} cups of {ing}, and a cup of {ing} weighs about {G} g. "
                    f"How many grams of {ing} do I need for {mb} batches?")
        if fr == 1:
            return (f"I bake by weight. The recipe says {q} c {ing} per batch and I'm making {mb} batches. "
                    f"Using {G} g per cup, how many grams is that?")
        return (f"Convert for me: {q} cups {ing} × {mb} batches. My scale uses grams and my chart says 1 cup {ing} = {G} g. "
                f"Total grams?")

    def build(self, c, t, n):
        ing, G = self.ctxs[t]
        tot = c.calc("Total cups", "Find the total cups first",
                     [N(n["q"], "frac", "cups"), "*", N(n["m"], "dec", "batches")], "frac", "cups")
        g = c.calc("Grams", f"Convert cups to grams at {G} g per cup",
                   [N(tot, "frac", "cups"), "*", N(G, "int", "g/cup")], "int", "g")
        if g >= 1000:
            kg = c.calc("Kilograms", "In kilograms", [N(g, "int", "g"), "/", N(1000, "int")], "dec", "kg")
        c.answer(g, "int", lambda fv: f"You'll need {fv(g, 'int', 'g')} of {ing}.")


Grams.G = 1


# ---------------------------------------------------------------- oven batches
@kind("oven")
class Oven:
    ctxs = [("cookie", 12), ("biscuit", 9), ("scone", 8), ("dinner roll", 12), ("cupcake", 12),
            ("cookie", 16), ("muffin", 6), ("macaron", 20), ("snickerdoodle", 15)]

    def gen(self, rng):
        while True:
            k = self.k
            N0 = rng.randint(2 * k + 1, 6 * k)
            if N0 % k == 0 and rng.random() < 0.7:
                continue
            return dict(N=N0, m=rng.choice([8, 9, 10, 11, 12, 14, 15, 18, 20, 22, 25]),
                        p=rng.choice([10, 12, 15, 20]))

    def problem(self, t, n):
        item, k = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return (f"I need to bake {n['N']} {item}s. My tray fits {k} at a time and each tray bakes for {n['m']} minutes. "
                    f"Preheating takes {n['p']} minutes. How many minutes from turning on the oven until the last tray is done?")
        if fr == 1:
            return (f"Baking {n['N']} {item}s, {k} per sheet, {n['m']} min per sheet, one sheet in the oven at a time, plus {n['p']} min to preheat. "
                    f"Total time in minutes?")
        return (f"How long will it take to bake {n['N']} {item}s if only {k} fit in the oven at once, each round takes {n['m']} min, "
                f"and the oven needs {n['p']} min to heat up first? Give the answer in minutes.")

    def build(self, c, t, n):
        item, k = self.ctxs[t]
        if n["N"] % k:
            q, r = c.divmod("Batches", f"Divide the {item}s by the tray size", n["N"], k, item + "s")
            b = q + 1
            c.note(lambda fv: f"That's {q} full trays plus {r} left over, so you need {b} batches (round up).")
        else:
            b = c.calc("Batches", f"Divide the {item}s by the tray size",
                       [N(n["N"], "int", item + "s"), "/", N(k, "int")], "int", "batches")
        bake = c.calc("Baking time", "Multiply batches by minutes per batch",
                      [N(b, "int", "batches"), "*", N(n["m"], "int", "min")], "int", "min")
        tot = c.calc("Add preheating", "Add the preheat time",
                      [N(bake, "int", "min"), "+", N(n["p"], "int", "min")], "int", "min")
        if tot >= 60:
            c.note(lambda fv: f"That's {hm(tot)}.")
        c.answer(tot, "int", lambda fv: f"It takes {fv(tot, 'int', 'min')} in total.")


# ---------------------------------------------------------------- cost per serving
@kind("cost")
class Cost:
    ctxs = [("lasagna", ("pasta", "ricotta", "ground beef")), ("chili", ("beans", "ground turkey", "tomatoes")),
            ("banana bread", ("bananas", "flour and sugar", "butter")), ("pad thai", ("rice noodles", "shrimp", "sauce ingredients")),
            ("granola", ("oats", "nuts", "honey")), ("pot pie", ("chicken", "frozen veggies", "pie crust")),
            ("tacos", ("tortillas", "chicken", "toppings")), ("carbonara", ("spaghetti", "pancetta", "parmesan")),
            ("quiche", ("eggs", "cheese", "crust"))]

    def gen(self, rng):
        cs = [F(rng.randint(129, 899), 100) for _ in range(3)]
        s = rng.choice([4, 6, 8, 10, 12])
        return dict(c=cs, s=s)

    def problem(self, t, n):
        dish, ings = self.ctxs[t]
        fr = t % 3
        lst = ", ".join(f"{i} {pm(v)}" for i, v in zip(ings, n["c"]))
        if fr == 0:
            return f"I made {dish} for {n['s']} people. I spent: {lst}. What's the cost per serving?"
        if fr == 1:
            return (f"Budget check: my {dish} used {ings[0]} ({pm(n['c'][0])}), {ings[1]} ({pm(n['c'][1])}) and "
                    f"{ings[2]} ({pm(n['c'][2])}). It makes {n['s']} servings. How much per serving, to the nearest cent?")
        return f"Cost per serving for {dish}? Ingredients: {lst}. Yield: {n['s']} servings."

    def build(self, c, t, n):
        dish, ings = self.ctxs[t]
        a, b, d = n["c"]
        tot = c.calc("Total cost", "Add up the ingredients",
                     [N(a, "money"), "+", N(b, "money"), "+", N(d, "money")], "money")
        if F(tot).denominator > 100:
            raise ValueError("money total not in cents")
        per_exact = F(tot) / n["s"]
        if rhu(per_exact, 2) == per_exact:
            per = c.calc("Per serving", "Divide by the servings", [N(tot, "money"), "/", N(n["s"], "int", "servings")], "money")
            final = per
            c.calc("Check", "Check", [N(per, "money"), "*", N(n["s"], "int")], "money", check=True)
        elif terminating(per_exact) and (per_exact * 1000).denominator == 1:
            per = c.calc("Per serving", "Divide by the servings", [N(tot, "money"), "/", N(n["s"], "int", "servings")],
                         "moneyx", chain=[("approx$", 2)])
            final = rhu(F(per), 2)
        else:
            per = c.calc("Per serving", "Divide by the servings", [N(tot, "money"), "/", N(n["s"], "int", "servings")],
                         "approx$", places=2)
            final = rhu(F(per), 2)
            c.note(lambda fv: "(Rounded to the nearest cent.)")
        c.answer(final, "money", lambda fv: f"The {dish} costs about {fv(final, 'money')} per serving.")


# ---------------------------------------------------------------- packages to buy
@kind("cost_pkg")
class CostPkg:
    ctxs = [("chocolate chips", "bag", 12, "cookies"), ("cream cheese", "block", 8, "cheesecake bars"),
            ("pecans", "bag", 6, "pecan bars"), ("shredded coconut", "bag", 7, "macaroons"),
            ("cheddar", "block", 8, "mac and cheese"), ("walnuts", "bag", 10, "banana bread"),
            ("dark chocolate", "bar", 4, "brownies"), ("dried cranberries", "bag", 6, "scones"),
            ("mozzarella", "bag", 16, "pizzas")]

    def gen(self, rng):
        P = self.P
        while True:
            x = rng.randint(3, 14)
            nb = rng.randint(2, 6)
            if (x * nb) % P != 0 or rng.random() < 0.25:
                return dict(x=x, nb=nb, price=F(rng.randint(199, 699), 100))

    def problem(self, t, n):
        ing, pk, P, dish = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return (f"Each batch of {dish} uses {n['x']} oz of {ing}. {ing.capitalize()} is sold in {P}-oz {pk}s for {pm(n['price'])} each. "
                    f"If I make {n['nb']} batches, how much will I spend on {ing}?")
        if fr == 1:
            return (f"I'm making {n['nb']} batches of {dish}; the recipe needs {n['x']} oz {ing} per batch. "
                    f"The store sells {P} oz {pk}s at {pm(n['price'])}. What do I pay for the {ing}?")
        return (f"{ing.capitalize()}: {n['x']} oz per batch, {n['nb']} batches of {dish}. Sold only in {P} oz {pk}s, "
                f"{pm(n['price'])} per {pk}. Cost?")

    def build(self, c, t, n):
        ing, pk, P, dish = self.ctxs[t]
        tot = c.calc("Total needed", "Total ounces needed",
                     [N(n["x"], "int", "oz"), "*", N(n["nb"], "int", "batches")], "int", "oz")
        if F(tot) % P:
            q, r = c.divmod("Packages", f"Divide by the {pk} size", tot, P, "oz", "oz")
            k = q + 1
            c.note(lambda fv: f"{q} {pk}s aren't quite enough (you'd be {P - r} oz short), so buy {k} {pk}s.")
        else:
            k = c.calc("Packages", f"Divide by the {pk} size", [N(tot, "int", "oz"), "/", N(P, "int", "oz")], "int")
        cost = c.calc("Cost", "Multiply by the price", [N(k, "int", pk + "s"), "*", N(n["price"], "money")], "money")
        c.answer(cost, "money", lambda fv: f"You'll spend {fv(cost, 'money')} on {ing}.")


# ---------------------------------------------------------------- hydration percent
@kind("hydration")
class Hydration:
    ctxs = [("sourdough", "bread flour", "whole wheat flour"), ("ciabatta", "bread flour", "all-purpose flour"),
            ("focaccia", "bread flour", "semolina"), ("country loaf", "bread flour", "rye flour"),
            ("pizza dough", "00 flour", "bread flour"), ("baguette", "all-purpose flour", "whole wheat flour"),
            ("bagels", "bread flour", "whole wheat flour"), ("sandwich loaf", "bread flour", "spelt flour"),
            ("rye bread", "rye flour", "bread flour")]

    def gen(self, rng):
        while True:
            f1 = rng.choice(range(250, 901, 50))
            f2 = rng.choice(range(50, 301, 25))
            Ft = f1 + f2
            W = rng.choice(range(Ft * 55 // 100, Ft * 85 // 100 + 1))
            h = F(W, Ft) * 100
            if (h * 2).denominator == 1:
                return dict(f1=f1, f2=f2, W=W, form=rng.randint(0, 1))

    def problem(self, t, n):
        bread, a, b = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return f"My {bread} uses {n['f1']} g {a}, {n['f2']} g {b} and {n['W']} g water. What's the hydration percentage?"
        if fr == 1:
            return (f"Dough check: {n['f1']}g {a} + {n['f2']}g {b}, {n['W']}g water. What hydration % is my {bread}?")
        return (f"For a {bread} I mixed {n['W']} grams of water into {n['f1']} grams of {a} and {n['f2']} grams of {b}. "
                f"What's the hydration (water as a percent of total flour)?")

    def build(self, c, t, n):
        Ft = c.calc("Total flour", "Add the flours", [N(n["f1"], "int", "g"), "+", N(n["f2"], "int", "g")], "int", "g")
        if n["form"] == 0:
            h = c.calc("Hydration", "Divide water by flour", [N(n["W"], "int", "g"), "/", N(Ft, "int", "g")], "dec",
                       chain=[("pct", None)])
            hp = F(h) * 100
        else:
            hp = c.calc("Hydration", "Water ÷ flour × 100",
                        ["(", N(n["W"], "int", "g"), "/", N(Ft, "int", "g"), ")", "*", N(100, "int")], "pctn")
        c.answer(hp, "dec", lambda fv: f"The dough is {fv(F(hp) / 100, 'pct')} hydration.")


# ---------------------------------------------------------------- hydration target
@kind("hydration_target")
class HydTarget:
    ctxs = ["sourdough", "focaccia", "pizza dough", "ciabatta", "baguette dough", "country loaf",
            "bagel dough", "pan de mie", "whole wheat loaf"]

    def gen(self, rng):
        while True:
            Fl = rng.choice(range(300, 1501, 50))
            h = F(rng.choice(range(55, 86)), 100)
            W = Fl * h
            if W.denominator == 1:
                w0 = rng.choice(range(int(W) // 2, int(W) - 9, 5))
                return dict(F=Fl, h=h, w0=w0)

    def problem(self, t, n):
        d = self.ctxs[t]
        fr = t % 3
        hp = fmt_value(n["h"], "pct")
        if fr == 0:
            return f"I want my {d} at {hp} hydration with {n['F']} g flour. I've already added {n['w0']} g water. How much more water do I add?"
        if fr == 1:
            return f"{n['F']}g flour, target hydration {hp}. I poured in {n['w0']}g of water so far. How many more grams of water?"
        return (f"Making {d}: {n['F']} grams of flour and I'm aiming for {hp} hydration. {n['w0']} g of water is in already — "
                f"how much water is still needed?")

    def build(self, c, t, n):
        W = c.calc("Total water", "Flour × hydration", [N(n["F"], "int", "g"), "*", N(n["h"], "pct")], "int", "g")
        rem = c.calc("Still to add", "Subtract what's already in",
                     [N(W, "int", "g"), "-", N(n["w0"], "int", "g")], "int", "g")
        c.answer(rem, "int", lambda fv: f"Add {fv(rem, 'int', 'g')} more water.")


# ---------------------------------------------------------------- baker's percentages
@kind("bakers_pct")
class BakersPct:
    ctxs = ["pizza dough", "baguettes", "focaccia", "sandwich bread", "ciabatta", "dinner rolls",
            "bagels", "sourdough", "pretzels"]

    def gen(self, rng):
        while True:
            Fl = rng.choice([400, 500, 600, 750, 800, 900, 1000, 1200, 1500])
            w = F(rng.choice(range(58, 81)), 100)
            s = F(rng.choice([18, 20, 22, 25]), 1000)
            y = F(rng.choice([5, 10, 15, 20]), 1000)
            if all(terminating(Fl * p) for p in (w, s, y)):
                return dict(F=Fl, w=w, s=s, y=y)

    def problem(self, t, n):
        d = self.ctxs[t]
        P = lambda v: fmt_value(v, "pct")
        fr = t % 3
        if fr == 0:
            return (f"My {d} formula in baker's percentages: flour 100%, water {P(n['w'])}, salt {P(n['s'])}, yeast {P(n['y'])}. "
                    f"With {n['F']} g flour, what's the total dough weight in grams?")
        if fr == 1:
            return (f"Baker's %: water {P(n['w'])}, salt {P(n['s'])}, instant yeast {P(n['y'])}. Flour = {n['F']} g. "
                    f"How heavy is the whole batch of {d} dough?")
        return (f"I'm using {n['F']} grams of flour for {d}. Water is {P(n['w'])}, salt {P(n['s'])} and yeast {P(n['y'])} of the flour weight. "
                f"Total dough weight?")

    def build(self, c, t, n):
        Fl = n["F"]
        fmt = lambda v: "int" if F(v).denominator == 1 else "dec"
        W = c.calc("Water", "Water", [N(Fl, "int", "g"), "*", N(n["w"], "pct")], fmt(Fl * n["w"]), "g")
        S = c.calc("Salt", "Salt", [N(Fl, "int", "g"), "*", N(n["s"], "pct")], fmt(Fl * n["s"]), "g")
        Y = c.calc("Yeast", "Yeast", [N(Fl, "int", "g"), "*", N(n["y"], "pct")], fmt(Fl * n["y"]), "g")
        tot = c.calc("Total dough", "Add everything",
                     [N(Fl, "int", "g"), "+", N(W, fmt(W), "g"), "+", N(S, fmt(S), "g"), "+", N(Y, fmt(Y), "g")],
                     fmt(F(Fl) + W + S + Y), "g")
        c.answer(tot, "dec", lambda fv: f"The total dough weighs {fv(tot, fmt(tot), 'g')}.")


# ---------------------------------------------------------------- ratios
@kind("ratio")
class Ratio:
    ctxs = [("pie dough", (3, 2, 1), ("flour", "butter", "water"), 0),
            ("1-2-3 cookie dough", (1, 2, 3), ("sugar", "butter", "flour"), 2),
            ("shortbread", (1, 2, 3), ("sugar", "butter", "flour"), 1),
            ("pancake batter", (2, 2, 1), ("flour", "milk", "egg"), 1),
            ("pâte sucrée", (3, 2, 1), ("flour", "butter", "sugar"), 1),
            ("crumble topping", (2, 1, 1), ("flour", "butter", "sugar"), 0),
            ("pound cake", (1, 1, 1), ("flour", "butter", "sugar"), 2),
            ("brine mix", (4, 2, 1), ("water", "vinegar", "sugar"), 0),
            ("vinaigrette", (3, 1, 1), ("oil", "vinegar", "mustard"), 0)]

    def gen(self, rng):
        S = sum(self.ctxs[self.t][1])
        while True:
            k = rng.choice([25, 30, 40, 45, 50, 60, 75, 80, 90, 100, 120, 125, 150])
            return dict(T=S * k)

    def problem(self, t, n):
        d, r, names, ask = self.ctxs[t]
        rs = ":".join(str(x) for x in r)
        fr = t % 3
        if fr == 0:
            return (f"{d.capitalize()} uses a {rs} ratio of {names[0]} to {names[1]} to {names[2]} by weight. "
                    f"If I want {n['T']} g total, how many grams of {names[ask]}?")
        if fr == 1:
            return f"Ratio {rs} ({'/'.join(names)}) for {d}. Batch size {n['T']} g. Grams of {names[ask]}?"
        return (f"I'm making {n['T']} grams of {d} using the classic {rs} ratio ({names[0]}:{names[1]}:{names[2]}). "
                f"How much {names[ask]} goes in?")

    def build(self, c, t, n):
        d, r, names, ask = self.ctxs[t]
        S = c.calc("Total parts", "Add up the parts", [N(r[0]), "+", N(r[1]), "+", N(r[2])], "int", "parts")
        part = c.calc("One part", "Divide the total weight by the parts", [N(n["T"], "int", "g"), "/", N(S, "int", "parts")],
                      "int" if F(n["T"], 1) % F(S) == 0 else "dec", "g")
        pf_ = "int" if F(part).denominator == 1 else "dec"
        amt = c.calc(names[ask].capitalize(), f"Multiply by the {names[ask]} parts",
                     [N(part, pf_, "g"), "*", N(r[ask])], "int" if (F(part) * r[ask]).denominator == 1 else "dec", "g")
        c.answer(amt, "dec", lambda fv: f"Use {fv(amt, 'dec', 'g')} of {names[ask]}.")


# ---------------------------------------------------------------- soup servings
@kind("soup")
class Soup:
    ctxs = ["minestrone", "chicken noodle soup", "chili", "lentil soup", "tomato bisque", "beef stew",
            "butternut squash soup", "clam chowder", "split pea soup"]

    def gen(self, rng):
        while True:
            q = rng.choice([F(2), F(5, 2), F(3), F(7, 2), F(4), F(9, 2), F(5), F(11, 4), F(13, 4), F(15, 4)])
            s = rng.choice([F(1, 2), F(2, 3), F(3, 4), F(1), F(5, 4), F(3, 2), F(4, 3)])
            return dict(q=q, s=s)

    def problem(self, t, n):
        d = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return f"My pot holds {pf(n['q'])} quarts of {d}. If each bowl is {pf(n['s'])} cup{'s' if n['s'] > 1 else ''}, how many full servings do I get? (1 quart = 4 cups)"
        if fr == 1:
            return f"I made {pf(n['q'])} qt of {d}. Serving size is {pf(n['s'])} c. How many full servings is that?"
        return f"How many {pf(n['s'])}-cup servings can I ladle out of {pf(n['q'])} quarts of {d}?"

    def build(self, c, t, n):
        cups = c.calc("Cups", "Convert quarts to cups", [N(n["q"], "frac", "qt"), "*", N(4, "int", "cups/qt")], "frac", "cups")
        sv = c.calc("Servings", "Divide by the serving size", [N(cups, "frac", "cups"), "/", N(n["s"], "frac", "cup")],
                    "frac", "servings")
        full = F(sv).numerator // F(sv).denominator
        if F(sv).denominator != 1:
            c.note(lambda fv: f"You can't serve part of a bowl, so that's {full} full servings.")
            used = c.calc("Check", "Check", [N(full, "int", "servings"), "*", N(n["s"], "frac", "cup")], "frac", "cups", check=True)
            left = c.calc("Left over", "Left over", [N(cups, "frac", "cups"), "-", N(used, "frac", "cups")], "frac", "cup",
                          check=True)
        if full <= 0:
            raise ValueError
        d = self.ctxs[t]
        c.answer(full, "int", lambda fv: f"You get {full} full servings of {d}.")


# ---------------------------------------------------------------- leftovers
@kind("leftovers")
class Leftovers:
    ctxs = [("cookies", "neighbors"), ("brownies", "coworkers"), ("cupcakes", "a bake sale"), ("muffins", "the school office"),
            ("donut holes", "friends"), ("macarons", "my sister"), ("biscuits", "the church supper"),
            ("cinnamon rolls", "the team"), ("mini quiches", "a party")]

    def gen(self, rng):
        while True:
            d = rng.randint(2, 6)
            p = rng.choice([F(1, 2), F(1, 3), F(1, 4), F(2, 3), F(3, 4), F(1, 6), F(3, 8), F(5, 12)])
            Nn = d * 12
            g = Nn * p
            if g.denominator == 1 and Nn - g > 4:
                e = rng.randint(2, min(12, int(Nn - g) - 1))
                return dict(d=d, p=p, e=e)

    def problem(self, t, n):
        it, who = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return f"I baked {n['d']} dozen {it}, gave {pf(n['p'])} of them to {who}, and my family ate {n['e']}. How many {it} are left?"
        if fr == 1:
            return f"{n['d']} dozen {it}. {pf(n['p'])} went to {who}, then we ate {n['e']}. How many left over?"
        return f"Out of {n['d']} dozen {it}, I set aside {pf(n['p'])} for {who} and {n['e']} got eaten. What's left?"

    def build(self, c, t, n):
        it, who = self.ctxs[t]
        tot = c.calc("Total", "Dozens to individual " + it, [N(n["d"], "int", "dozen"), "*", N(12, "int")], "int", it)
        g = c.calc("Given away", f"Work out {pf(n['p'])} of the total", [N(n["p"], "frac"), "of", N(tot, "int")], "int", it)
        r1 = c.calc("After giving", "Subtract", [N(tot, "int"), "-", N(g, "int")], "int", it)
        left = c.calc("After eating", "Subtract what was eaten", [N(r1, "int"), "-", N(n["e"], "int")], "int", it)
        c.answer(left, "int", lambda fv: f"{fv(left, 'int')} {it} are left.")


# ---------------------------------------------------------------- butter sticks
@kind("sticks")
class Sticks:
    ctxs = ["shortbread", "pound cake", "pie crust", "croissant dough", "brown butter cookies", "biscuits",
            "buttercream", "scones", "blondies"]

    def gen(self, rng):
        return dict(q=rng.choice([F(1, 2), F(2, 3), F(3, 4), F(1), F(5, 4), F(3, 2), F(7, 4), F(1, 3)]),
                    nb=rng.choice([2, 3, 4, 5]))

    def problem(self, t, n):
        d = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return f"One batch of {d} needs {pf(n['q'])} cup{'s' if n['q'] > 1 else ''} of butter. I'm making {n['nb']} batches. How many sticks of butter should I buy? (1 stick = 1/2 cup)"
        if fr == 1:
            return f"{pf(n['q'])} c butter per batch of {d}, {n['nb']} batches. Butter comes in 1/2-cup sticks. How many sticks?"
        return f"I need to make {n['nb']} batches of {d}; each uses {pf(n['q'])} cup{'s' if n['q'] > 1 else ''} butter. How many whole sticks (½ cup each) do I need?"

    def build(self, c, t, n):
        tot = c.calc("Total butter", "Total butter", [N(n["q"], "frac", "cup"), "*", N(n["nb"], "int", "batches")],
                     cupfmt(n["q"] * n["nb"]), "cup", chain=[("frac", None)] if cupfmt(n["q"] * n["nb"]) == "ifrac" else [])
        st = c.calc("Sticks", "Divide by 1/2 cup per stick", [N(tot, "frac", "cups"), "/", N(F(1, 2), "frac", "cup")],
                    "frac", "sticks")
        st = F(st)
        k = -((-st.numerator) // st.denominator)
        if st.denominator != 1:
            c.note(lambda fv: f"You can't buy part of a stick, so round up to {k} sticks.")
        c.answer(k, "int", lambda fv: f"Buy {k} sticks of butter.")


# ---------------------------------------------------------------- roast timing
@kind("roast")
class Roast:
    ctxs = [("turkey", 13), ("beef roast", 20), ("pork shoulder", 30), ("ham", 15), ("leg of lamb", 20),
            ("whole chicken", 18), ("prime rib", 15), ("pork loin", 25), ("brisket", 60)]

    def gen(self, rng):
        m = self.m
        while True:
            w = F(rng.choice(range(8, 61)), 4) if m < 30 else F(rng.choice(range(8, 41)), 4)
            if (w * m).denominator == 1:
                return dict(w=w, r=rng.choice([10, 15, 20, 25, 30, 45]))

    def problem(self, t, n):
        meat, m = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return f"My {pd(n['w'])}-lb {meat} cooks for {m} minutes per pound and then rests {n['r']} minutes. Total minutes from oven to table?"
        if fr == 1:
            return f"{meat.capitalize()}: {pd(n['w'])} lb at {m} min/lb, plus {n['r']} min resting. How many minutes total?"
        return f"How long (in minutes) will a {pd(n['w'])} pound {meat} take if the guideline is {m} min per lb and it needs a {n['r']}-minute rest?"

    def build(self, c, t, n):
        meat, m = self.ctxs[t]
        ck = c.calc("Cooking time", "Weight × minutes per pound", [N(n["w"], "dec", "lb"), "*", N(m, "int", "min/lb")], "int", "min")
        tot = c.calc("With resting", "Add the rest", [N(ck, "int", "min"), "+", N(n["r"], "int", "min")], "int", "min")
        if tot >= 60:
            c.note(lambda fv: f"That's {hm(tot)}.")
        c.answer(tot, "int", lambda fv: f"Plan on {fv(tot, 'int', 'min')} in total.")


# ---------------------------------------------------------------- eggs and cartons
@kind("eggs")
class Eggs:
    ctxs = ["quiche", "custard", "brioche", "carbonara", "angel food cake", "frittata", "pound cake", "flan", "egg bread"]

    def gen(self, rng):
        while True:
            e, nb = rng.randint(2, 6), rng.randint(3, 9)
            if (e * nb) % 12:
                return dict(e=e, nb=nb)

    def problem(self, t, n):
        d = self.ctxs[t]
        fr = t % 3
        if fr == 0:
            return f"Each {d} uses {n['e']} eggs. I'm making {n['nb']} of them and eggs come in cartons of 12. If I buy just enough cartons, how many eggs will be left over?"
        if fr == 1:
            return f"{n['nb']} batches of {d} × {n['e']} eggs each. Buying whole dozens only. Leftover eggs?"
        return f"For a brunch I'm making {n['nb']} {d}s, {n['e']} eggs per recipe. Eggs are sold by the dozen. How many eggs will I have left after baking?"

    def build(self, c, t, n):
        E = c.calc("Eggs needed", "Eggs needed", [N(n["e"], "int", "eggs"), "*", N(n["nb"], "int", "batches")], "int", "eggs")
        q, r = c.divmod("Cartons", "Divide by 12 per carton", E, 12, "eggs")
        k = q + 1
        c.note(lambda fv: f"{q} carton{'s' if q != 1 else ''} isn't enough, so buy {k} cartons.")
        B = c.calc("Eggs bought", "Eggs bought", [N(k, "int", "cartons"), "*", N(12, "int")], "int", "eggs")
        left = c.calc("Left over", "Left over", [N(B, "int"), "-", N(E, "int")], "int", "eggs")
        c.answer(left, "int", lambda fv: f"You'll have {fv(left, 'int')} eggs left over.")


# ---------------------------------------------------------------- pizza dough balls
@kind("pizza")
class Pizza:
    ctxs = ["Neapolitan pizzas", "New York pies", "pan pizzas", "calzones", "flatbreads", "grandma pies",
            "garlic knots batches", "stromboli", "thin-crust pizzas"]

    def gen(self, rng):
        while True:
            Fl = rng.choice(range(500, 2001, 50))
            h = F(rng.choice(range(58, 73)), 100)
            w = rng.choice([200, 230, 250, 260, 270, 280, 300, 320])
            W = Fl * h
            S = Fl * F(2, 100)
            if W.denominator == 1 and S.denominator == 1 and (Fl + W + S) // w >= 2:
                return dict(F=Fl, h=h, w=w)

    def problem(self, t, n):
        d = self.ctxs[t]
        fr = t % 3
        hp = fmt_value(n["h"], "pct")
        if fr == 0:
            return f"Dough for {d}: {n['F']} g flour, {hp} water, 2% salt (baker's percentages). How many {n['w']} g dough balls can I make?"
        if fr == 1:
            return f"I'm mixing {n['F']}g flour at {hp} hydration with 2% salt for {d}. Each ball is {n['w']}g. How many full balls?"
        return f"Flour {n['F']} g, water {hp}, salt 2%. If I divide the dough for {d} into {n['w']}-gram balls, how many complete balls do I get?"

    def build(self, c, t, n):
        Fl = n["F"]
        W = c.calc("Water", "Water", [N(Fl, "int", "g"), "*", N(n["h"], "pct")], "int", "g")
        S = c.calc("Salt", "Salt", [N(Fl, "int", "g"), "*", N(F(2, 100), "pct")], "int", "g")
        T = c.calc("Total dough", "Total dough", [N(Fl, "int", "g"), "+", N(W, "int", "g"), "+", N(S, "int", "g")], "int", "g")
        q, r = c.divmod("Dough balls", "Divide by ball weight", T, n["w"], "g", "g")
        if r:
            c.note(lambda fv: f"So {q} full balls, with {r} g of dough left over.")
        if q <= 0:
            raise ValueError
        c.answer(q, "int", lambda fv: f"You can make {q} dough balls.")


# per-template parameters that gens need
def prepare(kname, t):
    k = KINDS[kname]
    if kname == "grams":
        k.G = k.ctxs[t][1]
    if kname == "oven":
        k.k = k.ctxs[t][1]
    if kname == "cost_pkg":
        k.P = k.ctxs[t][2]
    if kname == "ratio":
        k.t = t
    if kname == "roast":
        k.m = k.ctxs[t][1]
    return k
