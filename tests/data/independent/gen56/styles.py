"""The ten style renderers."""
from render import Line, FW

DATES = ["03/14/2019", "11/02/2017", "06/21/2020", "01/09/2016", "09/30/2018", "04/05/2021", "12/12/2015"]
USERS = ["mathdad_77", "tutor_jen", "xXgeo_kidXx", "prof_halvorsen", "kumquat42", "MsRivera7", "dave.k",
         "numberwang", "the_real_ms_b", "sk8rboi2009"]


def cap(s):
    return s[:1].upper() + s[1:]


def wrap(text, width, r):
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def L(lead, body, step):
    return Line(lead + body, step, len(lead))


def safe_lab_eq(lab):
    """Label may be written as 'lab = expr' only if it does not end in a digit."""
    return not lab[-1:].isdigit()


class Ctx:
    def __init__(self, ren, r, q, steps, fin, fin_unit, name):
        self.ren, self.r, self.q, self.steps, self.fin, self.fin_unit, self.name = ren, r, q, steps, fin, fin_unit, name

    def F(self, unit=False):
        s = self.ren.num(self.fin.x, self.fin.k, fw_ok=False)
        if unit and self.fin.k != "$" and self.fin_unit:
            if self.fin_unit == "%":
                s += self.ren.D["pctsign"]
            else:
                s += self.ren.unit(self.fin_unit)
        return s

    def R(self, st):
        return self.ren.res(st, with_unit=True)


# --------------------------------------------------------------------------
def forum_reply(c):
    r, ren = c.r, c.ren
    out = []
    gt = r.choice(["> ", "&gt; ", ">"])
    if r.random() < 0.45:
        out.append(Line("Quote from: %s on %s" % (r.choice(USERS), r.choice(DATES))))
    qtext = c.q if r.random() < 0.6 else c.q.split("? ")[0]
    for ln in wrap(qtext, r.choice([60, 72, 80]), r):
        out.append(Line(gt + ln))
    out.append(Line(""))
    out.append(Line(r.choice(["ok so here's how i'd do it:", "Easy one, just go step by step.",
                              "You have to do it in parts.", "Not sure why people are overcomplicating this lol",
                              "Hi! I worked it out like this:"])))
    for st in c.steps:
        if st.kind == "check":
            out.append(L(r.choice(["check: ", "double check: ", "(check) "]), ren.eq(st), st.idx))
            continue
        t = r.randrange(4)
        if t == 0 or (t == 2 and not safe_lab_eq(st.lab)):
            out.append(L(cap(st.lab) + ": ", ren.eq(st), st.idx))
        elif t == 1:
            out.append(Line(ren.eq(st) + " (" + st.lab + ")", st.idx, 0))
        elif t == 2:
            out.append(L(st.lab + " = ", ren.eq(st), st.idx))
        else:
            out.append(L("then " + st.lab + ": ", ren.eq(st), st.idx))
    out.append(Line(r.choice(["so the answer is %s", "Answer: %s", "=> %s", "So it's %s."]) % c.F(True)))
    out.append(Line(""))
    sig = r.choice(["--", "__________________", "-- "])
    out.append(Line(sig))
    out.append(Line(r.choice([
        "%s | Posts: %s | Joined %s" % (r.choice(USERS), r.choice(["4,120", "312", "1,057", "88"]), r.choice(DATES)),
        "Hope this helps!! :)",
        "Last edited by %s; %s at 09:12 PM. Reason: typo" % (r.choice(USERS), r.choice(DATES)),
        "Edited 2 times. Last edit at %s by %s." % (r.choice(DATES), r.choice(USERS)),
        "\"Math is not about numbers, it's about understanding.\" - W. Thurston",
    ])))
    return out


def homework_site(c):
    r, ren = c.r, c.ren
    nb = r.choice(["&nbsp;", " ", "\u00a0"])
    out = [Line("Answer:"), Line(c.F(True)), Line(""), Line(r.choice(["Step-by-step explanation:", "Explanation:",
                                                                       "Step-by-step explanation:"]))]
    i = 0
    form = r.randrange(3)
    for st in c.steps:
        if st.kind == "check":
            out.append(L("Check:" + nb, ren.eq(st) + r.choice([" ✔", " (correct)", ""]), st.idx))
            continue
        i += 1
        if form == 0:
            out.append(Line("Step" + nb + str(i) + ": " + cap(st.lab)))
            out.append(Line(ren.eq(st), st.idx, 0))
        elif form == 1 and safe_lab_eq(st.lab):
            out.append(L(cap(st.lab) + nb + "= ", ren.eq(st), st.idx))
        else:
            out.append(Line(ren.eq(st) + nb + nb + r.choice(["&larr; ", "<- ", "← "]) + st.lab, st.idx, 0))
    out.append(Line(r.choice(["Therefore, the answer is %s.", "So the final answer is %s.", "Hence, %s."]) % c.F(True)))
    if r.random() < 0.6:
        out.append(Line(""))
        out.append(Line(r.choice(["heart outlined", "Thanks" + nb + str(r.randint(2, 90)),
                                  "star star star star star outlined"])))
        out.append(Line("%d.%d/5 (%d votes)" % (r.randint(3, 4), r.randint(0, 9), r.randint(2, 60))))
    return out


def mathjax_leftover(c):
    r, ren = c.r, c.ren
    out = [Line(r.choice(["Let's solve this step by step.", "We can break the problem into steps.",
                          "To solve this, we compute each quantity in turn:", "**Solution:**"]))]
    for st in c.steps:
        e = ren.eq(st)
        if st.kind == "check":
            out.append(L("Check: ", "\\(" + e + "\\) \\checkmark", st.idx))
            continue
        t = r.randrange(6)
        if t == 0:
            out.append(Line(r.choice(["First, find the %s:", "Now the %s:", "Next, calculate the %s:"]) % st.lab))
            out.append(Line("\\[ " + e + " \\]", st.idx, 0))
        elif t == 1:
            out.append(L("The %s is " % st.lab, "\\(" + e + "\\).", st.idx))
        elif t == 2:
            out.append(Line("$$" + e + "$$", st.idx, 0))
        elif t == 3:
            out.append(L(cap(st.lab) + ": ", "$" + e + "$", st.idx))
        elif t == 4:
            out.append(L(cap(st.lab) + ": ", "$" + e, st.idx))  # unclosed
        else:
            out.append(Line("\\[\\text{%s} = %s\\]" % (cap(st.lab).replace("'", "'"), e) if safe_lab_eq(st.lab)
                            else "\\[ " + e + " \\]", st.idx,
                            len("\\[\\text{%s} = " % cap(st.lab)) if safe_lab_eq(st.lab) else 0))
    fx = ren.num(c.fin.x, "", fw_ok=False)
    out.append(Line(r.choice(["The answer is $\\boxed{%s}$.", "\\[\\boxed{%s}\\]", "Final answer: \\boxed{%s}",
                              "**Answer:** \\(%s\\)"]) % fx))
    return out


def unicode_lookalike(c):
    r, ren = c.r, c.ren
    col = r.choice(["∶", "꞉", ":", "∶"])
    out = []
    if r.random() < 0.5:
        out.append(Line("Solution" + col))
    form = r.randrange(3)
    for st in c.steps:
        e = ren.eq(st)
        if st.kind == "check":
            out.append(L("Check" + col + " ", e + " ✓", st.idx))
            continue
        if form == 0:
            out.append(L(cap(st.lab) + col + " ", e, st.idx))
        elif form == 1:
            out.append(L("▸ " + cap(st.lab) + col + " ", e, st.idx))
        else:
            out.append(Line(e + "   ⟵ " + st.lab, st.idx, 0))
    fs = c.F(True)
    if r.random() < 0.5:
        fs = "".join(FW.get(ch, ch) for ch in fs)
    out.append(Line("Answer " + col + " " + fs))
    return out


def bullet_scrape(c):
    r, ren = c.r, c.ren
    b = r.choice(["•", "·", "-", "*", "•"])
    b2 = r.choice(["o", "◦", "o"])
    out = [Line(r.choice(["We need to work this out in a few steps, using the numbers given in the question.",
                          "Here is a worked solution. Each bullet is one step of the calculation.",
                          "Working it out one quantity at a time (see below)."]))]
    switch = r.randrange(len(c.steps) + 1) if r.random() < 0.3 else None
    for st in c.steps:
        if switch is not None and st.idx == switch:
            b = r.choice(["·", "-", "*", "•"])
        e = ren.eq(st)
        if st.kind == "check":
            out.append(L(b + " Check: ", e, st.idx))
            continue
        t = r.randrange(3)
        if t == 0:
            out.append(L(b + " " + cap(st.lab) + ": ", e, st.idx))
        elif t == 1:
            out.append(Line(b + " " + e + " → " + st.lab, st.idx, len(b) + 1))
        else:
            out.append(Line(b + " " + cap(st.lab)))
            out.append(Line("   " + b2 + " " + e, st.idx, 5))
    out.append(Line(r.choice(["Final answer: %s", b + " Answer: %s", "Answer = %s"]) % c.F(True)))
    return out


def table_copy(c):
    r, ren = c.r, c.ren
    pipes = r.random() < 0.6
    out = [Line(r.choice(["Here is the working laid out as a table:", "Working:", "Calculation table",
                          "Solution (copied from the worksheet):"]))]
    hdr = r.choice([("Step", "Work", "Result"), ("What", "Calculation", "Answer"), ("Item", "Math", "Value")])
    if pipes:
        out.append(Line("| %s | %s | %s |" % hdr))
        out.append(Line("|---|---|---|" if r.random() < 0.5 else "| --- | --- | --- |"))
    else:
        out.append(Line("\t".join(hdr)))
    checks = []
    for st in c.steps:
        if st.kind == "check":
            checks.append(st)
            continue
        if st.kind == "approx":
            work, res = ren.eq(st), ren.res(st)
        else:
            work, res = ren.expr(st.toks, nofrac=(st.kind == "rem")), ren.res(st)
        lab = cap(st.lab)
        if pipes:
            out.append(Line("| %s | %s | %s |" % (lab, work, res), st.idx, len(lab) + 4))
        else:
            out.append(Line("%s\t%s\t%s" % (lab, work, res), st.idx, len(lab) + 1))
    for st in checks:
        out.append(L("Check: ", ren.eq(st), st.idx))
    out.append(Line(r.choice(["Answer: %s", "Final answer: %s", "So the answer is %s."]) % c.F(True)))
    return out


def _enc(s, r):
    return s.replace("'", r.choice(["&#39;", "&amp;#39;", "&#x27;"])).replace("\"", "&quot;")


def double_encoded(c):
    r, ren = c.r, c.ren
    nb = r.choice(["&amp;nbsp;", "&nbsp;", "&#160;"])
    out = [Line(r.choice(["Solution:" + nb, "&lt;p&gt;Solution&lt;/p&gt;", "Answer &amp;amp; explanation:",
                          "Worked solution" + nb + "(verified)"]))]
    form = r.randrange(4)
    for st in c.steps:
        e = ren.eq(st)
        lab = _enc(st.lab, r)
        if st.kind == "check":
            out.append(L("Check:" + nb, e, st.idx))
            continue
        if form == 0:
            out.append(L(_enc(cap(st.lab), r) + ":" + nb, e, st.idx))
        elif form == 1:
            lead = "&lt;b&gt;" + _enc(cap(st.lab), r) + "&lt;/b&gt; "
            out.append(Line(lead + e + "&lt;br&gt;", st.idx, len(lead)))
        elif form == 2:
            out.append(Line(e + nb + "(" + lab + ")", st.idx, 0))
        else:
            out.append(L(_enc(cap(st.lab), r) + " &amp;rarr; ", e, st.idx))
    out.append(Line(r.choice(["So the answer is %s.&lt;br&gt;", "Answer:" + nb + "%s", "&lt;b&gt;Answer: %s&lt;/b&gt;"]) % c.F(True)))
    return out


VERBS = {"*": ["is", "equals", "gives us", "makes"], "/": ["is", "equals", "gives"],
         "-": ["is", "leaves", "equals"], "+": ["is", "makes", "equals", "comes to"], "%of": ["is", "equals", "comes to"]}


def worded(ren, st, r):
    tk = st.toks
    if st.kind in ("calc",) and len(tk) == 3 and tk[1] in VERBS and r.random() < 0.75:
        return ren.expr(tk, words=True) + " " + r.choice(VERBS[tk[1]]) + " " + ren.res(st, with_unit=True)
    return ren.eq(st)


def prose_nbsp(c):
    r, ren = c.r, c.ren
    out = [Line(r.choice(["Sure! Let's work through it together.", "Great question — let's break it down step by step.",
                          "Okay, so this one is about keeping track of a few quantities, so we go one piece at a time.",
                          "No problem, here's how you can think about it."]))]
    first = True
    for st in c.steps:
        if st.kind == "check":
            out.append(L(r.choice(["Just to double-check: ", "Let's verify: ", "Quick check: "]),
                         ren.eq(st) + r.choice([", which matches.", ". ✓", ", so it works out."]), st.idx))
            continue
        w = worded(ren, st, r)
        rs = ren.res(st, with_unit=True)
        t = r.randrange(4)
        if first:
            out.append(L("First, let's find the %s. " % st.lab, w + ".", st.idx))
        elif t == 0:
            out.append(L("Next, we need the %s: " % st.lab, w + ", so the %s is %s." % (st.lab, rs), st.idx))
        elif t == 1:
            out.append(L("To get the %s, we do " % st.lab, ren.eq(st) + ".", st.idx))
        elif t == 2:
            out.append(L("Now for the %s — " % st.lab, w + ".", st.idx))
        else:
            out.append(L("Then the %s works out as " % st.lab, ren.eq(st) + ".", st.idx))
        first = False
    out.append(Line(r.choice(["So, the answer is %s.", "That means the final answer is %s!", "Putting it all together, we get %s."])
                    % c.F(True)))
    if r.random() < 0.5:
        out.append(Line(r.choice(["I hope this helps! Let me know if you have any other questions.",
                                  "Hope that makes sense — feel free to ask if any step is unclear."])))
    return out


def terse_lines(c):
    r, ren = c.r, c.ren
    out = []
    if r.random() < 0.4:
        out.append(Line(r.choice(["sol:", "Solution", "working:"])))
    lab = r.random() < 0.5
    for st in c.steps:
        e = ren.eq(st)
        if st.kind == "check":
            out.append(L(r.choice(["chk ", "check: "]), e, st.idx))
        elif lab:
            out.append(L(st.lab + ": ", e, st.idx))
        else:
            out.append(Line(e, st.idx, 0))
    out.append(Line(r.choice(["ans %s", "answer: %s", "ans= %s", "A: %s"]) % c.F()))
    return out


def qa_best_answer(c):
    r, ren = c.r, c.ren
    out = [Line(r.choice(["Best Answer:", "Favorite Answer", "Top answer:", "Best Answer"]))]
    if r.random() < 0.4:
        out.append(Line("> " + c.q.split(". ")[0].rstrip(".") + "..."))
    for st in c.steps:
        e = ren.eq(st)
        if st.kind == "check":
            out.append(L(r.choice(["check it: ", "to check, "]), e, st.idx))
            continue
        t = r.randrange(3)
        if t == 0 and safe_lab_eq(st.lab):
            out.append(L(cap(st.lab) + " = ", e, st.idx))
        elif t == 1:
            out.append(Line(e + ", that's the " + st.lab, st.idx, 0))
        else:
            out.append(L(cap(st.lab) + ": ", e, st.idx))
    out.append(Line(r.choice(["so the answer is %s", "answer is %s.", "%s is the answer"]) % c.F(True)))
    out.append(Line(""))
    out.append(Line("Source(s): " + r.choice(["me, math teacher", "common sense", "did it on my calculator",
                                               "7th grade math class", "been tutoring for 12 years"])))
    out.append(Line(r.choice(["%d people found this helpful" % r.randint(2, 40),
                              "Rating: %d.%d/5 (%d votes)" % (r.randint(3, 4), r.randint(0, 9), r.randint(2, 30)),
                              "Asked %s · %d answers" % (r.choice(DATES), r.randint(2, 9))])))
    return out


RENDERERS = dict(forum_reply=forum_reply, homework_site=homework_site, mathjax_leftover=mathjax_leftover,
                 unicode_lookalike=unicode_lookalike, bullet_scrape=bullet_scrape, table_copy=table_copy,
                 double_encoded=double_encoded, prose_nbsp=prose_nbsp, terse_lines=terse_lines,
                 qa_best_answer=qa_best_answer)

BREAK_STYLES = {"bullet_scrape": 0.22, "prose_nbsp": 0.3, "forum_reply": 0.15, "qa_best_answer": 0.12,
                "homework_site": 0.1, "double_encoded": 0.08}


def stray_breaks(lines, style, r):
    """Insert stray mid-sentence line breaks (in prose, or in the lead of a computation line)."""
    p = BREAK_STYLES.get(style, 0)
    out = []
    for ln in lines:
        if p and r.random() < p:
            lim = ln.eqpos if ln.comp else len(ln.text)
            seg = ln.text[:lim]
            sp = [i for i, ch in enumerate(seg) if ch == " " and 8 < i < lim - 2]
            if sp and not seg.startswith((">", "&gt;", "|")):
                i = r.choice(sp)
                out.append(Line(ln.text[:i]))
                rest = ln.text[i + 1:]
                if ln.comp:
                    out.append(Line(rest, ln.step, ln.eqpos - i - 1))
                else:
                    out.append(Line(rest))
                continue
        out.append(ln)
    return out
