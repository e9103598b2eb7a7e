"""Eleven writing styles.  Each returns a list of (line_text, comp_ids)."""
from engine import R, render_comp, render_eq, WEEKDAYS, MONTHS

STYLES = ["md_steps", "bold_labels", "bullets", "numbered", "prose", "latex_inline",
          "latex_display", "terse", "tutor", "table", "algebra"]

KEEP_CAP = set(WEEKDAYS) | set(MONTHS) | {"I", "Mom", "Dad", "Grandma", "Grandpa", "February", "Feb"}


STARTERS = ("Now ", "Then ", "First, ", "First ", "So ", "Next, ")


def connect(con, t, names):
    if not con or t.startswith(STARTERS):
        return t
    return con + lc(t, names)


def lc(s, names):
    if not s:
        return s
    w = s.split(" ")[0].replace("'s", "").rstrip(",:.")
    if w in KEEP_CAP or w in names or (len(w) > 1 and w[1].isupper()) or w[0].isdigit():
        return s
    return s[0].lower() + s[1:]


def txt(x, key):
    if isinstance(x, (list, tuple)):
        return R(*key).choice(list(x))
    return x


class Out:
    def __init__(self):
        self.lines = []

    def add(self, text, ids=()):
        self.lines.append((text, tuple(ids)))

    def blank(self):
        if self.lines and self.lines[-1][0] != "":
            self.lines.append(("", ()))


def comps_of(step, st, si, wrap=None):
    out = []
    for j, c in enumerate(step["comps"]):
        s = render_comp(c, st, "%d.%d" % (si, j))
        if wrap:
            s = wrap[0] + " " + s + " " + wrap[1] if wrap[0] in ("\\(", "\\[", "$$") else wrap[0] + s + wrap[1]
        out.append((s, c.idx))
    return out


def join_comps(cs, rr):
    ss = [s for s, _ in cs]
    if len(ss) == 1:
        return ss[0]
    if len(ss) == 2:
        return ss[0] + rr.choice([", and ", "; then ", ", then "]) + ss[1]
    return ", ".join(ss[:-1]) + ", and " + ss[-1]


def inline_step(step, st, si, pid, wrap=None, names=(), prefix=""):
    """One line: lead: c1, c2. tail"""
    rr = R(pid, "inl", si)
    lead = txt(step["lead"], (pid, "lead", si))
    tail = txt(step["tail"], (pid, "tail", si))
    cs = comps_of(step, st, si, wrap)
    ids = [i for _, i in cs]
    if step["kind"] == "eq":
        eqs = [render_eq(e, st) for e in step["eqs"]]
        if wrap:
            eqs = [wrap[0] + (" " if len(wrap[0]) > 1 else "") + e + (" " if len(wrap[0]) > 1 else "") + wrap[1] for e in eqs]
        body = (lead + " " if lead else "") + rr.choice([" → ", ", so ", "; "]).join(eqs)
        if cs:
            body += rr.choice([", so ", ". Then "]) + join_comps(cs, rr)
        if tail and tail[0].islower():
            line = prefix + body + ", " + tail
        else:
            line = prefix + body + "." + (" " + tail if tail else "")
        return [(line, ids)]
    if not cs:
        line = prefix + lead + ((" " + tail) if tail else "")
        return [(line, ids)]
    sepc = (" " if lead.endswith("?") else ": ") if lead else ""
    line = prefix + (lead + sepc if lead else "") + join_comps(cs, rr)
    if tail and tail[0].islower():
        line += ", " + tail
    else:
        line += ("." + (" " + tail if tail else "")) if not line.endswith(".") else (" " + tail if tail else "")
    return [(line, ids)]


def block_step(step, st, si, pid, wrap=None, display=False):
    """lead on its own line, each computation on its own line, then tail."""
    lead = txt(step["lead"], (pid, "lead", si))
    tail = txt(step["tail"], (pid, "tail", si))
    cs = comps_of(step, st, si, wrap)
    out = []
    if step["kind"] == "eq":
        if lead:
            out.append((lead, ()))
        for e in step["eqs"]:
            e = render_eq(e, st)
            if display:
                out.append((wrap[0] + " " + e + " " + wrap[1], ()))
            else:
                out.append((e, ()))
        for s, i in cs:
            out.append((s, (i,)))
        if tail:
            out.append((tail, ()))
        return out
    if not cs:
        out.append((lead + ((" " + tail) if tail else ""), ()))
        return out
    if lead:
        out.append((lead + ("" if lead.endswith("?") else ":"), ()))
    for s, i in cs:
        out.append((s, (i,)))
    if tail:
        out.append((tail, ()))
    return out


def visible(steps, carry):
    return [s for s in steps if not (carry and s["kind"] == "check")]


def check_line(step, st, si, pid, wrap=None, label="Check:"):
    cs = comps_of(step, st, si, wrap)
    lead = txt(step["lead"], (pid, "lead", si))
    tail = txt(step["tail"], (pid, "tail", si))
    body = (lead + " " if lead else "") + ", ".join(s for s, _ in cs)
    mark = R(pid, "ck").choice([" ✓", " ✓", "", " ✔"])
    line = (label + " " if label else "") + body + mark + ((" " + tail) if tail else "")
    return (line, [i for _, i in cs])


def final_line(plan):
    return "#### " + plan["final"]


# ---------------------------------------------------------------- styles
def s_md_steps(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "md")
    o.add(rr.choice(["To %s, let's work through it step by step." % plan["goal"],
                     "We need to %s." % plan["goal"],
                     "## Solution", "Let's break this down."]))
    o.blank()
    blockmode = rr.random() < 0.4
    k = 0
    for si, step in enumerate(visible(steps, carry)):
        if step["kind"] == "check":
            o.blank()
            o.add(*check_line(step, st, si, pid, label="**Check:**"))
            continue
        k += 1
        o.add("%s Step %d: %s" % (rr.choice(["###"]) if k else "###", k, step["label"]))
        if blockmode or step["kind"] == "eq":
            for t, ids in block_step(step, st, si, pid):
                o.add(t, ids if isinstance(ids, tuple) else (ids,))
        else:
            for t, ids in inline_step(step, st, si, pid, names=plan["names"]):
                o.add(t, ids)
        o.blank()
    o.blank()
    o.add(rr.choice(["### Final Answer", "### Answer", "**Final answer:**"]))
    o.add(plan["answer"])
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_bold_labels(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "bold")
    if rr.random() < 0.6:
        o.add(rr.choice(["Here's how to solve it:", "Let's solve this step by step.",
                         "**Goal:** " + plan["goal"][0].upper() + plan["goal"][1:] + "."]))
        o.blank()
    for si, step in enumerate(visible(steps, carry)):
        if step["kind"] == "check":
            o.add(*check_line(step, st, si, pid, label="**Check:**"))
            o.blank()
            continue
        for t, ids in inline_step(step, st, si, pid, names=plan["names"], prefix="**%s:** " % step["label"]):
            o.add(t, ids)
        o.blank()
    o.add("**Answer:** " + plan["answer"])
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_bullets(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "bul")
    o.add(rr.choice(["Let's figure it out:", "Step by step:", "Here's the breakdown:",
                     "We want to %s." % plan["goal"]]))
    o.blank()
    b = rr.choice(["- ", "* ", "• "])
    for si, step in enumerate(visible(steps, carry)):
        if step["kind"] == "check":
            t, ids = check_line(step, st, si, pid, label="Check:")
            o.add(b + t, ids)
            continue
        lead = txt(step["lead"], (pid, "lead", si))
        tail = txt(step["tail"], (pid, "tail", si))
        cs = comps_of(step, st, si)
        if step["kind"] == "eq":
            for t, ids in inline_step(step, st, si, pid, names=plan["names"]):
                o.add(b + t, ids)
            continue
        if not cs:
            o.add(b + lead + ((" " + tail) if tail else ""))
            continue
        for j, (s, i) in enumerate(cs):
            if j == 0 and lead:
                line = b + lead + ": " + s
            else:
                line = b + s
            if j == len(cs) - 1 and tail:
                jn = rr.choice([" → ", ", so ", ". "])
                if tail[0].islower():
                    jn = ", "
                line += jn + (lc(tail, plan["names"]) if jn != ". " else tail)
            o.add(line, (i,))
    o.blank()
    lab = rr.choice(["So ", "**Answer:** ", "Therefore, "])
    o.add(lab + (plan["answer"] if lab.startswith("**") else lc(plan["answer"], plan["names"])))
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_numbered(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "num")
    o.add(rr.choice(["To %s, follow these steps:" % plan["goal"],
                     "Let's solve this step by step.", "Sure! Here's the solution."]))
    o.blank()
    k = 0
    bold = rr.random() < 0.7
    for si, step in enumerate(visible(steps, carry)):
        if step["kind"] == "check":
            o.blank()
            o.add(*check_line(step, st, si, pid, label="**Verification:**" if bold else "Verification:"))
            o.blank()
            continue
        k += 1
        pre = "%d. **%s**: " % (k, step["label"]) if bold else "%d. " % k
        lines = inline_step(step, st, si, pid, names=plan["names"], prefix=pre)
        for t, ids in lines:
            o.add(t, ids)
        o.blank()
    o.add(rr.choice(["Therefore, ", "So, ", "Thus, "]) + lc(plan["answer"], plan["names"]))
    o.blank()
    o.add(final_line(plan))
    return o.lines


CONNECT = ["First, ", "Next, ", "Then ", "After that, ", "Now ", "Finally, "]


def s_prose(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    vis = visible(steps, carry)
    sentences = []
    nmain = len([x for x in vis if x["kind"] != "check"])
    for si, step in enumerate(vis):
        rr = R(pid, "prose", "s", si)
        if step["kind"] == "check":
            t, ids = check_line(step, st, si, pid, label=rr.choice(["As a check,", "Checking:", "To double-check,"]))
            sentences.append((t, ids, "check"))
            continue
        if si == 0:
            con = rr.choice(["First, ", "", "To start, "])
        elif si == nmain - 1:
            con = rr.choice(["Finally, ", "Then ", "Now "])
        else:
            con = rr.choice(["Next, ", "Then ", "After that, ", "Now ", ""])
        lines = inline_step(step, st, si, pid, names=plan["names"])
        t, ids = lines[0]
        t = connect(con, t, plan["names"])
        sentences.append((t, ids, "s"))
    # paragraphs of 1-3 sentences
    intro = R(pid, "prose", "intro").choice(["", "We need to %s. " % plan["goal"], "Let's think about this. "])
    para, pids = intro, []
    cnt = 0
    k = 0
    for t, ids, kind in sentences:
        if kind == "check":
            if para:
                o.add(para.strip(), pids)
                o.blank()
            o.add(t, ids)
            o.blank()
            para, pids, cnt = "", [], 0
            continue
        para += t + " "
        pids += list(ids)
        cnt += 1
        k += 1
        if cnt >= R(pid, "prose", "par", k).choice([1, 2, 2, 3]):
            o.add(para.strip(), pids)
            o.blank()
            para, pids, cnt = "", [], 0
    if para.strip():
        o.add(para.strip(), pids)
        o.blank()
    o.add(R(pid, "prose", "end").choice(["So ", "Therefore, ", "That means "]) + lc(plan["answer"], plan["names"]))
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_latex_inline(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "li")
    o.add(rr.choice(["Let's solve this step by step.", "We need to %s." % plan["goal"],
                     "**Solution.**"]))
    o.blank()
    k = 0
    for si, step in enumerate(visible(steps, carry)):
        if step["kind"] == "check":
            o.add(*check_line(step, st, si, pid, wrap=st.inl, label="**Check:**"))
            o.blank()
            continue
        k += 1
        pre = rr.choice(["**Step %d:** " % k]) if True else ""
        for t, ids in inline_step(step, st, si, pid, wrap=st.inl, names=plan["names"], prefix=pre):
            o.add(t, ids)
        o.blank()
    f = plan["final"]
    boxed = "\\boxed{%s}" % (f if plan["numeric"] else "\\text{%s}" % f)
    lab = rr.choice(["**Answer:** ", "Therefore, ", "So "])
    o.add(lab + (plan["answer"] if lab.startswith("**") else lc(plan["answer"], plan["names"])) +
          " " + st.inl[0] + boxed + st.inl[1])
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_latex_display(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "ld")
    o.add(rr.choice(["## Solution", "Let's set this up carefully.", "We need to %s." % plan["goal"]]))
    o.blank()
    k = 0
    for si, step in enumerate(visible(steps, carry)):
        if step["kind"] == "check":
            o.add("**Check:**")
            cs = comps_of(step, st, si, wrap=st.disp)
            for s, i in cs:
                o.add(s, (i,))
            o.blank()
            continue
        k += 1
        o.add(rr.choice(["**Step %d: %s**", "### %d. %s"]) % (k, step["label"]))
        o.blank()
        for t, ids in block_step(step, st, si, pid, wrap=st.disp, display=True):
            o.add(t, ids if isinstance(ids, tuple) else (ids,))
        o.blank()
    f = plan["final"]
    boxed = "\\boxed{%s}" % (f if plan["numeric"] else "\\text{%s}" % f)
    o.add(plan["answer"])
    o.add(st.disp[0] + " " + boxed + " " + st.disp[1])
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_terse(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "terse")
    labels = rr.random() < 0.7
    for si, step in enumerate(visible(steps, carry)):
        cs = comps_of(step, st, si)
        if step["kind"] == "check":
            o.add("check: " + ", ".join(s for s, _ in cs), [i for _, i in cs])
            continue
        if step["kind"] == "eq":
            for e in step["eqs"]:
                o.add(render_eq(e, st))
            for s, i in cs:
                o.add(s, (i,))
            continue
        if not cs:
            t = txt(step["tail"], (pid, "tail", si)) or txt(step["lead"], (pid, "lead", si))
            o.add(t)
            continue
        for j, (s, i) in enumerate(cs):
            if labels and j == 0:
                o.add(step["short"] + ": " + s, (i,))
            else:
                o.add(s, (i,))
    o.add("Answer: " + plan["short_answer"])
    o.add(final_line(plan))
    return o.lines


def s_tutor(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "tutor")
    o.add(rr.choice(["Great question! Let's %s together. 😊" % plan["goal"],
                     "Ooh, a fun one! Let's %s." % plan["goal"],
                     "Sure thing! We just need to %s. Let's go slowly." % plan["goal"],
                     "Good question — let's work it out together!"]))
    o.blank()
    vis = visible(steps, carry)
    cheers = ["Nice!", "Easy, right?", "Great, that's the tricky part done.", "Almost there!",
              "Good so far.", "See how that works?"]
    for si, step in enumerate(vis):
        if step["kind"] == "check":
            o.add(*check_line(step, st, si, pid, label=rr.choice(["Let's double-check:", "Quick check:"])))
            o.blank()
            continue
        if si == 0:
            con = rr.choice(["**First**, ", "First, ", ""])
        elif si == 1:
            con = rr.choice(["**Next**, ", "Next, ", "Okay, now "])
        else:
            con = rr.choice(["Then ", "So ", "Now ", "", "", "After that, "])
        for t, ids in inline_step(step, st, si, pid, names=plan["names"]):
            t = connect(con, t, plan["names"])
            if rr.random() < 0.3:
                t += " " + rr.choice(cheers)
            o.add(t, ids)
        o.blank()
    lab = rr.choice(["So ", "And that's it — ", "Ta-da! "])
    o.add(lab + (plan["answer"] if lab == "Ta-da! " else lc(plan["answer"], plan["names"])) +
          rr.choice(["", " 🎉", " 🎂" if plan.get("birthday") else ""]))
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_table(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "table")
    split = rr.random() < 0.55
    o.add(rr.choice(["Let's organize the work in a table.", "Here's the count:",
                     "We need to %s. Working it out:" % plan["goal"]]))
    o.blank()
    head = plan.get("table_head") or ("Step", "Calculation")
    if split:
        o.add("| %s | %s | Result |" % head)
        o.add("|---|---|---|")
    else:
        o.add("| %s | %s |" % head)
        o.add("|---|---|")
    after = []
    vis = visible(steps, carry)
    for si, step in enumerate(vis):
        if step["kind"] == "check":
            after.append(check_line(step, st, si, pid, label="Check:"))
            continue
        cs = comps_of(step, st, si)
        if step["kind"] == "eq":
            cell = "; ".join(render_eq(e, st) for e in step["eqs"])
            o.add(("| %s | %s | |" if split else "| %s | %s |") % (step["label"], cell))
        if step["kind"] == "note" or (not cs and step["kind"] != "eq"):
            lead = txt(step["lead"], (pid, "lead", si))
            tail = txt(step["tail"], (pid, "tail", si))
            cell = (lead + (" " + tail if tail else "")).replace("|", "/")
            o.add(("| %s | %s | |" if split else "| %s | %s |") % (step["label"], cell))
            continue
        for j, (s, i) in enumerate(cs):
            lab = step["label"] if j == 0 else "↳"
            c = step["comps"][j]
            if split:
                if c.kind in ("ex", "of") and " = " in s:
                    lhs, rhs = s.rsplit(" = ", 1)
                    o.add("| %s | %s | %s |" % (lab, lhs, rr.choice([rhs, "**%s**" % rhs])), (i,))
                else:
                    o.add("| %s | %s | |" % (lab, s), (i,))
            else:
                o.add("| %s | %s |" % (lab, s), (i,))
    o.blank()
    last = vis[-1] if vis and vis[-1]["kind"] != "check" else (vis[-2] if len(vis) > 1 else None)
    if last and last["tail"]:
        o.add(txt(last["tail"], (pid, "tail", vis.index(last))))
    for t, ids in after:
        o.add(t, ids)
    o.blank()
    o.add("**Answer:** " + plan["answer"])
    o.blank()
    o.add(final_line(plan))
    return o.lines


def s_algebra(plan, steps, st, carry):
    o = Out()
    pid = st.pid
    rr = R(pid, "alg")
    for si, step in enumerate(visible(steps, carry)):
        cs = comps_of(step, st, si)
        if step["kind"] == "check":
            o.add("Check: " + ", ".join(s for s, _ in cs), [i for _, i in cs])
            continue
        if step["kind"] == "eq":
            lead = txt(step["lead"], (pid, "lead", si))
            if lead:
                o.add(lead)
            for e in step["eqs"]:
                o.add(render_eq(e, st))
            for s, i in cs:
                o.add(s, (i,))
            continue
        var = step.get("var")
        if not cs:
            o.add(txt(step["lead"], (pid, "lead", si)) + ((" " + txt(step["tail"], (pid, "tail", si))) if step["tail"] else ""))
            continue
        if var is None:
            v, meaning = None, None
        else:
            v, meaning = var
        if meaning:
            o.add(rr.choice(["Let %s = %s.", "Let %s be %s."]) % (v, meaning))
        for j, (s, i) in enumerate(cs):
            c = step["comps"][j]
            if j == len(cs) - 1 and c.kind in ("ex", "of") and v:
                o.add("%s = %s" % (v, s), (i,))
            elif j == 0 and not v:
                o.add("%s%s %s" % (step["label"], "" if step["label"].endswith("?") else ":", s), (i,))
            else:
                o.add(s, (i,))
        if step["tail"] and (step["comps"][-1].kind not in ("ex", "of")):
            o.add(txt(step["tail"], (pid, "tail", si)))
    o.blank()
    lab = rr.choice(["Answer: ", "So ", "Therefore, "])
    o.add(lab + (plan["answer"] if lab == "Answer: " else lc(plan["answer"], plan["names"])))
    o.add(final_line(plan))
    return o.lines


RENDER = {"md_steps": s_md_steps, "bold_labels": s_bold_labels, "bullets": s_bullets,
          "numbered": s_numbered, "prose": s_prose, "latex_inline": s_latex_inline,
          "latex_display": s_latex_display, "terse": s_terse, "tutor": s_tutor,
          "table": s_table, "algebra": s_algebra}
