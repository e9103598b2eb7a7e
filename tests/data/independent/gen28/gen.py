#!/usr/bin/env python3
"""Deterministic generator of the spoken / read-aloud GSM-style evaluation set.

python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
import re
from fractions import Fraction as Fr

import mr_num as N
from mr_templates import T as TEMPLATES
from mr_styles import NUMFMT, STYLE_NAMES, PROBLEM_WORDS, MEASURE_UNITS, SlotRng
from mr_build import build_solution, UNIT_P

SETS_PER_TEMPLATE = 4

NAMES = [("Maya", "f"), ("Liam", "m"), ("Emma", "f"), ("Noah", "m"), ("Sofia", "f"),
         ("Ethan", "m"), ("Ava", "f"), ("Mateo", "m"), ("Chloe", "f"), ("Omar", "m"),
         ("Nora", "f"), ("Jack", "m"), ("Priya", "f"), ("Leo", "m"), ("Aisha", "f"),
         ("Sam", "m"), ("Lucy", "f"), ("Ben", "m"), ("Grace", "f"), ("Diego", "m"),
         ("Zoe", "f"), ("Kai", "m"), ("Hannah", "f"), ("Ryan", "m"), ("Mia", "f"),
         ("Lucas", "m"), ("Rosa", "f"), ("Theo", "m"), ("Keiko", "f"), ("Marcus", "m"),
         ("Leah", "f"), ("Jamal", "m"), ("Ella", "f"), ("Owen", "m"), ("Ruby", "f"),
         ("Caleb", "m")]


def pron(name, g):
    if g == "f":
        return dict(name=name, pr="she", Pr="She", pos="her", Pos="Her", obj="her")
    return dict(name=name, pr="he", Pr="He", pos="his", Pos="His", obj="him")


# ------------------------------------------------------------------ template parsing
def parse_num(s):
    return Fr(s)


def parse_time(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def parse_vars(spec):
    out = []
    for tok in spec.split():
        name, rhs = tok.split("=", 1)
        kind = "int"
        if rhs.startswith("$"):
            kind = "money"
            rhs = rhs[1:]
        if rhs.startswith("@"):
            rhs = rhs[1:]
            m = re.match(r"^([a-z])\+(\d+)\.\.(\d+)/(\d+)$", rhs)
            if m:
                out.append((name, "time", ("rel", m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4)))))
            else:
                rng, step = rhs.split("/")
                lo, hi = rng.split("..")
                out.append((name, "time", ("abs", parse_time(lo), parse_time(hi), int(step))))
            continue
        if rhs.startswith("["):
            vals = [parse_num(x) for x in rhs[1:-1].split(",")]
            if kind == "int" and any(v.denominator != 1 for v in vals):
                kind = "dec"
            out.append((name, kind, ("choice", vals)))
            continue
        step = Fr(1)
        if "/" in rhs:
            rhs, st = rhs.split("/")
            step = parse_num(st)
        lo, hi = rhs.split("..")
        lo, hi = parse_num(lo), parse_num(hi)
        if kind == "int" and (lo.denominator != 1 or step.denominator != 1):
            kind = "dec"
        out.append((name, kind, ("range", lo, hi, step)))
    return out


STEP_RE = re.compile(r"^\s*(\w+)\s*=\s*(.+?)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*$")


def parse_steps(steps):
    out = []
    for s in steps:
        m = STEP_RE.match(s)
        assert m, s
        var, expr, unit, label = m.groups()
        fm = re.match(r"^(\w+)\((.*)\)$", expr)
        if fm:
            op = fm.group(1)
            args = [a.strip() for a in fm.group(2).split(",")]
        else:
            for sym, op in (("+", "add"), ("-", "sub"), ("*", "mul"), ("/", "div")):
                if sym in expr:
                    args = [a.strip() for a in expr.split(sym)]
                    break
            else:
                raise ValueError(expr)
        out.append(dict(var=var, op=op, args=args, unit=unit, label=label))
    return out


def is_literal(a):
    return re.match(r"^\d+(\.\d+)?$", a) is not None


def sample_vars(vspecs, r):
    env, kinds = {}, {}
    for name, kind, spec in vspecs:
        if spec[0] == "choice":
            v = r.choice(spec[1])
        elif spec[0] == "range":
            _, lo, hi, st = spec
            n = int((hi - lo) / st)
            v = lo + st * r.randint(0, n)
        elif spec[0] == "abs":
            _, lo, hi, st = spec
            v = Fr(lo + st * r.randint(0, (hi - lo) // st))
        elif spec[0] == "rel":
            _, ref, lo, hi, st = spec
            v = env[ref] + lo + st * r.randint(0, (hi - lo) // st)
        env[name] = Fr(v)
        kinds[name] = kind
    return env, kinds


def compute(tpl_steps, env0, kinds0, overrides=None):
    """Compute steps. overrides: {step_index: value} replaces that step's result.
    Returns list of step dicts or None if something is not nice."""
    env = dict(env0)
    kinds = dict(kinds0)
    out = []
    for i, st in enumerate(tpl_steps):
        op, args, unit = st["op"], st["args"], st["unit"]
        vals, vk = [], []
        extra = {}
        num_args = args
        if op == "frac":
            num_args = args[:1]
            extra["pq"] = (int(args[1]), int(args[2]))
        if op == "pct":
            num_args = args[:1]
            extra["P"] = int(env[args[1]]) if args[1] in env else int(args[1])
        for a in num_args:
            if is_literal(a):
                v = Fr(a)
                k = "money" if (unit == "$" and v.denominator != 1) else "const"
            else:
                v = env[a]
                k = kinds[a]
            vals.append(v)
            vk.append(k)
        if op == "add":
            res = sum(vals, Fr(0))
        elif op == "sub":
            res = vals[0] - vals[1]
        elif op == "mul":
            res = vals[0] * vals[1]
        elif op == "div":
            res = vals[0] / vals[1]
        elif op == "half":
            res = vals[0] / 2
        elif op == "dbl":
            res = vals[0] * 2
        elif op == "tri":
            res = vals[0] * 3
        elif op == "frac":
            p, q = extra["pq"]
            res = vals[0] * p / q
        elif op == "pct":
            res = vals[0] * extra["P"] / 100
        elif op == "doz":
            res = vals[0] * 12
        elif op == "tdiff":
            res = vals[1] - vals[0]
        elif op == "tadd":
            res = vals[0] + vals[1]
        else:
            raise ValueError(op)
        if overrides and i in overrides:
            res = overrides[i]
        if unit == "$":
            rk = "money"
        elif unit == "@":
            rk = "time"
        else:
            rk = "int" if res.denominator == 1 else "dec"
        # niceness
        if res <= 0:
            return None
        if rk == "money":
            if (res * 100).denominator != 1:
                return None
        elif rk == "time":
            pass
        else:
            allow_frac = unit in MEASURE_UNITS or any(k == "dec" for k in vk)
            if res.denominator != 1 and not (allow_frac and res.denominator in (2, 4)):
                return None
            if op == "tdiff" and not (0 < res < 720):
                return None
            if rk == "int" and res < 2:
                return None
        # divisions must be exact at the operand level too
        if op == "frac" and rk != "money" and (vals[0] / extra["pq"][1]).denominator not in (1, 2, 4):
            return None
        env[st["var"]] = res
        kinds[st["var"]] = "int" if rk == "int" else rk
        d = dict(op=op, vals=vals, kinds=vk, res=res, res_kind=rk, unit=unit,
                 label=st["label"], res_int=(res.denominator == 1 and rk == "int"), var=st["var"])
        d.update(extra)
        d.setdefault("P", 0)
        out.append(d)
    return out


def eval_where(expr, env):
    if not expr:
        return True
    return bool(eval(expr, {"__builtins__": {}}, dict(env)))


# ------------------------------------------------------------------ problem text
def render_problem(tpl, env, kinds, style, ctx, base):
    words = style in PROBLEM_WORDS
    fmt = NUMFMT["audiobook_kids"] if words else None
    txt = tpl["problem"]
    sr = SlotRng(base + "|prob")

    def rep(m):
        name = m.group(1)
        pct = m.group(3) == "%"
        adj = m.group(2) == "!"
        if adj:
            v = env[name]
            assert kinds[name] == "money" and v.denominator == 1
            return (N.words_int(int(v)) + "-dollar") if words else N.money_digits(v)
        if name in ctx["pron"]:
            return ctx["pron"][name] + (m.group(3) or "")
        v, k = env[name], kinds[name]
        if words:
            if k == "time":
                s = N.time_words(v, True, False) + (" p.m." if v >= 720 else " a.m.")
            elif k == "money":
                s = N.money_full(v, True, andw=True)
            elif v.denominator != 1:
                s = N.words_mixed(v) or N.words_point(v)
            else:
                s = N.words_int(int(v), True, a=sr(name).random() < 0.3, andw=True)
            return s + (" percent" if pct else "")
        if k == "time":
            s = N.time_digits(v) + (" p.m." if v >= 720 else " a.m.")
        elif k == "money":
            s = N.money_digits(v)
        elif v.denominator != 1:
            s = N.dec_str(v)
        else:
            s = N.digits_int(int(v), comma=v >= 1000)
        return s + ("%" if pct else "")

    out = re.sub(r"\{(\w+)(!?)\}(%?)", rep, txt).replace("m..", "m.")
    if words:
        out = re.sub(r"(?<![\d$:.,])\b(\d+)\b(?![\d:.,]\d)", lambda m: N.words_int(int(m.group(1))), out)
    out = re.sub(r"(^|(?<![ap]\.m)[.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return out


# ------------------------------------------------------------------ faults
def digit_swaps(n):
    s = str(n)
    res = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                res.append(int(t))
    return res


def dropped(n):
    s = str(n)
    res = []
    for i in range(len(s)):
        t = s[:i] + s[i + 1:]
        if t and t[0] != "0" and len(t) >= 2:
            res.append(int(t))
    return res


def teen_ty(n):
    last = n % 100
    base = n - last
    if 13 <= last <= 19:
        return [base + (last - 10) * 10]
    if last in (30, 40, 50, 60, 70, 80, 90):
        return [base + last // 10 + 10]
    return []


def wrong_candidates(step):
    """Return list of (kind, wrong_value)."""
    R = step["res"]
    rk = step["res_kind"]
    op = step["op"]
    vals = step["vals"]
    c = []
    if rk == "time":
        c += [("off_by_ten", R + 10), ("off_by_ten", R - 10), ("hour_slip", R + 60), ("hour_slip", R - 60)]
        return [(k, v) for k, v in c if v > 0]
    if rk == "money":
        d, cents = N.money_parts(R)
        c += [("off_by_one", R + 1), ("off_by_one", R - 1)]
        if R > 20:
            c += [("off_by_ten", R + 10), ("off_by_ten", R - 10)]
        for x in digit_swaps(d):
            if x >= 10:
                c.append(("digit_swap", Fr(x) + Fr(cents, 100)))
        for x in teen_ty(d):
            c.append(("teen_ty", Fr(x) + Fr(cents, 100)))
        if cents:
            for x in teen_ty(cents):
                if x < 100:
                    c.append(("cents_slip", Fr(d) + Fr(x, 100)))
            if cents >= 10 and cents % 10:
                sw = int(str(cents)[::-1])
                c.append(("cents_slip", Fr(d) + Fr(sw, 100)))
        if d >= 100:
            for x in dropped(d):
                c.append(("dropped_digit", Fr(x) + Fr(cents, 100)))
    elif R.denominator != 1:
        c += [("off_by_one", R + 1), ("off_by_one", R - 1)]
        ip = R.numerator // R.denominator
        if ip >= 1:
            c.append(("dropped_fraction", Fr(ip)))
    else:
        n = int(R)
        c += [("off_by_one", R + 1), ("off_by_one", R - 1)]
        if n > 20:
            c += [("off_by_ten", R + 10), ("off_by_ten", R - 10)]
        if n >= 12:
            c += [("digit_swap", Fr(x)) for x in digit_swaps(n)]
        if n >= 100:
            c += [("dropped_digit", Fr(x)) for x in dropped(n)]
        c += [("teen_ty", Fr(x)) for x in teen_ty(n)]
        if op == "mul" and all(v.denominator == 1 for v in vals):
            a, b = vals
            if b <= 12:
                c += [("table_neighbor", a * (b + 1)), ("table_neighbor", a * (b - 1))]
            elif a <= 12:
                c += [("table_neighbor", (a + 1) * b), ("table_neighbor", (a - 1) * b)]
    # wrong operation
    if op == "mul":
        c.append(("wrong_op", vals[0] + vals[1]))
    elif op == "add":
        if len(vals) == 2 and vals[0] > vals[1]:
            c.append(("wrong_op", vals[0] - vals[1]))
    elif op == "sub":
        c.append(("wrong_op", vals[0] + vals[1]))
    elif op == "div":
        if vals[0] - vals[1] > 0:
            c.append(("wrong_op", vals[0] - vals[1]))
    elif op == "half":
        c.append(("wrong_op", vals[0] * 2))
    elif op == "frac":
        p, q = step["pq"]
        if p > 1:
            c.append(("wrong_op", vals[0] / q))
    elif op == "doz":
        c.append(("wrong_op", vals[0] + 12))
    elif op == "tdiff":
        c += [("hour_slip", R + 60)] + ([("hour_slip", R - 60)] if R > 60 else [])
    out = []
    seen = set()
    for k, v in c:
        v = Fr(v)
        if v <= 0 or v == R or v in seen:
            continue
        if rk == "money" and (v * 100).denominator != 1:
            continue
        if rk in ("int",) and v.denominator != 1:
            continue
        if rk == "dec" and v.denominator not in (1, 2, 4):
            continue
        seen.add(v)
        out.append((k, v))
    return out


def pick_fault(steps, allowed_idx, r, tpl_steps, env, kinds, carry):
    """Choose (step_index, kind, wrong, recomputed_steps_or_None)."""
    order = list(allowed_idx)
    r.shuffle(order)
    for i in order:
        cands = wrong_candidates(steps[i])
        # group by kind, choose a kind first for balance
        by_kind = {}
        for k, v in cands:
            by_kind.setdefault(k, []).append(v)
        weight = {"off_by_one": 0.45, "wrong_op": 0.8}
        kinds_list = sorted(sorted(by_kind), key=lambda k: -(r.random() ** (1.0 / weight.get(k, 1.0))))
        for k in kinds_list:
            vs = list(by_kind[k])
            r.shuffle(vs)
            for v in vs:
                if not carry:
                    if steps[i]["res_kind"] == "dec" and v.denominator == 1 and steps[i]["kinds"] and False:
                        continue
                    return i, k, v, None
                new = compute(tpl_steps, env, kinds, overrides={i: v})
                if new is None:
                    continue
                if new[-1]["res"] == steps[-1]["res"]:
                    continue
                # downstream steps must keep their structure (same kinds)
                return i, k, v, new
    return None


def valstr(v, step):
    """Plain number; clock times (results of 'time + minutes') as H:MM."""
    if step["res_kind"] == "time":
        return N.time_digits(v)
    return N.dec_str(v)


# ------------------------------------------------------------------ main
def build(seed):
    rows = []
    problems = []
    for tpl in TEMPLATES:
        vspecs = parse_vars(tpl["vars"])
        tsteps = parse_steps(tpl["steps"])
        seen = set()
        for k in range(SETS_PER_TEMPLATE):
            ok = False
            for attempt in range(3000):
                r = random.Random("%s|%s|set%d|try%d" % (seed, tpl["id"], k, attempt))
                env, kinds = sample_vars(vspecs, r)
                key = tuple(sorted((a, str(b)) for a, b in env.items()))
                if key in seen:
                    continue
                if not eval_where(tpl["where"], env):
                    continue
                steps = compute(tsteps, env, kinds)
                if steps is None:
                    continue
                seen.add(key)
                ok = True
                break
            if not ok:
                raise SystemExit("cannot sample %s set %d" % (tpl["id"], k))
            problems.append((tpl, tsteps, env, kinds, steps, k))
    # style assignment: even spread
    styles = []
    while len(styles) < len(problems):
        styles.extend(STYLE_NAMES)
    styles = styles[:len(problems)]
    random.Random("%s|styles" % seed).shuffle(styles)

    for (tpl, tsteps, env, kinds, steps, k), style in zip(problems, styles):
        pid = "%s-%d" % (tpl["id"], k)
        base = "%s|%s" % (seed, pid)
        pr = random.Random(base + "|meta")
        name, g = NAMES[pr.randrange(len(NAMES))]
        pronouns = pron(name, g)
        money = any(v == "money" for v in kinds.values())
        time = any(v == "time" for v in kinds.values())
        speakers = pr.choice([("Tutor:", "Student:"), ("TUTOR:", "STUDENT:"), ("T:", "S:")])
        ctx = dict(pron=pronouns, money=money, time=time, unit_p=UNIT_P[style],
                   speakers=speakers, ans=tpl["ans"])
        problem = render_problem(tpl, env, kinds, style, ctx, base)
        common = dict(pid=pid, template=tpl["id"], style=style, problem=problem)
        n = len(steps)

        # correct
        lines, info = build_solution(style, ctx, steps, base)
        sol = "\n".join(lines)
        rows.append(dict(common, variant="correct", solution=sol, final=N.dec_str(steps[-1]["res"])))

        # slip
        fr = random.Random(base + "|slip")
        f = pick_fault(steps, range(n - 1), fr, tsteps, env, kinds, carry=False)
        if f is None:
            raise SystemExit("no slip for " + pid)
        i, kind, wrong, _ = f
        slines, sinfo = build_solution(style, ctx, steps, base, override=(i, wrong))
        ci = sinfo["step_ranges"][i][2]
        start = sum(len(x) + 1 for x in slines[:ci])
        rows.append(dict(common, variant="slip", solution="\n".join(slines),
                         final=N.dec_str(steps[-1]["res"]), span=[start, start + len(slines[ci])],
                         wrong=valstr(wrong, steps[i]), right=valstr(steps[i]["res"], steps[i]),
                         step=i + 1, kind=kind))

        # carry
        cr = random.Random(base + "|carry")
        f = pick_fault(steps, range(n), cr, tsteps, env, kinds, carry=True)
        if f is None:
            raise SystemExit("no carry for " + pid)
        i, kind, wrong, new = f
        clines, cinfo = build_solution(style, ctx, new, base)
        ci = cinfo["step_ranges"][i][2]
        start = sum(len(x) + 1 for x in clines[:ci])
        rows.append(dict(common, variant="carry", solution="\n".join(clines),
                         final=N.dec_str(new[-1]["res"]), span=[start, start + len(clines[ci])],
                         wrong=valstr(wrong, steps[i]), right=valstr(steps[i]["res"], steps[i]),
                         step=i + 1, kind=kind, correct_final=N.dec_str(steps[-1]["res"])))

        # loop
        lr = random.Random(base + "|loop")
        kend = lr.randint(1, n - 1)          # number of steps kept (ends at a non-final step)
        per = lr.choice([1, 2]) if kend >= 2 else 1
        reps = lr.randint(15, 25)
        want_cut = lr.random() < 0.6
        rng_ = info["step_ranges"]
        end_line = rng_[kend - 1][1] + 1
        blk_start = rng_[kend - per][0]
        prefix = lines[:end_line]
        block = lines[blk_start:end_line]
        out = list(prefix)
        for _ in range(reps):
            out.extend(block)
        cut = None
        if want_cut:
            first = block[0]
            lim = first_number_pos(first)
            if lim >= 6:
                cpos = lr.randint(4, lim - 1)
                cut = first[:cpos]
                if re.search(r"\d", cut):
                    cut = None
        if cut:
            out.append(cut)
        start = sum(len(x) + 1 for x in prefix)
        rows.append(dict(common, variant="loop", solution="\n".join(out), final=None,
                         span=[start, start + len(block[0])], repeats=reps, period_lines=len(block)))
    return rows


NUMWORD_RE = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen|half|quarter|third|double|twice|triple|percent|"
    r"point|plus|minus|times|divided|is|equals|that's|makes|gives|leaves|twos|threes|fours|fives|"
    r"sixes|sevens|eights|nines|tens|elevens|twelves|a hundred)\b|\d", re.I)


def first_number_pos(line):
    m = NUMWORD_RE.search(line)
    return m.start() if m else len(line)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="mcr-spoken-v1")
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
