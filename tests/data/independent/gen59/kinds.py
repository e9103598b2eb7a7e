"""Problem structures (kinds) of the growth / decay / powers genre.

Each kind: phrasings (6 each), gen(rng, ph) -> params, solve(R, p, ph), truth(p, ph) -> Decimal.
solve() may only branch on given parameters (never on computed values), so the correct, slip and
carry renderings of one problem have the same shape.
"""
from decimal import Decimal as D
from core import (Val, G, GM, GP, V, Mul, Div, Add, Sub, Pow, Sqrt, Cbrt, Par, Frac, PctOf, q, ndec,
                  Invalid)

SUPD = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def n_(x):
    x = D(str(x))
    return format(x, f",.{ndec(x)}f")


def m_(x):
    x = D(str(x))
    return "$" + format(x, ",.0f" if x == x.to_integral_value() else ",.2f")


def pw_txt(b, e, mode):
    if mode == "sup":
        return f"{b}{str(e).translate(SUPD)}"
    return f"{b}^{e}"


def sci_txt(m, e, mode):
    if mode == "sup":
        return f"{n_(m)} × 10{str(e).translate(SUPD)}"
    if mode == "e":
        return f"{n_(m)}e{e}"
    return f"{n_(m)} × 10^{e}"


def gval(x, kind=None):
    return G(x, kind)[1]


def mval(x):
    return GM(x)[1]


def choose_dp(exact_pow, target_fn, truth, lo=4, hi=12):
    """Smallest number of decimals for a rounded power such that the written chain still gives truth."""
    if ndec(exact_pow) <= 8:
        return None
    for d in range(lo, hi + 1):
        r = q(exact_pow, d)
        try:
            if target_fn(r) == truth:
                return d
        except Invalid:
            pass
    return hi + 4


KINDS = {}


def kind(name):
    def deco(f):
        KINDS[name] = f()
        return f
    return deco


# =============================================================== doubling bacteria
@kind("bacteria")
def _():
    ph = [
        dict(t="A culture of bacteria starts with {N0} cells and doubles every {T} minutes. How many bacteria will there be after {H} hours?", hours=1, unit="bacteria"),
        dict(t="A scientist places {N0} bacteria in a petri dish. The population doubles every {T} minutes. How many bacteria are in the dish after {H} hours?", hours=1, unit="bacteria"),
        dict(t="Yeast cells in a batch of dough double every {T} minutes. If there are {N0} cells at the start, how many cells are there {H} hours later?", hours=1, unit="cells"),
        dict(t="A sample contains {N0} bacteria. The number of bacteria doubles every {T} minutes. How many bacteria will there be after {M} minutes?", hours=0, unit="bacteria"),
        dict(t="Lena is growing bacteria for a science fair. She starts with {N0} bacteria, and the count doubles every {T} minutes. How many bacteria will she have after {H} hours?", hours=1, unit="bacteria"),
        dict(t="A colony of {N0} cells doubles in size every {T} minutes. How many cells will the colony have after {M} minutes?", hours=0, unit="cells"),
    ]

    def gen(r, ph):
        N0 = r.choice([50, 75, 100, 120, 150, 200, 250, 300, 400, 500, 600, 750, 800, 1000, 1500, 2000])
        if ph["hours"]:
            H = r.choice([1, 2, 3])
            T = r.choice([t for t in [10, 12, 15, 20, 30, 60] if 60 * H % t == 0 and 3 <= 60 * H // t <= 10])
            n = 60 * H // T
            return dict(N0=N0, T=T, H=H, n=n, M=60 * H)
        T = r.choice([10, 15, 20, 25, 30, 40, 45])
        n = r.randint(3, 9)
        return dict(N0=N0, T=T, n=n, M=n * T, H=0)

    def text(p, ph):
        return ph["t"].format(N0=n_(p["N0"]), T=p["T"], H=p["H"], M=n_(p["M"]))

    def solve(R, p, ph):
        u = ph["unit"]
        R.text([f"The {u} double every {p['T']} minutes, so we need to know how many {p['T']}-minute periods fit into the time.",
                f"Each doubling period is {p['T']} minutes long."])
        if ph["hours"]:
            mins = R.calc(Mul(G(p["H"]), G(60)), "int", "total time in minutes", unit="minutes")
        else:
            mins = gval(p["M"])
        n = R.calc(Div(V(mins), G(p["T"])), "int", "number of doubling periods",
                   after="the population doubles {v} times")
        s = R.pick("s", ["pow", "pow", "chain"] if p["n"] <= 6 else ["pow"])
        if s == "pow":
            f = R.calc(Pow(G(2), V(n)), "int", "growth factor")
            tot = R.calc(Mul(G(p["N0"]), V(f)), "int", f"number of {u}", unit=u)
            R.check(Div(V(tot), V(f)), ("dec", 4))
        else:
            tot = R.series_mul(gval(p["N0"]), G(2), n.v, "int", "Doubling", f"number of {u}", unit=u,
                               chain_ok=True)
        tt = f"{p['H']} hour{'s' if p['H'] > 1 else ''}" if ph["hours"] else f"{n_(p['M'])} minutes"
        R.final(tot, f"after {tt} there will be {{v}} {u}")

    def truth(p, ph):
        return D(p["N0"] * 2 ** p["n"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["The population doubles over and over, so this is a powers-of-2 problem."])


# =============================================================== repeated halving
@kind("halving")
def _():
    ph = [
        dict(t="A tank holds {A} liters of water. Each day, half of the water that is left drains out. How many liters are left after {n} days?", unit="liters", rw="Day", lab="amount of water"),
        dict(t="A store cuts the price of a {A} TV in half every month that it doesn't sell. What is the price after {n} months?", money=1, unit="", rw="Month", lab="price"),
        dict(t="Jamal has {A} marbles. Every week he gives away half of the marbles he has left. How many marbles does he have after {n} weeks?", unit="marbles", rw="Week", lab="number of marbles"),
        dict(t="A photo file is {A} KB. Each time it is compressed, its size is cut in half. What is its size after {n} compressions?", unit="KB", rw="Compression", lab="file size"),
        dict(t="An ice sculpture loses half of its remaining weight every hour. It starts at {A} pounds. How much does it weigh after {n} hours?", unit="pounds", rw="Hour", lab="weight"),
        dict(t="A bakery has {A} cookies. Each hour, half of the cookies that are left get sold. How many cookies are left after {n} hours?", unit="cookies", rw="Hour", lab="number of cookies"),
    ]

    def gen(r, ph):
        n = r.randint(3, 6)
        base = r.choice([3, 5, 6, 7, 9, 10, 12, 15, 20, 25, 30] if not ph.get("money") else [5, 6, 7, 9, 10, 12, 15, 20, 25])
        return dict(n=n, A=base * 2 ** n)

    def text(p, ph):
        return ph["t"].format(A=m_(p["A"]) if ph.get("money") else n_(p["A"]), n=p["n"])

    def solve(R, p, ph):
        mk = mval if ph.get("money") else gval
        fmt = "money" if ph.get("money") else "int"
        s = R.pick("s", ["chain", "pow", "rows"])
        if s == "pow":
            R.text([f"Halving {p['n']} times is the same as dividing by 2 a total of {p['n']} times.",
                    "Each halving divides by 2, so we divide by a power of 2."])
            f = R.calc(Pow(G(2), G(p["n"])), "int", "total division factor")
            res = R.calc(Div(V(mk(p["A"])), V(f)), fmt, ph["lab"] + " at the end", unit=ph["unit"])
            R.check(Mul(V(res), V(f)), fmt)
        else:
            res = R.series_mul(mk(p["A"]), G(2), p["n"], fmt, ph["rw"], ph["lab"], unit=ph["unit"], op="div",
                               chain_ok=(s == "chain"))
        u = (" " + ph["unit"]) if ph["unit"] else ""
        R.final(res, f"after {p['n']} halvings the {ph['lab']} is {{v}}{u}")

    def truth(p, ph):
        return D(p["A"]) / 2 ** p["n"]
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["Each step cuts the amount in half."])


# =============================================================== half-life (time given)
@kind("halflife")
def _():
    ph = [
        dict(t="A radioactive isotope has a half-life of {h} years. If a lab starts with {M} grams, how many grams remain after {t} years?", unit="grams", tu="years", hs=[3, 5, 6, 8, 10, 12, 20, 25, 30]),
        dict(t="Iodine-131 has a half-life of about 8 days. A hospital receives a {M} mg sample. How many milligrams are left after {t} days?", unit="mg", tu="days", hs=[8]),
        dict(t="Suppose caffeine has a half-life of {h} hours in the body. If you drink a coffee with {M} mg of caffeine, how much caffeine is left after {t} hours?", unit="mg", tu="hours", hs=[4, 5, 6]),
        dict(t="A medicine has a half-life of {h} hours. A patient is given a {M} mg dose. How many milligrams remain in the patient's body after {t} hours?", unit="mg", tu="hours", hs=[2, 3, 4, 6, 8]),
        dict(t="Carbon-14 has a half-life of about 5,730 years. A sample started with {M} grams of carbon-14. How much is left after {t} years?", unit="grams", tu="years", hs=[5730]),
        dict(t="A sample of a radioactive substance weighs {M} grams and has a half-life of {h} minutes. What mass remains after {t} minutes?", unit="grams", tu="minutes", hs=[10, 15, 20, 30]),
    ]

    def gen(r, ph):
        while True:
            n = r.randint(2, 5)
            h = r.choice(ph["hs"])
            M = r.choice([40, 64, 80, 96, 100, 120, 160, 200, 240, 250, 300, 320, 400, 500, 640, 800, 1000])
            if ndec(D(M) / 2 ** n) <= 4:
                return dict(n=n, h=h, M=M, t=n * h)

    def text(p, ph):
        return ph["t"].format(h=n_(p["h"]), M=n_(p["M"]), t=n_(p["t"]))

    def solve(R, p, ph):
        R.text([f"A half-life of {n_(p['h'])} {ph['tu']} means the amount is cut in half every {n_(p['h'])} {ph['tu']}.",
                "After each half-life, half of the substance is left."])
        n = R.calc(Div(G(p["t"]), G(p["h"])), "int", "number of half-lives", after="{v} half-lives pass")
        s = R.pick("s", ["frac", "div", "chain"])
        if s == "frac":
            fac = R.calc(Pow(Par(Frac(1, 2)), V(n)), ("dec", 8), "fraction remaining")
            rem = R.calc(Mul(G(p["M"]), V(fac)), ("dec", 4), "amount remaining", unit=ph["unit"])
        elif s == "div":
            f = R.calc(Pow(G(2), V(n)), "int", "halving factor")
            rem = R.calc(Div(G(p["M"]), V(f)), ("dec", 4), "amount remaining", unit=ph["unit"])
        else:
            rem = R.series_mul(gval(p["M"]), G(2), n.v, ("dec", 4), "Half-life", "amount", unit=ph["unit"],
                               op="div", chain_ok=(p["M"] % 2 ** p["n"] == 0))
        R.final(rem, f"after {n_(p['t'])} {ph['tu']}, {{v}} {ph['unit']} remain")

    def truth(p, ph):
        return D(p["M"]) / 2 ** p["n"]
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["This is a half-life problem, so we count how many half-lives pass."])


# =============================================================== half-life (find the time)
@kind("halflife_time")
def _():
    ph = [
        dict(t="A radioactive substance has a half-life of {h} years. How many years will it take for {M} grams to decay to {F} grams?", tu="years", hs=[4, 5, 8, 10, 15, 25, 30]),
        dict(t="A {M} mg dose of a drug has a half-life of {h} hours. After how many hours will only {F} mg remain?", tu="hours", hs=[2, 3, 4, 5, 6, 8]),
        dict(t="The half-life of a certain isotope is {h} days. How long until a {M}-gram sample has only {F} grams left?", tu="days", hs=[3, 5, 6, 7, 9, 14]),
        dict(t="A lab has {M} grams of an isotope with a half-life of {h} minutes. How many minutes until just {F} grams are left?", tu="minutes", hs=[10, 12, 15, 20, 45]),
        dict(t="Tritium has a half-life of about 12 years. How many years until {M} grams of tritium decays to {F} grams?", tu="years", hs=[12]),
        dict(t="The number of fish in a polluted pond halves every {h} months. How many months until the {M} fish drop to {F}?", tu="months", hs=[2, 3, 4, 6]),
    ]

    def gen(r, ph):
        n = r.randint(2, 6)
        F = r.choice([1, 2, 3, 5, 6, 10, 12, 15, 20, 25])
        return dict(n=n, F=F, M=F * 2 ** n, h=r.choice(ph["hs"]))

    def text(p, ph):
        return ph["t"].format(h=n_(p["h"]), M=n_(p["M"]), F=n_(p["F"]))

    def solve(R, p, ph):
        ratio = R.calc(Div(G(p["M"]), G(p["F"])), "int", "ratio of start to end", nfc=True,
                       after="the amount has to shrink by a factor of {v}")
        R.calc(Pow(G(2), G(p["n"])), "int", "number of half-lives", nf=True,
               after=f"so it takes {p['n']} half-lives")
        t = R.calc(Mul(G(p["n"]), G(p["h"])), "int", "total time", unit=ph["tu"])
        R.final(t, f"it takes {{v}} {ph['tu']}")

    def truth(p, ph):
        return D(p["n"] * p["h"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We need the number of half-lives that turns the start amount into the end amount."])


# =============================================================== compound interest (formula)
def _compound_common(R, p, intro=True):
    P, r, n = p["P"], D(str(p["r"])), p["n"]
    if intro:
        R.text(["We use the compound interest formula A = P(1 + r)^t.",
                "For interest compounded once a year, A = P × (1 + r)^n.",
                "Each year the balance is multiplied by 1 + r, so after n years it is P(1 + r)^n."])
    fac = R.calc(Add(G(1), ("pct", Val(r, "dec"))), ("dec", 6), "yearly growth factor")
    ex = (1 + r / 100) ** n
    truthA = q(P * ex, 2)
    d = choose_dp(ex, lambda x: q(P * x, 2), truthA)
    fmt = ("dec", 8) if d is None else ("dec", d)
    pw = R.calc(Pow(V(fac), G(n)), fmt, f"growth factor over {n} years")
    A = R.calc(Mul(GM(P), V(pw)), "money", f"balance after {n} years")
    return A


@kind("compound")
def _():
    ph = [
        dict(t="Maria deposits {P} in a savings account that pays {r}% interest compounded annually. How much will be in the account after {n} years? Round to the nearest cent.", ask="A"),
        dict(t="An investment of {P} grows at {r}% per year, compounded yearly. What is it worth after {n} years (to the nearest cent)?", ask="A"),
        dict(t="You put {P} into a certificate of deposit earning {r}% annual interest, compounded once a year. How much interest will you have earned after {n} years? Round to the nearest cent.", ask="I"),
        dict(t="Grandpa invests {P} for his granddaughter at {r}% compounded annually. How much will the account hold in {n} years? Give the answer to the nearest cent.", ask="A"),
        dict(t="A loan of {P} charges {r}% interest compounded annually, and no payments are made. How much is owed after {n} years? Round to the nearest cent.", ask="A"),
        dict(t="A college fund starts with {P} and earns {r}% compounded annually. How much interest does it earn in {n} years? Round to the nearest cent.", ask="I"),
    ]

    def gen(r, ph):
        return dict(P=r.choice([500, 750, 1000, 1200, 1500, 2000, 2500, 3000, 4000, 5000, 8000, 10000, 12000, 15000, 20000]),
                    r=r.choice([2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 10]), n=r.randint(2, 10))

    def text(p, ph):
        return ph["t"].format(P=m_(p["P"]), r=p["r"], n=p["n"])

    def solve(R, p, ph):
        A = _compound_common(R, p)
        if ph["ask"] == "I":
            I = R.calc(Sub(V(A), GM(p["P"])), "money", "interest earned")
            R.final(I, f"the interest earned after {p['n']} years is {{v}}")
        else:
            R.check(Sub(V(A), GM(p["P"])), "money", label="interest")
            R.final(A, f"after {p['n']} years the amount is {{v}}")

    def truth(p, ph):
        A = q(p["P"] * (1 + D(str(p["r"])) / 100) ** p["n"], 2)
        return A - p["P"] if ph["ask"] == "I" else A
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["This is compound interest, compounded once per year."])


# =============================================================== compound interest table
@kind("compound_table")
def _():
    ph = [
        dict(t="Sam deposits {P} in an account that pays {r}% interest at the end of each year. The bank rounds the interest to the nearest cent each year. What is the balance after {n} years?", ask="A"),
        dict(t="A savings account starts with {P} and earns {r}% annual interest, compounded yearly (interest is rounded to the nearest cent each year). Make a year-by-year table and find the balance after {n} years.", ask="A"),
        dict(t="Priya invests {P} at {r}% per year, compounded annually. Interest is credited at the end of each year and rounded to the nearest cent. How much total interest has she earned after {n} years?", ask="I"),
        dict(t="A bond fund worth {P} grows by {r}% each year. Rounding to the nearest cent each year, what is it worth after {n} years?", ask="A"),
        dict(t="Leo's parents open an account with {P}. It earns {r}% interest each year, added at the end of the year and rounded to the cent. What is the balance at the end of year {n}?", ask="A"),
        dict(t="An account holds {P} and earns {r}% interest per year compounded annually, with interest rounded to the nearest cent each year. How much interest is earned over {n} years?", ask="I"),
    ]

    def gen(r, ph):
        return dict(P=r.choice([400, 500, 800, 1000, 1250, 1500, 2000, 2400, 3000, 5000, 6000, 7500, 10000]),
                    r=r.choice([2, 3, 3.5, 4, 4.5, 5, 6, 7, 8]), n=r.randint(2, 5))

    def text(p, ph):
        return ph["t"].format(P=m_(p["P"]), r=p["r"], n=p["n"])

    def solve(R, p, ph):
        R.text([f"Each year the interest is {p['r']}% of the balance at the start of that year.",
                "Interest is added at the end of each year, so the next year's interest is figured on the new balance."])
        fin = R.series_pct(mval(p["P"]), p["r"], p["n"], "money", "Year", "balance", colname="interest")
        if ph["ask"] == "I":
            I = R.calc(Sub(V(fin), GM(p["P"])), "money", "total interest")
            R.final(I, f"the total interest earned over {p['n']} years is {{v}}")
        else:
            R.final(fin, f"the balance after {p['n']} years is {{v}}")

    def truth(p, ph):
        b = D(p["P"])
        for _ in range(p["n"]):
            b = b + q(b * D(str(p["r"])) / 100, 2)
        return b - p["P"] if ph["ask"] == "I" else b
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We'll go year by year, adding the interest each time."])


# =============================================================== depreciation table
@kind("depr_table")
def _():
    ph = [
        dict(t="A new car costs {V}. Its value drops by {p}% each year. What is the car worth after {n} years? (Round to the nearest cent each year if needed.)", vals=[18000, 20000, 22500, 24000, 25000, 28000, 30000, 32000], ask="V"),
        dict(t="A laptop bought for {V} loses {p}% of its value every year. Find its value after {n} years, rounding to the nearest cent each year.", vals=[800, 900, 1100, 1200, 1350, 1500, 2000], ask="V"),
        dict(t="A farm tractor is worth {V}. Each year it depreciates by {p}% of its value at the start of that year. What is it worth after {n} years? Round to the cent each year.", vals=[40000, 45000, 48000, 52000, 60000, 75000], ask="V"),
        dict(t="A company buys a machine for {V}. It depreciates {p}% per year. Make a table of its value for each year. What is the value at the end of year {n}? (Round to the nearest cent each year.)", vals=[6000, 8000, 9500, 12000, 15000, 16000], ask="V"),
        dict(t="A boat worth {V} loses {p}% of its value each year. How much value has it lost in total after {n} years? Round each year's value to the nearest cent.", vals=[9000, 12000, 14000, 16000, 18500, 21000], ask="L"),
        dict(t="Dev's phone cost {V}. It loses {p}% of its value each year. What is it worth after {n} years, to the nearest cent (rounding each year)?", vals=[600, 750, 840, 960, 1000, 1200], ask="V"),
    ]

    def gen(r, ph):
        return dict(V=r.choice(ph["vals"]), p=r.choice([10, 12, 15, 20, 25, 30]), n=r.randint(2, 4))

    def text(p, ph):
        return ph["t"].format(V=m_(p["V"]), p=p["p"], n=p["n"])

    def solve(R, p, ph):
        R.text([f"Each year the value goes down by {p['p']}% of what it was worth at the start of that year.",
                "Depreciation is taken on the current value each year, not on the original price."])
        fin = R.series_pct(mval(p["V"]), p["p"], p["n"], "money", "Year", "value", sign=-1, colname="depreciation")
        if ph["ask"] == "L":
            L = R.calc(Sub(GM(p["V"]), V(fin)), "money", "total loss in value")
            R.final(L, f"the boat loses {{v}} in value over {p['n']} years")
        else:
            R.final(fin, f"after {p['n']} years it is worth {{v}}")

    def truth(p, ph):
        b = D(p["V"])
        for _ in range(p["n"]):
            b = b - q(b * p["p"] / D(100), 2)
        return p["V"] - b if ph["ask"] == "L" else b
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We'll apply the depreciation one year at a time."])


# =============================================================== depreciation formula
@kind("depr_formula")
def _():
    ph = [
        dict(t="A car is bought for {V} and loses {p}% of its value every year. Using V = P(1 - r)^t, what is the car worth after {n} years? Round to the nearest dollar."),
        dict(t="A piece of equipment worth {V} depreciates by {p}% per year. Find its value after {n} years to the nearest dollar."),
        dict(t="A motorcycle costs {V} new. If it loses {p}% of its value each year, what will it be worth in {n} years? Round to the nearest dollar."),
        dict(t="The value of a {V} computer decreases by {p}% each year. What is it worth after {n} years, to the nearest dollar?"),
        dict(t="A delivery van worth {V} depreciates {p}% annually. How much is it worth after {n} years? (Round to the nearest dollar.)"),
        dict(t="A {V} piano loses {p}% of its value per year. What is its value after {n} years? Round to the nearest dollar."),
    ]

    def gen(r, ph):
        return dict(V=r.choice([1500, 2400, 3600, 5000, 8500, 12000, 15000, 18000, 22000, 27500, 32000, 45000]),
                    p=r.choice([8, 10, 12, 15, 18, 20, 25]), n=r.randint(2, 7))

    def text(p, ph):
        return ph["t"].format(V=m_(p["V"]), p=p["p"], n=p["n"])

    def solve(R, p, ph):
        R.text(["Losing a fixed percent each year means multiplying by (1 - r) once per year.",
                "We use V = P(1 - r)^t with r written as a decimal."])
        dec = R.calc(Sub(G(1), ("pct", Val(D(p["p"]), "dec"))), ("dec", 4), "yearly decay factor")
        ex = (1 - D(p["p"]) / 100) ** p["n"]
        tr = q(p["V"] * ex, 0)
        d = choose_dp(ex, lambda x: q(p["V"] * x, 0), tr)
        pw = R.calc(Pow(V(dec), G(p["n"])), ("dec", 8) if d is None else ("dec", d),
                    f"decay factor over {p['n']} years")
        val = R.calc(Mul(GM(p["V"]), V(pw)), "money0", f"value after {p['n']} years")
        R.final(val, f"after {p['n']} years it is worth about {{v}}")

    def truth(p, ph):
        return q(p["V"] * (1 - D(p["p"]) / 100) ** p["n"], 0)
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["This is exponential decay: the value is multiplied by the same factor every year."])


# =============================================================== population growth (formula)
@kind("pop_formula")
def _():
    ph = [
        dict(t="A town has {P0} residents, and its population grows by {r}% each year. What will the population be after {n} years? Round to the nearest whole number.", unit="people"),
        dict(t="A city of {P0} people is growing at {r}% per year. Estimate its population in {n} years, rounded to the nearest person.", unit="people"),
        dict(t="There are {P0} deer in a forest, and the herd grows {r}% per year. How many deer will there be after {n} years? Round to the nearest whole deer.", unit="deer"),
        dict(t="A school district's enrollment is {P0} students and increases by {r}% every year. How many students will be enrolled in {n} years (nearest whole number)?", unit="students"),
        dict(t="A rabbit population of {P0} grows by {r}% annually. What is the population after {n} years? Round to the nearest whole number.", unit="rabbits"),
        dict(t="A website has {P0} members, and membership grows {r}% each year. How many members will it have after {n} years, to the nearest whole number?", unit="members"),
    ]

    def gen(r, ph):
        return dict(P0=r.choice([1200, 2500, 4000, 5000, 6400, 8000, 12000, 15000, 20000, 24000, 35000, 48000, 50000, 64000, 120000, 250000]),
                    r=r.choice([1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12]), n=r.randint(2, 8))

    def text(p, ph):
        return ph["t"].format(P0=n_(p["P0"]), r=p["r"], n=p["n"])

    def solve(R, p, ph):
        r = D(str(p["r"]))
        R.text(["Growing by a fixed percent each year means multiplying by the same factor every year: P = P0(1 + r)^t.",
                f"A {p['r']}% increase each year multiplies the population by 1 + {p['r']}/100 each year."])
        fac = R.calc(Add(G(1), ("pct", Val(r, "dec"))), ("dec", 6), "yearly growth factor")
        ex = (1 + r / 100) ** p["n"]
        tr = q(p["P0"] * ex, 0)
        d = choose_dp(ex, lambda x: q(p["P0"] * x, 0), tr)
        pw = R.calc(Pow(V(fac), G(p["n"])), ("dec", 8) if d is None else ("dec", d),
                    f"growth factor over {p['n']} years")
        pop = R.calc(Mul(G(p["P0"]), V(pw)), "round0", f"population after {p['n']} years", unit=ph["unit"])
        R.final(pop, f"after {p['n']} years there will be about {{v}} {ph['unit']}")

    def truth(p, ph):
        return q(p["P0"] * (1 + D(str(p["r"])) / 100) ** p["n"], 0)
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["This is exponential growth at a constant percent rate."])


# =============================================================== population growth (year by year)
@kind("pop_yearly")
def _():
    ph = [
        dict(t="A village has {P0} people. The population grows by {r}% each year, and the council rounds each year's figure to the nearest whole person. What is the population after {n} years?", unit="people"),
        dict(t="A bird colony of {P0} birds increases by {r}% per year. Rounding to the nearest whole bird each year, how many birds are there after {n} years?", unit="birds"),
        dict(t="A town of {P0} grows {r}% a year. Make a year-by-year table (round to whole people each year) and give the population after {n} years.", unit="people"),
        dict(t="A fish farm starts with {P0} fish. The number of fish goes up by {r}% each year (round to the nearest whole fish each year). How many fish are there after {n} years?", unit="fish"),
        dict(t="A small app has {P0} users and gains {r}% more users each year. Rounding to whole users each year, how many users does it have after {n} years?", unit="users"),
        dict(t="The number of trees in a nursery, {P0}, increases by {r}% yearly. Rounding each year to the nearest whole tree, how many trees are there after {n} years?", unit="trees"),
    ]

    def gen(r, ph):
        return dict(P0=r.choice([340, 450, 800, 1250, 1600, 2300, 3000, 4750, 6200, 9000]),
                    r=r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15]), n=r.randint(2, 5))

    def text(p, ph):
        return ph["t"].format(P0=n_(p["P0"]), r=p["r"], n=p["n"])

    def solve(R, p, ph):
        R.text([f"Each year we add {p['r']}% of the current number, rounded to a whole number.",
                "The increase each year is figured on the new, larger number."])
        fin = R.series_pct(gval(p["P0"]), p["r"], p["n"], "round0", "Year", "population", colname="increase")
        R.final(fin, f"after {p['n']} years there are {{v}} {ph['unit']}")

    def truth(p, ph):
        b = D(p["P0"])
        for _ in range(p["n"]):
            b = b + q(b * D(str(p["r"])) / 100, 0)
        return b
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We'll grow the number one year at a time."])


# =============================================================== square: area -> side
@kind("square_side")
def _():
    ph = [
        dict(t="A square garden has an area of {A} square feet. How many feet of fencing are needed to go all the way around it?", u="ft", u2="ft²", ask="P"),
        dict(t="A square field has an area of {A} m². Ana jogs around the edge of the field {k} times. How many meters does she run?", u="m", u2="m²", ask="K"),
        dict(t="A square rug covers {A} square feet. Trim costs {c} per foot. How much does it cost to put trim around the rug's edge?", u="ft", u2="ft²", ask="C"),
        dict(t="A square tile has an area of {A} cm². What is the perimeter of the tile?", u="cm", u2="cm²", ask="P"),
        dict(t="A square playground has an area of {A} square meters. A fence costs {c} per meter. How much will it cost to fence the playground?", u="m", u2="m²", ask="C"),
        dict(t="A square photo has an area of {A} square inches. What is the perimeter of the photo?", u="in", u2="in²", ask="P"),
    ]

    def gen(r, ph):
        s = r.randint(6, 45)
        return dict(s=s, A=s * s, k=r.randint(2, 6), c=r.choice([3, 4.5, 6, 7.25, 8, 12, 15, 2.75]))

    def text(p, ph):
        return ph["t"].format(A=n_(p["A"]), k=p["k"], c=m_(p["c"]))

    def solve(R, p, ph):
        R.text(["The area of a square is side × side, so the side is the square root of the area.",
                "For a square, area = s², so s = √area."])
        s = R.calc(Sqrt(G(p["A"])), ("dec", 2), "side length", unit=ph["u"])
        R.check(Pow(V(s), G(2)), ("dec", 4))
        per = R.calc(Mul(G(4), V(s)), ("dec", 2), "perimeter", unit=ph["u"])
        if ph["ask"] == "K":
            tot = R.calc(Mul(G(p["k"]), V(per)), ("dec", 2), "total distance", unit=ph["u"])
            R.final(tot, f"she runs {{v}} meters")
        elif ph["ask"] == "C":
            tot = R.calc(Mul(V(per), GM(p["c"])), "money", "total cost")
            R.final(tot, "the total cost is {v}")
        else:
            R.final(per, f"the perimeter is {{v}} {ph['u']}" if "fenc" not in ph["t"] else "{v} feet of fencing are needed")

    def truth(p, ph):
        per = 4 * p["s"]
        if ph["ask"] == "K":
            return D(per * p["k"])
        if ph["ask"] == "C":
            return q(per * D(str(p["c"])), 2)
        return D(per)
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["First we need the side length of the square."])


# =============================================================== square: side -> area
@kind("square_area")
def _():
    ph = [
        dict(t="A square patio is {s} feet on each side. Pavers cost {c} per square foot. How much will it cost to pave the patio?", u2="ft²", ask="C"),
        dict(t="A square classroom floor measures {s} m by {s} m. Carpet costs {c} per square meter. What is the total cost of carpeting the floor?", u2="m²", ask="C"),
        dict(t="Each side of a square lawn is {s} yards long. A bag of seed covers {b} square yards. How many bags are needed if the area divides evenly into bags?", u2="square yards", ask="B"),
        dict(t="A square wall is {s} feet on each side. It needs two coats of paint. How many square feet of painting is that in total?", u2="ft²", ask="T"),
        dict(t="A square garden bed is {s} ft on a side. Soil costs {c} per square foot. How much does it cost to cover the bed?", u2="sq ft", ask="C"),
        dict(t="A square mat has sides of {s} cm, and a smaller square mat has sides of {s2} cm. How many square centimeters larger is the big mat?", u2="cm²", ask="D"),
    ]

    def gen(r, ph):
        while True:
            s = r.randint(6, 32)
            b = r.choice([2, 3, 4, 5, 6, 8, 9, 12, 16])
            if ph["ask"] == "B" and (s * s) % b:
                continue
            return dict(s=s, b=b, s2=r.randint(3, s - 2), c=r.choice([2.5, 3, 4, 4.25, 5.5, 6, 8, 12, 1.75]))

    def text(p, ph):
        return ph["t"].format(s=p["s"], c=m_(p["c"]), b=p["b"], s2=p["s2"])

    def solve(R, p, ph):
        R.text(["The area of a square is the side length squared.", "Area of a square = s²."])
        A = R.calc(Pow(G(p["s"]), G(2)), "int", "area", unit=ph["u2"])
        if ph["ask"] == "C":
            tot = R.calc(Mul(V(A), GM(p["c"])), "money", "total cost")
            R.final(tot, "the total cost is {v}")
        elif ph["ask"] == "B":
            tot = R.calc(Div(V(A), G(p["b"])), ("dec", 2), "number of bags", unit="bags")
            R.final(tot, "{v} bags of seed are needed")
        elif ph["ask"] == "T":
            tot = R.calc(Mul(G(2), V(A)), "int", "total area to paint", unit=ph["u2"])
            R.final(tot, f"that is {{v}} {ph['u2']} of painting")
        else:
            A2 = R.calc(Pow(G(p["s2"]), G(2)), "int", "area of the small mat", unit=ph["u2"])
            tot = R.calc(Sub(V(A), V(A2)), "int", "difference", unit=ph["u2"])
            R.final(tot, f"the big mat is {{v}} {ph['u2']} larger")

    def truth(p, ph):
        A = p["s"] ** 2
        return {"C": q(A * D(str(p["c"])), 2), "B": D(A) / p["b"], "T": D(2 * A),
                "D": D(A - p["s2"] ** 2)}[ph["ask"]]
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We start with the area of the square."])


# =============================================================== square pavers
@kind("pavers")
def _():
    ph = [
        dict(t="A square patio has an area of {A} square feet. It will be covered with square pavers that are {t} feet on each side. How many pavers are needed?", u="ft", ask="N"),
        dict(t="A square courtyard covers {A} m². It is tiled with square tiles {t} m wide. How many tiles are needed?", u="m", ask="N"),
        dict(t="A square bathroom floor has an area of {A} square feet. Square tiles measuring {t} ft per side cost {c} each. How much do the tiles cost?", u="ft", ask="C"),
        dict(t="A square piece of fabric has an area of {A} square inches. It is cut into squares {t} inches on a side. How many squares can be cut?", u="in", ask="N"),
        dict(t="A square garden of {A} square meters is divided into square plots {t} m on a side. How many plots are there?", u="m", ask="N"),
        dict(t="A square wall panel has an area of {A} cm². How many square stickers with sides of {t} cm does it take to cover it exactly?", u="cm", ask="N"),
    ]

    def gen(r, ph):
        k = r.randint(3, 15)
        t = r.choice([2, 3, 4, 5, 6])
        return dict(k=k, t=t, A=(k * t) ** 2, c=r.choice([1.5, 2, 2.25, 3, 4.75, 6]))

    def text(p, ph):
        return ph["t"].format(A=n_(p["A"]), t=p["t"], c=m_(p["c"]))

    def solve(R, p, ph):
        side = R.calc(Sqrt(G(p["A"])), ("dec", 2), "side length", unit=ph["u"])
        row = R.calc(Div(V(side), G(p["t"])), ("dec", 2), "number of pieces along one side")
        cnt = R.calc(Pow(V(row), G(2)), ("dec", 2), "total number of pieces")
        if ph["ask"] == "C":
            tot = R.calc(Mul(V(cnt), GM(p["c"])), "money", "total cost")
            R.final(tot, "the tiles cost {v} in all")
        else:
            R.check(Mul(V(cnt), Pow(G(p["t"]), G(2))), ("dec", 2))
            R.final(cnt, "{v} pieces are needed")

    def truth(p, ph):
        c = p["k"] ** 2
        return q(c * D(str(p["c"])), 2) if ph["ask"] == "C" else D(c)
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We find the side of the big square, then count pieces along one side."])


# =============================================================== Pythagorean
@kind("pythag")
def _():
    ph = [
        dict(t="A {c}-foot ladder leans against a wall. Its base is {a} feet from the wall. How high up the wall does the ladder reach?", leg=1, u="feet"),
        dict(t="A rectangular park is {a} m long and {b} m wide. How long is the diagonal path across it?", leg=0, u="m"),
        dict(t="A TV screen is {a} inches wide and {b} inches tall. What is the length of its diagonal?", leg=0, u="inches"),
        dict(t="A kite string is {c} meters long and pulled tight. The kite is directly above a point {a} meters from where Jo holds the string. How high is the kite above Jo's hand?", leg=1, u="m"),
        dict(t="A ramp is {c} feet long and covers a horizontal distance of {a} feet. How high does the ramp rise?", leg=1, u="feet"),
        dict(t="A car drives {a} km east and then {b} km north. How far is it in a straight line from where it started?", leg=0, u="km"),
    ]
    TR = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41), (12, 35, 37)]

    def gen(r, ph):
        while True:
            a, b, c = r.choice(TR)
            k = r.randint(1, 6)
            if c * k > 120:
                continue
            if r.random() < 0.5:
                a, b = b, a
            return dict(a=a * k, b=b * k, c=c * k)

    def text(p, ph):
        return ph["t"].format(**p)

    def solve(R, p, ph):
        if ph["leg"]:
            R.text(["The ladder, the wall and the ground form a right triangle, so a² + b² = c².",
                    "By the Pythagorean theorem, leg² = hypotenuse² − other leg²."])
            c2 = R.calc(Pow(G(p["c"]), G(2)), "int", "square of the longest side")
            a2 = R.calc(Pow(G(p["a"]), G(2)), "int", "square of the known leg")
            d = R.calc(Sub(V(c2), V(a2)), "int", "square of the missing side")
        else:
            R.text(["The two sides and the diagonal form a right triangle, so we use a² + b² = c².",
                    "By the Pythagorean theorem, diagonal² = length² + width²."])
            a2 = R.calc(Pow(G(p["a"]), G(2)), "int", "square of the first side")
            b2 = R.calc(Pow(G(p["b"]), G(2)), "int", "square of the second side")
            d = R.calc(Add(V(a2), V(b2)), "int", "square of the diagonal")
        x = R.calc(Sqrt(V(d)), ("dec", 2), "missing length", unit=ph["u"])
        R.final(x, f"the answer is {{v}} {ph['u']}")

    def truth(p, ph):
        return D(p["b"] if ph["leg"] else p["c"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["This is a right-triangle problem."])


# =============================================================== cubes
@kind("cube")
def _():
    ph = [
        dict(t="A large cube is built from small cubes. The large cube has edges {s} cm long, and each small cube has edges {t} cm long. How many small cubes make up the large cube?", f="blocks"),
        dict(t="A cube-shaped storage box has a volume of {Vv} cubic feet. What is the total area of its six faces?", f="surface", u="ft"),
        dict(t="A cube-shaped fish tank has inside edges of {s} cm. How many liters of water does it hold? (1 liter = 1,000 cm³)", f="liters"),
        dict(t="A puzzle cube is {s} cm on each edge and is built from little cubes {t} cm on each edge. How many little cubes is that?", f="blocks"),
        dict(t="A cube of ice has a volume of {Vv} cm³. What is the surface area of the cube?", f="surface", u="cm"),
        dict(t="A cube-shaped planter measures {s} cm on each inside edge. How many liters of soil does it hold? (1,000 cm³ = 1 L)", f="liters"),
    ]

    def gen(r, ph):
        if ph["f"] == "blocks":
            t = r.choice([1, 2, 3, 4, 5])
            k = r.randint(3, 9)
            return dict(t=t, k=k, s=t * k)
        if ph["f"] == "surface":
            e = r.randint(2, 15)
            return dict(e=e, Vv=e ** 3)
        return dict(s=r.choice([10, 20, 30, 40, 50, 60, 70, 80]))

    def text(p, ph):
        return ph["t"].format(s=p.get("s"), t=p.get("t"), Vv=n_(p.get("Vv", 0)))

    def solve(R, p, ph):
        if ph["f"] == "blocks":
            R.text(["Volume of a cube = edge³, and we can count small cubes along each edge.",
                    "The number of small cubes is (cubes along one edge)³."])
            k = R.calc(Div(G(p["s"]), G(p["t"])), ("dec", 2), "number of small cubes along one edge")
            n = R.calc(Pow(V(k), G(3)), ("dec", 2), "number of small cubes", unit="cubes")
            R.final(n, "{v} small cubes make up the large cube")
        elif ph["f"] == "surface":
            R.text(["Volume = edge³, so the edge is the cube root of the volume.", "A cube has 6 square faces."])
            e = R.calc(Cbrt(G(p["Vv"])), ("dec", 2), "edge length", unit=ph["u"])
            R.check(Pow(V(e), G(3)), ("dec", 2))
            fa = R.calc(Pow(V(e), G(2)), ("dec", 2), "area of one face", unit=ph["u"] + "²")
            sa = R.calc(Mul(G(6), V(fa)), ("dec", 2), "surface area", unit=ph["u"] + "²")
            R.final(sa, f"the surface area is {{v}} {ph['u']}²")
        else:
            R.text(["Volume of a cube = edge³.", "We find the volume in cm³ and then convert to liters."])
            v = R.calc(Pow(G(p["s"]), G(3)), "int", "volume", unit="cm³")
            L = R.calc(Div(V(v), G(1000)), ("dec", 3), "capacity in liters", unit="L")
            R.final(L, "it holds {v} liters")

    def truth(p, ph):
        if ph["f"] == "blocks":
            return D(p["k"] ** 3)
        if ph["f"] == "surface":
            return D(6 * p["e"] ** 2)
        return D(p["s"] ** 3) / 1000
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We use the cube formulas."])


# =============================================================== scientific notation: multiply
@kind("sci_mul")
def _():
    ph = [
        dict(t="Light travels about {a} km every second. How far does light travel in {b} seconds? Give the answer in scientific notation and in standard form.", u="km", neg=0, fix=(D(3), 5)),
        dict(t="A computer can do {a} calculations per second. How many calculations can it do in {b} seconds?", u="calculations", neg=0),
        dict(t="A factory makes {a} bolts per year. How many bolts does it make in {b} years?", u="bolts", neg=0),
        dict(t="One grain of rice has a mass of about {a} grams. What is the mass of {b} grains, in grams?", u="grams", neg=1, fix=(["1.5", "2", "2.5", "3"], -2)),
        dict(t="A bacterium is about {a} meters long. How long would a line of {b} bacteria be, end to end, in meters?", u="meters", neg=1, fix=(["1", "1.5", "2", "3"], -6)),
        dict(t="A data center stores {a} bytes on each server and has {b} servers. How many bytes does it store in all?", u="bytes", neg=0),
    ]

    def gen(r, ph):
        while True:
            m1 = D(r.choice(["1.2", "1.5", "2", "2.4", "3", "3.2", "4", "4.5", "5", "6", "2.5", "1.8", "7"]))
            m2 = D(r.choice(["2", "3", "4", "5", "6", "1.5", "2.5", "8"]))
            if ph["neg"]:
                e1 = -r.randint(2, 6)
                e2 = r.randint(-e1 + 1, -e1 + 6)
            else:
                e1 = r.randint(3, 9)
                e2 = r.randint(1, 4)
            if ph.get("fix"):
                m1, e1 = ph["fix"][0], ph["fix"][1]
                if ph["neg"]:
                    m1 = D(r.choice(ph["fix"][0]))
                    e2 = r.randint(-e1 + 1, -e1 + 4)
            prod = m1 * m2 * D(10) ** (e1 + e2)
            if prod == prod.to_integral_value() and prod < D(10) ** 14:
                return dict(m1=m1, m2=m2, e1=e1, e2=e2, mode=r.choice(["caret", "sup", "caret"]))

    def text(p, ph):
        return ph["t"].format(a=sci_txt(p["m1"], p["e1"], p["mode"]), b=sci_txt(p["m2"], p["e2"], p["mode"]))

    def solve(R, p, ph):
        R.text(["To multiply numbers in scientific notation, multiply the front numbers and add the exponents.",
                "Multiply the coefficients, then use 10^a × 10^b = 10^(a+b)."])
        m = R.calc(Mul(G(p["m1"]), G(p["m2"])), ("dec", 4), "product of the coefficients")
        e = R.calc(Add(G(p["e1"]), G(p["e2"])), "int", "sum of the exponents", nfc=True)
        if 1 <= p["m1"] * p["m2"] < 10:
            std = R.calc(Mul(V(m), Pow(G(10), V(e))), "int", "product in standard form", unit=ph["u"])
        else:
            s = R.calc(Mul(V(m), Pow(G(10), V(e))), ("sci", 4), "product in scientific notation")
            std = R.calc(V(s), "int", "product in standard form", unit=ph["u"])
        R.final(std, f"the total is {{v}} {ph['u']}")

    def truth(p, ph):
        return p["m1"] * p["m2"] * D(10) ** (p["e1"] + p["e2"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We multiply the two numbers written in scientific notation."])


# =============================================================== scientific notation: divide
@kind("sci_div")
def _():
    ph = [
        dict(t="A star is {a} km away, and a probe travels {b} km per year. How many years would the trip take?", u="years"),
        dict(t="A country's debt of {a} dollars is shared equally among {b} people. How many dollars is each person's share?", u="dollars"),
        dict(t="A warehouse holds {a} screws packed in boxes of {b}. How many boxes are there?", u="boxes"),
        dict(t="A spacecraft travels {a} km at a speed of {b} km per hour. How many hours does the trip take?", u="hours"),
        dict(t="A city uses {a} liters of water per day, shared by {b} residents. How many liters is that per person per day?", u="liters"),
        dict(t="A hard drive holds {a} bytes, and each photo takes {b} bytes. How many photos fit on the drive?", u="photos"),
    ]

    def gen(r, ph):
        while True:
            m2 = D(r.choice(["2", "2.5", "3", "4", "5", "1.5", "6", "8", "1.2"]))
            qm = D(r.choice(["0.5", "1.5", "2", "3", "4", "0.8", "1.25", "2.5", "5", "6", "0.4"]))
            m1 = m2 * qm
            if not (1 <= m1 < 10) or ndec(m1) > 3:
                continue
            e2 = r.randint(2, 7)
            e1 = e2 + r.randint(2, 6)
            res = m1 / m2 * D(10) ** (e1 - e2)
            if res == res.to_integral_value():
                return dict(m1=m1, m2=m2, e1=e1, e2=e2, mode=r.choice(["caret", "sup", "e"]))

    def text(p, ph):
        return ph["t"].format(a=sci_txt(p["m1"], p["e1"], p["mode"]), b=sci_txt(p["m2"], p["e2"], p["mode"]))

    def solve(R, p, ph):
        R.text(["To divide in scientific notation, divide the coefficients and subtract the exponents.",
                "We use 10^a ÷ 10^b = 10^(a − b)."])
        m = R.calc(Div(G(p["m1"]), G(p["m2"])), ("dec", 4), "quotient of the coefficients")
        e = R.calc(Sub(G(p["e1"]), G(p["e2"])), "int", "difference of the exponents", nfc=True)
        if 1 <= p["m1"] / p["m2"] < 10:
            std = R.calc(Mul(V(m), Pow(G(10), V(e))), "int", "quotient in standard form", unit=ph["u"])
        else:
            s = R.calc(Mul(V(m), Pow(G(10), V(e))), ("sci", 4), "quotient in scientific notation")
            std = R.calc(V(s), "int", "quotient in standard form", unit=ph["u"])
        R.final(std, f"the answer is {{v}} {ph['u']}")

    def truth(p, ph):
        return p["m1"] / p["m2"] * D(10) ** (p["e1"] - p["e2"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We divide two numbers in scientific notation."])


# =============================================================== e-notation / conversions
@kind("sci_enot")
def _():
    ph = [
        dict(t="A country has a population of {ae} people (that's calculator e-notation). Each person uses {b} liters of water a day. How many liters is that per day?", f="mul", u="liters"),
        dict(t="A calculator shows {ae} as a number of seconds. Write it in standard form and find how many minutes that is.", f="min", u="minutes"),
        dict(t="A spreadsheet lists a company's revenue as {ae} dollars. If its costs are {c} dollars, what is the profit?", f="sub", u="dollars"),
        dict(t="A website got {ae} visits last year. If visits grow by {r}% this year, how many visits will it get this year?", f="grow", u="visits"),
        dict(t="A telescope image has {ae} pixels, and each pixel uses {b} bytes. How many bytes is the image?", f="mul", u="bytes"),
        dict(t="A science site says a song was streamed {ae} times in a year. If plays grow {r}% next year, how many plays is that?", f="grow", u="plays"),
    ]

    def gen(r, ph):
        m = D(r.choice(["1.2", "2.4", "3.6", "4.5", "5.4", "7.2", "8.4", "9.6", "6", "3"]))
        e = r.randint(4, 8)
        a = m * D(10) ** e
        return dict(m=m, e=e, a=a, b=r.choice([3, 4, 8, 12, 24, 150, 250]),
                    c=int(a * D(r.choice(["0.25", "0.4", "0.6", "0.75"]))), r=r.choice([5, 10, 15, 20, 25, 30]))

    def text(p, ph):
        return ph["t"].format(ae=f"{n_(p['m'])}e{p['e']}", b=n_(p["b"]), c=n_(p["c"]), r=p["r"])

    def solve(R, p, ph):
        R.text(["The e-notation means “times 10 to the power of”, so the number is a coefficient times a power of 10.",
                f"{n_(p['m'])}e{p['e']} means {n_(p['m'])} × 10^{p['e']}."])
        sv = Val(p["a"], "sci", ndec(p["m"]), mant=p["m"], exp=p["e"], given=True)
        a = R.calc(V(sv), "int", "number in standard form")
        if ph["f"] == "mul":
            res = R.calc(Mul(V(a), G(p["b"])), "int", "total", unit=ph["u"])
            R.calc(V(res), ("sci", 6), "total in scientific notation", nf=True)
        elif ph["f"] == "min":
            res = R.calc(Div(V(a), G(60)), ("dec", 2), "number of minutes", unit="minutes")
        elif ph["f"] == "sub":
            res = R.calc(Sub(V(a), G(p["c"])), "int", "profit", unit="dollars")
        else:
            inc = R.calc(PctOf(p["r"], V(a)), ("dec", 2), "increase", unit=ph["u"])
            res = R.calc(Add(V(a), V(inc)), ("dec", 2), "new total", unit=ph["u"])
        R.final(res, f"the answer is {{v}} {ph['u']}")

    def truth(p, ph):
        a = p["a"]
        return {"mul": a * p["b"], "min": q(a / 60, 2), "sub": a - p["c"],
                "grow": a + a * p["r"] / 100}[ph["f"]]
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["First we turn the e-notation into an ordinary number."])


# =============================================================== chessboard doubling
@kind("chessboard")
def _():
    ph = [
        dict(t="A king puts 1 grain of rice on the first square of a chessboard, 2 on the second, 4 on the third, and keeps doubling. How many grains are on square {n}?", ask="sq", u="grains"),
        dict(t="A king puts 1 grain of rice on the first square of a chessboard, 2 on the second, 4 on the third, and keeps doubling. How many grains are on the first {n} squares altogether?", ask="tot", u="grains"),
        dict(t="Mia saves 1 cent on day 1, 2 cents on day 2, 4 cents on day 3, and keeps doubling. How many cents does she save on day {n}?", ask="sq", u="cents"),
        dict(t="Mia saves 1 cent on day 1, 2 cents on day 2, 4 cents on day 3, and keeps doubling each day. How many cents has she saved in total after {n} days?", ask="tot", u="cents"),
        dict(t="A video has 1 share in hour 1, 2 new shares in hour 2, 4 in hour 3, and the number of new shares keeps doubling. How many new shares are there in hour {n}?", ask="sq", u="shares"),
        dict(t="A chain email is sent 1 time in round 1, 2 times in round 2, 4 times in round 3, doubling every round. How many emails have been sent in total after {n} rounds?", ask="tot", u="emails"),
    ]

    def gen(r, ph):
        return dict(n=r.randint(6, 21))

    def text(p, ph):
        return ph["t"].format(n=p["n"])

    def solve(R, p, ph):
        n = p["n"]
        if ph["ask"] == "sq":
            R.text([f"The amounts go 1, 2, 4, 8, …, so number {n} is 2 raised to the power {n} − 1.",
                    "Position k holds 2^(k − 1), because the first one is 2^0 = 1."])
            e = R.calc(Sub(G(n), G(1)), "int", "exponent", nfc=True)
            v = R.calc(Pow(G(2), V(e)), "int", "amount", unit=ph["u"])
            R.final(v, f"there are {{v}} {ph['u']} at number {n}")
        else:
            R.text([f"The total is 1 + 2 + 4 + … + 2^{n - 1}, and a sum of doublings like this is always one less than the next power of 2.",
                    f"1 + 2 + 4 + … + 2^{n - 1} = 2^{n} − 1."])
            pw = R.calc(Pow(G(2), G(n)), "int", "next power of 2")
            v = R.calc(Sub(V(pw), G(1)), "int", "total", unit=ph["u"])
            R.final(v, f"the total is {{v}} {ph['u']}")

    def truth(p, ph):
        return D(2 ** (p["n"] - 1)) if ph["ask"] == "sq" else D(2 ** p["n"] - 1)
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["The amounts are powers of 2."])


# =============================================================== tripling
@kind("tripling")
def _():
    ph = [
        dict(t="A video gets {V0} views on its first day, and the daily views triple each day after that. How many views does it get on day {d}?", day=1, u="views", rw="Day", lab="daily views"),
        dict(t="A rumor starts with {V0} people. Every hour, the number of people who know it triples. How many people know it after {n} hours?", day=0, u="people", rw="Hour", lab="number of people"),
        dict(t="An invasive plant covers {V0} square meters and triples its area every year. What area will it cover in {n} years?", day=0, u="square meters", rw="Year", lab="area"),
        dict(t="Each person who gets a chain letter sends it to 3 new people. In round 1, {V0} people get the letter. How many people get it in round {d}?", day=1, u="people", rw="Round", lab="number of people"),
        dict(t="A population of insects triples every week. If there are {V0} insects now, how many will there be in {n} weeks?", day=0, u="insects", rw="Week", lab="number of insects"),
        dict(t="Ben saves {V0} cents in week 1 and triples the amount he saves each week. How many cents does he save in week {d}?", day=1, u="cents", rw="Week", lab="amount saved"),
    ]

    def gen(r, ph):
        n = r.randint(3, 8)
        return dict(n=n, d=n + 1, V0=r.choice([2, 4, 5, 6, 10, 12, 15, 20, 25, 40, 50, 100]))

    def text(p, ph):
        return ph["t"].format(V0=p["V0"], n=p["n"], d=p["d"])

    def solve(R, p, ph):
        if ph["day"]:
            k = R.calc(Sub(G(p["d"]), G(1)), "int", "number of triplings",
                       after="the starting number triples {v} times")
        else:
            k = gval(p["n"])
        s = R.pick("s", ["pow", "chain", "pow"])
        if s == "pow":
            f = R.calc(Pow(G(3), V(k)), "int", "growth factor")
            v = R.calc(Mul(G(p["V0"]), V(f)), "int", ph["lab"], unit=ph["u"])
        else:
            v = R.series_mul(gval(p["V0"]), G(3), k.v, "int", ph["rw"], ph["lab"], unit=ph["u"], chain_ok=True,
                             t0=2 if ph["day"] else 1)
        R.final(v, f"the answer is {{v}} {ph['u']}")

    def truth(p, ph):
        return D(p["V0"] * 3 ** p["n"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["Tripling means multiplying by 3 each time."])


# =============================================================== percent decay of a dose
@kind("drug_decay")
def _():
    ph = [
        dict(t="A patient takes a {D} mg dose of a medicine. Each hour, the body removes {p}% of the medicine that is still there. How much medicine is left after {n} hours?", u="mg", rw="Hour"),
        dict(t="A cup of coffee has {D} mg of caffeine, and {p}% of the caffeine still in the body is removed each hour. How many mg remain after {n} hours?", u="mg", rw="Hour"),
        dict(t="A pool has {D} grams of chlorine. Every day, sunlight breaks down {p}% of the chlorine remaining. How much chlorine is left after {n} days?", u="grams", rw="Day"),
        dict(t="A {D} mg antibiotic dose loses {p}% of its remaining amount each hour. How much is left after {n} hours?", u="mg", rw="Hour"),
        dict(t="A {D}-gram sample of a chemical decays so that {p}% of what remains is gone each day. How many grams are left after {n} days?", u="grams", rw="Day"),
        dict(t="A battery starts with {D} units of charge and loses {p}% of its remaining charge every hour when idle. How much charge is left after {n} hours?", u="units", rw="Hour"),
    ]

    def gen(r, ph):
        while True:
            Dd = r.choice([80, 100, 160, 200, 250, 320, 400, 500, 640, 800, 1000])
            p = r.choice([10, 20, 25, 30, 40, 50])
            n = r.randint(2, 4)
            if ndec(Dd * (1 - D(p) / 100) ** n) <= 4:
                return dict(D=Dd, p=p, n=n)

    def text(p, ph):
        return ph["t"].format(D=n_(p["D"]), p=p["p"], n=p["n"])

    def solve(R, p, ph):
        s = R.pick("s", ["series", "formula"])
        if s == "series":
            R.text([f"Each {ph['rw'].lower()} we subtract {p['p']}% of what is left.",
                    f"We take away {p['p']}% of the current amount, one {ph['rw'].lower()} at a time."])
            v = R.series_pct(gval(p["D"]), p["p"], p["n"], ("dec", 4), ph["rw"], "amount left", sign=-1,
                             colname="amount removed")
        else:
            R.text([f"Removing {p['p']}% each {ph['rw'].lower()} leaves {100 - p['p']}% of the amount, so we multiply by the same factor each {ph['rw'].lower()}.",
                    "Amount left = start × (1 − rate)^time."])
            f = R.calc(Sub(G(1), ("pct", Val(D(p["p"]), "dec"))), ("dec", 4), "factor kept each period")
            pw = R.calc(Pow(V(f), G(p["n"])), ("dec", 8), f"factor after {p['n']} periods")
            v = R.calc(Mul(G(p["D"]), V(pw)), ("dec", 4), "amount left", unit=ph["u"])
        R.final(v, f"{{v}} {ph['u']} are left")

    def truth(p, ph):
        return p["D"] * (1 - D(p["p"]) / 100) ** p["n"]
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["A fixed percent of what remains is removed each period."])


# =============================================================== bouncing ball
@kind("bouncing")
def _():
    ph = [
        dict(t="A ball is dropped from a height of {h} feet. Each time it bounces, it rises to {f} of the height it fell from. How high does it rise after the {ord} bounce?", u="feet", rw="Bounce"),
        dict(t="A rubber ball dropped from {h} cm bounces back to {f} of its previous height each time. What height does it reach after bounce {n}?", u="cm", rw="Bounce"),
        dict(t="A super ball is dropped from {h} inches and rebounds to {f} of the previous height on each bounce. How high is the {ord} rebound?", u="inches", rw="Rebound"),
        dict(t="A pendulum swings through an arc of {h} cm, and each later swing is {f} as long as the one before. How long is the arc {n} swings later?", u="cm", rw="Swing"),
        dict(t="A spring is stretched {h} mm and let go; each bounce stretches it {f} as far as the one before. How far is it stretched after {n} bounces?", u="mm", rw="Bounce"),
        dict(t="A basketball is dropped from {h} inches. It bounces back to {f} of its drop height each time. How high does it bounce on the {ord} bounce?", u="inches", rw="Bounce"),
    ]
    FR = [(1, 2), (2, 3), (3, 4), (3, 5), (4, 5)]

    def gen(r, ph):
        while True:
            a, b = r.choice(FR)
            n = r.randint(2, 4)
            base = r.randint(1, 6)
            h = base * b ** n
            if 8 <= h <= 2000:
                return dict(a=a, b=b, n=n, h=h)

    def text(p, ph):
        fw = {(1, 2): "half", (2, 3): "2/3", (3, 4): "3/4", (3, 5): "3/5", (4, 5): "4/5"}[(p["a"], p["b"])]
        return ph["t"].format(h=n_(p["h"]), f=fw, n=p["n"], ord=["", "1st", "2nd", "3rd", "4th"][p["n"]])

    def solve(R, p, ph):
        a, b = p["a"], p["b"]
        usefrac = R.pick("fr", [True, False]) or (b == 3)
        fac = Frac(a, b) if usefrac else G(D(a) / b)
        s = R.pick("s", ["series", "series", "pow"])
        if s == "series":
            v = R.series_mul(gval(p["h"]), fac, p["n"], ("dec", 2), ph["rw"], "height", unit=ph["u"])
        else:
            pw = R.calc(Pow(Par(fac) if usefrac else fac, G(p["n"])), ("dec", 6), "combined factor")
            v = R.calc(Mul(G(p["h"]), V(pw)), ("dec", 2), "height", unit=ph["u"])
        R.final(v, f"the height is {{v}} {ph['u']}")

    def truth(p, ph):
        return D(p["h"]) * D(p["a"]) ** p["n"] / D(p["b"]) ** p["n"]
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["Each bounce multiplies the height by the same fraction."])


# =============================================================== paper folding / layers
@kind("folding")
def _():
    ph = [
        dict(t="A sheet of paper is {t} mm thick. Each fold doubles the thickness. How thick is the stack after {n} folds, in millimeters?", f="mm", k=2),
        dict(t="A piece of paper {t} mm thick is folded in half {n} times. How thick is the folded paper in centimeters?", f="cm", k=2),
        dict(t="A baker folds dough that starts with {L} layers, and every fold doubles the number of layers. How many layers are there after {n} folds?", f="layers", k=2),
        dict(t="A strip of foil is {t} mm thick. If you could fold it in half {n} times, how thick would it be in millimeters?", f="mm", k=2),
        dict(t="Puff pastry starts with {L} layers of butter, and each 'turn' triples the number of layers. How many layers are there after {n} turns?", f="layers", k=3),
        dict(t="A napkin {t} mm thick is folded in half {n} times. How many centimeters thick is it?", f="cm", k=2),
    ]

    def gen(r, ph):
        return dict(t=D(r.choice(["0.1", "0.05", "0.08", "0.2", "0.12", "0.25"])), n=r.randint(4, 10) if ph["k"] == 2 else r.randint(3, 6),
                    L=r.choice([1, 2, 3, 4, 5, 8, 9]))

    def text(p, ph):
        return ph["t"].format(t=n_(p["t"]), n=p["n"], L=p["L"])

    def solve(R, p, ph):
        k = ph["k"]
        f = R.calc(Pow(G(k), G(p["n"])), "int", "multiplying factor",
                   after=("the thickness is multiplied by {v}" if ph["f"] != "layers" else "the layers are multiplied by {v}"))
        if ph["f"] == "layers":
            v = R.calc(Mul(G(p["L"]), V(f)), "int", "number of layers", unit="layers")
            R.final(v, "there are {v} layers")
            return
        th = R.calc(Mul(G(p["t"]), V(f)), ("dec", 4), "thickness in mm", unit="mm")
        if ph["f"] == "cm":
            cm = R.calc(Div(V(th), G(10)), ("dec", 5), "thickness in cm", unit="cm")
            R.final(cm, "the folded paper is {v} cm thick")
        else:
            R.final(th, "it would be {v} mm thick")

    def truth(p, ph):
        if ph["f"] == "layers":
            return D(p["L"] * ph["k"] ** p["n"])
        th = p["t"] * 2 ** p["n"]
        return th / 10 if ph["f"] == "cm" else th
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["Each fold multiplies by the same number, so we use a power."])


# =============================================================== exponent arithmetic
@kind("exp_arith")
def _():
    ph = [
        dict(t="Ms. Rivera writes {x} + {y} on the board. What is the value of the expression?", f="sum", pm="caret"),
        dict(t="What is {x} − {y}?", f="diff", pm="sup"),
        dict(t="A square has sides of length {a} and a cube has edges of length {b}. What is the square's area plus the cube's volume?", f="sqcube", pm="caret"),
        dict(t="Compute {x} × {c} − {y}.", f="mulsub", pm="caret"),
        dict(t="Sam says {x} is bigger than {y}. How much bigger is it?", f="diff", pm="sup"),
        dict(t="Evaluate {x} + {y} + {z}.", f="three", pm="sup"),
    ]

    def gen(r, ph):
        while True:
            a, m = r.choice([(2, r.randint(4, 10)), (3, r.randint(2, 6)), (4, r.randint(2, 5)), (5, r.randint(2, 4)),
                             (r.randint(6, 15), 2), (r.randint(6, 9), 3), (10, r.randint(2, 5))])
            b, n = r.choice([(2, r.randint(3, 9)), (3, r.randint(2, 5)), (r.randint(4, 12), 2), (r.randint(2, 6), 3)])
            c = r.randint(2, 9)
            if ph["f"] == "sqcube":
                m, n = 2, 3
            if ph["f"] in ("diff",) and a ** m <= b ** n:
                continue
            if ph["f"] == "mulsub" and a ** m * c <= b ** n:
                continue
            if (a, m) == (b, n):
                continue
            return dict(a=a, m=m, b=b, n=n, c=c, z=r.randint(2, 12))

    def text(p, ph):
        pm = ph["pm"]
        return ph["t"].format(x=pw_txt(p["a"], p["m"], pm), y=pw_txt(p["b"], p["n"], pm), a=p["a"], b=p["b"],
                              c=p["c"], z=pw_txt(p["z"], 2, pm))

    def solve(R, p, ph):
        R.text(["We evaluate the powers first, then do the rest of the arithmetic (order of operations).",
                "Exponents come before multiplication, addition and subtraction."])
        x = R.calc(Pow(G(p["a"]), G(p["m"])), "int", "first power")
        y = R.calc(Pow(G(p["b"]), G(p["n"])), "int", "second power")
        f = ph["f"]
        if f in ("sum", "sqcube"):
            v = R.calc(Add(V(x), V(y)), "int", "sum")
        elif f == "diff":
            v = R.calc(Sub(V(x), V(y)), "int", "difference")
        elif f == "mulsub":
            xc = R.calc(Mul(V(x), G(p["c"])), "int", "product")
            v = R.calc(Sub(V(xc), V(y)), "int", "result")
        else:
            z = R.calc(Pow(G(p["z"]), G(2)), "int", "third power")
            v = R.calc(Add(Add(V(x), V(y)), V(z)), "int", "sum")
        R.final(v, "the value is {v}")

    def truth(p, ph):
        x, y = p["a"] ** p["m"], p["b"] ** p["n"]
        return D({"sum": x + y, "sqcube": x + y, "diff": x - y, "mulsub": x * p["c"] - y,
                  "three": x + y + p["z"] ** 2}[ph["f"]])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We work out each power first."])


# =============================================================== doubling time
@kind("doubling_rule")
def _():
    ph = [
        dict(t="Money in an account doubles every {D} years. If you invest {P} now, how much will you have in {Y} years?", money=1, r72=0),
        dict(t="By the Rule of 72, money invested at {r}% doubles about every 72 ÷ {r} years. Assuming it doubles exactly that often, how much does {P} grow to in {Y} years?", money=1, r72=1),
        dict(t="A town's population doubles every {D} years. It has {P} people now. What will the population be in {Y} years?", money=0, r72=0, u="people"),
        dict(t="The price of a collectible card doubles every {D} years. It costs {P} today. What will it cost in {Y} years?", money=1, r72=0),
        dict(t="A forest's deer population doubles every {D} years. Starting at {P} deer, how many deer will there be after {Y} years?", money=0, r72=0, u="deer"),
        dict(t="Using the Rule of 72, an investment earning {r}% a year doubles roughly every 72 ÷ {r} years. Taking that as exact, what is a {P} investment worth after {Y} years?", money=1, r72=1),
    ]

    def gen(r, ph):
        if ph["r72"]:
            rr = r.choice([4, 6, 8, 9, 12, 18])
            Dd = 72 // rr
        else:
            rr = 0
            Dd = r.choice([3, 5, 6, 7, 8, 10, 12, 15, 20, 25])
        k = r.randint(2, 5)
        P = r.choice([500, 750, 1000, 1500, 2000, 2500, 3000, 5000, 8000, 12000] if ph["money"] else [150, 300, 450, 800, 1200, 2500, 6000])
        return dict(r=rr, D=Dd, Y=Dd * k, k=k, P=P)

    def text(p, ph):
        return ph["t"].format(D=p["D"], Y=p["Y"], r=p["r"], P=m_(p["P"]) if ph["money"] else n_(p["P"]))

    def solve(R, p, ph):
        if ph["r72"]:
            Dv = R.calc(Div(G(72), G(p["r"])), "int", "doubling time", unit="years")
        else:
            Dv = gval(p["D"])
        k = R.calc(Div(G(p["Y"]), V(Dv)), "int", "number of doublings", after="the amount doubles {v} times")
        f = R.calc(Pow(G(2), V(k)), "int", "growth factor")
        if ph["money"]:
            v = R.calc(Mul(GM(p["P"]), V(f)), "money", "final value")
            R.final(v, f"after {p['Y']} years it is worth {{v}}")
        else:
            v = R.calc(Mul(G(p["P"]), V(f)), "int", "final number", unit=ph["u"])
            R.final(v, f"after {p['Y']} years there will be {{v}} {ph['u']}")

    def truth(p, ph):
        return D(p["P"] * 2 ** p["k"])
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We count how many doubling periods fit into the time."])


# =============================================================== simple vs compound
@kind("simple_vs_compound")
def _():
    ph = [
        dict(t="Ava puts {P} in an account paying {r}% simple interest, and Ben puts {P} in an account paying {r}% compounded annually. After {n} years, how much more interest has Ben earned? Round to the cent."),
        dict(t="How much more interest does {P} earn in {n} years at {r}% compounded annually than at {r}% simple interest? Round to the nearest cent."),
        dict(t="A {P} deposit earns {r}% per year. Compare simple interest and annual compounding over {n} years: what is the difference in interest, to the nearest cent?"),
        dict(t="Two banks offer {r}% interest on {P}. Bank A pays simple interest and Bank B compounds annually. What is the difference in the interest earned after {n} years? Round to the cent."),
        dict(t="Find the difference between compound interest (compounded yearly) and simple interest on {P} at {r}% for {n} years. Round to the nearest cent."),
        dict(t="Jon borrows {P} at {r}% for {n} years. How much more interest would he owe with annual compounding than with simple interest? Round to the cent."),
    ]

    def gen(r, ph):
        return dict(P=r.choice([1000, 1500, 2000, 2500, 4000, 5000, 8000, 10000]), r=r.choice([3, 4, 5, 6, 8, 10]),
                    n=r.randint(2, 5))

    def text(p, ph):
        return ph["t"].format(P=m_(p["P"]), r=p["r"], n=p["n"])

    def solve(R, p, ph):
        R.text(["Simple interest is I = P × r × t; compound interest comes from A = P(1 + r)^t.",
                "Simple interest uses only the original principal; compound interest earns interest on interest."])
        si = R.calc(Mul(Mul(GM(p["P"]), ("pct", Val(D(p["r"]), "dec"))), G(p["n"])), "money", "simple interest")
        A = _compound_common(R, p, intro=False)
        ci = R.calc(Sub(V(A), GM(p["P"])), "money", "compound interest")
        d = R.calc(Sub(V(ci), V(si)), "money", "difference")
        R.final(d, "compounding earns {v} more")

    def truth(p, ph):
        A = q(p["P"] * (1 + D(p["r"]) / 100) ** p["n"], 2)
        return A - p["P"] - D(p["P"]) * p["r"] * p["n"] / 100
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We compute both kinds of interest and compare."])


# =============================================================== geometric totals
@kind("chain_reach")
def _():
    ph = [
        dict(t="In a phone tree, the leader calls {k} people in round 1, and each person called then calls {k} new people in the next round. How many people are called in all during the first {n} rounds?", one=0, u="people", rw="Round"),
        dict(t="A rumor starts with 1 person who tells {k} friends in round 1. In each later round, everyone who just heard it tells {k} new people. How many people have heard the rumor after {n} rounds, counting the first person?", one=1, u="people", rw="Round"),
        dict(t="A stack of cups has 1 cup in the top row, and each row below has {k} times as many cups as the row above it. How many cups are in the first {n} rows together?", one=1, u="cups", rw="Row", rows=1),
        dict(t="An email is sent to {k} people on day 1, and each person forwards it to {k} new people the next day. How many emails have been sent in total after {n} days?", one=0, u="emails", rw="Day"),
        dict(t="A tree trunk splits into {k} branches, each of those splits into {k} smaller branches, and so on. How many branches are there in the first {n} levels of splitting combined?", one=0, u="branches", rw="Level"),
        dict(t="A club has 1 founder who recruits {k} members in month 1. Each new member recruits {k} more the next month. Counting the founder, how many people are in the club after {n} months?", one=1, u="people", rw="Month"),
    ]

    def gen(r, ph):
        k = r.choice([2, 3, 4, 5])
        n = r.randint(3, 6 if k <= 3 else 5)
        return dict(k=k, n=n)

    def text(p, ph):
        return ph["t"].format(k=p["k"], n=p["n"])

    def solve(R, p, ph):
        k, n = p["k"], p["n"]
        R.text([f"Each round multiplies the number of new {ph['u']} by {k}, so we list the rounds and add them up.",
                "The new amounts form a geometric sequence, and we add the terms."])
        if ph.get("rows"):
            vals = [gval(1)]
            last = R.series_mul(gval(1), G(k), n - 1, "int", ph["rw"], f"number of {ph['u']} in the row",
                                chain_ok=True, t0=2)
        else:
            vals = []
            last = R.series_mul(gval(k), G(k), n - 1, "int", ph["rw"], f"new {ph['u']}", chain_ok=True, t0=2)
            vals = [gval(k)]
        S = R.items[-1][1]
        rowvals = vals + [None] * len(S.rows)
        # values as returned (written in carry, correct in slip) are re-derived from steps
        terms = [vals[0]]
        cur = vals[0]
        for (_, _, (st,)) in S.rows:
            nxt = st.disp if (R.fault and R.fault["mode"] == "carry" and st.faulty) else st.val
            if R.fault and R.fault["mode"] == "carry":
                nxt = st.disp
            terms.append(nxt)
        e = V(terms[0])
        for t_ in terms[1:]:
            e = Add(e, V(t_))
        if ph["one"] and not ph.get("rows"):
            e = Add(G(1), e)
        tot = R.calc(e, "int", f"total number of {ph['u']}", unit=ph["u"])
        R.final(tot, f"the total is {{v}} {ph['u']}")

    def truth(p, ph):
        k, n = p["k"], p["n"]
        if ph.get("rows"):
            return D(sum(k ** i for i in range(n)))
        s = sum(k ** i for i in range(1, n + 1))
        return D(s + (1 if ph["one"] else 0))
    return dict(ph=ph, gen=gen, text=text, solve=solve, truth=truth,
                lead=["We add up a doubling-style (geometric) list of numbers."])
