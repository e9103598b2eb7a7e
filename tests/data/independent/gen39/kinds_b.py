"""Problem kinds, part B: divisibility, powers, sequences, sums, order of operations."""
from math import gcd, isqrt
from fractions import Fraction
from core import (Num, Hole, Bin, Par, Fn, Sqrt, Rem, add, sub, mul, div, pw, mod, idiv, imul, ev,
                  ival, Invalid, comma, plain)
from kinds_a import kind, KINDS, and_list, ordinal, divisors, is_prime

WORDNUM = {2: "two", 3: "three", 4: "four", 5: "five"}


def digits(n):
    return [int(ch) for ch in str(n)]


# 11. remainder by digit sum -------------------------------------------------
def p_digitsum_rem(rng):
    while True:
        n = rng.randrange(1000, 100000)
        ds = sum(digits(n))
        if ds >= 10 and n % 9 != 0:
            return dict(N=n)


def s_digitsum_rem(b, P, ph):
    rng = b.rng
    n, m = P["N"], ph["m"]
    b.p(rng.choice(["A number leaves the same remainder when divided by {m} as the sum of its digits does.",
                    "Divisibility rule for {m}: add the digits. The remainder of the digit sum on division by {m} "
                    "is the remainder of the number itself.",
                    "Use the digit-sum rule for {m}."]).format(m=m))
    ds = b.calc(add(*digits(n)), lead="Add the digits of " + comma(n), label="Digit sum",
                post=rng.choice([None, "so the digit sum is {v}"]))
    if ds <= 0:
        raise Invalid("ds")
    if ds >= 10 * m and rng.random() < 0.6:
        ds2 = b.calc(add(*digits(ds)), lead="Add the digits again", label="Digit sum again")
        ds = ds2
    q, r = divmod(ds, m)
    if r == 0:
        b.calc(div(ds, m), lead="Divide the digit sum by " + str(m), label="Divide", target=True)
        rr = 0
        b.p("{d} is a multiple of {m}, so the remainder is 0.".format(d=ds, m=m))
    else:
        rr = b.calc(sides=[div(ds, m), Rem(Num(q), Hole(mod(ds, m)))], lead="Divide the digit sum by " + str(m),
                    label="Remainder", post=None)
    if rr < 0 or rr >= m:
        raise Invalid("rr")
    qq = (n - rr) // m
    if (n - rr) % m == 0:
        b.eq([Num(n), add(mul(m, qq), rr)], check=True)
    b.final(rr, ph["ans"])
    return rr


kind("digitsum_rem", [
    dict(q="What is the remainder when {N} is divided by 9?", m=9, ans="The remainder is {v}."),
    dict(q="A warehouse has {N} marbles to pack equally into 9 bins. How many marbles will be left over?", m=9,
         ans="The number of marbles left over is {v}."),
    dict(q="Without doing long division, find the remainder when {N} is divided by 3.", m=3, ans="The remainder is {v}."),
    dict(q="{N} tickets are shared equally among 3 booths, with as many as possible at each booth. How many tickets are left?",
         m=3, ans="The number of tickets left is {v}."),
    dict(q="Use the digit-sum rule to find the remainder of {N} ÷ 9.", m=9, ans="{N} ÷ 9 leaves a remainder of {v}."),
], lambda rng: dict(p_digitsum_rem(rng), N_fmt=None), s_digitsum_rem)


# 12. missing digit ----------------------------------------------------------
def p_missing_digit(rng, m):
    while True:
        L = rng.randrange(3, 6)
        ds = [rng.randrange(1, 10)] + [rng.randrange(0, 10) for _ in range(L - 2)]
        pos = rng.randrange(1, L)
        s = sum(ds)
        if m == 9 and s % 9 == 0:
            continue
        return dict(known=ds, pos=pos)


def blank_num(P, ch="_"):
    ds = [str(d) for d in P["known"]]
    ds.insert(P["pos"], ch)
    return "".join(ds)


def s_missing_digit(b, P, ph):
    rng = b.rng
    m = ph["m"]
    known = P["known"]
    b.p(rng.choice(["A number is divisible by {m} when the sum of its digits is divisible by {m}.",
                    "Use the divisibility rule for {m}: the digit sum must be a multiple of {m}."]).format(m=m))
    s = b.calc(add(*known), lead="Add the digits we know", label="Known digits")
    if s <= 0:
        raise Invalid("s")
    if m == 9:
        nxt = (s // 9 + 1) * 9
        b.p("The next multiple of 9 after {s} is {n}.".format(s=s, n=nxt))
        d = b.calc(sub(nxt, s), lead="The missing digit is", label="Missing digit")
        if not 0 <= d <= 9:
            raise Invalid("d")
        if d in (0, 9):
            raise Invalid("ambiguous")
    else:
        q, r = divmod(s, 3)
        if r == 0:
            raise Invalid("r0")
        rr = b.calc(sides=[div(s, 3), Rem(Num(q), Hole(mod(s, 3)))], lead="Divide by 3", label="Remainder")
        if rr <= 0 or rr >= 3:
            raise Invalid("rr")
        d = b.calc(sub(3, rr), lead="Smallest digit that brings the sum up to a multiple of 3", label="Missing digit")
    full = list(known)
    full.insert(P["pos"], d)
    tot = sum(full)
    if tot % m == 0:
        b.eq([add(*full), Num(tot)], check=True, post=comma(tot) + " is a multiple of " + str(m) if rng.random() < 0.5 else None)
    b.final(d, ph["ans"])
    return d


kind("missing_digit", [
    dict(q="The number {B} is divisible by 9, where _ stands for one missing digit. What is the missing digit?", m=9,
         ans="The missing digit is {v}."),
    dict(q="Marco's locker code is a number of the form {B} that is divisible by 9. The blank is a single digit from 1 to 8. "
           "What digit goes in the blank?", m=9, ans="The digit is {v}."),
    dict(q="What is the smallest digit that can go in the blank so that {B} is divisible by 3?", m=3,
         ans="The smallest digit is {v}."),
    dict(q="Fill in the blank in {B} with the smallest digit that makes the number a multiple of 3.", m=3,
         ans="The smallest digit that works is {v}."),
    dict(q="A mystery number {B} is a multiple of 9. Which digit is hiding in the blank?", m=9,
         ans="The hidden digit is {v}."),
], None, s_missing_digit)
KINDS[-1]["params_by_m"] = {9: lambda rng: p_missing_digit(rng, 9), 3: lambda rng: p_missing_digit(rng, 3)}


# 13. how many are divisible -------------------------------------------------
def p_div_count(rng, m):
    while True:
        ns = []
        for _ in range(4):
            n = rng.randrange(100, 10000)
            if rng.random() < 0.45:
                n -= n % m
            ns.append(n)
        if len(set(ns)) < 4 or min(ns) < 100:
            continue
        k = sum(1 for n in ns if n % m == 0)
        if 1 <= k <= 3:
            return dict(ns=ns)


def s_div_count(b, P, ph):
    rng = b.rng
    m = ph["m"]
    ns = P["ns"]
    b.p(rng.choice(["Check each number with the digit-sum rule for {m}.",
                    "A number is divisible by {m} exactly when its digit sum is. Let's test each one.",
                    "Add the digits of each number and see whether the sum is a multiple of {m}."]).format(m=m))
    cnt = 0
    yes = []
    for n in ns:
        cn = comma(n)
        pst = rng.choice([None, "yes", "short"])

        def mk(v, cn=cn, pst=pst):
            if pst == "yes":
                return ("so " + cn + " is divisible by " + str(m)) if v % m == 0 else \
                    ("so " + cn + " is not divisible by " + str(m))
            return ("a multiple of " + str(m)) if v % m == 0 else ("not a multiple of " + str(m))
        s = b.calc(add(*digits(n)), lead="Digits of " + comma(n), label=comma(n),
                   group=("dc", ("Number", "Digit sum", "Total"), "Digit sums:"),
                   post=None if pst is None else mk)
        if s <= 0:
            raise Invalid("s")
        if s % m == 0:
            yes.append(n)
        if rng.random() < 0.35 and s % m == 0:
            b.eq([div(s, m), Num(s // m)], check=False)
    for n in ns:
        pass
    cnt = len(yes)
    if yes:
        b.p(rng.choice(["The digit sums that are multiples of {m} belong to " + and_list([comma(y) for y in yes]) + ".",
                        "Divisible by {m}: " + and_list([comma(y) for y in yes]) + "."]).format(m=m))
    else:
        b.p("None of the digit sums is a multiple of {m}.".format(m=m))
    b.final(cnt, ph["ans"])
    return cnt


kind("div_count", [
    dict(q="How many of these numbers are divisible by {m}: {L}?", m=3, ans="The number divisible by {m} is {v}."),
    dict(q="Which of the numbers {L} are multiples of {m}? How many are there?", m=9, ans="The number of multiples of {m} is {v}."),
    dict(q="A teacher writes {L} on the board and asks how many of them can be split into {m} equal groups with nothing left over. "
           "What is the answer?", m=3, ans="The answer is {v}."),
    dict(q="Using the divisibility rule for {m}, how many of {L} are divisible by {m}?", m=9,
         ans="Count divisible by {m}: {v}."),
    dict(q="Count how many of the following numbers are divisible by {m}: {L}.", m=3,
         ans="The count is {v}."),
], None, s_div_count)
KINDS[-1]["params_by_m"] = {3: lambda rng: p_div_count(rng, 3), 9: lambda rng: p_div_count(rng, 9)}


# 14. growth by powers -------------------------------------------------------
def p_power_growth(rng, r):
    while True:
        a = rng.randrange(2, 13) if r != 10 else rng.randrange(2, 10)
        n = rng.randrange(3, 9) if r == 2 else rng.randrange(2, 6)
        if r == 1:
            a = 1
        if a * (r if r > 1 else 2) ** n <= 100000:
            return dict(a=a, n=n)


def s_power_growth(b, P, ph):
    rng = b.rng
    a, n, r = P["a"], P["n"], ph["r"]
    meth = rng.choice(["power", "power", "step"])
    if r == 1:  # folding paper, start 1
        b.p("Each fold doubles the number of layers, so after {n} folds there are 2^{n} layers.".format(n=n)
            if rng.random() < 0.5 else "The number of layers doubles with every fold.")
        if meth == "step":
            cur = 1
            for k in range(1, n + 1):
                cur = b.calc(mul(cur, 2), lead="", label="Fold " + str(k),
                             group=("fold", ("Fold", "Layers", "Total"), "Layers after each fold:"))
            v = cur
        else:
            v = b.calc(pw(2, n), chain=[mul(*([2] * n))] if n <= 6 else [], lead="Compute the power", label="Layers")
        b.final(v, ph["ans"])
        return v
    b.p(rng.choice(["The amount is multiplied by {r} each {U}.", "Each {U} the number is {verb}.",
                    "This is repeated multiplication by {r}."]).format(r=r, U=ph["U"], verb=ph["verb"]))
    if meth == "step":
        cur = a
        for k in range(1, n + 1):
            cur = b.calc(mul(cur, r), lead="", label=ph["U"].capitalize() + " " + str(k),
                         group=("grow", (ph["U"].capitalize(), "Work", "Amount"), ph["U"].capitalize() + " by " + ph["U"] + ":"))
        v = cur
    else:
        pv = b.calc(pw(r, n), chain=[mul(*([r] * n))] if n <= 5 and rng.random() < 0.6 else [],
                    lead="Find the growth factor", label=str(r) + " to the power " + str(n))
        v = b.calc(mul(a, pv), lead="Multiply by the starting amount", label="Total",
                   post=rng.choice([None, "so there are {v} " + ph["things"]]))
    b.final(v, ph["ans"])
    return v


kind("power_growth", [
    dict(q="A bacteria colony starts with {a} cells and doubles every hour. How many cells are there after {n} hours?",
         r=2, U="hour", verb="doubled", things="cells", ans="There are {v} cells after {n} hours."),
    dict(q="Ria sends a message to {a} friends. Each hour, the number of people who have it triples. "
           "How many people have it after {n} hours, counting only that group?",
         r=3, U="hour", verb="tripled", things="people", ans="{v} people have the message."),
    dict(q="A sheet of paper is folded in half {n} times. How many layers thick is it?", r=1, U="fold",
         verb="doubled", things="layers", ans="The paper is {v} layers thick."),
    dict(q="A plant's number of leaves starts at {a} and doubles every week. How many leaves will it have after {n} weeks?",
         r=2, U="week", verb="doubled", things="leaves", ans="It will have {v} leaves."),
    dict(q="A game awards {a} points in round 1 and the prize is multiplied by 3 each round after that. "
           "What is the prize after {n} more rounds?", r=3, U="round", verb="tripled", things="points",
         ans="The prize is {v} points."),
    dict(q="A savings account balance of ${a} is multiplied by 10 each decade in a math puzzle. "
           "What is the balance after {n} decades, in dollars?", r=10, U="decade", verb="multiplied by 10",
         things="dollars", ans="The balance is ${v}."),
], None, s_power_growth)
KINDS[-1]["params_by_r"] = {2: lambda rng: p_power_growth(rng, 2), 3: lambda rng: p_power_growth(rng, 3),
                            1: lambda rng: p_power_growth(rng, 1), 10: lambda rng: p_power_growth(rng, 10)}


# 15. square area -> perimeter -----------------------------------------------
def p_square(rng):
    s = rng.randrange(5, 41)
    return dict(A=s * s)


def s_square_fence(b, P, ph):
    rng = b.rng
    A = P["A"]
    b.p(rng.choice(["A square's area is side × side, so the side is the square root of the area.",
                    "First find the side length: it's the number that multiplies by itself to give {A}.",
                    "Area of a square = s², so s = √{A}."]).format(A=comma(A)))
    s = b.calc(Sqrt(Num(A)), lead="Side length", label="Side", post=rng.choice([None, "so each side is {v} " + ph["U"]]))
    if s <= 0:
        raise Invalid("s")
    if s * s == A:
        b.eq([mul(s, s), Num(A)], check=True)
    if ph["ask"] == "side":
        b.final(s, ph["ans"])
        return s
    per = b.calc(mul(4, s), lead="Perimeter is 4 sides", label="Perimeter",
                 post=rng.choice([None, "so {v} " + ph["U"] + " of " + ph["thing"]]))
    b.final(per, ph["ans"])
    return per


kind("square_fence", [
    dict(q="A square garden has an area of {A} square feet. How many feet of fencing are needed to go around it?",
         ask="per", U="feet", thing="fencing", ans="{v} feet of fencing are needed."),
    dict(q="A square tablecloth covers {A} square inches. How many inches of lace trim go around its edge?", ask="per",
         U="inches", thing="trim", ans="The trim is {v} inches long."),
    dict(q="A square patio has an area of {A} square meters. What is the total length of its edges, in meters?",
         ask="per", U="meters", thing="edging", ans="The edges total {v} meters."),
    dict(q="A square photo has an area of {A} square centimeters. How long is one side?", ask="side",
         U="centimeters", thing="side", ans="One side is {v} cm long."),
    dict(q="Owen's square room has a floor area of {A} square feet. How many feet of baseboard does he need for all four walls "
           "(ignore the door)?", ask="per", U="feet", thing="baseboard", ans="He needs {v} feet of baseboard."),
], p_square, s_square_fence)


# 16. cubes ------------------------------------------------------------------
def p_cube(rng):
    return dict(e=rng.randrange(2, 13), k=rng.randrange(2, 9))


def s_cube(b, P, ph):
    rng = b.rng
    e, k = P["e"], P["k"]
    b.p(rng.choice(["The volume of a cube is edge × edge × edge, or edge cubed.",
                    "A cube with edge e holds e³ unit cubes.", "Volume of a cube = s³."]))
    v = b.calc(pw(e, 3), chain=[mul(e, e, e)] if rng.random() < 0.6 else [], lead="Volume of one cube",
               label="One cube", post=rng.choice([None, "so one cube holds {v} " + ph["U"]]))
    if ph["ask"] == "one":
        b.final(v, ph["ans"])
        return v
    t = b.calc(mul(v, k), lead="Multiply by the number of " + ph["things"], label="Total")
    b.final(t, ph["ans"])
    return t


kind("cube", [
    dict(q="A cube-shaped box has edges {e} cm long. How many 1-cm cubes are needed to fill it?", ask="one",
         U="unit cubes", things="boxes", ans="{v} small cubes fill the box."),
    dict(q="Each storage bin is a cube with {e}-inch edges. What is the total volume of {k} bins, in cubic inches?",
         ask="total", U="cubic inches", things="bins", ans="The total volume is {v} cubic inches."),
    dict(q="A toy maker builds cubes with an edge of {e} small blocks each. She makes {k} of them. How many small blocks does she use in all?",
         ask="total", U="blocks", things="cubes", ans="She uses {v} blocks."),
    dict(q="What is {e} cubed?", ask="one", U="", things="", ans="{e} cubed is {v}."),
    dict(q="How many cubic centimeters are in a cube with {e}-cm edges?", ask="one", U="cubic centimeters",
         things="", ans="The cube holds {v} cubic centimeters."),
    dict(q="A crate is a cube {e} feet on each side. What is the combined volume of {k} such crates in cubic feet?",
         ask="total", U="cubic feet", things="crates", ans="The crates have a combined volume of {v} cubic feet."),
], p_cube, s_cube)


# 17. arithmetic sequence nth term -------------------------------------------
def p_seq(rng, dec=False):
    while True:
        a = rng.randrange(1, 40)
        d = rng.randrange(2, 13)
        n = rng.randrange(8, 41)
        if dec:
            a = rng.randrange(150, 400)
            d = -rng.randrange(2, 10)
            if a + (n - 1) * d < 0:
                continue
        return dict(a=a, d=d, n=n, t=[a + i * d for i in range(4)])


def seq_text(P, k=4, money=False):
    ts = P["t"][:k]
    return ", ".join(("$" if money else "") + str(x) for x in ts)


def s_seq_nth(b, P, ph):
    rng = b.rng
    a, n = P["a"], P["n"]
    t = P["t"]
    dd = b.calc(sub(t[1], t[0]), lead="Find the common difference", label="Common difference",
                post=rng.choice([None, "so the pattern " + ("adds" if t[1] > t[0] else "subtracts") + " the same amount each time"]))
    if dd == 0:
        raise Invalid("d0")
    if rng.random() < 0.5 and t[2] - t[1] == dd:
        b.eq([sub(t[2], t[1]), Num(dd)], check=True, post="the difference stays the same")
    sgn = "+"
    b.p(rng.choice(["The nth term is first term + (n − 1) × difference.",
                    "Formula: a_n = a_1 + (n - 1)d.",
                    "To get to the {o} term we add the difference {k} times.".format(o=ordinal(n), k=n - 1)]))
    meth = rng.randrange(3)
    if meth == 0:
        e = add(a, mul(Par(sub(n, 1)), dd)) if dd > 0 else sub(a, mul(Par(sub(n, 1)), -dd))
        steps = mul(n - 1, dd) if dd > 0 else mul(n - 1, -dd)
        mid = add(a, steps) if dd > 0 else sub(a, steps)
        prod = (n - 1) * abs(dd)
        v = b.calc(e, chain=[mid, add(a, prod) if dd > 0 else sub(a, prod)], lead="Plug in n = " + str(n),
                   label=ordinal(n) + " term")
    else:
        k = b.calc(sub(n, 1), lead="Number of steps from the 1st term", label="Steps", target=True)
        step = b.calc(mul(k, abs(dd)), lead="Total change", label="Change")
        v = b.calc(add(a, step) if dd > 0 else sub(a, step), lead="Add to the first term" if dd > 0 else
                   "Subtract from the first term", label=ordinal(n) + " term",
                   post=rng.choice([None, "so the " + ordinal(n) + " term is {v}"]))
    b.final(v, ph["ans"])
    return v


kind("seq_nth", [
    dict(q="What is the {nth} term of the sequence {S}, ...?", ans="The {nth} term is {v}."),
    dict(q="A toothpick pattern uses {S} toothpicks for figures 1, 2, 3 and 4. If the pattern continues, how many toothpicks "
           "does figure {n} use?", ans="Figure {n} uses {v} toothpicks."),
    dict(q="Maya saves ${t0} the first week, ${t1} the second week, ${t2} the third week, and so on, adding the same amount "
           "each week. How much does she save in week {n}?", money=True, ans="She saves ${v} in week {n}."),
    dict(q="The first row of a theater has {t0} seats, the second row has {t1}, the third has {t2}, and so on. How many seats "
           "are in row {n}?", ans="Row {n} has {v} seats."),
    dict(q="A countdown goes {S}, ... What number is said {nth}?", dec=True, ans="The {nth} number is {v}."),
    dict(q="Find the {nth} number in the pattern {S}, ...", dec=True, ans="The {nth} number in the pattern is {v}."),
], None, s_seq_nth)
KINDS[-1]["params_by_dec"] = {False: lambda rng: p_seq(rng), True: lambda rng: p_seq(rng, True)}


# 18. which term -------------------------------------------------------------
def p_seq_which(rng):
    P = p_seq(rng)
    P["X"] = P["a"] + (P["n"] - 1) * P["d"]
    return P


def s_seq_which(b, P, ph):
    rng = b.rng
    a, X, t = P["a"], P["X"], P["t"]
    d = b.calc(sub(t[1], t[0]), lead="Common difference", label="Difference")
    if d <= 0:
        raise Invalid("d")
    b.p(rng.choice(["Count how many jumps of {d} it takes to get from {a} to {X}.",
                    "Subtract the first term, divide by the difference, then add 1."]).format(d=d, a=a, X=comma(X)))
    gap = b.calc(sub(X, a), lead="Distance from the first term", label="Gap")
    if gap % d:
        raise Invalid("gap")
    jumps = b.calc(div(gap, d), lead="Number of jumps", label="Jumps")
    pos = b.calc(add(jumps, 1), lead="Add 1 for the first term", label="Position",
                 post=rng.choice([None, "so " + comma(X) + " is term number {v}"]))
    if pos <= 0:
        raise Invalid("pos")
    b.final(pos, ph["ans"])
    return pos


kind("seq_which", [
    dict(q="In the sequence {S}, ..., which term is {X}?", ans="{X} is term number {v}."),
    dict(q="A staircase pattern uses {S} blocks for steps 1 to 4. Which step uses {X} blocks?", ans="Step {v} uses {X} blocks."),
    dict(q="Jon's reading log shows {S} pages on days 1 to 4, going up by the same amount each day. On which day will he read "
           "{X} pages?", ans="He reads {X} pages on day {v}."),
    dict(q="The pattern {S}, ... continues. What position does the number {X} have in the pattern?",
         ans="{X} is in position {v}."),
    dict(q="Seats in a stadium section go {S}, ... per row. Which row has {X} seats?", ans="Row {v} has {X} seats."),
], p_seq_which, s_seq_which)


# 19. sum of arithmetic sequence ---------------------------------------------
def p_seq_sum(rng):
    while True:
        a, d, n = rng.randrange(5, 31), rng.randrange(1, 7), rng.randrange(6, 26)
        if (n * (2 * a + (n - 1) * d)) % 2 == 0:
            return dict(a=a, d=d, n=n)


def s_seq_sum(b, P, ph):
    rng = b.rng
    a, d, n = P["a"], P["d"], P["n"]
    b.h("Find the last term")
    k = b.calc(sub(n, 1), lead="Steps after the first " + ph["unit"], label="Steps")
    ch = b.calc(mul(k, d), lead="Total increase", label="Increase")
    last = b.calc(add(a, ch), lead="Last " + ph["unit"], label="Last " + ph["unit"],
                  post=rng.choice([None, "so the last term is {v}"]))
    b.h("Add them up")
    b.p(rng.choice(["Sum = (first + last) × number of terms ÷ 2.",
                    "Pair the first with the last, the second with the second-to-last, and so on — each pair has the same total.",
                    "Use the average of the first and last terms times the number of terms."]))
    pr = b.calc(add(a, last), lead="First + last", label="First + last")
    t = b.calc(mul(pr, n), lead="Multiply by the number of " + ph["unit"] + "s", label="Times " + str(n))
    if t % 2:
        raise Invalid("odd")
    s = b.calc(div(t, 2), lead="Divide by 2", label="Total", post=rng.choice([None, "so the total is {v}"]))
    b.final(s, ph["ans"])
    return s


kind("seq_sum", [
    dict(q="A theater has {n} rows. The first row has {a} seats, and each row has {d} more seats than the row in front of it. "
           "How many seats are there in total?", unit="row", order="nad", ans="The theater has {v} seats."),
    dict(q="Tara does {a} push-ups on day 1 and {d} more each day after that. How many push-ups has she done in total after {n} days?",
         unit="day", order="a_dn", ans="She has done {v} push-ups."),
    dict(q="A pile of logs has {a} logs in the top layer, and each layer below has {d} more. If there are {n} layers, "
           "how many logs are in the pile?", unit="layer", order="adn", ans="The pile has {v} logs."),
    dict(q="Ben saves ${a} in week 1 and increases his savings by ${d} each week. How much has he saved in all after {n} weeks?",
         unit="week", order="a_dn", ans="He has saved ${v} in all."),
    dict(q="Find the sum of the first {n} terms of the arithmetic sequence that starts at {a} and goes up by {d} each time.",
         unit="term", order="nad", ans="The sum is {v}."),
], p_seq_sum, s_seq_sum)


# 20. 1 + 2 + ... + n --------------------------------------------------------
def p_gauss(rng):
    return dict(n=rng.randrange(8, 101))


def s_gauss(b, P, ph):
    rng = b.rng
    n = P["n"]
    meth = rng.randrange(3)
    if meth == 0:
        b.p(rng.choice(["Use the formula 1 + 2 + … + n = n(n + 1) ÷ 2.",
                        "The sum of the first n whole numbers is n(n + 1)/2."]))
        pr = b.calc(mul(n, n + 1), lead="Multiply " + str(n) + " by " + str(n + 1), label="n(n + 1)")
        if pr % 2:
            raise Invalid("odd")
        s = b.calc(div(pr, 2), lead="Divide by 2", label="Sum")
    elif meth == 1 and n % 2 == 0:
        b.p("Pair the numbers from the outside in: 1 with {n}, 2 with {m}, and so on.".format(n=n, m=n - 1))
        ps = b.calc(add(1, n), lead="Each pair adds to", label="Pair sum")
        np_ = b.calc(div(n, 2), lead="Number of pairs", label="Pairs")
        s = b.calc(mul(ps, np_), lead="Total", label="Sum", post=rng.choice([None, "so the sum is {v}"]))
    else:
        b.p("Average the first and last numbers and multiply by how many numbers there are.")
        fl = b.calc(add(1, n), lead="First + last", label="First + last")
        if rng.random() < 0.5 and fl % 2 == 0:
            av = b.calc(div(fl, 2), lead="Average", label="Average")
            s = b.calc(mul(av, n), lead="Multiply by " + str(n), label="Sum")
        else:
            t = b.calc(mul(fl, n), lead="Multiply by " + str(n), label="Product")
            if t % 2:
                raise Invalid("odd")
            s = b.calc(div(t, 2), lead="Divide by 2", label="Sum")
    b.final(s, ph["ans"])
    return s


kind("gauss", [
    dict(q="What is the sum of all the whole numbers from 1 to {n}?", ans="The sum is {v}."),
    dict(q="Cans are stacked in a triangle: 1 can on top, 2 in the next row, 3 in the next, and so on, with {n} rows. "
           "How many cans are there?", ans="There are {v} cans."),
    dict(q="Zoe saves $1 on day 1, $2 on day 2, $3 on day 3, and so on. How many dollars has she saved after {n} days?",
         ans="She has saved ${v}."),
    dict(q="Find 1 + 2 + 3 + ... + {n}.", ans="The sum of 1 through {n} is {v}."),
    dict(q="A staircase of blocks has 1 block in the first column, 2 in the second, and so on up to {n} blocks in the last column. "
           "How many blocks are used?", ans="{v} blocks are used."),
    dict(q="In a counting challenge, Max adds 1, then 2, then 3, and so on, all the way up to {n}. What is his total?",
         ans="His total is {v}."),
], p_gauss, s_gauss)


# 21. handshakes -------------------------------------------------------------
def s_handshake(b, P, ph):
    rng = b.rng
    n = P["n"]
    b.p(rng.choice(["Each of the {n} {W} pairs up with {m} others, but that counts every {E} twice.",
                    "Number of {E}s = n × (n − 1) ÷ 2 for n {W}.",
                    "Every pair of {W} makes exactly one {E}, so count the pairs."]).format(
        n=n, m=n - 1, W=ph["W"], E=ph["E"]))
    m = b.calc(sub(n, 1), lead="Each one meets", label="Others", post=None, target=True)
    pr = b.calc(mul(n, m), lead="Count with repeats", label="Ordered count")
    if pr % 2:
        raise Invalid("odd")
    v = b.calc(div(pr, 2), lead="Divide by 2 so each " + ph["E"] + " is counted once", label="Total")
    b.final(v, ph["ans"])
    return v


kind("handshake", [
    dict(q="At a party, each of {n} people shakes hands with every other person exactly once. How many handshakes are there?",
         W="people", E="handshake", ans="There are {v} handshakes."),
    dict(q="In a league of {n} teams, every team plays every other team once. How many games are played?", W="teams",
         E="game", ans="{v} games are played."),
    dict(q="{n} friends each send one card to every other friend... no wait — each pair of the {n} friends takes one selfie together. "
           "How many selfies are taken?", W="friends", E="selfie", ans="{v} selfies are taken."),
    dict(q="There are {n} points on a circle. How many straight segments are needed to connect every pair of points?",
         W="points", E="segment", ans="{v} segments are needed."),
    dict(q="A chess club has {n} members. In a round-robin, each member plays every other member exactly once. "
           "How many games are played?", W="members", E="game", ans="{v} games are played."),
], lambda rng: dict(n=rng.randrange(5, 41)), s_handshake)
KINDS[-1]["phrasings"][2]["q"] = ("Each pair of {n} friends at camp takes exactly one selfie together. "
                                  "How many selfies are taken?")
