"""Rendering of recorded steps into solution text in several writing styles."""
from fractions import Fraction as F

MINUS = "\u2212"


from numfmt import plain, needed_dec


def _plain(v, dec, sep, minus, latex=False):
    return plain(v, dec, sep=sep, minus=minus, latex=latex)


class Fmt:
    def __init__(self, style, rng):
        self.style = style
        self.rng = rng
        self.latex = style.startswith("latex")
        self.sep = style != "terse"
        self.minus = "-" if style in ("terse", "numbered") or self.latex else MINUS
        self.pp = rng.choice([" percentage points", " percentage points", " points", " pp"])
        self.pct_as_dec = rng.random() < 0.35
        self.frac_latex = rng.random() < 0.6
        if style == "heading":
            self.ops = {"+": "+", "-": MINUS, "*": "\u00d7", "/": "\u00f7"}
        elif style == "bold":
            self.ops = {"+": "+", "-": MINUS, "*": rng.choice(["\u00d7", "\u00b7"]), "/": rng.choice(["\u00f7", "/"])}
        elif style == "bullets":
            self.ops = {"+": "+", "-": MINUS, "*": "\u00d7", "/": "/"}
        elif style == "terse":
            self.ops = {"+": "+", "-": "-", "*": "*", "/": "/"}
        elif style == "numbered":
            self.ops = {"+": "+", "-": "-", "*": "x", "/": "/"}
        elif self.latex:
            self.ops = {"+": "+", "-": "-", "*": "\\times", "/": "\\div"}
        elif style == "verbal":
            self.ops = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}
        else:
            self.ops = {"+": "+", "-": MINUS, "*": "\u00d7", "/": "\u00f7"}

    def num(self, q, operand=True):
        if q.unit == "frac":
            if self.latex:
                return "\\frac{%d}{%d}" % (q.num, q.den)
            return "%d/%d" % (q.num, q.den)
        s = _plain(q.v, q.dec, self.sep, self.minus, self.latex)
        if q.unit == "pct":
            s += "\\%" if self.latex else "%"
        elif q.unit == "deg":
            s += "^\\circ" if self.latex else "\u00b0"
        return s

    def expr(self, toks):
        out = []
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if isinstance(t, str):
                if t == "of":
                    prev = toks[i - 1]
                    if self.latex:
                        out.append("\\text{ of }" if (prev.unit == "pct" and not self.pct_as_dec) else self.ops["*"])
                    elif self.style == "verbal" or (prev.unit == "pct" and not self.pct_as_dec) or \
                            (prev.unit == "frac" and not self.latex and self.style != "terse"):
                        out.append("of")
                    else:
                        out.append(self.ops["*"])
                elif t in self.ops:
                    out.append(self.ops[t])
                else:
                    out.append(t)
                i += 1
                continue
            # latex fraction a / b
            if self.latex and self.frac_latex and i + 2 < n and toks[i + 1] == "/" and not isinstance(toks[i + 2], str) \
                    and t.unit != "frac" and toks[i + 2].unit != "frac":
                out.append("\\frac{%s}{%s}" % (self.num(t), self.num(toks[i + 2])))
                i += 3
                continue
            s = self.num(t)
            if t.unit == "pct" and self.pct_as_dec and i + 1 < n and toks[i + 1] == "of" and self.style != "verbal":
                d = t.v / 100
                s = _plain(d, needed_dec(d), False, self.minus)
            if t.v < 0 and i > 0:
                s = ("\\left(%s\\right)" if self.latex else "(%s)") % s
            out.append(s)
            i += 1
        return " ".join(out)

    def result(self, q, word=""):
        s = self.num(q, operand=False)
        if q.unit == "pp":
            suf = self.pp
            if abs(q.v) == 1 and suf.endswith("points"):
                suf = suf[:-1]
            return s, suf
        if word and abs(q.v) == 1:
            word = {"people": "person"}.get(word, word[:-1] if word.endswith("s") else word)
        return s, (" " + word if word else "")

    def eq(self, e):
        if self.latex:
            return "\\approx" if e != "=" else "="
        if self.style == "verbal":
            return "is approximately" if e != "=" else self.rng.choice(["equals", "="])
        return e

    def calc(self, st):
        r, suf = self.result(st.result, st.word)
        return "%s %s %s" % (self.expr(st.toks), self.eq(st.eq), r), suf

    def final(self, q, word=""):
        s = _plain(q.v, q.dec, True, MINUS if not self.latex else "-")
        if q.unit == "pct":
            s += "%"
        elif q.unit == "deg":
            s += "\u00b0"
        elif q.unit == "pp":
            s += self.pp if abs(q.v) != 1 else self.pp.rstrip("s")
        return s


def cap(s):
    return s[0].upper() + s[1:]


INTROS = {
    "heading": ["## Solution", "### Setting up", "## Step-by-step solution"],
    "bold": ["Let's organize the numbers and work through them.", "Here's the calculation, step by step.",
             "**Approach:** compute each quantity in turn."],
    "bullets": ["Breaking it into steps:", "Here's the work:", "Steps:"],
    "prose": ["To answer this, I'll work through the numbers one at a time.",
              "Let's work this out carefully.", "We can solve this in a few short steps."],
    "latex_inline": ["We compute step by step.", "Let's set up the calculation.", "Working it through:"],
    "latex_display": ["We proceed step by step.", "Let's compute each quantity.", "**Solution.**"],
    "table": ["Here's the calculation laid out in a table:", "Let's organize the work in a table.",
              "Step-by-step work:"],
    "terse": ["", "Given values as stated.", "Work:"],
    "tutor": ["Great question! Let's break it down together.", "Sure! This is a nice one to reason through.",
              "Happy to help! Let's take it one piece at a time."],
    "verbal": ["Let's talk through the arithmetic.", "I'll write each step out in words.",
               "Here's the reasoning in plain language."],
    "numbered": ["Let's solve it step by step:", "Steps:", "Here is the solution:"],
}

CONNECT = ["First", "Next", "Then", "After that", "Now", "Finally"]
TUTOR_SAY = ["Nice, that's one number we need.", "Good, that part is sorted.", "So far so good.",
             "Keep that number handy.", "That's one piece done.", "Easy enough!"]
PROSE_PAT = ["{conn}, {tlabel}: {calc}{suf}{note}.",
             "{conn}, we find {tlabel}. {ccalc}{suf}{note}.",
             "{Tlabel} comes out to {calc}{suf}{note}.",
             "{conn} I compute {tlabel}: {calc}{suf}{note}.",
             "{conn}, for {tlabel} we get {calc}{suf}{note}."]


def art(label):
    if label[0].isupper() or label.startswith("the ") or "'s " in label:
        return label
    return "the " + label


def render(style, steps, fin, concl, problem, rng):
    f = Fmt(style, rng)
    lines = []
    spans_line = []
    body = []
    intro = rng.choice(INTROS[style])
    if intro:
        lines.append(intro)
        lines.append("")
    if style == "table":
        lines.append("| Step | Quantity | Calculation |")
        lines.append("|---:|---|---|")
    ns = len(steps)
    for k, st in enumerate(steps):
        calc, suf = f.calc(st)
        note = (" (%s)" % st.note) if st.note and rng.random() < 0.6 else ""
        start = len(lines)
        label = st.label
        for pre in getattr(st, "pre", []):
            if style == "table":
                lines.append("| | Note | %s |" % pre)
            elif style == "bullets":
                lines.append("- " + pre)
            else:
                lines.append(pre)
        if style == "heading":
            lines.append("### Step %d: %s" % (k + 1, cap(label)))
            lines.append("")
            lines.append(calc + suf + note)
            res = len(lines) - 1
        elif style == "bold":
            lines.append("**%s:** %s%s%s" % (cap(label), calc, suf, note))
            res = len(lines) - 1
        elif style == "bullets":
            lines.append("- %s: %s%s%s" % (cap(label), calc, suf, note))
            res = len(lines) - 1
        elif style == "prose":
            conn = CONNECT[min(k, 4)] if k < ns - 1 else "Finally"
            pat = rng.choice(PROSE_PAT)
            lines.append(pat.format(conn=conn, tlabel=art(label), Tlabel=cap(art(label)), calc=calc, ccalc=cap(calc), suf=suf, note=note))
            res = len(lines) - 1
        elif style == "latex_inline":
            lines.append("%s: \\( %s \\)%s%s" % (cap(label), calc, suf, note))
            res = len(lines) - 1
        elif style == "latex_display":
            lines.append("%s:" % cap(label) if rng.random() < 0.5 else "**%s**" % cap(label))
            lines.append("\\[")
            lines.append(calc + ("\\text{%s}" % suf if suf else ""))
            res = len(lines) - 1
            lines.append("\\]")
        elif style == "table":
            lines.append("| %d | %s | %s%s |" % (k + 1, cap(label), calc, suf))
            res = len(lines) - 1
        elif style == "terse":
            lines.append("%s = %s%s" % (st.var, calc, suf))
            res = len(lines) - 1
        elif style == "tutor":
            lines.append("Now let's find %s." % art(label) if k else "Let's start with %s." % art(label))
            lines.append("%s%s%s" % (calc, suf, note))
            res = len(lines) - 1
            if rng.random() < 0.5:
                lines.append(rng.choice(TUTOR_SAY).format(label=label))
        elif style == "verbal":
            lines.append("%s: %s%s%s." % (cap(label), calc, suf, note))
            res = len(lines) - 1
        else:  # numbered
            lines.append("%d. %s: %s%s%s" % (k + 1, cap(label), calc, suf, note))
            res = len(lines) - 1
        for a in st.after:
            if style == "table":
                lines.append("| | Note | %s |" % a)
            elif style == "bullets":
                lines.append("  - " + a)
            else:
                lines.append(a)
        spans_line.append(res)
        body.append((start, len(lines)))
        if style in ("heading", "latex_display", "tutor") and k < ns - 1:
            lines.append("")
    R = f.final(fin)
    lines.append("")
    c2 = concl.replace("{R}", R)
    if style == "heading":
        lines.append("### Answer")
        lines.append("")
        lines.append("**" + c2 + "**")
    elif style in ("bold", "latex_display"):
        lines.append("**Answer:** " + R)
    elif style == "terse":
        lines.append("Answer: " + R)
    elif style == "tutor":
        lines.append("So there you have it: " + c2[0].lower() + c2[1:] + " \U0001F389" if rng.random() < 0.3
                     else "So, " + c2[0].lower() + c2[1:])
    else:
        pre = rng.choice(["", "So ", "Therefore, ", "**Answer:** "])
        if pre in ("So ", "Therefore, ") and c2.split()[0] in ("The", "That", "Turnout"):
            c2 = c2[0].lower() + c2[1:]
        lines.append(pre + c2)
    lines.append("")
    lines.append("#### " + fin.text())
    text = "\n".join(lines)
    offs = []
    pos = 0
    for ln in lines:
        offs.append(pos)
        pos += len(ln) + 1
    spans = [(offs[i], offs[i] + len(lines[i])) for i in spans_line]
    return text, dict(spans=spans, lines=lines, body_lines=body, res_lines=spans_line)
