#!/usr/bin/env python3
"""Held-out eval set generator: environment & recycling worked solutions.

python3 gen.py --out set.jsonl   (stdlib only, deterministic)
"""
import argparse
import json
import random
from fractions import Fraction as F

from structs import STRUCTS, FRAMES

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex",
          "table", "terse", "chatty", "numbered", "llama_boxed"]

# ---------------------------------------------------------------- numbers

def rnd(v, dp):
    s = -1 if v < 0 else 1
    n = int(abs(v) * 10 ** dp + F(1, 2))
    return F(s * n, 10 ** dp)


def exact_at(v, dp):
    return (v * 10 ** dp).denominator == 1


def plain(v, dp, fixed=False):
    """plain decimal string; minimal decimals (<= dp) unless fixed."""
    if not fixed:
        for d in range(dp + 1):
            if exact_at(v, d):
                dp = d
                break
    r = rnd(v, dp)
    n = int(abs(r) * 10 ** dp)
    s = str(n).rjust(dp + 1, "0")
    out = s[:-dp] + "." + s[-dp:] if dp else s
    return ("-" if r < 0 else "") + out


def commify(p):
    neg = p.startswith("-")
    if neg:
        p = p[1:]
    ip, _, fp = p.partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    out = ",".join(g) + ("." + fp if fp else "")
    return ("-" if neg else "") + out


def ndec(p):
    return len(p.partition(".")[2])


# ---------------------------------------------------------------- evaluation

def evaluate(steps, override=None):
    """Return dict name -> info. override = (name, plain_str) forces a shown value."""
    vals = {}
    for st in steps:
        args = []
        for a in st["args"]:
            if a["t"] == "lit":
                args.append((a["v"], a["p"], a["u"]))
            else:
                r = vals[a["n"]]
                args.append((r["shown"], r["p"], r["u"]))
        op = st["op"]
        xs = [a[0] for a in args]
        if op == "mul":
            v = F(1)
            for x in xs:
                v *= x
        elif op == "add":
            v = sum(xs, F(0))
        elif op == "sub":
            v = xs[0] - sum(xs[1:], F(0))
        elif op == "div":
            v = xs[0] / xs[1]
        elif op == "mdiv":  # a * b / c
            v = xs[0] * xs[1] / xs[2]
        elif op == "pctof":
            v = xs[0] / 100 * xs[1]
        elif op == "ratio":
            v = xs[0] / xs[1] * 100
        elif op == "ceil":
            e = vals[st["args"][0]["n"]]["exact"]
            v = F(-((-e.numerator) // e.denominator))
        elif op == "abs":
            v = abs(xs[0])
        else:
            raise ValueError(op)
        fixed = st["unit"] == "$"
        approx = not exact_at(v, st["dp"])
        p = plain(v, st["dp"], fixed)
        shown = F(p)
        info = {"exact": v, "p": p, "shown": shown, "approx": approx, "u": st["unit"],
                "args": args, "forced": False}
        if override and override[0] == st["name"]:
            info["p"] = override[1]
            info["shown"] = F(override[1])
            info["forced"] = True
        vals[st["name"]] = info
    return vals


def is_wrong(info, p):
    """wrong under checker rule: '=' exact, '≈' within half unit of last digit."""
    w = F(p)
    if info["approx"]:
        return abs(w - info["exact"]) > F(1, 2) * F(1, 10 ** ndec(p))
    return w != info["exact"]


# ---------------------------------------------------------------- faults

KINDS = ["off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit",
         "decimal_shift", "wrong_op", "sign_dropped"]


def mutate(kind, info, st, rng):
    p = info["p"]
    fixed = st["unit"] == "$"
    d = ndec(p)
    v = F(p)
    neg = p.startswith("-")
    body = p[1:] if neg else p
    sgn = "-" if neg else ""

    def fmt(x):
        if fixed:
            return plain(x, 2, True)
        return plain(x, max(d, 0), True) if d else (plain(x, 0, True) if x.denominator == 1 else None)

    if kind == "off_by_one":
        return fmt(v + rng.choice([-1, 1]) * F(1, 10 ** d))
    if kind == "off_by_ten":
        if abs(v) < 30:
            return None
        return fmt(v + rng.choice([-10, 10]))
    if kind in ("swap_digits", "drop_digit", "double_digit"):
        ip, _, fp = body.partition(".")
        digs = ip + fp
        if kind == "swap_digits":
            cand = [i for i in range(len(digs) - 1) if digs[i] != digs[i + 1]
                    and not (i == 0 and digs[1] == "0")]
            if not cand:
                return None
            i = rng.choice(cand)
            nd = digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:]
            return sgn + nd[:len(ip)] + ("." + nd[len(ip):] if fp else "")
        if kind == "drop_digit":
            if len(ip) < 2:
                return None
            i = rng.randrange(1, len(ip))
            nip = ip[:i] + ip[i + 1:]
            return sgn + nip + ("." + fp if fp else "")
        if kind == "double_digit":
            if len(ip) > 6:
                return None
            i = rng.randrange(len(ip))
            nip = ip[:i] + ip[i] + ip[i:]
            return sgn + nip + ("." + fp if fp else "")
    if kind == "decimal_shift":
        x = v * 10 if rng.random() < 0.5 else v / 10
        if fixed:
            return plain(x, 2, True) if exact_at(x, 2) else None
        dd = 0
        while not exact_at(x, dd):
            dd += 1
        return plain(x, dd, True)
    if kind == "wrong_op":
        xs = [a[0] for a in info["args"]]
        if st["op"] == "mul" and len(xs) == 2:
            x = xs[0] + xs[1]
        elif st["op"] == "sub" and len(xs) == 2:
            x = xs[0] + xs[1]
        elif st["op"] == "add" and len(xs) == 2 and xs[0] > xs[1]:
            x = xs[0] - xs[1]
        elif st["op"] == "div":
            x = xs[0] * xs[1]
        else:
            return None
        dd = d if not fixed else 2
        if not exact_at(x, dd):
            return None
        return plain(x, dd, fixed or True) if dd else plain(x, 0, True)
    if kind == "sign_dropped":
        if not neg:
            return None
        return body
    return None


# ---------------------------------------------------------------- rendering

def fmt_num(p, sty):
    s = commify(p) if sty["comma"] else p
    if p.startswith("-"):
        s = sty["minus_sign"] + s[1:]
    if sty["latex"]:
        s = s.replace(",", "{,}")
    return s


def q_disp(p, u, sty, unit_ok):
    n = fmt_num(p, sty)
    if u == "$":
        if not sty["dollar"]:
            return n
        sign = ""
        if n.startswith(("-", "\u2212")):
            sign, n = n[0], n[1:]
        return sign + ("\\$" if sty["latex"] else "$") + n
    if u == "%":
        return n + ("\\%" if sty["latex"] else "%")
    if u == "\u00a2":
        return n + ("\\text{\u00a2}" if sty["latex"] else "\u00a2")
    if u and unit_ok:
        return n + ("\\text{ %s}" % u if sty["latex"] else " " + u)
    return n


def expr_str(st, info, sty, rng_form):
    args = info["args"]
    show = sty["show_units"]
    ops = [q_disp(p, u, sty, show) for (_, p, u) in args]
    op = st["op"]
    M, Dv, A, S = sty["mul"], sty["div"], sty["add"], sty["sub"]
    if op == "mul":
        return (" %s " % M).join(ops)
    if op == "add":
        return (" %s " % A).join(ops)
    if op == "sub":
        return (" %s " % S).join(ops)
    if op == "div":
        if sty["latex"] and rng_form < 0.5:
            return "\\frac{%s}{%s}" % (ops[0], ops[1])
        return "%s %s %s" % (ops[0], Dv, ops[1])
    if op == "mdiv":
        return "%s %s %s %s %s" % (ops[0], M, ops[1], Dv, ops[2])
    if op == "pctof":
        pct = args[0][1]
        if sty["name"] == "chatty" or (rng_form < 0.35 and not sty["latex"]):
            return "%s of %s" % (ops[0], ops[1])
        if rng_form < 0.7:
            return "%s %s %s" % (ops[0], M, ops[1])
        dec = plain(F(pct) / 100, 6)
        return "%s %s %s" % (fmt_num(dec, sty), M, ops[1])
    if op == "ratio":
        if sty["latex"]:
            return "\\frac{%s}{%s} \\times 100" % (ops[0], ops[1])
        if rng_form < 0.5:
            return "(%s %s %s) %s 100" % (ops[0], Dv, ops[1], M)
        return "%s %s %s %s 100" % (ops[0], Dv, ops[1], M)
    raise ValueError(op)


def res_str(info, sty):
    return q_disp(info["p"], info["u"], sty, True)


def eq_str(info, sty, rng):
    if info["approx"]:
        return rng.choice(sty["approx"])
    return rng.choice(sty["eq"])


def comp(st, info, sty, rng):
    """'EXPR = RESULT' string."""
    e = expr_str(st, info, sty, rng.random())
    return "%s %s %s" % (e, eq_str(info, sty, rng), res_str(info, sty))


def ucfirst(s):
    return s[:1].upper() + s[1:]


def final_plain(p):
    return p


def kg_to_t_note(info, st):
    if st["unit"] == "kg" and info["shown"] >= 1000:
        t = info["shown"] / 1000
        approx = not exact_at(t, 1)
        return (("about " if approx else "") + commify(plain(t, 1)) + " t")
    return None


def answer_phrase(prob, vals, sty, bold=False):
    fin = prob["steps"][-1]
    info = vals[fin["name"]]
    r = res_str(info, dict(sty, latex=False, dollar=True, comma=True, minus_sign="-"))
    if info["approx"] and "about {r}" not in prob["answer"]:
        r = "about " + r if not bold else r
        if bold:
            r = "about **%s**" % r
            return prob["answer"].format(r=r)
    if bold:
        r = "**%s**" % r
    return prob["answer"].format(r=r)


STYLE_CFG = {
    "md_steps": dict(mul=["\u00d7"], div=["\u00f7"], add=["+"], sub=["\u2212", "-"]),
    "bold_labels": dict(mul=["\u00d7"], div=["\u00f7", "/"], add=["+"], sub=["\u2212", "-"]),
    "bullets": dict(mul=["\u00d7", "x"], div=["\u00f7", "/"], add=["+"], sub=["-"]),
    "prose": dict(mul=["\u00d7", "x"], div=["\u00f7", "/"], add=["+"], sub=["-", "\u2212"]),
    "latex": dict(mul=["\\times", "\\cdot"], div=["\\div"], add=["+"], sub=["-"]),
    "table": dict(mul=["\u00d7", "x"], div=["\u00f7", "/"], add=["+"], sub=["\u2212", "-"]),
    "terse": dict(mul=["*", "\u00d7", "\u00b7"], div=["/"], add=["+"], sub=["-"]),
    "chatty": dict(mul=["times", "\u00d7"], div=["divided by", "\u00f7"], add=["plus", "+"],
                   sub=["minus", "-"]),
    "numbered": dict(mul=["\u00d7", "*", "x"], div=["\u00f7", "/"], add=["+"], sub=["-"]),
    "llama_boxed": dict(mul=["*", "\u00d7"], div=["/", "\u00f7"], add=["+"], sub=["-"]),
}


def make_sty(name, rng):
    c = STYLE_CFG[name]
    sty = {"name": name, "latex": name == "latex",
           "mul": rng.choice(c["mul"]), "div": rng.choice(c["div"]),
           "add": rng.choice(c["add"]), "sub": rng.choice(c["sub"]),
           "comma": not (name == "terse" and rng.random() < 0.6),
           "dollar": not (name == "terse" and rng.random() < 0.3),
           "show_units": rng.random() < (0.15 if name in ("terse", "latex") else 0.55),
           "minus_sign": "\u2212" if (name in ("md_steps", "bold_labels") and rng.random() < 0.5) else "-",
           "eq": ["="], "approx": ["\u2248"]}
    if name == "latex":
        sty["approx"] = ["\\approx"]
    if name == "chatty":
        if sty["mul"] == "times":
            sty["eq"] = ["is", "comes to", "equals", "gives you"]
            sty["approx"] = ["is about", "comes to roughly", "is approximately", "works out to about"]
        else:
            sty["approx"] = ["\u2248", "is about"]
    if name == "terse" and rng.random() < 0.4:
        sty["approx"] = ["~", "\u2248"]
    return sty


def render(prob, vals, sty, rng, drop_checks=False, slip=None):
    """Return list of (line, step_name or None)."""
    name = sty["name"]
    real_comp = globals()["comp"]

    def ci(st, info):
        if slip and st["name"] == slip[0]:
            return dict(info, p=slip[1], shown=F(slip[1]))
        return info

    def comp(st, info, sty, rng):
        return real_comp(st, ci(st, info), sty, rng)
    steps = [s for s in prob["steps"]]
    L = []
    goal = prob["goal"]
    comp_steps = [s for s in steps if s["op"] not in ("ceil", "abs")]
    last = steps[-1]
    chk = None
    if name in ("md_steps", "bold_labels", "chatty", "numbered") and not drop_checks:
        chk = make_check(prob, vals, sty)

    def nc_line(st, info, sty=sty):  # non computation step (ceil/abs)
        src = vals[st["args"][0]["n"]]
        if st["op"] == "ceil":
            opts = ["You can't plant part of a tree, so round up to %s.",
                    "Rounding up, that's %s.",
                    "Since %s isn't a whole number, round up: %s." ]
            o = rng.choice(opts)
            if o.count("%s") == 2:
                return o % (q_disp(src["p"], "", sty, False), res_str(info, sty))
            return o % res_str(info, sty)
        return rng.choice(["The negative sign just means a drop, so the decrease is %s.",
                           "That's a decrease of %s."]) % res_str(info, sty)

    fin = vals[last["name"]]
    ans = answer_phrase(prob, vals, sty)
    ansb = answer_phrase(prob, vals, sty, bold=True)
    final = fin["p"]
    note = kg_to_t_note(fin, last)

    if name == "md_steps":
        L.append(("To find %s, let's break the problem into steps." % goal, None))
        for i, st in enumerate(steps, 1):
            info = vals[st["name"]]
            L.append(("", None))
            L.append(("### Step %d: %s" % (i, st["title"]), None))
            if st["op"] in ("ceil", "abs"):
                L.append((nc_line(st, info), None))
                continue
            L.append((ucfirst(st["lead"]) + ":", None))
            L.append((comp(st, info, sty, rng), st["name"]))
            if st.get("rest") and rng.random() < 0.6:
                L.append((rng.choice(["So ", "That means ", "This means "]) + st["rest"].format(r=res_str(info, sty)) + ".", None))
        if chk:
            L.append(("", None))
            L.append(("**Check:** " + chk, None))
        L.append(("", None))
        L.append(("### Final Answer", None))
        L.append((ucfirst(ansb) + "." + (" (That's %s.)" % note if note else ""), None))
    elif name == "bold_labels":
        L.append((rng.choice(["I'll work through this step by step.",
                              "Let me work this out carefully.",
                              "Here's how to calculate it."]), None))
        L.append(("", None))
        for st in steps:
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append(("**%s:** %s" % (st["title"], nc_line(st, info)), None))
                continue
            L.append(("**%s:** %s" % (st["title"], comp(st, info, sty, rng)), st["name"]))
        if chk:
            L.append(("", None))
            L.append(("*Check:* " + chk, None))
        L.append(("", None))
        L.append(("**Answer:** " + ucfirst(ans) + (" (roughly %s)" % note.replace("about ", "") if note else "") + ".", None))
    elif name == "bullets":
        L.append((rng.choice(["Here's the breakdown:", "Breaking it down:", "Let's go through it:"]), None))
        L.append(("", None))
        for st in steps:
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append(("- " + nc_line(st, info), None))
                continue
            L.append(("- %s: %s" % (st["title"], comp(st, info, sty, rng)), st["name"]))
        L.append(("", None))
        L.append(("**%s**" % ucfirst(ans), None))
    elif name == "prose":
        openers = ["First", "Next", "Then", "After that", "Now"]
        for i, st in enumerate(steps):
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append((nc_line(st, info), None))
                L.append(("", None))
                continue
            op = openers[min(i, len(openers) - 1)] if st is not last else "Finally"
            if i > 1 and st is not last:
                op = rng.choice(openers[1:])
            line = "%s, %s: %s" % (op, st["lead"], comp(st, info, sty, rng))
            if st.get("rest") and rng.random() < 0.5:
                line += ", so " + st["rest"].format(r=res_str(ci(st, info), sty)) + "."
            else:
                line += "."
            L.append((line, st["name"]))
            L.append(("", None))
        L.append((ucfirst(ans) + "." + (" That's %s." % note if note else ""), None))
    elif name == "latex":
        L.append((rng.choice(["To solve this, we proceed step by step.",
                              "We compute each quantity in turn."]), None))
        L.append(("", None))
        for i, st in enumerate(steps, 1):
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append(("%d. %s" % (i, nc_line(st, info, dict(sty, latex=False, comma=True))), None))
                L.append(("", None))
                continue
            L.append(("%d. **%s:**" % (i, st["title"]), None))
            L.append(("\\[", None))
            L.append((comp(st, info, sty, rng), st["name"]))
            L.append(("\\]", None))
            L.append(("", None))
        L.append((ucfirst(ans) + ".", None))
        L.append(("", None))
        L.append(("\\[", None))
        L.append(("\\boxed{%s}" % fmt_num(final, sty), None))
        L.append(("\\]", None))
    elif name == "table":
        L.append((rng.choice(["Here's the calculation in a table:", "Working it out:"]), None))
        L.append(("", None))
        L.append(("| Step | Calculation | Result |", None))
        L.append(("|---|---|---|", None))
        for st in steps:
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append(("| %s | round up | %s |" % (st["title"], res_str(info, sty)) if st["op"] == "ceil"
                          else ("| %s | drop the sign | %s |" % (st["title"], res_str(info, sty))), None))
                continue
            e = expr_str(st, info, sty, rng.random())
            r = res_str(ci(st, info), sty)
            if info["approx"]:
                r = "\u2248 " + r
            L.append(("| %s | %s | %s |" % (st["title"], e, r), st["name"]))
        L.append(("", None))
        L.append(("So " + ans + ".", None))
    elif name == "terse":
        for st in steps:
            info = vals[st["name"]]
            lab = (st["title"][0].lower() if st["title"][1:2].islower() else st["title"][0]) + st["title"][1:]
            if st["op"] == "ceil":
                L.append(("round up -> %s" % res_str(info, sty), None))
                continue
            if st["op"] == "abs":
                L.append(("%s = %s" % (lab, res_str(info, sty)), None))
                continue
            L.append(("%s = %s" % (lab, comp(st, info, sty, rng)), st["name"]))
        L.append(("", None))
        L.append(("Answer: %s" % res_str(fin, dict(sty, comma=True)), None))
    elif name == "chatty":
        L.append((rng.choice(["Great question! Let's figure it out together. \U0001F331",
                              "Love this kind of problem \u2014 let's dig in! \U0001F30D",
                              "Sure thing! Let's walk through it."]), None))
        L.append(("", None))
        for i, st in enumerate(steps):
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append((nc_line(st, info), None))
                L.append(("", None))
                continue
            pre = ["First up", "Next", "Now", "Then", "After that"][min(i, 4)]
            if st is last and i > 0:
                pre = "Last step"
            L.append(("%s, %s. %s." % (pre, st["lead"], ucfirst(comp(st, info, sty, rng))), st["name"]))
            L.append(("", None))
        if chk:
            L.append(("Quick check: " + chk, None))
            L.append(("", None))
        L.append(("So %s! %s" % (ans, rng.choice(["Every bit counts. \u267B\uFE0F", "Pretty impressive, right?", "Hope that helps!"])), None))
    elif name == "numbered":
        L.append(("Let's solve this step by step.", None))
        L.append(("", None))
        for i, st in enumerate(steps, 1):
            info = vals[st["name"]]
            if st["op"] in ("ceil", "abs"):
                L.append(("%d. %s" % (i, nc_line(st, info)), None))
                continue
            L.append(("%d. %s: %s" % (i, ucfirst(st["lead"]), comp(st, info, sty, rng)), st["name"]))
        if chk:
            L.append(("", None))
            L.append(("Check: " + chk, None))
        L.append(("", None))
        L.append(("Therefore, " + ans + ".", None))
    elif name == "llama_boxed":
        for i, st in enumerate(steps, 1):
            info = vals[st["name"]]
            L.append(("## Step %d: %s" % (i, ucfirst(st["lead"])), None))
            if st["op"] in ("ceil", "abs"):
                L.append((nc_line(st, info), None))
            else:
                line = rng.choice(["We get %s.", "This gives %s.", "The calculation is %s."]) % comp(st, info, sty, rng)
                L.append((line, st["name"]))
            L.append(("", None))
        L.append(("The final answer is: $\\boxed{%s}$" % final, None))
    L.append(("", None))
    L.append(("#### " + final, None))
    return L


def make_check(prob, vals, sty):
    last = prob["steps"][-1]
    info = vals[last["name"]]
    if info["approx"] or last["op"] not in ("mul", "add") or len(last["args"]) != 2:
        return None
    a, b = info["args"]
    if info["shown"] != info["exact"]:
        return None
    r = res_str(info, sty)
    if last["op"] == "mul":
        if b[0] == 0:
            return None
        q = info["shown"] / b[0]
        if q != a[0]:
            return None
        return "%s %s %s = %s \u2713" % (r, sty["div"] if sty["div"] != "divided by" else "\u00f7",
                                          q_disp(b[1], b[2], sty, sty["show_units"]),
                                          q_disp(a[1], a[2], sty, sty["show_units"]))
    d = info["shown"] - b[0]
    if d != a[0]:
        return None
    s = sty["sub"] if sty["sub"] != "minus" else "-"
    return "%s %s %s = %s \u2713" % (r, s, q_disp(b[1], b[2], sty, True), q_disp(a[1], a[2], sty, True))


def assemble(lines):
    text = "\n".join(l for l, _ in lines)
    spans = {}
    pos = 0
    for l, nm in lines:
        if nm is not None:
            spans[nm] = [pos, pos + len(l)]
        pos += len(l) + 1
    return text, spans


# ---------------------------------------------------------------- main build

def build():
    rows = []
    tcount = 0
    pidx = 0
    for sname, sdef in STRUCTS:
        for qi in range(len(sdef["qs"])):
            for fi, frame in enumerate(FRAMES):
                tname = "%s-q%d-f%d" % (sname, qi, fi)
                tcount += 1
                for ns in range(4):
                    seed = "eval88|%s|%d" % (tname, ns)
                    rng = random.Random(seed)
                    prob = sdef["gen"](rng)
                    qtext = sdef["qs"][qi].format(**prob["ctx"])
                    problem = frame(qtext, rng)
                    style = STYLES[pidx % len(STYLES)]
                    pidx += 1
                    pid = "%s-%d-%d" % (sname, qi * len(FRAMES) + fi, ns)
                    rows.extend(make_rows(pid, tname, style, problem, prob, seed))
    return rows, tcount


def faultable(prob):
    return [s for s in prob["steps"] if s["op"] not in ("ceil", "abs")]


def make_rows(pid, tname, style, problem, prob, seed):
    out = []
    vals = evaluate(prob["steps"])
    final = vals[prob["steps"][-1]["name"]]["p"]
    srng = random.Random(seed + "|style")
    sty = make_sty(style, srng)
    base = {"pid": pid, "template": tname, "style": style, "problem": problem}

    def rend(v, drop=False, slip=None):
        r = random.Random(seed + "|render")  # same phrasing choices for all variants
        return assemble(render(prob, v, sty, r, drop_checks=drop, slip=slip))

    text, spans = rend(vals)
    out.append(dict(base, variant="correct", solution=text, final=final))

    frng = random.Random(seed + "|fault")
    steps = prob["steps"]
    fsteps = faultable(prob)
    # slip
    for variant in ("slip", "carry"):
        for attempt in range(200):
            if variant == "carry" and len(fsteps) > 1 and frng.random() < 0.85:
                st = frng.choice(fsteps[:-1])
            else:
                st = frng.choice(fsteps)
            info = vals[st["name"]]
            kind = frng.choice(KINDS)
            w = mutate(kind, info, st, frng)
            if w is None or w == info["p"] or not is_wrong(info, w):
                continue
            if F(w) == 0 or (F(w) < 0) != (info["shown"] < 0) and kind != "sign_dropped":
                continue
            if F(w) > info["shown"] * 20 and info["shown"] > 0:
                continue
            if variant == "slip":
                t2, sp2 = rend(vals, slip=(st["name"], w))
                fin2 = final
            else:
                try:
                    v2 = evaluate(steps, override=(st["name"], w))
                except ZeroDivisionError:
                    continue
                bad = False
                for s in steps:
                    if s["name"] != st["name"] and vals[s["name"]]["shown"] > 0 and v2[s["name"]]["shown"] <= 0:
                        bad = True
                fin2 = v2[steps[-1]["name"]]["p"]
                if bad or F(fin2) == F(final):
                    continue
                t2, sp2 = rend(v2, drop=True)
            idx = [s["name"] for s in steps].index(st["name"]) + 1
            out.append(dict(base, variant=variant, solution=t2, final=final,
                            span=sp2[st["name"]], wrong=w, right=info["p"], step=idx, kind=kind))
            break
        else:
            raise RuntimeError("no fault for %s %s" % (pid, variant))
    # loop
    lrng = random.Random(seed + "|loop")
    lines = text.split("\n")
    body_end = len(lines) - 2  # exclude blank + ####
    for attempt in range(100):
        k = lrng.randrange(2, body_end)
        u = lrng.choice([1, 1, 2, 3])
        a = k - u + 1
        if a < 1:
            continue
        unit = lines[a:k + 1]
        if not unit[0].strip() or not any(x.strip() for x in unit) or unit[0].startswith("####"):
            continue
        if any(x.startswith("####") for x in unit):
            continue
        break
    reps = lrng.randint(8, 30)
    prefix = "\n".join(lines[:k + 1]) + "\n"
    ustr = "\n".join(unit) + "\n"
    sol = prefix + ustr * (reps - 1)
    cuts = []
    for ci in range(1, len(ustr) - 1):
        if ustr[ci] != " ":
            continue
        lastl = ustr[:ci].split("\n")[-1]
        if not lastl.strip() or any(c in lastl for c in "=\u2248~|\\"):
            continue
        if any(w in lastl.split() for w in ("is", "comes", "gives", "equals", "works")):
            continue
        cuts.append(ci)
    if cuts and lrng.random() < 0.5:
        sol += ustr[:lrng.choice(cuts)]
    else:
        sol = sol.rstrip("\n")
    span = [len(prefix), len(prefix) + len(ustr)]
    out.append(dict(base, variant="loop", solution=sol, final=final, span=span, repeats=reps))
    return out


KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final",
        "span", "wrong", "right", "step", "kind", "repeats"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows, tcount = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            o = {k: r[k] for k in KEYS if k in r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("templates=%d rows=%d" % (tcount, len(rows)))


if __name__ == "__main__":
    main()
