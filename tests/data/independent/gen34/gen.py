#!/usr/bin/env python3
"""Generate the signed-number GSM-style evaluation set.

    python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fractions import Fraction as F  # noqa: E402
from core import (Fmt, PFmt, sub_rng, clean, plain, op_value,  # noqa: E402
                  fault_candidates, wpick)
from tdsl import arg_value  # noqa: E402
from templates import TEMPLATES  # noqa: E402
from styles import STYLES, HASH_STYLES, RENDER, fill  # noqa: E402

SETS_PER_TEMPLATE = 4

NAMES = [("Maya", "she", "her"), ("Liam", "he", "his"), ("Priya", "she", "her"),
         ("Diego", "he", "his"), ("Hana", "she", "her"), ("Owen", "he", "his"),
         ("Zoe", "she", "her"), ("Malik", "he", "his"), ("Elena", "she", "her"),
         ("Ravi", "he", "his"), ("Sofia", "she", "her"), ("Jonah", "he", "his"),
         ("Aisha", "she", "her"), ("Mateo", "he", "his"), ("Grace", "she", "her"),
         ("Kenji", "he", "his"), ("Lucy", "she", "her"), ("Omar", "he", "his"),
         ("Nora", "she", "her"), ("Ethan", "he", "his")]
CITIES = ["Fairbanks", "Winnipeg", "Duluth", "Yellowknife", "Oslo", "Helsinki",
          "Anchorage", "Minneapolis", "Reykjavik", "Harbin", "Ulaanbaatar",
          "Montreal", "Calgary", "Nuuk", "Murmansk", "Tromsø", "Quebec City",
          "Bismarck"]


# ------------------------------------------------------------------ evaluation
def evaluate(tpl, P, override=None):
    env = dict(P)
    out = []
    for i, st in enumerate(tpl.steps):
        args = [arg_value(env, a) for a in st.args]
        v = op_value(st.op, args)
        if override and i in override:
            v = override[i]
        env[st.out] = v
        out.append((args, v))
    return out, env


def used_params(tpl):
    names = set(re.findall(r"\{(\w+):", tpl.text))
    for st in tpl.steps:
        names.update(a for a in st.args if a in tpl.params)
    return sorted(names)


def sample_sets(tpl, seed):
    cache = {k: spec.values() for k, spec in tpl.params.items()}
    used = used_params(tpl)
    sets = []
    for k in range(SETS_PER_TEMPLATE):
        for attempt in range(20000):
            rng = sub_rng(seed, tpl.id, k, attempt)
            P = {name: rng.choice(cache[name]) for name in tpl.params}
            try:
                steps, env = evaluate(tpl, P)
            except ZeroDivisionError:
                continue
            if not all(clean(v) for v in env.values()):
                continue
            if tpl.ok and not tpl.ok(env):
                continue
            fin = steps[-1][1]
            if fin == 0:
                continue
            vals = [env[u] for u in used] + [v for _, v in steps]
            if not any(v < 0 for v in vals):
                continue
            key = tuple(P[n] for n in tpl.params)
            if key in [tuple(p[n] for n in tpl.params) for p in sets]:
                continue
            sets.append(P)
            break
        else:
            raise RuntimeError(f"cannot sample {tpl.id} set {k}")
    return sets


# ------------------------------------------------------------------ rendering
class SV:
    pass


class Ctx:
    pass


def problem_text(tpl, P, names, pf):
    def sub(m):
        name, kind = m.group(1), m.group(2)
        if kind is None:
            return names[name]
        return pf.fmt(P[name], kind)
    t = re.sub(r"\{(\w+)(?::([\w$]+))?\}", sub, tpl.text)
    return t


def make_names(seed, pid):
    r = sub_rng(seed, pid, "names")
    a, b = r.sample(range(len(NAMES)), 2)
    n1, n2 = NAMES[a], NAMES[b]
    c = r.sample(CITIES, 3)
    return {"name": n1[0], "he": n1[1], "his": n1[2], "He": n1[1].capitalize(),
            "His": n1[2].capitalize(), "name2": n2[0], "city": c[0],
            "city2": c[1], "city3": c[2]}


IMPERATIVE = {"add", "divide", "subtract", "multiply", "combine", "compare",
              "take", "go", "start", "split", "lose", "apply", "raise", "lower"}
SUBJECTS = {"it", "she", "he", "they", "the", "a", "an", "each", "there",
            "inside", "tomorrow", "last", "london", "tokyo", "sydney",
            "anchorage", "manila", "chicago", "april's", "groceries", "rent",
            "{he}", "{name}", "{city}", "{city2}", "{city3}", "{name2}"}


def why_type(why):
    """clause ("it rose 5 degrees"), imp ("add the lows") or frag ("4 correct")"""
    if not why:
        return None
    w = why.split()[0].lower().rstrip(":,")
    if w in IMPERATIVE:
        return "imp"
    if w in SUBJECTS:
        return "clause"
    return "frag"


SIGN_WORDS = re.compile(r"below|minus|negative|under par|over par")


def sol_sym(fmt, v, kind):
    if kind in ("T", "TF", "$s", "Em", "Eft"):
        unit = {"T": "C", "TF": "F", "$s": "$", "Em": "m", "Eft": "ft"}[kind]
        return fmt.tu(v, unit)
    s = fmt.n(v)
    if fmt.latex and v < 0:
        s = fmt.tu(v, "")
    if kind == "G":
        return ("+" + s) if v > 0 else s
    if kind == "FL":
        return "floor " + s
    return s


def translations(tpl, P, pf, fmt):
    out, seen = [], []
    for name, kind in re.findall(r"\{(\w+):([\w$]+)\}", tpl.text):
        if kind not in ("T", "TF", "$s", "Em", "Eft", "G", "FL", "P"):
            continue
        v = P[name]
        phrase = pf.fmt(v, kind)
        if phrase in seen:
            continue
        if SIGN_WORDS.search(phrase) or (kind == "FL" and re.fullmatch(r"B\d+", phrase)):
            seen.append(phrase)
            out.append((phrase, sol_sym(fmt, v, kind)))
    return out[:3]


def render(tpl, style, fmt, names, key, steps, env, kinds=None, show=None,
           trans=()):
    """steps: list of (args, value) as computed; show: {i: written value}"""
    text_kinds = dict(re.findall(r"\{(\w+):([\w$]+)\}", tpl.text))
    ctx = Ctx()
    ctx.trans = list(trans)
    ctx.style, ctx.fmt, ctx.tpl, ctx.env, ctx.names, ctx.key = style, fmt, tpl, env, names, key
    svs = []
    for i, (st, (args, v)) in enumerate(zip(tpl.steps, steps)):
        sv = SV()
        sv.i, sv.op, sv.args = i, st.op, args
        sv.val = show[i] if show and i in show else v
        sv.unit = tpl.unit if st.unit is None else st.unit
        sv.kind = (kinds or {}).get(i)
        sv.signed_terms = st.op == "sum" and all(
            text_kinds.get(a) in ("S", "P", "G", "$S") for a in st.args)
        sv.change = None
        if st.op in ("add", "sub") and text_kinds.get(st.args[1]) is not None and \
                ((i == 0 and st.args[0] in text_kinds) or
                 (i > 0 and st.args[0] == tpl.steps[i - 1].out)):
            sv.change = args[1] if st.op == "add" else -args[1]
        # texts are filled with the environment as it stood before this step
        ctx.env = env
        sv.label = fill(st.label, ctx)
        sv.short = fill(st.short, ctx)
        sv.why = fill(st.why, ctx) if st.why else None
        sv.wtype = why_type(st.why)
        svs.append(sv)
    ctx.steps = svs
    ctx.ask = fill(tpl.ask, ctx)
    ctx.final = steps[-1][1]
    ctx.start = None
    if tpl.start:
        ctx.start = (tpl.start[0], env[tpl.start[1]])
    lines = RENDER[style](ctx)
    return lines


def join(lines, style, final, hash_gap):
    text = "\n".join(l[0] for l in lines)
    if style in HASH_STYLES:
        text += ("\n\n" if hash_gap else "\n") + "#### " + plain(final)
    return text


def line_span(lines, idx):
    start = sum(len(l[0]) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx][0])]


def eq_line_index(lines, step):
    for j, l in enumerate(lines):
        if l[1] == step and l[2]:
            return j
    raise KeyError(step)


# ------------------------------------------------------------------ problems
def build_problem(tpl, k, P, style, seed):
    pid = f"{tpl.id}-{k}"
    key = f"{seed}|{pid}"
    names = make_names(seed, pid)
    pf = PFmt(sub_rng(key, "pfmt"))
    problem = problem_text(tpl, P, names, pf)
    fmt = Fmt(sub_rng(key, "fmt"), style, tpl.unit)
    fmt.cents = tpl.cents
    if fmt.gsm:
        fmt.dn_chain = False
    if style == "table":
        fmt.diff_abs = False
    hash_gap = style != "gsm8k" and sub_rng(key, "hash").random() < 0.8

    steps, env = evaluate(tpl, P)
    final = steps[-1][1]
    n = len(steps)
    trans = translations(tpl, P, pf, fmt)
    base = {"pid": pid, "template": tpl.id, "style": style, "problem": problem}
    rows = []

    # ---- correct
    lines = render(tpl, style, fmt, names, key, steps, env, trans=trans)
    text = join(lines, style, final, hash_gap)
    rows.append(dict(base, variant="correct", solution=text, final=plain(final)))

    # ---- slip (never the last step; later steps use the right value)
    rs = sub_rng(key, "slip")
    k_slip = rs.randrange(n - 1)
    args, right = steps[k_slip]
    cands = fault_candidates(tpl.steps[k_slip].op, args, right, rs)
    kind, wrong, _ = wpick(rs, cands)
    sl = render(tpl, style, fmt, names, key, steps, env,
                kinds={k_slip: kind}, show={k_slip: wrong}, trans=trans)
    stext = join(sl, style, final, hash_gap)
    j = eq_line_index(sl, k_slip)
    assert len(sl) == len(lines)
    diff = [i for i in range(len(sl)) if sl[i][0] != lines[i][0]]
    assert diff == [j], (pid, diff, j)
    rows.append(dict(base, variant="slip", solution=stext, final=plain(final),
                     span=line_span(sl, j), wrong=plain(wrong), right=plain(right),
                     step=k_slip + 1, kind=kind))

    # ---- carry (any step; everything after recomputed from the wrong value)
    rc = sub_rng(key, "carry")
    order = list(range(n))
    rc.shuffle(order)
    done = False
    for k_c in order:
        args, right = steps[k_c]
        cands = fault_candidates(tpl.steps[k_c].op, args, right, rc)
        while cands and not done:
            pick = wpick(rc, cands)
            cands.remove(pick)
            kind, wrong, _ = pick
            try:
                csteps, cenv = evaluate(tpl, P, {k_c: wrong})
            except ZeroDivisionError:
                continue
            if not all(clean(v) for _, v in csteps):
                continue
            cfinal = csteps[-1][1]
            if cfinal == final:
                continue
            if tpl.id.startswith("tz_") and not (0 <= cfinal < 24) and \
                    tpl.steps[-1].unit == "":
                continue
            cl = render(tpl, style, fmt, names, key, csteps, cenv, kinds={k_c: kind},
                        trans=trans)
            ctext = join(cl, style, cfinal, hash_gap)
            j = eq_line_index(cl, k_c)
            pre = sum(len(l[0]) + 1 for l in cl[:j])
            assert ctext[:pre] == text[:pre], pid
            rows.append(dict(base, variant="carry", solution=ctext, final=plain(cfinal),
                             span=line_span(cl, j), wrong=plain(wrong), right=plain(right),
                             step=k_c + 1, kind=kind, correct_final=plain(final)))
            done = True
        if done:
            break
    assert done, pid

    # ---- loop
    rl = sub_rng(key, "loop")
    k_l = rl.randrange(n - 1)
    per = 2 if (k_l >= 1 and rl.random() < 0.5) else 1
    first_step = k_l - per + 1
    idx = [i for i, l in enumerate(lines) if l[1] is not None and first_step <= l[1] <= k_l]
    assert idx == list(range(idx[0], idx[-1] + 1))
    block = [lines[i][0] for i in idx]
    prefix = [l[0] for l in lines[:idx[-1] + 1]]
    reps = rl.randint(15, 25)
    all_lines = prefix + block * reps
    span_line = len(prefix)
    first = block[0]
    m = re.search(r"\d", first)
    dfree = m.start() if m else len(first)
    cut = None
    if dfree >= 4 and rl.random() < 0.62:
        lo = max(2, dfree // 3)
        cut = first[:rl.randint(lo, min(dfree, len(first) - 1))]
    ltext = "\n".join(all_lines)
    if cut is not None:
        ltext += "\n" + cut
    else:
        ltext = ltext.rstrip("\n")
    s0 = sum(len(x) + 1 for x in all_lines[:span_line])
    rows.append(dict(base, variant="loop", solution=ltext, final=None,
                     span=[s0, s0 + len(first)], repeats=reps, period_lines=len(block)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="signed-v1")
    a = ap.parse_args()
    seed = a.seed
    probs = []
    for tpl in TEMPLATES:
        for k, P in enumerate(sample_sets(tpl, seed)):
            probs.append((tpl, k, P))
    styles = []
    while len(styles) < len(probs):
        styles.extend(STYLES)
    styles = styles[:len(probs)]
    sub_rng(seed, "styles").shuffle(styles)
    rows = []
    for (tpl, k, P), st in zip(probs, styles):
        rows.extend(build_problem(tpl, k, P, st, seed))
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows ({len(probs)} problems) to {a.out}")


if __name__ == "__main__":
    main()
