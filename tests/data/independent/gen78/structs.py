"""Problem structures for the weather / climate genre."""
from fractions import Fraction as F
from core import Num, N, numstr, rnd

M = "\u2212"


def t(v, d=0, u="°C", ascii_=False, space=True):
    """Temperature / quantity for problem text."""
    s = numstr(v, d, minus="-" if ascii_ else M)
    if u.startswith("°"):
        return s + (" " if space else "") + u
    if u == "%":
        return s + "%"
    return s + (" " + u if u else "")


def G(name, n, unit):
    return (name, lambda st, n=n, unit=unit: st.unit(st.num(n.v, n.d), unit))


CITIES = ["Fargo", "Winnipeg", "Duluth", "Calgary", "Bismarck", "Minneapolis", "Edmonton", "Regina",
          "Buffalo", "Denver", "Helena", "Saskatoon", "Burlington", "Quebec City", "Anchorage"]
CITIES2 = ["Phoenix", "Oslo", "Madrid", "Chicago", "Dallas", "Boston", "Seattle", "Miami", "Atlanta", "Reno"]
MONTHS = ["March", "April", "May", "June", "July", "August", "September", "October", "November"]


def abovebelow(v):
    return "above" if v >= 0 else "below"


# ---------------------------------------------------------------------------
class TempSwing:
    key = "temp_swing"

    def gen(self, r):
        L = r.randint(-15, -1)
        R = r.randint(8, 24)
        D = r.randint(5, 20)
        return dict(L=L, R=R, D=D, city=r.choice(CITIES))

    def problem(self, p, w):
        L, R, D, c = p["L"], p["R"], p["D"], p["city"]
        if w % 2 == 0:
            return (f"At 6 a.m. the temperature in {c} was {t(L)}. By 3 p.m. it had risen {R} °C, and by "
                    f"9 p.m. it had fallen {D} °C from the afternoon reading. What was the temperature at 9 p.m.?")
        return (f"A weather station read {t(L, ascii_=True, space=False)} at sunrise. The temperature climbed "
                f"{R} degrees by mid-afternoon and then dropped {D} degrees by late evening. What was the "
                f"late-evening temperature in °C?")

    def given(self, p):
        return [G("Temperature at 6 a.m.", N(p["L"]), "degC"), G("Rise by 3 p.m.", N(p["R"]), "degC"),
                G("Drop by 9 p.m.", N(p["D"]), "degC")]

    def solve(self, c, p):
        L, R, D = N(p["L"]), N(p["R"]), N(p["D"])
        H = c.calc("temperature at 3 p.m.", [(L, "degC"), "+", (R, "degC")], "degC",
                   alt=-L.v + R.v)
        E = c.calc("temperature at 9 p.m.", [(H, "degC"), "-", (D, "degC")], "degC", alt=H.v + D.v)
        if E.v < 0:
            c.note("That is %s degrees below freezing." % numstr(-E.v, 0))
        c.answer(E, "degC", lambda s: "The temperature at 9 p.m. was %s." % s)


# ---------------------------------------------------------------------------
class RangeCompare:
    key = "range_compare"

    def gen(self, r):
        while True:
            L1, H1 = r.randint(-18, -2), r.randint(1, 16)
            L2, H2 = r.randint(-12, 3), r.randint(2, 14)
            if H2 > L2 and (H1 - L1) - (H2 - L2) > 1:
                return dict(L1=L1, H1=H1, L2=L2, H2=H2)

    def problem(self, p, w):
        a = (t(p["L1"]), t(p["H1"]), t(p["L2"]), t(p["H2"]))
        if w % 2 == 0:
            return (f"On Monday the low was {a[0]} and the high was {a[1]}. On Tuesday the low was {a[2]} "
                    f"and the high was {a[3]}. How many degrees larger was Monday's temperature range than "
                    f"Tuesday's?")
        return (f"Monday: low {a[0]}, high {a[1]}. Tuesday: low {a[2]}, high {a[3]}. By how many degrees "
                f"Celsius did Monday's daily range exceed Tuesday's?")

    def given(self, p):
        return [G("Monday low", N(p["L1"]), "degC"), G("Monday high", N(p["H1"]), "degC"),
                G("Tuesday low", N(p["L2"]), "degC"), G("Tuesday high", N(p["H2"]), "degC")]

    def solve(self, c, p):
        L1, H1, L2, H2 = N(p["L1"]), N(p["H1"]), N(p["L2"]), N(p["H2"])
        mid1 = [H1, "+", -L1.v] if L1.v < 0 else None
        r1 = c.calc("Monday range", [(H1, "degC"), "-", (L1, "degC")], "degC", mid=mid1, alt=H1.v + L1.v)
        mid2 = [H2, "+", -L2.v] if L2.v < 0 else None
        r2 = c.calc("Tuesday range", [(H2, "degC"), "-", (L2, "degC")], "degC", mid=mid2, alt=H2.v + L2.v)
        d = c.calc("difference between the ranges", [(r1, "degC"), "-", (r2, "degC")], "degC",
                   alt=r1.v + r2.v)
        c.answer(d, "degC", lambda s: "Monday's range was %s larger than Tuesday's." % s)


# ---------------------------------------------------------------------------
class FtoC:
    key = "f_to_c"

    def gen(self, r):
        k = r.randint(-6, 9)
        Fv = 32 + 9 * k
        C = 5 * k
        T = C - r.randint(3, 17)
        return dict(F=Fv, T=T, a=r.choice(CITIES2), b=r.choice(CITIES))

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"The afternoon temperature in {p['a']} was {p['F']} °F, while in {p['b']} it was "
                    f"{t(p['T'])}. Convert the {p['a']} reading to Celsius and find how many degrees Celsius "
                    f"warmer {p['a']} was.")
        return (f"A thermometer in {p['a']} reads {numstr(p['F'], 0, minus='-')}°F. A friend in {p['b']} "
                f"reports {numstr(p['T'], 0, minus='-')}°C. How much warmer, in °C, is {p['a']}?")

    def given(self, p):
        return [G(p["a"] + " reading", N(p["F"]), "degF"), G(p["b"] + " reading", N(p["T"]), "degC")]

    def solve(self, c, p):
        Fv, T = N(p["F"]), N(p["T"])
        if p["w"] % 2 == 0:
            a = c.calc("amount above 32 °F", [(Fv, "degF"), "-", 32], None, alt=Fv.v + 32)
            b = c.calc("Celsius reading", [a, "*", 5, "//", 9], "degC")
        else:
            a = c.calc("value after subtracting 32", [Fv, "-", 32], None, alt=Fv.v + 32)
            a5 = c.calc("that value times 5", [a, "*", 5], None)
            b = c.calc("Celsius reading", [a5, "/", 9], "degC")
        d = c.calc("difference", [(b, "degC"), "-", (T, "degC")], "degC", alt=b.v + T.v)
        c.check([T, "+", d], b, "degC")
        c.answer(d, "degC", lambda s: "%s was %s warmer." % (p["a"], s))


# ---------------------------------------------------------------------------
class CtoF:
    key = "c_to_f"

    def gen(self, r):
        C = 5 * r.randint(-8, 8)
        if r.random() < 0.12:
            C = -40
        return dict(C=C, city=r.choice(CITIES))

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"The overnight low in {p['city']} is forecast to be {t(p['C'])}. What is that in "
                    f"degrees Fahrenheit?")
        return (f"My science class recorded {numstr(p['C'], 0, minus='-')} degrees Celsius outside this "
                f"morning. Convert it to Fahrenheit using F = C × 9/5 + 32.")

    def given(self, p):
        return [G("Temperature", N(p["C"]), "degC")]

    def solve(self, c, p):
        C = N(p["C"])
        if p["w"] % 2 == 0:
            a = c.calc("Celsius value times 9", [C, "*", 9], None)
            b = c.calc("result of dividing by 5", [a, "/", 5], None)
        else:
            b = c.calc("Celsius value times 1.8", [C, "*", N("1.8", 1)], None, d=0)
        Fv = c.calc("Fahrenheit temperature", [b, "+", 32], "degF", alt=b.v - 32)
        c.check(["(", Fv, "-", 32, ")", "*", 5, "//", 9], C, "degC")
        c.answer(Fv, "degF", lambda s: "%s is %s." % (t(p["C"]), s))


# ---------------------------------------------------------------------------
class MonthlyRain:
    key = "monthly_rain"

    def gen(self, r):
        ws = [F(r.randint(0, 450), 10) for _ in range(4)]
        if r.random() < 0.3:
            ws[r.randrange(4)] = F(0)
        tot = sum(ws)
        N_ = tot + F(r.choice([-1, 1]) * r.randint(15, 400), 10)
        if N_ <= 20:
            N_ = tot + F(r.randint(15, 300), 10)
        return dict(ws=ws, N=N_, m=r.choice(MONTHS))

    def problem(self, p, w):
        ws = ", ".join(numstr(x, 1) + " mm" for x in p["ws"])
        if w % 2 == 0:
            return (f"Weekly rainfall totals for {p['m']} were {ws}. The normal {p['m']} rainfall is "
                    f"{numstr(p['N'], 1)} mm. How many millimetres above or below normal was the month? "
                    f"(Give a negative number if it was below normal.)")
        return (f"A rain gauge recorded {ws} over the four weeks of {p['m']}. Normal for the month is "
                f"{numstr(p['N'], 1)} mm. What was the departure from normal in mm (negative = below normal)?")

    def given(self, p):
        g = [G("Week %d" % (i + 1), N(x, 1), "mm") for i, x in enumerate(p["ws"])]
        return g + [G("Normal", N(p["N"], 1), "mm")]

    def solve(self, c, p):
        ws = [N(x, 1) for x in p["ws"]]
        Nn = N(p["N"], 1)
        if p["w"] % 2 == 0:
            tot = c.calc("monthly total", [ws[0], "+", ws[1], "+", ws[2], "+", ws[3]], "mm", d=1)
        else:
            s = c.calc("total after two weeks", [ws[0], "+", ws[1]], "mm", d=1)
            s = c.calc("total after three weeks", [s, "+", ws[2]], "mm", d=1)
            tot = c.calc("monthly total", [s, "+", ws[3]], "mm", d=1)
        dep = c.calc("departure from normal", [(tot, "mm"), "-", (Nn, "mm")], "mm", d=1)
        word = "above" if dep.v >= 0 else "below"
        c.note("The month came in %s mm %s normal." % (numstr(abs(dep.v), 1), word))
        c.answer(dep, "mm", lambda s: "The departure from normal is %s." % s)


# ---------------------------------------------------------------------------
class PercentNormal:
    key = "percent_normal"

    def gen(self, r):
        a = F(r.randint(50, 900), 10)
        b = F(r.randint(0, 900), 10)
        if r.random() < 0.3:
            Nn = F(r.choice([40, 50, 80, 125, 160, 200, 250]))
            tot = a + b
        else:
            Nn = F(r.randint(300, 1500), 10)
        return dict(a=a, b=b, N=Nn, m=r.choice(MONTHS), city=r.choice(CITIES))

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"{p['city']} received {numstr(p['a'], 1)} mm of rain in the first half of {p['m']} "
                    f"and {numstr(p['b'], 1)} mm in the second half. The normal for {p['m']} is "
                    f"{numstr(p['N'], 1)} mm. What percent of normal precipitation fell? Round to the "
                    f"nearest tenth of a percent.")
        return (f"Rainfall, {p['m']}: {numstr(p['a'], 1)} mm (days 1–15) and {numstr(p['b'], 1)} mm "
                f"(days 16–end). 30-year normal: {numstr(p['N'], 1)} mm. Express the month's total as a "
                f"percent of normal (one decimal place).")

    def given(self, p):
        return [G("First half", N(p["a"], 1), "mm"), G("Second half", N(p["b"], 1), "mm"),
                G("Normal", N(p["N"], 1), "mm")]

    def solve(self, c, p):
        a, b, Nn = N(p["a"], 1), N(p["b"], 1), N(p["N"], 1)
        tot = c.calc("monthly total", [(a, "mm"), "+", (b, "mm")], "mm", d=1)
        pc = c.calc("percent of normal", ["(", tot, "/", Nn, ")", "*", 100], "pct", d=1)
        c.answer(pc, "pct", lambda s: "The month had %s of normal precipitation." % s)


# ---------------------------------------------------------------------------
class AvgRain:
    key = "avg_rain"

    def gen(self, r):
        n = r.choice([5, 7])
        xs = [F(r.choice([0, 0, r.randint(1, 300)]), 10) for _ in range(n)]
        if all(x == 0 for x in xs):
            xs[0] = F(r.randint(5, 200), 10)
        return dict(xs=xs)

    def problem(self, p, w):
        n = len(p["xs"])
        xs = ", ".join(numstr(x, 1) for x in p["xs"])
        if w % 2 == 0:
            return (f"Daily rainfall over {n} days was {xs} mm. What was the mean daily rainfall, "
                    f"to the nearest tenth of a millimetre?")
        return (f"A student logged these daily rain amounts (mm) for {n} days: {xs}. Find the average "
                f"rainfall per day, rounded to one decimal place.")

    def given(self, p):
        return [G("Day %d" % (i + 1), N(x, 1), "mm") for i, x in enumerate(p["xs"])]

    def solve(self, c, p):
        xs = [N(x, 1) for x in p["xs"]]
        parts = []
        for x in xs:
            if parts:
                parts.append("+")
            parts.append(x)
        tot = c.calc("total rainfall", parts, "mm", d=1)
        if any(x.v == 0 for x in xs):
            c.note("The dry days (0.0 mm) still count as days in the average.")
        mean = c.calc("mean daily rainfall", [(tot, "mm"), "/", len(xs)], "mm", d=1)
        c.answer(mean, "mm", lambda s: "The mean daily rainfall was about %s." % s if not
                 (c.steps[-1]["exact"]) else "The mean daily rainfall was %s." % s)


# ---------------------------------------------------------------------------
class SnowDepth:
    key = "snow_depth"

    def gen(self, r):
        S = r.randint(5, 60)
        a = r.randint(3, 35)
        b = r.randint(2, 20)
        cc = r.randint(1, 9)
        if S + a - b - cc <= 0:
            b = 2
        return dict(S=S, a=a, b=b, c=cc)

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"There were {p['S']} cm of snow on the ground Sunday evening. Overnight {p['a']} cm of "
                    f"new snow fell. On Monday, {p['b']} cm melted and the pack settled another {p['c']} cm. "
                    f"How deep was the snow Monday evening?")
        return (f"Snow depth at the school's weather station: {p['S']} cm. A storm adds {p['a']} cm, then a "
                f"thaw melts {p['b']} cm and compaction lowers it by {p['c']} cm. What is the final depth?")

    def given(self, p):
        return [G("Starting depth", N(p["S"]), "cm"), G("New snow", N(p["a"]), "cm"),
                G("Melt", N(p["b"]), "cm"), G("Settling", N(p["c"]), "cm")]

    def solve(self, c, p):
        S, a, b, cc = N(p["S"]), N(p["a"]), N(p["b"]), N(p["c"])
        x = c.calc("depth after the new snow", [(S, "cm"), "+", (a, "cm")], "cm", alt=S.v - a.v)
        y = c.calc("depth after melting", [(x, "cm"), "-", (b, "cm")], "cm", alt=x.v + b.v)
        z = c.calc("depth after settling", [(y, "cm"), "-", (cc, "cm")], "cm", alt=y.v + cc.v)
        c.check([S, "+", a, "-", "(", b, "+", cc, ")"], z, "cm")
        c.answer(z, "cm", lambda s: "The snow was %s deep Monday evening." % s if p["w"] % 2 == 0
                 else "The final snow depth is %s." % s)


# ---------------------------------------------------------------------------
def wind_chill(T, V):
    v = V ** 0.16
    return round(13.12 + 0.6215 * T - 11.37 * v + 0.3965 * T * v)


class WindChill:
    key = "wind_chill"
    SPEEDS = [10, 20, 30, 40, 50]

    def gen(self, r):
        temps = sorted(r.sample([0, -5, -10, -15, -20, -25, -30], 3), reverse=True)
        T = r.choice(temps)
        v1, v2 = sorted(r.sample(self.SPEEDS, 2))
        return dict(temps=temps, T=T, v1=v1, v2=v2)

    def table(self, p):
        rows = ["| Wind (km/h) | " + " | ".join(t(x) for x in p["temps"]) + " |",
                "|---" * (len(p["temps"]) + 1) + "|"]
        for V in self.SPEEDS:
            rows.append("| %d | " % V + " | ".join(numstr(wind_chill(x, V), 0) for x in p["temps"]) + " |")
        return "\n".join(rows)

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"Wind chill table (air temperature across the top, values in °C):\n\n{self.table(p)}\n\n"
                    f"The air temperature is {t(p['T'])}. How many degrees colder does it feel with a "
                    f"{p['v2']} km/h wind than with a {p['v1']} km/h wind? Use the amounts each wind makes it "
                    f"feel colder than the air temperature.")
        return (f"Using this wind chill chart:\n\n{self.table(p)}\n\nAt an air temperature of {t(p['T'])}, "
                f"find how much colder than the air it feels at {p['v1']} km/h and at {p['v2']} km/h, then "
                f"how many more degrees of chill the {p['v2']} km/h wind adds.")

    def given(self, p):
        T = p["T"]
        return [G("Air temperature", N(T), "degC"),
                G("Wind chill at %d km/h" % p["v1"], N(wind_chill(T, p["v1"])), "degC"),
                G("Wind chill at %d km/h" % p["v2"], N(wind_chill(T, p["v2"])), "degC")]

    def solve(self, c, p):
        T = N(p["T"])
        W1, W2 = N(wind_chill(p["T"], p["v1"])), N(wind_chill(p["T"], p["v2"]))
        c.note("From the table at %s: %d km/h gives %s and %d km/h gives %s." % (
            t(p["T"]), p["v1"], t(W1.v), p["v2"], t(W2.v)))
        d1 = c.calc("chill at %d km/h" % p["v1"], [(T, "degC"), "-", (W1, "degC")], "degC",
                    alt=T.v + W1.v)
        d2 = c.calc("chill at %d km/h" % p["v2"], [(T, "degC"), "-", (W2, "degC")], "degC",
                    alt=T.v + W2.v)
        dd = c.calc("extra chill from the stronger wind", [(d2, "degC"), "-", (d1, "degC")], "degC",
                    alt=d2.v + d1.v)
        c.check([W1, "-", W2], dd, "degC")
        c.answer(dd, "degC", lambda s: "It feels %s colder with the %d km/h wind." % (s, p["v2"]))


# ---------------------------------------------------------------------------
class Record:
    key = "record"

    def gen(self, r):
        kind = r.choice(["high", "low"])
        y0 = r.randint(1895, 2012)
        yc = r.randint(max(y0 + 3, 2015), 2025)
        if kind == "high":
            R = r.randint(88, 112)
            H = R - r.randint(1, 19)
        else:
            R = r.randint(-46, -20)
            H = R + r.randint(2, 25)
        return dict(kind=kind, y0=y0, yc=yc, R=R, H=H, city=r.choice(CITIES), date=r.randint(2, 28))

    def problem(self, p, w):
        if p["kind"] == "high":
            s = (f"The record high for July {p['date']} in {p['city']} is {p['R']} °F, set in {p['y0']}. "
                 f"On July {p['date']}, {p['yc']}, the high reached {p['H']} °F.")
            q = "How many years old was the record that day, and by how many degrees did the high fall short of it?"
        else:
            s = (f"The record low for January {p['date']} in {p['city']} is {t(p['R'])}, set in {p['y0']}. "
                 f"On January {p['date']}, {p['yc']}, the low was {t(p['H'])}.")
            q = "How many years old was the record, and how many degrees warmer than the record was that low?"
        if w % 2 == 1:
            q = q.replace("How many years old was the record that day, and by", "By").replace(
                "How many years old was the record, and how", "How")
            q = q[:-1] + " (also note how old the record is)?"
        return s + " " + q + " Give the degree difference as the final answer."

    def given(self, p):
        u = "degF" if p["kind"] == "high" else "degC"
        return [(("Record (%d)" % p["y0"]), lambda st: st.unit(st.num(F(p["R"]), 0), u)),
                ("Reading (%d)" % p["yc"], lambda st: st.unit(st.num(F(p["H"]), 0), u))]

    def solve(self, c, p):
        u = "degF" if p["kind"] == "high" else "degC"
        yrs = c.calc("age of the record", [p["yc"], "-", p["y0"]], "years")
        R, H = N(p["R"]), N(p["H"])
        if p["kind"] == "high":
            d = c.calc("shortfall from the record", [(R, u), "-", (H, u)], u, alt=R.v + H.v)
            c.check([H, "+", d], R, u)
            c.answer(d, u, lambda s: "The record was %s years old, and the high was %s short of it." % (
                numstr(yrs.v, 0), s))
        else:
            mid = [H, "+", -R.v] if H.v < 0 else None
            d = c.calc("margin above the record low", [(H, u), "-", (R, u)], u, alt=H.v + R.v, mid=mid)
            c.answer(d, u, lambda s: "The record was %s years old, and the low was %s warmer than it." % (
                numstr(yrs.v, 0), s))


# ---------------------------------------------------------------------------
class WinterMean:
    key = "winter_mean"

    def gen(self, r):
        xs = [F(r.randint(-180, 40), 10) for _ in range(3)]
        nm = F(r.randint(-150, 10), 10)
        return dict(xs=xs, nm=nm, city=r.choice(CITIES))

    def problem(self, p, w):
        a, b, cc = (t(x, 1) for x in p["xs"])
        if w % 2 == 0:
            return (f"Monthly mean temperatures in {p['city']} last winter were December {a}, January {b} and "
                    f"February {cc}. The normal winter mean is {t(p['nm'], 1)}. What was the winter's "
                    f"temperature anomaly (winter mean minus normal), to one decimal place?")
        return (f"Dec: {a}, Jan: {b}, Feb: {cc}. Normal winter (DJF) average: {t(p['nm'], 1)}. Find the "
                f"DJF mean, rounded to 0.1 °C, and its departure from normal.")

    def given(self, p):
        return [G(m, N(x, 1), "degC") for m, x in zip(["December", "January", "February"], p["xs"])] + [
            G("Normal", N(p["nm"], 1), "degC")]

    def solve(self, c, p):
        xs = [N(x, 1) for x in p["xs"]]
        nm = N(p["nm"], 1)
        s = c.calc("sum of the three monthly means", [xs[0], "+", xs[1], "+", xs[2]], "degC", d=1)
        m = c.calc("winter mean", [s, "/", 3], "degC", d=1)
        a = c.calc("anomaly", [(m, "degC"), "-", (nm, "degC")], "degC", d=1, alt=m.v + nm.v)
        c.note("So the winter was %s °C %s normal." % (numstr(abs(a.v), 1), "warmer than" if a.v >= 0
                                                        else "colder than"))
        c.answer(a, "degC", lambda s: "The winter anomaly was %s." % s)


# ---------------------------------------------------------------------------
class InchToMm:
    key = "inch_to_mm"

    def gen(self, r):
        return dict(a=F(r.randint(5, 400), 100), b=F(r.randint(5, 300), 100), city=r.choice(CITIES))

    def problem(self, p, w):
        a, b = numstr(p["a"], 2), numstr(p["b"], 2)
        if w % 2 == 0:
            return (f"A storm dropped {a} inches of rain on Saturday and {b} inches on Sunday in {p['city']}. "
                    f"What was the two-day total in millimetres (1 in = 25.4 mm), to the nearest tenth?")
        return (f"Rain gauge readings: {a} in. and {b} in. How many millimetres is the combined amount? "
                f"Use 25.4 mm per inch and round to one decimal.")

    def given(self, p):
        return [G("Saturday", N(p["a"], 2), "in"), G("Sunday", N(p["b"], 2), "in")]

    def solve(self, c, p):
        a, b = N(p["a"], 2), N(p["b"], 2)
        s = c.calc("two-day total in inches", [(a, "in"), "+", (b, "in")], "in", d=2)
        mm = c.calc("total in millimetres", [s, "*", N("25.4", 1)], "mm", d=1)
        c.answer(mm, "mm", lambda s_: ("That is about %s." if not c.steps[-1]["exact"] else "That is %s.")
                 % s_)


# ---------------------------------------------------------------------------
class DropRate:
    key = "drop_rate"

    def gen(self, r):
        t1 = r.randint(13, 18)
        h = r.randint(3, 8)
        A = r.randint(-2, 14)
        B = A - r.randint(5, 22)
        return dict(t1=t1, t2=t1 + h, A=A, B=B)

    def hr(self, x):
        return "%d p.m." % (x - 12) if x > 12 else "%d a.m." % x

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"A cold front passed through. At {self.hr(p['t1'])} it was {t(p['A'])}; by "
                    f"{self.hr(p['t2'])} it was {t(p['B'])}. What was the average rate of cooling in °C per "
                    f"hour (to one decimal place)?")
        return (f"Temperature at {p['t1']}:00 was {t(p['A'])} and at {p['t2']}:00 it was {t(p['B'])}. Find "
                f"the mean hourly drop, rounded to the nearest 0.1 °C.")

    def given(self, p):
        return [G("Start (%s)" % self.hr(p["t1"]), N(p["A"]), "degC"),
                G("End (%s)" % self.hr(p["t2"]), N(p["B"]), "degC")]

    def solve(self, c, p):
        A, B = N(p["A"]), N(p["B"])
        h = c.calc("elapsed time", [p["t2"], "-", p["t1"]], "hours")
        mid = [A, "+", -B.v] if B.v < 0 else None
        d = c.calc("total drop", [(A, "degC"), "-", (B, "degC")], "degC", mid=mid, alt=A.v + B.v)
        rate = c.calc("cooling rate", [d, "/", h], "Cph", d=1)
        c.answer(rate, "Cph", lambda s: "It cooled at %s%s." % ("about " if not c.steps[-1]["exact"] else "", s))


# ---------------------------------------------------------------------------
class YtdRain:
    key = "ytd_rain"

    def gen(self, r):
        Nn = F(r.randint(7000, 15000), 10)
        Y = Nn - F(r.randint(900, 4500), 10)
        k = r.choice([2, 3, 4, 5])
        return dict(N=Nn, Y=Y, k=k, m=MONTHS[-k - 1] if k < len(MONTHS) else "July")

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"The normal annual precipitation for a town is {numstr(p['N'], 1)} mm. By the end of "
                    f"{p['m']} it had received {numstr(p['Y'], 1)} mm. How much precipitation per month, on "
                    f"average, is still needed over the remaining {p['k']} months to reach normal? Round to "
                    f"one decimal.")
        return (f"Year-to-date precipitation: {numstr(p['Y'], 1)} mm. Annual normal: {numstr(p['N'], 1)} mm. "
                f"With {p['k']} months left, what monthly average (mm, one decimal) would bring the year up "
                f"to normal?")

    def given(self, p):
        return [G("Annual normal", N(p["N"], 1), "mm"), G("Year to date", N(p["Y"], 1), "mm"),
                ("Months remaining", lambda st: str(p["k"]))]

    def solve(self, c, p):
        Nn, Y = N(p["N"], 1), N(p["Y"], 1)
        rem = c.calc("amount still needed", [(Nn, "mm"), "-", (Y, "mm")], "mm", d=1, alt=Nn.v + Y.v)
        per = c.calc("needed per month", [(rem, "mm"), "/", p["k"]], "mm", d=1)
        c.answer(per, "mm", lambda s: "About %s per month is needed." % s if not c.steps[-1]["exact"]
                 else "%s per month is needed." % s)


# ---------------------------------------------------------------------------
class HDD:
    key = "hdd"

    def gen(self, r):
        days = []
        for _ in range(3):
            lo = r.randint(-16, 8)
            hi = lo + r.randint(3, 14)
            if (hi + lo) / 2 >= 18:
                hi = lo + 3
            days.append((hi, lo))
        return dict(days=days)

    def problem(self, p, w):
        ds = "; ".join("day %d: high %s, low %s" % (i + 1, t(h), t(l)) for i, (h, l) in enumerate(p["days"]))
        if w % 2 == 0:
            return (f"Heating degree days (HDD) use a base of 18 °C: HDD = 18 − daily mean, where the daily mean "
                    f"is (high + low) ÷ 2. Given {ds}. What is the 3-day HDD total?")
        return (f"Compute total heating degree days (base 18 °C, mean = average of high and low) for three "
                f"days — {ds}.")

    def given(self, p):
        out = []
        for i, (h, l) in enumerate(p["days"]):
            out.append(G("Day %d high" % (i + 1), N(h), "degC"))
            out.append(G("Day %d low" % (i + 1), N(l), "degC"))
        return out

    def solve(self, c, p):
        hs = []
        for i, (h, l) in enumerate(p["days"]):
            H, L = N(h), N(l)
            m = c.calc("day %d mean" % (i + 1), ["(", H, "+", L, ")", "/", 2], "degC", d=1)
            x = c.calc("day %d HDD" % (i + 1), [18, "-", m], None, d=1, alt=18 + m.v)
            hs.append(x)
        tot = c.calc("total HDD", [hs[0], "+", hs[1], "+", hs[2]], "dd", d=1)
        c.answer(tot, "dd", lambda s: "The 3-day total is %s." % s)


# ---------------------------------------------------------------------------
class SnowWater:
    key = "snow_water"

    def gen(self, r):
        return dict(S=r.randint(4, 45), ratio=r.choice([8, 10, 12, 15]), R=F(r.randint(0, 250), 10))

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"A storm brought {p['S']} cm of snow with a snow-to-liquid ratio of {p['ratio']}:1, "
                    f"followed by {numstr(p['R'], 1)} mm of rain. What was the total liquid-equivalent "
                    f"precipitation in mm (one decimal)?")
        return (f"Snowfall: {p['S']} cm (ratio {p['ratio']} to 1). Freezing rain afterwards: "
                f"{numstr(p['R'], 1)} mm. Total precipitation as water, in millimetres, to 0.1 mm?")

    def given(self, p):
        return [G("Snowfall", N(p["S"]), "cm"), ("Snow-to-liquid ratio", lambda st: "%d:1" % p["ratio"]),
                G("Rain", N(p["R"], 1), "mm")]

    def solve(self, c, p):
        S, R = N(p["S"]), N(p["R"], 1)
        smm = c.calc("snowfall in millimetres", [S, "*", 10], "mm")
        liq = c.calc("liquid equivalent of the snow", [(smm, "mm"), "/", p["ratio"]], "mm", d=1)
        tot = c.calc("total liquid precipitation", [(liq, "mm"), "+", (R, "mm")], "mm", d=1, alt=liq.v - R.v)
        c.answer(tot, "mm", lambda s: "The total liquid-equivalent precipitation was %s%s." % (
            "about " if not all(st["exact"] for st in c.steps) else "", s))


# ---------------------------------------------------------------------------
class FRangeToC:
    key = "f_range_to_c"

    def gen(self, r):
        lo = r.randint(-20, 50)
        hi = lo + r.randint(8, 40)
        return dict(lo=lo, hi=hi)

    def problem(self, p, w):
        if w % 2 == 0:
            return (f"Yesterday's high was {p['hi']} °F and the low was {t(p['lo'], u='°F')}. What was the daily "
                    f"temperature range in Celsius degrees, to one decimal place?")
        return (f"High {numstr(p['hi'], 0, minus='-')}°F, low {numstr(p['lo'], 0, minus='-')}°F. Express the "
                f"day's temperature spread in °C (nearest tenth).")

    def given(self, p):
        return [G("High", N(p["hi"]), "degF"), G("Low", N(p["lo"]), "degF")]

    def solve(self, c, p):
        hi, lo = N(p["hi"]), N(p["lo"])
        mid = [hi, "+", -lo.v] if lo.v < 0 else None
        dF = c.calc("range in Fahrenheit degrees", [(hi, "degF"), "-", (lo, "degF")], "degF", mid=mid,
                    alt=hi.v + lo.v)
        c.note("A temperature difference converts with the 5/9 factor only; the 32 offset cancels out.")
        dC = c.calc("range in Celsius degrees", [dF, "*", 5, "//", 9], "degC", d=1)
        c.answer(dC, "degC", lambda s: "The daily range was %s%s." % (
            "about " if not c.steps[-1]["exact"] else "", s))


STRUCTS = [TempSwing(), RangeCompare(), FtoC(), CtoF(), MonthlyRain(), PercentNormal(), AvgRain(), SnowDepth(),
           WindChill(), Record(), WinterMean(), InchToMm(), DropRate(), YtdRain(), HDD(), SnowWater(),
           FRangeToC()]
