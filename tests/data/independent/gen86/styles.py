"""Writing styles imitating families of model outputs."""
from engine import Notation, cap, heading

SQ = ["sq ft", "square feet", "ft²", "sq. ft."]


def uw(r, latex=False):
    sq = r.choice(["sq ft", "square feet"]) if latex else r.choice(SQ)
    return {"sq ft": sq, "ft": r.choice(["ft", "feet"]) if not latex else "ft",
            "acres": "acres", "mills": "mills"}


def plural(label):
    return label.split(" (")[0].endswith(("costs", "deductions", "proceeds", "charges", "payments", "shares"))


def restate(r, label, plain, say):
    if say:
        return say.format(v=plain)
    be = "are" if plural(label) else "is"
    return r.choice(["So {l} %s {v}." % be, "That makes {l} {v}.", "{L} come%s to {v}." % ("" if plural(label) else "s"),
                     "So {l} %s {v}." % be]).format(l=label, L=cap(label), v=plain)


class Style:
    name = "base"
    chk = ["Check: ", "Quick check: ", "Double-check: "]

    def notation(self, r):
        return Notation(mul=r.choice(["×", "×", "x"]), unit_words=uw(r))

    def intro(self, ctx, text):
        if text:
            ctx.emit(text)
            ctx.blank()

    def say(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def answer(self, ctx, sentence, fin):
        ctx.blank()
        ctx.emit(sentence)
        ctx.blank()
        ctx.emit("#### " + fin)


class MdHeadings(Style):
    name = "md_headings"

    def intro(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def say(self, ctx, text):
        ctx.blank()
        ctx.emit(text)

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        ctx.blank()
        if check:
            ctx.emit("### Check")
        else:
            ctx.state["n"] = ctx.state.get("n", 0) + 1
            h = heading(label) if r.random() < 0.5 else r.choice(["Find ", "Calculate ", "Work out "]) + label
            ctx.emit("### Step %d: %s" % (ctx.state["n"], h))
        ctx.blank()
        if r.random() < 0.5:
            ctx.emit("%s %s %s" % (lhs, rel, rhs), i)
        else:
            ctx.emit("%s %s **%s**" % (lhs, rel, rhs), i)
        if not check and r.random() < 0.45:
            ctx.blank()
            ctx.emit(restate(r, label, plain, say))

    def answer(self, ctx, sentence, fin):
        ctx.blank()
        ctx.emit("---")
        ctx.blank()
        ctx.emit(ctx.r.choice(["**Final Answer:** ", "## Answer\n\n", "**Answer:** "]) + sentence)
        ctx.blank()
        ctx.emit("#### " + fin)


class BoldLabels(Style):
    name = "bold_labels"

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        lab = "Check" if check else heading(label)
        if r.random() < 0.3 and not check:
            ctx.emit("**%s:**" % lab)
            ctx.emit("%s %s %s" % (lhs, rel, rhs), i)
            ctx.blank()
        else:
            ctx.emit("**%s:** %s %s %s" % (lab, lhs, rel, rhs), i)
            ctx.blank()

    def answer(self, ctx, sentence, fin):
        ctx.blank()
        ctx.emit("**" + sentence + "**")
        ctx.blank()
        ctx.emit("#### " + fin)


class Bullets(Style):
    name = "bullets"

    def notation(self, r):
        return Notation(mul=r.choice(["×", "x", "*"]), div=r.choice(["÷", "/"]), unit_words=uw(r))

    def intro(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def say(self, ctx, text):
        ctx.blank()
        ctx.emit(text)

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        if check:
            ctx.emit("- Check: %s %s %s ✓" % (lhs, rel, rhs), i)
            return
        if r.random() < 0.25:
            ctx.emit("- %s:" % heading(label))
            ctx.emit("  - %s %s %s" % (lhs, rel, rhs), i)
        else:
            ctx.emit("- %s: %s %s %s" % (heading(label), lhs, rel, rhs), i)


class Prose(Style):
    name = "prose"
    conns = ["First, ", "Next, ", "Then ", "Now ", "After that, ", "From there, ", ""]

    def notation(self, r):
        return Notation(mul=r.choice(["×", "x"]), units=r.random() < 0.5, unit_words=uw(r))

    def intro(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def say(self, ctx, text):
        ctx.emit(text, join=True)

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        n = ctx.state.get("n", 0)
        ctx.state["n"] = n + 1
        c = self.conns[min(n, 1) if n < 2 else r.randrange(1, len(self.conns))]
        if check:
            t = r.choice(["As a check, %s %s %s." , "To double-check: %s %s %s."]) % (lhs, rel, rhs)
        else:
            f = r.randrange(4)
            if f == 0:
                t = "%s%s %s %s %s %s." % (c, label, "are" if plural(label) else "is", lhs, rel, rhs)
            elif f == 1:
                t = "%swe find %s: %s %s %s." % (c, label, lhs, rel, rhs)
            elif f == 2:
                t = "%s%s %s %s, so %s %s %s." % (c, lhs, rel, rhs, label, "are" if plural(label) else "is", plain)
            else:
                t = "To get %s, compute %s %s %s." % (label, lhs, rel, rhs)
            t = cap(t)
        join = n % 2 == 1 and r.random() < 0.7
        ctx.emit(t, i, join=join)


class LatexInline(Style):
    name = "latex_inline"

    def notation(self, r):
        return Notation(mul="\\times", div="\\div", minus="-", dollar="\\$", sep="{,}", latex=True,
                        units=False, unit_words=uw(r, True))

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        rel = "\\approx" if rel == "≈" else rel
        if check:
            ctx.emit("Check: \\( %s %s %s \\)" % (lhs, rel, rhs), i)
            ctx.blank()
            return
        f = r.randrange(3)
        if f == 0:
            ctx.emit("%s: \\( %s %s %s \\)" % (heading(label), lhs, rel, rhs), i)
        elif f == 1:
            ctx.emit("%s %s \\( %s %s %s \\)." % (cap(label), "are" if plural(label) else "is", lhs, rel, rhs), i)
        else:
            ctx.emit("For %s: \\( %s %s %s \\), so %s %s %s." % (label, lhs, rel, rhs, label, "are" if plural(label) else "is", plain), i)
        ctx.blank()


class LatexDisplay(Style):
    name = "latex_display"

    def notation(self, r):
        return Notation(mul=r.choice(["\\times", "\\cdot"]), div="\\div", minus="-", dollar="\\$",
                        sep="{,}", latex=True, units=r.random() < 0.4, frac=r.random() < 0.5,
                        unit_words=uw(r, True))

    def intro(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def say(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        rel = "\\approx" if rel == "≈" else rel
        ctx.state["n"] = ctx.state.get("n", 0) + 1
        if check:
            ctx.emit("**Check:**")
        else:
            ctx.emit("**%d. %s**" % (ctx.state["n"], heading(label)))
        ctx.blank()
        ctx.emit("\\[ %s %s %s \\]" % (lhs, rel, rhs), i)
        ctx.blank()

    def answer(self, ctx, sentence, fin):
        ctx.emit("**Answer:** " + sentence)
        ctx.blank()
        ctx.emit("#### " + fin)


class Table(Style):
    name = "table"

    def notation(self, r):
        return Notation(mul=r.choice(["×", "x"]), units=False, unit_words=uw(r))

    def say(self, ctx, text):
        if ctx.state.get("open"):
            ctx.blank()
            ctx.state["open"] = False
        ctx.emit(text)
        ctx.blank()

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        if check:
            if ctx.state.get("open"):
                ctx.blank()
                ctx.state["open"] = False
            ctx.emit("Check: %s %s %s ✔" % (lhs, rel, rhs), i)
            return
        if not ctx.state.get("open"):
            ctx.emit(ctx.r.choice(["| Item | Calculation | Result |", "| Step | Math | Amount |"]))
            ctx.emit("|---|---|---|")
            ctx.state["open"] = True
        ctx.emit("| %s | %s %s %s | %s |" % (heading(label), lhs, rel, rhs, plain), i)

    def answer(self, ctx, sentence, fin):
        if ctx.state.get("open"):
            ctx.blank()
        ctx.blank()
        ctx.emit(sentence)
        ctx.blank()
        ctx.emit("#### " + fin)


class Terse(Style):
    name = "terse"

    def notation(self, r):
        return Notation(mul="*", div="/", minus="-", commas=r.random() < 0.3, units=False,
                        dollar=r.choice(["$", ""]), unit_words=uw(r))

    def intro(self, ctx, text):
        pass

    def say(self, ctx, text):
        pass

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        lab = "check" if check else heading(label).lower()
        if ctx.r.random() < 0.5:
            ctx.emit("%s %s %s" % (lhs, rel, rhs), i)
        else:
            ctx.emit("%s: %s %s %s" % (cap(lab), lhs, rel, rhs), i)

    def answer(self, ctx, sentence, fin):
        ctx.emit("#### " + fin)


class Tutor(Style):
    name = "tutor"
    opens = ["Great question! Let's break this down step by step.", "Sure! Let's work through it together. 😊",
             "Happy to help with this one! Here's how to think about it.", "Okay, let's figure this out!"]

    def intro(self, ctx, text):
        ctx.emit(ctx.r.choice(self.opens))
        ctx.blank()
        if text:
            ctx.emit(text)
            ctx.blank()

    def say(self, ctx, text):
        ctx.emit(text)
        ctx.blank()

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        if check:
            ctx.emit("Let's double-check: %s %s %s. 👍" % (lhs, rel, rhs), i)
            ctx.blank()
            return
        n = ctx.state.get("n", 0)
        ctx.state["n"] = n + 1
        lead = ["First, let's find %s.", "Next, we need %s.", "Now let's work out %s.", "Then we figure out %s.",
                "Now for %s."][0 if n == 0 else r.randrange(1, 5)] % label
        ctx.emit(lead)
        ctx.emit("%s %s %s" % (lhs, rel, rhs) + r.choice(["", "", " ✅"]), i)
        if r.random() < 0.6:
            ctx.emit(restate(r, label, plain, say))
        ctx.blank()

    def answer(self, ctx, sentence, fin):
        ctx.emit(ctx.r.choice(["So, ", "And there you have it: ", "Putting it all together, "]) +
                 sentence[:1].lower() + sentence[1:] + ctx.r.choice(["", " Hope that helps! 🏡", " Let me know if you want to compare other options!"]))
        ctx.blank()
        ctx.emit("#### " + fin)


class Worded(Style):
    name = "worded"

    def notation(self, r):
        return Notation(worded=True, units=r.random() < 0.6, unit_words=uw(r))

    def say(self, ctx, text):
        ctx.emit(text)

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        verb = "is about" if rel == "≈" else r.choice(["is", "equals", "comes to", "gives"])
        if check:
            ctx.emit("Checking: %s %s %s." % (lhs, verb, rhs), i)
            return
        f = r.randrange(3)
        if f == 0:
            ctx.emit("%s: %s %s %s." % (heading(label), lhs, verb, rhs), i)
        elif f == 1:
            ctx.emit("For %s, %s %s %s." % (label, lhs, verb, rhs), i)
        else:
            ctx.emit("We take %s, which %s %s. That is %s." % (lhs, "is about" if rel == "≈" else "gives", rhs, label), i)


class Numbered(Style):
    name = "numbered"

    def notation(self, r):
        return Notation(mul=r.choice(["×", "·", "x"]), div=r.choice(["÷", "/"]), unit_words=uw(r))

    def intro(self, ctx, text):
        ctx.emit(ctx.r.choice(["Here's the breakdown:", "Let's go step by step:", "Step by step:"]))
        ctx.blank()

    def say(self, ctx, text):
        ctx.emit("   " + text)

    def step(self, ctx, i, label, lhs, rel, rhs, plain, check, say):
        r = ctx.r
        if check:
            ctx.emit("   Check: %s %s %s" % (lhs, rel, rhs), i)
            return
        n = ctx.state.get("n", 0) + 1
        ctx.state["n"] = n
        if r.random() < 0.5:
            ctx.emit("%d. %s: %s %s %s" % (n, heading(label), lhs, rel, rhs), i)
        else:
            ctx.emit("%d. %s %s %s → %s" % (n, lhs, rel, rhs, label), i)


STYLES = [MdHeadings(), BoldLabels(), Bullets(), Prose(), LatexInline(), LatexDisplay(), Table(), Terse(),
          Tutor(), Worded(), Numbered()]
