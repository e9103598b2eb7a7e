"""Problem kinds: number generators, problem phrasings and solvers."""
from fractions import Fraction as F
from core import (Bad, Var, Half, Bin, Pow2, Sqrt, Abs, Tup, N, sub, add, mul, imp, frac, div,
                  plus_signed, Chain, Say, Calc, Result, rounded, sqrt_dec, isqrt_exact,
                  simplify_radical, plain_num, dec_places, fixed_str)
from math import gcd

# label key -> (title, nouns, (unicode, ascii, latex) left-hand side)
LB = {
    "dy": ("Change in y", ["the change in y", "the rise", "the vertical change"], ("Δy", "dy", r"\Delta y")),
    "dx": ("Change in x", ["the change in x", "the run", "the horizontal change"], ("Δx", "dx", r"\Delta x")),
    "m": ("Slope", ["the slope"], ("m", "m", "m")),
    "mp": ("Perpendicular slope", ["the perpendicular slope", "the negative reciprocal"], ("m⊥", "m_perp", r"m_{\perp}")),
    "b": ("y-intercept", ["the y-intercept", "the value of b"], ("b", "b", "b")),
    "mx": ("Product m·x", ["the product m·x", "the x-term"], ("mx", "mx", "mx")),
    "y": ("y-value", ["the value of y", "y at that point"], ("y", "y", "y")),
    "ya": ("First y-value", ["the first y-value"], ("y₁", "y1", "y_1")),
    "yb": ("Second y-value", ["the second y-value"], ("y₂", "y2", "y_2")),
    "diff": ("Difference", ["the difference"], ("Δy", "diff", r"\Delta y")),
    "K": ("Isolate the x-term", ["the right-hand side"], None),
    "x": ("Solve for x", ["the value of x", "the x-value"], ("x", "x", "x")),
    "xm": ("x-coordinate", ["the x-coordinate of the midpoint", "the midpoint's x-coordinate"], ("x", "x", "x")),
    "ym": ("y-coordinate", ["the y-coordinate of the midpoint", "the midpoint's y-coordinate"], ("y", "y", "y")),
    "M": ("Midpoint", ["the midpoint"], ("M", "M", "M")),
    "twox": ("Double the midpoint x", ["twice the midpoint's x-coordinate"], None),
    "bx": ("x-coordinate of the endpoint", ["the missing x-coordinate", "the other endpoint's x-coordinate"], ("x", "x", "x")),
    "by": ("y-coordinate of the endpoint", ["the missing y-coordinate", "the other endpoint's y-coordinate"], ("y", "y", "y")),
    "sq": ("Sum of squares", ["the sum of the squares"], ("Δx² + Δy²", "dx^2 + dy^2", r"\Delta x^2 + \Delta y^2")),
    "d": ("Distance", ["the distance"], ("d", "d", "d")),
    "AB": ("Side AB", ["side AB"], ("AB", "AB", "AB")),
    "BC": ("Side BC", ["side BC"], ("BC", "BC", "BC")),
    "CA": ("Side CA", ["side CA"], ("CA", "CA", "CA")),
    "Pt": ("Perimeter", ["the perimeter"], ("P", "P", "P")),
    "w": ("Width", ["the width", "the length of AB"], ("w", "w", "w")),
    "h": ("Height", ["the height", "the length of BC"], ("h", "h", "h")),
    "P": ("Perimeter", ["the perimeter"], ("P", "P", "P")),
    "A": ("Area", ["the area"], ("A", "A", "A")),
    "base": ("Base", ["the base"], ("b", "b", "b")),
    "hgt": ("Height", ["the height"], ("h", "h", "h")),
    "S1": ("First shoelace sum", ["the first diagonal sum"], ("S₁", "S1", "S_1")),
    "S2": ("Second shoelace sum", ["the second diagonal sum"], ("S₂", "S2", "S_2")),
    "D": ("Difference of sums", ["the difference"], ("S₁ − S₂", "S1 - S2", "S_1 - S_2")),
    "xint": ("x-intercept", ["the x-intercept"], ("x", "x", "x")),
    "yint": ("y-intercept", ["the y-intercept"], ("y", "y", "y")),
    "xp": ("New x-coordinate", ["the new x-coordinate"], ("x′", "x'", "x'")),
    "yp": ("New y-coordinate", ["the new y-coordinate"], ("y′", "y'", "y'")),
    "xpp": ("x after the second move", ["the final x-coordinate"], ("x″", "x''", "x''")),
    "ypp": ("y after the second move", ["the final y-coordinate"], ("y″", "y''", "y''")),
    "chk": ("Check", ["the check"], None),
}


def pt(x, y):
    return "(%s, %s)" % (plain_num(x), plain_num(y))


def mstr(m):
    m = F(m)
    if m.denominator == 1:
        if m == 1:
            return ""
        if m == -1:
            return "-"
        return str(m.numerator)
    if dec_places(m) is not None and m.denominator in (2, 4, 5, 10):
        return plain_num(m, "dec")
    return "(%s)" % plain_num(m)


def eq_str(m, b):
    s = "y = %sx" % mstr(m)
    if b > 0:
        s += " + %s" % plain_num(b)
    elif b < 0:
        s += " - %s" % plain_num(-b)
    return s


def mfmt_of(m):
    m = F(m)
    if m.denominator != 1 and m.denominator in (2, 4, 5, 10):
        return "dec"
    return "auto"


def mx_var(m, fmt):
    """node for the term m*x"""
    m = F(m)
    if m == 1:
        return Var("x")
    if m == -1:
        return Var("−x", "-x", "-x")
    if fmt == "dec" or m.denominator == 1:
        s = plain_num(m, fmt)
        return Var(s.replace("-", "−") + "x", s + "x", s + "x")
    p, q = m.numerator, m.denominator
    sg = "−" if p < 0 else ""
    return Var("%s(%d/%d)x" % (sg, abs(p), q), "%s(%d/%d)x" % (sg.replace("−", "-"), abs(p), q),
               "%s\\frac{%d}{%d}x" % ("-" if p < 0 else "", abs(p), q))


FORM_M = Var("(y₂ − y₁)/(x₂ − x₁)", "(y2 - y1)/(x2 - x1)", r"\frac{y_2 - y_1}{x_2 - x_1}", p=2)
P1V = Var("(x₁, y₁)", "(x1, y1)", "(x_1, y_1)")
P2V = Var("(x₂, y₂)", "(x2, y2)", "(x_2, y_2)")
MIDV = Var("((x₁ + x₂)/2, (y₁ + y₂)/2)", "((x1 + x2)/2, (y1 + y2)/2)",
           r"\left(\frac{x_1 + x_2}{2}, \frac{y_1 + y_2}{2}\right)")
DISTV = Var("√((x₂ − x₁)² + (y₂ − y₁)²)", "sqrt((x2 - x1)^2 + (y2 - y1)^2)",
            r"\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}")
MXV = Var("(x₁ + x₂)/2", "(x1 + x2)/2", r"\frac{x_1 + x_2}{2}", p=2)
MYV = Var("(y₁ + y₂)/2", "(y1 + y2)/2", r"\frac{y_1 + y_2}{2}", p=2)
YMB = Var("mx + b")


def needs_link(p, q):
    p, q = F(p), F(q)
    if q == 0:
        raise Bad("vertical")
    if p.denominator != 1 or q.denominator != 1:
        return True
    p, q = int(p), int(q)
    return q < 0 or q == 1 or p == 0 or gcd(abs(p), q) > 1


class Money(Var):
    """a dollar amount: $ outside LaTeX, \\$ inside it"""
    sym = False

    def __init__(self, v):
        v = F(v)
        self.n = N(v, "fix", 2) if v.denominator != 1 else N(v)

    def render(self, rc):
        t, p, neg = self.n.render(rc)
        return ("\\$" if rc.flav == "l" else "$") + t, 9, False


class Final:
    def __init__(self, node, plain, noun):
        self.node, self.plain, self.noun = node, plain, noun


def fin_num(v, noun, fmt="auto", d=None):
    return Final(N(v, fmt, d), plain_num(v, fmt, d), noun)


def fin_pt(x, y, noun, fmt="auto"):
    return Final(Tup(N(x, fmt), N(y, fmt)), "(%s, %s)" % (plain_num(x, fmt), plain_num(y, fmt)), noun)


# ---------------------------------------------------------------- shared blocks
def yn(v):
    """number node, written as a decimal when it is a terminating non-integer (R values keep their mark)"""
    val = v.v if hasattr(v, "i") else F(v)
    if val.denominator != 1 and dec_places(val) is not None:
        return N(v, "dec")
    return N(v)


def slope_block(c, P, Q, steps, intro=True, mfmt="auto"):
    (x1, y1), (x2, y2) = [(F(a), F(b)) for a, b in (P, Q)]
    if x1 == x2:
        raise Bad("vertical")
    if intro:
        lead = c.pick("sl_intro", ["Use the slope formula: ", "The slope formula is ",
                                   "Slope is rise over run, ", "Recall the slope formula: "])
        steps.append(Say([lead, Chain("m", [FORM_M]), "."], formula=Chain("m", [FORM_M])))
        if c.chance(0.5, "sl_label"):
            steps.append(Say(["Let ", Chain(P1V, [Tup(x1, yn(y1))]), " and ", Chain(P2V, [Tup(x2, yn(y2))]), "."]))
    link = needs_link(y2 - y1, x2 - x1)
    if c.pick("sl_split", [True, False, False]):
        dy = c.res(y2 - y1, ops=("-", y2, y1))
        steps.append(Calc("dy", [Var("y₂ − y₁", "y2 - y1", "y_2 - y_1", p=1), sub(yn(y2), yn(y1)), yn(dy)]
                          if c.chance(0.4, "dysym") else [sub(yn(y2), yn(y1)), yn(dy)]))
        dx = c.res(x2 - x1, ops=("-", x2, x1))
        steps.append(Calc("dx", [Var("x₂ − x₁", "x2 - x1", "x_2 - x_1", p=1), sub(x2, x1), N(dx)]
                          if c.chance(0.4, "dysym") else [sub(x2, x1), N(dx)]))
        if dx.v == 0:
            raise Bad("dx0")
        items = [frac(yn(dy.v), N(dx.v))]
        if c.chance(0.4, "sl_sym2") or not needs_link(dy.v, dx.v):
            items.insert(0, Var("Δy/Δx", "dy/dx", r"\frac{\Delta y}{\Delta x}", p=2))
    else:
        items = ([FORM_M] if c.chance(0.5, "sl_sym") else []) + [frac(sub(yn(y2), yn(y1)), sub(x2, x1))]
        dy = c.res(y2 - y1, ops=("-", y2, y1), slip=not link)
        dx = c.res(x2 - x1, ops=("-", x2, x1), slip=not link)
        if dx.v == 0:
            raise Bad("dx0")
        items.append(frac(yn(dy), N(dx)))
    m = dy.v / dx.v
    if mfmt == "dec" and m.denominator != 1 and dec_places(m) is not None:
        mr = c.res(m, ops=("/", dy.v, dx.v), fmt="dec")
        items.append(N(mr, "dec"))
        m = mr.v
    elif needs_link(dy.v, dx.v):
        mr = c.res(m, ops=("/", dy.v, dx.v))
        items.append(N(mr))
        m = mr.v
    steps.append(Calc("m", items))
    return m


def intercept_block(c, x1, y1, m, steps, mfmt="auto"):
    """b = y1 - m*x1 ; returns b"""
    x1, y1, m = F(x1), F(y1), F(m)
    if c.pick("b_way", ["sub", "sub", "eq"]) == "eq":
        steps.append(Say([c.pick("b_eq_lead", ["Substitute ", "Plug in the point "]), Tup(x1, yn(y1)),
                          " into y = mx + b: ",
                          Chain(None, [yn(y1), Bin("+", imp(N(m, mfmt), N(x1)), Var("b"))]), "."]))
    else:
        steps.append(Say(["Solve y = mx + b for b using the point ", Tup(x1, yn(y1)), ": ",
                          Chain("b", [Var("y − mx", "y - mx", "y - mx", p=1)]), "."]))
    if x1 == 0:
        steps.append(Result(["Since x = 0 at this point, b is simply ", yn(y1), "."]))
        return y1
    mx = c.res(m * x1, ops=("*", m, x1), slip=False, fmt=mfmt)
    b = c.res(y1 - mx.v, ops=("-", y1, mx.v), fmt=mfmt)
    steps.append(Calc("b", [sub(yn(y1), imp(N(m, mfmt), N(x1))), sub(yn(y1), N(mx, mfmt)), N(b, mfmt)]))
    return b.v


def evaluate_block(c, m, b, X, steps, label="y", mfmt="auto", split=None):
    m, b, X = F(m), F(b), F(X)
    if split is None:
        split = c.chance(0.3, "ev_split" + label)
    if split and b != 0:
        mx = c.res(m * X, ops=("*", m, X), fmt=mfmt)
        steps.append(Calc("mx", [imp(N(m, mfmt), N(X)), N(mx, mfmt)]))
        if b == 0:
            return mx.v
        y = c.res(mx.v + b, ops=("+", mx.v, b), fmt=mfmt)
        steps.append(Calc(label, [plus_signed(N(mx.v, mfmt), b), N(y, mfmt)]))
        return y.v
    if b == 0:
        y = c.res(m * X, ops=("*", m, X), fmt=mfmt)
        steps.append(Calc(label, [imp(N(m, mfmt), N(X)), N(y, mfmt)]))
        return y.v
    mx = c.res(m * X, ops=("*", m, X), slip=False, fmt=mfmt)
    y = c.res(mx.v + b, ops=("+", mx.v, b), fmt=mfmt)
    bn = N(-b if b < 0 else b, mfmt)
    items = [Bin("-" if b < 0 else "+", imp(N(m, mfmt), N(X)), bn),
             Bin("-" if b < 0 else "+", N(mx, mfmt), bn), N(y, mfmt)]
    steps.append(Calc(label, items))
    return y.v


def dist_block(c, P, Q, steps, label="d", dd=None, layout=None, key=""):
    """returns the (possibly rounded) distance value and fmt info"""
    (x1, y1), (x2, y2) = [(F(a), F(b)) for a, b in (P, Q)]
    if layout is None:
        layout = c.pick("dlay" + key, ["split", "combined", "sum"])
    items = []
    if layout == "combined":
        if c.chance(0.5, "dsym" + key):
            items.append(DISTV)
        items.append(Sqrt(add(Pow2(sub(x2, x1)), Pow2(sub(y2, y1)))))
        dx = c.res(x2 - x1, ops=("-", x2, x1), slip=False)
        dy = c.res(y2 - y1, ops=("-", y2, y1), slip=False)
        items.append(Sqrt(add(Pow2(N(dx)), Pow2(N(dy)))))
    else:
        dx = c.res(x2 - x1, ops=("-", x2, x1))
        steps.append(Calc("dx", [sub(x2, x1), N(dx)]))
        dy = c.res(y2 - y1, ops=("-", y2, y1))
        steps.append(Calc("dy", [sub(y2, y1), N(dy)]))
        items.append(Sqrt(add(Pow2(N(dx.v)), Pow2(N(dy.v)))))
    s1 = c.res(dx.v ** 2, ops=("sq", dx.v), slip=False)
    s2 = c.res(dy.v ** 2, ops=("sq", dy.v), slip=False)
    if layout == "sum":
        sr = c.res(s1.v + s2.v, ops=("+", s1.v, s2.v))
        steps.append(Calc("sq", [add(Pow2(N(dx.v)), Pow2(N(dy.v))), add(N(s1), N(s2)), N(sr)]))
        s = sr.v
        items = [Sqrt(N(s))]
    else:
        items.append(Sqrt(add(N(s1), N(s2))))
        sr = c.res(s1.v + s2.v, ops=("+", s1.v, s2.v), slip=False)
        s = sr.v
        items.append(Sqrt(N(sr)))
    if s < 0:
        raise Bad("neg")
    ex = isqrt_exact(s)
    if ex is not None:
        d = c.res(ex, ops=("sqrt", s), fmt="dec" if ex.denominator != 1 else "auto")
        items.append(N(d, "dec" if ex.denominator != 1 else "auto"))
        steps.append(Calc(label, items))
        return d.v, ("auto", None)
    if dd is None:
        dd = 2
    if s.denominator == 1 and c.chance(0.45, "rad" + key):
        k, r = simplify_radical(int(s))
        if k > 1:
            items.append(imp(N(k), Sqrt(N(r))))
    d = c.res(rounded(sqrt_dec(s), dd), fmt="fix", d=dd, ops=("sqrt", s))
    items.append(("≈", N(d, "fix", dd)))
    steps.append(Calc(label, items))
    return d.v, ("fix", dd)


# ---------------------------------------------------------------- solvers
def sol_slope(c, p):
    steps = []
    m = slope_block(c, p["P"], p["Q"], steps)
    steps.append(Result([c.pick("sl_res", ["So the slope is ", "The slope of the line is ", "Therefore m = "]),
                         N(m), "."]))
    return steps, fin_num(m, "the slope")


def sol_perp(c, p):
    steps = []
    m = slope_block(c, p["P"], p["Q"], steps)
    if m == 0:
        raise Bad("zero slope")
    steps.append(Say([c.pick("pp_say", ["A perpendicular line has the negative reciprocal slope.",
                                         "Perpendicular slopes multiply to −1, so take the negative reciprocal.",
                                         "Now flip the slope and change its sign."])]))
    mp = c.res(F(-1) / m, ops=("/", -1, m))
    steps.append(Calc("mp", [div(N(-1), N(m)), N(mp)]))
    if c.chance(0.5, "pp_chk"):
        pr = m * mp.v
        if pr == -1:
            steps.append(Calc("chk", [mul(N(m), N(mp.v)), N(pr)], lhs=False, check=True))
    steps.append(Result([c.pick("pp_res", ["So the perpendicular slope is ", "The slope of the perpendicular line is "]),
                         N(mp.v), "."]))
    return steps, fin_num(mp.v, "the perpendicular slope")


def sol_rate_table(c, p):
    steps = []
    xs, ys = p["xs"], p["ys"]
    i, j = p["rows"]
    A, B = (xs[i], ys[i]), (xs[j], ys[j])
    mf = p["mfmt"]
    steps.append(Say([c.pick("rt_say", ["Pick two rows of the table: ", "Use two points from the table: ",
                                         "Take two pairs from the table, "]), Tup(N(A[0]), N(A[1], mf)), " and ",
                      Tup(N(B[0]), N(B[1], mf)), "."]))
    m = slope_block(c, A, B, steps, intro=c.chance(0.5, "rt_intro"), mfmt=mf)
    steps.append(Result([c.pick("rt_m", ["So y changes by ", "The rate of change is "]), N(m, mf),
                         c.pick("rt_m2", [" for each 1 added to x.", " per unit of x."])]))
    b = intercept_block(c, A[0], A[1], m, steps, mf)
    steps.append(Say(["Now substitute ", Chain(Var("x"), [N(p["X"])]), " into ",
                      Chain(Var("y"), [mx_var(m, mf) if b == 0 else Bin("+", mx_var(m, mf), N(b, mf)) if b > 0 else
                                       Bin("-", mx_var(m, mf), N(-b, mf))]), "."]))
    y = evaluate_block(c, m, b, p["X"], steps, mfmt=mf)
    if p.get("money"):
        steps.append(Result([c.pick("rt_money", ["So the total is ", "So it costs ", "That comes to "]), Money(y), "."]))
        return steps, Final(Money(y), plain_num(y, mf), "the cost")
    steps.append(Result(["So when x = ", N(p["X"]), ", y = ", N(y, mf), "."]))
    return steps, fin_num(y, "the value of y", mf)


def sol_eval(c, p):
    steps = []
    m, b, X, mf = p["m"], p["b"], p["X"], p["mfmt"]
    steps.append(Say([c.pick("ev_say", ["Substitute ", "Plug in ", "Replace x with the given value: "]),
                      Chain(Var("x"), [N(X)]), c.pick("ev_say2", [" into the equation.", ".", " in y = mx + b."])]))
    y = evaluate_block(c, m, b, X, steps, mfmt=mf)
    steps.append(Result([c.pick("ev_res", ["So y = ", "The y-value is ", "That gives y = "]), N(y, mf), "."]))
    return steps, fin_num(y, "the value of y", mf)


def sol_eval_two(c, p):
    steps = []
    m, b, X1, X2, mf = p["m"], p["b"], p["X1"], p["X2"], p["mfmt"]
    steps.append(Say(["Find y at ", Chain(Var("x"), [N(X1)]), " and at ", Chain(Var("x"), [N(X2)]), "."]))
    ya = evaluate_block(c, m, b, X1, steps, label="ya", mfmt=mf)
    yb = evaluate_block(c, m, b, X2, steps, label="yb", mfmt=mf)
    dv = c.res(yb - ya, ops=("-", yb, ya), fmt=mf)
    steps.append(Calc("diff", [sub(N(yb, mf), N(ya, mf)), N(dv, mf)]))
    steps.append(Result([c.pick("e2_res", ["So the y-value changes by ", "The difference is "]), N(dv.v, mf), "."]))
    return steps, fin_num(dv.v, "the difference", mf)


def sol_solve_x(c, p):
    steps = []
    m, b, Y, mf = F(p["m"]), F(p["b"]), F(p["Y"]), p["mfmt"]
    steps.append(Say([c.pick("sx_say", ["Set y equal to ", "Substitute y = "]), N(Y), ": ",
                      Chain(None, [N(Y), Bin("-" if b < 0 else "+", mx_var(m, mf), N(abs(b), mf))]), "."]))
    K = c.res(Y - b, ops=("-", Y, b), fmt=mf)
    if b >= 0:
        steps.append(Say([c.pick("sx_say2", ["Subtract ", "Move the constant: subtract "]), N(b, mf),
                          " from both sides."]))
    else:
        steps.append(Say([c.pick("sx_say2", ["Add ", "Move the constant: add "]), N(-b, mf),
                          " to both sides."]))
    steps.append(Calc("K", [sub(N(Y), N(b, mf)), N(K, mf)]))
    steps[-1].chain.lhs = mx_var(m, mf)
    if m.denominator == 1:
        x = c.res(K.v / m, ops=("/", K.v, m), fmt="dec" if dec_places(K.v / m) else "auto")
        steps.append(Calc("x", [div(N(K.v, mf), N(m, mf)), N(x, "dec" if dec_places(K.v / m) else "auto")]))
    else:
        if mf == "dec":
            x = c.res(K.v / m, ops=("/", K.v, m), fmt="dec" if dec_places(K.v / m) is not None else "auto")
            steps.append(Calc("x", [div(N(K.v, mf), N(m, mf)), N(x, "dec" if dec_places(K.v / m) is not None else "auto")]))
        else:
            x = c.res(K.v / m, ops=("/", K.v, m))
            steps.append(Calc("x", [div(N(K.v), N(m)), mul(N(K.v), N(1 / m)), N(x)]))
    xf = "dec" if (mf == "dec" and dec_places(x.v) is not None) else "auto"
    if c.chance(0.5, "sx_chk"):
        mxv = m * x.v
        val = mxv + b
        if val == Y:
            steps.append(Calc("chk", [Bin("-" if b < 0 else "+", imp(N(m, mf), N(x.v, xf)), N(abs(b), mf)),
                                      Bin("-" if b < 0 else "+", N(mxv, mf), N(abs(b), mf)), N(val, mf)],
                              lhs=False, check=True))
    steps.append(Result([c.pick("sx_res", ["So x = ", "The x-value is ", "Therefore x = "]), N(x.v, xf), "."]))
    return steps, fin_num(x.v, "the value of x", xf)


def sol_intercepts(c, p):
    steps = []
    a, b, cc = F(p["a"]), F(p["b"]), F(p["c"])
    steps.append(Say(["For the x-intercept, set y = 0: ", Chain(None, [mx_var(a, "auto"), N(cc)]), "."]))
    xi = c.res(cc / a, ops=("/", cc, a))
    steps.append(Calc("xint", [div(N(cc), N(a)), N(xi)]))
    steps.append(Say(["For the y-intercept, set x = 0: ",
                      Chain(None, [Var(mx_var(b, "auto").t["u"].replace("x", "y"),
                                       mx_var(b, "auto").t["a"].replace("x", "y"),
                                       mx_var(b, "auto").t["l"].replace("x", "y")), N(cc)]), "."]))
    yi = c.res(cc / b, ops=("/", cc, b))
    steps.append(Calc("yint", [div(N(cc), N(b)), N(yi)]))
    if xi.v == 0 or yi.v == 0:
        raise Bad("degenerate")
    lx, ly = abs(xi.v), abs(yi.v)
    steps.append(Say(["The triangle is a right triangle with legs ", N(lx), " and ", N(ly),
                      c.pick("ic_say", [" units along the axes.", " units long.", "."])]))
    prod = lx * ly
    if c.chance(0.5, "ic_lay"):
        pr = c.res(prod, ops=("*", lx, ly), slip=False)
        ar = c.res(pr.v / 2, fmt="dec", ops=("half", pr.v))
        items = [mul(mul(Half(), N(lx)), N(ly)), mul(Half(), N(pr)), N(ar, "dec")]
    else:
        ar = c.res(prod / 2, fmt="dec", ops=("half", prod))
        items = [mul(mul(Half(), N(lx)), N(ly)), N(ar, "dec")]
    steps.append(Calc("A", items, after=" square units" if c.chance(0.5, "ic_u") else None))
    return steps, fin_num(ar.v, "the area", "dec")


def sol_yint(c, p):
    steps = []
    m = slope_block(c, p["P"], p["Q"], steps)
    b = intercept_block(c, p["P"][0], p["P"][1], m, steps)
    if c.chance(0.5, "yi_chk"):
        x2, y2 = F(p["Q"][0]), F(p["Q"][1])
        if m * x2 + b == y2:
            mx = m * x2
            steps.append(Calc("chk", [plus_signed(imp(N(m), N(x2)), b), plus_signed(N(mx), b), N(y2)],
                              lhs=False, check=True))
    steps.append(Result([c.pick("yi_res", ["So the y-intercept is ", "The line crosses the y-axis at y = ",
                                          "So b = "]), N(b), "."]))
    return steps, fin_num(b, "the y-intercept")


def sol_predict(c, p):
    steps = []
    m = slope_block(c, p["P"], p["Q"], steps)
    b = intercept_block(c, p["P"][0], p["P"][1], m, steps)
    steps.append(Say(["The equation is ", Chain(Var("y"), [mx_var(m, "auto") if b == 0 else Bin("+", mx_var(m, "auto"), N(b)) if b > 0 else
                                                         Bin("-", mx_var(m, "auto"), N(-b))]),
                      c.pick("pr_say", [". Now substitute ", ". Plug in "]), Chain(Var("x"), [N(p["X"])]), "."]))
    y = evaluate_block(c, m, b, p["X"], steps)
    steps.append(Result([c.pick("pr_res", ["So y = ", "The predicted value is "]), N(y), "."]))
    return steps, fin_num(y, "the value of y")


def sol_midpoint(c, p):
    steps = []
    (x1, y1), (x2, y2) = [(F(a), F(b)) for a, b in (p["P"], p["Q"])]
    mf = p["mfmt"]
    lead = c.pick("mp_lead", ["The midpoint formula is ", "Use the midpoint formula: ", "Average the coordinates: "])
    steps.append(Say([lead, Chain("M", [MIDV]), "."], formula=Chain("M", [MIDV])))
    if c.pick("mp_lay", ["split", "tuple"]) == "split":
        vals = []
        for key, a, b, sym in (("xm", x1, x2, MXV), ("ym", y1, y2, MYV)):
            s = c.res(a + b, ops=("+", a, b), slip=False)
            items = ([sym] if c.chance(0.5, "mp_sym") else []) + [frac(add(a, b), 2), frac(N(s), 2)]
            if s.v.denominator == 1 and (int(s.v) % 2 == 0 or mf == "dec"):
                mv = c.res(s.v / 2, fmt=mf, ops=("/", s.v, 2))
                items.append(N(mv, mf))
                vals.append(mv.v)
            else:
                vals.append(s.v / 2)
            steps.append(Calc(key, items))
        mx, my = vals
    else:
        sx = c.res(x1 + x2, ops=("+", x1, x2), slip=False)
        sy = c.res(y1 + y2, ops=("+", y1, y2), slip=False)
        items = ([MIDV] if c.chance(0.5, "mp_sym") else []) + [Tup(frac(add(x1, x2), 2), frac(add(y1, y2), 2)),
                                                               Tup(frac(N(sx), 2), frac(N(sy), 2))]
        outs = []
        need = False
        for s in (sx, sy):
            if s.v.denominator == 1 and (int(s.v) % 2 == 0 or mf == "dec"):
                r = c.res(s.v / 2, fmt=mf, ops=("/", s.v, 2))
                outs.append((N(r, mf), r.v))
                need = True
            else:
                outs.append((frac(N(s.v), 2) if mf != "dec" else N(s.v / 2, mf), s.v / 2))
        if need:
            items.append(Tup(outs[0][0], outs[1][0]))
        steps.append(Calc("M", items))
        mx, my = outs[0][1], outs[1][1]
    if c.chance(0.4, "mp_chk"):
        if mx - x1 == x2 - mx and my - y1 == y2 - my:
            steps.append(Say(["Check: the midpoint should be the same horizontal distance from each endpoint."]))
            for a_, b_ in ((x1, mx), (x2, mx)):
                hi, lo = max(a_, b_), min(a_, b_)
                steps.append(Calc("chk", [sub(N(hi, mf), N(lo, mf)), N(hi - lo, mf)], lhs=False, check=True))
    steps.append(Result([c.pick("mp_res", ["So the midpoint is ", "The midpoint is at ", "Therefore M = "]),
                         Tup(N(mx, mf), N(my, mf)), "."]))
    return steps, fin_pt(mx, my, "the midpoint", mf)


def sol_endpoint(c, p):
    steps = []
    (ax, ay), (mx, my) = [(F(a), F(b)) for a, b in (p["A"], p["M"])]
    mf = p["mfmt"]
    steps.append(Say([c.pick("ep_lead", ["Call the unknown endpoint (x, y). The midpoint formula gives ",
                                         "Let the other endpoint be (x, y). Then "]),
                      Chain(None, [frac(add(N(ax), Var("x")), 2), N(mx, mf)]), " and ",
                      Chain(None, [frac(add(N(ay), Var("y")), 2), N(my, mf)]), "."]))
    steps.append(Say([c.pick("ep_say", ["Multiply by 2 and subtract the known coordinate:",
                                        "Double the midpoint coordinate, then subtract the known endpoint:",
                                        "So each missing coordinate is 2 × (midpoint) − (known endpoint)."])]))
    out = []
    for key, a, m_ in (("bx", ax, mx), ("by", ay, my)):
        two = c.res(2 * m_, ops=("*", 2, m_), slip=False, fmt=mf)
        r = c.res(two.v - a, ops=("-", two.v, a), fmt=mf)
        steps.append(Calc(key, [sub(mul(2, N(m_, mf)), N(a)), sub(N(two, mf), N(a)), N(r, mf)]))
        out.append(r.v)
    bx, by = out
    if c.chance(0.5, "ep_chk"):
        sx, sy = ax + bx, ay + by
        if sx / 2 == mx and sy / 2 == my:
            steps.append(Calc("chk", [Tup(frac(add(N(ax), N(bx, mf)), 2), frac(add(N(ay), N(by, mf)), 2)),
                                      Tup(frac(N(sx, mf), 2), frac(N(sy, mf), 2)), Tup(N(mx, mf), N(my, mf))],
                              lhs=False, check=True, after=" ✓"))
    steps.append(Result([c.pick("ep_res", ["So the other endpoint is ", "The missing endpoint is "]),
                         Tup(N(bx, mf), N(by, mf)), "."]))
    return steps, fin_pt(bx, by, "the other endpoint", mf)


def sol_dist(c, p):
    steps = []
    lead = c.pick("d_lead", ["Use the distance formula: ", "The distance formula is ",
                             "By the Pythagorean theorem, "])
    steps.append(Say([lead, Chain("d", [DISTV]), "."], formula=Chain("d", [DISTV])))
    d, (fm, dd) = dist_block(c, p["P"], p["Q"], steps, dd=p.get("dd"))
    u = p.get("unit", "units")
    lead = c.pick("d_res", ["So the distance is ", "The points are ", "The distance is about "]
                  if fm == "fix" else ["So the distance is ", "The points are ", "The distance is "])
    tail = " apart." if lead == "The points are " else "."
    steps.append(Result([lead, N(d, fm, dd), " " + u + tail]))
    return steps, fin_num(d, "the distance", fm, dd)


def sol_rect(c, p):
    steps = []
    (x1, y1), (x2, y2) = [(F(a), F(b)) for a, b in (p["A"], p["C"])]
    if c.chance(0.5, "rc_say"):
        steps.append(Say(["Opposite corners are ", Tup(x1, y1), " and ", Tup(x2, y2),
                          ", and the sides are horizontal and vertical."]))
    else:
        steps.append(Say([c.pick("rc_say2", ["The sides are horizontal and vertical, so subtract coordinates.",
                                             "Find the side lengths from the coordinates."])]))
    lens = []
    for key, a, b in (("w", x2, x1), ("h", y2, y1)):
        if a < b and c.chance(0.5, "rc_abs" + key):
            r0 = c.res(a - b, ops=("-", a, b), slip=False)
            r = c.res(abs(r0.v), ops=("abs", r0.v))
            steps.append(Calc(key, [Abs(sub(a, b), esc=c.style == "table"), Abs(N(r0), esc=c.style == "table"),
                                    N(r)]))
        else:
            hi, lo = (a, b) if a >= b else (b, a)
            r = c.res(hi - lo, ops=("-", hi, lo))
            steps.append(Calc(key, [sub(hi, lo), N(r)]))
        lens.append(r.v)
    w, h = lens
    u = p.get("unit", "units")
    if p["ask"] == "P":
        lay = c.pick("rc_play", ["2(w+h)", "2w+2h", "sum"])
        if lay == "2(w+h)":
            s = c.res(w + h, ops=("+", w, h), slip=False)
            P = c.res(2 * s.v, ops=("*", 2, s.v))
            items = [imp(2, add(w, h)), imp(2, N(s)), N(P)]
        elif lay == "2w+2h":
            a2 = c.res(2 * w, ops=("*", 2, w), slip=False)
            b2 = c.res(2 * h, ops=("*", 2, h), slip=False)
            P = c.res(a2.v + b2.v, ops=("+", a2.v, b2.v))
            items = [add(mul(2, w), mul(2, h)), add(N(a2), N(b2)), N(P)]
        else:
            P = c.res(2 * w + 2 * h, ops=("+", 2 * w + h, h))
            items = [add(add(add(w, h), w), h), N(P)]
        steps.append(Calc("P", items, after=" " + u))
        steps.append(Result([c.pick("rc_pres", ["So the perimeter is ", "The perimeter of the rectangle is "]),
                             N(P.v), " " + u + "."]))
        return steps, fin_num(P.v, "the perimeter")
    A = c.res(w * h, ops=("*", w, h))
    steps.append(Calc("A", [mul(w, h), N(A)], after=" square " + u))
    steps.append(Result([c.pick("rc_ares", ["So the area is ", "The rectangle covers "]), N(A.v),
                         " square " + u + "."]))
    return steps, fin_num(A.v, "the area")


def sol_tri_area(c, p):
    steps = []
    (x1, y0), (x2, _), (x3, y3) = [(F(a), F(b)) for a, b in p["V"]]
    steps.append(Say([c.pick("ta_say", ["Side AB is horizontal, so use it as the base.",
                                        "A and B have the same y-coordinate, so AB is a horizontal base.",
                                        "Take AB as the base; the height is the vertical distance from C to line AB."])]))
    hi, lo = max(x1, x2), min(x1, x2)
    bs = c.res(hi - lo, ops=("-", hi, lo))
    steps.append(Calc("base", [sub(hi, lo), N(bs)]))
    hi, lo = max(y0, y3), min(y0, y3)
    hg = c.res(hi - lo, ops=("-", hi, lo))
    steps.append(Calc("hgt", [sub(hi, lo), N(hg)]))
    b, h = bs.v, hg.v
    if c.pick("ta_lay", ["half", "over2"]) == "half":
        ar = c.res(b * h / 2, fmt="dec", ops=("half", b * h))
        items = [mul(mul(Half(), N(b)), N(h)), N(ar, "dec")]
    else:
        pr = c.res(b * h, ops=("*", b, h), slip=False)
        ar = c.res(pr.v / 2, fmt="dec", ops=("/", pr.v, 2))
        items = [frac(mul(b, h), 2), frac(N(pr), 2), N(ar, "dec")]
    steps.append(Calc("A", items, after=" square units" if c.chance(0.5, "ta_u") else None))
    steps.append(Result([c.pick("ta_res", ["So the area of the triangle is ", "The triangle's area is "]),
                         N(ar.v, "dec"), " square units."]))
    return steps, fin_num(ar.v, "the area", "dec")


def sol_shoelace(c, p):
    steps = []
    V = [(F(a), F(b)) for a, b in p["V"]]
    n = len(V)
    steps.append(Say([c.pick("sh_say", ["Use the shoelace formula with the vertices in order.",
                                        "Apply the shoelace formula: multiply diagonally and subtract.",
                                        "List the vertices in order and use the shoelace method."])]))
    sums = []
    for key, f in (("S1", lambda i: (V[i][0], V[(i + 1) % n][1])), ("S2", lambda i: (V[i][1], V[(i + 1) % n][0]))):
        pairs = [f(i) for i in range(n)]
        prods = [c.res(a * b, ops=("*", a, b), slip=False) for a, b in pairs]
        t1 = Bin("pp", N(pairs[0][0]), N(pairs[0][1]))
        for a, b in pairs[1:]:
            t1 = add(t1, Bin("pp", N(a), N(b)))
        t2 = N(prods[0])
        for pr in prods[1:]:
            t2 = add(t2, N(pr))
        S = c.res(sum(pr.v for pr in prods), ops=("+", sum(pr.v for pr in prods[:-1]), prods[-1].v))
        steps.append(Calc(key, [t1, t2, N(S)]))
        sums.append(S.v)
    S1, S2 = sums
    D = c.res(S1 - S2, ops=("-", S1, S2))
    steps.append(Calc("D", [sub(N(S1), N(S2)), N(D)]))
    esc = c.style == "table"
    if D.v < 0:
        ab = c.res(-D.v, ops=("abs", D.v), slip=False)
        ar = c.res(ab.v / 2, fmt="dec", ops=("half", ab.v))
        items = [mul(Half(), Abs(N(D.v), esc)), mul(Half(), N(ab)), N(ar, "dec")]
    else:
        ar = c.res(D.v / 2, fmt="dec", ops=("half", D.v))
        items = [mul(Half(), Abs(N(D.v), esc)) if c.chance(0.5, "sh_abs") else frac(N(D.v), 2), N(ar, "dec")]
    steps.append(Calc("A", items, after=" square units" if c.chance(0.4, "sh_u") else None))
    steps.append(Result([c.pick("sh_res", ["So the area is ", "The polygon's area is "]), N(ar.v, "dec"),
                         " square units."]))
    return steps, fin_num(ar.v, "the area", "dec")


def sol_tri_perim(c, p):
    steps = []
    V = [(F(a), F(b)) for a, b in p["V"]]
    dd = p["dd"]
    steps.append(Say([c.pick("tp_say", ["Find each side length with the distance formula, then add.",
                                        "The perimeter is AB + BC + CA. Compute each side first.",
                                        "Use the distance formula for each side, rounding to " +
                                        ("the nearest hundredth." if dd == 2 else "the nearest tenth.")])]))
    sides = []
    fmts = []
    for k, (i, j) in enumerate(((0, 1), (1, 2), (2, 0))):
        key = ("AB", "BC", "CA")[k]
        (xa, ya), (xb, yb) = V[i], V[j]
        if ya == yb or xa == xb:
            hi, lo = (max(xa, xb), min(xa, xb)) if ya == yb else (max(ya, yb), min(ya, yb))
            r = c.res(hi - lo, ops=("-", hi, lo))
            steps.append(Calc(key, [sub(hi, lo), N(r)]))
            sides.append(r.v)
            fmts.append(("auto", None))
        else:
            v, fm = dist_block(c, V[i], V[j], steps, label=key, dd=dd, layout="combined", key=key)
            sides.append(v)
            fmts.append(fm)
    tot = sum(sides)
    anyfix = any(f[0] == "fix" for f in fmts)
    Pv = c.res(tot, fmt="fix" if anyfix else "auto", d=dd if anyfix else None,
               ops=("+", sides[0] + sides[1], sides[2]))
    items = [add(add(N(sides[0], *fmts[0]), N(sides[1], *fmts[1])), N(sides[2], *fmts[2])),
             N(Pv, "fix" if anyfix else "auto", dd if anyfix else None)]
    steps.append(Calc("Pt", items, after=" units" if c.chance(0.5, "tp_u") else None))
    steps.append(Result([c.pick("tp_res", ["So the perimeter is about ", "The perimeter is approximately "]
                                if anyfix else ["So the perimeter is ", "The perimeter is "]),
                         N(Pv.v, "fix" if anyfix else "auto", dd if anyfix else None), " units."]))
    return steps, fin_num(Pv.v, "the perimeter", "fix" if anyfix else "auto", dd if anyfix else None)


def sol_translate(c, p):
    steps = []
    x, y = F(p["P"][0]), F(p["P"][1])
    moves = p["moves"]
    steps.append(Say([c.pick("tr_say", ["Moving right adds to x, left subtracts from x; up adds to y, down subtracts from y.",
                                        "A translation changes each coordinate by a fixed amount.",
                                        "Right/left changes x and up/down changes y."])]))
    keys = [("xp", "yp"), ("xpp", "ypp")]
    for mi, (hx, hy) in enumerate(moves):
        kx, ky = keys[mi]
        rx = c.res(x + hx, ops=("+", x, hx))
        steps.append(Calc(kx, [plus_signed(N(x), hx), N(rx)]))
        ry = c.res(y + hy, ops=("+", y, hy))
        steps.append(Calc(ky, [plus_signed(N(y), hy), N(ry)]))
        x, y = rx.v, ry.v
        if mi == 0 and len(moves) > 1:
            steps.append(Result(["After the first move the point is at ", Tup(N(x), N(y)), "."]))
    if p.get("reflect") == "x":
        steps.append(Result(["Reflecting over the x-axis keeps x and changes the sign of y: ",
                             Tup(N(x), N(y)), " becomes ", Tup(N(x), N(-y)), "."]))
        y = -y
    elif p.get("reflect") == "y":
        steps.append(Result(["Reflecting over the y-axis changes the sign of x: ",
                             Tup(N(x), N(y)), " becomes ", Tup(N(-x), N(y)), "."]))
        x = -x
    steps.append(Result([c.pick("tr_res", ["So the image is ", "The new point is ", "The final coordinates are "]),
                         Tup(N(x), N(y)), "."]))
    return steps, fin_pt(x, y, "the image point")
