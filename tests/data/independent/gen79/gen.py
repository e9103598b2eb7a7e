#!/usr/bin/env python3
"""Held-out eval set generator: crafts, sewing and knitting word problems
with model-like worked solutions (correct / slip / carry / loop variants).
Standard library only; output is deterministic."""
import argparse
import json
import math
import random
from fractions import Fraction as F

import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from structs import S as STRUCTS

VOICES = [
    lambda t: t,
    lambda t: "Can you help me work this out? " + t + " Please show the steps.",
    lambda t: t + " Explain your reasoning step by step.",
]
NSETS = 4


class Invalid(Exception):
    pass


# ---------------------------------------------------------------- numbers
def rhu(v, dp):
    """round half up (v >= 0 expected, negative handled symmetrically)."""
    s = 10 ** dp
    if v < 0:
        return -rhu(-v, dp)
    return F(math.floor(v * s + F(1, 2)), s)


def terminating(v, maxdp=3):
    return (v * 10 ** maxdp).denominator == 1


def dp_of(v):
    for d in range(0, 7):
        if (v * 10 ** d).denominator == 1:
            return d
    return None


def settle(v, rk):
    """returns (shown_value, approx_flag) for a true result v of kind rk"""
    if rk == "int":
        if v.denominator != 1:
            raise Invalid("non-int")
        return v, False
    if rk == "money":
        r = rhu(v, 2)
        return r, r != v
    if rk == "dec":
        if terminating(v, 3):
            return v, False
        r = rhu(v, 2)
        return r, True
    if rk == "frac":
        d = v.denominator
        if d & (d - 1) or d > 64:
            raise Invalid("bad frac")
        return v, False
    raise ValueError(rk)


def compute(op, args):
    vals = [a[0] for a in args]
    if op == "add":
        return sum(vals, F(0))
    if op == "sub":
        r = vals[0]
        for x in vals[1:]:
            r -= x
        return r
    if op == "mul":
        r = F(1)
        for x in vals:
            r *= x
        return r
    if op == "div":
        if vals[1] == 0:
            raise Invalid("div0")
        return vals[0] / vals[1]
    if op == "pct":
        return vals[0] / 100 * vals[1]
    if op == "kmulsum":
        return vals[0] * (vals[1] + vals[2])
    raise ValueError(op)


# ---------------------------------------------------------------- solver
class Solver:
    def __init__(self, mode=None, fault=None, wrong=None):
        self.steps = []
        self.mode = mode
        self.fault = fault
        self.wrong = wrong

    def op(self, op, args, rk, label, unit="", faultable=True):
        args = [a if len(a) == 3 else (a[0], a[1], "") for a in args]
        args = [(F(a[0]), a[1], a[2]) for a in args]
        true = compute(op, args)
        shown, approx = settle(true, rk)
        idx = len(self.steps)
        disp, carry = shown, shown
        if idx == self.fault:
            disp = self.wrong
            if self.mode == "carry":
                carry = self.wrong
        self.steps.append(dict(t="arith", op=op, args=args, rk=rk, label=label,
                               unit=unit, res=disp, true=shown, exact=true,
                               approx=approx, faultable=faultable))
        return carry

    def ceil(self, x, xk, label, unit=""):
        n = F(math.ceil(x))
        if n <= 0:
            raise Invalid("ceil<=0")
        self.steps.append(dict(t="ceil", x=x, xk=xk, n=n, label=label, unit=unit,
                               faultable=False))
        return n

    def floor(self, x, xk, label, unit=""):
        n = F(math.floor(x))
        if n <= 0:
            raise Invalid("floor<=0")
        self.steps.append(dict(t="floor", x=x, xk=xk, n=n, label=label, unit=unit,
                               faultable=False))
        return n

    def divmod(self, a, b, label, unit=""):
        if a.denominator != 1 or b.denominator != 1 or a <= 0:
            raise Invalid("divmod")
        q, r = divmod(int(a), int(b))
        self.steps.append(dict(t="divmod", a=a, b=b, q=F(q), r=F(r), label=label,
                               unit=unit, faultable=False))
        return F(q), F(r)

    def note(self, text):
        self.steps.append(dict(t="note", text=text, faultable=False))


# ---------------------------------------------------------------- formatting
LATEX = {"latex_inline", "latex_display"}


def fnum(v, dp=None, sep=True):
    neg = v < 0
    v = abs(v)
    if dp is None:
        dp = dp_of(v)
        if dp is None:
            raise Invalid("nonterm")
    s = f"{float(v):,.{dp}f}" if sep else f"{float(v):.{dp}f}"
    # guard float formatting against exactness issues
    ip = v.numerator // v.denominator
    frac = v - ip
    fd = rhu(frac, dp) if dp else F(0)
    if fd >= 1:
        ip += 1
        fd -= 1
    body = f"{ip:,}" if sep else str(ip)
    if dp:
        body += "." + str(int(fd * 10 ** dp)).rjust(dp, "0")
    return ("-" if neg else "") + body


def fmtv(v, kind, sty, cur="$"):
    sep = sty.get("sep", True)
    if kind == "int":
        return fnum(v, 0, sep)
    if kind == "dec":
        return fnum(v, None, sep)
    if kind == "money":
        neg = v < 0
        av = abs(v)
        if av.denominator == 1 and sty.get("money_int"):
            body = fnum(av, 0, sep)
        else:
            body = fnum(av, 2, sep)
        c = cur
        if sty["name"] in LATEX and cur == "$":
            c = "\\$"
        return ("-" if neg else "") + c + body
    if kind == "frac":
        neg = v < 0
        av = abs(v)
        w = av.numerator // av.denominator
        fr = av - w
        if fr == 0:
            s = str(w)
        elif sty["name"] in LATEX:
            s = (str(w) if w else "") + "\\frac{%d}{%d}" % (fr.numerator, fr.denominator)
        else:
            s = (f"{w} " if w else "") + f"{fr.numerator}/{fr.denominator}"
        return ("-" if neg else "") + s
    if kind == "pct":
        return fnum(v, None, sep) + ("\\%" if sty["name"] in LATEX else "%")
    raise ValueError(kind)


def final_str(v):
    if v.denominator == 1:
        return str(v.numerator)
    d = dp_of(v)
    s = f"{float(v):.{d}f}"
    return s


def sym(sty, op):
    return sty["ops"][op]


def expr(step, sty, cur):
    a = step["args"]
    units = sty.get("arg_units", False)

    def f(x):
        s = fmtv(x[0], x[1], sty, cur)
        if units and x[2]:
            s += ("\\text{ %s}" % x[2]) if sty["name"] in LATEX else " " + x[2]
        return s
    op = step["op"]
    if op == "add":
        return f" {sym(sty, 'add')} ".join(f(x) for x in a)
    if op == "sub":
        return f" {sym(sty, 'sub')} ".join(f(x) for x in a)
    if op == "mul":
        return f" {sym(sty, 'mul')} ".join(f(x) for x in a)
    if op == "div":
        return f" {sym(sty, 'div')} ".join(f(x) for x in a)
    if op == "kmulsum":
        return f"{f(a[0])} {sym(sty, 'mul')} ({f(a[1])} {sym(sty, 'add')} {f(a[2])})"
    if op == "pct":
        p = fmtv(a[0][0], "pct", sty, cur)
        if sty.get("pct_dec"):
            dec = fnum(a[0][0] / 100, None, False)
            if "." in dec and len(dec.split(".")[1]) == 1:
                dec += "0"
            return f"{f(a[1])} {sym(sty, 'mul')} {dec}"
        return f"{p} of {f(a[1])}"
    raise ValueError(op)


def result(step, sty, cur):
    eq = "\\approx" if (step["approx"] and sty["name"] in LATEX) else ("≈" if step["approx"] else sym(sty, "eq"))
    if step["approx"] and step["rk"] == "dec":
        r = fnum(step["res"], 2, sty.get("sep", True))
    else:
        r = fmtv(step["res"], step["rk"], sty, cur)
    return eq, r


# ---------------------------------------------------------------- styles
def _ops(mul, div, sub="−", add="+", eq="="):
    return dict(mul=mul, div=div, sub=sub, add=add, eq=eq)


STYLES = [
    dict(name="md_steps", ops=_ops("×", "÷"), arg_units=True),
    dict(name="bold_labels", ops=_ops("×", "÷"), money_int=False),
    dict(name="bullets", ops=_ops("×", "÷", "-"), arg_units=True, money_int=True),
    dict(name="prose", ops=_ops("×", "÷"), pct_dec=False),
    dict(name="latex_inline", ops=_ops("\\times", "\\div", "-"), pct_dec=True),
    dict(name="latex_display", ops=_ops("\\times", "\\div", "-"), arg_units=True, pct_dec=True),
    dict(name="table", ops=_ops("×", "÷"), money_int=True),
    dict(name="terse", ops=_ops("*", "/", "-"), sep=False, pct_dec=True),
    dict(name="tutor", ops=_ops("times", "divided by", "minus", "plus", "is")),
    dict(name="numbered", ops=_ops("x", "/", "-"), arg_units=True, pct_dec=True),
    dict(name="label_eq", ops=_ops("·", "÷"), money_int=True),
]
SAMPLE_STYLE = {s["name"]: s for s in STYLES}

CONN_PROSE = ["First,", "Next,", "Then", "After that,", "Now", "So", "Then", "Next,"]
CONN_TUTOR = ["Let's start here:", "Now for the next piece:", "Next up:", "Then,",
              "Here's where it comes together:", "One more step:", "And then"]


def lc(s):
    w = s.split(" ", 1)[0]
    if w in ("She", "The", "Her", "It"):
        return s[0].lower() + s[1:]
    return s


def cap(s):
    return s[:1].upper() + s[1:]


def fmt_x(st, sty, cur):
    return fmtv(st["x"], st["xk"], sty, cur)


def step_lines(st, i, sty, cur, rng, pos):
    """returns list of (text, is_result_line)"""
    n = sty["name"]
    t = st["t"]
    if t == "note":
        txt = st["text"]
        if n == "terse":
            return [("(" + txt.rstrip(".") + ")", False)]
        if n == "bullets":
            return [("- " + txt, False)]
        if n == "md_steps":
            return [(txt, False), ("", False)]
        return [(txt, False)]
    u = st.get("unit", "")
    rv = st.get("res", st.get("n"))
    if rv is not None and rv == 1 and u.endswith("s"):
        u = u[:-1]
    us = (" " + u) if u else ""
    lab = st["label"]
    if t == "arith":
        e = expr(st, sty, cur)
        eq, r = result(st, sty, cur)
        if n == "md_steps":
            return [(f"### Step {i}: {cap(lab)}", False), ("", False), (f"{e} {eq} {r}{us}", True), ("", False)]
        if n == "bold_labels":
            return [(f"**{cap(lab)}:** {e} {eq} **{r}{us}**", True)]
        if n == "bullets":
            return [(f"- {cap(lab)}: {e} {eq} {r}{us}", True)]
        if n == "prose":
            c = CONN_PROSE[pos % len(CONN_PROSE)] if pos < 7 else "Finally,"
            form = rng.randrange(3)
            if form == 0:
                s = f"{c} the {lab} is {e} {eq} {r}{us}."
            elif form == 1:
                s = f"{c} we get the {lab}: {e} {eq} {r}{us}."
            else:
                s = f"{c} {e} {eq} {r}{us}, which is the {lab}."
            return [(s, True)]
        if n == "latex_inline":
            ut = ("\\text{ %s}" % u) if u else ""
            return [(f"{cap(lab)}: \\( {e} {eq} {r}{ut} \\)", True)]
        if n == "latex_display":
            ut = ("\\text{ %s}" % u) if u else ""
            return [(f"{cap(lab)}:", False), ("\\[", False), (f"{e} {eq} {r}{ut}", True), ("\\]", False)]
        if n == "table":
            return [(f"| {i} | {cap(lab)} | {e} | {'≈ ' if eq == '≈' else ''}{r}{us} |", True)]
        if n == "terse":
            return [(f"{e} {eq} {r}", True)]
        if n == "tutor":
            c = CONN_TUTOR[pos % len(CONN_TUTOR)]
            eqw = eq if eq == "≈" else rng.choice(["is", "gives us", "equals", "is"])
            if eq == "≈":
                eqw = "is about"
                # use symbol form for approximations so the rounding is explicit
                return [(f"{c} the {lab} is {e} ≈ {r}{us}.", True)]
            return [(f"{c} the {lab}: {e} {eqw} {r}{us}.", True)]
        if n == "numbered":
            return [(f"{i}. {cap(lab)}: {e} {eq} {r}{us}", True)]
        if n == "label_eq":
            return [(f"{cap(lab)} = {e} {eq} {r}{us}", True)]
    if t in ("ceil", "floor"):
        x = fmt_x(st, sty, cur)
        nn = fmtv(st["n"], "int", sty, cur)
        up = t == "ceil"
        whole = st["x"].denominator == 1
        if n in LATEX:
            ut = ("\\text{ %s}" % u) if u else ""
            if whole:
                return [(f"{cap(lab)}: \\( {x} \\) is already a whole number, so {nn}{us}.", True)]
            b = ("\\lceil", "\\rceil") if up else ("\\lfloor", "\\rfloor")
            line = f"\\( {b[0]} {x} {b[1]} = {nn} \\){ut}" if n == "latex_inline" else f"{b[0]} {x} {b[1]} = {nn}{ut}"
            if n == "latex_display":
                return [(f"{cap(lab)} (round {'up' if up else 'down'}):", False), ("\\[", False), (line, True), ("\\]", False)]
            return [(f"{cap(lab)} (round {'up' if up else 'down'}): {line}", True)]
        if whole:
            s = f"{x} is already a whole number, so that's exactly {nn}{us}."
        elif up:
            s = rng.choice([
                f"{x} → round up to {nn}{us}",
                f"You can't buy a partial amount, so round {x} up to {nn}{us}.",
                f"That's {x}, so round up to {nn}{us}.",
                f"Rounding {x} up gives {nn}{us}.",
            ])
        else:
            s = rng.choice([
                f"{x} → only {nn} full{us}",
                f"Only whole pieces count, so round {x} down to {nn}{us}.",
                f"That's {x}, so round down to {nn}{us}.",
            ])
        if n == "md_steps":
            return [(f"### Step {i}: {cap(lab)}", False), ("", False), (s, True), ("", False)]
        if n == "bold_labels":
            return [(f"**{cap(lab)}:** {s}", True)]
        if n == "bullets":
            return [(f"- {cap(lab)}: {s}", True)]
        if n == "table":
            arrow = "round up" if up else "round down"
            return [(f"| {i} | {cap(lab)} | {x}, {arrow} | {nn}{us} |", True)]
        if n == "terse":
            return [(f"{x} -> {nn}{us}", True)]
        if n == "numbered":
            return [(f"{i}. {cap(lab)}: {s}", True)]
        if n == "label_eq":
            return [(f"{cap(lab)}: {s}", True)]
        return [(s, True)]
    if t == "divmod":
        a = fmtv(st["a"], "int", sty, cur)
        b = fmtv(st["b"], "int", sty, cur)
        q = fmtv(st["q"], "int", sty, cur)
        r = fmtv(st["r"], "int", sty, cur)
        dv = sym(sty, "div")
        if st["r"] == 0:
            core = f"{a} {dv} {b} = {q}" if n != "tutor" else f"{a} divided by {b} is exactly {q}"
        elif n == "tutor":
            core = f"{a} divided by {b} is {q} with {r} left over"
        elif n == "terse":
            core = f"{a}/{b} = {q} R{r}"
        else:
            core = f"{a} {dv} {b} = {q} remainder {r}"
        if n in LATEX:
            core = f"\\( {a} {dv} {b} = {q} \\) remainder {r}" if st["r"] else f"\\( {a} {dv} {b} = {q} \\)"
        if n == "md_steps":
            return [(f"### Step {i}: {cap(lab)}", False), ("", False), (core, True), ("", False)]
        if n == "bold_labels":
            return [(f"**{cap(lab)}:** {core}", True)]
        if n == "bullets":
            return [(f"- {cap(lab)}: {core}", True)]
        if n == "table":
            return [(f"| {i} | {cap(lab)} | {a} {dv} {b} | {q} R{r} |", True)]
        if n == "numbered":
            return [(f"{i}. {cap(lab)}: {core}", True)]
        if n == "label_eq":
            return [(f"{cap(lab)}: {core}", True)]
        if n == "tutor":
            return [(f"Now, {core}.", True)]
        if n == "prose":
            return [(f"Dividing, {core}.", True)]
        return [(core, True)]
    raise ValueError(t)


INTROS = {
    "md_steps": ["Let's solve this step by step.", "Let's break this down step by step."],
    "bold_labels": ["Let me work through this.", "I'll work through this one piece at a time."],
    "bullets": ["Here's the breakdown:", "Here's how to work it out:"],
    "prose": ["Let's think about this carefully.", "We can work this out in a few steps."],
    "latex_inline": ["We compute each quantity in turn.", "Let's set up the calculation."],
    "latex_display": ["To solve this, we'll go step by step.", "Let's solve this systematically."],
    "table": ["Here is the calculation laid out in a table:", "Let's organize the work in a table."],
    "terse": [None],
    "tutor": ["Great question! Let's figure this out together. 🧵", "Ooh, fun project! Let's work it out together."],
    "numbered": ["Solution:", "Step-by-step solution:"],
    "label_eq": ["Let me calculate this.", "Let me set this up."],
}


def check_line(steps, fault, sty, cur):
    """inverse check of the last two-argument multiplication, if exact."""
    cand = None
    for k, st in enumerate(steps):
        if st["t"] == "arith" and st["op"] == "mul" and len(st["args"]) == 2 and not st["approx"]:
            cand = (k, st)
    if cand is None or cand[0] == fault:
        return None
    k, st = cand
    a, b = st["args"]
    if b[0] == 0:
        return None
    q = st["res"] / b[0]
    if q != a[0]:
        return None
    d = sym(sty, "div") if sty["name"] != "tutor" else "÷"
    rs = fmtv(st["res"], st["rk"], sty, cur)
    bs = fmtv(b[0], b[1], sty, cur)
    qs = fmtv(q, a[1], sty, cur)
    return f"Check: {rs} {d} {bs} = {qs} ✓"


def render(sty, steps, fault, cur, answer, fin, rng, with_final=True):
    lines = []  # (text, step_index or None)
    intro = rng.choice(INTROS[sty["name"]])
    n = sty["name"]
    if intro:
        lines.append((intro, None))
        lines.append(("", None))
    if n == "table":
        lines.append(("| Step | What | Calculation | Result |", None))
        lines.append(("|---|---|---|---|", None))
        # notes go before table
        notes = [st for st in steps if st["t"] == "note"]
        if notes:
            lines = [(intro, None), ("", None)] + [(st["text"], None) for st in notes] + [("", None)] + lines[2:]
    i = 0
    pos = 0
    for k, st in enumerate(steps):
        if n == "table" and st["t"] == "note":
            continue
        if st["t"] != "note":
            i += 1
        for txt, isres in step_lines(st, i, sty, cur, rng, pos):
            lines.append((txt, k if isres else None))
        if st["t"] != "note":
            pos += 1
    if n == "prose" or n == "tutor":
        # join consecutive prose sentences into paragraphs
        pass
    lines.append(("", None))
    if n in ("bold_labels", "tutor", "label_eq", "md_steps"):
        c = check_line(steps, fault, sty, cur)
        if c:
            lines.append((c, None))
            lines.append(("", None))
    if with_final:
        if n == "md_steps":
            lines.append((f"**Final answer:** {answer}", None))
        elif n == "bold_labels":
            lines.append((f"**Answer:** {answer}", None))
        elif n == "terse":
            lines.append((f"Answer: {fin}", None))
        elif n == "tutor":
            lines.append((f"So {lc(answer)} Happy crafting!", None))
        elif n in LATEX:
            lines.append((f"Therefore, {lc(answer)}", None))
        else:
            lines.append((answer, None))
        lines.append(("", None))
        lines.append((f"#### {fin}", None))
    return lines


def join(lines):
    text = ""
    offs = []
    for txt, k in lines:
        offs.append((len(text), len(text) + len(txt), k))
        text += txt + "\n"
    return text.rstrip("\n"), offs


# ---------------------------------------------------------------- faults
def digit_mutations(s):
    """s: plain numeric string (may contain '.', no sign/commas). yields (kind, new)"""
    out = []
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    for a, b in zip(digs, digs[1:]):
        if b == a + 1 and s[a] != s[b]:
            out.append(("swap", s[:a] + s[b] + s[a] + s[b + 1:]))
    ip = s.split(".")[0]
    if len(ip) >= 2:
        for j in range(len(ip)):
            t = ip[:j] + ip[j + 1:]
            if not t.startswith("0"):
                out.append(("drop_digit", t + s[len(ip):]))
        for j in range(len(ip)):
            out.append(("double_digit", ip[:j] + ip[j] + ip[j:] + s[len(ip):]))
    return out


def wrong_candidates(st):
    """list of (kind, wrong Fraction) realistic slips for an arith step"""
    v = st["true"]
    rk = st["rk"]
    out = []
    if rk == "frac":
        d = v.denominator if v.denominator > 1 else 8
        out += [("off_by_one", v + 1), ("off_by_one", v - 1),
                ("fraction_part", v + F(1, d)), ("fraction_part", v - F(1, d)),
                ("fraction_part", v + F(2, d))]
    else:
        unitstep = F(1)
        out += [("off_by_one", v + unitstep), ("off_by_one", v - unitstep),
                ("off_by_ten", v + 10), ("off_by_ten", v - 10)]
        if rk in ("money", "dec") and v.denominator != 1:
            out += [("last_digit", v + F(1, 10 ** dp_of(v))), ("last_digit", v - F(1, 10 ** dp_of(v)))]
        if rk in ("money", "dec"):
            out += [("decimal_point", v * 10), ("decimal_point", v / 10)]
        dp = dp_of(abs(v)) if rk != "money" else 2
        if rk == "money" and v.denominator == 1:
            dp = 0
        s = fnum(abs(v), dp, False)
        for kind, ns in digit_mutations(s):
            try:
                nv = F(ns)
            except ValueError:
                continue
            out.append((kind, nv if v >= 0 else -nv))
        if v < 0:
            out.append(("sign_dropped", -v))
    # wrong operation
    if st["op"] in ("add", "sub", "mul", "div") and len(st["args"]) == 2:
        a, b = st["args"][0][0], st["args"][1][0]
        alt = {"add": [a * b, a - b], "sub": [a + b], "mul": [a + b], "div": [a * b, a - b]}[st["op"]]
        for w in alt:
            out.append(("wrong_operation", w))
    return out


def valid_wrong(st, w):
    rk = st["rk"]
    if w == st["true"] or w == st["exact"]:
        return False
    if rk == "int" and w.denominator != 1:
        return False
    if w <= 0 and st["true"] > 0:
        return False
    if rk == "money" and (w * 100).denominator != 1:
        return False
    if rk == "dec" and not terminating(w, 3):
        return False
    if rk == "frac":
        d = w.denominator
        if d & (d - 1) or d > 64:
            return False
    if st["approx"] or w.denominator != 1 or rk in ("money", "dec"):
        dp = 2
        if abs(w - st["exact"]) <= F(1, 2 * 10 ** dp):
            return False
    # keep magnitude realistic
    if st["true"] != 0 and abs(w) > 20 * abs(st["true"]) + 20:
        return False
    return True


# ---------------------------------------------------------------- assembly
SIGN_RULE = {"fair_profit": 1, "fair_loss": -1}


def solve_run(st, p, mode=None, fault=None, wrong=None):
    s = Solver(mode, fault, wrong)
    fin = st["solve"](s, p)
    return s.steps, F(fin)


def fmt_final(v, fk, sty, cur):
    if fk == "frac":
        base = fmtv(v, "frac", dict(name="plain", sep=True), cur)
        if v.denominator != 1:
            return f"{base} (= {final_str(v)})"
        return base
    return fmtv(v, fk, dict(name="plain", sep=True), cur)


def step_number(steps, k):
    return sum(1 for st in steps[:k + 1] if st["t"] != "note")


def build_problem(st, tidx, voice, k, style_idx):
    tname = f"{st['name']}-t{tidx}-v{voice}"
    attempt = 0
    while True:
        rng = random.Random(f"crafts79|{tname}|{k}|{attempt}")
        p = st["gen"](rng)
        try:
            steps, fin = solve_run(st, p)
        except Invalid:
            attempt += 1
            continue
        sr = SIGN_RULE.get(st["name"])
        if sr and (fin * sr <= 0):
            attempt += 1
            continue
        fstr = final_str(fin)
        if len(fstr.split(".")[-1]) > 3 and "." in fstr:
            attempt += 1
            continue
        cands = [i for i, x in enumerate(steps) if x["faultable"]]
        # find a slip and a carry fault
        order = cands[:]
        rng.shuffle(order)
        slip = carry = None
        for idx in order:
            wc = [w for w in wrong_candidates(steps[idx]) if valid_wrong(steps[idx], w[1])]
            rng.shuffle(wc)
            for kind, w in wc:
                if slip is None:
                    slip = (idx, kind, w)
                    continue
                if carry is None and idx != slip[0] or (carry is None and len(order) == 1):
                    try:
                        csteps, cfin = solve_run(st, p, "carry", idx, w)
                    except Invalid:
                        continue
                    if cfin == fin or (cfin <= 0 < fin):
                        continue
                    if not final_str(cfin) or ("." in final_str(cfin) and len(final_str(cfin).split(".")[1]) > 3):
                        continue
                    carry = (idx, kind, w, csteps, cfin)
                    break
            if slip and carry:
                break
        if slip is None or carry is None:
            attempt += 1
            continue
        break
    cur = p.get("cur", "$")
    sty = STYLES[style_idx % len(STYLES)]
    text_q = VOICES[voice](st["texts"][tidx](p))
    return dict(tname=tname, p=p, steps=steps, fin=fin, slip=slip, carry=carry, cur=cur, sty=sty,
                problem=text_q, rng=rng)


def make_rows(st, prob, pid):
    sty, cur, steps, fin = prob["sty"], prob["cur"], prob["steps"], prob["fin"]
    fk = st["fk"]
    base = dict(pid=pid, template=prob["tname"], style=sty["name"], problem=prob["problem"])
    rows = []
    seed = f"render|{pid}"

    def answer_for(v):
        return st["answer"](prob["p"], fmt_final(v, fk, sty, cur))

    # correct
    lines = render(sty, steps, None, cur, answer_for(fin), final_str(fin), random.Random(seed))
    text, offs = join(lines)
    rows.append(dict(base, variant="correct", solution=text, final=final_str(fin)))
    # slip
    idx, kind, w = prob["slip"]
    ssteps, sfin = solve_run(st, prob["p"], "slip", idx, w)
    assert sfin == fin
    lines = render(sty, ssteps, idx, cur, answer_for(fin), final_str(fin), random.Random(seed))
    text, offs = join(lines)
    sp = [o for o in offs if o[2] == idx]
    assert len(sp) == 1
    rows.append(dict(base, variant="slip", solution=text, final=final_str(fin), span=[sp[0][0], sp[0][1]],
                     wrong=result(ssteps[idx], sty, cur)[1], right=result(steps[idx], sty, cur)[1],
                     step=step_number(steps, idx), kind=kind))
    # carry
    cidx, ckind, cw, csteps, cfin = prob["carry"]
    lines = render(sty, csteps, cidx, cur, answer_for(cfin), final_str(cfin), random.Random(seed))
    text, offs = join(lines)
    sp = [o for o in offs if o[2] == cidx]
    assert len(sp) == 1
    rows.append(dict(base, variant="carry", solution=text, final=final_str(fin), span=[sp[0][0], sp[0][1]],
                     wrong=result(csteps[cidx], sty, cur)[1], right=result(steps[cidx], sty, cur)[1],
                     step=step_number(steps, cidx), kind=ckind))
    # loop
    lrng = random.Random(f"loop|{pid}")
    lines = render(sty, steps, None, cur, answer_for(fin), final_str(fin), random.Random(seed), with_final=False)
    txts = [t for t, _ in lines]
    resl = [j for j, (t, kk) in enumerate(lines) if kk is not None]
    # the repeated unit starts at a result line after the first one (or the first if only one)
    j = lrng.choice(resl[1:] if len(resl) > 1 else resl)
    L = lrng.choice([1, 1, 2, 3])
    if sty["name"] in ("md_steps", "latex_display"):
        # repeat the whole step block (heading/label .. result)
        j0 = j - 2
        unit_lines = txts[j0:j + 1] if L > 1 else [txts[j]]
        j = j0 if L > 1 else j
    else:
        unit_lines = txts[j:j + L]
    unit_lines = [u for u in unit_lines] or [txts[j]]
    while unit_lines and unit_lines[-1] == "" and len(unit_lines) > 1:
        unit_lines.pop()
    pre = "".join(t + "\n" for t in txts[:j])
    unit = "".join(t + "\n" for t in unit_lines)
    reps = lrng.randint(8, 30)
    text = pre + unit * reps
    if lrng.random() < 0.5:
        lim = len(unit.split("\n")[0])
        for mark in ("=", "≈", " is ", " gives", " equals", "→", "->", "\\approx"):
            q = unit.find(mark)
            if 0 <= q < lim:
                lim = q
        if unit.startswith("|"):
            lim = min(lim, unit.find("|", unit.find("|", 1) + 1))
        if lim > 6:
            cut = lrng.randint(4, lim - 1)
            text += unit[:cut]
    s0 = len(pre) + len(unit)
    rows.append(dict(base, variant="loop", solution=text, final=final_str(fin), span=[s0, s0 + len(unit)],
                     repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    out = []
    pi = 0
    for st in STRUCTS:
        for tidx in range(len(st["texts"])):
            for voice in range(len(VOICES)):
                for k in range(NSETS):
                    prob = build_problem(st, tidx, voice, k, pi)
                    pid = f"{st['name']}-{tidx * len(VOICES) + voice}-{k}"
                    out.extend(make_rows(st, prob, pid))
                    pi += 1
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final",
            "span", "wrong", "right", "step", "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            o = {k: r[k] for k in keys if k in r}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
