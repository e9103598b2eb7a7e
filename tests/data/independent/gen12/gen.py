#!/usr/bin/env python3
"""mcrgen: generate an evaluation set for in-flight arithmetic validators.

    python3 gen.py --out set.jsonl [--seed 2026]

Output is byte-identical for a given seed regardless of PYTHONHASHSEED."""
import argparse
import json
import random
import re
from fractions import Fraction as F

from mcr_core import (parse_templates, sample_params, run_steps, value_ok, isint)
from mcr_render import STYLES, render
from mcr_templates import SRC

NAMES = [("Maria", "f"), ("James", "m"), ("Aisha", "f"), ("Liam", "m"), ("Sofia", "f"),
         ("Noah", "m"), ("Priya", "f"), ("Carlos", "m"), ("Emma", "f"), ("Kenji", "m"),
         ("Olivia", "f"), ("Mateo", "m"), ("Chloe", "f"), ("Ethan", "m"), ("Fatima", "f"),
         ("Lucas", "m"), ("Grace", "f"), ("Omar", "m"), ("Hannah", "f"), ("Diego", "m"),
         ("Mei", "f"), ("Samuel", "m"), ("Zoe", "f"), ("Ravi", "m"), ("Lily", "f"),
         ("Jack", "m"), ("Nadia", "f"), ("Ben", "m"), ("Rosa", "f"), ("Tariq", "m")]
PRON = {"m": dict(he="he", He="He", his="his", His="His", him="him", Him="Him"),
        "f": dict(he="she", He="She", his="her", His="Her", him="her", Him="Her")}

KINDS = ["off_by", "digit_swap", "scale10", "wrong_op"]


class SD:
    """a rendered step: label, op, operand values/kinds, result"""
    def __init__(self, st, ops, res, nouns):
        self.name, self.label, self.op = st.name, st.label, st.op
        self.kind, self.noun = st.kind, st.noun
        self.vals, self.res = ops, res
        self.nouns = [nouns.get(a, "") for a in st.args]


def problem_text(t, params, rng):
    (n1, g1), (n2, _) = rng.sample(NAMES, 2)
    kw = dict(PRON[g1])
    kw["P"], kw["Q"] = n1, n2

    def rep(m):
        k, mode = m.group(1), m.group(2)
        if k in t.pmap:
            return t.pmap[k].display(params[k], mode)
        return kw[k]
    text = re.sub(r"\{(\w+)(?::(\w+))?\}", rep, t.text)
    return text, n1, g1


def candidates(kind, st, ops, right, fm):
    vals = [v for v, _ in ops]
    if kind == "off_by":
        ds = [1, 2, 3, 10] if isint(right) else [F(1, 10), F(1, 100)]
        return [right + sg * d for d in ds for sg in (1, -1)]
    if kind == "digit_swap":
        s = fm.plain(right, st.kind)
        out = []
        for i in range(len(s) - 1):
            a, b = s[i], s[i + 1]
            if a.isdigit() and b.isdigit() and a != b:
                w = s[:i] + b + a + s[i + 2:]
                if w[0] == "0" and len(w.split(".")[0]) > 1:
                    continue
                out.append(F(w))
        return out
    if kind == "scale10":
        return [right * 10, right / 10]
    op = st.op
    if op == "mul":
        return [sum(vals, F(0))]
    if op == "div":
        return [vals[0] * vals[1], vals[0] - vals[1]]
    if op == "add":
        if len(vals) == 2:
            return [vals[0] * vals[1], abs(vals[0] - vals[1])]
        return [sum(vals[:-1], F(0)) - vals[-1]]
    if op == "sub":
        return [sum(vals, F(0))]
    if op == "pct":
        p, x = vals
        return [x * (100 - p) / 100, x + x * p / 100]
    if op == "frac":
        f, x = vals
        return [x * (1 - f), x / f]
    return []


def choose_fault(t, params, rows, fm, rng):
    n = len(t.steps)
    final = rows[-1][1]
    kinds = KINDS[:]
    rng.shuffle(kinds)
    idxs = list(range(n - 1))
    rng.shuffle(idxs)
    for kind in kinds:
        for i in idxs:
            st = t.steps[i]
            right = rows[i][1]
            good = []
            for w in candidates(kind, st, rows[i][0], right, fm):
                if w == right or not value_ok(st, w) or w in good:
                    continue
                if fm.plain(w, st.kind) == fm.plain(right, st.kind):
                    continue
                crows = run_steps(t, params, override=(i, w))
                if crows is None:
                    continue
                if not all(value_ok(s, r) for s, (_, r) in zip(t.steps[i + 1:], crows[i + 1:])):
                    continue
                if crows[-1][1] == final:
                    continue
                good.append(w)
            if good:
                return i, kind, good[rng.randrange(len(good))]
    raise RuntimeError("no fault possible for " + t.id)


def span_of(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def gen_rows(seed):
    templates = parse_templates(SRC)
    snames = list(STYLES)
    weights = [STYLES[s][0] for s in snames]
    out = []
    for t in templates:
        seen = []
        for k in range(4):
            pid = "%s-%d" % (t.id, k)
            prng = random.Random("%s|%s|%d|nums" % (seed, t.id, k))
            for _ in range(50):
                params, rows = sample_params(t, prng)
                key = tuple((p.name, params[p.name]) for p in t.params)
                if key not in seen:
                    break
            seen.append(key)
            style = random.Random("%s|%s|style" % (seed, pid)).choices(snames, weights)[0]
            problem, name, g = problem_text(t, params, random.Random("%s|%s|names" % (seed, pid)))

            class Ctx:
                pass
            ctx = Ctx()
            ctx.flabel = t.steps[-1].label
            ctx.name = name

            nouns = {s.name: s.noun for s in t.steps}

            def do_render(rws):
                S = [SD(st, ops, r, nouns) for st, (ops, r) in zip(t.steps, rws)]
                rr = random.Random("%s|%s|render" % (seed, pid))
                return render(style, ctx, S, rr)

            b_ok, fm, fin_ok = do_render(rows)
            i, kind, wrong = choose_fault(t, params, rows, fm,
                                          random.Random("%s|%s|fault" % (seed, pid)))
            right = rows[i][1]
            slip_rows = list(rows)
            slip_rows[i] = (rows[i][0], wrong)
            carry_rows = run_steps(t, params, override=(i, wrong))
            b_slip, _, fin_slip = do_render(slip_rows)
            b_carry, _, fin_carry = do_render(carry_rows)
            st = t.steps[i]
            base = dict(pid=pid, template=t.id, style=style, problem=problem)

            def row(variant, b, fin, **extra):
                r = dict(base)
                r["variant"] = variant
                r["solution"] = "\n".join(b if isinstance(b, list) else b.lines)
                r["final"] = fin
                r.update(extra)
                return r

            out.append(row("correct", b_ok, fin_ok))
            fault = dict(wrong=fm.plain(wrong, st.kind), right=fm.plain(right, st.kind),
                         step=st.name, kind=kind)
            assert b_slip.step_line[i] == b_ok.step_line[i]
            out.append(row("slip", b_slip, fin_slip,
                           span=span_of(b_slip.lines, b_slip.step_line[i]), **fault))
            out.append(row("carry", b_carry, fin_carry,
                           span=span_of(b_carry.lines, b_carry.step_line[i]),
                           correct_final=fin_ok, **fault))
            # loop variant, built from the correct rendering
            lr = random.Random("%s|%s|loop" % (seed, pid))
            mode = lr.choice(["line", "block", "block"])
            nonfinal = len(t.steps) - 1
            j = lr.randrange(nonfinal)
            repeats = lr.randint(15, 22)
            two = lr.random() < 0.5
            lines = b_ok.lines
            if mode == "line":
                a = b_ok.step_line[j]
                L = [lines[a]]
                prefix = lines[:a + 1]
            else:
                m = 2 if (two and j + 1 < nonfinal) else 1
                g0, g1 = b_ok.groups[j][0], b_ok.groups[j + m - 1][1]
                L = lines[g0:g1]
                prefix = lines[:g1]
            assert L[0].strip()
            llines = prefix + L * (repeats - 1)
            out.append(row("loop", llines, None, span=span_of(llines, len(prefix)),
                           repeats=repeats, period_lines=len(L)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--seed", default="2026")
    a = ap.parse_args()
    rows = gen_rows(str(a.seed))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
