"""Core: exact numbers, display formats, expressions, styles and the solution builder.

Standard library only.  Every random choice comes from a string-seeded random.Random
that is passed in, so output is deterministic.
"""
from fractions import Fraction as F

# ---------------------------------------------------------------- numbers

def rnd(v, dp):
    """Round half away from zero to dp decimals (exact Fraction)."""
    v = F(v)
    q = v * (10 ** dp)
    s = 1 if q >= 0 else -1
    n = (abs(q) * 2 + 1) // 2
    return F(s * int(n), 10 ** dp)


def term_dp(v, maxdp):
    v = F(v)
    for d in range(maxdp + 1):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def digits(v, dp):
    """Unsigned digit string of |v| with dp decimals (v must be exact at dp)."""
    a = abs(F(v)) * 10 ** dp
    assert a.denominator == 1, (v, dp)
    n = a.numerator
    ip, fp = divmod(n, 10 ** dp)
    s = str(ip)
    if dp:
        s += "." + str(fp).zfill(dp)
    return s


def commafy(core, latex=False):
    if "." in core:
        ip, fp = core.split(".")
        fp = "." + fp
    else:
        ip, fp = core, ""
    if len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = ("{,}" if latex else ",").join(groups)
    return ip + fp


class Shown:
    """A displayed number: pre + sign + core + suf; value = shown numeric value."""

    def __init__(self, v, fmt, st):
        v = F(v)
        self.fmt = fmt
        self.exact = v
        scale = 1
        pre = suf = ""
        lead0 = True
        if fmt.startswith("pct"):
            scale = 100
            suf = r"\%" if st.latex else "%"
            mode, n = "d", int(fmt[3:] or 1)
        elif fmt == "money":
            pre = r"\$" if st.latex else "$"
            mode, n = "f", 2
        elif fmt == "usd":
            pre = r"\$" if st.latex else "$"
            mode, n = ("f", 0) if F(v).denominator == 1 else ("f", 2)
        elif fmt.startswith("rp"):
            suf = r"\%" if st.latex else "%"
            mode, n = "d", int(fmt[2:] or 1)
        elif fmt == "bat":
            mode, n = "f", 3
            lead0 = False
        elif fmt in ("int", "auto"):
            mode, n = "a", 2
        elif fmt[0] == "f":
            mode, n = "f", int(fmt[1:])
        elif fmt[0] == "d":
            mode, n = "d", int(fmt[1:])
        else:
            raise ValueError(fmt)
        x = v * scale
        if mode == "f":
            dp = n
        elif mode == "d":
            t = term_dp(x, n)
            dp = t if t is not None else n
        else:  # auto
            t = term_dp(x, 6)
            dp = t if t is not None else n
        xs = rnd(x, dp)
        self.approx = xs != x
        self.dp = dp
        self.scale = scale
        self.value = xs / scale
        self.neg = xs < 0
        core = digits(xs, dp)
        if not lead0 and core.startswith("0."):
            core = core[1:]
        self.core = core
        self.pre, self.suf = pre, suf
        self.st = st
        self.lead0 = lead0

    def text(self, core=None, neg=None, plain=False):
        core = self.core if core is None else core
        neg = self.neg if neg is None else neg
        st = self.st
        c = core if (plain or not st.commas) else commafy(core, st.latex)
        if plain:
            return ("-" if neg else "") + c
        return self.pre + (st.minus if neg else "") + c + self.suf

    def with_core(self, core, neg):
        """Value of a (possibly mutated) core string."""
        x = F(core if not core.startswith(".") else "0" + core)
        if neg:
            x = -x
        return x / self.scale


# ---------------------------------------------------------------- expressions

class N:
    def __init__(self, v, fmt="auto"):
        self.v = F(v)
        self.fmt = fmt


class V:
    def __init__(self, name="x", coef=None, cfmt="auto"):
        self.name = name
        self.coef = None if coef is None else F(coef)
        self.cfmt = cfmt


class O:
    def __init__(self, op, *args):
        self.op = op
        self.a = list(args)


def S(*xs):
    return O("+", *xs)


def M(a, b):
    return O("*", a, b)


def D(a, b):
    return O("/", a, b)


def Sub(a, b):
    return O("-", a, b)


def ev(e):
    if isinstance(e, N):
        return e.v
    if isinstance(e, V):
        raise ValueError("variable")
    vals = [ev(x) for x in e.a]
    if e.op == "+":
        return sum(vals, F(0))
    if e.op == "-":
        r = vals[0]
        for x in vals[1:]:
            r -= x
        return r
    if e.op in ("*", "imp"):
        r = F(1)
        for x in vals:
            r *= x
        return r
    if e.op == "/":
        return vals[0] / vals[1]
    raise ValueError(e.op)


def has_var(e):
    if isinstance(e, V):
        return True
    if isinstance(e, N):
        return False
    return any(has_var(x) for x in e.a)


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "imp": 3}


class Ops:
    """Operator spelling for one rendering."""

    def __init__(self, plus=" + ", minus=" - ", times=" × ", div=" ÷ ", frac=False):
        self.d = {"+": plus, "-": minus, "*": times, "/": div}
        self.frac = frac


def render(e, st, ops, parent=None, right=False, first=True):
    if isinstance(e, N):
        sh = Shown(e.v, e.fmt, st)
        t = sh.text()
        if sh.neg and not first:
            t = "(" + t + ")"
        return t
    if isinstance(e, V):
        if e.coef is None:
            return e.name
        return Shown(e.coef, e.cfmt, st).text() + e.name
    op = e.op
    if op == "/" and ops.frac:
        return r"\frac{%s}{%s}" % (render(e.a[0], st, ops), render(e.a[1], st, ops))
    p = PREC[op]
    if op == "imp":
        s = render(e.a[0], st, ops, "imp", False, first) + "(" + render(e.a[1], st, ops) + ")"
    else:
        parts = [render(e.a[0], st, ops, op, False, first)]
        for x in e.a[1:]:
            parts.append(render(x, st, ops, op, True, False))
        s = ops.d[op].join(parts)
    if parent is not None and parent != "imp":
        pp = PREC[parent]
        if p < pp or (p == pp and right and parent in ("-", "/")):
            s = "(" + s + ")"
    return s


def simplify1(e):
    """Replace each operator child of the top node by its value (for chains)."""
    if not isinstance(e, O):
        return None
    if not any(isinstance(x, O) for x in e.a):
        return None
    return O(e.op, *[N(ev(x), "auto") if isinstance(x, O) else x for x in e.a])


# ---------------------------------------------------------------- styles

STYLES = ["gpt_md", "bold_labels", "bullets", "prose", "latex_inline",
          "terse", "gsm8k", "chatty", "llama_steps", "table"]


class Style:
    def __init__(self, name, rng):
        self.name = name
        r = rng
        self.latex = name in ("gpt_md", "latex_inline")
        self.commas = name not in ("terse", "gsm8k")
        self.minus = "−" if (name in ("bold_labels", "prose", "chatty") and r.random() < 0.5) else "-"
        if self.latex:
            self.minus = "-"
        t = r.choice(["×", "×", "x", "*", "·"])
        dv = r.choice(["÷", "/"])
        if name == "gpt_md":
            self.ops = Ops(times=r" \times ", div=r" \div ", frac=r.random() < 0.7)
        elif name == "latex_inline":
            self.ops = Ops(times=r.choice([r" \times ", r" \cdot "]), div=r" \div ", frac=r.random() < 0.6)
        elif name in ("terse", "gsm8k"):
            self.ops = Ops(plus="+", minus="-", times="*", div="/")
            if name == "terse" and r.random() < 0.5:
                self.ops = Ops(plus=" + ", minus=" - ", times=" * ", div=" / ")
        elif name == "llama_steps":
            self.ops = Ops(times=r.choice([" * ", " × "]), div=r.choice([" / ", " ÷ "]))
        elif name == "chatty":
            self.ops = Ops(minus=" " + self.minus + " ", times=r.choice([" × ", " x "]), div=" ÷ ")
        else:
            if t == "*" and name != "bullets":
                t = "×"
            self.ops = Ops(minus=" " + self.minus + " ", times=" " + t + " ", div=" " + dv + " ")
        self.approx_sym = r"\approx" if self.latex else "≈"
        # probability of writing '≈' (rather than '=') for a rounded result
        self.p_approx = {"terse": 0.3, "gsm8k": 0.0, "llama_steps": 0.5}.get(name, 0.75)
        self.display3 = r.random() < 0.4  # gpt_md: \[ on its own line
        self.check_word = r.choice(["Check", "Check", "Verify", "Quick check"])


CHATTY_OPEN = ["Great question! Let's work through it step by step. 😊",
               "Sure thing — let's break this down together!",
               "Ooh, I like this one. Let's figure it out. 🙂",
               "No problem! Here's how I'd think about it.",
               "Happy to help! Let's go one step at a time."]
CHATTY_CLOSE = ["Hope that helps! 🎉", "You've got this! 💪", "Nice work sticking with it! 🙌",
                "Let me know if you want to try another one!", "Easy once you see the pattern. 😄"]
CHATTY_TRANS = ["First,", "Next,", "Now", "Then", "After that,", "Finally,"]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


LOWER_OK = ("You ", "That's ", "Your ", "The ", "She ", "He ", "Her ", "His ", "Their ", "They ", "That ", "This ", "It ",
            "Each ", "A ", "An ", "We ", "Its ", "Our ", "Adding ", "Dividing ", "Multiplying ",
            "Subtracting ", "In ", "To ", "For ", "After ", "Over ", "With ", "Together", "Both ",
            "Since ", "There ", "Now", "So ", "Then ", "First", "Next", "Using ", "Both ")


def lc_first(s):
    if s.startswith(LOWER_OK):
        return s[:1].lower() + s[1:]
    return s


def strip_bold(s):
    return s.replace("**", "")


# ---------------------------------------------------------------- builder

class Builder:
    """Collects solution lines in one style.  fault = dict(step, mode, wtext, wvalue)."""

    def __init__(self, style, rng, fault=None):
        self.st = style
        self.r = rng
        self.fault = fault
        self.lines = []
        self.para = False
        self.step = 0
        self.rec = []
        self.fault_line = None
        self._pending = False
        self.sec = 0
        self.ncalc = 0
        self.first_in_sec = True
        self._flt = False

    # ---- low level
    def _line(self, t):
        self.para = False
        self.lines.append(t)
        self._mark()

    def _blank(self):
        self.para = False
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def _sent(self, t):
        if self.para and self.lines:
            self.lines[-1] += " " + t
        else:
            self.lines.append(t)
            self.para = True
        self._mark()

    def _arm(self):
        if self._flt:
            self._pending = True
            self._flt = False

    def _mark(self):
        if self._pending:
            self.fault_line = len(self.lines) - 1
            self._pending = False

    def md(self, t):
        """Markdown text, bold removed for plain styles."""
        if self.st.name in ("terse", "gsm8k", "prose", "llama_steps"):
            return strip_bold(t)
        return t

    def ops(self, plain=False):
        if plain:
            return Ops(plus="+", minus="-", times="*", div="/")
        return self.st.ops

    def rexpr(self, e, ops=None):
        return render(e, self.st, ops or self.st.ops)

    def tex_unit(self, unit):
        if not unit:
            return ""
        if self.st.latex:
            return r"\text{ %s}" % unit
        return " " + unit

    # ---- results
    def _result(self, e, fmt, is_step):
        v = ev(e)
        sh = Shown(v, fmt, self.st)
        used = sh.value
        txt = sh.text()
        plain = sh.text(plain=True)
        draw = self.r.random()
        if is_step:
            self.step += 1
            self.rec.append(dict(step=self.step, exact=v, shown=sh, e=e, txt=txt, slip_ok=True))
            f = self.fault
            if f and f["step"] == self.step:
                txt = sh.text(core=f["wcore"], neg=f["wneg"])
                plain = sh.text(core=f["wcore"], neg=f["wneg"], plain=True)
                self._flt = True
                if f["mode"] == "carry":
                    used = sh.with_core(f["wcore"], f["wneg"])
        if sh.approx and (draw < self.st.p_approx or (sh.dp == 0 and sh.scale == 1)):
            sym = self.st.approx_sym
        else:
            sym = "="
        return txt, plain, sym, used, sh

    def dlead(self, label, sym=None):
        """Default sentence lead for a label (plural-aware)."""
        if sym:
            return ["that gives", "so", "then"][int(self.r.random() * 3)]
        if not label:
            return "this gives"
        w = label.split()
        PL = ("points", "goals", "credits", "hits", "at-bats", "bases", "wins", "kills", "pins", "hours",
              "games", "quality", "saves", "runs", "cars")
        plural = w[0] in PL or (w[0] in ("total", "additional", "combined") and len(w) > 1 and w[1] in PL)
        if "per" in w:
            plural = False
        if w[0].lower() == "goals":
            return cap(label) + ":"
        if w[0] == "each" or (label[:1].isupper() and not w[0].isupper()):
            return "%s is" % label
        return "the %s %s" % (label, "are" if plural else "is")

    # ---- public API
    def intro(self, t):
        n = self.st.name
        if n == "chatty":
            self._line(self.r.choice(CHATTY_OPEN))
            self._blank()
            self._line(t)
            self._blank()
        elif n in ("terse", "gsm8k"):
            self.r.random()
        else:
            self._line(self.md(t))
            self._blank()

    def section(self, title):
        n = self.st.name
        self.sec += 1
        self.first_in_sec = True
        if n == "gpt_md":
            self._blank()
            self._line("### Step %d: %s" % (self.sec, title))
            self._blank()
        elif n == "llama_steps":
            self._blank()
            self._line("## Step %d: %s" % (self.sec, title))
        elif n in ("bullets", "table"):
            self._blank()
            self._line("**%s**" % title)
        elif n in ("prose", "latex_inline", "chatty"):
            self._blank()
        elif n == "bold_labels":
            if self.sec > 1:
                self._blank()

    def say(self, t, keep=False):
        n = self.st.name
        if n in ("terse", "gsm8k") and not keep:
            return
        t = self.md(t)
        if (n == "chatty" and self.first_in_sec and self.sec >= 1 and ":" not in t[:25]
                and not t.startswith(tuple(x.rstrip(",") for x in CHATTY_TRANS))):
            tr = CHATTY_TRANS[min(self.sec - 1, len(CHATTY_TRANS) - 1)]
            if not tr.endswith(","):
                tr += ","
            t = tr + " " + lc_first(t)
        self.first_in_sec = False
        if n in ("prose", "llama_steps", "chatty"):
            self._sent(t)
        else:
            self._line(t)

    def calc(self, label, e, fmt="auto", unit="", lead=None, chain=False, sym=None,
             step=True, worded=False, note=False, rep=False):
        """One computation line.  label: noun phrase ('total of the scores')."""
        n = self.st.name
        self.ncalc += 1
        d1, d2, d3 = self.r.random(), self.r.random(), self.r.random()
        links = [e]
        if chain:
            s1 = simplify1(e)
            if s1 is not None:
                links.append(s1)
        R, plain, q, used, sh = self._result(e, fmt, step)
        U = unit
        if U and U.endswith("s") and sh.value == 1 and U not in ("inches",):
            U = U[:-1]
        if n == "gsm8k":
            ex = "=".join(self.rexpr(x) for x in links)
            ann = "=".join(render(x, self.st, Ops("+", "-", "*", "/")) for x in links)
            ann_txt = ann.replace("$", "") + "=" + plain + sh.suf
            body = ((sym + "=") if sym else "") + "%s%s<<%s>>%s%s" % (ex, "=" if q == "=" else "≈", ann_txt, R, (" " + U) if U else "")
            lead_t = lead or self.dlead(label, sym)
            self._arm()
            self._line(cap(lead_t) + " " + body + ".")
            self.first_in_sec = False
            return used
        wordy = (worded and n in ("prose", "chatty") and d3 < 0.35 and not chain
                 and isinstance(e, O) and len(e.a) == 2 and all(isinstance(x, N) for x in e.a)
                 and e.op in "+-*/")
        if wordy:
            wops = Ops(" plus ", " minus ", " times ", " divided by ")
            ex = self.rexpr(e, wops)
            verb = "is about" if (sh.approx and q != "=") else "is"
            core = "%s %s %s%s" % (ex, verb, R, (" " + U) if U else "")
            if label and n in ("prose", "chatty"):
                tail = [", so the %s is %s." % (label, R), ", which is the %s." % label,
                        " — that's the %s." % label][int(d2 * 3)]
                if tail.startswith(", so"):
                    core = "%s %s %s" % (ex, verb, R)
                    s = "%s%s%s" % (cap(core), tail[:-1] + ((" " + U) if U else ""), ".")
                else:
                    s = cap(core) + tail
                self._arm()
                self._sent(s)
                self.first_in_sec = False
                return used
        else:
            ex = (" = ").join(self.rexpr(x) for x in links)
            if rep and sh.approx and sh.scale == 1 and not sh.pre and d3 < 0.6 and n not in ("gsm8k",):
                v = sh.exact
                tr = digits(F(int(abs(v) * 10 ** (sh.dp + 2)), 10 ** (sh.dp + 2)), sh.dp + 2)
                dots = r"\ldots" if self.st.latex else ("…" if d2 < 0.3 else "...")
                if self.st.commas:
                    tr = commafy(tr, self.st.latex)
                ex = "%s = %s%s%s" % (ex, "-" if v < 0 else "", tr, dots)
                if q == "=":
                    q = self.st.approx_sym
            core = "%s %s %s" % (ex, q, R)
        symp = (sym + " = ") if sym else ""
        if n not in ("gpt_md", "latex_inline"):
            core = symp + core
        Ltxt = cap(label) if label else ""
        if n == "gpt_md":
            texU = self.tex_unit(U)
            eqs = symp + ("%s %s %s%s" % (ex, q, R, texU) if not wordy else core)
            if sym:
                pass
            elif label and d1 < 0.4:
                eqs = r"\text{%s} = %s" % (cap(label), eqs)
            elif label:
                self._line((cap(lead) + ("" if lead.endswith(":") else ":")) if lead else cap(self.dlead(label)) + ":")
                self._blank()
            self._arm()
            if self.st.display3:
                self.lines.append(r"\[")
                self._line(eqs)
                self.lines.append(r"\]")
            else:
                self._line(r"\[ " + eqs + r" \]")
            self._blank()
        elif n == "latex_inline":
            texU = self.tex_unit(U)
            eqs = symp + "%s %s %s" % (ex, q, R)
            lt = lead or self.dlead(label, sym)
            self._arm()
            if d1 < 0.5:
                self._line(r"%s \(%s\)%s." % (cap(lt), eqs, (" " + U) if U else ""))
            else:
                self._line(r"%s: \(%s%s\)" % (Ltxt or cap(lt), eqs, texU))
        elif n in ("bold_labels", "table"):
            self._arm()
            self._line("**%s:** %s%s" % (Ltxt, core, (" " + U) if (U and not wordy) else ""))
        elif n == "bullets":
            self._arm()
            self._line("- %s: %s%s" % (Ltxt, core, (" " + U) if (U and not wordy) else ""))
        elif n == "terse":
            self._arm()
            self._line(core + ((" " + U) if (U and d2 < 0.4) else ""))
        elif n == "prose":
            lt = lead or self.dlead(label, sym)
            if d2 < 0.5 or lead:
                s = "%s %s%s." % (cap(lt), core, (" " + U) if (U and not wordy) else "")
            else:
                s = "For the %s: %s%s." % (label, core, (" " + U) if (U and not wordy) else "")
            self._arm()
            self._sent(s)
            if d1 < 0.3:
                self._blank()
        elif n == "chatty":
            lt = lead or self.dlead(label, sym)
            if self.first_in_sec and self.sec >= 1 and ":" not in lt:
                tr = CHATTY_TRANS[min(self.sec - 1, len(CHATTY_TRANS) - 1)]
                lt = tr + " " + lc_first(lt)
            s = "%s %s%s." % (cap(lt), core, (" " + U) if (U and not wordy) else "")
            if d2 < 0.3:
                s += " " + ["Nice!", "Easy enough.", "So far so good.", "👍", "Got it."][int(d1 * 5)]
            self._arm()
            self._sent(s)
            if d1 < 0.5:
                self.para = False
        elif n == "llama_steps":
            lt = lead or self.dlead(label, sym)
            if d2 < 0.5 or "$" in core or "%" in core or wordy:
                s = "%s %s%s." % (cap(lt), core, (" " + U) if U else "")
            else:
                s = "%s $%s$%s." % (cap(lt) if cap(lt).endswith(":") else cap(lt) + ":", core, (" " + U) if U else "")
            self._arm()
            self._sent(s)
        else:
            raise ValueError(n)
        self.first_in_sec = False
        return used

    def eq(self, lhs, rhs, lead=None):
        """An algebra line (contains a variable; not a checked computation)."""
        n = self.st.name
        t = "%s = %s" % (self.rexpr(lhs) if not isinstance(lhs, str) else lhs,
                         self.rexpr(rhs) if not isinstance(rhs, str) else rhs)
        if n == "gpt_md":
            if lead:
                self._line(lead)
                self._blank()
            self._line(r"\[ " + t + r" \]")
            self._blank()
        elif n == "latex_inline":
            self._line((lead + " " if lead else "") + r"\(" + t + r"\)")
        elif n in ("prose", "chatty", "llama_steps"):
            self._sent((lead + " " if lead else "") + t + ".")
        elif n == "bullets":
            self._line("- " + (lead + " " if lead else "") + t)
        elif n == "gsm8k":
            self._line((lead + " " if lead else "") + t.replace(" ", ""))
        else:
            self._line((self.md(lead) + " " if lead else "") + t)

    def note(self, text_before, e, fmt="auto", text_after=""):
        """A side computation (never a fault site), e.g. the naive average."""
        n = self.st.name
        if n in ("terse", "gsm8k"):
            self.r.random()
            return
        R, plain, q, used, sh = self._result(e, fmt, False)
        ex = self.rexpr(e)
        if self.st.latex:
            t = r"%s \(%s %s %s\)%s" % (text_before, ex, q, R, text_after)
        else:
            t = "%s %s %s %s%s" % (text_before, ex, q, R, text_after)
        if n in ("prose", "chatty", "llama_steps"):
            self._sent(self.md(t))
        else:
            self._line(self.md(t))

    def check(self, e, expected, fmt="auto", chain=True, unit=""):
        """Verification line; skipped when (in a carry run) it would not confirm."""
        n = self.st.name
        v = ev(e)
        if v != F(expected):
            return
        if n == "gsm8k":
            return
        links = [e]
        if chain:
            s1 = simplify1(e)
            if s1 is not None:
                links.append(s1)
        R, plain, q, used, sh = self._result(e, fmt, False)
        ex = " = ".join(self.rexpr(x) for x in links)
        core = "%s %s %s%s" % (ex, q, R, (" " + unit) if unit else "")
        w = self.st.check_word
        if n == "gpt_md":
            self._line(r"**%s:** \( %s %s %s \) ✓" % (w, ex, q, R))
        elif n == "latex_inline":
            self._line(r"%s: \(%s %s %s\) ✓" % (w, ex, q, R))
        elif n in ("bold_labels", "table"):
            self._line("**%s:** %s ✓" % (w, core))
        elif n == "bullets":
            self._line("- %s: %s ✓" % (w, core))
        elif n == "terse":
            self._line("check: " + core)
        elif n == "prose":
            self._blank()
            self._line("As a check, %s, which matches." % core)
        elif n == "chatty":
            self._blank()
            self._line("Quick sanity check: %s ✅" % core)
        elif n == "llama_steps":
            self._blank()
            self._line("To verify: %s, which is correct." % core)

    # ---- tables (table style) or equivalent calc lines
    def _cell_result(self, e, fmt, slip_ok=True):
        self.r.random(); self.r.random(); self.r.random()
        R, _, _, used, _ = self._result(e, fmt, True)
        self.rec[-1]["slip_ok"] = slip_ok
        f = self._flt
        self._flt = False
        return R, used, f

    def _row(self, cells, flt):
        if flt:
            self._pending = True
        self._line("| " + " | ".join(cells) + " |")

    def tex(self, s):
        return s if self.st.latex else None

    def n(self, v, fmt="auto"):
        return Shown(v, fmt, self.st).text()

    def cell(self, v, fmt):
        return Shown(v, fmt, self.st).text()

    def sum_table(self, label, headers, rows, fmt="auto", unit="", total_label="Total", lead=None):
        """rows: list of (row label, value).  Returns the total."""
        e = S(*[N(v, fmt) for _, v in rows])
        if self.st.name != "table":
            return self.calc(label, e, fmt, unit, lead=lead)
        R, used, f = self._cell_result(e, fmt)
        self._blank()
        self._row(headers, False)
        self._line("|---|---|")
        for lab, v in rows:
            self._row([lab, self.cell(v, fmt)], False)
        self._row(["**%s**" % total_label, "**%s**" % R], f)
        self._blank()
        return used

    def prod_table(self, headers, rows, pfmt="auto", afmt="auto", bfmt="auto",
                   sum_a=True, sum_b=False, row_lead=None, sum_label="total",
                   a_label="total", unit_p="", unit_a="", formula=None, order_ab=True):
        """headers = (label col, A, B, P-name); rows: (label, a, b); P = A × B.
        Returns (products, total_p, total_a, total_b)."""
        n = self.st.name
        prods = []
        if n != "table":
            for lab, a, b in rows:
                e = M(N(a, afmt), N(b, bfmt)) if order_ab else M(N(b, bfmt), N(a, afmt))
                lt = row_lead(lab) if row_lead else "%s:" % lab
                prods.append(self.calc(lab, e, pfmt, unit_p, lead=lt))
            tp = self.calc(sum_label, S(*[N(p, pfmt) for p in prods]), pfmt, unit_p)
            ta = tb = None
            if sum_a:
                ta = self.calc(a_label, S(*[N(a, afmt) for _, a, _ in rows]), afmt, unit_a)
            return prods, tp, ta, tb
        hdr = list(headers[:3]) + [formula or ("%s × %s" % (headers[1], headers[2]))]
        body = []
        for lab, a, b in rows:
            R, used, f = self._cell_result(M(N(a, afmt), N(b, bfmt)), pfmt, slip_ok=False)
            prods.append(used)
            body.append(([lab, self.cell(a, afmt), self.cell(b, bfmt), R], f))
        ta = tb = None
        cells = ["**Total**", "", "", ""]
        tf = False
        if sum_a:
            Ra, ta, f = self._cell_result(S(*[N(a, afmt) for _, a, _ in rows]), afmt)
            tf = tf or f
            cells[1] = "**%s**" % Ra
        if sum_b:
            Rb, _, _, tb, _ = self._result(S(*[N(b, bfmt) for _, _, b in rows]), bfmt, False)
            cells[2] = "**%s**" % Rb
        Rp, tp, f = self._cell_result(S(*[N(p, pfmt) for p in prods]), pfmt)
        tf = tf or f
        cells[3] = "**%s**" % Rp
        self._blank()
        self._row(hdr, False)
        self._line("|---|---|---|---|")
        for c, f in body:
            self._row(c, f)
        self._row(cells, tf)
        self._blank()
        return prods, tp, ta, tb

    def run_table(self, headers, rows, fmt="auto", unit="", row_label=None):
        """Running totals. headers = (label, value, 'Running total'). Returns list of totals."""
        n = self.st.name
        tots = []
        if n != "table":
            cur = rows[0][1]
            tots.append(cur)
            if n not in ("terse", "gsm8k"):
                self.say("%s: %s." % (cap(rows[0][0]), Shown(cur, fmt, self.st).text() + ((" " + unit) if unit else "")))
            for lab, v in rows[1:]:
                lt = row_label(lab) if row_label else lab
                cur = self.calc(lt, S(N(cur, fmt), N(v, fmt)), fmt, unit,
                                lead=("after %s, the running total is" % lab.lower()) if n in ("prose", "chatty", "llama_steps", "gsm8k", "latex_inline") else None)
                tots.append(cur)
            return tots
        body = []
        cur = rows[0][1]
        tots.append(cur)
        body.append(([rows[0][0], self.cell(rows[0][1], fmt), self.cell(cur, fmt)], False))
        for ri, (lab, v) in enumerate(rows[1:]):
            R, cur, f = self._cell_result(S(N(cur, fmt), N(v, fmt)), fmt, slip_ok=(ri == len(rows) - 2))
            tots.append(cur)
            body.append(([lab, self.cell(v, fmt), R], f))
        self._blank()
        self._row(headers, False)
        self._line("|---|---|---|")
        for c, f in body:
            self._row(c, f)
        self._blank()
        return tots

    def cols_table(self, headers, rows, fmts, labels, units=None, total_label="Total"):
        """Several numeric columns, each summed in a total row.  Returns list of totals."""
        n = self.st.name
        k = len(headers) - 1
        units = units or [""] * k
        if n != "table":
            tots = []
            for j in range(k):
                tots.append(self.calc(labels[j], S(*[N(r[1][j], fmts[j]) for r in rows]), fmts[j], units[j]))
            return tots
        tots, cells, tf = [], [], False
        for j in range(k):
            R, t, f = self._cell_result(S(*[N(r[1][j], fmts[j]) for r in rows]), fmts[j])
            tf = tf or f
            tots.append(t)
            cells.append("**%s**" % R)
        self._blank()
        self._row(headers, False)
        self._line("|" + "|".join(["---"] * len(headers)) + "|")
        for lab, vals in rows:
            self._row([lab] + [self.cell(v, f) for v, f in zip(vals, fmts)], False)
        self._row(["**%s**" % total_label] + cells, tf)
        self._blank()
        return tots

    def ratio_table(self, headers, rows, afmt, bfmt, rfmt, formula, row_lead=None, unit=""):
        """headers = (label, A, B, name); rows (label, a, b); R = A ÷ B per row."""
        n = self.st.name
        out = []
        if n != "table":
            for lab, a, b in rows:
                lt = row_lead(lab) if row_lead else "%s:" % lab
                out.append(self.calc(lab, D(N(a, afmt), N(b, bfmt)), rfmt, unit, lead=lt))
            return out
        hdr = list(headers[:3]) + [formula]
        body = []
        for lab, a, b in rows:
            R, u, f = self._cell_result(D(N(a, afmt), N(b, bfmt)), rfmt)
            out.append(u)
            body.append(([lab, self.cell(a, afmt), self.cell(b, bfmt), R], f))
        self._blank()
        self._row(hdr, False)
        self._line("|---|---|---|---|")
        for c, f in body:
            self._row(c, f)
        self._blank()
        return out

    def final(self, v, fmt, sentence, final_plain=None):
        n = self.st.name
        sh = Shown(v, fmt, self.st)
        a = sh.text()
        fin = final_plain(sh) if final_plain else sh.text(plain=True)
        if fmt in ("money", "usd") and fin.endswith(".00"):
            fin = fin[:-3]
        sent = sentence.replace("{a}", a)
        if n == "gpt_md":
            self._blank()
            self._line("**Final Answer:** " + sent)
            self._blank()
            self._line(r"\[ \boxed{%s} \]" % fin)
        elif n == "latex_inline":
            self._blank()
            self._line(sent + r" \(\boxed{%s}\)" % fin)
        elif n in ("bold_labels", "table"):
            self._blank()
            self._line("**Answer:** " + sent)
        elif n == "bullets":
            self._blank()
            self._line("So, " + lc_first(sent))
        elif n == "prose":
            self._blank()
            self._line(strip_bold(sent))
        elif n == "chatty":
            self._blank()
            self._line("So " + lc_first(sent) + " " + self.r.choice(CHATTY_CLOSE))
        elif n == "llama_steps":
            self._blank()
            self._line("The final answer is: $\\boxed{%s}$" % fin)
        elif n == "terse":
            self.r.random()
        elif n == "gsm8k":
            self.r.random()
        self._blank()
        self.lines.append("#### " + fin)
        return fin

    def text(self):
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines)
