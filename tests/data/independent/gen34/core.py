"""Core pieces for the signed-number word-problem generator.

Numbers are fractions.Fraction throughout; every value that is ever written
must be an exact decimal with at most two places.
"""
from fractions import Fraction as F
import random

MINUS = "\u2212"  # −

SMALL_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven",
               "eight", "nine", "ten", "eleven", "twelve", "thirteen",
               "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
               "nineteen", "twenty"]


WORD_UNITS = {"yd": "yards", "h": "hours", "min": "minutes", "s": "seconds",
              "weeks": "weeks", "strokes": "strokes", "floors": "floors",
              "steps": "steps", "pts": "points", "coins": "coins"}


def sub_rng(*parts):
    return random.Random("|".join(str(p) for p in parts))


def clean(v):
    """exact decimal with <= 2 places"""
    return (F(v) * 100).denominator == 1


def plain(v):
    """plain final-answer string: dot decimal, no separators"""
    v = F(v)
    neg = v < 0
    a = -v if neg else v
    if a.denominator == 1:
        s = str(a.numerator)
    else:
        s = None
        for p in (1, 2, 3, 4):
            if (a * 10 ** p).denominator == 1:
                n = (a * 10 ** p).numerator
                s = str(n // 10 ** p) + "." + str(n % 10 ** p).rjust(p, "0")
                break
        assert s is not None, v
    return ("-" + s) if neg and v != 0 else s


def mag(v, thou=True, places=None):
    """|v| as digits, optional thousands separators, optional fixed places"""
    a = abs(F(v))
    if places is None:
        if a.denominator == 1:
            ip, fp = a.numerator, ""
        else:
            s = plain(a)
            ip, fp = int(s.split(".")[0]), s.split(".")[1]
    else:
        n = a * 10 ** places
        assert n.denominator == 1, (v, places)
        n = n.numerator
        ip, fp = n // 10 ** places, str(n % 10 ** places).rjust(places, "0")
    si = f"{ip:,}" if (thou and ip >= 1000) else str(ip)
    return si + ("." + fp if fp else "")


# ---------------------------------------------------------------- operations
def op_value(op, args):
    if op == "add":
        return args[0] + args[1]
    if op in ("sub", "diff"):
        return args[0] - args[1]
    if op == "mul":
        return args[0] * args[1]
    if op == "div":
        if args[1] == 0:
            raise ZeroDivisionError
        return args[0] / args[1]
    if op == "sum":
        t = F(0)
        for a in args:
            t += a
        return t
    if op == "abs":
        return abs(args[0])
    raise ValueError(op)


# ---------------------------------------------------------------- faults
def _digit_swap(r, rng):
    s = plain(abs(r))
    idx = [i for i in range(len(s) - 1)
           if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]
           and not (i == 0 and s[i + 1] == "0")]
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    w = F(t)
    return -w if r < 0 else w


def _dropped_digit(r, rng):
    s = plain(abs(r))
    ip = s.split(".")[0]
    if len(ip) < 2:
        return None
    idx = [i for i in range(len(ip)) if not (i == 0 and ip[1] == "0")]
    i = rng.choice(idx)
    t = s[:i] + s[i + 1:]
    w = F(t)
    return -w if r < 0 else w


def fault_candidates(op, args, r, rng):
    """list of (kind, wrong_value, weight); wrong != r"""
    out = []
    if r != 0:
        out.append(("sign_error", -r, 3.0))
    if op in ("add", "sub", "diff"):
        a, b = args
        e = b if op == "add" else -b
        if a < 0 and e < 0:
            out.append(("sign_rule", a - e, 3.0))      # -5 - 3 written -2
        elif a != 0 and e != 0 and (a < 0) != (e < 0) and abs(a) != abs(e):
            # added the magnitudes and kept the first sign: -8 + 12 -> -20
            w = (abs(a) + abs(e)) * (1 if a > 0 else -1)
            out.append(("sign_rule", w, 2.0))
        if op != "add" and b < 0:
            out.append(("double_negative", a + b, 3.5))  # 4 - (-3) -> 1
        if b != 0:
            out.append(("wrong_op", a - b if op == "add" else a + b, 1.0))
    if op == "sum":
        negs = [t for t in args if t < 0]
        if negs:
            t = rng.choice(negs)
            out.append(("sign_dropped", r - 2 * t, 3.0))
    if op == "mul" and (args[0] < 0) and (args[1] < 0):
        pass  # sign_error already covers (-3)(-4) = -12
    out.append(("off_by_one", r + (1 if rng.random() < 0.5 else -1), 2.0))
    w = _digit_swap(r, rng)
    if w is not None:
        out.append(("digit_swap", w, 1.5))
    w = _dropped_digit(r, rng)
    if w is not None:
        out.append(("dropped_digit", w, 1.0))
    res = []
    seen = []
    for k, w, wt in out:
        if w == r or not clean(w) or w in seen:
            continue
        seen.append(w)
        res.append((k, w, wt))
    return res


def wpick(rng, items):
    tot = sum(x[-1] for x in items)
    x = rng.random() * tot
    for it in items:
        x -= it[-1]
        if x <= 0:
            return it
    return items[-1]


# ---------------------------------------------------------------- formatting
class Fmt:
    """solution-side number formatting, chosen once per problem"""

    def __init__(self, rng, style, unit):
        self.style = style
        self.latex = style in ("latex_display", "latex_inline")
        self.gsm = style == "gsm8k"
        self.unit = unit
        if self.latex or self.gsm:
            self.m = "-"
        else:
            self.m = MINUS if rng.random() < 0.45 else "-"
        self.neg_add = "paren" if rng.random() < 0.55 else "minus"
        self.dn_chain = rng.random() < 0.5
        self.lead_paren = rng.random() < 0.15
        self.mul_lead_paren = rng.random() < 0.45
        if self.latex:
            self.mul = rng.choice([r"\times", r"\times", r"\cdot"])
            self.div = rng.choice([r"\div", "frac", "frac"])
        elif self.gsm:
            self.mul = "*"
            self.div = "/"
        else:
            self.mul = rng.choice(["×", "×", "×", "*", "·", "x"])
            self.div = rng.choice(["÷", "÷", "/"])
        self.thou = rng.random() < 0.8 and not self.gsm
        self.money_form = rng.choice(["-$", "-$", "$-"])
        r = rng.random()
        if self.gsm:
            self.unit_mode = "none"
        elif r < 0.45:
            self.unit_mode = "result"
        elif r < 0.75:
            self.unit_mode = "none"
        else:
            self.unit_mode = "all"
        self.deg_space = rng.random() < 0.6
        # "(+1)" for positive terms in sums of signed changes
        self.explicit_plus = rng.random() < 0.3 and not self.gsm
        # "|-4 - 9| = |-13| = 13" for differences
        self.diff_abs = rng.random() < 0.3 and not self.gsm
        self.inline_paren = rng.random() < 0.4
        self.sp = "" if self.gsm else " "
        self.cents = False

    # --- numbers
    def n(self, v):
        v = F(v)
        places = 2 if (self.cents and v.denominator != 1) else None
        s = mag(v, self.thou, places)
        return (self.m + s) if v < 0 else s

    def u(self, v, unit=None):
        """number with unit attached (for text and results)"""
        unit = self.unit if unit is None else unit
        v = F(v)
        if unit == "$":
            places = 2 if (self.cents and v.denominator != 1) else None
            s = mag(v, self.thou, places)
            d = r"\$" if self.latex else "$"
            if v < 0:
                if self.money_form == "$-":
                    return d + self.m + s
                return self.m + d + s
            return d + s
        s = self.n(v)
        if unit in ("C", "F"):
            if self.latex:
                return s + r"^\circ\text{" + unit + "}"
            return s + (" °" if self.deg_space else "°") + unit
        if unit == "deg":
            return s + ("^\\circ" if self.latex else "°")
        if unit in ("m", "ft", "lb", "L"):
            return s + (r"\text{ " + unit + "}" if self.latex else " " + unit)
        if unit == "clock":
            return s + ":00"
        word = WORD_UNITS.get(unit)
        if word:
            if abs(v) == 1:
                word = word.rstrip("s")
            return s + (r"\text{ " + word + "}" if self.latex else " " + word)
        return s

    def tu(self, v, unit=None):
        """number with unit for running text (latex wraps math)"""
        s = self.u(v, unit)
        if self.style == "latex_display":
            return r"\(" + s + r"\)"
        if self.style == "latex_inline":
            return (r"\(" + s + r"\)") if self.inline_paren else ("$" + s + "$")
        return s

    def opnd(self, v, pos, unit_ok, op, unit=None):
        v = F(v)
        s = self.u(v, unit) if unit_ok else self.n(v)
        if v < 0:
            if pos > 0:
                return "(" + s + ")"
            if op in ("mul", "div") and self.mul_lead_paren:
                return "(" + s + ")"
            if self.lead_paren:
                return "(" + s + ")"
        return s

    def res(self, v, unit_ok, unit=None):
        return self.u(v, unit) if unit_ok else self.n(v)


# ---------------------------------------------------------------- problem text
class PFmt:
    """problem-side wording of numbers, chosen once per problem"""

    def __init__(self, rng):
        self.m = MINUS if rng.random() < 0.5 else "-"
        self.temp = rng.choice(["sym", "sym", "below", "minus", "negative"])
        self.deg_sp = rng.random() < 0.5
        self.money = rng.choice(["-$", "$-", "neg"])
        self.elev = rng.choice(["sym", "words", "words"])
        self.golf = rng.choice(["sym", "words"])
        self.pts = rng.choice(["sym", "sym", "minus", "negative"])
        self.floor = rng.choice(["B", "level", "words"])
        self.words = rng.random() < 0.25
        self.short_below = rng.random() < 0.3

    def num(self, v):
        v = F(v)
        s = mag(v)
        return (self.m + s) if v < 0 else s

    def small(self, v):
        v = F(v)
        if self.words and v.denominator == 1 and 0 <= v <= 12:
            return SMALL_WORDS[int(v)]
        return mag(v)

    def fmt(self, v, kind):
        v = F(v)
        a = mag(v)
        if kind == "n":
            return self.small(v)
        if kind == "d":          # plain digits, never words
            return mag(v)
        if kind == "s":          # signed number, symbol
            return self.num(v)
        if kind in ("T", "TF"):
            u = "C" if kind == "T" else "F"
            deg = (" °" if self.deg_sp else "°") + u
            dg = "degree" if abs(v) == 1 else "degrees"
            if v < 0:
                w = self.small(-v)
                if self.temp == "below":
                    return f"{w} below zero" if self.short_below else f"{w} {dg} below zero"
                if self.temp == "minus":
                    return f"minus {w} {dg}"
                if self.temp == "negative":
                    return f"negative {w} {dg}"
                return self.m + a + deg
            if self.temp == "sym":
                return a + deg
            return f"{a} {dg}"
        if kind in ("$", "A$", "$s", "$S"):
            a = mag(v, True, 2 if v.denominator != 1 else None)
        if kind in ("$", "A$"):
            return "$" + a
        if kind == "$S":
            return (self.m if v < 0 else "+") + "$" + a
        if kind == "$s":
            if v < 0:
                if self.money == "-$":
                    return self.m + "$" + a
                if self.money == "$-":
                    return "$" + self.m + a
                return "negative $" + a
            return "$" + a
        if kind == "A":
            return self.small(abs(v))
        if kind == "S":
            return (self.m if v < 0 else "+") + a
        if kind in ("Em", "Eft"):
            u = "m" if kind == "Em" else "feet"
            uu = "meters" if kind == "Em" else "feet"
            if v < 0:
                if self.elev == "words":
                    return f"{a} {uu} below sea level"
                return f"{self.m}{a} {u}"
            if self.elev == "words":
                return f"{a} {uu} above sea level"
            return f"{a} {u}"
        if kind == "G":
            if v < 0:
                return self.m + a if self.golf == "sym" else f"{a} under par"
            if v > 0:
                return "+" + a if self.golf == "sym" else f"{a} over par"
            return "even par"
        if kind == "P":
            if v < 0:
                if self.pts == "minus":
                    return f"minus {a}"
                if self.pts == "negative":
                    return f"negative {a}"
                return self.m + a
            return ("+" + a) if self.pts == "sym" else a
        if kind == "Z":
            if v < 0:
                return "UTC" + self.m + a
            return "UTC+" + a
        if kind == "FL":
            if v < 0:
                if self.floor == "B":
                    return "B" + a
                if self.floor == "level":
                    return "level " + self.m + a
                return f"{a} {'floor' if v == -1 else 'floors'} below ground"
            if v == 0:
                return "the ground floor"
            return "floor " + a
        raise ValueError(kind)
