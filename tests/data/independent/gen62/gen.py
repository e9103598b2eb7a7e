#!/usr/bin/env python3
"""Generate the held-out evaluation set (nutrition / health / medicine worked solutions).

python3 gen.py --out set.jsonl
Deterministic: string-seeded random.Random only; no set iteration, time or pid.
"""
import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import (F, KINDS, SV, dec_str, evaluate, mutate, wrong_ok, group3, rnd)  # noqa: E402
from structs import REG  # noqa: E402
from styles import STYLES, Renderer  # noqa: E402

NSETS = 4


class Prob:
    def __init__(self, name, phr_i, set_i, text, d, sep):
        self.name = name
        self.pid = "%s-%d-%d" % (name, phr_i, set_i)
        self.template = "%s-%d" % (name, phr_i)
        self.problem = text
        self.steps = d["steps"]
        self.v = d["v"]
        self.goal = d["goal"]
        self.ans = d["ans"]
        self.givens = d.get("givens", [])
        self.final_i = d.get("final_i", len(self.steps) - 1)
        self.final_unit = d.get("final_unit")
        self.extra = d.get("extra")
        self.sep = sep

    def final_str(self, svs):
        s = dec_str(svs[self.final_i].val)
        if "." in s:
            s = s.rstrip("0").rstrip(".")
        return s


def make_fmt(sep):
    def fm(x):
        s = dec_str(F(str(x)))
        if sep:
            ip, _, fp = s.partition(".")
            if len(ip) > 3:
                ip = group3(ip)
            s = ip + ("." + fp if fp else "")
        return s
    return fm


def build_problems():
    probs = []
    for name, fn, phr in REG:
        for pi, ptext in enumerate(phr):
            for k in range(NSETS):
                r = random.Random("%s|%d|%d|numbers" % (name, pi, k))
                sep = r.random() < 0.7
                d = fn(r, make_fmt(sep))
                text = ptext.format(**d["v"])
                probs.append(Prob(name, pi, k, text, d, sep))
    return probs


def copy_sv(sv):
    n = SV()
    n.__dict__.update(sv.__dict__)
    return n


def prepare(svs):
    for sv in svs:
        sv.shown = sv.raw
        sv.shown_post = sv.val if sv.post_changed else None
    return svs


def valid_chain(steps, svs, start):
    for i in range(start, len(steps)):
        v = svs[i].val
        if v == 0 or (v < 0 and not steps[i].neg):
            return False
    return True


def choose_fault(prob, correct, mode):
    r = random.Random(prob.pid + "|" + mode)
    pairs = [(i, k) for i in range(len(prob.steps)) for k in KINDS]
    r.shuffle(pairs)
    # a dropped minus sign is the typical slip on a negative result: try it first there
    if r.random() < 0.6:
        pairs = [p for p in pairs if p[1] == "sign_drop" and correct[p[0]].raw < 0] + \
                [p for p in pairs if not (p[1] == "sign_drop" and correct[p[0]].raw < 0)]
    # prefer realistic kinds a bit: move sign_drop / wrong_op forward when applicable
    vals = [sv.val for sv in correct]
    for i, kind in pairs:
        st = prob.steps[i]
        if mode == "carry" and i > prob.final_i:
            continue
        w = mutate(kind, st, correct[i], vals[:i], r)
        if w is None or not wrong_ok(st, correct[i], w):
            continue
        if mode == "carry":
            try:
                svs = prepare(evaluate(prob.steps, (i, w)))
            except ZeroDivisionError:
                continue
            if not valid_chain(prob.steps, svs, i):
                continue
            if svs[prob.final_i].val == correct[prob.final_i].val:
                continue
            # a carried value must stay a sensible decimal
            if any(len(dec_str(sv.val)) > 14 for sv in svs):
                continue
            return i, kind, w, svs
        else:
            svs = [copy_sv(x) for x in correct]
            svs[i].raw = w
            svs[i].shown = w
            svs[i].faulty = True
            if st.post:
                pv = rnd(w, st.post[1], "half" if st.post[0] == "round" else st.post[0])
                svs[i].shown_post = pv if pv != w else None
            return i, kind, w, svs
    raise RuntimeError("no fault for " + prob.pid)


def render(prob, style, svs):
    rr = random.Random(prob.pid + "|render")
    rd = Renderer(prob, svs, rr, style)
    return rd.render()


def join(lines):
    text = ""
    starts = []
    for i, (t, _) in enumerate(lines):
        starts.append(len(text))
        text += t + ("\n" if i < len(lines) - 1 else "")
    return text, starts


def line_span(lines, starts, step):
    for i, (t, tags) in enumerate(lines):
        if step in tags:
            return [starts[i], starts[i] + len(t)]
    raise RuntimeError("step line not found")


def fmt_raw(prob, i, x):
    st = prob.steps[i]
    s = dec_str(x, 2 if st.money else 0)
    if not st.money and "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def make_loop(prob, lines):
    r = random.Random(prob.pid + "|loop")
    body = lines[:-1]  # drop '#### ...'
    while body and body[-1][0] == "":
        body = body[:-1]
    nb = [i for i, (t, _) in enumerate(body) if t.strip()]
    # end of the repeated unit: not the very last line of the body, prefer step lines
    def contentful(j):
        t = body[j][0].strip()
        return len(t) >= 8 and sum(ch.isalnum() for ch in t) >= 4
    cand = [j for j in nb[:-1] if contentful(j)] or [j for j in nb if contentful(j)]
    steplines = [j for j in cand if body[j][1]]
    e = r.choice(steplines if steplines and r.random() < 0.75 else cand)
    k = r.choice([1, 1, 2, 2, 3])
    pos = nb.index(e)
    s = nb[max(0, pos - k + 1)]
    while e - s + 1 > 3:  # the unit spans at most 3 lines (blank separators included)
        s = min(j for j in nb if j > s)
    unit = "\n".join(t for t, _ in body[s:e + 1])
    nxt = body[e + 1][0] if e + 1 < len(body) else ""
    joiner = "\n\n" if nxt == "" else "\n"
    prefix = "\n".join(t for t, _ in body[:s]) + "\n" if s > 0 else ""
    n = r.randint(8, 30)
    text = prefix + joiner.join([unit] * n)
    start2 = len(prefix) + len(unit) + len(joiner)
    span = [start2, start2 + len(unit)]
    if r.random() < 0.4:
        cut = r.randint(1, max(1, len(unit) - 1))
        while cut < len(unit) and unit[cut] != " ":
            cut += 1
        part = unit[:cut].rstrip()
        if part and part != unit:
            text += joiner + part
    assert text[span[0]:span[1]] == unit
    return text, span, n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    probs = build_problems()
    order = list(range(len(probs)))
    random.Random("style-assignment").shuffle(order)
    style_of = {}
    for pos, idx in enumerate(order):
        style_of[idx] = STYLES[pos % len(STYLES)]
    rows = []
    for idx, prob in enumerate(probs):
        style = style_of[idx]
        correct = prepare(evaluate(prob.steps))
        base = {"pid": prob.pid, "template": prob.template, "style": style, "problem": prob.problem}
        final = prob.final_str(correct)
        # correct
        lines = render(prob, style, correct)
        text, starts = join(lines)
        rows.append(dict(base, variant="correct", solution=text, final=final))
        # slip
        i, kind, w, svs = choose_fault(prob, correct, "slip")
        sl = render(prob, style, svs)
        stext, sstarts = join(sl)
        span = line_span(sl, sstarts, i)
        wrong, right = fmt_raw(prob, i, w), fmt_raw(prob, i, correct[i].raw)
        rows.append(dict(base, variant="slip", solution=stext, final=final, span=span, wrong=wrong,
                         right=right, step=i + 1, kind=kind))
        # carry
        i, kind, w, svs = choose_fault(prob, correct, "carry")
        cl = render(prob, style, svs)
        ctext, cstarts = join(cl)
        span = line_span(cl, cstarts, i)
        rows.append(dict(base, variant="carry", solution=ctext, final=final, span=span,
                         wrong=fmt_raw(prob, i, w), right=fmt_raw(prob, i, correct[i].raw), step=i + 1, kind=kind))
        # loop
        ltext, lspan, n = make_loop(prob, lines)
        rows.append(dict(base, variant="loop", solution=ltext, final=final, span=lspan, repeats=n))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d problems) to %s" % (len(rows), len(probs), a.out))


if __name__ == "__main__":
    main()
