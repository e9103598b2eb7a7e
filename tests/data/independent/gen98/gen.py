#!/usr/bin/env python3
"""Generate the boats/fishing/sea held-out set of worked solutions (stdlib only).

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import re
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Ctx, Fault, plain, textnum, textmoney  # noqa: E402
from render import STYLES, render  # noqa: E402
from structs import S  # noqa: E402

NSETS = 4


class P(dict):
    def __missing__(self, k):
        raise KeyError(k)


def fill(text, p):
    d = {}
    for k, v in p.items():
        if isinstance(v, str):
            d[k] = v
        elif k.endswith("_usd"):
            d[k] = textmoney(v)
        else:
            d[k] = textnum(v)
    out = text.format_map(P(d))
    return re.sub(r"(^|[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)


def finish(lines, style, final_str):
    body = "\n".join(lines).rstrip("\n")
    sep = "\n" if style in ("gsm", "terse") else "\n\n"
    return body + sep + "#### " + final_str


def line_span(text, lineno):
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:lineno])
    return [start, start + len(lines[lineno])]


def run(solve, p, mode, fault_at, seed):
    c = Ctx(mode, fault_at, seed)
    solve(c, p)
    return c


def make_problem(name, texts, sample, solve, phr, k, gi):
    pid = f"{name}-{phr + 1}-{k + 1}"
    r = random.Random("mcr98:" + pid)
    p = sample(r)
    problem = fill(texts[phr], p)
    style = STYLES[gi % len(STYLES)]
    c0 = run(solve, p, "correct", None, pid)
    gold = plain(c0.final["leaf"].v)
    lines, where = render(c0, style, pid)
    correct = finish(lines, style, gold)
    base = dict(pid=pid, template=f"{name}-{phr + 1}", style=style, problem=problem)
    rows = [dict(base, variant="correct", solution=correct, final=gold)]

    last_idx = c0.ncalc
    # slip
    order = list(c0.faultable)
    r.shuffle(order)
    slip = None
    for i, idx in enumerate(order):
        try:
            c = run(solve, p, "slip", idx, f"{pid}:slip:{i}")
        except Fault:
            continue
        if plain(c.final["leaf"].v) != gold:
            continue
        L, W = render(c, style, pid)
        sol = finish(L, style, gold)
        fi = c.fault_info
        slip = dict(base, variant="slip", solution=sol, final=gold, span=line_span(sol, W[idx]),
                    wrong=plain(fi["wrong"]), right=plain(fi["right"]), step=idx, kind=fi["kind"])
        break
    if slip is None:
        raise SystemExit("no slip for " + pid)
    rows.append(slip)
    # carry
    order = list(c0.faultable)
    r.shuffle(order)
    carry = None
    for i, idx in enumerate(order * 3):
        try:
            c = run(solve, p, "carry", idx, f"{pid}:carry:{i}")
        except Fault:
            continue
        cf = plain(c.final["leaf"].v)
        if cf == gold:
            continue
        if any(s["t"] == "calc" and s["val"] <= 0 for s in c.steps) and c0.final["leaf"].v > 0 \
                and not any(s["t"] == "calc" and s["val"] <= 0 for s in c0.steps):
            continue
        L, W = render(c, style, pid, skip_check=(idx == last_idx))
        sol = finish(L, style, cf)
        fi = c.fault_info
        carry = dict(base, variant="carry", solution=sol, final=gold, span=line_span(sol, W[idx]),
                     wrong=plain(fi["wrong"]), right=plain(fi["right"]), step=idx, kind=fi["kind"])
        break
    if carry is None:
        raise SystemExit("no carry for " + pid)
    rows.append(carry)
    # loop
    calc_lines = sorted(W for W in where.values())
    li = r.choice(calc_lines[:max(1, len(calc_lines) - 1)] if len(calc_lines) > 1 else calc_lines)
    u = r.choice([1, 1, 2, 3])
    u = min(u, li + 1)
    while u > 1 and lines[li - u + 1].strip() == "":
        u -= 1
    unit = lines[li - u + 1: li + 1]
    reps = r.randrange(8, 31)
    trunc = r.random() < 0.5
    out = lines[: li + 1] + unit * (reps - 1)
    text = "\n".join(out)
    first_end = len("\n".join(lines[: li + 1]))
    ustr = "\n".join(unit)
    span = [first_end + 1, first_end + 1 + len(ustr)]
    assert text[span[0]:span[1]] == ustr
    if trunc:
        cut = r.randrange(1, max(2, len(ustr) - 1))
        text = text[: len(text) - len(ustr) + cut]
    rows.append(dict(base, variant="loop", solution=text, final=gold, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    gi = 0
    for name, texts, sample, solve in S:
        for phr in range(len(texts)):
            for k in range(NSETS):
                rows += make_problem(name, texts, sample, solve, phr, k, gi)
                gi += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({gi} problems) to {a.out}")


if __name__ == "__main__":
    main()
