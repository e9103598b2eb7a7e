"""Renderers imitating instruct-model solution styles.

Every renderer takes (r, steps, meta) and returns (lines, idx) where idx[i] is the index of the
line holding step i's computation.  All random draws are made in an order that does not depend
on the numeric values, so re-rendering corrupted step values reproduces the same surface form."""
from core import dec, money_str, group, Q

WORD_FRAC = {(1, 2): "half", (1, 3): "one-third", (1, 4): "one-quarter", (2, 3): "two-thirds",
             (3, 4): "three-quarters", (2, 5): "two-fifths", (3, 5): "three-fifths", (1, 5): "one-fifth",
             (5, 8): "five-eighths", (3, 8): "three-eighths"}


def cfg(**kw):
    F = dict(latex=False, mul="×", div="÷", add="+", sub="-", dollar="$", dollar_ops=True, commas=True,
             latex_comma=False, units=True, pct_form="of", frac_form="of", cents=False, bold=False,
             label=False, worded=False)
    F.update(kw)
    return F


def numstr(x, F, money=False):
    s = money_str(x, F["cents"]) if money else dec(x)
    if F["commas"] and abs(x) >= 1000:
        s = group(s, "{,}" if (F["latex"] and F["latex_comma"]) else ",")
    return s


def disp(q, F, result=False):
    if q.kind == "money":
        s = numstr(q.v, F, True)
        if F["dollar"] and (result or F["dollar_ops"]):
            s = F["dollar"] + s
        return s
    if q.kind == "pct":
        return numstr(q.v, F) + ("\\%" if F["latex"] else "%")
    return numstr(q.v, F)


def singular(u):
    irregular = {"feet": "foot", "inches": "inch", "dozen": "dozen", "km": "km", "mL": "mL", "kg": "kg",
                 "km/h": "km/h", "square feet": "square foot", "square meters": "square meter",
                 "glasses": "glass", "bushes": "bush", "buses": "bus", "boxes": "box", "gaps": "gap"}
    if u in irregular:
        return irregular[u]
    return u[:-1] if u.endswith("s") else u


def unit_suffix(q, F):
    if q.kind == "money":
        if not F["dollar"] and F["units"]:
            return " \\text{ dollars}" if F["latex"] else " dollars"
        return ""
    if q.unit and F["units"]:
        u = q.unit if q.v != 1 else singular(q.unit)
        if F["latex"]:
            return " \\text{ %s}" % u
        return " " + u
    return ""


def lhs(st, F):
    A = [disp(a, F) for a in st.args]
    op = st.op
    if op == "add":
        return (" %s " % F["add"]).join(A)
    if op == "sub":
        return (" %s " % F["sub"]).join(A)
    if op == "mul":
        return (" %s " % F["mul"]).join(A)
    if op == "div":
        if F["div"] == "frac":
            return "\\frac{%s}{%s}" % (A[0], A[1])
        return "%s %s %s" % (A[0], F["div"], A[1])
    if op == "pct":
        p = dec(st.extra)
        b = A[0]
        pc = "\\%" if F["latex"] else "%"
        form = F["pct_form"]
        if form == "of":
            return ("%s%s \\text{ of } %s" if F["latex"] else "%s%s of %s") % (p, pc, b)
        if form == "dec":
            return "%s %s %s" % (b, F["mul"], dec(st.extra / 100))
        if form == "dec_first":
            return "%s %s %s" % (dec(st.extra / 100), F["mul"], b)
        if form == "frac100":
            if F["latex"]:
                return "%s %s \\frac{%s}{100}" % (b, F["mul"], p)
            return "%s %s %s/100" % (b, F["mul"], p)
        if form == "pct_times":
            return "%s%s %s %s" % (p, pc, F["mul"], b)
    if op == "frac":
        n, d = st.extra
        b = A[0]
        form = F["frac_form"]
        if F["worded"]:
            w = WORD_FRAC.get((n, d), "%d/%d" % (n, d))
            return "%s of %s" % (w, b)
        if form == "of":
            return "%d/%d of %s" % (n, d, b)
        if form == "times":
            return "%d/%d %s %s" % (n, d, F["mul"], b)
        if form == "times_after":
            return "%s %s %d/%d" % (b, F["mul"], n, d)
        if form == "latex":
            return "\\frac{%d}{%d} %s %s" % (n, d, F["mul"], b)
        if form == "div_mul":
            return "%s %s %d %s %d" % (b, F["div"], d, F["mul"], n)
    raise ValueError(op)


def rhs(st, F):
    q = st.result()
    s = disp(q, F, True) + unit_suffix(q, F)
    if F["bold"]:
        s = "**%s**" % s
    return s


def title_of(noun):
    t = noun
    for art in ("the ", "a "):
        if t.startswith(art):
            t = t[len(art):]
    return t[0].upper() + t[1:]


def capf(s):
    return s[0].upper() + s[1:]


def eqn(st, F, eq="="):
    s = "%s %s %s" % (lhs(st, F), eq, rhs(st, F))
    if F["label"]:
        s = "\\text{%s} = %s" % (title_of(st.noun), s)
    return s


def opphrase(st, F):
    A = [disp(a, F) for a in st.args]
    if st.op == "mul":
        return "multiply %s by %s" % (A[0], A[1]) if len(A) == 2 else "multiply %s, and %s" % (", ".join(A[:-1]), A[-1])
    if st.op == "add":
        return "add %s and %s" % (A[0], A[1]) if len(A) == 2 else "add %s, and %s" % (", ".join(A[:-1]), A[-1])
    if st.op == "sub":
        return "subtract %s from %s" % (" and ".join(A[1:]), A[0])
    if st.op == "div":
        return "divide %s by %s" % (A[0], A[1])
    if st.op == "pct":
        return "find %s%s of %s" % (dec(st.extra), "\\%" if F["latex"] else "%", A[0])
    if st.op == "frac":
        n, d = st.extra
        return "take %d/%d of %s" % (n, d, A[0])


def lc_first(s):
    w = s.split(" ", 1)[0]
    if w in ("The", "There", "It", "Each", "They", "She", "In"):
        return s[0].lower() + s[1:]
    return s


def trans(i, n, r_choice):
    if i == 0:
        return r_choice[0]
    if i == n - 1:
        return r_choice[2]
    return r_choice[1]


def ans_num(final, cents):
    if final.kind == "money":
        return money_str(final.v, cents) if final.v.denominator != 1 else dec(final.v)
    return dec(final.v)


def ans_plain(final, F):
    q = Q(final.v, final.kind, None)
    return disp(q, F, True)


# --------------------------------------------------------------------------- styles
def qwen_display(r, steps, meta):
    F = cfg(latex=True, mul="\\times", div=r.choice(["\\div", "frac", "\\div"]),
            dollar=r.choice(["\\$", "", "\\$"]), dollar_ops=r.random() < 0.6, commas=r.random() < 0.7,
            latex_comma=r.random() < 0.3, pct_form=r.choice(["dec", "frac100", "dec_first"]),
            frac_form="latex", label=r.random() < 0.35, cents=meta["cents"] and r.random() < 0.7)
    multiline = r.random() < 0.55
    intro = r.choice(["To determine {g}, we need to follow these steps:",
                      "To determine {g}, we need to break the problem down into smaller steps.",
                      "To find {g}, we will calculate each part step by step.",
                      "To solve for {g}, we proceed as follows:"]).format(g=meta["goal"])
    L = [intro, ""]
    idx = {}
    verbs = [r.choice(["Calculate", "Determine", "Find", "Compute"]) for _ in steps]
    for i, s in enumerate(steps):
        L.append("%d. **%s %s:**" % (i + 1, verbs[i], s.noun))
        e = eqn(s, F)
        if multiline:
            L += ["   \\[", "   " + e, "   \\]"]
            idx[i] = len(L) - 2
        else:
            L.append("   \\[ %s \\]" % e)
            idx[i] = len(L) - 1
        L.append("")
    a = ans_num(meta["final"], F["cents"])
    fk = meta["final"].kind
    box = r.choice([0, 1, 2])
    if fk == "money":
        A = ["\\(\\boxed{%s}\\) dollars" % a, "\\(\\boxed{\\$%s}\\)" % a, "\\(\\boxed{%s}\\) dollars" % a][box]
    elif fk == "pct":
        A = "\\(\\boxed{%s\\%%}\\)" % a
    else:
        A = "\\(\\boxed{%s}\\)" % a
    L.append(r.choice(["Therefore, ", "Thus, ", "So, "]) + lc_first(meta["answer"].format(A=A)))
    return L, idx


def qwen_inline(r, steps, meta):
    F = cfg(latex=True, mul=r.choice(["\\times", "\\times", "\\cdot"]), div=r.choice(["\\div", "frac"]),
            dollar=r.choice(["\\$", ""]), dollar_ops=r.random() < 0.5, commas=r.random() < 0.6,
            pct_form=r.choice(["dec", "frac100", "dec_first"]), frac_form="latex",
            cents=meta["cents"] and r.random() < 0.6)
    numbered = r.random() < 0.5
    intro = r.choice(["To find {g}, we can break the problem into a few steps.",
                      "Let's solve this step by step to find {g}.",
                      "To determine {g}, we need to perform the following calculations."]).format(g=meta["goal"])
    L = [intro, ""]
    idx = {}
    verbs = [r.choice(["Calculate", "Determine", "Find"]) for _ in steps]
    tw = [r.choice(["First", "To start"]), r.choice(["Next", "Then"]), r.choice(["Finally", "Lastly"])]
    n = len(steps)
    for i, s in enumerate(steps):
        e = eqn(s, F)
        if numbered:
            L.append("%d. %s %s: \\( %s \\)." % (i + 1, verbs[i], s.noun, e))
        else:
            L.append("%s, we %s %s: \\( %s \\)." % (trans(i, n, tw), verbs[i].lower(), s.noun, e))
        idx[i] = len(L) - 1
    L.append("")
    a = ans_num(meta["final"], F["cents"])
    fk = meta["final"].kind
    if fk == "money":
        A = "\\(\\boxed{%s}\\) dollars" % a
    elif fk == "pct":
        A = "\\(\\boxed{%s\\%%}\\)" % a
    else:
        A = "\\(\\boxed{%s}\\)" % a
    L.append(r.choice(["So, ", "Thus, ", "Hence, "]) + lc_first(meta["answer"].format(A=A)))
    return L, idx


def llama_steps(r, steps, meta):
    math = r.random() < 0.6
    if math:
        F = cfg(latex=True, mul=r.choice(["\\times", "*"]), div=r.choice(["/", "\\div"]), dollar="",
                dollar_ops=False, commas=r.random() < 0.4, pct_form=r.choice(["dec", "frac100"]),
                frac_form=r.choice(["latex", "times"]), units=r.random() < 0.5, cents=meta["cents"] and r.random() < 0.5)
    else:
        F = cfg(mul=r.choice(["*", "x", "×"]), div="/", commas=r.random() < 0.6, dollar_ops=r.random() < 0.6,
                pct_form=r.choice(["dec", "of", "frac100"]), frac_form=r.choice(["times", "of"]),
                cents=meta["cents"] and r.random() < 0.5)
    L = []
    idx = {}
    verbs = [r.choice(["Calculate", "Determine", "Find"]) for _ in steps]
    forms = [r.choice([0, 1, 2]) for _ in steps]
    for i, s in enumerate(steps):
        L.append("## Step %d: %s %s" % (i + 1, verbs[i], s.noun))
        e = eqn(s, F)
        e = "$%s$" % e if math else e
        f = forms[i]
        if f == 0:
            L.append("%s is %s." % (capf(s.noun), e))
        elif f == 1:
            L.append("To find %s, we %s: %s." % (s.noun, opphrase(s, F), e))
        else:
            L.append("So, %s = %s." % (s.noun, e))
        idx[i] = len(L) - 1
        L.append("")
    a = ans_num(meta["final"], False)
    L.append("The final answer is: $\\boxed{%s}$" % a)
    return L, idx


def gpt_bold(r, steps, meta):
    F = cfg(mul="×", div=r.choice(["÷", "/"]), sub=r.choice(["-", "−", "-"]), bold=r.random() < 0.75,
            commas=True, pct_form=r.choice(["of", "dec", "of"]), frac_form=r.choice(["of", "times"]),
            cents=meta["cents"] and r.random() < 0.8)
    hform = r.choice([0, 1, 2])
    intro = r.choice(["Let's break it down step by step.", "Let's solve this step by step:",
                      "Here's how to work it out:", "Sure! Let's go through it step by step."])
    L = [intro, ""]
    idx = {}
    labels = [r.random() < 0.4 for _ in steps]
    for i, s in enumerate(steps):
        t = title_of(s.noun)
        L.append(["### %d. %s" % (i + 1, t), "**Step %d: %s**" % (i + 1, t), "**%d. %s**" % (i + 1, t)][hform])
        e = eqn(s, F)
        L.append("- %s: %s" % (t, e) if labels[i] else "- " + e)
        idx[i] = len(L) - 1
        L.append("")
    A = ans_plain(meta["final"], F)
    fin = r.choice([0, 1, 2])
    sent = meta["answer"].format(A=A)
    if fin == 0:
        L += ["### ✅ Final Answer:", "**%s**" % sent]
    elif fin == 1:
        L += ["**Answer:** " + sent]
    else:
        L += ["So, " + lc_first(meta["answer"].format(A="**%s**" % A))]
    return L, idx


def gpt_latex(r, steps, meta):
    F = cfg(latex=True, mul="\\times", div=r.choice(["\\div", "frac"]), dollar=r.choice(["\\$", ""]),
            dollar_ops=r.random() < 0.7, commas=r.random() < 0.8, latex_comma=r.random() < 0.2,
            pct_form=r.choice(["dec", "frac100"]), frac_form="latex", label=r.random() < 0.5,
            cents=meta["cents"] and r.random() < 0.8)
    rules = r.random() < 0.6
    multiline = r.random() < 0.7
    intro = r.choice(["We need to find {g}.", "Let's find {g} step by step.",
                      "To find {g}, let's go step by step."]).format(g=meta["goal"])
    L = [intro, ""]
    idx = {}
    for i, s in enumerate(steps):
        if rules:
            L += ["---", ""]
        L.append("### Step %d: %s" % (i + 1, title_of(s.noun)))
        e = eqn(s, F)
        if multiline:
            L += ["\\[", e, "\\]"]
            idx[i] = len(L) - 2
        else:
            L.append("\\[ %s \\]" % e)
            idx[i] = len(L) - 1
        L.append("")
    if rules:
        L += ["---", ""]
    a = ans_num(meta["final"], F["cents"])
    fk = meta["final"].kind
    inner = ("\\$" + a) if fk == "money" and r.random() < 0.5 else (a + "\\%" if fk == "pct" else a)
    fin = r.choice([0, 1])
    if fin == 0:
        L += ["### ✅ Final Answer:", "\\[", "\\boxed{%s}" % inner, "\\]"]
    else:
        L += ["**Final Answer:** \\( \\boxed{%s} \\)" % inner]
    return L, idx


def mistral_numbered(r, steps, meta):
    F = cfg(mul=r.choice(["*", "×", "x"]), div=r.choice(["/", "÷"]), commas=r.random() < 0.5,
            dollar_ops=r.random() < 0.7, pct_form=r.choice(["dec", "of", "dec_first"]),
            frac_form=r.choice(["of", "times", "times_after"]), cents=meta["cents"] and r.random() < 0.5)
    intro = r.choice(["To solve this problem, we need to follow these steps:", "Let's break down the problem:",
                      "Here's the solution:", "To find {g}, let's work through it step by step:"]).format(g=meta["goal"])
    L = [intro, ""]
    idx = {}
    forms = [r.choice([0, 1]) for _ in steps]
    tw = ["First", r.choice(["Next", "Then"]), r.choice(["Finally", "Now"])]
    n = len(steps)
    for i, s in enumerate(steps):
        e = eqn(s, F)
        if forms[i] == 0:
            L.append("%d. %s is %s." % (i + 1, capf(s.noun), e))
        else:
            L.append("%d. %s, calculate %s: %s" % (i + 1, trans(i, n, tw), s.noun, e))
        idx[i] = len(L) - 1
    L.append("")
    A = ans_plain(meta["final"], F)
    fin = r.choice([0, 1, 2])
    if fin == 0:
        L.append("So, " + lc_first(meta["answer"].format(A=A)))
    elif fin == 1:
        L.append("Therefore, " + lc_first(meta["answer"].format(A=A)) + " The answer is " + ans_num(meta["final"], False) + ".")
    else:
        L.append(meta["answer"].format(A=A))
    return L, idx


def gemma_solution(r, steps, meta):
    F = cfg(mul=r.choice(["x", "*", "×"]), div=r.choice(["/", "÷"]), commas=r.random() < 0.7,
            pct_form=r.choice(["of", "dec", "dec_first"]), frac_form=r.choice(["of", "times", "div_mul"]),
            cents=meta["cents"] and r.random() < 0.7)
    if F["frac_form"] == "div_mul" and F["div"] == "frac":
        F["frac_form"] = "of"
    head = r.choice([0, 1, 2])
    L = [["**Solution:**", "Here's how to solve the problem:", "Here's how to solve this problem step-by-step:"][head], ""]
    idx = {}
    layout = r.choice([0, 1])
    for i, s in enumerate(steps):
        t = title_of(s.noun)
        e = eqn(s, F)
        if layout == 0:
            L.append("* **%s:** %s" % (t, e))
            idx[i] = len(L) - 1
        else:
            L.append("**%d. %s**" % (i + 1, t))
            L.append("   * %s" % e)
            idx[i] = len(L) - 1
            L.append("")
    if layout == 0:
        L.append("")
    A = ans_plain(meta["final"], F)
    fin = r.choice([0, 1])
    if fin == 0:
        L.append("**Answer:** " + meta["answer"].format(A=A))
    else:
        L.append("**Therefore, " + lc_first(meta["answer"].format(A=A)) + "**")
    return L, idx


def phi_verbose(r, steps, meta):
    F = cfg(mul=r.choice(["x", "×", "*"]), div=r.choice(["/", "÷"]), commas=r.random() < 0.7,
            dollar_ops=r.random() < 0.7, pct_form=r.choice(["dec", "of", "frac100"]),
            frac_form=r.choice(["times", "of"]), cents=meta["cents"] and r.random() < 0.5)
    intro = r.choice(["To solve this problem, we need to carefully work through each piece of information given in the question and determine {g}.",
                      "In order to determine {g}, we need to break the problem down into several smaller calculations and then combine the results.",
                      "This problem asks us to find {g}. Let's go through the information step by step so that we do not miss anything."]).format(g=meta["goal"])
    L = [intro, ""]
    idx = {}
    n = len(steps)
    tw = [r.choice(["First,", "To begin,"]), r.choice(["Next,", "After that,", "Then,"]), r.choice(["Finally,", "Lastly,"])]
    forms = [r.choice([0, 1, 2]) for _ in steps]
    for i, s in enumerate(steps):
        e = eqn(s, F)
        f = forms[i]
        if f == 0:
            L.append("%s we need to find %s. To do this, we %s, which gives us %s." % (trans(i, n, tw), s.noun, opphrase(s, F), e))
        elif f == 1:
            L.append("%s we calculate %s. We %s: %s. This tells us %s." % (trans(i, n, tw), s.noun, opphrase(s, F), e,
                                                                            "the value we need for the next step" if i < n - 1 else "the final result"))
        else:
            L.append("%s let's determine %s. Using the numbers we have, %s." % (trans(i, n, tw), s.noun, e))
        idx[i] = len(L) - 1
        L.append("")
    A = ans_plain(meta["final"], F)
    L.append("Therefore, " + lc_first(meta["answer"].format(A=A)) + " The answer is " + ans_num(meta["final"], False) + ".")
    return L, idx


def plain_so(r, steps, meta):
    F = cfg(mul=r.choice(["*", "x", "×"]), div="/", commas=r.random() < 0.3, dollar_ops=r.random() < 0.4,
            pct_form=r.choice(["dec", "frac100", "dec_first"]), frac_form=r.choice(["times", "times_after"]),
            units=r.random() < 0.6, cents=False)
    L = []
    idx = {}
    forms = [r.choice([0, 1, 2]) for _ in steps]
    for i, s in enumerate(steps):
        e = eqn(s, F)
        f = forms[i]
        if f == 0:
            L.append("%s is %s." % (capf(s.noun), e))
        elif f == 1:
            L.append("So %s is %s." % (s.noun, e))
        else:
            L.append("%s: %s" % (capf(s.noun), e))
        idx[i] = len(L) - 1
    if r.random() < 0.5:
        L.append("The answer is %s." % ans_num(meta["final"], False))
    return L, idx


def worded(r, steps, meta):
    F = cfg(mul=r.choice(["times", "multiplied by"]), div="divided by", add="plus", sub="minus", worded=True,
            commas=r.random() < 0.7, pct_form="of", cents=meta["cents"] and r.random() < 0.5)
    L = []
    if r.random() < 0.5:
        L += ["Let's think step by step.", ""]
    idx = {}
    n = len(steps)
    tw = [r.choice(["First", "To start"]), r.choice(["Next", "Then", "After that"]), r.choice(["Finally", "Last"])]
    forms = [r.choice([0, 1, 2]) for _ in steps]
    eqw = [r.choice(["is", "equals", "gives", "makes"]) for _ in steps]
    for i, s in enumerate(steps):
        f = forms[i]
        if f == 0:
            L.append("%s, %s is %s, which is %s." % (trans(i, n, tw), s.noun, lhs(s, F), rhs(s, F)))
        elif f == 1:
            L.append("%s, %s %s %s, so that's %s." % (trans(i, n, tw), lhs(s, F), eqw[i], rhs(s, F), s.noun))
        else:
            L.append("%s, for %s: %s %s %s." % (trans(i, n, tw), s.noun, lhs(s, F), eqw[i], rhs(s, F)))
        idx[i] = len(L) - 1
    A = ans_plain(meta["final"], F)
    L.append(r.choice(["So ", "That means ", "So in the end, "]) + lc_first(meta["answer"].format(A=A)))
    return L, idx


def phi_steps(r, steps, meta):
    F = cfg(mul=r.choice(["*", "x", "×"]), div="/", commas=r.random() < 0.5, dollar_ops=r.random() < 0.8,
            pct_form=r.choice(["dec", "of", "pct_times"]), frac_form=r.choice(["times", "of"]),
            cents=meta["cents"] and r.random() < 0.6)
    L = []
    idx = {}
    verbs = [r.choice(["Calculate", "Find", "Determine", "Figure out"]) for _ in steps]
    with_name = r.random() < 0.5
    for i, s in enumerate(steps):
        L.append("Step %d: %s %s." % (i + 1, verbs[i], s.noun))
        e = eqn(s, F)
        L.append("%s = %s" % (title_of(s.noun), e) if with_name else e)
        idx[i] = len(L) - 1
        L.append("")
    A = ans_plain(meta["final"], F)
    fin = r.choice([0, 1])
    if fin == 0:
        L.append("Answer: " + meta["answer"].format(A=A))
    else:
        L.append("Final answer: " + ans_num(meta["final"], False))
    return L, idx


STYLES = {
    "qwen_display": qwen_display,
    "qwen_inline": qwen_inline,
    "llama_steps": llama_steps,
    "gpt_bold": gpt_bold,
    "gpt_latex": gpt_latex,
    "mistral_numbered": mistral_numbered,
    "gemma_solution": gemma_solution,
    "phi_verbose": phi_verbose,
    "plain_so": plain_so,
    "worded": worded,
    "phi_steps": phi_steps,
}
