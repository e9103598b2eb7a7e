#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

    python3 check.py set.jsonl

It does not import gen.py. It normalises each solution line (markdown, LaTeX,
unicode and worded operators, GSM8K <<...>> annotations, thousands
separators, units), extracts every written computation `expr (=|≈) ... result`
plus round-ups `x → n`, and re-evaluates them with exact rational arithmetic:
  '=' must hold exactly; '≈ r' must equal the half-up rounding of the exact
  value at r's written decimals; '→ n' must be the ceiling of the value before.
Then it checks every row against its label. Prints PASS and exits 0 only if
every row is as labelled.
"""
import json
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal
from fractions import Fraction as F

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}

UNITS = set("""ft feet foot sq square squares in inch inches yd yard yards cu cubic gal gallon gallons coat coats
sheet sheets tile tiles box boxes board boards bag bags hour hours hr hrs day days stud studs piece pieces panel
panels post posts roll rolls bundle bundles bottle bottles per each lb lbs pound pounds worker workers space spaces
linear""".split())


def rhu(v, d):
    q = v * 10 ** d
    return F((2 * q.numerator + q.denominator) // (2 * q.denominator), 10 ** d)


def ceil_f(v):
    return -((-v.numerator) // v.denominator)


def numval(lit):
    s = lit.replace("$", "").replace(",", "").strip()
    pct = s.endswith("%")
    s = s.rstrip("%").strip()
    v = F(Decimal(s))
    return v / 100 if pct else v


def ndec(lit):
    s = lit.replace("$", "").replace(",", "").rstrip("%").strip()
    return len(s.split(".")[1]) if "." in s else 0


# ------------------------------------------------------------ normalisation
def strip_frac(s):
    pat = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
    while True:
        t = pat.sub(r"(\1) / (\2)", s)
        if t == s:
            return s
        s = t


def normalise(line):
    s = line
    s = re.sub(r"<<[^<>]*>>", "", s)
    s = re.sub(r"\$\\boxed\{([^{}]*)\}\$", r"\1", s)
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = strip_frac(s)
    for a, b in [("\\times", " * "), ("\\cdot", " * "), ("\\div", " / "), ("\\approx", " ≈ "),
                 ("\\rightarrow", " → "), ("\\to", " → "), ("\\checkmark", " ✓ "), ("\\$", "$"), ("\\%", "%"),
                 ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\,", " "), ("\\;", " ")]:
        s = s.replace(a, b)
    s = s.replace("**", "").replace("`", "")
    st = s.strip()
    if st.startswith("|") and st.endswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if len(cells) >= 3 and not set("".join(cells)) <= set("-: "):
            s = cells[0] + " : " + cells[1] + " = " + cells[2]
    for a, b in [("×", " * "), ("·", " * "), ("⋅", " * "), ("÷", " / "), ("−", "-")]:
        s = s.replace(a, b)
    s = re.sub(r"/(?=[A-Za-z])", " per ", s)
    low = s
    low = re.sub(r"\bdivided by\b", " / ", low)
    low = re.sub(r"\bmultiplied by\b", " * ", low)
    low = re.sub(r"\btimes\b", " * ", low)
    low = re.sub(r"\bplus\b", " + ", low)
    low = re.sub(r"\bminus\b", " - ", low)
    low = re.sub(r"→\s*round(?:ed)?\s+up\s+to\b", " → ", low)
    low = re.sub(r",?\s*(?:which\s+rounds|so\s+we\s+round|rounded|rounding|round)\s+up\s+to\b", " → ", low)
    low = re.sub(r",?\s*(?:which\s+equals|which\s+is|that\s+gives\s+us|which\s+gives\s+us|gives\s+us|equals|comes\s+to|is)\s+"
                 r"(?:about|roughly|approximately|around)\b", " ≈ ", low)
    low = re.sub(r",?\s*(?:which\s+equals|which\s+is|that\s+gives\s+us|which\s+gives\s+us|gives\s+us|equals|comes\s+to|is)\b",
                 " = ", low)
    return low


TOK = re.compile(r"(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?)|(?P<op>[+*/()])|(?P<minus>-(?=\s*[\d$(]))"
                 r"|(?P<eq>=)|(?P<ap>≈)|(?P<ar>→)|(?P<word>[A-Za-z]+)|(?P<ws>\s+)|(?P<other>.)")


def tokens(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "ws":
            continue
        if k == "num":
            if m.start() > 0 and (s[m.start() - 1].isalnum() or s[m.start() - 1] == "."):
                out.append(("brk", t))
                continue
            out.append(("num", t))
        elif k in ("op", "minus"):
            out.append(("op", t))
        elif k in ("eq", "ap", "ar"):
            out.append((k, t))
        elif k == "word":
            w = t.lower()
            if w == "x":
                out.append(("op", "*"))
            elif w == "of" and out and out[-1][0] == "num" and out[-1][1].endswith("%"):
                out.append(("op", "*"))
            elif w in UNITS:
                continue
            else:
                out.append(("brk", t))
        else:
            out.append(("brk", t))
    return out


class ParseErr(Exception):
    pass


def parse_expr(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def eat():
        pos[0] += 1
        return toks[pos[0] - 1]

    def factor():
        t = peek()
        if t is None:
            raise ParseErr("eof")
        if t[0] == "num":
            eat()
            return numval(t[1])
        if t == ("op", "("):
            eat()
            v = expr()
            if peek() != ("op", ")"):
                raise ParseErr("paren")
            eat()
            return v
        raise ParseErr("factor")

    def term():
        v = factor()
        while peek() in (("op", "*"), ("op", "/")):
            o = eat()[1]
            w = factor()
            if o == "*":
                v = v * w
            else:
                if w == 0:
                    raise ParseErr("div0")
                v = v / w
        return v

    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            o = eat()[1]
            w = term()
            v = v + w if o == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise ParseErr("trailing")
    return v


def balance(seg):
    seg = list(seg)
    while seg and seg[0] == ("op", "(") and sum(1 for t in seg if t == ("op", "(")) > sum(1 for t in seg if t == ("op", ")")):
        seg.pop(0)
    while seg and seg[-1] == ("op", ")") and sum(1 for t in seg if t == ("op", ")")) > sum(1 for t in seg if t == ("op", "(")):
        seg.pop()
    return seg


def computations(line):
    """Return list of dicts for each computation on a line, plus list of round-up problems."""
    toks = tokens(normalise(line))
    runs, cur = [], []
    for t in toks:
        if t[0] == "brk":
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        runs.append(cur)
    comps = []
    for run in runs:
        segs, seps, cur = [], [], []
        for t in run:
            if t[0] in ("eq", "ap", "ar"):
                if not cur and segs == [] :
                    continue  # leading separator
                if not cur and seps:
                    if seps[-1] == "eq" and t[0] == "ap":
                        seps[-1] = "ap"
                    continue
                segs.append(cur)
                seps.append(t[0])
                cur = []
            else:
                cur.append(t)
        if cur:
            segs.append(cur)
        elif seps:
            seps.pop()
        if not segs:
            continue
        segs = [balance(s) for s in segs]
        first = segs[0]
        has_op = any(t[0] == "op" and t[1] in "+-*/" for t in first) and sum(1 for t in first if t[0] == "num") >= 2
        if not has_op:
            if seps and seps[0] == "ar" and len(segs) >= 2:
                comps.append({"roundup_only": True, "segs": segs, "seps": seps, "line": line})
            continue
        if len(segs) < 2:
            continue
        comps.append({"roundup_only": False, "segs": segs, "seps": seps, "line": line})
    out = []
    for c in comps:
        segs, seps = c["segs"], c["seps"]
        info = {"ok": True, "why": "", "roundup_only": c["roundup_only"]}
        try:
            vals = [parse_expr(s) for s in segs]
        except ParseErr as e:
            info.update(ok=False, why="parse:" + str(e) + ":" + line)
            out.append(info)
            continue
        # split computation part and roundups
        k = len(seps)
        for j, sp in enumerate(seps):
            if sp == "ar":
                k = j
                break
        comp_segs = segs[:k + 1]
        res_seg = comp_segs[-1]
        if not c["roundup_only"]:
            if len(res_seg) != 1 or res_seg[0][0] != "num":
                info.update(ok=False, why="result not a number: " + line)
                out.append(info)
                continue
            info["result_lit"] = res_seg[0][1]
            info["result"] = vals[k]
            info["eq"] = seps[k - 1]
            info["binary"] = None
            s0 = [t for t in segs[0] if t not in (("op", "("), ("op", ")"))]
            if len(s0) == 3 and s0[0][0] == "num" and s0[2][0] == "num" and s0[1][0] == "op":
                info["binary"] = (numval(s0[0][1]), s0[1][1], numval(s0[2][1]))
            # expected result from the segment before the result
            prev = vals[k - 1]
            info["prev"] = prev
            for j in range(k):
                a, bb, sp = vals[j], vals[j + 1], seps[j]
                if sp == "eq":
                    if a != bb:
                        info.update(ok=False, why=f"= mismatch {a} vs {bb}")
                else:
                    if len(segs[j + 1]) != 1:
                        info.update(ok=False, why="≈ to non-number")
                    elif rhu(a, ndec(segs[j + 1][0][1])) != bb:
                        info.update(ok=False, why=f"≈ mismatch {float(a)} vs {bb}")
        # round-ups
        info["roundup_ok"] = True
        for j in range(k, len(seps)):
            if seps[j] != "ar":
                info["roundup_ok"] = False
                continue
            a, bb = vals[j], vals[j + 1]
            if len(segs[j + 1]) != 1 or bb.denominator != 1 or ceil_f(a) != bb or a.denominator == 1:
                info["roundup_ok"] = False
        if not info["roundup_ok"]:
            info["ok"] = False
            info["why"] = (info["why"] + " roundup").strip()
        out.append(info)
    return out


def analyse(sol):
    """Computations (not round-up-only) in order, each with its line index."""
    lines = sol.split("\n")
    comps, rus = [], []
    for li, ln in enumerate(lines):
        for c in computations(ln):
            c["li"] = li
            (rus if c["roundup_only"] else comps).append(c)
    return lines, comps, rus


def final_of(sol):
    lines = sol.split("\n")
    last = lines[-1]
    m = re.fullmatch(r"#### (\d+(?:\.\d+)?)", last)
    return m.group(1) if m else None


# ------------------------------------------------------------ fault kinds
def int_digits(lit):
    s = lit.replace(",", "").replace("$", "")
    ip, _, fp = s.partition(".")
    return ip, fp


def kind_ok(kind, wrong, right, comp):
    w, r = numval(wrong), numval(right)
    wi, wf = int_digits(wrong)
    ri, rf = int_digits(right)
    tol = F(1, 2 * 10 ** max(ndec(wrong), 0))
    if kind == "off_by_one":
        return abs(w - r) == 1
    if kind == "off_by_ten":
        return abs(w - r) == 10
    if kind == "swap_digits":
        if len(wi) != len(ri) or wf != rf:
            return False
        d = [i for i in range(len(wi)) if wi[i] != ri[i]]
        return len(d) == 2 and d[1] == d[0] + 1 and wi[d[0]] == ri[d[1]] and wi[d[1]] == ri[d[0]]
    if kind == "drop_digit":
        return wf == rf and len(wi) == len(ri) - 1 and any(ri[:i] + ri[i + 1:] == wi for i in range(len(ri)))
    if kind == "double_digit":
        return wf == rf and len(wi) == len(ri) + 1 and any(ri[:i] + ri[i] + ri[i:] == wi for i in range(len(ri)))
    if kind == "decimal_shift":
        return abs(w - r * 10) <= tol or abs(w - r / 10) <= tol
    if kind == "wrong_op":
        if not comp.get("binary"):
            return False
        a, o, b = comp["binary"]
        for alt in "+-*/":
            if alt == o or (alt == "/" and b == 0):
                continue
            x = {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[alt]
            if x == w or rhu(x, ndec(wrong)) == w:
                return True
        return False
    return False


# ------------------------------------------------------------ main
def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    errs = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            rows.append(json.loads(raw, object_pairs_hook=OrderedDict))

    def err(row, msg):
        errs.append(f"{row.get('pid')}/{row.get('variant')}: {msg}")

    groups = OrderedDict()
    for row in rows:
        groups.setdefault(row["pid"], []).append(row)
    counts = Counter(r["variant"] for r in rows)
    if not (550 <= len(groups) <= 800):
        errs.append(f"problem count {len(groups)} out of range")
    templates = Counter(g[0]["template"] for g in groups.values())
    styles = Counter(g[0]["style"] for g in groups.values())
    if len(templates) < 15:
        errs.append("fewer than 15 templates")
    if len(styles) < 9:
        errs.append("fewer than 9 styles")
    partial_loops = 0
    kinds = Counter()
    for pid, g in groups.items():
        if [r["variant"] for r in g] != ["correct", "slip", "carry", "loop"]:
            errs.append(f"{pid}: variants {[r['variant'] for r in g]}")
            continue
        for r in g[1:]:
            for k in ("template", "style", "problem", "final"):
                if r[k] != g[0][k]:
                    err(r, f"{k} differs within problem")
        cor, slip, carry, loop = g
        gold = cor["final"]
        if not re.fullmatch(r"\d+(?:\.\d*[1-9])?", gold):
            err(cor, f"final not plain: {gold}")
        # ---- correct
        if list(cor.keys()) != KEYS_BASE:
            err(cor, "keys")
        clines, ccomps, crus = analyse(cor["solution"])
        if final_of(cor["solution"]) != gold:
            err(cor, "#### line != final")
        if not (2 <= len(ccomps) <= 8):
            err(cor, f"{len(ccomps)} computations")
        for i, c in enumerate(ccomps + crus):
            if not c["ok"]:
                err(cor, f"computation {i + 1} wrong: {c['why']} | {clines[c['li']]}")
        for ln in clines:
            if ("=" in ln or "≈" in ln or "\\approx" in ln) and not any(c["li"] == clines.index(ln) for c in ccomps + crus) \
                    and not ln.startswith("####"):
                err(cor, f"line with '=' but no parsed computation: {ln}")
        body = "\n".join(clines[:-1])
        if gold not in re.sub(r"(?<=\d),(?=\d{3})", "", body.replace("{,}", ",")) and \
                gold not in re.sub(r"(?<=\d),(?=\d{3})", "", body.replace("{,}", ",")).replace(".00", ""):
            err(cor, "gold value never written before ####")
        # ---- slip / carry
        for r in (slip, carry):
            if list(r.keys()) != KEYS_FAULT:
                err(r, "keys")
                continue
            kinds[r["kind"]] += 1
            if r["kind"] not in KINDS:
                err(r, "kind")
            lines, comps, rus = analyse(r["solution"])
            if len(comps) != len(ccomps):
                err(r, f"computation count {len(comps)} != {len(ccomps)}")
                continue
            bad = [i for i, c in enumerate(comps) if not c["ok"]]
            bad_ru = [c for c in rus if not c["ok"]]
            if bad != [r["step"] - 1] or bad_ru:
                err(r, f"wrong computations at {[b + 1 for b in bad]} (label step {r['step']}) {[comps[b]['why'] for b in bad]}")
                continue
            c = comps[r["step"] - 1]
            if not c["roundup_ok"]:
                err(r, "faulted computation has a bad round-up")
            li = c["li"]
            s0 = sum(len(x) + 1 for x in lines[:li])
            if r["span"] != [s0, s0 + len(lines[li])]:
                err(r, f"span {r['span']} != line {[s0, s0 + len(lines[li])]}")
            if numval(c["result_lit"]) != numval(r["wrong"]) or ndec(c["result_lit"]) != ndec(r["wrong"]):
                err(r, f"written result {c['result_lit']} != wrong {r['wrong']}")
            # right value: what the written operands give
            rv = numval(r["right"])
            ccl = ccomps[r["step"] - 1]
            exp = c["prev"] if ccl["eq"] == "eq" else rhu(c["prev"], ndec(r["right"]))
            if rv != exp:
                err(r, f"right {r['right']} != recomputed {exp}")
            tol = F(1, 2 * 10 ** min(ndec(r["wrong"]), ndec(r["right"])))
            if abs(numval(r["wrong"]) - rv) <= tol:
                err(r, "wrong within rounding tolerance")
            if not kind_ok(r["kind"], r["wrong"], r["right"], c):
                err(r, f"kind {r['kind']} does not match {r['wrong']} vs {r['right']}")
            ccl = ccomps[r["step"] - 1]
            if numval(ccl["result_lit"]) != rv:
                err(r, "right differs from the correct solution's value at that step")
            if lines[:li] != clines[:li]:
                err(r, "text before faulted line differs from correct solution")
            if r["variant"] == "slip":
                if lines[li + 1:] != clines[li + 1:] or len(lines) != len(clines):
                    err(r, "slip changes lines other than the faulted one")
                if final_of(r["solution"]) != gold:
                    err(r, "slip final != gold")
            else:
                fin = final_of(r["solution"])
                if fin is None or fin == gold:
                    err(r, f"carry final {fin} should differ from gold {gold}")
                if lines[li + 1:] == clines[li + 1:]:
                    err(r, "carry did not propagate")
        # ---- loop
        if list(loop.keys()) != KEYS_LOOP:
            err(loop, "keys")
            continue
        sol, (a, b), reps = loop["solution"], loop["span"], loop["repeats"]
        unit = sol[a:b]
        if "####" in sol:
            err(loop, "#### in loop")
        if not (8 <= reps <= 30):
            err(loop, "repeats out of range")
        if not unit.endswith("\n") or not (1 <= unit.count("\n") <= 3):
            err(loop, "unit is not 1-3 whole lines")
            continue
        pre = sol[:a - len(unit)]
        if sol[a - len(unit):a] != unit or not (pre == "" or pre.endswith("\n")):
            err(loop, "first copy mismatch")
        tail = sol[len(pre) + reps * len(unit):]
        if sol[len(pre):len(pre) + reps * len(unit)] != unit * reps:
            err(loop, "copies mismatch")
        if tail.startswith(unit):
            err(loop, "more copies than repeats")
        first_line = unit.split("\n")[0]
        if tail:
            partial_loops += 1
            if not first_line.startswith(tail) or tail == first_line or re.search(r"\d", tail):
                err(loop, f"bad partial {tail!r}")
        if not cor["solution"].startswith(pre + unit):
            err(loop, "not a prefix of the correct solution")
        last_line = unit.rstrip("\n").split("\n")[-1]
        if not [c for c in computations(last_line) if not c["roundup_only"]]:
            err(loop, "unit does not end at a computation line")
        if not first_line.strip():
            err(loop, "unit starts with a blank line")
    print(f"problems={len(groups)} rows={len(rows)} variants={dict(counts)}")
    print(f"templates={len(templates)} styles={dict(sorted(styles.items()))}")
    print(f"kinds={dict(sorted(kinds.items()))} loops_with_partial={partial_loops}")
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print(f"FAIL ({len(errs)} errors)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
