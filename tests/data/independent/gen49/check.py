#!/usr/bin/env python3
"""Independent re-checker for the ledger / running-balance set (stdlib only).

Re-reads every computation it can find in each solution (explicit `a op b = c`,
worded `a plus b is c`, `x ≈ y` roundings, GSM8K `<<a-b=c>>` annotations and
implicit Change/Balance tables) and asserts the per-variant contract.
Usage: python3 check.py [set.jsonl]
"""
import json
import re
import sys
from fractions import Fraction as F

KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final"]
UNITS = {"gallons", "gal", "cars", "passengers", "points", "notebooks", "people", "min", "minutes", "dollars"}

NUM_RE = r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\$?\d+(?:\.\d+)?%?"
TOK_RE = re.compile(r"(?P<num>%s)|(?P<op>[-+*/()=≈])|(?P<word>[A-Za-z_]+)|(?P<other>\S)" % NUM_RE)


def normalize(s):
    s = s.replace("\\text{", "{TEXT:")
    s = re.sub(r"\{TEXT:([^}]*)\}", r" \1 ", s)
    s = s.replace("{,}", ",").replace("\\$", "$").replace("\\%", "%")
    s = s.replace("\\quad", " ; ").replace("\\times", "×").replace("\\cdot", "·").replace("\\div", "÷")
    s = s.replace("\\approx", "≈").replace("\\(", " ").replace("\\)", " ").replace("\\[", " ").replace("\\]", " ")
    s = s.replace("\\\\", " ").replace("&", " ").replace("\\boxed", " ")
    s = s.replace("**", " ")
    s = re.sub(r"^\s*(?:[-*•]|\d+\.)\s+", " ", s)
    s = s.replace("<<", " | ").replace(">>", " | ")
    s = s.replace("−", "-").replace("×", "*").replace("·", "*").replace("÷", "/")
    s = re.sub(r"(?<=[\d%])\s*x\s*(?=[\d$(])", " * ", s)
    s = re.sub(r"%\s*of\b", "% *", s)
    s = re.sub(r"\bplus\b", "+", s)
    s = re.sub(r"\bminus\b", "-", s)
    s = re.sub(r"\btimes\b", "*", s)
    s = re.sub(r"\bdivided by\b", "/", s)
    s = re.sub(r"\b(?:is|equals|leaves|gives)\b", "=", s)
    return s


def tokens(s):
    out = []
    for m in TOK_RE.finditer(s):
        k = m.lastgroup
        out.append((k, m.group(k)))
    return out


def numval(t):
    pct = t.endswith("%")
    t = t.rstrip("%").lstrip("$").replace(",", "")
    v = F(t)
    return v / 100 if pct else v


def decimals(t):
    t = t.rstrip("%")
    return len(t.split(".")[1]) if "." in t else 0


class Ev:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def take(self):
        x = self.t[self.i]
        self.i += 1
        return x

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            o = self.take()[1]
            w = self.term()
            v = v + w if o == "+" else v - w
        return v

    def term(self):
        v = self.unary()
        while self.peek()[1] in ("*", "/"):
            o = self.take()[1]
            w = self.unary()
            v = v * w if o == "*" else v / w
        return v

    def unary(self):
        if self.peek()[1] in ("-", "+"):
            o = self.take()[1]
            v = self.unary()
            return -v if o == "-" else v
        k, t = self.take()
        if t == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise ValueError("paren")
            return v
        if k != "num":
            raise ValueError("tok %r" % t)
        return numval(t)


def evaluate(toks):
    e = Ev(toks)
    v = e.expr()
    if e.i != len(toks):
        raise ValueError("trailing")
    return v


def line_computations(line):
    """list of (ok, lhs, rhs_text) for every checkable computation in one line"""
    res = []
    toks = tokens(normalize(line))
    # drop unit words directly after numbers
    clean = []
    for k, t in toks:
        if k == "word" and t in UNITS and clean and clean[-1][0] == "num":
            continue
        clean.append((k, t))
    toks = clean
    for i, (k, t) in enumerate(toks):
        if t not in ("=", "≈"):
            continue
        # right side
        j = i + 1
        sign = 1
        if j < len(toks) and toks[j][1] in ("-", "+"):
            sign = -1 if toks[j][1] == "-" else 1
            j += 1
        if j >= len(toks) or toks[j][0] != "num":
            continue
        rtxt = toks[j][1]
        rv = sign * numval(rtxt)
        # left side run
        a = i - 1
        while a >= 0 and (toks[a][0] == "num" or toks[a][1] in ("+", "-", "*", "/", "(", ")")):
            a -= 1
        run = toks[a + 1:i]
        before = toks[a] if a >= 0 else (None, None)
        while run and run[0][1] == "(" and sum(1 for x in run if x[1] == "(") > sum(1 for x in run if x[1] == ")"):
            run = run[1:]
        while run and run[-1][1] == ")" and sum(1 for x in run if x[1] == "(") < sum(1 for x in run if x[1] == ")"):
            run = run[:-1]
        if not run:
            continue
        if run[0][1] in ("+", "*", "/", ")"):
            if before[0] == "word":
                continue  # algebra such as x + 25 = 135
            while run and run[0][1] in ("+", "*", "/", ")"):
                run = run[1:]
        if run and run[0][1] == "-" and before[0] == "word" and len(before[1]) == 1:
            continue
        if not run:
            continue
        has_op = any(x[1] in ("+", "-", "*", "/") for x in run[1:]) or any(x[1].endswith("%") for x in run if x[0] == "num")
        try:
            lv = evaluate(run)
        except (ValueError, ZeroDivisionError, IndexError):
            continue
        if t == "=":
            if not has_op:
                continue
            d = decimals(rtxt)
            ok = (abs(lv - rv) <= F(1, 200)) if d == 2 else (lv == rv)
            res.append((ok, lv, rtxt))
        else:
            d = decimals(rtxt)
            ok = abs(lv - rv) <= F(1, 2) / 10 ** d
            res.append((ok, lv, rtxt))
    return res


def cell_value(c):
    toks = [x for x in tokens(normalize(c)) if not (x[0] == "word" and x[1] in UNITS)]
    if not toks:
        return None
    try:
        return evaluate(toks)
    except (ValueError, ZeroDivisionError, IndexError):
        return None


def table_computations(lines):
    """implicit tables with a Change column: prev (written) op change = balance"""
    out = {}
    i = 0
    while i < len(lines):
        ln = lines[i].strip()
        if ln.startswith("|") and i + 1 < len(lines) and lines[i + 1].strip().startswith("|---"):
            hdr = [c.strip() for c in ln.strip("|").split("|")]
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].strip().startswith("|"):
                rows.append((j, [c.strip() for c in lines[j].strip().strip("|").split("|")]))
                j += 1
            if "Change" in hdr:
                ci = hdr.index("Change")
                prev = None
                for li, cells in rows:
                    if len(cells) != len(hdr):
                        prev = None
                        continue
                    bal = cell_value(cells[-1])
                    ch = cells[ci]
                    if cells[0] == "Start" or not ch:
                        prev = bal
                        continue
                    if prev is None or bal is None:
                        prev = bal
                        continue
                    chn = normalize(ch).strip()
                    if chn.startswith("*") or chn.startswith("/"):
                        f = cell_value(chn[1:])
                        new = prev * f if chn.startswith("*") else prev / f
                    else:
                        f = cell_value(chn)
                        if f is None:
                            prev = bal
                            continue
                        new = prev + f
                    out.setdefault(li, []).append((new == bal, new, cells[-1]))
                    prev = bal
            i = j
            continue
        i += 1
    return out


def analyse(text):
    """-> list of (line_start, line_end, ok, lhs, rhs) for every computation"""
    lines = text.split("\n")
    tabs = table_computations(lines)
    out = []
    pos = 0
    for li, ln in enumerate(lines):
        for ok, lv, rt in line_computations(ln):
            out.append((pos, pos + len(ln), ok, lv, rt))
        for ok, lv, rt in tabs.get(li, []):
            out.append((pos, pos + len(ln), ok, lv, rt))
        pos += len(ln) + 1
    return out


def final_line(sol):
    m = re.search(r"\n#### (-?\d+(?:\.\d+)?)$", sol)
    return m.group(1) if m else None


def fail(msg, row):
    raise AssertionError("%s: %s" % (row.get("pid"), msg))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
    n_comp = 0
    for r in rows:
        ks = list(r.keys())
        extra = {"slip": ["span", "wrong", "right", "step", "kind"], "carry": ["span", "wrong", "right", "step", "kind"],
                 "loop": ["span", "repeats"], "correct": []}[r["variant"]]
        if ks != KEYS + extra:
            fail("keys %s" % ks, r)
    for pid, g in by.items():
        if set(g) != {"correct", "slip", "carry", "loop"}:
            fail("variants %s" % sorted(g), g[next(iter(g))])
        c = g["correct"]
        comps = analyse(c["solution"])
        n_comp += len(comps)
        bad = [x for x in comps if not x[2]]
        if bad:
            fail("correct row has wrong computation %r" % (bad,), c)
        if not comps:
            fail("no computations found", c)
        if final_line(c["solution"]) != c["final"]:
            fail("final line %r vs %r" % (final_line(c["solution"]), c["final"]), c)
        fv = F(c["final"])
        if not any(x[3] == fv or abs(x[3] - fv) <= F(1, 200) and "." in x[4] for x in comps):
            fail("final answer not produced by any computation", c)
        clines = c["solution"].split("\n")
        for mode in ("slip", "carry"):
            s = g[mode]
            comps = analyse(s["solution"])
            n_comp += len(comps)
            bad = [x for x in comps if not x[2]]
            if len(bad) != 1:
                fail("%s: expected exactly one wrong computation, got %d %r" % (mode, len(bad), bad), s)
            b = bad[0]
            if [b[0], b[1]] != s["span"]:
                fail("%s: span %r vs faulty line %r" % (mode, s["span"], (b[0], b[1])), s)
            seg = s["solution"][b[0]:b[1]]
            if s["wrong"] not in seg:
                fail("wrong token not in span", s)
            if s["wrong"] == s["right"]:
                fail("wrong == right", s)
            fl = final_line(s["solution"])
            slines = s["solution"].split("\n")
            k = s["solution"][:b[0]].count("\n")
            if mode == "slip":
                if fl != s["final"]:
                    fail("slip final changed", s)
                if len(slines) != len(clines) or any(a != bb for i, (a, bb) in enumerate(zip(slines, clines)) if i != k):
                    fail("slip differs outside span line", s)
            else:
                if fl is None or F(fl) == F(s["final"]):
                    fail("carry final not changed", s)
                if slines[:k] != clines[:k]:
                    fail("carry prefix differs", s)
                # carried value: the final answer must come out of a (correct) later computation
                flv = F(fl)
                if not any(x[3] == flv or abs(x[3] - flv) <= F(1, 200) for x in comps if x[2]) and F(s["wrong"].replace("$", "").replace("\\", "").replace(",", "").replace("{", "").replace("}", "").replace("−", "-")) != flv:
                    fail("carry final not derived", s)
        lp = g["loop"]
        sol = lp["solution"]
        if "####" in sol:
            fail("loop has final line", lp)
        a, b = lp["span"]
        unit = sol[a:b]
        if not unit or sol[a - 1] != "\n":
            fail("loop span", lp)
        prev_start = a - 1 - len(unit)
        if sol[prev_start:a - 1] != unit:
            fail("loop span is not the second copy", lp)
        cnt = 0
        p = prev_start
        while sol.startswith(unit, p):
            cnt += 1
            p += len(unit) + 1
        if cnt != lp["repeats"] or not 8 <= cnt <= 30:
            fail("loop repeats %d vs %d" % (cnt, lp["repeats"]), lp)
        if not c["solution"].startswith(sol[:a]):
            fail("loop prefix not from the correct solution", lp)
        # everything complete in the loop text must still be correct arithmetic
        full = sol if sol.endswith(unit) else sol[:sol.rfind("\n")]
        bad = [x for x in analyse(full) if not x[2]]
        if bad:
            fail("loop text has wrong computation %r" % bad, lp)
    nv = {}
    for r in rows:
        nv[r["variant"]] = nv.get(r["variant"], 0) + 1
    print("rows %d problems %d computations checked %d variants %s" % (len(rows), len(by), n_comp, nv))
    print("PASS")


if __name__ == "__main__":
    main()
