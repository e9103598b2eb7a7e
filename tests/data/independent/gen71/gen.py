#!/usr/bin/env python3
"""Generate a held-out set of worked metric/imperial conversion solutions.

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as Fr
from random import Random

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Builder, STYLE_CLASSES, Bin, to_text, tol_ok, canon, ev  # noqa: E402
from templates import T  # noqa: E402

SETS = 4


def render(solve, p, style_cls, seed, mode='correct', fault=None):
    b = Builder(style_cls, Random(seed), mode, fault)
    solve(b, p)
    lines, decl = b.finish()
    return b, lines, decl


def full_text(lines, final):
    return "\n".join(lines) + "\n\n#### " + final


def line_span(lines, i):
    start = sum(len(x) + 1 for x in lines[:i])
    return [start, start + len(lines[i])]


def like(v, t):
    """Format v with as many decimals as text t has."""
    d = len(t.split('.')[1]) if '.' in t else 0
    q = Decimal(v.numerator) / Decimal(v.denominator)
    q = q.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)
    s = format(q, 'f')
    if Fr(s) == 0:
        s = s.lstrip('-')
    return s


def wrong_candidates(q, rng):
    t = q.tc
    v = Fr(t)
    neg = t.startswith('-')
    body = t.lstrip('-')
    sgn = '-' if neg else ''
    out = []
    d = len(t.split('.')[1]) if '.' in t else 0
    ulp = Fr(1, 10 ** d)
    out.append(('off_by_one', like(v + rng.choice([1, -1]), t)))
    if d > 0:
        out.append(('last_digit', like(v + rng.choice([1, -1]) * ulp, t)))
    out.append(('off_by_ten', like(v + rng.choice([10, -10]), t)))
    digs = [i for i, c in enumerate(body) if c.isdigit()]
    pairs = [(a, b2) for a, b2 in zip(digs, digs[1:]) if b2 == a + 1 and body[a] != body[b2]]
    if pairs:
        a, b2 = rng.choice(pairs)
        s = body[:a] + body[b2] + body[a] + body[b2 + 1:]
        if not (s.startswith('0') and len(s.split('.')[0]) > 1):
            out.append(('swap', sgn + s))
    if len(digs) >= 2:
        i = rng.choice(digs[1:] if len(digs) > 2 else digs)
        s = body[:i] + body[i + 1:]
        if s and s[0] != '.' and s[-1] != '.' and not (s.startswith('0') and len(s.split('.')[0]) > 1):
            out.append(('drop_digit', sgn + s))
    if digs:
        i = rng.choice(digs)
        s = body[:i] + body[i] + body[i:]
        if not (s.startswith('0') and len(s.split('.')[0]) > 1):
            out.append(('double_digit', sgn + s))
    if '.' in body and len(body.split('.')[0]) >= 1:
        ip, fp = body.split('.')
        if len(fp) >= 2:
            s = ip + fp[0] + '.' + fp[1:]
            out.append(('decimal_shift', sgn + s.lstrip('0') if not s.startswith('0.') else sgn + s))
        if len(ip) >= 2:
            s = ip[:-1] + '.' + ip[-1] + fp
            out.append(('decimal_shift', sgn + s))
    elif len(body) >= 2 and body != '0':
        out.append(('decimal_shift', sgn + body[:-1] + '.' + body[-1]))
    e = q.expr
    if isinstance(e, Bin) and q.kind == 'calc':
        alt = {'*': '/', '/': '*', '+': '-', '-': '+'}[e.op]
        try:
            val = ev(Bin(alt, e.a, e.b), 'v')
            out.append(('wrong_op', to_text(val, max(q.places, d))[0] if d else to_text(val, 2)[0]))
        except ZeroDivisionError:
            pass
    if neg:
        out += [('sign', body)] * 3
    W = {'off_by_one': 3, 'last_digit': 3, 'swap': 2, 'off_by_ten': 2, 'wrong_op': 2, 'drop_digit': 1,
         'double_digit': 1, 'decimal_shift': 1, 'sign': 3}
    out = [x for _, x in sorted(((rng.random() ** (1.0 / W[x[0]]), x) for x in out), key=lambda z: -z[0])]
    good = []
    seen = set()
    for kind, w in out:
        try:
            wv = Fr(w)
        except (ValueError, ZeroDivisionError):
            continue
        if w in seen or w == t or wv == v or wv == 0:
            continue
        if w.startswith('-') and not neg:
            continue
        if q.kind == 'round' and kind in ('decimal_shift', 'wrong_op'):
            continue
        if tol_ok(w, q.exact_val):
            continue
        seen.add(w)
        good.append((kind, w))
    return good


def wsteps(qs, rng):
    """Weighted random order of candidate steps: computations more often than roundings."""
    keyed = [(rng.random() ** (1.0 / (3 if q.kind == 'calc' else 1)), q.idx, q) for q in qs]
    return [q for _, _, q in sorted(keyed, key=lambda z: (-z[0], z[1]))]


def make_problem(key, phr, k, ask, solve, p, style_cls):
    pid = f"{key}-{phr}-{k}"
    seed = f"style|{pid}"
    b, lines, decl = render(solve, p, style_cls, seed)
    final = b.final.t
    problem = ask.format(**p)
    base = dict(pid=pid, template=f"{key}.{phr}", style=style_cls.name, problem=problem)
    rows = []
    sol = full_text(lines, final)
    rows.append(dict(base, variant='correct', solution=sol, final=final))
    cands = [q for q in b.steps if q.declared and q.faultable and q.idx in decl]
    # ---- slip
    rng = Random(f"slip|{pid}")
    order = wsteps([q for q in cands if not any(r.kind == 'round' and r.expr.q is q and not tol_ok(r.tc, q.exact_val)
                                                for r in b.steps)], rng)
    rng.shuffle(order)
    done = False
    for q in order:
        for kind, w in wrong_candidates(q, rng):
            b2, l2, d2 = render(solve, p, style_cls, seed, 'slip', (q.idx, w))
            if b2.final.t != final or d2.get(q.idx) != decl[q.idx]:
                continue
            span = line_span(l2, d2[q.idx])
            rows.append(dict(base, variant='slip', solution=full_text(l2, final), final=final, span=span,
                             wrong=w, right=q.tc, step=q.idx, kind=kind))
            done = True
            break
        if done:
            break
    if not done:
        raise RuntimeError(f"no slip for {pid}")
    # ---- carry
    rng = Random(f"carry|{pid}")
    order = wsteps(cands, rng)
    done = False
    for q in order:
        for kind, w in wrong_candidates(q, rng):
            b2, l2, d2 = render(solve, p, style_cls, seed, 'carry', (q.idx, w))
            if b2.final.v == Fr(final) or d2.get(q.idx) is None:
                continue
            if b2.final.v < 0 and Fr(final) >= 0 and kind != 'sign':
                continue
            span = line_span(l2, d2[q.idx])
            rows.append(dict(base, variant='carry', solution=full_text(l2, b2.final.t), final=final, span=span,
                             wrong=w, right=q.tc, step=q.idx, kind=kind))
            done = True
            break
        if done:
            break
    if not done:
        raise RuntimeError(f"no carry for {pid}")
    # ---- loop
    rng = Random(f"loop|{pid}")
    dl = sorted(set(decl[q.idx] for q in cands))
    lo, hi = dl[0], dl[-1]
    opts = [i for i in range(lo, hi + 1) if lines[i].strip() and not lines[i].startswith('|---')]
    i = rng.choice(opts)
    nb = rng.choice([1, 1, 2, 2, 3])
    j = i
    cnt = 1
    while cnt < nb and j > 0:
        j -= 1
        if lines[j].strip():
            cnt += 1
        if lines[j].startswith('|---') or lines[j].startswith('| Step') or lines[j].startswith('| #') or lines[j].startswith('| Conversion'):
            j += 1
            break
    while not lines[j].strip():
        j += 1
    head = "\n".join(lines[:i + 1])
    unit = "\n".join(lines[j:i + 1])
    reps = rng.randint(8, 30)
    text = head + ("\n" + unit) * (reps - 1)
    start = len(head) + 1
    if rng.random() < 0.5 and len(unit) > 6:
        text += "\n" + unit[:rng.randint(3, len(unit) - 2)]
    rows.append(dict(base, variant='loop', solution=text, final=final, span=[start, start + len(unit)], repeats=reps))
    return rows


def distinct_sets(key, phr, sampler):
    r = Random(f"params|{key}|{phr}")
    sets, seen = [], []
    tries = 0
    while len(sets) < SETS:
        tries += 1
        p = sampler(r)
        sig = json.dumps({a: str(b) for a, b in sorted(p.items()) if a not in ('name', 'rp', 'name2')}, sort_keys=True)
        if sig in seen and tries < 200:
            continue
        seen.append(sig)
        sets.append(p)
    return sets


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    a = ap.parse_args()
    rows = []
    gi = 0
    for key, sampler, asks, solve in T:
        for phr, ask in enumerate(asks):
            for k, p in enumerate(distinct_sets(key, phr, sampler)):
                st = STYLE_CLASSES[gi % len(STYLE_CLASSES)]
                rows += make_problem(key, phr, k, ask, solve, p, st)
                gi += 1
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({gi} problems) to {a.out}")


if __name__ == '__main__':
    main()
