"""Writing styles.  setup(r, spec) picks every wording choice once per problem;
render(ev, spec, o, final) turns evaluated steps into lines.

A rendered solution is a list of [text, step_index_or_None, is_result_line]."""
from core import flavour, fl_ascii, fl_latex, shown_str

STYLES = ["numbered", "step_headers", "bold_labels", "bullets", "table",
          "latex_inline", "latex_display", "paragraph", "terse", "receipt"]


def cap(s):
    return s[0].upper() + s[1:] if s else s


def strip_the(s):
    for a in ("the ", "each "):
        if s.startswith(a):
            return s[len(a):] if a == "the " else s
    return s


def short(st):
    return st.short or cap(strip_the(st.label))


def plain_short(st):
    """short label safe to put before '=' (no digits / parentheses)."""
    s = short(st)
    if any(c.isdigit() for c in s) or "(" in s or "%" in s:
        s = cap(strip_the(st.label))
    if any(c.isdigit() for c in s) or "(" in s or "%" in s:
        return None
    return s


VERBS = ["Calculate", "Find", "Determine", "Compute", "Work out"]


def desc(st, verb):
    return st.desc or f"{verb} {st.label}"


def answer(spec, F):
    return spec["ans"].replace("{F}", F)


def pick_modes(r, spec, allowed, weights):
    main = r.choices(allowed, weights)[0]
    modes = []
    for st in spec["steps"]:
        m = main
        if r.random() < 0.2:
            m = r.choices(allowed, weights)[0]
        if st.mode:
            m = st.mode
        if m in ("raw", "raw_words") and st.kind == "money" and st.dp == 0:
            m = "approx"
        modes.append(m)
    return modes


def pct_form(r, latex=False):
    if latex:
        return r.choices(["dec", "pctx"], [6, 4])[0]
    return r.choices(["dec", "pctx", "of"], [4, 3, 3])[0]


def final_shown(spec, final_used, fl):
    st = spec["steps"][-1]
    return shown_str(st, final_used, fl, with_unit=False)


def hash_line(final_plain):
    return f"#### {final_plain}"


INTROS = ["Let's break this down step by step.", "Let's solve this step by step.",
          "To find {goal}, let's work through it step by step.", "Here's how to find {goal}:",
          "We need to find {goal}.", "Sure! Let's calculate {goal}.",
          "I'll work through this step by step."]


def intro(r, spec, pool=INTROS):
    s = r.choice(pool)
    return s.replace("{goal}", spec["goal"])


# ------------------------------------------------------------------ numbered
def setup_numbered(r, spec):
    fl = flavour(pct_form=pct_form(r), trim=r.random() < 0.3)
    if r.random() < 0.3:
        fl["times"] = "x"
    o = dict(fl=fl, intro=intro(r, spec) if r.random() < 0.75 else None,
             fmt=r.choice(["label", "desc", "bold"]),
             verbs=[r.choice(VERBS) for _ in spec["steps"]],
             close=r.choice(["So, {ans}.", "Therefore, {ans}.", "The answer is {F}.",
                             "**Answer:** {Ans}.", "So {ans}."]),
             hash=True, hash_blank=r.random() < 0.7)
    o["modes"] = pick_modes(r, spec, ["eq_note", "approx", "raw", "eq"], [3, 3, 2, 2])
    return o


def render_numbered(ev, spec, o, fin):
    L = []
    if o["intro"]:
        L += [[o["intro"], None, False], ["", None, False]]
    for i, e in enumerate(ev):
        st = e["step"]
        if o["fmt"] == "label":
            head = short(st) + (f" ({st.tag})" if st.tag and r_tag(st) else "")
        elif o["fmt"] == "desc":
            head = desc(st, o["verbs"][i])
        else:
            head = f"**{short(st)}**"
        L.append([f"{i + 1}. {head}: {e['comp']}", i, True])
    L += [["", None, False], [closing(o["close"], spec, fin), None, False]]
    add_hash(L, o, fin)
    return L


def r_tag(st):
    return st.tag and st.tag not in short(st)


def closing(tpl, spec, fin):
    a = answer(spec, fin["shown"])
    return (tpl.replace("{ans}", a).replace("{Ans}", cap(a)).replace("{F}", fin["shown"]))


def add_hash(L, o, fin):
    if o["hash"]:
        if o.get("hash_blank", True):
            L.append(["", None, False])
        L.append([hash_line(fin["plain"]), None, False])


# ------------------------------------------------------------------ step headers
def setup_step_headers(r, spec):
    fl = flavour(pct_form=pct_form(r), trim=r.random() < 0.3)
    o = dict(fl=fl, intro=intro(r, spec) if r.random() < 0.5 else None,
             head=r.choice(["Step {i}: {d}.", "**Step {i}: {d}**", "Step {i}: {d}",
                            "Step {i} - {d}:"]),
             lab=r.random() < 0.5,
             verbs=[r.choice(VERBS) for _ in spec["steps"]],
             close=r.choice(["Therefore, {ans}.", "So, {ans}.", "Final answer: {F}",
                             "The final answer is {F}."]),
             hash=True, hash_blank=r.random() < 0.5)
    o["modes"] = pick_modes(r, spec, ["raw_words", "approx", "eq", "raw"], [3, 3, 2, 2])
    o["fl"]["rw_phrase"] = r.choice([", which rounds to", ", rounded to", ", or about"])
    return o


def render_step_headers(ev, spec, o, fin):
    L = []
    if o["intro"]:
        L += [[o["intro"], None, False], ["", None, False]]
    for i, e in enumerate(ev):
        st = e["step"]
        L.append([o["head"].replace("{i}", str(i + 1)).replace("{d}", desc(st, o["verbs"][i])), i, False])
        ps = plain_short(st)
        line = f"{ps} = {e['comp']}" if (o["lab"] and ps) else e["comp"]
        L.append([line, i, True])
        L.append(["", i, False])
    L.append([closing(o["close"], spec, fin), None, False])
    add_hash(L, o, fin)
    return L


# ------------------------------------------------------------------ bold labels
def setup_bold_labels(r, spec):
    fl = flavour(pct_form=pct_form(r), trim=r.random() < 0.3)
    o = dict(fl=fl, intro=intro(r, spec) if r.random() < 0.8 else None,
             blank=r.random() < 0.35, tags=r.random() < 0.6,
             close=r.choice(["**Answer:** {Ans}.", "**Final answer: {F}**", "So **{ans}**.",
                             "**{Ans}.**"]),
             hash=True, hash_blank=True)
    o["modes"] = pick_modes(r, spec, ["approx", "eq", "raw", "eq_note"], [4, 2, 2, 2])
    return o


def render_bold_labels(ev, spec, o, fin):
    L = []
    if o["intro"]:
        L += [[o["intro"], None, False], ["", None, False]]
    for i, e in enumerate(ev):
        st = e["step"]
        lab = short(st) + (f" ({st.tag})" if o["tags"] and r_tag(st) else "")
        L.append([f"**{lab}:** {e['comp']}", i, True])
        if o["blank"]:
            L.append(["", i, False])
    if not o["blank"]:
        L.append(["", None, False])
    L.append([closing(o["close"], spec, fin), None, False])
    add_hash(L, o, fin)
    return L


# ------------------------------------------------------------------ bullets
def setup_bullets(r, spec):
    fl = flavour(pct_form=pct_form(r), trim=r.random() < 0.3)
    if r.random() < 0.4:
        fl["times"] = "*"
        fl["div"] = "/"
        fl["minus"] = "-"
    o = dict(fl=fl, intro=r.choice(["Here's the breakdown:", "Here's how to figure it out:",
                                    "Here's how to calculate it:", "Let's break it down:",
                                    "Here's the calculation:"]),
             bullet=r.choice(["*", "-"]), fmt=r.choice(["desc", "label"]),
             verbs=[r.choice(VERBS) for _ in spec["steps"]],
             close=r.choice(["**So, {ans}.**", "So, {ans}.", "**Answer:** {Ans}.", "Therefore, {ans}."]),
             hash=True, hash_blank=True)
    o["modes"] = pick_modes(r, spec, ["eq", "approx", "raw", "eq_note"], [3, 3, 2, 2])
    return o


def render_bullets(ev, spec, o, fin):
    L = [[o["intro"], None, False], ["", None, False]]
    for i, e in enumerate(ev):
        st = e["step"]
        if o["fmt"] == "desc":
            L.append([f"{o['bullet']} **{desc(st, o['verbs'][i])}:** {e['comp']}", i, True])
        else:
            L.append([f"{o['bullet']} {short(st)}: {e['comp']}", i, True])
    L += [["", None, False], [closing(o["close"], spec, fin), None, False]]
    add_hash(L, o, fin)
    return L


# ------------------------------------------------------------------ table
def setup_table(r, spec):
    fl = flavour(pct_form=r.choice(["dec", "pctx"]), trim=r.random() < 0.3)
    o = dict(fl=fl, intro=r.choice(["Let's organize the calculation in a table:",
                                    "Here's the step-by-step breakdown:",
                                    f"Let's work out {spec['goal']} in a table.",
                                    "Breaking it down:"]),
             head=r.choice([("Step", "Calculation", "Result"), ("Item", "Calculation", "Amount"),
                            ("Quantity", "Work", "Value"), ("What", "How", "Amount")]),
             sep=r.choice(["|---|---|---|", "|------|-------------|--------|", "|:--|:--|--:|"]),
             boldlast=r.random() < 0.5,
             close=r.choice(["So, {ans}.", "**{Ans}.**", "The answer is **{F}**.", "Therefore, {ans}."]),
             hash=True, hash_blank=True)
    o["modes"] = pick_modes(r, spec, ["eq", "approx"], [1, 1])
    return o


def render_table(ev, spec, o, fin):
    h = o["head"]
    L = [[o["intro"], None, False], ["", None, False],
         [f"| {h[0]} | {h[1]} | {h[2]} |", None, False], [o["sep"], None, False]]
    n = len(ev)
    for i, e in enumerate(ev):
        st = e["step"]
        res = e["d"]["res"]
        cell = res[2:] if res.startswith("= ") else res
        lab = short(st)
        if st.tag and r_tag(st):
            lab += f" ({st.tag})"
        if o["boldlast"] and i == n - 1:
            L.append([f"| **{lab}** | {e['expr']} | **{cell}** |", i, True])
        else:
            L.append([f"| {lab} | {e['expr']} | {cell} |", i, True])
    L += [["", None, False], [closing(o["close"], spec, fin), None, False]]
    add_hash(L, o, fin)
    return L


# ------------------------------------------------------------------ latex inline
CONN = ["First,", "Next,", "Then,", "Now,", "After that,", "Next,"]


def setup_latex_inline(r, spec):
    fl = fl_latex(pct_form=pct_form(r, True), sym=r.choice(["", "\\$"]), frac=r.random() < 0.3,
                  trim=r.random() < 0.2)
    forms = [r.choice(["calc", "is"]) for _ in spec["steps"]]
    o = dict(fl=fl, intro=r.choice([f"To find {spec['goal']}, we need to follow these steps.",
                                    f"To determine {spec['goal']}, we proceed step by step.",
                                    f"Let's calculate {spec['goal']} step by step."]),
             forms=forms, boxed_dollar=r.random() < 0.5, hash=False)
    o["modes"] = pick_modes(r, spec, ["raw", "approx", "eq"], [4, 3, 2])
    return o


def render_latex_inline(ev, spec, o, fin):
    L = [[o["intro"], None, False], ["", None, False]]
    n = len(ev)
    for i, e in enumerate(ev):
        st = e["step"]
        conn = "Finally," if (i == n - 1 and n > 2) else CONN[min(i, len(CONN) - 1)]
        tail = " dollars" if (st.kind == "money" and st.cur == "$" and o["fl"]["sym"] == ""
                              and not st.unit) else ""
        if o["forms"][i] == "calc":
            L.append([f"{conn} we calculate {st.label}: \\( {e['comp']} \\){tail}.", i, True])
        else:
            L.append([f"{conn} {st.label} is \\( {e['comp']} \\){tail}.", i, True])
        L.append(["", i, False])
    L.append([closing("Therefore, {ans}.", spec, fin), None, False])
    return L


# ------------------------------------------------------------------ latex display
def setup_latex_display(r, spec):
    fl = fl_latex(pct_form=pct_form(r, True), sym=r.choice(["", "\\$", "\\$"]), frac=r.random() < 0.5,
                  trim=r.random() < 0.2, leftright=r.random() < 0.3)
    o = dict(fl=fl, intro=r.choice([f"To find {spec['goal']}, follow these steps:",
                                    f"To solve this problem, we need to calculate {spec['goal']}.",
                                    f"Let's determine {spec['goal']} step by step."]),
             head=r.choice(["num", "h3", "bold"]), multi=r.random() < 0.7,
             textlab=r.random() < 0.5, verbs=[r.choice(VERBS) for _ in spec["steps"]],
             boxsingle=r.random() < 0.4, hash=False)
    o["modes"] = pick_modes(r, spec, ["raw", "approx", "eq"], [4, 3, 2])
    return o


def render_latex_display(ev, spec, o, fin):
    L = [[o["intro"], None, False], ["", None, False]]
    for i, e in enumerate(ev):
        st = e["step"]
        d = desc(st, o["verbs"][i])
        ind = ""
        if o["head"] == "num":
            L.append([f"{i + 1}. **{d}:**", i, False])
            ind = "   "
        elif o["head"] == "h3":
            L.append([f"### Step {i + 1}: {d}", i, False])
        else:
            L.append([f"**Step {i + 1}: {d}**", i, False])
        ps = plain_short(st)
        math = f"\\text{{{ps}}} = {e['comp']}" if (o["textlab"] and ps) else e["comp"]
        if o["multi"]:
            L += [[f"{ind}\\[", i, False], [f"{ind}{math}", i, True], [f"{ind}\\]", i, False]]
        else:
            L.append([f"{ind}\\[ {math} \\]", i, True])
        L.append(["", i, False])
    L.append([closing("Therefore, {ans}.", spec, fin), None, False])
    L.append(["", None, False])
    box = fin["latex_box"]
    if o["boxsingle"]:
        L.append([f"\\[ \\boxed{{{box}}} \\]", None, False])
    else:
        L += [["\\[", None, False], [f"\\boxed{{{box}}}", None, False], ["\\]", None, False]]
    return L


# ------------------------------------------------------------------ paragraph
P_FIRST = ["First, {l} is {c}.", "To start, {l} is {c}.", "{L} is {c}."]
P_MID = ["Then {l} is {c}.", "Next, {l} comes to {c}.", "{L} is {c}.", "That makes {l} {c}.",
         "After that, {l} is {c}."]
P_LAST = ["So {l} is {c}.", "Finally, {l} is {c}.", "That gives {l} of {c}.", "This makes {l} {c}."]


def setup_paragraph(r, spec):
    fl = flavour(pct_form=pct_form(r), trim=r.random() < 0.35)
    n = len(spec["steps"])
    sents = []
    for i in range(n):
        pool = P_FIRST if i == 0 else (P_LAST if i == n - 1 else P_MID)
        sents.append(r.choice(pool))
    o = dict(fl=fl, sents=sents,
             close=r.choice(["Therefore, {ans}.", "So {ans}.", "In total, {ans}.", "The answer: {ans}."]),
             hash=r.random() < 0.5, hash_blank=True)
    o["modes"] = pick_modes(r, spec, ["raw_words", "approx", "eq_note", "eq"], [3, 3, 2, 2])
    o["fl"]["rw_phrase"] = r.choice([", which rounds to", ", or about", ", rounded to"])
    return o


def para_sentence(o, i, e):
    st = e["step"]
    tpl = o["sents"][i]
    comp = e["comp"]
    if st.mode == "approx" and not st.faultable:
        # a pure rounding statement reads better in words: "$81.41, or about $81"
        comp = comp.replace(" ≈ ", ", or about ", 1)
    return tpl.replace("{l}", st.label).replace("{L}", cap(st.label)).replace("{c}", comp)


def render_paragraph(ev, spec, o, fin):
    parts = [para_sentence(o, i, e) for i, e in enumerate(ev)]
    parts.append(closing(o["close"], spec, fin))
    L = [[" ".join(parts), "para", True]]
    add_hash(L, o, fin)
    return L


# ------------------------------------------------------------------ terse
def setup_terse(r, spec):
    if r.random() < 0.65:
        fl = fl_ascii(pct_form=r.choice(["dec", "dec", "pctx"]), sym=r.choice(["", "$"]),
                      trim=r.random() < 0.5, commas=r.random() < 0.5)
    else:
        fl = flavour(pct_form=pct_form(r), trim=r.random() < 0.5)
    o = dict(fl=fl, lab=r.random() < 0.5, ansline=r.random() < 0.5, hash=True, hash_blank=False)
    o["modes"] = pick_modes(r, spec, ["eq", "eq_note", "raw"], [4, 2, 3])
    return o


def render_terse(ev, spec, o, fin):
    L = []
    for i, e in enumerate(ev):
        ps = plain_short(e["step"])
        L.append([f"{ps} = {e['comp']}" if (o["lab"] and ps) else e["comp"], i, True])
    if o["ansline"]:
        L.append([f"Answer: {fin['shown']}", None, False])
    add_hash(L, o, fin)
    return L


# ------------------------------------------------------------------ receipt
def setup_receipt(r, spec):
    fl = flavour(pct_form=r.choice(["dec", "pctx"]), trim=r.random() < 0.3, at=r.random() < 0.7)
    if r.random() < 0.3:
        fl["times"] = "x"
    o = dict(fl=fl, intro=r.choice(["Here's the breakdown:", "Let's itemize it like a receipt:",
                                    "Here's how the bill works out:", "Breaking it down:"]),
             fence=r.random() < 0.6, rule=r.random() < 0.6, pad=r.random() < 0.5,
             close=r.choice(["{Ans}.", "So, {ans}.", "**{Ans}.**"]), hash=True, hash_blank=True)
    o["modes"] = pick_modes(r, spec, ["eq", "approx"], [3, 2])
    return o


def render_receipt(ev, spec, o, fin):
    L = [[o["intro"], None, False], ["", None, False]]
    if o["fence"]:
        L.append(["```", None, False])
    labs = []
    for e in ev:
        st = e["step"]
        lab = short(st) + (f" ({st.tag})" if r_tag(st) else "") + ":"
        labs.append(lab)
    w = max(len(x) for x in labs) + 1
    n = len(ev)
    for i, e in enumerate(ev):
        if o["rule"] and i == n - 1 and n > 1:
            L.append(["-" * 28, i, False])
        lab = labs[i].ljust(w) if o["pad"] else labs[i] + " "
        L.append([f"{lab}{e['comp']}", i, True])
    if o["fence"]:
        L.append(["```", None, False])
    L += [["", None, False], [closing(o["close"], spec, fin), None, False]]
    add_hash(L, o, fin)
    return L


SETUP = {s: globals()["setup_" + s] for s in STYLES}
RENDER = {s: globals()["render_" + s] for s in STYLES}
