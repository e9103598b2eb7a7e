"""Core: numbers, terms, styles and the solution builder (stdlib only)."""
from fractions import Fraction as F


class Bad(Exception):
    """Raised when a (carried) value makes a solution path invalid."""


# ---------------------------------------------------------------- numbers
def term_dec(v):
    d = F(v).denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1


def places_of(v):
    v = F(v)
    if not term_dec(v):
        raise Bad("nonterminating")
    p = 0
    while (v * 10 ** p).denominator != 1:
        p += 1
    return p


def int_str(n, sep):
    s = str(abs(n))
    if sep and len(s) > 3:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = ",".join(parts)
    return ("-" if n < 0 else "") + s


def dec_str(v, sep=False, places=None):
    v = F(v)
    if places is None:
        places = places_of(v)
    n = v * 10 ** places
    if n.denominator != 1:
        raise Bad("places")
    n = int(n)
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, 10 ** places)
    s = int_str(ip, sep)
    if places:
        s += "." + str(fp).rjust(places, "0")
    return ("-" if neg else "") + s


def frac_str(v, latex=False, uni=False):
    v = F(v)
    w, r = divmod(v.numerator, v.denominator)
    if r == 0:
        return str(w)
    fr = F(r, v.denominator)
    UNI = {F(1, 2): "½", F(1, 3): "⅓", F(2, 3): "⅔", F(1, 4): "¼", F(3, 4): "¾",
           F(1, 8): "⅛", F(3, 8): "⅜", F(5, 8): "⅝", F(7, 8): "⅞"}
    if uni and fr in UNI:
        return (str(w) if w else "") + UNI[fr]
    if latex:
        f = "\\frac{%d}{%d}" % (fr.numerator, fr.denominator)
        return (str(w) + f) if w else f
    f = "%d/%d" % (fr.numerator, fr.denominator)
    return (str(w) + " " + f) if w else f


def final_str(v):
    v = F(v)
    if v.denominator == 1:
        return str(int(v))
    return dec_str(v)


# ---------------------------------------------------------------- units
# key: (dim, abbr_sing, abbr_pl, word_sing, word_pl, short_sing, short_pl)
UNITS = {
    "h": ("time", "h", "h", "hour", "hours", "hr", "hrs"),
    "min": ("time", "min", "min", "minute", "minutes", "min", "min"),
    "s": ("time", "s", "s", "second", "seconds", "sec", "sec"),
    "wk": ("time", "week", "weeks", "week", "weeks", "wk", "wks"),
    "day": ("time", "day", "days", "day", "days", "day", "days"),
    "lb": ("mi", "lb", "lb", "pound", "pounds", "lb", "lbs"),
    "oz": ("mi", "oz", "oz", "ounce", "ounces", "oz", "oz"),
    "ft": ("li", "ft", "ft", "foot", "feet", "ft", "ft"),
    "in": ("li", "in", "in", "inch", "inches", "in", "in"),
    "yd": ("li", "yd", "yd", "yard", "yards", "yd", "yds"),
    "km": ("lm", "km", "km", "kilometer", "kilometers", "km", "km"),
    "m": ("lm", "m", "m", "meter", "meters", "m", "m"),
    "cm": ("lm", "cm", "cm", "centimeter", "centimeters", "cm", "cm"),
    "kg": ("mm", "kg", "kg", "kilogram", "kilograms", "kg", "kg"),
    "g": ("mm", "g", "g", "gram", "grams", "g", "g"),
    "L": ("vm", "L", "L", "liter", "liters", "L", "L"),
    "mL": ("vm", "mL", "mL", "milliliter", "milliliters", "mL", "mL"),
    "gal": ("vu", "gal", "gal", "gallon", "gallons", "gal", "gal"),
    "qt": ("vu", "qt", "qt", "quart", "quarts", "qt", "qt"),
    "pt": ("vu", "pt", "pt", "pint", "pints", "pt", "pt"),
    "cup": ("vu", "cup", "cups", "cup", "cups", "cup", "cups"),
    "floz": ("vu", "fl oz", "fl oz", "fluid ounce", "fluid ounces", "fl oz", "fl oz"),
    "tbsp": ("vu", "tbsp", "tbsp", "tablespoon", "tablespoons", "tbsp", "tbsp"),
    "tsp": ("vu", "tsp", "tsp", "teaspoon", "teaspoons", "tsp", "tsp"),
    "dollar": ("money", "dollar", "dollars", "dollar", "dollars", "dollar", "dollars"),
    "cent": ("money", "¢", "¢", "cent", "cents", "¢", "¢"),
}


def uname(u, v, mode):
    e = UNITS[u]
    one = F(v) == 1 or (u == "cup" and F(v) < 1)
    if mode in ("abbr", "latex"):
        return e[1] if one else e[2]
    if mode == "word":
        return e[3] if one else e[4]
    return e[5] if one else e[6]


# ---------------------------------------------------------------- styles
class Style:
    def __init__(self, name, unit, mul, div, minus, sep, latex=False):
        self.name, self.unit, self.mul, self.div = name, unit, mul, div
        self.minus, self.sep, self.latex = minus, sep, latex


STYLES = [
    Style("md_steps", "abbr", "×", "÷", "−", True),
    Style("bold_steps", "word", "×", "÷", "−", True),
    Style("prose", "word", "×", "÷", "−", True),
    Style("latex_inline", "latex", "\\times", "\\div", "-", False, True),
    Style("latex_display", "latex", "\\times", "\\div", "-", False, True),
    Style("table", "abbr", "×", "÷", "−", True),
    Style("terse", "abbr", "*", "/", "-", False),
    Style("tutor", "word", "×", "÷", "−", True),
    Style("column", "short", "x", "÷", "-", True),
    Style("gsm8k", "word", "*", "/", "-", False),
    Style("arrows", "abbr", "·", "÷", "−", True),
    Style("numbered", "short", "×", "/", "−", True),
]
STYLE_BY_NAME = {s.name: s for s in STYLES}


# ---------------------------------------------------------------- terms
class N:
    def __init__(self, v, form="auto"):
        self.v, self.form = F(v), form


class Q:
    def __init__(self, *parts, form=None):
        self.parts = [(F(v), u) for v, u in parts]
        self.form = form


class Op:
    def __init__(self, sym, *args):
        self.sym = sym
        self.args = [a if isinstance(a, (N, Q, Op, Rem, Clk, Raw)) else N(a) for a in args]


class Rem:
    def __init__(self, q, r):
        self.q, self.r = F(q), F(r)


class Clk:
    """Clock time given in minutes after midnight."""
    def __init__(self, mins, h24=False):
        self.m, self.h24 = int(mins), h24


class Raw:
    """Text that breaks an equation chain (rendered verbatim)."""
    def __init__(self, text):
        self.text = text


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def numfmt(v, st, form="auto"):
    v = F(v)
    if v.denominator == 1:
        return int_str(int(v), st.sep)
    if form == "frac" or not term_dec(v):
        return frac_str(v, latex=st.latex)
    return dec_str(v, st.sep)


def money_str(cents, st):
    cents = F(cents)
    d = cents / 100
    pre = "\\$" if st.latex else "$"
    if d.denominator == 1:
        return pre + int_str(int(d), st.sep)
    return pre + dec_str(d, st.sep, places=2)


def render_q(q, st, gsm=False):
    parts = [(v, u) for v, u in q.parts if v != 0] or [q.parts[-1]]
    units = [u for _, u in parts]
    mode = st.unit
    if q.form == "colon" and len(q.parts) == 2:
        (a, _), (b, _) = q.parts
        if a.denominator == 1 and b.denominator == 1 and 0 <= b < 60:
            return "%d:%02d" % (int(a), int(b))
    if q.form == "prime" and [u for _, u in q.parts] == ["ft", "in"] and not st.latex:
        (a, _), (b, _) = q.parts
        if a.denominator == 1 and b.denominator == 1:
            return "%d′%d″" % (int(a), int(b))
    if units and "/" not in units[0] and UNITS[units[0]][0] == "money":
        if units == ["dollar"] and not gsm:
            return money_str(parts[0][0] * 100, st)
        if units == ["dollar", "cent"] and 0 <= parts[1][0] < 100 and mode in ("abbr", "latex", "short") and parts[1][0].denominator == 1:
            return money_str(parts[0][0] * 100 + parts[1][0], st)
        if units == ["cent"] and mode in ("abbr", "short") and not gsm:
            return numfmt(parts[0][0], st) + "¢"
        if mode in ("abbr", "short", "latex"):
            mode = "word"
    out = []
    for v, u in parts:
        if "/" in u:
            a, b = u.split("/")
            if st.latex:
                nm = "\\text{ %s/%s}" % (uname(a, 2, "abbr"), uname(b, 1, "abbr"))
                out.append(numfmt(v, st) + nm)
            else:
                out.append(numfmt(v, st) + " " + uname(a, 2, "abbr") + "/" + uname(b, 1, "abbr"))
            continue
        form = "frac" if (q.form == "frac") else "auto"
        if st.latex:
            out.append(numfmt(v, st, form) + "\\text{ %s}" % uname(u, v, "abbr"))
        else:
            m = "word" if (gsm and mode != "word") else mode
            out.append(numfmt(v, st, form) + " " + uname(u, v, m))
    if st.latex:
        return "\\ ".join(out)
    if q.form == "and" and len(out) == 2:
        return out[0] + " and " + out[1]
    return " ".join(out)


def render(t, st, gsm=False):
    if isinstance(t, N):
        if gsm:
            return dec_str(t.v) if term_dec(t.v) else frac_str(t.v)
        return numfmt(t.v, st, t.form)
    if isinstance(t, Q):
        return render_q(t, st, gsm)
    if isinstance(t, Rem):
        if st.latex:
            return "%s \\text{ R } %s" % (numfmt(t.q, st), numfmt(t.r, st))
        return "%s R %s" % (numfmt(t.q, st), numfmt(t.r, st))
    if isinstance(t, Clk):
        h, m = divmod(t.m, 60)
        if t.h24:
            return "%d:%02d" % (h, m)
        ap = "AM" if h < 12 else "PM"
        h12 = h % 12 or 12
        if st.latex:
            return "%d{:}%02d\\text{ %s}" % (h12, m, ap)
        return "%d:%02d %s" % (h12, m, ap)
    if isinstance(t, Raw):
        if st.latex and any(ch.isalpha() for ch in t.text):
            return "\\text{%s}" % t.text
        return t.text
    if isinstance(t, Op):
        sym = t.sym
        if gsm:
            opch = {"+": "+", "-": "-", "*": "*", "/": "/"}[sym]
            sp = ""
        else:
            opch = {"+": "+", "-": st.minus, "*": st.mul, "/": st.div}[sym]
            sp = " "
        parts = []
        for i, a in enumerate(t.args):
            s = render(a, st, gsm)
            if isinstance(a, Op):
                pa, pp = PREC[a.sym], PREC[sym]
                if pa < pp or (i > 0 and pa == pp and sym in "-/"):
                    s = ("\\left(" + s + "\\right)") if (st.latex and False) else "(" + s + ")"
            parts.append(s)
        return (sp + opch + sp).join(parts)
    raise TypeError(t)


def is_numeric(t):
    if isinstance(t, N):
        return True
    if isinstance(t, Op):
        return all(is_numeric(a) for a in t.args)
    return False


def numval(t):
    if isinstance(t, N):
        return t.v
    a = [numval(x) for x in t.args]
    if t.sym == "+":
        return sum(a)
    if t.sym == "*":
        r = F(1)
        for x in a:
            r *= x
        return r
    if t.sym == "-":
        return a[0] - sum(a[1:])
    r = a[0]
    for x in a[1:]:
        r /= x
    return r


# ---------------------------------------------------------------- builder
class SB:
    """Collects semantic items of a solution; applies one fault if asked."""

    def __init__(self, fault=None, rng=None):
        self.items = []
        self.k = 0
        self.fault = fault
        self.pending = False
        self.steps = []
        self.rng = rng
        self.group = None
        self.secn = 0
        self.fault_done = False

    @property
    def carry(self):
        return self.fault is not None and self.fault["mode"] == "carry"

    def _apply(self, v, alts, kind):
        self.k += 1
        self.steps.append({"k": self.k, "v": v, "alts": list(alts), "kind": kind})
        w = v
        if self.fault and self.fault["step"] == self.k:
            w = self.fault["wrong"]
            self.pending = True
            self.fault_done = True
            if self.fault["mode"] == "carry":
                v = w
        return w, v

    def op(self, v, alts=()):
        v = F(v)
        if v < 0:
            raise Bad("negative")
        alts = [F(a) for a in alts if F(a) > 0 and F(a) != v]
        w, v = self._apply(v, alts, "num")
        if v < 0 or w < 0:
            raise Bad("negative")
        return w, v

    def dm(self, a, b):
        a, b = F(a), F(b)
        if a.denominator != 1 or b.denominator != 1 or a < 0:
            raise Bad("dm")
        q, r = divmod(int(a), int(b))
        w, v = self._apply((F(q), F(r)), [int(b)], "dm")
        return w, v

    def need_int(self, v):
        if F(v).denominator != 1:
            raise Bad("nonint")

    def need_term(self, v, maxp=3):
        if not term_dec(v) or places_of(v) > maxp:
            raise Bad("nonterm")

    # items ------------------------------------------------------------
    def sec(self, title):
        self.items.append({"t": "sec", "title": title})

    def say(self, fmt, *args):
        self.items.append({"t": "say", "fmt": fmt, "args": list(args)})

    def eq(self, terms, lead=None, largs=(), note=None, key=False):
        it = {"t": "eq", "terms": terms, "lead": lead, "largs": list(largs), "note": note,
              "mark": self.pending, "key": key}
        self.pending = False
        if self.group is not None:
            self.group["rows"].append(it)
        else:
            self.items.append(it)

    def group_start(self, title, cols):
        self.group = {"t": "group", "title": title, "cols": cols, "rows": []}

    def group_end(self):
        g, self.group = self.group, None
        self.items.append(g)

    def vert(self, top, others, opch, result):
        self.items.append({"t": "vert", "top": top, "others": others, "op": opch, "res": result})

    def check(self, terms, lead="Check"):
        if not self.carry:
            self.items.append({"t": "check", "terms": terms, "lead": lead})

    def final(self, v, unit, phrase):
        if self.pending:
            raise Bad("fault not rendered")
        self.items.append({"t": "final", "v": F(v), "unit": unit, "phrase": phrase})
        return F(v)
