#!/usr/bin/env python3
"""Generate a held-out set of worked solutions (tourism & hotels genre).

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import re
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import V, Fault, Solver, fmt, canon, rnd  # noqa: E402
from structs import STRUCTS  # noqa: E402

PHRASINGS = 9
NSETS = 4
STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display", "table", "terse",
          "chatty", "numbered"]
FAULT_KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "decimal_shift",
               "wrong_op", "sign_dropped"]

CFG = {
    "md_steps": dict(mul=["×"], div=["÷"], sub="−", units=True, cents=True, sep=True, pct=["pct", "dec"]),
    "bold_labels": dict(mul=["×", "x"], div=["÷", "/"], sub="−", units=True, cents=False, sep=True, pct=["pct", "of"]),
    "bullets": dict(mul=["×", "x", "*"], div=["/", "÷"], sub="-", units=True, cents=False, sep=True, pct=["dec", "pct"]),
    "prose": dict(mul=["×", "times"], div=["÷", "divided by"], sub="−", units=True, cents=False, sep=True,
                  pct=["of", "dec"]),
    "latex_inline": dict(mul=["\\times"], div=["\\div"], sub="-", units=False, cents=False, sep=True, pct=["dec", "pct"],
                         latex=True),
    "latex_display": dict(mul=["\\times", "\\cdot"], div=["\\div", "frac"], sub="-", units=False, cents=True, sep=True,
                          pct=["dec"], latex=True),
    "table": dict(mul=["×"], div=["÷"], sub="−", units=True, cents=True, sep=True, pct=["pct", "dec"]),
    "terse": dict(mul=["*", "×"], div=["/"], sub="-", units=False, cents=False, sep=False, pct=["dec"]),
    "chatty": dict(mul=["times"], div=["divided by"], sub="minus", add="plus", units=True, cents=False, sep=True,
                   pct=["of"], words=True),
    "numbered": dict(mul=["×", "·"], div=["÷", "/"], sub="−", units=True, cents=True, sep=True, pct=["pct", "dec", "of"]),
}

VERB_END = ("is", "are", "costs", "cost", "earns", "adds", "use", "have", "pays", "that's", "gives", "to", "comes to")


class R:
    """Per-problem rendering choices, drawn up front so every variant renders identically."""

    def __init__(self, style, pid, nsteps):
        self.style = style
        self.c = CFG[style]
        rng = random.Random(f"render|{pid}")
        self.rng = rng
        self.mul = rng.choice(self.c["mul"])
        self.div = rng.choice(self.c["div"])
        self.pct = rng.choice(self.c["pct"])
        self.cents = self.c["cents"] or rng.random() < 0.3
        self.approx_eq = rng.random() < 0.35  # write "=" instead of "≈" for rounded results
        self.show_exact = rng.random() < 0.6
        self.check = rng.random() < 0.5
        self.tex_display_multi = rng.random() < 0.5
        self.step_r = [rng.random() for _ in range(nsteps * 4)]
        self.intro_r = rng.random()
        self.outro_r = rng.random()
        self.final_r = rng.random()

    # numbers -----------------------------------------------------------------------------------
    def num(self, v, with_unit=True):
        c = self.c
        latex = c.get("latex")
        sep = c["sep"]
        if v.kind == "money":
            if v.text is not None:
                body = v.text
            else:
                d = v.d
                if v.cur != "¥" and not self.cents and rnd(v.v, v.d).denominator == 1:
                    d = 0
                body = fmt(abs(v.v), d, sep)
            cur = v.cur
            if latex and cur == "$":
                cur = "\\$"
            neg = rnd(v.v, 6) < 0
            sgn = "-" if (latex or c["sub"] == "-") else "−"
            return (sgn if neg else "") + cur + body
        if v.kind == "pct":
            s = fmt(v.v, v.d, False)
            return s + ("\\%" if latex else "%")
        if v.text is not None:
            body = v.text
        else:
            body = fmt(v.v, v.d, sep)
        if v.v < 0 and not (latex or c["sub"] == "-"):
            body = "−" + body[1:]
        if v.kind == "count" and with_unit and c["units"] and v.unit and not latex:
            body += " " + v.unit
        return body

    def pct_dec(self, v):
        x = v.v / 100
        s = fmt(x, v.d + 2, False).rstrip("0")
        return s.rstrip(".") if s.endswith(".") else s

    def op(self, o):
        c = self.c
        if o == "*":
            return self.mul
        if o == "/":
            return self.div
        if o == "+":
            return c.get("add", "+")
        if o == "-":
            return c["sub"]
        return o

    def expr(self, tokens):
        latex = self.c.get("latex")
        # percentage multiplication forms
        if len(tokens) == 3 and tokens[1] == "*" and isinstance(tokens[2], V) and tokens[2].kind == "pct":
            base, p = tokens[0], tokens[2]
            if self.pct == "of":
                return f"{self.num(p)} of {self.num(base)}"
            if self.pct == "dec":
                return f"{self.num(base)} {self.op('*')} {self.pct_dec(p)}"
            return f"{self.num(base)} {self.op('*')} {self.num(p)}"
        if latex and self.div == "frac" and "/" in tokens and len(tokens) >= 3:
            i = tokens.index("/")
            if i == 1 and "(" not in tokens:
                head = f"\\frac{{{self.num(tokens[0])}}}{{{self.num(tokens[2])}}}"
                rest = " ".join(self.num(t) if isinstance(t, V) else self.op(t) for t in tokens[3:])
                return (head + " " + rest).strip()
        out = []
        for t in tokens:
            if isinstance(t, V):
                out.append(self.num(t))
            elif t in "()":
                out.append(t)
            else:
                out.append(self.op(t))
        s = " ".join(out)
        return s.replace("( ", "(").replace(" )", ")")

    def exact_str(self, step):
        ex = step["exact"]
        for d in range(step["res"].d + 1, 6):
            if rnd(ex, d) == ex:
                return self.num(step["res"].like(ex, d=d))
        return None

    def result(self, step, words=False):
        """Return 'REL RES' text for a calc step."""
        latex = self.c.get("latex")
        res = self.num(step["res"])
        if step["approx"]:
            aprx = "\\approx" if latex else ("is about" if words else "≈")
            eq = "is" if words else "="
            ex = self.exact_str(step) if (self.show_exact and step["show_exact"]) else None
            if ex is not None:
                tail = f", which rounds to {res}" if words else f" {aprx} {res}"
                return f"{eq} {ex}{tail}"
            return f"{eq if self.approx_eq and not words else aprx} {res}"
        if words:
            return f"{'comes to' if len(step['tokens']) > 3 else 'is'} {res}"
        return f"= {res}"


def fmt_note(r, note, k):
    t = note["texts"][k % len(note["texts"])]
    vals = [r.num(v, with_unit=False) for v in note["vals"]]
    if r.c.get("latex") or r.style in ("md_steps", "bold_labels", "numbered", "bullets"):
        vals = [f"**{x}**" if r.style != "bullets" else x for x in vals]
    return t.format(*vals)


CONNECT = ["First, ", "Next, ", "Then ", "After that, ", "Now ", "Next, ", "Then ", "Finally, "]
CHAT_CONNECT = ["First up: ", "Next: ", "Then ", "Now ", "Okay, ", "Next up: ", "And ", "Last bit: "]


def lead_join(lead):
    low = lead.split()[-1].lower()
    if lead.lower().endswith(VERB_END) or low in VERB_END:
        return lead + " "
    return lead + ": "


def render(steps, final, style, pid, problem_final_word):
    r = R(style, pid, len(steps))
    lines = []
    where = {}
    calc_i = 0
    latex = r.c.get("latex")

    def L(s):
        lines.append(s)
        return len(lines) - 1

    # intro
    intros = {
        "md_steps": ["Let's break the cost down step by step.", "We'll work through this one piece at a time."],
        "bold_labels": ["Here's the breakdown:", "Let's compute each piece."],
        "bullets": ["Breaking it down:", "Here are the pieces:"],
        "prose": ["Let's work through it.", "We can solve this in a few steps."],
        "latex_inline": ["Let's compute each part.", "We work step by step."],
        "latex_display": ["We compute each quantity in turn.", "Let's set up the calculation."],
        "table": ["Here's the calculation laid out as a table:", "Breaking the problem into steps:"],
        "terse": [],
        "chatty": ["Great question! Let's work it out together. 😊", "Sure thing — let's figure this out step by step!"],
        "numbered": ["Here's how to work it out:", "Let's solve this step by step:"],
    }[style]
    if intros:
        L(intros[int(r.intro_r * len(intros))])
        L("")

    table_rows = []
    after_table = []
    step_no = 0
    for si, st in enumerate(steps):
        rr = r.step_r[si * 4: si * 4 + 4]
        if st["type"] == "note":
            txt = fmt_note(r, st, int(rr[0] * 10))
            if style == "table":
                after_table.append(("note", txt))
            elif style == "terse":
                L(txt)
            elif style == "bullets":
                L("- " + txt)
            elif style == "md_steps":
                L(txt)
                L("")
            else:
                L(txt)
                if style in ("latex_display", "numbered"):
                    L("")
            continue
        # calc or divmod
        if st["type"] == "divmod":
            n, m = r.num(st["n"], False), r.num(st["m"], False)
            remw = ["remainder", "R", "with a remainder of", "remainder"][int(rr[1] * 4)]
            if r.c.get("words"):
                e, res = f"{n} divided by {m}", f"is {st['q']} {remw} {st['r']}"
            else:
                dv = r.div if r.div != "frac" else "\\div"
                e, res = f"{n} {dv} {m}", f"= {st['q']} {remw} {st['r']}"
            is_check = False
        else:
            e = r.expr(st["tokens"])
            res = r.result(st, words=r.c.get("words", False) or (style == "prose" and r.mul == "times"))
            is_check = st["role"] == "check"
        label = st["label"]
        lead = st["leads"][int(rr[0] * len(st["leads"]))] if st["leads"] else label
        if is_check:
            if not r.check:
                continue
            ck = f"{e} {res}"
            if latex:
                ck = f"\\( {ck} \\)"
            txt = ["Check: " + ck + " ✓", "Quick check: " + ck + ", which matches.",
                   "(Check: " + ck + ".)"][int(rr[1] * 3)]
            if style == "table":
                after_table.append(("check", txt))
            else:
                idx = L(txt)
            continue
        step_no += 1
        calc_i += 1
        core = f"{e} {res}"
        if style == "md_steps":
            L(f"### Step {step_no}: {label}")
            pre = "" if rr[1] < 0.5 else lead_join(lead)
            if pre and not pre.endswith(" "):
                pre += " "
            idx = L(f"{pre}{core}" if pre else core)
            L("")
        elif style == "bold_labels":
            idx = L(f"**{label}:** {core}")
        elif style == "bullets":
            idx = L(f"- {label}: {core}")
        elif style == "prose":
            conn = CONNECT[min(step_no - 1, len(CONNECT) - 2)] if rr[1] < 0.7 else ""
            ld = lead_join(lead)
            if conn:
                ld = ld[0].lower() + ld[1:]
            tail = ""
            if rr[2] < 0.25 and st["type"] == "calc":
                tail = [f", so that's {r.num(st['res'])} for the {label.lower()}",
                        f" ({label.lower()}: {r.num(st['res'])})"][int(rr[3] * 2)]
            idx = L(f"{conn}{ld}{core}{tail}.")
        elif style == "latex_inline":
            ld = lead_join(lead)
            idx = L(f"{ld}\\( {core} \\).")
        elif style == "latex_display":
            L(f"**{label}:**" if rr[1] < 0.5 else lead_join(lead).rstrip().rstrip(":") + ":")
            if r.tex_display_multi:
                L("\\[")
                idx = L(core)
                L("\\]")
            else:
                idx = L(f"\\[ {core} \\]")
            L("")
        elif style == "table":
            if st["type"] == "divmod":
                table_rows.append((st["idx"], f"| {label} | {e} | {res[2:]} |"))
            else:
                rs = r.num(st["res"])
                if st["approx"]:
                    rs = "≈ " + rs
                table_rows.append((st["idx"], f"| {label} | {e} | {rs} |"))
            continue
        elif style == "terse":
            idx = L(core)
        elif style == "chatty":
            conn = CHAT_CONNECT[min(step_no - 1, len(CHAT_CONNECT) - 2)]
            ld = lead_join(lead)
            ld = ld[0].lower() + ld[1:]
            tail = ""
            if rr[2] < 0.3 and st["type"] == "calc":
                tail = [" — nice!", ". Easy enough.", "."][int(rr[3] * 3)]
            else:
                tail = "."
            if ld.rstrip().endswith(("is", "to", "are")):
                ld = label.lower() + ": "
            idx = L(f"{conn}{ld}{core}{tail}".replace("..", "."))
        elif style == "numbered":
            if rr[1] < 0.5:
                idx = L(f"{step_no}. **{label}:** {core}")
            else:
                idx = L(f"{step_no}. {lead_join(lead)}{core}")
        where[st["idx"]] = idx

    if style == "table":
        L("| Step | Calculation | Amount |")
        L("|---|---|---|")
        for sidx, row in table_rows:
            where[sidx] = L(row)
        L("")
        for kind, txt in after_table:
            L(txt)

    fs = r.num(final)
    if latex:
        fs = fs.replace("\\$", "$")
    if final.kind == "count" and final.unit:
        fs = r.num(final, with_unit=True)
    outs = {
        "md_steps": [f"**Answer: {fs}**", f"### Answer\n{problem_final_word} **{fs}**."],
        "bold_labels": [f"**Final answer:** {fs}", f"**Answer:** {problem_final_word} {fs}."],
        "bullets": [f"So the answer is **{fs}**.", f"Answer: {fs}"],
        "prose": [f"Therefore, {problem_final_word.lower()} {fs}.", f"So the answer is {fs}."],
        "latex_inline": [f"So the answer is \\( {r.num(final)} \\).", f"Therefore, {problem_final_word.lower()} {fs}."],
        "latex_display": [f"\\[ \\boxed{{{r.num(final)}}} \\]", f"Final answer: {fs}"],
        "table": [f"**Answer: {fs}**", f"{problem_final_word} **{fs}**."],
        "terse": [f"Answer: {fs}", ""],
        "chatty": [f"So {problem_final_word.lower()} {fs}! 🎉 Let me know if you'd like me to break down any step.",
                   f"And there you have it — {problem_final_word.lower()} {fs}. Enjoy the trip! ✈️"],
        "numbered": [f"**Answer:** {fs}", f"Therefore, {problem_final_word.lower()} **{fs}**."],
    }[style]
    o = outs[int(r.outro_r * len(outs))]
    if lines and lines[-1] != "":
        L("")
    if o:
        for part in o.split("\n"):
            L(part)
    fin = canon(final.v, final.d if final.text is None else len(final.text.split(".")[1]) if "." in final.text else 0)
    L(f"#### {fin}")
    return lines, where, fin


FINAL_WORDS = {
    "nightly-total": "The total bill is", "split-room": "Each person pays", "points-left": "The points left over are",
    "point-value": "The value per point in cents is", "upgrade": "The total with the upgrade is",
    "tour-vans": "The number of empty seats is", "guide-fees": "The total guide fee is", "group-tickets": "The group pays",
    "late-checkout": "The total charge is", "cost-per-hour": "The cost per hour is", "tip-currency": "The tips in USD total",
    "spa-tip": "The total cost is", "occupancy-revenue": "The room revenue is", "occupancy-rate": "The occupancy rate is",
    "resort-compare": "The difference is", "breakfast": "The breakfast total is", "yen-budget": "The yen left over is",
    "status-trips": "The number of trips needed is", "deposit": "The balance due is",
}


def final_for(st_obj, fv):
    if st_obj.name == "occupancy-rate":
        return V(fv.v, "num", d=1, text=fv.text)
    return fv


def solve(st_obj, p, fault=None):
    S = Solver(fault)
    fv = st_obj.solve(S, p)
    return S, final_for(st_obj, fv)


def build_rows(st_obj, k, si, style, out):
    tid = f"{st_obj.name}-{k}"
    pid = f"{tid}-{si}"
    rng = random.Random(f"params|{tid}|{si}")
    problem, p = st_obj.gen(rng, k)
    problem = re.sub(r"\ba (8|11|18)\b", r"an \1", problem)
    word = FINAL_WORDS[st_obj.name]
    S0, f0 = solve(st_obj, p)
    lines0, where0, fin0 = render(S0.steps, f0, style, pid, word)
    base = dict(pid=pid, template=tid, style=style, problem=problem)

    def offs(lines, i):
        start = sum(len(x) + 1 for x in lines[:i])
        return [start, start + len(lines[i])]

    out.append(dict(base, variant="correct", solution="\n".join(lines0), final=fin0))
    frng = random.Random(f"fault|{pid}")
    for mode in ("slip", "carry"):
        cands = [(i, kd) for i in S0.faultable for kd in FAULT_KINDS]
        frng.shuffle(cands)
        # prefer common slip kinds; sign_dropped only where it applies
        done = False
        for i, kd in cands:
            if kd == "sign_dropped" and not any(s.get("idx") == i and s["type"] == "calc" and s["res"].v < 0
                                                for s in S0.steps):
                continue
            flt = Fault(i, mode, kd, f"w|{pid}|{mode}|{i}|{kd}")
            try:
                S1, f1 = solve(st_obj, p, flt)
            except (LookupError, ValueError, ZeroDivisionError):
                continue
            if S1.record is None:
                continue
            lines1, where1, fin1 = render(S1.steps, f1, style, pid, word)
            if i not in where1:
                continue
            if mode == "slip" and fin1 != fin0:
                continue
            if mode == "carry" and fin1 == fin0:
                continue
            rec = S1.record
            li = where1[i]
            sol = "\n".join(lines1)
            span = offs(lines1, li)
            R0 = R(style, pid, len(S1.steps))
            if "rem" in rec:
                wrong, right = str(rec["wrong"].v), str(rec["right"].v)
            else:
                wrong, right = R0.num(rec["wrong"], False), R0.num(rec["right"], False)
            line = lines1[li]
            if wrong not in line:
                continue
            step = sorted(where1).index(i) + 1
            out.append(dict(base, variant=mode, solution=sol, final=fin0 if mode == "slip" else fin0,
                            span=span, wrong=wrong, right=right, step=step, kind=kd))
            done = True
            break
        if not done:
            raise RuntimeError(f"no fault for {pid} {mode}")
    # loop
    lrng = random.Random(f"loop|{pid}")
    calc_lines = sorted(where0.values())
    last = lines0.index(f"#### {fin0}")
    cands = [li for li in calc_lines if li >= 2 and li < last - 1]
    if not cands:
        cands = calc_lines
    j = lrng.choice(cands)
    u = lrng.choice([1, 1, 2, 2, 3])
    start = max(0, j - u + 1)
    unit = lines0[start:j + 1]
    if style in ("md_steps", "latex_display") and lines0[j + 1: j + 2] == [""]:
        unit = unit + [""]
        if style == "md_steps" and start > 0 and lines0[start - 1].startswith("### "):
            unit = [lines0[start - 1]] + unit
            start -= 1
    if all(x == "" for x in unit):
        unit = [lines0[j]]
        start = j
    reps = lrng.randint(8, 30)
    prefix = lines0[:start]
    body = prefix + unit * reps
    text = "\n".join(body)
    unit_txt = "\n".join(unit) + "\n"
    s2 = len("\n".join(prefix + unit)) + 1
    if lrng.random() < 0.4:
        first = unit[0]
        cuts = [i for i, ch in enumerate(first) if ch == " " and i > 0
                and not re.search(r"[=≈|]| is | comes to ", first[:i])]
        if cuts:
            text = text + "\n" + first[:lrng.choice(cuts)]
    out.append(dict(base, variant="loop", solution=text, final=fin0, span=[s2, s2 + len(unit_txt) - 1],
                    repeats=reps))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    n = 0
    for st_obj in STRUCTS:
        for k in range(PHRASINGS):
            for si in range(NSETS):
                style = STYLES[n % len(STYLES)]
                n += 1
                build_rows(st_obj, k, si, style, rows)
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
            "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
