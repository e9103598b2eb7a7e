"""Ten writing styles.  Each renderer returns a list of [text, step, is_eq]
where step is the 0-based computation step the line belongs to (None for
intro / answer lines) and is_eq marks the line that carries that step's
written result."""
import re
from fractions import Fraction as F
from core import plain, sub_rng, mag

STYLES = ["md_steps", "bullets", "prose", "gsm8k", "latex_display",
          "terse", "chatty", "numberline", "table", "latex_inline"]

# styles that end with a "#### N" line
HASH_STYLES = {"md_steps", "bullets", "prose", "gsm8k", "terse", "numberline",
               "table", "latex_inline"}

OPERAND_UNITS = ("C", "F", "$", "m", "ft")


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in "*_ ":
            return s
    return s


# ------------------------------------------------------------------ filling
def fill(text, ctx):
    fmt = ctx.fmt

    def sub(m):
        name, kind = m.group(1), m.group(2)
        if kind is None:
            return ctx.names[name]
        v = ctx.env[name]
        return sol_num(fmt, v, kind, ctx.tpl.unit)
    return re.sub(r"\{(\w+)(?::([\w$]+))?\}", sub, text)


def wrap(fmt, s):
    if fmt.style == "latex_display":
        return r"\(" + s + r"\)"
    if fmt.style == "latex_inline":
        return (r"\(" + s + r"\)") if fmt.inline_paren else ("$" + s + "$")
    return s


def sol_num(fmt, v, kind, tunit):
    v = F(v)
    if kind == "a":
        return mag(v, fmt.thou)
    if kind == "n":
        s = fmt.n(v)
        return wrap(fmt, s) if v < 0 else s
    if kind == "u":
        return fmt.tu(v, tunit)
    if kind == "$":
        return fmt.u(abs(v), "$")
    if kind == "A$":
        return fmt.u(abs(v), "$")
    if kind == "$s":
        s = fmt.u(v, "$")
        return wrap(fmt, s) if v < 0 else s
    if kind == "Z":
        if v == 0:
            return "UTC+0"
        return "UTC" + (fmt.m if v < 0 else "+") + mag(v)
    if kind in ("G", "P"):
        if v > 0:
            return "+" + fmt.n(v)
        if v == 0:
            return "0" if kind == "P" else "E"
        return wrap(fmt, fmt.n(v))
    raise ValueError(kind)


# ------------------------------------------------------------------ equations
def unit_ok_operands(fmt, sv):
    return (fmt.unit_mode == "all" and sv.op in ("add", "sub", "diff", "sum")
            and sv.unit in OPERAND_UNITS)


def unit_ok_result(fmt, sv):
    if sv.unit in ("", "golf", "floor", "clock", None):
        return False
    if fmt.gsm:
        return False
    if sv.unit == "$" and not fmt.latex:
        return True
    return fmt.unit_mode in ("all", "result")


def lhs_parts(fmt, sv, uo=None):
    op, A = sv.op, sv.args
    if uo is None:
        uo = unit_ok_operands(fmt, sv)
    sp, M = fmt.sp, fmt.m

    def o(v, pos):
        return fmt.opnd(v, pos, uo, op, sv.unit)

    def plus_term(v):
        if v < 0 and fmt.neg_add == "minus":
            return f"{sp}{M}{sp}{o(-v, 1)}"
        return f"{sp}+{sp}{o(v, 1)}"

    if op == "add":
        return [o(A[0], 0) + plus_term(A[1])]
    if op == "sum":
        if fmt.explicit_plus and sv.signed_terms:
            def t(v, pos):
                if v > 0:
                    return "(+" + fmt.n(v) + ")"
                return "(" + fmt.n(v) + ")" if v < 0 else fmt.n(v)
            return [t(A[0], 0) + "".join(f"{sp}+{sp}" + t(v, 1) for v in A[1:])]
        return [o(A[0], 0) + "".join(plus_term(v) for v in A[1:])]
    if op == "diff" and fmt.diff_abs and A[0] - A[1] >= 0 and not uo:
        bar_l, bar_r = (r"\left|", r"\right|") if fmt.latex else ("|", "|")
        inner = fmt.n(A[1]) + f"{sp}{M}{sp}" + fmt.opnd(A[0], 1, False, op)
        return [bar_l + inner + bar_r, bar_l + fmt.n(A[1] - A[0]) + bar_r]
    if op in ("sub", "diff"):
        parts = [o(A[0], 0) + f"{sp}{M}{sp}" + o(A[1], 1)]
        if A[1] < 0 and fmt.dn_chain:
            if sv.kind == "double_negative":
                parts.append(o(A[0], 0) + f"{sp}{M}{sp}" + o(-A[1], 1))
            else:
                parts.append(o(A[0], 0) + f"{sp}+{sp}" + o(-A[1], 1))
        return parts
    if op == "mul":
        return [o(A[0], 0) + f"{sp}{fmt.mul}{sp}" + o(A[1], 1)]
    if op == "div":
        if fmt.div == "frac":
            return [r"\frac{" + fmt.n(A[0]) + "}{" + fmt.n(A[1]) + "}"]
        return [o(A[0], 0) + f"{sp}{fmt.div}{sp}" + o(A[1], 1)]
    if op == "abs":
        if fmt.latex:
            return [r"\left|" + fmt.n(A[0]) + r"\right|"]
        return ["|" + fmt.n(A[0]) + "|"]
    raise ValueError(op)


def eq(fmt, sv, bold=False):
    parts = lhs_parts(fmt, sv)
    r = fmt.res(sv.val, unit_ok_result(fmt, sv), sv.unit)
    if bold:
        r = "**" + r + "**"
    return (fmt.sp + "=" + fmt.sp).join(parts + [r])


def gsm_calc(fmt, sv):
    lhs = lhs_parts(fmt, sv)[0]
    r = fmt.n(sv.val)
    d = "$" if sv.unit == "$" else ""
    return f"{lhs}={d}<<{lhs}={r}>>{r}"


def text_u(ctx, v, unit=None):
    """value with unit in running text"""
    return ctx.fmt.tu(v, ctx.tpl.unit if unit is None else unit)


def sv_text(ctx, sv, v=None):
    v = sv.val if v is None else v
    u = sv.unit
    if u == "deg":
        return ctx.fmt.tu(v, "deg") if not ctx.fmt.latex else wrap(ctx.fmt, ctx.fmt.u(v, "deg"))
    return ctx.fmt.tu(v, u)


# ------------------------------------------------------------------ answer
def gloss(ctx, v):
    fmt, g = ctx.fmt, ctx.tpl.gloss
    v = F(v)
    if g is None and ctx.tpl.unit == "golf":
        g = "golf"
    if g is None or v == 0:
        return ""
    a = abs(v)
    if g == "golf":
        return f" ({mag(a)} {'under' if v < 0 else 'over'} par)"
    if v > 0:
        return ""
    if g == "overdrawn":
        return f" (overdrawn by {fmt.u(a, '$')})"
    if g == "owes":
        return f" (still owing {fmt.u(a, '$')})"
    if g == "sea":
        uu = "meters" if ctx.tpl.unit == "m" else "feet"
        return f" ({mag(a)} {uu} below sea level)"
    return ""


def final_text(ctx, with_gloss=False):
    v = ctx.final
    s = text_u(ctx, v, ctx.steps[-1].unit)
    if with_gloss:
        s += gloss(ctx, v)
    return s


# ------------------------------------------------------------------ helpers
def step_opener(rng, i, n):
    if i == 0:
        return rng.choice(["First", "First", "To start", "Okay, first"])
    if i == n - 1:
        return rng.choice(["Finally", "Last", "Then", "Now"])
    return rng.choice(["Next", "Then", "After that", "Now"])


def why_or(sv, alt):
    return sv.why if sv.why else alt


ANALOGY = {"C": ("a thermometer", "🌡️"), "F": ("a thermometer", "🌡️"),
           "$": ("a bank account where below zero means you owe money", "💰"),
           "m": ("a vertical number line where sea level is 0", "🌊"),
           "ft": ("a vertical number line where sea level is 0", "🌊"),
           "golf": ("a scorecard, where under par is negative", "⛳"),
           "floor": ("the buttons in an elevator", "🛗"),
           "pts": ("a scoreboard that can go below zero", "🎮"),
           "h": ("a row of world clocks", "🕐"),
           "": ("a number line", "📏")}


def tutor_tip(sv, rng):
    op, A = sv.op, sv.args
    if op == "add":
        if A[1] < 0:
            return rng.choice(["Adding a negative is the same as subtracting:",
                               "Adding a negative number moves us down:"])
        if A[0] < 0:
            return rng.choice(["Going up means adding:",
                               "When we add a positive to a negative, we move toward zero (and maybe past it):"])
        return "We add:"
    if op in ("sub", "diff"):
        if A[1] < 0:
            return rng.choice(["Remember, subtracting a negative is the same as adding a positive:",
                               "Here's the tricky part, subtracting a negative means adding:"])
        if op == "diff":
            return rng.choice(["To find the difference, subtract the lower value from the higher one:",
                               "The gap is the bigger number minus the smaller one:"])
        return rng.choice(["Going down means subtracting:", "We subtract:"])
    if op == "mul":
        if (A[0] < 0) != (A[1] < 0):
            return rng.choice(["A negative times a positive gives a negative:",
                               "Signs differ, so the product is negative:"])
        if A[0] < 0 and A[1] < 0:
            return rng.choice(["A negative times a negative is a positive:",
                               "Two negatives make a positive here:"])
        return "We multiply:"
    if op == "div":
        if (A[0] < 0) != (A[1] < 0):
            return rng.choice(["A negative divided by a positive is negative:",
                               "Dividing numbers with different signs gives a negative:"])
        return "We divide:"
    if op == "sum":
        return rng.choice(["Let's add them all up, keeping track of the signs:",
                           "Adding everything together:"])
    if op == "abs":
        return rng.choice(["Absolute value is just the distance from zero:",
                           "The absolute value drops the sign:"])
    return ""


# ================================================================== STYLES
def r_md_steps(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "md")
    L = []
    L.append([rng.choice([f"To find {ctx.ask}, let's work through it step by step.",
                          "Let's break this down step by step.",
                          f"We need to find {ctx.ask}. Let's go one step at a time."]), None, False])
    L.append(["", None, False])
    if ctx.trans and rng.random() < 0.8:
        tr = ", ".join(f"{p} → {y}" for p, y in ctx.trans)
        L.append([f"First, write the given values as signed numbers: {tr}.", None, False])
        L.append(["", None, False])
    hv = rng.randrange(3)
    bold = rng.random() < 0.35
    n = len(ctx.steps)
    for sv in ctx.steps:
        r = sub_rng(ctx.key, "md", sv.i)
        head = [f"Find {sv.label}", cap(sv.label), f"Calculate {sv.label}"][hv]
        L.append([f"### Step {sv.i + 1}: {head}", sv.i, False])
        if sv.why and sv.wtype != "frag":
            L.append([cap(sv.why) + ":", sv.i, False])
        L.append([eq(fmt, sv, bold), sv.i, True])
        L.append(["", sv.i, False])
    L.append(["### Final Answer", None, False])
    L.append([f"{cap(ctx.ask)} is **{final_text(ctx, rng.random() < 0.5)}**.", None, False])
    return L


def r_bullets(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "bul")
    L = []
    L.append([rng.choice(["Let me track this step by step:",
                          f"I'll work out {ctx.ask} one change at a time.",
                          "Here's the calculation:"]), None, False])
    L.append(["", None, False])
    if ctx.trans and rng.random() < 0.7:
        for p, y in ctx.trans[:2]:
            L.append([f"- {cap(p)} means {y}", None, False])
    elif ctx.start and rng.random() < 0.7:
        lab, val = ctx.start
        L.append([f"- {lab}: {text_u(ctx, val)}", None, False])
    use_short = rng.random() < 0.5
    for sv in ctx.steps:
        head = cap(sv.short) if use_short or not sv.why or sv.wtype == "frag" else cap(sv.why)
        L.append([f"- {head}: {eq(fmt, sv)}", sv.i, True])
    L.append(["", None, False])
    if rng.random() < 0.5:
        L.append([f"**Answer: {final_text(ctx)}**", None, False])
    else:
        L.append([f"**{cap(ctx.ask)} is {final_text(ctx, True)}.**", None, False])
    return L


def r_prose(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "prose")
    L = []
    blank = rng.random() < 0.6
    if ctx.trans and rng.random() < 0.7:
        p, y = ctx.trans[0]
        L.append([rng.choice([f"{cap(p)} is {y}.", f"{cap(p)} means {y}.",
                              f"We can write {p} as {y}."]), None, False])
        if blank:
            L.append(["", None, False])
    elif ctx.start and rng.random() < 0.6:
        lab, val = ctx.start
        L.append([f"{cap(lab)} is {text_u(ctx, val)}.", None, False])
        if blank:
            L.append(["", None, False])
    for sv in ctx.steps:
        r = sub_rng(ctx.key, "prose", sv.i)
        x = r.random()
        if sv.wtype == "clause" and x < 0.45:
            s = f"{cap(sv.why)}, so {sv.label} is {eq(fmt, sv)}."
        elif sv.wtype == "clause" and x < 0.7:
            s = f"Since {sv.why}, {sv.label} is {eq(fmt, sv)}."
        elif sv.wtype == "imp" and x < 0.5:
            s = f"{cap(sv.why)}: {eq(fmt, sv)}."
        else:
            s = f"{cap(sv.label)} is {eq(fmt, sv)}."
        L.append([s, sv.i, True])
        if blank:
            L.append(["", sv.i, False])
    if rng.random() < 0.5:
        L.append([f"So {ctx.ask} is {final_text(ctx, True)}.", None, False])
    else:
        L.append([f"The answer is {final_text(ctx)}.", None, False])
    return L


def r_gsm8k(ctx):
    fmt = ctx.fmt
    L = []
    for sv in ctx.steps:
        r = sub_rng(ctx.key, "gsm", sv.i)
        calc = gsm_calc(fmt, sv)
        uw = {"C": " degrees", "F": " degrees", "deg": " degrees", "m": " meters",
              "ft": " feet", "pts": " points", "yd": " yards", "floors": " floors",
              "strokes": " strokes", "h": " hours", "min": " minutes",
              "s": " seconds", "weeks": " weeks", "coins": " coins",
              "steps": " steps", "L": " liters", "lb": " pounds"}.get(sv.unit, "")
        if sv.wtype == "clause" and r.random() < 0.5:
            s = f"{cap(sv.why)}, so {sv.label} is {calc}{uw}."
        else:
            s = f"{cap(sv.label)} is {calc}{uw}."
        L.append([s, sv.i, True])
    return L


def r_latex_display(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "ltxd")
    L = []
    L.append([rng.choice([f"To determine {ctx.ask}, we follow these steps:",
                          f"To find {ctx.ask}, we'll go step by step.",
                          "Let's solve this step by step."]), None, False])
    L.append(["", None, False])
    if ctx.trans and rng.random() < 0.6:
        tr = " and ".join(f"{p} corresponds to {y}" for p, y in ctx.trans[:2])
        L.append([f"Note that {tr}.", None, False])
        L.append(["", None, False])
    oneline = rng.random() < 0.4
    for sv in ctx.steps:
        lab = cap(sv.label)
        if sv.why and sv.wtype == "frag":
            L.append([f"{sv.i + 1}. **{lab}** ({sv.why}):", sv.i, False])
        elif sv.why:
            L.append([f"{sv.i + 1}. **{lab}:** {cap(sv.why).rstrip('.')}.", sv.i, False])
        else:
            L.append([f"{sv.i + 1}. **{lab}:**", sv.i, False])
        e = eq(fmt, sv)
        if oneline:
            L.append([r"\[ " + e + r" \]", sv.i, True])
        else:
            L.append([r"\[", sv.i, False])
            L.append([e, sv.i, True])
            L.append([r"\]", sv.i, False])
        L.append(["", sv.i, False])
    fv = plain(ctx.final).replace("-", "-")
    if rng.random() < 0.6:
        L.append([f"Therefore, {ctx.ask} is \\(\\boxed{{{fmt.n(ctx.final)}}}\\).", None, False])
    else:
        L.append([r"The final answer is \(\boxed{" + fmt.n(ctx.final) + r"}\).", None, False])
    return L


def r_terse(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "terse")
    L = []
    labels = rng.random() < 0.7
    for sv in ctx.steps:
        e = eq(fmt, sv)
        L.append([f"{cap(sv.short)}: {e}" if labels else e, sv.i, True])
    L.append([f"Answer: {final_text(ctx)}", None, False])
    return L


def r_chatty(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "chat")
    L = []
    an, emo = ANALOGY.get(ctx.tpl.unit, ANALOGY[""])
    L.append([rng.choice([f"Great question! Let's think about this like {an} {emo}",
                          f"Ooh, I like this one! Picture {an}. {emo}",
                          f"Let's work through this together! It helps to imagine {an}."]), None, False])
    L.append(["", None, False])
    if ctx.trans and rng.random() < 0.75:
        p, y = ctx.trans[0]
        L.append([rng.choice([f"Quick reminder: {p} means {y}.",
                              f"First, notice that {p} is the same as {y}."]), None, False])
        L.append(["", None, False])
    n = len(ctx.steps)
    for sv in ctx.steps:
        r = sub_rng(ctx.key, "chat", sv.i)
        op = step_opener(r, sv.i, n)
        tip = tutor_tip(sv, r)
        e = eq(fmt, sv)
        rt = sv_text(ctx, sv)
        if sv.wtype == "clause":
            s = f"{op}, {sv.why}. {tip} {e}. So {sv.label} is {rt}."
        elif sv.wtype == "imp":
            s = f"{op}, let's {sv.why}. {tip} {e}. So {sv.label} is {rt}."
        else:
            s = f"{op}, let's find {sv.label}. {tip} {e}. That gives {rt}."
        if sv.val < 0 and r.random() < 0.4 and sv.unit in ("C", "F"):
            s += " Brr, below zero! 🥶"
        L.append([s, sv.i, True])
        L.append(["", sv.i, False])
    end = rng.choice(["Hope that helps! 😊", "Let me know if you'd like to try another one!",
                      "You've got this! 🎉", ""])
    L.append([f"So {ctx.ask} is **{final_text(ctx, True)}**. {end}".rstrip(), None, False])
    return L


def r_numberline(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "nl")
    vert = ctx.tpl.vert
    pos, neg = ("up", "down") if vert else ("right", "left")
    L = []
    if vert:
        L.append([rng.choice(["Let's use a vertical number line, with 0 in the middle.",
                              "Picture a vertical number line: up is positive, down is negative."]), None, False])
    else:
        L.append([rng.choice(["Let's use a number line.",
                              "Think of a number line: right is positive, left is negative."]), None, False])
    L.append(["", None, False])
    if ctx.trans and rng.random() < 0.7:
        p, y = ctx.trans[0]
        L.append([f"{cap(p)} is the point {y} on the number line.", None, False])
    n = len(ctx.steps)
    units = "units" if rng.random() < 0.6 else "places"
    for sv in ctx.steps:
        r = sub_rng(ctx.key, "nl", sv.i)
        A, R = sv.args, sv.val
        N = fmt.n
        x = r.random()
        if sv.op in ("add", "sub"):
            move = A[1] if sv.op == "add" else -A[1]
            d = pos if move > 0 else neg
            m = mag(abs(move), fmt.thou)
            if sv.op == "sub" and A[1] < 0:
                s = f"Subtracting {N(A[1])} is the same as adding {m}, so start at {N(A[0])} and move {m} {units} {d}: {eq(fmt, sv)}."
            elif x < 0.5:
                s = f"Start at {N(A[0])} and move {m} {units} {d}: {eq(fmt, sv)}."
            else:
                s = f"Start at {N(A[0])}, move {m} {d}, and you land on {N(R)}."
        elif sv.op == "diff":
            a, b = A
            okd = a - b >= 0
            if okd and b < 0 < a and x < 0.5:
                s = (f"From {N(b)} up to 0 is {mag(-b, fmt.thou)}, and from 0 up to {N(a)} is {mag(a, fmt.thou)}, "
                     f"so the distance is {mag(-b, fmt.thou)} + {mag(a, fmt.thou)} = {N(R)}.")
            elif okd and x < 0.8:
                s = f"From {N(b)} to {N(a)} is {N(R)} {units}."
            else:
                s = f"The distance is {eq(fmt, sv)}."
        elif sv.op == "mul":
            s = f"{eq(fmt, sv)}."
            if (A[0] < 0) != (A[1] < 0):
                s += f" (Each step moves {neg}, so the product is negative.)"
        elif sv.op == "div":
            s = f"Split it into equal parts: {eq(fmt, sv)}."
        elif sv.op == "sum":
            s = r.choice(["Add them all up:", "Combine them:", "Adding everything:"]) + f" {eq(fmt, sv)}."
        elif sv.op == "abs":
            s = f"{N(A[0])} is {N(R)} {units} from 0, so {eq(fmt, sv)}."
        else:
            s = eq(fmt, sv)
        L.append([cap(s) if s[0].isalpha() else s, sv.i, True])
    L.append([f"The answer is {final_text(ctx, rng.random() < 0.5)}.", None, False])
    return L


def r_table(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "tab")
    L = []
    L.append([rng.choice(["Let's organize the work in a table:",
                          "Here is the work, step by step:",
                          f"Tracking {ctx.ask}:"]), None, False])
    L.append(["", None, False])
    layout = "A" if rng.random() < 0.5 else "B"
    if all(sv.change is not None for sv in ctx.steps) and rng.random() < 0.7:
        layout = "C"
    if layout == "C":
        L.append(["| Step | Change | Result |", None, False])
        L.append(["|------|--------|--------|", None, False])
    elif layout == "A":
        L.append(["| Step | Work |", None, False])
        L.append(["|------|------|", None, False])
    else:
        L.append(["| Step | Calculation | Result |", None, False])
        L.append(["|------|-------------|--------|", None, False])
    if ctx.start and rng.random() < 0.6:
        lab, val = ctx.start
        if layout == "A":
            L.append([f"| {lab} | {text_u(ctx, val)} |", None, False])
        else:
            L.append([f"| {lab} | — | {text_u(ctx, val)} |", None, False])
    cs = "+" if rng.random() < 0.8 else ""
    for sv in ctx.steps:
        if sv.op == "abs":
            a = sv.args[0]
            calc = f"{fmt.m}({fmt.n(a)})" if a < 0 else fmt.n(a)
            parts = [calc]
        else:
            parts = lhs_parts(fmt, sv)
        r = fmt.res(sv.val, unit_ok_result(fmt, sv), sv.unit)
        if layout == "C":
            ch = sv.change
            chs = (cs + mag(ch, fmt.thou)) if ch > 0 else fmt.n(ch)
            if sv.unit == "$":
                chs = (cs + fmt.u(ch, "$")) if ch > 0 else fmt.u(ch, "$")
            L.append([f"| {cap(sv.short)} | {chs} | {' = '.join(parts + [r])} |", sv.i, True])
        elif layout == "A":
            L.append([f"| {cap(sv.short)} | {' = '.join(parts + [r])} |", sv.i, True])
        else:
            L.append([f"| {cap(sv.short)} | {parts[0]} | {r} |", sv.i, True])
    L.append(["", None, False])
    L.append([f"So {ctx.ask} is **{final_text(ctx, rng.random() < 0.5)}**.", None, False])
    return L


def r_latex_inline(ctx):
    fmt, rng = ctx.fmt, sub_rng(ctx.key, "ltxi")
    L = []
    L.append([rng.choice([f"We want {ctx.ask}.", "Let's compute step by step.",
                          f"We need {ctx.ask}."]), None, False])
    L.append(["", None, False])
    numbered = rng.random() < 0.6
    lo, lc = (r"\(", r"\)") if fmt.inline_paren else ("$", "$")
    for sv in ctx.steps:
        e = lo + " " + eq(fmt, sv) + " " + lc if fmt.inline_paren else "$" + eq(fmt, sv) + "$"
        if numbered:
            body = f"{cap(sv.why)}: {e}." if sv.why else f"{cap(sv.label)}: {e}."
            L.append([f"**Step {sv.i + 1}.** {body}", sv.i, True])
        else:
            if sv.wtype == "clause":
                L.append([f"{cap(sv.why)}, so {sv.label} is {e}.", sv.i, True])
            else:
                L.append([f"{cap(sv.label)} is {e}.", sv.i, True])
        L.append(["", sv.i, False])
    L.append([f"**Answer:** {final_text(ctx)}", None, False])
    return L


RENDER = {"md_steps": r_md_steps, "bullets": r_bullets, "prose": r_prose,
          "gsm8k": r_gsm8k, "latex_display": r_latex_display, "terse": r_terse,
          "chatty": r_chatty, "numberline": r_numberline, "table": r_table,
          "latex_inline": r_latex_inline}
