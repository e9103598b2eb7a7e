"""Problem templates for set 20 (algebra, number theory, counting/probability, geometry, arithmetic).

Each template draws numbers with the seeded rng `r`, writes the problem, and declares the
numeric steps (exact expressions) plus algebra / prose lines through the Builder `b`.
`<<name>>` in prose is replaced by the (possibly carried) value of step `name`.
"""
import math
from engine import N, fr, im, pw, fact, binom, sqrt, fl, dm, dsum, pct, par

TEMPLATES = []
CD = "\\cdot"


def T(f):
    TEMPLATES.append((f.__name__, f))
    return f


def fq(a, b):
    return "\\frac{%s}{%s}" % (a, b)


TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (6, 8, 10), (7, 24, 25), (9, 12, 15), (20, 21, 29),
           (12, 16, 20), (9, 40, 41), (15, 20, 25)]
NAMES = ["Ava", "Ben", "Carla", "Diego", "Emma", "Farid", "Grace", "Hiro", "Isla", "Jonah", "Kira", "Liam"]


# ----------------------------------------------------------------------------- algebra
@T
def lin_ax_plus_b(r, b):
    a = r.randint(2, 9); x = r.randint(2, 15); c0 = r.randint(1, 20); p = r.randint(2, 6); q = r.randint(1, 9)
    c = a * x + c0
    b.P(f"If ${a}x + {c0} = {c}$, what is the value of ${p}x + {q}$?")
    b.t(f"We first solve ${a}x + {c0} = {c}$ for $x$.")
    s1 = b.S("rhs", N(c) - c0, f"subtract ${c0}$ from both sides", f"{a}x")
    xx = b.S("x", fr(s1, a), f"divide both sides by ${a}$", "x")
    s3 = b.S("px", im(p, xx), f"multiply $x$ by ${p}$", f"{p}x")
    s4 = b.S("ans", s3 + q, f"add ${q}$", f"{p}x + {q}")
    b.V(im(a, xx) + c0, "Substituting $x = <<x>>$ into the left side: @EQ.")
    b.A(s4)


@T
def lin_ax_minus_b(r, b):
    a = r.randint(2, 8); x = r.randint(2, 12); c0 = r.randint(1, 15)
    c = a * x - c0
    b.need(c > 0)
    b.P(f"Solve ${a}x - {c0} = {c}$ and find $x^2 - 1$.")
    b.t(f"Add ${c0}$ to both sides of ${a}x - {c0} = {c}$.")
    s1 = b.S("rhs", N(c) + c0, "isolate the $x$-term", f"{a}x")
    xx = b.S("x", fr(s1, a), f"divide by ${a}$", "x")
    s3 = b.S("sq", pw(xx, 2), "square $x$", "x^2")
    s4 = b.S("ans", s3 - 1, "subtract $1$", "x^2 - 1")
    b.V(im(a, xx) - c0, "Substituting $x = <<x>>$: @EQ.")
    b.A(s4)


@T
def lin_paren(r, b):
    a = r.randint(2, 7); d = r.randint(1, 9); x = r.randint(d + 1, d + 12)
    c = a * (x - d)
    b.P(f"If ${a}(x - {d}) = {c}$, what is $4x + 1$?")
    b.t(f"Divide both sides of ${a}(x - {d}) = {c}$ by ${a}$.")
    s1 = b.S("inner", fr(c, a), f"divide by ${a}$", f"x - {d}")
    xx = b.S("x", s1 + d, f"add ${d}$", "x")
    s3 = b.S("fx", im(4, xx), "multiply by $4$", "4x")
    s4 = b.S("ans", s3 + 1, "add $1$", "4x + 1")
    b.V(im(a, xx - d), "Check: @EQ.")
    b.A(s4)


@T
def lin_both_sides(r, b):
    c = r.randint(1, 5); a = c + r.randint(1, 6); x = r.randint(1, 12); b1 = r.randint(1, 20)
    d1 = (a - c) * x + b1
    b.P(f"Solve for $x$: ${a}x + {b1} = {c}x + {d1}$.")
    b.t(f"Move the $x$-terms to the left and the constants to the right: $({a} - {c})x = {d1} - {b1}$.")
    s1 = b.S("coef", N(a) - c, "combine the $x$-coefficients", None)
    s1x = b.S("const", N(d1) - b1, "combine the constants", None)
    xx = b.S("x", fr(s1x, s1), "divide", "x")
    b.V(im(a, xx) + b1, "Left side at $x = <<x>>$: @EQ.")
    b.V(im(c, xx) + d1, "Right side at $x = <<x>>$: @EQ.")
    b.A(xx)


@T
def lin_frac(r, b):
    a = r.randint(2, 9); k = r.randint(2, 12); c0 = r.randint(1, 15)
    c = k + c0
    b.P(f"If ${fq('x', a)} + {c0} = {c}$, what is $2x$?")
    s1 = b.S("k", N(c) - c0, f"subtract ${c0}$ from both sides", fq("x", a))
    xx = b.S("x", s1 * a, f"multiply both sides by ${a}$", "x")
    s3 = b.S("ans", im(2, xx), "double it", "2x")
    b.V(fr(xx, a) + c0, "Substituting back: @EQ.")
    b.A(s3)


@T
def sys_add_sub(r, b):
    x = r.randint(5, 20); y = r.randint(1, x - 1)
    s, d = x + y, x - y
    b.P(f"The sum of two numbers is ${s}$ and their difference is ${d}$. What is their product?")
    b.t(f"Let the numbers be $x$ and $y$ with $x + y = {s}$ and $x - y = {d}$. Adding the equations eliminates $y$.")
    s1 = b.S("twox", N(s) + d, "add the two equations", "2x")
    xx = b.S("x", fr(s1, 2), "divide by $2$", "x")
    yy = b.S("y", N(s) - xx, "find $y$ from the first equation", "y")
    p = b.S("ans", xx * yy, "multiply the two numbers", "xy")
    b.V(xx - yy, "Check the difference: @EQ.")
    b.A(p)


@T
def sys_elim(r, b):
    x = r.randint(1, 12); y = r.randint(1, 12)
    p, q = 2 * x + y, x + y
    b.P(f"If $2x + y = {p}$ and $x + y = {q}$, what is $3x + 2y$?")
    b.t("Subtracting the second equation from the first eliminates $y$.")
    xx = b.S("x", N(p) - q, "subtract the equations", "x")
    yy = b.S("y", N(q) - xx, "substitute into $x + y$", "y")
    s = b.S("ans", im(3, xx) + im(2, yy), "evaluate $3x + 2y$", "3x + 2y")
    b.V(im(2, xx) + yy, "Check the first equation: @EQ.")
    b.A(s)


@T
def sys_subst(r, b):
    a = r.randint(1, 5); c0 = r.randint(1, 9); e = r.randint(1, 5); x = r.randint(1, 9)
    y = a * x + c0; d = e * x + y
    b.P(f"Solve the system $y = {a}x + {c0}$ and ${e}x + y = {d}$. What is $x + y$?")
    b.t(f"Substitute $y = {a}x + {c0}$ into the second equation: ${e}x + {a}x + {c0} = {d}$.")
    s1 = b.S("coef", N(e) + a, "combine the $x$-coefficients", None)
    s2 = b.S("rhs", N(d) - c0, f"move ${c0}$ to the right side", None)
    xx = b.S("x", fr(s2, s1), "solve for $x$", "x")
    yy = b.S("y", im(a, xx) + c0, "find $y$", "y")
    s = b.S("ans", xx + yy, "add", "x + y")
    b.A(s)


@T
def eval_quad(r, b):
    k = r.randint(2, 12); p = r.randint(2, 9); q = r.randint(1, 20)
    b.P(f"Evaluate $x^2 - {p}x + {q}$ when $x = {k}$.")
    b.t(f"Substitute $x = {k}$ term by term.")
    s1 = b.S("sq", pw(k, 2), "compute the square", "x^2")
    s2 = b.S("lin", N(p) * k, "compute the linear term", f"{p}x")
    s3 = b.S("ans", s1 - s2 + q, "combine", f"x^2 - {p}x + {q}")
    b.A(s3)


@T
def eval_two_vars(r, b):
    a = r.randint(2, 9); c = r.randint(1, 15)
    b.P(f"If $a = {a}$ and $b = {c}$, what is the value of $3a^2 - 2b$?")
    s1 = b.S("a2", pw(a, 2), "square $a$", "a^2")
    s2 = b.S("t1", N(3) * s1, "multiply by $3$", "3a^2")
    s3 = b.S("t2", N(2) * c, "compute $2b$", "2b")
    s4 = b.S("ans", s2 - s3, "subtract", "3a^2 - 2b")
    b.A(s4)


@T
def slope_intercept(r, b):
    x1 = r.randint(-3, 6); m = r.randint(1, 6); x2 = x1 + r.randint(1, 5); y1 = r.randint(-5, 10)
    y2 = y1 + m * (x2 - x1)
    b.P(f"A line passes through $({x1}, {y1})$ and $({x2}, {y2})$. If its equation is $y = mx + b$, find $m + b$.")
    b.t(f"The slope is $m = {fq('y_2 - y_1', 'x_2 - x_1')}$.")
    dy = b.S("dy", N(y2) - y1, "compute the rise", "y_2 - y_1")
    dx = b.S("dx", N(x2) - x1, "compute the run", "x_2 - x_1")
    m_ = b.S("m", fr(dy, dx), "divide rise by run", "m")
    bb = b.S("b", N(y1) - m_ * x1, f"solve for $b$ using $({x1}, {y1})$", "b")
    s = b.S("ans", m_ + bb, "add slope and intercept", "m + b")
    b.A(s)


@T
def line_eval(r, b):
    x1 = r.randint(0, 5); m = r.randint(2, 5); x2 = x1 + r.randint(1, 4); y1 = r.randint(1, 12); x3 = x2 + r.randint(1, 6)
    y2 = y1 + m * (x2 - x1)
    b.P(f"The points $({x1}, {y1})$ and $({x2}, {y2})$ lie on a line. What is the $y$-coordinate of the point on this line with $x = {x3}$?")
    dy = b.S("dy", N(y2) - y1, "find the change in $y$", "\\Delta y")
    dx = b.S("dx", N(x2) - x1, "find the change in $x$", "\\Delta x")
    m_ = b.S("m", fr(dy, dx), "compute the slope", "m")
    b.t(f"Using point-slope form $y = {y1} + m(x - {x1})$:")
    y = b.S("ans", N(y1) + m_ * (N(x3) - x1), f"evaluate at $x = {x3}$", "y")
    b.A(y)


@T
def midpoint_sum(r, b):
    x1 = r.randint(-6, 10); x2 = x1 + 2 * r.randint(1, 6); y1 = r.randint(-6, 10); y2 = y1 + 2 * r.randint(1, 6)
    b.P(f"What is the sum of the coordinates of the midpoint of the segment with endpoints $({x1}, {y1})$ and $({x2}, {y2})$?")
    b.t(f"The midpoint is $\\left({fq('x_1 + x_2', 2)}, {fq('y_1 + y_2', 2)}\\right)$.")
    sx = b.S("sx", N(x1) + x2, "add the $x$-coordinates", "x_1 + x_2")
    mx = b.S("mx", fr(sx, 2), "halve", "x_m")
    sy = b.S("sy", N(y1) + y2, "add the $y$-coordinates", "y_1 + y_2")
    my = b.S("my", fr(sy, 2), "halve", "y_m")
    s = b.S("ans", mx + my, "add the midpoint coordinates", "x_m + y_m")
    b.A(s)


@T
def quad_sum_squares(r, b):
    p = r.randint(1, 9); q = r.randint(p + 1, 12)
    b.P(f"Let $r$ and $s$ be the solutions of $x^2 - {p + q}x + {p * q} = 0$. Find $r^2 + s^2$.")
    b.t(f"Factor: $x^2 - {p + q}x + {p * q} = (x - {p})(x - {q})$, so the roots are $x = {p}$ and $x = {q}$.")
    s1 = b.S("p2", pw(p, 2), "square the first root", "r^2")
    s2 = b.S("q2", pw(q, 2), "square the second root", "s^2")
    s3 = b.S("ans", s1 + s2, "add", "r^2 + s^2")
    b.A(s3)


@T
def quad_diff_roots(r, b):
    p = r.randint(1, 8); q = r.randint(p + 2, 15)
    b.P(f"What is the square of the positive difference between the roots of $x^2 - {p + q}x + {p * q} = 0$?")
    b.t(f"We need two numbers with product ${p * q}$ and sum ${p + q}$.")
    b.S("prod", N(p) * q, "check the product", None)
    b.S("sum", N(p) + q, "check the sum", None)
    b.t(f"So $x^2 - {p + q}x + {p * q} = (x - {p})(x - {q})$ and the roots are ${p}$ and ${q}$.")
    d = b.S("d", N(q) - p, "find the positive difference", "d")
    s = b.S("ans", pw(d, 2), "square it", "d^2")
    b.A(s)


@T
def consec_three(r, b):
    n = r.randint(5, 60)
    S = 3 * n + 3
    b.P(f"The sum of three consecutive integers is ${S}$. What is the largest of them?")
    b.t(f"Let the integers be $n$, $n + 1$, $n + 2$. Then $3n + 3 = {S}$.")
    s1 = b.S("t", N(S) - 3, "subtract $3$", "3n")
    nn = b.S("n", fr(s1, 3), "divide by $3$", "n")
    s3 = b.S("ans", nn + 2, "add $2$ for the largest", "n + 2")
    b.V(im(3, nn) + 3, "Check: @EQ.")
    b.A(s3)


@T
def consec_even(r, b):
    n = 2 * r.randint(2, 30)
    S = 4 * n + 12
    b.P(f"The sum of four consecutive even integers is ${S}$. What is the largest of them?")
    b.t(f"Call them $n$, $n + 2$, $n + 4$, $n + 6$, so $4n + 12 = {S}$.")
    s1 = b.S("t", N(S) - 12, "subtract $12$", "4n")
    nn = b.S("n", fr(s1, 4), "divide by $4$", "n")
    s3 = b.S("ans", nn + 6, "add $6$", "n + 6")
    b.A(s3)


@T
def age_problem(r, b):
    k = r.randint(2, 5); B = r.randint(3, 15)
    S = (k + 1) * B
    nm = r.choice(NAMES)
    b.P(f"{nm} is ${k}$ times as old as her cousin, and the sum of their ages is ${S}$. How many years older is {nm} than her cousin?")
    b.t(f"Let the cousin's age be $c$. Then $c + {k}c = {S}$.")
    s1 = b.S("coef", N(k) + 1, "combine the terms", None)
    c = b.S("c", fr(S, s1), "solve for $c$", "c")
    a = b.S("a", N(k) * c, f"find {nm}'s age", f"{k}c")
    d = b.S("ans", a - c, "subtract", None)
    b.A(d)


@T
def rect_perim_unknown(r, b):
    w = r.randint(2, 15); d = r.randint(1, 9)
    l = w + d; P = 2 * (l + w)
    b.P(f"The length of a rectangle is ${d}$ more than its width, and its perimeter is ${P}$. What is its area?")
    b.t(f"Let the width be $w$. Then $2(w + (w + {d})) = {P}$, so $2w + {d} = {fq(P, 2)}$.")
    h = b.S("h", fr(P, 2), "halve the perimeter", f"2w + {d}")
    t = b.S("tw", h - d, f"subtract ${d}$", "2w")
    ww = b.S("w", fr(t, 2), "divide by $2$", "w")
    ll = b.S("l", ww + d, "find the length", "\\ell")
    A = b.S("ans", ll * ww, "multiply length by width", "A")
    b.A(A)


@T
def func_compose(r, b):
    a = r.randint(2, 6); c = r.randint(1, 9); d = r.randint(2, 5); e = r.randint(1, 9); k = r.randint(1, 8)
    b.need(d * k - e != 0)
    b.P(f"Let $f(x) = {a}x + {c}$ and $g(x) = {d}x - {e}$. What is $f(g({k}))$?")
    g = b.S("g", im(d, k) - e, f"evaluate $g({k})$", f"g({k})")
    f = b.S("f", im(a, g) + c, "apply $f$", f"f(g({k}))")
    b.A(f)


@T
def func_self(r, b):
    k = r.randint(2, 5); c = r.randint(1, k * k - 1)
    b.P(f"If $f(x) = x^2 - {c}$, what is $f(f({k}))$?")
    s1 = b.S("k2", pw(k, 2), f"square ${k}$", None)
    f1 = b.S("f1", s1 - c, f"compute $f({k})$", f"f({k})")
    s3 = b.S("f1sq", pw(f1, 2), "square the result", None)
    f2 = b.S("ans", s3 - c, f"compute $f(f({k}))$", f"f(f({k}))")
    b.A(f2)


@T
def inverse_func(r, b):
    a = r.randint(2, 9); c = r.randint(1, 20); x = r.randint(1, 15)
    y0 = a * x + c
    b.P(f"If $f(x) = {a}x + {c}$, find $f^{{-1}}({y0})$.")
    b.t(f"We need $x$ with ${a}x + {c} = {y0}$.")
    s1 = b.S("t", N(y0) - c, f"subtract ${c}$", f"{a}x")
    xx = b.S("x", fr(s1, a), f"divide by ${a}$", "x")
    b.V(im(a, xx) + c, "Check $f(<<x>>)$: @EQ.")
    b.A(xx)


@T
def arith_nth(r, b):
    a1 = r.randint(-5, 20); d = r.randint(2, 9); n = r.randint(10, 40)
    b.P(f"An arithmetic sequence starts ${a1}, {a1 + d}, {a1 + 2 * d}, \\ldots$. What is its ${n}$th term?")
    b.t(f"The $n$th term is $a_n = a_1 + (n - 1)d$ with $a_1 = {a1}$ and $d = {d}$.")
    s1 = b.S("n1", N(n) - 1, "compute $n - 1$", "n - 1")
    s2 = b.S("step", s1 * d, "multiply by the common difference", "(n - 1)d")
    s3 = b.S("ans", N(a1) + s2, "add the first term", f"a_{{{n}}}")
    b.A(s3)


@T
def arith_series(r, b):
    a1 = r.randint(1, 15); d = r.randint(2, 6); n = r.randint(8, 25)
    b.P(f"Find the sum of the first ${n}$ terms of the arithmetic sequence ${a1}, {a1 + d}, {a1 + 2 * d}, \\ldots$.")
    b.t(f"The sum is $S = {fq('n(a_1 + a_n)', 2)}$.")
    an = b.S("an", N(a1) + (N(n) - 1) * d, "find the last term", f"a_{{{n}}}")
    pr = b.S("pair", N(a1) + an, "add the first and last terms", None)
    pd = b.S("prod", N(n) * pr, "multiply by the number of terms", None)
    s = b.S("ans", fr(pd, 2), "halve", "S")
    b.A(s)


@T
def geom_term(r, b):
    a = r.randint(1, 9); q = r.choice([2, 3]); n = r.randint(4, 8 if q == 2 else 6)
    b.P(f"A geometric sequence has first term ${a}$ and common ratio ${q}$. What is its ${n}$th term?")
    b.t(f"The $n$th term is $a r^{{n - 1}}$.")
    e = b.S("e", N(n) - 1, "find the exponent", "n - 1")
    p = b.S("p", pw(q, e), "compute the power", None)
    t = b.S("ans", N(a) * p, "multiply by the first term", f"a_{n}")
    b.A(t)


@T
def distrib_eval(r, b):
    k = r.randint(2, 15); a = r.randint(2, 6); c = r.randint(1, 9); d = r.randint(2, 5); e = r.randint(1, 9)
    b.need(a > d)
    b.P(f"Evaluate ${a}(x + {c}) - {d}(x - {e})$ at $x = {k}$.")
    co = "" if a - d == 1 else str(a - d)
    b.t(f"Expanding gives ${a}x + {a * c} - {d}x + {d * e} = {co}x + {a * c + d * e}$, but we can also substitute directly.")
    i1 = b.S("i1", N(k) + c, "evaluate the first parenthesis", None)
    i2 = b.S("i2", N(k) - e, "evaluate the second parenthesis", None)
    t1 = b.S("t1", im(a, i1), "multiply", None)
    t2 = b.S("t2", im(d, i2), "multiply", None)
    s = b.S("ans", t1 - t2, "subtract", None)
    b.V(im(a - d, k) + (a * c + d * e), "Using the expanded form: @EQ.")
    b.A(s)


@T
def exp_rules(r, b):
    a = r.randint(3, 9); c = r.randint(2, 9); d = r.randint(1, 5)
    b.need(a + c - d <= 12)
    b.P(f"What is the value of ${fq(f'2^{{{a}}} {CD} 2^{{{c}}}', f'2^{{{d}}}')}$?")
    b.t(f"Using $2^m \\cdot 2^n = 2^{{m + n}}$ and ${fq('2^m', '2^n')} = 2^{{m - n}}$:")
    e1 = b.S("e1", N(a) + c, "add the exponents", None)
    e2 = b.S("e2", e1 - d, "subtract the exponent of the denominator", None)
    v = b.S("ans", pw(2, e2), "evaluate the power", None)
    b.A(v)


@T
def ratio_parts(r, b):
    a = r.randint(2, 7); c = r.randint(1, a - 1); u = r.randint(2, 15)
    b.need(math.gcd(a, c) == 1)
    T_ = (a + c) * u
    b.P(f"Marbles are shared between two friends in the ratio ${a}:{c}$. If there are ${T_}$ marbles, how many more does the first friend get?")
    p = b.S("parts", N(a) + c, "count the parts", None)
    uu = b.S("unit", fr(T_, p), "find the size of one part", None)
    A = b.S("A", N(a) * uu, "find the first share", None)
    B = b.S("B", N(c) * uu, "find the second share", None)
    d = b.S("ans", A - B, "subtract", None)
    b.A(d)


@T
def mean_missing(r, b):
    vals = [r.randint(60, 99) for _ in range(4)]
    M = r.randint(75, 92)
    miss = 5 * M - sum(vals)
    b.need(50 <= miss <= 100)
    b.P(f"A student's first four test scores are ${vals[0]}$, ${vals[1]}$, ${vals[2]}$ and ${vals[3]}$. What score on the fifth test gives a mean of ${M}$?")
    b.t("Let the fifth score be $s$. The total of all five scores must be $5$ times the mean.")
    t = b.S("total", N(5) * M, "find the required total", None)
    k = b.S("known", N(vals[0]) + vals[1] + vals[2] + vals[3], "add the known scores", None)
    s = b.S("ans", t - k, "subtract", "s")
    b.A(s)


@T
def mean_gap(r, b):
    vals = sorted(r.randint(1, 40) for _ in range(5))
    b.need(sum(vals) % 5 == 0 and len(set(vals)) == 5)
    b.P(f"What is the difference between the largest value and the mean of ${vals[0]}, {vals[1]}, {vals[2]}, {vals[3]}, {vals[4]}$?")
    s = b.S("sum", N(vals[0]) + vals[1] + vals[2] + vals[3] + vals[4], "add the values", None)
    m = b.S("mean", fr(s, 5), "divide by $5$", "\\text{mean}")
    d = b.S("ans", N(vals[4]) - m, "subtract the mean from the largest value", None)
    b.A(d)


@T
def ineq_smallest(r, b):
    a = r.randint(2, 9); q = r.randint(1, 12); c = r.randint(1, 15)
    d = a * q + c
    b.P(f"What is the smallest integer $x$ such that ${a}x + {c} > {d}$?")
    s1 = b.S("t", N(d) - c, f"subtract ${c}$ from both sides", f"{a}x", ">")
    s2 = b.S("q", fr(s1, a), f"divide by ${a}$", "x", ">")
    b.t(f"Since $x$ must be strictly greater than $<<q>>$, the smallest integer is one more.")
    s3 = b.S("ans", s2 + 1, "add $1$", "x")
    b.A(s3)


@T
def abs_eq_product(r, b):
    a = r.randint(3, 15); c = r.randint(1, a - 1)
    b.P(f"What is the product of the solutions of $\\lvert x - {a} \\rvert = {c}$?")
    b.t(f"Either $x - {a} = {c}$ or $x - {a} = -{c}$.")
    x1 = b.S("x1", N(a) + c, "solve the first case", "x_1")
    x2 = b.S("x2", N(a) - c, "solve the second case", "x_2")
    p = b.S("ans", x1 * x2, "multiply the solutions", "x_1 x_2")
    b.A(p)


@T
def direct_var(r, b):
    k = r.randint(2, 9); x1 = r.randint(2, 9); x2 = r.randint(10, 30)
    b.P(f"$y$ varies directly with $x$, and $y = {k * x1}$ when $x = {x1}$. What is $y$ when $x = {x2}$?")
    b.t("Write $y = kx$.")
    kk = b.S("k", fr(k * x1, x1), "find the constant", "k")
    y = b.S("y", kk * x2, f"evaluate at $x = {x2}$", "y")
    y2 = b.S("ans", y - (k * x1), "find how much $y$ increased", None)
    b.A(y2)


@T
def inverse_var(r, b):
    x1 = r.randint(2, 12); y1 = r.randint(2, 12)
    ds = [d for d in range(2, 40) if (x1 * y1) % d == 0 and d != x1]
    b.need(ds)
    x2 = r.choice(ds)
    b.P(f"$x$ and $y$ are inversely proportional. When $x = {x1}$, $y = {y1}$. Find $y$ when $x = {x2}$.")
    b.t("Inverse proportion means $xy = k$ is constant.")
    k = b.S("k", N(x1) * y1, "find the constant", "k")
    y = b.S("ans", fr(k, x2), f"divide by ${x2}$", "y")
    b.A(y)


@T
def dist_rate_time(r, b):
    r1 = r.choice([30, 40, 45, 50, 60]); t1 = r.randint(1, 4); r2 = r.choice([20, 30, 40, 50, 60]); t2 = r.randint(1, 4)
    b.need((r1 * t1 + r2 * t2) % (t1 + t2) == 0)
    b.P(f"A car drives ${t1}$ hours at ${r1}$ mph and then ${t2}$ hours at ${r2}$ mph. What is its average speed for the whole trip, in mph?")
    b.t("Average speed is total distance divided by total time.")
    d1 = b.S("d1", N(r1) * t1, "find the first distance", "d_1")
    d2 = b.S("d2", N(r2) * t2, "find the second distance", "d_2")
    d = b.S("d", d1 + d2, "add the distances", "d")
    v = b.S("ans", fr(d, N(t1) + t2), "divide by the total time", "v")
    b.A(v)


@T
def simple_interest(r, b):
    P = 100 * r.randint(2, 30); rate = r.randint(2, 9); t = r.randint(2, 6)
    b.P(f"How much money is in an account after ${t}$ years if ${P}$ dollars is invested at ${rate}\\%$ simple annual interest?")
    b.t("Simple interest is $I = Prt$ with $r$ written as a fraction of $100$.")
    a = b.S("pr", N(P) * rate, "multiply principal by rate", None)
    c = b.S("prt", a * t, "multiply by the time", None)
    I = b.S("I", fr(c, 100), "divide by $100$", "I")
    A = b.S("ans", N(P) + I, "add the interest", "A")
    b.A(A)


@T
def pct_up_down(r, b):
    P = 20 * r.randint(2, 20); a = r.choice([10, 20, 25, 50]); c = r.choice([10, 20, 25, 50])
    b.need((P * a) % 100 == 0 and ((P + P * a // 100) * c) % 100 == 0)
    b.P(f"A price of ${P}$ dollars is raised by ${a}\\%$ and then the new price is lowered by ${c}\\%$. What is the final price in dollars?")
    up = b.S("up", fr(N(P) * a, 100), "find the increase", None)
    nw = b.S("new", N(P) + up, "add it", None)
    dn = b.S("down", fr(nw * c, 100), "find the decrease", None)
    f = b.S("ans", nw - dn, "subtract it", None)
    b.A(f)


@T
def diff_squares(r, b):
    a = r.randint(20, 99); c = r.randint(1, a - 1)
    b.P(f"Compute ${a}^2 - {c}^2$.")
    b.t(f"Use the difference of squares: $a^2 - b^2 = (a - b)(a + b)$.")
    s1 = b.S("d", N(a) - c, "find $a - b$", None)
    s2 = b.S("s", N(a) + c, "find $a + b$", None)
    p = b.S("ans", s1 * s2, "multiply", None)
    b.V(pw(a, 2) - pw(c, 2), "Directly: @EQ.")
    b.A(p)


@T
def sum_product_sq(r, b):
    x = r.randint(1, 10); y = r.randint(1, 10)
    s, p = x + y, x * y
    b.P(f"If $x + y = {s}$ and $xy = {p}$, what is $x^2 + y^2$?")
    b.t("Use $(x + y)^2 = x^2 + 2xy + y^2$, so $x^2 + y^2 = (x + y)^2 - 2xy$.")
    s2 = b.S("s2", pw(s, 2), "square the sum", "(x + y)^2")
    tp = b.S("tp", N(2) * p, "double the product", "2xy")
    a = b.S("ans", s2 - tp, "subtract", "x^2 + y^2")
    b.A(a)


@T
def perimeter_square_from_side_eq(r, b):
    a = r.randint(2, 6); c = r.randint(1, 10); s = r.randint(3, 15)
    b.P(f"The side of a square is $x$ centimeters, where ${a}x - {c} = {a * s - c}$. What is the area of the square?")
    s1 = b.S("t", N(a * s - c) + c, f"add ${c}$", f"{a}x")
    xx = b.S("x", fr(s1, a), f"divide by ${a}$", "x")
    A = b.S("ans", pw(xx, 2), "square the side", "A")
    b.A(A)


@T
def sum_of_roots_eval(r, b):
    p = r.randint(1, 9); q = r.randint(1, 9); k = r.randint(2, 5)
    b.P(f"The equation $x^2 - {p + q}x + {p * q} = 0$ has roots $r$ and $s$. Compute ${k}(r + s) - rs$.")
    b.t(f"By Vieta's formulas, $r + s = {p + q}$ and $rs = {p * q}$ (the roots are ${p}$ and ${q}$).")
    s1 = b.S("sum", N(p) + q, "add the roots", "r + s")
    s2 = b.S("ks", im(k, s1), f"multiply by ${k}$", None)
    s3 = b.S("ans", s2 - p * q, "subtract the product", None)
    b.A(s3)


# ----------------------------------------------------------------------------- number theory
@T
def rem_sum(r, b):
    m = r.randint(5, 12); a = r.randint(30, 200); c = r.randint(30, 200)
    b.P(f"What is the remainder when ${a} + {c}$ is divided by ${m}$?")
    b.t(f"We can add the remainders of each number modulo ${m}$.")
    r1 = b.S("r1", dm(a, m), f"divide ${a}$ by ${m}$", None)
    r2 = b.S("r2", dm(c, m), f"divide ${c}$ by ${m}$", None)
    s = b.S("s", r1 + r2, "add the remainders", None)
    rr = b.S("ans", dm(s, m), f"reduce modulo ${m}$", None)
    b.A(rr)


@T
def rem_product(r, b):
    m = r.randint(5, 11); a = r.randint(20, 150); c = r.randint(20, 150)
    b.P(f"Find the remainder when ${a} \\cdot {c}$ is divided by ${m}$.")
    r1 = b.S("r1", dm(a, m), f"reduce ${a}$", None)
    r2 = b.S("r2", dm(c, m), f"reduce ${c}$", None)
    p = b.S("p", r1 * r2, "multiply the remainders", None)
    rr = b.S("ans", dm(p, m), f"reduce modulo ${m}$", None)
    b.A(rr)


@T
def units_power(r, b):
    base = r.choice([2, 3, 7, 8, 12, 13, 17]); n = r.randint(10, 99)
    b.need(n % 4 != 0)
    cyc = [pow(base % 10, i, 10) for i in range(1, 5)]
    b.P(f"What is the units digit of ${base}^{{{n}}}$?")
    b.t(f"The units digits of powers of ${base}$ repeat with period $4$: ${cyc[0]}, {cyc[1]}, {cyc[2]}, {cyc[3]}$.")
    e = b.S("e", dm(n, 4), f"reduce the exponent ${n}$ modulo $4$", None)
    p = b.S("p", pw(base % 10, e), "compute the matching power of the units digit", None)
    u = b.S("ans", dm(p, 10), "take the units digit", None)
    b.A(u)


@T
def digit_sum_product(r, b):
    a = r.randint(12, 99); c = r.randint(12, 99)
    b.P(f"What is the sum of the digits of ${a} \\times {c}$?")
    p = b.S("p", N(a) * c, "multiply", None)
    b.t("Now add the digits of $<<p>>$.")
    s = b.S("ans", dsum(p), "add the digits", None)
    b.A(s)


@T
def lcm_via_gcd(r, b):
    g = r.randint(2, 12); x = r.randint(2, 9); y = r.randint(2, 9)
    b.need(math.gcd(x, y) == 1 and x != y)
    A, B = g * x, g * y
    b.P(f"What is the least common multiple of ${A}$ and ${B}$?")
    b.t(f"Since ${A} = {g} \\cdot {x}$ and ${B} = {g} \\cdot {y}$ with ${x}$ and ${y}$ coprime, $\\gcd({A}, {B}) = {g}$.")
    p = b.S("prod", N(A) * B, "multiply the numbers", None)
    l = b.S("ans", fr(p, g), "divide by the GCD", "\\operatorname{lcm}")
    b.A(l)


@T
def num_divisors(r, b):
    a = r.randint(1, 5); c = r.randint(1, 3); e = r.randint(0, 2)
    n = 2 ** a * 3 ** c * 5 ** e
    fac = f"2^{a} \\cdot 3^{c}" + (f" \\cdot 5^{e}" if e else "")
    b.P(f"How many positive divisors does ${n}$ have?")
    b.t(f"The prime factorization is ${n} = {fac}$.")
    e1 = b.S("e1", N(a) + 1, "add one to the exponent of $2$", None)
    e2 = b.S("e2", N(c) + 1, "add one to the exponent of $3$", None)
    if e:
        e3 = b.S("e3", N(e) + 1, "add one to the exponent of $5$", None)
        d = b.S("ans", e1 * e2 * e3, "multiply", None)
    else:
        d = b.S("ans", e1 * e2, "multiply", None)
    b.A(d)


@T
def sum_divisors(r, b):
    a = r.randint(1, 4); c = r.randint(1, 2)
    n = 2 ** a * 3 ** c
    b.P(f"What is the sum of all positive divisors of ${n}$?")
    b.t(f"Since ${n} = 2^{a} \\cdot 3^{c}$, the divisor sum is $(1 + 2 + \\cdots + 2^{a})(1 + \\cdots + 3^{c})$.")
    t2 = N(1)
    for i in range(1, a + 1):
        t2 = t2 + 2 ** i
    t3 = N(1)
    for i in range(1, c + 1):
        t3 = t3 + 3 ** i
    s1 = b.S("s2", t2, "sum the powers of $2$", None)
    s2 = b.S("s3", t3, "sum the powers of $3$", None)
    s = b.S("ans", s1 * s2, "multiply", "\\sigma(%d)" % n)
    b.A(s)


@T
def count_multiples_range(r, b):
    k = r.randint(3, 13); A = r.randint(20, 120); B = A + r.randint(60, 300)
    b.P(f"How many multiples of ${k}$ are between ${A}$ and ${B}$, inclusive?")
    b.t(f"Count multiples up to ${B}$ and subtract those up to ${A - 1}$.")
    q1 = b.S("q1", fl(fr(B, k)), f"count multiples up to ${B}$", None)
    q2 = b.S("q2", fl(fr(A - 1, k)), f"count multiples up to ${A - 1}$", None)
    c = b.S("ans", q1 - q2, "subtract", None)
    b.A(c)


@T
def next_multiple(r, b):
    k = r.randint(6, 19); n = r.randint(100, 900)
    b.need(n % k != 0)
    b.P(f"What is the smallest multiple of ${k}$ that is greater than ${n}$?")
    q = b.S("q", fl(fr(n, k)), f"find how many times ${k}$ fits into ${n}$", None)
    q1 = b.S("q1", q + 1, "take the next multiplier", None)
    m = b.S("ans", q1 * k, f"multiply by ${k}$", None)
    b.A(m)


@T
def bells_lcm(r, b):
    g = r.randint(2, 6); x = r.randint(2, 7); y = r.randint(2, 7)
    b.need(math.gcd(x, y) == 1 and x < y)
    p1, p2 = g * x, g * y
    L = g * x * y
    T_ = L * r.randint(3, 9) + r.randint(0, L - 1)
    b.P(f"Two lights flash every ${p1}$ seconds and every ${p2}$ seconds. They flash together at time $0$. How many more times do they flash together in the next ${T_}$ seconds?")
    b.t(f"They flash together every $\\operatorname{{lcm}}({p1}, {p2})$ seconds, and $\\gcd({p1}, {p2}) = {g}$.")
    pr = b.S("prod", N(p1) * p2, "multiply the periods", None)
    l = b.S("lcm", fr(pr, g), "divide by the GCD", None)
    c = b.S("ans", fl(fr(T_, l)), "count the common flashes", None)
    b.A(c)


@T
def base_to_dec2(r, b):
    base = r.randint(3, 9); d1 = r.randint(1, base - 1); d0 = r.randint(0, base - 1)
    b.P(f"Convert ${d1}{d0}_{{{base}}}$ to base $10$, then add ${base * 2}$.")
    s1 = b.S("t", N(d1) * base, "compute the first digit's value", None)
    s2 = b.S("v", s1 + d0, "add the units digit", None)
    s3 = b.S("ans", s2 + base * 2, f"add ${base * 2}$", None)
    b.A(s3)


@T
def base_to_dec3(r, b):
    base = r.randint(3, 9); d2 = r.randint(1, base - 1); d1 = r.randint(0, base - 1); d0 = r.randint(0, base - 1)
    b.P(f"What is ${d2}{d1}{d0}_{{{base}}}$ in base $10$?")
    b.t(f"${d2}{d1}{d0}_{{{base}}} = {d2} \\cdot {base}^2 + {d1} \\cdot {base} + {d0}$.")
    sq = b.S("sq", pw(base, 2), "square the base", None)
    t2 = b.S("t2", N(d2) * sq, "compute the hundreds place", None)
    t1 = b.S("t1", N(d1) * base, "compute the middle place", None)
    v = b.S("ans", t2 + t1 + d0, "add all places", None)
    b.A(v)


@T
def sum_first_n(r, b):
    n = r.randint(10, 150)
    b.P(f"What is $1 + 2 + 3 + \\cdots + {n}$?")
    b.t(f"Use $1 + 2 + \\cdots + n = {fq('n(n + 1)', 2)}$.")
    s1 = b.S("n1", N(n) + 1, "compute $n + 1$", None)
    s2 = b.S("p", N(n) * s1, "multiply by $n$", None)
    s3 = b.S("ans", fr(s2, 2), "halve", None)
    b.A(s3)


@T
def sum_odd_even(r, b):
    n = r.randint(5, 60)
    b.P(f"By how much does the sum of the first ${n}$ positive even integers exceed the sum of the first ${n}$ positive odd integers?")
    b.t(f"The first $n$ odd numbers sum to $n^2$ and the first $n$ even numbers sum to $n(n + 1)$.")
    sq = b.S("odd", pw(n, 2), "sum of the odd numbers", None)
    n1 = b.S("n1", N(n) + 1, "compute $n + 1$", None)
    ev_ = b.S("even", N(n) * n1, "sum of the even numbers", None)
    d = b.S("ans", ev_ - sq, "subtract", None)
    b.A(d)


@T
def trailing_zeros(r, b):
    n = r.randint(25, 124)
    b.P(f"How many zeros are at the end of ${n}!$?")
    b.t("Each trailing zero needs a factor of $5$; count multiples of $5$ and of $25$.")
    q1 = b.S("q1", fl(fr(n, 5)), "count multiples of $5$", None)
    q2 = b.S("q2", fl(fr(n, 25)), "count multiples of $25$", None)
    z = b.S("ans", q1 + q2, "add", None)
    b.A(z)


@T
def div9_remainder(r, b):
    n = r.randint(1000, 99999)
    b.P(f"What is the remainder when ${n}$ is divided by $9$?")
    b.t("A number is congruent to its digit sum modulo $9$.")
    s = b.S("ds", dsum(n), "add the digits", None)
    rr = b.S("ans", dm(s, 9), "reduce modulo $9$", None)
    b.A(rr)


@T
def gcd_lcm_product(r, b):
    g = r.randint(2, 9); x = r.randint(2, 9); y = r.randint(2, 9)
    b.need(math.gcd(x, y) == 1 and x != y)
    A, B = g * x, g * y
    b.P(f"The GCD of ${A}$ and ${B}$ is ${g}$. What is their LCM minus their GCD?")
    b.t("The product of two numbers equals the product of their GCD and LCM.")
    p = b.S("p", N(A) * B, "multiply the numbers", None)
    l = b.S("l", fr(p, g), "divide by the GCD", "\\operatorname{lcm}")
    d = b.S("ans", l - g, "subtract the GCD", None)
    b.A(d)


@T
def rem_linear(r, b):
    a = r.randint(11, 60); c = r.randint(11, 60); e = r.randint(1, 50); m = r.randint(6, 13)
    b.P(f"What is the remainder when ${a} \\cdot {c} + {e}$ is divided by ${m}$?")
    p = b.S("p", N(a) * c, "compute the product", None)
    s = b.S("s", p + e, f"add ${e}$", None)
    rr = b.S("ans", dm(s, m), f"divide by ${m}$", None)
    b.A(rr)


@T
def units_product(r, b):
    a = r.randint(11, 999); c = r.randint(11, 999); e = r.randint(11, 999)
    ua, uc, ue = a % 10, c % 10, e % 10
    b.need(ua * uc * ue % 10 != 0 and ua > 1 and uc > 1)
    b.P(f"What is the units digit of ${a} \\cdot {c} \\cdot {e}$?")
    b.t(f"Only the units digits matter: ${ua}$, ${uc}$ and ${ue}$.")
    p = b.S("p", N(ua) * uc, "multiply the first two units digits", None)
    r1 = b.S("r1", dm(p, 10), "keep the units digit", None)
    p2 = b.S("p2", r1 * ue, "multiply by the third units digit", None)
    r2 = b.S("ans", dm(p2, 10), "keep the units digit", None)
    b.A(r2)


@T
def two_digit_common_multiples(r, b):
    x, y = r.choice([(2, 3), (3, 4), (2, 5), (3, 5), (4, 6), (2, 7), (3, 7), (4, 5), (6, 8), (4, 10)])
    L = x * y // math.gcd(x, y)
    b.P(f"How many positive two-digit integers are multiples of both ${x}$ and ${y}$?")
    b.t(f"A number is a multiple of both exactly when it is a multiple of $\\operatorname{{lcm}}({x}, {y}) = {L}$.")
    h = b.S("hi", fl(fr(99, L)), f"count multiples of ${L}$ up to $99$", None)
    lo = b.S("lo", fl(fr(9, L)), f"count multiples of ${L}$ up to $9$", None)
    c = b.S("ans", h - lo, "subtract", None)
    b.A(c)


@T
def power_digit_sum(r, b):
    base = r.choice([2, 3, 5, 7]); n = r.randint(5, 14 if base == 2 else 8)
    b.P(f"What is the sum of the digits of ${base}^{{{n}}}$, increased by ${n}$?")
    p = b.S("p", pw(base, n), "evaluate the power", None)
    b.t("The digits of $<<p>>$ are added next.")
    s = b.S("ds", dsum(p), "add its digits", None)
    t = b.S("ans", s + n, f"add ${n}$", None)
    b.A(t)


@T
def sum_multiples(r, b):
    k = r.randint(3, 9); Nn = r.randint(50, 200)
    b.P(f"What is the sum of all positive multiples of ${k}$ that are at most ${Nn}$?")
    b.t(f"The multiples are ${k} \\cdot 1, {k} \\cdot 2, \\ldots, {k} \\cdot m$ where $m = \\lfloor {Nn}/{k} \\rfloor$.")
    m = b.S("m", fl(fr(Nn, k)), "count the multiples", "m")
    t = b.S("t", m * (m + 1), "compute $m(m + 1)$", None)
    h = b.S("h", fr(t, 2), "halve to get $1 + 2 + \\cdots + m$", None)
    s = b.S("ans", N(k) * h, f"multiply by ${k}$", None)
    b.A(s)


@T
def power_of_power(r, b):
    a = r.choice([2, 3]); m = r.randint(2, 4); n = r.randint(2, 3); p = r.randint(1, 5)
    b.need(0 <= m * n - p <= (12 if a == 2 else 7))
    b.P(f"Evaluate ${fq(f'({a}^{m})^{n}', f'{a}^{p}')}$.")
    b.t(f"Use $(a^m)^n = a^{{mn}}$ and then subtract exponents.")
    e1 = b.S("e1", N(m) * n, "multiply the exponents", None)
    e2 = b.S("e2", e1 - p, "subtract the exponent in the denominator", None)
    v = b.S("ans", pw(a, e2), "evaluate", None)
    b.A(v)


@T
def pow2_mod(r, b):
    n = r.randint(6, 16); m = r.randint(5, 13)
    b.P(f"What is the remainder when $2^{{{n}}} + {m - 1}$ is divided by ${m}$?")
    p = b.S("p", pw(2, n), "evaluate the power", None)
    s = b.S("s", p + (m - 1), f"add ${m - 1}$", None)
    rr = b.S("ans", dm(s, m), f"divide by ${m}$", None)
    b.A(rr)


@T
def factor_pairs(r, b):
    a = r.randint(1, 4); c = r.randint(1, 2); e = r.randint(0, 1)
    n = 2 ** a * 3 ** c * 7 ** e
    b.P(f"How many ordered pairs of positive integers $(x, y)$ satisfy $xy = {n}$, and what is that count plus the number ${n}$ itself?")
    b.t(f"Each divisor $x$ of ${n}$ gives exactly one pair. Factor: ${n} = 2^{a} \\cdot 3^{c}" + (" \\cdot 7$." if e else "$."))
    e1 = b.S("e1", N(a) + 1, "count choices for the power of $2$", None)
    e2 = b.S("e2", N(c) + 1, "count choices for the power of $3$", None)
    d = b.S("d", (e1 * e2 * 2) if e else (e1 * e2), "multiply to count divisors", "d")
    s = b.S("ans", d + n, f"add ${n}$", None)
    b.A(s)


@T
def mod_clock(r, b):
    h = r.randint(1, 12); k = r.randint(30, 300)
    b.need(k % 12 != 0)
    b.P(f"It is ${h}$ o'clock now. What hour (from $1$ to $12$) will the clock show ${k}$ hours from now? Give that hour plus the number of full days that pass.")
    rr = b.S("r", dm(k, 12), "reduce the hours modulo $12$", None)
    s = b.S("s", N(h) + rr, "advance the hour hand", None)
    if h + k % 12 > 12:
        b.t("The hour is past $12$, so we subtract $12$.")
        s = b.S("hh", s - 12, "wrap around the clock face", None)
    d = b.S("d", fl(fr(k, 24)), "count the full days", None)
    t = b.S("ans", s + d, "add the number of days", None)
    b.A(t)


# ----------------------------------------------------------------------------- counting & probability
@T
def fact_ratio(r, b):
    n = r.randint(6, 15)
    b.P(f"Compute ${fq(f'{n}!', f'{n - 2}!')}$.")
    b.t(f"Cancel the common factor ${n - 2}!$, leaving ${n} \\cdot {n - 1}$.")
    s1 = b.S("n1", N(n) - 1, "find the second factor", None)
    s2 = b.S("ans", N(n) * s1, "multiply", None)
    b.V(fr(fact(n), fact(n - 2)), "Check with factorials: @EQ.")
    b.A(s2)


@T
def arrange_vowel_first(r, b):
    words = [("FRIEND", 2), ("GARDEN", 2), ("PLANET", 2), ("MOUSE", 3), ("CASTLE", 2), ("ORANGE", 3), ("DOLPHIN", 2), ("BISCUIT", 3)]
    wd, v = r.choice(words)
    n = len(wd)
    b.P(f"In how many ways can the letters of {wd} be arranged if the first letter must be a vowel?")
    b.t(f"{wd} has ${n}$ distinct letters, ${v}$ of them vowels.")
    m = b.S("m", N(n) - 1, "count the remaining letters", None)
    f = b.S("f", fact(m), "arrange the remaining letters", None)
    a = b.S("ans", N(v) * f, "multiply by the vowel choices", None)
    b.A(a)


@T
def repeated_letters(r, b):
    words = [("BANANA", 6, [3, 2]), ("LETTER", 6, [2, 2]), ("APPLE", 5, [2]), ("BALLOON", 7, [2, 2]),
             ("COFFEE", 6, [2, 2]), ("PEPPER", 6, [3, 2]), ("SUCCESS", 7, [3, 2]), ("MISSISSIPPI", 11, [4, 4, 2]),
             ("ALABAMA", 7, [4]), ("TATTOO", 6, [3, 2])]
    wd, n, reps = r.choice(words)
    b.P(f"How many distinct arrangements of the letters in {wd} are there?")
    b.t(f"There are ${n}$ letters with repeated letters occurring " + ", ".join(f"${x}$" for x in reps) + " times.")
    num = b.S("num", fact(n), "count arrangements as if all letters were distinct", None)
    den = fact(reps[0])
    for x in reps[1:]:
        den = den * fact(x)
    d = b.S("den", den, "compute the overcount factor", None)
    a = b.S("ans", fr(num, d), "divide", None)
    b.A(a)


@T
def ncr_committee(r, b):
    n = r.randint(7, 15)
    b.P(f"How many ways can a committee of $3$ be chosen from ${n}$ people?")
    b.t(f"$\\binom{{{n}}}{{3}} = {fq(f'{n} {CD} {n - 1} {CD} {n - 2}', '3!')}$.")
    num = b.S("num", N(n) * (n - 1) * (n - 2), "compute the numerator", None)
    den = b.S("den", fact(3), "compute $3!$", None)
    c = b.S("ans", fr(num, den), "divide", None)
    b.A(c)


@T
def committee_two_groups(r, b):
    a = r.randint(4, 10); c = r.randint(4, 10)
    b.P(f"A club has ${a}$ boys and ${c}$ girls. In how many ways can we choose $2$ boys and $2$ girls?")
    c1 = b.S("cb", binom(a, 2), "choose the boys", None)
    c2 = b.S("cg", binom(c, 2), "choose the girls", None)
    t = b.S("ans", c1 * c2, "multiply", None)
    b.A(t)


@T
def committee_mixed(r, b):
    a = r.randint(5, 9); c = r.randint(3, 8)
    b.P(f"From ${a}$ fiction and ${c}$ nonfiction books, how many ways can you choose $3$ fiction and $1$ nonfiction book?")
    c1 = b.S("cf", binom(a, 3), "choose the fiction books", None)
    t = b.S("ans", c1 * c, "multiply by the nonfiction choices", None)
    b.A(t)


@T
def prob_marble(r, b):
    red = r.randint(2, 12); blue = r.randint(2, 12); green = r.randint(2, 12)
    b.P(f"A bag has ${red}$ red, ${blue}$ blue and ${green}$ green marbles. What is the probability that a randomly drawn marble is not green? Express your answer as a common fraction.")
    t = b.S("total", N(red) + blue + green, "count all marbles", None)
    f = b.S("fav", N(red) + blue, "count the marbles that are not green", None)
    p = b.S("ans", fr(f, t), "divide", "P")
    b.A(p)


@T
def dice_sum(r, b):
    s = r.choice([4, 5, 6, 7, 8, 9, 10])
    pairs = [(i, s - i) for i in range(1, 7) if 1 <= s - i <= 6]
    b.P(f"Two fair six-sided dice are rolled. What is the probability that the sum is not ${s}$? Express your answer as a common fraction.")
    b.t("The pairs with sum $%d$ are %s, so there are $%d$ of them." % (s, ", ".join("$(%d, %d)$" % p_ for p_ in pairs), len(pairs)))
    t = b.S("total", N(6) * 6, "count all outcomes", None)
    nf = b.S("nf", t - len(pairs), f"remove the outcomes with sum ${s}$", None)
    p = b.S("ans", fr(nf, t), "divide", "P")
    b.A(p)


@T
def coin_k_heads(r, b):
    n = r.randint(3, 8); k = r.randint(1, n - 1)
    b.P(f"A fair coin is flipped ${n}$ times. What is the probability of exactly ${k}$ heads? Express your answer as a common fraction.")
    c = b.S("c", binom(n, k), "count the favorable sequences", None)
    t = b.S("t", pw(2, n), "count all sequences", None)
    p = b.S("ans", fr(c, t), "divide", "P")
    b.A(p)


@T
def indep_events(r, b):
    a = r.randint(1, 5); bb = r.randint(a + 1, 9); c = r.randint(1, 5); d = r.randint(c + 1, 9)
    b.need(math.gcd(a, bb) == 1 and math.gcd(c, d) == 1)
    b.P(f"Event $A$ has probability ${fq(a, bb)}$ and independent event $B$ has probability ${fq(c, d)}$. What is the probability that both occur?")
    b.t(f"For independent events $P(A \\cap B) = P(A)P(B) = {fq(f'{a} {CD} {c}', f'{bb} {CD} {d}')}$.")
    num = b.S("num", N(a) * c, "multiply the numerators", None)
    den = b.S("den", N(bb) * d, "multiply the denominators", None)
    p = b.S("ans", fr(num, den), "simplify", "P")
    b.A(p)


@T
def at_least_one(r, b):
    s = r.choice([4, 6, 8, 10, 12]); k = r.choice([2, 3])
    b.P(f"A fair ${s}$-sided die is rolled ${k}$ times. What is the probability of rolling at least one $1$? Express your answer as a common fraction.")
    b.t("Use the complement: no $1$ appears in any roll.")
    n_ = b.S("n", pw(s - 1, k), "count outcomes with no $1$", None)
    d = b.S("d", pw(s, k), "count all outcomes", None)
    p = b.S("ans", 1 - fr(n_, d), "subtract from $1$", "P")
    b.A(p)


@T
def outfits(r, b):
    s = r.randint(3, 9); p = r.randint(2, 6); h = r.randint(2, 5)
    b.P(f"Sam has ${s}$ shirts, ${p}$ pairs of pants and ${h}$ hats. One particular shirt and one particular pair of pants clash and are never worn together. How many outfits of one shirt, one pair of pants and one hat are possible?")
    sp = b.S("sp", N(s) * p, "count shirt-pants pairs", None)
    t = b.S("t", sp * h, "include the hats", None)
    a = b.S("ans", t - h, "remove the clashing outfits", None)
    b.A(a)


@T
def handshakes(r, b):
    n = r.randint(6, 40)
    b.P(f"At a party, each of ${n}$ people shakes hands once with every other person. How many handshakes occur?")
    b.t(f"The count is $\\binom{{n}}{{2}} = {fq('n(n - 1)', 2)}$.")
    s1 = b.S("n1", N(n) - 1, "compute $n - 1$", None)
    s2 = b.S("p", N(n) * s1, "multiply by $n$", None)
    s3 = b.S("ans", fr(s2, 2), "halve", None)
    b.A(s3)


@T
def diagonals(r, b):
    n = r.randint(5, 30)
    b.P(f"How many diagonals does a convex polygon with ${n}$ sides have?")
    b.t(f"The number of diagonals is ${fq('n(n - 3)', 2)}$.")
    s1 = b.S("n3", N(n) - 3, "compute $n - 3$", None)
    s2 = b.S("p", N(n) * s1, "multiply by $n$", None)
    s3 = b.S("ans", fr(s2, 2), "halve", None)
    b.A(s3)


@T
def plates(r, b):
    L = r.choice([5, 6, 10, 26]); a = r.randint(1, 2); D = r.choice([9, 10]); c = r.randint(2, 3)
    b.P(f"A code consists of ${a}$ symbol(s) from a set of ${L}$ letters followed by ${c}$ digits chosen from ${D}$ allowed digits (repetition allowed). How many codes are possible?")
    l = b.S("l", pw(L, a), "count the letter parts", None)
    d = b.S("d", pw(D, c), "count the digit parts", None)
    t = b.S("ans", l * d, "multiply", None)
    b.A(t)


@T
def grid_paths(r, b):
    m = r.randint(2, 6); n = r.randint(2, 6)
    b.P(f"How many shortest paths are there from $(0, 0)$ to $({m}, {n})$ moving only right or up one unit at a time?")
    b.t("Each path is a sequence of right and up moves; choose where the right moves go.")
    s = b.S("s", N(m) + n, "count the total moves", None)
    c = b.S("ans", binom(s, m), "choose the right moves", None)
    b.A(c)


@T
def expected_value(r, b):
    Nn = r.choice([4, 5, 6, 8, 10]); a = r.randint(1, Nn - 1); v1 = r.randint(2, 20); v2 = r.randint(1, 10)
    b.P(f"A spinner has ${Nn}$ equal sections. ${a}$ of them pay ${v1}$ points and the rest pay ${v2}$ points. What is the expected number of points per spin? Express your answer as a common fraction or integer.")
    rest = b.S("rest", N(Nn) - a, "count the other sections", None)
    t1 = b.S("t1", N(v1) * a, "total points from the first kind", None)
    t2 = b.S("t2", N(v2) * rest, "total points from the second kind", None)
    s = b.S("s", t1 + t2, "add", None)
    e = b.S("ans", fr(s, Nn), "divide by the number of sections", "E")
    b.A(e)


@T
def two_reds(r, b):
    red = r.randint(3, 9); other = r.randint(2, 9)
    t = red + other
    b.P(f"A box has ${red}$ red and ${other}$ white balls. Two are drawn without replacement. What is the probability both are red? Express your answer as a common fraction.")
    b.t(f"$P = {fq(red, t)} \\cdot {fq(red - 1, t - 1)}$.")
    num = b.S("num", N(red) * (red - 1), "multiply the numerators", None)
    den = b.S("den", N(t) * (t - 1), "multiply the denominators", None)
    p = b.S("ans", fr(num, den), "simplify", "P")
    b.A(p)


@T
def subsets_two(r, b):
    n = r.randint(4, 12)
    b.P(f"How many subsets of a ${n}$-element set contain at least $2$ elements?")
    b.t("Subtract the empty set and the one-element subsets from all subsets.")
    p = b.S("p", pw(2, n), "count all subsets", None)
    s = b.S("s", p - 1, "remove the empty set", None)
    a = b.S("ans", s - n, "remove the singletons", None)
    b.A(a)


@T
def incl_excl(r, b):
    T_ = r.randint(30, 60); A = r.randint(10, 25); B = r.randint(10, 25); both = r.randint(3, min(A, B) - 1)
    b.need(A + B - both <= T_)
    b.P(f"In a class of ${T_}$ students, ${A}$ play soccer, ${B}$ play tennis and ${both}$ play both. How many play neither?")
    u = b.S("u", N(A) + B - both, "count students who play at least one", None)
    n = b.S("ans", N(T_) - u, "subtract from the class size", None)
    b.A(n)


@T
def seat_together(r, b):
    n = r.randint(4, 9)
    b.P(f"In how many ways can ${n}$ people sit in a row if two particular people must sit next to each other?")
    b.t("Glue the two people into one block, then account for the order inside the block.")
    m = b.S("m", N(n) - 1, "count the units to arrange", None)
    f = b.S("f", fact(m), "arrange the units", None)
    a = b.S("ans", N(2) * f, "multiply by the $2$ orders in the block", None)
    b.A(a)


@T
def toppings(r, b):
    n = r.randint(5, 14)
    b.P(f"A pizza shop offers ${n}$ toppings. How many pizzas with at most two different toppings can be ordered (including a plain pizza)?")
    c2 = b.S("c2", binom(n, 2), "count two-topping pizzas", None)
    t = b.S("ans", c2 + n + 1, "add one-topping and plain pizzas", None)
    b.A(t)


@T
def prob_multiple(r, b):
    a, c = r.choice([(2, 3), (3, 5), (2, 5), (3, 4), (4, 6), (2, 7)])
    L = a * c // math.gcd(a, c)
    Nn = r.randint(20, 100)
    b.P(f"A card is drawn from cards numbered $1$ through ${Nn}$. What is the probability that its number is a multiple of ${a}$ or ${c}$? Express your answer as a common fraction.")
    ma = b.S("ma", fl(fr(Nn, a)), f"count multiples of ${a}$", None)
    mc = b.S("mc", fl(fr(Nn, c)), f"count multiples of ${c}$", None)
    ml = b.S("ml", fl(fr(Nn, L)), f"count multiples of ${L}$ (counted twice)", None)
    f = b.S("f", ma + mc - ml, "apply inclusion-exclusion", None)
    p = b.S("ans", fr(f, Nn), "divide", "P")
    b.A(p)


@T
def officers(r, b):
    n = r.randint(5, 20)
    b.P(f"A club of ${n}$ members chooses a president, a vice-president and a secretary, all different people. In how many ways can this be done?")
    a1 = b.S("a1", N(n) - 1, "count vice-president choices", None)
    a2 = b.S("a2", N(n) - 2, "count secretary choices", None)
    t = b.S("ans", N(n) * a1 * a2, "multiply", None)
    b.A(t)


@T
def digit_strings(r, b):
    s = r.randint(3, 9); k = r.randint(2, 4)
    b.P(f"How many ${k}$-digit numbers use only the digits $1$ through ${s}$ and contain at least one digit $1$?")
    b.t("Count all such numbers, then subtract those with no digit $1$.")
    p1 = b.S("all", pw(s, k), "count all numbers", None)
    p2 = b.S("no1", pw(s - 1, k), "count numbers without a $1$", None)
    a = b.S("ans", p1 - p2, "subtract", None)
    b.A(a)


@T
def prob_sum_two_spinners(r, b):
    a = r.randint(3, 6); c = r.randint(3, 6)
    b.P(f"Spinner A shows $1$ to ${a}$ and spinner B shows $1$ to ${c}$, each equally likely. What is the probability that the product of the two results is even? Express your answer as a common fraction.")
    oa, oc = (a + 1) // 2, (c + 1) // 2
    b.t(f"The product is odd only when both are odd: ${oa}$ odd values on A and ${oc}$ on B.")
    t = b.S("t", N(a) * c, "count all outcomes", None)
    o = b.S("o", N(oa) * oc, "count odd products", None)
    e = b.S("e", t - o, "count even products", None)
    p = b.S("ans", fr(e, t), "divide", "P")
    b.A(p)


# ----------------------------------------------------------------------------- geometry
@T
def rect_area_perim(r, b):
    L = r.randint(6, 20); W = r.randint(3, 12)
    b.P(f"A rectangle has length ${L}$ cm and width ${W}$ cm. What is the sum of its area (in square cm) and its perimeter (in cm)?")
    b.t("For a rectangle, $A = \\ell w$ and $P = 2(\\ell + w)$.")
    A = b.S("area", N(L) * W, "find the area", "A")
    s = b.S("half", N(L) + W, "add the length and width", "\\ell + w")
    P = b.S("perim", im(2, s), "double that to get the perimeter", "P")
    t = b.S("ans", A + P, "add the area and perimeter", "A + P")
    b.A(t)


@T
def tri_rect_diff(r, b):
    base = r.randint(4, 20); h = r.randint(2, 15)
    b.need(base * h % 2 == 0)
    b.P(f"A triangle and a rectangle share the same base ${base}$ and the same height ${h}$. How much larger is the area of the rectangle?")
    p = b.S("rect", N(base) * h, "find the rectangle's area", None)
    t = b.S("tri", fr(p, 2), "halve it for the triangle", None)
    d = b.S("ans", p - t, "subtract", None)
    b.A(d)


@T
def hyp_perimeter(r, b):
    a, c, h = r.choice(TRIPLES)
    k = r.randint(1, 3)
    a, c, h = a * k, c * k, h * k
    b.P(f"A right triangle has legs ${a}$ and ${c}$. What is its perimeter?")
    b.t("By the Pythagorean theorem the hypotenuse satisfies $h^2 = a^2 + b^2$.")
    s = b.S("h2", pw(a, 2) + pw(c, 2), "add the squares of the legs", "h^2")
    hh = b.S("h", sqrt(s), "take the square root", "h")
    p = b.S("ans", N(a) + c + hh, "add all three sides", "P")
    b.A(p)


@T
def leg_area(r, b):
    a, c, h = r.choice(TRIPLES)
    b.need(a % 2 == 0 or c % 2 == 0)
    b.P(f"A right triangle has hypotenuse ${h}$ and one leg ${a}$. What is its area?")
    h2 = b.S("h2", pw(h, 2), "square the hypotenuse", None)
    a2 = b.S("a2", pw(a, 2), "square the known leg", None)
    b2 = b.S("b2", h2 - a2, "subtract", "b^2")
    bb = b.S("b", sqrt(b2), "take the square root", "b")
    A = b.S("ans", fr(N(a) * bb, 2), "compute half the product of the legs", "A")
    b.A(A)


@T
def tri_angle(r, b):
    a = r.randint(20, 90); c = r.randint(20, 150 - a)
    b.P(f"Two angles of a triangle measure ${a}^\\circ$ and ${c}^\\circ$. What is the measure, in degrees, of the exterior angle at the third vertex?")
    b.t("The angles of a triangle sum to $180^\\circ$.")
    t = b.S("third", N(180) - a - c, "find the third angle", None)
    e = b.S("ans", 180 - t, "take the supplement", None)
    b.V(N(a) + c, "The exterior angle equals the sum of the two remote angles: @EQ.")
    b.A(e)


@T
def polygon_interior(r, b):
    n = r.choice([3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36])
    b.P(f"What is the measure, in degrees, of each interior angle of a regular polygon with ${n}$ sides?")
    b.t("The interior angles of an $n$-gon sum to $(n - 2) \\cdot 180^\\circ$.")
    m = b.S("m", N(n) - 2, "compute $n - 2$", None)
    s = b.S("s", m * 180, "find the angle sum", None)
    e = b.S("ans", fr(s, n), "divide equally", None)
    b.A(e)


@T
def polygon_from_angle(r, b):
    n = r.choice([5, 6, 8, 9, 10, 12, 15, 18, 20])
    X = 180 - 360 // n
    b.P(f"Each interior angle of a regular polygon measures ${X}^\\circ$. How many diagonals does the polygon have?")
    e = b.S("ext", N(180) - X, "find each exterior angle", None)
    n_ = b.S("n", fr(360, e), "divide $360^\\circ$ by the exterior angle", "n")
    m = b.S("m", n_ - 3, "compute $n - 3$", None)
    p = b.S("p", n_ * m, "multiply", None)
    d = b.S("ans", fr(p, 2), "halve", None)
    b.A(d)


@T
def trapezoid(r, b):
    a = r.randint(3, 15); c = r.randint(a + 1, 25); h = r.randint(2, 12)
    b.P(f"A trapezoid has parallel sides ${a}$ and ${c}$ and height ${h}$. What is its area?")
    b.t(f"$A = {fq('(b_1 + b_2)h', 2)}$.")
    s = b.S("s", N(a) + c, "add the bases", None)
    p = b.S("p", s * h, "multiply by the height", None)
    A = b.S("ans", fr(p, 2), "halve", "A")
    b.A(A)


@T
def circle_from_area(r, b):
    rr = r.randint(2, 15)
    K = rr * rr
    b.P(f"A circle has area ${K}\\pi$. Its circumference is $c\\pi$. What is $c + r$, where $r$ is the radius?")
    b.t(f"From $\\pi r^2 = {K}\\pi$ we get $r^2 = {K}$.")
    r_ = b.S("r", sqrt(K), "take the square root", "r")
    c = b.S("c", N(2) * r_, "find the circumference coefficient $2r$", "c")
    s = b.S("ans", c + r_, "add", None)
    b.A(s)


@T
def square_grow(r, b):
    s = r.randint(3, 20); d = r.randint(1, 6)
    b.P(f"A square has area ${s * s}$. Each side is increased by ${d}$. What is the new area?")
    side = b.S("side", sqrt(s * s), "find the side", "s")
    ns = b.S("ns", side + d, "increase the side", None)
    A = b.S("ans", pw(ns, 2), "square the new side", None)
    b.A(A)


@T
def cube_sum(r, b):
    s = r.randint(2, 12)
    b.P(f"A cube has edge length ${s}$. What is the sum of its volume and its surface area?")
    sq = b.S("sq", pw(s, 2), "find the area of one face", None)
    SA = b.S("SA", N(6) * sq, "find the surface area", None)
    V = b.S("V", pw(s, 3), "find the volume", None)
    t = b.S("ans", V + SA, "add", None)
    b.A(t)


@T
def box_surface(r, b):
    l = r.randint(2, 12); w_ = r.randint(2, 12); h = r.randint(2, 12)
    b.P(f"A rectangular box measures ${l}$ by ${w_}$ by ${h}$. What is its surface area?")
    b.t("$SA = 2(\\ell w + \\ell h + wh)$.")
    a = b.S("lw", N(l) * w_, "compute $\\ell w$", None)
    c = b.S("lh", N(l) * h, "compute $\\ell h$", None)
    d = b.S("wh", N(w_) * h, "compute $wh$", None)
    s = b.S("s", a + c + d, "add", None)
    t = b.S("ans", im(2, s), "double", "SA")
    b.A(t)


@T
def similar_tri(r, b):
    a = r.randint(2, 9); c = r.randint(2, 9); e = r.randint(2, 9); k = r.randint(2, 5)
    b.need(a + c > e and a + e > c and c + e > a)
    b.P(f"A triangle has sides ${a}$, ${c}$ and ${e}$. In a similar triangle, the side corresponding to the side of length ${a}$ has length ${a * k}$. What is the perimeter of the larger triangle?")
    kk = b.S("k", fr(a * k, a), "find the scale factor", "k")
    s2 = b.S("s2", kk * c, "scale the second side", None)
    s3 = b.S("s3", kk * e, "scale the third side", None)
    P = b.S("ans", N(a * k) + s2 + s3, "add the sides", "P")
    b.A(P)


@T
def composite_area(r, b):
    L = r.randint(8, 20); W = r.randint(6, 15); s = r.randint(2, 5)
    b.P(f"A ${s}$ by ${s}$ square is cut from the corner of a ${L}$ by ${W}$ rectangle. What is the remaining area?")
    R_ = b.S("R", N(L) * W, "find the rectangle's area", None)
    S_ = b.S("S", pw(s, 2), "find the square's area", None)
    A = b.S("ans", R_ - S_, "subtract", None)
    b.A(A)


@T
def isosceles_base(r, b):
    apex = 2 * r.randint(10, 80)
    b.P(f"The vertex angle of an isosceles triangle is ${apex}^\\circ$. What is the measure of the supplement of a base angle?")
    d = b.S("d", N(180) - apex, "subtract the vertex angle from $180$", None)
    ba = b.S("base", fr(d, 2), "split equally between the base angles", None)
    s = b.S("ans", 180 - ba, "take the supplement", None)
    b.A(s)


@T
def comp_supp(r, b):
    x = r.randint(5, 85)
    b.P(f"What is the sum of the complement and the supplement of a ${x}^\\circ$ angle?")
    c = b.S("c", N(90) - x, "find the complement", None)
    s = b.S("s", N(180) - x, "find the supplement", None)
    t = b.S("ans", c + s, "add", None)
    b.A(t)


@T
def coord_triangle(r, b):
    x1 = r.randint(-5, 5); y1 = r.randint(-5, 5); bw = r.randint(2, 12); hh = r.randint(2, 12)
    b.need((bw * hh) % 2 == 0)
    x2, y2 = x1 + bw, y1 + hh
    b.P(f"What is the area of the triangle with vertices $({x1}, {y1})$, $({x2}, {y1})$ and $({x1}, {y2})$?")
    b.t("This is a right triangle with legs along horizontal and vertical lines.")
    base = b.S("b", N(x2) - x1, "find the horizontal leg", None)
    h = b.S("h", N(y2) - y1, "find the vertical leg", None)
    A = b.S("ans", fr(base * h, 2), "compute the area", "A")
    b.A(A)


@T
def rhombus(r, b):
    a, c, h = r.choice(TRIPLES[:6])
    d1, d2 = 2 * a, 2 * c
    b.P(f"A rhombus has diagonals ${d1}$ and ${d2}$. What is the sum of its area and its perimeter?")
    b.t(f"The diagonals bisect each other at right angles, so the half-diagonals are ${a}$ and ${c}$.")
    p = b.S("p", N(d1) * d2, "multiply the diagonals", None)
    A = b.S("A", fr(p, 2), "halve for the area", "A")
    s2 = b.S("s2", pw(a, 2) + pw(c, 2), "find the square of a side", "s^2")
    s = b.S("s", sqrt(s2), "take the square root", "s")
    t = b.S("ans", A + N(4) * s, "add the area and the perimeter $4s$", None)
    b.A(t)


@T
def rect_diagonal(r, b):
    a, c, h = r.choice(TRIPLES)
    b.P(f"A rectangle has diagonal ${h}$ and width ${a}$. What is its area?")
    d2 = b.S("d2", pw(h, 2), "square the diagonal", None)
    w2 = b.S("w2", pw(a, 2), "square the width", None)
    l2 = b.S("l2", d2 - w2, "subtract", "\\ell^2")
    l = b.S("l", sqrt(l2), "take the square root", "\\ell")
    A = b.S("ans", l * a, "multiply length and width", "A")
    b.A(A)


@T
def cylinder(r, b):
    rr = r.randint(2, 10); h = r.randint(2, 15)
    b.P(f"A cylinder has radius ${rr}$ and height ${h}$. Its volume is $k\\pi$. What is $k$?")
    b.t("$V = \\pi r^2 h$.")
    r2 = b.S("r2", pw(rr, 2), "square the radius", None)
    k = b.S("ans", r2 * h, "multiply by the height", "k")
    b.A(k)


@T
def tiles(r, b):
    tw = r.randint(1, 3); tl = r.randint(2, 4)
    L = tl * r.randint(3, 10); W = tw * r.randint(3, 10)
    b.P(f"How many ${tw}$ ft by ${tl}$ ft tiles are needed to cover a ${L}$ ft by ${W}$ ft floor?")
    A = b.S("A", N(L) * W, "find the floor area", None)
    t = b.S("t", N(tw) * tl, "find the tile area", None)
    n = b.S("ans", fr(A, t), "divide", None)
    b.A(n)


@T
def garden_path(r, b):
    L = r.randint(6, 20); W = r.randint(4, 15); p = r.randint(1, 4)
    b.P(f"A ${L}$ m by ${W}$ m garden is surrounded by a path ${p}$ m wide. What is the area of the path?")
    oL = b.S("oL", N(L) + N(2) * p, "find the outer length", None)
    oW = b.S("oW", N(W) + N(2) * p, "find the outer width", None)
    o = b.S("o", oL * oW, "find the outer area", None)
    i = b.S("i", N(L) * W, "find the garden area", None)
    a = b.S("ans", o - i, "subtract", None)
    b.A(a)


@T
def square_ratio(r, b):
    a = r.randint(2, 12); c = r.randint(2, 12)
    b.need(a != c)
    b.P(f"What is the ratio of the area of a square with side ${a}$ to the area of a square with side ${c}$? Express your answer as a common fraction.")
    A1 = b.S("A1", pw(a, 2), "find the first area", None)
    A2 = b.S("A2", pw(c, 2), "find the second area", None)
    q = b.S("ans", fr(A1, A2), "divide", None)
    b.A(q)


@T
def clock_half(r, b):
    h = r.randint(1, 11)
    b.P(f"What is the smaller angle, in degrees, between the hands of a clock at ${h}{':'}30$?")
    b.t("The minute hand is at $180^\\circ$; the hour hand moves $30^\\circ$ per hour plus $15^\\circ$ for the half hour.")
    hr = b.S("hr", N(30) * h, "find the hour hand's position at the hour", None)
    h2 = b.S("h2", hr + 15, "add the half-hour movement", None)
    if 30 * h + 15 > 180:
        d = b.S("ans", h2 - 180, "subtract the minute hand's position", None)
    else:
        d = b.S("ans", 180 - h2, "subtract from the minute hand's position", None)
    b.A(d)


@T
def square_perimeter_area(r, b):
    P = 4 * r.randint(2, 25)
    b.P(f"A square has perimeter ${P}$. What is its area plus the length of one side?")
    s = b.S("s", fr(P, 4), "find the side", "s")
    A = b.S("A", pw(s, 2), "square it", "A")
    t = b.S("ans", A + s, "add the side", None)
    b.A(t)


@T
def fence_posts(r, b):
    L = r.randint(5, 30); W = r.randint(5, 30); g = r.choice([2, 3, 5])
    b.need(L % g == 0 and W % g == 0)
    b.P(f"Posts are placed every ${g}$ m around a ${L}$ m by ${W}$ m rectangular field, with a post at each corner. How many posts are used?")
    b.t("Around a closed loop, the number of posts equals the perimeter divided by the spacing.")
    s = b.S("s", N(L) + W, "add length and width", None)
    P = b.S("P", im(2, s), "find the perimeter", "P")
    n = b.S("ans", fr(P, g), "divide by the spacing", None)
    b.A(n)


@T
def angle_ratio(r, b):
    a, c = r.choice([(1, 2), (1, 3), (2, 3), (1, 5), (4, 5), (1, 8), (7, 11), (1, 4)])
    b.P(f"Two supplementary angles are in the ratio ${a}:{c}$. What is the measure of the larger angle, in degrees?")
    b.t(f"Write the angles as ${a}x$ and ${c}x$, so ${a}x + {c}x = 180$.")
    s = b.S("s", N(a) + c, "add the ratio parts", None)
    x = b.S("x", fr(180, s), "solve for $x$", "x")
    L = b.S("ans", N(c) * x, "find the larger angle", None)
    b.need((180 % (a + c)) == 0)
    b.A(L)


# ----------------------------------------------------------------------------- fractions, exponents, percents
@T
def add_fractions(r, b):
    bd = r.choice([(3, 4), (2, 5), (3, 5), (4, 5), (5, 6), (2, 7), (3, 8), (4, 9), (5, 7), (6, 7)])
    b_, d = bd
    a = r.randint(1, b_ - 1); c = r.randint(1, d - 1)
    b.P(f"Compute ${fq(a, b_)} + {fq(c, d)}$. Express your answer as a common fraction.")
    den = b.S("den", N(b_) * d, "find a common denominator", None)
    n1 = b.S("n1", N(a) * d, "rewrite the first numerator", None)
    n2 = b.S("n2", N(c) * b_, "rewrite the second numerator", None)
    num = b.S("num", n1 + n2, "add the numerators", None)
    s = b.S("ans", fr(num, den), "write the sum", None)
    b.A(s)


@T
def sub_fractions(r, b):
    b_, d = r.choice([(2, 3), (3, 4), (4, 5), (5, 6), (3, 7), (5, 8), (7, 9)])
    a = r.randint(1, b_ - 1); c = r.randint(1, d - 1)
    b.need(a * d > c * b_)
    b.P(f"Compute ${fq(a, b_)} - {fq(c, d)}$. Express your answer as a common fraction.")
    den = b.S("den", N(b_) * d, "find a common denominator", None)
    n1 = b.S("n1", N(a) * d, "rewrite the first numerator", None)
    n2 = b.S("n2", N(c) * b_, "rewrite the second numerator", None)
    num = b.S("num", n1 - n2, "subtract the numerators", None)
    s = b.S("ans", fr(num, den), "write the difference", None)
    b.A(s)


@T
def frac_of_number(r, b):
    a, c = r.choice([(3, 4), (2, 3), (3, 5), (1, 4), (2, 5), (5, 8)])
    e, f = r.choice([(1, 2), (1, 3), (2, 5), (1, 4), (3, 4)])
    T_ = c * f * r.randint(2, 10)
    b.need(((T_ - T_ * a // c) * e) % f == 0)
    b.P(f"Maya had ${T_}$ stickers. She gave away ${fq(a, c)}$ of them, then used ${fq(e, f)}$ of the rest. How many stickers are left?")
    g = b.S("g", fr(a, c) * T_, "find how many she gave away", None)
    rest = b.S("rest", N(T_) - g, "find the rest", None)
    u = b.S("u", fr(e, f) * rest, "find how many she used", None)
    left = b.S("ans", rest - u, "subtract", None)
    b.A(left)


@T
def pct_of_number(r, b):
    T_ = 20 * r.randint(2, 30); a = r.choice([10, 20, 25, 50, 75]); c = r.choice([10, 20, 50])
    b.need((T_ * a) % 100 == 0 and ((T_ - T_ * a // 100) * c) % 100 == 0)
    b.P(f"A tank holds ${T_}$ liters. ${a}\\%$ is drained, then ${c}\\%$ of what remains is drained. How many liters remain?")
    d1 = b.S("d1", pct(a) * T_, "find the first amount drained", None)
    rem = b.S("rem", N(T_) - d1, "find what remains", None)
    d2 = b.S("d2", pct(c) * rem, "find the second amount drained", None)
    f = b.S("ans", rem - d2, "subtract", None)
    b.A(f)


@T
def discount_tax(r, b):
    P = 20 * r.randint(2, 25); a = r.choice([10, 20, 25, 30, 40, 50]); t = r.choice([5, 10])
    b.need((P * a) % 100 == 0 and ((P - P * a // 100) * t) % 100 == 0)
    b.P(f"A jacket costs ${P}$ dollars. It is discounted ${a}\\%$, and then a ${t}\\%$ sales tax is added to the sale price. What is the final cost in dollars?")
    d = b.S("d", fr(N(P) * a, 100), "find the discount", None)
    s = b.S("s", N(P) - d, "find the sale price", None)
    tx = b.S("tx", fr(s * t, 100), "find the tax", None)
    f = b.S("ans", s + tx, "add the tax", None)
    b.A(f)


@T
def pct_change(r, b):
    old = r.choice([20, 25, 40, 50, 80, 100, 120, 125, 200, 250]); p = r.choice([5, 10, 20, 25, 40, 50, 60, 75])
    b.need((old * p) % 100 == 0)
    new = old + old * p // 100
    b.P(f"A quantity grows from ${old}$ to ${new}$. By what percent did it increase?")
    d = b.S("d", N(new) - old, "find the increase", None)
    q = b.S("q", fr(d, old), "divide by the original amount", None)
    pc = b.S("ans", q * 100, "convert to a percent", None)
    b.need(p % 1 == 0)
    b.A(pc)


@T
def exp_eval(r, b):
    a = r.randint(3, 10); c = r.randint(2, 5); e = r.randint(1, 30)
    b.P(f"Compute $2^{{{a}}} - 3^{{{c}}} + {e}$.")
    p1 = b.S("p1", pw(2, a), "evaluate the power of $2$", None)
    p2 = b.S("p2", pw(3, c), "evaluate the power of $3$", None)
    s = b.S("ans", p1 - p2 + e, "combine", None)
    b.A(s)


@T
def order_ops(r, b):
    a = r.randint(2, 30); c = r.randint(2, 12); d = r.randint(2, 12); e = r.randint(2, 9); f = e * r.randint(2, 12)
    b.P(f"Evaluate ${a} + {c} \\times {d} - {f} \\div {e}$.")
    b.t("Do the multiplication and division before the addition and subtraction.")
    m = b.S("m", N(c) * d, "multiply", None)
    q = b.S("q", N(f) / e, "divide", None)
    s = b.S("ans", N(a) + m - q, "add and subtract from left to right", None)
    b.A(s)


@T
def mixed_number(r, b):
    w_ = r.randint(1, 5); den = r.choice([2, 3, 4, 5, 6, 8]); nu = r.randint(1, den - 1); k = den * r.randint(1, 6)
    b.P(f"What is ${w_}{fq(nu, den)} \\times {k}$?")
    b.t(f"First write ${w_}{fq(nu, den)}$ as an improper fraction.")
    s1 = b.S("s1", N(w_) * den, "multiply the whole part by the denominator", None)
    num = b.S("num", s1 + nu, "add the numerator", None)
    p = b.S("ans", fr(num, den) * k, f"multiply by ${k}$", None)
    b.A(p)


@T
def divide_fractions(r, b):
    a = r.randint(1, 9); b_ = r.randint(2, 9); c = r.randint(1, 9); d = r.randint(2, 9)
    b.need(math.gcd(a, b_) == 1 and math.gcd(c, d) == 1)
    b.P(f"Compute ${fq(a, b_)} \\div {fq(c, d)}$. Express your answer as a common fraction or integer.")
    b.t(f"Dividing by ${fq(c, d)}$ is the same as multiplying by ${fq(d, c)}$.")
    num = b.S("num", N(a) * d, "multiply the numerators", None)
    den = b.S("den", N(b_) * c, "multiply the denominators", None)
    q = b.S("ans", fr(num, den), "simplify", None)
    b.A(q)


@T
def unit_price(r, b):
    n = r.randint(3, 9); u = r.randint(2, 15); m = r.randint(2, 12); B = 10 * r.randint(5, 20)
    b.need(u * m < B)
    b.P(f"${n}$ notebooks cost ${n * u}$ dollars. How much change do you get from ${B}$ dollars if you buy ${m}$ notebooks?")
    p = b.S("p", fr(n * u, n), "find the price of one notebook", None)
    t = b.S("t", p * m, f"find the cost of ${m}$ notebooks", None)
    c = b.S("ans", N(B) - t, "subtract from the amount paid", None)
    b.A(c)


@T
def recipe_scale(r, b):
    s = r.choice([2, 4, 6, 8]); k = r.randint(2, 6) * s
    q = r.randint(2, 9)
    b.need((q * k) % s == 0)
    have = r.randint(1, q * k // s - 1) if q * k // s > 1 else 0
    b.need(have > 0)
    b.P(f"A recipe for ${s}$ servings uses ${q}$ cups of flour. How many more cups are needed to make ${k}$ servings if you already have ${have}$ cups?")
    per = b.S("per", fr(q, s), "find the flour per serving", None)
    tot = b.S("tot", per * k, f"scale to ${k}$ servings", None)
    need = b.S("ans", tot - have, "subtract what you have", None)
    b.A(need)


@T
def neg_exponents(r, b):
    a = r.randint(1, 5); c = r.randint(1, 3)
    b.P(f"Compute $2^{{-{a}}} + 4^{{-{c}}}$. Express your answer as a common fraction.")
    b.t("Recall $x^{-n} = \\frac{1}{x^n}$.")
    p1 = b.S("p1", pw(2, a), "evaluate $2^n$", None)
    p2 = b.S("p2", pw(4, c), "evaluate $4^n$", None)
    s = b.S("ans", fr(1, p1) + fr(1, p2), "add the reciprocals", None)
    b.A(s)


@T
def sqrt_sum_sq(r, b):
    a = r.randint(2, 15); c = r.randint(2, 15)
    b.P(f"Compute $\\left(\\sqrt{{{a * a}}} + \\sqrt{{{c * c}}}\\right)^2$.")
    s1 = b.S("s1", sqrt(a * a), "evaluate the first root", None)
    s2 = b.S("s2", sqrt(c * c), "evaluate the second root", None)
    s = b.S("s", s1 + s2, "add", None)
    q = b.S("ans", pw(s, 2), "square", None)
    b.A(q)


@T
def simplify_quotient(r, b):
    a = r.randint(5, 30); c = r.randint(1, a - 1)
    b.P(f"Compute ${fq(f'{a}^2 - {c}^2', f'{a} - {c}')}$.")
    b.t(f"The numerator factors as $({a} - {c})({a} + {c})$, but we can also compute directly.")
    num = b.S("num", pw(a, 2) - pw(c, 2), "compute the numerator", None)
    den = b.S("den", N(a) - c, "compute the denominator", None)
    q = b.S("ans", fr(num, den), "divide", None)
    b.V(N(a) + c, "Using the factorization: @EQ.")
    b.A(q)


@T
def reciprocal_sum(r, b):
    a = r.randint(2, 12); c = r.randint(2, 12)
    b.need(a != c)
    b.P(f"Compute ${fq(1, a)} + {fq(1, c)}$. Express your answer as a common fraction.")
    b.t(f"${fq(1, 'a')} + {fq(1, 'b')} = {fq('a + b', 'ab')}$.")
    s = b.S("s", N(a) + c, "add the denominators", None)
    p = b.S("p", N(a) * c, "multiply the denominators", None)
    q = b.S("ans", fr(s, p), "write the sum", None)
    b.A(q)


@T
def avg_speed_round(r, b):
    v1, v2 = r.choice([(30, 60), (40, 60), (20, 30), (12, 24), (10, 15), (10, 40), (20, 30), (45, 90), (36, 45)])
    L = v1 * v2 // math.gcd(v1, v2)
    d = L * r.randint(1, 3)
    b.P(f"A cyclist rides ${d}$ km to a lake at ${v1}$ km/h and returns the same way at ${v2}$ km/h. What is the average speed for the round trip, in km/h?")
    t1 = b.S("t1", fr(d, v1), "find the time out", None)
    t2 = b.S("t2", fr(d, v2), "find the time back", None)
    T_ = b.S("T", t1 + t2, "add the times", None)
    D = b.S("D", N(2) * d, "find the total distance", None)
    v = b.S("ans", fr(D, T_), "divide distance by time", "v")
    b.A(v)


@T
def pct_of_pct(r, b):
    a = r.choice([10, 20, 25, 50]); c = r.choice([10, 20, 40, 50, 60]); n = 100 * r.randint(1, 12)
    b.P(f"What is ${a}\\%$ of ${c}\\%$ of ${n}$?")
    f = b.S("f", pct(c) * n, f"find ${c}\\%$ of ${n}$", None)
    g = b.S("ans", pct(a) * f, f"take ${a}\\%$ of that", None)
    b.need((n * c) % 100 == 0 and (n * c // 100 * a) % 100 == 0)
    b.A(g)


@T
def overtime_pay(r, b):
    rate = 2 * r.randint(6, 15); h = r.randint(2, 12)
    b.P(f"A worker earns ${rate}$ dollars per hour for the first $40$ hours and time-and-a-half for overtime. How much does the worker earn in a week with ${40 + h}$ hours?")
    reg = b.S("reg", N(40) * rate, "find regular pay", None)
    ot = b.S("ot", fr(N(3) * rate, 2), "find the overtime rate", None)
    op = b.S("op", ot * h, "find overtime pay", None)
    t = b.S("ans", reg + op, "add", None)
    b.A(t)


@T
def which_term(r, b):
    a = r.randint(1, 20); d = r.randint(2, 9); k = r.randint(10, 60)
    X = a + k * d
    b.P(f"In the arithmetic sequence ${a}, {a + d}, {a + 2 * d}, \\ldots$, which term equals ${X}$?")
    b.t(f"Solve ${a} + (n - 1) \\cdot {d} = {X}$.")
    df = b.S("df", N(X) - a, f"subtract ${a}$", f"(n - 1) \\cdot {d}")
    q = b.S("q", fr(df, d), f"divide by ${d}$", "n - 1")
    n = b.S("ans", q + 1, "add $1$", "n")
    b.A(n)


@T
def decimal_mult(r, b):
    a = r.choice(["0.5", "0.25", "1.5", "2.5", "0.75", "0.2"]); n = 4 * r.randint(2, 30); c = r.randint(2, 20)
    b.P(f"What is ${a} \\times {n} + {c}$?")
    from fractions import Fraction as Fr
    b.need((Fr(a) * n).denominator == 1)
    p = b.S("p", w_dec(a) * n, "multiply", None)
    s = b.S("ans", p + c, f"add ${c}$", None)
    b.A(s)


def w_dec(s):
    from engine import dec
    return dec(s)


@T
def savings_plan(r, b):
    start = 5 * r.randint(2, 20); wk = r.randint(3, 15); n = r.randint(4, 20); goal_extra = r.randint(5, 50)
    b.P(f"Lena has ${start}$ dollars and saves ${wk}$ dollars each week. After ${n}$ weeks she spends ${goal_extra}$ dollars. How much does she have left?")
    s = b.S("s", N(wk) * n, "find the amount saved", None)
    t = b.S("t", N(start) + s, "add the starting amount", None)
    f = b.S("ans", t - goal_extra, "subtract what she spent", None)
    b.A(f)


@T
def consecutive_squares(r, b):
    n = r.randint(3, 30)
    b.P(f"What is $({n} + 1)^2 - {n}^2$, computed directly?")
    b.t(f"Algebraically $(n + 1)^2 - n^2 = 2n + 1$; here we compute directly.")
    a1 = b.S("a1", N(n) + 1, "compute $n + 1$", None)
    s1 = b.S("s1", pw(a1, 2), "square it", None)
    s2 = b.S("s2", pw(n, 2), f"square ${n}$", None)
    d = b.S("ans", s1 - s2, "subtract", None)
    b.V(im(2, n) + 1, "Check with $2n + 1$: @EQ.")
    b.A(d)


@T
def work_together(r, b):
    a, c = r.choice([(2, 3), (3, 6), (4, 12), (6, 12), (2, 6), (3, 4), (4, 6), (10, 15), (6, 10), (12, 24)])
    b.P(f"One pump fills a tank in ${a}$ hours and another in ${c}$ hours. Working together, how many hours do they take? Express your answer as a common fraction or integer.")
    b.t(f"Together they fill ${fq(1, a)} + {fq(1, c)} = {fq(f'{a} + {c}', f'{a} {CD} {c}')}$ of the tank per hour.")
    s = b.S("s", N(a) + c, "add the times", None)
    p = b.S("p", N(a) * c, "multiply the times", None)
    t = b.S("ans", fr(p, s), "take the reciprocal of the combined rate", "t")
    b.A(t)


@T
def perimeter_triangle_eq(r, b):
    x = r.randint(2, 12); a = r.randint(1, 6); c = r.randint(1, 6)
    P = x + (x + a) + (x + c)
    b.P(f"The sides of a triangle are $x$, $x + {a}$ and $x + {c}$, and its perimeter is ${P}$. What is the longest side?")
    b.t(f"Adding the sides gives $3x + {a + c} = {P}$.")
    s1 = b.S("t", N(P) - (a + c), f"subtract ${a + c}$", "3x")
    xx = b.S("x", fr(s1, 3), "divide by $3$", "x")
    L = b.S("ans", xx + max(a, c), "find the longest side", None)
    b.A(L)


@T
def eval_poly_cubic(r, b):
    k = r.randint(2, 6); a = r.randint(1, 5); c = r.randint(1, 20)
    b.P(f"If $p(x) = x^3 - {a}x + {c}$, what is $p({k})$?")
    s1 = b.S("cube", pw(k, 3), f"compute ${k}^3$", None)
    s2 = b.S("lin", N(a) * k, f"compute ${a} \\cdot {k}$", None)
    s3 = b.S("ans", s1 - s2 + c, "combine", f"p({k})")
    b.A(s3)
