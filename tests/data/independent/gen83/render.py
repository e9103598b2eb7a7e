"""Writing styles: turn builder segments into solution text."""
from fractions import Fraction as F

from core import plain, money, fixed

STYLES = ["markdown", "bold-labels", "bullets", "prose", "latex-inline", "latex-display",
          "table", "terse", "chatty", "numbered", "llama-steps"]

CFG = {
    # mul, div, add, sub, opunits, resunits, pct ('%'|'dec'), of, eq_round, latex, frac, spaces, drop_cents
    "markdown":      dict(mul="×", div="÷", add="+", sub="−", opunits=False, resunits=True, pct="%", of=False, eqr=False, latex=False, frac=False, bold=True),
    "bold-labels":   dict(mul="×", div="÷", add="+", sub="-", opunits=True, resunits=True, pct="%", of=True, eqr=False, latex=False, frac=False, bold=False),
    "bullets":       dict(mul="x", div="/", add="+", sub="-", opunits=False, resunits=True, pct="%", of=False, eqr=False, latex=False, frac=False, bold=False),
    "prose":         dict(mul="×", div="÷", add="+", sub="−", opunits=False, resunits=True, pct="%", of=True, eqr=True, latex=False, frac=False, bold=False, words=True),
    "latex-inline":  dict(mul="\\times", div="\\div", add="+", sub="-", opunits=False, resunits=True, pct="%", of=False, eqr=False, latex=True, frac=False, bold=False),
    "latex-display": dict(mul="\\times", div="\\div", add="+", sub="-", opunits=False, resunits=True, pct="dec", of=False, eqr=False, latex=True, frac=True, bold=False),
    "table":         dict(mul="×", div="÷", add="+", sub="−", opunits=False, resunits=True, pct="%", of=False, eqr=False, latex=False, frac=False, bold=False),
    "terse":         dict(mul="*", div="/", add="+", sub="-", opunits=False, resunits=False, pct="dec", of=False, eqr=True, latex=False, frac=False, bold=False, tight=True),
    "chatty":        dict(mul="×", div="÷", add="+", sub="-", opunits=True, resunits=True, pct="%", of=True, eqr=False, latex=False, frac=False, bold=False),
    "numbered":      dict(mul="·", div="/", add="+", sub="−", opunits=False, resunits=True, pct="dec", of=False, eqr=False, latex=False, frac=False, bold=False),
    "llama-steps":   dict(mul="*", div="/", add="+", sub="-", opunits=False, resunits=True, pct="%", of=False, eqr=False, latex=False, frac=False, bold=False),
}

WORDOPS = {"*": "times", "/": "divided by", "+": "plus", "-": "minus"}


def num_s(v, fmt, cfg, drop=False):
    if fmt == "$":
        s = money(v, drop_cents=drop)
    elif fmt == "%":
        s = plain(v * 100) + "%" if cfg["pct"] == "%" else plain(v, maxnd=6)
    else:
        s = plain(v)
    if cfg["latex"]:
        s = s.replace(",", "{,}").replace("$", "\\$").replace("%", "\\%")
    return s


def unit_s(u, cfg):
    if not u:
        return ""
    return "\\text{ " + u + "}" if cfg["latex"] else " " + u


def expr_s(calc, cfg, rng, words=False):
    toks = calc.tokens
    # latex fraction for a simple a / b
    if cfg["frac"] and len(toks) == 3 and toks[1] == "/" and rng.random() < 0.75:
        a, b = toks[0], toks[2]
        return "\\frac{" + num_s(a[0], a[1], cfg) + "}{" + num_s(b[0], b[1], cfg) + "}"
    out = []
    prev = None
    for t in toks:
        if isinstance(t, tuple):
            s = num_s(t[0], t[1], cfg, drop=True)
            if cfg["opunits"] and t[2]:
                s += unit_s(t[2], cfg)
            out.append(s)
        else:
            if t in "()":
                out.append(t)
            elif t == "*" and isinstance(prev, tuple) and prev[1] == "%" and cfg["of"] and cfg["pct"] == "%":
                out.append("of")
            elif words:
                out.append(WORDOPS[t])
            else:
                out.append({"*": cfg["mul"], "/": cfg["div"], "+": cfg["add"], "-": cfg["sub"]}[t])
        prev = t
    s = " ".join(out).replace("( ", "(").replace(" )", ")")
    if cfg.get("tight"):
        s = s.replace(" ", "") if not any(isinstance(t, tuple) and t[2] and cfg["opunits"] for t in toks) else s
    return s


def res_s(calc, cfg):
    v = calc.written
    s = num_s(v, calc.fmt, cfg)
    return s


def rel_s(calc, cfg):
    if not calc.approx:
        return "="
    if calc.fmt == "$" and cfg["eqr"]:
        return "="
    return "\\approx" if cfg["latex"] else "≈"


def eq_line(calc, cfg, rng, words=False, bold=False, units=True):
    e = expr_s(calc, cfg, rng, words)
    r = res_s(calc, cfg)
    if bold:
        r = "**" + r + "**"
    rel = rel_s(calc, cfg)
    if words and rel == "=":
        rel = rng.choice(["=", "is", "equals", "="])
    elif words and rel == "≈":
        rel = rng.choice(["≈", "is about"])
    sp = "" if cfg.get("tight") and " " not in e else " "
    s = e + sp + rel + sp + r
    if units and cfg["resunits"]:
        s += unit_s(calc.unit, cfg)
    return s


def after_s(seg, cfg):
    a = seg["after"]
    if not a:
        return ""
    c = seg["calc"]
    return a.replace("{r}", num_s(c.written, c.fmt, dict(cfg, latex=False)))


NAMES = {"Maya", "Jordan", "Priya", "Mr.", "Ms.", "Mrs.", "Leo", "Aisha", "Daniel", "Grace", "Tomás",
         "Hannah", "Ethan", "Sofia", "Nadia", "I", "XL"}


def lcfirst(s):
    if not s or s.split(" ")[0] in NAMES or s[1:2].isupper():
        return s
    return s[0].lower() + s[1:]


def strip_conn(s):
    for w in ("First, ", "Then ", "Next, ", "Now "):
        if s.startswith(w):
            return s[len(w)].upper() + s[len(w) + 1:]
    return s


# ------------------------------------------------------------------ styles

def r_markdown(segs, fin, fsent, rng):
    cfg = CFG["markdown"]
    L = []
    if rng.random() < 0.5:
        L += ["Let's solve this step by step.", ""]
    k = 0
    for s in segs:
        c = s["calc"]
        if s["check"]:
            L += ["**Check:** " + s["lead"] + " " + eq_line(c, cfg, rng) + ", " + s["after"], ""]
            continue
        k += 1
        L.append(f"### Step {k}: {s['head']}")
        if c is None:
            L += [s["lead"], ""]
            continue
        L += [s["lead"], "", eq_line(c, cfg, rng, bold=True), ""]
        a = after_s(s, cfg)
        if a:
            L += [a, ""]
    L += ["### Final Answer", "", fsent.replace(fin_plain(fsent), fin_plain(fsent)), "", f"#### {fin}"]
    return "\n".join(L)


def fin_plain(s):
    return s


def r_bold(segs, fin, fsent, rng):
    cfg = CFG["bold-labels"]
    L = []
    for s in segs:
        c = s["calc"]
        if c is None:
            L.append(s["lead"])
            continue
        if s["check"]:
            L.append("**Check:** " + lcfirst(s["lead"]) + " " + eq_line(c, cfg, rng) + ", " + s["after"])
            continue
        line = f"**{s['head']}:** " + eq_line(c, cfg, rng)
        L.append(line)
    L = ["\n".join(x + "  " if i < len(L) - 1 else x for i, x in enumerate(L))]
    L += ["", f"**Answer:** {fsent}", "", f"#### {fin}"]
    return "\n".join(L)


def r_bullets(segs, fin, fsent, rng):
    cfg = CFG["bullets"]
    L = [rng.choice(["Here's the breakdown:", "Let's work it out:", "Breaking it down:"]), ""]
    for s in segs:
        c = s["calc"]
        if c is None:
            L.append("- " + s["lead"])
        elif s["check"]:
            L.append("- Check: " + lcfirst(s["lead"]) + " " + eq_line(c, cfg, rng) + ", " + s["after"])
        else:
            L.append(f"- {s['head']}: " + eq_line(c, cfg, rng))
            a = after_s(s, cfg)
            if a and rng.random() < 0.5:
                L.append("  - " + a)
    L += ["", "So " + lcfirst(fsent), "", f"#### {fin}"]
    return "\n".join(L)


CONN = ["First,", "Next,", "Then", "After that,", "Now", "Finally,"]


def r_prose(segs, fin, fsent, rng):
    cfg = CFG["prose"]
    paras = []
    cur = []
    for i, s in enumerate(segs):
        c = s["calc"]
        if c is None:
            cur.append(s["lead"])
            continue
        words = rng.random() < 0.35
        if s["check"]:
            cur.append("To check: " + lcfirst(s["lead"]) + " " + eq_line(c, cfg, rng, words=words) + ", " + s["after"])
            continue
        lead = s["lead"].rstrip(".:")
        frame = rng.choice(["{lead}: {eq}.", "{lead}, so {eq}.", "{lead}. That gives {eq}."])
        cur.append(frame.format(lead=lead, eq=eq_line(c, cfg, rng, words=words)))
        a = after_s(s, cfg)
        if a and rng.random() < 0.4:
            cur.append(a)
        if rng.random() < 0.5:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    paras.append(rng.choice(["Therefore, ", "So ", "", "That means "]) + (lcfirst(fsent) if True else fsent))
    if paras[-1][0].islower():
        paras[-1] = paras[-1][0].upper() + paras[-1][1:]
    return "\n\n".join(paras) + f"\n\n#### {fin}"


def r_latex_inline(segs, fin, fsent, rng):
    cfg = CFG["latex-inline"]
    L = ["To solve this, we'll go step by step.", ""]
    k = 0
    for s in segs:
        c = s["calc"]
        if c is None:
            L += [s["lead"], ""]
            continue
        if s["check"]:
            L += ["Check: " + lcfirst(s["lead"]) + " \\(" + eq_line(c, cfg, rng) + "\\), " + s["after"], ""]
            continue
        k += 1
        L += [f"**Step {k}: {s['head']}**", "", s["lead"] + " \\(" + eq_line(c, cfg, rng) + "\\)", ""]
        a = after_s(s, cfg)
        if a:
            L += [a, ""]
    L += ["**Answer:** " + fsent, "", f"#### {fin}"]
    return "\n".join(L)


def r_latex_display(segs, fin, fsent, rng):
    cfg = CFG["latex-display"]
    L = []
    for s in segs:
        c = s["calc"]
        if c is None:
            L += [s["lead"], ""]
            continue
        if s["check"]:
            L += ["Check: " + lcfirst(s["lead"]) + " \\(" + eq_line(c, cfg, rng) + "\\), " + s["after"], ""]
            continue
        L += [s["lead"], "\\[", eq_line(c, cfg, rng), "\\]", ""]
    L += [fsent, "", "\\[", "\\boxed{" + fin + "}", "\\]", "", f"#### {fin}"]
    return "\n".join(L)


def r_table(segs, fin, fsent, rng):
    cfg = CFG["table"]
    L = [rng.choice(["Here is the calculation laid out:", "Let's organize the work in a table.", "Working:"]), "",
         "| Step | Calculation | Result |", "|---|---|---|"]
    notes = []
    for s in segs:
        c = s["calc"]
        if c is None:
            notes.append(s["lead"])
            continue
        r = res_s(c, cfg) + unit_s(c.unit, cfg)
        if c.approx and not (c.fmt == "$" and cfg["eqr"]):
            r = "≈ " + r
        L.append(f"| {s['head']} | {expr_s(c, cfg, rng)} | {r} |")
        if s["check"]:
            notes.append(s["lead"] + " " + res_s(c, cfg) + unit_s(c.unit, cfg) + ", " + s["after"])
    L.append("")
    for n in notes:
        L.append(("- " if len(notes) > 1 else "") + n)
    if notes:
        L.append("")
    L += [fsent, "", f"#### {fin}"]
    return "\n".join(L)


def r_terse(segs, fin, fsent, rng):
    cfg = CFG["terse"]
    L = []
    for s in segs:
        c = s["calc"]
        if c is None:
            t = s["lead"]
            L.append(t)
            continue
        line = eq_line(c, cfg, rng)
        if s["check"]:
            line = "check: " + line
        L.append(line)
    L += [f"#### {fin}"]
    return "\n".join(L)


OPEN = ["Great question! Let's break it down step by step. 📚", "Let's work through this together!",
        "Sure! Here's how to figure it out.", "Happy to help! Let's take it one step at a time."]


def r_chatty(segs, fin, fsent, rng):
    cfg = CFG["chatty"]
    L = [rng.choice(OPEN), ""]
    conn = ["**First**,", "**Next**,", "**Then**,", "**After that**,", "**Now**,", "**Next up**,"]
    k = 0
    for s in segs:
        c = s["calc"]
        if c is None:
            L += [s["lead"], ""]
            continue
        if s["check"]:
            L += ["Quick sanity check: " + lcfirst(s["lead"]) + " " + eq_line(c, cfg, rng) + ", " + s["after"], ""]
            continue
        cn = conn[min(k, len(conn) - 1)]
        k += 1
        L += [f"{cn} {lcfirst(strip_conn(s['lead']))}", "", "  " + eq_line(c, cfg, rng), ""]
        a = after_s(s, cfg)
        if a and rng.random() < 0.6:
            L += [a, ""]
    L += [rng.choice(["So, ", "And there you have it: ", "That means "]) + lcfirst(fsent) + " 🎉", "",
          f"#### {fin}"]
    return "\n".join(L)


def r_numbered(segs, fin, fsent, rng):
    cfg = CFG["numbered"]
    L = []
    k = 0
    for s in segs:
        c = s["calc"]
        if c is None:
            L.append("   " + s["lead"])
            continue
        if s["check"]:
            L.append("   Check: " + lcfirst(s["lead"]) + " " + eq_line(c, cfg, rng) + ", " + s["after"])
            continue
        k += 1
        line = f"{k}. **{s['head']}**: " + eq_line(c, cfg, rng)
        a = after_s(s, cfg)
        if a and rng.random() < 0.5:
            line += ". " + a
        L.append(line)
    L += ["", f"**Answer: {fsent}**", "", f"#### {fin}"]
    return "\n".join(L)


def r_llama(segs, fin, fsent, rng):
    cfg = CFG["llama-steps"]
    L = []
    k = 0
    for s in segs:
        c = s["calc"]
        if c is None:
            k += 1
            L += [f"## Step {k}: {s['head']}", s["lead"], ""]
            continue
        if s["check"]:
            L[-1:-1] = []
            L += [s["lead"] + " " + eq_line(c, cfg, rng) + ", " + s["after"], ""]
            continue
        k += 1
        a = after_s(s, cfg)
        L += [f"## Step {k}: {s['head']}", s["lead"] + " " + eq_line(c, cfg, rng) + "." + (" " + a if a else ""), ""]
    L += [f"The final answer is: $\\boxed{{{fin}}}$", "", f"#### {fin}"]
    return "\n".join(L)


RENDER = {"markdown": r_markdown, "bold-labels": r_bold, "bullets": r_bullets, "prose": r_prose,
          "latex-inline": r_latex_inline, "latex-display": r_latex_display, "table": r_table,
          "terse": r_terse, "chatty": r_chatty, "numbered": r_numbered, "llama-steps": r_llama}
