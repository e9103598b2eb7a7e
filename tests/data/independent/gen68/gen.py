#!/usr/bin/env python3
"""Generate a held-out set of worked solutions for loans, credit cards and mortgages.

python3 gen.py --out set.jsonl
Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from core import R, Ctx, dstr, min_dp, V  # noqa: E402
from kinds import build_templates, person, LENDERS, PURPOSES, ITEMS  # noqa: E402
from render import render, STYLES, Fmt, cap  # noqa: E402

CENTS_KINDS = {"credit_card_months", "minimum_payment", "apr_monthly_interest", "amortization", "cash_advance"}
NSETS = 4

GOALS = {
    "simple_interest": ("the interest", "your interest", "simple interest"),
    "simple_interest_months": ("the interest on the loan", "the interest on your loan", "simple interest"),
    "simple_interest_solve": ("the missing value in the simple interest formula", "the simple interest",
                              "simple interest"),
    "apr_monthly_interest": ("one month of interest", "your monthly interest charge", "credit card interest"),
    "credit_card_months": ("the balance month by month", "your balance from month to month", "credit card"),
    "minimum_payment": ("the minimum payment", "your minimum payment", "minimum payment"),
    "car_loan": ("the cost of the car loan", "the cost of your auto loan", "car loan"),
    "down_payment": ("the down payment and loan amount", "your down payment and loan amount", "mortgage"),
    "mortgage_total": ("the total cost of the mortgage", "the total cost of your mortgage", "mortgage"),
    "amortization": ("the first rows of the amortization schedule", "your amortization schedule", "amortization"),
    "compare_loans": ("how the two offers compare", "the two loan offers compare", "loan comparison"),
    "save_down_payment": ("how long the saving takes", "your savings timeline", "down payment"),
    "interest_share": ("how much of the cost is interest", "the interest portion of your loan", "loan interest"),
    "origination_fee": ("the effect of the origination fee", "your loan fee and interest", "loan fee"),
    "cash_advance": ("the cost of the cash advance", "your cash advance charges", "cash advance"),
}

ASK_GOALS = {
    ("simple_interest", "total"): "the total amount owed",
    ("simple_interest_months", "total"): "the total to repay",
    ("simple_interest_months", "payment"): "the monthly payment",
    ("simple_interest_solve", "rate"): "the interest rate",
    ("simple_interest_solve", "time"): "the length of the loan",
    ("apr_monthly_interest", "newbal"): "the new balance",
    ("credit_card_months", "tint"): "the total interest",
    ("minimum_payment", "newbal"): "the new balance",
    ("car_loan", "interest"): "the total interest on the car loan",
    ("car_loan", "cost"): "the total cost of the car",
    ("down_payment", "loan"): "the loan amount",
    ("down_payment", "cash"): "the cash needed at closing",
    ("mortgage_total", "interest"): "the total interest on the mortgage",
    ("mortgage_total", "all"): "the total paid for the home",
    ("amortization", "princ"): "the principal part of the first payment",
    ("amortization", "tint"): "the interest in the first payments",
    ("interest_share", "tot"): "the share of the payments that is interest",
    ("interest_share", "loan"): "the interest as a percent of the loan",
    ("origination_fee", "cost"): "the total cost of borrowing",
    ("origination_fee", "recv"): "the amount actually received",
    ("cash_advance", "total"): "the amount owed",
    ("cash_advance", "cost"): "the cost of the cash advance",
    ("save_down_payment", "months"): "how many months of saving are needed",
}

VERB_FIX = re.compile(r"\b(You|They|you|they) (actually )?(pays|needs|repays|receives|owes|must repays)\b")


def fill(s, who):
    s = s.replace("{who_c}", cap(who)).replace("{who}", who)
    return VERB_FIX.sub(lambda m: "%s %s%s" % (m.group(1), m.group(2) or "", m.group(3)[:-1]), s)


def final_str(v):
    if v.k == "money":
        return dstr(v.v, 0 if v.v.denominator == 1 else 2)
    if v.k == "pct":
        y = v.v * 100
        return dstr(y, min_dp(y))
    return dstr(v.v, min_dp(v.v))


def shown_plain(style, pid, cents, x, k, dp):
    """The faulty/right result as written in the solution, without currency, separators or units."""
    f = Fmt(style, pid, cents)
    s = f.val(x, k, dp, None, "res", k)
    for a in ("\\$", "$", "{,}", ",", "\\%", "%"):
        s = s.replace(a, "")
    return s


def run(tpl, p, pid, style, who, fault=None, mode=None, attempt=0):
    c = Ctx(pid, fault, mode, attempt, style)
    fin, concl = tpl["solve"](c, p, tpl["ask"], tpl["var"])
    g = GOALS[tpl["kind"]]
    fs = final_str(fin)
    blocks = []
    for b in c.blocks:
        if b[0] == "note":
            fn = b[1]
            blocks.append(("note", (lambda fn_: (lambda f: fill(fn_(f), who)))(fn)))
        else:
            blocks.append(b)
    meta = dict(goal=ASK_GOALS.get((tpl["kind"], tpl["ask"]), g[0]), goal_short=g[1], topic=g[2], cents=tpl["kind"] in CENTS_KINDS,
                concl=lambda f: fill(concl(f), who), final_str=fs, final_v=fin)
    text, fline, lines = render(style, blocks, meta, pid)
    return c, fin, fs, text, fline, lines


def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def make_rows(tpl, tix, ns, style):
    pid = "%s-%d-%d" % (tpl["kind"], tix, ns + 1)
    rng = R("params", pid)
    p = tpl["sample"](rng, tpl["ask"], tpl["var"])
    pers = person(rng)
    fields = dict(pers)
    fields.update(lender=rng.choice(LENDERS), Lender=cap(rng.choice(LENDERS)), purpose=rng.choice(PURPOSES),
                  item=rng.choice(ITEMS))
    fields.update(tpl["text"](p))
    q = rng.choice(tpl["qs"])
    problem = tpl["body"].format(**fields)
    if q:
        problem += " " + q.format(**fields)
    who = tpl["who"].format(**fields)
    base = dict(pid=pid, template="%s/%d" % (tpl["kind"], tix), style=style, problem=problem)

    c0, fin0, fs0, text0, _, lines0 = run(tpl, p, pid, style, who)
    assert not c0.bad, pid
    rows = []
    r = dict(base)
    r.update(variant="correct", solution=text0, final=fs0)
    rows.append(r)
    elig = c0.eligible
    used = None
    for mode in ("slip", "carry"):
        ok = False
        for attempt in range(60):
            ar = R(pid, mode, "pick", attempt)
            cand = [e for e in elig if e != used] if used and len(elig) > 1 and attempt < 30 else elig
            fault = ar.choice(cand)
            try:
                c, fin, fs, text, fline, lines = run(tpl, p, pid, style, who, fault, mode, attempt)
            except RuntimeError:
                continue
            if c.bad or fline is None:
                continue
            if mode == "carry" and fs == fs0:
                continue
            if mode == "slip":
                assert fs == fs0, pid
            fi = c.fault_info
            r = dict(base)
            r.update(variant=mode, solution=text, final=fs0, span=line_span(lines, fline),
                     wrong=shown_plain(style, pid, base_cents(tpl), fi["wrong"], fi["k"], _dp_of(c, fi["step"])),
                     right=shown_plain(style, pid, base_cents(tpl), fi["right"], fi["k"], _dp_of(c, fi["step"])),
                     step=fi["step"], kind=fi["kind"])
            rows.append(r)
            used = fault
            ok = True
            break
        assert ok, (pid, mode)
    # loop
    lr = R(pid, "loop")
    end = next(i for i, l in enumerate(lines0) if l.startswith("#### "))
    cands = [i for i in range(2, end) if any(m in lines0[i] for m in ("=", "≈", " is $", " gives ", " leaves "))
             and not lines0[i].startswith("|---")]
    if not cands:
        cands = [i for i in range(1, end) if lines0[i].strip()]
    L = lr.choice(cands[: max(1, (len(cands) * 3) // 4)])
    u = lr.choice([1, 1, 1, 2, 2, 3])
    startu = L
    while startu > 0 and L - startu + 1 < u:
        if not lines0[startu - 1].strip() and L - startu + 1 >= 1 and lr.random() < 0.5:
            break
        startu -= 1
    while not lines0[startu].strip():
        startu += 1
    unit = lines0[startu:L + 1]
    prefix_lines = lines0[:L + 1]
    if lr.random() < 0.2 and u == 1:
        unit = [lr.choice(["Wait, let me double-check that.", "Let me recompute this.", "Hmm, let me verify:"]),
                lines0[L]]
        prefix_lines = lines0[:L + 1] + unit
    reps = lr.randint(8, 30)
    unit_text = "\n".join(unit)
    prefix = "\n".join(prefix_lines)
    text = prefix + ("\n" + unit_text) * (reps - 1)
    s2 = len(prefix) + 1
    if lr.random() < 0.4:
        fd = next((i for i, ch in enumerate(unit_text) if ch.isdigit() or ch in "=≈"), len(unit_text))
        spaces = [i for i, ch in enumerate(unit_text[:fd]) if ch == " " and i > 0]
        if spaces:
            text += "\n" + unit_text[:lr.choice(spaces)]
    r = dict(base)
    r.update(variant="loop", solution=text, final=fs0, span=[s2, s2 + len(unit_text)], repeats=reps)
    rows.append(r)
    return rows


def base_cents(tpl):
    return tpl["kind"] in CENTS_KINDS


def _dp_of(c, n):
    for b in c.blocks:
        if b[0] == "step" and b[1].n == n:
            return b[1].dp
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    T = build_templates()
    per_kind = {}
    out = []
    k = 0
    for tpl in T:
        tix = per_kind.get(tpl["kind"], 0) + 1
        per_kind[tpl["kind"]] = tix
        for ns in range(NSETS):
            block = k // len(STYLES)
            order = list(STYLES)
            R("styles", block).shuffle(order)
            style = order[k % len(STYLES)]
            k += 1
            out.extend(make_rows(tpl, tix, ns, style))
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
            "kind", "repeats"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for r in out:
            o = {kk: r[kk] for kk in keys if kk in r}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows (%d templates, %d problems) to %s" % (len(out), len(T), len(out) // 4, a.out))


if __name__ == "__main__":
    main()
