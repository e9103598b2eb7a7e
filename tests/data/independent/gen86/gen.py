#!/usr/bin/env python3
"""Generate the real-estate / renting held-out evaluation set (stdlib only, deterministic)."""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Ctx, Fault, mutate, digits, shown_dp  # noqa: E402
from styles import STYLES  # noqa: E402
from structures import S  # noqa: E402

PREFIX = ["I'm a landlord and need to check something. ", "Quick question from a first-time buyer: ",
          "Hi! Can you help me with this? ", "Working on numbers for a client. ", "Help me double-check this: ",
          "My roommate and I are arguing about this one. "]
SUFFIX = [" Please show your work.", " Walk me through the math.", " Can you explain step by step?",
          " Show the calculation so I can send it to my client."]


def templates():
    out = []
    for s in S:
        for ti in range(3):
            for w in range(3):
                if ti == 2 and w == 2:
                    continue
                out.append((s, ti, w))
    return out


def problem_text(s, ti, w, d, r):
    t = s["texts"][ti](d)
    if w == 1:
        t = r.choice(PREFIX) + t
    elif w == 2:
        t = t + r.choice(SUFFIX)
    return t


def run(s, d, style, pid, fault=None):
    rr = random.Random("render:" + pid)
    nt = style.notation(rr)
    c = Ctx(style, nt, rr, fault)
    style.intro(c, intro_text(s, d, rr))
    fin = s["solve"](c, d)
    text, lines = c.render()
    return c, text, lines, fin


def intro_text(s, d, r):
    return r.choice(["Let's work through this step by step.", "Here's how to solve it.",
                     "Let me set this up.", "We'll go one piece at a time.", ""])


def fault_row(base, s, d, style, pid, mode, frng, correct_final):
    c0, _, _, _ = run(s, d, style, pid)
    cands = [st for st in c0.steps if st["faultable"]]
    for _attempt in range(40):
        st = frng.choice(cands)
        try:
            w, kind = mutate(frng, st["exact"], st["shown"], st["kind"], st["dp"], st["expr"], None)
            f = Fault(st["index"], mode, w, kind)
            c, text, lines, fin = run(s, d, style, pid, f)
        except (ValueError, ZeroDivisionError):
            continue
        if mode == "carry" and fin == correct_final:
            continue
        if mode == "carry" and fin.startswith("-") != correct_final.startswith("-") and st["kind"] != "money":
            continue
        hit = [ln for ln in lines if st["index"] in ln[2]]
        if len(hit) != 1:
            continue
        a, b, _ = hit[0]
        cs = c.steps[st["index"] - 1]
        wk = cs["kind"]
        wstr = ("-" if w < 0 else "") + digits(w, shown_dp(w, wk, cs["dp"]), False)
        rstr = ("-" if cs["shown"] < 0 else "") + digits(cs["exact"] if False else cs["shown"], shown_dp(cs["shown"], wk, cs["dp"]), False)
        row = dict(base)
        row.update(variant=mode, solution=text, span=[a, b], wrong=wstr, right=rstr, step=st["index"], kind=kind)
        return row
    raise RuntimeError("could not fault " + pid)


def loop_row(base, text, lines, lrng):
    ls = text.split("\n")
    step_idx = [i for i, ln in enumerate(lines) if ln[2]]
    first, last = step_idx[0], step_idx[-1]
    for _ in range(100):
        u = lrng.choice([1, 1, 2, 2, 3])
        st = lrng.randrange(first, last + 1)
        if st + u - 1 > last + 1 or st + u > len(ls):
            continue
        unit = ls[st:st + u]
        if not unit[0].strip() or "####" in "".join(unit):
            continue
        if not any(lines[j][2] for j in range(st, st + u)) and lrng.random() < 0.7:
            continue
        reps = lrng.randrange(8, 31)
        head = "\n".join(ls[:st + u])
        ut = "\n".join(unit)
        out = head + ("\n" + ut) * (reps - 1)
        start = len(head) + 1
        if lrng.random() < 0.4:
            cut = len(ut)
            for tok in ("=", "≈", "\\approx", " is ", " equals ", " comes to ", " gives ", "→"):
                p = ut.find(tok)
                if p != -1:
                    cut = min(cut, p)
            sp = ut.rfind(" ", 0, cut)
            if sp > 0:
                out += "\n" + ut[:sp]
        row = dict(base)
        row.update(variant="loop", solution=out, span=[start, start + len(ut)], repeats=reps)
        return row
    raise RuntimeError("no loop")


def build():
    rows = []
    tpls = templates()
    for t_i, (s, ti, w) in enumerate(tpls):
        tname = "%s/p%d-w%d" % (s["name"], ti, w)
        for k in range(4):
            pid = "%s-%d-%d-%d" % (s["name"], ti * 3 + w, k, t_i)
            nr = random.Random("nums:%s:%d" % (tname, k))
            d = s["gen"](nr)
            style = STYLES[(t_i * 4 + k) % len(STYLES)]
            prob = problem_text(s, ti, w, d, random.Random("prob:" + pid))
            c, text, lines, fin = run(s, d, style, pid)
            base = dict(pid=pid, template=tname, style=style.name, problem=prob)
            r0 = dict(base)
            r0.update(variant="correct", solution=text, final=fin)
            rows.append(r0)
            base["final"] = fin
            for mode in ("slip", "carry"):
                row = fault_row(base, s, d, style, pid, mode, random.Random(mode + ":" + pid), fin)
                row = order(row)
                rows.append(row)
            rows.append(order(loop_row(base, text, lines, random.Random("loop:" + pid))))
    return rows


KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
        "kind", "repeats"]


def order(row):
    return {k: row[k] for k in KEYS if k in row}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(order(r), ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
