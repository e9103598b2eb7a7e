"""Eleven writing styles, each imitating a family of real worked solutions."""
from core import (R, render, vu, dec_str, final_str, Bin, Num, Var, PiCoef,
                  is_leaf, strip_vars, num_str)

STYLE_R = {
    "md_latex": R(mul="\\times", div="\\div", pow="caret", sqrt="latex", half="\\frac{1}{2}",
                  frac="latex", pi="\\pi", units="latex2", deg="^\\circ", approx="\\approx",
                  money="\\$", sep=True),
    "bold_labels": R(units="sym", sep=True, minus="−"),
    "bullets": R(units="sym", sep=True, half="(1/2)"),
    "prose": R(mul="x", units="words", deg="words", sep=True, half="1/2", pow="caret", sqrt="uni"),
    "qwen_display": R(mul="\\times", div="\\div", pow="caret", sqrt="latex", half="\\frac{1}{2}",
                      frac="latex", pi="\\pi", units="latex", deg="^\\circ", approx="\\approx",
                      money="\\$", sep=False),
    "gsm8k": R(mul="*", div="/", pow="mul", sqrt="uni", half="1/2", units="words", deg="words",
               space=False, sep=False, imp=False),
    "table": R(units="sym", sep=True),
    "terse": R(mul="×", units="sym", sep=False, imp=True),
    "chatty": R(units="words", deg="°", sep=True),
    "numbered": R(mul="*", div="/", pow="caret", sqrt="uni", half="(1/2)", units="words",
                  deg="words", sep=True),
    "inline_dollar": R(mul="\\cdot", div="\\div", pow="caret", sqrt="latex", half="\\frac{1}{2}",
                       frac="latex", pi="\\pi", units="latex", deg="^\\circ", approx="\\approx",
                       money="\\$", sep=False),
}
STYLES = list(STYLE_R)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def lc(s):
    w = s.split(" ")[0].strip("*")
    if w in ("The", "It", "There", "One", "That", "Each", "This", "A", "An", "Its"):
        i = s.index(w[0])
        return s[:i] + w[0].lower() + s[i + 1:]
    return s


def esc(s):
    out = []
    for i, ch in enumerate(s):
        if ch == "$" and (i == 0 or s[i - 1] != "\\"):
            out.append("\\$")
        else:
            out.append(ch)
    return "".join(out)


def res_str(c, r):
    """Written result with unit."""
    if c.faulty:
        lit = c.wstr
        v = c.written
    else:
        v = c.right
        lit = dec_str(v, c.dp) if c.dp is not None else None
    if c.unit is not None and c.unit[0] == "$":
        dp = 2 if (v != int(v)) else None
        if c.faulty:
            s = c.wstr if "." not in c.wstr or len(c.wstr.split(".")[1]) == 2 else c.wstr
            if "." in s and len(s.split(".")[1]) == 1:
                s += "0"
            return r.money + s
        return vu(v, c.unit, r, dp=dp)
    if lit is not None and r.sep and v >= 10000 and "," not in lit:
        from core import group
        lit = group(lit)
    return vu(v, c.unit, r, lit=lit)


def rel(c, r, eq_approx=False):
    if c.approx and not eq_approx:
        return r.approx
    return "="


def chain(c, r, lhs="sym", formula=True, mids="first", eq_approx=False, result=True,
          fmode="sym"):
    parts = []
    if lhs == "sym" and c.lhs:
        parts.append(c.lhs.replace("²", "^2") if r.pow != "uni" else c.lhs)
    elif lhs == "word" and c.wordlhs:
        parts.append(c.wordlhs)
    if formula and c.formula is not None:
        parts.append(render(c.formula, r, fmode))
    parts.append(render(c.expr, r, "val"))
    ms = c.mids
    if mids == "none":
        ms = [m for m in ms if isinstance(m, PiCoef)][-1:]
    elif mids == "first":
        keep = ms[:1]
        if ms and isinstance(ms[-1], PiCoef) and ms[-1] not in keep:
            keep.append(ms[-1])
        ms = keep
    for m in ms:
        parts.append(render(m, r, "val"))
    sp = " = " if r.space else "="
    s = sp.join(parts)
    if result:
        s += (" %s " % rel(c, r, eq_approx) if r.space or c.approx else "=") + res_str(c, r)
    return s


def ceil_text(c, r, rng):
    v = c.v
    n = c.n
    unit = c.plur
    if v == n:
        return rng.choice(["That is exactly %s %s, so no rounding is needed." % (dec_str(n), unit if n != 1 else c.sing),
                           "This comes out to exactly %s %s." % (dec_str(n), unit if n != 1 else c.sing)])
    vs = dec_str(v) if len(dec_str(v).split(".")[-1]) <= 3 or "." not in dec_str(v) else dec_str(v, 2)
    if "." in dec_str(v) and len(dec_str(v).split(".")[1]) > 3:
        vs = dec_str(v, 2)
    return rng.choice([
        "%s, so we round %s up to %s %s." % (c.why, vs, dec_str(n), unit),
        "Since %s, round %s up to %s %s." % (c.why[0].lower() + c.why[1:], vs, dec_str(n), unit),
        "%s is not a whole number, and %s. Round %s up to %s %s." % (vs, c.why[0].lower() + c.why[1:], vs, dec_str(n), unit),
    ])


def final_phrase(prob, ctx, r, bold=False, math=None):
    f = ctx.final
    v = f.v
    dp = f.dp
    if f.money:
        ans = vu(v, ("$",), r, dp=2 if v != int(v) else None)
    else:
        ans = vu(v, f.unit, r, dp=dp)
    if math == "paren":
        ans_m = "\\( %s \\)" % ans
    elif math == "dollar":
        ans_m = "$%s$" % ans
    else:
        ans_m = ans
    if bold:
        ans_m = "**%s**" % ans_m
    return f.sentence.format(ans=ans_m)


def items_of(ctx):
    return ctx.items


# ------------------------------------------------------------------ layouts

def L_md_latex(prob, ctx, rng, r):
    out = []
    out.append(rng.choice([
        "To find %s, we'll work through it step by step." % prob.goal,
        "To solve this problem, we need to find %s." % prob.goal,
        "Let's break this down to find %s." % prob.goal,
    ]))
    step = 0
    eqa = rng.random() < 0.25
    for kind, c in ctx.items:
        if kind == "text":
            out.append(esc(c))
        elif kind == "ceil":
            out.append(esc(ceil_text(c, r, rng)))
        elif c.check:
            out.append("**Check:** \\( %s \\) ✓" % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            step += 1
            blk = "### Step %d: %s\n" % (step, c.title)
            if c.why:
                blk += esc(c.why) + "\n"
            if c.formula is not None and rng.random() < 0.6:
                blk += "\n\\[\n%s = %s\n\\]\n" % (c.lhs.replace("²", "^2"), render(c.formula, r, "sym"))
                blk += "\nSubstituting the values:\n" if rng.random() < 0.5 else "\n"
                blk += "\\[\n%s\n\\]" % chain(c, r, formula=False, eq_approx=eqa)
            else:
                blk += "\n\\[\n%s\n\\]" % chain(c, r, formula=True, eq_approx=eqa)
            if c.restate and c.what and rng.random() < 0.45 and not c.faulty:
                blk += "\n\nSo, %s is \\( %s \\)." % (c.what, res_str(c, r))
            out.append(blk)
    out.append("### Final Answer\n" + final_phrase(prob, ctx, r, bold=True, math="paren"))
    return "\n\n".join(out)


def L_bold_labels(prob, ctx, rng, r):
    r = r.copy(subst_units=rng.random() < 0.4)
    out = []
    out.append(rng.choice([
        "I need to find %s." % prob.goal,
        "Let me work through this step by step.",
        "Here's how to find %s." % prob.goal,
    ]))
    step = 0
    for kind, c in ctx.items:
        if kind == "text":
            out.append(c)
        elif kind == "ceil":
            out.append(ceil_text(c, r, rng))
        elif c.check:
            out.append("Check: %s ✓" % chain(c, r.copy(subst_units=False), lhs=None, formula=False, mids="none"))
        else:
            step += 1
            blk = "**Step %d: %s**\n" % (step, cap(c.title))
            if c.why and rng.random() < 0.7:
                blk += c.why + "\n"
            lhs = "word" if c.wordlhs else "sym"
            blk += chain(c, r, lhs=lhs, formula=True, fmode="word" if lhs == "word" else "sym",
                         mids=rng.choice(["none", "first"]))
            out.append(blk)
    out.append("**Answer:** " + final_phrase(prob, ctx, r, bold=False))
    return "\n\n".join(out)


def L_bullets(prob, ctx, rng, r):
    eqa = rng.random() < 0.3
    out = []
    lines = []
    if prob.given and rng.random() < 0.7:
        out.append("Given: " + ", ".join("%s = %s" % (k, v(r)) for k, v in prob.given) + ".")
    for kind, c in ctx.items:
        if kind == "text":
            lines.append("- " + c)
        elif kind == "ceil":
            lines.append("- " + ceil_text(c, r, rng))
        elif c.check:
            lines.append("- Check: %s ✓" % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            lab = cap(c.label or c.title)
            lines.append("- %s: %s" % (lab, chain(c, r, lhs=None, formula=False, eq_approx=eqa,
                                                   mids=rng.choice(["none", "first", "all"]))))
    out.append("\n".join(lines))
    out.append("Answer: " + final_phrase(prob, ctx, r))
    return "\n\n".join(out)


def L_prose(prob, ctx, rng, r):
    out = []
    out.append(rng.choice([
        "To find %s, we need to work through a few steps." % prob.goal,
        "To solve this, we first need to figure out what is being asked: %s." % prob.goal,
        "Let's solve this problem step by step.",
    ]))
    first = True
    eqa = rng.random() < 0.3
    nexts = ["Next", "Then", "After that", "Now"]
    rng.shuffle(nexts)
    ni = 0
    calcs = [c for k, c in ctx.items if k == "calc" and not c.check]
    for kind, c in ctx.items:
        if kind == "text":
            out.append(c)
        elif kind == "ceil":
            out.append(ceil_text(c, r, rng))
        elif c.check:
            out.append("We can check this: %s." % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            ch = chain(c, r, lhs=None, formula=False, mids=rng.choice(["none", "first"]), eq_approx=eqa)
            if first:
                lead = "First"
            elif c is calcs[-1]:
                lead = "Finally"
            else:
                lead = nexts[ni % 4]
                ni += 1
            first = False
            why = (c.why + " ") if c.why and rng.random() < 0.75 else ""
            shape = rng.randrange(3)
            if shape == 0:
                s = "%s%s, %s is %s." % (why, lead, c.what, ch)
            elif shape == 1:
                s = "%s, we find %s. %s%s." % (lead, c.what, why, cap(ch))
            else:
                s = "%s%s, we calculate %s: %s." % (why, lead, c.what, ch)
            out.append(s)
    out.append("Therefore, " + lc(final_phrase(prob, ctx, r)))
    return "\n\n".join(out)


def L_qwen(prob, ctx, rng, r):
    out = []
    out.append(rng.choice([
        "To determine %s, we need to follow these steps:" % prob.goal,
        "To find %s, we will follow these steps:" % prob.goal,
    ]))
    step = 0
    for kind, c in ctx.items:
        if kind == "text":
            out.append(esc(c))
        elif kind == "ceil":
            out.append("   " + esc(ceil_text(c, r, rng)))
        elif c.check:
            out.append("   Check: \\( %s \\)." % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            step += 1
            blk = "%d. **%s**:\n" % (step, cap(c.title))
            if c.why:
                blk += "   " + esc(c.why) + "\n"
            lhs = "\\text{%s}" % c.wordlhs if (c.wordlhs and rng.random() < 0.5) else c.lhs.replace("²", "^2")
            cc = chain(c, r, lhs=None, formula=False, mids=rng.choice(["first", "all"]))
            blk += "   \\[\n   %s = %s\n   \\]" % (lhs, cc)
            out.append(blk)
    f = ctx.final
    out.append("Therefore, %s\n\n\\[\n\\boxed{%s}\n\\]" % (
        lc(final_phrase(prob, ctx, r, math="paren")), final_str(f)))
    return "\n\n".join(out)


def L_gsm8k(prob, ctx, rng, r):
    lines = []
    for kind, c in ctx.items:
        if kind == "text":
            lines.append(c)
        elif kind == "ceil":
            lines.append(ceil_text(c, r, rng))
        elif c.check:
            continue
        else:
            e = render(c.expr, r, "val")
            if c.approx:
                g = "%s≈%s" % (e, res_str(c, r))
            else:
                raw = (c.wstr if c.faulty else dec_str(c.right))
                rs = res_str(c, r)
                g = "%s=<<%s=%s>>%s" % (e, e, raw, rs)
            what = c.what
            shape = rng.randrange(3)
            if shape == 0:
                lines.append("%s is %s." % (cap(what), g))
            elif shape == 1:
                lines.append("So %s is %s." % (what, g))
            else:
                lines.append("%s: %s" % (cap(c.label or what), g))
    return "\n".join(lines)


def L_table(prob, ctx, rng, r):
    out = []
    out.append(rng.choice(["Here is the calculation, step by step:",
                           "Let's organize the work in a table.",
                           "Breaking the problem into parts:"]))
    if prob.given:
        out.append("**Given:** " + "; ".join("%s = %s" % (k, v(r)) for k, v in prob.given))
    rows = ["| Step | Calculation | Result |", "|---|---|---|"]
    after = []
    for kind, c in ctx.items:
        if kind == "text":
            after.append(c)
        elif kind == "ceil":
            after.append(ceil_text(c, r, rng))
        elif c.check:
            after.append("Check: %s ✓" % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            calc = chain(c, r, lhs=None, formula=False, mids=rng.choice(["none", "first"]), result=False)
            res = res_str(c, r)
            if c.approx:
                res = "≈ " + res
            rows.append("| %s | %s | %s |" % (cap(c.label or c.title), calc, res))
    out.append("\n".join(rows))
    out.extend(after)
    out.append(final_phrase(prob, ctx, r, bold=True))
    return "\n\n".join(out)


def L_terse(prob, ctx, rng, r):
    blocks = []
    for kind, c in ctx.items:
        if kind == "text":
            blocks.append(c)
        elif kind == "ceil":
            blocks.append(ceil_text(c, r, rng))
        elif c.check:
            blocks.append("Check: " + chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            ls = []
            if c.formula is not None:
                ls.append("%s = %s" % (c.lhs, render(c.formula, r, "sym")))
            ls.append("%s = %s" % (c.lhs, render(c.expr, r, "val")))
            ms = c.mids[:1] if rng.random() < 0.6 else c.mids
            for m in ms:
                ls.append("%s = %s" % (c.lhs, render(m, r, "val")))
            ls.append("%s %s %s" % (c.lhs, rel(c, r), res_str(c, r)))
            blocks.append("\n".join(ls))
    blocks.append("Answer: " + final_phrase(prob, ctx, r))
    return "\n\n".join(blocks)


def words_chain(c, r):
    e = strip_vars(c.expr)
    if c.mids or not isinstance(e, Bin) or not isinstance(e.a, Num) or not isinstance(e.b, Num):
        return None
    w = {"*": "times", "+": "plus", "-": "minus", "/": "divided by"}[e.op]
    return "%s %s %s is %s" % (num_str(e.a.v, r, e.a.lit), w, num_str(e.b.v, r, e.b.lit), res_str(c, r))


def L_chatty(prob, ctx, rng, r):
    out = []
    out.append(rng.choice([
        "Great question! Let's work through it together.",
        "Let's figure this out step by step! 😊",
        "Sure! Let's break this problem into small pieces.",
        "Ooh, a fun geometry problem! Let's solve it together.",
    ]))
    n = 0
    leads = ["First", "Next", "Now", "Then", "After that", "Finally"]
    calcs = [c for k, c in ctx.items if k == "calc" and not c.check]
    for kind, c in ctx.items:
        if kind == "text":
            out.append(c)
        elif kind == "ceil":
            out.append(ceil_text(c, r, rng))
        elif c.check:
            out.append("Let's double-check: %s. ✅" % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            lead = leads[min(n, 4)] if c is not calcs[-1] or n == 0 else "Finally"
            n += 1
            wc = words_chain(c, r) if rng.random() < 0.5 else None
            ch = wc or chain(c, r, lhs=None, formula=False, mids=rng.choice(["none", "first"]))
            why = (" " + c.why) if c.why else ""
            shape = rng.randrange(3)
            if shape == 0:
                out.append("%s, let's find %s.%s\n\n%s" % (lead, c.what, why, ch if wc else ch + "."))
            elif shape == 1:
                out.append("**%s:**%s So %s." % (cap(c.title), why, ch))
            else:
                out.append("%s, %s:%s\n\n%s%s" % (lead, c.what, why, ch, "" if wc else " 👍"))
    pre = rng.choice(["So, ", "And there you have it! ", "That means "])
    fp = final_phrase(prob, ctx, r, bold=True)
    out.append(pre + (lc(fp) if not pre.endswith("! ") else fp) +
               rng.choice(["", " 🎉", " Nice work!"]))
    return "\n\n".join(out)


def L_numbered(prob, ctx, rng, r):
    r = r.copy(subst_units=rng.random() < 0.5)
    out = ["Here's how to solve this problem:"]
    step = 0
    for kind, c in ctx.items:
        if kind == "text":
            out.append(c)
        elif kind == "ceil":
            out.append("* " + ceil_text(c, r, rng))
        elif c.check:
            out.append("* Check: %s" % chain(c, r.copy(subst_units=False), lhs=None, formula=False, mids="none"))
        else:
            step += 1
            blk = "**%d. %s:**\n\n" % (step, cap(c.title))
            if c.why:
                blk += "* " + c.why + "\n"
            lhs = "word" if c.wordlhs else "sym"
            blk += "* " + chain(c, r, lhs=lhs, formula=True, fmode="word" if lhs == "word" else "sym",
                                mids="none")
            out.append(blk)
    out.append("**Answer:** " + final_phrase(prob, ctx, r))
    return "\n\n".join(out)


def L_inline_dollar(prob, ctx, rng, r):
    out = []
    if prob.given and rng.random() < 0.6:
        out.append("We are given " + ", ".join("$%s$" % ("%s = %s" % (k, v(r))) for k, v in prob.given) + ".")
    for kind, c in ctx.items:
        if kind == "text":
            out.append(esc(c))
        elif kind == "ceil":
            out.append(esc(ceil_text(c, r, rng)))
        elif c.check:
            out.append("As a check, $%s$." % chain(c, r, lhs=None, formula=False, mids="none"))
        else:
            ch = chain(c, r, lhs="sym", formula=True, mids=rng.choice(["none", "first", "all"]))
            shape = rng.randrange(3)
            why = (esc(c.why) + " ") if c.why and rng.random() < 0.6 else ""
            if shape == 0:
                out.append("%s%s is $%s$." % (why, cap(c.what), ch))
            elif shape == 1:
                out.append("%sThen $%s$." % (why, ch))
            else:
                out.append("%sFor %s: $$%s$$" % (why, c.what, ch))
    f = ctx.final
    out.append(final_phrase(prob, ctx, r, math="dollar").rstrip(".") + ", so the answer is $\\boxed{%s}$." % final_str(f))
    return "\n\n".join(out)


LAYOUT = {
    "md_latex": L_md_latex, "bold_labels": L_bold_labels, "bullets": L_bullets,
    "prose": L_prose, "qwen_display": L_qwen, "gsm8k": L_gsm8k, "table": L_table,
    "terse": L_terse, "chatty": L_chatty, "numbered": L_numbered,
    "inline_dollar": L_inline_dollar,
}


def render_solution(style, prob, ctx, rng):
    r = STYLE_R[style]
    body = LAYOUT[style](prob, ctx, rng, r)
    return body + "\n\n#### " + final_str(ctx.final) if style != "gsm8k" else body + "\n#### " + final_str(ctx.final)
