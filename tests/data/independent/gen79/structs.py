"""Problem structures for the crafts / sewing / knitting genre."""
from fractions import Fraction as F

NAMES = ["Maya", "Priya", "Grandma Rose", "Lena", "Aunt June", "Aisha", "Carmen", "Mei", "Beth",
         "Ngozi", "Hannah", "Marisol", "Ingrid", "Keiko", "Dana", "Rosa", "Sofia", "Nadia"]


def mixed(v):
    w = v.numerator // v.denominator
    fr = v - w
    if fr == 0:
        return str(w)
    return (f"{w} " if w else "") + f"{fr.numerator}/{fr.denominator}"


def money(v, cur="$"):
    if v.denominator == 1:
        return f"{cur}{int(v):,}"
    return f"{cur}{float(v):,.2f}"


def dec(v):
    s = f"{float(v):.3f}".rstrip("0").rstrip(".")
    return s


def price(rng, lo, hi):
    """price like 4.99, 12.50, 8.75, 6"""
    d = rng.randint(lo, hi)
    c = rng.choice([0, 0, 50, 99, 25, 75, 49, 95])
    return F(d) + F(c, 100)


S = []


def struct(name, fk):
    def deco(cls):
        S.append(dict(name=name, fk=fk, gen=cls.gen, texts=cls.texts, solve=cls.solve, answer=cls.answer))
        return cls
    return deco


@struct("quilt_packs", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), a=r.randint(6, 12), b=r.randint(7, 14),
                    k=r.choice([20, 24, 30, 40, 42]), pr=price(r, 7, 14))
    texts = [
        lambda p: f"{p['n']} is making a quilt that is {p['a']} squares wide and {p['b']} squares long. Precut squares come in packs of {p['k']} for {money(p['pr'])} a pack. How much will she spend on packs of squares?",
        lambda p: f"A baby quilt pattern calls for a grid of {p['a']} by {p['b']} squares. The shop sells charm packs of {p['k']} squares at {money(p['pr'])} each. If {p['n']} buys only whole packs, what does she pay?",
    ]

    def solve(s, p):
        n = s.op("mul", [(p["a"], "int"), (p["b"], "int")], "int", "number of squares", "squares")
        x = s.op("div", [(n, "int", "squares"), (p["k"], "int")], "dec", "packs needed", "packs")
        k = s.ceil(x, "dec", "whole packs", "packs")
        return s.op("mul", [(k, "int"), (p["pr"], "money")], "money", "cost of the packs")
    answer = lambda p, f: f"{p['n']} will spend {f} on charm packs."


@struct("seam_strip", "frac")
class _:
    def gen(r):
        w = F(r.randint(3, 9)) + F(r.choice([1, 3, 5, 7]), 8)
        return dict(n=r.choice(NAMES), w=w, sa=r.choice([F(1, 4), F(3, 8), F(5, 8), F(1, 2)]), k=r.randint(3, 8))
    texts = [
        lambda p: f"A pattern piece finishes at {mixed(p['w'])} inches wide. {p['n']} adds a {mixed(p['sa'])} inch seam allowance on both sides. If she cuts {p['k']} of these pieces side by side from one strip, how many inches of fabric width does she need?",
        lambda p: f"{p['n']} needs {p['k']} rectangles that each finish {mixed(p['w'])}\" wide, with a {mixed(p['sa'])}\" seam allowance added to each side. Laid edge to edge, how wide a strip (in inches) must she cut?",
    ]

    def solve(s, p):
        t = s.op("mul", [(2, "int"), (p["sa"], "frac", "in")], "frac", "total seam allowance", "in")
        c = s.op("add", [(p["w"], "frac", "in"), (t, "frac", "in")], "frac", "cut width of one piece", "in")
        return s.op("mul", [(p["k"], "int"), (c, "frac", "in")], "frac", "total strip width", "in")
    answer = lambda p, f: f"She needs a strip {f} inches wide."


@struct("yarn_skeins", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), y=r.randint(18, 64) * 25, s=r.choice([190, 200, 210, 220, 230, 250, 280]),
                    pr=price(r, 5, 13), item=r.choice(["sweater", "cardigan", "shawl", "blanket"]))
    texts = [
        lambda p: f"A {p['item']} pattern needs {p['y']:,} yards of worsted yarn. Each skein holds {p['s']} yards and costs {money(p['pr'])}. How much will {p['n']} spend on yarn if she buys whole skeins?",
        lambda p: f"{p['n']} wants to knit a {p['item']} that takes {p['y']:,} yd of yarn. Skeins are {p['s']} yd each at {money(p['pr'])} per skein. What is the cost of the skeins she needs?",
    ]

    def solve(s, p):
        x = s.op("div", [(p["y"], "int", "yd"), (p["s"], "int", "yd")], "dec", "skeins needed", "skeins")
        k = s.ceil(x, "dec", "whole skeins", "skeins")
        return s.op("mul", [(k, "int"), (p["pr"], "money")], "money", "cost of yarn")
    answer = lambda p, f: f"The yarn will cost {f}."


@struct("binding_strips", "frac")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), a=r.randint(30, 70), b=r.randint(40, 90), ex=r.choice([10, 12, 15, 20]),
                    u=r.choice([40, 42]), w=r.choice([F(5, 2), F(9, 4), F(2)]))
    texts = [
        lambda p: f"{p['n']}'s quilt measures {p['a']} in by {p['b']} in. She wants binding all the way around plus {p['ex']} extra inches for joining. Each binding strip gives {p['u']} usable inches and is cut {mixed(p['w'])} in wide. How many inches of fabric length must she cut for the strips?",
        lambda p: f"To bind a {p['a']}\" x {p['b']}\" quilt, {p['n']} adds {p['ex']}\" to the perimeter for corners and joins. Strips are cut {mixed(p['w'])}\" wide across the fabric, and each yields {p['u']}\" of binding. How many inches of yardage do the strips use?",
    ]

    def solve(s, p):
        per = s.op("kmulsum", [(2, "int"), (p["a"], "int", "in"), (p["b"], "int", "in")], "int", "perimeter", "in")
        tot = s.op("add", [(per, "int", "in"), (p["ex"], "int", "in")], "int", "binding length needed", "in")
        x = s.op("div", [(tot, "int", "in"), (p["u"], "int", "in")], "dec", "number of strips", "strips")
        k = s.ceil(x, "dec", "whole strips", "strips")
        return s.op("mul", [(k, "int"), (p["w"], "frac", "in")], "frac", "fabric length", "in")
    answer = lambda p, f: f"She needs to cut {f} inches of fabric."


@struct("buttons", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), c=r.randint(3, 12), b=r.choice([5, 6, 7, 8]), sp=r.randint(2, 6),
                    k=r.choice([6, 8, 10, 12]), pr=price(r, 2, 6))
    texts = [
        lambda p: f"{p['n']} is sewing {p['c']} cardigans, each with {p['b']} buttons, and wants {p['sp']} spare buttons. Buttons come in cards of {p['k']} for {money(p['pr'])}. How much will the buttons cost?",
        lambda p: f"For a craft fair, {p['n']} makes {p['c']} baby cardigans that use {p['b']} buttons apiece. She also keeps {p['sp']} extras. If a card of {p['k']} buttons costs {money(p['pr'])}, what does she spend?",
    ]

    def solve(s, p):
        a = s.op("mul", [(p["c"], "int"), (p["b"], "int")], "int", "buttons for the cardigans", "buttons")
        t = s.op("add", [(a, "int"), (p["sp"], "int")], "int", "total buttons", "buttons")
        x = s.op("div", [(t, "int"), (p["k"], "int")], "dec", "cards needed", "cards")
        k = s.ceil(x, "dec", "whole cards", "cards")
        return s.op("mul", [(k, "int"), (p["pr"], "money")], "money", "button cost")
    answer = lambda p, f: f"The buttons cost {f}."


@struct("bead_tubes", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), m=r.randint(8, 30), b=r.randint(24, 60), t=r.choice([250, 300, 500, 400]),
                    pr=price(r, 3, 9))
    texts = [
        lambda p: f"{p['n']} is making {p['m']} beaded bracelets. Each bracelet uses {p['b']} seed beads. Beads come in tubes of {p['t']} for {money(p['pr'])}. How much does she spend on bead tubes?",
        lambda p: f"A bracelet pattern takes {p['b']} beads. {p['n']} plans to make {p['m']} bracelets for her booth, and beads are sold in tubes of {p['t']} at {money(p['pr'])} a tube. What is the cost of the beads?",
    ]

    def solve(s, p):
        t = s.op("mul", [(p["m"], "int"), (p["b"], "int")], "int", "total beads", "beads")
        q, rem = s.divmod(t, F(p["t"]), "tubes")
        k = q + (1 if rem else 0)
        if rem:
            s.note(f"The leftover {int(rem)} beads need one more tube, so {p['n']} buys {int(k)} tubes.")
        else:
            s.note(f"It divides exactly, so {p['n']} buys {int(k)} tubes.")
        return s.op("mul", [(k, "int"), (p["pr"], "money")], "money", "bead cost")
    answer = lambda p, f: f"She spends {f} on beads."


@struct("gauge_caston", "int")
class _:
    def gen(r):
        st = r.choice([18, 20, 22, 24, 26, 28, 30])
        w = r.randint(8, 24) * 2
        return dict(n=r.choice(NAMES), st=st, w=w, extra=r.choice([0, 2, 2, 4]))
    texts = [
        lambda p: f"{p['n']}'s gauge swatch has {p['st']} stitches over 4 inches. The scarf should be {p['w']} inches wide" + (f", and she adds {p['extra']} edge stitches." if p['extra'] else ".") + " How many stitches should she cast on?",
        lambda p: f"A knitting pattern's gauge is {p['st']} sts = 4 in. {p['n']} wants a panel {p['w']} in wide" + (f" plus {p['extra']} selvage stitches" if p['extra'] else "") + ". How many stitches does she cast on?",
    ]

    def solve(s, p):
        g = s.op("div", [(p["st"], "int", "stitches"), (4, "int", "in")], "dec", "stitches per inch", "st/in")
        c = s.op("mul", [(g, "dec"), (p["w"], "int", "in")], "int", "stitches for the width", "stitches")
        if p["extra"]:
            c = s.op("add", [(c, "int"), (p["extra"], "int")], "int", "cast-on count", "stitches")
        return c
    answer = lambda p, f: f"She should cast on {f} stitches."


@struct("gauge_rows", "int")
class _:
    def gen(r):
        rw = r.choice([24, 26, 28, 30, 32, 36])
        return dict(n=r.choice(NAMES), rw=rw, L=r.randint(10, 30) * 2, rib=r.choice([8, 10, 12, 14]))
    texts = [
        lambda p: f"The pattern gauge is {p['rw']} rows per 4 inches. {p['n']}'s sweater body should be {p['L']} inches long, after {p['rib']} rows of ribbing. How many rows will she knit in total?",
        lambda p: f"{p['n']} gets {p['rw']} rows to 4 in. She works {p['rib']} rows of ribbing, then knits until the piece is {p['L']} more inches long. How many rows is that altogether?",
    ]

    def solve(s, p):
        g = s.op("div", [(p["rw"], "int", "rows"), (4, "int", "in")], "dec", "rows per inch", "rows/in")
        b = s.op("mul", [(g, "dec"), (p["L"], "int", "in")], "int", "rows for the length", "rows")
        return s.op("add", [(b, "int"), (p["rib"], "int")], "int", "total rows", "rows")
    answer = lambda p, f: f"She knits {f} rows in total."


@struct("fair_profit", "money")
class _:
    def gen(r):
        n = r.randint(20, 60)
        return dict(n=r.choice(NAMES), made=n, sold=n - r.randint(0, 12), c=price(r, 2, 8),
                    pr=F(r.randint(10, 28)), fee=F(r.choice([40, 50, 75, 85, 100, 125])),
                    item=r.choice(["tote bags", "knitted hats", "pot holders", "scrunchies", "zipper pouches"]))
    texts = [
        lambda p: f"{p['n']} made {p['made']} {p['item']} at a cost of {money(p['c'])} each. At the craft fair she sold {p['sold']} of them for {money(p['pr'])} each and paid a {money(p['fee'])} booth fee. What was her profit?",
        lambda p: f"Materials for each of {p['n']}'s {p['item']} cost {money(p['c'])}, and she made {p['made']}. She sells {p['sold']} at {money(p['pr'])} apiece at a weekend fair where the table costs {money(p['fee'])}. How much profit does she make?",
    ]

    def solve(s, p):
        rv = s.op("mul", [(p["sold"], "int"), (p["pr"], "money")], "money", "revenue")
        c = s.op("mul", [(p["made"], "int"), (p["c"], "money")], "money", "cost of materials")
        return s.op("sub", [(rv, "money"), (c, "money"), (p["fee"], "money")], "money", "profit")
    answer = lambda p, f: f"Her profit was {f}."


@struct("fair_loss", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), sold=r.randint(4, 12), pr=F(r.randint(8, 18)),
                    fee=F(r.choice([150, 175, 200, 225])), sup=F(r.randint(20, 60)))
    texts = [
        lambda p: f"It rained at the fair. {p['n']} sold only {p['sold']} quilted placemat sets at {money(p['pr'])} each. Her booth cost {money(p['fee'])} and she spent {money(p['sup'])} on display supplies. What was her profit or loss for the day? (Give a loss as a negative number.)",
        lambda p: f"{p['n']} paid {money(p['fee'])} for a booth and {money(p['sup'])} for signs and bags. She sold {p['sold']} crochet plushies at {money(p['pr'])} each. What is her net result for the fair (negative if a loss)?",
    ]

    def solve(s, p):
        rv = s.op("mul", [(p["sold"], "int"), (p["pr"], "money")], "money", "sales")
        ex = s.op("add", [(p["fee"], "money"), (p["sup"], "money")], "money", "expenses")
        return s.op("sub", [(rv, "money"), (ex, "money")], "money", "net result")
    answer = lambda p, f: f"Her net result for the day is {f}."


@struct("booth_paint", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.choice([2, 3, 4]), w=r.choice([4, 6, 8]), h=r.choice([6, 7, 8]),
                    coats=2, cov=r.choice([40, 50, 75]), pr=price(r, 9, 18))
    texts = [
        lambda p: f"{p['n']} is painting {p['k']} plywood display panels for her craft fair booth. Each panel is {p['w']} ft by {p['h']} ft, and she paints one side with {p['coats']} coats. A quart of paint covers {p['cov']} sq ft and costs {money(p['pr'])}. How much will the paint cost?",
        lambda p: f"A craft booth backdrop is made of {p['k']} panels, each {p['w']} ft wide and {p['h']} ft tall. {p['n']} wants {p['coats']} coats on the front. If one quart covers {p['cov']} square feet and costs {money(p['pr'])}, what will she spend?",
    ]

    def solve(s, p):
        a = s.op("mul", [(p["w"], "int", "ft"), (p["h"], "int", "ft")], "int", "area of one panel", "sq ft")
        t = s.op("mul", [(p["k"], "int"), (a, "int", "sq ft")], "int", "area of all panels", "sq ft")
        c = s.op("mul", [(t, "int", "sq ft"), (p["coats"], "int")], "int", "area to cover with two coats", "sq ft")
        x = s.op("div", [(c, "int", "sq ft"), (p["cov"], "int", "sq ft")], "dec", "quarts needed", "quarts")
        q = s.ceil(x, "dec", "whole quarts", "quarts")
        return s.op("mul", [(q, "int"), (p["pr"], "money")], "money", "paint cost")
    answer = lambda p, f: f"The paint will cost {f}."


@struct("cushion_metres", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.randint(3, 9), m=r.choice([F(45, 100), F(6, 10), F(55, 100), F(7, 10), F(35, 100)]),
                    pr=r.choice([F(850, 100), F(12), F(999, 100), F(725, 100), F(15)]), cur=r.choice(["£", "€"]))
    texts = [
        lambda p: f"Each cushion cover takes {dec(p['m'])} m of fabric. {p['n']} is making {p['k']} covers, and the fabric costs {money(p['pr'], p['cur'])} per metre. How much will the fabric cost?",
        lambda p: f"{p['n']} wants to sew {p['k']} cushion covers. One cover uses {dec(p['m'])} metres of linen, which is {money(p['pr'], p['cur'])} a metre. What is the total fabric cost?",
    ]

    def solve(s, p):
        m = s.op("mul", [(p["k"], "int"), (p["m"], "dec", "m")], "dec", "fabric needed", "m")
        return s.op("mul", [(m, "dec", "m"), (p["pr"], "money")], "money", "fabric cost")
    answer = lambda p, f: f"The fabric will cost {f}."


@struct("ribbon_pieces", "int")
class _:
    def gen(r):
        y = F(r.randint(1, 4)) + r.choice([F(1, 4), F(1, 2), F(3, 4)])
        return dict(n=r.choice(NAMES), y=y, L=r.choice([7, 8, 9, 10, 11, 12, 14]))
    texts = [
        lambda p: f"{p['n']} has {mixed(p['y'])} yards of ribbon. She cuts it into pieces {p['L']} inches long for gift tags. How many full pieces can she cut?",
        lambda p: f"A spool holds {mixed(p['y'])} yd of satin ribbon. If each bow needs a {p['L']}-inch piece, how many complete pieces can {p['n']} cut from the spool?",
    ]

    def solve(s, p):
        i = s.op("mul", [(p["y"], "frac", "yd"), (36, "int")], "frac", "ribbon length in inches", "in")
        x = s.op("div", [(i, "frac", "in"), (p["L"], "int", "in")], "dec", "pieces", "pieces")
        return s.floor(x, "dec", "full pieces", "pieces")
    answer = lambda p, f: f"She can cut {f} full pieces."


@struct("border_fracs", "frac")
class _:
    def gen(r):
        a = F(r.randint(1, 4)) + F(r.choice([1, 3, 5, 7]), 8)
        b = F(r.choice([1, 3, 5, 7]), 8)
        c = F(r.randint(1, 3)) + F(r.choice([1, 3]), 4)
        return dict(n=r.choice(NAMES), a=a, b=b, c=c, k=4)
    texts = [
        lambda p: f"A quilt border has three bands: an inner band {mixed(p['a'])} in wide, a piping strip {mixed(p['b'])} in wide, and an outer band {mixed(p['c'])} in wide. How wide is the border on one side, and how much total width do the borders add across the quilt (both sides)?",
        lambda p: f"{p['n']} sews three borders onto a wall hanging: {mixed(p['a'])}\", then {mixed(p['b'])}\", then {mixed(p['c'])}\". Since the borders go on both the left and right, by how many inches does the piece get wider?",
    ]

    def solve(s, p):
        ab = s.op("add", [(p["a"], "frac", "in"), (p["b"], "frac", "in")], "frac", "first two bands", "in")
        t = s.op("add", [(ab, "frac", "in"), (p["c"], "frac", "in")], "frac", "border width on one side", "in")
        return s.op("mul", [(2, "int"), (t, "frac", "in")], "frac", "added width", "in")
    answer = lambda p, f: f"The borders add {f} inches to the width."


@struct("cost_per_item", "money")
class _:
    def gen(r):
        k = r.choice([8, 10, 12, 15, 16, 20, 24, 25])
        return dict(n=r.choice(NAMES), k=k, fab=price(r, 20, 60), th=price(r, 4, 12), no=price(r, 5, 20),
                    mk=r.choice([2, 3]), item=r.choice(["aprons", "coin purses", "bookmarks", "pillowcases"]))
    texts = [
        lambda p: f"{p['n']} spent {money(p['fab'])} on fabric, {money(p['th'])} on thread and {money(p['no'])} on notions to make {p['k']} {p['item']}. What is the material cost per item, and what price should she charge if she sells at {p['mk']} times her cost?",
        lambda p: f"To make a batch of {p['k']} {p['item']}, {p['n']} buys fabric ({money(p['fab'])}), thread ({money(p['th'])}) and notions ({money(p['no'])}). Using a {p['mk']}x markup on cost per item, what should each one sell for?",
    ]

    def solve(s, p):
        t = s.op("add", [(p["fab"], "money"), (p["th"], "money"), (p["no"], "money")], "money", "total supplies")
        c = s.op("div", [(t, "money"), (p["k"], "int")], "money", "cost per item")
        return s.op("mul", [(c, "money"), (p["mk"], "int")], "money", "selling price")
    answer = lambda p, f: f"She should charge about {f} per item."


@struct("fabric_discount", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), y=r.choice([F(3, 2), F(2), F(5, 2), F(3), F(15, 4), F(4), F(9, 2)]),
                    pr=r.choice([F(10), F(12), F(1199, 100), F(14), F(16), F(899, 100)]), d=r.choice([10, 15, 20, 25, 30, 40]))
    texts = [
        lambda p: f"Quilting cotton is {money(p['pr'])} per yard and on sale for {p['d']}% off. {p['n']} buys {dec(p['y'])} yards. How much does she pay?",
        lambda p: f"{p['n']} needs {dec(p['y'])} yd of fabric priced at {money(p['pr'])}/yd. With a {p['d']}% off coupon, what is her total?",
    ]

    def solve(s, p):
        c = s.op("mul", [(p["y"], "dec", "yd"), (p["pr"], "money")], "money", "regular price")
        d = s.op("pct", [(p["d"], "pct"), (c, "money")], "money", "discount")
        return s.op("sub", [(c, "money"), (d, "money")], "money", "sale price")
    answer = lambda p, f: f"She pays {f}."


@struct("knit_days", "int")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.choice([6, 8, 10, 12, 16]), rep=r.randint(6, 20), rib=r.choice([6, 8, 10, 12]),
                    d=r.choice([9, 11, 12, 14, 15, 18]))
    texts = [
        lambda p: f"A lace shawl has a {p['k']}-row pattern repeat worked {p['rep']} times, plus {p['rib']} rows of edging. {p['n']} knits {p['d']} rows a day. How many days will the shawl take?",
        lambda p: f"{p['n']}'s scarf pattern repeats every {p['k']} rows, and she'll work {p['rep']} repeats and then {p['rib']} border rows. At {p['d']} rows per day, how many days does she need?",
    ]

    def solve(s, p):
        a = s.op("mul", [(p["k"], "int"), (p["rep"], "int")], "int", "rows in the repeats", "rows")
        t = s.op("add", [(a, "int"), (p["rib"], "int")], "int", "total rows", "rows")
        x = s.op("div", [(t, "int", "rows"), (p["d"], "int")], "dec", "days of knitting", "days")
        return s.ceil(x, "dec", "whole days", "days")
    answer = lambda p, f: f"It will take {f} days."


@struct("cross_stitch", "int")
class _:
    def gen(r):
        c = r.choice([11, 14, 16, 18])
        return dict(n=r.choice(NAMES), c=c, W=c * r.randint(4, 10), H=r.randint(40, 140), m=r.choice([2, 3, 4]))
    texts = [
        lambda p: f"A cross-stitch design is {p['W']} stitches wide and {p['H']} stitches tall. {p['n']} stitches it on {p['c']}-count Aida and leaves a {p['m']}-inch margin on each side. How wide must the fabric be?",
        lambda p: f"{p['n']} has a chart that is {p['W']} x {p['H']} stitches. On {p['c']}-count fabric, with {p['m']} in of extra fabric on the left and right for framing, how many inches wide should she cut?",
    ]

    def solve(s, p):
        w = s.op("div", [(p["W"], "int", "stitches"), (p["c"], "int")], "int", "design width", "in")
        s.op("div", [(p["H"], "int", "stitches"), (p["c"], "int")], "dec", "design height (for reference)", "in", faultable=False)
        m = s.op("mul", [(2, "int"), (p["m"], "int", "in")], "int", "margins", "in")
        return s.op("add", [(w, "int", "in"), (m, "int", "in")], "int", "fabric width", "in")
    answer = lambda p, f: f"The fabric must be {f} inches wide."


@struct("hourly_rate", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.randint(6, 20), mins=r.choice([30, 45, 40, 50, 36, 90]),
                    pr=F(r.randint(18, 45)), c=price(r, 3, 9))
    texts = [
        lambda p: f"{p['n']} sews {p['k']} makeup bags. Each takes {p['mins']} minutes and {money(p['c'])} in materials, and sells for {money(p['pr'])}. If she sells them all, how much does she earn per hour of sewing?",
        lambda p: f"Each knitted headband takes {p['n']} {p['mins']} minutes and costs {money(p['c'])} to make. She sells {p['k']} of them at {money(p['pr'])} each. What is her profit per hour of work?",
    ]

    def solve(s, p):
        t = s.op("mul", [(p["k"], "int"), (p["mins"], "int", "min")], "int", "total time", "minutes")
        h = s.op("div", [(t, "int", "min"), (60, "int")], "dec", "hours", "hours")
        m = s.op("sub", [(p["pr"], "money"), (p["c"], "money")], "money", "profit per item")
        pf = s.op("mul", [(p["k"], "int"), (m, "money")], "money", "total profit")
        return s.op("div", [(pf, "money"), (h, "dec", "hours")], "money", "profit per hour")
    answer = lambda p, f: f"She earns about {f} per hour."


@struct("hst_strips", "int")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), N=r.randint(12, 60) * 2, sz=r.choice([3, 4, 5, 6, 7]), wof=r.choice([40, 42]))
    texts = [
        lambda p: f"{p['n']} needs {p['N']} half-square triangles. Each pair of {p['sz']}-inch squares (one light, one dark) makes 2 HSTs. Strips are {p['sz']} in tall and {p['wof']} in long. How many light strips must she cut?",
        lambda p: f"Two squares sewn together and cut apart make 2 half-square triangle units. {p['n']} wants {p['N']} units from {p['sz']}\" squares, cut from {p['wof']}\"-long strips. How many strips of the light fabric does she need?",
    ]

    def solve(s, p):
        pr = s.op("div", [(p["N"], "int"), (2, "int")], "int", "square pairs", "pairs")
        s.note(f"So she needs {int(pr)} light squares.")
        per = s.op("div", [(p["wof"], "int", "in"), (p["sz"], "int", "in")], "dec", "squares per strip", "squares")
        f = s.floor(per, "dec", "whole squares per strip", "squares")
        x = s.op("div", [(pr, "int"), (f, "int")], "dec", "strips", "strips")
        return s.ceil(x, "dec", "whole strips", "strips")
    answer = lambda p, f: f"She must cut {f} light strips."


@struct("curtain", "int")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), W=r.randint(30, 80), full=r.choice([2, F(5, 2), 3]) if False else r.choice([2, 3]),
                    fw=r.choice([54, 44]), drop=r.randint(50, 90), hem=r.choice([8, 10, 12]))
    texts = [
        lambda p: f"A window is {p['W']} inches wide. {p['n']} wants curtains with {p['full']} times fullness, using fabric {p['fw']} inches wide. Each cut length is the {p['drop']}-inch drop plus {p['hem']} inches for hems. How many inches of fabric should she buy?",
        lambda p: f"{p['n']} is sewing curtains for a {p['W']}\" window at {p['full']}x fullness. The fabric is {p['fw']}\" wide, the finished drop is {p['drop']}\", and she allows {p['hem']}\" for top and bottom hems. How many inches of fabric does she need?",
    ]

    def solve(s, p):
        t = s.op("mul", [(p["W"], "int", "in"), (p["full"], "int")], "int", "total curtain width", "in")
        x = s.op("div", [(t, "int", "in"), (p["fw"], "int", "in")], "dec", "fabric widths", "widths")
        k = s.ceil(x, "dec", "whole widths", "widths")
        c = s.op("add", [(p["drop"], "int", "in"), (p["hem"], "int", "in")], "int", "cut length", "in")
        return s.op("mul", [(k, "int"), (c, "int", "in")], "int", "fabric length", "in")
    answer = lambda p, f: f"She should buy {f} inches of fabric."


@struct("candle_wax", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.randint(10, 40), oz=r.choice([4, 6, 8, 10, 12]), bag=r.choice([5, 10]),
                    pr=price(r, 12, 30))
    texts = [
        lambda p: f"{p['n']} is pouring {p['k']} soy candles for a holiday market. Each jar holds {p['oz']} oz of wax. Wax comes in {p['bag']}-lb bags for {money(p['pr'])}. How much will the wax cost? (16 oz = 1 lb)",
        lambda p: f"Each candle uses {p['oz']} ounces of wax and {p['n']} wants to make {p['k']} candles. If a {p['bag']} lb bag of wax costs {money(p['pr'])}, what will she spend on whole bags?",
    ]

    def solve(s, p):
        o = s.op("mul", [(p["k"], "int"), (p["oz"], "int", "oz")], "int", "total wax", "oz")
        lb = s.op("div", [(o, "int", "oz"), (16, "int")], "dec", "wax in pounds", "lb")
        x = s.op("div", [(lb, "dec", "lb"), (p["bag"], "int", "lb")], "dec", "bags", "bags")
        b = s.ceil(x, "dec", "whole bags", "bags")
        return s.op("mul", [(b, "int"), (p["pr"], "money")], "money", "wax cost")
    answer = lambda p, f: f"The wax will cost {f}."


@struct("card_sheets", "int")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), N=r.randint(25, 120), pk=r.choice([20, 25, 50]))
    texts = [
        lambda p: f"{p['n']} cuts greeting cards that are 4 1/4 in by 5 1/2 in from 8 1/2 in by 11 in cardstock. She needs {p['N']} cards. How many sheets of cardstock does she need?",
        lambda p: f"A card base is 4 1/4\" x 5 1/2\". From letter-size cardstock (8 1/2\" x 11\"), how many sheets does {p['n']} need to make {p['N']} cards?",
    ]

    def solve(s, p):
        a = s.op("div", [(F(17, 2), "frac", "in"), (F(17, 4), "frac", "in")], "int", "cards across", "cards")
        b = s.op("div", [(11, "int", "in"), (F(11, 2), "frac", "in")], "int", "cards down", "cards")
        per = s.op("mul", [(a, "int"), (b, "int")], "int", "cards per sheet", "cards")
        x = s.op("div", [(p["N"], "int"), (per, "int")], "dec", "sheets", "sheets")
        return s.ceil(x, "dec", "whole sheets", "sheets")
    answer = lambda p, f: f"She needs {f} sheets of cardstock."


@struct("granny_blanket", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), a=r.randint(5, 10), b=r.randint(6, 12), y=r.choice([12, 15, 18, 20, 25]),
                    sk=r.choice([150, 180, 200, 364]), pr=price(r, 4, 10))
    texts = [
        lambda p: f"{p['n']}'s crochet blanket is {p['a']} granny squares wide and {p['b']} squares long. Each square uses {p['y']} yards of yarn. A skein has {p['sk']} yards and costs {money(p['pr'])}. What will the yarn cost?",
        lambda p: f"A granny-square afghan is laid out {p['a']} by {p['b']}. If one square takes {p['y']} yd and skeins of {p['sk']} yd sell for {money(p['pr'])}, how much does {p['n']} spend on yarn (whole skeins only)?",
    ]

    def solve(s, p):
        n = s.op("mul", [(p["a"], "int"), (p["b"], "int")], "int", "number of squares", "squares")
        y = s.op("mul", [(n, "int"), (p["y"], "int", "yd")], "int", "total yarn", "yd")
        x = s.op("div", [(y, "int", "yd"), (p["sk"], "int", "yd")], "dec", "skeins", "skeins")
        k = s.ceil(x, "dec", "whole skeins", "skeins")
        return s.op("mul", [(k, "int"), (p["pr"], "money")], "money", "yarn cost")
    answer = lambda p, f: f"The yarn costs {f}."


@struct("break_even", "int")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), fee=F(r.choice([45, 60, 75, 90, 120, 150])), pr=F(r.randint(12, 30)),
                    c=price(r, 3, 9))
    texts = [
        lambda p: f"{p['n']}'s booth at the craft fair costs {money(p['fee'])}. She sells hand-sewn pouches for {money(p['pr'])} each, and each costs her {money(p['c'])} to make. How many pouches must she sell to at least cover the booth fee?",
        lambda p: f"A table at the holiday bazaar is {money(p['fee'])}. If {p['n']}'s knitted ornaments sell for {money(p['pr'])} and cost {money(p['c'])} each in materials, how many must she sell to break even?",
    ]

    def solve(s, p):
        m = s.op("sub", [(p["pr"], "money"), (p["c"], "money")], "money", "profit per item")
        x = s.op("div", [(p["fee"], "money"), (m, "money")], "dec", "items to cover the fee", "items")
        return s.ceil(x, "dec", "whole items", "items")
    answer = lambda p, f: f"She must sell {f} to break even."


@struct("bow_spools", "int")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.randint(10, 40), L=r.choice([12, 18, 20, 24, 27, 30]), sp=r.choice([3, 5, 10]))
    texts = [
        lambda p: f"Each hair bow uses {p['L']} inches of ribbon. {p['n']} is making {p['k']} bows. Ribbon is sold on {p['sp']}-yard spools. How many spools does she need?",
        lambda p: f"{p['n']} makes {p['k']} gift bows with {p['L']}\" of ribbon each. If a spool holds {p['sp']} yd, how many spools should she buy?",
    ]

    def solve(s, p):
        i = s.op("mul", [(p["k"], "int"), (p["L"], "int", "in")], "int", "total ribbon", "in")
        y = s.op("div", [(i, "int", "in"), (36, "int")], "dec", "ribbon in yards", "yd")
        x = s.op("div", [(y, "dec", "yd"), (p["sp"], "int", "yd")], "dec", "spools", "spools")
        return s.ceil(x, "dec", "whole spools", "spools")
    answer = lambda p, f: f"She needs {f} spools."


@struct("fair_card_fee", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), a=r.randint(5, 30), pa=price(r, 8, 25), b=r.randint(10, 40), pb=price(r, 3, 7),
                    fee=r.choice([F(3), F(5, 2), F(29, 10), F(7, 2)]))
    texts = [
        lambda p: f"At the fair, {p['n']} sold {p['a']} knitted hats at {money(p['pa'])} and {p['b']} greeting cards at {money(p['pb'])}. All sales were by card, and the reader takes {dec(p['fee'])}%. How much does she keep?",
        lambda p: f"{p['n']} sold {p['a']} mug cozies for {money(p['pa'])} each and {p['b']} bookmarks for {money(p['pb'])} each. Her card reader charges a {dec(p['fee'])}% fee on the total. What does she take home after the fee?",
    ]

    def solve(s, p):
        x = s.op("mul", [(p["a"], "int"), (p["pa"], "money")], "money", "first item sales")
        y = s.op("mul", [(p["b"], "int"), (p["pb"], "money")], "money", "second item sales")
        t = s.op("add", [(x, "money"), (y, "money")], "money", "total sales")
        f = s.op("pct", [(p["fee"], "pct"), (t, "money")], "money", "card fee")
        return s.op("sub", [(t, "money"), (f, "money")], "money", "amount she keeps")
    answer = lambda p, f: f"She keeps {f}."


@struct("metric_cut", "int")
class _:
    def gen(r):
        m = r.choice([F(1), F(3, 2), F(2), F(5, 2), F(6, 5), F(9, 5)])
        L = r.choice([18, 22, 25, 28, 32, 35, 40])
        k = max(1, int(m * 100) // L - r.randint(0, 2))
        return dict(n=r.choice(NAMES), m=m, L=L, k=k)
    texts = [
        lambda p: f"{p['n']} has {dec(p['m'])} m of felt. She cuts {p['k']} strips, each {p['L']} cm long. How many centimetres are left over?",
        lambda p: f"From a {dec(p['m'])}-metre length of bias tape, {p['n']} cuts {p['k']} pieces of {p['L']} cm. How much is left, in cm?",
    ]

    def solve(s, p):
        c = s.op("mul", [(p["m"], "dec", "m"), (100, "int")], "int", "length in centimetres", "cm")
        u = s.op("mul", [(p["k"], "int"), (p["L"], "int", "cm")], "int", "length used", "cm")
        return s.op("sub", [(c, "int", "cm"), (u, "int", "cm")], "int", "leftover", "cm")
    answer = lambda p, f: f"{f} cm are left over."


@struct("tote_yardage", "money")
class _:
    def gen(r):
        return dict(n=r.choice(NAMES), k=r.randint(3, 12), y=r.choice([F(3, 8), F(1, 2), F(5, 8), F(3, 4), F(7, 8)]),
                    pr=r.choice([F(8), F(10), F(12), F(14), F(16), F(1150, 100)]))
    texts = [
        lambda p: f"A tote bag pattern needs {mixed(p['y'])} yard of canvas. {p['n']} is making {p['k']} totes, and canvas costs {money(p['pr'])} a yard. How much will the canvas cost?",
        lambda p: f"{p['n']} sews {p['k']} tote bags, each using {mixed(p['y'])} yd of fabric at {money(p['pr'])}/yd. What is the fabric cost?",
    ]

    def solve(s, p):
        y = s.op("mul", [(p["k"], "int"), (p["y"], "frac", "yd")], "frac", "yardage", "yd")
        return s.op("mul", [(y, "frac", "yd"), (p["pr"], "money")], "money", "canvas cost")
    answer = lambda p, f: f"The canvas costs {f}."
