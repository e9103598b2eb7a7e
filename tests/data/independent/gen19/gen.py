#!/usr/bin/env python3
"""Generator for eval set 19: streamed GSM8K-style solutions with seeded faults.

Entry: python3 gen.py --out set.jsonl [--seed 2026]
Standard library only.  Every random.Random is seeded with a string.
"""
import argparse
import json
import math
import re
import sys
from fractions import Fraction as Fr
import random

from templates import TEMPLATE_TEXT
from styles import STYLES, render_blocks, fmt_plain, fmt_num

NAMES = [("Maya", "f"), ("Liam", "m"), ("Sofia", "f"), ("Noah", "m"), ("Aisha", "f"),
         ("Ethan", "m"), ("Priya", "f"), ("Lucas", "m"), ("Hana", "f"), ("Mateo", "m"),
         ("Chloe", "f"), ("Omar", "m"), ("Grace", "f"), ("Diego", "m"), ("Nora", "f"),
         ("Kenji", "m"), ("Zoe", "f"), ("Samuel", "m"), ("Leila", "f"), ("Owen", "m")]
PRON = {"f": dict(he="she", He="She", his="her", His="Her", him="her"),
        "m": dict(he="he", He="He", his="his", His="His", him="him")}

N_SETS = 4
FALLBACK = []
FAULT_WEIGHTS = [("off_by", 35), ("wrong_op", 25), ("digit_swap", 20), ("times10", 10), ("div10", 10)]

# ---------------------------------------------------------------- templates
OPND = re.compile(r"\s*(pct\(\w+\)|frac\(\w+,\w+\)|mix\(\w+,\w+,\w+\)|\d+(?:\.\d+)?|[A-Za-z_]\w*|[-+*/])")


def parse_var(spec):
    name, rest = spec.split("=", 1)
    name = name.strip()
    rest = rest.strip()
    unit = ""
    if ":" in rest:
        rest, unit = rest.split(":", 1)
        unit = unit.strip()
    typ = "c"
    if rest.startswith("$"):
        typ = "m"
        rest = rest[1:]
    elif rest.startswith("d@"):
        typ = "d"
        rest = rest[1:]
    v = {"name": name, "unit": unit}
    if rest.startswith("@"):
        v["kind"] = "derived"
        v["expr"] = rest[1:]
    elif "|" in rest:
        v["kind"] = "choice"
        v["vals"] = [Fr(x) for x in rest.split("|")]
        if typ == "c" and any(x.denominator != 1 for x in v["vals"]):
            typ = "d"
    else:
        m = re.fullmatch(r"([\d.]+)\.\.([\d.]+)(?:/([\d.]+))?", rest)
        if not m:
            raise ValueError("bad var spec %r" % spec)
        lo, hi, st = Fr(m.group(1)), Fr(m.group(2)), Fr(m.group(3) or "1")
        v["kind"] = "range"
        n = int((hi - lo) / st)
        v["vals"] = [lo + k * st for k in range(n + 1)]
        if typ == "c" and st.denominator != 1:
            typ = "d"
    v["type"] = typ
    return v


def parse_expr(expr, varnames, stepnames):
    toks = OPND.findall(expr)
    if "".join(toks).replace(" ", "") != expr.replace(" ", ""):
        raise ValueError("bad expr %r" % expr)
    items = []
    for i, t in enumerate(toks):
        if i % 2 == 1:
            assert t in "+-*/", expr
            items.append(t)
            continue
        if t.startswith("pct("):
            items.append(("pct", t[4:-1]))
        elif t.startswith("frac("):
            a, b = t[5:-1].split(",")
            items.append(("frac", a, b))
        elif t.startswith("mix("):
            a, b, c = t[4:-1].split(",")
            items.append(("mix", a, b, c))
        elif re.fullmatch(r"\d+(?:\.\d+)?", t):
            items.append(("lit", Fr(t), t))
        elif t in stepnames:
            items.append(("step", t))
        elif t in varnames:
            items.append(("var", t))
        else:
            raise ValueError("unknown name %r in %r" % (t, expr))
    assert len(items) % 2 == 1 and len(items) >= 3, expr
    return items


def parse_templates(text):
    out = []
    cur = None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("# "):
            cur = {"name": line[2:].strip(), "vars": [], "steps": [], "cons": [], "P": None}
            out.append(cur)
        elif line.startswith("P:"):
            cur["P"] = line[2:].strip()
        elif line.startswith("V:"):
            for part in line[2:].split(";"):
                if part.strip():
                    cur["vars"].append(parse_var(part))
        elif line.startswith("C:"):
            cur["cons"].append(line[2:].strip())
        elif line.startswith("S:"):
            body = line[2:]
            lhs, typ_unit, label = [x.strip() for x in body.split("|")]
            name, expr = [x.strip() for x in lhs.split("=", 1)]
            tu = typ_unit.split(None, 1)
            st = {"name": name, "type": tu[0], "unit": tu[1] if len(tu) > 1 else "", "label": label}
            st["items"] = parse_expr(expr, [v["name"] for v in cur["vars"]], [s["name"] for s in cur["steps"]])
            assert st["type"] in ("c", "m", "d"), line
            cur["steps"].append(st)
        else:
            raise ValueError("bad template line %r" % line)
    for t in out:
        for v in t["vars"]:
            if ("${%s}" % v["name"]) in t["P"]:
                v["type"] = "m"
    names = set()
    for t in out:
        assert t["name"] not in names, t["name"]
        names.add(t["name"])
        assert 2 <= len(t["steps"]) <= 5, t["name"]
        # every non-final step must feed a later step
        for i, s in enumerate(t["steps"][:-1]):
            used = any(it[0] == "step" and it[1] == s["name"]
                       for later in t["steps"][i + 1:] for it in later["items"][0::2])
            assert used, (t["name"], s["name"])
    return out


# ---------------------------------------------------------------- arithmetic
def opnd_value(it, vals):
    k = it[0]
    if k == "lit":
        return it[1]
    if k in ("var", "step"):
        return vals[it[1]]
    if k == "pct":
        return vals[it[1]] / 100
    if k == "frac":
        return vals[it[1]] / vals[it[2]]
    if k == "mix":
        return vals[it[1]] + vals[it[2]] / vals[it[3]]
    raise ValueError(k)


def eval_items(items, vals):
    nums = [opnd_value(it, vals) for it in items[0::2]]
    ops = items[1::2]
    # standard precedence: collapse * and / first
    terms = [nums[0]]
    tops = []
    for op, n in zip(ops, nums[1:]):
        if op == "*":
            terms[-1] = terms[-1] * n
        elif op == "/":
            if n == 0:
                return None
            terms[-1] = terms[-1] / n
        else:
            tops.append(op)
            terms.append(n)
    r = terms[0]
    for op, n in zip(tops, terms[1:]):
        r = r + n if op == "+" else r - n
    return r


def valid(v, typ):
    if v is None or v <= 0:
        return False
    if typ == "c":
        return v.denominator == 1
    if typ == "m":
        return (v * 100).denominator == 1
    return (v * 1000).denominator == 1


def compute_steps(tpl, vals, override=None):
    """Return dict of step values (vars included) or None if invalid."""
    out = dict(vals)
    for s in tpl["steps"]:
        if override and s["name"] == override[0]:
            v = override[1]
        else:
            v = eval_items(s["items"], out)
        if not valid(v, s["type"]):
            return None
        out[s["name"]] = v
    return out


def eval_derived(expr, vals):
    x = eval(expr, {"__builtins__": {}}, dict(vals))
    return Fr(x)


def sample_vars(tpl, rng):
    vals = {}
    for v in tpl["vars"]:
        if v["kind"] == "derived":
            x = eval_derived(v["expr"], vals)
        else:
            x = rng.choice(v["vals"])
        if not valid(x, v["type"]):
            return None
        vals[v["name"]] = x
    env = {k: (int(x) if x.denominator == 1 else x) for k, x in vals.items()}
    for c in tpl["cons"]:
        if not eval(c, {"__builtins__": {}, "len": len}, dict(env)):
            return None
    return vals


def number_sets(tpl, seed):
    sets = []
    seen = []
    for k in range(N_SETS):
        rng = random.Random("%s|vars|%s|%d" % (seed, tpl["name"], k))
        got = None
        for _ in range(5000):
            vals = sample_vars(tpl, rng)
            if vals is None:
                continue
            key = tuple(vals[v["name"]] for v in tpl["vars"])
            if key in seen:
                continue
            allv = compute_steps(tpl, vals)
            if allv is None:
                continue
            # keep results distinct from their own operands (cleaner fault lines)
            ok = True
            for s in tpl["steps"]:
                ops = [opnd_value(it, allv) for it in s["items"][0::2]]
                for it in s["items"][0::2]:
                    if it[0] in ("pct", "frac", "mix"):
                        ops.extend(allv[x] for x in it[1:])
                    if it[0] in ("frac", "mix"):
                        a_, b_ = allv[it[-2]], allv[it[-1]]
                        if a_.denominator != 1 or b_.denominator != 1 or math.gcd(int(a_), int(b_)) != 1 or a_ >= b_:
                            ok = False
                if allv[s["name"]] in ops:
                    ok = False
            if not ok:
                continue
            got = vals
            seen.append(key)
            break
        if got is None:
            raise RuntimeError("cannot sample %s set %d" % (tpl["name"], k))
        sets.append(got)
    return sets


# ---------------------------------------------------------------- problem text
def fill_problem(tpl, vals, rng):
    name, g = rng.choice(NAMES)
    other = rng.choice([n for n, _ in NAMES if n != name])
    d = dict(PRON[g])
    d["N"] = name
    d["M"] = other
    vtypes = {v["name"]: v["type"] for v in tpl["vars"]}

    def rep(m):
        key = m.group(1)
        if key in d:
            return d[key]
        if key in vals:
            t = vtypes[key]
            return fmt_num(vals[key], t, {"sep": True, "cents": False}, "t")
        raise KeyError(key)
    return re.sub(r"\{(\w+)\}", rep, tpl["P"]), d


def fill_label(label, vals, vtypes, names):
    def rep(m):
        key = m.group(1)
        if key in names:
            return names[key]
        t = vtypes[key]
        s = fmt_num(vals[key], t, {"sep": True, "cents": False}, "t")
        return ("$" + s) if t == "m" else s
    return re.sub(r"\{(\w+)\}", rep, label)


# ---------------------------------------------------------------- rendering / filling
PH = re.compile("\x00([RVF])\\|(\\w+)\\|([tm])\x00")


def fill_lines(lines, tpl, style, vals, slip=None):
    """Replace placeholders. slip=(step, wrongvalue): first line holding R of step uses it."""
    types = {s["name"]: s["type"] for s in tpl["steps"]}
    opts = STYLES[style]
    out = []
    slip_done = False
    span_idx = None
    for i, ln in enumerate(lines):
        use_wrong = False
        if slip and not slip_done and ("\x00R|%s|" % slip[0]) in ln:
            use_wrong = True
            slip_done = True
            span_idx = i

        def rep(m):
            kind, nm, ctx = m.group(1), m.group(2), m.group(3)
            v = vals[nm]
            if use_wrong and kind == "R" and nm == slip[0]:
                v = slip[1]
            return fmt_num(v, types[nm], opts, ctx)
        out.append(PH.sub(rep, ln))
    return out, span_idx


def holes_ok(raw, tpl, style, vals, st, right, wrong):
    opts = STYLES[style]
    hole = raw.replace("\x00R|%s|t\x00" % st["name"], "\x01").replace("\x00R|%s|m\x00" % st["name"], "\x01")
    filled, _ = fill_lines([hole], tpl, style, vals)
    filled = filled[0]
    typ = st["type"]
    forms = set()
    for v in (right, wrong):
        forms.add(fmt_plain(v, typ, opts))
        forms.add(fmt_num(v, typ, opts, "t"))
        forms.add(fmt_num(v, typ, opts, "m"))
        forms.add(str(v) if v.denominator == 1 else "")
    plain = filled.replace("{,}", "").replace(",", "")
    for f in forms:
        if not f:
            continue
        if num_re(f).search(filled) or num_re(f.replace("{,}", "").replace(",", "")).search(plain):
            return False
    return True


def first_R_line(lines, step):
    for i, ln in enumerate(lines):
        if ("\x00R|%s|" % step) in ln:
            return i
    return None


# ---------------------------------------------------------------- faults
def num_re(s):
    return re.compile(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])(?!\.\d)(?!,\d)")


def fault_candidates(step, allv, style):
    """Yield dict kind -> list of wrong values for this step."""
    opts = STYLES[style]
    typ = step["type"]
    right = allv[step["name"]]
    rs = fmt_plain(right, typ, opts)
    res = {}
    # off_by
    if right.denominator == 1:
        deltas = [1, -1, 2, -2, 3, -3, 10, -10]
    else:
        deltas = [Fr(1, 10), Fr(-1, 10), Fr(1, 100), Fr(-1, 100)]
    res["off_by"] = [right + Fr(d) for d in deltas]
    # wrong_op
    items = step["items"]
    wo = []
    if len(items) == 3 and items[0][0] in ("var", "step", "lit") and items[2][0] in ("var", "step", "lit"):
        a, b = opnd_value(items[0], allv), opnd_value(items[2], allv)
        for op in "+-*/":
            if op == items[1]:
                continue
            wo.append(eval_items([("lit", a, ""), op, ("lit", b, "")], {}))
    res["wrong_op"] = wo
    # digit swap on the plain written string
    ds = []
    for i in range(len(rs) - 1):
        if rs[i].isdigit() and rs[i + 1].isdigit() and rs[i] != rs[i + 1]:
            s2 = rs[:i] + rs[i + 1] + rs[i] + rs[i + 2:]
            try:
                v2 = Fr(s2)
            except ValueError:
                continue
            if fmt_plain(v2, typ, opts) == s2:
                ds.append(v2)
    res["digit_swap"] = ds
    res["times10"] = [right * 10]
    res["div10"] = [right / 10]
    for k in list(res):
        keep = []
        for w in res[k]:
            if w is None or w == right or not valid(w, typ):
                continue
            if fmt_plain(w, typ, opts) == rs:
                continue
            if w not in keep:
                keep.append(w)
        res[k] = keep
    return res


def weighted_kind(rng, avail):
    pool = [(k, w) for k, w in FAULT_WEIGHTS if avail.get(k)]
    if not pool:
        return None
    tot = sum(w for _, w in pool)
    x = rng.random() * tot
    for k, w in pool:
        x -= w
        if x < 0:
            return k
    return pool[-1][0]


def choose_fault(tpl, allv, style, raw_lines, correct_lines, rng, mode):
    """mode 'slip' or 'carry'.  Returns (step, wrong, kind, carried_vals, lines, span_idx)."""
    steps = tpl["steps"]
    last = steps[-1]["name"]
    # steps feeding later steps (non-last)
    cands = [s for s in steps[:-1]]
    if mode == "carry_last":
        cands = [steps[-1]]
        mode = "carry"
    order = list(range(len(cands)))
    rng.shuffle(order)
    base_vars = {v["name"]: allv[v["name"]] for v in tpl["vars"]}
    for ci in order:
        st = cands[ci]
        avail = fault_candidates(st, allv, style)
        tried = set()
        while True:
            kind = weighted_kind(rng, {k: v for k, v in avail.items() if k not in tried})
            if kind is None:
                break
            tried.add(kind)
            vals_list = list(avail[kind])
            rng.shuffle(vals_list)
            for w in vals_list:
                r = try_fault(tpl, allv, base_vars, style, raw_lines, correct_lines, st, w, mode)
                if r is not None:
                    return (st, w, kind) + r
    return None


def try_fault(tpl, allv, base_vars, style, raw_lines, correct_lines, st, w, mode):
    opts = STYLES[style]
    typ = st["type"]
    rs = fmt_plain(allv[st["name"]], typ, opts)
    ws = fmt_plain(w, typ, opts)
    idx = first_R_line(raw_lines, st["name"])
    if idx is None:
        return None
    if mode == "slip":
        lines, span_idx = fill_lines(raw_lines, tpl, style, allv, slip=(st["name"], w))
        vals = allv
    else:
        vals = compute_steps(tpl, base_vars, override=(st["name"], w))
        if vals is None:
            return None
        if vals[tpl["steps"][-1]["name"]] == allv[tpl["steps"][-1]["name"]]:
            return None
        lines, _ = fill_lines(raw_lines, tpl, style, vals)
        span_idx = idx
        if lines[:idx] != correct_lines[:idx]:
            return None
    # no other number on the span line may look like the right or wrong value
    if not holes_ok(raw_lines[idx], tpl, style, vals if mode == "carry" else allv, st, allv[st["name"]], w):
        return None
    if mode == "slip":
        if lines[:idx] != correct_lines[:idx] or lines[idx + 1:] != correct_lines[idx + 1:]:
            return None
    return (vals, lines, idx)


# ---------------------------------------------------------------- main assembly
def line_span(lines, idx):
    start = sum(len(l) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx])]


def build_problem(tpl, set_idx, vals, seed):
    rng = random.Random("%s|problem|%s|%d" % (seed, tpl["name"], set_idx))
    names = [s for s in STYLES]
    weights = [STYLES[s]["weight"] for s in names]
    style = rng.choices(names, weights=weights)[0]
    problem, names = fill_problem(tpl, vals, rng)
    allv = compute_steps(tpl, vals)
    vtypes = {v["name"]: v["type"] for v in tpl["vars"]}
    labels = [fill_label(s["label"], vals, vtypes, names) for s in tpl["steps"]]
    blocks = render_blocks(tpl, labels, vals, vtypes, style, rng)
    raw_lines = [ln for b in blocks for ln in b["lines"]]
    correct_lines, _ = fill_lines(raw_lines, tpl, style, allv)
    last = tpl["steps"][-1]
    opts = STYLES[style]
    final = fmt_plain(allv[last["name"]], last["type"], opts)
    pid = "%s-%d" % (tpl["name"], set_idx)
    base = {"pid": pid, "template": tpl["name"], "style": style, "problem": problem}
    rows = []
    sol = "\n".join(correct_lines)
    rows.append(dict(base, variant="correct", solution=sol, final=final))

    # slip
    frng = random.Random("%s|slip|%s|%d" % (seed, tpl["name"], set_idx))
    r = choose_fault(tpl, allv, style, raw_lines, correct_lines, frng, "slip")
    if r is None:
        raise RuntimeError("no slip for %s" % pid)
    st, w, kind, _vals, lines, idx = r
    rows.append(dict(base, variant="slip", solution="\n".join(lines), final=final,
                     span=line_span(lines, idx), wrong=fmt_plain(w, st["type"], opts),
                     right=fmt_plain(allv[st["name"]], st["type"], opts), step=st["name"], kind=kind))
    # carry
    crng = random.Random("%s|carry|%s|%d" % (seed, tpl["name"], set_idx))
    r = choose_fault(tpl, allv, style, raw_lines, correct_lines, crng, "carry")
    if r is None:
        FALLBACK.append(pid)
        r = choose_fault(tpl, allv, style, raw_lines, correct_lines, crng, "carry_last")
    if r is None:
        raise RuntimeError("no carry for %s" % pid)
    st, w, kind, cvals, lines, idx = r
    cfinal = fmt_plain(cvals[last["name"]], last["type"], opts)
    rows.append(dict(base, variant="carry", solution="\n".join(lines), final=cfinal,
                     span=line_span(lines, idx), wrong=fmt_plain(w, st["type"], opts),
                     right=fmt_plain(allv[st["name"]], st["type"], opts), step=st["name"], kind=kind,
                     correct_final=final))
    # loop
    lrng = random.Random("%s|loop|%s|%d" % (seed, tpl["name"], set_idx))
    filled_blocks = []
    pos = 0
    for b in blocks:
        n = len(b["lines"])
        filled_blocks.append(dict(b, flines=correct_lines[pos:pos + n]))
        pos += n
    step_bi = [i for i, b in enumerate(filled_blocks) if b["kind"] == "step"]
    nsteps = len(step_bi)
    k = lrng.randrange(0, nsteps - 1)  # index of last included step (non-final)
    nb = 2 if (k >= 1 and lrng.random() < 0.5) else 1
    prefix = []
    for i, b in enumerate(filled_blocks):
        if i > step_bi[k]:
            break
        prefix.extend(b["flines"])
    block = []
    for j in range(k - nb + 1, k + 1):
        block.extend(filled_blocks[step_bi[j]]["flines"])
    repeats = lrng.randint(15, 22)
    lines = prefix + block * repeats
    span_idx = len(prefix)
    if lrng.random() < 0.65:
        first = block[0]
        m = re.search(r"\d", first)
        lim = m.start() if m else len(first) - 1
        if lim >= 2:
            cut = lrng.randint(2, lim)
            if cut >= len(first):
                cut = len(first) - 1
            lines.append(first[:cut])
    rows.append(dict(base, variant="loop", solution="\n".join(lines), final=None,
                     span=line_span(lines, span_idx), repeats=repeats, period_lines=len(block)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    ap.add_argument("--seed", default="2026")
    a = ap.parse_args()
    tpls = parse_templates(TEMPLATE_TEXT)
    n = 0
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for tpl in tpls:
            for si, vals in enumerate(number_sets(tpl, a.seed)):
                for row in build_problem(tpl, si, vals, a.seed):
                    f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
                    n += 1
    if FALLBACK:
        print("carry on final step (no valid earlier carry): %d %s" % (len(FALLBACK), " ".join(FALLBACK)), file=sys.stderr)
    print("wrote %d rows (%d templates) to %s" % (n, len(tpls), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
