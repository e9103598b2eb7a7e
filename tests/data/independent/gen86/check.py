#!/usr/bin/env python3
"""Independent re-checker for set.jsonl (stdlib only; does not import the generator)."""
import json
import re
import sys
from fractions import Fraction as F

UNITS = {"ft", "feet", "foot", "sq", "sqft", "square", "ft²", "sf", "acre", "acres", "mills", "mill", "'", "’",
         "mo", "month", "yr", "year", "months", "years"}
NUM = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
WORD = re.compile(r"[A-Za-z²'’\.]+")


def frac_sub(s):
    # \frac{a}{b} with non-nested braces (content may hold {,})
    pat = re.compile(r"\\frac\{((?:[^{}]|\{,\})*)\}\{((?:[^{}]|\{,\})*)\}")
    while True:
        s2 = pat.sub(lambda m: "((" + m.group(1) + ")/(" + m.group(2) + "))", s)
        if s2 == s:
            return s
        s = s2


def normalize(line):
    s = re.sub(r"^\s*(?:[-*]|\d+\.)\s+", " ", line)
    s = s.replace("{,}", ",")
    s = re.sub(r"\\text\{\s*([^}]*)\}", r" \1 ", s)
    s = frac_sub(s)
    for a, b in (("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\approx", "≈"), ("\\left(", "("),
                 ("\\right)", ")"), ("\\$", "$"), ("\\%", "%"), ("\\(", " "), ("\\)", " "), ("\\[", " "),
                 ("\\]", " ")):
        s = s.replace(a, b)
    s = s.replace("**", " ").replace("sq. ft.", "sqft").replace("sq. ft", "sqft")
    s = re.sub(r"\s+divided by\s+", " ÷ ", s)
    s = re.sub(r"\s+times\s+", " × ", s)
    s = re.sub(r"\s+minus\s+", " − ", s)
    s = re.sub(r"\s+plus\s+", " + ", s)
    s = re.sub(r"%\s+of\s+", "% × ", s)
    s = re.sub(r",?\s+which\s+(?:is about|gives|is)\s+", " = ", s)
    s = re.sub(r"\s+(?:is about|is|equals|comes to|gives)\s+", " = ", s)
    s = re.sub(r"(\d)\s*(?:ft|feet)?\s+by\s+(?=\$?\d)", r"\1 × ", s)
    return s


def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace() or ch == "$":
            i += 1
            continue
        m = NUM.match(s, i)
        if m:
            v = F(m.group().replace(",", ""))
            dec = len(m.group().split(".")[1]) if "." in m.group() else 0
            i = m.end()
            pct = False
            if i < len(s) and s[i] == "%":
                pct = True
                i += 1
            toks.append(("num", v, dec, pct, m.group()))
            continue
        if ch in "×*·÷/+−-()":
            if ch == "/":
                m2 = WORD.match(s, i + 1) or re.match(r"\s*([A-Za-z²]+)", s[i + 1:])
                w = re.match(r"\s*([A-Za-z²\.]+)", s[i + 1:])
                if w and w.group(1).rstrip(".").lower() in UNITS:
                    i += 1 + w.end()
                    continue
            toks.append(("op", {"×": "*", "*": "*", "·": "*", "÷": "/", "/": "/", "+": "+", "−": "-",
                                "-": "-", "(": "(", ")": ")"}[ch]))
            i += 1
            continue
        if ch in "=≈":
            toks.append(("eq", ch))
            i += 1
            continue
        m = WORD.match(s, i)
        if m:
            w = m.group()
            i = m.end()
            if w == "x":
                toks.append(("op", "*"))
            elif w.lower() in UNITS or w.rstrip(".").lower() in UNITS and w.endswith("."):
                if w.endswith(".") and w.rstrip(".").lower() in UNITS and w.rstrip(".").lower() not in ("sq",):
                    toks.append(("brk",))
                continue
            else:
                toks.append(("brk",))
            continue
        toks.append(("brk",))
        i += 1
    return toks


class Parser:
    def __init__(self, toks):
        self.t, self.i, self.binops = toks, 0, 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def expr(self):
        v = self.term()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "+-":
            o = self.t[self.i][1]
            self.i += 1
            r = self.term()
            self.binops += 1
            v = v + r if o == "+" else v - r
        return v

    def term(self):
        v = self.unary()
        while self.peek() and self.peek()[0] == "op" and self.peek()[1] in "*/":
            o = self.t[self.i][1]
            self.i += 1
            r = self.unary()
            self.binops += 1
            v = v * r if o == "*" else v / r
        return v

    def unary(self):
        p = self.peek()
        if p and p[0] == "op" and p[1] == "-":
            self.i += 1
            return -self.unary()
        if p and p[0] == "op" and p[1] == "(":
            self.i += 1
            v = self.expr()
            q = self.peek()
            if not q or q[1] != ")":
                raise ValueError("paren")
            self.i += 1
            return v
        if p and p[0] == "num":
            self.i += 1
            return p[1] / 100 if p[3] else p[1]
        raise ValueError("bad")


def parse(part):
    p = Parser(part)
    v = p.expr()
    if p.i != len(part):
        raise ValueError("trailing")
    return v, p.binops


def rnd(x, d, even=False):
    q = F(10) ** d
    y = x * q
    if even:
        n = round(y)
    else:
        a = abs(y)
        n = int(a) + (1 if a - int(a) >= F(1, 2) else 0)
        n = n if y >= 0 else -n
    return F(n) / q


def agrees(exact, part):
    """part is a single written number (maybe negative / percent)."""
    neg = len(part) == 2
    tok = part[-1]
    w = -tok[1] if neg else tok[1]
    d = tok[2]
    cands = [exact]
    if tok[3]:
        cands.append(exact * 100)   # "… × 100 = 6.25%" or "0.0625 = 6.25%"
        w2 = w
    for e in cands:
        if w == e or w == rnd(e, d) or w == rnd(e, d, True):
            return True
    return False


def single(part):
    return (len(part) == 1 and part[0][0] == "num") or (
        len(part) == 2 and part[0] == ("op", "-") and part[1][0] == "num")


def computations(line):
    """Yield (ok, written_str) for each computation found in a line."""
    toks = tokenize(normalize(line))
    segs, cur = [], []
    for t in toks:
        if t[0] == "brk":
            segs.append(cur)
            cur = []
        else:
            cur.append(t)
    segs.append(cur)
    out = []
    for seg in segs:
        parts, cur = [], []
        for t in seg:
            if t[0] == "eq":
                parts.append(cur)
                cur = []
            else:
                cur.append(t)
        parts.append(cur)
        for a, b in zip(parts, parts[1:]):
            if not a or not b:
                continue
            if single(b) and not single(a):
                e, sidea = a, b
            elif single(a) and not single(b):
                e, sidea = b, a
            else:
                continue
            try:
                v, nb = parse(e)
            except (ValueError, ZeroDivisionError):
                continue
            if nb == 0:
                continue
            out.append((agrees(v, sidea), ("-" if len(sidea) == 2 else "") + sidea[-1][4]))
    return out


def line_spans(text):
    off = 0
    for ln in text.split("\n"):
        yield off, off + len(ln), ln
        off += len(ln) + 1


def main(path):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    ncomp = 0
    counts = {}
    pids = set()
    for r in rows:
        counts[r["variant"]] = counts.get(r["variant"], 0) + 1
        sol = r["solution"]
        bad, total = [], 0
        for a, b, ln in line_spans(sol):
            for ok, w in computations(ln):
                total += 1
                if not ok:
                    bad.append((a, b, w, ln))
        ncomp += total
        tag = r["pid"] + "/" + r["variant"]
        assert total >= (1 if r["variant"] == "loop" else 2), (tag, "too few computations parsed", sol)
        finals = re.findall(r"^#### (.+)$", sol, re.M)
        v = r["variant"]
        if v == "correct":
            pids.add(r["pid"])
            assert not bad, (tag, bad)
            assert finals == [r["final"]], (tag, finals)
        elif v in ("slip", "carry"):
            assert len(bad) == 1, (tag, bad, sol)
            a, b, w, ln = bad[0]
            assert [a, b] == r["span"], (tag, r["span"], a, b)
            assert w.replace(",", "").replace("$", "") == r["wrong"], (tag, w, r["wrong"])
            assert r["wrong"] != r["right"]
            if v == "slip":
                assert finals == [r["final"]], (tag, finals)
            else:
                assert len(finals) == 1 and finals[0] != r["final"], (tag, finals)
        elif v == "loop":
            assert not finals, tag
            assert not bad, (tag, bad)
            s, e = r["span"]
            unit = sol[s:e]
            assert s >= len(unit) + 1 and sol[s - len(unit) - 1:s - 1] == unit and sol[s - 1] == "\n", tag
            k = 1
            p = s - len(unit) - 1
            q = p
            while q + len(unit) <= len(sol) and sol[q:q + len(unit)] == unit:
                k += 0
                q += len(unit) + 1
            copies = (q - p) // (len(unit) + 1)
            assert copies == r["repeats"], (tag, copies, r["repeats"])
            assert 8 <= r["repeats"] <= 30
        else:
            raise AssertionError(v)
    assert all(r["pid"] in pids for r in rows)
    print("rows:", len(rows), counts, "computations checked:", ncomp)
    print("PASS")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
