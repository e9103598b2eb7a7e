#!/usr/bin/env python3
"""Generate the insurance/taxes/household-paperwork evaluation set (stdlib only, deterministic)."""
import argparse
import json
import random
import sys
import os
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from structs import STRUCTS, NAMES  # noqa: E402

getcontext().prec = 40
CENT = D("0.01")
STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display",
          "table", "terse", "chatty", "numbered_gpt"]
WRAP_PRE = ["I'm going through my paperwork and got stuck. ", "Quick question: ", "Can you help me with this? ",
            "Budget question: ", "Need help double-checking something. "]
WRAP_POST = [" Please show your work.", " Can you walk me through it?", " Thanks!", ""]


# ---------------------------------------------------------------- numbers
def fnum(v):
    v = D(v)
    if v == v.to_integral_value():
        return str(int(v))
    s = format(v.normalize(), "f")
    return s


def has_cents(v):
    return D(v) != D(v).to_integral_value()


def compute(op, av, rnd):
    if op == "mul":
        r = av[0]
        for x in av[1:]:
            r *= x
    elif op == "add":
        r = sum(av, D(0))
    elif op == "sub":
        r = av[0] - av[1]
    elif op == "div":
        r = av[0] / av[1]
    elif op == "pct":
        r = av[0] * av[1] / 100
    else:
        raise ValueError(op)
    exact = r
    if rnd:
        r = r.quantize(CENT, rounding=ROUND_HALF_UP)
    return r, exact


def evaluate(prob, override=None):
    vals = {k: v[0] for k, v in prob["inputs"].items()}
    exacts = {}
    for i, st in enumerate(prob["steps"]):
        name, op, args = st[0], st[1], st[2]
        r, ex = compute(op, [vals[a] for a in args], st[6])
        if override and override[0] == i:
            r = override[1]
        vals[name] = r
        exacts[name] = ex
    return vals, exacts


# ---------------------------------------------------------------- formatting
class Fmt:
    def __init__(self, mstyle="std", pct="pct", mul="×", div="÷", sub="−", add="+", latex=False,
                 units=False, words=False, of=False, frac=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]

    def money(self, v):
        v = D(v)
        neg = v < 0
        a = -v if neg else v
        cents = has_cents(a) or self.mstyle in ("cents", "latexc")
        s = "{:,.2f}".format(a) if cents else "{:,}".format(int(a))
        if self.mstyle == "plain":
            s = s.replace(",", "")
            out = s
        elif self.latex:
            out = "\\$" + s.replace(",", "{,}")
        else:
            out = "$" + s
        if neg:
            out = ("-" if self.latex or self.mstyle == "plain" else "−") + out
        return out

    def num(self, v, typ, unit=""):
        v = D(v)
        if typ == "money":
            return self.money(v)
        if typ == "pct":
            return fnum(v) + ("\\%" if self.latex else "%")
        s = fnum(v)
        if typ == "num" and abs(v) >= 1000 and self.mstyle != "plain":
            s = "{:,}".format(int(v)) if not has_cents(v) else s
            if self.latex:
                s = s.replace(",", "{,}")
        if typ == "count" and unit and self.units:
            s = s + " " + unit
        return s


def expr(prob, i, vals, F, rng):
    """Left-hand side of step i."""
    name, op, args, typ, label, desc, rnd = prob["steps"][i]
    types = {k: (v[1], v[2]) for k, v in prob["inputs"].items()}
    for st in prob["steps"]:
        types[st[0]] = (st[3], "")

    def o(a, bare=False):
        t, u = types[a]
        if bare:
            return F.num(vals[a], t)
        return F.num(vals[a], t, u)

    if op == "pct":
        a, pn = args
        pv = vals[pn]
        form = rng.choice(["of", "dec", "pct", "decfirst"]) if F.of else rng.choice(["dec", "pct", "decfirst"])
        if F.latex and form == "of":
            form = "dec"
        if F.mstyle == "plain" and form == "of":
            form = "dec"
        dec = fnum(pv / 100)
        if form == "of":
            return "%s of %s" % (o(pn), o(a))
        if form == "dec":
            return "%s %s %s" % (o(a), F.mul, dec)
        if form == "pct":
            return "%s %s %s" % (o(a), F.mul, o(pn))
        return "%s %s %s" % (dec, F.mul, o(a))
    if op == "mul":
        parts = [o(a) for a in args]
        if types[args[0]][0] == "count" and rng.random() < 0.5:
            parts = [o(args[1]), o(args[0], bare=True)] + parts[2:]
            # keep count with unit at end when reordered
            parts[1] = o(args[0])
        return (" %s " % F.mul).join(parts)
    if op == "add":
        return (" %s " % F.add).join(o(a) for a in args)
    if op == "sub":
        return "%s %s %s" % (o(args[0]), F.sub, o(args[1]))
    if op == "div":
        if F.frac:
            return "\\frac{%s}{%s}" % (o(args[0], True), o(args[1], True))
        return "%s %s %s" % (o(args[0]), F.div, o(args[1]))
    raise ValueError(op)


def relation(exact, shown, F, prose=False):
    approx = exact != shown
    if F.latex:
        return "\\approx" if approx else "="
    if prose:
        return "is about" if approx else "is"
    return "≈" if approx else "="


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- style renderers
# Each returns list of (line, tag) where tag is ("step", i) for the computation line of step i,
# ("re", i) for a restatement of step i's result, or None.

def style_fmt(style, rng):
    if style == "md_steps":
        return Fmt(mstyle=rng.choice(["std", "std", "cents"]), mul="×", div="÷", sub=rng.choice(["−", "-"]), units=rng.random() < 0.5)
    if style == "bold_labels":
        return Fmt(mstyle="std", mul=rng.choice(["×", "x"]), div=rng.choice(["/", "÷"]), sub="-", of=True)
    if style == "bullets":
        return Fmt(mstyle=rng.choice(["std", "cents"]), mul=rng.choice(["×", "*"]), div="/", sub="−", of=True, units=True)
    if style == "prose":
        return Fmt(mstyle="std", mul=rng.choice(["times", "×"]), div=rng.choice(["divided by", "÷"]),
                   sub=rng.choice(["minus", "−"]), add=rng.choice(["plus", "+"]), of=True, units=True, words=True)
    if style == "latex_inline":
        return Fmt(mstyle=rng.choice(["latex", "latexc"]), latex=True, mul="\\times", div="\\div", sub="-", frac=rng.random() < 0.4)
    if style == "latex_display":
        return Fmt(mstyle=rng.choice(["latex", "plain"]), latex=True, mul=rng.choice(["\\times", "\\cdot"]), div="\\div", sub="-", frac=rng.random() < 0.6)
    if style == "table":
        return Fmt(mstyle=rng.choice(["std", "cents"]), mul="×", div="÷", sub="−", of=rng.random() < 0.5)
    if style == "terse":
        return Fmt(mstyle=rng.choice(["plain", "plain", "std"]), mul=rng.choice(["*", "×", "x"]), div="/", sub="-")
    if style == "chatty":
        return Fmt(mstyle="std", mul=rng.choice(["×", "x"]), div="÷", sub="−", of=True, units=rng.random() < 0.6)
    if style == "numbered_gpt":
        return Fmt(mstyle=rng.choice(["latex", "latexc"]), latex=True, mul="\\times", div="\\div", sub="-", frac=rng.random() < 0.5)
    raise ValueError(style)


def R(prob, i, vals, F):
    """formatted result of step i"""
    st = prob["steps"][i]
    return F.num(vals[st[0]], st[3])


def check_line(prob, opv, shv, F, rng, fault_i):
    """optional verification line for the final step (uses shown values consistently)."""
    n = len(prob["steps"])
    name, op, args, typ, label, desc, rnd = prob["steps"][-1]
    if fault_i == n - 1:
        return None
    types = {k: v[1] for k, v in prob["inputs"].items()}
    for st in prob["steps"]:
        types[st[0]] = st[3]
    res = shv[name]
    if op == "sub":
        return "%s + %s = %s" % (F.num(res, typ), F.num(opv[args[1]], types[args[1]]), F.num(opv[args[0]], types[args[0]]))
    if op == "div" and types[args[1]] == "count":
        back = res * opv[args[1]]
        s = "%s %s %s = %s" % (F.num(res, typ), "\\times" if F.latex else "×", fnum(opv[args[1]]), F.num(back, typ))
        if back != opv[args[0]]:
            s += " (the small difference is just rounding)"
        return s
    return None


def render(prob, style, opv, shv, exv, rng, fault_i):
    F = style_fmt(style, rng)
    steps = prob["steps"]
    n = len(steps)
    L = []
    fin = shv[steps[-1][0]]
    ansF = Fmt(mstyle="std")
    ans = prob["answer"].format(v=ansF.money(fin))
    want_check = rng.random() < 0.45
    chk = check_line(prob, opv, shv, F, rng, fault_i) if want_check else None

    def rel(i):
        return relation(exv[steps[i][0]], shv[steps[i][0]], F, prose=False)

    if style == "md_steps":
        L.append((rng.choice(["Let's break this down step by step.", "We'll work through this one piece at a time.",
                              "To answer this, we need a few quick calculations."]), None))
        L.append(("", None))
        for i, st in enumerate(steps):
            L.append(("### Step %d: %s" % (i + 1, st[5]), None))
            L.append(("", None))
            e = expr(prob, i, opv, F, rng)
            form = rng.randrange(3)
            if form == 0:
                L.append(("%s %s %s" % (e, rel(i), R(prob, i, shv, F)), ("step", i)))
                L.append(("", None))
                L.append(("So the %s is **%s**." % (st[4], R(prob, i, shv, F)), ("re", i)))
            elif form == 1:
                L.append(("%s: %s %s **%s**" % (cap(st[4]), e, rel(i), R(prob, i, shv, F)), ("step", i)))
            else:
                L.append(("The %s is %s %s %s." % (st[4], e, rel(i), R(prob, i, shv, F)), ("step", i)))
            L.append(("", None))
        if chk:
            L.append(("Check: %s ✓" % chk, None))
            L.append(("", None))
        L.append(("### Final Answer", None))
        L.append(("", None))
        L.append((ans.replace(ansF.money(fin), "**%s**" % ansF.money(fin)), None))
    elif style == "bold_labels":
        L.append((rng.choice(["Here's the breakdown:", "Here's how the numbers work out:", "Let's compute each piece."]), None))
        L.append(("", None))
        for i, st in enumerate(steps):
            e = expr(prob, i, opv, F, rng)
            L.append(("**%s:** %s %s %s" % (cap(st[4]), e, rel(i), R(prob, i, shv, F)), ("step", i)))
            L.append(("", None))
        if chk:
            L.append(("**Check:** %s" % chk, None))
            L.append(("", None))
        L.append(("**Answer:** " + ans, None))
    elif style == "bullets":
        L.append((rng.choice(["Here are the numbers:", "Breaking it down:", "Working it out:"]), None))
        L.append(("", None))
        L.append(("**Calculation:**", None))
        for i, st in enumerate(steps):
            e = expr(prob, i, opv, F, rng)
            if rng.random() < 0.5:
                L.append(("- %s = %s %s %s" % (cap(st[4]), e, rel(i), R(prob, i, shv, F)), ("step", i)))
            else:
                L.append(("- %s: %s %s %s" % (cap(st[4]), e, rel(i), R(prob, i, shv, F)), ("step", i)))
        if chk:
            L.append(("- Check: %s ✓" % chk, None))
        L.append(("", None))
        L.append(("**Answer:** " + ans, None))
    elif style == "prose":
        conns = ["First", "Next", "Then", "After that", "Now", "Finally"]
        blank = rng.random() < 0.5
        for i, st in enumerate(steps):
            c = conns[0] if i == 0 else (conns[-1] if i == n - 1 else conns[1 + (i - 1) % 4])
            e = expr(prob, i, opv, F, rng)
            rw = relation(exv[st[0]], shv[st[0]], F, prose=True)
            rw2 = rng.choice([rw, rw.replace("is", "comes to"), rw.replace("is", "equals") if rw == "is" else rw])
            res = R(prob, i, shv, F)
            form = rng.randrange(3)
            if form == 0:
                s = "%s, the %s: %s %s %s." % (c, st[4], e, rw2, res)
            elif form == 1:
                s = "%s we need the %s. %s %s %s." % (c, st[4], cap(e) if e[0].isalpha() else e, rw2, res)
            else:
                s = "%s, %s %s %s, so the %s is %s." % (c, e, rw2, res, st[4], res)
            L.append((s, ("step", i)))
            if blank:
                L.append(("", None))
        if not blank:
            L.append(("", None))
        if chk:
            L.append(("As a check, %s." % chk, None))
            L.append(("", None))
        L.append((ans, None))
    elif style == "latex_inline":
        L.append((rng.choice(["Let's set up the calculation.", "We can solve this in a few steps."]), None))
        L.append(("", None))
        for i, st in enumerate(steps):
            e = expr(prob, i, opv, F, rng)
            s = "%s. %s: \\( %s %s %s \\)" % (i + 1, cap(st[4]), e, rel(i), R(prob, i, shv, F))
            L.append((s, ("step", i)))
        L.append(("", None))
        if chk:
            L.append(("Check: \\( %s \\)" % chk.replace(" (the small difference is just rounding)", ""), None))
            L.append(("", None))
        L.append(("%s The answer is \\( \\boxed{%s} \\)." % (ans, F.num(fin, "money")), None))
    elif style == "latex_display":
        for i, st in enumerate(steps):
            L.append(("**%s**" % st[5], None))
            e = expr(prob, i, opv, F, rng)
            if rng.random() < 0.4:
                L.append(("\\[ \\text{%s} = %s %s %s \\]" % (cap(st[4]), e, rel(i), R(prob, i, shv, F)), ("step", i)))
            else:
                L.append(("\\[ %s %s %s \\]" % (e, rel(i), R(prob, i, shv, F)), ("step", i)))
            L.append(("", None))
        L.append((ans, None))
        L.append(("", None))
        L.append(("\\[ \\boxed{%s} \\]" % F.num(fin, "money"), None))
    elif style == "table":
        L.append((rng.choice(["Here's the breakdown:", "Putting the numbers in a table:", "Step-by-step:"]), None))
        L.append(("", None))
        L.append(("| Step | Calculation | Amount |", None))
        L.append(("|------|-------------|--------|", None))
        for i, st in enumerate(steps):
            e = expr(prob, i, opv, F, rng)
            r = R(prob, i, shv, F)
            if rel(i) == "≈":
                r = "≈ " + r
            L.append(("| %s | %s | %s |" % (cap(st[4]), e, r), ("step", i)))
        L.append(("", None))
        L.append(("**%s**" % ans, None))
    elif style == "terse":
        for i, st in enumerate(steps):
            e = expr(prob, i, opv, F, rng)
            if rng.random() < 0.5:
                L.append(("%s %s %s" % (e, rel(i), R(prob, i, shv, F)), ("step", i)))
            else:
                L.append(("%s: %s %s %s" % (cap(st[4]), e, rel(i), R(prob, i, shv, F)), ("step", i)))
    elif style == "chatty":
        L.append((rng.choice(["Great question! Let's figure this out together.", "Sure thing! This one is easier than it looks.",
                              "Happy to help! Let's go through it step by step."]), None))
        L.append(("", None))
        leads = ["First, let's find the %s.", "Next up: the %s.", "Now for the %s.", "Then we work out the %s.", "Last piece: the %s."]
        for i, st in enumerate(steps):
            lead = leads[0] if i == 0 else (leads[-1] if i == n - 1 and n > 2 else leads[1 + (i - 1) % 3])
            L.append((lead % st[4], None))
            e = expr(prob, i, opv, F, rng)
            tail = rng.choice(["", " 👍", " — not bad!", ""])
            L.append(("%s %s %s%s" % (e, rel(i), R(prob, i, shv, F), tail), ("step", i)))
            L.append(("", None))
        if chk:
            L.append(("Let's double-check: %s. ✅" % chk, None))
            L.append(("", None))
        L.append(("So, %s" % (ans[0].lower() + ans[1:] if ans.startswith("The") or ans.startswith("Each") or ans.startswith("Paying") or ans.startswith("Itemizing") else ans), None))
        L.append(("", None))
        L.append((rng.choice(["Hope that helps! Let me know if you have any other questions.", "Let me know if you want me to run the numbers another way!"]), None))
    elif style == "numbered_gpt":
        L.append((rng.choice(["To solve this, let's go step by step:", "Let's work through the calculation:"]), None))
        L.append(("", None))
        for i, st in enumerate(steps):
            L.append(("%d. **%s:**" % (i + 1, st[5]), None))
            L.append(("   \\[", None))
            e = expr(prob, i, opv, F, rng)
            L.append(("   %s %s %s" % (e, rel(i), R(prob, i, shv, F)), ("step", i)))
            L.append(("   \\]", None))
            L.append(("", None))
        L.append(("Therefore, " + ans[0].lower() + ans[1:] if ans.startswith("The") else "Therefore, " + ans, None))
    L.append(("", None))
    return L


def finalize(L, final_s):
    L = list(L)
    while L and L[-1][0] == "":
        L.pop()
    L.append(("", None))
    L.append(("#### " + final_s, None))
    return L


def join(L):
    text = "\n".join(l for l, _ in L)
    offs = []
    pos = 0
    for l, t in L:
        offs.append((pos, pos + len(l)))
        pos += len(l) + 1
    return text, offs


# ---------------------------------------------------------------- faults
KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift", "sign_dropped"]


def mutate(kind, right, prob, i, opv, rng):
    st = prob["steps"][i]
    typ = st[3]
    dp = 2 if has_cents(right) else 0
    a = abs(right)
    if kind == "off_by_one":
        return right + rng.choice([1, -1])
    if kind == "off_by_ten":
        return right + rng.choice([10, -10, 100, -100] if a > 300 else [10, -10])
    if kind in ("swap_digits", "drop_digit", "double_digit"):
        s = ("{:.%df}" % dp).format(a).replace(".", "")
        if kind == "swap_digits":
            cands = [j for j in range(len(s) - 1) if s[j] != s[j + 1] and not (j == 0 and s[1] == "0")]
            if not cands:
                return None
            j = rng.choice(cands)
            s2 = s[:j] + s[j + 1] + s[j] + s[j + 2:]
        elif kind == "drop_digit":
            if len(s) < 3:
                return None
            j = rng.randrange(1, len(s))
            s2 = s[:j] + s[j + 1:]
        else:
            j = rng.randrange(len(s))
            s2 = s[:j] + s[j] + s[j:]
        v = D(s2) / (100 if dp else 1)
        return -v if right < 0 else v
    if kind == "wrong_op":
        op, args = st[1], st[2]
        av = [opv[x] for x in args]
        if op == "mul" and len(av) == 2:
            return av[0] + av[1]
        if op == "sub":
            return av[0] + av[1]
        if op == "add" and len(av) == 2:
            return av[0] - av[1]
        if op == "add" and len(av) == 3:
            return av[0] + av[1] - av[2]
        return None
    if kind == "decimal_shift":
        if typ == "pct":
            return None
        v = right * 10 if rng.random() < 0.5 else right / 10
        return v
    if kind == "sign_dropped":
        if right < 0:
            return -right
        return None
    return None


def valid_value(v, typ):
    if v is None:
        return False
    v = D(v)
    if typ in ("money",):
        return v == v.quantize(CENT)
    if typ in ("count", "num"):
        return v == v.to_integral_value()
    if typ == "pct":
        return v == v.quantize(D("0.001"))
    return True


def choose_fault(prob, variant, rng, right_vals):
    steps = prob["steps"]
    n = len(steps)
    idxs = list(range(n - 1)) if variant == "slip" else list(range(n))
    combos = [(i, k) for i in idxs for k in KINDS]
    rng.shuffle(combos)
    # prefer a spread over steps: pick step first, then kind
    rng.shuffle(idxs)
    order = []
    for i in idxs:
        ks = list(KINDS)
        rng.shuffle(ks)
        order += [(i, k) for k in ks]
    for i, kind in order:
        st = steps[i]
        right = right_vals[st[0]]
        w = mutate(kind, right, prob, i, right_vals, rng)
        if w is None or not valid_value(w, st[3]) or w == right:
            continue
        if w == 0 or (w < 0) != (right < 0) and kind != "sign_dropped":
            continue
        if abs(w - right) < D("0.5"):
            continue
        if variant == "carry":
            cv, cex = evaluate(prob, override=(i, w))
            ok = True
            for j in range(i + 1, n):
                nm, typj = steps[j][0], steps[j][3]
                if not valid_value(cv[nm], typj) or cv[nm] == 0 or (cv[nm] < 0) != (right_vals[nm] < 0):
                    ok = False
                    break
                if cex[nm] != cv[nm] and not steps[j][6]:
                    ok = False
                    break
            if not ok or cv[steps[-1][0]] == right_vals[steps[-1][0]]:
                continue
        return i, kind, w
    return None


# ---------------------------------------------------------------- main
def build():
    rows = []
    pcount = 0
    for si, (sname, fn) in enumerate(STRUCTS):
        for ph in range(8):
            tname = "%s-%d" % (sname, ph)
            for k in range(4):
                nr = random.Random("nums|%s|%d" % (tname, k))
                nm = NAMES[(si * 7 + ph * 3 + k * 5) % len(NAMES)]
                prob = fn(nr, ph, nm)
                text = prob["setups"][ph % 2] + " " + prob["qs"][(ph // 2) % 2]
                if ph >= 4:
                    text = nr.choice(WRAP_PRE) + text + nr.choice(WRAP_POST)
                style = STYLES[pcount % len(STYLES)]
                pid = "%s-%d-%d" % (sname, ph, k)
                pcount += 1
                vals, ex = evaluate(prob)
                final = vals[prob["steps"][-1][0]]
                final_s = fnum(final)

                def rend(opv, shv, exv, fault_i):
                    rr = random.Random("render|" + pid)
                    L = render(prob, style, opv, shv, exv, rr, fault_i)
                    return L

                base = dict(pid=pid, template=tname, style=style, problem=text)
                # correct
                Lc = finalize(rend(vals, vals, ex, None), final_s)
                sol, offs = join(Lc)
                rows.append(dict(base, variant="correct", solution=sol, final=final_s))
                frng = random.Random("fault|" + pid)
                # slip
                i, kind, w = choose_fault(prob, "slip", frng, vals)
                shv = dict(vals); shv[prob["steps"][i][0]] = w
                exs = dict(ex); nmi = prob["steps"][i][0]
                exs[nmi] = ex[nmi] if ex[nmi] != vals[nmi] else w
                Ls = finalize(rend(vals, shv, exs, i), final_s)
                sol, offs = join(Ls)
                li = [j for j, (_, t) in enumerate(Ls) if t == ("step", i)][0]
                rows.append(dict(base, variant="slip", solution=sol, final=final_s, span=list(offs[li]),
                                 wrong=fnum(w), right=fnum(vals[prob["steps"][i][0]]), step=i + 1, kind=kind))
                # carry
                i, kind, w = choose_fault(prob, "carry", frng, vals)
                cv, cex = evaluate(prob, override=(i, w))
                cex = dict(cex); cex[prob["steps"][i][0]] = ex[prob["steps"][i][0]] if ex[prob["steps"][i][0]] != vals[prob["steps"][i][0]] else w
                cfinal = fnum(cv[prob["steps"][-1][0]])
                Lk = finalize(rend(cv, cv, cex, i), cfinal)
                sol, offs = join(Lk)
                li = [j for j, (_, t) in enumerate(Lk) if t == ("step", i)][0]
                rows.append(dict(base, variant="carry", solution=sol, final=final_s, span=list(offs[li]),
                                 wrong=fnum(w), right=fnum(vals[prob["steps"][i][0]]), step=i + 1, kind=kind))
                # loop
                rows.append(dict(base, variant="loop", **make_loop(prob, Lc, vals, ex, style, pid)))
    return rows


def make_loop(prob, Lc, vals, ex, style, pid):
    rng = random.Random("loop|" + pid)
    lines = [l for l, _ in Lc]
    tags = [t for _, t in Lc]
    step_lines = [j for j, t in enumerate(tags) if t and t[0] == "step"]
    n = rng.randint(8, 30)
    mode = rng.random()
    if mode < 0.35 and len(step_lines) >= 1:
        # repeat a single computation line
        j = rng.choice(step_lines[:max(1, len(step_lines) - 1)])
        prefix = lines[:j]
        unit = [lines[j]]
    elif mode < 0.7:
        # repeat a block of 2-3 lines ending at a computation line
        j = rng.choice(step_lines)
        b = rng.choice([2, 3])
        start = max(0, j - b + 1)
        prefix = lines[:start]
        unit = lines[start:j + 1]
    else:
        # model starts "re-checking" the same step over and over
        j = rng.choice(step_lines)
        prefix = lines[:j + 1]
        st = prob["steps"][tags[j][1]]
        line = lines[j]
        unit = [rng.choice(["Wait, let me double-check that.", "Let me verify this calculation again.",
                            "Hmm, let me recompute the %s." % st[4]]), line]
        if rng.random() < 0.5:
            unit = [unit[0] + " " + line.lstrip("- ").strip()]
    text_lines = prefix + unit * n
    text = "\n".join(text_lines)
    pre = "\n".join(prefix)
    u = "\n".join(unit)
    first = len(pre) + (1 if prefix else 0)
    second = first + len(u) + 1
    assert text[second:second + len(u)] == u
    return dict(solution=text, final=fnum(vals[prob["steps"][-1][0]]), span=[second, second + len(u)], repeats=n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
