"""Render recorded steps into a worked solution in one of the styles."""
from fractions import Fraction as F
import math
from core import STYLES, fmt, canon, fr


def cap(s):
    return s[:1].upper() + s[1:]


def plainnum(v):
    return canon(v)


def hm_text(m, st):
    m = int(m)
    h, mm = divmod(m, 60)
    hs = "%d hour%s" % (h, "" if h == 1 else "s")
    if mm == 0:
        return hs
    return "%s %d minute%s" % (hs, mm, "" if mm == 1 else "s")


class R:
    def __init__(self, sname, rng):
        self.name = sname
        self.st = STYLES[sname]
        self.rng = rng

    # ---- pieces
    def f(self, v, u):
        return fmt(v, u, self.st)

    def noun(self, step, v=None):
        nn = step["noun"]
        if not nn or step["unit"] in ("$", "t"):
            return ""
        if self.st["latex"]:
            return "\\text{ %s}" % nn
        return " " + nn

    def res(self, step, v):
        u = step["unit"]
        s = self.f(v, u)
        if u == "min" and not self.st["latex"]:
            return s + " " + (step["noun"] or "minutes")
        if u == "min":
            return s + "\\text{ min}"
        return s + self.noun(step)

    def ops(self):
        st = self.st
        mul = st["mul"]
        return mul, st["div"], st["minus"]

    def expr(self, step, worded=False):
        k, a, u = step["kind"], step["args"], step["units"]
        mul, div, minus = self.ops()
        sp = lambda o: " %s " % o
        fa = [self.f(x, uu) for x, uu in zip(a, u)]
        if worded:
            if k == "add":
                return " plus ".join(fa)
            if k == "sub":
                return " minus ".join(fa)
            if k == "mul":
                return " times ".join(fa)
            if k == "div":
                return fa[0] + " divided by " + fa[1]
        if k == "add":
            return sp("+").join(fa)
        if k == "sub":
            return sp(minus).join(fa)
        if k == "mul":
            return sp(mul).join(fa)
        if k == "div":
            if self.st["latex"] and self.rng.random() < 0.4:
                return "\\frac{%s}{%s}" % (fa[0], fa[1])
            return sp(div).join(fa)
        if k == "pct":
            p, base = a
            fb = self.f(base, u[1])
            pc = self.f(p, "pct")
            ch = self.rng.random()
            if worded or ch < 0.4:
                return ("%s \\text{ of } %s" if self.st["latex"] else "%s of %s") % (pc, fb)
            if ch < 0.7:
                return "%s%s%s" % (fb, sp(mul), pc)
            return "%s%s%s" % (fb, sp(mul), canon(p / 100))
        if k == "fracof":
            nu, de, base = a
            if self.st["latex"]:
                return "\\frac{%d}{%d}%s%s" % (nu, de, sp(mul), self.f(base, "n"))
            if self.rng.random() < 0.5:
                return "%d/%d of %s" % (nu, de, self.f(base, "n"))
            return "%s%s%d/%d" % (self.f(base, "n"), sp(mul), nu, de)
        if k == "tadd":
            mm = self.f(a[1], "n") + ("\\text{ min}" if self.st["latex"] else self.rng.choice([" min", " minutes"]))
            return "%s + %s" % (self.f(a[0], "t"), mm)
        if k == "tdiff":
            return "%s%s%s" % (self.f(a[0], "t"), sp(minus), self.f(a[1], "t"))
        raise ValueError(k)

    def gsm_expr(self, step, v):
        k, a = step["kind"], step["args"]
        o = {"add": "+", "sub": "-", "mul": "*", "div": "/"}.get(k)
        if o:
            return o.join(plainnum(x) for x in a) + "=" + plainnum(v)
        if k == "pct":
            return "%s*%s/100=%s" % (plainnum(a[1]), plainnum(a[0]), plainnum(v))
        if k == "fracof":
            return "%s*%d/%d=%s" % (plainnum(a[2]), a[0], a[1], plainnum(v))
        return None

    def eq(self, step, v, worded=False):
        """'<expr> = <res>' (or worded) for a plain step; returns string"""
        mul, div, minus = self.ops()
        k = step["kind"]
        if k in ("ceil", "divmod"):
            return self.special(step)
        e = self.expr(step, worded)
        r = self.res(step, v)
        if worded:
            rel = self.rng.choice(["is", "is", "gives", "comes to"]) if k != "sub" else self.rng.choice(["leaves", "is"])
            return "%s %s %s" % (e, rel, r)
        if self.name == "gsm8k":
            g = self.gsm_expr(step, v)
            if g is not None:
                cur = "$" if step["unit"] == "$" else ""
                rr = self.res(step, v)
                if cur and rr.startswith(cur):
                    rr = rr[len(cur):]
                    neg = ""
                elif cur and rr.startswith("-" + cur):
                    rr = rr[len(cur) + 1:]
                    return "%s = -$<<%s>>%s" % (e, g, rr)
                return "%s = %s<<%s>>%s" % (e, cur, g, rr)
        s = "%s = %s" % (e, r)
        x = self.rng.random()
        if k == "tdiff" and v >= 60 and x < 0.5:
            s += (" = \\text{%s}" if self.st["latex"] else " = %s") % hm_text(v, self.st)
        return s

    def special(self, step):
        s = self._special(step)
        if self.st["latex"]:
            for t in (" exactly, so ", ", so we need ", ", so round up to ", " → round up to ", ", which rounds up to ", ", so "):
                s = s.replace(t, " \\quad\\Rightarrow\\quad ")
        return s

    def _special(self, step):
        a, b = step["args"]
        v = step["val"]
        mul, div, minus = self.ops()
        fa, fb = self.f(a, "n"), self.f(b, "n")
        nn = self.noun(step)
        q = a / b
        if step["kind"] == "ceil":
            if self.st["latex"] and self.rng.random() < 0.6:
                if self.rng.random() < 0.5:
                    return "\\left\\lceil \\frac{%s}{%s} \\right\\rceil = %s%s" % (fa, fb, self.f(v, "n"), nn)
                return "\\lceil %s / %s \\rceil = %s%s" % (fa, fb, self.f(v, "n"), nn)
            ch = self.rng.random()
            if q.denominator == 1:
                return "%s %s %s = %s exactly, so %s%s" % (fa, div, fb, self.f(q, "n"), self.f(v, "n"), nn)
            if ch < 0.35:
                qi, rr = divmod(a, b)
                return "%s %s %s = %s R %s, so we need %s%s" % (fa, div, fb, self.f(qi, "n"), self.f(rr, "n"),
                                                              self.f(v, "n"), nn)
            if (q * 100).denominator == 1:
                qs, rel = self.f(q, "n"), "="
            else:
                qs, rel = canon(F(round(q * 100), 100)), "≈" if not self.st["latex"] else "\\approx"
            tail = self.rng.choice([", so round up to %s%s", " → round up to %s%s", ", which rounds up to %s%s"])
            return "%s %s %s %s %s%s" % (fa, div, fb, rel, qs, tail % (self.f(v, "n"), nn))
        # divmod
        rem = step["rem"]
        ch = self.rng.random()
        if ch < 0.4:
            s = "%s %s %s = %s R %s" % (fa, div, fb, self.f(v, "n"), self.f(rem, "n"))
        elif ch < 0.7:
            s = "%s %s %s = %s remainder %s" % (fa, div, fb, self.f(v, "n"), self.f(rem, "n"))
        else:
            s = "%s = %s %s %s + %s" % (fa, self.f(v, "n"), mul, fb, self.f(rem, "n"))
        if self.st["latex"]:
            s = s.replace(" R ", "\\text{ R }").replace(" remainder ", "\\text{ remainder }")
        return s + ", so %s%s" % (self.f(v, "n"), nn if nn else "")

    # ---- checks
    def check_line(self, step):
        k, a = step["kind"], step["args"]
        v = step["val"]
        mul, div, minus = self.ops()
        if len(a) != 2:
            return None
        u = step["units"]
        ur = step["unit"]
        if k == "sub":
            return "%s + %s = %s" % (self.f(v, ur), self.f(a[1], u[1]), self.f(a[0], u[0]))
        if k == "add":
            return "%s %s %s = %s" % (self.f(v, ur), minus, self.f(a[1], u[1]), self.f(a[0], u[0]))
        if k == "mul" and a[1] != 0:
            return "%s %s %s = %s" % (self.f(v, ur), div, self.f(a[1], u[1]), self.f(a[0], u[0]))
        if k == "div":
            return "%s %s %s = %s" % (self.f(v, ur), mul, self.f(a[1], u[1]), self.f(a[0], u[0]))
        return None


PROSE_OPEN = ["First, find the {label}: {eq}.", "Let's start with the {label}. {eqc}.",
              "To begin, the {label} is {eq}.", "We need the {label} first: {eq}."]
PROSE_MID = ["Next, the {label}: {eq}.", "Then the {label} is {eq}.", "Now for the {label}. {eqc}.",
             "That means the {label} is {eq}.", "After that, {eq}, which is the {label}.",
             "The {label} comes to {eq}."]
PROSE_WORD = ["Next, {eq} — that's the {label}.", "So {eq}, the {label}.", "{eqc}. That's our {label}."]


def solution(sname, rng, steps, final_val, funit, ans, check_idx=None):
    """Return (text, blocks) where blocks[i] = (first_line, result_line) line indices of step i."""
    r = R(sname, rng)
    st = r.st
    L = []
    blocks = {}
    ansF = fmt(final_val, funit, dict(STYLES["prose"], cents=(fr(final_val).denominator != 1 or funit == "$")))
    if funit == "min":
        ansF = canon(final_val)
    ans_s = ans.format(F=ansF)
    ans_latex = ans_s.replace("$", "\\$")
    n = len(steps)
    do_check = check_idx is not None

    def add_check(step, prefix="Check: ", suffix=" ✓"):
        c = r.check_line(step)
        if c:
            if st["latex"]:
                L.append("%s\\(%s\\)%s" % (prefix, c, suffix))
            else:
                L.append(prefix + c + suffix)

    if sname == "gsm8k":
        for i, s in enumerate(steps):
            e = r.eq(s, s["val"])
            tpl = rng.choice(["The %s is %s." , "So the %s is %s.", "%s: %s", "That makes the %s %s."])
            if tpl.startswith("%s:"):
                line = tpl % (cap(s["label"]), e)
            else:
                line = tpl % (s["label"], e)
            blocks[i] = (len(L), len(L))
            L.append(line)
    elif sname == "md_steps":
        L += [rng.choice(["Let's solve this step by step.", "Let's break this problem into steps.",
                          "I'll work through this one step at a time."]), ""]
        for i, s in enumerate(steps):
            b0 = len(L)
            L.append("## Step %d: %s" % (i + 1, rng.choice(["Find the %s", "Calculate the %s", "Work out the %s"]) % s["label"]))
            L.append("")
            blocks[i] = (b0, len(L))
            L.append(r.eq(s, s["val"]))
            L.append("")
        L.append("## Answer")
        L.append("")
        L.append(cap(ans_s) + ".")
        if do_check:
            L.append("")
            add_check(steps[check_idx], "*Check:* ", "")
    elif sname == "bold_labels":
        L += [rng.choice(["Here's the breakdown:", "Let's organize the information.", "Breaking it down:"]), ""]
        for i, s in enumerate(steps):
            e = r.eq(s, s["val"])
            if s["kind"] not in ("ceil", "divmod") and "=" in e and rng.random() < 0.6:
                lhs, rhs = e.rsplit(" = ", 1)
                e = "%s = **%s**" % (lhs, rhs)
            blocks[i] = (len(L), len(L))
            L.append("**%s:** %s" % (s["title"], e))
        L += ["", "**Answer:** %s." % cap(ans_s)]
    elif sname == "bullets":
        L.append(rng.choice(["Quick breakdown:", "Steps:", "Here's how it works out:"]))
        for i, s in enumerate(steps):
            blocks[i] = (len(L), len(L))
            L.append("- %s: %s" % (s["title"], r.eq(s, s["val"])))
        L += ["", "So %s." % ans_s]
    elif sname == "prose":
        for i, s in enumerate(steps):
            worded = s["kind"] in ("add", "sub", "mul", "div") and len(s["args"]) <= 3 and rng.random() < 0.3
            e = r.eq(s, s["val"], worded=worded)
            if worded:
                t = rng.choice(PROSE_WORD)
            else:
                t = rng.choice(PROSE_OPEN if i == 0 else PROSE_MID)
            blocks[i] = (len(L), len(L))
            L.append(t.format(label=s["label"], eq=e, eqc=cap(e)))
            L.append("")
        L.append("So %s." % ans_s)
        if do_check and rng.random() < 0.5:
            add_check(steps[check_idx], "Quick check: ", ", which matches.")
    elif sname == "latex_inline":
        L += [rng.choice(["Let's set up each quantity.", "We compute each part in turn.",
                          "Let me work through the numbers."]), ""]
        for i, s in enumerate(steps):
            e = r.eq(s, s["val"])
            t = rng.choice(["The %s: \\(%s\\).", "For the %s, \\(%s\\).", "So the %s is \\(%s\\)."])
            blocks[i] = (len(L), len(L))
            L.append(t % (s["label"], e))
        L += ["", "Therefore, %s." % ans_latex]
    elif sname == "latex_display":
        for i, s in enumerate(steps):
            b0 = len(L)
            L.append(rng.choice(["**%s**" % s["title"], "%s:" % cap(s["label"]), "Next, the %s:" % s["label"]]))
            e = r.eq(s, s["val"])
            if rng.random() < 0.5:
                blocks[i] = (b0, len(L))
                L.append("\\[ %s \\]" % e)
            else:
                L.append("\\[")
                blocks[i] = (b0, len(L))
                L.append(e)
                L.append("\\]")
        L += ["", "**Final answer:** %s, so the answer is \\(\\boxed{%s}\\)." % (cap(ans_latex), canon(final_val))]
    elif sname == "table":
        L += [rng.choice(["Here is the calculation in a table:", "Let's lay this out:", "Organizing the steps:"]), ""]
        L += ["| Step | Calculation | Result |", "|------|-------------|--------|"]
        for i, s in enumerate(steps):
            blocks[i] = (len(L), len(L))
            if s["kind"] in ("ceil", "divmod"):
                e = r.special(s)
                calc, _, tail = e.partition(", so ")
                if not tail:
                    calc, _, tail = e.partition(" → ")
                L.append("| %s | %s | %s |" % (s["title"], calc, r.res(s, s["val"])))
            else:
                L.append("| %s | %s | %s |" % (s["title"], r.expr(s), r.res(s, s["val"])))
        L += ["", "**Answer:** %s." % cap(ans_s)]
    elif sname == "terse":
        for i, s in enumerate(steps):
            e = r.eq(s, s["val"])
            blocks[i] = (len(L), len(L))
            if rng.random() < 0.5:
                L.append("%s: %s" % (s["title"].lower(), e))
            else:
                L.append(e)
        L += ["", "Answer: %s" % canon(final_val)]
    elif sname == "tutor":
        L += [rng.choice(["Great question! Let's work through it together.", "Happy to help! Let's take it one piece at a time.",
                          "Sure! Let's figure this out step by step."]), ""]
        for i, s in enumerate(steps):
            t = rng.choice(["**Step %d – %s.** " % (i + 1, s["title"]), "**%s.** " % s["title"],
                            "Step %d: " % (i + 1)])
            lead = rng.choice(["We need the %s. " % s["label"], "Let's find the %s. " % s["label"], ""])
            blocks[i] = (len(L), len(L))
            L.append(t + lead + r.eq(s, s["val"]) + rng.choice([".", "", "."]))
            L.append("")
        if do_check:
            add_check(steps[check_idx], "Check: ", " ✓")
            L.append("")
        L.append("So %s! 🎉" % ans_s if rng.random() < 0.3 else "So %s." % ans_s)
    elif sname == "numbered":
        for i, s in enumerate(steps):
            blocks[i] = (len(L), len(L))
            L.append("%d. **%s:** %s" % (i + 1, s["title"], r.eq(s, s["val"])))
        if do_check:
            L.append("")
            add_check(steps[check_idx], "Verification: ", "")
        L += ["", "The answer is \\(\\boxed{%s}\\)." % canon(final_val)]
    L.append("")
    L.append("#### %s" % canon(final_val))
    return L, blocks
