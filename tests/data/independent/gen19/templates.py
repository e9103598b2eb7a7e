"""Problem templates for set 19.

Format (one template per '# name' block):
  P: problem text; {N}/{M} names, {he} {He} {his} {His} {him} pronouns, {var} values
  V: var=spec[:operand unit]; ...   spec: lo..hi[/step] | a|b|c | @expr (derived) ; '$' prefix = money, 'd@' = decimal derived
  C: python boolean constraint on vars
  S: name = expr | type [result unit] | label      type c=count m=money d=decimal
expr operands: var, earlier step, literal, pct(v) = v%, frac(a,b) = a/b, mix(w,a,b) = w a/b
"""

TEMPLATE_TEXT = r"""
// ---------------------------------------------------------------- rates and work
# rate_pages_hours
P: {N} reads {r} pages per minute. How many pages does {he} read in {h} hours?
V: r=2..6:pages per minute; h=2..5:hours
S: m = h * 60 | c minutes | number of minutes {he} reads
S: p = r * m | c pages | number of pages read

# rate_typing_break
P: {N} types {r} words per minute. {He} sits down to type for {h} hours but takes a {b}-minute break. How many words does {he} type?
V: r=30..70:words per minute; h=2..4:hours; b=10|15|20|25|30:minutes
S: m = h * 60 | c minutes | total time in minutes
S: w = m - b | c minutes | time spent typing
S: t = r * w | c words | number of words typed

# rate_machine_bottles
P: A machine fills {r} bottles every {k} minutes. How many bottles does it fill in {h} hours?
V: r=12..40:bottles; k=2|3|4|5|6:minutes; h=2..6:hours
S: m = h * 60 | c minutes | running time in minutes
S: n = m / k | c batches | number of batches
S: b = n * r | c bottles | number of bottles filled

# rate_painters_days
P: One painter can paint {r} rooms per day. A company sends {w} painters to a hotel with {t} rooms. How many days will the job take?
V: r=2..4:rooms per day; w=3..6:painters; dd=3..9; t=@r*w*dd:rooms
S: d = r * w | c rooms per day | number of rooms the team paints per day
S: n = t / d | c days | number of days needed

# rate_pool_fill
P: A hose fills a pool at {r} gallons per minute. The pool holds {g} gallons and already has {a} gallons in it. How many more minutes until the pool is full?
V: r=5..20:gallons per minute; k=20..90; a=100..900/50:gallons; g=@a+r*k:gallons
S: need = g - a | c gallons | water still needed
S: t = need / r | c minutes | time to finish filling

# rate_baker_cookies
P: A baker makes {r} cookies every hour. {He} works {h} hours a day for {d} days and sells them in boxes of {b}. How many boxes does {he} fill?
V: r=24..60/6:cookies per hour; h=4..8:hours; d=2..5:days; b=6|12
S: c = r * h | c cookies | cookies baked per day
S: t = c * d | c cookies | total cookies
S: x = t / b | c boxes | number of boxes

# rate_two_machines
P: Machine A makes {a} parts per hour and machine B makes {b} parts per hour. If both run for {h} hours, how many parts do they make together?
V: a=15..60:parts per hour; b=15..60:parts per hour; h=3..9:hours
C: a != b
S: s = a + b | c parts per hour | combined rate
S: t = s * h | c parts | total parts made

# rate_knitting_scarves
P: {N} knits {r} rows per hour. A scarf needs {s} rows. How many hours does {he} need to knit {k} scarves?
V: r=8..20:rows per hour; q=2..6; s=@r*q:rows; k=2..5:scarves
S: h = s / r | c hours | hours per scarf
S: t = h * k | c hours | total hours

# rate_printer_minutes
P: A printer prints {r} pages per minute. How many minutes will it take to print {c} copies of a {p}-page report?
V: r=4..12:pages per minute; p=10..30:pages; q=2..6; c=@r*q
C: (c*p) % r == 0
S: t = c * p | c pages | total pages
S: m = t / r | c minutes | printing time

# rate_wages_overtime
P: {N} earns ${w} per hour for the first {h} hours each week and ${o} per hour for every overtime hour. Last week {he} worked {t} hours. How much did {he} earn?
V: w=12..25:per hour; h=35|40:hours; e=2..10; t=@h+e:hours; o=@w+w/2:per hour
S: x = t - h | c hours | overtime hours
S: r = w * h | m | regular pay
S: p = o * x | m | overtime pay
S: s = r + p | m | total pay

# rate_water_leak
P: A tap leaks {r} milliliters of water every minute. How many liters does it leak in {h} hours? (1 liter = 1000 milliliters)
V: r=5..40/5:milliliters per minute; h=2..8:hours
S: m = h * 60 | c minutes | number of minutes
S: ml = r * m | c milliliters | water lost in milliliters
S: l = ml / 1000 | d liters | water lost in liters

// ---------------------------------------------------------------- speed, distance, time
# sdt_walk_minutes
P: {N} walks at {s} km per hour. How far does {he} walk in {m} minutes?
V: s=3..6:km per hour; m=30|90|120|150|180|210|240:minutes
S: h = m / 60 | d hours | time in hours
S: d = s * h | d km | distance walked

# sdt_drive_two_legs
P: A car travels {a} miles per hour for {h} hours and then {b} miles per hour for {k} hours. What is the total distance?
V: a=40..70/5:miles per hour; h=2..4:hours; b=40..70/5:miles per hour; k=2..4:hours
C: a != b
S: d1 = a * h | c miles | distance on the first part
S: d2 = b * k | c miles | distance on the second part
S: t = d1 + d2 | c miles | total distance

# sdt_train_time
P: A train covers {d} km at a steady {s} km per hour. How many minutes does the trip take?
V: s=60..120/10:km per hour; q=2|3|4|5|6|7|8|9; d=@s*q/2:km
S: h = d / s | d hours | travel time in hours
S: m = h * 60 | c minutes | travel time in minutes

# sdt_cyclist_average
P: A cyclist rides {a} km in the morning and {b} km in the afternoon. {He} spends {t} hours riding in total. What is {his} average speed in km per hour?
V: t=2..6:hours; a=10..60/2:km; q=10..25; b=@q*t-a:km
C: b >= 10
S: d = a + b | c km | total distance
S: s = d / t | d km per hour | average speed

# sdt_run_laps
P: A running track is {l} meters long. {N} runs {n} laps every day for {d} days. How many kilometers does {he} run in total?
V: l=200|250|400|500:meters; n=4..12:laps; d=3..7:days
S: m = l * n | c meters | distance per day
S: t = m * d | c meters | total distance in meters
S: k = t / 1000 | d km | total distance in kilometers

# sdt_meet_time
P: Two trains start {d} miles apart and travel toward each other at {a} mph and {b} mph. How many miles apart are they after {h} hours?
V: a=30..70/5:mph; b=30..70/5:mph; h=2..4:hours; q=10..200/10; d=@(a+b)*h+q:miles
S: s = a + b | c mph | closing speed
S: c = s * h | c miles | distance closed
S: r = d - c | c miles | distance still between them

# sdt_flight_minutes
P: A plane flies at {s} miles per hour. How many miles does it cover in {h} hours and {m} minutes?
V: s=300..600/60:miles per hour; h=1..4:hours; m=10|15|20|30|40|45|50:minutes
S: tm = h * 60 + m | c minutes | flight time in minutes
S: r = s / 60 | c miles per minute | speed in miles per minute
S: d = r * tm | c miles | distance flown

# sdt_round_trip
P: {N} drives {d} miles to {his} grandmother's house at {a} mph and returns at {b} mph. How many hours does the round trip take?
V: a=30|40|45|50|60:mph; b=30|40|45|50|60:mph; d=60|90|120|180:miles
C: a != b and d % a == 0 and d % b == 0
S: t1 = d / a | c hours | time going
S: t2 = d / b | c hours | time returning
S: t = t1 + t2 | c hours | total time

# sdt_swim_lengths
P: A pool is {l} meters long. {N} swims {n} lengths each session and has {s} sessions a week. How many meters does {he} swim in {w} weeks?
V: l=25|50:meters; n=10..40/2:lengths; s=2..5:sessions; w=2..4:weeks
S: m = l * n | c meters | distance per session
S: k = m * s | c meters | distance per week
S: t = k * w | c meters | distance over {w} weeks

# sdt_speed_cm
P: A snail crawls {c} cm every minute. How many meters does it crawl in {h} hours?
V: c=5..30/5:cm per minute; h=2..6:hours
S: m = h * 60 | c minutes | number of minutes
S: cm = c * m | c cm | distance in centimeters
S: mt = cm / 100 | c meters | distance in meters

# sdt_late_arrival
P: A bus leaves at 8:00 AM and travels {d} km at {s} km per hour. It then waits {w} minutes at a stop. How many minutes after 8:00 AM does it finish waiting?
V: s=40|45|50|60|75|80|90:km per hour; q=1..4; d=@s*q:km; w=10|15|20|25:minutes
S: h = d / s | c hours | driving time in hours
S: m = h * 60 | c minutes | driving time in minutes
S: t = m + w | c minutes | minutes after 8:00 AM

# sdt_pace_marathon
P: {N} runs at a pace of {p} minutes per mile. How many hours does it take {him} to run {d} miles?
V: p=6..12:minutes per mile; d=5|10|15|20|25|30:miles
C: (p*d) % 30 == 0
S: m = p * d | c minutes | running time in minutes
S: h = m / 60 | d hours | running time in hours

// ---------------------------------------------------------------- unit conversions
# conv_dozen_eggs
P: A farm collects {d} dozen eggs every day. How many eggs does it collect in {w} weeks?
V: d=5..30:dozen; w=2..4:weeks
S: e = d * 12 | c eggs | eggs per day
S: n = w * 7 | c days | number of days
S: t = e * n | c eggs | total eggs

# conv_ounces_bottles
P: A recipe needs {c} cups of juice. Each cup is 8 ounces and each bottle holds {b} ounces. How many bottles are needed?
V: b=16|32|64:ounces; q=2..10; c=@q*b/8:cups
S: o = c * 8 | c ounces | ounces of juice needed
S: n = o / b | c bottles | number of bottles

# conv_ribbon_cm
P: {N} has a ribbon {m} meters long. {He} cuts it into pieces of {p} cm each. How many pieces does {he} get?
V: p=10|20|25|40|50:cm; q=8..40; m=d@q*p/100:meters
C: (m*100) % p == 0
S: c = m * 100 | c cm | length in centimeters
S: n = c / p | c pieces | number of pieces

# conv_weeks_days_savings
P: {N} saves ${s} each day. How much does {he} save in {w} weeks?
V: s=2..9:per day; w=3..12:weeks
S: d = w * 7 | c days | number of days
S: t = s * d | m | total savings

# conv_pounds_ounces
P: A bag of flour weighs {p} pounds. A baker uses {o} ounces per loaf. How many loaves can be made from the bag? (1 pound = 16 ounces)
V: o=8|12|16|20|24:ounces; q=4..20; p=@q*o/16:pounds
C: (p*16) % o == 0
S: t = p * 16 | c ounces | ounces of flour
S: n = t / o | c loaves | number of loaves

# conv_hours_month
P: {N} practices piano for {m} minutes every day. How many hours does {he} practice in {d} days?
V: m=20|30|40|45|50|60|75|90:minutes; d=6|12|20|24|30:days
C: (m*d) % 60 == 0
S: t = m * d | c minutes | total practice time in minutes
S: h = t / 60 | c hours | total practice time in hours

# conv_km_laps
P: A park trail is {l} meters around. How many full laps does {N} need to run {k} km?
V: l=200|250|400|500:meters; k=2..10:km
C: (k*1000) % l == 0
S: m = k * 1000 | c meters | distance in meters
S: n = m / l | c laps | number of laps

# conv_dozen_cost
P: Donuts cost ${c} per dozen. {N} buys {n} donuts for an office party. How much does {he} pay?
V: c=6..15:per dozen; q=2..8; n=@q*12:donuts
S: d = n / 12 | c dozen | number of dozens
S: t = d * c | m | total cost

# conv_inches_feet
P: A fence needs {p} posts placed {f} feet apart in a straight line. How many inches long is the fence?
V: p=5..20:posts; f=3..8:feet
S: g = p - 1 | c gaps | number of gaps between posts
S: l = g * f | c feet | length in feet
S: i = l * 12 | c inches | length in inches

# conv_liters_glasses
P: A jug holds {l} liters of lemonade. Each glass holds {g} milliliters. How many glasses can be filled from {j} jugs?
V: g=200|250|400|500:milliliters; l=2|3|4|5:liters; j=2..6:jugs
C: (l*1000) % g == 0
S: m = l * 1000 | c milliliters | milliliters per jug
S: n = m / g | c glasses | glasses per jug
S: t = n * j | c glasses | total glasses

# conv_seconds_song
P: A playlist has {n} songs that are each {m} minutes and {s} seconds long. How many minutes long is the playlist?
V: n=6..20:songs; m=2..4:minutes; s=15|30|45:seconds
C: (n*(m*60+s)) % 60 == 0
S: e = m * 60 + s | c seconds | length of one song in seconds
S: t = e * n | c seconds | playlist length in seconds
S: mm = t / 60 | c minutes | playlist length in minutes

// ---------------------------------------------------------------- averages
# avg_test_scores
P: {N} scored {a}, {b} and {c} on three tests. What is {his} average score?
V: a=60..100; b=60..100; c=60..100
C: (a+b+c) % 3 == 0 and a != b and b != c
S: s = a + b + c | c points | total score
S: v = s / 3 | c points | average score

# avg_daily_steps
P: {N} walked {a} steps on Monday, {b} on Tuesday, {c} on Wednesday and {d} on Thursday. What was {his} average number of steps per day?
V: a=4000..9000/250; b=4000..9000/250; c=4000..9000/250; d=4000..9000/250
C: (a+b+c+d) % 4 == 0
S: s = a + b + c + d | c steps | total steps
S: v = s / 4 | c steps | average steps per day

# avg_needed_score
P: {N} wants an average of {t} points over {n} games. In the first {k} games {he} scored a total of {s} points. How many points per game does {he} need in the remaining games?
V: t=12..30:points; n=6|8|10; k=2..5:games; q=5..30; s=@t*k-q:points
C: (t*n - s) % (n-k) == 0 and s > 0
S: g = t * n | c points | total points needed
S: r = g - s | c points | points still needed
S: m = n - k | c games | games remaining
S: p = r / m | c points | points needed per game

# avg_temperature_week
P: The high temperatures for a week averaged {a} degrees. The first six days had a total of {s} degrees. What was the high temperature on the seventh day?
V: a=60..90:degrees; q=50..99; s=@a*7-q:degrees
S: t = a * 7 | c degrees | total for the week
S: x = t - s | c degrees | seventh day's temperature

# avg_price_books
P: {N} bought {a} books for ${p} each and {b} books for ${q} each. What was the average price per book?
V: a=2..6:books; p=8..20; b=2..6:books; q=8..20
C: a != b and p != q and (a*p+b*q)*4 % (a+b) == 0
S: c1 = a * p | m | cost of the first books
S: c2 = b * q | m | cost of the other books
S: t = c1 + c2 | m | total cost
S: n = a + b | c books | number of books
S: v = t / n | m | average price per book

# avg_class_combined
P: One class of {a} students averaged {x} points on a quiz, and another class of {b} students averaged {y} points. What was the average for all students?
V: a=10..30:students; b=10..30:students; x=60..95; y=60..95
C: a != b and x != y and ((a*x + b*y)*10) % (a+b) == 0
S: s1 = a * x | c points | points scored by the first class
S: s2 = b * y | c points | points scored by the second class
S: t = s1 + s2 | c points | total points
S: n = a + b | c students | number of students
S: v = t / n | d points | overall average

# avg_hours_sleep
P: {N} slept {a} hours, {b} hours, {c} hours and {d} hours on four nights. What was {his} average sleep per night in hours?
V: a=5..10/0.5; b=5..10/0.5; c=5..10/0.5; d=5..10/0.5
C: len({a,b,c,d}) >= 3
S: s = a + b + c + d | d hours | total sleep
S: v = s / 4 | d hours | average sleep per night

# avg_sales_per_day
P: A shop sells an average of {a} items per day. In the first week it sold {s} items. If the average holds, how many items does it sell in the remaining days of a {w}-week period?
V: a=20..90:items per day; w=2..5; e=5..60; s=@a*7-e:items
S: d = w * 7 | c days | number of days
S: t = a * d | c items | expected total sales
S: r = t - s | c items | sales in the remaining days

# avg_new_member
P: The average age of {n} players on a team is {a} years. When a coach joins, the average age of the group becomes {b} years. How old is the coach?
V: n=5..12:players; a=12..20:years; e=1..4; b=@a+e:years
S: t = n * a | c years | total age of the players
S: m = n + 1 | c people | size of the group with the coach
S: g = m * b | c years | total age including the coach
S: c = g - t | c years | coach's age

# avg_fuel_mpg
P: A car used {g} gallons of gas on a trip of {d} miles and {h} gallons on a second trip of {e} miles. What was its average miles per gallon over both trips?
V: g=4..12:gallons; h=4..12:gallons; r=20..35; d=@g*r:miles; e=@h*(r+2):miles
S: m = d + e | c miles | total miles
S: t = g + h | c gallons | total gallons
S: v = m / t | d miles per gallon | average fuel economy
C: ((g*r + h*(r+2))*1000) % (g+h) == 0

// ---------------------------------------------------------------- ratios and shares
# ratio_split_money
P: {N} and {M} share ${t} in the ratio {a}:{b}. How much does {N} get?
V: a=1..5; b=2..7; q=10..60; t=@(a+b)*q
C: a != b
S: p = a + b | c parts | total parts
S: v = t / p | m | value of one part
S: s = a * v | m | {N}'s share

# ratio_boys_girls
P: The ratio of boys to girls in a school is {a}:{b}. There are {t} students. How many more girls than boys are there?
V: a=2..5; b=3..8; q=20..80; t=@(a+b)*q
C: b > a
S: p = a + b | c parts | total parts
S: k = t / p | c students | students per part
S: g = b * k | c girls | number of girls
S: y = a * k | c boys | number of boys
S: d = g - y | c students | difference

# ratio_paint_mix
P: A paint mix uses blue and white paint in the ratio {a}:{b}. If {N} uses {w} liters of white paint, how many liters of paint are in the mix?
V: a=2..5; b=3..7; q=2..12; w=@b*q:liters
C: a != b
S: k = w / b | c liters | liters per part
S: u = a * k | c liters | liters of blue paint
S: t = u + w | c liters | total paint

# ratio_recipe_scale
P: A recipe for {s} servings needs {f} cups of flour. How many cups of flour are needed for {n} servings?
V: s=4|6|8; f=2..6:cups; q=2..5; n=@s*q:servings
S: c = f / s | d cups | flour per serving
S: t = c * n | d cups | flour needed

# ratio_three_way
P: Three friends split ${t} in the ratio {a}:{b}:{c}. How much more does the friend with the largest share get than the friend with the smallest share?
V: a=1..3; b=2..5; c=4..8; q=5..40; t=@(a+b+c)*q
C: a < b < c
S: p = a + b + c | c parts | total parts
S: v = t / p | m | value of one part
S: g = c - a | c parts | difference in parts
S: d = g * v | m | difference in shares

# ratio_cats_dogs
P: At a shelter, the ratio of cats to dogs is {a}:{b}. There are {c} cats. How many animals are there in total?
V: a=2..6; b=3..7; q=3..15; c=@a*q:cats
C: a != b
S: k = c / a | c animals | animals per part
S: d = b * k | c dogs | number of dogs
S: t = c + d | c animals | total animals

# ratio_profit_partners
P: Two partners invested ${x} and ${y} in a shop and split the profit of ${p} in the same ratio as their investments. How much does the first partner get?
V: u=1..4; v=2..6; x=@u*1000; y=@v*1000; q=50..400/10; p=@(u+v)*q
C: u != v
S: t = x + y | m | total investment
S: r = p / t | d | profit per dollar invested
S: s = r * x | m | first partner's share

# ratio_map_scale
P: On a map, {c} cm represents {k} km. Two towns are {d} cm apart on the map. How many meters apart are they in real life?
V: c=1|2|4; k=5|10|15|20:km; q=2..9; d=@c*q:cm
S: r = d / c | c units | number of map units
S: km = r * k | c km | real distance in km
S: m = km * 1000 | c meters | real distance in meters

# ratio_juice_water
P: A drink is made with juice and water in the ratio {a}:{b}. How many cups of water are needed to make {t} cups of drink?
V: a=1..4; b=2..6; q=2..10; t=@(a+b)*q:cups
C: a != b
S: p = a + b | c parts | total parts
S: k = t / p | c cups | cups per part
S: w = b * k | c cups | cups of water

# ratio_age_ratio
P: The ratio of {N}'s age to {M}'s age is {a}:{b}. The sum of their ages is {s}. How old is {M}?
V: a=2..5; b=3..7; q=2..8; s=@(a+b)*q:years
C: a < b
S: p = a + b | c parts | total parts
S: k = s / p | c years | years per part
S: m = b * k | c years | {M}'s age

// ---------------------------------------------------------------- percent
# pct_discount_shirt
P: A jacket costs ${p}. It is on sale for {d}% off. What is the sale price?
V: p=40..200/5; d=10|15|20|25|30|40
S: o = pct(d) * p | m | discount
S: s = p - o | m | sale price

# pct_discount_then_tax
P: A pair of shoes costs ${p}. There is a {d}% discount, and then {t}% sales tax is added to the discounted price. What is the final cost?
V: p=40..160/10; d=10|20|25|30; t=5|8|10
S: o = pct(d) * p | m | discount
S: s = p - o | m | discounted price
S: x = pct(t) * s | m | sales tax
S: f = s + x | m | final cost

# pct_tip_meal
P: {N}'s dinner costs ${c}. {He} leaves a {t}% tip. How much does {he} pay in total?
V: c=20..120/4; t=15|18|20|25
S: g = pct(t) * c | m | tip
S: s = c + g | m | total paid

# pct_tip_split
P: Four friends have a meal that costs ${c} and add a {t}% tip. They split the total equally. How much does each friend pay?
V: c=40..200/8; t=10|15|20|25
S: g = pct(t) * c | m | tip
S: s = c + g | m | total bill
S: e = s / 4 | m | each friend's share

# pct_increase_salary
P: {N} earns ${s} a month. {He} gets a {r}% raise. How much will {he} earn in a year after the raise?
V: s=1500..4000/100; r=2|4|5|8|10
S: i = pct(r) * s | m | monthly raise
S: n = s + i | m | new monthly pay
S: y = n * 12 | m | yearly pay

# pct_decrease_population
P: A town had {p} people. The population fell by {r}% this year. How many people live there now?
V: p=2000..9000/100:people; r=5|10|12|15|20
S: d = pct(r) * p | c people | decrease
S: n = p - d | c people | new population

# pct_simple_interest
P: {N} deposits ${p} in an account that pays {r}% simple interest per year. How much money will be in the account after {y} years?
V: p=500..5000/100; r=2|3|4|5|6; y=2..6:years
S: i = pct(r) * p | m | interest per year
S: t = i * y | m | total interest
S: b = p + t | m | final balance

# pct_test_correct
P: A test has {n} questions. {N} answers {r}% of them correctly. How many questions does {he} get wrong?
V: n=20|25|40|50|60|80:questions; r=60|70|75|80|85|90|95
S: c = pct(r) * n | c questions | questions answered correctly
S: w = n - c | c questions | questions answered wrong

# pct_markup_profit
P: A store buys a lamp for ${c} and marks the price up by {m}%. It sells {n} lamps. How much profit does it make?
V: c=20..80/4; m=25|40|50|60|75; n=5..20:lamps
S: u = pct(m) * c | m | markup per lamp
S: s = c + u | m | selling price
S: r = s * n | m | revenue
S: p = r - c * n | m | total profit

# pct_what_percent
P: {N} had ${s} and spent ${x} on a video game. What percent of {his} money did {he} spend?
V: s=40|50|80|100|120|200|250; r=10|20|25|30|40|50|60|75; x=@s*r/100
S: f = x / s | d | fraction spent
S: p = f * 100 | d percent | percent spent

# pct_increase_percent
P: The price of a bus ticket rose from ${a} to ${b}. By what percent did the price increase?
V: a=2|4|5|8|10|20|25|40|50; r=5|10|20|25|40|50; b=@a+a*r/100
S: d = b - a | m | increase in price
S: f = d / a | d | increase as a fraction of the old price
S: p = f * 100 | d percent | percent increase

# pct_coupon_two_items
P: {N} buys a shirt for ${a} and pants for ${b}. {He} has a coupon for {d}% off the whole purchase. How much does {he} pay?
V: a=15..45; b=20..60; d=10|20|25|50
C: ((a+b)*d) % 25 == 0
S: t = a + b | m | cost before the coupon
S: o = pct(d) * t | m | coupon savings
S: p = t - o | m | amount paid

# pct_commission
P: {N} sells cars and earns a base pay of ${b} plus a {c}% commission on sales. This month {he} sold ${s} worth of cars. What were {his} total earnings?
V: b=1000..3000/250; c=2|3|4|5; s=20000..90000/5000
S: k = pct(c) * s | m | commission
S: t = b + k | m | total earnings

# pct_battery_drain
P: A phone battery is at {p}% and drops {r} percentage points every hour. After {h} hours, what percent of the battery is left?
V: p=80|85|90|95|100; r=4..12; h=2..6:hours
S: d = r * h | c percentage points | total drop
S: l = p - d | c percent | battery left

# pct_savings_goal
P: {N} wants to buy a bike for ${c}. {He} has saved {s}% of the price. How much more does {he} need to save?
V: c=120..600/20; s=20|25|30|40|60|75
S: h = pct(s) * c | m | amount saved
S: n = c - h | m | amount still needed

# pct_two_discounts
P: A TV is priced at ${p}. It gets a {a}% discount, and then a further {b}% off the reduced price. What is the final price?
V: p=200..800/50; a=10|20|25; b=10|20
S: d1 = pct(a) * p | m | first discount
S: s1 = p - d1 | m | price after the first discount
S: d2 = pct(b) * s1 | m | second discount
S: f = s1 - d2 | m | final price

# pct_tax_shopping
P: {N} buys {n} notebooks at ${p} each. Sales tax is {t}%. What is the total cost?
V: n=2..8:notebooks; p=2|3|4|5|6|8|10|12; t=5|6|8|10
S: s = n * p | m | cost before tax
S: x = pct(t) * s | m | tax
S: c = s + x | m | total cost

# pct_class_girls
P: There are {n} students in a class and {g}% are girls. How many more girls than boys are there?
V: n=20|24|25|30|40|50:students; g=55|60|64|70|75|80
S: a = pct(g) * n | c girls | number of girls
S: b = n - a | c boys | number of boys
S: d = a - b | c students | difference

# pct_depreciation
P: A new laptop costs ${c}. Its value drops by {r}% each year of the original price. What is it worth after {y} years?
V: c=600..2000/100; r=5|10|15|20; y=2..4:years
C: r * y < 100
S: d = pct(r) * c | m | yearly drop
S: t = d * y | m | total drop
S: v = c - t | m | value after {y} years

# pct_of_pct_juice
P: A store had {n} bottles of juice. It sold {a}% of them on Monday and {b}% of the rest on Tuesday. How many bottles are left?
V: n=100..400/20:bottles; a=10|20|25|40|50; b=10|20|25|50
S: s1 = pct(a) * n | c bottles | bottles sold on Monday
S: r1 = n - s1 | c bottles | bottles left after Monday
S: s2 = pct(b) * r1 | c bottles | bottles sold on Tuesday
S: r2 = r1 - s2 | c bottles | bottles left

// ---------------------------------------------------------------- fractions and mixed numbers
# frac_of_marbles
P: {N} has {n} marbles. {He} gives {a}/{b} of them to {his} brother. How many marbles does {he} have left?
V: a=1|2|3; b=4|5|8; q=4..20; n=@b*q:marbles
C: a < b
S: g = frac(a,b) * n | c marbles | marbles given away
S: l = n - g | c marbles | marbles left

# frac_pizza_slices
P: {N} orders {p} pizzas cut into {s} slices each. The family eats {a}/{b} of all the slices. How many slices are left?
V: p=2..6:pizzas; s=8|12; a=2|3|5; b=4|6|8
C: a < b and (p*s*a) % b == 0
S: t = p * s | c slices | total slices
S: e = frac(a,b) * t | c slices | slices eaten
S: l = t - e | c slices | slices left

# frac_mixed_hours_study
P: {N} studies for {w} {a}/{b} hours every day. How many minutes does {he} study in {d} days?
V: w=1..3; a=1|3; b=2|4; d=3..7:days
C: a < b
S: m = mix(w,a,b) * 60 | c minutes | minutes studied per day
S: t = m * d | c minutes | total minutes

# frac_mixed_rope
P: {N} has {n} pieces of rope, each {w} {a}/{b} meters long. {He} uses {u} meters. How many meters are left?
V: n=4..12:pieces; w=1..4; a=1|3; b=2|4; u=2..6:meters
C: a < b
S: t = mix(w,a,b) * n | d meters | total rope
S: l = t - u | d meters | rope left

# frac_tank_fill
P: A tank holds {c} liters. It is {a}/{b} full. How many liters are needed to fill it?
V: a=1|2|3; b=4|5|6|8; q=10..40; c=@b*q:liters
C: a < b
S: h = frac(a,b) * c | c liters | water in the tank
S: n = c - h | c liters | water needed

# frac_book_pages
P: A book has {p} pages. {N} read {a}/{b} of it on Saturday and {c} pages on Sunday. How many pages are left?
V: a=1|2|3; b=3|4|5; q=20..60; p=@b*q:pages; c=10..40:pages
C: a < b and c < p - p*a/b
S: s = frac(a,b) * p | c pages | pages read on Saturday
S: r = s + c | c pages | pages read in total
S: l = p - r | c pages | pages left

# frac_cake_cups_sugar
P: One batch of muffins needs {a}/{b} cup of sugar. How many cups of sugar are needed for {n} batches?
V: a=1|2|3; b=2|3|4; q=2..8; n=@b*q:batches
C: a < b
S: t = frac(a,b) * n | c cups | sugar needed
S: d = t * 2 | c cups | sugar for a double order

# frac_mixed_recipe_cost
P: Cheese costs ${c} per pound. {N} buys {w} {a}/{b} pounds for a party and a ${x} box of crackers. How much does {he} spend?
V: c=4|6|8|10|12; w=1..4; a=1|3; b=2|4; x=3..7
C: a < b
S: k = mix(w,a,b) * c | m | cost of the cheese
S: t = k + x | m | total spent

# frac_garden_rows
P: A garden has {r} rows with {p} plants each. {a}/{b} of the plants are tomatoes. How many plants are not tomatoes?
V: r=4..10:rows; p=6..15:plants; a=1|2|3; b=3|4|5
C: a < b and (r*p*a) % b == 0
S: t = r * p | c plants | total plants
S: m = frac(a,b) * t | c plants | tomato plants
S: o = t - m | c plants | plants that are not tomatoes

# frac_mixed_walk_distance
P: {N} walks {w} {a}/{b} miles each weekday and {k} miles on Saturday. How many miles does {he} walk in one week?
V: w=1..3; a=1|3; b=2|4; k=3..8:miles
C: a < b
S: d = mix(w,a,b) * 5 | d miles | miles on weekdays
S: t = d + k | d miles | miles for the week

# frac_money_spent
P: {N} had ${m}. {He} spent {a}/{b} of it on clothes and ${c} on lunch. How much money does {he} have left?
V: a=1|2|3; b=3|4|5; q=10..50; m=@b*q; c=5..20
C: a < b and c < m - m*a/b
S: s = frac(a,b) * m | m | money spent on clothes
S: t = s + c | m | total spent
S: l = m - t | m | money left

# frac_students_bus
P: There are {n} students in a grade. {a}/{b} of them ride the bus and the rest walk. If each bus seats {s} students, how many buses are needed for the riders, assuming the buses are completely full?
V: a=1|2|3; b=3|4|5; s=20|25|30|40; q=2..6
C: a < b
V: n=@q*s*b/a:students
C: (n*a) % b == 0 and n <= 2000
S: r = frac(a,b) * n | c students | bus riders
S: k = r / s | c buses | buses needed

# frac_mixed_fence_paint
P: {N} paints {w} {a}/{b} meters of fence every hour. How many meters does {he} paint in {h} hours?
V: w=2..5; a=1|3; b=2|4; h=2..8:hours
C: a < b
S: m = mix(w,a,b) * h | d meters | meters painted
S: d = m * 2 | d meters | meters painted in two days of the same work

# frac_inheritance
P: A prize of ${p} is split so that {N} gets {a}/{b} of it and {M} gets {c}/{e} of what remains. How much is left after both take their shares?
V: a=1|2; b=3|4|5; c=1|2; e=3|4; q=20..100
C: a < b and c < e
V: p=@q*b*e
S: n = frac(a,b) * p | m | {N}'s share
S: r = p - n | m | amount remaining
S: m = frac(c,e) * r | m | {M}'s share
S: l = r - m | m | amount left

// ---------------------------------------------------------------- shopping
# shop_fruit_change
P: {N} buys {a} apples at ${p} each and {b} bananas at ${q} each. {He} pays with a ${w} bill. How much change does {he} get?
V: a=3..10:apples; p=0.25..1.50/0.05; b=3..12:bananas; q=0.20..0.80/0.05; w=20|50
S: c1 = a * p | m | cost of the apples
S: c2 = b * q | m | cost of the bananas
S: t = c1 + c2 | m | total cost
S: ch = w - t | m | change

# shop_school_supplies
P: {N} needs {a} notebooks at ${p} each, {b} pens at ${q} each and a backpack for ${k}. How much does {he} spend?
V: a=3..8:notebooks; p=1.25..4.75/0.25; b=4..12:pens; q=0.50..2.50/0.25; k=15..45
S: c1 = a * p | m | cost of the notebooks
S: c2 = b * q | m | cost of the pens
S: t = c1 + c2 + k | m | total spent

# shop_bulk_vs_single
P: A single can of soda costs ${s}. A {n}-pack costs ${p}. How much does {N} save by buying {k} packs instead of the same number of single cans?
V: s=0.75..1.50/0.25; n=6|12; k=2..5:packs; p=3..12
C: p < s*n
S: c = n * k | c cans | number of cans
S: a = c * s | m | cost of single cans
S: b = p * k | m | cost of the packs
S: v = a - b | m | savings

# shop_unit_price_meat
P: Ground beef costs ${p} per pound. {N} buys {a} pounds for tacos and {b} pounds for burgers. How much does {he} spend?
V: p=3.50..7.50/0.25:per pound; a=2..6:pounds; b=2..6:pounds
C: a != b
S: w = a + b | c pounds | total pounds
S: c = w * p | m | total cost

# shop_tickets_family
P: Movie tickets cost ${a} for adults and ${c} for children. A family of {x} adults and {y} children also buys {z} popcorns at ${p} each. How much do they spend?
V: a=10..16; c=6..9; x=1..2:adults; y=2..5:children; z=2..4:popcorns; p=4.50..7.50/0.50
S: t1 = a * x | m | adult tickets
S: t2 = c * y | m | children's tickets
S: t3 = z * p | m | popcorn
S: s = t1 + t2 + t3 | m | total spent

# shop_budget_left
P: {N} has ${b} to spend on a party. {He} buys {n} balloons at ${p} each and a cake for ${c}. How much money is left?
V: b=60..150/10; n=10..30:balloons; p=0.25..1.00/0.25; c=15..40
C: n*p + c < b
S: x = n * p | m | cost of the balloons
S: t = x + c | m | total spent
S: l = b - t | m | money left

# shop_how_many_afford
P: {N} has ${m} and wants to buy shirts that cost ${p} each. {He} first buys a hat for ${h}. How many shirts can {he} buy with the rest?
V: p=8..20; q=2..8; h=5..25; m=@p*q+h
S: r = m - h | m | money after the hat
S: n = r / p | c shirts | number of shirts

# shop_price_per_ounce
P: A {a}-ounce bottle of shampoo costs ${p} and a {b}-ounce bottle costs ${q}. How much cheaper per ounce is the bigger bottle, in cents?
V: a=8|10|12|16; b=20|24|32|40; x=0.25..0.60/0.05; y=0.15..0.50/0.05; p=$@a*x; q=$@b*y
C: y < x
S: u = p / a | m | price per ounce of the small bottle
S: v = q / b | m | price per ounce of the big bottle
S: d = u - v | m | difference per ounce
S: c = d * 100 | c cents | difference in cents

# shop_gift_bags
P: {N} makes {n} gift bags. Each bag has {c} candies costing ${p} each and a toy costing ${t}. What is the total cost?
V: n=8..25:bags; c=3..8:candies; p=0.10..0.50/0.05; t=0.75..2.50/0.25
S: k = c * p | m | candy cost per bag
S: b = k + t | m | cost per bag
S: s = b * n | m | total cost

# shop_grocery_weekly
P: Every week {N} buys {m} gallons of milk at ${p} each and {b} loaves of bread at ${q} each. How much does {he} spend on these in {w} weeks?
V: m=1..4:gallons; p=2.50..4.50/0.25; b=1..3:loaves; q=2.00..4.00/0.50; w=3..8:weeks
S: c1 = m * p | m | milk per week
S: c2 = b * q | m | bread per week
S: t = c1 + c2 | m | spending per week
S: s = t * w | m | spending over {w} weeks

# shop_pizza_order
P: A pizza costs ${p} and each extra topping costs ${t}. {N} orders {n} pizzas with {k} extra toppings each. How much does the order cost?
V: p=8..15; t=0.75..2.00/0.25; n=2..6:pizzas; k=1..3:toppings
S: e = t * k | m | cost of toppings per pizza
S: c = p + e | m | cost per pizza
S: s = c * n | m | total cost

# shop_fabric_yards
P: Fabric costs ${p} per yard. {N} needs {a} yards for curtains and {b} yards for pillows, and {he} buys {k} spools of thread at ${s} each. How much does {he} spend?
V: p=4.50..9.50/0.50; a=3..8:yards; b=1..4:yards; k=2..5:spools; s=1.25..3.00/0.25
S: y = a + b | c yards | total yards
S: f = y * p | m | fabric cost
S: th = k * s | m | thread cost
S: t = f + th | m | total spent

# shop_paint_cans
P: {N} needs to paint {a} square feet of wall. One can of paint covers {c} square feet and costs ${p}. How much will the paint cost?
V: c=100|200|250|350|400; q=2..8; a=@c*q; p=18..45
S: n = a / c | c cans | number of cans
S: t = n * p | m | cost of the paint

# shop_cost_per_person
P: {n} friends go camping. They spend ${f} on food, ${g} on gas and ${c} on the campsite. If they split the cost equally, how much does each person pay?
V: n=3..6; f=60..150; g=30..80; c=20..60
C: ((f+g+c)*100) % n == 0
S: t = f + g + c | m | total cost
S: e = t / n | m | each person's share

// ---------------------------------------------------------------- ages
# age_in_years_sum
P: {N} is {a} years old and {his} mother is {m} times as old. How old will {his} mother be in {k} years?
V: a=6..15:years; m=3|4; k=3..10:years
S: n = a * m | c years | mother's age now
S: f = n + k | c years | mother's age in {k} years

# age_ago_difference
P: {N} is {a} years old. {M} is {d} years older than {N}. What will the sum of their ages be in {k} years?
V: a=8..30:years; d=2..12:years; k=3..10:years
S: m = a + d | c years | {M}'s age now
S: s = a + m | c years | sum of their ages now
S: f = s + k + k | c years | sum of their ages in {k} years

# age_half_times
P: {N} is {a} years old. {His} sister is half {his} age, and {his} father is {f} times {his} sister's age. How old is {his} father?
V: q=4..12; a=@2*q:years; f=4..7
S: s = a / 2 | c years | sister's age
S: d = s * f | c years | father's age

# age_decade_ago
P: {N} is {a} years old. {M} is {r} times as old as {N} was {k} years ago. How old will {M} be in {f} years?
V: k=2..6:years; q=3..12; a=@q+k:years; r=2|3|4; f=2..9:years
S: p = a - k | c years | {N}'s age {k} years ago
S: m = p * r | c years | {M}'s age now
S: t = m + f | c years | {M}'s age in {f} years

# age_grandfather_ratio
P: A grandfather is {g} years old. His grandson is {s} years old. How many years ago was the grandfather exactly {m} times as old as the grandson?
V: s=10..20:years; m=5|6|7|8; k=2..8; g=@m*(s-k)+k:years
C: s - k >= 3
S: d = g - s | c years | age difference
S: e = m - 1 | c | number of extra multiples
S: a = d / e | c years | grandson's age then
S: y = s - a | c years | years ago

# age_twins_total
P: Twins are {t} years old and their older brother is {d} years older than them. What is the total of the three siblings' ages in {k} years?
V: t=5..14:years; d=2..8:years; k=2..10:years
S: b = t + d | c years | older brother's age
S: n = t + t + b | c years | total age now
S: f = n + k * 3 | c years | total age in {k} years

# age_teacher_students
P: {N} is {a} years old. In {k} years {he} will be twice as old as {M} will be then. How old is {M} now?
V: q=5..20; k=2..10:years; a=@2*(q+k)-k:years
S: f = a + k | c years | {N}'s age in {k} years
S: m = f / 2 | c years | {M}'s age then
S: n = m - k | c years | {M}'s age now

# age_average_family
P: A mother is {m} years old, a father is {f} years old and their {n} children are {c} years old in total. What is the average age in the family?
V: m=30..45:years; f=30..50:years; n=2|3; c=10..40:years
C: (m+f+c) % (n+2) == 0
S: t = m + f + c | c years | total age
S: p = n + 2 | c people | family size
S: a = t / p | c years | average age

// ---------------------------------------------------------------- time of day and elapsed time
# time_movie_marathon
P: {N} watches {n} episodes that are {e} minutes each, then a movie that is {h} hours {m} minutes long. How many minutes does {he} spend watching?
V: n=2..6:episodes; e=22|25|30|42|45:minutes; h=1|2:hours; m=5..55/5:minutes
S: a = n * e | c minutes | time spent on episodes
S: b = h * 60 + m | c minutes | length of the movie
S: t = a + b | c minutes | total watching time

# time_work_shift_week
P: {N} works from 9:00 AM to {h}:30 PM with a {b}-minute lunch break, {d} days a week. How many hours does {he} work in a week?
V: h=4|5|6; b=30|60:minutes; d=2|4|6:days
C: ((h+3)*60 + 30 - b) * d % 60 == 0
S: s = h + 3 | c hours | whole hours from 9:00 AM to {h}:00 PM
S: m = s * 60 + 30 - b | c minutes | working minutes per day
S: w = m * d | c minutes | working minutes per week
S: t = w / 60 | c hours | working hours per week

# time_bake_schedule
P: A cake needs {p} minutes to prepare, {b} minutes to bake and {c} minutes to cool. If {N} wants it ready {x} minutes before a 6:00 PM party, how many minutes before 6:00 PM should {he} start?
V: p=15..40/5:minutes; b=25..60/5:minutes; c=20..60/10:minutes; x=10|15|20|30:minutes
S: t = p + b + c | c minutes | total cake time
S: s = t + x | c minutes | minutes before 6:00 PM

# time_flight_layover
P: A trip has a flight of {a} hours {m} minutes, a layover of {l} minutes and a second flight of {b} hours {n} minutes. How many hours does the trip take?
V: a=1..4:hours; m=10..50/10:minutes; l=30..120/15:minutes; b=1..4:hours; n=5..55/5:minutes
C: (a*60+m+l+b*60+n) % 15 == 0
S: f1 = a * 60 + m | c minutes | first flight
S: f2 = b * 60 + n | c minutes | second flight
S: t = f1 + l + f2 | c minutes | total trip time in minutes
S: h = t / 60 | d hours | total trip time in hours

# time_laundry_loads
P: Each load of laundry takes {w} minutes to wash and {d} minutes to dry. {N} does {n} loads one after another, never overlapping. How many hours does it take?
V: w=30..60/5:minutes; d=40..70/5:minutes; n=2..4:loads
C: ((w+d)*n) % 15 == 0
S: l = w + d | c minutes | time per load
S: t = l * n | c minutes | total time in minutes
S: h = t / 60 | d hours | total time in hours

# time_commute_month
P: {N}'s commute is {m} minutes each way. {He} commutes {d} days a month. How many hours does {he} spend commuting each month?
V: m=15..45/5:minutes; d=18..22:days
C: (2*m*d) % 60 == 0
S: r = m * 2 | c minutes | round trip time
S: t = r * d | c minutes | monthly commute in minutes
S: h = t / 60 | c hours | monthly commute in hours

# time_reading_finish
P: {N} has {p} pages left in a book and reads {r} pages every {m} minutes. How many hours will it take {him} to finish?
V: r=2..6:pages; m=3|4|5|6|10:minutes; q=10..60; p=@r*q:pages
C: (q*m) % 15 == 0
S: c = p / r | c chunks | number of {m}-minute reading sessions
S: t = c * m | c minutes | total minutes
S: h = t / 60 | d hours | total hours

# time_race_difference
P: {N} ran a race in {a} minutes {s} seconds and {M} ran it in {b} minutes {u} seconds. How many seconds faster was the quicker runner?
V: a=20..30:minutes; s=5..55/5:seconds; b=31..40:minutes; u=5..55/5:seconds
S: x = a * 60 + s | c seconds | {N}'s time in seconds
S: y = b * 60 + u | c seconds | {M}'s time in seconds
S: d = y - x | c seconds | difference

# time_parking_fee
P: A parking garage charges ${f} for the first hour and ${r} for each extra half hour. {N} parks for {h} hours. How much does {he} pay?
V: f=3..8; r=1.25..3.00/0.25; h=2..6:hours
S: e = h - 1 | c hours | extra hours
S: k = e * 2 | c half hours | extra half hours
S: x = k * r | m | charge for the extra time
S: t = f + x | m | total fee

# time_elapsed_practice
P: Band practice started at 3:{a} PM and ended at 5:{b} PM. The band practices like this {d} times a week. How many minutes do they practice each week?
V: a=10|15|20|30; b=40|45|50|55; d=2..5
S: h = 5 - 3 | c hours | hours from 3:00 to 5:00
S: m = h * 60 + b - a | c minutes | practice length in minutes
S: w = m * d | c minutes | weekly practice

// ---------------------------------------------------------------- profit
# profit_lemonade
P: {N} sells {n} cups of lemonade at ${p} each. The lemons and sugar cost ${c}. What is {his} profit?
V: n=20..80:cups; p=0.50..2.00/0.25; c=5..20
C: n*p > c
S: r = n * p | m | revenue
S: g = r - c | m | profit

# profit_bakery_week
P: A bakery sells {n} loaves a day at ${p} each. Each loaf costs ${c} to make. What is the profit over {d} days?
V: n=30..120/5:loaves; p=3.00..6.00/0.25; c=1.00..2.50/0.25; d=5|6|7
S: m = p - c | m | profit per loaf
S: q = m * n | m | profit per day
S: t = q * d | m | profit over {d} days

# profit_craft_fair
P: {N} makes {n} bracelets. Materials cost ${c} per bracelet and the booth costs ${b}. {He} sells all the bracelets for ${p} each. What is {his} profit?
V: n=15..50:bracelets; c=1.50..4.00/0.50; b=20..60/5; p=6..15
S: r = n * p | m | revenue
S: m = n * c | m | materials cost
S: k = m + b | m | total cost
S: g = r - k | m | profit

# profit_resell_shoes
P: {N} buys {n} pairs of sneakers for ${c} each and sells them for ${s} each after paying a {f}% fee on each sale. What is {his} total profit?
V: n=3..10:pairs; c=40..90/5; s=100..180/10; f=5|10|15|20
S: x = pct(f) * s | m | fee per pair
S: k = s - x | m | money kept per pair
S: p = k - c | m | profit per pair
S: t = p * n | m | total profit

# profit_car_wash
P: A car wash charges ${p} per car. On Saturday it washed {a} cars and on Sunday {b} cars. Supplies cost ${s}. What was the profit for the weekend?
V: p=8..15; a=20..60:cars; b=20..60:cars; s=40..120/10
C: a != b
S: n = a + b | c cars | cars washed
S: r = n * p | m | revenue
S: g = r - s | m | profit

# profit_farm_eggs
P: {N} has {h} hens that each lay {e} eggs a week. {He} sells eggs at ${p} per dozen and spends ${f} a week on feed. What is {his} weekly profit?
V: h=6..24/6:hens; e=4..7:eggs; p=3..6; f=5..12
C: (h*e) % 12 == 0
S: t = h * e | c eggs | eggs per week
S: d = t / 12 | c dozen | dozens per week
S: r = d * p | m | weekly revenue
S: g = r - f | m | weekly profit

# profit_tutoring
P: {N} tutors {s} students for {h} hours each week and charges ${r} per hour. {He} pays ${a} a week for online ads. How much profit does {he} make in {w} weeks?
V: s=2..6:students; h=1..3:hours; r=15..40/5; a=10..30/5; w=2..6:weeks
S: t = s * h | c hours | tutoring hours per week
S: i = t * r | m | weekly income
S: p = i - a | m | weekly profit
S: g = p * w | m | profit over {w} weeks

# profit_tshirt_batch
P: A club orders {n} T-shirts for ${c} each plus a ${f} setup fee, then sells all of them for ${p} each. What is the club's profit?
V: n=20..100/10:shirts; c=5..12; f=20..80/10; p=12..25
C: p > c + 2
S: k = n * c | m | cost of the shirts
S: t = k + f | m | total cost
S: r = n * p | m | revenue
S: g = r - t | m | profit

# profit_break_even
P: A food truck has fixed costs of ${f} per day. Each meal costs ${c} to make and sells for ${p}. How many meals must it sell to break even?
V: c=2..6; e=3..8; p=@c+e; q=20..80; f=@q*e
S: m = p - c | m | profit per meal
S: n = f / m | c meals | meals to break even

# profit_garage_sale
P: At a garage sale, {N} sold {a} books at ${p} each, {b} toys at ${q} each and a bike for ${k}. {He} spent ${s} on signs. How much money did {he} make?
V: a=5..20:books; p=0.50..2.00/0.25; b=3..10:toys; q=1..5; k=15..50/5; s=3..10
S: x = a * p | m | money from books
S: y = b * q | m | money from toys
S: t = x + y + k | m | total sales
S: g = t - s | m | money made

// ---------------------------------------------------------------- comparisons
# cmp_savings_more
P: {N} saves ${a} a week and {M} saves ${b} a week. After {w} weeks, how much more has {N} saved than {M}?
V: a=15..40; b=5..25; w=4..12:weeks
C: a > b
S: x = a * w | m | {N}'s savings
S: y = b * w | m | {M}'s savings
S: d = x - y | m | difference

# cmp_reading_more
P: {N} reads {a} pages a day and {M} reads {b} pages a day. How many more pages does {N} read in {w} weeks?
V: a=20..60:pages; b=10..40:pages; w=2..4:weeks
C: a > b
S: d = w * 7 | c days | number of days
S: x = a * d | c pages | pages {N} reads
S: y = b * d | c pages | pages {M} reads
S: m = x - y | c pages | difference

# cmp_phone_plans
P: Plan A costs ${a} a month plus ${x} per gigabyte. Plan B costs ${b} a month with unlimited data. {N} uses {g} gigabytes a month. How much does {he} save per year with the cheaper plan?
V: a=10..25; x=2..6:per gigabyte; b=30..60; g=3..10:gigabytes
C: a + x*g != b
S: c = x * g | m | data charge on Plan A
S: p = a + c | m | monthly cost of Plan A
S: d = p - b | m | monthly difference
S: y = d * 12 | m | yearly difference
C: a + x*g > b

# cmp_heights_cm
P: {N} is {a} meters tall and {M} is {b} cm tall. How many centimeters taller is {N}?
V: a=1.50..1.90/0.01; b=120..160:cm
S: c = a * 100 | c cm | {N}'s height in centimeters
S: d = c - b | c cm | difference in height

# cmp_cheaper_store
P: Store A sells {n} notebooks for ${a}. Store B sells single notebooks for ${b} each. How much cheaper is it to buy {k} notebooks at Store A?
V: n=3|4|5; u=1.00..2.50/0.25; a=$@n*u; b=1.50..3.50/0.25; q=2..6; k=@n*q
C: b > u
S: s = k / n | c packs | packs needed at Store A
S: x = s * a | m | cost at Store A
S: y = k * b | m | cost at Store B
S: d = y - x | m | savings

# cmp_trees_planted
P: On Monday a group planted {a} trees. On Tuesday they planted {r} times as many, and on Wednesday {l} fewer than on Tuesday. How many more trees did they plant on Wednesday than on Monday?
V: a=10..40:trees; r=2|3|4; l=3..9:trees
S: t = a * r | c trees | trees planted on Tuesday
S: w = t - l | c trees | trees planted on Wednesday
S: d = w - a | c trees | difference

# cmp_rainfall
P: In April it rained {a} inches and in May it rained {b} inches. June had twice as much rain as May. How many more inches fell in June than in April?
V: a=1.2..3.8/0.1:inches; b=2.1..4.6/0.1:inches
S: j = b * 2 | d inches | June rainfall
S: d = j - a | d inches | difference

# cmp_calories
P: A burger has {b} calories and a salad has {s} calories. {N} eats {x} burgers a week while {M} eats {y} salads. How many more calories does {N} get from these meals?
V: b=450..800/10; s=150..350/10; x=2..4; y=3..7
C: b*x > s*y
S: p = b * x | c calories | {N}'s calories
S: q = s * y | c calories | {M}'s calories
S: d = p - q | c calories | difference

// ---------------------------------------------------------------- repeated weekly / monthly
# rep_allowance_year
P: {N} gets ${a} allowance every week and spends ${s} of it each week. How much does {he} save in {m} months if each month has 4 weeks?
V: a=10..30; s=3..15; m=3..12:months
C: s < a
S: k = a - s | m | weekly savings
S: w = m * 4 | c weeks | number of weeks
S: t = k * w | m | total savings

# rep_gym_membership
P: A gym charges a ${j} joining fee and ${f} per month. How much does {N} pay for the first {m} months?
V: j=25..100/5; f=19..49; m=6..12:months
S: p = f * m | m | monthly fees
S: t = p + j | m | total paid

# rep_subscription_cancel
P: {N} pays ${a} a month for music and ${b} a month for video streaming. {He} cancels the video service after {k} months but keeps the music for all {m} months. How much does {he} pay in total?
V: a=5.99|9.99|10.99; b=8.99|12.99|15.49; k=2..5:months; m=6..12:months
S: x = a * m | m | music cost
S: y = b * k | m | video cost
S: t = x + y | m | total paid

# rep_water_bottles
P: {N} drinks {b} bottles of water a day. Bottles come in cases of {c}. How many cases does {he} need for {w} weeks?
V: b=2|3|4|6; c=12|24; w=2..8:weeks
C: (b*7*w) % c == 0
S: d = w * 7 | c days | number of days
S: n = b * d | c bottles | bottles needed
S: k = n / c | c cases | number of cases

# rep_rent_increase
P: {N}'s rent is ${r} per month. After {k} months it goes up by ${u} per month. How much rent does {he} pay in a full year?
V: r=800..1500/50; k=3..9:months; u=25..100/25
S: a = r * k | m | rent before the increase
S: n = r + u | m | new monthly rent
S: m = 12 - k | c months | months at the new rent
S: b = n * m | m | rent after the increase
S: t = a + b | m | yearly rent

# rep_chores_weekly
P: {N} earns ${a} for each chore. {He} does {c} chores on weekdays and {e} chores on each weekend day. How much does {he} earn in {w} weeks?
V: a=1.50..4.00/0.50; c=1..3; e=2..4; w=2..6:weeks
S: d = c * 5 | c chores | weekday chores per week
S: f = e * 2 | c chores | weekend chores per week
S: t = d + f | c chores | chores per week
S: p = t * a | m | pay per week
S: s = p * w | m | pay over {w} weeks

# rep_coffee_habit
P: {N} buys a ${p} coffee {d} days a week. How much does {he} spend on coffee in {m} weeks?
V: p=2.25..5.75/0.25; d=3..7:days; m=4..12:weeks
S: w = p * d | m | weekly coffee cost
S: t = w * m | m | cost over {m} weeks

# rep_electric_bill
P: {N}'s electricity costs ${k} per kilowatt-hour. {He} uses {u} kilowatt-hours each month. What is the bill for {m} months, including a ${f} monthly service fee?
V: k=0.10..0.25/0.01:per kilowatt-hour; u=300..900/50:kilowatt-hours; m=2..6:months; f=5..15
S: e = k * u | m | energy charge per month
S: b = e + f | m | monthly bill
S: t = b * m | m | total bill

# rep_plant_growth
P: A plant is {h} cm tall and grows {g} cm every week. How tall will it be in meters after {w} weeks?
V: h=10..60:cm; g=2..8:cm per week; w=4..20:weeks
S: x = g * w | c cm | growth
S: t = h + x | c cm | height in centimeters
S: m = t / 100 | d meters | height in meters

# rep_loan_payments
P: {N} borrows ${b} and pays back ${p} per month. After {m} months, how much does {he} still owe?
V: p=50..250/25; m=4..12:months; e=2..10; b=@p*(m+e)
S: t = p * m | m | amount repaid
S: o = b - t | m | amount still owed

// ---------------------------------------------------------------- two-part totals
# two_part_fundraiser
P: A school fundraiser sold {a} tickets at ${p} each on Friday and {b} tickets at ${q} each on Saturday. How much money did it raise?
V: a=50..200:tickets; p=3..8; b=50..200:tickets; q=4..10
C: p != q
S: x = a * p | m | Friday sales
S: y = b * q | m | Saturday sales
S: t = x + y | m | total raised

# two_part_trip_fuel
P: A car uses 1 gallon of gas every {m} miles. {N} drives {a} miles on Monday and {b} miles on Tuesday. Gas costs ${p} per gallon. How much does the gas cost?
V: m=20|25|30; q=2..8; r=2..8; a=@m*q:miles; b=@m*r:miles; p=3.00..4.50/0.10
C: q != r
S: d = a + b | c miles | total miles
S: g = d / m | c gallons | gallons used
S: c = g * p | m | gas cost

# two_part_library
P: A library had {a} books. It received {d} boxes of {b} books each and gave away {g} books. How many books does it have now?
V: a=500..3000/50:books; d=3..12:boxes; b=12|20|24|30:books; g=40..200/10:books
S: r = d * b | c books | books received
S: s = a + r | c books | books after the delivery
S: n = s - g | c books | books now

# two_part_orchard
P: An orchard has {a} rows of {p} apple trees and {b} rows of {q} pear trees. Each tree gives {k} kg of fruit. How many kilograms of fruit does the orchard produce?
V: a=4..12:rows; p=8..20:trees; b=3..10:rows; q=6..15:trees; k=20..60/5
S: x = a * p | c trees | apple trees
S: y = b * q | c trees | pear trees
S: t = x + y | c trees | total trees
S: f = t * k | c kg | fruit produced

# two_part_concert_seats
P: A concert hall has {a} seats on the floor and {b} rows of {c} seats in the balcony. If {r}% of the seats are sold, how many tickets were sold?
V: a=200..800/20:seats; b=10..30:rows; c=20|25|30:seats; r=50|60|75|80|90
S: x = b * c | c seats | balcony seats
S: t = a + x | c seats | total seats
S: s = pct(r) * t | c tickets | tickets sold

# two_part_stamps
P: {N} has {a} stamps. {M} has {r} times as many plus {e} more. How many stamps do they have together?
V: a=20..90:stamps; r=2|3|4; e=3..15:stamps
S: x = a * r | c stamps | base amount for {M}
S: y = x + e | c stamps | {M}'s stamps
S: t = a + y | c stamps | stamps together
"""
