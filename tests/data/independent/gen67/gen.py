#!/usr/bin/env python3
"""Generate the farming / gardening / food-production streaming-checker evaluation set.

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import copy
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import (V, St, NumFmt, eval_steps, representable, dec_str, mutate_candidates,  # noqa: E402
                  KIND_W, round_half_up)
import farm_templates  # noqa: E402

STYLES = ["md_headings", "qwen_numbered", "llama_steps", "claude_prose", "bold_labels", "bullets",
          "gsm8k_calc", "latex_inline", "table", "chatty_tutor", "forum_post", "extension_guide"]
TEX_STYLES = {"md_headings", "qwen_numbered", "latex_inline"}
NUMSETS = 4


def cap(s):
    return s[:1].upper() + s[1:] if s else s


NO_SING = {"lb", "sq ft", "cu ft", "gal", "ha", "in", "ft", "oz", "bu"}


def unit_for(u, x):
    """Singular unit for a value of exactly 1 ("1 bag", "1 day")."""
    if x == 1 and u.endswith("s") and u not in NO_SING and "/" not in u:
        if u.endswith("ches"):
            return u[:-2]
        return u[:-1]
    return u


def lc_fin(s):
    """Lower-case the start of a final sentence used mid-sentence ("So the crop grosses ...")."""
    return s[:1].lower() + s[1:]


# =========================================================================== rendering

class Ctx:
    def __init__(self, pid, style, tpl, evs):
        self.pid = pid
        self.style = style
        self.tpl = tpl
        self.g = {v.name: v for v in tpl["g"]}
        self.steps = tpl["s"]
        self.spec = dict(self.g)
        for st in self.steps:
            self.spec[st.name] = st
        self.evs = evs
        pr = random.Random("style|" + pid)
        self.pr = pr
        st = style
        self.tex = st in TEX_STYLES
        # number formatting
        if st == "gsm8k_calc":
            self.nf = NumFmt(sep="", cents="auto")
        elif st == "forum_post":
            self.nf = NumFmt(sep=pr.choice([",", ",", ""]), cents=pr.choice(["auto", "auto", "always"]))
        elif self.tex:
            self.nf = NumFmt(sep=pr.choice([",", "{,}", ","]), cents=pr.choice(["always", "auto"]), latex=True)
        elif st == "claude_prose":
            self.nf = NumFmt(sep=",", cents=pr.choice(["always", "auto"]), minus=pr.choice(["-", "−"]))
        else:
            self.nf = NumFmt(sep=",", cents=pr.choice(["always", "auto", "always"]))
        self.pnf = NumFmt(sep=",", cents="always")  # prose restatement of money
        if self.tex:
            self.pnf = NumFmt(sep=",", cents="always", latex=False)
        # operators
        if st in ("md_headings", "qwen_numbered", "latex_inline"):
            mul = pr.choice(["\\times", "\\times", "\\times", "\\cdot"])
            self.ops = {"mul": mul, "div": "\\div", "add": "+", "sub": "-"}
            self.frac = pr.random() < 0.5
        elif st == "gsm8k_calc":
            self.ops = {"mul": "*", "div": "/", "add": "+", "sub": "-"}
            self.frac = False
        elif st == "llama_steps":
            self.ops = pr.choice([{"mul": "*", "div": "/", "add": "+", "sub": "-"},
                                  {"mul": "x", "div": "/", "add": "+", "sub": "-"},
                                  {"mul": "×", "div": "÷", "add": "+", "sub": "-"}])
            self.frac = False
        elif st == "forum_post":
            self.ops = pr.choice([{"mul": "x", "div": "/", "add": "+", "sub": "-"},
                                  {"mul": "x", "div": "÷", "add": "+", "sub": "-"},
                                  {"mul": "*", "div": "/", "add": "+", "sub": "-"}])
            self.frac = False
        elif st == "bullets":
            self.ops = pr.choice([{"mul": "×", "div": "÷", "add": "+", "sub": "-"},
                                  {"mul": "x", "div": "/", "add": "+", "sub": "-"},
                                  {"mul": "·", "div": "/", "add": "+", "sub": "−"},
                                  {"mul": "*", "div": "/", "add": "+", "sub": "-"}])
            self.frac = False
        elif st == "chatty_tutor":
            self.ops = {"mul": "×", "div": "÷", "add": "+", "sub": "-"}
            self.frac = False
        elif st == "claude_prose":
            self.ops = {"mul": "×", "div": "÷", "add": "+", "sub": pr.choice(["−", "-"])}
            self.frac = False
        else:
            self.ops = {"mul": "×", "div": pr.choice(["÷", "÷", "/"]), "add": "+", "sub": pr.choice(["-", "−"])}
            self.frac = False
        self.words = st == "chatty_tutor"
        self.units = {"extension_guide": 0.9, "bold_labels": 0.7, "forum_post": 0.45, "claude_prose": 0.3,
                      "bullets": 0.25, "table": 0.1, "chatty_tutor": 0.3, "llama_steps": 0.2,
                      "md_headings": 0.25, "qwen_numbered": 0.2, "latex_inline": 0.15, "gsm8k_calc": 0.0}[st]
        self.textunits = self.tex and pr.random() < 0.5

    # ---- per-step random source (independent of values, so all variants share phrasing)
    def rs(self, i, salt=""):
        return random.Random("%s|%d|%s" % (self.pid, i, salt))

    # ---- number display
    def num(self, x, spec, dp=None):
        kind = getattr(spec, "kind", "n")
        return self.nf.num(x, kind, dp)

    def operand(self, name, x, units):
        sp = self.spec[name]
        s = self.num(x, sp)
        if self.style == "gsm8k_calc":
            return s
        if sp.kind == "m":
            if units and sp.per:
                if self.tex:
                    s += "\\text{" + sp.per + "}" if self.textunits else ""
                else:
                    s += sp.per
            return s
        u = sp.u
        if u == "%":
            return s + ("\\%" if self.tex else "%")
        u = unit_for(u, x)
        if units and u:
            if self.tex:
                if self.textunits:
                    s += "\\text{ " + u + "}"
            else:
                s += " " + u
        return s

    def sym(self, op, i):
        if self.words:
            r = self.rs(i, "w")
            if r.random() < 0.6:
                return {"mul": "times", "div": "divided by", "add": "plus", "sub": "minus"}[op]
        o = self.ops[op]
        if self.style == "gsm8k_calc":
            return o
        return " " + o + " " if True else o

    def lhs(self, i):
        st = self.steps[i]
        e = self.evs[i]
        r = self.rs(i, "lhs")
        units = r.random() < self.units
        names = st.args
        vals = e.args
        gs = self.style == "gsm8k_calc"

        def J(op):
            s = self.sym(op, i)
            if not s.startswith(" ") and not gs:
                s = " " + s + " "
            return s

        order = list(range(len(names)))
        if st.op in ("mul",) and len(names) == 2 and r.random() < 0.3 and not self.spec[names[0]].kind == "m":
            order = [1, 0]
        if st.op == "mul" and len(names) == 2 and self.spec[names[0]].kind == "m":
            order = [1, 0] if r.random() < 0.7 else [0, 1]
        if st.op in ("mul", "add", "sub"):
            return J(st.op).join(self.operand(names[k], vals[k], units) for k in order)
        if st.op in ("div", "ceil", "divmod"):
            a = self.operand(names[0], vals[0], units)
            b = self.operand(names[1], vals[1], units)
            if self.tex and self.frac and st.op != "divmod":
                return "\\frac{%s}{%s}" % (self.num(vals[0], self.spec[names[0]]), self.num(vals[1], self.spec[names[1]]))
            return a + J("div") + b
        if st.op == "pct":
            p, base = vals
            ps = dec_str(p)
            bs = self.operand(names[1], base, units)
            pc = "\\%" if self.tex else "%"
            k = r.randrange(4)
            if gs:
                return [f"{ps}/100*{bs}", f"{bs}*{dec_str(p / 100)}", f"{ps}/100*{bs}", f"{bs}*{ps}/100"][k]
            mul = self.sym("mul", i)
            if not mul.startswith(" "):
                mul = " " + mul + " "
            if k == 0:
                return f"{ps}{pc} of {bs}"
            if k == 1:
                return f"{bs}{mul}{ps}{pc}"
            if k == 2:
                return f"{dec_str(p / 100)}{mul}{bs}"
            return f"{ps}{pc} of {bs}"
        if st.op == "frac":
            n, d, base = vals
            bs = self.operand(names[2], base, units)
            k = r.randrange(3)
            mul = self.sym("mul", i)
            if not mul.startswith(" ") and not gs:
                mul = " " + mul + " "
            if gs:
                return f"{n}/{d}*{bs}"
            if self.tex:
                return ["\\frac{%s}{%s} \\times %s" % (n, d, bs), "%s \\times \\frac{%s}{%s}" % (bs, n, d),
                        "\\frac{%s}{%s} \\times %s" % (n, d, bs)][k]
            return [f"{n}/{d} of {bs}", f"{bs}{mul}{n}/{d}", f"{bs}{J('div')}{d}{mul}{n}"][k]
        raise ValueError(st.op)

    def unit_after(self, st, x=None):
        if st.kind == "m":
            return ""
        if st.u == "%":
            return "\\%" if self.tex else "%"
        if not st.u:
            return ""
        u = unit_for(st.u, x) if x is not None else st.u
        if self.tex:
            return ("\\text{ " + u + "}") if self.textunits else ""
        return " " + u

    def rel(self, i, approx):
        if approx:
            return "\\approx" if self.tex else "≈"
        if self.words:
            r = self.rs(i, "rel")
            if r.random() < 0.55:
                return r.choice(["is", "is", "equals", "gives us", "comes to"])
        return "="

    def shown_str(self, i):
        st = self.steps[i]
        e = self.evs[i]
        dp = (2 if st.kind == "m" else st.dp) if e.approx else None
        if st.kind == "m" and e.shown.denominator != 1 and dp is None:
            dp = 2
        return self.num(e.shown, st, dp)

    def written(self, i):
        """The result string exactly as written in the solution."""
        s = self.shown_str(i)
        if self.style == "gsm8k_calc":
            s = s.replace("$", "")
        return s

    def rhs(self, i, units_on=True, for_table=False):
        """Relation + result (+ rounding up / remainder)."""
        st = self.steps[i]
        e = self.evs[i]
        r = self.rs(i, "rhs")
        s = self.shown_str(i)
        ua = self.unit_after(st, e.shown) if (units_on and st.op not in ("ceil",)) else ""
        if st.u == "%":
            ua = "\\%" if self.tex else "%"
        if st.op == "ceil":
            cu = self.unit_after(st, e.ceil) if units_on else ""
            if self.tex:
                cu = "\\text{ " + unit_for(st.u, e.ceil) + "}" if st.u else ""
            if e.shown.denominator == 1 and e.shown == e.ceil:
                body = s + cu
            else:
                c = self.num(e.ceil, st)
                k = r.randrange(4)
                if self.tex:
                    body = s + ["\\;\\Rightarrow\\; \\text{round up to } %s%s" % (c, cu),
                                "\\text{, so round up to } %s%s" % (c, cu),
                                "\\;\\rightarrow\\; \\text{rounded up to } %s%s" % (c, cu),
                                "\\text{, round up to } %s%s" % (c, cu)][k]
                else:
                    if not cu and st.u:
                        cu = " " + unit_for(st.u, e.ceil)
                    body = s + [f", so round up to {c}{cu}", f" → round up to {c}{cu}",
                                f" (rounded up to {c}{cu})", f", which rounds up to {c}{cu}"][k]
            return self.rel(i, e.approx) + " " + body
        if st.op == "divmod":
            q = s
            rem = self.num(e.rem, st)
            if e.rem == 0:
                return self.rel(i, False) + " " + q + ua
            k = r.randrange(4)
            if self.tex:
                body = q + ["\\text{ remainder } %s" % rem, "\\text{ R } %s" % rem,
                            "\\text{ remainder } %s" % rem, "\\text{ remainder } %s" % rem][k]
            else:
                uu = (" " + unit_for(st.u, e.shown)) if st.u else ""
                body = q + [f" remainder {rem}", f" R {rem}", f"{uu} with {rem} left over",
                            f"{uu}, remainder {rem}"][k]
            return "= " + body
        return self.rel(i, e.approx) + " " + s + ua

    def comp(self, i, units_on=True):
        return self.lhs(i) + " " + self.rhs(i, units_on)

    def gsm(self, i):
        """GSM8K calculator-annotation form."""
        st = self.steps[i]
        e = self.evs[i]
        lhs = self.lhs(i)
        s = self.shown_str(i)
        pre = "$" if st.kind == "m" else ""
        if e.approx or st.op == "divmod" or (st.op == "ceil" and e.shown != e.ceil):
            return lhs + " " + self.rhs(i, units_on=False)
        raw = dec_str(e.shown)
        return f"{lhs}={pre}<<{lhs.replace('$', '')}={raw}>>{s.replace('$', '')}"

    # ---- restatement of a step's value (value used downstream)
    def val(self, i, bold=False, tex_ok=False):
        st = self.steps[i]
        e = self.evs[i]
        x = e.down
        dp = None
        if e.approx and st.op != "ceil":
            dp = 2 if st.kind == "m" else st.dp
        if st.kind == "m":
            s = self.pnf.money(x, dp) if not (tex_ok and self.tex) else self.nf.money(x, dp)
        else:
            s = self.pnf.num(x, "n", dp)
            if st.u == "%":
                s += "%"
            elif st.u:
                s += " " + unit_for(st.u, x)
        if bold:
            s = "**" + s + "**"
        return s

    def final_str(self, bold=False):
        i = len(self.steps) - 1
        st = self.steps[i]
        e = self.evs[i]
        x = e.down
        dp = None
        if e.approx and st.op != "ceil":
            dp = 2 if st.kind == "m" else st.dp
        if st.kind == "m":
            s = self.pnf.money(x, dp)
        else:
            s = self.pnf.num(x, "n", dp)
            fu = self.tpl["fu"]
            if fu == "%":
                s += "%"
            elif fu:
                s += " " + unit_for(fu, x)
        return "**" + s + "**" if bold else s

    def final_num(self):
        i = len(self.steps) - 1
        st = self.steps[i]
        e = self.evs[i]
        x = e.down
        if e.approx and st.op != "ceil":
            return dec_str(x, 2 if st.kind == "m" else st.dp)
        return dec_str(x)

    def fin_sentence(self, bold=False):
        return self.tpl["fin"].format(a=self.final_str(bold))

    def check_line(self):
        """Inverse check of the last step when it is exact."""
        i = len(self.steps) - 1
        st = self.steps[i]
        e = self.evs[i]
        if e.approx or len(st.args) != 2 or st.op not in ("mul", "add", "sub"):
            return None
        a, b = e.args
        sa, sb = self.spec[st.args[0]], self.spec[st.args[1]]
        res = e.down
        if res != e.exact:
            return None
        if st.op == "mul":
            if b == 0 or not representable(res / b, 4):
                return None
            if sb.kind == "m" and sa.kind != "m":
                a, b, sa, sb = b, a, sb, sa
            d = self.ops["div"] if not self.tex else "÷"
            if d in ("/", "\\div"):
                d = "÷"
            return f"{self.pnf.num(res, st.kind)} {d} {self.pnf.num(b, sb.kind)} = {self.pnf.num(a, sa.kind)}"
        if st.op == "add":
            return f"{self.pnf.num(res, st.kind)} - {self.pnf.num(b, sb.kind)} = {self.pnf.num(a, sa.kind)}"
        if st.op == "sub":
            return f"{self.pnf.num(res, st.kind)} + {self.pnf.num(b, sb.kind)} = {self.pnf.num(a, sa.kind)}"

    def def_line(self, i):
        """Unit-definition line for a constant used in step i (hard-but-correct: not arithmetic)."""
        defs = self.tpl.get("defs", {})
        for a in self.steps[i].args:
            if a in defs:
                return defs[a]
        return None


class Out:
    def __init__(self):
        self.lines = []
        self.mark = {}

    def add(self, text, steps=()):
        for s in steps:
            self.mark[s] = len(self.lines)
        self.lines.append(text)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


# --------------------------------------------------------------------------- styles

def r_md_headings(c, o):
    pr = c.pr
    o.add(pr.choice([f"To find {c.tpl['goal']}, let's break the problem into steps.",
                     "Let's work through this step by step.",
                     f"We need to find {c.tpl['goal']}. Here's how:"]))
    o.blank()
    head = pr.choice(["### Step {n}: {L}", "**Step {n}: {L}**", "### {n}. {L}"])
    for i, st in enumerate(c.steps):
        r = c.rs(i, "md")
        o.add(head.format(n=i + 1, L=cap(st.lab)))
        d = c.def_line(i)
        if d and r.random() < 0.6:
            o.add(f"Recall that {d}.")
        o.add(cap(st.act) + ":")
        if r.random() < 0.75:
            o.add("\\[")
            o.add(c.comp(i), [i])
            o.add("\\]")
        else:
            o.add(f"\\( {c.comp(i)} \\)", [i])
        if r.random() < 0.6:
            o.add(r.choice(["So, the {lab} is {v}.", "That gives {v}.", "So we have {v} ({lab})."]).format(
                lab=st.lab, v=c.val(i, bold=True)))
        o.blank()
    if pr.random() < 0.5:
        o.add("### Final Answer")
        o.add(cap(c.fin_sentence(bold=True)) + ".")
    else:
        o.add("---")
        o.blank()
        o.add("**Answer:** " + c.fin_sentence() + ".")


def r_qwen(c, o):
    pr = c.pr
    o.add(pr.choice([f"To determine {c.tpl['goal']}, we need to follow these steps:",
                     f"To solve this problem, we need to calculate {c.tpl['goal']} step by step."]))
    o.blank()
    for i, st in enumerate(c.steps):
        r = c.rs(i, "qw")
        o.add(f"{i + 1}. **{cap(st.act)}:**")
        d = c.def_line(i)
        if d and r.random() < 0.5:
            o.add(f"   Since {d}:")
        o.add("   \\[")
        o.add("   " + c.comp(i), [i])
        o.add("   \\]")
        o.blank()
    fn = c.final_num()
    o.add(pr.choice(["Therefore, the answer is \\(\\boxed{%s}\\)." % fn,
                     "Thus, %s, so the final answer is \\(\\boxed{%s}\\)." % (lc_fin(c.fin_sentence()), fn),
                     "So the final answer is \\(\\boxed{%s}\\)." % fn]))


def r_llama(c, o):
    pr = c.pr
    for i, st in enumerate(c.steps):
        r = c.rs(i, "ll")
        o.add(f"## Step {i + 1}: {cap(st.act)}")
        d = c.def_line(i)
        pre = (f"Since {d}, " if d and r.random() < 0.5 else "")
        k = r.randrange(3)
        if k == 0:
            o.add(cap(pre + f"the {st.lab} is {c.comp(i)}."), [i])
        elif k == 1:
            o.add(cap(pre + f"to {st.act}, we calculate {c.comp(i)}."), [i])
        else:
            o.add(cap(pre + f"{st.lab}: {c.comp(i)}."), [i])
        o.blank()
    o.add("The final answer is: $\\boxed{%s}$" % c.final_num())


def r_claude(c, o):
    pr = c.pr
    intro = pr.choice(["I'll work through this step by step.", "Let me break this down.", "",
                       "Here's how to figure it out."])
    if intro:
        o.add(intro)
        o.blank()
    openers = ["First, {act}: ", "Start by {actg}: ", "To begin, {act}: "]
    mids = ["Next, {act}: ", "Then {act}: ", "Now {act}: ", "After that, {act}: "]
    i = 0
    n = len(c.steps)
    while i < n:
        r = c.rs(i, "cl")
        para = []
        marks = []
        take = 2 if (i + 1 < n and r.random() < 0.45) else 1
        for j in range(i, i + take):
            st = c.steps[j]
            rj = c.rs(j, "cl2")
            frame = (openers if j == 0 else mids)[rj.randrange(3)]
            act = st.act
            actg = act.split(" ", 1)
            actg = (actg[0] + "ing " + actg[1]) if len(actg) == 2 and not actg[0].endswith("e") else act
            if frame.startswith("Start by") and act.split(" ")[0].endswith("e"):
                frame = "First, {act}: "
            d = c.def_line(j)
            s = frame.format(act=act, actg=actg)
            if d and rj.random() < 0.6:
                s = s[:-2] + f" (using {d}): "
            s += c.comp(j) + "."
            if rj.random() < 0.5 and c.steps[j].op not in ("ceil", "divmod") and (
                    st.kind == "m" or "per" in st.lab or "total" in st.lab):
                s += " " + rj.choice(["That's the {lab}.", "That's our {lab}."]).format(lab=st.lab)
            para.append(s)
            marks.append(j)
        o.add(" ".join(para), marks)
        o.blank()
        i += take
    chk = c.check_line()
    if chk and pr.random() < 0.4:
        o.add(f"Check: {chk} ✓")
        o.blank()
    o.add(pr.choice(["**Answer: {F}.**", "So {f}.", "**{F}.**"]).format(F=cap(c.fin_sentence()), f=lc_fin(c.fin_sentence())))


def r_bold(c, o):
    pr = c.pr
    intro = pr.choice(["Here's the breakdown:", "", "Let's calculate:"])
    if intro:
        o.add(intro)
        o.blank()
    tight = pr.random() < 0.5
    for i, st in enumerate(c.steps):
        r = c.rs(i, "bd")
        d = c.def_line(i)
        if d and r.random() < 0.5:
            o.add(f"*({d})*")
        o.add(f"**{cap(st.lab)}:** {c.comp(i)}", [i])
        if not tight:
            o.blank()
    if tight:
        o.blank()
    o.add("**Answer:** " + c.fin_sentence() + ".")


def r_bullets(c, o):
    pr = c.pr
    intro = pr.choice(["Breaking it down:", "Here's the math:", "", "Step by step:"])
    if intro:
        o.add(intro)
        o.blank()
    form = pr.randrange(3)
    for i, st in enumerate(c.steps):
        if form == 0:
            o.add(f"- {cap(st.lab)}: {c.comp(i)}", [i])
        elif form == 1:
            o.add(f"- {cap(st.lab)} = {c.comp(i)}", [i])
        else:
            o.add(f"* {c.comp(i)} ({st.lab})", [i])
    o.blank()
    o.add(pr.choice(["**Total: {a}**", "Answer: {a}", "**{F}.**"]).format(a=c.final_str(), F=cap(c.fin_sentence())))


def r_gsm(c, o):
    for i, st in enumerate(c.steps):
        r = c.rs(i, "gs")
        k = r.randrange(4)
        if k == 0:
            o.add(f"The {st.lab} is {c.gsm(i)}.", [i])
        elif k == 1:
            o.add(f"{cap(st.lab)}: {c.gsm(i)}", [i])
        elif k == 2:
            o.add(f"So the {st.lab} comes to {c.gsm(i)}.", [i])
        else:
            o.add(f"That means {c.gsm(i)}{'' if st.kind == 'm' else ' ' + (st.u or 'in total')}.", [i])


def r_latex_inline(c, o):
    pr = c.pr
    o.add(pr.choice([f"We compute {c.tpl['goal']} step by step.", "Let's set this up carefully.",
                     "We can solve this in a few steps."]))
    o.blank()
    delim = pr.choice([("$", "$"), ("\\(", "\\)")])
    words = ["First", "Next", "Then", "Now", "After that", "Next"]
    for i, st in enumerate(c.steps):
        r = c.rs(i, "li")
        w = words[min(i, len(words) - 1)] if i < len(c.steps) - 1 or i == 0 else "Finally"
        m = delim[0] + " " + c.comp(i) + " " + delim[1] if delim[0] == "\\(" else delim[0] + c.comp(i) + delim[1]
        k = r.randrange(3)
        if k == 0:
            o.add(f"{w}, the {st.lab}: {m}.", [i])
        elif k == 1:
            o.add(f"{w}, we {st.act}: {m}.", [i])
        else:
            o.add(f"{w}, {m}, which is the {st.lab}.", [i])
        o.blank()
    o.add(f"Therefore, {lc_fin(c.fin_sentence())}.")


def r_table(c, o):
    pr = c.pr
    o.add(pr.choice(["Here's the calculation laid out in a table:", "Let me organize the numbers:",
                     "Here's everything in one place:"]))
    o.blank()
    form = pr.randrange(3)
    if form == 0:
        o.add("| Step | Quantity | Calculation | Result |")
        o.add("|---|---|---|---|")
    elif form == 1:
        o.add("| Quantity | Calculation | Result |")
        o.add("|---|---|---|")
    else:
        o.add("| # | What we find | Work |")
        o.add("|---|---|---|")
    for i, st in enumerate(c.steps):
        rh = c.rhs(i)
        rel, body = rh.split(" ", 1)
        if form == 0:
            if rel == "=":
                o.add(f"| {i + 1} | {cap(st.lab)} | {c.lhs(i)} | {body} |", [i])
            else:
                o.add(f"| {i + 1} | {cap(st.lab)} | {c.lhs(i)} | {rh} |", [i])
        elif form == 1:
            if rel == "=":
                o.add(f"| {cap(st.lab)} | {c.lhs(i)} | {body} |", [i])
            else:
                o.add(f"| {cap(st.lab)} | {c.lhs(i)} | {rh} |", [i])
        else:
            o.add(f"| {i + 1} | {cap(st.lab)} | {c.comp(i)} |", [i])
    o.blank()
    k = pr.randrange(3)
    o.add(["**Answer:** {f}.", "So {lf}.", "**Result:** {f}."][k].format(f=c.fin_sentence(), lf=lc_fin(c.fin_sentence())))


def r_chatty(c, o):
    pr = c.pr
    o.add(pr.choice([f"Great question! 🌱 Let's work it out together.",
                     f"Ooh, fun one! Let's figure out {c.tpl['goal']}.",
                     "Happy to help! 🐔 Let's take it one step at a time.",
                     "Love this kind of planning question! 🧑‍🌾 Here we go."]))
    o.blank()
    leads = ["**First**, let's {act}.", "**Next**, let's {act}.", "**Then** we {act}.", "**Now** let's {act}.",
             "**After that**, we {act}.", "**Next up**, {act}."]
    for i, st in enumerate(c.steps):
        r = c.rs(i, "ch")
        lead = leads[0] if i == 0 else leads[1 + r.randrange(len(leads) - 1)]
        lead = lead.format(act=st.act)
        tail = r.choice([" Nice!", "", "", " Easy so far!", "", " 👍", "", " So far so good."])
        o.add(f"{lead} {c.comp(i)}.{tail}", [i])
        o.blank()
    chk = c.check_line()
    if chk and pr.random() < 0.45:
        o.add(f"Quick check: {chk} ✅")
        o.blank()
    notes = c.tpl.get("notes") or []
    if notes and pr.random() < 0.5:
        o.add("💡 Pro tip: " + pr.choice(notes))
        o.blank()
    o.add(f"So {lc_fin(c.fin_sentence())}! 🎉")


def r_forum(c, o):
    pr = c.pr
    o.add(pr.choice(["Ran the numbers for ya.", "Here's how I'd figure it:", "Quick math:",
                     "Did this same calc last spring, here's how it goes:"]))
    o.blank()
    for i, st in enumerate(c.steps):
        r = c.rs(i, "fo")
        d = c.def_line(i)
        if d and r.random() < 0.6:
            o.add(f"({d})")
        k = r.randrange(3)
        if k == 0:
            o.add(f"{c.comp(i)}", [i])
        elif k == 1:
            o.add(f"{c.comp(i)} ({st.lab})", [i])
        else:
            o.add(f"{st.lab}: {c.comp(i)}", [i])
    o.blank()
    notes = c.tpl.get("notes") or []
    if notes and pr.random() < 0.4:
        o.add("FWIW " + pr.choice(notes)[0].lower() + pr.choice(notes)[1:])
        o.blank()
    o.add(pr.choice(["So {f}. Good luck!", "So {f}. Hope that helps.", "Bottom line: {f}."]).format(
        f=lc_fin(c.fin_sentence())))


def r_extension(c, o):
    pr = c.pr
    o.add(pr.choice([f"Worksheet: calculating {c.tpl['goal']}", "WORKED EXAMPLE", "Calculation procedure"]))
    o.blank()
    for i, st in enumerate(c.steps):
        r = c.rs(i, "ex")
        o.add(f"Step {i + 1}. {cap(st.act)}.")
        d = c.def_line(i)
        if d:
            o.add(f"    Conversion: {d}")
        o.add(f"    {c.comp(i)}", [i])
    o.blank()
    chk = c.check_line()
    if chk and pr.random() < 0.5:
        o.add(f"Check: {chk}")
    o.add(f"Result: {c.fin_sentence()}.")
    notes = c.tpl.get("notes") or []
    if notes:
        o.blank()
        o.add("Note: " + pr.choice(notes))


RENDER = {"md_headings": r_md_headings, "qwen_numbered": r_qwen, "llama_steps": r_llama,
          "claude_prose": r_claude, "bold_labels": r_bold, "bullets": r_bullets, "gsm8k_calc": r_gsm,
          "latex_inline": r_latex_inline, "table": r_table, "chatty_tutor": r_chatty, "forum_post": r_forum,
          "extension_guide": r_extension}


def render(pid, style, tpl, evs, with_final=True):
    c = Ctx(pid, style, tpl, evs)
    o = Out()
    RENDER[style](c, o)
    while o.lines and o.lines[-1] == "":
        o.lines.pop()
    if with_final:
        o.lines.append("")
        o.lines.append("#### " + c.final_num())
    return o.lines, o.mark, c.final_num()


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


# =========================================================================== faults

def valid_evs(steps, evs, allow_new_approx):
    if evs is None:
        return False
    for st, e in zip(steps, evs):
        if e.approx and not st.approx and not allow_new_approx:
            return False
        if st.op == "ceil":
            if math.ceil(e.exact) != e.ceil:
                return False
            if e.exact <= 0:
                return False
        if e.shown.denominator != 1 and not representable(e.shown, 4):
            return False
    return True


def pick_fault(tpl, evs, rng, mode):
    steps = tpl["s"]
    g = tpl["g"]
    opts = []
    for i, (st, e) in enumerate(zip(steps, evs)):
        for kind, w in mutate_candidates(st, e, rng):
            dp = 2 if st.kind == "m" else (st.dp if e.approx else max(2, len(dec_str(e.shown).split(".")[1]) if "." in dec_str(e.shown) else 2))
            if not representable(w, dp):
                continue
            if w < 0 and e.shown >= 0:
                continue
            if w == 0:
                continue
            if e.shown.denominator == 1 and st.kind != "m" and w.denominator != 1 and not e.approx:
                continue
            if e.approx and representable(w, 0) and not representable(e.shown, 0):
                pass
            if st.op == "ceil" and w.denominator != 1 and not representable(w, 2):
                continue
            if mode == "slip":
                if st.op == "ceil" and math.ceil(w) != e.ceil:
                    continue
                if st.op == "ceil" and w.denominator == 1 and w != e.ceil:
                    continue
                opts.append((i, kind, w, None))
            else:
                ev2 = eval_steps(g, steps, override=(i, w))
                if not valid_evs_carry(steps, ev2, i, evs):
                    continue
                if ev2[-1].down == evs[-1].down:
                    continue
                if st.op == "ceil" and w.denominator == 1 and w != ev2[i].ceil:
                    continue
                opts.append((i, kind, w, ev2))
    if not opts:
        return None
    sd = [o for o in opts if o[1] == "sign_drop"]
    if sd and rng.random() < 0.6:
        return rng.choice(sd)
    # choose step uniformly, then kind by weight, then candidate
    stepset = sorted({o[0] for o in opts})
    si = rng.choice(stepset)
    sub = [o for o in opts if o[0] == si]
    kinds = sorted({o[1] for o in sub})
    tot = sum(KIND_W[k] for k in kinds)
    x = rng.random() * tot
    for k in kinds:
        x -= KIND_W[k]
        if x <= 0:
            break
    sub = [o for o in sub if o[1] == k]
    return rng.choice(sub)


def valid_evs_carry(steps, evs, fi, orig):
    if evs is None:
        return False
    for j, (st, e) in enumerate(zip(steps, evs)):
        if e.down < 0 <= orig[j].down or e.shown < 0 <= orig[j].shown:
            return False
        if st.op == "ceil" and j != fi:
            if math.ceil(e.exact) != e.ceil or e.exact <= 0:
                return False
        if e.down < 0 and st.op in ("ceil", "divmod"):
            return False
        if not representable(e.shown, 4):
            return False
        if j > fi and e.approx and st.op == "ceil":
            return False
    return True


def slip_evs(evs, i, w):
    ev = copy.deepcopy(evs)
    ev[i].shown = w
    ev[i].approx = evs[i].approx
    return ev


# =========================================================================== loops

def make_loop(lines, mark, rng, tpl):
    """Start correctly, then repeat a block of 1-3 lines 8-30 times; no #### line."""
    body = lines[:-2]  # drop blank + ####
    marked = sorted(mark.values())
    # cut after a step line (not the first line); keep at least one computation before the loop
    cands = [m for m in marked if m >= 1]
    if not cands:
        cands = marked
    cut = rng.choice(cands)
    step_line = body[cut]
    # extend cut to end the enclosing display block
    disp = cut + 1 < len(body) and body[cut + 1].strip() == "\\]" and body[cut - 1].strip() == "\\["
    if disp:
        cut += 1
    nb = rng.randint(1, 3)
    start = max(0, cut - nb + 1)
    if disp:
        start = cut - 2          # the whole \[ ... \] display
    block = body[start:cut + 1]
    while len(block) > 1 and block[0] == "":
        block = block[1:]
        start += 1
    if all(not b.strip() for b in block):
        block = [body[cut]]
        start = cut
    mode = rng.random()
    if mode < 0.25:
        # a degenerate "let me re-check" loop that keeps re-deriving the same step
        phrase = rng.choice(["Wait, let me recompute that.", "Let me double-check this step.",
                             "Hmm, let me verify:"])
        block = [phrase, step_line.strip()]
        prefix = body[:cut + 1]
    else:
        prefix = body[:start]
    reps = rng.randint(8, 30)
    out = list(prefix)
    first_line = len(out)
    for _ in range(reps):
        out.extend(block)
    # optionally a truncated partial copy at the very end (cut off by the token limit)
    text_full = "\n".join(out)
    if rng.random() < 0.4:
        unit = "\n".join(block)
        lim = len(unit)
        for mk in ("=", "≈", "<<", "\\approx"):
            p = unit.find(mk)
            if p != -1:
                lim = min(lim, p)
        spaces = [p for p in range(1, lim) if unit[p] == " "]
        if spaces:
            text_full = text_full + "\n" + unit[:rng.choice(spaces)]
    pre = "\n".join(prefix)
    unit = "\n".join(block)
    off1 = len(pre) + (1 if prefix else 0)
    off2 = off1 + len(unit) + 1
    span = [off2, off2 + len(unit)]
    assert text_full[span[0]:span[1]] == unit
    return text_full, span, reps


# =========================================================================== driver

def build_problem(fn, ph, j):
    key = fn.__name__
    for attempt in range(200):
        r = random.Random(f"{key}|{ph}|{j}|{attempt}")
        tpl = fn(r)
        evs = eval_steps(tpl["g"], tpl["s"])
        if not valid_evs(tpl["s"], evs, False):
            continue
        if any(e.down < 0 for st, e in zip(tpl["s"], evs) if st.op in ("ceil", "divmod")):
            continue
        if any(e.shown == 0 or e.down == 0 for e in evs):
            continue
        return tpl, evs, attempt
    raise RuntimeError("no valid numbers for %s" % key)


def generate():
    rows = []
    k = 0
    seen_q = set()
    for ti, fn in enumerate(farm_templates.TEMPLATES):
        for ph in range(4):
            used = []
            for j in range(NUMSETS):
                tpl, evs, _ = build_problem(fn, ph, j)
                q = tpl["q"][ph]
                bump = 0
                while q in seen_q and bump < 20:
                    bump += 1
                    tpl, evs, _ = build_problem(fn, ph, j + 100 * bump)
                    q = tpl["q"][ph]
                seen_q.add(q)
                style = STYLES[k % len(STYLES)]
                k += 1
                pid = f"{fn.__name__}-{ph}-{j}"
                template = f"{fn.__name__}#{ph}"
                lines, mark, fin = render(pid, style, tpl, evs)
                gold = fin
                base = dict(pid=pid, template=template, style=style, problem=q)
                sol = "\n".join(lines)
                rows.append(dict(base, variant="correct", solution=sol, final=gold))
                # slip
                rng = random.Random(pid + "|slip")
                f = pick_fault(tpl, evs, rng, "slip")
                if f is None:
                    raise RuntimeError("no slip for " + pid)
                i, kind, w, _ = f
                ev2 = slip_evs(evs, i, w)
                l2, m2, fin2 = render(pid, style, tpl, ev2)
                assert fin2 == gold, (pid, fin2, gold)
                c2 = Ctx(pid, style, tpl, ev2)
                row = dict(base, variant="slip", solution="\n".join(l2), final=gold,
                           span=line_span(l2, m2[i]), wrong=c2.written(i),
                           right=Ctx(pid, style, tpl, evs).written(i), step=i + 1, kind=kind)
                rows.append(row)
                # carry
                rng = random.Random(pid + "|carry")
                f = pick_fault(tpl, evs, rng, "carry")
                if f is None:
                    raise RuntimeError("no carry for " + pid)
                i, kind, w, ev3 = f
                l3, m3, fin3 = render(pid, style, tpl, ev3)
                assert fin3 != gold
                c3 = Ctx(pid, style, tpl, ev3)
                row = dict(base, variant="carry", solution="\n".join(l3), final=gold,
                           span=line_span(l3, m3[i]), wrong=c3.written(i),
                           right=Ctx(pid, style, tpl, evs).written(i), step=i + 1, kind=kind)
                rows.append(row)
                # loop
                rng = random.Random(pid + "|loop")
                text, span, reps = make_loop(lines, mark, rng, tpl)
                rows.append(dict(base, variant="loop", solution=text, final=gold, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = generate()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
