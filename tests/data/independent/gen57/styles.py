"""Ten writing styles of grader/critique outputs.

Each style gets a Ctx and returns a list of (line, tag) pairs; tag is the
0-based step index on the line where the model writes its OWN primary
computation of that step (where a slip/carry fault can be placed)."""
from engine import hnum, mk_o, comp_str, fmt_num, with_unit, fin, expr_of, apply, dec_str

ORD = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"]
ordw = ["first", "second", "third", "fourth", "fifth", "sixth"]


class Out:
    def __init__(self):
        self.lines = []

    def add(self, t, tag=None):
        self.lines.append((t, tag))

    def blank(self):
        if self.lines and self.lines[-1][0] != "":
            self.lines.append(("", None))


def cap(s):
    return s[:1].upper() + s[1:]


def low(s):
    return s[:1].lower() + s[1:]


class Ctx:
    def __init__(self, prob, pid, style, o, form, tv, su, serr, mw, mu):
        self.prob, self.pid, self.style, self.o, self.form = prob, pid, style, o, form
        self.tv, self.su, self.serr, self.mw, self.mu = tv, su, serr, mw, mu
        self.k = len(prob.steps)
        self.s_ok = serr is None

    def ch(self, key, opts):
        return opts[hnum(self.pid, self.style, key) % len(opts)]

    def st(self, i):
        return self.prob.steps[i]

    def title(self, i):
        return self.prob.steps[i]["title"]

    def q(self, i):
        return self.prob.steps[i]["q"]

    def comp(self, i, who, unit=False, o=None):
        o = o or self.o
        if who == "t":
            return comp_str(self.prob, i, self.tv, self.tv[i], o, self.form, unit)
        if who == "s":
            return comp_str(self.prob, i, self.su, self.su[i], o, self.form, unit)
        return comp_str(self.prob, i, self.mu, self.mw[i], o, self.form, unit)

    def val(self, i, who, unit=True, o=None):
        o = o or self.o
        v = {"t": self.tv, "s": self.su, "m": self.mu, "mw": self.mw}[who][i]
        s = self.prob.steps[i]
        r = fmt_num(v, s["kind"], o)
        if s["op"] == "round" and s["kind"] == "$":
            r = fmt_num(v, "$", dict(o, cents=True))
        return with_unit(r, v, s["kind"], s["unit"], o) if unit else r

    def sfinal(self, unit=True, o=None):
        return self.val(self.k - 1, "s", unit, o)

    def mfinal(self, unit=True, o=None):
        return self.val(self.k - 1, "m", unit, o)

    def verb(self, i):
        return {"mul": "multiply", "add": "add", "sub": "subtract", "div": "divide", "divr": "divide",
                "round": "divide", "pct": "take the percentage", "fof": "take the fraction"}[self.st(i)["op"]]

    def consistent(self, steps):
        for j in steps:
            ov = [x[0] for x in self.prob.operands(j, self.mu)]
            if apply(self.st(j)["op"], ov) != self.mu[j] or self.mw[j] != self.mu[j]:
                return False
        return True

    def check_line(self, o=None):
        """inverse-operation check of the last step, only when it holds."""
        o = o or self.o
        i = self.k - 1
        s = self.st(i)
        if s["op"] not in ("add", "sub", "mul", "div") or len(s["args"]) != 2 or not self.consistent([i]):
            return None
        (a, ak), (b, bk) = self.prob.operands(i, self.mu)
        c = self.mu[i]
        def f(v, k):
            if k in ("lit", "pct"):
                return dec_str(v)
            return fmt_num(v, k, o)
        ck = s["kind"]
        if s["op"] == "sub":
            if b < 0:
                return None
            return "%s %s %s %s %s" % (f(c, ck), o["add"], f(b, bk), o["eq"], f(a, ak))
        if s["op"] == "add":
            if b < 0:
                return None
            return "%s %s %s %s %s" % (f(c, ck), o["sub"], f(b, bk), o["eq"], f(a, ak))
        if s["op"] == "mul":
            if b == 0:
                return None
            return "%s %s %s %s %s" % (f(c, ck), o["div"], f(b, bk), o["eq"], f(a, ak))
        if s["op"] == "div":
            return "%s %s %s %s %s" % (f(c, ck), o["mul"], f(b, bk), o["eq"], f(a, ak))

    def chain_line(self, o=None):
        """one-line chain for the last step when it uses one earlier step."""
        o = o or self.o
        i = self.k - 1
        s = self.st(i)
        if s["op"] not in ("add", "sub", "mul", "div") or len(s["args"]) != 2:
            return None
        refs = [j for j, a in enumerate(s["args"]) if isinstance(a, str) and a in self.prob.idx]
        if len(refs) != 1:
            return None
        pos = refs[0]
        j = self.prob.idx[s["args"][pos]]
        if self.st(j)["op"] not in ("add", "sub", "mul", "div"):
            return None
        if not self.consistent([j, i]):
            return None
        ej = expr_of(self.prob, j, self.mu, o, self.form)
        ov = self.prob.operands(i, self.mu)
        other = ov[1 - pos]
        ostr = fmt_num(other[0], other[1], o) if other[1] != "lit" else dec_str(other[0])
        if other[0] < 0:
            return None
        sym = {"add": o["add"], "sub": o["sub"], "mul": o["mul"], "div": o["div"]}[s["op"]]
        rj = fmt_num(self.mu[j], self.st(j)["kind"], o)
        if self.mu[j] < 0:
            rj = o["lp"] + rj + o["rp"]
        left = ["%s%s%s" % (o["lp"], ej, o["rp"]), ostr] if pos == 0 else [ostr, "%s%s%s" % (o["lp"], ej, o["rp"])]
        mid = [rj, ostr] if pos == 0 else [ostr, rj]
        res = fmt_num(self.mu[i], s["kind"], o)
        return "%s %s %s %s %s" % ((" %s " % sym).join(left), o["eq"], (" %s " % sym).join(mid), o["eq"], res)


# ====================================================================== styles
def after_err_note(c, i):
    return c.ch("aen%d" % i, [
        "the arithmetic is fine, but it builds on the wrong result from step %d." % (c.serr + 1),
        "correct arithmetic, but it uses the incorrect value from step %d." % (c.serr + 1),
        "this follows correctly from the previous (wrong) value, so the error carries forward.",
    ])


def s_gpt_md(c):
    """GPT-4o style markdown: headings, numbered bold labels, emoji marks."""
    L = Out()
    L.add(c.ch("open", ["Let's check the student's solution step by step.",
                        "Let's go through the student's work carefully.",
                        "I'll verify each step of the student's solution.",
                        "Let's evaluate the student's answer."]))
    L.blank()
    L.add(c.ch("h1", ["### Reviewing the Student's Work", "### Step-by-Step Check", "### Checking Each Step"]))
    L.blank()
    verify = c.s_ok and c.ch("vm", [True, False])
    for i in range(c.k):
        t = c.title(i)
        if verify:
            L.add("%d. **%s:** %s ✅" % (i + 1, t, c.comp(i, "m", True)), i)
        elif c.s_ok or i < c.serr:
            L.add("%d. **%s:** %s ✅" % (i + 1, t, c.comp(i, "s", True)))
        elif i == c.serr:
            L.add("%d. **%s:** The student wrote %s ❌. This is incorrect — %s." % (
                i + 1, t, c.comp(i, "s"), c.comp(i, "t")))
        else:
            L.add("%d. **%s:** %s — %s" % (i + 1, t, c.comp(i, "s"), after_err_note(c, i)))
    L.blank()
    if c.s_ok:
        L.add(c.ch("ok", ["Every calculation checks out, and the student answered the question that was asked.",
                          "All of the student's calculations are correct.",
                          "The setup and the arithmetic are both correct."]))
        L.blank()
        L.add("**Verdict: Correct ✅**")
        L.blank()
    else:
        L.add("Because of the mistake in step %d, the student's final answer of **%s** is **incorrect**." % (
            c.serr + 1, c.sfinal()))
        L.blank()
    if not verify:
        L.add(c.ch("h2", ["### Correct Solution", "### Correct Solution:", "### Corrected Solution"]))
        L.blank()
        for i in range(c.k):
            L.add("%d. **%s:**  %s" % (i + 1, c.title(i), c.comp(i, "m", True)), i)
        L.blank()
        ck = c.check_line()
        if ck and c.ch("ck", [True, False]):
            L.add("**Check:** %s ✓" % ck)
            L.blank()
    L.add(c.ch("fa", ["**Final Answer:** %s", "**Final answer: %s**", "The correct answer is **%s**."]) % c.mfinal())
    return L


def s_gpt_latex(c):
    """GPT-4o math style with \\( \\), display \\[ \\] blocks and a boxed answer."""
    L = Out()
    L.add(c.ch("open", ["To evaluate the student's solution, let's verify each calculation.",
                        "Let's check the student's work step by step.",
                        "We'll go through the student's solution one step at a time."]))
    L.blank()
    for i in range(c.k):
        L.add("**Step %d: %s**" % (i + 1, c.title(i)))
        L.blank()
        if c.s_ok or i < c.serr:
            L.add(c.ch("okl%d" % i, ["The student computed \\( %s \\). This is correct.",
                                     "The student wrote \\( %s \\), which is correct.",
                                     "\\( %s \\) — correct."]) % c.comp(i, "s"))
        elif i == c.serr:
            L.add("The student computed \\( %s \\), but this is incorrect. The correct value is \\( %s \\)." % (
                c.comp(i, "s"), c.comp(i, "t")))
        else:
            L.add("The student computed \\( %s \\). The arithmetic itself is correct, but it uses the incorrect value from Step %d." % (
                c.comp(i, "s"), c.serr + 1))
        L.blank()
    if c.s_ok:
        L.add("**Conclusion:** The student's solution is correct.")
    else:
        L.add("**Conclusion:** The student's final answer of \\( %s \\) is incorrect." % c.sfinal(False))
    L.blank()
    L.add("---")
    L.blank()
    L.add(c.ch("h2", ["### Correct Solution", "### Solution", "### Step-by-Step Solution"]))
    L.blank()
    disp = c.ch("disp", ["block", "inline", "block"])
    for i in range(c.k):
        if disp == "block":
            L.add("%d. **%s:**" % (i + 1, c.title(i)))
            L.add("   \\[")
            L.add("   %s" % c.comp(i, "m"), i)
            L.add("   \\]")
        else:
            L.add("%d. Find %s: \\( %s \\)" % (i + 1, c.q(i), c.comp(i, "m")), i)
    L.blank()
    L.add(c.ch("fa", ["Thus, the correct answer is:", "Therefore, the final answer is:"]))
    L.add("\\[")
    L.add("\\boxed{%s}" % c.mfinal(False))
    L.add("\\]")
    return L


def s_claude(c):
    """Claude-like prose review followed by a short worked solution."""
    L = Out()
    n = c.k
    if c.s_ok:
        L.add(c.ch("open", ["The student's answer is correct.",
                            "Looking at the student's work, everything checks out.",
                            "This solution is correct — nice work."]))
        L.blank()
        mode = c.ch("m", ["verify", "list"])
        if mode == "verify":
            L.add(c.ch("vi", ["Let me verify each calculation:", "Checking each calculation:", "Here's a check of each step:"]))
            L.blank()
            for i in range(n):
                L.add("- %s: %s ✓" % (c.title(i), c.comp(i, "m", True)), i)
            L.blank()
            L.add(c.ch("cl", ["The reasoning is sound and the arithmetic is right, so the final answer stands: **%s**.",
                              "So the final answer is **%s**, matching what the student found."]) % c.mfinal())
            return L
        L.add("The student set up the problem correctly and each calculation is right: %s." % (
            ", then ".join(c.comp(i, "s") for i in range(n))))
        L.blank()
    else:
        e = c.serr
        L.add(c.ch("open", ["The student's approach is right, but there's an arithmetic error in step %d." % (e + 1),
                            "The setup is correct, but the answer is wrong because of a calculation mistake.",
                            "Looking at the student's work, the method is fine but one calculation is off."]))
        L.blank()
        s1 = c.ch("err", ["The error is in the %s step: the student wrote %s, but %s." ,
                          "In step %s, the student wrote %s. That's incorrect — %s.",
                          "The mistake is in step %s, where the student has %s; actually %s."])
        key = ordw[e] if "%s step" in s1 else str(e + 1)
        L.add(s1 % (key, c.comp(e, "s"), c.comp(e, "t")))
        if e < n - 1:
            j = n - 1
            L.add(c.ch("carry", [
                "Everything after that point is computed correctly from the wrong value (for example, %s), so that one slip is what throws off the final answer of %s." % (c.comp(j, "s"), c.sfinal()),
                "Because that value feeds into the rest of the work, the student's final answer of %s is also wrong, even though the later arithmetic (%s) is done correctly." % (c.sfinal(), c.comp(j, "s")),
            ]))
        else:
            L.add("Since this is the last step, it directly gives the wrong final answer of %s." % c.sfinal())
        L.blank()
    L.add(c.ch("hs", ["Here's the corrected solution:", "Here's how I'd solve it:", "**Correct solution:**",
                      "Working it through:"]))
    L.blank()
    fmt = c.ch("fmt", ["sent", "bold"])
    for i in range(n):
        if fmt == "bold":
            L.add("**%s:** %s" % (c.title(i), c.comp(i, "m", True)), i)
        else:
            lead = ["First", "Next", "Then", "Finally"][0 if i == 0 else (3 if i == n - 1 else (1 if i % 2 else 2))]
            L.add(c.ch("sent%d" % i, ["%s, %s: %s.", "%s, find %s: %s.", "%s, work out %s: %s."]) % (
                lead, c.q(i), c.comp(i, "m", True)), i)
        if fmt == "bold" or i < n - 1:
            pass
    L.blank()
    ch = c.chain_line()
    if ch and c.ch("chain", [True, False, False]):
        L.add("Or in one line: %s." % ch)
        L.blank()
    L.add(c.ch("fa", ["**The answer is %s.**", "So the correct answer is **%s**.", "**Answer: %s**"]) % c.mfinal())
    return L


def s_qwen(c):
    """Qwen-like: bullets with check marks, bold section labels, boxed answer."""
    L = Out()
    L.add(c.ch("open", ["Let's analyze the student's solution step by step.",
                        "Let's carefully review the student's solution.",
                        "We need to verify each step of the student's work."]))
    L.blank()
    verify = c.s_ok and c.ch("vm", [True, False])
    L.add(c.ch("h1", ["**Step-by-step verification:**", "**Checking the student's steps:**", "**Verification:**"]))
    L.blank()
    for i in range(c.k):
        if verify:
            L.add("- Step %d: %s ✓" % (i + 1, c.comp(i, "m")), i)
        elif c.s_ok or i < c.serr:
            L.add("- Step %d: %s ✓" % (i + 1, c.comp(i, "s")))
        elif i == c.serr:
            L.add(c.ch("ex", ["- Step %d: %s ✗ (should be %s)", "- Step %d: %s ✗ — incorrect, it should be %s"]) % (
                i + 1, c.comp(i, "s"), c.val(i, "t", False)))
        else:
            L.add("- Step %d: %s (correct arithmetic, but it uses the wrong value from Step %d)" % (
                i + 1, c.comp(i, "s"), c.serr + 1))
    L.blank()
    if c.s_ok:
        L.add("**Conclusion:** The student's answer is correct.")
    else:
        L.add("**Conclusion:** The student's answer of %s is incorrect." % c.sfinal())
    L.blank()
    if not verify:
        L.add(c.ch("h2", ["**Correct solution:**", "**Correct Solution:**", "**Let's solve it correctly:**"]))
        L.blank()
        for i in range(c.k):
            lab = c.ch("ql%d" % i, [c.title(i), "Find " + c.q(i), "Calculate " + c.q(i)])
            L.add("%d. %s: %s" % (i + 1, lab, c.comp(i, "m", True)), i)
        L.blank()
    L.add(c.ch("fa", ["Therefore, the final answer is \\(\\boxed{%s}\\).", "The final answer is \\(\\boxed{%s}\\).",
                      "So the answer is \\(\\boxed{%s}\\)."]) % c.mfinal(False, dict(c.o, cur="\\$")))
    return L


def s_table(c):
    """Markdown tables for the review and for the corrected working."""
    L = Out()
    L.add(c.ch("open", ["Here is a step-by-step check of the student's work.", "**Step check**", "Grading the student's solution:"]))
    L.blank()
    L.add("| Step | Student's work | Check |")
    L.add("|---|---|---|")
    for i in range(c.k):
        if c.s_ok or i < c.serr:
            L.add("| %d | %s | ✓ Correct |" % (i + 1, c.comp(i, "s")))
        elif i == c.serr:
            L.add("| %d | %s | ✗ Wrong: should be %s |" % (i + 1, c.comp(i, "s"), c.val(i, "t", False)))
        else:
            L.add("| %d | %s | Arithmetic OK, but uses the wrong value from step %d |" % (i + 1, c.comp(i, "s"), c.serr + 1))
    L.blank()
    if c.s_ok:
        L.add("**Verdict:** Correct. Every step checks out.")
    else:
        L.add("**Verdict:** Incorrect. The student's final answer (%s) is wrong because of the error in step %d." % (
            c.sfinal(), c.serr + 1))
    L.blank()
    L.add(c.ch("h2", ["**Correct working**", "**Full solution**", "**Worked solution**"]))
    L.blank()
    L.add("| Step | Calculation | Result |")
    L.add("|---|---|---|")
    for i in range(c.k):
        L.add("| %s | %s | %s |" % (c.title(i), c.comp(i, "m"), c.val(i, "mw")), i)
    L.blank()
    ck = c.check_line()
    if ck and c.ch("ck", [True, False]):
        L.add("Check: %s ✓" % ck)
        L.blank()
    L.add(c.ch("fa", ["**Final answer: %s**", "Final answer: **%s**"]) % c.mfinal())
    return L


def s_terse(c):
    """RL-verifier style: terse labels, ASCII operators, no prose."""
    L = Out()
    j = c.ch("json", [False, False, True])
    if j:
        if c.s_ok:
            L.add('{"verdict": "correct", "first_error_step": null}')
        else:
            L.add('{"verdict": "incorrect", "first_error_step": %d}' % (c.serr + 1))
        L.blank()
    else:
        L.add(c.ch("v", ["Verdict: %s", "VERDICT: %s", "Result: %s"]) % (
            ("CORRECT ✓" if c.s_ok else "INCORRECT ✗")))
    if not c.s_ok:
        e = c.serr
        L.add(c.ch("err", ["Error at step %d: %s (correct: %s)", "Step %d is wrong: %s (it is %s)",
                           "First error: step %d, %s; should be %s"]) % (
            e + 1, c.comp(e, "s").replace(" = ", " ≠ ", 1) if c.ch("neq", [True, False]) else c.comp(e, "s") + " is wrong",
            c.val(e, "t", False)))
        L.add("Student final: %s" % c.sfinal(False))
    L.blank()
    L.add(c.ch("h", ["Recomputed:", "Solution:", "Correct computation:", "Work:"]))
    for i in range(c.k):
        L.add(c.comp(i, "m") + (" ✓" if c.s_ok and c.ch("tick", [True, False]) else ""), i)
    ck = c.check_line()
    if ck and c.ch("ck", [True, False]):
        L.add("check: %s" % ck)
    L.blank()
    L.add(c.ch("fa", ["Answer: %s", "Final: %s", "Correct answer: %s"]) % c.mfinal(False))
    return L


def s_tutor(c):
    """Chatty tutor speaking to the student, worded operators allowed."""
    L = Out()
    L.add(c.ch("open", ["Nice work showing your steps! 😊 Let's look at them together.",
                        "Great job writing out your work — that makes it easy to check!",
                        "Thanks for sharing your work! Let's go through it."]))
    L.blank()
    if c.s_ok:
        for i in range(c.k):
            L.add(c.ch("ok%d" % i, ["You found %s — that's right! ✅", "%s: yes, correct!",
                                    "Your step %s is spot on." % (i + 1) + " (%s)"]) % c.comp(i, "s"))
        L.blank()
        L.add("Your answer of %s is correct. 🎉" % c.sfinal())
        L.blank()
        L.add(c.ch("redo", ["Here's the same solution written out neatly:", "Let's write the full solution once more:"]))
    else:
        e = c.serr
        for i in range(e):
            L.add(c.ch("ok%d" % i, ["You found %s — that's right! ✅", "Step %d is correct: %s." % (i + 1, "%s")]) % c.comp(i, "s"))
        L.add(c.ch("bad", [
            "But in step %d you wrote %s. That's a small slip: %s is actually %s.",
            "Step %d is where things went off track: you wrote %s, but %s really comes out to %s.",
            "Careful in step %d! You have %s, which isn't right — %s gives %s.",
        ]) % (e + 1, c.comp(e, "s"), expr_of(c.prob, e, c.tv, c.o, c.form), c.val(e, "t")))
        if e < c.k - 1:
            L.add("Because of that, the steps after it are off too, so your answer of %s isn't correct." % c.sfinal())
        else:
            L.add("That last step gives the final answer, so %s isn't correct." % c.sfinal())
        L.blank()
        L.add(c.ch("redo", ["Let's redo it together:", "Here's how it should go:", "Let's fix it step by step:"]))
    L.blank()
    for i in range(c.k):
        L.add(c.ch("s%d" % i, ["- %s: %s" % (c.title(i), "%s"), "- Work out %s: %s" % (c.q(i), "%s"),
                               "- Step %d: %s" % (i + 1, "%s")]) % c.comp(i, "m", True), i)
    L.blank()
    L.add(c.ch("fa", ["So the answer is **%s**. Keep it up! 💪", "That gives **%s**. You've got this!",
                      "So the correct answer is **%s**."]) % c.mfinal())
    return L


def s_llama(c):
    """Llama 3 style: '## Step N:' headings and 'The final answer is: $\\boxed{}$'."""
    L = Out()
    n = 1
    for i in range(c.k):
        L.add("## Step %d: %s" % (n, c.ch("h%d" % i, ["Review the student's calculation of " + low(c.title(i)),
                                                       "Check the student's step %d" % (i + 1)])))
        n += 1
        if c.s_ok or i < c.serr:
            L.add("The student calculated %s as %s. This is correct." % (c.q(i), c.comp(i, "s")))
        elif i == c.serr:
            L.add("The student wrote %s, which is incorrect. The correct calculation is %s." % (
                c.comp(i, "s"), c.comp(i, "t")))
        else:
            L.add("The student wrote %s. The arithmetic is correct, but it uses the wrong result from step %d." % (
                c.comp(i, "s"), c.serr + 1))
        L.blank()
    L.add("## Step %d: %s" % (n, "Determine whether the student's answer is correct"))
    n += 1
    if c.s_ok:
        L.add("All of the student's steps are correct, so the student's answer of %s is correct." % c.sfinal())
    else:
        L.add("Because of the error, the student's answer of %s is incorrect." % c.sfinal())
    L.blank()
    for i in range(c.k):
        L.add("## Step %d: Calculate %s" % (n, c.q(i)))
        n += 1
        L.add(c.ch("l%d" % i, ["%s.", "We have %s.", "%s"]) % c.comp(i, "m", True), i)
        L.blank()
    L.add("The final answer is: $\\boxed{%s}$" % fin(c.mu[-1]))
    return L


def s_structured(c):
    """Gemma/Mistral-like evaluation with bold section labels, '*' bullets and a score."""
    L = Out()
    L.add("**Evaluation:** %s" % ("Correct ✅" if c.s_ok else "Incorrect ❌"))
    L.blank()
    L.add(c.ch("h1", ["**Explanation:**", "**Feedback:**", "**Analysis:**"]))
    L.blank()
    verify = c.s_ok and c.ch("vm", [True, False])
    for i in range(c.k):
        if verify:
            L.add("* %s: %s ✔" % (c.title(i), c.comp(i, "m", True)), i)
        elif c.s_ok or i < c.serr:
            L.add("* The student's %s step, %s, is correct." % (ordw[i], c.comp(i, "s")))
        elif i == c.serr:
            L.add(c.ch("e", ["* The mistake is in step %d: %s is not correct. It should be %s.",
                             "* Error in step %d: %s is wrong; the right result is %s."]) % (
                i + 1, c.comp(i, "s"), c.comp(i, "t")))
        else:
            L.add("* Step %d (%s) is done correctly, but it starts from the wrong value." % (i + 1, c.comp(i, "s")))
    L.blank()
    if not verify:
        L.add(c.ch("h2", ["**Correct Solution:**", "**Corrected Solution:**"]))
        L.blank()
        for i in range(c.k):
            L.add("* %s: %s" % (c.title(i), c.comp(i, "m", True)), i)
        L.blank()
    L.add("**Final Answer:** The final answer is %s." % c.mfinal())
    L.blank()
    L.add("**Score:** %s" % ("1/1" if c.s_ok else "0/1"))
    return L


def s_strike(c):
    """DeepSeek/Phi-like: strikethrough corrections, arrows, short lines."""
    L = Out()
    L.add(c.ch("h1", ["**Checking the student's work**", "### Review", "**Step check:**"]))
    L.blank()
    verify = c.s_ok and c.ch("vm", [True, False])
    for i in range(c.k):
        if verify:
            L.add("Step %d: %s ✔️" % (i + 1, c.comp(i, "m")), i)
        elif c.s_ok or i < c.serr:
            L.add("Step %d: %s ✔️" % (i + 1, c.comp(i, "s")))
        elif i == c.serr:
            L.add("Step %d: ~~%s~~ → %s  (arithmetic error)" % (i + 1, c.comp(i, "s"), c.comp(i, "t")))
        else:
            L.add("Step %d: %s — uses the wrong value, so it is off as well." % (i + 1, c.comp(i, "s")))
    L.blank()
    if c.s_ok:
        L.add("The student's final answer (%s) is correct." % c.sfinal())
    else:
        L.add("The student's final answer (%s) is incorrect." % c.sfinal())
    L.blank()
    if not verify:
        L.add(c.ch("h2", ["**Solution**", "### Solution", "**My solution:**"]) if c.s_ok else
              c.ch("h2", ["**Corrected solution**", "### Correct solution", "**My solution:**"]))
        L.blank()
        for i in range(c.k):
            L.add("%s  (%s)" % (c.comp(i, "m", True), low(c.title(i))), i)
        L.blank()
    L.add(c.ch("fa", ["**Answer:** %s", "**Answer: %s**", "Answer: **%s**"]) % c.mfinal())
    return L


STYLES = [
    ("gpt_markdown", s_gpt_md, dict()),
    ("gpt_latex", s_gpt_latex, dict(latex=True, mul="\\times", div="\\div", sub="-", neg="-", cur="\\$", sep="{,}",
                                    pct="\\%", approx="\\approx")),
    ("claude_prose", s_claude, dict()),
    ("qwen_bullets", s_qwen, dict(sub="-", neg="-")),
    ("md_table", s_table, dict()),
    ("terse_verifier", s_terse, dict(mul="*", div="/", sub="-", neg="-", sep="", sep4=False)),
    ("chatty_tutor", s_tutor, dict()),
    ("llama3_steps", s_llama, dict(mul="x", div="/", sub="-", neg="-")),
    ("structured_eval", s_structured, dict(mul="×", div="/", sub="-", neg="-")),
    ("strike_correct", s_strike, dict(mul="·", div="÷", sub="−")),
]

STYLE_SAMPLE = {}


def style_options(name, base, pid):
    """per-problem operator choices inside a style family."""
    h = lambda key, opts: opts[hnum(pid, name, key) % len(opts)]
    o = mk_o(**base)
    if name == "gpt_markdown":
        o["sep4"] = h("s4", [True, False])
    if name == "claude_prose":
        o["mul"] = h("m", ["×", "×", "*"])
        o["sub"] = h("s", ["−", "-"])
        o["neg"] = o["sub"]
    if name == "qwen_bullets":
        o["mul"] = h("m", ["×", "\\times", "×"])
        if o["mul"] == "\\times":
            o["mul"] = "×"
        o["cents"] = h("c", [True, False])
    if name == "terse_verifier":
        o["tight"] = h("t", [True, False])
        o["tighteq"] = h("te", [True, False])
        o["cents"] = h("c", [True, False])
    if name == "chatty_tutor":
        w = h("w", [0, 1, 2])
        if w == 1:
            o.update(mul="times", div="divided by", sub="minus", add="plus", eq="equals")
        elif w == 2:
            o.update(mul="x", sub="-", neg="-")
    if name == "llama3_steps":
        o["mul"] = h("m", ["x", "*", "×"])
        o["cents"] = h("c", [True, False])
    if name == "md_table":
        o["cents"] = h("c", [True, False])
    return o


def student_options(pid):
    h = lambda key, opts: opts[hnum(pid, "student", key) % len(opts)]
    o = mk_o(mul=h("m", ["x", "×", "*", "x"]), div=h("d", ["÷", "/"]), sub=h("s", ["-", "−"]), neg="-",
             cents=h("c", [True, False]), sep4=h("s4", [True, False]))
    o["tight"] = h("t", [False, False, True])
    o["tighteq"] = o["tight"]
    return o
