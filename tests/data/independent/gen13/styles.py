"""Solution writers, one per style.

A writer gets a Ctx (the instance plus the values to write) and returns a list
of chunks: {"kind": "intro"|"step"|"final", "lines": [...], "step": i,
"rl": index (inside lines) of the line that carries step i's written result}.

All wording choices are drawn from ctx.ph, a random.Random seeded only by the
problem id, and the sequence of draws never depends on the numbers.  So the
four variants of a problem get identical wording.
"""
import random

from core import dec_str, money_str, group, what_text, is_leaf

# ------------------------------------------------------------------ weights
STYLE_WEIGHTS = [
    ("gsm8k_calc", 9),
    ("metamath", 9),
    ("orca_math", 8),
    ("numina_cot", 8),
    ("llama3_steps", 8),
    ("qwen_math", 8),
    ("openmath2", 7),
    ("mathinstruct_cot", 5),
    ("deepseek_math", 5),
    ("mistral_units", 5),
    ("gemma_bullets", 5),
    ("phi_steps", 4),
    ("tulu_numbered", 4),
    ("minerva_final", 4),
    ("gsm8k_socratic", 3),
]


# ------------------------------------------------------------------- syntax
class Syn:
    """How numbers and operators are spelled in one style."""

    def __init__(self, **kw):
        self.mul = "*"
        self.div = "/"
        self.plus = "+"
        self.minus = "-"
        self.sp = " "
        self.latex = False
        self.dollar = "$"
        self.money_ops = True      # write the currency sign on money operands
        self.comma = ""
        self.frac = False          # top-level division as \frac{a}{b}
        self.raw = False           # GSM8K calculator annotation
        self.units_ops = False     # "60 apples - 12 apples"
        self.pct = "%"
        self.__dict__.update(kw)

    def sym(self, op):
        return {"+": self.plus, "-": self.minus, "*": self.mul, "/": self.div}[op]

    def join(self, a, op, b):
        return "%s%s%s%s%s" % (a, self.sp, self.sym(op), self.sp, b)

    def num(self, v, kind, dollar=None):
        if self.raw:
            return dec_str(v)
        if kind == "money":
            s = group(money_str(v), self.comma)
            use = self.money_ops if dollar is None else dollar
            return (self.dollar + s) if use else s
        if kind == "pct":
            return group(dec_str(v), self.comma) + self.pct
        return group(dec_str(v), self.comma)


def cap(s):
    return s[:1].upper() + s[1:]


VERB = {"*": "multiply", "+": "add", "-": "subtract", "/": "divide",
        "pct": "multiply", "of": "multiply"}


# --------------------------------------------------------------------- ctx
class Ctx:
    def __init__(self, inst, env, res, seed):
        self.inst = inst
        self.t = inst.t
        self.steps = inst.t.steps
        self.n = len(self.steps)
        self.env = env
        self.res = res
        self.ph = random.Random(seed)
        self.snames = [s.name for s in self.steps]

    # wording helpers
    def pick(self, options):
        return options[self.ph.randrange(len(options))]

    def chance(self, p):
        return self.ph.random() < p

    def W(self, i):
        return what_text(self.inst, i)

    def kind(self, i):
        return self.steps[i].kind

    def uw(self, i):
        """Unit word written after a result (counts and measures only)."""
        st = self.steps[i]
        if st.kind in ("int", "dec"):
            return st.unit
        return ""

    def pos(self, i):
        if i == 0:
            return "first"
        if i == self.n - 1:
            return "last"
        return "mid"

    def op(self, i):
        return self.steps[i].op

    def verb(self, i):
        return VERB[self.op(i)]

    def binary_leaves(self, i):
        nd = self.steps[i].node
        return nd[0] == "bin" and is_leaf(nd[2]) and is_leaf(nd[3])

    def okind(self, name):
        if name in self.t.pkind:
            return self.t.pkind[name]
        return self.steps[self.snames.index(name)].kind

    def form(self, pct_forms, of_forms):
        a = self.ph.randrange(1000)
        b = self.ph.randrange(1000)
        return {"pct": pct_forms[a % len(pct_forms)], "of": of_forms[b % len(of_forms)]}

    # number rendering
    def leaf(self, node, syn, unit=""):
        if node[0] == "lit":
            s = syn.num(node[1], "lit")
        else:
            s = syn.num(self.env[node[1]], self.okind(node[1]))
        if unit:
            s += " " + unit
        return s

    def rexpr(self, node, syn, parent=None, right=False, unit=""):
        t = node[0]
        if t in ("ref", "lit"):
            return self.leaf(node, syn, unit)
        assert t == "bin"
        op = node[1]
        prec = 1 if op in "+-" else 2
        if op == "/" and syn.frac and parent is None:
            return "\\frac{%s}{%s}" % (self.rexpr(node[2], syn, "x"),
                                       self.rexpr(node[3], syn, "x"))
        u = unit if op in "+-" else ""
        a = self.rexpr(node[2], syn, op, False, u)
        b = self.rexpr(node[3], syn, op, True, u)
        s = syn.join(a, op, b)
        if parent in ("+", "-", "*", "/"):
            pp = 1 if parent in "+-" else 2
            if prec < pp or (prec == pp and right and parent in "-/"):
                s = "(" + s + ")"
        return s

    def expr(self, i, syn, form):
        st = self.steps[i]
        nd = st.node
        if nd[0] == "pct":
            return self._pct(nd, syn, form["pct"])
        if nd[0] == "of":
            return self._of(nd, syn, form["of"])
        unit = ""
        if syn.units_ops and nd[0] == "bin" and nd[1] in "+-" \
                and st.kind in ("int", "dec") and st.unit and " " not in st.unit:
            unit = st.unit
        return self.rexpr(nd, syn, None, False, unit)

    def _pct(self, nd, syn, form):
        p = self.env[nd[1][1]] if nd[1][0] == "ref" else nd[1][1]
        x = self.rexpr(nd[2], syn, "*")
        xv = self.env[nd[2][1]] if nd[2][0] == "ref" else nd[2][1]
        P = dec_str(p)
        Pd = dec_str(p / 100)
        m = syn.sym("*")
        sp = syn.sp
        if syn.raw:
            if form == "dot_r":
                return "%s*%s" % (x, Pd[1:] if Pd.startswith("0.") else Pd)
            if form in ("frac100_l",):
                return "%s/100*%s" % (P, x)
            if form in ("frac100_r", "chain100"):
                return "%s*%s/100" % (x, P)
            if form == "dec_l":
                return "%s*%s" % (Pd, x)
            return "%s*%s" % (x, Pd)
        if form == "of":
            if syn.latex:
                return "%s%s \\text{ of } %s" % (P, syn.pct, x)
            return "%s%s of %s" % (P, syn.pct, x)
        if form == "dec_r":
            return "%s%s%s%s%s" % (x, sp, m, sp, Pd)
        if form == "dot_r":
            return "%s%s%s%s%s" % (x, sp, m, sp, Pd[1:] if Pd.startswith("0.") else Pd)
        if form == "dec_l":
            return "%s%s%s%s%s" % (Pd, sp, m, sp, x)
        if form == "frac100_l":
            if syn.latex:
                return "\\frac{%s}{100}%s%s%s%s" % (P, sp, m, sp, x)
            return "%s/100%s%s%s%s" % (P, sp, m, sp, x)
        if form == "frac100_r":
            if syn.latex:
                return "%s%s%s%s\\frac{%s}{100}" % (x, sp, m, sp, P)
            return "%s%s%s%s%s/100" % (x, sp, m, sp, P)
        if form == "times_pct":
            return "%s%s%s%s%s%s" % (x, sp, m, sp, P, syn.pct)
        if form == "chain100":
            prod = syn.num(xv * p, "lit")
            return "%s%s%s%s%s%s/%s100 = %s%s/%s100" % (x, sp, m, sp, P, sp, sp, prod, sp, sp)
        raise ValueError(form)

    def _of(self, nd, syn, form):
        n, d = dec_str(nd[1]), dec_str(nd[2])
        x = self.rexpr(nd[3], syn, "*")
        m = syn.sym("*")
        sp = syn.sp
        if syn.raw:
            if form == "frac_times":
                return "%s/%s*%s" % (n, d, x)
            if form == "times_frac":
                return "%s*%s/%s" % (x, n, d)
            return "%s/%s" % (x, d) if n == "1" else "%s/%s*%s" % (x, d, n)
        if syn.latex:
            fr = "\\frac{%s}{%s}" % (n, d)
        else:
            fr = "%s/%s" % (n, d)
        if form == "frac_times":
            return "%s%s%s%s%s" % (fr, sp, m, sp, x)
        if form == "times_frac":
            return "%s%s%s%s%s" % (x, sp, m, sp, fr)
        # div_mul
        if syn.latex and syn.frac:
            s = "\\frac{%s}{%s}" % (x, d)
        else:
            s = "%s%s%s%s%s" % (x, sp, syn.div, sp, d)
        if n != "1":
            s = "%s%s%s%s%s" % (s, sp, m, sp, n)
        return s

    def rnum(self, i, syn, dollar=True):
        return syn.num(self.res[i], self.kind(i), dollar=dollar)

    def prose_bin(self, i, syn):
        """'multiply 5 by 12' style phrase, or None."""
        if not self.binary_leaves(i):
            return None
        nd = self.steps[i].node
        a = self.leaf(nd[2], syn)
        b = self.leaf(nd[3], syn)
        return {"*": "multiply %s by %s" % (a, b), "+": "add %s and %s" % (a, b),
                "-": "subtract %s from %s" % (b, a), "/": "divide %s by %s" % (a, b)}[nd[1]]

    def final_plain(self, gsm=False):
        v = self.res[-1]
        if self.kind(self.n - 1) == "money" and not gsm:
            return money_str(v)
        return dec_str(v)


def chunk(kind, lines, step=None, rl=None):
    return {"kind": kind, "lines": lines, "step": step, "rl": rl}


# ----------------------------------------------------------- phrase banks
GSM_FR = {
    "first": ["First find the {W}: {X}", "First, find the {W}: {X}", "The {W} is {X}.",
              "First calculate the {W}: {X}", "Start by finding the {W}: {X}"],
    "mid": ["Then find the {W}: {X}", "The {W} is {X}.", "Next find the {W}: {X}",
            "Then the {W} is {X}.", "Now find the {W}: {X}"],
    "last": ["So the {W} is {X}.", "Then the {W} is {X}.", "Finally, the {W} is {X}.",
             "Therefore, the {W} is {X}.", "Then find the {W}: {X}"],
}
GSM_VERB = {
    "first": ["{V} to find the {W}: {X}"],
    "mid": ["Then {v} to find the {W}: {X}", "{V} to find the {W}: {X}"],
    "last": ["Then {v} to find the {W}: {X}", "Finally, {v} to find the {W}: {X}"],
}


def gsm_line(c, i, X):
    pos = c.pos(i)
    opts = list(GSM_FR[pos])
    if c.op(i) in "+-*/":
        opts += GSM_VERB[pos]
    f = c.pick(opts)
    v = c.verb(i)
    return f.format(W=c.W(i), X=X, v=v, V=cap(v))


PROSE_FR = {
    "first": ["The {W} is {X}.", "First, we need to find the {W}: {X}.",
              "First, let's find the {W}. It is {X}.", "We start with the {W}: {X}.",
              "First, the {W} is {X}."],
    "mid": ["Next, the {W} is {X}.", "Then, the {W} is {X}.", "The {W} is {X}.",
            "Now we find the {W}: {X}.", "After that, the {W} is {X}.", "So, the {W} is {X}."],
    "last": ["Therefore, the {W} is {X}.", "So, the {W} is {X}.", "Finally, the {W} is {X}.",
             "This means the {W} is {X}.", "Putting it together, the {W} is {X}."],
}
PROSE_VERB = ["To find the {W}, we {v}: {X}.", "To get the {W}, we {v}: {X}."]
PROSE_PB = ["To find the {W}, we {pb}: {X}.", "We {pb} to get the {W}: {X}."]


def prose_line(c, i, X, syn):
    pos = c.pos(i)
    opts = list(PROSE_FR[pos])
    if c.op(i) in "+-*/":
        opts += PROSE_VERB
    pb = c.prose_bin(i, syn)
    if pb is not None:
        opts += PROSE_PB
    f = c.pick(opts)
    return f.format(W=c.W(i), X=X, v=c.verb(i), pb=pb)


HEAD_VERBS = ["Calculate", "Determine", "Find", "Compute"]


def unit_sfx(c, i, latex=False, money_word=False):
    u = c.uw(i)
    if c.kind(i) == "money" and money_word:
        u = "dollars"
    if not u:
        return ""
    if latex:
        return " \\text{ %s}" % u
    return " " + u


# ================================================================== styles
def r_gsm8k_calc(c, socratic=False):
    syn = Syn(mul="*", div="/", sp="")
    raw = Syn(mul="*", div="/", sp="", raw=True)
    units = c.chance(0.5)
    eq = " = " if socratic else "="
    out = []
    for i in range(c.n):
        f = c.form(["dot_r", "dec_r", "frac100_r", "frac100_l"],
                   ["div_mul", "frac_times", "times_frac"])
        lhs = c.expr(i, syn, f)
        rl = c.expr(i, raw, f)
        d = "$" if c.kind(i) == "money" else ""
        X = "%s%s%s<<%s=%s>>%s" % (lhs, eq, d, rl, dec_str(c.res[i]),
                                   c.rnum(i, syn, dollar=False))
        if units and c.uw(i):
            X += " " + c.uw(i)
        if socratic:
            q = c.pick(["What is the {W}?", "What is the {W}?", "How much is the {W}?"
                        if c.kind(i) == "money" else "What's the {W}?"])
            a = c.pick(["The {W} is {X}.", "The {W} is {X}.", "So the {W} is {X}."
                        if i else "The {W} is {X}."])
            line = q.format(W=c.W(i)) + " ** " + a.format(W=c.W(i), X=X)
        else:
            line = gsm_line(c, i, X)
        out.append(chunk("step", [line], i, 0))
    out.append(chunk("final", ["#### " + c.final_plain(gsm=True)]))
    return out


def r_gsm8k_socratic(c):
    return r_gsm8k_calc(c, socratic=True)


def r_mathinstruct_cot(c):
    syn = Syn(mul="*", div="/", sp="")
    units = c.chance(0.6)
    out = []
    for i in range(c.n):
        f = c.form(["dot_r", "dec_r", "frac100_r"], ["div_mul", "frac_times"])
        X = "%s = %s" % (c.expr(i, syn, f), c.rnum(i, syn))
        if units and c.uw(i):
            X += " " + c.uw(i)
        out.append(chunk("step", [gsm_line(c, i, X)], i, 0))
    out.append(chunk("final", ["The answer is " + c.final_plain(gsm=True)]))
    return out


def r_metamath(c):
    mul = c.pick(["x", "*", "*", "x", "\u00d7"])
    syn = Syn(mul=mul, div="/", sp=" ")
    units = c.chance(0.7)
    out = []
    for i in range(c.n):
        f = c.form(["of", "dec_r", "dec_l", "frac100_r"], ["frac_times", "div_mul", "times_frac"])
        X = "%s = %s" % (c.expr(i, syn, f), c.rnum(i, syn))
        if units:
            X += unit_sfx(c, i)
        out.append(chunk("step", [prose_line(c, i, X, syn)], i, 0))
    F = c.final_plain(gsm=True)
    out.append(chunk("final", ["#### " + F, "The answer is: " + F]))
    return out


ORCA_INTRO = ["To find the {W}, we need to work through the problem step by step.",
              "To solve this problem, we need to calculate a few amounts first.",
              "Let's break down the problem step by step.",
              "To find the {W}, we can follow these steps:"]
ORCA_HEAD = {
    "first": ["First, let's calculate the {W}:", "First, we need to find the {W}:",
              "Let's start by finding the {W}:"],
    "mid": ["Next, let's find the {W}:", "Now, we calculate the {W}:", "Then, we find the {W}:",
            "Next, we need to calculate the {W}:"],
    "last": ["Finally, we can find the {W}:", "Now we can calculate the {W}:",
             "Finally, let's find the {W}:"],
}


def r_orca_math(c):
    mul = c.pick(["\u00d7", "\u00d7", "*"])
    div = c.pick(["\u00f7", "/"])
    syn = Syn(mul=mul, div=div, sp=" ", comma=",")
    chain = c.pick(["two", "two", "one"])
    units = c.chance(0.5)
    out = [chunk("intro", [c.pick(ORCA_INTRO).format(W=c.W(c.n - 1)), ""])]
    for i in range(c.n):
        f = c.form(["dec_r", "times_pct", "frac100_r"], ["times_frac", "frac_times", "div_mul"])
        head = c.pick(ORCA_HEAD[c.pos(i)]).format(W=c.W(i))
        lab = cap(c.W(i))
        lhs = c.expr(i, syn, f)
        r = c.rnum(i, syn) + (unit_sfx(c, i) if units else "")
        if chain == "two":
            lines = [head, "%s = %s" % (lab, lhs), "%s = %s" % (lab, r), ""]
            rl = 2
        else:
            lines = [head, "%s = %s = %s" % (lab, lhs, r), ""]
            rl = 1
        out.append(chunk("step", lines, i, rl))
    fin = c.pick(["Therefore, the {W} is {F}.", "So, the {W} is {F}.",
                  "The {W} is {F}."])
    F = c.rnum(c.n - 1, syn) + unit_sfx(c, c.n - 1)
    out.append(chunk("final", [fin.format(W=c.W(c.n - 1), F=F)]))
    return out


def latex_syn(c, allow_div=True):
    comma = c.pick(["{,}", ",", ""])
    frac = (not allow_div) or c.chance(0.7)
    return Syn(mul="\\times", div="\\div", sp=" ", latex=True, dollar="\\$",
               pct="\\%", comma=comma, frac=frac)


def r_numina_cot(c):
    syn = latex_syn(c)
    money_text = c.chance(0.3)
    if money_text:
        syn.money_ops = False
    disp = c.pick(["disp3", "disp3", "disp1", "inline"])
    intro = c.pick(["", "", "To solve the problem, we proceed step by step.",
                    "To find the {W}, we follow these steps:"])
    out = []
    if intro:
        out.append(chunk("intro", [intro.format(W=c.W(c.n - 1)), ""]))
    for i in range(c.n):
        f = c.form(["frac100_l", "dec_l", "of"], ["frac_times", "div_mul"])
        head = "%d. **%s the %s:**" % (i + 1, c.pick(HEAD_VERBS), c.W(i))
        lead = c.pick(["", "", "   We have:", "   The %s is:" % c.W(i)])
        r = c.rnum(i, syn, dollar=not money_text) + unit_sfx(c, i, latex=True,
                                                            money_word=money_text)
        X = "%s = %s" % (c.expr(i, syn, f), r)
        lines = [head]
        if disp == "inline":
            lines.append("   This gives \\(%s\\)." % X)
            rl = 1
        else:
            if lead:
                lines.append(lead)
            if disp == "disp3":
                lines += ["   \\[", "   " + X, "   \\]"]
                rl = len(lines) - 2
            else:
                lines.append("   \\[ %s \\]" % X)
                rl = len(lines) - 1
        lines.append("")
        out.append(chunk("step", lines, i, rl))
    F = c.final_plain()
    fin = c.pick(["Thus, the {W} is \\(\\boxed{{{F}}}\\).",
                  "The final answer is \\(\\boxed{{{F}}}\\).",
                  "Therefore, the {W} is \\(\\boxed{{{F}}}\\).",
                  "Conclusion: The {W} is $\\boxed{{{F}}}$."])
    out.append(chunk("final", [fin.format(W=c.W(c.n - 1), F=F)]))
    return out


OMI_INTRO = ["Let's break down the problem step by step.",
             "To find the {W}, we need to go step by step.",
             "Let's solve this problem step by step.",
             "To find the {W}, we first compute a few intermediate values."]
OMI_FR = {
    "first": ["The {W} is ${X}${U}.", "First, we calculate the {W}: ${X}${U}.",
              "First, the {W} is ${X}${U}."],
    "mid": ["The {W} is ${X}${U}.", "Next, we calculate the {W}: ${X}${U}.",
            "Then the {W} is ${X}${U}.", "Now we find the {W}, which is ${X}${U}."],
    "last": ["So the {W} is ${X}${U}.", "Thus, the {W} is ${X}${U}.",
             "Finally, the {W} is ${X}${U}."],
}


def r_openmath2(c):
    latex_mul = c.chance(0.3)
    syn = Syn(mul="\\times" if latex_mul else "*", div="/", sp=" ", latex=True,
              dollar="\\$", money_ops=False, pct="\\%")
    listed = c.chance(0.35)
    out = [chunk("intro", [c.pick(OMI_INTRO).format(W=c.W(c.n - 1)), ""])]
    for i in range(c.n):
        f = c.form(["chain100", "dec_l", "frac100_r", "chain100"], ["times_frac", "div_mul"])
        X = "%s = %s" % (c.expr(i, syn, f), c.rnum(i, syn, dollar=False))
        U = unit_sfx(c, i, money_word=True)
        line = c.pick(OMI_FR[c.pos(i)]).format(W=c.W(i), X=X, U=U)
        if listed:
            out.append(chunk("step", ["%d. %s" % (i + 1, line)], i, 0))
        else:
            out.append(chunk("step", [line, ""], i, 0))
    if listed:
        out[-1]["lines"].append("")
    F = c.final_plain()
    U = unit_sfx(c, c.n - 1, money_word=True)
    fin = c.pick(["Thus, the {W} is \\boxed{{{F}}}{U}.", "So the {W} is \\boxed{{{F}}}{U}.",
                  "So the answer is \\boxed{{{F}}}."])
    out.append(chunk("final", [fin.format(W=c.W(c.n - 1), F=F, U=U)]))
    return out


LLAMA_FR = ["To find the {W}, we {pb}: {X}.", "The {W} is {X}.",
            "We {v} to get the {W}: {X}.", "This gives us {X}."]


def r_llama3_steps(c):
    lat = c.chance(0.3)
    if lat:
        syn = Syn(mul="\\times", div="\\div", sp=" ", latex=True, dollar="\\$", pct="\\%")
    else:
        syn = Syn(mul="*", div="/", sp=" ")
    out = []
    for i in range(c.n):
        f = c.form(["dec_r", "frac100_r", "dec_l"], ["times_frac", "div_mul"])
        head = "## Step %d: %s the %s" % (i + 1, c.pick(HEAD_VERBS), c.W(i))
        X = "%s = %s" % (c.expr(i, syn, f), c.rnum(i, syn))
        if lat:
            X = "$" + X + "$"
        U = unit_sfx(c, i)
        opts = list(LLAMA_FR[1:])
        pb = c.prose_bin(i, syn)
        if pb is not None and not lat:
            opts.append(LLAMA_FR[0])
        line = c.pick(opts).format(W=c.W(i), X=X + U, v=c.verb(i), pb=pb)
        out.append(chunk("step", [head, line, ""], i, 1))
    out.append(chunk("final", ["The final answer is: $\\boxed{%s}$" % c.final_plain()]))
    return out


QWEN_HEAD = {
    "first": ["First, we calculate the {W}:", "Let's start with the {W}:",
              "First, we find the {W}:"],
    "mid": ["Next, we find the {W}:", "Now, we calculate the {W}:", "Then, we determine the {W}:"],
    "last": ["Finally, we find the {W}:", "Finally, we calculate the {W}:",
             "Now we can find the {W}:"],
}


def r_qwen_math(c):
    syn = latex_syn(c)
    money_text = c.chance(0.4)
    if money_text:
        syn.money_ops = False
    plan = c.chance(0.7)
    disp3 = c.chance(0.6)
    Wf = c.W(c.n - 1)
    if plan:
        intro = [c.pick(["To determine the {W}, we need to follow these steps:",
                         "To find the {W}, we will break the problem into steps:"]).format(W=Wf), ""]
    else:
        intro = [c.pick(["To determine the {W}, we will solve the problem step by step.",
                         "Let's find the {W} step by step."]).format(W=Wf), ""]
    out = []
    if plan:
        for i in range(c.n):
            intro.append("%d. %s the %s." % (i + 1, c.pick(HEAD_VERBS), c.W(i)))
        intro += ["", c.pick(["Let's go through each step in detail.",
                              "Now let's work through each step."]), ""]
    out.append(chunk("intro", intro))
    for i in range(c.n):
        f = c.form(["frac100_l", "dec_r", "times_pct"], ["frac_times", "div_mul"])
        head = c.pick(QWEN_HEAD[c.pos(i)]).format(W=c.W(i))
        r = c.rnum(i, syn, dollar=not money_text) + unit_sfx(c, i, latex=True,
                                                            money_word=money_text)
        X = "%s = %s" % (c.expr(i, syn, f), r)
        if disp3:
            out.append(chunk("step", [head, "\\[", X, "\\]", ""], i, 2))
        else:
            out.append(chunk("step", [head, "\\[ %s \\]" % X, ""], i, 1))
    fin = c.pick(["Therefore, the {W} is \\(\\boxed{{{F}}}\\).",
                  "So, the {W} is \\(\\boxed{{{F}}}\\).",
                  "Thus, the {W} is \\(\\boxed{{{F}}}\\)."])
    out.append(chunk("final", [fin.format(W=Wf, F=c.final_plain())]))
    return out


def r_deepseek_math(c):
    mul = c.pick(["\\cdot", "\\times"])
    syn = Syn(mul=mul, div="\\div", sp=" ", latex=True, dollar="\\$", pct="\\%",
              frac=c.chance(0.6))
    out = []
    for i in range(c.n):
        f = c.form(["dec_l", "frac100_l", "of"], ["frac_times", "div_mul"])
        X = "$%s = %s$%s" % (c.expr(i, syn, f), c.rnum(i, syn), unit_sfx(c, i))
        out.append(chunk("step", [prose_line(c, i, X, syn)], i, 0))
    fin = c.pick(["The answer is $\\boxed{%s}$.", "The answer is: $\\boxed{%s}$"])
    out.append(chunk("final", [fin % c.final_plain()]))
    return out


MIS_FR = {
    "first": ["First, find the {W}: {X}", "First, let's calculate the {W}: {X}",
              "Calculate the {W}: {X}"],
    "mid": ["Next, find the {W}: {X}", "Then, calculate the {W}: {X}", "Find the {W}: {X}"],
    "last": ["Finally, find the {W}: {X}", "Now, calculate the {W}: {X}",
             "Finally, the {W} is: {X}"],
}


def r_mistral_units(c):
    mul = c.pick(["*", "x", "\u00d7"])
    syn = Syn(mul=mul, div="/", sp=" ", units_ops=True, comma=",")
    out = [chunk("intro", [c.pick(["Let's break this down:",
                                   "To solve this problem, let's go step by step:",
                                   "Here's how to figure it out:"]), ""])]
    for i in range(c.n):
        f = c.form(["dec_r", "of", "times_pct"], ["times_frac", "div_mul"])
        X = "%s = %s%s" % (c.expr(i, syn, f), c.rnum(i, syn), unit_sfx(c, i))
        line = "%d. %s" % (i + 1, c.pick(MIS_FR[c.pos(i)]).format(W=c.W(i), X=X))
        out.append(chunk("step", [line], i, 0))
    out[-1]["lines"].append("")
    F = c.rnum(c.n - 1, syn) + unit_sfx(c, c.n - 1)
    fin = c.pick(["So, the {W} is {F}.", "Therefore, the {W} is {F}.",
                  "The {W} is {F}."])
    out.append(chunk("final", [fin.format(W=c.W(c.n - 1), F=F)]))
    return out


def r_gemma_bullets(c):
    mul = c.pick(["*", "\u00d7"])
    syn = Syn(mul=mul, div="/", sp=" ", comma=",")
    mode = c.pick(["bul", "bul", "head"])
    out = [chunk("intro", [c.pick(["Here's how to solve the problem:",
                                   "Here's how to solve this:",
                                   "Here's how to break down the problem:"]), ""])]
    for i in range(c.n):
        f = c.form(["dec_r", "of", "times_pct"], ["times_frac", "div_mul"])
        X = "%s = %s%s" % (c.expr(i, syn, f), c.rnum(i, syn), unit_sfx(c, i))
        if mode == "bul":
            out.append(chunk("step", ["* **%s:** %s" % (cap(c.W(i)), X)], i, 0))
        else:
            head = "**%d. %s the %s:**" % (i + 1, c.pick(HEAD_VERBS), c.W(i))
            out.append(chunk("step", [head, "", "* " + X, ""], i, 2))
    if mode == "bul":
        out[-1]["lines"].append("")
    F = c.rnum(c.n - 1, syn) + unit_sfx(c, c.n - 1)
    fin = c.pick(["**Answer:** The {W} is {F}.", "**Therefore, the {W} is {F}.**",
                  "So the answer is **{F}**."])
    out.append(chunk("final", [fin.format(W=c.W(c.n - 1), F=F)]))
    return out


def r_phi_steps(c):
    mul = c.pick(["x", "*"])
    syn = Syn(mul=mul, div="/", sp=" ")
    mode = c.pick(["two", "one"])
    out = []
    for i in range(c.n):
        f = c.form(["dec_r", "frac100_r", "of"], ["times_frac", "div_mul"])
        X = "%s = %s%s" % (c.expr(i, syn, f), c.rnum(i, syn), unit_sfx(c, i))
        if mode == "two":
            head = "Step %d: %s the %s." % (i + 1, c.pick(HEAD_VERBS), c.W(i))
            out.append(chunk("step", [head, X, ""], i, 1))
        else:
            out.append(chunk("step", ["Step %d: The %s is %s." % (i + 1, c.W(i), X)], i, 0))
    if mode == "one":
        out[-1]["lines"].append("")
    fin = c.pick(["Answer: %s", "### Answer: %s", "The answer is %s.", "Final answer: %s"])
    out.append(chunk("final", [fin % c.final_plain()]))
    return out


TULU_HEAD = {
    "first": ["First, let's find the {W}:", "First, calculate the {W}:",
              "Let's start with the {W}:"],
    "mid": ["Next, find the {W}:", "Then we need the {W}:", "Now calculate the {W}:"],
    "last": ["Finally, find the {W}:", "Now we can find the {W}:", "Finally, the {W}:"],
}


def r_tulu_numbered(c):
    minus = c.pick(["-", "-", "\u2212"])
    syn = Syn(mul="\u00d7", div="\u00f7", minus=minus, sp=" ", comma=",")
    bullet = c.pick(["   * ", "   "])
    out = [chunk("intro", [c.pick(["Let's solve this step by step:",
                                   "Let me help you solve this step by step.",
                                   "Let's break this down step by step:"]), ""])]
    for i in range(c.n):
        f = c.form(["dec_r", "of", "times_pct"], ["times_frac", "div_mul"])
        X = "%s = %s%s" % (c.expr(i, syn, f), c.rnum(i, syn), unit_sfx(c, i))
        head = "%d) %s" % (i + 1, c.pick(TULU_HEAD[c.pos(i)]).format(W=c.W(i)))
        out.append(chunk("step", [head, bullet + X, ""], i, 1))
    F = c.rnum(c.n - 1, syn) + unit_sfx(c, c.n - 1)
    fin = c.pick(["Therefore, the {W} is {F}.", "So, the {W} is {F}.",
                  "The {W} is {F}."])
    out.append(chunk("final", [fin.format(W=c.W(c.n - 1), F=F)]))
    return out


MIN_FR = {
    "first": ["The {W} is ${X}${U}.", "We first find the {W}: ${X}${U}."],
    "mid": ["Then the {W} is ${X}${U}.", "The {W} is ${X}${U}.", "Next, the {W} is ${X}${U}."],
    "last": ["So the {W} is ${X}${U}.", "Therefore the {W} is ${X}${U}."],
}


def r_minerva_final(c):
    mul = c.pick(["\\cdot", "\\times"])
    syn = Syn(mul=mul, div="/", sp="", latex=True, dollar="\\$", pct="\\%",
              frac=c.chance(0.5))
    out = []
    for i in range(c.n):
        f = c.form(["dec_l", "frac100_l"], ["frac_times", "div_mul"])
        X = "%s=%s" % (c.expr(i, syn, f), c.rnum(i, syn))
        line = c.pick(MIN_FR[c.pos(i)]).format(W=c.W(i), X=X, U=unit_sfx(c, i))
        out.append(chunk("step", [line], i, 0))
    out.append(chunk("final", ["Final Answer: The final answer is $%s$. I hope it is correct."
                               % c.final_plain()]))
    return out


RENDER = {
    "gsm8k_calc": r_gsm8k_calc,
    "gsm8k_socratic": r_gsm8k_socratic,
    "metamath": r_metamath,
    "mathinstruct_cot": r_mathinstruct_cot,
    "orca_math": r_orca_math,
    "numina_cot": r_numina_cot,
    "openmath2": r_openmath2,
    "llama3_steps": r_llama3_steps,
    "qwen_math": r_qwen_math,
    "deepseek_math": r_deepseek_math,
    "mistral_units": r_mistral_units,
    "gemma_bullets": r_gemma_bullets,
    "phi_steps": r_phi_steps,
    "tulu_numbered": r_tulu_numbered,
    "minerva_final": r_minerva_final,
}
assert sorted(s for s, _ in STYLE_WEIGHTS) == sorted(RENDER)


def render(style, inst, env, res, pid):
    c = Ctx(inst, env, res, "%s|wording" % pid)
    chunks = RENDER[style](c)
    lines = []
    step_line = {}
    step_range = {}
    for ch in chunks:
        start = len(lines)
        lines.extend(ch["lines"])
        if ch["kind"] == "step":
            step_line[ch["step"]] = start + ch["rl"]
            step_range[ch["step"]] = (start, len(lines))
    while lines and lines[-1] == "":
        lines.pop()
    return lines, step_line, step_range
