"""Word-problem templates for the program-of-thought evaluation set.

Each template: id, problem text with {given} slots ("${x}" = money), given
value specs, and a list of computation steps (Python expressions over the
given names and earlier step names).  Step `say` strings are the prose
restatement a model writes for that step ({v} is the value, with "$" added
automatically for money steps).
"""

TEMPLATES = []


def dec(lo, hi, step):
    """Decimal strings from lo to hi (inclusive) in steps of `step` (cents)."""
    out = []
    c = int(round(float(lo) * 100))
    end = int(round(float(hi) * 100))
    st = int(round(float(step) * 100))
    while c <= end:
        out.append(c // 100 if c % 100 == 0 else "%d.%02d" % (c // 100, c % 100))
        c += st
    return out


def S(var, expr, label, say, unit=""):
    return {"var": var, "expr": expr, "label": label, "say": say, "unit": unit}


def T(tid, text, givens, steps, cond=None):
    TEMPLATES.append({"id": tid, "text": text, "givens": givens,
                      "steps": steps, "cond": cond})


T("ducks",
  "{name}'s ducks lay {eggs_per_day} eggs per day. {He} eats {eaten} for breakfast every morning and bakes muffins for {his} friends every day with {baked}. {He} sells the remainder at the farmers' market daily for ${price_per_egg} per fresh duck egg. How much in dollars does {he} make every day at the farmers' market?",
  {"eggs_per_day": (12, 30), "eaten": (2, 5), "baked": (2, 6), "price_per_egg": [2, 3, 4, "1.50", "2.50"]},
  [S("eggs_left", "eggs_per_day - eaten - baked", "eggs left to sell", "{name} has {v} eggs left to sell each day"),
   S("daily_earnings", "eggs_left * price_per_egg", "daily earnings", "{he} makes {v} every day at the farmers' market", "$")],
  lambda v: v["eggs_left"] >= 4)

T("robes",
  "A robe takes {blue_bolts} bolts of blue fiber and half that much white fiber. How many bolts of fiber does it take to make {robes} robes?",
  {"blue_bolts": (2, 12, 2), "robes": (2, 9)},
  [S("white_bolts", "blue_bolts / 2", "bolts of white fiber per robe", "each robe needs {v} bolts of white fiber"),
   S("bolts_per_robe", "blue_bolts + white_bolts", "bolts per robe", "one robe takes {v} bolts in total"),
   S("total_bolts", "bolts_per_robe * robes", "total bolts", "it takes {v} bolts to make all the robes")])

T("house_flip",
  "{name} decides to try flipping a house. {He} buys a house for ${house_price} and then puts in ${repairs} in repairs. This increased the value of the house by {increase_pct}%. How much profit did {he} make?",
  {"house_price": (60000, 200000, 10000), "repairs": (10000, 60000, 5000), "increase_pct": [50, 80, 100, 120, 150]},
  [S("total_cost", "house_price + repairs", "total amount spent", "{he} spends {v} in total", "$"),
   S("value_increase", "house_price * increase_pct / 100", "increase in value", "the value of the house goes up by {v}", "$"),
   S("new_value", "house_price + value_increase", "new value of the house", "the house is now worth {v}", "$"),
   S("profit", "new_value - total_cost", "profit", "{he} makes a profit of {v}", "$")],
  lambda v: v["profit"] > 0)

T("sprints",
  "{name} decides to run {sprints} sprints {times_per_week} times a week. {He} runs {meters} meters each sprint. How many total meters does {he} run a week?",
  {"sprints": (2, 6), "times_per_week": (2, 5), "meters": (40, 100, 10)},
  [S("sprints_per_week", "sprints * times_per_week", "sprints per week", "{he} runs {v} sprints a week"),
   S("total_meters", "sprints_per_week * meters", "meters per week", "{he} runs {v} meters a week")])

T("chicken_feed",
  "Every day, {name} feeds each of {his} chickens {cups_per_chicken} cups of mixed chicken feed, split across three meals. In the morning, {he} gives {his} flock {morning_cups} cups of feed. In the afternoon, {he} gives {his} chickens another {afternoon_cups} cups of feed. How many cups of feed does {he} need to give {his} chickens in the final meal of the day if the size of {his} flock is {flock} chickens?",
  {"cups_per_chicken": (2, 4), "morning_cups": (10, 25), "afternoon_cups": (10, 30), "flock": (12, 30)},
  [S("total_feed", "flock * cups_per_chicken", "cups of feed needed per day", "the flock needs {v} cups of feed a day"),
   S("final_meal", "total_feed - morning_cups - afternoon_cups", "cups for the final meal", "{name} needs to give {v} cups in the final meal")],
  lambda v: v["final_meal"] >= 5)

T("sheep",
  "Toulouse has twice as many sheep as Charleston. Charleston has {mult} times as many sheep as Seattle. How many sheep do Toulouse, Charleston, and Seattle have together if Seattle has {seattle} sheep?",
  {"mult": (3, 5), "seattle": (6, 40)},
  [S("charleston", "seattle * mult", "Charleston's sheep", "Charleston has {v} sheep"),
   S("toulouse", "charleston * 2", "Toulouse's sheep", "Toulouse has {v} sheep"),
   S("total_sheep", "seattle + charleston + toulouse", "total sheep", "together they have {v} sheep")])

T("bakery_boxes",
  "A bakery bakes {trays} trays of muffins with {per_tray} muffins on each tray. They sell {sold} muffins in the morning and pack the rest into boxes of {box_size}. How many boxes do they fill?",
  {"trays": (3, 10), "per_tray": (12, 24), "sold": (10, 60), "box_size": [4, 6, 8, 12]},
  [S("muffins_baked", "trays * per_tray", "muffins baked", "the bakery bakes {v} muffins"),
   S("muffins_left", "muffins_baked - sold", "muffins left after the morning", "{v} muffins are left after the morning"),
   S("boxes", "muffins_left / box_size", "boxes filled", "they fill {v} boxes")],
  lambda v: v["muffins_left"] > 0 and v["muffins_left"] % v["box_size"] == 0)

T("bike_savings",
  "{name} saves ${weekly_savings} every week for {weeks} weeks. Then {he} buys a bike that costs ${bike_price}. How much money does {he} have left?",
  {"weekly_savings": (5, 40), "weeks": (6, 20), "bike_price": (60, 300, 5)},
  [S("total_saved", "weekly_savings * weeks", "total saved", "{name} saves {v} in total", "$"),
   S("money_left", "total_saved - bike_price", "money left", "{he} has {v} left after buying the bike", "$")],
  lambda v: v["money_left"] > 0)

T("book_pages",
  "A book has {pages} pages. {name} reads {pages_per_day} pages every day for {days} days. How many pages does {he} still have to read?",
  {"pages": (150, 600, 10), "pages_per_day": (10, 40), "days": (3, 12)},
  [S("pages_read", "pages_per_day * days", "pages read so far", "{name} has read {v} pages"),
   S("pages_left", "pages - pages_read", "pages left", "{he} still has {v} pages to read")],
  lambda v: v["pages_left"] > 0)

T("jacket_sale",
  "A jacket normally costs ${price}. This week it is on sale for {discount_pct}% off. {name} buys {jackets} jackets for {his} family. How much does {he} spend?",
  {"price": (20, 150, 5), "discount_pct": [10, 20, 25, 30, 40, 50], "jackets": (2, 5)},
  [S("discount", "price * discount_pct / 100", "discount per jacket", "each jacket is {v} off", "$"),
   S("sale_price", "price - discount", "sale price", "each jacket costs {v} on sale", "$"),
   S("total_cost", "sale_price * jackets", "total cost", "{name} spends {v} on the jackets", "$")])

T("overtime",
  "{name} earns ${hourly_rate} an hour. If {he} works more than 40 hours in a week, {he} is paid 1.5 times {his} hourly rate for every hour over 40. Last week {he} worked {hours_worked} hours. How much did {he} earn last week?",
  {"hourly_rate": (12, 30), "hours_worked": (42, 55)},
  [S("regular_pay", "40 * hourly_rate", "pay for the first 40 hours", "{he} earns {v} for the first 40 hours", "$"),
   S("overtime_hours", "hours_worked - 40", "overtime hours", "{he} worked {v} hours of overtime"),
   S("overtime_rate", "hourly_rate * 1.5", "overtime rate", "{his} overtime rate is {v} an hour", "$"),
   S("overtime_pay", "overtime_hours * overtime_rate", "overtime pay", "{he} earns {v} for the overtime", "$"),
   S("total_pay", "regular_pay + overtime_pay", "total pay", "{name} earned {v} last week", "$")])

T("road_trip",
  "{name} drives at {speed1} miles per hour for {hours1} hours, then at {speed2} miles per hour for another {hours2} hours. How many miles does {he} drive in total?",
  {"speed1": (40, 70, 5), "hours1": (2, 5), "speed2": (30, 65, 5), "hours2": (1, 4)},
  [S("distance1", "speed1 * hours1", "distance in the first part", "{he} covers {v} miles in the first part"),
   S("distance2", "speed2 * hours2", "distance in the second part", "{he} covers {v} miles in the second part"),
   S("total_distance", "distance1 + distance2", "total distance", "{name} drives {v} miles in total")])

T("test_average",
  "{name} scored {score1}, {score2}, and {score3} on {his} first three math tests. What score does {he} need on the fourth test to have an average of {target} on all four tests?",
  {"score1": (70, 98), "score2": (70, 98), "score3": (70, 98), "target": (82, 92)},
  [S("needed_total", "target * 4", "total points needed", "{he} needs {v} points in total"),
   S("current_total", "score1 + score2 + score3", "points so far", "{he} has {v} points so far"),
   S("needed_score", "needed_total - current_total", "score needed on the fourth test", "{name} needs a {v} on the fourth test")],
  lambda v: 70 <= v["needed_score"] <= 100)

T("pizza_party",
  "{name} orders {pizzas} pizzas for a party, and each pizza is cut into {slices} slices. If {guests} guests each eat {slices_each} slices, how many slices are left over?",
  {"pizzas": (3, 9), "slices": [6, 8, 10, 12], "guests": (5, 20), "slices_each": (2, 4)},
  [S("total_slices", "pizzas * slices", "total slices", "there are {v} slices in total"),
   S("slices_eaten", "guests * slices_each", "slices eaten", "the guests eat {v} slices"),
   S("slices_left", "total_slices - slices_eaten", "slices left over", "{v} slices are left over")],
  lambda v: v["slices_left"] > 0)

T("fruit_stand",
  "{name} buys {mangoes} mangoes at ${cost_each} each and sells all of them at ${price_each} each. How much profit does {he} make?",
  {"mangoes": (20, 80), "cost_each": dec("0.50", "2.00", "0.25"), "price_each": dec("1.50", "4.00", "0.25")},
  [S("total_cost", "mangoes * cost_each", "cost of the mangoes", "the mangoes cost {v}", "$"),
   S("revenue", "mangoes * price_each", "money from sales", "{he} sells them for {v}", "$"),
   S("profit", "revenue - total_cost", "profit", "{name} makes a profit of {v}", "$")],
  lambda v: v["price_each"] - v["cost_each"] >= 1)

T("class_boys",
  "There are {students} students in a class, and {girls_pct}% of them are girls. The boys are split evenly into {teams} teams for a relay race. How many boys are on each team?",
  {"students": (20, 40), "girls_pct": [20, 25, 40, 50, 60, 75], "teams": [2, 3, 4]},
  [S("girls", "students * girls_pct / 100", "number of girls", "there are {v} girls"),
   S("boys", "students - girls", "number of boys", "there are {v} boys"),
   S("boys_per_team", "boys / teams", "boys per team", "each team has {v} boys")],
  lambda v: v["girls"].denominator == 1 and v["boys"] % v["teams"] == 0)

T("marbles",
  "{name} has {marbles} marbles. Ana has {mult} times as many marbles as {name}, and Ben has {fewer} fewer marbles than Ana. How many marbles do they have altogether?",
  {"marbles": (8, 40), "mult": (2, 4), "fewer": (3, 15)},
  [S("ana_marbles", "marbles * mult", "Ana's marbles", "Ana has {v} marbles"),
   S("ben_marbles", "ana_marbles - fewer", "Ben's marbles", "Ben has {v} marbles"),
   S("total_marbles", "marbles + ana_marbles + ben_marbles", "total marbles", "they have {v} marbles altogether")])

T("museum_change",
  "Adult tickets to a museum cost ${adult_price} and child tickets cost ${child_price}. A family buys {adults} adult tickets and {children} child tickets and pays with a ${bill} bill. How much change do they get?",
  {"adult_price": (12, 25), "child_price": (5, 11), "adults": (2, 3), "children": (2, 5), "bill": [100, 200]},
  [S("adult_cost", "adults * adult_price", "cost of adult tickets", "the adult tickets cost {v}", "$"),
   S("child_cost", "children * child_price", "cost of child tickets", "the child tickets cost {v}", "$"),
   S("total_cost", "adult_cost + child_cost", "total cost", "the tickets cost {v} in total", "$"),
   S("change", "bill - total_cost", "change", "they get {v} in change", "$")],
  lambda v: v["change"] > 0)

T("water_tank",
  "A water tank holds {capacity} liters and already has {current} liters in it. A hose adds {rate} liters per minute. How many minutes will it take to fill the tank?",
  {"capacity": (500, 2000, 50), "current": (50, 400, 10), "rate": [5, 10, 15, 20, 25]},
  [S("liters_needed", "capacity - current", "liters still needed", "the tank still needs {v} liters"),
   S("minutes", "liters_needed / rate", "minutes to fill", "it takes {v} minutes to fill the tank")],
  lambda v: v["liters_needed"] % v["rate"] == 0)

T("phone_plan",
  "A phone plan costs ${base_fee} per month plus ${per_gb} for each gigabyte of data. {name} uses {gb_used} gigabytes every month. How much does {he} pay for {months} months?",
  {"base_fee": (15, 40), "per_gb": [2, 3, 4, 5, "2.50"], "gb_used": (3, 12), "months": (3, 12)},
  [S("data_cost", "gb_used * per_gb", "data cost per month", "the data costs {v} a month", "$"),
   S("monthly_bill", "base_fee + data_cost", "monthly bill", "{his} monthly bill is {v}", "$"),
   S("total_paid", "monthly_bill * months", "total for all months", "{name} pays {v} in total", "$")])

T("recipe_flour",
  "A cookie recipe makes {per_batch} cookies and uses {cups_per_batch} cups of flour. {name} wants to make {cookies_wanted} cookies for a bake sale. How many cups of flour does {he} need?",
  {"per_batch": [12, 18, 24, 30, 36], "cups_per_batch": [2, 3, "1.5", "2.5"], "cookies_wanted": (48, 216, 6)},
  [S("batches", "cookies_wanted / per_batch", "batches needed", "{he} needs to make {v} batches"),
   S("flour", "batches * cups_per_batch", "cups of flour", "{he} needs {v} cups of flour")],
  lambda v: v["cookies_wanted"] % v["per_batch"] == 0 and v["batches"] >= 2)

T("piano_practice",
  "{name} practices piano for {minutes_per_day} minutes a day, {days_per_week} days a week. How many hours does {he} practice in {weeks} weeks?",
  {"minutes_per_day": (20, 90, 5), "days_per_week": (3, 7), "weeks": (2, 8)},
  [S("weekly_minutes", "minutes_per_day * days_per_week", "minutes per week", "{he} practices {v} minutes a week"),
   S("total_minutes", "weekly_minutes * weeks", "total minutes", "that is {v} minutes in total"),
   S("hours", "total_minutes / 60", "hours of practice", "{name} practices {v} hours")],
  lambda v: v["total_minutes"] % 30 == 0)

T("dozen_eggs",
  "{name} buys {dozens} dozen eggs. {He} uses {eggs_per_day} eggs every day for {days} days. How many eggs are left?",
  {"dozens": (2, 8), "eggs_per_day": (2, 6), "days": (3, 10)},
  [S("eggs", "dozens * 12", "eggs bought", "{he} buys {v} eggs"),
   S("eggs_used", "eggs_per_day * days", "eggs used", "{he} uses {v} eggs"),
   S("eggs_left", "eggs - eggs_used", "eggs left", "{v} eggs are left")],
  lambda v: v["eggs_left"] > 0)

T("tip_round",
  "The bill at a restaurant comes to ${bill}. {name} leaves a {tip_pct}% tip, rounded to the nearest dollar. How much does {he} pay in total?",
  {"bill": (23, 149), "tip_pct": [15, 18, 20]},
  [S("exact_tip", "bill * tip_pct / 100", "exact tip", "the exact tip is {v}", "$"),
   S("tip", "round(exact_tip)", "rounded tip", "rounded to the nearest dollar, the tip is {v}", "$"),
   S("total_paid", "bill + tip", "total paid", "{name} pays {v} in total", "$")],
  lambda v: (v["exact_tip"] * 2).denominator != 1)

T("pencil_boxes",
  "A store has {pencils} pencils. It packs them into boxes of {per_box} and sells each full box for ${box_price}. Pencils that don't fill a box are not sold. How much money does the store make?",
  {"pencils": (100, 500), "per_box": [6, 8, 10, 12, 24], "box_price": [3, 4, 5, 6, "2.50"]},
  [S("full_boxes", "pencils // per_box", "full boxes", "the store fills {v} boxes"),
   S("revenue", "full_boxes * box_price", "money from the boxes", "the store makes {v}", "$")],
  lambda v: v["pencils"] % v["per_box"] != 0)

T("candy_share",
  "{name} has {bags} bags of candy with {per_bag} candies in each bag. {He} shares the candies equally among {kids} kids, giving each kid as many as possible. How many candies are left over?",
  {"bags": (3, 9), "per_bag": (12, 30), "kids": (5, 11)},
  [S("total_candies", "bags * per_bag", "total candies", "{name} has {v} candies"),
   S("per_kid", "total_candies // kids", "candies per kid", "each kid gets {v} candies"),
   S("leftover", "total_candies - per_kid * kids", "candies left over", "{v} candies are left over")],
  lambda v: v["leftover"] > 0)

T("tomato_crates",
  "{name} plants {rows} rows of tomato plants with {per_row} plants in each row. Each plant produces {per_plant} tomatoes. {He} packs the tomatoes into crates that hold {crate_size} tomatoes each. How many crates does {he} fill?",
  {"rows": (3, 10), "per_row": (5, 15), "per_plant": (6, 20), "crate_size": [10, 12, 20, 24, 25]},
  [S("plants", "rows * per_row", "number of plants", "there are {v} plants"),
   S("tomatoes", "plants * per_plant", "tomatoes grown", "the plants produce {v} tomatoes"),
   S("crates", "tomatoes / crate_size", "crates filled", "{he} fills {v} crates")],
  lambda v: v["tomatoes"] % v["crate_size"] == 0)

T("gym",
  "A gym charges a one-time sign-up fee of ${signup_fee} and ${monthly_fee} per month. How much will {name} pay in total for the first {months} months?",
  {"signup_fee": (25, 120, 5), "monthly_fee": (20, 60), "months": (3, 12)},
  [S("monthly_total", "monthly_fee * months", "monthly fees", "the monthly fees add up to {v}", "$"),
   S("total", "monthly_total + signup_fee", "total cost", "{name} pays {v} in total", "$")])

T("mother_age",
  "{name} is {age} years old. {His} mother is {mult} times as old as {him}. How old will {his} mother be in {years} years?",
  {"age": (6, 14), "mult": (3, 5), "years": (3, 15)},
  [S("mother_age", "age * mult", "mother's age now", "{his} mother is {v} years old now"),
   S("mother_future", "mother_age + years", "mother's future age", "{his} mother will be {v}")],
  lambda v: v["mother_age"] <= 55)

T("carpet",
  "A rectangular room is {length} feet long and {width} feet wide. Carpet costs ${price_per_sqft} per square foot. How much will it cost to carpet the room?",
  {"length": (10, 25), "width": (8, 20), "price_per_sqft": [2, 3, 4, 5, "2.50", "3.50"]},
  [S("area", "length * width", "area of the room", "the room is {v} square feet"),
   S("cost", "area * price_per_sqft", "carpet cost", "the carpet costs {v}", "$")])

T("garden_fence",
  "A rectangular garden is {length} meters long and {width} meters wide. Fencing costs ${price_per_meter} per meter. How much does it cost to put a fence around the whole garden?",
  {"length": (8, 30), "width": (5, 20), "price_per_meter": (4, 15)},
  [S("half_perimeter", "length + width", "length plus width", "one length and one width add up to {v} meters"),
   S("perimeter", "half_perimeter * 2", "perimeter", "the perimeter is {v} meters"),
   S("fence_cost", "perimeter * price_per_meter", "fence cost", "the fence costs {v}", "$")])

T("lemonade",
  "{name} makes {pitchers} pitchers of lemonade. Each pitcher fills {cups_per_pitcher} cups, and {he} sells every cup for ${price_per_cup}. {He} spent ${supplies} on supplies. How much profit does {he} make?",
  {"pitchers": (3, 8), "cups_per_pitcher": (8, 16), "price_per_cup": ["0.50", "0.75", 1, "1.25", "1.50", 2], "supplies": (8, 25)},
  [S("cups_sold", "pitchers * cups_per_pitcher", "cups sold", "{he} sells {v} cups"),
   S("revenue", "cups_sold * price_per_cup", "money from sales", "{he} takes in {v}", "$"),
   S("profit", "revenue - supplies", "profit", "{name} makes a profit of {v}", "$")],
  lambda v: v["profit"] > 0)

T("library_fines",
  "{name} returned {late_books} library books {days_late} days late. The library charges ${fee_per_day} per book for each day a book is late. How much does {he} owe?",
  {"late_books": (2, 6), "days_late": (3, 14), "fee_per_day": ["0.25", "0.50", "0.75", 1]},
  [S("fine_per_book", "fee_per_day * days_late", "fine per book", "each book has a fine of {v}", "$"),
   S("total_fine", "fine_per_book * late_books", "total fine", "{name} owes {v}", "$")])

T("bus_stops",
  "A bus starts its route with {start} passengers. At the first stop, {off1} people get off and {on1} get on. At the second stop, {off2} people get off and {on2} get on. How many passengers are on the bus now?",
  {"start": (20, 50), "off1": (3, 15), "on1": (2, 12), "off2": (3, 15), "on2": (2, 12)},
  [S("after_first", "start - off1 + on1", "passengers after the first stop", "there are {v} passengers after the first stop"),
   S("after_second", "after_first - off2 + on2", "passengers after the second stop", "there are {v} passengers on the bus now")])

T("paint_cans",
  "{name} is painting {walls} walls that are each {wall_area} square feet. One can of paint covers {coverage} square feet and costs ${can_price}. How much does {he} spend on paint?",
  {"walls": (3, 8), "wall_area": (80, 200, 10), "coverage": [100, 200, 250, 400], "can_price": (18, 40)},
  [S("total_area", "walls * wall_area", "total area", "the walls cover {v} square feet"),
   S("cans", "total_area / coverage", "cans needed", "{he} needs {v} cans of paint"),
   S("paint_cost", "cans * can_price", "paint cost", "{name} spends {v} on paint", "$")],
  lambda v: v["total_area"] % v["coverage"] == 0)

T("club_shirts",
  "T-shirts cost ${shirt_price} each. A club buys {shirts} shirts and gets a {discount_pct}% discount on the whole order. How much does the club pay?",
  {"shirt_price": (8, 25), "shirts": (10, 40), "discount_pct": [10, 15, 20, 25]},
  [S("subtotal", "shirt_price * shirts", "price before the discount", "the shirts cost {v} before the discount", "$"),
   S("discount", "subtotal * discount_pct / 100", "discount", "the discount is {v}", "$"),
   S("total", "subtotal - discount", "amount paid", "the club pays {v}", "$")])

T("allowance",
  "{name} gets ${allowance} a week. {He} spends a quarter of it on snacks and saves the rest. How much does {he} save in {weeks} weeks?",
  {"allowance": (8, 40, 2), "weeks": (4, 12)},
  [S("snacks", "allowance / 4", "weekly snack money", "{he} spends {v} a week on snacks", "$"),
   S("saved_weekly", "allowance - snacks", "weekly savings", "{he} saves {v} a week", "$"),
   S("total_saved", "saved_weekly * weeks", "total savings", "{name} saves {v} in total", "$")])

T("running_days",
  "{name} runs {monday} miles on Monday. On Tuesday {he} runs twice as far as on Monday, and on Wednesday {he} runs {less} miles less than on Tuesday. How many miles does {he} run over the three days?",
  {"monday": (3, 9), "less": (1, 4)},
  [S("tuesday", "monday * 2", "Tuesday's miles", "{he} runs {v} miles on Tuesday"),
   S("wednesday", "tuesday - less", "Wednesday's miles", "{he} runs {v} miles on Wednesday"),
   S("total_miles", "monday + tuesday + wednesday", "total miles", "{name} runs {v} miles over the three days")])

T("aquarium",
  "An aquarium has {goldfish} goldfish and {guppies} guppies. Each fish needs {gallons_per_fish} gallons of water. How many gallons of water does the aquarium need?",
  {"goldfish": (4, 20), "guppies": (5, 30), "gallons_per_fish": [2, 3, 5, 10]},
  [S("total_fish", "goldfish + guppies", "total fish", "there are {v} fish"),
   S("gallons", "total_fish * gallons_per_fish", "gallons needed", "the aquarium needs {v} gallons")])

T("movies",
  "{friends} friends go to the movies. Each ticket costs ${ticket_price}, and they also buy {buckets} buckets of popcorn for ${popcorn_price} each. How much do they spend in total?",
  {"friends": (3, 8), "ticket_price": [9, 11, 12, 14, "12.50"], "buckets": (2, 4), "popcorn_price": [6, 7, 8, "7.50"]},
  [S("ticket_cost", "friends * ticket_price", "cost of tickets", "the tickets cost {v}", "$"),
   S("popcorn_cost", "buckets * popcorn_price", "cost of popcorn", "the popcorn costs {v}", "$"),
   S("total", "ticket_cost + popcorn_cost", "total spent", "they spend {v} in total", "$")])

T("concert_seats",
  "A concert hall has {rows} rows with {per_row} seats in each row. {sold} tickets have been sold. How many seats are still empty?",
  {"rows": (15, 40), "per_row": (20, 40), "sold": (200, 900, 10)},
  [S("seats", "rows * per_row", "total seats", "the hall has {v} seats"),
   S("empty_seats", "seats - sold", "empty seats", "{v} seats are still empty")],
  lambda v: v["empty_seats"] > 0)

T("cookie_goal",
  "{name}'s scout troop wants to raise ${goal}. They have already sold {boxes_sold} boxes of cookies at ${box_price} per box. How many more boxes do they need to sell to reach their goal?",
  {"goal": (300, 1000, 50), "boxes_sold": (20, 100), "box_price": [4, 5, 6]},
  [S("raised", "boxes_sold * box_price", "money raised so far", "they have raised {v} so far", "$"),
   S("remaining", "goal - raised", "money still needed", "they still need {v}", "$"),
   S("more_boxes", "remaining / box_price", "boxes still to sell", "they need to sell {v} more boxes")],
  lambda v: v["remaining"] > 0 and v["remaining"] % v["box_price"] == 0)

T("apple_pies",
  "An orchard has {trees} apple trees, and each tree gives {per_tree} apples. A baker uses {per_pie} apples for each pie. How many pies can the baker make with all the apples?",
  {"trees": (6, 30), "per_tree": (20, 60), "per_pie": [5, 6, 8, 10]},
  [S("apples", "trees * per_tree", "total apples", "the orchard gives {v} apples"),
   S("pies", "apples / per_pie", "pies", "the baker can make {v} pies")],
  lambda v: v["apples"] % v["per_pie"] == 0)

T("weekly_pay",
  "{name} works {hours_per_day} hours a day, {days} days a week, and earns ${hourly_rate} per hour. {He} spends ${expenses} a week on rent and food. How much does {he} have left each week?",
  {"hours_per_day": (4, 9), "days": (3, 6), "hourly_rate": (11, 25), "expenses": (150, 400, 10)},
  [S("daily_pay", "hours_per_day * hourly_rate", "daily pay", "{he} earns {v} a day", "$"),
   S("weekly_pay", "daily_pay * days", "weekly pay", "{he} earns {v} a week", "$"),
   S("money_left", "weekly_pay - expenses", "money left each week", "{name} has {v} left each week", "$")],
  lambda v: v["money_left"] > 0)

T("stamps",
  "{name} has {stamps} stamps. {He} buys {packs} packs of stamps with {per_pack} stamps in each pack. Then {he} gives a third of all {his} stamps to {his} sister. How many stamps does {he} have left?",
  {"stamps": (20, 90), "packs": (2, 6), "per_pack": (5, 20)},
  [S("bought", "packs * per_pack", "stamps bought", "{he} buys {v} stamps"),
   S("total_stamps", "stamps + bought", "stamps after buying", "{he} then has {v} stamps"),
   S("given_away", "total_stamps / 3", "stamps given to the sister", "{he} gives away {v} stamps"),
   S("stamps_left", "total_stamps - given_away", "stamps left", "{name} has {v} stamps left")],
  lambda v: v["total_stamps"] % 3 == 0)

T("train_minutes",
  "A train travels {distance} miles at a steady speed of {speed} miles per hour. How many minutes does the trip take?",
  {"distance": (30, 300, 10), "speed": [40, 50, 60, 80]},
  [S("hours", "distance / speed", "travel time in hours", "the trip takes {v} hours"),
   S("minutes", "hours * 60", "travel time in minutes", "the trip takes {v} minutes")],
  lambda v: (v["hours"] * 4).denominator == 1)

T("car_wash",
  "The soccer team washes {saturday_cars} cars on Saturday and {sunday_cars} cars on Sunday. They charge ${price_per_car} per car and spent ${supplies} on soap and sponges. How much money did they raise after paying for supplies?",
  {"saturday_cars": (15, 45), "sunday_cars": (10, 40), "price_per_car": [5, 6, 8, 10], "supplies": (20, 60)},
  [S("cars", "saturday_cars + sunday_cars", "cars washed", "they wash {v} cars"),
   S("revenue", "cars * price_per_car", "money collected", "they collect {v}", "$"),
   S("raised", "revenue - supplies", "money raised", "the team raised {v}", "$")])

T("dog_food",
  "{name} has {dogs} dogs. Each dog eats {cups_per_dog} cups of food a day. A bag of dog food holds {bag_cups} cups. How many bags of food does {he} use in {days} days?",
  {"dogs": (2, 5), "cups_per_dog": (2, 4), "bag_cups": [20, 24, 30, 40, 60], "days": (10, 60)},
  [S("daily_cups", "dogs * cups_per_dog", "cups per day", "the dogs eat {v} cups a day"),
   S("total_cups", "daily_cups * days", "total cups", "they eat {v} cups in that time"),
   S("bags", "total_cups / bag_cups", "bags used", "{name} uses {v} bags")],
  lambda v: v["total_cups"] % v["bag_cups"] == 0)

T("bookstore",
  "{name} has ${budget}. {He} buys {books} books for ${book_price} each and {magazines} magazines for ${magazine_price} each. How much money does {he} have left?",
  {"budget": (60, 200, 10), "books": (2, 5), "book_price": (8, 20), "magazines": (2, 4), "magazine_price": [3, 4, 5, 6, "4.50"]},
  [S("books_cost", "books * book_price", "cost of the books", "the books cost {v}", "$"),
   S("magazines_cost", "magazines * magazine_price", "cost of the magazines", "the magazines cost {v}", "$"),
   S("total_spent", "books_cost + magazines_cost", "total spent", "{he} spends {v}", "$"),
   S("money_left", "budget - total_spent", "money left", "{name} has {v} left", "$")],
  lambda v: v["money_left"] > 0)

T("gas_trip",
  "{name}'s car gets {mpg} miles per gallon. {He} is driving {miles} miles, and gas costs ${gas_price} per gallon. How much will {he} spend on gas?",
  {"mpg": [20, 25, 30, 35, 40], "miles": (100, 600, 10), "gas_price": [3, 4, "3.25", "3.50", "3.75"]},
  [S("gallons", "miles / mpg", "gallons of gas", "{he} needs {v} gallons of gas"),
   S("gas_cost", "gallons * gas_price", "cost of gas", "{name} spends {v} on gas", "$")],
  lambda v: v["miles"] % v["mpg"] == 0)

T("school_supplies",
  "Each of the {students} students in a class needs {pencils} pencils and {erasers} erasers. How many pencils and erasers does the teacher need to buy in total?",
  {"students": (18, 35), "pencils": (2, 6), "erasers": (1, 3)},
  [S("total_pencils", "students * pencils", "pencils needed", "the class needs {v} pencils"),
   S("total_erasers", "students * erasers", "erasers needed", "the class needs {v} erasers"),
   S("total_items", "total_pencils + total_erasers", "total items", "the teacher needs {v} items in total")])

T("bake_sale_split",
  "Three friends hold a bake sale. Maya earns ${maya}, Leo earns ${leo}, and Priya earns ${priya}. They put the money together and split it equally. How much does each friend get?",
  {"maya": (20, 80), "leo": (20, 80), "priya": (20, 80)},
  [S("total", "maya + leo + priya", "total earned", "together they earn {v}", "$"),
   S("each", "total / 3", "each friend's share", "each friend gets {v}", "$")],
  lambda v: v["total"] % 3 == 0)

T("weight_loss",
  "{name} weighs {start_weight} pounds. {He} loses {per_week} pounds a week for {weeks} weeks. How much does {he} weigh now?",
  {"start_weight": (150, 260), "per_week": (1, 3), "weeks": (4, 12)},
  [S("weight_lost", "per_week * weeks", "weight lost", "{he} loses {v} pounds"),
   S("current_weight", "start_weight - weight_lost", "current weight", "{name} now weighs {v} pounds")])

T("deli",
  "A deli makes {per_hour} sandwiches an hour and is open {hours} hours a day, {days} days a week. How many sandwiches does it make in a week?",
  {"per_hour": (12, 40), "hours": (6, 12), "days": (5, 7)},
  [S("per_day", "per_hour * hours", "sandwiches per day", "the deli makes {v} sandwiches a day"),
   S("per_week", "per_day * days", "sandwiches per week", "it makes {v} sandwiches a week")])

T("goodie_bags",
  "{name} is making goodie bags for {kids} kids. Each bag gets {stickers_per_bag} stickers. Stickers come in packs of {pack_size} that cost ${pack_price} each. How much does {he} spend on stickers?",
  {"kids": (8, 30), "stickers_per_bag": (3, 8), "pack_size": [10, 12, 20, 24], "pack_price": [2, 3, 4, "2.50", "1.50"]},
  [S("stickers", "kids * stickers_per_bag", "stickers needed", "{he} needs {v} stickers"),
   S("packs", "stickers / pack_size", "packs needed", "{he} needs {v} packs"),
   S("sticker_cost", "packs * pack_price", "cost of stickers", "{name} spends {v} on stickers", "$")],
  lambda v: v["stickers"] % v["pack_size"] == 0)

T("car_payments",
  "{name} buys a car that costs ${car_price}. Instead of paying all at once, {he} pays ${monthly_payment} a month for {months} months. How much more does {he} pay in total than the car's price?",
  {"car_price": (12000, 30000, 500), "monthly_payment": (250, 600, 10), "months": [36, 48, 60, 72]},
  [S("total_paid", "monthly_payment * months", "total paid", "{he} pays {v} in total", "$"),
   S("extra", "total_paid - car_price", "extra paid", "{name} pays {v} more than the price", "$")],
  lambda v: 0 < v["extra"] < 8000)

T("stock_gain",
  "{name} buys {shares} shares of a stock at ${buy_price} per share. A year later, {he} sells them all at ${sell_price} per share. How much money does {he} gain?",
  {"shares": (10, 80), "buy_price": (15, 60), "sell_price": (20, 90)},
  [S("cost", "shares * buy_price", "purchase cost", "the shares cost {v}", "$"),
   S("sale_value", "shares * sell_price", "sale value", "{he} sells them for {v}", "$"),
   S("gain", "sale_value - cost", "gain", "{name} gains {v}", "$")],
  lambda v: v["gain"] > 0)

T("water_liters",
  "{name} drinks {bottles} bottles of water a day, and each bottle holds {ml_per_bottle} milliliters. How many liters of water does {he} drink in {days} days?",
  {"bottles": (2, 6), "ml_per_bottle": [250, 500, 750], "days": (5, 30)},
  [S("daily_ml", "bottles * ml_per_bottle", "milliliters per day", "{he} drinks {v} milliliters a day"),
   S("total_ml", "daily_ml * days", "total milliliters", "that is {v} milliliters in total"),
   S("liters", "total_ml / 1000", "liters", "{name} drinks {v} liters")],
  lambda v: (v["liters"] * 4).denominator == 1)

T("commission",
  "{name} earns a base salary of ${base_salary} a month plus a {commission_pct}% commission on {his} sales. Last month {he} sold ${sales} worth of furniture. How much did {he} earn last month?",
  {"base_salary": (1500, 3500, 100), "commission_pct": [2, 4, 5, 8, 10], "sales": (5000, 40000, 500)},
  [S("commission", "sales * commission_pct / 100", "commission", "{his} commission is {v}", "$"),
   S("total_earned", "base_salary + commission", "total earnings", "{name} earned {v}", "$")])

T("wedding_tables",
  "{invited} guests were invited to a wedding, but {declined} could not come. Each table seats {per_table} guests. How many tables are needed?",
  {"invited": (80, 200), "declined": (5, 30), "per_table": [6, 8, 10, 12]},
  [S("guests", "invited - declined", "guests attending", "{v} guests are coming"),
   S("tables", "guests / per_table", "tables needed", "{v} tables are needed")],
  lambda v: v["guests"] % v["per_table"] == 0)

T("scarves",
  "{name} knits {scarves} scarves, and each scarf uses {yards_per_scarf} yards of yarn. A ball of yarn has {yards_per_ball} yards. How many balls of yarn does {he} use?",
  {"scarves": (3, 12), "yards_per_scarf": (60, 200, 10), "yards_per_ball": [50, 80, 100, 120]},
  [S("total_yards", "scarves * yards_per_scarf", "yards of yarn", "{he} uses {v} yards of yarn"),
   S("balls", "total_yards / yards_per_ball", "balls of yarn", "{name} uses {v} balls of yarn")],
  lambda v: v["total_yards"] % v["yards_per_ball"] == 0)

T("field_trip",
  "A class of {students} students goes on a field trip. Museum tickets are ${ticket_price} per student, and the bus costs ${bus_cost}. If the total cost is split evenly among the students, how much does each student pay?",
  {"students": (20, 40), "ticket_price": (5, 15), "bus_cost": (100, 400, 20)},
  [S("tickets_cost", "students * ticket_price", "cost of tickets", "the tickets cost {v}", "$"),
   S("total_cost", "tickets_cost + bus_cost", "total cost", "the trip costs {v} in total", "$"),
   S("per_student", "total_cost / students", "cost per student", "each student pays {v}", "$")],
  lambda v: (v["per_student"] * 100).denominator == 1)

T("lawn_mowing",
  "{name} wants to buy a game console that costs ${console_price}. {He} has already saved ${saved} and earns ${per_lawn} for each lawn {he} mows. How many lawns does {he} need to mow to buy the console?",
  {"console_price": (250, 600, 10), "saved": (40, 200, 5), "per_lawn": [10, 15, 20, 25]},
  [S("still_needed", "console_price - saved", "money still needed", "{he} still needs {v}", "$"),
   S("lawns", "still_needed / per_lawn", "lawns to mow", "{name} needs to mow {v} lawns")],
  lambda v: v["still_needed"] > 0 and v["still_needed"] % v["per_lawn"] == 0)

T("coffee",
  "{name} buys {cups} cups of coffee a day at ${cup_price} each, {days} days a week. How much does {he} spend on coffee in {weeks} weeks?",
  {"cups": (1, 3), "cup_price": [3, 4, 5, "2.50", "3.50", "4.50", "3.25"], "days": (5, 7), "weeks": (2, 8)},
  [S("daily_cost", "cups * cup_price", "daily cost", "{he} spends {v} a day", "$"),
   S("weekly_cost", "daily_cost * days", "weekly cost", "{he} spends {v} a week", "$"),
   S("total_cost", "weekly_cost * weeks", "total cost", "{name} spends {v} on coffee", "$")])

T("pool_hoses",
  "Two hoses are used to fill a pool. The first hose adds {hose1} gallons per minute and the second adds {hose2} gallons per minute. The pool holds {capacity} gallons. How many hours does it take to fill the pool?",
  {"hose1": (5, 20), "hose2": (5, 20), "capacity": (3000, 15000, 300)},
  [S("combined_rate", "hose1 + hose2", "combined rate", "together the hoses add {v} gallons per minute"),
   S("minutes", "capacity / combined_rate", "minutes to fill", "it takes {v} minutes"),
   S("hours", "minutes / 60", "hours to fill", "it takes {v} hours to fill the pool")],
  lambda v: v["capacity"] % v["combined_rate"] == 0 and (v["hours"] * 4).denominator == 1)

T("shoe_store",
  "A shoe store sold {monday} pairs of shoes on Monday, twice as many on Tuesday, and half as many on Wednesday as on Tuesday. How many pairs did it sell in those three days?",
  {"monday": (12, 60)},
  [S("tuesday", "monday * 2", "Tuesday's sales", "the store sold {v} pairs on Tuesday"),
   S("wednesday", "tuesday / 2", "Wednesday's sales", "it sold {v} pairs on Wednesday"),
   S("total_pairs", "monday + tuesday + wednesday", "total pairs", "it sold {v} pairs in the three days")])

T("candy_colors",
  "A jar has {candies} candies. {red_pct}% of them are red, and the rest are split evenly between blue and green. How many green candies are in the jar?",
  {"candies": (40, 200, 10), "red_pct": [10, 20, 30, 40, 50, 60]},
  [S("red", "candies * red_pct / 100", "red candies", "{v} candies are red"),
   S("not_red", "candies - red", "blue and green candies", "{v} candies are blue or green"),
   S("green", "not_red / 2", "green candies", "there are {v} green candies")],
  lambda v: v["not_red"] % 2 == 0)

T("streaming",
  "A streaming service costs ${monthly_price} a month, or ${yearly_price} for a whole year paid at once. How much does {name} save in a year by paying yearly instead of monthly?",
  {"monthly_price": [8, 9, 10, 12, 15, "9.50", "12.50"], "yearly_price": (80, 140, 5)},
  [S("monthly_total", "monthly_price * 12", "cost of 12 monthly payments", "paying monthly costs {v} a year", "$"),
   S("savings", "monthly_total - yearly_price", "savings", "{name} saves {v}", "$")],
  lambda v: v["savings"] > 0)

T("reading_days",
  "{name} reads {pages_per_hour} pages an hour and has a {pages}-page book. If {he} reads {hours_per_day} hours a day, how many days will it take {him} to finish the book?",
  {"pages_per_hour": [20, 25, 30, 40, 50], "pages": (200, 800, 10), "hours_per_day": [2, 3, 4]},
  [S("hours", "pages / pages_per_hour", "hours of reading", "the book takes {v} hours to read"),
   S("days", "hours / hours_per_day", "days to finish", "it takes {name} {v} days")],
  lambda v: v["pages"] % v["pages_per_hour"] == 0 and v["hours"] % v["hours_per_day"] == 0)

T("theater_empty",
  "A theater has {rows} rows of {per_row} seats. For tonight's show, {filled_pct}% of the seats are filled. How many seats are empty?",
  {"rows": (10, 30), "per_row": (10, 30), "filled_pct": [40, 50, 60, 75, 80, 90]},
  [S("seats", "rows * per_row", "total seats", "the theater has {v} seats"),
   S("filled", "seats * filled_pct / 100", "filled seats", "{v} seats are filled"),
   S("empty", "seats - filled", "empty seats", "{v} seats are empty")],
  lambda v: v["filled"].denominator == 1)

T("rent_split",
  "{name} shares an apartment with {roommates} roommates. Rent is ${rent} a month and utilities are ${utilities} a month. If they split the costs evenly, how much does each person pay per month?",
  {"roommates": (1, 4), "rent": (1200, 3000, 50), "utilities": (100, 300, 10)},
  [S("people", "roommates + 1", "people sharing", "{v} people share the apartment"),
   S("total_cost", "rent + utilities", "total monthly cost", "the total cost is {v} a month", "$"),
   S("each_pays", "total_cost / people", "each person's share", "each person pays {v}", "$")],
  lambda v: (v["each_pays"] * 100).denominator == 1)

T("grocery_change",
  "{name} buys {pounds} pounds of apples at ${apple_price} per pound and {bananas} bananas at ${banana_price} each. {He} pays with a ${bill} bill. How much change does {he} get?",
  {"pounds": (2, 6), "apple_price": [2, 3, "1.50", "2.50"], "bananas": (3, 12), "banana_price": ["0.25", "0.50", "0.75"], "bill": [20, 50]},
  [S("apple_cost", "pounds * apple_price", "cost of apples", "the apples cost {v}", "$"),
   S("banana_cost", "bananas * banana_price", "cost of bananas", "the bananas cost {v}", "$"),
   S("total_cost", "apple_cost + banana_cost", "total cost", "{he} spends {v}", "$"),
   S("change", "bill - total_cost", "change", "{name} gets {v} in change", "$")],
  lambda v: v["change"] > 0)

T("cafe_cakes",
  "A café bakes {cakes} cakes and cuts each cake into {slices_per_cake} slices. It sells {sold_pct}% of the slices at ${slice_price} each. How much money does it make?",
  {"cakes": (4, 12), "slices_per_cake": [8, 10, 12], "sold_pct": [50, 75, 80, 90], "slice_price": [3, 4, 5, "3.50", "4.50"]},
  [S("slices", "cakes * slices_per_cake", "total slices", "there are {v} slices"),
   S("sold", "slices * sold_pct / 100", "slices sold", "the café sells {v} slices"),
   S("revenue", "sold * slice_price", "money made", "it makes {v}", "$")],
  lambda v: v["sold"].denominator == 1)

T("bike_commute",
  "{name} bikes to work at {speed} miles per hour, and the ride takes {ride_hours} hours each way. {He} commutes {days} days a week. How many miles does {he} bike each week?",
  {"speed": (10, 18), "ride_hours": ["0.5", "0.75", "1.5"], "days": (3, 5)},
  [S("one_way", "speed * ride_hours", "one-way distance", "one way is {v} miles"),
   S("round_trip", "one_way * 2", "round-trip distance", "a round trip is {v} miles"),
   S("weekly_miles", "round_trip * days", "weekly miles", "{name} bikes {v} miles a week")])

T("homework",
  "{name} has {math_problems} math problems and {science_problems} science problems to do. Each problem takes {minutes_each} minutes. How many hours will {his} homework take?",
  {"math_problems": (8, 25), "science_problems": (5, 20), "minutes_each": (2, 6)},
  [S("total_problems", "math_problems + science_problems", "total problems", "{he} has {v} problems"),
   S("total_minutes", "total_problems * minutes_each", "total minutes", "they take {v} minutes"),
   S("hours", "total_minutes / 60", "hours", "the homework takes {v} hours")],
  lambda v: (v["hours"] * 4).denominator == 1)

T("farm_legs",
  "A farm has {cows} cows and {chickens} chickens. How many legs do the animals on the farm have in total?",
  {"cows": (5, 40), "chickens": (10, 60)},
  [S("cow_legs", "cows * 4", "cow legs", "the cows have {v} legs"),
   S("chicken_legs", "chickens * 2", "chicken legs", "the chickens have {v} legs"),
   S("total_legs", "cow_legs + chicken_legs", "total legs", "the animals have {v} legs in total")])

T("charity_walk",
  "{name} walks {miles} miles in a charity walk. {His} sponsors pledged ${per_mile} per mile in total, and a neighbor gave an extra ${extra}. How much money did {he} raise?",
  {"miles": (5, 20), "per_mile": (4, 20), "extra": (10, 60, 5)},
  [S("pledged", "miles * per_mile", "pledged money", "the pledges come to {v}", "$"),
   S("total_raised", "pledged + extra", "total raised", "{name} raised {v}", "$")])

T("toy_factory",
  "A factory has {machines} machines. Each machine makes {per_hour} toys an hour and runs {hours} hours a day. {defect_pct}% of the toys are defective. How many good toys does the factory make each day?",
  {"machines": (3, 12), "per_hour": (10, 40), "hours": (6, 12), "defect_pct": [2, 4, 5, 10]},
  [S("per_machine", "per_hour * hours", "toys per machine", "each machine makes {v} toys a day"),
   S("total_toys", "per_machine * machines", "total toys", "the factory makes {v} toys a day"),
   S("defective", "total_toys * defect_pct / 100", "defective toys", "{v} toys are defective"),
   S("good_toys", "total_toys - defective", "good toys", "the factory makes {v} good toys")],
  lambda v: v["defective"].denominator == 1)

T("vans",
  "{students} students and {teachers} teachers are going on a trip in vans that hold {van_capacity} people each. They fill as many vans as they can completely, and everyone else rides in one last van. How many people ride in the last van?",
  {"students": (30, 90), "teachers": (3, 8), "van_capacity": [7, 8, 10, 12, 15]},
  [S("people", "students + teachers", "people going", "{v} people are going"),
   S("full_vans", "people // van_capacity", "full vans", "they fill {v} vans completely"),
   S("last_van", "people - full_vans * van_capacity", "people in the last van", "{v} people ride in the last van")],
  lambda v: v["last_van"] > 0)

T("hotel",
  "A hotel room costs ${nightly_rate} per night, plus {tax_pct}% tax on the total. {name} stays for {nights} nights. How much does {he} pay?",
  {"nightly_rate": (80, 250, 10), "tax_pct": [5, 8, 10, 12, 15], "nights": (2, 7)},
  [S("room_cost", "nightly_rate * nights", "room cost", "the room costs {v} before tax", "$"),
   S("tax", "room_cost * tax_pct / 100", "tax", "the tax is {v}", "$"),
   S("total", "room_cost + tax", "total", "{name} pays {v}", "$")])

T("paint_ratio",
  "A paint mix uses {red_parts} parts red paint to {white_parts} parts white paint. How many liters of white paint are in {liters} liters of the mix?",
  {"red_parts": (1, 5), "white_parts": (1, 6), "liters": (12, 60)},
  [S("parts", "red_parts + white_parts", "total parts", "there are {v} parts in all"),
   S("per_part", "liters / parts", "liters per part", "each part is {v} liters"),
   S("white_liters", "per_part * white_parts", "liters of white paint", "the mix has {v} liters of white paint")],
  lambda v: v["red_parts"] != v["white_parts"] and v["liters"] % v["parts"] == 0)

T("elevator",
  "An elevator can carry at most {limit} pounds. {people} people with an average weight of {avg_weight} pounds get on. How many {box_weight}-pound boxes can still be loaded without going over the limit?",
  {"limit": (2000, 4000, 100), "people": (5, 12), "avg_weight": (140, 190, 5), "box_weight": [25, 40, 50, 60]},
  [S("people_weight", "people * avg_weight", "weight of the people", "the people weigh {v} pounds"),
   S("remaining", "limit - people_weight", "remaining capacity", "{v} pounds of capacity are left"),
   S("boxes", "remaining // box_weight", "boxes that fit", "{v} boxes can still be loaded")],
  lambda v: v["remaining"] > 2 * v["box_weight"] and v["remaining"] % v["box_weight"] != 0)

T("hiking",
  "{name} hikes {distance} miles up a trail at {up_speed} miles per hour and comes back down the same trail at {down_speed} miles per hour. How many hours does the whole hike take?",
  {"distance": (3, 12), "up_speed": [1, 2, 3], "down_speed": [2, 3, 4]},
  [S("up_time", "distance / up_speed", "time going up", "going up takes {v} hours"),
   S("down_time", "distance / down_speed", "time coming down", "coming down takes {v} hours"),
   S("total_time", "up_time + down_time", "total time", "the hike takes {v} hours")],
  lambda v: v["up_speed"] < v["down_speed"] and v["distance"] % v["up_speed"] == 0 and (v["down_time"] * 4).denominator == 1)

T("printer",
  "A printer prints {pages_per_minute} pages per minute. {name} needs to print {copies} copies of a {pages}-page report. How many minutes will it take?",
  {"pages_per_minute": [10, 15, 20, 25, 30], "copies": (5, 30), "pages": (6, 40)},
  [S("total_pages", "copies * pages", "total pages", "{he} needs {v} pages"),
   S("minutes", "total_pages / pages_per_minute", "minutes", "it will take {v} minutes")],
  lambda v: v["total_pages"] % v["pages_per_minute"] == 0)

T("coins",
  "{name} has {quarters} quarters and {dimes} dimes in {his} piggy bank. How much money does {he} have in dollars?",
  {"quarters": (8, 40), "dimes": (5, 40)},
  [S("quarter_cents", "quarters * 25", "cents in quarters", "the quarters are worth {v} cents"),
   S("dime_cents", "dimes * 10", "cents in dimes", "the dimes are worth {v} cents"),
   S("total_cents", "quarter_cents + dime_cents", "total cents", "that is {v} cents in total"),
   S("dollars", "total_cents / 100", "dollars", "{name} has {v}", "$")],
  lambda v: (v["dollars"] * 20).denominator == 1)

T("tv_payments",
  "A TV costs ${tv_price}. {name} pays {down_pct}% up front and pays off the rest in {months} equal monthly payments. How much is each monthly payment?",
  {"tv_price": (400, 2000, 50), "down_pct": [10, 20, 25, 40], "months": [3, 4, 5, 6, 10, 12]},
  [S("down_payment", "tv_price * down_pct / 100", "down payment", "the down payment is {v}", "$"),
   S("remaining", "tv_price - down_payment", "amount left to pay", "{he} still owes {v}", "$"),
   S("monthly", "remaining / months", "monthly payment", "each payment is {v}", "$")],
  lambda v: (v["monthly"] * 100).denominator == 1)

T("cafeteria",
  "A school has {students} students, and {lunch_pct}% of them buy lunch in the cafeteria each day. Lunch costs ${lunch_price}. How much money does the cafeteria collect in a {days}-day school week?",
  {"students": (200, 800, 20), "lunch_pct": [25, 30, 40, 50, 60], "lunch_price": [3, 4, "2.50", "3.50"], "days": [4, 5]},
  [S("buyers", "students * lunch_pct / 100", "students buying lunch", "{v} students buy lunch each day"),
   S("daily", "buyers * lunch_price", "money per day", "the cafeteria collects {v} a day", "$"),
   S("weekly", "daily * days", "money per week", "it collects {v} in the week", "$")],
  lambda v: v["buyers"].denominator == 1)

T("temperatures",
  "The high temperatures for four days were {t1}, {t2}, {t3}, and {t4} degrees Fahrenheit. What was the average high temperature for those days?",
  {"t1": (55, 90), "t2": (55, 90), "t3": (55, 90), "t4": (55, 90)},
  [S("total", "t1 + t2 + t3 + t4", "sum of the temperatures", "the temperatures add up to {v}"),
   S("average", "total / 4", "average temperature", "the average high was {v} degrees")])

T("video_game",
  "{name} is playing a video game with {levels} levels. Each level takes about {minutes_per_level} minutes. If {he} plays {minutes_per_day} minutes a day, how many days will it take {him} to finish the game?",
  {"levels": (20, 60), "minutes_per_level": (10, 30, 5), "minutes_per_day": [30, 45, 60, 90]},
  [S("total_minutes", "levels * minutes_per_level", "total minutes", "the game takes {v} minutes"),
   S("days", "total_minutes / minutes_per_day", "days", "it will take {v} days")],
  lambda v: v["total_minutes"] % v["minutes_per_day"] == 0)

T("bracelets",
  "{name} has {packs} packs of beads with {beads_per_pack} beads in each pack. Each bracelet needs {beads_per_bracelet} beads. If {he} makes as many bracelets as possible and sells them for ${price} each, how much money does {he} make?",
  {"packs": (3, 10), "beads_per_pack": (40, 120, 10), "beads_per_bracelet": [12, 15, 18, 24, 30], "price": [4, 5, 6, 8]},
  [S("total_beads", "packs * beads_per_pack", "total beads", "{he} has {v} beads"),
   S("bracelets", "total_beads // beads_per_bracelet", "bracelets made", "{he} can make {v} bracelets"),
   S("revenue", "bracelets * price", "money made", "{name} makes {v}", "$")],
  lambda v: v["total_beads"] % v["beads_per_bracelet"] != 0)

T("rain_barrel",
  "A rain barrel collects {gallons_per_inch} gallons of water for every inch of rain. It rained {saturday} inches on Saturday and {sunday} inches on Sunday. How many gallons did the barrel collect over the weekend?",
  {"gallons_per_inch": (4, 20), "saturday": ["0.5", "0.75", 1, "1.25", "1.5", 2], "sunday": ["0.25", "0.5", "0.75", 1, "1.5"]},
  [S("inches", "saturday + sunday", "inches of rain", "it rained {v} inches in total"),
   S("gallons", "inches * gallons_per_inch", "gallons collected", "the barrel collected {v} gallons")])

T("chore_points",
  "{name} earns {points_per_chore} points for each chore. {He} did {week1} chores in the first week and {week2} in the second week. Every {points_per_dollar} points can be traded for $1. How many dollars can {he} get?",
  {"points_per_chore": [5, 10, 15, 20], "week1": (5, 15), "week2": (5, 15), "points_per_dollar": [10, 20, 25, 50]},
  [S("chores", "week1 + week2", "chores done", "{he} did {v} chores"),
   S("points", "chores * points_per_chore", "points earned", "{he} earned {v} points"),
   S("dollars", "points / points_per_dollar", "dollars", "{name} can get {v}", "$")],
  lambda v: v["points"] % v["points_per_dollar"] == 0)

T("brick_wall",
  "A wall needs {rows} rows of bricks with {per_row} bricks in each row. Bricks are sold in pallets of {pallet_size}, and each pallet costs ${pallet_price}. How much do the bricks for the wall cost?",
  {"rows": (10, 40), "per_row": (20, 60), "pallet_size": [50, 100, 200], "pallet_price": (30, 90, 5)},
  [S("bricks", "rows * per_row", "bricks needed", "the wall needs {v} bricks"),
   S("pallets", "bricks / pallet_size", "pallets needed", "that is {v} pallets"),
   S("cost", "pallets * pallet_price", "cost of bricks", "the bricks cost {v}", "$")],
  lambda v: v["bricks"] % v["pallet_size"] == 0)

T("plant_growth",
  "A sunflower is {height} centimeters tall. It grows {growth} centimeters every week. How tall will it be after {weeks} weeks?",
  {"height": (10, 60), "growth": (3, 12), "weeks": (4, 12)},
  [S("total_growth", "growth * weeks", "growth", "it grows {v} centimeters"),
   S("final_height", "height + total_growth", "final height", "it will be {v} centimeters tall")])

T("ice_cream",
  "An ice cream shop sold {cones} cones at ${cone_price} each and {sundaes} sundaes at ${sundae_price} each. How much more money did the shop make from sundaes than from cones?",
  {"cones": (20, 80), "cone_price": [2, 3, "2.50", "3.50"], "sundaes": (20, 70), "sundae_price": [5, 6, 7, "5.50", "6.50"]},
  [S("cone_sales", "cones * cone_price", "money from cones", "the cones brought in {v}", "$"),
   S("sundae_sales", "sundaes * sundae_price", "money from sundaes", "the sundaes brought in {v}", "$"),
   S("difference", "sundae_sales - cone_sales", "difference", "the shop made {v} more from sundaes", "$")],
  lambda v: v["difference"] > 0)

T("running_pace",
  "{name} runs {miles} miles in {hours} hours. How many minutes does it take {him} to run one mile on average?",
  {"miles": (4, 15), "hours": [1, 2, 3]},
  [S("total_minutes", "hours * 60", "total minutes", "that is {v} minutes in total"),
   S("pace", "total_minutes / miles", "minutes per mile", "{he} runs one mile in {v} minutes")],
  lambda v: v["total_minutes"] % v["miles"] == 0)

T("seed_packets",
  "{name} buys {packets} packets of seeds with {seeds_per_packet} seeds in each packet. Only {sprout_pct}% of the seeds sprout. How many seeds sprout?",
  {"packets": (3, 12), "seeds_per_packet": (20, 60, 5), "sprout_pct": [40, 60, 75, 80, 90]},
  [S("seeds", "packets * seeds_per_packet", "total seeds", "{he} has {v} seeds"),
   S("sprouted", "seeds * sprout_pct / 100", "seeds that sprout", "{v} seeds sprout")],
  lambda v: v["sprouted"].denominator == 1)

T("party_budget",
  "{name} has ${budget} for a party. {He} spends ${cake_price} on a cake and buys {balloons} balloons at ${balloon_price} each. How much of the budget is left?",
  {"budget": (80, 250, 10), "cake_price": (25, 60), "balloons": (10, 40), "balloon_price": ["0.50", "0.75", 1, "1.25", 2]},
  [S("balloon_cost", "balloons * balloon_price", "cost of balloons", "the balloons cost {v}", "$"),
   S("spent", "cake_price + balloon_cost", "total spent", "{he} spends {v}", "$"),
   S("left", "budget - spent", "budget left", "{name} has {v} left", "$")],
  lambda v: v["left"] > 0)

T("trail_mix",
  "{name} mixes {nuts} cups of nuts, {raisins} cups of raisins, and {chips} cups of chocolate chips to make trail mix. {He} puts the trail mix into bags that hold {bag_size} cup each. How many bags does {he} fill?",
  {"nuts": (2, 6), "raisins": (1, 4), "chips": (1, 3), "bag_size": ["0.5", "0.25"]},
  [S("total_cups", "nuts + raisins + chips", "cups of trail mix", "{he} makes {v} cups of trail mix"),
   S("bags", "total_cups / bag_size", "bags filled", "{name} fills {v} bags")])

T("track_laps",
  "A track is {meters} meters around. {name} runs {laps} laps every day for {days} days. How many kilometers does {he} run in total?",
  {"meters": [200, 400], "laps": (4, 12), "days": (3, 10)},
  [S("daily_meters", "meters * laps", "meters per day", "{he} runs {v} meters a day"),
   S("total_meters", "daily_meters * days", "total meters", "{he} runs {v} meters in total"),
   S("kilometers", "total_meters / 1000", "kilometers", "{name} runs {v} kilometers")])

T("gift_wrap",
  "{name} is wrapping {gifts} gifts. Each gift needs {ribbon_cm} centimeters of ribbon. A roll of ribbon has {roll_cm} centimeters and costs ${roll_price}. How much does {he} spend on ribbon?",
  {"gifts": (4, 20), "ribbon_cm": (40, 120, 10), "roll_cm": [200, 250, 400, 500], "roll_price": [2, 3, 4, "2.50"]},
  [S("ribbon_needed", "gifts * ribbon_cm", "ribbon needed", "{he} needs {v} centimeters of ribbon"),
   S("rolls", "ribbon_needed / roll_cm", "rolls needed", "that is {v} rolls"),
   S("cost", "rolls * roll_price", "ribbon cost", "{name} spends {v} on ribbon", "$")],
  lambda v: v["ribbon_needed"] % v["roll_cm"] == 0)

T("orchard_sale",
  "A farmer picks {crates} crates of oranges with {per_crate} oranges in each crate. {He} keeps {kept} oranges for {his} family and sells the rest for ${price} each. How much money does {he} make?",
  {"crates": (4, 15), "per_crate": (30, 60), "kept": (10, 40), "price": ["0.25", "0.50", "0.75", 1]},
  [S("oranges", "crates * per_crate", "oranges picked", "the farmer picks {v} oranges"),
   S("sold", "oranges - kept", "oranges sold", "{he} sells {v} oranges"),
   S("revenue", "sold * price", "money made", "{he} makes {v}", "$")])

T("swim_laps",
  "{name} swims {laps_per_day} laps a day. Each lap is {lap_length} meters. {He} swims {days} days a week. How many meters does {he} swim in {weeks} weeks?",
  {"laps_per_day": (10, 40), "lap_length": [25, 50], "days": (3, 6), "weeks": (2, 4)},
  [S("daily_meters", "laps_per_day * lap_length", "meters per day", "{he} swims {v} meters a day"),
   S("weekly_meters", "daily_meters * days", "meters per week", "{he} swims {v} meters a week"),
   S("total_meters", "weekly_meters * weeks", "total meters", "{name} swims {v} meters in total")])

T("book_fair",
  "At a book fair, paperbacks cost ${paperback_price} and hardcovers cost ${hardcover_price}. {name} buys {paperbacks} paperbacks and {hardcovers} hardcovers and uses a ${coupon} coupon. How much does {he} pay?",
  {"paperback_price": [4, 5, 6, 8], "hardcover_price": [12, 15, 18, 20], "paperbacks": (2, 6), "hardcovers": (1, 3), "coupon": [5, 10]},
  [S("paperback_cost", "paperbacks * paperback_price", "cost of paperbacks", "the paperbacks cost {v}", "$"),
   S("hardcover_cost", "hardcovers * hardcover_price", "cost of hardcovers", "the hardcovers cost {v}", "$"),
   S("subtotal", "paperback_cost + hardcover_cost", "subtotal", "the books come to {v}", "$"),
   S("total", "subtotal - coupon", "amount paid", "{name} pays {v}", "$")])

T("classroom_crayons",
  "A teacher has {boxes} boxes of crayons with {per_box} crayons in each box. {He} gives each of {students} students {per_student} crayons. How many crayons does the teacher have left?",
  {"boxes": (4, 12), "per_box": [16, 24, 32, 48, 64], "students": (15, 30), "per_student": (3, 8)},
  [S("crayons", "boxes * per_box", "total crayons", "the teacher has {v} crayons"),
   S("given", "students * per_student", "crayons given out", "{he} gives out {v} crayons"),
   S("left", "crayons - given", "crayons left", "the teacher has {v} crayons left")],
  lambda v: v["left"] > 0)

T("gardening_soil",
  "{name} is filling {beds} garden beds. Each bed is {length} feet long, {width} feet wide, and {depth} foot deep. A bag of soil fills {bag_cuft} cubic feet. How many bags of soil does {he} need?",
  {"beds": (2, 5), "length": (4, 10), "width": [2, 3, 4], "depth": [1], "bag_cuft": [2, 3, 4]},
  [S("bed_volume", "length * width * depth", "volume of one bed", "one bed holds {v} cubic feet"),
   S("total_volume", "bed_volume * beds", "total volume", "all the beds hold {v} cubic feet"),
   S("bags", "total_volume / bag_cuft", "bags of soil", "{name} needs {v} bags of soil")],
  lambda v: v["total_volume"] % v["bag_cuft"] == 0)

T("sale_profit_pct",
  "A shop buys a bike for ${cost} and marks the price up by {markup_pct}%. A customer then buys it with a ${coupon} coupon. How much profit does the shop make on the bike?",
  {"cost": (100, 400, 20), "markup_pct": [20, 25, 30, 40, 50], "coupon": [10, 15, 20]},
  [S("markup", "cost * markup_pct / 100", "markup", "the markup is {v}", "$"),
   S("price", "cost + markup", "marked price", "the bike is priced at {v}", "$"),
   S("paid", "price - coupon", "price paid", "the customer pays {v}", "$"),
   S("profit", "paid - cost", "profit", "the shop makes {v} in profit", "$")],
  lambda v: v["profit"] > 0)

T("birthday_cupcakes",
  "{name} bakes {batches} batches of cupcakes with {per_batch} cupcakes in each batch. {He} gives {per_friend} cupcakes to each of {friends} friends. How many cupcakes does {he} have left?",
  {"batches": (2, 5), "per_batch": [12, 18, 24], "per_friend": (2, 4), "friends": (5, 12)},
  [S("cupcakes", "batches * per_batch", "cupcakes baked", "{he} bakes {v} cupcakes"),
   S("given", "per_friend * friends", "cupcakes given away", "{he} gives away {v} cupcakes"),
   S("left", "cupcakes - given", "cupcakes left", "{name} has {v} cupcakes left")],
  lambda v: v["left"] > 0)

T("fuel_tank",
  "A truck's fuel tank holds {tank} gallons. The truck uses {per_100} gallons of fuel every 100 miles. How many miles can the truck drive on a full tank?",
  {"tank": (20, 60, 5), "per_100": [4, 5, 8, 10]},
  [S("hundreds", "tank / per_100", "hundreds of miles", "a full tank covers {v} hundred miles"),
   S("miles", "hundreds * 100", "miles on a full tank", "the truck can drive {v} miles")],
  lambda v: (v["hundreds"] * 4).denominator == 1)

T("orchard_baskets",
  "{name} picks {morning} apples in the morning and {afternoon} apples in the afternoon. {He} puts the apples into baskets of {basket} and sells each basket for ${basket_price}. How much money does {he} make?",
  {"morning": (20, 80), "afternoon": (20, 80), "basket": [5, 6, 8, 10, 12], "basket_price": [3, 4, 5, 6, "4.50"]},
  [S("apples", "morning + afternoon", "apples picked", "{he} picks {v} apples"),
   S("baskets", "apples / basket", "baskets", "that fills {v} baskets"),
   S("revenue", "baskets * basket_price", "money made", "{name} makes {v}", "$")],
  lambda v: v["apples"] % v["basket"] == 0)

T("school_play",
  "The school play sold {adult_tickets} adult tickets at ${adult_price} each and {student_tickets} student tickets at ${student_price} each. The costumes and sets cost ${costs}. How much money did the play make after paying for costumes and sets?",
  {"adult_tickets": (40, 150), "adult_price": [6, 8, 10, 12], "student_tickets": (50, 200), "student_price": [3, 4, 5], "costs": (200, 600, 25)},
  [S("adult_sales", "adult_tickets * adult_price", "adult ticket sales", "adult tickets brought in {v}", "$"),
   S("student_sales", "student_tickets * student_price", "student ticket sales", "student tickets brought in {v}", "$"),
   S("total_sales", "adult_sales + student_sales", "total ticket sales", "ticket sales total {v}", "$"),
   S("profit", "total_sales - costs", "money made after costs", "the play made {v}", "$")],
  lambda v: v["profit"] > 0)

T("tutoring",
  "{name} tutors {students} students. Each student has {sessions} sessions a month, and each session is {minutes} minutes long. {He} charges ${rate} per hour. How much does {he} earn in a month?",
  {"students": (2, 8), "sessions": (2, 8), "minutes": [30, 45, 60, 90], "rate": (20, 60, 5)},
  [S("total_sessions", "students * sessions", "sessions per month", "{he} teaches {v} sessions a month"),
   S("total_minutes", "total_sessions * minutes", "minutes per month", "that is {v} minutes"),
   S("hours", "total_minutes / 60", "hours per month", "{he} tutors {v} hours a month"),
   S("earnings", "hours * rate", "monthly earnings", "{name} earns {v} a month", "$")],
  lambda v: (v["hours"] * 2).denominator == 1)

T("bottle_deposit",
  "{name} collects {cans} cans and {bottles} bottles for recycling. The recycling center pays {cents_per_item} cents for each can or bottle. How many dollars does {he} get?",
  {"cans": (40, 200), "bottles": (20, 150), "cents_per_item": [5, 10]},
  [S("items", "cans + bottles", "items collected", "{he} collects {v} items"),
   S("cents", "items * cents_per_item", "cents earned", "that is {v} cents"),
   S("dollars", "cents / 100", "dollars", "{name} gets {v}", "$")])

T("garage_sale",
  "At a garage sale, {name} sells {toys} toys for ${toy_price} each and {books} books for ${book_price} each. {He} splits the money equally with {his} brother. How much does each of them get?",
  {"toys": (5, 20), "toy_price": [2, 3, 4, 5], "books": (6, 30), "book_price": ["0.50", 1, 2]},
  [S("toy_money", "toys * toy_price", "money from toys", "the toys bring in {v}", "$"),
   S("book_money", "books * book_price", "money from books", "the books bring in {v}", "$"),
   S("total", "toy_money + book_money", "total money", "{he} makes {v} in total", "$"),
   S("each", "total / 2", "each share", "each of them gets {v}", "$")])

T("cereal_servings",
  "A box of cereal has {servings} servings. {name}'s family of {people} each eat {per_person} serving a day. How many days will {boxes} boxes of cereal last?",
  {"servings": [12, 14, 16, 18, 20], "people": (2, 6), "per_person": [1], "boxes": (2, 6)},
  [S("total_servings", "servings * boxes", "total servings", "the boxes have {v} servings in total"),
   S("daily_servings", "people * per_person", "servings per day", "the family eats {v} servings a day"),
   S("days", "total_servings / daily_servings", "days", "the cereal will last {v} days")],
  lambda v: v["total_servings"] % v["daily_servings"] == 0)

T("carnival_tickets",
  "Carnival rides cost {tickets_per_ride} tickets each, and tickets cost ${ticket_price} apiece. {name} wants to go on {rides} rides. How much will {he} spend on tickets?",
  {"tickets_per_ride": (2, 6), "ticket_price": ["0.25", "0.50", "0.75", 1], "rides": (4, 15)},
  [S("tickets", "rides * tickets_per_ride", "tickets needed", "{he} needs {v} tickets"),
   S("cost", "tickets * ticket_price", "cost", "{name} spends {v}", "$")])

T("cinema_snack_budget",
  "{name} has ${money} to spend at the fair. Entry costs ${entry}, and each game costs ${game_price}. After paying the entry, how many games can {he} play?",
  {"money": (20, 60), "entry": (5, 15), "game_price": [2, 3, 4, 5]},
  [S("after_entry", "money - entry", "money after entry", "{he} has {v} left after entry", "$"),
   S("games", "after_entry // game_price", "games", "{name} can play {v} games")],
  lambda v: v["after_entry"] > 2 * v["game_price"] and v["after_entry"] % v["game_price"] != 0)

T("laundry",
  "A laundromat charges ${wash} to wash a load and ${dry} to dry a load. {name} does {loads} loads every week. How much does {he} spend on laundry in {weeks} weeks?",
  {"wash": [2, 3, "2.50", "3.50"], "dry": [1, 2, "1.50", "2.25"], "loads": (2, 5), "weeks": (3, 8)},
  [S("per_load", "wash + dry", "cost per load", "one load costs {v}", "$"),
   S("weekly", "per_load * loads", "weekly cost", "{he} spends {v} a week", "$"),
   S("total", "weekly * weeks", "total cost", "{name} spends {v} in total", "$")])

T("bees_honey",
  "A beekeeper has {hives} hives. Each hive produces {pounds} pounds of honey. The beekeeper fills jars that hold {jar} pounds each and sells each jar for ${jar_price}. How much money does the beekeeper make?",
  {"hives": (3, 12), "pounds": (20, 60, 5), "jar": [1, 2, "0.5"], "jar_price": [6, 8, 10, 12]},
  [S("honey", "hives * pounds", "pounds of honey", "the hives produce {v} pounds of honey"),
   S("jars", "honey / jar", "jars filled", "that fills {v} jars"),
   S("revenue", "jars * jar_price", "money made", "the beekeeper makes {v}", "$")],
  lambda v: v["jars"].denominator == 1)

T("marathon_water",
  "During a race, {runners} runners each drink {cups} cups of water. Each cup holds {ml} milliliters. How many liters of water do the runners drink?",
  {"runners": (50, 400, 10), "cups": (2, 5), "ml": [100, 150, 200, 250]},
  [S("total_cups", "runners * cups", "cups of water", "the runners drink {v} cups"),
   S("total_ml", "total_cups * ml", "milliliters", "that is {v} milliliters"),
   S("liters", "total_ml / 1000", "liters", "the runners drink {v} liters")])

T("hourly_tips",
  "{name} works a {hours}-hour shift at ${hourly} an hour and also gets ${tips} in tips. How much does {he} earn during the shift?",
  {"hours": (4, 9), "hourly": [10, 12, 14, 15, "12.50"], "tips": (20, 90)},
  [S("wages", "hours * hourly", "wages", "{his} wages are {v}", "$"),
   S("total", "wages + tips", "total earnings", "{name} earns {v}", "$")])

T("train_cars",
  "A train has {cars} cars, and each car has {rows} rows of {per_row} seats. {taken} seats are taken. How many seats are free?",
  {"cars": (4, 10), "rows": (10, 20), "per_row": [4, 5], "taken": (100, 500, 5)},
  [S("seats_per_car", "rows * per_row", "seats per car", "each car has {v} seats"),
   S("seats", "seats_per_car * cars", "total seats", "the train has {v} seats"),
   S("free", "seats - taken", "free seats", "{v} seats are free")],
  lambda v: v["free"] > 0)
