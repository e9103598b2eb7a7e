#!/usr/bin/env python3
"""Generate the groceries / unit-price evaluation set (stdlib only, deterministic)."""
import argparse
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Calc, Fault, NoFault, exact_str, fixed_str, final_str  # noqa: E402
from render import Sty, STYLES  # noqa: E402
from layouts import render  # noqa: E402
from structs import REG  # noqa: E402

WRAPS = ["", "Quick grocery math question: ", "Can you help me with this? ", "I'm at the store and need a hand. ",
         "Please solve: ", "Help me check a deal. "]
KINDS = ["off_by_one", "off_by_one", "off_by_ten", "swap", "swap", "drop", "double", "wrong_op", "decimal", "sign"]
NSETS = 4


def solve(st, p, S, fault=None):
    c = Calc(fault)
    c.ff = S.ff
    st["solve"](c, dict(p))
    return c


def build(st, p, S, pid, c):
    meta = dict(intro=random.Random(pid + "|intro").choice(st["intro"]), ans=c.final_sentence,
                final=c.final, unit=c.final_unit)
    o = render(S, c.steps, meta, random.Random(pid + "|layout"))
    text = "\n".join(o.lines)
    return o, text


def line_span(o, idx):
    pos = 0
    for line, own in zip(o.lines, o.own):
        if idx in own:
            return [pos, pos + len(line)]
        pos += len(line) + 1
    raise KeyError(idx)


def num_str(v, unit, places):
    if places is not None:
        return fixed_str(v, places)
    return exact_str(v, 2 if unit == "$" else 0)


def fault_row(st, p, S, pid, mode, base_final):
    for attempt in range(60):
        frng = random.Random("%s|%s|%d" % (pid, mode, attempt))
        cnt = solve(st, p, S).ncalc
        idx = frng.randint(1, cnt)
        f = Fault(idx, mode, frng, frng.choice(KINDS))
        try:
            c = solve(st, p, S, f)
        except (NoFault, AssertionError, ZeroDivisionError):
            continue
        if f.info is None:
            continue
        if mode == "slip" and c.final != base_final:
            continue
        if mode == "carry" and c.final == base_final:
            continue
        o, text = build(st, p, S, pid, c)
        i, right, wrong, kind, unit, places = f.info
        return dict(text=text, span=line_span(o, i), wrong=num_str(wrong, unit, places),
                    right=num_str(right, unit, places), step=i, kind=kind)
    raise RuntimeError("no fault for " + pid)


def loop_row(text, pid):
    rng = random.Random(pid + "|loop")
    lines = text.split("\n")
    end = len(lines) - 1
    assert lines[end].startswith("#### ")
    cands = []
    for k in range(2, end + 1):
        for b in (1, 2, 3):
            if k - b < 0 or (k - b == 0 and end < 3):
                continue
            unit = lines[k - b:k]
            if not any(any(ch.isdigit() for ch in u) for u in unit):
                continue
            if not unit[0].strip():
                continue
            cands.append((k, b))
    k, b = rng.choice(cands)
    reps = rng.randint(8, 30)
    head = "\n".join(lines[:k])
    unit = "\n".join(lines[k - b:k])
    start = len(head) + 1
    out = head + ("\n" + unit) * (reps - 1)
    if rng.random() < 0.5:
        # a cut-off last copy (generation hit its length limit), cut at a space before any result
        stop = min([i for i in (unit.find("="), unit.find("≈"), unit.find(" is "), unit.find("<"),
                                unit.find(">"), unit.find(" about ")) if i >= 0] + [len(unit)])
        spaces = [i for i, ch in enumerate(unit[:stop]) if ch == " " and i > 0]
        if spaces:
            out += "\n" + unit[:rng.choice(spaces)]
    return out, [start, start + len(unit)], reps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    g = 0
    for st in REG:
        for ph in range(len(st["phr"])):
            for w in range(2):
                tnum = ph * 2 + w
                tid = "%s-%d" % (st["name"], tnum)
                for k in range(NSETS):
                    pid = "%s-%d-%d" % (st["name"], tnum, k)
                    rng = random.Random("%s|nums|%d" % (tid, k))
                    p = st["gen"](rng)
                    prob = st["phr"][ph].format(**p)
                    prob = prob[0].upper() + prob[1:]
                    prob = re.sub(r"\b([Aa]) (8|11|18|80)\b", lambda m: m.group(1) + "n " + m.group(2), prob)
                    if w:
                        prob = random.Random(pid + "|wrap").choice(WRAPS[1:]) + prob
                    style = STYLES[g % len(STYLES)]
                    g += 1
                    S = Sty(style, random.Random(pid + "|sty"))
                    c = solve(st, p, S)
                    o, text = build(st, p, S, pid, c)
                    fin = final_str(c.final)
                    base = dict(pid=pid, template=tid, style=style, problem=prob)
                    rows.append(dict(base, variant="correct", solution=text, final=fin))
                    for mode in ("slip", "carry"):
                        fr_ = fault_row(st, p, S, pid, mode, c.final)
                        r = dict(base, variant=mode, solution=fr_["text"], final=fin, span=fr_["span"],
                                 wrong=fr_["wrong"], right=fr_["right"], step=fr_["step"], kind=fr_["kind"])
                        rows.append(r)
                    lt, sp, reps = loop_row(text, pid)
                    rows.append(dict(base, variant="loop", solution=lt, final=fin, span=sp, repeats=reps))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
