"""Problem templates. Each template: name, topic, problem text, 3 number sets, and a
function fn(b, n) that performs the solution steps through builder b and returns
(answer_value, conclusion_format, answer_kind). Conclusion format uses {a} for the
formatted answer."""
from fractions import Fraction as F

TEMPLATES = []


def tpl(name, topic, text, sets):
    def deco(fn):
        TEMPLATES.append(dict(name=name, topic=topic, text=text, sets=sets, fn=fn))
        return fn
    return deco


def M(v):
    return ('$', F(v))


def P(v):
    return ('%', F(v))


@tpl("apples_left", "multi-step counting",
     "Maria buys {a} bags of apples with {b} apples in each bag. She gives {c} apples to her neighbors. How many apples does Maria have left?",
     [dict(a=4, b=6, c=9), dict(a=7, b=12, c=25), dict(a=5, b=8, c=13)])
def _(b, n):
    t = b.c([n['a'], '*', n['b']], 'total number of apples', 'apples')
    r = b.c([t, '-', n['c']], 'number of apples left', 'apples')
    return r, "Maria has {a} apples left.", 'n'


@tpl("jacket_discount", "percents/money",
     "A jacket costs ${p}. The store is having a sale with {d}% off everything. What is the sale price of the jacket in dollars?",
     [dict(p=80, d=25), dict(p=45, d=20), dict(p=120, d=15)])
def _(b, n):
    d = b.c([M(n['p']), '*', P(n['d'])], 'amount of the discount', money=True)
    s = b.c([M(n['p']), '-', M(d)], 'sale price', money=True)
    return s, "The sale price of the jacket is {a}.", '$'


@tpl("car_two_legs", "rates",
     "A car travels at {s1} miles per hour for {h1} hours, then at {s2} miles per hour for {h2} hours. How many miles does the car travel in total?",
     [dict(s1=60, h1=3, s2=45, h2=2), dict(s1=55, h1=4, s2=70, h2=3), dict(s1=40, h1=2, s2=65, h2=5)])
def _(b, n):
    d1 = b.c([n['s1'], '*', n['h1']], 'distance for the first part', 'miles')
    d2 = b.c([n['s2'], '*', n['h2']], 'distance for the second part', 'miles')
    t = b.c([d1, '+', d2], 'total distance', 'miles')
    return t, "The car travels {a} miles in total.", 'n'


@tpl("movie_minutes", "time/unit conversions",
     "A movie is {h} hours and {m} minutes long. Lena watches it twice in one weekend. How many minutes does she spend watching the movie?",
     [dict(h=2, m=15), dict(h=1, m=48), dict(h=3, m=5)])
def _(b, n):
    hm = b.c([n['h'], '*', 60], 'number of minutes in the full hours', 'minutes')
    one = b.c([hm, '+', n['m']], 'length of the movie in minutes', 'minutes')
    two = b.c([one, '*', 2], 'total watching time', 'minutes')
    return two, "Lena spends {a} minutes watching the movie.", 'n'


@tpl("test_average", "averages",
     "Sam scored {a}, {b}, {c}, and {d} on his four math tests. What is his average score?",
     [dict(a=82, b=90, c=77, d=95), dict(a=68, b=74, c=91, d=83), dict(a=88, b=93, c=79, d=84)])
def _(b, n):
    s = b.c([n['a'], '+', n['b'], '+', n['c'], '+', n['d']], 'sum of the scores', 'points')
    avg = b.c([s, '/', 4], 'average score', 'points')
    return avg, "Sam's average score is {a}.", 'n'


@tpl("sibling_ages", "ages",
     "Tom is {a} years old. His sister is {k} times as old as he is. In {y} years, what will the sum of their ages be?",
     [dict(a=6, k=3, y=5), dict(a=9, k=2, y=4), dict(a=4, k=5, y=7)])
def _(b, n):
    s = b.c([n['a'], '*', n['k']], "sister's current age", 'years')
    tf = b.c([n['a'], '+', n['y']], "Tom's age in the future", 'years')
    sf = b.c([s, '+', n['y']], "sister's age in the future", 'years')
    t = b.c([tf, '+', sf], 'sum of their future ages', 'years')
    return t, "The sum of their ages will be {a} years.", 'n'


@tpl("garden_fence", "geometry/money",
     "A rectangular garden is {L} feet long and {W} feet wide. Fencing costs ${c} per foot. How much will it cost to put a fence around the whole garden?",
     [dict(L=12, W=8, c=3), dict(L=25, W=15, c='4.50'), dict(L=30, W=18, c=6)])
def _(b, n):
    p = b.c([2, '*', n['L'], '+', 2, '*', n['W']], 'perimeter of the garden', 'feet')
    c = b.c([p, '*', M(n['c'])], 'cost of the fence', money=True)
    return c, "It will cost {a} to fence the garden.", '$'


@tpl("pizza_fraction", "fractions",
     "A pizza is cut into {s} slices. Ann eats 1/4 of the pizza and Ben eats 1/3 of the pizza. How many slices are left?",
     [dict(s=12), dict(s=24), dict(s=36)])
def _(b, n):
    a = b.c([n['s'], '/', 4], 'slices Ann eats', 'slices')
    bb = b.c([n['s'], '/', 3], 'slices Ben eats', 'slices')
    e = b.c([a, '+', bb], 'slices eaten together', 'slices')
    l = b.c([n['s'], '-', e], 'slices left', 'slices')
    return l, "There are {a} slices left.", 'n'


@tpl("class_ratio", "ratios",
     "In a class, the ratio of boys to girls is {x}:{y}. There are {N} students in the class. How many girls are there?",
     [dict(x=3, y=5, N=32), dict(x=4, y=3, N=28), dict(x=2, y=7, N=36)])
def _(b, n):
    p = b.c([n['x'], '+', n['y']], 'total number of ratio parts', 'parts')
    e = b.c([n['N'], '/', p], 'number of students in each part', 'students')
    g = b.c([e, '*', n['y']], 'number of girls', 'girls')
    return g, "There are {a} girls in the class.", 'n'


@tpl("juice_glasses", "unit conversions",
     "A jug holds {l} liters of juice. Each glass holds {ml} milliliters. How many glasses can be filled from the jug?",
     [dict(l=2, ml=250), dict(l=3, ml=200), dict(l=6, ml=300)])
def _(b, n):
    m = b.c([n['l'], '*', 1000], 'amount of juice in milliliters', 'milliliters')
    g = b.c([m, '/', n['ml']], 'number of glasses', 'glasses')
    return g, "The jug can fill {a} glasses.", 'n'


@tpl("bike_savings", "money",
     "Jake wants to buy a bike that costs ${C}. He has already saved ${H}, and he saves ${w} every week. How many weeks will it take him to have enough money?",
     [dict(C=240, H=60, w=15), dict(C=350, H=110, w=20), dict(C=180, H=36, w=12)])
def _(b, n):
    need = b.c([M(n['C']), '-', M(n['H'])], 'amount he still needs', money=True)
    w = b.c([M(need), '/', M(n['w'])], 'number of weeks', 'weeks')
    return w, "It will take Jake {a} weeks.", 'n'


@tpl("overtime_pay", "money/rates",
     "Rosa earns ${r} per hour for the first 40 hours she works in a week. For every hour over 40, she is paid 1.5 times her regular rate. Last week she worked {h} hours. How much did she earn?",
     [dict(r=18, h=46), dict(r=22, h=45), dict(r=15, h=50)])
def _(b, n):
    reg = b.c([40, '*', M(n['r'])], 'pay for the regular hours', money=True)
    oh = b.c([n['h'], '-', 40], 'number of overtime hours', 'hours')
    orate = b.c([M(n['r']), '*', F('1.5')], 'overtime rate', money=True)
    op = b.c([oh, '*', M(orate)], 'overtime pay', money=True)
    t = b.c([M(reg), '+', M(op)], 'total pay', money=True)
    return t, "Rosa earned {a} last week.", '$'


@tpl("cookie_eggs", "ratios/multi-step",
     "A cookie recipe makes {m} cookies and uses {e} eggs. Priya wants to bake {N} cookies for a school fair. How many eggs does she need?",
     [dict(m=24, e=2, N=96), dict(m=18, e=3, N=72), dict(m=30, e=4, N=150)])
def _(b, n):
    k = b.c([n['N'], '/', n['m']], 'number of batches', 'batches')
    e = b.c([k, '*', n['e']], 'number of eggs needed', 'eggs')
    return e, "Priya needs {a} eggs.", 'n'


@tpl("train_minutes", "rates/time",
     "A train travels {D} miles at a constant speed of {S} miles per hour. How many minutes does the trip take?",
     [dict(D=150, S=60), dict(D=210, S=84), dict(D=45, S=36)])
def _(b, n):
    h = b.c([n['D'], '/', n['S']], 'travel time in hours', 'hours')
    m = b.c([h, '*', 60], 'travel time in minutes', 'minutes')
    return m, "The trip takes {a} minutes.", 'n'


@tpl("school_supplies_change", "money",
     "Ella buys {n1} notebooks for ${p1} each and {n2} pens for ${p2} each. She pays with a ${X} bill. How much change does she get?",
     [dict(n1=3, p1='2.50', n2=4, p2='1.25', X=20), dict(n1=5, p1='3.20', n2=2, p2='0.75', X=50), dict(n1=2, p1='4.75', n2=6, p2='1.10', X=20)])
def _(b, n):
    a = b.c([n['n1'], '*', M(n['p1'])], 'cost of the notebooks', money=True)
    c = b.c([n['n2'], '*', M(n['p2'])], 'cost of the pens', money=True)
    t = b.c([M(a), '+', M(c)], 'total cost', money=True)
    ch = b.c([M(n['X']), '-', M(t)], 'change', money=True)
    return ch, "Ella gets {a} in change.", '$'


@tpl("floor_tiles", "geometry",
     "A room is {L} feet long and {W} feet wide. Square tiles measure {s} feet on each side. How many tiles are needed to cover the floor?",
     [dict(L=12, W=10, s=2), dict(L=15, W=9, s=3), dict(L=16, W=14, s=2)])
def _(b, n):
    a = b.c([n['L'], '*', n['W']], 'area of the floor', 'square feet')
    t = b.c([n['s'], '*', n['s']], 'area of one tile', 'square feet')
    k = b.c([a, '/', t], 'number of tiles', 'tiles')
    return k, "{a} tiles are needed.", 'n'


@tpl("town_population", "percents",
     "A town has {P} residents. Next year the population is expected to grow by {r}%. How many residents will the town have next year?",
     [dict(P=4500, r=8), dict(P=12000, r=5), dict(P=2400, r=15)])
def _(b, n):
    i = b.c([n['P'], '*', P(n['r'])], 'increase in population', 'residents')
    t = b.c([n['P'], '+', i], 'new population', 'residents')
    return t, "The town will have {a} residents next year.", 'n'


@tpl("marbles_share", "fractions",
     "Leo has {M} marbles. He gives 1/3 of them to his brother, then gives 1/4 of the remaining marbles to his friend. How many marbles does Leo have now?",
     [dict(M=36), dict(M=60), dict(M=84)])
def _(b, n):
    a = b.c([n['M'], '/', 3], 'marbles given to his brother', 'marbles')
    r = b.c([n['M'], '-', a], 'marbles remaining', 'marbles')
    f = b.c([r, '/', 4], 'marbles given to his friend', 'marbles')
    l = b.c([r, '-', f], 'marbles Leo has now', 'marbles')
    return l, "Leo has {a} marbles now.", 'n'


@tpl("zoo_tickets", "money",
     "Zoo tickets cost ${a} for adults and ${c} for children. A family of {A} adults and {C} children visits the zoo. How much do they pay in total?",
     [dict(a=24, c=15, A=2, C=3), dict(a='18.50', c='9.75', A=2, C=4), dict(a=32, c=21, A=3, C=2)])
def _(b, n):
    x = b.c([n['A'], '*', M(n['a'])], 'cost of the adult tickets', money=True)
    y = b.c([n['C'], '*', M(n['c'])], 'cost of the children\'s tickets', money=True)
    t = b.c([M(x), '+', M(y)], 'total cost', money=True)
    return t, "The family pays {a} in total.", '$'


@tpl("gas_cost", "rates/money",
     "Kim's car gets {m} miles per gallon. She drives {D} miles to visit her aunt. Gas costs ${g} per gallon. How much does the gas for the trip cost?",
     [dict(m=30, D=240, g='3.50'), dict(m=25, D=350, g='3.20'), dict(m=32, D=416, g=4)])
def _(b, n):
    g = b.c([n['D'], '/', n['m']], 'gallons of gas used', 'gallons')
    c = b.c([g, '*', M(n['g'])], 'cost of the gas', money=True)
    return c, "The gas for the trip costs {a}.", '$'


@tpl("tank_fill", "rates",
     "A water tank holds {V} liters. It already has {s} liters in it. A hose adds {r} liters per minute. How many minutes will it take to fill the tank?",
     [dict(V=500, s=140, r=12), dict(V=1200, s=300, r=45), dict(V=750, s=210, r=18)])
def _(b, n):
    need = b.c([n['V'], '-', n['s']], 'amount of water still needed', 'liters')
    t = b.c([need, '/', n['r']], 'time to fill the tank', 'minutes')
    return t, "It will take {a} minutes to fill the tank.", 'n'


@tpl("book_pages", "multi-step counting",
     "A book has {P} pages. Noah reads {p} pages every day for {d} days. How many pages does he still have to read?",
     [dict(P=320, p=18, d=12), dict(P=450, p=25, d=14), dict(P=275, p=15, d=9)])
def _(b, n):
    r = b.c([n['p'], '*', n['d']], 'pages read so far', 'pages')
    l = b.c([n['P'], '-', r], 'pages left', 'pages')
    return l, "Noah still has {a} pages to read.", 'n'


@tpl("weekly_running", "multi-step counting",
     "Ava runs {a} kilometers each weekday (Monday to Friday) and {s} kilometers on Saturday. She rests on Sunday. How many kilometers does she run in {w} weeks?",
     [dict(a=4, s=10, w=4), dict(a=3, s=8, w=6), dict(a=5, s=12, w=3)])
def _(b, n):
    wd = b.c([n['a'], '*', 5], 'weekday distance', 'kilometers')
    wk = b.c([wd, '+', n['s']], 'distance per week', 'kilometers')
    t = b.c([wk, '*', n['w']], 'total distance', 'kilometers')
    return t, "Ava runs {a} kilometers in {w} weeks.", 'n'


@tpl("farm_legs", "multi-step counting",
     "A farm has {c} chickens and {w} cows. How many legs do the animals have altogether?",
     [dict(c=15, w=8), dict(c=23, w=12), dict(c=40, w=17)])
def _(b, n):
    x = b.c([n['c'], '*', 2], 'number of chicken legs', 'legs')
    y = b.c([n['w'], '*', 4], 'number of cow legs', 'legs')
    t = b.c([x, '+', y], 'total number of legs', 'legs')
    return t, "The animals have {a} legs altogether.", 'n'


@tpl("candy_bags_revenue", "money/division",
     "A shop has {N} candies. It packs them into bags of {k} candies each and sells each bag for ${p}. How much money does the shop make if it sells all the bags?",
     [dict(N=240, k=8, p='1.50'), dict(N=360, k=12, p=2), dict(N=450, k=15, p='2.25')])
def _(b, n):
    g = b.c([n['N'], '/', n['k']], 'number of bags', 'bags')
    r = b.c([g, '*', M(n['p'])], 'money made', money=True)
    return r, "The shop makes {a}.", '$'


@tpl("square_area_from_perimeter", "geometry",
     "A square picture frame has a perimeter of {P} inches. What is the area of the frame in square inches?",
     [dict(P=48), dict(P=36), dict(P=60)])
def _(b, n):
    s = b.c([n['P'], '/', 4], 'length of one side', 'inches')
    a = b.c([s, '*', s], 'area', 'square inches')
    return a, "The area of the frame is {a} square inches.", 'n'


@tpl("aquarium_volume", "geometry/unit conversions",
     "An aquarium is {L} cm long, {W} cm wide and {H} cm tall. How many liters of water does it hold when full? (1 liter is 1000 cubic centimeters.)",
     [dict(L=60, W=30, H=40), dict(L=50, W=25, H=30), dict(L=80, W=35, H=45)])
def _(b, n):
    v = b.c([n['L'], '*', n['W'], '*', n['H']], 'volume', 'cubic centimeters')
    l = b.c([v, '/', 1000], 'capacity in liters', 'liters')
    return l, "The aquarium holds {a} liters of water.", 'n'


@tpl("age_sum_puzzle", "ages",
     "Mia is {a} years older than her brother Leo. In {y} years, the sum of their ages will be {S}. How old is Leo now?",
     [dict(a=4, y=3, S=30), dict(a=6, y=5, S=42), dict(a=2, y=4, S=28)])
def _(b, n):
    now = b.c([n['S'], '-', 2, '*', n['y']], 'sum of their ages now', 'years')
    tw = b.c([now, '-', n['a']], 'twice Leo\'s age', 'years')
    l = b.c([tw, '/', 2], 'Leo\'s age', 'years')
    return l, "Leo is {a} years old now.", 'n'


@tpl("restaurant_tip_split", "percents/money",
     "Four friends have dinner and the bill is ${m}. They leave a {t}% tip and split the total equally. How much does each friend pay?",
     [dict(m=84, t=20), dict(m=120, t=15), dict(m=96, t=25)])
def _(b, n):
    tip = b.c([M(n['m']), '*', P(n['t'])], 'tip', money=True)
    tot = b.c([M(n['m']), '+', M(tip)], 'total with tip', money=True)
    e = b.c([M(tot), '/', 4], 'amount each friend pays', money=True)
    return e, "Each friend pays {a}.", '$'


@tpl("sales_tax", "percents/money",
     "A video game costs ${p} before tax. The sales tax is {r}%. What is the total cost of the game?",
     [dict(p=60, r=8), dict(p=45, r=6), dict(p=70, r=5)])
def _(b, n):
    t = b.c([M(n['p']), '*', P(n['r'])], 'sales tax', money=True)
    c = b.c([M(n['p']), '+', M(t)], 'total cost', money=True)
    return c, "The total cost of the game is {a}.", '$'


@tpl("commission", "percents/money",
     "A salesperson earns a base salary of ${B} per month plus a {c}% commission on her sales. This month she sold ${S} worth of products. How much did she earn this month?",
     [dict(B=2000, c=5, S=18000), dict(B=1500, c=8, S=12500), dict(B=2400, c=3, S=26000)])
def _(b, n):
    k = b.c([M(n['S']), '*', P(n['c'])], 'commission', money=True)
    t = b.c([M(n['B']), '+', M(k)], 'total earnings', money=True)
    return t, "She earned {a} this month.", '$'


@tpl("pencil_unit_price", "money/division",
     "A pack of {n} pencils costs ${p}. A pack of {m} pencils costs ${q}. How many cents more does one pencil cost in the smaller pack than in the bigger pack?",
     [dict(n=10, p='3.50', m=25, q='7.50'), dict(n=12, p='4.80', m=30, q='9.00'), dict(n=8, p='2.40', m=20, q='5.00')])
def _(b, n):
    u1 = b.c([M(n['p']), '/', n['n']], 'price per pencil in the small pack', money=True)
    u2 = b.c([M(n['q']), '/', n['m']], 'price per pencil in the big pack', money=True)
    d = b.c([M(u1), '-', M(u2)], 'difference per pencil', money=True)
    c = b.c([d, '*', 100], 'difference in cents', 'cents')
    return c, "One pencil costs {a} cents more in the smaller pack.", 'n'


@tpl("piano_practice_hours", "time",
     "Olivia practices the piano for {m} minutes every day. How many hours does she practice in {d} days?",
     [dict(m=45, d=20), dict(m=30, d=14), dict(m=50, d=18)])
def _(b, n):
    t = b.c([n['m'], '*', n['d']], 'total practice time in minutes', 'minutes')
    h = b.c([t, '/', 60], 'total practice time in hours', 'hours')
    return h, "Olivia practices for {a} hours.", 'n'


@tpl("ribbon_pieces", "unit conversions",
     "A ribbon is {f} feet long. Grace cuts it into pieces that are each {i} inches long. How many pieces does she get?",
     [dict(f=6, i=8), dict(f=10, i=15), dict(f=9, i=4)])
def _(b, n):
    x = b.c([n['f'], '*', 12], 'length in inches', 'inches')
    p = b.c([x, '/', n['i']], 'number of pieces', 'pieces')
    return p, "Grace gets {a} pieces.", 'n'


@tpl("flour_cakes", "unit conversions",
     "A bag of flour weighs {K} kilograms. Each cake needs {g} grams of flour. How many cakes can be made with the bag?",
     [dict(K=5, g=250), dict(K=2, g=125), dict(K=3, g=200)])
def _(b, n):
    x = b.c([n['K'], '*', 1000], 'weight of the flour in grams', 'grams')
    c = b.c([x, '/', n['g']], 'number of cakes', 'cakes')
    return c, "{a} cakes can be made.", 'n'


@tpl("walk_minutes", "rates/time",
     "Ben walks at a speed of {s} kilometers per hour. His school is {d} kilometers away. How many minutes does it take him to walk to school and back?",
     [dict(s=5, d=2), dict(s=4, d=3), dict(s=6, d='1.5')])
def _(b, n):
    rt = b.c([n['d'], '*', 2], 'round-trip distance', 'kilometers')
    h = b.c([rt, '/', n['s']], 'time in hours', 'hours')
    m = b.c([h, '*', 60], 'time in minutes', 'minutes')
    return m, "It takes Ben {a} minutes to walk to school and back.", 'n'


@tpl("school_groups", "division/counting",
     "A school has {c} classes with {s} students in each class. For a field trip, the students are split into groups of {g}. How many groups are there?",
     [dict(c=6, s=28, g=8), dict(c=5, s=24, g=6), dict(c=8, s=30, g=12)])
def _(b, n):
    t = b.c([n['c'], '*', n['s']], 'total number of students', 'students')
    g = b.c([t, '/', n['g']], 'number of groups', 'groups')
    return g, "There are {a} groups.", 'n'


@tpl("stamps_ratio", "ratios",
     "Ann has {k} times as many stamps as Ben. Together they have {T} stamps. How many stamps does Ann have?",
     [dict(k=3, T=84), dict(k=4, T=125), dict(k=2, T=96)])
def _(b, n):
    p = b.c([n['k'], '+', 1], 'total number of parts', 'parts')
    bn = b.c([n['T'], '/', p], 'number of stamps Ben has', 'stamps')
    a = b.c([bn, '*', n['k']], 'number of stamps Ann has', 'stamps')
    return a, "Ann has {a} stamps.", 'n'


@tpl("garden_tomatoes", "percents/counting",
     "A garden has {r} rows with {p} plants in each row. {x}% of the plants are tomato plants. How many plants are not tomato plants?",
     [dict(r=8, p=15, x=40), dict(r=12, p=25, x=36), dict(r=10, p=18, x=25)])
def _(b, n):
    t = b.c([n['r'], '*', n['p']], 'total number of plants', 'plants')
    m = b.c([t, '*', P(n['x'])], 'number of tomato plants', 'plants')
    o = b.c([t, '-', m], 'number of other plants', 'plants')
    return o, "{a} plants are not tomato plants.", 'n'


@tpl("phone_bill", "money",
     "A phone plan costs ${B} per month and includes {L} GB of data. Each extra GB costs ${c}. Jamal used {U} GB last month. How much was his bill?",
     [dict(B=35, L=10, c=4, U=16), dict(B='29.99', L=5, c='2.50', U=9), dict(B=40, L=15, c=6, U=22)])
def _(b, n):
    o = b.c([n['U'], '-', n['L']], 'extra data used', 'GB')
    x = b.c([o, '*', M(n['c'])], 'cost of the extra data', money=True)
    t = b.c([M(n['B']), '+', M(x)], 'total bill', money=True)
    return t, "Jamal's bill was {a}.", '$'


@tpl("lemonade_profit", "money",
     "Lily sells {n} cups of lemonade for ${p} each. Each cup costs her ${c} to make. What is her profit?",
     [dict(n=40, p='1.50', c='0.35'), dict(n=65, p=2, c='0.60'), dict(n=32, p='1.25', c='0.40')])
def _(b, n):
    r = b.c([n['n'], '*', M(n['p'])], 'revenue', money=True)
    c = b.c([n['n'], '*', M(n['c'])], 'cost', money=True)
    p = b.c([M(r), '-', M(c)], 'profit', money=True)
    return p, "Lily's profit is {a}.", '$'


@tpl("bus_empty_seats", "multi-step counting",
     "A bus has {R} rows of seats with {S} seats in each row. {Pp} passengers get on at the first stop and {Q} more get on at the second stop. How many seats are still empty?",
     [dict(R=12, S=4, Pp=19, Q=14), dict(R=15, S=4, Pp=27, Q=18), dict(R=10, S=5, Pp=22, Q=9)])
def _(b, n):
    s = b.c([n['R'], '*', n['S']], 'total number of seats', 'seats')
    p = b.c([n['Pp'], '+', n['Q']], 'number of passengers', 'passengers')
    e = b.c([s, '-', p], 'number of empty seats', 'seats')
    return e, "There are {a} empty seats.", 'n'


@tpl("average_speed", "rates/averages",
     "A cyclist rides {d1} miles in {h1} hours, takes a break, and then rides {d2} miles in {h2} hours. What is the cyclist's average riding speed in miles per hour?",
     [dict(d1=36, h1=3, d2=24, h2=2), dict(d1=45, h1=3, d2=27, h2=3), dict(d1=50, h1=4, d2=40, h2=2)])
def _(b, n):
    d = b.c([n['d1'], '+', n['d2']], 'total distance', 'miles')
    h = b.c([n['h1'], '+', n['h2']], 'total riding time', 'hours')
    s = b.c([d, '/', h], 'average speed', 'miles per hour')
    return s, "The average riding speed is {a} miles per hour.", 'n'


@tpl("students_commute", "fractions",
     "There are {N} students in a school. 2/5 of them walk to school. 1/3 of the remaining students take the bus, and the rest are driven by their parents. How many students are driven?",
     [dict(N=300), dict(N=450), dict(N=600)])
def _(b, n):
    w = b.c([n['N'], '*', 2, '/', 5], 'number of students who walk', 'students')
    r = b.c([n['N'], '-', w], 'number of remaining students', 'students')
    bs = b.c([r, '/', 3], 'number of students who take the bus', 'students')
    d = b.c([r, '-', bs], 'number of students who are driven', 'students')
    return d, "{a} students are driven to school.", 'n'


@tpl("allowance_left", "fractions/money",
     "Carlos gets ${A} for his birthday. He spends 1/4 of it on snacks and ${g} on a video game. How much money does he have left?",
     [dict(A=80, g=35), dict(A=120, g='42.50'), dict(A=60, g=28)])
def _(b, n):
    s = b.c([M(n['A']), '/', 4], 'amount spent on snacks', money=True)
    t = b.c([M(s), '+', M(n['g'])], 'total amount spent', money=True)
    l = b.c([M(n['A']), '-', M(t)], 'amount left', money=True)
    return l, "Carlos has {a} left.", '$'


@tpl("rent_split_year", "money",
     "Three roommates share an apartment. The rent is ${R} per month and utilities are ${U} per month. They split everything equally. How much does each roommate pay in a year?",
     [dict(R=1800, U=150), dict(R=2100, U=240), dict(R=1500, U=180)])
def _(b, n):
    t = b.c([M(n['R']), '+', M(n['U'])], 'total monthly cost', money=True)
    e = b.c([M(t), '/', 3], 'monthly cost per roommate', money=True)
    y = b.c([M(e), '*', 12], 'yearly cost per roommate', money=True)
    return y, "Each roommate pays {a} in a year.", '$'


@tpl("baking_time", "time",
     "Nora bakes {k} batches of muffins. Each batch bakes for {m} minutes, and she spends {p} minutes preparing the batter before she starts. How many minutes does she spend in total?",
     [dict(k=4, m=22, p=25), dict(k=3, m=35, p=20), dict(k=5, m=18, p=30)])
def _(b, n):
    x = b.c([n['k'], '*', n['m']], 'total baking time', 'minutes')
    t = b.c([x, '+', n['p']], 'total time', 'minutes')
    return t, "Nora spends {a} minutes in total.", 'n'


@tpl("coin_jar", "money",
     "A jar contains {q} quarters, {d} dimes, and {k} nickels. How much money is in the jar in dollars?",
     [dict(q=24, d=35, k=18), dict(q=40, d=12, k=25), dict(q=17, d=46, k=30)])
def _(b, n):
    a = b.c([n['q'], '*', M('0.25')], 'value of the quarters', money=True)
    c = b.c([n['d'], '*', M('0.10')], 'value of the dimes', money=True)
    e = b.c([n['k'], '*', M('0.05')], 'value of the nickels', money=True)
    t = b.c([M(a), '+', M(c), '+', M(e)], 'total value', money=True)
    return t, "There is {a} in the jar.", '$'


@tpl("quiz_percent", "percents",
     "A quiz has {Q} questions. Maya answers {W} questions incorrectly and all the rest correctly. What percent of the questions did she answer correctly?",
     [dict(Q=40, W=6), dict(Q=25, W=4), dict(Q=50, W=9)])
def _(b, n):
    c = b.c([n['Q'], '-', n['W']], 'number of correct answers', 'questions')
    f = b.c([c, '/', n['Q']], 'fraction answered correctly')
    p = b.c([f, '*', 100], 'percentage', 'percent')
    return p, "Maya answered {a}% of the questions correctly.", 'n'


@tpl("chair_factory", "rates",
     "One carpenter can build {w} chairs per day. A workshop has {k} carpenters working for {d} days. How many chairs do they build?",
     [dict(w=3, k=6, d=5), dict(w=4, k=7, d=6), dict(w=2, k=9, d=12)])
def _(b, n):
    p = b.c([n['w'], '*', n['k']], 'chairs built per day', 'chairs')
    t = b.c([p, '*', n['d']], 'total number of chairs', 'chairs')
    return t, "They build {a} chairs.", 'n'


@tpl("family_ages", "ages",
     "Emma is {e} years old. Her grandmother is {k} times as old as Emma. Emma's mother is {m} years younger than the grandmother. How old is Emma's mother?",
     [dict(e=8, k=9, m=34), dict(e=11, k=7, m=29), dict(e=9, k=8, m=37)])
def _(b, n):
    g = b.c([n['e'], '*', n['k']], "grandmother's age", 'years')
    mo = b.c([g, '-', n['m']], "mother's age", 'years')
    return mo, "Emma's mother is {a} years old.", 'n'


@tpl("fence_posts", "geometry/counting",
     "A square field has sides that are {s} meters long. Posts are placed every {p} meters around the edge of the field. How many posts are needed?",
     [dict(s=60, p=5), dict(s=45, p=3), dict(s=84, p=6)])
def _(b, n):
    pe = b.c([4, '*', n['s']], 'perimeter of the field', 'meters')
    k = b.c([pe, '/', n['p']], 'number of posts', 'posts')
    return k, "{a} posts are needed.", 'n'


@tpl("egg_cartons", "multi-step counting",
     "A farmer has {h} hens. Each hen lays {e} eggs per week. The farmer packs the eggs into cartons of 12. How many cartons does she fill in {w} weeks?",
     [dict(h=18, e=6, w=4), dict(h=24, e=5, w=3), dict(h=30, e=4, w=6)])
def _(b, n):
    a = b.c([n['h'], '*', n['e']], 'eggs per week', 'eggs')
    t = b.c([a, '*', n['w']], 'total number of eggs', 'eggs')
    c = b.c([t, '/', 12], 'number of cartons', 'cartons')
    return c, "The farmer fills {a} cartons.", 'n'


@tpl("track_laps", "time/unit conversions",
     "Ruby runs laps around a track. Each lap takes her {t} seconds. She runs {L} laps. How many minutes does she run?",
     [dict(t=90, L=12), dict(t=75, L=16), dict(t=84, L=25)])
def _(b, n):
    s = b.c([n['t'], '*', n['L']], 'total time in seconds', 'seconds')
    m = b.c([s, '/', 60], 'total time in minutes', 'minutes')
    return m, "Ruby runs for {a} minutes.", 'n'


@tpl("bulk_discount_groceries", "money/percents",
     "Dan buys {n} boxes of cereal at ${p} each. He has a coupon for {d}% off his total. How much does he pay?",
     [dict(n=4, p=5, d=10), dict(n=6, p='4.50', d=20), dict(n=5, p=8, d=15)])
def _(b, n):
    t = b.c([n['n'], '*', M(n['p'])], 'cost before the coupon', money=True)
    d = b.c([M(t), '*', P(n['d'])], 'discount', money=True)
    f = b.c([M(t), '-', M(d)], 'final cost', money=True)
    return f, "Dan pays {a}.", '$'


@tpl("triangle_third_side", "geometry",
     "A triangle has a perimeter of {P} centimeters. One side is {a} centimeters long and another side is {b} centimeters long. How long is the third side?",
     [dict(P=42, a=15, b=12), dict(P=57, a=20, b=18), dict(P=36, a=9, b=14)])
def _(b, n):
    s = b.c([n['a'], '+', n['b']], 'sum of the two known sides', 'centimeters')
    t = b.c([n['P'], '-', s], 'length of the third side', 'centimeters')
    return t, "The third side is {a} centimeters long.", 'n'


@tpl("library_books_weeks", "multi-step counting",
     "A library has {B} books. Each week it buys {n} new books and gives away {g} old books. How many books will the library have after {w} weeks?",
     [dict(B=1250, n=45, g=20, w=8), dict(B=980, n=30, g=12, w=10), dict(B=2400, n=60, g=35, w=6)])
def _(b, n):
    c = b.c([n['n'], '-', n['g']], 'net change per week', 'books')
    t = b.c([c, '*', n['w']], 'total change', 'books')
    f = b.c([n['B'], '+', t], 'number of books after the weeks', 'books')
    return f, "The library will have {a} books.", 'n'


@tpl("concert_seats_revenue", "money/counting",
     "A concert hall has {f} floor seats at ${a} each and {bal} balcony seats at ${c} each. If every seat is sold, how much money does the hall collect?",
     [dict(f=400, a=55, bal=250, c=35), dict(f=320, a=48, bal=180, c='27.50'), dict(f=500, a=60, bal=300, c=40)])
def _(b, n):
    x = b.c([n['f'], '*', M(n['a'])], 'money from floor seats', money=True)
    y = b.c([n['bal'], '*', M(n['c'])], 'money from balcony seats', money=True)
    t = b.c([M(x), '+', M(y)], 'total money collected', money=True)
    return t, "The hall collects {a}.", '$'


@tpl("paint_cans", "geometry/division",
     "Mr. Lee wants to paint a wall that is {L} feet long and {H} feet high. One can of paint covers {c} square feet. How many cans of paint does he need for two coats?",
     [dict(L=20, H=9, c=60), dict(L=24, H=10, c=80), dict(L=16, H=9, c=48)])
def _(b, n):
    a = b.c([n['L'], '*', n['H']], 'area of the wall', 'square feet')
    t = b.c([a, '*', 2], 'area for two coats', 'square feet')
    k = b.c([t, '/', n['c']], 'number of cans', 'cans')
    return k, "Mr. Lee needs {a} cans of paint.", 'n'


@tpl("weight_average_puppies", "averages",
     "Three puppies weigh {a} pounds, {b} pounds, and {c} pounds. A fourth puppy weighs {d} pounds more than the lightest one. What is the average weight of the four puppies?",
     [dict(a=12, b=15, c=9, d=4), dict(a='8.5', b='10.5', c=7, d=6), dict(a=20, b=14, c=18, d=8)])
def _(b, n):
    light = min(F(n['a']), F(n['b']), F(n['c']))
    f = b.c([light, '+', n['d']], "fourth puppy's weight", 'pounds')
    s = b.c([n['a'], '+', n['b'], '+', n['c'], '+', f], 'total weight', 'pounds')
    av = b.c([s, '/', 4], 'average weight', 'pounds')
    return av, "The average weight is {a} pounds.", 'n'
