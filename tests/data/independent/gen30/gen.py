#!/usr/bin/env python3
"""Deterministic generator of the physics/chemistry evaluation set.

python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
import re
from fractions import Fraction as Fr

from core import plain, ev, val
from model import compute, make_wrong, KINDS
from styles import Ctx, render_solution, STYLE_ORDER, SCI_BIG
from templates import PATS, T

NSETS = 4


class Prob:
    def __init__(self, ask, givens):
        self.ask, self.givens = ask, givens


def article(t):
    return re.sub(r"\b([Aa]) (?=8|11(?!\d)|18(?!\d))", lambda m: m.group(1) + "n ", t)


def fields(g):
    out = {}
    for k, v in g.items():
        if isinstance(v, (Fr, int)) and not isinstance(v, bool):
            out[k] = T(v)
        elif isinstance(v, str):
            out[k] = v
    return out


def acceptable(shown, steps, need_exact):
    for (rel, s), st in zip(shown, steps):
        if "e" in s:
            continue
        if len(s.replace(".", "").lstrip("0")) > 9:
            return False
        if "." in s and len(s.split(".")[1]) > 4:
            return False
        if need_exact and rel != "=":
            return False
        if need_exact and "." in s and Fr(s) >= 10 and len(s.split(".")[1]) > 2 and not st.pol.money:
            return False
    return True


def build_problem(pat, sc, tid, j, seed):
    r = random.Random(f"{seed}|{tid}|{j}|nums")
    need_exact = r.random() < 0.7
    for attempt in range(4000):
        g = pat.sample(r, sc)
        steps = pat.build(g, sc)
        shown, exprs, ok = compute(steps)
        if not ok:
            continue
        if not acceptable(shown, steps, need_exact and attempt < 3000):
            continue
        if not need_exact and all(rel == "=" for rel, _ in shown) and attempt < 400:
            continue
        f = fields(g)
        text = article(sc["text"].format(**f))
        ask = sc["ask"].format(**f)
        return g, steps, shown, exprs, text, ask
    raise RuntimeError(f"no numbers for {tid}")


def render(style, prob, steps, res, exprs, ctx):
    lines, res_lines, ranges = render_solution(style, prob, steps, res, exprs, ctx)
    assert len(res_lines) == len(steps), (style, res_lines)
    return lines, res_lines, ranges


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def final_of(shown):
    return plain(val(shown[-1][1]))


def choose_error(r, steps, shown, exprs, allowed_k, mode, kind_pref, sb=False):
    cands = []
    for k in allowed_k:
        if steps[k].pol.sci or "e" in shown[k][1]:
            continue
        cands.append(k)
    r.shuffle(cands)
    kinds = list(KINDS)
    r.shuffle(kinds)
    kinds.sort(key=lambda x: kind_pref.get(x, 0))
    for kind in kinds:
        for k in cands:
            rel, s = shown[k]
            w = make_wrong(kind, s, rel, r, exprs[k], exact=ev(exprs[k]), conv=steps[k].conv, money=steps[k].pol.money)
            if w is None:
                continue
            if Fr(w) == Fr(s):
                continue
            if mode == "carry":
                sh2, ex2, ok = compute(steps, (k, w), sci_big=sb)
                if not ok:
                    continue
                if val(sh2[-1][1]) == val(shown[-1][1]):
                    continue
                if not acceptable(sh2, steps, False):
                    continue
                return k, kind, w, sh2, ex2
            return k, kind, w, None, None
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="mcrgen-physchem-v1")
    a = ap.parse_args()
    seed = a.seed

    templates = []
    for pat in PATS:
        for si, sc in enumerate(pat.scen):
            templates.append((f"{pat.name}/{si}", pat, sc))

    rows = []
    pidx = 0
    kind_count = {"slip": {}, "carry": {}}
    seen = set()
    for ti, (tid, pat, sc) in enumerate(templates):
        for j in range(NSETS):
            jj = j
            while True:
                g, steps, shown, exprs, text, ask = build_problem(pat, sc, tid, jj, seed)
                if text not in seen:
                    break
                jj += 100
            seen.add(text)
            style = STYLE_ORDER[(ti * NSETS + j) % len(STYLE_ORDER)]
            pid = f"pc{pidx:04d}"
            pidx += 1
            prob = Prob(ask, pat.givens(g, sc))
            ctx = Ctx(f"{seed}|{pid}|{style}")
            base = dict(pid=pid, template=tid, style=style, problem=text)
            n = len(steps)
            sb = style in SCI_BIG
            if sb:
                shown, exprs, _ = compute(steps, sci_big=True)
            lines, res_lines, ranges = render(style, prob, steps, shown, exprs, ctx)
            sol = "\n".join(lines)
            fin = final_of(shown)
            rows.append(dict(base, variant="correct", solution=sol, final=fin))

            # ---- slip
            r = random.Random(f"{seed}|{pid}|slip")
            got = choose_error(r, steps, shown, exprs, list(range(n - 1)), "slip", kind_count["slip"], sb)
            assert got, pid
            k, kind, w, _, _ = got
            kind_count["slip"][kind] = kind_count["slip"].get(kind, 0) + 1
            res = list(shown)
            res[k] = (shown[k][0], w)
            l2, rl2, _ = render(style, prob, steps, res, exprs, ctx)
            diff = [i for i in range(max(len(lines), len(l2))) if i >= len(lines) or i >= len(l2) or lines[i] != l2[i]]
            assert diff == [res_lines[k]], (pid, diff, res_lines[k])
            rows.append(dict(base, variant="slip", solution="\n".join(l2), final=fin, span=line_span(l2, res_lines[k]),
                             wrong=w, right=shown[k][1], step=k + 1, kind=kind))

            # ---- carry
            r = random.Random(f"{seed}|{pid}|carry")
            got = choose_error(r, steps, shown, exprs, list(range(n)), "carry", kind_count["carry"], sb)
            assert got, pid
            k, kind, w, sh2, ex2 = got
            kind_count["carry"][kind] = kind_count["carry"].get(kind, 0) + 1
            l3, rl3, _ = render(style, prob, steps, sh2, ex2, ctx)
            assert l3[:res_lines[k]] == lines[:res_lines[k]] and l3[res_lines[k]] != lines[res_lines[k]], pid
            rows.append(dict(base, variant="carry", solution="\n".join(l3), final=final_of(sh2), span=line_span(l3, res_lines[k]),
                             wrong=w, right=shown[k][1], step=k + 1, kind=kind, correct_final=fin))

            # ---- loop
            r = random.Random(f"{seed}|{pid}|loop")
            jcut = r.randrange(0, n - 1)
            per = 2 if (jcut >= 1 and r.random() < 0.45) else 1
            a0 = ranges[jcut - per + 1][0]
            a1 = ranges[jcut][1]
            block = lines[a0:a1]
            while block and block[0] == "":
                a0 += 1
                block = block[1:]
            prefix = lines[:a1]
            R = r.randint(15, 25)
            # about half of all loop rows end with a digit-free cut-off; blocks whose
            # first line starts with a digit (numbered lists) cannot, so the others cut more often
            want_cut = r.random() < 0.7
            partial = None
            first = block[0]
            fd = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
            hi = min(fd, len(first) - 1)
            if want_cut and hi >= 2:
                partial = first[:r.randint(2, hi)]
                if not partial.strip():
                    partial = None
            out = prefix + block * R
            if partial is not None:
                out = out + [partial]
            else:
                while out and out[-1] == "":
                    out.pop()
            rows.append(dict(base, variant="loop", solution="\n".join(out), final=None,
                             span=line_span(out, len(prefix)), repeats=R, period_lines=len(block)))

    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
