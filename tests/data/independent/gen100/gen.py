#!/usr/bin/env python3
"""Generate the school-trip / classroom-logistics evaluation set (stdlib only, deterministic)."""
import argparse
import json
import math
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import Ctx, STYLE_NAMES, canon, nice, fr  # noqa: E402
from structs import S, TEACHERS, GRADES, DESTS, SCHOOLS  # noqa: E402
from render import solution  # noqa: E402

NSETS = 4
WRAPS = [(0, "{q}"), (1, "{q}"), (2, "{q}"), (0, "Please solve step by step.\n\n{q}"),
         (1, "{q} Explain your reasoning.")]


def slip_candidates(step, rng):
    v = step["true"]
    u = step["unit"]
    kinds = []
    if u == "t":
        for d in (5, -5, 10, -10, 60, -60):
            kinds.append(("time_off", v + d))
        rng.shuffle(kinds)
        return kinds
    av = abs(v)
    s = canon(av)
    digits = s.replace(".", "")
    pos = s.find(".")

    def from_digits(ds):
        if pos < 0:
            t = ds
        else:
            t = ds[:pos] + "." + ds[pos:]
        if not t or t.startswith(".") or (len(t) > 1 and t[0] == "0" and t[1] != "."):
            return None
        return fr(t) * (1 if v >= 0 else -1)

    kinds.append(("off_by_one", v + rng.choice([1, -1])))
    kinds.append(("off_by_ten", v + rng.choice([10, -10])))
    if len(digits) >= 2:
        idx = [i for i in range(len(digits) - 1) if digits[i] != digits[i + 1]]
        if idx:
            i = rng.choice(idx)
            w = from_digits(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
            if w is not None:
                kinds.append(("swap_digits", w))
    if len(digits) >= 3:
        i = rng.randrange(len(digits))
        ds = digits[:i] + digits[i + 1:]
        if pos < 0:
            w = fr(ds) * (1 if v >= 0 else -1) if not ds.startswith("0") else None
        else:
            w = from_digits(ds) if i >= pos else None
        if w is not None:
            kinds.append(("drop_digit", w))
    if len(digits) >= 2:
        i = rng.randrange(len(digits))
        ds = digits[:i] + digits[i] + digits[i:]
        if pos < 0:
            kinds.append(("double_digit", fr(ds) * (1 if v >= 0 else -1)))
        elif i >= pos:
            kinds.append(("double_digit", from_digits(ds)))
    if u == "$" and av.denominator != 1:
        kinds.append(("decimal_shift", v * rng.choice([10, F(1, 10)])))
    a = step["args"]
    if step["kind"] == "sub" and len(a) == 2:
        kinds.append(("wrong_op", a[0] + a[1]))
    if step["kind"] == "add" and len(a) == 2 and a[0] > a[1]:
        kinds.append(("wrong_op", a[0] - a[1]))
    if step["kind"] == "mul" and len(a) == 2:
        kinds.append(("wrong_op", a[0] + a[1]))
    rng.shuffle(kinds)
    if v < 0 and rng.random() < 0.6:
        kinds.insert(0, ("sign_dropped", -v))
    return kinds


def ok_wrong(step, w):
    v = step["true"]
    if w is None or w == v or not nice(w):
        return False
    u = step["unit"]
    if u in ("n", "min") and w.denominator != 1:
        return False
    if u == "t" and not (6 * 60 <= w < 20 * 60):
        return False
    if w == 0:
        return False
    if (w < 0) != (v < 0) and not (v < 0 and w == -v):
        return False
    # keep the written value visibly different from neighbouring numbers
    if w in step["args"]:
        return False
    return True


def carry_ok(csteps, tsteps):
    for cs, ts in zip(csteps, tsteps):
        v = cs["val"]
        if cs["kind"] == "ceil" or cs["kind"] == "divmod":
            continue
        if not nice(v):
            return False
        if cs["unit"] in ("n", "min") and v.denominator != 1:
            return False
        if cs["unit"] == "t" and not (6 * 60 <= v < 21 * 60):
            return False
        if ts["val"] > 0 and v <= 0:
            return False
        if ts["val"] < 0 and v >= 0 and cs is not csteps[-1]:
            return False
        if cs["kind"] == "tdiff" and v <= 0:
            return False
    return True


def run(fn_solve, ov=None):
    c = Ctx(ov)
    fin = fn_solve(c)
    return c.steps, fin


def lines_text(L):
    text = "\n".join(L)
    offs = []
    p = 0
    for ln in L:
        offs.append((p, p + len(ln)))
        p += len(ln) + 1
    return text, offs


def build():
    rows = []
    problems = []
    for si, sd in enumerate(S):
        for ph, (ti, wrap) in enumerate(WRAPS):
            for ns in range(NSETS):
                problems.append((si, ph, ti, wrap, ns))
    srng = random.Random("eval100-styles")
    styles = [STYLE_NAMES[i % len(STYLE_NAMES)] for i in range(len(problems))]
    srng.shuffle(styles)
    for (si, ph, ti, wrap, ns), style in zip(problems, styles):
        sd = S[si]
        pid = "%s-%d-%d" % (sd["name"], ph, ns)
        rng = random.Random("nums|" + pid)
        nums, solve = sd["fn"](rng)
        ctxn = dict(T=rng.choice(TEACHERS), G=rng.choice(GRADES), D=rng.choice(DESTS), SC=rng.choice(SCHOOLS))
        ctxn.update(nums)
        q = sd["texts"][ti].format(**ctxn)
        problem = wrap.format(q=q)
        tsteps, tfin = run(solve)
        final = canon(tfin)
        check_idx = len(tsteps) - 1
        if tsteps[-1]["kind"] in ("tadd", "tdiff", "ceil", "divmod", "pct", "fracof") or len(tsteps[-1]["args"]) != 2:
            check_idx = None

        def render(steps, fin, variant, chk=check_idx):
            return solution(style, random.Random("render|" + pid), steps, fin, sd["funit"], sd["ans"], chk)

        base = dict(pid=pid, template="%s-%d" % (sd["name"], ph), style=style, problem=problem)
        # correct
        L, blocks = render(tsteps, tfin, "correct")
        text, offs = lines_text(L)
        rows.append(dict(base, variant="correct", solution=text, final=final))
        faultable = [i for i, s in enumerate(tsteps) if s["faultable"]]
        frng = random.Random("fault|" + pid)
        # slip
        for _ in range(50):
            k = frng.choice(faultable)
            cands = [c for c in slip_candidates(tsteps[k], frng) if ok_wrong(tsteps[k], c[1])]
            if cands:
                break
        kind, w = cands[0]
        ssteps = [dict(s) for s in tsteps]
        ssteps[k]["val"] = w
        L, blocks = render(ssteps, tfin, "slip", None if k == check_idx else check_idx)
        text, offs = lines_text(L)
        sp = offs[blocks[k][1]]
        rows.append(dict(base, variant="slip", solution=text, final=final, span=list(sp),
                         wrong=fmt_plain(w, tsteps[k]), right=fmt_plain(tsteps[k]["true"], tsteps[k]),
                         step=k + 1, kind=kind))
        # carry
        crng = random.Random("carry|" + pid)
        done = False
        order = faultable[:]
        crng.shuffle(order)
        for k in order:
            for kind, w in slip_candidates(tsteps[k], crng):
                if not ok_wrong(tsteps[k], w):
                    continue
                csteps, cfin = run(solve, {k: w})
                if cfin == tfin or not carry_ok(csteps, tsteps):
                    continue
                done = True
                break
            if done:
                break
        assert done, pid
        chk = check_idx if not (check_idx is not None and k == check_idx) else None
        L, blocks = render(csteps, cfin, "carry", chk)
        text, offs = lines_text(L)
        sp = offs[blocks[k][1]]
        rows.append(dict(base, variant="carry", solution=text, final=final, span=list(sp),
                         wrong=fmt_plain(w, tsteps[k]), right=fmt_plain(tsteps[k]["true"], tsteps[k]),
                         step=k + 1, kind=kind))
        # loop
        lrng = random.Random("loop|" + pid)
        L, blocks = render(tsteps, tfin, "loop")
        n = len(tsteps)
        k = lrng.randrange(0, max(1, n - 1)) if n > 1 else 0
        b0, b1 = blocks[k]
        mode = lrng.random()
        if mode < 0.5 or b1 - b0 > 2:
            if b1 - b0 > 2:
                b0 = b1 - 2
            unit = L[b0:b1 + 1] if mode < 0.25 else L[b1:b1 + 1]
            prefix = L[:b1 + 1 - len(unit)]
        elif mode < 0.75 and k > 0 and (b1 - blocks[k - 1][0]) <= 2:
            unit = L[blocks[k - 1][0]:b1 + 1]
            prefix = L[:blocks[k - 1][0]]
        else:
            lab = tsteps[k]["label"]
            again = lrng.choice(["Wait, let me recompute the %s." % lab, "Let me double-check the %s." % lab,
                                 "Hmm, let me verify the %s again." % lab])
            unit = [again, L[b1]]
            prefix = L[:b1 + 1]
        reps = lrng.randrange(8, 31)
        pre = "\n".join(prefix) + ("\n" if prefix else "")
        u = "\n".join(unit)
        body = pre + "\n".join([u] * reps)
        start2 = len(pre) + len(u) + 1
        if lrng.random() < 0.5:
            cut = lrng.randrange(1, max(2, len(u)))
            body += "\n" + u[:cut]
        rows.append(dict(base, variant="loop", solution=body, final=final,
                         span=[start2, start2 + len(u)], repeats=reps))
    return rows


def fmt_plain(v, step):
    if step["unit"] == "t":
        h, m = divmod(int(v), 60)
        return "%d:%02d %s" % (h % 12 or 12, m, "AM" if h < 12 else "PM")
    return canon(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"))
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
