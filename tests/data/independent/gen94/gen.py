#!/usr/bin/env python3
"""Generator for a held-out set of worked solutions: flights and aviation.

python3 gen.py --out set.jsonl
Standard library only; output is deterministic (string-seeded RNGs only).
"""
import argparse
import json
import math
import random
from fractions import Fraction as F

import structures
from structures import STRUCTURES

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "tutor", "numbered"]

# ---------------------------------------------------------------- formatting

def dec_str(v, maxd=3):
    """Exact decimal string of a Fraction with at most maxd decimals, minimal."""
    v = F(v)
    for d in range(0, maxd + 1):
        s = v * 10 ** d
        if s.denominator == 1:
            n = int(s)
            neg = n < 0
            n = abs(n)
            ip, fp = divmod(n, 10 ** d)
            out = str(ip) + ("." + str(fp).rjust(d, "0") if d else "")
            return ("-" if neg else "") + out
    raise ValueError("not representable %s" % v)


def representable(v, maxd):
    return (F(v) * 10 ** maxd).denominator == 1


def group(s, sep):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, _, fp = s.partition(".")
    if sep and len(ip) > 3:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ("-" if neg else "") + ip + ("." + fp if fp else "")


class Opts:
    def __init__(self, style, rng):
        self.style = style
        self.latex = style in ("latex_inline", "latex_display")
        self.commas = style not in ("terse",) and not (style == "bullets" and rng.random() < 0.5)
        mul = {"md_steps": "×", "bold_labels": "×", "bullets": rng.choice(["x", "*", "×"]),
               "prose": "×", "latex_inline": r"\times", "latex_display": r"\times",
               "table": rng.choice(["×", "x"]), "terse": "*", "tutor": "×",
               "numbered": rng.choice(["×", "·"])}[style]
        div = {"terse": "/", "bullets": rng.choice(["/", "÷"]), "latex_inline": r"\div",
               "latex_display": r"\div"}.get(style, rng.choice(["÷", "÷", "/"]))
        minus = "-" if style in ("terse", "bullets", "latex_inline", "latex_display") else rng.choice(["−", "-"])
        self.sym = {"*": mul, "/": div, "+": "+", "-": minus}
        self.opunits = style in ("md_steps", "bold_labels", "table", "numbered") or (
            style in ("prose", "tutor", "bullets") and rng.random() < 0.4)
        self.h12 = style in ("prose", "tutor", "bold_labels") and rng.random() < 0.6
        self.cents = rng.random() < 0.5   # write $45.00 instead of $45
        self.frac = style == "latex_display" and rng.random() < 0.6
        self.worded = style == "tutor"


def fmt_clock(m, o):
    m %= 1440
    h, mi = divmod(m, 60)
    if o.h12:
        suf = "AM" if h < 12 else "PM"
        hh = h % 12 or 12
        return "%d:%02d %s" % (hh, mi, suf)
    return "%02d:%02d" % (h, mi)


def fmt_val(v, fmt, o, unit=None, with_unit=True):
    v = F(v)
    if fmt == "clock":
        return fmt_clock(int(v), o)
    if fmt == "hm":
        h, mi = divmod(int(v), 60)
        return "%d:%02d" % (h, mi)
    sep = "{,}" if o.latex else ("," if o.commas else "")
    if fmt == "money":
        if v.denominator == 1 and not o.cents:
            s = group(dec_str(v), sep)
        else:
            s = group("%s" % dec_str(v, 2), sep)
            if "." not in s:
                s += ".00"
            elif len(s.split(".")[1]) == 1:
                s += "0"
        return (r"\$" if o.latex else "$") + s
    if fmt == "pct":
        return dec_str(v * 100) + (r"\%" if o.latex else "%")
    s = group(dec_str(v, 3), sep)
    if unit and with_unit:
        if o.latex:
            s += r"\text{ %s}" % unit
        else:
            s += " " + unit
    return s


structures_fmt_set = True


def final_str(v, fmt, o):
    if fmt == "clock":
        return fmt_clock(int(v), o)
    return dec_str(F(v), 3)


structures.FMT = None  # patched below

# ---------------------------------------------------------------- builder

class Step:
    pass


class Builder:
    """Records computation steps. fault=(step_no, wrong_value, mode)."""

    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault

    def calc(self, label, why, terms, ops, rfmt="int", unit=None, dp=2, post=None,
             nofault=False, check=True, short=None, verb=None):
        vals = [F(t[0]) for t in terms]
        exact = evaluate(vals, ops)
        st = Step()
        st.label, st.why, st.terms, st.ops = label, why, terms, ops
        st.rfmt, st.unit, st.post, st.nofault, st.check = rfmt, unit, post, nofault, check
        st.short, st.why_verb = short, verb
        maxd = 2 if rfmt == "money" else (0 if rfmt in ("clock", "hm") else 3)
        if rfmt in ("clock", "hm") or representable(exact, maxd):
            st.approx = False
            shown = exact
        else:
            st.approx = True
            shown = F(round(exact * 10 ** dp), 10 ** dp)
            st.nofault = True
        st.exact = exact
        st.right = shown
        st.no = len(self.steps) + 1
        st.written = shown
        use = shown
        if self.fault and self.fault[0] == st.no:
            st.written = F(self.fault[1])
            if self.fault[2] == "carry":
                use = st.written
        self.steps.append(st)
        return use


def evaluate(vals, ops):
    # precedence: * / before + -
    items = [vals[0]]
    oplist = []
    for op, v in zip(ops, vals[1:]):
        if op in "*/":
            a = items.pop()
            items.append(a * v if op == "*" else a / v)
        else:
            oplist.append(op)
            items.append(v)
    r = items[0]
    for op, v in zip(oplist, items[1:]):
        r = r + v if op == "+" else r - v
    return r


# ---------------------------------------------------------------- slips

def digits_variants(v, fmt, rng):
    """Return list of (kind, wrong) candidates for value v."""
    out = []
    if fmt == "clock" or fmt == "hm":
        for d, k in ((10, "off_by_ten"), (-10, "off_by_ten"), (60, "off_by_hour"), (-60, "off_by_hour"),
                     (1, "off_by_one"), (-1, "off_by_one")):
            out.append((k, v + d))
        return out
    ds = dec_str(v)
    if fmt == "money" and v.denominator != 1:
        scale = 100
    elif "." in ds:
        scale = 10 ** len(ds.split(".")[1])
    else:
        scale = 1
    n = int(v * scale)
    s = str(n)
    unit = 1
    out.append(("off_by_one", F(n + unit, scale)))
    out.append(("off_by_one", F(n - unit, scale)))
    out.append(("off_by_ten", F(n + 10 * unit, scale)))
    out.append(("off_by_ten", F(n - 10 * unit, scale)))
    if n >= 1000 and scale == 1:
        out.append(("off_by_hundred", F(n + 100, scale)))
        out.append(("off_by_hundred", F(n - 100, scale)))
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.append(("digit_swap", F(int(t), scale)))
    if len(s) >= 3:
        for i in range(1, len(s)):
            t = s[:i] + s[i + 1:]
            out.append(("digit_dropped", F(int(t), scale)))
    if len(s) >= 2:
        for i in range(len(s)):
            t = s[:i] + s[i] + s[i:]
            out.append(("digit_doubled", F(int(t), scale)))
    if fmt in ("dec",) and scale > 1:
        out.append(("decimal_shift", v * 10))
        out.append(("decimal_shift", v / 10))
    return out


def pick_fault(steps, rng, mode):
    cands = []
    for st in steps:
        if st.nofault:
            continue
        if mode == "slip" and st.no == len(steps):
            continue
        vs = digits_variants(st.right, st.rfmt, rng)
        # wrong operation
        if len(st.ops) == 1 and st.rfmt not in ("clock", "hm"):
            a, b = F(st.terms[0][0]), F(st.terms[1][0])
            alt = {"*": a + b, "+": a - b, "-": a + b, "/": F(0)}[st.ops[0]]
            if alt > 0 and representable(alt, 2):
                vs.append(("wrong_operation", alt))
        vs = [(k, w) for (k, w) in vs if w != st.right and w > 0 and
              (st.rfmt in ("clock", "hm") or representable(w, 2 if st.rfmt == "money" else 3))]
        if st.rfmt == "int":
            vs = [(k, w) for (k, w) in vs if w.denominator == 1]
        if st.rfmt in ("clock",):
            vs = [(k, w) for (k, w) in vs if 0 <= w < 1440]
        for kw in vs:
            cands.append((st.no, kw[0], kw[1]))
    return cands


# ---------------------------------------------------------------- rendering

OPENERS = ["First", "Next", "Then", "After that", "Now", "Finally"]


def expr_text(st, o, value_override=None):
    parts = []
    syms = []
    for i, t in enumerate(st.terms):
        v, fmt = F(t[0]), t[1]
        unit = t[2] if len(t) > 2 else None
        s = fmt_val(v, fmt, o, unit, with_unit=o.opunits or st.rfmt == "clock")
        parts.append(s)
    out = parts[0]
    for op, p in zip(st.ops, parts[1:]):
        sym = o.sym[op]
        if o.worded and o._w:
            sym = {"*": "times", "/": "divided by", "+": "plus", "-": "minus"}[op]
        out += " %s %s" % (sym, p)
    if o.frac and len(st.ops) == 1 and st.ops[0] == "/":
        out = r"\frac{%s}{%s}" % (parts[0], parts[1])
    return out


def res_text(st, o):
    return fmt_val(st.written, st.rfmt, o, st.unit, with_unit=True)


def eq_text(st, o, rng):
    o._w = o.worded and rng.random() < 0.45 and st.rfmt not in ("clock", "hm")
    e = expr_text(st, o)
    r = res_text(st, o)
    if o._w:
        rel = "is about" if st.approx else rng.choice(["is", "gives"])
        # 'is about' is written with the symbol to stay machine-checkable
        if st.approx:
            return "%s ≈ %s" % (e, r)
        return "%s %s %s" % (e, rel, r)
    rel = r"\approx" if (st.approx and o.latex) else ("≈" if st.approx else "=")
    return "%s %s %s" % (e, rel, r)


def post_text(st, o):
    if st.post:
        return st.post(st.written, o)
    return ""


def lc(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def check_line(steps, o, rng):
    """Inverse-operation check of the last step (consistent with written values)."""
    st = steps[-1]
    if st.approx or len(st.ops) != 1 or st.rfmt in ("clock", "hm"):
        return None
    a, b = F(st.terms[0][0]), F(st.terms[1][0])
    r = st.written
    op = st.ops[0]
    fa, fb = st.terms[0][1], st.terms[1][1]
    if op == "+":
        e = "%s %s %s = %s" % (fmt_val(r, st.rfmt, o), o.sym["-"], fmt_val(b, fb, o), fmt_val(r - b, fa, o))
    elif op == "-":
        e = "%s + %s = %s" % (fmt_val(r, st.rfmt, o), fmt_val(b, fb, o), fmt_val(r + b, fa, o))
    elif op == "*":
        if b == 0 or fb == "pct" or fa == "pct":
            return None
        q = r / b
        if not representable(q, 2 if fa == "money" else 3):
            return None
        e = "%s %s %s = %s" % (fmt_val(r, st.rfmt, o), o.sym["/"], fmt_val(b, fb, o), fmt_val(q, fa, o))
    else:
        p = r * b
        if not representable(p, 2 if fa == "money" else 3):
            return None
        e = "%s %s %s = %s" % (fmt_val(r, st.rfmt, o), o.sym["*"], fmt_val(b, fb, o), fmt_val(p, fa, o))
    if o.latex:
        return r"Check: \(%s\) ✓" % e
    return rng.choice(["Check: %s ✓", "Check: %s.", "(Check: %s ✓)", "Quick check: %s, which matches."]) % e


def render(style, S, p, steps, answer_text, final, rng):
    """Return (lines, step_line_index)."""
    o = Opts(style, rng)
    o._w = False
    L = []
    idx = {}
    goal = S.goal
    n = len(steps)
    if o.latex:
        o.latex = False
        ans = answer_text(steps[-1].written, o)
        o.latex = True
    else:
        ans = answer_text(steps[-1].written, o)

    def add(line, st=None):
        if st is not None:
            idx[st.no] = len(L)
        L.append(line)

    def fin_val():
        st = steps[-1]
        return final_str(st.written, st.rfmt, o)

    if style == "md_steps":
        add("## Solution")
        add("")
        add("We need to %s." % goal)
        add("")
        for st in steps:
            add("### Step %d: %s" % (st.no, st.label))
            add("%s:" % st.why)
            add(eq_text(st, o, rng) + post_text(st, o), st)
            add("")
        c = check_line(steps, o, rng) if rng.random() < 0.5 else None
        if c:
            add(c)
            add("")
        add("**Answer:** %s" % ans)
    elif style == "bold_labels":
        add(rng.choice(["Let's solve this step by step.", "Here's the breakdown:", "Let me work through it."]))
        add("")
        for st in steps:
            add("**%s:** %s%s" % (st.label, eq_text(st, o, rng), post_text(st, o)), st)
            add("")
        c = check_line(steps, o, rng) if rng.random() < 0.4 else None
        if c:
            add(c)
            add("")
        add("**Answer:** %s" % ans)
    elif style == "bullets":
        add("Given:")
        for g in S.given(p, o):
            add("- " + g)
        add("")
        add("Solution:")
        for st in steps:
            add("- %s: %s%s" % (st.label, eq_text(st, o, rng), post_text(st, o)), st)
        add("")
        add("So %s" % ans if not ans[:1].isupper() else ans)
    elif style == "prose":
        for i, st in enumerate(steps):
            op = OPENERS[min(i, 4)] if i < n - 1 or n == 1 else "Finally"
            if i == 0:
                op = rng.choice(["First", "To start", "We begin with the first step"])
            add("%s, %s: %s%s." % (op, lc(st.why), eq_text(st, o, rng), post_text(st, o)), st)
            add("")
        c = check_line(steps, o, rng) if rng.random() < 0.35 else None
        if c:
            add(c)
            add("")
        add(ans)
    elif style == "latex_inline":
        add("Let's set up the calculation.")
        add("")
        for st in steps:
            add(r"%d. %s: \(%s\)%s" % (st.no, st.why, eq_text(st, o, rng), post_text(st, o)), st)
        add("")
        c = check_line(steps, o, rng) if rng.random() < 0.4 else None
        if c:
            add(c)
            add("")
        add(ans)
    elif style == "latex_display":
        add(rng.choice(["**Solution**", "### Solution", "Solution:"]))
        add("")
        for st in steps:
            add("%s:" % st.why)
            add(r"\[ %s \]" % eq_text(st, o, rng), st)
            pt = post_text(st, o)
            if pt:
                add(pt.strip(" ,;").lstrip("(").rstrip(")").capitalize() + ".")
            add("")
        add(ans)
        add("")
        add(r"\[ \boxed{%s} \]" % fin_val())
    elif style == "table":
        add("Here is the calculation laid out step by step:")
        add("")
        add("| Step | Calculation | Result |")
        add("|---|---|---|")
        for st in steps:
            e = eq_text(st, o, rng)
            ex, _, rs = e.rpartition(" ≈ " if st.approx else " = ")
            if st.approx:
                rs = "≈ " + rs
            add("| %s | %s | %s |" % (st.label, ex, rs), st)
        add("")
        add(ans)
    elif style == "terse":
        for st in steps:
            tag = st.short if hasattr(st, "short") and st.short else ""
            pre = (tag + ": ") if (tag and rng.random() < 0.6) else ""
            add(pre + eq_text(st, o, rng), st)
    elif style == "tutor":
        add(rng.choice(["Great question! Let's work through it together. ✈️",
                        "Sure! Let's break this down one piece at a time.",
                        "Happy to help! We'll take it step by step."]))
        add("")
        for i, st in enumerate(steps):
            if i == 0:
                lead = "First, let's %s." % lc(st.why_verb)
            elif i == n - 1:
                lead = rng.choice(["Last step: %s.", "Finally, %s.", "Now we just %s."]) % lc(st.why_verb)
            else:
                lead = rng.choice(["Next, %s.", "Now %s.", "Then we %s."]) % lc(st.why_verb)
            add("%s %s%s." % (lead, eq_text(st, o, rng), post_text(st, o)), st)
            add("")
        c = check_line(steps, o, rng) if rng.random() < 0.5 else None
        if c:
            add(c)
            add("")
        add(ans + rng.choice([" 🎉", "", " Safe travels!"]))
    elif style == "numbered":
        for st in steps:
            add("%d. **%s**: %s%s" % (st.no, st.label, eq_text(st, o, rng), post_text(st, o)), st)
        add("")
        c = check_line(steps, o, rng) if rng.random() < 0.4 else None
        if c:
            add(c)
            add("")
        add("**Final answer:** %s" % ans)
    add("")
    add("#### %s" % fin_val())
    return L, idx, fin_val()


# ---------------------------------------------------------------- driver

WRAP = [
    lambda t: t,
    lambda t: t + " Show your work.",
    lambda t: "Can you help me with this one? " + t,
    lambda t: "Solve: " + t,
]


def build(S, p, fault=None):
    b = Builder(fault)
    S.solve(b, p)
    for st in b.steps:
        st.why_verb = getattr(st, "why_verb", None) or st.why
    return b.steps


def gen_rows():
    rows = []
    pcount = 0
    for si, S in enumerate(STRUCTURES):
        for ph in range(8):
            tname = "%s-p%d" % (S.name, ph)
            for ns in range(4):
                seed = "eval94|%s|%d" % (tname, ns)
                rng = random.Random(seed)
                p = S.params(rng)
                text = WRAP[ph // 2](S.texts[ph % len(S.texts)](p))
                style = STYLES[pcount % len(STYLES)]
                pcount += 1
                pid = "%s-%d-%d" % (S.name, ph, ns)
                steps = build(S, p)
                rseed = seed + "|render"
                L, idx, fin = render(style, S, p, steps, S.answer, None, random.Random(rseed))
                sol = "\n".join(L)
                base = dict(pid=pid, template=tname, style=style, problem=text)
                rows.append(dict(base, variant="correct", solution=sol, final=fin))
                # slip and carry
                for mode in ("slip", "carry"):
                    frng = random.Random(seed + "|" + mode)
                    cands = pick_fault(steps, frng, mode)
                    # prefer varied kinds: choose kind first, then candidate
                    for _ in range(50):
                        kinds = sorted(set(c[1] for c in cands))
                        k = frng.choice(kinds)
                        c = frng.choice([c for c in cands if c[1] == k])
                        fsteps = build(S, p, (c[0], c[2], mode))
                        ok = True
                        if mode == "carry":
                            ok = fsteps[-1].written != steps[-1].written and all(
                                (not s.approx or s.exact >= 0) for s in fsteps)
                            ok = ok and all(s.written > 0 for s in fsteps)
                            ok = ok and all(s.exact.denominator == 1 for s in fsteps if s.rfmt == "clock")
                            if fsteps[-1].rfmt == "clock" and not (0 <= fsteps[-1].written < 1440):
                                ok = False
                        if ok:
                            break
                        cands.remove(c)
                    FL, fidx, ffin = render(style, S, p, fsteps, S.answer, None, random.Random(rseed))
                    fsol = "\n".join(FL)
                    li = fidx[c[0]]
                    start = sum(len(x) + 1 for x in FL[:li])
                    end = start + len(FL[li])
                    fo = Opts(style, random.Random(rseed))
                    st = fsteps[c[0] - 1]
                    row = dict(base, variant=mode, solution=fsol, final=fin,
                               span=[start, end],
                               wrong=final_str(st.written, st.rfmt, fo) if st.rfmt == "clock" else dec_str(st.written),
                               right=final_str(st.right, st.rfmt, fo) if st.rfmt == "clock" else dec_str(st.right),
                               step=c[0], kind=c[1])
                    rows.append(row)
                # loop
                lrng = random.Random(seed + "|loop")
                step_lines = sorted(idx.values())
                # cut after a step line (not the last step), repeat 1-3 lines ending there
                choices = step_lines[:-1] if len(step_lines) > 1 else step_lines
                li = lrng.choice(choices)
                size = lrng.choice([1, 1, 2, 2, 3])
                first = max(0, li - size + 1)
                unit_lines = L[first:li + 1]
                if all(not x.strip() for x in unit_lines):
                    unit_lines = [L[li]]
                    first = li
                unit = "\n".join(unit_lines) + "\n"
                reps = lrng.randint(8, 30)
                prefix = "\n".join(L[:first])
                if prefix:
                    prefix += "\n"
                lsol = prefix + unit * reps
                lsol = lsol.rstrip("\n")
                s2 = len(prefix) + len(unit)
                rows.append(dict(base, variant="loop", solution=lsol, final=fin,
                                 span=[s2, s2 + len(unit)], repeats=reps))
    return rows


structures.FMT = fmt_val


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = gen_rows()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
