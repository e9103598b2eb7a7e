"""Rendering engine: expressions, number formatting, styles, fault injection."""
from fractions import Fraction as F
import random

# ---------------------------------------------------------------- numbers

def rnd(x, dp):
    """Round half up (x >= 0 or < 0 symmetric) to dp decimals."""
    q = F(10) ** dp
    y = abs(x) * q
    n = int(y)
    if y - n >= F(1, 2):
        n += 1
    r = F(n) / q
    return -r if x < 0 else r


def rnd_even(x, dp):
    q = F(10) ** dp
    return F(round(x * q)) / q


def decimals_of(s):
    s = s.replace(",", "")
    return len(s.split(".")[1]) if "." in s else 0


def digits(v, dp, commas=True, sep=","):
    """Plain digit string of |v| with exactly dp decimals."""
    v = abs(v)
    q = F(10) ** dp
    n = int(rnd(v, dp) * q)
    ip, fp = divmod(n, 10 ** dp)
    s = str(ip)
    if commas and len(s) > 4 or (commas and len(s) == 4 and sep != "{,}"):
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = sep.join(parts)
    if dp:
        s += "." + str(fp).rjust(dp, "0")
    return s


def shown_dp(v, kind, maxdp):
    """How many decimals a value is displayed with."""
    if kind == "money":
        return 0 if v == int(v) else 2
    for d in range(0, maxdp + 1):
        if rnd(v, d) == v:
            return d
    return maxdp


def ok_written(exact, wstr):
    """Is the written decimal string an acceptable rendering of exact?"""
    neg = wstr.startswith("-")
    w = F(wstr.lstrip("-").replace(",", ""))
    if neg:
        w = -w
    d = decimals_of(wstr.lstrip("-"))
    return w == exact or w == rnd(exact, d) or w == rnd_even(exact, d)


# ---------------------------------------------------------------- expressions
# leaf: ('n', value, kind, unit)   kind in money/num/pct ; pct leaf value is the percent number
# node: ('op', sym, [args])  sym in * / + -

def N(v, kind="num", unit=""):
    return ("n", F(v), kind, unit)


def M(v):
    return ("n", F(v), "money", "")


def P(p):
    return ("n", F(p), "pct", "")


def op(sym, *args):
    return ("op", sym, list(args))


def mul(*a):
    return op("*", *a)


def div(a, b):
    return op("/", a, b)


def add(*a):
    return op("+", *a)


def sub(*a):
    return op("-", *a)


def ev(e):
    if e[0] == "n":
        return e[1] / 100 if e[2] == "pct" else e[1]
    sym, args = e[1], [ev(a) for a in e[2]]
    r = args[0]
    for a in args[1:]:
        if sym == "*":
            r = r * a
        elif sym == "/":
            r = r / a
        elif sym == "+":
            r = r + a
        else:
            r = r - a
    return r


PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


# ---------------------------------------------------------------- notation

class Notation:
    def __init__(self, mul="×", div="÷", minus="−", plus="+", commas=True, sep=",",
                 dollar="$", units=True, pct="pct", latex=False, worded=False,
                 frac=False, unit_words=None):
        self.mul, self.div, self.minus, self.plus = mul, div, minus, plus
        self.commas, self.sep, self.dollar = commas, sep, dollar
        self.units, self.pct, self.latex, self.worded, self.frac = units, pct, latex, worded, frac
        self.unit_words = unit_words or {}

    def unit(self, u):
        if not u:
            return ""
        w = self.unit_words.get(u, u)
        if self.latex:
            return "\\text{ " + w + "}"
        return " " + w if not w.startswith("'") else w

    def num(self, v, kind, unit="", maxdp=4, with_unit=True):
        if kind == "pct":
            if self.pct == "dec":
                d = shown_dp(v / 100, "num", 6)
                return digits(v / 100, d, False)
            d = shown_dp(v, "num", 4)
            return digits(v, d, self.commas, self.sep) + ("\\%" if self.latex else "%")
        d = shown_dp(v, kind, maxdp)
        s = digits(v, d, self.commas, self.sep)
        if kind == "money":
            s = self.dollar + s
        if v < 0:
            s = self.minus + s if not self.latex else "-" + s
        if with_unit and (self.units or unit in ("sq ft", "acres")):
            s += self.unit(unit)
        return s

    def expr(self, e, top=True):
        if e[0] == "n":
            return self.num(e[1], e[2], e[3], with_unit=self.units)
        sym, args = e[1], e[2]
        if sym == "/" and self.frac and len(args) == 2:
            return "\\frac{" + self.expr(args[0]) + "}{" + self.expr(args[1]) + "}"
        parts = []
        for i, a in enumerate(args):
            s = self.expr(a, False)
            if a[0] == "op" and not (a[1] == "/" and self.frac):
                pa, pn = PREC[a[1]], PREC[sym]
                if pa < pn or (i > 0 and pa == pn and sym in "-/"):
                    s = ("\\left(" + s + "\\right)") if self.latex else "(" + s + ")"
            parts.append(s)
        if self.worded:
            j = {"*": " times ", "/": " divided by ", "+": " plus ", "-": " minus "}[sym]
        else:
            j = {"*": self.mul, "/": self.div, "+": self.plus, "-": self.minus}[sym]
            j = " " + j + " "
        return j.join(parts)


# ---------------------------------------------------------------- faults

def mutate(rng, exact, shown, kind, maxdp, expr, notation):
    """Return (wrong_value, slip_kind) for a displayed value; wrong must be detectably wrong."""
    d = shown_dp(shown, kind, maxdp)
    kinds = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit",
             "wrong_op", "decimal_shift"]
    if shown < 0:
        kinds += ["sign_dropped"] * 4
    rng.shuffle(kinds)
    for k in kinds * 3:
        w = None
        ds = digits(shown, d, False)
        if k == "off_by_one":
            w = shown + rng.choice([1, -1])
        elif k == "off_by_ten":
            ip = len(ds.split(".")[0])
            pw = rng.randrange(1, max(2, ip))
            w = shown + rng.choice([1, -1]) * 10 ** pw
        elif k in ("swap_digits", "drop_digit", "double_digit"):
            raw = ds.replace(".", "")
            if len(raw) < 3:
                continue
            i = rng.randrange(0, len(raw) - 1)
            if k == "swap_digits":
                if raw[i] == raw[i + 1]:
                    continue
                raw2 = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:]
            elif k == "drop_digit":
                raw2 = raw[:i] + raw[i + 1:]
            else:
                raw2 = raw[:i] + raw[i] + raw[i:]
            if k == "swap_digits" or not d:
                dd = d
            else:
                dd = d if k == "double_digit" else d
            ipl = len(ds.split(".")[0]) + (1 if k == "double_digit" else (-1 if k == "drop_digit" else 0))
            if d and (k == "drop_digit" or k == "double_digit"):
                # keep the same number of decimals; change happened in integer part only
                if i >= ipl:
                    continue
            s = raw2[:ipl] + ("." + raw2[ipl:] if d else "")
            if s.startswith("0") and len(s.split(".")[0]) > 1:
                continue
            w = F(s)
            if shown < 0:
                w = -w
        elif k == "wrong_op":
            if expr[0] != "op" or len(expr[2]) != 2:
                continue
            a, b = ev(expr[2][0]), ev(expr[2][1])
            if expr[1] == "/" or (expr[1] == "*" and (a < 2 or b < 2)):
                continue
            alt = {"*": a + b, "+": a - b, "-": a + b, "/": a - b}[expr[1]]
            if expr[1] == "+" and a - b < 0:
                alt = a * b if a * b < 10 ** 7 else None
            if alt is None:
                continue
            w = rnd(alt, maxdp) if kind != "money" else rnd(alt, 2)
        elif k == "decimal_shift":
            w = shown * 10 if rng.random() < 0.5 else shown / 10
            if rnd(w, max(d, 2 if kind == "money" else maxdp)) != w:
                continue
        elif k == "sign_dropped":
            w = -shown
        if w is None or w == shown or w == 0:
            continue
        if w < 0 and shown > 0:
            continue
        wd = shown_dp(w, kind, maxdp)
        if kind == "money" and wd not in (0, 2):
            continue
        if rnd(w, maxdp) != w:
            continue
        wstr = ("-" if w < 0 else "") + digits(w, wd, False)
        if ok_written(exact, wstr):
            continue
        return w, k
    raise ValueError("no mutation")


# ---------------------------------------------------------------- context

class Fault:
    def __init__(self, index, mode, wrong=None, kind=None):
        self.index, self.mode, self.wrong, self.kind = index, mode, wrong, kind


def cap(s):
    return s[:1].upper() + s[1:]


def heading(label):
    for p in ("the ", "your ", "their ", "her ", "his "):
        if label.startswith(p):
            label = label[len(p):]
            break
    return cap(label)


class Ctx:
    def __init__(self, style, notation, rrng, fault=None):
        self.style, self.nt, self.r = style, notation, rrng
        self.fault = fault
        self.lines = []          # [text, set_of_step_tags]
        self.steps = []          # dicts: index, exact, shown, kind, dp, expr, faultable, written
        self.k = 0
        self.state = {}

    # --- emission
    def emit(self, text, tag=None, join=False):
        if join and self.lines and self.lines[-1][0]:
            self.lines[-1][0] += " " + text
            if tag is not None:
                self.lines[-1][1].add(tag)
        else:
            self.lines.append([text, set() if tag is None else {tag}])

    def blank(self):
        if self.lines and self.lines[-1][0] != "":
            self.lines.append(["", set()])

    def say(self, text):
        self.style.say(self, text)

    def fmt(self, v, kind="money", unit=""):
        """Plain prose formatting (always $ and commas)."""
        if kind == "pct":
            return digits(v, shown_dp(v, "num", 4)) + "%"
        d = shown_dp(v, kind, 4)
        s = digits(v, d)
        if kind == "money":
            s = "$" + s
        if v < 0:
            s = "-" + s
        return s + (" " + unit if unit else "")

    # --- computation
    def step(self, label, expr, kind="money", unit="", dp=2, check=False, say=None):
        self.k += 1
        i = self.k
        exact = ev(expr)
        dp = 2 if kind == "money" else dp
        shown = rnd(exact, dp)
        written = shown
        ret = shown
        fk = None
        if self.fault and self.fault.index == i:
            written = self.fault.wrong
            fk = self.fault.kind
            if self.fault.mode == "carry":
                ret = written
        self.steps.append(dict(index=i, exact=exact, shown=shown, kind=kind, dp=dp, expr=expr,
                               faultable=not check, written=written, fk=fk))
        rel = "=" if written == exact and shown == exact else "≈"
        if self.fault and self.fault.index == i:
            rel = "=" if shown == exact else "≈"
        nt = self.nt
        lhs = nt.expr(expr)
        rhs = nt.num(written, kind, unit, dp, with_unit=True) if kind != "pct" else nt.num(written, "num", "", dp) + ("\\%" if nt.latex else "%")
        plain = self.fmt(written, kind if kind != "pct" else "pct", unit if kind != "pct" else "")
        self.style.step(self, i, label, lhs, rel, rhs, plain, check, say)
        return ret

    def answer(self, sentence, value, kind="money"):
        d = shown_dp(value, kind, 4)
        fin = ("-" if value < 0 else "") + digits(value, d, False)
        if "." in fin:
            fin = fin.rstrip("0").rstrip(".")
        self.style.answer(self, sentence, fin)
        self.final = fin
        return fin

    def render(self):
        text, spans, off = [], {}, 0
        line_spans = []
        for t, tags in self.lines:
            line_spans.append((off, off + len(t), tags))
            text.append(t)
            off += len(t) + 1
        return "\n".join(text), line_spans
