"""Problem structures (kinds): parameters, the computation, and the user's question."""
from fractions import Fraction as F
from core import Calc, qstr, pstr

NAMES = ["Maya", "Jordan", "Priya", "Luis", "Hannah", "Omar", "Grace", "Diego", "Aisha", "Ben",
         "Chloe", "Ethan", "Fatima", "Noah", "Sofia", "Tyler", "Mei", "Carlos", "Nadia", "Sam"]
PRON = {"Maya": "she", "Jordan": "he", "Priya": "she", "Luis": "he", "Hannah": "she", "Omar": "he",
        "Grace": "she", "Diego": "he", "Aisha": "she", "Ben": "he", "Chloe": "she", "Ethan": "he",
        "Fatima": "she", "Noah": "he", "Sofia": "she", "Tyler": "he", "Mei": "she", "Carlos": "he",
        "Nadia": "she", "Sam": "they"}

# (table label, singular phrase, plural phrase, base cents, weigh unit)
CAT = {
    "grocery": [
        ("Apples (bag)", "bag of apples", "bags of apples", 449, None),
        ("Bread", "loaf of bread", "loaves of bread", 299, None),
        ("Milk (gallon)", "gallon of milk", "gallons of milk", 389, None),
        ("Eggs (dozen)", "dozen eggs", "dozen eggs", 319, None),
        ("Cereal", "box of cereal", "boxes of cereal", 449, None),
        ("Yogurt", "yogurt cup", "yogurt cups", 119, None),
        ("Pasta", "box of pasta", "boxes of pasta", 179, None),
        ("Coffee", "bag of coffee", "bags of coffee", 899, None),
        ("Orange juice", "carton of orange juice", "cartons of orange juice", 399, None),
        ("Cheddar", "block of cheddar", "blocks of cheddar", 429, None),
        ("Bananas", "bananas", "bananas", 59, "lb"),
        ("Ground beef", "ground beef", "ground beef", 549, "lb"),
        ("Tomatoes", "tomatoes", "tomatoes", 199, "lb"),
        ("Chicken breast", "chicken breast", "chicken breast", 399, "lb"),
        ("Grapes", "grapes", "grapes", 249, "lb"),
    ],
    "hardware": [
        ("Wood screws (box)", "box of wood screws", "boxes of wood screws", 689, None),
        ("Interior paint (gal)", "gallon of paint", "gallons of paint", 2899, None),
        ("Paint brush", "paint brush", "paint brushes", 449, None),
        ("Painter's tape", "roll of painter's tape", "rolls of painter's tape", 379, None),
        ("LED bulbs (pack)", "pack of LED bulbs", "packs of LED bulbs", 1099, None),
        ("Sandpaper (pack)", "pack of sandpaper", "packs of sandpaper", 599, None),
        ("Wall hooks", "pack of wall hooks", "packs of wall hooks", 349, None),
        ("Extension cord", "extension cord", "extension cords", 1499, None),
        ("Caulk", "tube of caulk", "tubes of caulk", 549, None),
        ("Rope", "rope", "rope", 89, "ft"),
    ],
    "office": [
        ("Spiral notebook", "spiral notebook", "spiral notebooks", 249, None),
        ("Gel pens (pack)", "pack of gel pens", "packs of gel pens", 599, None),
        ("Printer paper (ream)", "ream of printer paper", "reams of printer paper", 899, None),
        ("Folders (pack)", "pack of folders", "packs of folders", 449, None),
        ("Stapler", "stapler", "staplers", 1199, None),
        ("Sticky notes", "pad of sticky notes", "pads of sticky notes", 329, None),
        ("Ink cartridge", "ink cartridge", "ink cartridges", 2499, None),
        ("Binder", "binder", "binders", 399, None),
    ],
    "pet": [
        ("Dog food (bag)", "bag of dog food", "bags of dog food", 3499, None),
        ("Cat litter", "box of cat litter", "boxes of cat litter", 1299, None),
        ("Dog treats", "bag of dog treats", "bags of dog treats", 599, None),
        ("Chew toy", "chew toy", "chew toys", 449, None),
        ("Cat food (can)", "can of cat food", "cans of cat food", 129, None),
        ("Bird seed", "bird seed", "bird seed", 179, "lb"),
    ],
    "crafts": [
        ("Yarn (skein)", "skein of yarn", "skeins of yarn", 699, None),
        ("Glue sticks", "glue stick", "glue sticks", 149, None),
        ("Marker set", "marker set", "marker sets", 549, None),
        ("Crayons", "box of crayons", "boxes of crayons", 229, None),
        ("Construction paper", "pack of construction paper", "packs of construction paper", 399, None),
        ("Scissors", "pair of scissors", "pairs of scissors", 399, None),
        ("Ribbon", "ribbon", "ribbon", 65, "yd"),
    ],
}
STORES = {"grocery": ["FreshMart", "the grocery store", "Corner Market", "Save-A-Lot"],
          "hardware": ["the hardware store", "BuildRight Hardware", "Ace Supply"],
          "office": ["the office supply store", "PaperPlus", "OfficeHub"],
          "pet": ["the pet store", "Paws & Claws", "PetWorld"],
          "crafts": ["the craft store", "Crafty Corner", "ArtSupply Co."]}
DISHES = [("Cheeseburger", 1295), ("Caesar salad", 995), ("Chicken pasta", 1650),
          ("Margherita pizza", 1599), ("Fries", 450), ("Soda", 275), ("Iced tea", 325),
          ("Tomato soup", 695), ("Fish tacos", 1450), ("Chocolate cake", 795),
          ("Wings", 1199), ("Lemonade", 350), ("Veggie wrap", 1075), ("Nachos", 925)]
TAXES = [F(5), F(6), F(625, 100), F(65, 10), F(7), F(725, 100), F(75, 10), F(8), F(825, 100),
         F(8375, 1000), F(8875, 1000), F(95, 10), F(10)]
TIPS = [F(15), F(18), F(20), F(22), F(25)]
DISCS = [F(10), F(15), F(20), F(25), F(30), F(35), F(40)]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def jitter(rng, base):
    x = base * rng.choice([0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2, 1.3])
    c = int(x)
    last = rng.choice([9, 9, 9, 5, 0, 9, 9, 8])
    c = c - c % 10 + last
    return max(c, 19)


def pick_items(rng, cat, k, allow_weigh=True):
    pool = list(CAT[cat])
    rng.shuffle(pool)
    out = []
    nweigh = 0
    for it in pool:
        if len(out) == k:
            break
        lab, sg, pl, base, wu = it
        if wu:
            if not allow_weigh or nweigh:
                continue
            nweigh += 1
            q = F(rng.choice([125, 135, 150, 175, 210, 240, 260, 280, 320, 75, 115, 185]), 100)
            if wu in ("ft", "yd"):
                q = F(rng.choice([6, 8, 10, 12, 15, 25]))
        else:
            q = F(rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6]))
        out.append(dict(label=lab, sg=sg, pl=pl, price=jitter(rng, base), q=q, wu=wu))
    return out


def money(c):
    c = int(c)
    s = "-" if c < 0 else ""
    c = abs(c)
    return f"{s}${c // 100:,}.{c % 100:02d}"


def item_phrase(it, each=True):
    q = it["q"]
    if it["wu"]:
        per = {"lb": "per pound", "ft": "per foot", "yd": "per yard"}[it["wu"]]
        unit = {"lb": "pounds", "ft": "feet", "yd": "yards"}[it["wu"]]
        return f"{qstr(q)} {unit} of {it['pl']} at {money(it['price'])} {per}"
    noun = it["sg"] if q == 1 else it["pl"]
    return f"{qstr(q)} {noun} at {money(it['price'])}" + (" each" if each and q != 1 else "")


def join_and(xs):
    if len(xs) == 1:
        return xs[0]
    return ", ".join(xs[:-1]) + ", and " + xs[-1]


def items_text(items, fmt):
    if fmt == 0:
        return join_and([item_phrase(i) for i in items]) + "."
    if fmt == 1:
        return ":\n\n" + "\n".join("- " + item_phrase(i) for i in items) + "\n"
    rows = []
    for i in items:
        if i["wu"]:
            rows.append(f"- {i['label']}: {qstr(i['q'])} {i['wu']} @ {money(i['price'])}/{i['wu']}")
        else:
            rows.append(f"- {i['label']}: {qstr(i['q'])} @ {money(i['price'])}")
    return ":\n\n" + "\n".join(rows) + "\n"


def add_items(calc, items):
    refs = []
    for it in items:
        kw = {}
        if it["wu"]:
            kw["qunit"] = it["wu"]
        calc.mul(it["q"], it["price"], it["label"], role="item", group="items", noun=it["pl"], **kw)
        refs.append(len(calc.steps) - 1)
    return refs


def terms_of(calc, refs, signs=None):
    out = []
    for j, r in enumerate(refs):
        st = calc.steps[r]
        out.append((st["label"], st["used"] if st["op"] != "const" else st["value"],
                    (signs[j] if signs else 1), r))
    return out


def last(calc):
    return len(calc.steps) - 1


# ------------------------------------------------------------------ kinds
class Kind:
    name = ""
    receipt = True
    nphr = 11

    def params(self, rng):
        raise NotImplementedError

    def run(self, calc, P):
        raise NotImplementedError

    def problem(self, P, phr):
        raise NotImplementedError


def _ask(phr, options):
    return options[phr % len(options)]


class GroceryTax(Kind):
    name = "receipt_tax"

    def params(self, rng):
        cat = rng.choice(["grocery", "grocery", "hardware", "office", "pet", "crafts"])
        return dict(cat=cat, store=rng.choice(STORES[cat]), who=rng.choice(NAMES),
                    items=pick_items(rng, cat, rng.choice([3, 3, 4, 4, 5])), tax=rng.choice(TAXES))

    def run(self, c, P):
        refs = add_items(c, P["items"])
        c.sum(terms_of(c, refs), "Subtotal", role="subtotal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["tax"], "Sales tax", role="tax", base_ref=s)
        t = last(c)
        return c.sum(terms_of(c, [s, t]), "Total", role="total")

    def problem(self, P, phr):
        w, st = P["who"], P["store"]
        opener = _ask(phr, [f"{w} goes to {st} and buys", f"At {st}, {w} picks up",
                            f"{w}'s receipt from {st} lists", f"{w} is shopping at {st}. The cart has"])
        ask = _ask(phr // 4, [f"Sales tax is {pstr(P['tax'])}%. What is the total cost including tax?",
                              f"If the sales tax rate is {pstr(P['tax'])}%, how much does {w} pay in total?",
                              f"With {pstr(P['tax'])}% sales tax, what is the final total on the receipt?"])
        return f"{opener} {items_text(P['items'], phr % 3)}".rstrip() + "\n\n" + ask if phr % 3 else \
            f"{opener} {items_text(P['items'], 0)} {ask}"


class Change(Kind):
    name = "receipt_change"

    def params(self, rng):
        cat = rng.choice(["grocery", "office", "crafts", "pet", "hardware"])
        items = pick_items(rng, cat, rng.choice([2, 3, 3, 4]))
        tax = rng.choice(TAXES)
        sub = sum(round(i["q"] * i["price"]) for i in items)
        est = sub * (100 + tax) / 100
        paid = next(b for b in [1000, 2000, 4000, 5000, 6000, 10000, 20000, 30000, 50000] if b > est + 50)
        return dict(cat=cat, store=rng.choice(STORES[cat]), who=rng.choice(NAMES), items=items,
                    tax=tax, paid=paid)

    def run(self, c, P):
        refs = add_items(c, P["items"])
        c.sum(terms_of(c, refs), "Subtotal", role="subtotal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["tax"], "Sales tax", role="tax", base_ref=s)
        t = last(c)
        c.sum(terms_of(c, [s, t]), "Total", role="total")
        tot = last(c)
        c.const("Cash", P["paid"], role="paid")
        p = last(c)
        return c.sum([("Cash", P["paid"], 1, p), ("Total", c.steps[tot]["used"], -1, tot)], "Change",
                     role="change")

    def problem(self, P, phr):
        w = P["who"]
        bill = money(P["paid"])
        opener = _ask(phr, [f"{w} buys", f"At {P['store']}, {w} gets", f"{w} checks out with"])
        ask = _ask(phr // 3, [f"The sales tax is {pstr(P['tax'])}%. If {w} pays with {bill}, how much change should {PRON[w]} get?",
                              f"Tax is {pstr(P['tax'])}%. {w} hands the cashier {bill}. How much change comes back?",
                              f"After {pstr(P['tax'])}% sales tax, how much change does {w} receive from {bill}?",
                              f"With a {pstr(P['tax'])}% tax rate, what is the change from a payment of {bill}?"])
        return f"{opener} {items_text(P['items'], phr % 3)}".rstrip() + ("\n\n" if phr % 3 else " ") + ask


class Coupon(Kind):
    name = "receipt_coupon"

    def params(self, rng):
        cat = rng.choice(["grocery", "hardware", "office", "pet", "crafts"])
        return dict(cat=cat, store=rng.choice(STORES[cat]), who=rng.choice(NAMES),
                    items=pick_items(rng, cat, rng.choice([3, 3, 4])), tax=rng.choice(TAXES),
                    disc=rng.choice(DISCS))

    def run(self, c, P):
        refs = add_items(c, P["items"])
        c.sum(terms_of(c, refs), "Subtotal", role="subtotal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["disc"], "Coupon", role="discount", base_ref=s)
        d = last(c)
        c.sum(terms_of(c, [s, d], [1, -1]), "After coupon", role="discounted")
        a = last(c)
        c.pct(c.steps[a]["used"], P["tax"], "Sales tax", role="tax", base_ref=a)
        t = last(c)
        return c.sum(terms_of(c, [a, t]), "Total", role="total")

    def problem(self, P, phr):
        w = P["who"]
        d, tx = pstr(P["disc"]), pstr(P["tax"])
        opener = _ask(phr, [f"{w} has a {d}%-off coupon for {P['store']} and buys", f"At {P['store']}, {w} buys",
                            f"{w} orders the following from {P['store']}"])
        ask = _ask(phr // 3, [f"The coupon takes {d}% off the subtotal, and then {tx}% sales tax is added to the discounted amount. What is the final total?",
                              f"A {d}% discount applies to the whole order before tax. Sales tax is {tx}%. How much does {w} pay?",
                              f"After the {d}% discount, sales tax of {tx}% is charged on the reduced price. What does the order cost?",
                              f"The store takes {d}% off the subtotal; tax ({tx}%) is computed after the discount. Find the amount due."])
        return f"{opener} {items_text(P['items'], (phr + 1) % 3)}".rstrip() + ("\n\n" if (phr + 1) % 3 else " ") + ask


class Restaurant(Kind):
    name = "restaurant_split"

    def params(self, rng):
        ds = list(DISHES)
        rng.shuffle(ds)
        k = rng.choice([3, 4, 4, 5])
        items = [dict(label=n, sg=n.lower(), pl=n.lower(), price=jitter(rng, b), q=F(rng.choice([1, 1, 2, 2, 3, 4])), wu=None)
                 for n, b in ds[:k]]
        return dict(items=items, tax=rng.choice(TAXES), tip=rng.choice(TIPS), n=rng.choice([2, 3, 4, 4, 5, 6]),
                    who=rng.choice(NAMES), place=rng.choice(["a diner", "an Italian restaurant", "a taco place",
                                                               "the food court", "a pub", "a family restaurant"]))

    def run(self, c, P):
        refs = add_items(c, P["items"])
        c.sum(terms_of(c, refs), "Food subtotal", role="subtotal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["tax"], "Tax", role="tax", base_ref=s)
        t = last(c)
        c.pct(c.steps[s]["used"], P["tip"], "Tip", role="tip", base_ref=s)
        tp = last(c)
        c.sum(terms_of(c, [s, t, tp]), "Total", role="total")
        tot = last(c)
        return c.div(c.steps[tot]["used"], P["n"], "Each person", role="share", a_ref=tot)

    def problem(self, P, phr):
        n, w = P["n"], P["who"]
        lst = join_and([f"{qstr(i['q'])} {i['label'].lower()}" + (f" at {money(i['price'])} each" if i['q'] > 1 else f" for {money(i['price'])}")
                        for i in P["items"]])
        opener = _ask(phr, [f"{w} and {n - 1} friend{'s' if n > 2 else ''} eat at {P['place']}. They order {lst}.",
                            f"A group of {n} friends goes to {P['place']} and orders {lst}.",
                            f"The bill at {P['place']} for {n} people includes {lst}."])
        ask = _ask(phr // 3, [f"Tax is {pstr(P['tax'])}% and they tip {pstr(P['tip'])}% of the pre-tax food total. If they split the bill evenly, how much does each person pay (to the nearest cent)?",
                              f"They pay {pstr(P['tax'])}% tax plus a {pstr(P['tip'])}% tip on the food subtotal (before tax). Split evenly {n} ways, what is each share?",
                              f"Sales tax is {pstr(P['tax'])}%. The tip is {pstr(P['tip'])}% of the subtotal before tax. How much is each person's equal share, rounded to the cent?",
                              f"With {pstr(P['tax'])}% tax and a {pstr(P['tip'])}% tip calculated on the pre-tax amount, what does each of the {n} people owe if they split it equally?"])
        return opener + " " + ask


class Invoice(Kind):
    name = "invoice"

    SERV = [("Design work", "hours of design work", 6500), ("Consulting", "hours of consulting", 9500),
            ("Lawn mowing", "lawn mowings", 4500), ("Tutoring", "tutoring sessions", 3500),
            ("Photo editing", "hours of photo editing", 4000), ("Copywriting", "hours of copywriting", 5500),
            ("Site visit", "site visits", 7500), ("Hedge trimming", "hours of hedge trimming", 3800),
            ("Printing", "printed posters", 1250), ("Labels", "label sheets", 275)]

    def params(self, rng):
        sv = list(self.SERV)
        rng.shuffle(sv)
        k = rng.choice([2, 3, 3, 4])
        items = []
        for lab, pl, base in sv[:k]:
            q = F(rng.choice([2, 3, 4, 5, 6, 8, 10, 12])) if "hours" not in pl else F(rng.choice([3, 4, 5, 6, 7, 8, 15, 25, 35, 45, 55, 75]), 10 if rng.random() < 0.4 else 1)
            if q > 20 and "hours" in pl:
                q = q / 5
            items.append(dict(label=lab, sg=pl, pl=pl, price=(jitter(rng, base) // 100) * 100 if base >= 3000 else jitter(rng, base),
                              q=q, wu=None))
        return dict(items=items, tax=rng.choice(TAXES), ship=rng.choice([0, 795, 1200, 1500, 2500, 999]),
                    who=rng.choice(NAMES), client=rng.choice(["Brightside Bakery", "Oak Street Dental", "the Lee family",
                                                               "Hillcrest PTA", "Nova Fitness", "Riverside Books"]))

    def run(self, c, P):
        refs = add_items(c, P["items"])
        c.sum(terms_of(c, refs), "Subtotal", role="subtotal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["tax"], "Tax", role="tax", base_ref=s)
        t = last(c)
        if P["ship"]:
            c.const("Travel fee", P["ship"], role="fee")
            f_ = last(c)
            return c.sum(terms_of(c, [s, t, f_]), "Amount due", role="total")
        return c.sum(terms_of(c, [s, t]), "Amount due", role="total")

    def problem(self, P, phr):
        w = P["who"]
        lines = "\n".join(f"- {qstr(i['q'])} {i['pl']} at {money(i['price'])} " + ("per hour" if "hours" in i['pl'] else "each") for i in P["items"])
        fee = f" plus a flat travel fee of {money(P['ship'])} (not taxed)" if P["ship"] else ""
        opener = _ask(phr, [f"{w} is preparing an invoice for {P['client']}:", f"{w} bills {P['client']} for the following work:",
                            f"An invoice from {w} to {P['client']} has these lines:", f"Here is what {w} did for {P['client']} this month:"])
        ask = _ask(phr // 4, [f"Tax of {pstr(P['tax'])}% is charged on the subtotal{fee}. What is the amount due?",
                              f"Add {pstr(P['tax'])}% tax on the subtotal{fee}. What is the invoice total?",
                              f"The invoice adds {pstr(P['tax'])}% tax to the subtotal{fee}. How much does {P['client']} owe?"])
        return f"{opener}\n\n{lines}\n\n{ask}"


class Budget(Kind):
    name = "monthly_budget"
    receipt = False
    CATS = ["Rent", "Groceries", "Utilities", "Car payment", "Gas", "Phone", "Internet", "Insurance",
            "Eating out", "Streaming", "Gym", "Student loan", "Childcare", "Pet care", "Clothing"]

    def params(self, rng):
        cats = list(self.CATS[1:])
        rng.shuffle(cats)
        cats = ["Rent"] + cats
        k = rng.choice([4, 5, 5, 6])
        exp = []
        for ccat in cats[:k]:
            base = {"Rent": 135000, "Car payment": 38900, "Childcare": 64000, "Student loan": 27500,
                    "Groceries": 52000, "Insurance": 14850}.get(ccat, 8500)
            v = int(base * rng.choice([0.8, 0.9, 1.0, 1.1, 1.25]))
            v -= v % rng.choice([1, 5, 100, 100])
            exp.append((ccat, v))
        tot = sum(v for _, v in exp)
        two = rng.random() < 0.5
        inc = tot + rng.choice([15000, 32050, 48075, 61000, 8525, 110000, 23490])
        inc -= inc % 5
        if two:
            p1 = inc // 2 + rng.choice([-3125, 0, 4510])
            return dict(exp=exp, pays=[p1, inc - p1], who=rng.choice(NAMES))
        return dict(exp=exp, pays=[inc], who=rng.choice(NAMES))

    def run(self, c, P):
        if len(P["pays"]) == 2:
            a = c.const("Paycheck 1", P["pays"][0], role="income")
            b = c.const("Paycheck 2", P["pays"][1], role="income")
            c.sum([("Paycheck 1", P["pays"][0], 1, a["idx"]), ("Paycheck 2", P["pays"][1], 1, b["idx"])],
                  "Total income", role="income_total")
            inc = last(c)
            incv = c.steps[inc]["used"]
        else:
            a = c.const("Take-home pay", P["pays"][0], role="income")
            inc = a["idx"]
            incv = P["pays"][0]
        refs = [c.const(k, v, role="expense")["idx"] for k, v in P["exp"]]
        c.sum(terms_of(c, refs), "Total expenses", role="expense_total")
        e = last(c)
        return c.sum([("Income", incv, 1, inc), ("Total expenses", c.steps[e]["used"], -1, e)], "Left over",
                     role="leftover")

    def problem(self, P, phr):
        w = P["who"]
        if len(P["pays"]) == 2:
            inc = f"two paychecks this month, {money(P['pays'][0])} and {money(P['pays'][1])}"
        else:
            inc = f"a monthly take-home pay of {money(P['pays'][0])}"
        ex = "\n".join(f"- {k}: {money(v)}" for k, v in P["exp"])
        opener = _ask(phr, [f"{w} has {inc}. {PRON[w].capitalize()} budgets these expenses:",
                            f"{w} is making a monthly budget. Income: {inc}. Planned expenses:",
                            f"Here's {w}'s budget. {w} has {inc}, and spends:"])
        ask = _ask(phr // 3, ["How much money is left over at the end of the month?",
                              "After all the expenses, how much is left?",
                              f"How much does {w} have left after paying everything?",
                              "What is left in the budget after these expenses?"])
        return f"{opener}\n\n{ex}\n\n{ask}"


class Savings(Kind):
    name = "savings_plan"
    receipt = False
    GOALS = [("a bike", 38900), ("a laptop", 89999), ("a used guitar", 27500), ("a trip", 125000),
             ("a new phone", 69900), ("concert tickets", 31850), ("a gaming console", 49999),
             ("a camera", 64950), ("a car down payment", 300000)]

    def params(self, rng):
        g, gb = rng.choice(self.GOALS)
        per = rng.choice(["week", "week", "month", "paycheck"])
        n = rng.choice([4, 5, 6, 8, 10, 12]) if per != "month" else rng.choice([3, 4, 5, 6, 9])
        amt = rng.choice([1500, 2000, 2500, 3500, 4250, 5000, 7500, 1275]) * (4 if per == "month" else 1)
        if gb > 200000:
            amt *= 5
        start = rng.choice([0, 2350, 5000, 11275, 8040, 12500, 4695])
        if start + amt * n >= gb:
            gb = start + amt * n + rng.choice([1249, 3350, 8799, 15000])
        return dict(goal=g, gb=gb, per=per, n=n, amt=amt, start=start, who=rng.choice(NAMES),
                    gift=rng.choice([0, 0, 2500, 4000]))

    def run(self, c, P):
        c.mul(P["n"], P["amt"], f"Saved over {P['n']} {P['per']}s", role="contrib", noun=P["per"] + "s")
        m = last(c)
        terms = [("Already saved", P["start"], 1, c.const("Already saved", P["start"], role="start")["idx"])] if P["start"] else []
        terms.append(("Saved", c.steps[m]["used"], 1, m))
        if P["gift"]:
            terms.append(("Birthday gift", P["gift"], 1, c.const("Gift", P["gift"], role="gift")["idx"]))
        if len(terms) > 1:
            c.sum(terms, "Total saved", role="saved")
            s = last(c)
        else:
            s = m
        return c.sum([("Goal", P["gb"], 1, None), ("Total saved", c.steps[s]["used"], -1, s)], "Still needed",
                     role="need")

    def problem(self, P, phr):
        w, p = P["who"], P["per"]
        st = f" {PRON[w].capitalize()} already has {money(P['start'])} saved." if P["start"] else ""
        gift = f" {PRON[w].capitalize()} also gets {money(P['gift'])} as a birthday gift." if P["gift"] else ""
        opener = _ask(phr, [f"{w} wants to buy {P['goal']} that costs {money(P['gb'])}.{st} {PRON[w].capitalize()} saves {money(P['amt'])} every {p} for {P['n']} {p}s.{gift}",
                            f"{w} is saving up for {P['goal']} ({money(P['gb'])}).{st} The plan: put away {money(P['amt'])} per {p} for the next {P['n']} {p}s.{gift}",
                            f"Savings goal: {P['goal']}, price {money(P['gb'])}.{st} Each {p}, {w} sets aside {money(P['amt'])}, and {PRON[w]} does this {P['n']} times.{gift}"])
        ask = _ask(phr // 3, ["How much more will be needed to reach the goal?",
                              f"After the {P['n']} {p}s, how much is {w} still short?",
                              "How much money is still missing at the end of the plan?",
                              f"How far from the {money(P['gb'])} goal will {w} be?"])
        return opener.replace("they saves", "they save").replace("they also gets", "they also get").replace("They already has", "They already have") + " " + ask


class Ledger(Kind):
    name = "account_ledger"
    receipt = False
    CTX = {
        "bank": dict(dep=["Paycheck", "Transfer from savings", "Refund", "Cash deposit", "Paycheck"],
                     wd=["Rent", "Groceries", "ATM withdrawal", "Electric bill", "Check #1042", "Gas station",
                         "Phone bill", "Online purchase", "Overdraft fee"], big=1),
        "allowance": dict(dep=["Allowance", "Allowance", "Birthday money", "Chores"],
                          wd=["Comic book", "Snacks", "Movie ticket", "Video game", "Gift for mom", "Stickers"], big=0),
        "club": dict(dep=["Member dues", "Bake sale", "Car wash", "Donation"],
                     wd=["Pizza for meeting", "Supplies", "T-shirts", "Field trip bus", "Trophies"], big=0),
    }

    BANKAMT = {"Paycheck": 118000, "Transfer from savings": 30000, "Refund": 4599, "Cash deposit": 20000,
               "Rent": 115000, "Groceries": 13500, "ATM withdrawal": 6000, "Electric bill": 9800,
               "Check #1042": 25000, "Gas station": 4500, "Phone bill": 6500, "Online purchase": 3999,
               "Overdraft fee": 3500}

    def params(self, rng):
        ctx = rng.choice(["bank", "bank", "allowance", "club"])
        C = self.CTX[ctx]
        scale = 100 if C["big"] else 10
        opening = rng.choice([25000, 41275, 18060, 9350, 60000, 132540]) * scale // 100
        if not C["big"]:
            opening = rng.choice([2500, 4275, 1850, 6000, 3320, 12500]) if ctx == "allowance" else rng.choice([15000, 23475, 8960, 31200])
        k = rng.choice([4, 5, 5, 6, 7])
        tx = []
        bal = opening
        day = rng.randint(1, 5)
        mon = rng.randint(0, 11)
        od = rng.random() < 0.35
        for j in range(k):
            dep = rng.random() < 0.4 and not (od and j >= k - 2)
            if dep:
                lab = rng.choice(C["dep"])
            else:
                lab = rng.choice(C["wd"])
            if C["big"]:
                base = self.BANKAMT[lab]
                amt = base if lab.startswith(("ATM", "Transfer", "Cash")) else jitter(rng, base)
                if lab.startswith(("ATM", "Transfer", "Cash")):
                    amt = rng.choice([2000, 4000, 6000, 10000, 20000, 30000]) if not lab.startswith("Transfer") else rng.choice([25000, 50000, 30000])
            elif ctx == "allowance":
                amt = rng.choice([500, 1000, 1500, 750, 2000, 1250]) if dep else rng.choice([399, 875, 1250, 225, 1999, 650])
            else:
                amt = rng.choice([4500, 12000, 8675, 2350]) if dep else rng.choice([3450, 2899, 11250, 6075])
            if lab == "Overdraft fee":
                amt = 3500
            if od and j == k - 2 and not dep:
                lab = "Rent" if C["big"] else lab
                amt = max(amt, bal + rng.choice([1250, 4575, 860, 2399]))
            if od and j == k - 1 and bal - (0 if dep else amt) < 0 and C["big"]:
                dep, lab, amt = False, "Overdraft fee", 3500
            bal += amt if dep else -amt
            tx.append((f"{MONTHS[mon]} {day}", lab, amt if dep else -amt))
            day += rng.randint(1, 5)
        return dict(ctx=ctx, opening=opening, tx=tx, who=rng.choice(NAMES))

    def run(self, c, P):
        o = c.const("Opening balance", P["opening"], role="opening")
        prev = o["idx"]
        pv = P["opening"]
        for date, lab, amt in P["tx"]:
            cst = c.const(lab, abs(amt), role="txn", date=date)
            pv = c.sum([("Balance", pv, 1, prev), (lab, abs(amt), 1 if amt > 0 else -1, cst["idx"])],
                       f"Balance after {lab.lower()}", role="balance", group="ledger", date=date, desc=lab,
                       amt=amt)
            prev = last(c)
        return pv

    def problem(self, P, phr):
        w = P["who"]
        rows = []
        for date, lab, amt in P["tx"]:
            rows.append(f"- {date}: {lab}, " + (f"deposit {money(amt)}" if amt > 0 else f"{money(-amt)} withdrawn" if phr % 2 else f"spent {money(-amt)}"))
        if P["ctx"] == "bank":
            opener = _ask(phr, [f"{w}'s checking account starts the month with {money(P['opening'])}. The transactions are:",
                                f"{w} keeps a check register. Starting balance: {money(P['opening'])}. Activity:",
                                f"A checking account has a balance of {money(P['opening'])}. These transactions post in order:"])
        elif P["ctx"] == "allowance":
            opener = _ask(phr, [f"{w} has {money(P['opening'])} in a piggy bank and tracks allowance in a notebook:",
                                f"{w}'s allowance ledger starts at {money(P['opening'])}. Entries:",
                                f"{w} starts with {money(P['opening'])}. Over the next few weeks:"])
        else:
            opener = _ask(phr, [f"The chess club treasury holds {money(P['opening'])}. The treasurer records:",
                                f"A school club's account starts at {money(P['opening'])}. Transactions:",
                                f"{w} is club treasurer. Opening balance {money(P['opening'])}, then:"])
        ask = _ask(phr // 3, ["What is the balance after the last transaction? Keep a running balance.",
                              "What is the ending balance?",
                              "Track the running balance. What is it at the end?",
                              "What is the final balance after all these entries?"])
        return f"{opener}\n\n" + "\n".join(rows) + f"\n\n{ask}"


class UnitPrice(Kind):
    name = "unit_price"
    receipt = False
    PROD = [("cereal", "oz", [(12, 349), (18, 469), (24, 599)]), ("laundry detergent", "fl oz", [(50, 899), (100, 1499), (150, 1999)]),
            ("coffee", "oz", [(12, 899), (32, 1999), (24, 1549)]), ("rice", "lb", [(2, 299), (10, 1199), (5, 649)]),
            ("olive oil", "fl oz", [(16, 799), (34, 1399), (51, 1899)]), ("paper towels", "rolls", [(6, 899), (12, 1599), (8, 1149)]),
            ("sparkling water", "cans", [(8, 499), (12, 649), (24, 1149)]), ("dog food", "lb", [(15, 2299), (30, 3999), (40, 4999)])]

    def params(self, rng):
        name, u, opts = rng.choice(self.PROD)
        a, b = rng.sample(opts, 2)
        if a[0] > b[0]:
            a, b = b, a
        pa, pb = jitter(rng, a[1]), jitter(rng, b[1])
        # make the larger size cheaper per unit
        while F(pb, b[0]) >= F(pa, a[0]):
            pb -= 50
        m = b[0] // a[0] if b[0] % a[0] == 0 else None
        # need = lcm-ish quantity
        import math
        l = a[0] * b[0] // math.gcd(a[0], b[0])
        k = rng.choice([1, 2]) if l <= 60 else 1
        need = l * k
        return dict(name=name, u=u, sa=a[0], pa=pa, sb=b[0], pb=pb, need=need, who=rng.choice(NAMES),
                    store=rng.choice(["the supermarket", "a warehouse club", "the corner store", "an online shop"]))

    def run(self, c, P):
        c.unit(P["pa"], P["sa"], P["u"], f"Small ({P['sa']} {P['u']})")
        c.unit(P["pb"], P["sb"], P["u"], f"Large ({P['sb']} {P['u']})")
        na, nb = P["need"] // P["sa"], P["need"] // P["sb"]
        c.mul(na, P["pa"], f"{na} small packages", role="optA", noun="packages")
        a = last(c)
        c.mul(nb, P["pb"], f"{nb} large packages", role="optB", noun="packages")
        b = last(c)
        return c.sum(terms_of(c, [a, b], [1, -1]), "Savings", role="savings")

    def problem(self, P, phr):
        w, u = P["who"], P["u"]
        opener = _ask(phr, [f"At {P['store']}, a {P['sa']} {u} package of {P['name']} costs {money(P['pa'])} and a {P['sb']} {u} package costs {money(P['pb'])}.",
                            f"{w} is comparing {P['name']}: {P['sa']} {u} for {money(P['pa'])} versus {P['sb']} {u} for {money(P['pb'])}.",
                            f"Two sizes of {P['name']} are on the shelf. Small: {P['sa']} {u}, {money(P['pa'])}. Large: {P['sb']} {u}, {money(P['pb'])}."])
        ask = _ask(phr // 3, [f"Which is the better deal per {u.split()[-1].rstrip('s')}? If {w} needs exactly {P['need']} {u}, how much is saved by buying only large packages instead of only small ones?",
                              f"Compare the unit prices. {w} needs {P['need']} {u}; how much cheaper is it to buy large packages than small packages?",
                              f"Find the price per {u.split()[-1].rstrip('s')} of each. Then, for {P['need']} {u}, how much money does the better option save?",
                              f"What does each cost per {u.split()[-1].rstrip('s')}, and how much is saved on {P['need']} {u} by choosing the large size?"])
        return opener + " " + ask


class Paycheck(Kind):
    name = "paycheck"
    receipt = False

    def params(self, rng):
        rate = rng.choice([1450, 1575, 1680, 1825, 2050, 2240, 1999, 2675, 1333])
        reg = rng.choice([40, 40, 38, 36, 40])
        ot = F(rng.choice([2, 3, 4, 5, 6, 8, 25, 35, 45, 75]), 1)
        if ot > 10:
            ot = ot / 10
        return dict(rate=rate, reg=reg, ot=ot, wh=rng.choice([F(10), F(12), F(15), F(18), F(20), F(225, 10)]),
                    who=rng.choice(NAMES), job=rng.choice(["a warehouse", "a cafe", "a hospital", "a hardware store", "a call center"]))

    def run(self, c, P):
        c.mul(P["reg"], P["rate"], "Regular pay", role="regular", qunit="h", noun="hours")
        r = last(c)
        c.mul(F(3, 2), P["rate"], "Overtime rate", role="otrate")
        o = last(c)
        c.mul(P["ot"], c.steps[o]["used"], "Overtime pay", role="otpay", qunit="h", noun="hours")
        op = last(c)
        c.sum(terms_of(c, [r, op]), "Gross pay", role="gross")
        g = last(c)
        c.pct(c.steps[g]["used"], P["wh"], "Withholding", role="withhold", base_ref=g)
        wv = last(c)
        return c.sum(terms_of(c, [g, wv], [1, -1]), "Net pay", role="net")

    def problem(self, P, phr):
        w = P["who"]
        opener = _ask(phr, [f"{w} works at {P['job']} for {money(P['rate'])} an hour. This week {PRON[w]} worked {P['reg']} regular hours and {qstr(P['ot'])} overtime hours.",
                            f"{w} earns {money(P['rate'])} per hour. Last week: {P['reg']} regular hours plus {qstr(P['ot'])} hours of overtime.",
                            f"Timesheet for {w}: {P['reg']} regular hours, {qstr(P['ot'])} overtime hours, base rate {money(P['rate'])}/hour."])
        ask = _ask(phr // 3, [f"Overtime is paid at 1.5 times the regular rate, and {pstr(P['wh'])}% of gross pay is withheld. What is the net pay?",
                              f"Overtime pays time-and-a-half. If {pstr(P['wh'])}% is withheld for taxes, how much is the paycheck?",
                              f"With overtime at 1.5× the hourly rate and {pstr(P['wh'])}% withholding, find the take-home pay.",
                              f"Overtime earns 1.5 times the base rate. After {pstr(P['wh'])}% withholding, what does {w} take home?"])
        return (opener + " " + ask).replace("they worked", "they worked")


class CreditCard(Kind):
    name = "card_statement"
    receipt = False

    def params(self, rng):
        prev = rng.choice([84250, 123075, 45660, 231980, 67415, 150000])
        pay = rng.choice([20000, 35000, 5000, 50000, 12500, 7500])
        pur = [(lab, jitter(rng, b)) for lab, b in rng.sample([("Groceries", 8500), ("Gas", 4500), ("Restaurant", 6200),
                                                                 ("Online order", 12900), ("Pharmacy", 2300), ("Concert tickets", 17500)],
                                                                rng.choice([2, 3]))]
        return dict(prev=prev, pay=pay, pur=pur, rate=rng.choice([F(15, 10), F(175, 100), F(2), F(125, 100), F(199, 100)]),
                    who=rng.choice(NAMES))

    def run(self, c, P):
        refs = [c.const(l, v, role="purchase")["idx"] for l, v in P["pur"]]
        c.sum(terms_of(c, refs), "New purchases", role="purchases")
        p = last(c)
        a = c.const("Previous balance", P["prev"], role="prev")["idx"]
        b = c.const("Payment", P["pay"], role="payment")["idx"]
        c.sum([("Previous balance", P["prev"], 1, a), ("Payment", P["pay"], -1, b), ("New purchases", c.steps[p]["used"], 1, p)],
              "Balance before interest", role="bal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["rate"], "Interest", role="interest", base_ref=s)
        i = last(c)
        return c.sum(terms_of(c, [s, i]), "New balance", role="newbal")

    def problem(self, P, phr):
        w = P["who"]
        pur = join_and([f"{l.lower()} for {money(v)}" for l, v in P["pur"]])
        opener = _ask(phr, [f"{w}'s credit card had a previous balance of {money(P['prev'])}. {PRON[w].capitalize()} paid {money(P['pay'])} and then charged {pur}.",
                            f"Statement summary for {w}: previous balance {money(P['prev'])}, payment received {money(P['pay'])}, new purchases: {pur}.",
                            f"{w} owed {money(P['prev'])} on a card, made a {money(P['pay'])} payment, and bought {pur}."])
        ask = _ask(phr // 3, [f"The card then charges {pstr(P['rate'])}% monthly interest on that balance. What is the new balance?",
                              f"Interest of {pstr(P['rate'])}% is added to the balance for the month. What is the new statement balance?",
                              f"If {pstr(P['rate'])}% interest is applied to the balance after the payment and purchases, what is owed now?",
                              f"A monthly interest charge of {pstr(P['rate'])}% is added. How much does {w} owe?"])
        return (opener + " " + ask).replace("They paid", "They paid")


class Utility(Kind):
    name = "utility_bill"

    def params(self, rng):
        prevr = rng.randint(10000, 60000)
        use = rng.choice([412, 538, 675, 890, 1024, 760, 347, 1215])
        x = rng.choice([112, 128, 135, 142, 156, 119, 167, 1385, 1475, 1299])
        rate = F(x, 10) if x < 1000 else F(x, 100)
        return dict(prevr=prevr, cur=prevr + use, rate=rate, fee=rng.choice([995, 1200, 1450, 850, 1875]),
                    tax=rng.choice([F(3), F(4), F(5), F(6), F(65, 10), F(8)]), who=rng.choice(NAMES))

    def run(self, c, P):
        a = c.const("Current reading", P["cur"], role="reading")["idx"]
        b = c.const("Previous reading", P["prevr"], role="reading")["idx"]
        c.sum([("Current", P["cur"], 1, a), ("Previous", P["prevr"], -1, b)], "Usage", role="usage", money=False)
        u = last(c)
        c.mul(c.steps[u]["used"], P["rate"], "Energy charge", role="energy", qunit="kWh", noun="kWh", rate_unit="kWh")
        e = last(c)
        f_ = c.const("Service charge", P["fee"], role="fee")["idx"]
        c.sum(terms_of(c, [e, f_]), "Subtotal", role="subtotal")
        s = last(c)
        c.pct(c.steps[s]["used"], P["tax"], "Tax", role="tax", base_ref=s)
        t = last(c)
        return c.sum(terms_of(c, [s, t]), "Total due", role="total")

    def problem(self, P, phr):
        w = P["who"]
        from core import dec_str
        r = "$" + dec_str(P["rate"] / 100)
        opener = _ask(phr, [f"{w}'s electric meter read {P['prevr']:,} kWh last month and {P['cur']:,} kWh this month.",
                            f"An electric bill shows a previous meter reading of {P['prevr']:,} kWh and a current reading of {P['cur']:,} kWh.",
                            f"Meter readings for {w}'s apartment: previous {P['prevr']:,}, current {P['cur']:,} (kWh)."])
        ask = _ask(phr // 3, [f"Electricity costs {r} per kWh, rounded to the cent, plus a {money(P['fee'])} service charge. Tax is {pstr(P['tax'])}% of the subtotal. What is the total bill?",
                              f"The rate is {r}/kWh (energy charge rounded to the nearest cent) and there is a monthly service charge of {money(P['fee'])}. With {pstr(P['tax'])}% tax on the subtotal, how much is due?",
                              f"At {r} per kWh, with a {money(P['fee'])} service fee and {pstr(P['tax'])}% utility tax on everything, what does {w} owe? Round each charge to the cent.",
                              f"Energy is billed at {r} per kWh (rounded to the cent). Add the {money(P['fee'])} service charge, then {pstr(P['tax'])}% tax. Find the total."])
        return opener + " " + ask


class Layaway(Kind):
    name = "installments"

    def params(self, rng):
        cat = rng.choice(["hardware", "office", "pet"])
        items = pick_items(rng, cat, rng.choice([1, 2, 2]), allow_weigh=False)
        for it in items:
            it["price"] = it["price"] * rng.choice([3, 5, 8, 10])
            it["price"] -= it["price"] % 100 - 99
        return dict(items=items, tax=rng.choice(TAXES), down=rng.choice([2000, 2500, 5000, 7500, 10000]),
                    months=rng.choice([3, 4, 6, 6, 9, 12]), who=rng.choice(NAMES), store=rng.choice(STORES[cat]))

    def run(self, c, P):
        refs = add_items(c, P["items"])
        if len(refs) > 1:
            c.sum(terms_of(c, refs), "Subtotal", role="subtotal")
            s = last(c)
        else:
            s = refs[0]
        c.pct(c.steps[s]["used"], P["tax"], "Sales tax", role="tax", base_ref=s)
        t = last(c)
        c.sum(terms_of(c, [s, t]), "Total", role="total")
        tot = last(c)
        d = c.const("Down payment", P["down"], role="down")["idx"]
        c.sum(terms_of(c, [tot, d], [1, -1]), "Remaining", role="remaining")
        r = last(c)
        return c.div(c.steps[r]["used"], P["months"], "Monthly payment", role="monthly", a_ref=r)

    def problem(self, P, phr):
        w = P["who"]
        opener = _ask(phr, [f"{w} puts {items_text(P['items'], 0)[:-1]} on layaway at {P['store']}.",
                            f"{w} wants {items_text(P['items'], 0)[:-1]} from {P['store']} and will pay in installments.",
                            f"A layaway plan at {P['store']} covers {items_text(P['items'], 0)[:-1]}."])
        ask = _ask(phr // 3, [f"Sales tax is {pstr(P['tax'])}%. After a {money(P['down'])} down payment, the rest is split into {P['months']} equal monthly payments. How much is each payment, to the nearest cent?",
                              f"With {pstr(P['tax'])}% tax and {money(P['down'])} paid up front, what is each of the {P['months']} equal monthly payments (rounded to the cent)?",
                              f"Tax is {pstr(P['tax'])}%. {w} pays {money(P['down'])} down and divides the remaining balance evenly over {P['months']} months. Find the monthly payment.",
                              f"Including {pstr(P['tax'])}% sales tax, minus a {money(P['down'])} deposit, what is the monthly installment over {P['months']} months?"])
        return opener + " " + ask


class StoreCompare(Kind):
    name = "store_compare"

    def params(self, rng):
        cat = rng.choice(["grocery", "office", "pet", "crafts"])
        items = pick_items(rng, cat, 3, allow_weigh=False)
        itemsB = []
        for it in items:
            d = dict(it)
            d["price"] = it["price"] + rng.choice([-60, -40, -30, -20, 20, 30, 50, -110, 70])
            itemsB.append(d)
        sa, sb = rng.sample(STORES[cat] + ["an online store"], 2)
        return dict(items=items, itemsB=itemsB, sa=sa, sb=sb, who=rng.choice(NAMES))

    def run(self, c, P):
        ra = add_items(c, P["items"])
        c.sum(terms_of(c, ra), f"Total at {P['sa']}", role="subtotal", store=P["sa"])
        a = last(c)
        rb = add_items(c, P["itemsB"])
        c.sum(terms_of(c, rb), f"Total at {P['sb']}", role="subtotal", store=P["sb"])
        b = last(c)
        va, vb = c.steps[a]["used"], c.steps[b]["used"]
        if P.get("order") is None:
            P["order"] = (a, b) if c.steps[a]["right"] >= c.steps[b]["right"] else (b, a)
        hi, lo = P["order"]
        return c.sum(terms_of(c, [hi, lo], [1, -1]), "Difference", role="diff")

    def problem(self, P, phr):
        w = P["who"]
        lst = join_and([f"{qstr(i['q'])} {i['sg'] if i['q'] == 1 else i['pl']}" for i in P["items"]])
        pa = ", ".join(f"{i['sg']} {money(i['price'])}" for i in P["items"])
        pb = ", ".join(f"{i['sg']} {money(i['price'])}" for i in P["itemsB"])
        opener = _ask(phr, [f"{w} needs {lst}. Prices at {P['sa']}: {pa}. Prices at {P['sb']}: {pb}.",
                            f"{w}'s shopping list: {lst}.\n\n- {P['sa']}: {pa}\n- {P['sb']}: {pb}\n",
                            f"Comparing two stores for {lst}. {P['sa'].capitalize()} charges {pa}; {P['sb']} charges {pb}."])
        ask = _ask(phr // 3, ["How much cheaper is the whole list at the less expensive store?",
                              "What is the difference between the two totals?",
                              f"How much does {w} save by shopping at the cheaper store?",
                              "By how much do the two totals differ?"])
        return opener.rstrip() + ("\n\n" if phr % 3 == 1 else " ") + ask


class Fundraiser(Kind):
    name = "event_budget"
    receipt = False

    def params(self, rng):
        return dict(n=rng.choice([8, 12, 15, 18, 24, 30]), ticket=rng.choice([1250, 1895, 2400, 975, 3150, 1575]),
                    bus=rng.choice([18500, 22000, 14975, 30000]), snack=rng.choice([425, 350, 599, 275]),
                    fund=rng.choice([10000, 15000, 5000, 20000]), who=rng.choice(NAMES),
                    place=rng.choice(["the science museum", "the aquarium", "a ballgame", "the zoo", "a planetarium show"]))

    def run(self, c, P):
        c.mul(P["n"], P["ticket"], "Tickets", role="tickets", noun="students")
        t = last(c)
        c.mul(P["n"], P["snack"], "Snacks", role="snacks", noun="students")
        s = last(c)
        bus = c.const("Bus", P["bus"], role="bus")["idx"]
        c.sum(terms_of(c, [t, s, bus]), "Trip cost", role="cost")
        tc = last(c)
        fd = c.const("Club fund", P["fund"], role="fund")["idx"]
        c.sum(terms_of(c, [tc, fd], [1, -1]), "Left to cover", role="cover")
        r = last(c)
        return c.div(c.steps[r]["used"], P["n"], "Per student", role="perstudent", a_ref=r)

    def problem(self, P, phr):
        w, n = P["who"], P["n"]
        opener = _ask(phr, [f"{w} is planning a club trip to {P['place']} for {n} students. Tickets are {money(P['ticket'])} each, snacks are {money(P['snack'])} per student, and the bus costs {money(P['bus'])}.",
                            f"Trip budget for {P['place']}: {n} students, {money(P['ticket'])} per ticket, {money(P['snack'])} per student for snacks, {money(P['bus'])} for the bus.",
                            f"A class of {n} is going to {P['place']}. Costs: admission {money(P['ticket'])} per student, snack packs {money(P['snack'])} each, and a {money(P['bus'])} bus rental."])
        ask = _ask(phr // 3, [f"The club fund covers {money(P['fund'])}. How much must each student pay to cover the rest (to the nearest cent)?",
                              f"After using {money(P['fund'])} from the fund, the rest is split evenly among the students. What is each student's share?",
                              f"If {money(P['fund'])} comes from fundraising, how much does each student owe? Round to the cent.",
                              f"The PTA donates {money(P['fund'])}. What does each student pay for the remainder, rounded to the cent?"])
        return opener + " " + ask


KINDS = [GroceryTax(), Change(), Coupon(), Restaurant(), Invoice(), Budget(), Savings(), Ledger(),
         UnitPrice(), Paycheck(), CreditCard(), Utility(), Layaway(), StoreCompare(), Fundraiser()]
