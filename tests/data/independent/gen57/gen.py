#!/usr/bin/env python3
"""Generate the grading/critique evaluation set (stdlib only, deterministic).

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from engine import Problem, choose_fault, comp_str, fmt_num, with_unit, fin, hnum, rng, mk_o  # noqa: E402
from problems import STRUCTS  # noqa: E402
from styles import STYLES, Ctx, style_options, student_options  # noqa: E402

N_SETS = 4
P_STUDENT_OK = 0.4

WRAPPERS = [
    "Check the student's solution below. Is it correct? If there's a mistake, explain it and give the correct answer.\n\nProblem: {q}\n\nStudent's solution:\n{w}",
    "You are a math teacher grading homework.\n\nQuestion: {q}\n\nStudent answer:\n{w}\n\nGrade the answer, point out any errors, and solve the problem correctly. Put the final answer after ####.",
    "My kid did this homework problem, can you check it?\n\n{q}\n\nTheir work:\n{w}",
    "Problem:\n{q}\n\nProposed solution:\n{w}\n\nVerify each step of the proposed solution, then give your own solution.",
    "Review this worked answer for arithmetic mistakes.\n\n### Problem\n{q}\n\n### Student's work\n{w}",
    "Is this right?\n\n{q}\n\n{w}",
]


def pick(pid, key, opts):
    return opts[hnum(pid, key) % len(opts)]


def forms(pid, who):
    return dict(pct=pick(pid, who + "pct", ["of", "dec", "frac", "pmul"]),
                fof=pick(pid, who + "fof", ["mul", "of", "divmul"]),
                rem=pick(pid, who + "rem", ["R", "R_", "with", "remainder"]),
                lfrac=pick(pid, who + "lfrac", [True, False]))


def fmt_param(v, kind, o):
    if kind in ("lit", "pct"):
        from engine import dec_str
        return dec_str(v)
    return fmt_num(v, kind, o)


def student_work(prob, pid, su):
    so = student_options(pid)
    sf = forms(pid, "s")
    n = len(prob.steps)
    unit = pick(pid, "sunit", [True, False])
    comps = [comp_str(prob, i, su, su[i], so, sf, unit and prob.steps[i]["op"] != "divr") for i in range(n)]
    last = prob.steps[-1]
    fv = fmt_num(su[-1], last["kind"], so)
    if last["op"] == "round":
        fv = fmt_num(su[-1], "$", dict(so, cents=True))
    final = with_unit(fv, su[-1], last["kind"], last["unit"], so)
    f = pick(pid, "sfmt", [0, 1, 2, 3])
    if f == 0:
        return "\n".join("Step %d: %s" % (i + 1, c) for i, c in enumerate(comps)) + "\nAnswer: %s" % final
    if f == 1:
        lead = ["First I did", "Then", "Next", "After that", "Then", "Then"]
        return " ".join("%s %s." % (lead[i], c) for i, c in enumerate(comps)) + " So the answer is %s." % final
    if f == 2:
        return "\n".join("%d) %s" % (i + 1, c) for i, c in enumerate(comps)) + "\nFinal answer: %s" % final
    return "\n".join(comps) + "\nThe answer is %s." % final


def render(prob, pid, style, sfun, o, form, tv, su, serr, mw, mu):
    c = Ctx(prob, pid, style, o, form, tv, su, serr, mw, mu)
    return sfun(c).lines, c


def offsets(lines):
    out, pos = [], 0
    for t in lines:
        out.append((pos, pos + len(t)))
        pos += len(t) + 1
    return out


def build_loop(pid, style, lines, c):
    R = rng(pid, "loop")
    texts = [t for t, _ in lines]
    tagged = [j for j, (_, g) in enumerate(lines) if g is not None]
    t = tagged[R.randrange(len(tagged))]
    mode = R.choice(["tail", "tail", "recheck"])
    latex = c.o["latex"]
    wrap = (lambda s: "\\( %s \\)" % s) if latex else (lambda s: s)
    step = lines[t][1]
    if mode == "tail":
        u = R.choice([1, 1, 2, 3])
        lo = max(0, t - u + 1)
        while lo < t and texts[lo] == "":
            lo += 1
        unit = texts[lo:t + 1]
        prefix = texts[:t + 1]
    else:
        cm = wrap(c.comp(step, "m"))
        unit = R.choice([
            ["Wait, let me double-check %s: %s." % (c.q(step), cm)],
            ["Hmm, let me recompute that.", cm],
            ["Let me verify this step again: %s ✓" % cm],
            ["Actually, let me recheck %s." % c.q(step), cm, ""],
        ])
        prefix = texts[:t + 1] + unit
    reps = R.randint(8, 30)
    body = list(prefix)
    for _ in range(reps - 1):
        body += unit
    text = "\n".join(body)
    first_copy_start = len("\n".join(prefix)) - len("\n".join(unit))
    unit_len = len("\n".join(unit))
    second = first_copy_start + unit_len + 1
    span = [second, second + unit_len]
    assert text[span[0]:span[1]] == "\n".join(unit)
    assert text[first_copy_start:first_copy_start + unit_len] == "\n".join(unit)
    if R.random() < 0.5:
        first = unit[0]
        cut = len(first)
        for j, ch in enumerate(first):
            if ch.isdigit() or ch == "\\":
                cut = j
                break
        part = first[:cut].rstrip()
        if len(part) >= 6 and "=" not in part:
            text += "\n" + part
    return text, span, reps


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    g = 0
    for S in STRUCTS:
        for ph in range(len(S["qs"])):
            tname = "%s-%d" % (S["key"], ph)
            for ns in range(N_SETS):
                pid = "%s-%d-%d" % (S["key"], ph, ns)
                R = rng(pid, "params")
                prob = Problem(S, S["gen"](R))
                tv = prob.tv
                assert prob.valid(tv), pid
                # student
                Rs = rng(pid, "student")
                serr = None
                su = list(tv)
                if Rs.random() >= P_STUDENT_OK:
                    f = choose_fault(prob, Rs, tv, carry=True, exclude=("digit_double", "digit_drop"))
                    assert f, pid
                    serr, _, _, _, su = f
                style, sfun, base = STYLES[g % len(STYLES)]
                g += 1
                o = style_options(style, base, pid)
                form = forms(pid, "m")
                so = student_options(pid)
                qtext = S["qs"][ph].format(**{k: fmt_param(v, S["pk"][k], so) for k, v in prob.params.items()})
                work = student_work(prob, pid, su)
                problem = pick(pid, "wrap", WRAPPERS).format(q=qtext, w=work)
                forbid = {i: su[i] for i in range(len(tv)) if su[i] != tv[i]}
                slip = choose_fault(prob, rng(pid, "slip"), tv, carry=False, forbid_vals=forbid)
                carry = choose_fault(prob, rng(pid, "carry"), tv, carry=True, forbid_vals=forbid,
                                     avoid_final=(su[-1],))
                assert slip and carry, pid
                gold = fin(tv[-1])
                for variant in ("correct", "slip", "carry", "loop"):
                    extra = {}
                    if variant in ("correct", "loop"):
                        mw, mu = list(tv), list(tv)
                    elif variant == "slip":
                        k, kind, w, right, mu = slip
                        mw = list(tv)
                        mw[k] = w
                    else:
                        k, kind, w, right, mu = carry
                        mw = list(mu)
                    lines, c = render(prob, pid, style, sfun, o, form, tv, su, serr, mw, mu)
                    if variant == "loop":
                        sol, span, reps = build_loop(pid, style, lines, c)
                        extra = dict(span=span, repeats=reps)
                    else:
                        texts = [t for t, _ in lines]
                        while texts and texts[-1] == "":
                            texts.pop()
                        texts += ["", "#### %s" % fin(mu[-1])]
                        sol = "\n".join(texts)
                        if variant != "correct":
                            tl = [j for j, (_, tg) in enumerate(lines) if tg == k]
                            assert len(tl) == 1, (pid, style, tl)
                            a, b = offsets(texts)[tl[0]]
                            extra = dict(span=[a, b], wrong=fin(w), right=fin(right), step=k + 1, kind=kind)
                    row = dict(pid=pid, template=tname, style=style, problem=problem, variant=variant,
                               solution=sol, final=gold)
                    row.update(extra)
                    rows.append(row)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), args.out))


if __name__ == "__main__":
    main()
