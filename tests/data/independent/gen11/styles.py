"""Solution writing styles.

Every style draws its wording choices from the rng in an order that never depends
on the numbers, so the four variants of a problem share exactly the same wording.
"""
import re
from fractions import Fraction as F
from core import Step, ndp, dec, commify, clock_str, sing


class Ctx:
    def __init__(self, latex=False, times='×', div='÷', minus='−', commas=True, cents=False,
                 opu=1, resu=2, money_word=False, of_form=0, pct2=False):
        self.latex, self.times, self.div, self.minus = latex, times, div, minus
        self.commas, self.cents, self.opu, self.resu = commas, cents, opu, resu
        self.money_word, self.of_form, self.pct2 = money_word, of_form, pct2

    def num(self, v, places=None):
        s = dec(v, places)
        if self.commas and abs(v) >= 1000:
            s = commify(s, '{,}' if self.latex else ',')
        return s

    def frac(self, v):
        v = F(v)
        if self.latex:
            return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"
        return f"{v.numerator}/{v.denominator}"

    def q(self, v, u, role):
        """Format a quantity as an operand ('op') or as a result ('res')."""
        show = self.opu if role == 'op' else self.resu
        v = F(v)
        if u == 'clock':
            s = clock_str(v)
            return f"\\text{{{s}}}" if self.latex else s
        if u == 'yr':
            return dec(v)
        if u == '%':
            return self.num(v * 100) + ('\\%' if self.latex else '%')
        if ndp(v) is None or (u == 'frac' and v.denominator != 1):
            return self.frac(v)
        if u == '$':
            places = 2 if (self.cents or v.denominator != 1) else 0
            s = self.num(v, places)
            if show == 0:
                return s
            if self.money_word and show >= 2:
                return s + (" \\text{ dollars}" if self.latex else " dollars")
            return ('\\$' if self.latex else '$') + s
        s = self.num(v)
        if show >= 2 and u and u != 'frac':
            noun = sing(u) if v == 1 else u
            s += f" \\text{{ {noun}}}" if self.latex else " " + noun
        return s

    def pctdec(self, v):
        k = ndp(v)
        return dec(v, max(2, k) if self.pct2 else None)


def is_fracstr(s):
    return '/' in s or '\\frac' in s


class Env:
    """Renders the pieces of one step with given operand values and displayed results."""

    def __init__(self, p, ctx, opv, resv):
        self.p, self.c, self.opv, self.resv = p, ctx, opv, resv

    def argv(self, st):
        return [self.opv[a.name] if isinstance(a, Step) else a.v for a in st.args]

    def fmt(self, a, v, role):
        if isinstance(a, Step) and a.fracok and F(v).denominator != 1:
            return self.c.frac(v)
        return self.c.q(v, a.u, role)

    def parts(self, st):
        return [self.fmt(a, v, 'op') for a, v in zip(st.args, self.argv(st))]

    def res(self, st):
        return self.fmt(st, self.resv[st.name], 'res')

    def expr(self, st):
        c = self.c
        pt = self.parts(st)
        T = f" {c.times} "
        if st.op == 'add':
            return " + ".join(pt)
        if st.op == 'sub':
            return f" {c.minus} ".join(pt)
        if st.op == 'mul':
            return T.join(pt)
        if st.op == 'div':
            b = pt[1]
            if is_fracstr(b) and not c.latex:
                b = f"({b})"
            return f"{pt[0]} {c.div} {b}"
        if st.op == 'muladd':
            return f"{pt[0]}{T}{pt[1]} + {pt[2]}"
        if st.op == 'of':
            rate, base = st.args[0], pt[1]
            form = c.of_form
            if c.latex and form == 0:
                form = 3
            if rate.u == '%':
                r, d = pt[0], c.pctdec(rate.v)
                return [f"{r} of {base}", f"{base}{T}{r}", f"{base}{T}{d}", f"{d}{T}{base}"][form]
            r = c.frac(rate.v)
            n, dd = rate.v.numerator, rate.v.denominator
            return [f"{r} of {base}", f"{base}{T}{r}", f"{base} {c.div} {dd}{T}{n}", f"{r}{T}{base}"][form]
        raise ValueError(st.op)

    def eq(self, st):
        return f"{self.expr(st)} = {self.res(st)}"

    def worded(self, st, k):
        """A computation in words; k is a wording choice drawn by the caller."""
        pt = self.parts(st)
        r = self.res(st)
        conn = ["is", "equals", "gives", "makes"][k % 4]
        imp = (k // 4) % 2 == 1  # imperative form ("multiply A by B to get C")
        op = st.op
        if op == 'mul':
            if imp and len(pt) == 2:
                return f"multiply {pt[0]} by {pt[1]} to get {r}"
            return " times ".join(pt) + f" {conn} {r}"
        if op == 'add':
            if imp:
                if len(pt) == 2:
                    return f"add {pt[0]} and {pt[1]} to get {r}"
                return "add " + ", ".join(pt[:-1]) + f", and {pt[-1]} to get {r}"
            return " plus ".join(pt) + f" {conn} {r}"
        if op == 'sub':
            if imp and len(pt) == 2:
                return f"subtract {pt[1]} from {pt[0]} to get {r}"
            return " minus ".join(pt) + f" {conn} {r}"
        if op == 'div':
            b = pt[1]
            if is_fracstr(b):
                b = f"({b})"
            if imp:
                return f"divide {pt[0]} by {b} to get {r}"
            return f"{pt[0]} divided by {b} {conn} {r}"
        if op == 'muladd':
            return f"{pt[0]} times {pt[1]} plus {pt[2]} {conn} {r}"
        if op == 'of':
            rate = st.args[0]
            rs = pt[0] if rate.u == '%' else self.c.frac(rate.v)
            if imp:
                return f"take {rs} of {pt[1]} to get {r}"
            return f"{rs} of {pt[1]} {conn} {r}"
        raise ValueError(op)

    def fq(self):
        f = self.p.final
        return self.c.q(self.resv[f.name], f.u, 'res')

    def fn(self):
        f = self.p.final
        v = self.resv[f.name]
        if f.u == '$' and v.denominator != 1:
            return dec(v, 2)
        return dec(v)


class Doc:
    def __init__(self, header=None, units=None, sep=1, footer=None, hsep=1, fsep=1):
        self.header = header or []
        self.units = units or []   # list of (lines, {step_name: line_offset})
        self.sep, self.footer, self.hsep, self.fsep = sep, footer or [], hsep, fsep


def ch(rng, xs):
    return xs[rng.randrange(len(xs))]


def cap(s):
    return s[:1].upper() + s[1:]


VERBS = ["Find", "Calculate", "Compute", "Determine", "Work out", "Figure out"]

W_SENT = ["The {label} is {c}.", "So the {label} is {c}.", "That makes the {label} {c}.",
          "The {label} comes to {c}.", "For the {label}: {c}.", "We get the {label}: {c}."]

LOWER_OK = ("The ", "For ", "We ")


def sentence(rng, st, c, pool=W_SENT):
    w = ch(rng, pool)
    if st.say:
        return st.say.format(c=c)
    return w.format(label=st.label, Label=cap(st.label), c=c)


def prefixed(prefix, s):
    if not prefix or not s.startswith(LOWER_OK):
        return s
    return prefix + s[0].lower() + s[1:]


def ordinal(k, n, rng):
    mids = ["Next", "Then", "Now", "After that"]
    w = ch(rng, mids)
    if k == 1:
        return "First"
    if k == n:
        return "Finally"
    return w


def lbl(st):
    return cap(st.label)


# --------------------------------------------------------------------------- styles

def s_md_headers(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['×', '×', '*']), cents=rng.random() < 0.5, opu=ch(rng, [1, 2]), resu=2,
               of_form=rng.randrange(4)))
    head = [ch(rng, ["Let's solve this step by step.", "Let's work through this step by step.",
                     "Let's break this problem into steps.", "We'll solve this one step at a time."])]
    form = rng.randrange(2)
    units = []
    for k, st in enumerate(p.steps, 1):
        verb = ch(rng, VERBS)
        lead = ch(rng, ["The {label} is:", "We calculate the {label}:", "To get the {label}, we compute:",
                        "Here's the calculation for the {label}:"]).format(label=st.label)
        sent = sentence(rng, st, E.eq(st))
        h = f"### Step {k}: {verb} the {st.label}"
        if form == 0:
            units.append(([h, "", lead, "", E.eq(st)], {st.name: 4}))
        else:
            units.append(([h, "", sent], {st.name: 2}))
    fin = ch(rng, ["**Answer:** {F}", "The answer is **{F}**.", "**Final answer:** {F}",
                   "The final answer is **{F}**."]).format(F=E.fq())
    return Doc(head, units, 1, ["### Final Answer", "", fin])


def s_numbered_bold(p, rng, mk):
    t = ch(rng, ['×', '*', '×'])
    E = mk(Ctx(times=t, div=ch(rng, ['÷', '/']), minus=ch(rng, ['−', '-']), cents=rng.random() < 0.5,
               opu=ch(rng, [1, 2]), resu=2, of_form=rng.randrange(4)))
    head = [ch(rng, ["Let's break this down:", "Here's the step-by-step calculation:", "Step by step:",
                     "We can work this out as follows:"])]
    form = ch(rng, ["{k}. **{L}:** {e}", "{k}. **{L}**: {e}", "{k}. **{L}** — {e}"])
    units = [([form.format(k=k, L=lbl(st), e=E.eq(st))], {st.name: 0}) for k, st in enumerate(p.steps, 1)]
    fin = ch(rng, ["**Answer: {F}**", "**Answer:** {F}", "**Final answer: {F}**"]).format(F=E.fq())
    return Doc(head, units, 0, [fin])


def s_bullets(p, rng, mk):
    bullet = ch(rng, ['-', '-', '*'])
    t = ch(rng, ['×', 'x']) if bullet == '*' else ch(rng, ['×', '*', 'x'])
    E = mk(Ctx(times=t, minus='-', cents=rng.random() < 0.5, opu=ch(rng, [1, 2]), resu=2,
               of_form=rng.randrange(4)))
    head = [ch(rng, ["Here's how to work it out:", "Breaking it down:", "Let's go through it:",
                     "Here's the breakdown:"])]
    form = rng.randrange(2)
    units = []
    for st in p.steps:
        s = sentence(rng, st, E.eq(st))
        line = f"{bullet} {lbl(st)}: {E.eq(st)}" if form == 0 else f"{bullet} {s}"
        units.append(([line], {st.name: 0}))
    fin = ch(rng, ["So the answer is {F}.", "The answer is {F}.", "**Answer:** {F}"]).format(F=E.fq())
    return Doc(head, units, 0, [fin])


def s_prose(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['*', '×', 'x']), minus='-', div=ch(rng, ['/', '÷']), cents=False,
               money_word=rng.random() < 0.5, opu=ch(rng, [0, 1]), resu=2, of_form=rng.randrange(4)))
    h = ch(rng, ["", "Let's think about this.", "Let me work through it."])
    head = [h] if h else []
    n = len(p.steps)
    sizes = []
    left = n
    while left > 0:
        s = min(left, ch(rng, [1, 2, 2]))
        sizes.append(s)
        left -= s
    units, i = [], 0
    for s in sizes:
        parts = []
        for st in p.steps[i:i + s]:
            k = p.steps.index(st) + 1
            o = ordinal(k, n, rng)
            sent = sentence(rng, st, E.eq(st))
            parts.append(prefixed(o + ", " if rng.random() < 0.6 else "", sent))
        units.append(([" ".join(parts)], {st.name: 0 for st in p.steps[i:i + s]}))
        i += s
    fin = ch(rng, ["The answer is {F}.", "So the answer is {F}.", "Therefore, the answer is {F}."]).format(F=E.fq())
    return Doc(head, units, 1, [fin], hsep=1 if head else 0)


def s_latex_inline(p, rng, mk):
    E = mk(Ctx(latex=True, times='\\times', div='\\div', minus='-', cents=rng.random() < 0.5, opu=1,
               resu=ch(rng, [1, 2]), of_form=rng.randrange(4), pct2=rng.random() < 0.5))
    head = [ch(rng, ["To solve this problem, we will break it down into steps.",
                     "To find the answer, we proceed step by step.", "Let's solve this step by step."])]
    form = rng.randrange(3)
    units = []
    for k, st in enumerate(p.steps, 1):
        verb = ch(rng, VERBS)
        sv = ch(rng, ["The {label} is \\( {c} \\).", "We have \\( {c} \\).", "So, \\( {c} \\)."])
        e = E.eq(st)
        if form == 0:
            units.append(([f"{k}. **{verb} the {st.label}:**", f"   \\( {e} \\)"], {st.name: 1}))
        elif form == 1:
            units.append(([f"{k}. **{lbl(st)}:** \\( {e} \\)"], {st.name: 0}))
        else:
            units.append(([f"{k}. **{verb} the {st.label}:**", "   " + sv.format(label=st.label, c=e)],
                          {st.name: 1}))
    N = E.fn()
    fin = ch(rng, [["Therefore, the answer is \\(\\boxed{%s}\\)." % N],
                   ["Thus, the final answer is:", "\\[", "\\boxed{%s}" % N, "\\]"],
                   ["So the final answer is \\(\\boxed{%s}\\)." % N]])
    return Doc(head, units, 1, fin)


def s_latex_display(p, rng, mk):
    E = mk(Ctx(latex=True, times='\\times', div='\\div', minus='-', cents=rng.random() < 0.5,
               opu=ch(rng, [1, 2]), resu=2, of_form=rng.randrange(4), pct2=rng.random() < 0.5))
    h = ch(rng, ["Let's solve this step by step.", "We'll work through the problem one step at a time.", ""])
    head = [h] if h else []
    form = rng.randrange(3)
    units = []
    for k, st in enumerate(p.steps, 1):
        verb = ch(rng, VERBS)
        lead = ch(rng, ["The {label} is:", "We compute:", "So we have:", "This gives:"]).format(label=st.label)
        e = E.eq(st)
        tl = f"\\text{{{lbl(st)}}} = {e}"
        title = f"**Step {k}: {verb} the {st.label}.**"
        if form == 0:
            units.append(([title, "", lead, "\\[", e, "\\]"], {st.name: 4}))
        elif form == 1:
            units.append(([title, "\\[", tl, "\\]"], {st.name: 2}))
        else:
            units.append(([title, f"\\[ {e} \\]"], {st.name: 1}))
    N = E.fn()
    fl = ch(rng, ["**Final Answer**", "The final answer is:", "So the answer is:"])
    return Doc(head, units, 1, [fl, "\\[", "\\boxed{%s}" % N, "\\]"], hsep=1 if head else 0)


def s_chatty(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['×', '*', 'x']), minus='-', cents=rng.random() < 0.5, opu=ch(rng, [1, 2]),
               resu=2, of_form=rng.randrange(4)))
    head = [ch(rng, ["Let's break it down step by step!", "Okay, let's break it down:",
                     "Sure! Let's figure this out step by step.", "Let's break it down:"])]
    form = rng.randrange(2)
    n = len(p.steps)
    units = []
    for k, st in enumerate(p.steps, 1):
        o = ordinal(k, n, rng)
        conn = ch(rng, ["So,", "That means", "This gives us", "So we have"])
        intro = ch(rng, ["{o}, let's find the {label}.", "{o}, we need the {label}.",
                         "{o}, let's figure out the {label}."]).format(o=o, label=st.label)
        e = E.eq(st)
        if form == 0:
            units.append(([intro, f"{conn} {e}."], {st.name: 1}))
        else:
            units.append(([f"{intro} {conn} {e}."], {st.name: 0}))
    fin = ch(rng, ["So, the answer is {F}.", "That means the answer is {F}!", "So, the answer is **{F}**."])
    return Doc(head, units, 1, [fin.format(F=E.fq())])


def s_worded(p, rng, mk):
    E = mk(Ctx(cents=rng.random() < 0.5, opu=1, resu=2, of_form=0))
    h = ch(rng, ["Let's think it through.", "Let's work through it.", ""])
    head = [h] if h else []
    n = len(p.steps)
    sep = ch(rng, [0, 1])
    units = []
    for k, st in enumerate(p.steps, 1):
        o = ordinal(k, n, rng)
        wk = rng.randrange(8)
        form = rng.randrange(3)
        cl = E.worded(st, wk)
        if form == 0:
            line = f"{o}, {cl}."
        elif form == 1:
            line = f"For the {st.label}, {cl}."
        else:
            line = f"{cap(cl)}, so the {st.label} is {E.res(st)}."
        units.append(([line], {st.name: 0}))
    fin = ch(rng, ["The answer is {F}.", "So the answer is {F}."]).format(F=E.fq())
    return Doc(head, units, sep, [fin], hsep=1 if head else 0)


def s_gsm8k(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['*', '*', 'x']), div='/', minus='-', commas=False, cents=False, opu=0, resu=1,
               of_form=ch(rng, [1, 2, 3])))
    units = []
    for st in p.steps:
        s = sentence(rng, st, E.eq(st), ["The {label} is {c}.", "So the {label} is {c}.", "{Label} is {c}."])
        units.append(([s], {st.name: 0}))
    return Doc([], units, 0, ["#### " + E.fn()], hsep=0, fsep=0)


def s_result_first(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['×', 'x', '*']), minus='-', cents=rng.random() < 0.5, opu=ch(rng, [1, 2]),
               resu=2, of_form=rng.randrange(4)))
    head = [ch(rng, ["Here's the breakdown:", "Let's tally it up:", "Breaking it down:"])]
    form = rng.randrange(3)
    units = []
    for st in p.steps:
        lead = ch(rng, ["", "that's ", "from "])
        r, x = E.res(st), E.expr(st)
        if form == 0:
            line = f"- **{lbl(st)}:** {r} ({x})"
        elif form == 1:
            line = f"{lbl(st)}: {r} ({lead}{x})"
        else:
            line = f"The {st.label} comes to {r} ({lead}{x})."
        units.append(([line], {st.name: 0}))
    fin = ch(rng, ["**Answer:** {F}", "**Answer: {F}**", "The answer is {F}."]).format(F=E.fq())
    return Doc(head, units, 0 if form == 0 else ch(rng, [0, 1]), [fin])


def s_llama_steps(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['*', '×']), minus='-', cents=rng.random() < 0.5, opu=1, resu=2,
               of_form=rng.randrange(4)))
    units = []
    pool = ["The {label} is {c}.", "To find the {label}, we compute {c}.",
            "The {label} is calculated as {c}."]
    for k, st in enumerate(p.steps, 1):
        verb = ch(rng, VERBS)
        s = sentence(rng, st, E.eq(st), pool)
        units.append(([f"## Step {k}: {verb} the {st.label}", s], {st.name: 1}))
    return Doc([], units, 1, ["The final answer is: $\\boxed{%s}$" % E.fn()], hsep=0)


def s_gemma(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['*', '×']), minus='-', cents=True, opu=2, resu=2, of_form=rng.randrange(4)))
    head = [ch(rng, ["Here's how to solve this problem:", "Here's how to solve the problem step-by-step:",
                     "Let's solve this step-by-step:"])]
    form = rng.randrange(2)
    units = []
    for k, st in enumerate(p.steps, 1):
        verb = ch(rng, VERBS)
        s = sentence(rng, st, E.eq(st))
        t = f"**{k}. {verb} the {st.label}:**"
        if form == 0:
            units.append(([t, "", f"* {E.eq(st)}"], {st.name: 2}))
        else:
            units.append(([t, f"   * {s}"], {st.name: 1}))
    fin = ch(rng, ["**Answer:** {F}", "**Therefore, the answer is {F}.**"]).format(F=E.fq())
    return Doc(head, units, 1, [fin])


def s_claude_sections(p, rng, mk):
    E = mk(Ctx(times='×', minus='−', cents=rng.random() < 0.5, opu=ch(rng, [1, 2]), resu=2,
               of_form=rng.randrange(4)))
    head = [ch(rng, ["I'll work through this step by step.", "Let me work through this.",
                     "Let me solve this step by step.", "I'll break this into parts."])]
    form = rng.randrange(3)
    units = []
    for st in p.steps:
        s = sentence(rng, st, E.eq(st))
        if form == 0:
            units.append(([f"**{lbl(st)}**", E.eq(st)], {st.name: 1}))
        elif form == 1:
            units.append(([f"**{lbl(st)}**", s], {st.name: 1}))
        else:
            units.append(([f"**{lbl(st)}:** {E.eq(st)}"], {st.name: 0}))
    fin = ch(rng, ["**Answer: {F}**", "The answer is **{F}**."]).format(F=E.fq())
    return Doc(head, units, 1, [fin])


def s_mistral(p, rng, mk):
    E = mk(Ctx(times=ch(rng, ['*', 'x', '×']), minus='-', div=ch(rng, ['/', '÷']), cents=False, opu=1,
               resu=2, of_form=rng.randrange(4)))
    head = [ch(rng, ["To solve this problem, we need to follow these steps:", "Let's solve this step by step:",
                     "To find the answer, let's go step by step:"])]
    n = len(p.steps)
    units = []
    for k, st in enumerate(p.steps, 1):
        o = ordinal(k, n, rng)
        verb = ch(rng, VERBS).lower()
        units.append(([f"{k}. {o}, {verb} the {st.label}: {E.eq(st)}"], {st.name: 0}))
    fin = ch(rng, ["Therefore, the answer is {F}.", "Final answer: {F}", "So, the final answer is {F}."])
    return Doc(head, units, 0, [fin.format(F=E.fq())])


STYLES = [
    ('md_headers', s_md_headers),
    ('numbered_bold', s_numbered_bold),
    ('bullets', s_bullets),
    ('prose', s_prose),
    ('latex_inline', s_latex_inline),
    ('latex_display', s_latex_display),
    ('chatty', s_chatty),
    ('worded', s_worded),
    ('gsm8k', s_gsm8k),
    ('result_first', s_result_first),
    ('llama_steps', s_llama_steps),
    ('gemma_bullets', s_gemma),
    ('claude_sections', s_claude_sections),
    ('mistral_sequence', s_mistral),
]


POSS = re.compile(r"\b([Tt])he ([A-Z][a-z]+'s )")


def fix_the(line):
    """'the Maya's height' -> 'Maya's height'."""
    return POSS.sub(lambda m: m.group(2), line)


def assemble(doc):
    """Returns lines, {step: line index}, list of (first_line, last_line+1) per unit."""
    doc.units = [([fix_the(x) for x in ul], calc) for ul, calc in doc.units]
    lines = list(doc.header)
    if doc.header:
        lines += [""] * doc.hsep
    where, ranges = {}, []
    for i, (ul, calc) in enumerate(doc.units):
        if i:
            lines += [""] * doc.sep
        start = len(lines)
        for name, off in calc.items():
            where[name] = start + off
        lines += ul
        ranges.append((start, len(lines)))
    lines += [""] * doc.fsep
    lines += doc.footer
    return lines, where, ranges
