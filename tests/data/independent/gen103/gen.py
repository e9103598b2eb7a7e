#!/usr/bin/env python3
"""Generator for a held-out set of worked solutions: hobby building, model kits,
3D printing and woodworking.  Standard library only, deterministic output."""
import argparse
import json
import math
import random
from fractions import Fraction as F

from structures import STRUCTURES, NAMES

# ---------------------------------------------------------------- numbers

def exact_dp(v, maxdp=4):
    for dp in range(maxdp + 1):
        if (v * 10 ** dp).denominator == 1:
            return dp
    return None


def round_half_up(v, dp):
    s = v * 10 ** dp
    n = math.floor(s + F(1, 2)) if s >= 0 else -math.floor(-s + F(1, 2))
    return F(n, 10 ** dp)


def num_str(v, dp, comma=True):
    neg = v < 0
    v = abs(v)
    n = round(v * 10 ** dp)
    ip, fp = divmod(n, 10 ** dp)
    s = f"{ip:,}" if comma else str(ip)
    if dp:
        s += "." + str(fp).zfill(dp)
    return ("-" if neg else "") + s


def plain(v):
    """gold final string: no separators, no trailing zeros"""
    dp = exact_dp(v, 6)
    s = num_str(v, dp if dp is not None else 2, comma=False)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


class Ctx:
    def __init__(self, rng, style):
        self.style = style
        self.comma = rng.random() < 0.85
        self.int_money = rng.random() < 0.5
        self.units_in_expr = rng.random() < 0.55
        self.mul = rng.choice(["×", "×", "×", "x", "*", "·"])
        self.div = rng.choice(["÷", "÷", "/"])
        self.minus = rng.choice(["−", "-", "-"])
        self.pct_as_of = rng.random() < 0.5
        self.check = rng.random() < 0.5
        self.rng = rng


def vstr(v, money, ctx, latex=False):
    dp = exact_dp(v)
    if dp is None:
        dp = 2
        v = round_half_up(v, 2)
    if money:
        if dp == 0 and ctx.int_money:
            d = 0
        else:
            d = max(dp, 2)
        s = num_str(v, d, ctx.comma)
        if latex:
            s = s.replace(",", "{,}")
            return "\\$" + s
        return "$" + s
    s = num_str(v, dp, ctx.comma)
    if latex:
        s = s.replace(",", "{,}")
    return s


def qstr(v, unit, money, ctx, latex=False):
    s = vstr(v, money, ctx, latex)
    if unit and not money:
        if latex:
            return s + "\\text{ " + unit + "}"
        return s + " " + unit
    if unit and money and unit.startswith("/"):
        if latex:
            return s + "\\text{" + unit + "}"
        return s + unit
    return s

# ---------------------------------------------------------------- expression trees
# leaf: ('n', value, unit, money) ; node: (op, [children]) op in + - * / ; ('%', p, child)

def N(v, unit="", money=False):
    return ("n", F(v), unit, money)


def ev(t):
    if t[0] == "n":
        return t[1]
    if t[0] == "%":
        return F(t[1]) / 100 * ev(t[2])
    op, ch = t
    vals = [ev(c) for c in ch]
    r = vals[0]
    for x in vals[1:]:
        if op == "+":
            r += x
        elif op == "-":
            r -= x
        elif op == "*":
            r *= x
        elif op == "/":
            r /= x
    return r


PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "n": 9}


def rend(t, ctx, mode, units=True):
    """mode: sym, latex, ascii, words"""
    if t[0] == "n":
        if mode == "gsm":
            dp = exact_dp(t[1])
            return num_str(t[1], dp if dp is not None else 2, False)
        u = t[2] if units else ""
        return qstr(t[1], u, t[3], ctx, latex=(mode == "latex"))
    if t[0] == "%" and mode == "gsm":
        return rend(t[2], ctx, mode, units) + "*" + num_str(F(t[1]), exact_dp(F(t[1])) or 0, False) + "/100"
    if t[0] == "%":
        inner = rend(t[2], ctx, mode, units)
        p = num_str(F(t[1]), exact_dp(F(t[1])) or 0, False)
        if mode == "latex":
            return p + "\\% \\text{ of } " + inner
        return p + "% of " + inner
    op, ch = t
    if mode == "latex":
        sym = {"+": " + ", "-": " - ", "*": " \\times ", "/": " \\div "}[op]
    elif mode == "gsm":
        sym = {"+": "+", "-": "-", "*": "*", "/": "/"}[op]
    elif mode == "ascii":
        sym = {"+": " + ", "-": " - ", "*": " * ", "/": " / "}[op]
    elif mode == "words":
        sym = {"+": " plus ", "-": " minus ", "*": " times ", "/": " divided by "}[op]
    else:
        sym = {"+": " + ", "-": " " + ctx.minus + " ", "*": " " + ctx.mul + " ", "/": " " + ctx.div + " "}[op]
    parts = []
    for i, c in enumerate(ch):
        s = rend(c, ctx, mode, units)
        cp = PREC[c[0]] if c[0] in PREC else 2
        need = cp < PREC[op] or (i > 0 and op in "-/" and cp == PREC[op] and c[0] != "n")
        if need:
            s = ("\\left(" + s + "\\right)") if mode == "latex" and False else "(" + s + ")"
        parts.append(s)
    return sym.join(parts)


def has_nest(t):
    if t[0] == "n":
        return False
    if t[0] == "%":
        return True
    return any(c[0] != "n" for c in t[1])

# ---------------------------------------------------------------- solver recorder

class Solver:
    def __init__(self, mode="correct", fault=None, wrong=None):
        self.mode = mode
        self.fault = fault
        self.wrong = wrong
        self.steps = []

    def step(self, tree, desc, unit="", money=False, post=None, adp=None, check=False):
        i = len(self.steps)
        true = ev(tree)
        dp = exact_dp(true)
        approx = dp is None or (money and dp > 2)
        if money:
            adp = 2
        if approx:
            true_r = round_half_up(true, adp if adp is not None else 2)
        else:
            true_r = true
        shown = true_r
        ret = true_r
        if i == self.fault:
            shown = self.wrong
            if self.mode == "carry":
                ret = self.wrong
        pv = None
        if post:
            kind = post[0]
            pv = F(math.ceil(ret)) if kind == "ceil" else F(math.floor(ret))
            if kind == "floor" and pv == ret:
                pv = ret
            ret_post = pv
        else:
            ret_post = ret
        self.steps.append(dict(tree=tree, desc=desc, unit=unit, money=money, post=post,
                               pv=pv, shown=shown, true=true_r, approx=approx, check=check,
                               adp=adp, exact=true))
        return ret_post

    def chk(self, tree, desc):
        return self.step(tree, desc, check=True)

# ---------------------------------------------------------------- faults

def digits_str(v, money, approx, adp):
    dp = exact_dp(v)
    if dp is None:
        dp = adp if adp is not None else 2
    if money and dp < 2:
        dp = 2
    return num_str(v, dp, False)


def make_wrong(rng, st, kinds):
    right = st["shown"]
    s = digits_str(right, st["money"], st["approx"], st["adp"])
    order = list(kinds)
    rng.shuffle(order)
    for kind in order:
        w = None
        if kind == "off_by_one":
            w = right + rng.choice([1, -1])
        elif kind == "off_by_ten":
            w = right + rng.choice([10, -10])
        elif kind == "swap":
            pos = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
            if pos:
                i = rng.choice(pos)
                w = F(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        elif kind == "drop_digit":
            pos = [i for i in range(len(s)) if s[i].isdigit()]
            if len(pos) >= 3:
                i = rng.choice(pos[1:])
                t = s[:i] + s[i + 1:]
                if t.endswith("."):
                    t = t[:-1]
                w = F(t)
        elif kind == "double_digit":
            pos = [i for i in range(len(s)) if s[i].isdigit()]
            i = rng.choice(pos)
            w = F(s[:i] + s[i] + s[i:])
        elif kind == "decimal_shift":
            w = right * rng.choice([10, F(1, 10)])
        elif kind == "wrong_op":
            t = st["tree"]
            if t[0] in "+-*/" and t[0] != "n":
                swap = {"*": "+", "+": "*", "-": "+", "/": "*"}[t[0]]
                w = ev((swap, t[1]))
                if exact_dp(w) is None:
                    w = round_half_up(w, 2)
        if w is None or w <= 0 or w == right:
            continue
        if exact_dp(w) is None:
            continue
        if st["money"] and exact_dp(w) > 2:
            continue
        if kind == "wrong_op" and st["tree"][0] == "/":
            continue
        wd = exact_dp(w) or 0
        if abs(w - st["exact"]) <= F(1, 2 * 10 ** wd):
            continue
        if st["approx"] and abs(w - right) < F(1, 10 ** (st["adp"] or 2)):
            continue
        return kind, w
    return None, None


KINDS = ["off_by_one", "off_by_ten", "swap", "drop_digit", "double_digit", "decimal_shift", "wrong_op"]

# ---------------------------------------------------------------- styles

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "chatty", "gsm8k"]

CONNECT = ["First", "Next", "Then", "After that", "Now", "Finally"]


def eqsym(st, mode):
    if st["approx"]:
        return " \\approx " if mode == "latex" else " ≈ "
    return " = "


def post_text(st, ctx, rng):
    if not st["post"]:
        return ""
    kind, word = st["post"][0], st["post"][1]
    n = num_str(st["pv"], 0, ctx.comma)
    if kind == "ceil":
        return rng.choice([f", so round up to {n} {word}", f", so {n} {word} are needed",
                           f". Rounding up, that's {n} {word}", f" → {n} {word}"])
    return rng.choice([f", so {n} full {word}", f". Only whole pieces count: {n} {word}",
                       f" → {n} {word} (round down)"])


def res_str(st, ctx, latex=False):
    return qstr(st["shown"], st["unit"], st["money"], ctx, latex)


def line_sym(st, ctx, mode="sym"):
    units = ctx.units_in_expr
    expr = rend(st["tree"], ctx, mode, units)
    return expr + eqsym(st, mode) + res_str(st, ctx, mode == "latex")


def cap(s):
    return s[:1].upper() + s[1:]


def render(style, steps, final_sentence, final_str, intro, ctx):
    rng = ctx.rng
    L = []
    where = {}

    def add(i, text):
        where[i] = len(L)
        L.append(text)

    if style == "md_steps":
        L.append(rng.choice(["## Solution", "Let's break this down step by step.", "## Step-by-step solution"]))
        L.append("")
        k = 0
        for i, st in enumerate(steps):
            if st["check"]:
                add(i, "**Check:** " + line_sym(st, ctx) + " ✓")
                L.append("")
                continue
            k += 1
            L.append(f"### Step {k}: {cap(st['desc'])}")
            add(i, line_sym(st, ctx) + post_text(st, ctx, rng))
            L.append("")
        L.append(f"**Final answer:** {final_sentence}")
    elif style == "bold_labels":
        L.append(intro)
        L.append("")
        for i, st in enumerate(steps):
            lab = "Check" if st["check"] else cap(st["desc"])
            add(i, f"**{lab}:** " + line_sym(st, ctx) + post_text(st, ctx, rng) + (" ✓" if st["check"] else ""))
            L.append("")
        L.append(f"**Answer:** {final_sentence}")
    elif style == "bullets":
        L.append(intro)
        L.append("")
        b = rng.choice(["-", "*", "•"])
        for i, st in enumerate(steps):
            if st["check"]:
                add(i, f"{b} Check: " + line_sym(st, ctx) + " ✓")
            else:
                add(i, f"{b} {cap(st['desc'])}: " + line_sym(st, ctx) + post_text(st, ctx, rng))
        L.append("")
        L.append(final_sentence)
    elif style == "prose":
        k = 0
        for i, st in enumerate(steps):
            if st["check"]:
                add(i, rng.choice(["To double-check: ", "Quick check: ", "Checking: "]) + line_sym(st, ctx) + ", which matches.")
                L.append("")
                continue
            con = CONNECT[min(k, len(CONNECT) - 2)] if i < len(steps) - 1 or k == 0 else "Finally"
            k += 1
            verb = rng.choice(["is", "works out to", "comes out as"]) if False else rng.choice(["we get", "we have", "that's"])
            add(i, f"{con}, for the {st['desc']} {verb} {line_sym(st, ctx)}{post_text(st, ctx, rng)}.")
            L.append("")
        L.append(final_sentence)
    elif style == "latex_inline":
        L.append(intro)
        L.append("")
        for i, st in enumerate(steps):
            lab = "Check" if st["check"] else cap(st["desc"])
            pt = post_text(st, ctx, rng)
            add(i, f"{lab}: \\(" + line_sym(st, ctx, "latex") + "\\)" + pt + ".")
            L.append("")
        L.append(final_sentence)
    elif style == "latex_display":
        dl = rng.choice([("\\[", "\\]"), ("$$", "$$")])
        for i, st in enumerate(steps):
            lab = "Check:" if st["check"] else cap(st["desc"]) + ":"
            L.append(lab)
            add(i, f"{dl[0]} " + line_sym(st, ctx, "latex") + f" {dl[1]}")
            if st["post"]:
                n = num_str(st["pv"], 0, ctx.comma)
                L.append(("Rounding up" if st["post"][0] == "ceil" else "Rounding down") + f", that gives {n} {st['post'][1]}.")
            L.append("")
        L.append(final_sentence)
    elif style == "table":
        L.append(intro)
        L.append("")
        L.append("| Step | Quantity | Calculation | Result |")
        L.append("|---|---|---|---|")
        k = 0
        checks = []
        for i, st in enumerate(steps):
            if st["check"]:
                checks.append(i)
                continue
            k += 1
            r = res_str(st, ctx)
            if st["approx"]:
                r = "≈ " + r
            if st["post"]:
                r += f" → {num_str(st['pv'], 0, ctx.comma)} {st['post'][1]}"
            add(i, f"| {k} | {cap(st['desc'])} | {rend(st['tree'], ctx, 'sym', ctx.units_in_expr)} | {r} |")
        L.append("")
        for i in checks:
            add(i, "Check: " + line_sym(steps[i], ctx) + " ✓")
            L.append("")
        L.append(final_sentence)
    elif style == "terse":
        for i, st in enumerate(steps):
            pre = "check: " if st["check"] else ""
            pt = ""
            if st["post"]:
                pt = f" -> {num_str(st['pv'], 0, ctx.comma)} {st['post'][1]}"
            add(i, pre + line_sym(st, ctx, "ascii") + pt)
        L.append("")
        L.append(final_sentence)
    elif style == "chatty":
        L.append(rng.choice(["Great project! Let's work it out together.", "Ooh, fun build! Let's figure this out.",
                             "Happy to help with the math for this one!", "Nice — let's crunch the numbers."]))
        L.append("")
        for i, st in enumerate(steps):
            if st["check"]:
                add(i, "Let's sanity-check: " + line_sym(st, ctx) + ". Yep, that matches!")
                L.append("")
                continue
            if not has_nest(st["tree"]) and rng.random() < 0.6:
                expr = rend(st["tree"], ctx, "words", ctx.units_in_expr)
                conn = "comes to about " if st["approx"] else rng.choice(["comes to ", "gives ", "equals "])
                add(i, rng.choice(["So f", "That means f", "Okay, so f", "F"]) + f"or the {st['desc']}, {expr} {conn}{res_str(st, ctx)}{post_text(st, ctx, rng)}.")
            else:
                add(i, rng.choice(["Now the ", "Next up, the ", "Then the "]) + f"{st['desc']}: {line_sym(st, ctx)}{post_text(st, ctx, rng)}.")
            L.append("")
        L.append(final_sentence + rng.choice([" Happy building!", " Good luck with the project!", " Enjoy the build!", ""]))
    elif style == "gsm8k":
        for i, st in enumerate(steps):
            t = st["tree"]
            expr = rend(t, ctx, "gsm", False)
            val = digits_str(st["shown"], False, st["approx"], st["adp"])
            shown = res_str(st, ctx)
            if st["check"]:
                add(i, f"Check: {expr}=<<{expr}={val}>>{val}.")
                continue
            lead = cap(st["desc"])
            pt = ""
            if st["post"]:
                pt = f", so {num_str(st['pv'], 0, False)} {st['post'][1]}"
            add(i, f"{lead} is {expr}=<<{expr}={val}>>{shown}{pt}.")
    L.append(f"#### {final_str}")
    return L, where


def join_lines(L):
    offs = []
    pos = 0
    for l in L:
        offs.append(pos)
        pos += len(l) + 1
    return "\n".join(L), offs

# ---------------------------------------------------------------- driver

def build(out):
    rows = []
    nprob = 0
    for si, S in enumerate(STRUCTURES):
        for ph in range(8):
            frame = ph % 2
            item_i = ph // 2
            tname = f"{S['name']}-{ph}"
            for ns in range(4):
                pid = f"{S['name']}-{ph}-{ns}"
                rng = random.Random("nums:" + pid)
                style = STYLES[(si * 32 + ph * 4 + ns + si) % len(STYLES)]
                for _ in range(500):
                    p = S["gen"](rng)
                    p["name"] = rng.choice(NAMES)
                    p["item"] = S["items"][item_i]
                    if valid(run(S, p, pid, style)[0]):
                        break
                else:
                    raise SystemExit("no valid numbers for " + pid)
                problem = S["frames"][frame].format(**p)
                rows.extend(make_rows(pid, tname, style, problem, S, p))
                nprob += 1
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return nprob, len(rows)


def valid(sv):
    idx = [i for i, st in enumerate(sv.steps) if not st["check"]]
    for i in idx:
        st = sv.steps[i]
        if not st["approx"] or i == idx[-1]:
            continue
        if st["post"]:
            e = st["exact"]
            pe = math.ceil(e) if st["post"][0] == "ceil" else math.floor(e)
            if pe == st["pv"]:
                continue
        return False
    return True


def run(S, p, pid, style, mode="correct", fault=None, wrong=None, orig=None):
    ctx = Ctx(random.Random("style:" + pid), style)
    sv = Solver(mode, fault, wrong)
    fin, fin_money, fin_unit, sentence = S["solve"](sv, p, ctx.check)
    if orig is not None:
        sv.steps = [st for st, o in zip(sv.steps, orig) if not (st["check"] and st["shown"] != o["shown"])]
    fdisp = qstr(fin, fin_unit, fin_money, ctx)
    intro = S["intro"].format(**p) if "intro" in S else "Here's how to work it out."
    final_sentence = sentence.format(v=fdisp, **p)
    L, where = render(style, sv.steps, final_sentence, plain(fin), intro, ctx)
    return sv, L, where, fin


def ctx_of(pid, style):
    return Ctx(random.Random("style:" + pid), style)


def shown_num(v, st, ctx):
    if ctx.style == "gsm8k":
        return digits_str(v, False, st["approx"], st["adp"])
    return vstr(v, st["money"], ctx).replace("$", "")


def make_rows(pid, tname, style, problem, S, p):
    base = dict(pid=pid, template=tname, style=style, problem=problem)
    sv, L, where, fin = run(S, p, pid, style)
    gold = plain(fin)
    text, offs = join_lines(L)
    rows = [dict(base, variant="correct", solution=text, final=gold)]
    frng = random.Random("fault:" + pid)
    cand = [i for i, st in enumerate(sv.steps) if not st["check"]]
    # slip
    for _ in range(50):
        i = frng.choice(cand)
        kind, w = make_wrong(frng, sv.steps[i], KINDS)
        if kind:
            break
    sv2, L2, where2, fin2 = run(S, p, pid, style, "slip", i, w)
    assert plain(fin2) == gold
    t2, o2 = join_lines(L2)
    li = where2[i]
    st = sv2.steps[i]
    rows.append(dict(base, variant="slip", solution=t2, final=gold,
                     span=[o2[li], o2[li] + len(L2[li])],
                     wrong=shown_num(w, st, ctx_of(pid, style)),
                     right=shown_num(st["true"], st, ctx_of(pid, style)),
                     step=i + 1, kind=kind))
    # carry
    order = cand[:]
    frng.shuffle(order)
    done = False
    for i in order:
        for _ in range(6):
            kind, w = make_wrong(frng, sv.steps[i], KINDS)
            if not kind:
                continue
            try:
                sv3, L3, where3, fin3 = run(S, p, pid, style, "carry", i, w, sv.steps)
            except ZeroDivisionError:
                continue
            if any(x["shown"] <= 0 for x in sv3.steps):
                continue
            if plain(fin3) == gold or fin3 <= 0:
                continue
            t3, o3 = join_lines(L3)
            li = where3[i]
            st = sv3.steps[i]
            rows.append(dict(base, variant="carry", solution=t3, final=gold,
                             span=[o3[li], o3[li] + len(L3[li])],
                             wrong=shown_num(w, st, ctx_of(pid, style)),
                             right=shown_num(st["true"], st, ctx_of(pid, style)),
                             step=i + 1, kind=kind))
            done = True
            break
        if done:
            break
    assert done, pid
    # loop
    body = L[:-1]
    while body and body[-1] == "":
        body = body[:-1]
    comp_lines = sorted(where[i] for i in cand)
    lrng = random.Random("loop:" + pid)
    end = lrng.choice(comp_lines[: max(1, len(comp_lines) - 1)]) + 1
    u = lrng.choice([1, 1, 2, 3])
    u = min(u, end)
    unit = body[end - u:end]
    while unit and unit[0] == "":
        unit = unit[1:]
    u = len(unit)
    reps = lrng.randint(8, 30)
    prefix = body[:end - u]
    unit_text = "\n".join(unit)
    text4 = "\n".join(prefix + unit * reps)
    first = len("\n".join(prefix)) + (1 if prefix else 0)
    second = first + len(unit_text) + 1
    if lrng.random() < 0.4:
        stop = min([k for k in (unit_text.find("="), unit_text.find("≈"), unit_text.find("|"), unit_text.find("\\approx")) if k > 0] or [len(unit_text)])
        sp = [k for k in range(1, stop) if unit_text[k] == " "]
        if sp:
            text4 = text4 + "\n" + unit_text[: lrng.choice(sp)]
    rows.append(dict(base, variant="loop", solution=text4, final=gold,
                     span=[second, second + len(unit_text)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    n, r = build(a.out)
    print(f"problems={n} rows={r} -> {a.out}")


if __name__ == "__main__":
    main()
