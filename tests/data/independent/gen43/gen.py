#!/usr/bin/env python3
"""Generate the ages / calendars / dates evaluation set.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Ctx, Sty, R, Bad, slip_values, SLIP_WEIGHTS  # noqa: E402
from styles import STYLES, RENDER  # noqa: E402
from structs import STRUCTS  # noqa: E402

SETS = 4
RECHECK = ["Wait, let me double-check that.", "Hmm, let me recount.", "Let me verify this again.",
           "Actually, let me redo that step.", "Wait, that doesn't look right. Let me recompute."]


def build(S, p, style, fault=None):
    C = Ctx(fault)
    pl = S["solve"](p, C)
    st = Sty(style, p["pid"])
    lines = RENDER[style](pl, C.steps, st, C.carry)
    return C, pl, st, lines


def join(lines):
    return "\n".join(t for t, _ in lines)


def line_span(lines, cid):
    pos = 0
    hits = []
    for t, ids in lines:
        if cid in ids:
            hits.append((pos, pos + len(t)))
        pos += len(t) + 1
    if len(hits) != 1:
        raise Bad("comp on %d lines" % len(hits))
    return hits[0]


def weighted_kinds(rng, cands):
    kinds = {}
    for k, v in cands:
        kinds.setdefault(k, []).append(v)
    order = []
    pool = [(k, w) for k, w in SLIP_WEIGHTS if k in kinds]
    while pool:
        tot = sum(w for _, w in pool)
        x = rng.random() * tot
        for i, (k, w) in enumerate(pool):
            x -= w
            if x <= 0 or i == len(pool) - 1:
                order.append(k)
                pool.pop(i)
                break
    out = []
    for k in order:
        vs = kinds[k][:]
        rng.shuffle(vs)
        out += [(k, v) for v in vs]
    return out


def make_fault(S, p, style, mode, C0, pl0):
    rng = R(p["pid"], mode, "fault")
    elig = [c for c in C0.comps if not c.check]
    rng.shuffle(elig)
    # carry: prefer earlier computations a little (more to carry), slip: any
    for c in elig:
        targets = ["r", "q"] if c.kind == "dm" else [None]
        if c.kind == "dm":
            rng.shuffle(targets)
        for tg in targets:
            cands = weighted_kinds(rng, slip_values(c, tg, rng))
            for kind, w in cands[:6]:
                f = dict(idx=c.idx, mode=mode, wrong=w, target=tg)
                try:
                    C, pl, st, lines = build(S, p, style, f)
                except (Bad, ZeroDivisionError):
                    continue
                fc = C.comps[c.idx - 1]
                assert fc.faulty
                if mode == "carry" and pl["final"] == pl0["final"]:
                    continue
                if mode == "slip" and pl["final"] != pl0["final"]:
                    continue
                text = join(lines)
                try:
                    a, b = line_span(lines, c.idx)
                except Bad:
                    continue
                yflag = c.year if c.kind == "ex" else False
                wrong_s = st.num(w, yflag)
                right_v = c.right if c.kind not in ("dm",) else (c.right[0] if tg == "q" else c.right[1])
                right_s = st.num(right_v, yflag)
                if wrong_s not in text[a:b]:
                    continue
                return dict(solution=text, final=pl0["final"], span=[a, b], wrong=wrong_s, right=right_s,
                            step=c.idx, kind=kind)
    raise Bad("no fault for %s %s" % (p["pid"], mode))


def make_loop(p, lines):
    rng = R(p["pid"], "loop")
    # candidate cut points: content lines before the answer section
    last = max(i for i, (t, _) in enumerate(lines) if t.startswith("####"))
    cands = [i for i, (t, _) in enumerate(lines[:last - 2]) if t.strip() and i >= 1]
    if not cands:
        cands = [i for i, (t, _) in enumerate(lines[:last]) if t.strip()]
    c = rng.choice(cands)
    u = rng.choice([1, 1, 2, 2, 3])
    start = max(0, c - u + 1)
    unit_lines = [t for t, _ in lines[start:c + 1]]
    while unit_lines and not unit_lines[0].strip():
        unit_lines.pop(0)
    if not unit_lines:
        unit_lines = [lines[c][0]]
        start = c
    else:
        start = c + 1 - len(unit_lines)
    if rng.random() < 0.3:
        unit_lines = unit_lines + [rng.choice(RECHECK)]
    prefix = "".join(t + "\n" for t, _ in lines[:start])
    unit = "".join(t + "\n" for t in unit_lines)
    reps = rng.randint(8, 30)
    body = prefix + unit * reps
    if rng.random() < 0.5:
        cuts = [i for i, ch in enumerate(unit) if ch == " " and i > 1 and
                (unit[i - 1] in ".,:" or (unit[i - 1].isalpha() and unit[i - 2] != " ")) and
                not any(z in unit[unit.rfind("\n", 0, i) + 1:i] for z in ("=", "≡", "mod", "|"))]
        if cuts:
            body += unit[:rng.choice(cuts)]
    span = [len(prefix) + len(unit), len(prefix) + 2 * len(unit)]
    return dict(solution=body, span=span, repeats=reps)


def generate():
    rows = []
    g = 0
    for si, S in enumerate(STRUCTS):
        for ph in range(len(S["phr"])):
            seen = set()
            for s in range(SETS):
                pid = "%s-%d-%d" % (S["name"], ph, s)
                att = 0
                while True:
                    p = S["params"](R(S["name"], ph, s, att))
                    p["ph"] = ph
                    p["pid"] = pid
                    prob = S["phr"][ph](p)
                    att += 1
                    if prob in seen:
                        continue
                    style = STYLES[g % len(STYLES)]
                    try:
                        C0, pl0, st0, lines0 = build(S, p, style)
                        fs = make_fault(S, p, style, "slip", C0, pl0)
                        fc = make_fault(S, p, style, "carry", C0, pl0)
                    except Bad:
                        if att > 40:
                            raise
                        continue
                    break
                seen.add(prob)
                g += 1
                base = dict(pid=pid, template="%s-%d" % (S["name"], ph), style=style, problem=prob)
                text0 = join(lines0)
                rows.append(dict(base, variant="correct", solution=text0, final=pl0["final"]))
                for mode, f in (("slip", fs), ("carry", fc)):
                    r = dict(base, variant=mode, solution=f["solution"], final=pl0["final"])
                    for k in ("span", "wrong", "right", "step", "kind"):
                        r[k] = f[k]
                    rows.append(r)
                lp = make_loop(p, lines0)
                rows.append(dict(base, variant="loop", solution=lp["solution"], final=pl0["final"],
                                 span=lp["span"], repeats=lp["repeats"]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"))
    a = ap.parse_args()
    rows = generate()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
