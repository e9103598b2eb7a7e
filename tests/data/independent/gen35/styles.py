"""Writing styles.  Each style renders the semantic steps of a problem into a
Doc (lines with value slots + ops)."""
from fractions import Fraction as F
import math

from core import round_half_up, round_up, round_down, term_places
from exprs import Notation, rx, is_leaf, KIND, chain_stages, lower_split, make_fn

PLACE_UNIT = {"ten": F(10), "hundred": F(100), "thousand": F(1000),
              "dollar": F(1), "whole number": F(1), "cent": F(1, 100),
              "tenth": F(1, 10), "hundredth": F(1, 100)}

REM = {
    "R": "{q} R{r}", "R_": "{q} R {r}", "r": "{q} r{r}", "r_": "{q} r {r}",
    "rem": "{q} remainder {r}", "remc": "{q}, remainder {r}",
    "remof": "{q} with a remainder of {r}", "left": "{q} with {r} left over",
}


def cap(s):
    return s[:1].upper() + s[1:]


LOWER_OK = ("The ", "It ", "They ", "There ", "Each ", "About ", "He ", "She ", "We ", "All ", "Their ")


def lc_first(s):
    if s.startswith(LOWER_OK):
        return s[:1].lower() + s[1:]
    return s


class Base:
    name = "base"
    hashes = True
    remstyle = "R"

    def __init__(self, doc, rng, P):
        self.d = doc
        self.rng = rng
        self.P = P
        self.N = Notation()
        self.setup()

    def setup(self):
        pass

    # ------------------------------------------------------------ helpers
    def ch(self, *opts):
        return self.rng.choice(opts)

    def coin(self, p=0.5):
        return self.rng.random() < p

    def L(self, text, step=None):
        self.d.line(text, step=step)

    def B(self, step=None):
        self.d.lines.append({"segs": [], "step": self.d.step if step is None else step})

    def step(self):
        return self.d.new_step()

    def val(self, n):
        return self.d.vals[n]

    def pl(self, name, sg, pl):
        return sg if self.val(name) == 1 else pl

    def X(self, e, res=()):
        return rx(e, self.N, self.d, res)

    def run(self):
        self.intro()
        for s in self.P["steps"]:
            getattr(self, "do_" + s["t"])(s)
        self.answer()

    # nouns -------------------------------------------------------------
    def items(self, s, name, flag=""):
        """'«r» students' or '«r»' for money."""
        if s.get("money"):
            return "«%s%s»" % (name, flag)
        i1, i2 = s["item"]
        return "«%s%s» %s" % (name, flag, self.pl(name, i1, i2))

    def groups(self, s, name, flag="", key="grp"):
        g1, g2 = s[key]
        return "«%s%s» %s" % (name, flag, self.pl(name, g1, g2))

    def left(self, s, r):
        return self.items(s, r) + " left over"

    def rem(self, q, r, style=None, qf="!", rf="!"):
        style = style or self.remstyle
        if style in ("R", "R_", "r", "r_") and self.d.fmt[r].startswith("money"):
            rf = rf + ":m"
            if self.d.fmt[q].startswith("money"):
                qf = qf + ":m"
        return REM[style].format(q="«%s%s»" % (q, qf), r="«%s%s»" % (r, rf))

    # ops ---------------------------------------------------------------
    def arith_eq(self, s, form=None):
        e, out = s["expr"], s["out"]
        fmt = s.get("fmt", "int")
        if is_leaf(e[1]) and is_leaf(e[2]):
            form = "direct"
        form = form or self.ch("chain", "split", "direct")
        if form == "direct":
            op, a, b = e
            self.d.op(out, KIND[op], make_fn(op, a, b), args=[a, b], fmt=fmt)
            return [self.X(e) + " = «%s!»" % out]
        if form == "chain":
            stages = chain_stages(e, out, self.d, fmt)
            parts = [self.X(ex, res=tuple(new)) for ex, new in stages]
            return [" = ".join(parts)]
        steps = lower_split(e, out, self.d, fmt)
        return [self.X(node) + " = «%s!»" % name for node, name in steps]

    def op_q(self, n, dd, q):
        # money shared among people gives money each; money / money gives a count
        fm = "money" if (self.d.fmt[n].startswith("money") and not self.d.fmt[dd].startswith("money")) else "int"
        self.d.op(q, "quot", lambda v: F(math.floor(v[n] / v[dd])), args=[n, dd], fmt=fm)

    def op_r(self, n, dd, r):
        self.d.op(r, "rem", lambda v: v[n] - v[dd] * math.floor(v[n] / v[dd]),
                  args=[n, dd], fmt=self.d.fmt[n])

    def op_p(self, dd, q, p):
        fm = "money" if (self.d.fmt[dd].startswith("money") or self.d.fmt[q].startswith("money")) else self.d.fmt[dd]
        self.d.op(p, "mul", lambda v: v[dd] * v[q], args=[dd, q], fmt=fm)

    def op_rsub(self, n, p, r):
        self.d.op(r, "sub", lambda v: v[n] - v[p], args=[n, p], fmt=self.d.fmt[n])

    def op_x(self, n, dd, x, mode="auto", places=2):
        """Decimal quotient; returns the relation used to display it."""
        exact = self.val(n) / self.val(dd)
        tp = term_places(exact)
        if tp is not None and tp <= max(3, places):
            self.d.op(x, "div", lambda v: v[n] / v[dd], args=[n, dd], fmt="num")
            return "="
        if mode == "trunc":
            self.d.op(x, "div", lambda v: v[n] / v[dd], args=[n, dd], fmt="tr%d" % places)
            return "..."
        unit = F(1, 10 ** places)
        self.d.op(x, "dec", lambda v: round_half_up(v[n] / v[dd], unit), args=[n, dd],
                  fmt="dec%d" % places, places=places)
        self.d.guard(lambda v: term_places(v[n] / v[dd]) is None or term_places(v[n] / v[dd]) > 3)
        return "≈"

    def x_eq(self, n, dd, x, how, div=None, frac=False):
        div = div or self.N.div
        if frac:
            lhs = "\\frac{«%s»}{«%s»}" % (n, dd)
        else:
            lhs = "«%s» %s «%s»" % (n, div, dd)
        if how == "=":
            return lhs + " = «%s!»" % x
        if how == "...":
            return lhs + " = «%s!»..." % x
        return lhs + " %s «%s!»" % ("\\approx" if self.N.latex else "≈", x)

    def op_ceil_rem(self, q, r, dd, out):
        self.d.op(out, "ceil", lambda v: v[q] + (1 if v[r] > 0 else 0), args=[q, r, dd],
                  fmt="int", src="rem")

    def op_ceil_add(self, q, out):
        self.d.op(out, "ceiladd", lambda v: v[q] + 1, args=[q], fmt="int")

    def op_ceil_x(self, x, out):
        self.d.op(out, "ceil", lambda v: F(math.ceil(v[x])), args=[x], fmt="int", src="dec")
        # the text says "round up": the value being rounded must stay fractional
        self.d.guard(lambda v: v[x].denominator != 1)

    def op_floor_x(self, x, out):
        self.d.op(out, "floor", lambda v: F(math.floor(v[x])), args=[x], fmt="int", src="dec")
        self.d.guard(lambda v: v[x].denominator != 1)

    def op_ceil_nd(self, n, dd, out):
        self.d.op(out, "ceil", lambda v: F(math.ceil(v[n] / v[dd])), args=[n, dd], fmt="int",
                  src="nd")

    def op_floor_nd(self, n, dd, out):
        self.d.op(out, "floor", lambda v: F(math.floor(v[n] / v[dd])), args=[n, dd],
                  fmt="int", src="nd")

    def op_round(self, src, out, unit, mode="nearest", fmt=None):
        fn = {"nearest": round_half_up, "up": round_up, "down": round_down}[mode]
        self.d.op(out, "round", lambda v: fn(v[src], unit), args=[src],
                  fmt=fmt or self.d.fmt[src], unit=unit, mode=mode)
        self.d.guard(lambda v: (v[src] / unit).denominator != 1)

    # shared semantic pieces --------------------------------------------
    def divrem_ops(self, s, q=None, r=None):
        q = q or s.get("q") or self.d.tmp("q")
        r = r or s.get("r") or self.d.tmp("r")
        self.op_q(s["n"], s["d"], q)
        self.op_r(s["n"], s["d"], r)
        return q, r

    def rounded_ops(self, s):
        for src, out in s["pairs"]:
            self.op_round(src, out, PLACE_UNIT[s["place"]])

    def decround_x(self, s, mode="auto", places=None):
        if "src" in s:
            return s["src"], None
        x = self.d.tmp("x")
        how = self.op_x(s["n"], s["d"], x, mode=mode, places=places or s.get("xplaces", 2))
        return x, how

    def round_word(self, s):
        m = s["mode"]
        if m == "nearest":
            return "to the nearest %s" % s["place"]
        return "%s to the nearest %s" % (m, s["place"])

    def est_eq(self, s, show_orig, res_rounded=False):
        op, a, b = s["expr"]
        self.d.op(s["out"], KIND[op], make_fn(op, a, b), args=[a, b], fmt=s.get("fmt", "int"))
        rr = tuple(x for x in (a, b) if isinstance(x, str)) if res_rounded else ()
        rnd = self.X(s["expr"], res=rr) + " = «%s!»" % s["out"]
        if show_orig:
            def leaves(e):
                return [e] if is_leaf(e) else leaves(e[1]) + leaves(e[2])
            for o, rl in zip(leaves(s["orig"]), leaves(s["expr"])):
                op = self.d.opmap.get(rl) if isinstance(rl, str) else None
                if op is not None and op.kind == "round":
                    u = op.info["unit"]
                    self.d.guard(lambda v, o=o, rl=rl, u=u: v[rl] == round_half_up(v[o], u))
            appr = "\\approx" if self.N.latex else "≈"
            return self.X(s["orig"]) + " %s " % appr + rnd
        return rnd

    # answer -------------------------------------------------------------
    def hashline(self):
        f = self.P["final"]
        self.L("#### «%s:raw»" % f, step=99)

    def intro(self):
        pass


# =====================================================================
# 1. markdown steps (GPT-4o / Claude flavour)
# =====================================================================

class Markdown(Base):
    name = "markdown_steps"

    def setup(self):
        self.remstyle = self.ch("R", "rem", "rem", "R_")
        self.hstyle = self.ch("bold", "h3", "bold", "boldcolon")
        self.decpath = self.coin(0.35)

    def head(self, title):
        k = self.step()
        if self.hstyle == "h3":
            self.L("### Step %d: %s" % (k, title))
        elif self.hstyle == "boldcolon":
            self.L("**Step %d:** %s" % (k, title))
        else:
            self.L("**Step %d: %s**" % (k, title))
        self.B()

    def intro(self):
        self.L(self.ch("Let's solve this step by step.",
                       "Let's break this problem down step by step.",
                       "To solve this, we need to find %s." % self.P["goal"],
                       "We need to find %s. Let's work through it step by step." % self.P["goal"]), step=0)
        self.B(step=0)

    def do_arith(self, s):
        self.head(s["title"])
        eqs = self.arith_eq(s)
        unit = (" " + s["unit"]) if s.get("unit") else ""
        for e in eqs:
            self.L(e + (unit if e is eqs[-1] else ""))
        if self.coin(0.3):
            self.B()
            self.L("So %s is «%s»%s." % (s["what"], s["out"], unit))
        self.B()

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        self.head("Divide %s by %s" % (s["n_what"], s["d_what"]))
        if self.decpath:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.L(self.x_eq(n, dd, x, how))
            self.B()
            self.head(self.ch("Round up", "Round up to a whole number of %s" % g2))
            self.op_ceil_x(x, out)
            self.L(self.ch(
                "Since %s, we round «%s» up to «%s!»." % (s["why"], x, out),
                "We can't have part of a %s, so we round up: «%s» → «%s!» %s." % (g1, x, out, g2),
                "Rounding «%s» up gives «%s!» %s." % (x, out, g2)))
            self.B()
            return
        q, r = self.divrem_ops(s)
        self.L("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.B()
        self.L("This means «%s» full %s, with %s." % (q, self.pl(q, g1, g2), self.left(s, r)))
        self.B()
        self.head(self.ch("Account for the remainder", "Round up"))
        if self.coin():
            self.op_ceil_add(q, out)
            self.L("The %s still need%s a %s, so we need one more:" % (
                self.items(s, r) if not s.get("money") else "remaining " + self.items(s, r),
                "s" if (self.val(r) == 1 or s.get("money")) else "", g1))
            self.B()
            self.L("«%s» + 1 = «%s!» %s" % (q, out, g2))
        else:
            self.op_ceil_rem(q, r, dd, out)
            self.L("Since there is a remainder, we round up to «%s!» %s («%s» %s wouldn't be enough)."
                   % (out, g2, q, self.pl(q, g1, g2)))
        self.B()

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        g1, g2 = s["grp"]
        self.head("Divide %s by %s" % (s["n_what"], s["d_what"]))
        if s.get("dec") or (self.decpath and not r):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.L(self.x_eq(n, dd, x, how))
            self.B()
            self.op_floor_x(x, q)
            self.L(self.ch("Only complete %s count, so we round down: «%s» → «%s!» %s." % (g2, x, q, g2),
                           "We can only count whole %s, so we round «%s» down to «%s!»." % (g2, x, q)))
            self.B()
            if r:
                self.head("Find the amount left over")
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.L("«%s» × «%s» = «%s!»" % (q, dd, p))
                self.L("«%s» − «%s» = «%s!»" % (n, p, r))
                self.B()
            return
        q, r = self.divrem_ops(s, r=r)
        self.L("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.B()
        self.L("So there are «%s» full %s, with %s." % (q, g2, self.left(s, r)))
        self.B()

    def do_share(self, s):
        n, dd = s["n"], s["d"]
        p1, p2 = s["who"]
        self.head("Share %s equally" % s["n_what"])
        q, r = self.divrem_ops(s)
        self.L("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.B()
        self.L("Each %s gets %s, and there %s %s." % (p1, self.items(s, q), "is" if self.val(r) == 1 else "are", self.left(s, r)))
        self.B()

    def do_convert(self, s):
        n, dd = s["n"], s["d"]
        b1, b2 = s["big"]
        s1, s2 = s["small"]
        self.head("Convert %s to %s" % (s2, b2))
        self.L("There are «%s» %s in 1 %s, so divide by «%s»:" % (dd, s2, b1, dd))
        self.B()
        q, r = self.divrem_ops(s)
        self.L("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.B()
        self.L("That is «%s» %s and «%s» %s." % (q, self.pl(q, b1, b2), r, self.pl(r, s1, s2)))
        self.B()

    def do_roundp(self, s):
        self.head(self.ch("Round each number to the nearest %s" % s["place"],
                          "Round to the nearest %s" % s["place"]))
        arrow = self.coin()
        self.rounded_ops(s)
        for src, out in s["pairs"]:
            if arrow:
                self.L("- «%s» → «%s!»" % (src, out))
            else:
                self.L("- «%s» rounds to «%s!»" % (src, out))
        self.B()

    def do_est(self, s):
        self.head(s["title"])
        self.L(self.est_eq(s, show_orig=False) + ((" " + s["unit"]) if s.get("unit") else ""))
        self.B()

    def do_decround(self, s):
        self.head(s["title"])
        x, how = self.decround_x(s, mode=self.ch("auto", "trunc"), places=s.get("xplaces", 3))
        if how:
            self.L(self.x_eq(s["n"], s["d"], x, how))
            self.B()
        self.head(s["rtitle"])
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.L("Rounding «%s» %s: «%s» → «%s!»" % (x, self.round_word(s), x, s["out"])
               if self.coin(0.3) else
               "Rounding %s gives «%s!»." % (self.round_word(s), s["out"]))
        self.B()

    def answer(self):
        if self.coin(0.6):
            self.L("**Answer:** %s" % self.P["ans"]["sent"], step=99)
        else:
            self.L("**Final Answer:** %s" % self.P["ans"]["short"], step=99)
        self.B(step=99)
        self.hashline()


def fullg(s, name, st):
    adj = s.get("full", "full")
    g1, g2 = s["grp"]
    return "«%s» %s%s" % (name, (adj + " ") if adj else "", st.pl(name, g1, g2))


# =====================================================================
# 2. bullets (Llama 3 / Gemma flavour)
# =====================================================================

class Bullets(Base):
    name = "bullets"

    def setup(self):
        self.b = self.ch("* ", "- ", "- ")
        self.remstyle = self.ch("R", "r", "rem", "remof")
        self.decpath = self.coin(0.4)
        self.labels = self.coin(0.6)

    def item(self, label, text):
        self.step()
        if self.labels:
            self.L("%s**%s:** %s" % (self.b, label, text))
        else:
            self.L("%s%s" % (self.b, text))

    def intro(self):
        self.L(self.ch("Here's how to solve this:", "Here's how to solve the problem:",
                       "Here's the breakdown:", "Let's break it down:"), step=0)
        self.B(step=0)

    def do_arith(self, s):
        eqs = self.arith_eq(s, form=self.ch("chain", "direct"))
        unit = (" " + s["unit"]) if s.get("unit") else ""
        self.item(s["label"], eqs[0] + unit)

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        if self.decpath:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.item(cap(g2) + " (exact)", self.x_eq(n, dd, x, how))
            self.op_ceil_x(x, out)
            self.item(cap(g2) + " needed",
                      self.ch("Since %s, round up to «%s!» %s." % (s["why"], out, g2),
                              "«%s» rounded up is «%s!» %s." % (x, out, g2)))
            return
        q, r = self.divrem_ops(s)
        self.item(cap(g2), "«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        if self.coin(0.3):
            self.op_ceil_rem(q, r, dd, out)
            self.item(cap(g2) + " needed", "so we need «%s?» («%s» isn't enough)" % (out, q))
            return
        self.op_ceil_add(q, out)
        self.item(cap(g2) + " needed",
                  self.ch("The leftover %s need%s one more %s: «%s» + 1 = «%s!» %s" % (
                      self.items(s, r), "s" if (self.val(r) == 1 or s.get("money")) else "", g1, q, out, g2),
                          "«%s» %s aren't enough, so «%s» + 1 = «%s!» %s" % (q, self.pl(q, g1, g2), q, out, g2)))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        g1, g2 = s["grp"]
        if s.get("dec"):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.op_floor_x(x, q)
            self.item(cap(g2), self.x_eq(n, dd, x, how) + ", which rounds down to «%s!» %s" % (q, g2))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.item("Left over", "«%s» − «%s» × «%s» = «%s» − «%s!» = «%s!»" % (n, q, dd, n, p, r))
            return
        q, r = self.divrem_ops(s, r=r)
        self.item(cap(g2), "«%s» ÷ «%s» = %s, so %s with %s" % (
            n, dd, self.rem(q, r), fullg(s, q, self), self.left(s, r)))

    def do_share(self, s):
        n, dd = s["n"], s["d"]
        q, r = self.divrem_ops(s)
        self.item("Each " + s["who"][0], "«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))

    def do_convert(self, s):
        n, dd = s["n"], s["d"]
        q, r = self.divrem_ops(s)
        self.item(cap(s["big"][1]), "«%s» ÷ «%s» = %s, so «%s» %s and «%s» %s" % (
            n, dd, self.rem(q, r), q, self.pl(q, *s["big"]), r, self.pl(r, *s["small"])))

    def do_roundp(self, s):
        self.rounded_ops(s)
        parts = ["«%s» → «%s!»" % (a, b) for a, b in s["pairs"]]
        self.item("Rounded to the nearest " + s["place"], ", ".join(parts))

    def do_est(self, s):
        self.item(s["label"], self.est_eq(s, show_orig=False) + ((" " + s["unit"]) if s.get("unit") else ""))

    def do_decround(self, s):
        x, how = self.decround_x(s, mode="auto", places=s.get("xplaces", 2))
        if how:
            self.item(s["xlabel"], self.x_eq(s["n"], s["d"], x, how))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.item(s["label"], "«%s» rounded %s is «%s!»" % (x, self.round_word(s), s["out"]))

    def answer(self):
        self.B(step=99)
        self.L(self.ch("**Answer:** %s" % self.P["ans"]["sent"],
                       "So, %s" % lc_first(self.P["ans"]["sent"]),
                       self.P["ans"]["sent"]), step=99)
        self.hashline()


# =====================================================================
# 3. prose (GSM8K-style sentences, Mistral / Llama flavour)
# =====================================================================

class Prose(Base):
    name = "prose"

    def setup(self):
        t, dv = self.ch(("×", "÷"), ("x", "/"), ("*", "/"), ("×", "/"))
        self.N = Notation(times=t, div=dv, minus="-" if t != "×" else "−")
        self.remstyle = self.ch("remof", "rem", "left")
        self.decpath = self.coin(0.55)
        self.first = True

    def lead(self):
        if self.first:
            self.first = False
            return self.ch("First, ", "To start, ", "")
        return self.ch("", "Next, ", "Then ", "")

    def S(self, text):
        self.step()
        self.L(text)

    def intro(self):
        pass

    def do_arith(self, s):
        eqs = self.arith_eq(s, form=self.ch("direct", "chain", "split"))
        unit = (" " + s["unit"]) if s.get("unit") else ""
        lead = self.lead()
        if len(eqs) == 1:
            self.S(cap(lead + self.ch("%s is %s%s." % (s["what"], eqs[0], unit),
                                      "we find %s: %s%s." % (s["what"], eqs[0], unit))))
        else:
            self.S(cap(lead + "%s, and %s%s." % (eqs[0], eqs[1], unit) if len(eqs) == 2 else
                       lead + ", ".join(eqs) + unit + "."))

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        if self.decpath:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.S(cap(self.lead() + "%s divided by %s is %s %s." % (
                s["n_what"], s["d_what"], self.x_eq(n, dd, x, how), g2)))
            self.op_ceil_x(x, out)
            self.S(self.ch("Since %s, we need to round up to «%s!» %s." % (s["why"], out, g2),
                           "Because %s, we round «%s» up to «%s!» %s." % (s["why"], x, out, g2),
                           "%s can't be used in part, so that rounds up to «%s!» %s." % (cap(g2), out, g2)))
            return
        q, r = self.divrem_ops(s)
        self.S(cap(self.lead() + "«%s» %s «%s» = %s, which means «%s» full %s and %s." % (
            n, self.N.div, dd, self.rem(q, r), q, self.pl(q, g1, g2), self.left(s, r))))
        self.op_ceil_add(q, out)
        self.S("The %s still need%s a %s, so they need «%s» + 1 = «%s!» %s." % (
            ("remaining " + self.items(s, r)) if s.get("money") else self.items(s, r),
            "s" if (self.val(r) == 1 or s.get("money")) else "", g1, q, out, g2))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        g1, g2 = s["grp"]
        if s.get("dec") or (self.decpath and not r):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.op_floor_x(x, q)
            self.S(cap(self.lead() + "%s, so rounding down, %s can get «%s!» %s%s." % (
                self.x_eq(n, dd, x, how), s.get("subj", "they"), q,
                (s.get("full", "full") + " ") if s.get("full", "full") else "", g2)))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.S("%s cost%s «%s» %s «%s» = «%s!», leaving «%s» %s «%s» = «%s!»." % (
                    cap(g2) if self.val(q) != 1 else cap(g1), "" if self.val(q) != 1 else "s",
                    q, self.N.times, dd, p, n, self.N.minus, p, r) if s.get("money") else
                    "That uses «%s» %s «%s» = «%s!» %s, leaving «%s» %s «%s» = «%s!»." % (
                    q, self.N.times, dd, p, s["item"][1], n, self.N.minus, p, r))
            return
        q, r = self.divrem_ops(s, r=r)
        self.S(cap(self.lead() + "«%s» %s «%s» = %s, so there are %s and %s." % (
            n, self.N.div, dd, self.rem(q, r), fullg(s, q, self), self.left(s, r))))

    def do_share(self, s):
        n, dd = s["n"], s["d"]
        q, r = self.divrem_ops(s)
        self.S(cap(self.lead() + "«%s» %s «%s» = %s, so each %s gets %s and %s." % (
            n, self.N.div, dd, self.rem(q, r), s["who"][0], self.items(s, q), self.left(s, r))))

    def do_convert(self, s):
        n, dd = s["n"], s["d"]
        q, r = self.divrem_ops(s)
        self.S(cap(self.lead() + "since there are «%s» %s in %s %s, «%s» %s «%s» = %s, or «%s» %s and «%s» %s." % (
            dd, s["small"][1], "an" if s["big"][0][0] in "aeiouh" else "a", s["big"][0], n, self.N.div, dd,
            self.rem(q, r),
            q, self.pl(q, *s["big"]), r, self.pl(r, *s["small"]))))

    def do_roundp(self, s):
        self.rounded_ops(s)
        parts = ["«%s» rounds to «%s!»" % (a, b) for a, b in s["pairs"]]
        if len(parts) == 2:
            body = parts[0] + " and " + parts[1]
        else:
            body = ", ".join(parts[:-1]) + ", and " + parts[-1]
        self.S(cap(self.lead() + "to the nearest %s, %s." % (s["place"], body)))

    def do_est(self, s):
        self.S(cap(self.lead() + "%s is about %s%s." % (
            s["what"], self.est_eq(s, show_orig=False), (" " + s["unit"]) if s.get("unit") else "")))

    def do_decround(self, s):
        x, how = self.decround_x(s, mode=self.ch("auto", "trunc"), places=s.get("xplaces", 2))
        if how:
            self.S(cap(self.lead() + "%s is %s%s" % (s["xwhat"], self.x_eq(s["n"], s["d"], x, how),
                                                       "" if how == "..." else ".")))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.S("Rounding %s, that is «%s!»." % (self.round_word(s), s["out"]))

    def answer(self):
        self.L(self.ch("The answer is «%s».", "So the answer is «%s».") % self.P["final"]
               if self.coin(0.3) else self.P["ans"]["sent"], step=99)
        self.hashline()


# =====================================================================
# 4. LaTeX (Qwen2.5-Math / DeepSeek flavour)
# =====================================================================

class Latex(Base):
    name = "latex"
    hashes = False

    def setup(self):
        self.N = Notation(times="\\times", div="\\div", minus="-", latex=True, frac=True)
        self.decpath = self.coin(0.6)
        self.disp = self.ch("brackets", "brackets", "inline")
        self.first = True

    def M(self, eq):
        """Display an equation."""
        if self.disp == "brackets":
            self.L("\\[")
            self.L(eq)
            self.L("\\]")
        else:
            self.L("\\[ " + eq + " \\]")

    def lead(self, text):
        self.step()
        self.first = False
        self.L(text)

    def intro(self):
        self.L(self.ch("To solve this problem, we proceed step by step.",
                       "To determine %s, we follow these steps:" % self.P["goal"],
                       "We need to determine %s." % self.P["goal"]), step=0)
        self.B(step=0)

    def do_arith(self, s):
        eqs = self.arith_eq(s, form=self.ch("chain", "direct"))
        if self.first:
            self.lead(self.ch("First, we calculate %s:", "We calculate %s:", "First, we find %s:") % s["what"])
        else:
            self.lead(self.ch("Next, we calculate %s:", "We calculate %s:", "Next, we find %s:") % s["what"])
        self.first = False
        self.M(eqs[0])

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        if self.decpath:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.lead("We divide %s by %s:" % (s["n_what"], s["d_what"]))
            self.M(self.x_eq(n, dd, x, how, frac=True))
            self.op_ceil_x(x, out)
            self.lead("Since %s, we round up to the next whole number:" % s["why"])
            self.M("\\lceil «%s» \\rceil = «%s!»" % (x, out))
            return
        if self.coin():
            self.op_ceil_nd(n, dd, out)
            self.lead("The number of %s needed is the ceiling of %s divided by %s:" % (g2, s["n_what"], s["d_what"]))
            self.M("\\left\\lceil \\frac{«%s»}{«%s»} \\right\\rceil = «%s!»" % (n, dd, out))
            return
        q, r = self.divrem_ops(s)
        self.lead("Dividing %s by %s gives" % (s["n_what"], s["d_what"]))
        self.M("«%s» = «%s» \\times «%s!» + «%s!»" % (n, dd, q, r))
        self.op_ceil_add(q, out)
        self.lead("so «%s» %s are not enough, and the remaining %s require one more %s:" % (
            q, g2, self.items(s, r), g1))
        self.M("«%s» + 1 = «%s!»" % (q, out))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        g1, g2 = s["grp"]
        if s.get("dec") or self.decpath:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.lead("We divide %s by %s:" % (s["n_what"], s["d_what"]))
            self.M(self.x_eq(n, dd, x, how, frac=True))
            self.op_floor_x(x, q)
            self.lead("Only complete %s count, so we take the floor:" % g2)
            self.M("\\lfloor «%s» \\rfloor = «%s!»" % (x, q))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.lead("The amount left over is")
                self.M("«%s» - «%s» \\times «%s» = «%s» - «%s!» = «%s!»" % (n, q, dd, n, p, r))
            return
        if self.coin(0.4):
            self.op_floor_nd(n, dd, q)
            self.lead("The number of complete %s is" % g2)
            self.M("\\left\\lfloor \\frac{«%s»}{«%s»} \\right\\rfloor = «%s!»" % (n, dd, q))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.lead("and the amount left over is")
                self.M("«%s» - «%s» \\times «%s» = «%s» - «%s!» = «%s!»" % (n, q, dd, n, p, r))
            return
        q, r = self.divrem_ops(s, r=r)
        self.lead("Dividing %s by %s:" % (s["n_what"], s["d_what"]))
        self.M("«%s» \\div «%s» = «%s!» \\text{ R } «%s!»" % (n, dd, q, r))
        self.L("So there are %s, with %s." % (fullg(s, q, self), self.left(s, r)))

    def do_share(self, s):
        n, dd = s["n"], s["d"]
        q, r = self.divrem_ops(s)
        self.lead("We divide %s among the %s %s:" % (s["n_what"], "«%s»" % dd, s["who"][1]))
        self.M("«%s» = «%s» \\times «%s!» + «%s!»" % (n, dd, q, r))
        self.L("Each %s receives %s, and %s remain." % (s["who"][0], self.items(s, q), self.items(s, r)))

    def do_convert(self, s):
        n, dd = s["n"], s["d"]
        q, r = self.divrem_ops(s)
        self.lead("Since 1 %s has «%s» %s, we write" % (s["big"][0], dd, s["small"][1]))
        self.M("«%s» = «%s» \\times «%s!» + «%s!»" % (n, dd, q, r))
        self.L("which is «%s» %s and «%s» %s." % (q, self.pl(q, *s["big"]), r, self.pl(r, *s["small"])))

    def do_roundp(self, s):
        self.rounded_ops(s)
        self.lead("Rounding each number to the nearest %s:" % s["place"])
        self.M(", \\quad ".join("«%s» \\approx «%s!»" % (a, b) for a, b in s["pairs"]))

    def do_est(self, s):
        self.lead(self.ch("The estimate is", "Now we compute %s:" % s["what"]))
        self.M(self.est_eq(s, show_orig=True))

    def do_decround(self, s):
        x, how = self.decround_x(s, mode="auto", places=s.get("xplaces", 2))
        if how:
            self.lead("We compute %s:" % s["xwhat"])
            self.M(self.x_eq(s["n"], s["d"], x, how, frac=True))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        if s["mode"] == "up" and s["place"] == "whole number":
            self.lead("Rounding up to the nearest whole number:")
            self.M("\\lceil «%s» \\rceil = «%s!»" % (x, s["out"]))
        else:
            self.lead("Rounding %s, we get «%s!»." % (self.round_word(s), s["out"]))

    def answer(self):
        f = self.P["final"]
        self.B(step=99)
        self.L(self.ch("Therefore, the answer is \\(\\boxed{«%s:raw»}\\)." % f,
                       "Thus, the final answer is \\(\\boxed{«%s:raw»}\\)." % f,
                       "The final answer is $\\boxed{«%s:raw»}$." % f), step=99)


# =====================================================================
# 5. worksheet answer key
# =====================================================================

class Worksheet(Base):
    name = "worksheet_key"
    hashes = False

    def setup(self):
        self.remstyle = self.ch("R", "R", "R_", "r")
        self.numbered = self.coin(0.5)
        self.k = 0

    def W(self, text):
        self.step()
        self.k += 1
        if self.numbered:
            self.L("%s %s" % (self.ch("%d." % self.k) if True else "", text))
        else:
            self.L(text)

    def intro(self):
        self.L(self.ch("Answer Key", "Solution:", "ANSWER KEY", "Worked solution:"), step=0)

    def do_arith(self, s):
        eqs = self.arith_eq(s, form=self.ch("direct", "split"))
        for i, e in enumerate(eqs):
            if i == 0:
                self.W("%s: %s" % (s["label"], e) if self.coin(0.6) else e)
            else:
                self.L(("   " if self.numbered else "") + e)

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        q, r = self.divrem_ops(s)
        self.W("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        if self.coin():
            self.op_ceil_rem(q, r, dd, out)
            self.W("Remainder → round up: «%s!» %s" % (out, g2))
        else:
            self.op_ceil_add(q, out)
            self.W("«%s» + 1 = «%s!» %s (the remainder needs its own %s)" % (q, out, g2, g1))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        if s.get("dec"):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.op_floor_x(x, q)
            self.W(self.x_eq(n, dd, x, how) + " → «%s!» %s (round down)" % (q, s["grp"][1]))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.W("«%s» × «%s» = «%s!»; «%s» − «%s» = «%s!» left" % (q, dd, p, n, p, r))
            return
        q, r = self.divrem_ops(s, r=r)
        self.W("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.L(("   " if self.numbered else "") + "%s, %s" % (fullg(s, q, self), self.left(s, r)))

    def do_share(self, s):
        q, r = self.divrem_ops(s)
        self.W("«%s» ÷ «%s» = %s" % (s["n"], s["d"], self.rem(q, r)))
        self.L(("   " if self.numbered else "") + "%s each, %s" % (self.items(s, q), self.left(s, r)))

    def do_convert(self, s):
        q, r = self.divrem_ops(s)
        self.W("«%s» ÷ «%s» = %s → «%s» %s «%s» %s" % (
            s["n"], s["d"], self.rem(q, r), q, self.pl(q, *s["big"]), r, self.pl(r, *s["small"])))

    def do_roundp(self, s):
        self.rounded_ops(s)
        self.W("Round to nearest %s: %s" % (s["place"], ", ".join("«%s» → «%s!»" % p for p in s["pairs"])))

    def do_est(self, s):
        self.W("Estimate: %s" % self.est_eq(s, show_orig=False))

    def do_decround(self, s):
        x, how = self.decround_x(s, mode="auto", places=s.get("xplaces", 2))
        if how:
            self.W(self.x_eq(s["n"], s["d"], x, how))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.W("Round %s: «%s» → «%s!»" % (self.round_word(s), x, s["out"]))

    def answer(self):
        self.L(self.ch("Answer: %s", "Ans: %s", "Answer: %s") % self.P["ans"]["short"], step=99)


# =====================================================================
# 6. long-division walkthrough (textbook / tutor)
# =====================================================================

class LongDiv(Base):
    name = "long_division"

    def setup(self):
        self.remstyle = self.ch("R", "rem", "remof")
        self.bul = self.ch("", "- ")

    def S(self, text):
        self.step()
        self.L(text)

    def intro(self):
        pass

    def walk(self, n, dd):
        """Render the long division of n by dd (both givens/ops).  Returns
        (q, r) value names.  Divisor must be an integer."""
        N, D = self.val(n), self.val(dd)
        q = self.d.tmp("q")
        if (D < 10 and N >= 10 and N.denominator == 1 and D.denominator == 1 and N < 100000
                and n not in self.d.opmap and self.coin(0.6)):
            digits = str(N.numerator)
            # starting chunk
            i = 1
            while int(digits[:i]) < D and i < len(digits):
                i += 1
            start = digits[:i]
            self.L("Divide «%s» by «%s» using long division." % (n, dd))
            if i > 1:
                self.L(self.bul + "«%s» doesn't go into %s, so start with %s." % (dd, digits[:i - 1], start))
            cur = None
            pos = i
            rem = None
            first = True
            while True:
                if first:
                    curname = self.d.tmp("c")
                    self.d.op(curname, "lit", lambda v, s=start: F(int(s)), args=[], fmt="int")
                    lead = ""
                    first = False
                else:
                    dig = digits[pos - 1]
                    curname = self.d.tmp("c")
                    self.d.op(curname, "bring", lambda v, rm=rem, dg=int(dig): v[rm] * 10 + dg,
                              args=[rem], fmt="int")
                    lead = "Bring down the %s to make «%s?». " % (dig, curname)
                qd = self.d.tmp("qd")
                self.d.op(qd, "quot", lambda v, c=curname: F(math.floor(v[c] / v[dd])),
                          args=[curname, dd], fmt="int")
                self.d.guard(lambda v, x=qd: 0 <= v[x] <= 9)
                p = self.d.tmp("p")
                self.d.op(p, "mul", lambda v, x=qd: v[x] * v[dd], args=[qd, dd], fmt="int")
                rem = self.d.tmp("rm")
                self.d.op(rem, "sub", lambda v, c=curname, pp=p: v[c] - v[pp], args=[curname, p],
                          fmt="int")
                self.d.guard(lambda v, rr=rem: 0 <= v[rr] < v[dd])
                if self.val(qd) == 0:
                    self.L(self.bul + lead + "«%s» goes into «%s» «%s!:word» times, so write 0 in the quotient." % (
                        dd, curname, qd))
                    self.d.guard(lambda v, x=qd: v[x] == 0)
                else:
                    times = "«%s!:word» times" % qd if self.val(qd) != 1 else "«%s!:word» time" % qd
                    self.L(self.bul + lead + "«%s» goes into «%s» %s: «%s» × «%s» = «%s!», and «%s» − «%s» = «%s!»." % (
                        dd, curname, times, qd, dd, p, curname, p, rem))
                pos += 1
                if pos > len(digits):
                    break
            self.op_q(n, dd, q)
            self.d.guard(lambda v, rr=rem: v[q] * v[dd] + v[rr] == v[n])
            return q, rem, "walk"
        # estimate and multiply
        self.op_q(n, dd, q)
        p = self.d.tmp("p")
        self.op_p(dd, q, p)
        q1 = self.d.tmp("q1")
        self.d.op(q1, "ceiladd", lambda v: v[q] + 1, args=[q], fmt="int")
        p2 = self.d.tmp("p")
        self.d.op(p2, "mul", lambda v: v[dd] * v[q1], args=[dd, q1], fmt=self.d.fmt[p])
        self.d.cmp(p, "<=", n)
        self.d.cmp(p2, ">", n)
        r = self.d.tmp("rm")
        self.op_rsub(n, p, r)
        self.L(self.ch("How many «%s»s fit into «%s»? " % (dd, n), "Divide «%s» by «%s». " % (n, dd)) +
               "«%s» × «%s:num» = «%s!», and «%s» × «%s?» = «%s!», which is more than «%s»." % (
                   dd, q, p, dd, q1, p2, n))
        self.L("So «%s» goes into «%s» «%s!:num» times, and «%s» − «%s» = «%s!» is left over." % (
            dd, n, q, n, p, r))
        return q, r, "trial"

    def summary(self, n, dd, q, r):
        self.L("So «%s» ÷ «%s» = %s." % (n, dd, self.rem(q, r, rf="")))
        self.d.guard(lambda v: v[q] * v[dd] + v[r] == v[n])

    def do_arith(self, s):
        eqs = self.arith_eq(s, form=self.ch("split", "direct"))
        first = self.d.step == 0
        self.S((self.ch("First find %s: " % s["what"], "Find %s: " % s["what"]) if first else
                "Find %s: " % s["what"]) + eqs[0] +
               ((" " + s["unit"]) if s.get("unit") and len(eqs) == 1 else "") + ".")
        for e in eqs[1:]:
            self.L("Then " + e + ((" " + s["unit"]) if s.get("unit") and e is eqs[-1] else "") + ".")

    def _div(self, s):
        n, dd = s["n"], s["d"]
        self.step()
        q, r, how = self.walk(n, dd)
        if how == "walk":
            self.summary(n, dd, q, r)
        return q, r

    def do_ceil(self, s):
        g1, g2 = s["grp"]
        q, r = self._div(s)
        rest = self.items(s, r) + (" without a %s" % g1 if not s.get("money") else " still to cover")
        self.op_ceil_add(q, s["out"])
        self.S("«%s» %s would leave %s, so we need one more %s: «%s» + 1 = «%s!» %s." % (
            q, self.pl(q, g1, g2), rest, g1, q, s["out"], g2))

    def do_floor(self, s):
        if s.get("dec"):
            n, dd, q, r = s["n"], s["d"], s["q"], s.get("r")
            x = self.d.tmp("x")
            self.step()
            how = self.op_x(n, dd, x)
            self.L("Divide: " + self.x_eq(n, dd, x, how) + ".")
            self.op_floor_x(x, q)
            self.L("Only whole %s count, so round down to «%s!»." % (s["grp"][1], q))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.S("«%s» × «%s» = «%s!», and «%s» − «%s» = «%s!» is left." % (q, dd, p, n, p, r))
            return
        q, r = self._div(s)
        self.d.op(s["q"], "copy", lambda v: v[q], args=[q], fmt="int")
        self.L("That makes %s, with %s." % (fullg(s, s["q"], self).replace("!", ""), self.left(s, r)))
        if s.get("r"):
            self.d.op(s["r"], "copy", lambda v: v[r], args=[r], fmt=self.d.fmt[s["n"]])

    def do_share(self, s):
        q, r = self._div(s)
        self.d.op(s["q"], "copy", lambda v: v[q], args=[q], fmt=self.d.fmt[q])
        self.d.op(s["r"], "copy", lambda v: v[r], args=[r], fmt=self.d.fmt[s["n"]])
        self.L("Each %s gets %s, with %s." % (s["who"][0], self.items(s, s["q"]), self.left(s, s["r"])))

    def do_convert(self, s):
        q, r = self._div(s)
        self.d.op(s["q"], "copy", lambda v: v[q], args=[q], fmt="int")
        self.d.op(s["r"], "copy", lambda v: v[r], args=[r], fmt=self.d.fmt[s["n"]])
        self.L("That is «%s» %s and «%s» %s." % (s["q"], self.pl(q, *s["big"]), s["r"], self.pl(r, *s["small"])))

    def do_roundp(self, s):
        self.rounded_ops(s)
        place = s["place"]
        parts = []
        for a, b in s["pairs"]:
            parts.append("«%s» rounds %s to «%s!»" % (a, "up" if self.val(b) > self.val(a) else "down", b))
        self.S("Round to the nearest %s: " % place + "; ".join(parts) + ".")
        for a, b in s["pairs"]:
            self.d.guard(lambda v, a=a, b=b: (v[b] > v[a], v[b] < v[a]))

    def do_est(self, s):
        self.S("Estimate: " + self.est_eq(s, show_orig=False) + ((" " + s["unit"]) if s.get("unit") else "") + ".")

    def do_decround(self, s):
        if "src" in s:
            x = s["src"]
        else:
            x = self.d.tmp("x")
            self.step()
            how = self.op_x(s["n"], s["d"], x, mode=self.ch("trunc", "auto"), places=s.get("xplaces", 3))
            self.L("Divide: " + self.x_eq(s["n"], s["d"], x, how) + ("" if how == "..." else "."))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.S("Rounded %s, that is «%s!»." % (self.round_word(s), s["out"]))

    def answer(self):
        self.L(self.P["ans"]["sent"], step=99)
        self.hashline()


# =====================================================================
# 7. terse lines
# =====================================================================

class Terse(Base):
    name = "terse"

    def setup(self):
        t, dv = self.ch(("×", "÷"), ("*", "/"), ("x", "/"), ("×", "/"))
        self.N = Notation(times=t, div=dv, minus="-")
        self.remstyle = self.ch("r", "R", "r_", "R")

    def S(self, text):
        self.step()
        self.L(text)

    def do_arith(self, s):
        for i, e in enumerate(self.arith_eq(s, form=self.ch("direct", "split", "chain"))):
            if i == 0:
                self.S(e)
            else:
                self.L(e)

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g2 = s["grp"][1]
        k = self.ch("rem", "brk", "dec", "decso")
        if k == "decso":
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.op_ceil_x(x, out)
            self.S(self.x_eq(n, dd, x, how) + ", so «%s?» %s" % (out, g2))
        elif k == "rem":
            q, r = self.divrem_ops(s)
            self.S("«%s» %s «%s» = %s" % (n, self.N.div, dd, self.rem(q, r)))
            self.op_ceil_add(q, out)
            self.S("«%s» + 1 = «%s!» %s" % (q, out, g2))
        elif k == "brk":
            q, r = self.divrem_ops(s)
            self.S("«%s» %s «%s» = %s" % (n, self.N.div, dd, self.rem(q, r)))
            self.op_ceil_nd(n, dd, out)
            self.S("⌈«%s»/«%s»⌉ = «%s!» %s" % (n, dd, out, g2))
        else:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.S(self.x_eq(n, dd, x, how))
            self.op_ceil_x(x, out)
            self.S("round up → «%s!» %s" % (out, g2))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        if s.get("dec"):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.S(self.x_eq(n, dd, x, how))
            self.op_floor_x(x, q)
            self.S("round down → «%s!» %s" % (q, s["grp"][1]))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.S("«%s» %s «%s» = «%s!»" % (q, self.N.times, dd, p))
                self.L("«%s» %s «%s» = «%s!» left" % (n, self.N.minus, p, r))
            return
        q, r = self.divrem_ops(s, r=r)
        self.S("«%s» %s «%s» = %s" % (n, self.N.div, dd, self.rem(q, r)))

    def do_share(self, s):
        q, r = self.divrem_ops(s)
        self.S("«%s» %s «%s» = %s" % (s["n"], self.N.div, s["d"], self.rem(q, r)))

    def do_convert(self, s):
        q, r = self.divrem_ops(s)
        self.S("«%s» %s «%s» = %s → «%s» %s «%s» %s" % (
            s["n"], self.N.div, s["d"], self.rem(q, r), q, self.pl(q, *s["big"]), r,
            self.pl(r, *s["small"])))

    def do_roundp(self, s):
        self.rounded_ops(s)
        unit = {"ten": "10", "hundred": "100", "thousand": "1000"}.get(s["place"], s["place"])
        self.S("nearest %s: " % unit + ", ".join("«%s» → «%s!»" % p for p in s["pairs"]))

    def do_est(self, s):
        self.S(self.est_eq(s, show_orig=False))

    def do_decround(self, s):
        x, how = self.decround_x(s, mode="auto", places=s.get("xplaces", 2))
        if how:
            self.S(self.x_eq(s["n"], s["d"], x, how))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        tag = {"nearest": "nearest %s" % s["place"], "up": "rounded up", "down": "rounded down"}[s["mode"]]
        self.S("«%s» → «%s!» (%s)" % (x, s["out"], tag))

    def answer(self):
        self.L(self.ch("Answer: «%s»", "Ans: «%s»", "Answer: «%s»") % self.P["final"], step=99)
        self.hashline()


# =====================================================================
# 8. chatty tutor (Claude / GPT "friendly tutor" flavour)
# =====================================================================

class Chatty(Base):
    name = "chatty_tutor"

    def setup(self):
        self.remstyle = self.ch("remof", "remof", "left", "R")
        self.emoji = self.coin(0.5)
        self.decpath = self.coin(0.3)
        self.first = True

    def E(self, e):
        return (" " + e) if self.emoji else ""

    def lets(self):
        """Sentence opener ending in "let's " / "Let's "."""
        if self.first:
            self.first = False
            return self.ch("First, let's ", "To begin, let's ")
        return self.ch("Now let's ", "Next, let's ", "Okay, now let's ", "Alright! Let's ")

    def intro(self):
        self.L(self.ch("Great question! Let's work through it together.",
                       "Ooh, a fun one! Let's think it through step by step.",
                       "Let's figure this out together!",
                       "Happy to help! Let's take this one piece at a time.") + self.E("😊"), step=0)
        self.B(step=0)

    def do_arith(self, s):
        self.step()
        self.L(self.lets() + "find %s:" % s["what"])
        eqs = self.arith_eq(s, form=self.ch("direct", "chain"))
        self.L(eqs[0] + ((" " + s["unit"]) if s.get("unit") else ""))
        self.B()

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        self.step()
        self.L(self.lets() + "see how many %s we need. We divide %s by %s:" % (g2, s["n_what"], s["d_what"]))
        if self.decpath:
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.L(self.x_eq(n, dd, x, how))
            self.B()
            self.step()
            self.op_ceil_x(x, out)
            self.L("Hmm, we can't have «%s» of a %s! Since %s, we round up to «%s!» %s." % (
                x, g1, s["why"], out, g2) + self.E("👍"))
            self.B()
            return
        q, r = self.divrem_ops(s)
        self.L("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.B()
        self.step()
        self.op_ceil_add(q, out)
        if s.get("money"):
            self.L("So «%s» %s would get us close — but there would still be «%s» to go! That needs one more %s:"
                   % (q, self.pl(q, g1, g2), r, g1))
        else:
            self.L("So «%s» %s would be completely full — but we'd still have %s left over. %s a %s too, "
                   "so we need one more:" % (q, self.pl(q, g1, g2), self.items(s, r),
                                            "That one needs" if self.val(r) == 1 else "They need", g1))
        self.L("«%s» + 1 = «%s!» %s" % (q, out, g2))
        self.B()

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        self.step()
        self.L(self.lets() + "divide %s by %s:" % (s["n_what"], s["d_what"]))
        if s.get("dec"):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.L(self.x_eq(n, dd, x, how))
            self.op_floor_x(x, q)
            self.L("Only whole %s count, so we round down to «%s!»." % (s["grp"][1], q))
            self.B()
            if r:
                self.step()
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.L("And what's left? «%s» × «%s» = «%s!», and «%s» − «%s» = «%s!»." % (q, dd, p, n, p, r))
                self.B()
            return
        q, r = self.divrem_ops(s, r=r)
        self.L("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.B()
        self.L("That gives us %s, with %s." % (fullg(s, q, self), self.left(s, r)) + self.E("✨"))
        self.B()

    def do_share(self, s):
        self.step()
        self.L(self.lets() + "share %s equally among the «%s» %s:" % (s["n_what"], s["d"], s["who"][1]))
        q, r = self.divrem_ops(s)
        self.L("«%s» ÷ «%s» = %s" % (s["n"], s["d"], self.rem(q, r)))
        self.B()
        self.L("So each %s gets %s, with %s." % (s["who"][0], self.items(s, q), self.left(s, r)))
        self.B()

    def do_convert(self, s):
        self.step()
        self.L(self.lets() + "divide by «%s», since there are «%s» %s in %s %s:" % (
            s["d"], s["d"], s["small"][1], "an" if s["big"][0][0] in "aeiouh" else "a", s["big"][0]))
        q, r = self.divrem_ops(s)
        self.L("«%s» ÷ «%s» = %s" % (s["n"], s["d"], self.rem(q, r)))
        self.B()
        self.L("That's «%s» %s and «%s» %s!" % (q, self.pl(q, *s["big"]), r, self.pl(r, *s["small"])))
        self.B()

    def do_roundp(self, s):
        self.step()
        self.L(self.lets() + "round %s to the nearest %s:" % ("each number" if len(s["pairs"]) > 1 else "first",
                                                            s["place"]))
        self.rounded_ops(s)
        for a, b in s["pairs"]:
            self.L("- «%s» is closer to «%s!»" % (a, b) if self.coin(0.3) else "- «%s» rounds to «%s!»" % (a, b))
        self.B()

    def do_est(self, s):
        self.step()
        self.L(self.ch("Now the easy part — we use the rounded numbers to find %s:" % s["what"],
                       "With the rounded numbers, finding %s is quick:" % s["what"]))
        self.L(self.est_eq(s, show_orig=False) + ((" " + s["unit"]) if s.get("unit") else ""))
        self.B()

    def do_decround(self, s):
        x, how = self.decround_x(s, mode=self.ch("auto", "trunc"), places=s.get("xplaces", 3))
        if how:
            self.step()
            self.L(self.lets() + "work out %s:" % s["xwhat"])
            self.L(self.x_eq(s["n"], s["d"], x, how))
            self.B()
        self.step()
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.L("We need to round %s, so «%s» becomes «%s!»." % (self.round_word(s), x, s["out"]))
        self.B()

    def answer(self):
        sent = self.P["ans"]["sent"]
        self.L(self.ch("So the answer is **%s**!" % self.P["ans"]["short"],
                       "%s" % sent.replace("«", "**«").replace("»", "»**"),
                       "And that's it — %s" % lc_first(sent))
               + self.E(self.ch("🎉", "😊", "🚀")), step=99)
        self.hashline()


# =====================================================================
# 9. check by multiplying
# =====================================================================

class Check(Base):
    name = "check_multiply"

    def setup(self):
        self.remstyle = self.ch("R", "R", "r", "rem")
        self.ck = self.ch("Check: ", "Check: ", "✓ Check: ")

    def S(self, text):
        k = self.step()
        self.L("Step %d: %s" % (k, text))

    def C(self, text):
        if self.ck.startswith("✓"):
            self.L(self.ck + text)
        else:
            self.L(self.ck + text + " ✓")

    def do_arith(self, s):
        eqs = self.arith_eq(s, form="direct" if self.coin(0.6) else "split")
        self.S("%s = %s" % (s["label"], eqs[0]) if len(eqs) == 1 else eqs[0])
        for e in eqs[1:]:
            self.L(e)
        e = s["expr"]
        if len(eqs) == 1 and is_leaf(e[1]) and is_leaf(e[2]) and e[0] in "*+" and self.coin(0.7):
            op, a, b = e
            c = self.d.tmp("ck")
            if op == "*":
                self.d.op(c, "div", lambda v: v[s["out"]] / (v[b] if isinstance(b, str) else F(b)),
                          args=[s["out"], b], fmt=self.d.fmt[a] if isinstance(a, str) else "num")
                self.C("«%s» ÷ %s = «%s!»" % (s["out"], ("«%s»" % b) if isinstance(b, str) else str(b), c))
            else:
                self.d.op(c, "sub", lambda v: v[s["out"]] - (v[b] if isinstance(b, str) else F(b)),
                          args=[s["out"], b], fmt=self.d.fmt[a] if isinstance(a, str) else "num")
                self.C("«%s» − %s = «%s!»" % (s["out"], ("«%s»" % b) if isinstance(b, str) else str(b), c))

    def divcheck(self, n, dd, q, r):
        p = self.d.tmp("p")
        self.op_p(dd, q, p)
        c = self.d.tmp("ck")
        self.d.op(c, "add", lambda v: v[p] + v[r], args=[p, r], fmt=self.d.fmt[n])
        if self.coin():
            self.C("«%s» × «%s» + «%s» = «%s!» + «%s» = «%s!»" % (dd, q, r, p, r, c))
        else:
            self.C("«%s» × «%s» = «%s!», «%s» + «%s» = «%s!»" % (q, dd, p, p, r, c))

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        q, r = self.divrem_ops(s)
        self.S("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.divcheck(n, dd, q, r)
        self.op_ceil_add(q, out)
        self.S("There is a remainder, so round up: «%s» + 1 = «%s!» %s" % (q, out, g2))
        c1 = self.d.tmp("ck")
        self.d.op(c1, "mul", lambda v: v[out] * v[dd], args=[out, dd], fmt=self.d.fmt[dd])
        c2 = self.d.tmp("ck")
        self.d.op(c2, "mul", lambda v: v[q] * v[dd], args=[q, dd], fmt=self.d.fmt[dd])
        self.d.cmp(c1, ">=", n)
        self.d.cmp(c2, "<", n)
        self.C("«%s» × «%s» = «%s!» ≥ «%s», but «%s» × «%s» = «%s!» < «%s»" % (
            out, dd, c1, n, q, dd, c2, n))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        if s.get("dec"):
            x = self.d.tmp("x")
            how = self.op_x(n, dd, x)
            self.op_floor_x(x, q)
            self.S(self.x_eq(n, dd, x, how) + ", so round down to «%s!» %s" % (q, s["grp"][1]))
            p = self.d.tmp("p")
            self.op_p(dd, q, p)
            self.d.cmp(p, "<=", n)
            if r:
                self.op_rsub(n, p, r)
                self.S("Left over: «%s» − «%s» × «%s» = «%s» − «%s!» = «%s!»" % (n, q, dd, n, p, r))
            else:
                self.C("«%s» × «%s» = «%s!» ≤ «%s»" % (q, dd, p, n))
            return
        q, r = self.divrem_ops(s, r=r)
        self.S("«%s» ÷ «%s» = %s" % (n, dd, self.rem(q, r)))
        self.divcheck(n, dd, q, r)

    def do_share(self, s):
        q, r = self.divrem_ops(s)
        self.S("«%s» ÷ «%s» = %s" % (s["n"], s["d"], self.rem(q, r)))
        self.divcheck(s["n"], s["d"], q, r)

    def do_convert(self, s):
        q, r = self.divrem_ops(s)
        self.S("«%s» ÷ «%s» = %s, so «%s» %s «%s» %s" % (s["n"], s["d"], self.rem(q, r), q,
                                                       self.pl(q, *s["big"]), r, self.pl(r, *s["small"])))
        self.divcheck(s["n"], s["d"], q, r)

    def do_roundp(self, s):
        self.rounded_ops(s)
        self.S("Round to the nearest %s: " % s["place"] + ", ".join("«%s» → «%s!»" % p for p in s["pairs"]))

    def do_est(self, s):
        self.S("%s: %s" % (s["label"], self.est_eq(s, show_orig=False)))

    def do_decround(self, s):
        x, how = self.decround_x(s, mode="auto", places=s.get("xplaces", 2))
        if how:
            self.S(self.x_eq(s["n"], s["d"], x, how))
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.S("Round %s: «%s» → «%s!»" % (self.round_word(s), x, s["out"]))

    def answer(self):
        self.L("Answer: %s" % self.P["ans"]["short"], step=99)
        self.hashline()


# =====================================================================
# 10. GSM8K calculator annotations
# =====================================================================

class Gsm8k(Base):
    name = "gsm8k_calc"

    def setup(self):
        self.N = Notation(times="*", div="/", minus="-", fmtmap={"money": "m", "money2": "m2"})
        self.T = Notation(times="*", div="/", minus="-", fmtmap={"money": "m", "money2": "m2"})

    def tight(self, text):
        import re as _re
        text = text.replace(" * ", "*").replace(" / ", "/").replace(" + ", "+").replace(" - ", "-")
        # money values are written without "$" inside the math
        def fix(m):
            name = m.group(1)
            if m.group(2) is None and self.d.fmt.get(name, "int").startswith("money"):
                return "«%s%s:m»" % (name, m.group(3) or "")
            return m.group(0)
        return _re.sub(r"«([A-Za-z0-9_]+)(?=[!?:»])([!?]?):?([A-Za-z0-9]*)»", self._fixslot, text)

    def _fixslot(self, m):
        name, flag, fmt = m.group(1), m.group(2), m.group(3)
        if not fmt and self.d.fmt.get(name, "int").startswith("money"):
            fmt = "m"
        return "«%s%s%s»" % (name, flag, (":" + fmt) if fmt else "")

    def S(self, text):
        self.step()
        self.L(text)

    def ann(self, expr_txt, res, dollar=False):
        """'expr = <<expr=res>>res' with slot text."""
        t = self.tight(expr_txt)
        fm = self.d.fmt[res]
        rf = ":m" if fm.startswith("money") else (":%s" % fm if fm != "int" else "")
        return "%s = %s<<%s=«%s!%s»>>«%s!%s»" % (t, "$" if fm.startswith("money") else "", t, res, rf, res, rf)

    def do_arith(self, s):
        e, out = s["expr"], s["out"]
        fmt = s.get("fmt", "int")
        if is_leaf(e[1]) and is_leaf(e[2]) or self.coin(0.5):
            op, a, b = e
            self.d.op(out, KIND[op], make_fn(op, a, b), args=[a, b], fmt=fmt)
            self.S(cap(s["what"]) + " is " + self.ann(self.X(e), out) + ((" " + s["unit"]) if s.get("unit") else "") + ".")
            return
        steps = lower_split(e, out, self.d, fmt)
        parts = [self.ann(self.X(node), name) for node, name in steps]
        self.S(cap(s["what"]) + " is " + " and ".join(parts[-1:]) if len(parts) == 1 else
               "First, " + parts[0] + ". " + cap(s["what"]) + " is " + parts[-1] +
               ((" " + s["unit"]) if s.get("unit") else "") + ".")

    def do_ceil(self, s):
        n, dd, out = s["n"], s["d"], s["out"]
        g1, g2 = s["grp"]
        ex = self.val(n) / self.val(dd)
        tp = term_places(ex)
        if tp is not None and tp <= 3:
            x = self.d.tmp("x")
            self.d.op(x, "div", lambda v: v[n] / v[dd], args=[n, dd], fmt="num")
            subj = s.get("subj", "they")
            self.S("%s need%s %s %s." % (cap(subj), "s" if subj in ("he", "she") else "",
                                         self.ann("«%s»/«%s»" % (n, dd), x), g2))
            self.op_ceil_x(x, out)
            self.S("Since %s, this rounds up to «%s!» %s." % (s["why"], out, g2))
            return
        q, r = self.divrem_ops(s)
        self.S(self.tight("«%s»/«%s»" % (n, dd)) + " = %s, so «%s» %s %s full." % (
            self.rem(q, r, style="remof"), q, self.pl(q, g1, g2), "is" if self.val(q) == 1 else "are"))
        self.op_ceil_add(q, out)
        subj = s.get("subj", "they")
        self.S("The remaining %s need%s one more %s, so %s need%s %s %s." % (
            self.items(s, r), "s" if (self.val(r) == 1 or s.get("money")) else "", g1,
            subj, "s" if subj in ("he", "she") else "", self.ann("«%s»+1" % q, out), g2))

    def do_floor(self, s):
        n, dd, q = s["n"], s["d"], s["q"]
        r = s.get("r")
        ex = self.val(n) / self.val(dd)
        tp = term_places(ex)
        if tp is not None and tp <= 3 and (s.get("dec") or self.coin()):
            x = self.d.tmp("x")
            self.d.op(x, "div", lambda v: v[n] / v[dd], args=[n, dd], fmt="num")
            self.op_floor_x(x, q)
            self.S("%s, which rounds down to «%s!» %s." % (self.ann("«%s»/«%s»" % (n, dd), x), q, s["grp"][1]))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.S("That uses %s, leaving %s." % (self.ann("«%s»*«%s»" % (q, dd), p),
                                                     self.ann("«%s»-«%s»" % (n, p), r)))
            return
        if s.get("dec"):
            x = self.d.tmp("x")
            self.op_x(n, dd, x)
            self.op_floor_x(x, q)
            self.S(self.tight("«%s»/«%s»" % (n, dd)) + " ≈ «%s!», which rounds down to «%s!» %s." % (
                x, q, s["grp"][1]))
            if r:
                p = self.d.tmp("p")
                self.op_p(dd, q, p)
                self.op_rsub(n, p, r)
                self.S("That uses %s, leaving %s." % (self.ann("«%s»*«%s»" % (q, dd), p),
                                                     self.ann("«%s»-«%s»" % (n, p), r)))
            return
        q, r = self.divrem_ops(s, r=r)
        self.S(self.tight("«%s»/«%s»" % (n, dd)) + " = %s, so there are %s." % (
            self.rem(q, r, style="remof"), fullg(s, q, self)))

    def do_share(self, s):
        q, r = self.divrem_ops(s)
        self.S(self.tight("«%s»/«%s»" % (s["n"], s["d"])) + " = %s, so each %s gets %s." % (self.rem(q, r, style="remof"),
                                                       s["who"][0], self.items(s, q)))

    def do_convert(self, s):
        q, r = self.divrem_ops(s)
        self.S("«%s»/«%s» = %s, which is «%s» %s and «%s» %s." % (
            s["n"], s["d"], self.rem(q, r, style="remof"), q, self.pl(q, *s["big"]), r, self.pl(r, *s["small"])))

    def do_roundp(self, s):
        self.rounded_ops(s)
        parts = ["«%s» rounds to «%s!»" % p for p in s["pairs"]]
        if len(parts) == 1:
            body = parts[0]
        elif len(parts) == 2:
            body = " and ".join(parts)
        else:
            body = ", ".join(parts[:-1]) + ", and " + parts[-1]
        self.S("To the nearest %s, %s." % (s["place"], body))

    def do_est(self, s):
        op, a, b = s["expr"]
        self.d.op(s["out"], KIND[op], make_fn(op, a, b), args=[a, b], fmt=s.get("fmt", "int"))
        self.S("The estimate is " + self.ann(self.X(s["expr"]), s["out"]) + ((" " + s["unit"]) if s.get("unit") else "") + ".")

    def do_decround(self, s):
        if "src" in s:
            x = s["src"]
        else:
            x = self.d.tmp("x")
            ex = self.val(s["n"]) / self.val(s["d"])
            tp = term_places(ex)
            if tp is not None and tp <= 3:
                self.d.op(x, "div", lambda v: v[s["n"]] / v[s["d"]], args=[s["n"], s["d"]], fmt="num")
                self.S(cap(s["xwhat"]) + " is " + self.ann("«%s»/«%s»" % (s["n"], s["d"]), x) + ".")
            else:
                self.op_x(s["n"], s["d"], x, places=s.get("xplaces", 2))
                self.S(cap(s["xwhat"]) + " is " + self.tight("«%s»/«%s»" % (s["n"], s["d"])) + " ≈ «%s!»." % x)
        self.op_round(x, s["out"], PLACE_UNIT[s["place"]], mode=s["mode"], fmt=s.get("fmt", "num"))
        self.S("Rounded %s, that is «%s!»." % (self.round_word(s), s["out"]))

    def answer(self):
        self.hashline()


STYLES = [Markdown, Bullets, Prose, Latex, Worksheet, LongDiv, Terse, Chatty, Check, Gsm8k]
