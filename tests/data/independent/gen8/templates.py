"""Problem templates.

spec: space-separated name=SPEC, drawn in order.
  iLO:HI[/STEP]  integer            cLO:HI[/STEP]  money, cents (default step 0.01)
  qLO:HI         money in quarters  mLO:HI[/STEP]  money, whole dollars
  dLO:HI[/STEP]  decimal (kind d)   pLO:HI[/STEP]  percent (value k/100)
  f[a/b,c/d]     fraction           @KIND:EXPR     derived from earlier params
steps: (key, label, expr[, kind]); expr uses one precedence class of + - * /.
"""
TEMPLATES = []


def T(tid, cat, spec, text, steps, cond=None):
    st = [tuple(s) + (None,) * (4 - len(s)) for s in steps]
    TEMPLATES.append(dict(id=tid, cat=cat, spec=spec, text=text, steps=st, cond=cond))


# ------------------------------------------------------------------ money
T("notebooks-pens", "money", "n=i3:9 p=c1:6/0.05 m=i2:8 q=c0.5:3/0.05",
  "{name} buys {n} notebooks at {p} each and {m} pens at {q} each. How much does {he} spend in total?",
  [("notebooks", "cost of the notebooks", "n*p"), ("pens", "cost of the pens", "m*q"),
   ("total", "total cost", "notebooks+pens")])
T("sandwich-change", "money", "n=i2:6 p=c3:9/0.05 b=m20:100/10",
  "{name} buys {n} sandwiches at {p} each and pays with a {b} bill. How much change does {he} get?",
  [("cost", "cost of the sandwiches", "n*p"), ("change", "change", "b-cost")],
  lambda v: v["n"] * v["p"] < v["b"])
T("school-supplies", "money", "a=i2:6 p=c1:4/0.05 b=i3:10 q=c0.2:1.5/0.05 c=i2:5 r=c0.5:2.5/0.05",
  "For school, {name} buys {a} folders at {p} each, {b} pencils at {q} each and {c} erasers at {r} each. What is the total cost?",
  [("folders", "cost of the folders", "a*p"), ("pencils", "cost of the pencils", "b*q"),
   ("erasers", "cost of the erasers", "c*r"), ("total", "total cost", "folders+pencils+erasers")])
T("budget-left", "money", "b=m80:300/10 a=c20:90 c=c15:70",
  "{name} has {b}. {He} spends {a} on a jacket and {c} on shoes. How much money does {he} have left?",
  [("spent", "amount spent", "a+c"), ("left", "money left", "b-spent")], lambda v: v["a"] + v["c"] < v["b"])
T("bulk-muffins", "money", "p=c1:3/0.05 n=i6:12 bx=c5:30/0.25",
  "A single muffin costs {p}. A box of {n} muffins costs {bx}. How much does {name} save by buying the box instead of {n} single muffins?",
  [("single", "cost of the single muffins", "n*p"), ("save", "savings", "single-bx")],
  lambda v: v["bx"] < v["n"] * v["p"] - 1)
T("allowance-game", "money", "a=c5:20/0.5 w=i4:12 s=c15:60",
  "{name} gets {a} a week in allowance and saves all of it for {w} weeks. Then {he} spends {s} on a video game. How much money is left?",
  [("saved", "amount saved", "a*w"), ("left", "money left", "saved-s")], lambda v: v["a"] * v["w"] > v["s"])
T("battery-unit-price", "money", "n=i4:12 u=c0.25:2/0.05 c=@$:n*u m=i10:40",
  "A pack of {n} batteries costs {c}. At the same price per battery, how much would {m} batteries cost?",
  [("unit", "price per battery", "c/n"), ("cost", "cost of the batteries", "unit*m")])
T("coin-jar", "money", "q=i5:40 d=i5:40 k=i5:40",
  "{name}'s coin jar has {q} quarters, {d} dimes and {k} nickels. How much money is in the jar?",
  [("quarters", "value of the quarters", "q*0.25", "$"), ("dimes", "value of the dimes", "d*0.10", "$"),
   ("nickels", "value of the nickels", "k*0.05", "$"), ("total", "total value", "quarters+dimes+nickels")])
T("split-dinner-parking", "money", "n=i3:8 e=c12:40/0.25 b=@$:n*e x=c2:6/0.5",
  "Dinner for {n} friends costs {b}. They split the bill equally, and each friend also pays {x} for parking. How much does each friend pay in total?",
  [("share", "share of the bill per friend", "b/n"), ("each", "amount each friend pays", "share+x")])
T("apples-per-pound", "money", "p=c1:4/0.1 w=d1:6/0.5 c=c2:8/0.25",
  "Apples cost {p} per pound. {name} buys {w} pounds of apples and a bag of nuts for {c}. How much does {he} pay altogether?",
  [("apples", "cost of the apples", "w*p"), ("total", "total cost", "apples+c")])
T("shirts-return", "money", "n=i4:9 k=i1:3 p=c8:25/0.25",
  "{name} buys {n} shirts at {p} each, then returns {k} of them for a full refund. How much did {he} spend on the shirts {he} kept?",
  [("kept", "number of shirts kept", "n-k"), ("cost", "cost of the kept shirts", "kept*p")], lambda v: v["k"] < v["n"])
T("family-tickets", "money", "a=c8:20/0.25 c=c4:12/0.25 x=i2:4 y=i2:6",
  "Adult tickets to a museum cost {a} and child tickets cost {c}. A family buys {x} adult tickets and {y} child tickets. What is the total cost?",
  [("adults", "cost of the adult tickets", "x*a"), ("kids", "cost of the child tickets", "y*c"),
   ("total", "total cost", "adults+kids")])
T("lemonade-profit", "money", "n=i20:80 p=c0.5:2/0.25 s=c8:30/0.5",
  "A lemonade stand sells {n} cups of lemonade at {p} each. The supplies cost {s}. What is the profit?",
  [("sales", "money from sales", "n*p"), ("profit", "profit", "sales-s")], lambda v: v["n"] * v["p"] > v["s"])
T("savings-goal-weeks", "money", "s=m10:80/5 w=m5:25 k=i3:12 g=@$:s+w*k",
  "{name} wants to buy a bike that costs {g}. {He} has already saved {s} and saves {w} each week. How many weeks will it take to have enough?",
  [("need", "amount still needed", "g-s"), ("weeks", "number of weeks", "need/w", "n")])
T("phone-plan-overage", "money", "b=c20:50/0.5 f=i2:10 u=i11:30 c=c2:10/0.5",
  "A phone plan costs {b} per month and includes {f} GB of data. Each extra GB costs {c}. Last month {name} used {u} GB. What was the bill?",
  [("over", "number of extra GB", "u-f"), ("extra", "charge for the extra data", "over*c"), ("bill", "total bill", "b+extra")])
T("taxi-fare-tip", "money", "b=c2:5/0.25 c=c1:3/0.05 m=i3:20 t=c2:6/0.5",
  "A taxi charges {b} to start plus {c} per mile. {name} rides {m} miles and gives the driver a {t} tip. How much does {he} pay in total?",
  [("dist", "charge for the distance", "m*c"), ("fare", "fare", "b+dist"), ("total", "total paid", "fare+t")])
T("gym-compare", "money", "a=c20:40/0.5 f=m30:100/5 b=c30:55/0.5 n=i3:12",
  "Gym A charges {a} per month plus a one-time {f} joining fee. Gym B charges {b} per month with no fee. For {n} months, how much cheaper is Gym A than Gym B?",
  [("amonths", "Gym A monthly charges", "a*n"), ("atotal", "Gym A total", "amonths+f"),
   ("btotal", "Gym B total", "b*n"), ("diff", "difference", "btotal-atotal")],
  lambda v: v["b"] * v["n"] > v["a"] * v["n"] + v["f"])
T("rent-utilities-split", "money", "n=i2:5 e=c200:600/0.5 g=c20:80/0.5 r=@$:n*e-n*g u=@$:n*g",
  "There are {n} roommates sharing an apartment. The rent is {r} per month and utilities are {u}. They split everything equally. How much does each roommate pay per month?",
  [("total", "total monthly cost", "r+u"), ("each", "amount per roommate", "total/n")])
T("parking-hours", "money", "a=c2:6/0.25 b=c1:4/0.25 h=i2:9",
  "A parking garage charges {a} for the first hour and {b} for each additional hour. {name} parks for {h} hours. How much does {he} pay?",
  [("extra", "number of additional hours", "h-1"), ("addl", "charge for the additional hours", "extra*b"),
   ("total", "total charge", "a+addl")])
T("heater-electricity", "money", "k=d1:3/0.5 h=i2:8 d=i5:30 p=c0.1:0.3/0.02",
  "A space heater uses {k} kWh of electricity per hour. It runs {h} hours a day for {d} days. Electricity costs {p} per kWh. What does it cost to run the heater?",
  [("day", "energy used per day in kWh", "k*h", "d"), ("kwh", "total energy in kWh", "day*d", "d"),
   ("cost", "cost of the electricity", "kwh*p", "$")])
T("mail-change", "money", "n=i3:10 a=c0.5:1/0.01 m=i1:4 b=c3:12/0.05 c=m20:50/10",
  "{name} mails {n} letters at {a} each and {m} packages at {b} each, paying with a {c} bill. How much change does {he} get?",
  [("letters", "cost of the letters", "n*a"), ("packages", "cost of the packages", "m*b"),
   ("total", "total postage", "letters+packages"), ("change", "change", "c-total")],
  lambda v: v["n"] * v["a"] + v["m"] * v["b"] < v["c"])
T("fundraiser-profit", "money", "n=i30:120 p=c1:3/0.5 m=i10:40 q=c8:15/0.5 c=c50:200/0.5",
  "A class sells {n} raffle tickets at {p} each and {m} T-shirts at {q} each. Their costs were {c}. What is their profit?",
  [("tix", "money from raffle tickets", "n*p"), ("shirts", "money from T-shirts", "m*q"),
   ("income", "total income", "tix+shirts"), ("profit", "profit", "income-c")],
  lambda v: v["n"] * v["p"] + v["m"] * v["q"] > v["c"])
T("car-rental", "money", "d=c25:60/0.5 c=c0.1:0.4/0.05 n=i2:7 m=i80:500/10",
  "A car rental costs {d} per day plus {c} per mile. {name} rents a car for {n} days and drives {m} miles. What is the total cost?",
  [("days", "daily charges", "d*n"), ("miles", "mileage charge", "m*c"), ("total", "total cost", "days+miles")])
T("chores-spend", "money", "a=c2:6/0.25 n=i3:8 w=i3:8 s=c10:40/0.5",
  "{name} earns {a} for each chore. {He} does {n} chores a week for {w} weeks and then spends {s} on a book. How much money does {he} have left?",
  [("weekly", "weekly earnings", "a*n"), ("earned", "total earnings", "weekly*w"), ("left", "money left", "earned-s")],
  lambda v: v["a"] * v["n"] * v["w"] > v["s"])
T("bake-sale-bags", "money", "b=i2:6 c=i12:36 k=i3:6 p=c1:4/0.25",
  "{name} bakes {b} batches of {c} cookies and sells them in bags of {k} cookies for {p} per bag. If every bag is sold, how much money does {he} make?",
  [("cookies", "number of cookies", "b*c"), ("bags", "number of bags", "cookies/k"), ("rev", "money made", "bags*p")])

# ------------------------------------------------------------------ rates
T("car-two-legs", "rate", "v=i30:70/5 h=d1.5:4/0.5 w=i40:75/5 k=d1.5:3/0.5",
  "A car travels at {v} miles per hour for {h} hours and then at {w} miles per hour for {k} hours. How many miles does it travel in total?",
  [("leg1", "distance of the first part", "v*h", "d"), ("leg2", "distance of the second part", "w*k", "d"),
   ("total", "total distance", "leg1+leg2", "d")])
T("cyclist-hours", "rate", "v=i10:25 a=i1:4 b=i1:3 d=@n:v*a e=@n:v*b",
  "A cyclist rides {d} km in the morning and {e} km in the afternoon at a steady {v} km per hour. How many hours does the cyclist ride in total?",
  [("dist", "total distance", "d+e"), ("hrs", "riding time in hours", "dist/v")])
T("book-days-left", "rate", "p=i10:40/5 r=i20:120/10 k=i3:15 t=@n:r+p*k",
  "A book has {t} pages. {name} has already read {r} pages and reads {p} pages a day. How many more days will it take {him} to finish the book?",
  [("left", "pages left", "t-r"), ("days", "number of days", "left/p")])
T("typing-words", "rate", "w=i30:80/5 h=i2:5",
  "{name} types {w} words per minute. How many words can {he} type in {h} hours without stopping?",
  [("mins", "number of minutes", "h*60"), ("words", "number of words", "mins*w")])
T("faucet-drip", "rate", "m=i5:40/5 h=i2:24",
  "A leaky faucet drips {m} mL of water per minute. How many liters of water drip out in {h} hours?",
  [("mins", "number of minutes", "h*60"), ("ml", "water in mL", "mins*m"), ("liters", "water in liters", "ml/1000", "d")])
T("gas-trip-cost", "rate", "m=i20:40 k=i2:12 d=@n:m*k p=c2.5:4.5/0.1",
  "{name}'s car gets {m} miles per gallon. Gas costs {p} per gallon. How much will the gas cost for a {d}-mile trip?",
  [("gal", "gallons needed", "d/m"), ("cost", "cost of the gas", "gal*p")])
T("heartbeats", "rate", "b=i60:90 h=i2:8",
  "A resting heart beats {b} times per minute. How many times does it beat in {h} hours?",
  [("mins", "number of minutes", "h*60"), ("beats", "number of beats", "mins*b")])
T("machine-bottles", "rate", "r=i40:300/10 h=i6:12 d=i5:30",
  "A machine fills {r} bottles per hour. It runs {h} hours a day for {d} days. How many bottles does it fill?",
  [("day", "bottles per day", "r*h"), ("total", "total bottles", "day*d")])
T("overtime-pay", "rate", "w=c12:24/0.5 o=@$:w*F(3,2) h=i41:55",
  "{name} earns {w} per hour for the first 40 hours each week and {o} per hour for every hour over 40. Last week {he} worked {h} hours. How much did {he} earn?",
  [("ot", "overtime hours", "h-40"), ("reg", "pay for the first 40 hours", "40*w"),
   ("otpay", "overtime pay", "ot*o"), ("total", "total pay", "reg+otpay")])
T("shift-tips", "rate", "w=c9:18/0.25 h=i3:8 t=c10:50/0.5 n=i2:6",
  "{name} earns {w} an hour and about {t} in tips each shift. How much does {he} earn in {n} shifts of {h} hours each?",
  [("wage", "wages for one shift", "h*w"), ("shift", "earnings for one shift", "wage+t"), ("total", "total earnings", "shift*n")])
T("pool-fill-minutes", "rate", "r=i8:30 a=i100:800/50 k=i20:90 c=@n:a+r*k",
  "A pool holds {c} gallons and already has {a} gallons in it. A hose adds {r} gallons per minute. How many minutes will it take to fill the pool?",
  [("need", "gallons still needed", "c-a"), ("mins", "number of minutes", "need/r")])
T("printer-copies", "rate", "r=i10:40/5 n=i5:30 p=i4:20",
  "A printer prints {r} pages per minute. How many minutes does it take to print {n} copies of a {p}-page report?",
  [("pages", "number of pages", "n*p"), ("mins", "printing time in minutes", "pages/r", "d")])
T("steps-week", "rate", "s=i80:120 m=i20:60/5",
  "{name} walks at {s} steps per minute for {m} minutes every day. How many steps does {he} walk in a week?",
  [("day", "steps per day", "s*m"), ("week", "steps per week", "day*7")])
T("trains-meet", "rate", "a=i40:80/5 b=i30:70/5 k=d1:4/0.5 d=@n:(a+b)*k",
  "Two trains start {d} miles apart and travel toward each other, one at {a} miles per hour and the other at {b} miles per hour. How many hours until they meet?",
  [("close", "closing speed", "a+b"), ("hrs", "time until they meet", "d/close", "d")])
T("pool-laps-km", "rate", "l=i25:50/25 n=i20:80/2 d=i3:6",
  "A pool is {l} meters long. {name} swims {n} lengths a day, {d} days a week. How many kilometers does {he} swim per week?",
  [("day", "meters per day", "l*n"), ("week", "meters per week", "day*d"), ("km", "kilometers per week", "week/1000", "d")])
T("bakery-loaves", "rate", "r=i10:40 h=i4:10 p=c2:6/0.25",
  "A bakery makes {r} loaves of bread per hour for {h} hours and sells every loaf for {p}. How much money does it take in?",
  [("loaves", "number of loaves", "r*h"), ("rev", "money taken in", "loaves*p")])
T("mowing-weeks", "rate", "l=i2:6 p=c15:40/5 k=i3:10 t=@$:l*p*k",
  "{name} mows {l} lawns each week and charges {p} per lawn. How many weeks will it take {him} to earn {t}?",
  [("week", "earnings per week", "l*p"), ("weeks", "number of weeks", "t/week", "n")])

# ------------------------------------------------------------------ time
T("movie-span", "time", "h1=i1:4 m1=i10:55/5 d=i1:3 h2=@n:h1+d m2=i10:55/5",
  "A movie starts at {h1}:{m1} p.m. and ends at {h2}:{m2} p.m. the same day. How many minutes long is the movie?",
  [("sh", "start hour in minutes after noon", "h1*60"), ("st", "start time in minutes after noon", "sh+m1"),
   ("eh", "end hour in minutes after noon", "h2*60"), ("en", "end time in minutes after noon", "eh+m2"),
   ("dur", "length of the movie in minutes", "en-st")])
T("piano-hours", "time", "m=i15:90/15 d=i3:7",
  "{name} practices piano for {m} minutes a day, {d} days a week. How many hours does {he} practice each week?",
  [("mins", "minutes per week", "m*d"), ("hrs", "hours per week", "mins/60", "d")])
T("homework-hours", "time", "a=i15:60/5 b=i15:60/5 c=i10:45/5",
  "{name} spends {a} minutes on math, {b} minutes on reading and {c} minutes on science homework. How many hours is that?",
  [("mins", "total minutes", "a+b+c"), ("hrs", "total hours", "mins/60", "d")])
T("project-weeks", "time", "d=i2:8 w=i2:10 h=@n:d*5*w",
  "A project needs {h} hours of work. {name} works on it {d} hours a day, 5 days a week. How many weeks will the project take?",
  [("days", "number of work days", "h/d"), ("weeks", "number of weeks", "days/5")])
T("laps-minutes", "time", "n=i4:20 s=i45:120/5",
  "A runner completes {n} laps, and each lap takes {s} seconds. How many minutes does the run take?",
  [("secs", "total seconds", "n*s"), ("mins", "total minutes", "secs/60", "d")])
T("sleep-week", "time", "a=d6:9/0.5 b=d7:11/0.5",
  "{name} sleeps {a} hours on each of the 5 school nights and {b} hours on each of the 2 weekend nights. How many hours does {he} sleep in a week?",
  [("wk", "hours on school nights", "a*5", "d"), ("we", "hours on weekend nights", "b*2", "d"), ("total", "hours per week", "wk+we", "d")])
T("commute-hours", "time", "m=i15:50/5 d=i3:6",
  "{name}'s commute takes {m} minutes each way, and {he} works {d} days a week. How many hours does {he} spend commuting each week?",
  [("day", "commuting minutes per day", "m*2"), ("week", "commuting minutes per week", "day*d"),
   ("hrs", "commuting hours per week", "week/60", "d")])
T("video-seconds", "time", "m=i2:9 s=i5:55/5 n=i2:8",
  "A video is {m} minutes {s} seconds long. {name} watches it {n} times. How many seconds does {he} spend watching?",
  [("ms", "seconds in the whole minutes", "m*60"), ("len", "length in seconds", "ms+s"), ("total", "total seconds", "len*n")])
T("nurse-shifts", "time", "n=i3:5 h=i8:12 w=i2:6 o=i2:6",
  "A nurse works {n} shifts of {h} hours each week for {w} weeks, plus {o} hours of training. How many hours is that in total?",
  [("week", "hours per week", "n*h"), ("shifts", "hours of shifts", "week*w"), ("total", "total hours", "shifts+o")])
T("trip-hours", "time", "w=i2:4 d=i1:6",
  "A trip lasts {w} weeks and {d} days. How many hours long is the trip?",
  [("wd", "days in the whole weeks", "w*7"), ("days", "total days", "wd+d"), ("hrs", "total hours", "days*24")])
T("bus-timetable", "time", "f=i10:30/5 n=i4:12 h=i6:8",
  "The first bus leaves at {h}:00 a.m. and a bus leaves every {f} minutes after that. How many minutes after {h}:00 a.m. does bus number {n} leave, and how many hours is that?",
  [("gaps", "number of gaps between buses", "n-1"), ("mins", "minutes after the first bus", "gaps*f"),
   ("hrs", "hours after the first bus", "mins/60", "d")])
T("oven-batches", "time", "m=i12:25 n=i3:8 c=i5:10",
  "Each batch of bread bakes for {m} minutes, and it takes {c} minutes to clean the oven between batches. How many minutes does it take to bake {n} batches?",
  [("bake", "baking minutes", "m*n"), ("gaps", "number of cleanings", "n-1"), ("clean", "cleaning minutes", "gaps*c"),
   ("total", "total minutes", "bake+clean")])

# ------------------------------------------------------------------ fractions
T("class-bus", "fraction", "n=i20:40 f=f1/2,1/4,3/4,1/5,2/5,3/5",
  "There are {n} students in a class. {f} of them walk to school and the rest ride the bus. How many ride the bus?",
  [("walk", "number who walk", "f*n"), ("bus", "number who ride the bus", "n-walk")])
T("spent-fraction", "fraction", "m=m40:200/10 f=f1/2,1/4,3/4,1/5,2/5,3/10 s=c3:15/0.25",
  "{name} had {m}. {He} spent {f} of it on a gift and then {s} on lunch. How much money does {he} have left?",
  [("gift", "cost of the gift", "f*m"), ("after", "money after the gift", "m-gift"), ("left", "money left", "after-s")],
  lambda v: v["m"] * (1 - v["f"]) > v["s"])
T("pizza-slices", "fraction", "n=i8:16/4 f=f1/4,1/2,3/8,1/8 k=i1:3",
  "A pizza is cut into {n} slices. {name} eats {f} of the pizza and {name2} eats {k} slices. How many slices are left?",
  [("a", "slices {name} eats", "f*n"), ("ate", "slices eaten", "a+k"), ("left", "slices left", "n-ate")],
  lambda v: v["f"] * v["n"] + v["k"] < v["n"])
T("apples-two-days", "fraction", "n=i60:240/12 f=f1/3,1/4,1/2,1/6 g=f1/2,1/3,1/4,2/3",
  "A farmer has {n} apples. He sells {f} of them on Monday and {g} of the remaining apples on Tuesday. How many apples are left?",
  [("mon", "apples sold on Monday", "f*n"), ("rem", "apples remaining after Monday", "n-mon"),
   ("tue", "apples sold on Tuesday", "g*rem"), ("left", "apples left", "rem-tue")])
T("sugar-batches", "fraction", "f=f1/2,1/4,3/4,3/8,5/8 n=i2:8 x=d0.5:2/0.25",
  "A cookie recipe needs {f} cup of sugar per batch. {name} makes {n} batches and then uses {x} more cups of sugar for frosting. How many cups of sugar does {he} use?",
  [("sugar", "sugar for the cookies in cups", "f*n", "d"), ("total", "total sugar in cups", "sugar+x", "d")])
T("tank-fill", "fraction", "c=i40:200/20 f=f1/4,2/5,3/5,3/4,1/2 p=c0.5:2/0.1",
  "A water tank holds {c} liters and is {f} full. Water costs {p} per liter. How much will it cost to fill the tank the rest of the way?",
  [("now", "water in the tank in liters", "f*c"), ("need", "liters needed", "c-now"), ("cost", "cost to fill it", "need*p")])
T("book-weekend", "fraction", "p=i120:480/24 f=f1/4,1/3,1/6,1/8 g=f1/4,1/3,1/6,3/8",
  "A book has {p} pages. {name} reads {f} of the book on Saturday and {g} of the book on Sunday. How many pages are left to read?",
  [("sat", "pages read on Saturday", "f*p"), ("sun", "pages read on Sunday", "g*p"), ("read", "pages read", "sat+sun"),
   ("left", "pages left", "p-read")], lambda v: v["f"] + v["g"] < 1)
T("prize-share", "fraction", "m=m60:600/60 f=f1/2,1/3,2/3,1/4,3/4 g=f1/2,1/3,1/4,1/5",
  "{name} wins {f} of a {m} prize and gives {g} of {his} winnings to {name2}. How much money does {name} keep?",
  [("won", "{name}'s winnings", "f*m"), ("gave", "amount given to {name2}", "g*won"), ("kept", "amount kept", "won-gave")])
T("garden-unplanted", "fraction", "a=i40:240/40 f=f1/4,1/5,3/8,1/2 g=f1/4,1/5,1/8,1/10",
  "A garden has an area of {a} square meters. {f} of it is planted with tomatoes and {g} of it with beans. How many square meters are still unplanted?",
  [("tom", "tomato area in square meters", "f*a", "d"), ("bean", "bean area in square meters", "g*a", "d"),
   ("used", "planted area", "tom+bean", "d"), ("left", "unplanted area", "a-used", "d")], lambda v: v["f"] + v["g"] < 1)
T("free-hours", "fraction", "h=i4:12 f=f1/2,1/4,1/3 g=f1/2,1/3,2/3",
  "{name} has {h} free hours on Saturday. {He} spends {f} of the time reading and {g} of the remaining time walking the dog. How many hours are left?",
  [("read", "hours reading", "f*h", "d"), ("rem", "hours remaining", "h-read", "d"), ("walk", "hours walking", "g*rem", "d"),
   ("left", "hours left", "rem-walk", "d")])
T("marbles-give", "fraction", "a=i24:120/12 f=f1/3,1/4,1/6,1/2 b=i5:20",
  "{name} has {a} marbles. {He} gives {f} of them to {name2} and then buys {b} more. How many marbles does {name} have now?",
  [("gave", "marbles given away", "f*a"), ("kept", "marbles kept", "a-gave"), ("now", "marbles now", "kept+b")])
T("ribbon-fraction", "fraction", "l=i12:60/6 f=f1/3,1/2,2/3,1/6 k=i2:6",
  "{name} has a ribbon {l} feet long. {He} uses {f} of it for a banner and cuts the rest into {k} equal pieces. How long is each piece in feet?",
  [("used", "feet used for the banner", "f*l"), ("rest", "feet left", "l-used"), ("piece", "length of each piece", "rest/k", "d")])
T("fuel-tank-fill", "fraction", "c=i12:20 f=f1/4,1/2,3/4 p=c3:4.5/0.1",
  "A car's gas tank holds {c} gallons and is {f} full. Gas costs {p} per gallon. How much does it cost to fill the tank?",
  [("now", "gallons in the tank", "f*c", "d"), ("need", "gallons needed", "c-now", "d"), ("cost", "cost to fill up", "need*p", "$")])

# ------------------------------------------------------------------ percent
T("jacket-sale", "percent", "p=c20:120/0.2 r=p10:50/5",
  "A jacket normally costs {p}. It is on sale for {r} off. What is the sale price?",
  [("disc", "discount", "r*p"), ("sale", "sale price", "p-disc")])
T("bike-tax", "percent", "p=c80:400/0.2 r=p5:10",
  "A bike costs {p}, and the sales tax is {r}. What is the total cost including tax?",
  [("tax", "tax", "r*p"), ("total", "total cost", "p+tax")])
T("meal-tip", "percent", "p=c20:90/0.2 r=p15:25/5",
  "A meal costs {p}. {name} leaves a {r} tip. How much does {he} pay in total?",
  [("tip", "tip", "r*p"), ("total", "total paid", "p+tip")])
T("town-growth", "percent", "n=i1000:9000/100 r=p2:20",
  "A town has {n} residents. Next year the population grows by {r}. How many residents will it have?",
  [("inc", "increase", "r*n"), ("new", "new population", "n+inc")])
T("apples-sold-percent", "percent", "n=i100:600/20 r=p10:80/5",
  "A store has {n} apples and sells {r} of them in the morning. How many apples are left?",
  [("sold", "apples sold", "r*n"), ("left", "apples left", "n-sold")])
T("tv-discount-tax", "percent", "p=m200:900/20 r=p10:30/5 t=p5:10",
  "A TV costs {p}. It is discounted by {r}, and then {t} sales tax is added to the sale price. What is the final cost?",
  [("disc", "discount", "r*p"), ("sale", "sale price", "p-disc"), ("tax", "tax", "t*sale"), ("total", "final cost", "sale+tax")])
T("test-wrong", "percent", "n=i20:80/20 r=p60:95/5",
  "A test has {n} questions. {name} answers {r} of them correctly. How many does {he} get wrong?",
  [("right", "number correct", "r*n"), ("wrong", "number wrong", "n-right")])
T("commission-pay", "percent", "b=m300:900/50 r=p2:10 s=m1000:8000/100",
  "{name} earns a base pay of {b} per week plus {r} commission on sales. This week {he} sold {s} worth of goods. How much did {he} earn?",
  [("com", "commission", "r*s"), ("total", "total pay", "b+com")])
T("sports-soccer", "percent", "n=i200:800/100 r=p20:80/10 s=p10:50/10",
  "A school has {n} students. {r} of them play a sport, and {s} of those play soccer. How many students play soccer?",
  [("sport", "students who play a sport", "r*n"), ("soccer", "students who play soccer", "s*sport")])
T("monthly-saving", "percent", "m=m1500:4000/100 r=p5:20/5 k=i3:12",
  "{name} earns {m} a month and saves {r} of it. How much does {he} save in {k} months?",
  [("save", "savings per month", "r*m"), ("total", "total savings", "save*k")])
T("lamp-markup", "percent", "c=c10:80/0.2 r=p20:60/5",
  "A store buys a lamp for {c} and marks the price up by {r}. What is the selling price?",
  [("up", "markup", "r*c"), ("price", "selling price", "c+up")])
T("price-rise-percent", "percent", "a=m20:200/10 r=p5:50/5 b=@$:a*(1+r)",
  "The price of a game rose from {a} to {b}. By what percent did the price increase?",
  [("diff", "increase in dollars", "b-a"), ("ratio", "increase as a fraction of the old price", "diff/a", "d"),
   ("pct", "percent increase", "ratio*100", "n")])
T("simple-interest", "percent", "p=m500:5000/100 r=p2:8 y=i2:6",
  "{name} deposits {p} in an account that pays {r} simple interest per year. What will the balance be after {y} years?",
  [("yr", "interest per year", "r*p"), ("int", "total interest", "yr*y"), ("bal", "balance", "p+int")])
T("shoe-coupon-change", "percent", "p=c30:90/0.2 r=p10:30/5 b=m100:100",
  "A pair of shoes costs {p}. {name} uses a coupon for {r} off and pays with a {b} bill. How much change does {he} get?",
  [("disc", "discount", "r*p"), ("pay", "price after the coupon", "p-disc"), ("change", "change", "b-pay")])
T("car-depreciation", "percent", "p=m10000:30000/1000 r=p10:20",
  "A car is bought for {p}. In the first year it loses {r} of its value. What is it worth after one year?",
  [("loss", "loss in value", "r*p"), ("worth", "value after one year", "p-loss")])
T("survey-percent", "percent", "n=i200:1000/100 r=p30:70/5",
  "In a survey of {n} people, {r} said they prefer tea and the rest prefer coffee. How many more people prefer tea than coffee?",
  [("tea", "people who prefer tea", "r*n"), ("coffee", "people who prefer coffee", "n-tea"), ("diff", "difference", "tea-coffee")],
  lambda v: v["r"] > 0.5)
T("salary-raise", "percent", "s=m30000:80000/1000 r=p2:10",
  "{name} earns {s} a year and gets a {r} raise. What is {his} new monthly salary?",
  [("raise", "raise", "r*s"), ("new", "new yearly salary", "s+raise"), ("month", "new monthly salary", "new/12")])

# ------------------------------------------------------------------ ratio
T("marbles-ratio", "ratio", "a=i1:5 b=i2:7 k=i3:12 t=@n:(a+b)*k",
  "{name} and {name2} share {t} marbles in the ratio {a}:{b}. How many marbles does {name2} get?",
  [("parts", "total parts", "a+b"), ("per", "marbles per part", "t/parts"), ("share", "{name2}'s share", "per*b")],
  lambda v: v["a"] != v["b"])
T("boys-girls-total", "ratio", "a=i2:7 b=i2:7 k=i2:8 g=@n:b*k",
  "In a club the ratio of boys to girls is {a}:{b}. There are {g} girls. How many members does the club have?",
  [("per", "members per part", "g/b"), ("boys", "number of boys", "per*a"), ("total", "total members", "boys+g")],
  lambda v: v["a"] != v["b"])
T("recipe-scale-flour", "ratio", "f=d1.5:4/0.5 s=i12:24/6 k=i2:5 n=@n:s*k",
  "A recipe uses {f} cups of flour to make {s} cookies. How many cups of flour are needed to make {n} cookies?",
  [("batches", "number of batches", "n/s"), ("flour", "cups of flour", "batches*f", "d")])
T("map-scale-drive", "ratio", "k=i5:25/5 d=d2:12/0.5 v=i40:80/10",
  "On a map, 1 cm stands for {k} km. Two towns are {d} cm apart on the map. How many hours does it take to drive between them at {v} km per hour?",
  [("dist", "real distance in km", "d*k", "d"), ("hrs", "driving time in hours", "dist/v", "d")])
T("paint-blue", "ratio", "a=i1:5 b=i1:5 k=i2:6 t=@n:(a+b)*k",
  "Paint is mixed using {a} parts blue to {b} parts white. How many liters of blue paint are needed to make {t} liters of the mix?",
  [("parts", "total parts", "a+b"), ("per", "liters per part", "t/parts"), ("blue", "liters of blue paint", "per*a")])
T("money-times-as-much", "ratio", "a=i2:5 x=c5:40/0.5 t=@$:(a+1)*x",
  "{name} has {a} times as much money as {name2}. Together they have {t}. How much money does {name} have?",
  [("parts", "number of equal parts", "a+1"), ("small", "{name2}'s money", "t/parts"), ("big", "{name}'s money", "small*a")])
T("scale-model-car", "ratio", "s=i18:64 l=i6:30",
  "A model car is built at a scale of 1:{s}. The model is {l} cm long. How long is the real car in meters?",
  [("cm", "real length in cm", "l*s"), ("m", "real length in meters", "cm/100", "d")])
T("three-way-split", "ratio", "a=i1:4 b=i2:5 c=i3:7 k=m10:60/5 t=@$:(a+b+c)*k",
  "Three friends split {t} in the ratio {a}:{b}:{c}. How much does the friend with the last share get?",
  [("parts", "total parts", "a+b+c"), ("per", "value of one part", "t/parts"), ("share", "last share", "per*c")])
T("dogs-cats-shelter", "ratio", "a=i2:5 b=i3:7 k=i4:12 d=@n:a*k",
  "At a shelter, the ratio of dogs to cats is {a}:{b}. There are {d} dogs. How many more cats than dogs are there?",
  [("per", "animals per part", "d/a"), ("cats", "number of cats", "per*b"), ("more", "how many more cats", "cats-d")],
  lambda v: v["b"] > v["a"])
T("juice-concentrate", "ratio", "a=i2:3 b=i3:6 c=d2:9/0.5",
  "Juice is made with {a} cups of concentrate for every {b} cups of water. How many cups of juice does {c} cups... ".replace("does {c} cups... ", "are made from {c} cups of concentrate?"),
  [("batches", "number of concentrate portions", "c/a", "d"), ("water", "cups of water", "batches*b", "d"),
   ("juice", "cups of juice", "c+water", "d")])

# ------------------------------------------------------------------ averages
T("avg-four-tests", "average", "a=i60:100 b=i60:100 c=i60:100 d=i60:100",
  "{name} scored {a}, {b}, {c} and {d} on four tests. What is {his} average score?",
  [("sum", "sum of the scores", "a+b+c+d"), ("avg", "average score", "sum/4", "d")])
T("avg-needed", "average", "m=i70:88 t=i75:90",
  "{name}'s average on three tests is {m}. What score does {he} need on the fourth test to bring {his} average up to {t}?",
  [("need", "total needed for four tests", "t*4"), ("have", "total of the first three tests", "m*3"),
   ("score", "score needed", "need-have")], lambda v: v["m"] < v["t"] and 4 * v["t"] - 3 * v["m"] <= 100)
T("avg-temps", "average", "a=i50:80 b=i50:80 c=i50:80 d=i50:80 e=i50:80",
  "The high temperatures for five days were {a}, {b}, {c}, {d} and {e} degrees. What was the average high temperature?",
  [("sum", "sum of the temperatures", "a+b+c+d+e"), ("avg", "average temperature", "sum/5", "d")])
T("avg-speed-trip", "average", "d1=i60:200/10 h1=i2:4 d2=i60:200/10 h2=i2:3",
  "A bus travels {d1} km in {h1} hours and then {d2} km in {h2} hours. What is its average speed for the whole trip in km per hour?",
  [("dist", "total distance", "d1+d2"), ("hrs", "total time", "h1+h2"), ("avg", "average speed", "dist/hrs", "d")])
T("avg-spend-days", "average", "a=c5:40/0.5 b=c5:40/0.5 c=c5:40/0.5",
  "{name} spends {a} on Monday, {b} on Tuesday and {c} on Wednesday. What is the average amount {he} spends per day?",
  [("sum", "total spent", "a+b+c"), ("avg", "average per day", "sum/3")])
T("avg-packages", "average", "a=d1:9/0.5 b=d1:9/0.5 c=d1:9/0.5 d=d1:9/0.5",
  "Four packages weigh {a} kg, {b} kg, {c} kg and {d} kg. What is their average weight in kg?",
  [("sum", "total weight", "a+b+c+d", "d"), ("avg", "average weight", "sum/4", "d")])
T("avg-two-classes", "average", "n=i15:30 x=i60:90 m=i15:30 y=i60:90",
  "Class A has {n} students with an average score of {x}. Class B has {m} students with an average score of {y}. What is the average score of all the students together?",
  [("ta", "total for class A", "n*x"), ("tb", "total for class B", "m*y"), ("t", "combined total", "ta+tb"),
   ("cnt", "number of students", "n+m"), ("avg", "combined average", "t/cnt", "d")])
T("avg-removed", "average", "m=i20:60 k=i15:60",
  "The average of five numbers is {m}. After one number is removed, the average of the other four is {k}. What number was removed?",
  [("t5", "total of five numbers", "m*5"), ("t4", "total of four numbers", "k*4"), ("x", "removed number", "t5-t4")],
  lambda v: 5 * v["m"] > 4 * v["k"])
T("avg-runs-week", "average", "a=d2:8/0.5 b=d2:8/0.5 c=d2:8/0.5 d=d2:8/0.5",
  "{name} ran {a} miles, {b} miles, {c} miles and {d} miles on four days this week. What was {his} average distance per run?",
  [("sum", "total miles", "a+b+c+d", "d"), ("avg", "average distance", "sum/4", "d")])
T("avg-price-items", "average", "n=i2:5 p=c2:9/0.5 m=i2:5 q=c4:15/0.5",
  "A shop sells {n} scarves at {p} each and {m} hats at {q} each. What is the average price of the items sold?",
  [("s", "scarf sales", "n*p"), ("h", "hat sales", "m*q"), ("tot", "total sales", "s+h"), ("cnt", "number of items", "n+m"),
   ("avg", "average price", "tot/cnt")])

# ------------------------------------------------------------------ ages
T("age-twice-plus", "age", "a=i5:15 k=i2:8",
  "{name} is {a} years old. {name2} is {k} years older than twice {name}'s age. What is the sum of their ages?",
  [("tw", "twice {name}'s age", "a*2"), ("b", "{name2}'s age", "tw+k"), ("sum", "sum of their ages", "a+b")])
T("age-mother-future", "age", "a=i6:12 m=i3:5 b=i14:25",
  "{name} is {a} years old, and {his} mother is {m} times as old. How old will {his} mother be when {name} is {b}?",
  [("mom", "mother's age now", "a*m"), ("diff", "years from now", "b-a"), ("fut", "mother's future age", "mom+diff")],
  lambda v: v["b"] > v["a"])
T("age-father-ago", "age", "a=i8:16 k=i24:38 y=i3:7",
  "{name} is {a} years old. {His} father is {k} years older than {him}. How old was {his} father {y} years ago?",
  [("f", "father's age now", "a+k"), ("ago", "father's age back then", "f-y")])
T("age-sum-future", "age", "f=i30:50 s=i5:15 y=i3:12",
  "A father is {f} years old and his son is {s}. What will the sum of their ages be in {y} years?",
  [("f2", "father's future age", "f+y"), ("s2", "son's future age", "s+y"), ("sum", "sum of their ages", "f2+s2")])
T("age-times-diff", "age", "a=i4:12 m=i2:5",
  "{name} is {a} years old. {name2} is {m} times as old as {name}. How many years older is {name2}?",
  [("b", "{name2}'s age", "a*m"), ("d", "age difference", "b-a")])
T("age-siblings", "age", "a=i12:20 k=i2:6",
  "The oldest of three siblings is {a}. The middle sibling is {k} years younger than the oldest, and the youngest is half the middle sibling's age. What is the sum of their ages?",
  [("mid", "middle sibling's age", "a-k"), ("young", "youngest sibling's age", "mid/2"), ("sum", "sum of the ages", "a+mid+young")])
T("age-grandma", "age", "a=i6:12 k=i3:5 m=i20:30",
  "{name} is {a}. {His} aunt is {k} times as old as {name}, and {his} grandmother is {m} years older than the aunt. How old is the grandmother?",
  [("aunt", "aunt's age", "a*k"), ("gm", "grandmother's age", "aunt+m")])
T("age-in-months", "age", "y=i2:9 m=i1:11",
  "A puppy... ".replace("A puppy... ", "{name}'s little brother is {y} years and {m} months old. How many months old is he, and how many weeks is that if a month is counted as 4 weeks?"),
  [("ym", "months in the whole years", "y*12"), ("mo", "age in months", "ym+m"), ("wk", "age in weeks", "mo*4")])

# ------------------------------------------------------------------ work rates
T("fences-together", "work", "a=i2:6 b=i2:6 k=i2:8 t=@n:(a+b)*k",
  "{name} can paint {a} fence panels a day and {name2} can paint {b}. Working together, how many days will they take to paint {t} panels?",
  [("rate", "panels per day together", "a+b"), ("days", "number of days", "t/rate")])
T("workers-walls", "work", "n=i2:6 x=i2:5 w=@n:n*x m=i3:10 d=i2:6",
  "{n} workers build {w} walls in one day, each working at the same rate. How many walls can {m} workers build in {d} days?",
  [("per", "walls per worker per day", "w/n"), ("day", "walls per day for the larger crew", "per*m"), ("total", "total walls", "day*d")])
T("fill-and-drain", "work", "f=i12:30 e=i2:10 k=i10:40 c=@n:(f-e)*k",
  "A pipe fills a tank at {f} liters per minute while a leak drains {e} liters per minute. How many minutes does it take to fill an empty {c}-liter tank?",
  [("net", "net fill rate", "f-e"), ("mins", "number of minutes", "c/net")], lambda v: v["f"] > v["e"])
T("packers-hours", "work", "n=i3:8 r=i10:30 k=i2:6 t=@n:n*r*k",
  "A team of {n} workers each pack {r} boxes per hour. How many hours will it take them to pack {t} boxes?",
  [("rate", "boxes per hour", "n*r"), ("hrs", "number of hours", "t/rate")])
T("job-remaining-days", "work", "a=i2:6 b=i2:6 c=i2:5 k=i2:6 h=@n:a+b+c*k",
  "A job takes {h} hours. {name} works {a} hours on Monday and {b} hours on Tuesday. If {he} then works {c} hours a day, how many more days does {he} need?",
  [("done", "hours done", "a+b"), ("left", "hours left", "h-done"), ("days", "more days", "left/c")])
T("two-printers", "work", "a=i10:30 b=i10:30 m=i5:20",
  "One printer prints {a} pages a minute and another prints {b} pages a minute. How many pages do they print together in {m} minutes?",
  [("rate", "pages per minute together", "a+b"), ("pages", "total pages", "rate*m")])
T("fast-slow-workers", "work", "a=i8:15 b=i4:10 h=i3:8",
  "{name} assembles {a} chairs per hour and {name2} assembles {b} chairs per hour. After {h} hours, how many more chairs has {name} assembled than {name2}?",
  [("ca", "chairs by {name}", "a*h"), ("cb", "chairs by {name2}", "b*h"), ("diff", "difference", "ca-cb")],
  lambda v: v["a"] > v["b"])
T("harvest-crew", "work", "n=i3:9 r=i20:60/5 h=i4:8 b=i10:25/5",
  "{n} pickers each pick {r} pounds of berries per hour for {h} hours. The berries are packed in {b}-pound crates. How many crates are filled?",
  [("rate", "pounds per hour", "n*r"), ("total", "total pounds", "rate*h"), ("crates", "number of crates", "total/b")])

# ------------------------------------------------------------------ remainders
T("eggs-cartons", "remainder", "c=i6:12/6 k=i5:20 rm=i1:5 n=@n:c*k+rm",
  "A farm collects {n} eggs and packs them into cartons of {c}. How many eggs are left over after filling as many cartons as possible?",
  [("packed", "eggs in full cartons", "k*c"), ("left", "eggs left over", "n-packed")], lambda v: v["rm"] < v["c"])
T("bus-last-seats", "remainder", "s=i30:50 k=i2:6 rm=i5:25 n=@n:s*k+rm",
  "{n} students go on a trip in buses that hold {s} students each. All buses but the last are full. How many empty seats are on the last bus?",
  [("full", "students on full buses", "k*s"), ("last", "students on the last bus", "n-full"), ("empty", "empty seats", "s-last")],
  lambda v: v["rm"] < v["s"])
T("candy-leftover", "remainder", "k=i3:9 q=i4:15 rm=i1:8 n=@n:k*q+rm",
  "{name} shares {n} candies equally among {k} children, giving each child as many as possible. How many candies are left over?",
  [("given", "candies given out", "q*k"), ("left", "candies left over", "n-given")], lambda v: v["rm"] < v["k"])
T("days-weeks-hours", "remainder", "w=i2:12 rm=i1:6 d=@n:w*7+rm",
  "A camp lasts {d} days. After the full weeks, how many extra days are there, and how many hours are in those extra days?",
  [("wd", "days in full weeks", "w*7"), ("extra", "extra days", "d-wd"), ("hrs", "hours in the extra days", "extra*24")])
T("ribbon-pieces-leftover", "remainder", "p=i5:12 k=i4:12 rm=i1:4 l=@n:p*k+rm",
  "{name} cuts a {l}-inch ribbon into as many {p}-inch pieces as possible. How many inches of ribbon are left over?",
  [("used", "inches used", "k*p"), ("left", "inches left over", "l-used")], lambda v: v["rm"] < v["p"])
T("chairs-last-row", "remainder", "r=i8:15 k=i4:12 rm=i1:7 n=@n:r*k+rm",
  "{n} chairs are set out in rows of {r}. How many more chairs are needed to complete the last row?",
  [("full", "chairs in full rows", "k*r"), ("last", "chairs in the last row", "n-full"), ("more", "chairs needed", "r-last")],
  lambda v: v["rm"] < v["r"])
T("tickets-max-change", "remainder", "p=c3:9/0.25 k=i3:9 e=c0.25:3/0.25 m=@$:p*k+e",
  "{name} has {m} and buys as many {p} tickets as possible. How much money is left over?",
  [("spent", "money spent", "k*p"), ("left", "money left over", "m-spent")], lambda v: v["e"] < v["p"])
T("books-boxes-leftover", "remainder", "b=i8:20 k=i3:9 rm=i1:7 n=@n:b*k+rm",
  "A library packs {n} books into boxes of {b} books each, filling as many boxes as possible. The leftover books are shared equally by {x} classrooms... ".replace(" The leftover books are shared equally by {x} classrooms... ", " The books that are left over go on a cart. How many books go on the cart?"),
  [("boxed", "books in full boxes", "k*b"), ("left", "books left over", "n-boxed")])

# ------------------------------------------------------------------ geometry
T("carpet-cost", "geometry", "l=i3:8 w=i3:7 p=c8:30/0.5",
  "A room is {l} meters long and {w} meters wide. Carpet costs {p} per square meter. How much does it cost to carpet the room?",
  [("area", "area of the room", "l*w"), ("cost", "cost of the carpet", "area*p")])
T("fence-cost", "geometry", "l=i10:40 w=i5:30 p=c3:12/0.5",
  "A rectangular garden is {l} feet long and {w} feet wide. Fencing costs {p} per foot. How much does it cost to fence the garden?",
  [("half", "length plus width", "l+w"), ("per", "perimeter", "half*2"), ("cost", "cost of the fence", "per*p")])
T("box-cubes", "geometry", "l=i3:10 w=i3:8 h=i2:6 n=i2:6",
  "A box is {l} cm long, {w} cm wide and {h} cm tall. How many 1-centimeter cubes fill {n} such boxes?",
  [("vol", "volume of one box", "l*w*h"), ("total", "total cubes", "vol*n")])
T("patio-tiles", "geometry", "s=i3:9 c=c1:4/0.25",
  "A square patio has sides of {s} meters. Each square meter needs 4 tiles, and each tile costs {c}. How much do the tiles cost?",
  [("area", "area of the patio", "s*s"), ("tiles", "number of tiles", "area*4"), ("cost", "cost of the tiles", "tiles*c")])
T("sail-fabric", "geometry", "b=i3:9 h=i4:10 p=c6:20/0.5",
  "A triangular sail has a base of {b} meters and a height of {h} meters. Sail fabric costs {p} per square meter. How much does the fabric cost?",
  [("prod", "base times height", "b*h"), ("area", "area of the sail", "prod/2", "d"), ("cost", "cost of the fabric", "area*p", "$")])
T("paint-wall-window", "geometry", "l=i4:10 h=i3:4 a=i1:2 b=i1:2 c=i4:10",
  "A wall is {l} m long and {h} m high, with a window {a} m by {b} m. One liter of paint covers {c} square meters. How many liters are needed to paint the wall?",
  [("wall", "wall area", "l*h"), ("win", "window area", "a*b"), ("paint", "area to paint", "wall-win"),
   ("liters", "liters of paint", "paint/c", "d")])
T("l-shape-area", "geometry", "a=i4:12 b=i3:8 c=i2:6 d=i2:6",
  "An L-shaped floor is made of a {a} m by {b} m rectangle joined to a {c} m by {d} m rectangle. What is the total area of the floor?",
  [("r1", "area of the first rectangle", "a*b"), ("r2", "area of the second rectangle", "c*d"), ("total", "total area", "r1+r2")])
T("fish-tank-liters", "geometry", "l=i40:100/10 w=i20:50/5 h=i20:50/5",
  "A fish tank is {l} cm long, {w} cm wide and {h} cm tall. How many liters does it hold? (1 liter = 1000 cubic cm)",
  [("vol", "volume in cubic cm", "l*w*h"), ("liters", "capacity in liters", "vol/1000", "d")])
T("frame-ribbon", "geometry", "a=i6:20 b=i6:20 x=i6:18",
  "{name} wraps ribbon around the edge of a {a}-inch by {b}-inch picture and needs {x} more inches for a bow. How many inches of ribbon does {he} need?",
  [("half", "length plus width", "a+b"), ("per", "perimeter", "half*2"), ("total", "ribbon needed", "per+x")])
T("garden-beds-soil", "geometry", "n=i2:8 s=i2:6 c=i2:8",
  "{name} builds {n} square garden beds with sides of {s} feet. One bag of soil covers {c} square feet. How many bags does {he} need?",
  [("area", "area of one bed", "s*s"), ("total", "total area", "area*n"), ("bags", "bags of soil", "total/c", "d")])
T("rect-from-perimeter", "geometry", "l=i6:20 w0=i3:12 P=@n:2*(l+w0)",
  "A rectangle has a perimeter of {P} cm and a length of {l} cm. What is its area?",
  [("half", "half the perimeter", "P/2"), ("w", "width", "half-l"), ("area", "area", "l*w")], lambda v: v["w0"] < v["l"])
T("cube-paint", "geometry", "s=i2:9 n=i2:6",
  "A cube has edges {s} cm long. What is the total surface area of {n} such cubes?",
  [("face", "area of one face", "s*s"), ("surf", "surface area of one cube", "face*6"), ("total", "total surface area", "surf*n")])
T("square-fence-posts", "geometry", "s=i12:60/4 g=i2:4",
  "A square field has sides of {s} meters. Fence posts are placed every {g} meters around the edge. How many posts are needed?",
  [("per", "perimeter", "s*4"), ("posts", "number of posts", "per/g")])

# ------------------------------------------------------------------ units
T("km-to-m-run", "units", "k=d2:8/0.5 d=i3:7",
  "{name} runs {k} km each day for {d} days. How many meters does {he} run in total?",
  [("km", "total kilometers", "k*d", "d"), ("m", "total meters", "km*1000", "n")])
T("shelf-boards-inches", "units", "n=i3:8 f=i2:5 i=i1:11",
  "A carpenter needs {n} boards, each {f} feet {i} inches long. How many inches of board does the carpenter need?",
  [("fi", "inches in the whole feet", "f*12"), ("len", "length of one board in inches", "fi+i"), ("tot", "total inches", "len*n")])
T("jug-glasses", "units", "l=d1:4/0.5 g=i125:250/125",
  "A jug holds {l} liters of juice. Each glass holds {g} mL. How many glasses can be filled?",
  [("ml", "juice in mL", "l*1000", "n"), ("glasses", "number of glasses", "ml/g")])
T("bags-ounces", "units", "n=i2:9 p=i1:6 o=i1:15",
  "{name} has {n} bags of flour that each weigh {p} pounds {o} ounces. How many ounces of flour is that? (1 pound = 16 ounces)",
  [("po", "ounces in the whole pounds", "p*16"), ("w", "weight of one bag in ounces", "po+o"), ("tot", "total ounces", "w*n")])
T("cheese-grams", "units", "p=c8:30/0.5 g=i200:1000/100",
  "Cheese costs {p} per kilogram. {name} buys {g} grams of cheese. How much does {he} pay?",
  [("kg", "weight in kilograms", "g/1000", "d"), ("cost", "cost of the cheese", "kg*p", "$")])
T("minutes-pay", "units", "m=i30:240/15 w=c12:24/0.4",
  "{name} earns {w} per hour. How much does {he} earn for working {m} minutes?",
  [("h", "time in hours", "m/60", "d"), ("pay", "earnings", "h*w", "$")])
T("punch-gallons", "units", "a=i4:10 b=i2:6 n=i2:8",
  "A punch recipe uses {a} cups of juice and {b} cups of soda per batch. How many gallons of punch do {n} batches make? (1 gallon = 16 cups)",
  [("per", "cups per batch", "a+b"), ("tot", "total cups", "per*n"), ("gal", "total gallons", "tot/16", "d")])
T("trail-feet-left", "units", "m=d1:4/0.5 f=i1000:4000/100",
  "A trail is {m} miles long. {name} has walked {f} feet of it. How many feet are left? (1 mile = 5280 feet)",
  [("tot", "trail length in feet", "m*5280", "n"), ("rem", "feet left", "tot-f")])
T("ribbon-cm-cost", "units", "n=i4:20 c=i25:150/25 p=c1:5/0.2",
  "{name} needs {n} pieces of ribbon, each {c} cm long. Ribbon costs {p} per meter. How much will the ribbon cost?",
  [("tot", "total length in cm", "n*c"), ("m", "total length in meters", "tot/100", "d"), ("cost", "cost of the ribbon", "m*p", "$")])
T("dozen-cookies-left", "units", "d=i2:8 g=i5:20",
  "{name} bakes {d} dozen cookies and gives away {g} of them. How many cookies are left?",
  [("tot", "number of cookies baked", "d*12"), ("left", "cookies left", "tot-g")])
T("cheetah-kmh", "units", "v=i20:30",
  "A cheetah can run {v} meters per second. How fast is that in kilometers per hour?",
  [("mpm", "meters per minute", "v*60"), ("mph", "meters per hour", "mpm*60"), ("kmh", "kilometers per hour", "mph/1000", "d")])
T("water-bottles-liters", "units", "n=i3:12 m=i250:750/250 d=i5:7",
  "{name} drinks {n} bottles of water a day, each holding {m} mL. How many liters does {he} drink in {d} days?",
  [("day", "mL per day", "n*m"), ("tot", "total mL", "day*d"), ("l", "total liters", "tot/1000", "d")])
T("tons-trucks", "units", "t=i2:6 k=i10:40 c=i50:200/25",
  "A truck carries {t} tons of gravel per trip and makes {k} trips. Each ton is 2000 pounds. The gravel is sold in {c}-pound bags... ".replace(" The gravel is sold in {c}-pound bags... ", " How many pounds of gravel is that, and how many {c}-pound bags can it fill?"),
  [("tons", "total tons", "t*k"), ("lb", "total pounds", "tons*2000"), ("bags", "number of bags", "lb/c")])

# ------------------------------------------------------------------ tax and tips
T("meal-tax-tip", "tax_tip", "p=c20:100/0.2 t=p5:10 r=p15:20/5",
  "A meal costs {p} before tax. The tax is {t}, and {name} leaves a {r} tip on the pre-tax price. How much does {he} pay in total?",
  [("tax", "tax", "t*p"), ("tip", "tip", "r*p"), ("total", "total paid", "p+tax+tip")])
T("split-bill-tip", "tax_tip", "n=i2:6 b=c40:200/0.2 r=p15:20/5",
  "{n} friends have dinner. The bill is {b}, and they add a {r} tip and split the total equally. How much does each person pay?",
  [("tip", "tip", "r*b"), ("tot", "total with tip", "b+tip"), ("each", "amount each pays", "tot/n")])
T("hotel-tax", "tax_tip", "p=c60:200/0.2 n=i2:6 t=p8:15",
  "A hotel room costs {p} per night. {name} stays {n} nights, and a {t} tax is added to the bill. What is the total?",
  [("sub", "room charges", "p*n"), ("tax", "tax", "t*sub"), ("tot", "total bill", "sub+tax")])
T("take-home-monthly", "tax_tip", "s=m24000:72000/1200 t=p10:25/5",
  "{name} earns {s} a year, and {t} is withheld for taxes. What is {his} take-home pay per month?",
  [("tax", "yearly tax", "t*s"), ("net", "yearly take-home pay", "s-tax"), ("month", "monthly take-home pay", "net/12")])
T("grocery-delivery", "tax_tip", "g=c40:150/0.2 f=c2:8/0.5 r=p5:15/5",
  "A grocery order costs {g}. There is a delivery fee of {f}, and {name} tips {r} of the grocery cost. What is the total?",
  [("tip", "tip", "r*g"), ("tot", "total cost", "g+f+tip")])
T("items-sales-tax", "tax_tip", "n=i2:8 p=c3:20/0.2 t=p5:10",
  "{name} buys {n} candles at {p} each. Sales tax is {t}. How much does {he} pay including tax?",
  [("sub", "subtotal", "n*p"), ("tax", "tax", "t*sub"), ("tot", "total", "sub+tax")])
T("haircut-tip-change", "tax_tip", "p=c20:60/0.2 r=p15:25/5 b=m80:100/20",
  "A haircut costs {p}. {name} adds a {r} tip and pays with a {b} bill. How much change does {he} get?",
  [("tip", "tip", "r*p"), ("tot", "total paid", "p+tip"), ("change", "change", "b-tot")])
T("property-tax-monthly", "tax_tip", "v=m120000:480000/12000 t=p1:3",
  "A house is valued at {v}, and the yearly property tax is {t} of the value. How much is the property tax per month?",
  [("yr", "yearly tax", "t*v"), ("mo", "monthly tax", "yr/12")])
T("delivery-driver-tips", "tax_tip", "n=i4:12 a=c15:40/0.2 r=p10:20/5",
  "A delivery driver makes {n} deliveries, each with an order total of {a}. Every customer tips {r}. How much does the driver earn in tips?",
  [("tip", "tip per delivery", "r*a"), ("tot", "total tips", "tip*n")])

# ------------------------------------------------------------------ counting
T("farm-legs", "counting", "c=i5:30 w=i3:20",
  "A farm has {c} chickens and {w} cows. How many legs do the animals have altogether?",
  [("cl", "chicken legs", "c*2"), ("wl", "cow legs", "w*4"), ("tot", "total legs", "cl+wl")])
T("wheels-count", "counting", "b=i3:15 t=i2:10 c=i2:8",
  "A parking lot has {b} bicycles, {t} tricycles and {c} cars. How many wheels are there in total?",
  [("bw", "bicycle wheels", "b*2"), ("tw", "tricycle wheels", "t*3"), ("cw", "car wheels", "c*4"), ("tot", "total wheels", "bw+tw+cw")])
T("crates-bottles", "counting", "c=i3:12 r=i3:6 b=i4:8 k=i2:15",
  "A truck carries {c} crates. Each crate holds {r} rows of {b} bottles. During the trip {k} bottles break. How many bottles are unbroken?",
  [("per", "bottles per crate", "r*b"), ("tot", "total bottles", "per*c"), ("left", "unbroken bottles", "tot-k")])
T("theater-empty", "counting", "r=i10:30 s=i12:25 o=i50:300",
  "A theater has {r} rows of {s} seats. {o} seats are taken. How many seats are empty?",
  [("tot", "total seats", "r*s"), ("empty", "empty seats", "tot-o")], lambda v: v["o"] < v["r"] * v["s"])
T("stickers-friends", "counting", "a=i10:60 p=i2:6 s=i5:12 g=i2:6 k=i2:5",
  "{name} has {a} stickers. {He} buys {p} packs of {s} stickers, then gives {g} stickers to each of {k} friends. How many stickers does {he} have left?",
  [("bought", "stickers bought", "p*s"), ("have", "stickers after buying", "a+bought"), ("gave", "stickers given away", "g*k"),
   ("left", "stickers left", "have-gave")])
T("library-shelves", "counting", "s=i10:40 b=i20:50 n=i3:10 c=i15:40",
  "A library has {s} shelves with {b} books each. It adds {n} new shelves with {c} books each. How many books does it have now?",
  [("old", "books on the old shelves", "s*b"), ("new", "books on the new shelves", "n*c"), ("tot", "total books", "old+new")])
T("handshakes", "counting", "n=i5:20",
  "At a meeting, each of the {n} people shakes hands once with every other person. How many handshakes are there?",
  [("m", "number of other people", "n-1"), ("p", "ordered pairs", "n*m"), ("h", "number of handshakes", "p/2")])
T("worksheets-reams", "counting", "n=i15:30 p=i2:4 w=i3:8 r=i2:4",
  "A teacher prints {w} worksheets of {p} pages for each of {n} students. She has {r} reams of 500 sheets. How many sheets will be left after printing?",
  [("per", "sheets per student", "p*w"), ("tot", "sheets needed", "per*n"), ("have", "sheets available", "r*500"), ("left", "sheets left", "have-tot")],
  lambda v: v["p"] * v["w"] * v["n"] < 500 * v["r"])
T("football-score", "counting", "t=i2:5 f=i2:4 x=i2:5",
  "A football team scores {t} touchdowns worth 6 points each, {f} field goals worth 3 points each and {x} extra points worth 1 point each. How many points does it score?",
  [("td", "touchdown points", "t*6"), ("fg", "field goal points", "f*3"), ("tot", "total points", "td+fg+x")], lambda v: v["x"] <= v["t"])
T("basketball-points", "counting", "a=i2:12 b=i1:8 c=i1:10",
  "{name} made {a} two-point shots, {b} three-point shots and {c} free throws worth 1 point each. How many points did {he} score?",
  [("two", "points from two-pointers", "a*2"), ("three", "points from three-pointers", "b*3"), ("tot", "total points", "two+three+c")])
T("tomato-bags", "counting", "r=i3:8 p=i4:10 t=i5:12 b=i4:10",
  "A garden has {r} rows of {p} tomato plants. Each plant produces {t} tomatoes, and they are packed in bags of {b}. How many full bags can be packed?",
  [("plants", "number of plants", "r*p"), ("tom", "number of tomatoes", "plants*t"), ("bags", "number of bags", "tom/b")])
T("hens-dozen-income", "counting", "h=i6:30/6 e=i4:7 p=c2:5/0.25",
  "A farmer has {h} hens, and each hen lays {e} eggs a week. The eggs are sold for {p} per dozen. How much does the farmer earn per week?",
  [("eggs", "eggs per week", "h*e"), ("doz", "dozens per week", "eggs/12"), ("inc", "weekly income", "doz*p")])
T("stairs-climbed", "counting", "s=i12:40 n=i3:8 d=i5:7",
  "{name} lives on a floor that is {s} steps up. {He} climbs the stairs {n} times a day for {d} days. How many steps does {he} climb?",
  [("day", "steps per day", "s*n"), ("tot", "total steps", "day*d")])
T("building-height", "counting", "f=i8:30 h=i10:14 a=i10:40",
  "A building has {f} floors, and each floor is {h} feet tall. An antenna {a} feet tall sits on the roof. How tall is the building including the antenna?",
  [("bld", "height of the floors", "f*h"), ("tot", "total height", "bld+a")])
T("temperature-rise", "counting", "a=i40:60 r=i2:5 h=i3:8 d=i4:12",
  "At 6 a.m. the temperature is {a} degrees. It rises {r} degrees each hour for {h} hours and then drops {d} degrees in the evening. What is the temperature in the evening?",
  [("rise", "total rise", "r*h"), ("peak", "highest temperature", "a+rise"), ("end", "evening temperature", "peak-d")])
T("class-pencils", "counting", "n=i20:32 k=i2:4 b=i10:12 x=i5:12",
  "Each of {n} students needs {k} pencils. The teacher buys {x} boxes of {b} pencils. How many pencils will be left over after every student gets their pencils?",
  [("need", "pencils needed", "n*k"), ("have", "pencils bought", "x*b"), ("left", "pencils left", "have-need")],
  lambda v: v["x"] * v["b"] > v["n"] * v["k"])
T("team-jerseys", "counting", "t=i4:10 p=i8:15 s=i2:3",
  "A league has {t} teams with {p} players each. Every player gets {s} jerseys. How many jerseys are needed?",
  [("players", "number of players", "t*p"), ("jerseys", "number of jerseys", "players*s")])
T("seed-packets", "counting", "r=i4:12 l=i10:30 k=i20:50/10",
  "A farmer plants {r} rows with {l} seeds in each row. Seeds come in packets of {k}. How many seeds are left from {r} packets after planting?",
  [("seeds", "seeds planted", "r*l"), ("have", "seeds bought", "r*k"), ("left", "seeds left", "have-seeds")],
  lambda v: v["k"] > v["l"])

# ------------------------------------------------------------------ more mixed multi-step
T("concert-revenue", "money", "a=i100:500/10 p=c20:60/0.5 b=i50:200/10 q=c10:30/0.5",
  "A concert sells {a} floor tickets at {p} each and {b} balcony tickets at {q} each. How much money do the tickets bring in?",
  [("floor", "floor ticket sales", "a*p"), ("balc", "balcony ticket sales", "b*q"), ("tot", "total sales", "floor+balc")])
T("paint-cans-cost", "money", "w=i2:6 c=i2:4 p=c15:40/0.5",
  "{name} paints {w} rooms, and each room needs {c} cans of paint. Each can costs {p}. How much does the paint cost?",
  [("cans", "number of cans", "w*c"), ("cost", "cost of the paint", "cans*p")])
T("subscription-year", "money", "m=c5:20/0.01 a=c60:200/0.01",
  "A streaming service costs {m} per month or {a} for a whole year. How much does {name} save in a year by paying yearly?",
  [("monthly", "cost of paying monthly for a year", "m*12"), ("save", "savings", "monthly-a")],
  lambda v: 12 * v["m"] > v["a"])
T("garage-sale", "money", "a=i3:10 p=c1:5/0.25 b=i2:6 q=c4:12/0.5 c=i5:20 r=c0.25:1/0.25",
  "At a garage sale {name} sells {a} books at {p} each, {b} lamps at {q} each and {c} mugs at {r} each. How much money does {he} make?",
  [("books", "money from books", "a*p"), ("lamps", "money from lamps", "b*q"), ("mugs", "money from mugs", "c*r"),
   ("tot", "total money", "books+lamps+mugs")])
T("bulk-cost-per-kid", "money", "n=i10:30 p=c3:8/0.25 g=c20:60/0.5 k=i2:6",
  "A camp buys {n} T-shirts at {p} each and a {g} banner. The cost is shared equally by {k} groups. How much does each group pay?",
  [("shirts", "cost of the T-shirts", "n*p"), ("tot", "total cost", "shirts+g"), ("each", "cost per group", "tot/k")])
T("water-bill", "money", "b=c10:25/0.5 g=i2000:12000/1000 r=c3:8/0.25",
  "A water bill has a base charge of {b} plus {r} for every 1,000 gallons used. A family used {g} gallons. What is the bill?",
  [("k", "number of thousands of gallons", "g/1000"), ("use", "usage charge", "k*r"), ("bill", "total bill", "b+use")])
T("ice-cream-party", "money", "n=i8:25 s=i2:3 c=c4:7/0.5 k=i12:16/4",
  "{name} plans a party for {n} kids, with {s} scoops of ice cream each. One tub has {k} scoops and costs {c}... ".replace("One tub has {k} scoops and costs {c}... ", "How many scoops are needed, and how much do they cost at {c} per {k} scoops?"),
  [("scoops", "scoops needed", "n*s"), ("tubs", "number of {k}-scoop portions", "scoops/k", "d"), ("cost", "cost", "tubs*c", "$")])
T("carpool-gas", "rate", "d=i20:60 n=i5:20 g=i25:40 p=c3:4.5/0.1",
  "{name} drives {d} miles round trip to work, {n} days a month. The car gets {g} miles per gallon, and gas costs {p} per gallon. How much does {he} spend on gas in a month?",
  [("miles", "miles per month", "d*n"), ("gal", "gallons used", "miles/g", "d"), ("cost", "cost of gas", "gal*p", "$")])
T("snail-distance", "rate", "c=i6:20 h=i3:10",
  "A snail crawls {c} centimeters per minute. How many meters does it crawl in {h} hours?",
  [("mins", "minutes", "h*60"), ("cm", "distance in cm", "mins*c"), ("m", "distance in meters", "cm/100", "d")])
T("plane-miles", "rate", "v=i400:600/20 h=d1.5:6/0.5 n=i2:5",
  "A plane flies at {v} miles per hour. Each flight lasts {h} hours, and the plane makes {n} flights. How many miles does it fly?",
  [("one", "miles per flight", "v*h", "d"), ("tot", "total miles", "one*n", "d")])
T("reading-marathon", "time", "a=i20:45/5 b=i20:45/5 d=i3:6",
  "During a reading challenge, {name} reads {a} minutes before school and {b} minutes after school each day for {d} days. How many hours does {he} read?",
  [("day", "minutes per day", "a+b"), ("tot", "total minutes", "day*d"), ("hrs", "total hours", "tot/60", "d")])
T("concert-minutes", "time", "n=i8:16 s=i3:5 b=i10:20/5",
  "A band plays {n} songs, each {s} minutes long, with one {b}-minute break. How many minutes does the concert last?",
  [("music", "minutes of music", "n*s"), ("tot", "total minutes", "music+b")])
T("cake-layers", "fraction", "n=i2:6 f=f3/4,1/2,2/3,1/3 e=i2:5",
  "Each cake layer needs {e} eggs. {name} makes {n} cakes with 3 layers each, and then uses {f} of a dozen eggs for cookies. How many eggs does {he} use?",
  [("layers", "number of layers", "n*3"), ("cake", "eggs for the cakes", "layers*e"), ("cook", "eggs for the cookies", "f*12"),
   ("tot", "total eggs", "cake+cook")])
T("photo-album", "counting", "p=i20:50 k=i4:8 a=i2:5",
  "A photo album has {p} pages, and each page holds {k} photos. {name} fills {a} albums completely. How many photos is that?",
  [("per", "photos per album", "p*k"), ("tot", "total photos", "per*a")])
T("dog-walker", "rate", "d=i3:8 p=c10:25/0.5 w=i4:6",
  "A dog walker walks {d} dogs a day, {w} days a week, and charges {p} per walk. How much does she earn in 4 weeks?",
  [("walks", "walks per week", "d*w"), ("week", "weekly earnings", "walks*p"), ("tot", "earnings for 4 weeks", "week*4")])
T("aquarium-fish-food", "units", "f=i3:12 g=i2:5 d=i7:30",
  "An aquarium has {f} fish, and each fish eats {g} grams of food a day. How many kilograms of food are needed for {d} days?",
  [("day", "grams per day", "f*g"), ("tot", "total grams", "day*d"), ("kg", "total kilograms", "tot/1000", "d")])
T("percent-battery-hours", "percent", "h=i8:20 r=p20:80/10",
  "A tablet battery lasts {h} hours on a full charge. It is at {r} charge. How many hours of use are left, and how many minutes is that?",
  [("hrs", "hours left", "r*h", "d"), ("mins", "minutes left", "hrs*60", "n")])
T("mixed-nuts-price", "ratio", "a=d1:3/0.5 p=c4:9/0.5 b=d1:3/0.5 q=c6:12/0.5",
  "A mix uses {a} pounds of peanuts at {p} per pound and {b} pounds of cashews at {q} per pound. What does the whole mix cost?",
  [("pea", "cost of the peanuts", "a*p", "$"), ("cash", "cost of the cashews", "b*q", "$"), ("tot", "total cost", "pea+cash")])
T("class-trip-cost", "money", "n=i20:35 b=c150:400/10 t=c4:12/0.5",
  "A class of {n} students goes on a trip. The bus costs {b} in total, and each museum ticket costs {t}. If the bus cost is split equally, how much does each student pay?",
  [("bus", "bus cost per student", "b/n"), ("each", "cost per student", "bus+t")])
T("rain-total-avg", "average", "a=d0.5:3/0.25 b=d0.5:3/0.25 c=d0.5:3/0.25",
  "It rained {a} inches in April, {b} inches in May and {c} inches in June. What was the average monthly rainfall?",
  [("tot", "total rainfall", "a+b+c", "d"), ("avg", "average rainfall", "tot/3", "d")])
T("biscuits-per-kid", "remainder", "k=i4:9 q=i3:8 rm=i1:8 n=@n:k*q+rm",
  "A teacher shares {n} biscuits among {k} students so that each gets the same number, as many as possible. How many biscuits are left over?",
  [("given", "biscuits given out", "q*k"), ("left", "biscuits left over", "n-given")], lambda v: v["rm"] < v["k"])
T("tile-floor-boxes", "geometry", "l=i3:8 w=i2:6 t=i4:9 b=i5:20/5",
  "A floor is {l} m by {w} m. Each square meter needs {t} tiles, and tiles come in boxes of {b}. How many boxes are needed?",
  [("area", "floor area", "l*w"), ("tiles", "number of tiles", "area*t"), ("boxes", "number of boxes", "tiles/b", "d")])
T("savings-jar-weeks", "money", "a=c2:8/0.25 b=c1:5/0.25 w=i4:15",
  "{name} puts {a} in a jar every week and {name2} puts in {b}. How much money is in the jar after {w} weeks?",
  [("wk", "amount added per week", "a+b"), ("tot", "total after all weeks", "wk*w")])
