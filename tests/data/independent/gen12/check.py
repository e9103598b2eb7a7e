#!/usr/bin/env python3
"""Independent re-check of an mcrgen set, from the solution text alone.

    python3 check.py set.jsonl [-v]

For every line of every solution it finds written computations ("a op b = c",
chained "x = a op b = c", LaTeX \\[ .. \\] / \\( .. \\) / $..$, \\frac, \\times,
\\cdot, \\div, GSM8K <<a*b=c>> annotations, verbal "a times b is c",
"p% of x", "label = expr" followed by "label = result" on the next line),
re-evaluates the left side exactly with fractions.Fraction and compares it
with the written result.  It does not import the generator."""
import json
import re
import sys
from collections import defaultdict
from fractions import Fraction as F

# ---------------------------------------------------------------- normalise
EQ_PHRASES = [r",\s*which is equal to\b", r",\s*which equals\b", r",\s*which is\b",
              r"\bwhich is\b", r"\bis equal to\b", r"\bgives us\b", r"\bequals\b", r"\bis\b"]


def strip_braced(s, cmd):
    """replace \\cmd{...} (one level of nested braces allowed) by its content"""
    pat = re.compile(r"\\" + cmd + r"\{((?:[^{}]|\{[^{}]*\})*)\}")
    prev = None
    while prev != s:
        prev = s
        s = pat.sub(lambda m: " " + m.group(1) + " ", s)
    return s


def normalize(line):
    """returns (normalised text, [annotation texts])"""
    ann = re.findall(r"<<([^<>]*)>>", line)
    s = re.sub(r"<<[^<>]*>>", " ", line)
    s = s.replace("{,}", ",")
    for cmd in ("text", "textbf", "mathrm", "mbox", "textit"):
        s = strip_braced(s, cmd)
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}", r" ((\1)/(\2)) ", s)
    s = s.replace("\\boxed", " ")
    s = re.sub(r"\\(times|cdot)", " × ", s)
    s = s.replace("\\div", " ÷ ").replace("\\%", "%").replace("\\$", "$")
    s = re.sub(r"\\(left|right)", "", s)
    s = re.sub(r"\\[\[\]()]", " ", s)
    s = re.sub(r"\\(quad|qquad|[,;:! ])", " ", s)
    s = re.sub(r"\\[A-Za-z]+", " ", s)
    s = s.replace("{", " ").replace("}", " ")
    s = s.replace("**", " ").replace("$", "")
    s = re.sub(r"^\s*[*\-•]\s+", " ", s)          # bullets
    s = s.replace("−", "-").replace("·", "×").replace("⋅", "×").replace("*", "×")
    s = re.sub(r"(?:(?<=[\d%)])|(?<=[A-Za-z]\s))\s*\bx\b\s*(?=[\d(])", " × ", s)
    s = re.sub(r"\bmultiplied by\b", " × ", s, flags=re.I)
    s = re.sub(r"\bdivided by\b", " ÷ ", s, flags=re.I)
    s = re.sub(r"\btimes\b", " × ", s)
    s = re.sub(r"\bplus\b", " + ", s)
    s = re.sub(r"\bminus\b", " - ", s)
    s = re.sub(r"\bhalf of\b", " 1/2 of ", s, flags=re.I)
    for p in EQ_PHRASES:
        s = re.sub(p, " = ", s)
    return s, ann


TOK = re.compile(r"\s*(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<pct>%)?"
                 r"|(?P<op>[-+×÷/=()])|(?P<word>[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)|(?P<sep>\S))")
RESERVED = {"of"}


def tokenize(s):
    toks = []
    for m in TOK.finditer(s):
        if m.group("num"):
            v = F(m.group("num").replace(",", ""))
            if m.group("pct"):
                v /= 100
            toks.append(("num", v))
        elif m.group("op"):
            o = m.group("op")
            toks.append(("eq", "=") if o == "=" else ("op", o))
        elif m.group("word"):
            w = m.group("word")
            toks.append(("op", "of") if w.lower() == "of" else ("word", w))
        elif m.group("sep"):
            toks.append(("sep", m.group("sep")))
    return toks


class Parse:
    def __init__(self, toks):
        self.t, self.i, self.nops, self.nums = toks, 0, 0, []

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)

    def units(self):
        while self.peek()[0] == "word":
            self.i += 1

    def factor(self):
        k, v = self.peek()
        if k == "num":
            self.i += 1
            self.nums.append(v)
            self.units()
            return v
        if (k, v) == ("op", "("):
            self.i += 1
            r = self.expr()
            if self.peek() != ("op", ")"):
                raise ValueError
            self.i += 1
            self.units()
            return r
        raise ValueError

    def term(self):
        r = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in ("×", "÷", "/", "of"):
            o = self.peek()[1]
            self.i += 1
            x = self.factor()
            self.nops += 1
            if o in ("÷", "/"):
                if x == 0:
                    raise ValueError
                r = r / x
            else:
                r = r * x
        return r

    def expr(self):
        r = self.term()
        while self.peek()[0] == "op" and self.peek()[1] in ("+", "-"):
            o = self.peek()[1]
            self.i += 1
            x = self.term()
            self.nops += 1
            r = r + x if o == "+" else r - x
        return r


def parse_full(toks):
    if not toks or not (toks[0][0] == "num" or toks[0] == ("op", "(")):
        return None
    p = Parse(toks)
    try:
        v = p.expr()
    except (ValueError, ZeroDivisionError):
        return None
    if p.i != len(toks):
        return None
    return v, p.nops, p.nums


def longest_suffix(seg):
    for s in range(len(seg)):
        r = parse_full(seg[s:])
        if r:
            return r
    return None


def longest_prefix(seg):
    for e in range(len(seg), 0, -1):
        r = parse_full(seg[:e])
        if r:
            return r, e
    return None, 0


def comps_in_text(s):
    """computations in one normalised text: list of (lhs_value, rhs_value, lhs_nums, nops)"""
    toks = tokenize(s)
    segs = [[]]
    for t in toks:
        if t[0] == "eq":
            segs.append([])
        else:
            segs[-1].append(t)
    out = []
    for m in range(len(segs) - 1):
        L = longest_suffix(segs[m])
        R, _ = longest_prefix(segs[m + 1])
        if L and R and (L[1] > 0 or R[1] > 0):
            out.append(dict(lhs=L[0], rhs=R[0], nums=L[2], nops=L[1] + R[1]))
    return out


def pending_formula(s):
    """'Label = a op b' with nothing numeric before '=' : (label, value, nums)"""
    toks = tokenize(s)
    eqs = [i for i, t in enumerate(toks) if t[0] == "eq"]
    if len(eqs) != 1:
        return None
    left, right = toks[:eqs[0]], toks[eqs[0] + 1:]
    if longest_suffix(left) is not None:
        return None
    while right and right[-1][0] == "sep":
        right = right[:-1]
    r = parse_full(right)
    if r and r[1] > 0:
        label = " ".join(str(v) for _, v in left)
        return label, r[0], r[2]
    return None


def result_formula(s):
    toks = tokenize(s)
    eqs = [i for i, t in enumerate(toks) if t[0] == "eq"]
    if len(eqs) != 1:
        return None
    left, right = toks[:eqs[0]], toks[eqs[0] + 1:]
    while right and right[-1][0] == "sep":
        right = right[:-1]
    r = parse_full(right)
    if r and r[1] == 0 and longest_suffix(left) is None:
        return " ".join(str(v) for _, v in left), r[0]
    return None


def find_comps(solution):
    """all computations: list of dict(line, lhs, rhs, nums, ok)"""
    lines = solution.split("\n")
    norm = [normalize(l) for l in lines]
    out = []
    for i, (s, ann) in enumerate(norm):
        for a in ann:
            for c in comps_in_text(normalize(a)[0]):
                c["line"] = i
                out.append(c)
        for c in comps_in_text(s):
            c["line"] = i
            out.append(c)
        pf = pending_formula(s)
        if pf:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines):
                rf = result_formula(norm[j][0])
                if rf and rf[0] == pf[0]:
                    out.append(dict(line=j, lhs=pf[1], rhs=rf[1], nums=pf[2], nops=1))
    for c in out:
        c["ok"] = c["lhs"] == c["rhs"]
    out.sort(key=lambda c: c["line"])
    return out


# ---------------------------------------------------------------- final answer
FINAL_MARK = re.compile(r"\\boxed|####|\banswer\b", re.I)


def numbers_in(s):
    s = s.replace("{,}", ",").replace("\\$", "").replace("$", "")
    return [F(m.replace(",", "")) for m in
            re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", s)]


def extract_final(solution):
    lines = [l for l in solution.split("\n") if l.strip()]
    for l in reversed(lines):
        m = list(re.finditer(r"\\boxed\{((?:[^{}]|\{[^{}]*\})*)\}", l))
        if m:
            ns = numbers_in(m[-1].group(1))
            return ns[-1] if ns else None
        m = re.search(r"####\s*(\S+)", l)
        if m:
            ns = numbers_in(m.group(1))
            return ns[-1] if ns else None
        ns = numbers_in(l)
        if ns:
            return ns[-1]
    return None


# ---------------------------------------------------------------- row checks
PLAIN = re.compile(r"\d+(\.\d+)?")


def line_bounds(sol, span):
    a, b = span
    ok = (0 <= a <= b <= len(sol) and (a == 0 or sol[a - 1] == "\n")
          and (b == len(sol) or sol[b] == "\n") and "\n" not in sol[a:b])
    return ok, sol.count("\n", 0, a)


def check(rows, verbose=False):
    errs = []
    by_pid = defaultdict(dict)
    for r in rows:
        by_pid[r["pid"]][r["variant"]] = r
    stats = defaultdict(int)

    def err(r, msg):
        errs.append("%s/%s [%s]: %s" % (r["pid"], r["variant"], r["style"], msg))

    for pid, vs in by_pid.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            errs.append("%s: variants %s" % (pid, sorted(vs)))
            continue
        cor = vs["correct"]
        for v in vs.values():
            for k in ("style", "problem", "template"):
                if v[k] != cor[k]:
                    err(v, "field %s differs from correct row" % k)
        # ---- correct
        cc = find_comps(cor["solution"])
        stats["computations"] += len(cc)
        if len(cc) < 2:
            err(cor, "only %d computations found" % len(cc))
        for c in cc:
            if not c["ok"]:
                err(cor, "wrong computation on line %d: %s != %s" % (c["line"], c["lhs"], c["rhs"]))
        fin = extract_final(cor["solution"])
        if not PLAIN.fullmatch(str(cor["final"])) or fin != F(cor["final"]):
            err(cor, "final %r vs extracted %r" % (cor["final"], fin))
        if cc and cc[-1]["rhs"] != F(cor["final"]):
            err(cor, "last computation %s != final %s" % (cc[-1]["rhs"], cor["final"]))
        cor_lines = cor["solution"].split("\n")
        # ---- slip / carry
        for vn in ("slip", "carry"):
            r = vs[vn]
            sol = r["solution"]
            ok, li = line_bounds(sol, r["span"])
            if not ok:
                err(r, "span is not a full line")
                continue
            lines = sol.split("\n")
            if lines[:li] != cor_lines[:li]:
                err(r, "text before the faulty line differs from the correct row")
            if not (PLAIN.fullmatch(r["wrong"]) and PLAIN.fullmatch(r["right"])):
                err(r, "wrong/right not plain numbers")
                continue
            W, Rt = F(r["wrong"]), F(r["right"])
            if W == Rt:
                err(r, "wrong == right")
            if r["wrong"] not in normalize(lines[li])[0].replace(",", ""):
                err(r, "wrong value not written on span line")
            comps = find_comps(sol)
            if len(comps) != len(cc):
                err(r, "%d computations vs %d in correct row" % (len(comps), len(cc)))
            bad = [c for c in comps if not c["ok"]]
            if not bad:
                err(r, "no wrong computation found")
            for c in bad:
                if c["line"] != li:
                    err(r, "wrong computation on line %d, span line %d" % (c["line"], li))
                elif c["rhs"] != W or c["lhs"] != Rt:
                    err(r, "span computation %s = %s, expected %s = %s" % (c["lhs"], c["rhs"], Rt, W))
            later = [c for c in comps if c["line"] > li]
            if not later:
                err(r, "faulty step is not followed by any computation")
            use = Rt if vn == "slip" else W
            if not any(use in c["nums"] for c in later):
                err(r, "later steps do not use the %s value" % ("right" if vn == "slip" else "wrong"))
            fin = extract_final(sol)
            if fin is None or fin != F(r["final"]):
                err(r, "final %r vs extracted %r" % (r["final"], fin))
            if later and later[-1]["rhs"] != F(r["final"]):
                err(r, "last computation != final")
            if vn == "slip" and r["final"] != cor["final"]:
                err(r, "slip final differs from correct final")
            if vn == "carry":
                if r.get("correct_final") != cor["final"]:
                    err(r, "correct_final mismatch")
                if F(r["final"]) == F(cor["final"]):
                    err(r, "carry final equals correct final")
                for k in ("wrong", "right", "step", "kind", "span"):
                    if r.get(k) != vs["slip"].get(k):
                        err(r, "slip/carry disagree on %s" % k)
            stats[vn + "_" + r["kind"]] += 1
        # ---- loop
        r = vs["loop"]
        sol = r["solution"]
        ok, li = line_bounds(sol, r["span"])
        lines = sol.split("\n")
        p, n = r["period_lines"], r["repeats"]
        if not ok:
            err(r, "span is not a full line")
        elif not (15 <= n <= 22 and 1 <= p):
            err(r, "repeats/period out of range")
        else:
            block = lines[li - p:li]
            if lines[:li] != cor_lines[:li]:
                err(r, "loop prefix differs from the correct solution")
            if lines[li:] != block * (n - 1) or not block[0].strip():
                err(r, "text after span is not %d more copies of the %d-line block" % (n - 1, p))
        if FINAL_MARK.search(sol):
            err(r, "loop text contains a final answer marker")
        if r["final"] is not None:
            err(r, "loop final should be null")
        for c in find_comps(sol):
            if not c["ok"]:
                err(r, "wrong computation in loop on line %d" % c["line"])
    return errs, stats


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = args[0] if args else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs, stats = check(rows, "-v" in sys.argv)
    cnt = defaultdict(int)
    for r in rows:
        cnt[r["variant"]] += 1
    print("rows: %d  %s" % (len(rows), dict(sorted(cnt.items()))))
    print("templates: %d  styles: %d" % (len({r["template"] for r in rows}),
                                         len({r["style"] for r in rows})))
    print("computations found in correct rows: %d" % stats.pop("computations", 0))
    if "-v" in sys.argv:
        for k in sorted(stats):
            print("  %s: %d" % (k, stats[k]))
    for e in errs[:60]:
        print("ERROR", e)
    print("%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
