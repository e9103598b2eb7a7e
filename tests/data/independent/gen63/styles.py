"""Writing styles: each turns solver steps into the text of a worked solution."""
from core import RC, Node, Chain, Say, Calc, Result, hpick, hchance, Num, Bin, Var
from kinds import LB

STYLES = ["md_steps", "bold_labels", "latex_inline", "latex_display", "chatty",
          "terse", "table", "tutor", "numbered", "gsm8k"]

AREA_KINDS = ("rect", "tri_area", "intercepts", "shoelace")

INTRO = {
    "slope": ["To find the slope, compare how much y changes with how much x changes.",
              "The slope of a line through two points is the change in y divided by the change in x.",
              "We need the slope (rise over run) between the two points."],
    "perp": ["First find the slope of the given line, then take its negative reciprocal.",
             "Perpendicular lines have slopes that are negative reciprocals of each other."],
    "rate_table": ["The table is linear, so find the rate of change and the starting value, then extend the pattern.",
                   "Since y changes at a constant rate, we can write an equation y = mx + b from two rows of the table."],
    "eval": ["To find y, substitute the x-value into the equation.",
             "We just need to plug the given x into the equation of the line."],
    "eval_two": ["Find the y-value at each x, then subtract.",
                 "Evaluate the equation at both x-values and compare."],
    "solve_x": ["Substitute the y-value and solve the equation for x.",
                "We know y, so we solve for x."],
    "intercepts": ["The line meets the axes at its intercepts, and those two points together with the origin form a right triangle.",
                   "Find where the line crosses each axis, then use the legs of the right triangle."],
    "yint": ["First find the slope, then use one point to find b in y = mx + b.",
             "The y-intercept is b in y = mx + b, so we need the slope first."],
    "predict": ["Find the equation of the line through the two points, then substitute the new x-value.",
                "Write the line as y = mx + b using the two points, then evaluate it."],
    "midpoint": ["The midpoint is the average of the x-coordinates and the average of the y-coordinates.",
                 "To find the midpoint, average the coordinates."],
    "endpoint": ["The midpoint is the average of the endpoints, so we can work backwards.",
                 "Work backwards from the midpoint formula."],
    "dist": ["Use the distance formula, which comes from the Pythagorean theorem.",
             "The distance between two points is found with the distance formula."],
    "rect": ["Since the rectangle's sides are horizontal and vertical, the side lengths are differences of coordinates.",
             "Find the length and width of the rectangle from the coordinates of its vertices."],
    "tri_area": ["The area of a triangle is one half of base times height.",
                 "Use A = ½ × base × height with a horizontal base."],
    "shoelace": ["We can use the shoelace formula for the area of a polygon from its vertices.",
                 "The shoelace formula gives the area directly from the coordinates."],
    "tri_perim": ["The perimeter is the sum of the three side lengths.",
                  "Find the length of each side, then add them."],
    "translate": ["A translation slides every point the same amount.",
                  "Apply each move to the coordinates."],
}

CONN = ["First", "Next", "Then", "Now", "After that", "Then", "Next", "Now"]


def style_rc(style, pid, kind):
    if style in ("md_steps", "tutor", "table", "chatty"):
        return RC("u", mul=hpick(["×", "×", "·"], pid, "mul"))
    if style == "bold_labels":
        return RC("u", mul=hpick(["×", "·"], pid, "mul"), half=hpick(["½", "1/2"], pid, "half"))
    if style == "numbered":
        return RC("u", mul=hpick(["×", "*"], pid, "mul"), half=hpick(["½", "1/2"], pid, "half"))
    if style in ("latex_inline", "latex_display"):
        return RC("l", mul=hpick([r"\times", r"\cdot"], pid, "mul"), lparen=hchance(0.3, pid, "lp"))
    if style == "terse":
        return RC("a", thou=False)
    if style == "gsm8k":
        return RC("a", mul="x" if kind in AREA_KINDS and hchance(0.6, pid, "xmul") else "*")
    raise ValueError(style)


def lhs_text(lhs, rc):
    if lhs is None:
        return None
    if isinstance(lhs, Node):
        return lhs.render(rc)[0]
    t = LB[lhs][2]
    if t is None:
        return None
    return {"u": t[0], "a": t[1], "l": t[2]}[rc.flav]


def chain_text(ch, rc, lhs=True, drop_sym=False):
    out = []
    if lhs:
        lt = lhs_text(ch.lhs, rc)
        if lt:
            out.append(lt)
    items = ch.items
    if drop_sym:
        items = [it for it in items if not it[1].sym] or items
    for k, (rel, node) in enumerate(items):
        if out:
            if rel == "≈":
                out.append(r"\approx" if rc.flav == "l" else "≈")
            else:
                out.append("=")
        out.append(node.render(rc)[0])
    return " ".join(out)


def worded_ok(calc):
    its = calc.chain.items
    if len(its) != 2 or its[1][0] != "=":
        return False
    a, r = its[0][1], its[1][1]
    if not (isinstance(a, Bin) and a.op in ("+", "-", "*", "div") and isinstance(a.a, Num) and isinstance(a.b, Num)):
        return False
    return a.a.val() >= 0 and a.b.val() >= 0 and r.val() >= 0 and a.a.val().denominator == 1 and \
        a.b.val().denominator == 1


class Doc:
    def __init__(self):
        self.blocks = []

    def block(self, *lines):
        self.blocks.append(list(lines))

    def add(self, line):
        if not self.blocks:
            self.blocks.append([])
        self.blocks[-1].append(line)

    def lines(self):
        out = []
        for b in self.blocks:
            if not b:
                continue
            if out:
                out.append("")
            out.extend(b)
        return out


def parts_text(parts, rc, D=None):
    s = []
    for x in parts:
        if isinstance(x, str):
            s.append(x)
        elif isinstance(x, Chain):
            t = chain_text(x, rc)
            s.append(D[0] + t + D[1] if D else t)
        else:
            t = x.render(rc)[0]
            s.append(D[0] + t + D[1] if D else t)
    return "".join(s)


def cap(s):
    return s[:1].upper() + s[1:]


def render(style, steps, fin, kind, pid, mark=()):
    rc = style_rc(style, pid, kind)
    rc.mark = set(mark)
    f = globals()["r_" + style]
    lines = f(steps, fin, kind, pid, rc)
    lines.append("")
    lines.append("#### " + fin.plain)
    return lines


def final_block_start(lines):
    """index of the first line of the closing answer block (before the #### line)"""
    i = len(lines) - 2          # blank line before ####
    while i > 0 and lines[i - 1].strip():
        i -= 1
    if lines[i].startswith(("Answer:", "The final answer", "**Answer", "**Final", "**Therefore", "So, ",
                            "The answer", "Final answer", "Therefore,", "**The", "**")) or \
            lines[i].startswith("The answer"):
        return i
    # terse / gsm8k: only a trailing "Answer:" line counts as the closing block
    j = len(lines) - 3
    if j >= 0 and lines[j].startswith("Answer:"):
        return j
    return len(lines) - 2


def noun(label, pid, i):
    return hpick(LB[label][1], pid, label, i)


def title(label):
    return LB[label][0]


# ---------------------------------------------------------------- styles
def r_md_steps(steps, fin, kind, pid, rc):
    d = Doc()
    d.block(hpick(INTRO[kind], pid, "intro"))
    buf = []
    k = 0
    for st in steps:
        if isinstance(st, Say):
            buf.append(parts_text(st.parts, rc))
        elif isinstance(st, Calc) and not st.check:
            k += 1
            d.block("### Step %d: %s" % (k, title(st.label)))
            for b in buf:
                d.block(b)
            buf = []
            d.block(chain_text(st.chain, rc) + (st.after or ""))
        elif isinstance(st, Calc):
            d.block("**Check:** " + chain_text(st.chain, rc) + (st.after or " ✓"))
        else:
            for b in buf:
                d.block(b)
            buf = []
            d.block(parts_text(st.parts, rc))
    for b in buf:
        d.block(b)
    d.block("**Answer:** %s is %s." % (cap(fin.noun), fin.node.render(rc)[0]))
    return d.lines()


def r_bold_labels(steps, fin, kind, pid, rc):
    d = Doc()
    d.block(hpick(INTRO[kind], pid, "intro"))
    bullet = hpick(["", "- "], pid, "bullet")
    prev = None
    for st in steps:
        if isinstance(st, Say):
            d.block(parts_text(st.parts, rc))
            prev = "say"
        elif isinstance(st, Calc):
            lab = "Check" if st.check else title(st.label)
            line = "%s**%s:** %s%s" % (bullet, lab, chain_text(st.chain, rc),
                                       st.after or (" ✓" if st.check else ""))
            if prev == "calc":
                d.add(line)
            else:
                d.block(line)
            prev = "calc"
        else:
            d.block(parts_text(st.parts, rc))
            prev = "res"
    d.block("**Answer: %s**" % fin.node.render(rc)[0])
    return d.lines()


def r_latex_inline(steps, fin, kind, pid, rc):
    D = hpick([("\\(", "\\)"), ("$", "$"), ("\\(", "\\)")], pid, "delim")
    d = Doc()
    d.block(hpick(INTRO[kind], pid, "intro"))
    k = 0
    for i, st in enumerate(steps):
        if isinstance(st, Say):
            d.block(parts_text(st.parts, rc, D))
        elif isinstance(st, Calc) and not st.check:
            conn = CONN[k % len(CONN)] if k else "First"
            k += 1
            shape = hpick([0, 1, 2], pid, "shape", i)
            ct = D[0] + chain_text(st.chain, rc) + D[1] + (st.after or "")
            if shape == 0:
                d.block("%s, compute %s: %s." % (conn, noun(st.label, pid, i), ct))
            elif shape == 1:
                d.block("%s, %s is %s." % (conn, noun(st.label, pid, i), ct))
            else:
                d.block("%s %s." % ({"First": "We start with", "Next": "Next we get",
                                      "Then": "Then", "Now": "Now", "After that": "After that,"}[conn], ct))
        elif isinstance(st, Calc):
            d.block("Check: " + D[0] + chain_text(st.chain, rc) + D[1] + (st.after or " ✓"))
        else:
            d.block(parts_text(st.parts, rc, D))
    fn = fin.node.render(rc)[0]
    if hchance(0.5, pid, "boxed"):
        d.block("Therefore, %s is %s\\boxed{%s}%s." % (fin.noun, D[0], fn, D[1]))
    else:
        d.block("**Final answer:** %s%s%s" % (D[0], fn, D[1]))
    return d.lines()


def r_latex_display(steps, fin, kind, pid, rc):
    D = ("\\(", "\\)")
    dd = hpick(["bracket", "bracket", "dollars"], pid, "disp")
    d = Doc()
    d.block(hpick(INTRO[kind], pid, "intro"))
    k = 0

    def disp(t):
        if dd == "bracket":
            return ["\\[", t, "\\]"]
        return ["$$" + t + "$$"]
    for st in steps:
        if isinstance(st, Say):
            if st.formula is not None and hchance(0.6, pid, "fdisp"):
                txt = [p for p in st.parts if isinstance(p, str)]
                d.block(txt[0].rstrip(": ,") + ":")
                for ln in disp(chain_text(st.formula, rc)):
                    d.add(ln)
            else:
                d.block(parts_text(st.parts, rc, D))
        elif isinstance(st, Calc) and not st.check:
            k += 1
            d.block("**Step %d: %s**" % (k, title(st.label)))
            t = chain_text(st.chain, rc)
            if st.after:
                t += r" \text{%s}" % st.after
            d.block(*disp(t))
        elif isinstance(st, Calc):
            d.block("Check:")
            for ln in disp(chain_text(st.chain, rc) + r" \quad \checkmark"):
                d.add(ln)
        else:
            d.block(parts_text(st.parts, rc, D))
    d.block("The final answer is")
    for ln in disp("\\boxed{%s}" % fin.node.render(rc)[0]):
        d.add(ln)
    return d.lines()


def r_chatty(steps, fin, kind, pid, rc):
    d = Doc()
    d.block(hpick(["Let's solve this step by step.", "Let's work through this together!",
                   "Sure! Let's break this down."], pid, "hello") + " " + hpick(INTRO[kind], pid, "intro"))
    k = 0
    for i, st in enumerate(steps):
        if isinstance(st, Say):
            d.block(parts_text(st.parts, rc))
        elif isinstance(st, Calc) and not st.check:
            conn = CONN[k % len(CONN)] if k else "First"
            k += 1
            nn = noun(st.label, pid, i)
            if worded_ok(st) and hchance(0.35, pid, "word", i):
                rcw = RC(rc.flav, mul=rc.mul, thou=rc.thou, half=rc.half, words=True, mark=rc.mark)
                a = st.chain.items[0][1].render(rcw)[0]
                r = st.chain.items[1][1].render(rcw)[0]
                d.block("%s, %s: %s equals %s." % (conn, nn, a, r))
                continue
            shape = hpick([0, 1, 2, 3], pid, "shape", i)
            ct = chain_text(st.chain, rc) + (st.after or "")
            if shape == 0:
                d.block("%s, let's find %s: %s." % (conn, nn, ct))
            elif shape == 1:
                d.block("%s, %s is %s." % (conn, nn, chain_text(st.chain, rc, lhs=False, drop_sym=True) + (st.after or "")))
            elif shape == 2:
                d.block("%s we calculate %s:" % (conn, nn), "", ct)
            else:
                d.block("%s: %s" % (conn, ct))
        elif isinstance(st, Calc):
            d.block("Let's double-check: " + chain_text(st.chain, rc) + (st.after or " ✓"))
        else:
            d.block(parts_text(st.parts, rc))
    fv = fin.node.render(rc)[0]
    if isinstance(steps[-1], Result) and hchance(0.5, pid, "fin_skip"):
        d.add("")
        d.add(hpick(["The answer is %s.", "Final answer: %s"], pid, "fin2") % fv)
    else:
        d.block(hpick(["So, %s is %s." % (fin.noun, fv), "The answer is %s." % fv,
                       "**%s = %s**" % (cap(fin.noun), fv)], pid, "fin3"))
    return d.lines()


def r_terse(steps, fin, kind, pid, rc):
    out = []
    for st in steps:
        if isinstance(st, Say):
            if st.formula is not None:
                out.append(chain_text(st.formula, rc))
        elif isinstance(st, Calc):
            out.append(("check: " if st.check else "") + chain_text(st.chain, rc))
    if hchance(0.5, pid, "ans"):
        out.append("Answer: " + fin.node.render(rc)[0])
    return out


def r_table(steps, fin, kind, pid, rc):
    d = Doc()
    d.block(hpick(INTRO[kind], pid, "intro"))
    hdr = hpick([("Step", "Calculation", "Result"), ("Quantity", "Work", "Value"),
                 ("What we find", "Computation", "Result")], pid, "hdr")
    rows = ["| %s | %s | %s |" % hdr, "|---|---|---|"]
    after = []
    for st in steps:
        if isinstance(st, Say):
            if not (rows[2:] or after):
                d.block(parts_text(st.parts, rc))
        elif isinstance(st, Calc) and not st.check:
            its = [it for it in st.chain.items if not it[1].sym]
            if len(its) < 2:
                its = st.chain.items
            work = Chain(None, [its[0][1]] + list(its[1:-1]))
            rel, last = its[-1]
            cell = ("≈ " if rel == "≈" else "") + last.render(rc)[0] + (st.after or "")
            rows.append("| %s | %s | %s |" % (title(st.label), chain_text(work, rc), cell))
        elif isinstance(st, Calc):
            after.append("Check: " + chain_text(st.chain, rc) + (st.after or " ✓"))
        else:
            after.append(parts_text(st.parts, rc))
    d.block(*rows)
    for a in after:
        d.block(a)
    d.block("**Answer:** %s" % fin.node.render(rc)[0])
    return d.lines()


def r_tutor(steps, fin, kind, pid, rc):
    d = Doc()
    d.block(hpick(["Here's how to solve this problem:", "Here's how to find the answer:",
                   "Great question! Let's go step by step."], pid, "hello"))
    d.block(hpick(INTRO[kind], pid, "intro"))
    k = 0
    buf = []
    sec_open = False
    for st in steps:
        if isinstance(st, Say):
            buf.append("* " + parts_text(st.parts, rc))
        elif isinstance(st, Calc) and not st.check:
            k += 1
            d.block("**%d. %s**" % (k, title(st.label)))
            d.block(*(buf + ["* " + chain_text(st.chain, rc) + (st.after or "")]))
            buf = []
            sec_open = True
        elif isinstance(st, Calc):
            d.block("**Check:** " + chain_text(st.chain, rc) + (st.after or " ✓"))
            sec_open = False
        else:
            if sec_open and not buf:
                d.add("* " + parts_text(st.parts, rc))
            else:
                d.block(*(buf + [parts_text(st.parts, rc)]))
                buf = []
    if buf:
        d.block(*buf)
    d.block("**Therefore, %s is %s.**" % (fin.noun, fin.node.render(rc)[0]))
    return d.lines()


def r_numbered(steps, fin, kind, pid, rc):
    d = Doc()
    d.block(hpick(["To solve this, follow these steps:", "Let's solve this step by step:",
                   hpick(INTRO[kind], pid, "intro")], pid, "hello"))
    lines = []
    k = 0
    for i, st in enumerate(steps):
        if isinstance(st, Say):
            k += 1
            lines.append("%d. %s" % (k, parts_text(st.parts, rc)))
        elif isinstance(st, Calc) and not st.check:
            k += 1
            if hchance(0.5, pid, "nshape", i):
                lines.append("%d. %s: %s%s" % (k, title(st.label), chain_text(st.chain, rc), st.after or ""))
            else:
                lines.append("%d. Calculate %s: %s%s" % (k, noun(st.label, pid, i), chain_text(st.chain, rc),
                                                      st.after or ""))
        elif isinstance(st, Calc):
            k += 1
            lines.append("%d. Check: %s%s" % (k, chain_text(st.chain, rc), st.after or " ✓"))
        else:
            lines.append("   " + parts_text(st.parts, rc))
    d.block(*lines)
    d.block(hpick(["The answer is %s.", "Final answer: %s"], pid, "fa") % fin.node.render(rc)[0])
    return d.lines()


def r_gsm8k(steps, fin, kind, pid, rc):
    out = []
    for i, st in enumerate(steps):
        if isinstance(st, Calc) and not st.check:
            nn = noun(st.label, pid, i)
            t = chain_text(st.chain, rc, lhs=False, drop_sym=True)
            if hchance(0.5, pid, "gshape", i):
                out.append("%s is %s%s." % (cap(nn), t, st.after or ""))
            else:
                out.append("So %s is %s%s." % (nn, t, st.after or ""))
        elif isinstance(st, Result) and hchance(0.3, pid, "gres", i):
            out.append(parts_text(st.parts, rc))
    return out
