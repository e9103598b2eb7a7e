#!/usr/bin/env python3
"""Generate the public-transit evaluation set (stdlib only, deterministic)."""
import argparse
import json
import math
import random
from fractions import Fraction as F

from structs import STRUCTS

N_SETS = 4
STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "tutor", "gsm8k", "numbered"]


# ---------------------------------------------------------------- evaluation
def evaluate(S, override=None, fault=None):
    vals = {k: v for k, v in S["given"].items()}
    for s in S["steps"]:
        a = [vals[x][0] for x in s["a"]]
        op = s["op"]
        if op == "mul":
            v = a[0] * a[1]
        elif op == "add":
            v = sum(a, F(0))
        elif op == "sub":
            v = a[0] - a[1]
        elif op == "div":
            v = a[0] / a[1]
        elif op == "ceil":
            v = F(math.ceil(a[0] / a[1]))
        elif op == "divq":
            v = F(int(a[0] // a[1]))
        elif op == "lin":
            v = a[0]
            for sg, x in zip(s["s"], a[1:]):
                v = v + x if sg == "+" else v - x
        elif op == "tadd":
            v = a[0] + a[1]
        elif op == "tdiff":
            v = a[0] - a[1]
        else:
            raise ValueError(op)
        if override is not None and s["n"] == fault:
            v = override
        vals[s["n"]] = (v, s["k"])
    return vals


def valid(S, vals):
    for s in S["steps"]:
        v, k = vals[s["n"]]
        if k in ("n", "min"):
            if v.denominator != 1 or v < 0:
                return False
        elif k == "time":
            if not (0 <= v < 1440) or v.denominator != 1:
                return False
        else:
            if v < 0 or (v * 100).denominator != 1:
                return False
        if s["op"] == "tdiff" and not (0 < v <= (1200 if S.get("clock") == "24h" else 719)):
            return False
        if s["op"] in ("ceil", "divq", "div"):
            if vals[s["a"][1]][0] <= 0 or vals[s["a"][0]][0] <= 0:
                return False
    return True


# ---------------------------------------------------------------- formatting
class Fmt:
    def __init__(self, style, rng, clock_mode):
        self.style = style
        self.latex = style in ("latex_inline", "latex_display")
        self.ascii = style == "gsm8k"
        self.clock_mode = clock_mode
        if self.ascii:
            self.mul, self.div, self.minus = "*", "/", "-"
        elif self.latex:
            self.mul, self.div, self.minus = r"\times", r"\div", "-"
        else:
            self.mul = rng.choice(["×", "×", "×", "x", "*", "·"])
            self.div = rng.choice(["÷", "÷", "/"])
            self.minus = rng.choice(["−", "-", "-"])
        self.cents = rng.random() < 0.6 or self.latex
        self.commas = not self.ascii
        self.words = style in ("tutor", "prose") and rng.random() < 0.5

    def num(self, v, commas=None):
        commas = self.commas if commas is None else commas
        neg = v < 0
        v = abs(v)
        if v.denominator == 1:
            s = format(int(v), "," if commas else "")
        else:
            for d in (1, 2, 3, 4):
                if (v * 10 ** d).denominator == 1:
                    break
            ip = int(v)
            fp = int((v - ip) * 10 ** d)
            s = format(ip, "," if commas else "") + "." + str(fp).zfill(d)
        if self.latex:
            s = s.replace(",", "{,}")
        return ("-" if neg else "") + s

    def money(self, v):
        q = int(v * 100)
        assert q == v * 100
        d = r"\$" if self.latex else "$"
        s = format(q // 100, "," if self.commas else "")
        if self.latex:
            s = s.replace(",", "{,}")
        if self.cents or q % 100:
            return d + s + ".%02d" % (q % 100)
        return d + s

    def clock(self, m):
        m = int(m) % 1440
        h, mm = divmod(m, 60)
        if self.clock_mode == "24h":
            return "%02d:%02d" % (h, mm)
        return "%d:%02d" % (h % 12 or 12, mm)

    def val(self, v, k):
        if k == "usd":
            return self.money(v)
        if k == "time":
            return self.clock(v)
        return self.num(v)

    def raw(self, v, k):
        """value inside a gsm8k <<...>> annotation"""
        if k == "time":
            return self.clock(v)
        return self.num(v, commas=False)

    def opsym(self, op):
        if self.words:
            return {"mul": "times", "div": "divided by", "+": "plus", "-": "minus"}[op]
        return {"mul": self.mul, "div": self.div, "+": "+", "-": self.minus}[op]


def ampm(m):
    return "a.m." if int(m) % 1440 < 720 else "p.m."


# ---------------------------------------------------------------- step lines
def step_parts(S, s, vals_ops, shown, fm, raw=False):
    """Return (expr, rel, result_text, tail) for a step.
    vals_ops: values used as operands; shown: value written as the result."""
    V = (lambda n: fm.raw(*vals_ops[n])) if raw else (lambda n: fm.val(*vals_ops[n]))
    a = s["a"]
    op = s["op"]
    k = s["k"]
    rv = shown
    res = fm.raw(rv, k) if raw else fm.val(rv, k)
    tail = ""
    rel = "="
    if op == "mul":
        expr = f"{V(a[0])} {fm.opsym('mul')} {V(a[1])}"
    elif op == "add":
        expr = f" {fm.opsym('+')} ".join(V(x) for x in a)
    elif op == "sub":
        expr = f"{V(a[0])} {fm.opsym('-')} {V(a[1])}"
    elif op == "lin":
        expr = V(a[0])
        for sg, x in zip(s["s"], a[1:]):
            expr += f" {fm.opsym('+' if sg == '+' else '-')} {V(x)}"
    elif op == "div":
        if fm.style == "latex_display" and not raw:
            expr = r"\frac{%s}{%s}" % (V(a[0]), V(a[1]))
        else:
            expr = f"{V(a[0])} {fm.opsym('div')} {V(a[1])}"
    elif op == "tadd":
        expr = f"{V(a[0])} + {V(a[1])}"
        if not raw:
            expr += r" \text{ min}" if fm.latex else " min"
    elif op == "tdiff":
        expr = f"{V(a[0])} {fm.opsym('-') if not fm.words else fm.minus} {V(a[1])}"
    elif op == "ceil":
        x = vals_ops[a[0]][0] / vals_ops[a[1]][0]
        expr = f"{V(a[0])} {fm.opsym('div')} {V(a[1])}"
        if x.denominator == 1:
            res = fm.num(x)
        else:
            rel = r"\approx" if fm.latex else "≈"
            res = fm.num(F(round(x * 100), 100))
            tail = ("ceil", fm.num(rv))
    elif op == "divq":
        x = vals_ops[a[0]][0]
        y = vals_ops[a[1]][0]
        q, rr = divmod(int(x), int(y))
        expr = f"{V(a[0])} {fm.opsym('div')} {V(a[1])}"
        res = f"{q} remainder {rr}" if not fm.latex else r"%d \text{ remainder } %d" % (q, rr)
        if raw:
            res = f"{q} remainder {rr}"
    else:
        raise ValueError(op)
    return expr, rel, res, tail


def unit_of(s, fm, res_kind=None):
    u = s.get("unit", "")
    return u


def sing(s, v):
    u = s.get("unit", "")
    if v == 1 and u in ("minutes", "rides", "buses", "passengers", "intervals", "trains", "hours", "people"):
        return {"buses": "bus", "people": "person"}.get(u, u[:-1])
    return u


CONNECT = ["First", "Next", "Then", "Now", "After that", "Next", "Then"]


def cap(x):
    return x[:1].upper() + x[1:]


def render(S, style, rng, vals, shown_over=None, ops_vals=None, loop=None):
    """Render the solution. vals: values (for carry, already with fault).
    shown_over: {step_name: value} written as result (slip).
    ops_vals: operand values (same as vals).
    Returns list of (text_block, set_of_step_indices)."""
    fm = Fmt(style, random.Random(rng), S.get("clock", "12h"))
    r = random.Random(rng + "/r")
    steps = S["steps"]
    blocks = []  # (text, stepset)

    def shown(s):
        if shown_over and s["n"] in shown_over:
            return shown_over[s["n"]]
        return vals[s["n"]][0]

    def eqline(s, raw=False, bold=False):
        expr, rel, res, tail = step_parts(S, s, vals, shown(s), fm, raw=raw)
        u = sing(s, shown(s))
        if fm.latex:
            if u:
                u = r"\text{ %s}" % u
            if isinstance(tail, tuple):
                return f"{expr} {rel} {res}" + r" \;\Rightarrow\; %s%s" % (tail[1], u)
            return f"{expr} {rel} {res}{u}"
        if fm.words and s["op"] == "tdiff" and style in ("prose", "tutor"):
            a = s["a"]
            txt = f"from {fm.val(*vals[a[1]])} to {fm.val(*vals[a[0]])} is {res}"
            return txt + (" " + u if u else "")
        rb = f"**{res}**" if bold and not isinstance(tail, tuple) else res
        line = f"{expr} {rel} {rb}"
        if isinstance(tail, tuple):
            n = f"**{tail[1]}**" if bold else tail[1]
            line += r.choice([f", so round up to {n} {u}", f" → round up to {n} {u}",
                              f", which rounds up to {n} {u}"])
            return line.rstrip()
        if u:
            line += " " + u
        if s["k"] == "time" and r.random() < 0.5:
            line += " " + ampm(shown(s))
        if s["op"] == "tdiff" and shown(s) >= 60 and r.random() < 0.5:
            hh, mm = divmod(int(shown(s)), 60)
            line += f" ({hh} h {mm} min)" if mm else f" ({hh} h)"
        return line

    fin_step = next(i for i, s in enumerate(steps) if s["n"] == S["final"])
    fval = vals[S["final"]]
    fstr = fm.val(*fval) if not fm.latex else Fmt("prose", random.Random(rng), S.get("clock", "12h")).val(*fval)
    if fval[1] == "usd":
        fstr = fstr if not fm.latex else fstr
    answer = S["answer"].replace("{v}", fstr)
    conn = 0

    def connector(i, s):
        nonlocal conn
        if s.get("check"):
            return "Check"
        if i == len(steps) - 1 or (i == fin_step and all(x.get("check") for x in steps[i + 1:])):
            return "Finally"
        c = CONNECT[min(conn, len(CONNECT) - 1)]
        conn += 1
        return c

    if style == "md_steps":
        blocks.append((r.choice(["Let's work through this step by step.", "Let's solve this step by step.",
                                 "Here's how to work it out."]) + "\n\n", set()))
        k = 0
        for i, s in enumerate(steps):
            if s.get("check"):
                blocks.append((f"**Check:** {eqline(s)} ✓\n\n", {i}))
                continue
            k += 1
            blocks.append((f"### Step {k}: {s['lab']}\n\n", set()))
            blocks.append((cap(s["lead"]) + ":\n\n", set()))
            blocks.append((eqline(s, bold=True) + "\n\n", {i}))
        blocks.append(("### Answer\n\n", set()))
        blocks.append((answer.replace(fstr, f"**{fstr}**", 1) + "\n\n", set()))
    elif style == "bold_labels":
        for i, s in enumerate(steps):
            lab = "Check" if s.get("check") else s["lab"]
            blocks.append((f"**{lab}:** {eqline(s)}" + (" ✓" if s.get("check") else "") + "\n\n", {i}))
        blocks.append((f"**Answer:** {answer}\n\n", set()))
    elif style == "bullets":
        blocks.append((r.choice(["Here's the breakdown:", "Breaking it down:", "Quick breakdown:"]) + "\n\n", set()))
        for i, s in enumerate(steps):
            if s.get("check"):
                continue
            blocks.append((f"- {s['lab']}: {eqline(s)}\n", {i}))
        blocks.append(("\n", set()))
        blocks.append((f"So, {answer[0].lower() + answer[1:] if answer.startswith('The') else answer}\n\n", set()))
    elif style == "prose":
        cur, cs = "", set()
        for i, s in enumerate(steps):
            c = connector(i, s)
            if s.get("check"):
                sent = f"Check: {eqline(s)}."
            else:
                sent = f"{c}, {s['lead']}: {eqline(s)}."
            cur = (cur + " " + sent) if cur else sent
            cs.add(i)
            if r.random() < 0.45 or i == len(steps) - 1:
                blocks.append((cur + "\n\n", cs))
                cur, cs = "", set()
        if cur:
            blocks.append((cur + "\n\n", cs))
        blocks.append((answer + "\n\n", set()))
    elif style == "latex_inline":
        for i, s in enumerate(steps):
            c = connector(i, s)
            if s.get("check"):
                blocks.append((f"Check: \\( {eqline(s)} \\) ✓\n\n", {i}))
            else:
                blocks.append((f"{c}, {s['lead']}: \\( {eqline(s)} \\)\n\n", {i}))
        blocks.append((f"So the answer is \\( \\boxed{{{fm.val(*fval)}}} \\). {answer}\n\n", set()))
    elif style == "latex_display":
        for i, s in enumerate(steps):
            c = connector(i, s)
            head = "Check:" if s.get("check") else f"{cap(s['lead'])}:" if r.random() < 0.5 else f"{c}, {s['lead']}:"
            blocks.append((head + "\n\n", set()))
            blocks.append(("\\[\n", set()))
            blocks.append((eqline(s) + "\n", {i}))
            blocks.append(("\\]\n\n", set()))
        blocks.append((f"\\[\n\\boxed{{{fm.val(*fval)}}}\n\\]\n\n", set()))
        blocks.append((answer + "\n\n", set()))
    elif style == "table":
        blocks.append((r.choice(["Let's organize the calculation in a table.", "Here is the calculation laid out:",
                                 "Step-by-step:"]) + "\n\n", set()))
        blocks.append(("| Step | Calculation | Result |\n", set()))
        blocks.append(("|---|---|---|\n", set()))
        for i, s in enumerate(steps):
            if s.get("check"):
                continue
            expr, rel, res, tail = step_parts(S, s, vals, shown(s), fm)
            u = sing(s, shown(s))
            if isinstance(tail, tuple):
                cell = f"{expr} {rel} {res} → round up"
                res = tail[1]
            else:
                cell = expr
            blocks.append((f"| {s['lab']} | {cell} | {res}{(' ' + u) if u else ''} |\n", {i}))
        blocks.append(("\n", set()))
        blocks.append((f"**{answer}**\n\n", set()))
    elif style == "terse":
        for i, s in enumerate(steps):
            if s.get("check"):
                blocks.append((f"Check: {eqline(s)} ✓\n", {i}))
            else:
                blocks.append((eqline(s) + "\n", {i}))
        blocks.append(("\n" + f"Answer: {fstr}\n\n", set()))
    elif style == "tutor":
        blocks.append((r.choice(["Great question! Let's figure this out together. 🚌",
                                 "Sure! Let's break this down step by step.",
                                 "Happy to help! Let's take it one piece at a time."]) + "\n\n", set()))
        for i, s in enumerate(steps):
            if s.get("check"):
                blocks.append((f"Let's double-check: {eqline(s)}. ✅\n\n", {i}))
                continue
            blocks.append((f"**{s['lab']}**\n", set()))
            blocks.append((r.choice([f"We need to {s['lead']}: {eqline(s)}.",
                                     f"Let's {s['lead']}. That gives {eqline(s)}.",
                                     f"To get this, {s['lead']} — {eqline(s)}."]) + "\n\n", {i}))
        blocks.append((f"So, {answer[0].lower() + answer[1:] if answer.startswith('The') else answer} "
                       + r.choice(["Hope that helps with the commute!", "Safe travels! 🚆", "Let me know if you'd like to see another way to check it."])
                       + "\n\n", set()))
    elif style == "gsm8k":
        cur, cs = "", set()
        for i, s in enumerate(steps):
            if s.get("check"):
                continue
            expr, rel, res, tail = step_parts(S, s, vals, shown(s), fm, raw=True)
            expr = expr.replace(" ", "")
            vis = fm.val(shown(s), s["k"])
            u = sing(s, shown(s))
            if s["op"] in ("ceil", "divq"):
                x = vals[s["a"][0]][0] / vals[s["a"][1]][0]
                if s["op"] == "ceil":
                    if x.denominator == 1:
                        sent = f"{cap(s['lead'])}: {expr}=<<{expr}={res}>>{vis} {u}."
                    else:
                        sent = f"{cap(s['lead'])}: {expr}={res}..., so rounding up gives {vis} {u}."
                        sent = sent.replace(f"={res}...", f"≈{res}")
                else:
                    sent = f"{cap(s['lead'])}: {expr} = {res}, so {int(x)} full intervals have passed."
            else:
                sent = f"{cap(s['lead'])}: {expr}=<<{expr}={res}>>{vis}" + (f" {u}" if u else "") + "."
            cur = (cur + " " + sent) if cur else sent
            cs.add(i)
            if r.random() < 0.5:
                blocks.append((cur + "\n", cs))
                cur, cs = "", set()
        if cur:
            blocks.append((cur + "\n", cs))
    elif style == "numbered":
        blocks.append((r.choice(["To solve this:", "Here's the solution:", "Solution:"]) + "\n\n", set()))
        k = 0
        for i, s in enumerate(steps):
            if s.get("check"):
                blocks.append((f"\nCheck: {eqline(s)} ✓\n", {i}))
                continue
            k += 1
            blocks.append((f"{k}. **{s['lab']}** — {s['lead']}: {eqline(s)}\n", {i}))
        blocks.append(("\n" + f"**Final answer:** {answer}\n\n", set()))
    else:
        raise ValueError(style)
    return blocks, fm


def final_str(v, k):
    if v.denominator == 1:
        return str(int(v))
    s = format(float(v), ".4f").rstrip("0").rstrip(".")
    assert F(s) == v, (s, v)
    return s


# ---------------------------------------------------------------- faults
def digit_mut(text, how, rng):
    ds = [i for i, c in enumerate(text) if c.isdigit()]
    out = []
    if how == "swap":
        for j in range(len(text) - 1):
            if text[j].isdigit() and text[j + 1].isdigit() and text[j] != text[j + 1]:
                out.append(text[:j] + text[j + 1] + text[j] + text[j + 2:])
    elif how == "drop":
        for j in ds:
            out.append(text[:j] + text[j + 1:])
    elif how == "double":
        for j in ds:
            out.append(text[:j] + text[j] + text[j:])
    return out


def candidates(S, s, vals, rng):
    v, k = vals[s["n"]]
    a = [vals[x][0] for x in s["a"]]
    c = []
    if k == "time":
        for d in (10, -10, 60, -60, 1, -1, 5):
            c.append(("off_by_%d_min" % abs(d) if abs(d) != 60 else "hour_slip", v + d))
        return c
    step = F(1)
    if k == "usd":
        c += [("off_by_one", v + 1), ("off_by_one", v - 1), ("off_by_ten_cents", v + F(1, 10)),
              ("off_by_ten", v + 10), ("off_by_ten", v - 10), ("decimal_shift", v * 10), ("decimal_shift", v / 10)]
    elif k in ("km", "h", "kmh", "d") and v.denominator != 1:
        c += [("decimal_shift", v * 10), ("decimal_shift", v / 10), ("off_by_one", v + 1), ("off_by_one", v - 1)]
    else:
        c += [("off_by_one", v + 1), ("off_by_one", v - 1), ("off_by_ten", v + 10), ("off_by_ten", v - 10)]
    # digit-level slips on the plain decimal representation
    if v.denominator == 1:
        txt = str(int(v))
    else:
        txt = format(float(v), ".2f") if k == "usd" else final_str(v, k)
    for how in ("swap", "drop", "double"):
        for t in digit_mut(txt, how, rng):
            try:
                w = F(t)
            except (ValueError, ZeroDivisionError):
                continue
            if t.startswith("0") and len(t) > 1 and not t.startswith("0."):
                continue
            c.append(("digit_" + how, w))
    op = s["op"]
    if op == "mul":
        c.append(("wrong_op", a[0] + a[1]))
    elif op == "sub":
        c.append(("wrong_op", a[0] + a[1]))
    elif op == "add" and len(a) == 2:
        c.append(("wrong_op", abs(a[0] - a[1])))
    elif op == "div":
        c.append(("wrong_op", a[0] - a[1]))
    elif op == "tdiff":
        pass
    return c


def fmt_equal(S, s, a, b, style, seed):
    fm = Fmt(style, random.Random(seed), S.get("clock", "12h"))
    k = s["k"]
    return fm.val(a, k) == fm.val(b, k)


def choose_fault(S, style, seed, mode, rng):
    base = evaluate(S)
    steps = S["steps"]
    idxs = [i for i, s in enumerate(steps) if s["op"] not in ("ceil", "divq") and not s.get("check")]
    rng.shuffle(idxs)
    for i in idxs:
        s = steps[i]
        right = base[s["n"]][0]
        cands = candidates(S, s, base, rng)
        # prefer a kind spread: shuffle, but keep deterministic
        rng.shuffle(cands)
        for kind, w in cands:
            if w == right or w <= 0:
                continue
            if s["k"] in ("n", "min") and w.denominator != 1:
                continue
            if (w * 100).denominator != 1:
                continue
            if fmt_equal(S, s, w, right, style, seed):
                continue
            if mode == "slip":
                vv = dict(base)
                vv[s["n"]] = (w, s["k"])
                if not valid_one(S, s, w):
                    continue
                return i, kind, w, base
            else:
                vals = evaluate(S, override=w, fault=s["n"])
                if not valid(S, vals):
                    continue
                if vals[S["final"]][0] == base[S["final"]][0]:
                    continue
                fi = [j for j, t in enumerate(steps) if t["n"] == S["final"]][0]
                if i > fi:
                    continue
                return i, kind, w, vals
    return None


def valid_one(S, s, w):
    k = s["k"]
    if k == "time":
        return 0 <= w < 1440
    if s["op"] == "tdiff":
        return 0 < w <= (1200 if S.get("clock") == "24h" else 719)
    return w >= 0


# ---------------------------------------------------------------- assembly
def join(blocks):
    text = "".join(b for b, _ in blocks)
    return text


def locate(blocks, idx):
    pos = 0
    for b, ss in blocks:
        if idx in ss:
            # span of the line within this block holding the result
            lines = b.split("\n")
            off = pos
            for ln in lines:
                if ln.strip():
                    return off, off + len(ln)
                off += len(ln) + 1
        pos += len(b)
    raise KeyError(idx)


def finish(text, fin, style):
    text = text.rstrip("\n") + "\n\n"
    return text + f"#### {fin}"


def make_loop(blocks, rng):
    # candidate units: consecutive blocks (1-3) ending at an interior step block
    body = [b for b in blocks]
    step_pos = [j for j, (b, ss) in enumerate(body) if ss]
    if len(step_pos) < 2:
        step_pos = step_pos
    lo = 0 if len(step_pos) < 3 else 1
    j = step_pos[rng.randint(lo, max(lo, len(step_pos) - 2))]
    u = rng.choice([1, 1, 2, 3])
    start = max(0, j - u + 1)
    unit = "".join(b for b, _ in body[start:j + 1])
    if not unit.endswith("\n"):
        unit += "\n"
    prefix = "".join(b for b, _ in body[:start])
    copies = rng.randint(8, 30)
    text = prefix + unit * copies
    if rng.random() < 0.4:
        # truncated mid-copy (generation cut off), before any '=' or digit
        cut = 0
        for ci, ch in enumerate(unit):
            if ch.isdigit() or ch in "=≈<\\|":
                break
            if ch == " ":
                cut = ci
        if cut > 0:
            text += unit[:cut]
    span = [len(prefix) + len(unit), len(prefix) + 2 * len(unit)]
    return text, span, copies


def build_rows():
    rows = []
    tid = 0
    counter = 0
    for si_struct, fn in enumerate(STRUCTS):
        for ph in range(9):
            setup_i, q_i = ph // 3, ph % 3
            tname = f"{fn.__name__}-p{ph}"
            for ns in range(N_SETS):
                seed = f"transit89|{tname}|{ns}"
                rng = random.Random(seed)
                S = fn(rng, setup_i, q_i)
                S["problem"] = S["problem"].replace("a.m..", "a.m.").replace("p.m..", "p.m.")
                style = STYLES[counter % len(STYLES)]
                counter += 1
                pid = f"{fn.__name__}-{ph}-{ns}"
                base = evaluate(S)
                assert valid(S, base), (pid, base)
                gold = final_str(*base[S["final"]])
                common = dict(pid=pid, template=tname, style=style, problem=S["problem"])
                # correct
                blocks, fm = render(S, style, seed, base)
                sol = finish(join(blocks), gold, style)
                rows.append(dict(common, variant="correct", solution=sol, final=gold))
                # slip
                frng = random.Random(seed + "/slip")
                i, kind, w, _ = choose_fault(S, style, seed, "slip", frng)
                s = S["steps"][i]
                blocks, fm = render(S, style, seed, base, shown_over={s["n"]: w})
                sol = finish(join(blocks), gold, style)
                sp = locate(blocks, i)
                wtxt = fm.val(w, s["k"]) if style != "gsm8k" else fm.val(w, s["k"])
                rtxt = fm.val(base[s["n"]][0], s["k"])
                rows.append(dict(common, variant="slip", solution=sol, final=gold, span=list(sp),
                                 wrong=wtxt, right=rtxt, step=i + 1, kind=kind))
                # carry
                crng = random.Random(seed + "/carry")
                res = choose_fault(S, style, seed, "carry", crng)
                assert res, pid
                i, kind, w, cvals = res
                s = S["steps"][i]
                blocks, fm = render(S, style, seed, cvals)
                cfin = final_str(*cvals[S["final"]])
                sol = finish(join(blocks), cfin, style)
                sp = locate(blocks, i)
                rows.append(dict(common, variant="carry", solution=sol, final=gold, span=list(sp),
                                 wrong=fm.val(w, s["k"]), right=fm.val(base[s["n"]][0], s["k"]),
                                 step=i + 1, kind=kind))
                # loop
                lrng = random.Random(seed + "/loop")
                blocks, fm = render(S, style, seed, base)
                text, span, copies = make_loop(blocks, lrng)
                rows.append(dict(common, variant="loop", solution=text, final=gold, span=span,
                                 repeats=copies))
            tid += 1
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = build_rows()
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
