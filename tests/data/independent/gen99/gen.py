#!/usr/bin/env python3
"""Generate a held-out set of worked solutions (film / TV / video genre).

python3 gen.py --out set.jsonl
Standard library only; output is deterministic.
"""
import argparse
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from problems import STRUCTURES  # noqa: E402


# ---------------------------------------------------------------- numbers
def is_term(v, maxdp=4):
    v = F(v)
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return False
    return (v * 10 ** maxdp).denominator == 1


def dec(v):
    """Exact minimal decimal string of a terminating Fraction."""
    v = F(v)
    neg = v < 0
    v = abs(v)
    ip = v.numerator // v.denominator
    fr = v - ip
    s = str(ip)
    if fr:
        digs = ""
        while fr and len(digs) < 8:
            fr *= 10
            dgt = fr.numerator // fr.denominator
            digs += str(dgt)
            fr -= dgt
        s += "." + digs
    return ("-" if neg else "") + s


def group(s):
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, None
    neg = a.startswith("-")
    a = a.lstrip("-")
    a = f"{int(a):,}"
    return ("-" if neg else "") + a + ("." + b if b is not None else "")


def fmt(v, money=False, commas=True, cents=False, minus="-"):
    v = F(v)
    if money:
        s = dec(abs(v))
        if v.denominator != 1 or (cents and abs(v) < 1000):
            s = f"{abs(v).numerator * 100 // abs(v).denominator:03d}"
            s = s[:-2] + "." + s[-2:]
            s = str(int(s.split(".")[0])) + "." + s.split(".")[1]
        if commas:
            s = group(s)
        return (minus if v < 0 else "") + "$" + s
    s = dec(v)
    if commas and abs(v) >= 1000:
        s = group(s)
    if v < 0:
        s = minus + s.lstrip("-")
    return s


def evaluate(nums, op):
    v = F(nums[0])
    for x in nums[1:]:
        x = F(x)
        if op == "+":
            v += x
        elif op == "-":
            v -= x
        elif op == "*":
            v *= x
        elif op == "/":
            v /= x
    return v


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, mode="correct", fault=None):
        self.items = []
        self.n = 0
        self.mode = mode
        self.fault = fault
        self.final_item = None

    def _apply(self, right):
        self.n += 1
        written = used = right
        if self.fault and self.fault[0] == self.n:
            written = self.fault[1]
            if self.mode == "carry":
                used = written
        return self.n, written, used

    def eq(self, label, desc, nums, op, unit="", money=False, units=None, after=None):
        nums = [F(x) for x in nums]
        right = evaluate(nums, op)
        idx, written, used = self._apply(right)
        self.items.append(dict(t="eq", idx=idx, label=label, desc=desc, nums=nums, op=op, right=right,
                               written=written, unit=unit, money=money, units=units or [""] * len(nums), after=after))
        return used

    def pct(self, label, desc, p, base, unit="", money=False):
        base = F(base)
        right = F(p, 100) * base
        idx, written, used = self._apply(right)
        self.items.append(dict(t="pct", idx=idx, label=label, desc=desc, nums=[F(p), base], op="%", right=right,
                               written=written, unit=unit, money=money, units=["", ""], after=None))
        return used

    def ceil(self, label, desc, a, b, unit=""):
        a, b = F(a), F(b)
        self.n += 1
        q = a / b
        res = math.ceil(q)
        self.items.append(dict(t="ceil", idx=self.n, label=label, desc=desc, nums=[a, b], op="/", q=q, res=F(res), unit=unit))
        return F(res)

    def divmod(self, label, desc, a, b, unit=""):
        a, b = F(a), F(b)
        self.n += 1
        qq = a // b
        rr = a - qq * b
        self.items.append(dict(t="divmod", idx=self.n, label=label, desc=desc, nums=[a, b], op="/", qd=F(qq), rd=F(rr), unit=unit))
        return F(qq)

    def final(self, v, sentence, extra=None):
        self.final_item = dict(v=F(v), sentence=sentence, extra=extra)


# ---------------------------------------------------------------- styles
STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "chatty", "numbered"]

OPSYM = {
    "md_steps": {"*": "×", "/": "÷", "+": "+", "-": "−"},
    "bold_labels": {"*": "×", "/": "÷", "+": "+", "-": "-"},
    "bullets": {"*": "x", "/": "/", "+": "+", "-": "-"},
    "prose": {"*": "×", "/": "÷", "+": "+", "-": "−"},
    "latex_inline": {"*": r"\times", "/": r"\div", "+": "+", "-": "-"},
    "latex_display": {"*": r"\times", "/": r"\div", "+": "+", "-": "-"},
    "table": {"*": "×", "/": "÷", "+": "+", "-": "−"},
    "terse": {"*": "*", "/": "/", "+": "+", "-": "-"},
    "chatty": {"*": "x", "/": "÷", "+": "+", "-": "-"},
    "numbered": {"*": "·", "/": "/", "+": "+", "-": "-"},
}
WORDS = {"*": "times", "/": "divided by", "+": "plus", "-": "minus"}

UNIT_SHORT = {"minutes": "min", "seconds": "s", "hours": "h"}


class Renderer:
    def __init__(self, style, rng):
        self.style = style
        self.rng = rng
        self.latex = style.startswith("latex")
        self.commas = style != "terse"
        self.show_units = style in ("bold_labels", "prose", "numbered", "latex_display") and rng.random() < 0.7
        self.cents = rng.random() < 0.3
        self.worded = style in ("prose", "chatty")
        self.sym = dict(OPSYM[style])
        if style == "bullets" and rng.random() < 0.5:
            self.sym["*"] = "×"
        if style == "md_steps" and rng.random() < 0.3:
            self.sym["*"] = "*"
        if style == "numbered" and rng.random() < 0.5:
            self.sym["*"] = "×"
        self.pct_as_decimal = rng.random() < 0.4

    # -- numbers
    def num(self, v, money=False):
        s = fmt(v, money=money, commas=self.commas, cents=self.cents and money, minus="−" if self.sym["-"] == "−" else "-")
        if self.latex:
            s = s.replace("$", r"\$").replace("−", "-")
        return s

    def unit_txt(self, u):
        if not u:
            return ""
        if self.latex:
            return r"\text{ " + u + "}"
        return " " + u

    def lhs(self, it, worded=False):
        parts = []
        for x, u in zip(it["nums"], it["units"]):
            s = self.num(x, it["money"] and not (u in ("months", "days", "discs", "extras", "people", "min", "episodes", "hours")) and it["op"] in "+-" or (it["money"] and x == it["nums"][0] and it["op"] in "/" ) or (it["money"] and it["op"] == "*" and x.denominator != 1))
            if it["op"] == "*" and it["money"]:
                s = self.num(x, money=self._is_money_operand(it, x))
            if self.show_units and u:
                s += self.unit_txt(u)
            parts.append(s)
        if worded:
            return f" {WORDS[it['op']]} ".join(parts)
        return f" {self.sym[it['op']]} ".join(parts)

    def _is_money_operand(self, it, x):
        # in a money product, exactly one operand is the money amount: the non-count one
        nums = it["nums"]
        idx = [i for i, y in enumerate(nums) if y is x][0]
        cand = [i for i, u in enumerate(it["units"]) if u == ""]
        if len(cand) == 1:
            return idx == cand[0]
        # fall back: the non-integer or the larger of two
        m = max(range(len(nums)), key=lambda i: (nums[i].denominator != 1, nums[i]))
        return idx == m

    def money_flags(self, it):
        op = it["op"]
        n = len(it["nums"])
        if not it["money"]:
            return [False] * n
        if op in "+-":
            return [True] * n
        if op == "/":
            return [True] + [False] * (n - 1)
        return [self._is_money_operand(it, x) for x in it["nums"]]

    def expr(self, it, worded=False):
        flags = self.money_flags(it)
        parts = []
        for x, u, fl in zip(it["nums"], it["units"], flags):
            s = self.num(x, fl)
            if self.show_units and u:
                s += self.unit_txt(u)
            parts.append(s)
        if worded:
            return f" {WORDS[it['op']]} ".join(parts)
        return f" {self.sym[it['op']]} ".join(parts)

    def pct_expr(self, it):
        p, base = it["nums"]
        b = self.num(base, it["money"])
        if self.pct_as_decimal:
            pd = dec(p / 100)
            if pd.startswith("0.") or True:
                pass
            return f"{pd} {self.sym['*']} {b}"
        pp = dec(p) + (r"\%" if self.latex else "%")
        return f"{pp} of {b}" if not self.latex else pp + r" \times " + b

    def result(self, it, v):
        s = self.num(v, it["money"])
        return s

    def unit_after(self, it):
        u = it.get("unit", "")
        if not u:
            return ""
        if it.get("money") and u == "million":
            return self.unit_txt("million")
        if it.get("money"):
            return ""
        if self.style == "terse":
            return ""
        if self.style in ("table", "numbered") and u in UNIT_SHORT:
            u = UNIT_SHORT[u]
        return self.unit_txt(u)

    def equation(self, it, worded=False):
        """Return 'lhs = result unit' text for eq/pct item using its written value."""
        if it["t"] == "pct":
            left = self.pct_expr(it)
        else:
            left = self.expr(it, worded)
        rel = " equals " if worded and it["t"] != "pct" else " = "
        if worded and it["t"] == "pct" and not self.pct_as_decimal and not self.latex:
            rel = " is "
        return left + rel + self.result(it, it["written"]) + self.unit_after(it)


CONNECT = ["First,", "Next,", "Then", "After that,", "Now", "Finally,"]
CHATTY_OPEN = ["Sure! Let's work through this step by step. 🎬", "Great question! Let's break it down. 🍿",
               "Happy to help! Here's how to think about it.", "Let's figure this out together!"]
CHATTY_CONN = ["First up,", "Next,", "Now", "Then", "And", "Last,"]


def ceil_line(R, it):
    a, b = it["nums"]
    left = f"{R.num(a)} {R.sym['/']} {R.num(b)}"
    u = R.unit_after(dict(unit=it["unit"]))
    q = it["q"]
    if q.denominator == 1:
        return left + " = " + R.num(q) + u, None
    if is_term(q, 2):
        res = int(it["res"])
        return left + " = " + R.num(q), f"so {res} {it['unit']}"
    # not exact: show approximation, then round up
    dp = 2 if R.rng.random() < 0.7 else 1
    approx = F(round(q * 10 ** dp), 10 ** dp)
    s = dec(approx)
    if "." not in s:
        s += "." + "0" * dp
    elif len(s.split(".")[1]) < dp:
        s += "0" * (dp - len(s.split(".")[1]))
    rel = r" \approx " if R.latex else " ≈ "
    res = int(it["res"])
    tail = R.rng.choice([f"so round up to {res}{R.unit_txt(it['unit']) if not R.latex else ' ' + it['unit']}",
                         f"which means {res} {it['unit']} (a partial day still counts)",
                         f"rounding up gives {res} {it['unit']}"])
    return left + rel + s, tail


def divmod_line(R, it):
    a, b = it["nums"]
    left = f"{R.num(a)} {R.sym['/']} {R.num(b)}"
    q, r = it["qd"], it["rd"]
    if r == 0:
        return left + " = " + R.num(q), f"so exactly {R.num(q)} {it['unit']}"
    word = R.rng.choice(["remainder", "R", "r"])
    return left + " = " + R.num(q) + f" {word} " + R.num(r), f"so {R.num(q)} whole {it['unit']} fit"


def render(items, fin, style, seed, mode=None, fault_idx=None, gold=None):
    """Return (text, spans_by_step) spans keyed by step idx."""
    rng = random.Random(seed)
    R = Renderer(style, rng)
    if any(it.get("unit") == "million" for it in items):
        R.cents = False
    lines = []  # (text, idx or None)

    def add(t, idx=None):
        if t == "" and (not lines or lines[-1][0] == ""):
            return
        lines.append((t, idx))

    steps = items
    n = len(steps)
    # intro
    intro = rng.choice(["", "", "Let's solve this step by step."])
    if style == "chatty":
        add(rng.choice(CHATTY_OPEN)); add("")
    elif style == "md_steps":
        add("Let's break this down."); add("")
    elif style == "table":
        add(rng.choice(["Here is the calculation in a table:", "Let's organize the work:"])); add("")
    elif style in ("latex_inline", "latex_display", "bold_labels", "numbered") and intro:
        add(intro); add("")
    if style == "table":
        add("| Step | What | Calculation | Result |")
        add("|---|---|---|---|")
    worded_pick = [rng.random() < 0.35 for _ in steps]
    for k, it in enumerate(steps):
        i = k + 1
        idx = it["idx"]
        tail = None
        if it["t"] in ("eq", "pct"):
            eqs = R.equation(it, worded=R.worded and worded_pick[k] and not R.latex)
            if it.get("after"):
                tail = it["after"](it["written"])
        elif it["t"] == "ceil":
            eqs, tail = ceil_line(R, it)
        else:
            eqs, tail = divmod_line(R, it)
        desc = it["desc"]
        label = it["label"]
        if style == "md_steps":
            add(f"### Step {i}: {label}"); add(f"{desc}:"); add("")
            add(eqs + (f" ({tail})" if tail else ""), idx); add("")
        elif style == "bold_labels":
            add(f"**{label}:** {eqs}" + (f", {tail}" if tail else ""), idx)
        elif style == "bullets":
            add(f"- {desc}: {eqs}" + (f" → {tail}" if tail else ""), idx)
        elif style == "prose":
            conn = CONNECT[min(k, len(CONNECT) - 2)] if k < n - 1 or n == 1 else CONNECT[-1]
            d = desc[0].lower() + desc[1:]
            add(f"{conn} {d}: {eqs}" + (f", {tail}" if tail else "") + ".", idx)
        elif style == "latex_inline":
            add(f"{desc}: \\( {eqs} \\)" + (f", {tail}" if tail else "") + ".", idx)
        elif style == "latex_display":
            add(f"{desc}:"); add(f"\\[ {eqs} \\]", idx)
            if tail:
                add(tail[0].upper() + tail[1:] + ".")
            add("")
        elif style == "table":
            if it["t"] in ("eq", "pct"):
                left = R.pct_expr(it) if it["t"] == "pct" else R.expr(it)
                add(f"| {i} | {label} | {left} | {R.result(it, it['written'])}{R.unit_after(it)} |", idx)
            else:
                add(f"| {i} | {label} | {eqs} | {tail} |", idx)
        elif style == "terse":
            add(eqs + (f" -> {tail}" if tail else ""), idx)
        elif style == "chatty":
            conn = CHATTY_CONN[min(k, len(CHATTY_CONN) - 2)] if k < n - 1 or n == 1 else CHATTY_CONN[-1]
            d = desc[0].lower() + desc[1:]
            add(f"{conn} {d}: {eqs}" + (f" — {tail}" if tail else "") + rng.choice([".", "!", ". 👍", "."]), idx)
            if rng.random() < 0.3:
                add("")
        elif style == "numbered":
            add(f"{i}. {desc}: {eqs}" + (f" ({tail})" if tail else ""), idx)
    # check line (only uses mathematically right values of the last step)
    last = steps[-1]
    do_check = (style in ("bold_labels", "prose", "md_steps", "numbered", "chatty") and last["t"] == "eq"
                and len(last["nums"]) == 2 and last["op"] in "*+-" and rng.random() < 0.5
                and not (mode == "carry" and fault_idx == last["idx"]))
    fv = fin["v"]
    fs = R.num(fv, money=any(it.get("money") for it in steps if it["t"] in ("eq", "pct")) and steps[-1].get("money", False))
    if style == "table":
        add("")
    if do_check:
        a, b = last["nums"]
        inv = {"*": "/", "+": "-", "-": "+"}[last["op"]]
        fl = R.money_flags(last)
        if last["op"] == "*":
            # divide the product by the non-money operand when possible
            if fl[0] and not fl[1]:
                chk = f"{R.num(last['right'], last['money'])} {R.sym['/']} {R.num(b)} = {R.num(a, last['money'])}"
            elif fl[1] and not fl[0]:
                chk = f"{R.num(last['right'], last['money'])} {R.sym['/']} {R.num(a)} = {R.num(b, last['money'])}"
            else:
                chk = f"{R.num(last['right'])} {R.sym['/']} {R.num(b)} = {R.num(a)}"
        else:
            chk = f"{R.num(last['right'], last['money'])} {R.sym[inv]} {R.num(b, last['money'])} = {R.num(a, last['money'])}"
        if style == "md_steps":
            add(f"**Check:** {chk} ✓"); add("")
        elif style == "chatty":
            add(f"Quick sanity check: {chk}. ✅")
        else:
            add(f"Check: {chk} ✓")
    sent = fin["sentence"].replace("{v}", fs)
    if fin.get("extra") and "{g}" in sent:
        sent = sent.replace("{g}", fin["extra"](fv))
    if R.latex:
        sent_l = sent.replace("$", r"\$")
    else:
        sent_l = sent
    if style == "md_steps":
        add("### Answer"); add(sent_l)
    elif style == "bold_labels":
        add(""); add(f"**Answer:** {sent_l}")
    elif style == "bullets":
        add(""); add(f"**Final answer:** {sent_l}")
    elif style == "prose":
        add(f"So the answer is {dec(fv) if not steps[-1].get('money') else fs}. {sent_l}" if rng.random() < 0.4 else sent_l)
    elif style == "latex_inline":
        add(""); add(sent_l + f" The answer is \\(\\boxed{{{dec(fv)}}}\\).")
    elif style == "latex_display":
        add(sent_l); add(""); add(f"\\[ \\boxed{{{dec(fv)}}} \\]")
    elif style == "table":
        add(sent_l)
    elif style == "terse":
        pass
    elif style == "chatty":
        add(""); add(sent_l + " " + rng.choice(["Hope that helps! 🎥", "Enjoy the show! 🍿", "Let me know if you have other questions!", ""]).rstrip())
    elif style == "numbered":
        add(""); add(sent_l)
    add("")
    add(f"#### {dec(fv)}")
    # assemble
    text = ""
    spans = {}
    for t, idx in lines:
        start = len(text)
        t = t.rstrip()
        text += t
        if idx is not None:
            spans[idx] = [start, len(text)]
        text += "\n"
    text = text.rstrip("\n")
    while "\n\n\n" in text:
        raise ValueError("triple newline")
    return text, spans, lines


# ---------------------------------------------------------------- faults
def digit_variants(right, rng):
    s = dec(abs(right))
    out = []
    digs = [i for i, ch in enumerate(s) if ch.isdigit()]
    # swap adjacent digits
    for a, b in zip(digs, digs[1:]):
        if b == a + 1 and s[a] != s[b]:
            t = s[:a] + s[b] + s[a] + s[b + 1:]
            if not t.startswith("0") or t.startswith("0."):
                out.append(("swap_digits", F(t)))
    # drop a digit
    ip = s.split(".")[0]
    if len(ip) >= 3:
        for i in range(1, len(ip)):
            t = s[:i] + s[i + 1:]
            out.append(("dropped_digit", F(t)))
    # double a digit
    if len(ip) >= 2:
        for i in range(1, len(ip)):
            t = s[:i] + s[i] + s[i:]
            out.append(("doubled_digit", F(t)))
    return out


def candidates(it, rng):
    right = it["right"]
    c = []
    money = it["money"]
    unit1 = F(1) if right.denominator == 1 or not money else F(1, 100)
    c.append(("off_by_one", right + F(1)))
    c.append(("off_by_one", right - F(1)))
    if right.denominator != 1:
        c.append(("off_by_one_cent", right + F(1, 100)))
    if abs(right) >= 20:
        c.append(("off_by_ten", right + 10))
        c.append(("off_by_ten", right - 10))
    if abs(right) >= 200:
        c.append(("off_by_hundred", right + 100))
    for k, v in digit_variants(right, rng):
        c.append((k, v if right >= 0 else -v))
    nums, op = it["nums"], it["op"]
    if len(nums) == 2 and op in "*+-":
        alt = {"*": "+", "+": "-", "-": "+"}[op]
        c.append(("wrong_operation", evaluate(nums, alt)))
    if op == "/" and len(nums) == 2:
        c.append(("wrong_operation", nums[0] - nums[1]))
    if right < 0:
        c.append(("sign_dropped", -right))
    if right.denominator != 1 or right % 10 == 0:
        c.append(("decimal_shift", right / 10))
        c.append(("decimal_shift", right * 10))
    out = []
    seen = set()
    for k, v in c:
        if v == right or v in seen:
            continue
        if v < 0 and right >= 0:
            continue
        if not is_term(v, 2 if money else 4):
            continue
        seen.add(v)
        out.append((k, v))
    _ = unit1
    return out


def run(solve, mode="correct", fault=None):
    c = Ctx(mode, fault)
    solve(c)
    return c


def clean_carry(solve, gold_ctx, fault):
    try:
        c = run(solve, "carry", fault)
    except (ZeroDivisionError, ValueError):
        return None
    for it, g in zip(c.items, gold_ctx.items):
        if it["t"] in ("eq", "pct"):
            if not is_term(it["right"], 2 if it["money"] else 4):
                return None
            if it["right"] < 0 and g["right"] >= 0 and it["idx"] != fault[0]:
                return None
        elif it["t"] == "ceil":
            if it["nums"][0] <= 0 or it["res"] <= 0:
                return None
        elif it["t"] == "divmod":
            if it["nums"][0] <= 0:
                return None
    if c.final_item["v"] == gold_ctx.final_item["v"]:
        return None
    if not is_term(c.final_item["v"], 4):
        return None
    return c


# ---------------------------------------------------------------- main
def build_rows():
    rows = []
    counter = 0
    for name, builder in STRUCTURES:
        for pi in range(4):
            for k in range(4):
                pid = f"{name}-{pi}-{k}"
                for attempt in range(200):
                    r = random.Random(f"mcrgen99|{pid}|{attempt}")
                    bodies, qs, solve = builder(r)
                    g = run(solve)
                    if all(is_term(it["right"], 2 if it["money"] else 4) and it["right"] != 0
                           for it in g.items if it["t"] in ("eq", "pct")) and is_term(g.final_item["v"], 4):
                        break
                else:
                    raise RuntimeError("no clean numbers for " + pid)
                problem = bodies[pi // 2] + " " + qs[pi % 2]
                style = STYLES[counter % len(STYLES)]
                counter += 1
                gold = run(solve)
                final = dec(gold.final_item["v"])
                rseed = f"render|{pid}"
                text, spans, lines = render(gold.items, gold.final_item, style, rseed)
                base = dict(pid=pid, template=f"{name}-{pi}", style=style, problem=problem)
                rows.append(dict(base, variant="correct", solution=text, final=final))
                frng = random.Random(f"fault|{pid}")
                elig = [it for it in gold.items if it["t"] in ("eq", "pct")]
                # slip
                it = frng.choice(elig)
                kind, wrong = frng.choice(candidates(it, frng))
                c = run(solve, "slip", (it["idx"], wrong))
                t2, sp2, _ = render(c.items, c.final_item, style, rseed, "slip", it["idx"])
                R = Renderer(style, random.Random(rseed))
                rows.append(dict(base, variant="slip", solution=t2, final=final, span=sp2[it["idx"]],
                                 wrong=fmt_plain(wrong, it), right=fmt_plain(it["right"], it), step=it["idx"], kind=kind))
                # carry
                opts = []
                for it2 in elig:
                    for kd, w in candidates(it2, frng):
                        opts.append((it2["idx"], kd, w))
                frng.shuffle(opts)
                done = False
                for idx, kd, w in opts:
                    cc = clean_carry(solve, gold, (idx, w))
                    if cc is None:
                        continue
                    t3, sp3, _ = render(cc.items, cc.final_item, style, rseed, "carry", idx)
                    itc = [x for x in cc.items if x["idx"] == idx][0]
                    rows.append(dict(base, variant="carry", solution=t3, final=final, span=sp3[idx],
                                     wrong=fmt_plain(w, itc), right=fmt_plain(itc["right"], itc), step=idx, kind=kd))
                    done = True
                    break
                if not done:
                    raise RuntimeError("no carry for " + pid)
                # loop
                lrng = random.Random(f"loop|{pid}")
                rows.append(dict(base, variant="loop", **make_loop(lines, lrng), final=final))
    return rows


def fmt_plain(v, it):
    return dec(v)


def make_loop(lines, rng):
    step_pos = [i for i, (t, idx) in enumerate(lines) if idx is not None]
    # choose end of the repeated unit: a step line (not necessarily the last)
    end = rng.choice(step_pos[: max(1, len(step_pos))])
    size = rng.choice([1, 1, 2, 3])
    start = max(0, end - size + 1)
    # avoid starting the unit on a blank line
    while start < end and lines[start][0] == "":
        start += 1
    unit = [t for t, _ in lines[start:end + 1]]
    copies = rng.randint(8, 30)
    head = [t for t, _ in lines[:start]]
    text = "\n".join(head) + ("\n" if head else "")
    unit_txt = "\n".join(unit)
    first = len(text)
    body = "\n".join([unit_txt] * copies)
    second_start = first + len(unit_txt) + 1
    text += body
    if rng.random() < 0.5:
        cut = rng.randint(1, max(1, len(unit_txt) - 1))
        text += "\n" + unit_txt[:cut]
    span = [second_start, second_start + len(unit_txt)]
    return dict(solution=text, span=span, repeats=copies)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"))
    a = ap.parse_args()
    rows = build_rows()
    order = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
             "step", "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            o = {k: r[k] for k in order if k in r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
