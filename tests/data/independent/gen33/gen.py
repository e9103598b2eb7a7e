#!/usr/bin/env python3
"""Generate the program-of-thought / tool-use GSM8K evaluation set.

    python3 gen.py --out set.jsonl [--seed S]

Deterministic: all randomness comes from string-seeded random.Random objects.
"""
import argparse
import json
import re
import random
from fractions import Fraction

from core import Val, fmt, dec_str, commas, money_str, nice, eval_py, eval_exact, parse, top_op
from styles import STYLES, Ctx, Doc, Slot, hash_line
from templates import TEMPLATES
import ast

SETS_PER_TEMPLATE = 6
DEFAULT_SEED = "eval33"

NAMES_F = ["Janet", "Maria", "Sofia", "Emma", "Aisha", "Chloe", "Grace", "Hannah", "Lena", "Mei",
           "Nora", "Olivia", "Rosa", "Tara", "Zoe", "Fatima", "Ingrid", "Keiko"]
NAMES_M = ["James", "Carlos", "David", "Ethan", "Hiro", "Jamal", "Kevin", "Liam", "Marco", "Noah",
           "Omar", "Raj", "Tomas", "Victor", "Yusuf", "Diego", "Felix", "Arjun"]

SLIP_ROLES = ("comment", "output", "prose", "calc", "cell", "annot")


def draw_given(r, spec):
    if isinstance(spec, tuple):
        lo, hi = spec[0], spec[1]
        step = spec[2] if len(spec) > 2 else 1
        return Val.parse(r.randrange(lo, hi + 1, step))
    return Val.parse(r.choice(spec))


def compute(tpl, givens, overrides=None):
    env_py = {g: v.py for g, v in givens.items()}
    env_ex = {g: v.ex for g, v in givens.items()}
    V = dict(givens)
    for s in tpl["steps"]:
        if overrides and s["var"] in overrides:
            v = overrides[s["var"]]
        else:
            v = Val(eval_py(s["expr"], env_py), eval_exact(s["expr"], env_ex))
        V[s["var"]] = v
        env_py[s["var"]] = v.py
        env_ex[s["var"]] = v.ex
    return V


def names_for(r):
    if r.random() < 0.5:
        return {"name": r.choice(NAMES_F), "he": "she", "He": "She", "his": "her", "His": "Her", "him": "her"}
    return {"name": r.choice(NAMES_M), "he": "he", "He": "He", "his": "his", "His": "His", "him": "him"}


def fill_text(text, givens, names):
    def money_rep(m):
        v = givens[m.group(1)]
        s = money_str(v.ex)
        return "$" + (commas(s) if v.ex >= 1000 else s)

    def rep(m):
        key = m.group(1)
        if key in names:
            return names[key]
        if key == "v":
            return "{v}"
        v = givens[key]
        s = dec_str(v.ex)
        return commas(s) if v.ex >= 10000 else s

    text = re.sub(r"\$\{(\w+)\}", money_rep, text)
    return re.sub(r"\{(\w+)\}", rep, text)


def build_problem(tpl, givens, names):
    money = re.findall(r"\$\{(\w+)\}", tpl["text"])
    return {
        "tpl": tpl,
        "givens": givens,
        "money": money,
        "given_kind": {g: "m" for g in money},
        "steps": tpl["steps"],
        "text": fill_text(tpl["text"], givens, names),
        "say": [fill_text(s["say"], {}, names) for s in tpl["steps"]],
    }


def render(style, P, V, C):
    c = Ctx(P, V, C)
    d = style.render(c)
    if style.hash:
        d.add(hash_line(c))
    return d


def slot_ok(s, V, steps):
    return Fraction(s.text.replace(",", "")) == V[steps[s.step]["var"]].ex


def validate(doc, V, steps, from_line=0, skip_step=None):
    texts, slots, tags = doc.materialize()
    for (i, a, b, s) in slots:
        if i < from_line:
            continue
        if not slot_ok(s, V, steps):
            return False
        if s.pyexpr is not None and s.step != skip_step:
            try:
                if str(eval_py(s.pyexpr, {})) != s.text:
                    return False
            except ZeroDivisionError:
                return False
    return True


# ------------------------------------------------------------- wrong values

def digits_of(v):
    """Integer part digit string and fractional suffix (incl. dot) as written plainly."""
    s = dec_str(v.ex)
    if "." in s:
        a, b = s.split(".")
        return a, "." + b
    return s, ""


WORD_CONST = {"twice": [2], "double": [2], "half": [2, Fraction(1, 2)], "triple": [3], "third": [3],
              "quarter": [4, 25, Fraction(1, 4)], "dozen": [12], "hour": [60], "minute": [60],
              "liter": [1000], "kilometer": [1000], "cents": [100], "dollar": [100], "dime": [10],
              "legs": [2, 4], "each way": [2], "rectangular": [2], "between": [2], "brother": [2], "year": [12], "%": [100]}
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"]


def known_numbers(P, V):
    """Numbers a reader can trace in this problem: given and computed values,
    numbers and number words in the problem text, implied unit constants."""
    text = P["text"]
    low = text.lower()
    out = [Fraction(0), Fraction(1)]
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text):
        v = Fraction(m.group(0).replace(",", ""))
        out += [v, v / 100]
    for w, vs in WORD_CONST.items():
        if w in low:
            out += [Fraction(x) for x in vs]
    for i, w in enumerate(NUMWORDS):
        if re.search(r"\b" + w + r"\b", low):
            out.append(Fraction(i))
    out += [v.ex for v in V.values()]
    return out


def wrong_candidates(r, P, V, k, avoid=()):
    """Candidate wrong exact values for step k, grouped by kind (random order)."""
    step = P["steps"][k]
    v = V[step["var"]]
    ex = v.ex
    out = {}

    def add(kind, w):
        if w is None or w == ex or w <= 0 or w in avoid:
            return
        if not (Fraction(1, 20) <= w / ex <= 20):
            return
        if (w * 100).denominator != 1:
            return
        if not v.is_float() and w.denominator != 1:
            return
        out.setdefault(kind, [])
        if w not in out[kind]:
            out[kind].append(w)

    add("off_by_one", ex + 1)
    add("off_by_one", ex - 1)
    if ex >= 20:
        add("off_by_ten", ex + 10)
        add("off_by_ten", ex - 10)
    ip, frac = digits_of(v)
    if len(ip) >= 2:
        for i in range(len(ip) - 1):
            if ip[i] != ip[i + 1] and not (i == 0 and ip[i + 1] == "0"):
                s = ip[:i] + ip[i + 1] + ip[i] + ip[i + 2:]
                add("digit_swap", Fraction(s + frac))
        for i in range(len(ip) - 1):  # a non-units digit off by one
            for dlt in (1, -1):
                dgt = int(ip[i]) + dlt
                if 0 <= dgt <= 9 and not (i == 0 and dgt == 0):
                    s = ip[:i] + str(dgt) + ip[i + 1:]
                    add("digit_error", Fraction(s + frac))
    if len(ip) >= 3:
        for i in range(len(ip)):
            s = ip[:i] + ip[i + 1:]
            if s and not s.startswith("0"):
                add("dropped_digit", Fraction(s + frac))
    node = parse(step["expr"])
    if isinstance(node, ast.BinOp):
        env = {kk: vv.ex for kk, vv in V.items()}
        a = eval_exact(node.left, env)
        b = eval_exact(node.right, env)
        op = type(node.op)
        alt = {ast.Add: [a - b], ast.Sub: [a + b], ast.Mult: [a + b], ast.Div: [a * b]}.get(op, [])
        for w in alt:
            add("wrong_op", w)
    kinds = list(out.keys())
    r.shuffle(kinds)
    res = []
    for kd in kinds:
        ws = list(out[kd])
        r.shuffle(ws)
        res.append((kd, ws))
    return res


def format_like(slot, right_val, wrong_ex):
    if slot.kind == "r":
        if "." in slot.text:
            return repr(float(wrong_ex))
        return str(int(wrong_ex))
    return fmt(right_val.with_ex(wrong_ex), slot.kind)


def plain_slot_text(t):
    return t.replace(",", "")


# ------------------------------------------------------------- variants

def make_slip(r, P, V, doc):
    steps = P["steps"]
    last = len(steps) - 1
    texts, slots, tags = doc.materialize()
    cands = []
    for (i, a, b, s) in slots:
        if s.step < last and s.role in SLIP_ROLES and (s.step, i) not in cands:
            cands.append((s.step, i))
    r.shuffle(cands)
    for (k, i) in cands:
        right_val = V[steps[k]["var"]]
        roles = [s.role for (li, a, b, s) in slots if li == i and s.step == k]
        avoid = known_numbers(P, V) if "prose" in roles else ()
        groups = wrong_candidates(r, P, V, k, avoid)
        for kind, ws in groups:
            for w in ws:
                line = texts[i]
                ss = [(a, b, s) for (li, a, b, s) in slots if li == i and s.step == k]
                new = line
                ok = True
                for (a, b, s) in sorted(ss, key=lambda x: -x[0]):
                    wt = format_like(s, right_val, w)
                    if wt == s.text:
                        ok = False
                    new = new[:a] + wt + new[b:]
                if not ok:
                    continue
                out = list(texts)
                out[i] = new
                a0 = min(a for (a, b, s) in ss)
                s0 = [s for (a, b, s) in ss if a == a0][0]
                return {"texts": out, "line": i, "wrong": plain_slot_text(format_like(s0, right_val, w)),
                        "right": plain_slot_text(s0.text), "step": k + 1, "kind": kind}
    return None


def make_carry(r, P, V, doc, style, C):
    steps = P["steps"]
    last = len(steps) - 1
    texts, slots, tags = doc.materialize()
    ks = list(range(len(steps))) if style.carry_final else list(range(last))
    r.shuffle(ks)
    for k in ks:
        lines = [i for (i, a, b, s) in slots if s.step == k and s.role in SLIP_ROLES]
        if not lines:
            continue
        L = min(lines)
        right_val = V[steps[k]["var"]]
        roles = [s.role for (li, a, b, s) in slots if li == L and s.step == k]
        avoid = known_numbers(P, V) if "prose" in roles else ()
        for kind, ws in wrong_candidates(r, P, V, k, avoid):
            for w in ws:
                wv = right_val.with_ex(w) if (right_val.is_float() or w.denominator == 1) else None
                if wv is None:
                    continue
                Vc = compute(P["tpl"], P["givens"], {steps[k]["var"]: wv})
                if not all(nice(Vc[s["var"]]) for s in steps):
                    continue
                # a carried count stays a whole number where the right one was
                if any(V[s["var"]].ex.denominator == 1 and Vc[s["var"]].ex.denominator != 1 for s in steps):
                    continue
                if Vc[steps[last]["var"]].ex == V[steps[last]["var"]].ex:
                    continue
                if avoid and any(Vc[s["var"]].ex in avoid for s in steps[k + 1:]):
                    continue
                try:
                    dc = render(style, P, Vc, C)
                except (ZeroDivisionError, ValueError, AssertionError):
                    continue
                if not validate(dc, Vc, steps, from_line=L, skip_step=k):
                    continue
                tc, sc, _ = dc.materialize()
                if len(tc) != len(texts) or tc[L] == texts[L]:
                    continue
                ss = sorted([(a, s) for (li, a, b, s) in sc if li == L and s.step == k], key=lambda x: x[0])
                rs = sorted([(a, s) for (li, a, b, s) in slots if li == L and s.step == k], key=lambda x: x[0])
                if not ss or not rs:
                    continue
                out = texts[:L] + tc[L:]
                return {"texts": out, "line": L, "wrong": plain_slot_text(ss[0][1].text),
                        "right": plain_slot_text(rs[0][1].text), "step": k + 1, "kind": kind,
                        "final": fmt(Vc[steps[last]["var"]], "p")}
    return None


def make_loop(r, P, doc):
    steps = P["steps"]
    last = len(steps) - 1
    texts, slots, tags = doc.materialize()
    first_final = min(i for (i, a, b, s) in slots if s.step == last)
    segs = []
    i = 0
    while i < len(tags):
        if tags[i] is None:
            i += 1
            continue
        j = i
        while j < len(tags) and tags[j] == tags[i]:
            j += 1
        e = j
        while e > i and texts[e - 1].strip() == "":
            e -= 1
        segs.append((i, e, j, tags[i]))
        i = j
    cands = []
    for idx, (s, e, j, t) in enumerate(segs):
        if t == last or e > first_final:
            continue
        cands.append((s, e))
        if idx > 0:
            ps, pe, pj, pt = segs[idx - 1]
            if pj == s:
                cands.append((ps, e))
    s, e = r.choice(cands)
    block = texts[s:e]
    repeats = r.randint(15, 25)
    out = texts[:e] + block * repeats
    if r.random() < 0.5:
        first = block[0]
        m = re.search(r"\d", first)
        lim = m.start() if m else len(first) - 1
        lim = min(lim, len(first) - 1)
        if lim >= 3:
            cut = r.randint(3, lim)
            out.append(first[:cut])
    return {"texts": out, "line": e, "repeats": repeats, "period": len(block)}


def line_span(texts, i):
    start = sum(len(t) + 1 for t in texts[:i])
    return [start, start + len(texts[i])]


# ------------------------------------------------------------- main

def generate(seed):
    rows = []
    pid_n = 0
    for ti, tpl in enumerate(TEMPLATES):
        nr = random.Random("%s|nums|%s" % (seed, tpl["id"]))
        seen = []
        for si in range(SETS_PER_TEMPLATE):
            pid_n += 1
            pid = "p%04d" % pid_n
            style = STYLES[(pid_n - 1) % len(STYLES)]
            cr = random.Random("%s|choices|%s" % (seed, pid))
            C = style.choices(cr)
            names = names_for(random.Random("%s|names|%s" % (seed, pid)))
            for attempt in range(50000):
                givens = {g: draw_given(nr, spec) for g, spec in tpl["givens"].items()}
                key = tuple(v.ex for v in givens.values())
                if key in seen:
                    continue
                try:
                    V = compute(tpl, givens)
                except ZeroDivisionError:
                    continue
                if not all(nice(V[s["var"]]) for s in tpl["steps"]):
                    continue
                if tpl["cond"] and not tpl["cond"]({kk: vv.ex for kk, vv in V.items()}):
                    continue
                P = build_problem(tpl, givens, names)
                doc = render(style, P, V, C)
                if not validate(doc, V, tpl["steps"]):
                    continue
                vr = random.Random("%s|variants|%s" % (seed, pid))
                slip = make_slip(vr, P, V, doc)
                carry = make_carry(vr, P, V, doc, style, C)
                if slip is None or carry is None:
                    continue
                loop = make_loop(vr, P, doc)
                break
            else:
                raise SystemExit("could not draw numbers for %s" % tpl["id"])
            seen.append(key)
            texts, _, _ = doc.materialize()
            final = fmt(V[tpl["steps"][-1]["var"]], "p")
            base = {"pid": pid, "template": tpl["id"], "style": style.name, "problem": P["text"]}
            rows.append(dict(base, variant="correct", solution="\n".join(texts), final=final))
            rows.append(dict(base, variant="slip", solution="\n".join(slip["texts"]), final=final,
                             span=line_span(slip["texts"], slip["line"]), wrong=slip["wrong"],
                             right=slip["right"], step=slip["step"], kind=slip["kind"]))
            rows.append(dict(base, variant="carry", solution="\n".join(carry["texts"]), final=carry["final"],
                             span=line_span(carry["texts"], carry["line"]), wrong=carry["wrong"],
                             right=carry["right"], step=carry["step"], kind=carry["kind"],
                             correct_final=final))
            rows.append(dict(base, variant="loop", solution="\n".join(loop["texts"]), final=None,
                             span=line_span(loop["texts"], loop["line"]), repeats=loop["repeats"],
                             period_lines=loop["period"]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default=DEFAULT_SEED)
    a = ap.parse_args()
    rows = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
