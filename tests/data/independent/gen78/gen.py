#!/usr/bin/env python3
"""Generate the weather/climate worked-solution evaluation set (evaluator 78).

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Ctx, MK0, MK1, final_str, wrong_candidates, numstr  # noqa: E402
from styles import STYLES  # noqa: E402
from structs import STRUCTS  # noqa: E402

NSETS = 4
TIGHT = {"bullets", "terse"}


def render(struct, p, style_cls, seed, fault=None):
    st = style_cls(random.Random(seed + "|style"))
    c = Ctx(st, fault)
    struct.solve(c, p)
    meta = {"given": struct.given(p)}
    lines = st.render(c, meta)
    while lines and lines[-1] == "":
        lines.pop()
    body = "\n".join(lines)
    fin = final_str(c.final.v, c.final.d)
    sep = "\n" if style_cls.name in TIGHT else "\n\n"
    text = body + sep + "#### " + fin
    return text, c, fin, lines


def locate(text):
    """Strip fault markers; return clean text and the span of the line holding the marked result."""
    if MK0 not in text:
        return text, None, None
    i = text.index(MK0)
    j = text.index(MK1)
    wrong = text[i + 1:j]
    clean = text.replace(MK0, "").replace(MK1, "")
    s = clean.rfind("\n", 0, i) + 1
    e = clean.find("\n", i)
    if e < 0:
        e = len(clean)
    return clean, (s, e), wrong


def choose_fault(struct, p, style_cls, seed, steps, right_final, mode, rng):
    st = style_cls(random.Random("fmt"))
    idxs = [i for i, s in enumerate(steps) if s["faultable"]]
    order = idxs[:]
    rng.shuffle(order)
    for i in order:
        right = steps[i]["right"]
        negs = right.v < 0 or any((x[0] if isinstance(x, tuple) else x).v < 0 for x in steps[i]["parts"]
                                   if hasattr(x[0] if isinstance(x, tuple) else x, "v"))
        cands = wrong_candidates(right, steps[i]["alt"], negs)
        kinds = sorted({k for k, _, _ in cands})
        rng.shuffle(kinds)
        for kind in kinds:
            sub = [x for x in cands if x[0] == kind]
            rng.shuffle(sub)
            for _, w, wd in sub:
                if abs(w - steps[i]["val"]) <= F(1, 2) / F(10) ** wd:
                    continue  # would still be an acceptable rounding, not a slip
                fault = {"step": i + 1, "wrong": w, "wd": wd, "mode": mode}
                try:
                    text, c, fin, _ = render(struct, p, style_cls, seed, fault)
                except ZeroDivisionError:
                    continue
                if mode == "carry" and fin == right_final:
                    continue
                if mode == "slip" and fin != right_final:
                    continue
                clean, span, wrong = locate(text)
                if span is None:
                    continue
                return {"kind": kind, "text": clean, "span": span, "wrong": wrong,
                        "right": st.num(right.v, right.d) if False else None, "step": i + 1,
                        "right_num": right, "final": fin}
    raise RuntimeError("no fault for %s" % seed)


def make_loop(lines, fin, rng):
    n = len(lines)
    # last line index that may end a repeated unit: before the answer part
    last = n - 1
    cands = []
    for cut in range(min(3, last), last + 1):
        for u in (1, 2, 3):
            unit = lines[cut - u:cut]
            if len(unit) == u and any(x.strip() for x in unit) and unit[0].strip() and cut - u >= 1:
                cands.append((cut, u))
    cut, u = rng.choice(cands)
    unit = lines[cut - u:cut]
    reps = rng.randint(8, 30)
    out = lines[:cut] + unit * (reps - 1)
    unit_text = "\n".join(unit)
    head = "\n".join(lines[:cut])
    start2 = len(head) + 1
    text = "\n".join(out)
    if rng.random() < 0.5:
        # the stream is cut off part-way into one more copy, never inside a written result
        first = unit[0]
        lim = first.find("=") if "=" in first else len(first)
        cuts = [i for i in range(3, lim) if first[i] == " "]
        if cuts:
            text += "\n" + first[:rng.choice(cuts)]
    return text, (start2, start2 + len(unit_text)), reps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    for si, struct in enumerate(STRUCTS):
        for yi, style_cls in enumerate(STYLES):
            template = "%s/%s" % (struct.key, style_cls.name)
            for j in range(NSETS):
                pid = "%s-%d-%d" % (struct.key, yi, j)
                rng = random.Random("eval78|" + pid)
                p = struct.gen(rng)
                p["w"] = (j + yi) % 4
                problem = struct.problem(p, p["w"])
                seed = "eval78|" + pid
                text, c, fin, lines = render(struct, p, style_cls, seed)
                assert MK0 not in text
                base = {"pid": pid, "template": template, "style": style_cls.name, "problem": problem}
                rows.append(dict(base, variant="correct", solution=text, final=fin))
                frng = random.Random(seed + "|fault")
                st = style_cls(random.Random("fmt"))
                for mode in ("slip", "carry"):
                    f = choose_fault(struct, p, style_cls, seed, c.steps, fin, mode, frng)
                    rn = f["right_num"]
                    row = dict(base, variant=mode, solution=f["text"], final=fin,
                               span=list(f["span"]), wrong=f["wrong"], right=st.num(rn.v, rn.d),
                               step=f["step"], kind=f["kind"])
                    rows.append(row)
                ltext, lspan, reps = make_loop(lines, fin, frng)
                rows.append(dict(base, variant="loop", solution=ltext, final=fin, span=list(lspan),
                                 repeats=reps))
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
