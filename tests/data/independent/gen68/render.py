"""Writing styles: turn solver blocks into solution text the way different models write it."""
from fractions import Fraction as Fr
from core import R, V, dstr, min_dp, group_int

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex", "table", "terse", "gsm8k", "tutor", "bank",
          "numbered"]


def low(s):
    ws = s.split(" ")
    return " ".join(w if (w.isupper() and (len(w) > 1 or k > 0)) else w.lower() for k, w in enumerate(ws))


def lower_first(s):
    w = s.split(" ", 1)[0]
    if w in ("The", "After", "Total", "Each", "One", "Of", "Over", "In", "It", "Interest", "Fee", "Remaining",
             "Cash", "About", "You", "They", "Offer"):
        return s[0].lower() + s[1:]
    return s


def cap(s):
    return s[:1].upper() + s[1:] if s else s


class Fmt:
    def __init__(self, style, pid, cents_ctx):
        r = R(pid, "fmt", style)
        self.style = style
        self.latex = style == "latex"
        self.plain = style in ("gsm8k",)
        self.cents_ctx = cents_ctx
        self.cur_expr = True
        self.cur_res = True
        self.sep = ","
        self.cents = "auto"
        self.pct = "pct"
        self.mul, self.div, self.add, self.sub = " × ", " ÷ ", " + ", " − "
        self.units = r.random() < 0.5
        self.units_expr = r.random() < 0.3
        self.lead_dot = False
        self.pct2 = False
        self.bold_res = False
        self.frac = False
        if style == "md_steps":
            self.pct = r.choice(["pct", "mix", "dec"])
            self.bold_res = r.random() < 0.4
            self.sub = r.choice([" − ", " - "])
        elif style == "bold_labels":
            self.pct = r.choice(["pct", "mix"])
            self.mul = r.choice([" × ", " × ", " · "])
            self.bold_res = r.random() < 0.6
        elif style == "bullets":
            self.mul = r.choice([" × ", " x ", " * "])
            self.div = r.choice([" ÷ ", " / "])
            self.sub = r.choice([" − ", " - "])
            self.pct = r.choice(["pct", "dec", "mix"])
            self.cur_expr = r.random() < 0.7
        elif style == "prose":
            self.pct = r.choice(["pct", "mix"])
            self.cur_expr = r.random() < 0.8
        elif style == "latex":
            self.pct = r.choice(["dec", "mix", "pct"])
            self.mul = r.choice([" \\times ", " \\times ", " \\cdot "])
            self.div = " \\div "
            self.sub = " - "
            self.sep = r.choice(["{,}", ","])
            self.cur_expr = r.random() < 0.5
            self.cur_res = self.cur_expr or r.random() < 0.5
            self.frac = r.random() < 0.5
        elif style == "table":
            self.pct = r.choice(["pct", "dec"])
            self.mul = r.choice([" × ", " x "])
            self.sub = r.choice([" − ", " - "])
        elif style == "terse":
            self.pct = r.choice(["dec", "dec", "pct"])
            self.mul = r.choice([" * ", " × ", "*"])
            self.div = r.choice([" / ", "/"]) if "*" in self.mul else " ÷ "
            self.sub = " - "
            if self.mul == "*":
                self.add, self.sub = "+", "-"
            self.cur_expr = r.random() < 0.3
            self.cur_res = self.cur_expr or r.random() < 0.5
            self.sep = r.choice([",", ""])
            self.units = r.random() < 0.3
        elif style == "gsm8k":
            self.pct = "dec"
            self.mul, self.div, self.add, self.sub = "*", "/", "+", "-"
            self.cur_expr = False
            self.sep = ""
            self.lead_dot = r.random() < 0.5
        elif style == "tutor":
            self.pct = r.choice(["pct", "mix"])
            self.bold_res = r.random() < 0.5
        elif style == "bank":
            self.pct = "pct"
            self.cents = "always"
            self.pct2 = r.random() < 0.5
        elif style == "numbered":
            self.pct = r.choice(["pct", "mix", "dec"])
            self.mul = r.choice([" × ", " × ", " * "])
            self.sub = r.choice([" − ", " - "])

    # ---------------------------------------------------------------- numbers
    def digits(self, x, dp, sep=None):
        s = dstr(x, dp)
        sep = self.sep if sep is None else sep
        if "." in s:
            a, b = s.split(".")
            return group_int(a, sep) + "." + b
        return group_int(s, sep)

    def money_dp(self, x, dp=None):
        if dp is not None:
            md = min_dp(x, 8)
            return max(dp, md if md is not None else dp)
        md = min_dp(x, 8)
        if self.cents_ctx or self.cents == "always":
            return 2 if md <= 2 else md
        return 0 if md == 0 else (2 if md <= 2 else md)

    def money(self, x, cur=True, dp=None, plain=False):
        d = self.digits(x, self.money_dp(x, dp), "" if plain else None)
        if plain:
            return d
        if cur:
            return ("\\$" if self.latex else "$") + d
        return d

    def pct_str(self, x, dp=None, plain=False):
        y = x * 100
        d = min_dp(y) if dp is None else dp
        if self.pct2 and d < 2 and dp is None:
            d = 2
        return dstr(y, d) + ("" if plain else ("\\%" if self.latex else "%"))

    def dec_str(self, x, dp=None):
        d = min_dp(x) if dp is None else dp
        s = dstr(x, d)
        if self.lead_dot and s.startswith("0."):
            s = s[1:]
        return s

    def num(self, x, dp=None, plain=False):
        d = min_dp(x) if dp is None else dp
        return self.digits(x, d, "" if plain else None)

    def pct_mode(self, st_k):
        if self.pct == "mix":
            return "pct" if st_k == "pct" else "dec"
        return self.pct

    def val(self, v, k, dp=None, unit=None, where="expr", st_k=None, plain=False, show_unit=None):
        if k == "money":
            cur = self.cur_expr if where == "expr" else self.cur_res
            return self.money(v, cur=cur and not plain, dp=dp, plain=plain)
        if k == "pct":
            mode = "dec" if plain else self.pct_mode(st_k)
            if mode == "pct":
                return self.pct_str(v, dp)
            return self.dec_str(v, None if dp is None else dp + 2)
        s = self.num(v, dp, plain)
        su = self.units if show_unit is None else show_unit
        if unit and su and not plain:
            s += ("\\text{ %s}" % unit) if self.latex else " " + unit
        return s

    # ---------------------------------------------------------------- text (outside math)
    def t(self, V_):
        if V_.k == "money":
            d = self.digits(V_.v, self.money_dp(V_.v), ",")
            return "$" + d
        if V_.k == "pct":
            return self.tp(V_)
        s = dstr(V_.v, min_dp(V_.v))
        return s + (" " + V_.unit if V_.unit else "")

    def tp(self, V_):
        y = V_.v * 100
        return dstr(y, min_dp(y)) + "%"

    # ---------------------------------------------------------------- expressions
    def opstr(self, op, words=False):
        if words:
            return {"*": " times ", "/": " divided by ", "+": " plus ", "-": " minus "}[op]
        return {"*": self.mul, "/": self.div, "+": self.add, "-": self.sub}[op]

    def expr(self, st, words=False, plain=False):
        toks = st.tokens
        if (not plain and self.units_expr and len(toks) == 3 and toks[1] == "*" and isinstance(toks[0], V)
                and toks[0].unit == "years" and toks[2].v == 12):
            y = self.num(toks[0].v)
            if self.latex:
                return "%s\\text{ years} \\times 12\\text{ months per year}" % y
            return "%s years%s12 months per year" % (y, self.opstr("*", words))
        if (words and not plain and len(toks) == 3 and toks[1] == "*" and toks[0].k == "pct"
                and toks[2].k == "money"):
            return "%s of %s" % (self.pct_str(toks[0].v), self.money(toks[2].v, cur=self.cur_expr))
        if (self.frac and not words and not plain and len(toks) == 3 and toks[1] == "/"
                and isinstance(toks[0], V) and isinstance(toks[2], V)):
            a, b = (self.val(t.v, t.k, t.dp if t.k == "money" else None, t.unit, "expr", st.k, plain, show_unit=False)
                    for t in (toks[0], toks[2]))
            return "\\frac{%s}{%s}" % (a, b)
        out = []
        for t in toks:
            if isinstance(t, V):
                out.append(self.val(t.v, t.k, t.dp if t.k == "money" else None, t.unit, "expr", st.k, plain,
                                    show_unit=False))
            elif t in ("(", ")"):
                out.append(t)
            else:
                out.append("*/+-"[("*/+-").index(t)] if plain else self.opstr(t, words))
        return "".join(out)

    def res(self, st, plain=False, approx_ok=True):
        s = self.val(st.shown, st.k, st.dp, st.unit, "res", st.k, plain)
        return s

    def res_chain(self, st, rr):
        """' = R' or ' = exact ≈ R' or ' ≈ R' (returns string starting with the relation)."""
        R_ = self.res(st)
        if self.bold_res and not self.latex:
            R_ = "**%s**" % R_
        ap = "\\approx" if self.latex else "≈"
        if st.rounded:
            if st.show_exact:
                ex = self.money(st.shown_exact, cur=self.cur_res, dp=min_dp(st.shown_exact))
                return " = %s %s %s" % (ex, ap, R_)
            if st.k != "money" or rr.random() < 0.4:
                return " %s %s" % (ap, R_)
            if rr.random() < 0.3 and not self.latex:
                return " = %s (rounded to the nearest cent)" % R_
        return " = " + R_

    def eq(self, st, rr, words=False):
        return self.expr(st, words) + self.res_chain(st, rr)

    def formula(self, st):
        f = st.formula
        out = []
        for t in f:
            if t in ("*", "/", "+", "-"):
                out.append(self.opstr(t))
            elif t == "=":
                out.append(" = ")
            else:
                out.append(t)
        return "".join(out)

    def given_val(self, v):
        """given value, written inside math in latex, as text otherwise; may show a % -> decimal conversion."""
        if v.k == "money":
            return self.money(v.v, cur=True)
        if v.k == "pct":
            p = self.pct_str(v.v)
            if self.pct in ("dec", "mix"):
                return "%s = %s" % (p, self.dec_str(v.v))
            return p
        s = self.num(v.v)
        if v.unit:
            s += ("\\text{ %s}" % v.unit) if self.latex else " " + v.unit
        return s


# ==================================================================== renderer
class Out:
    def __init__(self):
        self.lines = []
        self.fault_line = None
        self.para = []
        self.para_fault = False

    def add(self, line, st=None):
        if st is not None and st.fault:
            self.fault_line = len(self.lines)
        self.lines.append(line)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def sent(self, s, st=None):
        self.para.append(s)
        if st is not None and st.fault:
            self.para_fault = True

    def flush(self):
        if self.para:
            if self.para_fault:
                self.fault_line = len(self.lines)
            self.lines.append(" ".join(self.para))
            self.para = []
            self.para_fault = False


def step_sentence(f, st, rr, no_verb=False):
    """One prose sentence containing the computation of a step."""
    toks = st.tokens
    two = len(toks) == 3 and isinstance(toks[0], V) and isinstance(toks[2], V)
    forms = ["is", "that", "so"] if no_verb else ["is", "verb", "which", "that", "so"]
    if two:
        forms += ["op2", "op2"]
    if f.style in ("prose", "tutor"):
        forms += ["words", "words"]
    form = rr.choice(forms)
    name = st.name
    verb = st.verb or "Compute the %s" % name
    if form == "op2" and not st.show_exact:
        a = f.val(toks[0].v, toks[0].k, None, toks[0].unit, "expr", st.k, show_unit=False)
        b = f.val(toks[2].v, toks[2].k, None, toks[2].unit, "expr", st.k, show_unit=False)
        rel = f.res_chain(st, rr)
        rel = rel[3:] if rel.startswith(" = ") else None
        if rel is not None:
            op = toks[1]
            if op == "*":
                s = rr.choice(["Multiplying %s by %s gives %s", "%s times %s is %s", "Multiply %s by %s to get %s"]) % (a, b, rel)
            elif op == "-":
                s = rr.choice(["Subtracting %s from %s leaves %s" % (b, a, rel), "%s minus %s is %s" % (a, b, rel),
                               "Subtract %s from %s to get %s" % (b, a, rel)])
            elif op == "+":
                s = rr.choice(["Adding %s and %s gives %s" % (a, b, rel), "%s plus %s is %s" % (a, b, rel)])
            else:
                s = rr.choice(["Dividing %s by %s gives %s" % (a, b, rel), "%s divided by %s is %s" % (a, b, rel)])
            ends = [", so the %s is %s." % (name, f.res(st)), "."]
            if st.k == "money":
                ends.append(" for the %s." % name)
            return s + rr.choice(ends)
        form = "is"
    if form == "words" and not st.show_exact:
        rel = f.res_chain(st, rr)
        if rel.startswith(" = "):
            return "%s is %s, so the %s is %s." % (cap(f.expr(st, words=True)), rel[3:], name, f.res(st)) \
                if rr.random() < 0.5 else "The %s is %s, which is %s." % (name, f.expr(st, words=True), rel[3:])
        form = "is"
    if form == "is" or form == "op2" or form == "words":
        return rr.choice(["The %s is %s." % (name, f.eq(st, rr)), "The %s comes to %s." % (name, f.eq(st, rr))])
    if form == "verb":
        return "%s: %s." % (verb, f.eq(st, rr))
    if form == "which":
        return "%s, which gives %s." % (verb, f.eq(st, rr))
    if form == "that":
        return "That makes the %s %s." % (name, f.eq(st, rr))
    return "So the %s is %s." % (name, f.eq(st, rr))


INTROS = {
    "md_steps": ["Let's work through this step by step.", "To find {goal}, we'll break the problem into steps.",
                 "We need to find {goal}. Here's how:", "Let's solve this carefully."],
    "bold_labels": ["Here's the calculation.", "Let's find {goal}.", "Breaking it down:"],
    "bullets": ["Here's the breakdown:", "Let's list what we know and go from there.", "Step-by-step:"],
    "prose": ["To find {goal}, start with what we know.", "Let's think this through.", ""],
    "latex": ["To find {goal}, we proceed step by step.", "Let's solve this step by step.",
              "We'll compute {goal} using the given information."],
    "table": ["Here's the calculation laid out in a table.", "Let's organize the work in a table.",
              "To find {goal}, here is the work:"],
    "terse": ["", "", "Given:"],
    "gsm8k": [""],
    "tutor": ["Great question! Let's figure out {goal} together. 😊", "Sure! Let's walk through it step by step.",
              "Happy to help! This is a classic {topic} problem. 💡"],
    "bank": ["Here's how {goal_short} is calculated.", "Below is an explanation of how we calculate {goal_short}.",
             "Thank you for your question. Here is how {goal_short} works out."],
    "numbered": ["I'll work through this step by step.", "Let me break this down.",
                 "Let me solve this step by step."],
}


def render(style, blocks, meta, pid):
    f = Fmt(style, pid, meta["cents"])
    o = Out()

    def rr(tag):
        return R(pid, style, tag)

    goal = meta["goal"]
    intro = rr("intro").choice(INTROS[style]).format(goal=goal, topic=meta["topic"], goal_short=meta["goal_short"])
    has_groups = any(b[0] == "head" for b in blocks)
    steps = [b[1] for b in blocks if b[0] == "step"]
    nstep = [0]
    concl = meta["concl"](f)
    final = meta["final_str"]

    def final_lines(pre):
        o.blank()
        o.add(pre + concl if pre else concl)
        o.blank()
        o.add("#### " + final)

    # ---------------------------------------------------------------- per style
    if style in ("md_steps", "numbered", "bold_labels", "bullets", "tutor", "bank"):
        if intro:
            o.add(intro)
            o.blank()
        given_mode = rr("gm").random()
        tut_head = rr("th").choice(["**Step %d: %s**", "**Step %d – %s**", "### Step %d: %s"])
        for b in blocks:
            if b[0] == "given":
                items = b[1]
                if style == "bank" or given_mode < 0.35:
                    continue
                if style == "bold_labels":
                    o.add("**Given:** " + ", ".join("%s %s" % (low(lab), f.given_val(v)) for lab, v in items))
                    o.blank()
                elif style in ("bullets", "md_steps"):
                    o.add(rr("gh").choice(["**Given:**", "Given:", "**What we know:**"]))
                    for lab, v in items:
                        o.add("- %s: %s" % (lab, f.given_val(v)))
                    o.blank()
                elif style == "numbered":
                    o.add("We know: " + "; ".join("%s %s" % (low(lab), f.given_val(v)) for lab, v in items) + ".")
                    o.blank()
                elif style == "tutor":
                    o.add("Here's what we're working with:")
                    for lab, v in items:
                        o.add("- **%s:** %s" % (lab, f.given_val(v)))
                    o.blank()
            elif b[0] == "head":
                g, label = b[1], b[2]
                if style == "bank":
                    label = label.replace("Month", "Billing cycle")
                o.blank()
                if style == "md_steps":
                    o.add("### " + label)
                elif style in ("bold_labels", "tutor"):
                    o.add("**%s**" % label)
                elif style == "bullets":
                    o.add("- %s:" % label)
                elif style == "numbered":
                    nstep[0] += 1
                    o.add("%d. **%s**" % (nstep[0], label))
                else:
                    o.add(label)
            elif b[0] == "note":
                o.blank() if style in ("md_steps",) else None
                o.add(b[1](f))
            elif b[0] == "step":
                st = b[1]
                r = rr("s%d" % st.n)
                title = st.title or cap(st.name)
                if st.check:
                    o.add(r.choice(["Check: ", "**Check:** ", "Quick check: "]) + f.eq(st, r) + " ✓", st)
                    continue
                if st.group is not None:
                    ind = "   " if style == "numbered" else ("  " if style == "bullets" else "")
                    lead = "- " if style != "bank" else ""
                    if style == "bank":
                        o.add("%s: %s" % (title, f.eq(st, r)), st)
                    else:
                        o.add("%s%s%s: %s" % (ind, lead, title, f.eq(st, r)), st)
                    continue
                if style == "md_steps":
                    nstep[0] += 1
                    o.blank()
                    o.add("### Step %d: %s" % (nstep[0], st.verb or title))
                    o.blank()
                    x = r.random()
                    if st.formula and x < 0.6:
                        o.add("%s = %s" % (f.formula(st), f.eq(st, r)), st)
                    elif x < 0.5:
                        o.add("%s = %s" % (title, f.eq(st, r)), st)
                    else:
                        o.add(f.eq(st, r), st)
                elif style == "numbered":
                    nstep[0] += 1
                    if r.random() < 0.5:
                        o.add("%d. **%s:** %s" % (nstep[0], title, f.eq(st, r)), st)
                    else:
                        o.add("%d. **%s**" % (nstep[0], st.verb or title))
                        o.add("   %s" % (("%s = " % f.formula(st)) if st.formula else "") + f.eq(st, r), st)
                elif style == "bold_labels":
                    if r.random() < 0.7:
                        o.add("**%s:** %s" % (title, f.eq(st, r)), st)
                    else:
                        o.add("**%s** = %s" % (title, f.eq(st, r)), st)
                elif style == "bullets":
                    o.add(r.choice(["- %s: %s", "- %s = %s", "• %s: %s"]) % (title, f.eq(st, r)), st)
                elif style == "tutor":
                    nstep[0] += 1
                    o.blank()
                    o.add(tut_head % (nstep[0], st.verb or title))
                    o.add(step_sentence(f, st, r, no_verb=True) + r.choice(["", "", " 👍", " Easy so far!", ""]), st)
                elif style == "bank":
                    x = r.random()
                    if x < 0.45:
                        o.add("%s: %s" % (title, f.eq(st, r)), st)
                    elif x < 0.75:
                        o.add("Your %s is %s." % (st.name, f.eq(st, r)), st)
                    else:
                        o.add("The %s is calculated as %s." % (st.name, f.eq(st, r)), st)
        pre = {"md_steps": rr("fa").choice(["**Final answer:** ", "### Answer\n\n", "**Answer:** "]),
               "numbered": rr("fa").choice(["So ", "**Answer:** ", ""]),
               "bold_labels": "**Answer:** ", "bullets": "", "bank": "",
               "tutor": rr("fa").choice(["🎉 ", "So, ", "There you go: "])}[style]
        if pre in ("So ", "So, "):
            concl = lower_first(concl)
        o.blank()
        o.add(pre + concl if "\n" not in pre else pre.split("\n")[0])
        if "\n" in pre:
            o.add("")
            o.add(concl)
        if style == "tutor":
            o.blank()
            o.add(rr("bye").choice(["Does that make sense? Let me know if you'd like to try another one!",
                                    "Hope that helps! Want to see what happens if the payment changes?",
                                    "Let me know if any step was confusing! 😊"]))
        if style == "bank":
            o.blank()
            o.add(rr("bye").choice(["Please note that actual charges may vary slightly depending on your billing "
                                    "cycle and the exact posting dates of transactions.",
                                    "If you have questions about your account, please contact customer service.",
                                    "This example is for illustration only and is not a quote or offer of credit."]))
        o.blank()
        o.add("#### " + final)

    elif style == "prose":
        if intro:
            o.sent(intro)
        per = rr("per").choice([1, 2, 2, 3])
        cnt = 0
        for b in blocks:
            if b[0] == "given":
                continue
            if b[0] == "head":
                o.flush()
                o.add("")
                o.sent(rr("h%d" % b[1]).choice(["In %s," % b[2].lower(), "%s:" % b[2], "For %s," % b[2].lower()]))
                cnt = 0
                continue
            if b[0] == "note":
                o.sent(b[1](f))
                continue
            st = b[1]
            r = rr("s%d" % st.n)
            if st.check:
                o.sent("As a check, %s." % f.eq(st, r), st)
                continue
            s = step_sentence(f, st, r)
            if o.para and o.para[-1].endswith(","):
                s = s[0].lower() + s[1:]
            o.sent(s, st)
            cnt += 1
            if st.group is None and cnt >= per:
                o.flush()
                o.add("")
                cnt = 0
        o.flush()
        while o.lines and o.lines[-1] == "":
            o.lines.pop()
        pre = rr("fa").choice(["Therefore, ", "So ", ""])
        concl = lower_first(concl) if pre else concl
        final_lines(pre)

    elif style == "latex":
        if intro:
            o.add(intro)
            o.blank()
        disp = rr("disp").choice(["multi", "single", "inline"])
        hform = rr("hform").randrange(3)
        for b in blocks:
            if b[0] == "given":
                if rr("gv").random() < 0.5:
                    o.add("Given:")
                    for lab, v in b[1]:
                        o.add("- %s: \\( %s \\)" % (lab, f.given_val(v)))
                    o.blank()
                continue
            if b[0] == "head":
                o.blank()
                o.add("**%s:**" % b[2])
                continue
            if b[0] == "note":
                o.blank()
                o.add(b[1](f))
                continue
            st = b[1]
            r = rr("s%d" % st.n)
            if st.check:
                o.add("Check: \\( %s \\) ✓" % f.eq(st, r), st)
                continue
            lhs = st.sym if st.sym and r.random() < 0.5 else "\\text{%s}" % cap(st.name)
            lhs = lhs.replace(" × ", " \\times ")
            body = "%s = %s" % (lhs, f.eq(st, r))
            if st.formula and r.random() < 0.5:
                body = "%s = %s" % (f.formula(st).replace(" × ", " \\times ").replace(" * ", " \\times "), f.eq(st, r))
            if st.group is not None:
                o.add("- %s: \\( %s \\)" % (st.title or cap(st.name), f.eq(st, r)), st)
                continue
            nstep[0] += 1
            o.blank()
            o.add(["**Step %d: %s**" % (nstep[0], st.verb or st.title),
                   "%d. **%s**" % (nstep[0], st.title or cap(st.name)),
                   "%s:" % (st.verb or st.title)][hform])
            if disp == "multi":
                o.add("\\[")
                o.add(body, st)
                o.add("\\]")
            elif disp == "single":
                o.add("\\[ %s \\]" % body, st)
            else:
                o.add("The %s is \\( %s \\)." % (st.name, f.eq(st, r)), st)
        o.blank()
        fin = meta["final_v"]
        if fin.k == "money":
            bx = f.money(fin.v, cur=True)
        elif fin.k == "pct":
            bx = f.pct_str(fin.v)
        else:
            bx = f.num(fin.v)
        o.add("\\[ \\boxed{%s} \\]" % bx)
        final_lines(rr("fa").choice(["**Answer:** ", "", "Final answer: "]))

    elif style == "table":
        if intro:
            o.add(intro)
            o.blank()
        i = 0
        bl = [b for b in blocks if b[0] != "given"]
        givens = [b for b in blocks if b[0] == "given"]
        if givens and rr("gt").random() < 0.5:
            o.add("| Item | Value |")
            o.add("|---|---|")
            for lab, v in givens[0][1]:
                o.add("| %s | %s |" % (lab, f.given_val(v).replace(" = ", " (") + (")" if " = " in f.given_val(v) else "")))
            o.blank()
        gen_rows = []

        def flush_gen():
            if gen_rows:
                o.add("| Step | Calculation | Result |")
                o.add("|---|---|---|")
                for st, r in gen_rows:
                    rc = f.res_chain(st, r)
                    res = rc.split(" ")[-1] if rc.startswith((" ≈", " =")) and "(" not in rc else rc[3:]
                    if st.rounded and st.show_exact:
                        calc = f.expr(st) + " = " + f.money(st.shown_exact, cur=f.cur_res, dp=min_dp(st.shown_exact))
                        res = f.res(st)
                    else:
                        calc = f.expr(st)
                        res = f.res(st)
                    o.add("| %s | %s | %s |" % (st.title or cap(st.name), calc, ("≈ " if st.rounded else "") + res), st)
                gen_rows.clear()
                o.blank()

        while i < len(bl):
            b = bl[i]
            if b[0] == "head":
                flush_gen()
                # collect all grouped steps until grouped section ends
                rows = []
                cols = []
                while i < len(bl) and bl[i][0] in ("head", "step") and (bl[i][0] == "head" or bl[i][1].group is not None):
                    if bl[i][0] == "head":
                        rows.append((bl[i][1], []))
                    else:
                        rows[-1][1].append(bl[i][1])
                        if bl[i][1].col not in cols:
                            cols.append(bl[i][1].col)
                    i += 1
                unit = "Month" if "Month" in b[2] else "Payment"
                o.add("| %s | %s |" % (unit, " | ".join(cols)))
                o.add("|" + "---|" * (len(cols) + 1))
                for g, sts in rows:
                    cells = []
                    flt = None
                    for st in sts:
                        cells.append(f.eq(st, rr("s%d" % st.n)).replace(" (rounded to the nearest cent)", ""))
                        if st.fault:
                            flt = st
                    o.add("| %d | %s |" % (g, " | ".join(cells)), flt)
                o.blank()
                continue
            if b[0] == "note":
                flush_gen()
                o.add(b[1](f))
                o.blank()
            else:
                st = b[1]
                if st.check:
                    flush_gen()
                    o.add("Check: %s ✓" % f.eq(st, rr("s%d" % st.n)), st)
                    o.blank()
                elif has_groups:
                    flush_gen()
                    o.add("%s: %s" % (st.title or cap(st.name), f.eq(st, rr("s%d" % st.n))), st)
                    o.blank()
                else:
                    gen_rows.append((st, rr("s%d" % st.n)))
            i += 1
        flush_gen()
        while o.lines and o.lines[-1] == "":
            o.lines.pop()
        final_lines(rr("fa").choice(["**Answer:** ", "", "So: "]))

    elif style == "terse":
        indent = rr("ind").random() < 0.5
        if intro:
            o.add(intro)
        for b in blocks:
            if b[0] == "given":
                if rr("gv").random() < 0.6 or intro:
                    syms = {"Principal": "P", "Time": "t", "Annual interest rate": "r", "Annual rate": "r"}
                    o.add(", ".join("%s = %s" % (syms.get(lab, low(lab)), f.given_val(v)) for lab, v in b[1]))
                continue
            if b[0] == "head":
                o.add("%s:" % b[2])
                continue
            if b[0] == "note":
                o.add(b[1](f))
                continue
            st = b[1]
            r = rr("s%d" % st.n)
            sym = st.sym or st.name
            if st.check:
                o.add("check: %s ✓" % f.eq(st, r), st)
                continue
            pre = "  " if st.group is not None and indent else ""
            if st.formula and r.random() < 0.4:
                o.add(pre + "%s = %s" % (f.formula(st), f.eq(st, r)), st)
            else:
                o.add(pre + "%s = %s" % (sym, f.eq(st, r)), st)
        o.add(rr("fa").choice(["Answer: ", "=> ", "Final: "]) + concl)
        o.add("#### " + final)

    elif style == "gsm8k":
        for b in blocks:
            if b[0] in ("given", "head"):
                continue
            if b[0] == "note":
                o.add(b[1](f))
                continue
            st = b[1]
            r = rr("s%d" % st.n)
            E = f.expr(st)
            Rv = f.res(st)
            Rp = f.val(st.shown, st.k, st.dp, None, "res", st.k, plain=True)
            if st.k == "money":
                Rp = dstr(st.shown, f.money_dp(st.shown, st.dp))
            cur = "$" if st.k == "money" else ""
            unit = ""
            if st.k == "num" and st.unit:
                unit = " " + st.unit
            ann = "%s = %s<<%s=%s>>%s%s" % (E, cur, E, Rp, Rp if (cur or unit) else Rv, unit)
            if st.k == "pct" and f.pct == "dec":
                ann = "%s = <<%s=%s>>%s" % (E, E, Rp, Rp)
            lead = r.choice(["The %s is " % st.name, "%s is " % cap(st.name), "So the %s is " % st.name,
                             "%s: " % cap(st.verb or st.name)])
            if st.check:
                lead = "Checking, "
            o.add(lead + ann + ".", st)
        o.add(concl)
        o.add("#### " + final)

    text = "\n".join(o.lines)
    return text, o.fault_line, o.lines
