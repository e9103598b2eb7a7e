"""Solution styles for mcrgen indep9.  Each style renders a list of
(line_text, [step indices whose written result is on this line])."""
from fractions import Fraction as F

UNI = {(1, 2): "½", (1, 3): "⅓", (2, 3): "⅔", (1, 4): "¼", (3, 4): "¾",
       (1, 5): "⅕", (2, 5): "⅖", (3, 5): "⅗", (4, 5): "⅘", (1, 6): "⅙",
       (5, 6): "⅚", (1, 8): "⅛", (3, 8): "⅜", (5, 8): "⅝", (7, 8): "⅞"}


def dec_str(v, commas=False, min_dp=0):
    v = F(v)
    if v < 0:
        return "-" + dec_str(-v, commas, min_dp)
    for k in range(min_dp, 8):
        s = v * 10 ** k
        if s.denominator == 1:
            ip, fp = divmod(s.numerator, 10 ** k)
            ips = "{:,}".format(ip) if commas else str(ip)
            return ips if k == 0 else ips + "." + str(fp).zfill(k)
    raise ValueError("non-terminating %s" % v)



_dec = dec_str


class Fmt:
    def __init__(self, mul="×", div="÷", money="dollar", trim=False,
                 commas=True, pct="pct", frac="ascii"):
        self.ops = {"+": "+", "-": "-", "*": mul, "/": div}
        if money == "tex":
            self.ops["-"] = "-"
        self.money, self.trim, self.commas = money, trim, commas
        self.pct, self.frac = pct, frac

    def value(self, v, kind, role):
        v = F(v)
        if kind == "money":
            if self.trim and v.denominator == 1:
                s = _dec(v, self.commas)
            else:
                s = _dec(v, self.commas, 2)
            if self.money == "dollar":
                return "$" + s
            if self.money == "tex":
                return "\\$" + s
            if self.money == "words" and role == "result":
                return s + " dollars"
            return s
        if kind == "pct":
            if self.pct == "dec":
                return _dec(v)
            return _dec(v * 100) + ("\\%" if self.pct == "tex" else "%")
        if kind == "frac":
            if v.denominator == 1:
                return _dec(v)
            n, d = v.numerator, v.denominator
            if self.frac == "tex":
                return "\\frac{%d}{%d}" % (n, d)
            if self.frac == "uni" and (n, d) in UNI:
                return UNI[(n, d)]
            return "%d/%d" % (n, d)
        return _dec(v, self.commas)

    def is_bare_fraction(self, v, kind):
        v = F(v)
        if kind != "frac" or v.denominator == 1:
            return False
        if self.frac == "tex":
            return False
        if self.frac == "uni" and (v.numerator, v.denominator) in UNI:
            return False
        return True


SMALL = {"a", "an", "the", "of", "in", "on", "for", "per", "to", "and", "at", "by", "from", "with"}


def title(s):
    w = s.split()
    return " ".join(x if (i and x in SMALL) else x[:1].upper() + x[1:] for i, x in enumerate(w))


def cap(s):
    return s[:1].upper() + s[1:]


def U(st):
    return (" " + st["unit"]) if st["unit"] else ""


def comp(st):
    return "%s = %s" % (st["expr"], st["res"])


class Style:
    name = model = features = ""
    ending = "####"
    fmt = Fmt()

    def render(self, steps, final, ctx, rng):
        raise NotImplementedError


# 1 ----------------------------------------------------------------------
class WizardMath(Style):
    name = "wizardmath_step_answer_is"
    model = "WizardMath-7B/70B (Evol-Instruct math)"
    features = ("'Step n:' sentences, ASCII * and /, trimmed $ amounts, "
                "ends 'The answer is: N' (no ####)")
    ending = "The answer is: N"
    fmt = Fmt(mul="*", div="/", trim=True, commas=False)

    def render(self, steps, final, ctx, rng):
        two = rng.random() < 0.5
        verbs = ["Calculate", "Find", "Determine", "Compute"]
        out = []
        for st in steps:
            n = st["i"] + 1
            if two:
                out.append(("Step %d: %s the %s." % (n, rng.choice(verbs), st["label"]), []))
                out.append(("The %s is %s%s." % (st["label"], comp(st), U(st)), [st["i"]]))
                out.append(("", []))
            else:
                out.append(("Step %d: The %s is %s%s." % (n, st["label"], comp(st), U(st)), [st["i"]]))
        if out[-1][0]:
            out.append(("", []))
        if rng.random() < 0.5:
            last = steps[-1]
            out.append(("Therefore, the %s is %s%s." % (last["label"], last["res"], U(last)), []))
            out.append(("", []))
        out.append(("The answer is: %s" % final, []))
        return out


# 2 ----------------------------------------------------------------------
class MetaMath(Style):
    name = "metamath_we_know_therefore"
    model = "MetaMath-Mistral-7B / MetaMathQA-tuned models"
    features = ("one sentence per line: 'We know that ...', 'So ...', "
                "'Therefore, ...'; GSM8K-like '*' and '/' with $; ends '#### N'")
    fmt = Fmt(mul="*", div="/", trim=True, commas=False)

    def render(self, steps, final, ctx, rng):
        out = []
        mids = ["So the", "Then the", "We also know that the", "This means the", "Next, the"]
        for st in steps:
            if st["i"] == 0:
                lead = rng.choice(["We know that the", "First, the", "We know the"])
            elif st["i"] == len(steps) - 1:
                lead = rng.choice(["Therefore, the", "Thus, the", "Finally, the"])
            else:
                lead = rng.choice(mids)
            out.append(("%s %s is %s%s." % (lead, st["label"], comp(st), U(st)), [st["i"]]))
        out.append(("#### %s" % final, []))
        return out


# 3 ----------------------------------------------------------------------
class DeepSeekV3(Style):
    name = "deepseek_v3_rules_boxed"
    model = "DeepSeek-V3 (chat)"
    features = ("'### Step n:' headings separated by '---' rules, display "
                "math \\[ ... \\] with \\times/\\div, \\$ and \\text{} units, "
                "sometimes '\\text{Label} = ...'; ends with \\boxed{N} (no ####)")
    ending = "\\boxed{N}"
    fmt = Fmt(mul="\\times", div="\\div", money="tex", trim=False, commas=True,
              pct="tex", frac="tex")

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["To solve this problem, let's break it down step by step.",
                            "Let's solve the problem step by step.",
                            "We'll work through the problem one step at a time."]), []),
               ("", []), ("---", []), ("", [])]
        verbs = ["Calculate", "Find", "Determine", "Compute"]
        lab = rng.random() < 0.5
        for st in steps:
            out.append(("### Step %d: %s the %s" % (st["i"] + 1, rng.choice(verbs), title(st["label"])), []))
            out.append((rng.choice(["We compute:", "The calculation is:",
                                    "Using the given values:", "This gives:"]), []))
            out.append(("\\[", []))
            u = ("\\text{ %s}" % st["unit"]) if st["unit"] else ""
            pre = ("\\text{%s} = " % cap(st["label"])) if lab else ""
            out.append(("%s%s = %s%s" % (pre, st["expr"], st["res"], u), [st["i"]]))
            out.append(("\\]", []))
            out.append(("", []))
            out.append(("---", []))
            out.append(("", []))
        out.append((rng.choice(["**Final Answer:**", "### Final Answer", "**Answer:**"]), []))
        out.append(("\\[", []))
        out.append(("\\boxed{%s}" % final, []))
        out.append(("\\]", []))
        return out


# 4 ----------------------------------------------------------------------
class Granite(Style):
    name = "granite_lets_denote"
    model = "IBM Granite-3.x-Instruct"
    features = ("'Let's denote the ... as C.' then symbolic-then-numeric "
                "chains 'T = C + B = $5.00 + $3.50 = $8.50'; ends '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        syms, used = {}, set()
        for st in steps:
            words = [w for w in st["label"].split() if w not in
                     ("the", "of", "a", "an", "in", "for", "per", "on", "to", "each", "and", "at", "by", "from")]
            cands = [words[0][0].upper()]
            if len(words) > 1:
                cands.append(words[0][0].upper() + words[1][0].lower())
            cands += [c for c in "ABCDEFGHJKLMNPQRSTUVWYZ"]
            for c in cands:
                if c not in used and c not in ("X", "I", "O"):
                    syms[st["key"]] = c
                    used.add(c)
                    break
        out = [(rng.choice(["Let's denote the unknown quantities and solve step by step.",
                            "Let's solve this by naming each quantity.",
                            "Let's denote each intermediate quantity with a letter."]), []),
               ("", [])]
        for st in steps:
            s = syms[st["key"]]
            out.append(("Let's denote the %s as %s." % (st["label"], s), []))
            if any(a in syms for a in st["argkeys"]):
                parts = []
                for a, txt in zip(st["argkeys"], st["args"]):
                    parts.append(syms.get(a, txt))
                sym = (" %s " % self.fmt.ops[st["op"]]).join(parts)
                out.append(("%s = %s = %s%s" % (s, sym, comp(st), U(st)), [st["i"]]))
            else:
                out.append(("%s = %s%s" % (s, comp(st), U(st)), [st["i"]]))
            out.append(("", []))
        last = steps[-1]
        out.append(("So, the %s is %s%s." % (last["label"], last["res"], U(last)), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


# 5 ----------------------------------------------------------------------
class YiSolution(Style):
    name = "yi_solution_answer_units"
    model = "Yi-1.5-Chat / Baichuan2-Chat"
    features = ("'Solution:' header, numbered 'Label = a + b = c (unit)' "
                "lines with units in parentheses, 'Answer:' line, then '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [("Solution:", [])]
        for st in steps:
            u = (" (%s)" % st["unit"]) if st["unit"] else ""
            out.append(("%d. %s = %s%s" % (st["i"] + 1, cap(st["label"]), comp(st), u), [st["i"]]))
        last = steps[-1]
        out.append(("Answer: The %s is %s%s." % (last["label"], last["res"], U(last)), []))
        out.append(("#### %s" % final, []))
        return out


# 6 ----------------------------------------------------------------------
class OrcaMath(Style):
    name = "orca_math_label_equals"
    model = "Orca-Math-7B (Microsoft)"
    features = ("prose lead-ins then 'Label = a × b' and a second line "
                "'Label = c' (result on its own line) or joined; ends '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [("To find the %s, we need to work through the problem step by step." % steps[-1]["label"], []),
               ("", [])]
        split = rng.random() < 0.7
        for st in steps:
            if st["i"] == 0:
                lead = "First, let's calculate the %s:" % st["label"]
            elif st["i"] == len(steps) - 1:
                lead = rng.choice(["Finally, we find the %s:", "Now we can find the %s:"]) % st["label"]
            else:
                lead = rng.choice(["Next, we calculate the %s:", "Now, let's find the %s:",
                                   "Then we find the %s:"]) % st["label"]
            out.append((lead, []))
            out.append(("", []))
            L = cap(st["label"])
            if split:
                out.append(("%s = %s" % (L, st["expr"]), []))
                out.append(("%s = %s%s" % (L, st["res"], U(st)), [st["i"]]))
            else:
                out.append(("%s = %s%s" % (L, comp(st), U(st)), [st["i"]]))
            out.append(("", []))
        last = steps[-1]
        out.append(("Therefore, the %s is %s%s." % (last["label"], last["res"], U(last)), []))
        out.append(("#### %s" % final, []))
        return out


# 7 ----------------------------------------------------------------------
class HaikuLedger(Style):
    name = "claude3_haiku_dash_ledger"
    model = "Claude 3 Haiku (terse)"
    features = ("terse ledger lines 'Label — a × b = c' after an em dash, "
                "bold '**Answer: ...**', then '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["Here's the breakdown:", "Breaking it down:", "Working it out:"]), []),
               ("", [])]
        for st in steps:
            out.append(("%s — %s%s" % (cap(st["label"]), comp(st), U(st)), [st["i"]]))
        last = steps[-1]
        out.append(("", []))
        out.append(("**Answer: %s%s**" % (last["res"], U(last)), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


# 8 ----------------------------------------------------------------------
class GPT35And(Style):
    name = "gpt35_and_joined_prose"
    model = "GPT-3.5-turbo"
    features = ("prose where two computations share one sentence joined "
                "by 'and'; ASCII '*' and '/', trimmed $; ends '#### N'")
    fmt = Fmt(mul="*", div="/", trim=True, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["To solve this problem, we need to break it into parts.",
                            "Let's figure this out.",
                            "We can solve this in a few steps."]), []), ("", [])]
        i = 0
        n = len(steps)
        leads = ["First,", "Then", "Next,", "After that,"]
        k = 0
        while i < n:
            lead = leads[min(k, len(leads) - 1)] if i + 2 < n or i == 0 else "Finally,"
            a = steps[i]
            if i + 1 < n and rng.random() < 0.75:
                b = steps[i + 1]
                out.append(("%s the %s is %s%s and the %s is %s%s." % (
                    lead, a["label"], comp(a), U(a), b["label"], comp(b), U(b)), [a["i"], b["i"]]))
                i += 2
            else:
                out.append(("%s the %s is %s%s." % (lead, a["label"], comp(a), U(a)), [a["i"]]))
                i += 1
            out.append(("", []))
            k += 1
        last = steps[-1]
        out.append(("Therefore, the %s is %s%s." % (last["label"], last["res"], U(last)), []))
        out.append(("#### %s" % final, []))
        return out


# 9 ----------------------------------------------------------------------
class GPT4oMiniBold(Style):
    name = "gpt4o_mini_bold_results"
    model = "GPT-4o-mini"
    features = ("numbered '1. **Label**: a × b = **c**' with the result in "
                "bold, closing sentence with bold result, then '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["Let's break it down step by step:",
                            "Here's how to solve it:",
                            "Let's go through the calculations:"]), []), ("", [])]
        colon_in = rng.random() < 0.5
        for st in steps:
            lab = ("**%s:**" % cap(st["label"])) if colon_in else ("**%s**:" % cap(st["label"]))
            out.append(("%d. %s %s = **%s**%s" % (st["i"] + 1, lab, st["expr"], st["res"], U(st)), [st["i"]]))
        last = steps[-1]
        out.append(("", []))
        out.append(("So, the %s is **%s**%s." % (last["label"], last["res"], U(last)), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


# 10 ---------------------------------------------------------------------
class Claude37Headers(Style):
    name = "claude37_bold_header_blocks"
    model = "Claude 3.7 Sonnet"
    features = ("'I'll work through this step by step.'; each step a bold "
                "'**Label:**' line followed by a bare computation line; "
                "bold answer restatement; '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["I'll work through this step by step.",
                            "Let me solve this step by step.",
                            "I'll break this problem into steps."]), []), ("", [])]
        for st in steps:
            out.append(("**%s:**" % cap(st["label"]), []))
            out.append(("%s%s" % (comp(st), U(st)), [st["i"]]))
            out.append(("", []))
        last = steps[-1]
        out.append(("**%s: %s%s**" % (cap(last["label"]), last["res"], U(last)), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


# 11 ---------------------------------------------------------------------
class MistralLetsCalc(Style):
    name = "mistral_small_lets_calculate"
    model = "Mistral-Small-3 / Mixtral-Instruct"
    features = ("'Let's calculate the ...:' / 'Now, let's find ...:' lead-in, "
                "computation on its own line with units, trimmed $; '#### N'")
    fmt = Fmt(mul="×", div="/", trim=True, commas=True)

    def render(self, steps, final, ctx, rng):
        out = []
        for st in steps:
            if st["i"] == 0:
                lead = rng.choice(["Let's calculate the %s:", "First, let's calculate the %s:"])
            else:
                lead = rng.choice(["Now, let's find the %s:", "Next, we need the %s:",
                                   "Let's calculate the %s:", "Then, let's work out the %s:"])
            out.append((lead % st["label"], []))
            out.append(("%s%s" % (comp(st), U(st)), [st["i"]]))
            out.append(("", []))
        last = steps[-1]
        out.append(("So, the %s is %s%s." % (last["label"], last["res"], U(last)), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


# 12 ---------------------------------------------------------------------
class CodestralInline(Style):
    name = "codestral_backtick_inline"
    model = "Codestral / code-tuned assistants answering math"
    features = ("'- Label: `a * b = c`' with computations in inline code, no $ "
                "signs, percents as decimals; '**Result:**' line; '#### N'")
    fmt = Fmt(mul="*", div="/", money="plain", trim=False, commas=False, pct="dec")

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["Here's the calculation:", "Calculation:", "Computing it step by step:"]), []),
               ("", [])]
        for st in steps:
            out.append(("- %s: `%s`%s" % (cap(st["label"]), comp(st), U(st)), [st["i"]]))
        last = steps[-1]
        out.append(("", []))
        unit = " dollars" if last["kind"] == "money" else U(last)
        out.append(("**Result:** %s%s" % (last["res"], unit), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


# 13 ---------------------------------------------------------------------
class FalconDollars(Style):
    name = "falcon3_dollars_words"
    model = "Falcon3-Instruct"
    features = ("plain sentences, money written as '5.00 dollars' (no $), "
                "percents as decimals (0.15), ASCII '*'; '#### N'")
    fmt = Fmt(mul="*", div="/", money="words", trim=False, commas=False, pct="dec")

    def render(self, steps, final, ctx, rng):
        out = []
        for st in steps:
            if st["i"] == 0:
                lead = "First, the"
            elif st["i"] == len(steps) - 1:
                lead = "Finally, the"
            else:
                lead = rng.choice(["Then, the", "Next, the", "Now the"])
            out.append(("%s %s is %s%s." % (lead, st["label"], comp(st), U(st)), [st["i"]]))
        last = steps[-1]
        out.append(("Therefore, the answer is %s%s." % (last["res"], U(last)), []))
        out.append(("#### %s" % final, []))
        return out


# 14 ---------------------------------------------------------------------
class InternLM(Style):
    name = "internlm_paren_numbers_unicode"
    model = "InternLM2.5-Chat"
    features = ("'(1) Label: a × b = c' numbering, unicode vulgar fractions "
                "(¾), no thousands separators, trimmed $; '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=True, commas=False, frac="uni")

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["Let's analyze the problem step by step.",
                            "We analyze the problem as follows."]), [])]
        for st in steps:
            out.append(("(%d) %s: %s%s" % (st["i"] + 1, cap(st["label"]), comp(st), U(st)), [st["i"]]))
        last = steps[-1]
        out.append(("Therefore, the answer is %s%s." % (last["res"], U(last)), []))
        out.append(("#### %s" % final, []))
        return out


# 15 ---------------------------------------------------------------------
class NemotronChain(Style):
    name = "nemotron_bullet_equals_chain"
    model = "Llama-3.1-Nemotron-70B-Instruct"
    features = ("'**Step n: ...**' headers, bullet '* Label = a × b' with the "
                "result on a continuation bullet '* = **c**'; '#### N'")
    fmt = Fmt(mul="×", div="÷", trim=False, commas=True)

    def render(self, steps, final, ctx, rng):
        out = [(rng.choice(["Here's the step-by-step solution:",
                            "Let's solve this step by step."]), []), ("", [])]
        verbs = ["Calculate", "Find", "Determine"]
        for st in steps:
            out.append(("**Step %d: %s the %s**" % (st["i"] + 1, rng.choice(verbs), title(st["label"])), []))
            out.append(("* %s = %s" % (cap(st["label"]), st["expr"]), []))
            out.append(("* = **%s**%s" % (st["res"], U(st)), [st["i"]]))
            out.append(("", []))
        last = steps[-1]
        out.append(("**Answer:** %s%s" % (last["res"], U(last)), []))
        out.append(("", []))
        out.append(("#### %s" % final, []))
        return out


STYLES = [WizardMath(), MetaMath(), DeepSeekV3(), Granite(), YiSolution(),
          OrcaMath(), HaikuLedger(), GPT35And(), GPT4oMiniBold(),
          Claude37Headers(), MistralLetsCalc(), CodestralInline(),
          FalconDollars(), InternLM(), NemotronChain()]
