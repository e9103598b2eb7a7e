"""Problem templates (generator side).

Each template: (id, problem text, variable specs, steps, answer phrase[, where]).
Variable specs:  a=3..9   a=10..60/5   a=[2,3,4]   p=$1.25..4.75/.25   p=$[10,20]
                 d=1.5..4.5/.5 (decimal measure)   s=@3:15..4:45/15   e=@s+45..120/15
Steps: "x=expr | unit | label" ; unit "$" money, "@" clock time, "-" none, else a noun.
expr: a+b, a+b+c, a-b, a*b, a/b, half(a), dbl(a), tri(a), frac(a,p,q), pct(a,P),
      doz(n), tdiff(s,e), tadd(s,m)
"""

T = []


def t(tid, problem, vars_, steps, ans, where=None):
    T.append(dict(id=tid, problem=problem, vars=vars_, steps=steps, ans=ans,
                  where=where))


# ---------------------------------------------------------------- shopping / money
t("stickers_packs",
  "{name} has {a} stickers. {Pr} buys {b} packs of stickers with {c} stickers in each pack. How many stickers does {pr} have now?",
  "a=10..60 b=3..9 c=4..12",
  ["p=b*c | stickers | stickers in the packs", "r=a+p | stickers | stickers altogether"],
  "{name} has {R} stickers now")
t("pencils_erasers",
  "Pencils cost {p} each and erasers cost {q} each. {name} buys {a} pencils and {b} erasers. How much does {pr} spend?",
  "p=$0.25..1.50/.25 q=$0.50..2.00/.25 a=2..8 b=2..5",
  ["x=a*p | $ | cost of the pencils", "y=b*q | $ | cost of the erasers", "z=x+y | $ | total"],
  "{name} spends {R}")
t("notebooks_change",
  "{name} buys {a} notebooks that cost {p} each. {Pr} pays with a {b!} bill. How much change does {pr} get?",
  "a=2..5 p=$1.25..4.75/.25 b=$[20,50]",
  ["c=a*p | $ | cost of the notebooks", "r=b-c | $ | change"],
  "{name} gets {R} in change", "b > a*p")
t("gum_drink",
  "{name} buys {a} packs of gum at {p} each and a drink for {q}. How much does {pr} spend in all?",
  "a=2..6 p=$0.75..2.25/.25 q=$1.25..3.50/.25",
  ["x=a*p | $ | cost of the gum", "y=x+q | $ | total"],
  "{name} spends {R} in all")
t("family_tickets",
  "Tickets to the fair cost {p} for adults and {q} for kids. A family buys {a} adult tickets and {b} kid tickets. How much do they pay?",
  "p=$8..16 q=$4..9 a=2..3 b=2..5",
  ["x=a*p | $ | adult tickets", "y=b*q | $ | kid tickets", "z=x+y | $ | total"],
  "the family pays {R}", "q < p")
t("game_sale_multi",
  "A video game costs {a}. This week it is {P}% off. {name} buys {b} copies as gifts. How much does {pr} spend?",
  "a=$20..60/10 P=[10,20,25,50] b=2..4",
  ["d=pct(a,P) | $ | discount", "s=a-d | $ | sale price", "t=s*b | $ | total"],
  "{name} spends {R}")
t("babysitting_hours",
  "{name} earns {p} an hour babysitting. {Pr} works {a} hours on Friday and {b} hours on Saturday. How much does {pr} earn?",
  "p=$8..15 a=2..5 b=3..7",
  ["h=a+b | hours | hours worked", "e=h*p | $ | earnings"],
  "{name} earns {R}")
t("bike_savings_weeks",
  "{name} wants a bike that costs {a}. {Pr} already has {b} and saves {c} every week. How many weeks will it take to save enough?",
  "a=$120..300/10 b=$20..80/10 c=$10..25/5",
  ["n=a-b | $ | amount still needed", "w=n/c | weeks | weeks"],
  "it takes {R} weeks", "(a-b) % c == 0 and a > b")
t("restaurant_split",
  "{a} friends eat at a diner. The bill is {b} and they add a {c!} tip. They split the total equally. How much does each friend pay?",
  "a=[2,4,5] b=$40..90 c=$6..15",
  ["t=b+c | $ | total", "e=t/a | $ | share for each friend"],
  "each friend pays {R}")
t("lemonade_profit",
  "{name} sells {a} cups of lemonade for {p} each. The lemons and sugar cost {c}. How much profit does {pr} make?",
  "a=15..40 p=$0.50..1.50/.25 c=$5..12",
  ["r=a*p | $ | money from sales", "g=r-c | $ | profit"],
  "{name} makes {R} in profit", "a*p > c + 2")
t("allowance_half",
  "{name} gets {a} allowance every week. {Pr} spends half of it and saves the rest. How much does {pr} save in {b} weeks?",
  "a=$6..20/2 b=4..10",
  ["h=half(a) | $ | amount saved each week", "s=h*b | $ | savings"],
  "{name} saves {R}")
t("pizza_coupon",
  "A large pizza costs {a}. {name} has a coupon for {b} off each pizza. {Pr} orders {c} pizzas. How much does {pr} pay?",
  "a=$12..18 b=$2..4 c=2..5",
  ["d=a-b | $ | price of one pizza with the coupon", "t=d*c | $ | total"],
  "{name} pays {R}")
t("quarters_dimes",
  "{name} empties {pos} piggy bank and finds {a} quarters and {b} dimes. How much money is that?",
  "a=8..28/4 b=5..30/5",
  ["q=a*0.25 | $ | value of the quarters", "d=b*0.1 | $ | value of the dimes", "t=q+d | $ | total"],
  "{name} has {R}")
t("apples_bread_change",
  "Apples cost {p} per pound. {name} buys {a} pounds of apples and a loaf of bread for {q}. {Pr} pays with a {b!} bill. How much change does {pr} get?",
  "p=$1.50..2.50/.25 a=2..5 q=$2.25..4.25/.25 b=$[20]",
  ["x=a*p | $ | cost of the apples", "y=x+q | $ | total", "c=b-y | $ | change"],
  "{name} gets {R} back", "a*p + q < b")
t("phone_plan",
  "A phone plan costs {a} a month plus {b} for each extra gigabyte. Last month {name} used {c} extra gigabytes. What was the bill?",
  "a=$25..45/5 b=$[5,10,15] c=2..6",
  ["x=b*c | $ | extra charge", "y=a+x | $ | bill"],
  "the bill was {R}")
t("school_supplies_change",
  "{name} buys a backpack for {a}, a lunchbox for {b}, and a water bottle for {c}. {Pr} pays with a {d!} bill. How much change does {pr} get?",
  "a=$18..35 b=$6..12 c=$4..9 d=$[50,100]",
  ["s=a+b+c | $ | total", "r=d-s | $ | change"],
  "{name} gets {R} in change", "a+b+c < d - 3")
t("pen_packs_compare",
  "A pack of {a} pens costs {p}. A pack of {b} pens costs {q}. How much more does one pen cost in the small pack than in the big pack?",
  "a=[4,5,10] p=$2..6/.5 b=[20,25] q=$5..10",
  ["x=p/a | $ | price per pen in the small pack", "y=q/b | $ | price per pen in the big pack", "d=x-y | $ | difference"],
  "one pen costs {R} more in the small pack", "(p*100) % a == 0 and (q*100) % b == 0 and p/a > q/b")
t("cookie_fundraiser",
  "The class sold {a} boxes of cookies for {p} each. They spent {c} on supplies and shared the rest equally among {b} teams. How much does each team get?",
  "a=20..60/2 p=$3..5 c=$20..50/10 b=[2,4,5]",
  ["r=a*p | $ | money from sales", "g=r-c | $ | money left", "e=g/b | $ | share for each team"],
  "each team gets {R}", "a*p > c and ((a*p - c) * 100) % b == 0")
t("movie_group",
  "{name} takes {a} friends to the movies and pays for everyone, including {obj}self. Tickets are {p} each and popcorn is {q} per person. How much does {pr} spend?",
  "a=2..5 p=$8..12 q=$3..6",
  ["n=a+1 | people | people", "e=p+q | $ | cost per person", "t=n*e | $ | total"],
  "{name} spends {R}")
t("haircut_tip",
  "A haircut costs {a}. {name} leaves a {P}% tip. How much does {pr} pay in total?",
  "a=$20..60/5 P=[10,15,20]",
  ["x=pct(a,P) | $ | tip", "y=a+x | $ | total"],
  "{name} pays {R}")
t("wages_gas_weeks",
  "{name} works {a} hours a week at {p} per hour. {Pr} spends {b} on gas each week. How much money does {pr} have left after {c} weeks?",
  "a=10..20 p=$10..15 b=$20..40/5 c=2..4",
  ["w=a*p | $ | weekly pay", "l=w-b | $ | money left each week", "t=l*c | $ | money left"],
  "{name} has {R} left")
t("used_books_deal",
  "Used books cost {p} each, or you can get {a} books for {q}. How much does {name} save by getting {a} books with the deal?",
  "p=$2..4/.5 a=[4,5,6] q=$6..15",
  ["x=a*p | $ | regular price", "s=x-q | $ | savings"],
  "{name} saves {R}", "a*p > q")
t("bake_sale_dozen",
  "{name} bakes {a} dozen cupcakes for the bake sale and sells them for {p} each. {Pr} sells all but {b} of them. How much money does {pr} make?",
  "a=2..5 p=$0.50..2.00/.25 b=2..9",
  ["c=doz(a) | cupcakes | cupcakes", "s=c-b | cupcakes | cupcakes sold", "m=s*p | $ | money made"],
  "{name} makes {R}")
t("rent_roommates",
  "{a} roommates split the rent of {b} and the utilities of {c} equally. How much does each roommate pay?",
  "a=[2,3,4] b=$900..1800/100 c=$120..240/30",
  ["t=b+c | $ | total", "e=t/a | $ | share for each roommate"],
  "each roommate pays {R}", "((b+c)*100) % a == 0")
t("grandma_double",
  "{name} had {a} in {pos} wallet. For {pos} birthday, {pos} grandma doubled it. Then {pr} spent {b} on a toy. How much does {pr} have now?",
  "a=$8..25 b=$5..20",
  ["d=dbl(a) | $ | money after the birthday", "l=d-b | $ | money left"],
  "{name} has {R} left", "2*a > b + 2")
t("gas_trips",
  "A car uses {a} gallons of gas for one trip to the lake. Gas costs {p} per gallon. {name} drives to the lake {b} times this summer. How much does the gas cost?",
  "a=3..8 p=$3..4.5/.5 b=2..5",
  ["g=a*b | gallons | gallons", "c=g*p | $ | gas cost"],
  "the gas costs {R}")
t("muffins_half_dozen",
  "Muffins cost {p} each, or {q} for a half dozen. How much do you save by buying a half dozen instead of 6 single muffins?",
  "p=$1.50..3.00/.25 q=$6..12",
  ["x=6*p | $ | price of six single muffins", "s=x-q | $ | savings"],
  "you save {R}", "6*p > q")
t("nickels_dimes_candy",
  "{name} has {a} nickels and {b} dimes. {Pr} buys a candy bar for {c}. How much money does {pr} have left?",
  "a=6..20 b=5..15 c=$0.45..0.95/.05",
  ["n=a*0.05 | $ | value of the nickels", "d=b*0.1 | $ | value of the dimes", "t=n+d | $ | money in all", "l=t-c | $ | money left"],
  "{name} has {R} left", "a*0.05 + b*0.1 > c + 0.05")
t("concert_fee",
  "Concert tickets cost {a} each, plus a {b} service fee on every ticket. {name} buys {c} tickets. What is the total?",
  "a=$25..60/5 b=$3..8 c=2..5",
  ["e=a+b | $ | cost per ticket", "t=e*c | $ | total"],
  "the total is {R}")
t("quarter_lunch_book",
  "{name} has {a}. {Pr} spends a quarter of it on lunch and {b} on a book. How much money is left?",
  "a=$20..60/4 b=$5..12",
  ["q=frac(a,1,4) | $ | lunch money", "s=q+b | $ | money spent", "l=a-s | $ | money left"],
  "{name} has {R} left", "a/4 + b < a")
t("notebooks_percent_off",
  "Notebooks cost {p} each. {name} buys {a} notebooks and gets {P}% off the total. How much does {pr} pay?",
  "p=$2..5 a=[4,5,6,8,10] P=[10,20,25,50]",
  ["t=a*p | $ | price before the discount", "d=pct(t,P) | $ | discount", "f=t-d | $ | price after the discount"],
  "{name} pays {R}")
t("mowing_weeks",
  "{name} mows {a} lawns every week and charges {p} per lawn. How much does {pr} earn in {b} weeks?",
  "a=2..6 p=$15..30/5 b=3..8",
  ["w=a*p | $ | weekly earnings", "t=w*b | $ | earnings"],
  "{name} earns {R}")
t("eggs_per_week_money",
  "A farmer's hens lay {a} eggs every day. {Pr} sells the eggs for {p} a dozen. How much money does {pr} make in a week?",
  "a=12..48/12 p=$3..5/.5",
  ["e=a*7 | eggs | eggs in a week", "d=e/12 | dozen | dozens", "m=d*p | $ | money"],
  "the farmer makes {R}")
t("shirts_pants_giftcard",
  "{name} buys {a} shirts for {p} each and {b} pairs of pants for {q} each. {Pr} uses a {c!} gift card. How much does {pr} still owe?",
  "a=2..4 p=$8..15 b=2..3 q=$20..30 c=$[25,50]",
  ["x=a*p | $ | cost of the shirts", "y=b*q | $ | cost of the pants", "t=x+y | $ | total", "o=t-c | $ | amount still owed"],
  "{name} still owes {R}", "a*p + b*q > c + 5")
t("basketballs_budget",
  "The gym teacher has a budget of {b}. {Pr} buys {a} basketballs for {p} each. How much of the budget is left?",
  "b=$200..400/50 a=5..12 p=$12..25",
  ["c=a*p | $ | cost of the basketballs", "l=b-c | $ | money left"],
  "{R} is left", "a*p < b - 10")
t("yard_sale_two_days",
  "At a yard sale, {name} sold {a} books for {p} each on Saturday and {b} toys for {q} each on Sunday. How much did {pr} make?",
  "a=5..15 p=$0.50..2.00/.5 b=4..10 q=$1..3/.5",
  ["x=a*p | $ | money from books", "y=b*q | $ | money from toys", "t=x+y | $ | total"],
  "{name} made {R}")
t("dog_walking_saves",
  "{name} walks dogs for {p} per walk. {Pr} does {a} walks a week. {Pr} spends {b} each week and saves the rest. How much does {pr} save in {c} weeks?",
  "p=$5..10 a=3..8 b=$5..15 c=3..6",
  ["w=a*p | $ | weekly earnings", "s=w-b | $ | weekly savings", "t=s*c | $ | savings"],
  "{name} saves {R}", "a*p > b + 3")
t("coffee_week",
  "{name} buys a coffee for {p} every weekday. How much does {pr} spend on coffee in {a} weeks?",
  "p=$2.25..4.75/.25 a=2..4",
  ["w=p*5 | $ | cost each week", "t=w*a | $ | total"],
  "{name} spends {R}")
t("tax_shirts",
  "A shirt costs {a}. The sales tax is {P}%. How much do {b} shirts cost with tax?",
  "a=$10..40/10 P=[5,10] b=2..4",
  ["x=pct(a,P) | $ | tax on one shirt", "y=a+x | $ | price of one shirt with tax", "z=y*b | $ | total"],
  "the shirts cost {R} with tax")
t("grapes_cherries",
  "Grapes cost {p} per pound and cherries cost {q} per pound. {name} buys {a} pounds of grapes and {b} pounds of cherries. How much does {pr} spend?",
  "p=$2..3/.5 q=$4..6 a=2..4 b=2..3",
  ["x=a*p | $ | cost of the grapes", "y=b*q | $ | cost of the cherries", "z=x+y | $ | total"],
  "{name} spends {R}")
t("milk_weeks",
  "A family drinks {a} gallons of milk every week. Milk costs {p} a gallon. How much do they spend on milk in {b} weeks?",
  "a=2..5 p=$3..4.5/.25 b=3..6",
  ["g=a*b | gallons | gallons", "c=g*p | $ | cost"],
  "they spend {R}")
t("savings_interest",
  "{name} puts {a} in a savings account. After a year, {pr} earns {P}% interest. Then {pr} takes out {b}. How much is left in the account?",
  "a=$100..500/100 P=[2,4,5,10] b=$20..80/10",
  ["i=pct(a,P) | $ | interest", "t=a+i | $ | money in the account", "l=t-b | $ | money left"],
  "{R} is left in the account")
t("stamps_cost",
  "Stamps cost {p} each. {name} needs to mail {a} letters and {b} cards, one stamp each. How much do the stamps cost?",
  "p=$0.50..0.75/.05 a=3..9 b=2..8",
  ["n=a+b | stamps | stamps", "c=n*p | $ | cost"],
  "the stamps cost {R}", "(a+b)*p*100 % 5 == 0")
t("car_wash_fundraiser",
  "The swim team holds a car wash and charges {p} per car. They wash {a} cars on Saturday and {b} cars on Sunday. Then they buy new kickboards for {c}. How much money do they have left?",
  "p=$5..10 a=15..30 b=10..25 c=$60..150/10",
  ["n=a+b | cars | cars washed", "m=n*p | $ | money raised", "l=m-c | $ | money left"],
  "they have {R} left", "(a+b)*p > c + 10")
t("plant_pots",
  "{name} buys {a} flower pots for {p} each and {b} bags of soil for {q} each. How much does {pr} spend?",
  "a=3..8 p=$2..6 b=2..4 q=$4..9",
  ["x=a*p | $ | cost of the pots", "y=b*q | $ | cost of the soil", "z=x+y | $ | total"],
  "{name} spends {R}")

# ---------------------------------------------------------------- counting / items
t("cookie_trays",
  "{name} bakes {a} trays of cookies with {b} cookies on each tray. {Pr} gives {c} cookies to {pos} neighbors. How many cookies are left?",
  "a=2..6 b=8..15 c=5..20",
  ["t=a*b | cookies | cookies baked", "r=t-c | cookies | cookies left"],
  "there are {R} cookies left", "c < a*b - 2")
t("eggs_dozen",
  "{name} buys {n} dozen eggs. {Pr} uses {b} eggs to bake cakes and {c} eggs for breakfast. How many eggs are left?",
  "n=2..5 b=4..12 c=2..6",
  ["e=doz(n) | eggs | eggs", "u=b+c | eggs | eggs used", "l=e-u | eggs | eggs left"],
  "there are {R} eggs left", "b + c < 12*n - 2")
t("tomato_rows",
  "{name} plants {a} rows of tomato plants with {b} plants in each row. Each plant grows {c} tomatoes. How many tomatoes does {pr} grow?",
  "a=3..8 b=4..10 c=5..12",
  ["p=a*b | plants | plants", "t=p*c | tomatoes | tomatoes"],
  "{name} grows {R} tomatoes")
t("pizza_slices_share",
  "{a} friends order {b} pizzas. Each pizza is cut into {c} slices. They share the slices equally. How many slices does each friend get?",
  "a=3..8 b=2..6 c=[6,8,10,12]",
  ["s=b*c | slices | slices", "e=s/a | slices | slices for each friend"],
  "each friend gets {R} slices", "(b*c) % a == 0")
t("marbles_triple",
  "{name} has {a} marbles. {Pos} brother has three times as many marbles. How many marbles do they have together?",
  "a=12..45",
  ["b=tri(a) | marbles | brother's marbles", "t=a+b | marbles | marbles together"],
  "they have {R} marbles together")
t("class_half_lunch",
  "A class has {a} students. Half of them bring lunch from home. Of the rest, {b} buy lunch at school and the others go home for lunch. How many go home for lunch?",
  "a=20..40/2 b=4..12",
  ["h=half(a) | students | students who bring lunch", "r=a-h | students | other students", "g=r-b | students | students who go home"],
  "{R} students go home for lunch", "b < a/2 - 1")
t("hens_roosters",
  "A farmer has {a} chickens. Two-thirds of them are hens and the rest are roosters. How many roosters are there?",
  "a=15..60/3",
  ["h=frac(a,2,3) | hens | hens", "r=a-h | roosters | roosters"],
  "there are {R} roosters")
t("library_boxes",
  "A library has {a} books. It gets {b} boxes with {c} new books in each box. Then {d} books are lost. How many books does the library have now?",
  "a=120..400 b=3..8 c=10..25 d=5..30",
  ["n=b*c | books | new books", "t=a+n | books | books after the delivery", "l=t-d | books | books now"],
  "the library has {R} books")
t("seashells_three_days",
  "{name} collects {a} seashells on Monday and {b} on Tuesday. On Wednesday {pr} collects twice as many as on Tuesday. How many seashells does {pr} collect in all?",
  "a=10..30 b=8..25",
  ["w=dbl(b) | seashells | seashells on Wednesday", "t=a+b+w | seashells | seashells in all"],
  "{name} collects {R} seashells")
t("bus_riders_percent",
  "There are {a} students in a grade. {P}% of them ride the bus to school. How many students do not ride the bus?",
  "a=40..120/20 P=[10,20,25,30,40,60,75]",
  ["r=pct(a,P) | students | students who ride the bus", "n=a-r | students | students who don't ride the bus"],
  "{R} students do not ride the bus")
t("crayon_boxes_friends",
  "A box holds {a} crayons. {name} has {b} boxes. {Pr} gives {c} crayons to each of {d} friends. How many crayons does {pr} have left?",
  "a=[8,12,16,24] b=3..6 c=3..8 d=2..5",
  ["t=a*b | crayons | crayons", "g=c*d | crayons | crayons given away", "l=t-g | crayons | crayons left"],
  "{name} has {R} crayons left", "c*d < a*b - 2")
t("bread_loaves_days",
  "A baker makes {a} loaves of bread every day and sells {b} loaves every day. How many loaves are left over after {c} days?",
  "a=30..60 b=20..45 c=3..7",
  ["l=a-b | loaves | loaves left each day", "t=l*c | loaves | loaves left over"],
  "there are {R} loaves left over", "b < a - 1")
t("cards_third_away",
  "{name} has {a} baseball cards. {Pr} gives a third of them to {pos} cousin. Then {pr} buys {b} more cards. How many cards does {pr} have now?",
  "a=24..90/3 b=5..20",
  ["g=frac(a,1,3) | cards | cards given away", "k=a-g | cards | cards kept", "t=k+b | cards | cards now"],
  "{name} has {R} cards now")
t("parking_lot",
  "A parking lot has {a} rows with {b} spaces in each row. Right now {c} cars are parked there. How many spaces are empty?",
  "a=5..12 b=10..20 c=20..90",
  ["s=a*b | spaces | spaces", "e=s-c | spaces | empty spaces"],
  "{R} spaces are empty", "c < a*b - 2")
t("bus_capacity",
  "Each school bus holds {a} students. The school sends {b} buses on a field trip with {c} students. How many more students could fit on the buses?",
  "a=[30,36,40,44,48] b=2..5 c=50..200",
  ["p=a*b | seats | seats", "m=p-c | students | more students"],
  "{R} more students could fit", "c < a*b - 2")
t("fruit_stand",
  "A fruit stand has {a} apples and {b} oranges. It sells half of the apples and {c} of the oranges. How many pieces of fruit are left?",
  "a=20..60/2 b=15..50 c=5..20",
  ["h=half(a) | apples | apples sold", "x=a-h | apples | apples left", "y=b-c | oranges | oranges left", "z=x+y | pieces of fruit | fruit left"],
  "there are {R} pieces of fruit left", "c < b - 2")
t("scarves_yarn",
  "Grandma knits {a} scarves every week. Each scarf takes {b} balls of yarn. How many balls of yarn does she use in {c} weeks?",
  "a=2..5 b=3..6 c=3..8",
  ["s=a*c | scarves | scarves", "y=s*b | balls of yarn | balls of yarn"],
  "she uses {R} balls of yarn")
t("aquarium_fish",
  "{name} has {a} fish in {pos} aquarium. {Pr} buys {b} more fish every month for {c} months. Then {pr} gives {d} fish to a friend. How many fish does {pr} have?",
  "a=5..20 b=2..6 c=2..6 d=2..8",
  ["n=b*c | fish | new fish", "t=a+n | fish | fish before giving some away", "l=t-d | fish | fish now"],
  "{name} has {R} fish")
t("teacher_pencils",
  "A teacher has {a} pencils. She keeps {c} for herself and shares the rest equally among {b} students. How many pencils does each student get?",
  "a=50..150 c=2..10 b=[8,10,12,15,20,24]",
  ["s=a-c | pencils | pencils to share", "e=s/b | pencils | pencils for each student"],
  "each student gets {R} pencils", "(a-c) % b == 0")
t("theater_seats_percent",
  "A theater has {b} rows with {a} seats in each row. For the school play, {P}% of the seats are filled. How many seats are filled?",
  "a=10..30/2 b=10..20 P=[25,50,75,60,80]",
  ["s=a*b | seats | seats", "f=pct(s,P) | seats | filled seats"],
  "{R} seats are filled")
t("pages_triple_fewer",
  "{name} reads {a} pages on Monday. On Tuesday {pr} reads three times as many pages. On Wednesday {pr} reads {b} fewer pages than on Tuesday. How many pages does {pr} read in the three days?",
  "a=8..25 b=5..15",
  ["x=tri(a) | pages | pages on Tuesday", "y=x-b | pages | pages on Wednesday", "z=a+x+y | pages | pages in all"],
  "{name} reads {R} pages")
t("zoo_birds_snakes",
  "A zoo has {a} monkeys. It has four times as many birds as monkeys, and {b} fewer snakes than birds. How many snakes does the zoo have?",
  "a=6..25 b=5..20",
  ["x=a*4 | birds | birds", "y=x-b | snakes | snakes"],
  "the zoo has {R} snakes", "b < 4*a - 2")
t("cookie_bags_money",
  "A bakery makes {a} cookies and puts them in bags of {b}. It sells each bag for {p}. How much money does the bakery make if it sells every bag?",
  "a=48..144/12 b=[4,6,12] p=$2..6/.5",
  ["n=a/b | bags | bags", "m=n*p | $ | money"],
  "the bakery makes {R}", "a % b == 0")
t("toy_cars_fewer",
  "{name} has {a} toy cars. {Pos} friend has {b} fewer toy cars. How many toy cars do they have together?",
  "a=20..60 b=4..15",
  ["f=a-b | toy cars | friend's toy cars", "t=a+f | toy cars | toy cars together"],
  "they have {R} toy cars together")
t("marbles_green_equal",
  "A jar has {a} red marbles and {b} blue marbles. It also has as many green marbles as red and blue put together. How many marbles are in the jar?",
  "a=10..40 b=8..35",
  ["g=a+b | marbles | green marbles", "t=a+b+g | marbles | marbles in the jar"],
  "there are {R} marbles in the jar")
t("chairs_rows_removed",
  "There are {a} chairs in a hall, set up in rows of {b}. The janitor takes away {c} rows. How many chairs are left?",
  "a=60..240/12 b=[6,10,12] c=2..4",
  ["r=a/b | rows | rows", "k=r-c | rows | rows left", "l=k*b | chairs | chairs left"],
  "there are {R} chairs left", "a % b == 0 and a/b > c + 1")
t("cows_milk_week",
  "A farmer has {a} cows. Each cow gives {b} liters of milk a day. How many liters of milk does the farmer get in a week?",
  "a=4..15 b=8..20",
  ["d=a*b | liters | liters each day", "w=d*7 | liters | liters in a week"],
  "the farmer gets {R} liters")
t("spider_ant_legs",
  "Spiders have 8 legs and ants have 6 legs. In a bug box there are {a} spiders and {b} ants. How many legs are in the box?",
  "a=3..12 b=4..15",
  ["s=a*8 | legs | spider legs", "n=b*6 | legs | ant legs", "t=s+n | legs | legs"],
  "there are {R} legs")
t("strawberries_bowls",
  "{name} picks {a} strawberries. {Pr} eats {b} of them and puts the rest into {c} bowls, the same number in each bowl. How many strawberries go in each bowl?",
  "a=30..80 b=2..10 c=[3,4,5,6]",
  ["r=a-b | strawberries | strawberries left", "e=r/c | strawberries | strawberries in each bowl"],
  "{R} strawberries go in each bowl", "(a-b) % c == 0")
t("ribbon_pieces",
  "A ribbon is {a} inches long. {name} cuts off {b} pieces that are {c} inches long each. How many inches of ribbon are left?",
  "a=60..150 b=3..6 c=5..15",
  ["x=b*c | inches | inches cut off", "l=a-x | inches | inches left"],
  "there are {R} inches left", "b*c < a - 2")
t("hotel_rooms_booked",
  "A hotel has {a} floors with {b} rooms on each floor. Two-fifths of the rooms are booked tonight. How many rooms are empty?",
  "a=4..12 b=10..25",
  ["t=a*b | rooms | rooms", "k=frac(t,2,5) | rooms | booked rooms", "e=t-k | rooms | empty rooms"],
  "{R} rooms are empty", "(a*b) % 5 == 0")
t("chocolates_quarter",
  "A box has {a} chocolates. {name} eats a quarter of them and gives {b} to a friend. How many chocolates are left?",
  "a=16..60/4 b=2..8",
  ["q=frac(a,1,4) | chocolates | chocolates eaten", "e=q+b | chocolates | chocolates gone", "l=a-e | chocolates | chocolates left"],
  "there are {R} chocolates left", "a/4 + b < a - 2")
t("violins_cellos",
  "The school orchestra has {a} violin players, which is three times the number of cello players. How many violin and cello players are there altogether?",
  "a=12..36/3",
  ["c=a/3 | cello players | cello players", "t=a+c | players | players"],
  "there are {R} violin and cello players")
t("bracelet_beads",
  "{name} has {a} beads. {Pr} uses {b} beads for each bracelet and makes {c} bracelets. Then {pr} buys {d} packs with {e} beads in each pack. How many beads does {pr} have now?",
  "a=80..200 b=8..15 c=3..6 d=2..4 e=20..50/5",
  ["u=b*c | beads | beads used", "l=a-u | beads | beads left", "n=d*e | beads | new beads", "t=l+n | beads | beads now"],
  "{name} has {R} beads", "b*c < a - 5")
t("scooters_sold",
  "A store had {a} scooters. It sold {b} on Saturday and twice as many on Sunday. How many scooters are left?",
  "a=40..90 b=5..15",
  ["s=dbl(b) | scooters | scooters sold on Sunday", "t=b+s | scooters | scooters sold", "l=a-t | scooters | scooters left"],
  "there are {R} scooters left", "3*b < a - 2")
t("vans_trip_cost",
  "{a} students go on a field trip. Each van holds {b} students, and renting one van costs {p}. How much does it cost to rent the vans?",
  "a=24..96/12 b=[6,8,12] p=$40..90/5",
  ["v=a/b | vans | vans", "c=v*p | $ | cost"],
  "it costs {R}", "a % b == 0")
t("sticker_chart",
  "{name} gets {a} gold stars each school day. How many gold stars does {pr} get in {b} weeks if there are 5 school days in a week?",
  "a=2..6 b=2..9",
  ["d=b*5 | days | school days", "s=d*a | stars | gold stars"],
  "{name} gets {R} gold stars")
t("puzzle_pieces_done",
  "A puzzle has {a} pieces. {name} puts in {b} pieces a day for {c} days. How many pieces are still left?",
  "a=300..1000/50 b=25..60/5 c=3..8",
  ["d=b*c | pieces | pieces done", "l=a-d | pieces | pieces left"],
  "{R} pieces are left", "b*c < a - 10")
t("garden_beds_flowers",
  "{name} has {a} garden beds. {Pr} plants {b} tulips and {c} daisies in each bed. How many flowers does {pr} plant?",
  "a=3..8 b=6..15 c=4..12",
  ["e=b+c | flowers | flowers in each bed", "t=e*a | flowers | flowers"],
  "{name} plants {R} flowers")
t("cupcake_boxes",
  "A bakery boxes {a} cupcakes in boxes of {b}. It already has {c} boxes on the shelf. How many boxes are on the shelf now?",
  "a=48..144/12 b=[4,6,12] c=5..20",
  ["n=a/b | boxes | new boxes", "t=n+c | boxes | boxes on the shelf"],
  "there are {R} boxes", "a % b == 0")
t("laundry_socks",
  "{name} has {a} pairs of socks. {Pr} loses {b} single socks in the laundry. How many single socks does {pr} have left?",
  "a=8..25 b=2..9",
  ["s=a*2 | socks | single socks", "l=s-b | socks | socks left"],
  "{name} has {R} socks left")
t("trading_cards_packs",
  "Trading cards come in packs of {a}. {name} buys {b} packs and {pos} sister buys {c} packs. How many cards do they have together?",
  "a=[5,8,10,12,15] b=2..8 c=2..8",
  ["x=b*a | cards | cards {name} buys", "y=c*a | cards | sister's cards", "z=x+y | cards | cards together"],
  "they have {R} cards together")
t("birdhouses_nails",
  "Each birdhouse needs {a} nails. {name} builds {b} birdhouses and has {c} nails left over. How many nails did {pr} start with?",
  "a=12..30 b=3..7 c=5..25",
  ["u=a*b | nails | nails used", "s=u+c | nails | nails at the start"],
  "{name} started with {R} nails")
t("classroom_tables",
  "A classroom has {a} boys and {b} girls. The students sit {c} to a table. How many tables do they need?",
  "a=8..16 b=8..16 c=[3,4,5,6]",
  ["t=a+b | students | students", "n=t/c | tables | tables"],
  "they need {R} tables", "(a+b) % c == 0")
t("gym_machines",
  "A gym has {a} treadmills and twice as many bikes. {b} of the machines are broken. How many machines work?",
  "a=6..20 b=2..8",
  ["k=dbl(a) | bikes | bikes", "t=a+k | machines | machines", "w=t-b | machines | working machines"],
  "{R} machines work")
t("tables_chairs_legs",
  "A carpenter makes tables with 4 legs and stools with 3 legs. This week {pr} makes {c} tables and {d} stools. How many legs does {pr} need?",
  "c=3..10 d=4..12",
  ["x=c*4 | legs | legs for the tables", "y=d*3 | legs | legs for the stools", "z=x+y | legs | legs"],
  "the carpenter needs {R} legs")
t("omelet_eggs_dozen",
  "A cook uses {a} eggs for each omelet. She makes {b} omelets at breakfast and {c} at lunch. How many dozen eggs does she use?",
  "a=[2,3,4] b=4..20 c=4..20",
  ["o=b+c | omelets | omelets", "e=o*a | eggs | eggs", "d=e/12 | dozen | dozens"],
  "she uses {R} dozen eggs", "((b+c)*a) % 12 == 0")
t("stairs_climbs",
  "A staircase has {a} steps. {name} climbs it {b} times a day. How many steps does {pr} climb in {c} days?",
  "a=12..30 b=2..6 c=3..7",
  ["d=a*b | steps | steps each day", "t=d*c | steps | steps"],
  "{name} climbs {R} steps")
t("teams_water_bottles",
  "There are {a} teams with {b} players on each team. Every player gets {c} bottles of water. How many bottles are needed?",
  "a=4..10 b=8..15 c=2..4",
  ["p=a*b | players | players", "w=p*c | bottles | bottles"],
  "{R} bottles are needed")
t("collecting_cans",
  "A class collects {a} cans in the first week. In the second week they collect {b} more cans than in the first week, and in the third week they collect double the second week. How many cans do they collect in all?",
  "a=20..60 b=5..20",
  ["x=a+b | cans | cans in the second week", "y=dbl(x) | cans | cans in the third week", "z=a+x+y | cans | cans"],
  "they collect {R} cans")
t("game_points_bonus",
  "In a video game, {name} scores {a} points on each level. After {b} levels, {pr} loses {c} points. Then {pr} gets a bonus equal to half of {pos} points. How many points does {pr} have now?",
  "a=20..60/5 b=3..8 c=10..40/2",
  ["s=a*b | points | points after the levels", "l=s-c | points | points after the loss", "h=half(l) | points | bonus", "t=l+h | points | points now"],
  "{name} has {R} points", "c < a*b - 10 and (a*b - c) % 2 == 0")
t("elevator_weight",
  "An elevator can carry {a} pounds. {b} people get on, and each weighs about {c} pounds. How many more pounds can the elevator carry?",
  "a=1500..3000/100 b=5..12 c=120..180/10",
  ["w=b*c | pounds | weight of the people", "m=a-w | pounds | pounds left"],
  "it can carry {R} more pounds", "b*c < a - 50")
t("ferris_wheel_rides",
  "A Ferris wheel has {a} cars, and each car holds {b} people. There are {c} people in line. How many full turns does the wheel need so that everyone gets a ride, if every car is full each time?",
  "a=8..16 b=[4,6] c=96..480/48",
  ["p=a*b | people | people per turn", "r=c/p | turns | turns"],
  "it needs {R} turns", "c % (a*b) == 0")
t("flowers_percent_died",
  "{name} planted {a} flowers. {P}% of them did not grow. Then {pr} planted {b} more flowers, and all of those grew. How many flowers grew?",
  "a=20..80/20 P=[10,20,25,50] b=5..15",
  ["d=pct(a,P) | flowers | flowers that didn't grow", "g=a-d | flowers | flowers that grew", "t=g+b | flowers | flowers that grew"],
  "{R} flowers grew")
t("candle_burn",
  "A candle is {a} centimeters tall. It burns {b} centimeters every hour. How tall is the candle after {c} hours?",
  "a=20..40 b=2..4 c=3..6",
  ["x=b*c | centimeters | centimeters burned", "h=a-x | centimeters | height"],
  "the candle is {R} centimeters tall", "b*c < a - 2")
t("coin_jars_double_plus",
  "Tom has {a} coins in his jar. Sara has {b} more than double what Tom has. How many coins do they have together?",
  "a=15..60 b=3..15",
  ["d=dbl(a) | coins | double Tom's coins", "s=d+b | coins | Sara's coins", "t=a+s | coins | coins together"],
  "they have {R} coins together")
t("paint_cans",
  "A painter is painting {a} rooms. Each room needs {b} gallons of paint. Paint comes in cans of {c} gallons. How many cans does the painter need?",
  "a=3..12 b=2..6 c=[2,3,4]",
  ["g=a*b | gallons | gallons", "n=g/c | cans | cans"],
  "the painter needs {R} cans", "(a*b) % c == 0")
t("chapters_pages_left",
  "A book has {a} chapters with {b} pages in each chapter. {name} has read {c} chapters. How many pages are left to read?",
  "a=10..24 b=12..25 c=3..9",
  ["r=a-c | chapters | chapters left", "p=r*b | pages | pages left"],
  "there are {R} pages left", "c < a - 1")
t("soccer_points",
  "In a soccer league, a win is worth 3 points and a tie is worth 1 point. {name}'s team has {a} wins and {b} ties. How many points does the team have?",
  "a=4..15 b=2..8",
  ["w=a*3 | points | points from wins", "t=w+b | points | points"],
  "the team has {R} points")
t("building_flagpole",
  "A building has {a} floors, and each floor is {b} feet tall. A flagpole on the roof is {c} feet tall. How far is the top of the flagpole from the ground?",
  "a=5..20 b=[10,11,12,14] c=8..25",
  ["h=a*b | feet | height of the building", "t=h+c | feet | height to the top of the flagpole"],
  "the top of the flagpole is {R} feet from the ground")
t("basketball_win_by",
  "A basketball team scores {a} points in the first half and {b} points in the second half. The other team scores {c} points in the whole game. By how many points does the first team win?",
  "a=30..55 b=30..55 c=50..90",
  ["t=a+b | points | total points", "w=t-c | points | winning margin"],
  "they win by {R} points", "c < a + b - 2")
t("ages_mother_future",
  "{name} is {a} years old. {Pos} mother is three times as old as {obj}. How old will {pos} mother be in {b} years?",
  "a=8..14 b=3..12",
  ["m=tri(a) | years old | mother's age now", "f=m+b | years old | mother's age then"],
  "{pos} mother will be {R} years old")
t("ages_dad_double_sum",
  "{name} is {a} years old and {pos} brother is {b} years younger. Their dad's age is twice the sum of their ages. How old is their dad?",
  "a=9..16 b=2..6",
  ["y=a-b | years old | brother's age", "s=a+y | years | sum of their ages", "d=dbl(s) | years old | dad's age"],
  "their dad is {R} years old")
t("dog_food_bags",
  "{name}'s dog eats {a} cups of food a day. A bag of dog food has {b} cups. How many bags does {name} need for {c} days?",
  "a=2..4 b=[20,24,30,36,40] c=30..120/10",
  ["u=a*c | cups | cups needed", "n=u/b | bags | bags"],
  "{name} needs {R} bags", "(a*c) % b == 0")
t("raffle_tickets",
  "A club prints {a} raffle tickets. On Monday members sell {b} tickets, and on Tuesday they sell three times as many as on Monday. How many tickets are still unsold?",
  "a=100..300/10 b=10..40",
  ["x=tri(b) | tickets | tickets sold on Tuesday", "y=b+x | tickets | tickets sold", "z=a-y | tickets | unsold tickets"],
  "{R} tickets are unsold", "4*b < a - 5")
t("cereal_bowls",
  "A box of cereal makes {a} bowls. {name}'s family eats {b} bowls a day. How many boxes do they need for {c} weeks?",
  "a=[10,12,14,16,20] b=[2,3,4] c=2..6",
  ["d=c*7 | days | days", "w=d*b | bowls | bowls", "n=w/a | boxes | boxes"],
  "they need {R} boxes", "(c*7*b) % a == 0")

# ---------------------------------------------------------------- time / rates
t("practice_week_minutes",
  "{name}'s soccer practice starts at {s} and ends at {e}. {Pr} has practice {d} days a week. How many minutes of practice does {pr} have each week?",
  "s=@15:15..16:30/15 e=@s+45..105/15 d=2..5",
  ["m=tdiff(s,e) | minutes | minutes each practice", "w=m*d | minutes | minutes each week"],
  "{name} practices {R} minutes a week")
t("homework_reading",
  "{name} starts {pos} homework at {s} and finishes at {e}. {Pr} spends {m} minutes on math and the rest of the time reading. How many minutes does {pr} spend reading?",
  "s=@15:30..16:45/5 e=@s+50..120/5 m=15..40/5",
  ["t=tdiff(s,e) | minutes | minutes of homework", "r=t-m | minutes | minutes reading"],
  "{name} spends {R} minutes reading", "m < 50 - 5")
t("bus_early",
  "The school bus picks {name} up at {s}. The ride takes {m} minutes. School starts at {e}. How many minutes early does {name} get to school?",
  "s=@7:05..7:35/5 m=15..35/5 e=@s+40..70/5",
  ["a=tadd(s,m) | @ | arrival time", "w=tdiff(a,e) | minutes | minutes early"],
  "{name} gets there {R} minutes early")
t("reading_rate_hours",
  "{name} reads {a} pages an hour. On Sunday {pr} reads from {s} to {e}. How many pages does {pr} read?",
  "a=20..40/4 s=@13:00..15:00/30 e=@s+60..150/30",
  ["m=tdiff(s,e) | minutes | minutes of reading", "h=m/60 | hours | hours", "p=h*a | pages | pages"],
  "{name} reads {R} pages")
t("bread_oven_opening",
  "A baker puts bread in the oven at {s}. It bakes for {m} minutes and then cools for {c} minutes. The shop opens at {e}. How many minutes before the shop opens is the bread ready?",
  "s=@5:00..5:45/15 m=25..45/5 c=10..20/5 e=@s+90..120/15",
  ["t=m+c | minutes | minutes until it's ready", "r=tadd(s,t) | @ | time it's ready", "w=tdiff(r,e) | minutes | minutes before opening"],
  "the bread is ready {R} minutes before the shop opens")
t("movie_left",
  "A movie is {a} minutes long. {name} watched it from {s} to {e} and then had to stop. How many minutes of the movie are left?",
  "a=95..140/5 s=@18:00..19:00/15 e=@s+40..80/5",
  ["w=tdiff(s,e) | minutes | minutes watched", "l=a-w | minutes | minutes left"],
  "there are {R} minutes left")
t("swim_laps_rate",
  "A swimmer swims {a} laps in {b} minutes. At that rate, how many laps does she swim in {c} minutes?",
  "a=12..40 b=[4,5,8,10] c=20..60/10",
  ["r=a/b | laps | laps per minute", "t=r*c | laps | laps"],
  "she swims {R} laps", "a % b == 0")
t("car_speed_same",
  "A car travels {a} miles in {b} hours. At the same speed, how far does it go in {c} hours?",
  "a=90..240/30 b=[2,3] c=4..7",
  ["s=a/b | miles per hour | speed", "d=s*c | miles | distance"],
  "it goes {R} miles", "a % b == 0")
t("walk_morning_evening",
  "{name} walks at {a} miles per hour. {Pr} walks for {b} hours in the morning and {c} hours in the evening. How many miles does {pr} walk?",
  "a=[2,3,4] b=1..2.5/.5 c=0.5..2/.5",
  ["h=b+c | hours | hours walking", "d=h*a | miles | miles"],
  "{name} walks {R} miles")
t("printer_copies",
  "A printer prints {a} pages per minute. How many minutes does it take to print {b} copies of a {c}-page report?",
  "a=[10,12,15,20,25,30] b=5..30 c=[4,6,8,10,12]",
  ["p=b*c | pages | pages", "m=p/a | minutes | minutes"],
  "it takes {R} minutes", "(b*c) % a == 0")
t("faucet_drip",
  "A leaky faucet drips {a} milliliters of water every minute. How many milliliters drip in {b} hours?",
  "a=2..9 b=2..6",
  ["m=b*60 | minutes | minutes", "t=m*a | milliliters | milliliters"],
  "{R} milliliters drip")
t("nap_week",
  "{name}'s baby brother naps from {s} to {e} every day. How many hours does he nap in a week?",
  "s=@12:30..14:00/30 e=@s+60..180/30",
  ["m=tdiff(s,e) | minutes | minutes each day", "w=m*7 | minutes | minutes each week", "h=w/60 | hours | hours"],
  "he naps {R} hours a week", "((e - s) * 7) % 30 == 0")
t("factory_toys",
  "A factory makes {a} toys every hour. It runs {b} hours a day. How many toys does it make in {c} days?",
  "a=40..120/5 b=6..10 c=3..6",
  ["d=a*b | toys | toys each day", "t=d*c | toys | toys"],
  "it makes {R} toys")
t("train_two_speeds",
  "A train travels at {a} miles per hour for {b} hours, and then at {c} miles per hour for {d} hours. How far does it travel in total?",
  "a=40..80/5 b=2..4 c=30..70/5 d=1..3",
  ["x=a*b | miles | first distance", "y=c*d | miles | second distance", "z=x+y | miles | distance"],
  "it travels {R} miles")
t("piano_weeks_hours",
  "{name} practices piano for {a} minutes a day, {b} days a week. How many hours does {pr} practice in {c} weeks?",
  "a=20..60/10 b=[3,4,5,6] c=2..6",
  ["w=a*b | minutes | minutes each week", "t=w*c | minutes | minutes", "h=t/60 | hours | hours"],
  "{name} practices {R} hours", "(a*b*c) % 30 == 0")
t("cyclist_average",
  "A cyclist rides {a} kilometers in the first hour, {b} kilometers in the second hour, and {c} kilometers in the third hour. What is her average speed in kilometers per hour?",
  "a=12..25 b=12..25 c=12..25",
  ["t=a+b+c | kilometers | kilometers", "v=t/3 | kilometers per hour | average speed"],
  "her average speed is {R} kilometers per hour", "(a+b+c) % 3 == 0")
t("recipe_dinner",
  "A recipe takes {a} minutes to prepare and {b} minutes to cook. {name} starts at {s}. Dinner is at {e}. How many minutes before dinner is the food ready?",
  "a=10..25/5 b=20..45/5 s=@16:30..17:15/15 e=@s+75..120/15",
  ["t=a+b | minutes | minutes of cooking", "r=tadd(s,t) | @ | time the food is ready", "w=tdiff(r,e) | minutes | minutes before dinner"],
  "the food is ready {R} minutes before dinner")
t("train_longer",
  "The express train leaves at {s} and arrives at {e}. The local train takes {m} minutes longer for the same trip. How many minutes does the local train take?",
  "s=@8:00..9:30/15 e=@s+50..110/5 m=15..40/5",
  ["x=tdiff(s,e) | minutes | express trip", "y=x+m | minutes | local trip"],
  "the local train takes {R} minutes")
t("store_hours_week",
  "A shop is open from {s} to {e} every day. How many hours is it open in {d} days?",
  "s=@8:00..10:00/30 e=@s+180..240/30 d=[2,4,5,6]",
  ["m=tdiff(s,e) | minutes | minutes each day", "h=m/60 | hours | hours each day", "t=h*d | hours | hours"],
  "it is open {R} hours", "((e - s) * d) % 60 == 0")
t("run_weekdays_saturday",
  "{name} runs {a} miles every weekday and {b} miles on Saturday. How many miles does {pr} run in {c} weeks?",
  "a=2..5 b=5..12 c=2..4",
  ["d=a*5 | miles | weekday miles", "w=d+b | miles | miles each week", "t=w*c | miles | miles"],
  "{name} runs {R} miles")
t("plane_two_legs",
  "A plane flies {a} miles per hour for {b} hours. Then it slows down to {c} miles per hour for {d} hours. How many miles does it fly in all?",
  "a=400..550/50 b=2..4 c=250..350/50 d=1..2",
  ["x=a*b | miles | first part", "y=c*d | miles | second part", "z=x+y | miles | distance"],
  "it flies {R} miles")
t("typing_words",
  "{name} types {a} words a minute. {Pr} needs to type an essay of {b} words, and {pr} has already typed {c} words. How many more minutes does {pr} need?",
  "a=[20,25,30,40] b=600..1200/100 c=100..400/50",
  ["r=b-c | words | words left", "m=r/a | minutes | minutes"],
  "{name} needs {R} more minutes", "(b-c) % a == 0 and c < b")
t("library_visit_time",
  "{name} gets to the library at {s} and leaves at {e}. {Pr} spends {m} minutes of that time on the computer and the rest reading. How many minutes does {pr} spend reading?",
  "s=@10:00..11:00/15 e=@s+60..120/15 m=20..45/5",
  ["t=tdiff(s,e) | minutes | minutes at the library", "r=t-m | minutes | minutes reading"],
  "{name} spends {R} minutes reading")
t("walk_to_school",
  "{name} leaves home at {s} and walks to school. The walk takes {m} minutes. School starts at {e}. How many minutes does {pr} have before school starts?",
  "s=@7:20..7:50/5 m=10..25/5 e=@s+35..55/5",
  ["a=tadd(s,m) | @ | arrival time", "w=tdiff(a,e) | minutes | minutes to spare"],
  "{name} has {R} minutes before school starts")

# ---------------------------------------------------------------- fractions / percent / decimals
t("pizza_quarter_third",
  "A big pizza has {a} slices. {name} eats a quarter of the pizza and {pos} friend eats a third of it. How many slices are left?",
  "a=12..60/12",
  ["q=frac(a,1,4) | slices | slices {name} eats", "r=frac(a,1,3) | slices | slices the friend eats", "e=q+r | slices | slices eaten", "l=a-e | slices | slices left"],
  "there are {R} slices left")
t("tank_three_quarters",
  "A water tank holds {a} gallons. Right now it is three-quarters full. How many more gallons are needed to fill it?",
  "a=40..200/4",
  ["f=frac(a,3,4) | gallons | gallons in the tank", "m=a-f | gallons | gallons needed"],
  "{R} more gallons are needed")
t("points_percent_more",
  "{name} scored {a} points in a game. {Pos} friend scored {P}% more points than {pr} did. How many points did they score together?",
  "a=20..80/10 P=[10,20,50]",
  ["x=pct(a,P) | points | extra points", "f=a+x | points | friend's points", "t=a+f | points | points together"],
  "they scored {R} points together")
t("recipe_flour_scale",
  "A recipe uses {a} cups of flour to make {b} cookies. How many cups of flour are needed for {c} cookies?",
  "a=1.5..3/.5 b=[12,24] c=36..96/12",
  ["k=c/b | batches | batches", "f=k*a | cups | cups of flour"],
  "{R} cups of flour are needed", "c % b == 0 and c != b")
t("rope_pieces_decimal",
  "A rope is {a} meters long. {name} cuts it into pieces that are {b} meters each. {Pr} uses {c} of the pieces. How many pieces are left?",
  "a=6..20 b=[0.5,1.5,2.5] c=2..4",
  ["n=a/b | pieces | pieces", "l=n-c | pieces | pieces left"],
  "there are {R} pieces left", "(a/b).denominator == 1 and a/b > c + 1")
t("run_km_goal",
  "{name} runs {a} kilometers every day. {Pr} runs for {b} days. {Pos} goal is {c} kilometers. How many more kilometers does {pr} need to run?",
  "a=1.5..4.5/.5 b=3..6 c=20..30",
  ["d=a*b | kilometers | kilometers run", "m=c-d | kilometers | kilometers left"],
  "{name} needs {R} more kilometers", "a*b < c - 1")
t("water_jug_days",
  "A water jug holds {a} liters. {name} drinks {b} liters from it every day for {c} days. How much water is left in the jug?",
  "a=8..15 b=[0.5,1.5] c=2..5",
  ["d=b*c | liters | liters drunk", "l=a-d | liters | liters left"],
  "there are {R} liters left", "b*c < a - 1")
t("shirts_two_percents",
  "A store has {a} shirts. On Monday it sells {P}% of them, and on Tuesday it sells {Q}% of the original number. How many shirts are left?",
  "a=40..200/20 P=[10,20,25] Q=[20,25,30,40]",
  ["m=pct(a,P) | shirts | shirts sold Monday", "u=pct(a,Q) | shirts | shirts sold Tuesday", "s=m+u | shirts | shirts sold", "l=a-s | shirts | shirts left"],
  "there are {R} shirts left")
t("test_percent_wrong",
  "A test has {a} questions. {name} gets {P}% of them right. How many does {pr} get wrong?",
  "a=20..60/10 P=[70,80,90]",
  ["r=pct(a,P) | questions | questions right", "w=a-r | questions | questions wrong"],
  "{name} gets {R} wrong")
t("camp_girls_swim",
  "There are {a} kids at a camp. Three-fifths of them are girls. Half of the boys are on the swim team. How many boys are on the swim team?",
  "a=20..100/10",
  ["g=frac(a,3,5) | girls | girls", "b=a-g | boys | boys", "s=half(b) | boys | boys on the swim team"],
  "{R} boys are on the swim team", "(a*2/5) % 2 == 0")
t("rice_bags",
  "A bag of rice weighs {a} pounds. {name} buys {b} bags and uses {c} pounds for a party. How many pounds of rice are left?",
  "a=1.5..4.5/.25 b=2..4 c=2..6",
  ["t=a*b | pounds | pounds of rice", "l=t-c | pounds | pounds left"],
  "there are {R} pounds left", "a*b > c + 1")
t("plant_growth",
  "A plant is {a} centimeters tall. It grows {b} centimeters every week. How tall is it after {c} weeks?",
  "a=8..20 b=1.5..3/.5 c=3..8",
  ["g=b*c | centimeters | growth", "h=a+g | centimeters | height"],
  "it is {R} centimeters tall")
t("stamps_album_sister",
  "{name} has {a} stamps. {Pr} puts two-thirds of them in an album. Then {pr} gives half of the remaining stamps to {pos} sister. How many stamps does {pr} keep out of the album?",
  "a=30..90/6",
  ["m=frac(a,2,3) | stamps | stamps in the album", "r=a-m | stamps | stamps left", "g=half(r) | stamps | stamps for the sister", "k=r-g | stamps | stamps kept"],
  "{name} keeps {R} stamps")
t("candy_colors_percent",
  "A bag has {a} candies. {P}% are red and {Q}% are blue. The rest are yellow. How many yellow candies are there?",
  "a=40..200/20 P=[10,20,25] Q=[15,20,30,40]",
  ["r=pct(a,P) | candies | red candies", "b=pct(a,Q) | candies | blue candies", "s=r+b | candies | red and blue candies", "y=a-s | candies | yellow candies"],
  "there are {R} yellow candies")
t("lawn_fertilizer",
  "A lawn is {a} feet long and {b} feet wide. One bag of fertilizer covers {c} square feet. How many bags are needed?",
  "a=20..60/5 b=10..40/5 c=[100,200,250,300]",
  ["r=a*b | square feet | area", "n=r/c | bags | bags"],
  "{R} bags are needed", "(a*b) % c == 0")
t("running_goal_three_days",
  "{name}'s goal is to run {a} miles this week. {Pr} runs {b} miles on Monday, {c} miles on Wednesday, and {d} miles on Friday. How many more miles does {pr} need to run?",
  "a=15..25 b=2..5 c=2.5..4.5/.5 d=3..6",
  ["t=b+c+d | miles | miles so far", "m=a-t | miles | miles left"],
  "{name} needs to run {R} more miles", "b+c+d < a - 1")
t("lemonade_glasses",
  "A pitcher has {a} cups of lemonade. Each glass holds {b} cups. {name} pours {c} glasses. How many cups are left in the pitcher?",
  "a=8..16 b=[0.25,0.5,0.75,1.5] c=2..6",
  ["u=b*c | cups | cups poured", "l=a-u | cups | cups left"],
  "there are {R} cups left", "b*c < a - 1")
t("glasses_third_class",
  "There are {a} students in a class. A third of them wear glasses. Of the students who don't wear glasses, {b} wear braces. How many students wear neither?",
  "a=18..36/3 b=2..8",
  ["g=frac(a,1,3) | students | students with glasses", "n=a-g | students | students without glasses", "w=n-b | students | students with neither"],
  "{R} students wear neither")
t("pool_fill_rate",
  "A pool holds {a} gallons. A hose fills it at {b} gallons per minute. The pool already has {c} gallons in it. How many minutes will it take to fill the rest?",
  "a=600..1200/100 b=[10,20,25] c=100..300/50",
  ["r=a-c | gallons | gallons still needed", "m=r/b | minutes | minutes"],
  "it will take {R} minutes", "(a-c) % b == 0")
t("trail_mix",
  "{name} makes trail mix with {a} cups of nuts, {b} cups of raisins, and {c} cups of pretzels. {Pr} splits it into bags of {d} cups each. How many bags does {pr} make?",
  "a=2..5 b=1.5..3/.5 c=1.5..4/.5 d=[0.5]",
  ["t=a+b+c | cups | cups of trail mix", "n=t/d | bags | bags"],
  "{name} makes {R} bags")
t("sale_shoes_socks",
  "Shoes cost {a} and are {P}% off. Socks cost {b}. {name} buys one pair of shoes and one pack of socks. How much does {pr} pay?",
  "a=$40..80/10 P=[10,20,25,50] b=$4..9",
  ["d=pct(a,P) | $ | discount", "s=a-d | $ | price of the shoes", "t=s+b | $ | total"],
  "{name} pays {R}")
t("garden_three_quarters_tomatoes",
  "{name}'s garden has {a} plants. Three-quarters of them are tomato plants. Each tomato plant gives {b} tomatoes. How many tomatoes does {pr} get?",
  "a=12..40/4 b=4..9",
  ["p=frac(a,3,4) | plants | tomato plants", "t=p*b | tomatoes | tomatoes"],
  "{name} gets {R} tomatoes")
t("field_trip_fifths",
  "A school has {a} students. Two-fifths of them go on a field trip. The buses hold {b} students each. How many buses are needed?",
  "a=100..300/50 b=[20,25,40,50]",
  ["f=frac(a,2,5) | students | students going", "n=f/b | buses | buses"],
  "{R} buses are needed", "(a*2/5) % b == 0")

# ---------------------------------------------------------------- misc
t("jumping_rope",
  "{name} jumps rope {a} times a minute. {Pr} jumps for {b} minutes in the morning and {c} minutes after school. How many jumps is that?",
  "a=40..90/5 b=2..6 c=2..6",
  ["m=b+c | minutes | minutes", "j=m*a | jumps | jumps"],
  "that is {R} jumps")
t("book_club_pages",
  "A book club reads a {a}-page book. They read {b} pages a week for {c} weeks. How many pages do they have left?",
  "a=200..400/10 b=20..45/5 c=3..6",
  ["r=b*c | pages | pages read", "l=a-r | pages | pages left"],
  "they have {R} pages left", "b*c < a - 20")
t("carnival_tickets",
  "Rides at the carnival cost {a} tickets each. {name} has {b} tickets. {Pr} goes on {c} rides and then buys a snack for {d} tickets. How many tickets are left?",
  "a=2..5 b=30..60 c=3..7 d=3..8",
  ["u=a*c | tickets | tickets for rides", "s=u+d | tickets | tickets used", "l=b-s | tickets | tickets left"],
  "{name} has {R} tickets left", "a*c + d < b - 2")
t("muffin_trays_sold",
  "A café bakes {a} trays of muffins with {b} muffins on each tray. By noon they sell {c} muffins. In the afternoon they sell half of what's left. How many muffins are left at the end of the day?",
  "a=3..6 b=[6,8,12] c=10..30/2",
  ["t=a*b | muffins | muffins", "r=t-c | muffins | muffins left at noon", "s=half(r) | muffins | muffins sold in the afternoon", "l=r-s | muffins | muffins left"],
  "there are {R} muffins left", "c < a*b - 4 and (a*b - c) % 2 == 0")
t("toy_blocks_towers",
  "{name} has {a} blocks. {Pr} builds {b} towers with {c} blocks each. Then {pr} splits the leftover blocks evenly between {pos} {d} friends. How many blocks does each friend get?",
  "a=40..100 b=2..5 c=5..10 d=[2,3,4]",
  ["u=b*c | blocks | blocks in the towers", "l=a-u | blocks | leftover blocks", "e=l/d | blocks | blocks for each friend"],
  "each friend gets {R} blocks", "b*c < a - 2 and (a - b*c) % d == 0")
t("bikes_tricycles_wheels",
  "A shop has {a} bikes and {b} tricycles. Bikes have 2 wheels and tricycles have 3 wheels. How many wheels are there?",
  "a=5..20 b=3..12",
  ["x=a*2 | wheels | bike wheels", "y=b*3 | wheels | tricycle wheels", "z=x+y | wheels | wheels"],
  "there are {R} wheels")
t("photo_album",
  "A photo album has {a} pages, and each page holds {b} photos. {name} has already filled {c} pages. How many more photos can {pr} put in the album?",
  "a=20..50 b=[4,6,8] c=5..15",
  ["r=a-c | pages | empty pages", "p=r*b | photos | photos"],
  "{pr} can put in {R} more photos", "c < a - 1")
t("classroom_supplies_split",
  "A teacher buys {a} boxes of markers with {b} markers in each box. She gives the same number of markers to each of {c} tables. How many markers does each table get?",
  "a=3..8 b=[8,10,12] c=[4,5,6,8]",
  ["t=a*b | markers | markers", "e=t/c | markers | markers for each table"],
  "each table gets {R} markers", "(a*b) % c == 0")
t("hiking_miles_days",
  "On a hiking trip, a family hikes {a} miles on the first day and {b} miles on the second day. On the third day they hike half as far as on the first day. How many miles do they hike in all?",
  "a=6..14/2 b=5..12",
  ["h=half(a) | miles | miles on the third day", "t=a+b+h | miles | miles"],
  "they hike {R} miles")
t("reading_challenge",
  "In a reading challenge, {name} reads {a} books and {pos} sister reads twice as many. Their brother reads {b} fewer than the sister. How many books do they read altogether?",
  "a=4..12 b=1..3",
  ["s=dbl(a) | books | sister's books", "r=s-b | books | brother's books", "t=a+s+r | books | books"],
  "they read {R} books altogether")
t("aquarium_water",
  "An aquarium holds {a} gallons. {name} takes out a quarter of the water to clean it, then pours back {b} gallons. How many gallons are in the aquarium now?",
  "a=20..80/4 b=2..8",
  ["q=frac(a,1,4) | gallons | gallons taken out", "l=a-q | gallons | gallons left", "n=l+b | gallons | gallons now"],
  "there are {R} gallons", "b < a/4")
t("seeds_packets",
  "{name} buys {a} packets of seeds with {b} seeds in each. {Pr} plants {c} seeds in each of {d} pots. How many seeds are left?",
  "a=2..5 b=[20,25,30] c=3..6 d=4..10",
  ["s=a*b | seeds | seeds", "u=c*d | seeds | seeds planted", "l=s-u | seeds | seeds left"],
  "{R} seeds are left", "c*d < a*b - 2")
t("bowling_scores",
  "{name} bowls three games and scores {a}, {b}, and {c}. What is {pos} average score?",
  "a=90..150 b=90..150 c=90..150",
  ["t=a+b+c | points | total", "v=t/3 | points | average"],
  "{pos} average score is {R}", "(a+b+c) % 3 == 0")
t("sandwiches_party",
  "For a party, {name} makes {a} sandwiches and cuts each one into {b} pieces. The {c} guests eat all of the pieces, sharing them equally. How many pieces does each guest eat?",
  "a=6..20 b=[2,4] c=[4,5,6,8,10]",
  ["p=a*b | pieces | pieces", "e=p/c | pieces | pieces for each guest"],
  "each guest eats {R} pieces", "(a*b) % c == 0")
t("fish_tank_feed",
  "{name} feeds each of {pos} {a} fish {b} pellets twice a day. How many pellets does {pr} use in {c} days?",
  "a=3..10 b=2..5 c=3..7",
  ["f=a*b | pellets | pellets per feeding", "d=f*2 | pellets | pellets each day", "t=d*c | pellets | pellets"],
  "{name} uses {R} pellets")
t("team_jerseys",
  "A team needs {a} jerseys. The coach already has {b}. New jerseys come in boxes of {c}. How many boxes should the coach order?",
  "a=30..60 b=5..20 c=[5,10]",
  ["n=a-b | jerseys | jerseys needed", "x=n/c | boxes | boxes"],
  "the coach should order {R} boxes", "(a-b) % c == 0 and a > b")
t("bake_pies_apples",
  "Each apple pie needs {a} apples. {name} bakes {b} pies for a picnic and {c} pies for the neighbors. How many apples does {pr} need?",
  "a=5..8 b=2..5 c=1..4",
  ["p=b+c | pies | pies", "n=p*a | apples | apples"],
  "{name} needs {R} apples")
t("birthday_goody_bags",
  "{name} makes goody bags for {a} friends. Each bag gets {b} candies and {c} stickers. How many items does {pr} need in total?",
  "a=6..15 b=3..8 c=2..5",
  ["e=b+c | items | items in each bag", "t=e*a | items | items"],
  "{name} needs {R} items")
t("kite_string",
  "{name} has {a} feet of kite string. {Pr} lets out {b} feet, then reels in a third of that. How much string is out now?",
  "a=200..400/10 b=60..180/3",
  ["r=frac(b,1,3) | feet | feet reeled in", "o=b-r | feet | feet of string out"],
  "{R} feet of string is out", "b < a")
t("dozen_roses",
  "A florist has {a} dozen roses. She makes {b} bouquets with {c} roses each. How many roses are left?",
  "a=3..8 b=3..8 c=[5,6,7,8]",
  ["r=doz(a) | roses | roses", "u=b*c | roses | roses used", "l=r-u | roses | roses left"],
  "there are {R} roses left", "b*c < 12*a - 2")
t("class_pets_food",
  "The class hamster eats {a} grams of food a day and the class rabbit eats {b} grams a day. How many grams of food do they eat together in {c} days?",
  "a=10..20 b=60..120/10 c=5..14",
  ["d=a+b | grams | grams each day", "t=d*c | grams | grams"],
  "they eat {R} grams")
t("apple_orchard_baskets",
  "Workers pick {a} apples from each of {b} trees. They put the apples in baskets that hold {c} apples each. How many baskets do they fill?",
  "a=30..80/5 b=4..10 c=[10,20,25,40,50]",
  ["t=a*b | apples | apples", "n=t/c | baskets | baskets"],
  "they fill {R} baskets", "(a*b) % c == 0")
t("library_fines",
  "{name} returns {a} library books {b} days late. The fine is {p} per book for each day late. How much is the fine?",
  "a=2..4 b=3..8 p=$0.10..0.50/.05",
  ["d=a*b | book-days | book-days", "f=d*p | $ | fine"],
  "the fine is {R}")
t("cards_sort_piles",
  "{name} has {a} cards. {Pr} gives {b} to {pos} brother and sorts the rest into {c} equal piles. How many cards are in each pile?",
  "a=40..100 b=4..12 c=[4,5,6]",
  ["r=a-b | cards | cards left", "e=r/c | cards | cards in each pile"],
  "there are {R} cards in each pile", "(a-b) % c == 0")
t("cookie_jar_week",
  "There are {a} cookies in a jar. {name} eats {b} cookies every day for a week, and {pos} dad eats {c} cookies. How many cookies are left?",
  "a=40..80 b=2..4 c=3..8",
  ["w=b*7 | cookies | cookies {name} eats", "e=w+c | cookies | cookies eaten", "l=a-e | cookies | cookies left"],
  "there are {R} cookies left", "7*b + c < a - 2")
t("cousins_candy_split",
  "{name} has {a} candies and {pos} cousin has {b} candies. They put them together and share them equally among {c} kids. How many candies does each kid get?",
  "a=10..40 b=10..40 c=[3,4,5,6]",
  ["t=a+b | candies | candies", "e=t/c | candies | candies for each kid"],
  "each kid gets {R} candies", "(a+b) % c == 0")
t("scouts_cookies_goal",
  "A scout troop wants to sell {a} boxes of cookies. {b} scouts each sell {c} boxes. How many more boxes do they need to sell?",
  "a=200..400/10 b=6..12 c=10..20",
  ["s=b*c | boxes | boxes sold", "m=a-s | boxes | boxes left"],
  "they need to sell {R} more boxes", "b*c < a - 5")
t("lunch_tray_cost",
  "School lunch costs {p} a day. {name} buys lunch {a} days a week. How much does {pr} spend on lunch in {b} weeks?",
  "p=$2.25..3.75/.25 a=[3,4,5] b=2..4",
  ["w=p*a | $ | cost each week", "t=w*b | $ | total"],
  "{name} spends {R}")
t("trip_snacks_budget",
  "{name} has {a} for snacks on a road trip. {Pr} buys {b} bags of chips for {p} each and a bottle of juice for {q}. How much money is left?",
  "a=$15..30 b=2..4 p=$1.25..2.50/.25 q=$1.50..3.00/.25",
  ["c=b*p | $ | cost of the chips", "s=c+q | $ | money spent", "l=a-s | $ | money left"],
  "{name} has {R} left", "b*p + q < a - 1")
t("music_downloads",
  "Songs cost {p} each to download. {name} downloads {a} songs and {pos} brother downloads {b} songs. How much do they spend together?",
  "p=$0.99..1.29/.10 a=4..12 b=3..10",
  ["n=a+b | songs | songs", "c=n*p | $ | cost"],
  "they spend {R}")
t("zoo_admission",
  "Zoo admission is {p} for adults and half that price for children. {a} adults and {b} children visit. How much do they pay?",
  "p=$14..24/2 a=2..3 b=2..5",
  ["c=half(p) | $ | child price", "x=a*p | $ | adult tickets", "y=b*c | $ | children's tickets", "z=x+y | $ | total"],
  "they pay {R}")
t("plant_sale_percent",
  "A plant nursery has {a} plants. It sells {P}% of them in the spring and {b} more in the summer. How many plants are left?",
  "a=100..400/100 P=[20,25,40,50] b=10..40",
  ["s=pct(a,P) | plants | plants sold in the spring", "t=s+b | plants | plants sold", "l=a-t | plants | plants left"],
  "there are {R} plants left", "a*P/100 + b < a - 5")
