#!/usr/bin/env python3
"""Generate the receipts / invoices / budgets / ledgers evaluation set.

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs.
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Calc, SLIP_KINDS, make_wrong, final_str, dec_str  # noqa: E402
from kinds import KINDS  # noqa: E402
from render import STYLES, render  # noqa: E402

NSETS = 4


def vstr(st, v):
    if st.get("money", True):
        return f"{'-' if v < 0 else ''}{abs(int(v)) // 100}.{abs(int(v)) % 100:02d}"
    return str(int(v))


def run(K, P, fault=None):
    c = Calc(fault)
    fin = K.run(c, P)
    return c.steps, fin


def ok_params(K, P):
    steps, fin = run(K, P)
    for st in steps:
        if st["op"] in ("mul", "pct", "div") and st["right"] <= 0:
            return False
        if st["op"] == "sum" and st["role"] not in ("balance",) and st["right"] < 0:
            return False
    if K.name == "receipt_change" and fin <= 0:
        return False
    return True


def choose_fault(K, P, steps, fin, mode, rng, implicit):
    elig = [s for s in steps if s["op"] != "const" and s.get("can_fault", True)
            and not (mode == "slip" and s["idx"] in implicit)]
    for _ in range(200):
        st = rng.choice(elig)
        kind = rng.choice(SLIP_KINDS)
        w = make_wrong(st, kind, rng)
        if w is None or w == st["right"]:
            continue
        if not st.get("exact", True) and abs(w - st["right"]) < 2:
            continue
        if st["right"] >= 0 and w < 0:
            continue
        if st.get("money", True) and abs(w) > 10 ** 9:
            continue
        fault = dict(idx=st["idx"], wrong=w, mode=mode, kind=kind)
        fsteps, ffin = run(K, P, fault)
        if mode == "carry":
            if ffin == fin:
                continue
            bad = False
            for a, b in zip(steps, fsteps):
                if a["op"] == "const":
                    continue
                if a["right"] >= 0 and b["res"] < 0 and a["role"] != "balance":
                    bad = True
                if b["res"] == 0 and a["right"] != 0:
                    bad = True
            if bad:
                continue
            # mirrored roles in store comparison must keep their order
            if K.name == "store_compare" and ffin < 0:
                continue
        else:
            if ffin != fin:
                raise RuntimeError("slip changed final")
        return fault, fsteps, ffin, st
    raise RuntimeError("no fault found")


def line_span(lines, i):
    start = sum(len(l) + 1 for l in lines[:i])
    return [start, start + len(lines[i])]


def make_loop(lines, smap, rng):
    def okline(x):
        return not (x.startswith("|--") or x.startswith("```") or x.startswith("| Item") or
                    x.startswith("| Date") or x.startswith("| Category"))

    comp = sorted(v for v in smap.values() if v >= 1)
    mid = [v for v in comp if v >= 2] or comp
    k = rng.choice(mid[: max(1, (len(mid) * 3 + 3) // 4)])
    u = rng.choice([1, 1, 2, 2, 3])
    u = min(u, k)
    while u > 1 and not (all(okline(x) for x in lines[k - u + 1: k + 1]) and lines[k - u + 1].strip()):
        u -= 1
    unit = lines[k - u + 1: k + 1]
    reps = rng.randint(8, 30)
    head = lines[: k + 1]
    out = head + unit * (reps - 1)
    span_start = sum(len(l) + 1 for l in head)
    span = [span_start, span_start + len("\n".join(unit))]
    text = "\n".join(out)
    if rng.random() < 0.5:
        cut = rng.randint(1, max(1, len(unit[0]) - 1))
        text += "\n" + unit[0][:cut]
    return text, span, reps


def build(out_path):
    rows = []
    ti = 0
    for K in KINDS:
        for phr in range(K.nphr):
            tname = f"{K.name}-{phr}"
            for k in range(NSETS):
                pid = f"{K.name}-{phr}-{k}"
                style = STYLES[(ti * NSETS + k) % len(STYLES)]
                att = 0
                while True:
                    P = K.params(random.Random(f"params|{pid}|{att}"))
                    if ok_params(K, P):
                        break
                    att += 1
                problem = K.problem(P, phr).replace(" :\n", ":\n").replace(": :", ":")
                steps, fin = run(K, P)
                gold = final_str(fin)
                base = dict(pid=pid, template=tname, style=style, problem=problem)
                lines, smap, body, implicit = render(K, P, steps, style, random.Random(f"render|{pid}"), gold)
                rows.append(dict(base, variant="correct", solution="\n".join(lines), final=gold))
                for mode in ("slip", "carry"):
                    frng = random.Random(f"fault|{pid}|{mode}")
                    fault, fsteps, ffin, st = choose_fault(K, P, steps, fin, mode, frng, implicit)
                    shown_final = final_str(ffin)
                    flines, fsmap, _, _ = render(K, P, fsteps, style, random.Random(f"render|{pid}"), shown_final)
                    li = fsmap[st["idx"]]
                    row = dict(base, variant=mode, solution="\n".join(flines), final=gold,
                               span=line_span(flines, li), wrong=vstr(st, fault["wrong"]),
                               right=vstr(st, st["right"]), step=st["cidx"] + 1, kind=fault["kind"])
                    rows.append(row)
                lrng = random.Random(f"loop|{pid}")
                text, span, reps = make_loop(body, smap, lrng)
                rows.append(dict(base, variant="loop", solution=text, final=gold, span=span, repeats=reps))
            ti += 1
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build(a.out)
    print(f"wrote {len(rows)} rows to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
