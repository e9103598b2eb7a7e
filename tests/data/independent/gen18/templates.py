"""Problem skeletons for set 18.  Each skeleton x context = one template.

Given specs:
  ('i', lo, hi)            integer count
  ('m', lo, hi, step)      money, in cents (lo..hi, multiple of step)
  ('mc', [dollars...])     money, whole dollars from a list
  ('p', [pct...])          percent
  ('f', [(n, d), ...])     fraction
  ('d', lo, hi, scale)     decimal = randint(lo, hi) / scale
  ('c', value)             integer constant
Step: (name, formula, type, unit, desc); formula 'a * b', 'pct r x', 'frac f x'.
Types: i (count), m (money), d (decimal).
"""

NAMES = [
    ("Maria", "she", "her", "her"), ("James", "he", "his", "him"),
    ("Aisha", "she", "her", "her"), ("Daniel", "he", "his", "him"),
    ("Sofia", "she", "her", "her"), ("Liam", "he", "his", "him"),
    ("Priya", "she", "her", "her"), ("Mateo", "he", "his", "him"),
    ("Emma", "she", "her", "her"), ("Noah", "he", "his", "him"),
    ("Chloe", "she", "her", "her"), ("Omar", "he", "his", "him"),
    ("Hana", "she", "her", "her"), ("Lucas", "he", "his", "him"),
    ("Grace", "she", "her", "her"), ("Ethan", "he", "his", "him"),
    ("Zoe", "she", "her", "her"), ("Kenji", "he", "his", "him"),
]

FR = [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (2, 5), (3, 5), (1, 5)]
PC = [10, 20, 25, 30, 40, 50, 15, 60, 75]

SK = []


def sk(sid, facts, q, g, s, ctx):
    SK.append(dict(id=sid, facts=facts, q=q, g=g, s=s, ctx=ctx))


sk('packs', "{N} buys {a} {cs} of {it}. Each {c} holds {b} {it}. {He} gives {d} {it} to a friend.",
   "How many {it} does {he} have now?",
   dict(a=('i', 3, 9), b=('i', 6, 24), d=('i', 4, 30)),
   [('total', 'a * b', 'i', '{it}', 'the total number of {it}'),
    ('left', 'total - d', 'i', '{it}', 'the number of {it} left')],
   [dict(k='crayons', c='box', cs='boxes', it='crayons'), dict(k='oranges', c='crate', cs='crates', it='oranges'),
    dict(k='marbles', c='bag', cs='bags', it='marbles'), dict(k='stickers', c='sheet', cs='sheets', it='stickers')])

sk('change', "{N} buys {a} {it} at {b} each and pays with a {c} bill.",
   "How much change does {he} get?",
   dict(a=('i', 2, 8), b=('m', 125, 1200, 25), c=('mc', [50, 100])),
   [('cost', 'a * b', 'm', '', 'the cost of the {it}'),
    ('chg', 'c - cost', 'm', '', 'the change')],
   [dict(k='notebooks', it='notebooks'), dict(k='sandwiches', it='sandwiches'),
    dict(k='tickets', it='movie tickets'), dict(k='brushes', it='paint brushes')])

sk('seats', "A {place} has {a} rows with {b} seats in each row. For a {ev}, {r} of the seats are taken.",
   "How many seats are empty?",
   dict(a=('i', 8, 30), b=('i', 10, 40), r=('p', PC)),
   [('seats', 'a * b', 'i', 'seats', 'the total number of seats'),
    ('taken', 'pct r seats', 'i', 'seats', 'the number of seats taken'),
    ('empty', 'seats - taken', 'i', 'seats', 'the number of empty seats')],
   [dict(k='theater', place='theater', ev='play'), dict(k='hall', place='lecture hall', ev='talk'),
    dict(k='stadium', place='stadium section', ev='match'), dict(k='church', place='chapel', ev='concert')])

sk('wage', "{N} earns {a} per hour {job}. {He} works {b} hours a day for {c} days, then spends {d} of the money.",
   "How much money does {he} have left?",
   dict(a=('m', 900, 2500, 25), b=('i', 3, 8), c=('i', 3, 6), d=('m', 2000, 15000, 500)),
   [('day', 'a * b', 'm', '', 'the amount earned each day'),
    ('tot', 'day * c', 'm', '', 'the total earned'),
    ('left', 'tot - d', 'm', '', 'the money left')],
   [dict(k='cashier', job='as a cashier'), dict(k='tutor', job='as a tutor'),
    dict(k='lifeguard', job='as a lifeguard'), dict(k='barista', job='at a coffee shop')])

sk('fracspend', "{N} has {a}. {He} spends {f} of it on {x1} and then {b} on {x2}.",
   "How much money does {he} have left?",
   dict(a=('m', 2000, 30000, 100), f=('f', FR), b=('m', 200, 3000, 25)),
   [('s1', 'frac f a', 'm', '', 'the amount spent on {x1}'),
    ('rest', 'a - s1', 'm', '', 'the money left after {x1}'),
    ('left', 'rest - b', 'm', '', 'the money left at the end')],
   [dict(k='jacket', x1='a jacket', x2='lunch'), dict(k='books', x1='books', x2='a snack'),
    dict(k='groceries', x1='groceries', x2='gas'), dict(k='gift', x1='a gift', x2='wrapping paper')])

sk('trip', "A {veh} travels at {a} miles per hour for {b} hours, then at {c} miles per hour for {d} hours.",
   "How many miles does it travel in total?",
   dict(a=('i', 30, 70), b=('d', 2, 10, 2), c=('i', 20, 65), d=('d', 2, 8, 2)),
   [('d1', 'a * b', 'd', 'miles', 'the distance of the first part'),
    ('d2', 'c * d', 'd', 'miles', 'the distance of the second part'),
    ('tot', 'd1 + d2', 'd', 'miles', 'the total distance')],
   [dict(k='car', veh='car'), dict(k='bus', veh='bus'), dict(k='train', veh='train'), dict(k='truck', veh='truck')])

sk('share', "{N} bakes {a} trays of {it} with {b} {it} on each tray. {He} keeps {c} and shares the rest equally among {d} {grp}.",
   "How many {it} does each of the {grp} get?",
   dict(a=('i', 2, 6), b=('i', 8, 24), c=('i', 2, 12), d=('i', 3, 12)),
   [('total', 'a * b', 'i', '{it}', 'the total number of {it}'),
    ('rest', 'total - c', 'i', '{it}', 'the number of {it} to share'),
    ('each', 'rest / d', 'i', '{it}', 'the number each gets')],
   [dict(k='cookies', it='cookies', grp='friends'), dict(k='muffins', it='muffins', grp='neighbors'),
    dict(k='cupcakes', it='cupcakes', grp='classmates'), dict(k='brownies', it='brownies', grp='coworkers')])

sk('sale', "A {it} normally costs {a}. This week it is {r} off. {N} buys {b} of them.",
   "How much does {he} pay?",
   dict(a=('m', 1000, 12000, 100), r=('p', PC), b=('i', 2, 6)),
   [('disc', 'pct r a', 'm', '', 'the discount on one {it}'),
    ('price', 'a - disc', 'm', '', 'the sale price of one {it}'),
    ('tot', 'price * b', 'm', '', 'the total cost')],
   [dict(k='jacket', it='jacket'), dict(k='lamp', it='lamp'), dict(k='backpack', it='backpack'),
    dict(k='shoes', it='pair of shoes')])

sk('garden', "{N} plants {a} rows of {it} with {b} plants in each row. After a {ev}, {f} of the plants are lost.",
   "How many plants are left?",
   dict(a=('i', 3, 15), b=('i', 4, 20), f=('f', FR)),
   [('total', 'a * b', 'i', 'plants', 'the total number of plants'),
    ('lost', 'frac f total', 'i', 'plants', 'the number of plants lost'),
    ('left', 'total - lost', 'i', 'plants', 'the number of plants left')],
   [dict(k='tomatoes', it='tomatoes', ev='frost'), dict(k='peppers', it='peppers', ev='storm'),
    dict(k='lettuce', it='lettuce', ev='heat wave'), dict(k='beans', it='beans', ev='hailstorm')])

sk('save', "{N} wants to buy a {it} that costs {a}. {He} already has {b} and saves {c} each week.",
   "How many weeks will it take {him} to save enough?",
   dict(a=('m', 10000, 60000, 500), b=('m', 1000, 9000, 500), c=('m', 1000, 5000, 500)),
   [('need', 'a - b', 'm', '', 'the amount still needed'),
    ('weeks', 'need / c', 'i', 'weeks', 'the number of weeks')],
   [dict(k='bike', it='bike'), dict(k='guitar', it='guitar'), dict(k='console', it='game console'),
    dict(k='telescope', it='telescope')])

sk('pages', "A {bk} has {a} pages. {N} reads {b} pages a day for {c} days, and then reads the rest equally over {d} days.",
   "How many pages a day does {he} read in those last days?",
   dict(a=('i', 120, 600), b=('i', 8, 40), c=('i', 3, 10), d=('i', 2, 8)),
   [('read', 'b * c', 'i', 'pages', 'the pages read at first'),
    ('left', 'a - read', 'i', 'pages', 'the pages left'),
    ('per', 'left / d', 'i', 'pages', 'the pages per day at the end')],
   [dict(k='novel', bk='novel'), dict(k='textbook', bk='textbook'), dict(k='memoir', bk='memoir'),
    dict(k='guide', bk='travel guide')])

sk('twoitems', "{N} buys {a} {i1} at {b} each and {c} {i2} at {d} each.",
   "How much does {he} spend in total?",
   dict(a=('i', 2, 9), b=('m', 50, 1500, 25), c=('i', 2, 9), d=('m', 50, 1500, 25)),
   [('c1', 'a * b', 'm', '', 'the cost of the {i1}'),
    ('c2', 'c * d', 'm', '', 'the cost of the {i2}'),
    ('tot', 'c1 + c2', 'm', '', 'the total cost')],
   [dict(k='pens', i1='pens', i2='notebooks'), dict(k='apples', i1='apples', i2='pears'),
    dict(k='socks', i1='pairs of socks', i2='T-shirts'), dict(k='plants', i1='pots', i2='plants')])

sk('tickets', "Tickets to the {pl} cost {a} for adults and {b} for children. A group of {c} adults and {d} children goes, and they use a coupon for {e} off the total.",
   "How much does the group pay?",
   dict(a=('m', 800, 3000, 50), b=('m', 400, 1500, 50), c=('i', 2, 8), d=('i', 2, 10), e=('mc', [5, 10, 15, 20])),
   [('ad', 'c * a', 'm', '', 'the cost of the adult tickets'),
    ('ch', 'd * b', 'm', '', 'the cost of the children tickets'),
    ('tot', 'ad + ch', 'm', '', 'the cost before the coupon'),
    ('pay', 'tot - e', 'm', '', 'the amount paid')],
   [dict(k='zoo', pl='zoo'), dict(k='museum', pl='museum'), dict(k='aquarium', pl='aquarium'),
    dict(k='waterpark', pl='water park')])

sk('legs', "A farm has {a} {an1} and {b} {an2}. Each of the {an1} has {l1} legs and each of the {an2} has {l2} legs.",
   "How many legs are there in total?",
   dict(a=('i', 5, 40), b=('i', 3, 30), l1=('c', 2), l2=('c', 4)),
   [('x1', 'a * l1', 'i', 'legs', 'the legs of the {an1}'),
    ('x2', 'b * l2', 'i', 'legs', 'the legs of the {an2}'),
    ('tot', 'x1 + x2', 'i', 'legs', 'the total number of legs')],
   [dict(k='chickens', an1='chickens', an2='cows'), dict(k='ducks', an1='ducks', an2='goats'),
    dict(k='geese', an1='geese', an2='sheep'), dict(k='turkeys', an1='turkeys', an2='pigs')])

sk('tank', "A {tk} holds {a} liters. It is {f} full. {N} adds water at {b} liters per minute.",
   "How many minutes will it take to fill it?",
   dict(a=('i', 40, 600), f=('f', FR), b=('d', 5, 40, 2)),
   [('have', 'frac f a', 'd', 'liters', 'the water already in it'),
    ('need', 'a - have', 'd', 'liters', 'the water still needed'),
    ('mins', 'need / b', 'd', 'minutes', 'the time needed')],
   [dict(k='tank', tk='tank'), dict(k='pool', tk='kiddie pool'), dict(k='barrel', tk='rain barrel'),
    dict(k='aquarium', tk='large aquarium')])

sk('raise', "{N} earns {a} a month {job}. {He} gets a raise of {r}.",
   "How much will {he} earn in {b} months after the raise?",
   dict(a=('m', 120000, 480000, 5000), r=('p', [5, 10, 15, 20, 25]), b=('i', 2, 12)),
   [('inc', 'pct r a', 'm', '', 'the raise'),
    ('new', 'a + inc', 'm', '', 'the new monthly pay'),
    ('tot', 'new * b', 'm', '', 'the total pay')],
   [dict(k='nurse', job='as a nurse'), dict(k='clerk', job='as a clerk'), dict(k='chef', job='as a chef'),
    dict(k='driver', job='as a driver')])

sk('groups', "There are {a} {pe} in each of {b} {units}. They are split into {gs} of {c}, and each {g} gets {d} {it}.",
   "How many {it} are needed?",
   dict(a=('i', 12, 32), b=('i', 2, 8), c=('i', 2, 8), d=('i', 2, 6)),
   [('total', 'a * b', 'i', '{pe}', 'the total number of {pe}'),
    ('n', 'total / c', 'i', '{gs}', 'the number of {gs}'),
    ('need', 'n * d', 'i', '{it}', 'the number of {it} needed')],
   [dict(k='markers', pe='students', units='classes', gs='groups', g='group', it='markers'),
    dict(k='balls', pe='players', units='clubs', gs='teams', g='team', it='balls'),
    dict(k='maps', pe='hikers', units='buses', gs='groups', g='group', it='maps'),
    dict(k='kits', pe='campers', units='cabins', gs='pairs', g='pair', it='kits')])

sk('recipe', "A recipe uses {a} cups of {ing} to make {b} {it}. {N} wants to make {c} {it} and has {d} cups of {ing}.",
   "How many more cups of {ing} does {he} need?",
   dict(a=('d', 2, 12, 2), b=('i', 6, 24), c=('i', 24, 120), d=('d', 1, 8, 2)),
   [('per', 'a / b', 'd', 'cups', 'the {ing} per item'),
    ('need', 'per * c', 'd', 'cups', 'the {ing} needed'),
    ('more', 'need - d', 'd', 'cups', 'the extra {ing}')],
   [dict(k='cookies', ing='flour', it='cookies'), dict(k='pancakes', ing='milk', it='pancakes'),
    dict(k='muffins', ing='sugar', it='muffins'), dict(k='rolls', ing='flour', it='rolls')])

sk('fuel', "A {veh} uses {a} gallons of gas for every {b} miles. Gas costs {c} per gallon. {N} drives {d} miles.",
   "How much does the gas cost?",
   dict(a=('i', 1, 4), b=('c', 30), c=('m', 250, 500, 10), d=('i', 60, 600)),
   [('parts', 'd / b', 'i', 'parts', 'the number of stretches'),
    ('gal', 'parts * a', 'i', 'gallons', 'the gallons used'),
    ('cost', 'gal * c', 'm', '', 'the cost of the gas')],
   [dict(k='van', veh='van'), dict(k='pickup', veh='pickup truck'), dict(k='minivan', veh='minivan'),
    dict(k='sedan', veh='old sedan')])

sk('family', "{N} has {a} {it}. {N2} has {b} times as many {it} as {N}, and {N3} has {c} fewer than {N2}.",
   "How many {it} do the three of them have altogether?",
   dict(a=('i', 5, 30), b=('i', 2, 5), c=('i', 2, 20)),
   [('n2', 'a * b', 'i', '{it}', "{N2}'s {it}"),
    ('n3', 'n2 - c', 'i', '{it}', "{N3}'s {it}"),
    ('s1', 'a + n2', 'i', '{it}', "the {it} of {N} and {N2} together"),
    ('tot', 's1 + n3', 'i', '{it}', 'the total')],
   [dict(k='shells', it='shells'), dict(k='cards', it='trading cards'), dict(k='coins', it='coins'),
    dict(k='stamps', it='stamps')])

sk('pizza', "{N} orders {a} {pz} cut into {b} {sl} each. {c} people each eat {d} {sl}.",
   "How many {sl} are left?",
   dict(a=('i', 2, 9), b=('i', 6, 12), c=('i', 3, 12), d=('i', 1, 4)),
   [('tot', 'a * b', 'i', '{sl}', 'the total number of {sl}'),
    ('eat', 'c * d', 'i', '{sl}', 'the number eaten'),
    ('left', 'tot - eat', 'i', '{sl}', 'the number left')],
   [dict(k='pizza', pz='pizzas', sl='slices'), dict(k='pies', pz='pies', sl='pieces'),
    dict(k='cakes', pz='cakes', sl='pieces'), dict(k='loaves', pz='loaves', sl='slices')])

sk('budget', "{N} earns {c} a month. {He} pays {a} for rent and {b} for {bill}, and spends {r} of {his} income on food.",
   "How much of {his} income is left each month?",
   dict(c=('m', 200000, 500000, 10000), a=('m', 60000, 150000, 5000), b=('m', 3000, 20000, 500), r=('p', [10, 15, 20, 25])),
   [('food', 'pct r c', 'm', '', 'the food spending'),
    ('bills', 'a + b', 'm', '', 'the rent and {bill} together'),
    ('spent', 'bills + food', 'm', '', 'the total spent'),
    ('left', 'c - spent', 'm', '', 'the money left')],
   [dict(k='utilities', bill='utilities'), dict(k='phone', bill='the phone'), dict(k='car', bill='car insurance'),
    dict(k='internet', bill='the internet')])

sk('laps', "A {tr} is {a} km long. {N} {mv} {b} laps each day for {c} days.",
   "How many kilometers does {he} cover in total?",
   dict(a=('d', 2, 20, 4), b=('i', 2, 8), c=('i', 3, 7)),
   [('day', 'a * b', 'd', 'km', 'the distance each day'),
    ('tot', 'day * c', 'd', 'km', 'the total distance')],
   [dict(k='track', tr='track', mv='walks'), dict(k='loop', tr='park loop', mv='jogs'),
    dict(k='trail', tr='lake trail', mv='runs'), dict(k='path', tr='bike path', mv='cycles')])

sk('boxes', "Each {it} weighs {a} kg. A box holds {b} of them and the empty box weighs {c} kg.",
   "What is the total weight of {d} full boxes?",
   dict(a=('d', 1, 20, 4), b=('i', 4, 24), c=('d', 1, 6, 2), d=('i', 2, 9)),
   [('items', 'a * b', 'd', 'kg', 'the weight of the {it} in one box'),
    ('box', 'items + c', 'd', 'kg', 'the weight of one full box'),
    ('tot', 'box * d', 'd', 'kg', 'the total weight')],
   [dict(k='book', it='book'), dict(k='jar', it='jar of jam'), dict(k='can', it='can of paint'),
    dict(k='melon', it='melon')])

sk('profit', "{N} sells {a} {it} at {b} each. Making each one costs {him} {c}.",
   "What is {his} profit?",
   dict(a=('i', 10, 80), b=('m', 150, 900, 25), c=('m', 25, 400, 25)),
   [('rev', 'a * b', 'm', '', 'the money from sales'),
    ('cost', 'a * c', 'm', '', 'the cost of making them'),
    ('prof', 'rev - cost', 'm', '', 'the profit')],
   [dict(k='cookies', it='cookies'), dict(k='bracelets', it='bracelets'), dict(k='candles', it='candles'),
    dict(k='cards', it='greeting cards')])

sk('bus', "A {veh} starts with {a} passengers. At the first stop {b} get off and {c} get on. At the second stop, {f} of the passengers get off.",
   "How many passengers are on the {veh} now?",
   dict(a=('i', 20, 60), b=('i', 2, 15), c=('i', 2, 20), f=('f', FR)),
   [('s1', 'a - b', 'i', 'passengers', 'the passengers after some get off'),
    ('s2', 's1 + c', 'i', 'passengers', 'the passengers after the first stop'),
    ('off', 'frac f s2', 'i', 'passengers', 'the passengers who get off at the second stop'),
    ('now', 's2 - off', 'i', 'passengers', 'the passengers now')],
   [dict(k='bus', veh='bus'), dict(k='tram', veh='tram'), dict(k='ferry', veh='ferry'),
    dict(k='train', veh='train car')])

sk('phone', "A {pl} costs {a} per month plus {b} per {u}. {N} uses {c} {us} a month.",
   "How much does {he} pay in {d} months?",
   dict(a=('m', 1000, 4000, 100), b=('m', 100, 600, 25), c=('i', 2, 20), d=('i', 2, 12)),
   [('extra', 'c * b', 'm', '', 'the usage charge each month'),
    ('month', 'a + extra', 'm', '', 'the monthly bill'),
    ('tot', 'month * d', 'm', '', 'the total')],
   [dict(k='phone', pl='phone plan', u='GB of data', us='GB'), dict(k='gym', pl='gym membership', u='class', us='classes'),
    dict(k='parking', pl='parking pass', u='day of valet', us='days of valet'),
    dict(k='stream', pl='streaming plan', u='rental', us='rentals')])

sk('ages', "{N} is {a} years old. {His} {rel1} is {b} times as old as {him}, and {his} {rel2} is {c} years younger than {him}.",
   "What is the sum of the ages of {his} {rel1} and {his} {rel2}?",
   dict(a=('i', 8, 16), b=('i', 3, 5), c=('i', 2, 6)),
   [('o1', 'a * b', 'i', 'years', 'the age of the {rel1}'),
    ('o2', 'a - c', 'i', 'years', 'the age of the {rel2}'),
    ('sum', 'o1 + o2', 'i', 'years', 'the sum of the ages')],
   [dict(k='mother', rel1='mother', rel2='brother'), dict(k='father', rel1='father', rel2='sister'),
    dict(k='aunt', rel1='aunt', rel2='cousin'), dict(k='grandpa', rel1='grandfather', rel2='brother')])

sk('test', "A {ex} has {a} questions. {N} answers {r} of them correctly, and each correct answer is worth {b} points.",
   "How many points does {he} score?",
   dict(a=('i', 20, 80), r=('p', [50, 60, 70, 75, 80, 90]), b=('i', 2, 5)),
   [('right', 'pct r a', 'i', 'questions', 'the number of correct answers'),
    ('pts', 'right * b', 'i', 'points', 'the score')],
   [dict(k='quiz', ex='quiz'), dict(k='exam', ex='final exam'), dict(k='trivia', ex='trivia round'),
    dict(k='contest', ex='math contest')])

sk('jar', "A jar has {a} {it}. {N} takes {f} of them, then {N2} takes {b}. The rest are split equally among {c} kids.",
   "How many {it} does each kid get?",
   dict(a=('i', 30, 200), f=('f', FR), b=('i', 2, 20), c=('i', 2, 8)),
   [('t1', 'frac f a', 'i', '{it}', 'the {it} {N} takes'),
    ('r1', 'a - t1', 'i', '{it}', 'the {it} left after {N}'),
    ('r2', 'r1 - b', 'i', '{it}', 'the {it} left after {N2}'),
    ('each', 'r2 / c', 'i', '{it}', 'the {it} per kid')],
   [dict(k='candies', it='candies'), dict(k='jellybeans', it='jelly beans'), dict(k='buttons', it='buttons'),
    dict(k='beads', it='beads')])

sk('fence', "A rectangular {pl} is {a} meters long and {b} meters wide. Fencing costs {c} per meter.",
   "How much does it cost to fence all the way around it?",
   dict(a=('i', 8, 60), b=('i', 5, 40), two=('c', 2), c=('m', 300, 1500, 50)),
   [('half', 'a + b', 'i', 'meters', 'the length plus the width'),
    ('per', 'half * two', 'i', 'meters', 'the perimeter'),
    ('cost', 'per * c', 'm', '', 'the cost of the fence')],
   [dict(k='garden', pl='garden'), dict(k='yard', pl='yard'), dict(k='pen', pl='dog pen'), dict(k='field', pl='field')])

sk('water', "{N} drinks {a} liters of {dr} each day. A week has {s} days.",
   "How many liters does {he} drink in {b} weeks?",
   dict(a=('d', 2, 14, 4), s=('c', 7), b=('i', 2, 6)),
   [('days', 'b * s', 'i', 'days', 'the number of days'),
    ('tot', 'days * a', 'd', 'liters', 'the total amount')],
   [dict(k='water', dr='water'), dict(k='milk', dr='milk'), dict(k='juice', dr='juice'), dict(k='tea', dr='tea')])

sk('tips', "{N} works {a} hours at {b} per hour {pl} and gets {c} in tips. {He} saves {r} of the total.",
   "How much does {he} save?",
   dict(a=('i', 4, 40), b=('m', 800, 2200, 50), c=('m', 1000, 9000, 100), r=('p', [10, 20, 25, 40, 50])),
   [('wage', 'a * b', 'm', '', 'the wages'),
    ('tot', 'wage + c', 'm', '', 'the total earned'),
    ('sav', 'pct r tot', 'm', '', 'the savings')],
   [dict(k='diner', pl='at a diner'), dict(k='salon', pl='at a salon'), dict(k='valet', pl='as a valet'),
    dict(k='cafe', pl='at a cafe')])

sk('library', "A {lib} has {a} books. It buys {b} boxes of new books with {c} books in each box and gives away {d} old books.",
   "How many books does it have now?",
   dict(a=('i', 200, 3000), b=('i', 3, 12), c=('i', 10, 40), d=('i', 20, 150)),
   [('new', 'b * c', 'i', 'books', 'the number of new books'),
    ('plus', 'a + new', 'i', 'books', 'the books after the purchase'),
    ('now', 'plus - d', 'i', 'books', 'the books now')],
   [dict(k='school', lib='school library'), dict(k='town', lib='town library'), dict(k='shop', lib='used bookshop'),
    dict(k='club', lib='book club')])

sk('wash', "The {club} washes {a} cars at {b} each and {c} trucks at {d} each. They split the money equally among {e} members.",
   "How much does each member get?",
   dict(a=('i', 8, 40), b=('mc', [5, 6, 8, 10, 12]), c=('i', 2, 15), d=('mc', [10, 12, 15, 18, 20]), e=('i', 2, 10)),
   [('cars', 'a * b', 'm', '', 'the money from the cars'),
    ('trucks', 'c * d', 'm', '', 'the money from the trucks'),
    ('tot', 'cars + trucks', 'm', '', 'the total money'),
    ('each', 'tot / e', 'm', '', 'the share of each member')],
   [dict(k='band', club='school band'), dict(k='scouts', club='scout troop'), dict(k='team', club='soccer team'),
    dict(k='choir', club='youth choir')])

sk('collect', "{N} collects {a} {it} a week for {b} weeks. Then {he} gives away {f} of them.",
   "How many {it} does {he} keep?",
   dict(a=('i', 3, 25), b=('i', 4, 12), f=('f', FR)),
   [('col', 'a * b', 'i', '{it}', 'the number collected'),
    ('give', 'frac f col', 'i', '{it}', 'the number given away'),
    ('keep', 'col - give', 'i', '{it}', 'the number kept')],
   [dict(k='stamps', it='stamps'), dict(k='rocks', it='rocks'), dict(k='leaves', it='leaves'),
    dict(k='postcards', it='postcards')])

sk('unitprice', "A pack of {a} {it} costs {b}. {N} needs {c} {it} and has a {e} gift card.",
   "How much more money does {he} need after using the gift card, at the same price per {one}?",
   dict(a=('i', 2, 12), b=('m', 100, 3000, 10), c=('i', 10, 60), e=('mc', [5, 10, 15])),
   [('unit', 'b / a', 'm', '', 'the price of one {one}'),
    ('cost', 'unit * c', 'm', '', 'the cost of all of them'),
    ('more', 'cost - e', 'm', '', 'the amount still needed')],
   [dict(k='batteries', it='batteries', one='battery'), dict(k='pencils', it='pencils', one='pencil'),
    dict(k='bulbs', it='light bulbs', one='bulb'), dict(k='tiles', it='tiles', one='tile')])

sk('area', "A {pl} is {a} meters by {b} meters. {N} plants {c} {sd} per square meter. The {sd} come in packets of {d}.",
   "How many packets does {he} need?",
   dict(a=('i', 3, 20), b=('i', 2, 15), c=('i', 2, 12), d=('i', 10, 50)),
   [('ar', 'a * b', 'i', 'square meters', 'the area'),
    ('seeds', 'ar * c', 'i', '{sd}', 'the number of {sd}'),
    ('pk', 'seeds / d', 'i', 'packets', 'the number of packets')],
   [dict(k='lawn', pl='lawn', sd='seeds'), dict(k='bed', pl='flower bed', sd='bulbs'),
    dict(k='plot', pl='vegetable plot', sd='seedlings'), dict(k='meadow', pl='meadow strip', sd='seeds')])

sk('cabin', "{a} friends rent a {pl} for {b} per night for {c} nights. They split the cost equally, and {N} also pays {d} for {his} share of the food.",
   "How much does {N} pay in total?",
   dict(a=('i', 2, 8), b=('m', 6000, 30000, 500), c=('i', 2, 7), d=('m', 1000, 6000, 250)),
   [('rent', 'b * c', 'm', '', 'the total rent'),
    ('each', 'rent / a', 'm', '', 'the rent per person'),
    ('tot', 'each + d', 'm', '', "{N}'s total")],
   [dict(k='cabin', pl='cabin'), dict(k='beach', pl='beach house'), dict(k='boat', pl='houseboat'),
    dict(k='villa', pl='villa')])

sk('commute', "{N} {mv} {a} km to work and the same distance back, {b} days a week. {His} {veh} uses {c} liters of fuel per km.",
   "How many liters of fuel does {he} use in a week?",
   dict(a=('d', 10, 80, 2), two=('c', 2), b=('i', 3, 6), c=('d', 1, 12, 100)),
   [('day', 'a * two', 'd', 'km', 'the distance each day'),
    ('week', 'day * b', 'd', 'km', 'the distance each week'),
    ('fuel', 'week * c', 'd', 'liters', 'the fuel used')],
   [dict(k='car', mv='drives', veh='car'), dict(k='scooter', mv='rides', veh='scooter'),
    dict(k='moped', mv='rides', veh='moped'), dict(k='van', mv='drives', veh='van')])

sk('orchard', "An orchard has {a} {tr} trees. Each tree gives {b} {fr}. The owner sells {r} of the {fr} and packs the rest into bags of {c}.",
   "How many bags does the owner fill?",
   dict(a=('i', 6, 40), b=('i', 20, 80), r=('p', [20, 25, 40, 50, 60, 75]), c=('i', 5, 20)),
   [('tot', 'a * b', 'i', '{fr}', 'the total number of {fr}'),
    ('sold', 'pct r tot', 'i', '{fr}', 'the number sold'),
    ('rest', 'tot - sold', 'i', '{fr}', 'the number left'),
    ('bags', 'rest / c', 'i', 'bags', 'the number of bags')],
   [dict(k='apple', tr='apple', fr='apples'), dict(k='peach', tr='peach', fr='peaches'),
    dict(k='lemon', tr='lemon', fr='lemons'), dict(k='plum', tr='plum', fr='plums')])

sk('paint', "{N} paints {a} {rm}. Each one needs {b} liters of paint, and a can holds {c} liters. A can costs {d}.",
   "How much does {he} spend on paint?",
   dict(a=('i', 2, 10), b=('i', 2, 12), c=('i', 2, 5), d=('m', 800, 4000, 50)),
   [('lit', 'a * b', 'i', 'liters', 'the paint needed'),
    ('cans', 'lit / c', 'i', 'cans', 'the number of cans'),
    ('cost', 'cans * d', 'm', '', 'the cost of the paint')],
   [dict(k='rooms', rm='rooms'), dict(k='fences', rm='fence panels'), dict(k='sheds', rm='sheds'),
    dict(k='doors', rm='garage doors')])

sk('coupon', "{N} buys {a} {i1} at {b} each and {c} {i2} at {d} each. {He} has a coupon for {r} off the total.",
   "How much does {he} pay?",
   dict(a=('i', 2, 8), b=('m', 200, 2500, 50), c=('i', 2, 8), d=('m', 100, 1500, 50), r=('p', [10, 20, 25, 50])),
   [('c1', 'a * b', 'm', '', 'the cost of the {i1}'),
    ('c2', 'c * d', 'm', '', 'the cost of the {i2}'),
    ('tot', 'c1 + c2', 'm', '', 'the total before the coupon'),
    ('disc', 'pct r tot', 'm', '', 'the coupon discount'),
    ('pay', 'tot - disc', 'm', '', 'the amount paid')],
   [dict(k='shirts', i1='shirts', i2='ties'), dict(k='mugs', i1='mugs', i2='plates'),
    dict(k='games', i1='board games', i2='puzzles'), dict(k='towels', i1='towels', i2='pillows')])

sk('farm', "A farmer {vb} {a} {it} a day for {b} days. {f} of the {it} are {bad}. The rest are packed into {ps} of {c}, and each {p1} sells for {d}.",
   "How much money does the farmer make?",
   dict(a=('i', 20, 120), b=('i', 3, 10), f=('f', FR), c=('i', 4, 12), d=('m', 150, 900, 25)),
   [('tot', 'a * b', 'i', '{it}', 'the total number of {it}'),
    ('bad', 'frac f tot', 'i', '{it}', 'the number of {bad} {it}'),
    ('good', 'tot - bad', 'i', '{it}', 'the number of good {it}'),
    ('packs', 'good / c', 'i', '{ps}', 'the number of {ps}'),
    ('money', 'packs * d', 'm', '', 'the money made')],
   [dict(k='eggs', vb='collects', it='eggs', bad='cracked', ps='cartons', p1='carton'),
    dict(k='apples', vb='picks', it='apples', bad='bruised', ps='bags', p1='bag'),
    dict(k='peaches', vb='picks', it='peaches', bad='too soft', ps='boxes', p1='box'),
    dict(k='tomatoes', vb='harvests', it='tomatoes', bad='split', ps='crates', p1='crate')])
