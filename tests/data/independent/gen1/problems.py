"""Held-out GSM8K-style problem templates (written for this evaluation; not derived from tests/data).

Each template: q (problem text with {var} slots; money vars are printed by the template itself), vars (name ->
list of choices), ok (constraint on the values), steps: (name, expr, unit, label, say, word).
expr mini-language: space-separated tokens: ( ) + - * / of, operands NAME or NAME:UNIT or LITERAL:UNIT.
UNIT '$' = money, '%' = percent (value/100), other = unit words shown after the number in plain styles.
say: a sentence with {calc}. word: optional worded form of the expression ("half of {n}") for worded styles.
"""

T = []


def t(q, vars, steps, ok=None, final_unit=None):
    T.append(dict(q=q, vars=vars, steps=steps, ok=ok or (lambda v: True)))


t("Maya buys {n} notebooks for ${p} each and {m} pens for ${c} each. How much money does Maya spend in all?",
  dict(n=[3, 4, 5, 6, 8], p=[2, 3, 4, 5], m=[2, 3, 6, 10], c=[1, 2]),
  [("nb", "n * p:$", "$", "Cost of the notebooks", "The notebooks cost {calc}.", None),
   ("pn", "m * c:$", "$", "Cost of the pens", "The pens cost {calc}.", None),
   ("tot", "nb:$ + pn:$", "$", "Total spent", "Altogether Maya spends {calc}.", None)])

t("A bakery bakes {t} trays of muffins with {c} muffins on each tray. By noon they have sold {s} muffins. How many muffins are left?",
  dict(t=[4, 5, 6, 8, 9], c=[12, 16, 24], s=[30, 45, 50, 57]),
  [("all", "t * c", "muffins", "Muffins baked", "The bakery bakes {calc}.", None),
   ("left", "all - s", "muffins", "Muffins left", "So {calc} are left.", "{all} minus {s}")],
  ok=lambda v: v["t"] * v["c"] > v["s"])

t("Carlos drives at {v} miles per hour for {h} hours, then at {w} miles per hour for {k} hours. How many miles does he drive in total?",
  dict(v=[50, 55, 60, 65], h=[2, 3, 4], w=[40, 45, 70], k=[1, 2, 3]),
  [("d1", "v:mph * h:hours", "miles", "First part of the trip", "In the first part he covers {calc}.", None),
   ("d2", "w:mph * k:hours", "miles", "Second part of the trip", "In the second part he covers {calc}.", None),
   ("d", "d1:miles + d2:miles", "miles", "Total distance", "He drives {calc} in total.", None)])

t("Nina does {x} push-ups every day, {d} days a week. How many push-ups does she do in {w} weeks?",
  dict(x=[15, 20, 25, 30, 40], d=[4, 5, 6], w=[3, 4, 6, 8]),
  [("pw", "x * d", "push-ups", "Push-ups per week", "Each week she does {calc}.", None),
   ("tot", "pw * w", "push-ups", "Push-ups over all the weeks", "Over {w} weeks she does {calc}.", None)])

t("A jacket costs ${P}. It is on sale for {d}% off. How much does the jacket cost on sale?",
  dict(P=[40, 60, 80, 120, 150, 250], d=[10, 15, 20, 25, 30]),
  [("off", "d:% of P:$", "$", "Amount of the discount", "The discount is {calc}.", None),
   ("new", "P:$ - off:$", "$", "Sale price", "The sale price is {calc}.", None)],
  ok=lambda v: v["P"] * v["d"] % 100 == 0)

t("Liam has {n} marbles. He gives half of them to his sister and then buys {m} more. How many marbles does Liam have now?",
  dict(n=[24, 36, 48, 60, 84], m=[5, 7, 12, 15]),
  [("h", "n / 2", "marbles", "Marbles after giving half away", "After giving half away he keeps {calc}.", "half of {n}"),
   ("now", "h + m", "marbles", "Marbles now", "Now he has {calc}.", "{h} plus {m}")])

t("Ava reads {p} pages on Monday and twice as many pages on Tuesday. How many pages does she read on the two days?",
  dict(p=[18, 24, 35, 42, 50]),
  [("tu", "2 * p", "pages", "Pages on Tuesday", "On Tuesday she reads {calc}.", "twice {p}"),
   ("tot", "p + tu", "pages", "Pages on both days", "In total she reads {calc}.", "{p} plus {tu}")])

t("Omar practices the piano for {m} minutes a day. How many hours does he practice in {d} days?",
  dict(m=[30, 40, 45, 50, 90], d=[6, 8, 12, 14]),
  [("mins", "m:minutes * d:days", "minutes", "Total minutes", "He practices {calc}.", None),
   ("hrs", "mins:minutes / 60:minutes/hour", "hours", "Convert to hours", "That is {calc}.", None)],
  ok=lambda v: (v["m"] * v["d"]) % 30 == 0)

t("A pool holds {T} gallons of water. A hose fills it at {r} gallons per minute. How many hours does it take to fill the pool?",
  dict(T=[3600, 4800, 7200, 9000], r=[10, 15, 20, 40]),
  [("mins", "T:gallons / r:gallons/minute", "minutes", "Time in minutes", "Filling takes {calc}.", None),
   ("hrs", "mins:minutes / 60", "hours", "Time in hours", "In hours that is {calc}.", None)],
  ok=lambda v: (v["T"] / v["r"]) % 30 == 0)

t("Dinner for {k} friends costs ${B}. They add a {t}% tip and split the total bill evenly. How much does each friend pay?",
  dict(k=[2, 4, 5], B=[80, 120, 160, 200], t=[15, 20, 25]),
  [("tip", "t:% of B:$", "$", "The tip", "The tip is {calc}.", None),
   ("tot", "B:$ + tip:$", "$", "Bill with tip", "The bill with the tip is {calc}.", None),
   ("each", "tot:$ / k", "$", "Each friend's share", "Each friend pays {calc}.", None)])

t("Rosa plants {r} rows of tomato plants with {p} plants in each row. Each plant gives {y} tomatoes. She packs the tomatoes in boxes of {b}. How many boxes does she fill?",
  dict(r=[4, 5, 6, 8], p=[6, 8, 10, 12], y=[10, 12, 15], b=[20, 24, 30]),
  [("pl", "r * p", "plants", "Number of plants", "She has {calc}.", None),
   ("tom", "pl * y", "tomatoes", "Number of tomatoes", "They give {calc}.", None),
   ("box", "tom / b", "boxes", "Number of boxes", "She fills {calc}.", None)],
  ok=lambda v: v["r"] * v["p"] * v["y"] % v["b"] == 0)

t("Jamal saves ${s} every week for {w} weeks. Then he buys a bike that costs ${c}. How much money does he have left?",
  dict(s=[15, 20, 25, 35], w=[10, 12, 16, 20], c=[120, 149, 180, 210]),
  [("sv", "s:$ * w", "$", "Money saved", "He saves {calc}.", None),
   ("left", "sv:$ - c:$", "$", "Money left", "After the bike he has {calc} left.", None)],
  ok=lambda v: v["s"] * v["w"] > v["c"])

t("A class has {n} students and 3/5 of them are girls. How many boys are in the class?",
  dict(n=[25, 30, 35, 40, 45]),
  [("g", "n * 3 / 5", "girls", "Number of girls", "There are {calc}.", None),
   ("b", "n - g", "boys", "Number of boys", "So there are {calc}.", "{n} minus {g}")])

t("Elena's car gets {m} miles per gallon. She drives {D} miles, and gas costs ${p} per gallon. How much does she spend on gas?",
  dict(m=[25, 30, 35, 40], D=[300, 420, 600, 840], p=["3.50", "4", "3.20"]),
  [("g", "D:miles / m:miles/gallon", "gallons", "Gallons used", "She uses {calc}.", None),
   ("c", "g:gallons * p:$", "$", "Cost of the gas", "The gas costs {calc}.", None)],
  ok=lambda v: v["D"] % v["m"] == 0)

t("Priya earns ${w} per hour and works {h} hours a week. How much does she earn in {k} weeks?",
  dict(w=[16, 18, 22, 25, 32], h=[20, 35, 40], k=[4, 6, 8]),
  [("wk", "w:$ * h:hours", "$", "Weekly pay", "Each week she earns {calc}.", None),
   ("tot", "wk:$ * k", "$", "Pay for all the weeks", "In {k} weeks she earns {calc}.", None)])

t("A recipe uses {c} cups of flour to make 12 muffins. How many cups of flour are needed to make {n} muffins?",
  dict(c=[2, 3, 4], n=[36, 48, 60, 84]),
  [("bat", "n / 12", "batches", "Number of batches", "That is {calc}.", None),
   ("fl", "bat * c:cups", "cups", "Flour needed", "The flour needed is {calc}.", None)])

t("Three fish tanks hold fish. The first tank has {n} fish, the second has twice as many as the first, and the third has {f} fewer fish than the second. How many fish are there in all?",
  dict(n=[8, 12, 15, 20], f=[3, 5, 6]),
  [("s", "2 * n", "fish", "Second tank", "The second tank has {calc}.", "twice {n}"),
   ("th", "s - f", "fish", "Third tank", "The third tank has {calc}.", "{s} minus {f}"),
   ("tot", "n + s + th", "fish", "All tanks", "All together there are {calc}.", None)])

t("A library has {s} shelves with {b} books on each shelf. It donates {d} books and puts the rest into {k} equal boxes. How many books go in each box?",
  dict(s=[6, 8, 10, 12], b=[25, 30, 40], d=[20, 40, 60], k=[4, 5, 10]),
  [("all", "s * b", "books", "Books on the shelves", "The library has {calc}.", None),
   ("rest", "all - d", "books", "Books after the donation", "After the donation {calc} remain.", None),
   ("box", "rest / k", "books", "Books per box", "Each box gets {calc}.", None)],
  ok=lambda v: (v["s"] * v["b"] - v["d"]) % v["k"] == 0 and v["s"] * v["b"] > v["d"])

t("A bus has {r} rows of seats with 4 seats in each row. {p} passengers are on the bus. How many seats are empty?",
  dict(r=[10, 12, 13, 15], p=[23, 31, 37, 44]),
  [("seats", "r * 4", "seats", "Total seats", "The bus has {calc}.", None),
   ("empty", "seats - p", "seats", "Empty seats", "So {calc} are empty.", None)])

t("A school play sold {a} adult tickets at ${A} each and {c} child tickets at ${C} each. How much money did the play make?",
  dict(a=[145, 210, 245, 318], A=[12, 15, 18], c=[96, 120, 175], C=[6, 8, 9]),
  [("ad", "a * A:$", "$", "Adult tickets", "Adult tickets brought in {calc}.", None),
   ("ch", "c * C:$", "$", "Child tickets", "Child tickets brought in {calc}.", None),
   ("tot", "ad:$ + ch:$", "$", "Total money", "The play made {calc}.", None)])

t("A bike used to cost ${P}. The price went up by {r}%. What is the new price of the bike?",
  dict(P=[200, 240, 300, 450, 600], r=[5, 10, 15, 20]),
  [("up", "r:% of P:$", "$", "Price increase", "The increase is {calc}.", None),
   ("new", "P:$ + up:$", "$", "New price", "The new price is {calc}.", None)],
  ok=lambda v: v["P"] * v["r"] % 100 == 0)

t("Hana runs {d} km every weekday and twice that distance on Saturday. How many km does she run in one week?",
  dict(d=[3, 4, 5, 6, 8]),
  [("wd", "5 * d:km", "km", "Weekday distance", "On the five weekdays she runs {calc}.", None),
   ("sat", "2 * d:km", "km", "Saturday distance", "On Saturday she runs {calc}.", "twice {d}"),
   ("tot", "wd:km + sat:km", "km", "Weekly distance", "In one week she runs {calc}.", None)])

t("A book has {P} pages. Tom reads {r} pages per hour. How many minutes does it take him to read the whole book?",
  dict(P=[150, 180, 240, 300, 360], r=[20, 30, 40, 60]),
  [("h", "P:pages / r:pages/hour", "hours", "Reading time in hours", "It takes {calc}.", None),
   ("m", "h:hours * 60:minutes/hour", "minutes", "Reading time in minutes", "In minutes that is {calc}.", None)],
  ok=lambda v: (v["P"] * 60) % v["r"] == 0)

t("For a party, Zoe orders {k} pizzas cut into 8 slices each. Her {g} guests eat 3 slices each. How many slices are left over?",
  dict(k=[5, 6, 7, 8], g=[9, 11, 12, 13]),
  [("sl", "k * 8", "slices", "Total slices", "There are {calc}.", None),
   ("eat", "g * 3", "slices", "Slices eaten", "The guests eat {calc}.", None),
   ("left", "sl - eat", "slices", "Slices left", "So {calc} are left over.", None)],
  ok=lambda v: v["k"] * 8 > v["g"] * 3)

t("A farm has {c} chickens and {w} cows. How many legs do the animals have altogether?",
  dict(c=[12, 18, 25, 34], w=[6, 9, 14, 21]),
  [("cl", "c * 2", "legs", "Chicken legs", "The chickens have {calc}.", None),
   ("wl", "w * 4", "legs", "Cow legs", "The cows have {calc}.", None),
   ("tot", "cl + wl", "legs", "All legs", "Altogether there are {calc}.", None)])

t("Leo sells {n} cups of lemonade for $0.75 each. His supplies cost ${s}. How much profit does he make?",
  dict(n=[40, 48, 60, 84], s=[8, 12, 15]),
  [("rev", "n * 0.75:$", "$", "Money from sales", "He takes in {calc}.", None),
   ("pr", "rev:$ - s:$", "$", "Profit", "His profit is {calc}.", None)])

t("A phone plan costs ${x} per month plus a one-time fee of ${f}. How much does the plan cost for one year?",
  dict(x=[25, 35, 40, 55], f=[30, 49, 60]),
  [("yr", "x:$ * 12", "$", "Monthly charges for a year", "Twelve months cost {calc}.", None),
   ("tot", "yr:$ + f:$", "$", "Total for the year", "With the fee the total is {calc}.", None)])

t("A wall is {L} feet long and {H} feet high. One can of paint covers {A} square feet. How many cans are needed to paint the wall?",
  dict(L=[12, 16, 20, 24], H=[8, 9, 10], A=[40, 60, 80]),
  [("ar", "L:feet * H:feet", "square feet", "Area of the wall", "The wall's area is {calc}.", None),
   ("cans", "ar / A", "cans", "Cans of paint", "So {calc} are needed.", None)],
  ok=lambda v: v["L"] * v["H"] % v["A"] == 0)

t("Mia has {n} stickers. She gives 1/4 of them to her friend. How many stickers does Mia have left?",
  dict(n=[48, 64, 80, 96, 120]),
  [("g", "n / 4", "stickers", "Stickers given away", "She gives away {calc}.", "a quarter of {n}"),
   ("left", "n - g", "stickers", "Stickers left", "She has {calc} left.", "{n} minus {g}")])

t("Ben has {q} quarters and {d} dimes in his piggy bank. How much money does he have in dollars?",
  dict(q=[12, 18, 23, 30], d=[15, 20, 27, 35]),
  [("qv", "q * 0.25:$", "$", "Value of the quarters", "The quarters are worth {calc}.", None),
   ("dv", "d * 0.10:$", "$", "Value of the dimes", "The dimes are worth {calc}.", None),
   ("tot", "qv:$ + dv:$", "$", "Total money", "He has {calc} in total.", None)])

t("Sara works from 8:30 AM to 4:30 PM with a 30-minute unpaid lunch break. She earns ${w} per hour. How much does she earn in one day?",
  dict(w=[14, 16, 18, 20, 24]),
  [("all", "8 * 60", "minutes", "Minutes from 8:30 to 4:30", "From 8:30 AM to 4:30 PM is 8 hours, or {calc}.", None),
   ("work", "all - 30", "minutes", "Minutes worked", "Without lunch she works {calc}.", None),
   ("hrs", "work / 60", "hours", "Hours worked", "That is {calc}.", None),
   ("pay", "hrs * w:$", "$", "Pay for the day", "She earns {calc}.", None)])

t("An orchard has {t} apple trees, and each tree gives {a} apples. {p}% of the apples are rotten. How many good apples are there?",
  dict(t=[20, 25, 40, 50], a=[60, 80, 120], p=[5, 10, 15]),
  [("all", "t * a", "apples", "All apples", "The trees give {calc}.", None),
   ("rot", "p:% of all", "apples", "Rotten apples", "The rotten ones are {calc}.", None),
   ("good", "all - rot", "apples", "Good apples", "So there are {calc}.", None)],
  ok=lambda v: v["t"] * v["a"] * v["p"] % 100 == 0)

t("Kai runs {m} miles in the first week of training and adds 3 miles each week after that. How many miles does he run in the fifth week?",
  dict(m=[6, 8, 10, 12]),
  [("add", "4 * 3", "miles", "Miles added over four weeks", "Over four more weeks he adds {calc}.", None),
   ("w5", "m + add", "miles", "Fifth week", "In the fifth week he runs {calc}.", None)])

t("Grace drinks {g} glasses of water a day, and each glass holds 250 ml. How many liters does she drink in a week?",
  dict(g=[4, 6, 8]),
  [("day", "g * 250:ml", "ml", "Water per day", "Each day she drinks {calc}.", None),
   ("wk", "day:ml * 7", "ml", "Water per week", "In a week that is {calc}.", None),
   ("l", "wk / 1000", "liters", "Liters per week", "In liters that is {calc}.", None)])

t("A train travels {D} kilometers at an average speed of {v} km per hour. How many minutes does the trip take?",
  dict(D=[180, 240, 300, 360], v=[60, 80, 90, 120]),
  [("h", "D:km / v:km/h", "hours", "Time in hours", "The trip takes {calc}.", None),
   ("m", "h * 60", "minutes", "Time in minutes", "That is {calc}.", None)],
  ok=lambda v: (v["D"] * 60) % v["v"] == 0)

t("{n} candies are shared equally among {k} children. Each child then gives 2 candies to a teacher. How many candies does each child have now?",
  dict(n=[60, 72, 90, 120], k=[4, 6, 8]),
  [("each", "n / k", "candies", "Candies per child", "Each child gets {calc}.", None),
   ("now", "each - 2", "candies", "Candies left per child", "After giving 2 away each has {calc}.", None)],
  ok=lambda v: v["n"] % v["k"] == 0)

t("Three roommates split the rent of ${R} and the utilities of ${U} equally. How much does each roommate pay?",
  dict(R=[1500, 1800, 2100, 2400], U=[150, 180, 240, 300]),
  [("tot", "R:$ + U:$", "$", "Rent plus utilities", "Together the bills come to {calc}.", None),
   ("each", "tot:$ / 3", "$", "Each roommate's share", "Each roommate pays {calc}.", None)],
  ok=lambda v: (v["R"] + v["U"]) % 3 == 0)

t("A tree is {h} cm tall and grows {g} cm every year. How tall will it be in {y} years?",
  dict(h=[120, 150, 200, 240], g=[15, 20, 25, 30], y=[3, 4, 5, 6]),
  [("gr", "g:cm * y", "cm", "Growth", "It grows {calc}.", None),
   ("ht", "h:cm + gr:cm", "cm", "Final height", "It will be {calc} tall.", None)])

t("Shoes cost ${P} a pair. Dana buys two pairs at full price and gets a third pair for half price. How much does she pay?",
  dict(P=[40, 54, 60, 72, 90]),
  [("two", "2 * P:$", "$", "Two pairs at full price", "Two pairs cost {calc}.", None),
   ("half", "P:$ / 2", "$", "Third pair", "The third pair costs {calc}.", "half of ${P}"),
   ("tot", "two:$ + half:$", "$", "Total paid", "She pays {calc} in total.", None)])

t("Zoo tickets cost ${A} for adults and ${K} for kids. A family of 2 adults and 3 kids gets 10% off the total. How much does the family pay?",
  dict(A=[20, 24, 30], K=[10, 12, 15]),
  [("full", "2 * A:$ + 3 * K:$", "$", "Full price", "Before the discount the tickets cost {calc}.", None),
   ("off", "10:% of full:$", "$", "Discount", "The discount is {calc}.", None),
   ("pay", "full:$ - off:$", "$", "Price paid", "The family pays {calc}.", None)])

t("Eli fills {n} bottles that each hold 12 ounces of juice. One cup is 8 ounces. How many cups of juice does he have?",
  dict(n=[6, 8, 10, 14, 18]),
  [("oz", "n * 12:ounces", "ounces", "Total ounces", "The 12-ounce bottles hold {calc}.", None),
   ("cups", "oz:ounces / 8:ounces", "cups", "Cups of juice", "That makes {calc}.", None)],
  ok=lambda v: v["n"] * 12 % 8 == 0)

t("Lucy hikes a 3-mile trail {k} times a week. How many miles does she hike in {w} weeks?",
  dict(k=[2, 3, 4, 5], w=[4, 6, 10, 12]),
  [("wk", "3:miles * k", "miles", "Miles per week", "Each week she hikes {calc}.", None),
   ("tot", "wk:miles * w", "miles", "Miles over all the weeks", "In {w} weeks she hikes {calc}.", None)])

t("A store has {b} boxes of pencils with {p} pencils in each box. It sells {s} pencils on Monday and {u} pencils on Tuesday. How many pencils are left?",
  dict(b=[12, 15, 20, 25], p=[10, 12, 24], s=[35, 48, 60], u=[22, 41, 55]),
  [("all", "b * p", "pencils", "Pencils in stock", "The store has {calc}.", None),
   ("sold", "s + u", "pencils", "Pencils sold", "It sells {calc}.", None),
   ("left", "all - sold", "pencils", "Pencils left", "So {calc} are left.", None)],
  ok=lambda v: v["b"] * v["p"] > v["s"] + v["u"])

t("A movie marathon has {n} movies. Each movie lasts 1 hour and {m} minutes, and there is a {r}-minute break between movies. How long is the marathon in minutes?",
  dict(n=[3, 4, 5], m=[30, 45, 50], r=[10, 15, 20]),
  [("one", "60 + m", "minutes", "Length of one movie", "One movie lasts {calc}.", None),
   ("mov", "n * one:minutes", "minutes", "All movies", "The movies last {calc}.", None),
   ("brk", "(n - 1) * r:minutes", "minutes", "Breaks", "The breaks add {calc}.", None),
   ("tot", "mov:minutes + brk:minutes", "minutes", "Whole marathon", "The marathon lasts {calc}.", None)])

t("Noah buys {k} packs of gum with {g} pieces in each pack. He chews {c} pieces a day. How many days will the gum last?",
  dict(k=[3, 4, 5, 6], g=[10, 12, 15], c=[2, 3, 4, 5]),
  [("pc", "k * g", "pieces", "Pieces of gum", "He has {calc}.", None),
   ("days", "pc / c", "days", "Days the gum lasts", "The gum lasts {calc}.", None)],
  ok=lambda v: v["k"] * v["g"] % v["c"] == 0)

t("A factory makes {x} toys per hour and runs {h} hours a day. How many toys does it make in {d} days?",
  dict(x=[120, 150, 240, 325], h=[8, 10, 16], d=[5, 6, 7]),
  [("day", "x * h:hours", "toys", "Toys per day", "Each day it makes {calc}.", None),
   ("tot", "day * d", "toys", "Toys in all the days", "In {d} days it makes {calc}.", None)])
