#!/usr/bin/env python3
"""Generate the held-out set (genre: computers, phones and data).

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and
PYTHONHASHSEED.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F          # noqa: E402
from core import S, R, Invalid, make_wrong, FAULT_KINDS, fnum, exact_within  # noqa: E402
from render import STYLES, render, style_cfg, result_num  # noqa: E402
from problems import STRUCTS                  # noqa: E402

SETS = 4
NCALC = {}   # pid -> number of rendered computations (diagnostics only)
MARK = re.compile("\x02(\\d+)\x03")


def display(P):
    D = {}
    for k, v in P.items():
        D[k] = fnum(v, 6)
    if "secs" in P:
        D["secs2"] = "%02d" % int(P["secs"])
    return D


def run(st, P, pid, inj=None):
    s = S(inj)
    s.g = R(pid + "|text")
    st["solve"](s, P)
    return s


def strip_marks(text):
    pos = {}
    out = []
    last = 0
    for m in MARK.finditer(text):
        out.append(text[last:m.start()])
        pos[int(m.group(1))] = sum(len(x) for x in out)
        last = m.end()
    out.append(text[last:])
    return "".join(out), pos


def line_span(text, off):
    a = text.rfind("\n", 0, off) + 1
    b = text.find("\n", off)
    if b < 0:
        b = len(text)
    return [a, b]


def valid_correct(st, s):
    calcs = [c for c in s.calcs if not c.check]
    if not st["approx"] and any(not c.exact for c in calcs):
        return False
    if not any(c.elig for c in calcs):
        return False
    return True


def choose_fault(s, c, g, mode, avoid=None):
    elig = [x for x in s.calcs if x.elig and not x.check]
    tries = []
    for x in elig:
        for k in FAULT_KINDS:
            tries.append((x.idx, k))
    g.shuffle(tries)
    # prefer a different step from `avoid` for variety
    if avoid is not None:
        tries.sort(key=lambda t: t[0] == avoid)
    for idx, kind in tries:
        x = s.calcs[idx]
        rs = result_num(x, c)
        w = make_wrong(kind, rs, x.shown, x.expr, x.dp, x.fixed, R("%s|%d|%s" % (mode, idx, kind) + str(g.random())))
        if w is None:
            continue
        yield idx, kind, w


def build_problem(st, qi, k, style, tcount):
    name = st["name"]
    pid = "%s-%d-%d" % (name, qi + 1, k + 1)
    return pid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    tcount = 0
    for st in STRUCTS:
        for qi, q in enumerate(st["qs"]):
            template = "%s-%d" % (st["name"], qi + 1)
            seen = set()
            for k in range(SETS):
                pid = "%s-%d" % (template, k + 1)
                style = STYLES[(tcount * SETS + k) % len(STYLES)]
                g = R("params|" + pid)
                for attempt in range(500):
                    P = st["gen"](g)
                    key = tuple(sorted((kk, str(v)) for kk, v in P.items()))
                    if key in seen:
                        continue
                    try:
                        s0 = run(st, P, pid)
                    except (Invalid, ZeroDivisionError):
                        continue
                    if not valid_correct(st, s0):
                        continue
                    sx = S(None, exact=True)
                    sx.g = R(pid + "|text")
                    st["solve"](sx, P)
                    if sx.final != s0.final:
                        continue   # intermediate rounding would change the answer
                    rr = make_rows(st, P, pid, template, style, q)
                    if rr is None:
                        continue
                    break
                else:
                    raise SystemExit("no params for " + pid)
                seen.add(key)
                rows.extend(rr)
            tcount += 1
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def make_rows(st, P, pid, template, style, q):
    problem = q.format(**display(P))
    c = style_cfg(style, pid)
    s0 = run(st, P, pid)
    t0, pos0 = strip_marks(render(style, s0.els, pid, st["goal"]))
    final = t0.rsplit("#### ", 1)[1]
    NCALC[pid] = s0.n
    base = dict(pid=pid, template=template, style=style, problem=problem)
    rows = []
    rows.append(dict(base, variant="correct", solution=t0, final=final))
    g = R("fault|" + pid)
    # ---- slip
    slip_idx = None
    for idx, kind, w in choose_fault(s0, c, g, "slip"):
        try:
            s1 = run(st, P, pid, dict(step=idx, wrong=w, mode="slip"))
        except (Invalid, ZeroDivisionError):
            continue
        t1, pos1 = strip_marks(render(style, s1.els, pid, st["goal"]))
        if t1.rsplit("#### ", 1)[1] != final:
            continue
        x = s1.calcs[idx]
        rows.append(dict(base, variant="slip", solution=t1, final=final,
                         span=line_span(t1, pos1[idx]), wrong=result_num(x, c),
                         right=result_num(s0.calcs[idx], c), step=idx + 1, kind=kind))
        slip_idx = idx
        break
    else:
        return None
    # ---- carry
    for idx, kind, w in choose_fault(s0, c, g, "carry", avoid=slip_idx):
        try:
            s2 = run(st, P, pid, dict(step=idx, wrong=w, mode="carry"))
        except (Invalid, ZeroDivisionError):
            continue
        if not valid_carry(s2):
            continue
        t2, pos2 = strip_marks(render(style, s2.els, pid, st["goal"]))
        f2 = t2.rsplit("#### ", 1)[1]
        if f2 == final:
            continue
        sp = line_span(t2, pos2[idx])
        if result_num(s2.calcs[idx], c) not in t2[sp[1]:]:
            continue
        x = s2.calcs[idx]
        rows.append(dict(base, variant="carry", solution=t2, final=final,
                         span=line_span(t2, pos2[idx]), wrong=result_num(x, c),
                         right=result_num(s0.calcs[idx], c), step=idx + 1, kind=kind))
        break
    else:
        return None
    # ---- loop
    rows.append(make_loop(t0, pos0, s0, pid, base, final))
    return rows


def valid_carry(s):
    for x in s.calcs:
        if x.idx > s.inj["step"]:
            # carried values must keep a sane story: positive, not absurdly long decimals
            if x.right <= 0 and not x.neg_ok:
                return False
    return True


LOOP_PRE = ["Wait, let me recompute: ", "Let me double-check: ", "Actually, let me recalculate: ",
            "Hmm, recalculating: ", "Re-checking: "]


def make_loop(text, pos, s0, pid, base, final):
    g = R("loop|" + pid)
    body = text.rsplit("\n\n#### ", 1)[0]
    starts = [0] + [i + 1 for i, ch in enumerate(body) if ch == "\n"]
    nl = len(starts)
    copies = g.randint(8, 30)
    calc_lines = sorted(set(body.rfind("\n", 0, p) + 1 for i, p in pos.items() if p < len(body)))
    calc_lines = [a for a in calc_lines if not body[a:a + 1] in ("|", " ", "\\")]
    if g.random() < 0.3 and calc_lines and base["style"] not in ("latex_display", "boxed", "table"):
        # a re-check line about one computation, repeated
        a = g.choice(calc_lines[:max(1, len(calc_lines) - 1)])
        b = body.find("\n", a)
        b = len(body) if b < 0 else b
        line = body[a:b].strip()
        line = re.sub(r"^(\d+\.|-)\s+", "", line)
        unit = g.choice(LOOP_PRE) + line + "\n"
        prefix = body[:b] + "\n"
        if prefix.endswith("\n\n"):
            prefix = prefix[:-1]
        prefix = prefix + unit
    else:
        # pieces: a non-empty line together with the blank lines that follow it
        pieces = []
        for m in re.finditer(r"[^\n]+\n+", body + "\n"):
            pieces.append((m.start(), m.end()))
        first = min(pos.values())
        fp = [i for i, (x, y) in enumerate(pieces) if x <= first < y][0]
        npc = len(pieces)
        lo = max(1, fp)
        hi = max(lo, npc - 2)
        e = g.randint(lo, hi)
        ul = g.choice([1, 1, 2, 2, 3])
        sidx = max(1, e - ul + 1)
        ua = pieces[sidx][0]
        ub = pieces[e][1]
        unit = (body + "\n")[ua:ub]
        prefix = body[:ua] + unit
    sol = prefix + unit * (copies - 1)
    if g.random() < 0.35:
        cuts = []
        for p in range(1, len(unit) - 1):
            if unit[p] != " ":
                continue
            last = unit[:p].rsplit("\n", 1)[-1]
            if not re.search(r"=|≈|~|\bis\b|equals|comes to|gives|\\approx", last):
                cuts.append(p)
        if cuts:
            sol += unit[:g.choice(cuts)]
    sp = [len(prefix), len(prefix) + len(unit)]
    return dict(base, variant="loop", solution=sol, final=final, span=sp, repeats=copies)


if __name__ == "__main__":
    main()
