"""Solution styles.  Each renderer returns a list of (line, tag) pairs where
tag is the step index for the line that carries that step's computation."""
import re
from fractions import Fraction as F


def dec_places(v, maxdp=4):
    for d in range(maxdp + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def dec_str(v, dp=None, thousands=False):
    sign = "-" if v < 0 else ""
    v = abs(v)
    if dp is None:
        dp = dec_places(v)
        if dp is None:
            raise ValueError("non-terminating %r" % v)
    n = v * 10 ** dp
    if n.denominator != 1:
        raise ValueError("not representable %r at %d dp" % (v, dp))
    n = int(n)
    ip, fp = divmod(n, 10 ** dp)
    s = "{:,}".format(ip) if thousands else str(ip)
    if dp:
        s += "." + str(fp).zfill(dp)
    return sign + s


def final_str(v, kind):
    if kind == "$":
        return dec_str(v, 0) if v.denominator == 1 else dec_str(v, 2)
    return dec_str(v)


_dec = dec_str


WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
         8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}


class Fmt:
    def __init__(self, money="$", money_dp=2, thousands=False, pct="sym", frac="slash",
                 times=" × ", div=" ÷ ", minus=" − ", plus=" + ", latex_div=False,
                 paren_mult=False):
        self.money, self.money_dp, self.thousands = money, money_dp, thousands
        self.pct, self.frac = pct, frac
        self.sym = {"*": times, "/": div, "-": minus, "+": plus}
        self.latex_div, self.paren_mult = latex_div, paren_mult

    def v(self, val, kind):
        th = self.thousands
        if kind == "$":
            dp = self.money_dp
            if dp == "min":
                dp = None
            return self.money + _dec(val, dp, th)
        if kind == "%":
            p = _dec(val * 100)
            return {"sym": p + "%", "latex": p + "\\%", "dec": _dec(val),
                    "word": p + " percent"}[self.pct]
        if kind == "frac":
            n, d = val.numerator, val.denominator
            return {"slash": "%d/%d" % (n, d), "latex": "\\frac{%d}{%d}" % (n, d),
                    "paren": "(%d/%d)" % (n, d)}[self.frac]
        return _dec(val, None, th)

    def expr(self, st):
        parts = [self.v(*o) for o in st["operands"]]
        if self.latex_div and st["ops"] == ["/"]:
            return "\\frac{%s}{%s}" % (parts[0], parts[1])
        if self.paren_mult and set(st["ops"]) == {"*"}:
            out = parts[0]
            if st["operands"][0][1] == "frac" and not out.startswith("("):
                out = "(" + out + ")"
            for p in parts[1:]:
                out += p if p.startswith("(") else "(" + p + ")"
            return out
        out = parts[0]
        for op, p in zip(st["ops"], parts[1:]):
            out += self.sym[op] + p
        return out


def res(fm, st, shown):
    v = st["res"][0]
    if shown and st["idx"] in shown:
        v = shown[st["idx"]]
    return fm.v(v, st["res"][1])


def cap(s):
    return s[0].upper() + s[1:]


def final_of(p, steps):
    return final_str(*steps[-1]["res"])


def split_problem(text):
    sents = re.split(r"(?<=[.?!])\s+", text.strip())
    q = [s for s in sents if s.endswith("?")]
    g = [s for s in sents if not s.endswith("?")]
    return " ".join(g), " ".join(q) if q else sents[-1]


# ------------------------------------------------------------------ styles
def gemini_calc(p, steps, r, shown):
    fm = Fmt()
    L = [(r.choice(["Here's how to solve this problem step-by-step:",
                    "Here's a breakdown of how to solve this problem:",
                    "Let's break this problem down into steps:"]), None), ("", None)]
    res_lab = r.choice(["Result", "Answer for this step"])
    for i, st in enumerate(steps):
        L.append(("**%d. Find the %s**" % (i + 1, st["label"]), None))
        L.append(("", None))
        L.append(("* **Calculation:** %s = %s" % (fm.expr(st), res(fm, st, shown)), i))
        if r.random() < 0.5:
            L.append(("* **%s:** The %s is %s." % (res_lab, st["label"], res(fm, st, shown)), None))
        L.append(("", None))
    last = steps[-1]
    L.append(("**Final Answer:** The %s is %s." % (last["label"], res(fm, last, shown)), None))
    L.append(("", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def phi4_verbose(p, steps, r, shown):
    fm = Fmt()
    L = [(r.choice(["To solve this problem, we need to break it down into smaller steps and perform the calculations carefully.",
                    "Let's solve this problem step by step, making sure each calculation is clear.",
                    "To find the answer, we will work through the information given in the problem one piece at a time."]), None),
         ("", None)]
    n = len(steps)
    for i, st in enumerate(steps):
        if i == 0:
            conn = "First"
        elif i == n - 1:
            conn = "Finally"
        else:
            conn = r.choice(["Next", "Then", "After that", "Now"])
        verb = r.choice(["calculate", "determine", "find", "work out"])
        if r.random() < 0.5:
            L.append(("%s, we %s the %s:" % (conn, verb, st["label"]), None))
            L.append(("", None))
            L.append(("%s = %s" % (fm.expr(st), res(fm, st, shown)), i))
            L.append(("", None))
            L.append(("%s" % r.choice(["This gives us the %s." % st["label"],
                                       "So, the %s is %s." % (st["label"], res(fm, st, shown))]), None))
        else:
            L.append(("%s, we need to %s the %s. Performing the calculation, we have %s = %s." %
                      (conn, verb, st["label"], fm.expr(st), res(fm, st, shown)), i))
        L.append(("", None))
    last = steps[-1]
    L.append(("Therefore, the %s is %s." % (last["label"], res(fm, last, shown)), None))
    L.append(("", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def mistral_endash(p, steps, r, shown):
    fm = Fmt()
    L = []
    form = r.choice([0, 1])
    for i, st in enumerate(steps):
        if form == 0:
            L.append(("Step %d – %s: %s = %s" % (i + 1, cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
        else:
            L.append(("Step %d – %s = %s = %s" % (i + 1, cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
    last = steps[-1]
    L.append((r.choice(["Answer – ", "Result – "]) + res(fm, last, shown), None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def o_terse(p, steps, r, shown):
    sym = r.choice(["", "$"])
    fm = Fmt(money=sym, money_dp=2 if sym else "min", pct="dec", times="*", div="/",
             minus="-", plus="+")
    per = r.choice([1, 2, 2, 3])
    form = r.choice([0, 1])
    clauses = []
    for i, st in enumerate(steps):
        key = st["key"].replace("_", " ")
        if form == 0:
            c = "%s=%s=%s" % (key, fm.expr(st), res(fm, st, shown))
        else:
            c = "%s=%s (%s)" % (fm.expr(st), res(fm, st, shown), key)
        clauses.append((c, i))
    L = [(r.choice(["Compute.", "Quick calc:", "Work:"]), None)]
    for j in range(0, len(clauses), per):
        grp = clauses[j:j + per]
        L.append(("; ".join(c for c, _ in grp) + ".", tuple(t for _, t in grp)))
    L.append(("Ans " + res(fm, steps[-1], shown) + ".", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def textbook_gff(p, steps, r, shown):
    fm = Fmt()
    g, q = split_problem(p.text)
    L = [("Given: " + g, None), ("Find: " + q, None), ("", None), ("Solution:", None)]
    for i, st in enumerate(steps):
        L.append(("(%d) %s = %s = %s" % (i + 1, cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
    last = steps[-1]
    L.append(("", None))
    L.append(("Answer: the %s is %s." % (last["label"], res(fm, last, shown)), None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def internlm_because(p, steps, r, shown):
    fm = Fmt(times=" × ", div=" ÷ ", minus=" - ")
    L = [(r.choice(["Solution:", "Analysis and solution:", "Solve:"]), None)]
    form = r.choice([0, 1])
    for i, st in enumerate(steps):
        if form == 0:
            L.append(("∵ %s = %s" % (fm.expr(st), res(fm, st, shown)), i))
        else:
            L.append(("∵ %s = %s = %s," % (cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
        L.append(("∴ the %s is %s." % (st["label"], res(fm, st, shown)), None))
    L.append(("Answer: " + res(fm, steps[-1], shown) + ".", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def checklist_paren(p, steps, r, shown):
    fm = Fmt(pct="dec", frac="paren", paren_mult=True, div="/", minus=" - ")
    L = [(r.choice(["Checklist:", "Plan and work:", "To-do:"]), None),
         ("- [x] Read the problem and list the numbers", None)]
    for i, st in enumerate(steps):
        L.append(("- [x] %s: %s = %s" % (cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
    L.append(("- [x] State the answer: " + res(fm, steps[-1], shown), None))
    L.append(("", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def _word_operand(fm, o):
    v, k = o
    if k == "n" and v.denominator == 1 and 1 <= v <= 12:
        return WORDS[int(v)]
    return fm.v(v, k)


def words_small(p, steps, r, shown):
    fm = Fmt(pct="word")
    L = [(r.choice(["Okay, let's see.", "Alright, here's how I'd work it out.", "Let's figure this out."]), None), ("", None)]
    for i, st in enumerate(steps):
        ops, od = st["ops"], st["operands"]
        rs = res(fm, st, shown)
        if ops == ["*"] and len(od) == 2 and any(o[1] in ("%", "frac") for o in od):
            sp = [o for o in od if o[1] in ("%", "frac")][0]
            other = [o for o in od if o is not sp][0]
            e = "%s of %s is %s" % (fm.v(*sp), _word_operand(fm, other), rs)
        elif set(ops) == {"*"}:
            parts = [_word_operand(fm, o) for o in od]
            if len(parts) == 2 and r.random() < 0.5:
                e = "%s lots of %s is %s" % (parts[0], parts[1], rs)
            else:
                e = " times ".join(parts) + " is " + rs
        elif ops == ["/"]:
            e = "%s divided by %s is %s" % (_word_operand(fm, od[0]), _word_operand(fm, od[1]), rs)
        else:
            e = fm.expr(st) + " = " + rs
        e = e[0].upper() + e[1:] if e[0].isalpha() else e
        tail = r.choice([", so that's the %s." % st["label"], ". That's the %s." % st["label"],
                         " for the %s." % st["label"]])
        L.append((e + tail, i))
    L.append(("", None))
    L.append(("So the answer is %s." % res(fm, steps[-1], shown), None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def gemma_bullets(p, steps, r, shown):
    fm = Fmt(times=" * ", div=" / ", minus=" - ")
    L = [(r.choice(["Here's how to solve the problem:", "Here's how to figure it out:",
                    "Let's break it down:"]), None), ("", None)]
    for i, st in enumerate(steps):
        L.append(("* **%s:** %s = %s" % (cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
    L.append(("", None))
    L.append(("**Answer:** " + final_of(p, steps), None))
    return L


def because_after(p, steps, r, shown):
    fm = Fmt()
    L = []
    for i, st in enumerate(steps):
        rs = res(fm, st, shown)
        why = r.choice(["because", "since", "as"])
        if r.random() < 0.5:
            L.append(("The %s is %s (%s %s = %s)." % (st["label"], rs, why, fm.expr(st), rs), i))
        else:
            L.append(("We get %s for the %s, %s %s = %s." % (rs, st["label"], why, fm.expr(st), rs), i))
    L.append(("", None))
    L.append(("So the answer is %s." % res(fm, steps[-1], shown), None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def _check_line(fm, st):
    """A re-check of the last step: commuted order for + and *, inverse
    operation for - and /."""
    od, ops = st["operands"], st["ops"]
    rv, rk = st["res"]
    if set(ops) <= {"+"} or set(ops) <= {"*"}:
        sym = fm.sym[ops[0]]
        return sym.join(fm.v(*o) for o in reversed(od)) + " = " + fm.v(rv, rk)
    if ops == ["-"]:
        return "%s + %s = %s" % (fm.v(rv, rk), fm.v(*od[1]), fm.v(*od[0]))
    if ops == ["/"]:
        return "%s × %s = %s" % (fm.v(rv, rk), fm.v(*od[1]), fm.v(*od[0]))
    return None


def verify_recheck(p, steps, r, shown):
    fm = Fmt()
    L = []
    for i, st in enumerate(steps):
        L.append(("%d. %s: %s = %s" % (i + 1, cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
    L.append(("", None))
    ck = _check_line(fm, steps[-1])
    if ck:
        L.append((r.choice(["Let me double-check the last step: ", "Verification: ",
                            "Checking the final calculation another way: "]) + ck + " ✓", None))
        L.append((r.choice(["That matches, so the result is consistent.", "Good, this agrees."]), None))
        L.append(("", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def commandr_report(p, steps, r, shown):
    fm = Fmt(thousands=True)
    L = [("**Solution**", None), ("", None),
         (r.choice(["To determine the answer, we proceed as follows:",
                    "The problem can be solved in %d steps:" % len(steps)]), None), ("", None)]
    for i, st in enumerate(steps):
        L.append(("**Step %d: %s**" % (i + 1, cap(st["label"])), None))
        L.append(("%s = %s" % (fm.expr(st), res(fm, st, shown)), i))
        L.append(("", None))
    L.append(("**Conclusion**", None))
    L.append(("The %s is %s." % (steps[-1]["label"], res(fm, steps[-1], shown)), None))
    L.append(("", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def minerva_latex(p, steps, r, shown):
    fm = Fmt(money="\\$", pct=r.choice(["latex", "dec"]), frac="latex", times=r.choice(["\\cdot ", "\\times "]),
             div="\\div ", minus="-", plus="+", latex_div=True)
    L = []
    sent = []
    for i, st in enumerate(steps):
        e = "$%s=%s$" % (fm.expr(st), res(fm, st, shown))
        form = r.choice([0, 1, 2])
        if form == 0:
            t = "The %s is %s." % (st["label"], e)
        elif form == 1:
            t = "Then the %s is %s." % (st["label"], e)
        else:
            t = "We have that the %s is %s." % (st["label"], e)
        L.append((t, i))
    L.append(("Final Answer: The final answer is $%s$. I hope it is correct." % final_of(p, steps), None))
    return L


def vicuna_x(p, steps, r, shown):
    fm = Fmt(times=" x ", div=" / ", minus=" - ")
    L = [(r.choice(["Sure! Let's break it down step by step:", "Sure, I can help with that!",
                    "Great question! Here's how to solve it:"]), None), ("", None)]
    for i, st in enumerate(steps):
        L.append(("%d. %s: %s = %s" % (i + 1, cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
    L.append(("", None))
    L.append(("So, the %s is %s. I hope this helps!" % (steps[-1]["label"], res(fm, steps[-1], shown)), None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def hermes_xml(p, steps, r, shown):
    fm = Fmt()
    L = [("<reasoning>", None)]
    for i, st in enumerate(steps):
        if r.random() < 0.5:
            L.append(("%s: %s = %s." % (cap(st["label"]), fm.expr(st), res(fm, st, shown)), i))
        else:
            L.append(("The %s is %s = %s." % (st["label"], fm.expr(st), res(fm, st, shown)), i))
    L.append(("</reasoning>", None))
    L.append(("<answer>", None))
    L.append((final_of(p, steps), None))
    L.append(("</answer>", None))
    L.append(("#### " + final_of(p, steps), None))
    return L


def olmo_verbs(p, steps, r, shown):
    fm = Fmt()
    L = [(r.choice(["Let's think step by step.", "We can reason it out step by step."]), None)]
    n = len(steps)
    for i, st in enumerate(steps):
        verb = r.choice(["gives", "makes", "comes to"])
        if i == 0:
            conn = r.choice(["To start,", "First,"])
        elif i == n - 1:
            conn = r.choice(["In the end,", "Finally,"])
        else:
            conn = r.choice(["Then", "After that,", "Next,"])
        L.append(("%s %s %s %s, which is the %s." % (conn, fm.expr(st), verb, res(fm, st, shown), st["label"]), i))
    L.append(("The answer is %s." % res(fm, steps[-1], shown), None))
    L.append(("#### " + final_of(p, steps), None))
    return L


STYLES = {
    "gemini_calc": gemini_calc,
    "phi4_verbose": phi4_verbose,
    "mistral_endash": mistral_endash,
    "o_terse": o_terse,
    "textbook_gff": textbook_gff,
    "internlm_because": internlm_because,
    "checklist_paren": checklist_paren,
    "words_small": words_small,
    "gemma_bullets": gemma_bullets,
    "because_after": because_after,
    "verify_recheck": verify_recheck,
    "commandr_report": commandr_report,
    "minerva_latex": minerva_latex,
    "vicuna_x": vicuna_x,
    "hermes_xml": hermes_xml,
    "olmo_verbs": olmo_verbs,
}
STYLE_NAMES = sorted(STYLES)

