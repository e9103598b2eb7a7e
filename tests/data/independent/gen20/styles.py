"""Solution-writing styles (how different instruct models lay out a solution)."""
import re


def cap(s):
    return s[:1].upper() + s[1:]


_INL = re.compile(r"\$([^$]+)\$")


class Style:
    name = ""
    weight = 0
    desc = ""
    M = "\\cdot"
    inline = "$"
    sep = 1

    def m(self, s):
        return ("$%s$" % s) if self.inline == "$" else ("\\(%s\\)" % s)

    def conv(self, t):
        if self.inline == "$":
            return t
        return _INL.sub(lambda mo: "\\(%s\\)" % mo.group(1), t)

    def eq(self, p):
        sym, rel, e, v = p
        s = ("%s %s " % (sym, rel)) if sym else ""
        s += e
        if v:
            s += " = " + v
        return s

    def intro(self, r):
        return []

    def text(self, t):
        return [self.conv(t)]

    def step(self, i, n, say, p):
        raise NotImplementedError

    def verify_head(self):
        return []

    def outro(self, at, ap):
        raise NotImplementedError


class Qwen(Style):
    name = "qwen_boxed"
    weight = 12
    desc = "Qwen2.5-Math-Instruct: 'To ..., we ...' prose, one-line display math \\[ \\], ends 'Therefore, the final answer is $\\boxed{}$.'"

    def intro(self, r):
        return [r.choice(["To solve the problem, we will work through it step by step.",
                          "To find the answer, we break the problem into smaller steps.",
                          "To solve this problem, we need to carry out the following calculations."])]

    def step(self, i, n, say, p):
        return [cap(say) + ":", "\\[ %s \\]" % self.eq(p)], 1

    def outro(self, at, ap):
        return ["Therefore, the final answer is $\\boxed{%s}$." % at]


class DeepSeek(Style):
    name = "deepseek_math"
    weight = 10
    desc = "DeepSeek-Math: short sentence then $$ $$ display on its own line, ends 'The answer is $\\boxed{}$.'"

    def intro(self, r):
        return [r.choice(["Let's solve this step by step.", "We proceed step by step.",
                          "Let's break the problem down."])]

    def step(self, i, n, say, p):
        return [cap(say) + ".", "$$%s$$" % self.eq(p)], 1

    def outro(self, at, ap):
        return ["The answer is $\\boxed{%s}$." % at]


class GPT4o(Style):
    name = "gpt4o_markdown"
    weight = 12
    desc = "GPT-4o markdown: '### Step k:' headings, \\( \\) inline, multi-line \\[ ... \\] display, '### Final Answer' section."
    M = "\\times"
    inline = "("

    def intro(self, r):
        return [r.choice(["To solve this problem, let's go through it step by step.",
                          "Let's work through this problem carefully.",
                          "We can solve this in a few steps."])]

    def step(self, i, n, say, p):
        return ["### Step %d: %s" % (i, cap(say)), "", "\\[", self.eq(p), "\\]"], 3

    def outro(self, at, ap):
        return ["### Final Answer", "", "The answer is:", "\\[", "\\boxed{%s}" % at, "\\]"]


class Claude(Style):
    name = "claude_prose"
    weight = 10
    desc = "Claude prose: first-person paragraphs with inline $ $ math, \\times, ends 'So the answer is **X**.'"
    M = "\\times"

    def intro(self, r):
        return [r.choice(["Let me work through this carefully.", "I'll solve this step by step.",
                          "Let me set this up and compute."])]

    def step(self, i, n, say, p):
        if i == 1:
            c = "First, I'll"
        elif i == n:
            c = "Finally, I'll"
        else:
            c = ["Next, I'll", "Then I'll", "Now I'll"][i % 3]
        return ["%s %s: $%s$." % (c, say, self.eq(p))], 0

    def outro(self, at, ap):
        return ["So the answer is **%s**." % ap]


class Llama3(Style):
    name = "llama3_steps"
    weight = 10
    desc = "Llama 3 Instruct: '## Step k: ...' headers, inline $ $, ends 'The final answer is: $\\boxed{}$'"

    def step(self, i, n, say, p):
        return ["## Step %d: %s" % (i, cap(say)), "This gives $%s$." % self.eq(p)], 1

    def outro(self, at, ap):
        return ["The final answer is: $\\boxed{%s}$" % at]


class Numina(Style):
    name = "numina_cot"
    weight = 10
    desc = "NuminaMath CoT: numbered bold items, indented multi-line \\[ \\] display, \\( \\) inline, ends 'Thus, the answer is \\(\\boxed{}\\).'"
    inline = "("

    def intro(self, r):
        return [r.choice(["To solve the problem, we follow these steps:", "We proceed as follows:"])]

    def step(self, i, n, say, p):
        return ["%d. **%s:**" % (i, cap(say)), "   \\[", "   " + self.eq(p), "   \\]"], 2

    def outro(self, at, ap):
        return ["Thus, the answer is \\(\\boxed{%s}\\)." % at]


class Aligned(Style):
    name = "aligned_chain"
    weight = 8
    desc = "Aligned chains: each step in \\[\\begin{aligned} ... \\end{aligned}\\] with the result on its own '&= value' row."

    def intro(self, r):
        return [r.choice(["We compute step by step.", "Here is the computation."])]

    def step(self, i, n, say, p):
        sym, rel, e, v = p
        if sym and v:
            rows, idx = ["%s &%s %s \\\\" % (sym, rel, e), "&= %s" % v], 1
        elif sym:
            rows, idx = ["%s &%s %s" % (sym, rel, e)], 0
        elif v:
            rows, idx = ["%s &= %s" % (e, v)], 0
        else:
            rows, idx = [e.replace(" = ", " &= ", 1)], 0
        return [cap(say) + ":", "\\[\\begin{aligned}"] + rows + ["\\end{aligned}\\]"], 2 + idx

    def outro(self, at, ap):
        return ["Hence, the answer is $\\boxed{%s}$." % at]


class Minimal(Style):
    name = "minimal"
    weight = 7
    desc = "Minimal: bare $ $ equation lines with no step prose, no blank lines, ends '#### X'."
    sep = 0

    def step(self, i, n, say, p):
        return ["$%s$" % self.eq(p)], 0

    def outro(self, at, ap):
        return ["#### %s" % ap]


class Verify(Style):
    name = "verify_sub"
    weight = 8
    desc = "Solve then verify: bold step labels with \\( \\) math, a **Verification** section (substitution / inverse check), ends '**Answer:** \\(\\boxed{}\\)'."
    inline = "("

    def intro(self, r):
        return [r.choice(["We solve the problem and then check the result.",
                          "I'll solve it first and verify at the end."])]

    def step(self, i, n, say, p):
        return ["**%s.** \\(%s\\)" % (cap(say), self.eq(p))], 0

    def verify_head(self):
        return ["**Verification.**"]

    def outro(self, at, ap):
        return ["**Answer:** \\(\\boxed{%s}\\)" % at]


class Table(Style):
    name = "table_cases"
    weight = 6
    desc = "Table of cases: a markdown table | step | reasoning | computation | with $ $ math in cells, ends 'The answer is $\\boxed{}$.'"
    sep = 0
    M = "\\times"

    def intro(self, r):
        return [r.choice(["We organize the work in a table.", "The computation, case by case:"]), "",
                "| Step | Reasoning | Computation |", "|---|---|---|"]

    def text(self, t):
        return ["|  | %s |  |" % t]

    def step(self, i, n, say, p):
        return ["| %d | %s | $%s$ |" % (i, cap(say), self.eq(p))], 0

    def verify_head(self):
        return []

    def outro(self, at, ap):
        return ["", "The answer is $\\boxed{%s}$." % at]


class MetaMath(Style):
    name = "metamath_gsm"
    weight = 7
    desc = "MetaMath/GSM-style: 'To ..., we compute $...$.' sentences one per line, no blank lines, ends 'The answer is: X'."
    sep = 0

    def step(self, i, n, say, p):
        return ["To %s, we compute $%s$." % (say, self.eq(p))], 0

    def outro(self, at, ap):
        return ["The answer is: %s" % ap]


class Bullets(Style):
    name = "bullet_display"
    weight = 6
    desc = "Mistral/Phi-style bullets: '- Label: $$ eq $$' one line each, \\times, ends '**Final answer:** $\\boxed{}$'."
    M = "\\times"
    sep = 0

    def intro(self, r):
        return [r.choice(["Here is the solution.", "Solution:"])]

    def step(self, i, n, say, p):
        return ["- %s: $$ %s $$" % (cap(say), self.eq(p))], 0

    def outro(self, at, ap):
        return ["**Final answer:** $\\boxed{%s}$" % at]


STYLES = [Qwen(), DeepSeek(), GPT4o(), Claude(), Llama3(), Numina(), Aligned(), Minimal(),
          Verify(), Table(), MetaMath(), Bullets()]
