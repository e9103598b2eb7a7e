#!/usr/bin/env python3
"""Generate set.jsonl (and meta.jsonl) beside this file, or in the folder given as the first argument
(tests/data/independent/set3.jsonl is its set.jsonl): GSM-style problems with LLM-like worked
solutions (correct) plus corrupted variants (slip / carry / loop).

Deterministic: fixed SEED, python3 random.Random, exact Fractions.
Usage:  python3 gen.py            (writes set.jsonl and meta.jsonl)
"""
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from templates import TEMPLATES  # noqa: E402

SEED = 20240611
_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(_DIR, "set.jsonl")
META = os.path.join(_DIR, "meta.jsonl")
LOOP_REPEATS = 12

# measurement units that may be written next to operands
MEAS = {"$", "km/h", "km", "hours", "minutes", "mph", "miles", "m", "cm", "kg", "g", "ft",
        "feet", "inches", "cups", "liters", "quarts", "years", "days"}

STYLES = ["breakdown_bullets", "numbered_bold", "compact_paragraph", "latex_display",
          "latex_inline_steps", "worded_prose", "llama_headers", "markdown_sections",
          "socratic_qa", "first_person", "equation_lines", "terse_steps"]


# ------------------------------------------------------------------ numbers
def places(v):
    v = F(v)
    p = 0
    while (v * 10 ** p).denominator != 1:
        p += 1
        if p > 8:
            return None
    return p


def dec(v, min_places=0, sep=""):
    v = F(v)
    p = places(v)
    assert p is not None, v
    p = max(p, min_places)
    n = int(v * 10 ** p)
    neg = n < 0
    s = str(abs(n)).rjust(p + 1, "0")
    ip, fp = s[:len(s) - p], s[len(s) - p:]
    if sep and len(ip) > 3:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:])
            ip = ip[:-3]
        g.insert(0, ip)
        ip = sep.join(g)
    return ("-" if neg else "") + ip + ("." + fp if p else "")


def round2(v):
    return F(math.floor(F(v) * 100 + F(1, 2)), 100)


def plain_final(v):
    return dec(v)


# ------------------------------------------------------------------ expressions
def is_leaf(n):
    return isinstance(n, (str, int, F))


def ev(node, env):
    if isinstance(node, str):
        return env[node]
    if isinstance(node, (int, F)):
        return F(node)
    op = node[0]
    a = [ev(x, env) for x in node[1:]]
    if op == "+":
        return a[0] + a[1]
    if op == "-":
        return a[0] - a[1]
    if op == "*":
        return a[0] * a[1]
    if op == "/":
        return a[0] / a[1]
    if op == "sum":
        return sum(a, F(0))
    if op == "prod":
        r = F(1)
        for x in a:
            r *= x
        return r
    if op == "pct":
        return a[0] / 100 * a[1]
    if op == "frac":
        return a[0] / a[1] * a[2]
    if op == "half":
        return a[0] / 2
    if op == "twice":
        return 2 * a[0]
    if op == "round":
        return round2(a[0])
    raise ValueError(op)


def refs(node):
    if isinstance(node, str):
        return {node}
    if isinstance(node, tuple):
        s = set()
        for x in node[1:]:
            s |= refs(x)
        return s
    return set()


# ------------------------------------------------------------------ rendering context
class R:
    """Renders expressions / values for one solution in one notation."""

    def __init__(self, tpl, given, steps, fl, env, stated):
        self.tpl, self.given, self.steps, self.fl = tpl, given, steps, fl
        self.env, self.stated = env, stated
        self.units = dict(tpl["units"])
        for st in steps:
            self.units[st[0]] = st[2]
        self.nt = "uni"

    # values -----------------------------------------------------------
    def num(self, v, money=False):
        sep = ""
        if self.fl["th"]:
            sep = self.fl["lth"] if self.nt == "latex" else ","
        mp = 2 if (money and (F(v).denominator != 1 or self.fl["cents"])) else 0
        return dec(v, mp, sep)

    def fv(self, v, u, show=True):
        money = u == "$"
        if F(v) == 1:
            u = singular(u)
        s = self.num(v, money)
        if not show or not u:
            return s
        lat = self.nt == "latex"
        if money:
            return ("\\$" if lat else "$") + s
        if u == "%":
            return s + ("\\%" if lat else "%")
        if lat:
            return s + "\\text{ " + u + "}"
        return s + " " + u

    def prose(self, v, u):
        old = self.nt
        self.nt = "uni"
        s = self.fv(v, u, True)
        self.nt = old
        return s

    # symbols -----------------------------------------------------------
    def times(self):
        if self.nt == "latex":
            return "\\cdot" if self.fl["cdot"] else "\\times"
        if self.nt == "ascii":
            return self.fl["atimes"]
        return "×"

    def div(self):
        if self.nt == "latex":
            return "\\div"
        if self.nt == "ascii":
            return "/"
        return self.fl["div"]

    def minus(self):
        if self.nt in ("latex", "ascii"):
            return "-"
        return self.fl["minus"]

    # expressions -------------------------------------------------------
    def leaf(self, node):
        if isinstance(node, str):
            v = self.env[node]
            u = self.units.get(node, "")
            show = self.fl["opu"] and u in MEAS
            return self.fv(v, u, show) if show else self.num(v, u == "$")
        return self.num(F(node))

    def compound(self, node):
        if is_leaf(node) or node[0] == "round":
            return False
        if node[0] == "/" and self.nt == "latex" and self.fl["lfrac"]:
            return False
        if node[0] == "half" and self.nt == "latex" and self.fl["lfrac"]:
            return False
        return True

    def sub(self, node):
        s = self.rx(node)
        return "(" + s + ")" if self.compound(node) else s

    def rx(self, node):
        if is_leaf(node):
            return self.leaf(node)
        op = node[0]
        t = self.times()
        lat = self.nt == "latex"
        if op == "round":
            return self.rx(node[1])
        if op in ("+", "-", "*"):
            sym = {"+": "+", "-": self.minus(), "*": t}[op]
            return f"{self.sub(node[1])} {sym} {self.sub(node[2])}"
        if op == "/":
            if lat and self.fl["lfrac"]:
                return "\\frac{%s}{%s}" % (self.rx(node[1]), self.rx(node[2]))
            return f"{self.sub(node[1])} {self.div()} {self.sub(node[2])}"
        if op == "sum":
            return " + ".join(self.sub(x) for x in node[1:])
        if op == "prod":
            return f" {t} ".join(self.sub(x) for x in node[1:])
        if op == "pct":
            p = ev(node[1], self.env)
            X = self.sub(node[2])
            if self.fl["pct"] == "dec":
                return f"{dec(p / 100)} {t} {X}"
            if lat:
                return "\\frac{%s}{100} %s %s" % (dec(p), t, X)
            return f"({dec(p)}/100) {t} {X}"
        if op == "frac":
            a, b = self.leaf(node[1]), self.leaf(node[2])
            X = self.sub(node[3])
            if self.fl["frac"] == "divmul":
                return f"({X} {self.div()} {b}) {t} {a}"
            if lat:
                return "\\frac{%s}{%s} %s %s" % (a, b, t, X)
            return f"{a}/{b} {t} {X}"
        if op == "half":
            if lat and self.fl["lfrac"]:
                return "\\frac{%s}{2}" % self.rx(node[1])
            return f"{self.sub(node[1])} {self.div()} 2"
        if op == "twice":
            return f"2 {t} {self.sub(node[1])}"
        raise ValueError(op)

    def reduced(self, node):
        """Replace compound children by their values (one reduction step)."""
        if is_leaf(node) or node[0] in ("round",):
            return None
        kids = node[1:]
        if node[0] == "frac":
            kids = node[3:]
        if not any(not is_leaf(k) for k in kids):
            return None
        new = [node[0]]
        for i, k in enumerate(node[1:]):
            if not is_leaf(k) and not (node[0] == "frac" and i < 2):
                v = ev(k, self.env)
                if places(v) is None or places(v) > 4:
                    return None
                new.append(v)
            else:
                new.append(k)
        return tuple(new)

    # one computation: returns the string "lhs = ... = rhs" -------------
    def comp(self, i, wseed=0, worded=False):
        st = self.steps[i]
        node = st[1]
        u = st[2]
        val = self.stated[st[0]]
        rel = "="
        if node[0] == "round":
            exact = ev(node[1], self.env)
            if round2(exact) != exact:
                rel = "\\approx" if self.nt == "latex" else "≈"
            node = node[1]
        rhs = self.fv(val, u, self.fl["resu"])
        t = self.times()
        if (not worded and self.nt == "uni" and self.fl["halfword"] and rel == "="
                and ((node[0] == "half" and is_leaf(node[1]))
                     or (node[0] == "/" and is_leaf(node[1]) and node[2] == 2))):
            return f"half of {self.leaf(node[1])} is {rhs}"
        if worded and self.nt == "uni":
            w = self.worded(node, rhs, wseed)
            if w is not None and rel == "=":
                return w
        parts = []
        op = node[0]
        lat = self.nt == "latex"
        if op == "pct" and self.fl["pctchain"]:
            p = ev(node[1], self.env)
            X = self.sub(node[2])
            if lat:
                parts.append(f"{dec(p)}\\% \\text{{ of }} {X}")
            else:
                parts.append(f"{dec(p)}% of {X}")
            parts.append(f"{dec(p / 100)} {t} {X}")
        elif op == "frac" and self.fl["fracchain"] and not lat:
            a, b = self.leaf(node[1]), self.leaf(node[2])
            X = self.sub(node[3])
            parts.append(f"{a}/{b} of {X}")
            parts.append(f"({X} {self.div()} {b}) {t} {a}")
        else:
            parts.append(self.rx(node))
            if self.fl["reduce"]:
                red = self.reduced(node)
                if red is not None:
                    parts.append(self.rx(red))
        return (" = ".join(parts)) + f" {rel} " + rhs

    def worded(self, node, rhs, wseed):
        op = node[0]
        if op == "/" and is_leaf(node[1]) and node[2] == 2:
            return f"half of {self.leaf(node[1])} is {rhs}"
        if op in ("+", "-", "*", "/") and is_leaf(node[1]) and is_leaf(node[2]):
            a, b = self.leaf(node[1]), self.leaf(node[2])
            forms = {"*": ["{a} times {b} is {r}", "{a} multiplied by {b} equals {r}", "{a} times {b} gives {r}"],
                     "/": ["{a} divided by {b} equals {r}", "{a} divided by {b} is {r}"],
                     "+": ["{a} plus {b} is {r}", "{a} plus {b} equals {r}"],
                     "-": ["{a} minus {b} is {r}", "{a} minus {b} leaves {r}"]}[op]
            return forms[wseed % len(forms)].format(a=a, b=b, r=rhs)
        if (op == "half" and is_leaf(node[1])) or (op == "/" and is_leaf(node[1]) and node[2] == 2):
            return f"half of {self.leaf(node[1])} is {rhs}"
        if op == "twice" and is_leaf(node[1]):
            if wseed % 2:
                return f"double {self.leaf(node[1])} is {rhs}"
            return f"twice as many: 2 × {self.leaf(node[1])} = {rhs}"
        if op == "pct":
            p = ev(node[1], self.env)
            X = self.sub(node[2])
            return f"{dec(p)}% of {X} = {dec(p / 100)} × {X} = {rhs}"
        if op == "frac" and is_leaf(node[3]):
            return f"{self.leaf(node[1])}/{self.leaf(node[2])} of {self.leaf(node[3])} is {rhs}"
        return None


# ------------------------------------------------------------------ text helpers
LOWER_OK = {"The", "That", "This", "Each", "His", "Her", "Their", "It", "One", "Together",
            "Altogether", "Both", "All", "In", "After", "Before", "Buying", "Baking", "Reloading",
            "Fencing", "Adult", "Child", "Overtime", "Gas", "Of", "At", "Every"}


def lowfirst(s):
    w = s.split(" ", 1)[0]
    if w in LOWER_OK:
        return s[0].lower() + s[1:]
    return s


def so_tail(s):
    """text to put after 'so' / 'So,'"""
    if s.startswith("So "):
        s = s[3:]
    return lowfirst(s)


IRREG = {"inches": "inch", "feet": "foot", "boxes": "box", "glasses": "glass", "people": "person"}


def singular(u):
    if not u or u in ("$", "%", "mph", "km/h", "cm", "km", "m", "g", "kg", "ft"):
        return u
    ws = u.split(" ")
    for j, w in enumerate(ws):
        if w in IRREG:
            ws[j] = IRREG[w]
            break
        if w.endswith("s") and len(w) > 2:
            ws[j] = w[:-1]
            break
    return " ".join(ws)


def the(d):
    return d if d[:1].isupper() else "the " + d


def cap(s):
    return s[0].upper() + s[1:]


def fmt_desc(s, gstr):
    return s.format(**gstr)


VERBS = ["Calculate", "Find", "Determine", "Compute", "Work out"]
OPVERB = {"*": "multiply", "/": "divide", "+": "add", "-": "subtract", "sum": "add",
          "prod": "multiply", "pct": "take the percentage", "frac": "take the fraction",
          "half": "halve", "twice": "double", "round": "divide"}


class Out:
    def __init__(self):
        self.lines = []
        self.comp_line = {}
        self.seg = {}

    def add(self, text="", step=None, seg=None):
        self.lines.append(text)
        if step is not None:
            li = len(self.lines) - 1
            self.comp_line[step] = li
            self.seg[step] = seg if seg is not None else (0, len(text))


# ------------------------------------------------------------------ styles
def render(style, tpl, gstr, r, rng):
    """Return Out. All rng draws are value independent (same across variants)."""
    steps = tpl["steps"]
    n = len(steps)
    o = Out()
    q = fmt_desc(tpl["q"], gstr)
    w = [rng.randrange(10 ** 6) for _ in range(n)]  # per-step phrase seeds
    ws = rng.randrange(10 ** 6)                     # solution-level seed
    desc = [fmt_desc(s[3], gstr) for s in steps]
    says = []    # restatement on the same line as the computation (uses stated value)
    says_sep = []  # restatement on its own line (slip: keeps the true value)
    for s in steps:
        says.append(s[4].format(v=r.prose(r.stated[s[0]], s[2]), **gstr))
        says_sep.append(s[4].format(v=r.prose(r.env[s[0]], s[2]), **gstr))
    last = steps[-1]
    fin_val = r.stated[last[0]]
    fin_prose = r.prose(fin_val, last[2])
    fin_num = plain_final(fin_val)
    money_final = last[2] == "$"
    fin_q = fin_prose if (last[2] in MEAS or last[2] in ("$", "%", "mph")) else r.prose(fin_val, "")

    def ch(lst, seed):
        return lst[seed % len(lst)]

    if style == "breakdown_bullets":
        r.nt = "uni"
        o.add(ch(["Let's break this down step by step:", "Let's break this problem down step by step.",
                  "Let's solve this step by step:", "Let's work through this step by step:"], ws))
        o.add()
        bullet = ch(["-", "*"], ws // 7)
        for i in range(n):
            c = r.comp(i)
            k = w[i] % 4
            lab = cap(desc[i])
            if k == 0:
                o.add(f"{bullet} **{lab}:** {c}", i)
            elif k == 1:
                o.add(f"{bullet} **{lab}:** {c}. {says[i]}", i)
            elif k == 2:
                o.add(f"{bullet} {lab}: {c}", i)
            else:
                o.add(f"{bullet} **{lab}**: {c}", i)
        o.add()
        k = ws // 11 % 3
        if k == 0:
            o.add(f"**Answer:** {fin_prose}")
        elif k == 1:
            o.add(says[-1])
            o.add()
            o.add(f"**Answer:** {fin_prose}")
        else:
            o.add(f"So, {so_tail(says[-1])}")

    elif style == "numbered_bold":
        r.nt = "uni"
        o.add(ch([f"To find {q}, let's go step by step.", f"We need to find {q}.",
                  "Here's how to solve it:", f"Let's figure out {q} step by step."], ws))
        o.add()
        for i in range(n):
            c = r.comp(i)
            lab = f"{ch(VERBS, w[i])} {the(desc[i])}"
            if w[i] // 5 % 2 == 0:
                o.add(f"{i + 1}. **{lab}:**")
                o.add(f"   {c}", i)
                o.add(f"   {says_sep[i]}")
            else:
                o.add(f"{i + 1}. **{lab}:** {c}", i)
            o.add()
        o.add(ch([f"**Answer:** {fin_prose}", f"The answer is {fin_prose}.",
                  f"{says[-1]}\n\n**Answer:** {fin_prose}"], ws // 5))

    elif style == "compact_paragraph":
        r.nt = "uni"
        pieces = []
        first = ch(["First,", "To start,", "We begin by finding {td}:"], ws)
        mids = ["Then", "Next,", "After that,", "Now"]
        for i in range(n):
            c = r.comp(i)
            d = desc[i]
            if i == 0:
                if "{td}" in first:
                    sent = first.format(td=the(d)) + f" {c}."
                else:
                    sent = f"{first} {the(d)} is {c}."
            elif i == n - 1:
                sent = f"{ch(['Finally,', 'So'], w[i])} {the(d)} is {c}."
            else:
                sent = f"{ch(mids, w[i])} {the(d)} is {c}."
            pieces.append(sent)
        para = ""
        segs = []
        for sent in pieces:
            if para:
                para += " "
            segs.append((len(para), len(para) + len(sent)))
            para += sent
        para += " " + (says[-1] if ws // 3 % 2 else f"The answer is {fin_prose}.")
        o.lines.append(para)
        for i in range(n):
            o.comp_line[i] = 0
            o.seg[i] = segs[i]

    elif style == "latex_display":
        r.nt = "latex"
        o.add(ch([f"To determine {q}, we need to follow these steps:",
                  f"To find {q}, we will break the problem into smaller steps.",
                  "To solve this problem, we proceed step by step."], ws))
        o.add()
        show_say = ws // 7 % 2 == 0
        for i in range(n):
            c = r.comp(i)
            o.add(f"{i + 1}. **{ch(VERBS, w[i])} {the(desc[i])}:**")
            o.add("   \\[")
            o.add(f"   {c}", i)
            o.add("   \\]")
            if show_say:
                o.add(f"   {says_sep[i]}")
            o.add()
        box = r.num(fin_val, money_final)
        o.add(ch([f"Therefore, {q} is \\(\\boxed{{{box}}}\\).",
                  f"Thus, {q} is \\(\\boxed{{{box}}}\\).",
                  f"So, {q} is:\n\\[\n\\boxed{{{box}}}\n\\]"], ws // 3))

    elif style == "latex_inline_steps":
        r.nt = "latex"
        for i in range(n):
            c = r.comp(i)
            o.add(f"**Step {i + 1}: {cap(desc[i])}**")
            k = w[i] % 3
            if k == 0:
                o.add(f"The {desc[i]} is \\( {c} \\).", i)
            elif k == 1:
                o.add(f"We {OPVERB.get(steps[i][1][0], 'compute')}: \\( {c} \\). {says[i]}", i)
            else:
                o.add(f"\\( {c} \\)", i)
            o.add()
        box = ("\\$" if money_final else "") + r.num(fin_val, money_final)
        o.add(ch([f"**Answer:** \\( {box} \\)", f"The answer is \\( {box} \\).",
                  f"{says[-1]}\n\nFinal answer: \\( \\boxed{{{r.num(fin_val, money_final)}}} \\)"], ws))

    elif style == "worded_prose":
        r.nt = "uni"
        conns = ["Next,", "Then", "After that,"]
        for i in range(n):
            c = r.comp(i, w[i], worded=True)
            if i == 0:
                lead = ch(["First,", "To begin,", "Start with {td}:"], ws)
                lead = lead.format(td=the(desc[i]))
            elif i == n - 1:
                lead = ch(["Finally,", "Last,"], w[i])
            else:
                lead = ch(conns, w[i])
            o.add(f"{lead} {c}, so {so_tail(says[i])}", i)
            o.add()
        o.add(ch([f"The answer is {fin_prose}.", f"So the answer is {fin_prose}.",
                  f"Answer: {fin_prose}"], ws // 3))

    elif style == "llama_headers":
        r.nt = "ascii"
        for i in range(n):
            c = r.comp(i)
            o.add(f"## Step {i + 1}: {ch(VERBS, w[i])} {the(desc[i])}")
            k = w[i] // 5 % 3
            verb = OPVERB.get(steps[i][1][0], "compute")
            if k == 0:
                o.add(f"To find {the(desc[i])}, we {verb}: {c}.", i)
            elif k == 1:
                o.add(f"The {desc[i]} is {c}.", i)
            else:
                o.add(f"{c}", i)
            o.add()
        o.add(f"The final answer is: $\\boxed{{{fin_num}}}$")

    elif style == "markdown_sections":
        r.nt = "latex"
        o.add(ch([f"To find {q}, let's work through it step by step.",
                  "Let's solve this step by step.", f"We want {q}."], ws))
        o.add()
        for i in range(n):
            c = r.comp(i)
            o.add(f"### Step {i + 1}: {cap(desc[i])}")
            if w[i] % 2:
                o.add(f"We need {the(desc[i])}." if w[i] % 4 == 1 else f"{'First' if i == 0 else 'Next'}, find {the(desc[i])}.")
            o.add("\\[")
            o.add(f"\\text{{{cap(desc[i])}}} = {c}", i)
            o.add("\\]")
            if w[i] % 3 == 0:
                o.add(says_sep[i])
            o.add()
        o.add("### Final Answer")
        box = ("\\$" if money_final else "") + r.num(fin_val, money_final)
        if ws // 3 % 2:
            o.add(f"{says[-1]}")
            o.add("\\[")
            o.add(f"\\boxed{{{box}}}")
            o.add("\\]")
        else:
            o.add(f"\\[\n\\boxed{{{box}}}\n\\]")

    elif style == "socratic_qa":
        r.nt = "uni"
        for i in range(n):
            c = r.comp(i)
            qq = ch([f"What is {the(desc[i])}?", f"How do we get {the(desc[i])}?", f"What is {the(desc[i])}?"], w[i])
            if w[i] // 3 % 2:
                o.add(f"{qq} ** {c}. {says[i]}", i)
            else:
                o.add(f"{qq} ** {c}", i)
        o.add(says[-1] if ws % 2 else f"The answer is {fin_prose}.")

    elif style == "first_person":
        r.nt = "uni"
        o.add(ch([f"I need to find {q}.", f"I'll work out {q} one piece at a time.",
                  f"Let me find {q}."], ws))
        o.add()
        for i in range(n):
            c = r.comp(i)
            if i == 0:
                lead = ch(["First, I'll find {td}:", "**{D}:**", "Start with {td}:"], w[i])
            elif i == n - 1:
                lead = ch(["Finally, {td}:", "**{D}:**", "That gives {td}:"], w[i])
            else:
                lead = ch(["Next, {td}:", "**{D}:**", "Then {td}:"], w[i])
            lead = lead.format(td=the(desc[i]), D=cap(desc[i]))
            o.add(f"{lead} {c}", i)
            o.add()
        o.add(ch([f"**Answer: {fin_prose}**", f"So {so_tail(says[-1])}",
                  f"{says[-1]}\n\n**Answer:** {fin_prose}"], ws // 3))

    elif style == "equation_lines":
        r.nt = "uni"
        o.add(ch(["Let's set up each quantity.", "Working it out:", f"We need {q}."], ws))
        o.add()
        for i in range(n):
            c = r.comp(i)
            o.add(f"{cap(desc[i])} = {c}", i)
        o.add()
        o.add(ch([f"Therefore, {q} is {fin_q}. The answer is {fin_num}.",
                  f"{says[-1]} The answer is {fin_num}.",
                  f"Therefore, {q} is {fin_q}."], ws // 3))

    elif style == "terse_steps":
        r.nt = "ascii"
        for i in range(n):
            c = r.comp(i)
            if w[i] % 2:
                o.add(f"Step {i + 1}: {cap(desc[i])}.")
                o.add(f"{c}", i)
            else:
                o.add(f"Step {i + 1}: {c}", i)
        o.add(ch([f"Answer: {fin_num}", f"Final answer: {fin_prose}", f"The answer is {fin_num}."], ws))
    else:
        raise ValueError(style)
    return o


def flags_for(style, rng):
    fl = dict(
        div=rng.choice(["÷", "÷", "/"]),
        minus=rng.choice(["-", "-", "−"]),
        cents=rng.random() < 0.5,
        th=rng.choice([",", ",", ""]),
        lth=rng.choice(["{,}", "{,}", ","]),
        opu=rng.random() < 0.45,
        resu=rng.random() < 0.85,
        pct=rng.choice(["dec", "dec", "f100"]),
        pctchain=rng.random() < 0.5,
        frac=rng.choice(["mul", "mul", "divmul"]),
        fracchain=rng.random() < 0.4,
        reduce=rng.random() < 0.5,
        lfrac=rng.random() < 0.5,
        cdot=rng.random() < 0.2,
        atimes=rng.choice(["*", "*", "x"]),
        halfword=rng.random() < 0.5,
    )
    if fl["opu"]:
        fl["resu"] = True
    if style == "equation_lines":
        fl["reduce"] = True
        fl["halfword"] = False
    if style in ("terse_steps", "llama_headers"):
        fl["pctchain"] = fl["pctchain"] and rng.random() < 0.3
    return fl


# ------------------------------------------------------------------ variants
def evaluate(tpl, gv, override=None):
    env = dict(gv)
    for st in tpl["steps"]:
        if override and st[0] in override:
            env[st[0]] = override[st[0]]
        else:
            env[st[0]] = ev(st[1], env)
    return env


def digit_swap(v):
    s = dec(v)
    digs = [i for i, c in enumerate(s) if c.isdigit()]
    cands = []
    for a, b in zip(digs, digs[1:]):
        if s[a] != s[b]:
            t = list(s)
            t[a], t[b] = t[b], t[a]
            t = "".join(t)
            if t[0] == "0" and len(t) > 1 and t[1] != ".":
                continue
            cands.append(F(t))
    return cands


def wrong_candidates(v, rng):
    kinds = ["+1", "-1", "+2", "-2", "x10", "+10", "swap"]
    rng.shuffle(kinds)
    out = []
    for k in kinds:
        if k == "swap":
            for c in digit_swap(v):
                out.append((k, c))
        else:
            c = {"+1": v + 1, "-1": v - 1, "+2": v + 2, "-2": v - 2, "x10": v * 10, "+10": v + 10}[k]
            out.append((k, c))
    return out


def ok_value(v, unit):
    p = places(v)
    return p is not None and p <= 2 and v > 0


def choose_corruption(tpl, gv, env, rng, mode):
    steps = tpl["steps"]
    final = steps[-1][0]
    idxs = list(range(len(steps) - 1))
    rng.shuffle(idxs)
    for strict in (True, False):
        for i in idxs:
            name = steps[i][0]
            right = env[name]
            for kind, wv in wrong_candidates(right, rng):
                if wv == right or not ok_value(wv, steps[i][2]):
                    continue
                if steps[i][2] != "$" and right.denominator == 1 and wv.denominator != 1:
                    continue
                env2 = evaluate(tpl, gv, {name: wv})
                if env2[final] == env[final]:
                    continue  # value must matter for the final answer
                if mode == "carry":
                    bad = False
                    for st in steps[i + 1:]:
                        v2, v1 = env2[st[0]], env[st[0]]
                        if not ok_value(v2, st[2]):
                            bad = True
                        if strict and v1.denominator == 1 and v2.denominator != 1:
                            bad = True
                    if bad:
                        continue
                return i, kind, wv
    raise RuntimeError("no corruption for " + tpl["id"])


def gfmt(tpl, gv_raw):
    """strings used inside problem text / descriptions."""
    out = {}
    for k, v in gv_raw.items():
        if isinstance(v, F):
            u = tpl["units"].get(k, "")
            if u == "$":
                out[k] = dec(v, 2 if v.denominator != 1 else 0, ",")
            else:
                out[k] = dec(v, 0, ",")
        else:
            out[k] = v
    return out


def parse_set(s):
    gv, raw = {}, {}
    for k, v in s.items():
        try:
            fv = F(str(v))
            gv[k] = fv
            raw[k] = fv
        except (ValueError, ZeroDivisionError):
            raw[k] = v
    return gv, raw


def build(tpl, style, gv, gstr, seed, env, stated):
    rng = random.Random(seed)
    fl = flags_for(style, rng)
    r = R(tpl, gstr, tpl["steps"], fl, env, stated)
    o = render(style, tpl, gstr, r, rng)
    return o


def line_span(lines, li):
    start = sum(len(x) + 1 for x in lines[:li])
    return [start, start + len(lines[li])]


def main():
    master = random.Random(SEED)
    problems = []
    for ti, tpl in enumerate(TEMPLATES):
        for si, s in enumerate(tpl["sets"]):
            problems.append((ti, si))
    # balanced style assignment: shuffled round robin
    order = list(range(len(problems)))
    master.shuffle(order)
    style_of = {}
    for k, pi in enumerate(order):
        style_of[problems[pi]] = STYLES[k % len(STYLES)]

    recs, metas = [], []
    for ti, si in problems:
        tpl = TEMPLATES[ti]
        gv, raw = parse_set(tpl["sets"][si])
        gstr = gfmt(tpl, raw)
        problem = tpl["problem"].format(**gstr)
        env = evaluate(tpl, gv)
        for st in tpl["steps"]:
            v = env[st[0]]
            assert v > 0 and places(v) is not None and places(v) <= 2, (tpl["id"], si, st[0], v)
        style = style_of[(ti, si)]
        pid = f"{tpl['id']}-{si + 1}"
        seed = (SEED * 1000003 + ti * 101 + si) % (2 ** 31)
        prng = random.Random(seed ^ 0x5EED)

        def emit(variant, o, final, extra=None, nsteps=None):
            text = "\n".join(o.lines)
            rec = dict(pid=pid, template=tpl["id"], style=style, problem=problem, variant=variant,
                       solution=text, final=final)
            if extra:
                rec.update(extra)
            recs.append(rec)
            metas.append(dict(pid=pid, variant=variant, n_computations=nsteps if nsteps is not None else len(tpl["steps"]),
                              category=tpl["cat"]))

        def num_json(v):
            return int(v) if v.denominator == 1 else float(dec(v))

        # correct
        o = build(tpl, style, gv, gstr, seed, env, dict(env))
        text_ok = o
        final_ok = env[tpl["steps"][-1][0]]
        o.lines.append(f"#### {plain_final(final_ok)}")
        emit("correct", o, num_json(final_ok))

        # slip
        i, kind, wv = choose_corruption(tpl, gv, env, prng, "slip")
        stated = dict(env)
        stated[tpl["steps"][i][0]] = wv
        o = build(tpl, style, gv, gstr, seed, env, stated)
        o.lines.append(f"#### {plain_final(final_ok)}")
        sp = line_span(o.lines, o.comp_line[i])
        emit("slip", o, num_json(final_ok), dict(span=sp, wrong=num_json(wv), right=num_json(env[tpl["steps"][i][0]])))
        metas[-1].update(step=i, kind=kind)

        # carry
        i, kind, wv = choose_corruption(tpl, gv, env, prng, "carry")
        env2 = evaluate(tpl, gv, {tpl["steps"][i][0]: wv})
        o = build(tpl, style, gv, gstr, seed, env2, dict(env2))
        fin2 = env2[tpl["steps"][-1][0]]
        o.lines.append(f"#### {plain_final(fin2)}")
        sp = line_span(o.lines, o.comp_line[i])
        emit("carry", o, num_json(fin2), dict(span=sp, wrong=num_json(wv), right=num_json(env[tpl["steps"][i][0]])))
        metas[-1].update(step=i, kind=kind, correct_final=num_json(final_ok))

        # loop
        n = len(tpl["steps"])
        k = prng.randrange(n - 1) if n > 1 else 0
        o = build(tpl, style, gv, gstr, seed, env, dict(env))
        li = o.comp_line[k]
        a, b = o.seg[k]
        line = o.lines[li]
        piece = line[a:b]
        lines = o.lines[:li] + [line[:b]] + [piece] * LOOP_REPEATS
        o2 = Out()
        o2.lines = lines
        emit("loop", o2, None, nsteps=k + 1)
        metas[-1].update(step=k)

    with open(OUT, "w") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(META, "w") as f:
        for m in metas:
            f.write(json.dumps(m) + "\n")
    print(f"wrote {len(recs)} records for {len(problems)} problems / {len(TEMPLATES)} templates to {OUT}")


if __name__ == "__main__":
    main()
