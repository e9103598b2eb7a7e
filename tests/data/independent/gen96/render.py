"""Writing styles. Each style turns recorded steps into a solution text."""
from core import Term, exact_str, fixed_str, group, final_str, fr, terminating
import math

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline",
          "latex_display", "table", "gsm8k", "chatty", "terse", "numbered"]

UNIT_WORD = {"oz": "oz", "g": "g", "kg": "kg", "lb": "lb"}


class Sty:
    def __init__(self, name, rng):
        self.name = name
        self.latex = name in ("latex_inline", "latex_display")
        self.sep = name not in ("gsm8k",)
        self.dollar = True
        self.units = rng.random() < 0.6
        self.minus = rng.choice(["−", "-"]) if not self.latex else "-"
        self.words = False
        self.pct_mode = rng.choice(["of", "of", "dec", "dec_rev"])
        self.approx = rng.choice(["≈", "≈", "≈", "about", "both", "rounded"])
        self.ff = rng.choice(["dec", "rem", "bracket"])
        self.check = rng.random() < 0.5
        if name in ("md_steps", "prose", "table"):
            self.mul, self.div = "×", rng.choice(["÷", "÷", "/"])
        elif name == "bold_labels":
            self.mul, self.div = "×", rng.choice(["÷", "/"])
        elif name == "bullets":
            self.mul, self.div = rng.choice(["x", "×"]), "/"
        elif name == "numbered":
            self.mul, self.div = rng.choice(["·", "×"]), rng.choice(["/", "÷"])
        elif name in ("gsm8k", "terse"):
            self.mul, self.div = "*", "/"
            self.dollar = name == "gsm8k" or rng.random() < 0.5
            if name == "terse":
                self.units = False
        elif name == "chatty":
            self.mul, self.div = "×", "÷"
            self.words = True
        else:  # latex
            self.mul, self.div = r"\times", rng.choice([r"\div", "frac"])
            if rng.random() < 0.3:
                self.mul = r"\cdot"
        self.add = "+"
        self.sub = "-" if (self.latex or name in ("gsm8k", "terse")) else self.minus
        if self.approx == "both" and name in ("gsm8k",):
            self.approx = "≈"


def num(v, S, places=None, minp=0):
    v = fr(v)
    s = fixed_str(abs(v), places) if places is not None else exact_str(abs(v), minp)
    if S.sep and abs(v) >= 1000:
        s = group(s)
        if S.latex:
            s = s.replace(",", "{,}")
    return s


def money(v, S, places=None):
    s = num(v, S, places, 2)
    d = (r"\$" if S.latex else "$") if S.dollar else ""
    neg = (S.minus if v < 0 else "")
    return neg + d + s


def unitw(u, S):
    w = UNIT_WORD[u]
    return (r"\text{ %s}" % w) if S.latex else " " + w


def term_str(t, S):
    u = t.u
    if u == "$":
        return money(t.v, S, t.places)
    if u == "c":
        if getattr(S, "raw", False):
            return num(t.v / 100, S)
        return num(t.v, S) + ("¢" if not S.latex else r"\text{¢}")
    if u in UNIT_WORD:
        return num(t.v, S, t.places) + (unitw(u, S) if S.units else "")
    if u == "%":
        return num(t.v, S) + (r"\%" if S.latex else "%")
    s = num(t.v, S, t.places)
    if t.v < 0:
        s = S.minus + s
    return s


def expr_str(e, S, top=True, words=False):
    if isinstance(e, Term):
        return term_str(e, S)
    out = []
    i = 0
    parts = list(e)
    # percent-of conversion
    if S.pct_mode != "of":
        j = 1
        new = [parts[0]]
        while j < len(parts):
            op, rhs = parts[j], parts[j + 1]
            if op == "of" and isinstance(new[-1], Term) and new[-1].u == "%":
                p = new[-1]
                dec = Term(p.v / 100, "x")
                if S.pct_mode == "dec_rev":
                    new[-1] = rhs
                    new += ["*", dec]
                else:
                    new[-1] = dec
                    new += ["*", rhs]
            else:
                new += [op, rhs]
            j += 2
        parts = new
    if S.div == "frac" and len(parts) == 3 and parts[1] == "/":
        return r"\frac{%s}{%s}" % (expr_str(parts[0], S, False), expr_str(parts[2], S, False))
    s = expr_str(parts[0], S, False, words)
    if isinstance(parts[0], list):
        s = "(" + s + ")" if not S.latex else r"\left(" + s + r"\right)"
    i = 1
    while i < len(parts):
        op, rhs = parts[i], parts[i + 1]
        r = expr_str(rhs, S, False, words)
        if isinstance(rhs, list) and not r.startswith(r"\frac"):
            r = "(" + r + ")" if not S.latex else r"\left(" + r + r"\right)"
        if words:
            sym = {"*": "times", "/": "divided by", "+": "plus", "-": "minus", "of": "of"}[op]
        else:
            sym = {"*": S.mul, "/": (S.div if S.div != "frac" else r"\div"), "+": S.add,
                   "-": S.sub, "of": "of"}[op]
        if S.name in ("terse", "gsm8k") and op in "*/" and not words:
            s = s + sym + r if S.name == "gsm8k" else s + " " + sym + " " + r
        else:
            s = s + " " + sym + " " + r
        i += 2
    return s


def rhs_str(st, v, S, places=None):
    u = st.unit
    if u == "$":
        s = money(v, S, places)
    elif u in UNIT_WORD:
        s = num(v, S, places) + unitw(u, S)
    elif u == "%":
        s = num(v, S, places) + (r"\%" if S.latex else "%")
    elif u == "pt":
        s = num(v, S, places) + (r"\text{ points}" if S.latex else " points")
    else:
        s = num(v, S, places)
        if v < 0:
            s = S.minus + s
    if st.suffix:
        s += (r"\text{%s}" % st.suffix) if S.latex else st.suffix
    return s


def calc_str(st, S, words=None):
    """The computation itself, e.g. '3 × $2.50 = $7.50'."""
    if words is None:
        words = S.words and isinstance(st.expr, list) and len(st.expr) == 3 \
            and all(isinstance(x, Term) for x in st.expr[::2]) and st.expr[1] != "of"
    places = st.places
    if places is None and st.unit == "$":
        places = None
    lhs = expr_str(st.expr, S, True, words)
    if st.form in ("bracket",):
        if S.latex:
            lhs = (r"\lfloor %s \rfloor" if st.rnd == "floor" else r"\lceil %s \rceil") % lhs
        else:
            lhs = ("⌊%s⌋" if st.rnd == "floor" else "⌈%s⌉") % lhs
    eq = "is" if words else "="
    shown = rhs_str(st, st.shown, S, places)
    if st.approx:
        a = S.approx
        if a == "both" and terminating(st.exact) and len(exact_str(st.exact).split(".")[-1]) <= 6:
            ex = rhs_str(_nosuf(st), st.exact, S, None)
            ap = r"\approx" if S.latex else "≈"
            s = "%s %s %s %s %s" % (lhs, eq, ex, ap, shown)
        elif a == "about" or words:
            s = "%s %s about %s" % (lhs, eq, shown)
        elif a == "rounded":
            s = "%s %s %s (rounded)" % (lhs, eq, shown)
        else:
            ap = r"\approx" if S.latex else "≈"
            s = "%s %s %s" % (lhs, ap, shown)
    else:
        s = "%s %s %s" % (lhs, eq, shown)
    if st.form == "rem":
        a, b = st.expr[0].v, st.expr[2].v
        r = a - st.right * b
        s += (r"\text{ remainder } %s" % num(r, S)) if S.latex else " remainder %s" % num(r, S)
    return s


class _NS:
    pass


def _nosuf(st):
    n = _NS()
    n.unit = st.unit
    n.suffix = ""
    return n


def post_str(st, S):
    """Text after a decimal-form floor/ceil step: ', so 8 full rewards'."""
    if st.form != "dec" or st.rnd is None:
        return ""
    k = st.post_val
    if st.rnd == "floor":
        if k == st.shown:
            return ""
        return ", so %s whole" % num(k, S)
    if k == st.shown:
        return ""
    return ", so round up to %s" % num(k, S)


def cmp_str(st, S):
    def f(v):
        if st.unit == "$":
            return money(v, S, st.places)
        return num(v, S, st.places)
    if st.a < st.b:
        rel = r"<" if not S.latex else r"<"
        return f(st.a), "<", f(st.b), st.lt
    return f(st.a), ">", f(st.b), st.gt


def lc(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s
