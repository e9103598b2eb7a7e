"""Problem templates: each takes a random.Random and returns a dict with
problem text, solution steps (core.Step), goal phrase and answer phrase."""
from fractions import Fraction as F

from core import Step, Money, Pct, Num, Ref, Bin, Paren, Of, fixed, minimal, exact_at

NAMES = [("Maria", "she", "her"), ("James", "he", "his"), ("Aisha", "she", "her"),
         ("Liam", "he", "his"), ("Sofia", "she", "her"), ("Noah", "he", "his"),
         ("Priya", "she", "her"), ("Ethan", "he", "his"), ("Chloe", "she", "her"),
         ("Mateo", "he", "his"), ("Hannah", "she", "her"), ("Omar", "he", "his"),
         ("Grace", "she", "her"), ("Lucas", "he", "his"), ("Mei", "she", "her"),
         ("Daniel", "he", "his"), ("Zoe", "she", "her"), ("Carlos", "he", "his"),
         ("Emma", "she", "her"), ("Jamal", "he", "his"), ("Olivia", "she", "her"),
         ("Ben", "he", "his"), ("Nadia", "she", "her"), ("Tyler", "he", "his"),
         ("Rosa", "she", "her"), ("Kevin", "he", "his"), ("Leah", "she", "her"),
         ("Sam", "he", "his"), ("Ava", "she", "her"), ("Diego", "he", "his"),
         ("Fatima", "she", "her"), ("Ryan", "he", "his"), ("Ines", "she", "her"),
         ("Marcus", "he", "his"), ("Yuki", "she", "her"), ("Andre", "he", "his")]

TAX = ["5", "6", "6.25", "6.5", "7", "7.25", "7.5", "8", "8.25", "8.5", "8.875", "9.5"]
TIP = ["15", "18", "20", "22"]
DISC = ["10", "15", "20", "25", "30", "35", "40"]
ENDS = [99, 49, 95, 25, 50, 75, 89, 79, 29, 59, 0, 35, 15, 69, 45, 19, 65]


def name(r, exclude=()):
    while True:
        n = r.choice(NAMES)
        if n[0] not in exclude:
            return n


def price(r, lo, hi, ends=ENDS):
    v = F(r.randint(lo, hi)) + F(r.choice(ends), 100)
    if v < F(1, 2):
        v += 1
    return v


def cents(r, lo, hi):
    return F(r.randint(lo, hi), 100)


WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]


def Kw(k):
    """Capitalised number word for the start of a sentence."""
    return WORDS[k].capitalize() if k < len(WORDS) else str(k)


def pm(v, cur="$"):
    """Money as written in a problem statement."""
    if exact_at(v, 0):
        return f"{cur}{int(v):,}"
    return f"{cur}{fixed(v, 2, True)}"


def pp(p):
    return minimal(F(p)) + "%"


def a_pp(p, cap=False):
    s = minimal(F(p))
    an = s.startswith("8") or s.split(".")[0] in ("11", "18")
    a = ("An" if cap else "an") if an else ("A" if cap else "a")
    return f"{a} {s}%"


def P(p):
    return Pct(F(p))


def M(v, cur="$"):
    return Money(v, cur)


def N(v, dp=None):
    return Num(v, dp)


def R(k):
    return Ref(k)


def add(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = Bin("+", e, x)
    return e


def sub(a, b):
    return Bin("-", a, b)


def mul(a, b):
    return Bin("*", a, b)


def div(a, b):
    return Bin("/", a, b)


def pick(r, xs):
    return r.choice(xs)


def T(problem, steps, goal, ans):
    return dict(problem=problem, steps=steps, goal=goal, ans=ans)


CLOTHES = [("jacket", 39, 129), ("pair of jeans", 24, 69), ("sweater", 19, 59),
           ("pair of sneakers", 45, 139), ("hoodie", 22, 54), ("winter coat", 69, 189),
           ("backpack", 25, 79), ("pair of boots", 59, 149), ("dress", 29, 99)]
SMALL = [("notebook", "notebooks", 1, 5), ("pen", "pens", 0, 3), ("folder", "folders", 0, 2),
         ("candle", "candles", 3, 12), ("mug", "mugs", 4, 14), ("towel", "towels", 5, 15),
         ("pack of batteries", "packs of batteries", 4, 11), ("plant pot", "plant pots", 3, 16),
         ("phone case", "phone cases", 8, 24), ("T-shirt", "T-shirts", 7, 19),
         ("box of markers", "boxes of markers", 3, 9), ("picture frame", "picture frames", 6, 21)]
FOODS = [("burger", "burgers", 8, 15), ("salad", "salads", 7, 13), ("pasta dish", "pasta dishes", 12, 21),
         ("taco plate", "taco plates", 9, 16), ("sandwich", "sandwiches", 6, 12),
         ("bowl of ramen", "bowls of ramen", 11, 17), ("pizza", "pizzas", 11, 19)]
RESTAURANTS = ["a diner", "an Italian restaurant", "a sushi place", "a Mexican restaurant",
               "a Thai restaurant", "a steakhouse", "a pizza place", "a brunch cafe"]
STORES = ["a department store", "an outlet store", "a sporting goods store", "the mall",
          "an online store", "a clothing store", "a thrift boutique", "a big-box store"]
GROCERY = [("cereal", "box", 10, 24), ("coffee", "bag", 10, 16), ("olive oil", "bottle", 16, 34),
           ("peanut butter", "jar", 12, 40), ("shampoo", "bottle", 12, 28),
           ("laundry detergent", "jug", 50, 150), ("pasta sauce", "jar", 14, 32),
           ("orange juice", "carton", 52, 89), ("honey", "jar", 12, 24), ("yogurt", "tub", 24, 32)]


# =================================================================== sales tax
def t_tax_single(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo, hi)
    t = pick(r, TAX)
    store = pick(r, STORES)
    prob = (f"{n} buys a {item} for {pm(p)} at {store}. The sales tax rate is {pp(t)}. "
            f"How much does {n} pay in total? Round to the nearest cent.")
    steps = [Step("tax", "the sales tax", Of(P(t), M(p)), tag=pp(t)),
             Step("total", "the total cost", add(M(p), R("tax")), short="Total")]
    return T(prob, steps, "the total cost", f"{n} pays {{F}} in total")


def t_tax_qty(r):
    n, _, _ = name(r)
    one, many, lo, hi = pick(r, SMALL)
    q = r.randint(3, 9)
    p = price(r, lo, hi)
    t = pick(r, TAX)
    prob = (f"{n} buys {q} {many} that cost {pm(p)} each. Sales tax is {pp(t)}. "
            f"What is the total cost, rounded to the nearest cent?")
    steps = [Step("sub", f"the cost of the {many}", mul(N(q), M(p)), short="Subtotal"),
             Step("tax", "the sales tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("total", "the total cost", add(R("sub"), R("tax")), short="Total")]
    return T(prob, steps, "the total cost", "the total cost is {F}")


def t_tax_two_items(r):
    n, _, _ = name(r)
    a = pick(r, SMALL)
    b = pick(r, [x for x in SMALL if x != a])
    qa, qb = r.randint(2, 6), r.randint(2, 5)
    pa, pb = price(r, a[2], a[3]), price(r, b[2], b[3])
    t = pick(r, TAX)
    prob = (f"{n} buys {qa} {a[1]} at {pm(pa)} each and {qb} {b[1]} at {pm(pb)} each. "
            f"The sales tax is {pp(t)}. How much does {n} spend in total? Round to the nearest cent.")
    steps = [Step("a", f"the cost of the {a[1]}", mul(N(qa), M(pa)), short=a[1].capitalize()),
             Step("b", f"the cost of the {b[1]}", mul(N(qb), M(pb)), short=b[1].capitalize()),
             Step("sub", "the subtotal", add(R("a"), R("b"))),
             Step("tax", "the sales tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("total", "the total", add(R("sub"), R("tax")))]
    return T(prob, steps, "the total amount spent", f"{n} spends {{F}} in total")


def t_tax_three_prices(r):
    n, _, _ = name(r)
    items = r.sample(SMALL, 3)
    ps = [price(r, it[2] + 1, it[3] + 2) for it in items]
    t = pick(r, TAX)
    prob = (f"At the store, {n} picks up a {items[0][0]} for {pm(ps[0])}, a {items[1][0]} for "
            f"{pm(ps[1])}, and a {items[2][0]} for {pm(ps[2])}. If the sales tax is {pp(t)}, "
            f"what is the total at the register (to the nearest cent)?")
    steps = [Step("sub", "the subtotal", add(M(ps[0]), M(ps[1]), M(ps[2]))),
             Step("tax", "the tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("total", "the total", add(R("sub"), R("tax")))]
    return T(prob, steps, "the total at the register", "the total at the register is {F}")


def t_tax_change(r):
    n, pr, _ = name(r)
    a = pick(r, SMALL)
    b = pick(r, [x for x in SMALL if x != a])
    pa, pb = price(r, a[2] + 2, a[3] + 3), price(r, b[2] + 2, b[3] + 3)
    t = pick(r, TAX)
    tot = (pa + pb) * (1 + F(t) / 100)
    bill = 50 if tot < 45 else 100
    prob = (f"{n} buys a {a[0]} for {pm(pa)} and a {b[0]} for {pm(pb)}. Sales tax is {pp(t)}. "
            f"{n} pays with a ${bill} bill. How much change should {pr} get back?")
    steps = [Step("sub", "the subtotal", add(M(pa), M(pb))),
             Step("tax", "the sales tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("total", "the total", add(R("sub"), R("tax"))),
             Step("chg", "the change", sub(M(bill), R("total")), short="Change")]
    return T(prob, steps, "the change", f"{n} should get {{F}} back in change")


def t_tax_multiplier(r):
    n, _, _ = name(r)
    one, many, lo, hi = pick(r, SMALL)
    q = r.randint(2, 8)
    p = price(r, lo + 1, hi)
    t = pick(r, TAX)
    m = 1 + F(t) / 100
    prob = (f"{n} orders {q} {many} online at {pm(p)} each. The site adds {pp(t)} sales tax "
            f"to the order. What is the order total, to the nearest cent?")
    steps = [Step("sub", "the price before tax", mul(N(q), M(p)), short="Subtotal"),
             Step("total", "the total with tax", mul(R("sub"), N(m)), short="Total with tax",
                  desc=f"Multiply by {minimal(m)} to include the {pp(t)} tax")]
    return T(prob, steps, "the order total", "the order total is {F}")


def t_tax_shipping(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo, hi)
    ship = pick(r, [F(599, 100), F(799, 100), F(495, 100), F(899, 100), F(650, 100)])
    t = pick(r, TAX)
    prob = (f"{n} orders a {item} for {pm(p)} plus {pm(ship)} shipping. The state charges "
            f"{pp(t)} sales tax on the whole order, including shipping. What is the total? "
            f"Round to the nearest cent.")
    steps = [Step("sub", "the order before tax", add(M(p), M(ship)), short="Item + shipping"),
             Step("tax", "the sales tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("total", "the total", add(R("sub"), R("tax")))]
    return T(prob, steps, "the total for the order", "the order total is {F}")


# =================================================================== tips
def t_tip_simple(r):
    n, _, _ = name(r)
    bill = price(r, 23, 96, ENDS[:12] + [37, 83, 62, 14])
    tp = pick(r, TIP)
    rest = pick(r, RESTAURANTS)
    prob = (f"{n}'s dinner at {rest} costs {pm(bill)}. {n} wants to leave {a_pp(tp)} tip. "
            f"What is the total including the tip, to the nearest cent?")
    steps = [Step("tip", "the tip", Of(P(tp), M(bill)), tag=pp(tp)),
             Step("total", "the total with tip", add(M(bill), R("tip")), short="Total")]
    return T(prob, steps, "the total with tip", "the total including tip is {F}")


def t_tip_tax(r):
    n, _, _ = name(r)
    bill = price(r, 31, 118, ENDS[:12] + [37, 83, 62, 14])
    t = pick(r, TAX)
    tp = pick(r, TIP)
    prob = (f"A meal for {n}'s family costs {pm(bill)} before tax. The tax rate is {pp(t)}, and "
            f"they tip {pp(tp)} on the pre-tax amount. What is the total cost of the meal? "
            f"Round to the nearest cent.")
    steps = [Step("tax", "the tax", Of(P(t), M(bill)), tag=pp(t)),
             Step("tip", "the tip", Of(P(tp), M(bill)), tag=pp(tp)),
             Step("total", "the total cost", add(M(bill), R("tax"), R("tip")), short="Total")]
    return T(prob, steps, "the total cost of the meal", "the meal costs {F} in total")


def t_tip_split(r):
    k = r.randint(3, 6)
    bill = price(r, 48, 190, ENDS[:12] + [37, 83, 62, 14])
    tp = pick(r, TIP)
    rest = pick(r, RESTAURANTS)
    prob = (f"{Kw(k)} friends eat at {rest}. The bill is {pm(bill)}, and they add {a_pp(tp)} tip. "
            f"If they split the total evenly, how much does each friend pay? Round to the nearest cent.")
    steps = [Step("tip", "the tip", Of(P(tp), M(bill)), tag=pp(tp)),
             Step("total", "the total", add(M(bill), R("tip"))),
             Step("each", "each friend's share", div(R("total"), N(k)), short="Each person")]
    return T(prob, steps, "how much each friend pays", "each friend pays {F}")


def t_tax_tip_split(r):
    k = r.randint(2, 5)
    fs = r.sample(FOODS, 3)
    ps = [price(r, f[2], f[3]) for f in fs]
    t = pick(r, TAX)
    tp = pick(r, TIP)
    prob = (f"{Kw(k)} coworkers order a {fs[0][0]} for {pm(ps[0])}, a {fs[1][0]} for {pm(ps[1])}, "
            f"and a {fs[2][0]} for {pm(ps[2])} to share. Tax is {pp(t)} and they tip {pp(tp)} "
            f"on the food subtotal. Split evenly, how much does each coworker pay (to the nearest cent)?")
    steps = [Step("sub", "the food subtotal", add(M(ps[0]), M(ps[1]), M(ps[2])), short="Subtotal"),
             Step("tax", "the tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("tip", "the tip", Of(P(tp), R("sub")), tag=pp(tp)),
             Step("total", "the total bill", add(R("sub"), R("tax"), R("tip")), short="Total"),
             Step("each", "each person's share", div(R("total"), N(k)), short="Per person")]
    return T(prob, steps, "each coworker's share", "each coworker pays {F}")


def t_tip_round_dollar(r):
    n, _, _ = name(r)
    bill = price(r, 27, 140, ENDS[:12] + [37, 83, 62, 14])
    tp = pick(r, TIP)
    from core import rhu
    while exact_at(bill + rhu(bill * F(tp) / 100, 2), 0):
        bill += F(7, 100)
    prob = (f"{n}'s lunch bill is {pm(bill)}. {n} wants to add {a_pp(tp)} tip and then pay "
            f"about that much in cash. To the nearest dollar, about how much should {n} pay?")
    steps = [Step("tip", "the tip", Of(P(tp), M(bill)), tag=pp(tp)),
             Step("total", "the exact total", add(M(bill), R("tip")), short="Total"),
             Step("est", "the total to the nearest dollar", R("total"), dp=0, mode="approx",
                  faultable=False, short="Rounded", desc="Round to the nearest dollar")]
    return T(prob, steps, "about how much to pay", f"{n} should pay about {{F}}")


def t_tip_compare(r):
    bill = price(r, 36, 160, ENDS[:12] + [37, 83, 62, 14])
    a, b = sorted(r.sample(["15", "18", "20", "22", "25"], 2), key=F)
    prob = (f"A dinner bill comes to {pm(bill)}. How much more is {a_pp(b)} tip than {a_pp(a)} tip? "
            f"Round each tip to the nearest cent.")
    steps = [Step("ta", f"the {pp(a)} tip", Of(P(a), M(bill)), short=f"{pp(a)} tip"),
             Step("tb", f"the {pp(b)} tip", Of(P(b), M(bill)), short=f"{pp(b)} tip"),
             Step("diff", "the difference", sub(R("tb"), R("ta")))]
    return T(prob, steps, "the difference between the two tips",
             f"the {pp(b)} tip is {{F}} more")


def t_tip_percent_given(r):
    n, _, _ = name(r)
    bill = price(r, 28, 95, ENDS[:12] + [37, 83, 62, 14])
    tip = F(r.choice([5, 6, 7, 8, 9, 10, 12, 15]))
    prob = (f"{n}'s restaurant bill was {pm(bill)} and {n} left a ${int(tip)} tip. "
            f"How much did {n} pay altogether, and what percent of the bill was the tip "
            f"(to the nearest tenth of a percent)?")
    steps = [Step("total", "the total paid", add(M(bill), M(tip))),
             Step("pct", "the tip percentage", mul(div(M(tip), M(bill)), N(100)), kind="pct",
                  short="Tip %")]
    return T(prob, steps, "the tip percentage", "the tip was about {F} of the bill")


# =================================================================== discounts
def t_discount_simple(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo, hi)
    d = pick(r, DISC)
    prob = f"A {item} that normally costs {pm(p)} is on sale for {pp(d)} off. What is the sale price?"
    steps = [Step("disc", "the discount", Of(P(d), M(p)), tag=pp(d)),
             Step("sale", "the sale price", sub(M(p), R("disc")))]
    return T(prob, steps, "the sale price", "the sale price is {F}")


def t_discount_multiplier(r):
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo, hi)
    d = pick(r, DISC)
    prob = (f"The regular price of a {item} is {pm(p)}. This week everything is {pp(d)} off. "
            f"How much does the {item} cost this week, rounded to the nearest cent?")
    steps = [Step("pay", "the percent of the price you pay", sub(Pct(100, force="pct"), Pct(d, force="pct")), kind="pct", dp=0,
                  ratio_pct=True, short="You pay", desc="Find the percent of the price you still pay"),
             Step("sale", "the sale price", Of(R("pay"), M(p)))]
    return T(prob, steps, "the sale price", "the {item} costs {{F}} this week".format(item=item))


def t_stacked(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 20, hi + 30)
    d1 = pick(r, ["20", "25", "30", "40"])
    d2 = pick(r, ["10", "15", "20"])
    prob = (f"{n} finds a {item} originally priced at {pm(p)}. It is marked {pp(d1)} off, and "
            f"{n} has a coupon for an extra {pp(d2)} off the sale price. What does {n} pay "
            f"before tax? Round to the nearest cent.")
    steps = [Step("d1", f"the {pp(d1)} discount", Of(P(d1), M(p)), short="First discount"),
             Step("s1", "the sale price", sub(M(p), R("d1"))),
             Step("d2", f"the extra {pp(d2)} off", Of(P(d2), R("s1")), short="Coupon discount"),
             Step("fin", "the final price", sub(R("s1"), R("d2")))]
    return T(prob, steps, "the final price", f"{n} pays {{F}} before tax")


def t_stacked_mult(r):
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 10, hi + 40)
    d1 = pick(r, ["20", "25", "30", "35", "40"])
    d2 = pick(r, ["10", "15", "20", "25"])
    m1, m2 = 1 - F(d1) / 100, 1 - F(d2) / 100
    prob = (f"A store takes {pp(d1)} off a {item} priced at {pm(p)}, then takes an additional "
            f"{pp(d2)} off the reduced price at checkout. What is the final price to the nearest cent?")
    steps = [Step("s1", f"the price after {pp(d1)} off", mul(M(p), N(m1, 2)), short="After first discount",
                  desc=f"Apply the {pp(d1)} discount (pay {minimal(m1 * 100)}%)"),
             Step("s2", f"the price after the extra {pp(d2)} off", mul(R("s1"), N(m2, 2)),
                  short="After second discount",
                  desc=f"Apply the extra {pp(d2)} discount (pay {minimal(m2 * 100)}%)")]
    return T(prob, steps, "the final price", "the final price is {F}")


def t_discount_coupon(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 10, hi + 10)
    d = pick(r, DISC)
    c = F(r.choice([5, 10, 15]))
    prob = (f"{n} wants a {item} that costs {pm(p)}. The store is having {a_pp(d)} off sale, "
            f"and {n} also has a ${int(c)} off coupon that is applied after the sale discount. "
            f"How much will {n} pay?")
    steps = [Step("disc", "the sale discount", Of(P(d), M(p)), tag=pp(d)),
             Step("sale", "the sale price", sub(M(p), R("disc"))),
             Step("fin", "the price after the coupon", sub(R("sale"), M(c)), short="After coupon")]
    return T(prob, steps, "the final price", f"{n} will pay {{F}}")


def t_coupon_then_pct(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 15, hi + 10)
    c = F(r.choice([10, 15, 20]))
    d = pick(r, ["10", "15", "20", "25"])
    prob = (f"A {item} costs {pm(p)}. {n} uses a ${int(c)} coupon first, and then {a_pp(d)} "
            f"loyalty discount is taken off the new price. What is the final price, rounded to the nearest cent?")
    steps = [Step("after", "the price after the coupon", sub(M(p), M(c)), short="After coupon"),
             Step("disc", "the loyalty discount", Of(P(d), R("after")), tag=pp(d)),
             Step("fin", "the final price", sub(R("after"), R("disc")))]
    return T(prob, steps, "the final price", "the final price is {F}")


def t_coupon_tax(r):
    n, _, _ = name(r)
    a = pick(r, SMALL)
    b = pick(r, [x for x in SMALL if x != a])
    qa = r.randint(2, 5)
    pa, pb = price(r, a[2] + 2, a[3] + 2), price(r, b[2] + 5, b[3] + 8)
    c = F(r.choice([3, 5, 10]))
    t = pick(r, TAX)
    prob = (f"{n} buys {qa} {a[1]} for {pm(pa)} each and one {b[0]} for {pm(pb)}. "
            f"{n} has a ${int(c)} coupon, and sales tax of {pp(t)} is charged after the coupon. "
            f"What is the total? Round to the nearest cent.")
    steps = [Step("a", f"the cost of the {a[1]}", mul(N(qa), M(pa)), short=a[1].capitalize()),
             Step("sub", "the subtotal", add(R("a"), M(pb))),
             Step("after", "the amount after the coupon", sub(R("sub"), M(c)), short="After coupon"),
             Step("tax", "the sales tax", Of(P(t), R("after")), tag=pp(t)),
             Step("total", "the total", add(R("after"), R("tax")))]
    return T(prob, steps, "the total", "the total is {F}")


def t_discount_tax(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo, hi)
    d = pick(r, DISC)
    t = pick(r, TAX)
    prob = (f"{n} buys a {item} that is {pp(d)} off its regular price of {pm(p)}. Sales tax "
            f"of {pp(t)} is added to the sale price. How much does {n} pay? Round to the nearest cent.")
    steps = [Step("disc", "the discount", Of(P(d), M(p)), tag=pp(d)),
             Step("sale", "the sale price", sub(M(p), R("disc"))),
             Step("tax", "the sales tax", Of(P(t), R("sale")), tag=pp(t)),
             Step("total", "the total", add(R("sale"), R("tax")))]
    return T(prob, steps, "the total paid", f"{n} pays {{F}}")


def t_bogo_half(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo, hi)
    t = pick(r, TAX)
    prob = (f"A shoe store has a deal: buy one {item} at full price and get a second one of the "
            f"same price for 50% off. {n} buys two at {pm(p)} each. With {pp(t)} sales tax, how "
            f"much does {n} pay? Round to the nearest cent.")
    steps = [Step("half", "the price of the second one", Of(P(50), M(p)), short="Second item (50% off)"),
             Step("sub", "the subtotal", add(M(p), R("half"))),
             Step("tax", "the sales tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("total", "the total", add(R("sub"), R("tax")))]
    return T(prob, steps, "the total cost", f"{n} pays {{F}}")


def t_stacked_vs_single(r):
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 20, hi + 40)
    d1, d2 = pick(r, [("20", "10"), ("30", "10"), ("25", "15"), ("20", "20"), ("40", "10")])
    tot = str(int(d1) + int(d2))
    m1, m2, ms = 1 - F(d1) / 100, 1 - F(d2) / 100, 1 - F(tot) / 100
    prob = (f"A {item} costs {pm(p)}. Store A offers {pp(tot)} off. Store B offers {pp(d1)} off "
            f"and then an extra {pp(d2)} off the reduced price. How much more does the {item} "
            f"cost at Store B? Round prices to the nearest cent.")
    steps = [Step("a", "the Store A price", mul(M(p), N(ms, 2)), short="Store A"),
             Step("b1", "the Store B price after the first discount", mul(M(p), N(m1, 2)),
                  short="Store B after first discount"),
             Step("b2", "the Store B final price", mul(R("b1"), N(m2, 2)), short="Store B final"),
             Step("diff", "the difference", sub(R("b2"), R("a")))]
    return T(prob, steps, "the price difference", "the item costs {F} more at Store B")


def t_clearance_tax(r):
    n, _, _ = name(r)
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 20, hi + 40)
    d1 = pick(r, ["30", "40", "50"])
    d2 = pick(r, ["10", "15", "20"])
    t = pick(r, TAX)
    prob = (f"A {item} originally priced at {pm(p)} is on the clearance rack at {pp(d1)} off. "
            f"At the register, {n} gets an extra {pp(d2)} off the clearance price, and then "
            f"{pp(t)} tax is added. What is {n}'s total? Round to the nearest cent at each step.")
    steps = [Step("c", "the clearance price", mul(M(p), Paren(sub(N(1), Pct(d1, force="dec")))),
                  short="Clearance price"),
             Step("x", "the price after the extra discount",
                  mul(R("c"), Paren(sub(N(1), Pct(d2, force="dec")))), short="After extra discount"),
             Step("tax", "the tax", Of(P(t), R("x")), tag=pp(t)),
             Step("total", "the total", add(R("x"), R("tax")))]
    return T(prob, steps, "the total", f"{n}'s total is {{F}}")


def t_member_discount_qty(r):
    n, _, _ = name(r)
    one, many, lo, hi = pick(r, SMALL)
    q = r.randint(4, 12)
    p = price(r, lo, hi)
    d = pick(r, ["5", "10", "12", "15", "20"])
    prob = (f"{n} buys {q} {many} at {pm(p)} each and gets {a_pp(d)} member discount on the "
            f"whole purchase. How much does {n} pay? Round to the nearest cent.")
    steps = [Step("sub", "the subtotal", mul(N(q), M(p))),
             Step("disc", "the member discount", Of(P(d), R("sub")), tag=pp(d)),
             Step("fin", "the amount paid", sub(R("sub"), R("disc")), short="Total")]
    return T(prob, steps, "the amount paid", f"{n} pays {{F}}")


def t_coupon_vs_sale(r):
    item, lo, hi = pick(r, CLOTHES)
    p = price(r, lo + 10, hi + 30)
    c = F(r.choice([10, 15, 20, 25]))
    d = pick(r, ["15", "20", "25", "30"])
    prob = (f"A {item} costs {pm(p)}. You can use either a ${int(c)}-off coupon or {a_pp(d)}-off "
            f"discount, but not both. How much do you save by choosing the better deal instead "
            f"of the worse one? Round to the nearest cent.")
    a = p - c
    b = p * (1 - F(d) / 100)
    steps = [Step("a", "the price with the coupon", sub(M(p), M(c)), short="With coupon"),
             Step("b", f"the price with {pp(d)} off", mul(M(p), N(1 - F(d) / 100, 2)), short=f"With {pp(d)} off")]
    if a > b:
        steps.append(Step("diff", "the amount saved", sub(R("a"), R("b")), short="Difference"))
    else:
        steps.append(Step("diff", "the amount saved", sub(R("b"), R("a")), short="Difference"))
    return T(prob, steps, "the savings from the better deal", "the better deal saves {F}")


def t_bulk_discount(r):
    one, many, lo, hi = pick(r, SMALL)
    q = r.randint(15, 40)
    p = price(r, lo, hi)
    d = pick(r, ["8", "10", "12", "15"])
    prob = (f"A school orders {q} {many} at {pm(p)} each and gets {a_pp(d)} bulk discount. "
            f"What is the final cost per item, to the nearest cent?")
    steps = [Step("sub", "the cost before the discount", mul(N(q), M(p)), short="Subtotal"),
             Step("disc", "the bulk discount", Of(P(d), R("sub")), tag=pp(d)),
             Step("tot", "the discounted total", sub(R("sub"), R("disc")), short="Total"),
             Step("each", "the cost per item", div(R("tot"), N(q)), short="Per item")]
    return T(prob, steps, "the cost per item", "each item costs {F}")


# =================================================================== unit prices
def t_unit_price(r):
    g, cont, lo, hi = pick(r, GROCERY)
    oz = r.randint(lo, hi)
    p = price(r, 2, 9)
    k = r.randint(2, 4) * 10 + r.choice([0, 4, 6])
    prob = (f"A {oz}-ounce {cont} of {g} costs {pm(p)}. What is the price per ounce, to the "
            f"nearest cent? At that rate, about how much would {k} ounces cost?")
    steps = [Step("u", "the price per ounce", div(M(p), N(oz)), unit="per ounce", short="Price per ounce"),
             Step("c", f"the cost of {k} ounces", mul(N(k), R("u")), short=f"{k} ounces")]
    return T(prob, steps, f"the cost of {k} ounces", f"{k} ounces would cost about {{F}}")


def t_unit_compare(r):
    from core import rhu
    g, cont, lo, hi = pick(r, GROCERY)
    base = F(r.randint(18, 45), 100) if hi < 60 else F(r.randint(9, 17), 100)
    while True:
        a = r.randint(lo, (lo + hi) // 2)
        b = r.randint((lo + hi) // 2 + 4, hi + 12)
        pa = F(int(a * base * F(r.randint(90, 115), 100))) + F(r.choice([49, 99, 79, 29, 69]), 100)
        pb = F(int(b * base * F(r.randint(72, 95), 100))) + F(r.choice([49, 99, 79, 29, 69]), 100)
        ua, ub = rhu(pa / a, 2), rhu(pb / b, 2)
        if abs(ua - ub) >= F(2, 100):
            break
    prob = (f"A {a}-ounce {cont} of {g} costs {pm(pa)}, and a {b}-ounce {cont} costs {pm(pb)}. "
            f"Find each price per ounce to the nearest cent. How much less per ounce is the better buy?")
    steps = [Step("ua", f"the price per ounce of the {a}-ounce {cont}", div(M(pa), N(a)),
                  unit="per ounce", short=f"{a} oz"),
             Step("ub", f"the price per ounce of the {b}-ounce {cont}", div(M(pb), N(b)),
                  unit="per ounce", short=f"{b} oz")]
    if ua >= ub:
        steps.append(Step("d", "the difference per ounce", sub(R("ua"), R("ub")), unit="per ounce",
                          short="Difference"))
    else:
        steps.append(Step("d", "the difference per ounce", sub(R("ub"), R("ua")), unit="per ounce",
                          short="Difference"))
    return T(prob, steps, "the difference in price per ounce", "the better buy is {F} less per ounce")


def t_unit_pack_vs_single(r):
    n, _, _ = name(r)
    k = r.choice([6, 8, 12])
    single = F(r.choice([89, 99, 109, 119, 125, 129, 149]), 100)
    pack = F(int(single * k * F(r.randint(68, 86), 100))) + F(r.choice([99, 49, 79]), 100)
    if pack >= single * k:
        pack -= 1
    drink = pick(r, ["sparkling water", "soda", "iced tea", "lemonade"])
    prob = (f"A {k}-pack of {drink} costs {pm(pack)}, while a single can costs {pm(single)}. "
            f"{n} needs {k * 2} cans for a party. About how much does {n} save by buying two "
            f"{k}-packs instead of single cans? Round the cost per can to the nearest cent.")
    steps = [Step("per", "the cost per can in the pack", div(M(pack), N(k)), short="Per can (pack)"),
             Step("save", "the amount saved per can", sub(M(single), R("per")), short="Savings per can"),
             Step("tot", f"the total saved on {k * 2} cans", mul(N(k * 2), R("save")), short="Total savings")]
    return T(prob, steps, "the total savings", f"{n} saves about {{F}}")


def t_price_per_pound(r):
    n, _, _ = name(r)
    fruit = r.sample(["apples", "grapes", "cherries", "bananas", "pears", "tomatoes", "peaches"], 2)
    w1, w2 = F(r.randint(11, 48), 10), F(r.randint(105, 340), 100)
    p1, p2 = price(r, 0, 3, [49, 99, 79, 29, 59, 89]), price(r, 1, 5, [49, 99, 79, 29, 59, 89])
    prob = (f"At the market, {fruit[0]} cost {pm(p1)} per pound and {fruit[1]} cost {pm(p2)} per pound. "
            f"{n} buys {minimal(w1)} pounds of {fruit[0]} and {minimal(w2)} pounds of {fruit[1]}. "
            f"What does {n} spend altogether? Round each item to the nearest cent.")
    steps = [Step("a", f"the cost of the {fruit[0]}", mul(N(w1), M(p1)), short=fruit[0].capitalize()),
             Step("b", f"the cost of the {fruit[1]}", mul(N(w2), M(p2)), short=fruit[1].capitalize()),
             Step("tot", "the total", add(R("a"), R("b")))]
    return T(prob, steps, "the total spent", f"{n} spends {{F}} altogether")


def t_deli(r):
    n, _, _ = name(r)
    meat = pick(r, ["turkey", "ham", "roast beef", "Swiss cheese", "salami"])
    w = F(r.randint(55, 240), 100)
    p = price(r, 6, 13, [99, 49, 79, 29, 59, 89])
    br = price(r, 2, 5)
    prob = (f"{n} buys {minimal(w)} pounds of {meat} at {pm(p)} per pound and a loaf of bread for "
            f"{pm(br)}. {n} pays with a $20 bill. How much change does {n} get? Round to the nearest cent.")
    tot = w * p + br
    if tot > 19:
        w = F(r.randint(55, 110), 100)
        prob = (f"{n} buys {minimal(w)} pounds of {meat} at {pm(p)} per pound and a loaf of bread for "
                f"{pm(br)}. {n} pays with a $20 bill. How much change does {n} get? Round to the nearest cent.")
    steps = [Step("m", f"the cost of the {meat}", mul(N(w), M(p)), short=meat.capitalize() if meat[0].islower() else meat),
             Step("tot", "the total", add(R("m"), M(br))),
             Step("chg", "the change", sub(M(20), R("tot")))]
    return T(prob, steps, "the change", f"{n} gets {{F}} in change")


def t_gas_fill(r):
    n, _, _ = name(r)
    gal = F(r.randint(80, 175), 10)
    ppg = F(r.randint(289, 429), 100) + F(9, 1000)
    wash = pick(r, [F(8), F(10), F(12), F(7)])
    prob = (f"Gas costs ${fixed(ppg, 3)} per gallon. {n} puts {minimal(gal)} gallons in "
            f"the tank and also buys a ${int(wash)} car wash. What is the total, to the nearest cent?")
    steps = [Step("gas", "the cost of the gas", mul(N(gal), Money(ppg, dp=3)), short="Gas"),
             Step("tot", "the total", add(R("gas"), M(wash)))]
    return T(prob, steps, "the total", "the total is {F}")


def t_gas_trip(r):
    n, _, _ = name(r)
    miles = r.randint(120, 480)
    mpg = r.choice([22, 24, 26, 28, 29, 31, 33, 35, 38])
    ppg = F(r.randint(289, 429), 100) + F(9, 1000)
    prob = (f"{n} is driving {miles} miles. The car gets {mpg} miles per gallon, and gas costs "
            f"${fixed(ppg, 3)} per gallon. About how much will the gas cost? Round the gallons to "
            f"the nearest hundredth and the cost to the nearest cent.")
    steps = [Step("gal", "the number of gallons needed", div(N(miles), N(mpg)), kind="num", unit="gallons",
                  short="Gallons"),
             Step("cost", "the cost of the gas", mul(R("gal"), Num(ppg, 3)), short="Gas cost")]
    return T(prob, steps, "the gas cost", "the gas will cost about {F}")


def t_cost_per_serving(r):
    food = pick(r, ["oatmeal", "rice", "granola", "coffee beans", "protein powder", "trail mix"])
    s = r.choice([12, 14, 16, 18, 24, 28, 30, 32])
    p = price(r, 5, 24)
    d = r.choice([5, 7, 10, 14])
    prob = (f"A container of {food} costs {pm(p)} and has {s} servings. What is the cost per serving "
            f"to the nearest cent? Using that rounded cost, how much do {d} servings cost?")
    steps = [Step("u", "the cost per serving", div(M(p), N(s)), short="Per serving"),
             Step("c", f"the cost of {d} servings", mul(N(d), R("u")), short=f"{d} servings")]
    return T(prob, steps, f"the cost of {d} servings", f"{d} servings cost about {{F}}")


# =================================================================== splitting bills
def t_split_even(r):
    k = r.randint(3, 7)
    fs = r.sample(FOODS, 3)
    ps = [price(r, f[2] * 2, f[3] * 3) for f in fs]
    prob = (f"{Kw(k)} roommates order takeout: {fs[0][1]} for {pm(ps[0])}, {fs[1][1]} for {pm(ps[1])}, "
            f"and {fs[2][1]} for {pm(ps[2])}. They split the cost equally. How much does each "
            f"roommate owe, rounded to the nearest cent?")
    steps = [Step("tot", "the total", add(M(ps[0]), M(ps[1]), M(ps[2]))),
             Step("each", "each roommate's share", div(R("tot"), N(k)), short="Each")]
    return T(prob, steps, "each roommate's share", "each roommate owes {F}")


def t_split_uneven(r):
    n, _, _ = name(r)
    k = r.randint(3, 5)
    app = price(r, 12, 29)
    meal = price(r, 11, 24)
    tp = pick(r, TIP)
    prob = (f"{Kw(k)} friends share appetizers that cost {pm(app)} in total, split evenly. {n}'s own "
            f"entree costs {pm(meal)}. {n} also adds {a_pp(tp)} tip on {n}'s part of the bill. "
            f"How much does {n} pay? Round to the nearest cent.")
    steps = [Step("share", "the share of the appetizers", div(M(app), N(k)), short="Appetizer share"),
             Step("sub", f"{n}'s part of the bill", add(R("share"), M(meal)), short="Subtotal"),
             Step("tip", "the tip", Of(P(tp), R("sub")), tag=pp(tp)),
             Step("tot", f"{n}'s total", add(R("sub"), R("tip")), short="Total")]
    return T(prob, steps, f"{n}'s total", f"{n} pays {{F}}")


def t_gift_split(r):
    k = r.randint(3, 8)
    gift = pick(r, ["a blender", "a gift card", "a watch", "headphones", "a coffee maker", "a cookbook set"])
    p = price(r, 45, 180)
    wrap = price(r, 3, 8)
    t = pick(r, TAX)
    prob = (f"{Kw(k)} coworkers chip in for {gift} that costs {pm(p)} plus {pp(t)} sales tax. They also "
            f"pay {pm(wrap)} for gift wrap (no tax on the wrap). How much does each coworker "
            f"contribute? Round to the nearest cent.")
    steps = [Step("tax", "the tax on the gift", Of(P(t), M(p)), tag=pp(t)),
             Step("tot", "the total", add(M(p), R("tax"), M(wrap))),
             Step("each", "each coworker's share", div(R("tot"), N(k)), short="Each")]
    return T(prob, steps, "each coworker's share", "each coworker contributes {F}")


def t_pizza_party(r):
    k = r.randint(5, 12)
    q = r.randint(3, 6)
    p = price(r, 12, 19)
    fee = pick(r, [F(299, 100), F(399, 100), F(499, 100), F(5)])
    tp = pick(r, TIP)
    prob = (f"A group of {k} orders {q} large pizzas at {pm(p)} each. There is a {pm(fee)} delivery "
            f"fee, and they tip the driver {pp(tp)} of the pizza cost. Split evenly, how much does "
            f"each person pay? Round to the nearest cent.")
    steps = [Step("pz", "the cost of the pizzas", mul(N(q), M(p)), short="Pizzas"),
             Step("tip", "the tip", Of(P(tp), R("pz")), tag=pp(tp)),
             Step("tot", "the total", add(R("pz"), M(fee), R("tip"))),
             Step("each", "each person's share", div(R("tot"), N(k)), short="Per person")]
    return T(prob, steps, "each person's share", "each person pays {F}")


def t_rent_split(r):
    k = r.choice([3, 4, 6])
    rent = F(r.randint(18, 42) * 50 + r.choice([0, 25]))
    util = price(r, 96, 260)
    inet = price(r, 45, 85)
    prob = (f"{Kw(k)} roommates split rent of {pm(rent)}, utilities of {pm(util)}, and internet of "
            f"{pm(inet)} equally each month. How much does each roommate pay per month, to the nearest cent?")
    steps = [Step("tot", "the total monthly cost", add(M(rent), M(util), M(inet)), short="Total"),
             Step("each", "each roommate's share", div(R("tot"), N(k)), short="Each")]
    return T(prob, steps, "each roommate's monthly share", "each roommate pays {F} per month")


# =================================================================== simple interest
def t_si_basic(r):
    n, _, _ = name(r)
    P_ = F(r.randint(8, 60) * 250)
    rate = pick(r, ["2.5", "3", "3.25", "3.75", "4", "4.5", "5.2", "4.35"])
    t = r.randint(2, 6)
    prob = (f"{n} deposits {pm(P_)} in an account that pays {pp(rate)} simple interest per year. "
            f"How much will be in the account after {t} years? Round to the nearest cent.")
    steps = [Step("i", "the interest", mul(mul(M(P_), P(rate)), N(t)), short="Interest"),
             Step("tot", "the final balance", add(M(P_), R("i")), short="Balance")]
    return T(prob, steps, "the balance", f"{n} will have {{F}} in the account")


def t_si_months(r):
    n, _, _ = name(r)
    P_ = F(r.randint(6, 48) * 500)
    rate = pick(r, ["3", "3.5", "4", "4.25", "4.8", "5", "5.5"])
    m = r.choice([3, 5, 7, 8, 9, 10, 11])
    prob = (f"{n} invests {pm(P_)} at {pp(rate)} simple annual interest for {m} months. How much "
            f"interest does {n} earn? Round to the nearest cent.")
    steps = [Step("yr", "one year of interest", Of(P(rate), M(P_)), short="Interest per year"),
             Step("i", f"the interest for {m} months", mul(R("yr"), div(N(m), N(12))),
                  short=f"Interest for {m} months")]
    return T(prob, steps, "the interest earned", f"{n} earns {{F}} in interest")


def t_si_compare(r):
    P_ = F(r.randint(4, 40) * 500)
    ra, rb = sorted(r.sample(["2.75", "3.1", "3.6", "4", "4.2", "4.65", "5.05"], 2), key=F)
    t = r.randint(2, 5)
    prob = (f"Bank A pays {pp(ra)} simple interest and Bank B pays {pp(rb)} simple interest per year. "
            f"How much more interest would {pm(P_)} earn at Bank B over {t} years? Round to the nearest cent.")
    steps = [Step("a", "the interest at Bank A", mul(mul(M(P_), P(ra)), N(t)), short="Bank A"),
             Step("b", "the interest at Bank B", mul(mul(M(P_), P(rb)), N(t)), short="Bank B"),
             Step("d", "the difference", sub(R("b"), R("a")))]
    return T(prob, steps, "the extra interest", "Bank B earns {F} more")


def t_loan_monthly(r):
    n, _, _ = name(r)
    P_ = F(r.randint(12, 90) * 100)
    rate = pick(r, ["4", "5.5", "6", "6.9", "7.25", "8"])
    y = r.randint(2, 4)
    prob = (f"{n} borrows {pm(P_)} for {y} years at {pp(rate)} simple interest per year. If {n} pays "
            f"back the loan plus interest in equal monthly payments, how much is each payment? "
            f"Round to the nearest cent.")
    steps = [Step("i", "the total interest", mul(mul(M(P_), P(rate)), N(y)), short="Interest"),
             Step("tot", "the total to repay", add(M(P_), R("i")), short="Total owed"),
             Step("mo", "the monthly payment", div(R("tot"), N(12 * y)), short="Monthly payment")]
    return T(prob, steps, "the monthly payment", "each monthly payment is {F}")


def t_credit_card(r):
    n, _, _ = name(r)
    apr = pick(r, ["18.99", "19.99", "21.49", "22.9", "24.99", "17.49"])
    bal = price(r, 350, 2400)
    prob = (f"{n}'s credit card has an APR of {pp(apr)}. The monthly rate is the APR divided by 12. "
            f"Rounding the monthly rate to the nearest hundredth of a percent, how much interest is "
            f"charged on a balance of {pm(bal)} for one month? Round to the nearest cent.")
    steps = [Step("mr", "the monthly rate", div(Pct(apr, force="pct"), N(12)), kind="pct", dp=2,
                  ratio_pct=True, short="Monthly rate"),
             Step("i", "the interest for the month", Of(R("mr"), M(bal)), short="Interest")]
    return T(prob, steps, "the monthly interest", "the interest charge is {F}")


def t_late_fee(r):
    n, _, _ = name(r)
    bal = price(r, 140, 900)
    fee = pick(r, ["1.5", "2", "1.25", "1.75"])
    pay = F(r.randint(4, 12) * 10)
    prob = (f"{n} owes {pm(bal)} on a store card and pays {pm(pay)}. A finance charge of {pp(fee)} "
            f"is added to the remaining balance. What is the new balance? Round to the nearest cent.")
    steps = [Step("rem", "the remaining balance", sub(M(bal), M(pay)), short="Remaining"),
             Step("fc", "the finance charge", Of(P(fee), R("rem")), tag=pp(fee)),
             Step("new", "the new balance", add(R("rem"), R("fc")))]
    return T(prob, steps, "the new balance", "the new balance is {F}")


# =================================================================== commission / pay
def t_commission(r):
    n, _, _ = name(r)
    base = F(r.randint(30, 70) * 10)
    sales = price(r, 3000, 14000, [0, 50, 25, 75, 40, 80])
    rate = pick(r, ["3", "4.5", "5", "6", "7.5", "8", "2.75"])
    prob = (f"{n} earns a base pay of {pm(base)} per week plus {a_pp(rate)} commission on sales. "
            f"This week {n} sold {pm(sales)} worth of merchandise. What were {n}'s total earnings "
            f"for the week? Round to the nearest cent.")
    steps = [Step("c", "the commission", Of(P(rate), M(sales)), tag=pp(rate)),
             Step("tot", "the total pay", add(M(base), R("c")), short="Total pay")]
    return T(prob, steps, "the week's earnings", f"{n} earned {{F}} this week")


def t_commission_tiered(r):
    n, _, _ = name(r)
    cut = F(r.choice([5000, 8000, 10000]))
    sales = cut + price(r, 1200, 9000, [0, 50, 25, 75])
    r1, r2 = pick(r, [("4", "6"), ("3", "5"), ("5", "7.5"), ("2.5", "4")])
    prob = (f"{n} earns {pp(r1)} commission on the first {pm(cut)} of sales and {pp(r2)} on "
            f"everything above that. Last month {n} sold {pm(sales)}. How much commission did {n} earn? "
            f"Round to the nearest cent.")
    steps = [Step("c1", f"the commission on the first {pm(cut)}", Of(P(r1), M(cut)), short="First tier"),
             Step("rest", "the amount of sales above the cutoff", sub(M(sales), M(cut)), short="Sales above"),
             Step("c2", "the commission on the rest", Of(P(r2), R("rest")), short="Second tier"),
             Step("tot", "the total commission", add(R("c1"), R("c2")), short="Total")]
    return T(prob, steps, "the total commission", f"{n} earned {{F}} in commission")


def t_commission_week(r):
    n, _, _ = name(r)
    s = [price(r, 380, 1900) for _ in range(3)]
    rate = pick(r, ["4", "5.5", "6", "7", "8.5", "9"])
    prob = (f"{n} sells furniture on commission. Sales were {pm(s[0])} on Friday, {pm(s[1])} on "
            f"Saturday, and {pm(s[2])} on Sunday. At {a_pp(rate)} commission rate, how much did {n} "
            f"earn over the weekend? Round to the nearest cent.")
    steps = [Step("tot", "the sales total", add(M(s[0]), M(s[1]), M(s[2])), short="Total sales"),
             Step("c", "the commission", Of(P(rate), R("tot")), tag=pp(rate))]
    return T(prob, steps, "the commission", f"{n} earned {{F}}")


def t_realestate(r):
    n, _, _ = name(r)
    pr = F(r.randint(180, 640) * 1000 + r.choice([0, 500, 900]))
    rate = pick(r, ["5", "5.5", "6"])
    share = pick(r, ["40", "45", "50", "60"])
    prob = (f"A house sells for {pm(pr)}. The total commission is {pp(rate)} of the sale price, and "
            f"the listing agent, {n}, keeps {pp(share)} of that commission. How much does {n} earn?")
    steps = [Step("c", "the total commission", Of(P(rate), M(pr)), tag=pp(rate)),
             Step("a", f"{n}'s share", Of(P(share), R("c")), tag=pp(share))]
    return T(prob, steps, "the agent's earnings", f"{n} earns {{F}}")


def t_overtime(r):
    n, _, _ = name(r)
    w = price(r, 14, 32, [0, 25, 50, 75, 40, 60, 85, 15])
    ot = F(r.randint(3, 14)) + F(r.choice([0, 0, 5]), 10)
    prob = (f"{n} earns {pm(w)} per hour and time-and-a-half for overtime. Last week {n} worked "
            f"40 regular hours and {minimal(ot)} overtime hours. What was {n}'s gross pay? Round to the nearest cent.")
    steps = [Step("reg", "the regular pay", mul(N(40), M(w)), short="Regular pay"),
             Step("otr", "the overtime rate", mul(M(w), N(F(3, 2), 1)), short="Overtime rate", unit="per hour"),
             Step("otp", "the overtime pay", mul(N(ot), R("otr")), short="Overtime pay"),
             Step("tot", "the gross pay", add(R("reg"), R("otp")), short="Gross pay")]
    return T(prob, steps, "the gross pay", f"{n}'s gross pay was {{F}}")


def t_paycheck(r):
    n, _, _ = name(r)
    w = price(r, 13, 29, [0, 25, 50, 75, 40, 60, 85, 15])
    h = F(r.randint(18, 40)) + F(r.choice([0, 0, 5, 25, 75]), 100)
    tr = pick(r, ["12", "15", "18", "7.65", "22"])
    prob = (f"{n} worked {minimal(h)} hours at {pm(w)} per hour. {pp(tr)} of the gross pay is "
            f"withheld for taxes. What is {n}'s take-home pay? Round to the nearest cent.")
    steps = [Step("g", "the gross pay", mul(N(h), M(w)), short="Gross pay"),
             Step("t", "the amount withheld", Of(P(tr), R("g")), tag=pp(tr)),
             Step("net", "the take-home pay", sub(R("g"), R("t")), short="Net pay")]
    return T(prob, steps, "the take-home pay", f"{n} takes home {{F}}")


def t_raise_weekly(r):
    n, _, _ = name(r)
    w = price(r, 15, 34, [0, 25, 50, 75, 40, 60, 85, 15])
    rz = pick(r, ["3", "3.5", "4", "4.5", "5", "6"])
    h = r.choice([20, 25, 30, 32, 35, 38, 40])
    prob = (f"{n} makes {pm(w)} an hour and gets {a_pp(rz)} raise. Rounding the new wage to the "
            f"nearest cent, how much will {n} earn in a {h}-hour week?")
    m = 1 + F(rz) / 100
    steps = [Step("nw", "the new hourly wage", mul(M(w), N(m)), short="New wage", unit="per hour"),
             Step("wk", "the weekly pay", mul(N(h), R("nw")), short="Weekly pay")]
    return T(prob, steps, "the new weekly pay", f"{n} will earn {{F}} per week")


# =================================================================== percent change
def t_pct_increase(r):
    thing = pick(r, ["a gallon of milk", "a movie ticket", "a monthly bus pass", "a dozen eggs",
                     "a streaming subscription", "a cup of coffee", "a haircut"])
    old = price(r, 3, 60)
    new = old * F(r.randint(104, 135), 100)
    new = F(int(new * 100), 100)
    new = F(int(new)) + F(r.choice([49, 99, 29, 79, 25, 50]), 100)
    if new <= old:
        new = old + F(r.randint(30, 250), 100)
    prob = (f"The price of {thing} went from {pm(old)} to {pm(new)}. What is the percent increase, "
            f"to the nearest tenth of a percent?")
    steps = [Step("d", "the increase", sub(M(new), M(old)), short="Increase"),
             Step("p", "the percent increase", mul(div(R("d"), M(old)), N(100)), kind="pct",
                  short="Percent increase")]
    return T(prob, steps, "the percent increase", "the price increased by about {F}")


def t_pct_decrease(r):
    n, _, _ = name(r)
    thing = pick(r, ["electric bill", "grocery bill", "phone bill", "water bill", "gas bill"])
    old = price(r, 60, 240)
    new = old - F(r.randint(int(old * 5), int(old * 36)), 100)
    prob = (f"{n}'s {thing} dropped from {pm(old)} in March to {pm(new)} in April. By what percent "
            f"did it decrease? Round to the nearest tenth of a percent.")
    steps = [Step("d", "the decrease", sub(M(old), M(new)), short="Decrease"),
             Step("p", "the percent decrease", mul(div(R("d"), M(old)), N(100)), kind="pct",
                  short="Percent decrease")]
    return T(prob, steps, "the percent decrease", "the bill decreased by about {F}")


def t_pct_change_ratio(r):
    shop = pick(r, ["bakery", "food truck", "bookstore", "coffee shop", "flower shop"])
    old = F(r.randint(1800, 9400)) + F(r.choice([0, 50, 25, 75]), 100)
    new = old + F(r.randint(int(old * 6), int(old * 48)), 100)
    new = F(int(new)) + F(r.choice([0, 50, 25, 75]), 100)
    prob = (f"A {shop} made {pm(old)} in sales in June and {pm(new)} in July. What was the percent "
            f"increase in sales? Give the answer to the nearest tenth of a percent.")
    steps = [Step("d", "the increase in sales", sub(M(new), M(old)), short="Increase"),
             Step("p", "the percent increase", mul(div(R("d"), M(old)), Pct(100, force="pct")), kind="pct",
                  ratio_pct=True, short="Percent increase")]
    return T(prob, steps, "the percent increase", "sales increased by about {F}")


def t_price_increase(r):
    thing = pick(r, ["a yearly gym membership", "a season pass", "a laptop", "a bike", "a phone plan"])
    old = price(r, 90, 640)
    inc = pick(r, ["3", "4.5", "5", "6", "7.5", "8", "12"])
    prob = (f"The price of {thing} was {pm(old)}. It went up by {pp(inc)}. What is the new price, "
            f"to the nearest cent?")
    steps = [Step("i", "the increase", Of(P(inc), M(old)), tag=pp(inc)),
             Step("new", "the new price", add(M(old), R("i")))]
    return T(prob, steps, "the new price", "the new price is {F}")


def t_markup(r):
    item = pick(r, ["lamp", "rug", "bike helmet", "tea kettle", "desk chair", "blender"])
    cost = price(r, 12, 95)
    mk = pick(r, ["35", "40", "45", "50", "60", "65"])
    t = pick(r, TAX)
    prob = (f"A store buys a {item} for {pm(cost)} and marks it up {pp(mk)}. A customer then pays "
            f"{pp(t)} sales tax on the store's price. What does the customer pay? Round to the nearest cent.")
    steps = [Step("m", "the markup", Of(P(mk), M(cost)), tag=pp(mk)),
             Step("p", "the store's price", add(M(cost), R("m")), short="Selling price"),
             Step("tax", "the sales tax", Of(P(t), R("p")), tag=pp(t)),
             Step("tot", "the customer's total", add(R("p"), R("tax")), short="Total")]
    return T(prob, steps, "the customer's total", "the customer pays {F}")


def t_markup_discount(r):
    item = pick(r, ["jacket", "coffee table", "pair of headphones", "watch", "suitcase"])
    cost = price(r, 20, 160)
    mk, d = pick(r, [("50", "20"), ("60", "25"), ("75", "30"), ("80", "25"), ("40", "15"),
                     ("60", "30"), ("50", "25"), ("75", "20")])
    prob = (f"A store pays {pm(cost)} for a {item}, marks the price up {pp(mk)}, and later puts it on "
            f"sale for {pp(d)} off. How much profit does the store make if it sells the {item} at the "
            f"sale price? Round to the nearest cent.")
    steps = [Step("p", "the marked-up price", mul(M(cost), N(1 + F(mk) / 100, 2)), short="Marked-up price"),
             Step("s", "the sale price", mul(R("p"), N(1 - F(d) / 100, 2)), short="Sale price"),
             Step("pr", "the profit", sub(R("s"), M(cost)))]
    return T(prob, steps, "the profit", "the store makes {F} profit")


def t_stock_gain(r):
    n, _, _ = name(r)
    sh = r.randint(8, 60)
    buy = price(r, 12, 140)
    sell = buy * F(r.randint(105, 140), 100)
    sell = F(int(sell)) + F(r.choice([15, 40, 62, 88, 5, 33]), 100)
    if sell <= buy:
        sell = buy + 3
    prob = (f"{n} bought {sh} shares of a stock at {pm(buy)} per share and sold them all at "
            f"{pm(sell)} per share. What was the percent gain, to the nearest tenth of a percent?")
    steps = [Step("c", "the purchase cost", mul(N(sh), M(buy)), short="Cost"),
             Step("v", "the sale amount", mul(N(sh), M(sell)), short="Sale"),
             Step("g", "the gain", sub(R("v"), R("c"))),
             Step("p", "the percent gain", mul(div(R("g"), R("c")), N(100)), kind="pct",
                  short="Percent gain")]
    return T(prob, steps, "the percent gain", "the percent gain is about {F}")


# =================================================================== averages
def t_avg_prices(r):
    thing = pick(r, ["a latte", "a bag of coffee", "a box of cereal", "a loaf of bread", "a pound of coffee"])
    k = r.choice([3, 4, 5])
    ps = [price(r, 3, 9) for _ in range(k)]
    where = ", ".join(pm(p) for p in ps[:-1]) + f", and {pm(ps[-1])}"
    prob = (f"{Kw(k)} stores charge {where} for {thing}. What is the average price, rounded to the nearest cent?")
    steps = [Step("s", "the sum of the prices", add(*[M(p) for p in ps]), short="Sum"),
             Step("a", "the average price", div(R("s"), N(k)), short="Average")]
    return T(prob, steps, "the average price", "the average price is about {F}")


def t_avg_gas(r):
    ps = [F(r.randint(319, 389), 100) + F(9, 1000) for _ in range(4)]
    prob = (f"Over four weeks, the price of regular gas was ${fixed(ps[0], 3)}, ${fixed(ps[1], 3)}, "
            f"${fixed(ps[2], 3)}, and ${fixed(ps[3], 3)} per gallon. What was the average price per "
            f"gallon, to the nearest tenth of a cent?")
    steps = [Step("s", "the sum", add(*[Money(p, dp=3) for p in ps]), dp=3, short="Sum"),
             Step("a", "the average", div(R("s"), N(4)), dp=3, unit="per gallon", short="Average")]
    return T(prob, steps, "the average gas price", "the average price was about {F} per gallon")


def t_avg_spend_day(r):
    n, _, _ = name(r)
    g = price(r, 60, 140)
    e = price(r, 25, 90)
    o = price(r, 10, 45)
    prob = (f"In one week {n} spent {pm(g)} on groceries, {pm(e)} eating out, and {pm(o)} on coffee "
            f"and snacks. On average, how much did {n} spend on food per day? Round to the nearest cent.")
    steps = [Step("t", "the weekly total", add(M(g), M(e), M(o)), short="Weekly total"),
             Step("d", "the average per day", div(R("t"), N(7)), short="Per day")]
    return T(prob, steps, "the average daily spending", f"{n} spent about {{F}} per day")


def t_avg_then_diff(r):
    n, _, _ = name(r)
    item = pick(r, ["pair of running shoes", "blender", "desk lamp", "backpack"])
    ps = [price(r, 38, 95) for _ in range(3)]
    mine = price(r, 35, 90)
    prob = (f"Three websites sell the same {item} for {pm(ps[0])}, {pm(ps[1])}, and {pm(ps[2])}. "
            f"{n} found it for {pm(mine)} at a local store. How far is the local price from the "
            f"average online price? Round the average to the nearest cent.")
    steps = [Step("s", "the sum of the online prices", add(*[M(p) for p in ps]), short="Sum"),
             Step("a", "the average online price", div(R("s"), N(3)), short="Average")]
    avg = (sum(ps) / 3)
    from core import rhu
    if rhu(avg, 2) >= mine:
        steps.append(Step("d", "the difference", sub(R("a"), M(mine))))
    else:
        steps.append(Step("d", "the difference", sub(M(mine), R("a"))))
    return T(prob, steps, "the difference from the average", "the difference is {F}")


def t_avg_monthly_bill(r):
    n, _, _ = name(r)
    bills = [price(r, 38, 150) for _ in range(3)]
    prob = (f"{n}'s phone bills for the last three months were {pm(bills[0])}, {pm(bills[1])}, and "
            f"{pm(bills[2])}. What was the average monthly bill, and at that average, about how much "
            f"would {n} pay in a year? Round the average to the nearest cent.")
    steps = [Step("s", "the total for three months", add(*[M(b) for b in bills]), short="Total"),
             Step("a", "the average bill", div(R("s"), N(3)), short="Average"),
             Step("y", "the yearly cost", mul(R("a"), N(12)), short="Yearly")]
    return T(prob, steps, "the estimated yearly cost", f"{n} would pay about {{F}} in a year")


# =================================================================== percent of / budgets
def t_pct_of_budget(r):
    n, _, _ = name(r)
    inc = F(r.randint(28, 75) * 100 + r.choice([0, 50, 25, 75]))
    rent = F(r.randint(8, 24) * 50 + r.choice([0, 25]))
    prob = (f"{n} takes home {pm(inc)} a month and pays {pm(rent)} in rent. How much is left after "
            f"rent, and what percent of {n}'s take-home pay goes to rent? Round to the nearest tenth of a percent.")
    steps = [Step("left", "the amount left after rent", sub(M(inc), M(rent)), short="Left over"),
             Step("p", "the percent spent on rent", mul(div(M(rent), M(inc)), N(100)), kind="pct",
                  short="Rent share")]
    return T(prob, steps, "the percent of pay spent on rent", "about {F} of the pay goes to rent")


def t_savings_rate(r):
    n, _, _ = name(r)
    inc = price(r, 2400, 6800, [0, 50, 25, 75])
    ex = [F(int(inc * F(r.randint(12, 28), 100))) + F(r.choice(ENDS), 100) for _ in range(3)]
    prob = (f"{n} earned {pm(inc)} last month and spent {pm(ex[0])} on housing, {pm(ex[1])} on "
            f"bills, and {pm(ex[2])} on everything else. What percent of the income did {n} save? "
            f"Round to the nearest tenth of a percent.")
    steps = [Step("e", "the total spending", add(*[M(x) for x in ex]), short="Spending"),
             Step("s", "the amount saved", sub(M(inc), R("e")), short="Saved"),
             Step("p", "the savings rate", mul(div(R("s"), M(inc)), N(100)), kind="pct",
                  short="Savings rate")]
    return T(prob, steps, "the savings rate", f"{n} saved about {{F}} of the income")


def t_what_pct_discount(r):
    item, lo, hi = pick(r, CLOTHES)
    old = price(r, lo, hi)
    new = F(int(old * F(r.randint(55, 88), 100))) + F(r.choice([99, 49, 0, 95]), 100)
    if new >= old:
        new = old - 5
    prob = (f"A {item} that was {pm(old)} is now on sale for {pm(new)}. How much do you save, and "
            f"what percent discount is that, to the nearest tenth of a percent?")
    steps = [Step("s", "the amount saved", sub(M(old), M(new)), short="Savings"),
             Step("p", "the percent discount", mul(div(R("s"), M(old)), N(100)), kind="pct",
                  short="Percent off")]
    return T(prob, steps, "the percent discount", "the discount is about {F}")


def t_tax_rate_from_receipt(r):
    n, _, _ = name(r)
    sub_ = price(r, 24, 140)
    t = pick(r, TAX)
    tot = sub_ + F(int(sub_ * F(t) / 100 * 100 + F(1, 2)), 100)
    prob = (f"{n}'s receipt shows a subtotal of {pm(sub_)} and a total of {pm(tot)} after tax. "
            f"What is the sales tax rate, to the nearest tenth of a percent?")
    steps = [Step("tax", "the tax paid", sub(M(tot), M(sub_)), short="Tax"),
             Step("rate", "the tax rate", mul(div(R("tax"), M(sub_)), N(100)), kind="pct",
                  short="Tax rate")]
    return T(prob, steps, "the tax rate", "the tax rate is about {F}")


def t_fundraiser(r):
    club = pick(r, ["The drama club", "The robotics team", "A scout troop", "The band", "The soccer team"])
    q = r.randint(80, 340)
    prof = price(r, 1, 4, [25, 50, 75, 40, 60, 85, 10])
    goal = F(r.randint(8, 20) * 100)
    prob = (f"{club} sells {q} candy bars and makes {pm(prof)} profit on each one. Their goal is "
            f"{pm(goal)}. How much profit did they make, and what percent of the goal is that? "
            f"Round to the nearest tenth of a percent.")
    steps = [Step("p", "the total profit", mul(N(q), M(prof)), short="Profit"),
             Step("pct", "the percent of the goal", mul(div(R("p"), M(goal)), N(100)), kind="pct",
                  short="Percent of goal")]
    return T(prob, steps, "the percent of the goal", "they reached about {F} of the goal")


def t_partner_share(r):
    n1, _, _ = name(r)
    n2, _, _ = name(r, (n1,))
    rev = price(r, 4000, 19000, [0, 50, 25, 75])
    costs = price(r, 1500, 3900)
    sh = pick(r, ["35", "40", "45", "55", "60", "62.5"])
    prob = (f"{n1} and {n2} run a small business. Last quarter it took in {pm(rev)} and had "
            f"{pm(costs)} in expenses. {n1} owns {pp(sh)} of the business. How much of the profit "
            f"goes to {n1}? Round to the nearest cent.")
    steps = [Step("p", "the profit", sub(M(rev), M(costs))),
             Step("s", f"{n1}'s share", Of(P(sh), R("p")), tag=pp(sh))]
    return T(prob, steps, f"{n1}'s share of the profit", f"{n1} gets {{F}}")


# =================================================================== currency / bills / misc
def t_currency(r):
    n, _, _ = name(r)
    usd = F(r.randint(3, 20) * 50)
    fee = pick(r, ["2", "2.5", "3", "3.5"])
    rate = F(r.randint(8950, 9450), 10000)
    prob = (f"Before a trip, {n} exchanges {pm(usd)} for euros. The exchange booth charges {a_pp(fee)} "
            f"fee, taken out of the dollars first, and the rate is 1 USD = {fixed(rate, 4)} EUR. How "
            f"many euros does {n} get, to the nearest cent?")
    steps = [Step("f", "the fee", Of(P(fee), M(usd)), tag=pp(fee)),
             Step("net", "the dollars exchanged", sub(M(usd), R("f")), short="After fee"),
             Step("eur", "the amount in euros", mul(R("net"), Num(rate, 4)), cur="€", short="Euros")]
    return T(prob, steps, "the amount in euros", f"{n} gets {{F}}")


def t_currency_back(r):
    n, _, _ = name(r)
    items = [price(r, 4, 38) for _ in range(3)]
    rate = F(r.randint(10550, 11050), 10000)
    prob = (f"On vacation in Spain, {n} buys souvenirs for €{fixed(items[0], 2)}, €{fixed(items[1], 2)}, "
            f"and €{fixed(items[2], 2)}. If 1 euro = {fixed(rate, 4)} US dollars, about how much did "
            f"{n} spend in dollars? Round to the nearest cent.")
    steps = [Step("s", "the total in euros", add(*[Money(x, "€") for x in items]), cur="€", short="Total"),
             Step("d", "the total in dollars", mul(R("s"), Num(rate, 4)), short="In dollars")]
    return T(prob, steps, "the total in dollars", f"{n} spent about {{F}}")


def t_subscription(r):
    svc = pick(r, ["music streaming", "video streaming", "cloud storage", "meal-kit", "news"])
    mo = price(r, 6, 19, [99, 49, 95, 0])
    yr = F(int(mo * 12 * F(r.randint(72, 90), 100))) + F(r.choice([99, 0, 49]), 100)
    prob = (f"A {svc} service costs {pm(mo)} per month, or {pm(yr)} if you pay for a full year up "
            f"front. How much do you save with the yearly plan, and what percent of the monthly-plan "
            f"cost is that? Round to the nearest tenth of a percent.")
    steps = [Step("m12", "the cost of 12 monthly payments", mul(M(mo), N(12)), short="Monthly plan for a year"),
             Step("s", "the amount saved", sub(R("m12"), M(yr)), short="Savings"),
             Step("p", "the percent saved", mul(div(R("s"), R("m12")), N(100)), kind="pct",
                  short="Percent saved")]
    return T(prob, steps, "the percent saved", "the yearly plan saves about {F}")


def t_electric(r):
    kwh = r.randint(380, 1250)
    rate = F(r.randint(1100, 1890), 10000)
    fee = price(r, 8, 15, [0, 50, 95, 75])
    t = pick(r, ["3", "4", "5", "6.25"])
    prob = (f"An electric bill charges ${fixed(rate, 4)} per kWh plus a {pm(fee)} service fee. {a_pp(t, True)} "
            f"utility tax is added to the total of those two. If a household used {kwh} kWh, what is the "
            f"bill? Round to the nearest cent at each step.")
    steps = [Step("e", "the energy charge", mul(N(kwh), Num(rate, 4)), short="Energy charge"),
             Step("sub", "the amount before tax", add(R("e"), M(fee)), short="Subtotal"),
             Step("tax", "the utility tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("tot", "the total bill", add(R("sub"), R("tax")), short="Total")]
    return T(prob, steps, "the electric bill", "the bill is {F}")


def t_phone_overage(r):
    n, _, _ = name(r)
    base = price(r, 35, 65, [0, 99, 50])
    plan = r.choice([5, 10, 15, 20])
    used = F(plan) + F(r.randint(12, 64), 10)
    per = pick(r, [F(10), F(15), F(8), F(12)])
    t = pick(r, ["6", "7.5", "9", "10.5"])
    prob = (f"{n}'s phone plan is {pm(base)} a month for {plan} GB of data, plus {pm(per)} for each extra GB "
            f"(charged by the exact amount used). {n} used {minimal(used)} GB this month, and taxes and "
            f"fees add {pp(t)} to the bill. What is the total bill? Round to the nearest cent.")
    steps = [Step("x", "the extra data", sub(N(used), N(plan)), kind="num", dp=1, unit="GB", short="Extra data",
                  faultable=True),
             Step("oc", "the overage charge", mul(R("x"), M(per)), short="Overage"),
             Step("sub", "the bill before taxes", add(M(base), R("oc")), short="Subtotal"),
             Step("tax", "the tax-and-fee charge", Of(P(t), R("sub")), tag=pp(t)),
             Step("tot", "the total bill", add(R("sub"), R("tax")), short="Total")]
    return T(prob, steps, "the total bill", f"{n}'s bill is {{F}}")


def t_estimate_grocery(r):
    n, _, _ = name(r)
    items = r.sample(["milk", "bread", "eggs", "cheese", "apples", "chicken", "rice", "butter"], 3)
    ps = []
    for _ in range(3):
        while True:
            p = price(r, 1, 12, [49, 99, 79, 29, 39, 89, 19, 65, 35, 15])
            if (p * 100) % 100 != 50:
                break
        ps.append(p)
    prob = (f"{n} buys {items[0]} for {pm(ps[0])}, {items[1]} for {pm(ps[1])}, and {items[2]} for "
            f"{pm(ps[2])}. First estimate the total by rounding each price to the nearest dollar, then "
            f"find the exact total. How far off was the estimate?")
    steps = [Step(f"r{i}", f"the {items[i]} price", M(ps[i]), dp=0, mode="approx", faultable=False,
                  short=f"{items[i].capitalize()}", desc=f"Round the {items[i]} price to the nearest dollar")
             for i in range(3)]
    steps.append(Step("est", "the estimate", add(R("r0"), R("r1"), R("r2")), dp=0, short="Estimate"))
    steps.append(Step("ex", "the exact total", add(*[M(p) for p in ps]), short="Exact total"))
    from core import rhu
    est = sum(rhu(p, 0) for p in ps)
    ex = sum(ps)
    if ex >= est:
        steps.append(Step("d", "the difference", sub(R("ex"), R("est"))))
    else:
        steps.append(Step("d", "the difference", sub(R("est"), R("ex"))))
    return T(prob, steps, "how far off the estimate was", "the estimate was off by {F}")


def t_cashback(r):
    n, _, _ = name(r)
    sp = [price(r, 40, 420) for _ in range(3)]
    cb = pick(r, ["1.5", "2", "1", "3", "1.25"])
    prob = (f"{n}'s credit card gives {pp(cb)} cash back. This month {n} charged {pm(sp[0])} for groceries, "
            f"{pm(sp[1])} for gas, and {pm(sp[2])} for other purchases. How much cash back does {n} earn? "
            f"Round to the nearest cent.")
    steps = [Step("s", "the total spending", add(*[M(x) for x in sp]), short="Total charged"),
             Step("c", "the cash back", Of(P(cb), R("s")), tag=pp(cb))]
    return T(prob, steps, "the cash back", f"{n} earns {{F}} cash back")


def t_tickets_fee(r):
    n, _, _ = name(r)
    q = r.randint(2, 6)
    p = price(r, 28, 120, [50, 0, 95, 75, 25])
    fee = pick(r, ["8", "10", "12", "12.5", "15"])
    fac = pick(r, [F(3), F(4), F(5), F(250, 100)])
    prob = (f"{n} buys {q} concert tickets at {pm(p)} each. The site adds {a_pp(fee)} service fee on the "
            f"ticket price and a flat {pm(fac)} facility charge per ticket. What is the total? Round to the nearest cent.")
    steps = [Step("t", "the ticket cost", mul(N(q), M(p)), short="Tickets"),
             Step("sf", "the service fee", Of(P(fee), R("t")), tag=pp(fee)),
             Step("fc", "the total facility charge", mul(N(q), M(fac)), short="Facility charges"),
             Step("tot", "the total", add(R("t"), R("sf"), R("fc")))]
    return T(prob, steps, "the total cost", f"{n} pays {{F}} in total")


def t_savings_weeks(r):
    n, _, _ = name(r)
    goal = price(r, 180, 900, [0, 99, 50])
    have = price(r, 20, 150)
    wk = price(r, 15, 60, [0, 50, 25, 75])
    thing = pick(r, ["a new bike", "a tablet", "concert tickets", "a guitar", "a game console"])
    prob = (f"{n} is saving for {thing} that costs {pm(goal)}. {n} already has {pm(have)} and saves "
            f"{pm(wk)} each week. About how many weeks will it take? Round to the nearest tenth of a week.")
    steps = [Step("need", "the amount still needed", sub(M(goal), M(have)), short="Still needed"),
             Step("w", "the number of weeks", div(R("need"), M(wk)), kind="num", dp=1, unit="weeks",
                  short="Weeks")]
    return T(prob, steps, "the number of weeks", "it will take about {F} weeks")


def t_car_rental(r):
    n, _, _ = name(r)
    d = r.randint(2, 7)
    rate = price(r, 29, 69, [99, 95, 50, 0])
    mi = r.randint(120, 560)
    mrate = F(r.choice([15, 18, 20, 22, 25]), 100)
    t = pick(r, TAX)
    prob = (f"{n} rents a car for {d} days at {pm(rate)} per day plus ${fixed(mrate, 2)} per mile. "
            f"{n} drives {mi} miles. With {pp(t)} tax on the whole rental, what is the total? Round to the nearest cent.")
    steps = [Step("dc", "the daily-rate cost", mul(N(d), M(rate)), short="Daily charges"),
             Step("mc", "the mileage charge", mul(N(mi), M(mrate)), short="Mileage"),
             Step("sub", "the subtotal", add(R("dc"), R("mc"))),
             Step("tax", "the tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("tot", "the total", add(R("sub"), R("tax")))]
    return T(prob, steps, "the rental total", "the rental costs {F}")


def t_hotel(r):
    n, _, _ = name(r)
    k = r.randint(2, 6)
    rate = price(r, 89, 289, [0, 99, 50, 95])
    t = pick(r, ["10", "12", "13.5", "14.75", "15", "11.25"])
    rf = pick(r, [F(25), F(30), F(1995, 100), F(35)])
    prob = (f"{n} books {k} nights at a hotel for {pm(rate)} per night. The hotel charges {pp(t)} "
            f"occupancy tax on the room cost and a {pm(rf)} resort fee per night (not taxed). What is the "
            f"total? Round to the nearest cent.")
    steps = [Step("room", "the room cost", mul(N(k), M(rate)), short="Room"),
             Step("tax", "the occupancy tax", Of(P(t), R("room")), tag=pp(t)),
             Step("rf", "the total resort fee", mul(N(k), M(rf)), short="Resort fees"),
             Step("tot", "the total", add(R("room"), R("tax"), R("rf")))]
    return T(prob, steps, "the hotel total", "the stay costs {F} in total")


def t_installments(r):
    n, _, _ = name(r)
    item = pick(r, ["laptop", "sofa", "refrigerator", "e-bike", "TV"])
    p = price(r, 499, 2400, [99, 0, 49, 95])
    dp_ = pick(r, ["10", "15", "20", "25"])
    m = r.choice([6, 9, 12, 18, 24])
    prob = (f"{n} buys a {item} for {pm(p)}. {n} puts {pp(dp_)} down and pays the rest in {m} equal "
            f"monthly installments with no interest. How much is each installment? Round to the nearest cent.")
    steps = [Step("down", "the down payment", Of(P(dp_), M(p)), tag=pp(dp_)),
             Step("rest", "the remaining balance", sub(M(p), R("down")), short="Remaining"),
             Step("inst", "each installment", div(R("rest"), N(m)), short="Monthly installment")]
    return T(prob, steps, "the monthly installment", "each installment is {F}")


def t_farmers_market(r):
    n, _, _ = name(r)
    a, b = r.sample(["strawberries", "blueberries", "peaches", "plums", "green beans", "potatoes"], 2)
    w1, w2 = F(r.randint(12, 35), 10), F(r.randint(8, 30), 10)
    p1, p2 = price(r, 2, 5, [50, 75, 25, 99, 49, 0]), price(r, 1, 4, [50, 75, 25, 99, 49, 0])
    prob = (f"At the farmers market, {a} are {pm(p1)} per pound and {b} are {pm(p2)} per pound. "
            f"{n} buys {minimal(w1)} pounds of {a} and {minimal(w2)} pounds of {b} and pays with a $50 bill. "
            f"How much change does {n} get? Round each cost to the nearest cent.")
    steps = [Step("a", f"the cost of the {a}", mul(N(w1), M(p1)), short=a.capitalize()),
             Step("b", f"the cost of the {b}", mul(N(w2), M(p2)), short=b.capitalize()),
             Step("tot", "the total", add(R("a"), R("b"))),
             Step("chg", "the change", sub(M(50), R("tot")))]
    return T(prob, steps, "the change", f"{n} gets {{F}} in change")


def t_coffee_habit(r):
    n, _, _ = name(r)
    c = price(r, 3, 6, [25, 45, 75, 95, 50, 65])
    d = r.choice([3, 4, 5, 6, 7])
    while exact_at(c * d * 52, 0):
        c += F(4, 100)
    prob = (f"{n} buys a coffee for {pm(c)} on {d} days every week. About how much does {n} spend on "
            f"coffee in a year (52 weeks)? Give the answer to the nearest dollar.")
    steps = [Step("w", "the weekly cost", mul(N(d), M(c)), short="Per week"),
             Step("y", "the yearly cost", mul(R("w"), N(52)), short="Per year"),
             Step("r", "the yearly cost to the nearest dollar", R("y"), dp=0, mode="approx",
                  faultable=False, short="Rounded", desc="Round to the nearest dollar")]
    return T(prob, steps, "the yearly coffee cost", f"{n} spends about {{F}} a year on coffee")


def t_gym(r):
    n, _, _ = name(r)
    sign = price(r, 25, 99, [0, 99, 50])
    mo = price(r, 19, 59, [99, 0, 49, 95])
    prob = (f"A gym charges a {pm(sign)} sign-up fee and {pm(mo)} per month. If {n} stays for one year, "
            f"what is the average cost per month including the sign-up fee? Round to the nearest cent.")
    steps = [Step("y", "the cost of 12 months", mul(N(12), M(mo)), short="12 months"),
             Step("t", "the first-year total", add(M(sign), R("y")), short="Total"),
             Step("a", "the average per month", div(R("t"), N(12)), short="Average per month")]
    return T(prob, steps, "the average monthly cost", "the average cost is about {F} per month")


def t_bake_sale(r):
    q = r.randint(36, 120)
    p = price(r, 1, 3, [0, 50, 25, 75])
    cost = F(int(q * p * F(r.randint(22, 64), 100))) + F(r.choice(ENDS), 100)
    prob = (f"At a bake sale, {q} cookies sell for {pm(p)} each. The ingredients cost {pm(cost)}. What "
            f"is the profit, and what percent of the sales is profit? Round to the nearest tenth of a percent.")
    steps = [Step("rev", "the revenue", mul(N(q), M(p)), short="Sales"),
             Step("pr", "the profit", sub(R("rev"), M(cost)), short="Profit"),
             Step("m", "the profit margin", mul(div(R("pr"), R("rev")), N(100)), kind="pct",
                  short="Profit margin")]
    return T(prob, steps, "the profit margin", "the profit is about {F} of sales")


def t_tip_pool(r):
    k = r.randint(3, 6)
    tips = [price(r, 40, 190) for _ in range(3)]
    pct = pick(r, ["10", "15", "20"])
    prob = (f"Three servers earned {pm(tips[0])}, {pm(tips[1])}, and {pm(tips[2])} in tips. They give "
            f"{pp(pct)} of the pooled tips to the kitchen staff and split the rest evenly among the "
            f"three of them. How much does each server get? Round to the nearest cent.")
    steps = [Step("pool", "the tip pool", add(*[M(t) for t in tips]), short="Pool"),
             Step("kit", "the kitchen's share", Of(P(pct), R("pool")), tag=pp(pct)),
             Step("rest", "the amount left", sub(R("pool"), R("kit")), short="Left for servers"),
             Step("each", "each server's share", div(R("rest"), N(3)), short="Each server")]
    return T(prob, steps, "each server's share", "each server gets {F}")


def t_shipping_per_item(r):
    q = r.randint(3, 9)
    one, many, lo, hi = pick(r, SMALL)
    p = price(r, lo + 2, hi + 4)
    ship = pick(r, [F(799, 100), F(995, 100), F(1250, 100), F(649, 100)])
    prob = (f"An online order has {q} {many} at {pm(p)} each and a flat {pm(ship)} shipping charge. "
            f"What is the cost per {one} once shipping is included? Round to the nearest cent.")
    steps = [Step("it", f"the cost of the {many}", mul(N(q), M(p)), short="Items"),
             Step("tot", "the order total", add(R("it"), M(ship)), short="Total"),
             Step("each", f"the cost per {one}", div(R("tot"), N(q)), short="Per item")]
    return T(prob, steps, f"the cost per {one}", f"each {one} costs about {{F}}")


def t_restaurant_service_charge(r):
    k = r.randint(6, 12)
    p = price(r, 18, 42)
    sc = pick(r, ["18", "20"])
    t = pick(r, TAX)
    prob = (f"A party of {k} orders a set menu at {pm(p)} per person. The restaurant adds {pp(t)} tax "
            f"and an automatic {pp(sc)} service charge, both on the food total. What is the final bill? "
            f"Round to the nearest cent.")
    steps = [Step("food", "the food total", mul(N(k), M(p)), short="Food"),
             Step("tax", "the tax", Of(P(t), R("food")), tag=pp(t)),
             Step("sc", "the service charge", Of(P(sc), R("food")), tag=pp(sc)),
             Step("tot", "the final bill", add(R("food"), R("tax"), R("sc")), short="Total")]
    return T(prob, steps, "the final bill", "the final bill is {F}")


def t_school_supplies_budget(r):
    n, _, _ = name(r)
    budget = F(r.choice([50, 60, 75, 80, 100]))
    a = pick(r, SMALL)
    qa = r.randint(2, 5)
    pa = price(r, a[2], a[3] + 1)
    bag = price(r, 14, 32)
    t = pick(r, TAX)
    prob = (f"{n} has {pm(budget)} for school supplies. {n} buys a backpack for {pm(bag)} and {qa} {a[1]} "
            f"at {pm(pa)} each, plus {pp(t)} sales tax. How much of the budget is left? Round to the nearest cent.")
    if (bag + qa * pa) * (1 + F(t) / 100) >= budget:
        budget = F(int((bag + qa * pa) * (1 + F(t) / 100)) // 10 * 10 + 20)
        prob = (f"{n} has {pm(budget)} for school supplies. {n} buys a backpack for {pm(bag)} and {qa} {a[1]} "
                f"at {pm(pa)} each, plus {pp(t)} sales tax. How much of the budget is left? Round to the nearest cent.")
    steps = [Step("a", f"the cost of the {a[1]}", mul(N(qa), M(pa)), short=a[1].capitalize()),
             Step("sub", "the subtotal", add(M(bag), R("a"))),
             Step("tax", "the tax", Of(P(t), R("sub")), tag=pp(t)),
             Step("tot", "the total", add(R("sub"), R("tax"))),
             Step("left", "the amount left", sub(M(budget), R("tot")), short="Left over")]
    return T(prob, steps, "the amount left", f"{n} has {{F}} left")


def t_price_match(r):
    item = pick(r, ["TV", "microwave", "vacuum", "printer", "speaker"])
    a = price(r, 120, 480, [99, 0, 49, 95])
    d = pick(r, ["10", "15", "20", "25"])
    b = F(int(a * (1 - F(d) / 100) + r.randint(-12, 12))) + F(r.choice([99, 49, 0]), 100)
    prob = (f"Store A sells a {item} for {pm(a)} with {pp(d)} off. Store B sells the same {item} for "
            f"{pm(b)}. Which price is lower, and by how much? Round to the nearest cent.")
    steps = [Step("d", "the Store A discount", Of(P(d), M(a)), tag=pp(d)),
             Step("sa", "the Store A sale price", sub(M(a), R("d")), short="Store A price")]
    from core import rhu
    sa = a - rhu(a * F(d) / 100, 2)
    if sa >= b:
        steps.append(Step("diff", "the difference", sub(R("sa"), M(b))))
        ans = "Store B is cheaper by {F}"
    else:
        steps.append(Step("diff", "the difference", sub(M(b), R("sa"))))
        ans = "Store A is cheaper by {F}"
    return T(prob, steps, "the price difference", ans)


def t_laundromat(r):
    n, _, _ = name(r)
    w = r.randint(2, 5)
    wp = price(r, 2, 4, [50, 75, 25, 0])
    dmin = r.choice([30, 40, 45, 50, 60])
    per = F(r.choice([25]), 100)
    per_min = r.choice([8, 10, 12])
    prob = (f"At a laundromat, each wash costs {pm(wp)} and the dryers cost $0.25 for every {per_min} minutes. "
            f"{n} does {w} washes and runs one dryer for {dmin} minutes. How much does {n} spend? Round "
            f"the number of dryer quarters to the nearest whole number.")
    steps = [Step("wash", "the cost of the washes", mul(N(w), M(wp)), short="Washes"),
             Step("q", "the number of dryer quarters", div(N(dmin), N(per_min)), kind="num", dp=0,
                  short="Dryer quarters", faultable=False),
             Step("dry", "the dryer cost", mul(R("q"), M(per)), short="Dryer"),
             Step("tot", "the total", add(R("wash"), R("dry")))]
    return T(prob, steps, "the total spent", f"{n} spends {{F}}")


TEMPLATES = [(k[2:], v) for k, v in sorted(globals().items()) if k.startswith("t_") and callable(v)]
