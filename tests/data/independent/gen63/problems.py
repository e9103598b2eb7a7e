"""Problem phrasings and number-set generators for every kind."""
from fractions import Fraction as F
from math import gcd, isqrt
from core import Bad, plain_num, rounded, sqrt_dec, isqrt_exact
from kinds import pt, eq_str, mfmt_of
import kinds as K


def nz(rng, lo, hi):
    while True:
        v = rng.randint(lo, hi)
        if v != 0:
            return v


# ---------------------------------------------------------------- generators
def g_slope(rng, k, opt):
    while True:
        x1, y1 = rng.randint(-6, 8), rng.randint(-7, 9)
        if k == 0:
            dx, m = rng.randint(1, 6), rng.randint(1, 4)
            dy = m * dx
        elif k == 1:
            dx, dy = rng.randint(1, 7), -rng.randint(1, 9)
        elif k == 2:
            dx, dy = rng.randint(2, 8), rng.randint(1, 9)
            if dy % dx == 0:
                continue
        else:
            dx, dy = nz(rng, -8, 8), rng.randint(-9, 9)
        if opt.get("nonzero") and dy == 0:
            continue
        if rng.random() < 0.3:
            dx, dy = -dx, -dy
        x2, y2 = x1 + dx, y1 + dy
        if abs(x2) > 14 or abs(y2) > 16:
            continue
        return {"P": (x1, y1), "Q": (x2, y2)}


def g_rate(rng, k, opt):
    money = opt.get("money", False)
    pools = {0: [2, 3, 4, 5, 6], 1: [-2, -3, -4, -5], 2: [F(3, 2), F(5, 2), F(1, 2), F(7, 2)], 3: [3, 4, 5, 7, 8]}
    pool = pools[k]
    if money and k == 1:
        pool = [6, 7, 9, 12]
    while True:
        m = F(rng.choice(pool))
        b = F(rng.randint(0, 20) if money or m < 0 else rng.randint(-8, 15))
        if m < 0:
            b = F(rng.randint(20, 60))
        s = rng.choice([0, 0, 1, 2])
        h = rng.choice([1, 1, 2]) if k != 3 else rng.choice([2, 5])
        xs = [s + h * i for i in range(4)]
        ys = [m * x + b for x in xs]
        X = xs[-1] + h * rng.randint(2, 6)
        rows = rng.choice([(0, 1), (0, 2), (0, 3), (1, 3)])
        if ys[rows[0]] == ys[rows[1]]:
            continue
        return {"xs": [F(x) for x in xs], "ys": ys, "m": m, "b": b, "X": F(X), "rows": rows,
                "mfmt": mfmt_of(m), "money": money}


def table_text(p, opt, rng):
    xs, ys = p["xs"], p["ys"]
    xn, yn = opt.get("xn", "x"), opt.get("yn", "y")
    f = lambda v: plain_num(v, "dec") if F(v).denominator != 1 else plain_num(v)
    if opt.get("money"):
        f = lambda v: "$" + (plain_num(v) if F(v).denominator == 1 else "%.2f" % float(v))
    style = rng.choice(["h", "v"] if opt.get("money") else ["h", "v", "inline"])
    if style == "h":
        return ("| %s | " % xn + " | ".join(f(x) if False else plain_num(x) for x in xs) + " |\n" +
                "|---" * (len(xs) + 1) + "|\n" + "| %s | " % yn + " | ".join(f(y) for y in ys) + " |")
    if style == "v":
        return "| %s | %s |\n|---|---|\n" % (xn, yn) + "\n".join("| %s | %s |" % (plain_num(x), f(y))
                                                               for x, y in zip(xs, ys))
    return ", ".join("(%s, %s)" % (plain_num(x), f(y)) for x, y in zip(xs, ys))


def pick_m(rng, k):
    if k == 0:
        return F(rng.choice([2, 3, 4, 5, 6]))
    if k == 1:
        return F(rng.choice([-2, -3, -4, -5]))
    if k == 2:
        q = rng.choice([2, 3, 4, 5])
        p = rng.choice([x for x in range(-7, 8) if x and gcd(abs(x), q) == 1])
        return F(p, q)
    return F(rng.choice(["0.5", "1.5", "2.5", "-0.5", "-1.5", "0.25", "1.2"]))


def g_eval(rng, k, opt):
    m = pick_m(rng, k)
    b = F(rng.randint(-12, 12))
    if m.denominator in (3, 4, 5) and mfmt_of(m) == "auto" or (k == 2):
        X = F(m.denominator * rng.randint(-3, 4))
    else:
        X = F(rng.randint(-6, 10))
    if X == 0:
        X = F(m.denominator * 2)
    return {"m": m, "b": b, "X": X, "mfmt": mfmt_of(m), "eq": eq_str(m, b)}


def g_eval2(rng, k, opt):
    p = g_eval(rng, k, opt)
    q = F(p["m"].denominator if k == 2 else 1)
    while True:
        X1 = q * rng.randint(-4, 3)
        X2 = X1 + q * rng.randint(1, 5)
        if X1 != X2:
            break
    p.update({"X1": X1, "X2": X2})
    return p


def g_solve_x(rng, k, opt):
    m = pick_m(rng, k)
    if k == 3:
        m = F(rng.choice(["0.5", "1.5", "2.5", "-0.5", "2.5"]))
    b = F(nz(rng, -10, 12))
    q = m.denominator
    x = F(q * rng.randint(-4, 6)) if k == 2 else F(rng.randint(-5, 12))
    if x == 0:
        x = F(q * 3)
    Y = m * x + b
    if k == 3 and Y.denominator != 1:
        x = x + 1
        Y = m * x + b
    return {"m": m, "b": b, "Y": Y, "x": x, "mfmt": mfmt_of(m), "eq": eq_str(m, b)}


def g_intercepts(rng, k, opt):
    while True:
        a = nz(rng, -6, 6)
        b = nz(rng, -6, 6)
        if abs(a) == 1 or abs(b) == 1:
            continue
        l = abs(a * b) // gcd(a, b)
        c = l * nz(rng, -3, 3)
        if abs(c) > 60 or abs(c) < 2 * abs(a) or abs(c) < 2 * abs(b):
            continue
        s = "%dx %s %dy = %d" % (a, "+" if b > 0 else "-", abs(b), c)
        return {"a": a, "b": b, "c": c, "eq": s}


def g_line_pts(rng, k, opt):
    while True:
        if k == 2:
            q = rng.choice([2, 3])
            p_ = rng.choice([x for x in range(-5, 6) if x and gcd(abs(x), q) == 1])
            m = F(p_, q)
            x1 = q * rng.randint(-2, 3)
            x2 = x1 + q * rng.randint(1, 3)
        else:
            m = F(rng.choice([2, 3, 4, -2, -3, 5, -1, 1, -4]))
            x1 = rng.randint(-5, 6)
            x2 = x1 + nz(rng, -5, 6)
        if x1 == 0:
            continue
        b = F(rng.randint(-9, 10)) if k != 3 else F(rng.randint(-15, -1))
        y1, y2 = m * x1 + b, m * x2 + b
        X = F(rng.choice([x for x in range(-4, 13) if x not in (x1, x2, 0)]))
        if k == 2:
            X = F(m.denominator * rng.randint(2, 5))
        return {"P": (F(x1), y1), "Q": (F(x2), y2), "X": X, "m": m, "b": b}


def g_mid(rng, k, opt):
    while True:
        x1, y1 = rng.randint(-9, 10), rng.randint(-9, 10)
        x2, y2 = rng.randint(-9, 12), rng.randint(-8, 12)
        if k == 0 and ((x1 + x2) % 2 or (y1 + y2) % 2):
            continue
        if k == 1 and min(x1, x2, y1, y2) >= 0:
            continue
        if k == 2 and (x1 + x2) % 2 == 0 and (y1 + y2) % 2 == 0:
            continue
        if k == 3:
            x1, x2 = x1 * 10 + rng.randint(0, 9), x2 * 10
            y1, y2 = y1 * 10, y2 * 10 + 2 * rng.randint(0, 4)
        if (x1, y1) == (x2, y2):
            continue
        mf = "dec"
        if k == 2 and opt.get("frac_ok") and rng.random() < 0.5:
            mf = "auto"
        return {"P": (F(x1), F(y1)), "Q": (F(x2), F(y2)), "mfmt": mf}


def g_end(rng, k, opt):
    while True:
        ax, ay = rng.randint(-8, 9), rng.randint(-8, 9)
        mx, my = F(rng.randint(-6, 8)), F(rng.randint(-6, 8))
        if k == 3:
            mx += F(1, 2)
        if k == 1 and min(ax, ay, mx, my) >= 0:
            continue
        if (ax, ay) == (mx, my):
            continue
        return {"A": (F(ax), F(ay)), "M": (mx, my), "mfmt": "dec"}


TRIPLES = [(3, 4), (6, 8), (5, 12), (8, 15), (9, 12), (7, 24), (12, 16), (15, 20), (20, 21), (9, 40)]


def g_dist_exact(rng, k, opt):
    a, b = rng.choice(TRIPLES[:6] if k < 2 else TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    sa, sb = rng.choice([1, -1]), rng.choice([1, -1])
    if k == 0:
        sa = sb = 1
    sc = opt.get("scale", 1)
    x1, y1 = rng.randint(-6, 8) * sc, rng.randint(-6, 8) * sc
    return {"P": (F(x1), F(y1)), "Q": (F(x1 + sa * a * sc), F(y1 + sb * b * sc)), "unit": opt.get("unit", "units")}


def g_dist_round(rng, k, opt):
    while True:
        a, b = rng.randint(1, 9), rng.randint(1, 9)
        if k == 3:
            a, b = rng.randint(2, 12), rng.randint(2, 12)
        s = a * a + b * b
        if isqrt(s) ** 2 == s:
            continue
        sa, sb = rng.choice([1, -1]), rng.choice([1, -1])
        x1, y1 = rng.randint(-7, 8), rng.randint(-7, 8)
        dd = opt.get("dd") or rng.choice([1, 2])
        return {"P": (F(x1), F(y1)), "Q": (F(x1 + sa * a), F(y1 + sb * b)), "dd": dd,
                "rnd": "tenth" if dd == 1 else "hundredth", "unit": opt.get("unit", "units")}


def g_rect(rng, k, opt):
    while True:
        x1, y1 = rng.randint(-8, 5), rng.randint(-7, 5)
        w, h = rng.randint(2, 12), rng.randint(2, 10)
        if w == h:
            continue
        x2, y2 = x1 + w, y1 + h
        if k == 0 and min(x1, y1) < 0:
            x1, y1 = abs(x1), abs(y1)
            x2, y2 = x1 + w, y1 + h
        # listing order A B C D (counter-clockwise from a random corner)
        corners = [(x1, y1), (x2, y1), (x2, y2), (x1, y2)]
        r = rng.randint(0, 3)
        corners = corners[r:] + corners[:r]
        A, C = corners[0], corners[2]
        return {"V": [(F(a), F(b)) for a, b in corners], "A": (F(A[0]), F(A[1])), "C": (F(C[0]), F(C[1])),
                "ask": opt["ask"], "unit": opt.get("unit", "units")}


def g_tri_area(rng, k, opt):
    while True:
        y0 = rng.randint(-6, 5)
        x1 = rng.randint(-8, 3)
        x2 = x1 + rng.randint(3, 11)
        x3 = rng.randint(x1 - 2, x2 + 2)
        y3 = y0 + nz(rng, -9, 9)
        if k == 0 and (x2 - x1) * abs(y3 - y0) % 2:
            continue
        if k == 1 and (x2 - x1) * abs(y3 - y0) % 2 == 0:
            continue
        V = [(x1, y0), (x2, y0), (x3, y3)]
        if rng.random() < 0.4:
            V = [V[1], V[0], V[2]]
        return {"V": [(F(a), F(b)) for a, b in V]}


def g_shoelace(rng, k, opt):
    while True:
        if k < 2:
            V = [(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(3)]
            (ax, ay), (bx, by), (cx, cy) = V
            cr = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
            if cr == 0 or abs(cr) < 6:
                continue
            if k == 1 and cr > 0:
                V = [V[0], V[2], V[1]]
        else:
            cx, cy = rng.randint(-2, 3), rng.randint(-2, 3)
            V = [(cx - rng.randint(1, 6), cy - rng.randint(1, 5)), (cx + rng.randint(1, 6), cy - rng.randint(1, 5)),
                 (cx + rng.randint(1, 6), cy + rng.randint(1, 5)), (cx - rng.randint(1, 6), cy + rng.randint(1, 5))]
            if k == 3:
                V = list(reversed(V))
        return {"V": [(F(a), F(b)) for a, b in V], "n": len(V)}


def g_tri_perim(rng, k, opt):
    while True:
        x1, y1 = rng.randint(-6, 4), rng.randint(-6, 4)
        if k % 2 == 0:
            x2, y2 = x1 + rng.randint(3, 9), y1
        else:
            x2, y2 = x1 + rng.randint(-5, 6), y1 + rng.randint(2, 7)
        x3, y3 = x1 + rng.randint(-3, 8), y1 + nz(rng, -7, 8)
        V = [(F(x1), F(y1)), (F(x2), F(y2)), (F(x3), F(y3))]
        cr = (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1)
        if cr == 0 or len(set(V)) < 3:
            continue
        dd = opt.get("dd") or rng.choice([1, 2])
        exact = 0
        tot = F(0)
        ok = True
        nonperf = 0
        for (xa, ya), (xb, yb) in ((V[0], V[1]), (V[1], V[2]), (V[2], V[0])):
            s = (xb - xa) ** 2 + (yb - ya) ** 2
            r = isqrt_exact(s)
            if r is not None:
                tot += r
            else:
                nonperf += 1
                tot += rounded(sqrt_dec(s), dd)
                exact_part = sqrt_dec(s)
        exact_total = sum(sqrt_dec((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2)
                          for a, b in ((V[0], V[1]), (V[1], V[2]), (V[2], V[0])))
        if nonperf == 0 or rounded(exact_total, dd) != tot:
            continue
        return {"V": V, "dd": dd, "rnd": "tenth" if dd == 1 else "hundredth"}


def g_translate(rng, k, opt):
    x, y = rng.randint(-9, 9), rng.randint(-9, 9)
    nm = opt.get("moves", 1)
    moves = [(nz(rng, -8, 8), nz(rng, -8, 8)) for _ in range(nm)]
    if k == 1:
        moves[0] = (-abs(moves[0][0]), -abs(moves[0][1]))
    return {"P": (F(x), F(y)), "moves": [(F(a), F(b)) for a, b in moves], "reflect": opt.get("reflect")}


# ---------------------------------------------------------------- text helpers
def mv_text(hx, hy):
    a = "%d unit%s %s" % (abs(hx), "" if abs(hx) == 1 else "s", "right" if hx > 0 else "left")
    b = "%d unit%s %s" % (abs(hy), "" if abs(hy) == 1 else "s", "up" if hy > 0 else "down")
    return a + " and " + b


def fields(kind, p, opt, rng):
    f = {}
    if "P" in p:
        f["P"] = pt(*p["P"])
    if "Q" in p:
        f["Q"] = pt(*p["Q"])
    if kind in ("eval", "eval_two", "solve_x"):
        f["eq"] = p["eq"]
        for key in ("X", "X1", "X2", "Y"):
            if key in p:
                f[key] = plain_num(p[key], "dec" if F(p[key]).denominator != 1 else "auto")
    if kind == "predict":
        f["X"] = plain_num(p["X"])
    if kind == "intercepts":
        f["eq"] = p["eq"]
    if kind == "rate_table":
        f["table"] = table_text(p, opt, rng)
        f["X"] = plain_num(p["X"])
    if kind == "endpoint":
        f["A"] = pt(*p["A"])
        f["M"] = "(%s, %s)" % (plain_num(p["M"][0], "dec"), plain_num(p["M"][1], "dec"))
    if kind in ("dist", "tri_perim"):
        if "rnd" in p:
            f["rnd"] = p["rnd"]
    if "unit" in p:
        f["unit"] = p["unit"]
    if kind in ("rect", "tri_area", "shoelace", "tri_perim"):
        V = p["V"]
        names = "ABCD"
        for i, v in enumerate(V):
            f[names[i]] = pt(*v)
        f["verts"] = ", ".join("%s%s" % (names[i], pt(*v)) for i, v in enumerate(V))
        f["list"] = ", ".join(pt(*v) for v in V[:-1]) + ", and " + pt(*V[-1])
        f["names"] = names[:len(V)]
    if kind == "translate":
        f["P"] = pt(*p["P"])
        f["m1"] = mv_text(*p["moves"][0])
        if len(p["moves"]) > 1:
            f["m2"] = mv_text(*p["moves"][1])
    return f


# ---------------------------------------------------------------- registry
# kind -> (solver, generator, [(phrasing, opts), ...])
KINDS = {
    "slope": (K.sol_slope, g_slope, [
        ("What is the slope of the line that passes through the points {P} and {Q}?", {}),
        ("Find the slope of the line through {P} and {Q}.", {}),
        ("A line goes through {P} and {Q}. What is its slope?", {}),
        ("Calculate the slope between the points {P} and {Q}.", {}),
        ("On a coordinate grid, Maya plots the points {P} and {Q} and draws a line through them. What is the slope of Maya's line?", {}),
        ("Points A{P} and B{Q} lie on a line. Find the slope of line AB.", {}),
        ("A ramp drawn on a graph starts at {P} and ends at {Q}. What is the slope of the ramp?", {}),
        ("Determine the rate of change (slope) of the line passing through {P} and {Q}.", {}),
        ("A line segment joins {P} to {Q}. What is the slope of the segment? Give your answer as a fraction in simplest form if it is not a whole number.", {}),
        ("Find m, the slope of the line containing the points {P} and {Q}.", {}),
    ]),
    "perp": (K.sol_perp, g_slope, [
        ("What is the slope of a line perpendicular to the line through {P} and {Q}?", {"nonzero": True}),
        ("Line k passes through {P} and {Q}. Line j is perpendicular to line k. What is the slope of line j?", {"nonzero": True}),
        ("Find the slope of any line perpendicular to the segment from {P} to {Q}.", {"nonzero": True}),
        ("A road on a map runs through the points {P} and {Q}. A new street will cross it at a right angle. What slope should the new street have?", {"nonzero": True}),
        ("The line through {P} and {Q} is perpendicular to line L. What is the slope of L?", {"nonzero": True}),
        ("Give the slope of the perpendicular to the line joining {P} and {Q}.", {"nonzero": True}),
        ("If a line is perpendicular to the line through A{P} and B{Q}, what is its slope?", {"nonzero": True}),
        ("Two lines are perpendicular. One passes through {P} and {Q}. Find the slope of the other line.", {"nonzero": True}),
    ]),
    "rate_table": (K.sol_rate_table, g_rate, [
        ("The table shows points on a line.\n\n{table}\n\nWhat is the value of y when x = {X}?", {}),
        ("The values of x and y below follow a linear pattern:\n\n{table}\n\nFind y when x = {X}.", {}),
        ("Use the table to write the equation of the line, then find y for x = {X}.\n\n{table}", {}),
        ("A linear function has these values:\n{table}\nWhat is y at x = {X}?", {}),
        ("The table gives the cost y (in dollars) of renting a bike for x hours.\n\n{table}\n\nIf the pattern continues, how much does it cost to rent the bike for {X} hours?", {"money": True, "xn": "x (hours)", "yn": "y (cost)"}),
        ("A taxi fare y (in dollars) depends on the distance x in miles, as shown.\n\n{table}\n\nWhat is the fare for a {X}-mile ride?", {"money": True, "xn": "x (miles)", "yn": "y (fare)"}),
        ("The table shows the water level y (in cm) in a tank after x minutes.\n\n{table}\n\nAssuming the level keeps changing at the same rate, what will the level be after {X} minutes?", {"xn": "x (min)", "yn": "y (cm)"}),
        ("Each pair (x, y) in the table lies on the same straight line:\n\n{table}\n\nWhat is y when x is {X}?", {}),
        ("Kai recorded these points from a graph of a line: {table}. Predict y when x = {X}.", {}),
    ]),
    "eval": (K.sol_eval, g_eval, [
        ("What is the value of y when x = {X} for the line {eq}?", {}),
        ("The point ({X}, k) lies on the line {eq}. Find k.", {}),
        ("A line has the equation {eq}. What is the y-coordinate of the point on the line with x-coordinate {X}?", {}),
        ("Evaluate {eq} at x = {X}.", {}),
        ("Find y if {eq} and x = {X}.", {}),
        ("On the graph of {eq}, what is the y-value when x = {X}?", {}),
        ("Complete the ordered pair ({X}, ?) so that it lies on the line {eq}.", {}),
        ("The line {eq} is graphed. Which y-value goes with x = {X}?", {}),
        ("If {eq}, what is y when x equals {X}?", {}),
    ]),
    "eval_two": (K.sol_eval_two, g_eval2, [
        ("For the line {eq}, how much does y change when x goes from {X1} to {X2}?", {}),
        ("Points on the line {eq} have x-coordinates {X1} and {X2}. What is the y-value at x = {X2} minus the y-value at x = {X1}?", {}),
        ("Find y at x = {X1} and at x = {X2} for {eq}, then compute y({X2}) - y({X1}).", {}),
        ("On the graph of {eq}, how far does the line rise (or fall) between x = {X1} and x = {X2}? Give the change in y (positive for a rise, negative for a fall).", {}),
        ("The line {eq} passes through points A and B with x-coordinates {X1} and {X2}. What is the difference between the y-coordinate of B and the y-coordinate of A?", {}),
        ("Using {eq}, compute the change in y from x = {X1} to x = {X2}.", {}),
        ("Two points on {eq} have x = {X1} and x = {X2}. Subtract the first y-value from the second.", {}),
        ("For {eq}, what is y(x = {X2}) minus y(x = {X1})?", {}),
    ]),
    "solve_x": (K.sol_solve_x, g_solve_x, [
        ("For the line {eq}, what is x when y = {Y}?", {}),
        ("The point (a, {Y}) lies on the line {eq}. Find a.", {}),
        ("At what x-value does the line {eq} reach y = {Y}?", {}),
        ("Solve for x: the line {eq} passes through a point with y-coordinate {Y}.", {}),
        ("Where on the line {eq} is y equal to {Y}? Give the x-coordinate.", {}),
        ("Find the missing coordinate: (?, {Y}) is on {eq}.", {}),
        ("The graph of {eq} crosses the horizontal line y = {Y} at one point. What is the x-coordinate of that point?", {}),
        ("If {eq} and y = {Y}, find x.", {}),
        ("A point on the line {eq} has y-coordinate {Y}. What is its x-coordinate?", {}),
    ]),
    "intercepts": (K.sol_intercepts, g_intercepts, [
        ("The line {eq} and the two coordinate axes form a triangle. What is the area of the triangle?", {}),
        ("Find the area of the triangle bounded by the x-axis, the y-axis, and the line {eq}.", {}),
        ("The line {eq} cuts off a triangle in a corner of the coordinate plane. Find its area.", {}),
        ("Find the x- and y-intercepts of {eq}, then find the area of the triangle they form with the origin.", {}),
        ("What is the area of the region enclosed by {eq} and the axes?", {}),
        ("A right triangle has its vertices at the origin and at the two intercepts of {eq}. What is its area?", {}),
        ("Graph {eq}. What is the area of the triangle formed by the line and the axes?", {}),
        ("Compute the area of the triangle with vertices (0, 0) and the points where {eq} crosses the axes.", {}),
    ]),
    "yint": (K.sol_yint, g_line_pts, [
        ("What is the y-intercept of the line through {P} and {Q}?", {}),
        ("A line passes through {P} and {Q}. Where does it cross the y-axis? Give the y-coordinate.", {}),
        ("Find b if the line y = mx + b goes through the points {P} and {Q}.", {}),
        ("The graph of a line contains {P} and {Q}. What is its y-intercept?", {}),
        ("Write the equation of the line through {P} and {Q} in slope-intercept form. What is b?", {}),
        ("Find the value of b for the line through {P} and {Q} written as y = mx + b.", {}),
        ("A straight road on a grid passes through {P} and {Q}. At what y-value does it cross the y-axis?", {}),
        ("Determine the y-intercept of the line containing {P} and {Q}.", {}),
        ("Line AB passes through A{P} and B{Q}. At what y-value does line AB meet the y-axis?", {}),
    ]),
    "predict": (K.sol_predict, g_line_pts, [
        ("A line passes through {P} and {Q}. What is the y-value on this line when x = {X}?", {}),
        ("The points {P} and {Q} lie on a line. Find y when x = {X}.", {}),
        ("Find the equation of the line through {P} and {Q}, and use it to find y at x = {X}.", {}),
        ("A straight line goes through {P} and {Q}. What is the y-coordinate of the point on the line with x = {X}?", {}),
        ("The line through A{P} and B{Q} also passes through C({X}, k). Find k.", {}),
        ("Extend the line through {P} and {Q}. What y-value does it reach at x = {X}?", {}),
        ("Two points on a line are {P} and {Q}. Predict y for x = {X}.", {}),
        ("Given that {P} and {Q} are on the same line, what is y when x = {X}?", {}),
        ("A graph of a line passes through {P} and {Q}. Find the missing value in the point ({X}, ?).", {}),
    ]),
    "midpoint": (K.sol_midpoint, g_mid, [
        ("What is the midpoint of the segment joining {P} and {Q}?", {}),
        ("Find the midpoint of the line segment with endpoints {P} and {Q}.", {"frac_ok": True}),
        ("Points A{P} and B{Q} are the ends of a segment. Find the midpoint M of AB.", {}),
        ("Two friends stand at {P} and {Q} on a coordinate map. They agree to meet exactly halfway. At what point do they meet?", {}),
        ("Find the coordinates of the point halfway between {P} and {Q}.", {"frac_ok": True}),
        ("A segment goes from {P} to {Q}. What are the coordinates of its midpoint?", {}),
        ("Calculate the midpoint of {P} and {Q}.", {}),
        ("The diameter of a circle has endpoints {P} and {Q}. What are the coordinates of the center of the circle?", {}),
        ("What point is exactly in the middle of {P} and {Q}?", {}),
        ("Find M, the midpoint between the points {P} and {Q}.", {"frac_ok": True}),
    ]),
    "endpoint": (K.sol_endpoint, g_end, [
        ("The midpoint of segment AB is M{M}. If A is {A}, what are the coordinates of B?", {}),
        ("One endpoint of a segment is {A} and its midpoint is {M}. Find the other endpoint.", {}),
        ("M{M} is the midpoint of PQ, and P = {A}. What is Q?", {}),
        ("A segment has midpoint {M} and one end at {A}. Where is the other end?", {}),
        ("The center of a circle is {M} and one end of a diameter is {A}. Find the other end of the diameter.", {}),
        ("If {M} is halfway between {A} and a point B, what are the coordinates of B?", {}),
        ("Find the missing endpoint: endpoint {A}, midpoint {M}.", {}),
        ("Lena walks from {A} to a point B, passing through the midpoint {M} of her path. What are the coordinates of B?", {}),
    ]),
    "dist_exact": (K.sol_dist, g_dist_exact, [
        ("What is the distance between the points {P} and {Q}?", {}),
        ("Find the distance from {P} to {Q}.", {}),
        ("How long is the segment with endpoints {P} and {Q}?", {}),
        ("Points A{P} and B{Q} are plotted on a grid. What is the length of AB?", {}),
        ("On a city map measured in meters, the library is at {P} and the park is at {Q}. What is the straight-line distance between them in meters?", {"scale": 100, "unit": "meters"}),
        ("A drone flies in a straight line from {P} to {Q} (units in meters). How far does it fly?", {"scale": 10, "unit": "meters"}),
        ("Use the distance formula to find the distance between {P} and {Q}.", {}),
        ("A ship's chart uses kilometers. The ship sails straight from {P} to {Q}. How many kilometers does it travel?", {"unit": "km"}),
        ("Calculate the length of the line segment from {P} to {Q}.", {}),
    ]),
    "dist_round": (K.sol_dist, g_dist_round, [
        ("Find the distance between {P} and {Q}. Round to the nearest {rnd}.", {}),
        ("What is the distance from {P} to {Q}, rounded to the nearest {rnd}?", {}),
        ("How far apart are the points {P} and {Q}? Round your answer to the nearest {rnd}.", {}),
        ("Points A{P} and B{Q} are on a grid. Find the length of AB to the nearest {rnd}.", {}),
        ("A hiker walks in a straight line from {P} to {Q} on a map grid where each unit is 1 km. About how far does she walk? Round to the nearest {rnd}.", {"unit": "km"}),
        ("Use the distance formula to find the length of the segment joining {P} and {Q}. Give your answer to the nearest {rnd}.", {}),
        ("Calculate the distance between {P} and {Q} (round to the nearest {rnd}).", {}),
        ("A robot moves directly from {P} to {Q}. How far does it travel, to the nearest {rnd} of a unit?", {}),
        ("Estimate the distance between {P} and {Q} to the nearest {rnd}.", {"dd": 1}),
    ]),
    "rect": (K.sol_rect, g_rect, [
        ("A rectangle has vertices {verts}. What is its perimeter?", {"ask": "P"}),
        ("Find the perimeter of the rectangle with corners at {list}.", {"ask": "P"}),
        ("The points {list} are the vertices of a rectangle. Find the perimeter.", {"ask": "P"}),
        ("A garden plot is a rectangle with corners {list} on a grid where each unit is 1 meter. How many meters of fencing are needed to go around it?", {"ask": "P", "unit": "meters"}),
        ("Rectangle ABCD has vertices {verts}. Find its perimeter.", {"ask": "P"}),
        ("A rectangle is drawn with vertices {verts}. What is the area of the rectangle?", {"ask": "A"}),
        ("Find the area of the rectangle whose vertices are {list}.", {"ask": "A"}),
        ("A rectangular patio has corners at {list} (units in feet). What is its area?", {"ask": "A", "unit": "feet"}),
        ("Rectangle ABCD has A{A}, B{B}, C{C}, and D{D}. What is its area?", {"ask": "A"}),
        ("The corners of a rectangular field on a grid are {list}. What is the field's perimeter?", {"ask": "P"}),
    ]),
    "tri_area": (K.sol_tri_area, g_tri_area, [
        ("Find the area of the triangle with vertices {verts}.", {}),
        ("A triangle has corners at {list}. What is its area?", {}),
        ("Triangle ABC has vertices {verts}. Calculate its area.", {}),
        ("What is the area of triangle ABC if A = {A}, B = {B}, and C = {C}?", {}),
        ("A triangular sail is drawn on a grid with vertices {list}. What is the area of the sail in square units?", {}),
        ("Plot {verts} and find the area of triangle ABC.", {}),
        ("The points {list} form a triangle. Find the area of the triangle.", {}),
        ("Compute the area of the triangle whose vertices are {list}.", {}),
    ]),
    "shoelace": (K.sol_shoelace, g_shoelace, [
        ("Use the shoelace formula to find the area of the polygon with vertices {list} (in order).", {}),
        ("Find the area of the polygon whose vertices, in order, are {verts}.", {}),
        ("A plot of land on a grid has corners at {list}, listed in order around the plot. What is its area?", {}),
        ("What is the area of the figure with vertices {verts}, taken in order?", {}),
        ("The vertices of a polygon are {list} in that order. Find its area.", {}),
        ("Compute the area enclosed by connecting {list} in order and back to the start.", {}),
        ("Find the area of polygon {names} with {verts}.", {}),
        ("Using coordinates, find the area of the shape with vertices {list} (listed in order).", {}),
    ]),
    "tri_perim": (K.sol_tri_perim, g_tri_perim, [
        ("Find the perimeter of the triangle with vertices {verts}. Round to the nearest {rnd}.", {}),
        ("Triangle ABC has vertices {verts}. What is its perimeter, to the nearest {rnd}?", {}),
        ("A triangular path connects {list}. How long is the whole path? Round each side to the nearest {rnd}.", {}),
        ("What is the perimeter of triangle ABC with A = {A}, B = {B}, C = {C}? Round side lengths to the nearest {rnd}.", {}),
        ("The points {list} form a triangle. Find its perimeter to the nearest {rnd}.", {}),
        ("A fence is built along the sides of a triangle with corners {list} (units in meters). About how many meters of fence are needed? Round to the nearest {rnd}.", {}),
        ("Calculate the perimeter of triangle {verts}, rounding each side to the nearest {rnd}.", {}),
        ("Find the total length of the sides of the triangle with vertices {list}. Round to the nearest {rnd}.", {}),
    ]),
    "translate": (K.sol_translate, g_translate, [
        ("The point {P} is translated {m1}. What are the coordinates of its image?", {}),
        ("Point A{P} is moved {m1}. Where does A end up?", {}),
        ("A game piece starts at {P} and moves {m1}. What are its new coordinates?", {}),
        ("Translate the point {P} {m1}, then {m2}. What is the final point?", {"moves": 2}),
        ("A robot at {P} moves {m1} and then {m2}. Where is the robot now?", {"moves": 2}),
        ("The point {P} is translated {m1} and then reflected over the x-axis. What are the coordinates of the final image?", {"reflect": "x"}),
        ("Point P{P} is shifted {m1}, and the result is reflected across the y-axis. Find the final coordinates.", {"reflect": "y"}),
        ("Find the image of {P} after a translation of {m1}.", {}),
    ]),
}

KIND_OF = {"dist_exact": "dist", "dist_round": "dist"}
