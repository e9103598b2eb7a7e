#!/usr/bin/env python3
"""Generate the evaluation set.

    python3 gen.py --out set.jsonl [--seed N]

Every problem appears in four variants: correct, slip, carry, loop.
Deterministic for a given seed (all RNGs are seeded with strings).
"""
import argparse
import json
import random
import re

import core
from core import F
from styles import STYLES
from templates import TEMPLATES

SETS_PER_TEMPLATE = 4


class StepView:
    def __init__(self, st, label):
        self.name = st.name
        self.op = st.op
        self.typ = st.typ
        self.unit = st.unit if st.typ != "m" else ""
        self.label = label


class Fin(str):
    """Final-answer text; also knows its plain form for \\boxed{}."""

    def __new__(cls, text, plain, typ):
        o = str.__new__(cls, text)
        o.plain = plain
        o.typ = typ
        return o

    def boxed(self, money):
        if self.typ == "m" and money:
            return "\\$" + self.plain
        return self.plain


class Problem:
    pass


def an_fix(text):
    """'a 8-day trip' -> 'an 8-day trip', 'a $18' -> 'an $18'."""
    return re.sub(r"\b([Aa]) (?=\$?(?:8|11(?![\d,])|18(?![\d,])))", r"\1n ", text)


SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def words_at_start(text):
    """Spell out a small whole number that starts a sentence ('4 friends' -> 'Four friends')."""
    def rep(m):
        n = int(m.group(2))
        return m.group(1) + (SMALL[n].capitalize() if n <= 10 else m.group(2))
    return re.sub(r"(^|[.?!]\s+)(\d+)(?![\d.,/%-])", rep, text)


def split_sentences(text):
    parts = re.split(r"(?<=[.?!])\s+(?=[A-Z0-9$(])", text.strip())
    q = [i for i, s in enumerate(parts) if s.endswith("?")]
    qi = q[-1] if q else len(parts) - 1
    return [s for i, s in enumerate(parts) if i != qi], parts[qi]


def make_problem(tpl, set_idx, env, vals):
    p = Problem()
    p.tpl = tpl
    p.pid = "%s-%d" % (tpl.id, set_idx + 1)
    p.env = env
    p.vals = vals
    textvars = {n: v for n, v in env.items() if tpl.ptypes.get(n) == "s"}
    fmtd = {n: (v if tpl.ptypes[n] == "s" else core.fmt_param(v, tpl.ptypes[n]))
            for n, v in env.items()}
    p.text = words_at_start(an_fix(tpl.text.format(**fmtd)))
    p.steps = []
    for st in tpl.steps:
        label = st.label.format(**textvars)
        assert not re.search(r"\d", label), label
        p.steps.append(StepView(st, label))
    p.facts, p.question = split_sentences(p.text)
    return p


def has_carry(tpl, env, vals, cents):
    fmt = core.Fmt(cents=cents)
    full = core.evaluate(tpl, env)[1]
    for i in range(len(tpl.steps) - 1):
        opts = core.fault_options(tpl, i, full, vals[i], fmt)
        for kind in opts:
            for w in opts[kind]:
                if core.carry_values(tpl, env, i, w) is not None:
                    return True
    return False


def pick_sets(tpl, seed):
    chosen = []
    seen = []
    for k in range(SETS_PER_TEMPLATE):
        got = None
        for env, vals in core.instantiate(tpl, seed, k):
            sig = tuple(sorted((n, str(v)) for n, v in env.items()))
            if sig in seen:
                continue
            if not (has_carry(tpl, env, vals, False) and has_carry(tpl, env, vals, True)):
                continue
            got = (env, vals)
            seen.append(sig)
            break
        if got is None:
            raise SystemExit("template %s: no valid number set %d" % (tpl.id, k))
        chosen.append(got)
    return chosen


def quotas(n, styles):
    raw = [(s.weight * n / 100.0, s) for s in styles]
    base = [int(x) for x, _ in raw]
    left = n - sum(base)
    order = sorted(range(len(styles)), key=lambda i: (-(raw[i][0] - base[i]), i))
    for i in order[:left]:
        base[i] += 1
    return base


def assemble(doc, upto=None):
    """Lines of a full document (upto=None) or of the prefix through step upto
    (inclusive, with its separator).  Returns lines, chunk starts, comp lines."""
    lines = list(doc.pre)
    starts, comps = [], []
    n = len(doc.steps)
    last = n - 1 if upto is None else upto
    for i in range(last + 1):
        starts.append(len(lines))
        comps.append(len(lines) + doc.comp[i])
        lines += doc.steps[i]
        lines += doc.seps[i]
    if upto is None:
        lines += doc.post
    return lines, starts, comps


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def cut_options(line):
    toks = list(re.finditer(r"\S+", line))
    opts = []
    for t in toks:
        if re.search(r"\d", t.group()):
            break
        if t.end() >= len(line.rstrip()):
            break
        pre = line[:t.end()]
        if re.search(r"[A-Za-z]", t.group()) and re.search(r"[A-Za-z]{2}", pre):
            opts.append(pre)
    return opts


class Renderer:
    def __init__(self, p, style, seed):
        self.p = p
        self.style = style
        r = random.Random("%s|wording|%s" % (seed, p.pid))
        self.w = style.wording(r, p)
        self.fmt = self.w["fmt"]
        self.full = core.evaluate(p.tpl, p.env)[1]

    def doc(self, env_ops, results):
        tpl, fmt = self.p.tpl, self.fmt
        parts = [core.step_parts(tpl, i, env_ops, results[i], fmt) for i in range(len(tpl.steps))]
        last = tpl.steps[-1]
        fv = results[-1]
        fin = Fin(fmt.final_text(fv, last.typ, self.p.steps[-1].unit), fmt.final_plain(fv, last.typ), last.typ)
        chk = None
        if self.style.name == "verify_check":
            env_c = dict(env_ops)
            env_c[last.name] = fv
            chk = core.check_parts(tpl, env_c, fmt)
        return self.style.render(self.p, self.w, parts, fin, chk), fmt.final_plain(fv, last.typ)

    def written(self, v, typ):
        return core.plain(v, typ, self.fmt.cents and typ == "m")


def base_row(p, style, variant, solution, final):
    return {"pid": p.pid, "template": p.tpl.id, "style": style.name, "problem": p.text,
            "variant": variant, "solution": solution, "final": final}


def build(seed):
    problems = []
    for tpl in TEMPLATES:
        for k, (env, vals) in enumerate(pick_sets(tpl, seed)):
            problems.append(make_problem(tpl, k, env, vals))
    counts = quotas(len(problems), STYLES)
    assign = []
    for s, c in zip(STYLES, counts):
        assign += [s] * c
    random.Random("%s|style-assignment" % seed).shuffle(assign)

    rows_by_problem = []
    loop_info = []
    for p, style in zip(problems, assign):
        R = Renderer(p, style, seed)
        tpl = p.tpl
        n = len(tpl.steps)
        full = R.full
        vals = p.vals

        # correct
        doc, fin = R.doc(full, vals)
        lines, starts, comps = assemble(doc)
        correct = base_row(p, style, "correct", "\n".join(lines), fin)

        # slip
        r = random.Random("%s|slip|%s" % (seed, p.pid))
        cands = []
        for i in range(n - 1):
            o = core.fault_options(tpl, i, full, vals[i], R.fmt)
            if o:
                cands.append((i, o))
        i, opts = cands[r.randrange(len(cands))]
        kind = core.choose_kind(r, opts)
        wrong = opts[kind][r.randrange(len(opts[kind]))]
        res = list(vals)
        res[i] = wrong
        sdoc, sfin = R.doc(full, res)
        slines, _, _ = assemble(sdoc)
        assert len(slines) == len(lines) and sfin == fin
        diff = [j for j in range(len(lines)) if lines[j] != slines[j]]
        assert diff == [comps[i]], (p.pid, diff, comps[i])
        slip = base_row(p, style, "slip", "\n".join(slines), fin)
        slip.update(span=line_span(slines, comps[i]), wrong=R.written(wrong, tpl.steps[i].typ),
                    right=R.written(vals[i], tpl.steps[i].typ), step=tpl.steps[i].name, kind=kind)

        # carry
        r = random.Random("%s|carry|%s" % (seed, p.pid))
        cands = []
        for i in range(n - 1):
            o = core.fault_options(tpl, i, full, vals[i], R.fmt)
            good = {}
            for k2 in o:
                ok = [w for w in o[k2] if core.carry_values(tpl, p.env, i, w) is not None]
                if ok:
                    good[k2] = ok
            if good:
                cands.append((i, good))
        assert cands, p.pid
        i, opts = cands[r.randrange(len(cands))]
        kind = core.choose_kind(r, opts)
        wrong = opts[kind][r.randrange(len(opts[kind]))]
        cvals, cfull = core.carry_values(tpl, p.env, i, wrong)
        cdoc, cfin = R.doc(cfull, cvals)
        clines, _, ccomps = assemble(cdoc)
        assert clines[:comps[i]] == lines[:comps[i]]
        assert cfin != fin
        carry = base_row(p, style, "carry", "\n".join(clines), cfin)
        carry.update(span=line_span(clines, comps[i]), wrong=R.written(wrong, tpl.steps[i].typ),
                     right=R.written(vals[i], tpl.steps[i].typ), step=tpl.steps[i].name, kind=kind,
                     correct_final=fin)

        # loop (cut-off decided later, globally)
        r = random.Random("%s|loop|%s" % (seed, p.pid))
        k = r.randrange(n - 1)
        b = 2 if (k >= 1 and r.random() < 0.5) else 1
        repeats = r.randint(15, 22)
        plines, pstarts, _ = assemble(doc, upto=k)
        block = plines[pstarts[k - b + 1]:]
        span_line = len(plines)
        llines = plines + block * repeats
        copts = cut_options(block[0])
        cut = copts[r.randrange(len(copts))] if copts else None
        loop_info.append(dict(llines=llines, span_line=span_line, repeats=repeats,
                              period=len(block), cut=cut))
        rows_by_problem.append([correct, slip, carry, p, style])

    # exactly half of the loop rows (or all that can) end with a cut-off line
    possible = [j for j, li in enumerate(loop_info) if li["cut"] is not None]
    random.Random("%s|loop-cut" % seed).shuffle(possible)
    target = min(len(possible), (len(loop_info) + 1) // 2)
    use_cut = [False] * len(loop_info)
    for j in possible[:target]:
        use_cut[j] = True

    rows = []
    for j, (correct, slip, carry, p, style) in enumerate(rows_by_problem):
        li = loop_info[j]
        ll = list(li["llines"])
        if use_cut[j]:
            ll.append(li["cut"])
        else:
            while ll and ll[-1] == "":
                ll.pop()
        loop = base_row(p, style, "loop", "\n".join(ll), None)
        loop.update(span=line_span(ll, li["span_line"]), repeats=li["repeats"],
                    period_lines=li["period"])
        rows += [correct, slip, carry, loop]
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
