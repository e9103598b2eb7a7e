#!/usr/bin/env python3
"""Generate the evaluation set.

    python3 gen.py --out set.jsonl [--seed N]      (default seed 2026)

Every random.Random is seeded with a string, and nothing iterates a set, so
the output is byte-identical for a seed whatever PYTHONHASHSEED is.
"""
import argparse
import json
import random
import re
import sys
from fractions import Fraction

from core import NAMES, pron, plain, commas, valid, num_word, frac_word
from styles import STYLES, Ctx, numstr, singular
import templates

NSETS = 4
MAX_ATTEMPTS = 4000
KIND_WEIGHTS = [("off_by", 35), ("wrong_op", 25), ("digit_swap", 20), ("times10", 10), ("div10", 10)]


# ------------------------------------------------------------------ problem text
def money_txt(v):
    s = plain(v) if v.denominator == 1 else "%s" % numstr_fixed2(v)
    if v >= 1000:
        s = commas(s)
    return "$" + s


def numstr_fixed2(v):
    from core import fixed
    return fixed(v, 2)


def problem_text(tpl, pv, who, who2):
    d = {}
    for k, spec in tpl.params.items():
        v = pv[k]
        if spec.kind == "m":
            d[k] = money_txt(v)
        elif spec.kind == "p":
            d[k] = plain(v)          # templates write the % sign themselves
        elif spec.kind == "f":
            d[k] = "%d/%d" % (v.numerator, v.denominator)
            d[k + "_w"] = frac_word(v)
        else:
            s = plain(v)
            d[k] = commas(s) if v >= 10000 else s
            d[k + "_w"] = num_word(v)
    d.update(pron(who[1]))
    d["name"] = who[0]
    d["name2"] = who2[0]
    text = tpl.text.format(**d)
    text = re.sub(r"(^|[.?!]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    text = re.sub(r"(?<![\d.,$])1 ([a-z]+s)\b", lambda m: "1 " + singular(m.group(1)), text)
    return text


# ------------------------------------------------------------------ styles by quota
def assign_styles(nprob, seed):
    names = list(STYLES)
    tot = sum(STYLES[n][0] for n in names)
    exact = [(Fraction(nprob * STYLES[n][0], tot), n) for n in names]
    counts = {n: int(q) for q, n in exact}
    left = nprob - sum(counts.values())
    order = sorted(range(len(names)), key=lambda k: (-(exact[k][0] - int(exact[k][0])), k))
    for k in order[:left]:
        counts[names[k]] += 1
    pool = []
    for n in names:
        pool += [n] * counts[n]
    random.Random("%s|styles" % seed).shuffle(pool)
    return pool, counts


# ------------------------------------------------------------------ rendering
def render(tpl, pv, who, opv, resv, sname, seed, pid, problem):
    _, fn, plan, _ = STYLES[sname]
    rng = random.Random("%s|style|%s" % (seed, pid))
    fmt = plan(rng)
    c = Ctx(tpl, pv, who, opv, resv, fmt, rng, problem)
    fn(c)
    return c


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


# ------------------------------------------------------------------ faults
def fault_candidates(tpl, vals, i, fmt):
    st = tpl.steps[i]
    r = vals[st.name]
    k = st.kind
    wr = numstr(fmt, r, k, False)
    out = {}
    if r.denominator == 1:
        deltas = [Fraction(1), Fraction(2), Fraction(3), Fraction(10)]
    elif "." in wr and len(wr.split(".")[1]) >= 2:
        deltas = [Fraction(1, 10), Fraction(1, 100)]
    else:
        deltas = [Fraction(1, 10)]      # 5.5 -> 5.6 / 5.4 (a 0.01 slip would look unnatural)
    out["off_by"] = [r + s * d for d in deltas for s in (1, -1)]
    ds = []
    for p in range(len(wr) - 1):
        a, b = wr[p], wr[p + 1]
        if a.isdigit() and b.isdigit() and a != b:
            s2 = wr[:p] + b + a + wr[p + 2:]
            if s2[0] == "0" and len(s2) > 1 and s2[1] != ".":
                continue
            v = Fraction(s2)
            if numstr(fmt, v, k, False) == s2:
                ds.append(v)
    out["digit_swap"] = ds
    out["times10"] = [r * 10]
    out["div10"] = [r / 10]
    wo = []
    if st.op in ("add", "sub", "mul", "div") and len(st.args) == 2:
        a, b = (tpl.arg_value(x, vals) for x in st.args)
        alts = [("add", a + b), ("sub", a - b), ("mul", a * b), ("div", a / b if b else None)]
        wo = [v for o, v in alts if o != st.op and v is not None]
    out["wrong_op"] = wo
    for kk in out:
        keep = []
        for v in out[kk]:
            if valid(v, k) and v != r and numstr(fmt, v, k, False) != wr and v not in keep:
                keep.append(v)
        out[kk] = keep
    return out


def choose_fault(tpl, pv, vals, fmt, rng, carry):
    n = len(tpl.steps)
    last = tpl.steps[-1]
    cand_steps = [i for i in range(n - 1) if tpl.feeds(i)]
    rng.shuffle(cand_steps)
    for i in cand_steps:
        cands = fault_candidates(tpl, vals, i, fmt)
        if carry:
            for kk in cands:
                keep = []
                for w in cands[kk]:
                    nv = tpl.evaluate(pv, override=(i, w))
                    if nv is None:
                        continue
                    if numstr(fmt, nv[last.name], last.kind, False) == numstr(fmt, vals[last.name], last.kind, False):
                        continue
                    keep.append(w)
                cands[kk] = keep
        kinds = [(kk, wt) for kk, wt in KIND_WEIGHTS if cands[kk]]
        if not kinds:
            continue
        tot = sum(wt for _, wt in kinds)
        x = rng.random() * tot
        kind = kinds[-1][0]
        for kk, wt in kinds:
            x -= wt
            if x < 0:
                kind = kk
                break
        w = cands[kind][rng.randrange(len(cands[kind]))]
        return i, kind, w
    return None


# ------------------------------------------------------------------ loops
def loop_variant(c, rng):
    lines = [l[0] for l in c.lines]
    owners = [l[1] for l in c.lines]
    n = c.n
    start, end = {}, {}
    for idx, ow in enumerate(owners):
        for s in ow:
            start.setdefault(s, idx)
            end[s] = idx
    opts = []
    for k in range(n - 1):
        if not start[k + 1] > end[k]:
            continue
        for j in (1, 2):
            f = k - j + 1
            if f < 0:
                continue
            if f > 0 and not end[f - 1] < start[f]:
                continue
            opts.append((k, j))
    if not opts:
        return None
    k, j = opts[rng.randrange(len(opts))]
    b0 = start[k - j + 1]
    b1 = start[k + 1]
    block = lines[b0:b1]
    repeats = rng.randint(15, 22)
    want_cut = rng.random() < 0.62
    prefix = lines[:b1]
    out = prefix + block * repeats
    cut = None
    if want_cut:
        first = block[0]
        m = re.search(r"\d", first)
        region = first[: m.start()] if m else first[: max(1, len(first) // 2)]
        ends = [mm.end() for mm in re.finditer(r"[A-Za-z][A-Za-z'\-]*", region)]
        ends = [e for e in ends if e < len(first)]
        if ends:
            e = ends[rng.randrange(len(ends))]
            cut = first[:e]
            if re.search(r"\d", cut) or not re.search(r"[A-Za-z]", cut):
                cut = None
    if cut:
        out.append(cut)
    text = "\n".join(out)
    span = line_span(out, b1)
    return text, span, repeats, len(block), cut is not None


# ------------------------------------------------------------------ main build
def build(seed):
    tpls = templates.ALL
    probs = [(t, s) for t in tpls for s in range(NSETS)]
    pool, counts = assign_styles(len(probs), seed)
    rows = []
    for (tpl, sidx), sname in zip(probs, pool):
        pid = "%s-%d" % (tpl.id, sidx + 1)
        seen = set(r["problem"] for r in rows[-4 * NSETS:] if r["template"] == tpl.id)
        made = None
        for attempt in range(MAX_ATTEMPTS):
            rng = random.Random("%s|%s|%d|%d" % (seed, tpl.id, sidx, attempt))
            pv = tpl.draw(rng)
            if pv is None:
                continue
            vals = tpl.evaluate(pv)
            if vals is None:
                continue
            gi = rng.randrange(len(NAMES))
            who = NAMES[gi]
            who2 = NAMES[(gi + 1 + rng.randrange(len(NAMES) - 1)) % len(NAMES)]
            problem = problem_text(tpl, pv, who, who2)
            if problem in seen:
                continue
            made = try_problem(tpl, pv, vals, who, problem, sname, seed, pid)
            if made is not None:
                break
        if made is None:
            raise SystemExit("could not instantiate %s" % pid)
        rows.extend(made)
    return rows, counts


def try_problem(tpl, pv, vals, who, problem, sname, seed, pid):
    base = {"pid": pid, "template": tpl.id, "style": sname, "problem": problem}
    cc = render(tpl, pv, who, vals, vals, sname, seed, pid, problem)
    ctext = cc.text()
    clines = ctext.split("\n")
    final = cc.FIN
    fmt = cc.fmt
    last = tpl.steps[-1]
    out = []
    out.append(dict(base, variant="correct", solution=ctext, final=final))

    # slip
    frng = random.Random("%s|slip|%s" % (seed, pid))
    f = choose_fault(tpl, pv, vals, fmt, frng, carry=False)
    if f is None:
        return None
    i, kind, w = f
    resv = dict(vals)
    resv[tpl.steps[i].name] = w
    sc = render(tpl, pv, who, vals, resv, sname, seed, pid, problem)
    slines = sc.text().split("\n")
    ridx = [k for k, l in enumerate(sc.lines) if i in l[2]]
    assert len(ridx) == 1, (pid, "res line")
    ridx = ridx[0]
    diff = [k for k in range(max(len(slines), len(clines)))
            if k >= len(slines) or k >= len(clines) or slines[k] != clines[k]]
    assert diff == [ridx], (pid, diff, ridx)
    st = tpl.steps[i]
    out.append(dict(base, variant="slip", solution=sc.text(), final=final, span=line_span(slines, ridx),
                    wrong=numstr(fmt, w, st.kind, False), right=numstr(fmt, vals[st.name], st.kind, False),
                    step=st.name, kind=kind))

    # carry
    frng = random.Random("%s|carry|%s" % (seed, pid))
    f = choose_fault(tpl, pv, vals, fmt, frng, carry=True)
    if f is None:
        return None
    i, kind, w = f
    nv = tpl.evaluate(pv, override=(i, w))
    kc = render(tpl, pv, who, nv, nv, sname, seed, pid, problem)
    klines = kc.text().split("\n")
    ridx = [k for k, l in enumerate(kc.lines) if i in l[2]]
    assert len(ridx) == 1
    ridx = ridx[0]
    assert klines[:ridx] == clines[:ridx], pid
    assert klines[ridx] != clines[ridx], pid
    st = tpl.steps[i]
    assert kc.FIN != final
    out.append(dict(base, variant="carry", solution=kc.text(), final=kc.FIN, span=line_span(klines, ridx),
                    wrong=numstr(fmt, w, st.kind, False), right=numstr(fmt, vals[st.name], st.kind, False),
                    step=st.name, kind=kind, correct_final=final))

    # loop
    lrng = random.Random("%s|loop|%s" % (seed, pid))
    lp = loop_variant(cc, lrng)
    if lp is None:
        return None
    text, span, repeats, period, _ = lp
    out.append(dict(base, variant="loop", solution=text, final=None, span=span, repeats=repeats,
                    period_lines=period))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args(argv)
    rows, counts = build(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    sys.stderr.write("%d rows, %d problems\n" % (len(rows), len(rows) // 4))


if __name__ == "__main__":
    main()
