"""Eleven writing styles imitating families of real model outputs."""
from fractions import Fraction as F

from engine import (NotExact, Op, Lf, n, fmt_val, rx, reduce_once, canon, _has_money)

STYLES = ["gpt_md", "claude_bold", "prose", "qwen_latex", "table", "terse",
          "tutor", "memo", "llama_steps", "numbered", "worded"]

PLAIN = {"commas": True, "ops": "times", "neg": "-"}


def cap(s):
    return s[:1].upper() + s[1:]


def fmt_plain(v, rk, unit=None):
    if rk == "%":
        s = fmt_val(F(v) * 100, "%", PLAIN)
    else:
        s = fmt_val(v, rk, PLAIN)
    if unit:
        s += " " + unit
    return s


# ----------------------------------------------------------------------------- equation text

def eq_parts(st, nota, style):
    """Return (equation_text, result_text) for a step, using the displayed (maybe wrong) value."""
    latex = nota.get("latex")
    approx_sym = "\\approx" if latex else nota.get("approx", "≈")
    eqsym = nota.get("eq", "=")
    expr = st.expr
    pform = st.pct
    if st.rk == "%" and style in ("table", "worded") and pform == "dec":
        pform = "direct"
    if st.rk == "%" and pform == "x100":
        base = expr
        if isinstance(base, Op):
            base = Op(base.op, base.a, base.b, paren=True)
        expr = Op("*", base, n(100))
    parts = [rx(expr, nota)]
    if st.chain and expr.depth() >= 2:
        try:
            red = reduce_once(expr)
            if isinstance(red, Op):
                parts.append(rx(red, nota))
        except NotExact:
            pass
    sym = approx_sym if st.approx else eqsym
    if st.rk == "%":
        res = fmt_val(st.shown, "%", nota, st.dec if st.approx else None)
        if pform == "dec":
            dv = st.shown / 100
            parts.append(fmt_val(dv, "n", nota))
    else:
        res = fmt_val(st.shown, st.rk, nota, st.dec if st.approx else None)
    if st.rem:
        a, b = int(st.expr.a.value()), int(st.expr.b.value())
        q, r = divmod(a, b)
        res = "%d %s %d" % (q, nota.get("remword", "R"), r)
        sym = eqsym
    text = (" %s " % eqsym).join(parts) + " %s %s" % (sym, res)
    return text, res


def EQ(o, st, nota, style):
    eq, res = eq_parts(st, nota, style)
    o.res[st.idx] = res
    if not st.rem:
        o.right[st.idx] = fmt_val(st.right_disp, st.rk, nota, st.dec if st.approx else None)
    return eq, res


def post_text(st, nota, rng, unit):
    if not st.post:
        return ""
    kind = st.post[0]
    N = fmt_val(st.ret, "n", PLAIN)
    u = unit or ""
    if kind == "ceil":
        if not st.approx and not st.rem and st.shown.denominator == 1:
            return rng.choice([", so no rounding is needed", " (it divides evenly, no rounding needed)",
                               " exactly"])
        return rng.choice([", so round up to %s %s" % (N, u),
                           ", which rounds up to %s %s" % (N, u),
                           " → round up to %s %s" % (N, u)])
    else:
        if not st.approx and not st.rem and st.shown.denominator == 1:
            return " exactly"
        return rng.choice([", so round down to %s full %s" % (N, u),
                           " → round down to %s full %s" % (N, u)])


def unit_s(st):
    return (" " + st.unit) if st.unit and st.rk != "%" and not st.rem else ""


def res_with_unit(st, nota=PLAIN):
    if st.post:
        return fmt_val(st.ret, "n", nota) + ((" " + st.unit) if st.unit else "")
    if st.rk == "%":
        return fmt_val(st.shown, "%", nota, st.dec if st.approx else None)
    return fmt_val(st.shown, st.rk, nota, st.dec if st.approx else None) + unit_s(st)


def check_text(expr, nota, label):
    v = expr.value()
    rk = "$" if _has_money(expr) else "n"
    return "%s = %s" % (rx(expr, nota), fmt_val(v, rk, nota)), label


def answer_value(sol):
    if sol.final_rk == "%":
        return fmt_val(sol.final_v * 100, "%", PLAIN)
    return fmt_val(sol.final_v, sol.final_rk, PLAIN)


def final_canon(sol):
    return canon(sol.final_v * 100 if sol.final_rk == "%" else sol.final_v)


VERBS = ["Calculate", "Find", "Determine", "Work out", "Compute"]


def title_for(st, rng):
    return "%s the %s" % (rng.choice(VERBS), st.desc)


# ----------------------------------------------------------------------------- renderer

class Out:
    def __init__(self):
        self.lines = []
        self.where = {}
        self.res = {}
        self.right = {}

    def add(self, line, step=None):
        if step is not None:
            self.where[step] = len(self.lines)
        self.lines.append(line)


def render(style, sol, meta, rng):
    fn = globals()["r_" + style]
    o = Out()
    fn(o, sol, meta, rng)
    return o


def ans_sentence(sol, meta):
    return meta["ans"].format(A=answer_value(sol))


def r_gpt_md(o, sol, meta, rng):
    nota = {"latex": True, "lcommas": rng.random() < 0.5, "commas": True, "ops": "latex",
            "frac": rng.random() < 0.4, "units": rng.random() < 0.3, "neg": "-",
            "lr": rng.random() < 0.3, "of": rng.choice(["pre", "after"]), "pct_dec": rng.random() < 0.5}
    o.add(rng.choice(["To find %s, let's break the problem into clear steps." % meta["goal"],
                      "We need to determine %s. Let's go step by step." % meta["goal"],
                      "Let's solve this step by step to find %s." % meta["goal"]]))
    o.add("")
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            o.add("### Step %d: %s" % (k, title_for(st, rng)))
            o.add("")
            if st.why:
                o.add(st.why)
                o.add("")
            eq, res = EQ(o, st, nota, "gpt_md")
            u = ""
            if st.unit and st.rk != "%" and not st.rem and rng.random() < 0.5:
                u = " \\text{ %s}" % st.unit
            o.add("\\[")
            o.add(eq + u, step=st.idx)
            o.add("\\]")
            o.add("")
            if st.post:
                p = post_text(st, PLAIN, rng, st.unit)
                o.add(rng.choice(["Since we can't use a fraction here", "We can only count whole units"]) + p.replace(" → ", ", ") + ".")
                o.add("")
            elif rng.random() < 0.45:
                o.add("So, the %s is **%s**." % (st.desc, res_with_unit(st)))
                o.add("")
        elif it[0] == "note":
            o.add(it[1])
            o.add("")
        elif it[0] == "check":
            t, lab = check_text(it[1], nota, it[2])
            o.add("**Check:** \\(%s\\) ✓" % t)
            o.add("")
    o.add("---")
    o.add("")
    o.add("### Final Answer")
    o.add("")
    o.add(cap(ans_sentence(sol, meta)).replace(answer_value(sol), "**%s**" % answer_value(sol), 1) + ".")
    o.add("")
    o.add("#### " + final_canon(sol))


def r_claude_bold(o, sol, meta, rng):
    nota = {"commas": True, "ops": "times", "units": rng.random() < 0.6, "neg": "−"}
    bullets = rng.random() < 0.5
    o.add(rng.choice(["Here's the breakdown.", "Let me work through this.",
                      "Let's set up the numbers and go one piece at a time.",
                      "I'll work through %s." % meta["goal"]]))
    o.add("")
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            eq, res = EQ(o, st, nota, "claude_bold")
            line = "**%s:** %s%s" % (cap(st.desc), eq, unit_s(st))
            line += post_text(st, nota, rng, st.unit)
            if bullets:
                line = "- " + line
            o.add(line, step=st.idx)
            if not bullets:
                o.add("")
        elif it[0] == "note":
            o.add(("- " if bullets else "") + it[1])
            if not bullets:
                o.add("")
        else:
            t, lab = check_text(it[1], nota, it[2])
            o.add(("- " if bullets else "") + "Check: %s ✓" % t)
            if not bullets:
                o.add("")
    if bullets:
        o.add("")
    o.add("**Answer:** %s." % cap(ans_sentence(sol, meta)))
    o.add("")
    o.add("#### " + final_canon(sol))


ORD = ["First", "Next", "Then", "After that", "Now", "Finally"]


def r_prose(o, sol, meta, rng):
    nota = {"commas": True, "ops": rng.choice(["times", "x", "times_slash"]),
            "units": rng.random() < 0.5, "neg": "-", "of": rng.choice(["of", "after"])}
    steps = [it for it in sol.items]
    para = []
    k = 0
    nsteps = len(sol.steps)
    fault_para_steps = []
    for it in steps:
        if it[0] == "step":
            st = it[1]
            eq, res = EQ(o, st, nota, "prose")
            u = unit_s(st)
            post = post_text(st, nota, rng, st.unit)
            w = ORD[min(k, 4)] if k < nsteps - 1 or k == 0 else "Finally"
            k += 1
            frames = [
                "%s, the %s: %s%s%s." % (w, st.desc, eq, u, post),
                "The %s comes to %s%s%s." % (st.desc, eq, u, post),
                "%s, I'll work out the %s, which is %s%s%s." % (w, st.desc, eq, u, post),
                "That gives %s%s%s for the %s." % (eq, u, post, st.desc),
            ]
            s = rng.choice(frames)
            if st.why and rng.random() < 0.7:
                s = st.why + " " + s
            para.append(s)
            fault_para_steps.append(st.idx)
        elif it[0] == "note":
            para.append(it[1])
        else:
            t, lab = check_text(it[1], nota, it[2])
            para.append("As a check, %s." % t)
        if len(para) >= rng.choice([1, 2, 2, 3]):
            line = " ".join(para)
            idx = len(o.lines)
            o.add(line)
            for s_ in fault_para_steps:
                o.where[s_] = idx
            o.add("")
            para, fault_para_steps = [], []
    if para:
        idx = len(o.lines)
        o.add(" ".join(para))
        for s_ in fault_para_steps:
            o.where[s_] = idx
        o.add("")
    o.add(rng.choice(["So %s." % ans_sentence(sol, meta), "Therefore, %s." % ans_sentence(sol, meta),
                      "In short, %s." % ans_sentence(sol, meta)]))
    o.add("")
    o.add("#### " + final_canon(sol))


def r_qwen_latex(o, sol, meta, rng):
    nota = {"latex": True, "lcommas": rng.random() < 0.3, "commas": True, "ops": "latex",
            "frac": rng.random() < 0.5, "units": rng.random() < 0.25, "neg": "-",
            "lr": rng.random() < 0.5, "of": rng.choice(["pre", "after"]), "pct_dec": rng.random() < 0.5}
    o.add("To determine %s, we need to follow these steps:" % meta["goal"])
    o.add("")
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            o.add("%d. **%s:**" % (k, title_for(st, rng)))
            if st.why:
                o.add("   " + st.why)
            eq, res = EQ(o, st, nota, "qwen_latex")
            u = ""
            if st.unit and st.rk != "%" and not st.rem and rng.random() < 0.5:
                u = " \\text{ %s}" % st.unit
            o.add("   \\[")
            o.add("   " + eq + u, step=st.idx)
            o.add("   \\]")
            if st.post:
                o.add("   " + cap(post_text(st, PLAIN, rng, st.unit).lstrip(", →(").rstrip(")")) + ".")
            o.add("")
        elif it[0] == "note":
            o.add(it[1])
            o.add("")
        else:
            t, lab = check_text(it[1], nota, it[2])
            o.add("To verify: \\(%s\\)." % t)
            o.add("")
    o.add("Therefore, %s. The final answer is:" % ans_sentence(sol, meta))
    o.add("\\[")
    o.add("\\boxed{%s}" % final_canon(sol))
    o.add("\\]")
    o.add("")
    o.add("#### " + final_canon(sol))


def r_table(o, sol, meta, rng):
    nota = {"commas": True, "ops": rng.choice(["times", "times_slash"]), "neg": "-",
            "of": "after"}
    o.add(rng.choice(["Here's the calculation laid out like a spreadsheet:",
                      "Laying it out as a table:", "Summary table:"]))
    o.add("")
    h = rng.choice([("Item", "Calculation", "Result"), ("Line item", "Formula", "Value"),
                    ("Step", "Math", "Amount")])
    o.add("| %s | %s | %s |" % h)
    o.add("|---|---|---|")
    after = []
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            eq, res = EQ(o, st, nota, "table")
            if st.post or st.approx or st.rem or (st.rk == "%" and st.pct == "dec"):
                calc = eq
                if st.post:
                    calc += ", rounded %s" % ("up" if st.post[0] == "ceil" else "down")
                o.add("| %s | %s | %s |" % (cap(st.desc), calc, res_with_unit(st)), step=st.idx)
            else:
                lhs = eq.rsplit(" = ", 1)[0]
                o.add("| %s | %s | %s |" % (cap(st.desc), lhs, res + unit_s(st)), step=st.idx)
        elif it[0] == "note":
            after.append(it[1])
        else:
            t, lab = check_text(it[1], nota, it[2])
            after.append("Check: %s ✓" % t)
    o.add("")
    for a in after:
        o.add(a)
        o.add("")
    o.add("**%s.**" % cap(ans_sentence(sol, meta)))
    o.add("")
    o.add("#### " + final_canon(sol))


def snake(desc):
    out = []
    for ch in desc.lower():
        out.append(ch if ch.isalnum() else "_")
    s = "".join(out)
    while "__" in s:
        s = s.replace("__", "_")
    return s.strip("_")


def r_terse(o, sol, meta, rng):
    nota = {"commas": rng.random() < 0.4, "ops": "star", "neg": "-", "of": "after",
            "pct_dec": rng.random() < 0.6, "approx": rng.choice(["≈", "~"])}
    lab_mode = rng.choice(["snake", "cap", "none"])
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            eq, res = EQ(o, st, nota, "terse")
            post = ""
            if st.post and not st.approx and not st.rem:
                post = " (exact, no rounding)"
            elif st.post:
                post = " -> " + post_text(st, nota, rng, st.unit).lstrip(", →(").rstrip(")")
            if lab_mode == "snake":
                line = "%s = %s%s" % (snake(st.desc), eq, post)
            elif lab_mode == "cap":
                line = "%s: %s%s" % (cap(st.desc), eq, post)
            else:
                line = "%s%s%s" % (eq, unit_s(st), post)
            o.add(line, step=st.idx)
        elif it[0] == "check":
            t, lab = check_text(it[1], nota, it[2])
            o.add("check: %s ok" % t)
    o.add("Answer: %s" % answer_value(sol))
    o.add("#### " + final_canon(sol))


def tutor_lead(st, rng):
    e = st.expr
    if isinstance(e, Op) and isinstance(e.a, Lf) and isinstance(e.b, Lf):
        if e.op == "*":
            return rng.choice(["Let's multiply:", "Multiply them together:", "We multiply:"])
        if e.op == "/":
            return rng.choice(["Now divide:", "Let's divide:", "Divide:"])
        if e.op == "+":
            return rng.choice(["Add them up:", "Let's add:"])
        if e.op == "-":
            return rng.choice(["Subtract:", "Take the difference:"])
        if e.op == "of":
            return rng.choice(["Take the percentage:", "Find the percent:"])
    return rng.choice(["Here's the math:", "Putting the numbers in:", "Let's calculate:"])


def r_tutor(o, sol, meta, rng):
    nota = {"commas": True, "ops": "times", "units": rng.random() < 0.4, "neg": "-",
            "of": rng.choice(["of", "after"])}
    emoji = rng.random() < 0.5
    o.add(rng.choice(["Great question! Let's figure out %s together." % meta["goal"],
                      "Sure thing! We want %s, so let's take it one step at a time." % meta["goal"],
                      "Happy to help! Our goal is %s." % meta["goal"]]) + (" 😊" if emoji else ""))
    o.add("")
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            o.add("**Step %d – %s**" % (k, cap(st.desc)))
            o.add("")
            eq, res = EQ(o, st, nota, "tutor")
            line = tutor_lead(st, rng) + " " + eq + unit_s(st) + post_text(st, nota, rng, st.unit) + "."
            if st.why:
                line = st.why + " " + line
            o.add(line, step=st.idx)
            if rng.random() < 0.35 and not st.post:
                o.add(rng.choice(["Nice — that's %s." % res_with_unit(st),
                                  "So we have %s." % res_with_unit(st)]))
            o.add("")
        elif it[0] == "note":
            o.add(it[1])
            o.add("")
        else:
            t, lab = check_text(it[1], nota, it[2])
            o.add("Let's double-check: %s. ✅" % t if emoji else "Let's double-check: %s. It matches!" % t)
            o.add("")
    o.add(rng.choice(["So, %s!" % ans_sentence(sol, meta), "And that's it: %s." % ans_sentence(sol, meta)])
          + (" 🎉" if emoji else ""))
    o.add("")
    o.add("#### " + final_canon(sol))


def r_memo(o, sol, meta, rng):
    nota = {"commas": True, "ops": rng.choice(["x", "times_slash"]), "units": rng.random() < 0.7,
            "neg": "-", "of": "after"}
    o.add("MEMO")
    o.add("To: %s" % rng.choice(["Plant Manager", "Owner", "Finance", "Production Team", "Operations Lead"]))
    o.add("From: %s" % rng.choice(["Operations Analyst", "Production Planning", "Accounting", "Shift Supervisor"]))
    o.add("Re: %s" % meta["topic"])
    o.add("")
    o.add(rng.choice(["Below are the figures you requested.", "Summary of the calculation follows.",
                      "Here is how the numbers work out."]))
    o.add("")
    o.add("Calculations:")
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            eq, res = EQ(o, st, nota, "memo")
            o.add("%d. %s: %s%s%s" % (k, cap(st.desc), eq, unit_s(st),
                                      post_text(st, nota, rng, st.unit)), step=st.idx)
        elif it[0] == "note":
            o.add("   Note: " + it[1])
        else:
            t, lab = check_text(it[1], nota, it[2])
            o.add("   Check: %s" % t)
    o.add("")
    o.add("Bottom line: %s." % cap(ans_sentence(sol, meta)))
    o.add("")
    o.add("#### " + final_canon(sol))


def r_llama_steps(o, sol, meta, rng):
    nota = {"commas": True, "ops": rng.choice(["star", "times", "times_slash"]), "neg": "-",
            "units": False, "of": "after", "pct_dec": rng.random() < 0.4}
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            o.add("## Step %d: %s" % (k, title_for(st, rng)))
            eq, res = EQ(o, st, nota, "llama_steps")
            lead = rng.choice(["To find the %s, we calculate %s%s." % (st.desc, eq, unit_s(st)),
                               "The %s is %s%s." % (st.desc, eq, unit_s(st)),
                               "We get %s%s." % (eq, unit_s(st))])
            if st.post:
                lead = lead[:-1] + post_text(st, nota, rng, st.unit) + "."
            if st.why:
                lead = st.why + " " + lead
            o.add(lead, step=st.idx)
            o.add("")
        elif it[0] == "note":
            o.add(it[1])
            o.add("")
        else:
            t, lab = check_text(it[1], nota, it[2])
            o.add("Checking: %s." % t)
            o.add("")
    o.add("The final answer is: $\\boxed{%s}$" % final_canon(sol))
    o.add("")
    o.add("#### " + final_canon(sol))


def r_numbered(o, sol, meta, rng):
    nota = {"commas": True, "ops": rng.choice(["times_slash", "dot", "times"]), "neg": "-",
            "units": rng.random() < 0.4, "of": rng.choice(["of", "after"])}
    o.add(rng.choice(["To solve this, we can break it down:", "Let's solve this step by step:",
                      "Here is the solution:"]))
    o.add("")
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            eq, res = EQ(o, st, nota, "numbered")
            o.add("%d. **%s**: %s%s%s" % (k, cap(st.desc), eq, unit_s(st),
                                          post_text(st, nota, rng, st.unit)), step=st.idx)
        elif it[0] == "note":
            o.add("   - " + it[1])
        else:
            t, lab = check_text(it[1], nota, it[2])
            o.add("   - Check: %s" % t)
    o.add("")
    o.add("Therefore, %s." % ans_sentence(sol, meta))
    o.add("")
    o.add("#### " + final_canon(sol))


WEQ = {"*": ["is", "equals", "comes to"], "/": ["is", "equals", "gives"],
       "+": ["is", "equals", "comes to"], "-": ["is", "leaves", "equals"], "of": ["is", "comes to"]}


def r_worded(o, sol, meta, rng):
    nota_w = {"commas": True, "ops": "words", "neg": "-", "of": "of", "remword": "remainder"}
    nota_s = {"commas": True, "ops": "times", "neg": "-", "of": "of", "remword": "remainder"}
    o.add(rng.choice(["Sure! Here's how to work it out.", "Okay, let's break this down.",
                      "Let's think about this step by step."]))
    o.add("")
    k = 0
    for it in sol.items:
        if it[0] == "step":
            st = it[1]
            k += 1
            simple = isinstance(st.expr, Op) and st.expr.depth() == 1 and st.rk != "%"
            if simple and not st.approx and not st.rem:
                nota = dict(nota_w)
                nota["eq"] = rng.choice(WEQ[st.expr.op])
            else:
                nota = nota_s
            eq, res = EQ(o, st, nota, "worded")
            o.add("**Step %d: %s**" % (k, cap(st.desc)))
            o.add("")
            line = "* %s%s%s." % (eq, unit_s(st), post_text(st, nota_s, rng, st.unit))
            if st.why:
                line = "* " + st.why + "\n" + line
                o.add("* " + st.why)
                line = "* %s%s%s." % (eq, unit_s(st), post_text(st, nota_s, rng, st.unit))
            o.add(line, step=st.idx)
            o.add("")
        elif it[0] == "note":
            o.add(it[1])
            o.add("")
        else:
            t, lab = check_text(it[1], nota_s, it[2])
            o.add("**Check:** %s." % t)
            o.add("")
    o.add("**Answer:** %s." % cap(ans_sentence(sol, meta)))
    o.add("")
    o.add("#### " + final_canon(sol))
