#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator).

Re-reads every rendered computation "expr = result" / "expr ≈ result" it can find
(unicode, ASCII, worded and LaTeX operators, units, $, thousands separators, %),
evaluates it exactly and checks the variant's contract. Prints PASS and exits 0.
"""
import json
import re
import sys
from fractions import Fraction as F

UNITS = ["L/min", "L/h", "gal/day", "gal/ft³", "L/m³", "L/gal", "cm/day", "min/h", "cm³/L", "sq ft",
         "gpm", "gph", "GPM", "ft³", "ft²", "m³", "m²", "cm³", "cm", "mm", "ft", "in", "gallons", "gal",
         "liters", "litres", "L", "minutes", "min", "hours", "h", "days", "day", "lb", "oz", "barrels",
         "trips", "flushes", "cubic feet", "m"]
UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
TOK = re.compile(r"""
 (?P<num>\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?)
|(?P<unit>(?<![A-Za-z])(?:%s)(?![A-Za-z]))
|(?P<op>[×*·÷/+−-]|(?<=\s)x(?=\s))
|(?P<pct>%%)
|(?P<lp>\()
|(?P<rp>\))
|(?P<rel>=|≈)
|(?P<ws>\s+)
|(?P<other>.)
""" % UNIT_RE, re.X)


def norm(line):
    s = line
    s = s.replace("{,}", ",").replace("\\%", "%").replace("\\$", "$")
    s = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) ÷ (\2)", s)
    s = re.sub(r"\\text\{([^{}]*)\}", r" \1 ", s)
    s = s.replace("^3", "³").replace("^2", "²")
    for a, b in (("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"),
                 ("\\(", " "), ("\\)", " "), ("\\[", " "), ("\\]", " ")):
        s = s.replace(a, b)
    s = re.sub(r"(?<=\S) times (?=\S)", " × ", s)
    s = re.sub(r"(?<=\S) divided by (?=\S)", " ÷ ", s)
    s = re.sub(r"(?<=\S) plus (?=\S)", " + ", s)
    s = re.sub(r"(?<=\S) minus (?=\S)", " − ", s)
    s = s.replace("% of ", "% × ")
    return s


def tokens(s):
    out = []
    for mm in TOK.finditer(s):
        k = mm.lastgroup
        if k == "ws":
            continue
        out.append((k, mm.group(k)))
    return out


def num(t):
    return F(t.replace("$", "").replace(",", ""))


def ndp(t):
    t = t.replace("$", "").replace(",", "")
    return len(t.split(".")[1]) if "." in t else 0


class P:
    def __init__(self, toks):
        self.t = toks
        self.i = 0
        self.binop = False

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def expr(self):
        v = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in "+−-":
            o = self.t[self.i][1]
            self.i += 1
            self.binop = True
            w = self.term()
            v = v + w if o == "+" else v - w
        return v

    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "×*·÷/x":
            o = self.t[self.i][1]
            self.i += 1
            self.binop = True
            w = self.factor()
            v = v / w if o in "÷/" else v * w
        return v

    def factor(self):
        k, x = self.peek()
        if k == "op" and x in "−-":
            self.i += 1
            return -self.factor()
        if k == "lp":
            self.i += 1
            v = self.expr()
            if self.peek()[0] != "rp":
                raise ValueError("paren")
            self.i += 1
            return self.post(v)
        if k == "num":
            self.i += 1
            return self.post(num(x))
        raise ValueError("factor")

    def post(self, v):
        if self.peek()[0] == "pct":
            self.i += 1
            return v / 100
        return v


def computations(line):
    """yield (lhs value, rel, rhs token string) for each checkable computation"""
    toks = tokens(norm(line))
    res = []
    for p, (k, x) in enumerate(toks):
        if k != "rel":
            continue
        j = p - 1
        while j >= 0 and toks[j][0] in ("num", "op", "lp", "rp", "unit", "pct"):
            j -= 1
        seg = [t for t in toks[j + 1:p] if t[0] != "unit"]
        # trim leading junk
        while seg and not (seg[0][0] in ("num", "lp") or (seg[0][0] == "op" and seg[0][1] in "−-"
                                                            and len(seg) > 1 and seg[1][0] == "num")):
            seg = seg[1:]
        # balance parens: drop leading unmatched ')' handled above; drop unmatched '('
        while seg and seg.count(("lp", "(")) > seg.count(("rp", ")")) and seg[0][0] == "lp":
            seg = seg[1:]
        if not seg:
            continue
        q = p + 1
        sign = 1
        if q < len(toks) and toks[q][0] == "op" and toks[q][1] in "−-" and q + 1 < len(toks) and toks[q + 1][0] == "num":
            sign = -1
            q += 1
        if q >= len(toks) or toks[q][0] != "num":
            continue
        pr = P(seg)
        try:
            v = pr.expr()
        except (ValueError, ZeroDivisionError):
            continue
        if pr.i != len(seg) or not pr.binop:
            continue
        res.append((v, x, toks[q][1], sign))
    return res


def ok(v, rel, rhs, sign):
    r = sign * num(rhs)
    if rel == "=":
        return v == r
    h = F(1, 2) / 10 ** ndp(rhs)
    return abs(v - r) <= h


def scan(sol):
    """list of (line_start, line_end, ok?) for every computation"""
    out = []
    pos = 0
    n = 0
    for line in sol.split("\n"):
        for v, rel, rhs, sign in computations(line):
            out.append((pos, pos + len(line), ok(v, rel, rhs, sign)))
            n += 1
        pos += len(line) + 1
    return out


def final_of(sol):
    m = re.findall(r"^#### (.+)$", sol, re.M)
    return m


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    keys0 = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    errs = []
    ncomp = 0
    byp = {}
    for r in rows:
        byp.setdefault(r["pid"], {})[r["variant"]] = r
        assert list(r.keys())[:7] == keys0, r["pid"]
        sol = r["solution"]
        comps = scan(sol)
        ncomp += len(comps)
        bad = [c for c in comps if not c[2]]
        fin = final_of(sol)
        v = r["variant"]
        tag = "%s/%s" % (r["pid"], v)
        if v == "correct":
            if bad:
                errs.append((tag, "wrong computation", [sol[b[0]:b[1]] for b in bad]))
            if fin != [r["final"]]:
                errs.append((tag, "final", fin))
            if len(comps) < 1:
                errs.append((tag, "no computations found"))
        elif v in ("slip", "carry"):
            sp = r["span"]
            if len(bad) != 1 or [bad[0][0], bad[0][1]] != sp:
                errs.append((tag, "fault count/span", [sol[b[0]:b[1]] for b in bad], sol[sp[0]:sp[1]]))
            if r["wrong"].replace("-", "−") not in sol[sp[0]:sp[1]].replace("{,}", "").replace(",", "").replace("-", "−"):
                errs.append((tag, "wrong value not in span"))
            if fin != [r["final"]]:
                errs.append((tag, "final", fin))
        elif v == "loop":
            if fin:
                errs.append((tag, "loop has ####"))
            if bad:
                errs.append((tag, "wrong computation in loop"))
            u = sol[r["span"][0]:r["span"][1]]
            if not u.strip() or sol.count(u) < r["repeats"] or not sol.endswith(u) or not 8 <= r["repeats"] <= 30:
                errs.append((tag, "loop unit"))
    for pid, d in byp.items():
        if sorted(d) != ["carry", "correct", "loop", "slip"]:
            errs.append((pid, "variants"))
            continue
        if d["slip"]["final"] != d["correct"]["final"] or d["carry"]["final"] == d["correct"]["final"]:
            errs.append((pid, "finals"))
    if errs:
        for e in errs[:30]:
            print(e)
        print("FAIL", len(errs))
        sys.exit(1)
    print("rows=%d problems=%d computations checked=%d" % (len(rows), len(byp), ncomp))
    print("PASS")


if __name__ == "__main__":
    main()
