#!/usr/bin/env python3
"""Generate the fraction / ratio / unit-rate evaluation set.

    python3 gen.py --out set.jsonl [--seed S]

Deterministic: every random choice comes from random.Random seeded with a string.
"""
import argparse
import json
import random
import sys
from fractions import Fraction as Fr
from math import gcd

from engine import NotNice, leaf, render, dec_str, base, ev
from core import make_params, run, fill, plain_value, final_number, final_ok, NICE_CHECK
from styles import STYLES, STYLE_ORDER, View, singularise
from templates import TEMPLATES

SETS_PER_TEMPLATE = 6

NAMES = [("Lena", "f"), ("Marcus", "m"), ("Priya", "f"), ("Diego", "m"), ("Hannah", "f"), ("Omar", "m"),
         ("Sofia", "f"), ("Ethan", "m"), ("Aisha", "f"), ("Noah", "m"), ("Mia", "f"), ("Liam", "m"),
         ("Chloe", "f"), ("Jamal", "m"), ("Grace", "f"), ("Kenji", "m"), ("Isabel", "f"), ("Lucas", "m"),
         ("Nora", "f"), ("Mateo", "m"), ("Zoe", "f"), ("Ravi", "m"), ("Emma", "f"), ("Samuel", "m"),
         ("Amara", "f"), ("Tyler", "m"), ("Julia", "f"), ("Caleb", "m"), ("Maya", "f"), ("Andre", "m"),
         ("Leah", "f"), ("Felix", "m"), ("Rosa", "f"), ("Owen", "m"), ("Ines", "f"), ("Victor", "m")]

PLAIN_NT = {"kind": "plain", "times": "×", "div": "÷", "minus": "-", "dollar": "", "pct": "%"}


def subs_for(rng):
    picks = rng.sample(NAMES, 4)
    name, g = picks[0]
    s = {"name": name, "friend": picks[1][0], "n1": picks[1][0], "n2": picks[2][0], "n3": picks[3][0]}
    if g == "f":
        s.update({"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her"})
    else:
        s.update({"he": "he", "He": "He", "his": "his", "His": "His", "him": "him"})
    return s


def chooser(seed, pid):
    def for_step(i):
        def choose(name, options):
            return random.Random("%s|%s|form|%d|%s" % (seed, pid, i, name)).choice(options)
        return choose
    return for_step


def picker(seed, pid):
    def pick(key, options):
        return random.Random("%s|%s|pick|%s" % (seed, pid, key)).choice(options)
    return pick


def vstr(v, fmt):
    return render(leaf(v, fmt), PLAIN_NT)


def assemble(segs):
    text = "".join(t for _, t in segs)
    return text


def fix_segs(segs):
    return [(tag, singularise(t)) for tag, t in segs]


def strip_marks(text):
    a = text.find("\x02")
    if a < 0:
        raise AssertionError("marker missing")
    b = text.find("\x03")
    clean = text.replace("\x02", "").replace("\x03", "")
    assert "\x02" not in clean and text.count("\x02") == 1
    ls = clean.rfind("\n", 0, a) + 1
    le = clean.find("\n", a)
    if le < 0:
        le = len(clean)
    return clean, [ls, le]


def render_solution(tpl, res, subs, style, pick):
    nt, allowed, fn, hashes = STYLES[style]
    v = View(tpl, res, subs, nt, pick)
    segs = fix_segs(fn(v))
    return segs


# ------------------------------------------------------------ wrong values
def candidates(info):
    r = info["right"]
    fmt = info["fmt"]
    eq = info["eqs"][-1]
    first = base(eq.terms[0])
    out = []

    def add(kind, w):
        w = Fr(w)
        if w != r and w > 0:
            out.append((kind, w))

    if r.denominator == 1 and fmt != "pct":
        ri = r.numerator
        add("off_by_one", r + 1)
        add("off_by_one", r - 1)
        if ri >= 20:
            add("off_by_ten", r + 10)
            add("off_by_ten", r - 10)
        s = str(ri)
        for k in range(len(s) - 1):
            if s[k] != s[k + 1]:
                sw = s[:k] + s[k + 1] + s[k] + s[k + 2:]
                if sw[0] != "0":
                    add("digit_swap", int(sw))
        if len(s) >= 3:
            for k in range(len(s)):
                d = s[:k] + s[k + 1:]
                if d and d[0] != "0":
                    add("dropped_digit", int(d))
        if first[0] == "b" and first[1] == "*":
            a, b = ev(first[2]), ev(first[3])
            if a is not None and b is not None and a.denominator == 1 and b.denominator == 1 and a >= 3 and b >= 3:
                add("table_slip", a * (b + 1))
                add("table_slip", a * (b - 1))
    elif fmt in ("money", "dec"):
        add("off_by_one", r + 1)
        add("off_by_one", r - 1)
        add("decimal_shift", r * 10)
        add("decimal_shift", r / 10)
        s = dec_str(r, 2 if fmt == "money" else None)
        digs = [i for i, ch in enumerate(s) if ch.isdigit()]
        for x, y in zip(digs, digs[1:]):
            if s[x] != s[y]:
                t = list(s)
                t[x], t[y] = t[y], t[x]
                t = "".join(t)
                if not (t[0] == "0" and len(t) > 1 and t[1] != "."):
                    add("digit_swap", Fr(t))
        add("cents_slip", r + Fr(1, 10))
        add("cents_slip", r - Fr(1, 10))
    elif fmt == "pct":
        P = r * 100
        add("off_by_one", (P + 1) / 100)
        add("off_by_one", (P - 1) / 100)
        if P >= 20:
            add("off_by_ten", (P + 10) / 100)
            add("off_by_ten", (P - 10) / 100)
        if P.denominator == 1:
            s = str(P.numerator)
            for k in range(len(s) - 1):
                if s[k] != s[k + 1]:
                    sw = s[:k] + s[k + 1] + s[k] + s[k + 2:]
                    if sw[0] != "0":
                        add("digit_swap", Fr(int(sw), 100))
    else:
        n, d = r.numerator, r.denominator
        if r < 1:
            for nn in (n + 1, n - 1):
                if 0 < nn < d and gcd(nn, d) == 1:
                    add("numerator_slip", Fr(nn, d))
            for dd in (d + 1, d - 1):
                if dd > n and gcd(n, dd) == 1:
                    add("denominator_slip", Fr(n, dd))
        else:
            w = n // d
            rem = r - w
            add("whole_slip", r + 1)
            if w >= 2:
                add("whole_slip", r - 1)
            for nn in (rem.numerator + 1, rem.numerator - 1):
                if 0 < nn < rem.denominator and gcd(nn, rem.denominator) == 1:
                    add("numerator_slip", w + Fr(nn, rem.denominator))
        if first[0] == "b" and first[1] in "+-":
            ls = _leaves(first)
            if ls and all(x[0] == "f" for x in ls):
                nsum = ls[0][1]
                for x in ls[1:]:
                    nsum = nsum + x[1] if first[1] == "+" else nsum - x[1]
                dsum = sum(x[2] for x in ls)
                if nsum > 0:
                    add("added_denominators", Fr(nsum, dsum))
    # a different operation, only for a plain "a op b = r" line with two simple operands
    if (len(eq.terms) == 2 and first[0] == "b" and base(first[2])[0] in ("n", "f", "m")
            and base(first[3])[0] in ("n", "f", "m")):
        a, b = ev(first[2]), ev(first[3])
        op = first[1]
        alts = []
        if op == "+":
            alts = [a * b]
        elif op == "-":
            alts = [a + b]
        elif op in ("*", "of"):
            if a < 1 and b.denominator == 1:
                alts = [b / a]          # used the fraction upside down
            elif b < 1 and a.denominator == 1:
                alts = [a / b]
            elif a.denominator == 1 and b.denominator == 1:
                alts = [a + b]
        elif op == "/":
            if a * b <= 1000:
                alts = [a * b]
        for w in alts:
            add("wrong_op", w)
    # keep only values writable in this format
    ok = []
    for kind, w in out:
        if fmt == "frac" and r < 1 and w.denominator == 1:
            continue
        try:
            leaf(w, fmt)
        except NotNice:
            continue
        if not NICE_CHECK[fmt](w):
            continue
        if w > 100000:
            continue
        if fmt in ("frac", "q") and w.denominator > 24:
            continue
        ok.append((kind, w))
    return ok


def _leaves(t):
    t = base(t)
    if t[0] == "b":
        return _leaves(t[2]) + _leaves(t[3])
    return [t]


def ordered(rng, cands):
    kinds = sorted(set(k for k, _ in cands))
    rng.shuffle(kinds)
    res = []
    for k in kinds:
        group = [c for c in cands if c[0] == k]
        rng.shuffle(group)
        res.extend(group)
    return res


# ------------------------------------------------------------ build
def make_problem(tpl, raw, subs, style, seed, pid):
    P, strs = make_params(tpl, raw)
    allsubs = dict(subs)
    allsubs.update(strs)
    psubs = dict(allsubs)
    for k, a in P.items():
        psubs[k] = plain_value(a.v, a.fmt)
    nt, allowed, fn, hashes = STYLES[style]
    latex = nt["kind"] == "latex"
    ch = chooser(seed, pid)
    pick = picker(seed, pid)
    res = run(tpl, P, ch, latex, allowed)
    if not final_ok(res.final, res.final_fmt):
        raise NotNice("final")
    problem = singularise(fill(tpl.problem, psubs))
    return P, psubs, res, problem, ch, pick, latex, allowed


def build_rows(tpl, raw, subs, style, seed, pid):
    P, psubs, res, problem, ch, pick, latex, allowed = make_problem(tpl, raw, subs, style, seed, pid)
    rows = []
    segs = render_solution(tpl, res, psubs, style, pick)
    correct = assemble(segs)
    assert "\x02" not in correct
    fin = final_number(res.final, res.final_fmt)
    common = {"pid": pid, "template": tpl.tid, "style": style, "problem": problem}
    rows.append(dict(common, variant="correct", solution=correct, final=fin))
    nsteps = len(tpl.steps)
    forms = [s["form"] for s in res.steps]

    # ---- slip
    rng = random.Random("%s|%s|slip" % (seed, pid))
    order = list(range(nsteps - 1))
    rng.shuffle(order)
    slip = None
    for i in order:
        info = res.steps[i]
        for kind, w in ordered(rng, candidates(info)):
            try:
                r2 = run(tpl, P, ch, latex, allowed, ("slip", i, w))
            except NotNice:
                continue
            segs2 = render_solution(tpl, r2, psubs, style, pick)
            text, span = strip_marks(assemble(segs2))
            # must differ from the correct solution only on the span line
            cl = correct.split("\n")
            sl = text.split("\n")
            if len(cl) != len(sl):
                continue
            diff = [k for k in range(len(cl)) if cl[k] != sl[k]]
            li = text.count("\n", 0, span[0])
            if diff != [li]:
                continue
            slip = dict(common, variant="slip", solution=text, final=fin, span=span,
                        wrong=vstr(w, info["fmt"]), right=vstr(info["right"], info["fmt"]), step=i + 1, kind=kind)
            break
        if slip:
            break
    if slip is None:
        raise NotNice("no slip")
    rows.append(slip)

    # ---- carry
    rng = random.Random("%s|%s|carry" % (seed, pid))
    order = list(range(nsteps))
    rng.shuffle(order)
    carry = None
    for i in order:
        info = res.steps[i]
        for kind, w in ordered(rng, candidates(info)):
            try:
                r2 = run(tpl, P, ch, latex, allowed, ("carry", i, w))
            except NotNice:
                continue
            if [s["form"] for s in r2.steps] != forms:
                continue
            if not final_ok(r2.final, r2.final_fmt) or r2.final == res.final:
                continue
            fin2 = final_number(r2.final, r2.final_fmt)
            if fin2 == fin:
                continue
            segs2 = render_solution(tpl, r2, psubs, style, pick)
            text, span = strip_marks(assemble(segs2))
            if text[:span[0]] != correct[:span[0]]:
                continue
            carry = dict(common, variant="carry", solution=text, final=fin2, span=span,
                         wrong=vstr(w, info["fmt"]), right=vstr(info["right"], info["fmt"]), step=i + 1, kind=kind,
                         correct_final=fin)
            break
        if carry:
            break
    if carry is None:
        raise NotNice("no carry")
    rows.append(carry)

    # ---- loop
    rng = random.Random("%s|%s|loop" % (seed, pid))
    k = rng.randrange(0, nsteps - 1)      # last step kept before the loop (never the final step)
    p = rng.choice([1, 2]) if k >= 1 else 1
    step_segs = [t for tag, t in segs if isinstance(tag, int)]
    head = "".join(t for tag, t in segs if tag == "intro")
    prefix = head + "".join(step_segs[:k + 1])
    block = "".join(step_segs[k - p + 1:k + 1])
    assert prefix.endswith(block) and block.endswith("\n")
    repeats = rng.randint(15, 25)
    text = prefix + block * repeats
    first_line = block.split("\n")[0]
    cut = ""
    if rng.random() < 0.65:
        lim = len(first_line)
        for ci, chh in enumerate(first_line):
            if chh.isdigit():
                lim = ci
                break
        lim = min(lim, len(first_line) - 1)
        if lim >= 4:
            cut = first_line[:rng.randint(3, lim)]
    if cut:
        text += cut
    else:
        text = text.rstrip("\n")
    start = len(prefix)
    end = text.find("\n", start)
    if end < 0:
        end = len(text)
    rows.append(dict(common, variant="loop", solution=text, final=None, span=[start, end], repeats=repeats,
                     period_lines=block.count("\n")))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="fractions-v1")
    args = ap.parse_args()
    seed = str(args.seed)
    out = []
    gidx = 0
    for t_i, tpl in enumerate(TEMPLATES):
        prng = random.Random("%s|%s|params" % (seed, tpl.tid))
        seen = set()
        made = 0
        tries = 0
        while made < SETS_PER_TEMPLATE:
            tries += 1
            if tries > 4000:
                raise SystemExit("template %s: could not make %d problems" % (tpl.tid, SETS_PER_TEMPLATE))
            raw = tpl.gen(prng)
            if raw is None:
                continue
            subs = subs_for(prng)
            style = STYLE_ORDER[(7 * t_i + 5 * made) % len(STYLE_ORDER)]
            pid = "%s-%d" % (tpl.tid, made + 1)
            try:
                P, psubs, res, problem, *_ = make_problem(tpl, raw, subs, style, seed, pid)
            except NotNice:
                continue
            key = tuple(sorted((k, str(v)) for k, v in raw.items()))
            if key in seen:
                continue
            try:
                rows = build_rows(tpl, raw, subs, style, seed, pid)
            except NotNice:
                continue
            seen.add(key)
            out.extend(rows)
            made += 1
            gidx += 1
    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(out), len(out) // 4, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
