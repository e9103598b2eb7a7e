# Problem templates: (name, problem, sampler, steps, answer sentence)
# step = (op, x, y, what, lead); op in add sub mul div half twice frac; y for frac is (num, den)
def _div(r, lo, hi, dlo, dhi):
    d = r.randint(dlo, dhi); q = r.randint(lo, hi); return q * d, d

def T(name, prob, samp, steps, ans):
    return dict(name=name, prob=prob, samp=samp, steps=steps, ans=ans)

TEMPLATES = [
T('stickers', "{N} had {a} stickers. {He} gave {b} of them to {his} sister and then bought {c} packs with {d} stickers in each pack. How many stickers does {N} have now?",
  lambda r: dict(a=r.randint(25, 95), b=r.randint(5, 20), c=r.randint(2, 6), d=r.randint(4, 12)),
  [('sub', 'a', 'b', 'stickers left', '{N} had {x} stickers and gave away {y}'),
   ('mul', 'c', 'd', 'new stickers', '{He} bought {x} packs with {y} in each'),
   ('add', 's1', 's2', 'stickers in all', 'Now {he} has {x} old ones and {y} new ones')],
  "{N} has {A} stickers now."),
T('cookies', "{N} baked {a} trays of cookies with {b} cookies on each tray. {He} ate {c} cookies and shared the rest equally among {d} friends. How many cookies did each friend get?",
  None,
  [('mul', 'a', 'b', 'cookies baked', '{N} baked {x} trays with {y} cookies each'),
   ('sub', 's1', 'c', 'cookies left', '{He} had {x} cookies and ate {y}'),
   ('div', 's2', 'd', 'cookies for each friend', '{He} shared {x} cookies among {y} friends')],
  "Each friend got {A} cookies."),
T('pencils', "{N} bought {a} dozen pencils for {his} class. {He} lost {b} of them, and then gave half of what was left to {his} teacher. How many pencils does {N} have left?",
  None,
  [('mul', 'a', 12, 'pencils', '{N} bought {x} dozen, and a dozen is {y}'),
   ('sub', 's1', 'b', 'pencils after losing some', '{He} had {x} pencils and lost {y}'),
   ('half', 's2', None, 'pencils left', '{He} gave away half of {x}')],
  "{N} has {A} pencils left."),
T('book', "A book has {a} pages. {N} read half of the book on Monday and {b} pages on Tuesday. How many pages does {he} still have to read?",
  None,
  [('half', 'a', None, 'pages read on Monday', 'On Monday {N} read half of the {x} pages'),
   ('sub', 'a', 's1', 'pages left after Monday', 'The book has {x} pages and {he} read {y}'),
   ('sub', 's2', 'b', 'pages still to read', 'On Tuesday {he} read {y} of the {x} pages that were left')],
  "{N} still has {A} pages to read."),
T('wages', "{N} earns ${a} an hour and worked {b} hours this week. {He} spent three quarters of the money on a new bike. How many dollars does {he} have left?",
  None,
  [('mul', 'a', 'b', 'dollars earned', '{N} earns {x} dollars an hour for {y} hours'),
   ('frac', 's1', (3, 4), 'dollars spent', '{He} spent three quarters of the {x} dollars'),
   ('sub', 's1', 's2', 'dollars left', '{He} had {x} dollars and spent {y}')],
  "{N} has {A} dollars left."),
T('marbles', "{N} has {a} marbles. {His} friend Jo has twice as many marbles as {N}, and Sam has {b} fewer marbles than Jo. How many marbles do the three of them have altogether?",
  lambda r: dict(a=r.randint(8, 60), b=r.randint(3, 15)),
  [('twice', 'a', None, "number of marbles Jo has", 'Jo has twice as many as {N}, who has {x}'),
   ('sub', 's1', 'b', "number of marbles Sam has", 'Sam has {y} fewer than Jo, who has {x}'),
   ('add', 'a', 's1', 'marbles for {N} and Jo', '{N} and Jo have {x} and {y}'),
   ('add', 's3', 's2', 'marbles altogether', 'Adding Sam\'s marbles')],
  "They have {A} marbles altogether."),
T('garden', "A garden has {a} rows of tomato plants with {b} plants in each row. {c} plants died in a storm. The farmer sells each remaining plant for ${d}. How much money does the farmer make?",
  lambda r: dict(a=r.randint(4, 15), b=r.randint(6, 20), c=r.randint(3, 12), d=r.randint(2, 9)),
  [('mul', 'a', 'b', 'plants', 'There are {x} rows with {y} plants each'),
   ('sub', 's1', 'c', 'plants left', '{y} of the {x} plants died'),
   ('mul', 's2', 'd', 'dollars', 'Each of the {x} plants sells for {y} dollars')],
  "The farmer makes {A} dollars."),
T('trip', "{a} students and {b} teachers are going on a class trip. Each ticket costs ${c}. How much will all the tickets cost?",
  lambda r: dict(a=r.randint(18, 140), b=r.randint(2, 9), c=r.randint(4, 25)),
  [('add', 'a', 'b', 'people going', 'There are {x} students and {y} teachers'),
   ('mul', 's1', 'c', 'dollars for tickets', 'Each of the {x} people needs a ticket for {y} dollars')],
  "The tickets will cost {A} dollars."),
T('fishtank', "{N} has {a} fish in a tank. Every week {he} buys {b} more fish. How many fish will {he} have after {c} weeks?",
  lambda r: dict(a=r.randint(3, 30), b=r.randint(2, 8), c=r.randint(3, 12)),
  [('mul', 'b', 'c', 'new fish', '{He} buys {x} fish a week for {y} weeks'),
   ('add', 'a', 's1', 'fish in all', '{He} started with {x} fish and got {y} new ones')],
  "{N} will have {A} fish."),
T('lemonade', "{N} sold {a} cups of lemonade for ${b} each. The lemons and sugar cost {him} ${c}. How much profit did {he} make?",
  None,
  [('mul', 'a', 'b', 'dollars made', '{N} sold {x} cups at {y} dollars each'),
   ('sub', 's1', 'c', 'dollars profit', '{He} made {x} dollars and spent {y}')],
  "{N} made {A} dollars of profit."),
T('crayons', "A box has {a} crayons. The teacher shares them equally among {b} children. Each child then breaks {c} crayons. How many unbroken crayons do the children have altogether?",
  None,
  [('div', 'a', 'b', 'crayons for each child', 'The teacher shares {x} crayons among {y} children'),
   ('sub', 's1', 'c', 'unbroken crayons each', 'Each child has {x} and breaks {y}'),
   ('mul', 's2', 'b', 'unbroken crayons', '{x} crayons for each of the {y} children')],
  "The children have {A} unbroken crayons."),
T('apples', "A basket holds {a} apples. A third of them are rotten. The good apples are packed into bags of {b}. How many bags are filled?",
  None,
  [('frac', 'a', (1, 3), 'rotten apples', 'A third of the {x} apples are rotten'),
   ('sub', 'a', 's1', 'good apples', 'There are {x} apples and {y} are rotten'),
   ('div', 's2', 'b', 'bags', 'The {x} good apples go into bags of {y}')],
  "{A} bags are filled."),
T('running', "{N} runs {a} kilometers a day, {b} days a week. How many kilometers does {he} run in {c} weeks?",
  lambda r: dict(a=r.randint(2, 12), b=r.randint(3, 6), c=r.randint(2, 10)),
  [('mul', 'a', 'b', 'kilometers each week', '{N} runs {x} kilometers a day for {y} days'),
   ('mul', 's1', 'c', 'kilometers', '{He} runs {x} kilometers a week for {y} weeks')],
  "{N} runs {A} kilometers."),
T('pizza', "{N} ordered {a} pizzas for a party. Each pizza is cut into {b} slices. If {c} people share the slices equally, how many slices does each person get?",
  None,
  [('mul', 'a', 'b', 'slices', 'There are {x} pizzas with {y} slices each'),
   ('div', 's1', 'c', 'slices for each person', '{y} people share the {x} slices')],
  "Each person gets {A} slices."),
T('toystore', "{N} bought {a} robots for ${b} each and {c} dolls for ${d} each. {He} paid with ${e}. How much change did {he} get?",
  None,
  [('mul', 'a', 'b', 'dollars for robots', 'The {x} robots cost {y} dollars each'),
   ('mul', 'c', 'd', 'dollars for dolls', 'The {x} dolls cost {y} dollars each'),
   ('add', 's1', 's2', 'dollars in total', 'Together that is {x} dollars and {y} dollars'),
   ('sub', 'e', 's3', 'dollars in change', '{He} paid with {x} dollars and the toys cost {y}')],
  "{N} got {A} dollars in change."),
T('library', "A library has {a} shelves with {b} books on each shelf. The library gave away {c} old books and then received {d} new books. How many books does the library have now?",
  None,
  [('mul', 'a', 'b', 'books', 'There are {x} shelves with {y} books each'),
   ('sub', 's1', 'c', 'books left', 'The library had {x} books and gave away {y}'),
   ('add', 's2', 'd', 'books now', 'Then {y} new books came in on top of the {x}')],
  "The library has {A} books now."),
T('balloons', "{N} bought {a} dozen balloons for a party. {b} of them popped. {He} gave the rest equally to {c} children. How many balloons did each child get?",
  None,
  [('mul', 'a', 12, 'balloons', '{N} bought {x} dozen, and a dozen is {y}'),
   ('sub', 's1', 'b', 'balloons left', '{y} of the {x} balloons popped'),
   ('div', 's2', 'c', 'balloons for each child', 'The {x} balloons are shared by {y} children')],
  "Each child got {A} balloons."),
T('savings', "{N} saves ${a} every week. After {b} weeks, {he} buys a video game that costs ${c}. How much money does {he} have left?",
  None,
  [('mul', 'a', 'b', 'dollars saved', '{N} saves {x} dollars a week for {y} weeks'),
   ('sub', 's1', 'c', 'dollars left', '{He} had {x} dollars and spent {y}')],
  "{N} has {A} dollars left."),
T('train', "A train travels at {a} miles per hour for {b} hours. Then it travels {c} more miles to reach the station. How many miles does the train travel in all?",
  lambda r: dict(a=r.choice([40, 45, 50, 55, 60, 65, 70, 75, 80, 90]), b=r.randint(2, 7), c=r.randint(12, 95)),
  [('mul', 'a', 'b', 'miles', 'The train goes {x} miles an hour for {y} hours'),
   ('add', 's1', 'c', 'miles in all', 'Then it goes {y} more miles after {x}')],
  "The train travels {A} miles in all."),
T('farm', "A farm has {a} chickens and {b} cows. How many legs do the animals have altogether?",
  lambda r: dict(a=r.randint(6, 60), b=r.randint(3, 30)),
  [('mul', 'a', 2, 'chicken legs', 'Each of the {x} chickens has {y} legs'),
   ('mul', 'b', 4, 'cow legs', 'Each of the {x} cows has {y} legs'),
   ('add', 's1', 's2', 'legs altogether', 'There are {x} chicken legs and {y} cow legs')],
  "The animals have {A} legs altogether."),
T('water', "{N} drinks {a} glasses of water every day. Each glass holds {b} milliliters. How many milliliters of water does {he} drink in a week?",
  lambda r: dict(a=r.randint(3, 9), b=r.choice([150, 200, 250, 300, 350])),
  [('mul', 'a', 'b', 'milliliters a day', '{N} drinks {x} glasses of {y} milliliters'),
   ('mul', 's1', 7, 'milliliters a week', '{He} drinks {x} milliliters a day for {y} days')],
  "{N} drinks {A} milliliters in a week."),
T('candies', "{N} had {a} candies. {He} ate half of them and then gave {b} to {his} brother. How many candies does {he} have left?",
  None,
  [('half', 'a', None, 'candies after eating', '{N} ate half of the {x} candies'),
   ('sub', 's1', 'b', 'candies left', '{He} had {x} and gave {y} to {his} brother')],
  "{N} has {A} candies left."),
T('stamps', "A stamp album has {a} pages, and each page holds {b} stamps. The album is three quarters full. How many more stamps can fit in the album?",
  None,
  [('mul', 'a', 'b', 'spaces', 'The album has {x} pages with {y} spaces each'),
   ('frac', 's1', (3, 4), 'stamps in the album', 'Three quarters of the {x} spaces are full'),
   ('sub', 's1', 's2', 'empty spaces', 'There are {x} spaces and {y} are used')],
  "{A} more stamps can fit."),
T('concert', "Concert tickets cost ${a} for adults and ${b} for children. {N} buys tickets for 2 adults and {c} children. How much does {he} pay?",
  lambda r: dict(a=r.randint(15, 60), b=r.randint(5, 14), c=r.randint(2, 6)),
  [('mul', 2, 'a', 'dollars for adults', '{x} adult tickets cost {y} dollars each'),
   ('mul', 'c', 'b', 'dollars for children', '{x} child tickets cost {y} dollars each'),
   ('add', 's1', 's2', 'dollars in total', 'Together {x} dollars and {y} dollars')],
  "{N} pays {A} dollars."),
T('trees', "Volunteers plant {a} trees every day for {b} days. Later, {c} of the trees die. How many trees are still growing?",
  None,
  [('mul', 'a', 'b', 'trees planted', 'They plant {x} trees a day for {y} days'),
   ('sub', 's1', 'c', 'trees still growing', '{y} of the {x} trees die')],
  "{A} trees are still growing."),
T('shells', "{N} collected {a} shells at the beach. {His} brother collected twice as many. They put all their shells into {b} jars equally. How many shells are in each jar?",
  None,
  [('twice', 'a', None, "shells {his} brother found", 'The brother collected twice as many as {x}'),
   ('add', 'a', 's1', 'shells together', 'Together they have {x} and {y}'),
   ('div', 's2', 'b', 'shells in each jar', 'The {x} shells go into {y} jars')],
  "There are {A} shells in each jar."),
T('swim', "{N} swims {a} laps in a pool that is {b} meters long. {He} swims {c} days a week. How many meters does {he} swim in a week?",
  lambda r: dict(a=r.randint(8, 40), b=r.choice([25, 50]), c=r.randint(2, 6)),
  [('mul', 'a', 'b', 'meters each day', '{N} swims {x} laps of {y} meters'),
   ('mul', 's1', 'c', 'meters each week', '{He} swims {x} meters a day for {y} days')],
  "{N} swims {A} meters in a week."),
T('recipe', "A recipe needs {a} cups of flour for one batch. {N} wants to make {b} batches and has {c} cups of flour. How many cups of flour will be left over?",
  None,
  [('mul', 'a', 'b', 'cups needed', 'Each of the {y} batches needs {x} cups'),
   ('sub', 'c', 's1', 'cups left over', '{N} has {x} cups and needs {y}')],
  "{A} cups of flour will be left over."),
T('parking', "A parking garage has {a} levels with {b} spots on each level. {c} spots are taken. How many spots are free?",
  None,
  [('mul', 'a', 'b', 'spots', 'There are {x} levels with {y} spots each'),
   ('sub', 's1', 'c', 'free spots', '{y} of the {x} spots are taken')],
  "{A} spots are free."),
T('eggs', "A farm collects {a} eggs every day. The eggs are packed into cartons of a dozen. How many cartons are filled in {b} days?",
  None,
  [('mul', 'a', 'b', 'eggs', 'The farm gets {x} eggs a day for {y} days'),
   ('div', 's1', 12, 'cartons', 'The {x} eggs go into cartons of {y}')],
  "{A} cartons are filled."),
T('reading', "{N} reads for {a} minutes on each weekday and {b} minutes on each weekend day. How many minutes does {he} read in one week?",
  lambda r: dict(a=r.randint(10, 60), b=r.randint(20, 120)),
  [('mul', 'a', 5, 'minutes on weekdays', '{N} reads {x} minutes on each of {y} weekdays'),
   ('mul', 'b', 2, 'minutes on the weekend', '{He} reads {x} minutes on each of {y} weekend days'),
   ('add', 's1', 's2', 'minutes in a week', 'That is {x} minutes and {y} minutes')],
  "{N} reads {A} minutes in one week."),
T('groups', "A class has {a} boys and {b} girls. The teacher puts them into groups of {c}. How many groups are there?",
  None,
  [('add', 'a', 'b', 'children', 'There are {x} boys and {y} girls'),
   ('div', 's1', 'c', 'groups', 'The {x} children go into groups of {y}')],
  "There are {A} groups."),
T('salary', "{N} earns ${a} every month. After {b} months, {he} has spent ${c} on rent. How much of {his} pay is left?",
  lambda r: dict(a=r.choice([1200, 1500, 1800, 2000, 2200, 2500, 2800, 3000, 3500]), b=r.randint(2, 6), c=r.choice([1000, 1500, 2000, 2400, 3000, 3600, 4000])),
  [('mul', 'a', 'b', 'dollars earned', '{N} earns {x} dollars a month for {y} months'),
   ('sub', 's1', 'c', 'dollars left', '{He} earned {x} dollars and spent {y} on rent')],
  "{N} has {A} dollars left."),
T('fuel', "{N} drives {a} miles. {His} car goes {b} miles on one gallon of gas, and gas costs ${c} a gallon. How much does {he} spend on gas?",
  None,
  [('div', 'a', 'b', 'gallons', '{N} drives {x} miles at {y} miles a gallon'),
   ('mul', 's1', 'c', 'dollars for gas', 'The {x} gallons cost {y} dollars each')],
  "{N} spends {A} dollars on gas."),
T('oranges', "A fruit stand has {a} boxes with {b} oranges in each box. It sells two thirds of the oranges in the morning. How many oranges are left?",
  None,
  [('mul', 'a', 'b', 'oranges', 'There are {x} boxes with {y} oranges each'),
   ('frac', 's1', (2, 3), 'oranges sold', 'Two thirds of the {x} oranges are sold'),
   ('sub', 's1', 's2', 'oranges left', 'There were {x} oranges and {y} were sold')],
  "{A} oranges are left."),
T('fundraiser', "A school raised ${a} in the first week of a fundraiser and ${b} in the second week. The goal is ${c}. How much more money does the school need?",
  lambda r: dict(a=r.randint(12, 60) * 25, b=r.randint(12, 60) * 25, c=r.randint(70, 160) * 50),
  [('add', 'a', 'b', 'dollars raised', 'The school raised {x} dollars and then {y} dollars'),
   ('sub', 'c', 's1', 'dollars still needed', 'The goal is {x} dollars and they have {y}')],
  "The school needs {A} more dollars."),
]

def _s_cookies(r):
    a, b, d = r.randint(2, 6), r.randint(6, 15), r.randint(2, 8)
    rem = (a * b) % d
    c = rem + d * r.randint(0, 2)
    if c == 0: c = d
    return dict(a=a, b=b, c=c, d=d)
def _s_pencils(r):
    a = r.randint(2, 8); b = r.randint(1, 9)
    if (a * 12 - b) % 2: b += 1
    return dict(a=a, b=b)
def _s_book(r):
    a = 2 * r.randint(40, 260); return dict(a=a, b=r.randint(10, a // 2 - 5))
def _s_wages(r):
    b = r.choice([4, 8, 12, 16, 20, 24, 6, 10, 14]); a = r.randint(8, 25)
    if (a * b) % 4: a += 4 - (a * b) % 4 if b % 2 == 0 else 0
    if (a * b) % 4: a = 2 * a
    return dict(a=a, b=b)
def _s_lemonade(r):
    a, b = r.randint(12, 80), r.randint(1, 4); return dict(a=a, b=b, c=r.randint(5, a * b - 3))
def _s_crayons(r):
    b = r.randint(3, 8); q = r.randint(6, 16); return dict(a=b * q, b=b, c=r.randint(1, q - 2))
def _s_apples(r):
    b = r.randint(3, 8); bags = r.randint(3, 15); good = b * bags
    if good % 2: b, bags = b, bags + 1; good = b * bags
    if good % 2: good *= 2; bags *= 2
    return dict(a=good * 3 // 2, b=b)
def _s_pizza(r):
    c = r.randint(3, 12); each = r.randint(2, 6); b = r.choice([6, 8, 10, 12]); tot = c * each
    while tot % b: each += 1; tot = c * each
    return dict(a=tot // b, b=b, c=c)
def _s_toy(r):
    a, b, c, d = r.randint(2, 5), r.randint(6, 25), r.randint(2, 6), r.randint(4, 15)
    tot = a * b + c * d; e = ((tot // 50) + 1) * 50 + r.choice([0, 0, 50])
    return dict(a=a, b=b, c=c, d=d, e=e)
def _s_library(r):
    a, b = r.randint(5, 30), r.randint(15, 60); return dict(a=a, b=b, c=r.randint(10, a * b // 3), d=r.randint(8, 90))
def _s_balloons(r):
    c = r.randint(3, 9); a = r.randint(2, 6); b = r.randint(2, 9)
    while (a * 12 - b) % c: b += 1
    return dict(a=a, b=b, c=c)
def _s_savings(r):
    a, b = r.randint(5, 40), r.randint(4, 16); return dict(a=a, b=b, c=r.randint(15, a * b - 5) if a * b > 25 else 10)
def _s_candies(r):
    a = 2 * r.randint(10, 75); return dict(a=a, b=r.randint(2, a // 2 - 2))
def _s_stamps(r):
    a = r.randint(8, 40); b = r.choice([4, 8, 12, 16, 20, 24, 6, 10]);
    if (a * b) % 4: a += 1
    if (a * b) % 4: a += 1
    return dict(a=a, b=b)
def _s_trees(r):
    a, b = r.randint(15, 120), r.randint(3, 9); return dict(a=a, b=b, c=r.randint(5, a * b // 4))
def _s_shells(r):
    b = r.randint(2, 9); per = r.randint(3, 20); tot = b * per
    while tot % 3: per += 1; tot = b * per
    return dict(a=tot // 3, b=b)
def _s_recipe(r):
    a, b = r.randint(2, 5), r.randint(2, 8); return dict(a=a, b=b, c=a * b + r.randint(1, 25))
def _s_parking(r):
    a, b = r.randint(3, 9), r.randint(20, 150); return dict(a=a, b=b, c=r.randint(10, a * b - 10))
def _s_eggs(r):
    b = r.randint(3, 14); a = r.randint(2, 20) * 12 // b * 1
    while (a * b) % 12 or a < 10: a += 1
    return dict(a=a, b=b)
def _s_groups(r):
    c = r.randint(3, 7); g = r.randint(4, 15); tot = c * g; a = r.randint(tot // 3, 2 * tot // 3); return dict(a=a, b=tot - a, c=c)
def _s_fuel(r):
    b = r.choice([20, 24, 25, 28, 30, 32, 35, 40]); g = r.randint(3, 30); return dict(a=b * g, b=b, c=r.randint(3, 6))
def _s_oranges(r):
    a = r.randint(3, 18); b = r.randint(8, 30)
    while (a * b) % 3: b += 1
    return dict(a=a, b=b)
def _s_salary(r):
    return None

SAMPLERS = dict(cookies=_s_cookies, pencils=_s_pencils, book=_s_book, wages=_s_wages, lemonade=_s_lemonade,
                crayons=_s_crayons, apples=_s_apples, pizza=_s_pizza, toystore=_s_toy, library=_s_library,
                balloons=_s_balloons, savings=_s_savings, candies=_s_candies, stamps=_s_stamps, trees=_s_trees,
                shells=_s_shells, recipe=_s_recipe, parking=_s_parking, eggs=_s_eggs, groups=_s_groups,
                fuel=_s_fuel, oranges=_s_oranges)
for t in TEMPLATES:
    if t['samp'] is None:
        t['samp'] = SAMPLERS[t['name']]
