"""Ten writing styles that turn built steps into a solution text (with slot markers)."""
import random
import re

from core import plain

STYLES = ["md_headings", "bold_steps", "bullets", "prose", "latex",
          "work_table", "terse", "tutor", "numbered", "column_blocks"]

SKIP = ("Now", "Then", "Next", "First", "Finally", "Last", "After", "So ")
MATH = re.compile("«(.*?)»", re.S)


def latexify(s):
    s = s.replace("×", "\\times").replace("÷", "\\div").replace("−", "-").replace("≈", "\\approx")
    s = s.replace("\\times", "\\times ").replace("\\div", "\\div ").replace("\\approx", "\\approx ")
    s = re.sub(r"\\(times|div|approx)  +", r"\\\1 ", s)
    return s


LOWERABLE = {"The", "That", "There", "So", "Multiply", "Add", "Subtract", "Divide", "Find", "Take", "Share",
             "Start", "Count", "Work", "Split", "Use", "Each", "Every", "We", "This", "These", "Double", "Half",
             "Halve", "Put", "Remove", "Compare", "Pay", "Look", "Think", "Total", "Money", "How", "It", "They",
             "Both", "Round", "Convert", "Change", "Cost", "Group", "Line", "Next", "Now", "Then", "First"}


def lower1(s):
    w = s.split(" ", 1)[0]
    if w in LOWERABLE:
        return s[0].lower() + s[1:]
    return s


class Renderer:
    def __init__(self, st, seed):
        self.st = st
        self.seed = seed
        self.name = st.name
        r = random.Random(seed + "|ops")
        if self.name == "terse":
            self.mul = r.choices(["×", "x", "*"], [4, 4, 2])[0]
            self.minus = r.choices(["−", "-"], [4, 6])[0]
            self.div = r.choices(["÷", "/"], [5, 5])[0]
        elif self.name == "latex":
            self.mul, self.minus, self.div = "×", "−", "÷"
        else:
            self.mul = r.choices(["×", "x", "·", "*"], [88, 6, 3, 3])[0]
            self.minus = r.choices(["−", "-"], [6, 4])[0]
            self.div = r.choices(["÷", "/"], [95, 5])[0]
        self.eq_bullets = r.random() < 0.5
        self.display_block = r.random() < 0.5
        self.bold_vals = r.random() < 0.8

    def rng(self, tag):
        return random.Random("%s|render|%s" % (self.seed, tag))

    # -- inline text
    def txt(self, s):
        if self.st.latex:
            s = re.sub(r"(?<!\\)\$(?=\d)", r"\\$", s)
            return MATH.sub(lambda mo: "\\(" + latexify(mo.group(1)) + "\\)", s)
        return MATH.sub(lambda mo: mo.group(1), s)

    def eqline(self, s):
        if self.st.latex:
            if self.display_block:
                return "\\[\n" + latexify(s) + "\n\\]"
            return "\\[ " + latexify(s) + " \\]"
        return s

    def val(self, v):
        if self.st.latex:
            return "\\(" + v + "\\)"
        if self.bold_vals and self.name in ("md_headings", "bold_steps", "bullets", "numbered", "tutor",
                                            "column_blocks", "work_table"):
            return "**" + v + "**"
        return v

    def table(self, rows, indent=""):
        out = [indent + "| " + " | ".join(rows[0]) + " |", indent + "|" + "|".join("---" for _ in rows[0]) + "|"]
        for r in rows[1:]:
            out.append(indent + "| " + " | ".join(r) + " |")
        return out

    def item_lines(self, it, bullet="", indent=""):
        if it.t == "eq":
            return [indent + bullet + self.eqline(it.s)] if not self.st.latex else [indent + self.eqline(it.s)]
        if it.t in ("say", "note"):
            return [indent + bullet + self.txt(it.s)]
        if it.t == "table":
            return [""] + self.table(it.s, indent) + [""]
        if it.t == "code":
            return [""] + [indent + "```"] + [indent + ln for ln in it.s] + [indent + "```", ""]
        raise ValueError(it.t)

    def concl(self, step):
        if not step.concl:
            return None
        tmpl, v = step.concl
        return tmpl.replace("{v}", self.val(v))

    def finish_sentence(self, ans):
        value, tmpl, vstr = ans
        return tmpl.replace("{v}", self.val(vstr))

    # -- the styles
    def render(self, steps, ans):
        fn = getattr(self, "r_" + self.name)
        lines = fn(steps, ans)
        text = "\n".join(lines)
        text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
        text += "\n\n#### " + plain(ans[0])
        return self.ops(text)

    def ops(self, text):
        if self.st.latex:
            return text
        parts = text.split("```")
        for i in range(0, len(parts), 2):
            parts[i] = self.ops1(parts[i])
        for i in range(1, len(parts), 2):
            parts[i] = parts[i].replace("−", "-")
        return "```".join(parts)

    def ops1(self, text):
        if self.mul != "×":
            text = text.replace("×", self.mul)
        if self.minus != "−":
            text = text.replace("−", self.minus)
        if self.div != "÷":
            text = text.replace("÷", self.div)
        return text

    def body(self, st, bullet="", indent=""):
        out = []
        for it in st.items:
            out += self.item_lines(it, bullet if it.t in ("eq", "say", "note") else "", indent)
        return out

    def r_md_headings(self, steps, ans):
        r = self.rng("open")
        out = []
        if r.random() < 0.7:
            out += [r.choice(["Let's solve this step by step.", "Let's break this problem into steps.",
                              "We'll work through this one step at a time.",
                              "To solve this, let's go step by step."]), ""]
        hdr = r.choice(["### Step %d: %s", "### Step %d: %s", "## Step %d – %s", "### %d. %s"])
        for k, s in enumerate(steps, 1):
            out.append(hdr % (k, s.title))
            out.append("")
            if s.intro:
                out += [self.txt(s.intro), ""]
            out += self.body(s, "- " if self.eq_bullets else "")
            c = self.concl(s)
            if c:
                out += ["", c]
            out.append("")
        fin = self.finish_sentence(ans)
        out += [r.choice(["### Final Answer\n\n" + fin, "**Answer:** " + fin, "---\n\n**Final answer:** " + fin])]
        return out

    def r_bold_steps(self, steps, ans):
        r = self.rng("open")
        out = []
        if r.random() < 0.5:
            out += [r.choice(["Here's the step-by-step solution.", "Let me work through this.",
                              "I'll solve this in a few steps."]), ""]
        hdr = r.choice(["**Step %d: %s**", "**Step %d — %s**", "**%d. %s**"])
        for k, s in enumerate(steps, 1):
            out.append(hdr % (k, s.title))
            if s.intro:
                out.append(self.txt(s.intro))
            out += self.body(s)
            c = self.concl(s)
            if c:
                out.append(c)
            out.append("")
        lead = r.choice(["**Final answer:** ", "**Answer:** ", "Therefore, "])
        out.append(lead + (lower1(self.finish_sentence(ans)) if lead.startswith("Th") else self.finish_sentence(ans)))
        return out

    def r_bullets(self, steps, ans):
        r = self.rng("open")
        out = []
        if r.random() < 0.4:
            out += [r.choice(["Here's how to work it out:", "Breaking it down:"]), ""]
        plainhdr = r.random() < 0.5
        for k, s in enumerate(steps, 1):
            out.append("**%s:**" % s.title if plainhdr else "**Step %d: %s**" % (k, s.title))
            if s.intro:
                out.append("- " + self.txt(s.intro))
            for it in s.items:
                if it.t in ("eq", "say", "note"):
                    out += self.item_lines(it, "  - " if it.t == "eq" else "- ")
                else:
                    out += self.item_lines(it)
            c = self.concl(s)
            if c:
                out.append("- " + c)
            out.append("")
        out.append("**Answer:** " + self.finish_sentence(ans))
        return out

    def r_numbered(self, steps, ans):
        r = self.rng("open")
        out = []
        if r.random() < 0.6:
            out += [r.choice(["Let's solve it step by step:", "Here is the solution:", "Step-by-step:"]), ""]
        for k, s in enumerate(steps, 1):
            head = "%d. **%s**" % (k, s.title)
            if s.intro:
                head += (": " if r.random() < 0.5 else " — ") + lower1(self.txt(s.intro))
            out.append(head)
            for it in s.items:
                out += self.item_lines(it, "- " if self.eq_bullets else "", "   ")
            c = self.concl(s)
            if c:
                out.append("   " + c)
            out.append("")
        out.append(r.choice(["**Answer: %s**", "**Answer:** %s", "Answer: %s"]) % self.finish_sentence(ans))
        return out

    def r_column_blocks(self, steps, ans):
        r = self.rng("open")
        out = []
        if r.random() < 0.5:
            out += [r.choice(["Let's do the written calculations.", "I'll show each calculation in columns."]), ""]
        hdr = r.choice(["**Step %d — %s**", "**Step %d: %s**", "### Step %d: %s"])
        for k, s in enumerate(steps, 1):
            out.append(hdr % (k, s.title))
            if s.intro:
                out.append(self.txt(s.intro))
            out += self.body(s)
            c = self.concl(s)
            if c:
                out.append(c)
            out.append("")
        lead = r.choice(["**Answer:** ", "**Final answer:** ", "So, "])
        out.append(lead + (lower1(self.finish_sentence(ans)) if lead.startswith("So") else self.finish_sentence(ans)))
        return out

    def r_latex(self, steps, ans):
        r = self.rng("open")
        out = []
        if r.random() < 0.6:
            out += [r.choice(["To solve this problem, we work step by step.",
                              "Let's set up the calculation carefully.",
                              "We need to find the answer in a few steps."]), ""]
        hdr = r.choice(["**Step %d: %s**", "### Step %d: %s", "**%d. %s**"])
        for k, s in enumerate(steps, 1):
            out.append(hdr % (k, s.title))
            if s.intro:
                out.append(self.txt(s.intro))
            for it in s.items:
                out += self.item_lines(it)
            c = self.concl(s)
            if c:
                out.append(c)
            out.append("")
        box = "\\boxed{%s}" % plain(ans[0])
        out.append(r.choice(["Therefore, %s\n\nThe final answer is \\(%s\\)." % (lower1(self.finish_sentence(ans)), box),
                             "%s\n\n\\[\n%s\n\\]" % (self.finish_sentence(ans), box),
                             "**Final Answer:** \\(%s\\)" % box]))
        return out

    def r_work_table(self, steps, ans):
        r = self.rng("open")
        out = [r.choice(["Here is the work laid out in a table.", "Let's organise the calculation:",
                         "Step-by-step work:"]), ""]
        cols = r.choice([["Step", "What we find", "Work"], ["#", "Quantity", "Calculation"],
                         ["Step", "Description", "Working"]])
        rows = [cols]
        for k, s in enumerate(steps, 1):
            first = True
            cells = []
            if s.intro and r.random() < 0.5:
                cells.append(self.txt(s.intro))
            for it in s.items:
                cells.append(self.txt(it.s))
            c = self.concl(s)
            if c:
                cells.append(c)
            for cell in cells:
                rows.append([str(k) if first else "", s.title if first else "", cell])
                first = False
        out += self.table(rows)
        out += ["", self.finish_sentence(ans)]
        return out

    def r_terse(self, steps, ans):
        r = self.rng("open")
        out = []
        lab = r.random() < 0.5
        for k, s in enumerate(steps, 1):
            items = [it for it in s.items if it.t != "note" or r.random() < 0.3]
            first = True
            for it in items:
                line = self.txt(it.s)
                if lab and first:
                    line = s.short + ": " + line
                    first = False
                out.append(line)
        out.append("")
        out.append(r.choice(["Answer: %s" % ans[2], "Answer: " + self.finish_sentence(ans), ""]))
        return out

    def r_prose(self, steps, ans):
        r = self.rng("open")
        out = []
        leads = ["First, ", "Next, ", "Then ", "After that, ", "Now ", "Finally, "]
        eqlead = ["", "So ", "That gives ", "Then ", "We get "]
        for k, s in enumerate(steps, 1):
            sent = []
            if s.intro:
                lead = leads[0] if k == 1 else (leads[-1] if k == len(steps) and k > 2 else r.choice(leads[1:5]))
                it = self.txt(s.intro)
                sent.append(it if it.startswith(SKIP) else lead + lower1(it))
            for it in s.items:
                if it.t == "eq":
                    ld = r.choice(eqlead)
                    e = it.s
                    sent.append((ld + e) if ld else e[:1].upper() + e[1:] if not e[:1].isdigit() else e)
                    if not sent[-1].endswith("."):
                        sent[-1] += "."
                else:
                    sent.append(self.txt(it.s) if self.txt(it.s).rstrip().endswith((".", ":", "✓", "?"))
                                else self.txt(it.s) + ".")
            c = self.concl(s)
            if c:
                sent.append(c)
            out.append(" ".join(sent))
            out.append("")
        out.append(r.choice(["So ", "Therefore, ", "The answer: "]) + lower1(self.finish_sentence(ans)))
        return out

    def r_tutor(self, steps, ans):
        r = self.rng("open")
        out = [r.choice(["Great question! Let's work it out together. 😊", "Sure! Let's take this one piece at a time.",
                         "Happy to help! Here's how I'd think about it.", "Let's figure this out together!"]), ""]
        leads = ["First, ", "Next, ", "Now ", "Then ", "Last, "]
        praise = ["Nice! ", "Great — ", "Awesome, ", "Perfect. ", ""]
        for k, s in enumerate(steps, 1):
            if s.intro:
                lead = leads[0] if k == 1 else (leads[-1] if k == len(steps) else r.choice(leads[1:4]))
                it = self.txt(s.intro)
                out.append(it if it.startswith(SKIP) else lead + lower1(it))
            else:
                out.append("**%s**" % s.title)
            out += self.body(s)
            c = self.concl(s)
            if c:
                pr = r.choice(praise)
                out.append(pr + (lower1(c) if pr.endswith(("— ", ", ")) else c) if not c.startswith("So") else c)
            out.append("")
        out.append(r.choice(["So %s 🎉", "That means %s", "Final answer: %s ✅"]) % lower1(self.finish_sentence(ans)))
        return out
