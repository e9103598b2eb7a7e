#!/usr/bin/env python3
"""Generate the held-out set of algebra word-problem solutions (evaluator 58).

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as Fr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Builder, Tape, STYLES, SENT, NonExact, KINDS as FAULT_KINDS, canon, dec_str  # noqa: E402
from kinds import KINDS, fill  # noqa: E402

NSETS = 4
FAULT_WEIGHTS = {"off_by_one": 4, "off_by_ten": 2, "transpose": 3, "drop_digit": 1, "double_digit": 1,
                 "wrong_op": 2, "sign": 1, "decimal": 1}


class Reject(Exception):
    pass


def render(solve, p, T, style, pid, fault=None):
    rng = random.Random(pid + "|render")
    tape = Tape(fault)
    b = Builder(style, rng, tape)
    b.intro()
    final = solve(b, p, T)
    text = b.finish()
    return text, tape, final


def weighted_order(rng, kinds):
    pool = [(k, FAULT_WEIGHTS[k]) for k in kinds]
    out = []
    while pool:
        tot = sum(w for _, w in pool)
        r = rng.random() * tot
        for i, (k, w) in enumerate(pool):
            r -= w
            if r < 0:
                out.append(k)
                pool.pop(i)
                break
        else:
            out.append(pool.pop()[0])
    return out


def ok_number(v, ref):
    """Carried values must stay 'nice': at most 2 decimals, integers stay integers."""
    try:
        s = dec_str(abs(v))
    except NonExact:
        return False
    if "." in s and len(s.split(".")[1]) > 2:
        return False
    if ref is not None and Fr(ref).denominator == 1 and Fr(v).denominator != 1:
        return False
    return True


def make_fault(solve, p, T, style, pid, mode, correct_tape, gold):
    rng = random.Random(pid + "|" + mode)
    steps = [e for e in correct_tape.log if e["faultable"]]
    if not steps:
        raise Reject("no faultable step")
    ref = {e["step"]: e["value"] for e in correct_tape.log}
    order = weighted_order(rng, FAULT_KINDS)
    if any(e["value"] < 0 for e in steps) and rng.random() < 0.5:
        order.remove("sign")
        order.insert(0, "sign")
    for kind in order:
        cand = steps[:]
        rng.shuffle(cand)
        for e in cand:
            fault = dict(step=e["step"], mode=mode, kind=kind, rng=random.Random("%s|%s|%s|%d" % (pid, mode, kind, e["step"])))
            try:
                text, tape, final = render(solve, p, T, style, pid, fault)
            except (NonExact, ZeroDivisionError):
                continue
            if tape.hit is None or text.count(SENT) != 1:
                continue
            hit = tape.hit
            if mode == "carry":
                if final == gold or final.startswith("-") != gold.startswith("-"):
                    continue
                bad = False
                for le in tape.log:
                    if le["step"] > hit["step"] and not ok_number(le["value"], ref.get(le["step"])):
                        bad = True
                        break
                    if le["step"] >= hit["step"] and ref.get(le["step"], 0) >= 0 and le["value"] < 0:
                        bad = True
                        break
                if bad or not ok_number(hit["wrong"], hit["right"] if hit["right"].denominator == 1 else None):
                    continue
            else:
                if final != gold:
                    continue
            pos = text.index(SENT)
            text = text.replace(SENT, "")
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            if end < 0:
                end = len(text)
            return text, final, dict(span=[start, end], wrong=canon(hit["wrong"]), right=canon(hit["right"]),
                                     step=hit["step"], kind=kind)
    raise Reject("no fault possible for %s %s" % (pid, mode))


def make_loop(text, pid):
    rng = random.Random(pid + "|loop")
    lines = text.split("\n")
    # candidate cut points: after at least 3 lines, before the answer part
    last = max(i for i, l in enumerate(lines) if l.startswith("####"))
    ans_start = last
    while ans_start > 0 and lines[ans_start - 1] != "":
        ans_start -= 1
    body_end = last - 2  # keep away from the answer lines
    cands = []
    for k in range(3, max(4, body_end)):
        for u in (1, 2, 3):
            unit = lines[k - u:k]
            if len(unit) != u or any(l.strip() == "" for l in unit) or any(l.startswith("####") for l in unit):
                continue
            if k > body_end:
                continue
            if "**Answer" in "".join(unit) or "boxed" in "".join(unit):
                continue
            cands.append((k, u))
    if not cands:
        raise Reject("no loop point")
    # prefer the middle of the solution
    cands.sort()
    lo = len(cands) // 5
    hi = max(lo + 1, (4 * len(cands)) // 5)
    k, u = rng.choice(cands[lo:hi])
    reps = rng.randint(8, 30)
    unit = lines[k - u:k]
    out = lines[:k] + unit * (reps - 1)
    s = "\n".join(out)
    if rng.random() < 0.4:
        cuts = [i for i in range(2, len(unit[0])) if unit[0][i - 1] == " " and unit[0][i - 2].isalpha()]
        if cuts:
            s += "\n" + unit[0][:rng.choice(cuts)].rstrip(" ") + " "
    prefix = "\n".join(lines[:k])
    ulen = len("\n".join(unit))
    start = len(prefix) + 1
    return s, dict(span=[start, start + ulen], repeats=reps)


def build_all():
    rows = []
    gi = 0
    for kname, temps, setup, solve in KINDS:
        for j, T in enumerate(temps):
            tid = "%s-%d" % (kname, j)
            for k in range(NSETS):
                pid = "%s-%d" % (tid, k)
                style = STYLES[gi % len(STYLES)]
                gi += 1
                attempt = 0
                while True:
                    rng = random.Random("%s|numbers|%d" % (pid, attempt))
                    p = setup(T, rng)
                    problem = fill(T["q"], p)
                    try:
                        text, tape, gold = render(solve, p, T, style, pid)
                        assert SENT not in text
                        slip = make_fault(solve, p, T, style, pid, "slip", tape, gold)
                        carry = make_fault(solve, p, T, style, pid, "carry", tape, gold)
                        loop = make_loop(text, pid)
                        break
                    except Reject:
                        attempt += 1
                        if attempt > 50:
                            raise
                base = dict(pid=pid, template=tid, style=style.name, problem=problem)
                rows.append(dict(base, variant="correct", solution=text, final=gold))
                st, sf, si = slip
                rows.append(dict(base, variant="slip", solution=st, final=gold, **si))
                ct, cf, ci = carry
                rows.append(dict(base, variant="carry", solution=ct, final=gold, **ci))
                lt, li = loop
                rows.append(dict(base, variant="loop", solution=lt, final=gold, **li))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build_all()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
