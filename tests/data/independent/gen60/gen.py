#!/usr/bin/env python3
"""Generate the held-out payroll/wages/taxes evaluation set (eval 60).

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import re
import json
import os
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import (R, Calc, disp_mode, build_chain, chain_used, mutate, numstr, natural, ndec)  # noqa: E402
from kinds import KINDS  # noqa: E402
from render import STYLES, render, Sty  # noqa: E402

NSETS = 4
WHO = {"progtax": "the filer", "taxded": "the filer", "effrate": "the filer", "refund": "the filer",
       "commtier": "the rep", "quota": "the rep"}
FAULT_W = [("off_by_one", 3), ("off_by_ten", 2), ("digit_swap", 3), ("digit_drop", 2),
           ("digit_double", 1), ("wrong_op", 2), ("decimal_shift", 2)]


def fin_str(v, fu):
    if fu == "p":
        return natural(v)
    if v == v.to_integral_value():
        return numstr(v, 0, comma=False)
    return numstr(v, 2, comma=False)


def run(K, P, fault=None):
    C = Calc(fault)
    fin = K["solve"](P, C)
    return C.steps, fin.v


def valid_steps(steps):
    for st in steps:
        if st["used"] <= 0 and not st.get("allow_neg"):
            return False
    return True


def elem_text(S, style, e):
    if style == "gsm8k":
        v = e["v"]
        if e["dec"] is None or e["dec"] <= 2:
            return natural(v)
        return numstr(v, e["dec"], comma=False)
    return S.res(e, hours_word=False)


def choose_fault(pid, K, P, style, mode, steps, fin):
    rng = R("%s|fault|%s" % (pid, mode))
    pool = []
    for k, w in FAULT_W:
        pool += [k] * w
    n = len(steps)
    negs = [s["i"] for s in steps if s["shown"] < 0]
    force = bool(negs) and rng.random() < 0.6
    for attempt in range(400):
        i = negs[0] if force and attempt == 0 else rng.randrange(1, n + 1)
        st = steps[i - 1]
        m = disp_mode(pid, st, style)
        ch = build_chain(st, m)
        fk = rng.choice(pool)
        if ch[0]["v"] < 0 and (rng.random() < 0.7 or attempt == 0):
            fk = "sign_drop"
        w = mutate(st, ch[0], fk, rng)
        if w is None:
            continue
        if w[0] == 0 or (w[0] < 0 and fk != "sign_drop"):
            continue
        d0 = ch[0]["dec"] if ch[0]["dec"] is not None else ndec(ch[0]["v"])
        if abs(w[0] - ch[0]["v"]) < D(1).scaleb(-d0) * 2 and abs(w[0] - ch[0]["v"]) < D("0.02"):
            continue
        wch = build_chain(st, m, first=w)
        if chain_used(wch) == chain_used(ch):
            continue
        if abs(chain_used(wch) - chain_used(ch)) < D("0.02") and st["unit"] in ("$", "r"):
            continue
        f = dict(step=i, mode=mode, kind=fk, wchain=wch, wused=chain_used(wch), rchain=ch, dmode=m)
        if mode == "carry":
            try:
                s2, fin2 = run(K, P, f)
            except ValueError:
                continue
            if not valid_steps(s2[:i - 1] + s2[i:]):
                continue
            if fin2 == fin:
                continue
            if any(x["used"] > 10 ** 7 for x in s2):
                continue
        return f
    raise RuntimeError("no fault for %s %s" % (pid, mode))


def offsets(lines, idx):
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


LOOP_LEADS = ["Wait, let me recheck the {label}.", "Let me double-check the {label}:",
              "Hmm, let me recompute the {label}.", "Actually, let me redo that."]


def make_loop(pid, lines, smap, steps):
    rng = R("%s|loop" % pid)
    n = len(steps)
    i = rng.randrange(1, n + 1) if n > 1 else 1
    j = smap[i]
    flavor = rng.choice(["line", "block", "block", "recheck"])
    if flavor == "recheck" and (lines[j].startswith("|") or "```" in "\n".join(lines[:j])):
        flavor = "line"
    if flavor == "recheck":
        lead = rng.choice(LOOP_LEADS).format(label=steps[i - 1]["label"])
        unit_lines = [lead, lines[j]]
        prefix = "\n".join(lines[:j + 1]) + "\n"
        sep = "\n"
    else:
        u = 1 if flavor == "line" else rng.choice([2, 3])
        a = j
        while a > 0 and j - a + 1 < u and lines[a - 1].strip() != "" and not lines[a - 1].startswith("```"):
            a -= 1
        unit_lines = lines[a:j + 1]
        prefix = "\n".join(lines[:a]) + ("\n" if a > 0 else "")
        sep = "\n\n" if j + 1 < len(lines) and lines[j + 1] == "" else "\n"
    unit = "\n".join(unit_lines)
    reps = rng.randrange(8, 31)
    text = prefix + (unit + sep) * reps
    cuts = [k for k in range(1, len(unit)) if not any(c in unit[:k].split("\n")[-1] for c in "=≈<|")]
    if cuts and rng.random() < 0.5:
        text = text + unit[:rng.choice(cuts)]
    else:
        text = text.rstrip("\n")
    s0 = len(prefix) + len(unit) + len(sep)
    return text, [s0, s0 + len(unit)], reps


def build(out):
    rows = []
    pcount = 0
    for K in KINDS:
        for ph, tmpl in enumerate(K["texts"]):
            for n in range(1, NSETS + 1):
                pid = "%s-%d-%d" % (K["id"], ph + 1, n)
                style = STYLES[pcount % len(STYLES)]
                pcount += 1
                rng = R("%s|params" % pid)
                P = K["gen"](rng, ph, n)
                fmtd = K["fmt"](P)
                d = dict(P)
                d.update(fmtd)
                problem = re.sub(r"\b([Aa]) (8|11|18)(?=[\d.,%])", r"\1n \2", tmpl.format(**d))
                if "{name}" not in tmpl:
                    P["name"] = WHO.get(K["id"], "the employee")
                    P["anon"] = True
                steps, fin = run(K, P)
                fu = K.get("fu", "$")
                final = fin_str(fin, fu)
                base = dict(pid=pid, template="%s-%d" % (K["id"], ph + 1), style=style, problem=problem)
                lines, smap, hint = render(style, pid, K, P, fmtd, steps, fin, final, False)
                sol = "\n".join(lines)
                rows.append(dict(base, variant="correct", solution=sol, final=final))
                for mode in ("slip", "carry"):
                    f = choose_fault(pid, K, P, style, mode, steps, fin)
                    s2, fin2 = run(K, P, f)
                    last = f["step"] == len(s2)
                    fin_show = fin2 if mode == "carry" else fin
                    l2, m2, _ = render(style, pid, K, P, fmtd, s2, fin_show, fin_str(fin_show, fu),
                                       mode == "carry" and last, hint)
                    S = Sty(style, pid)
                    wrong = elem_text(S, style, f["wchain"][0])
                    right = elem_text(S, style, f["rchain"][0])
                    li = m2[f["step"]]
                    assert wrong in l2[li], (pid, mode, wrong, l2[li])
                    rows.append(dict(base, variant=mode, solution="\n".join(l2), final=final,
                                     span=offsets(l2, li), wrong=wrong, right=right, step=f["step"],
                                     kind=f["kind"]))
                text, span, reps = make_loop(pid, lines, smap, steps)
                rows.append(dict(base, variant="loop", solution=text, final=final, span=span, repeats=reps))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build(a.out)
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
