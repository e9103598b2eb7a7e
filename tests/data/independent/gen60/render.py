"""Writing styles for worked payroll solutions."""
from decimal import Decimal as D
from core import R, numstr, natural, disp_mode, build_chain, ndec

STYLES = ["headings", "bold", "bullets", "prose", "latex", "table", "code", "terse", "chatty",
          "numbered", "gsm8k"]

BASE = {
    "headings": dict(mul=["×"], div=["÷"], minus=["−", "-"], money=["usd"], units=[True, False],
                     pct=["of", "pm", "mp", "dm"], drop00=[True, False]),
    "bold": dict(mul=["×"], div=["÷", "/"], minus=["−"], money=["usd"], units=[True, False, False],
                 pct=["pm", "mp", "of"], drop00=[True, False]),
    "bullets": dict(mul=["×", "x", "*"], div=["÷", "/"], minus=["-", "−"], money=["usd", "usd_nc"],
                    units=[False, True], pct=["pm", "mp", "dm", "md"], drop00=[False, True]),
    "prose": dict(mul=["×", "x", "times"], div=["÷", "/", "divided by"], minus=["−", "-", "minus"],
                  money=["usd"], units=[True, False], pct=["of", "pm", "dm"], drop00=[True, False]),
    "latex": dict(mul=["\\times"], div=["\\div", "frac"], minus=["-"], money=["latex", "latex_usd"],
                  units=[False, True], pct=["pm", "dm", "md"], drop00=[False, True]),
    "table": dict(mul=["×", "x"], div=["÷", "/"], minus=["−", "-"], money=["usd", "usd_nc"],
                  units=[False, True], pct=["pm", "mp", "of"], drop00=[True, False]),
    "code": dict(mul=["x", "*", "×"], div=["/", "÷"], minus=["-"], money=["plain", "plain_nc"],
                 units=[False, True], pct=["pm", "mp", "md"], drop00=[False]),
    "terse": dict(mul=["×", "*", "x"], div=["÷", "/"], minus=["-", "−"], money=["plain_nc", "min", "usd_nc"],
                  units=[False], pct=["md", "dm", "pm"], drop00=[False, True]),
    "chatty": dict(mul=["×", "x"], div=["÷", "divided by"], minus=["−", "-", "minus"], money=["usd"],
                   units=[True, True, False], pct=["of", "pm", "mp"], drop00=[True, False]),
    "numbered": dict(mul=["×", "*", "·"], div=["÷", "/"], minus=["−", "-"], money=["usd", "usd_nc"],
                     units=[False, True], pct=["pm", "mp", "dm", "of"], drop00=[False, True]),
    "gsm8k": dict(mul=["*"], div=["/"], minus=["-"], money=["min"], units=[False], pct=["md", "dm"],
                  drop00=[True]),
}

VERBS = ["Calculate", "Find", "Compute", "Determine", "Work out"]


LOWER_OK = ("The", "With", "After", "A", "Each")


def so_(ans, lead="So "):
    w = ans.split()[0]
    if w in LOWER_OK:
        return lead + ans[0].lower() + ans[1:]
    return lead + ans


def cap(s):
    return s[:1].upper() + s[1:]


class Sty:
    def __init__(self, style, pid):
        rng = R("%s|cfg" % pid)
        b = BASE[style]
        self.style = style
        self.pid = pid
        self.latex = style == "latex"
        self.mul = rng.choice(b["mul"])
        self.div = rng.choice(b["div"])
        self.minus = rng.choice(b["minus"])
        if self.mul == "times" and rng.random() < 0.5:
            self.mul = "×"
        self.money_mode = rng.choice(b["money"])
        self.units = rng.choice(b["units"])
        self.drop00 = rng.choice(b["drop00"])
        self.pcts = b["pct"]
        self.rate_sfx = rng.choice(["/hour", "/hr", " per hour", ""]) if self.units and not self.latex else ""
        self.h_sfx = (rng.choice([" hours", " hrs", " h"]) if not self.latex else "\\text{ hours}") if self.units else ""
        self.res_h = rng.choice([" hours", " hours", " hrs"]) if style not in ("code", "terse", "table", "latex") else ""
        self.ell = rng.choice(["…", "..."])
        self.rng = rng
        self.hint = None
        self.hint_out = None

    # ---- numbers
    def num(self, v, dec=None):
        s = numstr(v, dec, comma=self.money_mode not in ("usd_nc", "plain_nc", "min"),
                   sep="{,}" if self.latex else ",")
        return s.replace("-", "−") if self.style not in ("gsm8k", "code", "terse", "latex") else s

    def money(self, v, dec=2, operand=False):
        m = self.money_mode
        if operand and self.drop00 and v == v.to_integral_value() and abs(v) >= 1000:
            dec = 0
        if m == "min":
            s = natural(abs(v)) if dec is None or dec <= 2 else numstr(abs(v), dec, comma=False)
            if dec is not None and dec > 2:
                s = numstr(abs(v), dec, comma=False)
        else:
            s = numstr(abs(v), dec, comma=m in ("usd", "plain", "latex", "latex_usd"),
                       sep="{,}" if self.latex else ",")
        sym = {"usd": "$", "usd_nc": "$", "latex_usd": "\\$"}.get(m, "")
        if self.style == "terse" and m == "usd_nc":
            sym = "$"
        neg = v < 0
        mn = "-" if self.style in ("gsm8k", "code", "terse", "latex") else "−"
        return (mn if neg else "") + sym + s

    def mtext(self, v):
        """Money inside running text."""
        neg = v < 0
        s = numstr(abs(v), 2)
        if self.style == "gsm8k":
            s = natural(abs(v))
        sym = "\\$" if self.latex else "$"
        return ("-" if neg else "") + sym + s

    def q(self, x):
        u, v = x.u, x.v
        if u == "$":
            return self.money(v, operand=True)
        if u == "r":
            return self.money(v) + self.rate_sfx
        if u == "h":
            return self.num(v) + self.h_sfx
        if u == "x":
            return self.num(v)
        if u == "n":
            return self.num(v) + ((" " + x.w) if self.units and x.w and not self.latex else "")
        if u == "%":
            return self.num(v) + ("\\%" if self.latex else "%")
        raise ValueError(u)

    def pdec(self, x):
        return natural(x.v / 100)

    # ---- step pieces
    def pform(self, st):
        return R("%s|pct|%d" % (self.pid, st["i"])).choice(self.pcts)

    def expr(self, st):
        op, a = st["op"], st["args"]
        mul = " %s " % self.mul
        if op == "mul":
            return mul.join(self.q(x) for x in a)
        if op in ("div", "ratio"):
            if self.div == "frac":
                e = "\\frac{%s}{%s}" % (self.q(a[0]), self.q(a[1]))
            else:
                e = "%s %s %s" % (self.q(a[0]), self.div, self.q(a[1]))
            if op == "ratio":
                m = self.mode(st)
                if m == "pct100pct":
                    e = "%s%s100%s" % (e, mul, "\\%" if self.latex else "%")
                elif m == "pct100":
                    e = "(%s)%s100" % (e, mul) if self.div != "frac" else "%s%s100" % (e, mul)
            return e
        if op == "add":
            return " + ".join(self.q(x) for x in a)
        if op == "sub":
            return "%s %s %s" % (self.q(a[0]), self.minus, self.q(a[1]))
        if op == "pct":
            p, b = a
            f = self.pform(st)
            if f == "of":
                return "%s of %s" % (self.q(p), self.q(b))
            if f == "pm":
                return self.q(p) + mul + self.q(b)
            if f == "mp":
                return self.q(b) + mul + self.q(p)
            if f == "dm":
                return self.pdec(p) + mul + self.q(b)
            return self.q(b) + mul + self.pdec(p)
        raise ValueError(op)

    def mode(self, st):
        return disp_mode(self.pid, st, self.style)

    def chain(self, st):
        f = st.get("fault")
        if f is not None:
            return f["wchain"]
        return build_chain(st, self.mode(st))

    def res(self, e, hours_word=True):
        u, v, dec = e["unit"], e["v"], e["dec"]
        if u in ("$", "r"):
            s = self.money(v, dec)
        elif u == "h":
            s = self.num(v, dec) + (self.res_h if hours_word else "")
            if e["trunc"]:
                return self.num(v, dec) + self.ell
        elif u == "p":
            s = numstr(v, dec) + ("\\%" if self.latex else "%")
        elif u == "f":
            s = numstr(v, dec)
        else:
            s = self.num(v, dec)
        if e["trunc"]:
            s = s + self.ell
        return s

    def calc(self, st, hours_word=True, bold_last=False):
        ch = self.chain(st)
        parts = [self.expr(st)]
        for k, e in enumerate(ch):
            r = self.res(e, hours_word)
            if bold_last and k == len(ch) - 1:
                r = "**%s**" % r
            rel = e["rel"]
            if self.latex and rel == "≈":
                rel = "\\approx"
            parts.append("%s %s" % (rel, r))
        return " ".join(parts)

    def result_text(self, st):
        """Last written value of a step, as text."""
        e = self.chain(st)[-1]
        if e["unit"] in ("$", "r"):
            return self.mtext(e["v"])
        if e["unit"] == "p":
            return numstr(e["v"], e["dec"]) + ("\\%" if self.latex else "%")
        return numstr(e["v"], e["dec"])

    def esc(self, s):
        if self.latex:
            return s.replace("$", "\\$").replace("%", "\\%")
        return s

    def title(self, st):
        rng = R("%s|title|%d" % (self.pid, st["i"]))
        lab = st["label"]
        if "'s" in lab or lab[:1].isupper():
            return "%s %s" % (rng.choice(VERBS), lab)
        return "%s the %s" % (rng.choice(VERBS), lab)


# ------------------------------------------------------------------ sentence frames
def is_(st):
    return "are" if st.get("pl") else "is"


PROSE = [
    "The {label} {is} {calc}.",
    "So the {label} {is} {calc}.",
    "Next, the {label}: {calc}.",
    "For the {label}, we get {calc}.",
    "That makes the {label} {calc}.",
    "The {label} work{s} out to {calc}.",
    "Then the {label} come{s} to {calc}.",
]

CHATTY = {
    "mul": ["To get the {label}, we multiply: {calc}.", "Multiplying gives us the {label}: {calc}.",
            "Now let's find the {label}. We multiply: {calc}."],
    "div": ["To get the {label}, we divide: {calc}.", "Dividing gives the {label}: {calc}."],
    "add": ["Adding these up gives the {label}: {calc}.", "Now we add to get the {label}: {calc}."],
    "sub": ["Subtracting gives the {label}: {calc}.", "To find the {label}, we subtract: {calc}."],
    "pct": ["The {label} is a percentage of the amount: {calc}.", "Let's work out the {label}: {calc}."],
    "ratio": ["The {label} is the tax divided by the income: {calc}."],
}

INTRO = {
    "headings": ["To find {goal}, let's work through it step by step.", "Let's calculate {goal}.",
                 "We need to find {goal}. Here's the breakdown."],
    "bold": ["Let me work out {goal}.", "Here's how to get {goal}.", "I'll break this into parts."],
    "bullets": ["Here's the calculation for {goal}:", "Breaking it down:", "Let's compute {goal}:"],
    "prose": ["To find {goal}, we go step by step.", "Let's figure out {goal}.", ""],
    "latex": ["To determine {goal}, we follow these steps:", "Let's solve this step by step."],
    "table": ["Here's a breakdown of {goal}:", "The calculation is laid out in the table below.",
              "Let's put the numbers in a table."],
    "code": ["Here is the pay calculation:", "Working it out like a pay stub:", "Calculation:"],
    "terse": [""],
    "chatty": ["Great question! Let's figure out {goal} together, one step at a time.",
               "Sure! Let's break down {goal} step by step.",
               "Let's help {name} out here! We need {goal}."],
    "numbered": ["Here's how to calculate {goal}:", "Let's solve this step by step:", "Solution:"],
    "gsm8k": [""],
}


def give_line(S, lab, x):
    return "%s: %s" % (lab, S.q(x).strip() if x.u != "$" else S.mtext(x.v) if not S.latex else S.mtext(x.v))


class Doc:
    def __init__(self):
        self.lines = []
        self.smap = {}

    def add(self, text, steps=()):
        for k, ln in enumerate(text.split("\n")):
            self.lines.append(ln)
        for s in steps:
            self.smap[s] = len(self.lines) - 1

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


def check_text(S, steps, omit):
    st = steps[-1]
    if omit:
        return None
    a = st["args"]
    c = st["used"] if st.get("fault") is None or st["fault"]["mode"] == "carry" else st["shown"]
    if st["op"] == "add" and len(a) >= 2 and st["unit"] == "$":
        rest = sum((x.v for x in a[:-1]), D(0))
        return "%s %s %s = %s" % (S.mtext(c), S.minus if S.minus != "minus" else "−", S.mtext(a[-1].v), S.mtext(rest))
    if st["op"] == "sub" and st["unit"] == "$" and c >= 0:
        return "%s + %s = %s" % (S.mtext(c), S.mtext(a[1].v), S.mtext(a[0].v))
    return None


def answer_text(S, K, P, fin, fmtd):
    if K.get("fu") == "p":
        A = numstr(fin, 2) + ("\\%" if S.latex else "%")
    else:
        A = S.mtext(fin)
    note = ""
    if K["id"] == "refund":
        note = ", which means a refund of %s" % S.mtext(-fin) if fin < 0 else ", an amount still owed"
    d = dict(P)
    d.update(fmtd)
    d.update(A=A, note=note)
    a = K["ans"].format(**d)
    if P.get("anon"):
        a = a.replace("the employee's ", "the ").replace("the filer's ", "the ").replace("the rep's ", "the ")
        a = cap(a)
    return a


def render(style, pid, K, P, fmtd, steps, fin, final_str, omit_check, hint=None):
    S = Sty(style, pid)
    rng = R("%s|layout" % pid)
    d = dict(P)
    d.update(fmtd)
    goal = K["goal"].format(**d)
    if P.get("anon"):
        goal = goal.replace("the employee's ", "the ").replace("the filer's ", "the ").replace("the rep's ", "the ")
    intros = [x for x in INTRO[style] if not (P.get("anon") and "{name}" in x)]
    intro = rng.choice(intros).format(goal=goal, **{k: v for k, v in d.items() if k != "goal"})
    intro = S.esc(intro)
    ans = answer_text(S, K, P, fin, fmtd)
    do_check = rng.random() < 0.45
    chk = check_text(S, steps, omit_check) if do_check else None
    do_giv = rng.random() < 0.5
    doc = Doc()
    fn = globals()["r_" + style]
    S.hint = hint
    fn(S, rng, doc, K, P, d, steps, intro, ans, chk, do_giv, fin)
    doc.blank() if style not in ("terse", "gsm8k") else None
    doc.add("#### " + final_str)
    return doc.lines, doc.smap, S.hint_out


def why_of(st, rng, p=0.5):
    w = st.get("why")
    if w and rng.random() < p:
        return w
    return None


# ------------------------------------------------------------------ styles
def r_headings(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    if giv:
        doc.add("### Given")
        for lab, x in K["givens"](P):
            doc.add("- %s: %s" % (lab, S.q(x)))
        doc.blank()
    lab_eq = rng.random() < 0.6
    for st in steps:
        doc.add("### Step %d: %s" % (st["i"], S.title(st)))
        w = why_of(st, rng)
        if w:
            doc.add(w)
        line = S.calc(st, bold_last=True)
        if lab_eq:
            line = "%s = %s" % (cap(st["label"]), line)
        doc.add(line, [st["i"]])
        doc.blank()
    if chk:
        doc.add("**Check:** " + chk + " ✓")
        doc.blank()
    doc.add("### Final Answer")
    doc.add(ans.replace(ans, "**" + ans[:-1] + "**") if rng.random() < 0.5 else ans)


def r_bold(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    if giv:
        for lab, x in K["givens"](P):
            doc.add("- %s: %s" % (lab, S.q(x)))
        doc.blank()
    sep = rng.random() < 0.5
    for st in steps:
        w = why_of(st, rng, 0.35)
        line = "**%s:** %s" % (cap(st["label"]), S.calc(st))
        if w:
            line = line + " (" + w[0].lower() + w[1:-1] + ")" if rng.random() < 0.5 else line
        doc.add(line, [st["i"]])
        if sep:
            doc.blank()
    doc.blank()
    if chk:
        doc.add("Check: " + chk + " ✓")
        doc.blank()
    doc.add("**" + ans[:-1] + ".**" if rng.random() < 0.6 else ans)


def r_bullets(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    if intro:
        doc.add(intro)
    for st in steps:
        doc.add("- %s: %s" % (cap(st["label"]), S.calc(st)), [st["i"]])
        w = why_of(st, rng, 0.3)
        if w:
            doc.add("  - " + w)
    doc.blank()
    if chk:
        doc.add("Check: " + chk)
    doc.add(so_(ans))


def r_prose(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    if intro:
        doc.add(intro)
        doc.blank()
    buf, ids = [], []
    for st in steps:
        fr = R("%s|fr|%d" % (S.pid, st["i"])).choice(PROSE)
        pl = st.get("pl")
        s = fr.format(label=st["label"], calc=S.calc(st), s="" if pl else "s", **{"is": is_(st)})
        s = cap(s)
        w = why_of(st, rng, 0.4)
        if w:
            s = w + " " + s
        buf.append(s)
        ids.append(st["i"])
        if len(buf) >= 2 or rng.random() < 0.45:
            doc.add(" ".join(buf), ids)
            doc.blank()
            buf, ids = [], []
    if buf:
        doc.add(" ".join(buf), ids)
        doc.blank()
    if chk:
        doc.add("Check: " + chk + ".")
        doc.blank()
    doc.add(ans)


def r_latex(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    for st in steps:
        doc.add("%d. **%s:**" % (st["i"], S.esc(S.title(st))))
        lab = "\\text{%s}" % S.esc(cap(st["label"]))
        if R("%s|lx|%d" % (S.pid, st["i"])).random() < 0.7:
            doc.add("   \\[")
            doc.add("   %s = %s" % (lab, S.calc(st)), [st["i"]])
            doc.add("   \\]")
        else:
            doc.add("   The %s %s \\( %s \\)." % (S.esc(st["label"]), is_(st), S.calc(st)), [st["i"]])
        doc.blank()
    doc.add(so_(ans, "Therefore, "))
    doc.blank()
    if K.get("fu") == "p":
        bx = numstr(fin, 2) + "\\%"
    else:
        bx = S.money(fin, 2)
    doc.add("\\[\n\\boxed{%s}\n\\]" % bx)


def r_table(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    h = rng.choice([("Item", "Calculation", "Amount"), ("Step", "Computation", "Result"),
                    ("Line", "How", "Value")])
    doc.add("| %s | %s | %s |" % h)
    doc.add("|---|---|---|" if rng.random() < 0.5 else "|------|-------------|--------|")
    for st in steps:
        ch = S.chain(st)
        e = ch[-1]
        cell = S.res(e, False)
        if e["rel"] == "≈":
            cell = "≈ " + cell
        doc.add("| %s | %s | %s |" % (cap(st["label"]), S.expr(st), cell), [st["i"]])
    doc.blank()
    doc.add("**" + ans[:-1] + "**" if rng.random() < 0.5 else ans)


def r_code(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    doc.add("```")
    rows = []
    for st in steps:
        lab = cap(st["label"])
        if rng.random() < 0.3:
            lab = lab.upper()
        e = S.chain(st)
        rhs = " ".join("%s %s" % (x["rel"], S.res(x, False)) for x in e)
        rows.append((lab, S.expr(st), rhs, st["i"]))
    w1 = max(len(r[0]) for r in rows) + 2
    w2 = max(len(r[1]) for r in rows) + 2
    if S.hint:
        w1, w2 = S.hint
    S.hint_out = (w1, w2)
    for lab, ex, rhs, i in rows:
        ex = ex.ljust(w2) if len(ex) < w2 else ex + " "
        doc.add((lab.ljust(w1) + ex + rhs).rstrip(), [i])
    doc.add("```")
    doc.blank()
    doc.add(ans)


def r_terse(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    mode = rng.choice(["plain", "label", "suffix"])
    for st in steps:
        c = S.calc(st, hours_word=False)
        if mode == "label":
            c = "%s: %s" % (cap(st["label"]), c)
        elif mode == "suffix":
            c = "%s (%s)" % (c, st["label"])
        doc.add(c, [st["i"]])
    if rng.random() < 0.5:
        doc.add("Answer: " + (numstr(fin, 2) + "%" if K.get("fu") == "p" else S.mtext(fin)))


def r_chatty(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    if giv:
        doc.add("Here's what we know:")
        for lab, x in K["givens"](P):
            doc.add("* %s: %s" % (lab, S.q(x)))
        doc.blank()
    for st in steps:
        doc.add("**Step %d: %s**" % (st["i"], S.title(st)))
        fr = R("%s|ch|%d" % (S.pid, st["i"])).choice(CHATTY[st["op"]])
        s = fr.format(label=st["label"], calc=S.calc(st))
        w = why_of(st, rng, 0.6)
        if w:
            s = w + " " + s
        doc.add(s, [st["i"]])
        doc.blank()
    if chk:
        doc.add("Let's double-check: " + chk + ". Yep, that matches! ✅")
        doc.blank()
    doc.add(so_(ans, "So, "))
    if rng.random() < 0.4:
        doc.blank()
        doc.add(rng.choice(["I hope this helps! Let me know if you have any other questions.",
                            "Hope that helps!", "Let me know if you'd like me to explain any step in more detail."]))


def r_numbered(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    doc.add(intro)
    doc.blank()
    eqlab = rng.random() < 0.5
    for st in steps:
        if eqlab:
            doc.add("%d. %s = %s" % (st["i"], cap(st["label"]), S.calc(st)), [st["i"]])
        else:
            doc.add("%d. **%s:** %s" % (st["i"], cap(st["label"]), S.calc(st)), [st["i"]])
    doc.blank()
    if chk:
        doc.add("Check: " + chk)
        doc.blank()
    doc.add("**Answer:** " + ans)


def g_num(x):
    if x.u == "%":
        return natural(x.v / 100)
    return natural(x.v)


def r_gsm8k(S, rng, doc, K, P, d, steps, intro, ans, chk, giv, fin):
    for st in steps:
        op, a = st["op"], st["args"]
        if op == "mul":
            e = "*".join(g_num(x) for x in a)
        elif op == "div":
            e = "%s/%s" % (g_num(a[0]), g_num(a[1]))
        elif op == "ratio":
            e = "%s/%s*100" % (g_num(a[0]), g_num(a[1]))
        elif op == "add":
            e = "+".join(g_num(x) for x in a)
        elif op == "sub":
            e = "%s-%s" % (g_num(a[0]), g_num(a[1]))
        else:
            p, b = a
            e = ("%s*%s" % (g_num(b), g_num(p))) if S.pform(st) == "md" else ("%s*%s" % (g_num(p), g_num(b)))
        ch = S.chain(st)
        el = ch[0]
        v = el["v"]
        r = natural(v) if el["dec"] is None or el["dec"] <= 2 else numstr(v, el["dec"], comma=False)
        if el["unit"] == "p":
            r = natural(v) if el["dec"] == 2 else numstr(v, el["dec"], comma=False)
        dollar = "$" if el["unit"] in ("$", "r") else ""
        tail = {"h": " hours", "p": "%"}.get(el["unit"], "")
        fr = R("%s|gfr|%d" % (S.pid, st["i"])).choice(["The {label} {is} ", "So the {label} {is} ",
                                                       "{Label}: ", "That means the {label} {is} "])
        lead = fr.format(label=st["label"], Label=cap(st["label"]), **{"is": is_(st)})
        rd = ""
        if len(ch) == 2:
            rv = natural(ch[1]["v"])
            rd = R("%s|grd|%d" % (S.pid, st["i"])).choice([
                ", which rounds to %s%s" % (dollar, rv), " (about %s%s)" % (dollar, rv),
                ", or %s%s rounded to the cent" % (dollar, rv)])
        doc.add("%s%s=%s<<%s=%s>>%s%s%s." % (lead, e, dollar, e, r, r, tail, rd), [st["i"]])
