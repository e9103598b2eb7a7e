#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only, does not import the generator).

It reads every `expr = value` / `expr ≈ value` it can find in a solution (also
LaTeX and markdown-table rows `| expr | value |`) and re-evaluates it exactly.
"""
import json
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40

NUM = re.compile(r"\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?(?:…|\.\.\.)?")


def normalize(line):
    s = line
    s = re.sub(r"\\frac\{([^{}]*(?:\{,\}[^{}]*)*)\}\{([^{}]*(?:\{,\}[^{}]*)*)\}", r"(\1)/(\2)", s)
    for a, b in [("{,}", ","), ("\\$", "$"), ("\\%", "%"), ("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"),
                 ("\\approx", "≈"), ("\\left(", "("), ("\\right)", ")"), ("\\ldots", "…"), ("\\(", " "),
                 ("\\)", " "), ("\\[", " "), ("\\]", " "), ("\\checkmark", "✓"), ("\\,", ""), ("**", ""), ("`", "")]:
        s = s.replace(a, b)
    # repeat \frac after {,} removal
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1)/(\2)", s)
    s = re.sub(r"\\boxed\{([^{}]*)\}", r"\1", s)
    s = re.sub(r"\s*/\s*share\b", "", s)
    s = re.sub(r"\s+per\s+share\b", "", s)
    s = re.sub(r"\s+(?:shares?|years?)\b", "", s)
    s = re.sub(r"(?<=[\d%)])\s+x\s+(?=[\d$(−-])", " × ", s)
    s = re.sub(r"%\s+of\s+", "% × ", s)
    s = s.replace("−", "-")
    return s


TOK = re.compile(r"\s*(?:(?P<num>\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<pct>%)?(?P<ell>…|\.\.\.)?|(?P<op>[-+×*·÷/()$]))")


def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOK.match(s, pos)
        if not m or m.end() == pos:
            return None
        if m.group("num") is not None:
            n = m.group("num").lstrip("$").replace(",", "")
            out.append(("n", D(n), m.group("pct") is not None, m.group("ell") is not None, n))
        else:
            op = m.group("op")
            if op != "$":
                out.append(("o", op))
        pos = m.end()
        while pos < len(s) and s[pos] == " ":
            pos += 1
    return out


class P:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.nops = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "o" and self.peek()[1] in "+-":
            op = self.t[self.i][1]
            self.i += 1
            self.nops += 1
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek() and self.peek()[0] == "o" and self.peek()[1] in "×*·÷/":
            op = self.t[self.i][1]
            self.i += 1
            self.nops += 1
            w = self.unary()
            v = v * w if op in "×*·" else v / w
        return v

    def unary(self):
        p = self.peek()
        if p and p[0] == "o" and p[1] in "-+":
            self.i += 1
            v = self.unary()
            return -v if p[1] == "-" else v
        return self.atom()

    def atom(self):
        p = self.peek()
        if p is None:
            raise ValueError
        if p[0] == "n":
            self.i += 1
            return p[1] / 100 if p[2] else p[1]
        if p[1] == "(":
            self.i += 1
            v = self.expr()
            if not self.peek() or self.peek()[1:2] != (")",):
                raise ValueError
            self.i += 1
            return v
        raise ValueError


def parse_full(s):
    toks = tokenize(s)
    if not toks:
        return None
    p = P(toks)
    try:
        v = p.expr()
    except (ValueError, ArithmeticError, IndexError):
        return None
    if p.i != len(toks):
        return None
    return v, p.nops, toks


ALLOWED = set("0123456789.,$%()+-×*·÷/ …")


def lhs_of(seg):
    """longest parsable suffix of seg made of expression characters"""
    j = len(seg)
    while j > 0 and seg[j - 1] in ALLOWED:
        j -= 1
    region = seg[j:]
    if j > 0 and (seg[j - 1].isalpha() or seg[j - 1] == "_"):
        region = re.sub(r"^[0-9]+", "", region)
    for k in range(len(region)):
        if region[k] == " ":
            continue
        if k > 0 and region[k - 1] in "0123456789.,$":
            continue
        r = parse_full(region[k:])
        if r:
            return r
    return None


def rhs_of(seg):
    j = 0
    while j < len(seg) and seg[j] in ALLOWED:
        j += 1
    region = seg[:j]
    for k in range(len(region), 0, -1):
        if k < len(region) and (region[k].isdigit() or (region[k] in ".," and k + 1 < len(region) and region[k + 1].isdigit())):
            continue
        r = parse_full(region[:k])
        if r:
            return r
    return None


def close(lhs, rtoks, rv):
    # tolerance from the written result (rounding, or truncation with an ellipsis)
    last = [t for t in rtoks if t[0] == "n"]
    dp = 0
    ell = False
    pct = False
    if len(last) == 1:
        s = last[0][4]
        dp = len(s.split(".")[1]) if "." in s else 0
        ell = last[0][3]
        pct = last[0][2]
    tol = D(1).scaleb(-dp) * (1 if ell else D("0.5")) + D("1e-12")
    cands = [lhs]
    if pct:
        rv = rv * 100
        cands = [lhs, lhs * 100]
    return any(abs(c - rv) <= tol for c in cands)


def computations(sol):
    """yield (line_start, line_end, ok, nops) for every checkable computation"""
    res = []
    off = 0
    for line in sol.split("\n"):
        s = normalize(line)
        pairs = []
        if s.lstrip().startswith("|"):
            cells = [c.strip() for c in s.strip().strip("|").split("|")]
            for a, b in zip(cells, cells[1:]):
                la = parse_full(a)
                rb = parse_full(b)
                if la and rb and la[1] > 0 and rb[1] == 0:
                    pairs.append((la, rb))
        segs = re.split(r"=|≈", s)
        for a, b in zip(segs, segs[1:]):
            la = lhs_of(a)
            rb = rhs_of(b)
            if la and rb:
                pairs.append((la, rb))
        for la, rb in pairs:
            res.append((off, off + len(line), close(la[0], rb[2], rb[0]), la[1]))
        off += len(line) + 1
    return res


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m[-1].strip() if m else None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    keys = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    pids = {}
    ncomp = 0
    for r in rows:
        if list(r)[:7] != keys:
            errs.append((r.get("pid"), "key order"))
        pids.setdefault(r["pid"], []).append(r["variant"])
        sol = r["solution"]
        comps = computations(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not c[2]]
        v = r["variant"]
        if v == "correct":
            if bad:
                errs.append((r["pid"], v, "wrong computation", sol[bad[0][0]:bad[0][1]]))
            if final_of(sol) != r["final"]:
                errs.append((r["pid"], v, "final mismatch"))
            if sum(1 for c in comps if c[3] > 0) < 1:
                errs.append((r["pid"], v, "nothing checkable"))
        elif v in ("slip", "carry"):
            lines = sorted(set((c[0], c[1]) for c in bad))
            if len(lines) != 1 or list(lines[0]) != r["span"]:
                errs.append((r["pid"], v, "fault lines", lines, r["span"]))
            seg = normalize(sol[r["span"][0]:r["span"][1]]).replace(",", "")
            if r["wrong"].lstrip("-") not in seg:
                errs.append((r["pid"], v, "wrong value not in span"))
            fin = final_of(sol)
            if v == "slip" and fin != r["final"]:
                errs.append((r["pid"], v, "slip final"))
            if v == "carry" and (fin is None or fin == r["final"]):
                errs.append((r["pid"], v, "carry final"))
        elif v == "loop":
            if final_of(sol) is not None:
                errs.append((r["pid"], v, "loop has ####"))
            a, b = r["span"]
            unit = sol[a:b]
            first = sol[a - len(unit) - 1:a - 1]
            if unit != first or not unit.strip():
                errs.append((r["pid"], v, "loop span"))
            if not (8 <= r["repeats"] <= 30) or sol.count(unit) < r["repeats"]:
                errs.append((r["pid"], v, "repeats"))
            if bad:
                errs.append((r["pid"], v, "wrong computation in loop"))
    for pid, vs in pids.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "variants", vs))
    for e in errs[:30]:
        print(e)
    print(f"rows={len(rows)} problems={len(pids)} computations_checked={ncomp} errors={len(errs)}")
    if errs:
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
