#!/usr/bin/env python3
"""Independent verifier for set.jsonl.  Usage: python3 check.py set.jsonl
Parses the written computations in each solution (after normalising formatting), re-evaluates them with
exact rational arithmetic (or half-up rounding at the written decimals where the solution rounds), and
confirms that every row is exactly as labelled.  Prints PASS and exits 0 only if every row checks out."""
import json
import math
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as Fr

KEYS_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KEYS_FAULT = KEYS_BASE + ["span", "wrong", "right", "step", "kind"]
KEYS_LOOP = KEYS_BASE + ["span", "repeats"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}
NUM_RE = r"\d+(?:\.\d+)?"


def decs(s):
    return len(s.split(".")[1]) if "." in s else 0


def rhu(x, d):
    m = 10 ** d
    return Fr(math.floor(x * m + Fr(1, 2)), m) if x >= 0 else -Fr(math.floor(-x * m + Fr(1, 2)), m)


def rep(x, d):
    return (x * 10 ** d).denominator == 1


# ----------------------------------------------------------------------------- normalisation
def normalize(line):
    s = line
    s = s.replace("{,}", ",").replace("\\,", "")
    for _ in range(2):
        s = re.sub(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1 ÷ \2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    for a, c in [("\\times", "×"), ("\\cdot", "×"), ("\\div", "÷"), ("\\approx", "≈"), ("\\to", "→"),
                 ("\\%", "%"), ("\\$", "$"), ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " ")]:
        s = s.replace(a, c)
    s = re.sub(r"<<[^<>]*>>", "", s)
    s = s.replace("**", "")
    num_end = r"(?<=[\d%)])"
    num_start = r"(?=\$?[\d(])"
    s = re.sub(num_end + r"\s+(?:times|multiplied by)\s+" + num_start, " × ", s)
    s = re.sub(num_end + r"\s+divided by\s+" + num_start, " ÷ ", s)
    s = re.sub(num_end + r"\s+minus\s+" + num_start, " − ", s)
    s = re.sub(num_end + r"\s+plus\s+" + num_start, " + ", s)
    s = re.sub(r"%\s+of\s+" + num_start, "% × ", s)
    s = re.sub(num_end + r"\s*,?\s+(?:is|comes to|which is)\s+(?:about|roughly|approximately)\s+" + num_start, " ≈ ", s)
    s = re.sub(num_end + r"\s*,?\s+(?:equals|is|gives us|which gives us|that gives us|which is|makes)\s+" + num_start,
               " = ", s)
    s = re.sub(num_end + r"\s*x\s*" + num_start, " × ", s)
    s = s.replace("·", "×").replace("*", "×")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    s = re.sub(r"/[A-Za-z]+", " ", s)
    s = s.replace("$", " ")
    return s


TOK = re.compile(r"\s*(?:(" + NUM_RE + r")|([+\-−×÷/])|([()])|([=≈])|(%)|([A-Za-z][A-Za-z'’]*)|(\S))")


def tokenize(s):
    raw = []
    pos = 0
    while True:
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):
            raw.append(("num", m.group(1), m.end()))
        elif m.group(2):
            raw.append(("op", m.group(2), m.end()))
        elif m.group(3):
            raw.append(("lp" if m.group(3) == "(" else "rp", m.group(3), m.end()))
        elif m.group(4):
            raw.append(("eq", m.group(4), m.end()))
        elif m.group(5):
            raw.append(("pct", "%", m.end()))
        elif m.group(6):
            raw.append(("word", m.group(6), m.end()))
        else:
            raw.append(("sep", m.group(7), m.end()))
    out = []
    for i, t in enumerate(raw):
        kind = t[0]
        prev = out[-1][0] if out else None
        if kind == "word":
            if prev in ("num", "pct", "rp") or (prev == "drop"):
                out.append(("drop", t[1]))
            else:
                out.append(("sep", t[1]))
            continue
        if kind == "op" and t[1] in "-−/":
            pk = next((x[0] for x in reversed(out) if x[0] != "drop"), None)
            nxt = s[t[2]:].lstrip()
            if not (pk in ("num", "rp", "pct") and nxt[:1] and (nxt[0].isdigit() or nxt[0] in "($")):
                out.append(("sep", t[1]))
                continue
        out.append((kind, t[1]))
    return [t for t in out if t[0] != "drop"]


# ----------------------------------------------------------------------------- expression parsing
def parse_full(toks):
    """Return value of toks as a complete expression, or None."""
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else (None, None)

    def factor():
        t = peek()
        if t[0] == "num":
            pos[0] += 1
            v = Fr(t[1])
            if peek()[0] == "pct":
                pos[0] += 1
                v /= 100
            return v
        if t[0] == "lp":
            pos[0] += 1
            v = expr()
            if v is None or peek()[0] != "rp":
                return None
            pos[0] += 1
            return v
        return None

    def term():
        v = factor()
        while v is not None and peek()[0] == "op" and peek()[1] in "×÷/":
            op = peek()[1]
            pos[0] += 1
            w = factor()
            if w is None:
                return None
            if op == "×":
                v = v * w
            else:
                if w == 0:
                    return None
                v = v / w
        return v

    def expr():
        v = term()
        while v is not None and peek()[0] == "op" and peek()[1] in "+-−":
            op = peek()[1]
            pos[0] += 1
            w = term()
            if w is None:
                return None
            v = v + w if op == "+" else v - w
        return v

    if not toks:
        return None
    v = expr()
    if v is None or pos[0] != len(toks):
        return None
    return v


def longest_prefix(seg):
    for j in range(len(seg), 0, -1):
        if parse_full(seg[:j]) is not None:
            return (0, j)
    return None


def longest_suffix(seg):
    for i in range(len(seg)):
        if parse_full(seg[i:]) is not None:
            return (i, len(seg))
    return None


def extract_equations(s):
    toks = tokenize(s)
    runs, cur = [], []
    for t in toks:
        if t[0] == "sep":
            runs.append(cur)
            cur = []
        else:
            cur.append(t)
    runs.append(cur)
    eqs = []
    for run in runs:
        segs, rels, c = [], [], []
        for t in run:
            if t[0] == "eq":
                segs.append(c)
                rels.append(t[1])
                c = []
            else:
                c.append(t)
        segs.append(c)
        if len(segs) < 2:
            continue
        curq = None
        for si, seg in enumerate(segs):
            if si == 0:
                sfx = longest_suffix(seg)
                curq = ([seg[sfx[0]:sfx[1]]], []) if sfx else None
                continue
            p = longest_prefix(seg)
            full = p is not None and p[1] == len(seg)
            last = si == len(segs) - 1
            if curq is not None and p is not None:
                curq[0].append(seg[p[0]:p[1]])
                curq[1].append(rels[si - 1])
            if last or not full:
                if curq is not None and len(curq[0]) >= 2:
                    eqs.append(curq)
                curq = None
                if not last:
                    sfx = longest_suffix(seg)
                    if sfx and (p is None or sfx[0] >= p[1]):
                        curq = ([seg[sfx[0]:sfx[1]]], [])
            elif curq is None:
                curq = ([seg[p[0]:p[1]]], [])
    return eqs


def has_op(seg):
    return any(t[0] == "op" for t in seg) or any(t[0] == "pct" for t in seg)


def eval_equation(q):
    """Returns dict(ok, lhs_value, written, rel, noop)."""
    segs, rels = q
    v0 = parse_full(segs[0])
    info = dict(noop=not has_op(segs[0]), ok=True, v0=v0, lhs=segs[0])
    for seg, rel in zip(segs[1:], rels):
        if len(seg) == 1 and seg[0][0] == "num":
            w = seg[0][1]
            d = decs(w)
            W = Fr(w)
            if rel == "≈":
                good = rhu(v0, d) == W
            else:
                good = W == v0 or (d >= 1 and not rep(v0, d) and rhu(v0, d) == W)
            info["written"], info["rel"], info["d"] = w, rel, d
        else:
            good = parse_full(seg) == v0
            info["written"] = None
        if not good:
            info["ok"] = False
    return info


def line_spans(text):
    spans, o = [], 0
    for ln in text.split("\n"):
        spans.append((o, o + len(ln)))
        o += len(ln) + 1
    return spans


def analyze(solution, errs, where):
    """Return list of computations [(line_idx, info)] and validate checks/round-ups/annotations."""
    comps = []
    for li, line in enumerate(solution.split("\n")):
        for m in re.finditer(r"<<([^<>]*)>>(" + NUM_RE + ")", line):
            inner = m.group(1)
            if "=" not in inner or inner.rsplit("=", 1)[1] != m.group(2):
                errs.append(f"{where}: annotation mismatch in line {li}")
        if line.lstrip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.search(r"[+\-−×÷/*x·]", cells[1]) and re.search(r"\d", cells[1]):
                res = cells[2]
                syn = cells[1] + (" " + res if res.startswith("≈") else " = " + res)
                norm = normalize(syn)
            else:
                norm = ""
        else:
            norm = normalize(line)
        is_check = bool(re.search(r"\bcheck\b|✓", line, re.I))
        for m in re.finditer(r"(" + NUM_RE + r")\s*→\s*(\d+)(?!\.\d)", norm):
            a, c = Fr(m.group(1)), int(m.group(2))
            if a.denominator == 1 or math.ceil(a) != c:
                errs.append(f"{where}: bad round-up '{m.group(0)}' in line {li}")
        for q in extract_equations(norm):
            info = eval_equation(q)
            if info["noop"]:
                errs.append(f"{where}: equation without operator in line {li}: {line[:80]!r}")
                continue
            if is_check:
                if not info["ok"]:
                    errs.append(f"{where}: check line is arithmetically wrong (line {li})")
                continue
            comps.append((li, info))
    return comps


def final_of(solution):
    last = solution.rstrip("\n").split("\n")[-1]
    m = re.fullmatch(r"#### (" + NUM_RE + ")", last)
    return m.group(1) if m else None


def digits(s):
    return s


def kind_ok(kind, w, r, info):
    W, R = Fr(w), Fr(r)
    if kind == "off_by_one":
        return abs(W - R) == 1
    if kind == "off_by_ten":
        return abs(W - R) == 10
    if kind == "swap_digits":
        if len(w) != len(r):
            return False
        diff = [i for i in range(len(w)) if w[i] != r[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and w[diff[0]] == r[diff[1]] and w[diff[1]] == r[diff[0]]
    if kind == "drop_digit":
        return any(r[:i] + r[i + 1:] == w for i in range(len(r)) if r[i].isdigit())
    if kind == "double_digit":
        return any(r[:i + 1] + r[i] + r[i + 1:] == w for i in range(len(r)) if r[i].isdigit())
    if kind == "decimal_shift":
        return W == R * 10 or W * 10 == R
    if kind == "wrong_op":
        lhs = [t for t in info["lhs"] if t[0] not in ("lp", "rp")]
        ops = [t for t in lhs if t[0] == "op"]
        if len(ops) != 1:
            return False
        i = lhs.index(ops[0])
        a, c = parse_full(lhs[:i]), parse_full(lhs[i + 1:])
        if a is None or c is None:
            return False
        d = decs(w)
        alts = []
        for op in "+-×÷":
            if op == ops[0][1] or (op == "-" and ops[0][1] == "−") or (op == "÷" and ops[0][1] == "/"):
                continue
            if op == "+":
                alts.append(a + c)
            elif op == "-":
                alts.append(a - c)
            elif op == "×":
                alts.append(a * c)
            elif c != 0:
                alts.append(a / c)
        return any(rhu(x, d) == W for x in alts)
    return False


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    errs = []
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f):
            rows.append(json.loads(line))
    by = defaultdict(dict)
    for r in rows:
        v = r.get("variant")
        exp = {"correct": KEYS_BASE, "slip": KEYS_FAULT, "carry": KEYS_FAULT, "loop": KEYS_LOOP}.get(v)
        if exp is None or list(r.keys()) != exp:
            errs.append(f"{r.get('pid')}: bad keys/variant {list(r.keys())}")
            continue
        if v in by[r["pid"]]:
            errs.append(f"{r['pid']}: duplicate {v}")
        by[r["pid"]][v] = r
    for pid, g in by.items():
        if set(g) != {"correct", "slip", "carry", "loop"}:
            errs.append(f"{pid}: variants {sorted(g)}")
            continue
        c = g["correct"]
        for v in g.values():
            for k in ("template", "style", "problem", "final"):
                if v[k] != c[k]:
                    errs.append(f"{pid}/{v['variant']}: {k} differs from correct row")
        gold = c["final"]
        if not re.fullmatch(NUM_RE, gold):
            errs.append(f"{pid}: final not a plain number")
        # ---- correct
        cc = analyze(c["solution"], errs, f"{pid}/correct")
        if not 2 <= len(cc) <= 8:
            errs.append(f"{pid}/correct: {len(cc)} computations")
        for li, info in cc:
            if not info["ok"]:
                errs.append(f"{pid}/correct: wrong computation in line {li}: {c['solution'].split(chr(10))[li][:90]!r}")
        if final_of(c["solution"]) != gold:
            errs.append(f"{pid}/correct: #### line does not match final")
        # ---- slip & carry
        for mode in ("slip", "carry"):
            r = g[mode]
            where = f"{pid}/{mode}"
            if r["kind"] not in KINDS:
                errs.append(f"{where}: unknown kind")
            cs = analyze(r["solution"], errs, where)
            bad = [(i, li, info) for i, (li, info) in enumerate(cs) if not info["ok"]]
            if len(bad) != 1:
                errs.append(f"{where}: {len(bad)} wrong computations (expected 1)")
                continue
            i, li, info = bad[0]
            if i + 1 != r["step"]:
                errs.append(f"{where}: faulted computation is #{i + 1}, labelled step {r['step']}")
            sp = line_spans(r["solution"])[li]
            if list(sp) != r["span"]:
                errs.append(f"{where}: span {r['span']} != line span {list(sp)}")
            w = info.get("written")
            if w is None or w != r["wrong"]:
                errs.append(f"{where}: written result {w} != wrong {r['wrong']}")
                continue
            d = decs(w)
            if decs(r["right"]) != d or rhu(info["v0"], d) != Fr(r["right"]):
                errs.append(f"{where}: right {r['right']} != recomputed {rhu(info['v0'], d)}")
            if Fr(r["wrong"]) == Fr(r["right"]):
                errs.append(f"{where}: wrong == right")
            if not kind_ok(r["kind"], r["wrong"], r["right"], info):
                errs.append(f"{where}: kind {r['kind']} does not describe {r['right']} -> {r['wrong']}")
            a, e = r["span"]
            if r["solution"][:a] != c["solution"][:a]:
                errs.append(f"{where}: text before the faulted line differs from the correct solution")
            fin = final_of(r["solution"])
            if mode == "slip":
                if fin != gold:
                    errs.append(f"{where}: final {fin} != gold {gold}")
                ce = c["solution"].find("\n", a)
                ce = len(c["solution"]) if ce < 0 else ce
                if r["solution"][e:] != c["solution"][ce:]:
                    errs.append(f"{where}: text after the faulted line differs from the correct solution")
                if len(cs) != len(cc):
                    errs.append(f"{where}: computation count differs")
            else:
                if fin is None or fin == gold or Fr(fin) == Fr(gold):
                    errs.append(f"{where}: carry final {fin} should differ from gold {gold}")
                if r["solution"] == c["solution"]:
                    errs.append(f"{where}: identical to correct")
        # ---- loop
        r = g["loop"]
        where = f"{pid}/loop"
        t = r["solution"]
        a, e = r["span"]
        if "####" in t:
            errs.append(f"{where}: contains ####")
        if not 8 <= r["repeats"] <= 30:
            errs.append(f"{where}: repeats {r['repeats']}")
        unit = t[a:e]
        base = t[:a - 1] if a >= 1 and t[a - 1] == "\n" else None
        if base is None or not unit:
            errs.append(f"{where}: span does not start a line")
            continue
        if not (c["solution"].startswith(base) and c["solution"][len(base):len(base) + 1] == "\n"):
            errs.append(f"{where}: text before the loop is not a line-prefix of the correct solution")
        if not (base == unit or base.endswith("\n" + unit)):
            errs.append(f"{where}: unit is not a repeat of the lines just before it")
        body = base + ("\n" + unit) * (r["repeats"] - 1)
        if not t.startswith(body):
            errs.append(f"{where}: text is not {r['repeats']} copies of the unit")
            continue
        rest = t[len(body):]
        if rest:
            first = unit.split("\n")[0]
            if not (rest.startswith("\n") and first.startswith(rest[1:]) and 0 < len(rest[1:]) < len(first)
                    and not re.search(r"\d", rest[1:])):
                errs.append(f"{where}: bad trailing partial {rest!r}")
        unit_comps = analyze(unit, errs, where)
        last_line_idx = unit.count("\n")
        if not any(li == last_line_idx for li, _ in unit_comps):
            errs.append(f"{where}: unit does not end with a computation line")
        for li, info in analyze(t, errs, where):
            if not info["ok"]:
                errs.append(f"{where}: wrong computation inside loop text")
    # ---- global
    nprob = len(by)
    templates = Counter(g["correct"]["template"] for g in by.values() if "correct" in g)
    styles = Counter(g["correct"]["style"] for g in by.values() if "correct" in g)
    if not 550 <= nprob <= 800:
        errs.append(f"problem count {nprob} out of range")
    if len(templates) < 15:
        errs.append(f"only {len(templates)} templates")
    if len(styles) < 9:
        errs.append(f"only {len(styles)} styles")
    vc = Counter(r["variant"] for r in rows)
    print(f"rows={len(rows)} problems={nprob} templates={len(templates)} styles={len(styles)} variants={dict(vc)}")
    print("kinds:", dict(Counter(r["kind"] for r in rows if "kind" in r)))
    if errs:
        for e in errs[:60]:
            print("ERR", e)
        print(f"FAIL ({len(errs)} problems found)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
