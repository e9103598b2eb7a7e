#!/usr/bin/env python3
"""Independent verifier for set.jsonl.

usage: python3 check.py set.jsonl    -> prints PASS and exits 0 if every row is as labelled.

It does not import gen.py. Each solution is normalised (markdown, LaTeX, unicode and worded
operators, thousands separators, $ and units, GSM8K <<...>> annotations, table rows), every
written computation chain `expr = ... = value` is parsed and re-evaluated with exact Fractions,
and written results are accepted within half a unit of their last written decimal place.
"""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}
KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS = {
    "correct": KEYS_BASE,
    "slip": KEYS_BASE + ["span", "wrong", "right", "step", "kind"],
    "carry": KEYS_BASE + ["span", "wrong", "right", "step", "kind"],
    "loop": KEYS_BASE + ["span", "repeats"],
}

# ------------------------------------------------------------------ normalisation

ANNOT = re.compile(r"<<([^<>]*)=([^<>=]*)>>(\d[\d.]*\d|\d)")


def strip_annotations(line, errs):
    for m in ANNOT.finditer(line):
        if m.group(2) != m.group(3):
            errs.append(f"annotation result {m.group(2)} != written {m.group(3)}")
    return re.sub(r"<<[^<>]*>>", "", line)


def table_row(line):
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|")):
        return line
    cells = [c.strip() for c in s.strip("|").split("|")]
    if len(cells) != 3 or set(cells[1]) <= set("-: "):
        return line
    calc, res = cells[1], cells[2]
    if not re.search(r"\d", calc) or not re.search(r"\d", res):
        return line
    if res.startswith("≈") or res.startswith("="):
        return calc + " " + res
    return calc + " = " + res


def frac_sub(s):
    pat = re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}")
    while True:
        n = pat.sub(r"((\1)/(\2))", s)
        if n == s:
            return n
        s = n


def normalise(line, errs):
    s = strip_annotations(line, errs)
    s = table_row(s)
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = frac_sub(s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    for a, b in [("\\times", " * "), ("\\cdot", " * "), ("\\div", " / "), ("\\approx", " ≈ "),
                 ("\\rightarrow", " → "), ("\\to", " → "), ("\\left(", "("), ("\\right)", ")"),
                 ("\\$", "$"), ("\\%", "%"), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\,", "")]:
        s = s.replace(a, b)
    s = s.replace("**", "").replace("$", "").replace("✓", " ")
    s = s.replace("×", "*").replace("·", "*").replace("÷", "/").replace("−", "-")
    s = re.sub(r"^\s*(?:[-•]|\d+\.)\s+", "", s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"\bdivided by\b", " / ", s)
    s = re.sub(r"\bmultiplied by\b", " * ", s)
    s = re.sub(r"\btimes\b", " * ", s)
    s = re.sub(r"\bminus\b", " - ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"(\d)\s*%\s+of\b", r"\1% * ", s)
    s = re.sub(r"\b(?:comes to about|which is about|is about|is roughly|about)(?=\s*\(?\d)", " ≈ ", s)
    s = re.sub(r"\b(?:equals|which gives us|gives us|comes to|which is|is)(?=\s*\(?\d)", " = ", s)
    s = re.sub(r"(?<=\S) x (?=[\d(])", " * ", s)
    return s


TOK = re.compile(r"\s+|(?P<num>(?:\d+(?:\.\d+)?|\.\d+)%?)|(?P<op>[-+*/])|(?P<lp>\()|(?P<rp>\))|(?P<eq>=)|(?P<ap>≈)"
                 r"|(?P<ar>→)|(?P<word>[A-Za-z][A-Za-z'’]*)|(?P<other>.)")


def tokenize(s):
    out = []
    for m in TOK.finditer(s):
        if m.lastgroup:
            out.append((m.lastgroup, m.group()))
    # drop 1-2 unit words sitting between a number and an operator / = / ≈ / →
    res = []
    i = 0
    while i < len(out):
        t = out[i]
        if t[0] == "word" and res and res[-1][0] in ("num", "rp"):
            j = i
            while j < len(out) and out[j][0] == "word":
                j += 1
            if j - i <= 2 and j < len(out) and out[j][0] in ("op", "eq", "ap", "ar", "rp"):
                i = j
                continue
        res.append(t)
        i += 1
    return res


class PErr(Exception):
    pass


def parse_expr(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def atom():
        t = peek()
        if t[0] == "num":
            pos[0] += 1
            v = t[1]
            if v.endswith("%"):
                return F(v[:-1]) / 100
            return F(v)
        if t[0] == "lp":
            pos[0] += 1
            v = expr()
            if peek()[0] != "rp":
                raise PErr("paren")
            pos[0] += 1
            return v
        raise PErr("atom")

    def term():
        v = atom()
        while peek()[0] == "op" and peek()[1] in "*/":
            o = peek()[1]
            pos[0] += 1
            w = atom()
            if o == "*":
                v *= w
            else:
                if w == 0:
                    raise PErr("div0")
                v /= w
        return v

    def expr():
        v = term()
        while peek()[0] == "op" and peek()[1] in "+-":
            o = peek()[1]
            pos[0] += 1
            w = term()
            v = v + w if o == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise PErr("trailing")
    return v


def decimals(numtxt):
    t = numtxt.rstrip("%")
    return len(t.split(".")[1]) if "." in t else 0


def tol_of(numtxt):
    return F(1, 2 * 10 ** decimals(numtxt))


class Comp:
    def __init__(self, line, segs, rels):
        self.line = line
        self.segs = segs          # list of token lists
        self.rels = rels          # '=' or '≈' between segments
        self.vals = [parse_expr(s) for s in segs]
        self.valid = True
        for i in range(1, len(segs)):
            if len(segs[i]) == 1 and segs[i][0][0] == "num":
                if abs(self.vals[i] - self.vals[i - 1]) > tol_of(segs[i][0][1]):
                    self.valid = False
            elif self.vals[i] != self.vals[i - 1]:
                self.valid = False
        last = segs[-1]
        self.last_txt = last[0][1] if len(last) == 1 and last[0][0] == "num" else None
        self.first = segs[0]


def balance(seg):
    seg = list(seg)
    while seg and seg[0][0] == "lp" and sum(1 for t in seg if t[0] == "lp") > sum(1 for t in seg if t[0] == "rp"):
        seg = seg[1:]
    while seg and seg[-1][0] == "rp" and sum(1 for t in seg if t[0] == "rp") > sum(1 for t in seg if t[0] == "lp"):
        seg = seg[:-1]
    return seg


def parse_solution(text):
    """-> (computations, roundups, errors, final_line_value or None)"""
    errs = []
    comps = []
    rounds = []
    final = None
    lines = text.split("\n")
    for li, raw in enumerate(lines):
        if raw.startswith("####"):
            final = raw[4:].strip()
            continue
        toks = tokenize(normalise(raw, errs))
        seq = []
        seqs = []
        for t in toks + [("other", "")]:
            if t[0] in ("num", "op", "lp", "rp", "eq", "ap", "ar"):
                seq.append(t)
            else:
                if seq:
                    seqs.append(seq)
                seq = []
        for seq in seqs:
            # split on arrows
            parts = [[]]
            for t in seq:
                if t[0] == "ar":
                    parts.append([])
                else:
                    parts[-1].append(t)
            prev_comp = None
            for pi, part in enumerate(parts):
                if pi > 0:
                    # round-up / round-down: first token must be a whole number
                    if not part or part[0][0] != "num" or prev_comp is None:
                        errs.append(f"line {li}: bad arrow")
                        continue
                    k = F(part[0][1])
                    x = prev_comp.vals[-1]
                    if k.denominator != 1 or x.denominator == 1 or k not in (math.floor(x), math.ceil(x)):
                        errs.append(f"line {li}: bad rounding {x} -> {k}")
                    rounds.append((li, k))
                    part = part[1:]
                    if any(t[0] in ("eq", "ap") for t in part):
                        errs.append(f"line {li}: chain after arrow")
                    continue
                segs = [[]]
                rels = []
                for t in part:
                    if t[0] in ("eq", "ap"):
                        segs.append([])
                        rels.append(t[1])
                    else:
                        segs[-1].append(t)
                while segs and not segs[0]:
                    segs.pop(0)
                    if rels:
                        rels.pop(0)
                segs = [balance(s) for s in segs]
                # "the 18% tip is 18% × 275 = ..." -> a leading bare number before an expression is a label
                while len(segs) >= 2 and len(segs[0]) == 1 and segs[0][0][0] == "num" and any(t[0] == "op" for t in segs[1]):
                    segs.pop(0)
                    rels.pop(0)
                if len(segs) < 2:
                    continue
                if any(not s for s in segs):
                    errs.append(f"line {li}: empty segment")
                    continue
                if not any(t[0] == "op" for t in segs[0]):
                    # a bare restatement like "= 540" or "0.5 = 0.50": still must be consistent
                    try:
                        c = Comp(li, segs, rels)
                        if not c.valid:
                            errs.append(f"line {li}: inconsistent restatement")
                    except PErr:
                        errs.append(f"line {li}: unparsable")
                    continue
                try:
                    c = Comp(li, segs, rels)
                except PErr as e:
                    errs.append(f"line {li}: unparsable chain ({e})")
                    continue
                comps.append(c)
                prev_comp = c
    return comps, rounds, errs, final, lines


# ------------------------------------------------------------------ fault-kind checks

def digs(s):
    s = s.strip()
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", "")


def kind_ok(kind, wrong, right, comp):
    w, r = F(wrong), F(right)
    dw, dr = digs(wrong), digs(right)
    if kind == "off_by_one":
        return abs(w - r) == 1
    if kind == "off_by_ten":
        return abs(w - r) == 10
    if kind == "decimal_shift":
        return w == r * 10 or w * 10 == r
    if kind == "swap_digits":
        dw, dr = wrong.replace(".", ""), right.replace(".", "")
        if decimals(wrong) != decimals(right):
            return False
        if len(dw) != len(dr):
            return False
        diff = [i for i in range(len(dw)) if dw[i] != dr[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and dw[diff[0]] == dr[diff[1]] and dw[diff[1]] == dr[diff[0]]
    raw = [(dw, dr), (wrong.replace(".", ""), right.replace(".", ""))]
    if kind == "drop_digit":
        return any(len(a) == len(b) - 1 and any(b[:i] + b[i + 1:] == a for i in range(len(b))) for a, b in raw)
    if kind == "double_digit":
        return any(len(a) == len(b) + 1 and any(a[:i] + a[i + 1:] == b and a[i] == a[i + 1 if i + 1 < len(a) else i - 1]
                                                for i in range(len(a))) for a, b in raw)
    if kind == "wrong_op":
        seg = comp.first
        if all(t[0] != "op" or t[1] in "*/" for t in seg) or len([t for t in seg if t[0] == "op"]) == 1:
            seg = [t for t in seg if t[0] not in ("lp", "rp")]
        if len(seg) != 3 or seg[0][0] != "num" or seg[2][0] != "num" or seg[1][0] != "op":
            return False
        a, b = parse_expr([seg[0]]), parse_expr([seg[2]])
        for o in "+-*/":
            if o == seg[1][1]:
                continue
            v = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[o]
            if v is not None and abs(v - w) <= tol_of(wrong):
                return True
        return False
    return False


# ------------------------------------------------------------------ row checks

def line_span(text, span):
    s, e = span
    if not (0 <= s <= e <= len(text)):
        return None
    if s > 0 and text[s - 1] != "\n":
        return None
    if e < len(text) and text[e] != "\n":
        return None
    if "\n" in text[s:e]:
        return None
    return text[:s].count("\n")


def check_correct(row, P):
    comps, rounds, errs, final, lines = P
    out = list(errs)
    if final is None or lines[-1] != "#### " + row["final"]:
        out.append("missing/incorrect #### line")
    if not re.fullmatch(r"\d+(?:\.\d+)?", row["final"]):
        out.append("final not a plain number")
    bad = [c for c in comps if not c.valid]
    if bad:
        out.append(f"invalid computations on lines {[c.line for c in bad]}")
    if not (2 <= len(comps) <= 8):
        out.append(f"{len(comps)} computations")
    fv = F(row["final"])
    if not any(c.last_txt is not None and F(c.last_txt) == fv for c in comps) and not any(k == fv for _, k in rounds):
        out.append("final is not the result of any computation")
    return out


def check_fault(row, P, C):
    comps, rounds, errs, final, lines = P
    out = list(errs)
    v = row["variant"]
    li = line_span(row["solution"], row["span"])
    if li is None:
        return out + ["span is not a whole line"]
    clines = C["solution"].split("\n")
    bad = [i for i, c in enumerate(comps) if not c.valid]
    if len(bad) != 1:
        return out + [f"expected exactly one invalid computation, got {len(bad)}"]
    bi = bad[0]
    c = comps[bi]
    if c.line != li:
        out.append("faulty computation is not on the span line")
    if bi + 1 != row["step"]:
        out.append(f"step {row['step']} != faulty computation index {bi + 1}")
    if c.last_txt is None or F(c.last_txt) != F(row["wrong"]) or decimals(c.last_txt) != decimals(row["wrong"]):
        out.append(f"written result {c.last_txt} != wrong {row['wrong']}")
    if abs(c.vals[-2] - F(row["right"])) > tol_of(row["right"]):
        out.append(f"right {row['right']} is not the value of the computation ({float(c.vals[-2])})")
    if abs(F(row["wrong"]) - c.vals[-2]) <= tol_of(row["wrong"]):
        out.append("wrong value within rounding tolerance")
    if row["kind"] not in KINDS or not kind_ok(row["kind"], row["wrong"], row["right"], c):
        out.append(f"kind {row['kind']} does not describe {row['right']} -> {row['wrong']}")
    if final is None or not lines[-1].startswith("#### "):
        out.append("missing #### line")
    if v == "slip":
        if len(lines) != len(clines):
            out.append("slip line count differs from correct solution")
        else:
            diff = [i for i in range(len(lines)) if lines[i] != clines[i]]
            if diff != [li]:
                out.append(f"slip differs from correct solution on lines {diff}")
        if final != row["final"]:
            out.append("slip final answer changed")
    else:
        if lines[:li] != clines[:li]:
            out.append("carry: lines before the fault differ from the correct solution")
        if final is None or F(final) == F(row["final"]):
            out.append("carry final answer equals gold")
    return out


def check_loop(row, P, C):
    comps, rounds, errs, final, lines = P
    out = list(errs)
    T, Cs = row["solution"], C["solution"]
    s, e = row["span"]
    r = row["repeats"]
    if not (8 <= r <= 30):
        out.append("repeats out of range")
    if "####" in T:
        out.append("loop has #### line")
    if s < 1 or T[s - 1] != "\n" or e <= s:
        return out + ["bad loop span"]
    U = T[s:e]
    c = s - 1
    if not T[:c].endswith(U):
        out.append("span is not a repeat of the text before it")
    if T[:c] != Cs[:c] or not (len(Cs) == c or Cs[c] == "\n"):
        out.append("loop prefix is not the correct solution cut at a line end")
    ul = U.split("\n")
    if not (1 <= len(ul) <= 3):
        out.append("unit has wrong number of lines")
    lc, _, lerr, _, _ = parse_solution(ul[-1])
    if not lc or lerr:
        out.append("unit does not end with a computation line")
    rest = T[c:]
    exp = ("\n" + U) * (r - 1)
    if not rest.startswith(exp):
        out.append("repeats do not match")
    else:
        tail = rest[len(exp):]
        if tail:
            p = tail[1:]
            if not tail.startswith("\n") or not p or not ul[0].startswith(p) or p == ul[0] or re.search(r"\d", p):
                out.append("bad unfinished tail")
        if T[:c].count(U) < 1:
            out.append("no first copy")
    if any(not x.valid for x in comps):
        out.append("invalid computation inside loop row")
    return out


def main():
    path = sys.argv[1]
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = defaultdict(dict)
    problems = []
    for i, row in enumerate(rows):
        v = row.get("variant")
        if v not in KEYS or list(row.keys()) != KEYS[v]:
            problems.append(f"row {i}: bad keys {list(row.keys())}")
            continue
        if v in by[row["pid"]]:
            problems.append(f"row {i}: duplicate variant")
        by[row["pid"]][v] = row
    for pid, g in by.items():
        if set(g) != set(KEYS):
            problems.append(f"pid {pid}: variants {sorted(g)}")
            continue
        C = g["correct"]
        for v in KEYS:
            row = g[v]
            for k in ("template", "style", "problem", "final"):
                if row[k] != C[k]:
                    problems.append(f"pid {pid} {v}: {k} differs across variants")
            P = parse_solution(row["solution"])
            if v == "correct":
                errs = check_correct(row, P)
            elif v == "loop":
                errs = check_loop(row, P, C)
            else:
                errs = check_fault(row, P, C)
            problems += [f"pid {pid} {v}: {x}" for x in errs]
    n = len(by)
    cnt = Counter(r["variant"] for r in rows)
    styles = Counter(r["style"] for r in rows if r["variant"] == "correct")
    tmpls = Counter(r["template"] for r in rows if r["variant"] == "correct")
    kinds = Counter(r["kind"] for r in rows if "kind" in r)
    partial = sum(1 for g in by.values() if "loop" in g and not g["loop"]["solution"].endswith(g["loop"]["solution"][g["loop"]["span"][0]:g["loop"]["span"][1]]))
    print(f"problems={n} rows={len(rows)} variants={dict(cnt)}")
    print(f"styles={len(styles)} {dict(styles)}")
    print(f"templates={len(tmpls)}")
    print(f"kinds={dict(kinds)}  loops_with_unfinished_tail={partial}")
    if not (550 <= n <= 800):
        problems.append(f"problem count {n} outside 550-800")
    if len(tmpls) < 15:
        problems.append("fewer than 15 templates")
    if len(styles) < 9:
        problems.append("fewer than 9 styles")
    if problems:
        for p in problems[:60]:
            print("FAIL", p)
        print(f"{len(problems)} problems")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
