#!/usr/bin/env python3
"""Generate the compound/mixed-units evaluation set (stdlib only, deterministic)."""
import argparse
import json
import random
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import F, Bad, SB, STYLES, final_str, term_dec, places_of, frac_str, dec_str, UNITS  # noqa: E402
from render import render_solution, MARK  # noqa: E402
from solvers import PAIRS, SOLVERS  # noqa: E402
from templates import T as TEMPLATES  # noqa: E402

NAMES = ["Maya", "Liam", "Sofia", "Ethan", "Ava", "Noah", "Zoe", "Omar", "Priya", "Lucas", "Hana", "Diego",
         "Grace", "Mateo", "Chloe", "Ravi", "Elena", "Jamal", "Nora", "Kenji", "Aisha", "Ben", "Ines", "Tariq"]
NSETS = 4


# ------------------------------------------------------------ problem text
def pq(P, b, s, mode):
    b, s = int(b), int(s)
    if mode == "c":
        return "%d:%02d" % (b, s)
    if mode == "p":
        return "%d'%d\"" % (b, s)
    if mode == "m":
        if s == 0:
            return "%d dollars" % b
        return "%d dollar%s and %d cents" % (b, "" if b == 1 else "s", s)
    m = "abbr" if mode == "a" else "word"
    from core import uname
    parts = []
    if b:
        parts.append("%d %s" % (b, uname(P.B, b, m)))
    if s:
        parts.append("%d %s" % (s, uname(P.S, s, m)))
    return " ".join(parts) if parts else "0 %s" % uname(P.S, 0, m)


def clock_txt(mins):
    h, m = divmod(mins, 60)
    return "%d:%02d %s" % (h % 12 or 12, m, "AM" if h < 12 else "PM")


# ------------------------------------------------------------ numbers
def rs(P, rng, lo=None):
    lo = lo or P.sstep
    return rng.randrange(lo, P.f, P.sstep)


def rb(P, rng, lo=None, hi=None):
    return rng.randint(lo or P.bmin, hi or P.bmax)


def ok_big(P, T):
    v = F(T, P.f)
    return term_dec(v) and places_of(v) <= P.maxp and v.denominator != 1


def gen_nums(tpl, rng, idx):
    P = PAIRS[tpl["pair"]]
    if tpl["extra"].get("brange"):
        import copy
        P = copy.copy(P)
        P.bmin, P.bmax = tpl["extra"]["brange"]
    k, ans, st = tpl["k"], tpl["ans"], tpl["struct"]
    X = {"ans": ans}
    for _ in range(5000):
        if st == "SUM":
            hi = max(P.bmin, P.bmax if k <= 2 else (P.bmax + 1) // 2 + 1)
            qs = [(rb(P, rng, hi=hi), rs(P, rng)) for _ in range(k)]
            ssum = sum(s for _, s in qs)
            if (ssum >= P.f) != (idx != 3 or k * P.sstep >= P.f):
                continue
            T = sum(b * P.f + s for b, s in qs)
            if ans == "B" and not ok_big(P, T):
                continue
            X["qs"] = qs
        elif st == "DIFF":
            b1 = rb(P, rng, lo=P.bmin + 1, hi=P.bmax + 2)
            b2 = rng.randint(max(0, P.bmin - 0), b1 - 1) if idx != 3 else rng.randint(P.bmin, b1)
            if b2 == 0 and P.key not in ("mins",):
                b2 = 1
                if b2 >= b1:
                    continue
            s1, s2 = rs(P, rng), rs(P, rng)
            if (s1 < s2) != (idx != 3):
                continue
            D = (b1 * P.f + s1) - (b2 * P.f + s2)
            if D <= 0:
                continue
            if ans == "B" and not ok_big(P, D):
                continue
            X["qs"] = [(b1, s1), (b2, s2)]
        elif st == "MUL":
            n = rng.randint(2, 9)
            q = (rb(P, rng, hi=max(P.bmin, min(P.bmax, 5))), rs(P, rng))
            if (n * q[1] >= P.f) != (idx != 3):
                continue
            T = n * (q[0] * P.f + q[1])
            if ans == "B" and not ok_big(P, T):
                continue
            X["qs"], X["n"] = [q], n
        elif st == "DIV":
            n = rng.randint(2, 8)
            e = rng.randint(max(2, P.f // 2 if idx < 2 else P.f + 1), P.f * 3)
            if P.sstep > 1:
                e = e - e % P.sstep
                if e <= 0:
                    continue
            T = n * e
            b, s = divmod(T, P.f)
            if not (P.bmin <= b <= 3 * P.bmax) or s == 0:
                continue
            X["qs"], X["n"] = [(b, s)], n
        elif st == "REM":
            b0 = rb(P, rng, lo=P.bmin + 2, hi=P.bmax + 4)
            s0 = 0 if idx % 2 == 0 else rs(P, rng)
            qs = [(rng.randint(0, max(1, b0 // k - 1)), rs(P, rng)) for _ in range(k)]
            used = sum(b * P.f + s for b, s in qs)
            t0 = b0 * P.f + s0
            if used >= t0 or any(b == 0 for b, _ in qs) and rng.random() < 0.7:
                continue
            if used >= t0:
                continue
            X["qs"], X["tot"] = qs, (b0, s0)
        elif st == "FIT":
            b2 = rng.randint(0, max(1, P.bmax // 3))
            s2 = rs(P, rng)
            t2 = b2 * P.f + s2
            n = rng.randint(2, 9)
            r = 0 if idx < 2 else rng.randint(1, t2 - 1)
            if P.sstep > 1:
                r -= r % P.sstep
            t1 = n * t2 + r
            b1, s1 = divmod(t1, P.f)
            if b1 < 1 or b2 < 1 and P.key in ("hmin",) and rng.random() < 0.5:
                continue
            X["qs"] = [(b1, s1), (b2, s2)]
        elif st == "CLOCK":
            m1 = rng.randrange(5, 60, 5)
            h1 = rng.randint(7, 11)
            h2 = rng.randint(12, 17)
            m2 = rng.randrange(0, 60, 5)
            if (m2 < m1) != (idx != 3) or m2 == 0 and idx == 3:
                continue
            X["start"], X["end"] = h1 * 60 + m1, h2 * 60 + m2
        elif st == "LAPAVG":
            a = rng.randint(50, 150)
            laps = [a + rng.randint(-9, 9) for _ in range(k)]
            if sum(laps) % k:
                laps[-1] += k - sum(laps) % k
            X["qs"] = [divmod(x, 60) for x in laps]
        elif st == "PACE":
            d = rng.choice([3, 4, 5, 5, 6, 8, 10])
            p = rng.randint(250, 420)
            b, s = divmod(p * d, 60)
            if s == 0:
                continue
            X["qs"], X["d"] = [(b, s)], d
        elif st == "WEEKLY":
            X["qs"] = [(rng.randint(1, 4), rng.randint(1, 6))]
            X["per"] = rng.choice([15, 20, 25, 30, 35, 40, 45, 50])
        elif st == "PRICE":
            if P.key == "lboz":
                s = rng.choice([2, 4, 6, 8, 10, 12, 14])
                b = rng.randint(1, 4)
                price = rng.choice([320, 480, 560, 640, 720, 800, 880, 960, 1040, 1120, 1280, 399, 596, 748])
            else:
                s = rng.choice([250, 500, 750, 200, 400, 600, 800, 125])
                b = rng.randint(1, 3)
                price = rng.choice([1280, 1600, 2400, 1850, 2250, 960, 1440])
            cost = (F(b) + F(s, P.f)) * price
            if cost.denominator != 1:
                continue
            X["qs"], X["price"] = [(b, s)], price
        elif st == "RECIPE":
            amt = rng.choice([F(1, 4), F(1, 3), F(1, 2), F(2, 3), F(3, 4), F(5, 4), F(4, 3), F(3, 2), F(7, 4), F(9, 4), F(5, 2)])
            k_ = rng.choice([F(2), F(3), F(3, 2), F(2, 3), F(1, 2), F(5, 2), F(4)])
            a = amt * k_
            opts = []
            if term_dec(a) and a.denominator != 1 and places_of(a) <= 2 or a.denominator == 1:
                opts.append("cup")
            if (a * 16).denominator == 1:
                opts.append("tbsp")
            if (a * 48).denominator == 1:
                opts.append("tsp")
            if a == amt:
                continue
            ansu = opts[idx % len(opts)] if idx < 3 else opts[-1]
            X.update(amt=amt, k=k_, unit="cup", ans=ansu)
        elif st == "PUNCH":
            parts = []
            pool = [("gal", 1, 2), ("qt", 1, 3), ("pt", 1, 5), ("cup", 1, 7)]
            rng.shuffle(pool)
            for u, lo, hi in pool[: rng.randint(2, 4)]:
                parts.append((rng.randint(lo, hi), u))
            if all(u == "cup" for _, u in parts):
                continue
            tot = sum(v * {"gal": 16, "qt": 4, "pt": 2, "cup": 1}[u] for v, u in parts)
            X["parts"] = parts
            X["labels"] = rng.sample(["Juice", "Soda", "Sherbet", "Tea", "Lemonade", "Sparkling water", "Ginger ale"], len(parts))
            if "{servd}" in tpl["text"]:
                sv = rng.choice([F(1, 2), F(1), F(1, 2)])
                if (tot / sv).denominator != 1:
                    continue
                X["serv"] = sv
        elif st == "SERV":
            X["qs"] = [(rng.randint(1, 4), rng.randint(1, 3))]
            X["size"] = rng.choice([8, 8, 12, 6, 16])
        else:
            raise ValueError(st)
        return X
    raise RuntimeError("no numbers for %s" % tpl)


def problem_text(tpl, X, rng):
    P = PAIRS[tpl["pair"]]
    mode = tpl["mode"]
    names = rng.sample(NAMES, 2)
    d = {"name": names[0], "name2": names[1]}
    for i, (b, s) in enumerate(X.get("qs", [])):
        d["q%d" % (i + 1)] = pq(P, b, s, mode)
    if "tot" in X:
        d["T"] = pq(P, X["tot"][0], X["tot"][1], mode)
    for key in ("n", "d", "per", "size"):
        if key in X:
            d[key] = X[key]
    if "start" in X:
        d["t1"], d["t2"] = clock_txt(X["start"]), clock_txt(X["end"])
    if "price" in X:
        d["price"] = "$%d.%02d" % divmod(X["price"], 100)
    if "amt" in X:
        a = X["amt"]
        d["amt"] = frac_str(a) + (" cup" if a <= 1 else " cups")
        k = X["k"]
        kd = {F(2): "twice", F(3): "three times", F(3, 2): "1 1/2 times", F(2, 3): "2/3 of", F(1, 2): "half of",
              F(5, 2): "2 1/2 times", F(4): "four times"}[k]
        d["kdesc"] = kd
        d["answ"] = {"cup": "cups", "tbsp": "tablespoons", "tsp": "teaspoons"}[X["ans"]]
    if "parts" in X:
        segs = []
        for (v, u), lab in zip(X["parts"], X["labels"]):
            un = {"gal": ("gallon", "gallons"), "qt": ("quart", "quarts"), "pt": ("pint", "pints"), "cup": ("cup", "cups")}[u]
            segs.append("%d %s of %s" % (v, un[0] if v == 1 else un[1], lab.lower()))
        d["parts"] = ", ".join(segs[:-1]) + ", and " + segs[-1] if len(segs) > 2 else " and ".join(segs)
        if "serv" in X:
            d["servd"] = "1/2 cup" if X["serv"] == F(1, 2) else "1 cup"
    text = tpl["text"].format(**d)
    if tpl["extra"].get("namelab"):
        X["labels"] = [names[0] if tpl["struct"] != "DIFF" or tpl["mode"] != "c" else names[1],
                       names[1] if tpl["mode"] != "c" else names[0]]
    return text


# ------------------------------------------------------------ solving
def run(tpl, X, style, seed, fault=None):
    P = PAIRS[tpl["pair"]]
    srng = random.Random("solve|" + seed)
    rrng = random.Random("render|" + seed)
    sb = SB(fault=fault, rng=srng)
    Xs = dict(X)
    if tpl["extra"].get("form"):
        Xs["form"] = tpl["extra"]["form"]
    elif tpl["mode"] == "c":
        Xs["form"] = "colon"
    if "labels" not in Xs and tpl["extra"].get("labels"):
        Xs["labels"] = tpl["extra"]["labels"]
    if tpl["extra"].get("noun"):
        Xs["noun"] = tpl["extra"]["noun"]
    if tpl["extra"].get("unitname"):
        Xs["unitname"] = tpl["extra"]["unitname"]
    if style == "column" and tpl["struct"] in ("SUM", "MUL", "DIFF") and srng.random() < 0.7:
        Xs["meth"] = "borrow" if tpl["struct"] == "DIFF" else "column"
    fv = SOLVERS[tpl["struct"]](sb, P, Xs, srng)
    if fault and not sb.fault_done:
        raise Bad("fault not reached")
    text = render_solution(sb.items, style, rrng)
    return text, fv, sb.steps


def wrong_candidates(v, alts, f=None):
    out = []
    if isinstance(v, tuple):
        q, r = v
        for dr in (1, -1, 10, -10):
            if f is None or 0 <= r + dr < f:
                out.append(("remainder_off", (q, r + dr)))
        out.append(("quotient_off", (q + 1, r)))
        if q > 0:
            out.append(("quotient_off", (q - 1, r)))
        s = str(int(r))
        if len(s) == 2 and s[0] != s[1] and (f is None or int(s[::-1]) < f):
            out.append(("swap", (q, F(int(s[::-1])))))
        return [(k, (F(a), F(b))) for k, (a, b) in out if a >= 0 and b >= 0 and (F(a), F(b)) != v]
    v = F(v)
    if v.denominator == 1:
        n = int(v)
        s = str(n)
        out += [("off_by_one", n + 1), ("off_by_one", n - 1)]
        if n >= 20:
            out += [("off_by_ten", n + 10), ("off_by_ten", n - 10)]
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != "0":
                    out.append(("swap", int(t)))
        if len(s) >= 2:
            for i in range(len(s)):
                t = s[:i] + s[i + 1:]
                if t and t[0] != "0":
                    out.append(("drop", int(t)))
        for i in range(len(s)):
            out.append(("double", int(s[:i] + s[i] + s[i:])))
        out = [(k, F(w)) for k, w in out]
    elif term_dec(v):
        p = places_of(v)
        u = F(1, 10 ** p)
        out += [("off_by_one", v + u), ("off_by_one", v - u), ("off_by_one", v + 1), ("decimal_shift", v * 10), ("decimal_shift", v / 10)]
        s = dec_str(v)
        digs = [c for c in s if c.isdigit()]
        for i in range(len(digs) - 1):
            if digs[i] != digs[i + 1]:
                d2 = digs[:]
                d2[i], d2[i + 1] = d2[i + 1], d2[i]
                out.append(("swap", F(int("".join(d2)), 10 ** p)))
    else:
        den = v.denominator
        out += [("fraction_off", v + F(1, den)), ("fraction_off", v - F(1, den)), ("whole_off", v + 1)]
        if v > 1:
            out.append(("whole_off", v - 1))
    for a in alts:
        a = F(a)
        d = abs(a - v) if not isinstance(v, tuple) else None
        out.append(("off_by_one" if d == 1 else "off_by_ten" if d == 10 else "wrong_operation", a))
    return [(k, w) for k, w in out if w > 0 and w != v]


KIND_W = {"off_by_one": 3, "off_by_ten": 3, "swap": 2, "wrong_operation": 2.5, "drop": 1, "double": 0.7,
          "decimal_shift": 2, "remainder_off": 2, "quotient_off": 2, "fraction_off": 2, "whole_off": 1}


def pick_fault(tpl, X, style, seed, base_steps, gold, mode):
    rng = random.Random("fault|%s|%s" % (mode, seed))
    # weighted shuffle: later steps (the main computation) a bit more likely
    steps = sorted(base_steps, key=lambda s: -rng.random() ** (1.0 / (1 + s["k"])))
    for stp in steps:
        f = None
        if stp["kind"] == "dm" and stp["alts"]:
            f = stp["alts"][0]
        cands = wrong_candidates(stp["v"], [] if stp["kind"] == "dm" else stp["alts"], f)
        kinds = sorted(set(k for k, _ in cands))
        kinds.sort(key=lambda k: -rng.random() ** (1.0 / KIND_W.get(k, 1)))
        for kd in kinds:
            vals = [w for k, w in cands if k == kd]
            rng.shuffle(vals)
            for w in vals:
                fault = {"step": stp["k"], "mode": mode, "wrong": w}
                try:
                    text, fv, _ = run(tpl, X, style, seed, fault)
                except Bad:
                    continue
                if MARK not in text or text.count(MARK) != 1:
                    continue
                if mode == "slip" and fv != gold:
                    continue
                if mode == "carry" and (fv == gold or fv <= 0):
                    continue
                return text, fault, kd
    return None


def wstr(w):
    if isinstance(w, tuple):
        return "%s R %s" % (final_str(w[0]), final_str(w[1]))
    w = F(w)
    if w.denominator == 1 or term_dec(w):
        return final_str(w)
    return frac_str(w)


def line_span(text):
    i = text.index(MARK)
    text = text.replace(MARK, "")
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    if b < 0:
        b = len(text)
    return text, [a, b]


def make_loop(text, seed):
    rng = random.Random("loop|" + seed)
    lines = text.split("\n")
    # candidate end lines: non-empty body lines, excluding the last answer lines
    body = [i for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("####")]
    lastok = max(2, int(len(lines) * 0.8))
    cands = [i for i in body if 1 <= i <= lastok and "#" not in lines[i][:1]]
    end = rng.choice(cands[len(cands) // 4:] or cands)
    u = rng.choice([1, 1, 2, 2, 3])
    unit_idx = []
    j = end
    while j >= 0 and len(unit_idx) < u:
        unit_idx.append(j)
        j -= 1
    start = min(unit_idx)
    unit_lines = lines[start:end + 1]
    if not any(ln.strip() for ln in unit_lines):
        unit_lines = [lines[end]]
        start = end
    sep = "\n\n" if end + 1 < len(lines) and lines[end + 1] == "" and "" not in unit_lines else "\n"
    unit = "\n".join(unit_lines)
    prefix = "\n".join(lines[:start])
    prefix = prefix + "\n" if prefix else ""
    reps = rng.randint(8, 30)
    out = prefix + unit
    s2 = None
    for r in range(1, reps):
        out += sep
        if r == 1:
            s2 = [len(out), len(out) + len(unit)]
        out += unit
    if rng.random() < 0.5:
        last_nl = unit.rfind("\n") + 1
        stop = len(unit)
        for tok in ("=", "→", "<<", " is ", "\\[", "|"):
            j = unit.find(tok, last_nl)
            if j >= 0:
                stop = min(stop, j)
        cuts = [i for i in range(last_nl + 1, stop) if unit[i - 1] == " " and not unit[i].isdigit()]
        if cuts:
            out += sep + unit[:rng.choice(cuts)]
    return out, s2, reps


def build(out_path):
    rows = []
    n_prob = 0
    for ti, tpl in enumerate(TEMPLATES):
        tid = "%s-%s-%d" % (tpl["struct"].lower(), tpl["pair"], ti)
        for si in range(NSETS):
            seed = "%s|%d" % (tid, si)
            rng = random.Random("nums|" + seed)
            X = gen_nums(tpl, rng, si)
            prob = problem_text(tpl, X, random.Random("text|" + seed))
            style = STYLES[(ti * 5 + si * 7 + ti // 12) % len(STYLES)].name
            text, gold, steps = run(tpl, X, style, seed)
            pid = "%s-%d" % (tid, si)
            base = {"pid": pid, "template": tid, "style": style, "problem": prob}
            fs = final_str(gold)
            assert text.endswith("#### " + fs), (pid, text[-80:])
            rows.append(dict(base, variant="correct", solution=text, final=fs))
            for mode in ("slip", "carry"):
                res = pick_fault(tpl, X, style, seed, steps, gold, mode)
                if res is None:
                    raise RuntimeError("no %s for %s" % (mode, pid))
                ftext, fault, kd = res
                ftext, span = line_span(ftext)
                right = [s for s in steps if s["k"] == fault["step"]][0]["v"]
                rows.append(dict(base, variant=mode, solution=ftext, final=fs, span=span,
                                 wrong=wstr(fault["wrong"]), right=wstr(right), step=fault["step"], kind=kd))
            ltext, lspan, reps = make_loop(text, seed)
            rows.append(dict(base, variant="loop", solution=ltext, final=fs, span=lspan, repeats=reps))
            n_prob += 1
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return n_prob, len(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl"))
    a = ap.parse_args()
    n, r = build(a.out)
    print("problems=%d rows=%d -> %s" % (n, r, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
