#!/usr/bin/env python3
"""Independent verifier for set.jsonl.  Usage: python3 check.py set.jsonl
Parses every computation written in each solution (after normalising markdown,
LaTeX, worded operators, tables and GSM8K <<...>> annotations), evaluates it with
exact rational arithmetic and checks that every row is as labelled.
'=' must hold exactly (except inside GSM8K annotations); '≈' must equal the exact
value rounded half-up at the written number of decimals.  Standard library only."""
import json
import math
import re
import sys
from fractions import Fraction as F

KEY_ORDER_BASE = ["pid", "template", "style", "problem", "variant", "solution", "final"]
KINDS = {"off_by_one", "off_by_ten", "swap_digits", "drop_digit", "double_digit", "wrong_op", "decimal_shift"}


def rhu(x, d):
    q = F(10) ** d
    if x >= 0:
        return F(math.floor(x * q + F(1, 2))) / q
    return -rhu(-x, d)


def parse_num(text):
    """'1,250.50' / '1{,}250' / '$3.45' / '12%' -> (Fraction, decimals)."""
    t = text.replace("{,}", "").replace(",", "").replace("$", "").replace("\\", "").strip()
    pct = t.endswith("%")
    t = t.rstrip("%")
    d = len(t.split(".")[1]) if "." in t else 0
    v = F(t)
    return (v / 100 if pct else v), d, pct


# ------------------------------------------------------------------ normalisation
def split_sources(line):
    """Return (list of strings to parse, tolerant_equals)."""
    if "<<" in line:
        return [m for m in re.findall(r"<<([^<>]*)>>", line)], True
    s = line.strip()
    if s.startswith("|") and s.endswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        if len(cells) >= 3 and re.search(r"\d", cells[-2]):
            res = cells[-1]
            if res.startswith("≈"):
                return [cells[-2] + " ≈ " + res[1:]], False
            return [cells[-2] + " = " + res], False
        return [], False
    return [line], False


def frac_sub(s):
    pat = re.compile(r"\\d?frac\{([^{}]*)\}\{([^{}]*)\}")
    while True:
        n = pat.sub(r"((\1)/(\2))", s)
        if n == s:
            return s
        s = n


def normalise(s):
    s = s.replace("**", "").replace("`", "")
    s = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", " ", s)           # bullets / list numbers
    s = s.replace("{,}", ",")
    s = re.sub(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}", r" \1 ", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r" \1 ", s)
    s = frac_sub(s)
    for a, b in ((r"\times", "×"), (r"\cdot", "×"), (r"\div", "÷"), (r"\approx", "≈"), (r"\rightarrow", "→"),
                 (r"\to", "→"), (r"\left", ""), (r"\right", ""), (r"\%", "%"), (r"\$", "$"), (r"\(", " "),
                 (r"\)", " "), (r"\[", " "), (r"\]", " "), (r"\checkmark", "✓"), (r"\quad", " "), (r"\,", " "),
                 (r"\;", " ")):
        s = s.replace(a, b)
    s = s.replace("{", " ").replace("}", " ")
    s = re.sub(r"\b\d{1,2}:\d{2}\b", " TIME ", s)
    s = re.sub(r"([A-Za-z])\s*/\s*100\s*(km|mi|miles)\b", r"\1_per_100_\2", s)
    # worded operators and relations
    s = re.sub(r"\bmultiplied by\b", " × ", s)
    s = re.sub(r"\btimes\b", " × ", s)
    s = re.sub(r"\bdivided by\b", " ÷ ", s)
    s = re.sub(r"\bminus\b", " − ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"\b(?:which is|that's|is|comes to|gives us|works out to)\s+(?:about|roughly|approximately|around)\b",
               " ≈ ", s)
    s = re.sub(r"([=≈])\s*(?:about|roughly|approximately|around)\b", " ≈ ", s)
    s = re.sub(r"\b(?:equals|which gives us|that gives us|gives us|which is|comes to|works out to)\b", " = ", s)
    s = re.sub(r",\s*(?=[=≈])", " ", s)
    s = re.sub(r"(?<=[\w%)])\s+x\s+(?=[\d$(])", " × ", s)
    s = s.replace("$", "").replace("€", "")
    s = s.replace("−", "-").replace("·", "×").replace("*", "×")
    return s


TOK = re.compile(r"""
 (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?)
|(?P<word>/?[A-Za-z_][A-Za-z0-9_'’-]*)
|(?P<op>[+×÷/-])
|(?P<lp>\()|(?P<rp>\))
|(?P<rel>[=≈])
|(?P<arrow>→)
|(?P<sp>\s+)
|(?P<other>.)
""", re.X)


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        k = m.lastgroup
        t = m.group()
        if k == "sp":
            continue
        if k == "op" and t in "-/":
            rest = s[m.end():].lstrip()
            if not rest or not (rest[0].isdigit() or rest[0] == "("):
                k = "other"
        if k == "num":
            v, d, pct = parse_num(t)
            toks.append(("num", (v, d, pct, t)))
        else:
            toks.append((k, t))
    # "12% of 75" -> multiplication
    for i in range(1, len(toks) - 1):
        if toks[i] == ("word", "of") and toks[i - 1][0] == "num" and toks[i - 1][1][2] and \
                toks[i + 1][0] in ("num", "lp"):
            toks[i] = ("op", "×")
    return toks


class Fail(Exception):
    pass


class Parser:
    def __init__(self, toks):
        self.t = toks

    def peek(self, i):
        return self.t[i] if i < len(self.t) else ("end", "")

    def skip_units(self, i):
        j = i
        n = 0
        while self.peek(j)[0] == "word" and n < 4:
            j += 1
            n += 1
        if n and self.peek(j)[0] in ("op", "rel", "rp"):
            return j
        return i

    def primary(self, i):
        k, v = self.peek(i)
        if k == "num":
            return v[0], self.skip_units(i + 1), 0, v
        if k == "lp":
            val, j, nops, _ = self.sum(i + 1)
            if self.peek(j)[0] != "rp":
                raise Fail
            return val, self.skip_units(j + 1), nops, None
        raise Fail

    def prod(self, i):
        val, j, nops, lit = self.primary(i)
        while self.peek(j) in (("op", "×"), ("op", "÷"), ("op", "/")):
            op = self.peek(j)[1]
            r, j, n2, _ = self.primary(j + 1)
            if op == "×":
                val = val * r
            else:
                if r == 0:
                    raise Fail
                val = val / r
            nops += n2 + 1
            lit = None
        return val, j, nops, lit

    def sum(self, i):
        val, j, nops, lit = self.prod(i)
        while self.peek(j) in (("op", "+"), ("op", "-")):
            op = self.peek(j)[1]
            r, j, n2, _ = self.prod(j + 1)
            val = val + r if op == "+" else val - r
            nops += n2 + 1
            lit = None
        return val, j, nops, lit


def find_comps(text, tolerant):
    """Return list of computations: dict(ok, written, wdec, value, lhs_ops, segs)."""
    toks = tokenize(normalise(text))
    p = Parser(toks)
    comps, arrows = [], []
    i = 0
    while i < len(toks):
        k = toks[i][0]
        if k == "num" and p.peek(i + 1)[0] == "arrow" and p.peek(i + 2)[0] == "num":
            arrows.append((toks[i][1][0], toks[i + 2][1][0]))
        if k not in ("num", "lp"):
            i += 1
            continue
        try:
            seg = p.sum(i)
        except Fail:
            i += 1
            continue
        segs = [(seg, "")]
        j = seg[1]
        while p.peek(j)[0] == "rel":
            rel = p.peek(j)[1]
            try:
                nxt = p.sum(j + 1)
            except Fail:
                break
            segs.append((nxt, rel))
            j = nxt[1]
        if len(segs) >= 2 and any(s[0][2] > 0 for s in segs[:-1]):
            ok = True
            for a in range(1, len(segs)):
                prev = segs[a - 1][0][0]
                (val, _, nops, lit), rel = segs[a]
                if lit is not None:
                    wv, wd = lit[0], lit[1]
                    if lit[2]:
                        wd += 2
                    if rel == "≈" or tolerant:
                        good = rhu(prev, wd) == wv
                    else:
                        good = prev == wv
                else:
                    good = prev == val
                if not good:
                    ok = False
            last = segs[-1][0]
            lhs = [t for t in toks[i:seg[1]] if t[0] in ("num", "op")]
            if len(segs) > 2:
                lhs = [t for t in toks[:j] if t[0] in ("num", "op")][-3:] if False else lhs
            comps.append(dict(ok=ok, written=last[3][3] if last[3] else None,
                              wval=last[0], value=segs[-2][0][0], segs=segs, lhs=lhs))
            i = j
        else:
            i = max(j, i + 1)
    return comps, arrows


def parse_solution(sol):
    lines = sol.split("\n")
    comps, errs = [], []
    for li, line in enumerate(lines):
        if line.startswith("####"):
            continue
        srcs, tol = split_sources(line)
        for s in srcs:
            cs, arrows = find_comps(s, tol)
            for c in cs:
                c["line"] = li
                comps.append(c)
            for v, n in arrows:
                if n != math.ceil(v) and n != math.floor(v):
                    errs.append(f"bad rounding arrow {v} -> {n} on line {li}")
    return lines, comps, errs


# ------------------------------------------------------------------ kind checks
def digits(t):
    t = t.replace("{,}", "").replace(",", "").replace("$", "").replace("\\", "").rstrip("%")
    return t


def kind_ok(kind, wrong, right, comp):
    w, r = digits(wrong), digits(right)
    wv, rv = F(w), F(r)
    if kind == "off_by_one":
        return abs(wv - rv) == 1
    if kind == "off_by_ten":
        return abs(wv - rv) == 10
    wd, rd = w.replace(".", ""), r.replace(".", "")
    if kind == "swap_digits":
        if len(wd) != len(rd):
            return False
        diff = [i for i in range(len(wd)) if wd[i] != rd[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and wd[diff[0]] == rd[diff[1]] and wd[diff[1]] == rd[diff[0]]
    if kind == "drop_digit":
        return len(wd) == len(rd) - 1 and any(rd[:i] + rd[i + 1:] == wd for i in range(len(rd)))
    if kind == "double_digit":
        return len(wd) == len(rd) + 1 and any(rd[:i] + rd[i] + rd[i:] == wd for i in range(len(rd)))
    if kind == "decimal_shift":
        return wv == rv * 10 or wv * 10 == rv
    if kind == "wrong_op":
        seg = comp["segs"]
        # re-evaluate the (binary) left side with each other operator
        return wrong_op_match(comp, parse_num(wrong)[0])
    return False


def wrong_op_match(comp, wv):
    toks = comp["lhs"]
    if len(toks) == 3 and toks[0][0] == "num" and toks[1][0] == "op" and toks[2][0] == "num":
        if True:
            a, b = toks[0][1][0], toks[2][1][0]
            wd = len(digits(comp["written"]).split(".")[1]) if "." in comp["written"] else 0
            if comp["written"].endswith("%"):
                wd += 2
            for op in ("+", "-", "*", "/"):
                if op == "/" and b == 0:
                    continue
                v = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0}[op]
                if v > 0 and (rhu(v, wd) == wv or v == wv):
                    return True
    return False


# ------------------------------------------------------------------ main
def main(path):
    errors = []
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    by = {}
    counts = {}
    for n, r in enumerate(rows):
        keys = list(r.keys())
        if keys[:7] != KEY_ORDER_BASE:
            errors.append(f"row {n}: key order {keys}")
        v = r["variant"]
        counts[v] = counts.get(v, 0) + 1
        extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
                 "carry": ["span", "wrong", "right", "step", "kind"], "loop": ["span", "repeats"]}[v]
        if keys[7:] != extra:
            errors.append(f"row {n}: extra keys {keys[7:]}")
        by.setdefault(r["pid"], {})[v] = r
    for pid, g in by.items():
        if set(g) != {"correct", "slip", "carry", "loop"}:
            errors.append(f"{pid}: variants {sorted(g)}")
            continue
        for f in ("template", "style", "problem", "final"):
            if len({g[v][f] for v in g}) != 1:
                errors.append(f"{pid}: {f} differs across variants")
        final = g["correct"]["final"]
        if not re.fullmatch(r"\d+(?:\.\d+)?", final):
            errors.append(f"{pid}: final not plain number {final!r}")
        # correct
        c = g["correct"]
        clines, ccomps, cerr = parse_solution(c["solution"])
        errors += [f"{pid} correct: {e}" for e in cerr]
        if not (2 <= len(ccomps) <= 8):
            errors.append(f"{pid} correct: {len(ccomps)} computations")
        bad = [x for x in ccomps if not x["ok"]]
        if bad:
            errors.append(f"{pid} correct: wrong computation(s) on lines {[x['line'] for x in bad]}")
        if clines[-1] != "#### " + final:
            errors.append(f"{pid} correct: last line {clines[-1]!r}")
        if sum(1 for l in clines if l.startswith("####")) != 1:
            errors.append(f"{pid} correct: #### count")
        # slip / carry
        for v in ("slip", "carry"):
            r = g[v]
            if r["kind"] not in KINDS:
                errors.append(f"{pid} {v}: kind {r['kind']}")
            lines, comps, e2 = parse_solution(r["solution"])
            errors += [f"{pid} {v}: {e}" for e in e2]
            if len(comps) != len(ccomps):
                errors.append(f"{pid} {v}: computation count {len(comps)} vs {len(ccomps)}")
            badk = [k for k, x in enumerate(comps) if not x["ok"]]
            if len(badk) != 1:
                errors.append(f"{pid} {v}: {len(badk)} wrong computations")
                continue
            k = badk[0]
            comp = comps[k]
            if k + 1 != r["step"]:
                errors.append(f"{pid} {v}: step {r['step']} but wrong computation is #{k + 1}")
            s, e = r["span"]
            sol = r["solution"]
            if not (s == 0 or sol[s - 1] == "\n") or not (e == len(sol) or sol[e] == "\n"):
                errors.append(f"{pid} {v}: span not a whole line")
            li = sol[:s].count("\n")
            if comp["line"] != li:
                errors.append(f"{pid} {v}: wrong computation on line {comp['line']}, span line {li}")
            if r["wrong"] not in sol[s:e]:
                errors.append(f"{pid} {v}: wrong text not in span line")
            wv = parse_num(r["wrong"])
            if comp["written"] is None or parse_num(comp["written"])[0] != wv[0]:
                errors.append(f"{pid} {v}: written result {comp['written']} != wrong {r['wrong']}")
            rv = parse_num(r["right"])
            rd = rv[1] + (2 if rv[2] else 0)
            if rhu(comp["value"], rd) != rv[0]:
                errors.append(f"{pid} {v}: right {r['right']} != computed {float(comp['value'])}")
            if rhu(comp["value"], wv[1] + (2 if wv[2] else 0)) == wv[0] or wv[0] == rv[0]:
                errors.append(f"{pid} {v}: wrong value within rounding tolerance")
            comp["src"] = lines[comp["line"]] if "<<" not in lines[comp["line"]] else \
                re.findall(r"<<([^<>]*)>>", lines[comp["line"]])[0]
            if "<<" in lines[comp["line"]]:
                comp["src"] = comp["src"].replace("=", " = ")
            if not kind_ok(r["kind"], r["wrong"], r["right"], comp):
                errors.append(f"{pid} {v}: kind {r['kind']} does not match {r['right']} -> {r['wrong']}")
            last = lines[-1]
            if not last.startswith("#### "):
                errors.append(f"{pid} {v}: no #### line")
            elif v == "slip" and last != "#### " + final:
                errors.append(f"{pid} slip: final changed")
            elif v == "carry" and last == "#### " + final:
                errors.append(f"{pid} carry: final equals gold")
            # textual relation to the correct solution
            if v == "slip":
                if len(lines) != len(clines) or [a for a in range(len(lines)) if lines[a] != clines[a]] != [li]:
                    errors.append(f"{pid} slip: differs from correct outside span line")
            else:
                if len(lines) != len(clines) or lines[:li] != clines[:li]:
                    errors.append(f"{pid} carry: differs from correct before span line")
                # the wrong value must be reused later unless it is the answer step
                later = [x for x in comps[k + 1:]]
                used = any(t[0] == "num" and t[1][0] == wv[0] for x in later for t in x["lhs"]) or \
                    any(any(t[0] == "num" and t[1][0] == wv[0] for t in tokenize(normalise(lines[a])))
                        for a in range(li + 1, len(lines))) or last == "#### " + digits(r["wrong"])
                if not used and later:
                    errors.append(f"{pid} carry: wrong value not carried")
        # loop
        r = g["loop"]
        sol = r["solution"]
        s, e = r["span"]
        reps = r["repeats"]
        if not (8 <= reps <= 30):
            errors.append(f"{pid} loop: repeats {reps}")
        unit = sol[s:e]
        if "####" in sol:
            errors.append(f"{pid} loop: has ####")
        if s < len(unit) + 1 or sol[s - len(unit) - 1:s] != unit + "\n":
            errors.append(f"{pid} loop: first copy not before span")
        else:
            prefix = sol[:s]
            if not c["solution"].startswith(prefix[:-1]):
                errors.append(f"{pid} loop: prefix is not a prefix of the correct solution")
            if not c["solution"][len(prefix) - 1:].startswith("\n") and \
                    not c["solution"].startswith(prefix):
                errors.append(f"{pid} loop: cut not at a line end")
            rest = sol[s:]
            body = "\n".join([unit] * (reps - 1))
            if not rest.startswith(body):
                errors.append(f"{pid} loop: copies do not match repeats")
            else:
                tail = rest[len(body):]
                if tail:
                    first = unit.split("\n")[0]
                    if not tail.startswith("\n") or not first.startswith(tail[1:]) or not tail[1:] or \
                            re.search(r"\d", tail) or tail[1:] == first:
                        errors.append(f"{pid} loop: bad tail {tail!r}")
            ulines, ucomps, _ = parse_solution(unit)
            if not ucomps or ucomps[-1]["line"] != len(ulines) - 1:
                errors.append(f"{pid} loop: unit does not end with a computation line")
            ll, lc, le = parse_solution(sol)
            if any(not x["ok"] for x in lc):
                errors.append(f"{pid} loop: wrong computation")
    n_comp = sum(1 for g in by.values())
    print(f"rows: {len(rows)}  problems: {n_comp}  " + "  ".join(f"{k}={counts[k]}" for k in sorted(counts)))
    if not (550 <= n_comp <= 800):
        errors.append(f"problem count {n_comp}")
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print(f"FAIL ({len(errors)} errors)")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"))
