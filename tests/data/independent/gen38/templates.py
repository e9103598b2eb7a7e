"""Problem structures.  Each structure has phrasings (the word problem as a
user would ask it), a number generator and a solver that writes its steps
into a Ctx."""
from fractions import Fraction as F
from core import Num, Var, Bin, Pow, Sqrt, Frac, PiSym, vu, dec_str

STRUCTS = []


def struct(name, phrasings):
    def deco(cls):
        for i, p in enumerate(phrasings):
            p["i"] = i
        nf = cls.nums
        if nf.__code__.co_argcount == 1:
            nf = (lambda f: (lambda rng, ph: f(rng)))(cls.nums)
        STRUCTS.append((name, phrasings, nf, cls.solve))
        return cls
    return deco


# ---------------------------------------------------------------- helpers
def Ln(u):
    return (u, 1)


def Ar(u):
    return (u, 2)


def Vo(u):
    return (u, 3)


DEG = ("deg",)


def cnt(s, p):
    return ("count", s, p)


def n(v):
    return Num(F(v) if not isinstance(v, F) else v)


def lit(s):
    return Num(F(s), lit=s)


def var(sym, word, v, u=None):
    return Var(sym, word, F(v), u)


def mul(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = Bin("*", e, x)
    return e


def add(*xs):
    e = xs[0]
    for x in xs[1:]:
        e = Bin("+", e, x)
    return e


def sub(a, b):
    return Bin("-", a, b)


def div(a, b):
    return Bin("/", a, b)


def imp(a, b):
    return Bin("*", a, b, imp=True)


def sq(x):
    return Pow(x, 2)


def cube(x):
    return Pow(x, 3)


HALF = Frac(1, 2)
UW = {"m": "meters", "cm": "centimeters", "ft": "feet", "in": "inches", "yd": "yards",
      "mm": "millimeters", "km": "kilometers"}
US = {"m": "meter", "cm": "centimeter", "ft": "foot", "in": "inch", "yd": "yard", "km": "kilometer"}


def ds(v):
    return dec_str(F(v))


def money(v):
    v = F(v)
    return "$" + (dec_str(v, 2) if v != int(v) else dec_str(v))


def given(ctx, *pairs):
    ctx.given = [(k, (lambda v, u: (lambda r: vu(F(v), u, r)))(v, u)) for k, v, u in pairs]


def pick(rng, lo, hi, step=1):
    return rng.randrange(lo, hi + 1, step)


# =================================================================== areas

@struct("rect_area", [
    dict(q="A rectangular garden is {l} m long and {w} m wide. What is the area of the garden?", u="m", obj="garden",
         goal="the area of the garden", ans="The area of the garden is {ans}."),
    dict(q="Mia's bedroom floor measures {l} feet by {w} feet. How many square feet of carpet does she need to cover the whole floor?",
         u="ft", obj="floor", goal="how much carpet Mia needs", ans="Mia needs {ans} of carpet."),
    dict(q="A rectangular poster is {l} cm wide and {w} cm tall. Find the area of the poster.", u="cm", obj="poster",
         goal="the area of the poster", ans="The poster has an area of {ans}."),
    dict(q="What is the area of a rectangle with a length of {l} inches and a width of {w} inches?", u="in", obj="rectangle",
         goal="the area of the rectangle", ans="The area is {ans}."),
])
class RectArea:
    def nums(rng):
        l = pick(rng, 7, 36)
        return dict(l=l, w=pick(rng, 3, l - 2))

    def solve(ctx, v, ph):
        u = ph["u"]
        given(ctx, ("l", v["l"], Ln(u)), ("w", v["w"], Ln(u)))
        A = ctx.calc("A", mul(var("l", "length", v["l"], Ln(u)), var("w", "width", v["w"], Ln(u))), Ar(u),
                     what="the area of the " + ph["obj"], title="Find the area", label="Area",
                     why="The area of a rectangle is length times width.", formula=imp(var("l", "length", 0), var("w", "width", 0)),
                     wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("rect_perimeter", [
    dict(q="Mr. Lopez wants to put a fence around his rectangular vegetable garden. The garden is {l} m long and {w} m wide. How many meters of fencing does he need?",
         u="m", goal="how much fencing Mr. Lopez needs", ans="Mr. Lopez needs {ans} of fencing."),
    dict(q="A picture is {l} inches long and {w} inches wide. How much ribbon is needed to go once around the edge of the picture?",
         u="in", goal="the length of ribbon needed", ans="You need {ans} of ribbon."),
    dict(q="Sam walks once around a rectangular soccer field that is {l} yards long and {w} yards wide. How far does he walk?",
         u="yd", goal="the distance Sam walks", ans="Sam walks {ans}."),
    dict(q="Find the perimeter of a rectangle whose length is {l} cm and whose width is {w} cm.",
         u="cm", goal="the perimeter of the rectangle", ans="The perimeter is {ans}."),
])
class RectPerim:
    def nums(rng):
        l = pick(rng, 9, 95)
        return dict(l=l, w=pick(rng, 4, l - 3))

    def solve(ctx, v, ph):
        u = ph["u"]
        given(ctx, ("l", v["l"], Ln(u)), ("w", v["w"], Ln(u)))
        l, w = var("l", "length", v["l"], Ln(u)), var("w", "width", v["w"], Ln(u))
        P = ctx.calc("P", imp(n(2), add(l, w)), Ln(u), what="the perimeter", title="Use the perimeter formula",
                     why="The perimeter of a rectangle is twice the sum of the length and the width.",
                     formula=imp(n(2), add(var("l", "length", 0), var("w", "width", 0))), wordlhs="Perimeter",
                     label="Perimeter")
        ctx.answer(P, Ln(u), ph["ans"])


@struct("fence_cost", [
    dict(q="A farmer is fencing a rectangular pen that measures {l} m by {w} m. Fencing costs ${p} per meter. How much will the fencing cost?",
         u="m", obj="pen", goal="the total cost of the fencing", ans="The fencing will cost {ans}."),
    dict(q="The Parks family wants to fence their rectangular backyard, which is {l} ft long and {w} ft wide. If fencing costs ${p} per foot, what is the total cost?",
         u="ft", obj="backyard", goal="the cost of fencing the backyard", ans="The total cost is {ans}."),
    dict(q="A school is putting a border around a rectangular bulletin board {l} ft long and {w} ft wide. The border trim costs ${p} per foot. How much will the trim cost?",
         u="ft", obj="bulletin board", goal="the cost of the border trim", ans="The trim will cost {ans}."),
    dict(q="Lena wants to put edging around a rectangular flower bed that is {l} m long and {w} m wide. Edging costs ${p} per meter. How much will she spend?",
         u="m", obj="flower bed", goal="how much Lena will spend on edging", ans="Lena will spend {ans}."),
])
class FenceCost:
    def nums(rng):
        l = pick(rng, 8, 60)
        w = pick(rng, 4, l - 2)
        p = rng.choice(["3", "4", "5", "6", "8", "12", "2.50", "3.25", "4.75", "1.50", "7.20", "9.50"])
        return dict(l=l, w=w, p=p)

    def solve(ctx, v, ph):
        u = ph["u"]
        given(ctx, ("l", v["l"], Ln(u)), ("w", v["w"], Ln(u)))
        l, w = var("l", "length", v["l"], Ln(u)), var("w", "width", v["w"], Ln(u))
        P = ctx.calc("P", imp(n(2), add(l, w)), Ln(u), what="the perimeter of the " + ph["obj"],
                     title="Find the perimeter", why="The fence goes all the way around, so we need the perimeter.",
                     formula=imp(n(2), add(var("l", "length", 0), var("w", "width", 0))), wordlhs="Perimeter",
                     label="Perimeter")
        p = v["p"]
        pn = Num(F(p), lit=ds(p) if "." not in p else p.rstrip("0").rstrip(".") if False else p)
        C = ctx.calc("C", mul(n(P), Num(F(p), lit=p)), money=True, what="the total cost",
                     title="Multiply by the price per " + US[u], label="Cost",
                     why="Each %s costs %s." % (US[u], money(p)), wordlhs="Cost")
        ctx.answer(C, ("$",), ph["ans"], money=True)


@struct("square_area_from_perimeter", [
    dict(q="A square garden has a perimeter of {P} m. What is the area of the garden?", u="m", obj="garden",
         goal="the area of the square garden", ans="The area of the garden is {ans}."),
    dict(q="The perimeter of a square tile is {P} cm. Find the area of the tile.", u="cm", obj="tile",
         goal="the area of the tile", ans="The tile has an area of {ans}."),
    dict(q="It takes {P} feet of fencing to go around a square dog run. How many square feet of ground does the dog run cover?",
         u="ft", obj="dog run", goal="the area of the dog run", ans="The dog run covers {ans}."),
    dict(q="A square has a perimeter of {P} inches. What is its area?", u="in", obj="square",
         goal="the area of the square", ans="The area of the square is {ans}."),
])
class SqAreaFromP:
    def nums(rng):
        s = pick(rng, 4, 45)
        return dict(s=s, P=4 * s)

    def solve(ctx, v, ph):
        u = ph["u"]
        s = ctx.calc("s", div(var("P", "perimeter", v["P"], Ln(u)), n(4)), Ln(u), what="the side length",
                     title="Find the side length", label="Side",
                     why="A square has 4 equal sides, so divide the perimeter by 4.",
                     formula=div(var("P", "perimeter", 0), n(4)), wordlhs="Side")
        A = ctx.calc("A", sq(var("s", "side", s, Ln(u))), Ar(u), what="the area of the " + ph["obj"],
                     title="Find the area", label="Area", why="The area of a square is side times side.",
                     formula=sq(var("s", "side", 0)), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("square_perimeter_from_area", [
    dict(q="A square patio has an area of {A} square meters. How long is the fence that goes all the way around it?",
         u="m", goal="the length of the fence", ans="The fence is {ans} long."),
    dict(q="A square piece of paper has an area of {A} cm². What is its perimeter?", u="cm",
         goal="the perimeter of the paper", ans="The perimeter is {ans}."),
    dict(q="The area of a square room is {A} square feet. What is the perimeter of the room?", u="ft",
         goal="the perimeter of the room", ans="The perimeter of the room is {ans}."),
    dict(q="A square quilt covers {A} square inches. How much binding is needed to go around its edge?", u="in",
         goal="how much binding is needed", ans="{ans} of binding is needed."),
])
class SqPFromA:
    def nums(rng):
        s = pick(rng, 5, 30)
        return dict(s=s, A=s * s)

    def solve(ctx, v, ph):
        u = ph["u"]
        s = ctx.calc("s", Sqrt(var("A", "area", v["A"], Ar(u))), Ln(u), what="the side length",
                     title="Find the side length", label="Side",
                     why="The area of a square is side × side, so the side is the square root of the area.",
                     formula=Sqrt(var("A", "area", 0)), wordlhs="Side")
        P = ctx.calc("P", mul(n(4), var("s", "side", s, Ln(u))), Ln(u), what="the perimeter",
                     title="Find the perimeter", label="Perimeter", why="All four sides are equal.",
                     formula=imp(n(4), var("s", "side", 0)), wordlhs="Perimeter")
        ctx.answer(P, Ln(u), ph["ans"])


@struct("rect_missing_side_area", [
    dict(q="A rectangular rug has an area of {A} square feet. It is {l} feet long. What is the perimeter of the rug?",
         u="ft", goal="the perimeter of the rug", ans="The perimeter of the rug is {ans}."),
    dict(q="A rectangle has an area of {A} cm² and a length of {l} cm. Find its perimeter.", u="cm",
         goal="the perimeter of the rectangle", ans="The perimeter is {ans}."),
    dict(q="A rectangular parking lot covers {A} m². One side is {l} m long. How much fencing is needed to enclose the lot?",
         u="m", goal="the amount of fencing needed", ans="{ans} of fencing is needed."),
    dict(q="The area of a rectangular window is {A} square inches and its width is {l} inches. What is the perimeter of the window?",
         u="in", goal="the perimeter of the window", ans="The window has a perimeter of {ans}."),
])
class RectMissA:
    def nums(rng):
        l = pick(rng, 6, 25)
        w = pick(rng, 3, 24)
        return dict(l=l, w=w, A=l * w)

    def solve(ctx, v, ph):
        u = ph["u"]
        w = ctx.calc("w", div(var("A", "area", v["A"], Ar(u)), var("l", "length", v["l"], Ln(u))), Ln(u),
                     what="the missing side", title="Find the missing side", label="Missing side",
                     why="Since area = length × width, divide the area by the known side.",
                     formula=div(var("A", "area", 0), var("l", "length", 0)), wordlhs="Other side")
        P = ctx.calc("P", imp(n(2), add(var("l", "length", v["l"], Ln(u)), var("w", "width", w, Ln(u)))), Ln(u),
                     what="the perimeter", title="Find the perimeter", label="Perimeter",
                     formula=imp(n(2), add(var("l", "length", 0), var("w", "width", 0))), wordlhs="Perimeter")
        ctx.calc(None, mul(n(v["l"]), n(w)), Ar(u), check=True)
        ctx.answer(P, Ln(u), ph["ans"])


@struct("rect_missing_side_perimeter", [
    dict(q="A rectangular garden has a perimeter of {P} m. Its length is {l} m. What is the area of the garden?",
         u="m", goal="the area of the garden", ans="The garden's area is {ans}."),
    dict(q="The perimeter of a rectangle is {P} inches and the length is {l} inches. Find the area.", u="in",
         goal="the area of the rectangle", ans="The area of the rectangle is {ans}."),
    dict(q="A rectangular playground is surrounded by {P} ft of fence. The playground is {l} ft long. How many square feet does it cover?",
         u="ft", goal="the area of the playground", ans="The playground covers {ans}."),
    dict(q="A photo frame is a rectangle with perimeter {P} cm. One side is {l} cm. What is the area inside the frame?",
         u="cm", goal="the area of the frame", ans="The area is {ans}."),
])
class RectMissP:
    def nums(rng):
        l = pick(rng, 8, 40)
        w = pick(rng, 3, l - 1)
        return dict(l=l, w=w, P=2 * (l + w))

    def solve(ctx, v, ph):
        u = ph["u"]
        h = ctx.calc("s", div(var("P", "perimeter", v["P"], Ln(u)), n(2)), Ln(u),
                     what="the length plus the width", title="Find half the perimeter", label="Length + width",
                     why="Half of the perimeter equals one length plus one width.", wordlhs="Length + width")
        w = ctx.calc("w", sub(n(h), var("l", "length", v["l"], Ln(u))), Ln(u), what="the width",
                     title="Find the width", label="Width", wordlhs="Width")
        A = ctx.calc("A", mul(var("l", "length", v["l"], Ln(u)), var("w", "width", w, Ln(u))), Ar(u),
                     what="the area", title="Find the area", label="Area", why="Area = length × width.",
                     formula=imp(var("l", "length", 0), var("w", "width", 0)), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("triangle_area", [
    dict(q="A triangular sail has a base of {b} m and a height of {h} m. What is the area of the sail?", u="m",
         obj="sail", goal="the area of the sail", ans="The sail has an area of {ans}."),
    dict(q="Find the area of a triangle with base {b} cm and height {h} cm.", u="cm", obj="triangle",
         goal="the area of the triangle", ans="The area of the triangle is {ans}."),
    dict(q="A triangular garden bed has a base of {b} ft and a height of {h} ft. How many square feet of soil surface does it have?",
         u="ft", obj="garden bed", goal="the area of the garden bed", ans="The garden bed has {ans} of surface."),
    dict(q="A pennant is shaped like a triangle. Its base is {b} inches and its height is {h} inches. What is its area?",
         u="in", obj="pennant", goal="the area of the pennant", ans="The pennant's area is {ans}."),
])
class TriArea:
    def nums(rng):
        b = pick(rng, 4, 30)
        h = pick(rng, 3, 25)
        if rng.random() < 0.75 and (b * h) % 2:
            b += 1
        return dict(b=b, h=h)

    def solve(ctx, v, ph):
        u = ph["u"]
        given(ctx, ("b", v["b"], Ln(u)), ("h", v["h"], Ln(u)))
        A = ctx.calc("A", mul(HALF, var("b", "base", v["b"], Ln(u)), var("h", "height", v["h"], Ln(u))), Ar(u),
                     what="the area of the " + ph["obj"], title="Use the triangle area formula", label="Area",
                     why="The area of a triangle is one half times base times height.",
                     formula=imp(imp(HALF, var("b", "base", 0)), var("h", "height", 0)), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("triangle_perimeter_cost", [
    dict(q="A triangular flower bed has sides of {a} ft, {b} ft and {c} ft. Edging costs ${p} per foot. How much does it cost to edge the whole bed?",
         u="ft", goal="the cost of edging the flower bed", ans="Edging the bed costs {ans}."),
    dict(q="A triangular park has sides {a} m, {b} m and {c} m. A fence costs ${p} per meter. What is the cost of fencing the park?",
         u="m", goal="the cost to fence the park", ans="Fencing the park costs {ans}."),
    dict(q="Ava is gluing ribbon around a triangle-shaped card with sides {a} cm, {b} cm and {c} cm. Ribbon costs ${p} per cm. How much will the ribbon cost?",
         u="cm", goal="the cost of the ribbon", ans="The ribbon will cost {ans}."),
    dict(q="The sides of a triangular lot are {a} yd, {b} yd and {c} yd. Fencing costs ${p} per yard. Find the cost of fencing the lot.",
         u="yd", goal="the cost of fencing the lot", ans="The fencing costs {ans}."),
])
class TriPerimCost:
    def nums(rng):
        a = pick(rng, 6, 40)
        b = pick(rng, 6, 40)
        c = pick(rng, abs(a - b) + 2, a + b - 2)
        p = rng.choice(["2", "3", "5", "1.50", "2.25", "4.50", "0.75", "6"])
        return dict(a=a, b=b, c=c, p=p)

    def solve(ctx, v, ph):
        u = ph["u"]
        P = ctx.calc("P", add(n(v["a"]), n(v["b"]), n(v["c"])), Ln(u), what="the perimeter", mid=False,
                     title="Find the perimeter", label="Perimeter", why="Add the three side lengths.",
                     formula=add(var("a", "a", 0), var("b", "b", 0), var("c", "c", 0)), wordlhs="Perimeter")
        C = ctx.calc("C", mul(n(P), lit(v["p"])), money=True, what="the cost", title="Find the cost",
                     label="Cost", wordlhs="Cost")
        ctx.answer(C, ("$",), ph["ans"], money=True)


@struct("trapezoid_area", [
    dict(q="A trapezoid has parallel sides of {a} cm and {b} cm, and a height of {h} cm. What is its area?", u="cm",
         goal="the area of the trapezoid", ans="The area of the trapezoid is {ans}."),
    dict(q="A garden plot is shaped like a trapezoid. The two parallel sides are {a} m and {b} m long, and the distance between them is {h} m. Find the area of the plot.",
         u="m", goal="the area of the plot", ans="The plot has an area of {ans}."),
    dict(q="The cross-section of a ramp is a trapezoid with bases {a} ft and {b} ft and height {h} ft. What is the area of the cross-section?",
         u="ft", goal="the area of the cross-section", ans="The cross-section's area is {ans}."),
    dict(q="A table top is a trapezoid. Its parallel edges are {a} in and {b} in and its height is {h} in. How many square inches is the table top?",
         u="in", goal="the area of the table top", ans="The table top is {ans}."),
])
class Trap:
    def nums(rng):
        a = pick(rng, 4, 30)
        b = pick(rng, a + 2, a + 25)
        h = pick(rng, 3, 20)
        if (a + b) * h % 2 and rng.random() < 0.7:
            h += 1
        return dict(a=a, b=b, h=h)

    def solve(ctx, v, ph):
        u = ph["u"]
        given(ctx, ("a", v["a"], Ln(u)), ("b", v["b"], Ln(u)), ("h", v["h"], Ln(u)))
        a, b, h = var("a", "a", v["a"], Ln(u)), var("b", "b", v["b"], Ln(u)), var("h", "h", v["h"], Ln(u))
        A = ctx.calc("A", imp(imp(HALF, add(a, b)), h), Ar(u), what="the area", title="Use the trapezoid formula",
                     label="Area", why="The area of a trapezoid is half the sum of the parallel sides times the height.",
                     formula=imp(imp(HALF, add(var("a", "a", 0), var("b", "b", 0))), var("h", "h", 0)))
        ctx.answer(A, Ar(u), ph["ans"])


@struct("L_area_split", [
    dict(q="An L-shaped room is made of two rectangles: one is {a} m by {b} m and the other is {c} m by {d} m. What is the total floor area?",
         u="m", goal="the total floor area", ans="The total floor area is {ans}."),
    dict(q="A patio is L-shaped. It can be split into a rectangle {a} ft by {b} ft and a rectangle {c} ft by {d} ft. How much area does the patio cover?",
         u="ft", goal="the area of the patio", ans="The patio covers {ans}."),
    dict(q="An L-shaped figure is divided into two rectangles measuring {a} cm × {b} cm and {c} cm × {d} cm. Find the area of the figure.",
         u="cm", goal="the area of the L-shaped figure", ans="The figure's area is {ans}."),
    dict(q="A garden has an L shape made of a {a} yd by {b} yd section and a {c} yd by {d} yd section. What is its total area?",
         u="yd", goal="the total area of the garden", ans="The garden's total area is {ans}."),
])
class LSplit:
    def nums(rng):
        return dict(a=pick(rng, 5, 20), b=pick(rng, 3, 15), c=pick(rng, 3, 14), d=pick(rng, 2, 12))

    def solve(ctx, v, ph):
        u = ph["u"]
        A1 = ctx.calc("A", mul(n(v["a"]), n(v["b"])), Ar(u), what="the area of the first rectangle",
                      title="Area of the first rectangle", label="First rectangle", wordlhs="First part")
        A2 = ctx.calc("B", mul(n(v["c"]), n(v["d"])), Ar(u), what="the area of the second rectangle",
                      title="Area of the second rectangle", label="Second rectangle", wordlhs="Second part")
        T = ctx.calc("T", add(n(A1), n(A2)), Ar(u), what="the total area", title="Add the two areas",
                     label="Total area", why="The two rectangles together make the whole shape.", wordlhs="Total")
        ctx.answer(T, Ar(u), ph["ans"])


@struct("L_area_subtract", [
    dict(q="A rectangular lawn is {W} m by {H} m. A rectangular shed that is {a} m by {b} m sits in one corner. How much lawn area is left to mow?",
         u="m", goal="the area left to mow", ans="There are {ans} of lawn to mow."),
    dict(q="A {W} ft by {H} ft wall has a {a} ft by {b} ft window in it. What is the area of the wall that needs painting?",
         u="ft", goal="the wall area to paint", ans="The area to paint is {ans}."),
    dict(q="A rectangle measuring {W} cm by {H} cm has a {a} cm by {b} cm rectangle cut from one corner, leaving an L-shape. Find the area of the L-shape.",
         u="cm", goal="the area of the L-shape", ans="The L-shape has an area of {ans}."),
    dict(q="A {W} in by {H} in piece of cardboard has a {a} in by {b} in rectangle cut out of it. How much cardboard is left?",
         u="in", goal="the remaining area of cardboard", ans="{ans} of cardboard is left."),
])
class LSub:
    def nums(rng):
        W = pick(rng, 10, 40)
        H = pick(rng, 8, 30)
        return dict(W=W, H=H, a=pick(rng, 2, W - 4), b=pick(rng, 2, H - 3))

    def solve(ctx, v, ph):
        u = ph["u"]
        A1 = ctx.calc("A", mul(n(v["W"]), n(v["H"])), Ar(u), what="the area of the whole rectangle",
                      title="Area of the whole rectangle", label="Whole rectangle", wordlhs="Whole")
        A2 = ctx.calc("B", mul(n(v["a"]), n(v["b"])), Ar(u), what="the area of the part removed",
                      title="Area of the part removed", label="Removed part", wordlhs="Removed")
        T = ctx.calc("R", sub(n(A1), n(A2)), Ar(u), what="the remaining area", title="Subtract",
                     label="Remaining area", why="Take away the part that is not included.", wordlhs="Remaining")
        ctx.answer(T, Ar(u), ph["ans"])


@struct("L_perimeter", [
    dict(q="An L-shaped room is drawn by taking a {W} m by {H} m rectangle and removing a {a} m by {b} m rectangle from one corner. What is the perimeter of the room?",
         u="m", goal="the perimeter of the L-shaped room", ans="The perimeter of the room is {ans}."),
    dict(q="A {W} ft by {H} ft rectangular deck has a {a} ft by {b} ft notch cut out of one corner for a tree. How much railing is needed to go all the way around the deck?",
         u="ft", goal="the length of railing", ans="{ans} of railing is needed."),
    dict(q="An L-shape is made from a {W} cm by {H} cm rectangle with a {a} cm by {b} cm corner square region removed. Find its perimeter.",
         u="cm", goal="the perimeter of the L-shape", ans="The perimeter is {ans}."),
    dict(q="A garden is a {W} yd by {H} yd rectangle missing a {a} yd by {b} yd corner. How many yards of fence go around it?",
         u="yd", goal="the length of fence", ans="The fence is {ans} long."),
])
class LPerim:
    def nums(rng):
        W = pick(rng, 9, 30)
        H = pick(rng, 7, 24)
        return dict(W=W, H=H, a=pick(rng, 2, W - 3), b=pick(rng, 2, H - 3))

    def solve(ctx, v, ph):
        u = ph["u"]
        ctx.text("Going around the L-shape, the six sides are: %s, %s, the two short sides left by the corner cut (%s and %s), and the two remaining pieces." %
                 (ds(v["W"]) + " " + u, ds(v["H"]) + " " + u, ds(v["a"]) + " " + u, ds(v["b"]) + " " + u))
        x = ctx.calc("x", sub(n(v["W"]), n(v["a"])), Ln(u), what="the first missing side", title="Find the first missing side",
                     label="Missing side 1")
        y = ctx.calc("y", sub(n(v["H"]), n(v["b"])), Ln(u), what="the second missing side", title="Find the second missing side",
                     label="Missing side 2")
        P = ctx.calc("P", add(n(v["W"]), n(v["H"]), n(x), n(v["b"]), n(v["a"]), n(y)), Ln(u), mid=False,
                     what="the perimeter", title="Add all six sides", label="Perimeter", wordlhs="Perimeter")
        ctx.calc(None, imp(n(2), add(n(v["W"]), n(v["H"]))), Ln(u), check=True)
        ctx.answer(P, Ln(u), ph["ans"])


@struct("tiles_cost", [
    dict(q="A kitchen floor is {l} ft by {w} ft. It will be covered with square tiles that are {t} ft on each side. Each tile costs ${p}. How much will the tiles cost?",
         u="ft", goal="the cost of the tiles", ans="The tiles will cost {ans}."),
    dict(q="A patio measuring {l} m by {w} m is to be paved with square slabs {t} m on a side. Slabs cost ${p} each. What is the total cost of the slabs?",
         u="m", goal="the total cost of the slabs", ans="The slabs cost {ans} in total."),
    dict(q="Jorge is tiling a rectangular bathroom wall {l} ft wide and {w} ft tall with square tiles {t} ft on each side. If each tile costs ${p}, how much does he spend?",
         u="ft", goal="how much Jorge spends", ans="Jorge spends {ans}."),
    dict(q="A hallway floor is {l} m long and {w} m wide. Square carpet tiles measure {t} m by {t} m and cost ${p} each. Find the cost of carpeting the hallway.",
         u="m", goal="the cost of carpeting the hallway", ans="Carpeting the hallway costs {ans}."),
])
class Tiles:
    def nums(rng):
        t = rng.choice([1, 2, 2, 3, "0.5"])
        tf = F(t)
        k1, k2 = pick(rng, 3, 14), pick(rng, 2, 10)
        p = rng.choice(["2", "3", "4", "1.25", "2.50", "3.75", "5.50", "6"])
        return dict(t=t, l=tf * k1 * (1 if tf <= 1 else 1), w=tf * k2, p=p)

    def solve(ctx, v, ph):
        u = ph["u"]
        l, w, t = F(v["l"]), F(v["w"]), F(v["t"])
        A = ctx.calc("A", mul(n(l), n(w)), Ar(u), what="the area to cover", title="Find the area to cover",
                     label="Area to cover", wordlhs="Area")
        a = ctx.calc("a", sq(n(t)), Ar(u), what="the area of one tile", title="Find the area of one tile",
                     label="One tile", wordlhs="Tile area")
        N = ctx.calc("N", div(n(A), n(a)), cnt("tile", "tiles"), what="the number of tiles",
                     title="Find the number of tiles", label="Number of tiles", wordlhs="Tiles",
                     why="Divide the total area by the area of one tile.")
        N2 = ctx.ceil(N, "tile", "tiles", "You can't buy part of a tile")
        C = ctx.calc("C", mul(n(N2), lit(v["p"])), money=True, what="the cost", title="Find the cost",
                     label="Cost", wordlhs="Cost")
        ctx.answer(C, ("$",), ph["ans"], money=True)


@struct("carpet_cost", [
    dict(q="Carpet costs ${p} per square foot. How much will it cost to carpet a rectangular living room that is {l} ft by {w} ft?",
         u="ft", goal="the cost of the carpet", ans="It will cost {ans} to carpet the room."),
    dict(q="A rectangular classroom floor is {l} m long and {w} m wide. New flooring costs ${p} per square meter. What is the total cost?",
         u="m", goal="the total cost of the flooring", ans="The total cost is {ans}."),
    dict(q="Sod costs ${p} per square yard. How much does it cost to cover a lawn that is {l} yd long and {w} yd wide?",
         u="yd", goal="the cost of the sod", ans="The sod costs {ans}."),
    dict(q="A stage floor measuring {l} m by {w} m is being painted. The paint job costs ${p} per square meter. How much will it cost?",
         u="m", goal="the cost of painting the stage floor", ans="Painting the stage floor costs {ans}."),
])
class Carpet:
    def nums(rng):
        l = pick(rng, 6, 30)
        return dict(l=l, w=pick(rng, 4, l), p=rng.choice(["2", "3", "4.50", "2.75", "5", "12", "1.80", "3.20"]))

    def solve(ctx, v, ph):
        u = ph["u"]
        A = ctx.calc("A", mul(var("l", "length", v["l"], Ln(u)), var("w", "width", v["w"], Ln(u))), Ar(u),
                     what="the area of the floor", title="Find the area", label="Area", wordlhs="Area",
                     formula=imp(var("l", "length", 0), var("w", "width", 0)))
        C = ctx.calc("C", mul(n(A), lit(v["p"])), money=True, what="the total cost", title="Multiply by the cost per square unit",
                     label="Cost", wordlhs="Cost", why="Each square %s costs %s." % (US[u], money(v["p"])))
        ctx.answer(C, ("$",), ph["ans"], money=True)


@struct("paint_walls", [
    dict(q="A room is {l} m long, {w} m wide and {h} m high. Ignoring doors and windows, the four walls are to be painted. One can of paint covers {c} m². How many cans are needed?",
         u="m", goal="how many cans of paint are needed", ans="{ans} are needed."),
    dict(q="Kai is painting the four walls of his bedroom. The room is {l} ft long, {w} ft wide, and the walls are {h} ft tall. A gallon of paint covers {c} square feet. How many gallons must he buy (ignore doors and windows)?",
         u="ft", goal="how many gallons Kai must buy", ans="Kai must buy {ans}."),
    dict(q="The walls of a storage room need one coat of paint. The room measures {l} m by {w} m and the walls are {h} m tall. Each tin of paint covers {c} square meters. How many tins are required? (Ignore the door.)",
         u="m", goal="the number of tins required", ans="{ans} are required."),
    dict(q="A classroom is {l} ft by {w} ft with {h}-foot walls. If one bucket of paint covers {c} sq ft, how many buckets are needed to paint all four walls once? Ignore windows and doors.",
         u="ft", goal="the number of buckets needed", ans="{ans} are needed."),
])
class Paint:
    def nums(rng, ph):
        if ph["u"] == "ft":
            l = pick(rng, 10, 20)
            return dict(l=l, w=pick(rng, 8, l), h=pick(rng, 8, 10), c=rng.choice([150, 200, 250, 300, 350, 400]))
        l = pick(rng, 4, 14)
        return dict(l=l, w=pick(rng, 3, l), h=rng.choice([2, 3, "2.5", "2.4", 3]),
                    c=rng.choice([10, 12, 15, 20, 25, 30, 40]))

    def solve(ctx, v, ph):
        u = ph["u"]
        l, w, h, c = F(v["l"]), F(v["w"]), F(v["h"]), F(v["c"])
        unitname = {"0": "can"}
        s, p = {0: ("can", "cans"), 1: ("gallon", "gallons"), 2: ("tin", "tins"), 3: ("bucket", "buckets")}[ph["i"]]
        A1 = ctx.calc("A", mul(n(2), n(l), n(h)), Ar(u), what="the area of the two long walls",
                      title="Area of the two long walls", label="Long walls", wordlhs="Long walls")
        A2 = ctx.calc("B", mul(n(2), n(w), n(h)), Ar(u), what="the area of the two short walls",
                      title="Area of the two short walls", label="Short walls", wordlhs="Short walls")
        T = ctx.calc("T", add(n(A1), n(A2)), Ar(u), what="the total wall area", title="Total wall area",
                     label="Total wall area", wordlhs="Total")
        N = ctx.calc("N", div(n(T), n(c)), cnt(s, p), what="the number of " + p, title="Divide by the coverage",
                     label=cap(p) + " (exact)", wordlhs=cap(p),
                     why="Each %s covers %s %s." % (s, ds(c), "square feet" if u == "ft" else "square meters"))
        N2 = ctx.ceil(N, s, p, "You can only buy whole %s" % p)
        ctx.answer(N2, cnt(s, p), ph["ans"])


def cap(s):
    return s[:1].upper() + s[1:]


@struct("path_around", [
    dict(q="A rectangular pool is {l} m long and {w} m wide. A path {p} m wide goes all the way around it. What is the area of the path?",
         u="m", goal="the area of the path", ans="The path has an area of {ans}."),
    dict(q="A {l} ft by {w} ft rug lies in the middle of a room, leaving a strip of floor {p} ft wide all around it. The room's floor is exactly the rug plus the strip. What is the area of the uncovered strip?",
         u="ft", goal="the area of the uncovered strip", ans="The uncovered strip has an area of {ans}."),
    dict(q="A photo {l} cm by {w} cm is surrounded by a mat border {p} cm wide on every side. Find the area of the mat border.",
         u="cm", goal="the area of the mat border", ans="The border's area is {ans}."),
    dict(q="A garden measuring {l} yd by {w} yd has a gravel walkway {p} yd wide built around the outside. How many square yards of gravel walkway are there?",
         u="yd", goal="the area of the walkway", ans="The walkway covers {ans}."),
])
class Path:
    def nums(rng):
        l = pick(rng, 6, 30)
        return dict(l=l, w=pick(rng, 4, l), p=rng.choice([1, 2, 3, "1.5", 1, 2]))

    def solve(ctx, v, ph):
        u = ph["u"]
        l, w, p = F(v["l"]), F(v["w"]), F(v["p"])
        L = ctx.calc("L", add(n(l), imp(n(2), n(p)) if False else mul(n(2), n(p))), Ln(u),
                     what="the outer length", title="Find the outer length", label="Outer length",
                     why="The path adds its width on both ends.", wordlhs="Outer length")
        W = ctx.calc("W", add(n(w), mul(n(2), n(p))), Ln(u), what="the outer width", title="Find the outer width",
                     label="Outer width", wordlhs="Outer width")
        Ao = ctx.calc("A", mul(n(L), n(W)), Ar(u), what="the outer area", title="Outer area", label="Outer area",
                      wordlhs="Outer area")
        Ai = ctx.calc("B", mul(n(l), n(w)), Ar(u), what="the inner area", title="Inner area", label="Inner area",
                      wordlhs="Inner area")
        P = ctx.calc("P", sub(n(Ao), n(Ai)), Ar(u), what="the area of the border", title="Subtract",
                     label="Border area", wordlhs="Border", why="The border is what is left when the inner rectangle is removed.")
        ctx.answer(P, Ar(u), ph["ans"])


# ================================================================= volume

@struct("box_volume", [
    dict(q="A shoebox is {l} cm long, {w} cm wide and {h} cm tall. What is its volume?", u="cm",
         goal="the volume of the shoebox", ans="The volume of the shoebox is {ans}."),
    dict(q="A storage container is {l} ft long, {w} ft wide and {h} ft high. How many cubic feet of space does it have?",
         u="ft", goal="the volume of the container", ans="The container holds {ans}."),
    dict(q="Find the volume of a rectangular prism with length {l} in, width {w} in and height {h} in.", u="in",
         goal="the volume of the prism", ans="The volume is {ans}."),
    dict(q="A sandbox is {l} m long, {w} m wide and {h} m deep. How many cubic meters of sand will fill it?", u="m",
         goal="the volume of sand", ans="It takes {ans} of sand."),
])
class BoxVol:
    def nums(rng, ph):
        if ph["u"] == "m":
            return dict(l=pick(rng, 2, 9), w=pick(rng, 2, 6), h=ds(F(pick(rng, 1, 4), 2)))
        return dict(l=pick(rng, 4, 40), w=pick(rng, 3, 25), h=pick(rng, 2, 20))

    def solve(ctx, v, ph):
        u = ph["u"]
        given(ctx, ("l", v["l"], Ln(u)), ("w", v["w"], Ln(u)), ("h", v["h"], Ln(u)))
        l, w, h = var("l", "length", v["l"], Ln(u)), var("w", "width", v["w"], Ln(u)), var("h", "height", v["h"], Ln(u))
        V = ctx.calc("V", mul(l, w, h), Vo(u), what="the volume", title="Use the volume formula", label="Volume",
                     why="The volume of a rectangular box is length × width × height.", wordlhs="Volume",
                     formula=imp(imp(var("l", "length", 0), var("w", "width", 0)), var("h", "height", 0)))
        ctx.answer(V, Vo(u), ph["ans"])


@struct("cube_surface_area", [
    dict(q="A cube-shaped gift box has edges {s} cm long. How much wrapping paper is needed to cover the whole box exactly, with no overlap?",
         u="cm", goal="the surface area of the box", ans="{ans} of wrapping paper is needed."),
    dict(q="What is the surface area of a cube with edge length {s} inches?", u="in",
         goal="the surface area of the cube", ans="The surface area is {ans}."),
    dict(q="A wooden cube has sides of {s} ft. All six faces will be painted. What area will be painted?", u="ft",
         goal="the painted area", ans="{ans} will be painted."),
    dict(q="A cube-shaped water tank has an edge of {s} m. Find its total surface area.", u="m",
         goal="the total surface area", ans="The tank's total surface area is {ans}."),
])
class CubeSA:
    def nums(rng):
        return dict(s=pick(rng, 2, 25))

    def solve(ctx, v, ph):
        u = ph["u"]
        f = ctx.calc("f", sq(var("s", "side", v["s"], Ln(u))), Ar(u), what="the area of one face",
                     title="Area of one face", label="One face", why="Each face of a cube is a square.",
                     formula=sq(var("s", "side", 0)), wordlhs="Face")
        S = ctx.calc("SA", mul(n(6), n(f)), Ar(u), what="the surface area", title="Multiply by 6 faces",
                     label="Surface area", why="A cube has 6 identical faces.", wordlhs="Surface area")
        ctx.answer(S, Ar(u), ph["ans"])


@struct("cube_volume", [
    dict(q="A cube has an edge length of {s} cm. What is its volume?", u="cm", goal="the volume of the cube",
         ans="The volume of the cube is {ans}."),
    dict(q="A cube-shaped planter box measures {s} ft on each edge. How many cubic feet of soil does it hold?", u="ft",
         goal="how much soil the planter holds", ans="The planter holds {ans} of soil."),
    dict(q="Each edge of a cube-shaped block of ice is {s} in. Find the volume of the block.", u="in",
         goal="the volume of the block", ans="The block's volume is {ans}."),
    dict(q="A storage cube measures {s} m along each edge. What is its volume?", u="m", goal="the volume",
         ans="The volume is {ans}."),
])
class CubeVol:
    def nums(rng):
        return dict(s=pick(rng, 2, 24))

    def solve(ctx, v, ph):
        u = ph["u"]
        V = ctx.calc("V", cube(var("s", "side", v["s"], Ln(u))), Vo(u), what="the volume", title="Cube the edge length",
                     label="Volume", why="The volume of a cube is edge × edge × edge.",
                     formula=cube(var("s", "side", 0)), wordlhs="Volume")
        ctx.answer(V, Vo(u), ph["ans"])


@struct("box_surface_area", [
    dict(q="A closed cardboard box is {l} cm long, {w} cm wide and {h} cm high. How much cardboard is needed to make it (no overlaps)?",
         u="cm", goal="the surface area of the box", ans="{ans} of cardboard is needed."),
    dict(q="Find the surface area of a rectangular prism that is {l} in by {w} in by {h} in.", u="in",
         goal="the surface area of the prism", ans="The surface area is {ans}."),
    dict(q="A toy chest is a rectangular box {l} ft long, {w} ft wide and {h} ft tall. Every outside face will be painted. What area is painted?",
         u="ft", goal="the painted area", ans="The painted area is {ans}."),
    dict(q="What is the total surface area of a closed rectangular box measuring {l} m by {w} m by {h} m?", u="m",
         goal="the total surface area", ans="The total surface area is {ans}."),
])
class BoxSA:
    def nums(rng):
        return dict(l=pick(rng, 3, 30), w=pick(rng, 2, 20), h=pick(rng, 2, 15))

    def solve(ctx, v, ph):
        u = ph["u"]
        a = ctx.calc("A", mul(n(v["l"]), n(v["w"])), Ar(u), what="the area of the top", title="Top and bottom",
                     label="Top", wordlhs="Top")
        b = ctx.calc("B", mul(n(v["l"]), n(v["h"])), Ar(u), what="the area of the front", title="Front and back",
                     label="Front", wordlhs="Front")
        c = ctx.calc("C", mul(n(v["w"]), n(v["h"])), Ar(u), what="the area of one side", title="The two sides",
                     label="Side", wordlhs="Side")
        s = ctx.calc("S", add(n(a), n(b), n(c)), Ar(u), what="the sum of the three different faces", mid=False,
                     title="Add the three different faces", label="Sum of three faces", wordlhs="Sum")
        SA = ctx.calc("SA", mul(n(2), n(s)), Ar(u), what="the surface area", title="Double it",
                      label="Surface area", why="Each face has an identical opposite face.", wordlhs="Surface area")
        ctx.answer(SA, Ar(u), ph["ans"])


@struct("tank_liters", [
    dict(q="A fish tank is {l} cm long, {w} cm wide and {h} cm high. How many liters of water does it hold when full? (1 liter = 1,000 cm³)",
         u="cm", goal="how many liters the tank holds", ans="The tank holds {ans}."),
    dict(q="An aquarium measures {l} cm by {w} cm by {h} cm. What is its capacity in liters?", u="cm",
         goal="the capacity in liters", ans="The aquarium holds {ans}."),
    dict(q="A rectangular planter is {l} cm long, {w} cm wide and {h} cm deep. How many liters of soil fill it? (1 L = 1000 cm³)",
         u="cm", goal="the liters of soil needed", ans="It takes {ans} of soil."),
    dict(q="A water trough is a box {l} cm long, {w} cm wide and {h} cm deep. How many liters does it hold?", u="cm",
         goal="how many liters the trough holds", ans="The trough holds {ans}."),
])
class Tank:
    def nums(rng):
        return dict(l=rng.choice([20, 25, 30, 40, 50, 60, 80, 100, 120]), w=rng.choice([10, 15, 20, 25, 30, 40, 50]),
                    h=rng.choice([10, 12, 15, 20, 25, 30, 35, 40]))

    def solve(ctx, v, ph):
        V = ctx.calc("V", mul(n(v["l"]), n(v["w"]), n(v["h"])), Vo("cm"), what="the volume",
                     title="Find the volume", label="Volume", wordlhs="Volume",
                     formula=imp(imp(var("l", "l", 0), var("w", "w", 0)), var("h", "h", 0)))
        L = ctx.calc("L", div(n(V), n(1000)), ("L",), what="the capacity in liters", title="Convert to liters",
                     label="Liters", why="There are 1,000 cm³ in 1 liter.", wordlhs="Liters")
        ctx.answer(L, ("L",), ph["ans"])


@struct("unit_cubes", [
    dict(q="How many {c}-cm cubes can be packed into a box that is {l} cm long, {w} cm wide and {h} cm tall?", u="cm",
         goal="the number of cubes that fit", ans="{ans} fit in the box."),
    dict(q="A crate is {l} ft by {w} ft by {h} ft. How many cube-shaped boxes with {c}-ft edges fit inside it exactly?",
         u="ft", goal="the number of boxes that fit", ans="{ans} fit inside the crate."),
    dict(q="A rectangular prism measuring {l} in × {w} in × {h} in is built from cubes with {c}-inch edges. How many cubes are used?",
         u="in", goal="how many cubes are used", ans="{ans} are used."),
    dict(q="Sugar cubes {c} cm on a side are packed into a box {l} cm long, {w} cm wide and {h} cm high with no gaps. How many sugar cubes fill the box?",
         u="cm", goal="the number of sugar cubes", ans="{ans} fill the box."),
])
class UnitCubes:
    def nums(rng):
        c = rng.choice([1, 2, 2, 3])
        return dict(c=c, l=c * pick(rng, 2, 12), w=c * pick(rng, 2, 9), h=c * pick(rng, 2, 8))

    def solve(ctx, v, ph):
        u = ph["u"]
        a = ctx.calc("a", div(n(v["l"]), n(v["c"])), cnt("cube", "cubes"), what="the number of cubes along the length",
                     title="Cubes along the length", label="Along the length", wordlhs="Length")
        b = ctx.calc("b", div(n(v["w"]), n(v["c"])), cnt("cube", "cubes"), what="the number of cubes along the width",
                     title="Cubes along the width", label="Along the width", wordlhs="Width")
        c = ctx.calc("c", div(n(v["h"]), n(v["c"])), cnt("cube", "cubes"), what="the number of layers",
                     title="Number of layers", label="Layers", wordlhs="Height")
        N = ctx.calc("N", mul(n(a), n(b), n(c)), cnt("cube", "cubes"), what="the total number of cubes",
                     title="Multiply", label="Total cubes", wordlhs="Total")
        ctx.answer(N, cnt("cube", "cubes"), ph["ans"])


# ================================================================= circles

def _pi_note(ctx, kind):
    if kind == "3.14":
        ctx.text("We'll use π ≈ 3.14.")
    elif kind == "22/7":
        ctx.text("Since the problem says to use 22/7 for π, we'll use that value.")


@struct("circle_area_314", [
    dict(q="A circular rug has a radius of {r} ft. What is the area of the rug? Use 3.14 for π.", u="ft", giv="r",
         goal="the area of the rug", ans="The rug's area is {ans}."),
    dict(q="A round tabletop has a diameter of {d} in. Find its area, using π ≈ 3.14.", u="in", giv="d",
         goal="the area of the tabletop", ans="The tabletop has an area of {ans}."),
    dict(q="A sprinkler waters a circle with a radius of {r} m. How much lawn area does it water? (Use π = 3.14.)", u="m",
         giv="r", goal="the area watered", ans="The sprinkler waters {ans}."),
    dict(q="A circular pizza has a diameter of {d} cm. What is the area of the top of the pizza? Use π ≈ 3.14.", u="cm",
         giv="d", goal="the area of the pizza", ans="The pizza's area is {ans}."),
])
class CircA314:
    def nums(rng):
        r = pick(rng, 2, 20)
        return dict(r=r, d=2 * r)

    def solve(ctx, v, ph):
        u = ph["u"]
        if ph["giv"] == "d":
            r = ctx.calc("r", div(var("d", "diameter", v["d"], Ln(u)), n(2)), Ln(u), what="the radius",
                         title="Find the radius", label="Radius", why="The radius is half the diameter.",
                         formula=div(var("d", "diameter", 0), n(2)), wordlhs="Radius")
        else:
            r = F(v["r"])
        A = ctx.calc("A", mul(lit("3.14"), sq(var("r", "radius", r, Ln(u)))), Ar(u), what="the area",
                     title="Use the area formula", label="Area", why="The area of a circle is πr².",
                     formula=imp(PiSym(), sq(var("r", "radius", 0))), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("circle_circ_314", [
    dict(q="A bicycle wheel has a diameter of {d} cm. What is the circumference of the wheel? Use π ≈ 3.14.", u="cm",
         giv="d", goal="the circumference of the wheel", ans="The circumference is {ans}."),
    dict(q="A circular pond has a radius of {r} m. How long is the path around the edge of the pond? (Use 3.14 for π.)",
         u="m", giv="r", goal="the distance around the pond", ans="The path is {ans} long."),
    dict(q="How much lace is needed to go around a round tablecloth with a radius of {r} in? Use π = 3.14.", u="in",
         giv="r", goal="the length of lace", ans="{ans} of lace is needed."),
    dict(q="A circular flower bed is {d} ft across. How much edging goes around it? Use π ≈ 3.14.", u="ft", giv="d",
         goal="the amount of edging", ans="{ans} of edging goes around the bed."),
])
class CircC314:
    def nums(rng):
        r = pick(rng, 2, 30)
        return dict(r=r, d=2 * r)

    def solve(ctx, v, ph):
        u = ph["u"]
        if ph["giv"] == "d":
            C = ctx.calc("C", mul(lit("3.14"), var("d", "diameter", v["d"], Ln(u))), Ln(u), what="the circumference",
                         title="Use the circumference formula", label="Circumference", why="The circumference is π times the diameter.",
                         formula=imp(PiSym(), var("d", "diameter", 0)), wordlhs="Circumference")
        else:
            C = ctx.calc("C", mul(n(2), lit("3.14"), var("r", "radius", v["r"], Ln(u))), Ln(u), what="the circumference",
                         title="Use the circumference formula", label="Circumference", why="The circumference is 2πr.",
                         formula=imp(imp(n(2), PiSym()), var("r", "radius", 0)), wordlhs="Circumference")
        ctx.answer(C, Ln(u), ph["ans"])


@struct("circle_area_227", [
    dict(q="A circular garden has a radius of {r} m. Using π = 22/7, find the area of the garden.", u="m", giv="r",
         goal="the area of the garden", ans="The garden's area is {ans}."),
    dict(q="A round mirror has a diameter of {d} cm. Taking π as 22/7, what is its area?", u="cm", giv="d",
         goal="the area of the mirror", ans="The mirror has an area of {ans}."),
    dict(q="Find the area of a circle with radius {r} in. Use 22/7 for π.", u="in", giv="r",
         goal="the area of the circle", ans="The area of the circle is {ans}."),
    dict(q="A circular helipad is {d} m across. Use π ≈ 22/7 to find how much area it covers.", u="m", giv="d",
         goal="the area of the helipad", ans="The helipad covers {ans}."),
])
class CircA227:
    def nums(rng):
        r = 7 * pick(rng, 1, 6)
        return dict(r=r, d=2 * r)

    def solve(ctx, v, ph):
        u = ph["u"]
        _pi_note(ctx, "22/7")
        if ph["giv"] == "d":
            r = ctx.calc("r", div(var("d", "diameter", v["d"], Ln(u)), n(2)), Ln(u), what="the radius",
                         title="Find the radius", label="Radius", why="The radius is half of the diameter.",
                         formula=div(var("d", "diameter", 0), n(2)), wordlhs="Radius")
        else:
            r = F(v["r"])
        A = ctx.calc("A", mul(Frac(22, 7), sq(var("r", "radius", r, Ln(u)))), Ar(u), what="the area",
                     title="Use A = πr²", label="Area", formula=imp(PiSym(), sq(var("r", "radius", 0))), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("circle_circ_227", [
    dict(q="A circular track has a diameter of {d} m. How far is one lap around it? Use π = 22/7.", u="m",
         goal="the length of one lap", ans="One lap is {ans}."),
    dict(q="Find the circumference of a circle with diameter {d} cm, taking π = 22/7.", u="cm",
         goal="the circumference", ans="The circumference is {ans}."),
    dict(q="A round clock face is {d} in across. How long is its rim? (π ≈ 22/7)", u="in",
         goal="the length of the rim", ans="The rim is {ans} long."),
    dict(q="A water tank has a circular top with a diameter of {d} ft. Using 22/7 for π, find the distance around the top.",
         u="ft", goal="the distance around the top", ans="The distance around the top is {ans}."),
])
class CircC227:
    def nums(rng):
        return dict(d=7 * pick(rng, 1, 12))

    def solve(ctx, v, ph):
        u = ph["u"]
        C = ctx.calc("C", mul(Frac(22, 7), var("d", "diameter", v["d"], Ln(u))), Ln(u), what="the circumference",
                     title="Use C = πd", label="Circumference", why="The circumference of a circle is π times its diameter.",
                     formula=imp(PiSym(), var("d", "diameter", 0)), wordlhs="Circumference")
        ctx.answer(C, Ln(u), ph["ans"])


@struct("circle_area_pi_round", [
    dict(q="What is the area of a circle with a radius of {r} m? Round to the nearest hundredth.", u="m", dp=2,
         goal="the area of the circle", ans="The area is about {ans}."),
    dict(q="A circular window has a radius of {r} in. Find its area to the nearest tenth of a square inch.", u="in", dp=1,
         goal="the area of the window", ans="The window's area is approximately {ans}."),
    dict(q="A round trampoline has a radius of {r} ft. What is its area, rounded to the nearest hundredth?", u="ft", dp=2,
         goal="the area of the trampoline", ans="The trampoline has an area of about {ans}."),
    dict(q="Find the area of a circular coaster with radius {r} cm. Give your answer to one decimal place.", u="cm", dp=1,
         goal="the area of the coaster", ans="The coaster's area is about {ans}."),
])
class CircAPi:
    def nums(rng):
        return dict(r=pick(rng, 2, 15))

    def solve(ctx, v, ph):
        u = ph["u"]
        A = ctx.calc("A", imp(PiSym(), sq(var("r", "radius", v["r"], Ln(u)))), Ar(u), what="the area", dp=ph["dp"],
                     title="Use A = πr²", label="Area", why="The area of a circle is π times the radius squared.",
                     formula=imp(PiSym(), sq(var("r", "radius", 0))), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"], dp=ph["dp"])


@struct("circle_circ_pi_round", [
    dict(q="A circular running track has a radius of {r} m. How long is one lap? Round to the nearest hundredth of a meter.",
         u="m", dp=2, goal="the length of one lap", ans="One lap is about {ans}."),
    dict(q="Find the circumference of a circle with a radius of {r} cm, to the nearest tenth.", u="cm", dp=1,
         goal="the circumference", ans="The circumference is approximately {ans}."),
    dict(q="A round hot tub has a radius of {r} ft. What is the distance around it? Round to two decimal places.", u="ft",
         dp=2, goal="the distance around the hot tub", ans="The distance around is about {ans}."),
    dict(q="A hoop has a radius of {r} in. How long is the hoop all the way around, to the nearest tenth of an inch?",
         u="in", dp=1, goal="the length around the hoop", ans="The hoop is about {ans} around."),
])
class CircCPi:
    def nums(rng):
        return dict(r=pick(rng, 2, 40))

    def solve(ctx, v, ph):
        u = ph["u"]
        C = ctx.calc("C", imp(imp(n(2), PiSym()), var("r", "radius", v["r"], Ln(u))), Ln(u), what="the circumference",
                     dp=ph["dp"], title="Use C = 2πr", label="Circumference", why="The circumference of a circle is 2πr.",
                     formula=imp(imp(n(2), PiSym()), var("r", "radius", 0)), wordlhs="Circumference")
        ctx.answer(C, Ln(u), ph["ans"], dp=ph["dp"])


@struct("semicircle_area", [
    dict(q="A semicircular window has a diameter of {d} in. What is its area? Use π ≈ 3.14.", u="in",
         goal="the area of the window", ans="The window's area is {ans}."),
    dict(q="A garden bed is shaped like a half circle with a diameter of {d} m. Find its area using 3.14 for π.", u="m",
         goal="the area of the garden bed", ans="The garden bed has an area of {ans}."),
    dict(q="What is the area of a semicircle whose diameter is {d} cm? (Use π = 3.14.)", u="cm",
         goal="the area of the semicircle", ans="The semicircle's area is {ans}."),
    dict(q="A stage is a half circle {d} ft across. How many square feet is the stage? Use π ≈ 3.14.", u="ft",
         goal="the area of the stage", ans="The stage is {ans}."),
])
class Semi:
    def nums(rng):
        return dict(d=2 * pick(rng, 2, 16))

    def solve(ctx, v, ph):
        u = ph["u"]
        r = ctx.calc("r", div(var("d", "diameter", v["d"], Ln(u)), n(2)), Ln(u), what="the radius",
                     title="Find the radius", label="Radius", formula=div(var("d", "diameter", 0), n(2)), wordlhs="Radius")
        A = ctx.calc("A", mul(lit("3.14"), sq(var("r", "radius", r, Ln(u)))), Ar(u), what="the area of the full circle",
                     title="Area of the full circle", label="Full circle", formula=imp(PiSym(), sq(var("r", "radius", 0))),
                     wordlhs="Full circle")
        S = ctx.calc("S", div(n(A), n(2)), Ar(u), what="the area of the half circle", title="Take half",
                     label="Half circle", why="A semicircle is half of a circle.", wordlhs="Semicircle")
        ctx.answer(S, Ar(u), ph["ans"])


@struct("wheel_revolutions", [
    dict(q="A bicycle wheel has a diameter of {d} cm. How many full turns does the wheel make when the bike travels {D} m? Use π ≈ 3.14.",
         goal="the number of turns", ans="The wheel turns {ans}."),
    dict(q="A measuring wheel with a diameter of {d} cm is rolled along a path {D} m long. How many revolutions does it make? (π = 3.14)",
         goal="the number of revolutions", ans="The wheel makes {ans}."),
    dict(q="A toy car's wheel is {d} cm in diameter. The car rolls {D} m. How many times does the wheel go around? Use 3.14 for π.",
         goal="how many times the wheel goes around", ans="The wheel goes around {ans}."),
    dict(q="A unicycle wheel has a diameter of {d} cm. How many rotations does it make in a {D} m ride? Use π ≈ 3.14.",
         goal="the number of rotations", ans="The wheel makes {ans}."),
])
class Wheel:
    def nums(rng):
        d = rng.choice([20, 40, 50, 60, 70, 80])
        k = rng.choice([50, 100, 150, 200, 250, 300, 400, 500])
        C = F("3.14") * d
        return dict(d=d, k=k, D=ds(C * k / 100))

    def solve(ctx, v, ph):
        C = ctx.calc("C", mul(lit("3.14"), n(v["d"])), Ln("cm"), what="the circumference of the wheel",
                     title="Distance covered in one turn", label="One turn", why="One turn moves the wheel forward one circumference.",
                     formula=imp(PiSym(), var("d", "d", 0)), wordlhs="Circumference")
        D = ctx.calc("D", mul(lit(v["D"]), n(100)), Ln("cm"), what="the distance in centimeters",
                     title="Convert the distance to centimeters", label="Distance in cm", why="There are 100 cm in 1 m.",
                     wordlhs="Distance")
        N = ctx.calc("N", div(n(D), n(C)), cnt("turn", "turns"), what="the number of turns", title="Divide",
                     label="Turns", wordlhs="Turns")
        s, p = {0: ("full turn", "full turns"), 1: ("revolution", "revolutions"), 2: ("time", "times"), 3: ("rotation", "rotations")}[ph["i"]]
        ctx.answer(N, cnt(s, p), ph["ans"])


@struct("cylinder_volume", [
    dict(q="A cylindrical can has a radius of {r} cm and a height of {h} cm. What is its volume? Use π ≈ 3.14.", u="cm",
         goal="the volume of the can", ans="The can's volume is {ans}."),
    dict(q="A round water tank has a radius of {r} m and is {h} m tall. How many cubic meters of water can it hold? (Use 3.14 for π.)",
         u="m", goal="the volume of the tank", ans="The tank can hold {ans}."),
    dict(q="Find the volume of a cylinder with radius {r} in and height {h} in. Use π = 3.14.", u="in",
         goal="the volume of the cylinder", ans="The volume is {ans}."),
    dict(q="A cylindrical pillar has a radius of {r} ft and a height of {h} ft. What volume of concrete is needed to fill it? Use π ≈ 3.14.",
         u="ft", goal="the volume of concrete", ans="It needs {ans} of concrete."),
])
class Cyl:
    def nums(rng):
        return dict(r=pick(rng, 1, 10), h=pick(rng, 2, 25))

    def solve(ctx, v, ph):
        u = ph["u"]
        B = ctx.calc("B", mul(lit("3.14"), sq(var("r", "radius", v["r"], Ln(u)))), Ar(u), what="the area of the base",
                     title="Find the area of the base", label="Base area", why="The base is a circle, so its area is πr².",
                     formula=imp(PiSym(), sq(var("r", "r", 0))), wordlhs="Base")
        V = ctx.calc("V", mul(n(B), var("h", "height", v["h"], Ln(u))), Vo(u), what="the volume",
                     title="Multiply by the height", label="Volume", why="Volume of a cylinder = base area × height.",
                     formula=imp(var("B", "base", 0), var("h", "height", 0)), wordlhs="Volume")
        ctx.answer(V, Vo(u), ph["ans"])


@struct("circle_from_circumference", [
    dict(q="The circumference of a circular pool is {C} m. What is the area of the pool's surface? Use π ≈ 3.14.", u="m",
         goal="the area of the pool's surface", ans="The surface area of the pool is {ans}."),
    dict(q="A circle has a circumference of {C} cm. Using π = 3.14, find its area.", u="cm",
         goal="the area of the circle", ans="The area is {ans}."),
    dict(q="A round table's edge measures {C} in all the way around. What is the area of the tabletop? (π ≈ 3.14)",
         u="in", goal="the area of the tabletop", ans="The tabletop's area is {ans}."),
    dict(q="A circular fence around a tree is {C} ft long. How much ground does it enclose? Use 3.14 for π.", u="ft",
         goal="the area enclosed", ans="The fence encloses {ans}."),
])
class CircFromC:
    def nums(rng):
        d = 2 * pick(rng, 2, 15)
        return dict(d=d, C=ds(F("3.14") * d))

    def solve(ctx, v, ph):
        u = ph["u"]
        d = ctx.calc("d", div(lit(v["C"]), lit("3.14")), Ln(u), what="the diameter", title="Find the diameter",
                     label="Diameter", why="Since C = πd, the diameter is C ÷ π.", wordlhs="Diameter",
                     formula=div(var("C", "C", 0), PiSym()))
        r = ctx.calc("r", div(n(d), n(2)), Ln(u), what="the radius", title="Find the radius", label="Radius",
                     wordlhs="Radius")
        A = ctx.calc("A", mul(lit("3.14"), sq(var("r", "radius", r, Ln(u)))), Ar(u), what="the area",
                     title="Find the area", label="Area", formula=imp(PiSym(), sq(var("r", "r", 0))), wordlhs="Area")
        ctx.answer(A, Ar(u), ph["ans"])


@struct("rect_plus_semicircle", [
    dict(q="A window is made of a rectangle {l} in wide and {h} in tall with a semicircle on top whose diameter is the width of the rectangle. What is the total area of the window? Use π ≈ 3.14.",
         u="in", goal="the total area of the window", ans="The window has a total area of {ans}."),
    dict(q="A garden is a rectangle {h} m long and {l} m wide with a half circle attached to one of the {l} m sides. Find the total area of the garden using π = 3.14.",
         u="m", goal="the area of the garden", ans="The garden's total area is {ans}."),
    dict(q="A rug is shaped like a rectangle {h} ft by {l} ft with a semicircle on one {l}-ft end. What is the area of the rug? (π ≈ 3.14)",
         u="ft", goal="the area of the rug", ans="The rug's area is {ans}."),
    dict(q="A composite figure is a {l} cm by {h} cm rectangle with a semicircle of diameter {l} cm on its top side. Find the area of the figure. Use 3.14 for π.",
         u="cm", goal="the area of the figure", ans="The figure's area is {ans}."),
])
class RectSemi:
    def nums(rng):
        return dict(l=2 * pick(rng, 2, 12), h=pick(rng, 3, 30))

    def solve(ctx, v, ph):
        u = ph["u"]
        R1 = ctx.calc("R", mul(n(v["l"]), n(v["h"])), Ar(u), what="the area of the rectangle",
                      title="Area of the rectangle", label="Rectangle", wordlhs="Rectangle")
        r = ctx.calc("r", div(n(v["l"]), n(2)), Ln(u), what="the radius of the semicircle", title="Radius of the semicircle",
                     label="Radius", wordlhs="Radius", why="The diameter of the semicircle is %s %s." % (ds(v["l"]), u))
        S = ctx.calc("S", mul(HALF, lit("3.14"), sq(var("r", "radius", r, Ln(u)))), Ar(u), what="the area of the semicircle",
                     title="Area of the semicircle", label="Semicircle",
                     formula=imp(imp(HALF, PiSym()), sq(var("r", "r", 0))), wordlhs="Semicircle")
        T = ctx.calc("T", add(n(R1), n(S)), Ar(u), what="the total area", title="Add the two parts",
                     label="Total", wordlhs="Total")
        ctx.answer(T, Ar(u), ph["ans"])


@struct("running_track", [
    dict(q="A running track is made of two straight sides, each {l} m long, and two semicircular ends with a diameter of {d} m. How long is one lap? Use π ≈ 3.14.",
         u="m", goal="the length of one lap", ans="One lap is {ans}."),
    dict(q="A stadium-shaped table has two straight edges of {l} in and two half-circle ends {d} in across. What is the perimeter of the table? (π = 3.14)",
         u="in", goal="the perimeter of the table", ans="The perimeter of the table is {ans}."),
    dict(q="A pool is shaped like a rectangle {l} ft long with semicircles on both ends. The pool is {d} ft wide. How much trim goes around the whole pool? Use 3.14 for π.",
         u="ft", goal="the length of trim", ans="{ans} of trim goes around the pool."),
    dict(q="A figure has two parallel straight sides of {l} cm joined by two semicircles of diameter {d} cm. Find the perimeter. Use π ≈ 3.14.",
         u="cm", goal="the perimeter of the figure", ans="The perimeter is {ans}."),
])
class Track:
    def nums(rng):
        return dict(l=pick(rng, 10, 100), d=pick(rng, 4, 60))

    def solve(ctx, v, ph):
        u = ph["u"]
        C = ctx.calc("C", mul(lit("3.14"), n(v["d"])), Ln(u), what="the length of the two curved ends",
                     title="The two curved ends", label="Curved ends",
                     why="The two semicircles together make one full circle.", formula=imp(PiSym(), var("d", "d", 0)),
                     wordlhs="Curves")
        S = ctx.calc("S", mul(n(2), n(v["l"])), Ln(u), what="the length of the straight sides", title="The straight sides",
                     label="Straight sides", wordlhs="Straights")
        P = ctx.calc("P", add(n(C), n(S)), Ln(u), what="the total distance around", title="Add them",
                     label="Total", wordlhs="Total")
        ctx.answer(P, Ln(u), ph["ans"])


# ================================================================== angles

@struct("triangle_third_angle", [
    dict(q="Two angles of a triangle measure {a}° and {b}°. What is the measure of the third angle?",
         goal="the third angle", ans="The third angle measures {ans}."),
    dict(q="In triangle ABC, angle A = {a}° and angle B = {b}°. Find angle C.", goal="angle C",
         ans="Angle C is {ans}."),
    dict(q="A triangular roof truss has two angles of {a} degrees and {b} degrees. How big is the third angle?",
         goal="the size of the third angle", ans="The third angle is {ans}."),
    dict(q="A triangle has angles of {a}°, {b}° and x°. What is x?", goal="the value of x", ans="x = {ans}."),
])
class Tri3:
    def nums(rng):
        a = pick(rng, 20, 110)
        b = pick(rng, 15, 170 - a - 5)
        return dict(a=a, b=b)

    def solve(ctx, v, ph):
        s = ctx.calc("s", add(n(v["a"]), n(v["b"])), DEG, what="the sum of the two known angles",
                     title="Add the known angles", label="Known angles", wordlhs="Sum",
                     why="The angles in a triangle add up to 180°.")
        x = ctx.calc("x", sub(n(180), n(s)), DEG, what="the third angle", title="Subtract from 180°",
                     label="Third angle", wordlhs="Third angle")
        ctx.calc(None, add(n(v["a"]), n(v["b"]), n(x)), DEG, check=True, mid=False)
        ctx.answer(x, DEG, ph["ans"])


@struct("straight_line_angles", [
    dict(q="Three angles sit side by side on a straight line. Two of them are {a}° and {b}°. What is the third angle?",
         goal="the third angle", ans="The third angle is {ans}."),
    dict(q="Angles x, {a}° and {b}° together form a straight angle. Find x.", goal="x", ans="x = {ans}."),
    dict(q="A straight road is crossed by two paths that make angles of {a} degrees and {b} degrees with it on the same side, leaving a third angle between them. What is that angle?",
         goal="the angle between the paths", ans="The angle between the paths is {ans}."),
    dict(q="On a straight line, three adjacent angles measure {a}°, {b}° and y°. What is y?", goal="y",
         ans="y = {ans}."),
])
class Straight:
    def nums(rng):
        a = pick(rng, 15, 120)
        return dict(a=a, b=pick(rng, 10, 170 - a))

    def solve(ctx, v, ph):
        x = ctx.calc("x", sub(sub(n(180), n(v["a"])), n(v["b"])), DEG, what="the missing angle",
                     title="Subtract the known angles from 180°", label="Missing angle", wordlhs="Missing angle",
                     why="Angles on a straight line add up to 180°.")
        ctx.calc(None, add(n(v["a"]), n(v["b"]), n(x)), DEG, check=True, mid=False)
        ctx.answer(x, DEG, ph["ans"])


@struct("angles_around_point", [
    dict(q="Four angles meet at a point. Three of them measure {a}°, {b}° and {c}°. What is the fourth angle?",
         goal="the fourth angle", ans="The fourth angle is {ans}."),
    dict(q="A pizza is cut from the center into four slices with angles of {a}°, {b}°, {c}° and x°. Find x.",
         goal="x", ans="x = {ans}."),
    dict(q="The hands and markers on a dial split the full turn into four angles. Three are {a} degrees, {b} degrees and {c} degrees. How big is the last one?",
         goal="the last angle", ans="The last angle is {ans}."),
    dict(q="Around a point, angles of {a}°, {b}°, {c}° and y° fit together. What is y?", goal="y", ans="y = {ans}."),
])
class Around:
    def nums(rng):
        a = pick(rng, 30, 120)
        b = pick(rng, 25, 110)
        c = pick(rng, 20, 330 - a - b)
        return dict(a=a, b=b, c=c)

    def solve(ctx, v, ph):
        s = ctx.calc("s", add(n(v["a"]), n(v["b"]), n(v["c"])), DEG, what="the sum of the known angles", mid=False,
                     title="Add the known angles", label="Known angles", wordlhs="Sum",
                     why="Angles around a point add up to 360°.")
        x = ctx.calc("x", sub(n(360), n(s)), DEG, what="the missing angle", title="Subtract from 360°",
                     label="Missing angle", wordlhs="Missing angle")
        ctx.answer(x, DEG, ph["ans"])


@struct("isosceles_base_angles", [
    dict(q="An isosceles triangle has a top (vertex) angle of {a}°. What is the measure of each base angle?",
         goal="each base angle", ans="Each base angle is {ans}."),
    dict(q="In an isosceles triangle the angle between the two equal sides is {a} degrees. Find one of the other angles.",
         goal="one of the base angles", ans="Each of the other angles measures {ans}."),
    dict(q="A sign is shaped like an isosceles triangle with a vertex angle of {a}°. What are the two equal angles?",
         goal="the two equal angles", ans="The two equal angles are each {ans}."),
    dict(q="The apex angle of an isosceles triangle is {a}°. How large is each of the base angles?",
         goal="each base angle", ans="Each base angle is {ans}."),
])
class Isos:
    def nums(rng):
        return dict(a=pick(rng, 20, 150))

    def solve(ctx, v, ph):
        s = ctx.calc("s", sub(n(180), n(v["a"])), DEG, what="the sum of the two base angles",
                     title="Subtract the vertex angle from 180°", label="Both base angles", wordlhs="Base angles",
                     why="The three angles add to 180°.")
        b = ctx.calc("b", div(n(s), n(2)), DEG, what="each base angle", title="Split equally",
                     label="Each base angle", wordlhs="Each", why="The two base angles are equal.", dp=1)
        ctx.answer(b, DEG, ph["ans"])


@struct("quad_fourth_angle", [
    dict(q="Three angles of a quadrilateral are {a}°, {b}° and {c}°. Find the fourth angle.", goal="the fourth angle",
         ans="The fourth angle is {ans}."),
    dict(q="A kite-shaped frame has angles of {a}°, {b}° and {c}°. What is its fourth angle?", goal="the fourth angle",
         ans="The fourth angle measures {ans}."),
    dict(q="In quadrilateral PQRS, angle P = {a}°, angle Q = {b}° and angle R = {c}°. What is angle S?",
         goal="angle S", ans="Angle S is {ans}."),
    dict(q="A four-sided garden has corner angles of {a} degrees, {b} degrees and {c} degrees. What is the last corner angle?",
         goal="the last corner angle", ans="The last corner angle is {ans}."),
])
class Quad:
    def nums(rng):
        a = pick(rng, 60, 130)
        b = pick(rng, 50, 130)
        c = pick(rng, 40, min(150, 340 - a - b))
        return dict(a=a, b=b, c=c)

    def solve(ctx, v, ph):
        s = ctx.calc("s", add(n(v["a"]), n(v["b"]), n(v["c"])), DEG, what="the sum of the three known angles",
                     mid=False, title="Add the three angles", label="Known angles", wordlhs="Sum",
                     why="The angles of a quadrilateral add up to 360°.")
        x = ctx.calc("x", sub(n(360), n(s)), DEG, what="the fourth angle", title="Subtract from 360°",
                     label="Fourth angle", wordlhs="Fourth angle")
        ctx.answer(x, DEG, ph["ans"])


@struct("polygon_interior_angle", [
    dict(q="What is the measure of each interior angle of a regular polygon with {k} sides?", goal="each interior angle",
         ans="Each interior angle is {ans}."),
    dict(q="A tile is shaped like a regular polygon with {k} equal sides and {k} equal angles. How big is each of its interior angles?",
         goal="each interior angle", ans="Each interior angle measures {ans}."),
    dict(q="A gazebo floor is a regular polygon with {k} sides. Find the size of each corner angle.",
         goal="each corner angle", ans="Each corner angle is {ans}."),
    dict(q="Find one interior angle of a regular {k}-gon.", goal="one interior angle", ans="One interior angle is {ans}."),
])
class PolyAng:
    def nums(rng):
        return dict(k=rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36]))

    def solve(ctx, v, ph):
        S = ctx.calc("S", mul(sub(var("n", "n", v["k"]), n(2)), n(180)), DEG, what="the sum of the interior angles",
                     title="Find the angle sum", label="Angle sum", wordlhs="Sum",
                     why="The interior angles of an n-sided polygon add up to (n − 2) × 180°.",
                     formula=mul(sub(var("n", "n", 0), n(2)), n(180)))
        e = ctx.calc("a", div(n(S), n(v["k"])), DEG, what="each interior angle", title="Divide by the number of angles",
                     label="Each angle", wordlhs="Each angle", why="All the angles of a regular polygon are equal.", dp=1)
        ctx.answer(e, DEG, ph["ans"])


# ============================================================== pythagoras
TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41), (12, 35, 37)]


def _triple(rng):
    a, b, c = rng.choice(TRIPLES)
    k = rng.choice([1, 1, 2, 3]) if c < 20 else 1
    if rng.random() < 0.5:
        a, b = b, a
    return a * k, b * k, c * k


@struct("pyth_hypotenuse", [
    dict(q="A right triangle has legs of {a} cm and {b} cm. How long is the hypotenuse?", u="cm",
         goal="the length of the hypotenuse", ans="The hypotenuse is {ans}."),
    dict(q="A rectangular field is {a} m wide and {b} m long. How long is the path straight across it from one corner to the opposite corner?",
         u="m", goal="the length of the diagonal path", ans="The diagonal path is {ans} long."),
    dict(q="Nina walks {a} km east and then {b} km north. How far is she from where she started, in a straight line?",
         u="km", goal="her straight-line distance from the start", ans="She is {ans} from where she started."),
    dict(q="A TV screen is {a} in wide and {b} in tall. What is the length of its diagonal?", u="in",
         goal="the length of the diagonal", ans="The diagonal is {ans}."),
])
class PythHyp:
    def nums(rng):
        a, b, c = _triple(rng)
        return dict(a=a, b=b, c=c)

    def solve(ctx, v, ph):
        u = ph["u"]
        s = ctx.calc("c²", add(sq(var("a", "a", v["a"])), sq(var("b", "b", v["b"]))), None,
                     what="the square of the hypotenuse", title="Apply the Pythagorean theorem",
                     label="a² + b²", why="For a right triangle, a² + b² = c².",
                     formula=add(sq(var("a", "a", 0)), sq(var("b", "b", 0))))
        c = ctx.calc("c", Sqrt(n(s)), Ln(u), what="the hypotenuse", title="Take the square root", label="Hypotenuse",
                     wordlhs="Hypotenuse", dp=1)
        ctx.answer(c, Ln(u), ph["ans"], dp=None)


@struct("pyth_leg_ladder", [
    dict(q="A {c} ft ladder leans against a wall. The bottom of the ladder is {a} ft from the wall. How high up the wall does the ladder reach?",
         u="ft", goal="how high the ladder reaches", ans="The ladder reaches {ans} up the wall."),
    dict(q="The hypotenuse of a right triangle is {c} cm and one leg is {a} cm. Find the other leg.", u="cm",
         goal="the other leg", ans="The other leg is {ans}."),
    dict(q="A kite string is {c} m long and the kite is directly above a point {a} m away from the person holding it. How high is the kite?",
         u="m", goal="the height of the kite", ans="The kite is {ans} high."),
    dict(q="A wheelchair ramp is {c} ft long and covers a horizontal distance of {a} ft. How high does the ramp rise?",
         u="ft", goal="the height of the ramp", ans="The ramp rises {ans}."),
])
class PythLeg:
    def nums(rng):
        a, b, c = _triple(rng)
        return dict(a=a, b=b, c=c)

    def solve(ctx, v, ph):
        u = ph["u"]
        s = ctx.calc("b²", sub(sq(var("c", "c", v["c"])), sq(var("a", "a", v["a"]))), None,
                     what="the square of the missing side", title="Rearrange the Pythagorean theorem",
                     label="c² − a²", why="Since a² + b² = c², we have b² = c² − a².",
                     formula=sub(sq(var("c", "c", 0)), sq(var("a", "a", 0))))
        b = ctx.calc("b", Sqrt(n(s)), Ln(u), what="the missing side", title="Take the square root", label="Missing side",
                     wordlhs="Missing side", dp=1)
        ctx.answer(b, Ln(u), ph["ans"], dp=None)


@struct("pyth_round_tenth", [
    dict(q="A right triangle has legs of {a} cm and {b} cm. Find the length of the hypotenuse to the nearest tenth.",
         u="cm", goal="the hypotenuse", ans="The hypotenuse is about {ans}."),
    dict(q="A rectangular door is {a} ft wide and {b} ft tall. How long is its diagonal, rounded to the nearest tenth of a foot?",
         u="ft", goal="the length of the diagonal", ans="The diagonal is about {ans}."),
    dict(q="A boat sails {a} km west and then {b} km south. How far is it from its starting point, to the nearest tenth of a kilometer?",
         u="km", goal="the distance from the start", ans="The boat is about {ans} from its start."),
    dict(q="A phone screen is {a} cm wide and {b} cm tall. What is the diagonal length? Round to one decimal place.",
         u="cm", goal="the diagonal length", ans="The diagonal is approximately {ans}."),
])
class PythRound:
    def nums(rng):
        while True:
            a, b = pick(rng, 2, 20), pick(rng, 3, 24)
            if int(a * a + b * b) != round((a * a + b * b) ** 0.5) ** 2:
                return dict(a=a, b=b)

    def solve(ctx, v, ph):
        u = ph["u"]
        s = ctx.calc("c²", add(sq(var("a", "a", v["a"])), sq(var("b", "b", v["b"]))), None,
                     what="the square of the hypotenuse", title="Use the Pythagorean theorem", label="a² + b²",
                     why="For a right triangle, c² = a² + b².", formula=add(sq(var("a", "a", 0)), sq(var("b", "b", 0))))
        c = ctx.calc("c", Sqrt(n(s)), Ln(u), what="the hypotenuse", title="Take the square root and round",
                     label="Hypotenuse", wordlhs="Diagonal", dp=1)
        ctx.answer(c, Ln(u), ph["ans"], dp=1)


@struct("right_triangle_perimeter", [
    dict(q="A right triangle has legs of {a} m and {b} m. What is its perimeter?", u="m",
         goal="the perimeter of the triangle", ans="The perimeter is {ans}."),
    dict(q="A triangular garden has a right angle between two sides of {a} ft and {b} ft. How much fencing goes around the whole garden?",
         u="ft", goal="the fencing needed", ans="{ans} of fencing goes around the garden."),
    dict(q="A right-triangle sail has legs {a} ft and {b} ft. How much trim is needed for all three edges?", u="ft",
         goal="the length of trim", ans="{ans} of trim is needed."),
    dict(q="Find the perimeter of a right triangle with legs {a} cm and {b} cm.", u="cm",
         goal="the perimeter", ans="The perimeter is {ans}."),
])
class RTPerim:
    def nums(rng):
        a, b, c = _triple(rng)
        return dict(a=a, b=b, c=c)

    def solve(ctx, v, ph):
        u = ph["u"]
        s = ctx.calc("c²", add(sq(n(v["a"])), sq(n(v["b"]))), None, what="c squared",
                     title="Find the hypotenuse squared", label="a² + b²", why="By the Pythagorean theorem, c² = a² + b².")
        c = ctx.calc("c", Sqrt(n(s)), Ln(u), what="the hypotenuse", title="Find the hypotenuse", label="Hypotenuse",
                     wordlhs="Hypotenuse", dp=1)
        P = ctx.calc("P", add(n(v["a"]), n(v["b"]), n(c)), Ln(u), what="the perimeter", mid=False,
                     title="Add the three sides", label="Perimeter", wordlhs="Perimeter")
        ctx.answer(P, Ln(u), ph["ans"])


# ==================================================================== scale

@struct("map_scale_sum", [
    dict(q="On a map, 1 cm represents {k} km. The route from Ashby to Brook is {a} cm and from Brook to Carlton is {b} cm. What is the actual distance from Ashby to Carlton through Brook?",
         goal="the actual distance", ans="The actual distance is {ans}."),
    dict(q="A map uses a scale where 1 cm stands for {k} km. A hiking trail has two parts measuring {a} cm and {b} cm on the map. How long is the trail in real life?",
         goal="the real length of the trail", ans="The trail is {ans} long."),
    dict(q="The scale on a road map is 1 cm = {k} km. Two legs of a trip measure {a} cm and {b} cm. How many kilometers is the whole trip?",
         goal="the length of the whole trip", ans="The whole trip is {ans}."),
    dict(q="Each centimeter on a map represents {k} km. A river is drawn in two straight pieces, {a} cm and {b} cm long. What is the real length of the river?",
         goal="the real length of the river", ans="The river is {ans} long."),
])
class MapSum:
    def nums(rng):
        return dict(k=rng.choice([5, 10, 15, 20, 25, 40, 50, 12]),
                    a=ds(F(pick(rng, 11, 95), 10)), b=ds(F(pick(rng, 8, 80), 10)))

    def solve(ctx, v, ph):
        ctx.text("The scale is 1 cm = %s km." % ds(v["k"]))
        m = ctx.calc("m", add(lit(v["a"]), lit(v["b"])), Ln("cm"), what="the total map distance",
                     title="Add the map distances", label="Map distance", wordlhs="Map distance")
        D = ctx.calc("D", mul(n(m), n(v["k"])), Ln("km"), what="the actual distance", title="Use the scale",
                     label="Actual distance", wordlhs="Actual distance",
                     why="Each centimeter on the map stands for %s km." % ds(v["k"]))
        ctx.answer(D, Ln("km"), ph["ans"])


@struct("map_ratio_scale", [
    dict(q="A map has a scale of 1:{S}. Two villages are {a} cm apart on the map. How far apart are they in real life, in kilometers?",
         goal="the real distance in kilometers", ans="The villages are {ans} apart."),
    dict(q="On a 1:{S} scale map, a lake is {a} cm long. What is the actual length of the lake in km?",
         goal="the actual length in km", ans="The lake is {ans} long."),
    dict(q="The scale of a hiking map is 1 : {S}. A trail measures {a} cm on the map. How many kilometers long is the trail?",
         goal="the length of the trail", ans="The trail is {ans} long."),
    dict(q="Using a map with scale 1:{S}, a road measures {a} cm. Find its true length in kilometers.",
         goal="the true length", ans="The road is {ans} long."),
])
class MapRatio:
    def nums(rng):
        return dict(S=rng.choice(["25,000", "50,000", "100,000", "200,000", "250,000", "20,000"]),
                    a=ds(F(pick(rng, 4, 60), 2)))

    def solve(ctx, v, ph):
        S = F(v["S"].replace(",", ""))
        d = ctx.calc("d", mul(lit(v["a"]), n(S)), Ln("cm"), what="the real distance in centimeters",
                     title="Multiply by the scale", label="Real distance (cm)", wordlhs="Real distance",
                     why="Every 1 cm on the map is %s cm in real life." % v["S"])
        k = ctx.calc("k", div(n(d), n(100000)), Ln("km"), what="the distance in kilometers", title="Convert to kilometers",
                     label="In km", wordlhs="Distance", why="Since 1 km = 1,000 m = 100,000 cm, divide by 100,000.")
        ctx.answer(k, Ln("km"), ph["ans"])


@struct("scale_drawing_area", [
    dict(q="On a floor plan, 1 cm represents {k} m. A rectangular room measures {a} cm by {b} cm on the plan. What is the actual area of the room?",
         goal="the actual area of the room", ans="The room's actual area is {ans}."),
    dict(q="A scale drawing of a park uses 1 cm = {k} m. The park is drawn as a {a} cm by {b} cm rectangle. Find the real area of the park.",
         goal="the real area of the park", ans="The park's real area is {ans}."),
    dict(q="In a blueprint, each centimeter stands for {k} meters. A garage is shown as {a} cm long and {b} cm wide. How many square meters is the garage floor?",
         goal="the area of the garage floor", ans="The garage floor is {ans}."),
    dict(q="A model of a playground uses the scale 1 cm : {k} m. The playground on the model is {a} cm by {b} cm. What is the real area?",
         goal="the real area", ans="The real area is {ans}."),
])
class ScaleArea:
    def nums(rng):
        return dict(k=rng.choice([2, 3, 4, 5, 10, "1.5", "2.5"]), a=ds(F(pick(rng, 6, 30), 2)), b=ds(F(pick(rng, 4, 20), 2)))

    def solve(ctx, v, ph):
        L = ctx.calc("L", mul(lit(v["a"]), lit(str(v["k"]))), Ln("m"), what="the real length", title="Real length",
                     label="Real length", wordlhs="Length", why="Multiply each drawing length by %s." % ds(v["k"]))
        W = ctx.calc("W", mul(lit(v["b"]), lit(str(v["k"]))), Ln("m"), what="the real width", title="Real width",
                     label="Real width", wordlhs="Width")
        A = ctx.calc("A", mul(n(L), n(W)), Ar("m"), what="the real area", title="Real area", label="Area",
                     wordlhs="Area")
        ctx.answer(A, Ar("m"), ph["ans"])


@struct("cm2_to_m2", [
    dict(q="A rectangular tabletop is {l} cm long and {w} cm wide. What is its area in square meters?", f="cm",
         goal="the area in square meters", ans="The tabletop's area is {ans}."),
    dict(q="A sheet of plywood measures {l} cm by {w} cm. Find its area in m².", f="cm",
         goal="the area in m²", ans="The plywood has an area of {ans}."),
    dict(q="A carpet is {l} ft long and {w} ft wide. How many square yards of carpet is that? (1 yd = 3 ft)", f="ft",
         goal="the area in square yards", ans="That is {ans} of carpet."),
    dict(q="A banner is {l} cm long and {w} cm tall. How many square meters of fabric does it use?", f="cm",
         goal="the area in square meters", ans="The banner uses {ans} of fabric."),
])
class Conv:
    def nums(rng, ph):
        if ph["f"] == "ft":
            return dict(l=3 * pick(rng, 3, 9), w=pick(rng, 6, 18))
        return dict(l=10 * pick(rng, 8, 40), w=10 * pick(rng, 5, 30))

    def solve(ctx, v, ph):
        f = ph["f"]
        t = "m" if f == "cm" else "yd"
        fac = 10000 if f == "cm" else 9
        A = ctx.calc("A", mul(n(v["l"]), n(v["w"])), Ar(f), what="the area in %s" % ("square centimeters" if f == "cm" else "square feet"),
                     title="Find the area", label="Area (%s²)" % f, wordlhs="Area")
        if f == "cm":
            ctx.text("Since 1 m = 100 cm, 1 m² = 10,000 cm² (because 100 × 100 = 10,000).")
        else:
            ctx.text("Since 1 yd = 3 ft, 1 yd² = 9 ft² (because 3 × 3 = 9).")
        B = ctx.calc("B", div(n(A), n(fac)), Ar(t), what="the area in %s" % ("square meters" if f == "cm" else "square yards"),
                     title="Convert", label="Area (%s²)" % t, wordlhs="Area", dp=2)
        ctx.answer(B, Ar(t), ph["ans"], dp=ctx.last_dp())


@struct("fence_posts", [
    dict(q="A rectangular field is {l} m by {w} m. Fence posts are placed every {s} m around the edge, with one at each corner. How many posts are needed?",
         u="m", goal="the number of posts", ans="{ans} are needed."),
    dict(q="Lights are hung every {s} ft along the edge of a rectangular patio that is {l} ft by {w} ft, starting at a corner. How many lights go all the way around?",
         u="ft", goal="the number of lights", ans="{ans} go around the patio."),
    dict(q="Trees are planted {s} m apart around the border of a rectangular park that measures {l} m by {w} m, with a tree at every corner. How many trees are planted?",
         u="m", goal="the number of trees", ans="{ans} are planted."),
    dict(q="A gardener places a stake every {s} ft around a rectangular plot {l} ft long and {w} ft wide, beginning at a corner. How many stakes does she use?",
         u="ft", goal="the number of stakes", ans="She uses {ans}."),
])
class Posts:
    def nums(rng):
        s = rng.choice([2, 3, 4, 5, 6, 10])
        return dict(s=s, l=s * pick(rng, 3, 20), w=s * pick(rng, 2, 12))

    def solve(ctx, v, ph):
        u = ph["u"]
        sp = {0: ("post", "posts"), 1: ("light", "lights"), 2: ("tree", "trees"), 3: ("stake", "stakes")}[ph["i"]]
        P = ctx.calc("P", imp(n(2), add(n(v["l"]), n(v["w"]))), Ln(u), what="the perimeter", title="Find the perimeter",
                     label="Perimeter", wordlhs="Perimeter", formula=imp(n(2), add(var("l", "l", 0), var("w", "w", 0))))
        N = ctx.calc("N", div(n(P), n(v["s"])), cnt(*sp), what="the number of " + sp[1], title="Divide by the spacing",
                     label=cap(sp[1]), wordlhs=cap(sp[1]),
                     why="Around a closed loop, the number of gaps equals the number of %s." % sp[1])
        ctx.answer(N, cnt(*sp), ph["ans"])


