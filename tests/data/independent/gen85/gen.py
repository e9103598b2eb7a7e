#!/usr/bin/env python3
"""Generator for a held-out set of car-ownership cost worked solutions.

Standard library only.  Output is deterministic (string-seeded RNGs only).
Usage: python3 gen.py --out set.jsonl
"""
import argparse
import json
import random
from fractions import Fraction as F


SEED = "eval85-car-owning-v1"

from templates import STRUCTS, WRAPS
from core import F, Bad, rnd, ndp, plain, commas, N, B, SUM, POW, ev

SUPER = {2: "²", 3: "³", 4: "⁴", 5: "⁵"}

# ----------------------------------------------------------------- styles

STYLES = {
    "md_steps": dict(mul="×", div="÷", sub="−", approx="≈", latex=False, units=True, dollar=True, sep=True,
                     cents=False, notes=True, check=True, ofword=True, powsup=True),
    "bold_labels": dict(mul="×", div="/", sub="-", approx="≈", latex=False, units=False, dollar=True, sep=True,
                        cents=True, notes=True, check=True, ofword=False, powsup=False),
    "bullets": dict(mul="x", div="÷", sub="-", approx="≈", latex=False, units=True, dollar=True, sep=True,
                    cents=False, notes=True, check=False, ofword=True, powsup=False),
    "prose": dict(mul="×", div="÷", sub="−", approx="≈", latex=False, units=True, dollar=True, sep=True,
                  cents=False, notes=True, check=False, ofword=True, powsup=True),
    "latex_inline": dict(mul="\\times", div="\\div", sub="-", approx="\\approx", latex=True, units=False,
                         dollar=True, sep=True, cents=False, notes=False, check=False, ofword=False, powsup=False),
    "latex_display": dict(mul="\\times", div="frac", sub="-", approx="\\approx", latex=True, units=False,
                          dollar=True, sep=True, cents=True, notes=True, check=False, ofword=False, powsup=False),
    "table": dict(mul="×", div="÷", sub="−", approx="≈", latex=False, units=False, dollar=True, sep=True,
                  cents=True, notes=False, check=False, ofword=False, powsup=True),
    "terse": dict(mul="*", div="/", sub="-", approx="=", latex=False, units=False, dollar=False, sep=False,
                  cents=False, notes=False, check=False, ofword=False, powsup=False),
    "tutor": dict(mul="times", div="divided by", sub="minus", add="plus", approx="≈", latex=False, units=True,
                  dollar=True, sep=True, cents=False, notes=True, check=True, ofword=True, powsup=False),
    "numbered": dict(mul="·", div="/", sub="−", approx="≈", latex=False, units=True, dollar=True, sep=True,
                     cents=False, notes=True, check=False, ofword=False, powsup=False),
    "arrows": dict(mul="×", div="÷", sub="−", approx="≈", latex=False, units=True, dollar=True, sep=True,
                   cents=False, notes=False, check=False, ofword=True, powsup=True),
}
STYLE_ORDER = list(STYLES)

MARK = "\x00"



class Ctx:
    def __init__(self, style, fault=None):
        self.sname = style
        self.s = STYLES[style]
        self.fault = fault  # dict(step, mode, kind, rng)
        self.nstep = 0
        self.items = []  # ('step', label, body, note) / ('text', str)
        self.last = None
        self.fault_rec = None
        self.step_meta = []

    # ---------- value formatting
    def disp_dp(self, v, kind, nocents=False):
        if kind == "money":
            d = ndp(v)
            if d == 0:
                return 2 if (self.s["cents"] and not nocents) else 0
            return max(d, 2)
        return ndp(v)

    def num(self, v, kind="int", for_text=False, nocents=False):
        s = self.s
        latex = s["latex"] and not for_text
        if kind == "pct":
            t = plain(v)
            return t + ("\\%" if latex else "%")
        if kind == "n32":
            return plain(v * 32) + "/32"
        if kind == "money":
            d = ndp(v)
            if d == 0:
                t = plain(v, 2 if (s["cents"] and not for_text and not nocents) else 0)
            elif d <= 2:
                t = plain(v, 2)
            else:
                t = plain(v, d)
            if s["sep"] or for_text:
                t = commas(t)
                if latex:
                    t = t.replace(",", "{,}")
            if s["dollar"] or for_text:
                t = ("\\$" if latex else "$") + t
            return t
        t = plain(v)
        if (s["sep"] or for_text) and kind != "mult":
            t = commas(t)
            if latex:
                t = t.replace(",", "{,}")
        return t

    def m(self, v):
        return self.num(v, "money", for_text=True)

    def n(self, v, kind="int"):
        return self.num(v, kind, for_text=True)

    # ---------- expression rendering
    def render(self, e, parent=None):
        s = self.s
        t = e[0]
        if t == "n":
            txt = self.num(e[1], e[2], nocents=getattr(self, "_nocents", False))
            if s["units"] and e[3]:
                u = e[3]
                txt += u if u.startswith("/") else " " + u
            return txt
        if t == "sum":
            plus = " %s " % s.get("add", "+")
            txt = plus.join(self.render(x, "+") for x in e[1])
            return "(" + txt + ")" if parent in ("*", "/") else txt
        if t == "pow":
            base = self.render(e[1], "^")
            if s["latex"]:
                return "%s^{%d}" % (base, e[2])
            if s["powsup"]:
                return base + SUPER[e[2]]
            return "%s^%d" % (base, e[2])
        op = e[1]
        if op == "/" and s["div"] == "frac":
            return "\\frac{%s}{%s}" % (self.render(e[2], None), self.render(e[3], None))
        if op == "of":
            if s["ofword"]:
                sym = "of"
            else:
                sym = s["mul"]
        elif op == "*":
            sym = s["mul"]
        elif op == "/":
            sym = s["div"]
        elif op == "-":
            sym = s["sub"]
        else:
            sym = s.get("add", "+")
        left = self.render(e[2], op)
        right = self.render(e[3], op + "R")
        txt = "%s %s %s" % (left, sym, right)
        if parent in ("*", "/", "of", "*R", "/R", "^", "-R") and op in ("+", "-"):
            txt = "(" + txt + ")"
        elif parent in ("/R", "^") and op in ("*", "/"):
            txt = "(" + txt + ")"
        return txt

    # ---------- steps
    def calc(self, label, expr, dp, kind="int", unit="", note=None, check=False, nofault=False):
        self.nstep += 1
        idx = self.nstep
        true = ev(expr)
        shown = rnd(true, dp) if kind != "n32" else rnd(true * 32, 0) / 32
        carried = shown
        exact = (shown == true)
        marked = False
        if self.fault and self.fault["step"] == idx:
            if check or nofault:
                raise Bad("fault on check step")
            wrong, kname = make_wrong(shown, true, dp, kind, expr, self.fault["kind"], self.fault["rng"])
            self.fault_rec = dict(wrong=wrong, right=shown, kind=kname, step=idx, dp=dp, vkind=kind)
            shown = wrong
            marked = True
            if self.fault["mode"] == "carry":
                carried = wrong
        rel = "=" if exact else self.s["approx"]
        self._nocents = (dp == 0)
        res = self.num(shown, kind, nocents=self._nocents)
        if self.s["units"] or self.s["latex"] or self.sname in ("table", "terse", "bold_labels"):
            if unit:
                if self.s["latex"]:
                    res += "\\text{ %s}" % unit
                elif unit.startswith("/"):
                    res += unit
                else:
                    res += " " + unit
        if marked:
            res = MARK + res
        body_expr = self.render(expr)
        self._nocents = False
        self.step_meta.append(dict(idx=idx, check=check or nofault))
        self.items.append(("step", label, body_expr, rel, res, note(carried) if callable(note) else note, check))
        if not check:
            self.last = (expr, carried, dp, kind, unit)
        return carried

    def say(self, text):
        self.items.append(("text", text))

    # ---------- generic check
    def auto_check(self):
        if not self.s["check"] or self.last is None:
            return
        expr, res, dp, kind, unit = self.last
        if expr[0] != "b" or expr[2][0] != "n" or expr[3][0] != "n":
            return
        op, L, R = expr[1], expr[2], expr[3]
        if L[2] in ("pct", "n32") or R[2] in ("pct", "n32") or kind == "n32":
            return
        lv, rv = L[1], R[1]
        inv = {"*": "/", "/": "*", "+": "-", "-": "+"}.get(op)
        if inv is None or rv == 0:
            return
        dpl = self.disp_dp(lv, L[2])
        val = ev(B(inv, N(res), N(rv)))
        if rnd(val, dpl) != lv:
            return
        self.calc("Check", B(inv, N(res, kind, ""), N(rv, R[2], "")), dpl, L[2], "", check=True)


# ----------------------------------------------------------------- faults

FAULT_KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "decimal_shift",
               "wrong_op"]


def _from_digits(digs, pos_dot):
    if pos_dot is None:
        return F(int(digs))
    return F(int(digs)) / 10 ** (len(digs) - pos_dot)


def make_wrong(shown, true, dp, kind, expr, kname, rng):
    scale = 32 if kind == "n32" else 1
    base = shown * scale
    ddp = 0 if kind == "n32" else dp
    tol = F(1, 2) / 10 ** ddp
    order = [kname] + [k for k in FAULT_KINDS if k != kname]
    for k in order:
        cands = []
        if k == "off_by_one":
            cands = [base + 1, base - 1]
        elif k == "off_by_ten":
            cands = [base + 10, base - 10]
        elif k in ("swap_digits", "drop_digit", "double_digit"):
            txt = plain(base, ddp if ndp(base) <= ddp else ndp(base))
            if kind == "money" and ndp(base) == 0:
                txt = plain(base, 0)
            pos = txt.find(".")
            digs = txt.replace(".", "")
            pos_dot = None if pos < 0 else pos
            if k == "swap_digits":
                for i in range(len(digs) - 1):
                    if digs[i] != digs[i + 1]:
                        d2 = digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:]
                        if d2[0] != "0" or (pos_dot == 1):
                            cands.append(_from_digits(d2, pos_dot))
            elif k == "drop_digit" and len(digs) >= 3:
                for i in range(1, len(digs)):
                    d2 = digs[:i] + digs[i + 1:]
                    pd = pos_dot if (pos_dot is None or i >= pos_dot) else pos_dot - 1
                    if pd is not None and pd == len(d2):
                        pd = None
                    cands.append(_from_digits(d2, pd))
            elif k == "double_digit":
                for i in range(len(digs)):
                    d2 = digs[:i + 1] + digs[i] + digs[i + 1:]
                    pd = pos_dot if (pos_dot is None or i >= pos_dot) else pos_dot + 1
                    cands.append(_from_digits(d2, pd))
        elif k == "decimal_shift":
            cands = [base * 10]
            if ddp > 0 or base % 10 == 0:
                cands.append(base / 10)
        elif k == "wrong_op" and kind != "n32":
            if expr[0] == "b" and expr[1] in ("*", "/", "+", "-"):
                a, b = ev(expr[2]), ev(expr[3])
                alt = {"*": [a + b], "/": [a * b, a - b], "+": [a - b, a * b], "-": [a + b]}[expr[1]]
                cands = [rnd(x, ddp) for x in alt]
        good = []
        for c in cands:
            if c <= 0 or c == base:
                continue
            if kind == "n32" and c.denominator != 1:
                continue
            if ndp(c) > max(ddp, ndp(base)):
                continue
            tol_c = max(tol, F(1, 2) / 10 ** ndp(c)) if kind != "n32" else tol
            if abs(c - true * scale) <= tol_c + F(1, 10 ** 6):
                continue
            if kind == "int" and c.denominator != 1:
                continue
            good.append(c)
        if good:
            return good[rng.randrange(len(good))] / scale, k
    raise Bad("no wrong value")


# ----------------------------------------------------------------- layout

OPENERS = ["First, the", "Next, the", "Then the", "Now the", "After that, the", "Finally, the"]
TUTOR_OPEN = ["Let's start with", "Next up is", "Now let's find", "Then we work out", "Now for",
              "Last, we need"]


def layout(ctx, answer, final_val, rng):
    s = ctx.sname
    items = ctx.items
    out = []
    steps = [it for it in items if it[0] == "step"]
    last_step_i = max(i for i, it in enumerate(items) if it[0] == "step" and not it[6])

    def eqn(it):
        return "%s %s %s" % (it[2], it[3], it[4])

    k = 0
    if s == "md_steps":
        out.append(rng.choice(["Let's work through this step by step.", "Here's how to calculate it.",
                               "Let's break this down."]))
        out.append("")
        for it in items:
            if it[0] == "text":
                out.append(it[1]); out.append(""); continue
            if it[6]:
                out.append("**Check:** %s ✓" % eqn(it)); out.append(""); continue
            k += 1
            out.append("### Step %d: %s" % (k, it[1]))
            out.append("")
            out.append(eqn(it))
            out.append("")
            if it[5]:
                out.append(it[5]); out.append("")
        out.append("### Answer")
        out.append("")
        out.append(answer[0].upper() + answer[1:] + ".")
    elif s == "bold_labels":
        out.append(rng.choice(["Here's the calculation:", "Let's calculate this.", "Sure! Here's the math."]))
        out.append("")
        for it in items:
            if it[0] == "text":
                out.append(it[1]); continue
            if it[6]:
                out.append(""); out.append("*Check:* %s ✓" % eqn(it)); continue
            out.append("**%s:** %s" % (it[1], eqn(it)))
            if it[5]:
                out.append(it[5])
        out.append("")
        out.append("**Answer:** " + answer[0].upper() + answer[1:] + ".")
    elif s == "bullets":
        out.append(rng.choice(["Here's the breakdown:", "Breaking it down:", "Quick breakdown:"]))
        out.append("")
        for it in items:
            if it[0] == "text":
                out.append("- " + it[1]); continue
            out.append("- %s: %s" % (it[1], eqn(it)))
            if it[5]:
                out.append("  - " + it[5])
        out.append("")
        out.append("**Total:** " + answer + ".")
    elif s == "prose":
        paras = []
        j = 0
        for it in items:
            if it[0] == "text":
                paras.append(it[1]); continue
            op = OPENERS[min(j, 4)] if it is not items[last_step_i] else OPENERS[5]
            if j == 0:
                op = OPENERS[0]
            j += 1
            lab = it[1][0].lower() + it[1][1:]
            sent = "%s %s: %s." % (op, lab, eqn(it))
            if it[5]:
                sent += " " + it[5]
            paras.append(sent)
        out.append(rng.choice(["To figure this out, we go one piece at a time.",
                               "Good question. Let's work it out.", "We can solve this in a few steps."]))
        out.append("")
        for p_ in paras:
            out.append(p_); out.append("")
        out.append("So, " + answer + ".")
    elif s == "latex_inline":
        out.append(rng.choice(["We compute each quantity in turn.", "Let's set up the calculation."]))
        out.append("")
        for it in items:
            if it[0] == "text":
                out.append(it[1]); continue
            out.append("%s: \\( %s \\)" % (it[1], eqn(it)))
            out.append("")
        out.append("Therefore, " + answer + ".")
    elif s == "latex_display":
        out.append(rng.choice(["Let's solve it step by step.", "We'll compute this in stages."]))
        out.append("")
        for it in items:
            if it[0] == "text":
                out.append(it[1]); out.append(""); continue
            k += 1
            out.append("**%d. %s**" % (k, it[1]))
            out.append("\\[")
            out.append(eqn(it))
            out.append("\\]")
            if it[5]:
                out.append(it[5])
            out.append("")
        out.append("**Final answer:** " + answer + ".")
    elif s == "table":
        out.append(rng.choice(["Here's the full calculation in a table:", "Let's lay it out:",
                               "Breaking it into line items:"]))
        out.append("")
        out.append("| Item | Calculation | Result |")
        out.append("|---|---|---|")
        after = []
        for it in items:
            if it[0] == "text":
                after.append(it[1]); continue
            res = it[4] if it[3] == "=" else "%s %s" % (it[3], it[4])
            out.append("| %s | %s | %s |" % (it[1], it[2], res))
        out.append("")
        for a in after:
            out.append(a)
        if after:
            out.append("")
        out.append("**Answer:** " + answer[0].upper() + answer[1:] + ".")
    elif s == "terse":
        for it in items:
            if it[0] == "text":
                continue
            out.append(eqn(it))
        out.append("")
        out.append("Answer: " + ctx.n(final_val, "dec") if False else "Answer: " + answer)
    elif s == "tutor":
        out.append(rng.choice(["Great question! Let's work through it together.",
                               "Happy to help! We'll take it one step at a time.",
                               "Good one! Let's break it into small pieces."]))
        out.append("")
        j = 0
        for it in items:
            if it[0] == "text":
                out.append(it[1]); out.append(""); continue
            if it[6]:
                out.append("Let's double-check: %s ✓" % eqn(it)); out.append(""); continue
            lab = it[1][0].lower() + it[1][1:]
            opn = TUTOR_OPEN[min(j, 4)] if it is not items[last_step_i] else TUTOR_OPEN[5]
            j += 1
            line = "%s %s. %s." % (opn, lab, eqn(it)[0].upper() + eqn(it)[1:])
            if it[5]:
                line += " " + it[5]
            out.append(line)
            out.append("")
        out.append("So " + answer + ". 🚗")
    elif s == "numbered":
        for it in items:
            if it[0] == "text":
                out.append(it[1]); out.append(""); continue
            k += 1
            out.append("%d. **%s**" % (k, it[1]))
            out.append("   %s" % eqn(it))
            if it[5]:
                out.append("   " + it[5])
            out.append("")
        out.append("**Answer:** " + answer[0].upper() + answer[1:] + ".")
    elif s == "arrows":
        out.append(rng.choice(["Here's the quick math:", "Quick math:", "Running the numbers:"]))
        out.append("")
        buf = []
        for it in items:
            if it[0] == "text":
                if buf:
                    out.append(" → ".join(buf)); buf = []
                out.append(it[1]); continue
            buf.append("%s: %s" % (it[1], eqn(it)))
            if len(buf) == 2:
                out.append(" → ".join(buf)); buf = []
        if buf:
            out.append(" → ".join(buf))
        out.append("")
        out.append("**Bottom line:** " + answer + ".")
    else:
        raise ValueError(s)
    return out


def run(struct, p, style, fault, rng_layout):
    ctx = Ctx(style, fault)
    final, answer_fn = struct["solve"](ctx, p)
    ctx.auto_check()
    answer = answer_fn(ctx, final)
    lines = layout(ctx, answer, final, rng_layout)
    lines.append("")
    lines.append("#### " + plain(final))
    text = "\n".join(lines)
    span = None
    if MARK in text:
        i = text.index(MARK)
        text = text.replace(MARK, "")
        a = text.rfind("\n", 0, i) + 1
        b = text.find("\n", i)
        if b < 0:
            b = len(text)
        span = [a, b]
    return text, final, ctx, span


def build_loop(text, rng):
    lines = text.split("\n")
    # body without the answer section; a degenerate model loops before it gets there
    body = lines[:len(lines) - 2]
    last_eq = max(i for i, l in enumerate(body) if ("=" in l or "≈" in l or "approx" in l
                                                       or (l.startswith("| ") and not l.startswith("| Item"))))
    cand = [i for i in range(1, last_eq + 1) if body[i].strip() and body[i].strip() not in ("\\[", "\\]")
            and not body[i].startswith("|---") and not body[i].startswith("| Item")]
    start = cand[rng.randrange(len(cand) // 3, len(cand))]
    L = rng.choice([1, 1, 2, 2, 3])
    block = []
    i = start
    while i < len(body) and len([x for x in block if x.strip()]) < L:
        block.append(body[i]); i += 1
    while block and not block[-1].strip():
        block.pop()
    unit = "\n".join(block)
    blank_after = start + 1 < len(body) and not body[start + 1].strip()
    sep = "\n\n" if (blank_after or "\n\n" in unit) else "\n"
    if block[0].startswith("|"):
        sep = "\n"
    repeats = rng.randint(8, 30)
    prefix = "\n".join(body[:start])
    if prefix:
        prefix += "\n"
    sol = prefix + sep.join([unit] * repeats)
    s2 = len(prefix) + len(unit) + len(sep)
    return sol, [s2, s2 + len(unit)], repeats


def final_str(v):
    return plain(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    tcount = 0
    pcount = 0
    for sname, struct in STRUCTS:
        for pi, phr in enumerate(struct["phr"]):
            for wi, wrap in enumerate(WRAPS):
                tname = "%s/p%d/w%d" % (sname, pi, wi)
                tcount += 1
                for k in range(4):
                    base = "%s|%s|%d" % (SEED, tname, k)
                    prng = random.Random(base + "|params")
                    style = STYLE_ORDER[pcount % len(STYLE_ORDER)]
                    pcount += 1
                    for _ in range(100):
                        p = struct["params"](prng)
                        try:
                            text, final, ctx, _ = run(struct, p, style, None, random.Random(base + "|layout"))
                            break
                        except Bad:
                            continue
                    problem = wrap[0] + phr(p) + wrap[1][pi % len(wrap[1])]
                    pid = "%s-%d-%d" % (sname, pi * len(WRAPS) + wi, k)
                    fstr = final_str(final)
                    common = dict(pid=pid, template=tname, style=style, problem=problem)
                    rows.append(dict(common, variant="correct", solution=text, final=fstr))
                    nsteps = [m["idx"] for m in ctx.step_meta if not m["check"]]
                    for mode in ("slip", "carry"):
                        frng = random.Random(base + "|" + mode)
                        for attempt in range(60):
                            step = frng.choice(nsteps)
                            kname = frng.choice(FAULT_KINDS)
                            fault = dict(step=step, mode=mode, kind=kname, rng=frng)
                            try:
                                t2, f2, c2, span = run(struct, p, style, fault, random.Random(base + "|layout"))
                            except (Bad, ZeroDivisionError):
                                continue
                            if mode == "slip" and f2 != final:
                                continue
                            if mode == "carry" and plain(f2) == fstr:
                                continue
                            if span is None:
                                continue
                            fr = c2.fault_rec
                            dpw = fr["dp"] if fr["vkind"] != "n32" else None
                            row = dict(common, variant=mode, solution=t2, final=fstr, span=span,
                                       wrong=plain(fr["wrong"]) if fr["vkind"] != "n32" else plain(fr["wrong"] * 32) + "/32",
                                       right=plain(fr["right"]) if fr["vkind"] != "n32" else plain(fr["right"] * 32) + "/32",
                                       step=fr["step"], kind=fr["kind"])
                            rows.append(row)
                            break
                        else:
                            raise SystemExit("could not make %s for %s" % (mode, pid))
                    lrng = random.Random(base + "|loop")
                    sol, span, reps = build_loop(text, lrng)
                    rows.append(dict(common, variant="loop", solution=sol, final=fstr, span=span, repeats=reps))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("templates=%d problems=%d rows=%d" % (tcount, pcount, len(rows)))


if __name__ == "__main__":
    main()
