"""Writing styles.  Each renderer turns a trace into lines of text and records,
for every computation, the index of the line that holds its written result."""
from core import Num, Fmt, fmt, sum_of_products_mid, plain_final

STYLES = ["gpt_md", "llama_steps", "claude_bold", "bullets", "prose", "latex_inline",
          "table", "terse", "tutor", "forum", "commentary"]

UNI = {"*": "×", "/": "÷", "+": "+", "-": "−"}
ASCII = {"*": "*", "/": "/", "+": "+", "-": "-"}
XOPS = {"*": "x", "/": "/", "+": "+", "-": "-"}
MIXED = {"*": "×", "/": "÷", "+": "+", "-": "-"}
DOT = {"*": "·", "/": "÷", "+": "+", "-": "−"}
LATEX = {"*": "\\times", "/": "\\div", "+": "+", "-": "-"}
WORDS = {"*": "times", "/": "divided by", "+": "plus", "-": "minus"}

FORUM_UNITS = {"points": "pts", "point": "pt", "minutes": "mins", "seconds": "secs",
               "goals": "goals", "damage": "dmg"}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def lc(s):
    if len(s) > 1 and s[1].isupper():
        return s
    return s[:1].lower() + s[1:] if s else s


class Sty:
    def __init__(self, ops, f, tf=None, latex=False, show_u=False, unit_res=True,
                 tight=False, frac=False, neg_paren=True, units_map=None):
        self.ops = ops
        self.f = f                 # math-mode number format
        self.tf = tf or f          # text-mode number format
        self.latex = latex
        self.show_u = show_u
        self.unit_res = unit_res
        self.tight = tight
        self.frac = frac
        self.units_map = units_map or {}


def unit_of(sty, u):
    if not u:
        return ""
    return sty.units_map.get(u, u)


def num_s(sty, n, text=False):
    return fmt(n, sty.tf if text else sty.f)


def expr_s(expr, sty, worded=False):
    if sty.latex and sty.frac and len(expr) == 3 and expr[1] == "/":
        a, b = expr[0], expr[2]
        return "\\frac{%s}{%s}" % (fmt(a, sty.f), fmt(b, sty.f))
    parts = []
    for i, t in enumerate(expr):
        if isinstance(t, Num):
            s = fmt(t, sty.f)
            if t.v < 0 and i > 0:
                s = "(%s)" % s
            if sty.show_u and t.u and not sty.latex:
                s += " " + unit_of(sty, t.u)
            parts.append(("n", s))
        elif t in ("(", ")"):
            parts.append(("p", t))
        else:
            parts.append(("o", WORDS[t] if worded else sty.ops[t]))
    out = ""
    prev = None
    for kind, p in parts:
        if prev is None:
            out = p
        elif p == ")" or out.endswith("("):
            out += p
        elif sty.tight and not worded and (kind == "o" or prev == "o"):
            out += p
        else:
            out += " " + p
        prev = kind
    return out


def res_s(rec, sty, with_unit=True, written=True):
    n = rec["written"] if written else rec["res"]
    s = fmt(n, sty.f)
    rec["_ws"] = s
    rec["_rs"] = fmt(rec["res"], sty.f)
    if rec.get("rem") is not None:
        if sty.latex:
            s += " \\text{ remainder } " + fmt(rec["rem"], sty.f)
        else:
            s += " remainder " + fmt(rec["rem"], sty.f)
    if with_unit and sty.unit_res and rec["unit"] and rec.get("rem") is None:
        u = unit_of(sty, rec["unit"])
        s += ("\\text{ %s}" % u) if sty.latex else (" " + u)
    return s


def eq_s(rec, sty, worded=False, with_unit=True, chain=True, eqword="is"):
    e = expr_s(rec["expr"], sty, worded)
    mid = None
    if chain and rec["chain"] and not worded:
        mid = sum_of_products_mid(rec["expr"])
    if worded:
        rel = ("is about" if rec["approx"] else eqword)
    else:
        rel = ("\\approx" if sty.latex else "≈") if rec["approx"] else "="
    eqs = "=" if sty.tight else " = "
    rels = rel if sty.tight and rel in ("=", "≈") else " %s " % rel
    r = res_s(rec, sty, with_unit)
    if mid is not None:
        m = expr_s(mid, sty)
        return e + eqs + m + rels + r
    return e + rels + r


def text_of(item, sty, bold_nums=False):
    text, nums = item
    vals = [fmt(n, sty.tf) for n in nums]
    if bold_nums:
        vals = ["**%s**" % v for v in vals]
    return text.format(*vals)


def intro_s(rec, sty):
    if not rec["intro"]:
        return ""
    return text_of(rec["intro"], sty)


def ans_s(ans, sty, wrap=None):
    num, sentence, unit = ans
    v = fmt(num, sty.f if (wrap and "boxed" in wrap) else sty.tf)
    if wrap:
        v = wrap % v
    return sentence.format(v)


class Out:
    def __init__(self):
        self.lines = []
        self.map = {}

    def add(self, line, rec=None):
        if rec is not None and not rec["check"]:
            self.map[rec["idx"]] = len(self.lines)
        self.lines.append(line)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


CONN = ["First", "Next", "Then", "After that", "Now", "Next"]


def conn(i, n):
    if i == 0:
        return "First"
    if i == n - 1:
        return "Finally"
    return CONN[1 + (i - 1) % 4]


def calcs_of(items):
    return [x[1] for x in items if x[0] == "calc" and not x[1]["check"]]


def final_line(ans):
    return "#### " + plain_final(ans[0])


# ---------------------------------------------------------------- styles

def r_gpt_md(P, rng):
    sty = Sty(LATEX, Fmt(latex=True, money_sym="\\$", pct="\\%"), Fmt(money_sym="\\$"), latex=True,
              frac=rng.random() < 0.3)
    mode = rng.choice(["block", "block", "oneline", "inline"])
    heads = rng.random() < 0.35
    o = Out()
    o.add(rng.choice(["To find %s, let's break the problem into steps.",
                      "Let's work out %s step by step.",
                      "To determine %s, we can follow these steps:",
                      "We need to figure out %s."]) % P["goal"])
    o.blank()
    n = 0
    for kind, *rest in P["items"]:
        if kind == "note":
            o.add(("   " if n else "") + text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.blank()
            o.add("**Check:** \\( %s \\) ✓" % eq_s(rec, sty))
            continue
        n += 1
        if n > 1:
            o.blank()
        if heads:
            o.add("### Step %d: %s" % (n, rec["label"]))
            ind = ""
        else:
            o.add("%d. **%s:**" % (n, rec["label"]))
            ind = "   "
        if rec["intro"]:
            o.add(ind + intro_s(rec, sty))
        if mode == "block":
            o.add(ind + "\\[")
            o.add(ind + eq_s(rec, sty), rec)
            o.add(ind + "\\]")
        elif mode == "oneline":
            o.add(ind + "\\[ " + eq_s(rec, sty) + " \\]", rec)
        else:
            o.add(ind + rng.choice(["So, \\( %s \\).", "This gives \\( %s \\).", "\\( %s \\)"]) % eq_s(rec, sty), rec)
    o.blank()
    o.add(rng.choice(["So, %s.", "Therefore, %s.", "Thus, %s."]) % ans_s(P["ans"], sty, "**%s**"))
    o.blank()
    o.add(final_line(P["ans"]))
    return o


def r_llama(P, rng):
    ops = ASCII if rng.random() < 0.7 else MIXED
    sty = Sty(ops, Fmt(), unit_res=rng.random() < 0.6)
    o = Out()
    n = 0
    pend = []
    for kind, *rest in P["items"]:
        if kind == "note":
            if o.lines:
                o.lines[-1] += " " + text_of(rest, sty)
            else:
                pend.append(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.blank()
            o.add("## Step %d: Verify the result" % (n + 1))
            o.add("To check: %s, which matches." % eq_s(rec, sty, chain=False))
            continue
        n += 1
        if n > 1:
            o.blank()
        verb = ["Calculate", "Determine", "Find", "Calculate", "Compute"][(n + len(rec["label"])) % 5]
        o.add("## Step %d: %s the %s" % (n, verb, lc(rec["label"])))
        pre = " ".join(pend + ([intro_s(rec, sty)] if rec["intro"] else []))
        pend = []
        body = rng.choice(["So, the %s is %s." % (lc(rec["label"]), eq_s(rec, sty)),
                           "This gives us %s." % eq_s(rec, sty),
                           "%s." % eq_s(rec, sty),
                           "We calculate %s." % eq_s(rec, sty)])
        o.add((pre + " " + body).strip(), rec)
    o.blank()
    o.add("The final answer is: $\\boxed{%s}$" % plain_final(P["ans"][0]))
    o.add(final_line(P["ans"]))
    return o


def r_claude(P, rng):
    sty = Sty(UNI, Fmt(neg="−"))
    layout = rng.choice(["inline", "heading"])
    o = Out()
    if rng.random() < 0.6:
        o.add(rng.choice(["I'll work through this step by step.",
                          "Let me break this down.",
                          "Here's how to work it out.",
                          "Let me work out %s." % P["goal"]]))
        o.blank()
    for kind, *rest in P["items"]:
        if kind == "note":
            o.add(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.blank()
            o.add("**Check:** %s ✓" % eq_s(rec, sty, chain=False))
            continue
        if layout == "inline":
            if rec["intro"]:
                o.add(intro_s(rec, sty))
            o.add("**%s:** %s" % (rec["label"], eq_s(rec, sty)), rec)
        else:
            o.blank()
            o.add("**%s**" % rec["label"])
            if rec["intro"]:
                o.add(intro_s(rec, sty))
            o.add(eq_s(rec, sty), rec)
    o.blank()
    sent = ans_s(P["ans"], sty)
    o.add(rng.choice(["**Answer:** %s." % cap(sent), "So %s." % sent, "**%s.**" % cap(sent)]))
    o.blank()
    o.add(final_line(P["ans"]))
    return o


def r_bullets(P, rng):
    ops = UNI if rng.random() < 0.6 else XOPS
    sty = Sty(ops, Fmt(), show_u=rng.random() < 0.5)
    o = Out()
    o.add(rng.choice(["Here's the breakdown:", "Breaking it down:", "Step by step:",
                      "Let's list what we know and compute:"]))
    o.blank()
    for kind, *rest in P["items"]:
        if kind == "note":
            o.add("  - " + text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.add("- Check: %s ✓" % eq_s(rec, sty, chain=False))
            continue
        if rec["intro"] and rng.random() < 0.5:
            o.add("- %s: %s → %s" % (rec["label"], intro_s(rec, sty).rstrip("."), eq_s(rec, sty)), rec)
        else:
            o.add("- %s: %s" % (rec["label"], eq_s(rec, sty)), rec)
    o.blank()
    o.add(rng.choice(["**Answer:** %s", "Answer: %s", "**Total: %s**"]) %
          (fmt(P["ans"][0], sty.tf) + (" " + P["ans"][2] if P["ans"][2] else "")))
    o.add(final_line(P["ans"]))
    return o


def r_prose(P, rng):
    sty = Sty(MIXED if rng.random() < 0.6 else UNI, Fmt(), show_u=rng.random() < 0.3)
    o = Out()
    calcs = calcs_of(P["items"])
    para = []
    para_recs = []
    i = 0

    def flush():
        if para:
            line = " ".join(para)
            o.add(line)
            for r in para_recs:
                o.map[r["idx"]] = len(o.lines) - 1
            o.blank()
        para.clear()
        para_recs.clear()

    for kind, *rest in P["items"]:
        if kind == "note":
            para.append(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            flush()
            o.add("As a check, %s." % eq_s(rec, sty, chain=False))
            o.blank()
            continue
        c = conn(i, len(calcs))
        lab = lc(rec["label"])
        intro = intro_s(rec, sty)
        shape = rng.randrange(4)
        e = eq_s(rec, sty)
        if shape == 0:
            s = "%s, the %s: %s." % (c, lab, e)
        elif shape == 1:
            s = "%s the %s come to %s." % (c + ",", lab, e)
        elif shape == 2:
            s = "%s we work out the %s, which is %s." % (c, lab, e)
        else:
            s = "%s, for the %s we get %s." % (c, lab, e)
        if intro:
            s = intro + " " + s
        para.append(s)
        para_recs.append(rec)
        i += 1
        if rng.random() < 0.55:
            flush()
    flush()
    o.add(cap(ans_s(P["ans"], sty)) + ".")
    o.blank()
    o.add(final_line(P["ans"]))
    return o


def r_latex_inline(P, rng):
    sty = Sty(dict(LATEX, **({"*": "\\cdot"} if rng.random() < 0.3 else {})),
              Fmt(latex=True, money_sym="\\$", pct="\\%",
                  sep="{,}" if rng.random() < 0.4 else ","),
              Fmt(money_sym="\\$"), latex=True, frac=rng.random() < 0.5)
    o = Out()
    for kind, *rest in P["items"]:
        if kind == "note":
            o.add(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.add("Check: $%s$." % eq_s(rec, sty, chain=False))
            continue
        lab = lc(rec["label"])
        pre = (intro_s(rec, sty) + " ") if rec["intro"] else ""
        body = rng.choice(["The %s: $%s$." % (lab, eq_s(rec, sty)),
                           "For the %s, $%s$." % (lab, eq_s(rec, sty)),
                           "$%s$ (%s)." % (eq_s(rec, sty), lab)])
        o.add(pre + body, rec)
        o.blank()
    o.add(rng.choice(["Therefore, %s.", "Hence %s.", "So %s."]) % ans_s(P["ans"], sty, "$\\boxed{%s}$"))
    o.add(final_line(P["ans"]))
    return o


def r_table(P, rng):
    sty = Sty(UNI if rng.random() < 0.5 else MIXED, Fmt())
    variant = rng.choice(["A", "A", "B"])
    o = Out()
    o.add(rng.choice(["Here's the working in a table:", "Laying it out:",
                      "Let's organise the numbers:", "Breakdown:"]))
    o.blank()
    pre_notes = []
    post = []
    started = False
    if variant == "A":
        o.add("| %s | Calculation | Result |" % rng.choice(["Item", "Step", "Part"]))
        o.add("|---|---|---|")
    else:
        o.add("| # | Step | Working |")
        o.add("|---|---|---|")
    n = 0
    for kind, *rest in P["items"]:
        if kind == "note":
            post.append(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            post.append("Check: %s ✓" % eq_s(rec, sty, chain=False))
            continue
        n += 1
        last = n == len(calcs_of(P["items"]))
        lab = ("**%s**" % rec["label"]) if last else rec["label"]
        if variant == "A":
            r = res_s(rec, sty)
            if rec["approx"]:
                r = "≈ " + r
            if last:
                r = "**%s**" % r
            o.add("| %s | %s | %s |" % (lab, expr_s(rec["expr"], sty), r), rec)
        else:
            o.add("| %d | %s | %s |" % (n, lab, eq_s(rec, sty, chain=False)), rec)
    o.blank()
    for p in post:
        o.add(p)
    if post:
        o.blank()
    o.add(cap(ans_s(P["ans"], sty, "**%s**")) + ".")
    o.add(final_line(P["ans"]))
    return o


def r_terse(P, rng):
    tight = rng.random() < 0.5
    sty = Sty(ASCII, Fmt(sep="" if rng.random() < 0.5 else ","), tight=tight,
              unit_res=rng.random() < 0.3)
    labels = rng.random() < 0.6
    o = Out()
    for kind, *rest in P["items"]:
        if kind == "note":
            continue
        rec = rest[0]
        if rec["check"]:
            o.add("check: " + eq_s(rec, sty, chain=False))
            continue
        lab = rec.get("short") or rec["label"]
        o.add(("%s: %s" % (lab, eq_s(rec, sty))) if labels else eq_s(rec, sty), rec)
    if rng.random() < 0.5:
        o.add("Answer: %s" % fmt(P["ans"][0], sty.tf))
    o.add(final_line(P["ans"]))
    return o


def r_tutor(P, rng):
    sty = Sty(UNI, Fmt(), show_u=rng.random() < 0.3)
    wordy = rng.random() < 0.5
    o = Out()
    o.add(rng.choice(["Great question! Let's work through it together.",
                      "Let's solve this step by step — it's easier than it looks!",
                      "Sure! Let's figure out %s." % P["goal"],
                      "Happy to help! We want %s." % P["goal"]]))
    o.blank()
    n = 0
    for kind, *rest in P["items"]:
        if kind == "note":
            o.add(rng.choice(["Nice — ", "Good. ", "", "Notice: "]) + text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.blank()
            o.add("Let's double-check: %s. ✅" % eq_s(rec, sty, chain=False))
            continue
        n += 1
        if n > 1:
            o.blank()
        o.add("**Step %d: %s**" % (n, rec["label"]))
        pre = (intro_s(rec, sty) + " ") if rec["intro"] else ""
        if wordy and rng.random() < 0.5 and "(" not in rec["expr"]:
            body = "That means %s." % eq_s(rec, sty, worded=True, eqword=rng.choice(["is", "equals"]))
        else:
            body = rng.choice(["So we calculate: %s.", "That gives us %s.", "Let's compute: %s."]) % eq_s(rec, sty)
        o.add(pre + body, rec)
    o.blank()
    o.add("So %s. %s" % (ans_s(P["ans"], sty, "**%s**"),
                         rng.choice(["🎉", "Great job!", "You've got it!", "Hope that helps!"])))
    o.blank()
    o.add(final_line(P["ans"]))
    return o


def r_forum(P, rng):
    sty = Sty(XOPS if rng.random() < 0.7 else ASCII, Fmt(), show_u=rng.random() < 0.6,
              units_map=FORUM_UNITS, tight=rng.random() < 0.2)
    o = Out()
    o.add(rng.choice(["Quick maths:", "ok so", "Ran the numbers:", "Easy one, here's how I'd do it:",
                      "Did this on my phone so bear with me:"]))
    for kind, *rest in P["items"]:
        if kind == "note":
            if rng.random() < 0.6:
                o.add(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.add("(sanity check: %s)" % eq_s(rec, sty, chain=False))
            continue
        o.add(eq_s(rec, sty, chain=False), rec)
    o.blank()
    num, sentence, unit = P["ans"]
    v = fmt(num, sty.tf) + (" " + unit_of(sty, unit) if unit else "")
    o.add(rng.choice(["So %s. Hope that helps!", "%s if I've done it right lol",
                      "Answer's %s.", "tl;dr %s"]) % v)
    o.add(final_line(P["ans"]))
    return o


def r_commentary(P, rng):
    sty = Sty(UNI, Fmt())
    o = Out()
    o.add(rng.choice(["Right then, let's run the numbers on this one.",
                      "Here's how the sums work out.",
                      "Let's crunch it like the stats desk would.",
                      "Breaking it down the way they would on the broadcast:"]))
    o.blank()
    calcs = calcs_of(P["items"])
    i = 0
    for kind, *rest in P["items"]:
        if kind == "note":
            o.add(text_of(rest, sty))
            continue
        rec = rest[0]
        if rec["check"]:
            o.add("And it checks out: %s." % eq_s(rec, sty, chain=False))
            continue
        worded = "(" not in rec["expr"] and rng.random() < 0.7
        e = eq_s(rec, sty, worded=worded, eqword=rng.choice(["is", "makes", "is"]))
        lab = lc(rec["label"])
        pre = (intro_s(rec, sty) + " ") if rec["intro"] else ""
        body = rng.choice(["%s — %s." % (conn(i, len(calcs)), e),
                           "On the %s: %s." % (lab, e),
                           "%s, %s." % (cap(lab), e)])
        o.add(pre + body, rec)
        i += 1
    o.blank()
    o.add(rng.choice(["Put it all together and %s.", "Final tally: %s.", "And that's it — %s."]) %
          ans_s(P["ans"], sty))
    o.add(final_line(P["ans"]))
    return o


RENDER = {"gpt_md": r_gpt_md, "llama_steps": r_llama, "claude_bold": r_claude,
          "bullets": r_bullets, "prose": r_prose, "latex_inline": r_latex_inline,
          "table": r_table, "terse": r_terse, "tutor": r_tutor, "forum": r_forum,
          "commentary": r_commentary}
