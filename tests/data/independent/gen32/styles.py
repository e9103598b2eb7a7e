"""Twelve writing styles modelled on how instruct models lay out solutions."""
import re
from engine import value_s, render, leaf
from core import fill, final_number

LATEX = {"kind": "latex", "frac": r"\frac", "times": r"\times", "div": r"\div", "minus": "-",
         "dollar": r"\$", "pct": r"\%", "inline": (r"\( ", r" \)")}


def _nt(base, **kw):
    d = dict(base)
    d.update(kw)
    return d


PLAIN_STAR = {"kind": "plain", "times": "*", "div": "/", "minus": "-", "dollar": "$", "pct": "%"}
PLAIN_X = {"kind": "plain", "times": "×", "div": "÷", "minus": "−", "dollar": "$", "pct": "%"}
UNICODE = {"kind": "unicode", "times": "×", "div": "÷", "minus": "−", "dollar": "$", "pct": "%"}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


class View:
    def __init__(self, tpl, res, subs, nt, pick):
        self.tpl, self.res, self.subs, self.nt, self.pick = tpl, res, subs, nt, pick
        self.n = len(res.steps)

    def E(self, eq):
        return eq.render(self.nt)

    def eqs(self, i):
        return self.res.steps[i]["eqs"]

    def val(self, v, fmt):
        return value_s(v, fmt, self.nt)

    def sval(self, i):
        s = self.res.steps[i]
        return self.val(s["value"], s["fmt"])

    def st(self, i):
        return self.res.steps[i]["step"]

    def goal(self, i):
        return fill(self.st(i).goal, self.subs)

    def label(self, i):
        return cap(fill(self.st(i).label, self.subs))

    def sent(self, i, x):
        return fill(self.st(i).sent, self.subs).replace("{}", x)

    def unit(self, i):
        return self.st(i).unit or ""

    def how(self, i):
        nt = self.nt
        return self.res.steps[i]["how"](lambda a: value_s(a.v, a.fmt, nt))

    def ask(self):
        return fill(self.tpl.ask, self.subs)

    def ans(self, x):
        return fill(self.tpl.ans, self.subs).replace("{}", x)

    def fval(self):
        return self.val(self.res.final, self.res.final_fmt)

    def fraw(self):
        """final value written without inline-math wrappers (for \\boxed{})."""
        return render(leaf(self.res.final, self.res.final_fmt), self.nt)

    def fnum(self):
        return final_number(self.res.final, self.res.final_fmt)

    def funit(self):
        return self.tpl.unit

    def with_unit(self, s, u):
        return s + (" " + u if u else "")


def with_unit_money(v, s, u):
    return s if (not u) else s + " " + u


# ----------------------------------------------------------------- styles
def r_gpt4o(v):
    segs = []
    intro = v.pick("intro", [
        "To find %s, let's break the problem into steps." % v.ask(),
        "Let's solve this step by step.",
        "We need to find %s. Let's work through it step by step." % v.ask(),
    ])
    segs.append(("intro", intro + "\n\n"))
    for i in range(v.n):
        lines = ["### Step %d: %s" % (i + 1, cap(v.goal(i)))]
        if v.pick("how%d" % i, [0, 1, 1]):
            lines.append(cap(v.how(i)) + ":")
        for eq in v.eqs(i):
            lines += [r"\[", v.E(eq), r"\]"]
        if v.pick("rs%d" % i, [0, 1]):
            lines.append(v.pick("so%d" % i, ["So, ", "This means ", "Thus, "]) + v.sent(i, v.sval(i)) + ".")
        segs.append((i, "\n".join(lines) + "\n\n"))
    fin = "### Final Answer\n"
    if v.pick("fin", [0, 1]):
        fin += "\\[\n\\boxed{%s}\n\\]" % v.fraw()
    else:
        fin += cap(v.ans("**%s**" % v.fval())) + "."
    fin += "\n\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_llama(v):
    segs = []
    verb = v.pick("verb", ["Calculate", "Determine", "Find"])
    for i in range(v.n):
        g = v.goal(i)
        if g.startswith("find "):
            g = verb + g[4:]
        head = "## Step %d: %s" % (i + 1, cap(g))
        eqtxt = ". ".join(v.E(eq) for eq in v.eqs(i))
        form = v.pick("f%d" % i, [0, 1, 2])
        if form == 0:
            body = "To %s, we need to %s. %s." % (v.goal(i), v.how(i), eqtxt)
        elif form == 1:
            body = "We %s: %s." % (v.how(i), eqtxt)
        else:
            body = "%s: %s." % (cap(v.how(i)), eqtxt)
        if v.pick("rs%d" % i, [0, 0, 1]):
            body += "\n" + cap(v.sent(i, v.sval(i))) + "."
        segs.append((i, head + "\n" + body + "\n\n"))
    segs.append(("final", "The final answer is: $\\boxed{%s}$" % v.fnum()))
    return segs


def r_qwen(v):
    segs = []
    segs.append(("intro", v.pick("intro", [
        "To determine %s, we need to follow these steps:" % v.ask(),
        "To find %s, we will break the problem into smaller steps." % v.ask(),
    ]) + "\n\n"))
    for i in range(v.n):
        lines = ["%d. **%s:**" % (i + 1, cap(v.goal(i)))]
        if v.pick("how%d" % i, [0, 1]):
            lines.append("   " + cap(v.how(i)) + ":")
        for eq in v.eqs(i):
            lines += ["   \\[", "   " + v.E(eq), "   \\]"]
        if v.pick("rs%d" % i, [0, 1, 1]):
            lines.append("   " + v.pick("so%d" % i, ["So, ", "Therefore, ", "This means "]) + v.sent(i, v.sval(i)) + ".")
        segs.append((i, "\n".join(lines) + "\n\n"))
    fin = "Therefore, %s." % v.ans("\\(\\boxed{%s}\\)" % v.fraw())
    fin += "\n\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_claude(v):
    segs = []
    intro = v.pick("intro", ["I need to find %s." % v.ask(), "Let me work through this step by step.", ""])
    if intro:
        segs.append(("intro", intro + "\n\n"))
    heads = v.pick("heads", [0, 1])
    for i in range(v.n):
        eqs = v.eqs(i)
        lines = []
        if heads:
            lines.append("**%s**" % v.label(i))
        if len(eqs) == 1 and eqs[0].sep == " = " and v.pick("f%d" % i, [0, 1]):
            lines.append(cap(v.sent(i, v.E(eqs[0]))) + ".")
        else:
            txt = v.E(eqs[0])
            for eq in eqs[1:]:
                txt += ", then " + v.E(eq)
            u = v.unit(i)
            lines.append("%s: %s%s." % (cap(v.how(i)), txt, (" " + u) if u else ""))
        segs.append((i, "\n".join(lines) + "\n\n"))
    fin = "**%s.**" % cap(v.ans(v.fval()))
    fin += "\n\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_gemma(v):
    segs = [("intro", v.pick("intro", ["Here's how to solve the problem:", "Here's how to solve this problem step-by-step:",
                                      "Here's how to figure this out:"]) + "\n\n")]
    for i in range(v.n):
        lines = ["**%d. %s:**" % (i + 1, v.label(i)), ""]
        for eq in v.eqs(i):
            lines.append("* " + v.E(eq))
        if v.pick("rs%d" % i, [0, 1]):
            lines.append("* " + cap(v.sent(i, v.sval(i))) + ".")
        segs.append((i, "\n".join(lines) + "\n\n"))
    fin = "**Answer:** %s." % cap(v.ans(v.fval()))
    segs.append(("final", fin))
    return segs


def r_mistral(v):
    segs = [("intro", v.pick("intro", ["Let's break this down step by step:",
                                      "To solve this problem, let's go step by step:",
                                      "Let's solve this problem step by step."]) + "\n\n")]
    for i in range(v.n):
        eqs = v.eqs(i)
        if len(eqs) == 1 and eqs[0].sep == " = " and v.pick("f%d" % i, [0, 1]):
            body = cap(v.sent(i, v.E(eqs[0]))) + "."
        else:
            body = "%s: %s." % (cap(v.how(i)), ", so ".join(v.E(eq) for eq in eqs))
        segs.append((i, "%d. %s\n" % (i + 1, body)))
    segs.append(("final", "\n" + v.pick("so", ["So, ", "Therefore, "]) + v.ans(v.fval()) + "."))
    return segs


def r_phi(v):
    segs = []
    for i in range(v.n):
        lines = ["Step %d: %s." % (i + 1, cap(v.goal(i)))]
        eqs = v.eqs(i)
        for eq in eqs[:-1]:
            lines.append(v.E(eq))
        lines.append("%s = %s" % (v.label(i), v.E(eqs[-1])))
        segs.append((i, "\n".join(lines) + "\n\n"))
    fin = v.pick("fin", ["Therefore, %s." % v.ans(v.fval()), "The answer is %s." % v.fval()])
    fin += "\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_deepseek(v):
    segs = []
    conns = ["First", "Next", "Then", "After that", "Next"]
    for i in range(v.n):
        c = "Finally" if (i == v.n - 1 and v.n > 1) else conns[min(i, len(conns) - 1)]
        if v.pick("f%d" % i, [0, 1]):
            head = "%s, we %s:" % (c, v.goal(i))
        else:
            head = "%s, we %s:" % (c, v.how(i))
        lines = [head]
        for eq in v.eqs(i):
            lines += [r"\[", v.E(eq), r"\]"]
        segs.append((i, "\n".join(lines) + "\n\n"))
    if v.pick("fin", [0, 1]):
        fin = "**Final Answer**\n\\[\n\\boxed{%s}\n\\]" % v.fraw()
    else:
        fin = "**Final Answer**\n%s." % cap(v.ans("\\(\\boxed{%s}\\)" % v.fraw()))
    fin += "\n\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_terse(v):
    segs = []
    for i in range(v.n):
        eqs = v.eqs(i)
        lines = [v.E(eq) + "." for eq in eqs[:-1]]
        lines.append(cap(v.sent(i, v.E(eqs[-1]))) + ".")
        segs.append((i, "\n".join(lines) + "\n"))
    segs.append(("final", "#### " + v.fnum()))
    return segs


def r_unicode(v):
    segs = []
    if v.pick("intro", [0, 1]):
        segs.append(("intro", "Let's work it out.\n\n"))
    dash = v.pick("dash", ["–", "—", ":"])
    for i in range(v.n):
        if dash == ":":
            lines = ["**Step %d: %s**" % (i + 1, v.label(i))]
        else:
            lines = ["**Step %d %s %s**" % (i + 1, dash, v.label(i))]
        eqs = v.eqs(i)
        for eq in eqs[:-1]:
            lines.append(v.E(eq))
        u = v.unit(i)
        lines.append(v.E(eqs[-1]) + ((" " + u) if u else ""))
        segs.append((i, "\n".join(lines) + "\n\n"))
    u = v.funit()
    fin = "**Answer: %s%s**" % (v.fval(), (" " + u) if u else "")
    fin += "\n\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_cot(v):
    segs = []
    sep = v.pick("sep", ["\n", "\n\n"])
    for i in range(v.n):
        c = ["First", "Next", "Then", "Then", "Then"][i]
        if i == v.n - 1 and v.n > 1:
            c = "Finally"
        eqs = v.eqs(i)
        math = " and ".join("\\( %s \\)" % v.E(eq) for eq in eqs)
        segs.append((i, "%s, %s: %s.%s" % (c, v.goal(i), math, sep)))
    fin = v.pick("fin", ["So the answer is %s." % v.fval(), "The answer is %s." % v.fval()])
    fin += "\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


def r_compact(v):
    segs = []
    for i in range(v.n):
        txt = ", ".join(v.E(eq) for eq in v.eqs(i))
        segs.append((i, "%s: %s\n" % (v.label(i), txt)))
    u = v.funit()
    fin = "\nAnswer: %s%s" % (v.fval(), (" " + u) if u else "")
    fin += "\n#### " + v.fnum()
    segs.append(("final", fin))
    return segs


# allowed forms per style --------------------------------------------------
A_LATEX = {"of": ["fx", "bar", "split"], "div": ["op", "op", "bar"], "madd": ["mixed", "improper"],
           "msub": ["mixed", "improper"], "mmul": ["improper", "improper", "distribute"],
           "pct": ["dec", "frac100"], "topct": ["dec", "x100"], "prop": ["cross", "unit", "scale", "direct"],
           "oneminus": ["direct", "whole"], "simp": ["direct", "gcd"]}
A_PLAIN = {"of": ["fx", "xf"], "div": ["op"], "madd": ["mixed", "improper"], "msub": ["mixed", "improper"],
           "mmul": ["improper", "distribute"], "pct": ["pof", "dec", "chain"], "topct": ["dec", "x100"],
           "prop": ["unit", "scale", "direct", "cross"], "oneminus": ["direct", "whole"], "simp": ["direct"]}


def _a(base, **kw):
    d = dict(base)
    d.update(kw)
    return d


STYLES = {
    "gpt4o_md": (LATEX, A_LATEX, r_gpt4o, True),
    "llama3_steps": (PLAIN_STAR, _a(A_PLAIN, of=["xf", "fx"], madd=["improper", "mixed"], pct=["dec", "pof"]), r_llama, False),
    "qwen_boxed": (LATEX, _a(A_LATEX, of=["fx", "bar"]), r_qwen, True),
    "claude_prose": (PLAIN_X, _a(A_PLAIN, of=["xf", "of", "ofis", "split"], pct=["pof", "pofis", "dec"]), r_claude, True),
    "gemma_bullets": (_nt(PLAIN_STAR, units=True, parfrac=True), _a(A_PLAIN, of=["xf"], prop=["unit", "direct"]), r_gemma, False),
    "mistral_list": (PLAIN_STAR, _a(A_PLAIN, of=["fx", "of", "ofis"], pct=["dec", "pof"]), r_mistral, False),
    "phi_labels": (_nt(PLAIN_X, minus="-"), _a(A_PLAIN, of=["fx", "xf"]), r_phi, True),
    "deepseek_latex": (_nt(LATEX, frac=r"\dfrac"), _a(A_LATEX, of=["fx", "bar", "split"]), r_deepseek, True),
    "gsm8k_terse": (PLAIN_STAR, _a(A_PLAIN, of=["xf", "fx"], prop=["unit", "scale", "direct"], mmul=["improper"]), r_terse, True),
    "unicode_bold": (UNICODE, _a(A_PLAIN, of=["fx", "of"], pct=["pof", "dec"]), r_unicode, True),
    "cot_inline": (_nt(LATEX, frac=r"\tfrac"), _a(A_LATEX, of=["fx", "split"]), r_cot, True),
    "compact_labels": (_nt(PLAIN_X, minus="-", div="/"), _a(A_PLAIN, of=["fx", "xf", "split"], prop=["unit", "direct", "scale"]), r_compact, True),
}

STYLE_ORDER = ["gpt4o_md", "llama3_steps", "qwen_boxed", "claude_prose", "gemma_bullets", "mistral_list",
               "phi_labels", "deepseek_latex", "gsm8k_terse", "unicode_bold", "cot_inline", "compact_labels"]


SINGULAR = {"cups": "cup", "gallons": "gallon", "hours": "hour", "miles": "mile", "meters": "meter",
            "feet": "foot", "inches": "inch", "pounds": "pound", "liters": "liter", "ounces": "ounce",
            "slices": "slice", "days": "day", "minutes": "minute", "kilometers": "kilometer", "yards": "yard",
            "batches": "batch", "bowls": "bowl", "bows": "bow", "groups": "group", "parts": "part",
            "trees": "tree", "students": "student", "pages": "page", "boxes": "box", "eggs": "egg",
            "lemons": "lemon", "glasses": "glass", "plums": "plum", "oranges": "orange", "seats": "seat",
            "candies": "candy", "cookies": "cookie", "marbles": "marble", "scoops": "scoop", "adults": "adult"}
_SING_RE = re.compile("(?<![\\d./])1(\x03?) (%s)\\b" % "|".join(SINGULAR))


def singularise(text):
    """'1 cups' -> '1 cup' (the way the models write it)."""
    return _SING_RE.sub(lambda m: "1%s %s" % (m.group(1), SINGULAR[m.group(2)]), text)
