"""Self-test: slip (+1) every eligible step of every problem in 4 styles and confirm check.py flags exactly that line; also no flag on correct renders."""
import random, gen, check
from templates import build_problems
from engine import KINDS, perturb
probs = build_problems(gen.DEFAULT_SEED)
names = [n for n, _ in gen.STYLES]
miss = 0; tot = 0
for pi, p in enumerate(probs):
    for style in names[pi % 4::4]:
        lines, at, cont = gen.render(p, style, 1, p['env'], {})
        fl, _ = check.check_solution('\n'.join(lines))
        if fl: print('FALSE FLAG', p['pid'], style, fl); miss += 1
        for s in p['template'].steps:
            if s.name in cont: continue
            w = p['env'][s.name] + 1
            l2, at2, _ = gen.render(p, style, 1, p['env'], {s.name: w})
            fl, _ = check.check_solution('\n'.join(l2)); tot += 1
            if fl != [gen.line_span(l2, at2[s.name])]:
                miss += 1
                if miss < 8: print('MISS', p['pid'], style, s.name, fl); print('\n'.join(l2))
print('tested', tot, 'misses', miss)
