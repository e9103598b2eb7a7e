"""Writing styles. Each style turns the step list of a Ctx into solution lines."""
import random
from fractions import Fraction as F

from engine import Leaf, Op, PREC, ev, min_dec, digits, plain

STYLES = ["md_headings", "bold_labels", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "chatty", "numbered", "gsm"]

CFG = {
    "md_headings": dict(sep=",", minus="−", mul="×", div="÷", add="+", sub="−", cents=True, units=True, latex=False, pct=True),
    "bold_labels": dict(sep=",", minus="-", mul="x", div="/", add="+", sub="-", cents=True, units=True, latex=False, pct=True),
    "bullets": dict(sep=",", minus="−", mul="×", div="/", add="+", sub="−", cents=False, units=False, latex=False, pct=True),
    "prose": dict(sep=",", minus="-", mul="×", div="÷", add="+", sub="-", cents=True, units=False, latex=False, pct=True, words=True),
    "latex_inline": dict(sep="{,}", minus="-", mul="\\times", div="\\div", add="+", sub="-", cents=True, units=False, latex=True, pct=True),
    "latex_display": dict(sep=",", minus="-", mul="\\times", div="frac", add="+", sub="-", cents=True, units=False, latex=True, pct=True),
    "table": dict(sep=",", minus="−", mul="×", div="÷", add="+", sub="−", cents=True, units=False, latex=False, pct=True),
    "terse": dict(sep="", minus="-", mul="*", div="/", add="+", sub="-", cents=False, units=False, latex=False, pct=False),
    "chatty": dict(sep=",", minus="−", mul="×", div="÷", add="+", sub="−", cents=True, units=True, latex=False, pct=True),
    "numbered": dict(sep=",", minus="-", mul="×", div="÷", add="+", sub="-", cents=True, units=True, latex=False, pct=True),
    "gsm": dict(sep="", minus="-", mul="*", div="/", add="+", sub="-", cents=False, units=False, latex=False, pct=False),
}


def num(v, fmt, c, force_cents=False):
    v = F(v)
    if fmt == "money":
        d = 0 if (v.denominator == 1 and not c["cents"] and not force_cents) else 2
        if min_dec(v, 2) is None:
            d = 2
        s = digits(v, d, sep=c["sep"], minus=c["minus"])
        neg = s.startswith(c["minus"])
        body = s[len(c["minus"]):] if neg else s
        dollar = "\\$" if c["latex"] else "$"
        return (c["minus"] if neg else "") + dollar + body
    if fmt == "pct":
        w = v * 100
        s = digits(w, min_dec(w, 4) or 0, sep="")
        return s + ("\\%" if c["latex"] else "%")
    d = min_dec(v, 4)
    if d is None:
        d = 2
    return digits(v, d, sep=c["sep"], minus=c["minus"])


def unit_word(u, v):
    if u is None:
        return ""
    if isinstance(u, tuple):
        return u[0] if F(v) == 1 else u[1]
    return u


def with_unit(v, fmt, unit, c):
    s = num(v, fmt, c)
    if fmt == "money" or not unit:
        return s
    u = unit_word(unit, v)
    if c["latex"]:
        return s + " \\text{ " + u + "}"
    return s + " " + u


def rx(e, c, ops, parent=None, right=False):
    if isinstance(e, Leaf):
        fmt = e.fmt
        if fmt == "pct" and not c["pct"]:
            fmt = "dec"
        s = num(e.v, fmt, c)
        if c["units"] and e.unit and fmt not in ("money", "pct"):
            s += " " + unit_word(e.unit, e.v)
        if e.v < 0 and parent is not None:
            s = ("\\left(" + s + "\\right)") if c["latex"] and False else "(" + s + ")"
        return s
    op = e.op
    if op == "of" and not c["pct"]:
        op = "*"
    if op == "/" and c["div"] == "frac":
        return "\\frac{" + rx(e.a, c, ops) + "}{" + rx(e.b, c, ops) + "}"
    sym = {"+": ops["add"], "-": ops["sub"], "*": ops["mul"], "/": ops["div"],
           "of": "\\text{of}" if c["latex"] else "of"}[op]
    p = PREC[op]
    inner = rx(e.a, c, ops, op, False) + (" " if ops.get("sp", True) else "") + sym + \
        (" " if ops.get("sp", True) else "") + rx(e.b, c, ops, op, True)
    need = False
    if parent is not None:
        pp = PREC[parent]
        if p < pp or (right and p == pp and parent in ("-", "/")):
            need = True
        if parent == "of":
            need = True
    if need:
        return "(" + inner + ")"
    return inner


def calc_parts(st, c, ops, rng_choice_chain):
    """Return (expr string, relation, result string)."""
    e = st["expr"]
    E = rx(e, c, ops)
    rel = ("\\approx" if c["latex"] else "≈") if st["approx"] else "="
    R = with_unit(st["val"], st["fmt"] if st["fmt"] != "int" else "dec", st["unit"], c)
    if st["chain"] and rng_choice_chain and isinstance(e, Op) and e.op in "+-" \
            and isinstance(e.a, Op) and isinstance(e.b, Op):
        va, vb = ev(e.a), ev(e.b)
        if min_dec(va, 3) is not None and min_dec(vb, 3) is not None:
            fa = "money" if _is_money(e.a) else "dec"
            fb = "money" if _is_money(e.b) else "dec"
            mid = Op(e.op, Leaf(va, fa), Leaf(vb, fb))
            E = E + " = " + rx(mid, c, dict(ops, sp=ops.get("sp", True)))
    return E, rel, R


def _is_money(e):
    if isinstance(e, Leaf):
        return e.fmt == "money"
    return _is_money(e.a) or _is_money(e.b)


def check_line(st, c, ops):
    """Inverse check of a simple binary calc step, using the carried value."""
    e = st["expr"]
    if st["approx"] or not isinstance(e, Op) or not isinstance(e.a, Leaf) or not isinstance(e.b, Leaf):
        return None
    if e.op not in ("*", "+", "/"):
        return None
    R = Leaf(st["carried"], e.a.fmt if e.op != "/" else st["fmt"])
    if e.op == "*":
        if e.b.v == 0:
            return None
        ce = Op("/", R, Leaf(e.b.v, e.b.fmt))
        res = e.a
    elif e.op == "+":
        ce = Op("-", R, Leaf(e.b.v, e.b.fmt))
        res = e.a
    else:
        ce = Op("*", R, Leaf(e.b.v, e.b.fmt))
        res = e.a
    if ev(ce) != res.v:
        return None
    cc = dict(c, units=False)
    o = dict(ops)
    if o["div"] == "frac":
        o["div"] = "\\div"
    s = rx(ce, cc, o) + (" = " if not c["latex"] else " = ") + num(res.v, res.fmt if res.fmt != "pct" else "dec", cc)
    return s


def lab(s):
    return s[0].lower() + s[1:]


FIRST = ["First", "To start", "First off", "To begin"]
NEXT = ["Next", "Then", "Now", "After that"]
LAST = ["Finally", "Last", "Lastly"]


def render(ctx, style, seed, skip_check=False):
    """Return (lines, step_line) where step_line maps calc idx -> line number."""
    c = CFG[style]
    rng = random.Random(seed + ":render:" + style)
    ops = dict(mul=c["mul"], div=c["div"], add=c["add"], sub=c["sub"])
    L = []
    where = {}
    steps = ctx.steps
    calcs = [s for s in steps if s["t"] == "calc"]
    ncalc = len(calcs)
    want_check = rng.random() < 0.45
    want_chain = rng.random() < 0.6
    intro_pick = rng.randrange(6)
    givens = []
    seen = set()
    for s in calcs:
        stack = [s["expr"]]
        while stack:
            e = stack.pop(0)
            if isinstance(e, Leaf):
                if e.given and e.name and e.name not in seen:
                    seen.add(e.name)
                    givens.append(e)
            else:
                stack += [e.a, e.b]

    def gv(e):
        return with_unit(e.v, e.fmt if e.fmt != "pct" else "pct", e.unit, dict(c, latex=False) if not c["latex"] else c)

    def rnd_text(s):
        x = num(s["src"].v, "dec", c)
        y = with_unit(s["val"], "dec", s["unit"], dict(c, latex=False))
        k = rng.randrange(4)
        if s["src"].v == s["val"]:
            return f"That is already a whole number, so {y}."
        if s["dir"] == "up":
            return [f"Since {s['why']}, round {x} up to {y}.",
                    f"{x} → round up to {y} ({s['why']}).",
                    f"We can't use a fraction here ({s['why']}), so that's {y}.",
                    f"Rounding up: {y}, because {s['why']}."][k]
        return [f"Since {s['why']}, round {x} down to {y}.",
                f"{x} → round down to {y} ({s['why']}).",
                f"Only whole ones count ({s['why']}), so that's {y}.",
                f"Rounding down: {y}, because {s['why']}."][k]

    def dm_text(s):
        cc = dict(c, latex=False)
        d = "÷" if c["div"] in ("frac", "\\div") else c["div"]
        a, b = num(s["a"].v, "dec", cc), num(s["b"].v, "dec", cc)
        q, r = num(s["q"], "dec", cc), num(s["r"], "dec", cc)
        k = rng.randrange(3)
        return [f"{lab(s['label'])[0].upper() + lab(s['label'])[1:]}: {a} {d} {b} = {q} remainder {r}, so {q} {unit_word(s['unit'], s['q'])} with {r} {unit_word(s['runit'], s['r'])} left over.",
                f"{a} {d} {b} = {q} R {r} → {q} {unit_word(s['unit'], s['q'])}, and {r} {unit_word(s['runit'], s['r'])} left over.",
                f"{a} {d} {b} = {q} remainder {r}. That means {q} {unit_word(s['unit'], s['q'])} and {r} {unit_word(s['runit'], s['r'])} remaining."][k]

    def hm_text(s):
        h = num(s["h"].v, "dec", dict(c, latex=False))
        k = rng.randrange(3)
        return [f"({h} hours is {s['H']} h {s['M']} min.)",
                f"That's {s['H']} hours and {s['M']} minutes.",
                f"In hours and minutes: {h} h = {s['H']} h {s['M']} min."][k]

    def note_text(s):
        cc = dict(c, latex=False)
        vals = [with_unit(v.v, v.fmt, v.unit, cc) for v in s["vals"]]
        return s["text"].format(*vals)

    def other(s):
        if s["t"] == "round":
            return rnd_text(s)
        if s["t"] == "divmod":
            return dm_text(s)
        if s["t"] == "hm":
            return hm_text(s)
        return note_text(s)

    fin = ctx.final
    fleaf = fin["leaf"]
    funit = fin["unit"] or fleaf.unit
    fstr_plain = with_unit(fleaf.v, fleaf.fmt, funit, dict(c, latex=False))
    answer_sentence = fin["phrase"].format(fstr_plain)
    answer_sentence = answer_sentence[0].upper() + answer_sentence[1:]
    bold_ans = fin["phrase"].format("**" + fstr_plain + "**")
    bold_ans = bold_ans[0].upper() + bold_ans[1:]
    last_calc = calcs[-1] if calcs else None
    chk = None
    if want_check and last_calc is not None and not skip_check:
        chk = check_line(last_calc, c, ops)

    if style == "md_headings":
        L += [["## Solution", "Let's work through this step by step.", "We'll go one quantity at a time."][intro_pick % 3], ""]
        k = 0
        form = rng.randrange(3)
        for s in steps:
            if s["t"] == "calc":
                k += 1
                E, rel, R = calc_parts(s, c, ops, want_chain)
                L.append(f"### Step {k}: {s['label']}")
                L.append("")
                where[s["idx"]] = len(L)
                L.append([f"{E} {rel} {R}", f"{s['label']} = {E} {rel} {R}", f"{s['label']}: {E} {rel} **{R}**"][form])
                L.append("")
            else:
                L.append(other(s))
                L.append("")
        if chk:
            L.append(f"**Check:** {chk} ✓")
            L.append("")
        L.append("### Answer")
        L.append("")
        L.append(bold_ans + ".")
    elif style == "bold_labels":
        L.append(["Let's break this down.", "Here's how to work it out:", "Let me solve this step by step.", "Okay, let's calculate."][intro_pick % 4])
        L.append("")
        for s in steps:
            if s["t"] == "calc":
                E, rel, R = calc_parts(s, c, ops, want_chain)
                where[s["idx"]] = len(L)
                L.append(f"**{s['label']}:** {E} {rel} {R}")
            else:
                L.append(other(s))
        L.append("")
        if chk:
            L.append(f"Check: {chk} ✔")
            L.append("")
        L.append(f"**Final answer:** {answer_sentence}.")
    elif style == "bullets":
        if givens:
            L.append("**Given:**")
            for g in givens:
                L.append(f"- {g.name} = {gv(g)}")
            L.append("")
        L.append(["**Steps:**", "**Calculation:**", "**Working:**"][intro_pick % 3])
        for s in steps:
            if s["t"] == "calc":
                E, rel, R = calc_parts(s, c, ops, want_chain)
                where[s["idx"]] = len(L)
                L.append(f"- {s['label']}: {E} {rel} {R}")
            else:
                L.append("  - " + other(s))
        if chk:
            L.append(f"- Check: {chk} ✓")
        L.append("")
        L.append(f"So the answer is **{fstr_plain}**.")
    elif style == "prose":
        cur = []
        i = 0
        para_len = [2, 3][intro_pick % 2]
        for s in steps:
            if s["t"] == "calc":
                word = rng.random() < 0.4
                o = dict(ops)
                if word:
                    o.update(mul="times", div="divided by", add="plus", sub="minus")
                E, rel, R = calc_parts(s, c, o, want_chain)
                conn = (FIRST if i == 0 else LAST if i == ncalc - 1 and ncalc > 2 else NEXT)[rng.randrange(3)]
                shape = rng.randrange(4)
                rel_w = rel if not word or rel != "=" else ["=", "equals"][rng.randrange(2)]
                if shape == 0:
                    sent = f"{conn}, the {lab(s['label'])} is {E} {rel_w} {R}."
                elif shape == 1:
                    sent = f"{conn}, work out the {lab(s['label'])}: {E} {rel_w} {R}."
                elif shape == 2:
                    sent = f"{conn}, we need the {lab(s['label'])}, which is {E} {rel_w} {R}."
                else:
                    sent = f"{conn}, {E} {rel_w} {R}, which gives the {lab(s['label'])}."
                if cur and len(cur) >= para_len:
                    L.append(" ".join(t for t, _ in cur))
                    for _, ix in cur:
                        if ix is not None:
                            where[ix] = len(L) - 1
                    L.append("")
                    cur = []
                cur.append((sent, s["idx"]))
                i += 1
            else:
                cur.append((other(s), None))
        if cur:
            L.append(" ".join(t for t, _ in cur))
            for _, ix in cur:
                if ix is not None:
                    where[ix] = len(L) - 1
            L.append("")
        if chk:
            L.append(f"As a check, {chk}, which matches.")
            L.append("")
        L.append(answer_sentence + ".")
    elif style == "latex_inline":
        L.append(["We solve this step by step.", "Let's set up each quantity.", "Step by step:"][intro_pick % 3])
        L.append("")
        i = 0
        for s in steps:
            if s["t"] == "calc":
                E, rel, R = calc_parts(s, c, ops, want_chain)
                conn = (FIRST if i == 0 else NEXT)[rng.randrange(3)]
                where[s["idx"]] = len(L)
                if rng.random() < 0.5:
                    L.append(f"{conn}, the {lab(s['label'])}: \\( {E} {rel} {R} \\).")
                else:
                    L.append(f"{conn}, the {lab(s['label'])} is \\({E} {rel} {R}\\).")
                i += 1
            else:
                L.append(other(s))
        L.append("")
        if chk:
            L.append(f"Check: \\({chk}\\) ✓")
            L.append("")
        fl = with_unit(fleaf.v, fleaf.fmt, funit, c)
        L.append(f"**Answer:** \\(\\boxed{{{fl}}}\\)")
    elif style == "latex_display":
        L.append(["To solve this, we compute each quantity in turn.", "Let's compute this carefully.", "We proceed step by step."][intro_pick % 3])
        L.append("")
        k = 0
        for s in steps:
            if s["t"] == "calc":
                k += 1
                E, rel, R = calc_parts(s, c, ops, want_chain)
                L.append(f"**{k}. {s['label']}**")
                L.append("")
                where[s["idx"]] = len(L)
                if rng.random() < 0.5:
                    L.append(f"$$ {E} {rel} {R} $$")
                else:
                    L.append(f"\\[ \\text{{{s['label']}}} = {E} {rel} {R} \\]")
                L.append("")
            else:
                L.append(other(s))
                L.append("")
        if chk:
            L.append(f"Check: \\( {chk} \\) ✓")
            L.append("")
        fl = with_unit(fleaf.v, fleaf.fmt, funit, c)
        L.append(f"$$ \\boxed{{{fl}}} $$")
    elif style == "table":
        L.append(["Here is the calculation laid out:", "Working it out in a table:", "Let's organise the numbers."][intro_pick % 3])
        L.append("")
        L.append("| Step | Quantity | Calculation | Result |")
        L.append("|---|---|---|---|")
        k = 0
        post = []
        for s in steps:
            if s["t"] == "calc":
                k += 1
                E, rel, R = calc_parts(s, c, ops, False)
                where[s["idx"]] = len(L)
                L.append(f"| {k} | {s['label']} | {E} {rel} {R} | {R} |")
            else:
                post.append(other(s))
        L.append("")
        for p in post:
            L.append(p)
        if post:
            L.append("")
        if chk:
            L.append(f"Check: {chk} ✓")
            L.append("")
        L.append(bold_ans + ".")
    elif style == "terse":
        for s in steps:
            if s["t"] == "calc":
                E, rel, R = calc_parts(s, c, ops, False)
                where[s["idx"]] = len(L)
                if rng.random() < 0.5:
                    L.append(f"{E} {rel} {R}")
                else:
                    L.append(f"{lab(s['label'])}: {E} {rel} {R}")
            else:
                L.append(other(s))
        if chk:
            L.append(f"check: {chk}")
        L.append(f"Answer: {fstr_plain}")
    elif style == "chatty":
        L.append(["Great question! Let's figure this out together. 🚤", "Ooh, a good one for anyone who spends time on the water! Let's go step by step.",
                  "Happy to help! Let's walk through it. ⚓", "Let's dive in! 🌊"][intro_pick % 4])
        L.append("")
        i = 0
        for s in steps:
            if s["t"] == "calc":
                E, rel, R = calc_parts(s, c, ops, want_chain)
                shape = rng.randrange(4)
                where[s["idx"]] = len(L)
                if shape == 0:
                    L.append(f"{'First' if i == 0 else 'Next'}, let's find the {lab(s['label'])}: {E} {rel} {R}.")
                elif shape == 1:
                    L.append(f"Now for the {lab(s['label'])}. That's {E} {rel} {R} — nice!")
                elif shape == 2:
                    L.append(f"The {lab(s['label'])} comes out to {E} {rel} {R}.")
                else:
                    L.append(f"👉 {s['label']}: {E} {rel} {R}")
                i += 1
            else:
                L.append(other(s))
            L.append("")
        if chk:
            L.append(f"Quick sanity check: {chk} ✅")
            L.append("")
        L.append(bold_ans + "! " + ["Tight lines! 🎣", "Fair winds! ⛵", "Hope that helps! 😊", "Enjoy the trip! 🌅"][intro_pick % 4])
    elif style == "numbered":
        L.append(["Let's solve it in steps.", "Step-by-step solution:", "Here's the breakdown:"][intro_pick % 3])
        L.append("")
        k = 0
        for s in steps:
            if s["t"] == "calc":
                k += 1
                E, rel, R = calc_parts(s, c, ops, want_chain)
                where[s["idx"]] = len(L)
                L.append(f"{k}. **{s['label']}**: {E} {rel} {R}")
            else:
                L.append("   " + other(s))
        L.append("")
        if chk:
            L.append(f"*Check:* {chk} ✓")
            L.append("")
        L.append(f"**Answer:** {answer_sentence}.")
    elif style == "gsm":
        cg = dict(c)
        og = dict(ops, sp=False)
        for s in steps:
            if s["t"] == "calc":
                E = rx(s["expr"], cg, og)
                val = s["val"]
                if s["fmt"] == "money":
                    Rv = num(val, "money", cg)[1:]
                    dollar = "$"
                else:
                    Rv = num(val, "dec", cg)
                    dollar = ""
                rel = "≈" if s["approx"] else "="
                uw = unit_word(s["unit"], val) if s["fmt"] != "money" else ""
                where[s["idx"]] = len(L)
                L.append(f"The {lab(s['label'])} is {E}{rel}{dollar}<<{E}={Rv}>>{Rv}{(' ' + uw) if uw else ''}.")
            else:
                L.append(other(s))
    return L, where
