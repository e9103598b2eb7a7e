"""Problem structures for the medicine-doses / nursing genre.

Each structure: key, gen(rng)->dict name->number(str), units, steps, setups (2), questions (2).
Step: (name, op, operands, unit, label). Operands are names or literals "#<num>|<unit>".
ops: mul, div, add, sub, sum (n-ary), pct (a% of b), mdiv (a*b/c), dmul (a/b*c),
     divr0 / divr1 (division rounded to 0 / 1 dp, shown with ~).
"""

def _c(r, xs):
    return r.choice(xs)


S = []


def T(key, units, gen, steps, setups, questions, check=False):
    S.append(dict(key=key, units=units, gen=gen, steps=steps, setups=setups,
                  questions=questions, check=check))


POW25 = [2, 4, 5, 8, 10, 20, 25, 40, 50]

T("mgkg_liquid", dict(w="kg", d="mg/kg", c="mg/mL"),
  lambda r: dict(w=_c(r, range(6, 41)), d=_c(r, [5, 10, 12, 15, 20]), c=_c(r, [10, 20, 25, 40, 50])),
  [("dose", "mul", ["w", "d"], "mg", "dose in mg"),
   ("vol", "div", ["dose", "c"], "mL", "volume to give")],
  ["A child weighing {w} is prescribed {drug} {d}. The suspension on hand contains {c}.",
   "{Pt} weighs {w}. The order is for {drug} at {d}, and the pharmacy supplies it as {c}."],
  ["How many mL should the nurse give?", "What volume, in mL, is one dose?"], check=True)

T("mgkg_conc_per5", dict(w="kg", d="mg/kg", h="mg", q="mL"),
  lambda r: dict(w=_c(r, range(8, 36)), d=_c(r, [5, 10, 15, 20]), h=_c(r, [100, 125, 200, 250]), q=5),
  [("dose", "mul", ["w", "d"], "mg", "dose in mg"),
   ("conc", "div", ["h", "q"], "mg/mL", "concentration"),
   ("vol", "div", ["dose", "conc"], "mL", "volume per dose")],
  ["{Pt} weighs {w} and needs {drug} {d} per dose. The bottle is labeled {h#} mg/{q#} mL.",
   "The doctor orders {drug} {d} for a {w} toddler. Available: oral suspension {h#} mg/{q#} mL."],
  ["How many mL are given per dose?", "Calculate the volume to draw up in mL."])

T("mgkg_day_divided", dict(w="kg", d="mg/kg/day", n="doses"),
  lambda r: dict(w=_c(r, range(5, 41)), d=_c(r, [20, 30, 40, 45, 50, 60, 90]), n=_c(r, [2, 3, 4])),
  [("daily", "mul", ["w", "d"], "mg/day", "total daily dose"),
   ("per", "div", ["daily", "n"], "mg", "dose per administration")],
  ["{Pt} weighs {w}. {Drug} is ordered at {d}, divided into {n#} equal doses.",
   "A {w} child is to receive {drug} {d} given in {n#} divided doses."],
  ["How many mg is each dose?", "What is the amount of each dose in mg?"])

T("mgkg_day_liquid", dict(w="kg", d="mg/kg/day", n="doses", c="mg/mL"),
  lambda r: dict(w=_c(r, range(6, 31)), d=_c(r, [30, 40, 50, 60, 80]), n=_c(r, [2, 3, 4]), c=_c(r, [20, 25, 40, 50])),
  [("daily", "mul", ["w", "d"], "mg/day", "daily dose"),
   ("per", "div", ["daily", "n"], "mg", "single dose"),
   ("vol", "div", ["per", "c"], "mL", "volume per dose")],
  ["{Drug} is ordered at {d} in {n#} divided doses for {pt}, who weighs {w}. The liquid contains {c}.",
   "A child weighs {w}. The prescription reads {drug} {d}, split into {n#} doses; stock strength is {c}."],
  ["How many mL should be given at each dose?", "How many mL per dose?"])

T("lb_to_kg_dose", dict(lb="lb", f="lb/kg", d="mg/kg"),
  lambda r: dict(lb=str(22 * _c(r, range(2, 21)) / 10).rstrip("0").rstrip("."), f="2.2", d=_c(r, [2, 4, 5, 10, 15])),
  [("kg", "div", ["lb", "f"], "kg", "weight in kg"),
   ("dose", "mul", ["kg", "d"], "mg", "dose")],
  ["{Pt} weighs {lb}. The order is {drug} {d}. (Use 2.2 lb = 1 kg.)",
   "A patient's weight is recorded as {lb}. {Drug} is prescribed at {d}; convert using 1 kg = 2.2 lb."],
  ["What dose in mg should be given?", "How many milligrams is the dose?"])

T("lb_to_kg_daily", dict(lb="lb", f="lb/kg", d="mg/kg/day", n="doses"),
  lambda r: dict(lb=str(22 * _c(r, range(3, 26)) / 10).rstrip("0").rstrip("."), f="2.2", d=_c(r, [20, 30, 40, 60]), n=_c(r, [2, 4])),
  [("kg", "div", ["lb", "f"], "kg", "weight in kilograms"),
   ("daily", "mul", ["kg", "d"], "mg/day", "daily total"),
   ("per", "div", ["daily", "n"], "mg", "amount per dose")],
  ["A child weighs {lb} (1 kg = 2.2 lb). {Drug} is ordered at {d} in {n#} divided doses.",
   "{Pt}'s weight is {lb}. The provider orders {drug} {d}, given in {n#} equal doses."],
  ["How many mg per dose?", "What is each dose in mg?"])

T("tablets_simple", dict(o="mg", t="mg"),
  lambda r: (lambda t, k: dict(o=t * k / 2, t=t))(_c(r, [5, 10, 20, 25, 50, 100, 250, 500]), _c(r, [1, 3, 4, 6])),
  [("tabs", "div", ["o", "t"], "tablets", "number of tablets")],
  ["The order is {drug} {o} by mouth. The tablets on hand are {t} each.",
   "{Pt} is prescribed {o} of {drug}. Each tablet contains {t}."],
  ["How many tablets should be given?", "How many tablets make one dose?"], check=True)

T("tablets_day", dict(o="mg", t="mg", n="doses/day"),
  lambda r: (lambda t, k: dict(o=t * k / 2, t=t, n=_c(r, [2, 3, 4])))(_c(r, [5, 10, 25, 50, 100, 250]), _c(r, [1, 2, 3, 4])),
  [("tabs", "div", ["o", "t"], "tablets", "tablets per dose"),
   ("day", "mul", ["tabs", "n"], "tablets/day", "tablets per day")],
  ["{Drug} {o} is ordered {n#} times a day. The tablets are {t} each.",
   "{Pt} takes {o} of {drug}, {n#} times daily. The pharmacy dispenses {t} tablets."],
  ["How many tablets does the patient take each day?", "How many tablets are needed per day?"])

T("tablets_course", dict(o="mg", t="mg", n="doses/day", days="days"),
  lambda r: (lambda t, k: dict(o=t * k, t=t, n=_c(r, [2, 3, 4]), days=_c(r, [5, 7, 10, 14])))(_c(r, [10, 25, 50, 250, 500]), _c(r, [1, 2])),
  [("tabs", "div", ["o", "t"], "tablets", "tablets per dose"),
   ("day", "mul", ["tabs", "n"], "tablets/day", "tablets per day"),
   ("tot", "mul", ["day", "days"], "tablets", "tablets for the whole course")],
  ["{Pt} is prescribed {drug} {o} {n#} times a day for {days}. Each tablet is {t}.",
   "A {days} course of {drug} is ordered: {o} per dose, {n#} doses a day. Tablets come as {t}."],
  ["How many tablets should be dispensed?", "How many tablets are needed for the full course?"])

T("tablet_cost", dict(per="tablets", n="doses/day", days="days", p="$"),
  lambda r: dict(per=_c(r, [1, 2]), n=_c(r, [1, 2, 3]), days=_c(r, [7, 10, 14, 28, 30]), p=_c(r, ["0.25", "0.40", "0.35", "1.20", "0.75", "2.50", "0.15"])),
  [("day", "mul", ["per", "n"], "tablets/day", "tablets per day"),
   ("tot", "mul", ["day", "days"], "tablets", "total tablets"),
   ("cost", "mul", ["tot", "p"], "$", "total cost")],
  ["{Pt} takes {per#} tablet(s) of {drug} {n#} time(s) a day for {days}. Each tablet costs {p}.",
   "A prescription calls for {per#} tablet(s) per dose, {n#} dose(s) daily, for {days}. The pharmacy charges {p} per tablet."],
  ["What is the total cost?", "How much does the prescription cost in dollars?"])

T("bottle_discount", dict(b="bottles", p="$", pc="%"),
  lambda r: dict(b=_c(r, [2, 3, 4, 5, 6]), p=_c(r, ["12.50", "18.00", "24.00", "9.50", "15.00", "32.00", "45.00"]), pc=_c(r, [10, 20, 25, 15])),
  [("sub", "mul", ["b", "p"], "$", "subtotal"),
   ("disc", "pct", ["pc", "sub"], "$", "discount"),
   ("tot", "sub", ["sub", "disc"], "$", "amount paid")],
  ["A pharmacy sells {drug} syrup for {p} a bottle. {Pt} buys {b#} bottles with a {pc#}% discount coupon.",
   "{Pt} needs {b#} bottles of {drug} at {p} each. The pharmacy takes {pc#}% off the total."],
  ["How much does {pt} pay?", "What is the final price after the discount?"])

T("coinsurance", dict(p="$", q="vials", pc="%"),
  lambda r: dict(p=_c(r, ["40.00", "60.00", "85.00", "120.00", "250.00", "36.00"]), q=_c(r, [2, 3, 4, 5]), pc=_c(r, [10, 20, 25, 30])),
  [("tot", "mul", ["q", "p"], "$", "total charge"),
   ("share", "pct", ["pc", "tot"], "$", "patient's share")],
  ["Each vial of {drug} costs {p}. {Pt} needs {q#} vials, and the insurance leaves the patient paying {pc#}%.",
   "{Pt}'s plan has {pc#}% coinsurance. The pharmacy bill is for {q#} vials at {p} per vial."],
  ["How much does {pt} pay out of pocket?", "What is the patient's share of the cost?"])

T("iv_rate", dict(v="mL", h="hours"),
  lambda r: (lambda h, k: dict(v=h * k, h=h))(_c(r, [2, 4, 5, 6, 8, 10, 12]), _c(r, [25, 50, 75, 100, 125])),
  [("rate", "div", ["v", "h"], "mL/h", "infusion rate")],
  ["A {v} bag of normal saline is to infuse over {h}.",
   "The provider orders {v} of IV fluid to run over {h} on a pump."],
  ["At what rate in mL/h should the pump be set?", "What is the hourly rate?"], check=True)

T("drip_gtt", dict(v="mL", h="hours", df="gtt/mL"),
  lambda r: dict(v=_c(r, [500, 1000, 250, 750]), h=_c(r, [4, 5, 6, 8, 10, 12]), df=_c(r, [10, 15, 20])),
  [("min", "mul", ["h", "#60|min/h"], "min", "time in minutes"),
   ("gtt", "mdivr0", ["v", "df", "min"], "gtt/min", "drip rate")],
  ["Infuse {v} of lactated Ringer's over {h} using tubing with a drop factor of {df}.",
   "An IV of {v} D5W is ordered over {h}. The gravity set delivers {df}."],
  ["What is the drip rate in drops per minute (round to the nearest whole drop)?",
   "How many gtt/min should the nurse count? Round to a whole number."])

T("drip_short", dict(v="mL", m="min", df="gtt/mL"),
  lambda r: dict(v=_c(r, [50, 100, 150, 250]), m=_c(r, [20, 30, 45, 60]), df=_c(r, [10, 15, 20, 60])),
  [("drops", "mul", ["v", "df"], "gtt", "total drops"),
   ("gtt", "divr0", ["drops", "m"], "gtt/min", "drip rate")],
  ["A {v} IV piggyback of {drug} is to run over {m} with {df} tubing.",
   "{Drug} {v} is hung to infuse in {m}. The drop factor is {df}."],
  ["Find the flow rate in gtt/min, rounded to the nearest drop.", "How many drops per minute? Round to the nearest whole number."])

T("piggyback_mlh", dict(v="mL", m="min"),
  lambda r: dict(v=_c(r, [50, 100, 150, 200, 250]), m=_c(r, [15, 20, 30, 40, 45, 60, 90])),
  [("perm", "div", ["v", "m"], "mL/min", "rate per minute"),
   ("rate", "mul", ["perm", "#60|min/h"], "mL/h", "pump rate")],
  ["{Drug} {v} is ordered IVPB over {m}.", "A {v} minibag of {drug} must infuse over {m} on a pump."],
  ["What rate in mL/h should be programmed?", "Set the pump in mL/h: what number?"])

T("infusion_time", dict(v="mL", r="mL/h"),
  lambda r: (lambda rt, h: dict(v=rt * h, r=rt))(_c(r, [50, 75, 80, 100, 120, 125, 150]), _c(r, [2, 4, 5, 8, 6])),
  [("t", "div", ["v", "r"], "hours", "infusion time")],
  ["A {v} bag is running at {r}.", "The pump is set to {r} and {v} is hung."],
  ["How many hours will the bag last?", "How long will the infusion take, in hours?"], check=True)

T("remaining_bag", dict(v="mL", r="mL/h", t="hours"),
  lambda r: dict(v=_c(r, [1000, 500, 750]), r=_c(r, [50, 60, 75, 80, 100, 125]), t=_c(r, [2, 3, 4, 5])),
  [("inf", "mul", ["r", "t"], "mL", "volume infused"),
   ("left", "sub", ["v", "inf"], "mL", "volume remaining")],
  ["A {v} bag was started at {r}. It has been running for {t}.",
   "At 0800 a {v} bag of IV fluid was hung at {r}; {t} have passed."],
  ["How many mL remain in the bag?", "How much fluid is left?"])

T("mcg_kg_min", dict(w="kg", d="mcg/kg/min", c="mcg/mL"),
  lambda r: dict(w=_c(r, [50, 60, 70, 75, 80, 90, 100]), d=_c(r, [2, 3, 4, 5, 10]), c=_c(r, [400, 800, 1600, 200])),
  [("pm", "mul", ["w", "d"], "mcg/min", "dose per minute"),
   ("ph", "mul", ["pm", "#60|min/h"], "mcg/h", "dose per hour"),
   ("rate", "div", ["ph", "c"], "mL/h", "pump rate")],
  ["{Drug} is ordered at {d} for a {w} patient. The bag concentration is {c}.",
   "A {w} adult is started on {drug} {d}. The premixed infusion contains {c}."],
  ["What is the pump rate in mL/h?", "Calculate the infusion rate in mL/h."])

T("mcg_to_mg_h", dict(w="kg", d="mcg/kg/min", c="mg/mL"),
  lambda r: dict(w=_c(r, [50, 60, 80, 100, 75]), d=_c(r, [5, 10, 2, 4]), c=_c(r, ["1", "2", "4", "0.5", "1.6"])),
  [("pm", "mul", ["w", "d"], "mcg/min", "mcg per minute"),
   ("ph", "mul", ["pm", "#60|min/h"], "mcg/h", "mcg per hour"),
   ("mg", "div", ["ph", "#1000|mcg/mg"], "mg/h", "mg per hour"),
   ("rate", "div", ["mg", "c"], "mL/h", "rate in mL/h")],
  ["{Drug} {d} is ordered for a patient weighing {w}. The solution has {c}.",
   "Order: {drug} at {d}. Weight: {w}. Concentration: {c}."],
  ["At how many mL/h should the infusion run?", "What pump rate in mL/h delivers this dose?"])

T("heparin", dict(u="units", bv="mL", o="units/h"),
  lambda r: dict(u=25000, bv=_c(r, [250, 500]), o=_c(r, [800, 1000, 1200, 1500, 900, 1100])),
  [("conc", "div", ["u", "bv"], "units/mL", "concentration"),
   ("rate", "div", ["o", "conc"], "mL/h", "pump rate")],
  ["Heparin {u} in {bv} D5W is hung. The order is {o}.",
   "The bag contains {u} of heparin in {bv}; the prescriber wants {o}."],
  ["What rate in mL/h delivers the ordered dose?", "Set the pump to how many mL/h?"])

T("dhq", dict(D="mg", H="mg", Q="mL"),
  lambda r: (lambda H, k: dict(D=H * k / 4, H=H, Q=_c(r, [2, 5, 10])))(_c(r, [100, 200, 250, 500, 40, 80]), _c(r, [1, 2, 3, 5, 6])),
  [("vol", "dmul", ["D", "H", "Q"], "mL", "volume to give")],
  ["The order is {drug} {D} IM. On hand: {H} in {Q}.",
   "Give {D} of {drug}. The vial label reads {H} per {Q}."],
  ["How many mL will you draw up?", "What volume should be administered?"])

T("mg_mcg", dict(o="mg", t="mcg"),
  lambda r: (lambda t, k: dict(o=t * k / 1000, t=t))(_c(r, [25, 50, 125, 250]), _c(r, [1, 2, 4])),
  [("mcg", "mul", ["o", "#1000|mcg/mg"], "mcg", "order in micrograms"),
   ("tabs", "div", ["mcg", "t"], "tablets", "tablets")],
  ["The order is {drug} {o} PO. Tablets available are {t} each.",
   "{Pt} is prescribed {o} of {drug}; the unit-dose tablets contain {t}."],
  ["How many tablets should be given?", "How many tablets equal the ordered dose?"])

T("g_to_mg_caps", dict(o="g", t="mg", n="doses/day"),
  lambda r: (lambda t, k: dict(o=t * k / 1000, t=t, n=_c(r, [2, 3, 4])))(_c(r, [250, 500]), _c(r, [1, 2, 4])),
  [("mg", "mul", ["o", "#1000|mg/g"], "mg", "dose in mg"),
   ("caps", "div", ["mg", "t"], "capsules", "capsules per dose"),
   ("day", "mul", ["caps", "n"], "capsules", "capsules per day")],
  ["{Drug} {o} is ordered {n#} times daily. Capsules are {t} each.",
   "The prescription is {drug} {o} every dose, {n#} doses per day, using {t} capsules."],
  ["How many capsules per day?", "How many capsules does the patient take daily?"])

T("bsa", dict(b="m²", d="mg/m²", c="mg/mL"),
  lambda r: dict(b=_c(r, ["1.2", "1.5", "1.6", "1.8", "2", "1.4"]), d=_c(r, [50, 75, 100, 60]), c=_c(r, [2, 5, 10, 20])),
  [("dose", "mul", ["b", "d"], "mg", "dose"),
   ("vol", "div", ["dose", "c"], "mL", "volume")],
  ["A patient with a body surface area of {b} is to receive {drug} {d}. The vial concentration is {c}.",
   "{Drug} is dosed at {d}. {Pt}'s BSA is {b}, and the drug comes as {c}."],
  ["How many mL are needed?", "What volume of drug should be prepared?"])

T("vials_needed", dict(w="kg", d="mg/kg", v="mg"),
  lambda r: (lambda v: dict(w=_c(r, [40, 50, 60, 80, 100]), d=_c(r, [5, 10, 15, 20]), v=v))(_c(r, [100, 200, 250, 500])),
  [("dose", "mul", ["w", "d"], "mg", "dose"),
   ("vials", "div", ["dose", "v"], "vials", "number of vials")],
  ["{Drug} {d} is ordered for a {w} patient. It is supplied in {v} single-use vials.",
   "A patient weighs {w}. The dose of {drug} is {d}, and each vial holds {v}."],
  ["How many vials' worth of drug is the dose?", "How many vials does the dose use?"])

T("max_daily", dict(p="mg", n="doses/day", mx="mg"),
  lambda r: dict(p=_c(r, [325, 500, 650, 200, 400]), n=_c(r, [3, 4]), mx=_c(r, [3000, 4000, 3200])),
  [("daily", "mul", ["p", "n"], "mg", "amount taken per day"),
   ("left", "sub", ["mx", "daily"], "mg", "room under the maximum")],
  ["{Pt} takes {p} of {drug} {n#} times a day. The maximum daily dose is {mx}.",
   "The label limits {drug} to {mx} per day. A patient is taking {p} per dose, {n#} doses a day."],
  ["How many more mg could be taken before reaching the maximum?", "How far below the daily maximum, in mg, is the patient?"])

T("cost_per_day", dict(p="$", n="doses/day", days="days"),
  lambda r: dict(p=_c(r, ["3.50", "4.25", "1.80", "12.00", "7.50", "2.40"]), n=_c(r, [2, 3, 4]), days=_c(r, [5, 7, 10, 14, 30])),
  [("day", "mul", ["p", "n"], "$", "cost per day"),
   ("tot", "mul", ["day", "days"], "$", "total cost")],
  ["Each dose of {drug} costs {p}. It is given {n#} times a day for {days}.",
   "A hospital pharmacy charges {p} per dose of {drug}; the order is {n#} doses daily for {days}."],
  ["What is the total cost of the course?", "How much will the full course cost?"])

T("dextrose_grams", dict(v="mL", pc="g"),
  lambda r: dict(v=_c(r, [500, 1000, 250, 750]), pc=_c(r, [5, 10, 50, 20])),
  [("hund", "div", ["v", "#100|mL"], "", "number of 100 mL portions"),
   ("g", "mul", ["hund", "pc"], "g", "grams of dextrose")],
  ["A bag holds {v} of D{pc#}W (that is, {pc#} g of dextrose in every 100 mL).",
   "The patient receives {v} of a {pc#}% dextrose solution ({pc#} g per 100 mL)."],
  ["How many grams of dextrose are in the bag?", "How many grams of dextrose does the patient get?"])

T("tablets_left", dict(b="tablets", per="tablets", n="doses/day", days="days"),
  lambda r: dict(b=_c(r, [60, 90, 100, 120, 30]), per=_c(r, [1, 2]), n=_c(r, [1, 2, 3]), days=_c(r, [5, 7, 10, 12, 14])),
  [("day", "mul", ["per", "n"], "tablets/day", "tablets per day"),
   ("used", "mul", ["day", "days"], "tablets", "tablets used"),
   ("left", "sub", ["b", "used"], "tablets", "tablets left")],
  ["A bottle contains {b} of {drug}. {Pt} takes {per#} tablet(s) {n#} time(s) a day for {days}.",
   "{Pt} starts with {b}. The schedule is {per#} tablet(s) per dose, {n#} dose(s) daily, for {days}."],
  ["How many tablets are left?", "How many tablets remain in the bottle?"])

T("tsp_ml", dict(t="tsp", f="mL/tsp", n="doses/day", days="days"),
  lambda r: dict(t=_c(r, ["1", "2", "0.5", "1.5"]), f=5, n=_c(r, [2, 3, 4]), days=_c(r, [5, 7, 10])),
  [("ml", "mul", ["t", "f"], "mL", "mL per dose"),
   ("day", "mul", ["ml", "n"], "mL/day", "mL per day"),
   ("tot", "mul", ["day", "days"], "mL", "total volume")],
  ["{Pt} takes {t} of {drug} syrup {n#} times a day for {days} (1 tsp = 5 mL).",
   "The instructions say {t} of {drug}, {n#} times daily, for {days}. One teaspoon is 5 mL."],
  ["How many mL are needed for the full course?", "What total volume in mL is used?"])

T("maint_421", dict(w="kg", a="mL/kg/h", b="mL/kg/h", c="mL/kg/h"),
  lambda r: dict(w=_c(r, range(21, 46)), a=4, b=2, c=1),
  [("f1", "mul", ["#10|kg", "a"], "mL/h", "rate for the first 10 kg"),
   ("f2", "mul", ["#10|kg", "b"], "mL/h", "rate for the next 10 kg"),
   ("rest", "sub", ["w", "#20|kg"], "kg", "remaining weight"),
   ("f3", "mul", ["rest", "c"], "mL/h", "rate for the remaining weight"),
   ("tot", "sum", ["f1", "f2", "f3"], "mL/h", "maintenance rate")],
  ["Using the 4-2-1 rule (4 mL/kg/h for the first 10 kg, 2 mL/kg/h for the next 10 kg, 1 mL/kg/h for each kg above 20), find maintenance fluids for {pt}, who weighs {w}.",
   "{Pt} weighs {w}. Maintenance IV fluids are calculated with the 4-2-1 rule: 4 mL/kg/h for kg 1–10, 2 mL/kg/h for kg 11–20, and 1 mL/kg/h beyond that."],
  ["What is the hourly rate in mL/h?", "What maintenance rate should be ordered, in mL/h?"])

T("generic_savings", dict(q="tablets", bp="$", gp="$"),
  lambda r: dict(q=_c(r, [30, 60, 90]), bp=_c(r, ["2.40", "1.85", "3.10", "4.50"]), gp=_c(r, ["0.35", "0.20", "0.45", "0.60"])),
  [("brand", "mul", ["q", "bp"], "$", "brand-name cost"),
   ("gen", "mul", ["q", "gp"], "$", "generic cost"),
   ("save", "sub", ["brand", "gen"], "$", "savings")],
  ["A {q} supply of brand-name {drug} costs {bp} per tablet, while the generic costs {gp} per tablet.",
   "{Pt} can fill {q} of {drug} as the brand at {bp} each or as a generic at {gp} each."],
  ["How much is saved by choosing the generic?", "How many dollars does the generic save?"])

T("half_tabs_week", dict(o="mg", t="mg", days="days"),
  lambda r: (lambda t: dict(o=t / 2, t=t, days=_c(r, [7, 14, 28, 30])))(_c(r, [10, 20, 50, 100, 25])),
  [("tabs", "div", ["o", "t"], "tablet", "tablets per dose"),
   ("tot", "mul", ["tabs", "days"], "tablets", "tablets needed")],
  ["{Pt} takes {o} of {drug} once daily, but the tablets are scored {t} tablets.",
   "The order is {drug} {o} daily for {days}. Only {t} tablets are stocked, which can be split."],
  ["How many whole tablets are used over {days}?", "How many tablets are used in {days}?"])

T("med_rounds", dict(p="patients", m="meds", t="min"),
  lambda r: dict(p=_c(r, [4, 5, 6, 8]), m=_c(r, [3, 4, 5, 6]), t=_c(r, [2, 3, 4])),
  [("doses", "mul", ["p", "m"], "doses", "number of doses"),
   ("time", "mul", ["doses", "t"], "min", "time needed")],
  ["A nurse has {p} on the 0900 med pass, and each patient receives {m}. Each medication takes about {t} to prepare and give.",
   "On a med round there are {p}, each with {m} due. Giving one medication takes {t}."],
  ["How many minutes will the med pass take?", "How long, in minutes, is the round?"])

T("bags_per_day", dict(r="mL/h", bag="mL"),
  lambda r: dict(r=_c(r, [125, 100, 75, 150, 50, 250]), bag=_c(r, [500, 1000, 250])),
  [("day", "mul", ["r", "#24|h"], "mL", "volume per day"),
   ("bags", "div", ["day", "bag"], "bags", "number of bags")],
  ["IV fluids are running continuously at {r}. The fluid comes in {bag} bags.",
   "{Pt}'s maintenance fluid is ordered at {r} around the clock; each bag holds {bag}."],
  ["How many bags are used in 24 hours?", "How many bags will be needed per day?"])

T("insulin", dict(carb="g", ratio="g/unit", corr="units"),
  lambda r: (lambda ra: dict(carb=ra * _c(r, [4, 5, 6, 8]), ratio=ra, corr=_c(r, [1, 2, 3, 4])))(_c(r, [10, 12, 15, 8])),
  [("meal", "div", ["carb", "ratio"], "units", "meal dose"),
   ("tot", "add", ["meal", "corr"], "units", "total insulin")],
  ["{Pt} will eat {carb} of carbohydrate. The insulin-to-carb ratio is 1 unit per {ratio#} g, and a correction dose of {corr} is also needed.",
   "A meal has {carb} of carbs. The order: 1 unit of rapid-acting insulin for every {ratio#} g of carbohydrate, plus {corr} for the current glucose."],
  ["How many units of insulin are given?", "What is the total insulin dose in units?"])

T("q_hours", dict(q="hours", mg="mg"),
  lambda r: dict(q=_c(r, [4, 6, 8, 12]), mg=_c(r, [250, 500, 125, 50, 20, 650])),
  [("n", "div", ["#24|h", "q"], "doses", "number of doses in 24 h"),
   ("tot", "mul", ["n", "mg"], "mg", "total per day")],
  ["{Drug} {mg} is ordered every {q} (q{q#}h), around the clock.",
   "{Pt} receives {mg} of {drug} every {q}, starting at 0600."],
  ["How many mg are given in 24 hours?", "What is the total daily amount in mg?"])

T("price_per_ml", dict(v="mL", p="$", n="mL"),
  lambda r: dict(v=_c(r, [100, 200, 150]), p=_c(r, ["18.00", "24.00", "30.00", "12.00"]), n=_c(r, [5, 10, 15, 20])),
  [("per", "div", ["p", "v"], "$", "cost per mL"),
   ("dose", "mul", ["per", "n"], "$", "cost of one dose")],
  ["A {v} bottle of {drug} costs {p}. Each dose is {n}.",
   "The pharmacy's {v} bottle of {drug} is priced at {p}; {pt} takes {n} per dose."],
  ["What does one dose cost?", "How much money is one dose worth?"])

T("two_drug_cost", dict(a="$", na="doses", b="$", nb="doses", fee="$"),
  lambda r: dict(a=_c(r, ["4.20", "6.50", "3.75", "8.00"]), na=_c(r, [10, 14, 20]), b=_c(r, ["1.10", "2.25", "0.90", "5.00"]), nb=_c(r, [7, 28, 30]), fee=_c(r, ["5.00", "2.50", "10.00"])),
  [("ca", "mul", ["na", "a"], "$", "cost of the first drug"),
   ("cb", "mul", ["nb", "b"], "$", "cost of the second drug"),
   ("tot", "sum", ["ca", "cb", "fee"], "$", "total bill")],
  ["{Pt} picks up {na#} doses of {drug} at {a} each and {nb#} doses of {drug2} at {b} each, plus a {fee} dispensing fee.",
   "A pharmacy bill lists {drug}: {na#} doses at {a}; {drug2}: {nb#} doses at {b}; and a flat fee of {fee}."],
  ["What is the total bill?", "How much does {pt} pay in all?"])

T("intake_total", dict(a="mL", b="mL", c="mL", out="mL"),
  lambda r: dict(a=_c(r, [240, 180, 120, 360]), b=_c(r, [500, 1000, 750]), c=_c(r, [50, 100, 150]), out=_c(r, [600, 800, 950, 1200])),
  [("inn", "sum", ["a", "b", "c"], "mL", "total intake"),
   ("bal", "sub", ["inn", "out"], "mL", "fluid balance")],
  ["During a shift {pt} drank {a}, received {b} of IV fluid and {c} of IV antibiotic. Urine output was {out}.",
   "Intake: oral {a}, IV maintenance {b}, IVPB {c}. Output: {out} of urine."],
  ["What is the net fluid balance in mL?", "By how many mL did intake exceed output?"])

T("loading_then_maint", dict(w="kg", ld="mg/kg", md="mg/kg", n="doses"),
  lambda r: dict(w=_c(r, [50, 60, 70, 80, 64]), ld=_c(r, [20, 25, 15]), md=_c(r, [5, 10]), n=_c(r, [2, 3, 4])),
  [("load", "mul", ["w", "ld"], "mg", "loading dose"),
   ("maint", "mul", ["w", "md"], "mg", "maintenance dose"),
   ("mtot", "mul", ["maint", "n"], "mg", "maintenance total"),
   ("tot", "add", ["load", "mtot"], "mg", "total on day one")],
  ["A {w} patient gets a {drug} loading dose of {ld}, followed the same day by {n#} maintenance doses of {md} each.",
   "{Pt} weighs {w}. Day one of {drug}: one loading dose at {ld}, then {n#} maintenance doses at {md}."],
  ["How many mg of {drug} are given on day one?", "What is the total amount given on the first day, in mg?"])

T("percent_reduce", dict(o="mg", pc="%"),
  lambda r: dict(o=_c(r, [200, 400, 500, 800, 1000, 600]), pc=_c(r, [25, 50, 20, 10])),
  [("cut", "pct", ["pc", "o"], "mg", "reduction"),
   ("new", "sub", ["o", "cut"], "mg", "new dose")],
  ["{Pt} has been taking {drug} {o} daily. Because of kidney function, the dose is reduced by {pc#}%.",
   "The renal team lowers {pt}'s {drug} dose of {o} by {pc#}%."],
  ["What is the new daily dose in mg?", "How many mg is the reduced dose?"])

T("nurse_hours_pay", dict(h="hours", p="$", s="shifts"),
  lambda r: dict(h=_c(r, [8, 12, 10]), p=_c(r, ["38.50", "42.00", "45.25", "36.00"]), s=_c(r, [3, 4, 5])),
  [("per", "mul", ["h", "p"], "$", "pay per shift"),
   ("tot", "mul", ["per", "s"], "$", "weekly pay")],
  ["An agency nurse works {s} this week, each {h} long, at {p} per hour.",
   "A travel nurse is paid {p} an hour and works {s} of {h} each."],
  ["How much does the nurse earn this week?", "What are the nurse's earnings for the week?"])
