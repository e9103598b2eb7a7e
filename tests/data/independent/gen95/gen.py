#!/usr/bin/env python3
"""Generator for a held-out set of worked solutions: running, cycling and fitness tracking.

python3 gen.py --out set.jsonl
Standard library only; output is deterministic (string-seeded random.Random, no sets iterated).
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kinds import KINDS, NAMES  # noqa: E402

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "tutor", "numbered"]
WRAPPERS = ["{b}", "{b} Show your work.", "Quick question for my training log: {b}", "{b} Please explain step by step."]
FEMALE = {"Maya", "Priya", "Hannah", "Chloe", "Aiko", "Sofia", "Elena", "Grace"}


# ------------------------------------------------------------------ numbers
def ndec(x):
    d = 0
    while (x * 10 ** d).denominator != 1:
        d += 1
        if d > 8:
            raise ValueError("non-terminating %r" % x)
    return d


def round_half_up(x, dec):
    q = F(10) ** dec
    y = abs(x) * q
    n = int(y)
    if y - n >= F(1, 2):
        n += 1
    r = F(n) / q
    return -r if x < 0 else r


def fmt(x, sep=",", money=False, minus="-"):
    d = max(2, ndec(x)) if money and x.denominator != 1 else ndec(x)
    neg = x < 0
    x = abs(x)
    ip = int(x)
    fp = x - ip
    s = str(ip)
    if sep and ip >= 1000:
        parts = []
        while len(s) > 3:
            parts.insert(0, s[-3:])
            s = s[:-3]
        parts.insert(0, s)
        s = sep.join(parts)
    if d:
        s += "." + str(int(fp * 10 ** d)).rjust(d, "0")
    return (minus if neg else "") + s


def plain(x):
    return fmt(x, sep="")


# ------------------------------------------------------------------ calc
class Num:
    def __init__(self, v, unit="", pct=False):
        self.v = F(v)
        self.unit = unit
        self.pct = pct


def evaluate(expr):
    src = []
    for t in expr:
        if isinstance(t, Num):
            src.append("F(%d,%d)" % (t.v.numerator, t.v.denominator))
        elif t == "of":
            src.append("*")
        else:
            src.append(t)
    return eval("".join(src), {"F": F})


class Calc:
    def __init__(self, ov=None):
        self.steps = []
        self.ov = ov or {}

    def n(self, v, unit=""):
        return Num(v, unit)

    def pct(self, p):
        return Num(F(p, 100), "", pct=True)

    def step(self, label, expr, dec=0, unit="", note=None):
        val = evaluate(expr)
        shown = round_half_up(val, dec)
        idx = len(self.steps)
        use = self.ov.get(idx, shown)
        self.steps.append(dict(label=label, expr=expr, val=val, shown=shown, use=use, unit=unit,
                               approx=(shown != val), note=note, dec=dec))
        return Num(use, unit)


def run_kind(K, p, ov=None):
    c = Calc(ov)
    K.compute(c, p)
    return c.steps


# ------------------------------------------------------------------ slips
def tol_ok(written, true):
    """True when written value is an acceptable rendering of true (same rule as check.py)."""
    d = ndec(written)
    return abs(written - true) <= F(1, 2) * F(10) ** -d + F(1, 10 ** 9)


def digits_variants(s, rng):
    """s: plain decimal string without sign. Returns list of (kind, string)."""
    out = []
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    # swap adjacent digits
    for a, b in zip(ds, ds[1:]):
        if b == a + 1 and s[a] != s[b]:
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            out.append(("swap", t))
    for i in ds:
        t = s[:i] + s[i + 1:]
        if t and t[0] != "." and t[-1] != ".":
            out.append(("drop", t))
        out.append(("double", s[:i] + s[i] + s[i:]))
    good = []
    for k, t in out:
        if t.startswith("0") and not t.startswith("0.") or t.startswith("."):
            continue
        if "." in t and t.endswith("0"):
            continue
        good.append((k, t))
    return good


def make_wrong(step, rng):
    shown = step["shown"]
    d = ndec(shown)
    ulp = F(10) ** -d
    cands = []
    cands.append(("off_by_one", shown + ulp))
    cands.append(("off_by_one", shown - ulp))
    if d == 0:
        cands.append(("off_by_ten", shown + 10))
        cands.append(("off_by_ten", shown - 10))
    else:
        cands.append(("off_by_one_unit", shown + 1))
        cands.append(("off_by_one_unit", shown - 1))
    s = plain(abs(shown))
    for k, t in digits_variants(s, rng):
        v = F(t)
        cands.append((k, -v if shown < 0 else v))
    cands.append(("decimal_shift", shown * 10))
    if ndec(shown / 10) <= 3:
        cands.append(("decimal_shift", shown / 10))
    e = step["expr"]
    if len(e) == 3 and isinstance(e[0], Num) and isinstance(e[2], Num):
        swap = {"*": "+", "/": "*", "+": "*", "-": "+", "of": "+"}
        a, b = e[0].v, e[2].v
        try:
            w = evaluate([e[0], swap[e[1]], e[2]])
            cands.append(("wrong_operation", round_half_up(w, step["dec"])))
        except ZeroDivisionError:
            pass
        if e[1] == "-":
            cands.append(("sign_dropped" if shown < 0 else "reversed_subtraction", -shown))
    if shown < 0:
        cands.append(("sign_dropped", -shown))
    rng.shuffle(cands)
    # prefer the common kinds a bit: stable order by weight
    weight = {"off_by_one": 3, "off_by_ten": 2, "swap": 2, "drop": 1, "double": 1, "decimal_shift": 1,
              "wrong_operation": 1, "sign_dropped": 3, "reversed_subtraction": 1, "off_by_one_unit": 1}
    pool = []
    for k, v in cands:
        pool.extend([(k, v)] * weight.get(k, 1))
    rng.shuffle(pool)
    return pool


# ------------------------------------------------------------------ rendering
class Style:
    def __init__(self, name, rng):
        self.name = name
        r = rng
        self.sep = ","
        self.minus = r.choice(["−", "-"])
        self.mul = r.choice(["×", "×", "×", "x", "·"])
        self.div = r.choice(["÷", "÷", "/"])
        self.units_in_expr = r.random() < 0.5
        self.pct_as_dec = r.random() < 0.4
        self.words = False
        self.latex = False
        self.frac = False
        if name == "terse":
            self.mul = r.choice(["*", "x", "×"])
            self.div = "/"
            self.minus = "-"
            self.units_in_expr = False
            self.sep = r.choice(["", ","])
        if name in ("latex_inline", "latex_display"):
            self.latex = True
            self.mul = r.choice(["\\times", "\\times", "\\cdot"])
            self.div = r.choice(["\\div", "/"])
            self.minus = "-"
            self.frac = name == "latex_display" and r.random() < 0.7
            self.sep = r.choice(["{,}", ","])
        if name in ("prose", "tutor"):
            self.words = r.random() < 0.5
        self.check = r.random() < 0.4 and name not in ("table", "terse")

    def num(self, x, unit="", money=False, in_expr=False):
        money = money or unit == "$"
        s = fmt(x, sep=self.sep, money=money, minus=self.minus)
        if unit == "$":
            if s.startswith(self.minus) and x < 0:
                return self.minus + ("\\$" if self.latex else "$") + s[len(self.minus):]
            return ("\\$" if self.latex else "$") + s
        if in_expr and not self.units_in_expr:
            return s
        if unit:
            if self.latex:
                return s + "\\text{ %s}" % unit
            return s + " " + unit
        return s

    def opsym(self, op, single):
        if self.words and single:
            return {"*": "times", "/": "divided by", "+": "plus", "-": "minus"}[op]
        return {"*": self.mul, "/": self.div, "+": "+", "-": self.minus}[op]

    def expr(self, e):
        single = sum(1 for t in e if isinstance(t, str) and t not in "()") == 1
        if self.frac and len(e) == 3 and e[1] == "/":
            return "\\frac{%s}{%s}" % (self.num(e[0].v, e[0].unit, in_expr=True), self.num(e[2].v, e[2].unit, in_expr=True))
        out = []
        for t in e:
            if isinstance(t, Num):
                if t.pct and not self.pct_as_dec:
                    out.append(fmt(t.v * 100) + ("\\%" if self.latex else "%"))
                else:
                    out.append(self.num(t.v, t.unit, in_expr=True))
            elif t in "()":
                out.append(t)
            elif t == "of":
                if self.pct_as_dec:
                    out.append(self.opsym("*", single))
                else:
                    out.append("\\times" if self.latex else "of")
            else:
                out.append(self.opsym(t, single))
        s = " ".join(out)
        return s.replace("( ", "(").replace(" )", ")")

    def eqsign(self, approx):
        if approx:
            return "\\approx" if self.latex else "≈"
        return "="


def result_text(st, S, wrong=None):
    v = st["use"] if wrong is None else wrong
    approx = st["approx"] if wrong is None else (v != st["val"] and not _exactish(st))
    return v, S.num(v, st["unit"]), approx


def _exactish(st):
    return False


def eq_text(st, S, wrong=None):
    v, rs, approx = result_text(st, S, wrong)
    if wrong is not None:
        approx = st["approx"]
    e = S.expr(st["expr"])
    line = "%s %s %s" % (e, S.eqsign(approx), rs)
    note = st["note"](v) if st["note"] else None
    return line, note, v


CONN = ["First,", "Next,", "Then", "Now", "After that,", "Finally,"]


def lc(s):
    w = s.split(" ", 1)[0]
    if w in ("The", "That", "Each", "It", "Week", "Split", "Time", "Calories", "Distance", "Total", "Average",
             "Max", "Lower", "Upper", "Zone", "Heart", "Reserve", "Target", "Added", "Final", "Pace", "Convert",
             "Weekly", "Difference", "Repeats", "Recovery", "Interval", "Weeks", "Steps", "Logged", "Remaining",
             "Per", "Session", "Beats", "Extra", "Goal", "Laps", "Work", "Visits", "Cost"):
        return s[0].lower() + s[1:]
    return s


def render(style, K, p, steps, pid, slip=None, carry=False):
    """Return (lines, step_line_index). slip: (step_index, wrong_value) rendered only at that step."""
    rng = random.Random("render|" + pid)
    S = Style(style, rng)
    lines = []
    at = {}
    n = len(steps)
    final_v = steps[-1]["use"]

    def eq(i):
        st = steps[i]
        w = slip[1] if slip and slip[0] == i else None
        return eq_text(st, S, w)

    intro_pool = {
        "md_steps": ["Let's solve this step by step.", "We'll break the problem into steps.", "Here's the breakdown:"],
        "bold_labels": ["Let's work it out.", "Here is the calculation.", ""],
        "bullets": ["Breaking it down:", "Here's how to figure it out:", "Let's compute each piece:"],
        "prose": ["", "To answer this we need a few quick calculations.", "Let's work through it."],
        "latex_inline": ["We compute each quantity in turn.", "Let's set up the calculation.", ""],
        "latex_display": ["Let's solve this step by step.", "We work through the numbers.", ""],
        "table": ["Here's the calculation laid out in a table:", "Let's organize the steps:", "Step-by-step:"],
        "terse": [""],
        "tutor": ["Great question! Let's break it down together. 🏃", "Nice, this is a fun one! Let's go step by step.",
                  "Sure! Fitness math is easier than it looks. 💪"],
        "numbered": ["Solution:", "Let's go through it:", ""],
    }
    intro = rng.choice(intro_pool[style])
    if intro:
        lines.append(intro)
        lines.append("")
    if style == "table":
        lines.append("| Step | Quantity | Calculation | Result |")
        lines.append("|---|---|---|---|")
    for i, st in enumerate(steps):
        line, note, v = eq(i)
        lab = st["label"]
        if style == "md_steps":
            lines.append("### Step %d: %s" % (i + 1, lab))
            lines.append(line + ((" " + note) if note else ""))
            at[i] = len(lines) - 1
            lines.append("")
        elif style == "bold_labels":
            if rng.random() < 0.5:
                lines.append("**%s:** %s%s" % (lab, line, (" " + note) if note else ""))
            else:
                head, _, res = line.rpartition(" ")
                lines.append("**%s:** %s" % (lab, line.replace(" = " + S.num(v, st["unit"]), " = **%s**" % S.num(v, st["unit"]), 1)
                                              if " = " + S.num(v, st["unit"]) in line else line) + ((" " + note) if note else ""))
            at[i] = len(lines) - 1
            lines.append("")
        elif style == "bullets":
            lines.append("- %s: %s%s" % (lab, line, (" " + note) if note else ""))
            at[i] = len(lines) - 1
        elif style == "numbered":
            lines.append("%d. %s = %s%s" % (i + 1, lab, line, (" " + note) if note else ""))
            at[i] = len(lines) - 1
        elif style == "terse":
            lines.append(line)
            at[i] = len(lines) - 1
        elif style == "table":
            e = S.expr(st["expr"])
            _, rs, _ = result_text(st, S, slip[1] if slip and slip[0] == i else None)
            pre = "≈ " if st["approx"] else ""
            lines.append("| %d | %s | %s | %s%s |" % (i + 1, lab, e, pre, rs))
            at[i] = len(lines) - 1
        elif style == "latex_inline":
            body = line
            if rng.random() < 0.5:
                lines.append("%s: $%s$%s" % (lab, body, (" " + note) if note else ""))
            else:
                lines.append("The %s is $%s$.%s" % (lc(lab), body, (" " + note[0].upper() + note[1:]) if note and not note.startswith("(") else (" " + note if note else "")))
            at[i] = len(lines) - 1
            lines.append("")
        elif style == "latex_display":
            lines.append("**%s**" % lab if rng.random() < 0.5 else "%s:" % lab)
            lines.append("\\[ %s \\]" % line)
            at[i] = len(lines) - 1
            if note:
                lines.append(note[0].upper() + note[1:] if not note.startswith("(") else note[1:-1][0].upper() + note[1:-1][1:] + ".")
            lines.append("")
        elif style in ("prose", "tutor"):
            conn = CONN[min(i, 4)] if i < n - 1 else CONN[5]
            if i == 0:
                conn = "First,"
            shape = rng.randrange(4)
            if S.words and rng.random() < 0.4 and "≈" not in line:
                line = line.replace(" = ", " equals ", 1)
            if shape == 0:
                s = "%s the %s: %s." % (conn, lc(lab), line)
            elif shape == 1:
                s = "%s we find the %s, %s." % (conn, lc(lab), line)
            elif shape == 2:
                s = "%s %s. That's the %s." % (conn, line, lc(lab))
            else:
                s = "For the %s: %s." % (lc(lab), line)
            s = s[0].upper() + s[1:]
            if note:
                s = s[:-1] + " " + note + "."
            if style == "tutor" and rng.random() < 0.3:
                s += rng.choice([" Easy, right?", " 👍", " Keep going!", " Nice."])
            lines.append(s)
            at[i] = len(lines) - 1
            lines.append("")
    if style == "table":
        lines.append("")
    # check line (never in carry rows)
    last = steps[-1]
    e = last["expr"]
    if S.check and not carry and len(e) == 3 and isinstance(e[0], Num) and isinstance(e[2], Num) and e[1] in "*/-+" \
            and not last["approx"]:
        a, op, b = e
        inv = {"*": "/", "/": "*", "+": "-", "-": "+"}[op]
        cexpr = [Num(last["use"], last["unit"]), inv, b]
        cv = evaluate(cexpr)
        if cv == a.v and ndec(cv) <= 3 and not (inv == "/" and b.v == 0):
            ce = S.expr(cexpr)
            cs = S.num(cv, a.unit)
            if S.latex:
                lines.append("Check: $%s = %s$ ✓" % (ce, cs))
            else:
                lines.append("Check: %s = %s ✓" % (ce, cs))
            lines.append("")
    # conclusion
    name = p.get("name", "")
    fv = S.num(final_v, "", money=(last["unit"] == "$"))
    if last["unit"] == "$":
        fv = fv.lstrip("\\$")
    ans = K.answer.format(v=fv, name=name)
    if ans.startswith("the ") or ans[0].isdigit():
        ans = ans[0].upper() + ans[1:]
    concl = {
        "md_steps": ["**Answer:** %s." % ans, "So %s." % lc(ans), "## Answer\n%s." % ans],
        "bold_labels": ["**Final answer:** %s." % ans, "**Answer:** %s." % ans],
        "bullets": ["So %s." % lc(ans), "**%s.**" % ans],
        "prose": ["So %s." % lc(ans), "Therefore, %s." % lc(ans)],
        "latex_inline": ["So %s." % lc(ans), "Therefore %s." % lc(ans)],
        "latex_display": ["So %s." % lc(ans), "**Answer:** %s." % ans],
        "table": ["**Answer:** %s." % ans, "So %s." % lc(ans)],
        "terse": ["Answer: %s" % plain(final_v), "= %s" % fv, "Ans: %s" % fv],
        "tutor": ["So %s! 🎉" % lc(ans), "And there you have it: %s. Great work tracking this!" % lc(ans)],
        "numbered": ["Answer: %s." % ans, "So %s." % lc(ans)],
    }[style]
    c = rng.choice(concl)
    for l in c.split("\n"):
        lines.append(l)
    lines.append("")
    lines.append("#### %s" % plain(final_v))
    return lines, at


def join(lines):
    return "\n".join(lines)


def offsets(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return start, start + len(lines[idx])


# ------------------------------------------------------------------ building rows
def problem_text(K, ti, p, rng):
    name = rng.choice(NAMES)
    fem = name in FEMALE
    q = dict(p)
    q.update(name=name, pro="She" if fem else "He", pro_l="she" if fem else "he", pos="her" if fem else "his",
             pos_c="Her" if fem else "His")
    for k, v in list(q.items()):
        if isinstance(v, F):
            q[k] = plain(v)
    body = K.texts[ti // 4].format(**q)
    w = WRAPPERS[ti % 4]
    return w.format(b=body), q


def build(K, ti, ni, pcount):
    template = "%s-%d" % (K.name, ti)
    pid = "%s-%d-%d" % (K.name, ti, ni)
    rng = random.Random("params|" + pid)
    p = K.params(rng)
    text, q = problem_text(K, ti, p, random.Random("name|" + pid))
    p = dict(p)
    p["name"] = q["name"]
    style = STYLES[pcount % len(STYLES)]
    steps = run_kind(K, p)
    final = plain(steps[-1]["use"])
    rows = []
    base = dict(pid=pid, template=template, style=style, problem=text)
    # correct
    lines, at = render(style, K, p, steps, pid)
    sol = join(lines)
    rows.append(dict(base, variant="correct", solution=sol, final=final))
    frng = random.Random("fault|" + pid)
    # slip
    k = frng.randrange(len(steps))
    for kind, wv in make_wrong(steps[k], frng):
        if wv == steps[k]["shown"] or tol_ok(wv, steps[k]["val"]) or ndec(wv) > 4 or \
                (steps[k]["unit"] == "$" and ndec(wv) > 2):
            continue
        if wv < 0 and steps[k]["shown"] >= 0 and kind != "reversed_subtraction":
            continue
        break
    else:
        raise RuntimeError("no slip for " + pid)
    sl, sat = render(style, K, p, steps, pid, slip=(k, wv))
    st, en = offsets(sl, sat[k])
    S = Style(style, random.Random("render|" + pid))
    rows.append(dict(base, variant="slip", solution=join(sl), final=final, span=[st, en],
                     wrong=S.num(wv, "", money=steps[k]["unit"] == "$").lstrip("\\$"),
                     right=S.num(steps[k]["shown"], "", money=steps[k]["unit"] == "$").lstrip("\\$"),
                     step=k + 1, kind=kind))
    # carry: pick a step (may differ) and a wrong value that changes the final
    done = False
    order = list(range(len(steps)))
    frng.shuffle(order)
    for k in order:
        for kind, wv in make_wrong(steps[k], frng):
            if wv == steps[k]["shown"] or tol_ok(wv, steps[k]["val"]) or ndec(wv) > 4 or \
                    (steps[k]["unit"] == "$" and ndec(wv) > 2):
                continue
            if wv < 0 and steps[k]["shown"] >= 0:
                continue
            try:
                cs = run_kind(K, p, {k: wv})
            except ZeroDivisionError:
                continue
            if cs[-1]["use"] == steps[-1]["use"] or any(ndec(s["use"]) > 4 for s in cs):
                continue
            if any(s["use"] <= 0 for s in cs) and steps[-1]["use"] > 0 and K.name != "steps-goal":
                continue
            done = True
            break
        if done:
            break
    if not done:
        raise RuntimeError("no carry for " + pid)
    cl, cat = render(style, K, p, cs, pid, carry=True)
    st, en = offsets(cl, cat[k])
    rows.append(dict(base, variant="carry", solution=join(cl), final=final, span=[st, en],
                     wrong=S.num(wv, "", money=steps[k]["unit"] == "$").lstrip("\\$"),
                     right=S.num(steps[k]["shown"], "", money=steps[k]["unit"] == "$").lstrip("\\$"),
                     step=k + 1, kind=kind))
    # loop
    lrng = random.Random("loop|" + pid)
    body_idx = [i for i, l in enumerate(lines) if l.strip() and not l.startswith("####")]
    # exclude the conclusion line(s): keep lines up to the last step line
    last_step_line = at[len(steps) - 1]
    cand = [i for i in body_idx if 0 < i <= last_step_line] or body_idx
    start = lrng.choice(cand)
    ulen = lrng.choice([1, 1, 2, 2, 3])
    ulen = max(1, min(ulen, last_step_line + 1 - start)) if start <= last_step_line else 1
    # unit = ulen non-blank lines starting at start, plus the blank lines that follow them
    j, cnt = start, 0
    while j < len(lines) and cnt < ulen and not lines[j].startswith("####"):
        if lines[j].strip():
            cnt += 1
        j += 1
    core = lines[start:j]
    while core and not core[-1].strip():
        core = core[:-1]
    k2 = start + len(core)
    while k2 < len(lines) and not lines[k2].strip():
        k2 += 1
    unit = lines[start:k2]
    copies = lrng.randint(8, 30)
    pre = lines[:start]
    out = pre + unit * copies
    while not out[-1].strip():
        out.pop()
    lsol = join(out)
    ustart = sum(len(l) + 1 for l in pre) + sum(len(l) + 1 for l in unit)
    uend = ustart + len(join(core))
    rows.append(dict(base, variant="loop", solution=lsol, final=final, span=[ustart, uend], repeats=copies))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    pcount = 0
    for K in KINDS:
        for ti in range(len(K.texts) * 4):
            for ni in range(4):
                rows.extend(build(K, ti, ni, pcount))
                pcount += 1
    order = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
             "step", "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            o = {k: r[k] for k in order if k in r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(rows), pcount, a.out))


if __name__ == "__main__":
    main()
