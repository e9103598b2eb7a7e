#!/usr/bin/env python3
"""Generate a held-out set of worked solutions (sports training & team logistics).

python3 gen.py --out set.jsonl
Standard library only; output is deterministic.
"""
import argparse
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import templates as TM  # noqa: E402

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "gsm8k", "chatty", "llama_steps"]
COUNT_UNITS = {"players", "games", "shirts", "buckets", "rooms", "turns", "breaks", "vehicles", "people",
               "pairings", "room-nights", "goals", "pitches", "kits", "points_int", "jackets", "wins"}
NSETS = 4


# ---------------------------------------------------------------- builder
class Step:
    def __init__(self, op, terms, unit, label, value, faultable=True, signed=False, rem=None, pct=None):
        self.op, self.terms, self.unit, self.label = op, terms, unit, label
        self.value, self.faultable, self.signed, self.rem, self.pct = value, faultable, signed, rem, pct


class Builder:
    def __init__(self, ov=None):
        self.ov = ov or {}
        self.steps = []

    def _push(self, op, terms, unit, label, v, **kw):
        i = len(self.steps)
        if i in self.ov:
            v = self.ov[i]
        self.steps.append(Step(op, [(F(a), u) for a, u in terms], unit, label, F(v), **kw))
        return F(v)

    def add(self, terms, unit, label):
        return self._push("add", terms, unit, label, sum(F(a) for a, _ in terms))

    def sub(self, terms, unit, label, signed=False):
        v = F(terms[0][0]) - sum(F(a) for a, _ in terms[1:])
        return self._push("sub", terms, unit, label, v, signed=signed)

    def mul(self, terms, unit, label):
        v = F(1)
        for a, _ in terms:
            v *= F(a)
        return self._push("mul", terms, unit, label, v)

    def div(self, terms, unit, label):
        return self._push("div", terms, unit, label, F(terms[0][0]) / F(terms[1][0]))

    def pct(self, p, term, unit, label):
        return self._push("pct", [term], unit, label, F(p, 100) * F(term[0]), pct=p)

    def divmod(self, terms, unit, label):
        a, b = F(terms[0][0]), F(terms[1][0])
        q, r = divmod(int(a), int(b))
        self._push("divmod", terms, unit, label, F(q), faultable=False, rem=r)
        return q, r

    def approx_div(self, terms, unit, label):
        return self._push("approx", terms, unit, label, F(terms[0][0]) / F(terms[1][0]), faultable=False)


def run(struct, p, ov=None):
    b = Builder(ov)
    final = struct.build(b, p)
    return b.steps, F(final)


def representable(st):
    v = st.value
    if st.op == "approx":
        return True
    if v < 0 and not st.signed:
        return False
    if st.unit == "$":
        return (v * 100).denominator == 1
    if st.unit in COUNT_UNITS or st.op == "divmod":
        if v.denominator != 1:
            return False
    if st.op == "divmod" and any(a.denominator != 1 for a, _ in st.terms):
        return False
    return (v * 10000).denominator == 1


def canon(v):
    v = F(v)
    if v.denominator == 1:
        return str(int(v))
    s = f"{float(v):.4f}".rstrip("0").rstrip(".")
    return s


# ---------------------------------------------------------------- formatting
class Fmt:
    def __init__(self, style, r):
        self.style = style
        self.latex = style in ("latex_inline", "latex_display")
        self.commas = style not in ("terse", "gsm8k")
        self.cents = style in ("bold_labels", "table") and r.random() < 0.5
        self.minus = r.choice(["−", "-"]) if style in ("md_steps", "bold_labels", "prose", "table") else "-"
        self.mul = {"md_steps": "×", "bold_labels": "×", "bullets": r.choice(["×", "*"]), "prose": "×",
                    "latex_inline": r"\times", "latex_display": r"\times", "table": "×", "terse": r.choice(["*", "x"]),
                    "gsm8k": "*", "chatty": "×", "llama_steps": "x"}[style]
        self.div = {"md_steps": "÷", "bold_labels": "÷", "bullets": "/", "prose": "÷", "latex_inline": r"\div",
                    "latex_display": "frac", "table": "÷", "terse": "/", "gsm8k": "/", "chatty": "÷",
                    "llama_steps": "/"}[style]
        self.unit_words = style in ("bullets", "prose", "chatty") or (style == "md_steps" and r.random() < 0.5)
        self.rem_style = r.choice(["remainder", "R", "approx"])
        self.spaced = style != "gsm8k" and not (style == "terse" and r.random() < 0.5)

    def number(self, v, money=False, force_cents=False):
        v = F(v)
        neg = v < 0
        a = abs(v)
        if money and (a.denominator != 1 or self.cents or force_cents):
            s = f"{float(a):.2f}"
            ip, dp = s.split(".")
            ip = f"{int(ip):,}" if self.commas else ip
            s = ip + "." + dp
        elif a.denominator == 1:
            s = f"{int(a):,}" if self.commas else str(int(a))
        else:
            s = canon(a)
            if self.commas and "." in s:
                ip, dp = s.split(".")
                s = f"{int(ip):,}." + dp
        if self.latex:
            s = s.replace(",", "{,}")
        return s, neg

    def val(self, v, unit, words=False):
        money = unit == "$"
        s, neg = self.number(v, money)
        sign = self.minus if neg else ""
        if money:
            if self.style == "latex_display":
                return sign + s
            if self.style == "latex_inline":
                return sign + r"\$" + s
            if self.style == "gsm8k":
                return sign + "$" + s
            return sign + "$" + s
        out = sign + s
        if words and unit and unit not in ("",):
            out += " " + unit
        return out

    def pct_str(self, p):
        if self.latex:
            return f"{p}\\%"
        return f"{p}%"

    def expr(self, st, words=None):
        w = self.unit_words if words is None else words
        sp = " " if self.spaced else ""
        t = [self.val(a, u, w) for a, u in st.terms]
        if st.op == "add":
            return (sp + "+" + sp).join(t)
        if st.op == "sub":
            return (sp + self.minus + sp).join(t)
        if st.op == "mul":
            return (sp + self.mul + sp).join(t)
        if st.op in ("div", "divmod", "approx"):
            if self.div == "frac":
                return r"\frac{%s}{%s}" % (self.val(st.terms[0][0], st.terms[0][1]), self.val(st.terms[1][0], st.terms[1][1]))
            return t[0] + sp + self.div + sp + t[1]
        if st.op == "pct":
            if self.style in ("gsm8k", "terse") or (self.latex and st.pct % 10 == 0):
                dec = canon(F(st.pct, 100))
                if self.style == "gsm8k":
                    dec = dec.lstrip("0")
                return t[0] + sp + self.mul + sp + dec
            return self.pct_str(st.pct) + " of " + t[0]
        raise ValueError(st.op)

    def result(self, st, v, words=True):
        """returns (relation, result_text)"""
        if st.op == "divmod":
            q, r = int(v), st.rem
            a, b = st.terms[0][0], st.terms[1][0]
            if self.rem_style == "approx" and r:
                x = F(math.floor(F(a) / F(b) * 100 + F(1, 2)), 100)
                return "≈" if not self.latex else r"\approx", canon(F(str(x)))
            if self.rem_style == "R":
                return "=", f"{q} R {r}"
            if self.latex:
                return "=", f"{q} \\text{{ remainder }} {r}"
            return "=", f"{q} remainder {r}"
        if st.op == "approx":
            x = F(math.floor(F(v) * 100 + F(1, 2)), 100)
            s, _ = self.number(x, st.unit == "$", force_cents=True)
            if st.unit == "$" and not self.latex:
                s = "$" + s
            elif st.unit == "$" and self.style == "latex_inline":
                s = r"\$" + s
            return ("≈" if not self.latex else r"\approx"), s
        return "=", self.val(v, st.unit, words and st.unit not in ("$",))


def eq(fm, st, v, words=None):
    rel, res = fm.result(st, v, words=(fm.unit_words if words is None else words))
    sp = " " if fm.spaced else ""
    return f"{fm.expr(st, words)}{sp}{rel}{sp}{res}"


def chatty_eq(fm, st, v, r):
    t = [fm.val(a, u, True) for a, u in st.terms]
    conn = r.choice(["is", "is", "equals", "comes to", "gives us", "makes"])
    rel, res = fm.result(st, v)
    if st.op in ("divmod", "approx"):
        return f"{t[0]} {fm.div if fm.div != 'frac' else '÷'} {t[1]} {rel} {res}"
    if st.op == "add":
        e = " plus ".join(t)
    elif st.op == "sub":
        e = " minus ".join(t)
        if conn in ("makes", "gives us"):
            conn = "leaves"
    elif st.op == "mul":
        e = " times ".join(t)
    elif st.op == "div":
        e = f"{t[0]} divided by {t[1]}"
    else:
        e = f"{st.pct}% of {t[0]}"
    return f"{e} {conn} {res}"


# ---------------------------------------------------------------- checks (reverse computations)
def make_check(fm, steps, final):
    st = steps[-1]
    v = st.value
    sp = " " if fm.spaced else ""
    if st.op == "div" and st.terms[1][1] != "" and v * st.terms[1][0] == st.terms[0][0]:
        a, b = st.terms
        return f"{fm.val(v, st.unit)}{sp}{fm.mul}{sp}{fm.val(b[0], '')}{sp}={sp}{fm.val(a[0], a[1])}"
    if st.op == "sub" and len(st.terms) == 2 and v >= 0 and v + st.terms[1][0] == st.terms[0][0]:
        a, b = st.terms
        return f"{fm.val(v, st.unit)}{sp}+{sp}{fm.val(b[0], b[1])}{sp}={sp}{fm.val(a[0], a[1])}"
    if st.op == "approx":
        a, b = st.terms
        c = F(math.ceil(v))
        return f"{fm.val(c, '$')}{sp}{fm.mul}{sp}{fm.val(b[0], '')}{sp}={sp}{fm.val(c * b[0], '$')}"
    return None


# ---------------------------------------------------------------- styles
VERBS = ["Calculate", "Find", "Determine", "Work out", "Compute"]


def cap(s):
    return s[0].upper() + s[1:]


def rest(fm, st, r):
    """a restatement sentence of a step's (true/carried) value, no computation."""
    if st.op in ("divmod", "approx"):
        return None
    rv = fm.val(st.value, st.unit, st.unit != "$")
    return r.choice([f"So the {st.label} is {rv}.", f"That gives {rv} for the {st.label}.",
                     f"The {st.label} comes to {rv}."])


def divmod_tail(st):
    q, rem = int(st.value), st.rem
    need = q + (1 if rem else 0)
    return need, q, rem


def render(style, struct, p, problem, steps, final, disp, r):
    """returns (lines, step_line_index list). disp: {step_idx: shown value} for slip."""
    fm = Fmt(style, r)
    L = []
    where = []
    n = len(steps)
    fin_s = canon(final)
    ans = struct.answer(p, final)

    def shown(i):
        return disp.get(i, steps[i].value)

    def tail_for(i):
        st = steps[i]
        if st.op == "divmod":
            need, q, rem = divmod_tail(st)
            if rem:
                return r.choice([f" Since {q} vehicles leave {rem} people without a seat, we need {need}.",
                                 f" That means {q} full vehicles plus one more, so {need} in total.",
                                 f" Rounding up, that's {need} vehicles."])
            return f" So exactly {need} vehicles."
        if st.op == "approx":
            return r.choice([f" Rounding up to the next whole dollar gives {fm.val(final, '$')}.",
                             f" Each share must cover the bill, so round up to {fm.val(final, '$')}."])
        return ""

    chk = make_check(fm, steps, final) if r.random() < 0.55 else None

    if style == "md_steps":
        L += [r.choice(["To solve this, let's break it down step by step.", "Let's work through this step by step.",
                        "We can solve this in a few steps."]), ""]
        for i, st in enumerate(steps):
            L.append(f"### Step {i + 1}: {r.choice(VERBS)} the {st.label}")
            L.append(eq(fm, st, shown(i)) + tail_for(i))
            where.append(len(L) - 1)
            if r.random() < 0.35 and rest(fm, st, r):
                L.append(rest(fm, st, r))
            L.append("")
        if chk:
            L += [f"**Check:** {chk} ✓", ""]
        L += ["### Final Answer", ans, "", f"#### {fin_s}"]
    elif style == "bold_labels":
        L += [r.choice(["I'll work through this step by step.", "Let me break this down.",
                        "Here's how to figure it out:"]), ""]
        for i, st in enumerate(steps):
            e = eq(fm, st, shown(i))
            lhs, _, res = e.rpartition(" = ") if " = " in e else (e, "", "")
            line = f"**{cap(st.label)}:** {lhs} = **{res}**" if res else f"**{cap(st.label)}:** {e}"
            L.append(line + tail_for(i))
            where.append(len(L) - 1)
        L.append("")
        if chk:
            L += [f"**Check:** {chk} ✓", ""]
        L += [ans.replace(fm.val(final, '$') if "$" in ans else "\0", f"**{fm.val(final, '$')}**"), "", f"#### {fin_s}"]
    elif style == "bullets":
        L += [r.choice(["Here's the breakdown:", "Breaking it down:", "Let's list the pieces:"]), ""]
        for i, st in enumerate(steps):
            L.append(f"- {cap(st.label)}: {eq(fm, st, shown(i))}" + tail_for(i))
            where.append(len(L) - 1)
        L.append("")
        if chk:
            L += [f"- Check: {chk}", ""]
        L += [f"**Answer:** {ans}", f"#### {fin_s}"]
    elif style == "prose":
        openers = ["First,", "To start,", "Next,", "Then", "After that,", "Now", "Finally,"]
        para = []
        for i, st in enumerate(steps):
            e = eq(fm, st, shown(i))
            op = "First," if i == 0 else ("Finally," if i == n - 1 and n > 2 else r.choice(openers[2:6]))
            sent = r.choice([f"{op} the {st.label} is {e}.", f"{op} we find the {st.label}: {e}.",
                             f"{op} {e}, which is the {st.label}.", f"{op} for the {st.label} we get {e}."])
            sent = sent[0].upper() + sent[1:]
            para.append(sent + tail_for(i))
            where.append(None)
            if r.random() < 0.5 or i == n - 1:
                L.append(" ".join(para))
                for k in range(len(where)):
                    if where[k] is None:
                        where[k] = len(L) - 1
                para = []
                L.append("")
        if chk:
            L += [f"Check: {chk}, so it works out.", ""]
        L += [ans, f"#### {fin_s}"]
    elif style == "latex_inline":
        L += [r.choice(["Let's solve this step by step.", "We proceed in steps."]), ""]
        for i, st in enumerate(steps):
            e = eq(fm, st, shown(i))
            pre = r.choice([f"The {st.label} is", f"For the {st.label}:", f"Compute the {st.label}:"])
            L.append(f"{pre} \\( {e} \\)." + tail_for(i))
            where.append(len(L) - 1)
        L.append("")
        if chk:
            L += [f"Check: \\( {chk} \\) ✓", ""]
        L += [ans, f"#### {fin_s}"]
    elif style == "latex_display":
        L += [r.choice(["To determine the answer, we follow these steps:", "Let's solve this step by step."]), ""]
        for i, st in enumerate(steps):
            L.append(f"{i + 1}. **{r.choice(VERBS)} the {st.label}:**")
            L.append("   \\[")
            e = eq(fm, st, shown(i), words=False)
            if st.unit == "$" and st.op not in ("divmod", "approx") and r.random() < 0.4:
                e += r" \text{ dollars}"
            L.append("   " + e)
            where.append(len(L) - 1)
            L.append("   \\]")
            t = tail_for(i)
            if t:
                L.append("   " + t.strip())
        L.append("")
        if chk:
            L += ["Check:", "\\[", chk, "\\]", ""]
        L += [f"Therefore, the answer is \\(\\boxed{{{fin_s}}}\\).", f"#### {fin_s}"]
    elif style == "table":
        L += [r.choice(["| Step | Calculation | Result |", "| Item | Work | Amount |"]), "|---|---|---|"]
        for i, st in enumerate(steps):
            rel, res = fm.result(st, shown(i))
            if rel != "=":
                res = rel + " " + res
            L.append(f"| {cap(st.label)} | {fm.expr(st, False)} | {res} |")
            where.append(len(L) - 1)
        L.append("")
        for i, st in enumerate(steps):
            t = tail_for(i)
            if t:
                L.append(t.strip())
        if chk:
            L.append(f"Check: {chk} ✓")
        L += [f"**Answer:** {ans}", "", f"#### {fin_s}"]
    elif style == "terse":
        for i, st in enumerate(steps):
            lab = r.choice([cap(st.label) + ": ", ""])
            L.append(lab + eq(fm, st, shown(i), words=False) + tail_for(i))
            where.append(len(L) - 1)
        if chk:
            L.append(f"check: {chk}")
        L += [f"Answer: {fin_s}", f"#### {fin_s}"]
    elif style == "gsm8k":
        for i, st in enumerate(steps):
            v = shown(i)
            if st.op in ("divmod", "approx"):
                L.append(f"The {st.label}: {eq(fm, st, v, words=False)}." + tail_for(i))
            else:
                ex = fm.expr(st, False).replace("$", "")
                vs = fm.val(v, "")
                cur = "$" if st.unit == "$" else ""
                unit = "" if st.unit in ("$", "") else " " + st.unit
                L.append(r.choice([f"The {st.label} is {ex} = {cur}<<{ex}={canon(v)}>>{vs}{unit}.",
                                   f"So the {st.label} is {ex} = {cur}<<{ex}={canon(v)}>>{vs}{unit}."]) + tail_for(i))
            where.append(len(L) - 1)
        L += [f"#### {fin_s}"]
    elif style == "chatty":
        L += [r.choice(["Great question! Let's figure this out together. 😊", "Sure! Let's break it down.",
                        "Happy to help with this one!"]), ""]
        ops = ["First, let's find the {l}.", "Next up: the {l}.", "Now for the {l}.", "Then we need the {l}."]
        for i, st in enumerate(steps):
            intro = (ops[0] if i == 0 else r.choice(ops[1:])).format(l=st.label)
            L.append(f"{intro} {cap(chatty_eq(fm, st, shown(i), r))}{r.choice(['!', '.', '.'])}" + tail_for(i))
            where.append(len(L) - 1)
        L.append("")
        if chk:
            L += [f"Quick check: {chk}. Yep, that works!", ""]
        L += [f"So, {ans[0].lower() + ans[1:]} 🎉", f"#### {fin_s}"]
    elif style == "llama_steps":
        for i, st in enumerate(steps):
            L.append(f"## Step {i + 1}: {r.choice(VERBS)} the {st.label}.")
            L.append(f"{cap(st.label)} = {eq(fm, st, shown(i), words=False)}." + tail_for(i))
            where.append(len(L) - 1)
            L.append("")
        L += [f"The final answer is: $\\boxed{{{fin_s}}}$", f"#### {fin_s}"]
    else:
        raise ValueError(style)
    return L, where


# ---------------------------------------------------------------- faults
def digits_variants(v, unit):
    """digit-level slips on the written number"""
    out = []
    a = abs(v)
    if unit == "$" and a.denominator != 1:
        s = f"{float(a):.2f}"
    else:
        s = canon(a)
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    for j in range(len(ds) - 1):
        i1, i2 = ds[j], ds[j + 1]
        if i2 == i1 + 1 and s[i1] != s[i2]:
            out.append(("transposed_digits", s[:i1] + s[i2] + s[i1] + s[i2 + 1:]))
    ip = s.split(".")[0]
    if len(ip) >= 2:
        for i in range(len(ip)):
            t = s[:i] + s[i + 1:]
            if not t.startswith("0"):
                out.append(("dropped_digit", t))
        for i in range(len(ip)):
            out.append(("doubled_digit", s[:i] + s[i] + s[i:]))
    res = []
    for k, t in out:
        w = F(t)
        if v < 0:
            w = -w
        res.append((k, w))
    return res


def wrong_values(st):
    v = st.value
    c = []
    c += [("off_by_one", v + 1), ("off_by_one", v - 1)]
    if abs(v) > 20:
        c += [("off_by_ten", v + 10), ("off_by_ten", v - 10)]
    if abs(v) >= 200:
        c += [("off_by_hundred", v + 100), ("off_by_hundred", v - 100)]
    c += digits_variants(v, st.unit)
    if v.denominator != 1:
        c += [("decimal_shift", v * 10), ("decimal_shift", v / 10)]
    t = [a for a, _ in st.terms]
    if st.op == "mul" and len(t) == 2:
        c.append(("wrong_operation", t[0] + t[1]))
    if st.op == "add" and len(t) == 2:
        c.append(("wrong_operation", t[0] - t[1]))
    if st.op == "sub":
        c.append(("wrong_operation", sum(t)))
    if st.op == "div":
        c.append(("wrong_operation", t[0] - t[1]))
    if st.op == "pct":
        c.append(("percent_not_divided", v * 100))
    if st.signed and v < 0:
        c += [("sign_dropped", -v)] * 3
    out = []
    for k, w in c:
        if w == v:
            continue
        if w < 0 and not st.signed:
            continue
        if w == 0:
            continue
        if st.unit == "$" and (w * 100).denominator != 1:
            continue
        if st.unit != "$" and (w * 10000).denominator != 1:
            continue
        if (st.unit in COUNT_UNITS) and w.denominator != 1:
            continue
        out.append((k, w))
    return out


def choose_fault(struct, p, steps, final, r, carry):
    idxs = [i for i, s in enumerate(steps) if s.faultable]
    r.shuffle(idxs)
    for i in idxs:
        cands = wrong_values(steps[i])
        kinds = sorted(set(k for k, _ in cands))
        r.shuffle(kinds)
        order = []
        for kk in kinds:
            grp = [c for c in cands if c[0] == kk]
            r.shuffle(grp)
            order += grp[:2]
        for k, w in order:
            if not carry:
                return i, k, w, steps, final
            st2, f2 = run(struct, p, {i: w})
            if f2 == final:
                continue
            if not all(representable(s) for s in st2):
                continue
            if f2 < 0 and not any(s.signed for s in st2):
                continue
            return i, k, w, st2, f2
    return None


# ---------------------------------------------------------------- assembly
def line_span(lines, idx):
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


def fill_problem(struct, p, tmpl, r):
    d = dict(TM.ctx(r))
    for k, v in p.items():
        d[k] = TM.num(v) if isinstance(v, (int, F)) else v
        if isinstance(v, F):
            d[k + "_m"] = TM.money(v)
    return tmpl.format(**d)


def make_rows():
    rows = []
    names = list(TM.S.keys())
    pidx = 0
    for sname in names:
        struct = TM.S[sname]
        for ti, tmpl in enumerate(struct.texts):
            tname = f"{sname}-{ti + 1}"
            for si in range(NSETS):
                r = random.Random(f"mcrgen106|{tname}|{si}")
                for _ in range(50):
                    p = struct.params(r)
                    steps, final = run(struct, p)
                    if all(representable(s) for s in steps):
                        break
                else:
                    raise RuntimeError(tname)
                problem = fill_problem(struct, p, tmpl, r)
                style = STYLES[(pidx * 5 + pidx // len(STYLES)) % len(STYLES)]
                pidx += 1
                pid = f"{sname}-{ti + 1}-{si + 1}"
                base = dict(pid=pid, template=tname, style=style, problem=problem)
                rseed = f"render|{pid}"
                # correct
                lines, where = render(style, struct, p, problem, steps, final, {}, random.Random(rseed))
                sol = "\n".join(lines)
                rows.append(dict(base, variant="correct", solution=sol, final=canon(final)))
                # slip
                fr = random.Random(f"slip|{pid}")
                i, kind, w, _, _ = choose_fault(struct, p, steps, final, fr, False)
                lines, where = render(style, struct, p, problem, steps, final, {i: w}, random.Random(rseed))
                rows.append(dict(base, variant="slip", solution="\n".join(lines), final=canon(final),
                                 span=line_span(lines, where[i]), wrong=canon(w), right=canon(steps[i].value),
                                 step=i + 1, kind=kind))
                # carry
                fr = random.Random(f"carry|{pid}")
                res = choose_fault(struct, p, steps, final, fr, True)
                if res is None:
                    raise RuntimeError("no carry " + pid)
                i, kind, w, st2, f2 = res
                lines, where = render(style, struct, p, problem, st2, f2, {}, random.Random(rseed))
                rows.append(dict(base, variant="carry", solution="\n".join(lines), final=canon(final),
                                 span=line_span(lines, where[i]), wrong=canon(w), right=canon(steps[i].value),
                                 step=i + 1, kind=kind))
                # loop
                lr = random.Random(f"loop|{pid}")
                lines, where = render(style, struct, p, problem, steps, final, {}, random.Random(rseed))
                body_end = max(where) + 1
                blk = min(lr.choice([1, 1, 2, 2, 3]), body_end)
                cands = [s for s in range(0, body_end - blk + 1)
                         if any(lines[j].strip() for j in range(s, s + blk)) and lines[s].strip()]
                s0 = lr.choice(cands[len(cands) // 3:] or cands)
                unit_lines = lines[s0:s0 + blk]
                while unit_lines and not unit_lines[-1].strip():
                    unit_lines = unit_lines[:-1]
                unit = "\n".join(unit_lines)
                reps = lr.randint(8, 30)
                head = "\n".join(lines[:s0])
                pre = head + "\n" if head or s0 > 0 else ""
                text = pre + "\n".join([unit] * reps)
                if lr.random() < 0.5:
                    first = unit.split("\n")[0]
                    lim = len(first)
                    for mk in ("=", "≈", "<<", " is ", " equals ", " comes to ", " gives", " makes ", " leaves "):
                        if mk in first:
                            lim = min(lim, first.index(mk))
                    if first.startswith("|"):
                        lim = min(lim, first.index("|", first.index("|", 1) + 1))
                    cuts = [k for k in range(1, lim) if first[k] == " "]
                    if cuts:
                        text += "\n" + first[: lr.choice(cuts)]
                start2 = len(pre) + len(unit) + 1
                rows.append(dict(base, variant="loop", solution=text, final=canon(final),
                                 span=[start2, start2 + len(unit)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = make_rows()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
