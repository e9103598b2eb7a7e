#!/usr/bin/env python3
"""Generate the evaluation set: python3 gen.py --out set.jsonl [--seed N]"""
import argparse
import json
import re
import random

from core import (CURRENCIES, UNITS, arg_value, choose_fault, draw_values,
                  evaluate, valid_value)
from styles import STYLES, STYLE_BY_NAME, Fmt
import templates

NAMES = {
    "uk": (["Amelia", "Olivia", "Isla", "Freya", "Poppy", "Siobhan", "Megan", "Priya", "Aisha",
            "Harriet", "Niamh", "Eleanor", "Charlotte", "Imogen", "Zara", "Ruth", "Bethan"],
           ["Oliver", "Harry", "Callum", "Rhys", "Jack", "Alfie", "George", "Finlay", "Oscar",
            "Rory", "Euan", "Kieran", "Samir", "Tom", "Dylan", "Ewan", "Hamish"]),
    "eu": (["Sofia", "Elena", "Lena", "Marta", "Chloé", "Inès", "Giulia", "Anna", "Katarzyna",
            "Ingrid", "Sanne", "Lucía", "Eva", "Mila", "Clara", "Astrid"],
           ["Lukas", "Matteo", "Jan", "Pierre", "Mateo", "Luca", "Tomás", "Henrik", "Pieter",
            "Marco", "Jonas", "Antoine", "Nikos", "Diego", "Felix", "Bram"]),
    "in": (["Priya", "Ananya", "Kavya", "Meera", "Aditi", "Sneha", "Pooja", "Lakshmi", "Divya",
            "Riya", "Nisha", "Shreya", "Farah", "Ishita"],
           ["Arjun", "Rohan", "Vikram", "Sanjay", "Rahul", "Aarav", "Karthik", "Manoj", "Nikhil",
            "Suresh", "Imran", "Dev", "Harpreet", "Anil"]),
    "jp": (["Yui", "Aoi", "Hina", "Emi", "Sakura", "Yuki", "Mei", "Rin", "Haruka", "Naomi"],
           ["Haruto", "Sota", "Ren", "Kenji", "Takumi", "Daiki", "Yuto", "Hiroshi", "Kaito", "Riku"]),
    "ch": (["Lea", "Mia", "Nina", "Anna", "Laura", "Sara", "Elena", "Chiara", "Lara", "Julia"],
           ["Luca", "Noah", "Reto", "Jonas", "Nico", "Matteo", "Leon", "Samuel", "Simon", "Fabian"]),
}

PRON = {"f": ("she", "her", "her"), "m": ("he", "him", "his")}

VARIANTS = ("correct", "slip", "carry", "loop")


def quota(n):
    tot = sum(s.weight for s in STYLES)
    raw = [(s.name, n * s.weight / tot) for s in STYLES]
    counts = {k: int(v) for k, v in raw}
    left = n - sum(counts.values())
    order = sorted(raw, key=lambda kv: (-(kv[1] - int(kv[1])), kv[0]))
    for k, _ in order[:left]:
        counts[k] += 1
    return counts


def fill(text, mp):
    def rep(m):
        k = m.group(1)
        if k not in mp:
            raise KeyError("placeholder {%s} in %r" % (k, text))
        return mp[k]
    return re.sub(r"\{(\w+)\}", rep, text)


def pick_names(rng, region):
    fem, mal = NAMES[region]
    pool = [(n, "f") for n in fem] + [(n, "m") for n in mal]
    out = []
    while len(out) < 3:
        c = pool[rng.randrange(len(pool))]
        if all(c[0] != o[0] for o in out):
            out.append(c)
    mp = {}
    for key, (nm, g) in zip(("A", "B", "C"), out):
        he, him, his = PRON[g]
        pre = "" if key == "A" else key
        mp[key] = nm
        mp[pre + "he"] = he
        mp[pre + "him"] = him
        mp[pre + "his"] = his
        mp[pre + "He"] = he.capitalize()
        mp[pre + "His"] = his.capitalize()
    return mp


def unit_map(fmt):
    mp = {}
    for u in UNITS:
        mp["U_" + u] = fmt.unit_name(u, 1)
        mp["Us_" + u] = fmt.unit_name(u, 2)
    # "per l" reads oddly even in abbreviating styles: write "per litre"
    mp["U_l"] = UNITS["l"][1]
    return mp


def step_dicts(t, vals, used, shown, fmt, names):
    v = dict(vals)
    v.update(used)
    out = []
    for i, st in enumerate(t.steps):
        args = [arg_value(a, v) for a in st.args]
        kinds = [t.kind_of(a) for a in st.args]
        lhs, rhs = fmt.expr(st.op, args, kinds, shown[st.name], st.rtype)
        e = fmt.eq(lhs, rhs)
        nm = dict(names)
        nm["e"] = "{e}"
        say = fill(st.say, nm) if st.say else None
        out.append(dict(i=i, lab=fill(st.label, names), say=say, e=e, lhs=lhs, rhs=rhs))
    return out


def assemble(pre, groups, post):
    lines = list(pre)
    res_line, ranges = [], []
    for g, ri in groups:
        start = len(lines)
        lines += g
        res_line.append(start + ri)
        ranges.append((start, len(lines)))
    lines += post
    return lines, res_line, ranges


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


class Problem:
    pass


def make_problem(t, k, style, seed, used_sets):
    pid = "%s-%d" % (t.id, k)
    n = len(t.steps)
    says = [st.say is not None for st in t.steps]
    plan = style.plan(random.Random("%s|%s|plan" % (seed, pid)), n, says)
    cur = CURRENCIES[plan["o"]["cur"]]
    rng_n = random.Random("%s|%s|names" % (seed, pid))
    names = pick_names(rng_n, cur["region"])
    month = rng_n.randrange(12)
    year = rng_n.choice([2025, 2026])
    fmt = style.fmt(plan, cur)
    o2 = dict(plan["o"])
    if o2["sep"] == "\\,":
        o2["sep"] = "\u2009"
    tfmt = Fmt(o2, cur, latex=False)
    pfmt = style.problem_fmt(plan, cur)

    rng = random.Random("%s|%s|num" % (seed, pid))
    rng_f = random.Random("%s|%s|faults" % (seed, pid))
    plain_of = fmt.plain
    for attempt in range(60000):
        vals = draw_values(t, rng, cur)
        if any(x <= 0 for x in vals.values()):
            continue
        if not all(valid_value(vals[x], t.vars[x].kind, cur) for x in vals
                   if t.vars[x].kind == "$" or t.vars[x].kind.startswith("#")):
            continue
        if t.cond and not t.cond(vals):
            continue
        sv = evaluate(t, vals, cur)
        if sv is None:
            continue
        key = tuple(str(vals[x]) for x in vals)
        if key in used_sets:
            continue
        slip = choose_fault(t, vals, sv, cur, plain_of, rng_f, carry=False)
        carry = choose_fault(t, vals, sv, cur, plain_of, rng_f, carry=True)
        if slip is None or carry is None:
            continue
        break
    else:
        raise RuntimeError("no valid number set for " + pid)
    used_sets.append(key)

    # problem text
    mp = dict(names)
    mp.update(unit_map(pfmt))
    mp["month"] = __import__("styles").MONTHS[month]
    for name, spec in t.vars.items():
        mp[name] = pfmt.var_text(vals[name], spec.kind, month, year)
    problem = fill(t.text, mp)
    problem = re.sub(r"(^|[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), problem)

    last = t.steps[-1]

    def fin_for(x):
        r = tfmt.final(x, last.rtype)
        nm = dict(names)
        nm["r"] = r
        ans = fill(t.ans, nm) if t.ans else "the answer is " + r
        return dict(r=r, r_tex=fmt.final(x, last.rtype), plain=fmt.plain(x, last.rtype), ans=ans)

    def render(used, shown):
        S = step_dicts(t, vals, used, shown, fmt, names)
        fin = fin_for(shown[last.name])
        pre, groups, post = style.render(plan, S, fin)
        return assemble(pre, groups, post), fin

    base = dict(pid=pid, template=t.id, style=style.name, problem=problem)
    rows = []
    (lines, res_line, ranges), fin = render(sv, sv)
    sol = "\n".join(lines)
    rows.append(dict(base, variant="correct", solution=sol, final=fin["plain"]))

    # slip
    i, kind, w, _ = slip
    st = t.steps[i]
    shown = dict(sv)
    shown[st.name] = w
    (l2, rl2, _), fin2 = render(sv, shown)
    rows.append(dict(base, variant="slip", solution="\n".join(l2), final=fin2["plain"],
                     span=line_span(l2, rl2[i]), wrong=fmt.plain(w, st.rtype),
                     right=fmt.plain(sv[st.name], st.rtype), step=st.name, kind=kind))
    assert fin2["plain"] == fin["plain"]

    # carry
    i, kind, w, cv = carry
    st = t.steps[i]
    (l3, rl3, _), fin3 = render(cv, cv)
    rows.append(dict(base, variant="carry", solution="\n".join(l3), final=fin3["plain"],
                     span=line_span(l3, rl3[i]), wrong=fmt.plain(w, st.rtype),
                     right=fmt.plain(sv[st.name], st.rtype), step=st.name, kind=kind,
                     correct_final=fin["plain"]))
    assert fin3["plain"] != fin["plain"]

    # loop
    rl = random.Random("%s|%s|loop" % (seed, pid))
    kk = rl.randint(0, n - 2)
    b = 2 if (kk >= 1 and rl.random() < 0.5) else 1
    reps = rl.randint(15, 22)
    want_cut = rl.random() < 0.62
    gs, ge = ranges[kk - b + 1][0], ranges[kk][1]
    block = lines[gs:ge]
    out = lines[:ge] + block * reps
    if want_cut:
        words = block[0].split(" ")
        m = 0
        while m < len(words) - 1 and not re.search(r"\d", words[m]) and words[m]:
            m += 1
        cs = [c for c in range(1, m + 1)
              if any(re.search(r"[A-Za-z]", w) for w in words[:c])]
        if cs:
            out.append(" ".join(words[:cs[rl.randrange(len(cs))]]))
    rows.append(dict(base, variant="loop", solution="\n".join(out), final=None,
                     span=line_span(out, ge), repeats=reps, period_lines=len(block)))
    return rows


def build(seed):
    tpls = templates.TEMPLATES
    ids = [t.id for t in tpls]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate template ids")
    problems = [(t, k) for t in tpls for k in range(1, 5)]
    counts = quota(len(problems))
    bag = []
    for s in STYLES:
        bag += [s.name] * counts[s.name]
    random.Random("%s|styles" % seed).shuffle(bag)
    rows = []
    used = {}
    for (t, k), sname in zip(problems, bag):
        rows += make_problem(t, k, STYLE_BY_NAME[sname], seed, used.setdefault(t.id, []))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
