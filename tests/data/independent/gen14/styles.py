"""Solution styles: markdown-heavy final answers of chat assistants and
reasoning models.

Each style has a name, a weight, a description, a wording() method that fixes
all per-problem choices (shared by the four variants) and a render() method.

render() returns a Doc: pre lines, one chunk of lines per step (with the index
of the line that carries the step's computation), separator lines after each
step, and post lines (the answer).  The result of a step is written on exactly
one line: its computation line.
"""
import re

from core import Fmt


class Doc:
    def __init__(self):
        self.pre = []
        self.steps = []   # list of list of lines
        self.comp = []    # index of computation line inside the step's lines
        self.seps = []    # lines following each step
        self.post = []


def cap(s):
    return s[:1].upper() + s[1:]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def wpick(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


VERB = {
    "add": ["add", "add these", "add them up"],
    "sub": ["subtract", "take the difference"],
    "mul": ["multiply"],
    "div": ["divide", "split it evenly"],
    "pct": ["apply the percentage", "take the percentage"],
    "frac": ["take the fraction", "apply the fraction"],
}


def make_fmt(r, math_pairs, **kw):
    math = wpick(r, math_pairs)
    opts = dict(
        math=math,
        cents=r.random() < 0.5,
        thou=r.random() < 0.35,
        pct=pick(r, ["of", "of", "dec", "frac100"]),
        frac=pick(r, ["times", "times", "rev", "divmul"]),
        divfrac=r.random() < 0.4,
        bold=r.random() < 0.4,
        unit=r.random() < 0.6,
        wrap="inline",
        minus=pick(r, [" − ", " − ", " - "]),
    )
    opts.update(kw)
    return Fmt(**opts)


def final_line(r, w, fin, choices):
    return pick(r, choices).format(ans=fin)


# ---------------------------------------------------------------------------
class StepHeadings:
    name = "step_headings"
    weight = 13
    desc = ("'### Step n: Label' headings, each followed by one computation line; "
            "optional horizontal rule and a bold final-answer line.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 6), ("latex", 3), ("ascii", 1)])
        w["open"] = pick(r, [
            "Let's break this down step by step.",
            "Let's solve this step by step.",
            "Let's work through it one step at a time.",
            "We can solve this in a few steps.",
            "Here's a step-by-step solution.",
            "Let's figure this out step by step.",
        ])
        w["head"] = pick(r, ["### Step {i}: {L}", "**Step {i}: {L}**", "#### Step {i} – {L}",
                             "### Step {i} — {L}"])
        w["rule"] = r.random() < 0.6
        w["ans"] = pick(r, ["**Final Answer:** {ans}", "**Answer:** {ans}", "**Answer: {ans}**",
                            "### Final Answer\n**{ans}**", "## Answer\n{ans}"])
        w["close"] = pick(r, ["", "", "", "Let me know if you'd like any step explained in more detail!",
                              "Hope this helps!"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append([w["head"].format(i=i + 1, L=cap(st.label)), pt.full()])
            d.comp.append(1)
            d.seps.append([""])
        if w["rule"]:
            d.post += ["---", ""]
        for ln in w["ans"].format(ans=fin).split("\n"):
            d.post.append(ln)
            if ln.startswith("#"):
                d.post.append("")
        if w["close"]:
            d.post += ["", w["close"]]
        return d


# ---------------------------------------------------------------------------
class NumberedBold:
    name = "numbered_bold"
    weight = 12
    desc = "Numbered list, one step per item as '**Label:** computation', then a bold answer."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 6), ("ascii", 1), ("latex", 3)])
        w["open"] = pick(r, [
            "Here's the breakdown:",
            "Let's go step by step:",
            "Here's how to work it out:",
            "Breaking it down:",
            "Sure! Here's the calculation:",
            "We can work this out in order:",
        ])
        w["loose"] = r.random() < 0.3
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**", "So the final answer is **{ans}**.",
                            "**Final answer: {ans}**", "The answer is **{ans}**."])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append(["%d. **%s:** %s" % (i + 1, cap(st.label), pt.full())])
            d.comp.append(0)
            d.seps.append([""] if (w["loose"] or i == n - 1) else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class BoxedLatex:
    name = "boxed_latex"
    weight = 9
    desc = ("Reasoning-model final answer: short plan sentence, numbered bold labels with "
            "display math, answer in \\boxed{}.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("latex", 1)], wrap="display", unit=False)
        w["open"] = pick(r, [
            "To solve the problem, we break it into steps.",
            "We work through the quantities in order.",
            "To find the answer, we compute each quantity in turn.",
            "Let's solve this systematically.",
            "We can solve this by computing each part separately.",
        ])
        w["disp"] = pick(r, ["$$", "\\[", "\\[ml", "$$ind"])
        w["lab"] = pick(r, ["{i}. **{L}:**", "**{i}. {L}**", "**Step {i}: {L}**"])
        w["ans"] = pick(r, ["Therefore, the answer is $\\boxed{{{b}}}$.",
                            "**Final Answer**\n\n$$\\boxed{{{b}}}$$",
                            "Thus, the final answer is:\n\n\\[\n\\boxed{{{b}}}\n\\]",
                            "The final answer is $\\boxed{{{b}}}$."])
        w["bmoney"] = r.random() < 0.5
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            lab = w["lab"].format(i=i + 1, L=cap(st.label))
            m = pt.math()
            if w["disp"] == "$$":
                lines, c = [lab, "$$%s$$" % m], 1
            elif w["disp"] == "$$ind":
                lines, c = [lab, "   $$%s$$" % m], 1
            elif w["disp"] == "\\[":
                lines, c = [lab, "\\[ %s \\]" % m], 1
            else:
                lines, c = [lab, "\\[", m, "\\]"], 2
            d.steps.append(lines)
            d.comp.append(c)
            d.seps.append([""])
        b = fin.boxed(w["bmoney"])
        d.post = w["ans"].format(b=b).split("\n")
        return d


# ---------------------------------------------------------------------------
FIRST = ["First, {verb} to find the {label}: {comp}.",
         "Start with the {label}: {comp}.",
         "First, the {label}: {comp}.",
         "To begin, {verb} to get the {label}: {comp}."]
MIDDLE = ["Next, {verb} to find the {label}: {comp}.",
          "Then the {label}: {comp}.",
          "After that, {verb} to get the {label}: {comp}.",
          "Now find the {label}: {comp}.",
          "Next, the {label}: {comp}."]
LAST = ["Finally, {verb} to find the {label}: {comp}.",
        "Last, the {label}: {comp}.",
        "Finally, the {label}: {comp}.",
        "To finish, {verb} to get the {label}: {comp}."]


def prose_sentence(r, i, n, st, comp, first=FIRST, middle=MIDDLE, last=LAST):
    pool = first if i == 0 else (last if i == n - 1 else middle)
    return pick(r, pool).format(verb=pick(r, VERB[st.op]), label=st.label, comp=comp)


class InlineLatexProse:
    name = "inline_latex_prose"
    weight = 8
    desc = "Short prose paragraphs, one per step, with inline $...$ math; bold answer sentence."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("latex", 4), ("uni", 1)])
        n = len(p.steps)
        w["sent"] = [None] * n
        for i, st in enumerate(p.steps):
            w["sent"][i] = prose_sentence(r, i, n, st, "{comp}")
        w["open"] = pick(r, ["", "", "Let's work it out.", "Here's how to solve it."])
        w["ans"] = pick(r, ["So the answer is **{ans}**.", "**Answer:** {ans}",
                            "The answer is **{ans}**.", "So, the final answer is **{ans}**."])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        if w["open"]:
            d.pre = [w["open"], ""]
        for i, pt in enumerate(parts):
            d.steps.append([w["sent"][i].replace("{comp}", pt.full())])
            d.comp.append(0)
            d.seps.append([""])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class ReasoningSummary:
    name = "reasoning_summary"
    weight = 8
    desc = ("Compact reasoning-model summary: a bold header, bullet per step "
            "('- Label: computation'), bold final answer.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 5), ("ascii", 2), ("latex", 3)], bold=False)
        w["head"] = pick(r, ["**Summary**", "**Solution summary:**", "Here's a concise summary of the solution:",
                             "**Reasoning:**", "**Key steps:**", "**Solution**"])
        w["bul"] = pick(r, ["- {L}: {c}", "- {L}: {c}", "* {L}: {c}", "- {c} ({l})", "- **{L}:** {c}"])
        w["ans"] = pick(r, ["**Answer: {ans}**", "**Final answer:** {ans}", "**Answer:** {ans}"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["head"], ""]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append([w["bul"].format(L=cap(st.label), l=st.label, c=pt.full())])
            d.comp.append(0)
            d.seps.append([""] if i == n - 1 else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class TableCalc:
    name = "table_calc"
    weight = 7
    desc = ("Markdown table with a Calculation cell and a separate Result cell per step, "
            "then the answer line.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 6), ("ascii", 1), ("latex", 2)], bold=False)
        w["stepcol"] = r.random() < 0.5
        w["unitcol"] = r.random() < 0.4
        w["open"] = pick(r, ["Here's the work laid out in a table:", "Let's organize the calculation:",
                             "Setting it up as a table:", "We can track each quantity in a table:"])
        w["h"] = pick(r, [("Quantity", "Calculation", "Result"), ("What we find", "Work", "Value"),
                          ("Item", "Calculation", "Result")])
        w["ans"] = pick(r, ["**Answer:** {ans}", "So the answer is **{ans}**.", "**Answer: {ans}**",
                            "**Final answer:** {ans}"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        h = list(w["h"])
        if w["stepcol"]:
            h = ["Step"] + h
        d.pre = [w["open"], "", "| " + " | ".join(h) + " |", "|" + "|".join("---" for _ in h) + "|"]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            e = pt.expr if not pt.fmt.latex else "$%s$" % pt.expr
            res = pt.res if not pt.fmt.latex else "$%s$" % pt.res
            if w["unitcol"] and pt.unit:
                res += " " + pt.unit
            cells = [cap(st.label), e, res]
            if w["stepcol"]:
                cells = [str(i + 1)] + cells
            d.steps.append(["| " + " | ".join(cells) + " |"])
            d.comp.append(0)
            d.seps.append([""] if i == n - 1 else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class KnownNeedSolve:
    name = "known_need_solve"
    weight = 7
    desc = ("'What we know' bullets (the problem's sentences), 'What we need', then "
            "a numbered solution and bold answer.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 6), ("latex", 2), ("ascii", 1)])
        w["h"] = pick(r, [("**What we know:**", "**What we need to find:**", "**Solution:**"),
                          ("**Given:**", "**Find:**", "**Solution:**"),
                          ("### Given", "### Goal", "### Solution")])
        w["item"] = pick(r, ["{i}. {L}: {c}", "{i}. {L} = {e}", "- {L}: {c}"])
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**", "### Answer\n**{ans}**"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        hk, hn, hs = w["h"]
        d.pre = [hk]
        if hk.startswith("#"):
            d.pre.append("")
        d.pre += ["- " + s for s in p.facts]
        d.pre.append("")
        if hn.startswith("#"):
            d.pre += [hn, "", p.question, "", hs, ""]
        else:
            d.pre += [hn + " " + p.question, "", hs, ""]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            if "{e}" in w["item"]:
                e = pt.full()
                if not pt.fmt.latex:
                    e = e  # "Label = a × b = c"
                line = w["item"].format(i=i + 1, L=cap(st.label), e=e)
            else:
                line = w["item"].format(i=i + 1, L=cap(st.label), c=pt.full())
            d.steps.append([line])
            d.comp.append(0)
            d.seps.append([""] if i == n - 1 else [])
        for ln in w["ans"].format(ans=fin).split("\n"):
            d.post.append(ln)
            if ln.startswith("#"):
                d.post.append("")
        return d


# ---------------------------------------------------------------------------
C_FIRST = ["So first, the {label}: {comp}.", "Okay, first up, the {label}: {comp}.",
           "First, let's get the {label}: {comp}.", "Let's start with the {label}: {comp}."]
C_MID = ["Now the {label}: {comp}.", "Then, the {label}: {comp}.",
         "Next up, the {label}: {comp}.", "Then we {verb}: {comp}. That gives us the {label}."]
C_LAST = ["And finally, the {label}: {comp}.", "Last step, the {label}: {comp}.",
          "Finally, we {verb}: {comp}. That gives us the {label}."]


class Conversational:
    name = "conversational"
    weight = 6
    desc = ("Friendly chat reply: 'Sure!' opener, casual sentences per step with plain "
            "operators (x, *), answer sentence and a sign-off.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("x", 3), ("ascii", 2), ("uni", 3)], bold=r.random() < 0.3)
        w["open"] = pick(r, ["Sure! Let's figure it out.", "Good question, let's work through it.",
                             "Happy to help with this one!", "Sure thing! Here's how it works.",
                             "Okay, let's solve this together."])
        n = len(p.steps)
        w["sent"] = [prose_sentence(r, i, n, st, "{comp}", C_FIRST, C_MID, C_LAST)
                     for i, st in enumerate(p.steps)]
        w["ans"] = pick(r, ["So the answer is **{ans}**.", "So the answer is {ans}.",
                            "That means the answer is **{ans}**!", "The answer: **{ans}**."])
        w["close"] = pick(r, ["Hope that helps!", "Let me know if you'd like me to walk through any part again.",
                              "", "Feel free to ask if anything is unclear!"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        for i, pt in enumerate(parts):
            d.steps.append([w["sent"][i].replace("{comp}", pt.full())])
            d.comp.append(0)
            d.seps.append([""])
        d.post = [w["ans"].format(ans=fin)]
        if w["close"]:
            d.post += ["", w["close"]]
        return d


# ---------------------------------------------------------------------------
class SectionsRules:
    name = "sections_rules"
    weight = 6
    desc = ("'## Understanding the problem' / '## Solution' / '## Answer' sections split by "
            "horizontal rules; bold label line then computation line.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 5), ("latex", 3)])
        w["h1"] = pick(r, ["## Understanding the Problem", "## What's Being Asked", "### Understanding the problem"])
        w["h2"] = pick(r, ["## Step-by-Step Solution", "## Solution", "### Working it out"])
        w["h3"] = pick(r, ["## Answer", "## Final Answer", "### Answer"])
        w["intro"] = pick(r, ["We need to find the {L}.", "The question asks for the {L}.",
                              "Goal: find the {L}."])
        w["lab"] = pick(r, ["**{i}. {L}**", "**{L}**", "**Step {i} — {L}**"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["h1"], "", w["intro"].format(L=p.steps[-1].label), "", "---", "", w["h2"], ""]
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append([w["lab"].format(i=i + 1, L=cap(st.label)), "", pt.full()])
            d.comp.append(2)
            d.seps.append([""])
        d.post = ["---", "", w["h3"], "", "**%s**" % fin]
        return d


# ---------------------------------------------------------------------------
class EquationLines:
    name = "equation_lines"
    weight = 6
    desc = "Named equations 'Label = expression = result', one per line, then the answer."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 6), ("ascii", 2)], bold=False)
        w["open"] = pick(r, ["Let's set up the calculations:", "Here are the calculations:",
                             "Working through the numbers:", "Step by step:"])
        w["bullet"] = pick(r, ["", "", "- "])
        w["loose"] = r.random() < 0.4
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**", "So the answer is **{ans}**."])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append(["%s%s = %s" % (w["bullet"], cap(st.label), pt.full())])
            d.comp.append(0)
            d.seps.append([""] if (w["loose"] or i == n - 1) else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
S_OPS = ["**Step {i}:** {V} to get the {label}: {comp}.",
         "**Step {i}:** {V} to find the {label}. {comp}",
         "**Step {i} — {L}.** {comp}"]


class BoldStepParagraphs:
    name = "bold_step_paragraphs"
    weight = 5
    desc = "Paragraph per step led by '**Step n:**', with an operation verb and the computation inline."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 5), ("latex", 2), ("ascii", 1)])
        w["frame"] = pick(r, S_OPS)
        w["verbs"] = [pick(r, VERB[st.op]) for st in p.steps]
        w["open"] = pick(r, ["", "Let's solve it.", "Here's the solution."])
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**", "**Final answer:** {ans}"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        if w["open"]:
            d.pre = [w["open"], ""]
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append([w["frame"].format(i=i + 1, V=cap(w["verbs"][i]), label=st.label,
                                              L=cap(st.label), comp=pt.full())])
            d.comp.append(0)
            d.seps.append([""])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class VerifyCheck:
    name = "verify_check"
    weight = 4
    desc = ("Numbered steps, then a 'Check' line that reverses the last step, then the "
            "bold answer.")

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 5), ("latex", 2), ("ascii", 1)], bold=False)
        w["open"] = pick(r, ["Let's solve it, then double-check.", "Here's the solution:",
                             "Let's work it out and verify."])
        w["check"] = pick(r, ["**Check:** {c}, which matches.", "**Quick check:** {c}, so it's consistent.",
                              "Verification: {c}, which checks out."])
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**"])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append(["%d. %s: %s" % (i + 1, cap(st.label), pt.full())])
            d.comp.append(0)
            d.seps.append([""] if i == n - 1 else [])
        if check is not None:
            c = check.full(bold=False, unit=False)
            d.post = [w["check"].format(c=c), ""]
        d.post.append(w["ans"].format(ans=fin))
        return d


# ---------------------------------------------------------------------------
class TableEqCell:
    name = "table_eq_cell"
    weight = 4
    desc = "Two-column markdown table whose second cell holds the full equation; bold answer after."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("latex", 1), ("uni", 1)], bold=False)
        w["h"] = pick(r, [("Quantity", "Calculation"), ("Step", "Work"), ("What", "How")])
        w["open"] = pick(r, ["", "Here's the calculation:", "Let's lay it out:"])
        w["ans"] = pick(r, ["**Answer:** {ans}", "**{ans}**", "The answer is **{ans}**."])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        if w["open"]:
            d.pre = [w["open"], ""]
        d.pre += ["| %s | %s |" % w["h"], "|---|---|"]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append(["| %s | %s |" % (cap(st.label), pt.full())])
            d.comp.append(0)
            d.seps.append([""] if i == n - 1 else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class NestedBullets:
    name = "nested_bullets"
    weight = 3
    desc = "Bold bullet per quantity with the computation as an indented sub-bullet."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("uni", 4), ("latex", 1)])
        w["b"] = pick(r, [("- **{L}**", "  - {c}"), ("* **{L}**", "    * {c}"), ("- {L}", "  - {c}")])
        w["open"] = pick(r, ["Breaking it down:", "Here's the breakdown:", "Let's compute each piece:"])
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**", "So the answer is **{ans}**."])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], ""]
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            d.steps.append([w["b"][0].format(L=cap(st.label)), w["b"][1].format(c=pt.full())])
            d.comp.append(1)
            d.seps.append([""] if i == n - 1 else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


# ---------------------------------------------------------------------------
class CodeBlock:
    name = "code_block"
    weight = 2
    desc = "Arithmetic laid out in a fenced code block with aligned labels, answer after the block."

    def wording(self, r, p):
        w = {}
        w["fmt"] = make_fmt(r, [("ascii", 3), ("uni", 1)], bold=False, unit=r.random() < 0.5,
                            thou=False, divfrac=False)
        w["open"] = pick(r, ["Here's the calculation:", "The arithmetic:", "Working it out:"])
        w["fence"] = pick(r, ["```", "```text", "```"])
        w["ans"] = pick(r, ["**Answer:** {ans}", "**Answer: {ans}**", "So the answer is **{ans}**."])
        return w

    def render(self, p, w, parts, fin, check):
        d = Doc()
        d.pre = [w["open"], "", w["fence"]]
        width = max(len(st.label) for st in p.steps) + 1
        n = len(p.steps)
        for i, (st, pt) in enumerate(zip(p.steps, parts)):
            lab = (cap(st.label) + ":").ljust(width + 1)
            d.steps.append(["%s %s" % (lab, pt.full())])
            d.comp.append(0)
            d.seps.append(["```", ""] if i == n - 1 else [])
        d.post = [w["ans"].format(ans=fin)]
        return d


STYLES = [StepHeadings(), NumberedBold(), BoxedLatex(), InlineLatexProse(), ReasoningSummary(),
          TableCalc(), KnownNeedSolve(), Conversational(), SectionsRules(), EquationLines(),
          BoldStepParagraphs(), VerifyCheck(), TableEqCell(), NestedBullets(), CodeBlock()]

assert sum(s.weight for s in STYLES) == 100
