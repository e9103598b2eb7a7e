"""Eleven writing styles. Every choice is keyed by (pid, position), never by a value, so the
four variants of one problem are worded identically except where a value differs."""
from core import pick, plain
from render import (S1, S2, fv, rx, rx_plain, relation, unit_sfx, res_str, cap, fnum, make_opts,
                    ndec)

VERBS = ["Find the {}", "Calculate the {}", "Compute the {}", "Determine the {}", "Work out the {}"]
CONN = ["First,", "Next,", "Then", "After that,", "Now", "Then"]
TICKS = ["✓", "✓", "✔", "(matches)", "— it checks out."]


def _after(st, o, key):
    if not st.after:
        return ""
    return st.after.format(v=fv(st.disp, o) + unit_sfx(st.unit, o).replace("\\text{ ", " ").replace("}", "")
                           if o.latex else fv(st.disp, o) + (" " + st.unit if st.unit else ""))


def _after_plain(st, o):
    if not st.after:
        return ""
    return st.after.format(v=fv(st.disp, text_opts(o)) + (" " + st.unit if st.unit else ""))


def text_opts(o):
    import copy
    t = copy.copy(o)
    if o.latex:
        t.latex = False
        t.cur = "$"
        if t.sep == "{,}":
            t.sep = ","
    return t


def final_text(R, o, bold=False, latex=False):
    fvv = R.final_val
    s = fv(fvv, text_opts(o))
    if latex:
        s = s  # already latex-safe
    if bold:
        s = f"**{s}**"
    sent = R.items[-1][2]
    return sent.format(v=s)


def chain_line(S, o, key, sentinel):
    vals = [fv(S.start, o)]
    for (_, _, sts) in S.rows:
        vals.append(res_str(sts[-1], o, sentinel))
    arrow = "\\to" if o.latex else ("->" if o.style == "ascii" else "→")
    body = f" {arrow} ".join(vals)
    if o.latex:
        return f"\\( {body} \\)"
    return body


def rate_node_str(S, o):
    return rx(("pct", __import__("core").Val(S.rate, "dec")), o)


def series_lines(S, o, key, sentinel, bullet="", latex_inline=False):
    """Year-by-year lines for non-table styles."""
    out = []
    mode = pick(key + "sermode", ["one", "two"]) if S.kind == "pct" else "one"
    if S.kind == "mul" and S.chain_ok and o.chain:
        lead = pick(key + "chainlead", ["", "Step by step: ", "Listing the values: "])
        line = chain_line(S, o, key, sentinel)
        if S.unit and not o.latex:
            line += " " + S.unit
        out.append(bullet + lead + line)
        return out
    for j, (t, start, sts) in enumerate(S.rows):
        rk = f"{key}|r{j}"
        lab = f"{S.rowword} {t}"
        if S.kind == "pct":
            c, e = sts
            rc = relation(c, o, rk + "c", sentinel)
            re_ = relation(e, o, rk + "e", sentinel)
            cn = S.colname or "change"
            if o.latex:
                rc, re_ = f"\\( {rc} \\)", f"\\( {re_} \\)"
            if mode == "one":
                tmpl = pick(key + "onet", ["{lab}: {cn} = {rc}; {lb} = {re}",
                                           "{lab}: {rc} {cn}, so the {lb} is {re}",
                                           "{lab} — {cn}: {rc}, new {lb}: {re}"])
                out.append(bullet + tmpl.format(lab=lab, cn=cn, rc=rc, lb=S.label, re=re_))
            else:
                out.append(bullet + f"{lab} {cn}: {rc}")
                out.append(bullet + f"{lab} {S.label}: {re_}")
        else:
            (e,) = sts
            re_ = relation(e, o, rk + "e", sentinel)
            if o.latex:
                re_ = f"\\( {re_} \\)"
            tmpl = pick(key + "mult", ["{lab}: {re}", "After {lab_l}: {re}", "{lab} → {re}"]) \
                if not o.latex else "{lab}: {re}"
            if o.style == "ascii":
                tmpl = "{lab}: {re}"
            out.append(bullet + tmpl.format(lab=lab, lab_l=lab.lower(), re=re_))
    return out


def series_table(S, o, key, sentinel):
    lines = []
    rw = S.rowword
    if S.kind == "pct":
        pc = fnum(S.rate, ndec(S.rate), "") + "%"
        start_h = pick(key + "sh", ["Start", "Starting " + S.label, "Beginning " + S.label])
        end_h = pick(key + "eh", ["End", "Ending " + S.label, S.label[:1].upper() + S.label[1:] + " at end"])
        lines.append(f"| {rw} | {start_h} | {cap(S.colname)} ({pc}) | {end_h} |")
        lines.append("|---|---|---|---|")
        for (t, start, (c, e)) in S.rows:
            lines.append(f"| {t} | {fv(start, o)} | {res_str(c, o, sentinel)} | {res_str(e, o, sentinel)} |")
    else:
        lines.append(f"| {rw} | Calculation | {cap(S.label)} |")
        lines.append("|---|---|---|")
        for (t, start, (e,)) in S.rows:
            r = res_str(e, o, sentinel)
            if e.val.approx:
                r = "≈ " + r
            lines.append(f"| {t} | {rx(e.expr, o)} | {r} |")
    return lines


def gsm_rel(st, o, sentinel):
    e = rx(st.expr, o, key="g")
    if pick(f"{o.pid}|gsmsp", [True, True, False]):
        e = e.replace(" ", "")
    p = rx_plain(st.expr)
    raw = st.exact if st.val.approx else st.disp.v
    rawp = format(raw.normalize(), "f") if raw != raw.to_integral_value() else str(int(raw))
    if st.faulty:
        w = st.disp
        rawp = plain(w) if w.kind != "sci" else format(w.v.normalize(), "f")
    r = res_str(st, o, sentinel)
    return f"{e}=<<{p}={rawp}>>{r}"


def render(R, style, pid, lead_in):
    o = make_opts(style, pid)
    L = []
    k = 0
    sentinel = True
    items = R.items
    key0 = f"{pid}|{style}"
    conn_i = 0

    def P(key, opts):
        return pick(f"{key0}|{key}", opts)

    # ---- opening line
    openers = {
        "gpt_md": ["To solve this problem, we'll work through it step by step.",
                   "Let's break this problem down step by step.", lead_in],
        "llama": [""],
        "claude_bold": ["I'll work through this step by step.", "Let me solve this step by step.", lead_in],
        "bullets": ["", lead_in],
        "prose": [lead_in, ""],
        "latex_inline": ["To solve this problem, we proceed step by step.", lead_in],
        "latex_display": ["To solve the problem, we will follow these steps:", lead_in],
        "table": [lead_in, "Here is the calculation laid out step by step."],
        "gsm8k": [""],
        "tutor": ["Great question! Let's work through it together. 😊", "Let's figure this out step by step! 🌱",
                  "Good one! We'll take it one step at a time."],
        "ascii": ["", "Solution:"],
    }
    op = P("open", openers[style])
    if op:
        L.append(op)
        L.append("")

    table_rows = []

    def flush_table():
        if table_rows:
            L.append("| Step | Quantity | Calculation | Result |")
            L.append("|---|---|---|---|")
            L.extend(table_rows)
            L.append("")
            table_rows.clear()

    for it_i, it in enumerate(items):
        key = f"{key0}|i{it_i}"
        typ = it[0]
        if typ == "text":
            if style in ("gsm8k", "ascii", "bullets"):
                continue
            if style == "table":
                flush_table()
            t = pick(key + "tx", it[1])
            if style == "tutor":
                t = pick(key + "tt", ["", "Remember: ", "Key idea: "]) + t
            L.append(t)
            L.append("")
            continue
        if typ == "calc":
            st = it[1]
            k += 1
            lab = st.label
            rel = relation(st, o, key, sentinel, words=(style == "prose"))
            aft = _after_plain(st, o)
            if style == "gpt_md":
                L.append(f"### Step {k}: " + P(f"v{k}", VERBS).format(lab))
                form = P(f"f{k}", ["lab", "bare"])
                line = (cap(lab) + " = " + rel if form == "lab" and not rel.startswith(cap(lab)) else rel)
                if form == "bare":
                    line = rel
                if aft:
                    line += f", so {aft}."
                L.append(line)
                L.append("")
            elif style == "llama":
                L.append(f"## Step {k}: " + P(f"v{k}", VERBS).format(lab))
                s = P(f"s{k}", ["The {lab} is {rel}.", "To find the {lab}, we calculate {rel}.",
                                "We get {rel} for the {lab}."]).format(lab=lab, rel=rel)
                if aft:
                    s = s[:-1] + f", so {aft}."
                L.append(s)
                L.append("")
            elif style == "claude_bold":
                line = f"**{cap(lab)}:** {rel}"
                if aft:
                    line += f" — {aft}."
                L.append(line)
                L.append("")
            elif style == "bullets":
                line = f"- {cap(lab)}: {rel}"
                if aft:
                    line += f" ({aft})"
                L.append(line)
            elif style == "prose":
                conn = CONN[min(conn_i, len(CONN) - 1)]
                conn_i += 1
                s = P(f"ps{k}", ["{conn} the {lab} is {rel}.", "{conn} we find the {lab}: {rel}.",
                                 "{conn} {rel}, which gives the {lab}."]).format(conn=conn, lab=lab, rel=rel)
                s = s[0].upper() + s[1:]
                if aft:
                    s = s[:-1] + f", so {aft}."
                if L and L[-1] and P(f"join{k}", [True, False]) and not L[-1].endswith(":"):
                    L[-1] = L[-1] + " " + s
                else:
                    if L and L[-1]:
                        L.append("")
                    L.append(s)
            elif style == "latex_inline":
                conn = CONN[min(conn_i, len(CONN) - 1)]
                conn_i += 1
                s = P(f"li{k}", ["{conn} the {lab} is \\( {rel} \\).",
                                 "{conn} we compute the {lab}: \\( {rel} \\).",
                                 "{conn} for the {lab}: \\( {rel} \\)."]).format(conn=conn, lab=lab, rel=rel)
                s = s[0].upper() + s[1:]
                if aft:
                    s = s[:-1] + f", so {aft}."
                L.append(s)
                L.append("")
            elif style == "latex_display":
                L.append(f"{k}. **" + P(f"v{k}", VERBS).format(lab) + ":**")
                L.append("   \\[")
                L.append("   " + rel)
                L.append("   \\]")
                if aft:
                    L.append(f"   So {aft}.")
                L.append("")
            elif style == "table":
                e = rx(st.expr, o, key=key)
                r = res_str(st, o, sentinel) + unit_sfx(st.unit, o)
                if st.val.approx:
                    r = "≈ " + r
                table_rows.append(f"| {k} | {cap(lab)} | {e} | {r} |")
            elif style == "gsm8k":
                s = P(f"g{k}", ["The {lab} is {rel}{u}.", "So the {lab} is {rel}{u}.", "{Lab}: {rel}{u}."])
                s = s.format(lab=lab, Lab=cap(lab), rel=gsm_rel(st, o, sentinel),
                             u=(" " + st.unit if st.unit else ""))
                if aft:
                    s = s[:-1] + f", so {aft}."
                L.append(s)
            elif style == "tutor":
                L.append(f"**Step {k} – " + P(f"v{k}", VERBS).format(lab) + "**")
                line = rel
                if aft:
                    line += f" → so {aft}."
                L.append(line)
                enc = P(f"enc{k}", ["", "", "", "Nice and tidy! 👍", "So far so good.", "", "Easy, right?", "Keep going! 💪", ""])
                if enc:
                    L.append(enc)
                L.append("")
            elif style == "ascii":
                form = P(f"a{k}", ["lab", "step"])
                if form == "lab":
                    line = f"{cap(lab)}: {rel}"
                else:
                    line = f"Step {k}: {rel}"
                if aft:
                    line += f"  ({aft})"
                L.append(line)
            continue
        if typ == "check":
            st = it[1]
            if style in ("gsm8k",):
                continue
            if style == "table":
                flush_table()
            rel = relation(st, o, key, False)
            tick = P("tick", TICKS)
            if o.latex:
                L.append(f"Check: \\( {rel} \\) ✓")
            else:
                L.append(f"Check: {rel} {tick}" if not tick.startswith("—") else f"Check: {rel} {tick}")
            L.append("")
            continue
        if typ == "series":
            S = it[1]
            k += 1
            hdr = P("serh", ["{rw}-by-{rwl} calculation:", "Going {rwl} by {rwl}:",
                             "Let's track the {lab} each {rwl}:"]).format(
                rw=S.rowword, rwl=S.rowword.lower(), lab=S.label)
            if style == "table":
                flush_table()
                L.append(hdr)
                L.append("")
                L.extend(series_table(S, o, key, sentinel))
                L.append("")
            elif style in ("gpt_md", "llama"):
                L.append(("### Step " if style == "gpt_md" else "## Step ") + f"{k}: " +
                         P(f"sv{k}", ["Track the {} {} by {}", "Compute the {} {} by {}"]).format(
                             S.label, S.rowword.lower(), S.rowword.lower()))
                L.extend(series_lines(S, o, key, sentinel, bullet="- "))
                L.append("")
            elif style == "latex_display":
                L.append(f"{k}. **" + P(f"sv{k}", ["Track the {} each {}", "Compute the {} for each {}"]).format(
                    S.label, S.rowword.lower()) + ":**")
                L.append("   \\[")
                L.append("   \\begin{aligned}")
                for (t, start, sts) in S.rows:
                    if S.kind == "pct":
                        c, e = sts
                        L.append(f"   \\text{{{S.rowword} {t}: }} & {relation(c, o, key + f'c{t}', sentinel)}, "
                                 f"\\quad {relation(e, o, key + f'e{t}', sentinel)} \\\\")
                    else:
                        (e,) = sts
                        L.append(f"   \\text{{{S.rowword} {t}: }} & {relation(e, o, key + f'e{t}', sentinel)} \\\\")
                L.append("   \\end{aligned}")
                L.append("   \\]")
                L.append("")
            elif style == "gsm8k":
                for (t, start, sts) in S.rows:
                    if S.kind == "pct":
                        c, e = sts
                        L.append(f"In {S.rowword.lower()} {t} the {S.colname} is {gsm_rel(c, o, sentinel)}, so the "
                                 f"{S.label} is {gsm_rel(e, o, sentinel)}.")
                    else:
                        (e,) = sts
                        L.append(f"After {S.rowword.lower()} {t} the {S.label} is {gsm_rel(e, o, sentinel)}.")
            elif style == "claude_bold":
                L.append(f"**{cap(S.label)} {S.rowword.lower()} by {S.rowword.lower()}:**")
                L.extend(series_lines(S, o, key, sentinel, bullet="- "))
                L.append("")
            elif style == "tutor":
                L.append(f"**Step {k} – Let's go {S.rowword.lower()} by {S.rowword.lower()}** 📅")
                L.extend(series_lines(S, o, key, sentinel, bullet="• "))
                L.append("")
            elif style == "bullets":
                L.extend(series_lines(S, o, key, sentinel, bullet="- "))
            elif style == "ascii":
                L.extend(series_lines(S, o, key, sentinel, bullet=""))
            elif style == "latex_inline":
                L.append(hdr)
                L.append("")
                L.extend(series_lines(S, o, key, sentinel, bullet="- "))
                L.append("")
            else:  # prose
                if L and L[-1]:
                    L.append("")
                L.append(hdr)
                L.extend(series_lines(S, o, key, sentinel, bullet=""))
                L.append("")
            continue
        if typ == "final":
            if style == "table":
                flush_table()
            while L and L[-1] == "":
                L.pop()
            R.final_line = len(L)
            L.append("")
            fval = R.final_val
            if style == "gpt_md":
                L.append("### Final Answer")
                L.append(cap(final_text(R, o, bold=True)) + ".")
            elif style == "llama":
                L.append(cap(final_text(R, o)) + ".")
                L.append("")
                bx = plain(fval) if P("bx", [0, 1]) else fv(fval, o, cur=False)
                L.append(f"The final answer is: $\\boxed{{{bx}}}$")
            elif style == "claude_bold":
                L.append("**Answer:** " + cap(final_text(R, o)) + ".")
            elif style == "bullets":
                L.append(P("bfin", ["**Answer:** ", "Answer: ", "→ "]) + cap(final_text(R, o)) + ".")
            elif style == "prose":
                L.append(P("pfin", ["So ", "Therefore, ", "That means "]) + final_text(R, o) + ".")
            elif style == "latex_inline":
                L.append(P("lfin", ["Therefore, ", "Thus, ", "So "]) + final_text(R, o) + ".")
                L.append("")
                L.append(f"\\[\n\\boxed{{{fv(fval, o, cur=False)}}}\n\\]")
            elif style == "latex_display":
                L.append(P("lfin", ["Therefore, ", "Thus, ", "So "]) + final_text(R, o) + ".")
                L.append("")
                L.append("\\[")
                L.append(f"\\boxed{{{fv(fval, o)}}}")
                L.append("\\]")
            elif style == "table":
                L.append("**Answer:** " + cap(final_text(R, o)) + ".")
            elif style == "gsm8k":
                L.pop()
            elif style == "tutor":
                L.append("🎉 " + cap(final_text(R, o)) + "!")
                L.append("")
                L.append(P("tend", ["Great work sticking with it!", "You've got this — nice job!",
                                    "Hope that helps! 😊"]))
            elif style == "ascii":
                L.append("Answer: " + final_text(R, o))
            L.append("#### " + plain(fval) if style == "gsm8k" else "")
            if style != "gsm8k":
                L.append("#### " + plain(fval))
            continue
    while L and L[-1] == "":
        L.pop()
    return "\n".join(L)
