#!/usr/bin/env python3
"""Generate a held-out set of worked solutions (grade-school number theory, patterns, number sense).

Usage: python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import Builder, Invalid, dec_str, comma, Hole, Bin, Num, Par, render, ev  # noqa: E402
from styles import STYLES, NOTATIONS, render_solution  # noqa: E402
import kinds_a  # noqa: E402
import kinds_b  # noqa: E402,F401
import kinds_c  # noqa: E402,F401
from kinds_a import KINDS, ordinal  # noqa: E402

SETS = 4
TAG_KEYS = ["ask", "m", "r", "dec", "k", "typ", "given", "frm1", "order", "mode", "pat", "shift"]


def tag_of(ph):
    parts = []
    for k in TAG_KEYS:
        if k in ph:
            v = ph[k]
            if isinstance(v, bool):
                v = int(v)
            parts.append(k + "=" + str(v))
    return ",".join(parts) if parts else "base"


def get_params(kd, ph, rng):
    if "params_fn" in kd:
        return kd["params_fn"](rng, ph)
    for key in kd:
        if key.startswith("params_by_"):
            f = key[len("params_by_"):]
            return kd[key][ph.get(f, False)](rng)
    return kd["params"](rng)


def q_fields(kd, P, ph, rng):
    F = {}
    for k, v in P.items():
        if isinstance(v, int) and not isinstance(v, bool):
            F[k] = comma(v) if abs(v) >= 1000 else str(v)
    name = kd["name"]
    if "n" in P:
        F["nth"] = ordinal(P["n"])
    if "k" in P:
        F["kth"] = ordinal(P["k"])
        F["km1th"] = ordinal(P["k"] - 1)
    if name in ("seq_nth", "seq_which"):
        ts = P["t"]
        F["S"] = ", ".join(str(x) for x in ts)
        for i, x in enumerate(ts):
            F["t" + str(i)] = str(x)
        if name == "seq_which":
            F["X"] = comma(P["X"])
    if name == "div_count":
        F["L"] = kinds_a.and_list([comma(x) for x in P["ns"]])
        F["m"] = str(ph["m"])
    if name == "missing_digit":
        F["B"] = kinds_b.blank_num(P, "_")
    if name == "order_ops":
        nt = dict(rng.choice([dict(mul="×", div="÷", pow="caret", minus="−"),
                              dict(mul="×", div="÷", pow="sup", minus="−"),
                              dict(mul="*", div="/", pow="caret", minus="-"),
                              dict(mul="x", div="÷", pow="caret", minus="-")]), sqrt="√", sep="")
        F["E"] = render(P["e"], nt)
    if name == "expanded":
        nt = dict(rng.choice([dict(mul="×", pow="sup"), dict(mul="×", pow="caret"), dict(mul="x", pow="caret")]),
                  div="÷", minus="−", sqrt="√", sep="")
        F["X"] = kinds_c.expanded_q(P, ph["mode"], nt)
    for k in ("a", "c", "p", "q", "x", "y", "z", "g", "l", "T", "N", "A", "B", "e", "d"):
        if k in P and isinstance(P[k], int) and k not in F:
            F[k] = comma(P[k]) if P[k] >= 1000 else str(P[k])
    return F


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def fmt_q(s, F):
    return s.format_map(SafeDict(F))


# ----------------------------------------------------------------------------
# slips
# ----------------------------------------------------------------------------
def _digits_variants(v, rng):
    s = str(v)
    out = []
    if len(s) >= 2:
        idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
        if idx:
            i = rng.choice(idx)
            w = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not w.startswith("0"):
                out.append(("digit_swap", int(w)))
    if len(s) >= 3:
        i = rng.randrange(1, len(s))
        w = s[:i] + s[i + 1:]
        out.append(("digit_drop", int(w)))
    if len(s) >= 2:
        i = rng.randrange(len(s))
        w = s[:i] + s[i] + s[i:]
        out.append(("digit_double", int(w)))
    return out


def slip_candidates(right, e, rng):
    right = Fraction(right)
    c = []
    if right.denominator != 1:
        c.append(("decimal_shift", right * 10))
        c.append(("decimal_shift", right / 10))
        c.append(("off_by_one", right + 1))
        return c
    v = int(right)
    for d in (1, -1):
        c.append(("off_by_one", v + d))
    if abs(v) >= 15:
        c.append(("off_by_ten", v + rng.choice([10, -10])))
    if abs(v) >= 150:
        c.append(("off_by_hundred", v + rng.choice([100, -100])))
    if v > 0:
        for k, w in _digits_variants(v, rng):
            c.append((k, w))
    if isinstance(e, Bin) and isinstance(e.a, Num) and isinstance(e.b, Num) and not e.imp:
        a, b = e.a.v, e.b.v
        if e.op == "*":
            c.append(("wrong_op", a + b))
            if 2 <= a <= 12 and 2 <= b <= 12:
                c.append(("times_table", a * (b + rng.choice([1, -1]))))
                c.append(("times_table", (a + rng.choice([1, -1])) * b))
        elif e.op == "+":
            c.append(("wrong_op", a * b) if a * b < 10 * (a + b) else ("off_by_one", a + b + 2))
            c.append(("carry_slip", a + b - 10) if a + b >= 20 else ("off_by_one", a + b - 2))
        elif e.op == "-":
            c.append(("wrong_op", a + b))
            if a - b > 10:
                c.append(("borrow_slip", a - b + 10))
        elif e.op == "/":
            if b != 0:
                c.append(("wrong_op", a - b))
                c.append(("off_by_one", a / b + rng.choice([1, -1])))
        elif e.op == "^":
            c.append(("pow_as_mul", a * b))
            c.append(("pow_off", a ** (int(b) - 1) if b > 1 else a + 1))
    out = []
    for k, w in c:
        w = Fraction(w)
        if w == right or w < 0 or w.denominator != 1 and right.denominator == 1:
            continue
        if right > 0 and w == 0:
            continue
        out.append((k, w))
    return out


def choose_wrong(right, e, rng):
    cands = slip_candidates(right, e, rng)
    if not cands:
        return None
    weights = {"off_by_one": 1.2, "off_by_ten": 2, "off_by_hundred": 1, "digit_swap": 2, "digit_drop": 1,
               "digit_double": 1, "wrong_op": 1.5, "times_table": 3, "carry_slip": 2, "borrow_slip": 2,
               "pow_as_mul": 3, "pow_off": 1, "decimal_shift": 2}
    tot = sum(weights[k] for k, _ in cands)
    x = rng.random() * tot
    for k, w in cands:
        x -= weights[k]
        if x <= 0:
            return k, w
    return cands[-1]


# ----------------------------------------------------------------------------
def run(kd, P, ph, F, seed, fault=None):
    b = Builder(random.Random(seed), fault)
    v = kd["solve"](b, P, ph_fmt(ph, F))
    return b, v


def ph_fmt(ph, F):
    out = dict(ph)
    for k, v in ph.items():
        if isinstance(v, str) and k != "q":
            out[k] = fmt_q(v, F)
    return out


def line_span(text, ln):
    lines = text.split("\n")
    start = sum(len(l) + 1 for l in lines[:ln])
    return [start, start + len(lines[ln])]


def build_problem(kd, ph, P, F, pid, style):
    solve_seed = "solve|" + pid
    rseed = "render|" + pid
    b0, final = run(kd, P, ph, F, solve_seed)
    nt = random.Random("nt|" + pid).choice(NOTATIONS[style])
    text0, lines0 = render_solution(b0.items, style, random.Random(rseed), nt)
    calcs = [it for it in b0.items if it["t"] == "calc"]
    rows = []
    rows.append(dict(variant="correct", solution=text0))
    rng = random.Random("fault|" + pid)
    # slip
    targets = [it for it in calcs if it["target"]]
    if not targets:
        raise Invalid("no targets")
    slip = None
    for attempt in range(40):
        it = rng.choice(targets)
        cw = choose_wrong(it["right"], it["e"], rng)
        if cw is None:
            continue
        k, w = cw
        f = dict(mode="slip", step=it["idx"], wrong=w)
        try:
            b1, v1 = run(kd, P, ph, F, solve_seed, f)
        except Invalid:
            continue
        if v1 != final:
            continue
        t1, l1 = render_solution(b1.items, style, random.Random(rseed), nt)
        ln = l1[it["idx"]]
        a0, a1 = text0.split("\n"), t1.split("\n")
        if len(a0) != len(a1) or [i for i in range(len(a0)) if a0[i] != a1[i]] != [ln]:
            continue
        slip = dict(variant="slip", solution=t1, span=line_span(t1, ln), wrong=fmt_plain(w),
                    right=fmt_plain(it["right"]), step=it["idx"], kind=k)
        break
    if slip is None:
        raise Invalid("no slip")
    rows.append(slip)
    carry = None
    order = list(targets)
    rng.shuffle(order)
    # prefer later steps a bit less often than early ones: keep shuffled order
    for attempt in range(60):
        it = order[attempt % len(order)]
        cw = choose_wrong(it["right"], it["e"], rng)
        if cw is None:
            continue
        k, w = cw
        f = dict(mode="carry", step=it["idx"], wrong=w)
        try:
            b2, v2 = run(kd, P, ph, F, solve_seed, f)
        except (Invalid, ZeroDivisionError):
            continue
        if v2 == final:
            continue
        try:
            t2, l2 = render_solution(b2.items, style, random.Random(rseed), nt)
        except Invalid:
            continue
        ln = l2[it["idx"]]
        a0, a2 = text0.split("\n"), t2.split("\n")
        if a0[:ln] != a2[:ln]:
            continue
        carry = dict(variant="carry", solution=t2, span=line_span(t2, ln), wrong=fmt_plain(w),
                     right=fmt_plain(it["right"]), step=it["idx"], kind=k, _final=v2)
        break
    if carry is None:
        raise Invalid("no carry")
    rows.append(carry)
    # loop
    lines = text0.split("\n")
    n = len(lines)
    # last line is "#### x"; answer block precedes; choose a cut in the working part
    lo = max(1, int(n * 0.25))
    hi = max(lo + 1, int(n * 0.8))
    cands = []
    rngs = [range(lo, min(hi, n - 2)), range(0, n - 2)]
    for j in (rngs[0] if len(rngs[0]) else rngs[1]):
        for u in (1, 2, 3):
            unit = lines[j - u + 1:j + 1]
            if j - u + 1 < 0 or not any(any(ch.isdigit() for ch in l) for l in unit):
                continue
            if unit[0] == "" or any(l.startswith("####") for l in unit):
                continue
            if any(l.strip() in ("\\[", "\\]", "\\begin{aligned}", "\\end{aligned}") for l in unit) and u < 3:
                continue
            cands.append((j, u))
    if not cands:
        for j in range(0, n - 2):
            if lines[j] and any(ch.isdigit() for ch in lines[j]):
                cands.append((j, 1))
    if not cands:
        raise Invalid("no loop")
    j, u = rng.choice(cands)
    unit = lines[j - u + 1:j + 1]
    reps = rng.randrange(8, 31)
    head = "\n".join(lines[:j + 1])
    ut = "\n".join(unit)
    text = head + ("\n" + ut) * (reps - 1)
    start = len(head) + 1
    if rng.random() < 0.4:
        cuts = [i for i in range(1, len(ut)) if ut[i] == " " and
                "=" not in ut[ut.rfind("\n", 0, i) + 1:i] and "<<" not in ut[ut.rfind("\n", 0, i) + 1:i]]
        if cuts:
            cut = rng.choice(cuts)
            text += "\n" + ut[:cut]
    rows.append(dict(variant="loop", solution=text, span=[start, start + len(ut)], repeats=reps))
    return final, rows


def fmt_plain(v):
    return dec_str(Fraction(v))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    out = []
    pidx = 0
    for kd in KINDS:
        for i, ph in enumerate(kd["phrasings"]):
            template = kd["name"] + "." + tag_of(ph) + "." + str(i)
            seen = set()
            k = 0
            attempt = 0
            while k < SETS:
                attempt += 1
                if attempt > 400:
                    raise SystemExit("cannot fill " + template)
                prng = random.Random("params|" + template + "|" + str(k) + "|" + str(attempt))
                P = get_params(kd, ph, prng)
                F = q_fields(kd, P, ph, random.Random("q|" + template + "|" + str(attempt)))
                problem = fmt_q(ph["q"], F)
                if problem in seen:
                    continue
                pid = kd["name"] + "-" + str(i) + "-" + str(k)
                style = STYLES[pidx % len(STYLES)]
                try:
                    final, rows = build_problem(kd, ph, P, F, pid + "#" + str(attempt), style)
                except Invalid:
                    continue
                seen.add(problem)
                for r in rows:
                    r.pop("_final", None)
                    row = dict(pid=pid, template=template, style=style, problem=problem, variant=r["variant"],
                               solution=r["solution"], final=fmt_plain(final))
                    for key in ("span", "wrong", "right", "step", "kind", "repeats"):
                        if key in r:
                            row[key] = r[key]
                    out.append(row)
                k += 1
                pidx += 1
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(out), "rows to", args.out, file=sys.stderr)


if __name__ == "__main__":
    main()
