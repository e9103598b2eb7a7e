#!/usr/bin/env python3
"""Generate the held-out set: averages, weighted averages, mixtures and sports statistics.

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F  # noqa: E402
from core import Builder, Style, STYLES, Shown, O, N, ev, digits, term_dp  # noqa: E402
import kinds  # noqa: E402

NSETS = 4


def templates():
    out = []
    for kname, ctxs, g, s in kinds.KINDS:
        ti = 0
        for ci, c in enumerate(ctxs):
            for qi, q in enumerate(c["q"]):
                out.append(dict(tid="%s-%d" % (kname, ti), kind=kname, ctx=c, q=q, gen=g, solve=s))
                ti += 1
    return out


def qfields(P):
    d = {}
    for k, v in P.items():
        d[k] = kinds.t(v) if isinstance(v, F) else v
    return d


def run(tp, P, style_name, pid, fault=None):
    rng = random.Random(pid + "|render")
    st = Style(style_name, random.Random(pid + "|style"))
    b = Builder(st, rng, fault)
    fin = tp["solve"](b, P, tp["ctx"])
    return b, fin


# ------------------------------------------------------------------ faults

def wrong_candidates(rec):
    sh = rec["shown"]
    core, neg, dp = sh.core, sh.neg, sh.dp
    bat = core.startswith(".")
    out = []
    num = F("0" + core if bat else core)

    def add(kind, x):
        if x < 0:
            return
        s = digits(x, dp)
        if bat:
            if x >= 1:
                return
            s = s[1:]
        out.append((kind, s, neg))

    unit = F(1, 10 ** dp)
    if not bat:
        add("off_by_one", num + 1)
        add("off_by_one", num - 1)
        if num >= 20:
            add("off_by_ten", num + 10)
            add("off_by_ten", num - 10)
    else:
        add("off_by_ten", num + F(1, 100))
        add("off_by_ten", num - F(1, 100))
    if dp > 0:
        add("last_digit", num + unit)
        add("last_digit", num - unit)
    ds = [i for i, ch in enumerate(core) if ch.isdigit()]
    for a_, b_ in zip(ds, ds[1:]):
        if core[a_] != core[b_] and b_ == a_ + 1:
            s = list(core)
            s[a_], s[b_] = s[b_], s[a_]
            out.append(("digit_swap", "".join(s), neg))
    for i in ds:
        s = core[:i] + core[i + 1:]
        out.append(("digit_drop", s, neg))
        s = core[:i] + core[i] + core[i:]
        out.append(("digit_double", s, neg))
    if dp > 0 and not bat:
        p = core.index(".")
        ip, fp = core[:p], core[p + 1:]
        if len(fp) >= 2:
            out.append(("decimal_shift", ip + fp[0] + "." + fp[1:], neg))
        if len(ip) >= 2:
            out.append(("decimal_shift", ip[:-1] + "." + ip[-1] + fp, neg))
    if neg:
        out.append(("sign_drop", core, False))
        out.append(("sign_drop", core, False))
        out.append(("sign_drop", core, False))
    e = rec["e"]
    if isinstance(e, O) and len(e.a) >= 2:
        alts = []
        vals = []
        try:
            vals = [ev(x) for x in e.a]
        except Exception:
            vals = []
        if vals:
            if e.op == "+" and len(vals) == 2:
                alts.append(("wrong_op", vals[0] - vals[1]))
                alts.append(("wrong_op", vals[0] * vals[1]))
            if e.op == "+" and len(vals) >= 3:
                for j in range(len(vals)):
                    alts.append(("dropped_term", sum(vals, F(0)) - vals[j]))
            if e.op == "-" and len(vals) == 2:
                alts.append(("wrong_op", vals[0] + vals[1]))
            if e.op == "*" and len(vals) == 2:
                alts.append(("wrong_op", vals[0] + vals[1]))
            if e.op == "/" and len(vals) == 2:
                alts.append(("wrong_op", vals[0] * vals[1]))
                alts.append(("wrong_op", vals[0] - vals[1]))
        for kind, x in alts:
            if x < 0 and not neg:
                continue
            s2 = Shown(x, sh.fmt, sh.st)
            if s2.dp != dp and sh.fmt not in ("auto", "int"):
                continue
            c2 = s2.core
            if bat and not c2.startswith("."):
                continue
            out.append((kind, c2, s2.neg))
    return out


def valid_wrong(rec, kind, core, neg):
    sh = rec["shown"]
    if not core or core == "." or core.startswith(".") != sh.core.startswith("."):
        return False
    if core.endswith("."):
        return False
    ip = core.split(".")[0]
    if len(ip) > 1 and ip.startswith("0"):
        return False
    if "." in core and sh.dp == 0:
        return False
    wdp0 = len(core.split(".")[1]) if "." in core else 0
    if wdp0 != sh.dp and sh.fmt not in ("auto", "int"):
        return False
    if core == sh.core and neg == sh.neg:
        return False
    try:
        w = sh.with_core(core, neg)
    except Exception:
        return False
    exact = rec["exact"]
    wdp = len(core.split(".")[1]) if "." in core else 0
    tol = F(1, 2 * 10 ** wdp) / sh.scale
    if abs(w - exact) <= tol:
        return False
    # alternative reading of a percent result (value written as N%)
    if sh.suf:
        wl = F(("0" + core) if core.startswith(".") else core) * (-1 if neg else 1)
        if abs(wl - exact) <= F(1, 2 * 10 ** wdp) or abs(wl / 100 - exact) <= F(1, 2 * 10 ** wdp) / 100:
            return False
    if exact != 0 and abs(w) > 0 and (abs(w / exact) > 20 or abs(exact / w) > 20):
        return False
    return True


def choose_fault(tp, P, style_name, pid, mode, ref_final, nsteps):
    r = random.Random(pid + "|" + mode)
    steps = list(range(1, nsteps + 1))
    r.shuffle(steps)
    b0, _ = run(tp, P, style_name, pid)
    negs = [k for k in steps if b0.rec[k - 1]["shown"].neg]
    if negs and r.random() < 0.6:
        steps = negs + [k for k in steps if k not in negs]
    for k in steps:
        rec = b0.rec[k - 1]
        if mode == "slip" and not rec["slip_ok"]:
            continue
        cands = [c for c in wrong_candidates(rec) if valid_wrong(rec, *c)]
        if not cands:
            continue
        # prefer realistic kinds evenly: group by kind
        kinds_av = sorted(set(c[0] for c in cands))
        order = kinds_av[:]
        r.shuffle(order)
        if "sign_drop" in order and r.random() < 0.7:
            order.remove("sign_drop")
            order.insert(0, "sign_drop")
        for kd in order:
            opts = [c for c in cands if c[0] == kd]
            kind, core, neg = r.choice(opts)
            fault = dict(step=k, mode=mode, wcore=core, wneg=neg)
            try:
                b, fin = run(tp, P, style_name, pid, fault)
            except (ZeroDivisionError, ValueError, AssertionError):
                continue
            if b.fault_line is None:
                continue
            if mode == "slip" and fin != ref_final:
                continue
            if mode == "carry":
                if fin == ref_final:
                    continue
                if fin.lstrip("-").startswith("-") or (fin.startswith("-") and not ref_final.startswith("-")):
                    continue
            wtxt = rec["shown"].text(core=core, neg=neg)
            return b, fin, dict(step=k, kind=kind, wrong=wtxt, right=rec["txt"])
    raise RuntimeError("no fault for %s %s" % (pid, mode))


def line_span(text, idx):
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:idx])
    return [start, start + len(lines[idx])]


# ------------------------------------------------------------------ loops

def make_loop(text, pid):
    r = random.Random(pid + "|loop")
    L = text.split("\n")
    body_end = len(L)
    while body_end > 0 and (L[body_end - 1].startswith("####") or L[body_end - 1] == ""):
        body_end -= 1
    # drop the answer block at the end from the candidate region
    cands = []
    for k in range(1 if body_end > 2 else 0, body_end):
        if L[k] == "" or L[k].startswith("####"):
            continue
        for u in (1, 2, 3):
            if k + u > body_end:
                continue
            unit = L[k:k + u]
            if unit[-1] == "" and u == 1:
                continue
            if any(x.startswith("|") for x in unit) or (k + u < len(L) and L[k + u].startswith("|") and unit[-1] != ""):
                continue
            if any(x.startswith(("**Answer", "**Final", "The final answer", "So ")) for x in unit):
                continue
            cands.append((k, u))
    if not cands:
        raise RuntimeError("no loop unit for " + pid + repr(L))
    pref = [c for c in cands if any(("=" in x or "|" in x) for x in L[c[0]:c[0] + c[1]])]
    k, u = r.choice(pref if pref and r.random() < 0.75 else cands)
    unit = L[k:k + u]
    # a blank line after a one-line unit makes paragraph-style repetition
    if u < 3 and k + u < body_end and L[k + u] == "" and r.random() < 0.5:
        unit = unit + [""]
    n = r.randint(8, 30)
    pre = "\n".join(L[:k])
    ut = "\n".join(unit)
    body = "\n".join([ut] * n)
    text2 = pre + ("\n" if pre else "") + body
    s2 = len(pre) + (1 if pre else 0) + len(ut) + 1
    span = [s2, s2 + len(ut)]
    # sometimes the output is cut off inside one more copy (before any digit)
    first = unit[0]
    cut = 0
    for i, ch in enumerate(first):
        if ch.isdigit() or ch == "=":
            break
        cut = i
    if cut > 6 and r.random() < 0.4:
        text2 += "\n" + first[:r.randint(3, cut)]
    return text2, span, n


# ------------------------------------------------------------------ main

def build():
    rows = []
    pidx = 0
    for tp in templates():
        for k in range(NSETS):
            pid = "%s-%d" % (tp["tid"], k + 1)
            P = tp["gen"](random.Random(pid + "|nums"), tp["ctx"])
            problem = tp["q"].format(**qfields(P))
            style_name = STYLES[pidx % len(STYLES)]
            pidx += 1
            b0, fin0 = run(tp, P, style_name, pid)
            text0 = b0.text()
            base = dict(pid=pid, template=tp["tid"], style=style_name, problem=problem)
            rows.append(dict(base, variant="correct", solution=text0, final=fin0))
            ns = len(b0.rec)
            for mode in ("slip", "carry"):
                b, fin, info = choose_fault(tp, P, style_name, pid, mode, fin0, ns)
                txt = b.text()
                sp = line_span(txt, b.fault_line)
                rows.append(dict(base, variant=mode, solution=txt, final=fin0, span=sp,
                                 wrong=info["wrong"], right=info["right"], step=info["step"], kind=info["kind"]))
            lt, lsp, n = make_loop(text0, pid)
            rows.append(dict(base, variant="loop", solution=lt, final=fin0, span=lsp, repeats=n))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
