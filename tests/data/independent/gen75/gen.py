#!/usr/bin/env python3
"""Generator: events & fundraising worked solutions (correct / slip / carry / loop).

python3 gen.py --out set.jsonl
Standard library only; output is deterministic.
"""
import argparse
import json
import random
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_CEILING

from structs import STRUCTS, fm, fp

N_SETS = 4
CENT = D("0.01")
TENTH = D("0.1")

FRAMES_CTX = [
    "I'm on the planning committee and want to double-check our numbers. ",
    "Helping with our PTA newsletter: ",
    "Quick question from the fundraising team. ",
    "I volunteered to do the math for this event. ",
]
FRAMES_ASK = [
    " Please show your work.",
    " Can you walk me through it step by step?",
    " Show the steps so I can share them with the committee.",
    " Explain how you got the answer.",
]


# ------------------------------------------------------------ arithmetic

def is_cents(v):
    return v == v.quantize(CENT)


def compute(op, vals, unit):
    """returns (value_used_downstream, shown_result, approx, ceil_value)"""
    if op == "mul":
        x = vals[0]
        for v in vals[1:]:
            x *= v
    elif op == "add":
        x = sum(vals, D(0))
    elif op == "sub":
        x = vals[0] - vals[1]
    elif op == "div":
        x = vals[0] / vals[1]
    elif op == "pct":
        x = vals[0] / vals[1] * 100
    elif op == "pctof":
        x = vals[0] / 100 * vals[1]
    elif op == "ceil":
        q = vals[0] / vals[1]
        n = q.to_integral_value(rounding=ROUND_CEILING)
        if q == q.quantize(D("0.001")):
            return n, q.normalize() if q != q.to_integral_value() else q.quantize(D(1)), False, n
        return n, q.quantize(CENT, rounding=ROUND_HALF_UP), True, n
    else:
        raise ValueError(op)
    if unit == "money":
        r = x.quantize(CENT, rounding=ROUND_HALF_UP)
        return r, r, r != x, None
    if unit == "pct":
        r = x.quantize(TENTH, rounding=ROUND_HALF_UP)
        return r, r, r != x, None
    if x != x.to_integral_value():
        r = x.quantize(CENT, rounding=ROUND_HALF_UP)
        return r, r, r != x, None
    return x, x, False, None


def plain(v):
    """normalized decimal string: 12.50 -> 12.5, 1800 -> 1800"""
    if v == v.to_integral_value():
        return str(int(v))
    s = format(v.normalize(), "f")
    return s


# ------------------------------------------------------------ faults

def fault_candidates(op, vals, right, unit):
    out = []
    a = abs(right)
    neg = right < 0
    is_int = a == a.to_integral_value()
    sign = -1 if neg else 1

    def add(kind, w):
        if w is None:
            return
        if unit == "count" and w != w.to_integral_value():
            return
        if unit == "money" and not is_cents(w):
            return
        if unit == "pct" and w != w.quantize(TENTH):
            return
        if w == right:
            return
        if kind != "sign_dropped" and (w < 0) != neg:
            return
        if w == 0:
            return
        out.append((kind, w))

    add("off_by_one", right + 1)
    if a >= 2:
        add("off_by_one", right - 1)
    if a >= 30:
        add("off_by_ten", right + 10)
        add("off_by_ten", right - 10)
    # digit manipulations on the plain digit string
    if unit == "money" and not is_int:
        s = format(a.quantize(CENT), "f")
    elif unit == "pct" and not is_int:
        s = format(a.quantize(TENTH), "f")
    else:
        s = plain(a)
    ip, _, fp_ = s.partition(".")
    digits = ip + fp_
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1] and not (i == 0 and digits[i + 1] == "0"):
            t = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            w = D(t[:len(ip)] + ("." + t[len(ip):] if fp_ else ""))
            add("digits_swapped", sign * w)
    if len(ip) >= 3:
        for i in range(1, len(ip)):
            t = ip[:i] + ip[i + 1:]
            add("digit_dropped", sign * D(t + ("." + fp_ if fp_ else "")))
    if len(ip) >= 2:
        for i in range(len(ip)):
            t = ip[:i] + ip[i] + ip[i:]
            if len(t) <= 6:
                add("digit_doubled", sign * D(t + ("." + fp_ if fp_ else "")))
    if unit == "money" or (unit == "plain" and not is_int):
        add("decimal_moved", right * 10)
        add("decimal_moved", right / 10)
    if op == "mul" and len(vals) == 2:
        add("wrong_operation", vals[0] + vals[1])
    if op == "sub":
        add("wrong_operation", vals[0] + vals[1])
    if neg:
        add("sign_dropped", -right)
    return out


# ------------------------------------------------------------ evaluation of a problem

def evaluate(S, fault=None):
    """fault = (step_index, wrong_value). Returns list of step records and env."""
    env = {k: v for k, (v, u) in S["inputs"].items()}
    units = {k: u for k, (v, u) in S["inputs"].items()}
    recs = []
    for i, st in enumerate(S["steps"]):
        vals = [env[a] for a in st.args]
        val, shown, approx, ceilv = compute(st.op, vals, st.unit)
        right_shown = shown
        if fault is not None and fault[0] == i:
            shown = fault[1]
            val = fault[1]
        rec = dict(i=i, st=st, vals=vals, argunits=[units[a] for a in st.args], shown=shown,
                   approx=approx, ceil=ceilv, right=right_shown)
        recs.append(rec)
        env[st.key] = val
        units[st.key] = st.unit
    return recs, env, units


# ------------------------------------------------------------ formatting

class Fmt:
    def __init__(self, mul="×", div="÷", minus="-", dollar="$", sep=",", latex=False, cents=False,
                 pctsign="%", approx="≈", plus="+"):
        self.mul, self.div, self.minus, self.dollar, self.sep = mul, div, minus, dollar, sep
        self.latex, self.cents, self.pctsign, self.approx, self.plus = latex, cents, pctsign, approx, plus
        self.neg = minus if minus in ("-", "−") else "-"

    def num(self, v, force2=False, dp=None):
        neg = v < 0
        a = abs(v)
        if dp is not None:
            s = format(a.quantize(D(1).scaleb(-dp)), "f")
        elif force2 or (a != a.to_integral_value() and a == a.quantize(CENT) and len(plain(a).partition(".")[2]) == 2):
            s = format(a.quantize(CENT), "f")
        else:
            s = plain(a)
        ip, dot, frac = s.partition(".")
        if self.sep and len(ip) > 3:
            groups = []
            while len(ip) > 3:
                groups.insert(0, ip[-3:])
                ip = ip[:-3]
            groups.insert(0, ip)
            ip = self.sep.join(groups)
        return ("-" if neg else "") + ip + dot + frac

    def val(self, v, unit):
        if unit == "money":
            force2 = self.cents or v != v.to_integral_value()
            s = self.num(abs(v), force2=force2)
            out = self.dollar + s
            if v < 0:
                out = self.neg + out
            return out
        if unit == "pct":
            return self.num(v) + self.pctsign
        s = self.num(abs(v))
        return (self.neg if v < 0 else "") + s


def expr_for(rec, F, nouns=False, pct_form=0):
    st = rec["st"]
    vs = [F.val(v, u) for v, u in zip(rec["vals"], rec["argunits"])]
    op = st.op
    if op == "mul":
        if nouns and st.noun and rec["argunits"][0] == "count":
            vs[0] = vs[0] + " " + st.noun
        return (" %s " % F.mul).join(vs)
    if op == "add":
        return (" %s " % F.plus).join(vs)
    if op == "sub":
        return "%s %s %s" % (vs[0], F.minus, vs[1])
    if op in ("div", "ceil"):
        if F.latex and pct_form == 1:
            return "\\frac{%s}{%s}" % (vs[0], vs[1])
        return "%s %s %s" % (vs[0], F.div, vs[1])
    if op == "pct":
        if F.latex:
            return "\\frac{%s}{%s} %s 100" % (vs[0], vs[1], F.mul)
        if pct_form == 1:
            return "(%s %s %s) %s 100" % (vs[0], F.div, vs[1], F.mul)
        return "%s %s %s %s 100" % (vs[0], F.div, vs[1], F.mul)
    if op == "pctof":
        p = rec["vals"][0]
        if pct_form == 1:
            return "%s %s %s" % (F.num(p / 100), F.mul, vs[1])
        if pct_form == 2 and not F.latex:
            return "%s of %s" % (vs[0], vs[1])
        return "%s %s %s" % (vs[0], F.mul, vs[1])
    raise ValueError(op)


def result_for(rec, F):
    st = rec["st"]
    if st.op == "ceil":
        return F.num(rec["shown"]), rec["approx"]
    return F.val(rec["shown"], st.unit), rec["approx"]


def core(rec, F, nouns=False, pct_form=0):
    e = expr_for(rec, F, nouns, pct_form)
    r, ap = result_for(rec, F)
    eq = F.approx if ap else "="
    s = "%s %s %s" % (e, eq, r)
    st = rec["st"]
    if st.op == "ceil" and rec["shown"] != rec["ceil"]:
        s += ", so we round up to %s %s" % (F.num(rec["ceil"]), st.noun)
    return s


def step_value_str(rec, F):
    st = rec["st"]
    if st.op == "ceil":
        return F.num(rec["ceil"])
    return F.val(rec["shown"], st.unit)


def ans_str(rec, F):
    """value for the closing answer sentence: in a slip row this is the correct value"""
    if "ans" in rec:
        rec = dict(rec, shown=rec["ans"])
    return step_value_str(rec, F)


def say(rec, F):
    return rec["st"].say.format(v=step_value_str(rec, F))


def cap(s):
    return s[0].upper() + s[1:]


def check_line(S, recs, env, units, F, fmt="Check: {c} ✓"):
    """Return a check line string or None; value based on env (which is the variant's)."""
    if not S["checks"]:
        return None
    op, args, target = S["checks"][0]
    vals = [env[a] for a in args]
    if op == "add":
        x = sum(vals, D(0))
    elif op == "sub":
        x = vals[0] - vals[1]
    else:
        x = vals[0] * vals[1]
    if x != env[target]:
        return None
    vs = [F.val(v, units[a]) for v, a in zip(vals, args)]
    sym = {"add": F.plus, "sub": F.minus, "mul": F.mul}[op]
    c = (" %s " % sym).join(vs) + " = " + F.val(x, units[target])
    return fmt.format(c=c)


# ------------------------------------------------------------ styles

CONNECT = ["First", "Next", "Then", "After that", "Now", "Finally"]


def connector(i, n):
    if i == 0:
        return "First"
    if i == n - 1:
        return "Finally"
    return CONNECT[1 + (i - 1) % 4]


def st_md(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "×", "x"]), minus=r.choice(["-", "−"]))
    L = []
    L.append((r.choice(["Let's solve this step by step.", "Here's how to work it out.", "Let's break this problem into steps."]), None))
    L.append(("", None))
    tail = r.random() < 0.5
    for rec in recs:
        i = rec["i"]
        L.append(("### Step %d: %s" % (i + 1, cap(rec["st"].label)), None))
        line = core(rec, F, pct_form=i % 2)
        if tail:
            line += "  \n" if False else ""
        L.append((line, i))
        L.append(("", None))
    ck = check_line(S, recs, env, units, F, "**Check:** {c} ✓")
    if ck:
        L.append((ck, None))
        L.append(("", None))
    L.append(("### Answer", None))
    L.append((S["answer"].format(v="**" + ans_str(recs[-1], F) + "**"), None))
    return L, F


def st_bold(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "x"]), cents=r.random() < 0.3)
    L = [(r.choice(["Sure! Here's the breakdown:", "Let's calculate.", "Here's the math:"]), None), ("", None)]
    for rec in recs:
        L.append(("**%s:** %s" % (cap(rec["st"].label), core(rec, F, pct_form=2)), rec["i"]))
        L.append(("", None))
    ck = check_line(S, recs, env, units, F, "**Check:** {c} ✓")
    if ck:
        L.append((ck, None))
        L.append(("", None))
    L.append(("**Final answer:** " + S["answer"].format(v=ans_str(recs[-1], F)), None))
    return L, F


def st_bullets(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "*", "x"]))
    L = [(r.choice(["Here's the calculation:", "Breaking it down:", "Let's go through the numbers:"]), None), ("", None)]
    nouns = r.random() < 0.6
    for rec in recs:
        L.append(("- %s: %s" % (cap(rec["st"].label), core(rec, F, nouns=nouns)), rec["i"]))
    L.append(("", None))
    L.append(("So " + S["answer"].format(v=ans_str(recs[-1], F))[0].lower() + S["answer"].format(v=ans_str(recs[-1], F))[1:], None))
    return L, F


def st_prose(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "times"]), div=r.choice(["÷", "divided by"]), minus=r.choice(["-", "minus"]),
            plus=r.choice(["+", "plus"]))
    L = []
    n = len(recs)
    shapes = r.sample([0, 1, 2], 3)
    for rec in recs:
        i = rec["i"]
        c = connector(i, n)
        sh = shapes[i % 3]
        if sh == 0:
            s = "%s, the %s: %s." % (c, rec["st"].label, core(rec, F, nouns=True, pct_form=2))
        elif sh == 1:
            s = "%s, %s, so %s." % (c, core(rec, F, nouns=True, pct_form=2), say(rec, F))
        else:
            s = "%s we find the %s. That is %s." % (c + ("," if c in ("After that",) else ""), rec["st"].label,
                                                   core(rec, F, nouns=True, pct_form=2))
            s = s.replace("First we", "First, we").replace("Next we", "Next, we").replace("Then we", "Then we") \
                .replace("Now we", "Now we").replace("Finally we", "Finally, we")
        L.append((s, i))
        L.append(("", None))
    ck = check_line(S, recs, env, units, F, "As a check, {c}, which matches.")
    if ck:
        L.append((ck, None))
        L.append(("", None))
    L.append((S["answer"].format(v=ans_str(recs[-1], F)), None))
    return L, F


def st_latex_inline(S, recs, env, units, r):
    F = Fmt(mul="\\times", div="\\div", dollar="\\$", sep="{,}", latex=True, pctsign="\\%", approx="\\approx")
    L = [(r.choice(["We'll compute each part.", "Let's set up the calculation.", "Step by step:"]), None), ("", None)]
    for rec in recs:
        c, _, rest = core(rec, F, pct_form=1).partition(", so we round up to ")
        tail = (", so we round up to " + rest) if rest else ""
        L.append(("%d. %s: \\( %s \\)%s" % (rec["i"] + 1, cap(rec["st"].label), c, tail), rec["i"]))
    L.append(("", None))
    G = Fmt()
    L.append(("**Answer:** " + S["answer"].format(v=ans_str(recs[-1], G)), None))
    return L, G


def st_latex_display(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["\\times", "\\cdot"]), div="\\div", dollar="", sep="{,}", latex=True, pctsign="\\%",
            approx="\\approx")
    G = Fmt()
    L = []
    n = len(recs)
    for rec in recs:
        i = rec["i"]
        L.append(("%s, the %s:" % (connector(i, n), rec["st"].label), None))
        L.append(("\\[", None))
        L.append((core(rec, F, pct_form=1).replace(", so we round up to", " \\Rightarrow").replace(" " + str(rec["st"].noun), " \\text{ %s}" % rec["st"].noun), i))
        L.append(("\\]", None))
        L.append(("", None))
    L.append(("\\[", None))
    L.append(("\\boxed{%s}" % ans_str(recs[-1], F), None))
    L.append(("\\]", None))
    L.append(("", None))
    L.append((S["answer"].format(v=ans_str(recs[-1], G)), None))
    return L, G


def st_table(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "x"]), cents=r.random() < 0.5)
    L = [(r.choice(["Here's a summary table:", "Let me organize this in a table.", "Breakdown:"]), None), ("", None),
         ("| Step | Calculation | Result |", None), ("|---|---|---|", None)]
    for rec in recs:
        e = expr_for(rec, F)
        res, ap = result_for(rec, F)
        if rec["st"].op == "ceil" and rec["shown"] != rec["ceil"]:
            res = "%s → round up to %s" % (res, F.num(rec["ceil"]))
        if ap:
            res = "≈ " + res
        L.append(("| %s | %s | %s |" % (cap(rec["st"].label), e, res), rec["i"]))
    L.append(("", None))
    L.append(("**Answer:** " + S["answer"].format(v=ans_str(recs[-1], F)), None))
    return L, F


def st_terse(S, recs, env, units, r):
    F = Fmt(mul="*", div="/", dollar="", sep="")
    L = []
    tags = r.random() < 0.5
    for rec in recs:
        c = core(rec, F)
        if tags:
            c = rec["st"].label.split()[-1 if len(rec["st"].label.split()) < 3 else 0].capitalize() + ": " + c
        L.append((c, rec["i"]))
    L.append(("Answer: " + ans_str(recs[-1], Fmt()), None))
    return L, Fmt()


def st_tutor(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "x"]))
    L = [(r.choice(["Great question! Let's work through it together. 🎉",
                    "Happy to help with this! Let's take it one piece at a time.",
                    "Love that you're checking the numbers! Here's how I'd do it."]), None), ("", None)]
    for rec in recs:
        i = rec["i"]
        L.append(("**Step %d – %s**" % (i + 1, cap(rec["st"].label)), None))
        L.append((core(rec, F, pct_form=2), i))
        L.append(("So %s." % say(rec, F), None))
        L.append(("", None))
    ck = check_line(S, recs, env, units, F, "Let's double-check: {c}. ✅")
    if ck:
        L.append((ck, None))
        L.append(("", None))
    L.append(("🎯 " + S["answer"].format(v="**" + ans_str(recs[-1], F) + "**"), None))
    return L, F


def st_gsm(S, recs, env, units, r):
    F = Fmt(mul="*", div="/", dollar="", sep="")
    G = Fmt(sep="")
    L = []
    for rec in recs:
        st = rec["st"]
        e = expr_for(rec, F)
        res, ap = result_for(rec, F)
        unit_pre = "$" if st.unit == "money" else ""
        unit_post = "%" if st.unit == "pct" else ""
        if st.unit == "pct":
            res = res.rstrip("%")
        if st.unit == "money" and res.startswith("-"):
            unit_pre, res = "-$", res[1:]
        if ap:
            body = "%s ≈ %s%s%s" % (e, unit_pre, res, unit_post)
        else:
            body = "%s = %s<<%s=%s>>%s%s" % (e, unit_pre, e.replace(" ", ""), plain(rec["shown"]), res, unit_post)
        if st.op == "ceil" and rec["shown"] != rec["ceil"]:
            body += ", so they need %s %s" % (plain(rec["ceil"]), st.noun)
        L.append(("The %s is %s." % (st.label, body), rec["i"]))
    L.append(("#### " + plain(recs[-1]["ceil"] if recs[-1]["st"].op == "ceil" else recs[-1]["shown"]), None))
    return L, G


def st_numbered(S, recs, env, units, r):
    F = Fmt(mul=r.choice(["×", "·"]), minus="−")
    L = [(r.choice(["**Solution**", "**Given:** see the problem above.", "Let's solve it."]), None), ("", None)]
    for rec in recs:
        L.append(("%d. %s: %s — %s." % (rec["i"] + 1, cap(rec["st"].label), core(rec, F), say(rec, F)), rec["i"]))
    L.append(("", None))
    ck = check_line(S, recs, env, units, F, "Check: {c} ✔")
    if ck:
        L.append((ck, None))
        L.append(("", None))
    L.append(("**Answer:** " + ans_str(recs[-1], F), None))
    return L, F


STYLES = [
    ("markdown_steps", st_md), ("bold_labels", st_bold), ("bullets", st_bullets), ("prose", st_prose),
    ("latex_inline", st_latex_inline), ("latex_display", st_latex_display), ("table", st_table),
    ("terse", st_terse), ("chatty_tutor", st_tutor), ("gsm8k_calc", st_gsm), ("numbered_dash", st_numbered),
]


def render(S, recs, env, units, style_fn, seed):
    r = random.Random(seed)
    L, F = style_fn(S, recs, env, units, r)
    fin = recs[-1]["ceil"] if recs[-1]["st"].op == "ceil" else recs[-1]["shown"]
    if not (L and L[-1][0].startswith("####")):
        L.append(("", None))
        L.append(("#### " + plain(fin), None))
    text = ""
    spans = {}
    for line, si in L:
        if si is not None:
            spans[si] = (len(text), len(text) + len(line))
        text += line + "\n"
    text = text.rstrip("\n")
    return text, spans, plain(fin), L


# ------------------------------------------------------------ main

def build():
    rows = []
    pcount = 0
    for sname, sfn in STRUCTS:
        for ti in range(2):
            for fi in range(3):
                tname = "%s-t%d-f%d" % (sname, ti, fi)
                for k in range(N_SETS):
                    seed = "%s|%d" % (tname, k)
                    r = random.Random(seed)
                    S = sfn(r)
                    prob = S["texts"][ti]
                    if fi == 1:
                        prob = r.choice(FRAMES_CTX) + prob
                    elif fi == 2:
                        prob = prob + r.choice(FRAMES_ASK)
                    sname_style, style_fn = STYLES[pcount % len(STYLES)]
                    pcount += 1
                    pid = "%s-%d" % (tname, k)
                    recs, env, units = evaluate(S)
                    rseed = seed + "|render"
                    text, spans, fin, L = render(S, recs, env, units, style_fn, rseed)
                    base = dict(pid=pid, template=tname, style=sname_style, problem=prob)
                    rows.append(dict(base, variant="correct", solution=text, final=fin))
                    # choose faults
                    fr = random.Random(seed + "|fault")
                    faultable = [rec for rec in recs if rec["st"].op != "ceil"]
                    # slip
                    rows.append(make_fault(S, recs, faultable, fr, "slip", base, fin, style_fn, rseed))
                    rows.append(make_fault(S, recs, faultable, fr, "carry", base, fin, style_fn, rseed))
                    rows.append(make_loop(base, text, L, fin, fr))
    return rows


def make_fault(S, recs, faultable, fr, variant, base, fin, style_fn, rseed):
    order = faultable[:]
    fr.shuffle(order)
    for rec in order:
        cands = fault_candidates(rec["st"].op, rec["vals"], rec["right"], rec["st"].unit)
        fr.shuffle(cands)
        # prefer kind diversity: pick kind first
        kinds = sorted(set(k for k, _ in cands))
        fr.shuffle(kinds)
        for kind in kinds:
            w = [c for c in cands if c[0] == kind][0][1]
            i = rec["i"]
            if variant == "carry":
                try:
                    recs2, env2, units2 = evaluate(S, (i, w))
                except (ZeroDivisionError, ArithmeticError):
                    continue
                bad = any((x["shown"] < 0) != (y["shown"] < 0) for x, y in zip(recs2, recs))
                if bad:
                    continue
                text, spans, fin2, _ = render(S, recs2, env2, units2, style_fn, rseed)
                if fin2 == fin:
                    continue
            else:
                recs2, env2, units2 = evaluate(S)
                recs2[i] = dict(recs2[i], shown=w, ans=recs2[i]["shown"])
                text, spans, fin2, _ = render(S, recs2, env2, units2, style_fn, rseed)
                assert fin2 == fin or i == len(recs) - 1
                if i == len(recs) - 1:
                    # final line must carry the right answer in a slip
                    text = text.rsplit("\n", 1)[0] + "\n#### " + fin
                    fin2 = fin
            F = Fmt()
            row = dict(base, variant=variant, solution=text, final=fin)
            row["span"] = list(spans[i])
            row["wrong"] = plain(w)
            row["right"] = plain(rec["right"])
            row["step"] = i + 1
            row["kind"] = kind
            return row
    raise RuntimeError("no fault for %s %s" % (base["pid"], variant))


def make_loop(base, text, L, fin, fr):
    lines = [l for l, _ in L]
    # candidate units: end at a line that is a step line (not last lines); unit of 1-3 lines
    step_idx = [j for j, (_, si) in enumerate(L) if si is not None]
    if len(step_idx) >= 2:
        end = fr.choice(step_idx[1:])
    else:
        end = step_idx[0]
    size = fr.choice([1, 1, 2, 3])
    size = min(size, end + 1)
    start = end - size + 1
    # skip a unit that is only blank lines
    unit_lines = lines[start:end + 1]
    reps = fr.randint(8, 30)
    prefix = "\n".join(lines[:start])
    unit = "\n".join(unit_lines)
    out = prefix + ("\n" if prefix else "")
    pos_first = len(out)
    out += unit
    second = len(out) + 1
    for _ in range(reps - 1):
        out += "\n" + unit
    assert "####" not in out
    row = dict(base, variant="loop", solution=out, final=fin)
    row["span"] = [second, second + len(unit)]
    row["repeats"] = reps
    return row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
