#!/usr/bin/env python3
"""Generate the money/percent rounding evaluation set.

    python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random

from core import evaluate, fixed, shown_str, Ref, Bin, Of, Paren, rhu
from faults import LITERAL_KINDS, VALUE_KINDS, make_forced
from styles import STYLES, SETUP, RENDER
from templates import TEMPLATES

SETS_PER_TEMPLATE = 7
KIND_WEIGHT = {"off_by_one": 2, "digit_swap": 2, "dropped_digit": 2, "wrong_digit": 2,
               "wrong_op": 4, "carry_error": 6, "decimal_shift": 2, "inverted_division": 6}


# ------------------------------------------------------------------ helpers
def refs(node):
    if isinstance(node, Ref):
        return [node.key]
    out = []
    for attr in ("a", "b", "pct", "x"):
        ch = getattr(node, attr, None)
        if ch is not None and hasattr(ch, "ev"):
            out += refs(ch)
    return out


def ancestors(steps):
    """indices of steps the final step depends on (incl. itself)."""
    keyidx = {st.key: i for i, st in enumerate(steps)}
    need = [len(steps) - 1]
    seen = []
    while need:
        i = need.pop()
        if i in seen:
            continue
        seen.append(i)
        for k in refs(steps[i].expr):
            need.append(keyidx[k])
    return sorted(seen)


def final_info(style, steps, used, fl):
    st = steps[-1]
    plain = fixed(used, st.dp)
    if st.kind == "money" and plain.endswith(".00"):
        plain = plain[:-3]
    shown = shown_str(st, used, fl, with_unit=False)
    info = dict(plain=plain, shown=shown)
    if style == "latex_inline":
        info["shown"] = f"\\( \\boxed{{{shown}}} \\)"
    elif style == "latex_display":
        info["shown"] = f"\\({shown}\\)"
        info["latex_box"] = shown
    return info


def render(style, ev, spec, o):
    fin = final_info(style, spec["steps"], ev[-1]["d"]["used"], o["fl"])
    lines = RENDER[style](ev, spec, o, fin)
    return lines, fin


def join(lines):
    return "\n".join(l[0] for l in lines)


def line_span(lines, idx):
    start = sum(len(l[0]) + 1 for l in lines[:idx])
    return [start, start + len(lines[idx][0])]


def result_line(lines, step):
    for j, l in enumerate(lines):
        if (l[1] == step or l[1] == "para") and l[2]:
            return j
    raise ValueError("no result line")


# ------------------------------------------------------------------ variants
def choose_fault(r, spec, o, correct, candidates_steps, carry):
    steps = spec["steps"]
    fl, modes = o["fl"], o["modes"]
    final_right = correct[-1]["d"]["used"]
    tries = []
    for i in candidates_steps:
        env = {}
        # env before step i (correct values)
        from core import ref_entry
        for j in range(i):
            env[steps[j].key] = ref_entry(steps[j], correct[j]["d"]["used"], fl)
        for kind in LITERAL_KINDS + VALUE_KINDS:
            for forced, dw in make_forced(kind, steps[i], correct[i]["vr"], correct[i]["d"], env, fl, modes[i]):
                tries.append((i, kind, forced))
    if not tries:
        return None
    # pick a step, then a kind, then a candidate (balanced)
    step_choices = sorted(set(t[0] for t in tries))
    r.shuffle(step_choices)
    for i in step_choices:
        pool = sorted(set(t[1] for t in tries if t[0] == i), key=(LITERAL_KINDS + VALUE_KINDS).index)
        kinds = []
        while pool:  # weighted order: value-level mistakes are rarer to be applicable, favour them
            w = [KIND_WEIGHT[k] for k in pool]
            k = r.choices(pool, w)[0]
            kinds.append(k)
            pool.remove(k)
        for kind in kinds:
            cands = [t for t in tries if t[0] == i and t[1] == kind]
            r.shuffle(cands)
            for (_, _, forced) in cands:
                ev = evaluate(steps, fl, modes, fault=(i, forced), carry=carry)
                if carry:
                    if any(e["vr"] < 0 for e in ev):
                        continue
                    if ev[-1]["d"]["used"] == final_right:
                        continue
                    if any(e["d"]["used"] <= 0 for e in ev[i:]) and final_right > 0:
                        continue
                return i, kind, forced, ev
    return None


def build_rows(pid, tname, style, spec, r):
    steps = spec["steps"]
    o = SETUP[style](r, spec)
    fl, modes = o["fl"], o["modes"]
    correct = evaluate(steps, fl, modes)
    c_lines, c_fin = render(style, correct, spec, o)
    c_text = join(c_lines)
    base = dict(pid=pid, template=tname, style=style, problem=spec["problem"])
    rows = [dict(base, variant="correct", solution=c_text, final=c_fin["plain"])]
    n = len(steps)

    # ---- slip: never the last step
    cand = [i for i in range(n - 1) if steps[i].faultable]
    got = choose_fault(r, spec, o, correct, cand, carry=False)
    if got is None:
        raise RuntimeError(f"no slip for {pid}")
    i, kind, forced, ev = got
    lines, fin = render(style, ev, spec, o)
    assert fin["plain"] == c_fin["plain"]
    j = result_line(lines, i)
    text = join(lines)
    rows.append(dict(base, variant="slip", solution=text, final=fin["plain"], span=line_span(lines, j),
                     wrong=ev[i]["d"]["first"], right=correct[i]["d"]["first"], step=i + 1, kind=kind))

    # ---- carry: any step on the path to the answer
    anc = ancestors(steps)
    cand = [i for i in anc if steps[i].faultable]
    got = choose_fault(r, spec, o, correct, cand, carry=True)
    if got is None:
        raise RuntimeError(f"no carry for {pid}")
    i, kind, forced, ev = got
    lines, fin = render(style, ev, spec, o)
    j = result_line(lines, i)
    text = join(lines)
    rows.append(dict(base, variant="carry", solution=text, final=fin["plain"], span=line_span(lines, j),
                     wrong=ev[i]["d"]["first"], right=correct[i]["d"]["first"], step=i + 1, kind=kind,
                     correct_final=c_fin["plain"]))

    # ---- loop
    parts = None
    if style == "paragraph":
        import styles as S
        parts = [S.para_sentence(o, i, e) for i, e in enumerate(correct)]
    rows.append(make_loop(r, base, style, c_lines, n, parts))
    return rows


def make_loop(r, base, style, lines, n, parts=None):
    k = r.randint(0, n - 2)              # last step of the block (never the final step)
    p = 2 if (k >= 1 and r.random() < 0.5) else 1
    reps = r.randint(15, 25)
    want_cut = r.random() < 0.58
    if style == "paragraph":
        return make_loop_paragraph(r, base, parts, k, p, reps, want_cut)
    idx = [j for j, l in enumerate(lines) if isinstance(l[1], int) and k - p + 1 <= l[1] <= k]
    a, b = idx[0], idx[-1] + 1
    assert idx == list(range(a, b))
    block = [l[0] for l in lines[a:b]]
    prefix = [l[0] for l in lines[:b]]
    out = prefix + block * reps
    cut = cut_prefix(r, block[0]) if want_cut else None
    if cut:
        out.append(cut)
    text = "\n".join(out)
    start = sum(len(x) + 1 for x in prefix)
    span = [start, start + len(block[0])]
    return dict(base, variant="loop", solution=text, final=None, span=span, repeats=reps,
                period_lines=len(block))


def make_loop_paragraph(r, base, para_parts, k, p, reps, want_cut):
    """The working is one line; the looping model cuts the paragraph after step k
    and then re-emits the last 1-2 step sentences, one copy per line."""
    prefix_line = " ".join(para_parts[:k + 1])
    block = " ".join(para_parts[k - p + 1:k + 1])
    out = [prefix_line] + [block] * reps
    cut = cut_prefix(r, block) if want_cut else None
    if cut:
        out.append(cut)
    text = "\n".join(out)
    start = len(prefix_line) + 1
    return dict(base, variant="loop", solution=text,
                final=None, span=[start, start + len(block)], repeats=reps, period_lines=1)


def cut_prefix(r, line):
    m = len(line)
    for j, ch in enumerate(line):
        if ch.isdigit():
            m = j
            break
    m = min(m, len(line) - 1)
    # do not end the cut inside leading whitespace only
    stripped = line[:m].strip()
    if len(stripped) < 2:
        return None
    lo = max(len(line) - len(line.lstrip()) + 2, m // 3)
    if lo > m:
        lo = m
    L = r.randint(lo, m)
    cut = line[:L]
    if not cut.strip():
        return None
    return cut


# ------------------------------------------------------------------ main
def generate(seed):
    rows = []
    g = 0
    order = list(STYLES)
    for ti, (tname, tfunc) in enumerate(TEMPLATES):
        for si in range(SETS_PER_TEMPLATE):
            r = random.Random(f"{seed}|{tname}|{si}")
            for _ in range(50):  # redraw the numbers if any step is not positive
                spec = tfunc(r)
                chk = evaluate(spec["steps"], SETUP[STYLES[0]](random.Random(0), spec)["fl"],
                               ["eq"] * len(spec["steps"]))
                if all(e["vr"] > 0 for e in chk):
                    break
            else:
                raise RuntimeError(f"cannot draw positive numbers for {tname}")
            style = order[g % len(order)]
            pid = f"mp{g:04d}"
            rs = random.Random(f"{seed}|{tname}|{si}|{style}")
            base_rows = build_rows(pid, tname, style, spec, rs)
            rows += base_rows
            g += 1
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="mcr-money-v1")
    a = ap.parse_args()
    rows = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {a.out}")


if __name__ == "__main__":
    main()
