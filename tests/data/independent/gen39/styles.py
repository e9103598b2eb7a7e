"""Writing styles: turn builder items into solution text.

render_solution returns (text, line_of) where line_of maps a calc index to the
0-based line number that holds its written result.
"""
from core import render, fmt, simple_bin, Rem, Hole, dec_str, Fraction

STYLES = ["md_steps", "bold_bullets", "latex_display", "latex_inline", "prose",
          "terse", "tutor", "numbered", "table", "gsm"]

_U = dict(mul="×", div="÷", pow="sup", minus="−", sqrt="√", sep=",", sepmin=1000, rem="R")
NOTATIONS = {
    "md_steps": [dict(_U), dict(_U, minus="-", rem="remainder"), dict(_U, sepmin=10000, pow="caret")],
    "bold_bullets": [dict(_U, pow="caret", minus="-"), dict(_U, mul="·", div="/", pow="sup"),
                     dict(_U, rem="remainder")],
    "latex_display": [dict(mul="\\times", div="\\div", pow="latex", minus="-", sqrt="latex", sep="{,}",
                           sepmin=1000, rem="latex", fn_LCM="\\text{LCM}", fn_GCF="\\text{GCF}"),
                      dict(mul="\\times", div="\\div", pow="latex", minus="-", sqrt="latex", sep=",",
                           sepmin=1000, rem="latexword", fn_LCM="\\operatorname{lcm}", fn_GCF="\\gcd",
                           brace_all=True)],
    "latex_inline": [dict(mul="\\times", div="\\div", pow="latex", minus="-", sqrt="latex", sep=",",
                          sepmin=1000, rem="latex", fn_LCM="\\text{LCM}", fn_GCF="\\text{GCF}"),
                     dict(mul="\\cdot", div="\\div", pow="latex", minus="-", sqrt="latex", sep="{,}",
                          sepmin=1000, rem="latexword", fn_LCM="\\mathrm{LCM}", fn_GCF="\\mathrm{GCF}")],
    "prose": [dict(_U, rem="remainder"), dict(_U, mul="x", div="/", minus="-", rem="remainder")],
    "terse": [dict(mul="*", div="/", pow="caret", minus="-", sqrt="√", sep="", rem="R",
                   fn_GCF="gcd", fn_LCM="lcm"),
              dict(mul="x", div="/", pow="caret", minus="-", sqrt="√", sep="", rem="r"),
              dict(mul="×", div="÷", pow="sup", minus="−", sqrt="√", sep=",", sepmin=1000, rem="R")],
    "tutor": [dict(_U), dict(_U, rem="remainder", pow="caret")],
    "numbered": [dict(_U, mul="·", pow="caret", minus="-"), dict(_U, div="/", minus="-")],
    "table": [dict(_U), dict(_U, pow="caret", minus="-")],
    "gsm": [dict(mul="*", div="/", pow="caret", minus="-", sqrt="√", sep=",", sepmin=1000, rem="R"),
            dict(mul="x", div="/", pow="caret", minus="-", sqrt="√", sep="", rem="remainder")],
}
ASCII = dict(mul="*", div="/", pow="caret", minus="-", sqrt="√", sep="", rem="R")


def cap(s):
    return s[:1].upper() + s[1:] if s else s


_LOWABLE = {"The", "There", "Each", "She", "He", "They", "It", "So", "We", "That", "This", "Every", "A", "An",
            "In", "After", "At", "You", "His", "Her", "Their", "Its", "Both", "Only", "All", "Multiply",
            "Divide", "Add", "Subtract", "Find", "Write", "Compute", "Count", "Take", "Use", "List", "Check",
            "Square", "Work", "Start", "Now", "Next", "Then", "Test", "Plug", "Double", "Triple", "Look",
            "Split", "Pair", "Sum", "Apply", "Evaluate", "Do", "Figure", "Since", "Half", "One", "To",
            "Those", "These", "Her", "Cube", "Raise", "Round", "Group", "Keep", "Finally", "Match"}


def lowable(s):
    return bool(s) and s.split(" ", 1)[0].rstrip(",:") in _LOWABLE


def low(s):
    if not s:
        return s
    w = s.split(" ", 1)[0].rstrip(",:")
    if w in _LOWABLE:
        return s[:1].lower() + s[1:]
    return s


def eq_text(it, nt, words=False):
    v = it.get("v")
    sides = it["sides"]
    if words and len(sides) == 2 and isinstance(sides[1], Hole) and simple_bin(sides[0]):
        return render(sides[0], nt, words=True) + " equals " + fmt(v, nt)
    return " = ".join(render(s, nt, shown=v) for s in sides)


def post_text(it, nt):
    p = it.get("post")
    if not p:
        return ""
    v = it.get("v")
    return p.replace("{v}", fmt(v, nt).replace("{,}", ",")) if v is not None else p


def latex_wrap_text(s):
    return s


class R:
    def __init__(self, style, rng, nt):
        self.style, self.rng, self.nt = style, rng, nt
        self.lines = []  # [text, set(idx)]
        self.sec = 0
        self.num = 0
        self.ncalc = 0
        self.para = None
        self.bullet = False

    def add(self, text, tags=()):
        self.flush()
        for i, part in enumerate(text.split("\n")):
            self.lines.append([part, set()])
        if tags:
            # tags go to the line that contains the result: the last non-delimiter line
            k = len(self.lines) - 1
            while self.lines[k][0].strip() in ("\\]", "$$", "\\end{aligned}", ""):
                k -= 1
            self.lines[k][1].update(tags)

    def blank(self):
        self.flush()
        if self.lines and self.lines[-1][0] != "":
            self.lines.append(["", set()])

    def sent(self, text, tags=(), maxn=3):
        """Add a sentence to the running paragraph (prose-like styles)."""
        if self.para is None:
            self.para = [[], set(), 0]
        self.para[0].append(text)
        self.para[1].update(tags)
        self.para[2] += 1
        if self.para[2] >= maxn:
            self.flush()

    def flush(self):
        if self.para is not None:
            self.lines.append([" ".join(self.para[0]), self.para[1]])
            self.para = None


def render_solution(items, style, rng, nt):
    r = R(style, rng, nt)
    st = style
    para_styles = ("prose", "gsm", "tutor")
    # opener
    if st == "tutor":
        r.add(rng.choice(["Great question! Let's work through it together.",
                          "Let's break this down step by step! 😊",
                          "Sure! Let's figure this out one step at a time.",
                          "Good one! Here's how to think about it."]))
        r.blank()
    elif st == "md_steps" and rng.random() < 0.5:
        r.add(rng.choice(["Let's solve this step by step.", "Let me work through this step by step."]))
        r.blank()
    maxn = rng.choice([2, 3, 3, 4])
    r.bullet = rng.random() < 0.5
    i = 0
    conn_first = True
    while i < len(items):
        it = items[i]
        t = it["t"]
        if t == "h":
            r.sec += 1
            title = it["title"]
            if st == "md_steps":
                r.blank()
                r.add(rng.choice(["### Step {k}: {t}", "**Step {k}: {t}**", "## Step {k} — {t}"]).format(
                    k=r.sec, t=title))
            elif st in ("bold_bullets", "latex_inline", "table"):
                r.blank()
                r.add("**" + title + "**")
            elif st == "latex_display":
                r.blank()
                r.add(rng.choice(["**Step {k}: {t}**", "Step {k}: {t}", "**{t}**"]).format(k=r.sec, t=title))
            elif st == "numbered":
                r.blank()
                r.add("{k}. **{t}**".format(k=r.sec, t=title))
            elif st == "tutor":
                r.blank()
                r.add("**" + title + "**")
            elif st in ("prose", "gsm"):
                r.flush()
            elif st == "terse":
                pass
            i += 1
            continue
        if t in ("p", "say"):
            if t == "say":
                es = it["e"] if isinstance(it["e"], list) else [it["e"]]
                ms = [render(x, nt) for x in es]
                if st in ("latex_display", "latex_inline"):
                    ms = ["$" + m + "$" for m in ms]
                m = ms[0] if len(ms) == 1 else ", ".join(ms[:-1]) + " and " + ms[-1]
                text = it["pre"] + m + it["post"]
            else:
                text = it["text"]
            if st in para_styles:
                r.sent(text, maxn=maxn)
            elif st == "terse":
                if len(text) < 90 or rng.random() < 0.3:
                    r.add(text)
            elif st == "bold_bullets":
                r.add(("- " if rng.random() < 0.5 else "") + text)
            elif st == "numbered" and r.sec:
                r.add("   " + text)
            else:
                r.add(text)
            i += 1
            continue
        if t == "list" and st == "table" and it["label"].startswith("Multiples of"):
            j = i
            block = []
            while j < len(items) and items[j]["t"] == "list" and items[j]["label"].startswith("Multiples of"):
                block.append(items[j])
                j += 1
            if len(block) >= 2:
                r.add("| n | " + " | ".join(bb["label"] for bb in block) + " |")
                r.add("|---|" + "|".join("---:" for _ in block) + "|")
                for k in range(max(len(bb["values"]) for bb in block)):
                    cells = [fmt(bb["values"][k], nt) if k < len(bb["values"]) else "" for bb in block]
                    r.add("| " + str(k + 1) + " | " + " | ".join(cells) + " |")
                i = j
                continue
        if t == "list":
            lab = it["label"]
            vals = ", ".join(fmt(v, nt) if not isinstance(v, str) else v for v in it["values"])
            s = vals + it["tail"]
            if st in ("md_steps", "bold_bullets", "table", "tutor"):
                line = "- **" + lab + ":** " + s if rng.random() < 0.6 else "- " + lab + ": " + s
            elif st == "latex_display":
                line = lab + ": " + s
            elif st == "latex_inline":
                line = lab + ": $" + s.replace("…", "\\ldots").replace("...", "\\ldots") + "$"
            elif st == "numbered":
                line = ("   - " if r.sec else "- ") + lab + ": " + s
            else:
                line = lab + ": " + s
            r.add(line)
            i += 1
            continue
        if t == "table":
            r.add("| " + " | ".join(it["header"]) + " |")
            r.add("|" + "|".join("---" for _ in it["header"]) + "|")
            for row in it["rows"]:
                r.add("| " + " | ".join(row) + " |")
            i += 1
            continue
        if t in ("calc", "eq"):
            grp = it.get("group")
            if grp and st in ("table", "latex_display") and _tableable(it):
                j = i
                block = []
                while j < len(items) and items[j]["t"] in ("calc", "eq") and items[j].get("group") and \
                        items[j]["group"][0] == grp[0] and _tableable(items[j]):
                    block.append(items[j])
                    j += 1
                if len(block) >= 2:
                    if st == "table":
                        hdr = grp[1]
                        r.add("| " + " | ".join(hdr) + " |")
                        r.add("|" + "|".join(":---:" if k else "---" for k in range(len(hdr))) + "|")
                        for b in block:
                            x = render(b["sides"][0], nt)
                            v = fmt(b["v"], nt) if b["t"] == "calc" else render(b["sides"][-1], nt)
                            r.add("| " + (b.get("label") or "") + " | " + x + " | " + v + " |",
                                  tags=[b["idx"]] if b["t"] == "calc" else ())
                    else:
                        if len(grp) > 2 and grp[2]:
                            r.add(grp[2])
                        r.add("\\[")
                        r.add("\\begin{aligned}")
                        for k, b in enumerate(block):
                            sides = [render(s, nt, shown=b.get("v")) for s in b["sides"]]
                            tailb = " \\\\" if k < len(block) - 1 else ""
                            r.add(sides[0] + " &= " + " = ".join(sides[1:]) + tailb,
                                  tags=[b["idx"]] if b["t"] == "calc" else ())
                        r.add("\\end{aligned}")
                        r.add("\\]")
                    i = j
                    continue
            _calc_line(r, it, st, rng, nt, conn_first, maxn)
            if it["t"] == "calc":
                conn_first = False
            i += 1
            continue
        if t == "final":
            _final(r, it, st, rng, nt)
            i += 1
            continue
        raise ValueError(t)
    r.flush()
    # strip leading/trailing blanks and double blanks
    lines = r.lines
    while lines and lines[0][0] == "":
        lines.pop(0)
    out = []
    for ln in lines:
        if ln[0] == "" and out and out[-1][0] == "":
            continue
        out.append(ln)
    text = "\n".join(l[0] for l in out)
    line_of = {}
    for k, (_, tags) in enumerate(out):
        for tg in tags:
            line_of[tg] = k
    return text, line_of


def _tableable(it):
    s = it["sides"]
    return len(s) == 2 and (isinstance(s[1], Hole) or it["t"] == "eq") and not isinstance(s[1], Rem)


CONN = ["Next,", "Then", "Now", "After that,", "", "", "Also,"]


def _calc_line(r, it, st, rng, nt, first, maxn):
    is_calc = it["t"] == "calc"
    tags = [it["idx"]] if is_calc else ()
    lead = it.get("lead") or ""
    label = it.get("label") or lead
    post = post_text(it, nt)
    check = it.get("check")
    eqs = eq_text(it, nt)
    if check:
        pre = rng.choice(["Check: ", "Check: ", "Quick check: ", "Verify: "])
        tail = rng.choice(["", " ✓", " ✓", " ✔"]) if st not in ("latex_display", "latex_inline", "terse") else ""
        if st == "latex_display":
            r.add(pre.strip() + " \\(" + eqs + "\\)" + (" — " + post if post else ""))
        elif st == "latex_inline":
            r.add(pre + "$" + eqs + "$" + (", " + post if post else "") + ".")
        elif st in ("prose", "gsm"):
            r.sent(pre + eqs + (", " + post if post else "") + ".", maxn=maxn)
        elif st == "tutor":
            r.sent(rng.choice(["Let's double-check: ", "Check: "]) + eqs + (" — " + post if post else "") +
                   rng.choice([". ✅", ".", "!", " ✅."]), maxn=maxn)
        elif st == "bold_bullets":
            r.add("- **Check:** " + eqs + tail + (" (" + post + ")" if post else ""))
        elif st == "numbered":
            r.add(("   - " if r.sec else "") + pre + eqs + tail)
        else:
            r.add(pre + eqs + tail + (" — " + post if post else ""))
        return
    if not is_calc:
        intro = (lead + " ") if lead else ""
        if st in ("prose", "tutor", "gsm"):
            r.sent(cap(intro + eqs + (", " + post if post else "") + "."), maxn=maxn)
        elif st == "latex_display":
            if lead:
                r.add(cap(lead) + ":")
            r.add("\\[ " + eqs + " \\]")
        elif st == "latex_inline":
            r.add(cap(intro) + "$" + eqs + "$" + (", " + post if post else "") + ".")
        elif st == "bold_bullets" and label:
            r.add("- **" + cap(label) + ":** " + eqs)
        elif st == "numbered":
            r.add(("   - " if r.sec else "") + eqs)
        elif st in ("md_steps", "table") and label and rng.random() < 0.5:
            r.add("**" + cap(label) + ":** " + eqs)
        else:
            r.add(cap(intro) + eqs + (" — " + post if post else ""))
        return
    if st == "md_steps":
        shape = rng.randrange(4)
        if shape == 0 and lead:
            r.add(("- " if r.bullet else "") + cap(lead) + ": " + eqs + (", so " + post.replace("so ", "", 1) if post and post.startswith("so ") else ""))
        elif shape == 1 and post:
            r.add(eqs + ", " + post + ".")
        elif shape == 2 and lead:
            r.add(cap(lead) + ":")
            r.add(eqs, tags)
            return
        else:
            r.add(("- " if r.bullet else "") + eqs + ((" → " + post) if post and rng.random() < 0.5 else ""))
        r.lines[-1][1].update(tags)
    elif st == "bold_bullets":
        lab = label if label and not label[0].isdigit() else lead
        pre = ("- **" + cap(lab) + ":** ") if lab else "- "
        r.add(pre + eqs + (" → " + post if post and rng.random() < 0.6 else ""), tags)
    elif st == "latex_display":
        if lead and rng.random() < 0.75:
            r.add(cap(lead) + ":")
        shape = rng.randrange(3)
        if shape == 0:
            r.add("\\[ " + eqs + " \\]", tags)
        elif shape == 1:
            r.add("$$" + eqs + "$$", tags)
        else:
            r.add("\\[\n" + eqs + "\n\\]", tags)
    elif st == "latex_inline":
        shape = rng.randrange(3)
        d = ("$", "$") if rng.random() < 0.7 else ("\\(", "\\)")
        if shape == 0 and lead:
            r.add(cap(lead) + ": " + d[0] + eqs + d[1] + (", " + post if post else "") + ".", tags)
        elif shape == 1 and post:
            r.add("We get " + d[0] + eqs + d[1] + ", " + post + ".", tags)
        else:
            r.add(d[0] + eqs + d[1], tags)
    elif st in ("prose", "tutor"):
        words = st == "prose" and rng.random() < 0.35
        eqw = eq_text(it, nt, words=words)
        c = "First," if first else rng.choice(CONN)
        if st == "tutor":
            c = "First," if first else rng.choice(["Now", "Next,", "Then", "Okay, now", "Great — next,", ""])
        shape = rng.randrange(4)
        if shape == 0 and lead and lowable(lead):
            s = (c + " " + low(lead) if c else cap(lead)) + ": " + eqw + (", " + post if post else "") + "."
        elif shape == 0 and lead:
            s = cap(lead) + ": " + eqw + (", " + post if post else "") + "."
        elif shape == 1 and post:
            s = cap((c + " " if c else "") + eqw + ", " + post + ".")
        elif shape == 2:
            s = rng.choice(["We get ", "That gives ", "This gives "]) + eqw + (", " + post if post else "") + "."
        else:
            s = cap(eqw) + (", " + post if post else "") + "."
        if st == "tutor" and rng.random() < 0.15:
            s += rng.choice([" Nice!", " 👍", " Easy, right?"])
        r.sent(s, tags, maxn=maxn)
    elif st == "terse":
        if label and rng.random() < 0.5:
            r.add(cap(label) + ": " + eqs, tags)
        else:
            r.add(eqs, tags)
    elif st == "numbered":
        if r.sec:
            r.add("   - " + (cap(lead) + ": " if lead and rng.random() < 0.6 else "") + eqs +
                  (", " + post if post and rng.random() < 0.5 else ""), tags)
        else:
            r.num += 1
            r.add(str(r.num) + ". " + (cap(lead) + ": " if lead else "") + eqs +
                  (", " + post if post else ""), tags)
    elif st == "table":
        if lead and rng.random() < 0.5:
            r.add(cap(lead) + ": " + eqs + ("; " + post if post else ""), tags)
        else:
            r.add(eqs + (" → " + post if post else ""), tags)
    elif st == "gsm":
        e = it.get("e")
        sides = it["sides"]
        simple = e is not None and len(sides) == 2 and isinstance(sides[1], Hole) and it.get("gsm") is not False
        if simple and _gsm_ok(e):
            x = render(e, nt)
            xa = render(e, ASCII).replace("^", "**").replace(" ", "")
            v = fmt(it["v"], nt)
            va = fmt(it["v"], ASCII)
            core_ = x + " = <<" + xa + "=" + va + ">>" + v
        else:
            core_ = eqs
        if lead and rng.random() < 0.6:
            s = cap(lead) + ": " + core_ + (", " + post if post else "") + "."
        elif post:
            s = cap(core_) + ", " + post + "."
        else:
            s = cap(core_) + "."
        r.sent(s, tags, maxn=maxn)
    else:
        r.add(eqs, tags)


def _gsm_ok(e):
    from core import Bin, Num, Par, Fn, Sqrt

    def ok(x):
        if isinstance(x, Num):
            return True
        if isinstance(x, Par):
            return ok(x.e)
        if isinstance(x, Bin):
            return x.op in "+-*/^" and not x.imp and ok(x.a) and ok(x.b)
        return False

    return ok(e)


def _final(r, it, st, rng, nt):
    v = it["v"]
    vs = fmt(v, nt)
    sent = it["sentence"].replace("{v}", vs.replace("{,}", ","))
    plainv = dec_str(v)
    if st == "md_steps":
        r.blank()
        if rng.random() < 0.5:
            r.add("### Answer")
            r.add(sent)
        else:
            r.add(sent)
            r.add("")
            r.add("**Answer: " + vs + "**")
    elif st == "bold_bullets":
        r.blank()
        r.add("**Answer:** " + sent)
    elif st == "latex_display":
        r.blank()
        r.add(sent)
        r.add("\\[\n\\boxed{" + vs + "}\n\\]" if rng.random() < 0.5 else "\\[\\boxed{" + vs + "}\\]")
    elif st == "latex_inline":
        r.blank()
        r.add(rng.choice(["**Answer:** $" + vs + "$ — " + low(sent), sent + " The answer is $\\boxed{" + vs + "}$."])
              if lowable(sent) else sent + " The answer is $\\boxed{" + vs + "}$.")
    elif st == "prose":
        pre = rng.choice(["Therefore, ", "So ", "So, ", ""])
        r.sent(pre + low(sent) if pre and lowable(sent) else sent)
        r.flush()
    elif st == "terse":
        r.add("Answer: " + vs)
    elif st == "tutor":
        r.flush()
        r.blank()
        r.add(rng.choice(["So, " + low(sent) + " 🎉", "**Final answer:** " + sent, "And that's it — " + low(sent)])
              if lowable(sent) else rng.choice(["**Final answer:** " + sent, sent + " 🎉"]))
    elif st == "numbered":
        r.blank()
        r.add("**Answer:** " + sent)
    elif st == "table":
        r.blank()
        r.add("**Answer: " + sent.rstrip(".") + ".**")
    elif st == "gsm":
        r.sent(sent)
        r.flush()
    r.add("#### " + plainv)
