"""Solution writing styles: how small (1-3B) open models write correct
GSM8K-style solutions.  Each style renders a solution from a Ctx that holds
the values to *use* (opv) and the values to *write as results* (resv), so the
same renderer produces correct, slip and carry variants.

Rendering must consume the random generator identically whatever the
numbers are, so all four variants of a problem share their wording.
"""
import re
from fractions import Fraction
from core import plain, fixed, commas, dec_places

# ------------------------------------------------------------------ helpers
_IRREG = {"people": "person", "children": "child", "feet": "foot", "geese": "goose",
          "fish": "fish", "goldfish": "goldfish", "guppies": "guppy", "sheep": "sheep",
          "series": "series", "dozens": "dozen", "loaves": "loaf", "shelves": "shelf",
          "push-ups": "push-up", "book-days": "book-day", "kilowatt-hours": "kilowatt-hour",
          "square feet": "square foot", "cubic feet": "cubic foot", "miles per hour": "mile per hour"}


def singular(noun):
    if noun in _IRREG:
        return _IRREG[noun]
    for suf, rep in (("ies", "y"), ("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x")):
        if noun.endswith(suf):
            return noun[: -len(suf)] + rep
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def unit_for(noun, v):
    if v != 1:
        return noun
    if "/" in noun:
        a, b = noun.split("/", 1)
        return singular(a) + "/" + b
    return singular(noun)


def cap(s):
    return s[:1].upper() + s[1:]


class Fmt:
    def __init__(self, **kw):
        self.mul = "×"
        self.div = "÷"
        self.sub = "-"
        self.money = "cents"       # cents | pad | min
        self.dol_expr = True       # $ on money operands in expressions
        self.dol_res = True        # $ on money results (else " dollars")
        self.units = True          # count nouns after results
        self.thousands = False
        self.pct = "of"            # of | mulpct | dec | over100 | mixed
        self.frac = "of"           # of | mul | div
        self.spacing = (" ", " ")  # spacing (or weighted list of spacings) around operators
        self.eq = " = "
        self.latex_money = False
        self.calc_lead0 = True
        self.__dict__.update(kw)


def numstr(fmt, v, kind, comma=True):
    """How a style writes the number v of the given kind (no $, no unit)."""
    if kind == "m":
        if fmt.money == "pad":
            s = fixed(v, 2)
        elif fmt.money == "min":
            s = plain(v)
        else:
            s = plain(v) if v.denominator == 1 else fixed(v, 2)
    else:
        s = plain(v)
    if comma and fmt.thousands and v >= 1000:
        s = commas(s)
    return s


SP_STD = [((" ", " "), 1)]
SP_TIGHT = [(("", ""), 1)]
SP_MESSY = [((" ", " "), 5), (("", ""), 3), ((" ", ""), 1), (("", " "), 1)]
EQ_MESSY = [(" = ", 6), ("=", 3), (" =", 1), ("= ", 1)]


class Ctx:
    def __init__(self, tpl, pv, who, opv, resv, fmt, rng, problem):
        self.t, self.pv, self.opv, self.resv, self.fmt, self.rng = tpl, pv, opv, resv, fmt, rng
        self.problem = problem
        self.who = who
        self.n = len(tpl.steps)
        self.lines = []
        self.sym, self.spc, self.eqs, self.pctf = [], [], [], []
        for i in range(self.n):
            self.sym.append({"mul": self.pickw(fmt.mul), "div": self.pickw(fmt.div), "sub": self.pickw(fmt.sub)})
            self.spc.append([self.pickw(fmt.spacing) for _ in range(5)])
            self.eqs.append([self.pickw(fmt.eq) for _ in range(3)])
            self.pctf.append(self.pickw(fmt.pct))
        last = tpl.steps[-1]
        self.FIN = self.num(resv[last.name], last.kind, comma=False)
        sents = re.split(r"(?<=[.?!])\s+(?=[A-Z(])", problem.strip())
        q = [s for s in sents if s.endswith("?")]
        self.question = q[-1] if q else sents[-1]
        self.givens = [s for s in sents if s != self.question and not s.startswith("(")]

    # -------------------------------------------------- random choices (fixed consumption)
    def pick(self, items):
        return items[self.rng.randrange(len(items))]

    def pickw(self, items):
        if isinstance(items, str):
            return items
        if isinstance(items, tuple):
            return items
        tot = sum(w for _, w in items)
        r = self.rng.random() * tot
        for it, w in items:
            r -= w
            if r < 0:
                return it
        return items[-1][0]

    def chance(self, p):
        return self.rng.random() < p

    # -------------------------------------------------- lines
    def line(self, text, own=None, res=None):
        if own is None:
            own = ()
        elif isinstance(own, int):
            own = (own,)
        if res is None:
            res = ()
        elif isinstance(res, int):
            res = (res,)
        self.lines.append([text, tuple(own), tuple(res)])

    def blank(self):
        self.lines.append(["", (), ()])

    # -------------------------------------------------- numbers
    def num(self, v, kind, comma=True):
        return numstr(self.fmt, v, kind, comma)

    def money(self, v, latex=False):
        s = self.num(v, "m")
        if self.fmt.dol_res:
            return ("\\$" if latex else "$") + s
        return s + " dollars"

    def step(self, i):
        return self.t.steps[i]

    def desc(self, i):
        return self.t.steps[i].desc

    def _res(self, v, i, unit=True, latex=False):
        st = self.t.steps[i]
        if st.kind == "m":
            return self.money(v, latex)
        if st.kind == "p":
            return self.num(v, "p") + ("\\%" if latex else "%")
        s = self.num(v, st.kind)
        if unit and self.fmt.units and st.noun:
            if latex:
                s += "\\text{ %s}" % unit_for(st.noun, v)
            else:
                s += " " + unit_for(st.noun, v)
        return s

    def R(self, i, unit=True, latex=False):
        """Written result of step i (result map)."""
        return self._res(self.resv[self.t.steps[i].name], i, unit, latex)

    def V(self, i, unit=True, latex=False):
        """Value of step i as later steps use it (operand map)."""
        return self._res(self.opv[self.t.steps[i].name], i, unit, latex)

    def Rn(self, i):
        """Bare written result (no unit, no $)."""
        st = self.t.steps[i]
        return self.num(self.resv[st.name], st.kind)

    def FINU(self, latex=False):
        return self.R(self.n - 1, True, latex)

    # -------------------------------------------------- operands
    def _arg(self, i, j):
        a = self.t.steps[i].args[j]
        if a in self.pv:
            spec = self.t.params[a]
            return self.pv[a], spec.kind, spec.u
        if a in self.t.sidx:
            st = self.t.steps[self.t.sidx[a]]
            return self.opv[a], st.kind, st.noun
        return Fraction(a), "lit", None

    def opnd(self, i, j, mode="expr", units=False):
        v, kind, u = self._arg(i, j)
        if kind == "lit":
            return plain(v)
        if mode == "calc":
            return self.num(v, kind, comma=False)
        s = self.num(v, kind)
        if kind == "m":
            if mode == "latex":
                s = ("\\$" if self.fmt.latex_money else "") + s
            elif mode in ("prose", "words") or self.fmt.dol_expr:
                s = "$" + s
            if units and u and u.startswith("/"):
                s += u
            return s
        if units and u and not u.startswith("/"):
            s += " " + unit_for(u, v)
        return s

    def _pct_parts(self, i, mode, units=False):
        st = self.t.steps[i]
        p = self.pv[st.args[0]]
        a = self.opnd(i, 1, mode, units)
        return p, a

    def _join(self, parts, op, i):
        out = parts[0]
        for k, x in enumerate(parts[1:]):
            sp = self.spc[i][k % 5]
            out = out + sp[0] + op + sp[1] + x
        return out

    def E(self, i, mode="expr", units=False):
        """Expression for step i.  modes: expr | latex | calc."""
        st = self.t.steps[i]
        if mode == "latex":
            MUL, DIV, SUB = "\\times", "\\div", "-"
        elif mode == "calc":
            MUL, DIV, SUB = "*", "/", "-"
        else:
            MUL, DIV, SUB = self.sym[i]["mul"], self.sym[i]["div"], self.sym[i]["sub"]
        if mode in ("latex", "calc"):
            J = (lambda parts, op: (" " + op + " ").join(parts)) if mode == "latex" else (lambda parts, op: op.join(parts))
        else:
            J = lambda parts, op: self._join(parts, op, i)
        if st.op in ("add", "sub", "mul", "div"):
            parts = [self.opnd(i, j, mode, units) for j in range(len(st.args))]
            op = {"add": "+", "sub": SUB, "mul": MUL, "div": DIV}[st.op]
            return J(parts, op)
        if st.op == "pct":
            p, a = self._pct_parts(i, mode, units)
            ps = plain(p)
            d = p / 100
            ds = fixed(d, max(2, dec_places(d)))
            form = self.pctf[i]
            if mode == "calc":
                if form in ("dec", "mulpct"):
                    if not self.fmt.calc_lead0:
                        ds = ds[1:] if ds.startswith("0.") else ds
                    return J([a, ds], MUL)
                return a + MUL + ps + "/100"
            pc = ps + ("\\%" if mode == "latex" else "%")
            if form == "of":
                if mode == "latex":
                    return J([pc, a], MUL)
                return pc + " of " + a
            if form == "mulpct":
                return J([a, pc], MUL)
            if form == "dec":
                return J([a, ds], MUL)
            # over100
            if mode == "latex":
                return J(["\\frac{%s}{100}" % ps, a], MUL)
            return J([a, ps], MUL) + "/100"
        if st.op == "frac":
            f = self.pv[st.args[0]]
            a = self.opnd(i, 1, mode, units)
            n, dd = f.numerator, f.denominator
            form = self.fmt.frac
            if mode == "calc":
                if n == 1:
                    return J([a, str(dd)], DIV)
                return a + MUL + str(n) + DIV + str(dd)
            if mode == "latex":
                if form == "div" and n == 1:
                    return J([a, str(dd)], DIV)
                return J(["\\frac{%d}{%d}" % (n, dd), a], MUL)
            if form == "of":
                return "%d/%d of %s" % (n, dd, a)
            if form == "mul":
                return J([a, "%d/%d" % (n, dd)], MUL)
            if n == 1:
                return J([a, str(dd)], DIV)
            return J([J([a, str(dd)], DIV), str(n)], MUL)
        raise ValueError(st.op)

    def Ew(self, i, variant=0):
        """Expression in words (operands in prose format)."""
        st = self.t.steps[i]
        if st.op in ("add", "sub", "mul", "div"):
            parts = [self.opnd(i, j, "words") for j in range(len(st.args))]
            if st.op == "add":
                return " plus ".join(parts)
            if st.op == "sub":
                return parts[0] + " minus " + parts[1]
            if st.op == "mul":
                return parts[0] + (" times " if variant % 2 == 0 else " multiplied by ") + parts[1]
            return parts[0] + " divided by " + parts[1]
        if st.op == "pct":
            p = self.pv[st.args[0]]
            a = self.opnd(i, 1, "words")
            return plain(p) + (" percent of " if variant % 2 == 0 else "% of ") + a
        f = self.pv[st.args[0]]
        a = self.opnd(i, 1, "words")
        if f.numerator == 1 and variant % 2 == 1:
            return a + " divided by " + str(f.denominator)
        return "%d/%d of %s" % (f.numerator, f.denominator, a)

    def opverb(self, i, variant=0):
        """'multiply 5 by 12' etc (prose, no result)."""
        st = self.t.steps[i]
        if st.op in ("add", "sub", "mul", "div"):
            parts = [self.opnd(i, j, "prose") for j in range(len(st.args))]
            if st.op == "add":
                if len(parts) == 2:
                    return "add %s and %s" % tuple(parts)
                return "add " + ", ".join(parts[:-1]) + " and " + parts[-1]
            if st.op == "sub":
                return "subtract %s from %s" % (parts[1], parts[0])
            if st.op == "mul":
                return ("multiply %s by %s" if variant % 2 == 0 else "multiply %s and %s") % tuple(parts)
            return "divide %s by %s" % tuple(parts)
        if st.op == "pct":
            return "find %s%% of %s" % (plain(self.pv[st.args[0]]), self.opnd(i, 1, "prose"))
        f = self.pv[st.args[0]]
        return "find %d/%d of %s" % (f.numerator, f.denominator, self.opnd(i, 1, "prose"))

    def eq(self, i, k=0):
        return self.eqs[i][k % 3]

    def text(self):
        return "\n".join(l[0] for l in self.lines)


VERBS = ["Calculate", "Find", "Determine", "Figure out", "Compute", "Work out"]
VERBS_LC = ["calculate", "find", "figure out", "work out", "determine"]


# ================================================================== styles
def s_llama(c):
    """'## Step N:' headings, one sentence per step, '$\\boxed{}$' ending."""
    pre = c.pick(["", "", "", "To solve this problem, we need to break it down into steps.",
                  "Let's break down the problem step by step."])
    if pre:
        c.line(pre)
        c.blank()
    dot = c.pick(["", "", "."])
    for i in range(c.n):
        verb = c.pick(VERBS)
        fr = c.pick([0, 0, 1, 2, 2, 3])
        ov = c.rng.randrange(2)
        c.line("## Step %d: %s the %s%s" % (i + 1, verb, c.desc(i), dot), own=i)
        E, R = c.E(i), c.R(i)
        if fr == 0:
            body = "To find the %s, we need to %s. %s = %s." % (c.desc(i), c.opverb(i, ov), E, R)
        elif fr == 1:
            body = "%s = %s, so the %s is %s." % (E, R, c.desc(i), R)
        elif fr == 2:
            body = "The %s is %s = %s." % (c.desc(i), E, R)
        else:
            body = "We %s: %s = %s." % (c.opverb(i, ov), E, R)
        c.line(body, own=i, res=i)
        c.blank()
    c.line("The final answer is: $\\boxed{%s}$" % c.FIN)


def _qprose(c, s):
    """Qwen writes dollar signs in prose as \\$."""
    return s.replace("$", "\\$")


def s_qwen(c):
    """'To determine ..., we need to follow these steps' + LaTeX math + \\boxed."""
    op = c.pick(["To determine the %s, we need to follow these steps:",
                 "To solve this problem, we need to find the %s. Let's break it down step by step:",
                 "To find the %s, we will follow these steps:"]) % c.desc(c.n - 1)
    plan = c.chance(0.6)
    disp = c.pick(["block", "block", "oneline", "inline"])
    inl = c.pick([("\\(", "\\)"), ("$", "$")])
    hdr = c.pick(["num", "bold", "step"])
    say = c.chance(0.7)
    c.line(op)
    c.blank()
    if plan:
        for i in range(c.n):
            c.line("%d. %s the %s." % (i + 1, c.pick(VERBS), c.desc(i)))
        c.blank()
        if c.chance(0.5):
            c.line(c.pick(["Let's go through each step in detail.", "Let's start with the first step.",
                           "Now, let's do the calculations."]))
            c.blank()
    for i in range(c.n):
        verb = c.pick(VERBS)
        ov = c.rng.randrange(2)
        if hdr == "num":
            c.line("%d. **%s the %s:**" % (i + 1, verb, c.desc(i)), own=i)
        elif hdr == "bold":
            c.line("**Step %d: %s the %s.**" % (i + 1, verb, c.desc(i)), own=i)
        else:
            c.line("Step %d: %s the %s." % (i + 1, verb, c.desc(i)), own=i)
        E = c.E(i, "latex")
        R = c.R(i, latex=True) if c.t.steps[i].kind != "m" or c.fmt.latex_money else c.Rn(i)
        if disp == "inline":
            c.line("We %s, so the %s is %s %s = %s %s." % (c.opverb(i, ov), c.desc(i), inl[0], E, R, inl[1]),
                   own=i, res=i)
        else:
            c.line(cap("we %s:" % c.opverb(i, ov)), own=i)
            if disp == "block":
                c.line("\\[", own=i)
                c.line("%s = %s" % (E, R), own=i, res=i)
                c.line("\\]", own=i)
            else:
                c.line("\\[ %s = %s \\]" % (E, R), own=i, res=i)
            if say:
                c.line("So, the %s is %s." % (c.desc(i), _qprose(c, c.V(i))), own=i)
        c.blank()
    end = c.pick([0, 0, 1, 2])
    if end == 0:
        c.line("Therefore, the final answer is \\(\\boxed{%s}\\)." % c.FIN)
    elif end == 1:
        c.line("Thus, the %s is %s." % (c.desc(c.n - 1), _qprose(c, c.FINU())))
        c.line("\\[")
        c.line("\\boxed{%s}" % c.FIN)
        c.line("\\]")
    else:
        c.line("The final answer is \\(\\boxed{%s}\\)." % c.FIN)


def s_gemma(c):
    """'Here's how to solve the problem:' + **bold** headers + '*' bullets + **Answer:**."""
    c.line(c.pick(["Here's how to solve the problem:", "Here's how to solve this problem step-by-step:",
                   "Here's how to figure this out:", "Let's break this problem down step-by-step:"]))
    c.blank()
    hdr = c.pick(["num", "step", "plain"])
    units = c.chance(0.5)
    for i in range(c.n):
        verb = c.pick(VERBS)
        close = c.chance(0.8)
        extra = c.chance(0.35)
        b = "**" if close else ""
        if hdr == "num":
            c.line("**%d. %s the %s:%s" % (i + 1, verb, c.desc(i), b), own=i)
        elif hdr == "step":
            c.line("**Step %d: %s the %s%s" % (i + 1, verb, c.desc(i), b), own=i)
        else:
            c.line("**%s the %s:%s" % (verb, c.desc(i), b), own=i)
        c.line("* %s = %s" % (c.E(i, units=units), c.R(i)), own=i, res=i)
        if extra and i < c.n - 1:
            c.line("* So, the %s is %s." % (c.desc(i), c.V(i)), own=i)
        c.blank()
    end = c.pick([0, 1, 2, 3])
    if end == 0:
        c.line("**Answer:** The %s is %s." % (c.desc(c.n - 1), c.FINU()))
    elif end == 1:
        c.line("**Answer:** %s" % c.FINU())
    elif end == 2:
        c.line("**Answer:** The %s is **%s**." % (c.desc(c.n - 1), c.FINU()))
    else:
        c.line("So the answer is **%s**." % c.FINU())


def s_gsm8k(c):
    """GSM8K calculator annotations <<a*b=c>> and '#### N'."""
    frames = ["The %s is ", "So the %s is ", "That means the %s is ", "%s: ", "The %s will be "]
    for i in range(c.n):
        fr = c.pick(frames)
        st = c.t.steps[i]
        E = c.E(i, "calc")
        r = c.Rn(i)
        d = "$" if st.kind == "m" else ""
        tail = ""
        if st.kind == "p":
            tail = "%"
        elif st.noun and c.fmt.units:
            tail = " " + unit_for(st.noun, c.resv[st.name])
        head = fr % (cap(c.desc(i)) if fr.startswith("%s") else c.desc(i))
        c.line("%s%s=%s<<%s=%s>>%s%s." % (head, E, d, E, r, r, tail), own=i, res=i)
    c.line("#### %s" % c.FIN)


def s_socratic(c):
    """GSM8K 'socratic' format: sub-question ** answer with annotations."""
    for i in range(c.n):
        st = c.t.steps[i]
        q = c.pick(["What is the %s?", "How much is the %s?" if st.kind == "m" else "What is the %s?",
                    "Find the %s."]) % c.desc(i)
        E = c.E(i, "calc")
        r = c.Rn(i)
        d = "$" if st.kind == "m" else ""
        tail = "%" if st.kind == "p" else (" " + unit_for(st.noun, c.resv[st.name]) if st.noun else "")
        ans = c.pick(["The %s is ", "It is ", ""])
        ans = ans % c.desc(i) if "%s" in ans else ans
        c.line("%s ** %s%s=%s<<%s=%s>>%s%s." % (q, ans, E, d, E, r, r, tail), own=i, res=i)
    c.line("#### %s" % c.FIN)


CONN_FIRST = ["First, ", "First ", "To start, ", "Step 1: "]
CONN = ["Next, ", "Then, ", "Then ", "After that, ", "Now, ", "Now ", "Next "]
CONN_LAST = ["Finally, ", "So ", "Finally ", "Lastly, ", "Then "]


def s_letsthink(c):
    """'Let's think step by step.' + plain sentences + 'The answer is N.'"""
    c.line(c.pick(["Let's think step by step.", "Let's think step by step.", "Let's solve this step by step.",
                   "Let's think about this step by step."]))
    gap = c.chance(0.35)
    for i in range(c.n):
        if i == 0:
            con = c.pick(CONN_FIRST)
        elif i == c.n - 1:
            con = c.pick(CONN_LAST)
        else:
            con = c.pick(CONN)
        if con.startswith("Step"):
            con = "Step %d: " % (i + 1)
        fr = c.pick([0, 1, 2, 3])
        E, R = c.E(i), c.R(i)
        if fr == 0:
            s = "%sthe %s is %s = %s." % (con, c.desc(i), E, R)
        elif fr == 1:
            s = "%swe need to find the %s. %s = %s." % (con, c.desc(i), E, R)
        elif fr == 2:
            s = "%s%s = %s. This is the %s." % (con, E, R, c.desc(i))
        else:
            s = "%swe %s to get the %s: %s = %s." % (con, c.opverb(i), c.desc(i), E, R)
        if gap and i > 0:
            c.blank()
        c.line(s, own=i, res=i)
    end = c.pick([0, 1, 2, 3, 4])
    if gap:
        c.blank()
    if end == 0:
        c.line("The answer is %s." % c.FIN)
    elif end == 1:
        c.line("So the answer is %s." % c.FIN)
    elif end == 2:
        c.line("Therefore, the answer is %s." % c.FINU())
        c.line("The answer is: %s" % c.FIN)
    elif end == 3:
        c.line("So the %s is %s. The answer is %s." % (c.desc(c.n - 1), c.FINU(), c.FIN))
    else:
        c.line("The answer is %s. The final answer is %s." % (c.FIN, c.FIN))


def s_runon(c):
    """Long run-on lines, several steps per line, few commas."""
    n = c.n
    if n == 2:
        groups = [[0], [1]]
    elif n == 3:
        groups = c.pick([[[0], [1, 2]], [[0, 1], [2]]])
    elif n == 4:
        groups = c.pick([[[0, 1], [2, 3]], [[0], [1, 2, 3]], [[0], [1, 2], [3]]])
    else:
        groups = c.pick([[[0, 1], [2, 3, 4]], [[0, 1], [2, 3], [4]], [[0], [1, 2], [3, 4]]])
    openers = ["So first ", "Ok so ", "First ", "Alright so ", ""]
    joins = [" and then ", " then ", ", and ", " so then ", " and after that ", " and "]
    op = c.pick(openers)
    ends = c.pick([0, 1, 2, 3])
    extra = c.pick(["", " so that's it", ""])
    for g, grp in enumerate(groups):
        parts = []
        for k, i in enumerate(grp):
            fr = c.pick([0, 1, 2, 3])
            E, R = c.E(i), c.R(i)
            if fr == 0:
                p = "the %s is %s = %s" % (c.desc(i), E, R)
            elif fr == 1:
                p = "%s = %s for the %s" % (E, R, c.desc(i))
            elif fr == 2:
                p = "we %s which is %s = %s" % (c.opverb(i), E, R)
            else:
                p = "%s = %s" % (E, R)
            j = c.pick(joins)
            parts.append(p if k == 0 else j + p)
        txt = "".join(parts)
        if g == 0:
            txt = op + txt if op else cap(txt)
        else:
            txt = cap(c.pick(["then ", "and ", "so ", "now "]) + txt)
        if g == len(groups) - 1:
            if ends == 0:
                txt += " so the answer is %s%s" % (c.FIN, extra)
            elif ends == 1:
                txt += " so the %s is %s and the answer is %s" % (c.desc(n - 1), c.FINU(), c.FIN)
            elif ends == 2:
                txt += ". The answer is %s" % c.FIN
            else:
                txt += " so the answer is %s." % c.FINU()
        else:
            txt += c.pick(["", ".", ","])
        c.line(txt, own=tuple(grp), res=tuple(grp))
    if ends in (0, 1):
        c.line(c.pick(["The answer is %s", "Answer: %s", "%s"]) % c.FIN)


def s_restate(c):
    """Results restated on the same line ('= 60 = 60 oranges') + redundant closing."""
    gap = c.chance(0.4)
    for i in range(c.n):
        fr = c.pick([0, 0, 1, 2, 3])
        E, R, Rn = c.E(i), c.R(i), c.Rn(i)
        if fr == 0:
            s = "%s: %s = %s = %s" % (cap(c.desc(i)), E, Rn, R)
        elif fr == 1:
            s = "%s = %s. So the %s is %s." % (E, R, c.desc(i), R)
        elif fr == 2:
            s = "The %s is %s = %s. That is %s." % (c.desc(i), E, R, R)
        else:
            s = "%s = %s so %s is the %s" % (E, R, R, c.desc(i))
        c.line(s, own=i, res=i)
        if gap:
            c.blank()
    end = c.pick([0, 1, 2, 3])
    if end == 0:
        c.line("So the answer is %s." % c.FIN)
        c.line("Answer: %s" % c.FINU())
    elif end == 1:
        c.line("The answer is %s. %s." % (c.FIN, cap(c.FINU())))
    elif end == 2:
        c.line("So the %s is %s." % (c.desc(c.n - 1), c.FINU()))
        c.line("The answer is %s" % c.FIN)
        c.line(c.FIN)
    else:
        c.line("Final answer: %s" % c.FINU())
        c.line(c.FIN)


def _label(desc):
    d = re.sub(r"^(number of|amount of|cost of the|the) ", "", desc)
    return d


def s_terse(c):
    """Equation-only lines with labels, inconsistent spacing, snake_case labels."""
    snake = c.chance(0.4)
    colon = c.chance(0.5)
    for i in range(c.n):
        lab = _label(c.desc(i))
        if snake:
            lab = re.sub(r"[^a-z0-9]+", "_", lab.lower()).strip("_")
        e1, e2 = c.eq(i, 0), c.eq(i, 1)
        unit = c.chance(0.3)
        R = c.R(i) if unit else (c.R(i, unit=False))
        if colon:
            s = "%s: %s%s%s" % (lab, c.E(i), e1, R)
        else:
            s = "%s%s%s%s%s" % (lab, e2, c.E(i), e1, R)
        c.line(s, own=i, res=i)
    c.line(c.pick(["Answer: %s", "answer = %s", "Final answer: %s", "ans: %s"]) % c.FIN)


def s_verbose(c):
    """Restates the givens, redundant sentences, final stated several ways."""
    c.line(c.pick(["Let's start by listing what we know:", "First, let's understand what the problem tells us:",
                   "Let's read the problem carefully. We know that:"]))
    for g in c.givens:
        c.line("- " + g)
    c.line(c.pick(["We need to find: %s", "The question asks: %s", "The question is: %s"]) % c.question)
    c.blank()
    for i in range(c.n):
        con = "First" if i == 0 else ("Finally" if i == c.n - 1 else c.pick(["Next", "Then", "Now", "After that"]))
        fr = c.pick([0, 1, 2])
        E, R = c.E(i), c.R(i)
        if fr == 0:
            s = "%s, we need to figure out the %s. To do this, we %s. %s = %s. So the %s is %s." % (
                con, c.desc(i), c.opverb(i), E, R, c.desc(i), R)
        elif fr == 1:
            s = "%s, let's find the %s. We %s: %s = %s. This means the %s is %s." % (
                con, c.desc(i), c.opverb(i), E, R, c.desc(i), R)
        else:
            s = "%s, the %s is %s = %s. We now know the %s." % (con, c.desc(i), E, R, c.desc(i))
        c.line(s, own=i, res=i)
        c.blank()
    c.line("Therefore, the %s is %s. The answer is %s." % (c.desc(c.n - 1), c.FINU(), c.FIN))
    c.line(c.pick(["So, the final answer is %s.", "Final Answer: %s", "The final answer is %s."]) % c.FIN)


def s_mixed(c):
    """Bullets mixed with numbers, stray/unclosed asterisks."""
    op = c.pick(["Solution:", "Here is the solution:", "ok let's solve it", "", "**Solution**"])
    if op:
        c.line(op)
    for i in range(c.n):
        mk = c.pick(["%d." % (i + 1), "%d." % (i + 1), "-", "*", "%d)" % (i + 1), "•"])
        deco = c.pick(["plain", "bold", "unclosed", "star"])
        sub = c.chance(0.3)
        lab = cap(c.desc(i))
        if deco == "bold":
            lab = "**%s**" % lab
        elif deco == "unclosed":
            lab = "**" + lab
        E, R = c.E(i), c.R(i)
        tail = " *" if deco == "star" else ""
        c.line("%s %s: %s = %s%s" % (mk, lab, E, R, tail), own=i, res=i)
        if sub and i < c.n - 1:
            c.line("   - so the %s is %s" % (c.desc(i), c.V(i)), own=i)
    end = c.pick([0, 1, 2, 3])
    if end == 0:
        c.line("**Answer: %s" % c.FINU())
    elif end == 1:
        c.line("Answer: **%s**" % c.FIN)
    elif end == 2:
        c.line("* Final answer: %s*" % c.FIN)
    else:
        c.line("So the answer is %s" % c.FIN)
        c.line("**%s**" % c.FINU())


def s_split(c):
    """Computation split over two lines ('= result' on its own line)."""
    form = c.pick(["a", "b", "c", "ab"])
    ind = c.pick(["", "  ", "    ", "       "])
    for i in range(c.n):
        f = form if form != "ab" else c.pick(["a", "b"])
        E, R = c.E(i), c.R(i)
        if f == "a":
            c.line("%s:" % cap(c.desc(i)), own=i)
            c.line(E, own=i)
            c.line("= %s" % R, own=i, res=i)
        elif f == "b":
            c.line("%s = %s" % (cap(c.desc(i)), E), own=i)
            c.line("%s= %s" % (ind, R), own=i, res=i)
        else:
            c.line("%s: %s =" % (cap(c.desc(i)), E), own=i)
            c.line(R, own=i, res=i)
        c.blank()
    c.line(c.pick(["So the answer is %s.", "The answer is %s."]) % c.FINU())
    c.line(c.pick(["Final answer: %s", "Answer: %s"]) % c.FIN)


def s_words(c):
    """Operations written in words: '5 times 12 is 60'."""
    for i in range(c.n):
        v = c.rng.randrange(2)
        isw = c.pick([" is ", " is ", " equals "])
        con = c.pick(["", "So ", "Then ", "Next, "]) if i > 0 else c.pick(["", "First, "])
        fr = c.pick([0, 1, 2])
        W, R = c.Ew(i, v), c.R(i)
        if fr == 0:
            s = "%sto get the %s, %s%s%s." % (con, c.desc(i), W, isw, R)
        elif fr == 1:
            s = "%s%s%s%s, so the %s is %s." % (con, W, isw, R, c.desc(i), R)
        else:
            s = "%swe need the %s: %s%s%s." % (con, c.desc(i), W, isw, R)
        c.line(cap(s), own=i, res=i)
    c.line(c.pick(["The answer is %s.", "So the answer is %s.", "That means the answer is %s."]) % c.FIN)


def s_units(c):
    """Units written on every quantity, gemma-ish bullets."""
    op = c.pick(["Here's the math:", "Let's work it out with units:", "", "Let's solve:"])
    if op:
        c.line(op)
        c.blank()
    bul = c.pick(["- ", "* ", ""])
    for i in range(c.n):
        c.line("%s%s: %s = %s" % (bul, cap(c.desc(i)), c.E(i, units=True), c.R(i)), own=i, res=i)
    c.blank()
    c.line(c.pick(["So the %s is %s.", "The %s is %s."]) % (c.desc(c.n - 1), c.FINU()))
    c.line(c.pick(["Answer: %s", "**Answer:** %s"]) % c.FIN)


_VAR_SKIP = set("AIOXE")


def s_vars(c):
    """Letters for unknowns: 'Let T = ...', 'T = B - 9 = 60 - 9 = 51'."""
    pool = [ch for ch in "BCDFGHKLMNPRSTW"]
    c.rng.shuffle(pool)
    letters = []
    for i in range(c.n):
        w = re.sub(r"[^a-z ]", "", c.desc(i)).split()
        cand = w[-1][0].upper() if w else pool[0]
        if cand in _VAR_SKIP or cand in letters:
            cand = next(ch for ch in pool if ch not in letters)
        letters.append(cand)
    upfront = c.chance(0.4)
    if upfront:
        defs = ", ".join("%s = the %s" % (letters[i], c.desc(i)) for i in range(c.n))
        c.line("Let " + defs + ".")
    for i in range(c.n):
        st = c.t.steps[i]
        if not upfront:
            c.line("Let %s be the %s." % (letters[i], c.desc(i)), own=i)
        refs = [a for a in st.args if a in c.t.sidx]
        E = c.E(i)
        R = c.R(i, unit=False)
        if refs:
            # symbolic version: swap each used step value for its letter
            sym = _symbolic(c, i, letters)
            c.line("%s = %s = %s = %s" % (letters[i], sym, E, R), own=i, res=i)
        else:
            c.line("%s = %s = %s" % (letters[i], E, R), own=i, res=i)
    L = letters[-1]
    c.line(c.pick(["So %s = %s. The answer is %s." % (L, c.FINU(), c.FIN), "Answer: %s = %s" % (L, c.FIN),
                   "Therefore %s = %s, so the answer is %s." % (L, c.FIN, c.FINU())]))


def _symbolic(c, i, letters):
    """Step expression with earlier results replaced by their letters."""
    st = c.t.steps[i]
    parts = []
    for j, a in enumerate(st.args):
        if a in c.t.sidx:
            parts.append(letters[c.t.sidx[a]])
        elif st.op in ("pct", "frac") and j == 0:
            parts.append(None)
        else:
            parts.append(c.opnd(i, j))
    sym = c.sym[i]
    if st.op == "add":
        out = parts[0]
        for k, x in enumerate(parts[1:]):
            sp = c.spc[i][k % 5]
            out = out + sp[0] + "+" + sp[1] + x
        return out
    if st.op in ("sub", "mul", "div"):
        sp = c.spc[i][0]
        op = {"sub": sym["sub"], "mul": sym["mul"], "div": sym["div"]}[st.op]
        return parts[0] + sp[0] + op + sp[1] + parts[1]
    if st.op == "pct":
        return "%s%% of %s" % (plain(c.pv[st.args[0]]), parts[1])
    f = c.pv[st.args[0]]
    return "%d/%d of %s" % (f.numerator, f.denominator, parts[1])


# ------------------------------------------------------------------ registry
# name: (weight, renderer, fmt planner, one-line description)
def _f_llama(rng):
    return Fmt(mul=rng.choice([[("*", 1)], [("×", 1)], [("x", 1)], [("*", 3), ("×", 1)]]),
               div=rng.choice(["/", "÷"]), money=rng.choice(["cents", "cents", "pad"]),
               dol_expr=rng.random() < 0.8, pct=rng.choice(["of", "dec", "mulpct"]), frac=rng.choice(["of", "mul", "div"]))


def _f_qwen(rng):
    return Fmt(money=rng.choice(["cents", "pad"]), latex_money=rng.random() < 0.35,
               units=rng.random() < 0.5, pct=rng.choice(["of", "dec", "over100"]), frac=rng.choice(["of", "div"]))


def _f_gemma(rng):
    return Fmt(mul=rng.choice([[("x", 1)], [("*", 1)], [("×", 1)]]), div=rng.choice(["/", "÷"]),
               money=rng.choice(["cents", "pad"]), pct=rng.choice(["of", "dec", "mulpct"]),
               frac=rng.choice(["of", "div", "mul"]), thousands=rng.random() < 0.5)


def _f_gsm8k(rng):
    return Fmt(money="min", units=rng.random() < 0.7, pct=rng.choice(["over100", "dec", "over100"]),
               calc_lead0=rng.random() < 0.5)


def _f_socratic(rng):
    return Fmt(money="min", pct=rng.choice(["over100", "dec"]), calc_lead0=rng.random() < 0.5)


def _f_letsthink(rng):
    return Fmt(mul=rng.choice([[("*", 1)], [("×", 1)], [("x", 1)], [("*", 1), ("×", 1)]]),
               div=rng.choice(["/", "÷", [("/", 1), ("÷", 1)]]), money=rng.choice(["cents", "cents", "pad"]),
               dol_expr=rng.random() < 0.6, units=rng.random() < 0.6,
               pct=rng.choice(["of", "dec", "mulpct", "over100"]), frac=rng.choice(["of", "mul", "div"]),
               spacing=rng.choice([SP_STD, SP_STD, SP_MESSY]))


def _f_runon(rng):
    return Fmt(mul=rng.choice([[("x", 1)], [("*", 1)], [("x", 1), ("*", 1)]]), div="/",
               money=rng.choice(["cents", "min"]), dol_expr=rng.random() < 0.4, units=rng.random() < 0.6,
               pct=rng.choice(["of", "dec"]), frac=rng.choice(["of", "div"]), spacing=SP_MESSY,
               dol_res=rng.random() < 0.6)


def _f_restate(rng):
    return Fmt(mul=[("×", 2), ("*", 2), ("x", 1)], div=[("÷", 1), ("/", 1)], sub=[("-", 3), ("−", 1)],
               money=rng.choice(["cents", "pad"]), dol_expr=rng.random() < 0.5,
               pct=[("of", 1), ("dec", 1)], frac=rng.choice(["of", "div"]), spacing=rng.choice([SP_STD, SP_MESSY]))


def _f_terse(rng):
    return Fmt(mul=rng.choice([[("*", 1)], [("x", 1)], [("*", 2), ("×", 1)]]), div="/",
               money=rng.choice(["cents", "min"]), dol_expr=rng.random() < 0.3, dol_res=rng.random() < 0.5,
               pct=rng.choice(["dec", "over100", "mulpct"]), frac=rng.choice(["mul", "div"]),
               spacing=rng.choice([SP_TIGHT, SP_MESSY]), eq=rng.choice([EQ_MESSY, "=", " = "]))


def _f_verbose(rng):
    return Fmt(mul=rng.choice([[("×", 1)], [("*", 1)]]), div=rng.choice(["÷", "/"]), money="cents",
               pct=rng.choice(["of", "dec"]), frac=rng.choice(["of", "mul"]), thousands=rng.random() < 0.6)


def _f_mixed(rng):
    return Fmt(mul=[("x", 2), ("*", 1), ("×", 1), ("·", 1)], div=[("/", 2), ("÷", 1)], sub=[("-", 3), ("–", 1)],
               money=rng.choice(["cents", "pad", "min"]), dol_expr=rng.random() < 0.5, units=rng.random() < 0.5,
               pct=[("of", 1), ("mulpct", 1), ("dec", 1)], frac=rng.choice(["of", "mul", "div"]),
               spacing=SP_MESSY)


def _f_split(rng):
    return Fmt(mul=rng.choice([[("×", 1)], [("*", 1)], [("x", 1)]]), div=rng.choice(["÷", "/"]),
               money=rng.choice(["cents", "pad"]), dol_expr=rng.random() < 0.6,
               pct=rng.choice(["of", "dec", "over100"]), frac=rng.choice(["of", "mul", "div"]),
               spacing=rng.choice([SP_STD, SP_MESSY]))


def _f_words(rng):
    return Fmt(money="cents", units=rng.random() < 0.7, dol_res=rng.random() < 0.7)


def _f_units(rng):
    return Fmt(mul=rng.choice([[("×", 1)], [("x", 1)], [("*", 1)]]), div=rng.choice(["÷", "/"]),
               money=rng.choice(["cents", "pad"]), pct=rng.choice(["of", "mulpct"]), frac=rng.choice(["of", "mul"]))


def _f_vars(rng):
    return Fmt(mul=rng.choice([[("×", 1)], [("*", 1)], [("·", 1)]]), div=rng.choice(["÷", "/"]),
               money=rng.choice(["cents", "pad"]), dol_expr=rng.random() < 0.3, pct=rng.choice(["of", "dec"]),
               frac=rng.choice(["of", "mul"]), spacing=rng.choice([SP_STD, SP_MESSY]))


STYLES = {
    "llama_header": (12, s_llama, _f_llama, "'## Step N:' headings with one explanatory sentence each; ends 'The final answer is: $\\boxed{N}$'."),
    "qwen_latex": (11, s_qwen, _f_qwen, "'To determine ..., we need to follow these steps:' plan list, LaTeX \\[ \\] / \\( \\) math, \\boxed answer."),
    "gemma_bold": (10, s_gemma, _f_gemma, "'Here's how to solve the problem:' with **bold** step headers (some left unclosed), '*' bullets, **Answer:** line."),
    "gsm8k_calc": (10, s_gsm8k, _f_gsm8k, "GSM8K fine-tune format: 'a*b=<<a*b=c>>c' calculator annotations, minimal money format, '#### N'."),
    "lets_think": (9, s_letsthink, _f_letsthink, "'Let's think step by step.' opener, First/Next/Finally sentences, 'The answer is N.' (sometimes twice)."),
    "runon": (7, s_runon, _f_runon, "Long run-on lines with several computations joined by 'and then'/'so', lowercase, thin punctuation."),
    "restate": (7, s_restate, _f_restate, "Each result restated on its line ('= 60 = 60 oranges', 'So ... is 60.'), mixed ×/*/x and -/−, redundant closing."),
    "terse_eq": (6, s_terse, _f_terse, "Bare labelled equations, often snake_case labels and inconsistent spacing ('oranges_left=60 -9= 51')."),
    "verbose_recap": (6, s_verbose, _f_verbose, "Lists the givens, restates the question, redundant 'So the X is N.' sentences, answer given twice."),
    "mixed_list": (5, s_mixed, _f_mixed, "Numbered items mixed with '-', '*', '•' bullets; stray and unclosed ** markdown; mixed operator glyphs."),
    "split_calc": (5, s_split, _f_split, "Computation split over two lines: label/expression on one line, '= result' (or bare result) on the next."),
    "words_ops": (4, s_words, _f_words, "Operations in words: '5 times 12 is 60', 'divided by', 'minus', 'percent of'."),
    "units_inline": (3, s_units, _f_units, "Units on every quantity ('4 bags × 12 oranges/bag = 48 oranges', '$2.50/lb × 3 lb')."),
    "var_algebra": (3, s_vars, _f_vars, "Letters for unknowns ('Let C = the total cost'), substitution chains 'C = B + 4 = 12 + 4 = 16'."),
    "socratic": (2, s_socratic, _f_socratic, "GSM8K socratic sub-questions: 'What is the X? ** ... <<a*b=c>>c.' then '#### N'."),
}
