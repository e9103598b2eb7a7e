#!/usr/bin/env python3
"""Set 21 generator: GSM8K-style solutions in world-Englishes phrasing with seeded faults.

python3 gen.py --out set.jsonl [--seed 2026]
Standard library only; every random.Random is seeded with a string.
"""
import argparse
import json
import random
from fractions import Fraction as F

from styles import DP, STYLES, plain
from templates import all_templates

SETS = 4
KINDS = [("off_by", 35), ("wrong_op", 25), ("digit_swap", 20), ("times10", 10), ("div10", 10)]


def opf(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return a / b if b != 0 else None


def valid(v, unit):
    return v is not None and 0 < v < 10 ** 12 and (v * 10 ** DP[unit]).denominator == 1


def operand(x, vals):
    return F(x) if isinstance(x, int) else vals[x]


def evaluate(steps, givens, override=None):
    vals = dict(givens)
    for nm, op, a, b, unit, lab in steps:
        v = opf(op, operand(a, vals), operand(b, vals))
        if override and nm in override:
            v = override[nm]
        vals[nm] = v
    return vals


def steps_ok(steps, vals, start=0):
    return all(valid(vals[s[0]], s[4]) for s in steps[start:])


def check_family(fam):
    steps = fam["steps"]
    names = [s[0] for s in steps]
    for i, s in enumerate(steps[:-1]):
        used = any(s[0] in (t[2], t[3]) for t in steps[i + 1:])
        assert used, (fam["name"], s[0])
    assert 2 <= len(steps) <= 5
    assert len(set(names)) == len(names)


class Fmt(dict):
    def __missing__(self, k):
        raise KeyError(k)


def unit_of(x, fam):
    if isinstance(x, int):
        return "count"
    if x in fam["givens"]:
        return fam["givens"][x][0]
    return [s for s in fam["steps"] if s[0] == x][0][4]


def build_problem(seed, tid, fam, ctx, si, seen):
    pid = "{}-{}".format(tid, si)
    rs = random.Random("{}|style|{}".format(seed, pid))
    style = rs.choices(STYLES, weights=[s.weight for s in STYLES])[0]
    name, g = rs.choice(style.names)
    person = dict(N=name, he="he" if g == "m" else "she", He="He" if g == "m" else "She",
                  his="his" if g == "m" else "her", His="His" if g == "m" else "Her",
                  him="him" if g == "m" else "her")
    voice = style.voice(random.Random("{}|voice|{}".format(seed, pid)))
    rg = random.Random("{}|nums|{}".format(seed, pid))
    for _ in range(2000):
        raw = fam["gen"](rg, ctx)
        givens = {}
        for k, v in raw.items():
            v = F(v)
            if fam["givens"][k][0] == "money":
                v *= style.scale
            givens[k] = v
        key = tuple(sorted((k, str(v)) for k, v in givens.items()))
        if key in seen:
            continue
        if not all(valid(givens[k], fam["givens"][k][0]) for k in givens):
            continue
        vals = evaluate(fam["steps"], givens)
        if steps_ok(fam["steps"], vals):
            seen.append(key)
            break
    else:
        raise RuntimeError("no numbers for " + pid)
    fmt = Fmt(ctx)
    fmt.update(person)
    labels = [s[5].format(**fmt) for s in fam["steps"]]
    pfmt = Fmt(fmt)
    for k, v in givens.items():
        pfmt[k] = style.pval(v, fam["givens"][k][0], voice)
    problem = fam["problem"].format(**pfmt)
    glist = [(fam["givens"][k][1].format(**fmt), v, fam["givens"][k][0]) for k, v in givens.items()]
    header = style.header(glist, labels[-1], voice, random.Random("{}|head|{}".format(seed, pid)))
    return dict(pid=pid, tid=tid, fam=fam, style=style, voice=voice, givens=givens, vals=vals,
                labels=labels, problem=problem, header=header, seed=seed)


def render(P, vals, disp=None):
    st, fam, voice = P["style"], P["fam"], P["voice"]
    lines = list(P["header"])
    chunks, resl = [], []
    for i, (nm, op, a, b, unit, lab) in enumerate(fam["steps"]):
        r = random.Random("{}|w|{}|{}".format(P["seed"], P["pid"], i))
        tmpl = r.choice(st.ops[op])
        cv = disp[nm] if (disp and nm in disp) else vals[nm]
        expr = tmpl.format(a=st.num(operand(a, vals), unit_of(a, fam)), b=st.num(operand(b, vals), unit_of(b, fam)),
                           c=st.res(cv, unit, voice))
        sl, idx = st.step(i + 1, P["labels"][i], expr, voice, r)
        start = len(lines)
        lines += sl
        resl.append(start + idx)
        if st.sep:
            lines.append("")
        chunks.append((start, len(lines)))
    last = fam["steps"][-1]
    ans = st.answer(st.res(vals[last[0]], last[4], voice), P["labels"][-1], voice,
                    random.Random("{}|ans|{}".format(P["seed"], P["pid"])))
    return lines, chunks, resl, lines + ans


def line_span(lines, j):
    start = sum(len(l) + 1 for l in lines[:j])
    return [start, start + len(lines[j])]


def candidates(kind, op, av, bv, right, unit):
    out = []
    if kind == "off_by":
        ds = [1, -1, 2, -2, 3, -3, 10, -10] if right.denominator == 1 else [F(1, 10), F(-1, 10), F(1, 100), F(-1, 100)]
        out = [right + d for d in ds]
    elif kind == "wrong_op":
        out = [opf(o, av, bv) for o in "+-*/" if o != op]
    elif kind == "digit_swap":
        dp = 2 if (unit == "money" and right.denominator != 1) else len(plain(right).partition(".")[2])
        s = str(int(right * 10 ** dp))
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] == "0" and len(t) - dp > 1:
                    continue
                out.append(F(int(t), 10 ** dp))
    elif kind == "times10":
        out = [right * 10]
    elif kind == "div10":
        out = [right / 10]
    res = []
    for w in out:
        if w is not None and w != right and valid(w, unit) and w not in res:
            res.append(w)
    return res


def pick_fault(r, P, allowed, carry):
    fam, vals, steps = P["fam"], P["vals"], P["fam"]["steps"]
    order = list(allowed)
    r.shuffle(order)
    final = vals[steps[-1][0]]
    for si in order:
        nm, op, a, b, unit, lab = steps[si]
        avail = []
        for kind, w in KINDS:
            cs = candidates(kind, op, operand(a, vals), operand(b, vals), vals[nm], unit)
            if carry:
                ok = []
                for c in cs:
                    v2 = evaluate(steps, P["givens"], {nm: c})
                    if steps_ok(steps, v2, si + 1) and v2[steps[-1][0]] != final:
                        ok.append(c)
                cs = ok
            if cs:
                avail.append((kind, w, cs))
        if avail:
            kind, _, cs = r.choices(avail, weights=[x[1] for x in avail])[0]
            return si, kind, r.choice(cs)
    return None


def rows_for(P):
    fam, steps, vals = P["fam"], P["fam"]["steps"], P["vals"]
    lines, chunks, resl, full = render(P, vals)
    base = dict(pid=P["pid"], template=P["tid"], style=P["style"].name, problem=P["problem"])
    final = plain(vals[steps[-1][0]])
    out = []
    row = dict(base, variant="correct", solution="\n".join(full), final=final)
    out.append(row)
    # slip
    r = random.Random("{}|slip|{}".format(P["seed"], P["pid"]))
    f = pick_fault(r, P, range(len(steps) - 1), False)
    if f is None:
        raise RuntimeError("no slip " + P["pid"])
    si, kind, w = f
    _, _, _, sfull = render(P, vals, {steps[si][0]: w})
    out.append(dict(base, variant="slip", solution="\n".join(sfull), final=final,
                    span=line_span(sfull, resl[si]), wrong=plain(w), right=plain(vals[steps[si][0]]),
                    step=steps[si][0], kind=kind))
    # carry
    r = random.Random("{}|carry|{}".format(P["seed"], P["pid"]))
    f = pick_fault(r, P, range(len(steps)), True)
    if f is None:
        raise RuntimeError("no carry " + P["pid"])
    si, kind, w = f
    v2 = evaluate(steps, P["givens"], {steps[si][0]: w})
    _, _, cresl, cfull = render(P, v2)
    out.append(dict(base, variant="carry", solution="\n".join(cfull), final=plain(v2[steps[-1][0]]),
                    span=line_span(cfull, cresl[si]), wrong=plain(w), right=plain(vals[steps[si][0]]),
                    step=steps[si][0], kind=kind, correct_final=final))
    # loop
    r = random.Random("{}|loop|{}".format(P["seed"], P["pid"]))
    k = r.randint(1, len(steps) - 1)             # loop after step k (1-based), never the final step
    nb = r.choice([1, 2]) if k >= 2 else 1
    reps = r.randint(15, 22)
    want_cut = r.random() < 0.5
    cutr = r.random()
    prefix = lines[:chunks[k - 1][1]]
    block = lines[chunks[k - nb][0]:chunks[k - 1][1]]
    body = prefix + block * reps
    first = block[0]
    dpos = next((i for i, ch in enumerate(first) if ch.isdigit()), len(first))
    if want_cut and dpos >= 4:
        cut = 3 + int(cutr * (dpos - 3))
        cut = min(max(cut, 3), dpos, len(first) - 1)
        body.append(first[:cut])
    out.append(dict(base, variant="loop", solution="\n".join(body), final=None,
                    span=line_span(body, len(prefix)), repeats=reps, period_lines=len(block)))
    return out


def generate(seed):
    rows = []
    for tid, fam, ctx in all_templates():
        check_family(fam)
        seen = []
        for si in range(SETS):
            P = build_problem(seed, tid, fam, ctx, si, seen)
            rows.extend(rows_for(P))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--seed", default="2026")
    a = ap.parse_args()
    rows = generate(str(a.seed))
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote {} rows to {}".format(len(rows), a.out))


if __name__ == "__main__":
    main()
