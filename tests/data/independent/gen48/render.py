"""Turn builder items into solution text in one of twelve styles."""
from core import (Q, N, Op, Raw, Rem, Clk, render, is_numeric, numval, uname, final_str,
                  dec_str, frac_str, term_dec, F, STYLE_BY_NAME, UNITS)

MARK = "\x00"

ORD = ["First", "Next", "Then", "After that", "Now", "Finally"]


def note_text(note, st, latex_wrap=False):
    if note is None:
        return ""
    kind, big, small, f = note
    plain = STYLE_BY_NAME["md_steps"] if st.unit in ("abbr", "latex") else st
    a = render(Q((1, big)), plain)
    b = render(Q((f, small)), plain)
    return {"since": "since %s = %s", "using": "using %s = %s", "bare": "%s = %s"}[kind] % (a, b)


def is_qlike(t):
    return isinstance(t, (Q, Clk))


def chain(terms, st, arrows=False):
    out = ""
    prev = None
    for t in terms:
        if isinstance(t, Raw):
            out += render(t, st)
            prev = None
            continue
        s = render(t, st)
        if prev is not None:
            if arrows and is_qlike(prev) and (is_qlike(t) or isinstance(t, Op)):
                out += " → "
            else:
                out += " = "
        out += s
        prev = t
    return out


def gsm_chain(terms, st):
    # find last numeric Op directly followed by its result
    idx = None
    for i in range(len(terms) - 1):
        t, r = terms[i], terms[i + 1]
        if isinstance(t, Op) and is_numeric(t) and (isinstance(r, N) or (isinstance(r, Q) and len(r.parts) == 1 and r.form is None)):
            idx = i
    if idx is None:
        return chain(terms, st)
    head = chain(terms[:idx], st) if idx > 0 else ""
    calc = render(terms[idx], st, gsm=True)
    res = terms[idx + 1]
    rv = res.v if isinstance(res, N) else res.parts[0][0]
    if not term_dec(rv):
        return chain(terms, st)
    rs = dec_str(rv)
    tail = render(res, st)
    s = (head + " = " if head else "") + "%s=<<%s=%s>>%s" % (calc, calc, rs, tail)
    rest = terms[idx + 2:]
    if rest:
        s += chain([Raw("")] + rest, st) if isinstance(rest[0], Raw) else " = " + chain(rest, st)
    return s


def fmt_lead(lead, largs, st, wrap=False):
    if not lead:
        return ""
    args = []
    for a in largs:
        s = render(a, st)
        if st.latex:
            s = "\\(" + s + "\\)"
        args.append(s)
    return lead.format(*args)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


class Renderer:
    def __init__(self, st, rng):
        self.st, self.rng = st, rng
        self.lines = []
        self.secn = 0
        self.para = []

    # helpers -----------------------------------------------------------
    def emit(self, s):
        self.lines.append(s)

    def flush(self):
        if self.para:
            self.lines.append(" ".join(self.para))
            self.lines.append("")
            self.para = []

    def eqtext(self, it):
        st, nm = self.st, self.st.name
        terms = it["terms"]
        if nm == "gsm8k":
            body = gsm_chain(terms, st)
        elif nm == "arrows":
            body = chain(terms, st, arrows=True)
        elif nm == "prose" and len(terms) == 2 and isinstance(terms[0], Op) and is_numeric(terms[0]) \
                and len(terms[0].args) == 2 and self.rng.random() < 0.45:
            a, b = terms[0].args
            w = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}[terms[0].sym]
            if isinstance(a, N) and isinstance(b, N):
                body = "%s %s %s is %s" % (render(a, st), w, render(b, st), render(terms[1], st))
            else:
                body = chain(terms, st)
        else:
            body = chain(terms, st)
        if st.latex:
            body = "\\(" + body + "\\)"
        return body

    def note(self, it, paren=True):
        if not it.get("note"):
            return ""
        s = note_text(it["note"], self.st)
        if self.st.latex:
            # note written in plain text after the math
            pass
        return (" (" + s + ")") if paren else s

    # items --------------------------------------------------------------
    def sec(self, it):
        st, nm, title = self.st, self.st.name, it["title"]
        self.secn += 1
        n = self.secn
        if nm == "md_steps":
            self.emit("### Step %d: %s" % (n, cap(title)))
        elif nm == "bold_steps":
            self.emit("**Step %d: %s.**" % (n, cap(title)))
        elif nm == "prose":
            self.flush()
            tr = ORD[min(n - 1, len(ORD) - 2)]
            self.para.append("%s, %s." % (tr, title) if n > 1 or self.rng.random() < 0.5 else "%s." % cap(title))
        elif nm == "latex_inline":
            self.emit("**%d. %s**" % (n, cap(title)))
        elif nm == "latex_display":
            self.emit("%s:" % cap(title))
        elif nm == "table":
            self.emit("**%s**" % cap(title))
        elif nm == "terse":
            if self.rng.random() < 0.4:
                self.emit("%s:" % cap(title))
        elif nm == "tutor":
            self.emit("**Step %d – %s.**" % (n, cap(title)))
        elif nm == "column":
            self.emit("Step %d - %s" % (n, cap(title)))
        elif nm == "gsm8k":
            pass
        elif nm == "arrows":
            self.emit("▸ %s" % cap(title))
        elif nm == "numbered":
            self.emit("%d. **%s**" % (n, cap(title)))

    def say(self, it):
        st, nm = self.st, self.st.name
        txt = fmt_lead(it["fmt"], it["args"], st)
        if nm == "terse":
            return
        if nm == "prose":
            self.para.append(txt)
        elif nm in ("numbered", "column"):
            self.emit("   " + txt)
        else:
            self.emit(txt)

    def eq(self, it, bullet=None):
        st, nm = self.st, self.st.name
        lead = fmt_lead(it["lead"], it["largs"], st)
        body = self.eqtext(it)
        note = self.note(it)
        m = MARK if it["mark"] else ""
        if nm == "prose":
            s = (cap(lead) + ": " if lead else "") + body + note + "."
            self.para.append(m + s)
            return
        if nm == "gsm8k":
            s = (cap(lead) + ": " if lead else "") + body + note + "."
            self.emit(m + s)
            return
        if nm == "latex_display":
            inner = chain(it["terms"], st)
            s = ("%s:\n" % cap(lead) if lead else "") + m + "\\[ " + inner + " \\]" + (note if note else "")
            self.emit(s)
            return
        if nm == "terse":
            s = body + ("  (" + note_text(it["note"], st, True).replace("since ", "") + ")" if it.get("note") else "")
            self.emit(m + s)
            return
        if nm == "table":
            s = ("**%s:** " % cap(lead) if lead else "") + body + note
            self.emit(m + s)
            return
        pre = {"md_steps": "- ", "bold_steps": "", "latex_inline": "- ", "tutor": "- ",
               "column": "   ", "arrows": "• ", "numbered": "   - "}.get(nm, "")
        if bullet is not None:
            pre = bullet
        s = pre + (cap(lead) + ": " if lead else "") + body + note
        self.emit(m + s)

    def group(self, it):
        st, nm = self.st, self.st.name
        rows = it["rows"]
        if it["title"]:
            self.sec({"title": it["title"]})
        if nm == "table":
            cols = it["cols"]
            self.emit("")
            self.emit("| " + " | ".join(cols) + " |")
            self.emit("|" + "|".join(["---"] * len(cols)) + "|")
            for r in rows:
                lead = fmt_lead(r["lead"], r["largs"], st) or "—"
                t = r["terms"]
                given = render(t[0], st)
                work = chain(t[1:], st) if len(t) > 1 else given
                m = MARK if r["mark"] else ""
                self.emit(m + "| %s | %s | %s |" % (cap(lead), given, work))
            self.emit("")
            notes = [r for r in rows if r.get("note")]
            if notes:
                self.emit("(%s)" % cap(note_text(notes[0]["note"], st)))
            return
        if nm == "latex_display" and len(rows) > 1:
            notes = [r for r in rows if r.get("note")]
            if notes:
                self.emit("Using %s:" % note_text(notes[0]["note"], st).replace("since ", ""))
            self.emit("\\[")
            self.emit("\\begin{aligned}")
            for i, r in enumerate(rows):
                inner = chain(r["terms"], st).replace(" = ", " &= ", 1)
                end = " \\\\" if i < len(rows) - 1 else ""
                self.emit((MARK if r["mark"] else "") + inner + end)
            self.emit("\\end{aligned}")
            self.emit("\\]")
            return
        for r in rows:
            self.eq(r)

    def vert(self, it):
        if self.st.name != "column":
            return
        st = self.st
        top = render(it["top"], st)
        others = [render(o, st) for o in it["others"]]
        res = render(it["res"], st)
        w = max(len(top), max(len(o) for o in others), len(res)) + 2
        self.emit("```")
        self.emit(top.rjust(w))
        for o in others:
            self.emit(it["op"] + o.rjust(w - 1))
        self.emit("-" * w)
        self.emit(res.rjust(w))
        self.emit("```")

    def check(self, it):
        st, nm = self.st, self.st.name
        if nm in ("terse", "gsm8k", "latex_display", "table", "column"):
            return
        if nm == "md_steps" and self.rng.random() < 0.5:
            return
        body = self.eqtext({"terms": it["terms"]})
        lead = fmt_lead(it["lead"], [], st)
        if nm == "prose":
            self.flush()
            self.para.append("As a check, %s, which matches." % body)
            return
        if nm == "tutor":
            self.emit("")
            self.emit("Let's double-check: %s ✓" % body)
            return
        self.emit("")
        self.emit("%s: %s ✓" % (lead, body))

    def final(self, it):
        st, nm = self.st, self.st.name
        v, unit, phrase = it["v"], it["unit"], it["phrase"]
        fs = final_str(v)
        if unit:
            ans = render(Q((v, unit)), st)
        else:
            ans = "%s %s" % (render(N(v), st), phrase)
        if st.latex:
            ans_t = "\\(" + ans + "\\)"
        else:
            ans_t = ans
        self.flush()
        if nm == "md_steps":
            self.emit("")
            self.emit("**Answer: %s**" % ans_t)
        elif nm == "bold_steps":
            self.emit("")
            self.emit("**Final answer:** %s" % ans_t)
        elif nm == "prose":
            self.lines.append(self.rng.choice(["So the answer is %s.", "The answer is %s.", "That gives %s in all."]) % ans)
        elif nm == "latex_inline":
            self.emit("")
            self.emit("**Answer:** %s" % ans_t)
        elif nm == "latex_display":
            self.emit("")
            self.emit("\\[ \\boxed{%s} \\]" % render(N(v), st))
        elif nm == "table":
            self.emit("")
            self.emit("**Answer: %s**" % ans)
        elif nm == "terse":
            self.emit("Answer: %s" % ans)
        elif nm == "tutor":
            self.emit("")
            self.emit(self.rng.choice(["Great job — the answer is **%s**!", "So there we go: **%s**. 🎉", "And that's it — **%s**."]) % ans)
        elif nm == "column":
            self.emit("")
            self.emit("Answer: %s" % ans)
        elif nm == "gsm8k":
            pass
        elif nm == "arrows":
            self.emit("")
            self.emit("⇒ **%s**" % ans)
        elif nm == "numbered":
            self.emit("")
            self.emit("**Final answer: %s**" % ans)
        self.emit("#### " + fs)

    def run(self, items, opener=None):
        nm = self.st.name
        if opener:
            self.emit(opener)
            self.emit("")
        for it in items:
            t = it["t"]
            if t in ("sec",) and nm not in ("prose", "gsm8k", "terse"):
                if self.lines and self.lines[-1] != "":
                    self.emit("")
            getattr(self, t)(it)
        self.flush()
        # tidy blank lines
        out = []
        for ln in "\n".join(self.lines).split("\n"):
            if ln == "" and (not out or out[-1] == ""):
                continue
            out.append(ln)
        while out and out[-1] == "":
            out.pop()
        return "\n".join(out)


OPENERS = {
    "tutor": ["Let's work through this step by step!", "Great question — let's break it down.",
              "Sure! Let's take this one piece at a time."],
    "md_steps": ["", "Let's solve this step by step."],
    "bold_steps": ["", "Here's how to solve it."],
    "latex_inline": ["", "We work in the smaller unit throughout."],
    "arrows": [""],
    "numbered": ["", "Plan: convert, compute, convert back if needed."],
}


def render_solution(items, style_name, rng):
    st = STYLE_BY_NAME[style_name]
    r = Renderer(st, rng)
    op = ""
    if style_name in OPENERS:
        op = rng.choice(OPENERS[style_name])
    text = r.run(items, opener=op or None)
    return text
