#!/usr/bin/env python3
"""Generate a held-out set of worked gardening / landscaping solutions
(correct, slip, carry, loop).  Standard library only; deterministic."""
import argparse
import json
import math
import random
from decimal import Decimal as D, ROUND_HALF_UP

from kinds import KINDS, PEOPLE

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "gsm8k", "tutor", "llama_steps"]
FAULTS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"]
NUMSETS = 4


# ------------------------------------------------------------------ numbers
def q(v, dp):
    return v.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def plain(v):
    """canonical string: no commas, no trailing zeros"""
    if v == v.to_integral_value():
        return str(int(v))
    s = format(v, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def group(intpart, sep):
    neg = intpart.startswith("-")
    d = intpart.lstrip("-")
    out = ""
    while len(d) > 3:
        out = sep + d[-3:] + out
        d = d[:-3]
    return ("-" if neg else "") + d + out


def fmt(v, money=False, commas=True, latex=False):
    if money:
        s = plain(v) if v == v.to_integral_value() else format(q(v, 2), "f")
    else:
        s = plain(v)
    ip, _, fp = s.partition(".")
    if commas and len(ip.lstrip("-")) > 3:
        ip = group(ip, "{,}" if latex else ",")
    s = ip + ("." + fp if fp else "")
    if money:
        s = ("\\$" if latex else "$") + s
    return s


# ------------------------------------------------------------------ calculator
class Calc:
    """Records computations.  fault = (index, wrong, mode) with mode 'slip' or 'carry'."""

    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault
        self.nfaultable = 0

    def _rec(self, op, args, exact, what, unit, argu, money=False, dp=None, check=False):
        args = [D(a) for a in args]
        if money:
            res = q(exact, 2)
        elif dp is not None:
            res = q(exact, dp)
        else:
            res = exact
        approx = res != exact
        st = dict(op=op, args=args, argu=argu or [""] * len(args), exact=exact, res=res, written=res,
                  approx=approx, what=what, unit=unit, money=money, check=check, faulty=False,
                  faultable=not check and op != "ceil", idx=None)
        ret = res
        if st["faultable"]:
            st["idx"] = self.nfaultable
            if self.fault and self.fault[0] == self.nfaultable:
                st["written"] = self.fault[1]
                st["faulty"] = True
                st["approx"] = False if not approx else approx
                if self.fault[2] == "carry":
                    ret = self.fault[1]
            self.nfaultable += 1
        self.steps.append(st)
        return ret

    def mul(self, args, what, unit, argu=None, money=False, dp=None):
        args = [D(a) for a in args]
        e = D(1)
        for a in args:
            e *= a
        return self._rec("mul", args, e, what, unit, argu, money, dp)

    def add(self, args, what, unit, argu=None, money=False):
        args = [D(a) for a in args]
        return self._rec("add", args, sum(args, D(0)), what, unit, argu, money)

    def sub(self, a, b, what, unit, argu=None, money=False):
        return self._rec("sub", [a, b], D(a) - D(b), what, unit, argu, money)

    def div(self, a, b, what, unit, argu=None, dp=2):
        e = D(a) / D(b)
        return self._rec("div", [a, b], e, what, unit, argu, False, dp)

    def muldiv(self, a, r, k, what, unit, argu=None):
        return self._rec("muldiv", [a, r, k], D(a) * D(r) / D(k), what, unit, argu, False, 2)

    def perim(self, L, W, what, unit):
        return self._rec("perim", [L, W], 2 * (D(L) + D(W)), what, unit, [unit, unit])

    def pct(self, p, x, what, unit, money=False):
        return self._rec("pct", [p, x], D(p) * D(x) / 100, what, unit, ["%", unit], money, 2 if not money else None)

    def ceil(self, x, what, unit):
        if x == x.to_integral_value():
            return x
        return self._rec("ceil", [x], D(math.ceil(x)), what, unit, [unit])

    def check_mul(self, a, b, unit, what):
        self._rec("mul", [a, b], D(a) * D(b), what, unit, None, check=True)

    def check_add(self, a, b, unit):
        self._rec("add", [a, b], D(a) + D(b), "check", unit, None, check=True)


def solve(kind, p, fault=None):
    c = Calc(fault)
    final = kind["solve"](p, c) if "solve" in kind else None
    return c, final


# ------------------------------------------------------------------ faults
def digits_mut(s, rng, how):
    ip, dot, fp = s.partition(".")
    ds = ip + fp
    n = len(ds)
    if how == "swap_digits":
        cand = [i for i in range(n - 1) if ds[i] != ds[i + 1] and not (i == 0 and ds[1] == "0")]
        if not cand:
            return None
        i = rng.choice(cand)
        ds = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
    elif how == "drop_digit":
        if len(ip) < 2:
            return None
        i = rng.randrange(1, len(ip))  # drop a non-leading integer digit
        ds = ds[:i] + ds[i + 1:]
        ip = ip[:-1]
        return ds[:len(ip)] + ("." + ds[len(ip):] if fp else "")
    elif how == "double_digit":
        i = rng.randrange(len(ip))
        ds = ds[:i] + ds[i] + ds[i:]
        ip = ip + "0"
        return ds[:len(ip)] + ("." + ds[len(ip):] if fp else "")
    return ds[:len(ip)] + ("." + ds[len(ip):] if fp else "")


def wrong_value(st, how, rng):
    r = st["res"]
    a = st["args"]
    s = format(q(r, 2), "f") if st["money"] and r != r.to_integral_value() else plain(r)
    w = None
    if how == "off_by_one":
        w = r + rng.choice([1, -1]) if r >= 2 else None
    elif how == "off_by_ten":
        w = r + rng.choice([10, -10]) if r >= 10 else None
    elif how in ("swap_digits", "drop_digit", "double_digit"):
        t = digits_mut(s, rng, how)
        w = D(t) if t else None
    elif how == "decimal_shift":
        if r != r.to_integral_value() or r % 10 == 0:
            w = r / 10 if rng.random() < 0.5 else r * 10
    elif how == "wrong_op":
        op = st["op"]
        if op == "mul" and len(a) == 2:
            w = a[0] + a[1]
        elif op == "add" and len(a) == 2:
            w = a[0] - a[1] if a[0] > a[1] else None
        elif op == "sub":
            w = a[0] + a[1]
        elif op == "perim":
            w = 2 * a[0] + a[1]
        elif op == "pct":
            w = a[1] / a[0] if st["money"] else None
            if w is not None:
                w = q(w, 2)
        elif op == "div":
            w = None
    if w is None:
        return None
    if st["money"]:
        w = q(w, 2)
    w = D(plain(w)) if w == w.to_integral_value() else w
    if w <= 0 or abs(w - r) < D("0.05"):
        return None
    if r == r.to_integral_value() and w != w.to_integral_value() and not st["money"]:
        return None
    # decimals must not exceed what's plausible
    if len(plain(w).partition(".")[2]) > 3:
        return None
    return w


# ------------------------------------------------------------------ rendering
OPSYM = {
    "md_steps": ("×", "÷", "−"), "bold_labels": ("×", "÷", "-"), "bullets": ("*", "/", "-"),
    "prose": ("×", "÷", "-"), "latex_inline": ("\\times", "\\div", "-"), "latex_display": ("\\times", "\\div", "-"),
    "table": ("×", "÷", "−"), "terse": ("x", "/", "-"), "gsm8k": ("*", "/", "-"), "tutor": ("times", "divided by", "minus"),
    "llama_steps": ("*", "/", "-"),
}
LATEX = ("latex_inline", "latex_display")
UNITNAME = {"sq ft": ["sq ft", "square feet", "ft²"], "cu ft": ["cu ft", "cubic feet", "ft³"],
            "cu yd": ["cu yd", "cubic yards", "yd³"], "ft": ["ft", "feet", "ft"], "in": ["in", "inches", "in"],
            "gal": ["gal", "gallons", "gal"], "gal/min": ["gpm", "gallons per minute", "gpm"],
            "gal/hr": ["gph", "gallons per hour", "gph"], "lb": ["lb", "pounds", "lb"], "min": ["min", "minutes", "min"],
            "hr": ["hr", "hours", "hr"]}


class R:
    """renderer context for one solution"""

    def __init__(self, style, rng):
        self.style = style
        self.rng = rng
        self.mul, self.div, self.minus = OPSYM[style]
        self.latex = style in LATEX
        self.commas = style not in ("gsm8k",) and rng.random() < 0.9
        self.units_in_expr = style in ("md_steps", "bold_labels", "prose", "table") and rng.random() < 0.45
        self.uform = 1 if style in ("prose", "tutor", "gsm8k", "llama_steps") else (2 if rng.random() < 0.25 else 0)
        if style == "md_steps" and rng.random() < 0.4:
            self.mul = "x"
        if style == "prose" and rng.random() < 0.3:
            self.mul, self.div = "·", "/"
        self.frac = self.latex and rng.random() < 0.5
        self.implicit = self.latex and rng.random() < 0.5
        self.bold_res = style == "md_steps" and rng.random() < 0.5

    def n(self, v, money=False):
        return fmt(v, money, self.commas, self.latex)

    def uname(self, u, v=None):
        if not u or u == "$" or u == "%":
            return ""
        if u in UNITNAME:
            nm = UNITNAME[u][self.uform]
        else:
            nm = u
            if v is not None and v == 1 and nm.endswith("s"):
                nm = nm[:-1]
        if self.latex:
            return "\\text{ " + nm + "}"
        return " " + nm

    def arg(self, v, u, money=False):
        s = self.n(v, money or u == "$")
        if self.units_in_expr and u and u not in ("$", "%") and u in UNITNAME:
            s += self.uname(u)
        return s

    def expr(self, st):
        a, u, op = st["args"], st["argu"], st["op"]
        M, Dv, Mi = self.mul, self.div, self.minus
        if op == "mul":
            return f" {M} ".join(self.arg(x, y) for x, y in zip(a, u))
        if op == "add":
            return " + ".join(self.arg(x, y) for x, y in zip(a, u))
        if op == "sub":
            return f"{self.arg(a[0], u[0])} {Mi} {self.arg(a[1], u[1])}"
        if op == "div":
            if self.frac:
                return "\\frac{" + self.n(a[0]) + "}{" + self.n(a[1]) + "}"
            return f"{self.arg(a[0], u[0])} {Dv} {self.arg(a[1], u[1])}"
        if op == "muldiv":
            if self.frac:
                return "\\frac{" + self.n(a[0]) + f" {M} " + self.n(a[1]) + "}{" + self.n(a[2]) + "}"
            return f"{self.n(a[0])} {M} {self.n(a[1])} {Dv} {self.n(a[2])}"
        if op == "perim":
            pl = "plus" if self.style == "tutor" else "+"
            inner = f"({self.n(a[0])} {pl} {self.n(a[1])})"
            if self.implicit:
                return "2" + inner
            return f"2 {M} " + inner
        if op == "pct":
            money = st["money"]
            if self.latex or self.rng.random() < 0.5:
                dec = format(q(a[0] / 100, 2), "f")
                return f"{self.arg(a[1], '', money)} {M} {dec}"
            pc = "\\%" if self.latex else "%"
            return f"{plain(a[0])}{pc} of {self.n(a[1], money)}"
        raise ValueError(op)

    def eq(self, st, chain=True):
        """expression = result (with unit); chained intermediate for perim."""
        e = self.expr(st)
        if self.style == "tutor":
            rel = " is about " if st["approx"] else self.rng.choice([" equals ", " is ", " gives us ", " = "])
        else:
            rel = (" \\approx " if self.latex else " ≈ ") if st["approx"] else " = "
        mid = ""
        if st["op"] == "perim" and chain and self.rng.random() < 0.6:
            s = st["args"][0] + st["args"][1]
            M = self.mul
            mid = f" = 2 {M} {self.n(s)}" if self.style != "tutor" else f" = 2 times {self.n(s)}"
        res = self.n(st["written"], st["money"])
        un = self.uname(st["unit"], st["written"])
        if self.bold_res and not st["check"]:
            res = f"**{res}{un}**"
            un = ""
        return f"{e}{mid}{rel}{res}{un}"

    def ceil_line(self, st, reason):
        x = self.n(st["args"][0])
        n = self.n(st["res"])
        un = self.uname(st["unit"], st["res"])
        if self.latex:
            return f"\\(\\lceil {x} \\rceil = {n}\\){un.replace(chr(92)+'text{', '').replace('}', '')} — {reason}."
        r = self.rng.random()
        if r < 0.4:
            return f"Since {reason}, round {x} up to {n}{un}."
        if r < 0.7:
            return f"{x} rounds up to {n}{un} ({reason})."
        return f"Rounding up, {x} → {n}{un}."


REASONS = {"cu yd": "it's sold by the whole cubic yard", "bags": "you can only buy whole bags",
           "sections": "a partial section still needs its own span", "packs": "packs can't be split",
           "pallets": "sod is sold by the whole pallet", "rolls": "edging comes in whole rolls",
           "barrels": "a partly filled barrel still counts"}


GIVEN = {"L": "Length (ft)", "W": "Width (ft)", "F": "Fence length (ft)", "s": "Spacing", "n": "Count",
         "A": "Roof area (sq ft)", "hrs": "Hours", "rate": "Rate", "price": "Price"}


def cap(s):
    s = s[4:] if s.startswith("the ") else s
    return s[0].upper() + s[1:]


def ans_str(v, money):
    return fmt(v, money, True)


FIRST = ["First, ", "To start, ", "Begin with ", ""]
NEXT = ["Next, ", "Then ", "Now ", "After that, ", ""]


def render(style, kind, p, steps, final, rng):
    """returns (lines, result_line_index per step index in steps)"""
    r = R(style, rng)
    L = []
    where = {}
    money = kind["money"]
    who = p["Name"]
    ans = kind["answer"].format(ans=ans_str(final, money), Name=who)
    nsteps = [s for s in steps if not s["check"]]
    want_checks = style in ("md_steps", "bold_labels", "prose", "tutor", "bullets", "latex_inline") and rng.random() < 0.55

    def add(line, si=None):
        L.append(line)
        if si is not None:
            where[si] = len(L) - 1

    def check_line(st):
        e = r.eq(st, False)
        if style == "tutor":
            return f"Let's double-check: {e}. ✓"
        if r.latex:
            return f"Check: \\({e}\\) ✓"
        return rng.choice([f"Check: {e} ✓", f"(Check: {e}.)", f"Quick check: {e}, which matches."])

    k = 0
    if style == "md_steps":
        add(rng.choice(["Let's solve this step by step.", "Let's break this problem into steps.",
                        "We'll work through this one step at a time."]))
        add("")
        for i, st in enumerate(steps):
            if st["check"]:
                if want_checks:
                    add(check_line(st), i)
                    add("")
                continue
            k += 1
            if st["op"] == "ceil":
                add(f"### Step {k}: Round up")
                add(r.ceil_line(st, REASONS.get(st["unit"], "we need whole units")), i)
            else:
                add(f"### Step {k}: Find {st['what']}")
                add(r.eq(st), i)
            add("")
        add("### Final Answer")
        add(ans)
    elif style == "bold_labels":
        add(rng.choice([f"Here's how to work it out:", "Let me work through this.", "I'll go step by step."]))
        add("")
        for i, st in enumerate(steps):
            if st["check"]:
                if want_checks:
                    add(check_line(st), i)
                continue
            if st["op"] == "ceil":
                add(f"**{cap(st['what'])}:** " + r.ceil_line(st, REASONS.get(st["unit"], "we need whole units")), i)
            else:
                add(f"**{cap(st['what'])}:** {r.eq(st)}", i)
        add("")
        add(f"**Answer:** {ans}")
    elif style == "bullets":
        add("Given:")
        for key, v in p.items():
            if key in GIVEN:
                add(f"- {GIVEN[key]}: {v}")
        add("")
        add("Steps:")
        for i, st in enumerate(steps):
            if st["check"]:
                if want_checks:
                    add("- " + check_line(st), i)
                continue
            if st["op"] == "ceil":
                add("- " + r.ceil_line(st, REASONS.get(st["unit"], "we need whole units")), i)
            else:
                add(f"- {cap(st['what'])}: {r.eq(st)}", i)
        add("")
        add(f"Answer: {ans}")
    elif style == "prose":
        para = []
        first = True
        for i, st in enumerate(steps):
            if st["check"]:
                if want_checks:
                    para.append(check_line(st))
                    where[i] = None
                continue
            if st["op"] == "ceil":
                s = r.ceil_line(st, REASONS.get(st["unit"], "we need whole units"))
            else:
                lead = rng.choice(FIRST) if first else rng.choice(NEXT)
                verb = rng.choice(["is", "comes to", "works out to"])
                if lead:
                    s = f"{lead}{st['what']} {verb} {r.eq(st)}."
                else:
                    s = f"{cap(st['what'])} {verb} {r.eq(st)}."
                s = s[0].upper() + s[1:]
            first = False
            para.append(s)
            where[i] = None
            if len(para) >= 2 and rng.random() < 0.6:
                add(" ".join(para))
                for j in list(where):
                    if where[j] is None:
                        where[j] = len(L) - 1
                add("")
                para = []
        if para:
            add(" ".join(para))
            for j in list(where):
                if where[j] is None:
                    where[j] = len(L) - 1
            add("")
        add(rng.choice(["So, ", "Therefore, ", "In total, "]) + ans[0].lower() + ans[1:])
    elif style == "latex_inline":
        add(rng.choice(["Let's set up each quantity.", "We compute each quantity in turn."]))
        add("")
        for i, st in enumerate(steps):
            if st["check"]:
                if want_checks:
                    add(check_line(st), i)
                continue
            k += 1
            if st["op"] == "ceil":
                add(f"{k}. " + r.ceil_line(st, REASONS.get(st["unit"], "we need whole units")), i)
            else:
                add(f"{k}. {cap(st['what'])}: \\({r.eq(st)}\\)", i)
        add("")
        add(ans.replace("$", "\\$"))
    elif style == "latex_display":
        for i, st in enumerate(steps):
            if st["check"]:
                continue
            k += 1
            if st["op"] == "ceil":
                add(f"**Step {k}.** Round up, since {REASONS.get(st['unit'], 'we need whole units')}:")
                add("\\[")
                x = r.n(st["args"][0])
                add(f"\\lceil {x} \\rceil = {r.n(st['res'])}")
                where[i] = len(L) - 1
                add("\\]")
            else:
                add(f"**Step {k}.** {cap(st['what'])}:")
                add("\\[")
                add(r.eq(st), i)
                add("\\]")
        add("")
        add(f"**Final answer:** {ans}".replace("$", "\\$"))
    elif style == "table":
        add(rng.choice(["Here is the calculation laid out in a table:", "Breaking it down:"]))
        add("")
        add("| Quantity | Calculation | Result |")
        add("|---|---|---|")
        for i, st in enumerate(steps):
            if st["check"]:
                continue
            res = fmt(st["res"] if st["op"] == "ceil" else st["written"], st["money"], r.commas)
            un = r.uname(st["unit"], st["written"])
            if st["op"] == "ceil":
                add(f"| Round up | {r.n(st['args'][0])} → {r.n(st['res'])} | {res}{un} |", i)
            else:
                add(f"| {cap(st['what'])} | {r.eq(st)} | {res}{un} |", i)
        add("")
        add(ans)
    elif style == "terse":
        for i, st in enumerate(steps):
            if st["check"]:
                continue
            lab = cap(st["what"])
            if st["op"] == "ceil":
                add(f"{r.n(st['args'][0])} → round up to {r.n(st['res'])}{r.uname(st['unit'], st['res'])}", i)
            else:
                add(f"{lab}: {r.eq(st)}", i)
        add(ans)
    elif style == "gsm8k":
        for i, st in enumerate(steps):
            if st["check"]:
                continue
            if st["op"] == "ceil":
                add(f"Rounding up, {r.n(st['args'][0])} → {r.n(st['res'])}{r.uname(st['unit'], st['res'])}.", i)
                continue
            e = r.expr(st)
            wv = r.n(st["written"], st["money"])
            raw = e.replace("$", "").replace(",", "")
            if st["op"] == "pct" and "%" in raw:
                raw = f"{plain(st['args'][1])}*{format(q(st['args'][0]/100, 2), 'f')}"
            un = r.uname(st["unit"], st["written"])
            add(f"{cap(st['what'])} is {e}=<<{raw}={plain(st['written'])}>>{wv}{un}.", i)
    elif style == "tutor":
        add(rng.choice(["Great question! Let's figure this out together. 🌱", "Happy to help with your garden math!",
                        "Ooh, a gardening problem — let's dig in! 🌿"]))
        add("")
        for i, st in enumerate(steps):
            if st["check"]:
                if want_checks:
                    add(check_line(st), i)
                continue
            if st["op"] == "ceil":
                add(r.ceil_line(st, REASONS.get(st["unit"], "we need whole units")), i)
            else:
                lead = rng.choice(["Now let's find", "Next up is", "Then we work out", "Let's get"]) if k else "First we need"
                add(f"{lead} {st['what']}. {r.eq(st)}.", i)
            k += 1
            add("")
        add(ans + rng.choice([" Happy gardening!", " 🌷", " Good luck with the project!", ""]))
    elif style == "llama_steps":
        for i, st in enumerate(steps):
            if st["check"]:
                continue
            k += 1
            if st["op"] == "ceil":
                add(f"## Step {k}: Round up to whole {plain_unit(st['unit'])}")
                add(r.ceil_line(st, REASONS.get(st["unit"], "we need whole units")), i)
            else:
                add(f"## Step {k}: Calculate {st['what']}")
                add(f"To find {st['what']}, we compute {r.eq(st)}.", i)
            add("")
        add(f"The final answer is: $\\boxed{{{plain(final)}}}$")
    while L and L[-1] == "":
        L.pop()
    if style != "gsm8k":
        add("")
    add(f"#### {plain(final)}")
    return L, where


def plain_unit(u):
    return {"cu yd": "cubic yards"}.get(u, u)


# ------------------------------------------------------------------ loops
def make_loop(lines, where, steps, rng):
    """cut after a step line and repeat a 1-3 line unit"""
    body = [i for i in range(len(lines)) if lines[i].strip() and not lines[i].startswith("####")]
    cand = sorted(set(v for v in where.values() if v is not None))
    cand = [c for c in cand if c < len(lines) - 2] or cand
    cut = rng.choice(cand[: max(1, len(cand) - 1)])
    u = rng.choice([1, 1, 2, 3])
    start = cut
    cnt = 1
    while cnt < u and start > 0:
        start -= 1
        cnt += 1
    unit = lines[start:cut + 1]
    while unit and not unit[0].strip():
        unit = unit[1:]
    if not unit:
        unit = [lines[cut]]
    reps = rng.randrange(8, 31)
    head = lines[:cut + 1]
    text = "\n".join(head)
    sp0 = len(text) + 1
    copy = "\n".join(unit)
    text = text + ("\n" + copy) * (reps - 1)
    span = [sp0, sp0 + len(copy)]
    if rng.random() < 0.4:  # cut off mid-line like a token limit, before any number
        first = unit[0]
        cutp = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
        part = first[:cutp].rstrip()
        if len(part) >= 3 and part != first:
            text += "\n" + part
    return text, span, reps


# ------------------------------------------------------------------ main
FRAMES = ["{t}", "{t} Please show your work.", "Quick garden math question: {t}"]


def build():
    rows = []
    pidx = 0
    for kind in KINDS:
        for ph, text in enumerate(kind["texts"]):
            for fr, frame in enumerate(FRAMES):
                tname = f"{kind['name']}/p{ph}f{fr}"
                for ns in range(NUMSETS):
                    rng = random.Random(f"107|{tname}|{ns}")
                    for _ in range(200):
                        p = kind["params"](rng)
                        c, final = solve(kind, p)
                        if final > 0 and all(s["res"] > 0 for s in c.steps):
                            break
                    person = PEOPLE[(pidx * 7 + ph) % len(PEOPLE)]
                    p["Name"], p["pron"], p["poss"] = person
                    p["Pron"] = person[1].capitalize()
                    problem = frame.format(t=text.format(**p))
                    style = STYLES[pidx % len(STYLES)]
                    pid = f"{kind['name']}-{ph * 3 + fr}-{ns}"
                    rows.extend(make_rows(kind, p, c, final, problem, style, pid, tname, rng))
                    pidx += 1
    return rows


def make_rows(kind, p, c, final, problem, style, pid, tname, rng):
    out = []
    base = dict(pid=pid, template=tname, style=style, problem=problem)
    rseed = rng.randrange(2 ** 32)
    lines, where = render(style, kind, p, c.steps, final, random.Random(rseed))
    sol = "\n".join(lines)
    fin = plain(final)
    out.append(dict(base, variant="correct", solution=sol, final=fin))
    faultable = [s for s in c.steps if s["faultable"]]
    for mode in ("slip", "carry"):
        for attempt in range(300):
            st = rng.choice(faultable)
            how = rng.choice(FAULTS)
            w = wrong_value(st, how, rng)
            if w is None:
                continue
            c2, f2 = solve(kind, p, (st["idx"], w, mode))
            if any(s["res"] <= 0 for s in c2.steps) or f2 <= 0:
                continue
            if mode == "slip" and f2 != final:
                continue
            if mode == "carry" and q(f2, 2) == q(final, 2):
                continue
            si = next(i for i, s in enumerate(c2.steps) if s["faulty"])
            lines2, where2 = render(style, kind, p, c2.steps, f2 if mode == "carry" else final, random.Random(rseed))
            if where2.get(si) is None:
                continue
            text = "\n".join(lines2)
            li = where2[si]
            s0 = sum(len(x) + 1 for x in lines2[:li])
            span = [s0, s0 + len(lines2[li])]
            fs = c2.steps[si]
            out.append(dict(base, variant=mode, solution=text, final=fin, span=span,
                            wrong=plain(w), right=plain(fs["res"]), step=st["idx"] + 1, kind=how))
            break
        else:
            raise RuntimeError(f"no fault for {pid} {mode}")
    text, span, reps = make_loop(lines, where, c.steps, random.Random(rseed + 1))
    out.append(dict(base, variant="loop", solution=text, final=fin, span=span, repeats=reps))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
