"""Solution writing styles for set 19 (7-8B instruct model habits)."""
import re
from fractions import Fraction as Fr


def _group(intpart, sep):
    s = str(intpart)
    if not sep or len(s) <= 3:
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def _fmt(v, typ, cents, sep):
    v = Fr(v)
    if typ == "m":
        c = v * 100
        assert c.denominator == 1
        c = int(c)
        if c % 100 == 0 and not cents:
            return _group(c // 100, sep)
        return "%s.%02d" % (_group(c // 100, sep), c % 100)
    if typ == "c":
        assert v.denominator == 1
        return _group(int(v), sep)
    m = v * 1000
    assert m.denominator == 1
    m = int(m)
    ip, fp = m // 1000, m % 1000
    if fp == 0:
        return _group(ip, sep)
    return ("%s.%03d" % (_group(ip, sep), fp)).rstrip("0")


def fmt_plain(v, typ, opts):
    """Number as the style writes it, without $ and without thousands separators."""
    return _fmt(v, typ, opts.get("cents", False), None)


def fmt_num(v, typ, opts, ctx):
    sep = None
    if opts.get("sep"):
        sep = "{,}" if (ctx == "m" and opts.get("latex_sep")) else ","
    return _fmt(v, typ, opts.get("cents", False), sep)


def _dec_str(v):
    return _fmt(v, "d", False, None)


# ------------------------------------------------------------------ style table
STYLES = {
    "numbered_plain": dict(weight=10, desc="Plain numbered list, one sentence per step, unicode × ÷ −, thousands separators, closing 'So, the answer is'.",
                           ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, pct="pct", of=True, sep=True, cents=False),
    "llama_headers": dict(weight=12, desc="Llama-3.1 style '## Step N:' headers, ASCII * and /, money always with cents, 'The final answer is: $\\boxed{}$'.",
                          ops={"+": " + ", "-": " - ", "*": " * ", "/": " / "}, pct="dec", of=False, sep=False, cents=True),
    "qwen_display": dict(weight=11, desc="Qwen2.5 style numbered bold headings with display LaTeX \\[ \\] blocks, \\times/\\div, \\$, 1{,}250, restatement line, boxed answer in display math.",
                         ops={"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "}, pct="latex", of=False, sep=True, latex_sep=True, cents=False, math=True),
    "gemma_bullets": dict(weight=9, desc="Gemma-2 style '* **Label:**' bullets with 'x' as multiplication, '**Answer:**' line.",
                          ops={"+": " + ", "-": " - ", "*": " x ", "/": " / "}, pct="pct", of=True, sep=True, cents=False),
    "mistral_prose": dict(weight=9, desc="Mistral style prose paragraphs with connectors (First, Next, Finally), ASCII ops, 'which is' clauses.",
                          ops={"+": " + ", "-": " - ", "*": " * ", "/": " / "}, pct="dec", of=False, sep=True, cents=False),
    "gsm8k_hash": dict(weight=7, desc="GSM8K reference style: terse sentences, unspaced 3*60=180, '#### N' answer line.",
                       ops={"+": "+", "-": "-", "*": "*", "/": "/"}, pct="over100", of=False, sep=False, cents=False, eq="="),
    "inline_dollar": dict(weight=8, desc="'Step N:' lines with inline $...$ LaTeX, \\frac{}{}, \\$ money, units after the math, boxed answer.",
                          ops={"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "}, pct="frac100", of=False, sep=True, latex_sep=False, cents=True, math=True),
    "phi_worded": dict(weight=8, desc="Phi-3 style worded operators (plus, minus, times, divided by, equals, percent of), 'Answer:' line.",
                       ops={"+": " plus ", "-": " minus ", "*": " times ", "/": " divided by "}, pct="word", of=True, sep=True, cents=False),
    "gemma_paren": dict(weight=8, desc="Bold numbered labels stating the result first with a parenthetical computation '(12 × 4 = 48)', '**Final Answer:**'.",
                        ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, pct="pct", of=True, sep=True, cents=False),
    "units_conv": dict(weight=8, desc="'Step N – Label:' then a computation line carrying units on every operand ('90 minutes ÷ 60 = 1.5 hours').",
                       ops={"+": " + ", "-": " − ", "*": " × ", "/": " ÷ "}, pct="pct", of=True, sep=True, cents=True, units=True),
    "qwen_inline": dict(weight=8, desc="Bold '**Step N: ...**' headings with inline \\( \\) LaTeX and ', which is the ...' clauses; \\(\\boxed{}\\) answer.",
                        ops={"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "}, pct="latex", of=False, sep=True, latex_sep=True, cents=False, math=True),
    "phi_markdown": dict(weight=6, desc="'### Step N' markdown with '- Calculation:' and '- Result:' bullets (result restated), decimal percents, cents.",
                         ops={"+": " + ", "-": " - ", "*": " × ", "/": " / "}, pct="dec", of=False, sep=True, cents=True),
}

VERBS = ["Calculate", "Find", "Determine", "Compute", "Work out"]


def _cap(s):
    return s[:1].upper() + s[1:]


class R:
    def __init__(self, tpl, labels, vals, vtypes, style, rng):
        self.tpl = tpl
        self.labels = labels
        self.vals = vals
        self.vtypes = vtypes
        self.vunits = {v["name"]: v["unit"] for v in tpl["vars"]}
        self.style = style
        self.o = STYLES[style]
        self.rng = rng
        self.steps = tpl["steps"]
        self.stype = {s["name"]: s["type"] for s in self.steps}
        self.sunit = {s["name"]: s["unit"] for s in self.steps}

    def money(self, ctx):
        return "\\$" if ctx == "m" else "$"

    def unit(self, u, ctx):
        if not u:
            return ""
        if ctx == "m":
            return "\\text{ %s}" % u
        return " " + u

    def opnd(self, it, ctx):
        o = self.o
        k = it[0]
        units = o.get("units")
        if k == "lit":
            return it[2]
        if k == "var":
            t = self.vtypes[it[1]]
            s = fmt_num(self.vals[it[1]], t, o, ctx)
            if t == "m":
                s = self.money(ctx) + s
            if units and self.vunits[it[1]]:
                s += self.unit(self.vunits[it[1]], ctx)
            return s
        if k == "step":
            t = self.stype[it[1]]
            s = "\x00V|%s|%s\x00" % (it[1], ctx)
            if t == "m":
                s = self.money(ctx) + s
            if units and self.sunit[it[1]]:
                s += self.unit(self.sunit[it[1]], ctx)
            return s
        if k == "pct":
            p = self.vals[it[1]]
            ps = _dec_str(p)
            mode = o["pct"]
            if mode == "pct":
                return ps + "%"
            if mode == "latex":
                return ps + "\\%"
            if mode == "word":
                return ps + " percent"
            if mode == "dec":
                return _dec_str(p / 100)
            if mode == "over100":
                return ps + "/100"
            if mode == "frac100":
                return "\\frac{%s}{100}" % ps
        if k == "frac":
            a, b = _dec_str(self.vals[it[1]]), _dec_str(self.vals[it[2]])
            if o.get("math"):
                return "\\frac{%s}{%s}" % (a, b)
            return "%s/%s" % (a, b)
        if k == "mix":
            w, a, b = (_dec_str(self.vals[x]) for x in it[1:])
            if o.get("math"):
                return "%s\\frac{%s}{%s}" % (w, a, b)
            return "%s %s/%s" % (w, a, b)
        raise ValueError(k)

    def expr(self, step, ctx):
        items = step["items"]
        parts = [self.opnd(items[0], ctx)]
        for j in range(1, len(items), 2):
            op = items[j]
            prev = items[j - 1]
            if op == "*" and self.o.get("of") and prev[0] in ("pct", "frac") and j == 1:
                parts.append(" of ")
            else:
                parts.append(self.o["ops"][op])
            parts.append(self.opnd(items[j + 1], ctx))
        return "".join(parts)

    def res(self, step, ctx, kind="R"):
        s = "\x00%s|%s|%s\x00" % (kind, step["name"], ctx)
        if step["type"] == "m":
            s = self.money(ctx) + s
        return s

    def u(self, step, ctx):
        return self.unit(step["unit"], ctx)

    def eq(self):
        return self.o.get("eq", " = ")


def render_blocks(tpl, labels, vals, vtypes, style, rng):
    r = R(tpl, labels, vals, vtypes, style, rng)
    blocks = globals()["_r_" + style](r)
    for b in blocks:
        # no article before a possessive name ("the Noah's share" -> "Noah's share")
        b["lines"] = [re.sub(r"\b(?:The|the) ([A-Z][a-z]+'s)\b", r"\1", ln) for ln in b["lines"]]
    return blocks


def _blocks(intro, steps, outro):
    out = []
    if intro:
        out.append({"kind": "intro", "lines": intro})
    for s in steps:
        out.append({"kind": "step", "lines": s})
    out.append({"kind": "outro", "lines": outro})
    return out


def _final(r, ctx="t"):
    last = r.steps[-1]
    return r.res(last, ctx, kind="F")


def _r_numbered_plain(r):
    intro = [r.rng.choice(["Let's solve this step by step.", "Let's break this down step by step.", "We can solve this in a few steps."]), ""]
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        steps.append(["%d. The %s is %s = %s%s." % (i, lab, r.expr(s, "t"), r.res(s, "t"), r.u(s, "t"))])
    last = r.steps[-1]
    outro = ["", "So, the answer is %s%s." % (_final(r), r.u(last, "t"))]
    return _blocks(intro, steps, outro)


def _r_llama_headers(r):
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        verb = r.rng.choice(VERBS)
        lead = r.rng.choice(["To find the %s, we calculate" % lab, "The %s is" % lab, "We compute the %s as" % lab])
        steps.append(["## Step %d: %s the %s" % (i, verb, lab),
                      "%s %s = %s%s." % (lead, r.expr(s, "t"), r.res(s, "t"), r.u(s, "t")), ""])
    outro = ["The final answer is: $\\boxed{%s}$" % _final(r).replace("$", "")]
    return _blocks(None, steps, outro)


def _r_qwen_display(r):
    intro = [r.rng.choice(["To solve this problem, we will follow these steps:",
                           "Let's break down the problem step by step."]), ""]
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        verb = r.rng.choice(VERBS)
        steps.append(["%d. **%s the %s:**" % (i, verb, lab), "   \\[",
                      "   %s = %s%s" % (r.expr(s, "m"), r.res(s, "m"), r.u(s, "m")), "   \\]",
                      "   So, the %s is %s%s." % (lab, r.res(s, "t"), r.u(s, "t")), ""])
    outro = ["Therefore, the final answer is:", "\\[", "\\boxed{%s}" % _final(r, "m"), "\\]"]
    return _blocks(intro, steps, outro)


def _r_gemma_bullets(r):
    intro = ["Here's how to solve the problem:", ""]
    steps = []
    for s, lab in zip(r.steps, r.labels):
        steps.append(["* **%s:** %s = %s%s" % (_cap(lab), r.expr(s, "t"), r.res(s, "t"), r.u(s, "t"))])
    last = r.steps[-1]
    outro = ["", "**Answer:** %s%s" % (_final(r), r.u(last, "t"))]
    return _blocks(intro, steps, outro)


def _r_mistral_prose(r):
    intro = [r.rng.choice(["Let's work through this problem.", "We need to work this out in parts."]), ""]
    steps = []
    n = len(r.steps)
    conns = ["First", "Next", "Then", "After that", "Now"]
    for i, (s, lab) in enumerate(zip(r.steps, r.labels)):
        c = "Finally" if i == n - 1 else conns[min(i, len(conns) - 1)]
        if r.rng.random() < 0.5:
            line = "%s, the %s is %s = %s%s." % (c, lab, r.expr(s, "t"), r.res(s, "t"), r.u(s, "t"))
        else:
            line = "%s, we calculate %s = %s%s, which is the %s." % (c, r.expr(s, "t"), r.res(s, "t"), r.u(s, "t"), lab)
        steps.append([line, ""])
    last = r.steps[-1]
    outro = ["So the answer is %s%s." % (_final(r), r.u(last, "t"))]
    return _blocks(intro, steps, outro)


def _r_gsm8k_hash(r):
    steps = []
    for s, lab in zip(r.steps, r.labels):
        steps.append(["The %s is %s=%s%s." % (lab, r.expr(s, "t"), r.res(s, "t"), r.u(s, "t"))])
    outro = ["#### %s" % _final(r).replace("$", "")]
    return _blocks(None, steps, outro)


def _r_inline_dollar(r):
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        steps.append(["Step %d: The %s is $%s = %s$%s." % (i, lab, r.expr(s, "m"), r.res(s, "m"), r.u(s, "t"))])
    outro = ["", "The final answer is $\\boxed{%s}$." % _final(r, "m").replace("\\$", "")]
    return _blocks(None, steps, outro)


def _r_phi_worded(r):
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        verb = r.rng.choice(VERBS)
        eqw = r.rng.choice([" equals ", " is "])
        steps.append(["Step %d: %s the %s." % (i, verb, lab),
                      "%s%s%s%s." % (r.expr(s, "t"), eqw, r.res(s, "t"), r.u(s, "t")), ""])
    last = r.steps[-1]
    outro = ["Answer: %s%s" % (_final(r), r.u(last, "t"))]
    return _blocks(None, steps, outro)


def _r_gemma_paren(r):
    intro = ["**Solution:**", ""]
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        steps.append(["%d. **%s:** %s%s (%s = %s)" % (i, _cap(lab), r.res(s, "t"), r.u(s, "t"), r.expr(s, "t"), r.res(s, "t"))])
    last = r.steps[-1]
    outro = ["", "**Final Answer:** %s%s" % (_final(r), r.u(last, "t"))]
    return _blocks(intro, steps, outro)


def _r_units_conv(r):
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        steps.append(["Step %d – %s:" % (i, _cap(lab)),
                      "%s = %s%s" % (r.expr(s, "t"), r.res(s, "t"), r.u(s, "t")), ""])
    last = r.steps[-1]
    outro = ["The final answer is %s%s." % (_final(r), r.u(last, "t"))]
    return _blocks(None, steps, outro)


def _r_qwen_inline(r):
    intro = ["Let's solve this step by step.", ""]
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        verb = r.rng.choice(VERBS)
        steps.append(["**Step %d: %s the %s.**" % (i, verb, lab),
                      "\\( %s = %s%s \\), which is the %s." % (r.expr(s, "m"), r.res(s, "m"), r.u(s, "m"), lab), ""])
    outro = ["The final answer is \\(\\boxed{%s}\\)." % _final(r, "m")]
    return _blocks(intro, steps, outro)


def _r_phi_markdown(r):
    steps = []
    for i, (s, lab) in enumerate(zip(r.steps, r.labels), 1):
        verb = r.rng.choice(VERBS)
        steps.append(["### Step %d: %s the %s" % (i, verb, lab),
                      "- Calculation: %s = %s%s" % (r.expr(s, "t"), r.res(s, "t"), r.u(s, "t")),
                      "- Result: %s%s" % (r.res(s, "t"), r.u(s, "t")), ""])
    outro = ["**Final Answer:** %s" % _final(r)]
    return _blocks(None, steps, outro)
