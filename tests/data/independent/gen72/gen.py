#!/usr/bin/env python3
"""Generate the cooking/baking held-out set of model-like worked solutions.
Usage: python3 gen.py --out set.jsonl   (stdlib only, deterministic)"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Ctx, Fault  # noqa: E402
from numfmt import fmt_value, unit_word, dec_str, rhu, terminating  # noqa: E402
from kinds import KINDS, prepare  # noqa: E402

NSETS = 4
TEMPLATES_PER_KIND = 9


# ------------------------------------------------------------------ styles
class Style:
    def __init__(self, name, nota, ops, units="all", sep=True, rem="remainder", frac_div=False):
        self.name, self.nota, self.ops, self.units, self.sep, self.rem = name, nota, ops, units, sep, rem
        self.frac_div = frac_div


OPS_A = {"*": "×", "/": "÷", "+": "+", "-": "−", "of": "of"}
OPS_B = {"*": "x", "/": "/", "+": "+", "-": "-", "of": "of"}
OPS_C = {"*": "*", "/": "/", "+": "+", "-": "-", "of": "*"}
OPS_P = {"*": "times", "/": "divided by", "+": "plus", "-": "minus", "of": "of"}
OPS_L = {"*": "\\times", "/": "\\div", "+": "+", "-": "-", "of": "\\times"}
OPS_D = {"*": "·", "/": "÷", "+": "+", "-": "−", "of": "of"}
OPS_E = {"*": "×", "/": "÷", "+": "+", "-": "-", "of": "of"}
OPS_U = {"*": "x", "/": "÷", "+": "+", "-": "-", "of": "of"}

STYLES = [
    Style("md_steps", "plain", OPS_A),
    Style("bold_labels", "plain", OPS_E, rem="R"),
    Style("bullets", "plain", OPS_B, sep=False),
    Style("prose", "plain", OPS_P),
    Style("latex_inline", "latex", OPS_L, frac_div=True),
    Style("latex_display", "latex", OPS_L, rem="R"),
    Style("table", "plain", OPS_A, units="result"),
    Style("terse", "plain", OPS_C, units="result", sep=False, rem="r"),
    Style("chatty", "plain", OPS_E),
    Style("numbered", "plain", OPS_D, rem="R"),
    Style("blogger_uni", "uni", OPS_U),
]


def unit_str(v, unit, sty):
    if not unit:
        return ""
    w = unit_word(v, unit)
    if sty.nota == "latex":
        return "\\text{ %s}" % w
    return " " + w


def num_str(v, fmt, unit, sty, places=None, with_unit=True):
    if fmt == "pctn":
        s = dec_str(v) + ("\\%" if sty.nota == "latex" else "%")
    else:
        s = fmt_value(v, fmt, sty.nota, sty.sep, places)
    if with_unit:
        s += unit_str(v, unit, sty)
    return s


def expr_str(st, sty, bold=False):
    toks = st.toks
    out = ""
    if sty.frac_div and len(toks) == 3 and toks[1] == "/" and toks[0][2] == "int" and toks[2][2] == "int" \
            and st.rem is None and toks[0][1] < 1000 and toks[2][1] < 1000:
        out = "\\frac{%s}{%s}" % (num_str(toks[0][1], "int", None, sty), num_str(toks[2][1], "int", None, sty))
    else:
        for i, tk in enumerate(toks):
            if tk == "(":
                out += ("" if out.endswith("(") or not out else " ") + "("
            elif tk == ")":
                out += ")"
            elif isinstance(tk, tuple):
                wu = sty.units == "all"
                s = num_str(tk[1], tk[2], tk[3], sty, with_unit=wu)
                if i > 0 and toks[i - 1] == "/" and sty.ops["/"] == "/" and tk[2] == "frac" and tk[1].denominator != 1:
                    s = "(" + s + ")"
                out += ("" if out.endswith("(") or not out else " ") + s
            else:
                out += " " + sty.ops[tk]
    latex = sty.nota == "latex"
    if st.rem is not None:
        q = num_str(st.shown, "int", None, sty)
        r = num_str(F(st.rem), "int", None, sty)
        if latex:
            res = "%s \\text{ R } %s" % (q, r)
        elif sty.rem == "remainder":
            res = "%s remainder %s" % (q, r)
        else:
            res = "%s %s%s" % (q, sty.rem, r) if sty.rem == "R" else "%s r %s" % (q, r)
        return out + " = " + (("**" + res + "**") if bold else res)
    eq = "=" if st.fmt not in ("approx", "approx$") else ("\\approx" if latex else "≈")
    vals = [(st.shown, st.fmt, st.places)]
    for cf, cp in st.chain:
        vals.append(((rhu(F(st.shown), cp) if cf in ("approx", "approx$") else st.shown), cf, cp))
    pieces = []
    for j, (v, f, p) in enumerate(vals):
        last = j == len(vals) - 1
        s = num_str(v, f, st.unit if (last and f not in ("pct", "pctn")) else None, sty, p)
        if bold and last:
            s = "**" + s + "**"
        ap = f in ("approx", "approx$")
        sym = eq if j == 0 else ("\\approx" if latex and ap else ("≈" if ap else "="))
        pieces.append(" %s %s" % (sym, s))
    return out + "".join(pieces)


CONNECT = ["First", "Next", "Then", "Now", "After that", "Finally"]


def render(sty, items, final, prob, rng):
    """Return (lines, step_line) where step_line maps step idx -> line index."""
    fin, sentence = final
    nota = "uni" if sty.nota == "uni" else "plain"

    def fv(v, fmt, unit=None):
        s = fmt_value(F(v), fmt, nota, True, 2 if fmt in ("approx", "approx$") else None)
        if unit:
            s += " " + unit_word(v, unit)
        return s

    L = []
    where = {}
    steps = [it[1] for it in items if it[0] == "step"]
    nsteps = len([s for s in steps if not s.check])
    name = sty.name
    k = 0

    def add(line, st=None):
        if st is not None:
            where[st.idx] = len(L)
        L.append(line)

    if name == "md_steps":
        add(rng.choice(["Let's work through this step by step.", "Here's how to work it out.",
                        "We can solve this in a few steps."]))
        add("")
        for typ, it in items:
            if typ == "note":
                add(it(fv))
                add("")
                continue
            if it.check:
                add("**Check:** " + expr_str(it, sty))
                add("")
                continue
            k += 1
            add("### Step %d: %s" % (k, it.label))
            add("")
            add(it.why + ":")
            add("")
            add(expr_str(it, sty), it)
            add("")
        add("### Answer")
        add("")
        add(sentence(fv))
    elif name == "bold_labels":
        if rng.random() < 0.5:
            add("Here's the math:")
            add("")
        for typ, it in items:
            if typ == "note":
                add(it(fv))
                add("")
                continue
            lab = "Check" if it.check else it.label
            add("**%s:** %s" % (lab, expr_str(it, sty, bold=not it.check)), it)
            add("")
        add("**Answer:** " + sentence(fv))
    elif name == "bullets":
        add(rng.choice(["Here's the breakdown:", "Breaking it down:", "Quick breakdown:"]))
        add("")
        for typ, it in items:
            if typ == "note":
                add("- " + it(fv))
                continue
            lab = "Check" if it.check else it.label
            add("- %s: %s" % (lab, expr_str(it, sty)), it)
        add("")
        add("So, " + sentence(fv)[0].lower() + sentence(fv)[1:])
    elif name == "prose":
        j = 0
        for typ, it in items:
            if typ == "note":
                add(it(fv))
                continue
            if it.check:
                add("To double-check: %s." % expr_str(it, sty))
                continue
            j += 1
            c = "Finally" if (j == nsteps and nsteps > 1) else CONNECT[min(j - 1, 4)]
            why = it.why[0].lower() + it.why[1:]
            add("%s, %s: %s." % (c, why, expr_str(it, sty).replace(" = ", " is ", 1)), it)
        add("")
        add(sentence(fv))
    elif name == "latex_inline":
        add(rng.choice(["Let's set this up.", "We'll go step by step.", "Here's the calculation."]))
        add("")
        j = 0
        for typ, it in items:
            if typ == "note":
                add(it(fv))
                add("")
                continue
            if it.check:
                add("Check: \\( %s \\)" % expr_str(it, sty))
                add("")
                continue
            j += 1
            add("%d. %s: \\( %s \\)" % (j, it.why, expr_str(it, sty)), it)
            add("")
        add("**Answer:** " + sentence(fv))
    elif name == "latex_display":
        for typ, it in items:
            if typ == "note":
                add(it(fv))
                add("")
                continue
            add("**%s**" % ("Check" if it.check else it.label))
            add("\\[")
            add(expr_str(it, sty), it)
            add("\\]")
            add("")
        add(sentence(fv))
        add("")
        add("\\[")
        add("\\boxed{%s}" % fin)
        add("\\]")
    elif name == "table":
        add(rng.choice(["Here's the calculation laid out:", "Working it out in a table:", "Step-by-step table:"]))
        add("")
        add("| Step | Calculation | Result |")
        add("|---|---|---|")
        notes = []
        for typ, it in items:
            if typ == "note":
                add("| | %s | |" % it(fv))
                continue
            res = num_str(it.shown if not it.chain else (rhu(F(it.shown), it.chain[-1][1]) if it.chain[-1][0] in ("approx", "approx$") else it.shown),
                          it.chain[-1][0] if it.chain else it.fmt, it.unit, sty,
                          it.chain[-1][1] if it.chain else it.places)
            if it.rem is not None:
                res = "%s r %s" % (num_str(it.shown, "int", None, sty), it.rem)
            add("| %s | %s | %s |" % ("Check" if it.check else it.label, expr_str(it, sty), res), it)
        add("")
        for n in notes:
            add(n)
            add("")
        add("**Answer:** " + sentence(fv))
    elif name == "terse":
        for typ, it in items:
            if typ == "note":
                add(it(fv))
                continue
            add(("check: " if it.check else "") + expr_str(it, sty), it)
        add(sentence(fv))
    elif name == "chatty":
        add(rng.choice(["Ooh, fun one! Let's figure it out together 🍪", "Great question — kitchen math time! 🧁",
                        "Happy to help! Let's do the math. 👩‍🍳"]))
        add("")
        j = 0
        for typ, it in items:
            if typ == "note":
                add(it(fv) + rng.choice(["", " 👍", " Easy, right?"]))
                add("")
                continue
            if it.check:
                add("Quick sanity check: %s ✔️" % expr_str(it, sty))
                add("")
                continue
            j += 1
            c = CONNECT[min(j - 1, 4)]
            add("%s, %s → %s" % (c, it.why[0].lower() + it.why[1:], expr_str(it, sty)), it)
            add("")
        add(sentence(fv) + " " + rng.choice(["Happy baking! 🧁", "Enjoy! 😊", "Good luck in the kitchen!"]))
    elif name == "numbered":
        j = 0
        for typ, it in items:
            if typ == "note":
                add("   " + it(fv))
                continue
            if it.check:
                add("   Check: " + expr_str(it, sty))
                continue
            j += 1
            add("%d. **%s** — %s" % (j, it.label, expr_str(it, sty)), it)
        add("")
        add("**Final answer:** " + sentence(fv))
    elif name == "blogger_uni":
        add(rng.choice(["Okay, let's do some kitchen math!", "Recipe math, here we go:", "Let's scale it!"]))
        add("")
        for typ, it in items:
            if typ == "note":
                add("Quick tip: " + it(fv))
                continue
            lab = ("Double-check" if it.label == "Check" else it.label) if it.check else it.label
            add("%s: %s" % (lab, expr_str(it, sty)), it)
        add("")
        add("Bottom line: " + sentence(fv))
    else:
        raise ValueError(name)
    add("")
    add("#### " + fin)
    return L, where


# ------------------------------------------------------------------ faults
def digit_variants(s):
    """s: digits possibly with one '.', returns list of (kind, string)."""
    out = []
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in zip(idx, idx[1:]):
        if b == a + 1 and s[a] != s[b]:
            out.append(("digit_swap", s[:a] + s[b] + s[a] + s[b + 1:]))
    if len(idx) >= 2:
        for i in idx:
            t = s[:i] + s[i + 1:]
            if t and t[0] != "." and not t.endswith(".") and not (len(t) > 1 and t[0] == "0" and t[1] != "."):
                out.append(("digit_drop", t))
    for i in idx:
        t = s[:i] + s[i] + s[i:]
        if not (t[0] == "0" and len(t) > 1 and t[1] != "."):
            out.append(("digit_double", t))
    return out


def wrong_op_values(st):
    toks = st.toks
    out = []
    nums = [t for t in toks if isinstance(t, tuple)]
    ops = [t for t in toks if not isinstance(t, tuple)]
    if len(nums) == 2 and len(ops) == 1:
        a, b = nums[0][1], nums[1][1]
        o = ops[0]
        alt = {"*": [a + b], "of": [a + b, b / a if a else None], "/": [a * b, b / a], "+": [a * b, a - b],
               "-": [a + b]}[o]
        out += [("wrong_op", v) for v in alt if v is not None]
    if ops and all(o == "+" for o in ops) and len(nums) >= 3:
        out.append(("dropped_term", sum(n[1] for n in nums[:-1])))
    return out


def candidates(st, rng):
    D = F(st.disp_true)
    fmt = st.fmt
    c = []
    if fmt in ("int", "dec", "pctn"):
        c += [("off_by_one", D + 1), ("off_by_one", D - 1), ("off_by_ten", D + 10), ("off_by_ten", D - 10)]
        if fmt != "int":
            c += [("decimal_shift", D * 10), ("decimal_shift", D / 10)]
            s = dec_str(D)
            if "." in s:
                p = len(s.split(".")[1])
                c += [("off_by_one", D + F(1, 10 ** p)), ("off_by_one", D - F(1, 10 ** p))]
        s = dec_str(D)
        c += [(k, F(v)) for k, v in digit_variants(s)]
    elif fmt in ("money", "moneyx", "approx", "approx$"):
        p = 2 if fmt not in ("approx", "approx$") else st.places
        if fmt == "moneyx":
            p = len(dec_str(D).split(".")[1]) if "." in dec_str(D) else 0
        u = F(1, 10 ** p)
        c += [("off_by_one", D + u), ("off_by_one", D - u), ("off_by_one", D + 1), ("off_by_one", D - 1),
              ("off_by_ten", D + 10 * u), ("off_by_ten", D - 10 * u), ("decimal_shift", D * 10), ("decimal_shift", D / 10)]
        s = dec_str(D, p)
        c += [(k, F(v)) for k, v in digit_variants(s)]
    elif fmt in ("frac", "ifrac"):
        w = D.numerator // D.denominator
        r = D - w
        c += [("off_by_one", D + 1), ("off_by_one", D - 1)]
        if r:
            c += [("fraction_part", w + F(r.numerator + 1, r.denominator)),
                  ("fraction_part", w + F(r.numerator - 1, r.denominator) if r.numerator > 1 else w + F(r.numerator + 2, r.denominator)),
                  ("fraction_flip", w + F(r.denominator, r.numerator) if r.numerator > 1 else D + 2)]
        else:
            c += [("off_by_ten", D + 10)] if D > 10 else []
            c += [(k, F(v)) for k, v in digit_variants(str(w))]
    c += wrong_op_values(st)
    W = {"off_by_one": 3.0, "off_by_ten": 1.2, "digit_swap": 1.5, "digit_drop": 0.8, "digit_double": 0.5,
         "wrong_op": 1.5, "dropped_term": 1.0, "decimal_shift": 1.5, "fraction_part": 2.0, "fraction_flip": 0.8}
    keyed = [(rng.random() ** (1.0 / W[k]), i, (k, v)) for i, (k, v) in enumerate(c)]
    keyed.sort(key=lambda x: (-x[0], x[1]))
    return [x[2] for x in keyed]


def valid_wrong(st, v, sty):
    if v is None or v <= 0 or v == st.disp_true:
        return False
    try:
        a = num_str(v, st.fmt, None, sty, st.places, with_unit=False)
        b = num_str(st.disp_true, st.fmt, None, sty, st.places, with_unit=False)
        if st.fmt in ("frac", "ifrac") and v.denominator > 16:
            return False
        if st.fmt in ("dec", "pctn"):
            if not terminating(v) or len(dec_str(v).split(".")[-1]) > 4:
                return False
        if st.fmt == "int" and v.denominator != 1:
            return False
        if st.fmt in ("money",) and rhu(v, 2) != v:
            return False
        if st.fmt == "moneyx" and (not terminating(v) or (v * 1000).denominator != 1):
            return False
        if st.fmt in ("approx", "approx$"):
            if rhu(v, st.places) != v or abs(v - st.true) <= F(1, 2 * 10 ** st.places):
                return False
    except (ValueError, ZeroDivisionError):
        return False
    return a != b


# ------------------------------------------------------------------ build rows
def run(kobj, t, nums, fault=None):
    c = Ctx(fault)
    kobj.build(c, t, nums)
    return c


def make_text(sty, c, prob, pid):
    rng = random.Random("render|" + pid)
    lines, where = render(sty, c.items, c.final, prob, rng)
    return lines, where


def line_span(lines, i):
    start = sum(len(x) + 1 for x in lines[:i])
    return [start, start + len(lines[i])]


def build_problem(kname, t, ns, sty):
    kobj = prepare(kname, t)
    rng = random.Random("nums|%s|%d|%d" % (kname, t, ns))
    nums = kobj.gen(rng)
    prob = kobj.problem(t, nums)
    pid = "%s-%d-%d" % (kname, t + 1, ns + 1)
    base = run(kobj, t, nums)
    lines, where = make_text(sty, base, prob, pid)
    text = "\n".join(lines)
    final = base.final[0]
    common = dict(pid=pid, template="%s-%d" % (kname, t + 1), style=sty.name, problem=prob)
    rows = [dict(common, variant="correct", solution=text, final=final)]
    faultable = [s for s in base.steps if s.fault_ok]
    for mode in ("slip", "carry"):
        frng = random.Random("fault|%s|%s" % (mode, pid))
        order = list(faultable)
        frng.shuffle(order)
        if mode == "carry":
            # carry is most informative when the fault is not on the last step
            order.sort(key=lambda s: s.idx == faultable[-1].idx)
        done = False
        for st in order:
            for kind_, v in candidates(st, frng):
                if not valid_wrong(st, F(v), sty):
                    continue
                try:
                    c2 = run(kobj, t, nums, Fault(st.idx, F(v), mode))
                    l2, w2 = make_text(sty, c2, prob, pid)
                except (ValueError, ZeroDivisionError, AssertionError, KeyError):
                    continue
                if mode == "carry" and c2.final[0] == final:
                    continue
                if mode == "slip" and c2.final[0] != final:
                    continue
                text2 = "\n".join(l2)
                li = w2[st.idx]
                row = dict(common, variant=mode, solution=text2, final=final, span=line_span(l2, li),
                           wrong=num_str(F(v), st.fmt, None, sty, st.places, with_unit=False),
                           right=num_str(st.disp_true, st.fmt, None, sty, st.places, with_unit=False),
                           step=st.idx + 1, kind=kind_)
                rows.append(row)
                done = True
                break
            if done:
                break
        if not done:
            raise RuntimeError("no fault for %s %s" % (pid, mode))
    # loop
    lrng = random.Random("loop|" + pid)
    body = lines[:-2]  # drop blank + #### line
    cand = [i for i in range(1, len(body)) if body[i].strip() and i >= len(body) // 4]
    a = lrng.choice(cand[: max(1, (len(cand) * 3) // 4)])
    ln = lrng.choice([1, 1, 2, 3])
    ln = min(ln, len(body) - a)
    block_lines = body[a:a + ln]
    while block_lines and not block_lines[-1].strip():
        block_lines = block_lines[:-1]
    block = "\n".join(block_lines)
    reps = lrng.randint(8, 30)
    prefix = "\n".join(body[:a]) + "\n"
    text3 = prefix + (block + "\n") * reps
    cut = block.split("=")[0].split("\n")[0].rstrip()
    spaces = [i for i, ch in enumerate(cut) if ch == " "]
    if lrng.random() < 0.5 and spaces:
        text3 += block[: lrng.choice(spaces)]
    else:
        text3 = text3[:-1]
    s2 = len(prefix) + len(block) + 1
    rows.append(dict(common, variant="loop", solution=text3, final=final, span=[s2, s2 + len(block)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    p = 0
    for kname in KINDS:
        for t in range(TEMPLATES_PER_KIND):
            for ns in range(NSETS):
                sty = STYLES[(p * 5 + p // len(STYLES)) % len(STYLES)]
                rows += build_problem(kname, t, ns, sty)
                p += 1
    order = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
             "step", "kind", "repeats"]
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in order if k in r}, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
