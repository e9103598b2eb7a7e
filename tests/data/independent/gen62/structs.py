"""Problem structures for the nutrition / health / medicine genre.

Each structure: a sampler (rng, fmt) -> dict(v, steps, goal, ans, givens, ...) and 4 phrasings.
"""
from fractions import Fraction as F
from core import N, R, FP, B, P, SQ, Step, mul, add, sub, div, dec_str, rnd

REG = []


def struct(*phr):
    def deco(fn):
        REG.append((fn.__name__, fn, list(phr)))
        return fn
    return deco


def ds(x):
    return dec_str(F(str(x)) if not isinstance(x, F) else x)


FREQ = [("BID", 2, "twice a day"), ("TID", 3, "three times a day"), ("QID", 4, "four times a day")]
QH = [(4, "q4h"), (6, "q6h"), (8, "q8h"), (12, "q12h")]


# ------------------------------------------------------------------ nutrition
@struct(
    "A {item} contains {p} g of protein, {c} g of carbohydrates, and {f} g of fat. How many calories does it have?",
    "I'm tracking my macros. My {item} has {p}g protein, {c}g carbs and {f}g fat. How many calories is that?",
    "How many kilocalories are in a {item} with {f} grams of fat, {c} grams of carbohydrate and {p} grams of protein?",
    "The label on a {item} lists Protein {p} g, Total Carbohydrate {c} g, Total Fat {f} g. Estimate its calories using 4/4/9 kcal per gram.",
)
def macro_kcal(r, fm):
    p, c, f = r.randint(3, 35), r.randint(6, 75), r.randint(1, 28)
    item = r.choice(["protein bar", "granola bar", "cup of Greek yogurt", "frozen dinner", "smoothie",
                     "breakfast burrito", "bowl of oatmeal", "chicken wrap"])
    steps = [
        Step("calories from protein", mul(N(p, "g"), N(4, "kcal/g")), "kcal", short="Protein",
             why="Protein provides 4 kcal per gram."),
        Step("calories from carbohydrates", mul(N(c, "g"), N(4, "kcal/g")), "kcal", short="Carbs",
             why="Carbohydrates also provide 4 kcal/g."),
        Step("calories from fat", mul(N(f, "g"), N(9, "kcal/g")), "kcal", short="Fat",
             why="Fat is more energy-dense: 1 g of fat = 9 kcal."),
        Step("total calories", add(R(0), R(1), R(2)), "kcal", short="Total"),
    ]
    return dict(v=dict(p=p, c=c, f=f, item=item), steps=steps, goal="the total calories",
                ans=["The {item} has {A}.", "That comes to {A} in total.", "Total energy: {A}."],
                givens=[("Protein", "%d g" % p), ("Carbohydrate", "%d g" % c), ("Fat", "%d g" % f)])


@struct(
    "A serving of {item} has {T} calories and {f} g of fat. What percentage of its calories come from fat?",
    "My {item} is {T} kcal per serving with {f} grams of fat. What percent of the calories is from fat? Round to one decimal.",
    "What share of the calories in a {T}-calorie serving of {item} comes from its {f} g of fat (as a percent)?",
    "If a serving of {item} has {f} g fat and {T} kcal total, what % of calories are from fat?",
)
def fat_pct(r, fm):
    while True:
        T = r.randrange(120, 820, 10)
        f = r.randint(2, 40)
        if 0.08 < f * 9 / T < 0.7:
            break
    item = r.choice(["peanut butter", "cheddar cheese", "potato chips", "salmon", "ice cream", "granola", "pizza"])
    steps = [
        Step("calories from fat", mul(N(f, "g"), N(9, "kcal/g")), "kcal", short="Fat calories",
             why="Each gram of fat has 9 kcal."),
        Step("percent of calories from fat", mul(div(R(0), N(T, "kcal")), N(100)), "%", dp=1, short="Fat %"),
    ]
    return dict(v=dict(T=fm(T), f=f, item=item), steps=steps, goal="the percentage of calories from fat",
                ans=["About {A} of the calories in the {item} come from fat.", "Fat supplies {A} of the calories.",
                     "Roughly {A} of its calories are from fat."],
                givens=[("Calories", "%s kcal" % fm(T)), ("Fat", "%d g" % f)])


@struct(
    "A meal has {p} g protein, {c} g carbohydrate and {f} g fat. What percent of its calories come from protein?",
    "My lunch was {p}g protein / {c}g carbs / {f}g fat. What percentage of the calories was protein? (one decimal)",
    "What fraction of calories, as a percent, comes from protein in a dish with {f} g of fat, {c} g of carbs, and {p} g of protein?",
    "Using 4 kcal/g for protein and carbs and 9 kcal/g for fat, what percent of the calories in a {p} g protein, {c} g carb, {f} g fat meal come from protein?",
)
def protein_pct(r, fm):
    p, c, f = r.randint(15, 60), r.randint(20, 110), r.randint(5, 40)
    steps = [
        Step("protein calories", mul(N(p, "g"), N(4, "kcal/g")), "kcal", short="Protein"),
        Step("carbohydrate calories", mul(N(c, "g"), N(4, "kcal/g")), "kcal", short="Carbs"),
        Step("fat calories", mul(N(f, "g"), N(9, "kcal/g")), "kcal", short="Fat"),
        Step("total calories", add(R(0), R(1), R(2)), "kcal", short="Total"),
        Step("protein share of calories", mul(div(R(0), R(3)), N(100)), "%", dp=1, short="Protein %"),
    ]
    return dict(v=dict(p=p, c=c, f=f), steps=steps, goal="the percent of calories from protein",
                ans=["Protein provides about {A} of the meal's calories.", "About {A} of the calories come from protein.",
                     "Protein makes up roughly {A} of the {s3} kcal."],
                givens=[("Protein", "%d g" % p), ("Carbohydrate", "%d g" % c), ("Fat", "%d g" % f)])


@struct(
    "A can of soup has {S} mg of sodium per serving and the can holds {n} servings. If you eat the whole can, what percent of the {DV} mg Daily Value for sodium is that? Round to the nearest whole percent.",
    "I ate {n} servings of crackers at {S} mg sodium each. The DV for sodium is {DV} mg. What %DV did I get (nearest whole number)?",
    "Each serving of a frozen meal has {S} mg of sodium. How much of the {DV} mg daily sodium limit do {n} servings use, as a whole-number percent?",
    "Sodium: {S} mg per serving, servings eaten: {n}. Percent Daily Value (DV = {DV} mg), rounded to a whole number?",
)
def sodium_dv(r, fm):
    S = r.randrange(140, 990, 10)
    n = r.choice(["1.5", "2", "2.5", "3"])
    steps = [
        Step("total sodium", mul(N(S, "mg"), N(n, "servings")), "mg", short="Sodium eaten", dp=1),
        Step("percent of the Daily Value", mul(div(R(0), N(2300, "mg")), N(100)), "%", dp=1,
             post=("round", 0), short="%DV", why="The Daily Value for sodium is 2,300 mg (the %DV on labels is based on a 2,000-calorie diet)."),
    ]
    return dict(v=dict(S=S, n=n, DV=fm(2300)), steps=steps, goal="the percent Daily Value for sodium",
                ans=["That's about {A} of the Daily Value for sodium.", "You'd get roughly {A} DV of sodium.",
                     "Eating {n} servings provides about {A} of the daily sodium limit."],
                givens=[("Sodium per serving", "%d mg" % S), ("Servings", n), ("DV (sodium)", "%s mg" % fm(2300))])


DVS = [("dietary fiber", 28, "g"), ("calcium", 1300, "mg"), ("iron", 18, "mg"), ("potassium", 4700, "mg"),
       ("saturated fat", 20, "g"), ("added sugars", 50, "g"), ("vitamin D", 20, "mcg"), ("magnesium", 420, "mg")]


@struct(
    "A cereal label says one serving provides {pct}% of the Daily Value for {nut}. The DV for {nut} is {DV} {u}. How many {u} of {nut} are in {n} servings?",
    "The label shows {nut}: {pct}% DV per serving (DV = {DV} {u}). If I eat {n} servings, how much {nut} is that in {u}?",
    "How many {u} of {nut} do {n} servings give if each serving is {pct}% DV and the Daily Value is {DV} {u}?",
    "One serving = {pct}% DV {nut}. DV for {nut} = {DV} {u}. Amount in {n} servings?",
)
def dv_amount(r, fm):
    nut, DV, u = r.choice(DVS)
    pct = r.choice([4, 6, 8, 10, 12, 15, 20, 25, 30, 35])
    n = r.choice(["1.5", "2", "2.5", "3", "4"])
    steps = [
        Step("amount of %s per serving" % nut, P(pct, N(DV, u)), u, dp=2, short="Per serving"),
        Step("amount in %s servings" % n, mul(R(0), N(n, "servings")), u, dp=2, short="Total"),
    ]
    return dict(v=dict(nut=nut, DV=fm(DV), u=u, pct=pct, n=n), steps=steps, goal="the amount of %s" % nut,
                ans=["{n} servings provide {A} of {nut}.", "That's {A} of {nut}.", "You'd get {A} of {nut} in total."],
                givens=[("%DV per serving", "%d%%" % pct), ("DV", "%s %s" % (fm(DV), u)), ("Servings", n)])


@struct(
    "A soup recipe makes {A} servings and calls for {q} {u} of {ing}. How much {ing} do you need to make {Bn} servings?",
    "My recipe serves {A} and uses {q} {u} {ing}. I want to scale it to {Bn} servings. How many {u} of {ing}?",
    "If {q} {u} of {ing} is enough for {A} portions, how much is needed for {Bn} portions?",
    "Scaling a recipe: {A} servings need {q} {u} of {ing}. How much for {Bn} servings?",
)
def recipe_scale(r, fm):
    A = r.choice([2, 4, 5, 8])
    Bn = r.choice([x for x in [3, 5, 6, 7, 9, 10, 12, 15] if x != A])
    ing, u, qs = r.choice([("oats", "cups", [1, 1.5, 2, 3]), ("olive oil", "tbsp", [2, 3, 4, 6]),
                           ("chicken breast", "g", [400, 500, 600, 750]), ("brown rice", "g", [200, 250, 300, 360]),
                           ("milk", "mL", [250, 300, 400, 500]), ("lentils", "cups", [1, 2, 2.5, 3])])
    while True:
        q = ds(r.choice(qs))
        if (F(q) / A * 1000).denominator == 1:
            break
        A = r.choice([2, 4, 5])
    steps = [
        Step("amount per serving", div(N(q, u), N(A, "servings")), u, dp=3, short="Per serving"),
        Step("amount for %d servings" % Bn, mul(R(0), N(Bn)), u, dp=3, short="Scaled"),
    ]
    return dict(v=dict(A=A, Bn=Bn, q=q, u=u, ing=ing), steps=steps, goal="the scaled amount of %s" % ing,
                ans=["You need {A} of {ing} for {Bn} servings.", "Use {A} of {ing}.", "For {Bn} servings, use {A} of {ing}."],
                givens=[("Original servings", str(A)), ("Amount", "%s %s" % (q, u)), ("New servings", str(Bn))])


@struct(
    "A serving of {food} is {s} g and has {k} calories. How many calories are in {m} g?",
    "The bag says {s} g of {food} = {k} kcal. I ate {m} g. How many calories did I eat?",
    "If {s} grams of {food} contain {k} kcal, how many kilocalories are in a {m}-gram portion?",
    "Serving size {s} g, {k} kcal per serving. Portion eaten: {m} g of {food}. Calories?",
)
def portion_kcal(r, fm):
    s = r.choice([25, 28, 30, 40, 50, 100])
    mult = r.choice(["0.5", "1.5", "2", "2.5", "3", "1.2", "1.75"])
    m = F(s) * F(mult)
    if m.denominator != 1:
        mult = "2"
        m = F(s) * 2
    k = r.choice([90, 110, 120, 140, 150, 160, 170, 190, 210, 230, 250])
    food = r.choice(["almonds", "cereal", "tortilla chips", "pasta (dry)", "dark chocolate", "granola", "cheese"])
    steps = [
        Step("number of servings", div(N(ds(m), "g"), N(s, "g")), "servings", dp=3, short="Servings"),
        Step("calories eaten", mul(R(0), N(k, "kcal")), "kcal", dp=1, short="Calories"),
    ]
    return dict(v=dict(s=s, k=k, m=ds(m), food=food), steps=steps, goal="the calories in the portion",
                ans=["{m} g of {food} has {A}.", "That portion is {A}.", "You ate {A}."],
                givens=[("Serving size", "%d g" % s), ("Calories/serving", "%d kcal" % k), ("Portion", "%s g" % ds(m))])


@struct(
    "A can of soda has {g} g of sugar. If someone drinks {n} cans, how many teaspoons of sugar is that? (1 tsp of sugar ≈ 4 g)",
    "My energy drink has {g} grams of sugar per can and I had {n}. Using 4 g per teaspoon, how many teaspoons of sugar?",
    "How many teaspoons of sugar are in {n} bottles of iced tea with {g} g of sugar each, if a teaspoon holds 4 g?",
    "Sugar per drink: {g} g. Drinks: {n}. Convert the total to teaspoons (4 g/tsp).",
)
def sugar_tsp(r, fm):
    g = r.randint(18, 66)
    n = r.randint(2, 5)
    steps = [
        Step("total sugar", mul(N(g, "g"), N(n)), "g", short="Sugar"),
        Step("teaspoons of sugar", div(R(0), N(4, "g/tsp")), "tsp", dp=2, short="Teaspoons",
             why="1 tsp of sugar ≈ 4 g (the 2020–2025 Dietary Guidelines count added sugars this way on labels)."),
    ]
    return dict(v=dict(g=g, n=n), steps=steps, goal="the teaspoons of sugar",
                ans=["That's {A} of sugar.", "{n} drinks contain {A} of sugar.", "About {A} of sugar in total."],
                givens=[("Sugar per drink", "%d g" % g), ("Drinks", str(n)), ("1 tsp", "4 g")])


@struct(
    "I ate {b} kcal at breakfast, {l} kcal at lunch, {d} kcal at dinner and a {s}-kcal snack. My BMR is {bmr} kcal and I burned {ex} kcal exercising. What is my net calorie balance (intake minus expenditure)?",
    "Intake today: breakfast {b}, lunch {l}, dinner {d}, snack {s} (all kcal). Expenditure: BMR {bmr} kcal plus {ex} kcal from a workout. Net balance?",
    "Calculate the energy balance: eaten = {b} + {l} + {d} + {s} kcal; burned = {bmr} kcal resting + {ex} kcal exercise. Give intake minus burned.",
    "My app says I ate {b}, {l}, {d} and {s} calories across four meals, burned {ex} calories on a run, and my BMR is {bmr}. What's my calorie balance?",
)
def net_kcal(r, fm):
    while True:
        b, l, d, s = r.randrange(250, 560, 10), r.randrange(350, 760, 10), r.randrange(450, 900, 10), r.randrange(80, 300, 10)
        bmr = r.randrange(1350, 1900, 10)
        ex = r.randrange(200, 750, 10)
        if b + l + d + s < bmr + ex - 50:
            break
    steps = [
        Step("calories eaten", add(N(b), N(l), N(d), N(s)), "kcal", short="Intake"),
        Step("calories burned", add(N(bmr, "kcal"), N(ex, "kcal")), "kcal", short="Burned"),
        Step("net balance", sub(R(0), R(1)), "kcal", short="Net", neg=True),
    ]
    return dict(v=dict(b=b, l=l, d=d, s=s, bmr=fm(bmr), ex=ex), steps=steps, goal="the net calorie balance",
                ans=["The net balance is {A}, i.e. a deficit.", "Net: {A} (you burned more than you ate).",
                     "Your balance is {A} for the day."],
                givens=[("Meals (kcal)", "%d, %d, %d, %d" % (b, l, d, s)), ("BMR", "%s kcal" % fm(bmr)), ("Exercise", "%d kcal" % ex)])


@struct(
    "A {sex} is {age} years old, weighs {kg} kg and is {cm} cm tall. Using the Mifflin-St Jeor equation and an activity factor of {af}, estimate daily calorie needs (round to the nearest kcal).",
    "Estimate TDEE: {sex}, {age} y, {kg} kg, {cm} cm, activity multiplier {af}. Use Mifflin-St Jeor and round to a whole number.",
    "What's the estimated total daily energy expenditure for a {age}-year-old {sex} ({kg} kg, {cm} cm) with an activity factor of {af}? (Mifflin-St Jeor, nearest kcal)",
    "Mifflin-St Jeor for a {sex}: weight {kg} kg, height {cm} cm, age {age}. Multiply the BMR by {af}. What's the result, rounded?",
)
def mifflin(r, fm):
    sex = r.choice(["man", "woman"])
    kg = r.randint(50, 105)
    cm = r.randint(152, 195)
    age = r.randint(19, 70)
    af = r.choice(["1.2", "1.375", "1.55", "1.725"])
    k = 5 if sex == "man" else 161
    steps = [
        Step("weight term", mul(N(10), N(kg, "kg")), "", short="10 × weight"),
        Step("height term", mul(N("6.25"), N(cm, "cm")), "", short="6.25 × height"),
        Step("age term", mul(N(5), N(age)), "", short="5 × age"),
        Step("BMR", add(sub(add(R(0), R(1)), R(2)), N(5)) if k == 5 else sub(sub(add(R(0), R(1)), R(2)), N(161)),
             "kcal/day", short="BMR", why="Mifflin-St Jeor: BMR = 10 × kg + 6.25 × cm − 5 × age %s." % ("+ 5" if k == 5 else "− 161")),
        Step("total daily energy expenditure", mul(R(3), N(af)), "kcal/day", dp=2, post=("round", 0), short="TDEE"),
    ]
    return dict(v=dict(sex=sex, age=age, kg=kg, cm=cm, af=af), steps=steps, goal="the estimated daily calorie needs",
                ans=["Estimated daily needs are about {A}.", "TDEE ≈ {A}.", "This person needs roughly {A} to maintain weight."],
                givens=[("Sex", sex), ("Age", "%d y" % age), ("Weight", "%d kg" % kg), ("Height", "%d cm" % cm), ("Activity factor", af)])


@struct(
    "An athlete weighing {kg} kg aims for {gk} g of protein per kg of body weight per day, spread over {m} meals. How many grams of protein per meal?",
    "I weigh {kg} kg and want {gk} g/kg/day of protein split evenly across {m} meals. How much protein per meal?",
    "How many grams of protein should each of {m} meals contain for a {kg}-kg person targeting {gk} g per kilogram daily?",
    "Protein target {gk} g/kg, body weight {kg} kg, meals per day {m}. Grams per meal?",
)
def protein_meal(r, fm):
    kg = r.randint(48, 110)
    gk = r.choice(["0.8", "1.2", "1.4", "1.6", "1.8", "2.0"])
    m = r.choice([3, 4, 5])
    steps = [
        Step("daily protein target", mul(N(gk, "g/kg"), N(kg, "kg")), "g", dp=1, short="Daily protein"),
        Step("protein per meal", div(R(0), N(m, "meals")), "g", dp=1, short="Per meal"),
    ]
    return dict(v=dict(kg=kg, gk=gk, m=m), steps=steps, goal="the protein per meal",
                ans=["Aim for about {A} of protein per meal.", "Each meal should have about {A} of protein.",
                     "That's roughly {A} per meal ({s0} g/day)."],
                givens=[("Weight", "%d kg" % kg), ("Target", "%s g/kg/day" % gk), ("Meals", str(m))])


@struct(
    "Someone drinks {a} cups of coffee (95 mg caffeine each) and {b} cans of cola (34 mg each). How much more caffeine can they have before reaching 400 mg?",
    "Caffeine check: {a} coffees at 95 mg and {b} colas at 34 mg. How many mg are left under a 400 mg daily limit?",
    "If the safe daily caffeine limit is 400 mg, how much room is left after {a} cups of brewed coffee (95 mg each) and {b} sodas (34 mg each)?",
    "I had {a} cups of coffee and {b} cans of cola today. Coffee has about 95 mg of caffeine per cup and cola about 34 mg per can. How far am I below 400 mg?",
)
def caffeine(r, fm):
    a = r.randint(1, 3)
    b = r.randint(1, 4)
    steps = [
        Step("caffeine from coffee", mul(N(a, "cups"), N(95, "mg")), "mg", short="Coffee"),
        Step("caffeine from cola", mul(N(b, "cans"), N(34, "mg")), "mg", short="Cola"),
        Step("total caffeine", add(R(0), R(1)), "mg", short="Total"),
        Step("caffeine left under the limit", sub(N(400, "mg"), R(2)), "mg", short="Remaining"),
    ]
    return dict(v=dict(a=a, b=b), steps=steps, goal="the caffeine remaining under 400 mg",
                ans=["They can have {A} more caffeine.", "About {A} left before hitting 400 mg.", "Room left: {A}."],
                givens=[("Coffee", "%d × 95 mg" % a), ("Cola", "%d × 34 mg" % b), ("Limit", "400 mg")])


@struct(
    "A drink is {ml} mL at {abv}% alcohol by volume. Using 0.8 g/mL for alcohol and 7 kcal/g, how many calories come from the alcohol? Round to the nearest calorie.",
    "How many kcal are from alcohol in a {ml} mL glass of {drink} at {abv}% ABV? (ethanol ≈ 0.8 g/mL, 7 kcal/g)",
    "I had a {ml}-mL {drink} that's {abv}% ABV. Alcohol has 7 kcal per gram and weighs about 0.8 g per mL. Calories from alcohol?",
    "Calories from ethanol: volume {ml} mL, ABV {abv}%, density 0.8 g/mL, 7 kcal/g. Nearest whole kcal?",
)
def alcohol_kcal(r, fm):
    drink, ml, abvs = r.choice([("beer", [330, 355, 473, 500], ["4.2", "4.5", "5", "5.5", "6.5"]),
                                ("wine", [125, 150, 175, 250], ["11.5", "12", "13", "13.5", "14"]),
                                ("cider", [330, 440, 500], ["4.5", "5", "6"])])
    ml = r.choice(ml)
    abv = r.choice(abvs)
    steps = [
        Step("volume of alcohol", P(abv, N(ml, "mL")), "mL", dp=2, short="Alcohol volume"),
        Step("mass of alcohol", mul(R(0), N("0.8", "g/mL")), "g", dp=2, short="Alcohol mass"),
        Step("calories from alcohol", mul(R(1), N(7, "kcal/g")), "kcal", dp=2, post=("round", 0), short="Calories"),
    ]
    return dict(v=dict(ml=ml, abv=abv, drink=drink), steps=steps, goal="the calories from alcohol",
                ans=["The alcohol supplies about {A}.", "Roughly {A} come from the alcohol.", "≈ {A} from alcohol alone."],
                givens=[("Volume", "%d mL" % ml), ("ABV", "%s%%" % abv), ("Density", "0.8 g/mL"), ("Energy", "7 kcal/g")])


@struct(
    "For breakfast I had {a} servings of oatmeal ({fo} g fiber each), a pear ({fp} g) and {c} slices of whole-wheat bread ({fb} g each). What percent of a {goal} g fiber goal is that? Round to the nearest percent.",
    "Fiber tally: oatmeal {fo} g × {a}, pear {fp} g, bread {fb} g × {c}. Goal is {goal} g/day. Percent of goal (whole number)?",
    "How close am I to my {goal} g fiber target after {a} servings of oatmeal at {fo} g, one pear at {fp} g, and {c} slices of bread at {fb} g? Give a rounded percent.",
    "A dietitian's client eats {a} portions of oatmeal with {fo} g fiber each, {c} slices of bread with {fb} g each, plus a {fp}-g-fiber pear. What % of the {goal} g goal is met?",
)
def fiber_pct(r, fm):
    a = r.choice([1, 2])
    fo = r.choice(["4", "4.5", "5"])
    fp = r.choice(["5.5", "6", "4.5"])
    c = r.choice([1, 2, 3])
    fb = r.choice(["2", "2.5", "3", "3.5"])
    goal = r.choice([25, 28, 30, 38])
    steps = [
        Step("fiber from oatmeal", mul(N(a), N(fo, "g")), "g", short="Oatmeal"),
        Step("fiber from bread", mul(N(c), N(fb, "g")), "g", short="Bread"),
        Step("total fiber", add(R(0), N(fp, "g"), R(1)), "g", short="Total"),
        Step("percent of goal", mul(div(R(2), N(goal, "g")), N(100)), "%", dp=1, post=("round", 0), short="% of goal"),
    ]
    return dict(v=dict(a=a, fo=fo, fp=fp, c=c, fb=fb, goal=goal), steps=steps, goal="the percent of the fiber goal",
                ans=["That's about {A} of the {goal} g goal.", "Breakfast covers roughly {A} of the daily fiber target.",
                     "About {A} of the goal ({s2} g of {goal} g)."],
                givens=[("Oatmeal", "%d × %s g" % (a, fo)), ("Pear", "%s g" % fp), ("Bread", "%d × %s g" % (c, fb)), ("Goal", "%d g" % goal)])


# ------------------------------------------------------------------ body measures
def hpick(r):
    return ds(F(r.randint(150, 196), 100))


@struct(
    "Calculate the BMI of an adult who weighs {kg} kg and is {h} m tall. Round to {dpw}.",
    "What's my BMI? I'm {h} m and {kg} kg. ({dpw})",
    "A patient weighs {kg} kg with a height of {h} m. What is the patient's body mass index, to {dpw}?",
    "BMI for weight = {kg} kg, height = {h} m? Give it to {dpw}.",
)
def bmi_metric(r, fm):
    kg = ds(F(r.randint(90, 230), 2))
    h = hpick(r)
    dp = r.choice([1, 2])
    steps = [
        Step("height squared", SQ(N(h, "m")), "m²", dp=4, short="Height²"),
        Step("BMI", div(N(kg, "kg"), R(0)), "kg/m²", dp=dp, short="BMI", why="BMI = weight (kg) ÷ height (m)²."),
    ]
    return dict(v=dict(kg=kg, h=h, dpw="one decimal place" if dp == 1 else "two decimal places"), steps=steps,
                goal="the BMI", ans=["The BMI is about {A}.", "BMI ≈ {A}.", "So the body mass index is {A}."],
                givens=[("Weight", "%s kg" % kg), ("Height", "%s m" % h)])


@struct(
    "A woman is {cm} cm tall and weighs {kg} kg. What is her BMI to one decimal place?",
    "Height {cm} cm, weight {kg} kg — what's the BMI (1 d.p.)?",
    "Find the body mass index for a teenager measuring {cm} cm and {kg} kg. Round to one decimal.",
    "My scale says {kg} kg and I'm {cm} cm. What is my BMI? One decimal please.",
)
def bmi_cm(r, fm):
    cm = r.randint(148, 198)
    kg = ds(F(r.randint(84, 240), 2))
    steps = [
        Step("height in metres", div(N(cm, "cm"), N(100)), "m", dp=2, short="Height", why="Convert: 100 cm = 1 m."),
        Step("height squared", SQ(R(0)), "m²", dp=4, short="Height²"),
        Step("BMI", div(N(kg, "kg"), R(1)), "kg/m²", dp=1, short="BMI"),
    ]
    return dict(v=dict(cm=cm, kg=kg), steps=steps, goal="the BMI",
                ans=["Her BMI is about {A}.", "BMI ≈ {A}.", "The BMI comes out to {A}."],
                givens=[("Height", "%d cm" % cm), ("Weight", "%s kg" % kg)])


@struct(
    "A man is {ft} ft {inch} in tall and weighs {lb} lb. Using BMI = 703 × lb ÷ in², what is his BMI to one decimal?",
    "I'm {ft}'{inch}\" and {lb} pounds. What's my BMI with the imperial formula (703 × weight ÷ height²)? One decimal.",
    "Compute BMI for someone {ft} feet {inch} inches tall weighing {lb} lb (one decimal place).",
    "Height: {ft} ft {inch} in. Weight: {lb} lb. BMI = 703 × weight (lb) ÷ [height (in)]². Round to 0.1.",
)
def bmi_imperial(r, fm):
    ft = r.choice([5, 5, 5, 6])
    inch = r.randint(0, 11) if ft == 5 else r.randint(0, 4)
    lb = r.randint(105, 265)
    steps = [
        Step("height in inches", add(mul(N(ft, "ft"), N(12, "in/ft")), N(inch, "in")), "in", short="Height (in)",
             why="1 ft = 12 in."),
        Step("height squared", SQ(R(0)), "in²", short="Height²"),
        Step("BMI", div(mul(N(703), N(lb, "lb")), R(1)), "", dp=1, short="BMI"),
    ]
    return dict(v=dict(ft=ft, inch=inch, lb=lb), steps=steps, goal="the BMI",
                ans=["His BMI is about {A}.", "BMI ≈ {A}.", "That works out to a BMI of {A}."],
                givens=[("Height", "%d ft %d in" % (ft, inch)), ("Weight", "%d lb" % lb)])


@struct(
    "A patient is {h} m tall and weighs {kg} kg. How much weight would they need to lose to reach a BMI of {tb}? Round to one decimal.",
    "I'm {h} m and {kg} kg. What weight corresponds to a BMI of {tb}, and how many kg above that am I? (1 d.p.)",
    "To get to a target BMI of {tb} at a height of {h} m, how many kilograms must someone weighing {kg} kg lose?",
    "Height {h} m, current weight {kg} kg, goal BMI {tb}. Kilograms to lose?",
)
def bmi_target(r, fm):
    while True:
        h = hpick(r)
        tb = r.choice(["22", "23", "24.9", "25", "24"])
        hh = F(h) ** 2
        kg = r.randint(int(F(tb) * hh) + 4, int(F(tb) * hh) + 35)
        break
    steps = [
        Step("height squared", SQ(N(h, "m")), "m²", dp=4, short="Height²"),
        Step("weight at the target BMI", mul(N(tb), R(0)), "kg", dp=1, short="Target weight",
             why="Weight = BMI × height²."),
        Step("weight to lose", sub(N(kg, "kg"), R(1)), "kg", dp=1, short="To lose"),
    ]
    return dict(v=dict(h=h, kg=kg, tb=tb), steps=steps, goal="the weight to lose",
                ans=["They would need to lose about {A} (target ≈ {s1} kg).", "About {A} to lose.", "That's a loss of roughly {A}."],
                givens=[("Height", "%s m" % h), ("Weight", "%d kg" % kg), ("Target BMI", tb)])


@struct(
    "A client weighs {kg} kg with {bf}% body fat. What is their lean body mass?",
    "My smart scale says {kg} kg and {bf}% body fat. How many kg of lean mass do I have?",
    "Find fat mass and fat-free mass for someone at {kg} kg and {bf}% body fat. Report the fat-free mass.",
    "Weight {kg} kg, body fat {bf}%. Lean mass = ?",
)
def lean_mass(r, fm):
    kg = ds(F(r.randint(100, 240), 2))
    bf = r.choice(["12", "15", "18", "20", "22", "24.5", "27", "30", "32"])
    steps = [
        Step("fat mass", P(bf, N(kg, "kg")), "kg", dp=2, short="Fat mass"),
        Step("lean body mass", sub(N(kg, "kg"), R(0)), "kg", dp=2, short="Lean mass"),
    ]
    return dict(v=dict(kg=kg, bf=bf), steps=steps, goal="the lean body mass",
                ans=["Lean body mass is {A}.", "That leaves {A} of lean mass.", "Fat-free mass: {A}."],
                givens=[("Weight", "%s kg" % kg), ("Body fat", "%s%%" % bf)])


@struct(
    "A patient's blood pressure is {s}/{d} mmHg. What is the mean arterial pressure? (MAP = (SBP + 2 × DBP) ÷ 3, one decimal)",
    "BP reading {s}/{d}. Calculate MAP to one decimal place.",
    "Estimate the mean arterial pressure for a systolic of {s} mmHg and a diastolic of {d} mmHg.",
    "What's the MAP if BP = {s}/{d} mm Hg? Use MAP = (systolic + 2 × diastolic)/3.",
)
def map_bp(r, fm):
    s = r.randint(96, 178)
    d = r.randint(55, min(s - 25, 110))
    steps = [
        Step("twice the diastolic", mul(N(2), N(d, "mmHg")), "mmHg", short="2 × DBP",
             why="A reading of %d/%d means SBP = %d and DBP = %d." % (s, d, s, d)),
        Step("systolic plus twice the diastolic", add(N(s, "mmHg"), R(0)), "mmHg", short="Sum"),
        Step("mean arterial pressure", div(R(1), N(3)), "mmHg", dp=1, short="MAP"),
    ]
    return dict(v=dict(s=s, d=d), steps=steps, goal="the mean arterial pressure",
                ans=["The MAP is about {A}.", "MAP ≈ {A}.", "Mean arterial pressure: {A}."],
                givens=[("SBP", "%d mmHg" % s), ("DBP", "%d mmHg" % d)])


@struct(
    "Over the past {n} nights I slept {lst} hours. What was my average sleep per night? Round to two decimals.",
    "Sleep log ({n} nights): {lst} h. Average hours of sleep?",
    "A sleep tracker recorded {lst} hours on {n} consecutive nights. What is the mean nightly sleep?",
    "What is the average of these nightly sleep times: {lst} hours?",
)
def sleep_avg(r, fm):
    n = r.choice([5, 7])
    hs = [ds(F(r.randint(20, 36), 4)) for _ in range(n)]
    steps = [
        Step("total sleep", add(*[N(x) for x in hs]), "h", dp=2, short="Total"),
        Step("average sleep per night", div(R(0), N(n, "nights")), "h", dp=2, short="Average"),
    ]
    return dict(v=dict(n=n, lst=", ".join(hs)), steps=steps, goal="the average nightly sleep",
                ans=["The average is about {A} per night.", "Average sleep ≈ {A}.", "That's roughly {A} a night."],
                givens=[("Nights", str(n)), ("Hours", ", ".join(hs))])


# ------------------------------------------------------------------ heart rate
@struct(
    "A {age}-year-old wants to exercise at {pct}% of maximum heart rate. Using 220 − age, what is the target heart rate?",
    "I'm {age}. What heart rate should I aim for at {pct}% of my max HR (220 minus age)?",
    "What is the target heart rate at {pct}% intensity for a {age}-year-old client, using the age-predicted maximum 220 − age?",
    "Age {age}, target intensity {pct}% of HRmax (HRmax = 220 − age). Target HR in bpm?",
)
def hr_target(r, fm):
    age = r.randint(18, 68)
    pct = r.choice([50, 55, 60, 65, 70, 75, 80, 85, 90])
    rounded = r.random() < 0.5
    steps = [
        Step("maximum heart rate", sub(N(220), N(age)), "bpm", short="Max HR"),
        Step("target heart rate", P(pct, R(0)), "bpm", dp=2, post=("round", 0) if rounded else None, short="Target HR"),
    ]
    return dict(v=dict(age=age, pct=pct), steps=steps, goal="the target heart rate",
                ans=["The target heart rate is about {A}.", "Aim for roughly {A}.", "Target: {A} (max {s0} bpm)."],
                givens=[("Age", str(age)), ("Intensity", "%d%%" % pct), ("HRmax formula", "220 − age")])


@struct(
    "For a {age}-year-old, what is the heart-rate range for {zone} ({lo}–{hi}% of max HR, max = 220 − age)? Give the upper limit, rounded to a whole bpm.",
    "I'm {age} years old. My watch says {zone} is {lo}-{hi}% of max heart rate. What is the top of that zone in bpm (whole number)?",
    "Using 220 − age, find the {lo}% to {hi}% heart-rate zone for a {age}-year-old. What is the upper bound?",
    "HR zone {lo}–{hi}% HRmax, age {age}: lower and upper bpm? Report the upper limit.",
)
def hr_zone(r, fm):
    age = r.randint(18, 70)
    lo, hi, zone = r.choice([(50, 60, "Zone 1"), (60, 70, "Zone 2"), (70, 80, "Zone 3"), (80, 90, "Zone 4"),
                             (64, 76, "moderate intensity"), (77, 93, "vigorous intensity")])
    steps = [
        Step("maximum heart rate", sub(N(220), N(age)), "bpm", short="Max HR"),
        Step("lower limit", P(lo, R(0)), "bpm", dp=2, post=("round", 0), short="Lower"),
        Step("upper limit", P(hi, R(0)), "bpm", dp=2, post=("round", 0), short="Upper"),
    ]
    return dict(v=dict(age=age, lo=lo, hi=hi, zone=zone), steps=steps, goal="the upper limit of the zone",
                ans=["The zone is about {s1}–{s2} bpm, so the upper limit is {A}.", "Range: {s1}–{s2} bpm; upper limit {A}.",
                     "Stay between roughly {s1} and {s2} bpm — the top of the zone is {A}."],
                givens=[("Age", str(age)), ("Zone", "%d–%d%% of max" % (lo, hi))])


@struct(
    "A {age}-year-old has a resting heart rate of {rhr} bpm. Using the Karvonen method at {pct}% intensity, what is the target heart rate (nearest bpm)?",
    "Karvonen formula: age {age}, resting HR {rhr}, intensity {pct}%. Target HR? (max = 220 − age)",
    "My resting pulse is {rhr} and I'm {age}. What's my {pct}% heart rate reserve target? Round to a whole number.",
    "Using heart rate reserve (HRR = HRmax − HRrest) and HRmax = 220 − age, find the {pct}% training heart rate for age {age}, resting HR {rhr} bpm.",
)
def karvonen(r, fm):
    age = r.randint(20, 65)
    rhr = r.randint(52, 82)
    pct = r.choice([50, 55, 60, 65, 70, 75, 80, 85])
    steps = [
        Step("maximum heart rate", sub(N(220), N(age)), "bpm", short="HRmax"),
        Step("heart rate reserve", sub(R(0), N(rhr, "bpm")), "bpm", short="HRR"),
        Step("%d%% of the reserve" % pct, P(pct, R(1)), "bpm", dp=2, short="%d%% HRR" % pct),
        Step("target heart rate", add(R(2), N(rhr, "bpm")), "bpm", dp=2, post=("round", 0), short="Target HR"),
    ]
    return dict(v=dict(age=age, rhr=rhr, pct=pct), steps=steps, goal="the Karvonen target heart rate",
                ans=["The target heart rate is about {A}.", "Train at roughly {A}.", "Target ≈ {A}."],
                givens=[("Age", str(age)), ("Resting HR", "%d bpm" % rhr), ("Intensity", "%d%%" % pct)])


@struct(
    "Using the Tanaka formula (HRmax = 208 − 0.7 × age), what is {pct}% of the maximum heart rate for a {age}-year-old? Round to the nearest bpm.",
    "I'm {age}. With HRmax = 208 − 0.7 × age, what's {pct}% of my max (whole bpm)?",
    "Estimate a {age}-year-old's maximum heart rate with Tanaka's equation, then find {pct}% of it.",
    "Tanaka HRmax for age {age}, then the {pct}% intensity heart rate?",
)
def tanaka(r, fm):
    age = r.randint(20, 72)
    pct = r.choice([60, 65, 70, 75, 80, 85])
    steps = [
        Step("age adjustment", mul(N("0.7"), N(age)), "", dp=1, short="0.7 × age"),
        Step("maximum heart rate", sub(N(208), R(0)), "bpm", dp=1, short="HRmax"),
        Step("target heart rate", P(pct, R(1)), "bpm", dp=3, post=("round", 0), short="Target"),
    ]
    return dict(v=dict(age=age, pct=pct), steps=steps, goal="%d%% of the Tanaka maximum heart rate" % pct,
                ans=["That's about {A}.", "{pct}% of max is roughly {A}.", "Target ≈ {A} (HRmax {s1} bpm)."],
                givens=[("Age", str(age)), ("Intensity", "%d%%" % pct), ("Formula", "208 − 0.7 × age")])


# ------------------------------------------------------------------ activity
@struct(
    "I walked {st} steps today and my stride length is {cm} cm. How many kilometers did I walk? Round to two decimals.",
    "My pedometer shows {st} steps. With a {cm} cm stride, what distance is that in km?",
    "How far, in kilometers, is {st} steps if each step is {cm} centimeters long?",
    "Steps: {st}. Stride: {cm} cm. Distance in km (2 d.p.)?",
)
def steps_km(r, fm):
    st = r.randrange(3500, 16000, 50)
    cm = r.randint(58, 86)
    steps = [
        Step("distance in centimetres", mul(N(st, "steps"), N(cm, "cm")), "cm", short="Distance (cm)"),
        Step("distance in metres", div(R(0), N(100)), "m", dp=2, short="Distance (m)"),
        Step("distance in kilometres", div(R(1), N(1000)), "km", dp=2, short="Distance (km)",
             why="There are 1,000 m in 1 km."),
    ]
    return dict(v=dict(st=fm(st), cm=cm), steps=steps, goal="the distance walked",
                ans=["You walked about {A}.", "That's roughly {A}.", "Distance ≈ {A}."],
                givens=[("Steps", fm(st)), ("Stride", "%d cm" % cm)])


@struct(
    "At the start of a {w}-week program a client weighed {a} kg; at the end she weighed {b} kg. What was the average weekly change in weight, in kg per week (two decimals)?",
    "Start weight {a} kg, end weight {b} kg after {w} weeks. Average change per week? (negative = loss)",
    "My weigh-ins: {a} kg on day 1 and {b} kg {w} weeks later. What's my average weekly weight change?",
    "Find the mean weekly change in body weight for a patient who went from {a} kg to {b} kg over {w} weeks.",
)
def weight_change(r, fm):
    a = F(r.randint(560, 1200), 10)
    b = a - F(r.randint(8, 70), 10)
    w = r.choice([4, 5, 6, 8, 10, 12])
    steps = [
        Step("total change", sub(N(dec_str(b), "kg"), N(dec_str(a), "kg")), "kg", dp=1, neg=True, short="Change",
             why="Change = end weight − start weight."),
        Step("average change per week", div(R(0), N(w, "weeks")), "kg/week", dp=2, neg=True, short="Per week"),
    ]
    return dict(v=dict(a=dec_str(a), b=dec_str(b), w=w), steps=steps, goal="the average weekly weight change",
                ans=["The average change is {A} (a loss of about {abs1} kg per week).", "Average: {A}.",
                     "That's {A}, i.e. roughly {abs1} kg lost each week."],
                givens=[("Start", "%s kg" % dec_str(a)), ("End", "%s kg" % dec_str(b)), ("Weeks", str(w))],
                extra=lambda vals: dict(abs1=dec_str(abs(vals[1]))))


@struct(
    "My daily goal is {g} steps. I walked {a} steps this morning and {b} at lunch. At about {cad} steps per minute, how many minutes of walking do I still need? Round up to a whole minute.",
    "Goal: {g} steps. So far: {a} + {b}. Walking pace {cad} steps/min. Minutes needed to hit the goal (round up)?",
    "Someone aiming for {g} steps has logged {a} and {b} steps in two walks. How many more minutes at {cad} steps/min will finish the goal?",
    "With {a} steps in the morning and {b} in the afternoon, how long (whole minutes, rounded up) must I walk at {cad} steps per minute to reach {g}?",
)
def steps_goal(r, fm):
    g = r.choice([8000, 10000, 12000])
    a = r.randrange(1500, 4200, 10)
    b = r.randrange(800, 3000, 10)
    cad = r.choice([90, 100, 105, 110, 115, 120])
    steps = [
        Step("steps so far", add(N(a), N(b)), "steps", short="Walked"),
        Step("steps remaining", sub(N(g), R(0)), "steps", short="Remaining"),
        Step("minutes needed", div(R(1), N(cad, "steps/min")), "min", dp=2,
             post=("ceil", 0, "round up to {v} minutes"), short="Time"),
    ]
    return dict(v=dict(g=fm(g), a=fm(a), b=fm(b), cad=cad), steps=steps, goal="the minutes of walking still needed",
                ans=["You need about {A} more of walking.", "About {A} more to reach {g} steps.", "Walk {A} more."],
                givens=[("Goal", fm(g)), ("Walked", "%s + %s" % (fm(a), fm(b))), ("Cadence", "%d steps/min" % cad)],
                final_unit="minutes")


@struct(
    "My step counts this week were {lst}. What was my average daily step count (nearest whole step)?",
    "Daily steps Mon–Sun: {lst}. Average per day?",
    "Find the mean of these seven daily step totals: {lst}.",
    "A patient logged {lst} steps over 7 days. Average steps per day, rounded?",
)
def steps_avg(r, fm):
    xs = [r.randrange(3200, 14500, 1) for _ in range(7)]
    steps = [
        Step("weekly total", add(*[N(x) for x in xs]), "steps", short="Total"),
        Step("daily average", div(R(0), N(7, "days")), "steps", dp=2, post=("round", 0), short="Average"),
    ]
    return dict(v=dict(lst=", ".join(fm(x) for x in xs)), steps=steps, goal="the average daily steps",
                ans=["The average is about {A} per day.", "Average ≈ {A} a day.", "That's roughly {A} daily."],
                givens=[("Daily steps", ", ".join(fm(x) for x in xs))], final_unit="steps")


@struct(
    "A {kg} kg person does {act} (MET {met}) for {mins} minutes. Using kcal = MET × kg × hours, how many calories are burned?",
    "How many kcal does {mins} min of {act} burn for someone weighing {kg} kg? MET = {met}.",
    "Calories burned = MET × body weight (kg) × time (h). MET {met}, {kg} kg, {mins} minutes of {act}. Result?",
    "I weigh {kg} kg and did {mins} minutes of {act}, which is about {met} METs. Calories burned?",
)
def met_kcal(r, fm):
    act, met = r.choice([("brisk walking", "4.3"), ("cycling", "7.5"), ("jogging", "7"), ("swimming laps", "8"),
                         ("yoga", "2.5"), ("rowing", "6"), ("jumping rope", "11"), ("hiking", "6.5")])
    kg = r.randint(48, 105)
    mins = r.choice([15, 30, 45, 75, 90, 105, 120])
    steps = [
        Step("time in hours", div(N(mins, "min"), N(60, "min/h")), "h", dp=2, short="Hours"),
        Step("calories burned", mul(N(met), N(kg, "kg"), R(0)), "kcal", dp=2, short="Calories"),
    ]
    return dict(v=dict(act=act, met=met, kg=kg, mins=mins), steps=steps, goal="the calories burned",
                ans=["About {A} burned.", "{act} for {mins} minutes burns {A}.", "That's {A}."],
                givens=[("MET", met), ("Weight", "%d kg" % kg), ("Time", "%d min" % mins)])


@struct(
    "To lose {lb} pounds with a daily deficit of {d} calories, how many weeks will it take? Assume 3,500 kcal per pound.",
    "I want to drop {lb} lb. If I eat {d} kcal/day under maintenance, how many weeks? (1 lb ≈ 3,500 kcal; one decimal)",
    "Using 3,500 kcal per pound of fat, how long in weeks would a {d}-kcal daily deficit take to lose {lb} lb?",
    "Deficit {d} kcal/day, goal −{lb} lb, 3,500 kcal/lb. Weeks needed?",
)
def deficit_weeks(r, fm):
    lb = r.randint(4, 25)
    d = r.choice([250, 300, 400, 500, 600, 750])
    steps = [
        Step("weekly deficit", mul(N(d, "kcal/day"), N(7, "days")), "kcal", short="Weekly deficit"),
        Step("total deficit needed", mul(N(lb, "lb"), N(3500, "kcal/lb")), "kcal", short="Total needed"),
        Step("number of weeks", div(R(1), R(0)), "weeks", dp=1, short="Weeks"),
    ]
    return dict(v=dict(lb=lb, d=d), steps=steps, goal="the number of weeks",
                ans=["It would take about {A}.", "Roughly {A} to lose {lb} lb.", "≈ {A}."],
                givens=[("Goal", "%d lb" % lb), ("Deficit", "%d kcal/day" % d), ("Energy per lb", "3,500 kcal")])


# ------------------------------------------------------------------ water
@struct(
    "A common rule of thumb is to drink half your body weight (in pounds) in ounces of water. How many 8-oz cups is that for a {lb}-lb person? Round to the nearest cup.",
    "I weigh {lb} lb. If I drink half my weight in ounces, how many cups (8 fl oz) per day is that, rounded?",
    "How many 8-ounce glasses of water per day does the 'half your body weight in ounces' guideline give for {lb} pounds?",
    "Body weight {lb} lb → ounces of water = weight ÷ 2 → cups (8 oz each). Nearest whole cup?",
)
def water_cups(r, fm):
    lb = r.randint(105, 260)
    steps = [
        Step("ounces of water", div(N(lb, "lb"), N(2)), "oz", dp=1, short="Ounces"),
        Step("cups of water", div(R(0), N(8, "oz/cup")), "cups", dp=2, post=("round", 0), short="Cups",
             why="1 cup = 8 fl oz."),
    ]
    return dict(v=dict(lb=lb), steps=steps, goal="the daily cups of water",
                ans=["That's about {A} per day.", "Aim for roughly {A} of water.", "≈ {A} daily."],
                givens=[("Weight", "%d lb" % lb), ("Rule", "lb ÷ 2 = oz"), ("1 cup", "8 oz")])


@struct(
    "A dietitian recommends {L} liters of fluid a day. How many 240 mL cups is that? Round to one decimal.",
    "My water goal is {L} L per day. With 1 cup = 240 mL, how many cups?",
    "Convert a fluid target of {L} L/day into 240-mL cups.",
    "How many cups (240 mL) are in {L} litres of water?",
)
def water_liters(r, fm):
    L = r.choice(["1.5", "1.8", "2", "2.2", "2.5", "2.7", "3", "3.2", "3.7"])
    steps = [
        Step("volume in millilitres", mul(N(L, "L"), N(1000, "mL/L")), "mL", short="Millilitres"),
        Step("number of cups", div(R(0), N(240, "mL")), "cups", dp=1, short="Cups", why="1 cup = 240 mL."),
    ]
    return dict(v=dict(L=L), steps=steps, goal="the number of cups",
                ans=["{L} L is about {A}.", "That's roughly {A} a day.", "≈ {A}."],
                givens=[("Goal", "%s L" % L), ("1 cup", "240 mL")])


@struct(
    "My water goal is {G} mL. I drank {b} bottles of {s} mL and {c} cups of tea (240 mL each). How many mL do I still need to drink?",
    "Goal {G} mL of fluid. So far: {b} × {s} mL bottles plus {c} × 240 mL cups. Remaining?",
    "A patient on a {G} mL fluid target has had {b} bottles ({s} mL each) and {c} cups (240 mL). How much more fluid is allowed to reach the target?",
    "How many more millilitres to reach {G} mL after {b} bottles of {s} mL and {c} 240-mL cups?",
)
def water_left(r, fm):
    while True:
        G = r.choice([1500, 1800, 2000, 2200, 2500, 2700, 3000])
        b = r.randint(2, 4)
        s = r.choice([250, 330, 355, 500, 591])
        c = r.randint(1, 3)
        if G - b * s - c * 240 > 50:
            break
    steps = [
        Step("fluid from bottles", mul(N(b), N(s, "mL")), "mL", short="Bottles"),
        Step("fluid from cups", mul(N(c), N(240, "mL")), "mL", short="Cups"),
        Step("fluid so far", add(R(0), R(1)), "mL", short="Total so far"),
        Step("fluid remaining", sub(N(G, "mL"), R(2)), "mL", short="Remaining"),
    ]
    return dict(v=dict(G=fm(G), b=b, s=s, c=c), steps=steps, goal="the remaining fluid",
                ans=["You still need {A}.", "{A} to go.", "Remaining: {A}."],
                givens=[("Goal", "%s mL" % fm(G)), ("Bottles", "%d × %d mL" % (b, s)), ("Cups", "%d × 240 mL" % c)])


# ------------------------------------------------------------------ medication
@struct(
    "A child weighing {kg} kg is prescribed {mgkg} mg/kg of {drug} every {q} hours. What is the single dose and the total daily dose?",
    "Order: {drug} {mgkg} mg/kg {qs}. Child's weight: {kg} kg. Total mg per day?",
    "How many mg of {drug} per day does a {kg} kg child get at {mgkg} mg/kg given every {q} hours?",
    "Dose {mgkg} mg/kg, weight {kg} kg, frequency {qs}. Daily total in mg?",
)
def dose_daily(r, fm):
    kg = ds(F(r.randint(12, 80), 2))
    drug, mgkg = r.choice([("acetaminophen", "15"), ("ibuprofen", "10"), ("amoxicillin", "25"), ("cefalexin", "12.5"),
                           ("ondansetron", "0.15"), ("ibuprofen", "5")])
    q, qs = r.choice(QH[1:])
    steps = [
        Step("single dose", mul(N(mgkg, "mg/kg"), N(kg, "kg")), "mg", dp=3, short="Dose"),
        Step("doses per day", div(N(24, "h"), N(q, "h")), "doses", short="Doses/day",
             why="%s means every %d hours (e.g. %s)." % (qs, q, {6: "06:00, 12:00, 18:00 and 24:00", 8: "06:00, 14:00 and 22:00", 12: "08:00 and 20:00"}[q])),
        Step("total daily dose", mul(R(0), R(1, "")), "mg", dp=3, short="Daily total"),
    ]
    return dict(v=dict(kg=kg, mgkg=mgkg, drug=drug, q=q, qs=qs), steps=steps, goal="the total daily dose",
                ans=["The single dose is {s0} mg and the daily total is {A}.", "Total per day: {A}.",
                     "The child receives {A} per day."],
                givens=[("Weight", "%s kg" % kg), ("Dose", "%s mg/kg" % mgkg), ("Frequency", qs)])


@struct(
    "A child weighs {lb} lb. The order is {mgkg} mg/kg of {drug}. How many mg should be given? (1 kg = 2.2 lb)",
    "Convert {lb} lb to kg (÷ 2.2), then calculate a {mgkg} mg/kg dose of {drug}.",
    "What dose in mg does a {lb}-pound patient receive at {mgkg} mg per kilogram?",
    "Pt weight {lb} lb. {drug} {mgkg} mg/kg. Dose = ? mg",
)
def dose_lb(r, fm):
    kgx = F(r.randint(16, 160), 2)
    lb = dec_str(kgx * F("2.2"))
    drug, mgkg = r.choice([("acetaminophen", "15"), ("ibuprofen", "10"), ("gentamicin", "2.5"), ("vancomycin", "15"),
                           ("ceftriaxone", "50"), ("morphine", "0.1")])
    steps = [
        Step("weight in kilograms", div(N(lb, "lb"), N("2.2", "lb/kg")), "kg", dp=2, short="Weight (kg)",
             why="1 kg = 2.2 lb."),
        Step("dose", mul(N(mgkg, "mg/kg"), R(0)), "mg", dp=3, short="Dose"),
    ]
    return dict(v=dict(lb=lb, mgkg=mgkg, drug=drug), steps=steps, goal="the dose in mg",
                ans=["Give {A} of {drug}.", "The dose is {A}.", "Dose = {A}."],
                givens=[("Weight", "%s lb" % lb), ("Order", "%s mg/kg" % mgkg), ("Conversion", "2.2 lb = 1 kg")])


@struct(
    "A {kg} kg child needs {mgkg} mg/kg of {drug}. The suspension is {conc} mg per 5 mL. How many mL should be given? Round to one decimal.",
    "Pediatric dose: {mgkg} mg/kg, weight {kg} kg. Available: {drug} {conc} mg/5 mL. Volume to give (mL, 1 d.p.)?",
    "How many milliliters of {drug} suspension ({conc} mg in 5 mL) deliver a {mgkg} mg/kg dose to a child weighing {kg} kg?",
    "My kid weighs {kg} kg and the pharmacist said {mgkg} mg per kg. The bottle says {conc} mg/5 mL. How many mL?",
)
def dose_liquid(r, fm):
    kg = r.randint(6, 36)
    drug, mgkg, conc = r.choice([("acetaminophen", "15", 160), ("ibuprofen", "10", 100), ("amoxicillin", "25", 250),
                                 ("amoxicillin", "20", 400), ("cefdinir", "7", 125), ("azithromycin", "10", 200)])
    steps = [
        Step("dose needed", mul(N(mgkg, "mg/kg"), N(kg, "kg")), "mg", dp=2, short="Dose"),
        Step("volume to give", mul(div(R(0), N(conc, "mg")), N(5, "mL")), "mL", dp=1, short="Volume",
             why="Volume = (dose ÷ concentration) × 5 mL."),
    ]
    return dict(v=dict(kg=kg, mgkg=mgkg, drug=drug, conc=conc), steps=steps, goal="the volume to give",
                ans=["Give about {A}.", "Draw up {A} ({s0} mg).", "The volume is about {A}."],
                givens=[("Weight", "%d kg" % kg), ("Order", "%s mg/kg" % mgkg), ("Available", "%d mg/5 mL" % conc)])


@struct(
    "{drug} is ordered at {mgkgd} mg/kg/day divided {qs} for a {kg} kg patient. How many mg per dose? Round to one decimal.",
    "Daily dose {mgkgd} mg/kg/day, weight {kg} kg, given every {q} hours. What is each dose?",
    "A {kg}-kg child is to get {mgkgd} mg/kg/day of {drug} in equal doses every {q} h. Find the dose per administration.",
    "mg/kg/day = {mgkgd}; wt = {kg} kg; {qs}. Per-dose amount?",
)
def dose_divided(r, fm):
    kg = ds(F(r.randint(16, 90), 2))
    drug, mgkgd = r.choice([("amoxicillin", "90"), ("amoxicillin", "45"), ("cephalexin", "50"), ("clindamycin", "30"),
                            ("azithromycin", "10"), ("ibuprofen", "40")])
    q, qs = r.choice(QH[1:])
    steps = [
        Step("daily dose", mul(N(mgkgd, "mg/kg/day"), N(kg, "kg")), "mg/day", dp=2, short="Daily dose"),
        Step("doses per day", div(N(24, "h"), N(q, "h")), "doses", short="Doses/day",
             why="Every %d hours means 24/%d doses in a 24-hour day." % (q, q)),
        Step("dose per administration", div(R(0), R(1)), "mg", dp=1, short="Per dose"),
    ]
    return dict(v=dict(kg=kg, drug=drug, mgkgd=mgkgd, q=q, qs=qs), steps=steps, goal="the amount per dose",
                ans=["Each dose is about {A}.", "Give {A} per dose.", "Per dose ≈ {A}."],
                givens=[("Weight", "%s kg" % kg), ("Order", "%s mg/kg/day" % mgkgd), ("Frequency", qs)])


@struct(
    "The order is {D} mg of {drug} {fs}. Tablets on hand are {H} mg. How many tablets per dose and per day?",
    "Ordered: {drug} {D} mg {fa}. Available: {H} mg tablets. Tablets per day?",
    "A nurse must give {D} mg of {drug} using {H} mg tablets, {fs}. How many tablets will the patient take each day?",
    "Dr. orders {drug} {D} mg PO {fa}; supply: {H} mg tabs. How many tabs per dose and per day?",
)
def tabs_day(r, fm):
    drug, H, mults = r.choice([("metformin", 500, ["1", "2"]), ("amoxicillin", 250, ["1", "2"]),
                               ("metoprolol", 25, ["0.5", "1", "2"]), ("furosemide", 20, ["1", "2"]),
                               ("lisinopril", 10, ["0.5", "1", "2"]), ("levetiracetam", 250, ["1", "2", "3"])])
    D = dec_str(F(H) * F(r.choice(mults)))
    fa, k, fs = r.choice(FREQ)
    steps = [
        Step("tablets per dose", mul(div(N(D, "mg"), N(H, "mg")), N(1, "tab")), "tablets", dp=1, short="Per dose",
             why="Use D/H × Q (desired ÷ have × quantity)."),
        Step("tablets per day", mul(R(0), N(k)), "tablets", dp=1, short="Per day"),
    ]
    return dict(v=dict(drug=drug, D=D, H=H, fa=fa, fs=fs), steps=steps, goal="the tablets per day",
                ans=["The patient takes {s0} tablet(s) per dose, {A} per day.", "{A} per day.", "Total: {A} daily."],
                givens=[("Ordered", "%s mg %s" % (D, fa)), ("On hand", "%d mg tablets" % H)])


@struct(
    "A prescription says take {t} tablet(s) {fs} for {d} days. How many tablets should the pharmacy dispense?",
    "Rx: {t} tab PO {fa} × {d} days. Total tablets?",
    "How many pills are needed for a {d}-day course of {t} pill(s) {fs}?",
    "My doctor prescribed {t} capsule(s) {fs} for {d} days. How many capsules is that in total?",
)
def rx_total(r, fm):
    t = r.choice([1, 1, 2, 3])
    fa, k, fs = r.choice(FREQ)
    d = r.choice([5, 7, 10, 14, 21, 28, 30])
    steps = [
        Step("tablets per day", mul(N(t, "tab"), N(k)), "tablets", short="Per day"),
        Step("total tablets", mul(R(0), N(d, "days")), "tablets", short="Total"),
    ]
    return dict(v=dict(t=t, fa=fa, fs=fs, d=d), steps=steps, goal="the number of tablets to dispense",
                ans=["Dispense {A}.", "The pharmacy should dispense {A}.", "{A} in total."],
                givens=[("Dose", "%d tab" % t), ("Frequency", fa), ("Duration", "%d days" % d)], final_unit="tablets")


@struct(
    "A bottle holds {Nn} pills. If you take {a} pill(s) {fs}, how many are left after {d} days?",
    "I started a {Nn}-count bottle and take {a} {fs}. How many pills remain after {d} days?",
    "How many tablets are left in a {Nn}-tablet bottle after {d} days of {a} tablet(s) {fs}?",
    "Bottle: {Nn} caps. Sig: {a} cap {fa}. Remaining after {d} days?",
)
def pills_left(r, fm):
    while True:
        Nn = r.choice([30, 60, 90, 100, 120, 180])
        a = r.choice([1, 1, 2])
        fa, k, fs = r.choice(FREQ)
        d = r.randint(3, 40)
        if Nn - a * k * d > 0:
            break
    steps = [
        Step("pills per day", mul(N(a), N(k)), "pills", short="Per day"),
        Step("pills taken", mul(R(0), N(d, "days")), "pills", short="Taken"),
        Step("pills left", sub(N(Nn), R(1)), "pills", short="Left"),
    ]
    return dict(v=dict(Nn=Nn, a=a, fa=fa, fs=fs, d=d), steps=steps, goal="the number of pills left",
                ans=["{A} are left.", "There are {A} remaining.", "After {d} days, {A} remain."],
                givens=[("Bottle", "%d pills" % Nn), ("Dose", "%d %s" % (a, fa)), ("Days", str(d))])


@struct(
    "A bottle has {Nn} tablets. The dose is {a} tablet(s) {fs}. How many full days will the bottle last?",
    "Days' supply: {Nn} tabs, sig {a} tab {fa}. How many full days? (Report the days.)",
    "How many complete days does a {Nn}-tablet supply cover if the patient takes {a} tablet(s) {fs}?",
    "I have {Nn} pills and take {a} {fs}. For how many whole days will they last?",
)
def days_supply(r, fm):
    while True:
        Nn = r.choice([25, 30, 45, 50, 60, 75, 90, 100])
        a = r.choice([1, 2])
        fa, k, fs = r.choice(FREQ)
        if Nn % (a * k) != 0 and Nn // (a * k) >= 3:
            break
    steps = [
        Step("tablets per day", mul(N(a), N(k)), "tablets", short="Per day"),
        Step("days of supply", div(N(Nn, "tablets"), R(0)), "days", dp=2,
             post=("floor", 0, "{v} full days"), short="Days"),
    ]
    return dict(v=dict(Nn=Nn, a=a, fa=fa, fs=fs), steps=steps, goal="the number of full days",
                ans=["The bottle lasts {A}.", "{A} of supply.", "It covers {A} (the rest is a partial day)."],
                givens=[("Supply", "%d tablets" % Nn), ("Sig", "%d %s" % (a, fa))], final_unit="full days")


@struct(
    "A medication costs ${p} per tablet. The patient takes {t} tablet(s) a day for 30 days and pays {co}% coinsurance. What does the patient pay for the month?",
    "Drug price ${p}/tab, {t} tab(s) daily, 30-day fill, {co}% coinsurance. Patient's out-of-pocket cost?",
    "How much does a 30-day supply cost the patient if each pill is ${p}, they take {t} per day, and their plan has {co}% coinsurance?",
    "My pills are ${p} each and I take {t} a day. Insurance makes me pay {co}% of the cost. What do I pay for 30 days?",
)
def med_cost(r, fm):
    p = dec_str(F(r.randint(12, 960), 4), 2)
    t = r.choice([1, 2, 3])
    co = r.choice([10, 20, 25, 30, 40])
    steps = [
        Step("tablets per month", mul(N(t), N(30, "days")), "tablets", short="Tablets"),
        Step("full monthly cost", mul(R(0, ""), N(p, money=True)), "", money=True, short="Full cost"),
        Step("patient's share", P(co, R(1)), "", money=True, short="You pay"),
    ]
    return dict(v=dict(p=p, t=t, co=co), steps=steps, goal="the patient's monthly cost",
                ans=["The patient pays {A} for the month.", "Out-of-pocket: {A}.", "Your share is {A}."],
                givens=[("Price", "$%s per tablet" % p), ("Tablets/day", str(t)), ("Coinsurance", "%d%%" % co)])


@struct(
    "A patient eating {carbs} g of carbohydrate uses an insulin-to-carb ratio of 1 unit per {icr} g, and needs a correction: glucose {bg} mg/dL, target {tg} mg/dL, sensitivity 1 unit per {isf} mg/dL. Total bolus (one decimal)?",
    "Bolus calc: carbs {carbs} g, ICR 1:{icr}, BG {bg}, target {tg}, ISF {isf}. Total units?",
    "How many units of rapid-acting insulin for a {carbs} g carb meal (1 u/{icr} g) plus a correction from {bg} down to {tg} mg/dL with an ISF of {isf}?",
    "My meal has {carbs} g carbs. My ratio is 1 unit for {icr} g and my correction factor is 1 unit per {isf} mg/dL above {tg}. My sugar is {bg}. How much insulin?",
)
def insulin(r, fm):
    carbs = r.randrange(30, 121, 5)
    icr = r.choice([8, 10, 12, 15, 20])
    tg = r.choice([100, 110, 120])
    isf = r.choice([25, 30, 40, 50, 60])
    bg = tg + r.randrange(20, 181, 5)
    steps = [
        Step("carb dose", div(N(carbs, "g"), N(icr, "g/unit")), "units", dp=1, short="Carb bolus",
             why="An ICR of 1:%d means 1 unit covers %d g of carbohydrate." % (icr, icr)),
        Step("glucose above target", sub(N(bg), N(tg)), "mg/dL", short="Above target"),
        Step("correction dose", div(R(1), N(isf)), "units", dp=1, short="Correction"),
        Step("total bolus", add(R(0), R(2)), "units", dp=1, short="Total"),
    ]
    return dict(v=dict(carbs=carbs, icr=icr, bg=bg, tg=tg, isf=isf), steps=steps, goal="the total insulin bolus",
                ans=["The total bolus is about {A}.", "Give about {A} ({s0} + {s2}).", "≈ {A} total."],
                givens=[("Carbs", "%d g" % carbs), ("ICR", "1:%d" % icr), ("BG / target", "%d / %d mg/dL" % (bg, tg)), ("ISF", str(isf))])


# ------------------------------------------------------------------ IV
@struct(
    "Infuse {V} mL of {fluid} over {h} hours. What rate should the pump be set to in mL/h?",
    "Order: {V} mL {fluid} IV over {h} h. Pump rate (mL/h), one decimal?",
    "What is the infusion rate for {V} mL to run over {h} hours?",
    "{fluid} {V} mL to infuse in {h} hrs. Set the pump at how many mL/hr?",
)
def iv_rate(r, fm):
    V = r.choice([250, 500, 750, 1000, 1200, 1500, 2000])
    h = r.choice([2, 3, 4, 6, 7, 8, 9, 10, 12, 24])
    fluid = r.choice(["normal saline", "lactated Ringer's", "D5W", "0.45% NaCl", "D5 ½NS"])
    steps = [Step("infusion rate", div(N(V, "mL"), N(h, "h")), "mL/h", dp=1, short="Rate")]
    return dict(v=dict(V=fm(V), h=h, fluid=fluid), steps=steps, goal="the pump rate",
                ans=["Set the pump to about {A}.", "Rate ≈ {A}.", "Run it at {A}."],
                givens=[("Volume", "%s mL" % fm(V)), ("Time", "%d h" % h)])


@struct(
    "An IV of {V} mL is to run over {h} hours with tubing of {df} gtt/mL. What is the drip rate in drops per minute? Round to the nearest drop.",
    "Gravity drip: {V} mL over {h} h, drop factor {df} gtt/mL. gtt/min?",
    "Calculate the flow rate in gtt/min for {V} mL infused over {h} hours using a {df} drops/mL administration set.",
    "{V} mL {fluid} over {h} hr; set = {df} gtt/mL. How many drops per minute (whole number)?",
)
def drip_gtt(r, fm):
    V = r.choice([250, 500, 750, 1000, 1500])
    h = r.choice([2, 3, 4, 5, 6, 8, 10, 12])
    df = r.choice([10, 15, 20, 60])
    fluid = r.choice(["NS", "LR", "D5W"])
    steps = [
        Step("hourly rate", div(N(V, "mL"), N(h, "h")), "mL/h", dp=1, short="mL/h"),
        Step("drip rate", div(mul(R(0), N(df, "gtt/mL")), N(60, "min/h")), "gtt/min", dp=2, post=("round", 0),
             short="Drip rate", why="gtt/min = (mL/h × drop factor) ÷ 60 min."),
    ]
    return dict(v=dict(V=fm(V), h=h, df=df, fluid=fluid), steps=steps, goal="the drip rate",
                ans=["The drip rate is about {A}.", "Regulate to about {A}.", "≈ {A}."],
                givens=[("Volume", "%s mL" % fm(V)), ("Time", "%d h" % h), ("Drop factor", "%d gtt/mL" % df)])


@struct(
    "Give {V} mL of an IV antibiotic over {t} minutes using a {df} gtt/mL set. What is the drip rate in gtt/min (nearest whole drop)?",
    "IVPB {V} mL over {t} min, drop factor {df}. Drops per minute?",
    "How many drops per minute will deliver {V} mL in {t} minutes with {df} gtt/mL tubing?",
    "Drip rate = volume × drop factor ÷ time (min). V = {V} mL, DF = {df} gtt/mL, t = {t} min.",
)
def drip_min(r, fm):
    V = r.choice([50, 100, 150, 200, 250])
    t = r.choice([20, 30, 40, 45, 60, 90])
    df = r.choice([10, 15, 20, 60])
    steps = [Step("drip rate", div(mul(N(V, "mL"), N(df, "gtt/mL")), N(t, "min")), "gtt/min", dp=2, post=("round", 0),
                  short="Rate")]
    return dict(v=dict(V=V, t=t, df=df), steps=steps, goal="the drip rate",
                ans=["Set the drip to about {A}.", "≈ {A}.", "The rate is about {A}."],
                givens=[("Volume", "%d mL" % V), ("Time", "%d min" % t), ("Drop factor", "%d gtt/mL" % df)])


@struct(
    "A {V} mL bag is running at {rate} mL/h. How many hours will it take to finish? Give the answer in hours (decimal).",
    "IV: {V} mL at {rate} mL/hr. Infusion time in hours and minutes?",
    "How long does {V} mL take to infuse at {rate} mL per hour?",
    "Time to infuse = volume ÷ rate. {V} mL ÷ {rate} mL/h = ? hours",
)
def iv_time(r, fm):
    while True:
        rate = r.choice([40, 50, 60, 75, 80, 100, 120, 125, 150, 160, 200])
        hrs = F(r.randint(5, 48), 4)
        V = rate * hrs
        if V.denominator == 1 and V % 50 == 0 and hrs.denominator != 1:
            break
    V = int(V)
    steps = [
        Step("infusion time", div(N(V, "mL"), N(rate, "mL/h")), "h", dp=2, short="Time"),
        Step("leftover minutes", mul(FP(0, "h"), N(60, "min/h")), "min", dp=1, short="Minutes"),
    ]
    return dict(v=dict(V=fm(V), rate=rate), steps=steps, goal="the infusion time", final_i=0,
                ans=["It will take {A} = {H} h {s1} min.", "Infusion time: {A}, i.e. {H} h {s1} min.",
                     "The bag finishes in {A} ({H} hours and {s1} minutes).",
                     "That's {A} = {H} h {s1} min, so a bag hung at 07:00 finishes at {end}.",
                     "Infusion time is {A}; started at 07:00, it ends at 07:00 + {H}:{mm} = {end}."],
                givens=[("Volume", "%s mL" % fm(V)), ("Rate", "%d mL/h" % rate)],
                extra=iv_extra)


def iv_extra(vals):
    h = int(vals[0])
    mins = rnd((vals[0] - h) * 60, 0)
    tot = 7 * 60 + h * 60 + mins
    day, tot = divmod(tot, 24 * 60)
    hh, mm = divmod(tot, 60)
    end = "%02d:%s" % (int(hh), dec_str(mm).rjust(2, "0"))
    if day:
        end += " the next day"
    return dict(H=str(h), mm=dec_str(mins).rjust(2, "0"), end=end)


@struct(
    "Heparin is ordered at {uk} units/kg/h for a {kg} kg patient. The bag has {U} units in {mL} mL. At what rate (mL/h) should the pump run? One decimal.",
    "Weight-based heparin: {uk} units/kg/hr, weight {kg} kg, concentration {U} units/{mL} mL. mL/hr?",
    "Calculate the infusion rate in mL/h for {uk} units/kg/h of heparin in a {kg}-kg patient when the premixed bag is {U} units in {mL} mL.",
    "Pt {kg} kg. Heparin drip {uk} u/kg/h. Bag: {U} u / {mL} mL. Rate?",
)
def heparin(r, fm):
    kg = r.randint(48, 125)
    uk = r.choice([12, 14, 15, 18])
    U, mL = r.choice([(25000, 250), (25000, 500), (20000, 500), (10000, 250)])
    steps = [
        Step("hourly dose", mul(N(uk, "units/kg/h"), N(kg, "kg")), "units/h", short="Dose"),
        Step("concentration", div(N(U, "units"), N(mL, "mL")), "units/mL", short="Concentration"),
        Step("pump rate", div(R(0), R(1)), "mL/h", dp=1, short="Rate"),
    ]
    return dict(v=dict(kg=kg, uk=uk, U=fm(U), mL=mL), steps=steps, goal="the pump rate",
                ans=["Run the pump at about {A}.", "Rate ≈ {A}.", "Set it to {A}."],
                givens=[("Order", "%d units/kg/h" % uk), ("Weight", "%d kg" % kg), ("Bag", "%s units/%d mL" % (fm(U), mL))])


@struct(
    "Use the 4-2-1 rule to find the maintenance IV rate for a child weighing {kg} kg.",
    "Holliday-Segar 4-2-1: weight {kg} kg. Hourly maintenance fluid rate?",
    "What is the hourly maintenance fluid rate (mL/h) for a {kg} kg patient using 4 mL/kg/h for the first 10 kg, 2 mL/kg/h for the next 10 kg, and 1 mL/kg/h after that?",
    "Maintenance fluids for {kg} kg by the 4-2-1 method?",
)
def four21(r, fm):
    kg = r.randint(22, 75)
    steps = [
        Step("first 10 kg", mul(N(10, "kg"), N(4, "mL/kg/h")), "mL/h", short="First 10 kg",
             why="4-2-1 rule: 4 mL/kg/h for kg 1–10, 2 mL/kg/h for kg 11–20, 1 mL/kg/h above 20 kg."),
        Step("next 10 kg", mul(N(10, "kg"), N(2, "mL/kg/h")), "mL/h", short="Next 10 kg"),
        Step("remaining weight", sub(N(kg, "kg"), N(20, "kg")), "kg", short="Remaining kg"),
        Step("rate for the remaining weight", mul(R(2), N(1, "mL/kg/h")), "mL/h", short="Remaining"),
        Step("maintenance rate", add(R(0), R(1), R(3)), "mL/h", short="Total"),
    ]
    return dict(v=dict(kg=kg), steps=steps, goal="the maintenance rate",
                ans=["The maintenance rate is {A}.", "Run maintenance fluids at {A}.", "Total: {A}."],
                givens=[("Weight", "%d kg" % kg), ("Rule", "4-2-1 mL/kg/h")])
