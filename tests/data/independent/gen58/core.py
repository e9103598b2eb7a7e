"""Core machinery: exact numbers, a tiny math-template language, a fault tape,
and the style-aware solution builder.  Standard library only."""
import re
from fractions import Fraction as Fr

SENT = "\x00"  # marks the faulty written result; removed after rendering


class NonExact(Exception):
    """A value that cannot be written as a short terminating decimal."""


class Val:
    """A value: v is what later steps use, w is what was written."""
    __slots__ = ("v", "w", "bad", "unit")

    def __init__(self, v, unit=None, w=None, bad=False):
        self.v = Fr(v)
        self.w = self.v if w is None else Fr(w)
        self.bad = bad
        self.unit = unit


def money(v):
    return Val(v, "$")


def deg(v):
    return Val(v, "°")


# ---------------------------------------------------------------- numbers
def dec_str(a):
    """Non-negative Fraction -> decimal string (terminating, <= 4 places)."""
    if a.denominator == 1:
        return str(a.numerator)
    for k in range(1, 5):
        t = a * 10 ** k
        if t.denominator == 1:
            s = str(t.numerator).rjust(k + 1, "0")
            return s[:-k] + "." + s[-k:]
    raise NonExact(str(a))


def group(ip, sep):
    out = ""
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    return ip + out


def canon(v):
    """Canonical final-answer string."""
    v = Fr(v)
    s = dec_str(abs(v))
    return ("-" if v < 0 else "") + s


def fmt_num(v, unit, st, latex, bare=False, text=False):
    v = Fr(v)
    neg = v < 0
    a = -v if neg else v
    s = dec_str(a)
    ip, _, fp = s.partition(".")
    if unit == "$" and fp and len(fp) == 1:
        fp += "0"
    if st.sep and len(ip) > 3:
        ip = group(ip, st.lsep if (latex and not text) else ",")
    elif not st.sep and len(ip) > 3 and text:
        ip = group(ip, ",")
    s = ip + ("." + fp if fp else "")
    if unit == "$" and not bare:
        if fp == "" and st.money00:
            s += ".00"
        if st.money_sym or text:
            s = ("\\$" if (latex and (not text or st.name == "llama_steps")) else "$") + s
    if unit == "°" and not bare:
        s += "^\\circ" if (latex and not text) else "°"
    if neg:
        s = ("-" if latex else st.minus) + s
    return s


# ---------------------------------------------------------------- templates
TOKRE = re.compile(r"(\s*)(?:\{(\w+)\}|(\d+(?:\.\d+)?)|([A-Za-z]+)|(//|[-+*/()=]|✓))")


def tokenize(tpl, vals):
    toks = []
    pos = 0
    tpl = tpl.rstrip()
    while pos < len(tpl):
        m = TOKRE.match(tpl, pos)
        if not m or m.end() == pos:
            raise ValueError("bad template %r at %d" % (tpl, pos))
        glued = m.group(1) == ""
        if m.group(2):
            x = vals[m.group(2)]
            if isinstance(x, str):
                toks.append(["v", x, glued])
            elif isinstance(x, Val):
                toks.append(["n", x.v, x.unit, glued])
            else:
                toks.append(["n", Fr(x), None, glued])
        elif m.group(3):
            toks.append(["n", Fr(m.group(3)), None, glued])
        elif m.group(4):
            toks.append(["v", m.group(4), glued])
        else:
            toks.append(["o", m.group(5), glued])
        pos = m.end()
    # merge coefficient + variable ("{a}{v}" or "3x")
    out = []
    for t in toks:
        if t[0] == "v" and t[2] and out and out[-1][0] == "n":
            n = out.pop()
            out.append(["v", t[1], None, n[1], n[2]])  # coefficient form
        else:
            out.append(t)
    # fractions a//b
    res = []
    i = 0
    while i < len(out):
        t = out[i]
        if t[0] == "o" and t[1] == "//":
            a = res.pop()
            b = out[i + 1]
            res.append(["f", a, b])
            i += 2
            continue
        res.append(t)
        i += 1
    return res


def has_var(toks):
    for t in toks:
        if t[0] == "v":
            return True
        if t[0] == "f" and (t[1][0] == "v" or t[2][0] == "v"):
            return True
    return False


class _P:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while True:
            p = self.peek()
            if p and p[0] == "o" and p[1] in "+-":
                self.i += 1
                r = self.term()
                v = v + r if p[1] == "+" else v - r
            else:
                return v

    def term(self):
        v = self.unary()
        while True:
            p = self.peek()
            if p and p[0] == "o" and p[1] in "*/":
                self.i += 1
                r = self.unary()
                v = v * r if p[1] == "*" else v / r
            elif p and p[0] == "o" and p[1] == "(":
                v = v * self.unary()
            else:
                return v

    def unary(self):
        p = self.peek()
        if p and p[0] == "o" and p[1] == "-":
            self.i += 1
            return -self.unary()
        return self.atom()

    def atom(self):
        p = self.peek()
        self.i += 1
        if p[0] == "n":
            return p[1]
        if p[0] == "f":
            return _atomval(p[1]) / _atomval(p[2])
        if p[0] == "o" and p[1] == "(":
            v = self.expr()
            assert self.peek()[1] == ")"
            self.i += 1
            return v
        raise ValueError("cannot evaluate %r" % (p,))


def _atomval(t):
    if t[0] != "n":
        raise ValueError("var in fraction")
    return t[1]


def evaluate(toks):
    p = _P(toks)
    v = p.expr()
    assert p.i == len(toks), toks
    return v


def opinfo(toks):
    if len(toks) == 3 and toks[0][0] == "n" and toks[2][0] == "n" and toks[1][0] == "o":
        return (toks[0][1], toks[1][1], toks[2][1])
    if len(toks) == 1 and toks[0][0] == "f" and toks[0][1][0] == "n" and toks[0][2][0] == "n":
        return (toks[0][1][1], "/", toks[0][2][1])
    return None


def _bare(t):
    return t[:2] + [None] + t[3:] if t[0] == "n" else t


def render(toks, st, latex, force_bare=False):
    bare = force_bare or has_var(toks)
    out = []
    prev = None
    for t in toks:
        k = t[0]
        if k == "n":
            ns = fmt_num(t[1], t[2], st, latex, bare=bare)
            if t[1] < 0 and prev is not None and prev[0] == "o" and prev[1] in "+-*/":
                ns = "(" + ns + ")"
            out.append(ns)
        elif k == "v":
            if len(t) > 3:
                c = t[3]
                if c == 1:
                    cs = ""
                elif c == -1:
                    cs = "-" if latex else st.minus
                else:
                    cs = fmt_num(c, t[4], st, latex, bare=True)
                out.append(cs + t[1])
            else:
                out.append(t[1])
        elif k == "f":
            if latex and st.frac:
                a = render([_bare(t[1])], st, latex)
                b = render([_bare(t[2])], st, latex)
            else:
                a = render([t[1]], st, latex, bare)
                b = render([t[2]], st, latex, bare)
            if latex and st.frac:
                out.append("\\frac{%s}{%s}" % (a, b))
            else:
                out.append(a + st.fracsym + b)
        else:
            o = t[1]
            unary = o == "-" and (prev is None or (prev[0] == "o" and prev[1] not in ")"))
            if o == "(":
                out.append("(")
            elif o == ")":
                out.append(")")
            elif o == "=":
                out.append(" = ")
            elif o == "✓":
                out.append(" \\checkmark" if latex else " ✓")
            elif unary:
                out.append("-" if latex else st.minus)
            else:
                sym = {"+": "+", "-": ("-" if latex else st.minus),
                       "*": st.ltimes if latex else st.times,
                       "/": st.ldiv if latex else st.div}[o]
                out.append(" %s " % sym)
        prev = t
    return "".join(out)


# ---------------------------------------------------------------- faults
KINDS = ["off_by_one", "off_by_ten", "transpose", "drop_digit", "double_digit",
         "wrong_op", "sign", "decimal"]


def _digits_edit(v, unit, kind, rng):
    a = abs(v)
    s = dec_str(a)
    if unit == "$" and "." in s and len(s.split(".")[1]) == 1:
        s += "0"
    ip, _, fp = s.partition(".")
    cands = []
    if kind == "transpose":
        full = ip + fp
        for i in range(len(full) - 1):
            if full[i] != full[i + 1]:
                nf = full[:i] + full[i + 1] + full[i] + full[i + 2:]
                nip, nfp = nf[:len(ip)], nf[len(ip):]
                if len(nip) > 1 and nip[0] == "0":
                    continue
                cands.append(nip + ("." + nfp if fp else ""))
    elif kind == "drop_digit":
        if len(ip) >= 2:
            for i in range(len(ip)):
                nip = ip[:i] + ip[i + 1:]
                if nip[0] == "0" and len(nip) > 1:
                    continue
                cands.append(nip + ("." + fp if fp else ""))
    elif kind == "double_digit":
        if len(ip) <= 3:
            for i in range(len(ip)):
                nip = ip[:i + 1] + ip[i] + ip[i + 1:]
                cands.append(nip + ("." + fp if fp else ""))
    out = []
    for c in cands:
        w = Fr(c) * (-1 if v < 0 else 1)
        if w != v and w not in out:
            out.append(w)
    return rng.choice(out) if out else None


def corrupt(v, unit, op, kind, rng):
    """Return a realistic wrong value for v, or None if kind does not apply."""
    if kind == "off_by_one":
        if v.denominator != 1 and unit != "$":
            return None
        d = rng.choice([1, -1]) if abs(v) > 2 else 1
        return v + d
    if kind == "off_by_ten":
        if abs(v) < 12:
            return None
        return v + rng.choice([10, -10])
    if kind in ("transpose", "drop_digit", "double_digit"):
        return _digits_edit(v, unit, kind, rng)
    if kind == "wrong_op":
        if not op:
            return None
        a, o, b = op
        alts = {"+": ["-", "*"], "-": ["+"], "*": ["+"], "/": ["*", "-"]}[o]
        res = []
        for o2 in alts:
            w = {"+": a + b, "-": a - b, "*": a * b, "/": a * b}[o2] if o2 != "/" else a / b
            if o2 == "-" and w < 0:
                continue
            if w != v and abs(w) < 100000 and abs(w) <= 12 * abs(v) + 20:
                res.append(w)
        return rng.choice(res) if res else None
    if kind == "sign":
        if v < 0:
            return -v
        if op and op[1] == "-" and op[0] < op[2]:
            return -v
        return None
    if kind == "decimal":
        if v.denominator != 1:
            return v * rng.choice([10, Fr(1, 10)])
        if v % 10 == 0 and v != 0:
            return v / 10
        return None
    raise KeyError(kind)


class Tape:
    def __init__(self, fault=None):
        self.fault = fault  # dict(step, mode, kind, rng) or None
        self.n = 0
        self.log = []
        self.hit = None

    def calc(self, exact, faultable, op, unit):
        self.n += 1
        idx = self.n
        self.log.append(dict(step=idx, value=exact, faultable=faultable, op=op, unit=unit))
        f = self.fault
        if f and f["step"] == idx:
            assert faultable
            wrong = corrupt(exact, unit, op, f["kind"], f["rng"])
            if wrong is None or wrong == exact:
                raise NonExact("fault kind not applicable")
            dec_str(abs(wrong))
            self.hit = dict(step=idx, right=exact, wrong=wrong, unit=unit)
            if f["mode"] == "carry":
                return Val(wrong, unit, wrong, True)
            return Val(exact, unit, wrong, True)
        return Val(exact, unit)


# ---------------------------------------------------------------- styles
class Style:
    def __init__(self, name, **kw):
        self.name = name
        d = dict(latex=False, inl=("", ""), times="×", div="÷", ltimes="\\times", ldiv="\\div",
                 frac=True, fracsym="/", minus="-", sep=True, lsep=",", money_sym=True,
                 money00=False, worded=False, para=False)
        d.update(kw)
        self.__dict__.update(d)


STYLES = [
    Style("md_latex", latex=True, inl=("\\( ", " \\)")),
    Style("claude_bold", times="×", div="÷", fracsym=" ÷ "),
    Style("llama_steps", latex=True, inl=("$", "$"), frac=False, fracsym=" / ", para=True),
    Style("qwen_aligned", latex=True, inl=("\\(", "\\)"), lsep="{,}", ltimes="\\cdot"),
    Style("terse", times="*", div="/", fracsym="/", sep=False),
    Style("tutor", times="×", div="÷", fracsym=" ÷ ", minus="−", worded=True, money00=True),
    Style("gemma_bullets", times="*", div="/", fracsym=" / "),
    Style("prose", times="×", div="/", fracsym="/", worded=True, para=True),
    Style("numbered", times="·", div="÷", fracsym=" ÷ ", minus="−"),
    Style("table", times="×", div="÷", fracsym=" ÷ "),
]
STYLE_BY_NAME = {s.name: s for s in STYLES}

GERUND = {"Subtract": "Subtracting", "Add": "Adding", "Divide": "Dividing", "Multiply": "Multiplying",
          "Combine": "Combining", "Expand": "Expanding", "Distribute": "Distributing",
          "Simplify": "Simplifying", "Substitute": "Substituting", "Move": "Moving",
          "Collect": "Collecting", "Plug": "Plugging", "Solve": "Solving"}

COMP = re.compile(r"\[\[([!?#]*)(\w+)([$°]?):(.*?)\]\]")
PH = re.compile(r"\{(\w+)\}")

TITLES = {
    "define": ["Define the variable", "Choose a variable", "Define the variable", "Assign a variable"],
    "find": ["Find the remaining values", "Find the other value", "Use the value we found", "Answer the question"],
    "equation": ["Set up the equation", "Write the equation", "Form an equation", "Translate into an equation"],
    "system": ["Set up the system of equations", "Write two equations", "Set up the equations"],
    "solve": ["Solve for {v}", "Solve the equation", "Isolate {v}"],
    "check": ["Check the answer", "Verify the solution", "Check"],
}


class Builder:
    def __init__(self, st, rng, tape):
        self.st = st
        self.rng = rng
        self.tape = tape
        self.vals = {}
        self.lines = []
        self.buf = []
        self.sec = 0
        self.prefix = None
        self.indent = ""
        self.main_var = "x"

    # ------------------------------------------------------------ helpers
    def pick(self, xs):
        return xs[self.rng.randrange(len(xs))]

    def set(self, **kw):
        self.vals.update(kw)

    def v(self, name):
        x = self.vals[name]
        return x.v if isinstance(x, Val) else Fr(x)

    def _num_text(self, x):
        if isinstance(x, str):
            return x
        if isinstance(x, Val):
            if getattr(self, "bare_text", False):
                return fmt_num(x.v, x.unit, self.st, self.st.latex, bare=True, text=True)
            return fmt_num(x.v, x.unit, self.st, self.st.latex, text=True)
        return fmt_num(Fr(x), None, self.st, self.st.latex, text=True)

    def _comp(self, m, latex, whole, bare=False):
        flags, name, unit, body = m.group(1), m.group(2), m.group(3) or None, m.group(4)
        parts = body.split("~")
        toks = tokenize(parts[0], self.vals)
        exact = evaluate(toks)
        chain = None
        if len(parts) > 1:
            chain = tokenize(parts[1], self.vals)
            assert evaluate(chain) == exact, (body, evaluate(chain), exact)
        if unit is None:
            units = [t[2] for t in toks if t[0] == "n" and t[2]]
            if units and all(u == "$" for u in units) and opinfo(toks) and opinfo(toks)[1] in "+-":
                unit = "$"
        explicit = "#" not in flags
        if "?" in flags:
            explicit = self.rng.random() < self.st_explicit()
        faultable = explicit and "!" not in flags
        if unit == "$":
            # money products: only if some operand is money
            pass
        val = self.tape.calc(exact, faultable, opinfo(toks), unit)
        self.vals[name] = val
        res = fmt_num(val.w, unit, self.st, latex, bare=bare) + (SENT if val.bad else "")
        if not explicit:
            return res
        if whole and getattr(self, "allow_words", False) and self.st.worded and chain is None and opinfo(toks) and self.rng.random() < 0.3:
            a, o, b = opinfo(toks)
            units = [t[2] for t in toks if t[0] == "n"]
            if o == "/" and toks[0][0] == "f":
                units = [toks[0][1][2], toks[0][2][2]]
            fa = fmt_num(a, units[0], self.st, latex, bare=bare)
            fb = fmt_num(b, units[1] if len(units) > 1 else None, self.st, latex, bare=bare)
            word = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}[o]
            verb = self.pick(["is", "equals", "is", "gives"]) if o != "*" else self.pick(["is", "equals"])
            if verb == "gives":
                verb = "is"
            return "%s %s %s %s %s" % (fa, word, fb, verb, res)
        s = render(toks, self.st, latex, bare)
        if chain is not None:
            s += " = " + render(chain, self.st, latex, bare)
        return s + " = " + res

    def st_explicit(self):
        return {"terse": 0.85, "prose": 0.5, "llama_steps": 0.6, "tutor": 0.7}.get(self.st.name, 0.75)

    def math(self, tpl, latex=None):
        """Render a math template (may contain [[...]] computations)."""
        if latex is None:
            latex = self.st.latex
        out = []
        pos = 0
        whole = tpl.strip().startswith("[[") and tpl.strip().endswith("]]") and tpl.count("[[") == 1
        lits = COMP.sub(" ", tpl)
        bare = False
        if lits.strip().strip("=+-*/ "):
            bare = has_var(tokenize(lits.replace("=", " ").strip(), self.vals))
        bare = bare or getattr(self, "force_bare", False)
        for m in COMP.finditer(tpl):
            lit = tpl[pos:m.start()]
            out.append(self._lit(lit, latex, bare))
            out.append(self._comp(m, latex, whole, bare))
            pos = m.end()
        out.append(self._lit(tpl[pos:], latex, bare))
        return "".join(out)

    def _lit(self, lit, latex, bare=False):
        if not lit.strip():
            return lit
        lead = lit[:len(lit) - len(lit.lstrip())]
        trail = lit[len(lit.rstrip()):]
        core = lit.strip()
        # allow a dangling operator or '=' at the edges
        s = render(tokenize(core, self.vals), self.st, latex, bare)
        if core[0] in "=+-*/" and s.startswith(" "):
            s = s[1:]
        if core[-1] in "=+-*/" and s.endswith(" "):
            s = s[:-1]
        return lead + s + trail

    def inline(self, tpl):
        a, b = self.st.inl
        return a + self.math(tpl) + b

    def text(self, s):
        """Text with `math` segments and {placeholders}."""
        parts = s.split("`")
        out = []
        for i, p in enumerate(parts):
            if i % 2 == 1:
                prev = "".join(out).rstrip()
                self.allow_words = prev == "" or prev.endswith(":")
                out.append(self.inline(p))
                self.allow_words = False
            else:
                out.append(PH.sub(lambda m: self._num_text(self.vals[m.group(1)]), p))
        return "".join(out)

    @staticmethod
    def cap(r):
        r = re.sub(r"^(the|a|an|in|then|so)\b", lambda m: m.group(1).capitalize(), r)
        r = re.sub(r"(\. )(the|a|an|in|then|so)\b", lambda m: m.group(1) + m.group(2).capitalize(), r)
        return r

    # ------------------------------------------------------------ output
    def put(self, s, kind="text"):
        st = self.st.name
        if self.st.para and kind == "text":
            if self.prefix:
                s = self._apply_prefix(s)
            if s and s[-1] not in ".!?:":
                s += "."
            self.buf.append(s)
            return
        self.flush()
        if kind == "blank":
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            return
        if self.prefix is not None:
            s = self._apply_prefix(s)
        elif st == "gemma_bullets" and kind == "text" and self.sec > 0:
            s = "* " + s
        elif st in ("numbered", "qwen_aligned") and self.sec > 0:
            s = self.indent + s
        self.lines.append(s)

    def _apply_prefix(self, s):
        p = self.prefix
        self.prefix = None
        if p.endswith(", ") or p == "Now ":
            if s[:1].isupper() and s[1:2] not in ("", " ") and s.split()[0] in (
                    "Let", "The", "Then", "So", "Subtract", "Add", "Divide", "Multiply", "Combine", "Expand",
                    "Distribute", "Their", "Adding", "Together", "Using", "In", "From", "Setting", "Number",
                    "Counting", "Supplementary", "Complementary", "Call", "Work", "Convert", "Substituting",
                    "This", "All", "Starting", "Its", "Sign-up", "Shoes", "After", "Distance", "Multiplying"):
                s = s[0].lower() + s[1:]
        return p + s

    def flush(self):
        if self.buf:
            self.lines.append(" ".join(self.buf))
            self.buf = []

    def blank(self):
        self.put("", "blank")

    def para(self):
        """Paragraph break for paragraph styles."""
        if self.st.para:
            self.flush()
            if self.lines and self.lines[-1] != "":
                self.lines.append("")

    # ------------------------------------------------------------ blocks
    def intro(self):
        st = self.st.name
        opts = {
            "md_latex": ["Let's solve this step by step.", "To solve this problem, we can set up an equation.",
                         "We can solve this using algebra."],
            "claude_bold": ["I'll set up an equation to solve this.", "Let me work through this step by step.", None],
            "llama_steps": [None],
            "qwen_aligned": ["To solve this problem, we define a variable and set up an equation.",
                             "Let's solve the problem step by step."],
            "terse": [None],
            "tutor": ["Great question! Let's work through it together.",
                      "Sure! Let's break this down step by step.", "Let's figure this out together!"],
            "gemma_bullets": ["Here's how to solve this problem:", "Here's how to solve it:",
                              "Let's break this problem down:"],
            "prose": [None, None, "Let's use algebra."],
            "numbered": ["Here's the solution:", None, "Solution:"],
            "table": [None],
        }[st]
        s = self.pick(opts)
        if s:
            if self.st.para:
                self.buf.append(s)
                if st == "llama_steps":
                    self.flush()
            else:
                self.put(s)
                self.blank()

    def given(self, rows):
        """rows: list of (label, text-with-placeholders)."""
        st = self.st.name
        if st == "table":
            self.lines.append(self.pick(["Let's organize the information first.", "First, let's list what we know."]))
            self.lines.append("")
            self.lines.append("| Quantity | Value |")
            self.lines.append("|---|---|")
            for lab, val in rows:
                self.lines.append("| %s | %s |" % (lab, self.text(val)))
            self.lines.append("")
        elif st == "gemma_bullets" and self.rng.random() < 0.5:
            self.lines.append("**Given:**")
            for lab, val in rows:
                self.lines.append("* %s: %s" % (lab, self.text(val)))
            self.lines.append("")

    def head(self, key, title=None):
        st = self.st.name
        self.sec += 1
        if title is None:
            title = self.pick(TITLES[key]).replace("{v}", self.main_var)
        if st == "md_latex":
            self.flush()
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append("### Step %d: %s" % (self.sec, self._latex_title(title)))
        elif st == "llama_steps":
            self.flush()
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append("## Step %d: %s" % (self.sec, title.replace(" " + self.main_var, " $%s$" % self.main_var) if title.endswith(" " + self.main_var) else title))
        elif st == "qwen_aligned":
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append("%d. **%s:**" % (self.sec, title))
            self.indent = "   "
        elif st == "gemma_bullets":
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append("**%d. %s:**" % (self.sec, title))
        elif st == "claude_bold":
            if key in ("define", "equation", "system", "solve", "check") or self.rng.random() < 0.5:
                if self.lines and self.lines[-1] != "":
                    self.lines.append("")
                self.lines.append("**%s**" % title)
        elif st == "numbered":
            self.prefix = "%d. " % self.sec
            self.indent = "   "
        elif st == "tutor":
            if self.lines and self.lines[-1] != "" and self.sec > 1:
                self.lines.append("")
            self.prefix = {"define": self.pick(["First, ", "To start, "]),
                           "equation": self.pick(["Now ", "Next, "]),
                           "system": self.pick(["Now ", "Next, "]),
                           "solve": self.pick(["Time to solve! ", "Now let's solve. ", "Next, "]),
                           "find": self.pick(["Almost done! ", "Now for the rest. ", ""]),
                           "check": ""}.get(key, "")
            if not self.prefix:
                self.prefix = None
        elif st == "prose":
            if key in ("solve", "check") or self.rng.random() < 0.4:
                self.para()
        elif st == "table":
            if key in ("solve",):
                if self.lines and self.lines[-1] != "":
                    self.lines.append("")
                self.lines.append("**Solve:**")
        elif st == "terse":
            pass

    def _latex_title(self, t):
        if t.endswith(" " + self.main_var):
            return t[: -len(self.main_var)] + "\\( %s \\)" % self.main_var
        return t

    def line(self, s, terse=None):
        if self.st.name == "terse" and terse is not None:
            if terse == "":
                return
            s = terse
        self.put(self.cap(self.text(s)))

    def eq(self, tpl, lead):
        """Display an equation introduced by a lead clause."""
        st = self.st.name
        lead_t = self.cap(self.text(lead))
        if st in ("md_latex", "qwen_aligned"):
            self.put(lead_t + ":")
            self.put("\\[", "math")
            self.put(self.math(tpl), "math")
            self.put("\\]", "math")
        elif st == "llama_steps":
            self.put(lead_t + self.pick([", so the equation is ", ", which gives us the equation ", ": "]) +
                     self.inline(tpl) + ".")
        elif st == "prose":
            self.put(lead_t + self.pick([", so ", ", which gives the equation ", ": "]) + self.math(tpl) + ".")
        elif st == "terse":
            self.put(self.math(tpl))
        elif st in ("claude_bold", "table", "tutor"):
            if self.rng.random() < 0.5:
                self.put(lead_t + ":")
                self.put(self.math(tpl), "math")
            else:
                self.put(lead_t + ": " + self.math(tpl))
        else:  # gemma, numbered
            self.put(lead_t + ": " + self.math(tpl))

    def eqs(self, tpls, lead):
        """Display a system of equations."""
        st = self.st.name
        lead_t = self.text(lead)
        if st in ("md_latex", "qwen_aligned"):
            self.put(lead_t + ":")
            for i, t in enumerate(tpls):
                self.put("\\[", "math")
                self.put(self.math(t), "math")
                self.put("\\]", "math")
        elif st in ("llama_steps", "prose"):
            ms = [self.inline(t) if st == "llama_steps" else self.math(t) for t in tpls]
            self.put(lead_t + ": " + ms[0] + " and " + ms[1] + ".")
        elif st == "terse":
            for i, t in enumerate(tpls):
                self.put(self.math(t))
        else:
            self.put(lead_t + ":")
            labfmt = self.pick(["(%d) ", "Equation %d: ", "(%d) "])
            for i, t in enumerate(tpls):
                lab = labfmt % (i + 1) if st != "gemma_bullets" else ""
                self.put(lab + self.math(t), "math" if st != "gemma_bullets" else "text")

    def alg(self, steps, lead=None):
        """Algebra steps: list of (action, math_tpl)."""
        st = self.st.name
        if st == "qwen_aligned" and len(steps) >= 2 and not any("[[" in a for a, _ in steps) \
                and self.rng.random() < 0.7:
            if lead:
                self.put(self.text(lead) + ":")
            else:
                self.bare_text = True
                acts = [self.text(a) for a, _ in steps]
                self.bare_text = False
                acts = [acts[0]] + [a[0].lower() + a[1:] for a in acts[1:]]
                if len(acts) > 2:
                    self.put(", ".join(acts[:-1]) + ", then " + acts[-1] + ":")
                else:
                    self.put(acts[0] + self.pick([", then ", " and "]) + acts[1] + ":")
            self.put("\\[", "math")
            self.put("\\begin{aligned}", "math")
            rows = [self.math(m) for _, m in steps]
            for i, r in enumerate(rows):
                r = r.replace(" = ", " &= ", 1)
                self.put(r + (" \\\\" if i < len(rows) - 1 else ""), "math")
            self.put("\\end{aligned}", "math")
            self.put("\\]", "math")
            return
        if lead and st not in ("terse",):
            self.put(self.text(lead) + ("." if st in ("prose", "llama_steps") else ":"))
        for act, m in steps:
            self.bare_text = True
            a = self.text(act)
            self.bare_text = False
            if st in ("md_latex", "qwen_aligned"):
                self.put(a + ":")
                self.put("\\[", "math")
                self.put(self.math(m), "math")
                self.put("\\]", "math")
            elif st == "llama_steps":
                self.put(self._sentence(a, self.inline(m)))
            elif st == "prose":
                self.put(self._sentence(a, self.math(m)))
            elif st == "terse":
                self.put(self.math(m))
            elif st == "tutor":
                self.put(a + ": " + self.math(m))
            else:
                self.put(a + ": " + self.math(m))

    def _sentence(self, act, m):
        w = act.split(" ", 1)
        if w[0] in GERUND and self.rng.random() < 0.6:
            g = GERUND[w[0]] + (" " + w[1] if len(w) > 1 else "")
            return g + self.pick([" gives ", " gives us ", ", we get "]) + m + "."
        return act + self.pick([", which gives ", ": ", ", so "]) + m + "."

    def check(self, items, lead=None):
        """items: list of (expr_tpl, target, chain_or_None). Skipped if it would fail (carry rows)."""
        for e, target, chain in items:
            val = evaluate(tokenize(e, self.vals))
            if val != Fr(target.v if isinstance(target, Val) else target):
                return
        st = self.st.name
        parts = []
        for e, target, chain in items:
            body = e + ("~" + chain if chain else "")
            u = target.unit if isinstance(target, Val) and target.unit else ""
            self.force_bare = "}(" in e and u == "$"
            self.allow_words = True
            parts.append(self.math("[[!_chk%s:%s]]" % (u, body)))
            self.allow_words = False
            self.force_bare = False
        latex = self.st.latex
        mark = " \\checkmark" if latex else " ✓"
        if st == "table":
            self.flush()
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append("| Check | Result |")
            self.lines.append("|---|---|")
            for p in parts:
                self.lines.append("| %s | ✓ |" % p)
            return
        lead_t = self.text(lead) if lead else self.pick(["Check", "Check", "Verify", "Checking"])
        if st == "md_latex":
            self.put(lead_t + ":")
            self.put("\\[", "math")
            for p in parts:
                self.put(p + mark, "math") if len(parts) == 1 else None
            if len(parts) > 1:
                self.put(" \\quad ".join(p + mark for p in parts), "math")
            self.put("\\]", "math")
        elif st == "qwen_aligned":
            self.put(lead_t + ": " + ", ".join("\\(" + p + mark + "\\)" for p in parts))
        elif st == "llama_steps":
            self.put(lead_t + ": " + " and ".join("$" + p + "$" for p in parts) + ". " +
                     self.pick(["This is correct.", "The solution checks out.", "It works."]))
        elif st == "prose":
            self.put(self.pick(["As a check, ", "To check: ", "Checking, "]) + " and ".join(parts) + ".")
        elif st == "tutor":
            self.put("Let's double-check: " + ", and ".join(p + " ✓" for p in parts) + " " +
                     self.pick(["Perfect!", "It works!", "That matches!"]))
        elif st == "terse":
            for p in parts:
                self.put("Check: " + p + " ✓")
        else:
            if len(parts) == 1:
                self.put(lead_t + ": " + parts[0] + " ✓")
            else:
                self.put(lead_t + ":")
                for p in parts:
                    self.put(("- " if st != "gemma_bullets" else "") + p + " ✓")

    def answer(self, sentence, name):
        st = self.st.name
        fv = self.vals[name]
        fin = canon(fv.v if isinstance(fv, Val) else fv)
        self.flush()
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
        self.indent = ""
        self.prefix = None
        ftxt = self._num_text(fv)
        s = sentence.replace("{ANS}", "@@ANS@@")
        s = self.text(s)
        if st == "md_latex":
            self.lines.append("**Answer:** " + s.replace("@@ANS@@", "**" + ftxt + "**"))
        elif st == "llama_steps":
            self.lines.append(s.replace("@@ANS@@", ftxt))
            self.lines.append("")
            self.lines.append("The final answer is: $\\boxed{%s}$" % fin)
        elif st == "qwen_aligned":
            self.lines.append(s.replace("@@ANS@@", "\\(\\boxed{%s}\\)" % fin))
        elif st == "claude_bold":
            self.lines.append("**" + s.replace("@@ANS@@", ftxt) + "**")
        elif st == "terse":
            self.lines.pop()
            self.lines.append("Answer: " + ftxt)
        elif st == "tutor":
            s = s.replace("@@ANS@@", ftxt)
            if s[:1].isupper() and s[1:2].islower() and not s.startswith(("I ", "Each")) and s.split()[0] in ("The", "There", "It", "One", "An", "Your", "After", "They", "She", "He", "A"):
                s = s[0].lower() + s[1:]
            self.lines.append(self.pick(["So, ", "And there you have it: ", "So "]) + s + self.pick(["", " 🎉", " 😊"]))
        elif st == "gemma_bullets":
            self.lines.append("**Answer:** " + s.replace("@@ANS@@", ftxt))
        elif st == "prose":
            self.lines[-1:] = [] if self.rng.random() < 0.5 else [""]
            if self.lines and self.lines[-1] != "":
                self.lines[-1] += " " + s.replace("@@ANS@@", ftxt)
            else:
                self.lines.append(s.replace("@@ANS@@", ftxt))
        elif st == "numbered":
            self.lines.append("Answer: " + s.replace("@@ANS@@", ftxt))
        else:
            self.lines.append("**Answer: " + s.replace("@@ANS@@", ftxt) + "**")
        self.lines.append("")
        self.lines.append("#### " + fin)
        return fin

    def finish(self):
        self.flush()
        return "\n".join(self.lines)
