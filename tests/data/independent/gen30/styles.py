"""Ten writing styles modelled on how current instruct models write
physics / chemistry solutions."""
from core import (rstr, qty_str, num_str, unit_str, unit_word, simplify_once, count_ops, same_tree,
                  Num, Bin, Pow, Half, Sym, h_int, val, plain)

MARK_A, MARK_B = "\x01", "\x02"


class Ctx:
    """deterministic, value-independent choices for one problem"""

    def __init__(self, key):
        self.key = key

    def pick(self, slot, options):
        return options[h_int(self.key, slot) % len(options)]

    def coin(self, slot, p):
        return (h_int(self.key, slot) % 10000) < p * 10000


class Doc:
    def __init__(self):
        self.lines = []
        self.step_ranges = {}
        self._cur = None

    def add(self, *ls):
        for l in ls:
            self.lines.extend(l.split("\n"))

    def blank(self):
        self.lines.append("")

    def begin(self, i):
        self._cur = (i, len(self.lines))

    def end(self):
        i, a = self._cur
        self.step_ranges[i] = (a, len(self.lines))
        self._cur = None


def cap(s):
    return s[:1].upper() + s[1:]


class SV:
    """view of one step for rendering"""

    def __init__(self, i, st, expr, rel, disp):
        self.i, self.st, self.expr, self.rel, self.disp = i, st, expr, rel, disp
        self.sym, self.formula, self.unit = st.sym, st.formula, st.unit
        self.conv, self.desc, self.law, self.word = st.conv, st.desc, st.law, st.word
        self.money = st.pol.money


def res(sv, fl, force_units=True):
    return qty_str(sv.disp, sv.unit, fl, sv.money, force_units=force_units, mark=True)


def subst(sv, fl):
    """numeric substitution string"""
    if sv.conv:
        f2 = dict(fl)
        f2["units"] = True
        if sv.conv == "eq":
            src = sv.expr
            while isinstance(src, Bin):
                src = src.a
            return rstr(src, f2)
        # show the source quantity with its unit, the factors bare
        return rstr(sv.expr, dict(f2, units=True))
    return rstr(sv.expr, fl)


def inter(sv, fl):
    if sv.conv:
        return None
    t = simplify_once(sv.expr)
    if same_tree(t, sv.expr) or count_ops(sv.expr) < 2:
        return None
    return rstr(t, fl)


def rel_s(sv, latex=False):
    if sv.rel == "=":
        return "="
    return "\\approx" if latex else "≈"


def chain(sv, fl, sfl, with_formula=True, with_inter=False, latex=False, sym=None, res_units=True):
    parts = []
    lhs = sym if sym is not None else rstr(sv.sym, sfl)
    parts.append(lhs)
    s = subst(sv, fl)
    if with_formula and sv.formula is not None and not sv.conv:
        parts.append(rstr(sv.formula, sfl))
    parts.append(s)
    if with_inter:
        it = inter(sv, fl)
        if it:
            parts.append(it)
    r = res(sv, fl, force_units=res_units)
    return " = ".join(parts) + " " + rel_s(sv, latex) + " " + r


def title(sv, ctx, slot=""):
    if sv.st.verb:
        v = sv.st.verb
    else:
        v = ctx.pick(("verb", sv.i, slot), ["Calculate", "Find", "Determine", "Calculate", "Compute"])
    return v + " " + sv.desc


def verb_lower(sv, ctx):
    if sv.st.verb:
        return sv.st.verb.lower()
    return ctx.pick(("vl", sv.i), ["calculate", "find", "determine", "work out"])


def final_ans(prob, svs, fl, with_units=True):
    sv = svs[-1]
    return qty_str(sv.disp, sv.unit, fl, sv.money, force_units=with_units)


def approx_word(sv, ctx):
    if sv.rel == "=":
        return ""
    return ctx.pick("apw", ["approximately ", "about ", "approximately "])


def hash_line(sv):
    return "#### " + plain(val(sv.disp))


# ====================================================================== styles

def st_gpt4o(prob, svs, ctx):
    fl = dict(units=True, umode="text", usep=" \\, ", mul=" \\times ", div="frac", pow="^", half="\\frac{1}{2}",
              sci="latex")
    sfl = dict(symmode="latex", mul=" \\cdot ", div="frac", pow="^", half="\\frac{1}{2}", halfjux=False)
    d = Doc()
    d.add(ctx.pick("intro", [
        f"To find {prob.ask}, we can break the problem into a few steps.",
        f"To determine {prob.ask}, let's go through the problem step by step.",
        f"To solve this problem, we need to find {prob.ask}. Let's work through it step by step.",
    ]))
    d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"### Step {sv.i + 1}: {title(sv, ctx)}")
        d.blank()
        two = sv.formula is not None and not sv.conv and ctx.coin(("two", sv.i), 0.45)
        if sv.conv:
            d.add(ctx.pick(("clead", sv.i), ["We convert the units:", "Converting:", "Using the conversion factor:"]))
            d.blank()
            d.add("\\[", chain(sv, fl, sfl, latex=True), "\\]")
        elif two:
            lead = f"Using {sv.law}:" if sv.law else ctx.pick(("lead", sv.i), ["The formula is:", "We use the formula:", f"The formula for {sv.sym.word} is:"])
            d.add(lead)
            d.blank()
            d.add("\\[", f"{rstr(sv.sym, sfl)} = {rstr(sv.formula, sfl)}", "\\]")
            d.blank()
            d.add(ctx.pick(("sub", sv.i), ["Substituting the values:", "Substitute the known values:", "Plugging in the numbers:"]))
            d.blank()
            d.add("\\[", chain(sv, fl, sfl, with_formula=False, with_inter=ctx.coin(("it", sv.i), 0.5), latex=True), "\\]")
        else:
            lead = f"Using {sv.law}:" if sv.law else ctx.pick(("lead1", sv.i), [f"We {verb_lower(sv, ctx)} {sv.desc}:", "Using the formula:", "We have:"])
            d.add(lead)
            d.blank()
            d.add("\\[", chain(sv, fl, sfl, latex=True), "\\]")
        d.blank()
        d.end()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, fl, last.money, force_units=True)
    d.add("### Final Answer")
    d.blank()
    if ctx.coin("box", 0.6):
        d.add(f"{cap(prob.ask)} is {approx_word(last, ctx)}\\(\\boxed{{{fa}}}\\).")
    else:
        d.add(f"{cap(prob.ask)} is {approx_word(last, ctx)}**{qty_str(last.disp, last.unit, dict(units=True, umode='plain', usep=' '), last.money, force_units=True)}**.")
    d.blank()
    d.add(hash_line(last))
    return d


def st_claude(prob, svs, ctx):
    div = ctx.pick("div", [" / ", " ÷ ", " / "])
    fl = dict(units=True, umode="plain", usep=" ", mul=" × ", div=div, pow="uni", half="½", tsep=",", sci="uni",
              minus="−")
    sfl = dict(symmode="plain", mul="", mul2=" × ", div="/", pow="uni", half="½", halfjux=True)
    d = Doc()
    d.add(ctx.pick("intro", ["I'll solve this step by step.", "Let me work through this step by step.",
                             f"I need to find {prob.ask}.", "Let me solve this problem step by step."]))
    d.blank()
    if prob.givens and ctx.coin("given", 0.7):
        d.add("**Given:**")
        for lab, sym, q in prob.givens:
            d.add(f"- {lab}: {sym} = {qty_str(q.disp, q.unit, fl, q.money, force_units=True)}")
        d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"**Step {sv.i + 1}: {title(sv, ctx)}**")
        d.blank()
        if sv.law and ctx.coin(("law", sv.i), 0.6):
            d.add(f"Using {sv.law}:")
        d.add(chain(sv, fl, sfl))
        d.blank()
        d.end()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, fl, last.money, force_units=True)
    d.add(ctx.pick("outro", [f"**Answer:** {cap(prob.ask)} is {approx_word(last, ctx)}**{fa}**.",
                             f"**{cap(prob.ask)} is {approx_word(last, ctx)}{fa}.**",
                             f"**Answer: {approx_word(last, ctx)}{fa}**"]))
    d.blank()
    d.add(hash_line(last))
    return d


def st_llama(prob, svs, ctx):
    div = ctx.pick("div", ["frac", " / "])
    fl = dict(units=False, umode="text", usep=" \\, ", mul=" \\times ", div=div, pow="^", half="\\frac{1}{2}", sci="latex",
              dollar="\\$")
    sfl = dict(symmode="latex", mul=" \\times ", div=div, pow="^", half="\\frac{1}{2}")
    d = Doc()
    off = 0
    if prob.givens and ctx.coin("given", 0.5):
        off = 1
        d.add("## Step 1: Identify the given information")
        parts = []
        for lab, sym, q in prob.givens:
            parts.append(f"{lab.lower()} = {qty_str(q.disp, q.unit, dict(units=True, umode='plain', usep=' ', sci='caret'), q.money, force_units=True)}")
        d.add("We are given: " + ", ".join(parts) + ".")
        d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"## Step {sv.i + 1 + off}: {title(sv, ctx)}")
        r = res(sv, fl, force_units=False)
        u = "" if not sv.unit or sv.money else " " + unit_str(sv.unit, "plain")
        ch = chain(sv, fl, sfl, res_units=False, latex=True)
        if sv.conv:
            if sv.conv == "eq":
                lead = f"We {sv.st.verb.lower()} {sv.desc}"
            else:
                lead = ctx.pick(("cl", sv.i), [f"To {sv.st.verb.lower()} {sv.desc}, we use the conversion factor", f"We {sv.st.verb.lower()} {sv.desc}"])
            d.add(f"{lead}: ${ch}${u}.")
        else:
            if sv.law:
                lead = f"Using {sv.law}, we get"
            else:
                lead = ctx.pick(("ld", sv.i), [f"To {verb_lower(sv, ctx)} {sv.desc}, we use the formula", f"The formula for {sv.sym.word} gives", f"We can {verb_lower(sv, ctx)} {sv.desc} using"])
            d.add(f"{lead} ${ch}${u}.")
        d.blank()
        d.end()
    last = svs[-1]
    b = num_str(last.disp, dict(tsep=""), last.money).replace("$", "\\$")
    d.add("The final answer is: $\\boxed{" + b + "}$")
    return d


def st_qwen(prob, svs, ctx):
    fl = dict(units=False, umode="qtext", mul=" \\times ", div="frac", pow="^", half="\\frac{1}{2}", sci="latex",
              dollar="\\$")
    sfl = dict(symmode="latex", mul=" \\times ", div="frac", pow="^", half="\\frac{1}{2}")
    d = Doc()
    d.add(ctx.pick("intro", [f"To determine {prob.ask}, we need to follow these steps:",
                             f"To find {prob.ask}, we will follow these steps:",
                             f"To solve for {prob.ask}, we can proceed as follows:"]))
    d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"{sv.i + 1}. **{title(sv, ctx)}.**")
        if sv.conv:
            d.add("   " + ctx.pick(("cv", sv.i), ["Converting the units:", "We convert:", "The conversion is:"]))
            d.add("   \\[", "   " + chain(sv, fl, sfl, latex=True), "   \\]")
        else:
            s = sv.sym
            if sv.formula is not None and ctx.coin(("sep", sv.i), 0.6):
                d.add(f"   The formula for {sv.sym.word} is:" if not sv.law else f"   Using {sv.law}:")
                d.add("   \\[", f"   {rstr(s, sfl)} = {rstr(sv.formula, sfl)}", "   \\]")
                d.add("   " + ctx.pick(("sb", sv.i), ["Substituting the given values:", "Substituting the values:", "Plugging in the values, we get:"]))
                d.add("   \\[", "   " + chain(sv, fl, sfl, with_formula=False, with_inter=True, latex=True), "   \\]")
            else:
                d.add("   " + ctx.pick(("ld", sv.i), [f"The {sv.sym.word} is given by:", "We have:", f"We {verb_lower(sv, ctx)} {sv.desc}:"]))
                d.add("   \\[", "   " + chain(sv, fl, sfl, with_inter=True, latex=True), "   \\]")
        d.blank()
        d.end()
    last = svs[-1]
    b = num_str(last.disp, dict(tsep=""), last.money).replace("$", "\\$")
    uw = "" if last.money or not last.unit else " " + ctx.pick("uw", [unit_word(last.unit), unit_str(last.unit, "plain")])
    d.add(f"Therefore, {prob.ask} is {approx_word(last, ctx)}\\(\\boxed{{{b}}}\\){uw}.")
    d.blank()
    d.add(hash_line(last))
    return d


def st_gemma(prob, svs, ctx):
    fl = dict(units=True, umode="ascii", usep=" ", mul=" x ", div=" / ", pow="^", half="1/2", sci="x")
    sfl = dict(symmode="word", mul=" x ", div=" / ", pow="^", half="1/2")
    d = Doc()
    d.add(ctx.pick("intro", ["Here's how to solve this problem:", "Here's how to solve the problem step-by-step:",
                             "Here's how to figure this out:"]))
    d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"**{sv.i + 1}. {title(sv, ctx)}:**")
        d.blank()
        w = sv.word
        if sv.conv:
            d.add(f"* {w} = {subst(sv, fl)} {rel_s(sv)} {res(sv, fl)}")
        else:
            if sv.formula is not None:
                d.add(f"* {w} = {rstr(sv.formula, sfl)}")
            d.add(f"* {w} = {subst(sv, fl)}")
            d.add(f"* {w} {rel_s(sv)} {res(sv, fl)}")
        d.blank()
        d.end()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, fl, last.money, force_units=True)
    d.add(ctx.pick("outro", [f"**Answer:** {cap(prob.ask)} is {approx_word(last, ctx)}**{fa}**.",
                             f"**Therefore, {prob.ask} is {approx_word(last, ctx)}{fa}.**"]))
    d.blank()
    d.add(hash_line(last))
    return d


def st_phi(prob, svs, ctx):
    fl = dict(units=True, umode="ascii", usep=" ", mul=" * ", div=" / ", pow="^", half="0.5", sci="x")
    sfl = dict(symmode="plain", mul=" * ", div=" / ", pow="^", half="0.5")
    d = Doc()
    d.add(ctx.pick("intro", [f"To find {prob.ask}, we need to go through a few calculations.",
                             f"To solve this problem, we need to calculate {prob.ask}.",
                             f"We need to determine {prob.ask}. Let's do this in steps."]))
    d.blank()
    n = len(svs)
    for sv in svs:
        d.begin(sv.i)
        if sv.i == 0:
            con = "First"
        elif sv.i == n - 1:
            con = ctx.pick("fin", ["Finally", "Now", "Lastly"])
        else:
            con = ctx.pick(("con", sv.i), ["Next", "Then", "Now"])
        s = rstr(sv.sym, sfl)
        lead = f"{con}, we {verb_lower(sv, ctx)} {sv.desc}"
        if sv.law and not sv.conv:
            lead += f" using {sv.law}"
        three = (not sv.conv) and sv.formula is not None and ctx.coin(("three", sv.i), 0.5)
        if three:
            d.add(lead + ":")
            d.blank()
            d.add(f"{s} = {rstr(sv.formula, sfl)}")
            d.add(f"{s} = {subst(sv, fl)}")
            d.add(f"{s} {rel_s(sv)} {res(sv, fl)}")
        else:
            d.add(lead + ":")
            d.blank()
            d.add(chain(sv, fl, sfl))
        d.blank()
        d.end()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, fl, last.money, force_units=True)
    d.add(ctx.pick("outro", [f"So, {prob.ask} is {approx_word(last, ctx)}{fa}.",
                             f"Therefore, {prob.ask} is {approx_word(last, ctx)}{fa}."]))
    if ctx.coin("hash", 0.5):
        d.blank()
        d.add(hash_line(last))
    return d


def st_terse(prob, svs, ctx):
    fl = dict(units=False, mul=" * ", div=" / ", pow="^", half="0.5", sci="e")
    d = Doc()
    if ctx.coin("intro", 0.4):
        d.add(ctx.pick("introt", ["Let's solve step by step.", "Solution:"]))
    for sv in svs:
        d.begin(sv.i)
        r = res(sv, fl)
        rel = rel_s(sv)
        d.add(f"{cap(sv.st.tdesc)} is {subst(sv, fl)} {rel} {r}.")
        d.end()
    last = svs[-1]
    d.add(hash_line(last))
    return d


def st_mathrm(prob, svs, ctx):
    div = ctx.pick("div", ["frac", " / "])
    fl = dict(units=True, umode="mathrm", usep="\\,", mul=" \\cdot ", div=div, pow="^", half="\\tfrac{1}{2}",
              sci="cdot", tsep="\\,", dollar="\\$")
    sfl = dict(symmode="latex", mul="", juxsep=" ", mul2=" \\cdot ", div=div, pow="^", half="\\tfrac{1}{2}")
    d = Doc()
    d.add(ctx.pick("intro", ["**Solution.**", "**Solution:**", "We proceed in steps."]))
    d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"{sv.i + 1}. {cap(sv.st.tdesc)}: ${chain(sv, fl, sfl, latex=True)}$.")
        d.end()
    d.blank()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, fl, last.money, force_units=True)
    d.add(f"**Answer:** ${rstr(last.sym, sfl)} {rel_s(last, True)} {fa}$")
    d.blank()
    d.add(hash_line(last))
    return d


def st_aligned(prob, svs, ctx):
    fl = dict(units=True, umode="text", usep="\\ ", juxt=True, mul=" \\times ", div="frac", fraccmd="\\dfrac",
              pow="^", half="\\tfrac{1}{2}", sci="latex", dollar="\\$")
    sfl = dict(symmode="latex", mul="", juxsep=" ", mul2=" \\times ", div="frac", fraccmd="\\dfrac", pow="^",
               half="\\tfrac{1}{2}")
    d = Doc()
    d.add(ctx.pick("intro", [f"We need {prob.ask}.", "Let's set up the calculation.",
                             f"Goal: find {prob.ask}."]))
    d.blank()
    for sv in svs:
        d.begin(sv.i)
        d.add(f"**Step {sv.i + 1} – {title(sv, ctx)}**")
        d.blank()
        d.add("\\[", "\\begin{aligned}")
        s = rstr(sv.sym, sfl)
        lines = []
        if sv.formula is not None and not sv.conv:
            lines.append(f"{s} &= {rstr(sv.formula, sfl)}")
            lines.append(f"&= {subst(sv, fl)}")
        else:
            lines.append(f"{s} &= {subst(sv, fl)}")
        it = inter(sv, fl)
        if it:
            lines.append(f"&= {it}")
        lines.append(f"&{rel_s(sv, True)} {res(sv, fl)}")
        for j, l in enumerate(lines):
            d.add(l + (" \\\\" if j < len(lines) - 1 else ""))
        d.add("\\end{aligned}", "\\]")
        d.blank()
        d.end()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, fl, last.money, force_units=True)
    d.add(f"**Answer:** {cap(prob.ask)} is {approx_word(last, ctx)}\\({fa}\\).")
    d.blank()
    d.add(hash_line(last))
    return d


def st_plain(prob, svs, ctx):
    fl = dict(units=False, mul=" · ", div=" / ", pow="uni", half="½", sci="uni", minus="−")
    ufl = dict(units=True, umode="plain", usep=" ", sci="uni")
    sfl = dict(symmode="plain", mul="", mul2="·", div="/", pow="uni", half="½", halfjux=True)
    d = Doc()
    if prob.givens:
        parts = [f"{sym} = {qty_str(q.disp, q.unit, ufl, q.money, force_units=True)}" for lab, sym, q in prob.givens]
        d.add(ctx.pick("known", ["Known: ", "Data: ", "Given: "]) + ", ".join(parts))
        d.blank()
    for sv in svs:
        d.begin(sv.i)
        lab = cap(sv.st.short)
        d.add(f"{sv.i + 1}) {lab}: {chain(sv, fl, sfl)}")
        d.end()
    d.blank()
    last = svs[-1]
    fa = qty_str(last.disp, last.unit, ufl, last.money, force_units=True)
    d.add(ctx.pick("ans", [f"Answer: {rstr(last.sym, sfl)} {rel_s(last)} {fa}", f"Answer: {fa}",
                           f"→ {cap(prob.ask)} {'is' if last.rel == '=' else 'is about'} {fa}."]))
    return d


STYLES = {
    "gpt4o_md": st_gpt4o,
    "claude_md": st_claude,
    "llama_steps": st_llama,
    "qwen_boxed": st_qwen,
    "gemma_bullets": st_gemma,
    "phi_prose": st_phi,
    "terse_gsm": st_terse,
    "mathrm_inline": st_mathrm,
    "aligned_latex": st_aligned,
    "plain_unicode": st_plain,
}
STYLE_ORDER = list(STYLES)
SCI_BIG = {"aligned_latex", "plain_unicode", "terse_gsm", "mathrm_inline"}


def render_solution(style, prob, steps, shown_res, exprs, ctx):
    svs = [SV(i, st, exprs[i], shown_res[i][0], shown_res[i][1]) for i, st in enumerate(steps)]
    d = STYLES[style](prob, svs, ctx)
    lines = d.lines
    while lines and lines[-1] == "":
        lines.pop()
    marks = {}
    clean = []
    for li, l in enumerate(lines):
        if MARK_A in l:
            marks.setdefault(li, 0)
            marks[li] += l.count(MARK_A)
        clean.append(l.replace(MARK_A, "").replace(MARK_B, ""))
    # result lines: in order of steps
    res_lines = [li for li in sorted(marks) for _ in range(marks[li])]
    return clean, res_lines, d.step_ranges
