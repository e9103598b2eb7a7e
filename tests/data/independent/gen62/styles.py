"""Rendering of a problem's steps in one of several writing styles."""
from fractions import Fraction as F
import math
from core import N, R, FP, B, P, SQ, NF, dec_str, ndec

STYLES = ["markdown", "bold_labels", "prose", "latex_inline", "latex_display", "table",
          "gsm8k", "chatty", "terse", "worksheet", "numbered"]

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

OPSETS = {
    "uni": {"*": "×", "/": "÷", "-": "−", "+": "+"},
    "uni_slash": {"*": "×", "/": "/", "-": "−", "+": "+"},
    "uni_hyph": {"*": "×", "/": "÷", "-": "-", "+": "+"},
    "ascii": {"*": "*", "/": "/", "-": "-", "+": "+"},
    "x": {"*": "x", "/": "/", "-": "-", "+": "+"},
    "dot": {"*": "·", "/": "÷", "-": "−", "+": "+"},
    "latex": {"*": "\\times", "/": "\\div", "-": "-", "+": "+"},
    "latex_cdot": {"*": "\\cdot", "/": "\\div", "-": "-", "+": "+"},
    "words": {"*": "times", "/": "divided by", "-": "minus", "+": "plus"},
}


class Ctx:
    def __init__(self, **kw):
        self.ops = OPSETS["uni"]
        self.approx = "≈"
        self.units = True
        self.nf = NF()
        self.latex = False
        self.frac = False
        self.pct = "of"
        self.pct2 = False  # write 0.70 rather than 0.7
        self.sq = "sup"
        self.words = False
        self.bold_res = False
        self.__dict__.update(kw)


def lc_first(a):
    if a[:1].isupper() and not a[1:2].isupper() and not a.startswith(("BMI", "MAP", "TDEE", "I ")):
        return a[:1].lower() + a[1:]
    return a


def cap(s):
    return s[:1].upper() + s[1:]


class Renderer:
    def __init__(self, prob, svs, rng, style):
        self.p = prob
        self.steps = prob.steps
        self.svs = svs
        self.r = rng
        self.style = style

    # ---------------------------------------------------------- numbers
    def vnum(self, x, money, ctx):
        s = ctx.nf.num(x, money=money)
        if ctx.latex and money:
            s = s.replace("$", "\\$")
        return s

    def with_unit(self, s, unit, ctx):
        if not unit:
            return s
        if unit == "%":
            return s + ("\\%" if ctx.latex else "%")
        if ctx.latex:
            return s + "\\,\\text{%s}" % unit
        return s + " " + unit

    # ---------------------------------------------------------- expressions
    def rx(self, node, ctx, pprec=0, right=False, pop=None):
        sv = self.svs
        if isinstance(node, N):
            s = ctx.nf.text(node.s, money=node.money)
            if ctx.latex and node.money:
                s = s.replace("$", "\\$")
            return self.with_unit(s, node.unit if ctx.units else "", ctx), 9
        if isinstance(node, R):
            st = self.steps[node.i]
            s = self.vnum(sv[node.i].val, st.money, ctx)
            u = node.unit if node.unit is not None else st.unit
            if u == "%":
                u = ""
            return self.with_unit(s, u if ctx.units else "", ctx), 9
        if isinstance(node, FP):
            v = sv[node.i].val
            s = self.vnum(v - math.floor(v), False, ctx)
            return self.with_unit(s, node.unit if ctx.units else "", ctx), 9
        if isinstance(node, SQ):
            inner, _ = self.rx(node.x, ctx.__class__(**dict(ctx.__dict__, units=False)), 9)
            if ctx.latex:
                return inner + "^2", 8
            if ctx.sq == "sup":
                return inner + "²", 8
            if ctx.sq == "caret":
                return inner + "^2", 8
            if ctx.sq == "paren":
                return "(" + inner + ")²", 8
            s = inner + " " + ctx.ops["*"] + " " + inner
            return self.paren(s, 2, pprec, right, pop, ctx), 2
        if isinstance(node, P):
            x, xp = self.rx(node.x, ctx, 2, True, "*")
            mode = ctx.pct
            if mode == "of" and not ctx.latex:
                s = dec_str(node.p) + "% of " + x
                return self.paren(s, 2, pprec, right, pop, ctx), 2
            d = node.p / 100
            ds = dec_str(d, 2 if ctx.pct2 else 0)
            if mode == "decr":
                s = x + " " + ctx.ops["*"] + " " + ds
            else:
                s = ds + " " + ctx.ops["*"] + " " + x
            return self.paren(s, 2, pprec, right, pop, ctx), 2
        # binary
        op = node.op
        if ctx.latex and ctx.frac and op == "/":
            a, _ = self.rx(node.a, ctx, 0)
            b, _ = self.rx(node.b, ctx, 0)
            return "\\frac{%s}{%s}" % (a, b), 9
        p = PREC[op]
        a, _ = self.rx(node.a, ctx, p, False, op)
        b, _ = self.rx(node.b, ctx, p, True, op)
        s = a + " " + ctx.ops[op] + " " + b
        return self.paren(s, p, pprec, right, pop, ctx), p

    def paren(self, s, p, pprec, right, pop, ctx):
        need = p < pprec or (right and p == pprec and pop in "-/")
        if need:
            if ctx.latex:
                return "\\left(" + s + "\\right)" if self.r.random() < 0.3 else "(" + s + ")"
            return "(" + s + ")"
        return s

    def expr(self, i, ctx):
        return self.rx(self.steps[i].expr, ctx)[0]

    def simple(self, i):
        e = self.steps[i].expr
        return isinstance(e, B) and all(isinstance(x, (N, R, FP)) for x in (e.a, e.b))

    # ---------------------------------------------------------- results
    def res(self, i, ctx, bold=None):
        """'= 330 mg' style tail (without the expression)."""
        st, sv = self.steps[i], self.svs[i]
        bold = ctx.bold_res if bold is None else bold
        sym = ctx.approx if sv.approx else "="
        if ctx.latex and sym == "≈":
            sym = "\\approx"
        raw = self.vnum(sv.shown, st.money, ctx)
        u = st.unit if ctx.units or True else ""
        if sv.shown_post is not None and st.post[0] == "round":
            ps = self.vnum(sv.shown_post, st.money, ctx)
            ap = "\\approx" if ctx.latex else "≈"
            body = raw + " " + ap + " " + self.with_unit(ps, u, ctx)
            if bold:
                body = raw + " " + ap + " **" + self.with_unit(ps, u, ctx) + "**"
            return sym + " " + body, ""
        body = self.with_unit(raw, u, ctx)
        if bold and not ctx.latex:
            body = "**" + body + "**"
        extra = ""
        if sv.shown_post is not None:
            extra = st.post[2].format(v=self.vnum(sv.shown_post, st.money, ctx))
        return sym + " " + body, extra

    def eq(self, i, ctx, bold=None, joiner=None):
        tail, extra = self.res(i, ctx, bold)
        s = self.expr(i, ctx) + " " + tail
        j = self.r.choice([" → ", ", so ", "; "])  # always drawn: keeps variants aligned
        if extra:
            s += (joiner or j) + extra
        return s

    def gsm_eq(self, i, spaced):
        st, sv = self.steps[i], self.svs[i]
        inner_ctx = Ctx(ops=OPSETS["ascii"], units=False, nf=NF(sep=False, minus="-"),
                        pct="dec", sq="mul")
        inner = self.rx(st.expr, inner_ctx)[0].replace(" ", "")
        if sv.faulty:
            ires = dec_str(sv.shown)
        elif sv.approx:
            ires = repr(float(sv.exact))
        else:
            ires = dec_str(sv.shown)
        outer_ctx = Ctx(ops=OPSETS["ascii"], units=self.gsm_units, nf=NF(sep=False, minus="-"),
                        pct="dec", sq="mul")
        outer = self.rx(st.expr, outer_ctx)[0]
        if not spaced:
            outer = outer.replace(" ", "") if not self.gsm_units else outer
        raw = NF(sep=self.ctx.nf.sep, minus="-").num(sv.shown, money=st.money)
        s = outer + (" = " if spaced else "=") + "<<" + inner + "=" + ires + ">>" + self.with_unit(raw, st.unit, outer_ctx)
        rt = self.r.choice([", which rounds to %s", ", or about %s", " (about %s)"])
        if sv.shown_post is not None:
            pv = NF(sep=self.ctx.nf.sep, minus="-").num(sv.shown_post, money=st.money)
            if st.post[0] == "round":
                s += rt % self.with_unit(pv, st.unit, outer_ctx)
            else:
                s += ", so " + st.post[2].format(v=pv)
        return s

    # ---------------------------------------------------------- answer text
    def svals(self, ctx):
        d = {}
        for i, st in enumerate(self.steps):
            d["s%d" % i] = self.vnum(self.svs[i].val, st.money, Ctx(nf=self.ctx.nf))
        return d

    def answer_value(self):
        fi = self.p.final_i
        st = self.steps[fi]
        s = self.vnum(self.svs[fi].val, st.money, Ctx(nf=self.ctx.nf))
        u = self.p.final_unit if self.p.final_unit is not None else st.unit
        return self.with_unit(s, u, Ctx())

    def answer(self, bold=False):
        A = self.answer_value()
        if bold:
            A = "**" + A + "**"
        t = self.r.choice(self.p.ans)
        d = dict(self.p.v)
        d.update(self.svals(self.ctx))
        d["A"] = A
        if self.p.extra:
            d.update(self.p.extra([x.val for x in self.svs]))
        return t.format(**d)

    def check_line(self, ctx):
        """Optional check on the final step: product re-divided, or sum re-subtracted."""
        t = self.r.choice(["Check: {l} = {a} ✓", "Check: {l} = {a}, which matches.",
                           "(Quick check: {l} = {a} ✓)", "Double-check: {l} = {a}. ✔"])
        fi = self.p.final_i
        st, sv = self.steps[fi], self.svs[fi]
        e = st.expr
        if sv.approx or st.post or st.money:
            return None
        if not isinstance(e, B) or e.op not in "*+" or not self.simple(fi):
            return None
        vals = [x.val for x in self.svs]
        from core import ev
        a = ev(e.a, vals)
        b = ev(e.b, vals)
        if b == 0:
            return None
        res = sv.val
        if e.op == "*":
            if res / b != a:
                return None
            bs, _ = self.rx(e.b, Ctx(**dict(ctx.__dict__, units=False)))
            left = self.vnum(res, False, ctx) + " " + ctx.ops["/"] + " " + bs
        else:
            if res - b != a:
                return None
            bs, _ = self.rx(e.b, Ctx(**dict(ctx.__dict__, units=False)))
            left = self.vnum(res, False, ctx) + " " + ctx.ops["-"] + " " + bs
        asv = self.vnum(a, False, ctx)
        return t.format(l=left, a=asv)

    def intro(self):
        g = self.p.goal
        return self.r.choice([
            "To find {g}, let's work through it step by step.".format(g=g),
            "Let's calculate {g} step by step.".format(g=g),
            "We need {g}. Here's the calculation:".format(g=g),
            "Let's break this down.",
            "Here's how to work out {g}.".format(g=g),
            "To solve this, we need {g}.".format(g=g),
        ])

    # ---------------------------------------------------------- styles
    def render(self):
        fn = getattr(self, "st_" + self.style)
        lines = fn()
        return lines

    def base_ctx(self, **kw):
        r = self.r
        nf = NF(sep=self.p.sep, minus=r.choice(["−", "-"]))
        c = Ctx(nf=nf, pct=r.choice(["of", "dec", "decr"]), pct2=r.random() < 0.4,
                sq=r.choice(["sup", "sup", "caret", "paren", "mul"]))
        c.__dict__.update(kw)
        return c

    def final_line(self):
        return ("#### " + self.p.final_str(self.svs), set())

    def st_markdown(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "uni", "uni_slash", "uni_hyph"])],
                                     bold_res=r.random() < 0.4, units=r.random() < 0.8)
        L = [(self.intro(), set()), ("", set())]
        hdr = r.choice(["### Step {n}: {T}", "## Step {n}: {T}", "**Step {n}: {T}**", "### {n}. {T}"])
        form = r.choice(["plain", "short", "bullet"])
        for i, st in enumerate(self.steps):
            L.append((hdr.format(n=i + 1, T=cap(st.label)), set()))
            if st.why and r.random() < 0.6:
                L.append((st.why, set()))
            if form == "plain":
                L.append((self.eq(i, c), {i}))
            elif form == "short":
                L.append((st.short + " = " + self.eq(i, c), {i}))
            else:
                L.append(("- " + self.eq(i, c), {i}))
            L.append(("", set()))
        L.append((r.choice(["### Final Answer", "## Answer", "**Final answer:**", "### Result"]), set()))
        L.append((self.answer(bold=True), set()))
        ch = self.check_line(c) if r.random() < 0.3 else None
        if ch:
            L += [("", set()), (ch, set())]
        L += [("", set()), self.final_line()]
        return L

    def st_bold_labels(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "uni", "uni_slash", "dot"])],
                                     units=r.random() < 0.85)
        L = [(self.intro(), set()), ("", set())]
        bullet = r.choice(["", "- ", "• "])
        gap = r.random() < 0.3
        for i, st in enumerate(self.steps):
            if st.why and r.random() < 0.25:
                L.append((bullet + "**" + st.short + ":** " + st.why + " " + self.eq(i, c), {i}))
            else:
                L.append((bullet + "**" + st.short + ":** " + self.eq(i, c), {i}))
            if gap:
                L.append(("", set()))
        if not gap:
            L.append(("", set()))
        L.append((self.answer(bold=True), set()))
        ch = self.check_line(c) if r.random() < 0.35 else None
        if ch:
            L += [("", set()), (ch, set())]
        L += [("", set()), self.final_line()]
        return L

    LEADS_FIRST = ["First, find the {l}:", "First, we calculate the {l}:", "Start with the {l}:",
                   "To begin, work out the {l}:", "We start by finding the {l}:"]
    LEADS_MID = ["Next, the {l}:", "Then we find the {l}:", "Now calculate the {l}:",
                 "After that, the {l} is", "The {l} is", "Next, we need the {l}:"]
    LEADS_LAST = ["Finally, the {l}:", "Finally, we find the {l}:", "Last, the {l} is",
                  "That means the {l} is", "Putting it together, the {l} is"]

    def lead(self, i, n):
        r = self.r
        l = self.steps[i].label
        if i == 0:
            return r.choice(self.LEADS_FIRST).format(l=l)
        if i == n - 1:
            return r.choice(self.LEADS_LAST).format(l=l)
        return r.choice(self.LEADS_MID).format(l=l)

    def st_prose(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "uni_hyph", "ascii", "x"])],
                                     units=r.random() < 0.7)
        wc = Ctx(**dict(c.__dict__, ops=OPSETS["words"], units=False, pct="of"))
        L = [(self.intro(), set()), ("", set())]
        n = len(self.steps)
        i = 0
        while i < n:
            k = 2 if (r.random() < 0.35 and i + 1 < n) else 1
            parts, idx = [], set()
            for j in range(i, i + k):
                st = self.steps[j]
                s = ""
                if st.why and r.random() < 0.4:
                    s += st.why + " "
                if self.simple(j) and r.random() < 0.25 and not self.svs[j].approx and not st.post \
                        and not any(isinstance(x, FP) for x in (st.expr.a, st.expr.b)):
                    s += self.lead(j, n) + " " + self.expr(j, wc) + " " + r.choice(["equals", "is"]) + " " \
                        + self.with_unit(self.vnum(self.svs[j].shown, st.money, c), st.unit, c) + "."
                else:
                    s += self.lead(j, n) + " " + self.eq(j, c) + "."
                parts.append(s)
                idx.add(j)
            L.append((" ".join(parts), idx))
            L.append(("", set()))
            i += k
        a = lc_first(self.answer(bold=r.random() < 0.3))
        L.append((r.choice(["Therefore, ", "So, ", "So ", "Thus, "]) + a, set()))
        L += [("", set()), self.final_line()]
        return L

    def st_latex_inline(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["latex", "latex", "latex_cdot"])], latex=True,
                                     frac=r.random() < 0.3, units=r.random() < 0.5,
                                     nf=NF(sep=self.p.sep, minus="-", latex=True, latex_comma=r.random() < 0.4))
        L = [(self.intro(), set()), ("", set())]
        t = r.choice(["{n}. **{T}:** \\( {e} \\)", "{n}. **{T}**: \\( {e} \\)", "- {T}: \\( {e} \\)",
                      "{n}. The {l} is \\( {e} \\)."])
        for i, st in enumerate(self.steps):
            tail, extra = self.res(i, c)
            line = t.format(n=i + 1, T=cap(st.label), l=st.label, e=self.expr(i, c) + " " + tail)
            if extra:
                line += r.choice([" So that's ", " → "]) + extra + "."
            L.append((line, {i}))
        L.append(("", set()))
        fv = self.p.final_str(self.svs)
        tail = r.choice(["The answer is \\( \\boxed{%s} \\)." % fv, "\\( \\boxed{%s} \\)" % fv, ""])
        L.append(((self.answer(bold=False) + " " + tail).rstrip(), set()))
        L += [("", set()), self.final_line()]
        return L

    def st_latex_display(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["latex", "latex", "latex_cdot"])], latex=True,
                                     frac=r.random() < 0.5, units=r.random() < 0.5,
                                     nf=NF(sep=self.p.sep, minus="-", latex=True, latex_comma=r.random() < 0.5))
        L = [(self.intro(), set()), ("", set())]
        ind = r.choice(["   ", "   ", ""])
        for i, st in enumerate(self.steps):
            L.append((r.choice(["{n}. **{T}:**", "**Step {n}: {T}**", "{n}. {T}:"]).format(n=i + 1, T=cap(st.label)), set()))
            if st.why and r.random() < 0.4:
                L.append((ind + st.why, set()))
            tail, extra = self.res(i, c)
            lab = ""
            if r.random() < 0.4:
                lab = "\\text{%s} = " % st.short.replace("%", "\\%")
            L.append((ind + "\\[", set()))
            L.append((ind + lab + self.expr(i, c) + " " + tail, {i}))
            L.append((ind + "\\]", set()))
            if extra:
                L.append((ind + cap(extra) + ".", set()))
            L.append(("", set()))
        fv = self.p.final_str(self.svs)
        L.append((self.answer(bold=False), set()))
        L += [("\\[", set()), ("\\boxed{%s}" % fv, set()), ("\\]", set()), ("", set()), self.final_line()]
        return L

    def st_table(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "uni_slash", "x"])], units=r.random() < 0.5)
        L = [(self.intro(), set()), ("", set())]
        three = r.random() < 0.65
        if three:
            L.append((r.choice(["| Step | Calculation | Result |", "| Quantity | Calculation | Value |",
                                "| What | Math | Result |"]), set()))
            L.append(("|---|---|---|", set()))
        else:
            L.append((r.choice(["| Step | Calculation |", "| Item | Work |"]), set()))
            L.append(("|---|---|", set()))
        for i, st in enumerate(self.steps):
            if three:
                tail, extra = self.res(i, c, bold=False)
                if tail.startswith("= "):
                    tail = tail[2:]
                if extra:
                    tail += " (" + extra + ")"
                L.append(("| %s | %s | %s |" % (st.short, self.expr(i, c), tail), {i}))
            else:
                L.append(("| %s | %s |" % (st.short, self.eq(i, c, joiner=", so ")), {i}))
        L.append(("", set()))
        L.append((r.choice(["**Answer:** ", "", "**Result:** "]) + self.answer(bold=False), set()))
        L += [("", set()), self.final_line()]
        return L

    def st_gsm8k(self):
        r = self.r
        self.ctx = self.base_ctx(ops=OPSETS["ascii"])
        self.gsm_units = r.random() < 0.3
        spaced = r.random() < 0.5
        L = []
        for i, st in enumerate(self.steps):
            t = r.choice(["The {l} is {e}.", "{T}: {e}", "{T} = {e}", "So the {l} is {e}.", "{T} is {e}."])
            L.append((t.format(l=st.label, T=cap(st.label), e=self.gsm_eq(i, spaced)), {i}))
        if r.random() < 0.4:
            L.append((self.answer(bold=False), set()))
        L.append(self.final_line())
        return L

    def st_chatty(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "uni", "x", "uni_hyph"])], units=r.random() < 0.85)
        wc = Ctx(**dict(c.__dict__, ops=OPSETS["words"], units=False, pct="of"))
        L = [(r.choice(["Great question! Let's work it out together. 😊", "Sure thing! Let's break it down. 💪",
                        "Happy to help! Here's the math, step by step:", "Absolutely — let's figure this out!",
                        "Good question — this is easy to work out. 🙂"]), set()), ("", set())]
        hdr = r.choice(["**Step {n} – {T}**", "**{n}️⃣ {T}**", "**{T}**", "👉 **{T}**"])
        for i, st in enumerate(self.steps):
            L.append((hdr.format(n=i + 1, T=cap(st.label)), set()))
            if st.why and r.random() < 0.7:
                L.append((st.why, set()))
            if self.simple(i) and r.random() < 0.3 and not st.post and not self.svs[i].approx \
                    and not any(isinstance(x, FP) for x in (st.expr.a, st.expr.b)):
                L.append((self.expr(i, wc) + " is " + self.with_unit(self.vnum(self.svs[i].shown, st.money, c), st.unit, c)
                          + r.choice([".", "!", " 👍"]), {i}))
            else:
                L.append((self.eq(i, c), {i}))
            L.append(("", set()))
        L.append((r.choice(["So, ", "That means ", "🎉 So ", "Bottom line: "]) + lc_first(self.answer(bold=True)), set()))
        if r.random() < 0.4:
            L.append(("", set()))
            L.append((r.choice(["Let me know if you'd like me to run the numbers for a different scenario!",
                                "Hope that helps! 😊", "Feel free to ask if anything's unclear!",
                                "(Always double-check with a healthcare professional for anything medical.)"]), set()))
        L += [("", set()), self.final_line()]
        return L

    def st_terse(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["ascii", "x", "uni", "uni_hyph"])],
                                     units=r.random() < 0.3, approx=r.choice(["≈", "="]))
        L = []
        lab = r.random() < 0.7
        for i, st in enumerate(self.steps):
            if lab:
                L.append((st.short + ": " + self.eq(i, c), {i}))
            else:
                L.append((self.eq(i, c), {i}))
        L.append((r.choice(["Answer: ", "Ans: ", "Answer = "]) + self.answer_value(), set()))
        L.append(self.final_line())
        return L

    def st_worksheet(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "uni_slash", "x", "ascii"])], units=True)
        L = [(r.choice(["Given:", "**Given:**", "Known values:"]), set())]
        for g, val in self.p.givens:
            L.append(("- " + g + ": " + val, set()))
        L.append(("", set()))
        L.append((r.choice(["Find: ", "**Find:** ", "Want: "]) + self.p.goal, set()))
        L.append(("", set()))
        L.append((r.choice(["Solution:", "**Solution:**", "Work:"]), set()))
        t = r.choice(["{n}) {T}: {e}", "Step {n} – {T}: {e}", "{T} = {e}"])
        for i, st in enumerate(self.steps):
            if st.why and r.random() < 0.35:
                L.append((st.why, set()))
            L.append((t.format(n=i + 1, T=cap(st.label), e=self.eq(i, c)), {i}))
        L.append(("", set()))
        L.append((r.choice(["Answer: ", "**Answer:** "]) + self.answer_value(), set()))
        ch = self.check_line(c) if r.random() < 0.4 else None
        if ch:
            L.append((ch, set()))
        L += [("", set()), self.final_line()]
        return L

    def st_numbered(self):
        r = self.r
        c = self.ctx = self.base_ctx(ops=OPSETS[r.choice(["uni", "ascii", "x", "uni_slash"])], units=r.random() < 0.75)
        L = [(self.intro(), set()), ("", set())]
        n = len(self.steps)
        for i, st in enumerate(self.steps):
            s = "%d. " % (i + 1) + self.lead(i, n) + " " + self.eq(i, c) + r.choice([".", ""])
            L.append((s, {i}))
        L.append(("", set()))
        L.append((r.choice(["The answer is ", "Answer: ", "So the answer is "]) + self.answer_value() + ".", set()))
        L += [("", set()), self.final_line()]
        return L
