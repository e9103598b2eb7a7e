"""Core pieces of the utility-bill solution generator: numbers, expressions,
styles and the solution builder.  Standard library only."""
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 50

SOPEN, SCLOSE = "\x01", "\x02"   # sentinels around a faulty result


def q(x, dp):
    return x.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def ndp(x):
    t = x.normalize().as_tuple()
    return max(0, -t.exponent)


def final_str(x):
    s = format(x.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


# ---------------------------------------------------------------- numbers
class Num:
    """A value with a kind: usd (money), rate ($ per unit), q (quantity with
    unit), n (plain count, optional unit word), pct (percent)."""
    __slots__ = ("v", "k", "u", "dp", "deps")

    def __init__(self, v, k="usd", u=None, dp=None, deps=frozenset()):
        self.v = D(v)
        self.k = k
        self.u = u
        if dp is None:
            if k == "usd":
                dp = 2
            elif k == "rate":
                dp = max(2, ndp(self.v))
            else:
                dp = ndp(self.v)
        self.dp = dp
        self.deps = deps


def M(v):
    return Num(v, "usd")


def Rt(v, u):
    return Num(v, "rate", u)


def Qy(v, u, dp=None):
    return Num(v, "q", u, dp)


def Cn(v, u=None):
    return Num(v, "n", u, 0)


def Pc(v):
    return Num(v, "pct")


# ------------------------------------------------------------ expressions
# ('+', [a, b, ...])   ('-', a, b)   ('*', [a, b, ...])   ('/', a, b)
# ('%', pct, a)  -> pct percent of a        ('lin', [(sign, a), ...])

def ev(e):
    if isinstance(e, Num):
        return e.v
    op = e[0]
    if op == "+":
        return sum((ev(x) for x in e[1]), D(0))
    if op == "-":
        return ev(e[1]) - ev(e[2])
    if op == "*":
        r = D(1)
        for x in e[1]:
            r *= ev(x)
        return r
    if op == "/":
        return ev(e[1]) / ev(e[2])
    if op == "%":
        return ev(e[1]) / 100 * ev(e[2])
    if op == "lin":
        return sum((s * ev(x) for s, x in e[1]), D(0))
    raise ValueError(op)


def deps_of(e):
    if isinstance(e, Num):
        return e.deps
    out = frozenset()
    if e[0] in ("+", "*"):
        for x in e[1]:
            out |= deps_of(x)
    elif e[0] == "lin":
        for _, x in e[1]:
            out |= deps_of(x)
    else:
        out = deps_of(e[1]) | deps_of(e[2])
    return out


def add(*xs):
    return ("+", list(xs))


def sub(a, b):
    return ("-", a, b)


def mul(*xs):
    return ("*", list(xs))


def div(a, b):
    return ("/", a, b)


def pof(p, a):
    return ("%", p, a)


def lin(*pairs):
    return ("lin", list(pairs))


# ------------------------------------------------------------------ styles
class Style:
    def __init__(self, name, latex=False, commas=True, cents=True, dollar=True,
                 mul=("×",), div=("÷",), minus=("−",), unit_p=0.5,
                 worded=0.0, round_forms=("eq", "approx", "both")):
        self.name = name
        self.latex = latex
        self.commas = commas
        self.cents = cents
        self.dollar = dollar
        self.mul = mul
        self.div = div
        self.minus = minus
        self.unit_p = unit_p
        self.worded = worded
        self.round_forms = round_forms


STYLES = [
    Style("md_steps", mul=("×", "×", "x"), minus=("−", "-"), unit_p=0.4),
    Style("bold_labels", mul=("×",), minus=("-", "−"), unit_p=0.6, cents=False),
    Style("llama_steps", mul=("*", "*", "x"), div=("/",), minus=("-",), unit_p=0.3),
    Style("prose", mul=("×", "×", "x"), minus=("−", "-"), unit_p=0.5, worded=0.35,
          cents=False),
    Style("latex_qwen", latex=True, mul=("\\times",), div=("\\div", "frac"), minus=("-",),
          unit_p=0.2),
    Style("itemized_table", mul=("×",), minus=("−",), unit_p=0.5),
    Style("terse", commas=False, dollar=False, mul=("*",), div=("/",), minus=("-",),
          unit_p=0.0, round_forms=("eq", "approx")),
    Style("chatty_tutor", mul=("×", "x"), minus=("-", "−"), unit_p=0.6, cents=False),
    Style("receipt_block", mul=("x",), div=("/",), minus=("-",), unit_p=0.7,
          round_forms=("eq",)),
    Style("numbered_gemma", mul=("×", "x", "*"), div=("÷", "/"), minus=("-",), unit_p=0.5),
]
STYLE_BY_NAME = {s.name: s for s in STYLES}


def fnum(v, dp, commas):
    return format(abs(v), ("," if commas else "") + ".%df" % dp)


class Fmt:
    """Formats numbers for one style, either for math (expressions/results)
    or for plain prose."""

    def __init__(self, st):
        self.st = st

    def money(self, v, dp=2, latex=False, force_cents=False, plain=False):
        st = self.st
        if dp == 2 and not st.cents and not force_cents and v == v.to_integral_value():
            dp = 0
        s = fnum(v, dp, st.commas or plain)
        sign = ""
        if v < 0:
            sign = "-" if latex else self.minus_char
        dollar = "$" if (st.dollar or plain) else ""
        if latex:
            s = s.replace(",", "{,}")
            dollar = "\\$"
        return sign + dollar + s

    minus_char = "−"

    def number(self, v, dp, latex=False, plain=False):
        s = fnum(v, dp, self.st.commas or plain)
        if latex:
            s = s.replace(",", "{,}")
        if v < 0:
            s = ("-" if latex else self.minus_char) + s
        return s

    def unit_txt(self, u, latex):
        if latex:
            return " \\text{ %s}" % u
        return " " + u

    def text(self, n):
        """plain prose formatting (bold etc. added by caller)"""
        if n.k in ("usd",):
            return self.money(n.v, 2, plain=True)
        if n.k == "rate":
            return self.money(n.v, n.dp, plain=True, force_cents=True) + " per " + n.u
        if n.k == "pct":
            return self.number(n.v, n.dp, plain=True) + "%"
        s = self.number(n.v, n.dp, plain=True)
        if n.u:
            s += " " + n.u
        return s


# ----------------------------------------------------------------- builder
GREETS = ["Great question!", "Happy to help!", "Sure thing!", "Good question!",
          "Absolutely!"]
PROSE_CONN = ["First,", "Next,", "Then", "After that,", "Now", "Next,", "Then",
              "After that,", "Now", "Next,"]
CHAT_CONN = ["First,", "Next,", "Now", "Then", "Okay, now", "Next up,", "Now",
             "Then", "Next,", "Now"]


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


def lower_first(s):
    if s.split(" ")[0].rstrip("'s") in MONTHS or s.startswith(("Plan", "I ")):
        return s
    if len(s) > 1 and s[1].isupper():
        return s
    return s[:1].lower() + s[1:]


class Builder:
    def __init__(self, style, rng, mode="correct", fault_step=None, wrong=None):
        self.st = style
        self.F = Fmt(style)
        self.F.minus_char = rng.choice(style.minus) if not style.latex else "-"
        self.rng = rng
        self.mode = mode
        self.fault_step = fault_step
        self.wrong = wrong
        self.n = 0
        self.recs = []
        self.out = []
        self.k = 0
        self.pconn = 0
        self.in_items = None
        self.table = None          # pending table rows (itemized_table)
        self.rows = []             # receipt rows
        self.receipt_open = False
        self.variant = rng.random()  # per-problem layout choice
        self.L = style.latex or (style.name == "md_steps" and self.variant < .4)
        self.g_mul = rng.choice(style.mul) if not self.L else "\\times"
        self.g_div = rng.choice(style.div) if not self.L else rng.choice(["\\div", "frac"])
        self.final_num = None

    # ---------------- formatting helpers
    def t(self, n):
        return self.F.text(n)

    def b(self, s):
        """bold for styles that use it"""
        if self.st.name in ("md_steps", "bold_labels", "chatty_tutor", "numbered_gemma",
                            "itemized_table", "latex_qwen"):
            return "**" + s + "**"
        return s

    def opnd(self, n, ch, in_sum=False):
        F, L = self.F, self.L
        att = ch["att"]
        if n.k == "usd":
            s = F.money(n.v, 2, latex=L)
        elif n.k == "rate":
            s = F.money(n.v, n.dp, latex=L, force_cents=True)
            if att:
                s += ("/\\text{%s}" % n.u) if L else (ch["per"] % n.u)
        elif n.k == "pct":
            s = F.number(n.v, n.dp, latex=L) + ("\\%" if L else "%")
        else:
            s = F.number(n.v, n.dp, latex=L)
            if att and n.u:
                s += F.unit_txt(n.u, L)
        if in_sum and n.v < 0:
            s = "(" + s + ")"
        return s

    def rexpr(self, e, ch):
        L = self.L
        if isinstance(e, Num):
            return self.opnd(e, ch)
        op = e[0]
        mi = ch["minus"]

        def sub_(x, paren_types):
            s = self.rexpr(x, ch)
            if not isinstance(x, Num) and x[0] in paren_types:
                s = ("\\left(" + s + "\\right)") if False else "(" + s + ")"
            return s
        if op == "+":
            return " + ".join(self.opnd(x, ch, True) if isinstance(x, Num) else sub_(x, ())
                              for x in e[1])
        if op == "lin":
            parts = []
            for i, (sg, x) in enumerate(e[1]):
                s = self.opnd(x, ch, True) if isinstance(x, Num) else sub_(x, ("+", "-", "lin"))
                if i == 0:
                    parts.append(s if sg > 0 else mi + s)
                else:
                    parts.append((" + " if sg > 0 else " %s " % mi) + s)
            return "".join(parts)
        if op == "-":
            a = sub_(e[1], ())
            b = self.opnd(e[2], ch, True) if isinstance(e[2], Num) else sub_(e[2], ("+", "-", "lin"))
            return "%s %s %s" % (a, mi, b)
        if op == "*":
            g = ch["mul"]
            return (" %s " % g).join(sub_(x, ("+", "-", "lin")) for x in e[1])
        if op == "/":
            a = sub_(e[1], ("+", "-", "lin"))
            b = sub_(e[2], ("+", "-", "lin", "*", "/"))
            if ch["div"] == "frac":
                return "\\frac{%s}{%s}" % (self.rexpr(e[1], ch), self.rexpr(e[2], ch))
            return "%s %s %s" % (a, ch["div"], b)
        if op == "%":
            p, a = e[1], e[2]
            sa = sub_(a, ("+", "-", "lin"))
            form = ch["pct"]
            if form == "of" and not L:
                return "%s of %s" % (self.opnd(p, ch), sa)
            if form == "dec":
                dec = p.v / 100
                ds = self.F.number(dec, max(2, ndp(dec)), latex=L)
                return "%s %s %s" % (sa, ch["mul"], ds) if ch["ord"] else "%s %s %s" % (ds, ch["mul"], sa)
            return "%s %s %s" % (sa, ch["mul"], self.opnd(p, ch))
        raise ValueError(op)

    def worded(self, e, ch):
        op = e[0]
        if op == "-":
            return "%s minus %s" % (self.opnd(e[1], ch), self.opnd(e[2], ch))
        if op == "*":
            return "%s times %s" % (self.opnd(e[1][0], ch), self.opnd(e[1][1], ch))
        if op == "/":
            return "%s divided by %s" % (self.opnd(e[1], ch), self.opnd(e[2], ch))
        if op == "+":
            return "%s plus %s" % (self.opnd(e[1][0], ch), self.opnd(e[1][1], ch))
        return None

    def res(self, v, kind, unit, dp, show_unit=True, force=False):
        L = self.L
        if kind == "usd":
            return self.F.money(v, 2, latex=L, force_cents=force)
        s = self.F.number(v, dp, latex=L)
        if kind == "pct":
            return s + ("\\%" if L else "%")
        if unit and show_unit:
            s += self.F.unit_txt(unit, L)
        return s

    # ---------------- output primitives
    def emit(self, *lines):
        self._flush_table(None)
        self.out.extend(lines)

    def intro(self, goal, how=None):
        s, r = self.st.name, self.rng.random()
        if s == "md_steps":
            self.emit(("To find %s, let's go through the bill one charge at a time." if r < .5
                       else "Let's calculate %s step by step.") % goal, "")
        elif s == "bold_labels":
            self.emit("I'll work through this step by step." if r < .5 else
                      "Let me break down %s." % goal, "")
        elif s == "llama_steps":
            if r < .4:
                self.emit("To solve this, we need to find %s." % goal, "")
        elif s == "prose":
            if r < .5 and how:
                self.emit(how, "")
        elif s == "latex_qwen":
            self.emit("To determine %s, we follow these steps:" % goal, "")
        elif s == "itemized_table":
            self.emit("Here's the full calculation for %s." % goal, "")
        elif s == "chatty_tutor":
            self.emit("%s Let's figure out %s together." % (self.rng.choice(GREETS), goal), "")
        elif s == "receipt_block":
            self.emit("Here's %s, itemized:" % goal if r < .5 else
                      "Breaking %s down line by line:" % goal, "", "```")
            self.receipt_open = True
        elif s == "numbered_gemma":
            self.emit("Here's how to calculate %s:" % goal, "")

    def note(self, text, key=False):
        s = self.st.name
        if s == "receipt_block":
            return
        if s in ("terse", "itemized_table"):
            if key:
                self.emit(text, "" if s == "itemized_table" else None)
                if self.out[-1] is None:
                    self.out.pop()
            return
        if s == "latex_qwen" or s == "numbered_gemma":
            self.emit(text, "")
            return
        self.emit(text, "")

    def items(self, title):
        self.in_items = title
        s = self.st.name
        if s in ("md_steps", "latex_qwen", "numbered_gemma"):
            self.k += 1
        if s == "md_steps":
            self.emit("### Step %d: %s" % (self.k, title), "")
        elif s == "bold_labels":
            self.emit("**%s:**" % title)
        elif s == "latex_qwen":
            self.emit("%d. **%s:**" % (self.k, title))
        elif s == "numbered_gemma":
            self.emit("%d. **%s:**" % (self.k, title))
        elif s == "chatty_tutor":
            self.emit(self.rng.choice(["Now for the %s:", "Next, the %s:", "On to the %s:"])
                      % lower_first(title), "")
        elif s == "itemized_table":
            self._table_open()
        elif s == "prose":
            self._prose_items = []
        elif s == "terse":
            pass

    def end_items(self):
        s = self.st.name
        self.in_items = None
        if s in ("md_steps", "bold_labels", "chatty_tutor", "latex_qwen", "numbered_gemma"):
            self.out.append("")
        elif s == "prose":
            parts = self._prose_items
            if len(parts) > 1:
                body = ", ".join(parts[:-1]) + ", and " + parts[-1]
            else:
                body = parts[0]
            self.emit(body[0].upper() + body[1:] + ".", "")

    def fixed_item(self, label, num):
        s = self.st.name
        m = self.F.money(num.v, 2, latex=self.L)
        mp = self.F.money(num.v, 2, plain=True)
        if s in ("md_steps",):
            self.out.append("- **%s:** %s" % (label, mp))
        elif s == "bold_labels":
            self.out.append("- %s: %s" % (label, mp))
        elif s == "latex_qwen":
            self.out.append("   - %s: \\(%s\\)" % (label, m))
        elif s == "numbered_gemma":
            self.out.append("   * %s: %s" % (label, mp))
        elif s == "chatty_tutor":
            self.out.append("- %s: %s (flat)" % (label, mp))
        elif s == "itemized_table":
            self._table_open()
            self.table.append("| %s | flat charge | %s |" % (label, mp))
        elif s == "prose":
            self._prose_items.append("the %s is a flat %s" % (lower_first(label), mp))
        elif s == "terse":
            self.out.append("%s: %s" % (label, m))
        elif s == "receipt_block":
            self.rows.append((label, "", mp))
        elif s == "llama_steps":
            self.k += 1
            self.emit("## Step %d: Note the %s" % (self.k, lower_first(label)),
                      "The %s is a flat %s." % (lower_first(label), mp), "")

    def _table_open(self):
        if self.table is None:
            if self.variant < .5:
                self.table = ["| Item | Calculation | Result |", "|---|---|---:|"]
            else:
                self.table = ["| Line item | How it's figured | Amount |", "|:--|:--|--:|"]

    def _flush_table(self, total_row):
        if self.table is None:
            return
        t = self.table
        self.table = None
        if total_row:
            t.append(total_row)
        self.out.extend(t)
        self.out.append("")

    # ---------------- the computation
    def calc(self, expr, kind="usd", unit=None, dp=None, title="", lead="", say=None,
             total=False, check_tail=None):
        st, rng = self.st, self.rng
        self.n += 1
        step = self.n
        exact = ev(expr)
        if kind == "usd":
            dp = 2
        elif dp is None:
            dp = min(ndp(exact), 2)
        val = q(exact, dp)
        rounded = val != exact
        # draw every random choice up front so all variants consume rng alike
        ch = {
            "mul": self.g_mul if (rng.random() < .85 or self.L) else rng.choice(st.mul),
            "div": self.g_div,
            "minus": self.F.minus_char if not self.L else "-",
            "att": rng.random() < st.unit_p, "per": rng.choice(["/%s", " per %s"]),
            "pct": rng.choice(["of", "mul", "dec"]), "ord": rng.random() < .5,
        }
        rform = rng.choice(st.round_forms)
        use_word = rng.random() < st.worded
        same_line = rng.random()
        pick = rng.random()
        shown = val
        if step == self.fault_step:
            shown = self.wrong
        carried = shown if (self.mode == "carry" and step == self.fault_step) else val
        deps = deps_of(expr) | {step}
        self.recs.append(dict(step=step, exact=exact, val=val, dp=dp, kind=kind,
                              expr=expr, deps=deps, check=check_tail is not None,
                              unit=unit))
        L = self.L
        E = self.rexpr(expr, ch)
        R = self.res(shown, kind, unit, dp, force=rounded)
        if step == self.fault_step:
            R = SOPEN + R + SCLOSE
        if rounded and ndp(exact) <= 6 and rform == "both":
            if kind == "usd":
                X = self.F.money(exact, ndp(exact), latex=L)
            else:
                X = self.res(exact, kind, unit, ndp(exact))
            core = "%s = %s %s %s" % (E, X, "\\approx" if L else "≈", R)
        elif rounded and rform == "approx":
            core = "%s %s %s" % (E, "\\approx" if L else "≈", R)
        else:
            core = "%s = %s" % (E, R)
        if use_word and not rounded and not L and wordable(expr):
            w = self.worded(expr, ch)
            if w:
                core = "%s %s %s" % (w, rng_pick(["is", "comes to", "equals"], pick), R)
        shown_txt = self.t(Num(shown, kind, unit, dp))
        val_txt = self.t(Num(carried, kind, unit, dp))
        out_num = Num(carried, kind, unit, dp, deps)
        if self.final_num is None:
            pass
        self._emit_calc(title, lead, say, core, E, R, total, check_tail, shown, carried,
                        shown_txt, val_txt, same_line, pick, kind)
        return out_num

    def check(self, expr, kind, tail, unit=None, dp=None):
        return self.calc(expr, kind, unit=unit, dp=dp, check_tail=tail)

    def _emit_calc(self, title, lead, say, core, E, R, total, check_tail, shown, carried,
                   shown_txt, val_txt, same_line, pick, kind):
        s = self.st.name
        lead_l = lower_first(lead)
        if check_tail is not None:
            tail = check_tail(shown)
            if s == "receipt_block":
                self.rows.append(("Check", E, R))
            elif s == "terse":
                self.emit("check: %s%s" % (core, tail))
            elif s == "latex_qwen" or self.L:
                self.emit("Check: \\(%s\\)%s" % (core, tail or " ✓"), "")
            elif s == "itemized_table":
                self._table_open()
                self.table.append("| Check | %s | %s |" % (E, R))
            elif s == "prose":
                self.emit("As a check, %s%s." % (core, tail.rstrip(".")) if tail else
                          "As a check, %s." % core, "")
            elif s == "chatty_tutor":
                self.emit("Quick sanity check: %s%s" % (core, tail or " ✓"), "")
            elif s == "numbered_gemma":
                self.emit("   * Check: %s%s" % (core, tail), "")
            elif s == "llama_steps":
                self.emit("To check: %s%s" % (core, tail), "")
            else:
                self.emit("%s %s%s" % (self.b("Check:"), core, tail or " ✓"), "")
            return
        if self.in_items is not None:
            self._emit_item(title, core, E, R)
            return
        if s == "itemized_table":
            self._table_open()
            if total:
                self.table.append("| **%s** | %s | **%s** |" % (title, E, R))
            else:
                self.table.append("| %s | %s | %s |" % (title, E, R))
            return
        self._flush_table(None)
        if s == "md_steps":
            self.k += 1
            if self.L:
                lines = ["### Step %d: %s" % (self.k, title), lead + ":", "", "\\[", core, "\\]", ""]
            else:
                lines = ["### Step %d: %s" % (self.k, title), lead + ":", "", core, ""]
            if say and same_line < .7:
                lines += [say(self.b(val_txt)), ""]
            self.emit(*lines)
        elif s == "bold_labels":
            if self.variant < .5:
                line = "**%s:** %s" % (title, core)
                if say and same_line < .5:
                    line += " — " + lower_first(say(shown_txt))
                self.emit(line, "")
            else:
                lines = ["**%s**" % title, core]
                if say and same_line < .5:
                    lines.append(say(val_txt))
                self.emit(*lines, "")
        elif s == "llama_steps":
            self.k += 1
            self.emit("## Step %d: Calculate the %s" % (self.k, lower_first(title)),
                      "To find the %s, %s: %s." % (lower_first(title), lead_l, core)
                      if pick < .5 else "%s: %s." % (lead, core), "")
        elif s == "prose":
            if total and expr_is_sum(E):
                conn = "Adding everything up," if pick < .5 else "Finally, add it all up:"
                line = "%s %s." % (conn, core)
            elif total:
                line = "Finally, %s: %s." % (lead_l, core)
            else:
                conn = PROSE_CONN[self.pconn % len(PROSE_CONN)]
                self.pconn += 1
                line = "%s %s: %s." % (conn, lead_l, core)
            if say and same_line < .6:
                line += " " + say(shown_txt)
            self.emit(line, "")
        elif s == "latex_qwen":
            self.k += 1
            lines = ["%d. **%s:**" % (self.k, title), "   %s:" % lead, "   \\[", "   " + core,
                     "   \\]"]
            if say and same_line < .4:
                lines.append("   " + say(val_txt))
            self.emit(*lines, "")
        elif s == "itemized_table":
            line = "**%s:** %s" % (title, core)
            if say and same_line < .5:
                line += " (%s)" % lower_first(say(shown_txt)).rstrip(".")
            self.emit(line, "")
        elif s == "terse":
            self.emit("%s: %s" % (title, core))
        elif s == "chatty_tutor":
            if total and expr_is_sum(E):
                conn = "Finally, add everything together"
            elif total:
                conn = "Finally, " + lead_l
            else:
                conn = CHAT_CONN[self.pconn % len(CHAT_CONN)] + " " + lead_l
                self.pconn += 1
            lines = [conn + ":", "", core, ""]
            if say:
                lines += [say(val_txt) + ("" if same_line < .5 else " 👍"), ""]
            self.emit(*lines)
        elif s == "receipt_block":
            self.rows.append((title, E, R))
        elif s == "numbered_gemma":
            self.k += 1
            lines = ["%d. **%s:** %s" % (self.k, title, core)]
            if say and same_line < .5:
                lines.append("   * " + say(val_txt))
            self.emit(*lines, "")

    def _emit_item(self, label, core, E, R):
        s = self.st.name
        if s == "md_steps":
            self.out.append("- **%s:** %s" % (label, ("\\(%s\\)" % core) if self.L else core))
        elif s == "bold_labels":
            self.out.append("- %s: %s" % (label, core))
        elif s == "latex_qwen":
            self.out.append("   - %s: \\(%s\\)" % (label, core))
        elif s == "numbered_gemma":
            self.out.append("   * %s: %s" % (label, core))
        elif s == "chatty_tutor":
            self.out.append("- %s: %s" % (label, core))
        elif s == "itemized_table":
            self.table.append("| %s | %s | %s |" % (label, E, R))
        elif s == "prose":
            verb = "come to" if ("kWh" in label or label.endswith("s")) else "comes to"
            self._prose_items.append("the %s %s %s" % (lower_first(label), verb, core))
        elif s == "terse":
            self.out.append("%s: %s" % (label, core))
        elif s == "receipt_block":
            self.rows.append((label, E, R))
        elif s == "llama_steps":
            self.k += 1
            if label.endswith("usage"):
                self.emit("## Step %d: Calculate the %s" % (self.k, lower_first(label)),
                          "%s: %s." % (label, core), "")
            else:
                self.emit("## Step %d: Calculate the cost of the %s" % (self.k, lower_first(label)),
                          "The %s cost %s." % (lower_first(label), core), "")

    def _receipt_flush(self):
        w = [22, 30]   # fixed columns so a changed value never shifts other rows
        out = []
        for a, b, c in self.rows:
            out.append(pad(a, w[0] + 3) + pad(b, w[1] + 3) + c)
        self.out.extend(out)
        self.out.append("```")
        self.out.append("")
        self.rows = []

    def answer(self, sentence, num):
        s = self.st.name
        self._flush_table(None)
        fin = final_str(num.v)
        vt = self.t(num)
        if s == "receipt_block":
            self._receipt_flush()
            self.out += [sentence("**%s**" % vt), "", "#### " + fin]
        elif s == "md_steps":
            self.out += ["### Final Answer", "", sentence("**%s**" % vt), "", "#### " + fin]
        elif s == "llama_steps":
            self.out += ["The final answer is: $\\boxed{%s}$" % fin, "", "#### " + fin]
        elif s == "latex_qwen":
            self.out += [sentence(vt), "", "\\[", "\\boxed{%s}" % fin, "\\]", "", "#### " + fin]
        elif s == "terse":
            while self.out and self.out[-1] == "":
                self.out.pop()
            self.out += ["Answer: " + vt, "", "#### " + fin]
        elif s == "chatty_tutor":
            self.out += [sentence("**%s**" % vt) + " Hope that helps! 😊", "", "#### " + fin]
        elif s == "numbered_gemma":
            self.out += ["**Answer:** " + sentence("**%s**" % vt), "", "#### " + fin]
        else:
            self.out += [sentence("**%s**" % vt if s != "prose" else vt), "", "#### " + fin]
        self.final_num = num

    def text(self):
        lines = list(self.out)
        while lines and lines[-1] == "":
            lines.pop()
        # collapse multiple blank lines
        res = []
        for ln in lines:
            if ln == "" and res and res[-1] == "":
                continue
            res.append(ln)
        return "\n".join(res)


def rng_pick(xs, r):
    return xs[int(r * len(xs)) % len(xs)]


def vlen(s):
    return len(s.replace(SOPEN, "").replace(SCLOSE, ""))


def pad(s, w):
    return s + " " * max(2, w - vlen(s))


def wordable(e):
    if isinstance(e, Num):
        return False
    if e[0] in ("-", "/"):
        xs = [e[1], e[2]]
    elif e[0] in ("*", "+") and len(e[1]) == 2:
        xs = e[1]
    else:
        return False
    return all(isinstance(x, Num) and x.v >= 0 for x in xs)


def expr_is_sum(E):
    return " + " in E and not any(g in E for g in ("×", " x ", "*", "÷", " / ", "\\times", "of"))
