#!/usr/bin/env python3
"""Generator for set 18: reasoning-model traces with seeded faults.

python3 gen.py --out set.jsonl [--seed 2026]
"""
import argparse
import json
import random
import re
import sys
from fractions import Fraction as F

from templates import SK, NAMES
from numfmt import int_str, money_str, dec_str
import styles

NSETS = 4
KIND_W = [('off_by', 35), ('wrong_op', 25), ('digit_swap', 20), ('times10', 10), ('div10', 10)]
MK = re.compile(r'\x01([^\x02]*)\x02([^\x03]*)\x03')


def strip_marks(s):
    return MK.sub(r'\2', s)


# ---------------------------------------------------------------- numbers
def valid(v, typ):
    if v <= 0 or v > 10 ** 7:
        return False
    if typ == 'i':
        return v.denominator == 1
    if typ == 'm':
        return (v * 100).denominator == 1
    if typ == 'd':
        return (v * 1000).denominator == 1
    return True


def plain(v, typ, cents):
    if typ == 'm':
        return money_str(v, cents)
    if typ == 'd':
        return dec_str(v)
    return int_str(v)


def apply(op, args):
    if op == '+':
        return args[0] + args[1]
    if op == '-':
        return args[0] - args[1]
    if op == '*':
        return args[0] * args[1]
    if op == '/':
        return args[0] / args[1]
    if op == 'pct':
        return args[0] * args[1] / 100
    if op == 'frac':
        return args[0] * args[1]
    raise ValueError(op)


# ---------------------------------------------------------------- templates
class Step:
    def __init__(self, name, formula, typ, unit, desc):
        parts = formula.split()
        if parts[0] in ('pct', 'frac'):
            self.op, self.args = parts[0], parts[1:]
        else:
            self.op, self.args = parts[1], [parts[0], parts[2]]
        self.name, self.typ, self.unit, self.desc = name, typ, unit, desc


class Template:
    def __init__(self, sk, ctx):
        self.tid = f"{sk['id']}_{ctx['k']}"
        self.sk, self.ctx = sk, ctx
        self.gspec = sk['g']
        self.steps = [Step(*s) for s in sk['s']]
        self.types = {}
        for g, spec in self.gspec.items():
            self.types[g] = {'mc': 'm', 'c': 'i'}.get(spec[0], spec[0])
        for s in self.steps:
            self.types[s.name] = s.typ
        self.stepnames = [s.name for s in self.steps]
        # every non-last step must feed a later one
        for i, s in enumerate(self.steps[:-1]):
            assert any(s.name in t.args for t in self.steps[i + 1:]), (self.tid, s.name)
        assert 2 <= len(self.steps) <= 5

    def draw(self, rng):
        g = {}
        for k, spec in self.gspec.items():
            t = spec[0]
            if t == 'i':
                g[k] = F(rng.randint(spec[1], spec[2]))
            elif t == 'm':
                g[k] = F(rng.randrange(spec[1], spec[2] + 1, spec[3]), 100)
            elif t == 'mc':
                g[k] = F(rng.choice(spec[1]))
            elif t == 'p':
                g[k] = F(rng.choice(spec[1]))
            elif t == 'f':
                n, d = rng.choice(spec[1])
                g[k] = F(n, d)
            elif t == 'd':
                g[k] = F(rng.randint(spec[1], spec[2]), spec[3])
            elif t == 'c':
                g[k] = F(spec[1])
        return g

    def compute(self, givens, override=None):
        vals = dict(givens)
        for s in self.steps:
            if override and s.name in override:
                vals[s.name] = override[s.name]
            else:
                vals[s.name] = apply(s.op, [vals[a] for a in s.args])
        return vals

    def ok(self, vals):
        return all(valid(vals[s.name], s.typ) for s in self.steps)

    def dependents(self, name):
        dep = {name}
        out = []
        for s in self.steps:
            if any(a in dep for a in s.args):
                dep.add(s.name)
                out.append(s.name)
        return out


def all_templates():
    out = []
    for sk in SK:
        for ctx in sk['ctx']:
            out.append(Template(sk, ctx))
    return out


# ---------------------------------------------------------------- faults
def wrong_candidates(T, vals, idx, cents):
    s = T.steps[idx]
    right = vals[s.name]
    typ = s.typ
    out = []  # (kind, value)
    ps = plain(right, typ, cents)
    if right.denominator == 1:
        deltas = [1, -1, 2, -2, 3, -3, 10, -10]
    else:
        deltas = [F(1, 10), F(-1, 10), F(1, 100), F(-1, 100)]
    for d in deltas:
        out.append(('off_by', right + d))
    if s.op in '+-*/':
        a, b = vals[s.args[0]], vals[s.args[1]]
        for op in '+-*/':
            if op != s.op:
                out.append(('wrong_op', apply(op, [a, b])))
    digits = [i for i, ch in enumerate(ps) if ch.isdigit()]
    for j in range(len(digits) - 1):
        i1, i2 = digits[j], digits[j + 1]
        if ps[i1] == ps[i2]:
            continue
        l = list(ps)
        l[i1], l[i2] = l[i2], l[i1]
        ns = ''.join(l)
        ip = ns.split('.')[0]
        if len(ip) > 1 and ip[0] == '0':
            continue
        out.append(('digit_swap', F(ns)))
    out.append(('times10', right * 10))
    out.append(('div10', right / 10))
    res = []
    seen = set()
    for kind, w in out:
        if w == right or not valid(w, typ):
            continue
        key = (kind, w)
        if key in seen:
            continue
        seen.add(key)
        res.append((kind, w))
    return res


def choose_fault(rng, cands):
    """cands: list of (idx, kind, wrong). Weighted by kind among kinds present."""
    kinds = [(k, w) for k, w in KIND_W if any(c[1] == k for c in cands)]
    if not kinds:
        return None
    tot = sum(w for _, w in kinds)
    r = rng.random() * tot
    acc = 0
    kind = kinds[-1][0]
    for k, w in kinds:
        acc += w
        if r < acc:
            kind = k
            break
    sub = [c for c in cands if c[1] == kind]
    return sub[rng.randrange(len(sub))]


# ---------------------------------------------------------------- problems
SAFE_VERIFY = (None, 'commute', 'recalc')


class Problem:
    def __init__(self, T, si, seed):
        self.T, self.si = T, si
        self.pid = f"{T.tid}-{si}"
        self.seed = seed
        rng = random.Random(f"{seed}|names|{self.pid}")
        people = rng.sample(NAMES, 3)
        self.names = {'N': people[0][0], 'He': people[0][1].capitalize(), 'he': people[0][1],
                      'His': people[0][2].capitalize(), 'his': people[0][2], 'him': people[0][3],
                      'N2': people[1][0], 'N3': people[2][0]}
        srng = random.Random(f"{seed}|style|{self.pid}")
        self.style = styles.pick_style(srng)
        self.st = styles.STYLES[self.style]

    def setup(self):
        T = self.T
        rng = random.Random(f"{self.seed}|numbers|{self.pid}")
        for attempt in range(20000):
            g = T.draw(rng)
            vals = T.compute(g)
            if not T.ok(vals):
                continue
            self.givens, self.vals = g, vals
            vrng = random.Random(f"{self.seed}|verify|{self.pid}|{attempt}")
            self.verify = self.pick_verify(vrng)
            if self.find_faults():
                return True
        raise RuntimeError("no numbers for " + self.pid)

    def pick_verify(self, rng):
        forms = []
        vp = self.st['vprob']
        for i, s in enumerate(self.T.steps):
            opts = []
            if s.op in '+*':
                opts.append('commute')
            if s.op in '+-*/':
                opts.append('inverse')
            if s.op in '-/':
                opts.append('alt')
            if s.op in ('pct', 'frac'):
                opts.append('recalc')
            a = s.args[0]
            if s.op == '*' and a in self.givens and self.T.types[a] == 'i' and self.givens[a] >= 11 \
                    and self.givens[a] % 10 != 0:
                opts.append('decomp')
            if rng.random() < vp:
                forms.append(rng.choice(opts))
            else:
                forms.append(None)
        return forms

    def renderer(self, vals):
        return styles.Render(self, vals)

    def render(self, vals):
        return styles.render(self, vals)

    def find_faults(self):
        T = self.T
        cents = self.st['cents']
        n = len(T.steps)
        slip_c, carry_c = [], []
        for i in range(n - 1):
            s = T.steps[i]
            for kind, w in wrong_candidates(T, self.vals, i, cents):
                slip_c.append((i, kind, w))
                if self.verify[i] not in SAFE_VERIFY:
                    continue
                v2 = T.compute(self.givens, {s.name: w})
                if not T.ok(v2):
                    continue
                last = T.steps[-1].name
                if v2[last] == self.vals[last]:
                    continue
                if plain(v2[last], T.steps[-1].typ, cents) == plain(self.vals[last], T.steps[-1].typ, cents):
                    continue
                carry_c.append((i, kind, w))
        if not slip_c or not carry_c:
            return False
        self.slip_c, self.carry_c = slip_c, carry_c
        return True


def line_spans(text):
    out = []
    pos = 0
    for ln in text.split('\n'):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def first_line_with(lines, name):
    tag = '\x01' + name + '\x02'
    for i, ln in enumerate(lines):
        if tag in ln:
            return i
    raise AssertionError('value never written: ' + name)


def marked_values(line, name):
    return [m.group(2) for m in MK.finditer(line) if m.group(1) == name]


def pnum(s):
    return s.replace('\\$', '').replace('$', '').replace(',', '')


def build_rows(P):
    T = P.T
    base = dict(pid=P.pid, template=T.tid, style=P.style, problem=P.problem_text())
    paras = P.render(P.vals)
    ctext = '\n\n'.join(t for _, t in paras)
    clines = ctext.split('\n')
    correct = strip_marks(ctext)
    final = P.final_str(P.vals)
    rows = [dict(base, variant='correct', solution=correct, final=final)]

    # slip
    frng = random.Random(f"{P.seed}|slip|{P.pid}")
    idx, kind, w = choose_fault(frng, P.slip_c)
    s = T.steps[idx]
    v2 = dict(P.vals)
    v2[s.name] = w
    wtext = '\n\n'.join(t for _, t in P.render(v2))
    wlines = wtext.split('\n')
    assert len(wlines) == len(clines)
    li = first_line_with(clines, s.name)
    deps = T.dependents(s.name)
    for d in deps:
        assert '\x01' + d + '\x02' not in clines[li], (P.pid, 'dependent on span line')
    slines = [strip_marks(x) for x in clines]
    slines[li] = strip_marks(wlines[li])
    stext = '\n'.join(slines)
    sp = line_spans(stext)[li]
    wstr = pnum(marked_values(wlines[li], s.name)[0])
    rstr = pnum(marked_values(clines[li], s.name)[0])
    assert wstr != rstr
    rows.append(dict(base, variant='slip', solution=stext, final=final, span=list(sp), wrong=wstr, right=rstr,
                     step=s.name, kind=kind))

    # carry
    crng = random.Random(f"{P.seed}|carry|{P.pid}")
    # prefer a step that is not re-verified later (fewer repeated wrong claims)
    pool = [c for c in P.carry_c if P.verify[c[0]] is None] or P.carry_c
    idx, kind, w = choose_fault(crng, pool)
    s = T.steps[idx]
    v3 = T.compute(P.givens, {s.name: w})
    ktext = '\n\n'.join(t for _, t in P.render(v3))
    klines = ktext.split('\n')
    li = first_line_with(klines, s.name)
    assert first_line_with(clines, s.name) == li
    for j in range(li):
        assert strip_marks(klines[j]) == strip_marks(clines[j]), (P.pid, j)
    for d in T.dependents(s.name):
        assert first_line_with(klines, d) > li
    think_end = [j for j, x in enumerate(klines) if '</think>' in x]
    if think_end:
        assert li < think_end[0]
    kt = strip_marks(ktext)
    sp = line_spans(kt)[li]
    wstr = pnum(marked_values(klines[li], s.name)[0])
    rstr = pnum(marked_values(clines[li], s.name)[0])
    kfinal = P.final_str(v3)
    assert kfinal != final
    rows.append(dict(base, variant='carry', solution=kt, final=kfinal, span=list(sp), wrong=wstr, right=rstr,
                     step=s.name, kind=kind, correct_final=final))

    # loop
    lrng = random.Random(f"{P.seed}|loop|{P.pid}")
    n = len(T.steps)
    k = lrng.randrange(n - 1)
    size = 2 if (k >= 1 and lrng.random() < 0.5) else 1
    # paragraph line ranges
    starts = []
    pos = 0
    for tag, t in paras:
        nl = t.count('\n') + 1
        starts.append((tag, pos, pos + nl))
        pos += nl + 1
    step_ranges = {}
    for tag, a, b in starts:
        if isinstance(tag, tuple) and tag[0] == 'step':
            step_ranges[tag[1]] = (a, b)
    assert sorted(step_ranges) == list(range(n))
    a0 = step_ranges[k - size + 1][0]
    b0 = step_ranges[k][1]
    plines = [strip_marks(x) for x in clines]
    block = plines[a0:b0] + ['']
    repeats = lrng.randint(15, 22)
    out = plines[:b0] + ['']
    span_line = len(out)
    out += block * repeats
    cut = None
    if lrng.random() < 0.5:
        first = block[0]
        m = re.search(r'\d', first)
        lim = m.start() if m else len(first) - 1
        if lim >= 4:
            L = lrng.randint(4, lim)
            cut = first[:L]
            assert not re.search(r'\d', cut) and len(cut) < len(first)
    if cut is not None:
        out.append(cut)
    else:
        out.pop()  # drop the trailing blank line: text ends right after the last copy's newline
        out.append('')
    ltext = '\n'.join(out)
    sp = line_spans(ltext)[span_line]
    rows.append(dict(base, variant='loop', solution=ltext, final=None, span=list(sp), repeats=repeats,
                     period_lines=len(block)))
    return rows


def _problem_text(self):
    T = self.T
    fm = dict(T.ctx)
    fm.update(self.names)
    for g, v in self.givens.items():
        t = T.gspec[g][0]
        if t in ('m', 'mc'):
            fm[g] = '$' + money_str(v, False)
        elif t == 'p':
            fm[g] = f"{int(v)}%"
        elif t == 'f':
            fm[g] = f"{v.numerator}/{v.denominator}"
        elif t == 'd':
            fm[g] = dec_str(v)
        else:
            fm[g] = int_str(v)
    self.fmt = fm
    facts = T.sk['facts'].format(**fm)
    q = T.sk['q'].format(**fm)
    self.facts, self.q = facts, q
    return facts + ' ' + q


def _final_str(self, vals):
    s = self.T.steps[-1]
    return plain(vals[s.name], s.typ, self.st['cents'])


Problem.problem_text = _problem_text
Problem.final_str = _final_str


def generate(seed):
    rows = []
    for T in all_templates():
        for si in range(NSETS):
            P = Problem(T, si, seed)
            P.setup()
            P.problem_text()
            rows.extend(build_rows(P))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default='set.jsonl')
    ap.add_argument('--seed', default='2026')
    a = ap.parse_args()
    rows = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(f"wrote {len(rows)} rows to {a.out}", file=sys.stderr)


if __name__ == '__main__':
    main()
