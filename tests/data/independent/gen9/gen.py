#!/usr/bin/env python3
"""mcrgen indep9: grade-school math word problems with model-styled worked
solutions and seeded arithmetic faults (slip / carry / loop).

    python3 gen.py --out set.jsonl [--seed N]

Standard library only; exact arithmetic with fractions.Fraction; output is
byte-identical for a given seed (all randomness comes from random.Random
seeded with strings, which is independent of PYTHONHASHSEED).
"""
import argparse
import json
import random
import re
import sys
from fractions import Fraction as F

from templates import RAW
from styles import STYLES, dec_str

NAMES = [("Maya", "she"), ("Liam", "he"), ("Priya", "she"), ("Diego", "he"),
         ("Hannah", "she"), ("Omar", "he"), ("Chloe", "she"), ("Mateo", "he"),
         ("Aisha", "she"), ("Noah", "he"), ("Sofia", "she"), ("Ethan", "he"),
         ("Zara", "she"), ("Lucas", "he"), ("Grace", "she"), ("Kenji", "he"),
         ("Elena", "she"), ("Marcus", "he"), ("Nadia", "she"), ("Felix", "he")]
PRON = {"she": ("she", "her", "her"), "he": ("he", "him", "his")}


# ---------------------------------------------------------------- numbers
def terminating(v, maxdp=4):
    v = F(v)
    return (v * 10 ** maxdp).denominator == 1


def final_str(v, kind):
    v = F(v)
    if kind == "money":
        return dec_str(v) if v.denominator == 1 else dec_str(v, min_dp=2)
    if kind == "pct":
        return dec_str(v * 100)
    return dec_str(v)


# ---------------------------------------------------------------- templates
class Template:
    def __init__(self, name, cat, text, vars_, steps, cond=None):
        self.name, self.cat, self.text, self.cond = name, cat, text, cond
        self.vars = []  # (name, kind, sampler)
        for tok in vars_.split():
            n, spec = tok.split("=", 1)
            self.vars.append((n,) + parse_var(spec))
        self.steps = []
        for part in steps.split(";"):
            part = part.strip()
            if not part:
                continue
            formula, label, unit = [p.strip() for p in part.split("|")]
            key, rhs = formula.split("=")
            ops = set(re.findall(r"[-+*/]", rhs))
            assert len(ops) == 1, (name, formula)
            op = ops.pop()
            args = [a.strip() for a in rhs.split(op)]
            assert not re.search(r"\d", label), (name, label)
            self.steps.append(dict(key=key.strip(), op=op, args=args,
                                   label=label, unit=unit))
        keys = [s["key"] for s in self.steps]
        for i, s in enumerate(self.steps[:-1]):
            pass
        self.step_keys = keys


def parse_var(spec):
    kind = "num"
    if spec.startswith("$"):
        kind, spec = "money", spec[1:]
    elif spec.startswith("%"):
        kind, spec = "pct", spec[1:]
    elif spec.startswith("F"):
        kind, spec = "frac", spec[1:]
    if spec.startswith("@"):
        return kind, ("derived", spec[1:])
    scale = F(1, 100) if kind == "pct" else F(1)
    if ".." in spec:
        lo, rest = spec.split("..")
        hi, st = (rest.split("/") + ["1"])[:2]
        lo, hi, st = F(lo), F(hi), F(st)
        vals = []
        x = lo
        while x <= hi:
            vals.append(x)
            x += st
        return kind, ("choice", [x * scale for x in vals])
    return kind, ("choice", [F(x) * scale for x in spec.split("|")])


def ev(op, vals):
    if op == "+":
        return sum(vals, F(0))
    if op == "*":
        r = F(1)
        for v in vals:
            r *= v
        return r
    if op == "-":
        r = vals[0]
        for v in vals[1:]:
            r -= v
        return r
    r = vals[0]
    for v in vals[1:]:
        r /= v
    return r


def step_kind(unit):
    if unit == "$":
        return "money"
    if unit == "%":
        return "pct"
    if unit == "frac":
        return "frac"
    if unit.startswith("~"):
        return "dec"
    return "int"


def kind_ok(v, kind, loose=False):
    if v <= 0:
        return False
    if kind == "money":
        return (v * 100).denominator == 1
    if kind == "pct":
        return (v * 10000).denominator == 1
    if kind == "frac":
        return True
    if kind == "int" and not loose:
        return v.denominator == 1
    return terminating(v, 4 if loose else 3)


def var_value(t, vals, a):
    if a in vals:
        return vals[a]
    return F(a)


def evaluate(t, vals, override=None):
    """Evaluate steps; override = {index: value} forces a step value."""
    env = dict(vals)
    out = []
    for i, s in enumerate(t.steps):
        v = ev(s["op"], [var_value(t, env, a) for a in s["args"]])
        if override and i in override:
            v = override[i]
        env[s["key"]] = v
        out.append(v)
    return out


def draw(t, rng):
    for _ in range(5000):
        vals, kinds = {}, {}
        for n, kind, (mode, data) in t.vars:
            if mode == "choice":
                vals[n] = rng.choice(data)
            else:
                vals[n] = F(eval(data, {}, dict(vals)))
            kinds[n] = kind
        if t.cond and not eval(t.cond, {}, dict(vals)):
            continue
        if any(v <= 0 for v in vals.values()):
            continue
        res = evaluate(t, vals)
        if all(kind_ok(v, step_kind(s["unit"])) for v, s in zip(res, t.steps)):
            fk = step_kind(t.steps[-1]["unit"])
            if fk != "frac" or terminating(res[-1], 3):
                return vals, kinds
    raise RuntimeError("cannot draw " + t.name)


def problem_text(t, vals, kinds, person, other):
    d = {}
    for n, v in vals.items():
        k = kinds[n]
        if k == "money":
            d[n] = "$" + (dec_str(v, True) if v.denominator == 1 else dec_str(v, True, 2))
        elif k == "pct":
            d[n] = dec_str(v * 100) + "%"
        elif k == "frac":
            d[n] = "%d/%d" % (v.numerator, v.denominator)
        else:
            d[n] = dec_str(v, v >= 10000)
    name, pr = person
    sub, obj, pos = PRON[pr]
    d.update(P=name, Q=other, he=sub, him=obj, his=pos, He=sub.capitalize(),
             His=pos.capitalize())
    return t.text.format(**d)


# ---------------------------------------------------------------- faults
def dependents(t):
    used = set()
    for s in t.steps:
        used.update(s["args"])
    return used


def candidates(t, i, right, argv, rng):
    s = t.steps[i]
    kind = step_kind(s["unit"])
    kinds = ["off_by", "digit_swap", "times_ten", "wrong_op", "carry_digit",
             "dropped_term"]
    rng.shuffle(kinds)
    for k in kinds:
        c = []
        if kind == "frac":
            if k == "off_by":
                c += [right + F(1, right.denominator), right - F(1, right.denominator)]
            elif k == "wrong_op":
                for op in "+-*/":
                    if op != s["op"]:
                        try:
                            c.append(ev(op, argv))
                        except ZeroDivisionError:
                            pass
        elif k == "off_by":
            deltas = {"money": ["0.10", "1", "0.50", "0.01", "2"],
                      "int": ["1", "2", "10", "3"], "dec": ["0.1", "1", "0.5"],
                      "pct": ["0.01", "0.05"]}[kind]
            for dd in deltas:
                c += [right + F(dd), right - F(dd)]
        elif k == "digit_swap":
            s0 = dec_str(right, min_dp=2 if kind == "money" else 0)
            digs = [j for j, ch in enumerate(s0) if ch.isdigit()]
            for a, b in zip(digs, digs[1:]):
                if b == a + 1 and s0[a] != s0[b] and not (a == 0 and s0[b] == "0"):
                    w = s0[:a] + s0[b] + s0[a] + s0[b + 1:]
                    c.append(F(w))
        elif k == "times_ten":
            c += [right * 10, right / 10]
        elif k == "wrong_op":
            for op in "+-*/":
                if op != s["op"]:
                    try:
                        c.append(ev(op, argv))
                    except ZeroDivisionError:
                        pass
        elif k == "carry_digit":
            base = F(1) if kind in ("int",) else F(1)
            if kind == "pct":
                c += [right + F(1, 10), right - F(1, 10)]
            else:
                for e in (1, 2):
                    c += [right + 10 ** e, right - 10 ** e]
            if kind == "money":
                c += [right + 1, right - 1]
        elif k == "dropped_term":
            if s["op"] in "+-" and len(argv) >= 3:
                for j in range(1, len(argv)):
                    c.append(ev(s["op"], argv[:j] + argv[j + 1:]))
        rng.shuffle(c)
        for w in c:
            yield k, w


def choose_fault(t, vals, rng):
    right = evaluate(t, vals)
    used = dependents(t)
    need = set(t.steps[-1]["args"])
    for s in reversed(t.steps[:-1]):
        if s["key"] in need:
            need.update(s["args"])
    elig = [i for i, s in enumerate(t.steps[:-1]) if s["key"] in need]
    rng.shuffle(elig)
    for i in elig:
        env = dict(vals)
        for j in range(i):
            env[t.steps[j]["key"]] = right[j]
        argv = [var_value(t, env, a) for a in t.steps[i]["args"]]
        kind = step_kind(t.steps[i]["unit"])
        for kname, w in candidates(t, i, right[i], argv, rng):
            if w == right[i] or not kind_ok(w, kind):
                continue
            if abs(w - right[i]) > 50 * right[i] + 100:
                continue
            carried = evaluate(t, vals, {i: w})
            ok = True
            for j in range(i + 1, len(t.steps)):
                kj = step_kind(t.steps[j]["unit"])
                if not kind_ok(carried[j], kj, loose=True):
                    ok = False
                if kj == "frac" and not terminating(carried[j], 4) and j == len(t.steps) - 1:
                    ok = False
            if not ok or carried[-1] == right[-1]:
                continue
            return i, kname, w
    raise RuntimeError("no fault for " + t.name)


# ---------------------------------------------------------------- rendering
def render(t, vals, kinds, style, shown, used_vals, names):
    """shown[i] = value written as step i's result; used_vals[i] = value of
    step i used as an operand by later steps."""
    fmt = style.fmt
    env_k = dict(kinds)
    steps = []
    opnd = {}
    for n, v in vals.items():
        opnd[n] = (v, kinds[n])
    for i, s in enumerate(t.steps):
        k = step_kind(s["unit"])
        args = []
        for j, a in enumerate(s["args"]):
            if a in opnd:
                v, ak = opnd[a]
            else:
                v, ak = F(a), "num"
            txt = fmt.value(v, ak, "operand")
            if s["op"] == "/" and j > 0 and fmt.is_bare_fraction(v, ak):
                txt = "(" + txt + ")"
            args.append(txt)
        steps.append(dict(
            i=i, key=s["key"], label=fill(s["label"], names), op=s["op"], args=args,
            expr=(" %s " % fmt.ops[s["op"]]).join(args),
            res=fmt.value(shown[i], k, "result"),
            unit=s["unit"].lstrip("~") if k in ("int", "dec") else "",
            kind=k, argkeys=s["args"]))
        opnd[s["key"]] = (used_vals[i], k)
    return steps


def fill(label, names):
    return label.replace("{P}", names[0]).replace("{Q}", names[1])


def build_rows(seed):
    rows = []
    problems = []
    for t in TEMPLATES:
        for k in range(4):
            problems.append((t, k))
    order = list(range(len(problems)))
    random.Random("%s:styles" % seed).shuffle(order)
    assign = {}
    for pos, idx in enumerate(order):
        assign[idx] = STYLES[pos % len(STYLES)]
    for idx, (t, k) in enumerate(problems):
        pid = "%s-%d" % (t.name, k)
        rng = random.Random("%s:%s:vals" % (seed, pid))
        vals, kinds = draw(t, rng)
        prng = random.Random("%s:%s:names" % (seed, pid))
        person = prng.choice(NAMES)
        other = prng.choice([n for n, _ in NAMES if n != person[0]])
        text = problem_text(t, vals, kinds, person, other)
        style = assign[idx]
        right = evaluate(t, vals)
        fi, fkind, wrong = choose_fault(t, vals, random.Random("%s:%s:fault" % (seed, pid)))
        carried = evaluate(t, vals, {fi: wrong})
        fk = step_kind(t.steps[-1]["unit"])
        final = final_str(right[-1], fk)
        wseed = "%s:%s:words" % (seed, pid)
        base = dict(pid=pid, template=t.name, category=t.cat, style=style.name,
                    problem=text)
        ctx = dict(person=person[0], final_kind=fk)

        def mk(shown, used):
            st = render(t, vals, kinds, style, shown, used, (person[0], other))
            return st

        # correct
        st = mk(right, right)
        lines = style.render(st, final, ctx, random.Random(wseed))
        sol, spans = join_lines(lines)
        rows.append(dict(base, variant="correct", solution=sol, final=final))
        # slip
        shown = list(right)
        shown[fi] = wrong
        st_s = mk(shown, right)
        lines = style.render(st_s, final, ctx, random.Random(wseed))
        sol_s, spans_s = join_lines(lines)
        k_fmt = step_kind(t.steps[fi]["unit"])
        fault = dict(span=list(spans_s[fi]), wrong=style.fmt.value(wrong, k_fmt, "result"),
                     right=style.fmt.value(right[fi], k_fmt, "result"),
                     step=fill(t.steps[fi]["label"], (person[0], other)), step_index=fi, kind=fkind)
        rows.append(dict(base, variant="slip", solution=sol_s, final=final, **fault))
        # carry
        cfinal = final_str(carried[-1], fk)
        st_c = mk(carried, carried)
        lines = style.render(st_c, cfinal, ctx, random.Random(wseed))
        sol_c, spans_c = join_lines(lines)
        fault_c = dict(fault, span=list(spans_c[fi]))
        rows.append(dict(base, variant="carry", solution=sol_c, final=final,
                         carried_final=cfinal, **fault_c))
        # loop
        lrng = random.Random("%s:%s:loop" % (seed, pid))
        lines = style.render(st, final, ctx, random.Random(wseed))
        rows.append(dict(base, variant="loop", final=final, **make_loop(lines, len(st), lrng)))
    return rows


def join_lines(lines):
    """lines: list of (text, tags).  Returns text and {step: (lo, hi)} of
    the line holding that step's written result."""
    out, spans, pos = [], {}, 0
    for text, tags in lines:
        for tg in tags:
            spans[tg] = (pos, pos + len(text))
        out.append(text)
        pos += len(text) + 1
    return "\n".join(out), spans


def make_loop(lines, nsteps, rng):
    res_idx = {}
    for li, (text, tags) in enumerate(lines):
        for tg in tags:
            res_idx.setdefault(tg, li)
    cands = [s for s in range(nsteps) if s in res_idx]
    # prefer a step that is not the last one so the text is unfinished
    pick = rng.choice(cands[:-1] if len(cands) > 1 else cands)
    end = res_idx[pick]
    start = end
    if rng.random() < 0.5 and end > 0 and lines[end - 1][0].strip():
        start = end - 1
        if rng.random() < 0.4 and start > 0 and lines[start - 1][0].strip():
            start -= 1
    unit = [l[0] for l in lines[start:end + 1]]
    reps = rng.randint(15, 28)
    head = [l[0] for l in lines[:end + 1]]
    text = "\n".join(head)
    unit_txt = "\n".join(unit)
    lo0 = len(text) - len(unit_txt)
    lo = len(text) + 1
    text = text + ("\n" + unit_txt) * reps
    # cut off mid-line, as a max-token stop would (only before the first '='
    # so that no half-written number is left at the end)
    eq = unit_txt.find("=")
    cuts = [j for j, ch in enumerate(unit_txt) if ch == " " and (eq < 0 or j < eq) and j > 0]
    if rng.random() < 0.5 and cuts:
        text += "\n" + unit_txt[:rng.choice(cuts)]
    return dict(solution=text, span=[lo, lo + len(unit_txt)],
                unit_span=[lo0, lo0 + len(unit_txt)], repeats=reps,
                loop_step_index=pick)


TEMPLATES = [Template(*r[:5], **({"cond": r[5]} if len(r) > 5 else {})) for r in RAW]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="0")
    a = ap.parse_args()
    rows = build_rows(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d rows" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
