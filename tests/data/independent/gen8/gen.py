#!/usr/bin/env python3
"""mcrgen indep8: grade-school math word problems with model-style worked
solutions and seeded arithmetic faults (slip / carry / loop).

Usage: python3 gen.py --out OUT.jsonl [--seed N]
Deterministic: all randomness comes from random.Random(<str>) seeds, which
are hashed with SHA-512 by CPython and so do not depend on PYTHONHASHSEED.
"""
import argparse
import json
import random
import re
from fractions import Fraction as F

from templates import TEMPLATES
import styles
from styles import dec_places, dec_str, final_str

NAMES = [("Maya", "she"), ("Liam", "he"), ("Priya", "she"), ("Diego", "he"),
         ("Hana", "she"), ("Omar", "he"), ("Chloe", "she"), ("Kofi", "he"),
         ("Elena", "she"), ("Mateo", "he"), ("Aisha", "she"), ("Jonas", "he"),
         ("Sofia", "she"), ("Ravi", "he"), ("Nora", "she"), ("Tomas", "he"),
         ("Leila", "she"), ("Ben", "he"), ("Yuki", "she"), ("Sam", "he")]
PRON = {"she": ("she", "her", "her"), "he": ("he", "his", "him")}

FRACS = [F(1, 2), F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(1, 5), F(2, 5), F(3, 5),
         F(4, 5), F(1, 6), F(5, 6), F(1, 8), F(3, 8), F(5, 8), F(7, 8), F(3, 10),
         F(7, 10)]


# ---------------------------------------------------------------- numbers
def valid_kind(v, kind):
    if v <= 0 or v >= 10 ** 7:
        return False
    if kind == "n":
        return v.denominator == 1
    if kind == "$":
        return (v * 100).denominator == 1
    if kind == "d":
        return dec_places(v, 3) is not None
    return True


def text_val(v, kind):
    """How a quantity is written in the problem statement."""
    if kind == "$":
        s = dec_str(v, 0 if v.denominator == 1 else 2, thousands=v >= 1000)
        return "$" + s
    if kind == "%":
        return dec_str(v * 100) + "%"
    if kind == "frac":
        return "%d/%d" % (v.numerator, v.denominator)
    return dec_str(v, None, thousands=v >= 1000)


# ---------------------------------------------------------------- params
def draw_param(spec, r, vals):
    t = spec[0]
    if spec.startswith("@"):
        kind, expr = spec[1:].split(":", 1)
        return F(eval(expr, {"F": F}, dict(vals))), kind
    body = spec[1:]
    step = None
    if "/" in body and t != "f":
        body, step = body.split("/")
    if t == "f":
        if body:
            choices = [F(x) for x in body.split(",")]
        else:
            choices = FRACS
        return r.choice(choices), "frac"
    lo, hi = body.split(":")
    if t == "i":
        st = int(step) if step else 1
        lo, hi = int(lo), int(hi)
        return F(r.randrange(lo, hi + 1, st)), "n"
    if t == "d":
        st = F(step) if step else F(1, 10)
        lo, hi = F(lo), F(hi)
        k = r.randint(0, int((hi - lo) / st))
        return lo + k * st, "d"
    if t in "cqm":
        st = {"c": F(1, 100), "q": F(1, 4), "m": F(1)}[t]
        if step:
            st = F(step)
        lo, hi = F(lo), F(hi)
        k = r.randint(0, int((hi - lo) / st))
        return lo + k * st, "$"
    if t == "p":
        st = int(step) if step else 1
        return F(r.randrange(int(lo), int(hi) + 1, st), 100), "%"
    raise ValueError(spec)


TOK = re.compile(r"[A-Za-z_]\w*|\d+(?:\.\d+)?|[-+*/]")


def parse_expr(expr):
    toks = TOK.findall(expr)
    operands, ops = [], []
    for i, t in enumerate(toks):
        if i % 2:
            ops.append(t)
        else:
            operands.append(t)
    assert len(operands) == len(ops) + 1, expr
    cls = {"+": 0, "-": 0, "*": 1, "/": 1}
    assert len({cls[o] for o in ops}) == 1, expr
    return operands, ops


def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b


def infer_kind(op0, kinds):
    if op0 in "+-":
        if "$" in kinds:
            return "$"
        return "d" if "d" in kinds else "n"
    if op0 == "*":
        if "$" in kinds:
            return "$"
        return "d" if "d" in kinds else "n"
    # division
    if kinds[0] == "$" and "$" not in kinds[1:]:
        return "$"
    return "d" if "d" in kinds else "n"


class Problem:
    pass


def instantiate(tpl, seed, k):
    tid = tpl["id"]
    for attempt in range(20000):
        r = random.Random("%s|%s|%d|%d" % (seed, tid, k, attempt))
        vals, kinds = {}, {}
        for item in tpl["spec"].split():
            name, spec = item.split("=", 1)
            v, kd = draw_param(spec, r, vals)
            vals[name], kinds[name] = v, kd
        if any(v <= 0 for v in vals.values()):
            continue
        if any(kinds[n] in ("n", "$", "d") and not valid_kind(vals[n], kinds[n]) for n in vals):
            continue
        if tpl["cond"] and not tpl["cond"](vals):
            continue
        nm, pr = NAMES[r.randrange(len(NAMES))]
        nm2 = NAMES[r.randrange(len(NAMES))][0]
        if nm2 == nm:
            continue
        he, his, him = PRON[pr]
        fmt = {n: text_val(vals[n], kinds[n]) for n in vals}
        fmt.update(name=nm, name2=nm2, he=he, his=his, him=him,
                   He=he.capitalize(), His=his.capitalize())
        steps = build_steps(tpl, vals, kinds, names=fmt)
        if steps is None:
            continue
        p = Problem()
        p.vals, p.kinds, p.steps, p.names = vals, kinds, steps, fmt
        p.text = tpl["text"].format(**fmt)
        p.key = tuple(sorted((n, vals[n]) for n in vals))
        return p
    raise RuntimeError("cannot instantiate " + tid)


def build_steps(tpl, vals, kinds, fault=None, names=None):
    """Evaluate steps.  fault = (step_index, wrong_value) makes the wrong value
    carried into all later steps.  Returns list of step dicts or None if some
    value is invalid."""
    env = {n: (vals[n], kinds[n]) for n in vals}
    out = []
    for i, (key, label, expr, kd) in enumerate(tpl["steps"]):
        onames, ops = parse_expr(expr)
        operands, refs = [], []
        for nmx in onames:
            if nmx in env:
                operands.append(env[nmx])
            else:
                operands.append((F(nmx), "d" if "." in nmx else "n"))
            refs.append(nmx)
        v = operands[0][0]
        for op, (b, _) in zip(ops, operands[1:]):
            v = apply(v, op, b)
        kind = kd or infer_kind(ops[0], [o[1] for o in operands])
        if fault is not None and fault[0] == i:
            v = fault[1]
        if fault is not None and i > fault[0] and kind == "n" and v.denominator != 1:
            kind = "d"  # a carried error can make a count non-integral
        if not valid_kind(v, kind):
            return None
        env[key] = (v, kind)
        out.append(dict(key=key, label=label.format(**names), operands=operands, ops=ops,
                        res=(v, kind), refs=refs, idx=i))
    return out


def ancestors_of_final(steps):
    need = {steps[-1]["key"]}
    for s in reversed(steps):
        if s["key"] in need:
            need.update(s["refs"])
    return [s["idx"] for s in steps[:-1] if s["key"] in need]


# ---------------------------------------------------------------- faults
def perturbations(step, r):
    v, kind = step["res"]
    cands = []
    if kind == "$":
        small = [F(1), F(-1), F(1, 10), F(-1, 10), F(1, 100), F(-1, 100), F(5, 100), F(-5, 100)]
        ten = [F(10), F(-10)]
    elif kind == "d":
        small = [F(1), F(-1), F(1, 2), F(-1, 2), F(1, 10), F(-1, 10)]
        ten = [F(10), F(-10)]
    else:
        small = [F(1), F(-1), F(2), F(-2), F(3), F(-3)]
        ten = [F(10), F(-10), F(100), F(-100)]
    r.shuffle(small)
    r.shuffle(ten)
    cands.append(("off_by_small", [v + d for d in small]))
    cands.append(("off_by_ten", [v + d for d in ten]))
    s = dec_str(v, 2 if kind == "$" else None)
    digs = [i for i, c in enumerate(s) if c.isdigit()]
    sw = []
    for a, b in zip(digs, digs[1:]):
        if s[a] != s[b]:
            t = list(s)
            t[a], t[b] = t[b], t[a]
            if t[0] != "0" or t[1:2] == ["."]:
                sw.append(F("".join(t)))
    r.shuffle(sw)
    cands.append(("digit_swap", sw))
    cands.append(("times_ten", [v * 10, v / 10] if r.random() < 0.5 else [v / 10, v * 10]))
    ops = step["ops"]
    wo = []
    if len(ops) == 1:
        a, b = step["operands"][0][0], step["operands"][1][0]
        others = [o for o in "+-*/" if o != ops[0]]
        r.shuffle(others)
        for o in others:
            if o == "/" and b == 0:
                continue
            wo.append(apply(a, o, b))
    cands.append(("wrong_operation", wo))
    r.shuffle(cands)
    return cands


def choose_fault(tpl, prob, r):
    steps = prob.steps
    idxs = ancestors_of_final(steps)
    r.shuffle(idxs)
    for i in idxs:
        st = steps[i]
        for kname, wl in perturbations(st, r):
            for w in wl:
                if w == st["res"][0] or not valid_kind(w, st["res"][1]):
                    continue
                carried = build_steps(tpl, prob.vals, prob.kinds, fault=(i, w), names=prob.names)
                if carried is None:
                    continue
                if carried[-1]["res"][0] == steps[-1]["res"][0]:
                    continue
                return i, w, kname, carried
    raise RuntimeError("no fault for " + tpl["id"])


# ---------------------------------------------------------------- assembly
def join_lines(lines):
    text, pos, spans = [], 0, {}
    for ln, tag in lines:
        tags = tag if isinstance(tag, tuple) else (tag,)
        for t in tags:
            if t is not None and t not in spans:
                spans[t] = [pos, pos + len(ln)]
        text.append(ln)
        pos += len(ln) + 1
    return "\n".join(text), spans


def make_loop(lines, steps, r):
    """Correct start, then a small group of lines repeated many times; the
    output is cut off mid-line (before any digit) as by a token limit."""
    comp_pos = [j for j, (ln, tag) in enumerate(lines)
                if tag is not None and min(tag if isinstance(tag, tuple) else (tag,)) < len(steps) - 1]
    end = r.choice(comp_pos)
    size = r.choice([1, 1, 2, 3])
    start = end
    while end - start + 1 < size and start > 0:
        start -= 1
    unit = lines[start:end + 1]
    # trim blank lines at edges of the unit
    while len(unit) > 1 and not unit[0][0].strip():
        unit = unit[1:]
    reps = r.randint(15, 24)
    head = lines[:end + 1]
    body = [(ln, None) for ln, _ in head]
    prefix_text = "\n".join(ln for ln, _ in body)
    loop_start = len(prefix_text) + 1
    unit_text = "\n".join(ln for ln, _ in unit)
    span = [loop_start, loop_start + len(unit_text)]
    text = prefix_text + ("\n" + unit_text) * reps
    # truncated final copy: cut before the first digit of the unit
    m = re.search(r"\d", unit_text)
    cut = m.start() if m else len(unit_text)
    if cut > 3:
        text += "\n" + unit_text[: r.randint(1, cut - 1)].rstrip()
    return text, span, reps, unit_text


def generate(seed):
    tids = [t["id"] for t in TEMPLATES]
    assert len(set(tids)) == len(tids)
    probs = []
    for tpl in TEMPLATES:
        seen = set()
        for k in range(4):
            kk = k
            while True:
                p = instantiate(tpl, seed, kk)
                if p.key not in seen:
                    break
                kk += 100
            seen.add(p.key)
            probs.append((tpl, k, p))
    names = styles.STYLE_NAMES
    assert len(probs) % len(names) == 0, (len(probs), len(names))
    pool = names * (len(probs) // len(names))
    random.Random("%s|style-assignment" % seed).shuffle(pool)
    rows = []
    for (tpl, k, p), sname in zip(probs, pool):
        pid = "%s-%d" % (tpl["id"], k)
        fr = random.Random("%s|%s|fault" % (seed, pid))
        fi, wrong, kname, carried = choose_fault(tpl, p, fr)
        render = styles.STYLES[sname]
        fmt_final = final_str(*p.steps[-1]["res"])

        def rend(steps, shown=None):
            wr = random.Random("%s|%s|words" % (seed, pid))
            return render(p, steps, wr, shown)

        base = dict(pid=pid, template=tpl["id"], category=tpl["cat"], style=sname, problem=p.text)
        lines = rend(p.steps)
        text, _ = join_lines(lines)
        rows.append(dict(base, variant="correct", solution=text, final=fmt_final))
        rk = p.steps[fi]["res"][1]
        right_s = dec_str(p.steps[fi]["res"][0], 2 if rk == "$" else None)
        wrong_s = dec_str(wrong, 2 if rk == "$" else None)
        # slip: wrong value shown at step fi only
        lines = rend(p.steps, shown={fi: wrong})
        text, spans = join_lines(lines)
        rows.append(dict(base, variant="slip", solution=text, final=fmt_final,
                         span=spans[fi], wrong=wrong_s, right=right_s,
                         step=p.steps[fi]["key"], kind=kname))
        lines = rend(carried)
        text, spans = join_lines(lines)
        rows.append(dict(base, variant="carry", solution=text,
                         final=final_str(*carried[-1]["res"]),
                         span=spans[fi], wrong=wrong_s, right=right_s,
                         step=p.steps[fi]["key"], kind=kname))
        lines = rend(p.steps)
        lr = random.Random("%s|%s|loop" % (seed, pid))
        text, span, reps, unit = make_loop(lines, p.steps, lr)
        rows.append(dict(base, variant="loop", solution=text, final=fmt_final,
                         span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="0")
    a = ap.parse_args()
    rows = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
