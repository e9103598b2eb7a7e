"""Problem structures for the reading / printing / publishing genre."""
from fractions import Fraction as F
import math

from core import plain, money


def N(x, unit=""):
    return (F(x), "n", unit)


def M(x):
    return (F(x), "$", "")


def P(x):
    return (F(x) / 100, "%", "")


def ceil(x):
    return math.ceil(x)


def floor(x):
    return math.floor(x)


def fs(x):
    return plain(F(x))


def fm(x):
    return money(F(x))


def fm0(x):
    return money(F(x), drop_cents=True)


def mk(x):
    """money from cents int"""
    return F(x, 100)


# contexts: (name, subject, object, possessive)
PEOPLE = [
    ("Maya", "she", "her", "her"), ("Jordan", "he", "him", "his"),
    ("Priya", "she", "her", "her"), ("Mr. Alvarez", "he", "him", "his"),
    ("Ms. Chen", "she", "her", "her"), ("Leo", "he", "him", "his"),
    ("Aisha", "she", "her", "her"), ("Daniel", "he", "him", "his"),
    ("Grace", "she", "her", "her"), ("Tomás", "he", "him", "his"),
    ("Hannah", "she", "her", "her"), ("Mrs. Okafor", "she", "her", "her"),
    ("Ethan", "he", "him", "his"), ("Sofia", "she", "her", "her"),
    ("Mr. Brennan", "he", "him", "his"), ("Nadia", "she", "her", "her"),
]

MONTHS = [("January", 31), ("March", 31), ("April", 30), ("May", 31),
          ("June", 30), ("September", 30), ("October", 31), ("November", 30)]
NEXT = {"January": "February", "March": "April", "April": "May", "May": "June",
        "June": "July", "September": "October", "October": "November",
        "November": "December"}


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- kinds
# each kind: draw(rng, fr) -> dict ; text(n, c, fr) -> str ; solve(b, n, c, fr)


def d_days_left(r, fr):
    p = r.choice([12, 15, 18, 20, 24, 25, 30, 35, 40, 45])
    N_ = r.randrange(180, 640, 2)
    rd = r.randrange(20, N_ // 2)
    return {"N": N_, "r": rd, "p": p}


def t_days_left(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} is reading a {n['N']}-page novel for {po} book club. {cap(su)} has already "
                f"read {n['r']} pages and plans to read {n['p']} pages a day from now on. How many more "
                f"days will it take {ob} to finish the book?")
    return (f"A library book has {n['N']:,} pages. {nm} got through the first {n['r']} pages over the "
            f"weekend. If {su} reads {n['p']} pages every day after that, how many days will {su} need "
            f"to finish the book?")


def s_days_left(b, n, c, fr):
    nm = c[0]
    rem = b.calc("Pages left", "First, find how many pages are still unread.",
                 [N(n["N"], "pages"), "-", N(n["r"], "pages")], unit="pages",
                 after="So {r} pages are left.")
    days = b.calc("Days needed", f"Divide the pages left by the {n['p']} pages read each day.",
                  [N(rem, "pages"), "/", N(n["p"], "pages per day")], unit="days", nd=2)
    if days.denominator == 1:
        b.text("Result", f"That divides evenly, so {nm} needs exactly {fs(days)} days.")
        ans = days
    else:
        fl = floor(days)
        ans = fl + 1
        b.calc("Check", f"{fs(days)} is not a whole number. After {fl} days {nm} would have read",
               [N(fl), "*", N(n["p"])], unit="pages", check=True,
               after=f"which is short of {fs(rem)}, so one more (partial) day is needed: {ans} days.")
    b.answer(F(ans), "n", f"{nm} needs {ans} more days to finish the book.")


def d_wpm(r, fr):
    s = r.choice([180, 200, 225, 240, 250, 275, 300, 320])
    m = r.randrange(240, 900, 6)
    if r.random() < 0.3:
        m = r.randrange(240, 900, 60)
    W = s * m
    d = r.choice([20, 25, 30, 40, 45, 50])
    return {"s": s, "W": W, "m": m, "d": d}


def t_wpm(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} reads at about {n['s']} words per minute. The novel {su} just borrowed is "
                f"roughly {n['W']:,} words long. How many hours will it take {ob} to read the whole "
                f"book?")
    return (f"A {n['W']:,}-word book is on {nm}'s summer reading list. {cap(su)} reads {n['s']} words "
            f"per minute and sets aside {n['d']} minutes each day for reading. How many days will it "
            f"take {ob} to finish the book?")


def s_wpm(b, n, c, fr):
    nm = c[0]
    mins = b.calc("Total reading time in minutes", "Divide the word count by the reading speed.",
                  [N(n["W"], "words"), "/", N(n["s"], "words per minute")], unit="minutes",
                  after="It takes about {r} minutes of reading.")
    if fr == 0:
        hrs = b.calc("Convert to hours", "There are 60 minutes in an hour.",
                     [N(mins, "minutes"), "/", N(60)], unit="hours", nd=2)
        b.answer(hrs, "n", f"It will take {nm} about {fs(hrs)} hours to read the book.")
    else:
        days = b.calc("Days", f"{nm} reads {n['d']} minutes a day.",
                      [N(mins, "minutes"), "/", N(n["d"], "minutes per day")], unit="days", nd=2)
        if days.denominator == 1:
            ans = days
            b.text("Result", f"That is exactly {fs(days)} days.")
        else:
            ans = F(floor(days) + 1)
            b.text("Round up", f"{fs(days)} days means {floor(days)} full days plus part of another, "
                   f"so {nm} needs {ans} days.")
        b.answer(F(ans), "n", f"{nm} will finish the book in {ans} days.")


def d_words(r, fr):
    return {"c": r.randint(8, 32), "p": r.randint(9, 28), "w": r.choice([250, 275, 280, 300, 320, 350, 360, 400]),
            "q": r.randint(3, 12)}


def t_words(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} is laying out a novel with {n['c']} chapters. Each chapter fills about {n['p']} "
                f"pages, and a typical page holds {n['w']} words. About how many words are in the novel?")
    return (f"{nm}'s manuscript has {n['c']} chapters of {n['p']} pages each, plus a {n['q']}-page "
            f"epilogue. If every page averages {n['w']} words, how many words long is the manuscript?")


def s_words(b, n, c, fr):
    if fr == 0:
        pages = b.calc("Total pages", "Multiply the number of chapters by the pages per chapter.",
                       [N(n["c"], "chapters"), "*", N(n["p"], "pages")], unit="pages",
                       after="The novel is {r} pages long.")
    else:
        ch = b.calc("Chapter pages", "Pages in the chapters:", [N(n["c"], "chapters"), "*", N(n["p"], "pages")],
                    unit="pages")
        pages = b.calc("Add the epilogue", "Now add the epilogue.", [N(ch, "pages"), "+", N(n["q"], "pages")],
                       unit="pages", after="That makes {r} pages in total.")
    words = b.calc("Total words", f"Each page has about {n['w']} words.",
                   [N(pages, "pages"), "*", N(n["w"], "words per page")], unit="words")
    b.answer(words, "n", f"The {'novel' if fr == 0 else 'manuscript'} is about {fs(words)} words long.")


def d_printcost(r, fr):
    n = r.choice([500, 750, 1000, 1200, 1500, 2000, 2500, 3000, 400, 600])
    Fx = r.choice([350, 400, 450, 600, 750, 800, 900, 1200, 275, 525])
    u = mk(r.randrange(185, 690, 5))
    s = mk(r.randrange(900, 2400, 100) - 1)
    return {"n": n, "F": F(Fx), "u": u, "s": s}


def t_printcost(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} is self-publishing a poetry collection. The printer charges a {fm0(n['F'])} setup "
                f"fee plus {fm(n['u'])} per copy. If {su} orders a run of {n['n']:,} copies, what is the "
                f"cost per copy, to the nearest cent?")
    return (f"A small press prints {n['n']:,} copies of a cookbook. Printing costs {fm(n['u'])} per copy "
            f"plus a one-time {fm0(n['F'])} plate fee. If every copy sells for {fm(n['s'])}, how much "
            f"profit does the press make on the whole run?")


def s_printcost(b, n, c, fr):
    var = b.calc("Printing cost for all copies", "Start with the per-copy printing charge.",
                 [N(n["n"], "copies"), "*", M(n["u"])], fmt="$", after="The copies themselves cost {r}.")
    tot = b.calc("Total cost", "Add the fixed fee.", [M(var), "+", M(n["F"])], fmt="$",
                 after="The whole run costs {r}.")
    if fr == 0:
        per = b.calc("Cost per copy", "Spread the total over the copies.", [M(tot), "/", N(n["n"], "copies")],
                     fmt="$", nd=2)
        b.answer(per, "$", f"Each copy costs about {fm(per)}.")
    else:
        rev = b.calc("Sales", "Money from selling every copy:", [N(n["n"], "copies"), "*", M(n["s"])], fmt="$")
        prof = b.calc("Profit", "Subtract the total cost from the sales.", [M(rev), "-", M(tot)], fmt="$")
        b.answer(prof, "$", f"The press makes a profit of {fm(prof)}.")


def d_reams(r, fr):
    d = r.choice([4, 6, 8, 10, 12, 14, 16, 18, 20, 24]) if fr == 1 else r.randint(3, 17)
    n = r.choice([45, 60, 75, 90, 120, 150, 180, 210, 240, 32, 85, 130])
    return {"d": d, "n": n}


def t_reams(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} needs to print {n['n']} copies of a {n['d']}-page study packet, single-sided. Paper "
                f"comes in reams of 500 sheets. How many reams should {su} open?")
    return (f"The school newsletter is {n['d']} pages long and is printed double-sided. {nm} is printing "
            f"{n['n']} copies. With 500 sheets in a ream, how many reams of paper are needed?")


def s_reams(b, n, c, fr):
    if fr == 0:
        sheets = b.calc("Sheets needed", "Single-sided means one sheet per page.",
                        [N(n["n"], "copies"), "*", N(n["d"], "sheets")], unit="sheets",
                        after="That is {r} sheets of paper.")
    else:
        per = b.calc("Sheets per copy", "Double-sided printing puts 2 pages on each sheet.",
                     [N(n["d"], "pages"), "/", N(2)], unit="sheets")
        sheets = b.calc("Sheets for all copies", "Multiply by the number of copies.",
                        [N(per, "sheets"), "*", N(n["n"], "copies")], unit="sheets")
    reams = b.calc("Reams", "Each ream has 500 sheets.", [N(sheets, "sheets"), "/", N(500)], unit="reams", nd=2)
    if reams.denominator == 1:
        ans = reams
        b.text("Result", f"That comes out to exactly {fs(reams)} reams.")
    else:
        ans = F(floor(reams) + 1)
        b.text("Round up", f"You can't buy part of a ream, so round {fs(reams)} up to {ans} reams.")
    b.answer(ans, "n", f"{c[0]} needs {ans} reams of paper.")


def d_reamcost(r, fr):
    return {"s": r.choice([24, 28, 30, 32, 25, 26, 27, 29]), "k": r.choice([15, 18, 20, 22, 25, 30, 35, 40]),
            "cl": r.randint(3, 6), "pr": mk(r.randrange(499, 1099, 50))}


def t_reamcost(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} teaches {n['cl']} classes of {n['s']} students. {cap(su)} expects each student to use "
                f"{n['k']} sheets of paper this term. Paper costs {fm(n['pr'])} per 500-sheet ream. How much "
                f"will the paper cost if {su} buys whole reams?")
    return (f"For a writing workshop, {nm} hands each of {n['cl']} groups of {n['s']} writers {n['k']} sheets "
            f"of paper. A ream (500 sheets) costs {fm(n['pr'])}. What does the paper cost, buying only full reams?")


def s_reamcost(b, n, c, fr):
    ppl = b.calc("People", "Count everyone first.", [N(n["cl"]), "*", N(n["s"])], unit="students" if fr == 0 else "writers")
    sh = b.calc("Sheets", "Then the total sheets.", [N(ppl), "*", N(n["k"], "sheets")], unit="sheets")
    rm = b.calc("Reams", "Convert sheets to reams.", [N(sh, "sheets"), "/", N(500)], unit="reams", nd=2)
    whole = rm if rm.denominator == 1 else F(floor(rm) + 1)
    if rm.denominator != 1:
        b.text("Round up", f"Since {fs(rm)} reams isn't a whole number, buy {whole} reams.")
    cost = b.calc("Cost", "Multiply by the price per ream.", [N(whole, "reams"), "*", M(n["pr"])], fmt="$")
    b.answer(cost, "$", f"The paper costs {fm(cost)}.")


def d_ink(r, fr):
    # cost per page terminating at <= 4 decimals
    y = r.choice([200, 250, 400, 500, 800, 1000, 1250, 1600, 2000, 2500])
    C = mk(r.randrange(1800, 6500, 1)) 
    while ((C / y) * 10000).denominator != 1:
        C = mk(r.randrange(1800, 6500, 1))
    y2 = y * r.choice([2, 3, 4])
    C2 = mk(r.randrange(int(C * 100) + 500, int(C * 100) * 2, 1))
    while ((C2 / y2) * 10000).denominator != 1 or C2 / y2 >= C / y:
        C2 = mk(r.randrange(int(C * 100) + 500, int(C * 200), 1))
    Pg = r.choice([1200, 1500, 2000, 2400, 3000, 3600, 4000, 5000, 6000])
    return {"y": y, "C": C, "y2": y2, "C2": C2, "P": Pg}


def t_ink(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"An ink cartridge costs {fm(n['C'])} and prints about {n['y']:,} pages. {nm} expects to print "
                f"{n['P']:,} pages of lesson handouts this semester. What will the ink for those pages cost?")
    return (f"{nm} can buy a standard toner cartridge for {fm(n['C'])} that prints {n['y']:,} pages, or an XL "
            f"cartridge for {fm(n['C2'])} that prints {n['y2']:,} pages. How much would {su} save on "
            f"{n['P']:,} pages by using the XL cartridge?")


def s_ink(b, n, c, fr):
    cpp = b.calc("Cost per page", "Divide the cartridge price by its page yield.",
                 [M(n["C"]), "/", N(n["y"], "pages")], fmt="$", nd=4,
                 after="Each page costs {r} in ink.")
    if fr == 0:
        tot = b.calc("Cost for all pages", f"Now multiply by {n['P']:,} pages.", [N(n["P"], "pages"), "*", M(cpp)],
                     fmt="$")
        b.answer(tot, "$", f"The ink costs {fm(tot)}.")
    else:
        cpp2 = b.calc("XL cost per page", "Do the same for the XL cartridge.",
                      [M(n["C2"]), "/", N(n["y2"], "pages")], fmt="$", nd=4)
        a = b.calc("Standard cost", "Cost with standard cartridges:", [N(n["P"], "pages"), "*", M(cpp)], fmt="$")
        x = b.calc("XL cost", "Cost with XL cartridges:", [N(n["P"], "pages"), "*", M(cpp2)], fmt="$")
        sv = b.calc("Savings", "Subtract.", [M(a), "-", M(x)], fmt="$")
        b.answer(sv, "$", f"{c[0]} would save {fm(sv)} with the XL cartridge.")


def d_royalty(r, fr):
    L = mk(r.choice([1499, 1599, 1699, 1799, 1899, 1995, 2499, 2599, 2795, 2999, 3500, 1200, 1600, 2000]))
    pct = r.choice([5, 6, 7.5, 8, 10, 12, 12.5, 15])
    n = r.choice([1200, 2500, 3000, 4000, 4500, 6000, 8000, 10000, 12500, 15000])
    per = L * F(pct) / 100
    A = int(per * n * F(r.choice([40, 50, 60, 70, 75])) / 100 / 500) * 500
    return {"L": L, "pct": F(pct), "n": n, "A": F(max(A, 500))}


def t_royalty(n, c, fr):
    nm, su, ob, po = c
    pct = fs(n["pct"])
    if fr == 0:
        return (f"{nm}'s picture book lists for {fm(n['L'])}. {cap(su)} earns a royalty of {pct}% of the "
                f"list price on every copy sold. How much does {su} earn in royalties if {n['n']:,} copies "
                f"sell?")
    return (f"{nm} received a {fm0(n['A'])} advance for {po} first novel, which lists at {fm(n['L'])}. The "
            f"contract pays {pct}% of list price per copy, and royalties go against the advance first. After "
            f"{n['n']:,} copies are sold, how much money is {nm} owed beyond the advance?")


def s_royalty(b, n, c, fr):
    per = b.calc("Royalty per copy", f"Find {fs(n['pct'])}% of the list price.", [P(n["pct"]), "*", M(n["L"])],
                 fmt="$", nd=4, after="Each copy earns {r}.")
    tot = b.calc("Total royalties", "Multiply by the number of copies sold.", [M(per), "*", N(n["n"], "copies")],
                 fmt="$", nd=2)
    if fr == 0:
        b.answer(tot, "$", f"{c[0]} earns {fm(tot)} in royalties.")
    else:
        owe = b.calc("Beyond the advance", "Subtract the advance that was already paid.",
                     [M(tot), "-", M(n["A"])], fmt="$", nd=2)
        b.answer(owe, "$", f"{c[0]} is owed {fm(owe)} beyond the advance.")


def d_fines(r, fr):
    f = mk(r.choice([10, 15, 20, 25, 30, 35, 50, 75]))
    return {"f": f, "d": r.randint(4, 23), "b": r.randint(2, 6), "d2": r.randint(2, 19)}


def t_fines(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"The library charges {fm(n['f'])} per day for each overdue book. {nm} returned {n['b']} books "
                f"that were all {n['d']} days late. How much does {su} owe in fines?")
    return (f"{nm} returned two overdue books. One was {n['d']} days late and the other was {n['d2']} days "
            f"late. If the fine is {fm(n['f'])} per book per day, what is {po} total fine?")


def s_fines(b, n, c, fr):
    if fr == 0:
        one = b.calc("Fine for one book", "Fine per book:", [N(n["d"], "days"), "*", M(n["f"])], fmt="$",
                     after="One book costs {r}.")
        tot = b.calc("All books", f"{c[0]} returned {n['b']} books.", [N(n["b"], "books"), "*", M(one)], fmt="$")
    else:
        a = b.calc("First book", "First book:", [N(n["d"], "days"), "*", M(n["f"])], fmt="$")
        x = b.calc("Second book", "Second book:", [N(n["d2"], "days"), "*", M(n["f"])], fmt="$")
        tot = b.calc("Total fine", "Add the two fines.", [M(a), "+", M(x)], fmt="$")
    b.answer(tot, "$", f"The total fine is {fm(tot)}.")


def d_due(r, fr):
    mo, ml = r.choice(MONTHS)
    L = 21 if fr == 0 else 14
    D = r.randint(ml - L + 2, ml)
    due = D + L - ml
    R = due + r.randint(2, 12)
    f = mk(r.choice([10, 15, 20, 25, 30, 50]))
    return {"mo": mo, "ml": ml, "L": L, "D": D, "R": R, "f": f}


def t_due(n, c, fr):
    nm, su, ob, po = c
    nx = NEXT[n["mo"]]
    if fr == 0:
        return (f"{nm} checked out a book on {n['mo']} {n['D']}. The loan period is 21 days, and the library "
                f"charges {fm(n['f'])} for each day a book is late. {cap(su)} returned it on {nx} {n['R']}. "
                f"How much is the fine?")
    return (f"A DVD borrowed from the public library on {n['mo']} {n['D']} is due back in 14 days. {nm} "
            f"brought it back on {nx} {n['R']}. Late items cost {fm(n['f'])} per day. What fine does {nm} pay?")


def s_due(b, n, c, fr):
    nx = NEXT[n["mo"]]
    x = b.calc("Count forward", f"Add the {n['L']}-day loan to the checkout date.", [N(n["D"]), "+", N(n["L"])],
               after=f"Day {{r}} of {n['mo']} doesn't exist, because {n['mo']} has {n['ml']} days.")
    dd = b.calc("Due date", f"Subtract the {n['ml']} days of {n['mo']}.", [N(x), "-", N(n["ml"])],
                after=f"So the item was due on {nx} {{r}}.")
    late = b.calc("Days late", f"It came back on {nx} {n['R']}.", [N(n["R"]), "-", N(dd)], unit="days",
                  after="That is {r} days late.")
    fine = b.calc("Fine", "Multiply by the daily fine.", [N(late, "days"), "*", M(n["f"])], fmt="$")
    b.answer(fine, "$", f"The fine is {fm(fine)}.")


def d_ppd(r, fr):
    N_ = r.randrange(150, 600)
    rd = r.randrange(10, N_ // 2)
    D = r.randint(4, 14) if fr == 0 else r.randint(1, 3)
    return {"N": N_, "r": rd, "D": D}


def t_ppd(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} has to finish a {n['N']}-page book for English class in {n['D']} days. {cap(su)} has "
                f"already read {n['r']} pages. How many pages per day must {su} read, at minimum, to finish "
                f"on time? (Give a whole number of pages.)")
    wk = "week" if n["D"] == 1 else "weeks"
    return (f"{nm}'s book club meets in {n['D']} {wk}. The book is {n['N']} pages and {su} is starting page "
            f"{n['r'] + 1}, so the first {n['r']} pages are done. What is the fewest whole pages {su} can read "
            f"per day to be done by the meeting?")


def s_ppd(b, n, c, fr):
    rem = b.calc("Pages remaining", "Pages still to read:", [N(n["N"], "pages"), "-", N(n["r"], "pages")],
                 unit="pages", after="There are {r} pages to go.")
    if fr == 0:
        days = F(n["D"])
    else:
        days = b.calc("Days available", "Turn weeks into days.", [N(n["D"], "weeks"), "*", N(7)], unit="days")
    per = b.calc("Pages per day", "Split the remaining pages evenly over the days.",
                 [N(rem, "pages"), "/", N(days, "days")], unit="pages per day", nd=2)
    if per.denominator == 1:
        ans = per
        b.text("Result", f"It divides evenly: {fs(per)} pages a day.")
    else:
        ans = F(floor(per) + 1)
        b.calc("Check", f"Reading only {floor(per)} pages a day would cover",
               [N(floor(per)), "*", N(days)], unit="pages", check=True,
               after=f"which is less than {fs(rem)}, so round up to {ans} pages a day.")
    b.answer(ans, "n", f"{c[0]} needs to read at least {ans} pages per day.")


def d_press(r, fr):
    R = r.choice([800, 1000, 1200, 1500, 1600, 2000, 2400, 2500])
    h = r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 20])
    k = r.choice([F(1, 2), F(1, 4), F(3, 4), F(0), F(1, 2)])
    n = int(R * (h + k))
    R2 = r.choice([500, 600, 1000, 1400, 1800])
    n2 = (R + R2) * r.choice([3, 4, 5, 6, 8, 10]) + (R + R2) // 2 * r.choice([0, 1])
    return {"R": R, "n": n, "su": r.choice([F(1, 2), F(3, 4), F(1), F(5, 4), F(3, 2)]), "R2": R2, "n2": n2}


def t_press(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"A printing press turns out {n['R']:,} copies of the weekly paper per hour. The run is "
                f"{n['n']:,} copies, and setting up the plates takes {fs(n['su'])} hours before printing starts. "
                f"How many hours does the whole job take?")
    return (f"{nm}'s print shop runs two presses at once on a {n['n2']:,}-copy flyer order. One press prints "
            f"{n['R']:,} copies per hour and the other prints {n['R2']:,} copies per hour. How many hours will "
            f"the order take?")


def s_press(b, n, c, fr):
    if fr == 0:
        h = b.calc("Printing time", "Divide the run by the press speed.", [N(n["n"], "copies"), "/", N(n["R"], "copies per hour")],
                   unit="hours", nd=2)
        t = b.calc("Total time", "Add the setup time.", [N(h, "hours"), "+", N(n["su"], "hours")], unit="hours")
        b.answer(t, "n", f"The whole job takes {fs(t)} hours.")
    else:
        rt = b.calc("Combined rate", "Together the presses print", [N(n["R"]), "+", N(n["R2"])], unit="copies per hour")
        h = b.calc("Time", "Divide the order by the combined rate.", [N(n["n2"], "copies"), "/", N(rt, "copies per hour")],
                   unit="hours", nd=2)
        b.answer(h, "n", f"The order takes {fs(h)} hours.")


def d_sig(r, fr):
    w = r.choice([250, 275, 300, 320, 350, 400])
    W = r.randrange(42000, 98000, 500)
    fm_ = r.choice([6, 8, 10, 12, 14])
    return {"W": W, "w": w, "f": fm_, "sg": 16 if fr == 0 else 32}


def t_sig(n, c, fr):
    nm, su, ob, po = c
    return (f"{nm} is typesetting a {n['W']:,}-word memoir at about {n['w']} words per page. The book also "
            f"needs {n['f']} pages of front matter. The printer binds in {n['sg']}-page signatures, so the "
            f"page count must be rounded up to a multiple of {n['sg']}. How many printed pages will the book have?"
            if fr == 0 else
            f"A {n['W']:,}-word novel is set at {n['w']} words per page, with {n['f']} extra pages for the title "
            f"page, copyright page and contents. Printing is done in {n['sg']}-page signatures. What is the "
            f"final printed page count?")


def s_sig(b, n, c, fr):
    tp = b.calc("Text pages", "Divide the word count by the words per page.",
                [N(n["W"], "words"), "/", N(n["w"], "words per page")], unit="pages", nd=2)
    tpw = tp if tp.denominator == 1 else F(floor(tp) + 1)
    if tp.denominator != 1:
        b.text("Round up", f"A partial page still takes a full page, so that is {tpw} pages of text.")
    tot = b.calc("Add front matter", "Include the front matter.", [N(tpw, "pages"), "+", N(n["f"], "pages")],
                 unit="pages")
    sg = b.calc("Signatures", f"Divide by {n['sg']} pages per signature.", [N(tot, "pages"), "/", N(n["sg"])],
                unit="signatures", nd=2)
    sgw = sg if sg.denominator == 1 else F(floor(sg) + 1)
    if sg.denominator != 1:
        b.text("Round up", f"Round {fs(sg)} up to {sgw} signatures (any blank pages go at the back).")
    pp = b.calc("Printed pages", "Convert signatures back to pages.", [N(sgw, "signatures"), "*", N(n["sg"])],
                unit="pages")
    b.answer(pp, "n", f"The book will have {fs(pp)} printed pages.")


def d_classset(r, fr):
    return {"n": r.randint(18, 36), "p": mk(r.choice([599, 699, 799, 850, 899, 999, 1099, 1250, 1299, 795])),
            "d": r.choice([10, 15, 20, 25, 30, 12]), "sh": mk(r.choice([599, 750, 895, 1000, 1250]))}


def t_classset(n, c, fr):
    nm, su, ob, po = c
    if fr == 0:
        return (f"{nm} is ordering a class set of {n['n']} paperbacks at {fm(n['p'])} each. The bookstore gives "
                f"teachers a {n['d']}% discount. What is the total cost after the discount?")
    return (f"A school librarian, {nm}, buys {n['n']} copies of a graphic novel listed at {fm(n['p'])} each. "
            f"The distributor takes {n['d']}% off the order and then adds a flat {fm(n['sh'])} shipping charge. "
            f"How much does the order cost?")


def s_classset(b, n, c, fr):
    sub = b.calc("Subtotal", "Cost before the discount:", [N(n["n"], "books"), "*", M(n["p"])], fmt="$",
                 after="The subtotal is {r}.")
    disc = b.calc("Discount", f"Find {n['d']}% of the subtotal.", [P(n["d"]), "*", M(sub)], fmt="$", nd=2)
    tot = b.calc("After discount", "Subtract the discount.", [M(sub), "-", M(disc)], fmt="$")
    if fr == 1:
        tot = b.calc("Add shipping", "Add the shipping.", [M(tot), "+", M(n["sh"])], fmt="$")
    b.answer(tot, "$", f"The order costs {fm(tot)}.")


def d_toner(r, fr):
    return {"P": r.choice([150, 180, 200, 240, 250, 300, 320, 350, 400, 450]), "wk": r.choice([52, 36, 40]),
            "Y": r.choice([2000, 2500, 3000, 3500, 5000, 6000]), "C": mk(r.choice([4999, 6450, 7900, 8995, 11200, 12999]))}


def t_toner(n, c, fr):
    nm, su, ob, po = c
    per = "year (52 weeks)" if n["wk"] == 52 else f"school year ({n['wk']} weeks)"
    if fr == 0:
        return (f"{nm}'s office prints about {n['P']} pages a week. A toner cartridge lasts {n['Y']:,} pages and "
                f"costs {fm(n['C'])}. How much will toner cost for a {per}?")
    return (f"The copier in the teachers' lounge handles roughly {n['P']} pages every week for a {per}. Each toner "
            f"cartridge is rated for {n['Y']:,} pages and costs {fm(n['C'])}. {nm} needs to budget for whole "
            f"cartridges. How much should {su} budget?")


def s_toner(b, n, c, fr):
    pages = b.calc("Pages per period", "Total pages printed:", [N(n["P"], "pages"), "*", N(n["wk"], "weeks")],
                   unit="pages", after="That is {r} pages.")
    cart = b.calc("Cartridges", "Divide by the yield of one cartridge.", [N(pages, "pages"), "/", N(n["Y"], "pages")],
                  unit="cartridges", nd=2)
    cw = cart if cart.denominator == 1 else F(floor(cart) + 1)
    if cart.denominator != 1:
        b.text("Round up", f"{fs(cart)} cartridges means buying {cw} whole cartridges.")
    cost = b.calc("Cost", "Multiply by the price.", [N(cw, "cartridges"), "*", M(n["C"])], fmt="$")
    b.answer(cost, "$", f"Toner will cost {fm(cost)}.")


def d_log(r, fr):
    days = [r.randint(12, 68) for _ in range(5)]
    return {"pg": days, "G": sum(days) + r.randint(15, 90)}


def t_log(n, c, fr):
    nm, su, ob, po = c
    d = n["pg"]
    lst = f"{d[0]}, {d[1]}, {d[2]}, {d[3]} and {d[4]}"
    if fr == 0:
        return (f"{nm}'s reading log for Monday through Friday shows {lst} pages. What is the average number of "
                f"pages {su} read per day?")
    return (f"{nm} set a goal of {n['G']} pages this week. From Monday to Friday {su} read {lst} pages. How many "
            f"pages does {su} need to read over the weekend to meet the goal?")


def s_log(b, n, c, fr):
    d = n["pg"]
    toks = []
    for i, x in enumerate(d):
        if i:
            toks.append("+")
        toks.append(N(x))
    tot = b.calc("Total pages", "Add up the five days.", toks, unit="pages", after="That is {r} pages in all.")
    if fr == 0:
        av = b.calc("Average", "Divide by the 5 days.", [N(tot, "pages"), "/", N(5, "days")], unit="pages per day", nd=2)
        b.answer(av, "n", f"{c[0]} read an average of {fs(av)} pages per day.")
    else:
        left = b.calc("Still needed", "Subtract from the goal.", [N(n["G"], "pages"), "-", N(tot, "pages")],
                      unit="pages")
        b.answer(left, "n", f"{c[0]} needs to read {fs(left)} more pages over the weekend.")


KINDS = [
    ("days-left", d_days_left, t_days_left, s_days_left),
    ("wpm-time", d_wpm, t_wpm, s_wpm),
    ("book-words", d_words, t_words, s_words),
    ("print-cost", d_printcost, t_printcost, s_printcost),
    ("reams", d_reams, t_reams, s_reams),
    ("ream-cost", d_reamcost, t_reamcost, s_reamcost),
    ("ink-cost", d_ink, t_ink, s_ink),
    ("royalty", d_royalty, t_royalty, s_royalty),
    ("fines", d_fines, t_fines, s_fines),
    ("due-date", d_due, t_due, s_due),
    ("pages-per-day", d_ppd, t_ppd, s_ppd),
    ("press-hours", d_press, t_press, s_press),
    ("signatures", d_sig, t_sig, s_sig),
    ("class-set", d_classset, t_classset, s_classset),
    ("toner", d_toner, t_toner, s_toner),
    ("reading-log", d_log, t_log, s_log),
]
