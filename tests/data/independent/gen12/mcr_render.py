"""Solution renderers imitating common chat / instruct model output styles.

Every random draw made while rendering is independent of the numeric values,
so the four variants of a problem (rendered from the same seed) share wording
and differ only in the numbers."""
import re
from fractions import Fraction as F

from mcr_core import dp, fixed, group3


def cap(s):
    return s[:1].upper() + s[1:]


def P(rng, xs):
    return xs[rng.randrange(len(xs))]


def T(s, **kw):
    return re.sub(r"\{(\w+)\}", lambda m: kw.get(m.group(1), m.group(0)), s)


class Fmt:
    def __init__(self, rng, mul="×", div=("÷",), sub="-", add="+", spaces=True,
                 latex=False, money="$", money_ops=True, cents=False, commas=",",
                 units=True, pct=("of",), frac=("mul_before",), op_units=False):
        self.rng = rng
        self.mul, self.div, self.sub, self.add = mul, div, sub, add
        self.spaces, self.latex, self.money = spaces, latex, money
        self.money_ops, self.cents, self.commas = money_ops, cents, commas
        self.units, self.pct, self.frac = units, pct, frac
        self.op_units = op_units

    def prose(self, units=False):
        """formatter for plain prose around LaTeX blocks"""
        return Fmt(self.rng, mul="×", div=("÷",), money="$", cents=self.cents,
                   commas=",", units=units)

    # ----- numbers
    def plain(self, x, kind):
        if kind == "money":
            k = 2 if (self.cents or F(x).denominator != 1) else 0
        else:
            k = dp(x)
        return fixed(x, k)

    def digits(self, x, kind):
        return group3(self.plain(x, kind), self.commas)

    def num(self, x, kind, operand=False):
        if kind == "frac":
            x = F(x)
            if self.latex:
                return "\\frac{%d}{%d}" % (x.numerator, x.denominator)
            return "%d/%d" % (x.numerator, x.denominator)
        s = self.digits(x, kind)
        if kind == "money":
            if self.money in ("$", "\\$") and (self.money_ops or not operand):
                return self.money + s
            return s
        if kind == "pct":
            return s + ("\\%" if self.latex else "%")
        return s

    def unit(self, x, st):
        if st.kind == "money":
            w = "dollars" if self.money == "dollars" else ""
        else:
            w = st.noun if self.units else ""
        if not w:
            return ""
        return "\\text{ %s}" % w if self.latex else " " + w

    def res(self, st, x=None):
        x = st.res if x is None else x
        return self.num(x, st.kind if st.kind == "money" else "num") + self.unit(x, st)

    def j(self, sym):
        return " %s " % sym if self.spaces else sym

    # ----- expressions
    def expr(self, st):
        u = self.rng.random()
        vals = st.vals
        N = [self.num(v, k, operand=True) for v, k in vals]
        if self.op_units and self.units and not self.latex:
            N = [n + (" " + w if w else "") for n, w in zip(N, st.nouns)]
        J = self.j(self.mul)
        op = st.op
        if op == "mul":
            return J.join(N)
        if op == "add":
            return self.j(self.add).join(N)
        if op == "sub":
            return self.j(self.sub).join(N)
        if op == "div":
            form = self.div[int(u * len(self.div))]
            if form == "frac":
                return "\\frac{%s}{%s}" % (N[0], N[1])
            return self.j(form).join(N)
        if op == "pct":
            p = vals[0][0]
            x = N[1]
            form = self.pct[int(u * len(self.pct))]
            Pc = self.num(p, "pct")
            D = fixed(p / 100, max(2, dp(p / 100)))
            pp = fixed(p, dp(p))
            return {"of": "%s of %s" % (Pc, x),
                    "dec_after": x + J + D,
                    "dec_before": D + J + x,
                    "over100_after": "%s%s%s/100" % (x, J, pp),
                    "over100_before": "%s/100%s%s" % (pp, J, x),
                    "frac100": "\\frac{%s}{100}%s%s" % (pp, J, x),
                    "pct_after": x + J + Pc}[form]
        if op == "frac":
            f = F(vals[0][0])
            x = N[1]
            forms = [fm for fm in self.frac
                     if (fm != "div" or f.numerator == 1) and (fm != "half" or f == F(1, 2))]
            if not forms:
                forms = ["mul_before"]
            form = forms[int(u * len(forms))]
            fr = self.num(f, "frac")
            if form == "div":
                dsym = [d for d in self.div if d != "frac"]
                dsym = dsym[0] if dsym else ("\\div" if self.latex else "÷")
                return x + self.j(dsym) + str(f.denominator)
            return {"mul_before": fr + J + x, "mul_after": x + J + fr,
                    "of": "%s of %s" % (fr, x), "half": "half of " + x}[form]
        raise ValueError(op)

    def comp(self, st, bold=False):
        r = self.res(st)
        return "%s = %s" % (self.expr(st), "**%s**" % r if bold else r)


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self):
        self.lines = []
        self.step_line = {}
        self.groups = {}
        self._gi = None

    def add(self, *ls):
        for l in ls:
            self.lines.extend(l.split("\n"))

    def start(self, i):
        self._gi, self._gs = i, len(self.lines)

    def comp(self, line):
        self.step_line[self._gi] = len(self.lines)
        self.lines.append(line)

    def end(self):
        self.groups[self._gi] = (self._gs, len(self.lines))


HEADERS = ["Calculate the {label}", "Find the {label}", "Determine the {label}",
           "{Label}", "Work out the {label}"]

STYLES = {}


def style(name, weight, blurb):
    def deco(fn):
        STYLES[name] = (weight, fn, blurb)
        return fn
    return deco


def lab(st):
    return dict(label=st.label, Label=cap(st.label))


# ---------------------------------------------------------------- styles
@style("gsm8k_calc", 5, "GSM8K reference format: calculator annotations <<a*b=c>> and '#### N'")
def s_gsm8k(c, S, rng, b):
    fm = Fmt(rng, mul="*", div=("/",), spaces=False, money_ops=rng.random() < 0.3,
             commas="", units=rng.random() < 0.6,
             pct=("over100_after", "over100_before", "dec_after"),
             frac=("mul_after", "div", "mul_before"))
    forms = ["The {label} is {C}.", "So the {label} is {C}.", "That means the {label} is {C}.",
             "Then the {label} is {C}.", "{Label} = {C}", "Thus, the {label} is {C}."]
    first = ["The {label} is {C}.", "{Label} = {C}", "First find the {label}: {C}."]
    for i, st in enumerate(S):
        b.start(i)
        E = fm.expr(st)
        Ea = E.replace("$", "").replace(",", "")
        Rp = fm.plain(st.res, st.kind)
        pre = "$" if st.kind == "money" else ""
        C = "%s = %s<<%s=%s>>%s%s" % (E, pre, Ea, Rp, Rp, fm.unit(st.res, st))
        b.comp(T(P(rng, first if i == 0 else forms), C=C, **lab(st)))
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    b.add("#### " + fin)
    return fm, fin


@style("gpt4o_numbered_latex", 10, "GPT-4o: numbered bold headers, display \\[ \\] blocks, bold final")
def s_gpt4o_num(c, S, rng, b):
    latex_money = P(rng, ["\\$", ""])
    fm = Fmt(rng, mul="\\times", div=("\\div", "frac", "\\div"), latex=True, money=latex_money,
             cents=rng.random() < 0.3, commas=P(rng, [",", "{,}"]), units=rng.random() < 0.4,
             pct=("dec_after", "dec_before", "frac100"), frac=("mul_before", "div"))
    pf = fm.prose()
    text_lhs = rng.random() < 0.4
    restate = rng.random() < 0.6
    b.add(P(rng, ["To find the {f}, we need to work through the problem step by step.",
                  "To solve this problem, let's break it down into steps.",
                  "Let's calculate the {f} step by step.",
                  "To determine the {f}, we can follow these steps:"]).replace("{f}", c.flabel), "")
    for i, st in enumerate(S):
        b.start(i)
        b.add("%d. **%s:**" % (i + 1, T(P(rng, HEADERS), **lab(st))))
        b.add("   \\[")
        lhs = "\\text{%s} = " % cap(st.label) if text_lhs else ""
        b.comp("   " + lhs + fm.comp(st))
        b.add("   \\]")
        form = P(rng, ["   So, the {label} is {R}.", "   The {label} is {R}.",
                       "   This means the {label} is {R}."])
        if restate:
            b.add(T(form, R=pf.res(st), **lab(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = pf.res(S[-1])
    out = P(rng, ["So, the {f} is **{R}**.", "Therefore, the {f} is **{R}**.",
                  "Thus, the {f} is:\n\\[\n\\boxed{{fin}}\n\\]",
                  "### Final Answer\nThe {f} is **{R}**."])
    b.add(T(out, f=c.flabel, R=R, fin=fin))
    return fm, fin


@style("gpt4o_sections", 8, "GPT-4o/ChatGPT: '### Step n:' sections, \\[ \\text{..} = .. \\] lines, boxed")
def s_gpt4o_sec(c, S, rng, b):
    fm = Fmt(rng, mul="\\times", div=("\\div", "frac"), latex=True, money=P(rng, ["\\$", "\\$", ""]),
             cents=rng.random() < 0.25, commas=",", units=rng.random() < 0.5,
             pct=("dec_after", "dec_before", "frac100", "pct_after"), frac=("mul_before", "div"))
    pf = fm.prose()
    lead = rng.random() < 0.5
    b.add(P(rng, ["Let's solve this step by step.",
                  "We need to find the {f}.",
                  "Let's break the problem into smaller parts."]).replace("{f}", c.flabel), "")
    for i, st in enumerate(S):
        b.start(i)
        b.add("### Step %d: %s" % (i + 1, T(P(rng, HEADERS), **lab(st))))
        if lead:
            b.add(T(P(rng, ["The {label} is:", "We calculate the {label}:", "This gives us:"]), **lab(st)))
        b.add("\\[")
        b.comp("\\text{%s} = %s" % (cap(st.label), fm.comp(st)))
        b.add("\\]", "")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    out = P(rng, ["### Final Answer\n\\[\n\\boxed{{fin}}\n\\]",
                  "### Final Answer:\nThe {f} is **{R}**.",
                  "So, the {f} is \\( \\boxed{{fin}} \\)."])
    b.add(T(out, f=c.flabel, R=pf.res(S[-1]), fin=fin))
    return fm, fin


@style("gpt4o_inline_list", 7, "GPT-4o list answers: '1. **Label:** \\( a \\times b = c \\)' items, bold or boxed final")
def s_gpt4o_inline(c, S, rng, b):
    fm = Fmt(rng, mul="\\times", div=("\\div", "frac"), latex=True, money=P(rng, ["\\$", "\\$", ""]),
             cents=rng.random() < 0.3, commas=",", units=rng.random() < 0.5,
             pct=("dec_after", "pct_after", "dec_before"), frac=("mul_before", "div"))
    pf = fm.prose()
    numbered = rng.random() < 0.6
    b.add(P(rng, ["Let's break it down:", "Here's the step-by-step calculation:",
                  "To find the %s, let's go step by step:" % c.flabel,
                  "We can solve this step by step."]), "")
    for i, st in enumerate(S):
        b.start(i)
        mark = "%d." % (i + 1) if numbered else "-"
        b.comp("%s **%s:** \\( %s \\)" % (mark, T(P(rng, ["{Label}", "{Label}", "{Label}", "Calculate the {label}"]),
                                                   **lab(st)), fm.comp(st)))
        b.end()
    b.add("")
    fin = fm.plain(S[-1].res, S[-1].kind)
    out = P(rng, ["So, the {f} is **{R}**.", "The {f} is **{R}**.",
                  "**Final answer:** \\( \\boxed{{fin}} \\)", "Therefore, the {f} is \\( \\boxed{{fin}} \\)."])
    b.add(T(out, f=c.flabel, R=pf.res(S[-1]), fin=fin))
    return fm, fin


@style("qwen_boxed", 10, "Qwen2.5-style: plan list, 'First/Next/Finally' + \\[ .. \\], \\(\\boxed{}\\)")
def s_qwen(c, S, rng, b):
    fm = Fmt(rng, mul="\\times", div=("\\div", "frac", "\\div"), latex=True,
             money=P(rng, ["", "", "\\$"]), cents=False, commas=P(rng, ["", ",", "{,}"]),
             units=rng.random() < 0.35, pct=("dec_after", "dec_before", "frac100"),
             frac=("mul_before", "div", "mul_after"))
    pf = fm.prose()
    plan = rng.random() < 0.5
    restate = rng.random() < 0.7
    text_lhs = rng.random() < 0.3
    b.add("To determine the %s, we need to follow these steps:" % c.flabel
          if plan else P(rng, ["To find the %s, we will break the problem into smaller steps." % c.flabel,
                               "To solve the problem, we need to calculate the %s step by step." % c.flabel]),
          "")
    if plan:
        for i, st in enumerate(S):
            b.add("%d. Calculate the %s." % (i + 1, st.label))
        b.add("", "Let's go through each step in detail.", "")
    n = len(S)
    for i, st in enumerate(S):
        b.start(i)
        first = "First" if i == 0 else ("Finally" if i == n - 1 else P(rng, ["Next", "Then"]))
        b.add(T(P(rng, ["{W}, we calculate the {label}:", "{W}, we find the {label}:",
                        "{W}, let's determine the {label}:"]), W=first, **lab(st)))
        b.comp("\\[ %s%s \\]" % ("\\text{%s} = " % cap(st.label) if text_lhs else "", fm.comp(st)))
        form = P(rng, ["So, the {label} is {R}.", "This means the {label} is {R}.",
                       "Thus, the {label} is {R}."])
        if restate and i < n - 1:
            b.add(T(form, R=pf.res(st), **lab(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    out = P(rng, ["Therefore, the {f} is \\(\\boxed{{fin}}\\).",
                  "So, the {f} is \\(\\boxed{{fin}}\\).",
                  "The {f} is:\n\\[\n\\boxed{{fin}}\n\\]",
                  "Thus, the final answer is \\(\\boxed{{fin}}\\)."])
    b.add(T(out, f=c.flabel, fin=fin))
    return fm, fin


@style("llama3_steps", 8, "Llama-3-Instruct: '## Step n:' headers, 'The final answer is: $\\boxed{N}$'")
def s_llama(c, S, rng, b):
    inline = rng.random() < 0.35
    if inline:
        fm = Fmt(rng, mul="\\times", div=("/", "\\div"), latex=True, money="",
                 commas="", units=False, pct=("dec_after", "dec_before"), frac=("mul_before", "div"))
    else:
        fm = Fmt(rng, mul=P(rng, ["*", "*", "x"]), div=("/",), money="$", cents=rng.random() < 0.2,
                 commas=",", units=rng.random() < 0.5, pct=("dec_after", "dec_before", "of"),
                 frac=("mul_before", "div", "mul_after"))
    pf = fm.prose()
    for i, st in enumerate(S):
        b.start(i)
        b.add("## Step %d: %s" % (i + 1, T(P(rng, HEADERS[:3] + ["Calculate the {label}"]), **lab(st))))
        C = ("$%s$" % fm.comp(st)) if inline else fm.comp(st)
        form = P(rng, ["The {label} is {C}.", "To find the {label}, we calculate {C}.",
                       "We compute the {label}: {C}.", "So, the {label} is {C}."])
        b.comp(T(form, C=C, **lab(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    b.add("The final answer is: $\\boxed{%s}$" % fin)
    return fm, fin


@style("claude_bold", 9, "Claude-style: short bold labels, unicode × ÷, bold answer sentence")
def s_claude(c, S, rng, b):
    fm = Fmt(rng, mul="×", div=("÷",), sub=P(rng, ["-", "-", "−"]), money="$",
             cents=rng.random() < 0.4, commas=",", units=rng.random() < 0.6,
             pct=("of", "dec_after", "pct_after"), frac=("mul_before", "div", "of"))
    fm.op_units = rng.random() < 0.35
    mode = P(rng, ["labels", "labels", "stepbold"])
    b.add(P(rng, ["I'll work through this step by step.", "Let me work through this step by step.",
                  "I need to find the %s." % c.flabel, "Let me break this down."]), "")
    blank_between = rng.random() < 0.5
    bold = rng.random() < 0.3
    for i, st in enumerate(S):
        b.start(i)
        if mode == "labels":
            b.comp("**%s:** %s" % (T(P(rng, ["{Label}", "{Label}", "Find the {label}"]), **lab(st)),
                                   fm.comp(st, bold and i == len(S) - 1)))
            if blank_between:
                b.add("")
        else:
            b.add("**Step %d: %s**" % (i + 1, T(P(rng, HEADERS), **lab(st))))
            b.comp(fm.comp(st))
            b.add("")
        b.end()
    if mode == "labels" and not blank_between:
        b.add("")
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    out = P(rng, ["The {f} is **{R}**.", "**Answer: {R}**", "So the {f} is **{R}**.",
                  "**The {f} is {R}.**"])
    b.add(T(out, f=c.flabel, R=R))
    return fm, fin


@style("chatgpt_prose", 8, "ChatGPT-3.5-style prose: 'x' or '*' operators, 'Therefore, ...' sentence")
def s_chatgpt(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["x", "x", "*"]), div=("/",), money="$", cents=rng.random() < 0.3,
             commas=",", units=rng.random() < 0.6, pct=("of", "dec_after", "pct_after"),
             frac=("mul_before", "div", "of"))
    fm.op_units = rng.random() < 0.3
    b.add(P(rng, ["To find the %s, we need to calculate each part first." % c.flabel,
                  "First, let's figure out the numbers we need.",
                  "To solve this problem, we can break it down into steps."]), "")
    n = len(S)
    for i, st in enumerate(S):
        b.start(i)
        if i == 0:
            form = P(rng, ["First, the {label} is {C}.", "First, we find the {label}: {C}.",
                           "The {label} is {C}."])
        elif i == n - 1:
            form = P(rng, ["Therefore, the {label} is {C}.", "So, the {label} is {C}.",
                           "Finally, the {label} is {C}."])
        else:
            form = P(rng, ["Next, the {label} is {C}.", "Then, the {label} is {C}.",
                           "The {label} is {C}."])
        b.comp(T(form, C=fm.comp(st), **lab(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    out = P(rng, ["So, the answer is {R}.", "The answer is {R}.", "Hence, the {f} is {R}."])
    b.add(T(out, f=c.flabel, R=R))
    return fm, fin


@style("cot_plain", 5, "few-shot / 'Let's think step by step' CoT: one sentence per line, 'The answer is N.'")
def s_cot(c, S, rng, b):
    fm = Fmt(rng, mul="*", div=("/",), money="$", money_ops=rng.random() < 0.5,
             commas="", units=rng.random() < 0.7, pct=("dec_after", "over100_after", "of"),
             frac=("mul_before", "div"))
    if rng.random() < 0.5:
        b.add("Let's think step by step.")
    for i, st in enumerate(S):
        b.start(i)
        form = P(rng, ["The {label} is {C}.", "So the {label} is {C}.", "{Label} is {C}.",
                       "That means the {label} is {C}."])
        b.comp(T(form, C=fm.comp(st), **lab(st)))
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    b.add("The answer is %s." % fin)
    return fm, fin


@style("r1_thinking", 7, "DeepSeek-R1-style thinking prose with verbal arithmetic, '**Final Answer**' + \\boxed{}")
def s_r1(c, S, rng, b):
    verbal = rng.random() < 0.7
    if verbal:
        fm = Fmt(rng, mul="times", div=("divided by",), sub="minus", add="plus", money="$",
                 money_ops=rng.random() < 0.4, commas=",", units=rng.random() < 0.5,
                 pct=("of",), frac=("of", "half", "div"))
    else:
        fm = Fmt(rng, mul="*", div=("/",), money="$", commas=",", units=rng.random() < 0.5,
                 pct=("of", "dec_after"), frac=("mul_before", "div"))
    fm.op_units = rng.random() < 0.4
    b.add(P(rng, ["Okay, let's see. I need to find the %s." % c.flabel,
                  "Okay, so I need to figure out the %s. Let me break it down." % c.flabel,
                  "Alright, let's tackle this problem step by step."]), "")
    n = len(S)
    for i, st in enumerate(S):
        b.start(i)
        W = "First" if i == 0 else P(rng, ["Then", "Next", "Now", "Okay, then"])
        eqw = P(rng, [" is ", " equals ", " is ", ", which is "]) if verbal else " = "
        form = P(rng, ["{W}, the {label}. {E}{Q}{R}.", "{W}, the {label}: {E}{Q}{R}.",
                       "{W}, I need the {label}. So {E}{Q}{R}.",
                       "{W}, for the {label}, that's {E}{Q}{R}."])
        b.comp(T(form, W=W, E=fm.expr(st), Q=eqw, R=fm.res(st), **lab(st)))
        if rng.random() < 0.3 and i < n - 1:
            b.add(P(rng, ["Wait, let me make sure I'm using the right numbers. Yes, that looks right.",
                          "Hmm, that seems reasonable.", "Okay, that part makes sense."]))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    b.add(P(rng, ["Let me double-check the steps. Everything adds up.",
                  "That seems right.", "I think that's it."]), "")
    out = P(rng, ["**Final Answer**\nThe {f} is \\boxed{{fin}}.", "**Final Answer**\n\\boxed{{fin}}"])
    b.add(T(out, f=c.flabel, fin=fin))
    return fm, fin


@style("gemini_bullets", 7, "Gemini-style: 'Here's how to solve...', bold numbered headers, '*' bullets, '**Answer:**'")
def s_gemini(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["*", "*", "x"]), div=("/",), money="$", cents=rng.random() < 0.5,
             commas=",", units=rng.random() < 0.6, pct=("dec_after", "of", "pct_after"),
             frac=("mul_before", "div", "mul_after"))
    b.add(P(rng, ["Here's how to solve this problem:", "Here's how to break down the problem:",
                  "Let's break this problem down step-by-step:"]), "")
    bullet = P(rng, ["* ", "* ", "- "])
    bold = rng.random() < 0.35
    for i, st in enumerate(S):
        b.start(i)
        b.add("**%d. %s:**" % (i + 1, T(P(rng, HEADERS), **lab(st))), "")
        b.comp(bullet + T(P(rng, ["{C}", "{Label}: {C}", "The {label} is {C}."]), C=fm.comp(st, bold), **lab(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    out = P(rng, ["**Answer:** The {f} is {R}.", "**Therefore, the {f} is {R}.**",
                  "So the answer is **{R}**."])
    b.add(T(out, f=c.flabel, R=R))
    return fm, fin


@style("mistral_steps", 6, "Mistral/Mixtral-style plain 'Step n:' lines, 'Answer: N' or closing sentence")
def s_mistral(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["*", "×", "x"]), div=("/",), money="$", cents=rng.random() < 0.3,
             commas=",", units=rng.random() < 0.6, pct=("dec_after", "of"),
             frac=("mul_before", "div"))
    fm.op_units = rng.random() < 0.3
    b.add(P(rng, ["To solve this problem, let's go step by step:",
                  "Let's solve this step by step.",
                  "To find the %s, follow these steps:" % c.flabel]), "")
    for i, st in enumerate(S):
        b.start(i)
        b.add("Step %d: %s." % (i + 1, T(P(rng, HEADERS), **lab(st))))
        b.comp(fm.comp(st))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    out = P(rng, ["So, the {f} is {R}.", "Answer: {fin}", "The answer is {R}.",
                  "So the {f} is {R}.\n\nAnswer: {fin}"])
    b.add(T(out, f=c.flabel, R=R, fin=fin))
    return fm, fin


@style("minerva_inline", 4, "Minerva / lm-eval 'Final Answer: The final answer is $N$. I hope it is correct.'")
def s_minerva(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["\\cdot", "\\times"]), div=("/", "frac"), spaces=False, latex=True,
             money="dollars", commas="", units=rng.random() < 0.5,
             pct=("dec_after", "frac100"), frac=("mul_before", "div"))
    for i, st in enumerate(S):
        b.start(i)
        E = fm.expr(st)
        R = fm.num(st.res, st.kind)
        U = ""
        if st.kind == "money":
            U = " dollars"
        elif fm.units and st.noun:
            U = " " + st.noun
        form = P(rng, ["The {label} is ${E}={R}${U}.", "So the {label} is ${E}={R}${U}.",
                       "This gives ${E}={R}${U} for the {label}."])
        b.comp(T(form, E=E, R=R, U=U, **lab(st)))
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    b.add("Final Answer: The final answer is $%s$. I hope it is correct." % fin)
    return fm, fin


@style("terse_lines", 5, "terse reasoning-model summary: 'Label: a × b = c' lines, bold answer")
def s_terse(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["×", "×", "*"]), div=P(rng, [("÷",), ("/",)]), money="$",
             cents=rng.random() < 0.3, commas=",", units=rng.random() < 0.5,
             pct=("of", "dec_after"), frac=("mul_before", "div"))
    for i, st in enumerate(S):
        b.start(i)
        b.comp("%s: %s" % (cap(st.label), fm.comp(st)))
        b.end()
    b.add("")
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    b.add(T(P(rng, ["**{R}**", "**Answer: {R}**", "Answer: **{R}**"]), R=R))
    return fm, fin


@style("formula_sub", 5, "ChatGPT formula/substitution lines: 'Label = expr' then 'Label = result'")
def s_formula(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["*", "x", "×"]), div=("/",), money="$", cents=rng.random() < 0.3,
             commas=",", units=rng.random() < 0.4, pct=("dec_after", "pct_after"),
             frac=("mul_before", "div"))
    b.add(P(rng, ["Let's calculate this step by step.", "We can solve this in a few steps.",
                  "To find the %s, we calculate:" % c.flabel]), "")
    for i, st in enumerate(S):
        b.start(i)
        two = rng.random() < 0.6
        name = cap(st.label)
        if two:
            b.add("%s = %s" % (name, fm.expr(st)))
            b.comp("%s = %s" % (name, fm.res(st)))
        else:
            b.comp("%s = %s" % (name, fm.comp(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    b.add(T(P(rng, ["Therefore, the {f} is {R}.", "So, the {f} is {R}.", "Final answer: {R}"]),
            f=c.flabel, R=R))
    return fm, fin


@style("alpaca_verbose", 4, "older instruct models (Vicuna/Alpaca-like): 'To do this, we multiply ... :'")
def s_alpaca(c, S, rng, b):
    fm = Fmt(rng, mul=P(rng, ["x", "*"]), div=("/",), money="$", cents=rng.random() < 0.3,
             commas=",", units=rng.random() < 0.6, pct=("of", "dec_after"),
             frac=("mul_before", "div"))
    verbs = {"mul": "multiply the numbers", "div": "divide", "add": "add the amounts together",
             "sub": "subtract", "pct": "find the percentage", "frac": "take the fraction"}
    for i, st in enumerate(S):
        b.start(i)
        form = P(rng, ["To find the {label}, we need to {v}: {C}.",
                       ("First" if i == 0 else "Next") + ", we need to find the {label}. To do this, we {v}: {C}.",
                       "We can find the {label} as follows: {C}."])
        b.comp(T(form, v=verbs[st.op], C=fm.comp(st), **lab(st)))
        b.add("")
        b.end()
    fin = fm.plain(S[-1].res, S[-1].kind)
    R = fm.num(S[-1].res, S[-1].kind if S[-1].kind == "money" else "num")
    b.add(T(P(rng, ["Therefore, the {f} is {R}.", "So the {f} is {R}."]), f=c.flabel, R=R))
    return fm, fin


def render(style_name, ctx, S, rng):
    b = Builder()
    fm, fin = STYLES[style_name][1](ctx, S, rng, b)
    return b, fm, fin
