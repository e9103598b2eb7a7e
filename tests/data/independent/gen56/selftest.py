#!/usr/bin/env python3
"""Developer self-test (imports both generator and checker): for every problem and every
faultable step, inject a slip and make sure check.py's reader flags exactly that line."""
import random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, check
from engine import Calc
from structures import STRUCTS
from render import STYLES

def main():
    miss = 0; total = 0
    for sname, sample, solver, phrs in STRUCTS:
        for pi, phr in enumerate(phrs):
            for ns in range(gen.NSETS):
                tname = "%s-%d" % (sname, pi + 1)
                d = sample(gen.R("sample", tname, ns))
                d = dict(d); d.update({k: v for k, v in phr[1].items()}); d["name"] = "Maya"
                c, fin = gen.solve(solver, d)
                for style in STYLES:
                    for st in c.steps:
                        if st.kind not in ("calc", "approx", "rem"):
                            continue
                        rr = random.Random("st|%s|%s|%d" % (tname, style, st.idx))
                        for kd in gen.KINDS:
                            w = gen.mutate(kd, st, rr)
                            if w is not None and w != st.true and gen.nice(w, 2) and w != 0 and (w < 0) == (st.true < 0):
                                break
                        else:
                            continue
                        if st.kind == "approx" and abs(w - st.exact) <= gen.F(1, 100):
                            continue
                        if st.kind == "rem" and (w < 0 or w.denominator != 1):
                            continue
                        c1, f1 = gen.solve(solver, d, (st.idx, w, "slip"))
                        lines, _ = gen.render(style, (tname, ns, style), "Q?", c1, fin, "Maya")
                        text, spans = gen.join(lines)
                        comps = check.analyse(text)
                        bad = [x for x in comps if not x[2]]
                        total += 1
                        if len(bad) != 1 or (bad[0][0], bad[0][1]) != spans[st.idx]:
                            miss += 1
                            if miss < 15:
                                print(style, tname, st.idx, kd, w, bad, repr(text[spans[st.idx][0]:spans[st.idx][1]]))
    print("injected", total, "missed", miss)
    sys.exit(1 if miss else 0)

main()
