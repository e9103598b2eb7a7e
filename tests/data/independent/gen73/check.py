#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import gen.py).

Re-reads every rendered computation it can find (symbolic, worded, LaTeX, table rows), evaluates it exactly
with Fractions and asserts:
  correct: no wrong computation, '#### <final>' matches;
  slip:    exactly one wrong computation, on the line at `span`; '#### <final>' matches;
  carry:   exactly one wrong computation, on the line at `span`; every later one consistent; '####' != final and
           equals a value the solution computed;
  loop:    prefix computations right, the unit at `span` repeats `repeats` times, no '####'.
"""
import json
import re
import sys
from fractions import Fraction as F

LATEX = [("\\left(", "("), ("\\right)", ")"), ("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"),
         ("\\approx", "≈"), ("\\$", "$"), ("\\%", "%"), ("{,}", ","), ("\\ldots", "…"), ("\\,", ""),
         ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " ")]


def normalize(line):
    s = line
    for a, b in LATEX:
        s = s.replace(a, b)
    s = re.sub(r"\\text\{([^}]*)\}", r"\1", s)
    s = re.sub(r"\\boxed\{([^}]*)\}", r"\1", s)
    s = s.replace("**", "").replace("`", "").replace("...", "…")
    s = re.sub(r"\s+(?:multiplied by|times)\s+", " × ", s)
    s = re.sub(r"\s+divided by\s+", " ÷ ", s)
    s = re.sub(r"\s+plus\s+", " + ", s)
    s = re.sub(r"\s+minus\s+", " - ", s)
    s = re.sub(r"%\s+of\s+", "% × ", s)
    s = re.sub(r"\s+(?:is|comes to|equals)\s+(?:about|roughly|approximately)\s+(?=[$\d])", " ≈ ", s)
    s = re.sub(r"\s+(?:is|comes to|equals)\s+(?=[$\d])", " = ", s)
    s = re.sub(r",?\s+which rounds to\s+", " ≈ ", s)
    s = s.replace("−", "-").replace("*", "×").replace("·", "×")
    s = re.sub(r"(?<=[\d%)])\s+x\s+(?=[$\d(])", " × ", s)
    s = re.sub(r"(?<=[\d%)])\s*/\s*(?=[$\d(])", " ÷ ", s)
    s = s.replace("$", "")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    return s


TOK = re.compile(r"\s*(?:(\d+(?:\.\d+)?)(%?)(…?)|([-+×÷()]))")


def tokenize(seg):
    toks, pos = [], 0
    while pos < len(seg):
        m = TOK.match(seg, pos)
        if not m or m.end() == pos:
            break
        if m.group(1) is not None:
            toks.append(("num", m.group(1), m.group(2) == "%", m.group(3) == "…"))
        else:
            toks.append(("op", m.group(4)))
        pos = m.end()
    rest = seg[pos:]
    return toks, rest


class Bad(Exception):
    pass


def parse(toks):
    """returns (value, n_ops) for the whole token list or raises Bad"""
    pos = [0]
    nops = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        if t is None:
            raise Bad
        pos[0] += 1
        if t == ("op", "("):
            v = expr()
            if peek() != ("op", ")"):
                raise Bad
            pos[0] += 1
            return v
        if t[0] != "num":
            raise Bad
        v = F(t[1])
        return v / 100 if t[2] else v

    def term():
        v = atom()
        while peek() in (("op", "×"), ("op", "÷")):
            op = peek()[1]
            pos[0] += 1
            nops[0] += 1
            w = atom()
            if op == "÷" and w == 0:
                raise Bad
            v = v * w if op == "×" else v / w
        return v

    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = peek()[1]
            pos[0] += 1
            nops[0] += 1
            w = term()
            v = v + w if op == "+" else v - w
        return v

    v = expr()
    if pos[0] != len(toks):
        raise Bad
    return v, nops[0]


def lhs_of(seg):
    # characters allowed in an expression, scanned backward
    i = len(seg)
    while i > 0 and seg[i - 1] in "0123456789.%()+-×÷ …":
        i -= 1
    toks, _ = tokenize(seg[i:])
    for k in range(len(toks)):
        sub = toks[k:]
        if any(t[0] == "num" and t[3] for t in sub):
            continue
        try:
            v, n = parse(sub)
            return v, n, sub
        except Bad:
            continue
    return None


def rhs_of(seg):
    toks, rest = tokenize(seg)
    for k in range(len(toks), 0, -1):
        sub = toks[:k]
        try:
            v, n = parse(sub)
        except Bad:
            continue
        consumed = tokenize_len(seg, k)
        return v, n, sub, seg[consumed:]
    return None


def tokenize_len(seg, k):
    pos = 0
    for _ in range(k):
        m = TOK.match(seg, pos)
        pos = m.end()
    return pos


def decimals(numstr):
    return len(numstr.split(".")[1]) if "." in numstr else 0


def rhalf(v, d):
    q = v * 10 ** d
    n = (q.numerator * 2 + q.denominator) // (2 * q.denominator)  # half up, v >= 0
    return F(n, 10 ** d)


def rceil(v, d):
    q = v * 10 ** d
    n = -((-q.numerator) // q.denominator)
    return F(n, 10 ** d)


def rtrunc(v, d):
    q = v * 10 ** d
    return F(q.numerator // q.denominator, 10 ** d)


UPTO = re.compile(r"^\s*,?\s*(?:so\s+)?(?:rounded|round(?:ing)?|rounds)\s+up\s+to\s+(\d+(?:\.\d+)?)")


def check_pair(lv, rel, rtoks, rv, rest):
    """returns list of (ok, computed_value)"""
    out = []
    t = rtoks[0]
    if len(rtoks) == 1 and t[0] == "num":
        numstr, ell = t[1], t[3]
        d = decimals(numstr)
        if ell:
            ok = rtrunc(lv, d) == F(numstr) and lv != F(numstr)
        elif re.match(r"^\s*\(rounded up\)", rest):
            ok = rceil(lv, d) == rv
        elif rel == "=":
            ok = lv == rv
        else:
            ok = rhalf(lv, d + (2 if t[2] else 0)) == rv
        out.append((ok, rv))
        m = UPTO.match(rest)
        if m:
            up = F(m.group(1))
            out.append((rceil(lv, decimals(m.group(1))) == up, up))
    else:
        out.append((lv == rv, rv))
    return out


def claims_in_line(line):
    """list of (ok, value)"""
    if line.lstrip().startswith("|"):
        return table_claims(line)
    s = normalize(line)
    res = []
    prev = None  # (end of previous relation symbol, exact value of its left side)
    for m in re.finditer(r"[=≈]", s):
        rel = m.group(0)
        R = rhs_of(s[m.end():])
        between = s[prev[0]:m.start()] if prev else ""
        bt, brest = tokenize(between)
        if prev and not brest.strip() and len(bt) == 1 and bt[0][0] == "num":
            # chained: "expr = raw… ≈ rounded": the left side is the exact value of the previous expression
            L = (prev[1], 0, bt)
        else:
            L = lhs_of(s[:m.start()])
        if L is None or R is None:
            prev = None
            continue
        lv, ln, ltoks = L
        rv, rn, rtoks, rest = R
        prev = (m.end(), lv)
        if ln == 0:
            # single number on the left: only roundings (≈) and % restatements are claims
            if not (rel == "≈" or any(t[0] == "num" and t[2] for t in rtoks + ltoks)):
                continue
        if rn > 0 and ln == 0:
            continue
        res.extend(check_pair(lv, rel, rtoks, rv, rest))
    return res


def table_claims(line):
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    res = []
    for a, b in zip(cells, cells[1:]):
        na, nb = normalize(a), normalize(b)
        if "=" in na or "≈" in na:
            res.extend(claims_in_line(a))
            continue
        ta, resta = tokenize(na)
        if resta.strip() or not ta:
            continue
        try:
            lv, ln = parse(ta)
        except Bad:
            continue
        if ln == 0:
            continue
        rel = "="
        nb2 = nb
        up = False
        if nb2.startswith("≈"):
            rel, nb2 = "≈", nb2[1:]
        if "(rounded up)" in nb2:
            up, nb2 = True, nb2.replace("(rounded up)", "")
        tb, restb = tokenize(nb2)
        if restb.strip() or len(tb) != 1 or tb[0][0] != "num":
            continue
        rv = F(tb[0][1])
        d = decimals(tb[0][1])
        if up:
            res.append((rceil(lv, d) == rv, rv))
        elif rel == "≈":
            res.append((rhalf(lv, d) == rv, rv))
        else:
            res.append((lv == rv, rv))
    return res


def line_of(sol, span):
    a, b = span
    start = sol.rfind("\n", 0, a) + 1
    end = sol.find("\n", a)
    end = len(sol) if end < 0 else end
    return start, end


def all_claims(sol):
    out = []
    o = 0
    for ln in sol.split("\n"):
        for ok, v in claims_in_line(ln):
            out.append((o, ok, v))
        o += len(ln) + 1
    return out


def final_line(sol):
    m = re.search(r"\n#### (\S+)\s*$", sol)
    return m.group(1) if m else None


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    nclaims = 0
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
        sol, v = r["solution"], r["variant"]
        cl = all_claims(sol)
        nclaims += len(cl)
        bad = [c for c in cl if not c[1]]
        fin = final_line(sol)
        tag = f"{r['pid']}/{v}"
        if v == "correct":
            if bad:
                errs.append(f"{tag}: wrong computation at {bad[0][0]}")
            if fin != r["final"]:
                errs.append(f"{tag}: final {fin} != {r['final']}")
            if len(cl) < 2:
                errs.append(f"{tag}: only {len(cl)} checkable computations")
        elif v in ("slip", "carry"):
            a, b = r["span"]
            if line_of(sol, r["span"]) != (a, b):
                errs.append(f"{tag}: span is not a full line")
            if len(bad) != 1:
                errs.append(f"{tag}: {len(bad)} wrong computations (want 1)")
            elif not (a <= bad[0][0] <= b):
                errs.append(f"{tag}: wrong computation outside span")
            nums = [F(x) for x in re.findall(r"\d+(?:\.\d+)?", normalize(sol[a:b]))]
            if F(r["wrong"].replace(",", "")) not in nums:
                errs.append(f"{tag}: wrong value {r['wrong']} not on span line")
            if v == "slip" and fin != r["final"]:
                errs.append(f"{tag}: slip final {fin} != {r['final']}")
            if v == "carry":
                if fin is None or F(fin) == F(r["final"]):
                    errs.append(f"{tag}: carry final {fin} should differ from {r['final']}")
                elif not any(c[2] == F(fin) for c in cl if c[0] >= a):
                    errs.append(f"{tag}: carry final {fin} not computed after the fault")
        elif v == "loop":
            if "####" in sol:
                errs.append(f"{tag}: loop has ####")
            a, b = r["span"]
            unit = sol[a:b]
            n = r["repeats"]
            # find the first copy: unit + separator immediately before a
            sep_len = None
            for k in range(1, 3):
                first = a - len(unit) - k
                if first >= 0 and sol[first:first + len(unit)] == unit and sol[first + len(unit):a] == "\n" * k:
                    sep_len = k
                    break
            if sep_len is None:
                errs.append(f"{tag}: no first copy before span")
                continue
            period = len(unit) + sep_len
            first = a - period
            cnt = 0
            p = first
            while sol[p:p + len(unit)] == unit:
                cnt += 1
                p += period
            if cnt != n:
                errs.append(f"{tag}: {cnt} copies != repeats {n}")
            if any(not c[1] for c in cl if c[0] < a):
                errs.append(f"{tag}: wrong computation in loop prefix")
            if not 8 <= n <= 30:
                errs.append(f"{tag}: repeats out of range")
    for pid, d in by.items():
        if sorted(d) != ["carry", "correct", "loop", "slip"]:
            errs.append(f"{pid}: variants {sorted(d)}")
            continue
        c = d["correct"]["solution"]
        s = d["slip"]
        a, b = s["span"]
        # slip differs from correct only on the span line
        ca = c.split("\n")
        sa = s["solution"].split("\n")
        diff = [i for i, (x, y) in enumerate(zip(ca, sa)) if x != y]
        if len(ca) != len(sa) or len(diff) != 1:
            errs.append(f"{pid}: slip differs from correct on {len(diff)} lines")
        if not d["loop"]["solution"].startswith(c[:d["loop"]["span"][0]]):
            errs.append(f"{pid}: loop prefix differs from correct solution")
    if errs:
        for e in errs[:40]:
            print(e)
        print(f"FAIL: {len(errs)} problems")
        sys.exit(1)
    print(f"checked {len(rows)} rows, {nclaims} computations")
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
