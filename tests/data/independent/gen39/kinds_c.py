"""Problem kinds, part C: consecutive numbers, order of operations, patterns, remainders, place value."""
from math import gcd, isqrt
from fractions import Fraction
from core import (Num, Hole, Bin, Par, Fn, Sqrt, Rem, add, sub, mul, div, pw, mod, idiv, imul, ev,
                  ival, Invalid, comma, plain, dec_str)
from kinds_a import kind, KINDS, and_list, ordinal

WORDNUM = {2: "two", 3: "three", 4: "four", 5: "five"}


# 22. consecutive numbers ----------------------------------------------------
def p_consec(rng, k, typ):
    step = 1 if typ == "any" else 2
    while True:
        n = rng.randrange(5, 120)
        if typ == "even" and n % 2:
            continue
        if typ == "odd" and n % 2 == 0:
            continue
        S = sum(n + i * step for i in range(k))
        return dict(S=S, n0=n)


def s_consec(b, P, ph):
    rng = b.rng
    S, k, typ, ask = P["S"], ph["k"], ph["typ"], ph["ask"]
    step = 1 if typ == "any" else 2
    word = {"any": "consecutive numbers", "even": "consecutive even numbers", "odd": "consecutive odd numbers"}[typ]
    offs = [i * step for i in range(k)]
    extra = sum(offs)
    meth = rng.choice(["alg", "alg", "avg"]) if k % 2 == 1 else "alg"
    if meth == "alg":
        terms = " + ".join(["n"] + ["(n + " + str(o) + ")" for o in offs[1:]])
        b.p("Call the smallest number n. The {k} {w} are {ts}.".format(
            k=WORDNUM[k], w=word, ts=and_list(["n"] + ["n + " + str(o) for o in offs[1:]])))
        b.p("Their sum is {t} = {k}n + {e}.".format(t=terms, k=k, e=extra))
        r = b.calc(sub(S, extra), lead="Subtract " + str(extra) + " from both sides", label=str(k) + "n",
                   post="so " + str(k) + "n = {v}")
        if r % k:
            raise Invalid("r%k")
        n = b.calc(div(r, k), lead="Divide by " + str(k), label="n", post="so n = {v}")
    else:
        mid_i = k // 2
        b.p("For an odd count of {w}, the middle one is the average.".format(w=word))
        mid = b.calc(div(S, k), lead="Divide the sum by " + str(k), label="Middle number",
                     post="so the middle number is {v}")
        if isinstance(mid, Fraction) and mid.denominator != 1:
            raise Invalid("mid")
        n = b.calc(sub(mid, offs[mid_i]), lead="Smallest number", label="Smallest")
    if n <= 0:
        raise Invalid("n")
    nums = [n + o for o in offs]
    if ask == "small":
        v = n
    elif ask == "large":
        if meth == "alg" or k > 1:
            v = b.calc(add(n, offs[-1]), lead="The largest is", label="Largest")
    else:
        v = b.calc(add(n, offs[k // 2]), lead="The middle one is", label="Middle")
    b.p("The numbers are " + and_list(nums) + ".")
    if sum(nums) == S:
        b.eq([add(*nums), Num(S)], check=True)
    b.final(v, ph["ans"])
    return v


CONSEC_PH = [
    dict(q="Three consecutive whole numbers add up to {S}. What is the largest of the three?", k=3, typ="any",
         ask="large", ans="The largest number is {v}."),
    dict(q="The sum of three consecutive even numbers is {S}. What is the smallest of them?", k=3, typ="even",
         ask="small", ans="The smallest of them is {v}."),
    dict(q="When a book is open, the two facing page numbers add up to {S}. What is the larger page number?", k=2,
         typ="any", ask="large", ans="The larger page number is {v}."),
    dict(q="Three siblings' ages are consecutive odd numbers that add up to {S}. How old is the middle sibling?", k=3,
         typ="odd", ask="mid", ans="The middle sibling is {v}."),
    dict(q="Four consecutive whole numbers have a sum of {S}. What is the largest number?", k=4, typ="any",
         ask="large", ans="The largest number is {v}."),
    dict(q="Five consecutive numbers add up to {S}. What is the smallest one?", k=5, typ="any", ask="small",
         ans="The smallest one is {v}."),
    dict(q="The sum of two consecutive odd numbers is {S}. What is the smaller number?", k=2, typ="odd", ask="small",
         ans="The smaller number is {v}."),
]
kind("consec", CONSEC_PH, None, s_consec)
KINDS[-1]["params_fn"] = lambda rng, ph: p_consec(rng, ph["k"], ph["typ"])


# 23. order of operations ----------------------------------------------------
def _reducible(e, inpar=False, path=()):
    """Yield (priority, order, path) for nodes with numeric children."""
    out = []
    counter = [0]

    def walk(x, inpar, path):
        if isinstance(x, Par):
            walk(x.e, True, path + ("e",))
            return
        if isinstance(x, Bin):
            walk(x.a, inpar, path + ("a",))
            counter[0] += 1
            pos = counter[0]
            walk(x.b, inpar, path + ("b",))
            ca = x.a.e if isinstance(x.a, Par) else x.a
            cb = x.b.e if isinstance(x.b, Par) else x.b
            if isinstance(x.a, Num) and isinstance(x.b, Num):
                pr = 0 if inpar else (1 if x.op == "^" else 2 if x.op in "*/" else 3)
                out.append((pr, pos, path))

    walk(e, inpar, path)
    return out


def _get(e, path):
    for k in path:
        e = getattr(e, k)
    return e


def _replace(e, path, new):
    if not path:
        return new
    k = path[0]
    if isinstance(e, Par):
        inner = _replace(e.e, path[1:], new)
        if isinstance(inner, (Num, Hole)):
            return inner
        return Par(inner)
    if isinstance(e, Bin):
        if k == "a":
            return Bin(e.op, _replace(e.a, path[1:], new), e.b, e.imp)
        return Bin(e.op, e.a, _replace(e.b, path[1:], new), e.imp)
    raise TypeError


def _strip_par_num(e):
    if isinstance(e, Par):
        inner = _strip_par_num(e.e)
        return inner if isinstance(inner, (Num, Hole)) else Par(inner)
    if isinstance(e, Bin):
        return Bin(e.op, _strip_par_num(e.a), _strip_par_num(e.b), e.imp)
    return e


OPS_TEMPLATES = [
    # (builder(rng) -> expr)
    lambda r: add(r.randrange(2, 20), mul(r.randrange(2, 10), r.randrange(2, 10))),
    lambda r: sub(mul(r.randrange(3, 12), r.randrange(3, 12)), div(*_divpair(r))),
    lambda r: add(r.randrange(2, 15), div(mul(r.randrange(2, 9), Par(sub(r.randrange(12, 30), r.randrange(2, 11)))), 1)),
    lambda r: add(mul(r.randrange(2, 6), pw(r.randrange(2, 6), 2)), r.randrange(1, 20)),
    lambda r: sub(pw(r.randrange(3, 10), 2), mul(r.randrange(2, 6), Par(add(r.randrange(1, 6), r.randrange(1, 6))))),
    lambda r: mul(Par(add(r.randrange(2, 12), r.randrange(2, 12))), r.randrange(2, 9)),
    lambda r: add(div(*_divpair(r)), mul(r.randrange(2, 9), r.randrange(2, 9))),
    lambda r: sub(add(r.randrange(20, 60), mul(r.randrange(2, 7), pw(2, r.randrange(2, 5)))), r.randrange(1, 15)),
]


def _divpair(r):
    q = r.randrange(2, 12)
    d = r.randrange(2, 10)
    return q * d, d


def p_order_ops(rng):
    while True:
        t = rng.randrange(len(OPS_TEMPLATES))
        e = OPS_TEMPLATES[t](rng)
        e = _simplify_div1(e)
        v = ev(e)
        if v.denominator == 1 and 0 < v < 1000:
            return dict(e=e)


def _simplify_div1(e):
    if isinstance(e, Bin):
        if e.op == "/" and isinstance(e.b, Num) and e.b.v == 1:
            return _simplify_div1(e.a)
        return Bin(e.op, _simplify_div1(e.a), _simplify_div1(e.b), e.imp)
    if isinstance(e, Par):
        return Par(_simplify_div1(e.e))
    return e


def s_order_ops(b, P, ph):
    rng = b.rng
    e = P["e"]
    b.p(rng.choice(["Follow the order of operations: parentheses, exponents, multiplication and division (left to right), "
                    "then addition and subtraction (left to right).",
                    "Remember PEMDAS: Parentheses, Exponents, Multiply/Divide, Add/Subtract.",
                    "Work inside parentheses first, then powers, then × and ÷, then + and −."]))
    rewrite = rng.random() < 0.5
    names = {"^": "exponent", "*": "multiplication", "/": "division", "+": "addition", "-": "subtraction"}
    k = 0
    while isinstance(e, (Bin, Par)):
        cands = _reducible(e)
        if not cands:
            raise Invalid("stuck")
        cands.sort(key=lambda x: (x[0], x[1]))
        pr, pos, path = cands[0]
        node = _get(e, path)
        opw = {"*": "Multiply", "/": "Divide", "+": "Add", "-": "Subtract", "^": "Evaluate the power"}[node.op]
        if pr == 0:
            lead = rng.choice(["Parentheses first", "Start inside the parentheses", "Work out the parentheses"])
        elif pr == 1:
            lead = rng.choice(["Exponent next", "Evaluate the power", "Next, the exponent"])
        else:
            lead = rng.choice([opw, "Now " + opw.lower(), "Do the " + names[node.op]])
        if rewrite and _get_parent_exists(e, path):
            after = _strip_par_num(_replace(e, path, Hole(node)))
            v = b.calc(sides=[e, after], lead=lead, label=lead)
            e = _strip_par_num(_replace(e, path, Num(v)))
        else:
            v = b.calc(node, lead=lead, label=lead)
            e2 = _strip_par_num(_replace(e, path, Num(v)))
            if isinstance(e2, (Bin, Par)) and rng.random() < 0.6:
                b.say(rng.choice(["Now we have ", "The expression becomes ", "That leaves "]), e2, ".")
            e = e2
        k += 1
        if k > 8:
            raise Invalid("long")
    v = ev(e)
    b.final(v, ph["ans"])
    return v


def _get_parent_exists(e, path):
    return len(path) > 0


def q_order(P, nt):
    from core import render
    return render(P["e"], nt)


kind("order_ops", [
    dict(q="What is the value of {E}?", ans="The value is {v}."),
    dict(q="Evaluate {E} using the order of operations.", ans="The expression evaluates to {v}."),
    dict(q="Kim's teacher writes {E} on the board. What number should the class get?", ans="The class should get {v}."),
    dict(q="Leo says {E} equals something different from what Ava got. Work it out carefully: what is the correct value?",
         ans="The correct value is {v}."),
    dict(q="Simplify: {E}", ans="It simplifies to {v}."),
    dict(q="A puzzle card reads \"{E} = ?\". What number goes in place of the question mark?",
         ans="The missing number is {v}."),
], p_order_ops, s_order_ops)


# 24. skip counting ----------------------------------------------------------
def p_skip(rng):
    return dict(a=rng.randrange(1, 30), d=rng.randrange(3, 13), k=rng.randrange(6, 12))


def s_skip(b, P, ph):
    rng = b.rng
    a, d, k = P["a"], P["d"], P["k"]
    b.p(rng.choice(["Start at {a} and keep adding {d}.", "List the numbers, adding {d} each time:",
                    "Each number is {d} more than the one before."]).format(a=a, d=d))
    cur = a
    b.p(rng.choice(["The 1st number is {a}.", "1st number: {a}.", "We start with {a}."]).format(a=a))
    for i in range(2, k + 1):
        cur = b.calc(add(cur, d), lead="", label=ordinal(i), group=("skip", ("Count", "Work", "Number"), "Keep adding " + str(d) + ":"))
    if rng.random() < 0.6:
        b.eq([add(a, mul(k - 1, d)), Num(cur)], check=True,
             post="that matches" if rng.random() < 0.5 else None)
    b.final(cur, ph["ans"])
    return cur


kind("skip", [
    dict(q="Maya starts at {a} and counts by {d}s. What is the {kth} number she says?", ans="The {kth} number is {v}."),
    dict(q="A frog starts on stone {a} and jumps forward {d} stones at a time. On which stone does it land on its {km1th} jump?",
         ans="It lands on stone {v}.", shift=True),
    dict(q="A plant is {a} cm tall and grows {d} cm every week. How tall is it in week {k} if week 1 is when it is {a} cm?",
         ans="It is {v} cm tall in week {k}."),
    dict(q="Start at {a} and skip count by {d}. What is the {kth} number in your list?",
         ans="The {kth} number is {v}."),
    dict(q="A machine prints ticket numbers starting at {a}, and each new ticket number is {d} more than the last. "
           "What is the number on the {kth} ticket?", ans="The {kth} ticket is number {v}."),
    dict(q="A calendar reminder first goes off on day {a} and then repeats every {d} days. On what day does the {kth} reminder go off?",
         ans="The {kth} reminder goes off on day {v}."),
], p_skip, s_skip)


# 25. sum of odd numbers -----------------------------------------------------
def p_odd(rng):
    n = rng.randrange(6, 41)
    return dict(n=n, L=2 * n - 1)


def s_odd(b, P, ph):
    rng = b.rng
    L = P["L"]
    b.p(rng.choice(["The sum of the first n odd numbers is n².", "Sums of odd numbers make perfect squares: "
                    "1 = 1², 1 + 3 = 4 = 2², 1 + 3 + 5 = 9 = 3², and so on."]))
    if ph["given"] == "L":
        t = b.calc(add(L, 1), lead="Add 1 to the last odd number", label="L + 1")
        if t % 2:
            raise Invalid("t")
        n = b.calc(div(t, 2), lead="Number of odd numbers", label="Count", post="so there are {v} odd numbers")
    else:
        n = P["n"]
    v = b.calc(pw(n, 2), chain=[mul(n, n)] if rng.random() < 0.6 else [], lead="Square the count", label="Sum")
    b.final(v, ph["ans"])
    return v


kind("odd_sum", [
    dict(q="Find the sum 1 + 3 + 5 + ... + {L}.", given="L", ans="The sum is {v}."),
    dict(q="What is the sum of the first {n} odd numbers?", given="n", ans="The sum of the first {n} odd numbers is {v}."),
    dict(q="A square of tiles is built in layers: 1 tile, then 3 more, then 5 more, and so on, up to a layer of {L} tiles. "
           "How many tiles are there in all?", given="L", ans="There are {v} tiles in all."),
    dict(q="Ella adds up the odd numbers 1, 3, 5, 7, ... all the way to {L}. What total does she get?", given="L",
         ans="She gets {v}."),
    dict(q="How much is 1 + 3 + 5 + ... if you add the first {n} odd numbers?", given="n", ans="The total is {v}."),
], p_odd, s_odd)


# 26. division with remainder ------------------------------------------------
def p_busrem(rng):
    while True:
        c = rng.randrange(6, 61)
        N = rng.randrange(c * 2 + 1, c * 20)
        if N % c:
            return dict(N=N, c=c)


def s_busrem(b, P, ph):
    rng = b.rng
    N, c, ask = P["N"], P["c"], ph["ask"]
    q, r = divmod(N, c)
    if ask == "rem":
        rr = b.calc(sides=[div(N, c), Rem(Num(q), Hole(mod(N, c)))], lead="Divide", label="Division")
        if not 0 < rr < c:
            raise Invalid("rr")
        b.eq([add(mul(c, q), rr), Num(N)], check=True)
        b.final(rr, ph["ans"])
        return rr
    qq = b.calc(sides=[div(N, c), Rem(Hole(idiv(N, c)), Num(r))], lead="Divide", label="Division")
    if qq <= 0:
        raise Invalid("q")
    if c * qq + r == N:
        b.eq([add(mul(c, qq), r), Num(N)], check=True)
    if ask == "floor":
        b.p(rng.choice(["Only complete {X} count, so we ignore the remainder.",
                        "The {r} left over can't fill another {X1}."]).format(X=ph["X"], X1=ph["X1"], r=r))
        v = qq
    else:
        b.p(rng.choice(["The {r} extra {P} still need a {X1}, so round up.",
                        "There is a remainder, so one more {X1} is needed for the last {r} {P}."]).format(
            r=r, P=ph["P"], X1=ph["X1"]) if r > 1 else rng.choice([
            "The 1 left over still needs a {X1}, so round up.",
            "There is a remainder of 1, so one more {X1} is needed."]).format(X1=ph["X1"]))
        v = b.calc(add(qq, 1), lead="Round up", label=ph["X"].capitalize())
    b.final(v, ph["ans"])
    return v


kind("busrem", [
    dict(q="{N} students are going on a field trip. Each bus holds {c} students. How many buses are needed?", ask="ceil",
         X="buses", X1="bus", P="students", ans="{v} buses are needed."),
    dict(q="A farm collects {N} eggs. Each carton holds {c} eggs. How many cartons can be completely filled?", ask="floor",
         X="cartons", X1="carton", P="eggs", ans="{v} cartons can be filled."),
    dict(q="A teacher shares {N} stickers equally among {c} students, giving each as many as possible. How many stickers are "
           "left over?", ask="rem", X="", X1="", P="stickers", ans="The number of stickers left over is {v}."),
    dict(q="{N} guests are coming to a banquet, and each table seats {c}. How many tables are needed so everyone has a seat?",
         ask="ceil", X="tables", X1="table", P="guests", ans="{v} tables are needed."),
    dict(q="A factory packs {N} pens into boxes of {c}. How many full boxes are there?", ask="floor", X="boxes",
         X1="box", P="pens", ans="There are {v} full boxes."),
    dict(q="{N} campers need rafts, and each raft carries {c} campers. What is the fewest number of rafts needed?",
         ask="ceil", X="rafts", X1="raft", P="campers", ans="They need {v} rafts."),
], p_busrem, s_busrem)


# 27. perfect squares between ------------------------------------------------
def p_sqbetween(rng):
    while True:
        A = rng.randrange(10, 400)
        B = rng.randrange(A + 60, A + 1200)
        lo = isqrt(A) + 1
        hi = isqrt(B - 1)
        if isqrt(A) ** 2 == A or isqrt(B) ** 2 == B:
            continue
        if hi - lo + 1 >= 3:
            return dict(A=A, B=B)


def s_sqbetween(b, P, ph):
    rng = b.rng
    A, B = P["A"], P["B"]
    lo = isqrt(A) + 1
    hi = isqrt(B)
    b.p(rng.choice(["Find the smallest and largest whole numbers whose squares land between {A} and {B}.",
                    "Look for the first square above {A} and the last square below {B}."]).format(A=comma(A), B=comma(B)))
    grp = ("sq", ("n", "n²", "Square"))
    v1 = b.calc(pw(lo - 1, 2), lead="", label=str(lo - 1), group=grp)
    v2 = b.calc(pw(lo, 2), lead="", label=str(lo), group=grp)
    if not (v1 < A < v2):
        raise Invalid("order1")
    b.p(rng.choice(["{a} is less than {A}, but {b} is greater, so the first square is {b}.",
                    "{a} < {A} < {b}, so we start at {b}."]).format(a=comma(v1), A=comma(A), b=comma(v2)))
    v3 = b.calc(pw(hi, 2), lead="", label=str(hi), group=("sq2", ("n", "n²", "Square")))
    v4 = b.calc(pw(hi + 1, 2), lead="", label=str(hi + 1), group=("sq2", ("n", "n²", "Square")))
    if not (v3 < B < v4):
        raise Invalid("order2")
    b.p(rng.choice(["{c} is below {B} and {d} is above it, so the last square is {c}.",
                    "{c} < {B} < {d}, so the last one is {c}."]).format(c=comma(v3), B=comma(B), d=comma(v4)))
    b.p("So the numbers being squared run from {lo} to {hi}.".format(lo=lo, hi=hi))
    dlt = b.calc(sub(hi, lo), lead="Subtract", label="Difference")
    cnt = b.calc(add(dlt, 1), lead="Add 1 to include both ends", label="Count")
    b.final(cnt, ph["ans"])
    return cnt


kind("sqbetween", [
    dict(q="How many perfect squares are there between {A} and {B}?", ans="There are {v} perfect squares between {A} and {B}."),
    dict(q="Lockers are numbered from {A} to {B}. How many locker numbers are perfect squares?",
         ans="{v} locker numbers are perfect squares."),
    dict(q="How many square numbers lie strictly between {A} and {B}?", ans="{v} square numbers lie between them."),
    dict(q="A number game only uses perfect squares greater than {A} and less than {B}. How many numbers can be used?",
         ans="{v} numbers can be used."),
    dict(q="Count the whole numbers between {A} and {B} that are squares of whole numbers.", ans="The count is {v}."),
], p_sqbetween, s_sqbetween)


# 28. counting multiples -----------------------------------------------------
def p_multcount(rng, frm1):
    while True:
        m = rng.randrange(3, 16)
        B = rng.randrange(60, 600)
        A = 1 if frm1 else rng.randrange(20, B - 40)
        if B % m == 0 or (not frm1 and A % m == 0):
            continue
        return dict(m=m, A=A, B=B)


def s_multcount(b, P, ph):
    rng = b.rng
    m, A, B = P["m"], P["A"], P["B"]
    q1, r1 = divmod(B, m)
    hiq = b.calc(sides=[div(B, m), Rem(Hole(idiv(B, m)), Num(r1))], lead="How many multiples of " + str(m) +
                 " up to " + comma(B), label="Up to " + comma(B),
                 post=None)
    if hiq <= 0:
        raise Invalid("hiq")
    b.p("So there are {q} multiples of {m} from 1 to {B}.".format(q=hiq, m=m, B=comma(B)))
    if ph["frm1"]:
        b.final(hiq, ph["ans"])
        return hiq
    q0, r0 = divmod(A, m)
    loq = b.calc(sides=[div(A, m), Rem(Hole(idiv(A, m)), Num(r0))], lead="Multiples up to " + comma(A),
                 label="Up to " + comma(A))
    b.p("Those {q} multiples are below {A}, so we take them away.".format(q=loq, A=comma(A)))
    v = b.calc(sub(hiq, loq), lead="Subtract", label="Between")
    if v <= 0:
        raise Invalid("v")
    b.final(v, ph["ans"])
    return v


kind("multcount", [
    dict(q="How many whole numbers from 1 to {B} are divisible by {m}?", frm1=True,
         ans="{v} numbers from 1 to {B} are divisible by {m}.", order="_Bm"),
    dict(q="How many multiples of {m} are there between {A} and {B}?", frm1=False,
         ans="There are {v} multiples of {m} between {A} and {B}.", order="mAB"),
    dict(q="Every {m}th customer at a store gets a coupon. If {B} customers come in one day, how many coupons are given out?",
         frm1=True, ans="{v} coupons are given out.", order="mB"),
    dict(q="A book has pages numbered 1 to {B}. How many page numbers are multiples of {m}?", frm1=True,
         ans="{v} page numbers are multiples of {m}.", order="_Bm"),
    dict(q="How many multiples of {m} lie between {A} and {B}?", frm1=False,
         ans="{v} multiples of {m} lie between {A} and {B}.", order="mAB"),
], None, s_multcount)
KINDS[-1]["params_fn"] = lambda rng, ph: p_multcount(rng, ph["frm1"])


# 29. ones digit of a power --------------------------------------------------
def p_units(rng):
    while True:
        a = rng.choice([2, 3, 4, 7, 8, 9, 12, 13, 17, 22, 23, 27, 33])
        n = rng.randrange(12, 101)
        return dict(a=a, n=n)


def s_units(b, P, ph):
    rng = b.rng
    a, n = P["a"], P["n"]
    b.p(rng.choice(["Only the ones digit matters, and the ones digits of powers repeat in a cycle.",
                    "Look for the repeating pattern in the last digit of the powers of {a}.",
                    "The ones digit of {a}^n depends only on the ones digit of the previous power, so it cycles."]).format(a=a))
    u = a % 10
    base = a
    if a >= 10:
        b.p("Only the ones digit of {a} matters, so look at powers of {u}.".format(a=a, u=u))
        base = u
    digs = []
    k = 1
    prev = None
    grp = ("pw", ("Power", "Value", "Result"), "Powers:")
    while True:
        if k == 1:
            val = base
            b.p(str(base) + "¹ = " + str(base) if rng.random() < 0.3 else "The first power is just " + str(base) + ".")
        else:
            val = b.calc(pw(base, k), lead="", label=str(base) + "^" + str(k), group=grp) if base ** k < 100000 else None
            if val is None:
                raise Invalid("big")
        d = val % 10
        if k > 1 and d == digs[0]:
            break
        digs.append(d)
        k += 1
        if k > 6:
            raise Invalid("nocycle")
    c = len(digs)
    b.p("The ones digits go " + ", ".join(str(x) for x in digs) + ", then repeat — a cycle of length " + str(c) + ".")
    if c == 1:
        b.final(digs[0], ph["ans"])
        return digs[0]
    q, r = divmod(n, c)
    rr = b.calc(sides=[div(n, c), Rem(Num(q), Hole(mod(n, c)))], lead="Divide the exponent by the cycle length",
                label="Position in cycle")
    if not 0 <= rr < c:
        raise Invalid("rr")
    pos = c if rr == 0 else rr
    if rr == 0:
        b.p("A remainder of 0 means we are at the end of the cycle, position {c}.".format(c=c))
    else:
        b.p("A remainder of {r} means position {r} in the cycle.".format(r=rr))
    v = digs[pos - 1]
    b.final(v, ph["ans"])
    return v


kind("units", [
    dict(q="What is the ones digit of {a}^{n}?", ans="The ones digit is {v}."),
    dict(q="Without a calculator, find the last digit of {a} raised to the {n}th power.", ans="The last digit is {v}."),
    dict(q="If you wrote out {a}^{n} in full, what digit would be in the ones place?",
         ans="The ones digit is {v}."),
    dict(q="What digit does {a}^{n} end in?", ans="{a}^{n} ends in {v}."),
    dict(q="What is the last digit of {a}^{n}?", ans="The last digit is {v}."),
], p_units, s_units)


# 30. expanded form / place value --------------------------------------------
PLACES = [(10000, "ten-thousands"), (1000, "thousands"), (100, "hundreds"), (10, "tens"), (1, "ones")]


def p_expanded(rng, mode):
    while True:
        if mode == "pow":
            ds = [rng.randrange(0, 10) for _ in range(5)]
            ds[rng.randrange(0, 2)] = rng.randrange(1, 10)
            if sum(1 for d in ds if d) < 3:
                continue
            return dict(ds=ds)
        ds = [rng.randrange(0, 5), rng.randrange(1, 10), rng.randrange(0, 25), rng.randrange(0, 25),
              rng.randrange(0, 30)]
        if sum(1 for d in ds if d >= 10) >= 1 and sum(1 for d in ds if d) >= 3:
            return dict(ds=ds)


def expanded_q(P, mode, pownt):
    from core import render
    terms = []
    for d, (pv, name) in zip(P["ds"], PLACES):
        if d == 0:
            continue
        if mode == "pow":
            k = len(str(pv)) - 1
            if k == 0:
                terms.append(Num(d))
            elif k == 1:
                terms.append(mul(d, 10))
            else:
                terms.append(mul(d, pw(10, k)))
        else:
            terms.append(str(d) + " " + (name if d != 1 else name[:-1]))
    if mode == "pow":
        return render(add(*terms), pownt)
    return and_list(terms)


def s_expanded(b, P, ph):
    rng = b.rng
    mode = ph["mode"]
    parts = []
    b.p(rng.choice(["Find the value of each part, then add.", "Work out each place value and add them up.",
                    "Turn each piece into a plain number first."]))
    for d, (pv, name) in zip(P["ds"], PLACES):
        if d == 0:
            continue
        if pv == 1:
            parts.append(d)
            continue
        if mode == "pow":
            k = len(str(pv)) - 1
            if k == 1:
                v = b.calc(mul(d, 10), lead="", label=None)
            else:
                v = b.calc(mul(d, pw(10, k)), chain=[mul(d, pv)], lead="", label=None)
        else:
            v = b.calc(mul(d, pv), lead=str(d) + " " + name, label=str(d) + " " + name)
        parts.append(v)
    tot = b.calc(add(*parts), lead="Add the parts", label="Total")
    b.final(tot, ph["ans"])
    return tot


kind("expanded", [
    dict(q="What number is {X}?", mode="pow", ans="The number is {v}."),
    dict(q="Write {X} in standard form.", mode="pow", ans="In standard form it is {v}."),
    dict(q="A number has {X}. What is the number?", mode="words", ans="The number is {v}."),
    dict(q="Ravi builds a number with base-ten blocks: {X}. What number did he build?", mode="words",
         ans="Ravi built {v}."),
    dict(q="What is the value of {X}?", mode="pow", ans="The value is {v}."),
    dict(q="Tia's number is made of {X}. What is Tia's number?", mode="words", ans="Tia's number is {v}."),
], None, s_expanded)
KINDS[-1]["params_fn"] = lambda rng, ph: p_expanded(rng, ph["mode"])


# 31. square / rectangle number patterns -------------------------------------
def p_pattern(rng):
    return dict(n=rng.randrange(8, 31))


def s_pattern(b, P, ph):
    rng = b.rng
    n, kindp, ask = P["n"], ph["pat"], ph["ask"]
    if kindp == "sq":
        b.p(rng.choice(["Figure k is a k-by-k square, so it has k² tiles.", "The counts 1, 4, 9, 16 are the square numbers."]))
        f = lambda k: pw(k, 2)
    else:
        b.p(rng.choice(["Figure k is a k-by-(k + 1) rectangle, so it has k × (k + 1) dots.",
                        "The counts 2, 6, 12, 20 are 1 × 2, 2 × 3, 3 × 4, 4 × 5."]))
        f = lambda k: mul(k, k + 1)
    a = b.calc(f(n), lead="Figure " + str(n), label="Figure " + str(n))
    if ask == "count":
        b.final(a, ph["ans"])
        return a
    c = b.calc(f(n - 1), lead="Figure " + str(n - 1), label="Figure " + str(n - 1))
    d = b.calc(sub(a, c), lead="Difference", label="More")
    if d <= 0:
        raise Invalid("d")
    b.final(d, ph["ans"])
    return d


kind("pattern", [
    dict(q="A pattern of square tiles has 1, 4, 9 and 16 tiles in figures 1 to 4. How many tiles are in figure {n}?",
         pat="sq", ask="count", ans="Figure {n} has {v} tiles."),
    dict(q="Figures 1 to 4 of a dot pattern have 2, 6, 12 and 20 dots. How many dots are in figure {n}?", pat="rect",
         ask="count", ans="Figure {n} has {v} dots."),
    dict(q="Square figures use 1, 4, 9, 16, ... tiles. How many more tiles does figure {n} use than the figure before it?",
         pat="sq", ask="diff", ans="Figure {n} uses {v} more tiles."),
    dict(q="A rectangle pattern has 2, 6, 12, 20, ... dots. How many more dots are in figure {n} than in the figure before it?",
         pat="rect", ask="diff", ans="There are {v} more dots."),
    dict(q="Chairs are arranged in square arrays: 1, 4, 9, 16, ... chairs. How many chairs are in array number {n}?",
         pat="sq", ask="count", ans="Array {n} has {v} chairs."),
    dict(q="Dots are arranged in rectangles with 2, 6, 12, 20, ... dots. How many dots are in the {nth} rectangle?",
         pat="rect", ask="count", ans="The {nth} rectangle has {v} dots."),
], p_pattern, s_pattern)
