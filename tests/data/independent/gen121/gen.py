#!/usr/bin/env python3
"""Generate a held-out set of model-like worked solutions (moving & storage
word problems) with seeded arithmetic faults.

    python3 gen.py --out set.jsonl

Deterministic: every random choice comes from random.Random seeded with
strings; no hash(), no set iteration, no clock.
"""
import argparse
import json
import math
import random
import re
from decimal import Decimal as D
from fractions import Fraction as F

SEED = "mcrgen-eval121-moving-storage-v1"
N_PROBLEMS = 684
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit",
         "double_digit", "wrong_op", "decimal_shift"]

# ----------------------------------------------------------------------------
# numbers


def qround(x, dec):
    """Fraction x >= 0 -> Decimal rounded half-up to dec places."""
    n = math.floor(x * (10 ** dec) + F(1, 2))
    return D(n).scaleb(-dec)


def plain(v):
    """Decimal -> plain string without trailing zeros."""
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def money_plain(v):
    if v == v.to_integral_value():
        return str(int(v))
    return format(v.quantize(D("0.01")), "f")


def final_str(v, kind):
    return money_plain(v) if kind == "money" else plain(v)


def group(s, sep):
    if not sep:
        return s
    ip, _, fp = s.partition(".")
    if len(ip) > 3:
        out = []
        while len(ip) > 3:
            out.insert(0, ip[-3:])
            ip = ip[:-3]
        out.insert(0, ip)
        ip = sep.join(out)
    return ip + ("." + fp if fp else "")


# ----------------------------------------------------------------------------
# expression trees

def g(n): return ("g", n)
def s(n): return ("s", n)
def k(v): return ("k", v)
def add(*a): return ("add", list(a))
def sub(a, b): return ("sub", [a, b])
def mul(*a): return ("mul", list(a))
def div(a, b): return ("div", [a, b])
def pct(p, x): return ("pct", [p, x])
def par(x): return ("par", [x])


PREC = {"add": 1, "sub": 1, "mul": 2, "div": 2, "pct": 2}


def ev(n, env):
    t = n[0]
    if t == "g":
        return F(env["g"][n[1]][0])
    if t == "s":
        return F(env["s"][n[1]]["used"])
    if t == "k":
        return F(D(n[1]))
    if t == "par":
        return ev(n[1][0], env)
    a = [ev(c, env) for c in n[1]]
    if t == "add":
        return sum(a, F(0))
    if t == "sub":
        return a[0] - a[1]
    if t == "mul":
        r = F(1)
        for x in a:
            r *= x
        return r
    if t == "div":
        return a[0] / a[1]
    if t == "pct":
        return a[0] / 100 * a[1]
    raise ValueError(t)


def has_par(n):
    if n[0] == "par":
        return True
    if n[0] in ("g", "s", "k"):
        return False
    return any(has_par(c) for c in n[1])


def flat_eval(vals, ops):
    """Evaluate a flat list with usual precedence."""
    vals = list(vals)
    ops = list(ops)
    i = 0
    while i < len(ops):
        if ops[i] in "*/":
            a, b = vals[i], vals[i + 1]
            if ops[i] == "/" and b == 0:
                return None
            vals[i:i + 2] = [a * b if ops[i] == "*" else a / b]
            del ops[i]
        else:
            i += 1
    r = vals[0]
    for o, v in zip(ops, vals[1:]):
        r = r + v if o == "+" else r - v
    return r


class Step:
    def __init__(self, sid, expr, kind="money", dec=2, title="", label="",
                 what="", unit="", ceil=None, note=None):
        self.sid, self.expr, self.kind, self.dec = sid, expr, kind, dec
        self.title, self.label, self.what = title, label, what
        self.unit, self.ceil, self.note = unit, ceil, note


def run(T, override=None):
    env = {"g": T["givens"], "s": {}}
    for st in T["steps"]:
        ex = ev(st.expr, env)
        w = qround(ex, st.dec) if ex >= 0 else None
        if w is None:
            return None
        rel = "=" if F(w) == ex else "≈"
        if override and override[0] == st.sid:
            w = override[1]
        used = w
        if st.ceil:
            used = D(math.ceil(F(w)))
        env["s"][st.sid] = {"exact": ex, "written": w, "rel": rel, "used": used}
    return env


def valid_run(T, env):
    if env is None:
        return False
    for st in T["steps"]:
        r = env["s"][st.sid]
        if r["exact"] <= 0 or r["written"] <= 0:
            return False
        if st.ceil:
            fr = r["exact"] - math.floor(r["exact"])
            if not (F(1, 10) <= fr <= F(9, 10)):
                return False
            if r["written"] == r["written"].to_integral_value():
                return False
    return True


def check_expr(T):
    """Structural check line for the last step, or None."""
    st = T["steps"][-1]
    e = st.expr
    if e[0] == "add" and all(c[0] in ("g", "s", "k") for c in e[1]) and len(e[1]) >= 2:
        return ("add", list(reversed(e[1]))), None
    if e[0] == "sub" and all(c[0] in ("g", "s", "k") for c in e[1]):
        return ("add", [("s", st.sid), e[1][1]]), e[1][0]
    return None


# ----------------------------------------------------------------------------
# styles

STYLES = ["gpt4o_md", "claude_bold", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "gsm8k", "chatty_tutor", "llama_steps"]


def cap(t):
    return t[:1].upper() + t[1:]


def plural(what):
    w = what.split()[-1]
    return "number of" not in what and w.endswith("s") and not w.endswith("ss")


def be(what):
    return "are" if plural(what) else "is"


class Cx:
    """Rendering context for one solution."""

    def __init__(self, T, env, style, r, override):
        self.T, self.env, self.style, self.ov = T, env, style, override
        self.steps = T["steps"]
        self.byid = {st.sid: st for st in self.steps}
        self.sep, self.cur, self.latex, self.words = ",", "$", False, False
        self.leaf_units, self.pct_form, self.res_units, self.gsm = False, "times", True, False
        self.mul, self.div, self.sub, self.add = "×", "÷", "−", "+"
        self.eq, self.approx = " = ", " ≈ "
        if style == "gpt4o_md":
            self.mul = r.choice(["×", "×", "*"])
            self.pct_form = r.choice(["times", "dec"])
        elif style == "claude_bold":
            self.leaf_units = r.random() < 0.6
            self.pct_form = r.choice(["times", "of"])
        elif style == "bullets":
            self.mul = r.choice(["×", "x", "·"])
            self.sub = r.choice(["−", "-"])
            self.div = r.choice(["÷", "/"])
            self.leaf_units = r.random() < 0.4
        elif style == "prose":
            self.mul = r.choice(["×", "x"])
            self.sub = r.choice(["−", "-"])
            self.pct_form = r.choice(["of", "times"])
        elif style == "latex_inline":
            self.latex = True
            self.cur = r.choice(["", "\\$"])
            self.mul, self.div, self.sub = " \\times ", " \\div ", " - "
            self.eq, self.approx = " = ", " \\approx "
            self.pct_form = r.choice(["dec", "latexpct"])
        elif style == "latex_display":
            self.latex = True
            self.sep = "{,}"
            self.cur = r.choice(["", "\\$"])
            self.mul = r.choice([" \\times ", " \\cdot "])
            self.div, self.sub = " \\div ", " - "
            self.eq, self.approx = " = ", " \\approx "
            self.pct_form = r.choice(["dec", "latexpct"])
        elif style == "table":
            self.mul = r.choice(["×", "x"])
            self.pct_form = r.choice(["times", "rev"])
            self.res_units = False
        elif style == "terse":
            self.mul = r.choice(["*", "x", "×"])
            self.div = "/"
            self.sub = "-"
            self.cur = r.choice(["", "$"])
            self.sep = r.choice(["", ","])
            self.pct_form = r.choice(["rev", "dec"])
            self.res_units = r.random() < 0.5
        elif style == "gsm8k":
            self.gsm = True
            self.sep, self.cur = "", ""
            self.mul, self.div, self.sub, self.add = "*", "/", "-", "+"
            self.pct_form = "rev"
        elif style == "chatty_tutor":
            self.words = True
            self.mul, self.div, self.sub, self.add = " times ", " divided by ", " minus ", " plus "
            self.eq = r.choice([" equals ", ", which is "])
            self.approx = r.choice([" is about ", ", which is about "])
            self.pct_form = "of"
            self.leaf_units = r.random() < 0.3
        elif style == "llama_steps":
            self.mul = r.choice(["*", "×"])
            self.div = r.choice(["/", "÷"])
            self.sub = "-"
            self.pct_form = r.choice(["dec", "times"])

    # -- number formatting
    def num(self, v, kind):
        if kind == "money":
            return self.cur + group(money_plain(v), self.sep)
        if kind == "pct":
            return plain(v) + ("\\%" if self.latex else "%")
        return group(plain(v), self.sep)

    def tnum(self, v, kind):
        """Number for running text (never LaTeX)."""
        if kind == "money":
            return "$" + group(money_plain(v), "" if self.gsm else ",")
        if kind == "pct":
            return plain(v) + "%"
        return group(plain(v), "" if self.gsm else ",")

    def unit_txt(self, u):
        if not u:
            return ""
        return ("\\text{ %s}" % u) if self.latex else " " + u

    def gv(self, name):
        v, kind, _u = self.T["givens"][name]
        return self.tnum(v, kind)

    def V(self, sid, units=True):
        st = self.byid[sid]
        rec = self.env["s"][sid]
        t = self.tnum(rec["used"], st.kind)
        u = st.ceil or st.unit
        if units and u:
            t += " " + u
        return t

    # -- expressions
    def leaf(self, n):
        t = n[0]
        if t == "g":
            v, kind, u = self.T["givens"][n[1]]
        elif t == "s":
            st = self.byid[n[1]]
            v, kind, u = self.env["s"][n[1]]["used"], st.kind, (st.ceil or st.unit)
        else:
            v, kind, u = D(n[1]), "num", ""
        txt = self.num(v, kind)
        if self.leaf_units and u and kind != "money" and not self.latex and not self.gsm:
            txt += " " + u
        return txt

    def rend(self, n, collapse=False):
        t = n[0]
        if t in ("g", "s", "k"):
            return self.leaf(n)
        if t == "par":
            if collapse:
                val = ev(n[1][0], self.env)
                kind = "money" if self._has_money(n[1][0]) else "num"
                return self.num(qround(val, 2 if kind == "money" else 4), kind)
            return "(" + self.rend(n[1][0], collapse) + ")"
        ch = n[1]
        if t == "pct":
            p, x = ch
            pv = self.T["givens"][p[1]][0]
            xs = self.rend(x, collapse)
            dec = plain(pv / 100)
            if self.pct_form == "of":
                return plain(pv) + "% of " + xs
            if self.pct_form == "times":
                return plain(pv) + "%" + self._op(self.mul) + xs
            if self.pct_form == "latexpct":
                return plain(pv) + "\\%" + self._op(self.mul) + xs
            if self.pct_form == "rev":
                return xs + self._op(self.mul) + dec
            return dec + self._op(self.mul) + xs
        if t == "div" and self.latex and all(c[0] in ("g", "s", "k") for c in ch):
            return "\\frac{%s}{%s}" % (self.rend(ch[0], collapse), self.rend(ch[1], collapse))
        sym = {"add": self.add, "sub": self.sub, "mul": self.mul, "div": self.div}[t]
        parts = []
        for i, c in enumerate(ch):
            cs = self.rend(c, collapse)
            if c[0] in PREC and (PREC[c[0]] < PREC[t] or (i > 0 and t in ("sub", "div") and PREC[c[0]] == PREC[t])):
                cs = "(" + cs + ")"
            parts.append(cs)
        return self._op(sym).join(parts)

    def _op(self, sym):
        if self.gsm or sym.startswith(" "):
            return sym
        return " " + sym + " "

    def _has_money(self, n):
        if n[0] == "g":
            return self.T["givens"][n[1]][1] == "money"
        if n[0] == "s":
            return self.byid[n[1]].kind == "money"
        if n[0] == "k":
            return False
        return any(self._has_money(c) for c in n[1])

    def res(self, sid):
        st = self.byid[sid]
        if self.ov and self.ov[0] == sid:
            return self.ov[1]
        return self.env["s"][sid]["written"]

    def chain(self, sid, bold=False, units=None, calc_only=False):
        st = self.byid[sid]
        rec = self.env["s"][sid]
        segs = [self.rend(st.expr)]
        if has_par(st.expr) and not self.gsm:
            segs.append(self.rend(st.expr, collapse=True))
        rv = self.res(sid)
        rs = self.num(rv, st.kind)
        if self.gsm:
            ex = segs[0]
            rp = money_plain(rv) if st.kind == "money" else plain(rv)
            cur = "$" if st.kind == "money" else ""
            if rec["rel"] == "=":
                return "%s=%s<<%s=%s>>%s" % (ex, cur, ex, rp, rp)
            return "%s ≈ %s%s" % (ex, cur, rp)
        uu = self.res_units if units is None else units
        if uu and st.unit and not st.ceil:
            rs += self.unit_txt(st.unit)
        if bold:
            rs = "**" + rs + "**"
        if calc_only:
            return self.eq.join(segs), ("≈ " if rec["rel"] == "≈" else "") + rs
        return self.eq.join(segs) + (self.eq if rec["rel"] == "=" else self.approx) + rs

    def ceil_txt(self, sid, form):
        st = self.byid[sid]
        if not st.ceil:
            return ""
        n = self.env["s"][sid]["used"]
        if form == "arrow":
            return " → %s %s" % (plain(n), st.ceil)
        if form == "arrowbold":
            return " → **%s %s**" % (plain(n), st.ceil)
        if form == "so":
            return ", so round up to %s %s" % (plain(n), st.ceil)
        return ", which means %s %s" % (plain(n), st.ceil)

    def check_chain(self):
        ce = check_expr(self.T)
        if ce is None:
            return None
        expr, target = ce
        fin = self.steps[-1]
        if self.env["s"][fin.sid]["rel"] != "=":
            return None
        val = ev(expr, self.env)
        if target is not None and val != ev(target, self.env):
            return None
        return self.rend(expr) + self.eq + self.num(qround(val, 2), fin.kind)

    def notes(self, st):
        if st.note is None:
            return []
        return [st.note(self)]


INTROS = {
    "gpt4o_md": ["To find the answer, let's break the problem into steps.",
                 "Let's break this down step by step.",
                 "We can solve this by working out each part separately."],
    "claude_bold": ["I'll work through this step by step.",
                    "Let me break this into its parts.",
                    "Let me work out each piece of the cost."],
    "bullets": ["Here's the breakdown:", "Let's list each part:",
                "Breaking it down:"],
    "prose": ["Let's work through this carefully.", "Let's break this down.", ""],
    "latex_inline": ["Let's compute each piece.", "We'll go step by step.",
                     "Let's set up the calculation."],
    "latex_display": ["Let's solve this step by step.", "We compute each quantity in turn.",
                      "Here is the full calculation."],
    "table": ["Here's a breakdown of each part:", "Let's organize the calculation in a table:",
              "The calculation, line by line:"],
    "terse": [""],
    "gsm8k": [""],
    "chatty_tutor": ["Great question! Let's work through it together.",
                     "Ooh, a moving-day problem! Let's take it one piece at a time.",
                     "Sure thing! Let's figure this out step by step."],
    "llama_steps": [""],
}


def lead(st):
    t = st.expr[0]
    return {"add": "Add the amounts", "sub": "Subtract", "mul": "Multiply",
            "div": "Divide", "pct": "Take the percentage", "par": "Compute"}.get(t, "Compute")


def b_gpt4o(cx, r):
    L = [(r.choice(INTROS["gpt4o_md"]), []), ("", [])]
    if r.random() < 0.5 and cx.T["known"]:
        L.append(("**Given:**", []))
        for lab, nm in cx.T["known"]:
            L.append(("- %s: %s" % (lab, cx.gv(nm)), []))
        L.append(("", []))
    for i, st in enumerate(cx.steps, 1):
        L.append(("### Step %d: %s" % (i, st.title), []))
        for nt in cx.notes(st):
            L.append((nt, []))
        if i == 1:
            form = r.randint(0, 2)
        ct = cx.ceil_txt(st.sid, "arrowbold") if st.ceil else ""
        if form == 0:
            L.append(("%s:" % lead(st), []))
            L.append(("%s%s" % (cx.chain(st.sid, bold=not st.ceil), ct), [st.sid]))
        elif form == 1:
            L.append(("%s = %s%s" % (st.label, cx.chain(st.sid, bold=not st.ceil), ct), [st.sid]))
        else:
            L.append(("- %s: %s%s" % (cap(st.what), cx.chain(st.sid, bold=not st.ceil), ct), [st.sid]))
        L.append(("", []))
    if r.random() < 0.5:
        cc = cx.check_chain()
        if cc:
            L.append(("**Check:** %s ✓" % cc, ["check"]))
            L.append(("", []))
    L.append(("### Final Answer", []))
    L.append(("%s is **%s**." % (cap(cx.T["final_what"]), cx.V(cx.steps[-1].sid)), []))
    return L


def b_claude(cx, r):
    L = [(r.choice(INTROS["claude_bold"]), []), ("", [])]
    for st in cx.steps:
        for nt in cx.notes(st):
            L.append((nt, []))
        ct = cx.ceil_txt(st.sid, r.choice(["arrow", "so"]))
        L.append(("**%s:** %s%s" % (st.label, cx.chain(st.sid), ct), [st.sid]))
    L.append(("", []))
    cc = cx.check_chain()
    if cc:
        L.append(("**Check:** %s ✓" % cc, ["check"]))
        L.append(("", []))
    L.append((cap(r.choice(["So %s is **%s**.", "%s comes to **%s**.", "That makes %s **%s**."]) %
                  (cx.T["final_what"], cx.V(cx.steps[-1].sid))), []))
    return L


def b_bullets(cx, r):
    b = r.choice(["-", "*", "•"])
    intro = r.choice(INTROS["bullets"])
    L = [(intro, [])]
    for st in cx.steps:
        for nt in cx.notes(st):
            L.append(("%s Note: %s" % (b, nt), []))
        ct = cx.ceil_txt(st.sid, "arrow")
        L.append(("%s %s: %s%s" % (b, st.label, cx.chain(st.sid), ct), [st.sid]))
    if r.random() < 0.4:
        cc = cx.check_chain()
        if cc:
            L.append(("%s Check: %s ✓" % (b, cc), ["check"]))
    L.append(("", []))
    L.append((r.choice(["**Answer:** %s" % cx.V(cx.steps[-1].sid),
                        "%s: **%s**." % (cap(cx.T["final_what"]), cx.V(cx.steps[-1].sid))]), []))
    return L


CONNECT = ["First,", "Next,", "Then", "After that,", "Now", "Finally,"]


def b_prose(cx, r):
    intro = r.choice(INTROS["prose"])
    L = [(intro, []), ("", [])] if intro else []
    n = len(cx.steps)
    i = 0
    para, tags = [], []
    while i < n:
        size = r.randint(1, 3)
        group_ = cx.steps[i:i + size]
        para, tags = [], []
        for j, st in enumerate(group_):
            idx = i + j
            con = CONNECT[0] if idx == 0 else (CONNECT[-1] if idx == n - 1 else CONNECT[1 + (idx % 4)])
            for nt in cx.notes(st):
                para.append(nt)
            ct = cx.ceil_txt(st.sid, r.choice(["so", "means"]))
            verb = r.choice(["is", "comes to", "works out to"])
            if plural(st.what):
                verb = {"is": "are", "comes to": "come to", "works out to": "work out to"}[verb]
            para.append("%s %s %s %s%s." % (con, st.what, verb, cx.chain(st.sid), ct))
            tags.append(st.sid)
        L.append((" ".join(para), tags))
        L.append(("", []))
        i += size
    L.append((r.choice(["So %s is %s.", "Therefore, %s comes to %s.", "That means %s is %s."]) %
              (cx.T["final_what"], cx.V(cx.steps[-1].sid)), []))
    return L


def b_latex_inline(cx, r):
    L = [(r.choice(INTROS["latex_inline"]), []), ("", [])]
    form = r.randint(0, 1)
    for i, st in enumerate(cx.steps, 1):
        for nt in cx.notes(st):
            L.append((nt, []))
        c = cx.chain(st.sid, units=False)
        u = (" " + st.unit) if (st.unit and not st.ceil) else ""
        tail = ""
        if st.ceil:
            tail = ", so we need %s." % cx.V(st.sid)
        if form == 0:
            L.append(("%d. %s: \\( %s \\)%s%s" % (i, st.label, c, u, tail or ""), [st.sid]))
        else:
            L.append(("%s %s \\( %s \\)%s%s" % (cap(st.what), be(st.what), c, u, tail or "."), [st.sid]))
    L.append(("", []))
    L.append((r.choice(["Therefore, %s is %s.", "So %s is %s."]) %
              (cx.T["final_what"], cx.V(cx.steps[-1].sid)), []))
    L[-1] = (cap(L[-1][0]), [])
    return L


def b_latex_display(cx, r):
    L = [(r.choice(INTROS["latex_display"]), []), ("", [])]
    one_line = r.random() < 0.4
    for i, st in enumerate(cx.steps, 1):
        L.append(("**%d. %s**" % (i, st.title), []))
        for nt in cx.notes(st):
            L.append((nt, []))
        c = cx.chain(st.sid)
        if one_line:
            L.append(("\\[ %s \\]" % c, [st.sid]))
        else:
            L.append(("\\[", []))
            L.append((c, [st.sid]))
            L.append(("\\]", []))
        if st.ceil:
            L.append(("Round up: %s." % cx.V(st.sid), []))
        elif i < len(cx.steps) and r.random() < 0.5:
            L.append(("So %s is %s." % (st.what, cx.V(st.sid)), []))
        L.append(("", []))
    L.append(("\\[", []))
    L.append(("\\boxed{%s}" % cx.num(cx.env["s"][cx.steps[-1].sid]["used"], cx.steps[-1].kind), []))
    L.append(("\\]", []))
    return L


def b_table(cx, r):
    L = [(r.choice(INTROS["table"]), []), ("", [])]
    for st in cx.steps:
        for nt in cx.notes(st):
            L.append(("Note: " + nt, []))
    if L[-1][0] != "":
        L.append(("", []))
    hdr = r.choice([("Item", "Calculation", "Result"), ("Quantity", "Calculation", "Result"),
                    ("Step", "Work", "Value")])
    L.append(("| %s | %s | %s |" % hdr, []))
    L.append(("|---|---|---|", []))
    for st in cx.steps:
        calc, res = cx.chain(st.sid, calc_only=True)
        if st.unit and not st.ceil and r.random() < 0.5:
            res += " " + st.unit
        if st.ceil:
            res += cx.ceil_txt(st.sid, "arrow")
        L.append(("| %s | %s | %s |" % (st.label, calc, res), [st.sid]))
    L.append(("", []))
    if r.random() < 0.5:
        cc = cx.check_chain()
        if cc:
            L.append(("Check: %s ✓" % cc, ["check"]))
            L.append(("", []))
    L.append((r.choice(["**%s: %s**", "%s: **%s**"]) % (cap(cx.T["final_what"]), cx.V(cx.steps[-1].sid)), []))
    return L


def b_terse(cx, r):
    L = []
    sepc = r.choice([": ", ": ", " = "])
    for st in cx.steps:
        ct = cx.ceil_txt(st.sid, "arrow")
        L.append(("%s%s%s%s" % (st.label, sepc, cx.chain(st.sid), ct), [st.sid]))
    if r.random() < 0.5:
        cc = cx.check_chain()
        if cc:
            L.append(("Check: %s ✓" % cc, ["check"]))
    L.append((r.choice(["Answer: %s", "Final: %s"]) % cx.V(cx.steps[-1].sid), []))
    return L


def b_gsm8k(cx, r):
    L = []
    for st in cx.steps:
        for nt in cx.notes(st):
            L.append((nt, []))
        c = cx.chain(st.sid)
        u = (" " + st.unit) if st.unit and not st.ceil else ""
        tail = ""
        if st.ceil:
            tail = ", so %s" % r.choice(["they need %s" % cx.V(st.sid), "that is %s" % cx.V(st.sid)])
        L.append(("%s %s %s%s%s." % (cap(st.what), be(st.what), c, u, tail), [st.sid]))
    return L


def b_chatty(cx, r):
    L = [(r.choice(INTROS["chatty_tutor"]), []), ("", [])]
    n = len(cx.steps)
    for i, st in enumerate(cx.steps):
        for nt in cx.notes(st):
            L.append((nt, []))
        if i == 0:
            op = "First, let's figure out %s." % st.what
        elif i == n - 1:
            op = r.choice(["Now for the last piece: %s.", "Finally, let's get %s."]) % st.what
        else:
            op = r.choice(["Next up: %s.", "Now let's find %s.", "Then we need %s."]) % st.what
        c = cx.chain(st.sid)
        tail = ""
        if st.ceil:
            tail = " We can't have a fraction here, so we round up to %s." % cx.V(st.sid)
        lead_w = "So" if cx.eq == " equals " else "That's"
        L.append(("%s %s %s.%s" % (op, lead_w, c, tail), [st.sid]))
        L.append(("", []))
    L.append((r.choice(["So %s is %s. Nice work!", "And that's it: %s is %s.",
                        "So %s comes out to %s. You've got this!"]) %
              (cx.T["final_what"], cx.V(cx.steps[-1].sid)), []))
    return L


def b_llama(cx, r):
    L = []
    for i, st in enumerate(cx.steps, 1):
        L.append(("## Step %d: Calculate %s" % (i, st.what), []))
        for nt in cx.notes(st):
            L.append((nt, []))
        c = cx.chain(st.sid)
        tail = ""
        if st.ceil:
            tail = ". Since this must be a whole number, we round up to %s" % cx.V(st.sid)
        L.append((cap(r.choice(["To find %s, we calculate %s%s.", "%s " + be(st.what) + " %s%s."]) %
                      (st.what, c, tail)), [st.sid]))
        L.append(("", []))
    L.append(("The final answer is: $\\boxed{%s}$" %
              final_str(cx.env["s"][cx.steps[-1].sid]["used"], cx.steps[-1].kind), []))
    return L


BUILDERS = {"gpt4o_md": b_gpt4o, "claude_bold": b_claude, "bullets": b_bullets,
            "prose": b_prose, "latex_inline": b_latex_inline, "latex_display": b_latex_display,
            "table": b_table, "terse": b_terse, "gsm8k": b_gsm8k, "chatty_tutor": b_chatty,
            "llama_steps": b_llama}


def render(T, env, style, pid, override=None, final_line=True):
    r = random.Random("style|%s|%s" % (SEED, pid))
    cx = Cx(T, env, style, r, override)
    lines = BUILDERS[style](cx, r)
    while lines and lines[0][0] == "":
        lines.pop(0)
    while lines and lines[-1][0] == "":
        lines.pop()
    if final_line:
        fin = T["steps"][-1]
        lines.append(("#### " + final_str(env["s"][fin.sid]["used"], fin.kind), []))
    return lines


# ----------------------------------------------------------------------------
# templates


def pick(r, xs):
    return xs[r.randrange(len(xs))]


def M(x):
    return (D(str(x)), "money", "")


def N(x, unit=""):
    return (D(str(x)), "num", unit)


def P(x):
    return (D(str(x)), "pct", "")


def fmt_problem(text, givens, extra=None):
    vals = {}
    for nm, (v, kind, _u) in givens.items():
        if kind == "money":
            vals[nm] = "$" + group(money_plain(v), ",")
        elif kind == "pct":
            vals[nm] = plain(v) + "%"
        else:
            vals[nm] = group(plain(v), ",")
    if extra:
        vals.update(extra)
    return text.format(**vals)


FAMS = ["Nguyen", "Garcia", "Patel", "Okafor", "Schmidt", "Kim", "Russo", "Haddad", "Larsen", "Moreno"]
NAMES = ["Maria", "Devon", "Priya", "Marcus", "Elena", "Jamal", "Hannah", "Luis", "Aisha",
         "Tom", "Keiko", "Owen", "Rosa", "Caleb", "Nadia", "Ben", "Grace", "Yusuf"]


def t_truck_rental(r):
    G = {"days": N(r.randint(2, 5), "days"),
         "rate": M(pick(r, ["19.95", "24.95", "29.95", "39.95", "49.95", "59.95"])),
         "miles": N(r.randint(35, 380), "miles"),
         "pm": M(pick(r, ["0.59", "0.69", "0.79", "0.89", "0.99", "1.09", "1.19"])),
         "ins": M(pick(r, ["12", "15", "18", "20", "24", "14.50"]))}
    steps = [Step("rent", mul(g("days"), g("rate")), title="Daily rental charge", label="Rental",
                  what="the daily rental charge"),
             Step("mile", mul(g("miles"), g("pm")), title="Mileage charge", label="Mileage",
                  what="the mileage charge"),
             Step("insc", mul(g("days"), g("ins")), title="Damage coverage", label="Coverage",
                  what="the damage coverage"),
             Step("total", add(s("rent"), s("mile"), s("insc")), title="Total cost", label="Total",
                  what="the total cost")]
    cents = str(int(G["pm"][0] * 100)) + " cents"
    probs = ["{name} is renting a moving truck for {days} days. The truck costs {rate} per day plus {pm} per mile, and she adds damage coverage for {ins} per day. She drives {miles} miles in total. How much does the rental cost altogether?",
             "A truck rental company charges {rate} a day and {pmc} for every mile driven. Optional damage coverage is {ins} per day. If the {fam} family keeps the truck {days} days and puts {miles} miles on it, what is their total bill?",
             "To move across town, {name} rents a 15-foot truck at {rate} per day for {days} days. Mileage is billed at {pm} per mile and the damage coverage costs {ins} per day. The odometer shows {miles} miles driven. What does the rental cost in total?",
             "A moving truck rents for {rate} per day, plus {pmc} per mile, plus {ins} per day for coverage. {name} needs it for {days} days and drives {miles} miles. Find the total cost."]
    return dict(givens=G, steps=steps, probs=probs, extra={"pmc": cents},
                final_what="the total rental cost",
                known=[("Days", "days"), ("Daily rate", "rate"), ("Miles", "miles"),
                       ("Per-mile rate", "pm"), ("Coverage per day", "ins")])


def t_free_miles(r):
    while True:
        one = r.randint(30, 160)
        free = pick(r, [50, 75, 100, 120, 150])
        if 2 * one > free + 10:
            break
    G = {"one": N(one, "miles"), "free": N(free, "miles"),
         "flat": M(pick(r, ["29.95", "39.95", "44.95", "59.95", "69.95", "89"])),
         "pm": M(pick(r, ["0.45", "0.55", "0.65", "0.75", "0.85", "0.99"]))}
    steps = [Step("rt", mul(k("2"), g("one")), "num", 0, title="Round-trip distance", label="Round trip",
                  what="the round-trip distance", unit="miles"),
             Step("extra", sub(s("rt"), g("free")), "num", 0, title="Miles beyond the allowance",
                  label="Extra miles", what="the number of extra miles", unit="miles"),
             Step("xc", mul(s("extra"), g("pm")), title="Extra-mile charge", label="Extra-mile charge",
                  what="the extra-mile charge"),
             Step("total", add(g("flat"), s("xc")), title="Total cost", label="Total", what="the total cost")]
    probs = ["A one-day truck rental costs {flat} and includes {free} free miles. Each additional mile costs {pm}. {name} drives {one} miles to her new apartment and {one} miles back to return the truck. How much does she pay?",
             "{name} rents a cargo van for {flat}. The price covers the first {free} miles; after that it is {pm} per mile. The storage unit is {one} miles from home, and {name} makes one round trip. What is the total cost?",
             "The rental desk quotes {flat} for the day with {free} miles included and {pm} per mile over that. If the new house is {one} miles away and the truck must come back to the same location, how much will the rental cost?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total cost",
                known=[("One-way distance", "one"), ("Included miles", "free"),
                       ("Base price", "flat"), ("Extra miles", "pm")])


def t_fuel_split(r):
    G = {"one": N(r.randint(45, 420), "miles"), "mpg": N(pick(r, [8, 9, 10, 11, 12, 13, 14]), "mpg"),
         "price": M(pick(r, ["3.29", "3.49", "3.59", "3.79", "3.89", "4.09", "4.29", "4.59"])),
         "n": N(pick(r, [2, 3, 4]), "people")}
    steps = [Step("rt", mul(k("2"), g("one")), "num", 0, title="Total distance", label="Distance",
                  what="the total distance", unit="miles"),
             Step("gal", div(s("rt"), g("mpg")), "num", 1, title="Gallons of fuel", label="Fuel",
                  what="the fuel needed", unit="gallons"),
             Step("cost", mul(s("gal"), g("price")), title="Fuel cost", label="Fuel cost",
                  what="the fuel cost"),
             Step("each", div(s("cost"), g("n")), title="Each person's share", label="Per person",
                  what="each person's share")]
    probs = ["A moving truck gets about {mpg} miles per gallon. The new apartment is {one} miles away, and the truck has to be driven there and back. Gas costs {price} per gallon. Rounding the gallons to the nearest tenth and money to the nearest cent, how much does each of the {n} roommates pay if they split the fuel evenly?",
             "{name} and friends ({n} people in all) drive a rental truck {one} miles each way. The truck averages {mpg} miles per gallon and fuel is {price} a gallon. Round gallons to one decimal place and dollar amounts to the nearest cent. What is each person's share of the fuel cost?",
             "The truck for a long move uses one gallon of gas every {mpg} miles. The trip is {one} miles out and {one} miles back, gas is {price} per gallon, and the cost is shared equally by {n} people. To the nearest cent, what does each person pay? (Round gallons to the nearest tenth first.)"]
    return dict(givens=G, steps=steps, probs=probs, final_what="each person's share of the fuel",
                known=[("One-way distance", "one"), ("Fuel economy", "mpg"), ("Gas price", "price")])


def t_supplies_tax(r):
    G = {"n1": N(r.randint(8, 30), "boxes"), "p1": M(pick(r, ["1.49", "1.79", "1.98", "2.29"])),
         "n2": N(r.randint(6, 25), "boxes"), "p2": M(pick(r, ["2.49", "2.79", "2.98", "3.19"])),
         "n3": N(r.randint(3, 15), "boxes"), "p3": M(pick(r, ["3.49", "3.98", "4.29", "4.79"])),
         "n4": N(r.randint(2, 6), "rolls"), "p4": M(pick(r, ["3.99", "4.49", "5.29", "6.99"])),
         "tax": P(pick(r, ["6", "7", "8", "8.25", "6.5", "9"]))}
    steps = [Step("a", mul(g("n1"), g("p1")), title="Small boxes", label="Small boxes", what="the small boxes"),
             Step("b", mul(g("n2"), g("p2")), title="Medium boxes", label="Medium boxes", what="the medium boxes"),
             Step("c", mul(g("n3"), g("p3")), title="Large boxes", label="Large boxes", what="the large boxes"),
             Step("d", mul(g("n4"), g("p4")), title="Packing tape", label="Tape", what="the packing tape"),
             Step("subt", add(s("a"), s("b"), s("c"), s("d")), title="Subtotal", label="Subtotal",
                  what="the subtotal"),
             Step("tx", pct(g("tax"), s("subt")), title="Sales tax", label="Tax", what="the sales tax"),
             Step("total", add(s("subt"), s("tx")), title="Total with tax", label="Total", what="the total")]
    probs = ["{name} buys packing supplies: {n1} small boxes at {p1} each, {n2} medium boxes at {p2} each, {n3} large boxes at {p3} each, and {n4} rolls of tape at {p4} per roll. Sales tax is {tax}, rounded to the nearest cent. What is the total?",
             "For the move, the {fam} household picks up {n1} small boxes ({p1} each), {n2} medium boxes ({p2} each), {n3} large boxes ({p3} each) and {n4} rolls of packing tape ({p4} each). With {tax} sales tax (rounded to the nearest cent), how much do they spend?",
             "A moving-supply store sells small boxes for {p1}, medium boxes for {p2}, large boxes for {p3}, and tape for {p4} a roll. {name} buys {n1} small, {n2} medium, {n3} large, and {n4} rolls of tape, and pays {tax} sales tax on the order (to the nearest cent). Find the total cost."]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total cost of the supplies", known=[])


def t_cubic_trips(r):
    while True:
        G = {"sofa": N(pick(r, [35, 40, 45, 50, 60]), "cubic feet"),
             "bed": N(pick(r, [50, 60, 65, 70, 75]), "cubic feet"),
             "dresser": N(pick(r, [20, 25, 30, 35]), "cubic feet"),
             "table": N(pick(r, [15, 20, 25, 30]), "cubic feet"),
             "nb": N(r.randint(20, 90), "boxes"), "bcf": N(pick(r, ["1.5", "3", "4.5"]), "cubic feet"),
             "cap": N(pick(r, [120, 160, 200, 246, 260]), "cubic feet")}
        T = dict(givens=G)
        tot = sum(G[x][0] for x in ("sofa", "bed", "dresser", "table")) + G["nb"][0] * G["bcf"][0]
        q = F(tot) / F(G["cap"][0])
        fr = q - math.floor(q)
        if q > 1 and F(1, 5) <= fr <= F(4, 5):
            break
    steps = [Step("bv", mul(g("nb"), g("bcf")), "num", 2, title="Volume of the boxes", label="Boxes",
                  what="the volume of the boxes", unit="cubic feet"),
             Step("fv", add(g("sofa"), g("bed"), g("dresser"), g("table")), "num", 2,
                  title="Volume of the furniture", label="Furniture", what="the furniture volume",
                  unit="cubic feet"),
             Step("tv", add(s("fv"), s("bv")), "num", 2, title="Total volume", label="Total volume",
                  what="the total volume", unit="cubic feet"),
             Step("trips", div(s("tv"), g("cap")), "num", 2, title="Number of trips", label="Trips",
                  what="the number of trips", ceil="trips")]
    probs = ["{name} is moving with a cargo van that holds {cap} cubic feet. The sofa takes up {sofa} cubic feet, the bed {bed} cubic feet, the dresser {dresser} cubic feet, and the table {table} cubic feet. There are also {nb} boxes of {bcf} cubic feet each. How many full or partial van loads (trips) are needed?",
             "A van has {cap} cubic feet of cargo space. The furniture measures {sofa}, {bed}, {dresser}, and {table} cubic feet (sofa, bed, dresser, table), and {name} packed {nb} boxes at {bcf} cubic feet apiece. What is the fewest number of trips needed to move everything?",
             "Moving guides say a sofa takes {sofa} cu ft, a queen bed {bed} cu ft, a dresser {dresser} cu ft, and a dining table {table} cu ft. {name} also has {nb} boxes that are {bcf} cu ft each. If the trailer holds {cap} cu ft per load, how many trips will it take?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the number of trips needed",
                known=[("Capacity", "cap"), ("Boxes", "nb")])


def t_sofa_inches(r):
    while True:
        G = {"L": N(pick(r, [72, 84, 96]), "inches"), "W": N(pick(r, [30, 36, 42]), "inches"),
             "H": N(pick(r, [30, 36, 42]), "inches"), "left": N(r.randint(90, 420), "cubic feet")}
        v = G["L"][0] * G["W"][0] * G["H"][0] / 1728
        if G["left"][0] > v + 5:
            break
    steps = [Step("lf", div(g("L"), k("12")), "num", 2, title="Length in feet", label="Length",
                  what="the length in feet", unit="ft"),
             Step("wf", div(g("W"), k("12")), "num", 2, title="Depth in feet", label="Depth",
                  what="the depth in feet", unit="ft"),
             Step("hf", div(g("H"), k("12")), "num", 2, title="Height in feet", label="Height",
                  what="the height in feet", unit="ft"),
             Step("vol", mul(s("lf"), s("wf"), s("hf")), "num", 3, title="Volume of the sofa",
                  label="Sofa volume", what="the sofa's volume", unit="cubic feet"),
             Step("rem", sub(g("left"), s("vol")), "num", 3, title="Space remaining", label="Space left",
                  what="the space left", unit="cubic feet")]
    probs = ["A sofa measures {L} inches long, {W} inches deep, and {H} inches high. Treating it as a box, how many cubic feet of the truck's remaining {left} cubic feet will be left after the sofa is loaded?",
             "{name}'s truck has {left} cubic feet of open space. The couch is {L} in. by {W} in. by {H} in. Convert each dimension to feet, find the couch's volume as a rectangular box, and determine how much space remains.",
             "There are {left} cubic feet of room left in the moving truck. The last item is a sectional piece {L} inches long, {W} inches deep, and {H} inches tall. How many cubic feet of space are left once it is loaded? (12 inches = 1 foot.)"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the remaining space", known=[])


def t_movers_min(r):
    mn = pick(r, [2, 3, 4])
    under = r.random() < 0.6
    if under:
        h = D(str(mn)) - pick(r, [D("0.5"), D("1"), D("1.5")])
        if h <= 0:
            h = D("1.5") if mn == 2 else D("1")
        h = max(h, D("1"))
    else:
        h = D(str(mn)) + pick(r, [D("0.5"), D("1"), D("1.5"), D("2")])
    billed = max(h, D(str(mn)))
    G = {"n": N(pick(r, [2, 3, 4]), "movers"), "rate": M(pick(r, [25, 30, 35, 40, 45, 50, "32.50"])),
         "h": N(h, "hours"), "mn": N(mn, "hours"), "bill": N(billed, "hours"),
         "fee": M(pick(r, [49, 59, 75, 89, 100, 125]))}

    def note(cx):
        if under:
            return "The move only takes %s hours, but there is a %s-hour minimum, so the company bills %s hours." % (
                plain(h), mn, plain(billed))
        return "The job takes %s hours, more than the %s-hour minimum, so all %s hours are billed." % (
            plain(h), mn, plain(billed))
    steps = [Step("crew", mul(g("n"), g("rate")), title="Crew hourly rate", label="Crew rate",
                  what="the crew's hourly rate"),
             Step("labor", mul(s("crew"), g("bill")), title="Labor cost", label="Labor",
                  what="the labor cost", note=note),
             Step("total", add(s("labor"), g("fee")), title="Total cost", label="Total", what="the total bill")]
    probs = ["A moving company sends {n} movers at {rate} per mover per hour, with a {mn}-hour minimum. They also charge a {fee} truck fee. The move takes {h} hours. What is the total bill?",
             "{name} hires {n} movers. Each mover costs {rate} an hour, the company bills at least {mn} hours, and there is a flat {fee} travel fee. If the job is finished in {h} hours, how much does {name} pay?",
             "Movers charge {rate} per hour for each worker (minimum {mn} hours) plus a {fee} trip charge. A crew of {n} completes the move in {h} hours. Find the cost of the move."]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total bill",
                known=[("Movers", "n"), ("Rate per mover", "rate"), ("Minimum", "mn")])


def t_movers_minutes(r):
    G = {"R": M(pick(r, [95, 110, 120, 129, 140, 150, 165, 180])),
         "H": N(r.randint(2, 6), "hours"), "m": N(pick(r, [12, 15, 30, 36, 45, 48]), "minutes"),
         "tip": P(pick(r, [10, 15, 18, 20]))}
    steps = [Step("fr", div(g("m"), k("60")), "num", 2, title="Convert minutes to hours",
                  label="Minutes to hours", what="the extra minutes in hours", unit="hours"),
             Step("hrs", add(g("H"), s("fr")), "num", 2, title="Total hours", label="Hours",
                  what="the total time", unit="hours"),
             Step("labor", mul(s("hrs"), g("R")), title="Labor cost", label="Labor", what="the labor cost"),
             Step("tp", pct(g("tip"), s("labor")), title="Tip", label="Tip", what="the tip"),
             Step("total", add(s("labor"), s("tp")), title="Total paid", label="Total", what="the total paid")]
    probs = ["A two-person moving crew charges {R} per hour. {name}'s move takes {H} hours and {m} minutes, and {name} adds a {tip} tip on the labor cost (rounded to the nearest cent). How much does {name} pay in all?",
             "The movers bill {R} an hour for the whole crew, prorated by the minute. The job lasts {H} hours {m} minutes. If the customer tips {tip} of the labor charge, rounded to the nearest cent, what is the total paid?",
             "{name} booked movers at {R} per hour. They worked {H} hours and {m} minutes. With a {tip} tip on top of the labor (to the nearest cent), what did the move cost?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total amount paid",
                known=[("Hourly rate", "R"), ("Tip rate", "tip")])


def t_storage_prorate(r):
    G = {"R": M(pick(r, [59, 65, 79, 89, 95, 109, 119, 139, 149, 175, 189])),
         "d": N(r.randint(3, 27), ""), "k": N(r.randint(2, 6), "months"),
         "adm": M(pick(r, [15, 20, 25, 29, 35]))}
    steps = [Step("days", add(sub(k("30"), g("d")), k("1")), "num", 0, title="Days in the first month",
                  label="Days billed", what="the number of days billed in the first month", unit="days"),
             Step("daily", div(g("R"), k("30")), title="Daily rate", label="Daily rate", what="the daily rate"),
             Step("pro", mul(s("days"), s("daily")), title="Prorated first month", label="Prorated month",
                  what="the prorated first month"),
             Step("full", mul(g("k"), g("R")), title="Full months", label="Full months", what="the full months"),
             Step("total", add(s("pro"), s("full"), g("adm")), title="Total", label="Total",
                  what="the total cost")]
    probs = ["A storage unit rents for {R} per month. {name} moves in on day {d} of a 30-day month. The first month is prorated: the daily rate is the monthly rate divided by 30, rounded to the nearest cent, charged for each day from move-in through day 30. {name} then keeps the unit for {k} more full months and pays a one-time {adm} admin fee. What is the total?",
             "{name} rents a 10x10 storage unit at {R} a month, moving in on the {d}th of a 30-day month. The facility charges a daily rate (monthly rate / 30, rounded to the cent) for the days left in that month, counting move-in day. After that {name} pays for {k} full months. There is also a {adm} administration fee. How much does {name} pay altogether?",
             "Storage costs {R} monthly. Move-in is on day {d} of a 30-day month, and the partial month is billed per day (the monthly rate split over 30 days, rounded to the nearest cent), including the move-in day. Add {k} full months and a {adm} setup fee. Find the total cost."]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total storage cost",
                known=[("Monthly rate", "R"), ("Move-in day", "d"), ("Admin fee", "adm")])


def t_storage_promo(r):
    G = {"R": M(pick(r, [69, 79, 89, 99, 115, 129, 145, 159])),
         "p": P(pick(r, [25, 30, 40, 50])), "k": N(r.randint(3, 8), "months"),
         "ins": M(pick(r, [9, 12, 14, "9.50", "11.95"])), "lock": M(pick(r, ["12.99", "14.99", "9.99", "19"]))}
    steps = [Step("disc", pct(g("p"), g("R")), title="First-month discount", label="Discount",
                  what="the first-month discount"),
             Step("first", sub(g("R"), s("disc")), title="First month", label="First month",
                  what="the first month's rent"),
             Step("rest", mul(par(sub(g("k"), k("1"))), g("R")), title="Remaining months",
                  label="Other months", what="the remaining months"),
             Step("insr", mul(g("k"), g("ins")), title="Insurance", label="Insurance", what="the insurance"),
             Step("total", add(s("first"), s("rest"), s("insr"), g("lock")), title="Total", label="Total",
                  what="the total")]
    probs = ["A self-storage facility rents a unit for {R} per month, with {p} off the first month. Insurance is {ins} per month, and a lock costs {lock}. {name} keeps the unit for {k} months. How much does {name} pay in total?",
             "{name} stores furniture for {k} months in a unit that costs {R} a month. The first month is discounted {p}. Required insurance adds {ins} each month, and {name} buys a disc lock for {lock}. What is the total cost?",
             "Move-in special: {p} off your first month! The unit is normally {R}/month, protection coverage is {ins}/month, and the lock is {lock}. If the unit is rented for {k} months, what is the total?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total cost",
                known=[("Monthly rent", "R"), ("Months", "k"), ("Insurance", "ins")])


def t_storage_increase(r):
    G = {"R": M(pick(r, [65, 85, 95, 105, 120, 135, 150, 169, 199])), "m1": N(pick(r, [3, 4, 6]), "months"),
         "p": P(pick(r, [5, 8, 10, 12, 15, "7.5"])), "m2": N(r.randint(2, 9), "months")}
    steps = [Step("c1", mul(g("m1"), g("R")), title="Months at the original rate", label="Original rate",
                  what="the cost at the original rate"),
             Step("inc", pct(g("p"), g("R")), title="Rate increase", label="Increase", what="the increase"),
             Step("newr", add(g("R"), s("inc")), title="New monthly rate", label="New rate",
                  what="the new monthly rate"),
             Step("c2", mul(g("m2"), s("newr")), title="Months at the new rate", label="New-rate months",
                  what="the cost at the new rate"),
             Step("total", add(s("c1"), s("c2")), title="Total", label="Total", what="the total rent")]
    probs = ["{name} rents a storage unit for {R} a month. After {m1} months the facility raises the rent by {p} (rounded to the nearest cent). {name} keeps the unit {m2} more months. How much rent does {name} pay in all?",
             "A storage unit costs {R} per month for the first {m1} months; then the monthly rate goes up {p}, rounded to the nearest cent. What is the total rent for {m1} months at the old rate plus {m2} months at the new rate?",
             "The {name} family pays {R} monthly for storage. The rate increases by {p} after {m1} months (round the new rate to the cent), and they stay another {m2} months. Find the total they pay."]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total rent", known=[])


def t_storage_sqft(r):
    while True:
        a1, a2 = pick(r, [(5, 5), (5, 10), (5, 15)])
        b1, b2 = pick(r, [(10, 10), (10, 15), (10, 20), (10, 30)])
        PA = D(pick(r, [45, 55, 65, 75, 85, 95, 110]))
        PB = D(pick(r, [95, 120, 145, 160, 185, 210, 240, 275]))
        pa = qround(F(PA) / (a1 * a2), 2)
        pb = qround(F(PB) / (b1 * b2), 2)
        if pa - pb >= D("0.1"):
            break
    G = {"a1": N(a1, "ft"), "a2": N(a2, "ft"), "b1": N(b1, "ft"), "b2": N(b2, "ft"), "PA": M(PA), "PB": M(PB)}
    steps = [Step("arA", mul(g("a1"), g("a2")), "num", 0, title="Area of the small unit", label="Small area",
                  what="the small unit's area", unit="sq ft"),
             Step("pa", div(g("PA"), s("arA")), title="Small unit price per square foot",
                  label="Small per sq ft", what="the small unit's price per square foot"),
             Step("arB", mul(g("b1"), g("b2")), "num", 0, title="Area of the large unit", label="Large area",
                  what="the large unit's area", unit="sq ft"),
             Step("pb", div(g("PB"), s("arB")), title="Large unit price per square foot",
                  label="Large per sq ft", what="the large unit's price per square foot"),
             Step("diff", sub(s("pa"), s("pb")), title="Difference", label="Difference",
                  what="the difference per square foot")]
    probs = ["A {a1}x{a2} storage unit rents for {PA} a month and a {b1}x{b2} unit rents for {PB} a month (dimensions in feet). Rounding each price per square foot to the nearest cent, how much more per square foot does the smaller unit cost?",
             "{name} compares two storage units: {a1} ft by {a2} ft for {PA}/month, and {b1} ft by {b2} ft for {PB}/month. Find each monthly price per square foot (to the nearest cent). How much more per square foot is the small one?",
             "Which storage unit is the better deal per square foot, and by how much? Unit A is {a1}' x {a2}' at {PA} monthly; Unit B is {b1}' x {b2}' at {PB} monthly. Round each rate to the nearest cent and give the difference."]
    return dict(givens=G, steps=steps, probs=probs, final_what="the difference per square foot", known=[])


def t_weight(r):
    G = {"W": N(r.randint(180, 960) * 10, "lb"), "rate": M(pick(r, ["42.50", "48", "51.75", "56.20", "62", "68.40", "74.95"])),
         "p": P(pick(r, [6, 8, 9, 11, 12, 14]))}
    steps = [Step("cwt", div(g("W"), k("100")), "num", 2, title="Hundreds of pounds", label="Hundredweight",
                  what="the number of hundred-pound units"),
             Step("base", mul(s("cwt"), g("rate")), title="Base line-haul charge", label="Base charge",
                  what="the base charge"),
             Step("sur", pct(g("p"), s("base")), title="Fuel surcharge", label="Fuel surcharge",
                  what="the fuel surcharge"),
             Step("total", add(s("base"), s("sur")), title="Total", label="Total", what="the total cost")]
    probs = ["A long-distance mover charges {rate} per 100 pounds. {name}'s shipment weighs {W} pounds, and a {p} fuel surcharge is added to the base charge. Rounding to the nearest cent, what is the total cost?",
             "Interstate moves are priced by weight: {rate} for every hundred pounds, plus a fuel surcharge of {p} of that base price. The {name} family's goods weigh {W} lb. What do they pay, to the nearest cent?",
             "The estimate lists a weight of {W} pounds at {rate} per hundredweight (100 lb), with a {p} fuel surcharge on the line-haul charge. Find the total to the nearest cent."]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total moving cost",
                known=[("Weight", "W"), ("Rate per 100 lb", "rate"), ("Fuel surcharge", "p")])


def t_books_boxes(r):
    while True:
        G = {"bk": N(r.randint(90, 420), "books"), "per": N(pick(r, [18, 20, 22, 24, 25, 30, 35]), "books"),
             "rooms": N(r.randint(3, 7), "rooms"), "bpr": N(pick(r, [6, 8, 10, 12, 15]), "boxes"),
             "price": M(pick(r, ["1.25", "1.49", "1.98", "2.15", "2.49"]))}
        q = F(G["bk"][0]) / F(G["per"][0])
        fr = q - math.floor(q)
        if F(1, 10) <= fr <= F(9, 10):
            break
    steps = [Step("bb", div(g("bk"), g("per")), "num", 1, title="Boxes for books", label="Book boxes",
                  what="the boxes needed for books", ceil="boxes"),
             Step("ob", mul(g("rooms"), g("bpr")), "num", 0, title="Boxes for the other rooms",
                  label="Other boxes", what="the boxes for the other rooms", unit="boxes"),
             Step("tb", add(s("bb"), s("ob")), "num", 0, title="Total boxes", label="Total boxes",
                  what="the total number of boxes", unit="boxes"),
             Step("cost", mul(s("tb"), g("price")), title="Cost of boxes", label="Cost",
                  what="the cost of the boxes")]
    probs = ["{name} has {bk} books, and one book box holds {per} books. The other {rooms} rooms need {bpr} boxes each. Boxes cost {price} apiece. How much will {name} spend on boxes?",
             "Packing for a move: {bk} books go in small boxes that fit {per} books each, and each of the {rooms} remaining rooms will fill {bpr} boxes. At {price} per box, what is the cost of all the boxes?",
             "The {name} family owns {bk} books. A book box holds {per} books (partly full boxes are fine). They estimate {bpr} boxes for each of their other {rooms} rooms. If every box costs {price}, how much do the boxes cost?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the cost of the boxes", known=[])


def t_tape(r):
    while True:
        G = {"B": N(r.randint(20, 110), "boxes"), "st": N(pick(r, [3, 4, 6]), "strips"),
             "fl": N(pick(r, [2, "1.5", "2.5", 3]), "feet"), "Y": N(pick(r, [55, 60, 110]), "yards"),
             "price": M(pick(r, ["2.99", "3.49", "4.19", "4.99", "5.75"]))}
        need = G["B"][0] * G["st"][0] * G["fl"][0]
        q = F(need) / F(G["Y"][0] * 3)
        fr = q - math.floor(q)
        if F(1, 10) <= fr <= F(9, 10):
            break
    steps = [Step("pb", mul(g("st"), g("fl")), "num", 1, title="Tape per box", label="Tape per box",
                  what="the tape per box", unit="feet"),
             Step("need", mul(g("B"), s("pb")), "num", 1, title="Tape for all boxes", label="Tape needed",
                  what="the total tape needed", unit="feet"),
             Step("roll", mul(g("Y"), k("3")), "num", 0, title="Feet per roll", label="Roll length",
                  what="the length of a roll in feet", unit="feet"),
             Step("rolls", div(s("need"), s("roll")), "num", 2, title="Rolls needed", label="Rolls",
                  what="the number of rolls", ceil="rolls"),
             Step("cost", mul(s("rolls"), g("price")), title="Cost of tape", label="Cost",
                  what="the cost of the tape")]
    probs = ["{name} is sealing {B} boxes. Each box needs {st} strips of tape, each {fl} feet long. A roll of tape holds {Y} yards and costs {price}. How much will the tape cost? (1 yard = 3 feet)",
             "Every moving box gets {st} strips of packing tape that are {fl} ft long. There are {B} boxes. Tape comes in {Y}-yard rolls priced at {price}. What is the cost of enough rolls?",
             "To tape up {B} boxes, {name} uses {st} pieces of tape per box, {fl} feet per piece. If tape is sold in rolls of {Y} yards for {price} each, how much does {name} spend on tape?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the cost of the tape", known=[])


def t_containers(r):
    G = {"n": N(pick(r, [2, 3]), "containers"), "Mo": M(pick(r, [149, 169, 179, 199, 219, "189.50"])),
         "k": N(r.randint(2, 5), "months"), "del": M(pick(r, [59, 75, 79.95, 89, 99])),
         "pick": M(pick(r, [59, 75, 79.95, 89, 99]))}
    steps = [Step("rent", mul(g("n"), g("Mo"), g("k")), title="Container rent", label="Rent",
                  what="the container rent"),
             Step("fees", mul(g("n"), par(add(g("del"), g("pick")))), title="Delivery and pickup",
                  label="Delivery + pickup", what="the delivery and pickup charge"),
             Step("total", add(s("rent"), s("fees")), title="Total", label="Total", what="the total cost")]
    probs = ["{name} rents {n} portable storage containers for {k} months at {Mo} per container per month. Each container has a {del} delivery fee and a {pick} pickup fee. What is the total cost?",
             "A portable-container company charges {Mo} a month for each container, plus {del} to drop it off and {pick} to pick it up. The {name} family needs {n} containers for {k} months. Find the total.",
             "Storage pods cost {Mo} per pod per month. Delivery is {del} and pickup is {pick} for each pod. How much do {n} pods kept for {k} months cost altogether?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the total cost", known=[])


def t_budget(r):
    G = {"B": M(pick(r, [1500, 1800, 2000, 2400, 2500, 3000, 3200, 3500])),
         "d": N(r.randint(1, 4), "days"), "tr": M(pick(r, ["29.95", "39.95", "49.95", "59.95"])),
         "h": N(pick(r, [3, 4, 5, "3.5", "4.5", 6]), "hours"), "hr": M(pick(r, [99, 119, 129, 139, 159])),
         "sup": M(pick(r, ["64.85", "87.40", "112.25", "135.60", "98"]))}
    steps = [Step("truck", mul(g("d"), g("tr")), title="Truck", label="Truck", what="the truck cost"),
             Step("mov", mul(g("h"), g("hr")), title="Movers", label="Movers", what="the movers' cost"),
             Step("left", sub(g("B"), par(add(s("truck"), s("mov"), g("sup")))), title="Money left",
                  label="Left over", what="the money left over")]
    probs = ["{name} budgets {B} for a move. The truck costs {tr} a day for {d} days, movers charge {hr} per hour for {h} hours, and supplies cost {sup}. How much of the budget is left?",
             "The {name} family set aside {B} for moving. They spend {sup} on supplies, rent a truck for {d} days at {tr} per day, and pay movers {hr} an hour for {h} hours. How much money remains?",
             "Moving budget: {B}. Expenses: truck rental at {tr}/day for {d} days, a moving crew at {hr}/hour for {h} hours, and {sup} in packing supplies. What is left after these expenses?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the amount left in the budget", known=[])


def t_deposit(r):
    while True:
        A = pick(r, [100, 150, 200, 250])
        m = A + r.randint(12, 140)
        G = {"dep": M(pick(r, [150, 200, 250, 300, 400])), "A": N(A, "miles"), "m": N(m, "miles"),
             "xr": M(pick(r, ["0.49", "0.59", "0.69", "0.79"])), "L": N(pick(r, [1, 2, 3]), "hours"),
             "lf": M(pick(r, [15, 20, 25, 30])), "cl": M(pick(r, [25, 35, 40, 50]))}
        ch = (m - A) * G["xr"][0] + G["L"][0] * G["lf"][0] + G["cl"][0]
        if G["dep"][0] - ch > 10:
            break
    steps = [Step("ex", sub(g("m"), g("A")), "num", 0, title="Extra miles", label="Extra miles",
                  what="the extra miles", unit="miles"),
             Step("exc", mul(s("ex"), g("xr")), title="Extra-mile charge", label="Mileage charge",
                  what="the mileage charge"),
             Step("late", mul(g("L"), g("lf")), title="Late fee", label="Late fee", what="the late fee"),
             Step("chg", add(s("exc"), s("late"), g("cl")), title="Total charges", label="Charges",
                  what="the total charges"),
             Step("ref", sub(g("dep"), s("chg")), title="Refund", label="Refund", what="the refund")]
    probs = ["{name} paid a {dep} deposit on a rental truck that includes {A} miles. {name} drove {m} miles, and each extra mile costs {xr}. The truck came back {L} hours late at {lf} per hour, and there was a {cl} cleaning fee. All charges come out of the deposit. How much is refunded?",
             "A truck rental requires a {dep} deposit. The rental includes {A} miles; extra miles are {xr} each. The {name} family drove {m} miles, returned the truck {L} hours late ({lf} per late hour), and were charged {cl} for cleaning. What part of the deposit do they get back?",
             "Deposit: {dep}. Included mileage: {A} miles. Miles driven: {m}. Overage rate: {xr} per mile. Late return: {L} hours at {lf}/hour. Cleaning: {cl}. After the charges are taken from the deposit, what refund does {name} receive?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the refund", known=[])


def t_compare(r):
    while True:
        mn = pick(r, [3, 4])
        h = D(pick(r, ["2", "2.5", "3", "3.5", "4.5", "5", "5.5", "6"]))
        bill = max(h, D(mn))
        fA = D(pick(r, [75, 90, 100, 120, 150]))
        a = D(pick(r, [85, 95, 105, 115]))
        b = D(pick(r, [110, 120, 130, 140, 150]))
        cA = fA + h * a
        cB = bill * b
        if abs(cA - cB) >= 5:
            break
    G = {"fA": M(fA), "a": M(a), "b": M(b), "h": N(h, "hours"), "mn": N(mn, "hours"), "bill": N(bill, "hours")}

    def note(cx):
        if h < mn:
            return "Company B has a %s-hour minimum, so the %s-hour job is billed as %s hours." % (mn, plain(h), plain(bill))
        return "The %s-hour job is longer than Company B's %s-hour minimum, so B bills %s hours." % (plain(h), mn, plain(bill))
    first = "A" if cA > cB else "B"
    steps = [Step("ah", mul(g("h"), g("a")), title="Company A hourly charge", label="A hourly",
                  what="Company A's hourly charge"),
             Step("ca", add(g("fA"), s("ah")), title="Company A total", label="Company A",
                  what="Company A's total"),
             Step("cb", mul(g("bill"), g("b")), title="Company B total", label="Company B",
                  what="Company B's total", note=note),
             Step("diff", sub(s("ca"), s("cb")) if first == "A" else sub(s("cb"), s("ca")), title="Difference",
                  label="Difference", what="the difference")]
    probs = ["Company A charges a {fA} flat fee plus {a} per hour. Company B charges {b} per hour with a {mn}-hour minimum. For a job that takes {h} hours, how much more does the more expensive company cost?",
             "{name} gets two moving quotes. The first is {fA} up front plus {a} an hour; the second is {b} an hour, minimum {mn} hours. If the move takes {h} hours, what is the difference between the two quotes?",
             "Mover A: {fA} booking fee + {a}/hour. Mover B: {b}/hour, {mn}-hour minimum. The estimated time is {h} hours. By how much do the two prices differ?"]
    return dict(givens=G, steps=steps, probs=probs, final_what="the difference between the quotes", known=[])


TEMPLATES = [("truck_rental", t_truck_rental), ("free_miles", t_free_miles), ("fuel_split", t_fuel_split),
             ("supplies_tax", t_supplies_tax), ("cubic_trips", t_cubic_trips), ("sofa_inches", t_sofa_inches),
             ("movers_minimum", t_movers_min), ("movers_minutes_tip", t_movers_minutes),
             ("storage_prorate", t_storage_prorate), ("storage_promo", t_storage_promo),
             ("storage_increase", t_storage_increase), ("storage_sqft", t_storage_sqft),
             ("weight_long_distance", t_weight), ("books_boxes", t_books_boxes), ("tape_rolls", t_tape),
             ("containers", t_containers), ("budget_left", t_budget), ("deposit_refund", t_deposit),
             ("compare_movers", t_compare)]


# ----------------------------------------------------------------------------
# faults

def digits_str(v, kind):
    return money_plain(v) if kind == "money" else plain(v)


def make_wrong(kind, st, rec, env, r):
    right = rec["written"]
    rs = digits_str(right, st.kind)
    cands = []
    if kind == "off_by_one":
        cands = [right + 1] + ([right - 1] if right - 1 > 0 else [])
    elif kind == "off_by_ten":
        cands = [right + 10] + ([right - 10] if right - 10 > 0 else [])
    elif kind == "decimal_shift":
        cands = [right * 10, right / 10]
    elif kind in ("swap_digits", "drop_digit", "double_digit"):
        ip, _, fp = rs.partition(".")
        ds = ip + fp
        nd = len(fp)
        outs = []
        if kind == "swap_digits":
            for i in range(len(ds) - 1):
                if ds[i] != ds[i + 1]:
                    t = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
                    outs.append(t)
        elif kind == "drop_digit":
            if len(ip) >= 2:
                for i in range(len(ip)):
                    t = ip[:i] + ip[i + 1:]
                    if t and not (t[0] == "0" and len(t) > 1):
                        outs.append(t + fp)
                nd = len(fp)
        else:
            for i in range(len(ip)):
                outs.append(ip[:i + 1] + ip[i] + ip[i + 1:] + fp)
        for t in outs:
            if nd:
                t2 = t[:len(t) - nd] + "." + t[len(t) - nd:]
            else:
                t2 = t
            if t2.startswith("0") and not t2.startswith("0."):
                continue
            cands.append(D(t2))
    elif kind == "wrong_op":
        e = st.expr
        if e[0] in ("add", "sub", "mul", "div") and all(c[0] in ("g", "s", "k", "par") for c in e[1]):
            vals = [ev(c, env) for c in e[1]]
            sym = {"add": "+", "sub": "-", "mul": "*", "div": "/"}[e[0]]
            ops = [sym] * (len(vals) - 1)
            alts = {"+": ["-", "*"], "-": ["+"], "*": ["+"], "/": ["*", "-"]}[sym]
            for j in range(len(ops)):
                for a in alts:
                    o2 = list(ops)
                    o2[j] = a
                    v = flat_eval(vals, o2)
                    if v is not None and v > 0:
                        cands.append(qround(v, st.dec))
    good = []
    for w in cands:
        w = D(w)
        if w <= 0:
            continue
        if st.kind == "money":
            if w != w.quantize(D("0.01")):
                continue
        else:
            if -w.normalize().as_tuple().exponent > 3:
                continue
        ws = digits_str(w, st.kind)
        if ws == rs:
            continue
        dw = len(ws.partition(".")[2])
        ex = rec["exact"]
        if F(w) == ex or qround(ex, dw) == w:
            continue
        if abs(F(w) - ex) <= F(1, 10 ** dw):
            continue
        good.append(w)
    if not good:
        return None
    return good[r.randrange(len(good))]


NUMRE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers_in(text):
    t = text.replace("{,}", ",")
    out = []
    for m in NUMRE.finditer(t):
        x = m.group(0).rstrip(",").replace(",", "")
        try:
            out.append(D(x))
        except Exception:
            pass
    return out


def assemble(lines):
    text = "\n".join(l for l, _ in lines)
    offs = []
    pos = 0
    for l, _ in lines:
        offs.append((pos, pos + len(l)))
        pos += len(l) + 1
    return text, offs


def fault_line(lines, sid):
    for i, (_l, tags) in enumerate(lines):
        if sid in tags:
            return i
    raise KeyError(sid)


def try_fault(T, env0, style, pid, variant, kind, st_idx, r):
    st = T["steps"][st_idx]
    if st.ceil:
        return None
    rec = env0["s"][st.sid]
    w = make_wrong(kind, st, rec, env0, r)
    if w is None:
        return None
    if variant == "slip":
        env = env0
        lines = render(T, env, style, pid, override=(st.sid, w))
    else:
        env = run(T, override=(st.sid, w))
        if not valid_run(T, env):
            return None
        fin = T["steps"][-1].sid
        if env["s"][fin]["used"] == env0["s"][fin]["used"]:
            return None
        lines = render(T, env, style, pid)
    li = fault_line(lines, st.sid)
    later = numbers_in("\n".join(l for l, _ in lines[li + 1:]))
    if variant == "slip" and w in later:
        return None
    if variant == "carry" and w not in later:
        return None
    text, offs = assemble(lines)
    return dict(solution=text, span=list(offs[li]), wrong=digits_str(w, st.kind),
                right=digits_str(rec["written"], st.kind), step=st_idx + 1, kind=kind,
                final_text=lines[-1][0])


def make_loop(lines, r):
    cands = []
    for i, (l, tags) in enumerate(lines[:-1]):
        if tags:
            for u in (1, 2, 3):
                if i - u + 1 < 0:
                    continue
                unit = [x for x, _ in lines[i - u + 1:i + 1]]
                if unit[0].strip() == "" or all(x.strip() == "" for x in unit):
                    continue
                if i - 2 * u + 1 >= 0 and [x for x, _ in lines[i - 2 * u + 1:i - u + 1]] == unit:
                    continue
                cands.append((i, u))
    i, u = cands[r.randrange(len(cands))]
    unit_lines = [x for x, _ in lines[i - u + 1:i + 1]]
    unit = "\n".join(unit_lines)
    reps = r.randint(8, 30)
    head = "\n".join(x for x, _ in lines[:i + 1])
    text = head + ("\n" + unit) * (reps - 1)
    start = len(head) + 1
    partial = None
    if r.random() < 0.4:
        first = unit_lines[0]
        m = re.search(r"\d", first)
        lim = m.start() if m else len(first)
        cuts = [j for j in range(4, min(lim, len(first))) if first[j - 1] == " " or first[j] == " "]
        cuts = [j for j in cuts if first[:j].strip()]
        if cuts:
            partial = first[:cuts[r.randrange(len(cuts))]]
            text += "\n" + partial
    return text, [start, start + len(unit)], reps


# ----------------------------------------------------------------------------

def build():
    rows = []
    nT = len(TEMPLATES)
    kind_counter = 0
    for i in range(N_PROBLEMS):
        tname, tfun = TEMPLATES[i % nT]
        style = STYLES[(i + i // nT) % len(STYLES)]
        pid = "ms%04d" % (i + 1)
        r = random.Random("nums|%s|%d" % (SEED, i))
        while True:
            T = tfun(r)
            T["name"] = tname
            env0 = run(T)
            if valid_run(T, env0):
                break
        name = pick(r, NAMES)
        ptxt = fmt_problem(pick(r, T["probs"]), T["givens"], dict(T.get("extra") or {}, name=name, fam=pick(r, FAMS)))
        fin = T["steps"][-1]
        final = final_str(env0["s"][fin.sid]["used"], fin.kind)
        base = {"pid": pid, "template": tname, "style": style, "problem": ptxt}
        lines = render(T, env0, style, pid)
        text, _ = assemble(lines)
        rows.append(dict(base, variant="correct", solution=text, final=final))
        for variant in ("slip", "carry"):
            fr = random.Random("fault|%s|%s|%s" % (SEED, pid, variant))
            res = None
            order = KINDS[kind_counter % 7:] + KINDS[:kind_counter % 7]
            kind_counter += 1
            for kd in order:
                idxs = list(range(len(T["steps"])))
                fr.shuffle(idxs)
                for si in idxs:
                    res = try_fault(T, env0, style, pid, variant, kd, si, fr)
                    if res:
                        break
                if res:
                    break
            if res is None:
                raise RuntimeError("no fault for %s %s" % (pid, variant))
            rows.append(dict(base, variant=variant, solution=res["solution"], final=final,
                             span=res["span"], wrong=res["wrong"], right=res["right"],
                             step=res["step"], kind=res["kind"]))
        lr = random.Random("loop|%s|%s" % (SEED, pid))
        ltext, lspan, reps = make_loop(lines[:-1], lr)
        rows.append(dict(base, variant="loop", solution=ltext, final=final, span=lspan, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
