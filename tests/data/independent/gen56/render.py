"""Rendering of steps into 'went through the web and back' text.

Ten styles.  Each renderer returns a list of Line objects.  A Line knows
which step it shows (if any) and where its equation starts, so stray line
breaks are only inserted in the prose lead of a computation line and the
faulty result always stays on the line the span points at.
"""
from fractions import Fraction as F
from engine import V

FW = {str(i): chr(0xFF10 + i) for i in range(10)}


class Line:
    __slots__ = ("text", "step", "eqpos", "comp")

    def __init__(self, text, step=None, eqpos=None):
        self.text = text
        self.step = step
        self.eqpos = eqpos  # None for prose; index where the computation starts
        self.comp = eqpos is not None


def dec_str(x, dp=None):
    """Exact decimal string of a terminating Fraction; dp forces decimals."""
    neg = x < 0
    x = abs(x)
    if dp is None:
        dp = 0
        while (x * 10 ** dp).denominator != 1:
            dp += 1
            assert dp < 12, x
    n = x * 10 ** dp
    assert n.denominator == 1
    n = int(n)
    s = str(n).rjust(dp + 1, "0")
    s = s[:-dp] + "." + s[-dp:] if dp else s
    return ("-" if neg else "") + s


def final_str(x):
    return dec_str(F(x))


def group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


# --------------------------------------------------------------------------
# dialects
# --------------------------------------------------------------------------
STYLES = ["forum_reply", "homework_site", "mathjax_leftover", "unicode_lookalike",
          "bullet_scrape", "table_copy", "double_encoded", "prose_nbsp",
          "terse_lines", "qa_best_answer"]


def dialect(style, r):
    c = r.choice
    D = dict(alt=0.0, cents=c([False, False, True]), cur="$", neg="-", eq=" = ", sp=" ",
             sup="²", pctform=c(["of", "mul", "dec"]), fw=0.0, units=c([True, False]),
             approx="≈", rem=c([" R ", " r ", " remainder "]), sep_min=1000, pctsign="%")
    if style == "forum_reply":
        D.update(mul=[c(["x", "*", "&times;", "×"])], div=[c(["/", "&divide;", "÷"])],
                 sub=[c(["-", "&minus;", "-"])], add=["+"], sep=c(["", ",", ",", "&nbsp;"]),
                 sup=c(["^2", "²", "<sup>2</sup>"]), approx=c(["~", "≈", "&asymp;"]), alt=0.15)
        D["mul"] += ["x", "*"]
    elif style == "homework_site":
        D.update(mul=[c(["&times;", "×", "x"])], div=[c(["&divide;", "÷", "/"])],
                 sub=[c(["&minus;", "-", "−"])], add=["+"], sep=c(["&nbsp;", ",", ""]),
                 sup=c(["&sup2;", "<sup>2</sup>", "²"]), approx=c(["≈", "&asymp;"]))
    elif style == "mathjax_leftover":
        D.update(mul=[c(["\\times", "\\times", "\\cdot"])], div=[c(["\\div", "/", "FRAC"])],
                 sub=["-"], add=["+"], sep=c(["{,}", "\\,", ","]), cur="\\$", sup="^2",
                 approx="\\approx", rem=c([" \\text{ R } ", " \\text{ remainder } "]), pctsign="\\%",
                 cents=c([False, True]))
    elif style == "unicode_lookalike":
        D.update(mul=[c(["✕", "×", "·", "∗", "⋅"])], div=[c(["÷", "∕", "/"])], sub=[c(["−", "–"])],
                 add=["+", "＋"], sep=c(["\u2009", "\u202f", "\u00a0", ","]), neg=c(["−", "–"]),
                 sup="²", fw=0.12, approx="≈", alt=0.1)
        D["mul"].append("×")
    elif style == "bullet_scrape":
        D.update(mul=[c(["x", "×", "*"])], div=[c(["÷", "/"])], sub=[c(["-", "−"])], add=["+"],
                 sep=c([",", "\u00a0", ""]), sup=c(["²", "^2"]))
    elif style == "table_copy":
        D.update(mul=[c(["×", "x", "*"])], div=[c(["÷", "/"])], sub=["-"], add=["+"],
                 sep=c([",", "", "\u00a0"]), sup=c(["²", "^2"]), units=False)
    elif style == "double_encoded":
        D.update(mul=[c(["&amp;times;", "&#215;", "&#xD7;"]), "&times;"], div=[c(["&amp;divide;", "&#247;", "/"])],
                 sub=[c(["&amp;minus;", "&#8722;", "-"])], add=["+", "&#43;"],
                 sep=c(["&amp;nbsp;", "&#160;", ",", "&amp;#44;"]), sup=c(["&amp;sup2;", "&#178;", "&lt;sup&gt;2&lt;/sup&gt;"]),
                 approx=c(["&amp;asymp;", "&#8776;"]), neg=c(["-", "&#8722;"]), alt=0.3, cur=c(["$", "&#36;"]))
    elif style == "prose_nbsp":
        D.update(mul=[c(["×", "x"])], div=[c(["÷", "/"])], sub=[c(["−", "-"])], add=["+"],
                 sep=c(["\u00a0", "\u2009", "\u202f", ","]), sep_min=c([1000, 10000]), words=True)
    elif style == "terse_lines":
        D.update(mul=[c(["*", "x"])], div=["/"], sub=["-"], add=["+"], sep="", eq=c(["=", " = "]),
                 sp=c(["", " "]), sup="^2", units=False, rem=c([" R", " r", "R"]), approx=c(["~", "≈"]),
                 cur=c(["$", ""]))
        if D["eq"] == "=":
            D["sp"] = ""
    elif style == "qa_best_answer":
        D.update(mul=[c(["x", "*", "X"])], div=["/"], sub=["-"], add=["+"], sep=c([",", ""]),
                 sup=c(["^2", "²"]), approx=c(["~", "≈", "approx."]), alt=0.1)
        D["mul"].append("x")
    return D


# --------------------------------------------------------------------------
# number / expression rendering
# --------------------------------------------------------------------------
class Ren:
    def __init__(self, style, D, r):
        self.style, self.D, self.r = style, D, r

    def op(self, o):
        D, r = self.D, self.r
        key = {"+": "add", "-": "sub", "*": "mul", "/": "div"}[o]
        opts = D[key]
        if len(opts) > 1 and r.random() < D["alt"]:
            return r.choice(opts[1:])
        return opts[0]

    def num(self, x, k="", fw_ok=True, dp=None):
        D = self.D
        x = F(x)
        neg = x < 0
        ax = -x if neg else x
        if k == "$":
            if ax.denominator == 1 and not D["cents"] and dp is None:
                s = dec_str(ax)
            else:
                s = dec_str(ax, 2 if dp is None else dp)
        else:
            s = dec_str(ax, dp)
        ip, _, fp = s.partition(".")
        if int(ip) >= D["sep_min"] and D["sep"]:
            ip = group(ip, D["sep"])
        s = ip + ("." + fp if fp else "")
        if fw_ok and D["fw"] and self.r.random() < D["fw"]:
            s = "".join(FW.get(ch, ch) for ch in s)
        if k == "$":
            s = D["cur"] + s
        elif k == "%":
            s = s + D["pctsign"]
        if neg:
            s = D["neg"] + s
        return s

    def val(self, v, fw_ok=True):
        return self.num(v.x, v.k, fw_ok)

    def sup2(self):
        return self.D["sup"]

    def expr(self, toks, words=False, nofrac=False):
        D = self.D
        sp = D["sp"]
        out = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if isinstance(t, V):
                if t.k == "%" and D["pctform"] == "dec" and i + 1 < len(toks) and toks[i + 1] == "%of":
                    out.append(self.num(t.x / 100))
                else:
                    out.append(self.val(t))
            elif t == "^":
                e = toks[i + 1]
                assert isinstance(e, V) and e.x == 2
                out[-1] = out[-1] + self.sup2()
                i += 2
                continue
            elif t == "%of":
                if words:
                    out.append("times" if D["pctform"] == "dec" else "of")
                elif D["pctform"] == "of":
                    out.append("of")
                else:
                    out.append(self.op("*"))
            elif t in ("(", ")"):
                out.append(t)
            else:
                if words:
                    out.append({"+": "plus", "-": "minus", "*": "times", "/": "divided by"}[t])
                else:
                    out.append(self.op(t))
            i += 1
        # frac special (latex): a single a / b
        if D["div"][0] == "FRAC":
            if len(toks) == 3 and toks[1] == "/" and not nofrac:
                return "\\frac{%s}{%s}" % (out[0], out[2])
            out = [("\\div" if o == "FRAC" else o) for o in out]
        s = ""
        for j, o in enumerate(out):
            if j == 0:
                s = o
            elif o == ")" or s.endswith("("):
                s += o
            elif o in ("of", "plus", "minus", "times", "divided by"):
                s += " " + o
            elif out[j - 1] in ("of", "plus", "minus", "times", "divided by"):
                s += " " + o
            else:
                s += sp + o
        return s

    def unit(self, u):
        if not u or u in ("%",):
            return ""
        if u in ("m²", "ft²", "in²"):
            base = u[:-1]
            sup = self.D["sup"]
            if sup == "^2" and self.style == "mathjax_leftover":
                return "\\text{ %s}^2" % base
            return " " + base + sup
        if self.style == "mathjax_leftover":
            return "\\text{ %s}" % u
        return " " + u

    def res(self, st, with_unit=None):
        """Written result of step st (including remainder / approx forms)."""
        D = self.D
        if with_unit is None:
            with_unit = D["units"]
        if st.kind == "rem":
            s = self.num(st.res, "", fw_ok=False) + D["rem"] + self.num(st.rem, "", fw_ok=False)
            return s
        if st.kind == "approx":
            s = self.num(st.res, st.k, fw_ok=False, dp=2)
        elif st.unit == "%":
            s = self.num(st.res, "", fw_ok=False) + D["pctsign"]
        else:
            s = self.num(st.res, st.k, fw_ok=False)
        if with_unit and st.k != "$":
            s += self.unit(st.unit)
        return s

    def eq(self, st, words=False):
        """Full computation text: expr = result (with approx handling)."""
        D = self.D
        x = self.expr(st.toks, words=words, nofrac=(st.kind == "rem"))
        if st.kind == "approx":
            ap = D["approx"]
            if st.faulty or (st.exact * 10000).denominator != 1:
                return x + " " + ap + " " + self.res(st)
            ex = self.num(st.exact, st.k, fw_ok=False, dp=None if st.k != "$" else max(2, len(dec_str(st.exact).partition(".")[2])))
            return x + D["eq"] + ex + " " + ap + " " + self.res(st)
        return x + D["eq"] + self.res(st)
