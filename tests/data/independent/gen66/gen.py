#!/usr/bin/env python3
"""Generate a held-out set of utility-bill worked solutions with four variants
per problem: correct, slip, carry, loop.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs."""
import argparse
import json
import os
import random
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import (STYLES, Builder, SOPEN, SCLOSE, q, ndp, final_str, ev)  # noqa: E402
from structs import STRUCTS  # noqa: E402

NUMSETS = 4


# ------------------------------------------------------------ faulty values
def _digits_variants(val, dp, rng):
    """Yield (kind, Decimal) candidates from digit-level slips."""
    neg = val < 0
    s = format(abs(val), ".%df" % dp)
    ip, _, fp = s.partition(".")
    digs = ip + fp
    out = []

    def mk(ip2, fp2):
        if not ip2 or (len(ip2) > 1 and ip2[0] == "0"):
            return None
        x = D(ip2 + ("." + fp2 if fp2 else ""))
        return -x if neg else x
    # transposition of two adjacent different digits
    pos = [i for i in range(len(digs) - 1) if digs[i] != digs[i + 1]]
    if pos:
        i = rng.choice(pos)
        d2 = digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:]
        x = mk(d2[:len(ip)], d2[len(ip):])
        if x is not None:
            out.append(("transposed_digits", x))
    if len(ip) >= 2:
        i = rng.randrange(len(ip))
        x = mk(ip[:i] + ip[i + 1:], fp)
        if x is not None:
            out.append(("dropped_digit", x))
    i = rng.randrange(len(ip))
    x = mk(ip[:i] + ip[i] + ip[i:], fp)
    if x is not None and ip != "0":
        out.append(("doubled_digit", x))
    return out


def wrong_op_value(expr, dp):
    from core import Num
    if isinstance(expr, Num):
        return None
    op = expr[0]
    if op == "-":
        return ev(expr[1]) + ev(expr[2])
    if op == "*" and len(expr[1]) == 2:
        a, b = ev(expr[1][0]), ev(expr[1][1])
        if a < 1 or b < 1 or a > 100 or b > 100:
            return None
        return a + b
    if op == "/":
        return ev(expr[1]) * ev(expr[2])
    if op == "%":
        return ev(expr[1]) * ev(expr[2])          # forgot to divide by 100
    if op == "+" and len(expr[1]) == 2:
        a, b = ev(expr[1][0]), ev(expr[1][1])
        return a - b if a > b else None
    return None


def dropped_term_value(expr):
    from core import Num
    if isinstance(expr, Num) or expr[0] not in ("+",) or len(expr[1]) < 3:
        return None
    return ev(("+", expr[1][:-1]))


def candidates(rec, rng):
    val, dp, exact = rec["val"], rec["dp"], rec["exact"]
    unit = D(1)
    cands = []
    cands.append(("off_by_one", val + unit))
    if val - unit > 0 or val < 0:
        cands.append(("off_by_one", val - unit))
    if dp > 0:
        last = D(1).scaleb(-dp)
        cands.append(("last_digit_off", val + last * rng.choice([1, -1, 2])))
    if abs(val) >= 10:
        cands.append(("off_by_ten", val + (10 if rng.random() < .5 else -10)))
    cands += _digits_variants(val, dp, rng)
    w = wrong_op_value(rec["expr"], dp)
    if w is not None:
        cands.append(("wrong_operation", q(w, dp)))
    w = dropped_term_value(rec["expr"])
    if w is not None:
        cands.append(("dropped_term", q(w, dp)))
    if dp > 0 and val != 0:
        cands.append(("decimal_shift", val * 10))
        sh = val / 10
        if ndp(sh) <= dp:
            cands.append(("decimal_shift", q(sh, dp)))
    if val < 0:
        cands.append(("sign_dropped", -val))
    tol = D(1).scaleb(-dp) / 2
    good = []
    seen = set()
    for kind, x in cands:
        x = q(x, dp)
        if x == val or abs(x - exact) <= tol:
            continue
        if val >= 0 and x < 0:
            continue
        if val < 0 and x > 0 and kind != "sign_dropped":
            continue
        if x == 0:
            continue
        key = (kind, x)
        if key in seen:
            continue
        seen.add(key)
        good.append((kind, x))
    # weighted random order: common slips first more often
    keyed = [(rng.random() ** (1.0 / WEIGHTS[k]), i) for i, (k, x) in enumerate(good)]
    keyed.sort(reverse=True)
    return [good[i] for _, i in keyed]


WEIGHTS = {"off_by_one": 1.0, "last_digit_off": 0.8, "off_by_ten": 1.0, "transposed_digits": 1.2,
           "dropped_digit": 0.6, "doubled_digit": 0.5, "wrong_operation": 0.6,
           "dropped_term": 0.7, "decimal_shift": 0.5, "sign_dropped": 3.0}


# ---------------------------------------------------------------- running
def run(struct, style, P, pid, mode="correct", step=None, wrong=None):
    name, pf, tf, bf, nph = struct
    X = Builder(style, random.Random("render|" + pid), mode, step, wrong)
    fin = bf(P, X)
    return X, fin


def span_of(text):
    i = text.index(SOPEN)
    s = text.rfind("\n", 0, i) + 1
    e = text.find("\n", i)
    if e < 0:
        e = len(text)
    clean = text.replace(SOPEN, "").replace(SCLOSE, "")
    return clean, [s, e - 2]


def signs(recs):
    return [(r["val"] > 0) - (r["val"] < 0) for r in recs]


def make_fault(struct, style, P, pid, X0, fin0, mode):
    rng = random.Random("fault|%s|%s" % (mode, pid))
    recs = X0.recs
    if mode == "carry":
        steps = [r["step"] for r in recs if r["step"] in fin0.deps and not r["check"]]
    else:
        steps = [r["step"] for r in recs]
    rng.shuffle(steps)
    # slips prefer computational steps with some weight; keep order random
    for st in steps:
        rec = recs[st - 1]
        for kind, w in candidates(rec, rng):
            X, fin = run(struct, style, P, pid, mode, st, w)
            text = X.text()
            if SOPEN not in text:
                continue
            if len(X.recs) != len(recs):
                continue
            if mode == "slip":
                if fin.v != fin0.v:
                    continue
            else:
                if fin.v == fin0.v:
                    continue
                sg0, sg1 = signs(recs), signs(X.recs)
                if any(a != b for a, b in zip(sg0, sg1)):
                    continue
                # stay within the same branch structure (same titles/step count)
                if text.count("\n") - X0.text().count("\n") not in (0,):
                    continue
            clean, span = span_of(text)
            return dict(solution=clean, span=span, wrong=format(w, ".%df" % rec["dp"]),
                        right=format(rec["val"], ".%df" % rec["dp"]), step=st, kind=kind,
                        final_shown=final_str(fin.v))
    raise RuntimeError("no fault for %s %s" % (pid, mode))


def make_loop(text, pid):
    rng = random.Random("loop|" + pid)
    lines = text.split("\n")
    n = len(lines)
    # last lines hold the answer; never loop on them
    stop = max(i for i, l in enumerate(lines) if l.startswith("#### "))
    body_end = stop - 1
    while body_end > 0 and lines[body_end - 1] == "":
        body_end -= 1
    # drop the final-answer sentence too
    body_end -= 1
    opts = []
    for i in range(1, body_end):
        if not lines[i].strip() or lines[i].startswith("#### "):
            continue
        for s in (1, 2, 3):
            if i + s > body_end:
                break
            blk = lines[i:i + s]
            if not any(ch.isdigit() for ch in "".join(blk)):
                continue
            if blk[-1] == "```" or blk[0] == "```":
                continue
            opts.append((i, s))
    # prefer later positions (model has started correctly)
    later = [o for o in opts if o[0] >= n // 4] or opts
    i, s = rng.choice(later)
    blk = lines[i:i + s]
    if s < 3 and i + s < n and lines[i + s] == "" and rng.random() < .6:
        blk = blk + [""]
    unit = "\n".join(blk) + "\n"
    reps = rng.randint(8, 30)
    pre = "\n".join(lines[:i]) + "\n"
    sol = pre + unit * reps
    if rng.random() < .5:
        cut = rng.randint(1, max(1, len(unit) - 2))
        sol += unit[:cut]
    start = len(pre) + len(unit)
    return dict(solution=sol.rstrip("\n") if False else sol, span=[start, start + len(unit)],
                repeats=reps)


def generate():
    rows = []
    for si, struct in enumerate(STRUCTS):
        name, pf, tf, bf, nph = struct
        for k, style in enumerate(STYLES):
            tpl = "%s-%d" % (name, k)
            for j in range(NUMSETS):
                pid = "%s-%d-%d" % (name, k, j)
                P = pf(random.Random("num|%s|%d|%d" % (name, k, j)))
                problem = tf(P, k % nph)
                X0, fin0 = run(struct, style, P, pid)
                text = X0.text()
                final = final_str(fin0.v)
                base = dict(pid=pid, template=tpl, style=style.name, problem=problem)
                rows.append(dict(base, variant="correct", solution=text, final=final))
                for mode in ("slip", "carry"):
                    f = make_fault(struct, style, P, pid, X0, fin0, mode)
                    rows.append(dict(base, variant=mode, solution=f["solution"], final=final,
                                     span=f["span"], wrong=f["wrong"], right=f["right"],
                                     step=f["step"], kind=f["kind"]))
                lp = make_loop(text, pid)
                rows.append(dict(base, variant="loop", solution=lp["solution"], final=final,
                                 span=lp["span"], repeats=lp["repeats"]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = generate()
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
