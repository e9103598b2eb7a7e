#!/usr/bin/env python3
"""Held-out evaluation set: growth, decay and powers (evaluator 59).

    python3 gen.py --out set.jsonl

Standard library only; output is byte-identical across runs, cwd and PYTHONHASHSEED.
"""
import argparse
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from decimal import Decimal as D  # noqa: E402
from core import Rec, Val, Invalid, make_val, ev, plain, pick, rnd, ndec, q  # noqa: E402
from kinds import KINDS  # noqa: E402
from render import S1, S2, STYLES, fv, make_opts  # noqa: E402
from styles import render  # noqa: E402

SETS = 4


# ---------------------------------------------------------------- slips

def _digits_str(val):
    return format(val.v, f".{val.dp}f") if val.kind != "sci" else format(val.mant, f".{val.dp}f")


def _from_str(s, like):
    """A Val of the same kind as `like` from a digit string."""
    if s.startswith(".") or s.endswith(".") or s in ("", "-"):
        return None
    if len(s.split(".")[0]) > 1 and s.startswith("0"):
        return None
    x = D(s)
    dp = len(s.split(".")[1]) if "." in s else 0
    if like.kind == "int":
        if dp:
            return None
        return Val(x, "int", 0)
    if like.kind == "money":
        if dp not in (0, 2) or dp != like.dp:
            return None
        return Val(x, "money", dp)
    return Val(x, "dec", dp)


def _sci(m, e, like):
    if m <= 0:
        return None
    if m >= 10 or m < 1:
        return None
    return Val(m.scaleb(e), "sci", ndec(m), mant=m, exp=e)


def _tol(v):
    if v.kind == "sci":
        return D(5).scaleb(v.exp - v.dp - 1)
    return D(5).scaleb(-v.dp - 1)


def digit_slips(s):
    out = []
    ds = [i for i, c in enumerate(s) if c.isdigit()]
    for a, b in zip(ds, ds[1:]):
        if b == a + 1 and s[a] != s[b]:
            out.append(("transposed_digits", s[:a] + s[b] + s[a] + s[b + 1:]))
    for i in ds:
        t = s[:i] + s[i + 1:]
        if any(c.isdigit() for c in t):
            out.append(("dropped_digit", t))
        out.append(("doubled_digit", s[:i] + s[i] + s[i:]))
    return out


def wrong_candidates(st, key):
    val, ex = st.val, st.exact
    cands = []
    if val.kind == "sci":
        m, e = val.mant, val.exp
        for de in (1, -1):
            cands.append(("exponent_off_by_one", _sci(m, e + de, val)))
        for kd, s in digit_slips(format(m, f".{val.dp}f")):
            try:
                cands.append((kd, _sci(D(s), e, val)))
            except Exception:
                pass
        for dm in (D(1), D(-1)):
            cands.append(("off_by_one", _sci(m + dm, e, val)))
    else:
        s = _digits_str(val)
        for kd, t in digit_slips(s):
            cands.append((kd, _from_str(t, val)))
        unit = D(1).scaleb(-val.dp)
        deltas = [("off_by_one", unit), ("off_by_one", -unit), ("off_by_ten", 10 * unit), ("off_by_ten", -10 * unit)]
        if val.kind == "money":
            deltas += [("off_by_one", D(1)), ("off_by_one", D(-1)), ("off_by_ten", D(10)), ("off_by_ten", D(-10))]
            if val.v < 100000:
                deltas += [("off_by_hundred", D(100)), ("off_by_hundred", D(-100))]
        if val.kind == "int" and 1000 <= val.v < 100000:
            deltas += [("off_by_hundred", D(100)), ("off_by_hundred", D(-100)), ("off_by_thousand", D(1000))]
        for kd, dl in deltas:
            cands.append((kd, _from_str(format(val.v + dl, f".{val.dp}f"), val)))
        if val.kind in ("int", "dec"):
            for f in (D(10), D("0.1")):
                x = val.v * f
                if val.kind == "int" and x != x.to_integral_value():
                    continue
                cands.append(("decimal_point_moved", Val(x, val.kind, ndec(x))))
        if val.approx and val.kind in ("money", "dec", "int"):
            tr = ex.quantize(D(1).scaleb(-val.dp), rounding="ROUND_DOWN")
            if tr != val.v:
                cands.append(("rounding", Val(tr, val.kind, val.dp)))
    # wrong operation
    e = st.expr
    alts = []
    try:
        t = e[0]
        if t == "mul":
            a_, b_ = ev(e[1]), ev(e[2])
            if a_ == a_.to_integral_value() and b_ == b_.to_integral_value() and a_ > 1 and b_ > 1:
                alts.append(a_ + b_)
        elif t == "add":
            alts.append(ev(e[1]) * ev(e[2]))
            alts.append(ev(e[1]) - ev(e[2]))
        elif t == "sub":
            alts.append(ev(e[1]) + ev(e[2]))
        elif t == "div":
            alts.append(ev(e[1]) - ev(e[2]))
        elif t == "pow":
            b, k = ev(e[1]), ev(e[2])
            alts.append(b * k)
            alts.append(b ** (int(k) - 1))
            alts.append(b ** (int(k) + 1))
        elif t == "sqrt":
            alts.append(ev(e[1]) / 2)
        elif t == "pctof":
            alts.append(e[1].v * ev(e[2]))
    except Exception:
        pass
    for a in alts:
        try:
            cands.append(("wrong_operation", make_val(a, st.fmt)))
        except Exception:
            pass
    good = []
    seen = set()
    for kd, w in cands:
        if w is None or w.v <= 0:
            continue
        if w.kind != "sci" and w.v >= D(10) ** 14:
            continue
        if w.v == val.v:
            continue
        if abs(w.v - ex) <= D("1.05") * max(_tol(w), _tol(val)):
            continue
        sig = (kd, str(w.v), w.dp)
        if sig in seen:
            continue
        seen.add(sig)
        good.append((kd, w))
    return good


WEIGHTS = {"transposed_digits": 4, "off_by_one": 4, "off_by_ten": 3, "off_by_hundred": 2, "off_by_thousand": 1,
           "dropped_digit": 2, "doubled_digit": 2, "decimal_point_moved": 2, "wrong_operation": 4, "rounding": 2,
           "exponent_off_by_one": 4}


def order_candidates(cands, key):
    r = rnd(key)
    kinds = sorted(set(k for k, _ in cands))
    out = []
    pool = {k: [w for kk, w in cands if kk == k] for k in kinds}
    for k in kinds:
        r.shuffle(pool[k])
    while any(pool.values()):
        avail = [k for k in kinds if pool[k]]
        tot = sum(WEIGHTS.get(k, 1) for k in avail)
        x = r.random() * tot
        for k in avail:
            x -= WEIGHTS.get(k, 1)
            if x <= 0:
                break
        out.append((k, pool[k].pop()))
    return out


# ---------------------------------------------------------------- building rows

def run(K, p, ph, pid, fault=None):
    R = Rec(pid, fault)
    K["solve"](R, p, ph)
    return R


def finish(text):
    """Remove sentinels and return (text, span of the line holding the faulty result)."""
    i = text.find(S1)
    j = text.find(S2)
    assert i >= 0 and j > i and text.count(S1) == 1, "sentinel"
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", j)
    if le < 0:
        le = len(text)
    assert "\n" not in text[i:j]
    clean = text.replace(S1, "").replace(S2, "")
    return clean, [ls, le - 2]


def make_fault_row(K, p, ph, pid, style, lead, R0, mode):
    steps = R0.steps
    elig = [s for s in steps if not s.nf and not (mode == "carry" and s.nfc)]
    if mode == "slip" and len(elig) > 1:
        last_idx = max(s.idx for s in steps if not s.check)
        e2 = [s for s in elig if s.idx != last_idx]
        if e2:
            elig = e2
    r = rnd(f"{pid}|{mode}|steps")
    r.shuffle(elig)
    gold = plain(R0.final_val)
    for st in elig:
        cands = order_candidates(wrong_candidates(st, pid), f"{pid}|{mode}|{st.idx}")
        for kd, w in cands:
            fault = dict(idx=st.idx, wrong=w, mode=mode)
            try:
                R = run(K, p, ph, pid, fault)
            except Invalid:
                continue
            if mode == "slip" and plain(R.final_val) != gold:
                continue
            if mode == "carry" and plain(R.final_val) == gold:
                continue
            txt = render(R, style, pid, lead)
            sol, span = finish(txt)
            o = make_opts(style, pid)
            fst = R.steps[st.idx]
            wrong_s = fv(fst.disp, o)
            right_s = fv(fst.val, o)
            if wrong_s not in sol[span[0]:span[1]]:
                continue
            return dict(solution=sol, span=span, wrong=wrong_s, right=right_s, step=st.idx + 1, kind=kd,
                        final_written=plain(R.final_val))
    raise RuntimeError(f"no {mode} fault for {pid}")


def make_loop(sol, pid, final_line):
    import re
    lines = sol.split("\n")
    calc = [i for i, l in enumerate(lines[:final_line]) if re.search(r"\d", l)]
    last_calc = max(calc)
    r = rnd(f"{pid}|loop")
    lo = max(1, int(0.3 * last_calc))
    starts = [i for i in calc if lo <= i <= last_calc]
    if not starts:
        starts = [last_calc]
    i = r.choice(starts)
    k = r.choice([1, 1, 2, 2, 3])
    k = max(1, min(k, last_calc - i + 1))
    unit = lines[i:i + k]
    while unit and unit[-1].strip() == "" and len(unit) > 1 and unit[-2].strip() == "":
        unit.pop()
    reps = r.randint(8, 30)
    prefix = "\n".join(lines[:i])
    unit_text = "\n".join(unit)
    body = (prefix + "\n" if i > 0 else "") + "\n".join([unit_text] * reps)
    first = len(prefix) + (1 if i > 0 else 0)
    start2 = first + len(unit_text) + 1
    span = [start2, start2 + len(unit_text)]
    if r.random() < 0.5:
        fl = unit[0]
        cut = fl.find("=")
        cut = cut if cut > 0 else len(fl)
        sp = [m.start() for m in re.finditer(" ", fl[:cut])]
        if sp:
            body += "\n" + fl[:r.choice(sp)]
    assert body[span[0]:span[1]] == unit_text
    return body, span, reps


def build(out_path):
    problems = []
    for kname in sorted(KINDS):
        K = KINDS[kname]
        for pi, ph in enumerate(K["ph"]):
            seen = set()
            si = 0
            tries = 0
            while si < SETS:
                r = rnd(f"{kname}|{pi}|{si}|{tries}")
                tries += 1
                p = K["gen"](r, ph)
                sig = json.dumps({k: str(v) for k, v in sorted(p.items())})
                if sig in seen and tries < 200:
                    continue
                seen.add(sig)
                problems.append((kname, pi, si, p))
                si += 1
    # even spread of styles
    order = sorted(range(len(problems)),
                   key=lambda i: hashlib.sha256(f"{problems[i][0]}-{problems[i][1]}-{problems[i][2]}".encode()).hexdigest())
    style_of = {}
    for rank, i in enumerate(order):
        style_of[i] = STYLES[rank % len(STYLES)]
    rows = []
    for i, (kname, pi, si, p) in enumerate(problems):
        K = KINDS[kname]
        ph = K["ph"][pi]
        pid = f"{kname}-{pi + 1}-{si + 1}"
        style = style_of[i]
        problem = K["text"](p, ph)
        lead = pick(f"{pid}|lead", K["lead"])
        R0 = run(K, p, ph, pid)
        gold = plain(R0.final_val)
        tr = K["truth"](p, ph)
        assert R0.final_val.v == tr, (pid, R0.final_val.v, tr)
        sol = render(R0, style, pid, lead)
        assert S1 not in sol
        base = dict(pid=pid, template=f"{kname}/{pi + 1}", style=style, problem=problem)
        rows.append(dict(base, variant="correct", solution=sol, final=gold))
        for mode in ("slip", "carry"):
            fr = make_fault_row(K, p, ph, pid, style, lead, R0, mode)
            row = dict(base, variant=mode, solution=fr["solution"], final=gold, span=fr["span"],
                       wrong=fr["wrong"], right=fr["right"], step=fr["step"], kind=fr["kind"])
            rows.append(row)
        body, span, reps = make_loop(sol, pid, R0.final_line)
        rows.append(dict(base, variant="loop", solution=body, final=gold, span=span, repeats=reps))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build(a.out)
    print(f"wrote {len(rows)} rows to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
