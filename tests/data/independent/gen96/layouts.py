"""Page layouts for the writing styles."""
from render import (Sty, calc_str, post_str, cmp_str, money, num, lc, expr_str, rhs_str,
                    UNIT_WORD)
from core import final_str, exact_str, fr
import copy


class Out:
    def __init__(self):
        self.lines = []
        self.own = []

    def add(self, line="", steps=()):
        self.lines.append(line)
        self.own.append(set(steps))


def final_disp(v, unit, S, bold=False):
    if unit == "$":
        s = money(v, S, None if (fr(v) * 100).denominator != 1 else 2)
    elif unit == "c":
        s = num(v, S) + ("¢" if not S.latex else r"\text{¢}")
    elif unit in UNIT_WORD:
        s = num(v, S) + " " + UNIT_WORD[unit]
    elif unit == "%":
        s = num(v, S) + (r"\%" if S.latex else "%")
    elif unit == "pt":
        s = num(v, S) + " points"
    else:
        s = num(v, S)
        if v < 0:
            s = S.minus + s
    return s


FRAMES_PROSE = ["{L}: {c}.", "For {l}, {c}.", "Next, {l} is {c}.", "{L} works out to {c}.",
                "Then {l} comes to {c}.", "Now {l}: {c}."]
FRAMES_CHAT = ["First up, {l}: {c}.", "Next, {l}: {c}.", "Then for {l}, {c}.",
               "Now let's get {l}: {c}.", "After that, {l} is {c}.", "And {l}? {c}."]
INTRO_CHAT = ["Sure! Let's work through this step by step. 🛒", "Great question — grocery math is so useful! Let's break it down.",
              "Happy to help! Here's how I'd figure it out.", "Let's do this one together!"]
OUTRO_CHAT = ["Hope that helps with your shopping! 😊", "Happy shopping!", "Let me know if you want to check another deal!",
              "Hope this helps!"]


def render(S, steps, meta, rng):
    return LAYOUT[S.name](S, steps, meta, rng)


def _calc_steps(steps):
    return [s for s in steps]


def _answer(meta, S, bold):
    a = final_disp(meta["final"], meta["unit"], S)
    if bold:
        a = "**" + a + "**"
    return meta["ans"].format(A=a)


def _end(o, meta):
    o.add("#### " + final_str(meta["final"]))


def _cmpline(st, S, latex=False):
    a, rel, b, txt = cmp_str(st, S)
    if latex:
        return r"Since \(%s %s %s\), %s" % (a, rel, b, txt)
    return "Since %s %s %s, %s" % (a, rel, b, txt)


def _chk(st, S, latex=False):
    c = calc_str(st, S, words=False)
    if latex:
        return r"Check: \(%s\) ✓" % c
    return "Check: %s ✓" % c


def lay_md(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    h = rng.choice(["###", "###", "##"])
    n = 0
    for st in steps:
        if st.t == "calc" and not st.check:
            n += 1
            o.add("%s Step %d: %s" % (h, n, st.label))
            o.add(calc_str(st, S) + post_str(st, S), [st.idx])
            o.add()
        elif st.t == "calc" and S.check:
            o.add("**" + _chk(st, S)[:6] + "**" + _chk(st, S)[6:])
            o.add()
        elif st.t == "cmp":
            o.add(_cmpline(st, S) + ".")
            o.add()
        elif st.t == "note":
            o.add(st.text)
            o.add()
    o.add("%s %s" % (h, rng.choice(["Final Answer", "Answer", "Conclusion"])))
    o.add(_answer(meta, S, True))
    o.add()
    _end(o, meta)
    return o


def lay_bold(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    for st in steps:
        if st.t == "calc" and not st.check:
            o.add("**%s:** %s%s" % (st.label, calc_str(st, S), post_str(st, S)), [st.idx])
        elif st.t == "calc" and S.check:
            o.add("**Check:** " + _chk(st, S)[7:])
        elif st.t == "cmp":
            o.add(_cmpline(st, S) + ".")
        elif st.t == "note":
            o.add(st.text)
    o.add()
    o.add("**Answer:** " + _answer(meta, S, False))
    o.add()
    _end(o, meta)
    return o


def lay_bullets(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    b = rng.choice(["-", "*", "•"])
    for st in steps:
        if st.t == "calc" and not st.check:
            o.add("%s %s: %s%s" % (b, st.label, calc_str(st, S), post_str(st, S)), [st.idx])
        elif st.t == "calc" and S.check:
            o.add("%s %s" % (b, _chk(st, S)))
        elif st.t == "cmp":
            o.add("%s %s." % (b, _cmpline(st, S)))
        elif st.t == "note":
            o.add("%s %s" % (b, st.text))
    o.add()
    o.add(rng.choice(["So ", "Therefore, ", ""]) + lc(_answer(meta, S, False)) if False else _answer(meta, S, False))
    o.add()
    _end(o, meta)
    return o


def lay_prose(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    para, own = [], []
    for st in steps:
        if st.t == "calc" and not st.check:
            f = rng.choice(FRAMES_PROSE)
            para.append(f.format(L=st.label, l=lc(st.label), c=calc_str(st, S) + post_str(st, S)))
            own.append(st.idx)
        elif st.t == "calc" and S.check:
            para.append("As a check, %s." % calc_str(st, S, words=False))
        elif st.t == "cmp":
            para.append(_cmpline(st, S) + ".")
        elif st.t == "note":
            para.append(st.text)
        if len(para) >= rng.choice([2, 3]):
            o.add(" ".join(para), own)
            o.add()
            para, own = [], []
    if para:
        o.add(" ".join(para), own)
        o.add()
    o.add(_answer(meta, S, False))
    o.add()
    _end(o, meta)
    return o


def lay_latex_inline(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    n = 0
    pmode = rng.choice(["num", "", "bold"])
    for st in steps:
        if st.t == "calc" and not st.check:
            n += 1
            pre = {"num": "%d. " % n, "": "", "bold": "**%s:** " % st.label}[pmode]
            if pre.startswith("**"):
                o.add(r"%s\(%s\)%s" % (pre, calc_str(st, S), post_str(st, S)), [st.idx])
            else:
                o.add(r"%s%s: \(%s\)%s" % (pre, st.label, calc_str(st, S), post_str(st, S)), [st.idx])
        elif st.t == "calc" and S.check:
            o.add(_chk(st, S, True))
        elif st.t == "cmp":
            o.add(_cmpline(st, S, True) + ".")
        elif st.t == "note":
            o.add(st.text)
        o.add()
    a = final_disp(meta["final"], meta["unit"], S)
    o.add(meta["ans"].format(A=r"\(\boxed{%s}\)" % a))
    o.add()
    _end(o, meta)
    return o


def lay_latex_display(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    one = rng.random() < 0.4
    n = 0
    for st in steps:
        if st.t == "calc" and not st.check:
            n += 1
            o.add("**Step %d: %s**" % (n, st.label))
            o.add()
            ps = post_str(st, S)
            if ps:
                w, k = ps[5:].rsplit(" ", 1)
                ps = r"\quad\Rightarrow\quad \text{%s } %s" % (w, k)
            c = calc_str(st, S) + ps
            if one:
                o.add(r"\[ %s \]" % c, [st.idx])
            else:
                o.add(r"\[")
                o.add(c, [st.idx])
                o.add(r"\]")
            o.add()
        elif st.t == "calc" and S.check:
            o.add(r"Check: \(%s\) ✓" % calc_str(st, S))
            o.add()
        elif st.t == "cmp":
            o.add(_cmpline(st, S, True) + ".")
            o.add()
        elif st.t == "note":
            o.add(st.text)
            o.add()
    a = final_disp(meta["final"], meta["unit"], S)
    o.add(meta["ans"].format(A=a))
    o.add()
    o.add(r"\[ \boxed{%s} \]" % a)
    o.add()
    _end(o, meta)
    return o


def lay_table(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    hdr = rng.choice([("Step", "Calculation", "Result"), ("What", "Math", "Amount"), ("Item", "Work", "Value")])
    o.add("| %s | %s | %s |" % hdr)
    o.add("|---|---|---|")
    after = []
    for st in steps:
        if st.t == "calc" and not st.check:
            c = calc_str(st, S) + post_str(st, S)
            if " = " in c:
                l, r = c.split(" = ", 1)
            else:
                l, r = c.split(" ≈ ", 1)
                r = "≈ " + r
            o.add("| %s | %s | %s |" % (st.label, l, r), [st.idx])
        elif st.t == "calc" and S.check:
            after.append(_chk(st, S))
        elif st.t == "cmp":
            after.append(_cmpline(st, S) + ".")
        elif st.t == "note":
            after.append(st.text)
    o.add()
    for a in after:
        o.add(a)
    if after:
        o.add()
    o.add(_answer(meta, S, True))
    o.add()
    _end(o, meta)
    return o


def _raw(st):
    R = Sty("gsm8k", _FixedRng())
    R.dollar = False
    R.units = False
    R.sep = False
    R.pct_mode = "dec"
    R.raw = True
    return R


class _FixedRng:
    def random(self):
        return 0.99

    def choice(self, x):
        return x[0]


GSM_FR = ["{L} is {c}.", "So {l} is {c}.", "That means {l} is {c}.", "{L} comes to {c}."]


def lay_gsm8k(S, steps, meta, rng):
    o = Out()
    S.dollar = False
    S.units = False
    R = _raw(None)
    for st in steps:
        if st.t == "calc" and not st.check:
            if st.approx or st.form == "rem" or st.form == "bracket":
                S2 = S
                c = calc_str(st, S2) + post_str(st, S)
                if st.unit == "$":
                    c = c.replace("≈ ", "≈ $").replace("about ", "about $").replace("= ", "= $", 1) if st.approx else c
            else:
                lhs = expr_str(st.expr, S)
                raw = expr_str(st.expr, R)
                res = rhs_str(_bare(st), st.shown, R, st.places)
                shown = rhs_str(_bare(st), st.shown, S, st.places) if st.unit != "$" else money(st.shown, S, st.places)
                d = "$" if st.unit == "$" else ""
                suf = st.suffix
                if st.unit in UNIT_WORD:
                    suf = " " + UNIT_WORD[st.unit] + suf
                elif st.unit == "pt":
                    suf = " points" + suf
                elif st.unit == "%":
                    d, suf = "", "%" + suf
                c = "%s = %s<<%s=%s>>%s%s" % (lhs, d, raw, res, shown, suf) + post_str(st, S)
            f = rng.choice(GSM_FR)
            o.add(f.format(L=st.label, l=lc(st.label), c=c), [st.idx])
        elif st.t == "cmp":
            o.add(_cmpline(st, S) + ".")
        elif st.t == "note":
            o.add(st.text)
    S.dollar = True
    o.add("#### " + final_str(meta["final"]))
    return o


def _bare(st):
    class B:
        pass
    b = B()
    b.unit = "x"
    b.suffix = ""
    return b


def lay_chatty(S, steps, meta, rng):
    o = Out()
    o.add(rng.choice(INTRO_CHAT))
    o.add()
    o.add(meta["intro"])
    o.add()
    for st in steps:
        if st.t == "calc" and not st.check:
            f = rng.choice(FRAMES_CHAT)
            o.add(f.format(L=st.label, l=lc(st.label), c=calc_str(st, S) + post_str(st, S)), [st.idx])
        elif st.t == "calc" and S.check:
            o.add("Quick sanity check: %s ✓" % calc_str(st, S, words=False))
        elif st.t == "cmp":
            o.add(_cmpline(st, S) + "!")
        elif st.t == "note":
            o.add(st.text)
        o.add()
    o.add(_answer(meta, S, True))
    o.add()
    o.add(rng.choice(OUTRO_CHAT))
    o.add()
    _end(o, meta)
    return o


def lay_terse(S, steps, meta, rng):
    o = Out()
    for st in steps:
        if st.t == "calc" and not st.check:
            o.add("%s: %s%s" % (st.label, calc_str(st, S), post_str(st, S)), [st.idx])
        elif st.t == "calc" and S.check:
            o.add("check: " + calc_str(st, S))
        elif st.t == "cmp":
            a, rel, b, txt = cmp_str(st, S)
            o.add("%s %s %s -> %s" % (a, rel, b, txt))
    o.add()
    o.add(_answer(meta, S, False))
    _end(o, meta)
    return o


def lay_numbered(S, steps, meta, rng):
    o = Out()
    o.add(meta["intro"])
    o.add()
    n = 0
    for st in steps:
        if st.t == "calc" and not st.check:
            n += 1
            o.add("%d. **%s:** %s%s" % (n, st.label, calc_str(st, S), post_str(st, S)), [st.idx])
        elif st.t == "calc" and S.check:
            o.add("   - " + _chk(st, S))
        elif st.t == "cmp":
            o.add("   - " + _cmpline(st, S) + ".")
        elif st.t == "note":
            o.add("   - " + st.text)
    o.add()
    o.add("**Final answer:** " + _answer(meta, S, False))
    o.add()
    _end(o, meta)
    return o


LAYOUT = {"md_steps": lay_md, "bold_labels": lay_bold, "bullets": lay_bullets, "prose": lay_prose,
          "latex_inline": lay_latex_inline, "latex_display": lay_latex_display, "table": lay_table,
          "gsm8k": lay_gsm8k, "chatty": lay_chatty, "terse": lay_terse, "numbered": lay_numbered}
