"""150+ grade-school math word-problem templates (MIT License, original work).

Step DSL, one per line:  name[!] = expr | unit | label
  expr: a + b [+ c ...] | a - b | a * b | a / b | a // b (quotient with remainder)
        | pct(p, x)  (p percent of x) | frac(n, d, x)  (n/d of x)
  '!' marks a result that must be a whole number; unit '$' = money, '%' = percent.
Variables appear in the text as {v}; ${v} marks money, {v}% marks a percent.
"""
from engine import T, TEMPLATES, FAILED  # noqa: F401

T('shop_pens', """{name} buys {a} pens at ${p} each and a notebook for ${n}. How much does {he} spend in total?""",
  dict(a=[2, 3, 4, 5, 6, 8], p=['0.75', '1.25', '1.50', '2.25', '1.80'], n=['3.50', '4.25', '2.99', '5']),
  """pens = a * p | $ | cost of the pens
     total = pens + n | $ | total cost""")

T('discount_jacket', """A jacket costs ${p}. It is on sale for {d}% off. What is the sale price?""",
  dict(p=['80', '120', '64', '45', '150', '96'], d=[10, 15, 20, 25, 30, 40]),
  """off = pct(d, p) | $ | discount
     sale = p - off | $ | sale price""")

T('cookies_boxes', """{name} baked {c} cookies and packs them into boxes of {b}. How many cookies are left over after filling as many boxes as possible, if {he} then eats {e} of the full boxes' cookies? Give the number of cookies left unboxed plus eaten.""",
  dict(c=[50, 75, 98, 123, 61], b=[6, 8, 12], e=[2, 3, 4]),
  """boxes! = c // b | boxes | number of full boxes
     boxed! = boxes * b | cookies | cookies in full boxes
     loose! = c - boxed | cookies | cookies left unboxed
     ans! = loose + e | cookies | cookies unboxed or eaten""")

T('drive_minutes', """{name} drives for {h} hours at {s} km/h, then stops for a {r}-minute break. How many minutes pass from start to finish?""",
  dict(s=[60, 72, 80, 90], h=['1.5', '2.5', '0.75', '3'], r=[15, 20, 30]),
  """mins = h * 60 | minutes | driving time in minutes
     tot = mins + r | minutes | total time""")

T('frac_marbles', """{name} has {m} marbles. {He} gives 3/4 of them to {his} sister and then buys {b} more. How many marbles does {he} have now?""",
  dict(m=[48, 64, 80, 120, 1200], b=[5, 9, 12]),
  """given! = frac(3, 4, m) | marbles | marbles given away
     kept! = m - given | marbles | marbles kept
     now! = kept + b | marbles | marbles now""")

T('flour_g', """A baker uses {g} g of flour per loaf and bakes {n} loaves. How many kilograms of flour are used?""",
  dict(g=[250, 400, 450, 625], n=[4, 6, 8, 12]),
  """grams = g * n | g | total flour in grams
     kg = grams / 1000 | kg | total flour in kilograms""")

T('avg_scores', """{name} scored {a}, {b}, and {c} on three tests. What is {his} average score?""",
  dict(a=[78, 85, 92, 88], b=[90, 81, 76, 95], c=[84, 87, 99, 70]),
  """sum = a + b + c | points | total of the scores
     avg = sum / 3 | points | average score""")

T('pushups', """{name} does {a} push-ups every morning and twice as many in the evening. How many push-ups does {he} do in {d} days?""",
  dict(a=[15, 20, 25, 30], d=[5, 7, 10]),
  """eve = a * 2 | push-ups | evening push-ups
     day = a + eve | push-ups | push-ups per day
     tot = day * d | push-ups | push-ups in all""")

# ------------------------------------------------------------------ money
T('apples_oranges', """{name} buys {a} apples at ${p} each and {b} oranges at ${q} each. How much does {he} pay?""",
  dict(a=[3, 4, 5, 6, 8, 10], p=['0.45', '0.60', '0.75', '0.80'], b=[2, 4, 6, 12], q=['0.35', '0.50', '0.65', '1.10']),
  """ca = a * p | $ | cost of the apples
     cb = b * q | $ | cost of the oranges
     tot = ca + cb | $ | total cost""")

T('change_from_bill', """{name} buys {n} sandwiches for ${p} each and pays with a ${b} bill. How much change does {he} get?""",
  dict(n=[2, 3, 4], p=['4.75', '5.25', '6.50', '3.95', '7.20'], b=[20, 50]),
  """cost = n * p | $ | cost of the sandwiches
     ch = b - cost | $ | change""")

T('weekly_savings', """{name} saves ${s} every week. After {w} weeks {he} spends ${x} on a game. How much money does {he} have left?""",
  dict(s=['12.50', '15', '8.75', '20', '11.25'], w=[6, 8, 10, 12], x=['39.99', '45', '59.50', '24.95']),
  """saved = s * w | $ | amount saved
     left = saved - x | $ | money left""")

T('movie_tickets', """Tickets to a movie cost ${a} for adults and ${c} for children. A family buys {na} adult tickets and {nc} child tickets and one large popcorn for ${p}. What is the total?""",
  dict(a=['12.50', '11', '13.75', '10.25'], c=['8.50', '7', '6.25', '9'], na=[2, 3], nc=[1, 2, 3, 4], p=['7.50', '8.25', '6']),
  """ad = na * a | $ | cost of the adult tickets
     ch = nc * c | $ | cost of the child tickets
     tot = ad + ch + p | $ | total cost""")

T('hourly_pay', """{name} earns ${r} per hour. {He} works {h} hours on Saturday and {k} hours on Sunday. How much does {he} earn over the weekend?""",
  dict(r=['11.50', '14', '15.25', '12.75', '16'], h=[4, 5, 6, 8], k=[3, 4, 5, 7]),
  """hrs = h + k | hours | hours worked
     pay = hrs * r | $ | weekend pay""")

T('gas_fillup', """Gas costs ${g} per gallon. {name} fills {his} tank with {n} gallons and also buys a car wash for ${w}. How much does {he} spend?""",
  dict(g=['3.20', '3.45', '2.90', '4.10'], n=[10, 12, 15, 8, 20], w=['9.99', '12', '7.50']),
  """gas = g * n | $ | cost of the gas
     tot = gas + w | $ | total spent""")

T('split_bill', """Four friends share a dinner bill of ${b} equally and each also adds ${t} for the tip. How much does each friend pay?""",
  dict(b=['86', '94.40', '120.80', '73.20', '102'], t=['3.50', '4', '2.75']),
  """each = b / 4 | $ | share of the bill for each friend
     pay = each + t | $ | amount each friend pays""")

T('notebook_pack', """A pack of {n} notebooks costs ${p}. {name} buys {m} packs. What is the cost per notebook?""",
  dict(n=[4, 5, 8, 10], p=['6', '7.20', '9.60', '12'], m=[2, 3, 4]),
  """tot = m * p | $ | total spent
     cnt! = m * n | notebooks | notebooks bought
     per = tot / cnt | $ | cost per notebook""")

T('coins_count', """{name} has {q} quarters, {d} dimes, and {k} nickels. How much money is that in dollars?""",
  dict(q=[7, 12, 15, 22, 9], d=[5, 8, 13, 20], k=[4, 6, 11, 15]),
  """vq = q * 0.25 | $ | value of the quarters
     vd = d * 0.10 | $ | value of the dimes
     vn = k * 0.05 | $ | value of the nickels
     tot = vq + vd + vn | $ | total value""")

T('allowance_spend', """{name} gets ${a} a week in allowance. Each week {he} spends ${s} on snacks and puts the rest in a jar. How much is in the jar after {w} weeks?""",
  dict(a=['15', '12.50', '20', '18'], s=['4.25', '6.75', '3.50', '7'], w=[4, 6, 9, 10]),
  """save = a - s | $ | money saved each week
     jar = save * w | $ | money in the jar""")

T('pizza_order', """A pizza costs ${p} and each extra topping costs ${t}. {name} orders {n} pizzas, each with {k} extra toppings. What is the total cost?""",
  dict(p=['9.50', '11', '12.25', '8.75'], t=['1.25', '0.75', '1.50'], n=[2, 3, 4], k=[1, 2, 3]),
  """tp = k * t | $ | cost of toppings per pizza
     one = p + tp | $ | cost of one pizza
     tot = one * n | $ | total cost""")

T('lemonade_stand', """{name} sells lemonade for ${p} a cup. {He} sells {a} cups on Friday and {b} cups on Saturday. The supplies cost ${c}. What is {his} profit?""",
  dict(p=['0.75', '1.25', '1.50', '2'], a=[24, 30, 18, 40], b=[35, 42, 26, 50], c=['12.50', '18', '22.75', '15']),
  """cups = a + b | cups | cups sold
     rev = cups * p | $ | money taken in
     prof = rev - c | $ | profit""")

T('phone_plan', """A phone plan costs ${m} per month plus ${g} for each GB over the limit. Last month {name} went {x} GB over. What was {his} bill?""",
  dict(m=['25', '35', '29.99', '40'], g=['2.50', '4', '5.25', '3'], x=[2, 3, 5, 6]),
  """over = x * g | $ | overage charge
     bill = m + over | $ | monthly bill""")

T('bulk_vs_single', """Single water bottles cost ${s} each. A case of {n} bottles costs ${c}. How much does {name} save by buying the case instead of {n} single bottles?""",
  dict(s=['1.25', '0.99', '1.50', '1.10'], n=[12, 24, 18], c=['9.99', '12', '14.50', '15']),
  """single = n * s | $ | cost of single bottles
     save = single - c | $ | savings""")

T('book_fair', """At a book fair, paperbacks cost ${p} and hardcovers cost ${h}. {name} buys {a} paperbacks and {b} hardcovers and pays with ${g}. How much change does {he} get?""",
  dict(p=['4.50', '3.75', '5', '6.25'], h=['12', '14.50', '9.75'], a=[2, 3, 4], b=[1, 2], g=[50, 60, 100]),
  """pp = a * p | $ | cost of the paperbacks
     hh = b * h | $ | cost of the hardcovers
     spent = pp + hh | $ | total cost
     ch = g - spent | $ | change""")

T('parking_meter', """Parking costs ${r} per hour. {name} parks for {m} minutes. How much does {he} pay?""",
  dict(r=['2.40', '3', '1.80', '4.20'], m=[90, 150, 45, 210, 75]),
  """hrs = m / 60 | hours | parking time in hours
     pay = hrs * r | $ | parking cost""")

T('stamps_letters', """A stamp costs ${s}. {name} mails {a} letters on Monday and {b} on Tuesday, each needing {k} stamps. How much does {he} spend on stamps?""",
  dict(s=['0.68', '0.73', '0.55', '0.60'], a=[3, 5, 7], b=[2, 4, 6], k=[1, 2]),
  """lt = a + b | letters | letters mailed
     st! = lt * k | stamps | stamps needed
     cost = st * s | $ | cost of the stamps""")

T('cinema_snacks', """{name} has ${m}. {He} buys a ticket for ${t}, a drink for ${d}, and {n} candy bars at ${c} each. How much money is left?""",
  dict(m=[30, 40, 25], t=['11.50', '12.75', '9.50'], d=['3.25', '4.50', '2.75'], n=[2, 3], c=['1.75', '2.25', '1.50']),
  """candy = n * c | $ | cost of the candy bars
     spent = t + d + candy | $ | total spent
     left = m - spent | $ | money left""")

T('rent_share', """Three roommates split the monthly rent of ${r} equally. Utilities of ${u} are also split equally. How much does each roommate pay per month?""",
  dict(r=['1,650', '1,890', '2,400', '1,530'], u=['123', '147', '96', '180']),
  """tot = r + u | $ | total monthly cost
     each = tot / 3 | $ | amount each roommate pays""")

T('taxi_fare', """A taxi charges ${b} to start plus ${m} per mile. {name} rides {d} miles. What is the fare?""",
  dict(b=['3', '2.50', '3.25', '4'], m=['1.75', '2.20', '2.50', '1.90'], d=[4, 6, 8, 12, 15]),
  """miles = m * d | $ | mileage charge
     fare = b + miles | $ | total fare""")

# ------------------------------------------------------------------ percent
T('sales_tax', """A bike costs ${p} before tax. Sales tax is {t}%. What is the total price?""",
  dict(p=['240', '180', '320', '150', '460'], t=[5, 6, 8, 7.5, 10]),
  """tax = pct(t, p) | $ | sales tax
     tot = p + tax | $ | total price""")

T('tip_dinner', """A dinner bill is ${b}. {name} leaves a {t}% tip. How much does {he} pay in total?""",
  dict(b=['40', '64', '85', '52', '120', '36.80'], t=[15, 18, 20, 25]),
  """tip = pct(t, b) | $ | tip
     tot = b + tip | $ | total paid""")

T('double_discount', """A coat is priced at ${p}. The store takes {a}% off, and then {name} uses a coupon for ${c} off the sale price. What does {he} pay?""",
  dict(p=['80', '120', '150', '96', '200'], a=[10, 20, 25, 30], c=['5', '10', '15']),
  """off = pct(a, p) | $ | store discount
     sale = p - off | $ | sale price
     pay = sale - c | $ | final price""")

T('percent_increase', """Last year a club had {m} members. This year membership grew by {g}%. How many members does it have now?""",
  dict(m=[80, 120, 250, 160, 1200], g=[5, 10, 15, 20, 25]),
  """new! = pct(g, m) | members | new members
     now! = m + new | members | members now""")

T('test_percent', """A test has {q} questions. {name} answers {p}% of them correctly. How many does {he} get wrong?""",
  dict(q=[20, 25, 40, 50, 60, 80], p=[70, 75, 80, 85, 90, 95]),
  """right! = pct(p, q) | questions | questions answered correctly
     wrong! = q - right | questions | questions answered wrong""")

T('commission', """{name} sells houses and earns a {c}% commission. This month {he} sold houses worth ${v} in total and paid ${f} in fees. What did {he} keep?""",
  dict(c=[2, 3, 4, 5, 2.5], v=['240,000', '310,000', '185,000', '420,000'], f=['450', '1,200', '800', '675']),
  """com = pct(c, v) | $ | commission
     keep = com - f | $ | amount kept""")

T('savings_interest', """{name} deposits ${d} in a savings account that pays {r}% simple interest per year. How much is in the account after {y} years?""",
  dict(d=['500', '1,200', '800', '2,500', '1,000'], r=[2, 3, 4, 5, 1.5], y=[2, 3, 4]),
  """yr = pct(r, d) | $ | interest per year
     int = yr * y | $ | total interest
     tot = d + int | $ | final balance""")

T('battery_percent', """A phone battery is at {b}%. Watching a video uses {u}% per hour. What percent is left after {h} hours?""",
  dict(b=[100, 95, 88, 80], u=[12, 15, 8, 10], h=[2, 3, 4, 5]),
  """used = u * h | % | battery used
     left = b - used | % | battery left""")

T('class_girls', """There are {n} students in a class and {g}% of them are girls. How many boys are there?""",
  dict(n=[20, 24, 25, 30, 32, 40], g=[40, 45, 50, 55, 60, 75]),
  """girls! = pct(g, n) | girls | number of girls
     boys! = n - girls | boys | number of boys""")

T('markup_price', """A shop buys a lamp for ${c} and marks it up by {m}%. Then it sells the lamp with a ${d} discount. What is the selling price?""",
  dict(c=['40', '60', '85', '120', '32'], m=[25, 40, 50, 60], d=['5', '8', '10']),
  """up = pct(m, c) | $ | markup
     list = c + up | $ | marked price
     sell = list - d | $ | selling price""")

T('tax_and_tip', """A meal costs ${m}. Tax is {t}% of the meal price and the tip is {p}% of the meal price. What is the total?""",
  dict(m=['40', '60', '80', '48', '120'], t=[5, 8, 10], p=[15, 18, 20]),
  """tax = pct(t, m) | $ | tax
     tip = pct(p, m) | $ | tip
     tot = m + tax + tip | $ | total""")

T('pct_remaining_pages', """A book has {p} pages. {name} read {a}% of it on Monday and {b} pages on Tuesday. How many pages are left?""",
  dict(p=[200, 240, 300, 320, 400], a=[10, 20, 25, 30], b=[30, 45, 50, 64]),
  """mon! = pct(a, p) | pages | pages read on Monday
     read! = mon + b | pages | pages read
     left! = p - read | pages | pages left""")

T('salary_raise', """{name} earns ${s} per month. {He} gets a {r}% raise. How much will {he} earn in a year after the raise?""",
  dict(s=['2,400', '3,000', '2,800', '3,600'], r=[3, 4, 5, 10]),
  """raise = pct(r, s) | $ | monthly raise
     new = s + raise | $ | new monthly pay
     yr = new * 12 | $ | yearly pay""")

T('sale_two_items', """Shoes cost ${s} and a shirt costs ${t}. Everything is {d}% off. How much does {name} pay for both?""",
  dict(s=['60', '75', '84', '90'], t=['20', '24', '35', '16'], d=[10, 20, 25, 50]),
  """sum = s + t | $ | regular price of both
     off = pct(d, sum) | $ | discount
     pay = sum - off | $ | price paid""")

T('pct_of_pct', """A school has {n} students. {a}% of them take the bus, and {b}% of the bus riders sit in the front half. How many bus riders sit in the back half?""",
  dict(n=[400, 500, 600, 800, 1000], a=[40, 50, 60, 75], b=[25, 30, 40, 50]),
  """bus! = pct(a, n) | students | bus riders
     front! = pct(b, bus) | students | bus riders in the front half
     back! = bus - front | students | bus riders in the back half""")

# ------------------------------------------------------------------ rates and speeds
T('train_distance', """A train travels at {s} km/h for {h} hours and then at {t} km/h for {k} hours. How far does it go?""",
  dict(s=[80, 90, 120, 100], h=[2, 3, '1.5'], t=[60, 70, 50], k=[1, 2, '0.5']),
  """d1 = s * h | km | distance in the first part
     d2 = t * k | km | distance in the second part
     tot = d1 + d2 | km | total distance""")

T('speed_from_time', """{name} cycles {d} miles in {m} minutes. What is {his} average speed in mph?""",
  dict(d=[6, 9, 12, 15, 10], m=[30, 45, 40, 60, 50, 36]),
  """hrs = m / 60 | hours | time in hours
     mph = d / hrs | mph | average speed""")

T('trip_time', """A car travels {d} km at {s} km/h. How many minutes does the trip take?""",
  dict(d=[90, 150, 180, 210, 45, 120], s=[60, 90, 75, 100]),
  """hrs = d / s | hours | time in hours
     min = hrs * 60 | minutes | time in minutes""")

T('walk_run', """{name} walks for {a} minutes at {w} km/h and then runs for {b} minutes at {r} km/h. How many kilometers does {he} cover?""",
  dict(a=[30, 45, 60, 90], w=[4, 5, 6], b=[15, 20, 30, 12], r=[9, 10, 12]),
  """hw = a / 60 | hours | walking time in hours
     dw = hw * w | km | walking distance
     hr = b / 60 | hours | running time in hours
     dr = hr * r | km | running distance
     tot = dw + dr | km | total distance""")

T('pages_per_hour', """{name} reads {p} pages per hour. A novel has {n} pages and {he} has already read {r} pages. How many hours will the rest take?""",
  dict(p=[20, 25, 30, 40, 50], n=[300, 360, 420, 480], r=[60, 100, 120, 150]),
  """rest = n - r | pages | pages left
     hrs = rest / p | hours | hours needed""")

T('faucet_fill', """A faucet fills a tub at {r} liters per minute. The tub holds {c} liters and already has {a} liters in it. How many minutes until it is full?""",
  dict(r=[4, 5, 6, 8, 12], c=[150, 180, 200, 240], a=[20, 30, 40, 60]),
  """need = c - a | liters | liters still needed
     mins = need / r | minutes | minutes to fill""")

T('typing_speed', """{name} types {w} words per minute. {He} has to type {e} essays of {n} words each. How many minutes will it take?""",
  dict(w=[40, 50, 60, 75], e=[2, 3, 4], n=[600, 750, 900, 1200]),
  """words = e * n | words | total words
     mins = words / w | minutes | typing time""")

T('fuel_economy', """A car goes {m} miles on one gallon of gas. Gas costs ${g} per gallon. How much does gas cost for a {d}-mile trip?""",
  dict(m=[25, 30, 32, 40], g=['3.20', '3.50', '2.80', '4'], d=[120, 150, 240, 320, 480]),
  """gal = d / m | gallons | gallons needed
     cost = gal * g | $ | cost of gas""")

T('two_cars_apart', """Two cars leave the same town at the same time going in opposite directions, one at {a} mph and the other at {b} mph. How far apart are they after {h} hours?""",
  dict(a=[45, 50, 55, 60, 65], b=[40, 50, 60, 70], h=[2, 3, '1.5', '2.5']),
  """rel = a + b | mph | combined speed
     far = rel * h | miles | distance apart""")

T('catch_up', """A bus leaves {d} km ahead of a car. The bus goes {b} km/h and the car goes {c} km/h in the same direction. How many hours until the car catches up?""",
  dict(d=[30, 40, 45, 60], b=[50, 60, 70], c=[80, 90, 100]),
  """gap = c - b | km/h | closing speed
     hrs = d / gap | hours | hours to catch up""")

T('heartbeats', """A resting heart beats {b} times per minute. How many times does it beat in {h} hours?""",
  dict(b=[60, 64, 70, 72, 75], h=[2, 3, '1.5', 5]),
  """mins = h * 60 | minutes | time in minutes
     beats = mins * b | beats | number of beats""")

T('printer_rate', """A printer prints {p} pages per minute. {name} prints {n} copies of a {k}-page report. How many minutes does the job take?""",
  dict(p=[10, 12, 15, 20, 25], n=[20, 30, 40, 50], k=[6, 8, 10, 12]),
  """pages = n * k | pages | pages to print
     mins = pages / p | minutes | printing time""")

T('swim_laps', """A pool is {l} meters long. {name} swims {n} laps, where a lap is one length there and back. How many kilometers does {he} swim?""",
  dict(l=[25, 50], n=[16, 20, 24, 30, 40]),
  """lap = l * 2 | meters | length of one lap
     m = lap * n | meters | total meters
     km = m / 1000 | km | total kilometers""")

T('km_per_day', """A hiker walks {k} km each day for {d} days and then {e} km on the last morning. What is the total distance?""",
  dict(k=[12, 15, 18, 22, 25], d=[3, 4, 5, 6], e=[4, 6, 7, 9]),
  """days = k * d | km | distance over the full days
     tot = days + e | km | total distance""")

# ------------------------------------------------------------------ time
T('homework_minutes', """{name} spends {a} minutes on math, {b} minutes on reading, and {c} minutes on science homework. How many hours is that in total?""",
  dict(a=[30, 45, 25, 40], b=[20, 35, 15, 30], c=[25, 10, 20, 50]),
  """mins = a + b + c | minutes | total minutes
     hrs = mins / 60 | hours | total hours""")

T('movie_marathon', """{name} watches {n} movies that are each {m} minutes long, with {b}-minute breaks between them. How many minutes does the marathon last?""",
  dict(n=[3, 4, 5], m=[90, 105, 110, 120, 95], b=[10, 15, 20]),
  """films = n * m | minutes | time spent on movies
     gaps! = n - 1 | breaks | number of breaks
     brk = gaps * b | minutes | break time
     tot = films + brk | minutes | total time""")

T('practice_week', """{name} practices piano {m} minutes a day on weekdays and {w} minutes a day on weekends. How many hours does {he} practice in a week?""",
  dict(m=[30, 40, 45, 20, 50], w=[60, 75, 90, 45]),
  """wd = m * 5 | minutes | weekday practice
     we = w * 2 | minutes | weekend practice
     tot = wd + we | minutes | weekly practice in minutes
     hrs = tot / 60 | hours | weekly practice in hours""")

T('sleep_hours', """{name} goes to bed {a} hours before midnight and sleeps {b} hours past midnight each night. How many hours does {he} sleep in {d} nights?""",
  dict(a=[1, 2, '1.5', '2.5'], b=[6, 7, '6.5', '7.5'], d=[5, 7, 10]),
  """night = a + b | hours | sleep per night
     tot = night * d | hours | total sleep""")

T('commute_month', """{name}'s commute is {m} minutes each way. {He} works {d} days a month. How many hours does {he} spend commuting in a month?""",
  dict(m=[15, 20, 25, 30, 45], d=[20, 21, 22, 24]),
  """day = m * 2 | minutes | commute per day
     mon = day * d | minutes | monthly commute in minutes
     hrs = mon / 60 | hours | monthly commute in hours""")

T('bake_batches', """Each batch of muffins bakes for {b} minutes, and the oven holds one batch at a time. {name} needs {n} muffins and each batch makes {k}. How many minutes of baking is that?""",
  dict(b=[18, 20, 22, 25], n=[48, 60, 72, 96], k=[12, 24]),
  """bat! = n / k | batches | number of batches
     mins = bat * b | minutes | baking time""")

T('meeting_schedule', """A workshop has {n} sessions of {s} minutes each and a {l}-minute lunch. If it starts at 9:00 a.m., how many hours long is it?""",
  dict(n=[4, 5, 6], s=[45, 50, 60, 75], l=[30, 45, 60]),
  """ses = n * s | minutes | session time
     tot = ses + l | minutes | total minutes
     hrs = tot / 60 | hours | length in hours""")

T('seconds_song', """A playlist has {n} songs that each last {m} minutes {s} seconds. How many seconds long is the playlist?""",
  dict(n=[8, 10, 12, 15], m=[3, 4], s=[15, 20, 30, 45]),
  """ms = m * 60 | seconds | minutes part in seconds
     song = ms + s | seconds | length of one song
     tot = song * n | seconds | playlist length""")

T('days_weeks', """A project takes {w} weeks and {d} days. {name} works on it {h} hours each day. How many hours is that?""",
  dict(w=[2, 3, 4, 5], d=[2, 3, 4, 5], h=[3, 4, 6, '2.5']),
  """wd! = w * 7 | days | days in the full weeks
     days! = wd + d | days | total days
     hrs = days * h | hours | total hours""")

T('run_pace', """{name} runs {k} km at a pace of {p} minutes per km, then cools down for {c} minutes. How long is the workout in hours?""",
  dict(k=[5, 8, 10, 12], p=[5, 6, 7, '5.5'], c=[10, 15, 20]),
  """run = k * p | minutes | running time
     tot = run + c | minutes | workout in minutes
     hrs = tot / 60 | hours | workout in hours""")

T('shift_overlap', """A store is open {h} hours a day, {d} days a week. Each shift is {s} hours long. How many shifts are needed in a week?""",
  dict(h=[8, 10, 12, 9], d=[5, 6, 7], s=[2, 3, 4, 6]),
  """wk = h * d | hours | hours open per week
     sh! = wk / s | shifts | shifts needed""")

# ------------------------------------------------------------------ unit conversions
T('ribbon_cm', """{name} has a ribbon {m} meters long. {He} cuts off {a} pieces that are each {c} cm long. How many centimeters of ribbon are left?""",
  dict(m=[2, 3, 5, '2.5', '1.5'], a=[3, 4, 5, 6], c=[15, 20, 25, 30, 35]),
  """cm = m * 100 | cm | ribbon length in centimeters
     cut = a * c | cm | length cut off
     left = cm - cut | cm | ribbon left""")

T('grams_to_kg', """A bag holds {n} apples that each weigh {g} g. The empty bag weighs {b} g. What is the total weight in kilograms?""",
  dict(n=[8, 10, 12, 20, 24], g=[150, 175, 200, 125, 250], b=[50, 100, 200]),
  """fruit = n * g | g | weight of the apples
     tot = fruit + b | g | total weight in grams
     kg = tot / 1000 | kg | total weight in kilograms""")

T('oz_to_lb', """A recipe needs {a} oz of cheese for each tray of lasagna. {name} makes {t} trays. How many pounds of cheese is that? (16 oz = 1 lb)""",
  dict(a=[8, 12, 6, 10, 20], t=[2, 3, 4, 6, 8]),
  """oz = a * t | oz | cheese in ounces
     lb = oz / 16 | lb | cheese in pounds""")

T('dozens_eggs', """A farm collects {d} dozen eggs in the morning and {e} eggs in the afternoon. The eggs are packed in cartons of {c}. How many full cartons are there?""",
  dict(d=[5, 6, 8, 10, 12], e=[18, 24, 30, 36], c=[6, 12]),
  """morn! = d * 12 | eggs | morning eggs
     tot! = morn + e | eggs | total eggs
     cart! = tot / c | cartons | full cartons""")

T('ml_to_l', """{name} drinks {n} glasses of water a day, each {m} mL. How many liters does {he} drink in a week?""",
  dict(n=[4, 5, 6, 8], m=[250, 300, 200, 350]),
  """day = n * m | mL | water per day
     wk = day * 7 | mL | water per week in milliliters
     l = wk / 1000 | liters | water per week in liters""")

T('feet_inches', """A shelf is {f} feet long. {name} wants to put books {w} inches wide on it. How many books fit? (1 foot = 12 inches)""",
  dict(f=[3, 4, 5, 6], w=[2, 3, 4, '1.5']),
  """in = f * 12 | inches | shelf length in inches
     books! = in / w | books | number of books""")

T('km_to_m_steps', """{name}'s step is {s} cm long. How many steps does {he} take to walk {k} km?""",
  dict(s=[50, 60, 75, 80], k=[1, 2, 3, '1.5', '2.4']),
  """m = k * 1000 | m | distance in meters
     cm = m * 100 | cm | distance in centimeters
     st! = cm / s | steps | number of steps""")

T('yards_fabric', """Fabric costs ${p} per yard. {name} needs {f} feet of fabric for curtains. How much does it cost? (3 feet = 1 yard)""",
  dict(p=['4.50', '6', '7.25', '8.40'], f=[12, 15, 18, 27, 30]),
  """yd = f / 3 | yards | fabric in yards
     cost = yd * p | $ | cost of the fabric""")

T('cups_quarts', """A punch recipe uses {a} cups of juice and {b} cups of soda. How many quarts of punch is that? (4 cups = 1 quart)""",
  dict(a=[6, 8, 10, 12], b=[4, 6, 2, 10]),
  """cups = a + b | cups | total cups
     qt = cups / 4 | quarts | punch in quarts""")

T('hours_to_days', """A machine runs {h} hours a day, {d} days a week. It needs service after {t} hours of running. How many weeks until service?""",
  dict(h=[6, 8, 10, 12], d=[4, 5, 6], t=[240, 360, 480, 600, 720]),
  """wk = h * d | hours | running hours per week
     weeks = t / wk | weeks | weeks until service""")

T('m2_tiles', """A floor is {l} m by {w} m. Each tile covers {t} square meters. How many tiles are needed?""",
  dict(l=[3, 4, 5, 6], w=[2, 3, 4, '2.5'], t=['0.25', '0.5']),
  """area = l * w | square meters | floor area
     tiles! = area / t | tiles | number of tiles""")

T('kg_bags_flour', """A bakery uses {k} kg of flour a day. Flour comes in {b}-kg bags. How many bags does it use in {d} days?""",
  dict(k=[10, 12, 15, 20, 25], b=[5, 10, 25], d=[5, 6, 10, 30]),
  """tot = k * d | kg | flour needed
     bags! = tot / b | bags | bags needed""")

T('pounds_apples_cost', """Apples cost ${p} per pound. Each apple weighs about {o} ounces. How much do {n} apples cost? (16 oz = 1 lb)""",
  dict(p=['1.60', '2', '2.40', '1.20'], o=[4, 8, 6], n=[8, 12, 16, 24]),
  """oz = n * o | oz | total ounces
     lb = oz / 16 | lb | total pounds
     cost = lb * p | $ | cost of the apples""")

T('liters_tank', """A fish tank is {l} cm long, {w} cm wide, and {h} cm tall. How many liters does it hold when full? (1 liter = 1000 cubic cm)""",
  dict(l=[40, 50, 60, 80], w=[20, 25, 30], h=[25, 30, 40]),
  """base = l * w | square cm | area of the base
     vol = base * h | cubic cm | volume
     lit = vol / 1000 | liters | capacity in liters""")

T('minutes_to_hours_pay', """A tutor charges ${r} per hour. Last week {he} tutored sessions of {a}, {b}, and {c} minutes. How much did {he} earn?""",
  dict(r=['24', '30', '36', '40'], a=[45, 60, 90], b=[30, 45, 75], c=[60, 90, 105]),
  """mins = a + b + c | minutes | total minutes
     hrs = mins / 60 | hours | total hours
     pay = hrs * r | $ | earnings""")

# ------------------------------------------------------------------ fractions
T('pizza_slices_frac', """A pizza is cut into {s} slices. {name} eats 1/4 of the slices and {his} friend eats 1/3 of them. How many slices are left?""",
  dict(s=[12, 24, 36, 48, 60]),
  """a! = frac(1, 4, s) | slices | slices eaten first
     b! = frac(1, 3, s) | slices | slices the friend eats
     eaten! = a + b | slices | slices eaten
     left! = s - eaten | slices | slices left""")

T('frac_money_spent', """{name} had ${m}. {He} spent 2/5 of it on a sweater and ${b} on lunch. How much is left?""",
  dict(m=['50', '60', '75', '80', '120', '45'], b=['6.50', '8.25', '9', '12.40']),
  """sw = frac(2, 5, m) | $ | cost of the sweater
     spent = sw + b | $ | money spent
     left = m - spent | $ | money left""")

T('frac_class_glasses', """In a class of {n} students, 3/8 wear glasses. Of those with glasses, half have blue frames. How many students have blue frames?""",
  dict(n=[16, 32, 48, 64, 80]),
  """gl! = frac(3, 8, n) | students | students with glasses
     blue! = gl / 2 | students | students with blue frames""")

T('frac_tank', """A water tank holds {c} liters. It is 2/3 full. {name} uses {u} liters. How many liters are left?""",
  dict(c=[600, 450, 900, 1200, 300], u=[50, 75, 120, 150]),
  """full = frac(2, 3, c) | liters | water in the tank
     left = full - u | liters | water left""")

T('frac_road_trip', """A road trip is {d} miles. On day one they drive 3/5 of it and on day two they drive 1/4 of it. How many miles remain?""",
  dict(d=[400, 500, 600, 800, 1000]),
  """d1 = frac(3, 5, d) | miles | miles on day one
     d2 = frac(1, 4, d) | miles | miles on day two
     done = d1 + d2 | miles | miles driven
     rem = d - done | miles | miles remaining""")

T('frac_garden_rows', """A garden has {r} rows of {p} plants. 5/6 of the plants are tomatoes. How many plants are not tomatoes?""",
  dict(r=[6, 8, 12, 9], p=[6, 12, 18, 10]),
  """plants! = r * p | plants | total plants
     tom! = frac(5, 6, plants) | plants | tomato plants
     not! = plants - tom | plants | plants that are not tomatoes""")

T('frac_books_donate', """{name} has {b} books. {He} donates 1/3 of them and gives 1/4 of the remaining books to a cousin. How many books does {he} keep?""",
  dict(b=[36, 48, 60, 72, 96]),
  """don! = frac(1, 3, b) | books | books donated
     rem! = b - don | books | books remaining
     cous! = frac(1, 4, rem) | books | books given to the cousin
     keep! = rem - cous | books | books kept""")

T('frac_paint', """{name} needs 3/4 of a liter of paint for each chair and paints {n} chairs. Paint comes in {c}-liter cans. How many cans does {he} use up?""",
  dict(n=[4, 8, 12, 16], c=[3, 6]),
  """need = frac(3, 4, n) | liters | paint needed
     cans! = need / c | cans | cans needed""")

T('frac_wages_save', """{name} earns ${w} a week and saves 3/10 of it. How many weeks until {he} has saved ${g}?""",
  dict(w=['200', '250', '300', '150', '400'], g=['600', '900', '1,200', '1,500']),
  """save = frac(3, 10, w) | $ | savings per week
     wk! = g / save | weeks | weeks needed""")

T('frac_candy_share', """A jar has {c} candies. {name} takes 1/5 of them, then splits the rest equally among {k} friends. How many candies does each friend get?""",
  dict(c=[40, 60, 80, 100, 120], k=[2, 4, 8]),
  """took! = frac(1, 5, c) | candies | candies taken first
     rest! = c - took | candies | candies remaining
     each! = rest / k | candies | candies per friend""")

T('frac_half_then', """A baker made {n} rolls. Half were sold in the morning and 2/3 of the rest were sold in the afternoon. How many rolls were not sold?""",
  dict(n=[60, 84, 120, 48, 96]),
  """morn! = frac(1, 2, n) | rolls | rolls sold in the morning
     rest! = n - morn | rolls | rolls left after the morning
     aft! = frac(2, 3, rest) | rolls | rolls sold in the afternoon
     left! = rest - aft | rolls | rolls not sold""")

# ------------------------------------------------------------------ ratios
T('ratio_boys_girls', """The ratio of boys to girls in a club is {a}:{b}. There are {g} girls. How many members are there in all?""",
  dict(a=[2, 3, 4, 5], b=[3, 4, 5, 7], g=[12, 20, 21, 28, 35]),
  """unit! = g / b | members | members per ratio part
     boys! = unit * a | boys | number of boys
     all! = boys + g | members | total members""")

T('ratio_paint_mix', """Green paint is made by mixing blue and yellow in the ratio {a}:{b}. {name} wants {t} liters of green paint. How many liters of blue paint does {he} need?""",
  dict(a=[1, 2, 3], b=[2, 3, 5], t=[12, 20, 24, 30, 40]),
  """parts = a + b | parts | total parts
     per = t / parts | liters | liters per part
     blue = per * a | liters | blue paint needed""")

T('ratio_share_money', """{name} and {his} brother share ${m} in the ratio {a}:{b}. How much more does the person with the larger share get?""",
  dict(m=['60', '84', '120', '150', '96'], a=[3, 5, 7], b=[1, 2, 3]),
  """parts = a + b | parts | total parts
     one = m / parts | $ | value of one part
     diff = a - b | parts | difference in parts
     more = one * diff | $ | extra amount""")

T('ratio_recipe_sugar', """A drink uses juice and water in the ratio {a}:{b}. If {name} uses {j} cups of juice, how many cups of drink does {he} make?""",
  dict(a=[1, 2, 3, 4], b=[3, 5, 2, 6], j=[2, 4, 6, 8, 12]),
  """per = j / a | cups | cups per part
     water = per * b | cups | cups of water
     tot = j + water | cups | cups of drink""")

T('ratio_cats_dogs', """A shelter has cats and dogs in the ratio {a}:{b}. There are {t} animals. How many dogs are there?""",
  dict(a=[2, 3, 4, 5], b=[1, 2, 3], t=[30, 42, 56, 60, 72]),
  """parts = a + b | parts | total parts
     one! = t / parts | animals | animals per part
     dogs! = one * b | dogs | number of dogs""")

T('ratio_map_scale', """On a map, 1 cm stands for {s} km. Two towns are {c} cm apart on the map. A bus travels between them at {v} km/h. How many hours does the trip take?""",
  dict(s=[5, 10, 20, 25], c=[3, 4, '4.5', 6, 8], v=[40, 50, 60, 80]),
  """real = c * s | km | real distance
     hrs = real / v | hours | travel time""")

T('ratio_teachers', """A school needs 1 teacher for every {r} students. There are {s} students and {t} teachers now. How many more teachers are needed?""",
  dict(r=[15, 20, 25, 18], s=[300, 360, 450, 540, 600], t=[10, 12, 15]),
  """need! = s / r | teachers | teachers needed
     more! = need - t | teachers | additional teachers""")

T('ratio_scale_model', """A model car is built at a scale of 1:{k}. The model is {m} cm long. How many meters long is the real car?""",
  dict(k=[18, 24, 20, 25, 32], m=[15, 20, 18, 25]),
  """cm = m * k | cm | real length in centimeters
     met = cm / 100 | m | real length in meters""")

# ------------------------------------------------------------------ averages
T('avg_temps', """The temperatures on four days were {a}, {b}, {c}, and {d} degrees. What was the average temperature?""",
  dict(a=[62, 70, 58, 75], b=[68, 73, 66, 81], c=[71, 64, 60, 77], d=[59, 69, 72, 67]),
  """sum = a + b + c + d | degrees | total of the temperatures
     avg = sum / 4 | degrees | average temperature""")

T('avg_needed', """{name}'s first three quiz scores are {a}, {b}, and {c}. What must {he} score on the fourth quiz to average {t}?""",
  dict(a=[80, 85, 90, 76], b=[88, 79, 92, 84], c=[75, 91, 83, 86], t=[85, 86, 88, 90]),
  """need = t * 4 | points | total needed
     have = a + b + c | points | points so far
     fourth = need - have | points | score needed on the fourth quiz""")

T('avg_spend', """Over four days {name} spent ${a}, ${b}, ${c}, and ${e}. What is {his} average daily spending?""",
  dict(a=['12.50', '8.75', '15', '20.40'], b=['9.25', '14.10', '6.60', '11'], c=['7.80', '10', '12.35', '16.20'], e=['13.45', '5.90', '18', '9.50']),
  """tot = a + b + c + e | $ | total spent
     avg = tot / 4 | $ | average daily spending""")

T('avg_class_combined', """Class A has {a} students with an average score of {x}. Class B has {b} students with an average of {y}. What is the average of all the students together?""",
  dict(a=[20, 25, 30], x=[80, 84, 78, 90], b=[20, 25, 30], y=[70, 76, 88, 85]),
  """sa = a * x | points | total for class A
     sb = b * y | points | total for class B
     sum = sa + sb | points | combined total
     n = a + b | students | number of students
     avg = sum / n | points | overall average""")

T('avg_speed_trip', """A driver goes {d1} miles in {h1} hours and then {d2} miles in {h2} hours. What is the average speed for the whole trip?""",
  dict(d1=[100, 120, 150, 180], h1=[2, 3], d2=[80, 90, 110, 130], h2=[1, 2, 3]),
  """d = d1 + d2 | miles | total distance
     h = h1 + h2 | hours | total time
     v = d / h | mph | average speed""")

T('avg_height', """Five plants are {a}, {b}, {c}, {d}, and {e} cm tall. What is their average height in centimeters?""",
  dict(a=[12, 15, 18, 20], b=[14, 22, 9, 16], c=[17, 11, 25, 13], d=[10, 19, 21, 24], e=[23, 8, 16, 27]),
  """sum = a + b + c + d + e | cm | total height
     avg = sum / 5 | cm | average height""")

T('avg_remove', """The average of {n} numbers is {m}. One of the numbers, {x}, is removed. What is the average of the numbers that remain?""",
  dict(n=[5, 6, 8, 10], m=[12, 15, 20, 18], x=[4, 6, 8, 10, 20]),
  """sum = n * m | - | sum of all the numbers
     rest = sum - x | - | sum of the remaining numbers
     cnt = n - 1 | - | count of remaining numbers
     avg = rest / cnt | - | new average""")

T('avg_points_game', """A basketball player scored {a}, {b}, and {c} points in three games. How many points must the player score in the next game to raise the average to {t}?""",
  dict(a=[18, 22, 15, 25], b=[20, 14, 27, 19], c=[16, 24, 21, 13], t=[20, 21, 22]),
  """need = t * 4 | points | points needed over four games
     have = a + b + c | points | points so far
     next = need - have | points | points needed next game""")


# ------------------------------------------------------------------ ages
T('age_sum_future', """{name} is {a} years old. {His} mother is {k} times as old. What will the sum of their ages be in {y} years?""",
  dict(a=[8, 9, 10, 11, 12], k=[3, 4], y=[3, 5, 6, 10]),
  """mom = a * k | years | mother's age
     now = a + mom | years | sum of their ages now
     add = y * 2 | years | years added to the sum
     fut = now + add | years | sum in the future""")

T('age_difference', """{name} is {a} years old and {his} grandfather is {g} years old. How old will {name} be when {his} grandfather is {t}?""",
  dict(a=[7, 9, 12, 14], g=[62, 65, 68, 70], t=[75, 80, 85]),
  """gap = g - a | years | age difference
     then = t - gap | years | age at that time""")

T('age_twice_ago', """{name} is {a} years old. {His} sister is {b} years younger. {His} dad's age is twice the sum of their ages. How old is the dad?""",
  dict(a=[10, 12, 14, 16, 18], b=[2, 3, 4, 5]),
  """sis = a - b | years | sister's age
     sum = a + sis | years | sum of their ages
     dad = sum * 2 | years | dad's age""")

T('age_ago', """In {y} years, {name} will be {f} years old. {His} cousin is {c} years older than {name} is now. How old is the cousin?""",
  dict(y=[3, 4, 5, 6], f=[15, 18, 20, 21], c=[2, 4, 7]),
  """now = f - y | years | current age
     cous = now + c | years | cousin's age""")

T('age_half', """{name}'s aunt is {a} years old. {name} is half the aunt's age minus {m} years. How old will {name} be in {y} years?""",
  dict(a=[40, 44, 48, 52, 36], m=[2, 4, 6], y=[2, 5, 8]),
  """half = a / 2 | years | half the aunt's age
     age = half - m | years | current age
     fut = age + y | years | age in the future""")

T('age_total_family', """A family has a father aged {f}, a mother {d} years younger than the father, and {k} children aged {c} each. What is the family's total age?""",
  dict(f=[38, 42, 45, 50], d=[2, 3, 4], k=[2, 3], c=[6, 8, 10, 12]),
  """mom = f - d | years | mother's age
     kids = k * c | years | children's ages together
     tot = f + mom + kids | years | total age""")

T('age_ratio_later', """A tree was planted when {name} was {a}. {name} is now {n}. The tree grows {g} cm per year. How tall is it now, if it was {h} cm when planted?""",
  dict(a=[3, 4, 5, 6], n=[10, 12, 14, 15], g=[30, 35, 40, 45], h=[50, 60, 80]),
  """yrs = n - a | years | years since planting
     grow = yrs * g | cm | growth
     tall = h + grow | cm | current height""")

T('age_months', """{name}'s baby brother is {w} weeks old and {his} puppy is {m} months old. How many days older is the puppy, using 30 days per month and 7 days per week?""",
  dict(w=[6, 8, 10, 12], m=[4, 5, 6, 7]),
  """pd = m * 30 | days | puppy's age in days
     bd = w * 7 | days | brother's age in days
     diff = pd - bd | days | difference in days""")

# ------------------------------------------------------------------ area & perimeter
T('fence_garden', """A rectangular garden is {l} m long and {w} m wide. Fencing costs ${c} per meter. How much does it cost to fence the garden?""",
  dict(l=[8, 10, 12, 15, 20], w=[5, 6, 7, 9], c=['12', '15.50', '8.25', '20']),
  """lw = l + w | m | length plus width
     per = lw * 2 | m | perimeter
     cost = per * c | $ | fencing cost""")

T('paint_wall', """A wall is {l} m wide and {h} m tall, with a window {a} m by {b} m. One liter of paint covers {c} square meters. How many liters are needed?""",
  dict(l=[5, 6, 8, 10], h=['2.5', 3, 4], a=[1, 2], b=['1.5', 1, 2], c=[5, 10, 4]),
  """wall = l * h | square meters | wall area
     win = a * b | square meters | window area
     net = wall - win | square meters | area to paint
     lit = net / c | liters | paint needed""")

T('carpet_cost', """A room is {l} ft by {w} ft. Carpet costs ${p} per square foot. What does it cost to carpet the room?""",
  dict(l=[10, 12, 14, 15], w=[9, 10, 11, 12], p=['2.50', '3.25', '4', '1.75']),
  """area = l * w | square feet | room area
     cost = area * p | $ | carpet cost""")

T('square_perimeter', """A square patio has a perimeter of {p} ft. What is its area in square feet?""",
  dict(p=[32, 40, 48, 56, 64, 80]),
  """side = p / 4 | ft | side length
     area = side * side | square feet | area""")

T('rect_from_area', """A rectangle has an area of {a} square cm and a width of {w} cm. What is its perimeter?""",
  dict(a=[48, 60, 72, 84, 96, 120], w=[4, 6, 8, 12]),
  """len = a / w | cm | length
     lw = len + w | cm | length plus width
     per = lw * 2 | cm | perimeter""")

T('triangle_area', """A triangular sail has a base of {b} m and a height of {h} m. Sailcloth costs ${c} per square meter. What does the cloth cost?""",
  dict(b=[4, 5, 6, 8], h=[6, 7, 9, 10], c=['12', '15.50', '20', '9.75']),
  """bh = b * h | square meters | base times height
     area = bh / 2 | square meters | sail area
     cost = area * c | $ | cloth cost""")

T('border_tiles', """A rectangular pool is {l} m by {w} m. Tiles {t} cm long are laid end to end around its edge. How many tiles are needed?""",
  dict(l=[8, 10, 12, 25], w=[4, 5, 6, 10], t=[20, 25, 50]),
  """lw = l + w | m | length plus width
     per = lw * 2 | m | perimeter in meters
     cm = per * 100 | cm | perimeter in centimeters
     tiles! = cm / t | tiles | tiles needed""")

T('lawn_mow', """A lawn is {l} m by {w} m. {name} mows {r} square meters per minute. How many minutes does it take?""",
  dict(l=[20, 24, 30, 40], w=[10, 12, 15, 18], r=[8, 10, 12, 20]),
  """area = l * w | square meters | lawn area
     mins = area / r | minutes | mowing time""")

T('two_rooms_area', """One room is {a} m by {b} m and another is {c} m by {d} m. What is the total floor area?""",
  dict(a=[3, 4, 5, '3.5'], b=[4, 5, 6], c=[2, 3, '2.5'], d=[3, 4, 5]),
  """r1 = a * b | square meters | area of the first room
     r2 = c * d | square meters | area of the second room
     tot = r1 + r2 | square meters | total area""")

T('frame_perimeter', """A picture is {l} inches by {w} inches. Framing costs ${c} per inch of perimeter plus ${g} for the glass. What is the total cost?""",
  dict(l=[8, 10, 12, 16], w=[6, 8, 10, 12], c=['0.50', '0.75', '1.25'], g=['6', '8.50', '10']),
  """lw = l + w | inches | length plus width
     per = lw * 2 | inches | perimeter
     frame = per * c | $ | frame cost
     tot = frame + g | $ | total cost""")

T('garden_beds', """A community garden is {l} m by {w} m. It is divided into plots of {p} square meters each. Each plot rents for ${r} a season. What is the total rent?""",
  dict(l=[20, 24, 30, 36], w=[10, 12, 15], p=[8, 10, 12, 20], r=['25', '30', '45']),
  """area = l * w | square meters | garden area
     plots! = area / p | plots | number of plots
     rent = plots * r | $ | total rent""")

T('cube_volume', """A cube-shaped box has edges {e} cm long. How many liters does it hold? (1 liter = 1000 cubic cm)""",
  dict(e=[10, 20, 30, 40, 50]),
  """face = e * e | square cm | area of one face
     vol = face * e | cubic cm | volume
     lit = vol / 1000 | liters | volume in liters""")

T('path_around', """A square field has sides of {s} m. {name} walks around it {n} times. How many kilometers does {he} walk?""",
  dict(s=[50, 100, 125, 150, 250], n=[2, 3, 4, 6]),
  """per = s * 4 | m | perimeter
     tot = per * n | m | distance in meters
     km = tot / 1000 | km | distance in kilometers""")

# ------------------------------------------------------------------ work rates
T('work_two_painters', """One painter paints {a} square meters per hour and another paints {b} square meters per hour. Working together, how many hours will they take to paint {t} square meters?""",
  dict(a=[8, 10, 12, 15], b=[6, 10, 13, 15], t=[100, 120, 150, 180, 200]),
  """rate = a + b | square meters per hour | combined rate
     hrs = t / rate | hours | hours needed""")

T('work_crew_days', """A crew of {n} workers builds {k} meters of wall per worker each day. How many days to build {t} meters of wall?""",
  dict(n=[3, 4, 5, 6], k=[2, 3, 4, 5], t=[120, 180, 240, 360]),
  """day = n * k | meters | wall built per day
     days = t / day | days | days needed""")

T('work_pumps', """Two pumps drain a pool. Pump A removes {a} liters per minute and pump B removes {b} liters per minute. The pool has {v} liters. How many hours does draining take?""",
  dict(a=[40, 50, 60, 75], b=[20, 30, 45, 50], v=[9000, 12000, 18000, 24000]),
  """rate = a + b | liters per minute | combined rate
     mins = v / rate | minutes | draining time in minutes
     hrs = mins / 60 | hours | draining time in hours""")

T('work_envelopes', """{name} stuffs {a} envelopes per minute and {his} friend stuffs {b}. After {m} minutes together, how many of the {t} envelopes are still left?""",
  dict(a=[5, 6, 8], b=[4, 5, 7], m=[10, 12, 15, 20], t=[300, 400, 500]),
  """rate = a + b | envelopes per minute | combined rate
     done = rate * m | envelopes | envelopes stuffed
     left = t - done | envelopes | envelopes left""")

T('work_factory', """A machine makes {r} bolts per hour and runs {h} hours a day. How many days does it take to fill an order of {o} bolts?""",
  dict(r=[120, 150, 200, 250], h=[8, 10, 12], o=[9600, 12000, 24000, 36000]),
  """day = r * h | bolts | bolts per day
     days = o / day | days | days needed""")

T('work_leak', """A tank gets {i} liters per minute from a hose but leaks {l} liters per minute. How many minutes to put {v} liters into the empty tank?""",
  dict(i=[12, 15, 20, 25], l=[2, 3, 5], v=[200, 300, 400, 600]),
  """net = i - l | liters per minute | net fill rate
     mins = v / net | minutes | minutes to fill""")

# ------------------------------------------------------------------ profit
T('profit_cupcakes', """{name} bakes {n} cupcakes at a cost of ${c} each and sells them for ${p} each. What is the profit if all are sold?""",
  dict(n=[24, 36, 48, 60], c=['0.65', '0.80', '1.10', '0.95'], p=['2', '2.50', '1.75', '3']),
  """each = p - c | $ | profit per cupcake
     prof = each * n | $ | total profit""")

T('profit_resell', """A store buys {n} shirts for ${c} in total and sells each for ${p}. If {u} shirts are unsold, what is the profit?""",
  dict(n=[20, 30, 40, 50], c=['200', '270', '360', '425'], p=['15', '18', '12.50', '20'], u=[2, 4, 5]),
  """sold! = n - u | shirts | shirts sold
     rev = sold * p | $ | revenue
     prof = rev - c | $ | profit""")

T('profit_car_wash', """A car wash charges ${p} per car. Each wash uses ${s} in supplies. They wash {a} cars Saturday and {b} cars Sunday. What is the weekend profit?""",
  dict(p=['8', '10', '12.50', '15'], s=['1.25', '2', '2.75'], a=[30, 40, 45], b=[25, 35, 50]),
  """cars = a + b | cars | cars washed
     net = p - s | $ | profit per car
     prof = cars * net | $ | weekend profit""")

T('profit_bakery_week', """A bakery sells {n} loaves a day at ${p} each. Daily costs are ${c}. What is the profit over {d} days?""",
  dict(n=[40, 60, 80, 100], p=['3.50', '4', '4.25', '5'], c=['95', '120', '150'], d=[5, 6, 7]),
  """rev = n * p | $ | daily revenue
     day = rev - c | $ | daily profit
     prof = day * d | $ | total profit""")

T('profit_percent', """A trader buys a rug for ${c} and sells it at a {m}% profit. What is the selling price?""",
  dict(c=['80', '120', '150', '240', '95'], m=[10, 20, 25, 30, 40]),
  """prof = pct(m, c) | $ | profit
     sell = c + prof | $ | selling price""")

T('profit_tickets_raffle', """A school raffle sells {n} tickets at ${p} each. The prizes cost ${c}. Half of the profit goes to the library. How much does the library get?""",
  dict(n=[150, 200, 240, 300], p=['2', '2.50', '5'], c=['120', '180', '250']),
  """rev = n * p | $ | ticket money
     prof = rev - c | $ | profit
     lib = prof / 2 | $ | library share""")

T('profit_loss_sale', """A shop bought {n} umbrellas for ${c} each. It sold {s} at ${p} each and the rest at ${q} each in a clearance. What was the total profit?""",
  dict(n=[20, 30, 40], c=['6', '7.50', '8'], s=[12, 15, 18], p=['12', '14', '15'], q=['5', '6', '4.50']),
  """cost = n * c | $ | total cost
     full = s * p | $ | full-price sales
     rest! = n - s | umbrellas | umbrellas on clearance
     clr = rest * q | $ | clearance sales
     rev = full + clr | $ | total sales
     prof = rev - cost | $ | profit""")

T('profit_garage_sale', """At a garage sale {name} sold {a} books at ${p} each, {b} toys at ${q} each, and a lamp for ${l}. {He} spent ${s} on signs. What did {he} earn after costs?""",
  dict(a=[10, 12, 15, 20], p=['0.50', '1', '0.75'], b=[4, 6, 8], q=['2', '1.50', '3.25'], l=['8', '12', '5.50'], s=['4', '6.50', '3']),
  """bk = a * p | $ | money from books
     ty = b * q | $ | money from toys
     tot = bk + ty + l | $ | total sales
     net = tot - s | $ | earnings after costs""")

# ------------------------------------------------------------------ recipes
T('recipe_scale_flour', """A recipe for {s} servings uses {f} cups of flour. How many cups are needed for {n} servings?""",
  dict(s=[4, 6, 8], f=[2, 3, '1.5', '2.5'], n=[12, 16, 24, 18]),
  """per = f / s | cups | flour per serving
     need = per * n | cups | flour needed""")

T('recipe_butter_sticks', """Cookies need {b} tablespoons of butter per batch. {name} makes {k} batches. A stick of butter has 8 tablespoons. How many sticks does {he} need?""",
  dict(b=[4, 6, 8, 12], k=[2, 3, 4, 6]),
  """tbsp = b * k | tablespoons | butter needed
     sticks = tbsp / 8 | sticks | sticks needed""")

T('recipe_eggs_dozen', """A cake takes {e} eggs. {name} is baking {c} cakes for a fair. Eggs come by the dozen. How many eggs will be left over from {d} dozen?""",
  dict(e=[2, 3, 4], c=[4, 5, 6, 8], d=[3, 4, 5]),
  """need! = e * c | eggs | eggs needed
     have! = d * 12 | eggs | eggs bought
     left! = have - need | eggs | eggs left over""")

T('recipe_sugar_grams', """A lemonade recipe uses {g} g of sugar per liter. {name} makes {l} liters for a party and sugar costs ${p} per kilogram. How much does the sugar cost?""",
  dict(g=[80, 100, 120, 150], l=[5, 6, 8, 10], p=['2', '2.50', '1.80', '3']),
  """gr = g * l | g | sugar in grams
     kg = gr / 1000 | kg | sugar in kilograms
     cost = kg * p | $ | cost of the sugar""")

T('recipe_pancakes', """A pancake recipe makes {m} pancakes with {c} cups of milk. {name} needs {n} pancakes for a brunch. How many cups of milk does {he} use?""",
  dict(m=[8, 10, 12], c=[1, 2, '1.5'], n=[24, 30, 36, 48, 60]),
  """batches = n / m | batches | number of batches
     milk = batches * c | cups | milk needed""")

T('recipe_rice_servings', """A bag holds {k} kg of rice. Each serving uses {g} g. How many servings are in {b} bags?""",
  dict(k=[1, 2, 5, '2.5'], g=[50, 75, 100, 125], b=[2, 3, 4]),
  """g1 = k * 1000 | g | rice per bag in grams
     tot = g1 * b | g | rice in all bags
     serv! = tot / g | servings | number of servings""")

T('recipe_cost_per_serving', """A soup recipe costs ${a} for vegetables, ${b} for meat, and ${c} for spices, and makes {n} servings. What is the cost per serving?""",
  dict(a=['6.40', '8.20', '5.75', '9'], b=['12', '14.60', '10.25'], c=['1.60', '2.20', '1.00'], n=[4, 5, 8, 10]),
  """tot = a + b + c | $ | total cost
     per = tot / n | $ | cost per serving""")

T('recipe_triple_half', """A bread recipe needs {f} cups of flour and {w} cups of water. {name} triples the flour but only doubles the water. How many cups of ingredients is that in total?""",
  dict(f=[2, 3, 4, '2.5', '3.5'], w=[1, '1.5', 2, '0.75']),
  """fl = f * 3 | cups | flour used
     wa = w * 2 | cups | water used
     tot = fl + wa | cups | total cups""")

# ------------------------------------------------------------------ counting
T('count_legs', """A farm has {c} chickens and {g} goats. How many legs are there in all?""",
  dict(c=[12, 15, 20, 24, 30], g=[5, 8, 10, 14]),
  """cl = c * 2 | legs | chicken legs
     gl = g * 4 | legs | goat legs
     tot = cl + gl | legs | total legs""")

T('count_chairs_rows', """A hall has {r} rows of {c} chairs. {t} chairs are broken and {s} people are already seated. How many empty working chairs are there?""",
  dict(r=[10, 12, 15, 20], c=[12, 15, 18, 20], t=[4, 6, 9], s=[80, 95, 120]),
  """all = r * c | chairs | chairs in the hall
     ok = all - t | chairs | working chairs
     free = ok - s | chairs | empty working chairs""")

T('count_pencils_students', """A teacher buys {b} boxes of {p} pencils. Each of {s} students gets {k} pencils. How many pencils are left?""",
  dict(b=[4, 5, 6, 8], p=[10, 12, 24], s=[20, 24, 25, 30], k=[1, 2, 3]),
  """tot = b * p | pencils | pencils bought
     given = s * k | pencils | pencils handed out
     left = tot - given | pencils | pencils left""")

T('count_wheels', """A bike shop has {b} bicycles, {t} tricycles, and {u} unicycles. How many wheels are there?""",
  dict(b=[8, 12, 15, 20], t=[3, 5, 7, 9], u=[2, 4, 6]),
  """bw = b * 2 | wheels | bicycle wheels
     tw = t * 3 | wheels | tricycle wheels
     tot = bw + tw + u | wheels | total wheels""")

T('count_stickers', """{name} has {a} stickers. {He} buys {p} packs with {k} stickers each, then gives {g} stickers to each of {f} friends. How many stickers does {he} have?""",
  dict(a=[25, 30, 42, 50], p=[2, 3, 4], k=[8, 10, 12], f=[3, 4, 5], g=[4, 5, 6]),
  """bought = p * k | stickers | stickers bought
     have = a + bought | stickers | stickers after buying
     gave = f * g | stickers | stickers given away
     now = have - gave | stickers | stickers left""")

T('count_situps', """{name} does {a} sit-ups on Monday and adds {d} more each day after that. How many sit-ups does {he} do on Monday through Wednesday together?""",
  dict(a=[10, 15, 20, 25], d=[2, 5, 10]),
  """tue = a + d | sit-ups | Tuesday's sit-ups
     wed = tue + d | sit-ups | Wednesday's sit-ups
     tot = a + tue + wed | sit-ups | total sit-ups""")

T('count_tshirts', """A team orders T-shirts: {a} small, {b} medium, and {c} large. Each box holds {k} T-shirts. How many boxes arrive, if every box is full?""",
  dict(a=[6, 8, 10, 12], b=[12, 14, 16, 20], c=[6, 10, 12, 18], k=[4, 6, 8]),
  """tot! = a + b + c | T-shirts | total T-shirts
     box! = tot / k | boxes | boxes""")

T('count_handshakes_teams', """A league has {t} teams with {p} players each. Each player needs {k} jerseys. How many jerseys are needed if {e} extra jerseys are ordered too?""",
  dict(t=[6, 8, 10, 12], p=[9, 11, 12, 15], k=[2, 3], e=[5, 10, 12]),
  """pl = t * p | players | players
     js = pl * k | jerseys | jerseys for players
     tot = js + e | jerseys | jerseys ordered""")

T('count_bottles_recycle', """{name} collects {a} cans and {b} bottles. Cans pay ${c} each and bottles pay ${d} each. How much does {he} earn?""",
  dict(a=[40, 60, 75, 120], b=[20, 30, 45, 50], c=['0.05', '0.10'], d=['0.10', '0.25', '0.15']),
  """ca = a * c | $ | money for cans
     bo = b * d | $ | money for bottles
     tot = ca + bo | $ | total earned""")

T('count_pages_week', """{name} reads {a} pages on weekdays and {b} pages on each weekend day. How many pages does {he} read in {w} weeks?""",
  dict(a=[10, 12, 15, 20], b=[25, 30, 40], w=[2, 3, 4]),
  """wd = a * 5 | pages | weekday pages per week
     we = b * 2 | pages | weekend pages per week
     wk = wd + we | pages | pages per week
     tot = wk * w | pages | total pages""")

# ------------------------------------------------------------------ remainders & sharing
T('rem_buses', """{n} students go on a trip. Each bus holds {c} students and costs ${r} to rent. A partly filled bus still has to be rented. What is the total bus cost?""",
  dict(n=[95, 130, 158, 210, 175], c=[30, 40, 45, 50], r=['180', '225', '250.50']),
  """full! = n // c | buses | full buses
     need! = full + 1 | buses | buses needed
     cost = need * r | $ | bus cost""")

T('rem_marbles_share', """{name} shares {m} marbles equally among {k} friends and keeps the leftovers. Then {he} buys {b} more. How many marbles does {name} have?""",
  dict(m=[50, 67, 83, 100, 125], k=[4, 6, 7, 8], b=[5, 10, 12]),
  """each! = m // k | marbles | marbles per friend
     given! = each * k | marbles | marbles given out
     kept! = m - given | marbles | marbles kept
     now! = kept + b | marbles | marbles now""")

T('rem_ribbon_pieces', """A {l} cm ribbon is cut into as many {p} cm pieces as possible. {name} wants {k} more pieces of the same length. How many centimeters of ribbon are needed for all the pieces together?""",
  dict(l=[100, 150, 230, 175, 260], p=[12, 15, 18, 25], k=[2, 3, 5]),
  """pcs! = l // p | pieces | full pieces
     tot! = pcs + k | pieces | pieces wanted
     len! = tot * p | cm | ribbon needed""")

T('rem_candies_bags', """{name} has {c} candies and fills bags of {b}. {He} sells each full bag for ${p} and spent ${s} on the bags. How much profit does {he} make?""",
  dict(c=[50, 75, 100, 130, 95], b=[6, 8, 12], p=['1.50', '2', '2.25'], s=['2', '3.50', '1.25']),
  """bags! = c // b | bags | full bags
     money = bags * p | $ | money from sales
     prof = money - s | $ | profit""")

T('rem_tables_guests', """{g} guests come to a party. Each table seats {s}. The hall charges ${c} per table used. What is the table cost? (A partly filled table still counts.)""",
  dict(g=[45, 58, 70, 83, 100], s=[6, 8, 10], c=['12', '15', '9.50']),
  """full! = g // s | tables | completely filled tables
     tabs! = full + 1 | tables | tables used
     cost = tabs * c | $ | table cost""")

T('rem_eggs_cartons', """A hen house produced {e} eggs this week. They are packed into full cartons of 12, and each full carton sells for ${p}. Leftover eggs are used for baking. The week's feed cost ${f}. How much money is left after paying for feed?""",
  dict(e=[100, 130, 145, 170, 200], p=['3.50', '4', '4.25'], f=['12', '15.50', '18']),
  """cart! = e // 12 | cartons | full cartons
     money = cart * p | $ | money from carton sales
     net = money - f | $ | money left after feed""")

T('rem_weeks_days', """A vacation lasts {d} days. How many hours are in the full weeks of the vacation?""",
  dict(d=[17, 23, 30, 45, 52]),
  """wk! = d // 7 | weeks | full weeks
     days! = wk * 7 | days | days in full weeks
     hrs! = days * 24 | hours | hours in full weeks""")

T('rem_share_equally', """{name} and {k} friends share {c} cookies equally. Then each person also gets {x} more cookies from a second plate. How many cookies does each person get in all?""",
  dict(k=[2, 3, 4, 5], c=[24, 30, 36, 48, 60], x=[1, 2, 3]),
  """ppl! = k + 1 | people | number of people
     each! = c / ppl | cookies | cookies each from the first plate
     tot! = each + x | cookies | cookies each in all""")

T('potato_bags', """A farmer has {n} pounds of potatoes. He packs them into 5-pound bags and sells each bag for ${p}. How much money does he make if he sells all but {u} of the bags?""",
  dict(n=[60, 80, 120, 150, 200], p=['3.50', '4.25', '2.80', '5'], u=[2, 3, 4]),
  """bags! = n / 5 | 5-pound bags | number of bags
     sold! = bags - u | 5-pound bags | bags sold
     money = sold * p | $ | money made""")

T('soda_bottles', """For a party, {name} needs {l} liters of soda. Soda comes in 2-liter bottles that cost ${p} each. {He} already has {h} bottles. How much does {he} spend on the rest?""",
  dict(l=[12, 16, 20, 24, 30], p=['1.79', '2.25', '1.50', '2.49'], h=[1, 2, 3]),
  """btl! = l / 2 | 2-liter bottles | bottles needed
     buy! = btl - h | 2-liter bottles | bottles to buy
     cost = buy * p | $ | cost""")

T('share_prize', """A group of {k} friends wins a ${m} prize and splits it equally. Each friend then spends ${s} on a celebration meal. How much does each friend have left?""",
  dict(k=[3, 4, 5, 6, 8], m=['120', '150', '240', '300', '96'], s=['12.50', '8.75', '15', '6.40']),
  """each = m / k | $ | share for each friend
     left = each - s | $ | money left for each friend""")

T('share_stickers', """A teacher has {c} stickers to hand out equally among {k} students. She then gives {x} bonus stickers to each student. How many stickers does each student get?""",
  dict(c=[48, 60, 72, 96, 120], k=[4, 6, 8, 12], x=[1, 2, 3]),
  """each! = c / k | stickers | stickers per student
     tot! = each + x | stickers | stickers each student gets""")

T('share_party_cost', """A party costs ${c} for pizza and ${d} for drinks. The cost is split equally among {k} people. How much does each person pay?""",
  dict(c=['48', '63.60', '55.20', '72'], d=['12', '14.40', '18.80', '9.60'], k=[4, 5, 6, 8]),
  """tot = c + d | $ | total cost
     each = tot / k | $ | cost per person""")

T('share_apples_baskets', """{name} picks {a} apples and puts them equally into {b} baskets. Later {he} takes {r} apples out of each basket. How many apples are in each basket now?""",
  dict(a=[60, 72, 84, 96, 120], b=[4, 6, 8, 12], r=[1, 2, 3]),
  """each! = a / b | apples | apples per basket
     now! = each - r | apples | apples per basket now""")

T('share_crayons_groups', """An art class has {n} crayon boxes with {c} crayons each. The crayons are shared equally among {g} groups. How many crayons does each group get?""",
  dict(n=[4, 5, 6, 8], c=[12, 16, 24, 10], g=[2, 3, 4, 6, 8]),
  """tot! = n * c | crayons | total crayons
     each! = tot / g | crayons | crayons per group""")
