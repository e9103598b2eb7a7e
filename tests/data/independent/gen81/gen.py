#!/usr/bin/env python3
"""Generate a held-out set of worked solutions: water, tanks, pools and plumbing.

Usage: python3 gen.py --out set.jsonl   (stdlib only, deterministic)
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Calc, fmt, plain, decs, wrong_candidates  # noqa: E402
from templates import S  # noqa: E402

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline",
          "latex_display", "terse", "tutor", "numbered", "table"]

WRAPPERS = ["{t}", "{t} Show your work.", "{t} Please explain step by step."]

UNIT_WORD = {"h": "hours", "min": "minutes", "gal": "gallons", "L": "liters", "oz": "oz", "lb": "lb",
             "m³": "m³", "ft³": "cubic feet", "cm³": "cm³", "m²": "m²", "gpm": "gpm", "gph": "gph",
             "L/min": "L/min", "cm": "cm", "m": "m", "flushes": "flushes", "barrels": "barrels",
             "trips": "trips", "": ""}

LATEX_UNIT = {"m³": "\\text{ m}^3", "m²": "\\text{ m}^2", "ft³": "\\text{ ft}^3", "cm³": "\\text{ cm}^3"}


def cap(s):
    return s[0].upper() + s[1:]


class Opts:
    def __init__(self, mul="×", div="÷", add="+", sub="−", commas=True, latex=False, units=False,
                 minus="−", frac=False, pct_of=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def rleaf(t, o):
    _, v, unit, money, pct = t
    if pct:
        s = fmt(v * 100, commas=o.commas) + ("\\%" if o.latex else "%")
    else:
        s = fmt(v, commas=o.commas, money=money, latex=o.latex, minus=o.minus,
                dp=max(2, decs(v)) if money else None)
    if v < 0:
        s = "(" + s + ")"
    if o.units and unit and not money and not o.latex:
        s += " " + unit
    return s


def rexpr(tree, o):
    op, args = tree
    parts = [rleaf(a, o) for a in args]
    if op == "/" and o.frac:
        return "\\frac{%s}{%s}" % (parts[0], parts[1])
    if op == "*" and o.pct_of and args[0][4]:
        return parts[0] + " of " + " × ".join(parts[1:])
    sym = {"*": o.mul, "/": o.div, "+": o.add, "-": o.sub}[op]
    return (" %s " % sym).join(parts)


def rres(st, o, unitstyle="sym"):
    money = st["money"]
    s = fmt(st["shown"], commas=o.commas, dp=st["sdp"], money=money, latex=o.latex, minus=o.minus)
    u = st["unit"]
    if u and not money:
        if o.latex:
            s += LATEX_UNIT.get(u, "\\text{ %s}" % u)
        elif unitstyle == "word":
            s += " " + UNIT_WORD.get(u, u)
        else:
            s += " " + u
    return s


def rel(st, o):
    if st["approx"]:
        return "\\approx" if o.latex else "≈"
    return "="


def comp_line(st, o, unitstyle="sym"):
    return "%s %s %s" % (rexpr(st["tree"], o), rel(st, o), rres(st, o, unitstyle))


def round_sentence(st, rng, o):
    src = fmt(st["src"], commas=o.commas)
    c = fmt(st["shown"])
    u = st["unit"]
    whole = st["src"].denominator == 1
    if st["kind"] == "ceil":
        if whole:
            return "That is exactly %s %s." % (c, u)
        return rng.choice([
            "Since %s is not a whole number, round up: %s %s." % (src, c, u),
            "You can't use part of one, so %s rounds up to %s %s." % (src, c, u),
            "Rounding %s up gives %s %s (the last one is only partly used)." % (src, c, u),
        ])
    if whole:
        return "That is exactly %s full %s." % (c, u)
    return rng.choice([
        "Only whole ones count, so %s rounds down to %s full %s." % (src, c, u),
        "That's %s, so %s %s can be filled completely." % (src, c, u),
    ])


CONN = ["First", "Next", "Then", "After that", "Now", "Next"]


def conn(i, n):
    if i == 0:
        return "First"
    if i == n - 1:
        return "Finally"
    return CONN[1 + (i - 1) % 5]


# each style: (steps, ctx, rng) -> list of (line, step_index or None)

def s_md(steps, ctx, rng):
    o = Opts(div=rng.choice(["÷", "/"]))
    L = [(rng.choice(["Let's solve this step by step.", "We'll work through this in a few steps.",
                      "Here's how to work it out."]), None), ("", None)]
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("**Check:** " + comp_line(st, o) + " ✓", i), ("", None)]
            continue
        L += [("### Step %d: %s" % (i + 1, cap(st["label"])), None), ("", None)]
        if st["kind"] in ("ceil", "floor"):
            L += [(round_sentence(st, rng, o), i), ("", None)]
        else:
            L += [(comp_line(st, o), i), ("", None)]
    L += [("### Answer", None), ("", None), (ctx["ans"], None)]
    return L


def s_bold(steps, ctx, rng):
    o = Opts(div=rng.choice(["÷", "/"]), mul=rng.choice(["×", "×", "·"]))
    L = [(rng.choice(["To find this, we'll calculate each piece.", "Let's break it down:", "Here's the calculation."]), None), ("", None)]
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("**Check:** " + comp_line(st, o) + " ✓", i)]
        elif st["kind"] in ("ceil", "floor"):
            L += [("**%s:** %s" % (cap(st["label"]), round_sentence(st, rng, o)), i)]
        else:
            L += [("**%s:** %s" % (cap(st["label"]), comp_line(st, o)), i)]
        L += [("", None)]
    L += [("**Answer:** " + ctx["ans"], None)]
    return L


def s_bullets(steps, ctx, rng):
    o = Opts(mul=rng.choice(["x", "×"]), div="/", sub="-", minus="-", units=True)
    L = [(rng.choice(["Here's the breakdown:", "Breaking it down:", "Working it out:"]), None), ("", None)]
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("- Check: " + comp_line(st, o) + " (matches)", i)]
        elif st["kind"] in ("ceil", "floor"):
            L += [("- " + round_sentence(st, rng, o), i)]
        else:
            L += [("- %s: %s" % (cap(st["label"]), comp_line(st, o)), i)]
    L += [("", None), ("**%s**" % ctx["ans"], None)]
    return L


def s_prose(steps, ctx, rng):
    o = Opts(units=rng.random() < 0.5)
    L = []
    n = len([s for s in steps if s["kind"] != "check"])
    j = 0
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("As a check, %s, which matches." % comp_line(st, o, "word"), i), ("", None)]
            continue
        c = conn(j, n)
        j += 1
        if st["kind"] in ("ceil", "floor"):
            L += [(round_sentence(st, rng, o), i), ("", None)]
            continue
        shape = rng.randrange(4)
        cl = comp_line(st, o, "word")
        if shape == 0:
            s = "%s, the %s: %s." % (c, st["label"], cl)
        elif shape == 1:
            s = "%s we work out the %s. %s." % (c, st["label"], cap(cl))
        elif shape == 2:
            s = "The %s is %s." % (st["label"], cl)
        else:
            s = "%s, %s, so that's the %s." % (c, cl, st["label"])
        L += [(s, i), ("", None)]
    L += [(ctx["ans"], None)]
    return L


def s_latex_inline(steps, ctx, rng):
    o = Opts(mul="\\times", div=rng.choice(["\\div", "/"]), sub="-", minus="-", latex=True)
    L = [("Let's compute this step by step.", None), ("", None)]
    k = 1
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("Check: \\( %s \\) ✓" % comp_line(st, o), i), ("", None)]
            continue
        if st["kind"] in ("ceil", "floor"):
            L += [("%d. %s" % (k, round_sentence(st, rng, o)), i)]
        else:
            L += [("%d. %s: \\( %s \\)" % (k, cap(st["label"]), comp_line(st, o)), i)]
        k += 1
    L += [("", None), (ctx["ans"], None)]
    return L


def s_latex_display(steps, ctx, rng):
    o = Opts(mul="\\times", div="\\div", sub="-", minus="-", latex=True, frac=rng.random() < 0.5)
    L = [("We solve this in steps.", None), ("", None)]
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("**Verification:**", None), ("\\[", None), (comp_line(st, o), i), ("\\]", None), ("", None)]
            continue
        if st["kind"] in ("ceil", "floor"):
            L += [(round_sentence(st, rng, o), i), ("", None)]
            continue
        L += [("**%s**" % cap(st["label"]), None), ("\\[", None), (comp_line(st, o), i), ("\\]", None), ("", None)]
    L += [(ctx["ans"], None), ("", None), ("\\[", None), ("\\boxed{%s}" % ctx["final"], None), ("\\]", None)]
    return L


def s_terse(steps, ctx, rng):
    o = Opts(mul="*", div="/", sub="-", minus="-", commas=False)
    L = []
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("check: " + comp_line(st, o), i)]
        elif st["kind"] in ("ceil", "floor"):
            L += [("%s = %s(%s) = %s" % (st["label"], st["kind"], fmt(st["src"], commas=False), fmt(st["shown"])), i)]
        else:
            L += [("%s = %s" % (st["label"], comp_line(st, o)), i)]
    L += [("", None), ("Answer: " + ctx["final"], None)]
    return L


def s_tutor(steps, ctx, rng):
    o = Opts(mul="times", div="divided by", add="plus", sub="minus", pct_of=True, units=rng.random() < 0.3)
    L = [(rng.choice(["Great question! Let's figure this out together.", "Sure thing! Let's walk through it.",
                      "Happy to help with this one! We'll take it one piece at a time."]), None), ("", None)]
    for i, st in enumerate(steps):
        cl = comp_line(st, o, "word") if "tree" in st else ""
        if st["kind"] == "check":
            L += [("Let's double-check: %s. Yep, that works!" % cl, i), ("", None)]
        elif st["kind"] in ("ceil", "floor"):
            L += [(round_sentence(st, rng, o), i), ("", None)]
        else:
            shape = rng.randrange(3)
            if shape == 0:
                s = "So, the %s: %s." % (st["label"], cl)
            elif shape == 1:
                s = "Next up is the %s. We get %s." % (st["label"], cl)
            else:
                s = "Okay, for the %s: %s. Nice!" % (st["label"], cl)
            L += [(s, i), ("", None)]
    L += [("So, " + ctx["ans"][0].lower() + ctx["ans"][1:] + " Hope that helps!", None)]
    return L


def s_numbered(steps, ctx, rng):
    o = Opts(mul=rng.choice(["x", "×"]), div="/", units=rng.random() < 0.5)
    L = []
    k = 1
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            L += [("", None), ("Check: " + comp_line(st, o) + " ✔", i)]
            continue
        if st["kind"] in ("ceil", "floor"):
            L += [("%d. **%s:** %s" % (k, cap(st["label"]), round_sentence(st, rng, o)), i)]
        else:
            L += [("%d. **%s:** %s" % (k, cap(st["label"]), comp_line(st, o)), i)]
        k += 1
    L += [("", None), ("**Final answer:** " + ctx["ans"], None)]
    return L


def s_table(steps, ctx, rng):
    o = Opts(div=rng.choice(["÷", "/"]))
    L = [("| Quantity | Calculation |", None), ("|---|---|", None)]
    after = []
    for i, st in enumerate(steps):
        if st["kind"] == "check":
            after += [("", None), ("Check: " + comp_line(st, o) + " ✓", i)]
        elif st["kind"] in ("ceil", "floor"):
            L += [("| %s | %s %s → %s |" % (cap(st["label"]), "round up" if st["kind"] == "ceil" else "round down",
                                           fmt(st["src"]), fmt(st["shown"])), i)]
        else:
            L += [("| %s | %s |" % (cap(st["label"]), comp_line(st, o)), i)]
    L += after
    L += [("", None), ("**Answer:** " + ctx["ans"], None)]
    return L


RENDER = dict(md_steps=s_md, bold_labels=s_bold, bullets=s_bullets, prose=s_prose, latex_inline=s_latex_inline,
              latex_display=s_latex_display, terse=s_terse, tutor=s_tutor, numbered=s_numbered, table=s_table)


def final_display(st):
    if st["money"]:
        return fmt(st["shown"], money=True, dp=2)
    return fmt(st["shown"])


def render(style, steps, ans_fmt, seed, final_st=None):
    rng = random.Random(seed)
    fst = final_st if final_st is not None else [s for s in steps if s["kind"] != "check"][-1]
    ctx = dict(ans=ans_fmt.format(v=final_display(fst)), final=plain(fst["shown"]))
    lines = RENDER[style](steps, ctx, rng)
    return lines, ctx["final"]


def join(lines):
    text = ""
    offs = []
    for j, (ln, si) in enumerate(lines):
        if j:
            text += "\n"
        offs.append((len(text), len(text) + len(ln), si))
        text += ln
    return text, offs


def final_step(steps):
    return [s for s in steps if s["kind"] != "check"][-1]


def build(struct, tix, six, style):
    seed = "eval81|%s|%d|%d" % (struct["name"], tix, six)
    rng = random.Random(seed)
    params, comp = struct["fn"](rng)
    C = Calc()
    comp(C)
    steps = C.steps
    rows = []
    # correct
    lines, fin = render(style, steps, struct["ans"], seed + "|r")
    text, offs = join(lines + [("", None), ("#### " + fin, None)])
    rows.append(dict(variant="correct", solution=text, final=fin))
    elig = [i for i, s in enumerate(steps) if s["kind"] == "calc" and s["fault"]]
    # slip
    for _ in range(50):
        k = rng.choice(elig)
        cands = wrong_candidates(steps[k], rng)
        if cands:
            break
    kind, wv = rng.choice(cands)
    ss = [dict(s) for s in steps]
    ss[k]["shown"] = wv
    ss[k]["sdp"] = 2 if ss[k]["money"] else decs(wv)
    lines, _ = render(style, ss, struct["ans"], seed + "|r", final_st=final_step(steps))
    text, offs = join(lines + [("", None), ("#### " + fin, None)])
    sp = [o for o in offs if o[2] == k]
    assert len(sp) == 1
    rows.append(dict(variant="slip", solution=text, final=fin, span=[sp[0][0], sp[0][1]],
                     wrong=fmt(wv, commas=False, minus="-", money=False, dp=ss[k]["sdp"]),
                     right=fmt(steps[k]["shown"], commas=False, minus="-", dp=steps[k]["sdp"]),
                     step=k + 1, kind=kind))
    # carry
    done = False
    order = list(elig)
    rng.shuffle(order)
    for k in order:
        cands = wrong_candidates(steps[k], rng)
        rng.shuffle(cands)
        for kind, wv in cands:
            try:
                C2 = Calc({k: wv})
                comp(C2)
            except (ZeroDivisionError, AssertionError):
                continue
            st2 = [s for s in C2.steps if s["kind"] != "check"]
            f2 = final_step(st2)["shown"]
            if f2 == final_step(steps)["shown"] or any(s["shown"] < 0 for s in st2[k + 1:]) and not any(
                    s["shown"] < 0 for s in steps[k + 1:]):
                continue
            if any(decs(s["shown"]) is None for s in st2):
                continue
            lines, fin2 = render(style, st2, struct["ans"], seed + "|r")
            text, offs = join(lines + [("", None), ("#### " + fin2, None)])
            sp = [o for o in offs if o[2] == k]
            rows.append(dict(variant="carry", solution=text, final=fin2, span=[sp[0][0], sp[0][1]],
                             wrong=fmt(wv, commas=False, minus="-", dp=st2[k]["sdp"]),
                             right=fmt(steps[k]["shown"], commas=False, minus="-", dp=steps[k]["sdp"]),
                             step=k + 1, kind=kind))
            done = True
            break
        if done:
            break
    assert done, seed
    # loop
    lines, _ = render(style, steps, struct["ans"], seed + "|r")
    content = [j for j, (ln, si) in enumerate(lines) if ln.strip() and si is not None]
    m = content[min(len(content) - 1, max(1, rng.randrange(len(content))))]
    b = rng.choice([1, 1, 2, 2, 3])
    b = min(b, m + 1)
    block = [ln for ln, _ in lines[m - b + 1:m + 1]]
    if not "".join(block).strip():
        block = [lines[m][0]]
        b = 1
    reps = rng.randint(8, 30)
    head = "\n".join(ln for ln, _ in lines[:m + 1])
    bt = "\n".join(block)
    sep = "\n\n" if m + 1 < len(lines) and not lines[m + 1][0].strip() and block[0].strip() else "\n"
    text = head + (sep + bt) * (reps - 1)
    start = len(head) + len(sep)
    rows.append(dict(variant="loop", solution=text, final=fin, span=[start, start + len(bt)], repeats=reps))
    prob = WRAPPERS[struct["_w"]].format(t=struct["texts"][struct["_t"]].format(**params))
    return prob, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    out = []
    tno = 0
    for si, s in enumerate(S):
        for t in range(3):
            for w in range(3):
                if t == 2 and w == 2:
                    continue
                st = dict(s, _t=t, _w=w)
                tname = "%s/t%dw%d" % (s["name"], t, w)
                for six in range(4):
                    style = STYLES[(tno * 4 + six + si) % len(STYLES)]
                    prob, rows = build(st, t * 3 + w, six, style)
                    pid = "%s-%d%d-%d" % (s["name"], t, w, six)
                    for r in rows:
                        o = dict(pid=pid, template=tname, style=style, problem=prob, variant=r["variant"],
                                 solution=r["solution"], final=r["final"])
                        for key in ("span", "wrong", "right", "step", "kind", "repeats"):
                            if key in r:
                                o[key] = r[key]
                        out.append(o)
                tno += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
