#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

It does not import gen.py.  It re-reads every solution, normalises formatting
(markdown, LaTeX, worded operators, thousands separators, units, money and percent
signs, GSM8K <<calculator>> annotations, table rows), extracts every written
computation chain (`expr = expr = ... = result`, `≈` allowed), re-evaluates it with
exact rational arithmetic and checks the labels:

  correct : every chain right, round-ups right, '#### final' equals gold
  slip    : exactly one wrong chain, on the labelled line / step, written value = wrong,
            correct value rounded as written = right, final = gold, text outside the span
            identical to the correct row
  carry   : exactly one wrong chain (labelled line / step), every other chain right given
            what is written, text before the span identical to the correct row, final != gold
  loop    : correct-row prefix cut right after a computation line, then the unit (1-3 lines,
            = text at span, ending the prefix) repeated `repeats` times in total, optional
            digit-free partial first line of the unit, no '####'

Usage: python3 check.py set.jsonl      (prints PASS and exits 0 when all rows are as labelled)

Equality rule: '=' is exact, or half-up rounding at the written decimals when at least one
decimal is written; '≈' is half-up rounding at the written decimals.  '%' means /100 when a
percent appears before the last segment of a chain; when it appears only on the result it may
also be read as a unit label (x % as "x per hundred" written after a `× 100`).
"""
import json
import math
import re
import sys
from fractions import Fraction as Fr

KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}
KEYS = {
    "correct": ["pid", "template", "style", "problem", "variant", "solution", "final"],
    "slip": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
             "step", "kind"],
    "carry": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right",
              "step", "kind"],
    "loop": ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "repeats"],
}


def rnd(v, d):
    m = Fr(10) ** d
    if v < 0:
        return -rnd(-v, d)
    return Fr(math.floor(v * m + Fr(1, 2))) / m


def numval(txt):
    t = txt.replace(",", "")
    d = len(t.split(".")[1]) if "." in t else 0
    return Fr(t), d


# ---------------------------------------------------------------------------
# normalisation
# ---------------------------------------------------------------------------

APPROX_W = ["works out to about", "comes out to about", "comes to about", "equals about", "is approximately",
            "is about", "is roughly", "which is about", "that's about"]
EQ_W = ["is equal to", "that gives us", "gives us", "which is", "comes to", "equals", "is"]
OP_W = [("multiplied by", " × "), ("divided by", " / "), ("times", " × "), ("plus", " + "), ("minus", " - ")]


def norm(line):
    s = line
    st = s.strip()
    if st.startswith("|") and st.endswith("|"):
        cells = [c.strip() for c in st.strip("|").split("|")]
        if all(c and set(c) <= set("-: ") for c in cells):
            return ""
        if len(cells) >= 3:
            calc, res = cells[-2], cells[-1]
            s = calc + (" " if res[:1] in ("≈", "=") else " = ") + res
    s = s.replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\(?:text|mathrm)\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("{,}", ",")
    while True:
        s2 = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"((\1)/(\2))", s)
        if s2 == s:
            break
        s = s2
    for a, b in [("\\times", "×"), ("\\cdot", "×"), ("\\div", "/"), ("\\approx", "≈"), ("\\%", "%"),
                 ("\\$", "$"), ("\\rightarrow", "→"), ("\\to", "→"), ("\\,", " "), ("\\;", " "), ("\\quad", " "),
                 ("\\left", ""), ("\\right", "")]:
        s = s.replace(a, b)
    s = s.replace("**", "")
    for w in APPROX_W:
        s = re.sub(r"(?i)\b" + re.escape(w) + r"\b", " ≈ ", s)
    for w in EQ_W:
        s = re.sub(r"(?i)\b" + re.escape(w) + r"\b", " = ", s)
    for w, sym in OP_W:
        s = re.sub(r"(?i)\b" + re.escape(w) + r"\b", sym, s)
    s = re.sub(r"%\s*of\b", "% ×", s)
    s = s.replace("*", "×").replace("·", "×").replace("÷", "/").replace("−", "-")
    s = re.sub(r"(?<=[\d)%])\s*x\s*(?=[\d($])", " × ", s)
    s = re.sub(r"(?<=[A-Za-z])\s+x\s+(?=[\d($])", " × ", s)
    s = s.replace("$", "")
    return s


TOK = re.compile(r"(?P<sp>\s+)|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>%?)|(?P<op>[-+×/])|"
                 r"(?P<eq>=)|(?P<ap>≈)|(?P<lp>\()|(?P<rp>\))|(?P<arrow>→)|(?P<word>[A-Za-z][A-Za-z'’]*)|(?P<other>.)")


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        if m.group("sp"):
            continue
        if m.group("num") is not None:
            out.append(("num", m.group("num"), bool(m.group("pct"))))
        else:
            for kk in ("op", "eq", "ap", "lp", "rp", "arrow", "word", "other"):
                if m.group(kk) is not None:
                    out.append((kk, m.group(kk), False))
                    break
    # drop unit words between a number and an operator / relation / closing paren
    res = []
    i = 0
    while i < len(out):
        t = out[i]
        if t[0] == "word" and res and res[-1][0] in ("num", "rp"):
            j = i
            while j < len(out) and out[j][0] == "word":
                j += 1
            nxt = out[j] if j < len(out) else None
            drop = False
            if nxt is not None:
                if nxt[0] in ("eq", "ap", "rp"):
                    drop = True
                elif nxt[0] == "op" and j + 1 < len(out) and out[j + 1][0] in ("num", "lp"):
                    drop = True
            if drop:
                i = j
                continue
        res.append(t)
        i += 1
    return res


# expression parsing ---------------------------------------------------------

def parse_expr(toks, i):
    r = parse_term(toks, i)
    if r is None:
        return None
    node, i = r
    while i < len(toks) and toks[i][0] == "op" and toks[i][1] in "+-":
        r = parse_term(toks, i + 1)
        if r is None:
            break
        node, i = ("o", toks[i][1], node, r[0]), r[1]
    return node, i


def parse_term(toks, i):
    r = parse_factor(toks, i)
    if r is None:
        return None
    node, i = r
    while i < len(toks) and toks[i][0] == "op" and toks[i][1] in "×/":
        r = parse_factor(toks, i + 1)
        if r is None:
            break
        node, i = ("o", toks[i][1], node, r[0]), r[1]
    return node, i


def parse_factor(toks, i):
    if i >= len(toks):
        return None
    t = toks[i]
    if t[0] == "num":
        v, d = numval(t[1])
        return ("n", v, d, t[2], t[1]), i + 1
    if t[0] == "lp":
        r = parse_expr(toks, i + 1)
        if r is None or r[1] >= len(toks) or toks[r[1]][0] != "rp":
            return None
        return r[0], r[1] + 1
    return None


def ev(node, div100):
    if node[0] == "n":
        return node[1] / 100 if (node[3] and div100) else node[1]
    a, b = ev(node[2], div100), ev(node[3], div100)
    op = node[1]
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "×":
        return a * b
    if b == 0:
        raise ZeroDivisionError
    return a / b


def has_pct(node):
    if node[0] == "n":
        return node[3]
    return has_pct(node[2]) or has_pct(node[3])


def parse_chains(toks):
    chains, arrows = [], []
    i = 0
    while i < len(toks):
        if toks[i][0] == "arrow" and i > 0 and toks[i - 1][0] == "num" and i + 1 < len(toks) \
                and toks[i + 1][0] == "num":
            arrows.append((numval(toks[i - 1][1])[0], numval(toks[i + 1][1])[0]))
        if toks[i][0] in ("num", "lp"):
            r = parse_expr(toks, i)
            if r is not None:
                segs = [(None, r[0])]
                j = r[1]
                while j < len(toks) and toks[j][0] in ("eq", "ap"):
                    r2 = parse_expr(toks, j + 1)
                    if r2 is None:
                        break
                    segs.append((toks[j][0], r2[0]))
                    j = r2[1]
                if len(segs) >= 2 and segs[0][1][0] == "o":
                    chains.append(segs)
                    i = j
                    continue
        i += 1
    return chains, arrows


def seg_ok(rel, prev, node, div100):
    if node[0] == "n":
        v = ev(node, div100)
        d = node[2] + (2 if (node[3] and div100) else 0)
        if rel == "eq":
            return v == prev or (d >= 1 and rnd(prev, d) == v)
        return rnd(prev, d) == v
    return ev(node, div100) == prev


def check_chain(segs):
    """returns None if fine, else index of the first wrong segment"""
    early = any(has_pct(n) for _, n in segs[:-1])
    late = has_pct(segs[-1][1])
    modes = [True] if early else ([False, True] if late else [False])
    first_fail = None
    for div100 in modes:
        try:
            prev = ev(segs[0][1], div100)
        except ZeroDivisionError:
            return 0
        bad = None
        for k in range(1, len(segs)):
            rel, node = segs[k]
            if not seg_ok(rel, prev, node, div100):
                bad = k
                break
            prev = ev(node, div100)
        if bad is None:
            return None
        if first_fail is None:
            first_fail = bad
    return first_fail


ANN = re.compile(r"<<([^<>]*)>>\s*(\d[\d,]*(?:\.\d+)?)")


def analyse(solution):
    """-> dict(chains=[(line_no, segs, fail)], ann_bad=set(line_no), arrow_bad=set(line_no), lines)"""
    lines = solution.split("\n")
    res = dict(chains=[], ann_bad=set(), arrow_bad=set(), lines=lines, results=[])
    for ln, line in enumerate(lines):
        for m in ANN.finditer(line):
            inner = m.group(1)
            if "=" not in inner:
                res["ann_bad"].add(ln)
                continue
            lhs, rhs = inner.rsplit("=", 1)
            tl = tokenize(norm(lhs))
            tr = tokenize(norm(rhs))
            pl = parse_expr(tl, 0)
            pr = parse_expr(tr, 0)
            if not pl or not pr or pl[1] != len(tl) or pr[1] != len(tr) or pr[0][0] != "n":
                res["ann_bad"].add(ln)
                continue
            if check_chain([(None, pl[0]), ("eq", pr[0])]) is not None:
                res["ann_bad"].add(ln)
            if numval(rhs.strip())[0] != numval(m.group(2))[0]:
                res["ann_bad"].add(ln)
        vis = re.sub(r"<<[^<>]*>>", "", line)
        toks = tokenize(norm(vis))
        chains, arrows = parse_chains(toks)
        for segs in chains:
            fail = check_chain(segs)
            res["chains"].append((ln, segs, fail))
            last = segs[-1][1]
            if last[0] == "n":
                res["results"].append(last[1])
        for a, b in arrows:
            res["results"].append(b)
            if b.denominator != 1 or not (abs(a - b) < 1) or a.denominator == 1:
                res["arrow_bad"].add(ln)
    return res


def line_bounds(text, ln):
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[:ln])
    return start, start + len(lines[ln])


def digits(v, d):
    n = v * 10 ** d
    if n.denominator != 1:
        return None
    return str(int(n))


def kind_ok(kind, wrong, wd, right, lhs_node):
    if kind == "off_by_one":
        return abs(wrong - right) == 1
    if kind == "off_by_ten":
        return abs(wrong - right) == 10
    if kind == "decimal_shift":
        return wrong == right * 10 or wrong * 10 == right
    if kind == "wrong_op":
        if lhs_node[0] != "o":
            return False
        out = []
        for div100 in (False, True):
            a, b = ev(lhs_node[2], div100), ev(lhs_node[3], div100)
            for op in "+-×/":
                if op == lhs_node[1] or (op == "/" and b == 0):
                    continue
                v = {"+": a + b, "-": a - b, "×": a * b, "/": a / b if b else 0}[op]
                out += [v, v * 100]
        return any(v >= 0 and rnd(v, wd) == wrong for v in out)
    dr, dw = digits(right, wd), digits(wrong, wd)
    if dr is None or dw is None:
        return False
    if kind == "swap_digits":
        n = max(len(dr), len(dw))
        dr, dw = dr.zfill(n), dw.zfill(n)
        diff = [k for k in range(n) if dr[k] != dw[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dr[diff[0]] == dw[diff[1]] and dr[diff[1]] == dw[diff[0]]
    if kind == "drop_digit":
        return any((dr[:k] + dr[k + 1:]).lstrip("0") == dw.lstrip("0") for k in range(len(dr)))
    if kind == "double_digit":
        return any(dr[:k] + dr[k] + dr[k:] == dw for k in range(len(dr)))
    return False


# ---------------------------------------------------------------------------


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    errors = []

    def err(row, msg):
        errors.append(f"{row.get('pid')}/{row.get('variant')}: {msg}")

    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh):
            rows.append(json.loads(raw))
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})
        if r["variant"] in by[r["pid"]]:
            err(r, "duplicate variant")
        by[r["pid"]][r["variant"]] = r
    stats = dict(chains=0)
    for pid, group in by.items():
        if set(group) != {"correct", "slip", "carry", "loop"}:
            errors.append(f"{pid}: variants {sorted(group)}")
            continue
        meta = {(g["template"], g["style"], g["problem"], g["final"]) for g in group.values()}
        if len(meta) != 1:
            errors.append(f"{pid}: inconsistent metadata")
        for v, r in group.items():
            if list(r.keys()) != KEYS[v]:
                err(r, f"keys {list(r.keys())}")
        c = group["correct"]
        gold = c["final"]
        if not re.fullmatch(r"\d+(\.\d+)?", gold):
            err(c, f"bad final {gold!r}")
        # ---- correct
        A = analyse(c["solution"])
        nch = len(A["chains"])
        stats["chains"] += nch
        if not 2 <= nch <= 9:
            err(c, f"{nch} computations")
        for ln, segs, fail in A["chains"]:
            if fail is not None:
                err(c, f"wrong computation on line {ln}: {A['lines'][ln]!r}")
        if A["ann_bad"] or A["arrow_bad"]:
            err(c, f"annotation/round-up error lines {A['ann_bad'] | A['arrow_bad']}")
        last = c["solution"].split("\n")[-1]
        if last != "#### " + gold:
            err(c, f"last line {last!r}")
        if Fr(gold) not in A["results"]:
            err(c, "gold answer is not the result of any written computation")
        # ---- slip / carry
        for v in ("slip", "carry"):
            r = group[v]
            B = analyse(r["solution"])
            bad = [(k, ln, segs, fail) for k, (ln, segs, fail) in enumerate(B["chains"]) if fail is not None]
            if len(bad) != 1:
                err(r, f"{len(bad)} wrong computations")
                continue
            k, ln, segs, fail = bad[0]
            if k + 1 != r["step"]:
                err(r, f"step {r['step']} but wrong computation is #{k + 1}")
            a, b = line_bounds(r["solution"], ln)
            if [a, b] != r["span"]:
                err(r, f"span {r['span']} but wrong line is {[a, b]}")
            if B["arrow_bad"]:
                err(r, "round-up error")
            if B["ann_bad"] - {ln}:
                err(r, "annotation error outside the span")
            node = segs[fail][1]
            if node[0] != "n":
                err(r, "faulted segment is not a written number")
                continue
            wv, wd = numval(node[4])
            if (wv, wd) != numval(r["wrong"].replace("{,}", ",")):
                err(r, f"wrong {r['wrong']!r} vs written {node[4]!r}")
            if r["wrong"] not in r["solution"][a:b]:
                err(r, "wrong text not in span")
            rv, rd = numval(r["right"])
            prev = ev(segs[fail - 1][1], False)
            prev_d = ev(segs[fail - 1][1], True)
            if not (rnd(prev, rd) == rv or rnd(prev_d * 100, rd) == rv or rnd(prev_d, rd) == rv):
                err(r, f"right {r['right']} not the correct value of the faulted computation")
            for dd in range(0, 4):
                pass
            if rnd(prev, wd) == wv:
                err(r, "wrong value within rounding tolerance")
            if r["kind"] not in KINDS:
                err(r, f"kind {r['kind']}")
            elif not kind_ok(r["kind"], wv, wd, rv, segs[0][1]):
                err(r, f"kind {r['kind']} does not describe {r['right']} -> {r['wrong']}")
            lastl = r["solution"].split("\n")[-1]
            if not lastl.startswith("#### "):
                err(r, "no final line")
                continue
            fin = lastl[5:]
            if v == "slip":
                if fin != gold:
                    err(r, f"slip final {fin} != gold {gold}")
                cs = c["solution"]
                if r["solution"][:a] != cs[:a] or r["solution"][b:] != cs[cs.find("\n", a) if cs.find("\n", a) >= 0
                                                                          else len(cs):]:
                    err(r, "slip differs from the correct solution outside the span")
            else:
                if Fr(fin) == Fr(gold):
                    err(r, "carry final equals gold")
                if r["solution"][:a] != c["solution"][:a]:
                    err(r, "carry prefix differs from correct solution")
                if Fr(fin) not in B["results"]:
                    err(r, "carry final is not a written result")
        # ---- loop
        r = group["loop"]
        s = r["solution"]
        a, b = r["span"]
        unit = s[a:b]
        n = r["repeats"]
        if "####" in s:
            err(r, "loop has a final line")
        if not 8 <= n <= 30:
            err(r, f"repeats {n}")
        if not 1 <= unit.count("\n") + 1 <= 3:
            err(r, "unit not 1-3 lines")
        prefix = s[: a - 1]
        if s[a - 1] != "\n" or not c["solution"].startswith(prefix + "\n") or not prefix.endswith(unit):
            err(r, "loop prefix is not a cut of the correct solution ending with the unit")
        body = prefix + ("\n" + unit) * (n - 1)
        if not s.startswith(body):
            err(r, "copies do not match repeats")
        tail = s[len(body):]
        if tail:
            first = unit.split("\n")[0]
            if not (tail.startswith("\n") and first.startswith(tail[1:]) and len(tail) > 1 and len(tail) - 1 < len(first)
                    and not re.search(r"\d", tail)):
                err(r, f"bad loop tail {tail!r}")
        cut_ln = prefix.count("\n")
        if not any(ln == cut_ln for ln, _, _ in A["chains"]):
            err(r, "loop cut is not right after a computation line")
        if not any(ln == unit.count("\n") for ln, _, _ in analyse(unit)["chains"]):
            err(r, "unit does not end with a computation line")
    npids = len(by)
    templates = {r["template"] for r in rows}
    styles = {r["style"] for r in rows}
    if not 550 <= npids <= 800:
        errors.append(f"{npids} problems")
    if len(templates) < 15 or len(styles) < 9:
        errors.append(f"{len(templates)} templates / {len(styles)} styles")
    counts = {}
    for r in rows:
        counts[r["variant"]] = counts.get(r["variant"], 0) + 1
    print(f"rows={len(rows)} problems={npids} templates={len(templates)} styles={len(styles)} "
          f"computations(correct)={stats['chains']} variants={counts}")
    if errors:
        for e in errors[:60]:
            print("ERR", e)
        print(f"FAIL ({len(errors)} errors)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
