"""Solution renderers (one class per writing style)."""
from fractions import Fraction as F

from gen_util import Mk, V, body, fill, cap, plain, MK0, MK1


def is_neg(x):
    return F(V(x)) < 0


class Base:
    name = "base"
    bullet = "- "

    def __init__(self, sc, ctx, rng, forms):
        self.sc, self.ctx, self.rng, self.forms = sc, ctx, rng, forms
        self.n = ctx.n
        self.raw = ctx.raw
        self.o = ctx.op
        self.unit = sc["dom"]["unit"]
        self.balw = sc["dom"]["bal"]
        # per-solution choices
        self.pmode = rng.choice(["of", "times_pct", "dec"])
        self.negmode = rng.choice(["paren", "flip"])

    # ---------------------------------------------------------------- helpers
    def M(self, core):
        return core

    def xparen(self, v):
        return "(%s)" % self.n(v) if F(V(v)) < 0 else self.n(v)

    def nu(self, x):
        """number with unit word for counts"""
        return self.ctx.n(x, unitword=True)

    def nx(self, x):
        """exact (unrounded) value with currency"""
        b = body(F(x), None, self.ctx.N.sep)
        if self.unit in ("mc", "m"):
            b = self.ctx.N.cur + b
        return b

    def pct(self, p):
        return plain(p) + self.ctx.N.pct

    def dec(self, p):
        return body(F(p) / 100, None, "")

    # ---------------------------------------------------------------- cores
    def c_terms(self, first, terms):
        s = self.n(first)
        for o, x in terms:
            if o in "*/":
                s += " %s %s" % (self.o(o), self.raw(x))
            else:
                s += " %s %s" % (self.o(o), self.n(x))
        return s

    def c_ev(self, op):
        return "%s = %s" % (self.c_terms(op["prev"], op["terms"]), self.n(op["new"]))

    def c_amt(self, op):
        k = op["kind"]
        if k == "mul":
            return "%s %s %s = %s" % (self.raw(op["x"]), self.o("*"), self.raw(op["y"]), self.n(op["v"]))
        if k == "frac":
            return "%s %s %s = %s" % (self.n(op["x"]), self.o("/"), self.raw(op["y"]), self.n(op["v"]))
        # pct
        x, p, v, ex = op["x"], op["y"], op["v"], op["exact"]
        rounded = ex != F(V(v)) or isinstance(v, Mk) and ex != F(V(v))
        exact_shown = F(V(v)) == ex and not isinstance(v, Mk)
        if self.pmode == "of":
            of = " \\text{ of } " if self.ctx.N.pct == "\\%" else " of "
            return "%s%s%s = %s" % (self.pct(p), of, self.n(x), self.n(v))
        if self.pmode == "times_pct":
            if ex != r2safe(ex):
                return "%s %s %s = %s ≈ %s" % (self.n(x), self.o("*"), self.pct(p), self.nx(ex), self.n(v))
            return "%s %s %s = %s" % (self.n(x), self.o("*"), self.pct(p), self.n(v))
        if ex != r2safe(ex):
            return "%s %s %s = %s ≈ %s" % (self.n(x), self.o("*"), self.dec(p), self.nx(ex), self.n(v))
        _ = rounded, exact_shown
        return "%s %s %s = %s" % (self.n(x), self.o("*"), self.dec(p), self.n(v))

    def c_undo(self, op):
        return "%s = %s" % (self.c_terms(op["after"], op["terms"]), self.n(op["before"]))

    def c_sum(self, op):
        items = op["items"]
        if op["name"] == "chg":
            s = ""
            for i, x in enumerate(items):
                if i == 0:
                    s = self.n(x)
                else:
                    s += " %s %s" % ("+" if x >= 0 else self.o("-"), self.n(abs(x)))
            return "%s = %s" % (s, self.n(op["v"]))
        if len(items) <= 1:
            return None
        return "%s = %s" % ((" + ").join(self.n(x) for x in items), self.n(op["v"]))

    def c_net(self, op):
        return "%s %s %s = %s" % (self.n(op["a"]), self.o("-"), self.n(op["b"]), self.n(op["v"]))

    def c_fromnet(self, op):
        net = op["net"]
        if net >= 0:
            return "%s + %s = %s" % (self.n(op["start"]), self.n(net), self.n(op["v"]))
        if self.negmode == "paren":
            return "%s + (%s) = %s" % (self.n(op["start"]), self.n(net), self.n(op["v"]))
        return "%s %s %s = %s" % (self.n(op["start"]), self.o("-"), self.n(-net), self.n(op["v"]))

    def c_solve(self, op):
        net = op["net"]
        if net >= 0:
            return "%s %s %s = %s" % (self.n(op["fin"]), self.o("-"), self.n(net), self.n(op["v"]))
        if self.negmode == "paren":
            return "%s %s (%s) = %s" % (self.n(op["fin"]), self.o("-"), self.n(net), self.n(op["v"]))
        return "%s + %s = %s" % (self.n(op["fin"]), self.n(-net), self.n(op["v"]))

    def c_check(self, op):
        return "%s = %s" % (self.c_terms(op["start"], op["terms"]), self.n(op["v"]))

    def c_week_w(self, op):
        return "%s + %s = %s" % (self.n(op["pw"]), self.n(op["d"]), self.n(op["w"]))

    def c_week_t(self, op):
        return "%s + %s = %s" % (self.n(op["pt"]), self.n(op["wc"]), self.n(op["tot"]))

    def c_formula(self, op):
        s = "%s %s (%s + %s) %s 2 = %s" % (op["N"], self.o("*"), self.n(op["first"]), self.n(op["last"]),
                                            self.o("/"), self.n(op["v"] - op["st"]))
        return s

    def c_remain(self, op):
        return "%s %s %s = %s" % (self.n(op["goal"]), self.o("-"), self.n(op["tot"]), self.n(op["v"]))

    def c_netcheck(self, op):
        return "%s %s %s = %s" % (self.n(op["fin"]), self.o("-"), self.n(op["start"]), self.n(op["v"]))

    # ---------------------------------------------------------------- labels / prose bits
    def evlab(self, op):
        e = op["e"]
        d = e.get("desc", "")
        if e["typ"] in ("addsub",):
            return op["lab"]
        if e["typ"] == "pct_add" and self.sc["q"] in ("interest", "interest2"):
            return "%s interest" % op["lab"]
        if self.sc["q"] in ("interest", "interest2") and e["typ"] in ("add", "sub"):
            return "%s %s" % (op["lab"], d)
        return "%s (%s)" % (op["lab"], d)

    def phrase(self, op):
        e = op["e"]
        if e["typ"] == "fee":
            return "the bank charges the %s overdraft fee" % self.n(op["terms"][0][1])
        if not e.get("phrase"):
            if e["typ"] == "pct_add":
                return "the account earns %s interest" % self.pct(e["p"])
            if e["typ"] == "add":
                return "%s deposit%s %s" % (self.forms["S"], "" if self.forms["S"] in ("you", "I") else "s", self.n(e["a"]))
            return "%s withdraw%s %s" % (self.forms["S"], "" if self.forms["S"] in ("you", "I") else "s", self.n(e["a"]))
        kw = {}
        if "a" in e:
            kw["a"] = self.n(e["a"])
        if "b" in e:
            kw["b"] = self.n(e["b"])
        if "x" in e:
            kw["r"] = kw["n"] = self.raw(e["x"])
            kw["t"] = kw["k"] = self.raw(e["y"])
        if "p" in e:
            kw["p"] = plain(e["p"])
        if "dv" in e:
            kw["d"] = {2: "half", 3: "a third", 4: "a quarter", 5: "a fifth"}[e["dv"]]
        return fill(e["phrase"], self.forms, **kw)

    def intro(self):
        q = self.sc["q"]
        if q == "start":
            return self.rng.choice([
                "Since we know the ending %s, we can work out the starting %s." % (self.balw, self.balw),
                "We need to find the starting %s from the final one." % self.balw,
                "Let's figure out the starting %s." % self.balw])
        if q in ("plan", "goal"):
            return self.rng.choice(["Let's list the weekly amounts and keep a running total.",
                                    "We'll track each week's savings and the running total."])
        return self.rng.choice([
            "Let's track the %s step by step." % self.balw,
            "I'll keep a running total of the %s after each change." % self.balw,
            "We go through the changes in order and keep a running %s." % ("balance" if self.unit != "c" else "count"),
            "To solve this, update the %s after each event." % self.balw])

    def answer_sentence(self, v):
        q = self.sc["q"]
        if q == "start":
            return "The starting %s was %s." % (self.balw, self.nu(v))
        if q == "net":
            if F(V(v)) < 0:
                return "The net change is %s (a decrease of %s)." % (self.n(v), self.n(abs(F(V(v)))) if not isinstance(v, Mk) else self.n(Mk(abs(F(V(v))))))
            return "The net change is %s." % self.n(v, signed=True)
        if q in ("min", "max"):
            return "The %s %s was %s." % ("lowest" if q == "min" else "highest", self.balw, self.nu(v))
        if q == "goal":
            return "%s still need%s %s." % (cap(self.forms["S"]), "" if self.forms["S"] in ("you", "I") else "s", self.n(v))
        if q == "plan":
            return "After %d weeks there will be %s in the jar." % (self.sc["extra"]["N"], self.n(v))
        return "The final %s is %s." % (self.balw, self.nu(v))

    # ---------------------------------------------------------------- generic walk
    def groups(self, ops):
        """group an amt op with its following joined ev op"""
        out = []
        i = 0
        while i < len(ops):
            op = ops[i]
            if op["t"] == "amt" and i + 1 < len(ops) and ops[i + 1].get("joined"):
                out.append(("amtev", op, ops[i + 1]))
                i += 2
                continue
            out.append((op["t"], op, None))
            i += 1
        return out

    def render(self, ops):
        raise NotImplementedError


def r2safe(x):
    q = abs(x) * 100
    n = q.numerator // q.denominator
    if q - n >= F(1, 2):
        n += 1
    return F(n if x >= 0 else -n, 100)


# =========================================================================== line-oriented styles
class LineStyle(Base):
    """Generic line renderer; subclasses set wrappers."""

    def L(self, label, core):
        return "%s%s: %s" % (self.bullet, label, core)

    def head(self, text):
        return text

    def bold(self, s):
        return "**%s**" % s

    def start_line(self, v):
        return "Start: %s" % self.nu(v)

    def note_line(self, op):
        k = op["key"]
        if k == "fee" and self.name in ("table_calc", "table_change"):
            return "Note: after %s the balance was %s, which is below zero, so the %s overdraft fee was charged." % (
                op.get("lab", "that transaction"), self.n(op["v"]), self.n(op["fee"]))
        if k == "fee":
            return "%s is below zero, so the %s overdraft fee applies." % (self.n(op["v"]), self.n(op["fee"]))
        if k == "neg":
            return self.rng.choice(["The %s is now negative (%s)." % (self.balw, self.n(op["v"])),
                                    "Now the %s is below zero: %s." % (self.balw, self.n(op["v"]))])
        if k == "same":
            return "That's exactly the starting amount of %s — the changes cancel out." % self.nu(op["v"])
        return ""

    def extreme_line(self, op):
        return "Looking at the %ss above, the %s is %s (after %s)." % (
            "balance" if self.unit != "c" else "count", "lowest" if op["which"] == "min" else "highest",
            self.nu(op["v"]), op["lab"])

    def render(self, ops):
        if not hasattr(self, "has_undo"):
            self.has_undo = any(o["t"] == "undo" for o in ops)
        out = [self.intro(), ""]
        q = self.sc["q"]
        for kind, op, op2 in self.groups(ops):
            if kind == "start":
                out.append(self.start_line(op["v"]))
            elif kind == "given":
                out.append("Final %s: %s" % (self.balw, self.nu(op["v"])))
                out.append("")
                out.append(self.rng.choice(["Undo each change, starting from the last one:", "Work backwards:"]) if self.has_undo
                           else "Add up all the changes:")
            elif kind == "ev":
                out.append(self.L(self.evlab(op), self.M(self.c_ev(op))))
            elif kind == "amtev":
                out.append(self.L(self.evlab(op2), "%s, then %s" % (self.M(self.c_amt(op)), self.M(self.c_ev(op2)))))
            elif kind == "amt":
                out.append(self.L(self.evlab(op), self.M(self.c_amt(op))))
            elif kind == "undo":
                out.append(self.L("Before %s" % op["lab"], self.M(self.c_undo(op))))
            elif kind == "sum":
                c = self.c_sum(op)
                nm = {"in": "Total in" if self.unit == "c" else "Total money in",
                      "out": "Total out" if self.unit == "c" else "Total money out",
                      "chg": "Net change"}[op["name"]]
                if c is None:
                    out.append("%s: %s" % (nm, self.M(self.n(op["v"]))))
                elif op.get("alg"):
                    out.append("Let %s be the starting %s. Combining the changes: %s, so %s." % (
                        self.M("x"), self.balw, self.M(c), self.M("x + %s = %s" % (self.xparen(op["v"]), self.n(self.sc["bals"][-1])))))
                else:
                    out.append("%s: %s" % (nm, self.M(c)))
            elif kind == "net":
                out.append("Net change: %s" % self.M(self.c_net(op)))
            elif kind == "fromnet":
                out.append("Final: %s" % self.M(self.c_fromnet(op)))
            elif kind == "solve":
                out.append(self.M(("x = %s" if op.get("alg") else "Start = %s") % self.c_solve(op)) if op.get("alg") else "Start = %s" % self.M(self.c_solve(op)))
            elif kind == "check":
                out.append("Check: %s ✓" % self.M(self.c_check(op)))
            elif kind == "netcheck":
                if op["v"] is not None:
                    out.append("Check: %s ✓" % self.M(self.c_netcheck(op)))
            elif kind == "note":
                out.append(self.note_line(op))
            elif kind == "extreme":
                out.append(self.extreme_line(op))
            elif kind == "week":
                if op["pw"] is None:
                    if op["pt"] is None:
                        out.append(self.L("Week 1", "save %s, total %s" % (self.M(self.n(op["w"])), self.M(self.n(op["tot"])))))
                    else:
                        out.append(self.L("Week 1", "save %s, total %s" % (self.M(self.n(op["w"])), self.M(self.c_week_t(op)))))
                else:
                    out.append(self.L("Week %d" % op["k"], "save %s, total %s" % (self.M(self.c_week_w(op)), self.M(self.c_week_t(op)))))
            elif kind == "formula":
                if op["v"] is not None:
                    extra = "" if not op["st"] else " plus the %s already saved" % self.n(op["st"])
                    out.append("Check: %s ✓ (sum formula: weeks × (first + last) ÷ 2%s)" % (self.M(self.c_formula(op)), extra))
            elif kind == "remain":
                out.append("Still needed: %s" % self.M(self.c_remain(op)))
            elif kind == "answer":
                out.append("")
                out.append(self.answer_sentence(op["v"]))
        return [x for x in out]


class MdBullets(LineStyle):
    name = "md_bullets"

    def L(self, label, core):
        return "- **%s:** %s" % (label, core)

    def start_line(self, v):
        return "**Starting %s:** %s\n" % (self.balw, self.nu(v))

    def render(self, ops):
        lines = super().render(ops)
        # headings around the walk
        out = []
        for ln in lines:
            if ln.startswith("Check:"):
                out.append("")
                out.append("**Check:**" + ln[len("Check:"):])
            elif ln.startswith("Net change:") or ln.startswith("Total ") or ln.startswith("Final:"):
                out.append("- " + ln)
            else:
                out.append(ln)
        return out


class Terse(LineStyle):
    name = "terse"

    def L(self, label, core):
        if self.rng.random() < 0.5:
            return core
        return "%s: %s" % (label, core)

    def intro(self):
        return self.rng.choice(["Running total:", "Balance after each step:", "Track the total."])

    def answer_sentence(self, v):
        return "Answer: %s" % self.nu(v)


class Arrow(LineStyle):
    name = "arrow"

    def render(self, ops):
        self.has_undo = any(o["t"] == "undo" for o in ops)
        out = [self.intro(), ""]
        chain = []
        seg = 0

        def flush():
            if chain:
                out.append(" → ".join(chain))
                chain.clear()

        for kind, op, op2 in self.groups(ops):
            if kind == "start":
                chain.append("Start: %s" % self.nu(op["v"]))
                continue
            if kind in ("ev", "amtev", "undo"):
                if kind == "ev":
                    chain.append("%s: %s" % (self.evlab(op), self.c_ev(op)))
                elif kind == "amtev":
                    chain.append("%s: %s; %s" % (self.evlab(op2), self.c_amt(op), self.c_ev(op2)))
                else:
                    chain.append("before %s: %s" % (op["lab"], self.c_undo(op)))
                seg += 1
                if len(chain) >= 3:
                    flush()
                    chain.append("")
                continue
            if chain == [""]:
                chain.clear()
            flush()
            sub = LineStyle.render.__get__(self)
            _ = sub
            out.extend(self.single(kind, op, op2, ops))
        if chain == [""]:
            chain.clear()
        flush()
        # fix up leading empty chain items ("" + " → ...")
        fixed = []
        for ln in out:
            if ln.startswith(" → "):
                ln = "→ " + ln[3:]
            fixed.append(ln)
        return fixed

    def single(self, kind, op, op2, ops):
        fake = [op] if op2 is None else [op, op2]
        res = LineStyle.render(self, fake)
        return res[2:]


class Prose(LineStyle):
    name = "prose"

    def __init__(self, *a):
        super().__init__(*a)
        self.worded = self.rng.random() < 0.45

    def word_ev(self, op):
        """worded or symbolic computation"""
        if self.worded and len(op["terms"]) == 1 and op["terms"][0][0] in "+-":
            o, x = op["terms"][0]
            if o == "+":
                return "%s plus %s is %s" % (self.n(op["prev"]), self.n(x), self.n(op["new"]))
            return "%s minus %s %s %s" % (self.n(op["prev"]), self.n(x), self.rng.choice(["leaves", "is", "equals"]), self.n(op["new"]))
        return self.c_ev(op)

    def render(self, ops):
        paras = []
        cur = []
        S = self.forms["S"]
        q = self.sc["q"]
        for kind, op, op2 in self.groups(ops):
            if kind == "start":
                cur.append(self.rng.choice(["%s start%s with %s." % (cap(S), "" if S in ("you", "I") else "s", self.nu(op["v"])),
                                            "The %s starts at %s." % (self.balw, self.nu(op["v"]))]))
            elif kind == "given":
                cur.append("The %s ends at %s, so we undo the changes from the last one back to the first." % (self.balw, self.nu(op["v"]))
                           if any(o["t"] == "undo" for o in ops) else
                           "The %s ends at %s." % (self.balw, self.nu(op["v"])))
            elif kind == "ev":
                ph = self.phrase(op)
                t = self.rng.randrange(4)
                if op["e"]["typ"] == "fee":
                    cur.append("Because the balance went negative, %s: %s." % (ph, self.c_ev(op)))
                elif t == 0:
                    cur.append("%s, %s, so the %s becomes %s." % (self.prep(op), ph, self.balw, self.word_ev(op)))
                elif t == 1:
                    cur.append("After the %s %s, %s." % (op["e"]["desc"], self.prep(op, lower=True), self.word_ev(op)))
                elif t == 2:
                    cur.append("%s: %s, which gives %s." % (self.prep(op), self.c_ev(op), self.nu(op["new"])))
                else:
                    cur.append("Then %s: %s." % (ph, self.word_ev(op)))
            elif kind == "amtev":
                cur.append("%s, %s. That amount is %s, so the %s drops to %s." % (
                    self.prep(op2), self.phrase(op2), self.c_amt(op), self.balw, self.c_ev(op2))
                    if op2["terms"][0][0] == "-" else
                    "%s, %s. That is %s, so the %s rises to %s." % (
                    self.prep(op2), self.phrase(op2), self.c_amt(op), self.balw, self.c_ev(op2)))
            elif kind == "undo":
                cur.append("Undoing %s's change: %s." % (op["lab"], self.c_undo(op)))
            elif kind == "sum":
                c = self.c_sum(op)
                if op["name"] == "chg":
                    if op.get("alg"):
                        cur.append("If x is the starting %s, then x plus all the changes equals %s. The changes add up to %s." % (
                            self.balw, self.nu(self.sc["bals"][-1]), c))
                    else:
                        cur.append("All the changes together come to %s." % c)
                else:
                    nm = "money coming in" if self.unit != "c" else "the increases"
                    if op["name"] == "out":
                        nm = "money going out" if self.unit != "c" else "the decreases"
                    if c:
                        cur.append("Adding up %s: %s." % (nm, c))
                    elif op["items"]:
                        cur.append("The only item for %s is %s." % (nm, self.n(op["v"])))
                    else:
                        cur.append("There is nothing in the %s column." % ("deposits" if op["name"] == "in" else "withdrawals"))
            elif kind == "net":
                cur.append("The net change is %s." % self.c_net(op))
            elif kind == "fromnet":
                cur.append("So the final %s is %s." % (self.balw, self.c_fromnet(op)))
            elif kind == "solve":
                cur.append("So %s = %s." % ("x" if op.get("alg") else "the starting " + self.balw, self.c_solve(op)))
            elif kind == "check":
                cur.append("Checking forward: %s, which matches." % self.c_check(op))
            elif kind == "netcheck":
                if op["v"] is not None:
                    cur.append("As a check, the last balance minus the first is %s, the same." % self.c_netcheck(op))
            elif kind == "note":
                cur.append(self.note_line(op))
            elif kind == "extreme":
                cur.append(self.extreme_line(op))
            elif kind == "week":
                if op["pw"] is None:
                    if op["pt"] is None:
                        cur.append("In week 1 %s save%s %s." % (S, "" if S in ("you", "I") else "s", self.n(op["w"])))
                    else:
                        cur.append("In week 1 %s save%s %s, so the jar has %s." % (S, "" if S in ("you", "I") else "s", self.n(op["w"]), self.c_week_t(op)))
                else:
                    cur.append("Week %d: %s saved, total %s." % (op["k"], self.c_week_w(op), self.c_week_t(op)))
            elif kind == "formula":
                if op["v"] is not None:
                    cur.append("The sum formula agrees: %s." % self.c_formula(op))
            elif kind == "remain":
                cur.append("The amount still needed is %s." % self.c_remain(op))
            elif kind == "answer":
                if cur:
                    paras.append(" ".join(cur))
                cur = []
                paras.append(self.answer_sentence(op["v"]))
            if len(cur) >= 3 and kind != "answer":
                paras.append(" ".join(cur))
                cur = []
        if cur:
            paras.append(" ".join(cur))
        return ["\n\n".join(paras)]

    def prep(self, op, lower=False):
        lab = op["lab"]
        typ = self.sc["dom"]["labels"]
        p = {"days": "On ", "weeks": "In ", "months": "In ", "stops": "At ", "hours": "At ", "rounds": "In "}[typ]
        if typ in ("weeks", "rounds") and lab[0].isupper():
            lab = lab[0].lower() + lab[1:]
        s = p + lab
        return s[0].lower() + s[1:] if lower else s


class Tutor(LineStyle):
    name = "tutor"
    bullet = "* "

    def intro(self):
        return self.rng.choice(["Let's break this down step by step!", "Great question! Let's work through it one step at a time.",
                                "Sure! Let's keep track of everything in order."])

    def L(self, label, core):
        return "* %s: %s" % (label, core)

    def render(self, ops):
        lines = super().render(ops)
        out = []
        step = 1
        for ln in lines:
            if ln.startswith("Start: "):
                out.append("**Step %d: Starting point**" % step)
                step += 1
                out.append("We begin with %s." % ln[len("Start: "):])
                out.append("")
                out.append("**Step %d: Go through each change**" % step)
                step += 1
            elif ln.startswith("Final %s:" % self.balw):
                out.append("**Step %d: What we know**" % step)
                step += 1
                out.append(ln)
            elif ln.startswith("Check:"):
                out.append("")
                out.append("**Let's double-check:** " + ln[len("Check: "):])
            elif ln.startswith("Net change:") or ln.startswith("Total ") or ln.startswith("Final:") or ln.startswith("Still needed"):
                out.append("* " + ln)
            else:
                out.append(ln)
        out.append("")
        out.append(self.rng.choice(["I hope this helps!", "Hope that helps! 😊", "Let me know if you have any questions!"]))
        return out

    def answer_sentence(self, v):
        return "So, the answer is **%s**." % self.nu(v)


class Gsm(LineStyle):
    name = "gsm8k"

    def g(self, core):
        """core 'a + b = c' -> 'a+b=<<a+b=c>>c' (no currency)"""
        lhs, rhs = core.rsplit(" = ", 1)
        l2 = lhs.replace(" ", "")
        return "%s=<<%s=%s>>%s" % (l2, l2.replace(MK0, "").replace(MK1, ""), rhs.replace(MK0, "").replace(MK1, ""), rhs)

    def render(self, ops):
        out = []
        for kind, op, op2 in self.groups(ops):
            if kind == "start":
                continue
            if kind == "given":
                continue
            if kind == "ev":
                if op["e"]["typ"] == "fee":
                    out.append("The balance is below zero, so the fee is charged: %s." % self.g(self.c_ev(op)))
                else:
                    out.append("%s, %s, so the %s is %s." % (Prose.prep(self, op), self.phrase(op), self.balw, self.g(self.c_ev(op))))
            elif kind == "amtev":
                out.append("%s, %s: %s, so the %s is %s." % (Prose.prep(self, op2), self.phrase(op2), self.g(self.c_amt_plain(op)), self.balw, self.g(self.c_ev(op2))))
            elif kind == "undo":
                out.append("Before %s there were %s." % (op["lab"], self.g(self.c_undo(op))))
            elif kind == "sum":
                c = self.c_sum(op)
                if c is None:
                    out.append("The total %s is %s." % ({"in": "added", "out": "taken out", "chg": "change"}[op["name"]], self.n(op["v"])))
                else:
                    out.append("The total %s is %s." % ({"in": "added", "out": "taken out", "chg": "change"}[op["name"]], self.g(c)))
            elif kind == "net":
                out.append("The net change is %s." % self.g(self.c_net(op)))
            elif kind == "fromnet":
                out.append("The final %s is %s." % (self.balw, self.g(self.c_fromnet(op))))
            elif kind == "solve":
                out.append("The starting %s was %s." % (self.balw, self.g(self.c_solve(op))))
            elif kind == "check":
                pass
            elif kind == "note":
                ln = self.note_line(op)
                if op["key"] != "fee":
                    out.append(ln)
            elif kind == "extreme":
                out.append("The %s was %s." % ("lowest" if op["which"] == "min" else "highest", self.nu(op["v"])))
            elif kind == "week":
                if op["pw"] is None:
                    if op["pt"] is not None:
                        out.append("After week 1 the jar has %s." % self.g(self.c_week_t(op)))
                else:
                    out.append("In week %d the saving is %s, so the total is %s." % (op["k"], self.g(self.c_week_w(op)), self.g(self.c_week_t(op))))
            elif kind == "remain":
                out.append("Still needed: %s." % self.g(self.c_remain(op)))
            elif kind == "answer":
                pass
        return out

    def c_amt_plain(self, op):
        if op["kind"] == "pct":
            ex = op["exact"]
            if ex != r2safe(ex):
                return "%s %s %s = %s" % (self.n(op["x"]), self.o("*"), self.dec(op["y"]), self.n(op["v"]))
            return "%s %s %s = %s" % (self.n(op["x"]), self.o("*"), self.dec(op["y"]), self.n(op["v"]))
        return self.c_amt(op)


class LatexDisplay(LineStyle):
    name = "latex_display"

    def render(self, ops):
        out = [self.intro(), ""]
        rows = []
        tail = []
        for kind, op, op2 in self.groups(ops):
            if kind == "start":
                rows.append("\\text{Start} &: %s" % self.n(op["v"]))
            elif kind == "given":
                rows.append("\\text{End} &: %s" % self.n(op["v"]))
            elif kind == "ev":
                rows.append("\\text{%s} &: %s" % (self.evlab(op), self.c_ev(op)))
            elif kind == "amtev":
                rows.append("\\text{%s} &: %s,\\quad %s" % (self.evlab(op2), self.c_amt(op), self.c_ev(op2)))
            elif kind == "undo":
                rows.append("\\text{before %s} &: %s" % (op["lab"], self.c_undo(op)))
            elif kind == "week":
                if op["pw"] is None:
                    if op["pt"] is None:
                        rows.append("\\text{Week 1} &: %s" % self.n(op["w"]))
                    else:
                        rows.append("\\text{Week 1} &: %s" % self.c_week_t(op))
                else:
                    rows.append("\\text{Week %d} &: %s,\\quad %s" % (op["k"], self.c_week_w(op), self.c_week_t(op)))
            else:
                if rows:
                    out.append("\\[")
                    out.append("\\begin{aligned}")
                    for i, r in enumerate(rows):
                        out.append(r + (" \\\\" if i < len(rows) - 1 else ""))
                    out.append("\\end{aligned}")
                    out.append("\\]")
                    rows = []
                tail = self.tail(kind, op)
                out.extend(tail)
        return out

    def tail(self, kind, op):
        if kind == "sum":
            c = self.c_sum(op)
            if c is None:
                return ["Total %s: \\(%s\\)" % ({"in": "in", "out": "out", "chg": "change"}[op["name"]], self.n(op["v"]))]
            if op.get("alg"):
                return ["Let \\(x\\) be the starting %s. The changes sum to \\(%s\\), so \\(x + %s = %s\\)." % (
                    self.balw, c, self.xparen(op["v"]), self.n(self.sc["bals"][-1]))]
            return ["Total %s: \\(%s\\)" % ({"in": "in", "out": "out", "chg": "change"}[op["name"]], c)]
        if kind == "net":
            return ["Net change: \\(%s\\)" % self.c_net(op)]
        if kind == "fromnet":
            return ["\\[ %s \\]" % self.c_fromnet(op)]
        if kind == "solve":
            return ["\\[ %s = %s \\]" % ("x" if op.get("alg") else "\\text{start}", self.c_solve(op))]
        if kind == "check":
            return ["Check: \\(%s\\) ✓" % self.c_check(op)]
        if kind == "netcheck":
            return ["Check: \\(%s\\) ✓" % self.c_netcheck(op)] if op["v"] is not None else []
        if kind == "note":
            return [self.note_line(op)]
        if kind == "extreme":
            return [self.extreme_line(op)]
        if kind == "formula":
            return ["Check: \\(%s\\) ✓" % self.c_formula(op)] if op["v"] is not None else []
        if kind == "remain":
            return ["\\[ %s \\]" % self.c_remain(op)]
        if kind == "answer":
            return ["", self.answer_sentence(op["v"])]
        return []


class LatexInline(LineStyle):
    name = "latex_inline"

    def M(self, core):
        return "\\(%s\\)" % core

    def start_line(self, v):
        return "Start: %s" % self.M(self.nu(v))


class Boxed(LineStyle):
    name = "boxed_steps"

    def M(self, core):
        return "\\(%s\\)" % core

    def L(self, label, core):
        return "- %s: %s" % (label, core)

    def render(self, ops):
        lines = super().render(ops)
        out = []
        step = 1
        out.append(lines[0])
        out.append("")
        for ln in lines[2:]:
            if ln.startswith("Start: ") or ln.startswith("Final %s:" % self.balw):
                out.append("### Step %d: %s" % (step, "Initial amount" if ln.startswith("Start") else "Known final amount"))
                step += 1
                out.append(ln)
                out.append("")
                out.append("### Step %d: %s" % (step, "Apply each change in order" if ln.startswith("Start") else "Reverse the changes"))
                step += 1
                continue
            if ln.startswith("Check: "):
                ln = "Verification: " + ln[len("Check: "):]
            out.append(ln)
        return out

    def answer_sentence(self, v):
        return "### Final Answer\n\\[\n\\boxed{%s}\n\\]" % plain(V(v))


# =========================================================================== tables
class TableCalc(LineStyle):
    name = "table_calc"
    implicit = False

    def hdr(self):
        return {"days": "Day", "weeks": "Week", "months": "Month", "stops": "Stop", "hours": "Time", "rounds": "Round"}[self.sc["dom"]["labels"]]

    def render(self, ops):
        out = [self.intro(), ""]
        rows = []
        kind_tbl = None

        def flush():
            nonlocal rows, kind_tbl
            if rows:
                out.extend(rows)
                out.append("")
                rows = []
            kind_tbl = None

        notes = []
        for kind, op, op2 in self.groups(ops):
            if kind == "note" and kind_tbl == "fwd":
                notes.append(op)
                continue
            if kind not in ("start", "ev", "amtev") and kind_tbl == "fwd" and notes:
                flush()
                for nt in notes:
                    out.append(self.note_line(nt))
                out.append("")
                notes = []
            if kind in ("start", "ev", "amtev"):
                if kind_tbl != "fwd":
                    flush()
                    kind_tbl = "fwd"
                    rows.extend(self.fwd_header())
                rows.append(self.fwd_row(kind, op, op2))
            elif kind == "undo":
                if kind_tbl != "undo":
                    flush()
                    kind_tbl = "undo"
                    rows.extend(["| Undo | Calculation | %s before |" % cap(self.balw), "|---|---|---|"])
                r = self.c_undo(op)
                rows.append("| %s | %s | %s |" % (op["lab"], r, self.nu(op["before"])))
            elif kind == "week":
                if kind_tbl != "week":
                    flush()
                    kind_tbl = "week"
                    rows.extend(["| Week | Saved this week | Running total |", "|---|---|---|"])
                if op["pw"] is None:
                    rows.append("| 1 | %s | %s |" % (self.n(op["w"]), self.n(op["tot"]) if op["pt"] is None else self.c_week_t(op)))
                else:
                    rows.append("| %d | %s | %s |" % (op["k"], self.c_week_w(op), self.c_week_t(op)))
            else:
                flush()
                res = LineStyle.render(self, [op])[2:]
                if kind == "given":
                    res = res[:1]
                out.extend(res)
        flush()
        while out and out[-1] == "":
            out.pop()
        return out

    def fwd_header(self):
        return ["| %s | Event | Calculation | %s |" % (self.hdr(), cap(self.balw)), "|---|---|---|---|"]

    def fwd_row(self, kind, op, op2):
        if kind == "start":
            return "| Start | — | — | %s |" % self.nu(op["v"])
        if kind == "ev":
            return "| %s | %s | %s | %s |" % (op["lab"], cap(self.evdesc(op)), self.c_ev(op), self.nu(op["new"]))
        return "| %s | %s | %s; %s | %s |" % (op2["lab"], cap(self.evdesc(op2)), self.c_amt(op), self.c_ev(op2), self.nu(op2["new"]))

    def evdesc(self, op):
        e = op["e"]
        t = e["typ"]
        if t == "addsub":
            return "+%s, %s%s" % (self.raw(e["a"]), self.ctx.N.minus, self.raw(e["b"]))
        if t in ("add",):
            return "%s %s" % (e["desc"], self.n(e["a"], signed=True))
        if t in ("sub", "fee"):
            return "%s %s%s" % (e["desc"], self.ctx.N.minus, self.n(op["terms"][0][1]))
        if t in ("pct_sub", "pct_add"):
            return "%s (%s)" % (e["desc"], self.pct(e["p"]))
        if t in ("rate_add", "rate_sub", "case_add"):
            return e["desc"]
        if t == "frac_sub":
            return "%s (%s)" % (e["desc"], {2: "half", 3: "one third", 4: "one quarter", 5: "one fifth"}[e["dv"]])
        if t == "mul":
            return "doubled"
        if t == "div":
            return "halved"
        return e["desc"]


class TableChange(TableCalc):
    name = "table_change"
    implicit = True

    def fwd_header(self):
        return ["| %s | Event | Change | %s |" % (self.hdr(), cap(self.balw)), "|---|---|---|---|"]

    def fwd_row(self, kind, op, op2):
        m = self.ctx.N.minus
        if kind == "start":
            return "| Start | | | %s |" % self.n(op["v"])
        if kind == "ev":
            ch = self.change(op)
            desc = op["e"]["desc"] if op["e"]["typ"] != "addsub" else "stop"
            return "| %s | %s | %s | %s |" % (op["lab"], cap(desc), ch, self.n(op["new"]))
        ch = self.change(op2)
        return "| %s | %s: %s | %s | %s |" % (op2["lab"], cap(op2["e"]["desc"]), self.c_amt(op), ch, self.n(op2["new"]))
        _ = m

    def change(self, op):
        parts = []
        for i, (o, x) in enumerate(op["terms"]):
            if o == "+":
                parts.append(("+" if i == 0 else "+ ") + self.n(x))
            elif o == "-":
                parts.append((self.ctx.N.minus if i == 0 else self.ctx.N.minus + " ") + self.n(x))
            elif o == "*":
                parts.append(self.ctx.N.times + self.raw(x))
            else:
                parts.append(self.ctx.N.div + self.raw(x))
        return " ".join(parts)


STYLE_CLASSES = {c.name: c for c in [MdBullets, TableCalc, TableChange, Arrow, Prose, LatexDisplay, LatexInline,
                                     Terse, Tutor, Gsm, Boxed]}
