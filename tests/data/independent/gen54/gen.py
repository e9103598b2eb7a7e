#!/usr/bin/env python3
"""Generate the held-out set of worked solutions for work / rate / inverse-proportion problems.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import math
import os
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Reject, RNG, fault_candidates, canon, dec_digits  # noqa: E402
from writer import W, STYLES  # noqa: E402
from structs import STRUCTS, job_ctx, fd_ctx, crew_ctx, prod_ctx  # noqa: E402

KIND_W = {"off_by_one": 3, "off_by_ten": 2, "digit_swap": 2.5, "numerator_off_by_one": 2,
          "denominator_off_by_one": 2, "added_across": 3, "wrong_operation": 1, "decimal_point": 2,
          "sign_dropped": 6, "digit_drop": 1, "digit_double": 1, "inverted": 1, "off_by_hundred": 1}
CTXF = {"job": job_ctx, "fd": fd_ctx, "crew": crew_ctx, "prod": prod_ctx}
SETS = 4

# contexts actually used per structure (keeps the set near 190 templates)
KEEP = {
    "two_together": ["fence", "tank", "report", "order"],
    "lcm_two": ["tank", "house", "pool"],
    "three_together": ["fence", "tank", "order"],
    "find_partner": ["fence", "tank", "report", "essay"],
    "fill_drain": ["tank", "tub", "cistern"],
    "leave_after": ["fence", "wall", "mural", "field"],
    "join_later": ["fence", "lawn", "order"],
    "leave_halfway": ["fence", "tank", "mural"],
    "partial_then_other": ["wall", "field", "essay"],
    "times_as_fast": ["fence", "order", "field"],
    "percent_done": ["fence", "lawn", "tank"],
    "pay_share": ["fence", "house", "mural"],
    "man_days": ["builders", "painters", "pumps", "machines", "farmhands"],
    "workers_needed": ["builders", "pumps", "roofers"],
    "worker_hours_days": ["builders", "painters", "roofers"],
    "workers_leave": ["builders", "farmhands", "cooks"],
    "workers_join": ["builders", "painters", "cooks"],
    "unit_rate_scale": ["widgets", "bottles", "bread", "shirts"],
    "two_machines_items": ["bottles", "labels", "boxes", "bread"],
    "rates_from_totals": ["labels", "bottles", "shirts"],
    "litres_in_out": ["tank", "pool", "tub"],
    "per_minute_to_hours": ["bottles", "labels", "boxes"],
    "labour_cost": ["builders", "painters", "roofers"],
    "compare_rates": ["widgets", "bread", "boxes"],
}


def templates():
    out = []
    for s in STRUCTS:
        ctxs = KEEP.get(s["name"], s["ctxs"])
        n = 0
        for ck in ctxs:
            for si, shape in enumerate(s["shapes"]):
                out.append(dict(s=s, ck=ck, si=si, shape=shape, tid=f"{s['name']}-{ck}-{si}", tno=n))
                n += 1
    return out


def pnum(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, F)):
        f = F(v)
        if f.denominator == 1:
            n = f.numerator
            return f"{n:,}" if n >= 10000 or (n >= 1000 and True) else str(n)
        d = dec_digits(f, 4)
        return d if d else f"{f.numerator}/{f.denominator}"
    return v


def problem_text(T, P, C):
    s = T["s"]["name"]
    f = {k: v for k, v in C.items() if isinstance(v, str)}
    for k, v in P.items():
        f[k] = pnum(v)
    r = RNG("q", T["tid"], repr(sorted((k, str(v)) for k, v in P.items())))
    ask = P.get("ask")
    tus = C.get("tus", "")
    if s in ("two_together", "lcm_two", "three_together"):
        both = C["both"]
        if ask == "min":
            f["q"] = r.choice([f"How many minutes will it take {both}?",
                               f"How many minutes will it take them {both.replace('if ', 'if ')}?"])
            f["Q"] = r.choice([f"How long will the job take {both}, in minutes?",
                               f"In minutes, how long does it take {both}?"])
        else:
            f["q"] = r.choice([f"How many {tus} will it take {both}?",
                               f"How many {tus} does the job take {both}?"])
            f["Q"] = r.choice([f"How long will it take {both}, in {tus}?",
                               f"How many {tus} will they need {both}?"])
        f["Q3"] = f["Q"].replace("both pipes are open", "all three pipes are open").replace(
            "both machines run", "all three machines run").replace("both printers", "all three printers")
        f["q"] = f["q"].replace("both pipes are open", "all three pipes are open") if s == "three_together" else f["q"]
        if s in ("three_together", "lcm_three"):
            f["q"] = f["q"].replace("both", "all three")
    if s == "lcm_three":
        if ask == "min":
            f["q"] = "How many minutes will it take all three working together?"
            f["Q3"] = "Working together, how long do they take, in minutes?"
        else:
            f["q"] = f"How many {tus} will it take all three working together?"
            f["Q3"] = f"Working together, how long do they take, in {tus}?"
    if s in ("fill_drain", "two_fill_drain"):
        un = "minutes" if ask == "min" else tus
        f["q2"] = r.choice([f"how many {un} will it take to fill {C['obj']}?",
                            f"how many {un} does it take until {C['obj']} is full?"])
        f["Q2"] = r.choice([f"How long will it take to fill the {C['thing']}, in {un}?",
                            f"How many {un} until the {C['thing']} is full?"])
    if s == "empty_inflow":
        un = "minutes" if ask == "min" else tus
        f["q3"] = f"how many {un} will it take to empty?"
        f["Q3b"] = f"How long until the {C['thing']} is empty, in {un}?"
    if s == "times_as_fast":
        f["Wq"] = C["A"] if P["who"] == "fast" else C["B"]
    if s == "percent_done":
        f["pq"] = "is still left to do" if P["rem"] else "has been done"
    if s == "pay_share":
        f["Pn"] = C["A"] if P["who"] == "A" else C["B"]
    if s == "workers_needed":
        if P["extra"]:
            f["nq"] = f"How many more {C['w']} must be added?"
            f["nq2"] = f"how many extra {C['w']} are needed?"
        else:
            f["nq"] = f"How many {C['w']} are needed in total?"
            f["nq2"] = f"how many {C['w']} are needed altogether?"
    if s == "workers_join":
        if P["sooner"]:
            f["jq"] = f"How many {tus} earlier than planned is the job finished?"
        else:
            f["jq"] = f"How many {tus} does the whole job take?"
    if s == "litres_in_out":
        st = P["start"]
        f["startq"] = f" and already contains {st} litres" if st else " and is empty"
        f["startq2"] = f" The {C['thing']} already has {st} L in it." if st else " The tank starts empty.".replace(
            "tank", C["thing"])
    if s == "labour_cost":
        w = P["wage"]
        f["wg"] = str(w.numerator) if w.denominator == 1 else f"{float(w):.2f}"
    if s == "times_as_fast":
        f["mt"] = P["mt"]
    text = T["shape"].format(**f)
    return text[0].upper() + text[1:]


def run(T, P, C, pid, style_cls, fault=None, mode="correct"):
    S = style_cls(pid)
    X = W(pid, S, fault, mode)
    X.ctx = {k: v for k, v in C.items() if isinstance(v, str)}
    T["s"]["solve"](P, C, X)
    if X.final is None:
        raise Reject("no answer")
    return X


def line_spans(X):
    spans = []
    pos = 0
    for t, st in X.out:
        spans.append((pos, pos + len(t), st))
        pos += len(t) + 1
    return spans


def step_line(X, idx):
    for i, (t, st) in enumerate(X.out):
        if idx in st:
            return i
    raise AssertionError("step without line")


def make_fault(T, P, C, pid, style_cls, good, mode):
    rng = RNG(pid, "fault", mode)
    steps = [s for s in good.steps if not s["nofault"] and not (mode == "carry" and s["check"])]
    if mode == "slip":
        # slips in check lines are allowed but rare
        main = [s for s in steps if not s["check"]]
        chk = [s for s in steps if s["check"]]
        rng.shuffle(main)
        rng.shuffle(chk)
        order = main + chk if rng.random() < 0.9 else chk + main
        neg = [s for s in order if s["true"] < 0]
        if neg and rng.random() < 0.8:
            order = neg + [s for s in order if s["true"] >= 0]
    else:
        last = max(s["idx"] for s in steps)
        early = [s for s in steps if s["idx"] != last]
        late = [s for s in steps if s["idx"] == last]
        rng.shuffle(early)
        order = early + late if rng.random() < 0.8 else late + early
    for st in order:
        cands = fault_candidates(st["true"], st["shown"], st["expr"])
        # weighted order: the classic slips come first more often
        keyed = []
        per_kind = {}
        for kv in cands:
            per_kind[kv[0]] = per_kind.get(kv[0], 0) + 1
        for kv in cands:
            wgt = KIND_W.get(kv[0], 0.5) / per_kind[kv[0]]
            keyed.append((-math.log(1.0 - rng.random()) / wgt, kv))
        keyed.sort(key=lambda t: t[0])
        cands = [kv for _, kv in keyed]
        for kind, wv in cands:
            try:
                X = run(T, P, C, pid, style_cls, (st["idx"], wv), mode)
            except Reject:
                continue
            li = step_line(X, st["idx"])
            if mode == "slip":
                if X.final_str != good.final_str:
                    continue
                diff = [i for i, (a, b) in enumerate(zip(good.out, X.out)) if a[0] != b[0]]
                if len(good.out) != len(X.out) or diff != [li]:
                    continue
            else:
                if X.final_str == good.final_str or X.final.v <= 0:
                    continue
                if X.text()[:line_spans(X)[li][0]] != good.text()[:line_spans(good)[li][0]]:
                    continue
            return X, st, kind, wv, li
    return None


def make_loop(pid, good):
    rng = RNG(pid, "loop")
    lines = [t for t, _ in good.out]
    last_step_line = max(i for i, (t, st) in enumerate(good.out) if st)
    cands = []
    for i in range(1, last_step_line + 1):
        for u in (1, 2, 3):
            unit = lines[i:i + u]
            if len(unit) < u or not unit[0].strip() or not unit[-1].strip():
                continue
            if any(l.startswith("####") for l in unit):
                continue
            has_calc = any(good.out[j][1] for j in range(i, i + u))
            cands.append((i, u, has_calc))
    calc_c = [c for c in cands if c[2]]
    pool = calc_c if calc_c and rng.random() < 0.75 else cands
    i, u, _ = rng.choice(pool)
    n = rng.randint(8, 30)
    unit = "\n".join(lines[i:i + u])
    prefix = "\n".join(lines[:i])
    text = prefix + "\n" + unit
    start2 = len(text) + 1
    text += ("\n" + unit) * (n - 1)
    # sometimes the generation is cut off inside a further copy (before any number)
    if rng.random() < 0.4:
        first = lines[i]
        cut = None
        for j, ch in enumerate(first):
            if ch.isdigit() or ch in "=\\$":
                break
            if ch == " " and j >= 8:
                cut = j
        if cut:
            text += "\n" + first[:cut]
    return text, [start2, start2 + len(unit)], n


def build(out_path):
    rows = []
    T_all = templates()
    gidx = 0
    for T in T_all:
        s = T["s"]
        seen = set()
        for k in range(SETS):
            pid = f"{s['name']}-{T['tno']}-{k}"
            style_cls = STYLES[gidx % len(STYLES)]
            got = None
            for attempt in range(3000):
                rng = RNG("params", T["tid"], k, attempt)
                C = CTXF[s["kind"]](T["ck"], rng)
                P = s["params"](rng, C)
                if P is None:
                    continue
                sig = repr(sorted((kk, str(v)) for kk, v in P.items() if kk not in ("ask",)))
                if sig in seen:
                    continue
                try:
                    good = run(T, P, C, pid, style_cls)
                except Reject:
                    continue
                slip = make_fault(T, P, C, pid, style_cls, good, "slip")
                carry = make_fault(T, P, C, pid, style_cls, good, "carry")
                if slip is None or carry is None:
                    continue
                seen.add(sig)
                got = (C, P, good, slip, carry)
                break
            if got is None:
                raise SystemExit(f"could not build {pid}")
            gidx += 1
            C, P, good, slip, carry = got
            problem = problem_text(T, P, C)
            base = dict(pid=pid, template=T["tid"], style=style_cls.name, problem=problem)
            rows.append(dict(base, variant="correct", solution=good.text(), final=good.final_str))
            for mode, res in (("slip", slip), ("carry", carry)):
                X, st, kind, wv, li = res
                sp = line_spans(X)[li]
                rows.append(dict(base, variant=mode, solution=X.text(), final=good.final_str,
                                 span=[sp[0], sp[1]], wrong=canon(wv), right=canon(st["true"]),
                                 step=st["idx"] + 1, kind=kind))
            text, span, n = make_loop(pid, good)
            rows.append(dict(base, variant="loop", solution=text, final=good.final_str, span=span, repeats=n))
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
