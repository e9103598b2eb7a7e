"""Word-problem templates (GSM8K-like).  Each template: id, category, text,
params (ordered), steps (2-5).  See core.S for the step mini-language."""
from core import T, S, C, M, D, P, Fc, X

ALL = []


def A(t):
    ALL.append(t)


# ------------------------------------------------------------------ groceries
A(T("orange_bags", "groceries",
    "{name} buys {a} bags of oranges with {b} oranges in each bag. {He} gives {c} oranges to {his} neighbor. How many oranges does {he} have left?",
    dict(a=C(3, 9, u="bags"), b=C(6, 14, u="oranges/bag"), c=C(4, 20, u="oranges")),
    [S("tot", "a*b", "number of oranges bought", "c:oranges"),
     S("left", "tot-c", "number of oranges left", "c:oranges")]))

A(T("milk_bread_change", "groceries",
    "{name} buys {a} cartons of milk for {p} each and {b} loaves of bread for {q} each. {He} pays with a {bill} bill. How much change does {he} get back?",
    dict(a=C(2, 5, u="cartons"), p=M("1.25", "3.50", "0.25"), b=C(2, 4, u="loaves"), q=M("2.00", "4.50", "0.25"),
         bill=M(choices=["20", "50"])),
    [S("milk", "a*p", "cost of the milk", "$"),
     S("bread", "b*q", "cost of the bread", "$"),
     S("tot", "milk+bread", "total cost", "$"),
     S("chg", "bill-tot", "change", "$")]))

A(T("apples_nuts", "groceries",
    "Apples cost {p} per pound. {name} buys {w} pounds of apples and a bag of walnuts for {q}. How much does {he} spend in total?",
    dict(p=M("0.75", "2.50", "0.25", u="/lb"), w=C(2, 9, u="lb"), q=M("3.00", "8.50", "0.50")),
    [S("ap", "w*p", "cost of the apples", "$"),
     S("tot", "ap+q", "total amount spent", "$")]))

A(T("eggs_dozen", "groceries",
    "{name} buys {a} dozen eggs. {He} uses {b} eggs for baking on Saturday and {c} eggs for breakfast on Sunday. How many eggs are left?",
    dict(a=C(2, 5, u="dozen"), b=C(4, 12, u="eggs"), c=C(2, 8, u="eggs")),
    [S("eggs", "a*12", "number of eggs bought", "c:eggs"),
     S("used", "b+c", "number of eggs used", "c:eggs"),
     S("left", "eggs-used", "number of eggs left", "c:eggs")]))

A(T("cereal_coupon", "groceries",
    "{name} buys {a} boxes of cereal that cost {p} each. {He} has a coupon for {c} off the total. How much does {he} pay?",
    dict(a=C(2, 6, u="boxes"), p=M("2.50", "5.75", "0.25"), c=M("1", "5", "1")),
    [S("cost", "a*p", "cost before the coupon", "$"),
     S("pay", "cost-c", "amount paid", "$")]))

A(T("snack_split", "groceries",
    "{name} and {k} friends buy {a} bags of chips for {p} each and {b} bottles of soda for {q} each. They split the cost equally. How much does each person pay?",
    dict(k=C(2, 4, u="friends"), a=C(2, 6, u="bags"), p=M("1.50", "3.50", "0.25"), b=C(2, 6, u="bottles"),
         q=M("1.00", "2.50", "0.25")),
    [S("ppl", "k+1", "number of people", "c:people"),
     S("chips", "a*p", "cost of the chips", "$"),
     S("soda", "b*q", "cost of the soda", "$"),
     S("tot", "chips+soda", "total cost", "$"),
     S("each", "tot/ppl", "amount each person pays", "$")]))

A(T("pencil_packs", "groceries",
    "{name} needs {n} pencils for {his} class. Pencils come in packs of {a}, and each pack costs {p}. How much will {he} spend on pencils?",
    dict(a=C(6, 12, u="pencils/pack"), k=C(3, 8), n=X("a*k", u="pencils"), p=M("1.25", "3.75", "0.25")),
    [S("packs", "n/a", "number of packs needed", "c:packs"),
     S("cost", "packs*p", "cost of the pencils", "$")]))

A(T("juice_pack_save", "groceries",
    "A single bottle of juice costs {q}. A {s}-pack of the same juice costs {p}. {name} buys {k} of the {s}-packs instead of buying single bottles. How much money does {he} save?",
    dict(s=C(4, 8, 2, u="bottles/pack"), q=M("1.00", "2.00", "0.25"), p=M("4.00", "9.00", "0.50"), k=C(2, 5, u="packs")),
    [S("bot", "k*s", "number of bottles", "c:bottles"),
     S("single", "bot*q", "cost of buying single bottles", "$"),
     S("packs", "k*p", "cost of the packs", "$"),
     S("save", "single-packs", "amount saved", "$")]))

A(T("grapes_cherries", "groceries",
    "Grapes cost {p} per pound and cherries cost {q} per pound. {name} buys {a} pounds of grapes and {b} pounds of cherries. How much more does {he} spend on cherries than on grapes?",
    dict(p=M("1.50", "3.00", "0.25", u="/lb"), q=M("3.50", "6.00", "0.50", u="/lb"), a=C(2, 5, u="lb"), b=C(2, 5, u="lb")),
    [S("gr", "a*p", "cost of the grapes", "$"),
     S("ch", "b*q", "cost of the cherries", "$"),
     S("diff", "ch-gr", "difference in cost", "$")]))

A(T("watermelon_slices", "groceries",
    "{name} buys {a} watermelons. {He} cuts each one into {b} slices. At a picnic, {n} people each eat {c} slices. How many slices are left over?",
    dict(a=C(2, 5, u="watermelons"), b=C(8, 16, u="slices/melon"), n=C(5, 15, u="people"), c=C(1, 3, u="slices")),
    [S("sl", "a*b", "number of slices", "c:slices"),
     S("eat", "n*c", "number of slices eaten", "c:slices"),
     S("left", "sl-eat", "number of slices left over", "c:slices")]))

A(T("rice_bags_weeks", "groceries",
    "A family buys a {w}-pound bag of rice. They cook {c} pounds of rice each day. After {d} days, how many pounds of rice are left in the bag?",
    dict(w=C(20, 50, 5, u="lb"), c=D("0.5", "2", "0.25", u="lb/day"), d=C(5, 14, u="days")),
    [S("used", "c*d", "amount of rice used", "d:pounds"),
     S("left", "w-used", "amount of rice left", "d:pounds")]))

A(T("meat_deli", "groceries",
    "At the deli, turkey costs {p} per pound and cheese costs {q} per pound. {name} buys {a} pounds of turkey and {b} pounds of cheese. How much does {he} pay?",
    dict(p=M("6.00", "9.00", "0.50", u="/lb"), q=M("4.00", "7.00", "0.50", u="/lb"), a=D("0.5", "3", "0.5", u="lb"), b=D("0.5", "2", "0.5", u="lb")),
    [S("tk", "a*p", "cost of the turkey", "$"),
     S("ch", "b*q", "cost of the cheese", "$"),
     S("tot", "tk+ch", "total cost", "$")]))

# ------------------------------------------------------------------ clothing & shopping
A(T("shirts_pants", "shopping",
    "A store sells shirts for {p} each and pants for {q} a pair. {name} buys {a} shirts and {b} pairs of pants. How much does {he} spend?",
    dict(p=M("8", "20", "1"), q=M("18", "40", "2"), a=C(2, 6, u="shirts"), b=C(2, 4, u="pairs")),
    [S("sh", "a*p", "cost of the shirts", "$"),
     S("pa", "b*q", "cost of the pants", "$"),
     S("tot", "sh+pa", "total cost", "$")]))

A(T("shoes_budget", "shopping",
    "{name} has {b} to spend on school clothes. {He} buys {a} pairs of shoes for {p} each and a backpack for {q}. How much money does {he} have left?",
    dict(b=M("120", "250", "10"), a=C(2, 3, u="pairs"), p=M("25", "45", "5"), q=M("20", "40", "5")),
    [S("sh", "a*p", "cost of the shoes", "$"),
     S("sp", "sh+q", "total spent", "$"),
     S("left", "b-sp", "money left", "$")]))

A(T("socks_gift", "shopping",
    "Socks come in packs of {s} pairs. {name} buys {a} packs and gives {g} pairs to each of {his} {k} cousins. How many pairs of socks does {he} keep?",
    dict(s=C(3, 6, u="pairs/pack"), a=C(3, 8, u="packs"), g=C(2, 3, u="pairs"), k=C(2, 5, u="cousins")),
    [S("tot", "a*s", "number of pairs bought", "c:pairs"),
     S("gave", "g*k", "number of pairs given away", "c:pairs"),
     S("keep", "tot-gave", "number of pairs kept", "c:pairs")]))

A(T("toy_store_cards", "shopping",
    "A pack of trading cards costs {p}. {name} buys {a} packs and {name2} buys {b} more packs than {name}. How much do they spend together?",
    dict(p=M("2.50", "4.50", "0.25"), a=C(3, 8, u="packs"), b=C(2, 6, u="packs")),
    [S("nb", "a+b", "number of packs the second person buys", "c:packs"),
     S("all", "a+nb", "total number of packs", "c:packs"),
     S("cost", "all*p", "total cost", "$")]))

A(T("gift_wrap", "shopping",
    "{name} buys {a} gifts that cost {p} each. Gift wrapping costs {w} per gift. How much does {he} pay in all?",
    dict(a=C(3, 7, u="gifts"), p=M("6", "25", "1"), w=M("1.50", "3.50", "0.50")),
    [S("per", "p+w", "cost per wrapped gift", "$"),
     S("tot", "per*a", "total cost", "$")]))

A(T("hats_scarves", "shopping",
    "A shop sold {a} hats on Friday and twice as many hats on Saturday. Each hat costs {p}. How much money did the shop make from hats on those two days?",
    dict(a=C(6, 25, u="hats"), p=M("9", "18", "1")),
    [S("sat", "a*2", "number of hats sold on Saturday", "c:hats"),
     S("tot", "a+sat", "total number of hats sold", "c:hats"),
     S("mon", "tot*p", "money made from hats", "$")]))

A(T("thrift_store", "shopping",
    "At a thrift store, {name} buys {a} books for {p} each, {b} shirts for {q} each, and a lamp for {r}. How much does {he} spend?",
    dict(a=C(3, 8, u="books"), p=M("0.50", "2.00", "0.25"), b=C(2, 5, u="shirts"), q=M("2.00", "5.00", "0.50"), r=M("4", "12", "1")),
    [S("bk", "a*p", "cost of the books", "$"),
     S("sh", "b*q", "cost of the shirts", "$"),
     S("tot", "bk+sh+r", "total spent", "$")]))

A(T("phone_case_split", "shopping",
    "{name} buys a phone for {p} and a case that costs {f} of the price of the phone. How much does {he} spend altogether?",
    dict(p=M("120", "480", "40"), f=Fc(["1/4", "1/5", "1/8", "1/10"])),
    [S("case", "f@p", "cost of the case", "$"),
     S("tot", "p+case", "total cost", "$")]))

A(T("school_supplies_each", "shopping",
    "Each student needs {a} notebooks that cost {p} each and one calculator that costs {q}. How much does it cost to buy supplies for {n} students?",
    dict(a=C(2, 6, u="notebooks"), p=M("1.25", "3.00", "0.25"), q=M("8", "15", "1"), n=C(3, 12, u="students")),
    [S("nb", "a*p", "cost of notebooks for one student", "$"),
     S("per", "nb+q", "cost for one student", "$"),
     S("tot", "per*n", "total cost", "$")]))

# ------------------------------------------------------------------ discounts & tax
A(T("jacket_sale", "discounts & tax",
    "A jacket normally costs {p}. This week it is on sale for {r}% off. What is the sale price of the jacket?",
    dict(p=M("40", "120", "4"), r=P([10, 15, 20, 25, 30, 40])),
    [S("off", "r%p", "discount", "$"),
     S("sale", "p-off", "sale price", "$")]))

A(T("dinner_tax_tip", "discounts & tax",
    "{name}'s dinner costs {p} before tax. The sales tax is {r}%. {He} also leaves a {t} tip. How much does {he} pay in total?",
    dict(p=M("20", "60", "2"), r=P([5, 6, 8, 10]), t=M("3", "10", "1")),
    [S("tax", "r%p", "sales tax", "$"),
     S("tot", "p+tax+t", "total paid", "$")]))

A(T("restaurant_tip", "discounts & tax",
    "A family's restaurant bill is {p}. They want to leave a {r}% tip. How much do they pay including the tip?",
    dict(p=M("40", "120", "4"), r=P([15, 18, 20, 25])),
    [S("tip", "r%p", "tip", "$"),
     S("tot", "p+tip", "total with tip", "$")]))

A(T("socks_bulk_discount", "discounts & tax",
    "{name} buys {a} pairs of socks at {p} a pair. The store gives {r}% off the whole purchase. How much does {he} pay?",
    dict(a=C(4, 12, u="pairs"), p=M("2", "6", "1"), r=P([10, 20, 25, 50])),
    [S("cost", "a*p", "cost before the discount", "$"),
     S("off", "r%cost", "discount", "$"),
     S("pay", "cost-off", "amount paid", "$")]))

A(T("car_commission", "discounts & tax",
    "{name} sells cars. {He} earns a base pay of {b} a month plus {r}% commission on {his} sales. Last month {he} sold {s} worth of cars. How much did {he} earn last month?",
    dict(b=M("1500", "3000", "100"), r=P([2, 3, 4, 5]), s=M("20000", "80000", "2500")),
    [S("com", "r%s", "commission", "$"),
     S("tot", "b+com", "total earnings", "$")]))

A(T("savings_interest", "discounts & tax",
    "{name} puts {p} into a savings account that pays {r}% interest per year. {He} adds another {a} at the end of the year, after the interest is paid. How much is in the account then?",
    dict(p=M("200", "2000", "100"), r=P([2, 3, 4, 5, 6]), a=M("50", "300", "25")),
    [S("int", "r%p", "interest earned", "$"),
     S("bal", "p+int", "balance after one year", "$"),
     S("tot", "bal+a", "final amount in the account", "$")]))

A(T("coupon_then_tax", "discounts & tax",
    "A toy costs {p}. {name} uses a coupon for {r}% off, and then pays {t}% sales tax on the discounted price. How much does {he} pay?",
    dict(p=M("20", "80", "4"), r=P([10, 20, 25]), t=P([5, 10])),
    [S("off", "r%p", "coupon discount", "$"),
     S("disc", "p-off", "discounted price", "$"),
     S("tax", "t%disc", "sales tax", "$"),
     S("tot", "disc+tax", "final price", "$")]))

A(T("gym_price_rise", "discounts & tax",
    "A gym membership cost {p} per month last year. This year the price went up by {r}%. How much will {name} pay for {m} months at the new price?",
    dict(p=M("20", "60", "5"), r=P([5, 10, 20]), m=C(3, 12, u="months")),
    [S("inc", "r%p", "price increase", "$"),
     S("new", "p+inc", "new monthly price", "$"),
     S("tot", "new*m", "total cost", "$")]))

A(T("walkers_bus", "discounts & tax",
    "There are {n} students at a small school. {r}% of them walk to school and the rest ride the bus. How many students ride the bus?",
    dict(n=C(120, 600, 20, u="students"), r=P([10, 15, 20, 25, 30, 35, 40, 45])),
    [S("walk", "r%n", "number of students who walk", "c:students"),
     S("bus", "n-walk", "number of students who ride the bus", "c:students")]))

A(T("quiz_percent_points", "discounts & tax",
    "A quiz has {n} questions. {name} answers {r}% of them correctly. Each correct answer is worth {k} points. How many points does {he} get?",
    dict(n=C(20, 60, 4, u="questions"), r=P([50, 75, 80, 90]), k=C(2, 5, u="points")),
    [S("cor", "r%n", "number of correct answers", "c:questions"),
     S("pts", "cor*k", "number of points", "c:points")]))

A(T("lamp_rug_sale", "discounts & tax",
    "A store has a {r}% off sale on everything. {name} buys a lamp that normally costs {p} and a rug that normally costs {q}. How much does {he} pay?",
    dict(r=P([10, 20, 25, 30]), p=M("20", "60", "4"), q=M("40", "120", "4")),
    [S("tot", "p+q", "regular price of both items", "$"),
     S("off", "r%tot", "discount", "$"),
     S("pay", "tot-off", "amount paid", "$")]))

A(T("stickers_percent", "discounts & tax",
    "{name} had {n} stickers. {He} gave {g} of them to {his} sister and kept the rest. What percent of the stickers did {he} give away?",
    dict(n=C(20, 80, 20, u="stickers"), g=C(2, 30, u="stickers")),
    [S("fr", "g/n", "fraction given away", "d:"),
     S("pc", "fr*100", "percent given away", "%")], req=["g < n"]))

A(T("tv_layaway", "discounts & tax",
    "A TV costs {p}. {name} pays {r}% of the price as a down payment and pays the rest in {m} equal monthly payments. How much is each monthly payment?",
    dict(p=M("300", "900", "60"), r=P([10, 20, 25]), m=C(3, 6, u="months")),
    [S("down", "r%p", "down payment", "$"),
     S("rest", "p-down", "amount left to pay", "$"),
     S("mo", "rest/m", "monthly payment", "$")]))

A(T("sale_tax_shoes", "discounts & tax",
    "{name} buys {a} pairs of sneakers for {p} each. Sales tax is {r}%. What is the total cost?",
    dict(a=C(2, 3, u="pairs"), p=M("30", "70", "5"), r=P([5, 6, 8, 10])),
    [S("sub", "a*p", "cost before tax", "$"),
     S("tax", "r%sub", "sales tax", "$"),
     S("tot", "sub+tax", "total cost", "$")]))

# ------------------------------------------------------------------ cooking & baking
A(T("cookie_batches", "cooking & baking",
    "A recipe makes {a} cookies per batch. {name} bakes {b} batches and gives away {c} cookies to {his} neighbors. How many cookies does {he} have left?",
    dict(a=C(12, 36, 6, u="cookies/batch"), b=C(2, 5, u="batches"), c=C(10, 40, u="cookies")),
    [S("tot", "a*b", "number of cookies baked", "c:cookies"),
     S("left", "tot-c", "number of cookies left", "c:cookies")]))

A(T("flour_scale", "cooking & baking",
    "A pancake recipe uses {f} cups of flour to make {s} pancakes. {name} wants to make {t} pancakes. How many cups of flour does {he} need?",
    dict(f=D("1.5", "4", "0.5", u="cups"), s=C(8, 16, 4, u="pancakes"), k=C(2, 5), t=X("s*k/2", u="pancakes")),
    [S("per", "f/s", "flour per pancake", "d:cups"),
     S("tot", "per*t", "flour needed", "d:cups")]))

A(T("pizza_slices", "cooking & baking",
    "{name} orders {a} pizzas, and each pizza is cut into {b} slices. {n} people each eat {c} slices. How many slices are left?",
    dict(a=C(3, 6, u="pizzas"), b=C(8, 12, 2, u="slices/pizza"), n=C(5, 12, u="people"), c=C(2, 3, u="slices")),
    [S("tot", "a*b", "number of slices", "c:slices"),
     S("eat", "n*c", "number of slices eaten", "c:slices"),
     S("left", "tot-eat", "number of slices left", "c:slices")]))

A(T("cupcake_boxes", "cooking & baking",
    "{name} bakes {n} cupcakes and packs them in boxes of {b}. {He} sells each box for {p}. How much money does {he} make if {he} sells all the boxes?",
    dict(b=C(4, 12, 2, u="cupcakes/box"), k=C(4, 12), n=X("b*k", u="cupcakes"), p=M("5", "15", "0.50")),
    [S("box", "n/b", "number of boxes", "c:boxes"),
     S("mon", "box*p", "money made", "$")]))

A(T("lemonade_profit", "cooking & baking",
    "It costs {name} {c} to make one pitcher of lemonade. Each pitcher fills {g} cups, and {he} sells each cup for {p}. How much profit does {he} make from {n} pitchers?",
    dict(c=M("1.50", "4.00", "0.50"), g=C(6, 12, u="cups/pitcher"), p=M("0.50", "1.50", "0.25"), n=C(2, 6, u="pitchers")),
    [S("cups", "n*g", "number of cups sold", "c:cups"),
     S("rev", "cups*p", "money from sales", "$"),
     S("cost", "n*c", "cost of the lemonade", "$"),
     S("prof", "rev-cost", "profit", "$")]))

A(T("sugar_cakes", "cooking & baking",
    "A bag of sugar holds {w} pounds. Each cake needs {c} pounds of sugar. {name} buys {b} bags and bakes {k} cakes. How many pounds of sugar are left?",
    dict(w=C(4, 10, u="lb"), c=D("0.5", "1.5", "0.25", u="lb/cake"), b=C(2, 4, u="bags"), k=C(3, 10, u="cakes")),
    [S("tot", "b*w", "amount of sugar bought", "d:pounds"),
     S("used", "k*c", "amount of sugar used", "d:pounds"),
     S("left", "tot-used", "amount of sugar left", "d:pounds")]))

A(T("pancake_batter", "cooking & baking",
    "Each person at breakfast eats {a} pancakes, and there are {n} people. Each pancake needs {c} cups of batter. How many cups of batter are needed?",
    dict(a=C(2, 5, u="pancakes"), n=C(3, 8, u="people"), c=D("0.25", "0.5", "0.125", u="cups")),
    [S("pc", "a*n", "number of pancakes", "c:pancakes"),
     S("bat", "pc*c", "amount of batter", "d:cups")]))

A(T("bread_loaves", "cooking & baking",
    "A loaf of bread has {s} slices. {name} makes {k} sandwiches a day, and each sandwich uses 2 slices. How many loaves does {he} use in {d} days?",
    dict(s=C(16, 24, 4, u="slices/loaf"), k=C(2, 4, u="sandwiches"), d=C(4, 24, u="days")),
    [S("pd", "k*2", "slices used per day", "c:slices"),
     S("tot", "pd*d", "total slices used", "c:slices"),
     S("lv", "tot/s", "number of loaves used", "c:loaves")]))

A(T("muffin_trays", "cooking & baking",
    "A tray holds {a} muffins. A bakery bakes {t} trays in the morning and {u} trays in the afternoon. It sells {s} muffins. How many muffins are left?",
    dict(a=C(6, 24, 6, u="muffins/tray"), t=C(3, 8, u="trays"), u=C(2, 6, u="trays"), s=C(20, 90, u="muffins")),
    [S("tr", "t+u", "number of trays baked", "c:trays"),
     S("muf", "tr*a", "number of muffins baked", "c:muffins"),
     S("left", "muf-s", "number of muffins left", "c:muffins")]))

A(T("pie_pieces", "cooking & baking",
    "{name} bakes {a} pies and cuts each pie into {b} pieces. {His} family eats {f_w} of the pieces. How many pieces are left?",
    dict(a=C(2, 6, u="pies"), b=C(6, 12, 2, u="pieces/pie"), f=Fc(["1/2", "1/3", "2/3", "1/4", "3/4"])),
    [S("tot", "a*b", "number of pieces", "c:pieces"),
     S("eat", "f@tot", "number of pieces eaten", "c:pieces"),
     S("left", "tot-eat", "number of pieces left", "c:pieces")]))

A(T("smoothie_fruit", "cooking & baking",
    "Each smoothie uses {a} bananas and {b} strawberries. Bananas cost {p} each and strawberries cost {q} each. How much does the fruit cost for {n} smoothies?",
    dict(a=C(1, 3, u="bananas"), b=C(4, 8, u="strawberries"), p=M("0.25", "0.50", "0.05"), q=M("0.10", "0.30", "0.05"), n=C(3, 8, u="smoothies")),
    [S("ban", "a*n", "number of bananas", "c:bananas"),
     S("str", "b*n", "number of strawberries", "c:strawberries"),
     S("bc", "ban*p", "cost of the bananas", "$"),
     S("sc", "str*q", "cost of the strawberries", "$"),
     S("tot", "bc+sc", "total cost of the fruit", "$")]))

A(T("soup_bowls", "cooking & baking",
    "A pot holds {v} cups of soup. Each bowl holds {b} cups. {name} serves {n} bowls. How many cups of soup are left in the pot?",
    dict(v=C(16, 40, 2, u="cups"), b=D("1", "2", "0.25", u="cups/bowl"), n=C(4, 12, u="bowls")),
    [S("srv", "n*b", "amount of soup served", "d:cups"),
     S("left", "v-srv", "amount of soup left", "d:cups")]))

A(T("weekday_coffee", "cooking & baking",
    "{name} buys a coffee for {p} every weekday (Monday to Friday). How much does {he} spend on coffee in {w} weeks?",
    dict(p=M("2.25", "5.50", "0.25"), w=C(2, 8, u="weeks")),
    [S("days", "w*5", "number of weekdays", "c:days"),
     S("cost", "days*p", "amount spent on coffee", "$")]))

A(T("jam_jars_berries", "cooking & baking",
    "{name} picks {w} pounds of berries. Each jar of jam needs {c} pounds of berries. {He} gives away {g} jars and keeps the rest. How many jars does {he} keep?",
    dict(c=D("0.5", "2", "0.5", u="lb/jar"), k=C(6, 16), w=X("c*k", "d", u="lb"), g=C(2, 5, u="jars")),
    [S("jars", "w/c", "number of jars made", "c:jars"),
     S("keep", "jars-g", "number of jars kept", "c:jars")]))

A(T("banquet_chicken", "cooking & baking",
    "A caterer needs {c} pounds of chicken per guest. There are {g} guests, and chicken costs {p} per pound. How much does the chicken cost?",
    dict(c=D("0.25", "0.75", "0.25", u="lb/guest"), g=C(20, 80, 4, u="guests"), p=M("2.00", "4.50", "0.50", u="/lb")),
    [S("lb", "c*g", "amount of chicken needed", "d:pounds"),
     S("cost", "lb*p", "cost of the chicken", "$")]))

# ------------------------------------------------------------------ school
A(T("teacher_pencils", "school",
    "A teacher has {a} boxes of pencils with {b} pencils in each box. She gives {c} pencils to each of her {n} students. How many pencils does she have left?",
    dict(a=C(3, 8, u="boxes"), b=C(10, 24, 2, u="pencils/box"), c=C(2, 4, u="pencils"), n=C(15, 30, u="students")),
    [S("tot", "a*b", "number of pencils", "c:pencils"),
     S("gave", "c*n", "number of pencils given out", "c:pencils"),
     S("left", "tot-gave", "number of pencils left", "c:pencils")]))

A(T("field_trip_buses", "school",
    "{n} students and {t} teachers are going on a field trip. Each bus holds {c} people, and every bus they use is full. How many buses do they use?",
    dict(c=C(20, 40, 4, u="people/bus"), k=C(3, 6), t=C(4, 10, u="teachers"), n=X("c*k-t", u="students")),
    [S("tot", "n+t", "number of people going", "c:people"),
     S("bus", "tot/c", "number of buses", "c:buses")]))

A(T("book_report_pages", "school",
    "{name} has to read a {p}-page book for school. {He} reads {a} pages on Monday, {b} pages on Tuesday and {c} pages on Wednesday. How many pages does {he} still have to read?",
    dict(p=C(150, 320, 10, u="pages"), a=C(20, 45, u="pages"), b=C(20, 45, u="pages"), c=C(15, 40, u="pages")),
    [S("rd", "a+b+c", "number of pages read", "c:pages"),
     S("left", "p-rd", "number of pages left", "c:pages")]))

A(T("test_average", "school",
    "{name} scored {a}, {b}, {c} and {d} on four math tests. What is {his} average score?",
    dict(a=C(70, 99, u="points"), b=C(70, 99, u="points"), c=C(70, 99, u="points"), d=C(70, 99, u="points")),
    [S("sum", "a+b+c+d", "sum of the scores", "c:points"),
     S("avg", "sum/4", "average score", "d:points")]))

A(T("school_chairs", "school",
    "A school has {r} classrooms. Each classroom has {a} rows of chairs with {b} chairs in each row. How many chairs are in the school?",
    dict(r=C(6, 20, u="classrooms"), a=C(4, 7, u="rows"), b=C(4, 8, u="chairs/row")),
    [S("per", "a*b", "number of chairs in one classroom", "c:chairs"),
     S("tot", "per*r", "number of chairs in the school", "c:chairs")]))

A(T("homework_hours", "school",
    "Each night {name} spends {a} minutes on math homework and {b} minutes on reading. How many hours does {he} spend on homework in {d} nights?",
    dict(a=C(20, 45, 5, u="min"), b=C(15, 40, 5, u="min"), d=C(4, 12, u="nights")),
    [S("per", "a+b", "minutes per night", "c:minutes"),
     S("tot", "per*d", "total minutes", "c:minutes"),
     S("hr", "tot/60", "number of hours", "d:hours")]))

A(T("library_fiction", "school",
    "The school library has {n} books. {f_w} of them are fiction. {k} of the fiction books are checked out. How many fiction books are still on the shelves?",
    dict(n=C(240, 960, 24, u="books"), f=Fc(["1/2", "1/3", "1/4", "2/3", "3/4"]), k=C(20, 80, u="books")),
    [S("fic", "f@n", "number of fiction books", "c:books"),
     S("left", "fic-k", "number of fiction books on the shelves", "c:books")]))

A(T("spelling_words", "school",
    "{name} learns {a} new spelling words each day for {d} days. On the test {he} forgets {b} of them. How many words does {he} remember?",
    dict(a=C(4, 12, u="words"), d=C(5, 14, u="days"), b=C(2, 9, u="words")),
    [S("lrn", "a*d", "number of words learned", "c:words"),
     S("rem", "lrn-b", "number of words remembered", "c:words")]))

A(T("homework_points", "school",
    "Each homework assignment is worth {a} points. {name} turned in {h} assignments and also earned {b} bonus points. How many points does {he} have?",
    dict(a=C(5, 20, 5, u="points"), h=C(6, 15, u="assignments"), b=C(5, 25, u="points")),
    [S("hw", "a*h", "points from homework", "c:points"),
     S("tot", "hw+b", "total points", "c:points")]))

A(T("lunch_weeks", "school",
    "School lunch costs {p} a day. {name} buys lunch {d} days a week. How much does {he} spend on lunch in {w} weeks?",
    dict(p=M("2.25", "4.50", "0.25"), d=C(2, 5, u="days"), w=C(3, 10, u="weeks")),
    [S("wk", "p*d", "cost per week", "$"),
     S("tot", "wk*w", "total spent on lunch", "$")]))

A(T("class_groups", "school",
    "A class has {g} girls and {b} boys. The teacher splits the class into groups of {s}. Each group gets {m} markers. How many markers does the teacher hand out?",
    dict(s=C(3, 5, u="students/group"), k=C(5, 9), g=C(8, 16, u="girls"), b=X("s*k-g", u="boys"), m=C(2, 6, u="markers")),
    [S("tot", "g+b", "number of students", "c:students"),
     S("grp", "tot/s", "number of groups", "c:groups"),
     S("mk", "grp*m", "number of markers", "c:markers")], req=["b > 3"]))

A(T("science_fair", "school",
    "At a science fair there are {a} tables with {b} projects on each table. Each project gets {j} judges' scores. How many scores do the judges write in total?",
    dict(a=C(5, 15, u="tables"), b=C(3, 6, u="projects/table"), j=C(2, 4, u="scores")),
    [S("pr", "a*b", "number of projects", "c:projects"),
     S("sc", "pr*j", "number of scores", "c:scores")]))

A(T("grade_curve", "school",
    "{name} got {a} points on the first part of a test and {b} points on the second part. The teacher adds {c} bonus points to everyone's score. Then the test is scored out of {t}. What percent did {name} get?",
    dict(t=C(50, 100, 50, u="points"), a=C(15, 30, u="points"), b=C(10, 20, u="points"), c=C(2, 6, u="points")),
    [S("raw", "a+b", "points from both parts", "c:points"),
     S("tot", "raw+c", "score with the bonus", "c:points"),
     S("fr", "tot/t", "fraction of the points", "d:"),
     S("pc", "fr*100", "percent score", "%")], req=["a+b+c < t"]))

# ------------------------------------------------------------------ sports & fitness
A(T("track_laps", "sports & fitness",
    "One lap around the track is {l} miles. {name} runs {a} laps on Monday and {b} laps on Wednesday. How many miles does {he} run in total?",
    dict(l=D(choices=["0.25", "0.4", "0.5"], u="mi/lap"), a=C(4, 12, u="laps"), b=C(4, 12, u="laps")),
    [S("lp", "a+b", "number of laps", "c:laps"),
     S("mi", "lp*l", "distance run", "d:miles")]))

A(T("basketball_points", "sports & fitness",
    "In a basketball game, {name} made {a} two-point shots, {b} three-point shots and {c} free throws worth 1 point each. How many points did {he} score?",
    dict(a=C(2, 9, u="shots"), b=C(1, 6, u="shots"), c=C(1, 8, u="points")),
    [S("two", "a*2", "points from two-point shots", "c:points"),
     S("three", "b*3", "points from three-point shots", "c:points"),
     S("tot", "two+three+c", "total points", "c:points")]))

A(T("jerseys_socks", "sports & fitness",
    "A soccer team has {n} players. A jersey costs {p} and a pair of socks costs {q}. How much does it cost to buy a jersey and a pair of socks for every player?",
    dict(n=C(11, 22, u="players"), p=M("18", "35", "1"), q=M("4", "9", "0.50")),
    [S("per", "p+q", "cost per player", "$"),
     S("tot", "per*n", "total cost", "$")]))

A(T("pushups_weeks", "sports & fitness",
    "{name} does {a} push-ups every morning and {b} push-ups every evening. How many push-ups does {he} do in {w} weeks?",
    dict(a=C(10, 30, 5, u="push-ups"), b=C(10, 30, 5, u="push-ups"), w=C(2, 6, u="weeks")),
    [S("per", "a+b", "push-ups per day", "c:push-ups"),
     S("days", "w*7", "number of days", "c:days"),
     S("tot", "per*days", "total number of push-ups", "c:push-ups")]))

A(T("swim_workout", "sports & fitness",
    "{name} swims {a} laps, and each lap takes {s} minutes. Then {he} stretches for {r} minutes. How many minutes does {his} workout take?",
    dict(a=C(8, 30, u="laps"), s=D("1", "2.5", "0.5", u="min/lap"), r=C(5, 15, u="min")),
    [S("sw", "a*s", "minutes spent swimming", "d:minutes"),
     S("tot", "sw+r", "workout time", "d:minutes")]))

A(T("bike_then_walk", "sports & fitness",
    "{name} rides {his} bike at {v} miles per hour for {t} hours, then walks {w} miles to a lake. How many miles does {he} travel in all?",
    dict(v=C(8, 16, u="mph"), t=D("0.5", "3", "0.5", u="h"), w=D("0.5", "3", "0.5", u="mi")),
    [S("ride", "v*t", "distance on the bike", "d:miles"),
     S("tot", "ride+w", "total distance", "d:miles")]))

A(T("season_losses", "sports & fitness",
    "A baseball team played {g} games this season. They won {w} games and tied {t} games. How many games did they lose?",
    dict(g=C(30, 60, u="games"), w=C(10, 30, u="games"), t=C(1, 5, u="games")),
    [S("nl", "w+t", "number of games won or tied", "c:games"),
     S("lost", "g-nl", "number of games lost", "c:games")]))

A(T("gym_fee_months", "sports & fitness",
    "A gym charges a one-time joining fee of {j} plus {m} per month. How much does {name} pay for the first {n} months?",
    dict(j=M("25", "100", "5"), m=M("15", "45", "5"), n=C(3, 12, u="months")),
    [S("mo", "m*n", "cost of the monthly fees", "$"),
     S("tot", "mo+j", "total cost", "$")]))

A(T("training_miles", "sports & fitness",
    "{name} is training for a race. {He} runs {a} miles a day, {d} days a week. How many miles does {he} run in {w} weeks?",
    dict(a=D("2", "6", "0.5", u="mi/day"), d=C(3, 6, u="days"), w=C(3, 8, u="weeks")),
    [S("wk", "a*d", "miles per week", "d:miles"),
     S("tot", "wk*w", "total miles", "d:miles")]))

A(T("steps_goal", "sports & fitness",
    "{name}'s goal is to walk {g} steps a day. {He} walks {a} steps in the morning and {b} steps in the afternoon. How many more steps does {he} need to reach {his} goal?",
    dict(g=C(8000, 12000, 500, u="steps"), a=C(2000, 4500, 100, u="steps"), b=C(1500, 4000, 100, u="steps")),
    [S("wk", "a+b", "steps walked so far", "c:steps"),
     S("more", "g-wk", "number of steps still needed", "c:steps")]))

A(T("tennis_balls", "sports & fitness",
    "Tennis balls come in cans of {c}. A coach buys {n} cans, and the team loses {l} balls during practice. How many balls are left?",
    dict(c=C(3, 4, u="balls/can"), n=C(6, 20, u="cans"), l=C(3, 15, u="balls")),
    [S("tot", "c*n", "number of balls bought", "c:balls"),
     S("left", "tot-l", "number of balls left", "c:balls")]))

A(T("hiking_calories", "sports & fitness",
    "{name} burns {c} calories per hour while hiking. {He} hikes for {h} hours on Saturday and {k} hours on Sunday. How many calories does {he} burn that weekend?",
    dict(c=C(300, 500, 20, u="cal/h"), h=D("1", "4", "0.5", u="h"), k=D("1", "3", "0.5", u="h")),
    [S("hr", "h+k", "hours hiked", "d:hours"),
     S("cal", "hr*c", "calories burned", "c:calories")]))

A(T("relay_team", "sports & fitness",
    "A relay race is {d} meters long and is split equally among {n} runners. Each runner keeps a pace of {s} seconds per 100 meters. How many seconds does each runner run?",
    dict(n=C(2, 4, u="runners"), k=C(2, 4), d=X("n*k*100", u="m"), s=C(14, 20, u="s")),
    [S("leg", "d/n", "distance for each runner", "c:meters"),
     S("hund", "leg/100", "number of hundred-meter sections", "c:"),
     S("sec", "hund*s", "time for each runner", "c:seconds")]))

A(T("bowling_scores", "sports & fitness",
    "{name} bowled {a}, {b} and {c} in three games. {name2} bowled {d} points more in total than {name}. What was {name2}'s total?",
    dict(a=C(90, 180, u="pins"), b=C(90, 180, u="pins"), c=C(90, 180, u="pins"), d=C(10, 60, u="pins")),
    [S("t1", "a+b+c", "first bowler's total", "c:points"),
     S("t2", "t1+d", "second bowler's total", "c:points")]))

A(T("yoga_classes", "sports & fitness",
    "A yoga studio sells a pack of {n} classes for {p}. Single classes cost {q} each. How much does {name} save by buying the pack instead of {n} single classes?",
    dict(n=C(5, 20, 5, u="classes"), q=M("12", "20", "1"), p=M("50", "200", "10")),
    [S("sing", "n*q", "cost of single classes", "$"),
     S("save", "sing-p", "amount saved", "$")]))

# ------------------------------------------------------------------ travel
A(T("gas_trip", "travel",
    "{name}'s car can go {m} miles on one gallon of gas. {He} drives {d} miles, and gas costs {p} per gallon. How much does the gas for the trip cost?",
    dict(m=C(20, 40, 5, u="mi/gal"), k=C(4, 12), d=X("m*k", u="mi"), p=M("3.00", "4.50", "0.10", u="/gal")),
    [S("gal", "d/m", "gallons of gas used", "d:gallons"),
     S("cost", "gal*p", "cost of the gas", "$")]))

A(T("train_two_speeds", "travel",
    "A train travels at {v} miles per hour for {t} hours, then slows down to {u} miles per hour for {s} hours. How far does it travel in total?",
    dict(v=C(50, 80, 5, u="mph"), t=C(2, 5, u="h"), u=C(30, 45, 5, u="mph"), s=C(1, 3, u="h")),
    [S("d1", "v*t", "distance at the first speed", "c:miles"),
     S("d2", "u*s", "distance at the second speed", "c:miles"),
     S("tot", "d1+d2", "total distance", "c:miles")]))

A(T("walk_school_round", "travel",
    "{name} walks {d} miles to school and then walks back home each day. How many miles does {he} walk in {n} school days?",
    dict(d=D("0.5", "2", "0.25", u="mi"), n=C(5, 20, u="days")),
    [S("rt", "d*2", "miles walked each day", "d:miles"),
     S("tot", "rt*n", "total miles", "d:miles")]))

A(T("two_flights", "travel",
    "{name}'s trip has a {a}-minute flight, a {c}-minute layover and then a {b}-minute flight. How many hours does the whole trip take?",
    dict(a=C(60, 180, 15, u="min"), b=C(45, 150, 15, u="min"), c=C(30, 120, 15, u="min")),
    [S("tot", "a+b+c", "total minutes", "c:minutes"),
     S("hr", "tot/60", "number of hours", "d:hours")]))

A(T("taxi_fare", "travel",
    "A taxi charges a flat fee of {b} plus {p} per mile. How much does a {d}-mile ride cost?",
    dict(b=M("2.50", "5.00", "0.50"), p=M("1.50", "3.00", "0.25", u="/mi"), d=C(3, 20, u="mi")),
    [S("mi", "p*d", "cost for the miles", "$"),
     S("tot", "b+mi", "total fare", "$")]))

A(T("gas_stops", "travel",
    "On a {d}-mile road trip, {name} stops for gas every {g} miles. Each stop costs {p} for gas and {q} for snacks. How much does {he} spend at the stops?",
    dict(g=C(100, 250, 50, u="mi"), k=C(3, 6), d=X("g*k", u="mi"), p=M("30", "55", "5"), q=M("4", "12", "1")),
    [S("st", "d/g", "number of stops", "c:stops"),
     S("per", "p+q", "cost per stop", "$"),
     S("tot", "st*per", "total spent at stops", "$")]))

A(T("bus_pass_save", "travel",
    "A single bus ride costs {p}. A monthly pass costs {m}. {name} rides the bus {r} times a week for 4 weeks. How much does {he} save by buying the monthly pass?",
    dict(p=M("1.75", "3.00", "0.25"), m=M("40", "70", "5"), r=C(8, 14, u="rides")),
    [S("rd", "r*4", "number of rides", "c:rides"),
     S("sing", "rd*p", "cost of single rides", "$"),
     S("save", "sing-m", "amount saved", "$")]))

A(T("speed_then_far", "travel",
    "{name} drove {d} miles in {t} hours. If {he} keeps driving at the same speed, how far will {he} go in {s} more hours?",
    dict(t=C(2, 5, u="h"), v=C(40, 65, 5), d=X("v*t", u="mi"), s=C(2, 6, u="h")),
    [S("sp", "d/t", "speed", "c:miles per hour"),
     S("far", "sp*s", "distance in the extra hours", "c:miles")]))

A(T("rental_car", "travel",
    "A rental car costs {p} per day plus {q} per mile. {name} rents the car for {n} days and drives {d} miles. How much does the rental cost?",
    dict(p=M("25", "50", "5", u="/day"), q=M("0.10", "0.40", "0.05", u="/mi"), n=C(2, 6, u="days"), d=C(80, 400, 20, u="mi")),
    [S("dc", "p*n", "cost for the days", "$"),
     S("mc", "q*d", "cost for the miles", "$"),
     S("tot", "dc+mc", "total rental cost", "$")]))

A(T("hotel_fee", "travel",
    "A hotel room costs {p} per night, plus a one-time cleaning fee of {f}. {name} stays {n} nights. How much does {he} pay?",
    dict(p=M("60", "150", "5"), f=M("15", "40", "5"), n=C(2, 7, u="nights")),
    [S("rm", "p*n", "cost of the nights", "$"),
     S("tot", "rm+f", "total cost", "$")]))

A(T("bike_tour_left", "travel",
    "A bike tour is {d} miles long. On the first day the riders cover {f_w} of the distance, and on the second day they ride {e} miles. How many miles are left?",
    dict(d=C(120, 360, 12, u="mi"), f=Fc(["1/3", "1/4", "1/6", "1/2"]), e=C(20, 50, u="mi")),
    [S("d1", "f@d", "distance on the first day", "c:miles"),
     S("done", "d1+e", "distance ridden so far", "c:miles"),
     S("left", "d-done", "distance left", "c:miles")]))

A(T("walk_minutes", "travel",
    "{name} walks at {v} miles per hour. How many minutes does it take {him} to walk {d} miles?",
    dict(v=C(2, 5, u="mph"), d=D("1", "6", "0.5", u="mi")),
    [S("hr", "d/v", "time in hours", "d:hours"),
     S("mn", "hr*60", "time in minutes", "d:minutes")]))

A(T("plane_tickets_bags", "travel",
    "A family of {n} buys plane tickets for {p} each. They also check {b} bags at {q} per bag. How much do they pay?",
    dict(n=C(3, 6, u="tickets"), p=M("120", "350", "10"), b=C(2, 5, u="bags"), q=M("25", "40", "5")),
    [S("tk", "n*p", "cost of the tickets", "$"),
     S("bg", "b*q", "cost of the bags", "$"),
     S("tot", "tk+bg", "total cost", "$")]))

A(T("road_trip_days", "travel",
    "{name} drives {a} miles on the first day of a trip and {b} miles on the second day. The whole trip is {d} miles. How many miles are left for the third day?",
    dict(a=C(150, 350, 10, u="mi"), b=C(150, 350, 10, u="mi"), d=C(600, 1000, 20, u="mi")),
    [S("two", "a+b", "distance in the first two days", "c:miles"),
     S("left", "d-two", "distance left", "c:miles")]))

# ------------------------------------------------------------------ time & schedules
A(T("piano_practice", "time & schedules",
    "{name} practices piano for {a} minutes a day, {d} days a week. How many hours does {he} practice in {w} weeks?",
    dict(a=C(20, 60, 5, u="min/day"), d=C(3, 7, u="days"), w=C(2, 8, u="weeks")),
    [S("wk", "a*d", "minutes per week", "c:minutes"),
     S("tot", "wk*w", "total minutes", "c:minutes"),
     S("hr", "tot/60", "number of hours", "d:hours")]))

A(T("sleep_week", "time & schedules",
    "{name} sleeps {h} hours each night from Sunday to Thursday and {k} hours on Friday and Saturday nights. How many hours does {he} sleep in a week?",
    dict(h=D("6.5", "9", "0.5", u="h"), k=D("8", "10.5", "0.5", u="h")),
    [S("wd", "h*5", "hours on the five school nights", "d:hours"),
     S("we", "k*2", "hours on the weekend nights", "d:hours"),
     S("tot", "wd+we", "hours of sleep in a week", "d:hours")]))

A(T("movie_marathon", "time & schedules",
    "{name} watches {a} movies that are {m} minutes long each and {b} episodes of a show that are {e} minutes long each. How many minutes does {he} spend watching?",
    dict(a=C(2, 4, u="movies"), m=C(90, 140, 5, u="min"), b=C(2, 8, u="episodes"), e=C(20, 45, u="min")),
    [S("mv", "a*m", "minutes of movies", "c:minutes"),
     S("ep", "b*e", "minutes of episodes", "c:minutes"),
     S("tot", "mv+ep", "total minutes", "c:minutes")]))

A(T("chores_time", "time & schedules",
    "{name} spends {a} minutes washing dishes and twice as long vacuuming. How many minutes does {he} spend on these chores in {d} days?",
    dict(a=C(10, 25, u="min"), d=C(3, 7, u="days")),
    [S("vac", "a*2", "minutes vacuuming", "c:minutes"),
     S("per", "a+vac", "minutes per day", "c:minutes"),
     S("tot", "per*d", "total minutes", "c:minutes")]))

A(T("commute_hours", "time & schedules",
    "{name}'s commute takes {a} minutes each way. How many hours does {he} spend commuting in a {d}-day work week?",
    dict(a=C(15, 50, 5, u="min"), d=C(4, 5, u="days")),
    [S("day", "a*2", "minutes per day", "c:minutes"),
     S("wk", "day*d", "minutes per week", "c:minutes"),
     S("hr", "wk/60", "number of hours", "d:hours")]))

A(T("volunteer_hours", "time & schedules",
    "{name} volunteers at the food bank for {a} hours every Saturday and {b} hours every Sunday. How many hours does {he} volunteer in {w} weeks?",
    dict(a=D("1.5", "4", "0.5", u="h"), b=D("1", "3", "0.5", u="h"), w=C(3, 10, u="weeks")),
    [S("wk", "a+b", "hours per week", "d:hours"),
     S("tot", "wk*w", "total hours", "d:hours")]))

A(T("bread_batches_time", "time & schedules",
    "Each batch of bread takes {p} minutes to prepare and {b} minutes to bake. {name} makes {n} batches one after another. How many hours does it take?",
    dict(p=C(15, 40, 5, u="min"), b=C(25, 50, 5, u="min"), n=C(2, 6, u="batches")),
    [S("per", "p+b", "minutes per batch", "c:minutes"),
     S("tot", "per*n", "total minutes", "c:minutes"),
     S("hr", "tot/60", "number of hours", "d:hours")]))

A(T("meetings_hours", "time & schedules",
    "A manager has {n} meetings a week, and each meeting is {m} minutes long. How many hours does the manager spend in meetings over {w} weeks?",
    dict(n=C(3, 10, u="meetings"), m=C(20, 60, 10, u="min"), w=C(2, 6, u="weeks")),
    [S("wk", "n*m", "minutes per week", "c:minutes"),
     S("tot", "wk*w", "total minutes", "c:minutes"),
     S("hr", "tot/60", "number of hours", "d:hours")]))

A(T("reading_goal_minutes", "time & schedules",
    "{name} wants to read for {g} minutes this month. {He} reads {a} minutes before school and {b} minutes after dinner every day. After {d} days, how many more minutes does {he} need to read?",
    dict(g=C(800, 1500, 50, u="min"), a=C(10, 20, 5, u="min"), b=C(10, 25, 5, u="min"), d=C(10, 20, u="days")),
    [S("per", "a+b", "minutes per day", "c:minutes"),
     S("done", "per*d", "minutes read so far", "c:minutes"),
     S("more", "g-done", "minutes still needed", "c:minutes")]))

A(T("laundry_loads", "time & schedules",
    "A washing machine cycle takes {w} minutes and a dryer cycle takes {y} minutes. {name} does {n} loads, and each load goes through both machines. How many minutes do the machines run in total?",
    dict(w=C(30, 60, 5, u="min"), y=C(40, 70, 5, u="min"), n=C(2, 6, u="loads")),
    [S("per", "w+y", "minutes per load", "c:minutes"),
     S("tot", "per*n", "total machine time", "c:minutes")]))

A(T("shift_breaks", "time & schedules",
    "A nurse works {s} shifts a week. Each shift is {h} hours long, and she takes a {b}-hour break during each shift. How many hours does she actually work in a week?",
    dict(s=C(3, 5, u="shifts"), h=C(8, 12, u="h"), b=D(choices=["0.5", "1"], u="h")),
    [S("wk", "h-b", "working hours per shift", "d:hours"),
     S("tot", "wk*s", "working hours per week", "d:hours")]))

A(T("bus_route_time", "time & schedules",
    "A bus route has {n} stops. The bus spends {s} minutes at each stop and drives {d} minutes between stops in total. How long does one trip along the route take?",
    dict(n=C(8, 20, u="stops"), s=D("0.5", "2", "0.5", u="min"), d=C(30, 70, 5, u="min")),
    [S("st", "n*s", "time spent at stops", "d:minutes"),
     S("tot", "st+d", "time for one trip", "d:minutes")]))

# ------------------------------------------------------------------ savings & allowance
A(T("allowance_save", "savings & allowance",
    "{name} gets {a} in allowance every week and saves {f_w} of it. How much does {he} save in {w} weeks?",
    dict(a=M("8", "24", "2"), f=Fc(["1/2", "1/4", "3/4", "1/3", "2/3"]), w=C(4, 12, u="weeks")),
    [S("sv", "f@a", "amount saved each week", "$"),
     S("tot", "sv*w", "total saved", "$")]))

A(T("bike_weeks", "savings & allowance",
    "{name} wants a bike that costs {c}. {He} has already saved {s} and earns {e} a week mowing lawns. How many weeks will it take {him} to have enough?",
    dict(e=M("10", "25", "5"), k=C(3, 10), s=M("20", "80", "10"), c=X("s+e*k", "m")),
    [S("need", "c-s", "amount still needed", "$"),
     S("wk", "need/e", "number of weeks", "c:weeks")]))

A(T("piggy_bank", "savings & allowance",
    "{name}'s piggy bank has {q} quarters, {d} dimes and {n} nickels. A quarter is worth $0.25, a dime $0.10 and a nickel $0.05. How much money is in the piggy bank?",
    dict(q=C(8, 40, u="quarters"), d=C(5, 30, u="dimes"), n=C(4, 20, u="nickels")),
    [S("qv", "q*0.25", "value of the quarters", "$"),
     S("dv", "d*0.10", "value of the dimes", "$"),
     S("nv", "n*0.05", "value of the nickels", "$"),
     S("tot", "qv+dv+nv", "total in the piggy bank", "$")]))

A(T("birthday_money", "savings & allowance",
    "For {his} birthday, {name} got {a} from {his} grandmother and {b} from {his} aunt. {He} spent {c} on a video game. How much money does {he} have left?",
    dict(a=M("20", "60", "5"), b=M("10", "40", "5"), c=M("15", "45", "1")),
    [S("got", "a+b", "birthday money", "$"),
     S("left", "got-c", "money left", "$")]))

A(T("headphones_save", "savings & allowance",
    "{name} saves {a} a week for {w} weeks. Then {he} buys headphones for {h}. How much money does {he} have left?",
    dict(a=M("6", "20", "1"), w=C(4, 12, u="weeks"), h=M("25", "60", "1")),
    [S("sv", "a*w", "amount saved", "$"),
     S("left", "sv-h", "money left", "$")]))

A(T("split_bill_tip", "savings & allowance",
    "{n} friends share a dinner bill of {b} equally. Each friend also adds {t} for the tip. How much does each friend pay?",
    dict(n=C(3, 6, u="friends"), k=C(10, 30), b=X("n*k*2", "m"), t=M("2", "5", "0.50")),
    [S("sh", "b/n", "share of the bill", "$"),
     S("each", "sh+t", "amount each friend pays", "$")]))

A(T("three_month_savings", "savings & allowance",
    "In January {name} saved {a}. In February {he} saved twice as much as in January, and in March {he} saved {b} less than in February. How much did {he} save over the three months?",
    dict(a=M("20", "60", "5"), b=M("5", "15", "5")),
    [S("feb", "a*2", "February savings", "$"),
     S("mar", "feb-b", "March savings", "$"),
     S("tot", "a+feb+mar", "total savings", "$")]))

A(T("weekly_budget_gas", "savings & allowance",
    "{name} has {b} to spend this week. {He} spends {g} on groceries and {r}% of what is left on gas. How much money does {he} have left?",
    dict(b=M("150", "300", "10"), g=M("60", "120", "10"), r=P([10, 20, 25, 50])),
    [S("rest", "b-g", "money after groceries", "$"),
     S("gas", "r%rest", "amount spent on gas", "$"),
     S("left", "rest-gas", "money left", "$")]))

A(T("pack_lunch_save", "savings & allowance",
    "Buying lunch at work costs {name} {p} a day, while packing lunch costs {q} a day. How much does {he} save in {d} days by packing lunch?",
    dict(p=M("8", "14", "0.50"), q=M("2.50", "5.00", "0.50"), d=C(5, 22, u="days")),
    [S("df", "p-q", "savings per day", "$"),
     S("tot", "df*d", "total savings", "$")]))

A(T("chores_earn_spend", "savings & allowance",
    "{name} earns {a} for each chore. {He} does {c} chores a week for {w} weeks and then spends {s} on a book. How much money does {he} have left?",
    dict(a=M("1.50", "5.00", "0.50"), c=C(3, 7, u="chores"), w=C(2, 5, u="weeks"), s=M("8", "20", "1")),
    [S("ch", "c*w", "number of chores", "c:chores"),
     S("earn", "ch*a", "money earned", "$"),
     S("left", "earn-s", "money left", "$")]))

A(T("savings_goal_fraction", "savings & allowance",
    "{name} wants to save {g} for a trip. So far {he} has saved {f_w} of that amount. How much more does {he} need to save?",
    dict(g=M("120", "600", "24"), f=Fc(["1/3", "1/4", "2/3", "3/4", "1/2", "3/8"])),
    [S("sv", "f@g", "amount saved so far", "$"),
     S("more", "g-sv", "amount still needed", "$")]))

A(T("coin_jar_days", "savings & allowance",
    "{name} puts {a} into a jar every day for {d} days. {His} brother puts in {b} every day for the same days. How much is in the jar?",
    dict(a=M("0.50", "2.00", "0.25"), b=M("0.25", "1.50", "0.25"), d=C(10, 30, u="days")),
    [S("s1", "a*d", "amount from the first child", "$"),
     S("s2", "b*d", "amount from the brother", "$"),
     S("tot", "s1+s2", "total in the jar", "$")]))

# ------------------------------------------------------------------ jobs & wages
A(T("hourly_wage", "jobs & wages",
    "{name} earns {r} per hour. This week {he} works {h} hours on weekdays and {k} hours on Saturday. How much does {he} earn this week?",
    dict(r=M("11", "20", "0.50", u="/h"), h=C(10, 30, u="h"), k=C(3, 8, u="h")),
    [S("hr", "h+k", "hours worked", "c:hours"),
     S("pay", "hr*r", "pay for the week", "$")]))

A(T("overtime_pay", "jobs & wages",
    "{name} earns {r} per hour for the first 40 hours of a week and {o} per hour for every hour after that. This week {he} works {h} hours. How much does {he} earn?",
    dict(r=M("12", "20", "1", u="/h"), o=M("18", "30", "1", u="/h"), h=C(42, 50, u="h")),
    [S("ot", "h-40", "overtime hours", "c:hours"),
     S("reg", "r*40", "regular pay", "$"),
     S("otp", "ot*o", "overtime pay", "$"),
     S("tot", "reg+otp", "total pay", "$")], req=["o > r"]))

A(T("waiter_tips", "jobs & wages",
    "A waiter earns {r} per hour plus tips. During a {h}-hour shift he collects {t} in tips. How much does he make for the shift?",
    dict(r=M("4", "12", "0.50", u="/h"), h=C(4, 9, u="h"), t=M("40", "150", "5")),
    [S("wg", "r*h", "hourly wages", "$"),
     S("tot", "wg+t", "total for the shift", "$")]))

A(T("babysitting", "jobs & wages",
    "{name} babysits for {a} hours on Friday and {b} hours on Saturday. {He} is paid {r} per hour. Then {he} spends {s} on a concert ticket. How much money does {he} have left?",
    dict(a=C(2, 5, u="h"), b=C(2, 6, u="h"), r=M("8", "15", "1", u="/h"), s=M("20", "45", "1")),
    [S("hr", "a+b", "hours babysitting", "c:hours"),
     S("earn", "hr*r", "money earned", "$"),
     S("left", "earn-s", "money left", "$")]))

A(T("paycheck_tax", "jobs & wages",
    "{name} earns {g} a week before taxes. {r}% of {his} pay is taken out for taxes. How much does {he} take home in {w} weeks?",
    dict(g=M("400", "900", "20"), r=P([10, 12, 15, 20, 25]), w=C(2, 4, u="weeks")),
    [S("tax", "r%g", "tax per week", "$"),
     S("net", "g-tax", "take-home pay per week", "$"),
     S("tot", "net*w", "total take-home pay", "$")]))

A(T("salary_raise", "jobs & wages",
    "{name} earns {s} per month. {He} gets a raise of {r}%. What will {his} salary be for a whole year at the new rate?",
    dict(s=M("2000", "4500", "100"), r=P([2, 3, 4, 5, 10])),
    [S("rs", "r%s", "monthly raise", "$"),
     S("new", "s+rs", "new monthly salary", "$"),
     S("yr", "new*12", "yearly salary", "$")]))

A(T("box_packing", "jobs & wages",
    "A warehouse worker is paid {p} for each box she packs. She packs {a} boxes an hour for {h} hours. How much does she earn?",
    dict(p=M("0.50", "1.50", "0.25"), a=C(10, 30, u="boxes/h"), h=C(4, 8, u="h")),
    [S("bx", "a*h", "number of boxes packed", "c:boxes"),
     S("pay", "bx*p", "earnings", "$")]))

A(T("freelance_profit", "jobs & wages",
    "{name} charges {r} per hour for design work. A project takes {h} hours, and {he} pays {f} for a font license for the project. How much profit does {he} make?",
    dict(r=M("25", "60", "5", u="/h"), h=C(6, 30, u="h"), f=M("20", "90", "5")),
    [S("earn", "r*h", "amount charged", "$"),
     S("prof", "earn-f", "profit", "$")]))

A(T("store_payroll", "jobs & wages",
    "A store has {n} employees, and each works {h} hours a day. They are all paid {r} per hour. What is the store's payroll for {d} days?",
    dict(n=C(4, 12, u="employees"), h=C(4, 8, u="h"), r=M("12", "18", "0.50", u="/h"), d=C(2, 6, u="days")),
    [S("hr", "n*h", "hours worked per day", "c:hours"),
     S("day", "hr*r", "payroll per day", "$"),
     S("tot", "day*d", "total payroll", "$")]))

A(T("dog_walker", "jobs & wages",
    "{name} walks {d} dogs each day and charges {p} per dog. How much does {he} earn in {k} days?",
    dict(d=C(3, 8, u="dogs"), p=M("8", "15", "1"), k=C(5, 14, u="days")),
    [S("day", "d*p", "earnings per day", "$"),
     S("tot", "day*k", "total earnings", "$")]))

A(T("tutor_sessions", "jobs & wages",
    "{name} tutors {a} students for {h} hours each per week and charges {r} per hour. How much does {he} earn in {w} weeks?",
    dict(a=C(2, 6, u="students"), h=D("1", "2", "0.5", u="h"), r=M("15", "40", "5", u="/h"), w=C(2, 6, u="weeks")),
    [S("hr", "a*h", "hours of tutoring per week", "d:hours"),
     S("wk", "hr*r", "earnings per week", "$"),
     S("tot", "wk*w", "total earnings", "$")]))

A(T("delivery_driver", "jobs & wages",
    "A delivery driver earns {p} per delivery plus {t} in tips on average per delivery. She makes {n} deliveries a day for {d} days. How much does she earn?",
    dict(p=M("3", "6", "0.50"), t=M("1.50", "4.00", "0.50"), n=C(8, 20, u="deliveries"), d=C(2, 6, u="days")),
    [S("per", "p+t", "earnings per delivery", "$"),
     S("del", "n*d", "number of deliveries", "c:deliveries"),
     S("tot", "per*del", "total earnings", "$")]))

# ------------------------------------------------------------------ farm & garden
A(T("tomato_rows", "farm & garden",
    "A garden has {r} rows with {p} tomato plants in each row. Each plant grows {t} tomatoes. How many tomatoes grow in the garden?",
    dict(r=C(3, 10, u="rows"), p=C(4, 12, u="plants/row"), t=C(5, 20, u="tomatoes/plant")),
    [S("pl", "r*p", "number of plants", "c:plants"),
     S("tm", "pl*t", "number of tomatoes", "c:tomatoes")]))

A(T("chicken_eggs_dozens", "farm & garden",
    "A farmer has {c} chickens, and each one lays {e} eggs a week. The farmer sells the eggs by the dozen for {p} a dozen. How much money does the farmer make in a week?",
    dict(e=C(4, 6, u="eggs/week"), k=C(2, 6), c=X("12*k", u="chickens"), p=M("3.00", "5.50", "0.50")),
    [S("eg", "c*e", "number of eggs", "c:eggs"),
     S("dz", "eg/12", "number of dozens", "c:dozens"),
     S("mon", "dz*p", "money made", "$")]))

A(T("orchard_sold", "farm & garden",
    "An orchard has {t} apple trees, and each tree gives {a} apples. The owner sells {f_w} of the apples and keeps the rest. How many apples does the owner keep?",
    dict(t=C(10, 40, u="trees"), a=C(30, 120, 10, u="apples/tree"), f=Fc(["1/2", "3/4", "2/3", "3/5", "4/5"])),
    [S("tot", "t*a", "number of apples", "c:apples"),
     S("sold", "f@tot", "number of apples sold", "c:apples"),
     S("keep", "tot-sold", "number of apples kept", "c:apples")]))

A(T("fence_garden", "farm & garden",
    "A rectangular garden is {l} feet long and {w} feet wide. Fencing costs {p} per foot. How much does it cost to put a fence all the way around the garden?",
    dict(l=C(12, 40, u="ft"), w=C(8, 25, u="ft"), p=M("3", "9", "0.50", u="/ft")),
    [S("half", "l+w", "length plus width", "c:feet"),
     S("per", "half*2", "perimeter", "c:feet"),
     S("cost", "per*p", "cost of the fence", "$")]))

A(T("watering_plants", "farm & garden",
    "{name} waters {a} plants every day, using {v} liters of water for each plant. How many liters does {he} use in {w} weeks?",
    dict(a=C(6, 20, u="plants"), v=D("0.5", "2", "0.25", u="liters/plant"), w=C(1, 4, u="weeks")),
    [S("day", "a*v", "liters per day", "d:liters"),
     S("days", "w*7", "number of days", "c:days"),
     S("tot", "day*days", "total liters", "d:liters")]))

A(T("seed_packets", "farm & garden",
    "A packet holds {s} seeds. {name} plants {r} rows with {k} seeds in each row. How many packets of seeds does {he} use?",
    dict(s=C(10, 30, 5, u="seeds/packet"), m=C(3, 10), r=C(4, 10, u="rows"), k=C(5, 20, u="seeds/row")),
    [S("sd", "r*k", "number of seeds planted", "c:seeds"),
     S("pk", "sd/s", "number of packets", "c:packets")]))

A(T("hay_weeks", "farm & garden",
    "A farmer has {b} bales of hay. Each of {h} horses eats {e} bales a week. How many weeks will the hay last?",
    dict(h=C(3, 8, u="horses"), e=C(2, 4, u="bales/week"), k=C(4, 12), b=X("h*e*k", u="bales")),
    [S("wk", "h*e", "bales eaten per week", "c:bales"),
     S("n", "b/wk", "number of weeks", "c:weeks")]))

A(T("cow_milk", "farm & garden",
    "A farm has {c} cows. Each cow gives {g} gallons of milk a day. The farm sells milk for {p} per gallon. How much money does the farm make from milk in {d} days?",
    dict(c=C(10, 40, u="cows"), g=C(4, 8, u="gal/cow"), p=M("2.00", "3.50", "0.25", u="/gal"), d=C(2, 7, u="days")),
    [S("gal", "c*g", "gallons per day", "c:gallons"),
     S("day", "gal*p", "money per day", "$"),
     S("tot", "day*d", "total money", "$")]))

A(T("pumpkin_sales", "farm & garden",
    "{name} grows {a} pumpkins. {He} sells {b} large pumpkins for {p} each and the rest for {q} each. How much money does {he} make?",
    dict(a=C(30, 80, u="pumpkins"), b=C(8, 25, u="pumpkins"), p=M("6", "12", "1"), q=M("2", "5", "0.50")),
    [S("sm", "a-b", "number of small pumpkins", "c:pumpkins"),
     S("lg", "b*p", "money from large pumpkins", "$"),
     S("smm", "sm*q", "money from small pumpkins", "$"),
     S("tot", "lg+smm", "total money", "$")]))

A(T("lawn_fertilizer", "farm & garden",
    "A lawn is {l} feet long and {w} feet wide. One bag of fertilizer covers {c} square feet and costs {p}. How much does it cost to fertilize the lawn?",
    dict(c=C(500, 1500, 250, u="sq ft/bag"), l=C(40, 100, 10, u="ft"), w=C(20, 60, 10, u="ft"), p=M("12", "25", "1")),
    [S("ar", "l*w", "area of the lawn", "c:square feet"),
     S("bg", "ar/c", "number of bags", "c:bags"),
     S("cost", "bg*p", "cost of the fertilizer", "$")]))

A(T("flower_beds", "farm & garden",
    "{name} plants {a} flower beds with {b} tulips each and {c} flower beds with {d} daisies each. How many flowers does {he} plant?",
    dict(a=C(2, 6, u="beds"), b=C(8, 20, u="tulips/bed"), c=C(2, 6, u="beds"), d=C(10, 25, u="daisies/bed")),
    [S("tu", "a*b", "number of tulips", "c:tulips"),
     S("da", "c*d", "number of daisies", "c:daisies"),
     S("tot", "tu+da", "number of flowers", "c:flowers")]))

A(T("honey_jars", "farm & garden",
    "A beekeeper has {h} hives, and each hive makes {p} pounds of honey. The honey is sold in {j}-pound jars for {q} each. How much money does the beekeeper make?",
    dict(h=C(3, 10, u="hives"), j=C(2, 3, u="lb/jar"), k=C(10, 30), p=X("j*k", u="lb/hive"), q=M("8", "15", "1")),
    [S("lb", "h*p", "pounds of honey", "c:pounds"),
     S("jr", "lb/j", "number of jars", "c:jars"),
     S("mon", "jr*q", "money made", "$")]))

A(T("corn_field", "farm & garden",
    "A farmer plants corn in {r} rows with {s} stalks per row. Each stalk grows {e} ears of corn. The farmer sells the corn in bags of {b} ears. How many bags does the farmer fill?",
    dict(r=C(10, 30, u="rows"), b=C(6, 12, 6, u="ears/bag"), s=C(12, 48, 12, u="stalks/row"), e=C(2, 3, u="ears")),
    [S("st", "r*s", "number of stalks", "c:stalks"),
     S("ear", "st*e", "number of ears", "c:ears"),
     S("bg", "ear/b", "number of bags", "c:bags")]))

# ------------------------------------------------------------------ pets & animals
A(T("dog_food_days", "pets & animals",
    "A bag of dog food weighs {w} pounds and costs {p}. {name}'s dog eats {e} pounds a day. How much does it cost to feed the dog for one day?",
    dict(e=D("0.5", "2", "0.5", u="lb/day"), k=C(10, 40), w=X("e*k", "d", u="lb"), p=M("20", "60", "1")),
    [S("days", "w/e", "number of days a bag lasts", "c:days"),
     S("pd", "p/days", "cost per day", "$")]))

A(T("cat_treat_bags", "pets & animals",
    "{name} has {c} cats. Each cat gets {t} treats a day. A bag holds {b} treats. How many bags of treats does {he} need for {d} days?",
    dict(c=C(2, 4, u="cats"), t=C(2, 5, u="treats"), b=C(20, 60, 10, u="treats/bag"), d=C(10, 30, u="days")),
    [S("pd", "c*t", "treats per day", "c:treats"),
     S("tot", "pd*d", "total treats", "c:treats"),
     S("bg", "tot/b", "number of bags", "c:bags")]))

A(T("aquarium_fish", "pets & animals",
    "An aquarium has {a} goldfish and {b} times as many guppies. {name} adds {c} more goldfish. How many fish are in the aquarium now?",
    dict(a=C(4, 12, u="goldfish"), b=C(2, 4), c=C(2, 8, u="goldfish")),
    [S("gp", "a*b", "number of guppies", "c:guppies"),
     S("gf", "a+c", "number of goldfish now", "c:goldfish"),
     S("tot", "gp+gf", "number of fish", "c:fish")]))

A(T("vet_bill", "pets & animals",
    "A vet charges {v} for each visit and {s} for each vaccine. {name} brings {n} dogs, and each dog gets {k} vaccines. How much is the bill?",
    dict(v=M("30", "60", "5"), s=M("15", "30", "5"), n=C(2, 4, u="dogs"), k=C(2, 3, u="vaccines")),
    [S("vac", "n*k", "number of vaccines", "c:vaccines"),
     S("vc", "vac*s", "cost of the vaccines", "$"),
     S("vis", "n*v", "cost of the visits", "$"),
     S("tot", "vc+vis", "total bill", "$")]))

A(T("bird_seed", "pets & animals",
    "{name} has {f} bird feeders, and each feeder holds {c} cups of seed. {He} fills all of them every day. How many cups of seed does {he} use in {w} weeks?",
    dict(f=C(2, 6, u="feeders"), c=D("0.5", "2", "0.5", u="cups"), w=C(1, 4, u="weeks")),
    [S("day", "f*c", "cups per day", "d:cups"),
     S("days", "w*7", "number of days", "c:days"),
     S("tot", "day*days", "total cups", "d:cups")]))

A(T("pet_sitting", "pets & animals",
    "{name} charges {p} per pet per day for pet sitting. {He} watches {c} cats and {d} dogs for {n} days. How much does {he} earn?",
    dict(p=M("5", "12", "1"), c=C(1, 4, u="cats"), d=C(1, 3, u="dogs"), n=C(2, 7, u="days")),
    [S("pets", "c+d", "number of pets", "c:pets"),
     S("day", "pets*p", "earnings per day", "$"),
     S("tot", "day*n", "total earnings", "$")]))

A(T("zoo_trip", "pets & animals",
    "Zoo tickets cost {a} for adults and {c} for children. A family of {m} adults and {k} children visits the zoo. They also buy {n} bags of animal feed for {f} each. How much do they spend?",
    dict(a=M("15", "30", "1"), c=M("8", "15", "1"), m=C(2, 2, u="adults"), k=C(2, 5, u="children"), n=C(2, 6, u="bags"), f=M("1.50", "4.00", "0.50")),
    [S("ad", "m*a", "cost of adult tickets", "$"),
     S("ch", "k*c", "cost of children's tickets", "$"),
     S("fd", "n*f", "cost of the feed", "$"),
     S("tot", "ad+ch+fd", "total spent", "$")]))

A(T("shelter_adoptions", "pets & animals",
    "An animal shelter has {d} dogs and {c} cats. In one week, {f_w} of the dogs and {k} of the cats are adopted. How many animals are still at the shelter?",
    dict(d=C(12, 48, 6, u="dogs"), c=C(10, 40, u="cats"), f=Fc(["1/2", "1/3", "1/6", "2/3"]), k=C(2, 9, u="cats")),
    [S("da", "f@d", "number of dogs adopted", "c:dogs"),
     S("ad", "da+k", "number of animals adopted", "c:animals"),
     S("all", "d+c", "number of animals at the start", "c:animals"),
     S("left", "all-ad", "number of animals left", "c:animals")]))

A(T("puppy_weight", "pets & animals",
    "A puppy weighs {w} pounds. It gains {g} pounds every week for {n} weeks. How much does the puppy weigh after {n} weeks?",
    dict(w=D("3", "12", "0.5", u="lb"), g=D("0.5", "2.5", "0.5", u="lb/week"), n=C(3, 10, u="weeks")),
    [S("gain", "g*n", "weight gained", "d:pounds"),
     S("wt", "w+gain", "new weight", "d:pounds")]))

A(T("fish_food_days", "pets & animals",
    "A container of fish food has {s} scoops. {name} feeds {t} tanks, giving each tank {k} scoops a day. How many days will the container last?",
    dict(t=C(2, 5, u="tanks"), k=C(2, 3, u="scoops"), m=C(8, 30), s=X("t*k*m", u="scoops")),
    [S("day", "t*k", "scoops used per day", "c:scoops"),
     S("n", "s/day", "number of days", "c:days")]))

A(T("horse_stable", "pets & animals",
    "A stable charges {p} per horse per month for boarding. It has {h} horses, and the monthly costs for the stable are {c}. What is the stable's profit for the month?",
    dict(p=M("200", "450", "25"), h=C(6, 20, u="horses"), c=M("1000", "3000", "100")),
    [S("inc", "p*h", "monthly income", "$"),
     S("prof", "inc-c", "monthly profit", "$")]))

A(T("rabbit_carrots", "pets & animals",
    "{name} has {r} rabbits. Each rabbit eats {c} carrots a day. Carrots come in bunches of {b}. How many bunches of carrots does {he} need for {w} weeks?",
    dict(r=C(2, 6, u="rabbits"), c=C(2, 3, u="carrots"), b=C(6, 10, 2, u="carrots/bunch"), w=C(1, 4, u="weeks")),
    [S("day", "r*c", "carrots per day", "c:carrots"),
     S("days", "w*7", "number of days", "c:days"),
     S("tot", "day*days", "total carrots", "c:carrots"),
     S("bn", "tot/b", "number of bunches", "c:bunches")]))

# ------------------------------------------------------------------ parties & events
A(T("candy_packs", "parties & events",
    "{name} is making goody bags for {n} kids. Each bag gets {a} candies. Candies come in packs of {p}. How many packs of candy does {he} need?",
    dict(p=C(10, 30, 5, u="candies/pack"), a=C(4, 10, u="candies"), n=C(8, 30, u="kids")),
    [S("cd", "n*a", "number of candies", "c:candies"),
     S("pk", "cd/p", "number of packs", "c:packs")]))

A(T("balloon_bunches", "parties & events",
    "{name} buys {p} packs of balloons with {b} balloons in each pack. {k} balloons pop. {He} ties the rest into bunches of {c}. How many bunches does {he} make?",
    dict(p=C(2, 6, u="packs"), b=C(10, 25, 5, u="balloons/pack"), k=C(2, 10, u="balloons"), c=C(3, 6, u="balloons/bunch")),
    [S("tot", "p*b", "number of balloons", "c:balloons"),
     S("good", "tot-k", "number of balloons left", "c:balloons"),
     S("bn", "good/c", "number of bunches", "c:bunches")]))

A(T("pizza_party_cost", "parties & events",
    "At a party, {n} kids each eat {s} slices of pizza. Each pizza has {k} slices and costs {p}. How much do the pizzas cost?",
    dict(k=C(8, 12, 2, u="slices/pizza"), s=C(2, 3, u="slices"), n=C(8, 30, u="kids"), p=M("9", "16", "0.50")),
    [S("sl", "n*s", "number of slices", "c:slices"),
     S("pz", "sl/k", "number of pizzas", "c:pizzas"),
     S("cost", "pz*p", "cost of the pizzas", "$")]))

A(T("wedding_tables", "parties & events",
    "A wedding has {g} guests. Each table seats {s} guests, and each table gets a centerpiece that costs {p}. How much do the centerpieces cost?",
    dict(s=C(6, 10, 2, u="guests/table"), k=C(8, 20), g=X("s*k", u="guests"), p=M("15", "45", "2.50")),
    [S("tb", "g/s", "number of tables", "c:tables"),
     S("cost", "tb*p", "cost of the centerpieces", "$")]))

A(T("concert_fee", "parties & events",
    "Concert tickets cost {p} each, plus a service fee of {f} per ticket. {name} buys {n} tickets. How much does {he} pay?",
    dict(p=M("25", "80", "5"), f=M("3.50", "8.00", "0.50"), n=C(2, 6, u="tickets")),
    [S("per", "p+f", "cost per ticket", "$"),
     S("tot", "per*n", "total cost", "$")]))

A(T("bake_sale_profit", "parties & events",
    "At a bake sale, {name} sells {a} cookies for {p} each and {b} brownies for {q} each. {He} spent {c} on ingredients. How much profit does {he} make?",
    dict(a=C(20, 60, u="cookies"), p=M("0.50", "1.50", "0.25"), b=C(10, 30, u="brownies"), q=M("1.00", "2.50", "0.25"), c=M("10", "30", "1")),
    [S("ck", "a*p", "money from cookies", "$"),
     S("br", "b*q", "money from brownies", "$"),
     S("rev", "ck+br", "total sales", "$"),
     S("prof", "rev-c", "profit", "$")]))

A(T("raffle", "parties & events",
    "A school sells {n} raffle tickets for {p} each. The prize cost {c}. How much money does the school raise after paying for the prize?",
    dict(n=C(100, 400, 10, u="tickets"), p=M("1", "5", "0.50"), c=M("50", "200", "10")),
    [S("sales", "n*p", "money from ticket sales", "$"),
     S("raise", "sales-c", "money raised", "$")]))

A(T("empty_chairs", "parties & events",
    "For a school play, the staff sets up {r} rows with {c} chairs in each row. {g} people come to watch. How many chairs are empty?",
    dict(r=C(8, 20, u="rows"), c=C(10, 20, u="chairs/row"), g=C(60, 200, u="people")),
    [S("ch", "r*c", "number of chairs", "c:chairs"),
     S("em", "ch-g", "number of empty chairs", "c:chairs")]))

A(T("invitations", "parties & events",
    "{name} invites {a} family members and {b} friends to a party. {f_w} of the people invited come. How many guests come to the party?",
    dict(a=C(6, 20, u="people"), b=C(6, 20, u="people"), f=Fc(["1/2", "2/3", "3/4", "4/5", "5/6"])),
    [S("inv", "a+b", "number of people invited", "c:people"),
     S("come", "f@inv", "number of guests", "c:guests")]))

A(T("sheet_cakes", "parties & events",
    "A sheet cake serves {s} people. {name} expects {g} guests and wants {e} extra servings. How many sheet cakes should {he} order?",
    dict(s=C(12, 30, 6, u="servings/cake"), k=C(2, 6), e=C(4, 10, u="servings"), g=X("s*k-e", u="guests")),
    [S("tot", "g+e", "number of servings", "c:servings"),
     S("ck", "tot/s", "number of cakes", "c:cakes")]))

A(T("decorations_tax", "parties & events",
    "{name} buys {a} rolls of streamers for {p} each and {b} packs of balloons for {q} each. Sales tax is {r}%. How much does {he} pay in total?",
    dict(a=C(2, 6, u="rolls"), p=M("1.50", "3.00", "0.50"), b=C(2, 5, u="packs"), q=M("3", "6", "1"), r=P([5, 10])),
    [S("st", "a*p", "cost of the streamers", "$"),
     S("bl", "b*q", "cost of the balloons", "$"),
     S("sub", "st+bl", "cost before tax", "$"),
     S("tax", "r%sub", "sales tax", "$"),
     S("tot", "sub+tax", "total cost", "$")]))

A(T("party_juice", "parties & events",
    "Each guest at a party drinks {c} cups of juice. There are {g} guests. A bottle of juice fills {b} cups and costs {p}. How much does the juice cost?",
    dict(c=C(2, 3, u="cups"), b=C(6, 10, 2, u="cups/bottle"), g=C(10, 40, u="guests"), p=M("2.50", "4.50", "0.50")),
    [S("cups", "g*c", "number of cups", "c:cups"),
     S("bt", "cups/b", "number of bottles", "c:bottles"),
     S("cost", "bt*p", "cost of the juice", "$")]))

# ------------------------------------------------------------------ crafts & hobbies
A(T("bead_necklaces", "crafts & hobbies",
    "{name} has {t} beads. Each necklace takes {b} beads. After making {n} necklaces, how many beads does {he} have left?",
    dict(t=C(200, 600, 25, u="beads"), b=C(20, 45, u="beads/necklace"), n=C(3, 9, u="necklaces")),
    [S("used", "n*b", "number of beads used", "c:beads"),
     S("left", "t-used", "number of beads left", "c:beads")]))

A(T("yarn_skeins", "crafts & hobbies",
    "A scarf takes {y} yards of yarn. One skein has {s} yards of yarn. {name} knits {n} scarves. How many skeins does {he} use?",
    dict(s=C(100, 250, 50, u="yd/skein"), y=C(50, 250, 10, u="yd/scarf"), n=C(2, 10, u="scarves")),
    [S("yd", "n*y", "yards of yarn", "c:yards"),
     S("sk", "yd/s", "number of skeins", "c:skeins")]))

A(T("stamp_collection", "crafts & hobbies",
    "{name} has {a} stamps. {He} buys {b} packs of {c} stamps each and then gives {d} stamps to a friend. How many stamps does {he} have now?",
    dict(a=C(40, 200, u="stamps"), b=C(2, 6, u="packs"), c=C(10, 25, 5, u="stamps/pack"), d=C(5, 30, u="stamps")),
    [S("bt", "b*c", "number of stamps bought", "c:stamps"),
     S("hv", "a+bt", "number of stamps before giving some away", "c:stamps"),
     S("now", "hv-d", "number of stamps now", "c:stamps")]))

A(T("canvas_discount", "crafts & hobbies",
    "Canvases cost {p} each and paint sets cost {q} each. {name} buys {a} canvases and {b} paint sets, and gets {r}% off everything. How much does {he} pay?",
    dict(p=M("4", "12", "1"), q=M("10", "25", "1"), a=C(2, 6, u="canvases"), b=C(2, 3, u="sets"), r=P([10, 20, 25])),
    [S("cv", "a*p", "cost of the canvases", "$"),
     S("ps", "b*q", "cost of the paint sets", "$"),
     S("sub", "cv+ps", "cost before the discount", "$"),
     S("off", "r%sub", "discount", "$"),
     S("pay", "sub-off", "amount paid", "$")]))

A(T("quilt_squares", "crafts & hobbies",
    "A quilt is {r} squares long and {c} squares wide. {name} has already sewn {s} squares. How many more squares does {he} need to sew?",
    dict(r=C(8, 16, u="squares"), c=C(6, 12, u="squares"), s=C(10, 50, u="squares")),
    [S("tot", "r*c", "number of squares in the quilt", "c:squares"),
     S("more", "tot-s", "number of squares still needed", "c:squares")]))

A(T("photo_album", "crafts & hobbies",
    "A photo album has {p} pages, and each page holds {k} photos. {name} puts {n} photos in the album. How many empty spots are left?",
    dict(p=C(20, 60, 5, u="pages"), k=C(4, 8, u="photos/page"), n=C(40, 150, u="photos")),
    [S("sp", "p*k", "number of photo spots", "c:spots"),
     S("em", "sp-n", "number of empty spots", "c:spots")]))

A(T("model_kits", "crafts & hobbies",
    "Each model airplane kit takes {h} hours to build. {name} wants to build {k} kits and can build for {d} hours a week. How many weeks will it take?",
    dict(d=C(3, 8, u="h/week"), m=C(2, 10), k=C(2, 6, u="kits"), h=C(4, 12, u="h/kit")),
    [S("tot", "h*k", "total building hours", "c:hours"),
     S("wk", "tot/d", "number of weeks", "c:weeks")]))

A(T("trading_cards", "crafts & hobbies",
    "{name} has {n} trading cards. {He} gives {f_w} of them to {his} brother and then buys {b} more. How many cards does {he} have now?",
    dict(n=C(24, 120, 12, u="cards"), f=Fc(["1/2", "1/3", "1/4", "1/6", "2/3"]), b=C(5, 30, u="cards")),
    [S("gv", "f@n", "number of cards given away", "c:cards"),
     S("left", "n-gv", "number of cards left", "c:cards"),
     S("now", "left+b", "number of cards now", "c:cards")]))

A(T("pillow_fabric", "crafts & hobbies",
    "Each pillow needs {f} yards of fabric, and fabric costs {p} per yard. {name} makes {n} pillows. How much does the fabric cost?",
    dict(f=D("0.5", "1.5", "0.25", u="yd/pillow"), p=M("4", "12", "1", u="/yd"), n=C(2, 8, u="pillows")),
    [S("yd", "n*f", "yards of fabric", "d:yards"),
     S("cost", "yd*p", "cost of the fabric", "$")]))

A(T("origami_cranes", "crafts & hobbies",
    "{name} folds {a} paper cranes an hour. {He} folds for {h} hours each day for {d} days. How many cranes does {he} fold?",
    dict(a=C(6, 15, u="cranes/h"), h=C(2, 3, u="h"), d=C(3, 10, u="days")),
    [S("day", "a*h", "cranes per day", "c:cranes"),
     S("tot", "day*d", "total cranes", "c:cranes")]))

A(T("candle_making", "crafts & hobbies",
    "{name} makes candles. Each candle uses {w} ounces of wax. {He} buys a {b}-ounce block of wax and makes {n} candles. How many ounces of wax are left?",
    dict(w=D("4", "8", "0.5", u="oz/candle"), b=C(80, 160, 10, u="oz"), n=C(5, 12, u="candles")),
    [S("used", "n*w", "wax used", "d:ounces"),
     S("left", "b-used", "wax left", "d:ounces")]))

A(T("puzzle_pieces", "crafts & hobbies",
    "A jigsaw puzzle has {n} pieces. {name} puts in {a} pieces on Saturday and {b} pieces on Sunday. What percent of the puzzle is finished?",
    dict(n=C(500, 1000, 500, u="pieces"), a=C(50, 200, 10, u="pieces"), b=C(50, 200, 10, u="pieces")),
    [S("dn", "a+b", "number of pieces placed", "c:pieces"),
     S("fr", "dn/n", "fraction finished", "d:"),
     S("pc", "fr*100", "percent finished", "%")]))

# ------------------------------------------------------------------ home & measurement
A(T("paint_cans", "home & measurement",
    "A wall is {l} feet long and {h} feet tall. One can of paint covers {c} square feet. {name} paints {w} walls of this size. How many cans of paint does {he} use?",
    dict(l=C(10, 20, u="ft"), h=C(8, 10, u="ft"), w=C(2, 4, u="walls"), c=C(40, 100, 20, u="sq ft/can")),
    [S("ar", "l*h", "area of one wall", "c:square feet"),
     S("tot", "ar*w", "total area", "c:square feet"),
     S("cn", "tot/c", "number of cans", "c:cans")]))

A(T("carpet_cost", "home & measurement",
    "A bedroom floor is {l} feet by {w} feet. Carpet costs {p} per square foot, and installation is a flat {f}. How much does it cost to carpet the room?",
    dict(l=C(10, 16, u="ft"), w=C(9, 14, u="ft"), p=M("2.00", "5.00", "0.25", u="/sq ft"), f=M("50", "150", "10")),
    [S("ar", "l*w", "area of the floor", "c:square feet"),
     S("cp", "ar*p", "cost of the carpet", "$"),
     S("tot", "cp+f", "total cost", "$")]))

A(T("tile_boxes", "home & measurement",
    "A kitchen floor is {l} feet by {w} feet. Each tile covers one square foot, and tiles come in boxes of {b}. A box costs {p}. How much do the tiles cost?",
    dict(b=C(10, 20, 5, u="tiles/box"), l=C(8, 16, u="ft"), w=C(6, 12, u="ft"), p=M("15", "40", "1")),
    [S("ar", "l*w", "number of tiles needed", "c:tiles"),
     S("bx", "ar/b", "number of boxes", "c:boxes"),
     S("cost", "bx*p", "cost of the tiles", "$")]))

A(T("water_tank", "home & measurement",
    "A water tank holds {c} gallons. Right now it is {f_w} full. How many more gallons are needed to fill it?",
    dict(c=C(120, 600, 24, u="gal"), f=Fc(["1/3", "1/4", "2/3", "3/4", "3/8", "5/8"])),
    [S("now", "f@c", "gallons in the tank now", "c:gallons"),
     S("more", "c-now", "gallons needed", "c:gallons")]))

A(T("electric_bill", "home & measurement",
    "Electricity costs {p} per kilowatt-hour. A home uses {k} kilowatt-hours a day. How much does electricity cost for {d} days?",
    dict(p=M("0.10", "0.25", "0.01", u="/kWh"), k=C(15, 40, u="kWh"), d=C(7, 31, u="days")),
    [S("kw", "k*d", "kilowatt-hours used", "c:kilowatt-hours"),
     S("cost", "kw*p", "cost of electricity", "$")]))

A(T("bookshelf_extra", "home & measurement",
    "{name} has {b} books. Each shelf holds {s} books, and {he} has {n} shelves. How many books do not fit on the shelves?",
    dict(s=C(15, 30, u="books/shelf"), n=C(3, 8, u="shelves"), b=C(100, 260, u="books")),
    [S("cap", "n*s", "number of books the shelves hold", "c:books"),
     S("ext", "b-cap", "number of books that don't fit", "c:books")]))

A(T("rope_pieces", "home & measurement",
    "A rope is {l} feet long. {name} cuts off {a} pieces that are each {p} feet long. How many feet of rope are left?",
    dict(l=C(30, 100, 5, u="ft"), a=C(3, 8, u="pieces"), p=D("2", "6", "0.5", u="ft")),
    [S("cut", "a*p", "length cut off", "d:feet"),
     S("left", "l-cut", "length left", "d:feet")]))

A(T("wood_planks", "home & measurement",
    "A plank is {l} feet long. {name} needs {n} pieces that are {p} feet long. How many planks does {he} need if {he} cuts as many pieces as possible from each plank and uses them all?",
    dict(p=C(2, 3, u="ft"), q=C(3, 4), l=X("p*q", u="ft"), m=C(2, 6), n=X("q*m", u="pieces")),
    [S("per", "l/p", "pieces per plank", "c:pieces"),
     S("pl", "n/per", "number of planks", "c:planks")]))

A(T("moving_boxes", "home & measurement",
    "{name} packs {a} boxes of books that weigh {w} pounds each and {b} boxes of clothes that weigh {v} pounds each. How much do all the boxes weigh?",
    dict(a=C(3, 10, u="boxes"), w=D("20", "35", "0.5", u="lb"), b=C(3, 10, u="boxes"), v=D("8", "15", "0.5", u="lb")),
    [S("bk", "a*w", "weight of the book boxes", "d:pounds"),
     S("cl", "b*v", "weight of the clothes boxes", "d:pounds"),
     S("tot", "bk+cl", "total weight", "d:pounds")]))

A(T("window_cleaning", "home & measurement",
    "An office building has {f} floors with {w} windows on each floor. A window cleaner charges {p} per window. How much does it cost to clean all the windows?",
    dict(f=C(3, 12, u="floors"), w=C(8, 20, u="windows/floor"), p=M("2.50", "6.00", "0.50")),
    [S("win", "f*w", "number of windows", "c:windows"),
     S("cost", "win*p", "cost of cleaning", "$")]))

A(T("pool_fill", "home & measurement",
    "A pool holds {c} gallons of water. A hose fills it at {r} gallons per minute. How many hours does it take to fill the pool?",
    dict(r=C(5, 15, u="gal/min"), k=C(2, 8), c=X("r*60*k", u="gal")),
    [S("mn", "c/r", "number of minutes", "c:minutes"),
     S("hr", "mn/60", "number of hours", "c:hours")]))

A(T("garden_soil", "home & measurement",
    "A raised garden bed is {l} feet long, {w} feet wide and {h} feet deep. A bag of soil fills {b} cubic feet. How many bags of soil are needed?",
    dict(l=C(4, 12, u="ft"), w=C(2, 4, u="ft"), h=C(1, 2, u="ft"), b=C(2, 4, u="cu ft/bag")),
    [S("base", "l*w", "area of the bottom", "c:square feet"),
     S("vol", "base*h", "volume of the bed", "c:cubic feet"),
     S("bg", "vol/b", "number of bags", "c:bags")]))

A(T("light_bulbs", "home & measurement",
    "A house has {r} rooms with {b} light bulbs in each room. Each bulb uses {w} watts. How many kilowatts do all the bulbs use when they are on at the same time? (There are 1000 watts in a kilowatt.)",
    dict(r=C(4, 10, u="rooms"), b=C(2, 6, u="bulbs/room"), w=C(8, 15, u="watts")),
    [S("bl", "r*b", "number of bulbs", "c:bulbs"),
     S("wt", "bl*w", "total watts", "c:watts"),
     S("kw", "wt/1000", "total kilowatts", "d:kilowatts")]))

# ------------------------------------------------------------------ books & reading
A(T("book_days_left", "books & reading",
    "A novel has {p} pages. {name} reads {a} pages a day for {d} days. How many pages does {he} have left to read?",
    dict(p=C(250, 500, 10, u="pages"), a=C(15, 40, u="pages/day"), d=C(3, 8, u="days")),
    [S("rd", "a*d", "number of pages read", "c:pages"),
     S("left", "p-rd", "number of pages left", "c:pages")]))

A(T("bookstore_buy", "books & reading",
    "At a bookstore, paperbacks cost {p} and hardcovers cost {q}. {name} buys {a} paperbacks and {b} hardcovers. How much does {he} spend?",
    dict(p=M("6", "12", "0.50"), q=M("15", "28", "1"), a=C(2, 6, u="paperbacks"), b=C(2, 3, u="hardcovers")),
    [S("pb", "a*p", "cost of the paperbacks", "$"),
     S("hc", "b*q", "cost of the hardcovers", "$"),
     S("tot", "pb+hc", "total spent", "$")]))

A(T("library_fine", "books & reading",
    "The library charges a fine of {f} per day for each late book. {name} returns {b} books that are {d} days late. How much is the fine?",
    dict(f=M("0.10", "0.50", "0.05"), b=C(2, 5, u="books"), d=C(3, 14, u="days")),
    [S("bd", "b*d", "number of late book-days", "c:book-days"),
     S("fine", "bd*f", "fine", "$")]))

A(T("reading_challenge", "books & reading",
    "{name} read {a} books in January and {b} books in February. In March {he} read twice as many books as in February. How many books did {he} read in the three months?",
    dict(a=C(2, 8, u="books"), b=C(2, 8, u="books")),
    [S("mar", "b*2", "number of books read in March", "c:books"),
     S("tot", "a+b+mar", "total number of books", "c:books")]))

A(T("magazine_sub", "books & reading",
    "A magazine costs {p} per issue at the store. A yearly subscription with 12 issues costs {s}. How much does {name} save in one year with the subscription?",
    dict(p=M("4", "8", "0.50"), s=M("25", "45", "1")),
    [S("st", "p*12", "store price for a year", "$"),
     S("sv", "st-s", "amount saved", "$")]))

A(T("audiobook_days", "books & reading",
    "An audiobook is {h} hours long. {name} listens to it for {m} minutes a day. How many days will it take {him} to finish?",
    dict(m=C(20, 60, 10, u="min/day"), k=C(6, 24), h=X("m*k/60", "d", u="h")),
    [S("mn", "h*60", "length in minutes", "c:minutes"),
     S("dy", "mn/m", "number of days", "c:days")]))

A(T("pages_per_hour", "books & reading",
    "{name} reads {r} pages an hour. {His} book has {p} pages, and {he} has already read {a} pages. How many hours will it take to finish the book?",
    dict(r=C(20, 50, 10, u="pages/h"), p=C(200, 500, 10, u="pages"), a=C(40, 150, 10, u="pages")),
    [S("left", "p-a", "pages left", "c:pages"),
     S("hr", "left/r", "number of hours", "d:hours")]))

A(T("book_club", "books & reading",
    "A book club has {n} members. Each member buys {b} books a year at {p} each, and the club pays a {f} yearly fee for its meeting room. How much does the club spend in a year altogether?",
    dict(n=C(6, 15, u="members"), b=C(4, 12, u="books"), p=M("8", "15", "1"), f=M("50", "150", "10")),
    [S("bk", "n*b", "number of books", "c:books"),
     S("bc", "bk*p", "cost of the books", "$"),
     S("tot", "bc+f", "total spent", "$")]))

A(T("comic_series", "books & reading",
    "A comic series has {v} volumes with {c} chapters in each volume. {name} has read {r} chapters. How many chapters are left?",
    dict(v=C(5, 20, u="volumes"), c=C(6, 12, u="chapters/volume"), r=C(10, 50, u="chapters")),
    [S("tot", "v*c", "number of chapters", "c:chapters"),
     S("left", "tot-r", "number of chapters left", "c:chapters")]))

A(T("used_books_sell", "books & reading",
    "{name} sells {a} old books for {p} each and {b} old DVDs for {q} each. Then {he} spends {s} on new books. How much money does {he} have left from the sale?",
    dict(a=C(6, 20, u="books"), p=M("1.50", "4.00", "0.50"), b=C(3, 12, u="DVDs"), q=M("2", "5", "0.50"), s=M("10", "30", "1")),
    [S("bk", "a*p", "money from the books", "$"),
     S("dv", "b*q", "money from the DVDs", "$"),
     S("tot", "bk+dv", "money from the sale", "$"),
     S("left", "tot-s", "money left", "$")]))

# ------------------------------------------------------------------ fundraising & sales
A(T("car_wash", "fundraising & sales",
    "A club charges {p} for each car wash. They wash {a} cars on Saturday and {b} cars on Sunday. Supplies cost {c}. How much profit does the club make?",
    dict(p=M("5", "12", "1"), a=C(15, 40, u="cars"), b=C(10, 35, u="cars"), c=M("20", "60", "5")),
    [S("cars", "a+b", "number of cars washed", "c:cars"),
     S("rev", "cars*p", "money collected", "$"),
     S("prof", "rev-c", "profit", "$")]))

A(T("candy_bars", "fundraising & sales",
    "{name} buys a box of {n} candy bars for {c} and sells every bar for {p}. How much profit does {he} make?",
    dict(n=C(24, 60, 12, u="bars"), c=M("12", "30", "1"), p=M("1.00", "2.00", "0.25")),
    [S("rev", "n*p", "money from sales", "$"),
     S("prof", "rev-c", "profit", "$")]))

A(T("lemonade_charity", "fundraising & sales",
    "{name} sells lemonade for {p} a cup. {He} sells {a} cups in the morning and {b} cups in the afternoon. {He} gives {r}% of the money to charity. How much money does {he} give to charity?",
    dict(p=M("0.50", "2.00", "0.25"), a=C(10, 40, u="cups"), b=C(10, 40, u="cups"), r=P([10, 20, 25, 50])),
    [S("cups", "a+b", "number of cups sold", "c:cups"),
     S("mon", "cups*p", "money made", "$"),
     S("ch", "r%mon", "amount given to charity", "$")]))

A(T("garage_sale", "fundraising & sales",
    "At a garage sale, {name} sells {a} books for {p} each, {b} toys for {q} each and an old bike for {r}. How much money does {he} make?",
    dict(a=C(5, 20, u="books"), p=M("0.50", "2.00", "0.50"), b=C(3, 12, u="toys"), q=M("1", "4", "0.50"), r=M("15", "50", "5")),
    [S("bk", "a*p", "money from books", "$"),
     S("ty", "b*q", "money from toys", "$"),
     S("tot", "bk+ty+r", "total money", "$")]))

A(T("fun_run", "fundraising & sales",
    "{n} runners sign up for a charity fun run at {p} each. Sponsors donate another {d}. The race costs {e} to organize. How much money does the race raise?",
    dict(n=C(50, 200, 10, u="runners"), p=M("10", "25", "5"), d=M("200", "800", "50"), e=M("150", "500", "50")),
    [S("fee", "n*p", "money from entry fees", "$"),
     S("tot", "fee+d", "total collected", "$"),
     S("net", "tot-e", "money raised", "$")]))

A(T("cookie_dough_fund", "fundraising & sales",
    "Each tub of cookie dough sells for {p}, and the school keeps {r}% of every sale. {name}'s class sells {n} tubs. How much money does the school keep?",
    dict(p=M("10", "20", "1"), r=P([20, 25, 30, 40, 50]), n=C(20, 80, u="tubs")),
    [S("sales", "n*p", "total sales", "$"),
     S("keep", "r%sales", "amount the school keeps", "$")]))

A(T("tshirt_profit", "fundraising & sales",
    "{name} buys blank T-shirts for {c} each and sells printed shirts for {p} each. {He} sells {n} shirts. How much profit does {he} make?",
    dict(c=M("3", "8", "0.50"), p=M("12", "25", "1"), n=C(10, 60, u="shirts")),
    [S("per", "p-c", "profit per shirt", "$"),
     S("tot", "per*n", "total profit", "$")]))

A(T("jam_market", "fundraising & sales",
    "{name} makes {b} batches of jam, and each batch fills {j} jars. {He} sells every jar at the farmers market for {p}. How much money does {he} make?",
    dict(b=C(2, 6, u="batches"), j=C(6, 12, u="jars/batch"), p=M("4", "9", "0.50")),
    [S("jr", "b*j", "number of jars", "c:jars"),
     S("mon", "jr*p", "money made", "$")]))

A(T("flower_sale", "fundraising & sales",
    "A florist buys {a} roses for {c} each and sells them in bouquets of {k} roses for {p} per bouquet. How much profit does the florist make if every rose is sold?",
    dict(k=C(6, 12, 6, u="roses/bouquet"), m=C(5, 20), a=X("k*m", u="roses"), c=M("0.50", "1.50", "0.25"), p=M("15", "30", "1")),
    [S("bq", "a/k", "number of bouquets", "c:bouquets"),
     S("rev", "bq*p", "money from bouquets", "$"),
     S("cost", "a*c", "cost of the roses", "$"),
     S("prof", "rev-cost", "profit", "$")]))

A(T("popcorn_tins", "fundraising & sales",
    "A scout troop sells popcorn. Small tins cost {p} and large tins cost {q}. The troop sells {a} small tins and {b} large tins and keeps {r}% of the sales. How much does the troop keep?",
    dict(p=M("10", "15", "1"), q=M("20", "30", "1"), a=C(10, 40, u="tins"), b=C(5, 25, u="tins"), r=P([20, 25, 30, 40])),
    [S("sm", "a*p", "sales of small tins", "$"),
     S("lg", "b*q", "sales of large tins", "$"),
     S("tot", "sm+lg", "total sales", "$"),
     S("keep", "r%tot", "amount kept", "$")]))

A(T("school_dance", "fundraising & sales",
    "Tickets to a school dance cost {p} each. {n} students buy tickets. The DJ costs {d} and decorations cost {e}. How much money is left after paying for the DJ and decorations?",
    dict(p=M("5", "12", "1"), n=C(60, 200, u="students"), d=M("150", "400", "25"), e=M("50", "150", "10")),
    [S("sales", "n*p", "ticket sales", "$"),
     S("cost", "d+e", "cost of the DJ and decorations", "$"),
     S("left", "sales-cost", "money left", "$")]))

# ------------------------------------------------------------------ utilities & bills
A(T("phone_plan", "utilities & bills",
    "A phone plan costs {b} a month plus {p} for each gigabyte of data over the limit. Last month {name} went {g} gigabytes over. How much was {his} bill?",
    dict(b=M("25", "60", "5"), p=M("5", "15", "2.50"), g=C(2, 6, u="GB")),
    [S("ex", "g*p", "extra data charge", "$"),
     S("tot", "b+ex", "monthly bill", "$")]))

A(T("water_bill_split", "utilities & bills",
    "{n} roommates share the bills. This month the water bill is {w}, and the internet bill is {i}. They split the total equally. How much does each roommate pay?",
    dict(n=C(2, 5, u="roommates"), w=M("30", "90", "1"), i=M("40", "80", "1")),
    [S("tot", "w+i", "total of the bills", "$"),
     S("each", "tot/n", "amount each roommate pays", "$")]))

A(T("streaming_year", "utilities & bills",
    "{name} pays {a} a month for one streaming service and {b} a month for another. How much does {he} pay for both services in a year?",
    dict(a=M("7.99", "15.99", "1"), b=M("4.99", "12.99", "1")),
    [S("mo", "a+b", "cost per month", "$"),
     S("yr", "mo*12", "cost per year", "$")]))

A(T("gas_bill_winter", "utilities & bills",
    "{name}'s heating bill is {p} a month in the summer. In the winter it is {f} times as much. How much does {he} pay for {w} winter months and {s} summer months?",
    dict(p=M("20", "50", "5"), f=C(2, 4), w=C(3, 4, u="months"), s=C(3, 5, u="months")),
    [S("win", "p*f", "winter monthly bill", "$"),
     S("wt", "win*w", "cost for the winter months", "$"),
     S("st", "p*s", "cost for the summer months", "$"),
     S("tot", "wt+st", "total cost", "$")]))

A(T("parking_meter", "utilities & bills",
    "A parking meter charges {p} for every 15 minutes. {name} parks for {h} hours. How much does {he} pay?",
    dict(p=M("0.25", "1.00", "0.25"), h=D("1", "4", "0.5", u="h")),
    [S("q", "h*4", "number of quarter hours", "c:quarter hours"),
     S("cost", "q*p", "parking cost", "$")]))

A(T("laundromat", "utilities & bills",
    "At a laundromat, a wash costs {w} and a dry costs {d}. {name} does {n} loads of laundry each week. How much does {he} spend in {k} weeks?",
    dict(w=M("2.00", "4.00", "0.25"), d=M("1.50", "3.00", "0.25"), n=C(2, 4, u="loads"), k=C(2, 6, u="weeks")),
    [S("ld", "w+d", "cost per load", "$"),
     S("wk", "ld*n", "cost per week", "$"),
     S("tot", "wk*k", "total cost", "$")]))

A(T("data_usage", "utilities & bills",
    "{name}'s phone plan includes {g} gigabytes of data a month. {He} uses {a} gigabytes a day for the first {d} days. How many gigabytes does {he} have left for the rest of the month?",
    dict(g=C(10, 30, 5, u="GB"), a=D("0.2", "0.8", "0.1", u="GB/day"), d=C(5, 20, u="days")),
    [S("used", "a*d", "data used", "d:gigabytes"),
     S("left", "g-used", "data left", "d:gigabytes")]))

A(T("insurance_payments", "utilities & bills",
    "{name}'s car insurance costs {y} a year. If {he} pays monthly instead, each payment is {m}. How much more does {he} pay in a year by paying monthly?",
    dict(y=M("600", "1500", "60"), m=M("55", "140", "5")),
    [S("mo", "m*12", "cost of paying monthly for a year", "$"),
     S("ex", "mo-y", "extra cost of paying monthly", "$")]))

# ------------------------------------------------------------------ extras (mixed)
A(T("marbles_share", "games & toys",
    "{name} has {a} marbles and {name2} has {b} marbles. They put them together and share them equally among {n} friends. How many marbles does each friend get?",
    dict(n=C(3, 6, u="friends"), k=C(8, 20), a=C(15, 40, u="marbles"), b=X("n*k-a", u="marbles")),
    [S("tot", "a+b", "total number of marbles", "c:marbles"),
     S("each", "tot/n", "number of marbles each friend gets", "c:marbles")], req=["b > 5"]))

A(T("board_game_points", "games & toys",
    "In a board game, each red card is worth {r} points and each blue card is worth {b} points. {name} has {x} red cards and {y} blue cards. {He} loses {l} points for a penalty. What is {his} score?",
    dict(r=C(2, 5, u="points"), b=C(5, 10, u="points"), x=C(3, 10, u="cards"), y=C(2, 8, u="cards"), l=C(3, 15, u="points")),
    [S("rp", "x*r", "points from red cards", "c:points"),
     S("bp", "y*b", "points from blue cards", "c:points"),
     S("sum", "rp+bp", "points before the penalty", "c:points"),
     S("sc", "sum-l", "final score", "c:points")]))

A(T("lego_sets", "games & toys",
    "A building set has {p} pieces. {name} buys {a} sets and loses {l} pieces. {He} uses the remaining pieces to build models with {m} pieces each. How many models can {he} build?",
    dict(p=C(100, 300, 50, u="pieces/set"), a=C(2, 4, u="sets"), m=C(20, 50, 10, u="pieces/model"), l=C(10, 50, 10, u="pieces")),
    [S("tot", "a*p", "number of pieces bought", "c:pieces"),
     S("rest", "tot-l", "number of pieces left", "c:pieces"),
     S("md", "rest/m", "number of models", "c:models")]))

A(T("arcade_tokens", "games & toys",
    "Arcade tokens cost {p} each. {name} buys {a} tokens and {his} friend buys {b} tokens. Each game takes {g} tokens. How many games can they play together?",
    dict(p=M("0.25", "0.50", "0.25"), g=C(2, 4, u="tokens/game"), a=C(10, 40, u="tokens"), b=C(10, 40, u="tokens")),
    [S("tot", "a+b", "number of tokens", "c:tokens"),
     S("gm", "tot/g", "number of games", "c:games")]))

A(T("video_game_hours", "games & toys",
    "A video game has {l} levels. Each level takes about {m} minutes. {name} has finished {d} levels. How many hours of play are left?",
    dict(l=C(20, 60, u="levels"), m=C(15, 45, 15, u="min/level"), d=C(4, 20, u="levels")),
    [S("left", "l-d", "number of levels left", "c:levels"),
     S("mn", "left*m", "minutes left", "c:minutes"),
     S("hr", "mn/60", "hours left", "d:hours")]))

A(T("marble_jars_fraction", "games & toys",
    "A jar has {n} marbles. {f_w} of them are blue and the rest are green. {name} takes out {k} green marbles. How many green marbles are still in the jar?",
    dict(n=C(40, 160, 8, u="marbles"), f=Fc(["1/4", "3/8", "1/2", "5/8", "3/4"]), k=C(3, 12, u="marbles")),
    [S("bl", "f@n", "number of blue marbles", "c:marbles"),
     S("gr", "n-bl", "number of green marbles", "c:marbles"),
     S("left", "gr-k", "number of green marbles left", "c:marbles")]))

A(T("ticket_prizes", "games & toys",
    "At a fair, {name} wins {a} tickets at one booth and {b} tickets at another. A stuffed animal costs {c} tickets. After getting one stuffed animal, {he} trades the rest of {his} tickets for stickers that cost {s} tickets each. How many stickers does {he} get?",
    dict(s=C(2, 5, u="tickets/sticker"), c=C(20, 50, 5, u="tickets"), k=C(5, 20), a=C(20, 60, u="tickets"), b=X("c+s*k-a", u="tickets")),
    [S("tot", "a+b", "number of tickets won", "c:tickets"),
     S("rest", "tot-c", "tickets left", "c:tickets"),
     S("st", "rest/s", "number of stickers", "c:stickers")], req=["b > 5"]))

A(T("ages_sum", "family & ages",
    "{name} is {a} years old. {His} brother is {b} years older, and {his} sister is half as old as {his} brother. What is the sum of the three children's ages?",
    dict(a=C(6, 14, u="years"), b=C(2, 8, 2, u="years")),
    [S("br", "a+b", "brother's age", "c:years"),
     S("si", "br/2", "sister's age", "c:years"),
     S("sum", "a+br+si", "sum of the ages", "c:years")], req=["(a+b) % 2 == 0"]))

A(T("ages_future", "family & ages",
    "{name}'s mother is {m} years old, which is {k} times {name}'s age. How old will {name} be in {y} years?",
    dict(k=C(3, 5), a=C(7, 12), m=X("a*k", u="years"), y=C(3, 10, u="years")),
    [S("now", "m/k", "current age", "c:years"),
     S("fut", "now+y", "age in the future", "c:years")]))

A(T("family_dinner", "family & ages",
    "A family of {n} goes out to eat. Each meal costs {p} and each drink costs {d}. Everyone gets one meal and one drink, and they leave a {t} tip. How much do they spend?",
    dict(n=C(3, 6, u="people"), p=M("9", "18", "0.50"), d=M("1.50", "3.50", "0.50"), t=M("5", "15", "1")),
    [S("per", "p+d", "cost per person", "$"),
     S("food", "per*n", "cost of food and drinks", "$"),
     S("tot", "food+t", "total spent", "$")]))

A(T("grandma_cookies_grandkids", "family & ages",
    "Grandma bakes {b} trays of cookies with {c} cookies on each tray. She gives the same number of cookies to each of her {g} grandchildren and has none left. How many cookies does each grandchild get?",
    dict(g=C(3, 8, u="grandchildren"), k=C(4, 10), c=X("g*k", u="cookies/tray"), b=C(2, 4, u="trays")),
    [S("tot", "b*c", "number of cookies", "c:cookies"),
     S("each", "tot/g", "number of cookies each grandchild gets", "c:cookies")], req=["c <= 40"]))

A(T("recycling_cans", "community",
    "A recycling center pays {p} for each can. {name} collects {a} cans a week for {w} weeks. How much money does {he} get?",
    dict(p=M("0.05", "0.10", "0.05"), a=C(40, 120, 5, u="cans"), w=C(2, 6, u="weeks")),
    [S("cans", "a*w", "number of cans", "c:cans"),
     S("mon", "cans*p", "money earned", "$")]))

A(T("food_drive", "community",
    "For a food drive, {c} classes each collect {a} cans of food. The cans are packed into boxes of {b}. How many boxes are filled?",
    dict(b=C(12, 24, 6, u="cans/box"), k=C(2, 6), a=X("b*k", u="cans"), c=C(4, 12, u="classes")),
    [S("cans", "c*a", "number of cans", "c:cans"),
     S("bx", "cans/b", "number of boxes", "c:boxes")]))

A(T("park_cleanup", "community",
    "{v} volunteers clean up a park. Each volunteer fills {b} bags of trash per hour, and they work for {h} hours. How many bags of trash do they fill?",
    dict(v=C(6, 25, u="volunteers"), b=C(2, 3, u="bags/h"), h=C(2, 4, u="h")),
    [S("ph", "v*b", "bags per hour", "c:bags"),
     S("tot", "ph*h", "total bags", "c:bags")]))

A(T("blood_drive", "community",
    "At a blood drive, {d} donors each give {p} liters of blood. The goal was {g} liters. By how many liters did they beat the goal?",
    dict(d=C(40, 90, u="donors"), p=D(choices=["0.45", "0.5"], u="liters"), g=C(12, 30, u="liters")),
    [S("tot", "d*p", "amount of blood collected", "d:liters"),
     S("over", "tot-g", "amount above the goal", "d:liters")]))

A(T("bus_riders", "community",
    "A city bus starts with {a} passengers. At the first stop {b} people get off and {c} get on. At the second stop {d} get off. How many passengers are on the bus now?",
    dict(a=C(20, 45, u="passengers"), b=C(3, 12, u="people"), c=C(2, 15, u="people"), d=C(3, 12, u="people")),
    [S("s1", "a-b", "passengers after people get off at the first stop", "c:passengers"),
     S("s1b", "s1+c", "passengers after the first stop", "c:passengers"),
     S("s2", "s1b-d", "passengers now", "c:passengers")]))

A(T("library_donation", "community",
    "A town library gets a donation of {a}. It spends {f_w} of the money on new books and {b} on computers. How much money is left?",
    dict(a=M("1200", "6000", "240"), f=Fc(["1/2", "1/3", "1/4", "2/3", "3/8"]), b=M("200", "600", "50")),
    [S("bk", "f@a", "money spent on books", "$"),
     S("sp", "bk+b", "total spent", "$"),
     S("left", "a-sp", "money left", "$")]))

A(T("community_garden_plots", "community",
    "A community garden has {r} rows of {c} plots. Each plot rents for {p} per season. If {e} plots are empty, how much rent does the garden collect this season?",
    dict(r=C(4, 10, u="rows"), c=C(5, 12, u="plots/row"), p=M("15", "40", "5"), e=C(2, 9, u="plots")),
    [S("tot", "r*c", "number of plots", "c:plots"),
     S("rent", "tot-e", "number of rented plots", "c:plots"),
     S("mon", "rent*p", "rent collected", "$")]))

A(T("marathon_water", "community",
    "A race has {n} runners. Volunteers give each runner {c} cups of water, and each cup holds {v} liters. How many liters of water are needed?",
    dict(n=C(100, 600, 50, u="runners"), c=C(2, 5, u="cups"), v=D("0.2", "0.3", "0.05", u="liters/cup")),
    [S("cups", "n*c", "number of cups", "c:cups"),
     S("lit", "cups*v", "liters of water", "d:liters")]))

A(T("snow_shoveling", "jobs & wages",
    "{name} shovels snow for {a} driveways on Saturday and {b} driveways on Sunday. {He} charges {p} per driveway and pays {c} for a new shovel. How much money does {he} make after buying the shovel?",
    dict(a=C(2, 6, u="driveways"), b=C(2, 6, u="driveways"), p=M("10", "25", "5"), c=M("15", "30", "1")),
    [S("dr", "a+b", "number of driveways", "c:driveways"),
     S("earn", "dr*p", "money earned", "$"),
     S("net", "earn-c", "money after buying the shovel", "$")]))

A(T("coffee_shop_day", "jobs & wages",
    "A coffee shop sells {a} lattes at {p} each and {b} muffins at {q} each in a morning. The shop's costs for the morning are {c}. How much profit does it make?",
    dict(a=C(20, 60, u="lattes"), p=M("3.50", "5.00", "0.25"), b=C(10, 30, u="muffins"), q=M("2.00", "3.50", "0.25"), c=M("60", "150", "5")),
    [S("lt", "a*p", "money from lattes", "$"),
     S("mf", "b*q", "money from muffins", "$"),
     S("rev", "lt+mf", "total sales", "$"),
     S("prof", "rev-c", "profit", "$")]))

A(T("mileage_reimburse", "jobs & wages",
    "{name}'s company pays {p} per mile for work driving. {He} drives {a} miles on Monday, {b} miles on Tuesday and {c} miles on Wednesday. How much is {he} paid for the driving?",
    dict(p=M("0.40", "0.70", "0.05", u="/mi"), a=C(10, 60, u="mi"), b=C(10, 60, u="mi"), c=C(10, 60, u="mi")),
    [S("mi", "a+b+c", "miles driven", "c:miles"),
     S("pay", "mi*p", "amount paid", "$")]))

A(T("printing_flyers", "jobs & wages",
    "A print shop charges {p} per page. {name} prints {n} flyers that are {k} pages each and pays a {f} setup fee. How much does {he} pay?",
    dict(p=M("0.05", "0.25", "0.05"), n=C(50, 300, 25, u="flyers"), k=C(1, 4, u="pages"), f=M("5", "20", "5")),
    [S("pg", "n*k", "number of pages", "c:pages"),
     S("pc", "pg*p", "cost of the pages", "$"),
     S("tot", "pc+f", "total cost", "$")]))

A(T("ice_cream_scoops", "cooking & baking",
    "An ice cream tub holds {t} scoops. At a party {n} kids each get {s} scoops. How many tubs are needed if every tub is used up?",
    dict(t=C(20, 40, 4, u="scoops/tub"), s=C(2, 3, u="scoops"), n=C(10, 40, u="kids")),
    [S("sc", "n*s", "number of scoops", "c:scoops"),
     S("tb", "sc/t", "number of tubs", "c:tubs")]))

A(T("trail_mix", "cooking & baking",
    "{name} makes trail mix with {a} pounds of peanuts, {b} pounds of raisins and {c} pounds of chocolate chips. {He} divides it equally into {n} bags. How many pounds are in each bag?",
    dict(a=D("1", "3", "0.5", u="lb"), b=D("0.5", "2", "0.5", u="lb"), c=D("0.5", "1.5", "0.5", u="lb"), n=C(2, 8, 2, u="bags")),
    [S("tot", "a+b+c", "total pounds of trail mix", "d:pounds"),
     S("each", "tot/n", "pounds in each bag", "d:pounds")]))

A(T("tea_boxes", "groceries",
    "A box of tea has {b} tea bags. {name} drinks {c} cups of tea a day, using one bag per cup. How many boxes does {he} use in {w} weeks?",
    dict(b=C(14, 28, 7, u="bags/box"), c=C(2, 4, u="cups"), w=C(2, 8, u="weeks")),
    [S("days", "w*7", "number of days", "c:days"),
     S("bags", "days*c", "number of tea bags", "c:bags"),
     S("bx", "bags/b", "number of boxes", "c:boxes")]))

A(T("cinema_snacks", "parties & events",
    "Movie tickets cost {t} each, and a popcorn and drink combo costs {c}. {name} takes {k} friends to the movies and buys everyone, including {him}self, a ticket and a combo. How much does {he} spend?",
    dict(t=M("8", "15", "0.50"), c=M("6", "12", "0.50"), k=C(2, 5, u="friends")),
    [S("ppl", "k+1", "number of people", "c:people"),
     S("per", "t+c", "cost per person", "$"),
     S("tot", "per*ppl", "total spent", "$")]))

A(T("sports_drink_cases", "sports & fitness",
    "A team of {n} players drinks {d} bottles of sports drink each per game. A case holds {c} bottles. How many cases does the team need for {g} games?",
    dict(n=C(10, 20, u="players"), d=C(2, 3, u="bottles"), c=C(12, 24, 12, u="bottles/case"), g=C(2, 8, u="games")),
    [S("pg", "n*d", "bottles per game", "c:bottles"),
     S("tot", "pg*g", "total bottles", "c:bottles"),
     S("cs", "tot/c", "number of cases", "c:cases")]))

A(T("camping_gear", "travel",
    "{name} rents camping gear for a trip. A tent costs {t} per night and a sleeping bag costs {s} per night. {He} rents one tent and {k} sleeping bags for {n} nights. How much does the rental cost?",
    dict(t=M("12", "25", "1"), s=M("4", "9", "0.50"), k=C(2, 4, u="bags"), n=C(2, 5, u="nights")),
    [S("sb", "k*s", "cost of sleeping bags per night", "$"),
     S("pn", "t+sb", "cost per night", "$"),
     S("tot", "pn*n", "total rental cost", "$")]))

A(T("museum_group", "travel",
    "A museum charges {a} per adult and {s} per student. A class trip has {n} students and {k} adult chaperones. The group gets {r}% off the total. How much does the group pay?",
    dict(a=M("12", "20", "1"), s=M("5", "10", "1"), n=C(15, 30, u="students"), k=C(2, 5, u="adults"), r=P([10, 20, 25])),
    [S("st", "n*s", "cost for students", "$"),
     S("ad", "k*a", "cost for adults", "$"),
     S("tot", "st+ad", "total before the discount", "$"),
     S("off", "r%tot", "discount", "$"),
     S("pay", "tot-off", "amount paid", "$")]))
