#!/usr/bin/env python3
"""Generator: stocks / savings / investing worked solutions (eval76).

python3 gen.py --out set.jsonl
Standard library only; output is deterministic (string-seeded random.Random).
"""
import argparse
import json
import os
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext
import random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import problems as PR  # noqa: E402

getcontext().prec = 40
NSETS = 4


def q(v, dp, trunc=False):
    return v.quantize(D(1).scaleb(-dp), ROUND_DOWN if trunc else ROUND_HALF_UP)


def canon(v):
    s = format(v.normalize(), "f") if v != 0 else "0"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ------------------------------------------------------------------ styles
class SC:
    def __init__(self, **kw):
        self.mul = "×"; self.div = "÷"; self.minus = "−"; self.dollar = True; self.sep = True
        self.latex = False; self.rate = "pct"; self.approx = True; self.units = False
        self.ratio = "paren"; self.of = False
        self.__dict__.update(kw)


STYLES = {
    "md_steps": SC(units=True, ratio="paren"),
    "bold_labels": SC(mul="×", ratio="decimal", of=True),
    "bullets": SC(mul="x", minus="-", ratio="paren", rate="decimal"),
    "prose": SC(units=True, of=True, ratio="decimal", approx=True),
    "latex_inline": SC(latex=True, mul="\\times", div="\\div", minus="-", rate="decimal", ratio="frac"),
    "latex_display": SC(latex=True, mul="\\times", div="\\div", minus="-", rate="pct", ratio="frac", sep=True),
    "table": SC(mul="×", ratio="paren", rate="decimal", approx=False),
    "terse": SC(mul="*", div="/", minus="-", dollar=False, sep=False, rate="decimal", ratio="paren", approx=False),
    "tutor": SC(units=True, of=True, mul="×", ratio="decimal"),
    "numbered": SC(mul="·", minus="−", ratio="paren", rate="decimal", units=False),
}
STYLE_ORDER = list(STYLES)


def fmt(v, f, sc, dp=2):
    neg = v < 0
    a = abs(v)
    if f in ("money", "pps"):
        s = f"{a:,.{dp}f}" if sc.sep else f"{a:.{dp}f}"
        if sc.latex:
            s = s.replace(",", "{,}")
        if sc.dollar:
            s = ("\\$" if sc.latex else "$") + s
        if f == "pps" and sc.units and not sc.latex:
            s += "/share"
    elif f in ("int", "shares"):
        s = f"{int(a):,}" if sc.sep else str(int(a))
        if sc.latex:
            s = s.replace(",", "{,}")
        if f == "shares" and sc.units and not sc.latex:
            s += " shares"
    elif f == "pct":
        s = f"{a:.{dp}f}" + ("\\%" if sc.latex else "%")
    elif f == "dec4":
        s = f"{a:.4f}"
    elif f == "num":
        s = canon(a) if dp is None else f"{a:.{dp}f}"
    elif f == "years":
        s = canon(a) + (" years" if sc.units and not sc.latex else "")
    else:
        raise ValueError(f)
    return (sc.minus if neg else "") + s


def plainfmt(v, f):
    return fmt(v, f, SC(units=False))


class Step:
    pass


class Calc:
    """Records computations. fault = (index, wrong_value, mode) or None."""

    def __init__(self, fault=None):
        self.items = []
        self.n = 0
        self.fault = fault

    def fm(self, v, f):
        return plainfmt(v, f)

    def _rec(self, kind, label, how, var, ops, exact, f, dp, faultable=True, trunc=False):
        st = Step()
        st.kind, st.label, st.how, st.var, st.ops, st.fmt, st.dp = kind, label, how, var, ops, f, dp
        st.exact = exact
        st.right = q(exact, dp, trunc)
        st.trunc = trunc
        st.idx = self.n
        st.faultable = faultable
        st.shown = st.right
        ret = st.right
        if faultable and self.fault and self.fault[0] == self.n:
            st.shown = self.fault[1]
            if self.fault[2] == "carry":
                ret = st.shown
        self.n += 1
        self.items.append(("check" if not faultable else "step", st))
        return ret

    @staticmethod
    def _val(o):
        v, f = o
        if f == "rate":
            return v / 100
        if f == "frac":
            return D(v[0]) / D(v[1])
        return D(v)

    def mul(self, label, how, var, ops, f, dp):
        e = D(1)
        for o in ops:
            e *= self._val(o)
        return self._rec("mul", label, how, var, ops, e, f, dp)

    def add(self, label, how, var, ops, f, dp):
        e = sum((self._val(o) for o in ops), D(0))
        return self._rec("add", label, how, var, ops, e, f, dp)

    def sub(self, label, how, var, ops, f, dp):
        e = self._val(ops[0]) - sum((self._val(o) for o in ops[1:]), D(0))
        return self._rec("sub", label, how, var, ops, e, f, dp)

    def div(self, label, how, var, ops, f, dp, trunc=False):
        e = self._val(ops[0]) / self._val(ops[1])
        return self._rec("div", label, how, var, ops, e, f, dp, trunc=trunc)

    def ratio(self, label, how, var, ops, dp):
        e = self._val(ops[0]) / self._val(ops[1]) * 100
        return self._rec("ratio", label, how, var, ops, e, "pct", dp)

    def check(self, ops, kind, expect, f, dp):
        if kind == "sub":
            e = self._val(ops[0]) - self._val(ops[1])
        else:
            e = sum((self._val(o) for o in ops), D(0))
        return self._rec(kind, "check", "check", "check", ops, e, f, dp, faultable=False)

    def note(self, text):
        self.items.append(("note", text))


# ------------------------------------------------------------ rendering
def render_operand(o, sc, kind, i):
    v, f = o
    if f == "rate":
        if sc.rate == "decimal":
            s = canon(v / 100)
            if s.startswith("."):
                s = "0" + s
            return s
        return canon(v) + ("\\%" if sc.latex else "%")
    if f == "frac":
        if sc.latex:
            return f"\\frac{{{v[0]}}}{{{v[1]}}}"
        return f"({v[0]}/{v[1]})"
    dp = 2
    if f == "num":
        dp = None
    s = fmt(D(v), f, sc, dp)
    if D(v) < 0 and (i > 0):
        s = ("\\left(" + s + "\\right)") if sc.latex else "(" + s + ")"
    return s


def render_expr(st, sc, rng, with_result=True):
    """returns (lhs, eqsym, rhs_string)"""
    ops = st.ops
    approx = (st.exact != st.right)
    eq = ("\\approx" if sc.latex else "≈") if (approx and sc.approx) else "="
    if st.kind in ("add", "sub", "mul"):
        sym = {"add": " + ", "sub": f" {sc.minus} ", "mul": f" {sc.mul} "}[st.kind]
        if st.kind == "mul" and sc.of and len(ops) == 2 and ops[0][1] == "rate" and rng.random() < 0.7:
            lhs = f"{render_operand(ops[0], SC(rate='pct', latex=sc.latex), 'mul', 0)} of {render_operand(ops[1], sc, 'mul', 0)}"
        else:
            parts = [render_operand(o, sc, st.kind, i) for i, o in enumerate(ops)]
            lhs = sym.join(parts)
        rhs = fmt(st.shown, st.fmt, sc, st.dp)
        if st.trunc and approx:
            rhs += "…" if not sc.latex else "\\ldots"
            eq = "="
        return lhs, eq, rhs
    a = render_operand(ops[0], sc, st.kind, 0)
    b = render_operand(ops[1], sc, st.kind, 1)
    if st.kind == "div":
        if sc.latex and sc.ratio == "frac" and rng.random() < 0.5:
            lhs = f"\\frac{{{a}}}{{{b}}}"
        else:
            lhs = f"{a} {sc.div} {b}"
        rhs = fmt(st.shown, st.fmt, sc, st.dp)
        if st.trunc and approx:
            rhs += "…" if not sc.latex else "\\ldots"
            eq = "="
        return lhs, eq, rhs
    # ratio -> percent
    pct = fmt(st.shown, "pct", sc, st.dp)
    if sc.ratio == "frac":
        return f"\\frac{{{a}}}{{{b}}} \\times 100", eq, pct
    if sc.ratio == "decimal":
        dec = st.shown / 100
        dec_exact = st.exact / 100
        decs = fmt(q(dec, 4), "dec4", sc)
        if dec < 0:
            decs = sc.minus + decs.lstrip("-−")
        eq1 = ("≈" if (q(dec_exact, 4) != dec_exact and sc.approx) else "=")
        return f"{a} {sc.div} {b}", eq1, f"{decs} = {pct}"
    return f"({a} {sc.div} {b}) {sc.mul} 100", eq, pct


def eqstr(st, sc, rng):
    lhs, eq, rhs = render_expr(st, sc, rng)
    return f"{lhs} {eq} {rhs}"


def cap(s):
    return s[:1].upper() + s[1:]


PROSE_STEP = [
    "First, {how}: {e}.",
    "The {lab} is {e}.",
    "{How}: {e}.",
    "Next, {how}, which gives {e}.",
    "That makes the {lab} {e}.",
    "So the {lab} comes to {e}.",
    "Then {how}: {e}.",
]
TUTOR_STEP = [
    "Let's start with the {lab}. We {how}: {e}.",
    "Now we {how}: {e}.",
    "Next up, the {lab}: {e}. 👍",
    "Great - now {how}: {e}.",
    "Then {how}. That's {e}.",
]
INTRO = {
    "md_steps": ["To find {goal}, let's go step by step.", "Let's break this down step by step to find {goal}."],
    "bold_labels": ["Here's the breakdown.", "Let's calculate {goal}.", "Sure! Here's how to work it out."],
    "bullets": ["We need {goal}.", "Let's compute {goal}:", "Working it out:"],
    "prose": ["We want {goal}.", "To answer this, we need {goal}.", ""],
    "latex_inline": ["We need to determine {goal}.", "Let's compute {goal}."],
    "latex_display": ["We need to find {goal}.", "To solve this, we compute {goal} in a few steps."],
    "table": ["Here is the calculation laid out as a table.", "Let's organize the numbers:"],
    "terse": [""],
    "tutor": ["Great question! Let's work it out together. 😊", "Happy to help with this one! Let's go through it slowly.", "Nice - this is a classic investing calculation. Let's walk through it."],
    "numbered": ["I'll work through this in order.", "Let me work through this carefully.", "Here's the calculation:"],
}


def render(items, style, rng, goal, answer_sentence, final_str, final_disp, boxed=None):
    """returns (lines, {step_idx: line_idx})"""
    sc = STYLES[style]
    L = []
    where = {}
    intro = rng.choice(INTRO[style]).format(goal=goal)
    if intro:
        L.append(intro)
        L.append("")
    k = 0
    if style == "table":
        L.append("| Step | Calculation | Result |")
        L.append("|---|---|---|")
        notes = []
        for typ, x in items:
            if typ == "step":
                k += 1
                lhs, eq, rhs = render_expr(x, sc, rng)
                if x.kind == "ratio" and sc.ratio == "decimal":
                    rhs = rhs.split(" = ")[-1]
                where[x.idx] = len(L)
                L.append(f"| {cap(x.label)} | {lhs} | {rhs} |")
            elif typ == "check":
                notes.append("Check: " + eqstr(x, sc, rng) + " ✓")
            else:
                notes.append(x)
        L.append("")
        for n in notes:
            L.append(n)
        if notes:
            L.append("")
        L.append(f"**Answer:** {answer_sentence}")
    else:
        para = []
        for typ, x in items:
            if typ == "step":
                k += 1
                e = eqstr(x, sc, rng)
                lab, how = x.label, x.how
                if style == "md_steps":
                    L.append(f"### Step {k}: {cap(lab)}")
                    L.append(f"{cap(how)}:")
                    where[x.idx] = len(L)
                    L.append(e)
                    L.append("")
                elif style == "bold_labels":
                    where[x.idx] = len(L)
                    L.append(f"**{cap(lab)}:** {e}")
                elif style == "bullets":
                    where[x.idx] = len(L)
                    L.append(f"- {cap(lab)}: {e}")
                elif style == "numbered":
                    where[x.idx] = len(L)
                    L.append(f"{k}. **{cap(lab)}** — {e}")
                elif style == "terse":
                    where[x.idx] = len(L)
                    L.append(f"{x.var} = {e}")
                elif style == "latex_inline":
                    where[x.idx] = len(L)
                    tmpl = rng.choice(["The {lab} is \\({e}\\).", "{How}: \\({e}\\).", "Next, {how}: \\({e}\\)."])
                    L.append(tmpl.format(lab=lab, how=how, How=cap(how), e=e))
                    L.append("")
                elif style == "latex_display":
                    L.append(f"**{cap(lab)}.** {cap(how)}:")
                    if rng.random() < 0.5:
                        where[x.idx] = len(L)
                        L.append(f"\\[ {e} \\]")
                    else:
                        L.append("\\[")
                        where[x.idx] = len(L)
                        L.append(e)
                        L.append("\\]")
                    L.append("")
                elif style in ("prose", "tutor"):
                    pool = PROSE_STEP if style == "prose" else TUTOR_STEP
                    if k == 1:
                        tmpl = pool[0]
                    else:
                        tmpl = rng.choice(pool[1:])
                    s = tmpl.format(lab=lab, how=how, How=cap(how), e=e)
                    # one or two steps per paragraph
                    if para and rng.random() < 0.5 and len(para) < 2:
                        para.append(s)
                        L[-1] = " ".join(para)
                        where[x.idx] = len(L) - 1
                    else:
                        if para:
                            L.append("")
                        para = [s]
                        where[x.idx] = len(L)
                        L.append(s)
            elif typ == "check":
                e = eqstr(x, sc, rng)
                if style in ("prose", "tutor"):
                    if para:
                        L.append("")
                        para = []
                    L.append(rng.choice(["Quick check: ", "As a check, ", "Check: "]) + e + (" ✓" if style == "tutor" else "."))
                elif style == "latex_display" or style == "latex_inline":
                    L.append(f"Check: \\({e}\\) \\(\\checkmark\\)")
                elif style == "terse":
                    L.append(f"check: {e}")
                elif style == "bullets":
                    L.append(f"- Check: {e} ✓")
                else:
                    L.append(f"Check: {e} ✓")
            else:  # note
                if style in ("prose", "tutor"):
                    if para and len(para) < 3:
                        para.append(x)
                        L[-1] = " ".join(para)
                    else:
                        L.append("")
                        para = [x]
                        L.append(x)
                elif style == "bullets":
                    L.append(f"- {x}")
                elif style == "terse":
                    L.append(f"({x})")
                elif style == "numbered":
                    L.append(f"   {x}")
                elif style in ("md_steps", "latex_display", "latex_inline"):
                    L.append(x)
                    L.append("")
                else:
                    L.append(x)
        while L and L[-1] == "":
            L.pop()
        L.append("")
        if style == "md_steps":
            L.append("### Final Answer")
            L.append(answer_sentence.replace(final_disp, f"**{final_disp}**", 1))
        elif style == "bold_labels":
            L.append(f"**Answer:** {answer_sentence}")
        elif style == "bullets":
            L.append(f"**Result:** {answer_sentence}")
        elif style == "prose":
            L.append(answer_sentence)
        elif style == "latex_inline" or style == "latex_display":
            L.append(answer_sentence)
            L.append("")
            L.append(f"\\[ \\boxed{{{boxed}}} \\]")
        elif style == "terse":
            L.append(f"Answer: {final_str}")
        elif style == "tutor":
            L.append(f"So there you have it: {answer_sentence} 🎉")
            L.append("")
            L.append("Let me know if you'd like to see how this changes with different numbers!")
        elif style == "numbered":
            L.append(f"**Answer:** {answer_sentence}")
    L.append("")
    L.append(f"#### {final_str}")
    return L, where


# ---------------------------------------------------------------- faults
def digits_str(v, dp):
    return f"{abs(v):.{dp}f}"


def from_digits(ds, dp, neg):
    if dp:
        s = ds[:-dp] + "." + ds[-dp:]
    else:
        s = ds
    v = D(s)
    return -v if neg else v


def fault_candidates(st, rng):
    r = st.right
    dp = st.dp
    neg = r < 0
    ds = digits_str(r, dp).replace(".", "")
    out = []
    unit = D(1)
    out.append(("off_by_one", r + unit))
    out.append(("off_by_one", r - unit))
    if abs(r) >= 20:
        out.append(("off_by_ten", r + 10))
        out.append(("off_by_ten", r - 10))
    for i in range(len(ds) - 1):
        if ds[i] != ds[i + 1]:
            t = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
            if t[0] != "0" or len(t) - dp <= 1:
                out.append(("digits_swapped", from_digits(t, dp, neg)))
    for i in range(len(ds)):
        t = ds[:i] + ds[i + 1:]
        if len(t) > dp and (t[0] != "0" or len(t) - dp <= 1):
            out.append(("digit_dropped", from_digits(t, dp, neg)))
        t2 = ds[:i] + ds[i] + ds[i:]
        out.append(("digit_doubled", from_digits(t2, dp, neg)))
    out.append(("decimal_shift", r * 10))
    if q(r / 10, dp) == r / 10:
        out.append(("decimal_shift", r / 10))
    vals = [Calc._val(o) for o in st.ops]
    if st.kind == "mul" and len(vals) == 2 and all(o[1] not in ("rate", "frac") for o in st.ops):
        out.append(("wrong_operation", q(vals[0] + vals[1], dp)))
    if st.kind == "sub" and len(vals) == 2:
        out.append(("wrong_operation", q(vals[0] + vals[1], dp)))
    if st.kind == "add" and len(vals) == 2 and vals[0] > vals[1] > 0:
        out.append(("wrong_operation", q(vals[0] - vals[1], dp)))
    if st.kind == "div":
        out.append(("wrong_operation", q(vals[1] / vals[0], dp)))
    if neg:
        out.append(("sign_dropped", -r))
        out.append(("sign_dropped", -r))
    good = []
    for kname, w in out:
        w = q(w, dp)
        if w == r or abs(w - r) <= D(1).scaleb(-dp):
            continue
        if not neg and w <= 0:
            continue
        if r != 0 and abs(w) > abs(r) * 200:
            continue
        if st.fmt == "pct" and abs(w) >= 1000:
            continue
        good.append((kname, w))
    # weight kinds so that every kind shows up
    kinds = sorted(set(k for k, _ in good))
    kk = rng.choice(kinds)
    return [g for g in good if g[0] == kk]


# ---------------------------------------------------------------- personas
NAMES = [("Maria", "she", "her", "her"), ("Daniel", "he", "him", "his"), ("Priya", "she", "her", "her"),
         ("Marcus", "he", "him", "his"), ("Elena", "she", "her", "her"), ("Kenji", "he", "him", "his"),
         ("Aisha", "she", "her", "her"), ("Tom", "he", "him", "his")]
REL = [("My sister", "she", "her", "her", "your sister"), ("My dad", "he", "him", "his", "your dad"),
       ("My roommate", "she", "her", "her", "your roommate"), ("My grandfather", "he", "him", "his", "your grandfather")]


def persona(kind, rng):
    if kind == "name":
        n, s, o, p = rng.choice(NAMES)
        return dict(k="name", S=n, s=s, s_mid=n, o=o, p=p, Who=n, **V3)
    if kind == "I":
        return dict(k="I", S="I", s="I", s_mid="I", o="me", p="my", Who="You", **V1)
    if kind == "rel":
        n, s, o, p, ref = rng.choice(REL)
        return dict(k="rel", S=n, s=s, s_mid=n[0].lower() + n[1:], o=o, p=p, Who=cap(ref), **V3)
    return dict(k="client", S="A client", s="they", s_mid="the client", o="them", p="their", Who="The client", **V3)


V3 = dict(has="has", wants="wants", holds="holds", keeps="keeps", plans="plans", buys="buys", deposits="deposits", leaves="leaves")
V3["is"] = "is"
V1 = dict(has="have", wants="want", holds="hold", keeps="keep", plans="plan", buys="buy", deposits="deposit", leaves="leave")
V1["is"] = "am"


PERSONA_KINDS = ["name", "I", "rel", "client"]


# ---------------------------------------------------------------- build
def run_solve(cls, P, W, fault=None):
    c = Calc(fault)
    fv, ff, sent = cls.solve(c, P, W)
    return c, fv, ff, sent


def build_problem(sname, ph, pk, ns, style):
    cls = PR.S[sname]
    tmpl = f"{sname}-p{ph}-{pk}"
    pid = f"{sname}-{ph}{PERSONA_KINDS.index(pk)}-{ns}"
    rng = random.Random(f"eval76|{tmpl}|{ns}")
    W = persona(pk, rng)
    for _attempt in range(50):
        P = cls.params(rng)
        c0, fv, ff, sent = run_solve(cls, P, W)
        steps = [x for t, x in c0.items if t == "step"]
        ok = all(x.right != 0 for x in steps) and fv != 0
        if ok:
            break
    problem = cls.phrasings[ph](P, W)
    rows = []
    rr = random.Random(f"render|{tmpl}|{ns}|{style}")
    rstate = rr.getstate()

    def make(c, fv, ff, sent):
        rr.setstate(rstate)
        disp = plainfmt(fv, ff)
        fs = canon(fv)
        L, where = render(c.items, style, rr, cls.goal, sent(disp), fs, disp, fmt(fv, ff, STYLES[style]))
        return L, where, fs

    L, where, final = make(c0, fv, ff, sent)
    sol = "\n".join(L)
    base = dict(pid=pid, template=tmpl, style=style, problem=problem)
    rows.append(dict(base, variant="correct", solution=sol, final=final))

    fr = random.Random(f"fault|{tmpl}|{ns}")
    cand_idx = [x.idx for x in steps]
    for mode in ("slip", "carry"):
        for _t in range(60):
            si = fr.choice(cand_idx)
            st = [x for x in steps if x.idx == si][0]
            cands = fault_candidates(st, fr)
            if not cands:
                continue
            kname, w = fr.choice(cands)
            try:
                c1, fv1, ff1, sent1 = run_solve(cls, P, W, (si, w, mode))
            except ArithmeticError:
                continue
            if mode == "carry":
                if canon(fv1) == final:
                    continue
                # sanity: later values keep their sign
                s1 = [x for t, x in c1.items if t in ("step",)]
                if any((a.right < 0) != (b.right < 0) for a, b in zip(s1, steps) if a.idx > si):
                    continue
                if len(s1) != len(steps):
                    continue
            L1, where1, f1 = make(c1, fv1, ff1, sent1)
            if mode == "slip" and f1 != final:
                continue
            sol1 = "\n".join(L1)
            li = where1[si]
            start = sum(len(x) + 1 for x in L1[:li])
            end = start + len(L1[li])
            step_no = cand_idx.index(si) + 1
            rows.append(dict(base, variant=mode, solution=sol1, final=final, span=[start, end],
                             wrong=canon(w) if st.dp == 0 else f"{w:.{st.dp}f}",
                             right=canon(st.right) if st.dp == 0 else f"{st.right:.{st.dp}f}",
                             step=step_no, kind=kname))
            break
        else:
            raise RuntimeError(f"no {mode} for {pid}")

    # loop
    lr = random.Random(f"loop|{tmpl}|{ns}")
    ans_i = next(i for i, x in enumerate(L) if x.startswith("#### "))
    step_lines = sorted(where.values())
    # cut somewhere between the first step line and the line before the answer block
    last_ok = max(step_lines)
    cut = lr.choice([x for x in range(step_lines[0], last_ok + 1) if L[x].strip()])
    ulen = lr.choice([1, 1, 2, 3])
    ulen = min(ulen, cut + 1)
    unit_lines = L[cut - ulen + 1: cut + 1]
    while ulen > 1 and not unit_lines[0].strip():
        ulen -= 1
        unit_lines = L[cut - ulen + 1: cut + 1]
    unit = "\n".join(unit_lines)
    reps = lr.randint(8, 30)
    prefix = "\n".join(L[:cut + 1])
    first_start = len(prefix) - len(unit)
    text = prefix
    for _ in range(reps - 1):
        text += "\n" + unit
    second_start = first_start + len(unit) + 1
    if lr.random() < 0.5:
        cps = [i for i in range(2, len(unit) - 1) if unit[i] == " " and unit[i - 1] in "=≈:" ]
        if cps:
            text += "\n" + unit[:lr.choice(cps)]
    assert "####" not in text
    rows.append(dict(base, variant="loop", solution=text, final=final, span=[second_start, second_start + len(unit)],
                     repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    out = []
    ti = 0
    for sname in PR.ORDER:
        for ph in range(3):
            for pk in PERSONA_KINDS:
                for ns in range(NSETS):
                    style = STYLE_ORDER[(ti * NSETS + ns * 3 + ti // len(STYLE_ORDER)) % len(STYLE_ORDER)]
                    out.extend(build_problem(sname, ph, pk, ns, style))
                ti += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
