"""Problem kinds, part A: factors, primes, GCF and LCM."""
from math import gcd, isqrt
from core import (Num, Hole, Bin, Par, Fn, Sqrt, Rem, add, sub, mul, div, pw, mod, idiv, imul, ev,
                  ival, Invalid, comma, plain)


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------
def spf(n):
    if n < 2:
        raise Invalid("spf")
    for p in range(2, isqrt(n) + 1):
        if n % p == 0:
            return p
    return n


def factorize(n):
    out = []
    while n > 1:
        p = spf(n)
        out.append(p)
        n //= p
    return out


def divisors(n):
    return [d for d in range(1, n + 1) if n % d == 0]


def is_prime(n):
    return n >= 2 and spf(n) == n


def lcm(a, b):
    return a * b // gcd(a, b)


def counts(primes):
    c = {}
    for p in primes:
        c[p] = c.get(p, 0) + 1
    return c


def powform(primes):
    c = counts(primes)
    terms = [pw(p, k) if k > 1 else Num(p) for p, k in sorted(c.items())]
    return mul(*terms) if len(terms) > 1 else terms[0]


def and_list(xs):
    xs = [str(x) for x in xs]
    if len(xs) == 1:
        return xs[0]
    if len(xs) == 2:
        return xs[0] + " and " + xs[1]
    return ", ".join(xs[:-1]) + " and " + xs[-1]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return str(n) + suf


def ladder(b, n, form="div", tag=""):
    """Divide by the smallest prime repeatedly.  Returns the list of primes used."""
    rng = b.rng
    cur = n
    primes = []
    grp = ("ladder" + str(n) + tag, ("Divide by", "Division", "Quotient"),
           rng.choice(["Repeated division of " + comma(n) + ":", "Divide " + comma(n) + " by primes:", ""]))
    leads_div = ["Divide {c} by {p}", "Divide by {p}", "Take out a factor of {p}", "Divide {c} by {p}"]
    k = 0
    while True:
        if cur < 2:
            raise Invalid("ladder below 2")
        p = spf(cur)
        if p == cur:
            primes.append(cur)
            if form == "div":
                b.p(rng.choice(["{c} is prime, so we stop.", "{c} is a prime number, so the ladder ends here.",
                                "{c} is prime.", "Now {c} is prime, so we're done dividing."]).format(c=comma(cur)))
            else:
                b.p(rng.choice(["{c} is prime, so that branch is finished.", "{c} is prime.",
                                "{c} can't be split further — it's prime."]).format(c=comma(cur)))
            break
        if form == "div":
            lead = (rng.choice(leads_div) if k else "Divide " + comma(cur) + " by " + str(p)).format(
                c=comma(cur), p=p)
            q = b.calc(div(cur, p), lead=lead, label=str(p), group=grp)
        else:
            lead = rng.choice(["Split off a {p}", "{c} is divisible by {p}", "Break {c} apart",
                               "Factor {c}"]).format(c=comma(cur), p=p)
            q = b.calc(sides=[Num(cur), mul(p, Hole(div(cur, p)))], lead=lead, label=str(p), group=None)
        if q < 2:
            raise Invalid("ladder quotient")
        primes.append(p)
        cur = q
        k += 1
        if k > 12:
            raise Invalid("too long")
    return primes


def factor_summary(b, n, primes, style_hint=0):
    alt = "So the prime factors are " + and_list(sorted(primes)) + "."
    sides = [Num(n), mul(*sorted(primes))]
    if len(set(primes)) < len(primes):
        sides.append(powform(primes))
    elif len(primes) == 1:
        sides = None
    if sides is None:
        b.p(alt)
        return
    b.eq(sides, lead="So the prime factorization is", alt=alt, label="Prime factorization of " + comma(n))


def gcf_steps(b, a, c, method, nouns=None):
    """Find GCF(a, c) with a chosen method; returns the GCF value used afterwards."""
    g = _gcf_steps(b, a, c, method)
    if b.rng.random() < 0.45:
        b.eq([Fn("GCF", [Num(a), Num(c)]), Num(g)], lead=b.rng.choice(["So", "Therefore,", "That gives"]), alt=None)
    return g


def _gcf_steps(b, a, c, method):
    rng = b.rng
    if method == "list":
        fa, fc = divisors(a), divisors(c)
        b.lst("Factors of " + comma(a), fa)
        b.lst("Factors of " + comma(c), fc)
        com = [d for d in fa if c % d == 0]
        b.lst("Common factors", com)
        g = com[-1]
        b.p(rng.choice(["The greatest common factor is {g}.", "The largest number in both lists is {g}, so the GCF is {g}.",
                        "The biggest of these is {g}."]).format(g=g))
        return g
    if method == "prime":
        pa = ladder(b, a, form=rng.choice(["div", "split"]), tag="a")
        factor_summary(b, a, pa)
        pc = ladder(b, c, form=rng.choice(["div", "split"]), tag="c")
        factor_summary(b, c, pc)
        ca, cc = counts(pa), counts(pc)
        common = []
        for p in sorted(ca):
            if p in cc:
                common += [p] * min(ca[p], cc[p])
        if not common:
            b.p("There are no common prime factors, so the GCF is 1.")
            return 1
        if len(common) == 1:
            b.p("The only shared prime factor is {p}, so the GCF is {p}.".format(p=common[0]))
            return common[0]
        b.p(rng.choice(["Take the prime factors they share: " + and_list(common) + ".",
                        "Both numbers share the primes " + and_list(common) + "."]))
        g = b.calc(mul(*common), lead="Multiply the shared primes", label="GCF",
                   post=rng.choice(["so the GCF is {v}", None, "which is the GCF"]))
        return g
    # euclid
    b.p(rng.choice(["Use the Euclidean algorithm (divide, then keep the remainder):",
                    "I'll use the Euclidean algorithm:",
                    "Repeated division (Euclid's method) finds the GCF quickly:"]))
    x, y = max(a, c), min(a, c)
    steps = 0
    while True:
        q = x // y
        r = x - q * y
        last = r == 0
        rr = b.calc(sides=[Num(x), add(mul(q, y), Hole(sub(x, mul(q, y))))],
                    lead="", label=None, target=not last)
        if rr < 0 or rr >= y:
            raise Invalid("euclid remainder")
        steps += 1
        if rr == 0:
            break
        x, y = y, rr
        if steps > 8:
            raise Invalid("long euclid")
    b.p(rng.choice(["The remainder is 0, so the last divisor, {g}, is the GCF.",
                    "We hit a remainder of 0. The GCF is the last nonzero remainder: {g}."]).format(g=y))
    return y


def lcm_steps(b, nums, method):
    L = _lcm_steps(b, nums, method)
    if b.rng.random() < 0.45:
        b.eq([Fn("LCM", [Num(x) for x in nums]), Num(L)], lead=b.rng.choice(["So", "Therefore,", "That means"]),
             alt=None)
    return L


def _lcm_steps(b, nums, method):
    rng = b.rng
    if method == "list":
        L = 1
        for x in nums:
            L = lcm(L, x)
        for x in nums:
            k = L // x
            shown = [x * i for i in range(1, max(k, 2) + 1)]
            if len(shown) < 4 and x * (len(shown) + 1) < L * 2:
                shown.append(x * (len(shown) + 1))
            b.lst("Multiples of " + comma(x), shown, tail=", …")
        b.p(rng.choice(["The first number that appears in every list is {L}.",
                        "The smallest number in all the lists is {L}, so the LCM is {L}.",
                        "{L} is the first common multiple."]).format(L=comma(L)))
        return L
    if method == "prime":
        allp = []
        for i, x in enumerate(nums):
            if is_prime(x):
                b.p(str(x) + " is prime.")
                allp.append([x])
                continue
            pr = ladder(b, x, form=rng.choice(["div", "split"]), tag="m" + str(i))
            factor_summary(b, x, pr)
            allp.append(pr)
        best = {}
        for pr in allp:
            for p, k in counts(pr).items():
                best[p] = max(best.get(p, 0), k)
        ps = sorted(best)
        terms = [pw(p, best[p]) if best[p] > 1 else Num(p) for p in ps]
        b.say(rng.choice(["Take each prime to the highest power that appears: ", "Highest powers: ",
                          "Use the largest power of each prime: "]), terms, ".")
        if len(terms) == 1:
            e = terms[0]
            if isinstance(e, Num):
                return int(e.v)
            return b.calc(e, lead="So the LCM is", label="LCM")
        expanded = [Num(int(ev(t))) for t in terms]
        chain = [mul(*expanded)] if any(best[p] > 1 for p in ps) and len(terms) > 1 else []
        return b.calc(mul(*terms), chain=chain, lead="Multiply", label="LCM",
                      post=rng.choice([None, "so the LCM is {v}"]))
    if method == "formula":
        a, c = nums
        g = gcd(a, c)
        b.p(rng.choice(["The GCF of {a} and {c} is {g}.", "First, GCF({a}, {c}) = {g}."]).format(a=a, c=c, g=g)
            if g > 1 else "{a} and {c} have no common factor except 1.".format(a=a, c=c))
        pr = b.calc(mul(a, c), lead="Multiply the two numbers", label="Product")
        L = b.calc(div(pr, g), lead="Divide by the GCF", label="LCM", post="so the LCM is {v}")
        return L
    # multiples of the larger
    big = max(nums)
    others = [x for x in nums if x != big]
    b.p(rng.choice(["List multiples of the largest number, {B}, until one works for the others too.",
                    "Count up by {B}s and test each multiple:"]).format(B=big))
    k = 1
    while True:
        m = b.calc(mul(big, k), lead="", label=str(k), group=("mb" + str(big), ("k", "Multiple", "Value"), ""))
        if m <= 0:
            raise Invalid("mb")
        if all(m % o == 0 for o in others):
            for o in others:
                b.eq([div(m, o), Num(m // o)], check=False, lead="")
            b.p(rng.choice(["{m} works for every number.", "So {m} is the first common multiple."]).format(
                m=comma(m)))
            return m
        bad = [o for o in others if m % o]
        b.p("{m} is not a multiple of {o}.".format(m=comma(m), o=and_list(bad)))
        k += 1
        if k > 12:
            raise Invalid("mb long")


# ----------------------------------------------------------------------------
# kinds
# ----------------------------------------------------------------------------
KINDS = []


def kind(name, phrasings, params, solve):
    KINDS.append(dict(name=name, phrasings=phrasings, params=params, solve=solve))


# 1. sum of factors ----------------------------------------------------------
def p_factor_sum(rng):
    while True:
        n = rng.randrange(12, 181)
        if 6 <= len(divisors(n)) <= 12:
            return dict(N=n)


def s_factor_sum(b, P, ph):
    rng = b.rng
    n = P["N"]
    b.p(rng.choice(["Find all the factor pairs of {n} by testing numbers from 1 up to the square root of {n}.",
                    "To list the factors of {n}, test each whole number up to √{n} and pair it with its partner.",
                    "Let's find the factors of {n} in pairs."]).format(n=n))
    r0 = isqrt(n)
    if r0 * r0 != n and rng.random() < 0.5:
        k = isqrt(n * 10 ** 6)  # floor(sqrt(n) * 1000)
        r2 = (k + 5) // 10  # rounded to 2 decimals
        b.p("Since √{n} ≈ {a}.{b:02d}, we only need to test 1 through {r}.".format(n=n, a=r2 // 100, b=r2 % 100, r=r0))
    elif r0 * r0 == n:
        b.p("{n} is a perfect square ({r} × {r} = {n}), so we test 1 through {r}.".format(n=n, r=r0))
    b.h("Find the factor pairs")
    r = isqrt(n)
    pairs = []
    skip = []
    for d in range(1, r + 1):
        if n % d:
            skip.append(d)
            continue
        if skip and rng.random() < 0.5:
            b.p(and_list(skip) + (" does" if len(skip) == 1 else " do") + " not divide " + str(n) + " evenly.")
        skip = []
        q = b.calc(div(n, d), lead="", label=str(d), group=("pairs", ("Test", "Division", "Partner"), "Test divisors:"),
                   post=rng.choice([None, "so " + str(d) + " and {v} are a factor pair"]))
        pairs.append((d, q))
    if r * r == n:
        b.p("{r} × {r} = {n}, so {r} pairs with itself — count it only once.".format(r=r, n=n)
            if rng.random() < 0.5 else "Since {r} is paired with itself, it only appears once in the list.".format(r=r))
    facs = sorted(set([d for d, _ in pairs] + [q for _, q in pairs]))
    b.lst("Factors of " + str(n), facs)
    b.h("Add them up")
    method = rng.randrange(3)
    if method == 0 or len(facs) <= 4:
        tot = b.calc(add(*facs), lead="Add all the factors", label="Sum")
    elif method == 1:
        ps = []
        for d, q in pairs:
            if d == q:
                ps.append(d)
                continue
            ps.append(b.calc(add(d, q), lead="", label="Pair " + str(d) + " and " + str(q)))
        tot = b.calc(add(*ps), lead="Add the pair sums", label="Total")
    else:
        run = facs[0]
        for f in facs[1:]:
            run = b.calc(add(run, f), lead="", label=None, group=("run", ("", "Running total", "Sum")))
        tot = run
    b.final(tot, ph["ans"])
    return tot


kind("factor_sum", [
    dict(q="What is the sum of all the factors of {N}?", ans="The sum of the factors of {N} is {v}."),
    dict(q="Lena writes every factor of {N} on its own card. What is the total of all the numbers on her cards?",
         ans="The cards add up to {v}."),
    dict(q="Find the sum of the divisors of {N}, including 1 and {N} itself.", ans="The divisors of {N} sum to {v}."),
    dict(q="A puzzle asks you to add up every whole number that divides {N} with no remainder. What total do you get?",
         ans="The total is {v}."),
    dict(q="Mr. Ortiz asks his class to list the factors of {N} and then add them. What should the sum be?",
         ans="The sum should be {v}."),
    dict(q="Add together all the positive factors of {N}. What do you get?", ans="All the factors of {N} add up to {v}."),
], p_factor_sum, s_factor_sum)


# 2. number of divisors ------------------------------------------------------
def p_divisor_count(rng):
    while True:
        a, c, e = rng.randrange(1, 6), rng.randrange(0, 4), rng.choice([0, 0, 0, 1])
        n = 2 ** a * 3 ** c * 5 ** e
        if c == 0 and e == 0:
            continue
        d = (a + 1) * (c + 1) * (e + 1)
        if 24 <= n <= 450 and 6 <= d <= 24:
            return dict(N=n)


def s_divisor_count(b, P, ph):
    rng = b.rng
    n = P["N"]
    b.p(ph.get("intro", "") or rng.choice([
        "The count equals the number of factors of {n}.".format(n=n),
        "Every valid choice corresponds to a factor of {n}, so we need to count the factors of {n}.".format(n=n)]))
    b.h("Prime factorization")
    primes = ladder(b, n, form=rng.choice(["div", "div", "split"]))
    factor_summary(b, n, primes)
    b.h("Use the exponents")
    c = counts(primes)
    ps = sorted(c)
    b.p(rng.choice(["Add 1 to each exponent and multiply.",
                    "If n = p^a × q^b, the number of factors is (a + 1)(b + 1).".replace("n =", "a number is")
                    if len(ps) == 2 else "Add 1 to each exponent and multiply the results.",
                    "The number of factors is the product of (exponent + 1) over all the primes."]))
    b.p("Exponents: " + ", ".join(str(c[p]) + " (for " + str(p) + ")" for p in ps) + ".")
    if len(ps) == 1:
        cnt = b.calc(add(c[ps[0]], 1), lead="Add 1 to the exponent", label="Number of factors")
    else:
        e = Par(add(c[ps[0]], 1))
        for p in ps[1:]:
            e = imul(e, Par(add(c[p], 1)))
        chain = [mul(*[c[p] + 1 for p in ps])]
        cnt = b.calc(e, chain=chain, lead="Number of factors", label="Number of factors")
    if rng.random() < 0.6:
        facs = divisors(n)
        if len(facs) == cnt:
            half = [(d, n // d) for d in facs if d * d <= n]
            b.p("Check by listing factor pairs: " + ", ".join(str(x) + " × " + str(y) for x, y in half) +
                (" — that's " if rng.random() < 0.5 else ", which gives ") + str(cnt) + " factors.")
    b.final(cnt, ph["ans"])
    return cnt


kind("divisor_count", [
    dict(q="How many factors does {N} have?", ans="{N} has {v} factors."),
    dict(q="A band director wants to set up {N} chairs in a rectangle with the same number of chairs in every row. "
           "A single row counts, and 4 rows of 6 is different from 6 rows of 4. How many different arrangements are possible?",
         ans="There are {v} possible arrangements.",
         intro="Each arrangement is (rows) × (chairs per row) = {N}, so the number of arrangements equals the number of factors of {N}."),
    dict(q="How many positive whole numbers divide {N} with no remainder?", ans="{v} positive whole numbers divide {N}."),
    dict(q="A coach has {N} players and wants to split them into teams of equal size (one big team or teams of 1 are allowed). "
           "How many different team sizes are possible?", ans="There are {v} possible team sizes."),
    dict(q="How many rectangles with whole-number side lengths and an area of {N} square units can be drawn, "
           "if a 2-by-6 rectangle and a 6-by-2 rectangle count as different?", ans="{v} rectangles can be drawn."),
], p_divisor_count, s_divisor_count)


# 3. prime factorization -----------------------------------------------------
def p_prime_fact(rng):
    while True:
        n = rng.randrange(30, 1000)
        f = factorize(n)
        if 3 <= len(f) <= 7 and len(set(f)) >= 2 and max(f) <= 97:
            return dict(N=n)


def s_prime_fact(b, P, ph):
    rng = b.rng
    n = P["N"]
    ask = ph["ask"]
    b.p(rng.choice(["Start by dividing {n} by the smallest prime that goes into it, and keep going.",
                    "Break {n} down into primes using repeated division.",
                    "Let's build the prime factorization of {n}."]).format(n=comma(n)))
    primes = ladder(b, n, form=rng.choice(["div", "div", "split"]))
    factor_summary(b, n, primes)
    if ask == "largest":
        v = max(primes)
        b.p(rng.choice(["The prime factors are " + and_list(sorted(set(primes))) + ".",
                        "The distinct primes are " + and_list(sorted(set(primes))) + "."]))
    elif ask == "distinct_sum":
        ds = sorted(set(primes))
        b.p("The distinct prime factors are " + and_list(ds) + ".")
        v = b.calc(add(*ds), lead="Add them", label="Sum", post=None)
    elif ask == "rep_sum":
        v = b.calc(add(*sorted(primes)), lead="Add all the prime factors, repeats included", label="Sum")
    else:  # count of primes with repetition
        b.p("Counting repeats, the primes at the bottom of the tree are " + and_list(sorted(primes)) + ".")
        c = counts(primes)
        if len(c) > 1 and rng.random() < 0.7:
            v = b.calc(add(*[c[p] for p in sorted(c)]), lead="Add the exponents", label="Count")
        else:
            v = len(primes)
    b.final(v, ph["ans"])
    return v


kind("prime_fact", [
    dict(q="What is the largest prime factor of {N}?", ask="largest", ans="The largest prime factor of {N} is {v}."),
    dict(q="Write {N} as a product of primes. What is the sum of its distinct prime factors?", ask="distinct_sum",
         ans="The distinct prime factors add up to {v}."),
    dict(q="Jamal draws a factor tree for {N}. How many prime numbers (counting repeats) end up at the bottom of his tree?",
         ask="count", ans="There are {v} primes at the bottom of the tree."),
    dict(q="A secret code is found by adding all the prime factors of {N}, counting repeated primes each time. What is the code?",
         ask="rep_sum", ans="The code is {v}."),
    dict(q="Find the prime factorization of {N}. What is the biggest prime in it?", ask="largest",
         ans="The biggest prime in the factorization is {v}."),
    dict(q="What do you get if you add up the different primes that divide {N}?", ask="distinct_sum",
         ans="The different primes add up to {v}."),
], p_prime_fact, s_prime_fact)


# 4. GCF kits ----------------------------------------------------------------
def p_gcf_pair(rng, lo=2, hi=9, gmin=3, gmax=18, maxv=160):
    while True:
        g = rng.randrange(gmin, gmax + 1)
        x, y = rng.randrange(lo, hi + 1), rng.randrange(lo, hi + 1)
        if x == y or gcd(x, y) != 1:
            continue
        a, c = g * x, g * y
        if a <= maxv and c <= maxv:
            return dict(a=a, c=c)


def s_gcf_kits(b, P, ph):
    rng = b.rng
    a, c = P["a"], P["c"]
    ask = ph["ask"]
    A, C, K = ph["A"], ph["C"], ph["K"]
    b.p(rng.choice(["The greatest number of identical {K} is the GCF of {a} and {c}.",
                    "Every {K1} must get the same number of each item with nothing left over, so the number of {K} "
                    "has to divide both {a} and {c}. The greatest such number is the GCF.",
                    "We need the greatest common factor (GCF) of {a} and {c}."]).format(K=K, K1=K[:-1] if K.endswith("s") else K, a=a, c=c))
    b.h("Find the GCF")
    method = rng.choice(["list", "prime", "euclid"])
    g = gcf_steps(b, a, c, method)
    if g < 1:
        raise Invalid("g")
    if ask == "G":
        b.eq([div(a, g), Num(a // g)], check=True, lead="", post=None) if a % g == 0 else None
        b.eq([div(c, g), Num(c // g)], check=True, lead="") if c % g == 0 else None
        b.final(g, ph["ans"])
        return g
    b.h("Items per " + ph["K1"])
    if a % g or c % g:
        raise Invalid("not exact")
    x = b.calc(div(a, g), lead="Divide the " + A + " among the " + K, label=A.capitalize() + " per " + ph["K1"],
               post="so each " + ph["K1"] + " gets {v} " + A)
    if ask == "x":
        b.final(x, ph["ans"])
        return x
    y = b.calc(div(c, g), lead="Divide the " + C + " among the " + K, label=C.capitalize() + " per " + ph["K1"],
               post="so each " + ph["K1"] + " gets {v} " + C)
    if ask == "y":
        b.final(y, ph["ans"])
        return y
    t = b.calc(add(x, y), lead="Add to get the total in each " + ph["K1"], label="Total per " + ph["K1"])
    b.final(t, ph["ans"])
    return t


kind("gcf_kits", [
    dict(q="Ms. Rivera has {a} pencils and {c} erasers. She wants to make identical supply kits using all of them, "
           "with nothing left over. What is the greatest number of kits she can make?", ask="G",
         A="pencils", C="erasers", K="kits", K1="kit", ans="She can make {v} kits."),
    dict(q="A florist has {a} roses and {c} tulips. She makes as many identical bouquets as possible using every flower. "
           "How many flowers are in each bouquet?", ask="xy", A="roses", C="tulips", K="bouquets", K1="bouquet",
         ans="Each bouquet has {v} flowers."),
    dict(q="For field day, {a} boys and {c} girls are split into the greatest possible number of identical teams, "
           "with every student on a team. How many girls are on each team?", ask="y", A="boys", C="girls",
         K="teams", K1="team", ans="Each team has {v} girls."),
    dict(q="Sam is packing {a} granola bars and {c} juice boxes into identical snack bags with none left over. "
           "If he makes as many bags as he can, how many granola bars go in each bag?", ask="x", A="granola bars",
         C="juice boxes", K="bags", K1="bag", ans="Each bag gets {v} granola bars."),
    dict(q="A baker has {a} chocolate chip cookies and {c} oatmeal cookies. She puts them on identical trays, using as many "
           "trays as possible and leaving no cookies out. How many cookies are on each tray?", ask="xy",
         A="chocolate chip cookies", C="oatmeal cookies", K="trays", K1="tray", ans="Each tray holds {v} cookies."),
    dict(q="A club has {a} red balloons and {c} blue balloons to tie into identical bunches with none left over. "
           "What is the greatest number of bunches they can make?", ask="G", A="red balloons", C="blue balloons",
         K="bunches", K1="bunch", ans="They can make {v} bunches."),
], lambda rng: p_gcf_pair(rng), s_gcf_kits)


# 5. GCF tiles ---------------------------------------------------------------
def s_gcf_tiles(b, P, ph):
    rng = b.rng
    a, c = P["a"], P["c"]
    U = ph["U"]
    b.p(rng.choice(["The side of the largest square that fits exactly along both edges is the GCF of {a} and {c}.",
                    "The square's side has to divide both {a} and {c}, and we want it as large as possible — that's the GCF.",
                    "Largest square means greatest common factor of the two side lengths."]).format(a=a, c=c))
    b.h("Find the GCF")
    g = gcf_steps(b, a, c, rng.choice(["list", "prime", "euclid"]))
    if ph["ask"] == "side":
        b.final(g, ph["ans"])
        return g
    b.h("Count the squares")
    if a % g or c % g:
        raise Invalid("tiles")
    x = b.calc(div(a, g), lead="Squares along the " + comma(a) + "-" + U + " side", label="Along the length",
               post=None)
    y = b.calc(div(c, g), lead="Squares along the " + comma(c) + "-" + U + " side", label="Along the width")
    t = b.calc(mul(x, y), lead="Total number of squares", label="Total", post=rng.choice([None, "so {v} squares in all"]))
    b.final(t, ph["ans"])
    return t


kind("gcf_tiles", [
    dict(q="A rectangular floor is {a} inches by {c} inches. It will be covered with the largest square tiles possible "
           "without cutting any tiles. How many tiles are needed?", ask="tiles", U="inch", ans="{v} tiles are needed."),
    dict(q="Priya has a sheet of paper {a} cm by {c} cm. She wants to cut it into the largest equal squares with no paper "
           "left over. How many squares will she get?", ask="tiles", U="cm", ans="She will get {v} squares."),
    dict(q="A garden measuring {a} ft by {c} ft is divided into equal square plots that are as large as possible. "
           "How long is the side of each plot, in feet?", ask="side", U="ft", ans="Each plot is {v} ft on a side."),
    dict(q="A quilt top is {a} inches long and {c} inches wide. It is made of identical square patches, as big as possible, "
           "with no gaps or overlaps. How many patches are there?", ask="tiles", U="inch", ans="The quilt has {v} patches."),
    dict(q="A sheet cake is {a} cm by {c} cm. The baker wants to cut it into the largest possible equal square pieces "
           "with nothing wasted. What is the side length of each piece in centimeters?", ask="side", U="cm",
         ans="Each piece is {v} cm on a side."),
], lambda rng: p_gcf_pair(rng, maxv=150), s_gcf_tiles)


# 6. GCF cut -----------------------------------------------------------------
def s_gcf_cut(b, P, ph):
    rng = b.rng
    a, c = P["a"], P["c"]
    T = ph["T"]
    b.p(rng.choice(["The longest equal piece length that works for both {T} is the GCF of {a} and {c}.",
                    "Each piece length must divide {a} and {c} exactly, so the longest possible length is GCF({a}, {c})."]
                   ).format(a=a, c=c, T=T))
    g = gcf_steps(b, a, c, rng.choice(["list", "prime", "euclid"]))
    if ph["ask"] == "len":
        b.final(g, ph["ans"])
        return g
    if a % g or c % g:
        raise Invalid("cut")
    x = b.calc(div(a, g), lead="Pieces from the first", label="First " + T[:-1], post="so {v} pieces")
    y = b.calc(div(c, g), lead="Pieces from the second", label="Second " + T[:-1], post="so {v} pieces")
    t = b.calc(add(x, y), lead="Total pieces", label="Total")
    b.final(t, ph["ans"])
    return t


kind("gcf_cut", [
    dict(q="Two ribbons are {a} cm and {c} cm long. Nora cuts both into pieces of equal length, as long as possible, "
           "with no ribbon wasted. How many pieces does she get in all?", ask="pieces", T="ribbons",
         ans="She gets {v} pieces in all."),
    dict(q="A carpenter has two boards, {a} inches and {c} inches long. He cuts them into equal pieces that are as long "
           "as possible with no waste. How long is each piece?", ask="len", T="boards", ans="Each piece is {v} inches long."),
    dict(q="Two ropes measure {a} feet and {c} feet. They are cut into the longest possible pieces of the same length, "
           "with nothing left over. How many pieces are there altogether?", ask="pieces", T="ropes",
         ans="There are {v} pieces altogether."),
    dict(q="Strips of fabric {a} cm and {c} cm long are cut into equal lengths with no scraps, using the longest length "
           "possible. What is that length in centimeters?", ask="len", T="strips", ans="The longest length is {v} cm."),
    dict(q="Two pipes, {a} inches and {c} inches long, are cut into sections of equal length as long as possible, "
           "with no waste. How many sections are made?", ask="pieces", T="pipes", ans="{v} sections are made."),
], lambda rng: p_gcf_pair(rng, maxv=150), s_gcf_cut)


# 7. LCM schedules -----------------------------------------------------------
def p_lcm_pair(rng, maxL=180):
    while True:
        p, q = rng.randrange(4, 31), rng.randrange(4, 31)
        if p >= q or gcd(p, q) == 1 and rng.random() < 0.6:
            continue
        L = lcm(p, q)
        if L in (p, q) or L > maxL:
            continue
        return dict(p=p, q=q, L=L)


def s_lcm_sched(b, P, ph):
    rng = b.rng
    p, q = P["p"], P["q"]
    U = ph["U"]
    b.p(rng.choice(["They line up again at a common multiple of {p} and {q}; the first time is the LCM.",
                    "We need the least common multiple (LCM) of {p} and {q}.",
                    "The next time both happen together is the smallest number that is a multiple of both {p} and {q}."]
                   ).format(p=p, q=q))
    meth = rng.choice(["list", "prime", "formula", "mb"])
    b.h("Find the LCM")
    L = lcm_steps(b, [p, q], meth)
    if L <= 0:
        raise Invalid("L")
    if ph["ask"] == "L":
        if rng.random() < 0.6:
            b.eq([div(L, p), Num(L // p)], check=True) if L % p == 0 else None
            b.eq([div(L, q), Num(L // q)], check=True) if L % q == 0 else None
        if ph.get("clock") and L < 60:
            b.p("Starting at 9:00, that is 9:{m:02d}.".format(m=L))
        b.final(L, ph["ans"])
        return L
    T = P["T"]
    b.h("Count the meetings")
    if T % L:
        raise Invalid("T%L")
    k = b.calc(div(T, L), lead="Divide the " + comma(T) + " " + U + " into blocks of " + comma(L),
               label="Times together", post="so they " + ph["verb"] + " together {v} times")
    b.final(k, ph["ans"])
    return k


def p_lcm_sched_T(rng):
    P = p_lcm_pair(rng, maxL=90)
    P["T"] = P["L"] * rng.randrange(3, 9)
    return P


kind("lcm_sched", [
    dict(q="Bus A leaves the station every {p} minutes and Bus B every {q} minutes. Both leave at 9:00 a.m. "
           "How many minutes will pass before they next leave together?", ask="L", U="minutes", clock=True,
         ans="They next leave together after {v} minutes."),
    dict(q="One lighthouse flashes every {p} seconds and another every {q} seconds. They just flashed at the same time. "
           "In how many seconds will they flash together again?", ask="L", U="seconds",
         ans="They flash together again in {v} seconds."),
    dict(q="Ali visits the library every {p} days and Bea every {q} days. They met there today. "
           "How many days from now will they both be at the library again?", ask="L", U="days",
         ans="They will both be there again in {v} days."),
    dict(q="Two runners start together. One laps the track every {p} minutes and the other every {q} minutes. "
           "After how many minutes are they both at the start line again?", ask="L", U="minutes",
         ans="They are both at the start line again after {v} minutes."),
    dict(q="A red light blinks every {p} seconds and a green light blinks every {q} seconds. They blink together at the start. "
           "How many more times will they blink together in the next {T} seconds?", ask="times", U="seconds",
         verb="blink", ans="They blink together {v} more times."),
    dict(q="Two alarms go off together at midnight. One rings every {p} minutes and the other every {q} minutes. "
           "How many more times do they ring together during the next {T} minutes?", ask="times", U="minutes",
         verb="ring", ans="They ring together {v} more times."),
], None, s_lcm_sched)
KINDS[-1]["params_by_ask"] = {"L": lambda rng: p_lcm_pair(rng), "times": p_lcm_sched_T}


# 8. LCM buying --------------------------------------------------------------
def p_lcm_buy(rng):
    while True:
        p, q = rng.randrange(4, 21), rng.randrange(4, 21)
        if p == q:
            continue
        L = lcm(p, q)
        if L in (p, q) or L > 120:
            continue
        return dict(p=p, q=q)


def s_lcm_buy(b, P, ph):
    rng = b.rng
    p, q = P["p"], P["q"]
    A, C = ph["A"], ph["C"]
    b.p(rng.choice(["To have the same number of {A} and {C}, the total must be a common multiple of {p} and {q}. "
                    "The fewest is the LCM.",
                    "We want the least common multiple of {p} and {q}."]).format(A=A, C=C, p=p, q=q))
    L = lcm_steps(b, [p, q], rng.choice(["list", "prime", "formula", "mb"]))
    if ph["ask"] == "items":
        b.final(L, ph["ans"])
        return L
    if L % p or L % q:
        raise Invalid("buy")
    x = b.calc(div(L, p), lead="Packages of " + A, label="Packs of " + A, post="so {v} packs of " + A)
    if ph["ask"] == "packs_a":
        b.final(x, ph["ans"])
        return x
    y = b.calc(div(L, q), lead="Packages of " + C, label="Packs of " + C, post="so {v} packs of " + C)
    t = b.calc(add(x, y), lead="Total packages", label="Total packs")
    b.final(t, ph["ans"])
    return t


kind("lcm_buy", [
    dict(q="Hot dogs come in packs of {p} and buns come in packs of {q}. What is the fewest total number of packs "
           "Dad can buy to have the same number of hot dogs and buns?", ask="packs_total", A="hot dogs", C="buns",
         ans="He needs {v} packs in total."),
    dict(q="Paper plates are sold in packages of {p} and cups in packages of {q}. Mia wants exactly the same number of "
           "plates and cups. What is the smallest number of plates she can buy?", ask="items", A="plates", C="cups",
         ans="The smallest number of plates is {v}."),
    dict(q="Juice boxes come {p} to a case and straws come {q} to a bag. How many cases of juice boxes must the coach buy "
           "to have equal numbers of juice boxes and straws, using as few as possible?", ask="packs_a", A="juice boxes",
         C="straws", ans="The coach must buy {v} cases."),
    dict(q="Stickers come in sheets of {p} and stars come in packs of {q}. Leo wants the same number of stickers and stars, "
           "as few as possible. How many sheets and packs does he buy altogether?", ask="packs_total", A="stickers",
         C="stars", ans="He buys {v} sheets and packs altogether."),
    dict(q="Red beads are sold in bags of {p} and blue beads in bags of {q}. Ana wants the same number of each color. "
           "What is the least number of red beads she can buy?", ask="items", A="red beads", C="blue beads",
         ans="The least number is {v} red beads."),
], p_lcm_buy, s_lcm_buy)


# 9. LCM of three ------------------------------------------------------------
def p_lcm_three(rng):
    while True:
        xs = sorted(rng.sample(range(2, 16), 3))
        L = lcm(lcm(xs[0], xs[1]), xs[2])
        if L > 180 or L in xs or L < 20:
            continue
        return dict(x=xs[0], y=xs[1], z=xs[2], L=L)


def p_lcm_three_T(rng):
    P = p_lcm_three(rng)
    P["T"] = P["L"] * rng.randrange(2, 7)
    return P


def s_lcm_three(b, P, ph):
    rng = b.rng
    xs = [P["x"], P["y"], P["z"]]
    b.p(rng.choice(["We need the LCM of {a}, {b} and {c}.",
                    "All three line up again at the least common multiple of {a}, {b} and {c}."]).format(
        a=xs[0], b=xs[1], c=xs[2]))
    meth = rng.choice(["prime", "pairwise", "mb"])
    if meth == "pairwise":
        l1 = lcm(xs[0], xs[1])
        g1 = gcd(xs[0], xs[1])
        b.p("Do it two at a time. GCF({a}, {c}) = {g}.".format(a=xs[0], c=xs[1], g=g1))
        pr = b.calc(mul(xs[0], xs[1]), lead="Multiply", label="Product")
        l1 = b.calc(div(pr, g1), lead="Divide by the GCF", label="LCM(" + str(xs[0]) + ", " + str(xs[1]) + ")",
                    post="so LCM(" + str(xs[0]) + ", " + str(xs[1]) + ") = {v}")
        if l1 <= 0:
            raise Invalid("l1")
        g2 = gcd(l1, xs[2])
        b.p("Now combine {l} with {c}: GCF({l}, {c}) = {g}.".format(l=l1, c=xs[2], g=g2))
        pr2 = b.calc(mul(l1, xs[2]), lead="Multiply", label="Product")
        L = b.calc(div(pr2, g2), lead="Divide by the GCF", label="LCM", post="so the LCM is {v}")
    else:
        L = lcm_steps(b, xs, meth)
    if ph["ask"] == "L":
        b.final(L, ph["ans"])
        return L
    T = P["T"]
    if T % L:
        raise Invalid("T")
    k = b.calc(div(T, L), lead="Number of times in " + comma(T) + " " + ph["U"], label="Times")
    b.final(k, ph["ans"])
    return k


kind("lcm_three", [
    dict(q="Three lights blink every {x}, {y} and {z} seconds. They all blink together right now. "
           "After how many seconds will they next all blink together?", ask="L", U="seconds",
         ans="They all blink together again after {v} seconds."),
    dict(q="Three bells ring every {x}, {y} and {z} minutes. They ring together at noon. "
           "How many minutes until they next ring together?", ask="L", U="minutes",
         ans="They next ring together in {v} minutes."),
    dict(q="Three friends visit the park every {x}, {y} and {z} days. They are all there today. "
           "In how many days will all three be there on the same day again?", ask="L", U="days",
         ans="All three will be there again in {v} days."),
    dict(q="Three sprinklers turn on every {x}, {y} and {z} minutes. They all started together. "
           "How many more times will all three turn on together in the next {T} minutes?", ask="times", U="minutes",
         ans="All three turn on together {v} more times."),
    dict(q="Three gears click every {x}, {y} and {z} seconds, starting together. How many more times do all three click "
           "at the same moment in the next {T} seconds?", ask="times", U="seconds",
         ans="They click together {v} more times."),
], None, s_lcm_three)
KINDS[-1]["params_by_ask"] = {"L": p_lcm_three, "times": p_lcm_three_T}


# 10. GCF x LCM = product ----------------------------------------------------
def p_gcf_lcm_other(rng):
    while True:
        g = rng.randrange(2, 13)
        x, y = rng.randrange(2, 10), rng.randrange(2, 10)
        if x == y or gcd(x, y) != 1:
            continue
        a, c = g * x, g * y
        if a > 120 or c > 120:
            continue
        return dict(g=g, l=g * x * y, a=a, c=c)


def s_gcf_lcm_other(b, P, ph):
    rng = b.rng
    g, l, a = P["g"], P["l"], P["a"]
    b.p(rng.choice(["For any two whole numbers, GCF × LCM = (first number) × (second number).",
                    "Use the fact that the product of two numbers equals the product of their GCF and LCM.",
                    "Key fact: GCF(a, b) × LCM(a, b) = a × b."]))
    pr = b.calc(mul(g, l), lead="Multiply the GCF and the LCM", label="GCF × LCM", post="so the two numbers multiply to {v}")
    o = b.calc(div(pr, a), lead="Divide by the number we know", label="Other number",
               post="so the other number is {v}")
    if o <= 0:
        raise Invalid("o")
    if rng.random() < 0.7:
        b.eq([Fn("GCF", [Num(a), Num(o)]), Num(g)], check=True) if isinstance(o, int) else None
        b.eq([Fn("LCM", [Num(a), Num(o)]), Num(l)], check=True) if isinstance(o, int) else None
    b.final(o, ph["ans"])
    return o


kind("gcf_lcm_other", [
    dict(q="The GCF of two numbers is {g} and their LCM is {l}. One of the numbers is {a}. What is the other number?",
         ans="The other number is {v}."),
    dict(q="Two numbers have a greatest common factor of {g} and a least common multiple of {l}. If one number is {a}, "
           "find the other.", ans="The other number is {v}."),
    dict(q="Kai picks two numbers. Their GCF is {g}, their LCM is {l}, and one of them is {a}. What is Kai's other number?",
         ans="Kai's other number is {v}."),
    dict(q="The highest common factor of two whole numbers is {g}, and their lowest common multiple is {l}. One number is {a}. "
           "What is the second number?", ans="The second number is {v}."),
    dict(q="Nina is thinking of two numbers. Their GCF is {g} and their LCM is {l}. If one of them is {a}, what is the other?",
         ans="Nina's other number is {v}."),
], p_gcf_lcm_other, s_gcf_lcm_other)
