"""dev-only: every step's result line must be parsed by check.computations with the step value"""
import json, sys
from collections import Counter
import gen
from check import computations
from fractions import Fraction
probs = gen.make_problems(gen.DEFAULT_SEED)
miss = Counter()
ex = {}
for p in probs:
    lines, spans, final = gen.render(p, p['env'])
    for i, s in enumerate(p['tpl']['steps']):
        L = spans[i][2]
        v = p['env'][s['var']]
        if not any(ok and b == v for a, b, ok in computations(lines[L])):
            key = (gen.STYLES[p['style_idx']][0].name, p['tpl']['name'])
            miss[key] += 1
            ex[key] = lines[L]
print(len(miss), 'misses')
for k, n in miss.most_common(40):
    print(k, n, repr(ex[k]))
