"""Ten writing styles imitating families of real model / tutor outputs."""
from core import numstr, Num, UMINUS

UNITS = {
    "degC": ("°C", "^\\circ\\text{C}"),
    "degF": ("°F", "^\\circ\\text{F}"),
    "mm": ("mm", "\\text{ mm}"),
    "cm": ("cm", "\\text{ cm}"),
    "in": ("in", "\\text{ in}"),
    "pct": ("%", "\\%"),
    "hours": ("hours", "\\text{ hours}"),
    "years": ("years", "\\text{ years}"),
    "Cph": ("°C per hour", "^\\circ\\text{C per hour}"),
    "dd": ("degree days", "\\text{ degree days}"),
    "pp": ("percentage points", "\\text{ percentage points}"),
    "deg": ("degrees", "\\text{ degrees}"),
}


def cap(s):
    return s[:1].upper() + s[1:]


def low(s):
    w = s.split(" ", 1)[0]
    if w in ("The", "That", "It", "About", "Monday's"):
        return s[:1].lower() + s[1:]
    return s


class Style:
    name = "base"
    minus = UMINUS
    times = "×"
    div = "÷"
    latex = False
    degspace = " "
    units_in_expr = False
    sep = True

    def __init__(self, rng):
        self.rng = rng

    def num(self, v, d):
        return numstr(v, d, minus=self.minus, sep=self.sep)

    def unit(self, s, u):
        if u is None:
            return s
        uni, tex = UNITS[u]
        if self.latex:
            return s + tex
        if uni.startswith("°"):
            return s + self.degspace + uni
        if uni == "%":
            return s + "%"
        return s + " " + uni

    def expr(self, ctx, parts):
        out = []
        prev = None
        i = 0
        while i < len(parts):
            p = parts[i]
            unit = None
            if isinstance(p, tuple):
                p, unit = p
            if isinstance(p, str):
                if p == "(":
                    out.append("(")
                elif p == ")":
                    out.append(")")
                elif p == "//":
                    out.append("/")
                elif p == "*":
                    out.append(" " + self.times + " ")
                elif p == "/":
                    out.append(" " + self.div + " ")
                elif p == "-":
                    out.append(" " + self.minus + " ")
                else:
                    out.append(" " + p + " ")
            else:
                n = p if isinstance(p, Num) else Num(p, 0)
                s = ctx.fmt(n, mark=False)
                if unit and self.units_in_expr:
                    s = self.unit(s, unit)
                if n.v < 0 and prev is not None and prev != "(":
                    s = "(" + s + ")"
                out.append(s)
            prev = p
            i += 1
        s = "".join(out)
        if self.latex:
            # fractions written with // become \frac
            import re
            s = re.sub(r"(\d+)/(\d+)", r"\\frac{\1}{\2}", s)
        return s

    def rel(self, r):
        if r == "=":
            return "="
        return "\\approx" if self.latex else "≈"

    def eq(self, ctx, it):
        s = self.expr(ctx, it["parts"])
        if it["mid"] is not None:
            s += " = " + self.expr(ctx, it["mid"])
        s += " " + self.rel(it["rel"]) + " " + self.result(ctx, it)
        return s

    def result(self, ctx, it):
        return ctx.fmt(it["res"], it["unit"])

    def check_eq(self, ctx, it):
        return self.expr(ctx, it["parts"]) + " = " + ctx.fmt(it["res"], it["unit"], mark=False)

    def ans(self, ctx, it):
        return it["sentence"](ctx.fmt(it["res"], it["unit"], mark=False))

    # ----------------------------------------------------------------
    def render(self, ctx, meta):
        raise NotImplementedError


class MdSteps(Style):
    """GPT-4o-like: markdown headings per step, bold result."""
    name = "md_steps"

    def result(self, ctx, it):
        return "**" + ctx.fmt(it["res"], it["unit"]) + "**"

    def render(self, ctx, meta):
        L = [self.rng.choice(["To solve this, let's go step by step.",
                              "Let's break this down step by step.",
                              "We can work this out in a few steps."]), ""]
        n = 0
        for it in ctx.items:
            if it["t"] == "calc":
                n += 1
                L += ["### Step %d: %s" % (n, cap(it["label"])), "", self.eq(ctx, it), ""]
            elif it["t"] == "note":
                L += [it["text"], ""]
            elif it["t"] == "check":
                L += ["**Check:** " + self.check_eq(ctx, it) + " ✓", ""]
            elif it["t"] == "answer":
                L += ["### Final Answer", "", self.ans(ctx, it)]
        return L


class BoldLabels(Style):
    """Claude-like: bold labels, units written inside the arithmetic."""
    name = "bold_labels"
    units_in_expr = True

    def render(self, ctx, meta):
        L = [self.rng.choice(["I'll work through this one piece at a time.",
                              "Here's how to work it out.",
                              "Let me set up the pieces first."]), ""]
        for it in ctx.items:
            if it["t"] == "calc":
                L.append("**%s:** %s" % (cap(it["label"]), self.eq(ctx, it)))
                L.append("")
            elif it["t"] == "note":
                L += [it["text"], ""]
            elif it["t"] == "check":
                L += ["Check: " + self.check_eq(ctx, it) + " ✓", ""]
            elif it["t"] == "answer":
                L.append("**Answer:** " + self.ans(ctx, it))
        return L


class Bullets(Style):
    """Llama-like: asterisk bullets, ASCII minus, * for times, / for divide."""
    name = "bullets"
    minus = "-"
    times = "*"
    div = "/"
    degspace = ""

    def render(self, ctx, meta):
        L = ["Let's solve this step by step:", ""]
        for g in meta["given"]:
            pass
        for it in ctx.items:
            if it["t"] == "calc":
                L.append("* %s: %s" % (cap(it["label"]), self.eq(ctx, it)))
            elif it["t"] == "note":
                L.append("* " + it["text"])
            elif it["t"] == "check":
                L.append("* Check: " + self.check_eq(ctx, it))
            elif it["t"] == "answer":
                L += ["", "So, " + low(self.ans(ctx, it))]
        return L


class Prose(Style):
    """Teacher-like running prose with the arithmetic inside sentences."""
    name = "prose"
    units_in_expr = True
    OPEN = [["First,", "To start,", "Begin with"], ["Next,", "Then", "After that,"],
            ["Now", "Then", "Next,"], ["Finally,", "Last,", "So"]]

    def render(self, ctx, meta):
        L = []
        calcs = [it for it in ctx.items if it["t"] == "calc"]
        n = 0
        for it in ctx.items:
            if it["t"] == "calc":
                n += 1
                idx = 0 if n == 1 else (3 if n == len(calcs) and n > 2 else (1 if n % 2 == 0 else 2))
                op = self.rng.choice(self.OPEN[idx])
                if it.get("say"):
                    body = it["say"](self.eq(ctx, it))
                else:
                    body = "the %s is %s" % (it["label"], self.eq(ctx, it))
                if op == "Begin with":
                    L.append("Begin with %s: %s." % (it["label"], self.eq(ctx, it)))
                else:
                    L.append("%s %s." % (op, body))
            elif it["t"] == "note":
                L.append(it["text"])
            elif it["t"] == "check":
                L.append("As a check, " + self.check_eq(ctx, it) + ", which matches.")
            elif it["t"] == "answer":
                L += ["", self.ans(ctx, it)]
        return L


class LatexInline(Style):
    """Qwen/DeepSeek-like: numbered bold steps with inline \\( \\) math."""
    name = "latex_inline"
    minus = "-"
    times = "\\times"
    div = "\\div"
    latex = True
    sep = False

    def render(self, ctx, meta):
        L = [self.rng.choice(["To determine the answer, we follow these steps:",
                              "We proceed step by step:"]), ""]
        n = 0
        for it in ctx.items:
            if it["t"] == "calc":
                n += 1
                L.append("%d. **%s:** \\( %s \\)" % (n, cap(it["label"]), self.eq(ctx, it)))
            elif it["t"] == "note":
                L.append("   " + it["text"])
            elif it["t"] == "check":
                L.append("   Check: \\( " + self.check_eq(ctx, it) + " \\)")
            elif it["t"] == "answer":
                L += ["", "Therefore, " + low(self.ans(ctx, it))]
        return L

    def ans(self, ctx, it):
        return it["sentence"](self.plain(ctx.fmt(it["res"], None, mark=False), it["unit"]))

    def plain(self, s, u):
        if u is None:
            return s
        uni = UNITS[u][0]
        return s + ("" if uni == "%" else (" " if not uni.startswith("°") else "")) + uni


class LatexDisplay(Style):
    """Qwen2.5-Math-like: display math blocks and a boxed answer."""
    name = "latex_display"
    minus = "-"
    times = "\\times"
    div = "\\div"
    latex = True
    sep = False

    def render(self, ctx, meta):
        L = [self.rng.choice(["To find the answer, we need to carry out the following calculations.",
                              "Let's compute this carefully."]), ""]
        for it in ctx.items:
            if it["t"] == "calc":
                L += ["The %s is:" % it["label"], "\\[", self.eq(ctx, it), "\\]", ""]
            elif it["t"] == "note":
                L += [it["text"], ""]
            elif it["t"] == "check":
                L += ["Checking:", "\\[", self.check_eq(ctx, it), "\\]", ""]
            elif it["t"] == "answer":
                L += [it["sentence"](LatexInline.plain(self, ctx.fmt(it["res"], None, mark=False), it["unit"])), "",
                      "\\[", "\\boxed{%s}" % ctx.fmt(it["res"], None, mark=False), "\\]"]
        return L


class Table(Style):
    """Markdown tables: data table, then a working table."""
    name = "table"

    def render(self, ctx, meta):
        L = ["Here are the numbers from the question:", "", "| Quantity | Value |", "|---|---|"]
        for name, val in meta["given"]:
            L.append("| %s | %s |" % (name, val(self)))
        L += ["", "| Step | Working |", "|---|---|"]
        n = 0
        for it in ctx.items:
            if it["t"] == "calc":
                n += 1
                L.append("| %d. %s | %s |" % (n, cap(it["label"]), self.eq(ctx, it)))
            elif it["t"] == "check":
                L.append("| Check | %s ✓ |" % self.check_eq(ctx, it))
        L.append("")
        for it in ctx.items:
            if it["t"] == "note":
                L.append(it["text"])
        for it in ctx.items:
            if it["t"] == "answer":
                L.append("**" + self.ans(ctx, it) + "**")
        return L


class Terse(Style):
    """Phi-like / scratch-work: bare equation lines."""
    name = "terse"
    minus = "-"
    times = "*"
    div = "/"
    degspace = ""
    sep = False

    def render(self, ctx, meta):
        L = []
        for it in ctx.items:
            if it["t"] == "calc":
                L.append(self.eq(ctx, it))
            elif it["t"] == "check":
                L.append("check: " + self.check_eq(ctx, it))
            elif it["t"] == "answer":
                L.append("Answer: " + ctx.fmt(it["res"], it["unit"], mark=False))
        return L


class Chatty(Style):
    """Gemma-like friendly tutor, x for times, restated results."""
    name = "chatty"
    times = "x"
    div = "÷"
    units_in_expr = True
    degspace = ""

    def render(self, ctx, meta):
        L = [self.rng.choice(["Great question! Let's figure this out together.",
                              "Sure! Let's walk through it.",
                              "Happy to help with this one!"]), ""]
        n = 0
        for it in ctx.items:
            if it["t"] == "calc":
                n += 1
                lead = self.rng.choice(["Now let's find the %s.", "Next up: the %s.", "We need the %s."]) \
                    if n > 1 else "First, let's find the %s."
                L += [lead % it["label"], "", "   " + self.eq(ctx, it), ""]
            elif it["t"] == "note":
                L += [it["text"], ""]
            elif it["t"] == "check":
                L += ["Let's double-check: " + self.check_eq(ctx, it) + ". Yep, that works!", ""]
            elif it["t"] == "answer":
                L.append("So there you have it: " + low(self.ans(ctx, it))
                         + " Let me know if you have any other questions!")
        return L


class Numbered(Style):
    """Mistral-like numbered list, · for times, / for divide."""
    name = "numbered"
    times = "·"
    div = "/"

    def render(self, ctx, meta):
        L = ["Given:"]
        for name, val in meta["given"]:
            L.append("- %s: %s" % (name, val(self)))
        L += ["", "Solution:"]
        n = 0
        for it in ctx.items:
            if it["t"] == "calc":
                n += 1
                L.append("%d. %s: %s" % (n, cap(it["label"]), self.eq(ctx, it)))
            elif it["t"] == "note":
                L.append("   (" + it["text"] + ")")
            elif it["t"] == "check":
                L.append("   Verification: " + self.check_eq(ctx, it))
            elif it["t"] == "answer":
                L += ["", self.ans(ctx, it)]
        return L


STYLES = [MdSteps, BoldLabels, Bullets, Prose, LatexInline, LatexDisplay, Table, Terse, Chatty, Numbered]
