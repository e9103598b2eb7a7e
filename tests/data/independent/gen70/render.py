"""Style renderers.  Each turns solution elements into text with result markers
("\x02<idx>\x03" placed on the line of each computation's result)."""
from fractions import Fraction as F
import re
from core import fnum, R, exact_within, Op

STYLES = ["md_steps", "bold_bullets", "prose_tutor", "latex_display", "table",
          "gsm8k", "forum", "support", "numbered", "boxed"]

MK = "\x02%d\x03"


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ----------------------------------------------------------------------------
# configuration per style (some choices are drawn once per problem)

def style_cfg(style, pid):
    g = R("cfg|" + pid)
    c = dict(style=style, latex=False, units=True, sep=",", mul="×", div="÷",
             minus="−", plus="+", approx="≈", frac=False, eq_approx=False,
             pow="^", worded=0.0, bold_res=False)
    if style == "md_steps":
        c.update(mul=g.choice(["×", "×", "*"]), div=g.choice(["÷", "/"]),
                 bold_res=g.random() < 0.4)
    elif style == "bold_bullets":
        c.update(mul="×", div=g.choice(["÷", "/"]), minus=g.choice(["−", "-"]))
    elif style == "prose_tutor":
        c.update(worded=0.35, div=g.choice(["÷", "/"]))
    elif style == "latex_display":
        c.update(latex=True, mul=g.choice([r"\times", r"\times", r"\cdot"]),
                 div=r"\div", frac=g.random() < 0.6, minus="-",
                 approx=r"\approx", sep=g.choice([",", "{,}", r"\,", ""]),
                 pow="^")
    elif style == "table":
        c.update(mul=g.choice(["×", "x"]), div=g.choice(["÷", "/"]),
                 minus="−", sub=g.choice(["calc", "calc", "eq"]))
    elif style == "gsm8k":
        c.update(mul="*", div="/", minus="-", units=False, eq_approx=True,
                 sep=g.choice([",", ""]))
    elif style == "forum":
        c.update(mul=g.choice(["x", "x", "*"]), div="/", minus="-", approx="~",
                 units=g.random() < 0.5, pow="^")
    elif style == "support":
        c.update(worded=0.25, div=g.choice(["÷", "/"]), pow="³")
    elif style == "numbered":
        c.update(mul=g.choice(["×", "·", "×"]), div=g.choice(["÷", "/"]),
                 units=g.random() < 0.6, minus="−")
    elif style == "boxed":
        c.update(latex=True, mul=r"\times", div=g.choice([r"\div", "/"]),
                 minus="-", approx=r"\approx", frac=g.random() < 0.3,
                 sep=g.choice([",", "{,}"]))
    return c


def num_s(v, c, dp=6, fixed=None):
    sep = c["sep"]
    return fnum(v, dp, sep=sep, fixed=fixed)


def operand(op, c):
    if op.show is not None:
        s = op.show
    elif op.kind == "cur":
        s = num_s(op.v, c, fixed=None if op.v.denominator == 1 else
                  (2 if (op.v * 100).denominator == 1 else None))
        s = (r"\$" if c["latex"] else "$") + s
    else:
        s = num_s(op.v, c)
    if op.kind == "pct":
        s += r"\%" if c["latex"] else "%"
    if c["units"] and op.unit:
        if c["latex"]:
            s += r"\text{ %s}" % op.unit
        else:
            s += " " + op.unit
    return s


WORD = {"*": "times", "/": "divided by", "+": "plus", "-": "minus", "of": "of"}


def expr_s(expr, c, worded=False):
    toks = list(expr)
    # \frac for a simple a / b
    if c["latex"] and c["frac"] and len(toks) == 3 and toks[1] == "/" \
            and not worded:
        return r"\frac{%s}{%s}" % (operand(toks[0], c), operand(toks[2], c))
    out = []
    for t in toks:
        if isinstance(t, Op):
            out.append(operand(t, c))
        elif t in ("(", ")"):
            out.append(t)
        elif t.startswith("pow"):
            p = t[3:]
            if c["latex"] or c["pow"] == "^":
                out[-1] = out[-1] + "^" + p
            else:
                out[-1] = out[-1] + {"2": "²", "3": "³"}[p]
        elif worded:
            out.append(WORD[t])
        elif t == "*":
            out.append(c["mul"])
        elif t == "/":
            out.append(c["div"])
        elif t == "-":
            out.append(c["minus"])
        elif t == "+":
            out.append(c["plus"])
        elif t == "of":
            out.append("of" if not c["latex"] else c["mul"])
    s = ""
    for i, p in enumerate(out):
        if i and not (p == ")" or out[i - 1] == "("):
            s += " "
        s += p
    return s


def res_parts(rec, c):
    """(relation, result string with unit)"""
    v = rec.written
    if rec.fixed is not None:
        n = num_s(v, c, fixed=rec.fixed)
    else:
        n = num_s(v, c, dp=rec.dp)
    if rec.cur:
        n = (r"\$" if c["latex"] else "$") + n
    if rec.exact:
        rel = "="
    else:
        dec = len(n.split(".")[1]) if "." in n else 0
        rel = "=" if (c["eq_approx"] and dec >= 2) else c["approx"]
    unit = rec.unit
    if unit == "%":
        us = r"\%" if c["latex"] else "%"
    elif c["latex"]:
        us = (r"\text{ %s}" % unit) if unit else ""
    else:
        us = (" " + unit) if unit else ""
    return rel, n, us


def calc_line(rec, c, g, worded=False, bold=False, label=None):
    """One-line rendering 'expr = res unit' with marker before the result."""
    rel, n, us = res_parts(rec, c)
    e = expr_s(rec.expr, c, worded=worded)
    if worded:
        if rel == "=":
            rel = g.choice(["is", "is", "equals", "gives", "comes to"])
        else:
            rel = g.choice(["is about", "is roughly", "comes to about",
                            "is approximately"])
    r = n + us
    if bold:
        r = "**" + r + "**"
    pre = ""
    if label:
        pre = label + " = "
    return pre + e + " " + rel + " " + (MK % rec.idx) + r


def result_num(rec, c):
    return res_parts(rec, c)[1].replace("\\$", "").replace("$", "")


def unit_word(unit):
    return (" " + unit) if unit else ""


def round_phrase(el, c, g):
    v, r, mode, unit = el["v"], el["r"], el["mode"], el["unit"]
    vs, rs = num_s(v, c), num_s(r, c)
    d = "down" if mode == "floor" else "up"
    why = el["why"]
    if c["latex"] and c["style"] == "latex_display":
        sym = (r"\lfloor", r"\rfloor") if mode == "floor" else (r"\lceil", r"\rceil")
        return "Since %s, we round %s:\n\\[\n%s %s %s = %s%s\n\\]" % (
            why, d, sym[0], vs, sym[1], rs, (r"\text{ %s}" % unit) if unit else "")
    if c["latex"]:
        return "Since %s, we round %s to $%s$%s." % (why, d, rs, unit_word(unit))
    opts = [
        "Since %s, round %s: %s → %s%s." % (why, d, vs, rs, unit_word(unit)),
        "%s isn't a whole number, and %s, so round %s to %s%s." % (cap(vs), why, d, rs, unit_word(unit)),
        "Rounding %s (%s) gives %s%s." % (d, why, rs, unit_word(unit)),
    ]
    if c["style"] == "forum":
        opts = ["%s, round %s -> %s%s (%s)" % (vs, d, rs, unit_word(unit), why),
                "%s -> round %s to %s%s since %s" % (vs, d, rs, unit_word(unit), why)]
    if c["style"] == "gsm8k":
        opts = ["Since %s, we round %s to %s%s." % (why, d, rs, unit_word(unit))]
    return g.choice(opts)


def answer_sentence(el, c, about):
    v = el["v"]
    if el["fixed"] is not None:
        a = num_s(v, c, fixed=el["fixed"])
    else:
        a = num_s(v, c, dp=el["dp"])
    if el["cur"]:
        a = (r"\$" if c["latex"] else "$") + a
    s = el["tmpl"].format(a=a, about=("about " if about else ""))
    return re.sub(r"\b1 (email|card|backup|photo|tab|day|charge|sheet|page|minute|hour|second)s\b", r"1 \1", s)


def final_str(el):
    v = el["v"]
    if el["fixed"] is not None:
        s = fnum(v, fixed=el["fixed"], sep="")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
        return s
    return fnum(v, dp=el["dp"], sep="")


def latex_fact(s):
    return s


CONN = ["First,", "Next,", "Then", "Now", "After that,", "Next,", "Then", "Finally,"]


def render(style, els, pid, goal):
    c = style_cfg(style, pid)
    els = [(k, (x if x.endswith((".", ")", ":")) else x + ".") if k == "fact" and style not in ("forum",) else x)
           for k, x in els]
    about = any(e[0] == "calc" and not e[1].exact for e in els)
    answer = [e[1] for e in els if e[0] == "answer"][0]
    fin = final_str(answer)
    f = globals()["r_" + style]
    body = f(els, c, pid, goal, about)
    body = re.sub(r"(?<![\d.,])1 (email|card|backup|tab|charge|sheet)s\b", r"1 \1", body)
    return body.rstrip() + "\n\n#### " + fin


def _g(pid, i, tag=""):
    return R("%s|%d|%s" % (pid, i, tag))


# ---------------------------------------------------------------------------
def r_md_steps(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice([
        "Let's solve this step by step.",
        "To find %s, we'll work through it step by step." % goal,
        "We need to find %s. Let's break it down." % goal,
    ])]
    h = g0.choice(["###", "##", "###"])
    k = 0
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            if kind == "fact" and g.random() < 0.5:
                out.append("> **Note:** " + x)
            else:
                out.append(x)
        elif kind == "calc":
            k += 1
            out.append("%s Step %d: %s\n\n%s" % (h, k, cap(x.w), calc_line(x, c, g, bold=c["bold_res"])))
        elif kind == "round":
            out.append(round_phrase(x, c, g))
        elif kind == "check":
            out.append(g.choice(["**Check:** ", "Check: ", "Quick check: "]) + calc_line(x, c, g) + " ✓")
        elif kind == "answer":
            out.append("%s %s\n\n%s" % (h, g.choice(["Answer", "Final Answer", "Conclusion"]),
                                         bolden(answer_sentence(x, c, about))))
    return "\n\n".join(out)


def bolden(s):
    # bold the first number-ish run in the sentence
    import re
    m = re.search(r"(about )?\$?\d[\d,]*(\.\d+)?( [A-Za-z/]+)?", s)
    if not m:
        return s
    return s[:m.start()] + "**" + m.group(0) + "**" + s[m.end():]


def r_bold_bullets(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["Here's the breakdown:", "Here's how to work it out:",
                      "Let me work through this.", "Let's figure out %s." % goal])]
    bl = []

    def flush():
        if bl:
            out.append("\n".join(bl))
            del bl[:]
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind == "text":
            flush()
            out.append(x)
        elif kind == "fact":
            bl.append("- **Conversion:** " + x if g.random() < 0.5 else "- " + x)
        elif kind == "calc":
            bl.append("- **%s:** %s" % (cap(x.t), calc_line(x, c, g)))
        elif kind == "round":
            bl.append("- " + round_phrase(x, c, g))
        elif kind == "check":
            flush()
            out.append("Checking: " + calc_line(x, c, g) + " ✓")
        elif kind == "answer":
            flush()
            out.append("**Answer:** " + answer_sentence(x, c, about))
    flush()
    return "\n\n".join(out)


def r_prose_tutor(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["Great question! Let's work it out together.",
                      "Sure! Let's figure out %s." % goal,
                      "Let's think about this carefully.",
                      "Good question — this is a nice bit of everyday tech math."])]
    k = 0
    para = []
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            para.append(x if x.endswith((".", ":", ")")) else x + ".")
        elif kind == "calc":
            conn = CONN[min(k, len(CONN) - 2)] if not (i + 2 >= len(els) and k > 1) else "Finally,"
            k += 1
            worded = len(x.expr) == 3 and g.random() < c["worded"]
            line = calc_line(x, c, g, worded=worded)
            shape = g.randrange(3)
            if shape == 0:
                s = "%s %s: %s." % (conn, x.w, line)
            elif shape == 1:
                s = "%s %s. %s." % (conn, x.w, cap(line)) if not line[0].isdigit() else "%s %s. %s." % (conn, x.w, line)
            else:
                s = "%s we %s, so %s." % (conn, x.w.replace("the ", "the ", 1), line)
            para.append(s)
            out.append(" ".join(para))
            para = []
        elif kind == "round":
            para.append(round_phrase(x, c, g))
        elif kind == "check":
            para.append(g.choice(["As a quick check, ", "To double-check: ", "Sanity check: "]) + calc_line(x, c, g) + ", which matches.")
        elif kind == "answer":
            if para:
                out.append(" ".join(para))
                para = []
            out.append(g.choice(["So, ", "Putting it all together: ", ""]) + answer_sentence(x, c, about))
    if para:
        out.append(" ".join(para))
    return "\n\n".join(out)


def r_latex_display(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["To determine %s, we follow these steps:" % goal,
                      "Let's solve this step by step.",
                      "We can solve this in a few steps."])]
    k = 0
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            out.append(x)
        elif kind == "calc":
            k += 1
            lab = None
            if g.random() < 0.4:
                lab = r"\text{%s}" % cap(x.t)
            line = calc_line(x, c, g, label=lab)
            out.append("%d. **%s:**\n   \\[\n   %s\n   \\]" % (k, cap(x.w), line))
        elif kind == "round":
            out.append(round_phrase(x, c, g))
        elif kind == "check":
            out.append("Verification: \\(%s\\) ✓" % calc_line(x, c, g))
        elif kind == "answer":
            s = answer_sentence(x, c, about)
            out.append(g.choice(["Therefore, ", "Thus, ", "So "]) + s[0].lower() + s[1:] if not s[0].isdigit() else s)
    return "\n\n".join(out)


def r_table(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["Here's the calculation laid out:", "Breaking it down:",
                      "Let's put the numbers in a table."])]
    pre = []
    rows = []
    post = []
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            (post if rows else pre).append(x)
        elif kind == "calc":
            rel, n, us = res_parts(x, c)
            e = expr_s(x.expr, c)
            if c.get("sub") == "eq":
                rows.append("| %s | %s %s %s%s%s |" % (cap(x.t), e, rel, MK % x.idx, n, us))
            else:
                r = (n + us) if rel == "=" else (rel + " " + n + us)
                rows.append("| %s | %s | %s%s |" % (cap(x.t), e, MK % x.idx, r))
        elif kind == "round":
            d = "round down" if x["mode"] == "floor" else "round up"
            vs, rs = num_s(x["v"], c), num_s(x["r"], c)
            if c.get("sub") == "eq":
                rows.append("| %s | %s → %s%s |" % (cap(d), vs, rs, unit_word(x["unit"])))
            else:
                rows.append("| %s (%s) | %s | %s%s |" % (cap(d), x["why"], vs, rs, unit_word(x["unit"])))
        elif kind == "check":
            post.append("Check: " + calc_line(x, c, g) + " ✓")
        elif kind == "answer":
            post.append(answer_sentence(x, c, about))
    if pre:
        out.append(" ".join(p if p.endswith((".", ")")) else p + "." for p in pre))
    if c.get("sub") == "eq":
        head = "| Quantity | Calculation |\n|---|---|"
    else:
        head = "| Step | Calculation | Result |\n|---|---|---|"
    out.append(head + "\n" + "\n".join(rows))
    out.extend(post)
    return "\n\n".join(out)


def r_gsm8k(els, c, pid, goal, about):
    out = []
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind == "fact":
            if g.random() < 0.5:
                if x.startswith(("In ", "Using ", "Typing ", "Frame ")):
                    out.append(x)
                else:
                    out.append("We know " + x[0].lower() + x[1:])
        elif kind == "text":
            out.append(x)
        elif kind == "calc":
            line = calc_line(x, c, g)
            shape = g.randrange(3)
            if shape == 0:
                out.append("The %s is %s." % (x.t, line))
            elif shape == 1:
                out.append("%s: %s." % (cap(x.t), line))
            else:
                out.append("So %s." % line)
        elif kind == "round":
            out.append(round_phrase(x, c, g))
        elif kind == "check":
            pass
        elif kind == "answer":
            out.append(answer_sentence(x, c, about))
    return "\n".join(out)


def r_forum(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["Quick math:", "Easy to work out:", "Rough numbers:",
                      "Back-of-the-envelope:", "Here's how I'd figure it:"])]
    form = g0.random() < 0.5
    lines = []
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind == "text":
            lines.append(x)
        elif kind == "fact":
            lines.append("(" + x.rstrip(".") + ")")
        elif kind == "calc":
            line = calc_line(x, c, g)
            if form:
                lines.append("- %s: %s" % (x.t, line))
            else:
                lines.append("%s -> %s" % (cap(x.w), line))
        elif kind == "round":
            lines.append(round_phrase(x, c, g))
        elif kind == "check":
            lines.append("(double-checked: %s)" % calc_line(x, c, g))
        elif kind == "answer":
            out.append("\n".join(lines))
            lines = []
            s = answer_sentence(x, c, about)
            out.append(g.choice(["TL;DR: ", "So yeah, ", "Bottom line: "]) + s[0].lower() + s[1:]
                       if not s[0].isdigit() and not s.startswith("$") else s)
            out.append(g.choice(["Hope that helps!", "Real-world numbers will vary a bit, but that's the math.", "YMMV, but that's the idea.", ""]))
    if lines:
        out.append("\n".join(lines))
    return "\n\n".join(o for o in out if o)


def r_support(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["Hi there, thanks for reaching out! Here's how the numbers work out:",
                      "Thanks for your question! Let me walk you through it.",
                      "Happy to help with that. Here's the calculation:"])]
    k = 0
    notes = []
    steps = []
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            if steps:
                steps.append("   " + x)
            else:
                notes.append(x)
        elif kind == "calc":
            k += 1
            worded = len(x.expr) == 3 and g.random() < c["worded"]
            steps.append("%d. %s: %s" % (k, cap(x.w), calc_line(x, c, g, worded=worded)))
        elif kind == "round":
            steps.append("   " + round_phrase(x, c, g))
        elif kind == "check":
            steps.append("To confirm: " + calc_line(x, c, g) + ".")
        elif kind == "answer":
            if notes:
                out.append(" ".join(n if n.endswith((".", ")")) else n + "." for n in notes))
            out.append("\n".join(steps))
            out.append(answer_sentence(x, c, about))
            out.append(g.choice(["Let me know if you have any other questions!",
                                 "If anything's unclear, just reply and I'll be glad to help.",
                                 "Please note that real-world results can vary slightly."]))
    return "\n\n".join(out)


def r_numbered(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["To find %s, we need to follow these steps:" % goal,
                      "To solve this problem, we need to calculate %s." % goal,
                      "Let's break this problem down:"])]
    form = g0.random() < 0.5
    k = 0
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            out.append(x)
        elif kind == "calc":
            k += 1
            if form:
                out.append("%d. %s:\n%s" % (k, cap(x.w), calc_line(x, c, g)))
            else:
                out.append("%d. **%s**: %s" % (k, cap(x.t), calc_line(x, c, g)))
        elif kind == "round":
            out.append(round_phrase(x, c, g))
        elif kind == "check":
            out.append("Check: " + calc_line(x, c, g))
        elif kind == "answer":
            s = answer_sentence(x, c, about)
            if g.random() < 0.3:
                out.append("**Answer:** " + s)
            else:
                out.append(g.choice(["Therefore, ", "So, "]) + (s[0].lower() + s[1:] if not s[0].isdigit() and not s.startswith("$") else s))
    return "\n\n".join(out)


def r_boxed(els, c, pid, goal, about):
    g0 = _g(pid, -1)
    out = [g0.choice(["To determine %s, we proceed step by step." % goal,
                      "We need to find %s." % goal,
                      "Let's compute %s." % goal])]
    form = g0.random() < 0.5
    k = 0
    for i, (kind, x) in enumerate(els):
        g = _g(pid, i)
        if kind in ("text", "fact"):
            out.append(x)
        elif kind == "calc":
            k += 1
            line = calc_line(x, c, g)
            if form:
                out.append("%d. **%s**: $%s$" % (k, cap(x.t), line))
            else:
                out.append("%s %s: $%s$." % (CONN[min(k - 1, 6)], x.w, line))
        elif kind == "round":
            out.append(round_phrase(x, c, g))
        elif kind == "check":
            out.append("Verify: $%s$ ✓" % calc_line(x, c, g))
        elif kind == "answer":
            out.append(answer_sentence(x, c, about))
            fin = final_str(x)
            out.append(r"The final answer is $\boxed{%s}$." % fin if g.random() < 0.6 else r"\[\boxed{%s}\]" % fin)
    return "\n\n".join(out)
