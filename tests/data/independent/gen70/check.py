#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (does not import the generator).

It re-reads every rendered computation it can find (`expr = result`,
`expr ≈ result`, worded `A divided by B is C`, LaTeX `\\frac`, table rows
`| expr | result |`, floor/ceil), evaluates the left side exactly and compares
it with the written result, then asserts:
  * correct rows: no wrong computation, `#### final` equals the gold final;
  * slip rows: exactly one wrong computation, on the line given by `span`,
    its written result is `wrong`, its true value matches `right`, it is the
    `step`-th computation; the `####` line equals the gold final;
  * carry rows: exactly one wrong computation at `span`; all later ones are
    right for the values written (consistent); `####` differs from gold;
  * loop rows: the unit at `span` is repeated `repeats` times back to back,
    no `####` line, all computations right.
Prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as F
from collections import Counter

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
TOKRE = re.compile(r"""
  (?P<num>%s)
 |(?P<word>[A-Za-z][A-Za-z/'’\-]*)
 |(?P<rel>=|≈|~)
 |(?P<op>[×*·÷/+−\-–^()⌊⌋⌈⌉²³])
 |(?P<cur>\$)
 |(?P<pct>%%)
 |(?P<sp>\s+)
 |(?P<other>.)
""" % NUM, re.X)

OPWORDS = {"times": "*", "plus": "+", "minus": "-", "x": "*"}
OPWORDS2 = {("divided", "by"): "/", ("multiplied", "by"): "*"}
RELWORDS = {("is",): "=", ("equals",): "=", ("gives",): "=", ("comes", "to"): "=",
            ("works", "out", "to"): "="}
QUAL = {"about", "roughly", "approximately", "around"}


def unlatex(s):
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("{,}", ",")
    s = re.sub(r"(\d)\\,(?=\d{3}\b)", r"\1,", s)
    for _ in range(4):
        s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    rep = [(r"\times", "×"), (r"\cdot", "·"), (r"\div", "÷"), (r"\approx", "≈"),
           (r"\left", ""), (r"\right", ""), (r"\lfloor", "⌊"), (r"\rfloor", "⌋"),
           (r"\lceil", "⌈"), (r"\rceil", "⌉"), (r"\$", "$"), (r"\%", "%"),
           (r"\[", " "), (r"\]", " "), (r"\(", " "), (r"\)", " "), (r"\,", " "),
           ("✓", " ")]
    for a, b in rep:
        s = s.replace(a, b)
    s = re.sub(r"\^\{(\d+)\}", r"^\1", s)
    s = s.replace("$", " $ ")
    # a lone $ used as math delimiter vs currency: currency is directly followed by a digit
    s = re.sub(r"\$ (?=\d)", "$", s)
    s = re.sub(r" \$ ", " ", s)
    s = s.replace("{", " ").replace("}", " ").replace("\\", " ")
    return s


def table_join(line):
    if not line.lstrip().startswith("|"):
        return line
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if all(set(c) <= set("-: ") for c in cells):
        return ""
    out = []
    for i, cl in enumerate(cells):
        out.append(cl)
        if i + 1 < len(cells):
            nxt = cells[i + 1]
            if (re.search(r"([×x*÷/+−\-^]|\bof)\s*\$?\d|\d[²³]", cl) and "=" not in cl
                    and re.match(r"(≈|~)?\s*\$?\d", nxt)):
                out.append(" " if nxt.startswith(("≈", "~")) else " = ")
            else:
                out.append(" ; ")
    return "".join(out)


def tokens(s):
    toks = []
    for m in TOKRE.finditer(s):
        k = m.lastgroup
        v = m.group(k)
        if k == "sp":
            continue
        if k == "other":
            toks.append(("brk", v))
        else:
            toks.append((k, v))
    # merge word operators / relation words
    out = []
    i = 0
    while i < len(toks):
        k, v = toks[i]
        lw = v.lower() if k == "word" else None
        if k == "word":
            two = tuple(t[1].lower() for t in toks[i:i + 2]) if i + 1 < len(toks) else ()
            three = tuple(t[1].lower() for t in toks[i:i + 3]) if i + 2 < len(toks) else ()
            if three in RELWORDS:
                out.append(("rel", "=")); i += 3; continue
            if two in OPWORDS2:
                out.append(("op", OPWORDS2[two])); i += 2; continue
            if two in RELWORDS:
                out.append(("rel", "=")); i += 2; continue
            if (lw,) in RELWORDS:
                out.append(("rel", "=")); i += 1; continue
            if lw in OPWORDS:
                out.append(("op", OPWORDS[lw], lw)); i += 1; continue
            if lw == "of" and out and out[-1][0] == "pct":
                out.append(("op", "*", "of")); i += 1; continue
        out.append((k, v))
        i += 1
    return out


def num(v):
    return F(v.replace(",", ""))


OPMAP = {"×": "*", "*": "*", "·": "*", "÷": "/", "/": "/", "+": "+", "−": "-",
         "-": "-", "–": "-", "^": "**"}


def parse_expr(seg):
    """Return (value, n_ops, floor_only) or None."""
    out = []
    nops = 0
    nfl = 0
    prev = None          # 'val' | 'op' | None
    unit_run = 0
    depth = 0
    i = 0
    pend_cur = False
    while i < len(seg):
        t = seg[i]
        k, v = t[0], t[1]
        if k == "num":
            if prev == "val":
                return None
            out.append("F('%s')" % v.replace(",", ""))
            prev = "val"
            unit_run = 0
            pend_cur = False
        elif k == "cur":
            if prev == "val":
                return None
            pend_cur = True
        elif k == "pct":
            if prev != "val" or not out[-1].startswith("F("):
                return None
            out[-1] = "(" + out[-1] + "/100)"
        elif k == "word":
            if prev != "val" or unit_run >= 3:
                return None
            unit_run += 1
        elif k == "op":
            o = v
            if len(t) == 3 and t[2] in ("x",) and prev != "val":
                return None
            if o in ("(", "⌊", "⌈"):
                if prev == "val":
                    return None
                out.append({"(": "(", "⌊": "fl(", "⌈": "ce("}[o])
                if o != "(":
                    nfl += 1
                depth += 1
                prev = None
            elif o in (")", "⌋", "⌉"):
                if prev != "val" or depth == 0:
                    return None
                out.append(")")
                depth -= 1
                prev = "val"
                unit_run = 0
            elif o in ("²", "³"):
                if prev != "val":
                    return None
                out.append("**" + ("2" if o == "²" else "3"))
                nops += 1
            else:
                if prev != "val":
                    if o in ("-", "−") and prev is None and not out:
                        out.append("-")
                        prev = "op"
                        i += 1
                        continue
                    return None
                out.append(OPMAP.get(o, o))
                nops += 1
                prev = "op"
        else:
            return None
        i += 1
    if prev != "val" or depth != 0 or pend_cur:
        return None
    if nops == 0 and nfl == 0:
        return None
    import math
    try:
        val = eval("".join(out), {"F": F, "fl": lambda x: F(math.floor(x)),
                                  "ce": lambda x: F(math.ceil(x))})
    except Exception:
        return None
    return F(val), nops, nfl


def find_comps(line):
    """List of (value_true, written Fraction, written string, approx, counted)."""
    s = table_join(unlatex(line))
    toks = tokens(s)
    comps = []
    bounds = [i for i, t in enumerate(toks) if t[0] in ("rel", "brk")]
    for r, t in enumerate(toks):
        if t[0] != "rel":
            continue
        start = max([b for b in bounds if b < r], default=-1) + 1
        best = None
        for st in range(start, r):
            if toks[st][0] not in ("num", "cur") and not (toks[st][0] == "op" and toks[st][1] in "(⌊⌈-−"):
                continue
            p = parse_expr(toks[st:r])
            if p is not None:
                best = p
                break
        if best is None:
            continue
        # right side
        j = r + 1
        approx = t[1] in ("≈", "~")
        while j < len(toks) and (toks[j][0] == "word" and toks[j][1].lower() in QUAL
                                 or toks[j][0] == "rel" and toks[j][1] in "≈~"):
            approx = True
            j += 1
        if j < len(toks) and toks[j][0] == "cur":
            j += 1
        sign = 1
        if j < len(toks) and toks[j][0] == "op" and toks[j][1] in "-−":
            sign = -1
            j += 1
        if j >= len(toks) or toks[j][0] != "num":
            continue
        ws = toks[j][1]
        pct = j + 1 < len(toks) and toks[j + 1][0] == "pct"
        comps.append(dict(true=best[0], w=sign * num(ws), ws=("-" if sign < 0 else "") + ws,
                          approx=approx, pct=pct, counted=best[1] > 0))
    return comps


def ok(c):
    tv, w = c["true"], c["w"]
    cands = [tv]
    if c["pct"]:
        cands.append(tv * 100)
    ws = c["ws"]
    d = len(ws.split(".")[1]) if "." in ws else 0
    tol = F(1, 2 * 10 ** d)
    for v in cands:
        if v == w:
            return True
        if (c["approx"] or d >= 2) and abs(v - w) <= tol:
            return True
    return False


def analyse(sol):
    """Per line computations with verdict; returns list of (line_start, line_end, comps)."""
    res = []
    pos = 0
    for ln in sol.split("\n"):
        comps = find_comps(ln)
        for c in comps:
            c["ok"] = ok(c)
        res.append((pos, pos + len(ln), comps))
        pos += len(ln) + 1
    return res


def final_of(sol):
    m = re.search(r"\n#### (-?[\d.]+)$", sol)
    return m.group(1) if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys0 = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    stats = Counter()
    by_pid = {}
    for r in rows:
        by_pid.setdefault(r["pid"], {})[r["variant"]] = r

    def E(r, msg):
        errs.append("%s/%s: %s" % (r["pid"], r["variant"], msg))

    for r in rows:
        ks = list(r.keys())
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"],
                 "loop": ["span", "repeats"]}[r["variant"]]
        if ks != keys0 + extra:
            E(r, "keys %s" % ks)
            continue
        sol = r["solution"]
        an = analyse(sol)
        allc = [(a, b, c) for a, b, cs in an for c in cs]
        bad = [(a, b, c) for a, b, c in allc if not c["ok"]]
        stats["comps"] += len(allc)
        stats["comps_" + r["variant"]] += len(allc)
        v = r["variant"]
        if v == "correct":
            if bad:
                E(r, "wrong computation in correct row: %s" % [(sol[a:b], c["ws"], str(c["true"])) for a, b, c in bad])
            if final_of(sol) != r["final"]:
                E(r, "final mismatch %s vs %s" % (final_of(sol), r["final"]))
            if not allc:
                E(r, "no computations found")
        elif v in ("slip", "carry"):
            if len(bad) != 1:
                E(r, "expected exactly one wrong computation, found %d: %s" % (len(bad), [(sol[a:b], c["ws"]) for a, b, c in bad]))
                continue
            a, b, c = bad[0]
            if [a, b] != r["span"]:
                E(r, "span %s != faulty line %s" % (r["span"], [a, b]))
            if c["ws"].replace("{,}", ",") != re.sub(r"\\,|\{,\}", ",", r["wrong"]) and num(c["ws"]) != num(re.sub(r"\\,|\{,\}|\\", "", r["wrong"]).replace(",", "")):
                E(r, "wrong value %s vs field %s" % (c["ws"], r["wrong"]))
            rv = F(re.sub(r"[^\d.\-]", "", r["right"]))
            d = len(r["right"].split(".")[1]) if "." in r["right"] else 0
            if abs(rv - c["true"]) > F(1, 2 * 10 ** d):
                E(r, "right field %s vs true %s" % (r["right"], c["true"]))
            counted = [x for x in allc if x[2]["counted"]]
            idx = [i for i, x in enumerate(counted) if x[2] is c]
            if not idx or idx[0] + 1 != r["step"]:
                E(r, "step %s vs position %s" % (r["step"], idx))
            fin = final_of(sol)
            if v == "slip":
                if fin != r["final"]:
                    E(r, "slip final %s != gold %s" % (fin, r["final"]))
                corr = by_pid[r["pid"]]["correct"]["solution"]
                nc = sum(len(cs) for _, _, cs in analyse(corr))
                if nc != len(allc):
                    E(r, "slip has %d computations, correct has %d" % (len(allc), nc))
            else:
                if fin is None or fin == r["final"]:
                    E(r, "carry final %s should differ from gold %s" % (fin, r["final"]))
                # consistency: everything after the fault is right for the written values
                # (already implied by len(bad) == 1); the wrong value must reappear later
                after = sol[b:]
                wv = num(c["ws"].lstrip("-"))
                if wv not in [num(x) for x in re.findall(NUM, unlatex(after).replace("{,}", ","))]:
                    E(r, "carried value %s never reused" % c["ws"])
            stats[v + "_" + r["kind"]] += 1
        elif v == "loop":
            if "####" in sol:
                E(r, "loop row has ####")
            a, b = r["span"]
            unit = sol[a:b]
            if not unit.strip() or sol[a - len(unit):a] != unit:
                E(r, "span is not the second copy")
                continue
            s0 = a - len(unit)
            k = 0
            p = s0
            while sol[p:p + len(unit)] == unit:
                k += 1
                p += len(unit)
            if k != r["repeats"] or not 8 <= k <= 30:
                E(r, "repeats %d vs %d" % (k, r["repeats"]))
            if not unit.startswith(sol[p:]) :
                E(r, "tail after copies is not a prefix of the unit")
            if bad:
                E(r, "wrong computation in loop row: %s" % [sol[x:y] for x, y, _ in bad])
            corr = by_pid[r["pid"]]["correct"]["solution"]
            head = sol[:s0]
            if not corr.startswith(head) and not corr.startswith(head.rsplit("\n", 2)[0]):
                E(r, "loop prefix does not match the correct solution")
        stats[v] += 1
    pids = Counter(r["pid"] for r in rows)
    for p, k in pids.items():
        if k != 4 or set(by_pid[p]) != {"correct", "slip", "carry", "loop"}:
            errs.append("%s: variants %s" % (p, sorted(by_pid[p])))
    for e in errs[:40]:
        print("FAIL", e)
    print(dict(sorted(stats.items())))
    if errs:
        print("%d errors" % len(errs))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
